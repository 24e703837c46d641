"""Families of the blind set 194 (helper G8): a secretary who writes for the president and points at their details
below with a few words between ("Ses coordonnées figurent ci-dessous, telles qu'il signe :", "His details, as he signs
them:", "بياناته كما يوقعها:"), the block under it being the speaker's, not the secretary who signs. With a near miss."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# The office writes for its head and points at the head's details below in a longer sentence: the block is the speaker
@pytest.mark.parametrize(("body", "person"), [
    ("Bonjour,\n\nÀ la demande de notre présidente, je vous transmets sa demande d'intervention en plénière.\n\n"
     "Ses coordonnées figurent ci-dessous, telles qu'elle les donne :\n\nSalima Haddad\nPrésidente\n"
     "Association des Familles Franco-Tunisiennes\n\nBien à vous,\nLe secrétariat\nLina K.\n",
     ("Salima Haddad", "Présidente", "Association des Familles Franco-Tunisiennes")),
    ("Dear colleagues,\n\nAt the request of our chairman, I am sending his request to speak in the plenary.\n\n"
     "His details, as he signs them:\n\nOmar Farah\nChairman\nSomali Community Council of Wales\n\n"
     "Kind regards,\nOffice of the Chairman\nLina K.\n",
     ("Omar Farah", "Chairman", "Somali Community Council of Wales")),
    ("السلام عليكم،\n\nبتكليف من رئيس الجمعية، نرسل لكم طلبه للمداخلة في الجلسة العامة.\n\nبياناته كما يوقعها:\n\n"
     "خالد منصور\nرئيس الجمعية\nجمعية الجالية اليمنية في برمنغهام\n\nمع التحية،\nأمانة السر\nلينا\n",
     ("خالد منصور", "رئيس الجمعية", "جمعية الجالية اليمنية في برمنغهام")),
])
def test_details_pointed_at_in_a_longer_sentence_are_the_speakers(body: str, person: tuple[str, str, str],
                                                                 rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Secretariat <office@example.org>"), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [person]
    assert speakers[0].roles == ("plenary",)


# Near miss: "their details" pointing at a postal address block names no one: the sender asking for themself stays
def test_near_miss_details_pointed_at_an_address_block(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nI would like to speak in the open discussion.\n\nTheir details, for your records:\n\n"
            "12 Harbour Road\nBirmingham B1 2AA\nUnited Kingdom\n\nBest,\nAmina Belkacem\n"
            "Project Officer, Passerelles Network\n")
    speakers = run(message(body, from_="Amina Belkacem <amina@example.org>"), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("Amina Belkacem", "Project Officer", "Passerelles Network")]


# A secretary writing at the request of the head, who is not named: the head is the speaker, so the secretary who
# signs is not taken for them (nor the clause for her title)
@pytest.mark.parametrize("body", [
    "Hello,\n\nAt the request of our President, I am sending his request to speak at roundtable 1.\n\nBest,\nNawal B.\n",
    "Bonjour,\n\nÀ la demande de notre présidente, je vous transmets sa demande d'intervention à la table ronde 1.\n\n"
    "Cordialement,\nNawal B.\n",
    "Bonjour,\n\nDe la part de notre président, je vous transmets sa demande d'intervention à la table ronde 1.\n\n"
    "Cordialement,\nNawal B.\n",
    "مرحبا،\n\nبتكليف من رئيس الجمعية، نرسل لكم طلبه للمداخلة في المائدة المستديرة الأولى.\n\nمع التحية،\nنوال\n",
    "مرحبا،\n\nنيابة عن رئيسة المنظمة، نرسل لكم طلبها للمداخلة في المائدة المستديرة الأولى.\n\nمع التحية،\nنوال\n",
])
def test_a_secretary_writing_at_the_heads_request_is_not_the_speaker(body: str, rules: ExtractRules) -> None:
    assert run(message(body, from_="Nawal B <office@example.org>"), rules).speakers == ()


# Near miss: at the request of the sender's own body (no person), or said of something else later in a sentence: the
# sender asking for themself stays the speaker
@pytest.mark.parametrize(("body", "name"), [
    ("Hello,\n\nAt the request of our association, I would like to speak at roundtable 1.\n\nBest,\nNadia Karam\n"
     "Coordinator, Lebanese Diaspora Network\n", "Nadia Karam"),
    ("Bonjour,\n\nÀ la demande de notre association, je souhaite intervenir à la table ronde 1.\n\nCordialement,\n"
     "Nadia Karam\nCoordinatrice, Réseau de la diaspora libanaise\n", "Nadia Karam"),
    ("مرحبا،\n\nبطلب من الجمعية، أرغب في المداخلة في المائدة المستديرة الأولى.\n\nمع التحية،\nنادية كرم\n"
     "منسقة، شبكة المغتربين اللبنانيين\n", "نادية كرم"),
    ("Hello,\n\nI would like to speak at roundtable 1. We thank you, at the request of our president, for the "
     "invitation.\n\nBest,\nNadia Karam\nCoordinator, Lebanese Diaspora Network\n", "Nadia Karam"),
    # a post of the body proposed, not a request made for it: the one who signs with that post
    ("مرحبا،\n\nنود ترشيح مديرة الجمعية للمداخلة في المائدة المستديرة الأولى. بياناتها في التوقيع.\n\nمع التحية،\n"
     "نادية كرم\nمديرة\nجمعية المغتربين اللبنانيين\n", "نادية كرم"),
])
def test_near_miss_at_the_request_of_the_senders_body(body: str, name: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Nadia Karam <nadia@example.org>"), rules).speakers
    assert [s.name for s in speakers] == [name]


# The pilgrim's form of address before the name goes to the honorific, in Latin letters as in Arabic ("الحاج X")
@pytest.mark.parametrize(("body", "name", "honorific"), [
    ("Dear Secretariat,\n\nOn behalf of our Chairman, Hajji Musa Abubakar, I request a slot in the plenary for him.\n\n"
     "Kind regards,\nFatima Shami\nSecretary, Nigerian Community Welfare Association\n", "Musa Abubakar", "Hajji"),
    ("Dear Secretariat,\n\nWe propose Alhaji Musa Abubakar, Chairman of the Nigerian Community Welfare Association, "
     "for the plenary.\n\nKind regards,\nFatima Shami\n", "Musa Abubakar", "Alhaji"),
    ("السادة الأمانة،\n\nنرشح الحاج عبده صالح المقطري، رئيس الجمعية اليمنية للرعاية، للمداخلة في الجلسة العامة.\n\n"
     "مع التحية\nفاطمة الشامي\n", "عبده صالح المقطري", "الحاج"),
])
def test_the_pilgrims_form_of_address_is_no_part_of_the_name(body: str, name: str, honorific: str,
                                                              rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Fatima Shami <fatima@example.org>"), rules).speakers
    assert [(s.name, s.honorific) for s in speakers] == [(name, honorific)]


# Near miss: "Hajji" as a family name, "Hajja" as a given name after another honorific, stay in the name
@pytest.mark.parametrize(("body", "name"), [
    ("Dear Secretariat,\n\nI would like to speak in the plenary.\n\nKind regards,\nMohamed Hajji\n"
     "Chairman, Moroccan Welfare Association\n", "Mohamed Hajji"),
    ("Dear Secretariat,\n\nWe propose Ms. Hajja Benali, Chair of the Women's Association, for the plenary.\n\n"
     "Kind regards,\nFatima Shami\n", "Hajja Benali"),
])
def test_near_miss_hajji_as_a_family_name(body: str, name: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Mohamed Hajji <mh@example.org>"), rules).speakers
    assert [s.name for s in speakers] == [name]
