"""The whole pipeline over the labelled dev corpus (as `intake eval` runs it), with the issues' floors.

Every message goes through parse, screen, classify, extract, language, deadline, filing, the store
and the file outbox, in arrival order, exactly as the daemon would process it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake.config import Settings
from intake.errors import IntakeError
from intake.evaluate import Report, load_labels, run
from tests.corpus import DEV, require


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    from intake.config import parse_settings

    root = tmp_path_factory.mktemp("eval")
    settings: Settings = parse_settings({"storage": {"root": str(root)}}, root / "config.toml", check_env=False)
    return run(require(DEV), settings)


def pct(report: Report, name: str) -> float:
    s = report.scores[name]
    return 100.0 * s.right / s.total


def test_categories(report: Report) -> None:
    assert pct(report, "category") >= 97.0, report.render()
    for (label, got), n in report.confusion.items():
        if label in ("voluntary_report", "speaker_request", "both"):
            assert got != "other", f"{n} {label} classified as other"


def test_speakers(report: Report) -> None:
    assert pct(report, "name") >= 95.0, report.render()
    assert pct(report, "title") >= 90.0 and pct(report, "affiliation") >= 90.0, report.render()
    assert pct(report, "roles") >= 95.0 and pct(report, "roundtable") >= 95.0, report.render()
    assert pct(report, "no_invented_speaker") == 100.0, report.render()


def test_acknowledgements_deadlines_and_threads(report: Report) -> None:
    assert pct(report, "ack_language") == 100.0, report.render()
    assert pct(report, "on_time") == 100.0, report.render()
    assert pct(report, "thread_of") == 100.0, report.render()
    assert pct(report, "acknowledge") == 100.0, report.render()  # none where the label says none


def test_report_attachments(report: Report) -> None:
    assert pct(report, "report_attachments") == 100.0, report.render()


@pytest.mark.parametrize(("labels", "says"), [
    (None, "is not a folder"),
    (b"", "has no labels.json"),
    (b"\xff\xfe[]", "cannot be read as UTF-8"),
    (b"{not json", "is not valid JSON"),
    (b'{"file": "a.eml"}', "must hold a list"),
    (b'[{"file": 5, "received_at": "2021-02-01T10:00:00+02:00", "category": "other", "language": "en", '
     b'"acknowledge": true}]', "names 5, which is not a file"),
    (b'[{"file": "a.eml", "received_at": "2021-02-01T10:00:00+02:00", "category": ["other"], "language": "en", '
     b'"acknowledge": true}]', "has category ['other']"),
    (b'[{"file": "a.eml", "received_at": "2021-02-01T10:00:00+02:00", "category": "bogus", "language": "en", '
     b'"acknowledge": true}]', "has category 'bogus'"),
    (b'[{"file": "a.eml", "received_at": "1 Feb", "category": "other", "language": "en", "acknowledge": true}]',
     "write ISO 8601 with an offset"),
])
def test_a_bad_labelled_folder_is_one_sentence(tmp_path: Path, labels: bytes | None, says: str) -> None:
    folder = tmp_path / "set"
    if labels is not None:
        folder.mkdir()
        (folder / "a.eml").write_bytes(b"Subject: x\r\n\r\nbody\r\n")
        if labels:
            (folder / "labels.json").write_bytes(labels)
    with pytest.raises(IntakeError, match=re.escape(says)):
        load_labels(folder)


def test_a_label_that_does_not_know_the_category_or_the_acknowledgement_is_not_scored_on_them(tmp_path: Path) -> None:
    """LABELS.md: mail written by people in the public corpus is `unknown` with acknowledge null (neither is
    scored); what such a label does state (no speaker) still is."""
    from intake.config import parse_settings

    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.eml").write_bytes(b"From: Sam <sam@example.org>\r\nTo: gcmrrarabstates@iom.int\r\nSubject: Hello\r\n"
                                   b"Message-ID: <a@example.org>\r\n\r\nWhen is the agenda published?\r\n")
    (folder / "b.eml").write_bytes(b"From: Ana <ana@example.org>\r\nTo: gcmrrarabstates@iom.int\r\nSubject: Agenda\r\n"
                                   b"Message-ID: <b@example.org>\r\n\r\nWhere can I read the agenda?\r\n")
    (folder / "labels.json").write_text(
        '[{"file": "a.eml", "received_at": "2021-02-01T10:00:00+02:00", "category": "unknown", "language": null,'
        ' "acknowledge": null},'
        ' {"file": "b.eml", "received_at": "2021-02-01T11:00:00+02:00", "category": "other", "language": "en",'
        ' "acknowledge": false}]', encoding="utf-8")
    root = tmp_path / "root"
    report = run(folder, parse_settings({"storage": {"root": str(root)}}, root / "config.toml", check_env=False))
    assert (report.scores["category"].right, report.scores["category"].total) == (1, 1)  # b only
    assert (report.scores["acknowledge"].right, report.scores["acknowledge"].total) == (0, 1)  # b is acknowledged
    assert report.scores["no_invented_speaker"].total == 2
    assert list(report.confusion) == [("other", "other")]
