"""The daily digest over the dev corpus run through the real pipeline: every number and table is
checked against the database, counted independently; one digest per day across restarts."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select

from intake import digest
from intake.analysis import load_context
from intake.config import Settings
from intake.model import RawMail
from intake.outbox import FileTransport, send_due
from intake.pipeline import Pipeline
from intake.store import Store
from intake.tables import DigestRun, Message, Outgoing, SpeakerRow, Submission
from tests.conftest import RECIPIENTS
from tests.mails import mail, raw

SINCE = datetime.fromisoformat("2021-02-10T08:00:00+02:00")
UNTIL = datetime.fromisoformat("2021-02-17T08:00:00+02:00")


def _window(s, since: datetime, until: datetime):  # noqa: ANN001, ANN202
    return (Message.created_at > since, Message.created_at <= until)


def test_digest_numbers_and_tables_match_the_database(dev: tuple[Store, Settings]) -> None:
    store, settings = dev
    data = digest.build(store, settings, SINCE, UNTIL, UNTIL, ("extract.toml: rule 'x': bad regex",))
    text = digest.render_text(data, settings.templates_dir)
    html = digest.render_html(data, settings.templates_dir)
    with store.Session() as s:
        win = _window(s, SINCE, UNTIL)
        cats = dict(s.execute(select(Message.category, func.count()).where(*win).group_by(Message.category)).all())
        total = s.scalar(select(func.count()).select_from(Message).where(*win))
        robots = s.scalar(select(func.count()).select_from(Message).where(*win, Message.status == "ignored"))
        late = s.scalar(select(func.count()).select_from(Message).where(*win, Message.on_time.is_(False),
                                                                        Message.status != "ignored"))
        opened = s.scalars(select(Submission.reference).join(Message, Message.submission_id == Submission.id)
                           .where(*win, Message.thread_of.is_(None),
                                  Submission.category.in_(("voluntary_report", "both")))).all()
        speakers = s.execute(select(SpeakerRow.id, SpeakerRow.name).join(Message, Message.id == SpeakerRow.message_id)
                             .where(*win, SpeakerRow.active.is_(True))).all()
        review = s.scalar(select(func.count()).select_from(Message).where(
            Message.status == "needs_review", Message.created_at <= UNTIL))
        all_to_date = s.scalar(select(func.count()).select_from(Message).where(Message.created_at <= UNTIL))

    assert total and data.window.messages == total
    assert dict(data.window.by_category) == {(c or "quarantined"): n for c, n in cats.items()}
    assert data.to_date.messages == all_to_date
    assert data.window.late == late
    assert sum(n for _, n in data.robots) == robots
    assert sorted(r.reference for r in data.reports) == sorted(opened)
    assert sorted(sp.speaker_id for sp in data.speakers) == sorted(i for i, _ in speakers)
    assert len(data.review) == review

    # The text part states each count on its category's line, both columns.
    totals = text.split("\nTOTALS", 1)[1].split("\n\n", 1)[0].splitlines()
    for cat, n in cats.items():
        line = next(ln for ln in totals if ln.strip().startswith(digest.CATEGORY_LABELS[cat or "quarantined"]))
        assert line.split()[-2:] == [str(n), str(dict(data.to_date.by_category)[cat or "quarantined"])]
    assert f"NEW VOLUNTARY REPORTS ({len(opened)})" in text and f"NEEDS REVIEW ({review})" in text
    for ref in opened:
        assert ref in text and ref in html
    for _, name in speakers:
        if name:
            assert f'<div dir="auto" style="font-weight:bold;">{name}</div>' in html
    # Arabic names in the text part are isolated so they keep their order inside an English line.
    arabic = [n for _, n in speakers if n and any("\u0600" <= c <= "\u06ff" for c in n)]
    assert arabic and all(f"\u2068{n}\u2069" in text for n in arabic)
    # Health and deadlines: the rule problem, the backlog, and the days left at `until`.
    assert "bad regex" in html and "1 problem(s)" in text
    assert f"{data.health.pending} pending" in text and data.health.pending == store.outbox_counts().get("pending", 0)
    assert [(d.category, d.days_left) for d in data.deadlines] == [("speaker_request", -12), ("voluntary_report", -1)]
    # Self-contained HTML: no scripts, style sheets, images or remote links.
    for banned in ("<script", "<link", "<img", "src=", "url("):
        assert banned not in html
    # The bar chart has one row per day from the first submission to the digest day, deadlines marked.
    days = [d.day for d in data.days]
    assert days == sorted(days) and days[-1] == UNTIL.date()
    assert sum(d.total for d in data.days) == len([m for m in store.messages() if m.created_at <= UNTIL
                                                   and m.submission and m.thread_of is None
                                                   and m.trail.get("followup") is None])
    assert [d.marks for d in data.days if d.marks] == [("Speaker requests deadline",), ("Voluntary reports deadline",)]


def test_days_left_before_the_deadlines(dev: tuple[Store, Settings]) -> None:
    store, settings = dev
    until = datetime.fromisoformat("2021-02-03T08:00:00+02:00")
    data = digest.build(store, settings, None, until, until)
    assert [(d.category, d.days_left) for d in data.deadlines] == [("speaker_request", 2), ("voluntary_report", 13)]
    text = digest.render_text(data, settings.templates_dir)
    assert "2 days left" in text and "13 days left" in text


def _digests(store: Store) -> list[Outgoing]:
    with store.Session() as s:
        return list(s.scalars(select(Outgoing).where(Outgoing.kind == "digest").order_by(Outgoing.id)))


def test_one_digest_per_day_across_restarts_and_a_missed_day_sent_late_once(dev: tuple[Store, Settings]) -> None:
    store, settings = dev
    transport = FileTransport(settings.outbox.path)  # type: ignore[arg-type]
    now = [datetime.fromisoformat("2021-02-10T09:00:00+02:00")]

    def start() -> Callable[[], None]:  # a fresh process: new Store, new context, new job
        return digest.scheduled_job(load_context(settings), Store(settings.database_url), transport, lambda: now[0])

    start()()
    start()()  # restart on the same day: nothing more
    assert len(_digests(store)) == len(RECIPIENTS)
    now[0] = datetime.fromisoformat("2021-02-13T07:59:00+02:00")  # down for two days; today's not yet due
    start()()
    now[0] += timedelta(minutes=2)
    job = start()
    job()
    job()
    with store.Session() as s:
        runs = list(s.scalars(select(DigestRun).order_by(DigestRun.day)))
    assert [r.day for r in runs] == ["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-13"]
    assert runs[0].since is None and all(b.since == a.until for a, b in zip(runs, runs[1:], strict=False))
    rows = _digests(store)
    assert len(rows) == 4 * len(RECIPIENTS)
    assert Counter(r.recipient for r in rows) == dict.fromkeys(RECIPIENTS, 4)
    subjects = [email.message_from_bytes(r.raw, policy=email.policy.default)["Subject"] for r in rows]
    assert [("(sent late)" in s) for s in subjects[::2]] == [False, True, True, False]
    counts = send_due(store, transport, 3, clock=lambda: now[0])
    assert counts["sent"] >= len(rows)
    sent = [p for p in settings.outbox.path.glob("digest.*.eml")]  # type: ignore[union-attr]
    assert len(sent) == len(rows)
    msg = email.message_from_bytes(sent[0].read_bytes(), policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert {p.get_content_type() for p in msg.walk()} >= {"text/plain", "text/html"}


def test_suppressed_and_bounced_acknowledgements_are_listed(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(screen={"ack_per_sender_per_day": 1}, digest={"recipients": RECIPIENTS})
    store = Store(settings.database_url)
    store.migrate()
    ctx = load_context(settings)
    body = ("Dear colleagues,\n\nWe request a speaking role in roundtable 2.\n\nName: Omar Khalil\n"
            "Title: Policy Officer\nOrganization: Levant Migrant Aid\n\nBest regards,\nOmar Khalil\n")
    first = raw(mail(sender="Omar <omar@lma.example.org>", subject="Speaker request", body=body), "2021-02-03 10:00")
    second = raw(mail(sender="Omar <omar@lma.example.org>", subject="Second speaker request",
                      body=body.replace("Omar Khalil", "Rana Khalil")), "2021-02-03 11:00")
    for m in (first, second):
        Pipeline(ctx, store, clock=lambda at=m.received_at: at).handle(m)
    with store.Session() as s:
        ack = s.scalars(select(Outgoing).where(Outgoing.state == "pending")).one()
    dsn = _dsn(ack.out_message_id, ack.recipient)
    Pipeline(ctx, store, clock=lambda: dsn.received_at).handle(dsn)
    until = datetime.fromisoformat("2021-02-04T08:00:00+02:00")
    data = digest.build(store, settings, None, until, until)
    assert [f.reason for f in data.suppressed] == ["sender cap: 1 acknowledgements in 24 hours"]
    assert [(f.who, f.reference) for f in data.bounced] == [(ack.recipient, "GCM-AR-0001")]
    assert dict(data.robots) == {"bounce": 1}
    html = digest.render_html(data, settings.templates_dir)
    assert "Acknowledgements bounced (1)" in html and "sender cap" in html


def _dsn(original_id: str, recipient: str) -> RawMail:
    text = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
        "To: gcmrrarabstates@iom.int\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Date: Wed, 03 Feb 2021 12:00:00 +0200\r\nMessage-ID: <dsn-1@mx.example.org>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        f"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{original_id}>\r\n"
        f"To: {recipient}\r\nSubject: Re: Speaker request\r\n\r\n--b--\r\n"
    ).encode()
    return raw(text, "2021-02-03 12:00", source_id="test:dsn")


def test_acknowledgements_the_breaker_paused_are_an_alert_in_the_digest(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(screen={"ack_global_per_hour": 1}, digest={"recipients": RECIPIENTS})
    store = Store(settings.database_url)
    store.migrate()
    ctx = load_context(settings)
    for i in range(3):
        m = raw(mail(sender=f"P{i} <p{i}@example.org>", subject="Agenda", body="When is the agenda out?"),
                "2021-02-03 10:00")
        Pipeline(ctx, store, clock=lambda at=m.received_at: at).handle(m)
    at = datetime.fromisoformat("2021-02-03T10:05:00+02:00")
    assert send_due(store, FileTransport(settings.storage_root / "sent"), 3, lambda: at, ack_per_hour=1)["paused"] == 2
    data = digest.build(store, settings, None, at, at)
    assert data.health.paused == 2 and not data.suppressed
    alert = "ALERT: the acknowledgement breaker has paused 2 acknowledgement(s)"
    assert alert in digest.render_text(data, settings.templates_dir)
    assert alert in digest.render_html(data, settings.templates_dir)
