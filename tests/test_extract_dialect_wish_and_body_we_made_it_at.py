"""Families of the blind sets (session 28, J2): a body's name followed by "و" and the writer's wish in dialect, the
writers' own body named where "we" made what they send, and a web address alone on a signature line. Each with a near
miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_prose import self_introduced
from intake.extract_signature import read_block
from tests.extracting import message, run


# A run-on dialect sentence goes on from the body's name with "و" and what the writer wants ("... بجمعية X وحابب شارك",
# "... برابطة Y وبدي احكي", "... بمؤسسة Z وعايزة اتكلم"): the wish is no part of the name
@pytest.mark.parametrize(("body", "affiliation"), [
    ("مرحبا انا سامر خوري منسق المشاريع بجمعية الندى للشباب وحابب شارك بالنقاش المفتوح اذا في مجال\n\nسامر",
     "جمعية الندى للشباب"),
    ("مرحبا انا هالة عيسى مسؤولة التواصل برابطة العمال المهاجرين وبدي احكي بالنقاش المفتوح\n\nهالة",
     "رابطة العمال المهاجرين"),
    ("ازيكم انا منى سعيد مديرة البرامج بمؤسسة الطريق للتنمية وعايزة اتكلم في النقاش المفتوح\n\nمنى",
     "مؤسسة الطريق للتنمية"),
])
def test_a_dialect_wish_after_the_body(body: str, affiliation: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == affiliation


# Near miss: "و" joining a second word of the name ("للشباب والتنمية") goes on naming the body
def test_near_miss_a_name_joined_by_and(rules: ExtractRules) -> None:
    body = "مرحبا انا سامر خوري منسق المشاريع بجمعية الندى للشباب والتنمية وحابب شارك بالنقاش المفتوح\n\nسامر"
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == "جمعية الندى للشباب والتنمية"


# The writers' own body, named where "we" made what they send or work ("حضّرناه بجمعية X", "أعددناه في شبكة Y", "نحنا
# بمؤسسة Z", "we drafted it at the X Network", "nous l'avons préparé au sein de l'Association Y")
@pytest.mark.parametrize(("text", "org"), [
    ("بعتلكم التقرير، حضّرناه بجمعية الندى للشباب بعد ورشات مع الطلاب.", "جمعية الندى للشباب"),
    ("نرسل لكم التقرير الذي أعددناه في شبكة الساحل للهجرة خلال العام.", "شبكة الساحل للهجرة"),
    ("مرحبا، نحنا بمؤسسة الطريق للتنمية عم نشتغل مع العمال.", "مؤسسة الطريق للتنمية"),
    ("Hello, we drafted it at the Coastal Migrants Network over three months.", "Coastal Migrants Network"),
    ("Bonjour, nous l'avons préparé au sein de l'Association Horizons Solidaires avec nos partenaires.",
     "Association Horizons Solidaires"),
])
def test_the_body_we_made_it_at(text: str, org: str, rules: ExtractRules) -> None:
    assert self_introduced(text, rules, {}) == org


# ... which the labelled speaker, with no organisation line, belongs to
def test_a_labelled_speaker_of_the_body_we_made_it_at(rules: ExtractRules) -> None:
    body = ("مرحبا،\n\nبعتلكم التقرير، حضّرناه بجمعية الندى للشباب بعد ورشات مع الطلاب.\n\nوحابة شارك بالمائدة "
            "المستديرة التانية.\n\nالاسم: ريما الحلو\nالصفة: منسقة الجمعية\n\nريما")
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.affiliation) == ("ريما الحلو", "جمعية الندى للشباب")


# Near miss: a body "we" contacted or work with may be a partner, not the writers' own
@pytest.mark.parametrize("text", [
    "اتصلنا بجمعية الندى للشباب الأسبوع الماضي.",
    "نعمل مع جمعية الندى للشباب منذ سنوات.",
    "We contacted the Coastal Migrants Network last week.",
    "Nous avons contacté l'Association Horizons Solidaires.",
])
def test_near_miss_a_body_we_contacted(text: str, rules: ExtractRules) -> None:
    assert self_introduced(text, rules, {}) is None


# A web address alone on a signature line, whatever its ending, is where to read about the body, never its name
@pytest.mark.parametrize("lines", [
    ["بين ضفتين | Bayn Daftayn", "bayndaftayn.example.blog"],
    ["Marc Dupont", "Directeur", "entrefrontieres.fr"],
    ["Jane Holloway", "Coordinator", "harbouraid.org.uk/en"],
])
def test_a_web_address_line_is_no_organisation(lines: list[str], rules: ExtractRules) -> None:
    assert read_block(lines, rules).affiliation is None


# Near miss: a name with a dot in it ("Entre.Nous Collectif"), or a body line over its web address, keeps the body
@pytest.mark.parametrize(("lines", "org"), [
    (["Marc Dupont", "Directeur", "Collectif Entre.Nous"], "Collectif Entre.Nous"),
    (["Marc Dupont", "Directeur", "Association Entre Frontières", "entrefrontieres.fr"], "Association Entre Frontières"),
])
def test_near_miss_a_body_with_its_address(lines: list[str], org: str, rules: ExtractRules) -> None:
    assert read_block(lines, rules).affiliation == org


# Near miss: a medium named by its address, written as a name with its capital, is the body ("Migranews.ma – le média
# des mobilités")
def test_near_miss_a_medium_named_by_its_address(rules: ExtractRules) -> None:
    sig = read_block(["Salma Idrissi", "Rédactrice en chef", "Mobilinfo.ma – le média des migrations", "Rabat, Maroc"], rules)
    assert sig.affiliation == "Mobilinfo.ma"
