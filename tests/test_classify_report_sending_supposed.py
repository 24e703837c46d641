"""A report only supposed to be sent, in a condition: "if we send the report after midnight, does it still count",
« si nous envoyons le rapport en anglais seulement », 'إذا نرسل التقرير بعد الموعد': a question before sending, no
report; with the near miss of a report that is handed over in the same words without the condition."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "Hello,\n\nOur team works late. If we send the report on the last day after midnight it still counts?\n\nOmar\n",
    "Bonjour,\n\nNotre traducteur est absent : si nous envoyons le rapport en anglais seulement, sera-t-il accepté ?\n\nOmar\n",
    "مرحبا،\n\nالكهرباء تنقطع عندنا كثيرا، إذا نرسل التقرير بعد منتصف الليل، هل يقبل؟\n\nعمر\n",
])
def test_a_sending_in_a_condition_hands_no_report_over(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Question", body)).category == "other"


@pytest.mark.parametrize("body", [
    "Hello,\n\nAs agreed we send the report of our network for the regional review, attached.\n\nOmar\n",
    "Bonjour,\n\nComme convenu, nous vous envoyons le rapport de notre réseau pour l'examen régional.\n\nOmar\n",
])
def test_near_miss_the_same_sending_without_a_condition(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("GCM", body)).category == "voluntary_report"
