"""A speaker named by their bare name at the head of a sentence that asks for them ("X, Secretary General of Y, would
like to speak"), and a body's name that ends with its place and acronym. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FROM = "Nadia Okafor <nadia@tidewater.example.org>"


# The person the writer asks for, named with no honorific before their post set off by commas: the speaker, not the
# sender who signs
@pytest.mark.parametrize(("body", "language", "who"), [
    ("Hello,\n\nSorry for writing late: Tomas Erikson, Head of Outreach at the Tidewater Migrant Rights Forum, would "
     "like to speak in roundtable 3.\n\nBest regards,\nNadia Okafor", "en",
     ("Tomas Erikson", "Head of Outreach", "Tidewater Migrant Rights Forum")),
    ("Bonjour,\n\nLucie Marchand, coordinatrice du Réseau Solidarité Passerelles, souhaiterait intervenir à la table "
     "ronde 3. Je vous écris de sa part.\n\nCordialement,\nNadia Okafor", "fr",
     ("Lucie Marchand", "coordinatrice", "Réseau Solidarité Passerelles")),
    ("مرحبا،\n\nسلمى الحداد، منسقة البرامج في منتدى الساحل، تود المشاركة في المائدة المستديرة 3.\n\nشكراً\nنادية",
     "ar", ("سلمى الحداد", "منسقة البرامج", "منتدى الساحل")),
])
def test_named_subject_asks(body: str, language: str, who: tuple[str, str, str], rules: ExtractRules) -> None:
    speaker, = run(message(body, from_=_FROM), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation, speaker.roles, speaker.roundtable) \
        == (*who, ("roundtable",), 3)


# Near miss: an organisation at the head of the sentence, its unit set off by commas, names no person: the sender asks
def test_near_miss_body_at_the_head(rules: ExtractRules) -> None:
    body = ("Hello,\n\nThe Tidewater Forum, through its youth committee, would like to speak in roundtable 3.\n\n"
            "Best regards,\nNadia Okafor")
    speaker, = run(message(body, from_=_FROM), rules).speakers
    assert speaker.name == "Nadia Okafor"


# A body's name that ends with where it is and its acronym ("... au Maroc (X)", "... in Morocco (X)"): the post stops
# before the body, not at the place; near miss: a post at a place, with no body named before it, is read as before
@pytest.mark.parametrize(("post", "language", "title"), [
    ("Secrétaire générale de l'Union des Travailleuses Maliennes au Maroc (UTMM)", "fr", "Secrétaire générale"),
    ("Directrice pays au Maroc (UTMM)", "fr", "Directrice pays"),
])
def test_body_ending_with_place_and_acronym(post: str, language: str, title: str, rules: ExtractRules) -> None:
    body = f"Bonjour,\n\nNous proposons Mme Awa Keita, {post}, pour la table ronde 1.\n\nMerci,\nNadia Okafor"
    speaker, = run(message(body, from_=_FROM), rules, language=language).speakers
    assert speaker.title == title
