"""A diaspora group in Germany signs with a German closing ("Mit sportlichen Grüßen", "Mit freundlichen Grüßen",
"Viele Grüße") over its name, which its legal form closes ("FC Brücken Moabit e.V."): the signature is read, the
name is an organisation, and the legal form keeps its dot."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize("closing", ["Mit sportlichen Grüßen", "Mit freundlichen Grüßen", "Viele Grüße"])
def test_a_german_closing_over_a_registered_club(rules: ExtractRules, closing: str) -> None:
    body = ("Hello,\n\nWe would like to propose Ismail Yahya Tabaldi for roundtable 2 on 24 Feb.\n\nMany thanks!\n\n"
            f"{closing}\nNabil Sawaf\nFC Brücken Moabit e.V.\n\nSent from my iPhone")
    fields = run(message(body, from_="Nabil <n@example.org>"), rules)
    assert fields.organisation == "FC Brücken Moabit e.V."
    assert [(s.name, s.affiliation) for s in fields.speakers] == [("Ismail Yahya Tabaldi", "FC Brücken Moabit e.V.")]


def test_near_miss_a_sentence_ending_after_a_name_loses_its_full_stop(rules: ExtractRules) -> None:
    body = ("Hello,\n\nWe would like to propose Ismail Yahya Tabaldi for roundtable 2 on 24 Feb.\n\nKind regards,\n"
            "Nabil Sawaf\nTrainer, Moabit Youth Sports Association.\n")
    assert run(message(body, from_="Nabil <n@example.org>"), rules).organisation == "Moabit Youth Sports Association"
