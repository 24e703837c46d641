"""Families of the blind sets (session 28, J2): a body's name followed by "و" and the writer's wish in dialect, the
writers' own body named where "we" made what they send, and a web address alone on a signature line. Each with a near
miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# A run-on dialect sentence goes on from the body's name with "و" and what the writer wants ("... بجمعية X وحابب شارك",
# "... برابطة Y وبدي احكي", "... بمؤسسة Z وعايزة اتكلم"): the wish is no part of the name
@pytest.mark.parametrize(("body", "affiliation"), [
    ("مرحبا انا سامر خوري منسق المشاريع بجمعية الندى للشباب وحابب شارك بالنقاش المفتوح اذا في مجال\n\nسامر",
     "جمعية الندى للشباب"),
    ("مرحبا انا هالة عيسى مسؤولة التواصل برابطة العمال المهاجرين وبدي احكي بالنقاش المفتوح\n\nهالة",
     "رابطة العمال المهاجرين"),
    ("ازيكم انا منى سعيد مديرة البرامج بمؤسسة الطريق للتنمية وعايزة اتكلم في النقاش المفتوح\n\nمنى",
     "مؤسسة الطريق للتنمية"),
])
def test_a_dialect_wish_after_the_body(body: str, affiliation: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == affiliation


# Near miss: "و" joining a second word of the name ("للشباب والتنمية") goes on naming the body
def test_near_miss_a_name_joined_by_and(rules: ExtractRules) -> None:
    body = "مرحبا انا سامر خوري منسق المشاريع بجمعية الندى للشباب والتنمية وحابب شارك بالنقاش المفتوح\n\nسامر"
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == "جمعية الندى للشباب والتنمية"
