"""A speaking part asked for someone named after "for" ("We would like to request a floor intervention in a plenary
session for Councillor X, Chairperson of Y"): the person named is the speaker, not the sender who signs; with near
misses where "for" leads to the body or the session, which leave the sender."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_SIGNED = "\n\nBest regards,\n\nAbdi Yusuf\nDirector of Planning\nHargeisa Local Council"


@pytest.mark.parametrize("sentence", [
    "We would like to request a floor intervention in a plenary session of the Conference on 24-25 February for "
    "Councillor Kaltun Ismail Jama, Chairperson of the Social Affairs Committee.",
    "We would like to request a floor intervention in the plenary for Kaltun Ismail Jama, Chairperson of the Social "
    "Affairs Committee.",
])
def test_the_person_a_slot_is_asked_for_speaks(sentence: str, rules: ExtractRules) -> None:
    fields = run(message(f"Dear Colleagues,\n\n{sentence}{_SIGNED}", from_="Abdi Yusuf <abdi@example.org>"), rules)
    assert [(sp.name, sp.title) for sp in fields.speakers] == [("Kaltun Ismail Jama", "Chairperson of the Social Affairs Committee")]


@pytest.mark.parametrize("sentence", [
    "We would like to request a speaking slot for our council in the plenary.",
    "We would like to request an intervention for the plenary session on 24 February.",
])
def test_near_miss_a_slot_for_the_body_or_the_session(sentence: str, rules: ExtractRules) -> None:
    fields = run(message(f"Dear Colleagues,\n\n{sentence}{_SIGNED}", from_="Abdi Yusuf <abdi@example.org>"), rules)
    assert [sp.name for sp in fields.speakers] == ["Abdi Yusuf"]
