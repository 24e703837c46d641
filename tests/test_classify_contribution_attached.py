"""A contribution handed over with 'attached' right before it: "attached is the contribution of X to the review",
« ci-joint la contribution de Y », "مرفق لحضراتكم مساهمة شركة Z": a voluntary report; with near misses that attach a
contribution form, or speak of a financial contribution."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "Dear all,\n\nAttached is the contribution of Sahara Money Transfer to the regional review, on remittance costs.\n\nOmar\n",
    "Bonjour,\n\nCi-joint la contribution de notre coopérative à l'examen régional.\n\nOmar\n",
    "تحية طيبة،\n\nمرفق لسيادتكم مساهمة جمعية الأمل في الاستعراض الإقليمي حول العمالة الموسمية.\n\nعمر\n",
    "مرحبا، تجدون مساهمتنا في المرفق\n\nعمر\n",
])
def test_an_attached_contribution_is_a_report(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Contribution", body)).category == "voluntary_report"


@pytest.mark.parametrize("body", [
    "Dear all,\n\nAttached is the contribution form you asked us to fill, with two questions.\n\nOmar\n",
    "Bonjour,\n\nCi-joint la contribution financière promise pour la pause-café.\n\nOmar\n",
    "تحية طيبة،\n\nمرفق استمارة المساهمة التي طلبتموها، ولدينا سؤال عنها.\n\nعمر\n",
    "مرفق مساهمة مالية لتغطية تكاليف الضيافة\n\nعمر\n",
])
def test_near_miss_a_contribution_form_or_money(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Contribution", body)).category != "voluntary_report"
