"""A reply to our acknowledgement that only thanks or reassures, in words no courtesy rule lists, gets no answer; one
that gives a post, a role, a replacement or asks something is still acknowledged."""

from __future__ import annotations

import pytest

from intake.analysis import load_context
from intake.config import Settings
from intake.pipeline import Pipeline
from intake.store import Store
from tests.mails import mail, raw

_ASK = {
    "en": ("Speaking request", "Dear colleagues,\n\nWe would like to propose Ms. Leila Haddad, Programme Officer at the "
                               "Beirut Migrant Rights Centre, as a speaker in thematic roundtable 2.\n\nBest regards,\nOmar Saad"),
    "fr": ("Demande d'intervention", "Madame, Monsieur,\n\nNous proposons Mme Leila Haddad, chargée de programme au Centre "
                                     "des droits des migrants de Beyrouth, pour la table ronde 2.\n\nCordialement,\nOmar Saad"),
    "ar": ("طلب مداخلة", "السادة الكرام،\n\nنرشح السيدة ليلى حداد، مسؤولة البرامج في مركز حقوق المهاجرين في بيروت، "
                         "للمشاركة في المائدة المستديرة الثانية.\n\nمع التحية،\nعمر سعد"),
}


def _reply_to_our_ack(env: tuple[Store, Pipeline, Settings], lang: str, body: str, *, by_id: bool) -> bool:
    """Whether the pipeline acknowledges `body`, sent in reply to the acknowledgement of a speaker request: by our
    acknowledgement's own Message-ID (`by_id`), or, as a mailer that lost it writes, quoting it under our address."""
    store, pipeline, settings = env
    subject, ask = _ASK[lang]
    first = pipeline.handle(raw(mail(subject=subject, body=ask, sender="Omar Saad <omar@bmrc.example.org>",
                                     message_id="ask-1@bmrc.example.org"), "2021-02-02 10:00"))
    assert first.acknowledged
    (ack,) = next(m for m in store.messages() if m.id == first.message_row_id).acks
    quote = f"\n\nOn 2 Feb 2021, GCM Regional Review <{settings.address}> wrote:\n> Dear Omar Saad,\n> Thank you.\n"
    reply = mail(subject=f"Re: {subject}", sender="Omar Saad <omar@bmrc.example.org>", body=body + quote,
                 in_reply_to=ack.out_message_id if by_id else "ask-1@bmrc.example.org")
    second = pipeline.handle(raw(reply, "2021-02-03 10:00"))
    assert second.reference == first.reference
    return second.acknowledged


@pytest.mark.parametrize("by_id", [True, False])
@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Wonderful, thanks! Leila is thrilled and has already blocked the dates.\n\nOmar"),
    ("en", "Perfect, all clear on our side. Nothing changes for us, same speaker as sent.\n\nOmar"),
    ("fr", "Super, merci ! Leila est ravie, elle a déjà réservé les dates.\n\nOmar"),
    ("ar", "ألف شكر، ليلى سعيدة جداً وحجزت التاريخ من الآن.\n\nعمر"),
    # a post word opening a sentence with its article is the one who holds it, doing something: no post given
    ("en", "Many thanks. The director is back from Geneva and has read your message.\n\nOmar"),
    ("fr", "Merci beaucoup. La directrice est rentrée de Genève et a bien lu votre message.\n\nOmar"),
    ("ar", "شكرا كتير. المديرة رجعت من جنيف وقرأت رسالتكم.\n\nعمر"),
])
def test_a_reply_to_our_acknowledgement_that_only_thanks_gets_no_answer(env: tuple[Store, Pipeline, Settings], lang: str,
                                                                       body: str, by_id: bool) -> None:
    assert _reply_to_our_ack(env, lang, body, by_id=by_id) is False


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Thanks! One thing: Leila's title is now Senior Programme Officer.\n\nOmar"),  # a post
    ("en", "Thanks! Leila is now our advocacy coordinator.\n\nOmar"),  # ... one the extraction does not read
    ("en", "Thanks! The director says Leila is now our advocacy coordinator.\n\nOmar"),  # ... after a post holder
    ("en", "Thanks a lot. Leila would rather speak in the plenary than in the roundtable.\n\nOmar"),  # a role
    ("en", "Thanks! Is the session on the 24th in the morning?\n\nOmar"),  # a question
    ("fr", "Merci ! Petite précision : Leila est désormais coordinatrice du plaidoyer.\n\nOmar"),
    ("ar", "شكراً لكم. للتصحيح: ليلى هي منسقة المناصرة في المركز.\n\nعمر"),
])
def test_near_miss_a_reply_to_our_acknowledgement_with_news_is_acknowledged(env: tuple[Store, Pipeline, Settings],
                                                                           lang: str, body: str) -> None:
    assert _reply_to_our_ack(env, lang, body, by_id=True) is True


@pytest.fixture
def env(settings: Settings) -> tuple[Store, Pipeline, Settings]:
    store = Store(settings.database_url)
    store.migrate()
    return store, Pipeline(load_context(settings), store), settings



_REPORT = {
    "en": ("Voluntary GCM review report - BMRC", "Dear colleagues,\n\nPlease find attached the voluntary GCM review "
           "report of the Beirut Migrant Rights Centre.\n\nBest regards,\nOmar Saad",
           "I forgot to say in my message that our report is a collective one: it was prepared with two other "
           "associations of the diaspora in Tripoli. Please take it into account in the list of contributions.",
           "From: Omar Saad <omar@bmrc.example.org>\nSent: Tuesday, 9 February 2021 16:33\nTo: {to}\nSubject: {s}"),
    "fr": ("Rapport volontaire - CDMB", "Madame, Monsieur,\n\nVeuillez trouver ci-joint le rapport volontaire du Centre "
           "des droits des migrants de Beyrouth.\n\nCordialement,\nOmar Saad",
           "J'ai oublié de préciser dans mon message que notre rapport est un rapport collectif : il a été préparé avec "
           "deux autres associations de la diaspora à Tripoli. Merci d'en tenir compte dans la liste des contributions.",
           "De : Omar Saad <omar@bmrc.example.org>\nEnvoyé : mardi 9 février 2021 16:33\nÀ : {to}\nObjet : {s}"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_near_miss_a_reply_to_ones_own_message_sent_to_us_is_no_reply_to_our_acknowledgement(
        env: tuple[Store, Pipeline, Settings], lang: str) -> None:
    """Our address in the quoted message's To line makes it the sender's own message to us, not our acknowledgement:
    a detail added to it is news (an Outlook quote, "À : <our address>")."""
    store, pipeline, settings = env
    subject, first_body, body, header = _REPORT[lang]
    first = pipeline.handle(raw(mail(subject=subject, body=first_body, sender="Omar Saad <omar@bmrc.example.org>",
                                     message_id="report-1@bmrc.example.org",
                                     attachments=[("report.pdf", "application/pdf", b"%PDF-1.4 report")]),
                                "2021-02-09 16:33"))
    quote = "\n\n________________________________\n" + header.format(to=settings.address, s=subject) + "\n\n" + first_body
    reply = mail(subject=f"RE: {subject}", sender="Omar Saad <omar@bmrc.example.org>", body=body + "\n\nOmar" + quote,
                 in_reply_to="report-1@bmrc.example.org")
    second = pipeline.handle(raw(reply, "2021-02-10 09:00"))
    assert second.reference == first.reference
    assert second.acknowledged
