"""Files on disk under the storage root: the raw-message archive and filed attachments.

Both are content-addressed by sha256, written with tmp + fsync + rename, and idempotent: writing
the same bytes twice leaves one file. Storage names are safe ASCII built from the hash and a
whitelisted extension; the sender's file name is never used as a path, so nothing a message says
can escape the storage root. The extension comes from the decoded name after removing bidi
controls (a U+202E override cannot make "report\u202efdp.exe" look like a PDF to us).
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"))
_SAFE_EXT = {
    "pdf", "docx", "doc", "odt", "rtf", "txt", "xlsx", "xls", "ods", "csv", "pptx", "ppt", "odp",
    "png", "jpg", "jpeg", "gif", "tif", "tiff", "zip", "eml", "msg", "html", "htm", "vcf", "ics", "dat",
}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def clean_filename(name: str) -> str:
    """The sender's file name with bidi controls and control characters removed (display form)."""
    name = name.translate(_BIDI_CONTROLS)
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    return name.strip() or "unnamed"


def filename_flags(name: str) -> list[str]:
    """Warnings about a sender's file name: path parts, bidi overrides, control characters."""
    flags = []
    if any(c in name for c in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"):
        flags.append("bidi-override-in-name")
    if "/" in name or "\\" in name or name.startswith("..") or "/.." in name:
        flags.append("path-in-name")
    if any(unicodedata.category(c) == "Cc" for c in name):
        flags.append("control-char-in-name")
    return flags


def extension(name: str) -> str:
    """A whitelisted lower-case extension of the cleaned name, or 'bin'."""
    base = clean_filename(name).replace("\\", "/").rsplit("/", 1)[-1]
    m = re.search(r"\.([A-Za-z0-9]{1,5})$", base)
    ext = m.group(1).lower() if m else ""
    return ext if ext in _SAFE_EXT else "bin"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _inside(root: Path, path: Path) -> Path:
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise ValueError(f"refusing to write outside the storage root: {path}")
    return resolved


@dataclass(frozen=True)
class Filed:
    storage_name: str  # relative to the storage root
    sha256: str
    size: int


def _keep(root: Path, rel: str, data: bytes) -> Filed:
    """Write data at root/rel once (content-addressed names make a second write pointless)."""
    path = _inside(root, root / rel)
    if not path.exists():
        write_atomic(path, data)
    return Filed(rel, sha256_hex(data), len(data))


def archive_raw(root: Path, raw: bytes) -> Filed:
    """Keep the exact bytes of a message under raw/<aa>/<sha256>.eml (first thing we do)."""
    digest = sha256_hex(raw)
    return _keep(root, f"raw/{digest[:2]}/{digest}.eml", raw)


def file_attachment(root: Path, name: str, payload: bytes) -> Filed:
    """File one attachment under files/<aa>/<sha256>.<ext>; the same bytes are stored once."""
    digest = sha256_hex(payload)
    return _keep(root, f"files/{digest[:2]}/{digest}.{extension(name)}", payload)


def quarantine_copy(root: Path, raw: bytes, reason: str) -> Filed:
    """Copy a message we could not handle to quarantine/, with its reason beside it."""
    filed = _keep(root, f"quarantine/{sha256_hex(raw)}.eml", raw)
    write_atomic((root / filed.storage_name).with_suffix(".reason.txt"), reason.encode("utf-8"))
    return filed
