"""A body's name whose first two organisation words open with the same letter, which its acronym writes once ("Network
of NGOs for Sahel Migration (NSM)", "Union des Unions Agricoles du Sud (UAS)"): the name as written, both
words kept, not cut after the first."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\n\nOn behalf of the Network of NGOs for Sahel Migration (NSM), we propose Ms. Awa Diallo, "
     "Programme Officer, NSM, for roundtable 2.\n\nRegards,\nIbrahim Sow\nCoordinator, NSM\n", "en",
     "Network of NGOs for Sahel Migration (NSM)"),
    ("Bonjour,\n\nAu nom de l'Union des Unions Agricoles du Sud (UAS), nous proposons Mme Awa Diallo, chargée de "
     "programme, UAS, pour la table ronde 2.\n\nCordialement,\nIbrahim Sow\nCoordinateur, UAS\n", "fr",
     "Union des Unions Agricoles du Sud (UAS)"),
])
def test_one_letter_for_two_words_of_the_name(body: str, language: str, affiliation: str,
                                              rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert speaker.affiliation == affiliation


# Near miss: a body named after another, the word before its name's "of" opening with another letter, stays its own
def test_near_miss_a_word_of_another_letter_before_the_name(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOn behalf of the Board of NGOs for Sahel Migration (NSM), we propose Ms. Awa Diallo, "
            "Programme Officer, NSM, for roundtable 2.\n\nRegards,\nIbrahim Sow\nCoordinator, NSM\n")
    speaker = run(message(body), rules).speakers[0]
    assert speaker.affiliation == "NGOs for Sahel Migration (NSM)"
