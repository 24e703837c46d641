"""An Arabic name with a word that is also a post ("الأمين") before a family name that opens with a letter that is
also a preposition ("بابكر", "بلال", "لطفي"): the name goes on to the dash or the comma that ends it. A post word
followed by a preposition and the body it is held in ("الأمين بمكتب الهجرة") stays a title."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_LIST = ("تحية طيبة،\n\nتود شبكة الصيادين الساحلية المشاركة، ونرشح:\n"
         "١. السيدة سلمى الحسن – منسقة البرامج – جمعية الصيادين، للنقاش المفتوح.\n"
         "٢. {item}، للمائدة المستديرة الثانية.\n\nمع التحية\n")


@pytest.mark.parametrize(("item", "name"), [
    ("السيد عمر الأمين بلال – منسق الشبكة – شبكة الصيادين الساحلية", "عمر الأمين بلال"),
    ("الأستاذ أحمد الأمين لطفي، منسق الشبكة", "أحمد الأمين لطفي"),
])
def test_a_family_name_opening_like_a_preposition_ends_the_name(item: str, name: str, rules: ExtractRules) -> None:
    speakers = run(message(_LIST.format(item=item)), rules, language="ar").speakers
    assert [s.name for s in speakers] == ["سلمى الحسن", name]


def test_a_post_word_with_the_body_it_is_held_in_stays_a_title(rules: ExtractRules) -> None:
    item = "السيد كريم ناصر الأمين بمكتب الهجرة في الجمعية"
    speakers = run(message(_LIST.format(item=item)), rules, language="ar").speakers
    assert [(s.name, s.title) for s in speakers][1] == ("كريم ناصر", "الأمين بمكتب الهجرة")
