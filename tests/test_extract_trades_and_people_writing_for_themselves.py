"""Families of the blind sets (session 36): people who write for themselves, without an organisation. Their trade is
their title ("je travaille comme soudeur dans un atelier", "I am working as a domestic worker here in Muscat"), without
where or when they do it; and an item of the people proposed that gives "myself" before the session ("- moi-même, lors
de la table ronde 2") is the sender."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear Sir,\n\nMy name is Grace Achieng, I am working as a domestic worker here in Doha since 2016. I want to speak "
     "in the open discussion.\n\nGrace", "en", "domestic worker"),
    ("bonjour\n\nje travail comme soudeur dans un atelier a Sfax depuis 2019.\n\nje veux parler dans la pleniere.\n\nKofi",
     "fr", "soudeur"),
    ("Bonjour,\n\nJe travaille comme électricien dans une entreprise de Tunis. Je souhaite intervenir en plénière.\n\nKofi",
     "fr", "électricien"),
    ("Hello,\n\nI work as a plumber currently, in Beirut. I would like to speak in the open discussion.\n\nJoseph",
     "en", "plumber"),
])
def test_a_trade_is_the_title_of_who_writes_for_themself(rules: ExtractRules, body: str, language: str, title: str) -> None:
    [speaker] = run(message(body, from_="Kofi Mensah <k@example.org>"), rules, language=language).speakers
    assert speaker.title == title


# Near miss: the people a sentence is about are no one's title ("la situation des pêcheurs", "Union des agriculteurs")
def test_near_miss_the_people_a_request_is_about(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nL'Association des ressortissants maliens de Rosso (ARMR) souhaite que M. Modibo Keita prenne la "
            "parole en séance plénière pour parler de la situation des pêcheurs et des ouvriers saisonniers.\n\n"
            "Cordialement,\nAwa Traoré")
    [speaker] = run(message(body), rules, language="fr").speakers
    assert (speaker.name, speaker.title) == ("Modibo Keita", None)


@pytest.mark.parametrize("item", ["- moi-même, lors de la table ronde 2 ;", "- moi-même, pendant la table ronde 2 ;",
                                  "- myself, during roundtable 2;"])
def test_myself_before_the_session_is_the_sender(rules: ExtractRules, item: str) -> None:
    body = (f"Bonjour,\n\nNous souhaiterions prendre la parole :\n{item}\n- M. Karim Saadi, musicien, lors de la "
            "discussion ouverte.\n\nMerci,\nLina Haddad\nArtiste")
    first, second = run(message(body), rules, language="fr").speakers
    assert (first.name, first.roundtable, second.name) == ("Lina Haddad", 2, "Karim Saadi")
