"""A report written by hand or printed, then photographed page by page, comes as pictures only ("here is our report,
we took photos of the pages", « voici notre rapport en photos », "هذا تقريرنا، صورنا صفحاته"): the pictures are the
report's files; with near misses: a picture beside a report document, a logo the HTML body shows, a picture named
as a logo."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "Hello,\n\nHere is our report for the GCM review. We have no scanner, so we took photos of the pages.\n\nSara\n",
    "Bonjour,\n\nVoici notre rapport pour l'examen régional, en photos, page par page.\n\nSara\n",
    "مرحبا\n\nهذا تقريرنا للمراجعة الإقليمية، صورنا صفحاته بالموبايل.\n\nسارة\n",
])
def test_pictures_alone_are_the_pages_of_the_report(ruleset: Ruleset, body: str) -> None:
    pages = [("page-1.jpg", "image/jpeg"), ("page-2.jpg", "image/jpeg")]
    decision = decide(ruleset, mail("Report", body, attachments=pages))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ("page-1.jpg", "page-2.jpg")


_BODY = "Hello,\n\nHere is our report for the GCM review.\n\nSara\n"


def test_near_miss_a_picture_beside_a_report_document(ruleset: Ruleset) -> None:
    raw = mail("Report", _BODY, attachments=[("Report 2021.pdf", "application/pdf"), ("workshop.jpg", "image/jpeg")])
    assert decide(ruleset, raw).report_attachments == ("Report 2021.pdf",)


def test_near_miss_a_logo_the_html_body_shows(ruleset: Ruleset) -> None:
    decision = decide(ruleset, mail("Report", _BODY, inline=[("image001.png", "image/png")]))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ()


@pytest.mark.parametrize("name", ["logo.png", "Signature Sara.jpg", "شعار الجمعية.png"])
def test_near_miss_a_picture_named_as_a_logo(ruleset: Ruleset, name: str) -> None:
    decision = decide(ruleset, mail("Report", _BODY, attachments=[(name, "image/png")]))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ()
