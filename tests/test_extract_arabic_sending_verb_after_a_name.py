"""An Arabic sentence that names on whose instructions the writer sends ("بتكليف من مديرة المركز X أبعث إليكم ...",
"بطلب من رئيس الجمعية Y نتقدم إليكم ..."): the verb of sending or writing after the name is no part of it, as "نرسل"
is not. "أقدم" is left alone: it is also "senior", a word of posts ("باحث أقدم")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_BODY = "السادة الكرام،\n\n{line} للمشاركة في الجلسة العامة.\n\nمع خالص التحية،\nهشام يوسف\nمرصد الهجرة والعمل\n"


@pytest.mark.parametrize(("line", "name", "title"), [
    ("بتكليف من مديرة المرصد ريم عبد الله أبعث إليكم طلبها", "ريم عبد الله", "مديرة المرصد"),
    ("بطلب من رئيس المرصد سمير داود نبعث لكم ترشيحه", "سمير داود", "رئيس المرصد"),
    ("بتكليف من منسقة البرامج هالة شريف أتقدم إليكم بطلبها", "هالة شريف", "منسقة البرامج"),
    ("بتوجيه من مدير المرصد فادي نجم أكتب إليكم بشأن ترشيحه", "فادي نجم", "مدير المرصد"),
])
def test_the_verb_of_sending_is_no_part_of_the_name(line: str, name: str, title: str, rules: ExtractRules) -> None:
    (speaker,) = run(message(_BODY.format(line=line), from_="Hisham Youssef <hy@example.org>"), rules,
                     language="ar").speakers
    assert (speaker.name, speaker.title, speaker.roles) == (name, title, ("plenary",))


def test_near_miss_senior_in_a_post_stays_in_the_title(rules: ExtractRules) -> None:
    line = "نرشح الدكتورة رنا خوري، باحث أقدم في مرصد الهجرة والعمل،"
    (speaker,) = run(message(_BODY.format(line=line), from_="Hisham Youssef <hy@example.org>"), rules,
                     language="ar").speakers
    assert (speaker.name, speaker.title) == ("رنا خوري", "باحث أقدم")
