"""The export record: one JSON object per message the service has seen.

This is a contract with evaluation tools outside the project; its field names and vocabularies
(LABELS.md) must not change: message_id, received_at, category, language, acknowledged,
ack_language, on_time, speakers, report_attachments, thread_of, reference, status, reasons.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from intake.tables import Message

FIELDS = (
    "message_id", "received_at", "category", "language", "acknowledged", "ack_language", "on_time",
    "speakers", "report_attachments", "thread_of", "reference", "status", "reasons",
)
ACKED_STATES = ("pending", "sent", "undeliverable")


def _iso(when: datetime, zone: ZoneInfo) -> str:
    return when.astimezone(zone).isoformat()


def record(msg: Message, zone: ZoneInfo) -> dict[str, object]:
    """The export record of one stored message (relationships loaded)."""
    acks = [o for o in msg.acks if o.kind == "ack" and o.state in ACKED_STATES]
    speakers = []
    if msg.submission is not None:
        speakers = [
            {"name": r.name, "title": r.title, "affiliation": r.affiliation, "roles": list(r.roles),
             "roundtable": r.roundtable}
            for r in msg.submission.speakers if r.message_id == msg.id
        ]
    return {
        "message_id": msg.message_id,
        "received_at": _iso(msg.received_at, zone),
        "category": msg.category,
        "language": msg.language,
        "acknowledged": bool(acks),
        "ack_language": acks[0].language.split(",")[0] if acks else None,
        "on_time": msg.on_time,
        "speakers": speakers,
        "report_attachments": [a.filename for a in msg.attachments if a.is_report],
        "thread_of": msg.thread_of,
        "reference": msg.submission.reference if msg.submission else None,
        "status": msg.status,
        "reasons": list(msg.reasons),
    }


def records(messages: Iterable[Message], zone: ZoneInfo) -> Iterator[dict[str, object]]:
    for m in messages:
        yield record(m, zone)


def to_jsonl(recs: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def to_csv(recs: Iterable[dict[str, object]]) -> str:
    """Flat CSV: lists joined with '; ', speakers as 'name (title, affiliation) [roles]'."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(FIELDS)
    for r in recs:
        row = []
        for f in FIELDS:
            v = r[f]
            if f == "speakers":
                v = "; ".join(
                    f"{s['name']} ({s['title'] or ''}, {s['affiliation'] or ''}) [{', '.join(s['roles'])}"  # type: ignore[index]
                    + (f" {s['roundtable']}" if s["roundtable"] else "") + "]"  # type: ignore[index]
                    for s in v  # type: ignore[union-attr]
                )
            elif isinstance(v, list):
                v = "; ".join(map(str, v))
            elif v is None:
                v = ""
            row.append(v)
        w.writerow(row)
    return out.getvalue()
