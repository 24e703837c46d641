"""Families of the blind sets 189-192 (helper G3): a request made before that a follow-up says stands, written
with the rest of a long name and the role between the name and "stays as it is"; a speaker's details "as they are"
in a form, which say nothing of a request standing; and one word that says what the person is before their name,
their post after it and a dash. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail


# A replacement, then the other speaker's request said to stand, with the rest of the name and the role before
# "stays as it is": only the replacement is proposed now
@pytest.mark.parametrize(("language", "body", "name"), [
    ("en", "Dear team,\n\nDr. Amina Yusuf can no longer attend. In her place we propose Ms. Grace Otieno, our Legal "
           "Officer, for Roundtable 3.\nMr. Peter Kamau's nomination for the open discussion stays as it is.\n\nBest,\n",
     "Grace Otieno"),
    ("fr", "Bonjour,\n\nMme Awa Diallo ne pourra pas venir. Nous proposons à sa place Mme Fatou Sarr, notre juriste, "
           "pour la table ronde 3.\nQuant à M. Paul Ndiaye, sa demande pour la plénière reste inchangée.\n\nCordialement,\n",
     "Fatou Sarr"),
    ("ar", "تحية طيبة،\n\nنعتذر لأن الدكتورة سعاد خليل لن تتمكن من الحضور، ونرشح بدلاً منها الأستاذة ريم منصور، منسقة "
           "المشاريع، للمداخلة في المائدة المستديرة الثالثة.\nأما ترشيح الأستاذ نور الدين سالم للجلسة العامة فيظل كما هو.\n\n"
           "مع التحية\n",
     "ريم منصور"),
])
def test_a_request_said_to_stand_after_a_long_name_is_not_proposed_anew(language: str, body: str, name: str,
                                                                         rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == [name]


# Near miss: a second speaker proposed now, with "is unchanged" said of something else far after the name, stays
def test_near_miss_unchanged_said_of_something_else_far_after_the_name(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose Ms. Grace Otieno, our Legal Officer, for Roundtable 3. Mr. Peter Kamau, our "
            "treasurer and founder, will speak in the open discussion, whose programme is unchanged.\n\nBest,\n")
    speakers = run(message(body, from_="Office <office@example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Grace Otieno", "Peter Kamau"]


# The speaker's details sent "as they are" in a form ("بيانات المتحدث كما هي في الاستمارة") are a request, not a note
# that a request made before stands
def test_the_speakers_details_as_they_are_in_a_form_are_a_request(ruleset) -> None:
    body = ("مرحبا،\n\nنود المشاركة في المؤتمر. هذه معلومات المتحدثة كما هي في نموذج التسجيل لدينا:\n"
            "الاسم: السيدة هالة يوسف\nالصفة: مديرة البرامج\nالمشاركة: مداخلة في المائدة المستديرة الثانية\n\nمع الشكر\n")
    decision = decide(ruleset, mail("طلب متحدث", body))
    assert "speaker-request-unchanged" not in fired(decision)
    assert decision.category == "speaker_request"


# Near miss: a follow-up saying the speaker proposed before stands as they are still says nothing new
def test_near_miss_our_speaker_stays_as_they_are(ruleset) -> None:
    body = "مرحبا،\n\nنرسل لكم النسخة النهائية من جدول أعمالنا الداخلي. متحدثتنا تبقى كما هي.\n\nمع الشكر\n"
    decision = decide(ruleset, mail("Re: طلب متحدث", body, in_reply_to="m0@example.org"))
    assert "speaker-request-unchanged" in fired(decision)


# One word before the name that says what the person is, their post written after it and a dash, in a list: the word
# is dropped, the post is the title
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("ar", "مرحبا،\n\nنرشح:\n- الطالبة سلمى عادل النور – أمينة المال بالرابطة – للمداخلة في المائدة المستديرة الثانية\n"
           "- الطالب عمر حسن بشير – سكرتير الثقافة – للمشاركة في الجلسة العامة\n\nرابطة الطلاب الجامعيين\n",
     [("سلمى عادل النور", "أمينة المال"), ("عمر حسن بشير", "سكرتير الثقافة")]),
    ("en", "Dear team,\n\nWe propose:\n- Student Amal Idris - Treasurer of the Youth Forum - Roundtable 2\n"
           "- Student Omar Saleh - Secretary of the Youth Forum - plenary\n\nBest\n",
     [("Amal Idris", "Treasurer"), ("Omar Saleh", "Secretary")]),
])
def test_a_word_describing_the_person_before_a_post_after_a_dash_is_dropped(language: str, body: str, expected: list,
                                                                             rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Union <union@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title) for s in speakers] == expected


# Near miss: with no post after the name, the word before it is their title still
def test_near_miss_a_word_before_the_name_and_no_post_is_the_title(rules: ExtractRules) -> None:
    body = "Dear team,\n\nWe propose:\n- Lawyer Omar Saleh, for the plenary\n- Lawyer Amal Idris, for Roundtable 2\n\nBest\n"
    speakers = run(message(body, from_="Union <union@example.org>"), rules).speakers
    assert [(s.name, s.title) for s in speakers] == [("Omar Saleh", "Lawyer"), ("Amal Idris", "Lawyer")]


# The items of an HTML list are items as a plain-text list's are: each opens with a dash
def test_an_html_list_item_is_marked_as_an_item() -> None:
    from intake.htmltext import html_to_text

    text = html_to_text("<p>We propose:</p><ul><li>Ms. Amal Idris – Treasurer</li><li>Mr. Omar Saleh – Secretary</li></ul>"
                        "<p>Best regards</p>")
    assert text.split("\n") == ["We propose:", "", "- Ms. Amal Idris – Treasurer", "", "- Mr. Omar Saleh – Secretary", "",
                                "Best regards"]
    # (the item's first line only, when its text is in paragraphs; an empty item marks nothing)
    text = html_to_text("<ol><li><p>Ms. Amal Idris</p><p>Treasurer</p></li><li></li></ol><p>Best regards</p>")
    assert text.split("\n") == ["- Ms. Amal Idris", "", "Treasurer", "", "Best regards"]
