"""The SMTP transport: the only module that talks SMTP.

This module's sole job is to hand one finished EmailMessage to the configured server (aiosmtplib)
and to say, in the exception's type, whether trying again later can help: a 4xx reply, a refused
connection, a timeout or a TLS failure is a TemporaryFailure (retry); a 5xx reply is a
PermanentFailure (do not retry). Each message is one sentence that includes the server's reply.
The envelope sender is the From address; the envelope recipients are the To and Cc addresses.
"""

from __future__ import annotations

import asyncio
import email.message
import logging
import ssl
from email.utils import getaddresses, parseaddr

import aiosmtplib

from intake.config import OutboxSettings
from intake.errors import PermanentFailure, TemporaryFailure, TransportError


class SmtpTransport:
    """Sends messages through one SMTP server (see the module docstring)."""

    def __init__(self, settings: OutboxSettings, log: logging.Logger | None = None) -> None:
        self.settings = settings
        self._log = log or logging.getLogger("intake.smtp")
        self._tls: ssl.SSLContext | None = None

    def _context(self) -> ssl.SSLContext | None:
        """The TLS context, built once: loading the CA bundle costs tens of milliseconds."""
        if self.settings.tls == "none":
            return None
        if self._tls is None:
            ca = self.settings.ca_file
            self._tls = ssl.create_default_context(cafile=str(ca) if ca else None)
        return self._tls

    def send(self, msg: email.message.EmailMessage) -> None:
        """Send `msg`; raise TemporaryFailure or PermanentFailure when the server does not take it."""
        sender = parseaddr(msg.get("From", ""))[1]
        recipients = [addr for _name, addr in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])) if addr]
        if not sender or not recipients:
            raise PermanentFailure("The message has no From address or no To/Cc address, so it cannot be sent.")
        asyncio.run(self._send(msg, sender, recipients))
        self._log.info("sent %s to %s via %s:%s", msg.get("Message-ID", "(no Message-ID)"),
                       ", ".join(recipients), self.settings.host, self.settings.port)

    async def _send(self, msg: email.message.EmailMessage, sender: str, recipients: list[str]) -> None:
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            refused, _reply = await aiosmtplib.send(
                msg,
                sender=sender,
                recipients=recipients,
                hostname=s.host,
                port=s.port,
                username=s.user or None,
                password=s.password() if s.user else None,
                timeout=s.timeout,
                use_tls=s.tls == "implicit",
                start_tls=s.tls == "starttls",  # never None: that auto-upgrades without our CA
                tls_context=self._context(),
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            # every recipient refused; retry only if one of the refusals was temporary
            first = min(exc.recipients, key=lambda r: r.code)
            raise _failure(first.code, f"The SMTP server {where} refused {first.recipient} ({first.code} {first.message}).") from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise _failure(exc.code, f"The SMTP server {where} did not take the message ({exc.code} {exc.message}).") from exc
        except ssl.SSLCertVerificationError as exc:
            raise TemporaryFailure(
                f"The SMTP server {where} presented a certificate we do not trust ({exc.verify_message});"
                " set [outbox] ca_file to the CA that signed it."
            ) from exc
        except (OSError, aiosmtplib.SMTPException) as exc:
            # refused connection, timeout, dropped line, STARTTLS missing: the message is not at fault
            raise TemporaryFailure(f"The SMTP server {where} could not be used ({exc or type(exc).__name__}).") from exc
        for addr, response in refused.items():
            # the server took the message for the others; a partial refusal is not retried
            self._log.warning("SMTP server %s refused %s: %s %s", where, addr, response.code, response.message)


def _failure(code: int, text: str) -> TransportError:
    return PermanentFailure(text) if code >= 500 else TemporaryFailure(text)
