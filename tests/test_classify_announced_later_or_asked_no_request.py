"""Families of the blind sets 218-220 (helper K1): messages that name a speaking role, even a speaker, but make no new
request. A nomination announced for later, no one named ("we intend to nominate a speaker at a later stage", the name,
title and affiliation to follow); the call's own wording repeated by a bulletin ("les parties prenantes souhaitant
intervenir sont invitées à écrire à"); in a follow-up, a wish to know how the session requested will run ("le Pr X
souhaiterait connaître l'horaire de la discussion ouverte et le lien de connexion"), or whether a correction sent
before was recorded ("بس حابة أتأكد إنو وصلكم تصحيح الاسم"); whether one can still ask, in dialect ("لسه ممكن نرشح
متحدث؟"). Each with a near miss that names or proposes someone and stays a request."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, decide_reply, fired, mail

# ---------------------------------------------------------------------------------------------
# A nomination of someone not yet named, announced for later


@pytest.mark.parametrize("body", [
    "Dear team,\n\nCould you tell us whether a report may be sent in two parts? We plan to propose a speaker for one of "
    "the roundtables later on, once our members have met.\n\nBest regards,\nOmar",
    "Dear team,\n\nWe are getting ready to put forward one of our volunteers for the open discussion. We will send you "
    "his name, position and organisation after our general assembly next week.\n\nBest regards,\nOmar",
    "Bonjour,\n\nNous envisageons de proposer une intervenante pour la table ronde 2 ultérieurement, sous réserve de "
    "l'accord de notre conseil.\n\nCordialement,\nOmar",
    "مرحبا،\n\nننوي ترشيح متحدثة للمائدة المستديرة الثانية في مرحلة لاحقة بعد اجتماع الهيئة الإدارية.\n\nمع التحية،\nعمر",
])
def test_a_nomination_announced_for_later_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Roundtables", body))
    assert "speaker-request-undecided" in fired(decision) and decision.category == "other"


@pytest.mark.parametrize("body", [
    "Dear team,\n\nWe plan to propose Dr Lina Haddad, our research director, for roundtable 2.\n\nBest regards,\nOmar",
    "Bonjour,\n\nNous proposons Mme Lina Haddad, directrice de recherche, pour la table ronde 2.\n\nCordialement,\nOmar",
])
def test_near_miss_a_named_nominee_is_a_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Roundtable 2", body))
    assert "speaker-request-undecided" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# The call's own wording repeated in the third person


@pytest.mark.parametrize("body", [
    "NETWORK NEWS\n\nThe regional review will take place on 24-25 February. Organisations wishing to take the floor are "
    "invited to write to the review address before 5 February.\n\nTo unsubscribe, reply STOP.",
    "LETTRE D'INFORMATION\n\nLes organisations désirant prendre la parole sont invitées à écrire à l'adresse de l'examen "
    "avant le 5 février.\n\nPour vous désabonner, répondez STOP.",
    "النشرة الإخبارية\n\nالمنظمات الراغبة في التحدث مدعوة إلى الكتابة إلى عنوان الاستعراض قبل 5 فبراير.\n\nلإلغاء الاشتراك أرسلوا STOP.",
])
def test_the_call_wording_repeated_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Network news", body))
    assert "call-wording-repeated" in fired(decision) and decision.category == "other"


def test_near_miss_the_sender_wishing_to_take_the_floor_is_a_request(ruleset: Ruleset) -> None:
    body = ("Dear team,\n\nOur organisation wishes to take the floor at the plenary: we propose Ms Rima Saad, our "
            "president.\n\nBest,\nAli")
    decision = decide(ruleset, mail("Plenary", body))
    assert "call-wording-repeated" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# In a follow-up, a wish to know how the requested session will run


@pytest.mark.parametrize("body", [
    "Dear team,\n\nFurther to our request of 3 February, Dr Nabil would like to know the exact start time of the open "
    "discussion and the connection link.\n\nThanks,\nSara",
    "Madame, Monsieur,\n\nSuite à notre demande du 3 février, Mme Khoury aimerait connaître l'heure exacte de la table "
    "ronde 2 ainsi que le lien de connexion.\n\nCordialement,\nSara",
])
def test_a_wish_to_know_the_session_details_is_no_new_request(ruleset: Ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: Acknowledgement of receipt", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


def test_near_miss_a_replacement_proposed_in_the_follow_up_stays_a_request(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nSuite à notre demande du 3 février, nous proposons Mme Rania Khoury à la place de "
            "M. Sami, pour la table ronde 2. Elle aimerait connaître le lien de connexion.\n\nCordialement,\nSara")
    decision = decide_reply(ruleset, "Re: Acknowledgement of receipt", body)
    assert "asks-about-request-made" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# Whether a correction sent before was recorded


@pytest.mark.parametrize("body", [
    "Hello,\n\nJust checking: could you confirm that you received the correction of Mr Adel's surname? Your automatic "
    "reply still showed the old spelling.\n\nThanks,\nMona",
    "Bonjour,\n\nPourriez-vous nous confirmer que la rectification du nom de M. Adel a bien été prise en compte ?\n\n"
    "Merci,\nMona",
    "مرحبا،\n\nبدنا نتأكد إنو وصلكم تصحيح اسم الأستاذ عادل، لأنو الرد الآلي كان فيه الاسم القديم.\n\nشكرا،\nمنى",
])
def test_asking_whether_a_correction_was_recorded_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: Speaker nomination", body)
    assert "speaker-request-status" in fired(decision) and decision.category == "other"


def test_near_miss_the_correction_itself_is_kept(ruleset: Ruleset) -> None:
    body = "Hello,\n\nA small correction: the correct title of Mr Adel Tarif is Legal Adviser.\n\nThanks,\nMona"
    decision = decide_reply(ruleset, "Re: Speaker nomination", body)
    assert "speaker-request-status" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# Whether one can still ask, in dialect, naming nobody


@pytest.mark.parametrize("body", [
    "مرحبا،\n\nقرينا إنو الموعد انتهى. ولسّا فينا نطلب مداخلة بالجلسة العامة؟ وشو لازم نبعت؟\n\nشكرا،\nرامي",
    "أهلا،\n\nلسه ممكن نرشح متحدثة للمائدة المستديرة؟ ولو آه نبعت إيه بالظبط؟\n\nشكرا،\nرامي",
])
def test_asking_in_dialect_whether_one_can_still_ask_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("سؤال", body))
    assert "speaker-deadline-question" in fired(decision) and decision.category == "other"


def test_near_miss_still_asking_for_a_named_person_is_a_request(ruleset: Ruleset) -> None:
    body = "مرحبا،\n\nلسه ممكن نرشح الدكتورة هالة سعيد، مديرة الجمعية، للمائدة المستديرة الثانية؟\n\nشكرا،\nرامي"
    decision = decide(ruleset, mail("ترشيح", body))
    assert "speaker-deadline-question" not in fired(decision) and decision.category == "speaker_request"
