"""Families of the blind sets (session 35): a Gulf name chain with "بن" read whole and ended by where the person is to
be put ("إدراج م. خالد بن سالم بن حمد المقبالي ضمن المتحدثين"); the Iraqi "الحجي" as a form of address; a roundtable
number bracketed after its mark ("رقم (3)") or after the Tunisian mark "عدد"; a post held at the body that is the
person's organisation written without it ("طالبة ماجستير ... بكلية X" at "كلية X"); and a slot requested for "our"
post and name ("for our co-founder and board member X"), not for a post alone whose name the signature gives."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("sentence", "name", "roundtable"), [
    ("نرجو التكرم بإدراج رئيس اللجنة م. خالد بن سالم بن حمد المقبالي ضمن المتحدثين في المائدة المستديرة رقم (3)، لعرض "
     "تجربة القطاع الخاص.", "خالد بن سالم بن حمد المقبالي", 3),
    ("نرشح الحجي صالح حسين علي الجبوري، رئيس اللجنة، للمداخلة في الطاولة المستديرة عدد 1.", "صالح حسين علي الجبوري", 1),
])
def test_name_chains_and_bracketed_or_tunisian_marks(rules: ExtractRules, sentence: str, name: str,
                                                     roundtable: int) -> None:
    fields = run(message(f"السلام عليكم\n\n{sentence}\n\nسعيد"), rules, language="ar")
    assert [(s.name, s.roundtable) for s in fields.speakers] == [(name, roundtable)]


def test_a_post_without_the_body_that_is_the_affiliation(rules: ExtractRules) -> None:
    body = ("عسلامة،\n\nأنا ملاك الشعري، طالبة ماجستير بحث في علم اجتماع الهجرة بكلية الآداب والعلوم الإنسانية بصفاقس.\n\n"
            "نحب نشارك كمتدخلة في الطاولة المستديرة عدد 1.\n\nملاك")
    fields = run(message(body, from_="Malek <malek@example.org>"), rules, language="ar")
    assert [(s.title, s.affiliation, s.roundtable) for s in fields.speakers] == [
        ("طالبة ماجستير بحث في علم اجتماع الهجرة", "كلية الآداب والعلوم الإنسانية بصفاقس", 1)]


_SIGNED = "\n\nThanks,\n\nLubna Hijazi\nProgramme Coordinator | Rawasi Refugee-Led Organisation (RRLO)"


@pytest.mark.parametrize(("request_", "speaker"), [
    ("We would like to request a floor intervention in roundtable three for our co-founder and board member Omar "
     "Yaseen Al-Masalmeh (عمر ياسين المسالمة). Omar arrived from Daraa in 2013.",
     ("Omar Yaseen Al-Masalmeh", "co-founder and board member", 3)),
    # the post alone: the signature names who holds it
    ("Also we would like to request a speaking role for our Programme Coordinator as rapporteur.",
     ("Lubna Hijazi", "Programme Coordinator", None)),
])
def test_a_slot_requested_for_our_post_and_name(rules: ExtractRules, request_: str, speaker: tuple) -> None:
    fields = run(message(f"Dear colleagues,\n\n{request_}{_SIGNED}"), rules)
    assert [(s.name, s.title, s.roundtable) for s in fields.speakers] == [speaker]
