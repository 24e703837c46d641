"""Builders for test messages, so each test states the message it needs in a few lines."""

from __future__ import annotations

import email.utils
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from intake.model import RawMail
from intake.sources import stamp_arrival

BEIRUT = "+02:00"


def when(text: str) -> datetime:
    """'2021-02-03 10:00' in Beirut time (UTC+2 in February)."""
    return datetime.fromisoformat(text.replace(" ", "T") + BEIRUT)


def mail(
    *,
    sender: str = "Amira Saleh <amira@example.org>",
    subject: str = "Speaker request",
    body: str = "Hello",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
    headers: dict[str, str] | None = None,
    date: datetime | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date or when("2021-02-03 10:00"))
    msg["Message-ID"] = f"<{message_id or email.utils.make_msgid().strip('<>')}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for name, ctype, payload in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def raw(data: bytes, received: str = "2021-02-03 10:00", source_id: str | None = None) -> RawMail:
    import hashlib

    return RawMail(source_id=source_id or f"test:{hashlib.sha256(data).hexdigest()[:16]}", raw=data,
                   received_at=when(received), size=len(data))


def deliver(maildir: Path, data: bytes, received: str, name: str) -> Path:
    """Put a message into a Maildir's new/ with its arrival time as mtime."""
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    path = maildir / "new" / name
    path.write_bytes(data)
    stamp_arrival(path, when(received))
    return path


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose text pdfminer can read (Latin-1 text, Helvetica)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
