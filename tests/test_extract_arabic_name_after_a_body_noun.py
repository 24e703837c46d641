"""A post written with the body's generic noun, then the person's name ("رئيسة الجمعية ليلى قاسم"): a given name
spelled like what a body is for ("لـ" and a noun: "ليلى", "لطفي", "لبنى") is the person's, not part of an organisation
("الجمعية ليلى"). Near miss: a real purpose after the same noun, which governs a noun of its own, stays the name."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import arabic_org
from tests.extracting import message, run


@pytest.mark.parametrize(("clause", "name"), [
    ("نكتب إليكم بتكليف من منسقة الرابطة لبنى حداد التي ترغب في المداخلة", "لبنى حداد"),
    ("وقد كلفنا نائب رئيس المنظمة لطفي بن عمر بإرسال هذا الطلب", "لطفي بن عمر"),
])
def test_a_name_after_the_generic_noun_names_no_body(clause: str, name: str, rules: ExtractRules) -> None:
    assert arabic_org(clause, rules) is None


def test_the_speaker_keeps_the_signature_body(rules: ExtractRules) -> None:
    body = ("السلام عليكم،\n\nبتكليف من نائبة رئيس الرابطة لبنى حداد، نرجو تسجيل مشاركتها في المائدة المستديرة "
            "الرابعة.\n\nمع الشكر،\nهشام الزين\nرابطة الأمل للمهاجرين\n")
    speaker = run(message(body), rules, language="ar").speakers[0]
    assert speaker.name == "لبنى حداد"
    assert speaker.affiliation in (None, "رابطة الأمل للمهاجرين")


# Near miss: what the body is for, a "لـ" word governing a noun, is still part of its name
@pytest.mark.parametrize(("clause", "org"), [
    ("تشارك الرابطة لحماية العمال المهاجرين في المؤتمر", "الرابطة لحماية العمال المهاجرين"),
    ("قدمت المنظمة لتنمية المرأة تقريرها", "المنظمة لتنمية المرأة"),
    ("جمعية لمسة وفاء للتنمية ترشح", "جمعية لمسة وفاء للتنمية"),
])
def test_near_miss_a_purpose_after_the_noun_stays(clause: str, org: str, rules: ExtractRules) -> None:
    assert arabic_org(clause, rules) == org
