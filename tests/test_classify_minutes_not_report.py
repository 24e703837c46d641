"""The minutes of a meeting ('Minutes of the AGM.pdf', 'PV du conseil d'administration.pdf', 'محضر اجتماع الهيئة
العامة.pdf'), sent by mistake or for information, are the record of a meeting, not the report: nothing to file when they
come alone; with near misses: the report document beside them is filed, and a lecture ('محاضرة') is no minutes."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize(("subject", "body", "name"), [
    ("Voluntary report", "Dear colleagues,\n\nPlease find attached our voluntary report on the implementation of the GCM.\n\nOmar\n",
     "Minutes of the Annual General Meeting 2020.pdf"),
    ("Rapport volontaire", "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport volontaire.\n\nOmar\n",
     "PV conseil d'administration 12-2020.pdf"),
    ("Rapport volontaire", "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport volontaire.\n\nOmar\n",
     "Procès-verbal_AG.docx"),
    ("التقرير الطوعي", "تحية طيبة\n\nمرفق التقرير الطوعي لجمعيتنا.\n\nعمر\n", "محضر اجتماع الهيئة العامة.pdf"),
])
def test_minutes_are_not_the_report(ruleset: Ruleset, subject: str, body: str, name: str) -> None:
    ctype = "application/pdf" if name.endswith(".pdf") else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    decision = decide(ruleset, mail(subject, body, attachments=[(name, ctype)]))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ()


def test_near_miss_the_report_beside_the_minutes(ruleset: Ruleset) -> None:
    body = "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport volontaire et, pour information, le PV de notre AG.\n\nOmar\n"
    raw = mail("Rapport volontaire", body, attachments=[("Rapport volontaire 2021.pdf", "application/pdf"),
                                                        ("PV AG 2020.pdf", "application/pdf")])
    assert decide(ruleset, raw).report_attachments == ("Rapport volontaire 2021.pdf",)


def test_near_miss_a_lecture_is_no_minutes(ruleset: Ruleset) -> None:
    body = "تحية طيبة\n\nمرفق التقرير الطوعي لجمعيتنا، وهو مبني على محاضرة ألقيناها.\n\nعمر\n"
    raw = mail("التقرير الطوعي", body, attachments=[("التقرير الطوعي - محاضرة الهجرة.pdf", "application/pdf")])
    assert decide(ruleset, raw).report_attachments == ("التقرير الطوعي - محاضرة الهجرة.pdf",)
