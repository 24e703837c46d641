"""A line that opens with a thank-you sentence before the sentence about a person ("Merci pour votre retour rapide. Mme
X est ... ; elle souhaite intervenir ...", as a reply to the secretariat's question often starts): the person sentence is
read as a line that opens with the honorific would be."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_prose import prose_speakers


@pytest.mark.parametrize(("line", "name", "title"), [
    ("Merci pour votre réponse. M. Karim Haddad est Coordinateur régional de l'ODM ; il souhaite intervenir à la table "
     "ronde 2.", "Karim Haddad", "Coordinateur régional"),
    ("Thank you for your quick answer. Ms. Ruth Achieng is Programme Manager; she would like to speak in roundtable 3.",
     "Ruth Achieng", None),  # (an English "is <title>" is read later, by the statements about a named speaker)
    ("شكراً على ردكم السريع. السيدة منى الخطيب منسقة البرامج في الجمعية، وترغب في المشاركة في المائدة المستديرة الثانية.",
     "منى الخطيب", "منسقة البرامج"),
])
def test_a_person_sentence_after_a_thank_you_is_read(line: str, name: str, title: str | None, rules: ExtractRules) -> None:
    cands, third = prose_speakers(f"Bonjour,\n\n{line}\n", rules)
    assert [(c.name, c.title) for c in cands] == [(name, title)] and third


@pytest.mark.parametrize("line", [
    # the thank-you names the person: no sentence about them follows
    "Merci à M. Karim Haddad pour son aide précieuse.",
    # what follows the thank-you opens with no honorific
    "Thank you for your answer. The programme looks very interesting for our members.",
])
def test_near_miss_a_thank_you_without_a_person_sentence_names_no_one(line: str, rules: ExtractRules) -> None:
    cands, _ = prose_speakers(f"Hello,\n\n{line}\n", rules)
    assert cands == []
