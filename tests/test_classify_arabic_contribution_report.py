"""Families of the blind set 199 (helper H6): an Arabic report handed over as a contribution ("نرفق لكم مساهمة جمعية X
في الاستعراض"، "نرسل إليكم مساهمتنا"), as "please find attached our contribution" and "ci-joint notre contribution" are
read in English and French; with near misses that speak of contributing or ask how to send it."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail

_PAPER = (("ورقة_الرابطة.pdf", "application/pdf"),)


@pytest.mark.parametrize(("body", "category"), [
    ("السادة المحترمين،\n\nنرفق لكم مساهمة رابطة العمال المهاجرين في الاستعراض الإقليمي، وهي ورقة عن أوضاع العمال في "
     "قطاع البناء.\n\nمع التحية،\nهدى\n", "voluntary_report"),
    ("تحية طيبة،\n\nنرسل إليكم مساهمتنا في الاستعراض الإقليمي للاتفاق العالمي.\n\nكما نود ترشيح السيدة هدى سالم "
     "للمداخلة في المائدة المستديرة الثانية.\n\nمع الشكر،\nهدى\n", "both"),
])
def test_an_arabic_contribution_attached_is_a_report(ruleset: Ruleset, body: str, category: str) -> None:
    assert decide(ruleset, mail("الاستعراض الإقليمي", body, attachments=_PAPER)).category == category


# Near misses: being glad to contribute to a session, and asking how to send one's contribution, hand nothing over
@pytest.mark.parametrize("body", [
    "السادة المحترمين،\n\nيسعدنا المساهمة في النقاش المفتوح، ونرجو تسجيل السيدة هدى سالم للمداخلة فيه.\n\nمع التحية،\nهدى\n",
    "السادة المحترمين،\n\nهل نرسل لكم مساهمتنا بالعربية أم بالإنجليزية؟ ونرجو تسجيل السيدة هدى سالم للمداخلة في النقاش "
    "المفتوح.\n\nمع التحية،\nهدى\n",
])
def test_near_miss_contributing_or_asking_is_no_report(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("الاستعراض الإقليمي", body)).category == "speaker_request"
