"""Exports and the publication bundle over the dev corpus (run through the real pipeline): the
sheets open in csv and openpyxl with one row per speaker / report, and the bundle holds each
report's current version (the revision of a report, not its first version) with an index."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from intake.analysis import load_context
from intake.config import Settings
from intake.errors import IntakeError
from intake.pipeline import Pipeline
from intake.sheets import REPORT_COLUMNS, SPEAKER_COLUMNS, export, publish
from intake.store import Store
from intake.tables import AttachmentRow, Outgoing, SpeakerRow, Submission
from tests.conftest import run_cli
from tests.mails import mail, minimal_pdf, raw

NOW = datetime.fromisoformat("2021-02-22T14:00:00+02:00")


def _expected(store: Store) -> tuple[set[tuple[str, int]], set[str]]:
    with store.Session() as s:
        speakers = set(s.execute(select(Submission.reference, SpeakerRow.id)
                                 .join(Submission, Submission.id == SpeakerRow.submission_id)
                                 .where(SpeakerRow.active.is_(True), Submission.status != "merged")).all())
        reports = set(s.scalars(select(Submission.reference).where(
            Submission.category.in_(("voluntary_report", "both")), Submission.status != "merged")))
    return speakers, reports  # type: ignore[return-value]


def test_speaker_and_report_sheets_in_csv_and_xlsx(dev: tuple[Store, Settings], tmp_path: Path) -> None:
    store, settings = dev
    speakers, reports = _expected(store)
    assert speakers and reports
    for fmt in ("csv", "xlsx"):
        for what, columns, expected in (("speakers", SPEAKER_COLUMNS, speakers), ("reports", REPORT_COLUMNS, reports)):
            out = tmp_path / f"{what}.{fmt}"
            assert export(store, settings, what, fmt, out) == len(expected)
            if fmt == "csv":
                with out.open(encoding="utf-8-sig", newline="") as fh:
                    rows = list(csv.DictReader(fh))
                header = list(rows[0].keys())
            else:
                ws = openpyxl.load_workbook(out).active
                assert ws is not None and ws.freeze_panes == "A2" and ws.auto_filter.ref
                values = list(ws.iter_rows(values_only=True))
                header = list(values[0])
                rows = [dict(zip(header, ["" if v is None else str(v) for v in r], strict=True)) for r in values[1:]]
            assert header == list(columns)
            if what == "speakers":
                assert {(r["reference"], int(r["speaker_id"])) for r in rows} == expected
                assert all(r["on_time"] in ("yes", "no", "") for r in rows)
                with store.Session() as s:
                    for r in rows:
                        sp = s.get(SpeakerRow, int(r["speaker_id"]))
                        assert sp is not None and r["name"] == (sp.name or "") and r["affiliation"] == (sp.affiliation or "")
                        assert r["missing"] == "; ".join(sp.missing()) and r["roles"] == "; ".join(sp.roles)
            else:
                assert {r["reference"] for r in rows} == expected
                assert any(any("\u0600" <= c <= "\u06ff" for c in r["organisation"]) for r in rows)


def test_revised_report_counts_its_versions(dev: tuple[Store, Settings], tmp_path: Path) -> None:
    store, settings = dev
    export(store, settings, "reports", "csv", tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["reference"]: r for r in csv.DictReader(fh)}
    with store.Session() as s:
        versions = dict(s.execute(select(Submission.reference, func.count(func.distinct(AttachmentRow.version)))
                                  .join(AttachmentRow, AttachmentRow.submission_id == Submission.id)
                                  .where(AttachmentRow.is_report.is_(True), AttachmentRow.version.is_not(None))
                                  .group_by(Submission.reference)).all())
    assert any(v > 1 for v in versions.values()), "the dev corpus holds a revised report"
    for ref, n in versions.items():
        if ref in rows:
            assert int(rows[ref]["versions"]) == n and int(rows[ref]["current_version"]) == n


def test_publication_bundle_has_each_current_version_and_an_index(dev: tuple[Store, Settings], tmp_path: Path) -> None:
    store, settings = dev
    out = tmp_path / "bundle"
    items = publish(store, settings, out, NOW)
    _, reports = _expected(store)
    with store.Session() as s:
        withdrawn = set(s.scalars(select(Submission.reference).where(Submission.status == "withdrawn")))
    assert {p.reference for p in items} == reports - withdrawn
    files = sorted((out / "files").iterdir())
    assert sorted(f.name for f in files) == sorted(name for p in items for name in p.files)
    with (out / "index.csv").open(encoding="utf-8-sig", newline="") as fh:
        index = list(csv.DictReader(fh))
    assert [r["reference"] for r in index] == [p.reference for p in items]
    assert all(r["submitted"][:4] == "2021" for r in index)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert all(p.reference in html for p in items) and all(f'href="files/{f.name}"' in html for f in files)
    with pytest.raises(IntakeError, match="not empty"):
        publish(store, settings, out, NOW)


def test_the_bundle_holds_only_the_current_version(settings: Settings, tmp_path: Path) -> None:
    store = Store(settings.database_url)
    store.migrate()
    pipeline = Pipeline(load_context(settings), store)
    body = "Dear colleagues,\n\nPlease find attached our voluntary GCM review report.\n\nBest regards,\nNadia"
    pipeline.handle(raw(mail(sender="Nadia <nadia@hlac.example.org>", subject="Voluntary GCM review report",
                             body=body, message_id="report-1@hlac.example.org",
                             attachments=[("GCM_report.pdf", "application/pdf",
                                           minimal_pdf("Voluntary GCM review report 2021"))]), "2021-02-12 10:00"))
    revised = minimal_pdf("Voluntary GCM review report 2021 revised")
    pipeline.handle(raw(mail(sender="Nadia <nadia@hlac.example.org>", subject="Re: Voluntary GCM review report",
                             body=body.replace("our voluntary", "the revised version of our voluntary"),
                             in_reply_to="report-1@hlac.example.org",
                             attachments=[("GCM_report_v2.pdf", "application/pdf", revised)]), "2021-02-13 10:00"))
    (item,) = publish(store, settings, tmp_path / "bundle", NOW)
    assert (item.reference, item.version, item.files) == ("GCM-AR-0001", 2, ("GCM-AR-0001_v2.pdf",))
    assert [f.name for f in (tmp_path / "bundle" / "files").iterdir()] == ["GCM-AR-0001_v2.pdf"]
    assert (tmp_path / "bundle" / "files" / "GCM-AR-0001_v2.pdf").read_bytes() == revised


def test_cli_sheets_publish_and_digest_preview(dev: tuple[Store, Settings], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    store, settings = dev
    assert run_cli(settings, "sheets", "--what", "speakers", "--format", "xlsx", "-o", str(tmp_path / "s.xlsx")) == 0
    assert run_cli(settings, "publish", str(tmp_path / "pub")) == 0
    before = store.outbox_counts()
    assert run_cli(settings, "digest", "--preview", str(tmp_path / "d.html"), "--since", "2021-02-10") == 0
    assert "Daily digest" in (tmp_path / "d.html").read_text(encoding="utf-8")
    assert store.outbox_counts() == before, "a preview sends nothing"
    assert run_cli(settings, "digest", "--send", "--since", "2021-02-10") == 0
    with store.Session() as s:
        assert s.scalar(select(func.count()).select_from(Outgoing).where(Outgoing.kind == "digest",
                                                                         Outgoing.state == "sent")) == 2
    with pytest.raises(IntakeError, match="not a date"):
        run_cli(settings, "digest", "--since", "last week")
    assert "nothing was sent" in capsys.readouterr().out
