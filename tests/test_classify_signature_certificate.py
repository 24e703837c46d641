"""The certificate an e-signature service puts beside the signed document ('Certificate Of Completion' with its envelope
number, « Certificat d'achèvement », 'شهادة الإتمام'): the record of the signing, never part of the report; with near
misses: a report that tells in a sentence how it was signed, and one whose only signing trace is a signature page."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import PDF, decide, mail

REPORT = "Voluntary GCM Review Report\nNetwork of Migrant Workers' Associations\nObjective 6: fair recruitment\n"
BODIES = {
    "en": "Dear colleagues,\n\nPlease find attached our voluntary report, now signed by all member organisations.\n\nSalma\n",
    "fr": "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport volontaire, signé par toutes les associations.\n\nSalma\n",
    "ar": "تحية طيبة\n\nمرفق التقرير الطوعي لشبكتنا بعد توقيعه من جميع الجمعيات الأعضاء.\n\nسلمى\n",
}


@pytest.mark.parametrize(("lang", "certificate"), [
    ("en", "Certificate Of Completion\nEnvelope Id: 9B1C0D2E3F\nSigner Events: 4 signers\nStatus: Completed"),
    ("fr", "Certificat d'achèvement\nIdentifiant de l'enveloppe : 7A7B7C\nSignataires : 3"),
    ("ar", "شهادة الإتمام\nمعرف المغلف: 55AA66BB\nعدد الموقعين: 6"),
])
def test_the_signing_certificate_is_not_part_of_the_report(ruleset: Ruleset, lang: str, certificate: str) -> None:
    docs = {"Report_signed.pdf": DocText("Report_signed.pdf", REPORT), "Summary.pdf": DocText("Summary.pdf", certificate)}
    raw = mail("Voluntary report", BODIES[lang], attachments=[("Report_signed.pdf", PDF), ("Summary.pdf", PDF)])
    decision = decide(ruleset, raw, docs)
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ("Report_signed.pdf",)


@pytest.mark.parametrize("text", [
    # the signing told in a sentence of the report
    REPORT + "The report was signed electronically through an e-signature envelope by the four members.\n",
    # a signature page closing the report
    REPORT + "Signatures\nSalma Haddad, coordinator\nCompletion date: 10 February 2021\n",
])
def test_near_miss_a_report_that_tells_of_its_signing(ruleset: Ruleset, text: str) -> None:
    docs = {"Report_signed.pdf": DocText("Report_signed.pdf", text)}
    raw = mail("Voluntary report", BODIES["en"], attachments=[("Report_signed.pdf", PDF)])
    assert decide(ruleset, raw, docs).report_attachments == ("Report_signed.pdf",)
