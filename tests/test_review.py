"""Review actions on a store filled by the real pipeline: each changes what it says and leaves an
Audit row with who, before and after; decision e-mails go through the outbox in the speaker's language."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime

import pytest
from sqlalchemy import select, update

from intake import review
from intake.analysis import load_context
from intake.config import Settings
from intake.pipeline import Pipeline
from intake.sheets import speaker_rows
from intake.store import Store
from intake.tables import AttachmentRow, Audit, Message, Outgoing, SpeakerRow, Submission
from tests.conftest import run_cli
from tests.mails import mail, minimal_pdf, raw

NOW = datetime.fromisoformat("2021-02-20T10:00:00+02:00")
SPEAKER_AR = mail(
    sender="سامي <sami@jusoor.example.org>",
    subject="طلب مداخلة في المائدة المستديرة",
    body=("السادة الأفاضل،\n\nنود المشاركة بمداخلة في المائدة المستديرة الثانية.\n\nالاسم: سامي الخطيب\n"
          "المسمى الوظيفي: مدير البرامج\nالمنظمة: جمعية جسور للتنمية\n\nمع التحية،\nسامي الخطيب\n"),
    message_id="ar-speaker@jusoor.example.org",
)
SPEAKER_FR = mail(
    sender="Leila Haddad <leila@rmd.example.org>",
    subject="Demande d'intervention - table ronde 1",
    body=("Bonjour,\n\nNous souhaitons une prise de parole à la table ronde 1.\n\nNom : Leila Haddad\n"
          "Fonction : Coordinatrice de programme\nOrganisation : Réseau Migration et Développement\n\nCordialement,\nLeila Haddad\n"),
    message_id="fr-speaker@rmd.example.org",
)


def _report(n: int, text: str) -> bytes:
    return mail(sender="Nadia <nadia@hlac.example.org>", subject=f"Voluntary GCM review report ({n})",
                body="Dear colleagues,\n\nPlease find attached our voluntary GCM review report.\n\nBest regards,\nNadia",
                message_id=f"report-{n}@hlac.example.org",
                attachments=[(f"GCM_report_{n}.pdf", "application/pdf", minimal_pdf(text))])


@pytest.fixture
def env(settings: Settings) -> tuple[Store, Settings]:
    store = Store(settings.database_url)
    store.migrate()
    ctx = load_context(settings)
    for data, when in ((SPEAKER_AR, "2021-02-03 10:00"), (SPEAKER_FR, "2021-02-06 09:00"),
                       (_report(1, "Voluntary GCM review report 2021"), "2021-02-12 10:00"),
                       (_report(2, "Voluntary GCM review report 2021 revised"), "2021-02-13 10:00")):
        m = raw(data, when)
        Pipeline(ctx, store, clock=lambda at=m.received_at: at).handle(m)
    return store, settings


def _sub(store: Store, message_id: str) -> Submission:
    with store.Session() as s:
        msg = s.scalars(select(Message).where(Message.message_id == message_id)).one()
        assert msg.submission is not None
        return msg.submission


def _speaker(store: Store, message_id: str) -> SpeakerRow:
    sub = _sub(store, message_id)
    with store.Session() as s:
        return s.scalars(select(SpeakerRow).where(SpeakerRow.submission_id == sub.id)).first()  # type: ignore[return-value]


def _audit(store: Store, action: str) -> list[Audit]:
    with store.Session() as s:
        return list(s.scalars(select(Audit).where(Audit.action == action).order_by(Audit.id)))


def test_reclassify_recomputes_on_time_and_is_audited(env: tuple[Store, Settings]) -> None:
    store, settings = env
    sub = _sub(store, "fr-speaker@rmd.example.org")
    assert sub.on_time is False  # a speaker request on 6 February is late
    change = review.reclassify(store, settings, sub.reference, "voluntary_report", actor="amal", now=NOW)
    after = _sub(store, "fr-speaker@rmd.example.org")
    assert (after.category, after.on_time) == ("voluntary_report", True)  # the report deadline is 16 February
    (row,) = _audit(store, "review:reclassify")
    assert (row.actor, row.entity, row.entity_id) == ("amal", "message", change.entity_id)
    assert row.before["category"] == "speaker_request" and row.before["on_time"] is False
    assert row.after["category"] == "voluntary_report" and row.after["on_time"] is True
    with pytest.raises(review.ReviewError, match="not a category"):
        review.reclassify(store, settings, sub.reference, "spam", actor="amal", now=NOW)
    with pytest.raises(review.ReviewError, match="no submission GCM-AR-9999"):
        review.reclassify(store, settings, "GCM-AR-9999", "other", actor="amal", now=NOW)


def test_correct_speaker_keeps_before_and_after(env: tuple[Store, Settings]) -> None:
    store, _ = env
    sp = _speaker(store, "fr-speaker@rmd.example.org")
    review.correct_speaker(store, sp.id, {"title": "Directrice", "roles": ["plenary"], "roundtable": None},
                           actor="amal", now=NOW)
    fixed = _speaker(store, "fr-speaker@rmd.example.org")
    assert (fixed.title, fixed.roles, fixed.roundtable) == ("Directrice", ["plenary"], None)
    assert fixed.provenance["title"] == "review"
    (row,) = _audit(store, "review:speaker")
    assert row.before["title"] == sp.title and row.after["title"] == "Directrice"
    assert row.before["roles"] == sp.roles and row.after["roles"] == ["plenary"]
    with pytest.raises(review.ReviewError, match="Unknown role"):
        review.correct_speaker(store, sp.id, {"roles": ["keynote"]}, actor="amal", now=NOW)
    with pytest.raises(review.ReviewError, match="no speaker #999"):
        review.correct_speaker(store, 999, {"name": "X"}, actor="amal", now=NOW)


def test_merge_moves_messages_and_renumbers_report_versions(env: tuple[Store, Settings]) -> None:
    store, _ = env
    first, second = _sub(store, "report-1@hlac.example.org"), _sub(store, "report-2@hlac.example.org")
    assert first.id != second.id
    review.merge(store, first.reference, second.reference, actor="amal", now=NOW)
    with store.Session() as s:
        kept = s.get(Submission, first.id)
        dup = s.get(Submission, second.id)
        assert kept is not None and dup is not None
        assert dup.status == "merged"
        assert sorted(m.message_id for m in kept.messages) == ["report-1@hlac.example.org", "report-2@hlac.example.org"]
        versions = dict(s.execute(select(AttachmentRow.filename, AttachmentRow.version)
                                  .where(AttachmentRow.submission_id == kept.id, AttachmentRow.is_report.is_(True))).all())
        assert versions == {"GCM_report_1.pdf": 1, "GCM_report_2.pdf": 2}
        moved = s.scalars(select(Message).where(Message.message_id == "report-2@hlac.example.org")).one()
        assert moved.thread_of == "report-1@hlac.example.org"
    (row,) = _audit(store, "review:merge")
    assert row.before["duplicate_status"] != "merged" and row.after["duplicate_status"] == "merged"
    assert len(row.after["messages"]) == len(row.before["messages"]) + 1
    assert _audit(store, "review:merged-into")[0].after["merged_into"] == first.reference
    with pytest.raises(review.ReviewError, match="merged already"):
        review.merge(store, first.reference, second.reference, actor="amal", now=NOW)


def test_a_follow_up_of_a_merged_submission_joins_the_one_kept(env: tuple[Store, Settings]) -> None:
    """Replies to the merged submission's acknowledgement, or quoting its reference, still arrive after a merge."""
    store, settings = env
    first, second = _sub(store, "report-1@hlac.example.org"), _sub(store, "report-2@hlac.example.org")
    review.merge(store, first.reference, second.reference, actor="amal", now=NOW)
    with store.Session() as s:
        ack_id = s.scalars(select(Outgoing.out_message_id).where(Outgoing.submission_id == second.id)).one()
    ctx = load_context(settings)
    for n, extra in enumerate(({"in_reply_to": ack_id}, {"subject": f"Re: our report [{second.reference}]"})):
        reply = mail(sender="Nadia <nadia@hlac.example.org>", subject=extra.get("subject", "Re: report"),
                     body="Dear colleagues,\n\nPlease find attached the annex to our report.\n\nNadia",
                     message_id=f"annex-{n}@hlac.example.org", in_reply_to=extra.get("in_reply_to"),
                     attachments=[(f"annex_{n}.pdf", "application/pdf", minimal_pdf(f"Annex {n}"))])
        result = Pipeline(ctx, store, clock=lambda: NOW).handle(raw(reply, "2021-02-14 10:00"))
        assert result.reference == first.reference


def test_resolve_clears_needs_review(env: tuple[Store, Settings]) -> None:
    store, _ = env
    with store.session() as s:  # put one item in review, as a low-confidence decision would
        msg = s.scalars(select(Message).where(Message.message_id == "ar-speaker@jusoor.example.org")).one()
        msg.status, msg.submission.status = "needs_review", "needs_review"  # type: ignore[union-attr]
        ref = msg.submission.reference  # type: ignore[union-attr]
    review.resolve(store, ref, "checked by phone", actor="amal", now=NOW)
    sub = _sub(store, "ar-speaker@jusoor.example.org")
    assert sub.status == "resolved"
    assert all(m.status == "filed" for m in store.messages() if m.submission_id == sub.id)
    (row,) = _audit(store, "review:resolve")
    assert row.before["submission_status"] == "needs_review" and row.after["note"] == "checked by phone"
    with pytest.raises(review.ReviewError, match="not waiting for review"):
        review.resolve(store, ref, "", actor="amal", now=NOW)


@pytest.mark.parametrize("message_id, lang, decision", [
    ("ar-speaker@jusoor.example.org", "ar", "accepted"),
    ("fr-speaker@rmd.example.org", "fr", "waitlisted"),
])
def test_decision_email_in_the_speakers_language_through_the_outbox(
        env: tuple[Store, Settings], message_id: str, lang: str, decision: str) -> None:
    store, settings = env
    sp = _speaker(store, message_id)
    with pytest.raises(review.ReviewError, match="No decision"):
        review.queue_decision(store, settings, sp.id, actor="amal", now=NOW)
    review.decide(store, sp.id, decision, "Roundtable 2, 24 February", actor="amal", now=NOW)
    (row,) = _audit(store, "review:decide")
    assert row.before["decision"] is None and row.after["decision"] == decision
    review.queue_decision(store, settings, sp.id, actor="amal", now=NOW)
    with store.Session() as s:
        (out,) = s.scalars(select(Outgoing).where(Outgoing.kind == "decision")).all()
    assert (out.language, out.state, out.template) == (lang, "pending", f"decision/{lang}/{decision}")
    msg = email.message_from_bytes(out.raw, policy=email.policy.default)
    sub = _sub(store, message_id)
    assert msg["To"] == sub.sender and sub.reference in msg["Subject"] and msg["Content-Language"] == lang
    assert msg["In-Reply-To"] == f"<{message_id}>"
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert ('dir="rtl"' in html) == (lang == "ar")
    assert "Roundtable 2, 24 February" in text and sp.name and sp.name in text
    with pytest.raises(review.ReviewError, match="already sent"):
        review.queue_decision(store, settings, sp.id, actor="amal", now=NOW)
    review.queue_decision(store, settings, sp.id, actor="amal", now=NOW, again=True)
    assert len(_audit(store, "review:decision-email")) == 2
    # the speakers sheet shows whom the decision has reached: the latest e-mail's state
    with store.Session() as s:
        s.execute(update(Outgoing).where(Outgoing.kind == "decision").values(state="sent"))
        s.commit()
    rows = {r["speaker_id"]: r for r in speaker_rows(store, settings.tz)}
    assert rows[sp.id]["decision_email"] == "sent" and rows[sp.id]["decision"] == decision
    assert {r["decision_email"] for i, r in rows.items() if i != sp.id} == {""}


def test_accepted_needs_a_session(env: tuple[Store, Settings]) -> None:
    store, _ = env
    sp = _speaker(store, "fr-speaker@rmd.example.org")
    with pytest.raises(review.ReviewError, match="needs a session"):
        review.decide(store, sp.id, "accepted", None, actor="amal", now=NOW)


def test_cli_review_actions_name_the_actor(env: tuple[Store, Settings], capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store, settings = env
    sp = _speaker(store, "ar-speaker@jusoor.example.org")
    assert run_cli(settings, "review", "speaker", str(sp.id), "--affiliation", "جمعية جسور", "--actor", "rania") == 0
    monkeypatch.setenv("USER", "omar")
    assert run_cli(settings, "review", "decide", str(sp.id), "declined") == 0
    assert run_cli(settings, "review", "notify", str(sp.id)) == 0
    assert [a.actor for a in _audit(store, "review:speaker")] == ["rania"]
    assert [a.actor for a in _audit(store, "review:decide")] == ["omar"]
    assert "decision e-mail queued" in capsys.readouterr().out
    with store.Session() as s:
        assert s.scalars(select(Outgoing.state).where(Outgoing.kind == "decision")).one() == "sent"

