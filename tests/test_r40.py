"""Round r40: a French wish in the subjunctive that someone speak, named with their post in between ("nous
souhaiterions que M. X, commissaire ..., puisse prendre la parole"); an Arabic offer to take a role oneself in the
first person ("فيه مجال أشارك كمقررة؟") and the Gulf 'ودي' ('I would like'); the title of the only speaker stated
by a sentence that opens with a pronoun ("Il est le Secrétaire général de X depuis 2015"), and their organisation
("She runs the legal clinic of X", "Elle travaille au sein de Y")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run
from tests.test_classify import decide, mail

# --- FR: "souhaiterions que M. X, <post>, puisse prendre la parole"

@pytest.mark.parametrize("body", [
    "Madame, Monsieur,\nPar ailleurs, nous souhaiterions que Mme Leïla Haddad, responsable du pôle plaidoyer et "
    "des relations avec les autorités locales au sein du Réseau, puisse prendre la parole lors de la table ronde 3.\n"
    "Cordialement,\nSamir",
    "Bonjour,\nJe voudrais que notre directrice exécutive, Dr Awa Ndiaye, chargée des programmes de protection des "
    "travailleuses domestiques migrantes, puisse intervenir en séance plénière.\nKarim",
    "Nous aimerions vivement que M. Youssef Benali, coordinateur régional du Collectif pour la mobilité équitable "
    "en Afrique du Nord et au Moyen-Orient, puisse faire une intervention à la table ronde n° 2.\nNadia",
    "nous desirons que nos deux membres, Mme Sara Idrissi et M. Omar Lahlou, tous deux juristes de l'association "
    "depuis plusieurs annees, puissent intervenir dans le debat ouvert.\nRim",
])
def test_a_subjunctive_wish_that_someone_speak_is_a_speaker_request(ruleset, body):
    assert decide(ruleset, mail("Proposition", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    # the same wish about something else than speaking
    "Nous souhaiterions que Mme Leïla Haddad, responsable du pôle plaidoyer de notre réseau régional, puisse "
    "assister à la conférence en tant qu'observatrice.\nSamir",
    "Nous souhaiterions que vous puissiez nous confirmer la bonne réception de notre dossier.\nKarim",
    "Je voudrais que notre rapport puisse être publié sur le site.\nNadia",
])
def test_a_subjunctive_wish_about_anything_else_asks_no_speaking_role(ruleset, body):
    assert decide(ruleset, mail("Revue régionale", body)).category != "speaker_request"


def test_the_person_of_the_subjunctive_wish_is_read_with_their_post(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\nNous souhaiterions que M. Tarek Mansour, Conseiller chargé de la mobilité de la "
            "main-d'oeuvre au sein de l'Observatoire, puisse prendre la parole lors de la table ronde n° 2.\n\n"
            "Salutations,\nHiba Khoury\nChargée de communication\nObservatoire libanais des migrations (OLM)\n")
    fields = run(message(body, from_="Hiba Khoury <hiba@olm.example.org>"), rules, language="fr")
    assert [(s.name, s.title) for s in fields.speakers] == [
        ("Tarek Mansour", "Conseiller chargé de la mobilité de la main-d'oeuvre")]


# --- AR: offering oneself for a role in the first person, and the Gulf 'ودي'

@pytest.mark.parametrize("body", [
    "هلا،\nودي أعرف إذا للحين فيه مجال أشارك كمقررة في المؤتمر؟\nمريم السويدي\nمنسقة، شبكة دعم العمالة المنزلية",
    "مساء الخير، هل يمكنني أن أشارك كمتحدث في المائدة المستديرة الثانية؟\nعلي الكعبي",
    "السلام عليكم\nهل ما زال بالإمكان أن نشارك بصفة متحدثين في الجلسة العامة؟\nجمعية الأمل",
    "ودي أقدم كلمة في الجلسة العامة باسم جمعيتنا\nنورة",
    "ودنا نشارك بمداخلة بالطاولة المستديرة الرابعة\nفهد",
])
def test_a_first_person_offer_to_take_a_role_is_a_speaker_request(ruleset, body):
    assert decide(ruleset, mail("مشاركة", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    # the past, listening, and 'ودي' before no speaking verb
    "شاركت كمتحدثة في المؤتمر السابق وأود حضور هذا المؤتمر أيضاً.\nمريم",
    "ودي أشارك كمستمع في الجلسة العامة.\nعلي",
    "ودي أعرف متى موعد المائدة المستديرة الثانية؟\nفهد",
])
def test_past_listening_or_asking_offers_no_speaking_role(ruleset, body):
    assert decide(ruleset, mail("سؤال", body)).category != "speaker_request"


def test_the_sender_offering_themself_as_rapporteur_is_the_speaker(rules: ExtractRules) -> None:
    body = ("هلا والله،\nودي أعرف إذا فيه مجال أشارك كمقرر في المؤتمر؟\n\nمشكورين\n\n"
            "Hamad Saleh Al-Marri\nCoordinator, Gulf Fishermen Support Network (GFSN)\n")
    fields = run(message(body, from_="Hamad <hamad@gfsn.example.org>"), rules, language="ar")
    assert [(s.name, s.title, s.roles) for s in fields.speakers] == [
        ("Hamad Saleh Al-Marri", "Coordinator", ("rapporteur",))]


# --- the lone speaker's title in a sentence that opens with a pronoun

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Madame, Monsieur,\nNotre fédération a l'honneur de vous proposer Madame Salma Ouazzani pour intervenir à la "
     "table ronde 2.\n\nElle est la Présidente de la Fédération des femmes rurales depuis 2018 et connaît bien le "
     "sujet.\n\nCordialement,\nAmine Tazi\nChargé de mission\nFédération des femmes rurales\n", "fr", "Présidente"),
    ("Dear colleagues,\nWe are pleased to nominate Mr. Joseph Mensah to speak at the plenary session.\n\n"
     "He is the Executive Director of the Accra Migrant Rights Centre since 2012.\n\nBest,\nAma Owusu\n"
     "Programme Officer\nAccra Migrant Rights Centre\n", "en", "Executive Director"),
    ("Bonjour,\nNous proposons M. Karim Jaziri comme rapporteur.\nIl est actuellement le Coordinateur national "
     "du Forum des migrants de Sfax.\nMerci,\nLina Trabelsi\nAssistante\nForum des migrants de Sfax\n", "fr",
     "Coordinateur national"),
    ("السادة الأفاضل،\nنتشرف بترشيح الأستاذ سالم بن علي العبري للمشاركة بمداخلة في الجلسة العامة.\n"
     "وهو رئيس جمعية الصيادين العمانيين منذ عام 2010.\nمع التحية\nمريم الحارثي\n", "ar", "رئيس"),
    ("تحية طيبة،\nنرشح السيدة هدى الزعبي للمشاركة بمداخلة في المائدة المستديرة الثانية.\n"
     "وتشغل حاليا منصب مديرة البرامج في مركز تمكين للمساعدة القانونية.\nشكرا\nعمر\n", "ar", "مديرة البرامج"),
])
def test_a_pronoun_sentence_gives_the_lone_speaker_title(body: str, language: str, title: str,
                                                         rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize(("body", "language"), [
    # a description, not a post: nothing is taken
    ("Madame, Monsieur,\nNous avons l'honneur de vous proposer Monsieur Hatem Gharbi pour intervenir à la table "
     "ronde 1.\n\nIl est le plus ancien militant de notre réseau.\n\nCordialement,\nRania Said\n", "fr"),
    ("Dear team,\nWe would like to nominate Ms. Grace Achieng to speak at roundtable 3.\n\nShe is the best person "
     "to speak on this topic.\n\nRegards,\nPeter Odhiambo\n", "en"),
    ("تحية طيبة،\nنرشح الأستاذ خالد المري للمشاركة بمداخلة في الجلسة العامة.\n"
     "وهو خير من يتحدث عن مسؤولية أصحاب العمل في هذا الموضوع.\nشكرا\nعمر\n", "ar"),
])
def test_a_pronoun_sentence_that_describes_gives_no_title(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [None]


def test_a_title_given_with_the_name_is_not_replaced_by_a_pronoun_sentence(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe nominate Dr. Amina Yusuf, Head of Research at the Horn Migration Institute, to "
            "speak at roundtable 1.\nShe is the founder of our mentoring programme.\n\nKind regards,\nSam Ali\n")
    fields = run(message(body), rules, language="en")
    assert [s.title for s in fields.speakers] == ["Head of Research"]


# --- the lone speaker's organisation in a sentence that opens with a pronoun

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hello,\nWe would like to propose our outreach officer Maria Santos to speak at roundtable 2.\nShe runs the "
     "helpdesk of the Filipino Workers Solidarity Network (FWSN) in Dubai.\nThanks\nJohn\n", "en",
     "Filipino Workers Solidarity Network (FWSN)"),
    ("Hi,\nWe propose our paralegal Joseph Otieno as rapporteur.\nHe currently volunteers at the Nairobi Migrant "
     "Legal Aid Centre.\nBest,\nAnne\n", "en", "Nairobi Migrant Legal Aid Centre"),
    ("Bonjour,\nNous proposons notre juriste Fatou Sow pour intervenir à la table ronde 4.\nElle travaille au sein "
     "de l'Association des Travailleurs Migrants du Sénégal depuis 2016.\nMerci,\nAwa\n", "fr",
     "Association des Travailleurs Migrants du Sénégal"),
    ("Bonjour,\nNous proposons notre animateur Paul Mendy pour la table ronde 1.\nIl coordonne le pôle jeunesse du "
     "Collectif Migrations Solidaires.\nMerci,\nAwa\n", "fr", "Collectif Migrations Solidaires"),
    ("مرحبا،\nنرشح زميلتنا المحامية ليلى حداد للمشاركة بمداخلة في الجلسة العامة.\nوتعمل في جمعية عدالة للعمال "
     "المهاجرين منذ سنوات.\nشكرا\nسامي\n", "ar", "جمعية عدالة للعمال المهاجرين"),
])
def test_a_pronoun_sentence_gives_the_lone_speaker_organisation(body: str, language: str, affiliation: str,
                                                                rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [affiliation]


@pytest.mark.parametrize(("body", "language"), [
    # the same verbs about people or a field of work, not a body
    ("Hello,\nWe would like to propose our outreach officer Maria Santos to speak at roundtable 2.\nShe works with "
     "migrant women every day.\nThanks\nJohn\n", "en"),
    ("Bonjour,\nNous proposons notre animateur Paul Mendy pour la table ronde 1.\nIl anime des ateliers de théâtre "
     "pour les jeunes.\nMerci,\nAwa\n", "fr"),
    ("مرحبا،\nنرشح زميلتنا المحامية ليلى حداد للمشاركة بمداخلة في الجلسة العامة.\nوتعمل في مجال حماية العمال "
     "المهاجرين منذ سنوات.\nشكرا\nسامي\n", "ar"),
])
def test_a_pronoun_sentence_about_a_field_gives_no_organisation(body: str, language: str,
                                                                rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [None]


# --- 'fellowship' and 'amicale' name a body (words.org)

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hi,\nWe would like to propose our volunteer Grace Mwangi to speak at the open discussion. She leads the "
     "women's circle of the Kenyan Workers' Fellowship in Doha.\nThanks\nPeter\n", "en", "Kenyan Workers' Fellowship"),
    ("Bonjour,\nNous proposons notre trésorier Ali Benhamou pour intervenir à la table ronde 3. Il anime la "
     "permanence juridique de l'Amicale des Travailleurs Algériens de Lyon.\nMerci\nNadia\n", "fr",
     "Amicale des Travailleurs Algériens de Lyon"),
])
def test_a_fellowship_or_an_amicale_is_the_speaker_organisation(body: str, language: str, affiliation: str,
                                                                 rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [affiliation]


def test_a_fellowship_awarded_is_no_organisation(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe nominate Dr. Omar Hassan, Senior Researcher at the Gulf Labour Institute, to speak at "
            "roundtable 2. He was awarded a research fellowship in 2019.\nBest,\nSara\n")
    fields = run(message(body), rules, language="en")
    assert [s.affiliation for s in fields.speakers] == ["Gulf Labour Institute"]
