"""A name written as a chain of "son of" and particles ("Mohamed El Moctar Ould Sidi Mohamed Ould Ebnou", "Fatimetou
Mint Mohamed Lemine Ould El Hadj") is one name: the particles and "Ould"/"Mint" do not count towards the longest a
name may be ([limits] max_name_words), so the labelled speaker is read, not the sender. With the near miss of a
line of more words than a name has, particles aside."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_BLOCK = ("Bonjour,\n\nVoici notre intervenant :\n\nNom et prénom : Pr {name}\nFonction : Professeur de géographie\n"
          "Établissement : Université de Nouakchott\nRôle souhaité : rapporteur\n\nCordialement,\nMariem Sidi")


@pytest.mark.parametrize("name", ["Mohamed El Moctar Ould Sidi Mohamed Ould Ebnou",
                                  "Fatimetou Mint Mohamed Lemine Ould El Hadj"])
def test_a_name_chain_is_one_name(name: str, rules: ExtractRules) -> None:
    fields = run(message(_BLOCK.format(name=name), from_="Mariem Sidi <mariem@example.org>"), rules, language="fr")
    assert [sp.name for sp in fields.speakers] == [name]


def test_near_miss_more_words_than_a_name(rules: ExtractRules) -> None:
    body = _BLOCK.format(name="Mohamed Salem Sidi Ahmed Brahim Cheikh Lemine")
    fields = run(message(body, from_="Mariem Sidi <mariem@example.org>"), rules, language="fr")
    assert "Mohamed Salem Sidi Ahmed Brahim Cheikh Lemine" not in [sp.name for sp in fields.speakers]
