"""A report handed over on a file-sharing service named in words, its address below: "our review is at the WeTransfer
link below", « notre rapport est sur Google Drive », "رفعنا التقرير على ون درايف": a voluntary report with nothing
attached; with near misses that name a service for something else, or give no address at all."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "Hello,\n\nYou will find the group's GCM report at the WeTransfer link below; our office connection cannot carry "
    "the file.\n\nhttps://we.tl/t-a8Zq3LmP\n\nAmina\n",
    "Bonjour,\n\nNotre rapport pour l'examen régional est déposé sur Google Drive, faute de pouvoir l'envoyer en pièce "
    "jointe :\nhttps://drive.google.com/file/d/1xYzAbC/view\n\nAmina\n",
    "السلام عليكم\n\nرفعنا التقرير على ون درايف لأن الإنترنت عندنا ضعيف، هذا هو الرابط:\n"
    "https://1drv.ms/b/s!AkLm9pQ\n\nأمينة\n",
])
def test_a_report_on_a_named_sharing_service_is_a_report(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("GCM", body))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == ()


@pytest.mark.parametrize("body", [
    # the service carries the workshop photos, not the report
    "Hello,\n\nThe photos of our workshop are on Dropbox for your newsletter: https://www.dropbox.com/s/q1w2e3\n\nAmina\n",
    # the report is named, the service too, but no address: a question
    "Bonjour,\n\nPouvons-nous vous envoyer notre rapport par WeTransfer ? Le fichier est lourd.\n\nAmina\n",
])
def test_near_miss_a_service_for_something_else_or_no_address(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("GCM", body)).category != "voluntary_report"
