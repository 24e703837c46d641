"""A letter that opens with the greetings of its organisation ("Salutations de l'Association X", "Greetings of the
Union Y"): the greeting word is no part of the organisation's name. Near miss: a name that only opens with a capital
after a link stays whole."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Bonjour,\n\nSalutations de l'Association Passerelles Solidaires !\n\nNotre trésorier, M. Karim Benali, souhaite "
     "intervenir à la table ronde 3.\n\nCordialement,\nNadia Rami\n", "fr", "Association Passerelles Solidaires"),
    ("Dear colleagues,\n\nGreetings of the Union of Seafarers' Families!\n\nOur treasurer, Mr Karim Benali, would like "
     "to speak in roundtable 3.\n\nBest regards,\nNadia Rami\n", "en", "Union of Seafarers' Families"),
])
def test_the_greeting_word_is_no_part_of_the_name(body: str, language: str, affiliation: str,
                                                  rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert speaker.name == "Karim Benali"
    assert speaker.affiliation == affiliation


# Near miss: the organisation's own name, with a link inside it, is read as before
def test_near_miss_a_name_with_a_link_inside_stays_whole(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nL'Association Passerelles de l'Espoir propose son trésorier, M. Karim Benali, pour la table "
            "ronde 3.\n\nCordialement,\nNadia Rami\n")
    speaker = run(message(body), rules, language="fr").speakers[0]
    assert speaker.affiliation == "Association Passerelles de l'Espoir"
