"""The secretariat's review actions, each one audited (who, when, before and after).

A person corrects what the pipeline decided: reclassify a message or submission, correct a
speaker, merge two submissions that are one, mark a needs-review item resolved, record a decision
on a speaking role, and queue the decision e-mail in the speaker's language (templates/decision/,
rendered by the pure `decision_email`). Every action runs in one transaction with its Audit row,
and raises IntakeError with one sentence when the request cannot be carried out.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import deadlines, ids
from intake.analysis import LOOP_HEADER
from intake.config import Settings
from intake.errors import IntakeError
from intake.model import ROLES
from intake.store import Store
from intake.tables import AttachmentRow, Audit, Message, Outgoing, SpeakerRow, Submission

PERSON_CATEGORIES = ("voluntary_report", "speaker_request", "both", "other")
DECISIONS = ("accepted", "declined", "waitlisted")
SPEAKER_FIELDS = ("name", "title", "affiliation", "honorific", "roles", "roundtable")
_LOCALES = {"en": "en_GB", "fr": "fr", "ar": "ar"}


class ReviewError(IntakeError):
    pass


@dataclass(frozen=True)
class Change:
    """What one review action did (the same facts as its Audit row)."""

    action: str
    entity: str
    entity_id: int
    before: dict[str, Any]
    after: dict[str, Any]

    def describe(self) -> str:
        """One line for the terminal."""
        diff = {k: (self.before.get(k), v) for k, v in self.after.items() if self.before.get(k) != v}
        parts = ", ".join(f"{k}: {b!r} -> {a!r}" for k, (b, a) in diff.items())
        return f"{self.action} {self.entity} {self.entity_id}: {parts or 'no change'}"


def _record(store: Store, s: Session, change: Change, actor: str, now: datetime) -> Change:
    store.audit(s, actor=actor, action=change.action, entity=change.entity, entity_id=change.entity_id,
                before=change.before, after=change.after, at=now)
    return change


def _submission(s: Session, reference: str) -> Submission:
    sub = s.scalars(select(Submission).where(Submission.reference == reference.strip().upper())).first()
    if sub is None:
        raise ReviewError(f"There is no submission {reference}; check the reference (e.g. GCM-AR-0042).")
    return sub


def _target(s: Session, target: str) -> tuple[Submission | None, Message | None]:
    """A reference names a submission; a number (or m17) names a message row."""
    text = target.strip()
    if text.lower().removeprefix("m").isdigit():
        msg = s.get(Message, int(text.lower().removeprefix("m")))
        if msg is None:
            raise ReviewError(f"There is no message {text}; `intake review list` shows message numbers.")
        return msg.submission, msg
    return _submission(s, text), None


def _speaker(s: Session, speaker_id: int) -> SpeakerRow:
    row = s.get(SpeakerRow, speaker_id)
    if row is None:
        raise ReviewError(f"There is no speaker #{speaker_id}; `intake review list` shows speaker numbers.")
    return row


def _opening(sub: Submission) -> Message | None:
    return next((m for m in sub.messages if m.message_id == sub.first_message_id), sub.messages[0] if sub.messages else None)


def _speaker_state(row: SpeakerRow) -> dict[str, Any]:
    return {"name": row.name, "title": row.title, "affiliation": row.affiliation, "honorific": row.honorific,
            "roles": list(row.roles), "roundtable": row.roundtable, "decision": row.decision,
            "decision_session": row.decision_session}


# ------------------------------------------------------------------ actions
def reclassify(store: Store, settings: Settings, target: str, category: str, *, actor: str, now: datetime) -> Change:
    """Set the category of a message (number) or submission (reference) and recompute on-time."""
    if category not in PERSON_CATEGORIES:
        raise ReviewError(f"'{category}' is not a category; use one of {', '.join(PERSON_CATEGORIES)}.")
    with store.session() as s:
        sub, msg = _target(s, target)
        if msg is None:
            assert sub is not None
            msg = _opening(sub)
        if msg is None:
            raise ReviewError(f"{target} has no message to reclassify.")
        before = {"category": msg.category, "on_time": msg.on_time, "status": msg.status,
                  "submission": sub.reference if sub else None}
        msg.category = category
        msg.on_time = deadlines.check(category, msg.received_at, settings.deadlines).on_time
        if sub is None:
            # Screened as a robot but written by a person: it becomes a submission of its own.
            sub = Submission(reference=store.next_reference(s, settings.reference_prefix), category=category,
                             sender=msg.sender, language=msg.language or "en", status="filed", on_time=msg.on_time,
                             first_message_id=msg.message_id, created_at=now, updated_at=now)
            s.add(sub)
            s.flush()
            msg.submission_id = sub.id
            msg.status = "filed"
        elif msg.message_id == sub.first_message_id or len(sub.messages) == 1:
            sub.category, sub.on_time, sub.updated_at = category, msg.on_time, now
        after = {"category": msg.category, "on_time": msg.on_time, "status": msg.status, "submission": sub.reference}
        return _record(store, s, Change("review:reclassify", "message", msg.id, before, after), actor, now)


def correct_speaker(store: Store, speaker_id: int, changes: Mapping[str, Any], *, actor: str, now: datetime) -> Change:
    """Correct a speaker's name, title, affiliation, honorific, roles or roundtable ('' clears a field)."""
    unknown = set(changes) - set(SPEAKER_FIELDS)
    if unknown:
        raise ReviewError(f"Cannot correct {', '.join(sorted(unknown))}; the fields are {', '.join(SPEAKER_FIELDS)}.")
    if not changes:
        raise ReviewError("Nothing to correct; give at least one of --name, --title, --affiliation, --roles, --roundtable.")
    roles = changes.get("roles")
    if roles is not None:
        bad = [r for r in roles if r not in ROLES]
        if bad:
            raise ReviewError(f"Unknown role {', '.join(bad)}; roles are {', '.join(ROLES)}.")
    rt = changes.get("roundtable")
    if rt is not None and rt not in range(1, 5):
        raise ReviewError(f"Roundtable {rt} does not exist; there are roundtables 1 to 4.")
    with store.session() as s:
        row = _speaker(s, speaker_id)
        before = _speaker_state(row)
        provenance = dict(row.provenance)
        for key, value in changes.items():
            value = list(value) if key == "roles" else (value.strip() or None if isinstance(value, str) else value)
            setattr(row, key, value)
            provenance[key] = "review"
        row.provenance = provenance
        row.submission.updated_at = now
        return _record(store, s, Change("review:speaker", "speaker", row.id, before, _speaker_state(row)), actor, now)


def merge(store: Store, keep: str, duplicate: str, *, actor: str, now: datetime) -> Change:
    """Fold submission `duplicate` into `keep`: messages, speakers and files move; report versions renumber."""
    with store.session() as s:
        into, dup = _submission(s, keep), _submission(s, duplicate)
        if into.id == dup.id:
            raise ReviewError("A submission cannot be merged into itself; give two different references.")
        if dup.status == "merged":
            raise ReviewError(f"{dup.reference} was merged already.")
        before = {"category": into.category, "on_time": into.on_time, "messages": [m.id for m in into.messages],
                  "duplicate": dup.reference, "duplicate_status": dup.status}
        known = set(s.scalars(select(AttachmentRow.sha256).where(AttachmentRow.submission_id == into.id)))
        moved = [m.id for m in dup.messages]
        for m in list(dup.messages):
            m.submission_id = into.id
            m.thread_of = into.first_message_id
        for sp in list(dup.speakers):
            sp.submission_id = into.id
        for att in s.scalars(select(AttachmentRow).where(AttachmentRow.submission_id == dup.id)):
            att.submission_id = into.id
            att.duplicate = att.duplicate or att.sha256 in known
        s.flush()
        _renumber_versions(s, into.id)
        cats = {into.category, dup.category} - {"other"}
        into.category = "both" if "both" in cats or len(cats) > 1 else (cats.pop() if cats else "other")
        known_times = [v for v in (into.on_time, dup.on_time) if v is not None]
        into.on_time = all(known_times) if known_times else None
        into.updated_at = dup.updated_at = now
        dup.status = "merged"
        dup.merged_into_id = into.id
        store.audit(s, actor=actor, action="review:merged-into", entity="submission", entity_id=dup.id,
                    before={"status": before["duplicate_status"]},
                    after={"status": "merged", "merged_into": into.reference}, at=now)
        after = {"category": into.category, "on_time": into.on_time, "messages": before["messages"] + moved,
                 "duplicate": dup.reference, "duplicate_status": "merged"}
        return _record(store, s, Change("review:merge", "submission", into.id, before, after), actor, now)


def _renumber_versions(s: Session, submission_id: int) -> None:
    """Report versions count the messages that brought new report files, in arrival order."""
    rows = s.execute(
        select(AttachmentRow, Message.received_at)
        .join(Message, Message.id == AttachmentRow.message_id)
        .where(AttachmentRow.submission_id == submission_id, AttachmentRow.is_report.is_(True))
        .order_by(Message.received_at, AttachmentRow.id)
    ).all()
    numbers: dict[int, int] = {}
    for att, _ in rows:
        if att.duplicate:
            att.version = None
            continue
        numbers.setdefault(att.message_id, len(numbers) + 1)
        att.version = numbers[att.message_id]


def resolve(store: Store, target: str, note: str, *, actor: str, now: datetime) -> Change:
    """Mark a needs-review message (number) or every one of a submission (reference) resolved."""
    with store.session() as s:
        sub, msg = _target(s, target)
        msgs = [msg] if msg is not None else (sub.messages if sub else [])
        waiting = [m for m in msgs if m.status == "needs_review"]
        if not waiting and not (sub and sub.status == "needs_review"):
            raise ReviewError(f"{target} is not waiting for review.")
        before = {"messages": {m.id: m.status for m in waiting}, "submission_status": sub.status if sub else None}
        for m in waiting:
            m.status = "filed"
        if sub is not None and not any(m.status == "needs_review" for m in sub.messages):
            if sub.status == "needs_review":
                sub.status = "resolved"
            sub.updated_at = now
        after = {"messages": {m.id: m.status for m in waiting}, "submission_status": sub.status if sub else None,
                 "note": note}
        entity, entity_id = ("submission", sub.id) if sub is not None and msg is None else ("message", waiting[0].id if waiting else 0)
        return _record(store, s, Change("review:resolve", entity, entity_id, before, after), actor, now)


def decide(store: Store, speaker_id: int, decision: str, session: str | None, *, actor: str, now: datetime) -> Change:
    """Record the decision on a speaking role (accepted needs the session)."""
    if decision not in DECISIONS:
        raise ReviewError(f"'{decision}' is not a decision; use one of {', '.join(DECISIONS)}.")
    if decision == "accepted" and not (session or "").strip():
        raise ReviewError("An accepted speaker needs a session; give --session, e.g. --session 'Roundtable 2, 24 February'.")
    with store.session() as s:
        row = _speaker(s, speaker_id)
        if not row.active:
            raise ReviewError(f"Speaker #{speaker_id} was replaced or withdrawn; decide on the current speaker.")
        before = _speaker_state(row)
        row.decision, row.decision_session = decision, (session or "").strip() or None
        row.submission.updated_at = now
        return _record(store, s, Change("review:decide", "speaker", row.id, before, _speaker_state(row)), actor, now)


# ------------------------------------------------------------------ decision e-mail
@cache
def _environment(templates_dir: Path) -> Environment:
    return Environment(loader=FileSystemLoader(str(templates_dir)), autoescape=select_autoescape(["html"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _span(days: tuple[date, date] | None, lang: str) -> str:
    if days is None:
        return ""
    start, end = days
    last = format_date(end, "d MMMM y", locale=_LOCALES[lang])
    return last if start == end else f"{start.day}–{last}"


@dataclass(frozen=True)
class DecisionNotice:
    """Everything the decision e-mail says."""

    reference: str
    language: str  # ar | en | fr
    decision: str  # accepted | declined | waitlisted
    name: str | None
    session: str | None
    roles: tuple[str, ...]
    roundtable: int | None
    campaign: str
    contact_address: str
    conference: tuple[date, date] | None


def decision_email(notice: DecisionNotice, settings: Settings, *, to: str, message_id: str,
                   in_reply_to: str | None, now: datetime) -> EmailMessage:
    """The decision e-mail (text + HTML) from templates/decision/<lang>/. Pure."""
    env = _environment(Path(settings.templates_dir))
    lang = notice.language
    variables = {"n": notice, "lang": lang, "rtl": lang == "ar", "conference": _span(notice.conference, lang)}
    subject = env.get_template(f"decision/{lang}/subject.txt").render(variables).strip()
    body_txt = env.get_template(f"decision/{lang}/{notice.decision}.txt").render(variables).strip() + "\n"
    body_html = env.get_template(f"decision/{lang}/{notice.decision}.html").render(variables).strip()
    html = env.get_template("decision/layout.html").render(variables, body=body_html, subject=subject).strip() + "\n"
    msg = EmailMessage()
    msg["From"] = Address(display_name=settings.display_name, addr_spec=settings.address)
    msg["To"] = to
    msg["Subject"] = f"{subject} [{notice.reference}]"
    msg["Date"] = email.utils.format_datetime(now)
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = f"<{in_reply_to}>"
    msg["X-Auto-Response-Suppress"] = "All"  # spare us the speaker's out-of-office
    msg[LOOP_HEADER] = settings.address
    msg.set_content(body_txt)
    msg.add_alternative(html, subtype="html")
    msg["Content-Language"] = lang
    return msg


def queue_decision(store: Store, settings: Settings, speaker_id: int, *, actor: str, now: datetime,
                   again: bool = False) -> Change:
    """Queue the decision e-mail to the speaker's submitter, in the submission's language (once, unless again)."""
    with store.session() as s:
        row = _speaker(s, speaker_id)
        if row.decision is None:
            raise ReviewError(f"No decision is recorded for speaker #{speaker_id}; run `intake review decide` first.")
        sub = row.submission
        if not sub.sender:
            raise ReviewError(f"{sub.reference} has no sender address to write to.")
        earlier = s.scalars(select(Audit).where(Audit.action == "review:decision-email", Audit.entity == "speaker",
                                                Audit.entity_id == row.id)).all()
        if any(a.after.get("decision") == row.decision for a in earlier) and not again:
            raise ReviewError(f"Speaker #{speaker_id} was already sent the '{row.decision}' e-mail; add --again to send it once more.")
        lang = sub.language if sub.language in ("ar", "en", "fr") else "en"
        notice = DecisionNotice(sub.reference, lang, row.decision, row.name, row.decision_session, tuple(row.roles),
                                row.roundtable, settings.campaign_name, settings.contact_address, settings.conference)
        out_id = ids.ack_message_id(settings.secret(), sub.reference, f"d{row.id}n{len(earlier)}",
                                    settings.address.split("@")[-1])
        msg = decision_email(notice, settings, to=sub.sender, message_id=out_id, in_reply_to=sub.first_message_id, now=now)
        opening = _opening(sub)
        out = Outgoing(kind="decision", message_row_id=opening.id if opening else None, submission_id=sub.id,
                       out_message_id=out_id, recipient=sub.sender, language=lang,
                       template=f"decision/{lang}/{row.decision}", raw=bytes(msg), state="pending", created_at=now,
                       speaker_id=row.id)
        s.add(out)
        s.flush()
        after = {"decision": row.decision, "session": row.decision_session, "language": lang,
                 "recipient": sub.sender, "outbox": out.id}
        return _record(store, s, Change("review:decision-email", "speaker", row.id, {}, after), actor, now)
