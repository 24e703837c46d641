"""Attachment bytes -> DocText: the text of PDF, DOCX, ODT, RTF, vCard and plain-text attachments.

This module's sole job is to read documents that strangers send us without letting one of them
hang or exhaust the service. `read_document` reads one document in-process (pure: bytes in, value
out). `read_documents` runs it in a worker process that has an address-space limit and is killed
after a wall-clock timeout, so a hostile PDF (decompression bomb, endless content stream) costs
one DocText(status="timeout" or "failed") and the next attachment is still read.

Arabic in PDFs: pdfminer hands back glyphs in the order they are drawn, which for a properly
rendered right-to-left line is visual order, often as presentation forms. `_pdf_text` rebuilds
lines from glyph positions, puts right-to-left lines back into logical order glyph by glyph,
and only then applies NFKC (see notes/mail-stack.md section 3.4 for the measurements behind this).
"""

from __future__ import annotations

import atexit
import dataclasses
import io
import json
import logging
import os
import pickle
import quopri
import re
import resource
import subprocess
import sys
import threading
import unicodedata
import zipfile
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path, PurePath
from xml.etree import ElementTree

from intake.model import Attachment, DocText

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns on every odd font it meets

# How long a fresh worker may take to start and import its libraries; kept apart from
# Limits.timeout so that the first document of a message is not charged for the start-up.
_START_SECONDS = 30.0
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


@dataclasses.dataclass(frozen=True)
class Limits:
    """What one document may cost: bytes, seconds, memory, pages and characters of text."""

    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 20.0
    memory_mb: int = 512
    max_pages: int = 60
    max_chars: int = 200_000


# ---------------------------------------------------------------------------------------------
# Telling the format: content first (senders' content types are often application/octet-stream),
# then the name, then the declared type.

_DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
_ODT_TYPES = ("application/vnd.oasis.opendocument.text",)


_VCARD_TYPES = ("text/vcard", "text/x-vcard", "text/directory")


def document_kind(filename: str, content_type: str, payload: bytes) -> str | None:
    """The reader for an attachment: pdf, docx, odt, rtf, vcard or text; None when we do not read it."""
    ext = PurePath(filename.lower()).suffix
    ctype = content_type.lower()
    head = payload[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if ext in (".docx", ".docm", ".dotx") or ctype in _DOCX_TYPES:
            return "docx"
        if ext == ".odt" or ctype in _ODT_TYPES:
            return "odt"
        return None
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if ext == ".pdf" or ctype == "application/pdf":
        return "pdf"  # no header in the first KiB: let the PDF reader say what is wrong
    if ext in (".vcf", ".vcard") or ctype in _VCARD_TYPES or head.lstrip().upper().startswith(b"BEGIN:VCARD"):
        return "vcard"
    if ext == ".txt" or ctype == "text/plain":
        return "text"
    return None


# ---------------------------------------------------------------------------------------------
# PDF

_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
)
_TATWEEL = "\u0640"  # kashida: stretches justified Arabic and splits words for matching
CID = re.compile(r"\(cid:\d+\)")  # pdfminer's text for a glyph whose font has no Unicode map


def glyph_direction(glyph: str) -> str | None:
    """Strong direction of a glyph's text: R (Arabic/Hebrew), L (Latin...), N (digits), None (neutral)."""
    for ch in glyph:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "R"
        if bidi == "L":
            return "L"
        if bidi in ("EN", "AN"):
            return "N"
    return None


def _visual_to_logical(glyphs: list[str]) -> str:
    """Reverse a right-to-left line given in visual order, keeping Latin words and numbers as they read.

    The reversal is per glyph, not per character: a lam-alef ligature is one glyph whose text is
    already two letters in logical order, and reversing characters would turn it into alef-lam.
    """
    rev = glyphs[::-1]
    dirs = [glyph_direction(g) for g in rev]
    # next strong direction after each position, so that neutrals (spaces, punctuation) between
    # two Latin words stay inside that Latin run; computed backwards to stay linear
    following: list[str | None] = [None] * len(rev)
    nxt: str | None = None
    for i in range(len(rev) - 1, -1, -1):
        following[i] = nxt
        nxt = dirs[i] or nxt
    out: list[str] = []
    run: list[str] = []
    for i, (g, d, after) in enumerate(zip(rev, dirs, following, strict=True)):
        # As the bidi algorithm does: spaces and punctuation between Latin words read with them;
        # between numbers only a single separator does ("2019-2020", "3.5"), not "6، 7".
        joins_number = after == "N" and g.strip() != "" and i + 1 < len(rev) and dirs[i + 1] == "N"
        keep_in_run = d is None and bool(run) and (after == "L" or joins_number)
        if d in ("L", "N") or keep_in_run:
            run.append(g)
        else:
            out.extend(reversed(run))
            run = []
            out.append(g)
    out.extend(reversed(run))
    return "".join(out)


def arabic_order_score(line: str) -> int:
    """How much a line reads like logically ordered Arabic: +1 per well-formed word edge, -1 per mirrored one."""
    score = 0
    for word in line.split():
        word = word.strip("،,.:;()[]«»\"'!؟?-")
        if len(word) < 3:
            continue  # "لا" and other short words read the same both ways
        # the article starts a word and ta marbuta / alef maqsura end one; never the other way round
        score += word.startswith("ال") + word.endswith(("ة", "ى"))
        score -= word.endswith("لا") + word.startswith(("ة", "ى"))
    return score


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text.translate(_BIDI_CONTROLS)).replace(_TATWEEL, "")


def _reverse_rtl_runs(glyphs: list[str]) -> str:
    """A left-to-right line in visual order -> logical: each Arabic run (with the spaces inside it) reversed in place."""
    dirs = [glyph_direction(g) for g in glyphs]
    out: list[str] = []
    i = 0
    while i < len(glyphs):
        if dirs[i] != "R":
            out.append(glyphs[i])
            i += 1
            continue
        last = i
        for j in range(i, len(glyphs)):
            if dirs[j] == "R":
                last = j
            elif dirs[j] is not None:
                break
        out.extend(reversed(glyphs[i : last + 1]))
        i = last + 1
    return "".join(out)


def logical_line(glyphs: list[str]) -> str:
    """One line of glyphs in visual order -> logical text; reorders only where that reads better."""
    dirs = [glyph_direction(g) for g in glyphs]
    as_drawn = _clean("".join(glyphs))
    if "R" not in dirs:
        return as_drawn
    # The line's own direction: Arabic if most letters are, or if it both starts and ends (in
    # visual order) with Arabic; an English line quoting an Arabic name only has that run turned.
    strong = [d for d in dirs if d in ("R", "L")]
    rtl = dirs.count("R") > dirs.count("L") or strong[0] == strong[-1] == "R"
    reordered = _clean(_visual_to_logical(glyphs) if rtl else _reverse_rtl_runs(glyphs))
    # Most PDF writers draw Arabic in visual order; a few broken ones draw it in logical order
    # (unshaped, left to right). The shape of the words tells which; on a tie, trust the majority.
    return reordered if arabic_order_score(reordered) >= arabic_order_score(as_drawn) else as_drawn


# ---------------------------------------------------------------------------------------------
# ODT: content.xml read with the standard library; cheap and enough for text and tables

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _odt_inline(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag != f"{_OFFICE}annotation":
            parts.append(_odt_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_blocks(
    element: ElementTree.Element, lines: list[str], tables: list[tuple[tuple[str, ...], ...]]
) -> None:
    for child in element:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            lines.append(_odt_inline(child))
        elif child.tag == f"{_TABLE}table":
            rows = []
            for row in child.iter(f"{_TABLE}table-row"):
                cells = [
                    " ".join(" ".join(_odt_inline(p) for p in cell.iter(f"{_TEXT}p")).split())
                    for cell in row
                    if cell.tag == f"{_TABLE}table-cell"
                ]
                if any(cells):
                    rows.append(tuple(cells))
            tables.append(tuple(rows))
            lines.extend(" | ".join(r) for r in rows)
        else:
            _odt_blocks(child, lines, tables)


def _odt_text(payload: bytes, limits: Limits, filename: str) -> DocText:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        info = archive.getinfo("content.xml")
        if info.file_size > limits.max_bytes * 10:
            return DocText(filename, status="too_large", detail="content.xml is too large to unpack")
        root = ElementTree.fromstring(archive.read(info))
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    body = root.find(f"{_OFFICE}body")
    _odt_blocks(body if body is not None else root, lines, tables)
    return finish(filename, "\n".join(lines), limits, tables=tuple(tables))


# ---------------------------------------------------------------------------------------------
# RTF: strip control words; keep \uN and \'hh characters, paragraph and cell breaks

_RTF_TOKEN = re.compile(
    rb"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
# destinations whose text is not the document's (font tables, styles, pictures, metadata)
_RTF_SKIP = {
    b"fonttbl",
    b"colortbl",
    b"stylesheet",
    b"info",
    b"pict",
    b"object",
    b"header",
    b"footer",
    b"headerl",
    b"headerr",
    b"headerf",
    b"footerl",
    b"footerr",
    b"footerf",
    b"listtable",
    b"listoverridetable",
    b"rsidtbl",
    b"generator",
    b"xmlnstbl",
    b"themedata",
    b"colorschememapping",
    b"datastore",
    b"latentstyles",
    b"revtbl",
    b"fldinst",
    b"bkmkstart",
    b"bkmkend",
    b"field_inst",
}
_RTF_BREAKS = {
    b"par": "\n",
    b"line": "\n",
    b"row": "\n",
    b"sect": "\n",
    b"page": "\n",
    b"tab": "\t",
    b"cell": " | ",
}


def _rtf_plain(payload: bytes) -> str:
    """Text of an RTF document: a small state machine over its tokens, not a full RTF reader."""
    codepage = "cp1252"
    out: list[str] = []
    pending = bytearray()  # \'hh bytes wait here so that a multi-byte character decodes whole
    stack: list[tuple[bool, int]] = []
    skip, uc, drop = False, 1, 0  # in an ignored group; chars to drop after \uN; still to drop

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, "replace"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(payload):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if brace == b"{":
            stack.append((skip, uc))
        elif brace == b"}":
            flush()
            skip, uc = stack.pop() if stack else (False, 1)
        elif word is not None:
            if word in _RTF_SKIP:
                skip = True
            elif word == b"ansicpg" and arg:
                codepage = f"cp{int(arg)}"
                try:
                    "".encode(codepage)
                except LookupError:
                    codepage = "cp1252"
            elif word == b"uc" and arg:
                uc = int(arg)
            elif skip:
                continue
            elif word == b"u" and arg:
                flush()
                out.append(chr(int(arg) % 65536))
                drop = uc
            elif word in _RTF_BREAKS:
                flush()
                out.append(_RTF_BREAKS[word])
        elif symbol is not None:
            if symbol == b"*":
                skip = True  # {\* ...} marks a destination a reader may ignore
            elif not skip and symbol in b"\\{}":
                flush()
                out.append(symbol.decode())
            elif not skip and symbol == b"~":
                out.append("\u00a0")
        elif hexbyte is not None and not skip:
            if drop:
                drop -= 1
            else:
                pending.append(int(hexbyte, 16))
        elif text is not None and not skip:
            if drop:
                cut = min(drop, len(text))
                drop -= cut
                text = text[cut:]
            if text:
                flush()
                out.append(text.decode(codepage, "replace"))
    flush()
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Plain text

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")  # never in a person's text file


def _decode_text(payload: bytes) -> str:
    """Decode a text file: BOMs, then UTF-8, then Windows Arabic or Western by which reads as letters."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if payload.startswith(bom):
            return payload.decode(codec, "replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    arabic = payload.decode("cp1256", "replace")
    high = sum(b >= 0x80 for b in payload) or 1
    # in cp1256 most high bytes are Arabic letters; in a French cp1252 text they decode to Arabic too,
    # but scattered one per word among Latin letters, so ask for a majority of the high bytes
    return arabic if len(_ARABIC_LETTER.findall(arabic)) > 0.6 * high else payload.decode("cp1252", "replace")


# ---------------------------------------------------------------------------------------------
# Electronic business cards (vCard 2.1, 3.0, 4.0; RFC 6350)

# The properties a speaker's card gives, as the labelled lines a form would have ("Name: X", "Title: Y").
_VCARD_LABELS = {"FN": "Name", "TITLE": "Title", "ROLE": "Role", "ORG": "Organisation", "EMAIL": "E-mail", "TEL": "Tel"}
_VCARD_ESCAPES = re.compile(r"\\([\\,;nN])")


def vcard_text(payload: bytes) -> str:
    """A card as labelled lines, one per property we read: a phone sends its owner's card when the body only says
    "my details are in the card attached". Folded lines are unfolded; vCard 2.1's quoted-printable values decoded."""
    lines: list[str] = []
    for raw in re.sub(r"\r?\n[ \t]", "", _decode_text(payload)).splitlines():
        name, sep, value = raw.partition(":")
        if not sep:
            continue
        prop, *params = name.split(";")
        label = _VCARD_LABELS.get(prop.rsplit(".", 1)[-1].upper())  # "item1.TITLE": a group before the name
        if label is None:
            continue
        if any(p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in params):
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
        # structured values split by ";": ORG gives the body, then its units (a department is no affiliation)
        units = [_VCARD_ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), u).strip()
                 for u in re.split(r"(?<!\\);", value)]
        value = units[0] if label == "Organisation" else ", ".join(u for u in units if u)
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------


def finish(
    filename: str,
    text: str,
    limits: Limits,
    pages: int | None = None,
    tables: tuple[tuple[tuple[str, ...], ...], ...] = (),
    notes: list[str] | None = None,
) -> DocText:
    notes = list(notes or [])
    text = re.sub(r"[ \t]+\n", "\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) > limits.max_chars:
        text = text[: limits.max_chars]
        notes.append(f"text cut at {limits.max_chars} characters")
    status = "ok" if text else "empty"
    return DocText(filename, text=text, status=status, pages=pages, detail="; ".join(notes), tables=tables)


def _precheck(filename: str, content_type: str, payload: bytes, limits: Limits) -> DocText | str:
    """The kind to read, or the DocText that makes reading needless."""
    if len(payload) > limits.max_bytes:
        return DocText(filename, status="too_large", detail=f"{len(payload)} bytes > {limits.max_bytes}")
    kind = document_kind(filename, content_type, payload)
    if kind is None:
        return DocText(filename, status="unsupported", detail=f"not a document we read ({content_type})")
    if not payload.strip():
        return DocText(filename, status="empty")
    return kind


def read_document(filename: str, content_type: str, payload: bytes, limits: Limits) -> DocText:
    """Read one attachment in this process; never raises (a reader's error is status "failed")."""
    kind = _precheck(filename, content_type, payload, limits)
    if isinstance(kind, DocText):
        return kind
    try:
        if kind == "rtf":
            return finish(filename, _rtf_plain(payload), limits)
        if kind == "vcard":
            return finish(filename, vcard_text(payload), limits)
        if kind == "text":
            text = _decode_text(payload)
            if len(_CONTROL.findall(text)) > 0.05 * len(text):
                return DocText(filename, status="unsupported", detail="binary data named as text")
            return finish(filename, text, limits)
        if kind == "odt":
            return _odt_text(payload, limits, filename)
        # pdfminer and python-docx are imported here, in the reader process, not in the service.
        from intake import readers

        return (readers.pdf_text if kind == "pdf" else readers.docx_text)(payload, limits, filename)
    except MemoryError:
        return DocText(filename, status="failed", detail=f"the {kind} reader ran out of memory")
    except RecursionError:
        return DocText(filename, status="failed", detail=f"the {kind} is nested too deeply")
    except Exception as exc:  # any reader error on any input: a document we cannot read, not a crash
        return DocText(filename, status="failed", detail=f"{kind}: {type(exc).__name__}: {exc}"[:300])


# ---------------------------------------------------------------------------------------------
# Worker process. A plain subprocess of this interpreter rather than multiprocessing: it does not
# depend on how the service's main module was started, and it inherits no sockets or threads.
# Jobs go in as pickles (we wrote them); results come back as JSON, because the worker is the side
# that has touched hostile bytes and unpickling its output would trust it with code execution.

_WORKER_CODE = "from intake.documents import serve_worker; serve_worker()"


def serve_worker() -> None:
    """Worker entry point: cap memory, then answer read jobs on stdin until the parent hangs up."""
    memory_mb = int(sys.argv[1]) if len(sys.argv) > 1 else Limits().memory_mb
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    # our replies own the real stdout; anything a library prints goes to stderr instead
    replies = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    jobs = Connection(0, writable=False)
    replies.send_bytes(b"ready")  # the parent starts the clock on a document only after this
    while True:
        try:
            filename, content_type, limits = pickle.loads(jobs.recv_bytes())
            payload = jobs.recv_bytes()
        except (EOFError, OSError):
            return
        doc = read_document(filename, content_type, payload, limits)
        replies.send_bytes(json.dumps(dataclasses.asdict(doc)).encode())


def _from_reply(data: bytes, filename: str) -> DocText:
    try:
        fields = json.loads(data)
        tables = tuple(tuple(tuple(str(c) for c in row) for row in table) for table in fields["tables"])
        return DocText(
            filename,
            text=str(fields["text"]),
            status=str(fields["status"]),
            pages=fields["pages"] if isinstance(fields["pages"], int) else None,
            detail=str(fields["detail"]),
            tables=tables,
        )
    except (ValueError, KeyError, TypeError) as exc:
        return DocText(filename, status="failed", detail=f"unreadable reply from the reader ({exc})")


class _Worker:
    """One worker process and its pipes; killed rather than reused once a document overruns."""

    def __init__(self, limits: Limits) -> None:
        env = dict(os.environ)
        # the worker must import this very package, installed or not
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PACKAGE_ROOT), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER_CODE, str(limits.memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        # a Connection closes its descriptor itself: give it its own copies, and drop Popen's
        self.jobs = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.replies = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        self.started = False
        self.memory_mb = limits.memory_mb

    def read(self, att: Attachment, limits: Limits) -> DocText:
        """Hand one attachment to the worker; its DocText, or timeout/failed if it overruns or dies."""
        try:
            if not self.started:
                # the interpreter's start-up is not the document's fault: wait for it apart
                if not self.replies.poll(_START_SECONDS) or self.replies.recv_bytes(16) != b"ready":
                    return DocText(att.filename, status="failed", detail="the reader process did not start")
                self.started = True
            # The payload goes apart from the pickle: no 20 MB copy of it in the parent.
            self.jobs.send_bytes(pickle.dumps((att.filename, att.content_type, limits)))
            self.jobs.send_bytes(att.payload)
            if not self.replies.poll(limits.timeout):
                return DocText(
                    att.filename, status="timeout", detail=f"no result within {limits.timeout:g} s"
                )
            reply = self.replies.recv_bytes(maxlength=limits.max_chars * 8 + (1 << 24))
        except (EOFError, OSError) as exc:
            self.close()
            code = self.process.returncode
            why = f"killed by signal {-code}" if code is not None and code < 0 else f"{type(exc).__name__}"
            return DocText(att.filename, status="failed", detail=f"the reader process died ({why})")
        return _from_reply(reply, att.filename)

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        """Kill the worker (if still running) and reap it."""
        self.jobs.close()
        self.replies.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)


_shared: _Worker | None = None  # kept between messages: starting an interpreter costs ~0.4 s
_shared_lock = threading.Lock()


def _close_shared() -> None:
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None


atexit.register(_close_shared)


def read_documents(attachments: Sequence[Attachment], limits: Limits) -> dict[str, DocText]:
    """Read each attachment in a memory-capped worker process with a timeout; never raises.

    The worker is reused from one message to the next while it behaves; one that overran or
    died is killed and the next document gets a fresh one.
    """
    global _shared
    results: dict[str, DocText] = {}
    with _shared_lock:
        for att in attachments:
            previous = results.get(att.filename)
            if previous is not None and previous.readable:
                continue  # keyed by name: a second file of the same name adds nothing we can keep
            kind = _precheck(att.filename, att.content_type, att.payload, limits)
            if isinstance(kind, DocText):
                results.setdefault(att.filename, kind)
                continue
            if _shared is not None and (_shared.memory_mb != limits.memory_mb or not _shared.alive()):
                _close_shared()
            try:
                _shared = _shared or _Worker(limits)
                doc = _shared.read(att, limits)
            except (OSError, subprocess.SubprocessError) as exc:
                doc = DocText(
                    att.filename, status="failed", detail=f"the reader process failed to start ({exc})"
                )
            if _shared is not None and (doc.status == "timeout" or not _shared.started or not _shared.alive()):
                _close_shared()  # a stuck or dead worker is never reused
            results[att.filename] = doc
    return results
