"""Families of the blind set 193 (helper G7): a list of people that says nothing of speaking (a report's authors)
and one of them proposed apart; a sender who hopes for the chance to speak themself besides the colleague they
propose; a list item's person with a form's labelled lines under it. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# A report's authors listed under a heading that says nothing of speaking, then one of them proposed in a sentence:
# only that one is a speaker, with the details the list gives
@pytest.mark.parametrize(("language", "body", "speaker"), [
    ("en", "Dear Secretariat,\n\nPlease find attached our review report, written by a team of three.\n\nContributors:\n"
           "- Dr. Amal Nasser, Senior Fellow, Coast Policy Centre\n"
           "- Prof. Omar Saleh, Professor of Economics, University of Tyre\n"
           "- Dr. Rana Aziz, Researcher, Coast Policy Centre\n\n"
           "We would like to propose Prof. Omar Saleh as a speaker in Roundtable 2.\n\nBest regards,\nLeila\n",
     ("Omar Saleh", "Professor of Economics", "University of Tyre")),
    ("fr", "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre rapport.\n\nAuteurs :\n"
           "- Dr Amal Nasser, chercheuse, Centre d'analyse du Sahel\n"
           "- Pr Omar Saleh, professeur d'économie, Université de Ségou\n"
           "- Mme Rana Aziz, chargée d'études, Centre d'analyse du Sahel\n\n"
           "Nous souhaitons proposer le Pr Omar Saleh pour intervenir lors de la table ronde 2.\n\nCordialement,\nLeila\n",
     ("Omar Saleh", "professeur d'économie", "Université de Ségou")),
    ("ar", "تحية طيبة،\n\nنرفق لكم تقريرنا الطوعي.\n\nفريق الإعداد:\n"
           "- الدكتورة أمل ناصر، باحثة أولى، مركز الساحل للدراسات\n"
           "- الدكتور عمر صالح، أستاذ الاقتصاد، جامعة صور\n"
           "- السيدة رنا عزيز، باحثة، مركز الساحل للدراسات\n\n"
           "ونقترح الدكتور عمر صالح للمداخلة في المائدة المستديرة الثانية.\n\nمع التحية\n",
     ("عمر صالح", "أستاذ الاقتصاد", "جامعة صور")),
])
def test_one_of_a_reports_authors_proposed_apart_is_the_only_speaker(language: str, body: str,
                                                                     speaker: tuple[str, str, str],
                                                                     rules: ExtractRules) -> None:
    fields = run(message(body, from_="Office <office@example.org>"), rules, category="both", language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [speaker]
    assert fields.speakers[0].roundtable == 2


# Near miss: a list under a heading that proposes speakers stays whole when one of them is named again for a role
def test_near_miss_a_list_of_speakers_with_one_named_again(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nWe propose the following speakers:\n"
            "- Dr. Amal Nasser, Senior Fellow, Coast Policy Centre\n"
            "- Prof. Omar Saleh, Professor of Economics, University of Tyre\n\n"
            "We would also like to propose Prof. Omar Saleh as rapporteur.\n\nBest regards,\nLeila\n")
    speakers = run(message(body, from_="Office <office@example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Amal Nasser", "Omar Saleh"]


# The sender proposes a colleague, then hopes for the chance to speak themself: both are speakers, each with the
# role of their own sentence
@pytest.mark.parametrize(("language", "body", "sender", "colleague"), [
    ("en", "Dear Secretariat,\n\nOur institute nominates Dr. Karim Haddad, Senior Researcher, as rapporteur.\n\n"
           "I also hope to have the opportunity to speak in the plenary session, as I led our survey of returnees.\n\n"
           "Kind regards,\n\nMaya Salem\nHead of Research\nCoastal Studies Institute\n",
     "Maya Salem", "Karim Haddad"),
    ("fr", "Madame, Monsieur,\n\nNotre institut propose M. Karim Haddad, chercheur principal, comme rapporteur.\n\n"
           "J'espère aussi pouvoir intervenir en séance plénière, ayant dirigé notre enquête sur les retours.\n\n"
           "Cordialement,\n\nMaya Salem\nResponsable de la recherche\nInstitut d'études côtières\n",
     "Maya Salem", "Karim Haddad"),
    ("ar", "تحية طيبة،\n\nيرشح المعهد الدكتور كريم حداد، الباحث الأول، ليقوم بدور المقرر.\n\n"
           "كما آمل أن تتاح لي فرصة المداخلة في الجلسة العامة، إذ أشرفت على مسح العائدين.\n\n"
           "مع التحية،\n\nمايا سالم\nرئيسة قسم البحوث\nمعهد الدراسات الساحلية\n",
     "مايا سالم", "كريم حداد"),
])
def test_a_sender_hoping_to_speak_besides_the_colleague_proposed(language: str, body: str, sender: str,
                                                                colleague: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_=f"{sender} <m.salem@example.org>"), rules, language=language).speakers
    roles = {s.name: s.roles for s in speakers}
    assert roles == {sender: ("plenary",), colleague: ("rapporteur",)}


# Near miss: hoping to follow the discussions asks for no role: the colleague alone is proposed
def test_near_miss_hoping_to_follow_the_discussions(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nOur institute nominates Dr. Karim Haddad, Senior Researcher, as rapporteur.\n\n"
            "I also hope to have the opportunity to follow the discussions online.\n\n"
            "Kind regards,\n\nMaya Salem\nHead of Research\nCoastal Studies Institute\n")
    speakers = run(message(body, from_="Maya Salem <m.salem@example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Karim Haddad"]


# A numbered list of people, each with a form's labelled lines under the name: the label says which field the
# line gives (not "Position" for a title nor "الجهة" for an organisation)
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear Secretariat,\n\nOur centre is pleased to nominate the following two researchers:\n\n"
           "1. Dr. Jane Mwangi\n   Position: Director of the Centre\n"
           "   Organisation: Centre for Mobility Studies - Rift University\n   Role: open discussion\n\n"
           "2. Ms. Alice Otieno\n   Position: PhD student\n"
           "   Organisation: Centre for Mobility Studies - Rift University\n   Role: roundtable 4\n\nBest regards,\n",
     [("Jane Mwangi", "Director of the Centre", "Centre for Mobility Studies - Rift University"),
      ("Alice Otieno", "PhD student", "Centre for Mobility Studies - Rift University")]),
    ("fr", "Madame, Monsieur,\n\nNotre centre a le plaisir de proposer les deux chercheuses suivantes :\n\n"
           "1. Pr Awa Diallo\n   Fonction : Directrice du centre\n   Organisme : Université de Thiès\n"
           "   Rôle : discussion ouverte\n\n"
           "2. Mme Fatou Sarr\n   Fonction : doctorante\n   Organisme : Université de Thiès\n"
           "   Rôle : table ronde 4\n\nCordialement,\n",
     [("Awa Diallo", "Directrice du centre", "Université de Thiès"),
      ("Fatou Sarr", "doctorante", "Université de Thiès")]),
    ("ar", "تحية طيبة،\n\nيسر المركز أن يرشح الباحثتين الآتيتين:\n\n"
           "١. الدكتورة هدى سليم\n   الصفة: مديرة المركز\n   الجهة: مركز دراسات السكان - جامعة النهرين\n"
           "   الدور المطلوب: النقاش المفتوح\n\n"
           "٢. السيدة نور كامل\n   الصفة: طالبة دكتوراه\n   الجهة: مركز دراسات السكان - جامعة النهرين\n"
           "   الدور المطلوب: المائدة المستديرة الرابعة\n\nمع التحية\n",
     [("هدى سليم", "مديرة المركز", "مركز دراسات السكان - جامعة النهرين"),
      ("نور كامل", "طالبة دكتوراه", "مركز دراسات السكان - جامعة النهرين")]),
])
def test_labelled_lines_under_a_listed_person(language: str, body: str, expected: list[tuple[str, str, str]],
                                              rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == expected
    assert [s.roles for s in speakers] == [("open_discussion",), ("roundtable",)]


# Near miss: unlabelled lines under a listed person are still read as the title, then the organisation
def test_near_miss_unlabelled_lines_under_a_listed_person(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nWe nominate the following speaker:\n\n1. Dr. Jane Mwangi\n   Director\n"
            "   Centre for Mobility Studies\n   Role: open discussion\n\nBest regards,\n")
    speakers = run(message(body, from_="Office <office@example.org>"), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("Jane Mwangi", "Director", "Centre for Mobility Studies")]
