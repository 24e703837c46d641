"""Round r42: a post written after a possessive and set off by a comma ("our Director of X and Y, Mr. Z, could ..."),
a post given in a sentence of its own about the speaker ("Amal serves as Programme Officer at X"), and a sender who
holds back from proposing anyone until a question is answered ("nous hésitons à proposer un intervenant tant que ...").
Each family in several languages and word orders, with near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.parse import parse
from intake.rules import load_ruleset
from intake.text import carry_forward, split
from tests.extracting import load_rules, message, run

RULES = Path(__file__).resolve().parents[1] / "rules"


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


@pytest.fixture(scope="module")
def ruleset():
    rs, problems = load_ruleset(RULES)
    assert problems == []
    return rs


def _speaker(body: str, rules: ExtractRules, language: str) -> tuple[str | None, str | None]:
    fields = run(message(body), rules, language=language)
    assert len(fields.speakers) == 1
    return fields.speakers[0].name, fields.speakers[0].title


# ---------------------------------------------------------------------------------------------
# A possessive post in apposition before the honorific, longer than a short post

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear Secretariat,\nWe would be grateful if our Director of Population and Social Statistics, Mr. Liban Hersi, "
     "could deliver a floor intervention in Roundtable IV.\n", "en", "Liban Hersi", "Director of Population and Social Statistics"),
    ("Hello,\nWe hope that our Head of Policy and Advocacy for the Gulf region, Dr. Leila Nassar, can take the floor "
     "in roundtable 2.\n", "en", "Leila Nassar", "Head of Policy and Advocacy for the Gulf region"),
    ("Bonjour,\nNous serions honorés si notre responsable du suivi des politiques migratoires et sociales, Mme Aicha "
     "Benali, pouvait intervenir à la table ronde 1.\n", "fr", "Aicha Benali",
     "responsable du suivi des politiques migratoires et sociales"),
])
def test_a_long_possessive_post_before_a_comma_is_the_title(body: str, language: str, name: str, title: str,
                                                            rules: ExtractRules) -> None:
    assert _speaker(body, rules, language) == (name, title)


@pytest.mark.parametrize("body", [
    # how the person belongs to the proposer, no post
    "Hello,\nWe hope that our members, Dr. Leila Nassar, can take the floor in roundtable 2.\n",
    # a possessive in an earlier clause, no post right after it
    "Hello,\nAs discussed with our partners in Amman, Dr. Leila Nassar would like to take the floor in roundtable 2.\n",
])
def test_a_possessive_that_names_no_post_gives_no_title(body: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, "en") == ("Leila Nassar", None)


# ---------------------------------------------------------------------------------------------
# A sentence of its own giving the speaker's post with a verb

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear team,\nOn behalf of the Jordan Women Network (JWN), I am pleased to nominate our colleague Ms. Rana Haddad "
     "to take the floor at the conference. Rana serves as Head of Advocacy at JWN and has led our work.\n"
     "She would like to speak in roundtable 3.\n", "en", "Head of Advocacy", "Jordan Women Network (JWN)"),
    ("Hello,\nWe would like to propose Mr. Omar Khalil as a speaker in the plenary. Mr. Khalil currently works as "
     "Senior Legal Adviser with the Beirut Migrant Rights Centre.\n", "en", "Senior Legal Adviser",
     "Beirut Migrant Rights Centre"),
    ("Bonjour,\nAu nom du Réseau Tunisien des Migrants (RTM), j'ai le plaisir de proposer Mme Salma Ben Ali pour "
     "intervenir lors de la table ronde 3. Salma travaille comme chargée de plaidoyer au RTM depuis 2019.\n", "fr",
     "chargée de plaidoyer", "Réseau Tunisien des Migrants (RTM)"),
    ("تحية طيبة\nنود ترشيح السيدة ريم الخطيب للمشاركة في المائدة المستديرة الثانية. ريم تعمل كمنسقة للمشاريع في "
     "جمعية النهوض بالمرأة.\n", "ar", "منسقة للمشاريع", "جمعية النهوض بالمرأة"),
])
def test_a_post_stated_in_a_sentence_about_the_speaker(body: str, language: str, title: str, affiliation: str,
                                                       rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


@pytest.mark.parametrize(("body", "language"), [
    # the same verbs for what the person does, no post
    ("Hello,\nWe would like to propose Mr. Omar Khalil as a speaker in the plenary. Omar serves as a bridge between "
     "the diaspora and local authorities.\n", "en"),
    ("Hello,\nWe would like to propose Mr. Omar Khalil as a speaker in the plenary. Mr. Khalil works as part of our "
     "outreach team in Tripoli.\n", "en"),
    ("Bonjour,\nNous proposons M. Karim Mansouri pour intervenir en plénière. Karim travaille comme relais entre les "
     "familles et les autorités locales.\n", "fr"),
    ("تحية طيبة\nنود ترشيح السيدة ريم الخطيب للمشاركة في المائدة المستديرة الثانية. ريم تعمل في مجال حماية العمال "
     "المهاجرين منذ سنوات.\n", "ar"),
])
def test_the_same_verbs_without_a_post_give_no_title(body: str, language: str, rules: ExtractRules) -> None:
    assert run(message(body), rules, language=language).speakers[0].title is None


# ---------------------------------------------------------------------------------------------
# Holding back from proposing a speaker until a question is answered

def _decide(ruleset, subject: str, body: str) -> tuple[str, set[str]]:
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@example.org>"
    msg.set_content(body)
    parsed = parse(bytes(msg))
    decision = classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset)
    return decision.category, {h.rule for h in decision.hits}


@pytest.mark.parametrize(("subject", "body"), [
    ("Question : interprétation", "Bonjour,\nNous souhaiterions savoir si une interprétation en français sera assurée "
     "pendant les tables rondes. Nous hésitons à proposer un intervenant tant que ce point n'est pas clarifié.\n"
     "Cordialement,\nLa coordinatrice\n"),
    ("Question about the format", "Dear team,\nCould you tell us whether the roundtables will be held online? We are "
     "still hesitant to nominate a speaker until we know the format.\nBest,\nKaren\n"),
    ("Interpretation?", "Dear team,\nWill Arabic interpretation be provided? I hesitate to propose a speaker from our "
     "network before this is confirmed.\nThanks,\nYoussef\n"),
    ("استفسار عن الترجمة", "تحية طيبة\nهل ستتوفر ترجمة فورية إلى العربية خلال الموائد المستديرة؟ نتردد في ترشيح متحدث "
     "قبل أن نعرف ذلك.\nمع التحية\n"),
])
def test_holding_back_a_nomination_is_no_request(ruleset, subject: str, body: str) -> None:
    category, rules_fired = _decide(ruleset, subject, body)
    assert category == "other" and "request-not-yet-made" in rules_fired


@pytest.mark.parametrize(("subject", "body"), [
    # the secretariat's "do not hesitate", a request made all the same
    ("Speaker", "Dear team,\nWe are pleased to propose a speaker: Ms. Dana Aoun, Director, Beirut Legal Forum, for "
     "roundtable 2. Please do not hesitate to contact us.\nBest,\nOmar\n"),
    ("Intervenant", "Bonjour,\nNous n'hésitons pas à proposer un intervenant : Mme Nora Salem, directrice de "
     "l'Association Horizons, pour la table ronde 2.\nCordialement,\nSami\n"),
])
def test_not_hesitating_still_requests(ruleset, subject: str, body: str) -> None:
    category, rules_fired = _decide(ruleset, subject, body)
    assert category == "speaker_request" and "request-not-yet-made" not in rules_fired
