"""Families of the blind sets 185-188: a group's "we" that opens a line, a post "of our organisation" glued in Arabic,
a form's "Job:" label, a line that signs on someone's behalf, a seat on a council with a post in it on one signature
line, and a word that says what the person is after a body that proposes them. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_signature import read_block
from tests.extracting import message, run


# A line where the writer's group introduces itself ("نحنا مجموعة ...") is no person described: the signer is the speaker
@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\n\nنحن طالبات جامعيات سوريات، عرفنا بالدعوة عن طريق الجمعية. أود المشاركة في النقاش المفتوح.\n\n"
     "مع الشكر\nسلمى يوسف\nمنسقة المبادرة", "سلمى يوسف"),
    ("مرحبا،\n\nاحنا شباب متطوعين بالحي، وصلتنا الرسالة من الشبكة. بدي احكي بالنقاش المفتوح.\n\nشكرا\n\nSamer Youssef\n"
     "Volunteer\nNeighbourhood Youth Initiative", "Samer Youssef"),
])
def test_a_group_introducing_itself_is_no_person(body: str, name: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name == name


# Near miss: a person's own line of name and post after the greeting is still read
def test_near_miss_a_person_described_on_their_own_line(rules: ExtractRules) -> None:
    body = "مرحبا،\n\nسامر يوسف، منسق المبادرة الشبابية\nأود المشاركة في النقاش المفتوح.\n\nمع الشكر"
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name == "سامر يوسف"


# A post glued to "our organisation" with "ل" or "ب" ("مدير البرامج لمنظمتنا", "منسقة بجمعيتنا"): the post, at the proposer
@pytest.mark.parametrize("body", [
    "السلام عليكم\n\nنود ترشيح مدير البرامج لمنظمتنا، السيد كمال ناصر، ليكون مقرراً في المؤتمر.\n\nمع التقدير\n"
    "جمعية النور للتنمية",
    "السلام عليكم\n\nنرشح الأستاذ كمال ناصر، مدير البرامج بمؤسستنا، ليكون مقرراً في المؤتمر.\n\nمع التقدير\n"
    "جمعية النور للتنمية",
])
def test_a_post_of_our_organisation_glued(body: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == ("مدير البرامج", "جمعية النور للتنمية")


# Near miss: "لجمعية X" names another body, which stays the affiliation
def test_near_miss_a_post_of_another_named_body(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nنرشح الأستاذ كمال ناصر، مدير البرامج لجمعية الأمل، ليكون مقرراً في المؤتمر.\n\nمع التقدير\n"
            "جمعية النور للتنمية")
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == ("مدير البرامج", "جمعية الأمل")


# A form's line asking the person's work ("العمل:", "Job:", "Emploi :") gives the title, not the label
@pytest.mark.parametrize(("language", "body", "title"), [
    ("ar", "مرحبا\nبدي سجل بالطاولة المستديرة الثانية:\n- الاسم: سامي خليل\n- العمل: مساعد اجتماعي\n"
           "- المنظمة: جمعية الغد\nشكرا", "مساعد اجتماعي"),
    ("en", "Hello,\nPlease register me for roundtable 2:\n- Name: Sami Khalil\n- Job: Social Assistant\n"
           "- Organisation: Tomorrow Association\nThanks", "Social Assistant"),
    ("fr", "Bonjour,\nMerci de m'inscrire à la table ronde 2 :\n- Nom : Sami Khalil\n- Emploi : assistant social\n"
           "- Organisation : Association Demain\nMerci", "assistant social"),
])
def test_a_job_label_gives_the_title(language: str, body: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.title == title


# Near miss: "جهة العمل" (where one works) still gives the organisation
def test_near_miss_the_place_of_work_label(rules: ExtractRules) -> None:
    body = "مرحبا\nبدي سجل بالنقاش المفتوح:\n- الاسم: سامي خليل\n- الوظيفة: مساعد اجتماعي\n- جهة العمل: جمعية الغد\nشكرا"
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == ("مساعد اجتماعي", "جمعية الغد")


# A line over the signer's that says for whom they sign, by that person's post, is neither title nor organisation
@pytest.mark.parametrize(("lines", "title", "affiliation"), [
    (["عن رئيسة الرابطة", "أمين الصندوق", "وليد منصور", "رابطة العمال المهاجرين - عمّان"], "أمين الصندوق",
     "رابطة العمال المهاجرين"),
    (["بالنيابة عن المدير العام", "مسؤولة الاتصال", "هند سعيد", "مؤسسة الجسور"], "مسؤولة الاتصال", "مؤسسة الجسور"),
    (["For the Chairperson", "Treasurer", "Walid Mansour", "Migrant Workers League"], "Treasurer", "Migrant Workers League"),
    (["Pour la Présidente", "Trésorier", "Walid Mansour", "Ligue des travailleurs migrants"], "Trésorier",
     "Ligue des travailleurs migrants"),
])
def test_a_line_signing_on_behalf_of_a_post(lines: list[str], title: str, affiliation: str, rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.title, sig.affiliation) == (title, affiliation)


# Near miss: signing for the body itself names the body, read as the organisation
def test_near_miss_signing_for_the_body(rules: ExtractRules) -> None:
    sig = read_block(["عن رابطة العمال المهاجرين", "وليد منصور", "أمين الصندوق"], rules)
    assert sig.affiliation == "رابطة العمال المهاجرين"


# A seat on a council and a post in it on one Arabic line, after a dash or comma: one title, as with "و"; the council
@pytest.mark.parametrize("line", ["عضوة المجلس البلدي لمدينة صور - مقررة لجنة الشؤون الاجتماعية",
                                  "عضوة المجلس البلدي لمدينة صور، مقررة لجنة الشؤون الاجتماعية"])
def test_a_council_seat_and_a_post_in_it(line: str, rules: ExtractRules) -> None:
    sig = read_block(["منى حداد", line, "صور / لبنان"], rules)
    assert (sig.title, sig.affiliation) == (line, "المجلس البلدي لمدينة صور")


# Near miss: a director's post at a body and a membership elsewhere keep the first post and its body
def test_near_miss_a_post_then_a_membership(rules: ExtractRules) -> None:
    sig = read_block(["منى حداد", "مديرة جمعية التضامن - عضوة الشبكة الوطنية"], rules)
    assert (sig.title, sig.affiliation) == ("مديرة", "جمعية التضامن")


# A body that proposes by its word alone ("يقترح المركز", "تقترح الشبكة"), then a word saying what the person is
# ("الباحثة", "الناشطة"): the person is proposed, and the word is no part of the body's name
@pytest.mark.parametrize("body", [
    "مرحبا،\n\nيقترح المركز الباحث رامي عودة للمشاركة في النقاش المفتوح.\n\nمع الشكر\nمركز دراسات الهجرة",
    "مرحبا،\n\nوتقترح الشبكة الناشطة ليلى عودة، منسقة الحملات، للمشاركة في النقاش المفتوح.\n\nمع الشكر\nشبكة دراسات الهجرة",
])
def test_a_descriptor_before_the_name_after_the_proposing_body(body: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name in ("رامي عودة", "ليلى عودة")
    assert speaker.affiliation in ("مركز دراسات الهجرة", "شبكة دراسات الهجرة")


# Near miss: an adjective after the body's word names the body proposing ("يقترح المركز الوطني للدراسات")
def test_near_miss_the_proposing_body_named_with_its_adjective(rules: ExtractRules) -> None:
    body = "مرحبا،\n\nيقترح المركز الوطني للدراسات السيدة ليلى عودة للمشاركة في النقاش المفتوح.\n\nمع الشكر"
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.affiliation) == ("ليلى عودة", "المركز الوطني للدراسات")


# Near miss: "يقترح" with "to you" after it, then the honorific: the name starts at the honorific
def test_near_miss_proposing_to_you_then_the_honorific(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nيتشرف مجلس بلدية صور بأن يقترح عليكم السيد نبيل حداد، نائب الرئيس، للمشاركة في النقاش "
            "المفتوح.\n\nمع التقدير")
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name == "نبيل حداد"
