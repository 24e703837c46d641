"""A file-transfer service's notice relaying a person's report ("nadia@x.org sent you some files", « ... vous a envoyé
des fichiers », '... أرسل إليك ملفات'), from an address that takes no replies, the person's in Reply-To: read as the
person's message, a report handed over by the link below it (as dev 049), answered at the Reply-To; with near misses:
a no-reply notice that relays no one (a webinar confirmation) stays bulk, and a person asking whether they may use such
a service hands nothing over."""

from __future__ import annotations

import pytest

from intake.acks import recipient
from intake.analysis import Analysis
from intake.rules import Ruleset
from intake.screen import ScreenRules, screen
from tests.test_classify import decide
from tests.test_classify import mail as person_mail
from tests.test_screen import CTX, mail, rules  # noqa: F401 - rules is a pytest fixture

SERVICE = "Transfer Service <noreply@transfer.example.com>"
NOTICES = [
    "nadia.karam@migrants-aid.example.org sent you some files\n\n1 file, 3 MB in total - Expires on 20 February\n\n"
    "Hello,\nOur network's GCM voluntary report is through this link, it was too heavy for e-mail.\nBest,\nNadia Karam\n\n"
    "Download your files\nhttps://transfer.example.com/d/Ab12Cd\n\nFiles\nGCM_report_2021.pdf\n",
    "nadia.karam@migrants-aid.example.org vous a envoyé des fichiers\n\n1 fichier, 3 Mo au total\n\nBonjour,\n"
    "Vous trouverez via ce lien le rapport volontaire de notre réseau.\nCordialement,\nNadia Karam\n\n"
    "Télécharger vos fichiers\nhttps://transfer.example.com/d/Ab12Cd\n",
    "nadia.karam@migrants-aid.example.org أرسل إليك ملفات\n\nملف واحد، 3 ميغابايت\n\nمرحبا،\n"
    "تقريرنا الطوعي عبر الرابط لأن حجمه كبير.\nمع التحية،\nنادية كرم\n\nتنزيل الملفات\nhttps://transfer.example.com/d/Ab12Cd\n",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_transfer_notice_relaying_a_report_is_the_persons_report(rules: ScreenRules, ruleset: Ruleset, body: str) -> None:  # noqa: F811
    parsed = mail(body=body, subject="Files for you", sender=SERVICE,
                  headers=("Reply-To: nadia.karam@migrants-aid.example.org",))
    verdict = screen(parsed, CTX, rules)
    assert verdict.kind == "person" and verdict.acknowledge
    assert recipient(Analysis(mail=None, sha256="", parsed=parsed)) == "nadia.karam@migrants-aid.example.org"
    raw = person_mail("Files for you", body).replace(b"sender@example.org", b"noreply@transfer.example.com")
    decision = decide(ruleset, raw)
    assert decision.category == "voluntary_report" and decision.report_attachments == ()


def test_near_miss_a_no_reply_notice_relaying_no_one_stays_bulk(rules: ScreenRules) -> None:  # noqa: F811
    body = ("Hi,\n\nThank you for registering for the stakeholders' briefing. Please send questions to "
            "events@partner.example.org\n\nJoin: https://meet.example.com/w/123\n")
    parsed = mail(body=body, subject="Registration confirmed", sender=SERVICE, headers=("Reply-To: events@partner.example.org",))
    verdict = screen(parsed, CTX, rules)
    assert (verdict.kind, verdict.rule, verdict.acknowledge) == ("bulk", "no-reply-sender", False)


def test_near_miss_asking_to_use_a_transfer_service_hands_nothing_over(ruleset: Ruleset) -> None:
    body = "Bonjour,\n\nPouvons-nous vous envoyer notre rapport par un lien de transfert ? Nous vous avons envoyé des fichiers hier.\n\nNadia\n"
    assert decide(ruleset, person_mail("Rapport", body)).category != "voluntary_report"
