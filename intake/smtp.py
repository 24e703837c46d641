"""The SMTP transport: the only module that talks SMTP.

This module's sole job is to hand finished messages (their bytes, as the outbox stores them) to the
configured server (aiosmtplib) and to say, in the exception's type, whether trying again later can
help: a 4xx reply, a refused
connection, a timeout or a TLS failure is a TemporaryFailure (retry); a 5xx reply is a
PermanentFailure (do not retry). Each message is one sentence that includes the server's reply.
The envelope sender is the From address; the envelope recipients are the To and Cc addresses.

One connection serves a whole outbox run: it is opened on the first send and kept until close()
(`send_due` closes it when the run ends). A reused connection the server dropped meanwhile is
opened again once before the send counts as failed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr
from functools import lru_cache

import aiosmtplib
from aiosmtplib import SMTPResponse

from intake.config import OutboxSettings
from intake.errors import PermanentFailure, TemporaryFailure, TransportError


class SmtpTransport:
    """Sends messages through one SMTP server (see the module docstring)."""

    def __init__(self, settings: OutboxSettings, log: logging.Logger | None = None) -> None:
        self.settings = settings
        self._log = log or logging.getLogger("intake.smtp")
        self._tls: ssl.SSLContext | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: aiosmtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext | None:
        """The TLS context, built once: loading the CA bundle costs tens of milliseconds."""
        if self.settings.tls == "none":
            return None
        if self._tls is None:
            ca = self.settings.ca_file
            self._tls = ssl.create_default_context(cafile=str(ca) if ca else None)
        return self._tls

    def send(self, raw: bytes) -> None:
        """Send one message; raise TemporaryFailure or PermanentFailure when the server does not take it."""
        # The header block alone: given the whole message, the parser also reads the body line by line.
        head = BytesHeaderParser(policy=compat32).parsebytes(raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0])
        sender = _sender(head.get("From", ""))
        recipients = [addr for _name, addr in getaddresses(head.get_all("To", []) + head.get_all("Cc", [])) if addr]
        if not sender or not recipients:
            raise PermanentFailure("The message has no From address or no To/Cc address, so it cannot be sent.")
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(self._send(raw, sender, recipients))
        self._log.info("sent %s to %s via %s:%s", head.get("Message-ID", "(no Message-ID)"),
                       ", ".join(recipients), self.settings.host, self.settings.port)

    def close(self) -> None:
        """Say QUIT and drop the connection (safe to call twice)."""
        if self._loop is None:
            return
        if self._client is not None:
            with contextlib.suppress(OSError, aiosmtplib.SMTPException):  # a dead line has nothing to release
                self._loop.run_until_complete(self._client.quit())
            self._client.close()
            self._client = None
        self._loop.close()
        self._loop = None

    async def _connected(self) -> aiosmtplib.SMTP:
        s = self.settings
        client = aiosmtplib.SMTP(
            hostname=s.host, port=s.port, timeout=s.timeout,
            use_tls=s.tls == "implicit",
            start_tls=s.tls == "starttls",  # never None: that auto-upgrades without our CA
            tls_context=self._context(),
        )
        await client.connect()
        if s.user:
            await client.login(s.user, s.password())
        return client

    async def _transaction(self, sender: str, recipients: list[str], raw: bytes) -> tuple[dict[str, SMTPResponse], str]:
        """One sendmail, with one deadline ([outbox] timeout) for its whole conversation.

        aiosmtplib's own timeout waits for each of the transaction's four replies through
        asyncio.wait_for, which adds a future, a timer and a turn of the event loop to every reply;
        a single asyncio.timeout costs one timer. A timeout still reads as aiosmtplib's own.
        """
        assert self._client is not None
        try:
            async with asyncio.timeout(self.settings.timeout):
                return await self._client.sendmail(sender, recipients, raw, timeout=None)
        except TimeoutError as exc:
            raise aiosmtplib.SMTPReadTimeoutError("Timed out waiting for server response") from exc

    async def _send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            reused = self._client is not None and self._client.is_connected
            try:
                if not reused:
                    self._client = await self._connected()
                assert self._client is not None
                refused, _reply = await self._transaction(sender, recipients, raw)
            except aiosmtplib.SMTPServerDisconnected:
                if not reused:
                    raise
                self._client = await self._connected()  # the server closed the idle line: once more
                refused, _reply = await self._transaction(sender, recipients, raw)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            # every recipient refused; retry only if one of the refusals was temporary
            first = min(exc.recipients, key=lambda r: r.code)
            raise _failure(first.code, f"The SMTP server {where} refused {first.recipient} ({first.code} {first.message}).") from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise _failure(exc.code, f"The SMTP server {where} did not take the message ({exc.code} {exc.message}).") from exc
        except ssl.SSLCertVerificationError as exc:
            self._drop()
            raise TemporaryFailure(
                f"The SMTP server {where} presented a certificate we do not trust ({exc.verify_message});"
                " set [outbox] ca_file to the CA that signed it."
            ) from exc
        except (OSError, aiosmtplib.SMTPException) as exc:
            # refused connection, timeout, dropped line, STARTTLS missing: the message is not at fault
            self._drop()
            raise TemporaryFailure(f"The SMTP server {where} could not be used ({exc or type(exc).__name__}).") from exc
        for addr, response in refused.items():
            # the server took the message for the others; a partial refusal is not retried
            self._log.warning("SMTP server %s refused %s: %s %s", where, addr, response.code, response.message)

    def _drop(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


@lru_cache(maxsize=16)
def _sender(from_header: str) -> str:
    """The address in a From header. Cached: our messages all come from the same one or two
    addresses, and the email package's parser takes tens of microseconds for each."""
    return parseaddr(from_header)[1]


def _failure(code: int, text: str) -> TransportError:
    return PermanentFailure(text) if code >= 500 else TemporaryFailure(text)
