"""Families of the blind sets (session 29, O1): an Arabic post with the possessive joined to it and set off from the
name by a comma ("ترشح الجمعية رئيستها، ليلى X،", "its president, Layla X,"), and a kunya the sender marks as
themself ("أبو علي (أنا)"). Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_SIGNED = "\n\nمع التحية،\nسامي خوري\nجمعية النور للتنمية\n"


def _speakers(sentence: str, rules: ExtractRules, language: str = "ar",
              signed: str = _SIGNED) -> list[tuple[str | None, str | None]]:
    body = f"{'السادة الأعزاء' if language == 'ar' else 'Dear colleagues'},\n\n{sentence}{signed}"
    return [(s.name, s.title) for s in run(message(body, from_="Sami <sami@example.org>"), rules,
                                                language=language).speakers]


# The post with its possessive, a comma, then the name with no honorific: the person named, not the sender; the post as
# the labels write one (the pronoun dropped; "ال" before a post its adjective qualifies, as "مديره التنفيذي X" gives)
@pytest.mark.parametrize(("sentence", "named"), [
    ("وترشح الجمعية رئيستها، هالة يوسف منصور، للحديث في الجلسة العامة.", ("هالة يوسف منصور", "رئيسة")),
    ("يقترح المركز منسقنا، كريم فؤاد الحلبي، للمشاركة في المائدة المستديرة الثانية.", ("كريم فؤاد الحلبي", "منسق")),
    ("نرشح منسقتنا الإقليمية، هدى سمير عوض، للمشاركة في النقاش المفتوح.", ("هدى سمير عوض", "المنسقة الإقليمية")),
])
def test_a_possessed_post_then_the_name_after_a_comma(sentence: str, named: tuple[str, str],
                                                      rules: ExtractRules) -> None:
    assert _speakers(sentence, rules) == [named]


# ... and with an honorific after the comma: the post is no name ("مديرتها التنفيذية" was read as one), and reads as
# the labels write a post
@pytest.mark.parametrize(("sentence", "named"), [
    ("يسرنا أن نرشح مديرتها التنفيذية، السيدة هالة منصور، للحديث في الجلسة العامة.", ("هالة منصور", "المديرة التنفيذية")),
    ("ويشرفنا ترشيح أمينها العام، الدكتور وليد سالم، للحديث في الجلسة العامة.", ("وليد سالم", "الأمين العام")),
    # (no comma: the post with its adjective and the honorific were read whole as the name)
    ("ونود أن يتحدث مديرنا التنفيذي السيد كريم حداد في الجلسة العامة.", ("كريم حداد", "المدير التنفيذي")),
])
def test_a_possessed_post_then_an_honoured_name(sentence: str, named: tuple[str, str], rules: ExtractRules) -> None:
    assert _speakers(sentence, rules) == [named]


# Near misses: a clause after the comma names no one (the sender stays the speaker, nobody is invented), a word with
# the possessive that names no post ("زميلتها") marks no name, and the English and French wordings read already
@pytest.mark.parametrize("sentence", [
    "وترشح الجمعية رئيستها، بعد موافقة المجلس، للحديث في الجلسة العامة.",
    "وترشح الجمعية رئيستها، التي انتخبت العام الماضي، للحديث في الجلسة العامة.",
    "وترشح الجمعية زميلتها، هالة يوسف منصور، للحديث في الجلسة العامة.",
])
def test_near_miss_no_name_after_the_post(sentence: str, rules: ExtractRules) -> None:
    assert _speakers(sentence, rules) == [("سامي خوري", None)]


@pytest.mark.parametrize(("sentence", "language", "signed", "named"), [
    ("The association nominates its president, Hala Mansour, to speak in the plenary.", "en",
     "\n\nBest regards,\nSami Khoury\nAl Nour Development Association\n", ("Hala Mansour", "president")),
    ("L'association propose sa présidente, Hala Mansour, pour intervenir en plénière.", "fr",
     "\n\nCordialement,\nSami Khoury\nAssociation Al Nour pour le développement\n", ("Hala Mansour", "présidente")),
])
def test_near_miss_english_and_french_possessive_posts(sentence: str, language: str, signed: str,
                                                       named: tuple[str, str], rules: ExtractRules) -> None:
    assert _speakers(sentence, rules, language, signed) == [named]


_LIST = "مرحبا،\n\nنود أن نرشح شخصين:\n1- {first}، منسق الرابطة، للمائدة المستديرة الأولى\n" \
        "2- السيدة سعاد الخطيب، أمينة الصندوق، للنقاش المفتوح\n\nمع الشكر\n--\nكريم يوسف الصالح\nمنسق رابطة العمال المهاجرين\n"


# A kunya the sender marks as themself ("(أنا)", "(me)", "(moi)") is the name they go by: the speaker is the sender,
# with the name they sign with
@pytest.mark.parametrize(("body", "language", "name"), [
    (_LIST.format(first="أبو علي (أنا)"), "ar", "كريم يوسف الصالح"),
    ("Hello,\n\nWe would like to propose two speakers:\n1. Abu Ali (me), coordinator of the network, for roundtable 1\n"
     "2. Ms. Souad Khatib, treasurer, for the open discussion\n\nThanks\n--\nKarim Youssef Saleh\n"
     "Coordinator, Migrant Workers Network\n", "en", "Karim Youssef Saleh"),
    ("Bonjour,\n\nNous proposons deux intervenants :\n1. Abou Ali (moi), coordinateur du réseau, pour la table ronde 1\n"
     "2. Mme Souad Khatib, trésorière, pour la discussion ouverte\n\nCordialement\n--\nKarim Youssef Saleh\n"
     "Coordinateur, Réseau des travailleurs migrants\n", "fr", "Karim Youssef Saleh"),
])
def test_a_kunya_marked_as_the_sender(body: str, language: str, name: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Karim Saleh <k.saleh@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == [name, "Souad Khatib" if language != "ar" else "سعاد الخطيب"]


# Near miss: a kunya with no mark of the sender is the name the person is proposed under
def test_near_miss_a_kunya_unmarked(rules: ExtractRules) -> None:
    speakers = run(message(_LIST.format(first="أبو علي"), from_="Karim Saleh <k.saleh@example.org>"), rules,
                   language="ar").speakers
    assert [(s.name, s.title) for s in speakers][0] == ("أبو علي", "منسق الرابطة")
