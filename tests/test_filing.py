"""Filing: content-addressed, idempotent, and nothing a message says can escape the storage root."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import filing
from intake.filing import (
    archive_raw,
    clean_filename,
    extension,
    file_attachment,
    filename_flags,
    sync_deferred,
)


def test_traversal_name_stays_inside_the_root(tmp_path: Path) -> None:
    filed = file_attachment(tmp_path, "../../etc/passwd", b"root:x:0:0")
    path = (tmp_path / filed.storage_name).resolve()
    assert path.is_relative_to(tmp_path.resolve())
    assert path.read_bytes() == b"root:x:0:0"
    assert path.suffix == ".bin"
    assert "path-in-name" in filename_flags("../../etc/passwd")


def test_rlo_name_cannot_fake_its_type() -> None:
    name = "report\u202efdp.exe"  # displays as "reportexe.pdf"
    assert extension(name) == "bin"  # the real extension, .exe, is not a document type we keep as such
    assert "bidi-override-in-name" in filename_flags(name)
    assert clean_filename(name) == "reportfdp.exe"


def test_same_bytes_are_stored_once(tmp_path: Path) -> None:
    a = file_attachment(tmp_path, "a.pdf", b"%PDF-1.4 same")
    b = file_attachment(tmp_path, "other name.pdf", b"%PDF-1.4 same")
    assert a.storage_name == b.storage_name
    assert len(list((tmp_path / "files").rglob("*.pdf"))) == 1
    raw = archive_raw(tmp_path, b"Subject: x\r\n\r\nbody")
    assert (tmp_path / raw.storage_name).read_bytes() == b"Subject: x\r\n\r\nbody"
    assert archive_raw(tmp_path, b"Subject: x\r\n\r\nbody") == raw



def test_an_attachment_hashed_by_the_analysis_is_not_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    payload = b"%PDF-1.4 hashed once"
    expected = file_attachment(tmp_path / "a", "r.pdf", payload)
    monkeypatch.setattr(filing, "sha256_hex", lambda data: pytest.fail("hashed again"))
    assert file_attachment(tmp_path / "b", "r.pdf", payload, digest=expected.sha256) == expected
    assert (tmp_path / "b" / expected.storage_name).read_bytes() == payload

@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync-each"])
def test_a_batch_of_files_is_synced_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, syncfs: bool) -> None:
    if not syncfs:
        monkeypatch.setattr(filing, "_SYNCFS", None)
    written: list[Path] = []
    raw = archive_raw(tmp_path, b"Subject: x\r\n\r\nbody", written)
    att = file_attachment(tmp_path, "r.pdf", b"%PDF-1.4 x", written)
    assert written == [tmp_path / raw.storage_name, tmp_path / att.storage_name]
    sync_deferred(tmp_path, written)
    assert (tmp_path / att.storage_name).read_bytes() == b"%PDF-1.4 x"
    assert not list(tmp_path.rglob(".*.tmp"))


def test_a_file_cut_short_by_a_crash_is_written_again(tmp_path: Path) -> None:
    """A machine crash before the deferred sync can leave the name with no data behind it."""
    filed = archive_raw(tmp_path, b"Subject: x\r\n\r\nbody")
    (tmp_path / filed.storage_name).write_bytes(b"")
    again: list[Path] = []
    assert archive_raw(tmp_path, b"Subject: x\r\n\r\nbody", again) == filed
    assert (tmp_path / filed.storage_name).read_bytes() == b"Subject: x\r\n\r\nbody"
    assert again == [tmp_path / filed.storage_name]  # and it is synced with its batch
