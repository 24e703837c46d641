"""A speaker written on their own line under a sentence that sends them, with what they are known by and their post
said as a statement ('X، المشهور بـ"الداه"، وهو الأمين العام عندنا', 'Y، المشهورة بـ"تيتي"، وهي أمينة المال'):
the name without the nickname, the post without the copula, the body the sender's, who names it introducing
themself ("أنا X من رابطة Y")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "want"), [
    ("السلام عليكم\n\nأنا محمد ولد اباه من رابطة شباب الواحة للتنمية في أطار. نبغو نتكلمو عل الهجرة.\n\n"
     "لاهي نرسلو واحد يشارك ف النقاش المفتوح يوم 23 فبراير:\n"
     "سيد أحمد ولد محمد فال، المشهور بـ\"الداه\"، وهو الأمين العام عندنا\n\nشكرا\nمحمد",
     "ar", ("سيد أحمد ولد محمد فال", "الأمين العام", "رابطة شباب الواحة للتنمية")),
    ("السلام عليكم\n\nأنا عيشة منت اعل من تعاونية نساء الساحل للصيد في نواذيبو.\n\n"
     "نبغو نرسلو وحدة تشارك ف المائدة المستديرة الثانية:\nفاطمة منت سيدي، المشهورة بـ\"تيتي\"، وهي أمينة المال عندنا"
     "\n\nشكرا\nعيشة", "ar", ("فاطمة منت سيدي", "أمينة المال", "تعاونية نساء الساحل للصيد")),
])
def test_a_block_line_reads_past_nickname_and_copula(body: str, language: str, want: tuple[str, str, str],
                                                     rules: ExtractRules) -> None:
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [want]


def test_a_sender_introduced_by_name_from_a_body_gives_the_organisation(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nأنا سالم ولد أحمد من جمعية الصيادين التقليديين في نواذيبو، ونحب نشاركو في النقاش المفتوح."
            "\n\nشكرا")
    fields = run(message(body, from_="Salem <salem@example.org>"), rules, language="ar")
    assert fields.organisation == "جمعية الصيادين التقليديين"


def test_our_body_is_the_senders_not_the_one_another_speaker_heads(rules: ExtractRules) -> None:
    body = ("السلام عليكم،\n\nالشبكة كتقترح جوج ديال المتدخلين:\n\n"
            "الأولى هي الأستاذة سناء العلوي، رئيسة جمعية النور للهجرة، من فاس، بغات تشارك فالنقاش المفتوح.\n\n"
            "والتانية هي مريم بناني، مكلفة بالتواصل فالشبكة ديالنا، بغيناها تكون مقررة.\n\n"
            "شكرا\nيوسف\nمنسق الشبكة\nشبكة جمعيات الشمال لدعم المهاجرين")
    fields = run(message(body, from_="Youssef <youssef@example.org>"), rules, language="ar")
    assert [(s.name, s.affiliation) for s in fields.speakers] == [
        ("سناء العلوي", "جمعية النور للهجرة"), ("مريم بناني", "شبكة جمعيات الشمال لدعم المهاجرين")]


def test_a_post_stated_under_a_labelled_name(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nنبغى صاحبتنا تتكلم في الطاولة المستديرة الثانية:\nالاسم: ترهاس برهاني\n"
            "هي مسؤولة الجماعة، هي تفهم عربي مليح\n\nشكرا\nسابا")
    fields = run(message(body, from_="Saba <saba@example.org>"), rules, language="ar")
    assert [(s.name, s.title) for s in fields.speakers] == [("ترهاس برهاني", "مسؤولة الجماعة")]
