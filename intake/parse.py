"""bytes -> Parsed: headers, body text, attachments, Message-ID.

The stdlib parser builds the tree: it is what mail-parser runs underneath (`email.message_from_bytes`),
and mail-parser's own walk over the parts costs 5.5 ms a message (measured) for results computed here.
The MIME tree is walked here so that we decide what is body and what is an attachment the way a mail client shows it: the first text part of the top
message is the body, every part with a file name (or a non-text type) is an attachment, and an
attached message (message/rfc822) contributes its attachments and its text, marked as forwarded.
Pure: no I/O. A message that cannot be parsed raises ParseError.
"""

from __future__ import annotations

import email.header
import email.message
import email.utils
import re
from datetime import datetime
from email.feedparser import BytesFeedParser
from email.parser import BytesHeaderParser
from email.policy import compat32

from intake.errors import ParseError
from intake.htmltext import html_to_text
from intake.model import Attachment, Parsed
from intake.tnef import is_tnef, unpack_tnef

_CHUNK = 1 << 16
_MSGID = re.compile(r"<([^<>\s]+)>")
_SPACES = re.compile(r"\s+")
_ANGLE_ADDR = re.compile(r"<([^<>\s@]+@[^<>\s]+)>\s*$")
# Header lines as the stdlib parser tells them (email.feedparser.headerRE: "From ", a name and a colon, or a
# continuation), up to the first Message-ID field, which is group 1 with its continuation lines.
_HEADER_TO_MSGID = re.compile(
    rb"(?:(?:From |[\x21-\x39\x3b-\x7e]*:|[ \t])[^\n]*\n)*?((?i:message-id:)[^\n]*\n(?:[ \t][^\n]*\n)*)"
)


def decode_header(value: str | None) -> str:
    """Decode RFC 2047 words; tolerate raw 8-bit and broken encodings."""
    if value is None:
        return ""
    value = str(value)
    if "=?" not in value:  # no encoded word: what email.header.decode_header would give back as is
        # A printable value's only whitespace is " " (every other whitespace character is not printable):
        # without a double space there is no run to fold, which most header values are told without the regex.
        if value.isprintable() and "  " not in value:
            return value.strip()
        return _SPACES.sub(" ", value).strip()
    try:
        parts = email.header.decode_header(value)
    except Exception:
        return value
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            for cs in (charset, "utf-8", "windows-1252"):
                if not cs or cs == "unknown-8bit":
                    continue
                try:
                    out.append(chunk.decode(cs))
                    break
                except (LookupError, UnicodeDecodeError):
                    continue
            else:
                out.append(chunk.decode("utf-8", "replace"))
        else:
            out.append(chunk)
    # decode_header keeps the whitespace between encoded words only where it separates plain text
    return _SPACES.sub(" ", "".join(out)).strip()


def message_ids(value: str | email.header.Header | None) -> tuple[str, ...]:
    """Message-IDs in a header value, without angle brackets, in order.

    The compat32 parser hands back a Header, not a str, for a value with raw 8-bit bytes in it.
    """
    if not value:
        return ()
    value = str(value)
    found = _MSGID.findall(value)
    if not found and value.strip() and " " not in value.strip():
        found = [value.strip().strip("<>")]
    return tuple(found)


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID (no brackets) from the header block alone, read as parse() reads it.

    For what must be known before, or without, a full parse: duplicate checks, messages that cannot be parsed.
    The parser reads only the Message-ID field when every line before it is one it reads as a header line
    (`_HEADER_TO_MSGID`): the value is then the same as from the whole block, for half the CPU.
    """
    end = lines_end = 64 * 1024
    for blank in (b"\r\n\r\n", b"\n\n"):  # the header block ends at the first empty line
        at = raw.find(blank, 0, end)
        if at >= 0:
            end, lines_end = at, at + len(blank) // 2  # (its last line with its line break)
    field = _HEADER_TO_MSGID.match(raw, 0, lines_end)
    # The parser also ends a line at a lone CR, which the pattern does not see: then it reads the whole block.
    if field and raw.count(b"\r", 0, field.end()) == raw.count(b"\r\n", 0, field.end()):
        head = field.group(1)
    else:
        head = raw[:end]
    ids = message_ids(BytesHeaderParser(policy=compat32).parsebytes(head).get("Message-ID"))
    return ids[0] if ids else None


def _payload_text(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    for cs in (charset, "utf-8", "windows-1252"):
        try:
            return payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next line of the same quote depth."""
    out: list[str] = []
    carry, carry_depth = "", 0
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):  # space-stuffed
            body = body[1:]
        if carry and depth != carry_depth:
            out.append(carry)
            carry = ""
        prefix = ">" * depth + (" " if depth else "")
        if body.endswith(" ") and body.rstrip() != "--":
            carry = (carry or prefix) + (body[:-1] if delsp else body)
            carry_depth = depth
            continue
        out.append((carry or prefix) + body)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _filename(part: email.message.Message) -> str | None:
    # get_filename falls back to the Content-Type's name parameter itself (RFC 2231 values collapsed).
    # It parses both headers' parameters; a part that names no file (a body, most inline parts) is told
    # sooner: neither header holds "name" anywhere ("filename", "name*0*" and the like hold it).
    if all("name" not in str(part.get(header, "")).lower() for header in ("content-disposition", "content-type")):
        return None
    name = part.get_filename()
    if name is None:
        return None
    return decode_header(name).strip() or None


class _Walker:
    """Collects body parts and attachments from one message tree."""

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.forwarded: list[str] = []
        self.attachments: list[Attachment] = []
        self.cids: set[str] = set()

    def walk(self, msg: email.message.Message, nested: bool = False) -> None:
        if msg.is_multipart():
            ctype = msg.get_content_type()
            subs = [p for p in (msg.get_payload() or []) if isinstance(p, email.message.Message)]
            for i, sub in enumerate(subs):
                # In a report (DSN, MDN), only the first part is for people; the rest is machinery.
                self._leaf_or_message(sub, nested, report=ctype == "multipart/report" and i > 0)
            return
        self._leaf_or_message(msg, nested)

    def _leaf_or_message(self, part: email.message.Message, nested: bool, report: bool = False) -> None:
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != "message/rfc822":
            self.walk(part, nested)
            return
        if ctype in ("message/rfc822", "message/global") and not report:
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else None
            if isinstance(inner_msg, email.message.Message):
                self._forwarded(inner_msg)
                return
        if report and ctype.startswith(("message/", "text/rfc822-headers")):
            return  # DSN machinery; screen.py reads it from the tree
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        cid = (part.get("Content-ID") or "").strip().strip("<>") or None
        is_text = ctype in ("text/plain", "text/html")
        if is_text and not filename and disposition != "attachment":
            text = _payload_text(part)
            if ctype == "text/plain" and (part.get_param("format") or "").lower() == "flowed":
                text = unflow(text, (part.get_param("delsp") or "").lower() == "yes")
            (self.plain if ctype == "text/plain" else self.html).append(text)
            return
        payload = part.get_payload(decode=True) or b""
        if not filename:
            ext = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}.get(ctype, ".bin")
            filename = f"unnamed{ext}"
        self.attachments.append(
            Attachment(
                filename=filename,
                content_type=ctype,
                payload=payload,
                inline=disposition == "inline" or (cid is not None and disposition != "attachment"),
                content_id=cid,
                nested=nested,
            )
        )

    def _forwarded(self, inner: email.message.Message) -> None:
        sub = _Walker()
        sub.walk(inner, nested=True)
        self.attachments.extend(sub.attachments)
        body = "\n".join(sub.plain) or "\n".join(html_to_text(h) for h in sub.html)
        head = [
            "---------- Forwarded message ----------",
            f"From: {decode_header(inner.get('From'))}",
            f"Date: {decode_header(inner.get('Date'))}",
            f"Subject: {decode_header(inner.get('Subject'))}",
            "",
        ]
        self.forwarded.append("\n".join(head) + "\n" + body + ("\n" + "\n".join(sub.forwarded) if sub.forwarded else ""))


def _address(value: str) -> tuple[str, str]:
    """(display name, address) of a header value that is already decoded.

    A decoded name may hold a comma that its encoded word hid ('Köhler, Jana <j.koehler@...>'):
    parseaddr would then read 'Köhler' as the address, so an angle-bracketed address wins.
    """
    angle = _ANGLE_ADDR.search(value)
    if angle:
        return value[: angle.start()].strip().strip('"').strip(), angle.group(1).strip().lower()
    name, addr = email.utils.parseaddr(value)
    return decode_header(name).strip().strip('"'), addr.strip().lower()


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _message_from_bytes(raw: bytes) -> email.message.Message:
    """email.message_from_bytes, fed in chunks: a 27 MB message then never exists twice as text."""
    parser = BytesFeedParser()
    for i in range(0, len(raw), _CHUNK):
        parser.feed(raw[i : i + _CHUNK])
    return parser.close()


def parse(raw: bytes) -> Parsed:
    """Parse raw RFC 5322 bytes; raise ParseError when nothing usable can be read."""
    if not raw or not raw.strip():
        raise ParseError("the message is empty")
    try:
        msg = _message_from_bytes(raw)
    except Exception as exc:
        raise ParseError(f"the message cannot be parsed ({type(exc).__name__}: {exc})") from exc
    try:
        return _build(msg)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("the message is nested too deeply to read") from None
    except Exception as exc:
        raise ParseError(f"the message cannot be read ({type(exc).__name__}: {exc})") from exc


def _build(msg: email.message.Message) -> Parsed:
    if msg is None or (not msg.keys() and not msg.get_payload()):
        raise ParseError("the message has no headers and no body")
    headers = tuple((k.lower(), decode_header(v)) for k, v in msg.items())
    if not any(k in ("from", "subject", "message-id", "date", "to", "content-type") for k, _ in headers):
        raise ParseError("the data is not an e-mail message (no From, To, Subject, Date or Message-ID header)")
    walker = _Walker()
    walker.walk(msg)
    # Outlook's winmail.dat hides the real attachments: show the files inside instead.
    attachments: list[Attachment] = []
    for att in walker.attachments:
        inner = unpack_tnef(att) if is_tnef(att) else []
        attachments.extend(inner or [att])
    html = "\n".join(walker.html) or None
    text = "\n".join(walker.plain).strip()
    if not text and html:
        text = html_to_text(html)
    if walker.forwarded:
        text = (text + "\n\n" + "\n\n".join(walker.forwarded)).strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first: dict[str, str] = {}  # each header's first value, as Parsed.header gives it
    for k, v in headers:
        first.setdefault(k, v)
    get = first.get
    from_name, from_addr = _address(get("from") or "")
    reply_name, reply_addr = _address(get("reply-to") or "")
    ids = message_ids(get("message-id"))
    to = tuple(a.lower() for _, a in email.utils.getaddresses([str(v) for v in msg.get_all("To", [])]) if a)
    return Parsed(
        message_id=ids[0] if ids else None,
        subject=get("subject") or "",
        from_addr=from_addr,
        from_name=from_name,
        reply_to=reply_addr or None,
        to=to,
        date=_date(get("date")),
        in_reply_to=message_ids(get("in-reply-to")),
        references=message_ids(get("references")),
        text=text,
        html=html,
        attachments=tuple(attachments),
        headers=headers,
        message=msg,
        defects=tuple(type(d).__name__ for d in getattr(msg, "defects", [])),
    )
