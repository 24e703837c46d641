"""Round r49: words that end an Arabic name (a pointer to details given elsewhere, a dialect verb), a forwarded
author proposing themself to speak, what that author says of themself, and a unit named on an Arabic signature's
title line. Each family is written in several ways, with a near miss that must not change."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import Fields
from tests.extracting import message, run


def _speakers(body: str, rules: ExtractRules, language: str, subject: str = "Request",
              from_: str = "Someone <someone@example.org>", category: str = "speaker_request") -> Fields:
    return run(message(body, subject=subject, from_=from_), rules, category=category, language=language)


# A pointer to details given elsewhere ends the name: "الزميلة X المذكورة أدناه"
@pytest.mark.parametrize(("body", "name"), [
    ("السادة الكرام،\nنرشح السيدة ليلى حداد المذكورة أدناه للمشاركة في الجلسة العامة.\n"
     "ليلى حداد\nمديرة البرامج\nجمعية الأمل للتنمية\n", "ليلى حداد"),
    ("تحية طيبة،\nيسرنا ترشيح الأستاذ كريم العلي المذكور أدناه للمداخلة في المائدة المستديرة الثانية.\n"
     "كريم العلي\nمنسق المناصرة\nشبكة الهجرة العربية\n", "كريم العلي"),
    ("تحية طيبة،\nنقترح الدكتورة سلمى يوسف المشار إليها أعلاه للتحدث في النقاش المفتوح.\n"
     "سلمى يوسف\nباحثة\nمركز دراسات اللجوء\n", "سلمى يوسف"),
])
def test_a_pointer_after_an_arabic_name_ends_it(body: str, name: str, rules: ExtractRules) -> None:
    fields = _speakers(body, rules, "ar")
    assert [sp.name for sp in fields.speakers] == [name]


# A dialect verb after a name ends it: the person named again by a given name is the same speaker
@pytest.mark.parametrize("body", [
    "السلام عليكم،\nحابين نرشح زميلتنا الأستاذة منى سعيد، منسقة البرامج بجمعية الأمل، إنها تتكلم في الجلسة العامة.\n"
    "الأستاذة منى بتشتغل مع الستات المهاجرات من سنين.\n",
    "السلام عليكم،\nبغينا نرشحو السيد يوسف بناني، منسق المشاريع بجمعية التضامن، للمداخلة في الجلسة العامة.\n"
    "السيد يوسف كيخدم مع المهاجرين من عشر سنين.\n",
    "مرحبا،\nبدنا نرشح الأستاذ رامي خوري، مدير مركز الدعم القانوني، للحديث في المائدة المستديرة الأولى.\n"
    "الأستاذ رامي بيشتغل مع العمال المهاجرين.\n",
])
def test_a_dialect_verb_after_a_given_name_is_no_second_speaker(body: str, rules: ExtractRules) -> None:
    assert len(_speakers(body, rules, "ar").speakers) == 1


def test_near_miss_a_pointer_elsewhere_leaves_the_speakers(rules: ExtractRules) -> None:
    body = ("السادة الكرام،\nبالإشارة إلى ردكم أدناه، نرشح السيدة هدى ناصر، منسقة البرامج في جمعية الأمل، "
            "للمشاركة في الجلسة العامة.\n")
    assert [sp.name for sp in _speakers(body, rules, "ar").speakers] == ["هدى ناصر"]


# The author of a forwarded message who proposes themself to speak is the speaker
_FORWARD = ("{intro}\n\n{sender}\n\n---------- Forwarded message ---------\nFrom: {author} <author@example.org>\n"
            "Date: Thu, Feb 11, 2021 at 4:02 PM\nSubject: GCM\nTo: {sender} <sender@example.org>\n\n{request}\n\n{sign}\n")


@pytest.mark.parametrize(("intro", "sender", "author", "asked", "sign", "language"), [
    ("Dear team, please see the request of my colleague below.", "Omar Said", "Nadine Farah",
     "Dear Omar,\nI propose to speak in the open discussion on behalf of our network.",
     "Nadine Farah\nAdvocacy Officer\nArab Migration Network", "en"),
    ("Bonjour, veuillez trouver ci-dessous la demande de notre collègue.", "Samir Haddad", "Leila Mansour",
     "Cher Samir,\nje propose d'intervenir dans la table ronde 2 au nom de notre réseau.",
     "Leila Mansour\nChargée de plaidoyer\nRéseau Migrations Sud", "fr"),
    ("السادة الكرام، مرفق طلب زميلتنا أدناه.", "سامي عادل", "رنا حسين",
     "الأستاذ سامي،\nأقترح أن أتحدث في الجلسة العامة باسم الجمعية.",
     "رنا حسين\nمنسقة البرامج\nجمعية الأمل للتنمية", "ar"),
])
def test_a_forwarded_author_proposing_themself_is_the_speaker(intro: str, sender: str, author: str, asked: str,
                                                              sign: str, language: str, rules: ExtractRules) -> None:
    body = _FORWARD.format(intro=intro, sender=sender, author=author, request=asked, sign=sign)
    fields = _speakers(body, rules, language, subject="Fwd: GCM")
    assert [sp.name for sp in fields.speakers] == [author]


def test_near_miss_proposing_someone_else_is_not_proposing_oneself(rules: ExtractRules) -> None:
    assert not any(p.search(" i propose that ms amal diab speaks in the plenary ") for p in rules.own_request)
    assert not any(p.search(" je propose que mme amal diab intervienne ") for p in rules.own_request)
    assert not any(p.search(" اقترح ان تتحدث السيده امل دياب ") for p in rules.own_request)


# What the forwarded author says of themself gives the title their signature lacks
@pytest.mark.parametrize(("asked", "title"), [
    ("Hi Omar,\n\nI would like to intervene in the second roundtable if possible. I work as a paralegal at the "
     "Migrant Legal Aid Centre, mostly with domestic workers.\n\nThanks!\nNadine", "paralegal"),
    ("Hi Omar,\n\nI would like to speak in the open discussion. I am the Outreach Coordinator of the Refugee "
     "Support Network in Amman.\n\nBest,\nNadine", "Outreach Coordinator"),
    ("Bonjour Omar,\n\nJe souhaite intervenir en plénière. Je travaille comme juriste au Centre d'aide aux migrants "
     "de Tunis.\n\nMerci,\nNadine", "juriste"),
])
def test_a_forwarded_author_describing_themself_gives_the_title(asked: str, title: str,
                                                                rules: ExtractRules) -> None:
    body = _FORWARD.format(intro="Dear team, please see below a request from our colleague.", sender="Omar Said",
                           author="Nadine Farah", request=asked, sign="")
    fields = _speakers(body, rules, "en", subject="FW: GCM")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [("Nadine Farah", title)]


def test_near_miss_a_signed_title_stays_before_the_prose(rules: ExtractRules) -> None:
    asked = ("Hi Omar,\n\nI would like to intervene in the second roundtable. I work as a volunteer at the "
             "Migrant Legal Aid Centre.\n\nNadine Farah\nProgramme Manager\nMigrant Legal Aid Centre")
    body = _FORWARD.format(intro="Dear team, please see below a request from our colleague.", sender="Omar Said",
                           author="Nadine Farah", request=asked, sign="")
    assert [sp.title for sp in _speakers(body, rules, "en", subject="FW: GCM").speakers] == ["Programme Manager"]


# A unit named on an Arabic signature's title line, with no body after it, stays in the title
@pytest.mark.parametrize(("sign", "title"), [
    ("سعاد الكبيسي\nرئيسة لجنة الرصد والتوثيق", "رئيسة لجنة الرصد والتوثيق"),
    ("مازن الشريف\nمدير وحدة الدعم النفسي", "مدير وحدة الدعم النفسي"),
    ("هند العمري\nمنسقة قسم الإيواء والحماية", "منسقة قسم الإيواء والحماية"),
])
def test_a_unit_on_an_arabic_title_line_is_the_title(sign: str, title: str, rules: ExtractRules) -> None:
    body = f"السادة الكرام،\nأرغب في المشاركة في النقاش المفتوح.\n\n{sign}\n"
    name = sign.split("\n")[0]
    fields = _speakers(body, rules, "ar", from_=f"{name} <someone@example.org>")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, None)]


@pytest.mark.parametrize(("sign", "title", "affiliation"), [
    # a national body is no unit; a bare "the committee" is no name of one
    ("نبيل سالم\nنائب رئيس اللجنة الوطنية لحقوق الإنسان", "نائب رئيس", "اللجنة الوطنية لحقوق الإنسان"),
    ("نبيل سالم\nرئيس جمعية الأمل للتنمية", "رئيس", "جمعية الأمل للتنمية"),
])
def test_near_miss_a_body_on_the_title_line_stays_the_affiliation(sign: str, title: str, affiliation: str,
                                                                   rules: ExtractRules) -> None:
    body = f"السادة الكرام،\nأرغب في المشاركة في النقاش المفتوح.\n\n{sign}\n"
    fields = _speakers(body, rules, "ar", from_="نبيل سالم <someone@example.org>")
    assert [(sp.title, sp.affiliation) for sp in fields.speakers] == [(title, affiliation)]
