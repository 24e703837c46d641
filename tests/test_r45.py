"""Round r45: a wish to speak put as thanks for the chance ("I would be grateful for the opportunity to speak"),
a speaking request announced for a later message ("notre demande d'intervention, que nous vous enverrons"), a
follow-up giving only one named speaker's contact details ("بيانات التواصل مع الدكتورة ..."), and colloquial Arabic
ordinals of a roundtable ("بالطاولة التالتة"). Each family in several languages and word orders, with near-misses
that must not change."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail


def _decide(ruleset: Ruleset, subject: str, body: str, thread: str | None = None) -> tuple[str, set[str]]:
    decision = decide(ruleset, mail(subject, body), thread=thread)
    return decision.category, fired(decision)


# ---------------------------------------------------------------------------------------------
# A wish to speak put as thanks for the chance to do so

@pytest.mark.parametrize(("subject", "body"), [
    ("Request", "Hello,\nMy name is Dalia Osman and I work as Field Coordinator at Sudanese Youth Link. I would be "
     "grateful for the opportunity to speak at the conference about our work.\nBest,\nDalia\n"),
    ("Conference", "Dear colleagues,\nOur director, Mr. Tarek Sabry, would greatly appreciate the opportunity to take "
     "the floor during the meeting.\nRegards,\nNadia\n"),
    ("Participation", "Hi,\nWe'd welcome the chance to address the plenary on behalf of the Gulf Domestic Workers "
     "Forum.\nThanks,\nRuth\n"),
    ("Participation", "Bonjour,\nJe serais très reconnaissante de l'occasion de prendre la parole lors de la "
     "conférence au nom de l'Association Tamkine.\nCordialement,\nHind Alaoui\n"),
    ("Conférence", "Bonjour,\nNous apprécierions la possibilité d'intervenir au nom du Collectif Passerelles.\n"
     "Bien à vous,\nMarc Dupuis\n"),
    ("مشاركة", "تحية طيبة،\nأنا رامي الخطيب، منسق برامج في جمعية الأمل للشباب. سأكون ممتناً لو أتيحت لي فرصة التحدث "
     "في المؤتمر.\nمع الشكر،\nرامي\n"),
    ("مشاركة", "السادة الكرام،\nسنكون شاكرين لو منحتمونا الفرصة لإلقاء كلمة باسم شبكة التضامن.\nمع التقدير\n"),
])
def test_thanks_for_a_chance_to_speak_is_a_request(ruleset: Ruleset, subject: str, body: str) -> None:
    assert _decide(ruleset, subject, body)[0] == "speaker_request"


@pytest.mark.parametrize(("subject", "body"), [
    # thanks for a chance that was given, and a chance to attend
    ("Thanks", "Dear team,\nThank you for the opportunity to speak at last year's meeting. We look forward to the "
     "next edition.\nBest,\nOmar\n"),
    ("Attendance", "Dear team,\nWe would be grateful for the opportunity to attend the conference as observers.\n"
     "Best,\nOmar\n"),
    ("Merci", "Bonjour,\nNous serions reconnaissants de l'occasion d'assister à la conférence.\nCordialement,\nLéa\n"),
    ("شكر", "تحية طيبة،\nسنكون ممتنين لو أكدتم استلام رسالتنا السابقة.\nمع الشكر\n"),
])
def test_thanks_without_a_chance_to_speak_is_no_request(ruleset: Ruleset, subject: str, body: str) -> None:
    assert _decide(ruleset, subject, body)[0] == "other"


# ---------------------------------------------------------------------------------------------
# The speaking request itself announced for a later message

@pytest.mark.parametrize(("subject", "body"), [
    ("Question", "Bonjour,\nNotre réseau prépare sa demande d'intervention, que nous vous enverrons la semaine "
     "prochaine. Y aura-t-il une interprétation en arabe pendant les tables rondes ?\nMerci,\nSophie\n"),
    ("Question", "Bonjour,\nNous vous enverrons notre demande d'intervention d'ici vendredi. Pouvez-vous nous dire si "
     "la séance plénière sera retransmise ?\nCordialement,\nKarim\n"),
    ("Question", "Dear team,\nWe are preparing our speaker nomination, which we will send next week. Will the "
     "roundtables be held in English?\nBest,\nGrace\n"),
    ("Question", "Hello,\nWe will send you our speaking request in the coming days. Could you confirm whether the "
     "plenary will be interpreted?\nThanks,\nAhmed\n"),
    ("استفسار", "تحية طيبة،\nنحن بصدد إعداد طلب المداخلة الذي سنرسله لكم خلال الأيام القادمة. هل ستتوفر ترجمة فورية "
     "في الموائد المستديرة؟\nمع الشكر\n"),
])
def test_a_request_announced_for_later_is_not_it(ruleset: Ruleset, subject: str, body: str) -> None:
    category, fired = _decide(ruleset, subject, body)
    assert category == "other" and "sent-separately" in fired


@pytest.mark.parametrize(("subject", "body"), [
    # the request is made here; only a document about the speaker follows
    ("Intervention", "Bonjour,\nNous souhaitons proposer Mme Leila Haddad, directrice de l'Association Nour, pour "
     "intervenir à la table ronde 2. Nous vous enverrons son CV d'ici quelques jours.\nCordialement,\nSami\n"),
    ("Speaker", "Dear team,\nWe would like to nominate Mr. John Okafor, Director of Migrant Aid, to speak in "
     "roundtable 1. We will send you his bio next week.\nBest,\nAnna\n"),
    ("مداخلة", "تحية طيبة،\nنود ترشيح الأستاذة منى سعيد، مديرة جمعية النور، للمداخلة في المائدة المستديرة الثانية، "
     "وسنرسل لكم سيرتها الذاتية لاحقا.\nمع التحية\n"),
])
def test_a_request_made_with_a_document_to_follow_stays(ruleset: Ruleset, subject: str, body: str) -> None:
    category, fired = _decide(ruleset, subject, body)
    assert category == "speaker_request" and "sent-separately" not in fired


# ---------------------------------------------------------------------------------------------
# A follow-up of a speaker request giving only one named speaker's contact details

@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Speaker", "Dear colleagues,\nFurther to our previous message, please find below the contact details of "
     "Dr. Samir Haddad:\nEmail: s.haddad@example.org\nPhone: +961 1 000 000\nBest regards,\nPress office\n"),
    ("Re: Speaker", "Hello,\nAs requested, here is the email and phone number of Ms. Lina Aziz: lina@example.org, "
     "+962 6 000 0000.\nThanks,\nOmar\n"),
    ("Re: Intervention", "Bonjour,\nSuite à notre précédent message, voici les coordonnées de Mme Nadia Belkacem :\n"
     "courriel : n.belkacem@example.org\ntéléphone : +213 21 00 00 00\nCordialement\n"),
    ("رد: ترشيح", "السادة الكرام،\nاستكمالا لرسالتنا السابقة، نرسل لكم بيانات التواصل مع الأستاذ خالد منصور:\n"
     "البريد الإلكتروني: k.mansour@example.org\nالهاتف: +962 6 000 0000\nمع الشكر\n"),
    ("رد: مداخلة", "تحية طيبة،\nإليكم معلومات الاتصال بالدكتورة ريم الشامي: reem@example.org\nمع التقدير\n"),
])
def test_a_named_speakers_contact_details_alone_are_no_request(ruleset: Ruleset, subject: str, body: str) -> None:
    category, fired = _decide(ruleset, subject, body, thread="speaker_request")
    assert category == "other" and "contact-addresses-only" in fired


@pytest.mark.parametrize(("subject", "body"), [
    # the follow-up also gives the post: a completion of the request
    ("Re: Speaker", "Dear colleagues,\nFurther to our previous message, please find below the contact details of "
     "Dr. Samir Haddad. His position is Head of Research.\nEmail: s.haddad@example.org\nBest regards\n"),
    ("رد: ترشيح", "السادة الكرام،\nاستكمالا لرسالتنا السابقة، نرسل لكم بيانات التواصل مع الأستاذ خالد منصور، "
     "ومنصبه مدير البرامج.\nالبريد الإلكتروني: k.mansour@example.org\nمع الشكر\n"),
])
def test_contact_details_with_a_post_still_complete_the_request(ruleset: Ruleset, subject: str, body: str) -> None:
    category, fired = _decide(ruleset, subject, body, thread="speaker_request")
    assert category == "speaker_request" and "contact-addresses-only" not in fired


def test_contact_details_outside_a_speaker_thread_fire_nothing(ruleset: Ruleset) -> None:
    body = "Hello,\nPlease find the contact details of Dr. Samir Haddad below.\nEmail: s.haddad@example.org\n"
    assert "contact-addresses-only" not in _decide(ruleset, "Contact", body)[1]


# ---------------------------------------------------------------------------------------------
# Colloquial Arabic ordinals of a roundtable, with ت for ث

@pytest.mark.parametrize(("body", "number"), [
    ("مرحبا،\nأنا سامر الحاج، منسق برامج بجمعية الغد. بدي احكي بالطاولة المستديرة التالتة إذا في مجال.\nسامر\n", 3),
    ("أهلا،\nأنا نادين عيسى، مسؤولة مشاريع بجمعية سوا. حابة شارك بمداخلة بالمائدة المستديرة التانية.\nنادين\n", 2),
    ("تحية،\nعايزين نرشح الأستاذ محمود سالم، مدير مؤسسة بكرة، للمداخلة في الطاولة المستديرة التالت.\nشكرا\n", 3),
    ("مرحبا،\nأنا هبة قاسم، مسؤولة برامج بجمعية نور. بدنا نشارك بمداخلة بالطاولة المستديرة رقم تلاتة.\nهبة\n", 3),
])
def test_colloquial_ordinal_names_the_roundtable(body: str, number: int, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert fields.speakers and fields.speakers[0].roundtable == number


def test_the_next_session_is_no_roundtable_number(rules: ExtractRules) -> None:
    # "التالية" (next) is not the colloquial "التالتة" (third)
    body = "مرحبا،\nأنا سامر الحاج، منسق برامج بجمعية الغد. بدي احكي بالطاولة المستديرة التالية.\nسامر\n"
    fields = run(message(body), rules, language="ar")
    assert fields.speakers and fields.speakers[0].roundtable is None
