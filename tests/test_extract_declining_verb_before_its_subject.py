"""An Arabic verb of declining written before its subject ("تعتذر السيدة X عن المشاركة، ونرشح بدلاً عنها السيد Y"):
the person after it withdraws, as after "لن يتمكن"; only the replacement speaks (the withdrawn one was kept, with the
title "عن المشاركة"). Near misses: the writers' own apology ("نعتذر عن التأخير") withdraws no one."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_SIGNED = "\n\nمع التحية،\nسامي خوري\nجمعية النور للتنمية\n"


def _names(sentence: str, rules: ExtractRules) -> list[str | None]:
    body = f"السادة الأعزاء،\n\n{sentence}{_SIGNED}"
    return [s.name for s in run(message(body, from_="Sami <sami@example.org>"), rules, language="ar").speakers]


@pytest.mark.parametrize(("sentence", "named"), [
    ("تعتذر الأستاذة رنا خليل عن المشاركة، ونقترح بدلاً منها السيد مازن عودة للمداخلة في المائدة المستديرة الأولى.",
     "مازن عودة"),
    ("اعتذر الدكتور سامر نصار عن الحضور، وسيشارك بدلاً منه الأستاذ كمال حداد في الجلسة العامة.", "كمال حداد"),
    ("ويعتذر السيد فادي غانم عن التحدث في النقاش المفتوح، ونرشح عوضاً عنه السيدة لينا شهاب.", "لينا شهاب"),
])
def test_the_declining_verb_before_its_subject_withdraws_them(sentence: str, named: str, rules: ExtractRules) -> None:
    assert _names(sentence, rules) == [named]


@pytest.mark.parametrize("sentence", [
    "نعتذر عن التأخير، ونرشح السيدة لينا شهاب للمداخلة في المائدة المستديرة الثالثة.",
    "نرشح السيدة لينا شهاب للمداخلة في المائدة المستديرة الثالثة، ونعتذر عن التأخير في الرد.",
])
def test_our_own_apology_withdraws_no_one(sentence: str, rules: ExtractRules) -> None:
    assert _names(sentence, rules) == ["لينا شهاب"]
