"""Round r48: a voluntary review pasted below in the message ("we paste our voluntary review directly below"), a
post given with the colloquial French verb ("je bosse comme chargée de com au ..."), and a name closed by its
acronym whose only post words are plural ("Minya Returnees Youth Volunteers (MRYV)"), which names a body, not a
post. Each family in several languages and word orders, with near-misses that must not change."""

from __future__ import annotations

import pytest

from intake.analysis import adds_nothing
from intake.extract import ExtractRules
from intake.extract_values import _kind
from intake.rules import Ruleset
from intake.text import split
from tests.extracting import message, run
from tests.test_classify import decide, mail


def _decide(ruleset: Ruleset, subject: str, body: str) -> str:
    return decide(ruleset, mail(subject, body)).category


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
# "je bosse comme ...": the sender's post, said colloquially

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("Bonjour,\nJe m'appelle Yasmine, je bosse comme chargée de com au Collectif Voix Migrantes (CVM).\n"
     "Je voudrais intervenir dans la 3e table ronde.\nMerci !\n\nYasmine Tazi\n",
     "chargée de com", "Collectif Voix Migrantes (CVM)"),
    ("Salut,\nMoi c'est Karim, je bosse comme animateur au Réseau Jeunes Rabat.\nJe voudrais intervenir en plénière "
     "si possible.\nMerci\n\nKarim Ziani\n", "animateur", "Réseau Jeunes Rabat"),
    ("Bonjour,\nJe suis Inès Marzouk et je bosse comme coordinatrice à l'Association Horizons Sfax.\nJe souhaite "
     "prendre la parole lors de la discussion ouverte.\nInès\n", "coordinatrice", "Association Horizons Sfax"),
])
def test_je_bosse_comme_gives_the_post(body: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Quelqu'un <q@example.org>"), rules, language="fr")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]


def test_je_bosse_without_a_post_gives_none(rules: ExtractRules) -> None:
    # "je bosse sur ..." says what one works on, not a post
    body = ("Bonjour,\nJe m'appelle Samia Haddad, je bosse sur les questions de retour au Collectif Voix Migrantes.\n"
            "Je voudrais intervenir en plénière.\nSamia\n")
    fields = run(message(body, from_="Samia <s@example.org>"), rules, language="fr")
    assert [s.title for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# A name closed by its acronym, whose only post words are plural, names a body

@pytest.mark.parametrize("phrase", [
    "Minya Returnees Youth Volunteers (MRYV)",
    "Young Women Leaders (YWL)",
    "Sfax Community Mediators (SCM)",
])
def test_a_group_of_people_with_its_acronym_is_a_body(phrase: str, rules: ExtractRules) -> None:
    assert _kind(phrase, rules) == "org"


@pytest.mark.parametrize("phrase", [
    "Programme Officer (PO)",  # one post, with its acronym
    "Chief Executive Officer (CEO)",
    "Youth Volunteer Coordinator (YVC)",
    "Senior Advisors",  # plural, but no acronym closes it
])
def test_a_post_with_its_acronym_stays_a_post(phrase: str, rules: ExtractRules) -> None:
    assert _kind(phrase, rules) == "title"


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("ازيكم،\nانا حابب اشارك في النقاش المفتوح.\nشكرا\n\n--\nسلمى فؤاد\nAswan Youth Peer Educators (AYPE)\n",
     "ar", "Aswan Youth Peer Educators (AYPE)"),
    ("Hi,\nI'd like to take part in the open discussion.\nThanks\n\n--\nRami Nassar\nTripoli Returnee Volunteers (TRV)\n",
     "en", "Tripoli Returnee Volunteers (TRV)"),
    ("Bonjour,\nJe souhaite intervenir dans la discussion ouverte.\nMerci\n\n--\nAya Benali\n"
     "Oujda Migrant Mediators (OMM)\n", "fr", "Oujda Migrant Mediators (OMM)"),
])
def test_a_signature_group_name_is_the_affiliation(body: str, language: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(None, affiliation)]


# ---------------------------------------------------------------------------------------------
# A thank-you that waits for the programme adds nothing: no acknowledgement of it

@pytest.mark.parametrize("body", [
    "Bonjour,\nMerci pour votre confirmation, c'est bien noté de notre côté. Nous attendons le programme définitif.\n"
    "Bonne journée,\nLeïla\n",
    "Dear team,\nThanks for the confirmation, noted on our side. We await the final programme.\nBest regards,\n",
    "Hello,\nWell received, thank you. Looking forward to the agenda.\nCheers,\n",
    "تحية طيبة،\nشكراً لكم، تم الاستلام. بانتظار البرنامج النهائي.\nمع التحية\n",
    # news looked forward to "about" something, as before
    "Dear team,\nMany thanks, well noted. We look forward to hearing from you about the programme.\n",
])
def test_waiting_for_the_programme_adds_nothing(body: str) -> None:
    assert adds_nothing(split(body))


@pytest.mark.parametrize("body", [
    # the programme awaited for a reason that says something new, or asked about
    "Bonjour,\nMerci. Nous attendons le programme définitif pour confirmer le nom de notre second intervenant.\n",
    "Dear team,\nThanks. We are waiting for the final programme: when will it be published?\n",
    "شكرا، ننتظر البرنامج النهائي لنرسل لكم اسم المتحدثة الثانية من جمعيتنا.\n",
])
def test_waiting_with_something_new_is_not_a_thank_you(body: str) -> None:
    assert not adds_nothing(split(body))


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
