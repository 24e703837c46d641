"""Organisations and posts written the ways the blind sets 185-188 showed: a body named in apposition after a lower-case
article ("our network, the X Network (XN)"), a post held at the body's own mission in a town ("de notre mission à X"),
and a name that holds a comma, closed by an acronym that spells it across the comma (after a post as long as
"Vice-présidente chargée de ..."). Each family in English and French, with near-misses."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _speakers(body: str, language: str, rules: ExtractRules) -> list[tuple[str | None, str | None, str | None]]:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    return [(s.name, s.title, s.affiliation) for s in fields.speakers]


# ---------------------------------------------------------------------------------------------
# A body in apposition after a lower-case article: the article is the sentence's, not the name's

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\n\nI propose Ms. Hana Saleh, programme officer of our union, the Levant Women Workers Union "
     "(LWWU). She wishes to speak in the plenary.\n\nBest,\nTeam\n", "en",
     ("Hana Saleh", "programme officer", "Levant Women Workers Union (LWWU)")),
    ("Bonjour,\n\nJe vous écris au nom de M. Karim Naji, chargé de plaidoyer de notre réseau, la Plateforme Migrants "
     "Sahel (PMS). Il souhaite intervenir en plénière.\n\nCordialement,\nAmina\n", "fr",
     ("Karim Naji", "chargé de plaidoyer", "Plateforme Migrants Sahel (PMS)")),
])
def test_a_body_in_apposition_drops_its_lower_case_article(body: str, language: str,
                                                            expected: tuple[str, str, str], rules: ExtractRules) -> None:
    assert _speakers(body, language, rules) == [expected]


def test_near_miss_a_name_that_opens_with_a_capitalised_article_keeps_it(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nI propose Ms. Hana Saleh, programme officer of our network, The Hague Migration "
            "Network (THMN). She wishes to speak in the plenary.\n\nBest,\nTeam\n")
    assert _speakers(body, "en", rules) == [("Hana Saleh", "programme officer", "The Hague Migration Network (THMN)")]


# ---------------------------------------------------------------------------------------------
# A post at the body's own mission in a town: the mission and the town are no part of the post, and the body is the
# one the signature names

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\n\nJe vous écris de la part du Dr Karim Naji, responsable protection de notre mission à Mossoul, qui "
     "souhaiterait intervenir en plénière.\n\nCordialement,\nAmina\nAlliance Rivière Secours (ARS)\n", "fr",
     ("Karim Naji", "responsable protection", "Alliance Rivière Secours (ARS)")),
    ("Dear all,\n\nI write on behalf of Dr Karim Naji, head of protection of our mission in Mosul, who would like to "
     "speak in the plenary.\n\nBest,\nAmina\nRiver Relief Alliance (RRA)\n", "en",
     ("Karim Naji", "head of protection", "River Relief Alliance (RRA)")),
])
def test_a_post_at_our_mission_in_a_town_is_the_post_alone(body: str, language: str,
                                                           expected: tuple[str, str, str], rules: ExtractRules) -> None:
    assert _speakers(body, language, rules) == [expected]


def test_near_miss_a_post_at_another_bodys_mission_names_that_body(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe vous écris au nom de M. Karim Naji, chargé de plaidoyer de la mission de l'Union "
            "européenne à Tunis, qui souhaite intervenir en plénière.\n\nCordialement,\nAmina\n"
            "Alliance Rivière Secours (ARS)\n")
    [(_, title, affiliation)] = _speakers(body, "fr", rules)
    assert title != "chargé de plaidoyer" and affiliation != "Alliance Rivière Secours (ARS)"


# ---------------------------------------------------------------------------------------------
# A body's name with a comma, closed by the acronym that spells it across the comma

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Madame, Monsieur,\n\nJe vous écris au nom de Mme Rim Saïdi, Vice-présidente chargée de la communication de "
     "l'Union Jeunesse, Emploi et Mobilité (UJEM). Elle souhaite intervenir en plénière.\n\nCordialement,\nSonia\n",
     "fr", ("Rim Saïdi", "Vice-présidente chargée de la communication", "Union Jeunesse, Emploi et Mobilité (UJEM)")),
    ("Dear all,\n\nWe propose Ms. Rim Saidi, Deputy Director of the Alliance for Youth, Work and Mobility (AYWM). She "
     "wishes to speak in the plenary.\n\nBest,\nSonia\n",
     "en", ("Rim Saidi", "Deputy Director", "Alliance for Youth, Work and Mobility (AYWM)")),
])
def test_a_name_with_a_comma_spelled_by_its_acronym_is_one_body(body: str, language: str,
                                                                 expected: tuple[str, str, str], rules: ExtractRules) -> None:
    assert _speakers(body, language, rules) == [expected]


def test_near_miss_an_acronym_that_spells_only_the_piece_after_the_comma_is_a_second_body(rules: ExtractRules) -> None:
    # the post is in a committee of the body named after the comma, which the acronym spells alone
    body = ("Madame, Monsieur,\n\nJe vous écris au nom de Mme Rim Saïdi, Présidente du Comité Jeunesse, Union "
            "Emploi et Mobilité (UEM). Elle souhaite intervenir en plénière.\n\nCordialement,\nSonia\n")
    assert _speakers(body, "fr", rules) == [("Rim Saïdi", "Présidente du Comité Jeunesse", "Union Emploi et Mobilité (UEM)")]
