"""Families of the blind sets (session 39): delegations, eligibility questions, regrets and replacements.

A question whether the sender may ask to speak at all ("am I even allowed to ask for a speaking slot?", « ai-je le
droit de demander à intervenir ? », "هل يحق لي أن أطلب مداخلة؟") is no request. A companion who comes along without
speaking (« accompagnée de M. X, qui suivra les travaux sans intervenir ») takes nothing from the request made for the
principal. A regret at not having proposed anyone (« n'ait pu vous proposer d'intervenant », "we were unable to
put forward a speaker"), a wish in the past conditional ("we would've loved to have one of our volunteers speak,
but ...") and a refusal in the progressive ("we will not be submitting a separate report", "the Forum will not be
proposing a replacement") are no requests or reports. A numbered list of "name - title - role" lines, a person "to
be considered as rapporteur", « c'est X qui la remplace » and a speaker confirmed "as stated in our previous letter"
are read as they are meant."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, decide_reply, fired, mail

_PDF = "application/pdf"


@pytest.mark.parametrize("body", [
    "Hello,\n\nI'm a PhD candidate, not part of any organisation. Am I even allowed to ask for a speaking slot in the "
    "open discussion, or is it only for NGOs?\n\nThanks,\nRami\n",
    "Bonjour,\n\nJe suis simple bénévole. Ai-je quand même le droit de demander à intervenir lors d'une table ronde, ou "
    "faut-il passer par une association ?\n\nCordialement,\nNadia\n",
    "مرحبا،\n\nأنا طالب ولست عضوا في أي جمعية. هل يحق لي أن أطلب مداخلة في النقاش المفتوح؟\n\nشكرا\nسامي\n",
])
def test_asking_whether_one_may_ask_to_speak_is_no_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Question", body))
    assert "speaker-proposal-hypothetical" in fired(decision)
    assert decision.category == "other"


# Near miss: a question that names the person proposed still proposes her
def test_near_miss_a_question_that_names_the_speaker(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nAre we allowed to speak in the plenary? If so, we nominate Ms Hiba Karam, our "
            "coordinator, to take the floor.\n\nHiba\n")
    assert decide(ruleset, mail("Plenary", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Madame, Monsieur,\n\nLa Présidente du Conseil, Mme Zeinab Omar, souhaite prendre la parole lors de la table ronde 1. "
    "Elle sera accompagnée de M. Idriss Ahmed, chargé de mission, qui suivra les travaux sans intervenir.\n\n"
    "Le Cabinet\n",
    "Dear colleagues,\n\nOur Chair, Ms Lina Haddad, would like to take the floor in the plenary. She will be accompanied "
    "by her adviser, Mr Omar Saleh, who will not speak.\n\nThe Office\n",
])
def test_a_companion_who_does_not_speak_leaves_the_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Participation", body))
    assert "attend-only" not in fired(decision)
    assert decision.category == "speaker_request"


# Near miss: the sender who only attends, with no one accompanying anyone, still only attends
def test_near_miss_attending_without_speaking(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nMme Aïcha Diallo, notre présidente, suivra la table ronde 2 sans intervenir.\n\nMerci\n")
    assert decide(ruleset, mail("Participation", body)).category == "other"


@pytest.mark.parametrize("body", [
    "Madame, Monsieur,\n\nJ'ai l'honneur de vous transmettre le rapport volontaire de la Fédération. La Présidente regrette "
    "que nous n'ayons pu, faute de temps, vous proposer d'intervenante dans les délais.\n\nLe Secrétariat\n",
    "Dear colleagues,\n\nPlease find attached our voluntary GCM review report. Regrettably we were unable to put forward a "
    "speaker in time.\n\nBest,\nJoe\n",
    "Hi,\n\nAttached is our voluntary GCM review report. We would've loved to have one of our youth leaders speak at a "
    "roundtable, but the deadline has passed.\n\nCheers,\nMay\n",
])
def test_a_report_with_a_regret_for_the_speaker_it_did_not_propose(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Voluntary report", body, attachments=[("GCM_Review_Report.pdf", _PDF)]))
    assert decision.category == "voluntary_report"


def test_a_refusal_of_both_in_the_progressive(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nAfter consulting our members, the Union will not be nominating a speaker and will not be "
            "submitting a separate voluntary report. Two of our officers would like to follow the plenary as observers.\n\n"
            "Regards,\nPaul\n")
    decision = decide(ruleset, mail("Participation", body))
    assert "report-handed-over-en" not in fired(decision)
    assert decision.category == "other"


def test_no_replacement_for_a_withdrawn_rapporteur(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nRegrettably Dr. Noura Aziz will not be able to serve as rapporteur. As the deadline has "
            "passed, the Council will not be proposing a replacement.\n\nBest regards,\nSam\n")
    decision = decide_reply(ruleset, "RE: Acknowledgement of receipt - rapporteur", body)
    assert "withdrawn-without-replacement" in fired(decision)
    assert decision.category == "other"


def test_a_plan_to_send_a_report_given_up_in_dialect(ruleset: Ruleset) -> None:
    body = ("السلام عليكم\n\nكنا ناويين نرسل تقرير عن أوضاع العمال بس للأسف ما قدرنا نخلصه قبل الموعد. بنتابع المؤتمر "
            "أونلاين إن شاء الله.\n\nخالد\n")
    decision = decide(ruleset, mail("الاستعراض الإقليمي", body))
    assert "report-handed-over-ar" not in fired(decision)
    assert decision.category == "other"


def test_nobody_found_to_replace_a_withdrawn_speaker(ruleset: Ruleset) -> None:
    body = ("السلام عليكم\n\nللأسف الأخت سلمى ما بتقدر تشارك في الطاولة المستديرة الثانية، وما لقينا حدا ثاني يحكي "
            "بدالها، فمنعتذر.\n\nرامي\n")
    decision = decide_reply(ruleset, "رد: إشعار استلام", body)
    assert "withdrawn-without-replacement" in fired(decision)
    assert decision.category == "other"


def test_a_numbered_list_of_name_title_and_role(ruleset: Ruleset) -> None:
    body = ("Hi again,\n\nThe team voted, here's the result:\n\n1. Lina Farouk - Outreach Lead - open discussion on the "
            "23rd\n2. Tarek Said - Treasurer - rapporteur for the key messages\n\nThanks!!\nLina\n")
    decision = decide(ruleset, mail("Re: youth groups", body))
    assert "speaker-numbered-role-lines" in fired(decision)
    assert decision.category == "speaker_request"


# Near miss: an agenda, numbered, with times and dates, is no list of speakers
def test_near_miss_a_numbered_agenda(ruleset: Ruleset) -> None:
    body = ("Dear all,\n\nFor your information, as we understood it:\n\n1. 23 Feb - 10:00 - open discussion\n"
            "2. 24 Feb - 09:30 - plenary\n\nCould you confirm the times?\n\nRegards,\nAmir\n")
    decision = decide(ruleset, mail("Programme", body))
    assert "speaker-numbered-role-lines" not in fired(decision)
    assert decision.category == "other"


def test_someone_to_be_considered_as_rapporteur(ruleset: Ruleset) -> None:
    body = ("Hello,\n\nWe talked it over with our co-chair, Dr Yara Khoury: she'd like to be considered as rapporteur for "
            "the key messages.\n\nBest,\nOmar\n")
    decision = decide(ruleset, mail("GCM review", body))
    assert "speaker-request-en" in fired(decision)
    assert decision.category == "speaker_request"


def test_the_one_who_replaces_a_speaker_in_french(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nPetit changement : Salma ne pourra pas venir, c'est Karim qui la remplace :\n\nKarim Benali – "
            "secrétaire de l'association\n\nMerci,\nIlyes\n")
    decision = decide_reply(ruleset, "Re: Demande de prise de parole", body)
    assert "speaker-replaced" in fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nFurther to our letter of 20 January, please register the four members of our delegation. We "
    "confirm that Dr Rania Hamdan will be our speaker at Roundtable 2, as stated in our previous letter.\n\nRegards,\n"
    "The Office\n",
    "سعادة المنسق المحترم،\n\nنرجو تسجيل أعضاء الوفد لحضور المؤتمر، ونؤكد أن الدكتورة سعاد الحمد هي المتحدثة الوحيدة في "
    "المائدة المستديرة الثانية وفق ما ورد في كتابنا السابق.\n\nمكتب الرئيس\n",
])
def test_a_speaker_confirmed_as_the_earlier_letter_gave_them(ruleset: Ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "RE: Acknowledgement of receipt", body)
    assert "speaker-request-unchanged" in fired(decision)
    assert decision.category == "other"
