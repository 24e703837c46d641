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
])
def test_a_reply_to_our_acknowledgement_that_only_thanks_gets_no_answer(env: tuple[Store, Pipeline, Settings], lang: str,
                                                                       body: str, by_id: bool) -> None:
    assert _reply_to_our_ack(env, lang, body, by_id=by_id) is False


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Thanks! One thing: Leila's title is now Senior Programme Officer.\n\nOmar"),  # a post
    ("en", "Thanks! Leila is now our advocacy coordinator.\n\nOmar"),  # ... one the extraction does not read
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
