"""Families of the blind set 197 (helper H4), one section each, each with a near miss left alone: a message typed all
in capitals, whose capitals mark no name; a French form that writes both articles of the person it asks for ("Nom
du/de la participant(e) :"); leave to speak asked as a question; an aside in brackets about the person after their
organisation; the report put into this very message; "je fais partie des X"."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_names import lower_case_capitals
from intake.folding import fold
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail

# ---------------------------------------------------------------------------------------------
# A message typed all in capitals: the signature's person, never a phrase of the prose


@pytest.mark.parametrize(("body", "from_", "person"), [
    ("GOOD MORNING\nMY NAME IS ON THE LIST OF YOUR YOUTH FORUM AND I HEARD ABOUT THE MEETING FROM MY TEACHER. I WOULD "
     "LIKE TO SPEAK IN THE OPEN DISCUSSION ABOUT YOUNG PEOPLE WHO ARRIVE ALONE\nTHANKS\n\nDANIEL OKAFOR\n"
     "YOUTH DELEGATE\nNIGERIAN STUDENTS ASSOCIATION (NSA)\n",
     "daniel okafor <dan.okafor@example.org>",
     ("Daniel Okafor", "youth delegate", "Nigerian Students Association (NSA)")),
    ("BONJOUR\nJE SUIS LYCÉENNE ET J'AI VU VOTRE ANNONCE SUR LE SITE DE LA MAIRIE. JE SOUHAITE INTERVENIR EN PLÉNIÈRE "
     "SUR LES JEUNES QUI ATTENDENT LEURS PAPIERS DEPUIS DES ANNÉES\nMERCI\n\nCLARA MBEKI\n"
     "DÉLÉGUÉE DE CLASSE - LYCÉE VICTOR HUGO\nCONSEIL DES JEUNES DE MONTREUIL (CJM)\n",
     "clara mbeki <clara.mbeki@example.org>",
     ("Clara Mbeki", "déléguée de classe - lycée victor hugo", "Conseil des Jeunes de Montreuil (CJM)")),
])
def test_a_message_in_capitals_names_its_signatory(body: str, from_: str, person: tuple[str, str, str],
                                                   rules: ExtractRules) -> None:
    speakers = run(message(body, from_=from_), rules).speakers
    assert [(s.name, fold(s.title or ""), s.affiliation) for s in speakers] == [(person[0], fold(person[1]), person[2])]


# Near miss: a message in normal case with a heading and a signature line in capitals keeps its capitals
def test_near_miss_a_few_lines_in_capitals_are_kept() -> None:
    new = ("URGENT - SPEAKER REQUEST\nDear colleagues,\nOur director would like to speak in the plenary about the "
           "situation of young returnees in the region and the work of our centres.\nBest regards,\n")
    signature = "Amal Nasser\nDirector\nREGIONAL YOUTH CENTRE (RYC)\n"
    assert lower_case_capitals(new, signature) == (new, signature)


# ---------------------------------------------------------------------------------------------
# "Nom du/de la participant(e) :": the name label with both articles


def test_a_name_label_with_both_articles_names_each_block(rules: ExtractRules) -> None:
    body = ("Bonjour,\nVoici les réponses de notre formulaire :\n\n"
            "Nom du/de la participant(e) : Inès Berrada\nFonction : Animatrice jeunesse\n"
            "Organisation : Réseau Jeunes Solidaires (RJS)\nRôle souhaité : Table ronde 2\n\n"
            "Nom du/de la participant(e) : Karim Tazi\nFonction : Membre du conseil des jeunes\n"
            "Organisation : RJS\nRôle souhaité : Plénière\n\n"
            "Cordialement,\nNadia Sefrioui\nCoordinatrice, RJS\n")
    speakers = run(message(body, from_="RJS <contact@example.org>"), rules, language="fr").speakers
    assert [(s.name, s.title) for s in speakers] == [("Inès Berrada", "Animatrice jeunesse"),
                                                     ("Karim Tazi", "Membre du conseil des jeunes")]


# Near miss: the same words in a sentence, with no colon, label nothing
def test_near_miss_both_articles_in_a_sentence_label_nothing(rules: ExtractRules) -> None:
    body = ("Bonjour,\nJe souhaite intervenir en plénière. Le nom du/de la participant(e) qui m'accompagnera vous "
            "sera communiqué plus tard.\nCordialement,\nSalma Idrissi\nPrésidente, Collectif Passerelles\n")
    speakers = run(message(body, from_="Salma Idrissi <salma@example.org>"), rules, language="fr").speakers
    assert [s.name for s in speakers] == ["Salma Idrissi"]


# ---------------------------------------------------------------------------------------------
# Leave to speak asked as a question


@pytest.mark.parametrize("body", [
    "Bonjour,\nJe travaille avec des jeunes migrants à Lille. Est-ce que je pourrais quand même intervenir en plénière ?\n"
    "Merci\nLéa\n",
    "Bonjour,\nPourrions-nous prendre la parole lors de la table ronde 2 ?\nMerci\nLéa\n",
    "Hi,\nI run a homework club for refugee children. Could I speak in the plenary session?\nThanks\nLea\n",
    "Hi,\nIs it possible for me to speak at roundtable 2?\nThanks\nLea\n",
    "مرحبا\nأنا أعمل مع الشباب المهاجرين. هل يمكنني أن أتحدث في الجلسة العامة؟\nشكرا\nليلى\n",
    "مرحبا\nممكن احكي بالطاولة المستديرة التانية؟\nشكرا\nليلى\n",
])
def test_leave_to_speak_asked_as_a_question_is_a_request(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Question", body)).category == "speaker_request"


# Near miss: leave to attend, asked the same way, asks for no role
@pytest.mark.parametrize("body", [
    "Bonjour,\nEst-ce que je pourrais assister à la plénière ?\nMerci\nLéa\n",
    "Hi,\nCould I attend the plenary session?\nThanks\nLea\n",
    "مرحبا\nهل يمكنني حضور الجلسة العامة؟\nشكرا\nليلى\n",
])
def test_near_miss_leave_to_attend_asks_for_no_role(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Question", body))
    assert not {"speaker-request-en", "speaker-request-fr", "speaker-request-ar"} & set(fired(decision))
    assert decision.category != "speaker_request"


# ---------------------------------------------------------------------------------------------
# An aside in brackets about the person after their organisation, its clause cut: no part of the affiliation


@pytest.mark.parametrize(("line", "language"), [
    ("2. Yusuf Demir - Youth Worker, Bridges Youth Collective (he will come with Lina and can also speak)", "en"),
    ("2. Yusuf Demir - Animateur, Collectif Jeunesse Passerelles (il viendra avec Lina et pourra aussi intervenir)", "fr"),
])
def test_an_aside_about_the_person_is_no_part_of_the_affiliation(line: str, language: str, rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nOur two proposed speakers for the open discussion:\n\n"
            f"1. Lina Aziz - Member, Youth Council\n{line}\n\nBest,\nRania\n")
    speakers = run(message(body), rules, language=language).speakers
    assert "(" not in (speakers[-1].affiliation or "")
    assert speakers[-1].affiliation in ("Bridges Youth Collective", "Collectif Jeunesse Passerelles")


# Near miss: the acronym in brackets after the name stays
def test_near_miss_an_acronym_in_brackets_stays(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nOur two proposed speakers for the open discussion:\n\n"
            "1. Lina Aziz - Member, Youth Council\n2. Yusuf Demir - Youth Worker, Bridges Youth Collective (BYC)\n\n"
            "Best,\nRania\n")
    assert run(message(body), rules).speakers[-1].affiliation == "Bridges Youth Collective (BYC)"


# ---------------------------------------------------------------------------------------------
# The report put into this very message, said a sentence after the report is named


@pytest.mark.parametrize(("subject", "body"), [
    ("Our report", "Hello,\nThis is the report of our youth club on the Global Compact for Migration, written by the "
     "members themselves with help from our coordinator. We had no way to make a PDF, so we put it here in this email.\n\n"
     "What we did\n- We talked to 20 pupils\n\nThanks\nYouth club\n"),
    ("Notre rapport", "Bonjour,\nCeci est le rapport du conseil des jeunes sur le Pacte mondial pour les migrations, écrit "
     "par les jeunes eux-mêmes avec l'aide de l'animatrice. Comme nous n'avons pas de traitement de texte, nous "
     "l'avons collé directement dans ce message.\n\nCe que nous avons fait\n- Des ateliers dans trois collèges\n\nMerci\n"),
    ("تقريرنا", "مرحبا\nهذا تقرير نادي الشباب في البلدة عن الاتفاق العالمي للهجرة، كتبناه نحن الأعضاء وساعدتنا المنسقة "
     "في الترتيب. ما عنا برنامج للملفات فحطيناه هون بالرسالة.\n\nشو عملنا\n- حكينا مع ٢٠ تلميذ\n\nشكرا\nنادي الشباب\n"),
])
def test_a_report_put_into_this_message_is_a_report(ruleset: Ruleset, subject: str, body: str) -> None:
    decision = decide(ruleset, mail(subject, body))
    assert "report-in-body-said" in fired(decision)
    assert decision.category == "voluntary_report"


# Near miss: the report put into another message, or a file, is not in this one
@pytest.mark.parametrize("body", [
    "Hello,\nThis is about the report of our youth club on the Global Compact. We put it in a separate email yesterday; "
    "did it arrive?\nThanks\n",
    "مرحبا\nبخصوص تقرير نادي الشباب عن الاتفاق العالمي للهجرة، حطيناه بملف وبعتناه مبارح. وصلكم؟\nشكرا\n",
])
def test_near_miss_a_report_put_elsewhere_is_not_in_the_body(ruleset: Ruleset, body: str) -> None:
    assert "report-in-body-said" not in fired(decide(ruleset, mail("Report", body)))


# ---------------------------------------------------------------------------------------------
# "je fais partie des X": the body the person says they belong to, named by no keyword, is their affiliation


def test_the_body_one_is_part_of_is_the_affiliation(rules: ExtractRules) -> None:
    body = ("Bonjour,\nJe m'appelle Lina Ouali, je fais partie des Éclaireurs du Sahel (EDS) depuis que j'ai huit ans. "
            "Je souhaite intervenir en plénière.\nMerci\nLina\n")
    speakers = run(message(body, from_="Lina Ouali <lina@example.org>"), rules, language="fr").speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("Lina Ouali", "Éclaireurs du Sahel (EDS)")]


# Near miss: being part of a group of people names no body
def test_near_miss_part_of_a_group_of_people_is_no_body(rules: ExtractRules) -> None:
    body = ("Bonjour,\nJe m'appelle Lina Ouali. Je fais partie des jeunes qui ont grandi loin de leur pays. "
            "Je souhaite intervenir en plénière.\nMerci\nLina\n")
    speakers = run(message(body, from_="Lina Ouali <lina@example.org>"), rules, language="fr").speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("Lina Ouali", None)]
