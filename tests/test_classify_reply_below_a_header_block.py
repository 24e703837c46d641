"""A reply written under the message it quotes with its mailer's header block (no ">"), the quote closed by a rule: the
text under the rule is what the sender says now, and is classified (the near misses of the split are in test_text); a
refusal in the progressive ("we will not be requesting a speaking slot") declines a role, with a near miss."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.analysis import adds_nothing
from intake.classify import classify
from intake.parse import parse
from intake.rules import Ruleset
from intake.text import carry_forward, split

_HEADER = ("-----Original Message-----\nFrom: Omar Reyes <omar@tidewater.example.org>\n"
           "Sent: Monday, February 1, 2021 9:00 AM\nTo: gcmrrarabstates@iom.int\nSubject: {subject}\n\n")


def _decide(ruleset: Ruleset, subject: str, body: str, pdf: str | None = None) -> str:
    msg = EmailMessage()
    msg["From"] = "Omar Reyes <omar@tidewater.example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@example.org>"
    msg.set_content(body)
    if pdf:
        msg.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename=pdf)
    parsed = parse(bytes(msg))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category


# The old speaker request quoted on top, the reply under the rule only asks whether it arrived: a question to answer,
# not a request made again
@pytest.mark.parametrize(("old", "reply"), [
    ("We would like to nominate Ms. Ines Calder, Policy Officer, to speak in roundtable 2.",
     "Dear Secretariat,\n\nWe have had no confirmation that our request above arrived. Could you check?\n\nOmar"),
    ("Nous souhaitons proposer Mme Ines Calder, chargée de politiques, pour intervenir à la table ronde 2.",
     "Madame, Monsieur,\n\nNous n'avons pas reçu de confirmation de notre demande ci-dessus. Pourriez-vous vérifier ?\n\nOmar"),
    ("نود ترشيح السيدة إيناس قلدر، مسؤولة السياسات، للتحدث في المائدة المستديرة الثانية.",
     "السادة الكرام،\n\nلم يصلنا إشعار باستلام طلبنا أعلاه. نرجو التأكد من وصوله.\n\nعمر"),
])
def test_question_under_a_header_block_quote(old: str, reply: str, ruleset: Ruleset) -> None:
    body = _HEADER.format(subject="Speaker") + f"{old}\n\nOmar\n\n-----\n\n{reply}\n"
    assert _decide(ruleset, "RE: Speaker", body) == "other"
    assert not adds_nothing(split(body), ruleset)  # a question: answered, not filed as a courtesy


@pytest.mark.parametrize(("text", "category"), [
    # the refusal in the progressive declines the role: the report alone
    ("Attached is our voluntary GCM review report. We will not be requesting a speaking slot this time.", "voluntary_report"),
    # near miss: the report and a request for a slot
    ("Attached is our voluntary GCM review report. We are also requesting a speaking slot in roundtable 2.", "both"),
])
def test_refusal_in_the_progressive(text: str, category: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, "Our report", f"Dear Secretariat,\n\n{text}\n\nOmar", pdf="Voluntary_GCM_Review.pdf") == category
