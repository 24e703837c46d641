"""A person's post announced after their name with "his/her post" ("الست ريما صفتها مديرة ...", "الأستاذ X منصبه ..."):
the word is no part of a name, and the sentence names no second person."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import load_rules, message, run


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


@pytest.mark.parametrize(("sentence", "title"), [
    ("الست ريما صفتها مديرة جمعية نساء الجنوب.", "مديرة"),
    ("الأستاذة ريما منصبها منسقة البرامج في جمعية نساء الجنوب.", "منسقة البرامج"),
])
def test_a_post_announced_after_a_given_name_names_no_second_person(rules: ExtractRules, sentence: str, title: str) -> None:
    body = f"مسا الخير،\n\nحابين نسجل الأستاذة ريما خوري لتحكي بالطاولة المستديرة رقم ٢.\n\n{sentence}\n\nشكرا\nسامي"
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in speakers] == [("ريما خوري", title)]


def test_near_miss_a_second_person_named_in_full_is_still_read(rules: ExtractRules) -> None:
    body = ("مسا الخير،\n\nحابين نسجل الأستاذة ريما خوري والأستاذ سامر حداد ليحكوا بالطاولة المستديرة رقم ٢.\n\n"
            "شكرا\nسامي")
    speakers = run(message(body), rules, language="ar").speakers
    assert [s.name for s in speakers] == ["ريما خوري", "سامر حداد"]
