"""A post written before the name with the colloquial "our" after it ("المنسق ديالنا X", "المديرة بتاعتنا Y",
"المنسقة تبعنا Z") also after a form of address ("الأخ المنسق ديالنا X", as "Madame la Directrice Z"):
the possessive and the form of address are neither the name nor the title; the Maghrebi "do" of "يدير مداخلة" (give
a talk) ends the name."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("كنقترحو الأخت المنسقة ديالنا خديجة الوزاني تدير مداخلة فالمائدة المستديرة الثانية.", "خديجة الوزاني", "المنسقة"),
    ("بدنا نرشح المسؤولة تبعنا رنا خوري تحكي بالمائدة المستديرة الثانية.", "رنا خوري", "المسؤولة"),
    ("بنرشح المدير بتاعنا حسن عبد العال يتكلم في المائدة المستديرة الثانية.", "حسن عبد العال", "المدير"),
    ("نقترح السيدة المديرة ديالنا سلوى قاسم للمشاركة في المائدة المستديرة الثانية.", "سلوى قاسم", "المديرة"),
])
def test_a_post_with_our_or_an_address_before_the_name(sentence: str, name: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(f"السلام عليكم\n{sentence}\n\nمريم"), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == (name, title, 2)


# Near misses: "our" after a post with no name after it names nobody; a form of address before a name with no post
# keeps the name whole
def test_near_miss_our_post_without_a_name(rules: ExtractRules) -> None:
    body = "السلام عليكم\nكنقترحو المنسق ديالنا يدير مداخلة فالمائدة المستديرة الثانية.\n\nمريم"
    assert not [s.name for s in run(message(body), rules, language="ar").speakers if s.name]


def test_near_miss_an_address_without_a_post(rules: ExtractRules) -> None:
    body = "السلام عليكم\nنقترح الأخ المنصف العياري للمشاركة في المائدة المستديرة الثانية.\n\nمريم"
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == ("المنصف العياري", None)


# Near miss: an address and a post with no "our" and no name after them ("نحيل إليكم طلب سعادة الملحق العمالي بشأن
# المشاركة"): what the request is about is no name
def test_near_miss_an_address_and_a_post_without_a_name(rules: ExtractRules) -> None:
    body = "السلام عليكم\nنحيل إليكم طلب سعادة المستشار الثقافي بخصوص المشاركة في الجلسة العامة.\n\nمريم"
    assert not [s.name for s in run(message(body), rules, language="ar").speakers if s.name]

