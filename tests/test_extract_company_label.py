"""The company as a private-sector speaker's form line gives it ("الشركة: شركة X", « Entreprise : Y »), as "Company:"
already did: the affiliation; a near miss keeps a line that only mentions a company in a sentence out of it."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("أود المشاركة بمداخلة في الجلسة العامة.\n\nالاسم: رنا الخطيب\nالوظيفة: مديرة المخاطر\nالشركة: شركة النخيل للتحويلات المالية\n\nرنا\n",
     "ar", ("رنا الخطيب", "مديرة المخاطر", "شركة النخيل للتحويلات المالية")),
    ("Je souhaite intervenir en plénière.\n\nNom : Rana Khatib\nFonction : directrice des risques\nEntreprise : Palmeraie Transferts SA\n\nRana\n",
     "fr", ("Rana Khatib", "directrice des risques", "Palmeraie Transferts SA")),
])
def test_a_company_line_is_the_affiliation(body: str, language: str, expected: tuple[str, str, str],
                                           rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_near_miss_a_company_named_in_a_sentence_is_no_label(rules: ExtractRules) -> None:
    body = ("أود المشاركة بمداخلة في الجلسة العامة.\n\nالاسم: رنا الخطيب\nالوظيفة: مديرة المخاطر\n"
            "الشركة التي أعمل فيها صغيرة ولا تحتاج إلى ذكر\n\nرنا\n")
    fields = run(message(body), rules, language="ar")
    assert [s.affiliation for s in fields.speakers] != ["صغيرة ولا تحتاج إلى ذكر"]
