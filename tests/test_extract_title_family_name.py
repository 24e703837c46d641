"""An Arabic family name that is also a title word ("الأمين"), last on the line that names the person, is the name's."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message as _mail
from tests.extracting import run as _run


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("نرشح للنقاش المفتوح:\n\nد. هشام عادل الأمين\nباحث رئيسي بقسم الدراسات، مركز النيل للدراسات\n",
         "هشام عادل الأمين", "باحث رئيسي بقسم الدراسات"),
        ("نقترح للمائدة المستديرة الثالثة:\nالأستاذة منى خالد الأمين\nمنسقة البرامج في جمعية الفجر\n",
         "منى خالد الأمين", "منسقة البرامج"),
    ],
)
def test_a_title_word_ending_the_name_line_is_the_family_name(rules: ExtractRules, body: str, name: str,
                                                              title: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert (s.name, s.title) == (name, title)


def test_the_title_with_its_complement_stays_a_title(rules: ExtractRules) -> None:
    body = "نرشح السيد هشام عادل الأمين العام للجمعية للمائدة المستديرة الثانية.\n"
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert (s.name, s.title) == ("هشام عادل", "الأمين العام")
