"""Round r40: a French wish in the subjunctive that someone speak, named with their post in between ("nous
souhaiterions que M. X, commissaire ..., puisse prendre la parole"); an Arabic offer to take a role oneself in the
first person ("فيه مجال أشارك كمقررة؟") and the Gulf 'ودي' ('I would like')."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.extract import ExtractRules
from intake.rules import load_ruleset
from tests.extracting import load_rules, message, run
from tests.test_classify import decide, mail

RULES = Path(__file__).resolve().parents[1] / "rules"


@pytest.fixture(scope="module")
def ruleset():
    rs, problems = load_ruleset(RULES)
    assert problems == []
    return rs


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


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
