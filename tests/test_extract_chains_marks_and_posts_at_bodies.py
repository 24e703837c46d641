"""Families of the blind sets (session 35): a Gulf name chain with "بن" read whole and ended by where the person is to
be put ("إدراج م. راشد بن ناصر بن علي الغافري ضمن المتحدثين"); the Iraqi "الحجي" as a form of address; a roundtable
number bracketed after its mark ("رقم (3)") or after the Tunisian mark "عدد"; a post held at the body that is the
person's organisation written without it ("طالبة ماجستير ... بكلية X" at "كلية X"); and a slot requested for "our"
post and name ("for our co-founder and treasurer X"), not for a post alone whose name the signature gives."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("sentence", "name", "roundtable"), [
    ("نأمل التكرم بإدراج عضو مجلس الإدارة م. راشد بن ناصر بن علي الغافري ضمن المتحدثين في المائدة المستديرة رقم (2)، "
     "للحديث عن تجربة الشركات الصغيرة.", "راشد بن ناصر بن علي الغافري", 2),
    ("نرشح الحجي كاظم جاسم محمد الكرعاوي، رئيس الهيئة الإدارية، للمداخلة في الطاولة المستديرة عدد 3.",
     "كاظم جاسم محمد الكرعاوي", 3),
])
def test_name_chains_and_bracketed_or_tunisian_marks(rules: ExtractRules, sentence: str, name: str,
                                                     roundtable: int) -> None:
    fields = run(message(f"السلام عليكم\n\n{sentence}\n\nهلال"), rules, language="ar")
    assert [(s.name, s.roundtable) for s in fields.speakers] == [(name, roundtable)]


def test_a_post_without_the_body_that_is_the_affiliation(rules: ExtractRules) -> None:
    body = ("عسلامة،\n\nأنا إيناس الهمامي، طالبة ماجستير في الجغرافيا البشرية بكلية الآداب والفنون والإنسانيات بمنوبة.\n\n"
            "نتمنى نشارك كمتدخلة في الطاولة المستديرة عدد 2.\n\nإيناس")
    fields = run(message(body, from_="Ines <ines@example.org>"), rules, language="ar")
    assert [(s.title, s.affiliation, s.roundtable) for s in fields.speakers] == [
        ("طالبة ماجستير في الجغرافيا البشرية", "كلية الآداب والفنون والإنسانيات بمنوبة", 2)]


_SIGNED = "\n\nThanks,\n\nHaneen Ajlouni\nOutreach Coordinator | Bayader Refugee-Led Network (BRLN)"


@pytest.mark.parametrize(("request_", "speaker"), [
    ("We would like to request a floor intervention in roundtable two for our co-founder and treasurer Yazan "
     "Fawwaz Al-Droubi (يزن فواز الدروبي). Yazan came from Tall Kalakh in 2014.",
     ("Yazan Fawwaz Al-Droubi", "co-founder and treasurer", 2)),
    # the post alone: the signature names who holds it
    ("We also wish to request a speaking role for our Outreach Coordinator as rapporteur.",
     ("Haneen Ajlouni", "Outreach Coordinator", None)),
])
def test_a_slot_requested_for_our_post_and_name(rules: ExtractRules, request_: str, speaker: tuple) -> None:
    fields = run(message(f"Dear colleagues,\n\n{request_}{_SIGNED}"), rules)
    assert [(s.name, s.title, s.roundtable) for s in fields.speakers] == [speaker]
