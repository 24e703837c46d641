"""A diaspora group in Germany signs with a German closing ("Mit sportlichen Grüßen", "Mit freundlichen Grüßen",
"Viele Grüße") over its name, which its legal form closes ("SC Ankommen Wedding e.V."): the signature is read, the
name is an organisation, and the legal form keeps its dot."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize("closing", ["Mit sportlichen Grüßen", "Mit freundlichen Grüßen", "Viele Grüße"])
def test_a_german_closing_over_a_registered_club(rules: ExtractRules, closing: str) -> None:
    body = ("Hi,\n\nWe would like to propose Abdelaziz Haroun Adam for the open discussion on 23 Feb.\n\nThanks a lot!!\n\n"
            f"{closing}\nTarek Ghandour\nSC Ankommen Wedding e.V.\n\nSent from my iPhone")
    fields = run(message(body, from_="Tarek <t@example.org>"), rules)
    assert fields.organisation == "SC Ankommen Wedding e.V."
    assert [(s.name, s.affiliation) for s in fields.speakers] == [("Abdelaziz Haroun Adam", "SC Ankommen Wedding e.V.")]


def test_near_miss_a_sentence_ending_after_a_name_loses_its_full_stop(rules: ExtractRules) -> None:
    body = ("Hi,\n\nWe would like to propose Abdelaziz Haroun Adam for the open discussion on 23 Feb.\n\nBest regards,\n"
            "Tarek Ghandour\nCoach, Wedding Youth Football Association.\n")
    assert run(message(body, from_="Tarek <t@example.org>"), rules).organisation == "Wedding Youth Football Association"
