"""The sender named only by the From display name, whose signature is too short to name them: a name line of one
word ("Moussa" over "Porte-parole", a person with one name), and a display name that adds the body's acronym to the
name ("Moussa ACMA"). The name is the display name without the acronym, the title the signature's."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "from_", "language", "name", "title", "affiliation"), [
    ("Bonjour,\n\nje voudrais prendre la parole dans la discussion ouverte sur les jeunes migrants à Rosso.\n\nMerci\n\n"
     "Moussa\nPorte-parole\nAssociation des Communautés Migrantes d'Afrique (ACMA)\n",
     "Moussa ACMA <moussa.acma@example.org>", "fr", "Moussa", "Porte-parole",
     "Association des Communautés Migrantes d'Afrique (ACMA)"),
    ("Hello,\n\nI would like to speak in the open discussion about returnees' access to papers.\n\nThanks\n\n"
     "Sukarno\nCoordinator\nNorthern Returnees Support Network (NRSN)\n",
     "Sukarno NRSN <sukarno.nrsn@example.org>", "en", "Sukarno", "Coordinator",
     "Northern Returnees Support Network (NRSN)"),
])
def test_the_display_name_and_a_short_signature(body: str, from_: str, language: str, name: str, title: str,
                                                affiliation: str, rules: ExtractRules) -> None:
    speaker = run(message(body, from_=from_), rules, language=language).speakers[0]
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# Near miss: a family name in capitals is no body's acronym, though the text writes an acronym in brackets
def test_near_miss_a_family_name_in_capitals_stays(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nje voudrais prendre la parole dans la discussion ouverte.\n\nMerci\n\n"
            "Awa TRAORE\nPorte-parole\nAssociation des Communautés Migrantes d'Afrique (ACMA)\n")
    speaker = run(message(body, from_="Awa TRAORE <awa@example.org>"), rules, language="fr").speakers[0]
    assert speaker.name in ("Awa TRAORE", "Awa Traore", "Awa Traoré")


# "I write as Director of X to ask ...": the capacity the sender writes in is their title; a manner of writing is not
@pytest.mark.parametrize(("sentence", "language", "title"), [
    ("I write as Coordinator of the Harbour Migrants Support Centre to ask for a place in the open discussion.", "en",
     "Coordinator"),
    ("Je vous écris en tant que présidente de l'Association Horizons Solidaires pour demander une place dans la "
     "discussion ouverte.", "fr", "présidente"),
])
def test_the_capacity_the_sender_writes_in(sentence: str, language: str, title: str, rules: ExtractRules) -> None:
    body = f"Good morning,\n\n{sentence}\n\nThank you,\nNadim\n"
    speaker = run(message(body, from_="Nadim Sfeir <nadim@example.org>"), rules, language=language).speakers[0]
    assert (speaker.name, speaker.title) == ("Nadim Sfeir", title)


def test_near_miss_a_manner_of_writing_is_no_title(rules: ExtractRules) -> None:
    body = ("Good morning,\n\nI write as a follow-up of our call with the team to ask for a place in the open "
            "discussion.\n\nThank you,\nNadim\n")
    speaker = run(message(body, from_="Nadim Sfeir <nadim@example.org>"), rules).speakers[0]
    assert speaker.name == "Nadim Sfeir" and not speaker.title


# Near miss: a given name signed alone over a team's line ("Rana" over "admin team", From "Rana Tarabay") gives the
# sender no title
def test_near_miss_a_given_name_signed_over_a_team(rules: ExtractRules) -> None:
    body = ("Hello,\n\nI would like to speak in the open discussion about returnees' access to papers.\n\nThanks\n\n"
            "Rana\nNRSN admin team\n")
    speaker = run(message(body, from_="Rana Tarabay <rana.t@example.org>"), rules).speakers[0]
    assert (speaker.name, speaker.title) == ("Rana Tarabay", None)
