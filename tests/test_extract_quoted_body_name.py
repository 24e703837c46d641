"""The writers' body named in quotes after a word that calls it or where "we" work, with words between ('عاملين مع
بعض حاجة اسمها "X"', 'عم نشتغل من ٢٠١٩ بـ"Y" (ACR)', 'a group called "Z"', 'un collectif qui s'appelle « W »'), and
the body the people listed come from, named in the line that announces them ("نرجو تسجيل المتحدثين التاليين من جمعية
X:"): the speakers' affiliation when nothing else names one."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_prose import self_introduced
from tests.extracting import message, run


@pytest.mark.parametrize(("text", "org"), [
    ('احنا عمال بناء من مصر، شغالين مع بعض في مجموعة اسمها "رابطة عمال البناء المصريين" من سنتين.',
     "رابطة عمال البناء المصريين"),
    ("عم نشتغل سوا من ٢٠١٩ بـ«تجمّع عمال النظافة المهاجرين» (CMCW) بصيدا.", "تجمّع عمال النظافة المهاجرين (CMCW)"),
    ('We are nurses from Kerala in a small group called "Kerala Nurses Forum" here in Kuwait.', "Kerala Nurses Forum"),
    ("Nous sommes des étudiantes, dans un groupe qui s'appelle « Collectif des Étudiantes Migrantes » à Rabat.",
     "Collectif des Étudiantes Migrantes"),
    ("نرجو تسجيل المتحدثين التاليين من جمعية الصيادين الحرفيين في صفاقس:", "جمعية الصيادين الحرفيين"),
])
def test_the_body_named(text: str, org: str, rules: ExtractRules) -> None:
    assert self_introduced(text, rules, {}) == org


# Near misses: a quoted title that names no body, a body "we" work with (a partner), speakers from no body
@pytest.mark.parametrize("text", [
    'We wrote a short report called "Invisible Hands" last year.',
    'كتبنا تقرير اسمه "الأيادي الخفية" السنة الماضية.',
    'احنا عمال، منشتغل مع "جمعية الندى" بالمخيم.',
    "نرجو تسجيل المتحدثين التاليين من بين أعضائنا:",
])
def test_near_miss_no_body_of_ours(text: str, rules: ExtractRules) -> None:
    assert self_introduced(text, rules, {}) is None


def test_listed_speakers_take_the_quoted_body(rules: ExtractRules) -> None:
    body = ('السلام عليكم\nنحنا عاملات بالبيوت، عاملين مع بعض حاجة اسمها "مبادرة عاملات السودان"، ما مسجلة رسمي.\n'
            "سمعنا بالمؤتمر ودايرين نشارك:\n\n"
            "١- فاطمة موسى، منسقة المبادرة، دايرة تتكلم في المائدة المستديرة الثالثة\n"
            "٢- نور الدين، عضوة، مداخلة قصيرة في الجلسة العامة\n\nفاطمة")
    speakers = run(message(body), rules, language="ar").speakers
    assert [s.affiliation for s in speakers] == ["مبادرة عاملات السودان"] * 2
