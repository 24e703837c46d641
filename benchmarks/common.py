"""Shared set-up for the benchmarks: private Dovecot + SMTP sink, settings pointing at them, corpus bytes."""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from intake.config import Settings, parse_settings
from tests.corpus import PUBLIC
from tests.servers import Dovecot, SmtpSink, free_port, make_cert


class SinkProcess:
    """A plain aiosmtpd sink in a child process, as a real mail server would be: it takes no CPU time
    from the measured process's interpreter. Counts what it accepts."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("fork")
        self.host, self.port = "127.0.0.1", free_port()
        self._count = ctx.Value("i", 0)
        self._cpu = ctx.Value("d", 0.0)  # the sink's own CPU seconds, known once it has stopped
        self._ready, self._stop = ctx.Event(), ctx.Event()
        self._proc = ctx.Process(target=self._serve, daemon=True)

    def _serve(self) -> None:
        from aiosmtpd.controller import Controller

        count = self._count

        class Counter:
            async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
                with count.get_lock():
                    count.value += 1
                return "250 OK"

        controller = Controller(Counter(), hostname=self.host, port=self.port)
        controller.start()
        self._ready.set()
        self._stop.wait()
        controller.stop()
        self._cpu.value = time.process_time()

    @property
    def received(self) -> int:
        return int(self._count.value)

    @property
    def cpu_seconds(self) -> float:
        """CPU time the sink process used (after stop())."""
        return float(self._cpu.value)

    def start(self) -> None:
        self._proc.start()
        if not self._ready.wait(30):
            raise RuntimeError("the SMTP sink process did not start")

    def stop(self) -> None:
        self._stop.set()
        self._proc.join(10)


@dataclass
class Servers:
    root: Path
    dovecot: Dovecot
    sink: SmtpSink | SinkProcess


@contextmanager
def servers(sink_process: bool = False) -> Iterator[Servers]:
    """A private Dovecot and an aiosmtpd sink on 127.0.0.1 (in a child process if asked), removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="bm.", dir="/tmp"))
    os.chmod(root, 0o755)
    cert, key = make_cert(root)
    dovecot = Dovecot(root=root / "dc", cafile=cert, key=key)
    dovecot.configure()
    dovecot.start()
    sink: SmtpSink | SinkProcess = SinkProcess() if sink_process else SmtpSink(cert, key)
    sink.start()
    try:
        yield Servers(root, dovecot, sink)
    finally:
        sink.stop()
        dovecot.stop()
        shutil.rmtree(root, ignore_errors=True)


def live_settings(s: Servers, folder: str = "INBOX", workers: int = 0, read_documents: bool = True,
                  **screen: object) -> Settings:
    os.environ["BENCH_IMAP_PASSWORD"] = s.dovecot.password
    return parse_settings(
        {
            "source": {"kind": "imap", "host": s.dovecot.host, "port": s.dovecot.port, "tls": "none",
                       "user": s.dovecot.user, "password_env": "BENCH_IMAP_PASSWORD", "folder": folder,
                       "poll_seconds": 30},
            "storage": {"root": str(s.root / "storage")},
            "outbox": {"kind": "smtp", "host": s.sink.host, "port": s.sink.port, "tls": "none"},
            "screen": {"ack_global_per_hour": 100_000, "ack_per_sender_per_day": 100_000, **screen},
            "processing": {"analysis_workers": workers},
            # max_bytes 0: every attachment is filed and none is read, in the service and its workers alike
            **({} if read_documents else {"attachments": {"max_bytes": 0}}),
        },
        s.root / "config.toml",
    )


_MSGID = re.compile(rb"^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*\r?\n", re.IGNORECASE | re.MULTILINE)


def fresh_id(raw: bytes) -> bytes:
    """The same message with a new Message-ID (added when it had none)."""
    new = f"Message-ID: <{uuid.uuid4().hex}@bench.example.org>\r\n".encode()
    out, n = _MSGID.subn(lambda _m: new, raw, count=1)
    return out if n else new + raw


def public_corpus() -> list[bytes]:
    files = sorted(p for p in PUBLIC.rglob("*.eml"))
    if not files:
        raise SystemExit(f"the public corpus is missing at {PUBLIC}")
    return [p.read_bytes() for p in files]


def backlog(n: int) -> Iterator[bytes]:
    """n messages: the public corpus repeated, each with a fresh Message-ID, made as they are asked for."""
    corpus = public_corpus()
    return (fresh_id(corpus[i % len(corpus)]) for i in range(n))


def _status_mb(field: str, pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    """Current resident set size of this process, in MB."""
    return _status_mb("VmRSS")


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident set size of a process (this one by default) so far, in MB."""
    return _status_mb("VmHWM", pid)
