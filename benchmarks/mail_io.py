"""Measure the live mailbox I/O on private servers: IMAP fetch throughput, IDLE wake-up latency, SMTP send time.

    /tmp/venv/bin/python -m benchmarks.mail_io [--messages 300] [--idle-tries 10] [--sends 50]

Starts a private Dovecot and an aiosmtpd sink (tests/servers.py) under a short /tmp directory,
prints one line per figure, and removes everything it made.
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage

from imapclient import IMAPClient

from benchmarks.common import servers
from intake.config import OutboxSettings, SourceSettings
from intake.imap import ImapSource
from intake.smtp import SmtpTransport


class _State(dict):
    def get_state(self, key: str) -> str | None:
        return self.get(key)

    def set_state(self, key: str, value: str) -> None:
        self[key] = value


def _mail(i: int, body_bytes: int) -> bytes:
    m = EmailMessage()
    m["From"] = "sender@example.org"
    m["To"] = "gcmrrarabstates@iom.int"
    m["Subject"] = f"Rapport {i}"
    m["Message-ID"] = f"<bench-{i}-{time.time_ns()}@example.org>"
    m.set_content("تقرير طوعي\n" + ("x" * 76 + "\n") * (body_bytes // 77))
    return m.as_bytes().replace(b"\n", b"\r\n")


def main() -> None:
    """Run the three measurements and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=300)
    ap.add_argument("--idle-tries", type=int, default=10)
    ap.add_argument("--sends", type=int, default=50)
    a = ap.parse_args()
    with servers() as env:
        server, sink, cert = env.dovecot, env.sink, env.dovecot.cafile
        os.environ["BENCH_IMAP_PASSWORD"] = server.password
        settings = SourceSettings(kind="imap", host=server.host, port=server.ssl_port, tls="implicit",
                                  ca_file=cert, user=server.user, password_env="BENCH_IMAP_PASSWORD")
        with IMAPClient(server.host, port=server.port, ssl=False) as c:
            c.login(server.user, server.password)
            for i in range(a.messages):
                c.append("INBOX", _mail(i, 20_000), msg_time=datetime.now(UTC))
        src = ImapSource(settings, _State(), lambda keys: [False] * len(keys))
        t0 = time.perf_counter()
        got = list(src.fetch_new())
        dt = time.perf_counter() - t0
        src.confirm()
        mb = sum(m.size for m in got) / 1e6
        print(f"imap fetch (TLS, first run incl. reconcile): {len(got)} messages, {mb:.1f} MB in {dt:.2f} s "
              f"= {len(got) / dt:.0f} msg/s")
        latencies = []
        for i in range(a.idle_tries):
            sent: list[float] = []

            def deliver(i: int = i, sent: list[float] = sent) -> None:
                time.sleep(0.1)
                with IMAPClient(server.host, port=server.port, ssl=False) as c:
                    c.login(server.user, server.password)
                    sent.append(time.perf_counter())
                    c.append("INBOX", _mail(10_000 + i, 500))

            t = threading.Thread(target=deliver)
            t.start()
            assert src.wait(10)
            latencies.append(time.perf_counter() - sent[0])
            t.join()
            list(src.fetch_new())
            src.confirm()
        print(f"imap IDLE wake-up after APPEND, {len(latencies)} tries: median {statistics.median(latencies) * 1000:.0f} ms,"
              f" max {max(latencies) * 1000:.0f} ms")
        src.close()
        for tls, port in (("none", sink.port), ("starttls", sink.starttls_port), ("implicit", sink.ssl_port)):
            settings = OutboxSettings(kind="smtp", host=sink.host, port=port, tls=tls, ca_file=cert)
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = "gcmrrarabstates@iom.int", "a@example.org", "ack"
            m.set_content("شكراً")
            raw = bytes(m)
            fresh, reused = [], []
            for _ in range(a.sends):  # a connection of its own for each message
                out = SmtpTransport(settings)
                t0 = time.perf_counter()
                out.send(raw)
                fresh.append(time.perf_counter() - t0)
                out.close()
            out = SmtpTransport(settings)
            out.send(raw)
            for _ in range(a.sends):  # one connection for a whole outbox run, as send_due does
                t0 = time.perf_counter()
                out.send(raw)
                reused.append(time.perf_counter() - t0)
            out.close()
            print(f"smtp send ({tls}), {a.sends} messages: new connection each median {statistics.median(fresh) * 1000:.1f} ms,"
                  f" one connection median {statistics.median(reused) * 1000:.1f} ms (max {max(reused) * 1000:.1f} ms)")

if __name__ == "__main__":
    main()
