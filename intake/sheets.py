"""Spreadsheets for the secretariat (speakers, reports; CSV or XLSX) and the publication bundle.

The sheets carry one row per active speaker or per report submission, with the columns the
secretariat sorts and filters on; yes/no columns are words, not booleans, so a filter reads well.
The publication bundle copies the current version of every voluntary report under one naming
scheme (<reference>_v<version>[_<n>].<ext>) and writes an index in CSV and HTML.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, select_autoescape
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from intake.config import Settings
from intake.errors import IntakeError
from intake.filing import extension
from intake.store import Store
from intake.tables import AttachmentRow, Message, Outgoing, Submission

SPEAKER_COLUMNS = (
    "reference", "speaker_id", "received", "language", "on_time", "status", "honorific", "name", "title",
    "affiliation", "roles", "roundtable", "missing", "decision", "session", "decision_email", "sender",
)
REPORT_COLUMNS = (
    "reference", "received", "last_received", "language", "on_time", "status", "category", "organisation",
    "report_title", "files", "versions", "current_version", "messages", "sender",
)
INDEX_COLUMNS = ("reference", "organisation", "title", "language", "submitted", "version", "files", "on_time")
HIDDEN_STATUSES = ("merged",)  # folded into another submission: its rows live there
Row = dict[str, object]


def _yes(value: bool | None) -> str:
    return {True: "yes", False: "no", None: ""}[value]


def _local(when: datetime, zone: ZoneInfo) -> datetime:
    # Spreadsheets have no time zones: show the campaign's local time, without an offset.
    return when.astimezone(zone).replace(tzinfo=None, microsecond=0)


def _submissions(store: Store) -> list[Submission]:
    with store.Session() as s:
        return list(s.scalars(
            select(Submission)
            .where(Submission.status.not_in(HIDDEN_STATUSES))
            .options(selectinload(Submission.speakers),
                     selectinload(Submission.messages).selectinload(Message.attachments))
            .order_by(Submission.id)
        ))


def _decision_emails(store: Store) -> dict[int, str]:
    """The state of each speaker's latest decision e-mail (pending, sent, failed, undeliverable), by speaker id."""
    with store.Session() as s:
        rows = s.execute(select(Outgoing.speaker_id, Outgoing.state)
                         .where(Outgoing.kind == "decision", Outgoing.speaker_id.is_not(None)).order_by(Outgoing.id))
        return {speaker: state for speaker, state in rows}  # the latest e-mail wins


def speaker_rows(store: Store, zone: ZoneInfo) -> list[Row]:
    """One row per active speaker, in reference order; `decision_email` tells whom the decision has reached."""
    rows: list[Row] = []
    notified = _decision_emails(store)
    for sub in _submissions(store):
        by_id = {m.id: m for m in sub.messages}
        for sp in sub.speakers:
            if not sp.active:
                continue
            msg = by_id.get(sp.message_id)
            rows.append({
                "reference": sub.reference, "speaker_id": sp.id,
                "received": _local(msg.received_at, zone) if msg else None,
                "language": sub.language, "on_time": _yes(msg.on_time if msg else None), "status": sub.status,
                "honorific": sp.honorific or "", "name": sp.name or "", "title": sp.title or "",
                "affiliation": sp.affiliation or "", "roles": "; ".join(sp.roles), "roundtable": sp.roundtable,
                "missing": "; ".join(sp.missing()), "decision": sp.decision or "", "session": sp.decision_session or "",
                "decision_email": notified.get(sp.id, ""), "sender": sub.sender,
            })
    return rows


def _report_files(sub: Submission) -> tuple[int | None, list[AttachmentRow], int]:
    """(current version, its files, number of versions) of a submission's report."""
    files = [a for m in sub.messages for a in m.attachments if a.is_report and not a.duplicate and a.version]
    if not files:
        return None, [], 0
    current = max(a.version or 0 for a in files)
    return current, [a for a in files if a.version == current], len({a.version for a in files})


def report_rows(store: Store, zone: ZoneInfo) -> list[Row]:
    """One row per submission holding a voluntary report, in reference order."""
    rows: list[Row] = []
    for sub in _submissions(store):
        if sub.category not in ("voluntary_report", "both") or not sub.messages:
            continue
        current, files, versions = _report_files(sub)
        rows.append({
            "reference": sub.reference, "received": _local(sub.messages[0].received_at, zone),
            "last_received": _local(sub.messages[-1].received_at, zone), "language": sub.language,
            "on_time": _yes(sub.on_time), "status": sub.status, "category": sub.category,
            "organisation": sub.organisation or "", "report_title": sub.report_title or "",
            "files": "; ".join(a.filename for a in files), "versions": versions, "current_version": current,
            "messages": len(sub.messages), "sender": sub.sender,
        })
    return rows


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """UTF-8 with a byte-order mark, so that Excel shows Arabic and accents correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r[c] is None else (r[c].isoformat(sep=" ") if isinstance(r[c], datetime) else r[c])
                        for c in columns])


def write_xlsx(path: Path, columns: Sequence[str], rows: Sequence[Row], title: str) -> None:
    """One sheet with a bold, frozen, filterable header row and readable column widths."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r[c] for c in columns])
    for i, col in enumerate(columns, 1):
        letter = get_column_letter(i)
        width = max([len(col)] + [len(str(r[col])) for r in rows if r[col] is not None])
        ws.column_dimensions[letter].width = min(max(width + 2, 8), 60)
        for cell in ws[letter][1:]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            cell.alignment = Alignment(vertical="top", wrap_text=width > 60)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def export(store: Store, settings: Settings, what: str, fmt: str, out: Path) -> int:
    """Write the speakers or reports sheet as CSV or XLSX; return the number of rows."""
    if what not in ("speakers", "reports"):
        raise IntakeError(f"--what {what!r}: choose speakers or reports.")
    columns, rows = ((SPEAKER_COLUMNS, speaker_rows(store, settings.tz)) if what == "speakers"
                     else (REPORT_COLUMNS, report_rows(store, settings.tz)))
    if not out.parent.is_dir():
        raise IntakeError(f"The folder {out.parent} does not exist; create it or write elsewhere.")
    if fmt == "csv":
        write_csv(out, columns, rows)
    elif fmt == "xlsx":
        write_xlsx(out, columns, rows, what)
    else:
        raise IntakeError(f"--format {fmt!r}: choose csv or xlsx.")
    return len(rows)


# ------------------------------------------------------------------ publication bundle
@dataclass(frozen=True)
class Published:
    reference: str
    organisation: str
    title: str
    language: str
    submitted: datetime  # local time the current version arrived
    version: int | None
    files: tuple[str, ...]  # names inside the bundle's files/ folder
    on_time: str


_INDEX_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;">
<h1 style="font-size:20px;">{{ title }}</h1>
<p>{{ items|length }} voluntary report(s), current versions, as of {{ now }}.</p>
<table style="border-collapse:collapse;width:100%;">
<tr>{% for h in ["Reference", "Organisation", "Title", "Language", "Submitted", "Version", "Files"] %}<th style="text-align:left;border-bottom:2px solid #999;padding:4px 6px;">{{ h }}</th>{% endfor %}</tr>
{% for p in items %}<tr>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;white-space:nowrap;">{{ p.reference }}</td>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;" dir="auto">{{ p.organisation }}</td>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;" dir="auto">{{ p.title }}</td>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;">{{ p.language }}</td>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;white-space:nowrap;">{{ p.submitted.strftime("%Y-%m-%d") }}</td>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;">{{ p.version or "" }}</td>
<td style="padding:4px 6px;border-bottom:1px solid #ddd;">{% for f in p.files %}<a href="files/{{ f }}">{{ f }}</a>{% if not loop.last %}<br>{% endif %}{% else %}in the message body (not copied){% endfor %}</td>
</tr>{% endfor %}
</table></body></html>
"""


def publish(store: Store, settings: Settings, out_dir: Path, now: datetime) -> list[Published]:
    """Copy each report's current version into out_dir/files and write index.csv and index.html."""
    if out_dir.exists() and any(out_dir.iterdir()):
        raise IntakeError(f"{out_dir} is not empty; give a new or empty folder for the bundle.")
    (out_dir / "files").mkdir(parents=True, exist_ok=True)
    zone = settings.tz
    items = []
    for sub in _submissions(store):
        if sub.category not in ("voluntary_report", "both") or sub.status == "withdrawn" or not sub.messages:
            continue
        current, files, _ = _report_files(sub)
        names = []
        for n, att in enumerate(files, 1):
            name = f"{sub.reference}_v{current}{'' if len(files) == 1 else f'_{n}'}.{extension(att.filename)}"
            shutil.copyfile(settings.storage_root / att.storage_name, out_dir / "files" / name)
            names.append(name)
        arrived = next((m.received_at for m in sub.messages if files and m.id == files[0].message_id),
                       sub.messages[0].received_at)
        items.append(Published(sub.reference, sub.organisation or "", sub.report_title or "", sub.language,
                               _local(arrived, zone), current, tuple(names), _yes(sub.on_time)))
    rows: list[Row] = [{"reference": p.reference, "organisation": p.organisation, "title": p.title,
                        "language": p.language, "submitted": p.submitted.date().isoformat(), "version": p.version,
                        "files": "; ".join(p.files), "on_time": p.on_time} for p in items]
    write_csv(out_dir / "index.csv", INDEX_COLUMNS, rows)
    html = Environment(autoescape=select_autoescape(default=True, default_for_string=True)).from_string(_INDEX_HTML)
    (out_dir / "index.html").write_text(
        html.render(items=items, title=settings.campaign_name, now=_local(now, zone).isoformat(sep=" ")), encoding="utf-8")
    return items
