"""The sample mailbox under examples/ and the hostile messages under tests/data/messages/.

Hostile files (written once by hand/script; each is described in EXPECTED below): every .eml in
the folder must either parse or raise ParseError, never another exception. The sample mailbox
must hold exactly the messages examples/labels.json lists, named after their arrival time, and
the generator must reproduce it byte for byte.
"""

from __future__ import annotations

import email.utils
import importlib.util
import io
import json
import mailbox
import os
import sys
from datetime import datetime
from pathlib import Path

import docx
import pytest
from pdfminer.high_level import extract_text

from intake.config import load
from intake.errors import ParseError
from intake.model import CATEGORIES, LANGUAGES, ROLES, Parsed
from intake.parse import parse

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = Path(__file__).resolve().parent / "data" / "messages"
EXAMPLES = ROOT / "examples"
MAILDIR = EXAMPLES / "mailbox"
LABELLED = EXAMPLES / "labelled"
LABEL_KEYS = {"file", "received_at", "category", "language", "acknowledge", "on_time", "speakers",
              "report_attachments", "thread_of", "notes"}

# file -> "error" (must raise ParseError) or "ok" (must parse); files not listed only must not crash
EXPECTED = {
    "empty.eml": "error",  # zero bytes
    "unparseable.eml": "error",  # binary garbage, no headers
    "deep-nesting.eml": "error",  # 700 nested multiparts
    "header-only.eml": "ok",  # headers and no body
    "traversal-name.eml": "ok",  # attachments named ../../etc/passwd and ..\..\Windows\win.ini
    "rlo-name.eml": "ok",  # U+202E hides an .exe as a .pdf
    "many-parts.eml": "ok",  # 600 attachments
    "bad-charset.eml": "ok",  # unknown charset labels on body and headers
    "en-speaker-request.eml": "ok",  # a normal message, for comparison
}


def _parse(name: str) -> Parsed:
    return parse((MESSAGES / name).read_bytes())


@pytest.mark.parametrize("path", sorted(MESSAGES.glob("*.eml")), ids=lambda p: p.name)
def test_message_parses_or_raises_parse_error(path: Path) -> None:
    try:
        parsed = parse(path.read_bytes())
    except ParseError as exc:
        assert EXPECTED.get(path.name) != "ok", f"{path.name} should parse: {exc}"
        assert str(exc)  # the reason goes to the shunt folder
        return
    assert EXPECTED.get(path.name) != "error", f"{path.name} parsed but should raise ParseError"
    assert isinstance(parsed, Parsed)


def test_every_expected_hostile_file_is_there() -> None:
    assert {p.name for p in MESSAGES.glob("*.eml")} >= set(EXPECTED)
    assert (MESSAGES / "empty.eml").stat().st_size == 0


def test_header_only_message_has_empty_text() -> None:
    parsed = _parse("header-only.eml")
    assert parsed.subject == "Speaker request"
    assert parsed.from_addr == "nour.saleh@example.org"
    assert parsed.text == "" and parsed.attachments == ()


def test_traversal_names_are_kept_verbatim_for_display() -> None:
    # Parsed keeps the sender's name unsanitised; filing must not use it as a path
    names = [a.filename for a in _parse("traversal-name.eml").attachments]
    assert names == ["../../etc/passwd", "..\\..\\Windows\\win.ini"]


def test_rlo_name_keeps_the_override_character() -> None:
    (att,) = _parse("rlo-name.eml").attachments
    assert att.filename == "report\u202efdp.exe"
    assert att.content_type == "application/pdf"  # what the sender claims
    assert att.payload.startswith(b"MZ")  # what it is


def test_many_parts_are_all_read() -> None:
    parsed = _parse("many-parts.eml")
    assert len(parsed.attachments) == 600
    assert parsed.attachments[-1].filename == "part-599.txt"
    assert parsed.text == "Annexes to our report, one file each."


def test_unknown_charset_falls_back_to_readable_text() -> None:
    parsed = _parse("bad-charset.eml")
    assert "séance plénière" in parsed.text
    assert "طلب مداخلة" in parsed.text
    assert parsed.from_name == "Kamél Hàddad"


def test_normal_speaker_request_parses_fully() -> None:
    parsed = _parse("en-speaker-request.eml")
    assert parsed.message_id == "20210203094203.51882.mdarwish@example.org"
    assert parsed.to == ("gcmrrarabstates@iom.int",)
    assert "Name: Maya Darwish" in parsed.text


# --- the sample mailbox -----------------------------------------------------------------------------


def _labels() -> list[dict]:
    return json.loads((EXAMPLES / "labels.json").read_text(encoding="utf-8"))


def _maildir_files() -> list[Path]:
    return sorted(p for sub in ("cur", "new") for p in (MAILDIR / sub).iterdir() if not p.name.startswith("."))


def _epoch(path: Path) -> int:
    return int(path.name.split(".", 1)[0])


def test_labels_follow_the_shared_format() -> None:
    labels = _labels()
    assert json.loads((LABELLED / "labels.json").read_text(encoding="utf-8")) == labels
    for label in labels:
        assert set(label) == LABEL_KEYS, label["file"]
        assert label["category"] in CATEGORIES and label["language"] in LANGUAGES
        assert (LABELLED / label["file"]).is_file()
        for person in label["speakers"]:
            assert set(person) == {"name", "title", "affiliation", "roles", "roundtable"}
            assert set(person["roles"]) <= set(ROLES)
    assert {lab["language"] for lab in labels} == set(LANGUAGES)
    assert {lab["category"] for lab in labels} >= {"voluntary_report", "speaker_request", "both", "auto_reply", "other"}


def test_maildir_holds_exactly_the_labelled_messages() -> None:
    labels = _labels()
    files = _maildir_files()
    by_bytes = {p.read_bytes(): p for p in files}
    assert len(files) == len(labels) == len(by_bytes)
    assert (MAILDIR / "tmp" / ".gitkeep").exists()
    for label in labels:
        raw = (LABELLED / label["file"]).read_bytes()
        assert raw in by_bytes, f"{label['file']} is not in the Maildir"
        path = by_bytes[raw]
        # git drops mtimes, so the arrival time must also be in the name
        assert _epoch(path) == int(datetime.fromisoformat(label["received_at"]).timestamp()), path.name
        assert (":2," in path.name) == (path.parent.name == "cur")
    assert len(mailbox.Maildir(MAILDIR, create=False)) == len(labels)


@pytest.mark.parametrize("label", _labels(), ids=lambda lab: lab["file"])
def test_sample_message_is_well_formed(label: dict) -> None:
    raw = (LABELLED / label["file"]).read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n"), "line endings must be CRLF"
    parsed = parse(raw)
    received = datetime.fromisoformat(label["received_at"])
    assert (received.year, received.month) == (2021, 2)
    mx_stamp = parsed.header("received").rsplit(";", 1)[1].split("(")[0]
    assert email.utils.parsedate_to_datetime(mx_stamp) == received  # our mx's Received matches arrival
    assert parsed.date is not None and parsed.date <= received
    assert parsed.message_id and parsed.from_addr and parsed.text
    names = {a.filename: a for a in parsed.attachments}
    for name in label["report_attachments"]:
        payload = names[name].payload
        if name.endswith(".pdf"):
            assert payload.startswith(b"%PDF-") and len(extract_text(io.BytesIO(payload)).split()) > 30
        else:
            text = " ".join(p.text for p in docx.Document(io.BytesIO(payload)).paragraphs)
            assert len(text.split()) > 30
    if label["category"] == "auto_reply":
        assert parsed.header("auto-submitted") == "auto-replied"
        assert parsed.header("return-path") == "<>"


def test_generator_reproduces_the_sample_byte_for_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("make_sample_mailbox", EXAMPLES / "make_sample_mailbox.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, generator)  # dataclasses look their module up there
    spec.loader.exec_module(generator)
    generator.write(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = [p.relative_to(EXAMPLES) for d in ("mailbox", "labelled") for p in (EXAMPLES / d).rglob("*")]
    assert written == sorted([*(p for p in committed if (EXAMPLES / p).is_file()), Path("labels.json")])
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (EXAMPLES / rel).read_bytes(), rel
    for path in (tmp_path / "mailbox").glob("*/*[0-9]*"):
        assert int(os.stat(path).st_mtime) == _epoch(path)  # the arrival time a Maildir reader uses


def test_demo_config_loads() -> None:
    settings = load(EXAMPLES / "config.toml", check_env=False)
    assert settings.source.kind == "maildir" and settings.source.path == MAILDIR
    assert settings.storage_root == ROOT / "storage" / "demo"
    assert settings.outbox.kind == "file"
