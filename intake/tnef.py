"""winmail.dat (TNEF, application/ms-tnef) -> the files wrapped inside it.

Outlook wraps every attachment of a "Rich Text" message in one winmail.dat that other mail
programs show as an unreadable file; a voluntary report sent that way would otherwise be lost.
This module's sole job is to unwrap it with tnefparse. Pure: bytes in, Attachments out.
"""

from __future__ import annotations

import logging
import mimetypes
import struct

from tnefparse import TNEF

from intake.model import Attachment

logging.getLogger("tnefparse").setLevel(logging.ERROR)  # it warns on every unknown property

_SIGNATURE = struct.pack("<I", TNEF.TNEF_SIGNATURE)


def is_tnef(att: Attachment) -> bool:
    """Whether an attachment is a TNEF container (by its first bytes, whatever its name or type)."""
    return att.payload.startswith(_SIGNATURE)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        # MAPI names come as UTF-16 (PT_UNICODE) or in the sender's code page (PT_STRING8)
        for codec in ("utf-16-le", "utf-8", "cp1252") if b"\x00" in value[1::2] else ("utf-8", "cp1252"):
            try:
                return value.decode(codec).strip("\x00").strip()
            except UnicodeDecodeError:
                continue
        return ""
    return str(value).strip("\x00").strip()


def _name(item: object) -> str:
    try:
        return _text(item.long_filename())  # type: ignore[attr-defined]
    except UnicodeDecodeError:  # tnefparse decodes an 8.3 name as UTF-8, which Outlook's is not always
        return ""


def unpack_tnef(att: Attachment) -> list[Attachment]:
    """The files inside a TNEF attachment, in order; an empty list if it is not TNEF or is broken."""
    if not is_tnef(att):
        return []
    try:
        container = TNEF(att.payload, do_checksum=False)
        files = []
        for number, item in enumerate(container.attachments, 1):
            if not item.data:
                continue  # rendering-only entries (icons, OLE previews) carry no file
            name = _name(item) or f"winmail-{number}.bin"
            files.append(
                Attachment(
                    filename=name,
                    content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                    payload=bytes(item.data),
                    nested=att.nested,
                )
            )
        return files
    except Exception:  # any decoder error on hostile bytes means "nothing we can unwrap"
        return []
