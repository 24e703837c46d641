"""An empty file (0 bytes: an upload that failed, a file the mailer lost) holds no report: a message that announces its
report and attaches only an empty document is a report submission with nothing to file; beside a report document,
it is left out; with a near miss: a document, however short, is still the report."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide


def _mail(subject: str, body: str, files: list[tuple[str, bytes]]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@example.org>"
    msg.set_content(body)
    for name, payload in files:
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=name)
    return bytes(msg)


@pytest.mark.parametrize(("subject", "body", "name"), [
    ("Voluntary report", "Dear colleagues,\n\nAttached is our voluntary GCM review report.\n\nSalma\n", "Voluntary report.pdf"),
    ("Rapport volontaire", "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport volontaire.\n\nSalma\n",
     "Rapport volontaire.pdf"),
    ("التقرير الطوعي", "تحية طيبة\n\nمرفق التقرير الطوعي لجمعيتنا حول تنفيذ الاتفاق العالمي.\n\nسلمى\n", "التقرير الطوعي.pdf"),
])
def test_an_empty_file_is_no_report_file(ruleset: Ruleset, subject: str, body: str, name: str) -> None:
    decision = decide(ruleset, _mail(subject, body, [(name, b"")]))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ()


def test_the_report_beside_an_empty_file(ruleset: Ruleset) -> None:
    body = "Dear colleagues,\n\nAttached is our voluntary GCM review report and its annex.\n\nSalma\n"
    raw = _mail("Voluntary report", body, [("Report.pdf", b"%PDF-1.4 x"), ("Annex.pdf", b"")])
    assert decide(ruleset, raw).report_attachments == ("Report.pdf",)


def test_near_miss_a_short_document_is_still_the_report(ruleset: Ruleset) -> None:
    body = "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport volontaire.\n\nSalma\n"
    raw = _mail("Rapport volontaire", body, [("Rapport.pdf", b"%PDF-1.4 x")])
    assert decide(ruleset, raw).report_attachments == ("Rapport.pdf",)
