"""SmtpTransport against a real aiosmtpd sink (fixture `smtp_sink` from tests/servers.py)."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from email.message import EmailMessage

import pytest

from intake.config import OutboxSettings
from intake.errors import PermanentFailure, TemporaryFailure
from intake.smtp import SmtpTransport


def ack(**headers: str) -> bytes:
    m = EmailMessage()
    m["From"] = "GCM Regional Review <gcmrrarabstates@iom.int>"
    m["To"] = "Nadia Haddad <nadia@example.org>"
    m["Cc"] = "focal.point@example.org"
    m["Subject"] = "تم استلام طلبكم"
    m["Message-ID"] = "<ack.GCM-AR-0001.1.0123456789abcdef@iom.int>"
    m.set_content("شكراً لكم، تم استلام طلب المداخلة.")
    for name, value in headers.items():
        del m[name]
        if value:
            m[name] = value
    return bytes(m)


def transport(sink, tls: str = "none", ca: bool = True, **kw) -> SmtpTransport:
    port = {"none": sink.port, "starttls": sink.starttls_port, "implicit": sink.ssl_port}[tls]
    return SmtpTransport(OutboxSettings(kind="smtp", host=sink.host, port=port, tls=tls,
                                        ca_file=sink.cafile if ca else None, timeout=5, **kw))


def send(sink, raw: bytes, tls: str = "none", ca: bool = True) -> None:
    """One message through a transport of its own, closed afterwards."""
    t = transport(sink, tls, ca)
    try:
        t.send(raw)
    finally:
        t.close()


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
def test_send_uses_from_as_sender_and_to_cc_as_recipients(smtp_sink, tls):
    send(smtp_sink, ack(), tls)
    ((sender, rcpts, raw),) = smtp_sink.messages
    assert sender == "gcmrrarabstates@iom.int"
    assert rcpts == ["nadia@example.org", "focal.point@example.org"]
    got = email.message_from_bytes(raw, policy=email.policy.default)
    assert got["Subject"] == "تم استلام طلبكم"
    assert "تم استلام طلب المداخلة" in got.get_content()


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_untrusted_certificate_is_a_temporary_failure(smtp_sink, tls):
    with pytest.raises(TemporaryFailure, match="certificate"):
        send(smtp_sink, ack(), tls, ca=False)
    assert smtp_sink.messages == []


def test_smtp_down_is_a_temporary_failure_and_sending_works_again_after(smtp_sink):
    smtp_sink.stop()
    with pytest.raises(TemporaryFailure, match=f"{smtp_sink.port}"):
        send(smtp_sink, ack())
    smtp_sink.start()
    send(smtp_sink, ack())
    assert len(smtp_sink.messages) == 1


def test_5xx_is_a_permanent_failure_quoting_the_server(smtp_sink):
    smtp_sink.answer("550 5.1.1 Mailbox unavailable")
    with pytest.raises(PermanentFailure, match="550 5.1.1 Mailbox unavailable"):
        send(smtp_sink, ack())


def test_4xx_is_a_temporary_failure_quoting_the_server(smtp_sink):
    smtp_sink.answer("451 4.3.0 Try again later")
    with pytest.raises(TemporaryFailure, match="451 4.3.0 Try again later") as info:
        send(smtp_sink, ack())
    assert not isinstance(info.value, PermanentFailure)


def test_message_without_recipients_is_refused_before_connecting(smtp_sink):
    with pytest.raises(PermanentFailure):
        send(smtp_sink, ack(To="", Cc=""))


def test_one_connection_serves_a_run_and_a_dropped_one_is_opened_again(smtp_sink):
    t = transport(smtp_sink)
    try:
        for n in range(3):
            t.send(ack(**{"Message-ID": f"<ack.{n}@iom.int>"}))
        assert len(set(smtp_sink.recorder.peers)) == 1, "three messages over one connection"
        smtp_sink.stop()  # the server goes away and comes back: our open connection is dead
        smtp_sink.start()
        t.send(ack(**{"Message-ID": "<ack.3@iom.int>"}))
    finally:
        t.close()
    assert len(smtp_sink.messages) == 4 and len(set(smtp_sink.recorder.peers)) == 2


def test_a_server_that_stops_answering_is_a_temporary_failure_within_the_timeout():
    """[outbox] timeout bounds the whole conversation of a message, whichever reply does not come."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        def greet_then_hang() -> None:
            conn, _ = server.accept()
            with conn:
                conn.sendall(b"220 hello\r\n")
                conn.recv(1024)  # EHLO
                conn.sendall(b"250 hello\r\n")
                conn.recv(1024)  # MAIL FROM, never answered
                time.sleep(3)

        threading.Thread(target=greet_then_hang, daemon=True).start()
        t = SmtpTransport(OutboxSettings(kind="smtp", host="127.0.0.1", port=server.getsockname()[1], tls="none",
                                         timeout=0.5))
        started = time.monotonic()
        try:
            with pytest.raises(TemporaryFailure, match="Timed out waiting for server response"):
                t.send(ack())
        finally:
            t.close()
        assert time.monotonic() - started < 2.5
