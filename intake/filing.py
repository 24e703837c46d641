"""Files on disk under the storage root: the raw-message archive and filed attachments.

Both are content-addressed by sha256, written with tmp + rename (each fsynced, or a batch synced
at once: `sync_deferred`), and idempotent: writing the same bytes twice leaves one file. Storage
names are safe ASCII built from the hash and a whitelisted extension; the sender's file name is
never used as a path, so nothing a message says can escape the storage root. The extension comes
from the decoded name after removing bidi controls (a U+202E override cannot make
"report\u202efdp.exe" look like a PDF to us).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable
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
    if not name.isprintable():  # a printable name has no character of category C (the usual case: no loop)
        name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    return name.strip() or "unnamed"


def filename_flags(name: str) -> list[str]:
    """Warnings about a sender's file name: path parts, bidi overrides, control characters."""
    flags = []
    if any(c in name for c in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"):
        flags.append("bidi-override-in-name")
    if "/" in name or "\\" in name or name.startswith("..") or "/.." in name:
        flags.append("path-in-name")
    if not name.isprintable() and any(unicodedata.category(c) == "Cc" for c in name):
        flags.append("control-char-in-name")
    return flags


def extension(name: str) -> str:
    """A whitelisted lower-case extension of the cleaned name, or 'bin'."""
    base = clean_filename(name).replace("\\", "/").rsplit("/", 1)[-1]
    m = re.search(r"\.([A-Za-z0-9]{1,5})$", base)
    ext = m.group(1).lower() if m else ""
    return ext if ext in _SAFE_EXT else "bin"


def write_atomic(path: Path, data: bytes, deferred: list[Path] | None = None) -> None:
    """Write data to path through a temporary file and a rename, so a reader never sees half a file.

    The data is fsynced before the rename, unless `deferred` is given: the path is then added to it
    and `sync_deferred` makes the lot durable at once (one file-system sync for a whole batch).
    """
    name = os.fspath(path)
    folder, base = os.path.split(name)
    tmp = os.path.join(folder, f".{base}.{os.getpid()}.tmp")
    try:
        _write_new(tmp, data, sync=deferred is None)
    except FileNotFoundError:
        # The folder's first file. Making the folder only then, not before every file, saves a mkdir and
        # a stat per file: most files go to one of 256 folders (by hash) that exist already.
        os.makedirs(folder, exist_ok=True)
        _write_new(tmp, data, sync=deferred is None)
    os.replace(tmp, name)
    if deferred is not None:
        deferred.append(path)


def _write_new(name: str, data: bytes, sync: bool) -> None:
    with open(name, "wb") as fh:
        fh.write(data)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())


def _syncfs() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None, use_errno=True).syncfs  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not Linux
        return None


_SYNCFS = _syncfs()


def sync_deferred(root: Path, paths: list[Path]) -> None:
    """Make files written with `deferred` durable, data and renames, before the batch commits.

    An fsync per file cost about a millisecond each, more than recording the message. On Linux one
    syncfs(2) of the storage root's file system covers every file of the batch and their folders;
    elsewhere each file and its folder are fsynced.
    """
    if not paths:
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        if _SYNCFS is not None and _SYNCFS(fd) == 0:
            return
    finally:
        os.close(fd)
    for path in paths:
        for target in (path, path.parent):
            fd = os.open(target, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


@dataclass(frozen=True)
class Filed:
    storage_name: str  # relative to the storage root
    sha256: str
    size: int


def _keep(root: Path, rel: str, data: bytes, digest: str, deferred: list[Path] | None) -> Filed:
    """Write data (whose sha256 is `digest`) at root/rel once: content-addressed names make a second write pointless.

    `rel` is built here from the hash and a whitelisted extension, never from what a message says, so
    it stays under the root without resolving paths. A file of the wrong size is written again: a
    crash of the machine before a deferred sync can leave a name whose data never reached the disk.
    A file already there still joins `deferred`, as an earlier, failed batch may have written it
    without syncing.
    """
    path = root / rel
    try:
        stale = path.stat().st_size != len(data)
    except FileNotFoundError:
        stale = True
    if stale:
        write_atomic(path, data, deferred)
    elif deferred is not None:
        deferred.append(path)
    return Filed(rel, digest, len(data))


def archive_raw(root: Path, raw: bytes, deferred: list[Path] | None = None) -> Filed:
    """Keep the exact bytes of a message under raw/<aa>/<sha256>.eml (first thing we do)."""
    digest = sha256_hex(raw)
    return _keep(root, f"raw/{digest[:2]}/{digest}.eml", raw, digest, deferred)


def file_attachment(root: Path, name: str, payload: bytes, deferred: list[Path] | None = None,
                    digest: str | None = None) -> Filed:
    """File one attachment under files/<aa>/<sha256>.<ext>; the same bytes are stored once.

    `digest`, when given, is the payload's sha256 as the analysis computed it already (Analysis.file_hashes).
    """
    digest = digest or sha256_hex(payload)
    return _keep(root, f"files/{digest[:2]}/{digest}.{extension(name)}", payload, digest, deferred)


def quarantine_copy(root: Path, raw: bytes, reason: str, deferred: list[Path] | None = None) -> Filed:
    """Copy a message we could not handle to quarantine/, with its reason beside it."""
    digest = sha256_hex(raw)
    filed = _keep(root, f"quarantine/{digest}.eml", raw, digest, deferred)
    write_atomic((root / filed.storage_name).with_suffix(".reason.txt"), reason.encode("utf-8"), deferred)
    return filed
