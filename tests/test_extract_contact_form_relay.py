"""A website's contact form relays its visitor: sent from the website, the visitor's address in Reply-To and in the
form's e-mail field. What the visitor writes of themself in the form's message ("I work as a senior lecturer in ...",
« Je travaille comme chargée de recherche ... », "أعمل باحثة في ...") completes the visitor's record, named by the
form's name field. Near miss: without a relay (the person writes from their own address), a self-description whose
sentence does not ask to speak does not give a labelled name its title."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.parse import parse
from tests.extracting import run

SITE = "Review website <wordpress@review-site.example.org>"
VISITOR = "n.saleh@uni.example.edu"
FORMS = [
    ("New message from the contact form\n\nName: Dr. Nadia Saleh\nEmail: n.saleh@uni.example.edu\n"
     "Organisation: Faculty of Law - University of Amman\nSubject: Speaking request\n\nMessage:\n"
     "Hello, I would like to be a rapporteur for the stakeholders' key messages. I work as a senior lecturer in "
     "migration law. Thank you.\n", "en", "senior lecturer in migration law"),
    ("Nouveau message du formulaire de contact\n\nNom : Dr Nadia Saleh\nCourriel : n.saleh@uni.example.edu\n"
     "Organisation : Faculté de droit - Université d'Amman\nObjet : Demande d'intervention\n\nMessage :\n"
     "Bonjour, je souhaite être rapporteuse des messages clés des parties prenantes. Je travaille comme chargée de "
     "recherche en droit des migrations. Merci.\n", "fr", "chargée de recherche en droit des migrations"),
    ("رسالة جديدة من نموذج الاتصال\n\nالاسم: د. نادية صالح\nالبريد الإلكتروني: n.saleh@uni.example.edu\n"
     "الجهة: كلية الحقوق - جامعة عمان\nالموضوع: طلب مداخلة\n\nالرسالة:\n"
     "السلام عليكم، أرجو تسجيل رغبتي في أن أكون مقررة لتقديم الرسائل الرئيسية. أعمل باحثة في قانون الهجرة. "
     "شكرا لكم.\n", "ar", "باحثة"),
]


def _form(body: str, sender: str, reply_to: str | None) -> bytes:
    head = f"From: {sender}\nTo: gcmrrarabstates@iom.int\nSubject: Speaking request\nMessage-ID: <f1@example.org>\n"
    if reply_to:
        head += f"Reply-To: {reply_to}\n"
    return (head + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + body).encode()


@pytest.mark.parametrize(("body", "language", "title"), FORMS)
def test_a_relayed_visitors_self_description_completes_their_record(body: str, language: str, title: str,
                                                                     rules: ExtractRules) -> None:
    fields = run(parse(_form(body, SITE, VISITOR)), rules, language=language)
    assert len(fields.speakers) == 1
    assert (fields.speakers[0].title or "").startswith(title)  # (the field may be read apart from the post)


def test_near_miss_no_relay_leaves_the_title_unsaid(rules: ExtractRules) -> None:
    body = FORMS[0][0]
    fields = run(parse(_form(body, "Nadia Saleh <nadia.s@home.example.org>", None)), rules, language="en")
    assert len(fields.speakers) == 1 and not fields.speakers[0].title
