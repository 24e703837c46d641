"""Each speaker's own role when a message proposes several or changes one: a form's role label written with the wish
after it ("Type d'intervention souhaitée :"), an HTML list whose items come apart and open on "M." or "H.E.", a role
set aside with no comma before the one asked for instead ("rather than the plenary I would prefer roundtable 1"), and
the person a French message is sent for ("Pour le compte de Mme X, Directrice de Y, ..."), who then asks to speak.
Each family in the languages it is written in, with a near miss that must not change."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

# ---------------------------------------------------------------------------------------------
# A role label with the wish written after it: each speaker's block states that speaker's role, not everyone's.


@pytest.mark.parametrize(("language", "body"), [
    ("fr", "Bonjour,\n\nVoici nos deux intervenants :\n\nIntervenant 1\nNom : Karim Ouazzani\nFonction : Trésorier\n"
           "Organisation : Union des Pêcheurs du Souss\nType d'intervention souhaitée : séance plénière\n\n"
           "Intervenant 2\nNom : Nadia Ferhat\nFonction : Animatrice\nOrganisation : Union des Pêcheurs du Souss\n"
           "Type d'intervention demandée : table ronde n°2\n\nCordialement\n"),
    ("en", "Hello,\n\nOur two speakers:\n\nSpeaker 1\nName: Karim Ouazzani\nPosition: Treasurer\n"
           "Organisation: Souss Fishers Union\nType of intervention requested: plenary session\n\n"
           "Speaker 2\nName: Nadia Ferhat\nPosition: Facilitator\nOrganisation: Souss Fishers Union\n"
           "Requested type of intervention: roundtable 2\n\nRegards\n"),
    ("ar", "تحية طيبة،\n\nمتحدثانا:\n\nالمتحدث الأول\nالاسم: كريم الوزاني\nالصفة: أمين المال\n"
           "الجهة: اتحاد صيادي سوس\nنوع المداخلة المطلوبة: الجلسة العامة\n\n"
           "المتحدث الثاني\nالاسم: نادية فرحات\nالصفة: منشطة\nالجهة: اتحاد صيادي سوس\n"
           "نوع المداخلة المطلوبة: المائدة المستديرة الثانية\n\nمع التحية\n"),
])
def test_a_role_label_with_the_wish_after_it_gives_each_speaker_their_own_role(
        rules: ExtractRules, language: str, body: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.roles, s.roundtable) for s in speakers] == [(("plenary",), None), (("roundtable",), 2)]


def test_near_miss_the_wish_said_in_a_sentence_is_everyone_s(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nVoici nos deux intervenants :\n\nIntervenant 1\nNom : Karim Ouazzani\nFonction : Trésorier\n"
            "Organisation : Union des Pêcheurs du Souss\n\nIntervenant 2\nNom : Nadia Ferhat\nFonction : Animatrice\n"
            "Organisation : Union des Pêcheurs du Souss\n\nLe type d'intervention souhaitée par les deux est la table "
            "ronde n°2.\n\nCordialement\n")
    speakers = run(message(body), rules, language="fr").speakers
    assert [(s.roles, s.roundtable) for s in speakers] == [(("roundtable",), 2), (("roundtable",), 2)]


# ---------------------------------------------------------------------------------------------
# An HTML list of people: its items come apart with a blank line between them, and "M. X" or "H.E. Mr. X" opening one
# is a person (as "Mme X" is), not a lettered item, however far from the line that announces the list.


@pytest.mark.parametrize(("language", "body", "names"), [
    ("fr", "Bonjour,\n\nL'Association des Riverains du Fleuve, qui réunit une vingtaine de villages de pêcheurs et de "
           "familles de la vallée, souhaite proposer deux intervenants :\n\n"
           "Mme Rokia Traoré, trésorière de l'association : intervention en séance plénière ;\n\n"
           "M. Issa Camara (ARF, Kayes) : intervention à la table ronde n°2.\n\nMerci.\n",
     ["Rokia Traoré", "Issa Camara"]),
    ("en", "Dear colleagues,\n\nThe River Dwellers Association, which brings together some twenty fishing villages "
           "and families of the valley, would like to propose two speakers:\n\n"
           "Ms. Rokia Traore, treasurer of the association: plenary session;\n\n"
           "H.E. Mr. Issa Camara (ARF, Kayes): roundtable 2.\n\nThank you.\n",
     ["Rokia Traore", "Issa Camara"]),
])
def test_an_html_list_item_opening_on_a_lettered_honorific_is_a_person(
        rules: ExtractRules, language: str, body: str, names: list[str]) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.roles, s.roundtable) for s in speakers] == [
        (names[0], ("plenary",), None), (names[1], ("roundtable",), 2)]


def test_near_miss_a_lettered_item_that_opens_no_honorific_stays_an_item(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous souhaitons intervenir en séance plénière.\n\nA. Contexte de nos activités\n\n"
            "B. Mme Rokia Traoré, trésorière, Association des Riverains du Fleuve\n\nCordialement\n")
    speakers = run(message(body), rules, language="fr").speakers
    assert [(s.name, s.roles) for s in speakers] == [("Rokia Traoré", ("plenary",))]


# ---------------------------------------------------------------------------------------------
# A role set aside, then with no comma the role asked for instead: only the one asked for.


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "One correction: rather than the plenary I would now prefer to speak in roundtable 3 if possible."),
    ("fr", "Une correction : plutôt que la séance plénière je préférerais intervenir à la table ronde 3."),
    ("ar", "تصحيح واحد: بدلا من الجلسة العامة أفضل المشاركة في المائدة المستديرة الثالثة."),
])
def test_a_role_set_aside_without_a_comma_leaves_the_one_asked_for_instead(
        rules: ExtractRules, language: str, sentence: str) -> None:
    body = f"{sentence}\n\nDr. Salma Haddad, Director, Levant Labour Observatory\n"
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.roles, s.roundtable) for s in speakers] == [(("roundtable",), 3)]


def test_near_miss_two_roles_set_aside_together_both_stay_aside(rules: ExtractRules) -> None:
    body = ("I would like to be rapporteur rather than the plenary or a roundtable.\n\n"
            "Dr. Salma Haddad, Director, Levant Labour Observatory\n")
    speakers = run(message(body), rules, language="en").speakers
    assert [s.roles for s in speakers] == [("rapporteur",)]


# ---------------------------------------------------------------------------------------------
# "Pour le compte de Mme X, Directrice de Y, je vous adresse le rapport. Mme X souhaiterait intervenir ...": the person
# the message is sent for is the speaker, as "On behalf of Dr. X, ..." says in English.


def test_the_person_a_french_message_is_sent_for_is_the_speaker(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nPour le compte de Mme Salimata Keïta, Directrice du Centre sahélien d'études sur les mobilités "
            "(CSEM), je vous adresse en pièce jointe notre rapport.\n\nMme Keïta souhaiterait aussi intervenir lors de "
            "la table ronde n°1.\n\nBien cordialement,\nJoseph Diallo\nAssistant de direction\n")
    speakers = run(message(body), rules, category="both", language="fr").speakers
    assert [(s.name, s.title, s.roles, s.roundtable) for s in speakers] == [
        ("Salimata Keïta", "Directrice", ("roundtable",), 1)]


def test_near_miss_a_message_sent_for_an_organisation_proposes_its_named_speaker(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nPour le compte de la Fédération des Associations Sahéliennes, je vous propose M. Ousmane "
            "Sow, secrétaire général, pour la table ronde n°1.\n\nCordialement\n")
    speakers = run(message(body), rules, language="fr").speakers
    assert [s.name for s in speakers] == ["Ousmane Sow"]
