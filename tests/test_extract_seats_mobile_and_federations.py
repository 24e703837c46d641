"""Families of the blind sets (session 29, K4): the body's seat written after its name, "mobile" in a body's name
read as a contact label, and the Maghreb's "الاتحادية" (federation) as an organisation word. Each with a near miss
left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_values import is_noise
from tests.extracting import message, run


# Where inside the body the person sits, written after its name: its seat, head office or main branch ("بالمركز
# الرئيسي", "بالمقر", "- المكتب الرئيسي", "X, Head Office", "X (siège)"): no part of the affiliation
@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("ar", "تحية طيبة،\n\nالاسم: منى الزعبي\nالصفة: منسقة المشاريع\nالجهة: مؤسسة الغد للتنمية بالمركز الرئيسي\n"
     "المشاركة: الجلسة العامة\n", "مؤسسة الغد للتنمية"),
    ("ar", "تحية طيبة،\n\nأنا منى الزعبي، منسقة المشاريع بمؤسسة الغد للتنمية بالمقر، وأود المشاركة في الجلسة العامة.\n\n"
     "منى\n", "مؤسسة الغد للتنمية"),
    ("ar", "تحية طيبة،\n\nأود المشاركة في الجلسة العامة.\n\nمع التحية،\n\nمنى الزعبي\nمنسقة المشاريع\n"
     "مؤسسة الغد للتنمية - المركز الرئيسي\n", "مؤسسة الغد للتنمية"),
    ("en", "Hello,\n\nName: Mona Zoubi\nTitle: Project Coordinator\nOrganisation: Ghad Development Foundation, Head Office\n"
     "Role: plenary\n", "Ghad Development Foundation"),
    ("fr", "Bonjour,\n\nNom : Mona Zoubi\nFonction : Coordinatrice de projets\nOrganisation : Fondation Ghad (siège)\n"
     "Rôle : plénière\n", "Fondation Ghad"),
])
def test_the_bodys_seat_is_no_part_of_its_name(rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.affiliation == affiliation


# Near misses: a body the unit belongs to ("بالمركز الوطني للبحوث"), a branch named by its town ("- فرع حلب") and a
# town glued with "ب" (an open convention) are read as before
@pytest.mark.parametrize(("body", "affiliation"), [
    ("تحية طيبة،\n\nالاسم: منى الزعبي\nالصفة: باحثة\nالجهة: مختبر الهجرة بالمركز الوطني للبحوث\n"
     "المشاركة: الجلسة العامة\n", "مختبر الهجرة بالمركز الوطني للبحوث"),
    ("تحية طيبة،\n\nأود المشاركة في الجلسة العامة.\n\nمع التحية،\n\nمنى الزعبي\nمنسقة المشاريع\n"
     "مؤسسة الغد للتنمية - فرع حلب\n", "مؤسسة الغد للتنمية - فرع حلب"),
    ("تحية طيبة،\n\nأنا منى الزعبي، منسقة المشاريع بمؤسسة الغد للتنمية بصفاقس، وأود المشاركة في الجلسة العامة.\n\n"
     "منى\n", "مؤسسة الغد للتنمية بصفاقس"),
])
def test_near_miss_a_body_branch_or_town_after_the_name(rules: ExtractRules, body: str, affiliation: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == affiliation


# "Mobile" in a body's name ("Oasis Mobile Clinic", "Clinique mobile Oasis", the English half of a bilingual line) is
# no contact label: the signature line names the body
@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("en", "Hello,\n\nI would like to speak at the plenary.\n\nBest,\nKarim Saad\nNurse\nOasis Mobile Clinic\n",
     "Oasis Mobile Clinic"),
    ("fr", "Bonjour,\n\nJe souhaite intervenir en plénière.\n\nCordialement,\nKarim Saad\nInfirmier\nClinique mobile Oasis\n",
     "Clinique mobile Oasis"),
    ("ar", "مرحبا\n\nبدي احكي بالجلسة العامة.\n\n--\nكريم سعد | Karim Saad\nممرض | Nurse\n"
     "عيادة الواحة المتنقلة | Oasis Mobile Clinic\n", "عيادة الواحة المتنقلة"),
])
def test_mobile_in_a_bodys_name_is_no_contact_label(rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.affiliation == affiliation


# Near miss: "Mobile" before its number or another label is still a contact line
@pytest.mark.parametrize("line", ["Mobile: +961 3 123 456", "Mobile / WhatsApp 03 123 456", "Mobile", "mobile phone 0933 123"])
def test_near_miss_mobile_as_a_label(rules: ExtractRules, line: str) -> None:
    assert is_noise(line, rules)


# "الاتحادية" (the Maghreb's word for a federation) names a body: the federation that sends the message is the
# affiliation of the member it proposes by reference ("الأخ X", no title)
def test_a_federation_named_ittihadiya(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nنرسل لكم التقرير الطوعي ديال الاتحادية الوطنية لعمال البناء، ونقترحو الأخ أحمد ولد سالم "
            "ليكون مقرر ويقدم الرسائل الرئيسية.\n\nالاتحادية الوطنية لعمال البناء\n")
    speaker, = run(message(body), rules, category="both", language="ar").speakers
    assert speaker.affiliation == "الاتحادية الوطنية لعمال البناء"


# Near miss: "الاتحادية" as the adjective "federal" after a ministry stays part of that ministry's name
def test_near_miss_federal_as_an_adjective(rules: ExtractRules) -> None:
    body = ("تحية طيبة،\n\nالاسم: أحمد سالم\nالصفة: مستشار قانوني\nالجهة: وزارة العدل الاتحادية\n"
            "المشاركة: الجلسة العامة\n")
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == "وزارة العدل الاتحادية"
