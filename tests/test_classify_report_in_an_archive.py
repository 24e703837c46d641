"""A report packed in an archive, nothing else attached ("the report is the PDF inside the zip", « le rapport est dans
l'archive jointe », "التقرير داخل الملف المضغوط"): the archive, as sent, is the report's file; with a near miss: an
archive beside a report document is not."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nPlease find attached our voluntary report; it is the PDF inside the zip, with its annexes.\n\nKarim\n",
    "Bonjour,\n\nVeuillez trouver ci-joint notre rapport volontaire, compressé avec ses annexes.\n\nKarim\n",
    "تحية طيبة\n\nمرفق تقريرنا الطوعي في ملف مضغوط مع الملاحق.\n\nكريم\n",
])
def test_an_archive_alone_is_the_report(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Voluntary report", body, attachments=[("Report and annexes.zip", "application/zip")]))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ("Report and annexes.zip",)


def test_near_miss_an_archive_beside_the_report_document(ruleset: Ruleset) -> None:
    body = "Dear colleagues,\n\nPlease find attached our voluntary report, and our photos in the zip.\n\nKarim\n"
    raw = mail("Voluntary report", body, attachments=[("Report.pdf", "application/pdf"), ("Photos.zip", "application/zip")])
    assert decide(ruleset, raw).report_attachments == ("Report.pdf",)
