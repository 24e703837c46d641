"""Round r48: a voluntary review pasted below in the message ("we paste our voluntary review directly below"), a
post given with the colloquial French verb ("je bosse comme chargée de com au ..."), and a name closed by its
acronym whose only post words are plural ("Minya Returnees Youth Volunteers (MRYV)"), which names a body, not a
post. Each family in several languages and word orders, with near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.extract_values import _kind
from intake.parse import parse
from intake.rules import Ruleset, load_ruleset
from intake.text import carry_forward, split
from tests.extracting import load_rules, message, run

RULES = Path(__file__).resolve().parents[1] / "rules"


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


@pytest.fixture(scope="module")
def ruleset() -> Ruleset:
    rs, problems = load_ruleset(RULES)
    assert problems == []
    return rs


def _decide(ruleset: Ruleset, subject: str, body: str) -> str:
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@example.org>"
    msg.set_content(body)
    parsed = parse(bytes(msg))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category


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
