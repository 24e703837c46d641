"""Wordings the classifier reads beyond the plain signals: a wish to speak with an adverb inside "would like" ("I would
also like to take part in the open discussion"), alone or beside a report; a voluntary review pasted below the
message ("we paste our voluntary review directly below"); and a body that points to the subject line for the
speaker's details, whom extraction then reads from the subject. Each family in several languages and wordings, with
near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.parse import parse
from intake.rules import Ruleset
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.test_classify import decide, mail

# ---------------------------------------------------------------------------------------------
# "would also like": an adverb between the modal and the wish

def _decide(ruleset: Ruleset, subject: str, body: str) -> str:
    return decide(ruleset, mail(subject, body)).category


@pytest.mark.parametrize("body", [
    "Dear colleagues,\nI head the legal unit of the Tyre Workers Forum. I would also like to take part in the open "
    "discussion on 23 February.\nBest,\nOmar\n",
    "Hello,\nOur board has met. We would really like to join the second roundtable, if there is room.\nRegards,\nHiba\n",
    "Hi,\nThanks for the invitation. We'd also like to take the floor in the plenary.\nKarim\n",
    "Dear secretariat,\nWe would very much like to serve as rapporteur for the consultation.\nKind regards,\nSamia\n",
])
def test_a_wish_with_an_adverb_asks_to_speak(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "speaker_request"


def test_a_report_and_an_adverbed_wish_is_both(ruleset: Ruleset) -> None:
    body = "Dear Secretariat,\nPlease find attached the voluntary GCM review report of the Basra Rights Forum.\n" \
           "I would also like to take part in the open discussion, if there is still space.\nBest,\nAli\n"
    msg = EmailMessage()
    msg["From"] = "Ali <ali@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = "Voluntary GCM review report"
    msg["Message-ID"] = "<m2@example.org>"
    msg.set_content(body)
    msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="BRF_GCM_Voluntary_Review.pdf")
    parsed = parse(bytes(msg))
    assert classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category == "both"


@pytest.mark.parametrize("body", [
    # thanks for a past session, an apology, an observer's seat: no wish to speak
    "Dear colleagues,\nWe would also like to thank you for the roundtable last year, which was very useful.\nBest,\nOmar\n",
    "Dear colleagues,\nWe would also like to apologise: we cannot join the plenary.\nBest,\nOmar\n",
])
def test_an_adverbed_wish_that_asks_no_role_is_not_a_request(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "other"


@pytest.mark.parametrize("body", [
    # the French and Arabic wishes already admit the adverb ("je voudrais également", "أود أيضاً")
    "Bonjour,\nJe voudrais également participer à la discussion ouverte du 23 février.\nCordialement,\nSalma\n",
    "تحية طيبة،\nأود أيضاً المشاركة في النقاش المفتوح يوم 23 شباط.\nمع التحية\nهدى\n",
])
def test_adverbed_wishes_in_french_and_arabic(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "speaker_request"


# ---------------------------------------------------------------------------------------------
# The report pasted below in the message

@pytest.mark.parametrize(("subject", "body"), [
    ("Submission", "Dear colleagues,\nHaving no designed file, we have pasted our voluntary GCM review just below.\n\n"
     "1. About us\nThe Sidon Migrant Aid Circle supports families.\n\nRegards,\nLina\n"),
    ("GCM", "Hello,\nWe are copying our report below, as the attachment would not go through.\n\n"
     "Background\nOur network works in Basra.\n\nBest,\nAli\n"),
    ("Contribution", "Bonjour,\nNous collons notre rapport volontaire ci-dessous, faute de document mis en page.\n\n"
     "1. Présentation\nLe Réseau Sahel Mobilités agit à Nouakchott.\n\nCordialement,\nAmina\n"),
    ("مساهمتنا", "تحية طيبة،\nننسخ تقريرنا الطوعي أدناه لعدم توفر ملف منسق.\n\nأولاً: من نحن\nجمعية الرعاية في صور.\n"
     "\nمع التحية\nهدى\n"),
])
def test_a_report_pasted_below_is_a_report(ruleset: Ruleset, subject: str, body: str) -> None:
    assert _decide(ruleset, subject, body) == "voluntary_report"


@pytest.mark.parametrize(("subject", "body"), [
    # the same words about something else: comments on the report, a question copied below
    ("Question", "Dear team,\nPlease see our comments on the report template below.\n1. Is there a page limit?\n"
     "Thanks,\nSami\n"),
    ("Question", "Dear team,\nI copied the question from our board below: can the review be sent late?\nSami\n"),
    ("Question", "Bonjour,\nNous collons ci-dessous nos questions sur le format.\nMerci,\nLéa\n"),
])
def test_other_text_below_is_no_report(ruleset: Ruleset, subject: str, body: str) -> None:
    assert _decide(ruleset, subject, body) != "voluntary_report"


# ---------------------------------------------------------------------------------------------
# "See subject line for the speaker details": the speaker named in the subject without an honorific

_POINTED = [
    ("Speaker request - Lina Haddad, Advocacy Officer, Beirut Migrant Care Network - Roundtable 3",
     "Hi,\nPls see subject line for the speaker details.\nThanks, Lina\n", "en",
     ("Lina Haddad", "Advocacy Officer", "Beirut Migrant Care Network")),
    ("Plenary intervention: Omar Said, Director, Gulf Workers Solidarity (GWS)",
     "Dear team,\nAll the details are in the subject line.\nRegards\n", "en",
     ("Omar Said", "Director", "Gulf Workers Solidarity (GWS)")),
    ("Demande d'intervention - Awa Diallo, coordinatrice, Réseau Migrations Dakar - table ronde 1",
     "Bonjour,\nVoir en objet pour les détails de l'intervenante.\nMerci\n", "fr",
     ("Awa Diallo", "coordinatrice", "Réseau Migrations Dakar")),
]


@pytest.mark.parametrize(("subject", "body", "language", "expected"), _POINTED)
def test_subject_pointed_to_names_the_speaker(subject: str, body: str, language: str,
                                              expected: tuple[str, str, str], rules: ExtractRules,
                                              ruleset: Ruleset) -> None:
    assert _decide(ruleset, subject, body) == "speaker_request"
    fields = run(message(body, subject=subject, from_="Someone <someone@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_arabic_pointer_to_the_subject_line_is_read(ruleset: Ruleset) -> None:
    body = "السلام عليكم\nالبيانات موضحة في عنوان الرسالة.\nشكرا\n"
    assert _decide(ruleset, "طلب مداخلة - المائدة المستديرة الثانية", body) == "speaker_request"


@pytest.mark.parametrize(("subject", "body"), [
    # "the subject" in another sense: what the talk is about
    ("Speaker request - Roundtable 2",
     "Hello,\nWe are interested in the subject of labour migration.\nThanks, Sami\n"),
    ("Intervention",
     "Bonjour,\nNous travaillons sur le sujet de la migration des jeunes.\nMerci\n"),
    ("طلب مداخلة", "مرحبا\nنعمل في موضوع الهجرة منذ سنوات.\nشكرا\n"),
])
def test_the_subject_in_another_sense_is_no_pointer(subject: str, body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, subject, body) == "other"


def test_a_pointed_subject_without_a_person_names_no_one(rules: ExtractRules) -> None:
    # the subject gives an organisation and a session, no person: nobody is read from it
    subject = "Speaker request - Ministry of Labour, Jordan - Roundtable 2"
    fields = run(message("Hi,\nSee subject line.\nThanks\n", subject=subject, from_="Info <info@example.org>"),
                 rules)
    assert all(s.name != "Ministry of Labour" for s in fields.speakers)
