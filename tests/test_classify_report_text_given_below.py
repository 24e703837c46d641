"""The text of the report or contribution handed over below, in the body, when the file could not be attached: a
voluntary report (LABELS.md: a report in the body has no report file); with near misses that give below comments on,
or questions about, the report, or the text of something else."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "Our PDF bounced twice, so we reproduce below the full text of our voluntary report.\n\n1. Context\nWe run shelters.\n",
    "Le fichier étant trop lourd, nous vous communiquons ci-dessous le texte intégral de notre contribution.\n\nContexte\n",
    "لتعذر إرسال الملف، ننقل إليكم فيما يلي النص الكامل لمساهمتنا في الاستعراض:\n\nأولاً: السياق\n",
    "نوافيكم فيما يلي نص تقريرنا الطوعي\n\nثانياً: التحديات\n",
])
def test_the_text_of_the_report_below_is_a_report(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Submission", body)).category == "voluntary_report"


@pytest.mark.parametrize("body", [
    "We set out below our comments on the text of the report you circulated.\n\nMaya\n",
    "ننقل إليكم فيما يلي ملاحظاتنا على مسودة التقرير الإقليمي\n\nمايا\n",
    "ننقل إليكم فيما يلي نص الرسالة التي وصلتنا من الوزارة\n\nمايا\n",
])
def test_near_miss_text_below_that_is_not_the_report(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Submission", body)).category != "voluntary_report"
