"""The Iraqi official form asks the speaker's name with the father's and the grandfather's and the family name
("الاسم الثلاثي واللقب: X", "الاسم الرباعي: Y"): that line names the speaker, not the secretary who signs the letter.
The same words inside a sentence ("سنرسل الاسم الرباعي للمتحدث لاحقاً") are no field."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FORM = ("تحية طيبة..\nيسر منظمة دجلة للإغاثة أن ترشح ممثلها للمشاركة وحسب البيانات أدناه:\n\n"
         "{label}: علي حسين كريم العبيدي\nالعنوان الوظيفي: مسؤول قسم الهجرة\nالجهة: منظمة دجلة للإغاثة\n"
         "نوع المشاركة المطلوبة: مداخلة في الجلسة العامة\n\nمع التقدير..\n\nسعاد جاسم محمد\nسكرتيرة المنظمة\n")


@pytest.mark.parametrize("label", ["الاسم الثلاثي واللقب", "الاسم الرباعي", "الاسم الرباعي واللقب"])
def test_the_full_name_field_names_the_speaker(label: str, rules: ExtractRules) -> None:
    speakers = run(message(_FORM.format(label=label)), rules, language="ar").speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == [("علي حسين كريم العبيدي", "مسؤول قسم الهجرة", ("plenary",))]


def test_the_words_in_a_sentence_are_no_field(rules: ExtractRules) -> None:
    body = ("تحية طيبة..\nنرغب في المشاركة بمداخلة في الجلسة العامة، وسنرسل الاسم الرباعي واللقب للمتحدث لاحقاً.\n\n"
            "مع التقدير..\n\nسعاد جاسم محمد\nسكرتيرة منظمة دجلة للإغاثة\n")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["سعاد جاسم محمد"]
