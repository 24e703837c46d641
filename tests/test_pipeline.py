"""The whole pipeline on a real SQLite file, a Maildir and the file outbox: end to end, idempotent, never crashing."""

from __future__ import annotations

import email
import email.policy
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake.analysis import TEXT_LIMIT, load_context
from intake.config import Settings
from intake.daemon import run_once
from intake.export import record
from intake.outbox import FileTransport, send_pending
from intake.pipeline import Pipeline
from intake.store import BREAKER_REASON, Store
from intake.tables import AttachmentRow, Audit, Message, Outgoing, SpeakerRow, Submission
from tests.mails import deliver, mail, minimal_pdf, raw, when

DATA = Path(__file__).parent / "data" / "messages"

SPEAKER_EN = mail(
    subject="Speaker request - Roundtable 2",
    body=(
        "Dear colleagues,\n\nOur network would like to request a speaking role: a floor intervention in "
        "thematic roundtable 2.\n\nName: Omar Khalil\nTitle: Policy Officer\nOrganization: Levant Migrant Aid\n\n"
        "Best regards,\nOmar Khalil\n"
    ),
    sender="Omar Khalil <omar@lma.example.org>",
    message_id="speaker-1@lma.example.org",
)
REPORT_FR = mail(
    subject="Rapport volontaire d'examen du PMM",
    body="Bonjour,\n\nVeuillez trouver ci-joint notre rapport volontaire d'examen du Pacte mondial sur les migrations.\n\nCordialement,\nLeila Haddad",
    sender="Leila Haddad <leila@rmd.example.org>",
    message_id="report-1@rmd.example.org",
    attachments=[("Rapport_volontaire_PMM.pdf", "application/pdf",
                  minimal_pdf("Rapport volontaire d'examen du Pacte mondial pour les migrations 2021"))],
)


@pytest.fixture
def env(settings: Settings) -> tuple[Store, Pipeline, Settings]:
    store = Store(settings.database_url)
    store.migrate()
    return store, Pipeline(load_context(settings), store), settings


def _outbox(settings: Settings) -> list[email.message.EmailMessage]:
    assert settings.outbox.path is not None
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
            for p in sorted(settings.outbox.path.glob("*.eml"))]


def test_maildir_run_once_files_and_acknowledges_then_changes_nothing(settings: Settings) -> None:
    assert settings.source.path is not None
    deliver(settings.source.path, SPEAKER_EN, "2021-02-03 10:00", "1612339200.M1.test")
    deliver(settings.source.path, REPORT_FR, "2021-02-10 12:00", "1612951200.M2.test")
    deliver(settings.source.path, mail(
        subject="Automatic reply: GCM", body="I am out of the office until Monday.",
        headers={"Auto-Submitted": "auto-replied"}, sender="Away <away@example.org>"),
        "2021-02-10 12:01", "1612951260.M3.test")
    store = Store(settings.database_url)
    store.migrate()
    ctx = load_context(settings)
    transport = FileTransport(settings.outbox.path)  # type: ignore[arg-type]
    first = run_once(ctx, store, transport)
    assert [r.outcome for r in first.results].count("skipped") == 0
    acks = _outbox(settings)
    assert len(acks) == 2, "one acknowledgement per human message, none for the auto-reply"
    for ack in acks:
        assert ack["Auto-Submitted"] == "auto-replied"
        assert ack["In-Reply-To"] in ("<speaker-1@lma.example.org>", "<report-1@rmd.example.org>")
    by_sender = {m.sender: m for m in store.messages()}
    assert by_sender["away@example.org"].category == "auto_reply"
    assert by_sender["away@example.org"].status == "ignored"
    assert by_sender["leila@rmd.example.org"].category == "voluntary_report"
    assert by_sender["omar@lma.example.org"].category == "speaker_request"

    second = run_once(ctx, store, transport)
    assert second.results == [] or all(r.outcome == "skipped" for r in second.results)
    assert len(_outbox(settings)) == 2
    assert len(store.messages()) == 3


def test_same_message_twice_makes_one_submission_and_one_ack(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _ = env
    a = pipeline.handle(raw(SPEAKER_EN, source_id="imap:1:1"))
    again_same_source = pipeline.handle(raw(SPEAKER_EN, source_id="imap:1:1"))
    again_other_source = pipeline.handle(raw(SPEAKER_EN, source_id="imap:2:7"))  # after a UIDVALIDITY change
    assert a.outcome in ("processed", "needs_review")
    assert again_same_source.outcome == "skipped" and again_other_source.outcome == "skipped"
    with store.Session() as s:
        assert s.query(Message).count() == 1
        assert s.query(Outgoing).count() == 1


def test_a_duplicate_delivery_is_known_from_its_header_without_analysing_it(
        env: tuple[Store, Pipeline, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.pipeline

    _store, pipeline, _ = env
    pipeline.handle(raw(SPEAKER_EN, source_id="imap:1:1"))
    analysed: list[str] = []
    real = intake.pipeline.analyse
    monkeypatch.setattr(intake.pipeline, "analyse", lambda mail, *a: analysed.append(mail.source_id) or real(mail, *a))
    assert pipeline.handle(raw(SPEAKER_EN, source_id="imap:2:9")).outcome == "skipped"
    assert pipeline.handle(raw(SPEAKER_EN.replace(b"Policy Officer", b"Senior Policy Officer"),
                               source_id="imap:2:10")).outcome != "skipped"
    assert analysed == ["imap:2:10"]


def test_same_message_id_with_different_bytes_is_a_new_flagged_message(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _ = env
    pipeline.handle(raw(SPEAKER_EN))
    changed = SPEAKER_EN.replace(b"Policy Officer", b"Senior Policy Officer")
    pipeline.handle(raw(changed))
    rows = store.messages()
    assert len(rows) == 2
    assert rows[1].flagged_same_id and any("same Message-ID" in r for r in rows[1].reasons)


@pytest.mark.parametrize("name", ["unparseable.eml", "empty.eml"])
def test_unreadable_input_is_quarantined_with_its_reason(env: tuple[Store, Pipeline, Settings], name: str) -> None:
    store, pipeline, settings = env
    data = (DATA / name).read_bytes()
    result = pipeline.handle(raw(data, source_id=f"test:{name}"))
    assert result.outcome == "quarantine"
    (row,) = store.messages()
    assert row.status == "quarantined" and row.reasons and row.reasons[0]
    assert (settings.storage_root / row.archive_path).read_bytes() == data
    rec = record(row, settings.tz)
    assert rec["status"] == "quarantined" and rec["acknowledged"] is False


def test_hostile_attachment_names_are_filed_safely(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    for name in ("traversal-name.eml", "rlo-name.eml"):
        pipeline.handle(raw((DATA / name).read_bytes(), source_id=f"test:{name}"))
    with store.Session() as s:
        atts = s.query(AttachmentRow).all()
    assert atts, "the attachments are filed, not dropped"
    root = settings.storage_root.resolve()
    for att in atts:
        path = (settings.storage_root / att.storage_name).resolve()
        assert path.is_relative_to(root) and path.exists()
        assert att.storage_name.isascii()
    flags = {f for a in atts for f in a.flags}
    assert "path-in-name" in flags and "bidi-override-in-name" in flags


def test_oversize_message_is_quarantined_without_its_body(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _ = env
    from intake.model import RawMail

    result = pipeline.handle(RawMail("imap:1:99", b"", when("2021-02-04 09:00"), size=40_000_000))
    assert result.outcome == "quarantine"
    assert "over the" in store.messages()[0].reasons[0]


def test_every_state_change_is_audited(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    # A reference taken out of turn (by hand, or by a split under review) is skipped.
    with store.Session() as s, s.begin():
        s.add(Submission(reference=f"{settings.reference_prefix}-0002", category="other", sender="x@example.org",
                         language="en", status="filed", created_at=when("2021-02-01 09:00"), updated_at=when("2021-02-01 09:00")))
    # Two messages in one batch: the audit rows are written at its end, each naming its own rows.
    results = pipeline.handle_batch([raw(SPEAKER_EN, source_id="imap:1:1"), raw(REPORT_FR, source_id="imap:1:2")])
    assert [r.reference for r in results] == [f"{settings.reference_prefix}-{n:04d}" for n in (3, 4)]
    with store.Session() as s:
        audited = [(a.action, a.entity, a.entity_id) for a in s.query(Audit).order_by(Audit.id)]
        subs = {m.id: m.submission_id for m in s.query(Message)}
        acks = {o.message_row_id: o.id for o in s.query(Outgoing)}
    first, second = (r.message_row_id for r in results)
    assert first is not None and second is not None
    assert audited == [
        ("recorded", "message", first), ("created", "submission", subs[first]), ("ack-pending", "outbox", acks[first]),
        ("recorded", "message", second), ("created", "submission", subs[second]), ("ack-pending", "outbox", acks[second]),
    ]
    assert len({subs[first], subs[second]}) == 2


def test_revision_duplicate_and_reference_links(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    first = pipeline.handle(raw(REPORT_FR, "2021-02-10 12:00"))
    # The same file sent again, in a new message: a duplicate, not a second filing of the report.
    resend = mail(subject="Rapport volontaire (renvoi)", body="Bonjour, je vous renvoie notre rapport volontaire au cas où.",
                  sender="Leila Haddad <leila@rmd.example.org>",
                  attachments=[("Rapport_volontaire_PMM.pdf", "application/pdf",
                                minimal_pdf("Rapport volontaire d'examen du Pacte mondial pour les migrations 2021"))])
    dup = pipeline.handle(raw(resend, "2021-02-11 09:00"))
    # A revised version, in reply to the first message.
    v2 = mail(subject="Re: Rapport volontaire d'examen du PMM", in_reply_to="report-1@rmd.example.org",
              body="Bonjour,\n\nVoici la version révisée de notre rapport volontaire.\n\nCordialement,\nLeila",
              sender="Leila Haddad <leila@rmd.example.org>",
              attachments=[("Rapport_volontaire_PMM_v2.pdf", "application/pdf",
                            minimal_pdf("Rapport volontaire d'examen du PMM - version 2"))])
    rev = pipeline.handle(raw(v2, "2021-02-12 09:00"))
    # Someone else quoting the reference in a subject is not proof of a link.
    other = mail(subject=f"Question about [{first.reference}]", body="Could you tell me when the agenda is published?",
                 sender="Someone Else <else@example.net>")
    stranger = pipeline.handle(raw(other, "2021-02-12 10:00"))
    assert dup.reference == first.reference == rev.reference
    assert stranger.reference != first.reference
    recs = {m.id: record(m, settings.tz) for m in store.messages()}
    assert recs[rev.message_row_id]["thread_of"] == "report-1@rmd.example.org"
    assert recs[dup.message_row_id]["thread_of"] == "report-1@rmd.example.org"
    assert recs[stranger.message_row_id]["thread_of"] is None
    with store.Session() as s:
        reports = s.query(AttachmentRow).filter(AttachmentRow.is_report.is_(True)).order_by(AttachmentRow.id).all()
        assert [(a.version, a.duplicate) for a in reports] == [(1, False), (None, True), (2, False)]


def test_missing_details_are_asked_for_and_a_reply_completes_them(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    ask = mail(subject="Speaker request", sender="Omar Khalil <omar@lma.example.org>", message_id="ask-1@lma.example.org",
               body="Dear colleagues,\n\nWe would like to request a floor intervention in the plenary session.\n\n"
                    "Name: Omar Khalil\nOrganization: Levant Migrant Aid\n\nBest regards,\nOmar")
    first = pipeline.handle(raw(ask, "2021-02-03 10:00"))
    assert first.outcome == "needs_review"
    (ack_row,) = [o for m in store.messages() for o in m.acks]
    ack_text = email.message_from_bytes(ack_row.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "title" in ack_text.lower() or "position" in ack_text.lower()
    reply = mail(subject="Re: Speaker request", sender="Omar Khalil <omar@lma.example.org>", in_reply_to="ask-1@lma.example.org",
                 body="Dear colleagues,\n\nApologies, I forgot to include my title.\n\nTitle: Policy Officer\n\nBest regards,\nOmar")
    second = pipeline.handle(raw(reply, "2021-02-04 10:00"))
    assert second.reference == first.reference
    recs = {m.id: record(m, settings.tz) for m in store.messages()}
    (sp,) = recs[second.message_row_id]["speakers"]
    assert (sp["name"], sp["title"], sp["affiliation"], sp["roles"]) == (
        "Omar Khalil", "Policy Officer", "Levant Migrant Aid", ["plenary"])
    assert recs[second.message_row_id]["thread_of"] == "ask-1@lma.example.org"
    with store.Session() as s:
        from intake.tables import SpeakerRow, Submission

        active = s.query(SpeakerRow).filter_by(active=True).all()
        assert [(r.name, r.title) for r in active] == [("Omar Khalil", "Policy Officer")]
        assert s.query(Submission).one().status == "filed"


def test_a_reply_writing_out_the_name_in_full_replaces_the_short_one(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    ask = mail(subject="Speaker request", sender="Omar Khalil <omar@lma.example.org>", message_id="ask-3@lma.example.org",
               body="Dear colleagues,\n\nWe would like to request a floor intervention in the plenary session.\n\n"
                    "Name: Omar Khalil\nOrganization: LMA\n\nBest regards,\nOmar")
    first = pipeline.handle(raw(ask, "2021-02-03 10:00"))
    reply = mail(subject="Re: Speaker request", sender="Omar Khalil <omar@lma.example.org>", in_reply_to="ask-3@lma.example.org",
                 body="Dear colleagues,\n\nPlease find the complete details below.\n\nName: Omar Abdallah Khalil\n"
                      "Title: Policy Officer\nOrganization: LMA\n\nBest regards,\nOmar")
    second = pipeline.handle(raw(reply, "2021-02-04 10:00"))
    assert second.reference == first.reference
    (sp,) = record(next(m for m in store.messages() if m.id == second.message_row_id), settings.tz)["speakers"]
    assert (sp["name"], sp["title"], sp["affiliation"]) == ("Omar Abdallah Khalil", "Policy Officer",
                                                            "LMA")


def test_a_reply_signing_with_the_organisations_acronym_gives_its_fuller_form(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    ask = mail(subject="Table ronde", sender="Moussa Diagne <moussa@slpan.example.org>", message_id="ask-4@slpan.example.org",
               body="Bonjour, je voudrais prendre la parole à la table ronde 1.\n\nMoussa Diagne\n"
                    "Syndicat Libre des Pêcheurs Artisanaux\n\nEnvoyé de mon iPhone")
    first = pipeline.handle(raw(ask, "2021-02-03 10:00"))
    reply = mail(subject="Re: Table ronde", sender="Moussa Diagne <moussa@slpan.example.org>",
                 in_reply_to="ask-4@slpan.example.org",
                 body="Bonjour,\n\nJe suis le secrétaire général du syndicat.\n\nCordialement\n\nMoussa Diagne\n"
                      "Secrétaire général\nSyndicat Libre des Pêcheurs Artisanaux (SLPA)\n")
    second = pipeline.handle(raw(reply, "2021-02-04 10:00"))
    assert second.reference == first.reference
    (sp,) = record(next(m for m in store.messages() if m.id == second.message_row_id), settings.tz)["speakers"]
    assert (sp["name"], sp["affiliation"]) == ("Moussa Diagne", "Syndicat Libre des Pêcheurs Artisanaux (SLPA)")


@pytest.mark.parametrize(("opening", "same_sender", "linked"), [
    ("Further to our e-mail of 2 February, please find attached the CV of our speaker.", True, True),
    ("Suite à notre courriel du 2 février, veuillez trouver ci-joint le CV de notre intervenante.", True, True),
    ("إلحاقاً برسالتنا المؤرخة 2 شباط، نرفق لكم السيرة الذاتية للمتحدثة.", True, True),
    ("Further to our e-mail of 2 February, please find attached the CV of our speaker.", False, False),
    ("Please find attached the CV of our speaker.", True, False),
])
def test_a_new_message_saying_it_follows_an_earlier_one_joins_the_senders_submission(
        env: tuple[Store, Pipeline, Settings], opening: str, same_sender: bool, linked: bool) -> None:
    """No In-Reply-To, no reference: the words "further to our e-mail" and the same sender link it."""
    _store, pipeline, _ = env
    ask = mail(subject="Speaker request", sender="Nour Haddad <nour@ngo.example.org>", message_id="ask-4@ngo.example.org",
               body="Dear colleagues,\n\nWe would like to request a floor intervention in the plenary session.\n\n"
                    "Name: Nour Haddad\nTitle: Director\nOrganization: Levant Migrant Aid\n\nBest regards,\nNour")
    first = pipeline.handle(raw(ask, "2021-02-02 10:00"))
    sender = "Nour Haddad <nour@ngo.example.org>" if same_sender else "Sami Aziz <sami@other.example.org>"
    later = mail(subject="CV", sender=sender, body=f"{opening}\n\nNour", attachments=[("cv.pdf", "application/pdf", minimal_pdf("Curriculum vitae"))])
    second = pipeline.handle(raw(later, "2021-02-03 10:00"))
    assert (second.reference == first.reference) is linked


@pytest.mark.parametrize("opening", [
    "Following my e-mail of 2 February, please find attached the voluntary report of our network.",
    "Suite à mon courriel du 2 février, veuillez trouver ci-joint le rapport volontaire de notre réseau.",
    "إلحاقاً برسالتي المؤرخة 2 شباط، نرفق لكم التقرير الطوعي لشبكتنا.",
])
def test_a_new_submission_following_up_a_question_opens_its_own(env: tuple[Store, Pipeline, Settings],
                                                                 opening: str) -> None:
    """The sender's earlier message only asked a question: the report sent "further to" it is a new submission."""
    _store, pipeline, _ = env
    ask = mail(subject="Question on the report", sender="Nour Haddad <nour@ngo.example.org>",
               message_id="ask-5@ngo.example.org",
               body="Dear colleagues,\n\nCould you tell us whether the voluntary report may be sent in Arabic only, "
                    "and what its maximum length is?\n\nBest regards,\nNour")
    first = pipeline.handle(raw(ask, "2021-02-02 10:00"))
    later = mail(subject="Voluntary report", sender="Nour Haddad <nour@ngo.example.org>", body=f"{opening}\n\nNour",
                 attachments=[("report.pdf", "application/pdf", minimal_pdf("Voluntary report"))])
    second = pipeline.handle(raw(later, "2021-02-03 10:00"))
    assert second.reference != first.reference


def test_a_reply_stating_the_exact_title_corrects_the_one_on_file(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    ask = mail(subject="Intervention en plénière", sender="Claire Duval <claire@csm.example.org>",
               message_id="ask-2@csm.example.org",
               body="Madame, Monsieur,\n\nNous proposons la candidature de M. Karim Mansour, chargé de mission au "
                    "Collectif Sud Migrations, pour une intervention en séance plénière.\n\nCordialement,\nClaire Duval")
    first = pipeline.handle(raw(ask, "2021-02-02 10:00"))
    reply = mail(subject="Re: Intervention en plénière", sender="Claire Duval <claire@csm.example.org>",
                 in_reply_to="ask-2@csm.example.org",
                 body="Madame, Monsieur,\n\nUne correction : le titre exact de M. Karim Mansour est « Responsable du "
                      "plaidoyer » (et non chargé de mission).\n\nCordialement,\nClaire Duval\n\n"
                      "Le mar. 2 févr. 2021 à 10:00, Claire Duval <claire@csm.example.org> a écrit :\n\n"
                      "> Nous proposons la candidature de M. Karim Mansour, chargé de mission au Collectif Sud\n"
                      "> Migrations, pour une intervention en séance plénière.\n")
    second = pipeline.handle(raw(reply, "2021-02-03 10:00"))
    assert second.reference == first.reference
    (sp,) = record(next(m for m in store.messages() if m.id == second.message_row_id), settings.tz)["speakers"]
    assert (sp["name"], sp["title"], sp["affiliation"]) == ("Karim Mansour", "Responsable du plaidoyer",
                                                            "Collectif Sud Migrations")


@pytest.mark.parametrize(("body", "acknowledged"), [
    ("Dear team,\n\nMany thanks for confirming receipt, much appreciated.\n\nBest,\nAbubakr", False),
    ("Merci beaucoup, bien reçu.\n\nCordialement,\nNadia", False),
    ("شكرا جزيلا على التأكيد.\n\nمع التحية", False),
    ("Thanks a lot for the prompt reply!\n\nBest,\nJohn Doe", False),
    ("Un grand merci pour ce retour rapide.\n\nBien à vous,\nSamia Ferchichi", False),
    ("شكرا على ردكم السريع\n\nمع التحية", False),
    ("Many thanks for the confirmation, looking forward to further details.\n\nBest,\nRita", False),
    ("Merci pour l'accusé de réception, dans l'attente de vos nouvelles.\n\nCordialement,\nAmine", False),
    ("شكرا على التأكيد، وبانتظار التفاصيل المتعلقة بالمشاركة.\n\nمع التحية", False),
    ("Thanks. Looking forward to hearing from you: will interpretation be provided?\n\nRita", True),
    ("Thank you. Could you tell us when the agenda will be published?\n\nBest,\nAbubakr", True),
])
def test_a_thank_you_for_an_acknowledgement_gets_no_answer(env: tuple[Store, Pipeline, Settings], body: str,
                                                          acknowledged: bool) -> None:
    _store, pipeline, _ = env
    reply = mail(subject="Re: Acknowledgement of receipt [GCM-AR-0099]", body=body,
                 in_reply_to="ack.GCM-AR-0099.1.0123456789abcdef@iom.int")  # an acknowledgement this store never sent
    assert pipeline.handle(raw(reply)).acknowledged is acknowledged


@pytest.mark.parametrize("batched", [False, True])
def test_the_sender_cap_counts_a_day_of_arrivals_not_of_reading(make_settings, batched: bool) -> None:  # noqa: ANN001
    """A person's mails of four days read at once (a backlog) are each acknowledged; four that arrive within
    the hour (a flood, a loop) are cut at the cap, whenever they are read."""
    settings = make_settings(screen={"ack_per_sender_per_day": 3})
    store = Store(settings.database_url)
    store.migrate()
    pipeline = Pipeline(load_context(settings), store)

    def four(sender: str, times: list[str], first: int = 0) -> list:  # noqa: ANN401
        return [raw(mail(subject=f"Question {i}", body=f"When is session {i} of the consultation?",
                         sender=f"P <{sender}>"), received=t) for i, t in enumerate(times, first)]

    days = four("days@example.org", ["2021-02-01 10:00", "2021-02-02 10:00", "2021-02-03 10:00", "2021-02-04 10:00"])
    hour = four("hour@example.org", ["2021-02-05 10:00", "2021-02-05 10:10", "2021-02-05 10:20", "2021-02-05 10:30"])
    results = pipeline.handle_batch(days + hour) if batched else [pipeline.handle(m) for m in days + hour]
    assert [r.acknowledged for r in results[:4]] == [True, True, True, True]
    assert [r.acknowledged for r in results[4:]] == [True, True, True, False]
    # the next day: at 09:55 the 24 hours before still hold three answered messages; at 10:25, none
    later = four("hour@example.org", ["2021-02-06 09:55", "2021-02-06 10:25"], first=10)
    assert [pipeline.handle(m).acknowledged for m in later] == [False, True]


@pytest.mark.parametrize("batched", [False, True])
def test_rate_caps_hold_back_acknowledgements_and_status_says_so(make_settings, capsys: pytest.CaptureFixture[str],  # noqa: ANN001
                                                                 caplog: pytest.LogCaptureFixture, batched: bool) -> None:
    """The sender cap drops an acknowledgement; the global breaker only paces them: the ones over the hour's
    limit wait in the outbox, with the alert in `intake status`, and go out when the hour allows."""
    from intake.cli import main

    settings = make_settings(screen={"ack_per_sender_per_day": 2, "ack_global_per_hour": 3})
    store = Store(settings.database_url)
    store.migrate()
    pipeline = Pipeline(load_context(settings), store)
    mails = [raw(mail(subject=f"Question {i}", body=f"When is session {i}?", sender="Same Person <same@example.org>"))
             for i in range(3)]
    mails += [raw(mail(subject="Question", body="When is the agenda out?", sender=f"P{i} <p{i}@example.org>"))
              for i in range(2)]
    results = pipeline.handle_batch(mails) if batched else [pipeline.handle(m) for m in mails]
    same, others = results[:3], results[3:]
    assert [r.acknowledged for r in same] == [True, True, False]  # at most 2 per sender per 24 hours
    assert [r.acknowledged for r in others] == [True, True]  # the breaker drops nothing
    reasons = [o.reason.split(":")[0] for m in store.messages() for o in m.acks if o.state == "suppressed"]
    assert reasons == ["sender cap"]

    now = datetime.now(UTC)
    outbox = FileTransport(settings.storage_root / "sent")
    counts = send_pending(store, outbox, settings, lambda: now)  # [screen] ack_global_per_hour = 3
    assert (counts["sent"], counts["paused"]) == (3, 1)
    waiting = [o for m in store.messages() for o in m.acks if o.state == "pending"]
    assert len(waiting) == 1 and waiting[0].reason.startswith(BREAKER_REASON)
    assert all(record(m, settings.tz)["acknowledged"] for m in store.messages()[3:])  # paused is still acknowledged
    cfg = settings.storage_root.parent / "config.toml"
    cfg.write_text(f'[storage]\nroot = "{settings.storage_root}"\n[screen]\nack_global_per_hour = 3\n', encoding="utf-8")
    assert main(["--config", str(cfg), "status"]) == 0
    assert "ALERT:        the acknowledgement breaker has paused 1 acknowledgement(s)" in capsys.readouterr().out

    assert send_pending(store, outbox, settings, lambda: now + timedelta(minutes=30))["paused"] == 1
    alerts = [r.getMessage() for r in caplog.records if r.name == "intake.error" and "ALERT" in r.getMessage()]
    assert len(alerts) == 1 and "1 acknowledgement(s) paused" in alerts[0]  # when it opened, not on every run
    later = send_pending(store, outbox, settings, lambda: now + timedelta(minutes=61))
    assert (later["sent"], later["paused"]) == (1, 0)
    assert len(list((settings.storage_root / "sent").iterdir())) == 4
    assert main(["--config", str(cfg), "status"]) == 0
    assert "ALERT" not in capsys.readouterr().out


def test_a_global_breaker_of_zero_holds_every_acknowledgement(make_settings) -> None:  # noqa: ANN001
    """[screen] ack_global_per_hour = 0 is a pause switch: nothing goes out, nothing is dropped."""
    settings = make_settings(screen={"ack_global_per_hour": 0})
    store = Store(settings.database_url)
    store.migrate()
    pipeline = Pipeline(load_context(settings), store)
    for i in range(2):
        pipeline.handle(raw(mail(subject="Question", body="When is the agenda out?", sender=f"P{i} <p{i}@example.org>")))
    counts = send_pending(store, FileTransport(settings.storage_root / "sent"), settings)
    assert (counts["sent"], counts["paused"]) == (0, 2)
    assert [o.state for m in store.messages() for o in m.acks] == ["pending", "pending"]


def test_in_one_batch_later_messages_see_earlier_ones(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, settings = env
    v2 = mail(subject="Re: Rapport volontaire d'examen du PMM", in_reply_to="report-1@rmd.example.org",
              body="Bonjour,\n\nVoici la version révisée de notre rapport volontaire.\n\nCordialement,\nLeila",
              sender="Leila Haddad <leila@rmd.example.org>",
              attachments=[("Rapport_volontaire_PMM_v2.pdf", "application/pdf", minimal_pdf("Rapport volontaire v2"))])
    results = pipeline.handle_batch([
        raw(REPORT_FR, "2021-02-10 12:00", source_id="imap:1:1"),
        raw(REPORT_FR, "2021-02-10 12:00", source_id="imap:1:1"),  # handed over twice
        raw(REPORT_FR, "2021-02-10 12:00", source_id="imap:1:2"),  # delivered twice
        raw(v2, "2021-02-12 09:00", source_id="imap:1:3"),
        raw(REPORT_FR.replace(b"Cordialement", b"Bien cordialement"), source_id="imap:1:4"),  # same Message-ID, new bytes
    ])
    assert [r.outcome for r in results][1:3] == ["skipped", "skipped"]
    assert results[3].reference == results[0].reference
    rows = store.messages()
    assert len(rows) == 3 and [m.flagged_same_id for m in rows if m.source_id == "imap:1:4"] == [True]
    recs = {m.id: record(m, settings.tz) for m in rows}
    assert recs[results[3].message_row_id]["thread_of"] == "report-1@rmd.example.org"
    with store.Session() as s:
        reports = s.query(AttachmentRow).filter(AttachmentRow.is_report.is_(True)).order_by(AttachmentRow.id).all()
        assert [a.version for a in reports][:2] == [1, 2]


def test_a_message_that_breaks_a_batch_is_quarantined_and_the_others_recorded(
        env: tuple[Store, Pipeline, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.analysis

    store, pipeline, _ = env
    real = intake.analysis.classify_mod.classify

    def fails_on_reports(parsed, *a: object, **k: object):  # noqa: ANN001, ANN202
        if parsed.attachments:
            raise RuntimeError("rule engine bug")
        return real(parsed, *a, **k)

    monkeypatch.setattr(intake.analysis.classify_mod, "classify", fails_on_reports)
    results = pipeline.handle_batch([raw(SPEAKER_EN, source_id="imap:1:1"), raw(REPORT_FR, source_id="imap:1:2")])
    assert [r.outcome for r in results] == ["processed", "quarantine"]
    assert [m.status for m in store.messages()] == ["filed", "quarantined"]


def test_a_stage_that_fails_quarantines_and_unshunt_brings_the_message_back(
        env: tuple[Store, Pipeline, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.analysis
    from intake.export import records
    from intake.quarantine import unshunt

    store, pipeline, settings = env

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("rule engine bug")

    with monkeypatch.context() as m:
        m.setattr(intake.analysis.classify_mod, "classify", broken)
        result = pipeline.handle(raw(SPEAKER_EN, source_id="imap:1:5"))
        after_first = pipeline.handle(raw(REPORT_FR, source_id="imap:1:6"))  # the next message is not held up
    assert result.outcome == "quarantine" and after_first.outcome == "quarantine"
    (row, _) = store.messages()
    assert row.message_id == "speaker-1@lma.example.org" and "rule engine bug" in row.reasons[0]
    assert (settings.storage_root / f"quarantine/{row.sha256}.reason.txt").read_text().startswith("analyse failed")
    lines = list(unshunt(pipeline.ctx, store, [row.id]))
    assert "speaker_request" in lines[0]
    recs = [r for r in records(store.messages(), settings.tz) if r["message_id"] == "speaker-1@lma.example.org"]
    assert [(r["status"], r["category"]) for r in recs] == [("filed", "speaker_request")]


def test_a_reply_naming_someone_new_adds_a_speaker_and_replacing_words_replace(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _ = env
    pipeline.handle(raw(SPEAKER_EN, "2021-02-03 10:00"))
    more = mail(subject="Re: Speaker request - Roundtable 2", sender="Omar Khalil <omar@lma.example.org>",
                in_reply_to="speaker-1@lma.example.org",
                body="Dear colleagues,\n\nWe would also like to propose a second speaker for the plenary session.\n\n"
                     "Name: Lina Haddad\nTitle: Legal Adviser\nOrganization: Levant Migrant Aid\n\nBest regards,\nOmar")
    pipeline.handle(raw(more, "2021-02-04 10:00"))
    from intake.tables import SpeakerRow

    def active() -> list[str]:
        with store.Session() as s:
            return sorted(r.name for r in s.query(SpeakerRow).filter_by(active=True))

    assert active() == ["Lina Haddad", "Omar Khalil"]
    swap = mail(subject="Re: Speaker request - Roundtable 2", sender="Omar Khalil <omar@lma.example.org>",
                in_reply_to="speaker-1@lma.example.org",
                body="Dear colleagues,\n\nOmar Khalil will be replaced at roundtable 2 by our director.\n\n"
                     "Name: Sami Nasr\nTitle: Director\nOrganization: Levant Migrant Aid\n\nBest regards,\nOmar")
    pipeline.handle(raw(swap, "2021-02-05 10:00"))
    assert active() == ["Lina Haddad", "Sami Nasr"]  # a replacement retires the speaker it names
    vague = mail(subject="Re: Speaker request - Roundtable 2", sender="Omar Khalil <omar@lma.example.org>",
                 in_reply_to="speaker-1@lma.example.org",
                 body="Dear colleagues,\n\nOur deputy director will speak instead.\n\n"
                      "Name: Rana Aziz\nTitle: Deputy Director\nOrganization: Levant Migrant Aid\n\nBest regards,\nOmar")
    result = pipeline.handle(raw(vague, "2021-02-05 11:00"))
    # two on file and neither named: nobody is retired, and the secretariat is asked
    assert active() == ["Lina Haddad", "Rana Aziz", "Sami Nasr"]
    assert result.outcome == "needs_review"
    assert any("does not say which" in r for m in store.messages() for r in m.reasons)


@pytest.mark.parametrize(("body", "category", "speakers"), [
    # a withdrawal proposes no one: a note on the submission it withdraws
    ("Dear colleagues,\n\nFor reasons beyond our control, Omar Khalil will not be able to attend. We hereby withdraw"
     " our request for a speaking role in roundtable 2.\n\nBest regards,\nOmar", "other", []),
    ("Bonjour,\n\nNous retirons notre demande d'intervention à la table ronde 2 : M. Omar Khalil ne sera pas"
     " disponible.\n\nCordialement,\nOmar", "other", []),
    # ... and signed by a colleague, with her post and organisation: who writes the withdrawal proposes no one
    ("Dear colleagues,\n\nOmar Khalil's visa was refused, so please withdraw our request for roundtable 2.\n\n"
     "With apologies,\n\nLina Haddad\nCommunications Officer\nLevant Migrant Aid", "other", []),
    ("Bonjour,\n\nLe visa de notre directeur a été refusé. Nous vous prions donc d'annuler notre demande"
     " d'intervention.\n\nAvec nos excuses,\n\nLina Haddad\nChargée de communication\nLevant Migrant Aid", "other", []),
    ("تحية طيبة،\n\nنأسف لإبلاغكم بأن السفر لم يعد ممكناً، لذا نرجو سحب طلب المداخلة في المائدة المستديرة الثانية.\n\n"
     "مع الاعتذار،\n\nلينا حداد\nمسؤولة الاتصال\nجمعية المساعدة للمهاجرين", "other", []),
    # ... or that strikes the person's name off the list sent
    ("تحية طيبة،\n\nنحيطكم علماً بأن مرشحنا قد أبلغنا بتعذّر مشاركته في المائدة المستديرة الثانية، ولذلك نرجو"
     " شطب اسمه من قائمة المرشحين.\n\nمع الشكر،\nلينا حداد", "other", []),
    ("Dear colleagues,\n\nOmar Khalil has told us he cannot travel. Please remove his name from our list of speakers."
     "\n\nBest regards,\nLina", "other", []),
    # ... but one that names someone else in the same breath still asks for a role
    ("Dear colleagues,\n\nWe withdraw our request for Omar Khalil and would like to propose instead Ms. Rana Aziz,"
     " Programme Manager at Levant Migrant Aid, for roundtable 2.\n\nBest regards,\nOmar", "speaker_request",
     ["Rana Aziz"]),
])
def test_a_withdrawal_is_a_note_on_its_submission(env: tuple[Store, Pipeline, Settings], body: str, category: str,
                                                  speakers: list[str]) -> None:
    store, pipeline, settings = env
    first = pipeline.handle(raw(SPEAKER_EN, "2021-02-03 10:00"))
    reply = mail(subject="Re: Speaker request - Roundtable 2", sender="Omar Khalil <omar@lma.example.org>",
                 in_reply_to="speaker-1@lma.example.org", body=body)
    second = pipeline.handle(raw(reply, "2021-02-04 10:00"))
    assert second.reference == first.reference
    rec = record(next(m for m in store.messages() if m.id == second.message_row_id), settings.tz)
    assert (rec["category"], [sp["name"] for sp in rec["speakers"]]) == (category, speakers)
    with store.Session() as s:
        from intake.tables import Submission

        assert s.query(Submission).one().status == "withdrawn"


def test_follow_ups_in_one_batch_each_update_the_submission_as_the_one_before_left_it(
        env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _settings = env
    replies = [mail(subject="Re: Speaker request - Roundtable 2", sender="Omar Khalil <omar@lma.example.org>",
                    in_reply_to="speaker-1@lma.example.org", message_id=f"reply-{i}@lma.example.org", body=body)
               for i, body in enumerate([
                   "Dear colleagues,\n\nFor reasons beyond our control, Omar Khalil will not be able to attend. We hereby"
                   " withdraw our request for a speaking role in roundtable 2.\n\nBest regards,\nOmar",
                   "Dear colleagues,\n\nCould you tell us when the programme of roundtable 2 will be published?"
                   "\n\nBest regards,\nOmar"])]
    results = pipeline.handle_batch([raw(SPEAKER_EN, "2021-02-03 10:00", source_id="imap:1:1")]
                                    + [raw(r, f"2021-02-0{4 + i} 10:00", source_id=f"imap:1:{2 + i}")
                                       for i, r in enumerate(replies)])
    assert len({r.reference for r in results}) == 1
    with store.Session() as s:
        changes = [(a.action, a.before.get("status"), a.after.get("status")) for a in s.query(Audit).filter(
            Audit.entity == "submission").order_by(Audit.id)]
        final = s.query(Submission).one().status
    assert [c[0].split(":")[0] for c in changes] == ["created", "follow-up", "follow-up"]
    # the question finds the request withdrawn by the reply recorded just before it, in the same transaction
    assert changes[1][1:] == ("filed", "withdrawn") and changes[2][1:] == ("withdrawn", final)


def test_a_message_id_with_raw_8bit_bytes_is_processed_and_answered_without_naming_it(
    env: tuple[Store, Pipeline, Settings],
) -> None:
    store, pipeline, settings = env
    data = SPEAKER_EN.replace(b"<speaker-1@lma.example.org>", b"<speaker-\xe9@lma.example.org>")
    assert data != SPEAKER_EN
    result = pipeline.handle(raw(data))
    assert (result.outcome, result.category, result.acknowledged) == ("processed", "speaker_request", True)
    (row,) = store.messages()
    assert row.message_id == "speaker-\ufffd@lma.example.org"
    with store.session() as s:
        (ack,) = s.query(Outgoing).all()
        head = email.message_from_bytes(ack.raw)
    # the bytes of that Message-ID cannot be named back, so the reply does not name it garbled
    assert head["In-Reply-To"] is None and head["References"] is None
    assert pipeline.handle(raw(data)).outcome == "skipped"  # and it is known the next time it is fetched


def test_a_very_long_text_is_read_up_to_the_limit_and_says_so(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _ = env
    pasted = "\n\n".join(f"Section {i}. The national consultations reviewed labour migration governance." for i in range(600))
    data = SPEAKER_EN.replace(b"Best regards,", pasted.encode() + b"\n\nBest regards,")
    assert len(data) > 2 * TEXT_LIMIT
    result = pipeline.handle(raw(data))
    assert (result.outcome, result.category) == ("processed", "speaker_request")
    (row,) = store.messages()
    assert any(r.startswith("the text is ") and f"only the first {TEXT_LIMIT:,} were read" in r for r in row.reasons)
    with store.session() as s:
        (speaker,) = s.query(SpeakerRow).all()
        assert (speaker.name, speaker.title, speaker.affiliation) == ("Omar Khalil", "Policy Officer", "Levant Migrant Aid")


def _mutated(data: bytes, rnd: random.Random) -> bytes:
    """A message damaged the ways transit and broken clients damage mail: 8-bit or syntax bytes in the
    header block, a cut, random bytes anywhere."""
    if not data:
        return data
    out = bytearray(data)
    head_end = max(out.find(b"\r\n\r\n"), out.find(b"\n\n"), 1)
    kind = rnd.randrange(3)
    if kind == 0:
        for _ in range(rnd.randrange(1, 6)):
            out.insert(rnd.randrange(head_end), rnd.choice(b"\xe9\xff\xc3\x80\x00\"<>=?;"))
    elif kind == 1:
        out = out[: rnd.randrange(1, len(out) + 1)]
    else:
        for _ in range(rnd.randrange(1, 30)):
            out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


def test_damaged_messages_are_recorded_or_quarantined_never_raised(env: tuple[Store, Pipeline, Settings]) -> None:
    store, pipeline, _ = env
    sources = sorted((Path(__file__).parent / "data").glob("holdout2[0-4]/*.eml")) + sorted(DATA.glob("*.eml"))
    rnd = random.Random(11)
    outcomes = []
    for i in range(120):
        result = pipeline.handle(raw(_mutated(rnd.choice(sources).read_bytes(), rnd), source_id=f"damaged:{i}"))
        outcomes.append(result.outcome)
    rows = store.messages()
    assert len(rows) == len(outcomes) - outcomes.count("skipped")
    # A message the parser cannot read is quarantined for that reason; none may fail inside a stage of ours.
    assert not [r.reasons for r in rows if any(" failed: " in reason for reason in r.reasons)]
    assert {"processed", "quarantine"} <= set(outcomes)


# A thank-you replying to an acknowledgement of receipt whose Message-ID its mailer lost follows up the sender's
# latest submission: the quote is an acknowledgement. A quoted invitation asking for one is not.

@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("Thank you very much!\nAmina\n\nOn 3 Feb 2021, gcm@example.org wrote:\n> Dear Madam,\n>\n> We acknowledge "
         "receipt of your request to speak at the Regional Review.\n", True),
        ("Many thanks for confirming.\n\n-----Original Message-----\nFrom: GCM Secretariat\nSubject: Acknowledgement of"
         " receipt - GCM Regional Review, Arab region\n\nDear colleague,\n", True),
        ("thanks a lot\n\n> WE HEREBY ACKNOWLEDGE RECEIPT of your voluntary report.\n", True),
        ("Merci beaucoup pour votre confirmation !\nAminata\n\nLe 3 févr. 2021 à 17:32, gcm@example.org a écrit :\n> "
         "Madame,\n>\n> Nous accusons réception de votre demande de prise de parole.\n", True),
        ("Merci !\n\nDe : Secretariat <gcm@example.org>\nObjet : Accuse de reception - Examen regional du PMM\n\n"
         "Madame, Monsieur,\n", True),
        ("Bien reçu, merci.\n\n> Nous accusons bonne réception de votre rapport.\n", True),
        ("شكرا جزيلا لكم\nأمينة\n\n> تحية طيبة،\n> نشكركم ونؤكد استلام طلبكم للمشاركة بدور متحدث.\n", True),
        ("شكرا\n\nFrom: Secretariat\nSubject: إشعار استلام - الاستعراض الإقليمي\n\nتحية طيبة\n", True),
        ("مع الشكر والتقدير\n\n> نؤكد استلام تقريركم الطوعي.\n", True),
        ("We would like to propose a speaker.\n\n> Dear partners,\n> Please acknowledge receipt of this invitation.\n",
         False),
        ("Nous souhaitons proposer une intervenante.\n\n> Merci d'accuser réception de cette invitation.\n", False),
        ("نود ترشيح متحدثة.\n\n> يرجى تأكيد استلام هذه الدعوة.\n", False),
    ],
)
def test_a_reply_quoting_an_acknowledgement_of_receipt_refers_back(text: str, follows: bool) -> None:
    from intake.analysis import refers_back
    from intake.text import split

    assert refers_back(split(text)) is follows


def test_a_reply_giving_the_titles_of_some_speakers_completes_those_by_name(env: tuple[Store, Pipeline, Settings]) -> None:
    """Three speakers on file, a reply giving the titles of the first and the third: each title goes to its person,
    the second speaker stays as filed."""
    store, pipeline, settings = env
    ask = mail(subject="Speaker nominations", sender="Aisha Buhaji <aisha@gn.example.org>", message_id="ask-9@gn.example.org",
               body="Dear colleagues,\n\nThe Gulf Workers Association would like to nominate the following speakers:\n\n"
                    "- Khalid Dosari, Gulf Workers Association: plenary\n- Laila Haddad, Legal Adviser, Gulf Workers Association: roundtable 2\n"
                    "- Salman Kaabi, Gulf Workers Association: roundtable 4\n\nBest regards,\nAisha Buhaji\nGulf Workers Association")
    pipeline.handle(raw(ask, "2021-02-03 10:00"))
    reply = mail(subject="Re: Speaker nominations", sender="Aisha Buhaji <aisha@gn.example.org>",
                 in_reply_to="ask-9@gn.example.org",
                 body="Dear colleagues,\n\nAs requested, the titles are as follows:\n\n- Mr. Khalid Dosari, Vice-President\n"
                      "- Mr. Salman Kaabi, Regional Advocacy Coordinator\n\nBest regards,\nAisha Buhaji\nGulf Workers Association")
    second = pipeline.handle(raw(reply, "2021-02-04 10:00"))
    speakers = record(next(m for m in store.messages() if m.id == second.message_row_id), settings.tz)["speakers"]
    assert [(sp["name"], sp["title"]) for sp in speakers] == [("Khalid Dosari", "Vice-President"),
                                                              ("Salman Kaabi", "Regional Advocacy Coordinator")]
    with store.Session() as s:
        from intake.tables import SpeakerRow, Submission

        assert s.query(Submission).one().status == "filed"  # nothing is missing once each title joins its person
        active = s.query(SpeakerRow).filter_by(active=True).all()
        assert sorted((r.name, r.title) for r in active) == [("Khalid Dosari", "Vice-President"),
                                                             ("Laila Haddad", "Legal Adviser"),
                                                             ("Salman Kaabi", "Regional Advocacy Coordinator")]


class _Listed:
    """A source handing over the given mails and noting what happens, in order."""

    def __init__(self, mails: list[bytes], events: list[str]) -> None:
        self.mails = [raw(m, source_id=f"list:{i}") for i, m in enumerate(mails)]
        self.events = events

    def fetch_new(self):  # noqa: ANN201
        for m in self.mails:
            self.events.append(f"handed {m.source_id}")
            yield m

    def mark_many(self, done) -> None:  # noqa: ANN001
        self.events.append(f"marked {len(done)}")

    def confirm(self, through=None) -> None:  # noqa: ANN001
        self.events.append(f"confirmed {through.source_id if through else 'everything'}")


def _requests(n: int) -> list[bytes]:
    return [SPEAKER_EN.replace(b"speaker-1@", f"speaker-{i}@".encode()) for i in range(n)]


def test_drain_takes_the_next_batches_before_recording_one_and_confirms_up_to_its_last(
        env: tuple[Store, Pipeline, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers analyse the next two batches while the service records one; the source forgets a batch once it
    is recorded."""
    store, pipeline, _ = env
    monkeypatch.setattr("intake.pipeline.BATCH_MESSAGES", 2)
    events: list[str] = []
    record_batch = pipeline.handle_batch
    monkeypatch.setattr(pipeline, "handle_batch", lambda batch, ahead: events.append(f"record {batch[0].source_id}")
                        or record_batch(batch, ahead))
    results = pipeline.drain(_Listed(_requests(7), events))
    assert [r.outcome for r in results] == ["processed"] * 7
    assert events == [
        "handed list:0", "handed list:1", "handed list:2", "handed list:3", "handed list:4", "handed list:5",
        "record list:0", "marked 2", "confirmed list:1",
        "handed list:6", "record list:2", "marked 2", "confirmed list:3",
        "record list:4", "marked 2", "confirmed list:5",
        "record list:6", "marked 1", "confirmed everything",
    ]
    assert len(store.messages()) == 7


def test_each_batch_is_followed_by_its_after_batch_step_while_the_next_is_analysed(
        env: tuple[Store, Pipeline, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    """The service sends a batch's acknowledgements once it is confirmed, the next batches being already in the
    workers' hands, not after the whole backlog."""
    store, pipeline, _ = env
    monkeypatch.setattr("intake.pipeline.BATCH_MESSAGES", 2)
    events: list[str] = []
    pipeline.drain(_Listed(_requests(7), events),
                   after_batch=lambda: events.append(f"after {len(store.messages())} recorded"))
    assert events == [
        "handed list:0", "handed list:1", "handed list:2", "handed list:3", "handed list:4", "handed list:5",
        "marked 2", "confirmed list:1", "after 2 recorded",
        "handed list:6", "marked 2", "confirmed list:3", "after 4 recorded",
        "marked 2", "confirmed list:5", "after 6 recorded",
        "marked 1", "confirmed everything", "after 7 recorded",
    ]


def test_a_drain_stopped_leaves_the_batches_taken_ahead_unrecorded_and_unconfirmed(
        env: tuple[Store, Pipeline, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    store, pipeline, _ = env
    monkeypatch.setattr("intake.pipeline.BATCH_MESSAGES", 2)
    events: list[str] = []
    source = _Listed(_requests(7), events)
    results = pipeline.drain(source, stop=lambda: any(e.startswith("marked") for e in events),
                             after_batch=lambda: events.append("after the batch"))
    assert [r.source_id for r in results] == ["list:0", "list:1"]
    # list:2 to list:5 were taken ahead: they are handed over again next time; a service that stops sends nothing more
    assert events[-1] == "confirmed list:1"
    assert {m.source_id for m in store.messages()} == {"list:0", "list:1"}
    assert [r.source_id for r in pipeline.drain(source) if r.outcome != "skipped"] == [f"list:{i}" for i in range(2, 7)]
