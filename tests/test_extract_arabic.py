"""Arabic mail (and its English and French twins): the name, title and organisation the message writes. Each family is
written in several ways (word order, punctuation, honorifics, where the detail sits)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import load_rules, message, run


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


# "بصفتها منسقة ...", "in her capacity as ...", "en sa qualité de ...": the capacity introduces the title, no part of it
@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("ar", "السلام عليكم\n\nنرشح للمداخلة في المائدة المستديرة الثانية السيد كريم العلوي بصفته مدير البرامج في جمعية "
           "النور للتنمية.\n\nمع التحية\nسارة", "كريم العلوي", "مدير البرامج", "جمعية النور للتنمية"),
    ("ar", "تحية طيبة،\n\nتقترح شبكة الأمل للهجرة الأستاذة هدى سالم، بصفتها منسقة المناصرة، للحديث في الجلسة العامة.\n\nشكرا",
     "هدى سالم", "منسقة المناصرة", "شبكة الأمل للهجرة"),
    ("ar", "مرحبا\n\nيسرنا ترشيح الدكتور سامي الحداد بصفته رئيساً لمرصد الهجرة في صفاقس للجلسة العامة.\n\nتحياتي",
     "سامي الحداد", "رئيس", "مرصد الهجرة في صفاقس"),
    ("ar", "نقترح الأخت منى يوسف - بصفتها مسؤولة الشباب في اتحاد العمال المهاجرين - كمقررة.\n\nشكرا",
     "منى يوسف", "مسؤولة الشباب", "اتحاد العمال المهاجرين"),
    ("en", "Dear colleagues,\n\nWe nominate Ms Jane Otieno, in her capacity as Programme Coordinator of the Migrant Rights "
           "Forum, for roundtable 2.\n\nBest\nTom", "Jane Otieno", "Programme Coordinator", "Migrant Rights Forum"),
    ("en", "Hello,\n\nWe propose Dr. Ali Hassan in his capacity as the Director of the Sahel Migration Observatory to speak "
           "in the plenary.\n\nRegards", "Ali Hassan", "Director", "Sahel Migration Observatory"),
    ("en", "Hi,\nOur nominee is Mrs Rose Banda, in her capacity as chairperson, Domestic Workers Union, for roundtable 1.\n"
           "Thanks", "Rose Banda", "chairperson", "Domestic Workers Union"),
    ("fr", "Bonjour,\n\nNous proposons Mme Awa Diallo en sa qualité de coordinatrice du Réseau Migrations Sahel pour la "
           "table ronde 2.\n\nCordialement\nPaul", "Awa Diallo", "coordinatrice", "Réseau Migrations Sahel"),
    ("fr", "Bonjour,\n\nNous souhaitons proposer M. Jean Kaboré, en sa qualite de President de l'Association des "
           "Rapatriés du Burkina, pour la plénière.\n\nBien a vous", "Jean Kaboré", "President",
     "Association des Rapatriés du Burkina"),
    ("fr", "Madame,\nNotre réseau vous propose Mme Fatou Sow en sa qualite de directrice executive de l'ONG Terre Solidaire "
           "comme rapporteure.\nMerci", "Fatou Sow", "directrice executive", "ONG Terre Solidaire"),
])
def test_a_capacity_introduces_the_title(rules: ExtractRules, language: str, body: str, name: str, title: str,
                                         affiliation: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# "مؤسسة" names a founder before another body ("مؤسِّسة موقع X", with or without the shadda) and a foundation otherwise
@pytest.mark.parametrize(("body", "name", "title", "affiliation"), [
    ('مساء الخير\n\nأنا ليلى منصور، مؤسسة منصة "هجرة" للإعلام، وأرغب في المداخلة في الجلسة العامة.\n\nليلى',
     "ليلى منصور", "مؤسسة", 'منصة "هجرة" للإعلام'),
    ("نرشح للمقرر السيدة هالة عيسى، مؤسِّسة مبادرة جسور للعائدين.\nمع الشكر", "هالة عيسى", "مؤسِّسة", "مبادرة جسور للعائدين"),
    ("نقترح الأستاذة نادية بن علي (مؤسسة مجلة أصوات مهاجرة) للمائدة المستديرة الثالثة.\nتحياتي", "نادية بن علي", "مؤسسة",
     "مجلة أصوات مهاجرة"),
    ("السلام عليكم\n\nنرشح السيدة رانيا خوري، مؤسسة جمعية النهضة للاجئات، للمائدة المستديرة الثانية.\n\nمع التحية",
     "رانيا خوري", "مؤسسة", "جمعية النهضة للاجئات"),
    ("نرشح الدكتورة سعاد حمدي، مؤسسة الأمل للتنمية، للمائدة المستديرة الأولى.\nشكرا", "سعاد حمدي", None,
     "مؤسسة الأمل للتنمية"),
])
def test_a_founder_before_a_body_is_a_title(rules: ExtractRules, body: str, name: str, title: str | None,
                                            affiliation: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)
