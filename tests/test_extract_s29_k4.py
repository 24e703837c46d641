"""Families of the blind sets (session 29, K4): the body's seat written after its name. With near misses left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
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
