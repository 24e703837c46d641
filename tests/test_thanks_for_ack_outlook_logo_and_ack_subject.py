"""A thank-you for our acknowledgement as Outlook sends it: the logo of the signature as an inline image
("image001.png") and our acknowledgement's subject repeated ("RE: Acknowledgement of receipt - ... - Roundtable 2"):
neither the logo nor the roundtable the subject recalls is news, so it gets no answer. Near misses: a file really
attached, or a subject of the sender's own that names another role, are still acknowledged."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.analysis import load_context
from intake.config import Settings
from intake.pipeline import Pipeline
from intake.store import Store
from tests.mails import mail, raw

_ASK = {
    "en": ("Speaking request - Roundtable 2", "Dear colleagues,\n\nWe would like to propose Ms. Leila Haddad, Programme "
           "Officer at the Beirut Migrant Rights Centre, as a speaker in thematic roundtable 2.\n\nBest regards,\nOmar Saad"),
    "fr": ("Demande d'intervention - Table ronde 2", "Madame, Monsieur,\n\nNous proposons Mme Leila Haddad, chargée de "
           "programme au Centre des droits des migrants de Beyrouth, pour la table ronde 2.\n\nCordialement,\nOmar Saad"),
}
_THANKS = {"en": "Many thanks, well received.\n\nOmar\n\nOmar Saad\nDirector\nBeirut Migrant Rights Centre\n",
           "fr": "Merci beaucoup, bien reçu.\n\nOmar\n\nOmar Saad\nDirecteur\nCentre des droits des migrants de Beyrouth\n"}
_ACK_SUBJECT = {"en": "RE: Acknowledgement of receipt - {s}", "fr": "RE: Accusé de réception - {s}"}


def _acknowledged(env: tuple[Store, Pipeline, Settings], lang: str, subject: str, file: tuple[str, str, str]) -> bool:
    """Whether the pipeline answers a thank-you with this subject, sent in reply to our acknowledgement (quoted under our
    address) with `file` (name, type, disposition) under its text."""
    store, pipeline, settings = env
    ask_subject, ask = _ASK[lang]
    first = pipeline.handle(raw(mail(subject=ask_subject, body=ask, sender="Omar Saad <omar@bmrc.example.org>",
                                     message_id="ask-1@bmrc.example.org"), "2021-02-02 10:00"))
    assert first.acknowledged
    msg = EmailMessage()
    msg["From"] = "Omar Saad <omar@bmrc.example.org>"
    msg["To"] = settings.address
    msg["Subject"] = subject.format(s=ask_subject)
    msg["Message-ID"] = "<thanks-1@bmrc.example.org>"
    msg["In-Reply-To"] = msg["References"] = "<ask-1@bmrc.example.org>"
    msg.set_content(_THANKS[lang] + f"\n\nFrom: GCM Regional Review <{settings.address}>\nSent: 2 February 2021\n"
                    f"Subject: {subject.format(s=ask_subject)}\n\nDear Omar Saad,\n\nThank you.\n")
    name, ctype, disposition = file
    maintype, subtype = ctype.split("/")
    msg.add_attachment(b"\x89PNG logo" if maintype == "image" else b"%PDF-1.4 x", maintype=maintype, subtype=subtype,
                       filename=name, disposition=disposition, cid="<image001@bmrc>")
    second = pipeline.handle(raw(msg.as_bytes(), "2021-02-03 10:00"))
    assert second.reference == first.reference
    return second.acknowledged


_LOGO = ("image001.png", "image/png", "inline")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_thank_you_with_a_logo_under_our_acknowledgements_subject_gets_no_answer(
        env: tuple[Store, Pipeline, Settings], lang: str) -> None:
    assert _acknowledged(env, lang, _ACK_SUBJECT[lang], _LOGO) is False


@pytest.mark.parametrize(("lang", "subject", "file"), [
    ("en", _ACK_SUBJECT["en"], ("bio.pdf", "application/pdf", "attachment")),  # a file sent
    ("en", _ACK_SUBJECT["en"], ("photo.png", "image/png", "attachment")),  # ... a photo, not a logo
    ("en", "RE: Speaking request - Roundtable 3 rather than 2", _LOGO),  # a role in a subject of their own
    ("fr", "RE: Demande d'intervention - plutôt la table ronde 3", _LOGO),
])
def test_near_miss_a_file_or_a_role_of_their_own_is_acknowledged(env: tuple[Store, Pipeline, Settings], lang: str,
                                                                 subject: str, file: tuple[str, str, str]) -> None:
    assert _acknowledged(env, lang, subject, file) is True


@pytest.fixture
def env(settings: Settings) -> tuple[Store, Pipeline, Settings]:
    store = Store(settings.database_url)
    store.migrate()
    return store, Pipeline(load_context(settings), store), settings
