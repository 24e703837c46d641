"""Families of the blind sets 171-194 (session 28, F7): "we want X to speak" as a request for X, and the sender
describing themself in brackets after "I". Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FROM = "Lina Moss <lina@harbour.example.org>"


# "We want X to speak" names the person proposed as "we would like X to speak" does ("Nous voulons que X intervienne",
# "نريد أن تتحدث X")
@pytest.mark.parametrize(("body", "language", "who"), [
    ("Hello,\n\nWe want Sara Benali, our Deputy Programme Officer, to speak in roundtable 2.\n\nBest,\nLina Moss\n"
     "Harbour Aid Network", "en", ("Sara Benali", "Deputy Programme Officer")),
    ("Bonjour,\n\nNous voulons que Sara Benali, notre chargée de programme, intervienne à la table ronde 2.\n\n"
     "Cordialement,\nLina Moss\nCollectif Horizons", "fr", ("Sara Benali", "chargée de programme")),
    ("السلام عليكم\n\nنريد أن تتحدث الباحثة سارة بن علي في المائدة المستديرة 2.\n\nمع التحية\nلينا موسى\n"
     "جمعية الأمل للتنمية", "ar", ("سارة بن علي", "الباحثة")),
])
def test_we_want_someone_to_speak(body: str, language: str, who: tuple[str, str], rules: ExtractRules) -> None:
    speaker, = run(message(body, from_=_FROM), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.roles, speaker.roundtable) == (*who, ("roundtable",), 2)


# Near miss: "we want to thank you", "we want to know whether X can speak" propose no one; the sender asks
@pytest.mark.parametrize(("body", "language"), [
    ("Hello,\n\nWe want to thank you for the invitation. We want to know whether I can still speak in roundtable 2."
     "\n\nBest,\nLina Moss\nHarbour Aid Network", "en"),
    ("السلام عليكم\n\nنريد أن نشكركم على الدعوة، ونود أن نشارك في المائدة المستديرة 2.\n\nمع التحية\nلينا موسى\n"
     "جمعية الأمل للتنمية", "ar"),
])
def test_near_miss_we_want_to_thank(body: str, language: str, rules: ExtractRules) -> None:
    speaker, = run(message(body, from_=_FROM), rules, language=language).speakers
    assert speaker.name in ("Lina Moss", "لينا موسى")


# The sender describing themself in brackets after "I" ("I (X, Programme Director) would also like ...", "Moi (X, chef
# de groupe), je souhaite ...", "وأنا (X، رئيس الفريق) أود ..."): their name and post, not the signature's first name
@pytest.mark.parametrize(("body", "language", "who"), [
    ("Hello,\n\nOur chair Sara Benali would like to speak in roundtable 2, and I (Tom Brierley, Programme Director) "
     "would also like to join the open discussion.\n\nBest,\nTom\nHarbour Aid Network", "en",
     ("Tom Brierley", "Programme Director")),
    ("Bonjour,\n\nMoi (Tom Brierley, chef de groupe), je souhaite aussi intervenir dans le débat ouvert.\n\n"
     "Cordialement,\nTom\nCollectif Horizons", "fr", ("Tom Brierley", "chef de groupe")),
    ("السلام عليكم\n\nوأنا (سامي حداد، رئيس الفريق) أود المشاركة في النقاش المفتوح.\n\nمع التحية\nسامي\n"
     "جمعية الأمل للتنمية", "ar", ("سامي حداد", "رئيس الفريق")),
])
def test_sender_described_in_brackets(body: str, language: str, who: tuple[str, str], rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Tom <tom@harbour.example.org>"), rules, language=language).speakers
    me = [s for s in speakers if "open_discussion" in s.roles]
    assert [(s.name, s.title) for s in me] == [who]


# Near miss: brackets after "I" that hold no name ("I (and my colleagues)", "Moi (comme mes collègues)") leave the
# signature's full name as the sender's
@pytest.mark.parametrize(("body", "language"), [
    ("Hello,\n\nI (and my colleagues) would like to join the open discussion.\n\nBest,\nTom Brierley\n"
     "Harbour Aid Network", "en"),
    ("Bonjour,\n\nMoi (comme mes collègues), je souhaite aussi intervenir dans le débat ouvert.\n\nCordialement,\n"
     "Tom Brierley\nCollectif Horizons", "fr"),
])
def test_near_miss_brackets_without_a_name(body: str, language: str, rules: ExtractRules) -> None:
    speaker, = run(message(body, from_="Tom <tom@harbour.example.org>"), rules, language=language).speakers
    assert (speaker.name, speaker.title) == ("Tom Brierley", None)


# An Arabic proposer naming the body with "من" ("from") before the person's post and name, no comma between ("نرشح من
# جمعية X نائبة رئيسة الهيئة الإدارية Y"): the post and the name, the body as the affiliation; a form of address that
# is also a family name ("الحاج", "الشيخ") after a given name is part of the name
@pytest.mark.parametrize(("body", "who"), [
    ("مرحبا\n\nحابين نرشّح من جمعية النور للتضامن نائبة رئيسة الهيئة الإدارية سلمى خوري لتكون المقررة.\n\nشكرا\nكمال",
     ("سلمى خوري", "نائبة رئيسة الهيئة الإدارية", "جمعية النور للتضامن")),
    ("مرحبا\n\nنرشح من رابطة العمال المهاجرين أمينة الصندوق هدى الحاج لتكون المقررة.\n\nشكرا\nكمال",
     ("هدى الحاج", "أمينة الصندوق", "رابطة العمال المهاجرين")),
])
def test_body_named_from_before_post_and_name(body: str, who: tuple[str, str, str], rules: ExtractRules) -> None:
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == who


# Near miss: "من طرفنا" ("on our side") names no body, and is no affiliation
def test_near_miss_no_body_from(rules: ExtractRules) -> None:
    body = "مرحبا\n\nنرشح من طرفنا نائبة الرئيسة سلمى خوري لتكون المقررة.\n\nشكرا\nكمال"
    assert all(s.affiliation is None for s in run(message(body, from_=_FROM), rules, language="ar").speakers)


# Near miss: a form of address after a post, before the name ("رئيس الجمعية الحاج X") is the honorific, not the name
def test_near_miss_form_of_address_before_the_name(rules: ExtractRules) -> None:
    body = "مرحبا\n\nنرشح رئيس الجمعية الحاج محمود خليل لتقديم مداخلة في الجلسة العامة.\n\nشكرا\nكمال"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == ("محمود خليل", "رئيس الجمعية")


# A second person whose post points back at the body ("... في الجمعية"), then "she wants" in dialect with the sentence
# running on to the next line ("هي عايزة تتكلم ... لو في\nالجمعية ما عندها ..."): the body named before
def test_post_at_the_body_then_she_wants(rules: ExtractRules) -> None:
    body = ("السلام عليكم\nانا كمال يوسف الامين العام لجمعية النور للتضامن، داير اشارك في النقاش المفتوح\nومعاي "
            "الاستاذة سلوى إدريس منسقة برنامج الشباب في الجمعية، هي عايزة تتكلم في المائدة المستديرة حقت الشباب لو في\n"
            "الجمعية ما عندها موقع رسمي فبنراسلكم من هنا\nشكرا\n\nكمال")
    speakers = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("كمال يوسف", "الامين العام", "جمعية النور للتضامن"),
        ("سلوى إدريس", "منسقة برنامج الشباب", "جمعية النور للتضامن")]


# Near miss: "هي" before a post ("هي منسقة البرامج") states the post, no clause
def test_near_miss_she_is_the_post(rules: ExtractRules) -> None:
    body = ("السلام عليكم\nانا كمال يوسف الامين العام لجمعية النور للتضامن، داير اشارك في النقاش المفتوح\nومعاي "
            "الاستاذة سلوى إدريس، هي منسقة برنامج الشباب في الجمعية، وعايزة تتكلم في المائدة المستديرة 2\nشكرا\n\nكمال")
    speakers = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert ("سلوى إدريس", "منسقة برنامج الشباب") in [(s.name, s.title) for s in speakers]


# A form of address that is also a family name, inside the name just read ("السيد سامر الشيخ", "Mr. Samer Sheikh"), is
# a part of it, not one more person's address: what follows it ("لتقديم مداخلة") is no name. A second person's own
# address after the name ("والحاج محمود علي") still opens theirs.
@pytest.mark.parametrize(("body", "names"), [
    ("السادة الكرام،\nنرشح السيد سامر الشيخ لتقديم مداخلة في الجلسة العامة.\nمع التحية\nجمعية الأمل",
     ["سامر الشيخ"]),
    ("السادة الكرام،\nنرشح السيد سامر الشيخ والحاج محمود علي للمشاركة في المائدة المستديرة الثانية.\nجمعية الأمل",
     ["سامر الشيخ", "محمود علي"]),
])
def test_family_name_that_is_a_form_of_address(body: str, names: list[str], rules: ExtractRules) -> None:
    found = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert [s.name for s in found] == names
