"""The secretariat's daily digest: what arrived since the last one, what needs a person, and health.

`build` reads the store for one window (since, until] into a frozen DigestData; `render` turns that
value into an EmailMessage (HTML with inline CSS plus plain text) from templates/digest/ and reads
nothing else. `queue_due` decides which local days are due and queues one digest per day in the
outbox: each run is a DigestRun row whose unique `day` makes a second run of the same day a no-op,
even when the start-up catch-up and the cron job race. A day missed while the service was down is
sent late, once, covering its own window. `intake.outbox.send_due` delivers the rows.
"""

from __future__ import annotations

import email.utils
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from intake.analysis import LOOP_HEADER, Context
from intake.config import Settings
from intake.deadlines import days_left
from intake.outbox import Transport
from intake.store import Store
from intake.tables import Audit, DigestRun, Message, Outgoing

log = logging.getLogger("intake.error")

CATEGORY_LABELS: dict[str, str] = {
    "voluntary_report": "Voluntary reports",
    "speaker_request": "Speaker requests",
    "both": "Report and speaker request",
    "other": "Other mail from people",
    "auto_reply": "Auto-replies",
    "bounce": "Bounces",
    "quarantined": "Unreadable (quarantined)",
}
DEADLINE_LABELS = {"speaker_request": "Speaker requests", "voluntary_report": "Voluntary reports"}
CHART_DAYS = 28  # the bar chart shows at most this many days, ending at the digest day
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "fr": "French"}
_RTL_CHAR = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
FOLLOWUP_KINDS = ("revision", "duplicate", "replacement", "completion", "addition", "withdrawal")


@dataclass(frozen=True)
class Totals:
    """Counts over a set of messages."""

    messages: int
    by_category: tuple[tuple[str, int], ...]  # in CATEGORY_LABELS order, zeros left out
    by_language: tuple[tuple[str, int], ...]  # mail written by people only
    on_time: int
    late: int


@dataclass(frozen=True)
class DeadlineLeft:
    category: str
    at: datetime
    days_left: int
    extended_from: datetime | None


@dataclass(frozen=True)
class ReportItem:
    reference: str
    organisation: str | None
    title: str | None
    language: str | None
    files: tuple[str, ...]
    on_time: bool | None
    received_at: datetime
    sender: str


@dataclass(frozen=True)
class SpeakerItem:
    reference: str
    speaker_id: int
    name: str | None
    title: str | None
    affiliation: str | None
    roles: tuple[str, ...]
    roundtable: int | None
    language: str | None
    on_time: bool | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Flagged:
    """One message (or outgoing message) a person should look at, with the reason."""

    row_id: int
    reference: str | None
    received_at: datetime
    who: str
    subject: str
    reason: str
    new: bool = True  # arrived in this digest's window (else: still open from before)


@dataclass(frozen=True)
class DayCount:
    day: date
    counts: tuple[tuple[str, int], ...]  # (report | speaker | both | other, n): new submissions that day
    marks: tuple[str, ...]  # deadlines falling on that day

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class Health:
    last_fetch: datetime | None
    pending: int
    failed: int
    problems: tuple[str, ...]  # the rule files'
    paused: int  # acknowledgements the global breaker holds in the outbox (an alert)


@dataclass(frozen=True)
class DigestData:
    """Everything one digest says; render() reads nothing else."""

    campaign: str
    prefix: str
    timezone: str
    since: datetime | None
    until: datetime
    now: datetime
    window: Totals
    to_date: Totals
    deadlines: tuple[DeadlineLeft, ...]
    reports: tuple[ReportItem, ...]
    speakers: tuple[SpeakerItem, ...]
    review: tuple[Flagged, ...]  # every item still needing review, new ones first
    quarantined: tuple[Flagged, ...]
    bounced: tuple[Flagged, ...]  # our acknowledgements returned as undeliverable
    suppressed: tuple[Flagged, ...]  # acknowledgements not sent, and why
    robots: tuple[tuple[str, int], ...]  # screen kind -> messages screened out
    followups: tuple[Flagged, ...]  # revisions, duplicates, replacements ... (reason = kind)
    days: tuple[DayCount, ...]
    health: Health

    @property
    def late(self) -> bool:
        """Sent more than an hour after the moment it covers (a missed day caught up)."""
        return self.now - self.until > timedelta(hours=1)

    @property
    def new_submissions(self) -> int:
        return len(self.reports) + len({s.reference for s in self.speakers if s.reference not in
                                        {r.reference for r in self.reports}})


# ------------------------------------------------------------------ build
def _totals(msgs: Sequence[Message]) -> Totals:
    cats = Counter(m.category or "quarantined" for m in msgs)
    people = [m for m in msgs if m.status not in ("ignored", "quarantined")]
    langs = Counter(m.language or "?" for m in people)
    return Totals(
        messages=len(msgs),
        by_category=tuple((c, cats[c]) for c in CATEGORY_LABELS if cats[c]),
        by_language=tuple(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
        on_time=sum(1 for m in people if m.on_time is True),
        late=sum(1 for m in people if m.on_time is False),
    )


def _opens(m: Message) -> bool:
    """The message opened its submission (it is not a follow-up)."""
    return m.submission is not None and m.thread_of is None and m.trail.get("followup") is None


def _flag(m: Message, reason: str, since: datetime | None) -> Flagged:
    return Flagged(m.id, m.submission.reference if m.submission else None, m.received_at,
                   m.sender or "(no sender)", m.subject or "(no subject)", reason,
                   new=since is None or m.created_at > since)


def _group(category: str | None) -> str:
    return {"voluntary_report": "report", "speaker_request": "speaker", "both": "both"}.get(category or "", "other")


def _days(msgs: Sequence[Message], settings: Settings, until: datetime) -> tuple[DayCount, ...]:
    zone = settings.tz
    opened = [m for m in msgs if _opens(m)]
    if not opened:
        return ()
    last = until.astimezone(zone).date()
    marks: dict[date, list[str]] = {}
    for cat, dl in settings.deadlines.items():
        marks.setdefault(dl.at.astimezone(zone).date(), []).append(f"{DEADLINE_LABELS.get(cat, cat)} deadline")
    # Show an upcoming deadline of the next two weeks, so the chart reads against it.
    ahead = [d for d in marks if last < d <= last + timedelta(days=14)]
    end = max([last, *ahead])
    first = max(min(m.received_at.astimezone(zone).date() for m in opened), end - timedelta(days=CHART_DAYS - 1))
    per: dict[date, Counter[str]] = {}
    for m in opened:
        per.setdefault(m.received_at.astimezone(zone).date(), Counter())[_group(m.category)] += 1
    out = []
    day = first
    while day <= end:
        c = per.get(day, Counter())
        out.append(DayCount(day, tuple((g, c[g]) for g in ("report", "speaker", "both", "other")), tuple(marks.get(day, ()))))
        day += timedelta(days=1)
    return tuple(out)


def build(store: Store, settings: Settings, since: datetime | None, until: datetime, now: datetime,
          problems: Sequence[str] = ()) -> DigestData:
    """Read the store into the digest of messages recorded in (since, until]."""
    upto = [m for m in store.messages() if m.created_at <= until]
    window = [m for m in upto if since is None or m.created_at > since]

    reports = tuple(
        ReportItem(m.submission.reference, m.submission.organisation, m.submission.report_title, m.language,
                   tuple(a.filename for a in m.attachments if a.is_report), m.on_time, m.received_at, m.sender)
        for m in window if _opens(m) and m.submission is not None and m.submission.category in ("voluntary_report", "both")
    )
    speakers = []
    for m in window:
        if m.submission is None:
            continue
        for sp in m.submission.speakers:
            if sp.message_id == m.id and sp.active:
                speakers.append(SpeakerItem(m.submission.reference, sp.id, sp.name, sp.title, sp.affiliation,
                                            tuple(sp.roles), sp.roundtable, m.language, m.on_time, tuple(sp.missing())))
    review = sorted((_flag(m, "; ".join(m.reasons) or "low-confidence classification", since)
                     for m in upto if m.status == "needs_review"), key=lambda f: (not f.new, f.received_at))
    quarantined = tuple(_flag(m, "; ".join(m.reasons), since) for m in window if m.status == "quarantined")
    robots = Counter(m.screen_kind or "robot" for m in window if m.status == "ignored")

    suppressed = []
    for m in window:
        acks = [o for o in m.acks if o.kind == "ack"]
        for o in acks:
            if o.state == "suppressed":
                suppressed.append(_flag(m, o.reason, since))
        if not acks and m.submission is not None:
            said = [r.removeprefix("no acknowledgement: ") for r in m.reasons if r.startswith("no acknowledgement")]
            if said:
                suppressed.append(_flag(m, "; ".join(said), since))

    followups = tuple(
        _flag(m, m.trail.get("followup") or "same Message-ID, different content", since)
        for m in window if m.trail.get("followup") in FOLLOWUP_KINDS or m.flagged_same_id
    )
    bounced = _bounced(store, since, until)
    zone = settings.tz
    last_fetch = store.get_state("last_fetch")
    counts = store.outbox_counts()
    return DigestData(
        campaign=settings.campaign_name,
        prefix=settings.reference_prefix,
        timezone=str(zone),
        since=since,
        until=until,
        now=now,
        window=_totals(window),
        to_date=_totals(upto),
        deadlines=tuple(DeadlineLeft(c, d.at, days_left(until, d), d.original)
                        for c, d in sorted(settings.deadlines.items(), key=lambda kv: kv[1].at)),
        reports=reports,
        speakers=tuple(speakers),
        review=tuple(review),
        quarantined=quarantined,
        bounced=tuple(bounced),
        suppressed=tuple(suppressed),
        robots=tuple(sorted(robots.items())),
        followups=followups,
        days=_days(upto, settings, until),
        health=Health(datetime.fromisoformat(last_fetch) if last_fetch else None,
                      counts.get("pending", 0), counts.get("failed", 0), tuple(problems), store.paused_acks()),
    )


def _bounced(store: Store, since: datetime | None, until: datetime) -> list[Flagged]:
    """Our messages that a delivery report returned as undeliverable within the window."""
    with store.Session() as s:
        q = select(Audit.entity_id, func.max(Audit.at)).where(Audit.action == "bounced", Audit.at <= until)
        if since is not None:
            q = q.where(Audit.at > since)
        when = dict(s.execute(q.group_by(Audit.entity_id)).all())
        rows = s.scalars(select(Outgoing).where(Outgoing.id.in_(list(when)), Outgoing.state == "undeliverable")).all()
        out = []
        for o in rows:
            ref = o.message.submission.reference if o.message and o.message.submission else None
            subject = email.message_from_bytes(o.raw).get("Subject", "") if o.raw else ""
            out.append(Flagged(o.id, ref, when[o.id], o.recipient, str(subject), o.reason))
        return sorted(out, key=lambda f: f.received_at)


# ------------------------------------------------------------------ render
def _f_when(value: datetime | None, zone: str) -> str:
    return value.astimezone(ZoneInfo(zone)).strftime("%a %d %b %H:%M") if value else "never"


def _f_iso(value: object) -> str:
    """Plain text: isolate right-to-left text (FSI...PDI) so an Arabic name keeps its order in an English line."""
    text = str(value)
    return f"\u2068{text}\u2069" if _RTL_CHAR.search(text) else text


def _f_timing(value: bool | None) -> str:
    return {True: "on time", False: "late", None: "-"}[value]


@cache
def _environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(when=_f_when, timing=_f_timing, iso=_f_iso,
                       language=lambda code: LANGUAGE_NAMES.get(code, code),
                       label=lambda c: CATEGORY_LABELS.get(c, c),
                       deadline=lambda c: DEADLINE_LABELS.get(c, c),
                       roles=lambda rs: ", ".join(r.replace("_", " ") for r in rs) or "-")
    return env


def subject(data: DigestData) -> str:
    """'[GCM-AR] Digest Fri 05 Feb 2021: 4 new submissions, 2 to review'."""
    day = data.until.astimezone(ZoneInfo(data.timezone)).strftime("%a %d %b %Y")
    text = (f"[{data.prefix}] Digest {day}: {data.new_submissions} new submission"
            f"{'' if data.new_submissions == 1 else 's'}, {len(data.review)} to review")
    return text + (" (sent late)" if data.late else "")


def render_text(data: DigestData, templates_dir: Path) -> str:
    """The plain-text digest."""
    return _environment(templates_dir).get_template("digest/digest.txt").render(d=data, subject=subject(data)).strip() + "\n"


def render_html(data: DigestData, templates_dir: Path) -> str:
    """The HTML digest: inline CSS, no external resources."""
    chart_max = max((day.total for day in data.days), default=0)
    return _environment(templates_dir).get_template("digest/digest.html").render(
        d=data, subject=subject(data), chart_max=chart_max).strip() + "\n"


def render(data: DigestData, settings: Settings, to: str, message_id: str) -> EmailMessage:
    """The digest as a multipart/alternative e-mail to one recipient."""
    msg = EmailMessage()
    msg["From"] = Address(display_name=settings.display_name, addr_spec=settings.address)
    msg["To"] = to
    msg["Subject"] = subject(data)
    msg["Date"] = email.utils.format_datetime(data.now)
    msg["Message-ID"] = f"<{message_id}>"
    # A report from a robot: RFC 3834 keeps auto-responders quiet; our loop header stops our own screen.
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg[LOOP_HEADER] = settings.address
    msg.set_content(render_text(data, settings.templates_dir))
    msg.add_alternative(render_html(data, settings.templates_dir), subtype="html")
    return msg


# ------------------------------------------------------------------ schedule
def _until(day: date, settings: Settings) -> datetime:
    return datetime.combine(day, settings.digest_time, ZoneInfo(settings.digest_timezone))


def due_days(last_day: date | None, settings: Settings, now: datetime) -> list[date]:
    """Local days whose digest is due at `now` and not yet sent: every day after the last one, up to today."""
    local = now.astimezone(ZoneInfo(settings.digest_timezone))
    latest = local.date() if local.time() >= settings.digest_time else local.date() - timedelta(days=1)
    if last_day is None:
        return [latest]  # the very first digest covers everything so far
    return [last_day + timedelta(days=n) for n in range(1, (latest - last_day).days + 1)]


def _queue(store: Store, settings: Settings, data: DigestData, stem: str, now: datetime,
           run: DigestRun | None) -> list[int]:
    """Queue one outbox row per recipient (and the DigestRun, atomically); [] when the day ran already."""
    domain = settings.address.split("@")[-1]
    try:
        with store.session() as s:
            ids = []
            for n, to in enumerate(settings.digest_recipients):
                mid = f"digest.{stem}.{n}@{domain}"
                row = Outgoing(kind="digest", out_message_id=mid, recipient=to, language="en", template="digest/digest",
                               raw=bytes(render(data, settings, to, mid)), state="pending", created_at=now)
                s.add(row)
                s.flush()
                ids.append(row.id)
            if run is not None:
                run.outgoing_id = ids[0] if ids else None
                s.add(run)
            store.audit(s, actor="intake", action="digest-queued", entity="digest", entity_id=ids[0] if ids else None,
                        after={"day": stem, "since": data.since.isoformat() if data.since else None,
                               "until": data.until.isoformat(), "recipients": list(settings.digest_recipients)}, at=now)
            return ids
    except IntegrityError:
        return []  # another run recorded this day first: exactly once


def queue_due(ctx: Context, store: Store, now: datetime) -> list[str]:
    """Queue the digest of every due day not yet sent (a missed day late, once); return the days queued."""
    settings = ctx.settings
    with store.Session() as s:
        last = s.scalars(select(DigestRun).order_by(DigestRun.day.desc()).limit(1)).first()
        last_day, since = (date.fromisoformat(last.day), last.until) if last else (None, None)
    done = []
    for day in due_days(last_day, settings, now):
        until = _until(day, settings)
        data = build(store, settings, since, until, now, ctx.problems)
        run = DigestRun(day=day.isoformat(), since=since, until=until, created_at=now)
        if _queue(store, settings, data, day.isoformat(), now, run):
            done.append(day.isoformat())
        since = until
    return done


def queue_adhoc(ctx: Context, store: Store, since: datetime | None, now: datetime) -> list[int]:
    """Queue an extra digest of (since, now] outside the daily series; return the outbox row ids."""
    data = build(store, ctx.settings, since, now, now, ctx.problems)
    return _queue(store, ctx.settings, data, "adhoc." + now.strftime("%Y%m%dT%H%M%S%f"), now, None)


def last_until(store: Store) -> datetime | None:
    """Where the last daily digest stopped (the start of the next one), or None."""
    with store.Session() as s:
        return s.scalars(select(DigestRun.until).order_by(DigestRun.day.desc()).limit(1)).first()


def scheduled_job(ctx: Context, store: Store, transport: Transport,
                  clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Callable[[], None]:
    """The daemon's digest job: queue what is due. The daemon's outbox job (under its lock) sends it.

    `transport` is part of the daemon's contract but deliberately unused: sending from this thread
    would race the daemon's outbox job and could deliver a row twice.
    """

    def job() -> None:
        try:
            days = queue_due(ctx, store, clock())
            if days:
                logging.getLogger("intake.vette").info("digest queued for %s", ", ".join(days))
        except Exception:  # a failed digest must not stop the scheduler; it is retried at the next run
            log.exception("digest run failed")

    return job
