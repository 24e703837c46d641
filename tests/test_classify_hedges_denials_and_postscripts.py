"""Families of the blind sets (session 38): hedged and buried requests, and what only looks like one.

A document the sender says is not a review report ("It isn't a voluntary GCM review report", « ce n'est pas un
rapport volontaire », 'ليس تقريراً طوعياً') is no report. A speaker given up in the present or future ("we will not be
able to send a speaker", "so we are not proposing a speaker", « nous ne proposerons donc personne », "we decided to do
neither") is no request, nor is a question whether someone not yet named may ask for the floor ("Would it be possible
for a POLO officer to request a floor intervention, or are the speaking roles reserved ...?"), a report hoped to
"speak for us", or a wish to know whether one may attend the roundtables. A polite question that proposes someone
(« Serait-il envisageable que M. X intervienne lors de la quatrième table ronde ? ») and the session left to the
organisers between two ("We leave it to you whether that would fit better in the plenary or in Roundtable 1") are
requests; so is a request written in a postscript under the signature."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from intake.text import split
from tests.test_classify import decide, decide_reply, fired, mail

_PDF = "application/pdf"


@pytest.mark.parametrize("body", [
    "Hello,\n\nI'm attaching our 2020 activity report for background. It isn't a voluntary GCM review report: our "
    "figures went into the national platform's joint submission.\n\nWe would like to request a floor intervention in "
    "the plenary for Ms Hana Tesfaye, member of our advisory committee.\n\nMaya\n",
    "Bonjour,\n\nCi-joint notre rapport d'activité 2020, pour information. Ce n'est pas un rapport volontaire : nos "
    "données figurent dans la contribution commune de la plateforme.\n\nNous souhaitons proposer Mme Awa Ndiaye, "
    "coordinatrice, pour intervenir à la table ronde 2.\n\nAwa\n",
    "مرحبا،\n\nنرفق لكم التقرير السنوي لجمعيتنا للاطلاع فقط، وهو ليس تقريرا طوعيا للاستعراض.\n\nونود ترشيح السيدة "
    "ريم حداد، منسقة البرامج، للمداخلة في المائدة المستديرة الثانية.\n\nريم\n",
])
def test_a_document_said_not_to_be_a_review_report_is_no_report(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Speaker request", body, attachments=[("Activity_Report_2020.pdf", _PDF)]))
    assert "not-a-review-report" in fired(decision)
    assert decision.category == "speaker_request"


# Near miss: "not a final version" denies the version, not the review report
def test_near_miss_not_the_final_version_of_our_report(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nPlease find attached our voluntary GCM review report. This is not a final version "
            "of the layout, which our designer will send next week.\n\nBest,\nOmar\n")
    decision = decide(ruleset, mail("Voluntary report", body, attachments=[("GCM_Review_Report.pdf", _PDF)]))
    assert "not-a-review-report" not in fired(decision)
    assert decision.category == "voluntary_report"


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nI'm afraid we will not be able to send a speaker this time: our director had hoped to take the "
    "floor in Roundtable 3, but he will be travelling. We hope our report can speak for us instead: please find "
    "attached our voluntary GCM review report.\n\nShirin\n",
    "Dear Secretariat,\n\nPlease find attached our voluntary GCM review report. We note that the period for speaker "
    "requests has closed, so we are not proposing a speaker.\n\nLeila\n",
])
def test_a_report_whose_sender_sends_no_speaker(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Voluntary GCM review report", body, attachments=[("GCM_Review_Report.pdf", _PDF)]))
    assert decision.category == "voluntary_report"


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nNous aurions souhaité proposer notre présidente pour la table ronde 2, mais elle sera en mission. Nous "
    "ne proposerons donc personne. Pourriez-vous nous dire si le rapport peut être envoyé en arabe ?\n\nSouad\n",
    "Dear colleagues,\n\nWe seriously considered putting forward one of our researchers for the roundtable on decent "
    "work. In the end we decided to do neither, and would rather leave the speaking roles to others. Could observers "
    "register?\n\nTamara\n",
    "Dear Secretariat,\n\nMay we ask your guidance: would it be possible for a POLO officer to request a floor "
    "intervention, or are the speaking roles reserved for non-governmental stakeholders?\n\nRamon\n",
])
def test_a_role_given_up_or_asked_about_asks_nothing(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("GCM review", body)).category == "other"


def test_a_wish_to_know_whether_she_may_attend_asks_no_role(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nVous trouverez en pièce jointe notre rapport volontaire.\n\nMme Karam aimerait "
            "également savoir si elle pourra assister en ligne aux tables rondes des 24 et 25 février.\n\nCamille\n")
    decision = decide(ruleset, mail("Documents", body, attachments=[("Rapport_volontaire_Nahwa.pdf", _PDF)]))
    assert decision.category == "voluntary_report"


# Near miss: asking whether one may speak, not attend, still asks for the role
def test_near_miss_a_wish_to_know_whether_she_may_speak(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nNotre directrice aimerait savoir si elle pourrait intervenir lors de la table ronde "
            "3, au nom de l'Association Nahwa.\n\nCamille\n")
    assert decide(ruleset, mail("Table ronde 3", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nSerait-il envisageable que M. Karim Zeroual, notre chargé de plaidoyer, intervienne lors de la "
    "quatrième table ronde ? Il a coordonné notre travail de documentation.\n\nFatiha\n",
    "Dear colleagues,\n\nShould the organisers find it useful, our Senior Researcher, Dr Lubna Sawalha, could present "
    "the main findings. We leave it to you whether that would fit better in the plenary or in Roundtable 1.\n\nTariq\n",
])
def test_a_hedged_proposal_is_a_request(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("GCM review", body)).category == "speaker_request"


def test_a_request_in_a_postscript_under_the_signature(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nThank you for the invitation; we are preparing a voluntary GCM review report with two "
            "partners, which we hope to send you before the 16 February deadline.\n\nWarm regards,\n\nPriya Raman\n"
            "Executive Director\nMigrant Workers Welfare Forum (MWWF)\nManama, Bahrain\n\nP.S. I almost forgot the main "
            "reason for writing! We would like to propose our Shelter Coordinator, Ms. Rosalind Mutua, for a floor "
            "intervention in Roundtable 3.\n")
    parts = split(body)
    assert "Rosalind Mutua" in parts.new and "Executive Director" in parts.signature
    assert decide(ruleset, mail("Greetings from MWWF", body)).category == "speaker_request"


# Near miss: a signature line that only opens with the letters "PS" stays in the signature
def test_near_miss_a_signature_line_opening_with_ps(ruleset: Ruleset) -> None:
    parts = split("Dear colleagues,\n\nPlease find our report attached.\n\nBest regards,\nAli Hassan\nPSD Unit, "
                  "Ministry of Labour\n")
    assert "PSD Unit" in parts.signature


# Near miss: no speaker of its own beside its members' nominations is no refusal
def test_near_miss_no_separate_speaker_beside_the_members_nominations(ruleset: Ruleset) -> None:
    body = ("Dear Secretariat,\n\nThree of our members sent us nominations, which I forward together below. The Platform "
            "itself will not nominate a separate speaker.\n\nOur board agreed to propose our director, Saba Kidane, "
            "Director of the Eritrean Community Learning Centre, for a floor intervention in roundtable 1.\n\nTewelde\n")
    decision = decide(ruleset, mail("Nominations of speakers", body))
    assert "declines-a-role" not in fired(decision)
    assert decision.category == "speaker_request"


def test_a_report_whose_late_speaker_request_is_not_renewed(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nComme annoncé, voici notre rapport volontaire, en pièce jointe.\n\nVotre accusé de réception nous "
            "a fait comprendre que notre demande d'intervention est arrivée après la clôture. Nous ne la renouvelons pas "
            "et comprenons qu'elle ne pourra pas être retenue.\n\nFarid\n")
    decision = decide(ruleset, mail("Re: Demande d'intervention", body, attachments=[("Rapport_volontaire.pdf", _PDF)]))
    assert "declines-a-role" in fired(decision)
    assert decision.category == "voluntary_report"


@pytest.mark.parametrize("body", [
    "الزملاء الأعزاء،\n\nجدول الأعمال:\n1- مراجعة المسودة الثانية من تقريرنا الطوعي.\n2- الاتفاق على من سيمثّل المنظمة إن "
    "قررنا طلب مداخلة في إحدى الموائد المستديرة.\n\nنهى\n",
    "Dear colleagues,\n\nAgenda: who would represent us in a roundtable, if we decide to request an intervention at all."
    "\n\nNoha\n",
])
def test_a_request_only_thought_of_under_if_asks_nothing(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Internal meeting: speaker", body)).category == "other"


def test_a_revised_report_whose_speaker_stays_as_it_is_in_dialect(ruleset: Ruleset) -> None:
    body = ("مرحبا،\n\nمنبعتلكن مرفقاً النسخة المعدّلة من تقريرنا (v2). الرجاء تعتمدوا هالنسخة بدل يلي بعتناها.\n\n"
            "مشاركة ريم بالطاولة المستديرة الأولى بتضل متل ما هي.\n\nكارلا\n")
    decision = decide_reply(ruleset, "Re: إشعار استلام - تقرير جمعية سنابل وترشيح متحدثة", body, thread="both")
    assert "speaker-request-unchanged" in fired(decision)
    assert decision.category == "voluntary_report"


# Near miss: a reply that only takes note of the acknowledgement and says the roles back asks for nothing new
def test_a_reply_that_takes_note_of_the_acknowledgement(ruleset: Ruleset) -> None:
    body = ("Parfait, merci beaucoup ! C'est bien noté de notre côté : Ouafae pour la table ronde 3 et Youssef pour la "
            "discussion ouverte du 23, comme convenu.\n\nFatima Zahra\n")
    assert decide_reply(ruleset, "Re: Accusé de réception", body).category == "other"


def test_a_speaker_the_senders_board_has_yet_to_choose(ruleset: Ruleset) -> None:
    body = ("Dear team,\n\nThe Centre would very much like to take part, ideally with a floor intervention in the "
            "roundtable on decent work. However, the choice of who speaks for the Centre has to be approved by our Board "
            "of Trustees, and the Board only meets next Monday.\n\nWould it be possible for us to send you the name, title "
            "and affiliation of our speaker by Tuesday 9 February, i.e. a few days after the deadline? If that is not "
            "possible, could we reserve a slot now and confirm the name once the Board has decided?\n\nHana\n")
    decision = decide(ruleset, mail("Speaker nomination - request for a short extension", body))
    assert "request-awaits-own-board" in fired(decision)
    assert decision.category == "other"


def test_one_more_person_to_attend_without_speaking_beside_the_one_proposed(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nNous avons le plaisir de vous proposer notre vice-présidente, Mme Tiziri Ait Baha, pour une "
            "prise de parole lors de la troisième table ronde.\n\nNotre trésorier, Yuba Amellal, suivra aussi les travaux "
            "en ligne, mais sans prendre la parole.\n\nIdir\n")
    decision = decide(ruleset, mail("Proposition d'intervenante", body))
    assert "attend-only" not in fired(decision)
    assert decision.category == "speaker_request"


def test_a_withdrawal_whose_other_proposal_stays_unchanged(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nNous retirons la candidature de notre Présidente et ne proposons personne à sa place. La "
            "proposition concernant M. Assalat AG IBRAHIM (table ronde n° 1) reste inchangée.\n\nAhmedou\n")
    decision = decide_reply(ruleset, "Re: Propositions d'intervenants", body)
    assert "speaker-request-unchanged" in fired(decision)
    assert decision.category == "other"


# Near miss: a correction of the speaker's details, her participation kept as it is, is still about the request
def test_near_miss_a_correction_whose_participation_stays_as_it_is(ruleset: Ruleset) -> None:
    body = ("مرحبا،\n\nتصحيح بسيط على الإيميل اللي بعتناه الأحد: اسم الأستاذة رنا الكامل هو رنا عبد الهادي الشوبكي، "
            "ومسمّاها الوظيفي الصحيح \"مديرة برنامج حماية العاملات المهاجرات\". المشاركة بتضل متل ما هي بالمائدة "
            "المستديرة التالتة.\n\nسلمى\n")
    decision = decide_reply(ruleset, "Re: ترشيح متحدثة – المائدة المستديرة الثالثة", body)
    assert "speaker-request-unchanged" not in fired(decision)
    assert decision.category == "speaker_request"


# Near miss: the Egyptian "كنا حابين نرشح" with no "but" after it is today's polite wish, not one given up
def test_near_miss_the_polite_egyptian_wish_to_nominate(ruleset: Ruleset) -> None:
    body = ("السلام عليكم،\n\nلو ينفع يعني، كنا حابّين نرشّح الأستاذة نرمين سعد الدين، مديرة البرامج عندنا، لكلمة قصيرة في "
            "الجلسة العامة يوم 24. بس عندنا سؤال الأول: المؤتمر هيبقى أونلاين ولا حضوري؟\n\nأحمد\n")
    decision = decide(ruleset, mail("ترشيح لكلمة في الجلسة العامة", body))
    assert "declines-a-role" not in fired(decision)
    assert decision.category == "speaker_request"
