"""Real mail servers for the I/O tests: a private Dovecot IMAP server and an aiosmtpd SMTP sink.

Both listen on 127.0.0.1 only, on ports picked at run time, and leave nothing behind outside one
short directory under /tmp. The Dovecot recipe (standalone config, `vmail` user, 0755 dirs, short
paths for the unix sockets) is the one verified in shared/notes/mail-stack.md.

conftest.py imports the fixtures: `from tests.servers import mail_root, mail_cert, dovecot, smtp_sink`.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

__all__ = ["Dovecot", "SmtpSink", "dovecot", "free_port", "mail_cert", "mail_root", "make_cert", "smtp_sink"]

MAIL_OSUSER = "vmail"  # Dovecot refuses uid 0 for mail processes, so mail belongs to this user
# A second local address on the same server whose CAPABILITY lacks MOVE (like many Exchange setups),
# to exercise the COPY fallback without a second Dovecot.
NO_MOVE_HOST = "127.0.0.2"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_greeting(host: str, port: int, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection((host, port), timeout=1.0) as s:
                if s.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            pass
        time.sleep(0.02)
    raise TimeoutError(f"nothing greets on {host}:{port}")


@pytest.fixture(scope="session")
def mail_root() -> Iterator[Path]:
    """A short, world-traversable directory under /tmp (pytest's tmp_path is 0700 and too long)."""
    root = Path(tempfile.mkdtemp(prefix="mt.", dir="/tmp"))
    os.chmod(root, 0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def make_cert(root: Path) -> tuple[Path, Path]:
    """A self-signed certificate (CN/SAN localhost, 127.0.0.1, 127.0.0.2) and its key under root/tls."""
    tls = root / "tls"
    tls.mkdir(exist_ok=True)
    os.chmod(tls, 0o755)
    cert, key = tls / "cert.pem", tls / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    os.chmod(key, 0o644)  # Dovecot's master reads it as root, the sink as us; throwaway key
    return cert, key


@pytest.fixture(scope="session")
def mail_cert(mail_root: Path) -> tuple[Path, Path]:
    """The test servers' certificate and key; the certificate is also the clients' CA file."""
    return make_cert(mail_root)


@dataclass
class Dovecot:
    """A private Dovecot: start/stop/restart, where its mail lives, and how to log in."""

    root: Path
    cafile: Path
    key: Path
    user: str = "testuser"
    password: str = "testpass"
    host: str = "127.0.0.1"
    port: int = field(default_factory=free_port)  # plain, STARTTLS offered
    ssl_port: int = field(default_factory=free_port)  # implicit TLS
    no_move_host: str = NO_MOVE_HOST
    process: subprocess.Popen[bytes] | None = None

    @property
    def maildir(self) -> Path:
        """The user's Maildir (INBOX is its top level; other folders are .Name subdirectories)."""
        return self.root / "mail" / self.user / "Maildir"

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    def configure(self) -> None:
        """Write the standalone config and passwd file; create the mail user when missing."""
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o755)
        if subprocess.run(["id", "-u", MAIL_OSUSER], capture_output=True).returncode != 0:
            subprocess.run(
                ["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                 "--shell", "/usr/sbin/nologin", MAIL_OSUSER],
                check=True,
            )
        uid = int(subprocess.run(["id", "-u", MAIL_OSUSER], capture_output=True, check=True, text=True).stdout)
        gid = int(subprocess.run(["id", "-g", MAIL_OSUSER], capture_output=True, check=True, text=True).stdout)
        os.chown(self.root / "mail", uid, gid)
        (self.root / "users").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        os.chmod(self.root / "users", 0o644)
        self.conf.write_text(f"""\
protocols = imap
listen = {self.host}, {self.no_move_host}
base_dir = {self.root}/run
state_dir = {self.root}/state
instance_name = dovecot-test-{self.port}
log_path = {self.root}/dovecot.log
default_login_user = dovenull
default_internal_user = dovecot
ssl = yes
ssl_cert = <{self.cafile}
ssl_key = <{self.key}
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
# tests log in with a wrong password on purpose: no delay, and no per-IP penalty on later logins
# (auth cannot reach anvil's penalty socket, which disables the penalty)
auth_failure_delay = 0
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.root}/mail/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
local {self.no_move_host} {{
  protocol imap {{
    imap_capability = IMAP4rev1 IDLE UIDPLUS LITERAL+ NAMESPACE
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {self.port}
  }}
  inet_listener imaps {{
    port = {self.ssl_port}
    ssl = yes
  }}
}}
""")
        subprocess.run(["doveconf", "-c", str(self.conf), "-n"], check=True, capture_output=True)

    def start(self) -> None:
        """Run `dovecot -F` as our child and wait for its greeting."""
        # its own process group, so stop() reaches the per-connection imap processes too
        self.process = subprocess.Popen(["dovecot", "-F", "-c", str(self.conf)], start_new_session=True)
        _wait_greeting(self.host, self.port)

    def stop(self) -> None:
        """Stop the server and every session it serves (SIGTERM; the master takes about a second)."""
        if self.process is not None:
            # SIGTERM to the master alone leaves each imap process serving its client for ~10 s more
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(15)
            self.process = None

    def restart(self) -> None:
        """Stop and start again: every open connection is dropped."""
        self.stop()
        self.start()


@pytest.fixture(scope="session")
def dovecot(mail_root: Path, mail_cert: tuple[Path, Path]) -> Iterator[Dovecot]:
    """A private Dovecot on 127.0.0.1 (IDLE, UIDPLUS, MOVE, CONDSTORE); NO_MOVE_HOST lacks MOVE."""
    if shutil.which("dovecot") is None:
        pytest.fail("dovecot is not installed: apt-get install -y dovecot-imapd")
    server = Dovecot(root=mail_root / "dc", cafile=mail_cert[0], key=mail_cert[1])
    server.configure()
    server.start()
    yield server
    server.stop()


class _Recorder:
    """aiosmtpd handler: keeps each message, or answers with a chosen reply instead."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.peers: list[tuple[str, int]] = []  # the client end of the connection each message came over
        self.reply: str | None = None  # e.g. "451 4.3.0 Try again later" or "550 5.7.1 Refused"
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        if self.reply:
            return self.reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                                  bytes(envelope.original_content or envelope.content)))
            self.peers.append(session.peer)
        return "250 OK"


class SmtpSink:
    """Three listeners (plain, STARTTLS offered, implicit TLS) sharing one in-memory recorder."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.recorder = _Recorder()
        self.host = "127.0.0.1"
        self.cafile = cert
        self.tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.tls.load_cert_chain(cert, key)
        self.port, self.starttls_port, self.ssl_port = free_port(), free_port(), free_port()
        self.controllers: list[Controller] = []

    @property
    def messages(self) -> list[tuple[str, list[str], bytes]]:
        """(envelope sender, envelope recipients, raw bytes) of each message received."""
        return self.recorder.messages

    def answer(self, reply: str | None) -> None:
        """Answer every RCPT with `reply` (a full SMTP reply line), or accept again with None."""
        self.recorder.reply = reply

    @property
    def running(self) -> bool:
        return bool(self.controllers)

    def start(self) -> None:
        """Start listening (again, on the same ports)."""
        # a stopped Controller has closed its event loop and cannot start again: make new ones
        common = {"hostname": self.host, "enable_SMTPUTF8": True}
        self.controllers = [
            Controller(self.recorder, port=self.port, **common),
            Controller(self.recorder, port=self.starttls_port, tls_context=self.tls, require_starttls=True, **common),
            Controller(self.recorder, port=self.ssl_port, ssl_context=self.tls, **common),
        ]
        for c in self.controllers:
            c.start()

    def stop(self) -> None:
        """Stop listening: clients get connection refused ("SMTP down")."""
        for c in self.controllers:
            c.stop()
        self.controllers = []


@pytest.fixture
def smtp_sink(mail_cert: tuple[Path, Path]) -> Iterator[SmtpSink]:
    """An aiosmtpd sink on 127.0.0.1 recording messages in memory, with `answer()` and `stop()` knobs."""
    sink = SmtpSink(*mail_cert)
    sink.start()
    yield sink
    if sink.running:
        sink.stop()
