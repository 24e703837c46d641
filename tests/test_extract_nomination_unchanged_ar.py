"""A reply that changes one speaker and says another nomination stays as it was ("أما ترشيح رئيس الرابطة فيبقى كما
هو"): the sentence holds a nominating word, and the words after the post ("remains as it is") were read as a name,
inventing a speaker. "Remains" and "as" follow a post or a name, never part of it."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_prose import prose_speakers


@pytest.mark.parametrize("sentence", [
    "أما ترشيح أمينة الصندوق فيبقى كما هو.",
    "ويظل ترشيح مديرة المركز كما ورد في رسالتنا السابقة.",
])
def test_a_nomination_kept_as_it_was_names_no_one(sentence: str, rules: ExtractRules) -> None:
    cands, _ = prose_speakers(f"السادة الأفاضل،\n\n{sentence}\n", rules)
    assert [c.name for c in cands if c.name] == []


def test_the_replacement_in_the_same_reply_is_the_one_speaker(rules: ExtractRules) -> None:
    text = ("السادة الأفاضل،\n\nوترشح الجمعية بدلاً عنها السيدة نوال الحسن، منسقة الشباب، للمداخلة في المائدة المستديرة. "
            "أما ترشيح أمينة الصندوق فيبقى كما هو.\n")
    cands, _ = prose_speakers(text, rules)
    assert [(c.name, c.title) for c in cands if c.name] == [("نوال الحسن", "منسقة الشباب")]


def test_near_miss_a_name_that_begins_like_as_is_read(rules: ExtractRules) -> None:
    # "كمال" (Kamal) is a name word: only the whole word "كما" is not
    cands, _ = prose_speakers("نرشح السيد كمال يوسف، منسق الشباب، للمداخلة في المائدة المستديرة الثانية.\n", rules)
    assert [(c.name, c.title) for c in cands if c.name] == [("كمال يوسف", "منسق الشباب")]
