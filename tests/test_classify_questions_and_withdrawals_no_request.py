"""Families of the blind sets 201-204 (helper K1): messages that mention a speaking role but make no request. A
speaker who might wish to speak, asked about under "if" ("if one of our researchers wishes to take the floor, ...?");
whether the sender may propose someone not yet named, the name to follow (in dialect too: "منبعت الاسم فور ما
تأكدوا لنا"); a question on the sender's own request on file ("quick question on my request below"). Each with a
near miss that names or proposes someone, and must stay a request."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, decide_reply, fired, mail

# ---------------------------------------------------------------------------------------------
# Someone unnamed who might wish to speak, asked about in a question


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nOur network follows the review closely. Should a member of our network wish to speak at the "
    "plenary while staying in Amman, would a video link be available?\n\nKind regards,\nNadia",
    "Bonjour,\n\nSi l'une de nos militantes souhaite prendre la parole en table ronde sans pouvoir se déplacer, "
    "pourra-t-elle intervenir par visioconférence ?\n\nCordialement,\nNadia",
    "تحية طيبة،\n\nإذا رغب أحد باحثينا في التحدث في المائدة المستديرة دون أن يتمكن من السفر، هل يمكن المشاركة عبر "
    "الفيديو؟\n\nمع التحية،\nنادية",
])
def test_a_speaker_who_might_wish_to_speak_asked_about_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Remote participation", body))
    assert "speaker-proposal-hypothetical" in fired(decision) and decision.category == "other"


def test_near_miss_a_named_member_who_wishes_to_speak_is_a_request(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nIf the plenary is full, one of our researchers, Dr Karim Saleh, wishes to take the floor "
            "at roundtable 3 instead.\n\nKind regards,\nNadia")
    decision = decide(ruleset, mail("Speaking request", body))
    assert "speaker-proposal-hypothetical" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# Whether one may propose someone not yet named, the name to follow


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe missed the first call. Is it possible for us to propose a speaker for the open discussion on the 23rd? "
    "We will send you the name as soon as you confirm.\n\nThanks,\nRami",
    "Bonjour,\n\nPouvons-nous proposer une intervenante pour le débat ouvert du 23 ? Nous vous envoyons son nom dès que "
    "vous nous le confirmez.\n\nMerci,\nRami",
    "مرحبا،\n\nفاتنا الموعد الأول. هل فيه مجال نرشح متحدث للنقاش المفتوح؟ هنبعت الاسم والوظيفة أول ما تردوا علينا.\n\n"
    "شكرا،\nرامي",
])
def test_asking_whether_one_may_propose_someone_unnamed_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Open discussion", body))
    assert "speaker-proposal-hypothetical" in fired(decision) and decision.category == "other"


@pytest.mark.parametrize("body", [
    "Hello,\n\nCould we propose Ms Hala Nasser, our director, for the open discussion on the 23rd?\n\nThanks,\nRami",
    # asking whether it is still possible, then proposing someone by name: a late request
    "Hello,\n\nIs it still possible to propose a speaker? If so, we would like to propose our Director, Mr. Adel Haddad, "
    "for a floor intervention in the plenary.\n\nThanks,\nRami",
    "Hello,\n\nIs it possible to propose a speaker? If so, we would like to propose our Director, Mr. Adel Haddad, for "
    "a floor intervention in the plenary.\n\nThanks,\nRami",
    "Bonjour,\n\nPouvons-nous proposer une intervenante pour la table ronde 2 ?\n\nIntervenante : Hala Nasser, "
    "directrice, Réseau Tadamon.\n\nMerci,\nRami",
    "Bonjour,\n\nEst-il encore possible de proposer une intervenante pour la table ronde 2 ?\n\nIntervenante : Hala "
    "Nasser, directrice, Réseau Tadamon.\n\nMerci,\nRami",
])
def test_near_miss_asking_to_propose_a_named_person_is_a_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Open discussion", body))
    assert "speaker-proposal-hypothetical" not in fired(decision) and decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "مرحبا،\n\nبدنا نرشح متحدثة للطاولة المستديرة الثانية، ومنبعتلكم اسمها أول ما نتأكد من سفرها.\n\nشكرا،\nرامي",
    "السلام عليكم،\n\nحابين نقترح متحدث للجلسة العامة، وغادي نرسلو الاسم من بعد.\n\nشكرا،\nرامي",
])
def test_a_speaker_whose_name_is_promised_in_dialect_is_undecided(ruleset: Ruleset, body: str) -> None:
    assert "speaker-request-undecided" in fired(decide(ruleset, mail("مداخلة", body)))


def test_near_miss_a_cv_promised_in_dialect_leaves_the_request(ruleset: Ruleset) -> None:
    body = ("مرحبا،\n\nبدنا نرشح السيدة هالة ناصر، مديرة الجمعية، للطاولة المستديرة الثانية، ومنبعتلكم سيرتها الذاتية "
            "بعدين.\n\nشكرا،\nرامي")
    decision = decide(ruleset, mail("مداخلة", body))
    assert "speaker-request-undecided" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A question on one's own request on file


@pytest.mark.parametrize("body", [
    "Hi again,\n\nA short question about my request below: could you let me know whether there will be interpretation "
    "in the roundtables?\n\nThanks,\nSara",
    "Bonjour,\n\nPetite question au sujet de ma demande ci-dessous : pourriez-vous me dire si l'interprétation sera "
    "assurée en table ronde ?\n\nMerci,\nSara",
    "مرحبا،\n\nسؤال سريع بخصوص طلبي أدناه: نرجو إفادتنا بالوقت المخصص للمداخلة في المائدة المستديرة.\n\nشكرا،\nسارة",
])
def test_a_question_on_ones_own_request_is_no_new_request(ruleset: Ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: Speaking request", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


def test_near_miss_a_question_on_a_request_that_proposes_someone_more_is_a_request(ruleset: Ruleset) -> None:
    body = ("Hi again,\n\nA quick question about our request: could you share the concept note? We would also like to "
            "propose Ms Rana Aziz, Programme Manager, for roundtable 2.\n\nThanks,\nSara")
    decision = decide_reply(ruleset, "Re: Speaking request", body)
    assert "asks-about-request-made" not in fired(decision) and decision.category == "speaker_request"
