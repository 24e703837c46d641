"""Families of the blind sets (session 29, M1): a name nominated in Arabic after a colloquial wish, the post right
after it, no comma between ("بدنا نرشح X منسقة البرامج"); "our office in a town" written in Arabic with "our" joined
("مكتبنا في عمّان"), the sender's own body. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_SIGNATURES = {
    "en": "Kind regards,\n\nNadia Farouk\nProgramme Director\nRiverside Migrant Centre\n",
    "fr": "Bien cordialement,\n\nNadia Farouk\nDirectrice des programmes\nCentre Rive des Migrants\n",
    "ar": "مع خالص التحية،\n\nنادية فاروق\nمديرة البرامج\nمركز الضفة للمهاجرين\n",
}


def _body(sentence: str, language: str) -> str:
    greeting = {"en": "Dear organisers,", "fr": "Madame, Monsieur,", "ar": "السادة المنظمون،"}[language]
    return f"{greeting}\n\n{sentence}\n\n{_SIGNATURES[language]}"


# The name a nominating verb gives, then a post with no comma, in the dialects and in the standard language
@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("بدنا نرشح رنا خوري مديرة المشاريع للحديث في الجلسة العامة.", "رنا خوري", "مديرة المشاريع"),
    ("حابين نقترح جاد نصار منسق الشبكة للحديث في الجلسة العامة.", "جاد نصار", "منسق الشبكة"),
    ("عايزين نرشح منى عادل مسؤولة المناصرة للحديث في الجلسة العامة.", "منى عادل", "مسؤولة المناصرة"),
    ("نبغي نرشح سالم العمري رئيس الجمعية للحديث في الجلسة العامة.", "سالم العمري", "رئيس الجمعية"),
])
def test_a_nominated_name_then_a_post_without_a_comma(sentence: str, name: str, title: str,
                                                     rules: ExtractRules) -> None:
    speakers = run(message(_body(sentence, "ar")), rules, language="ar").speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == [(name, title, ("plenary",))]


# Near misses: what follows the nominated words is no post ("من الجمعية", "from the association"), or the verb comes
# with no wish before it (the standard "نرشح X مديرة ...", which wants a comma): no name is read
@pytest.mark.parametrize("sentence", ["بدنا نرشح رنا خوري من الجمعية للحديث في الجلسة العامة.",
                                      "نرشح رنا خوري مديرة المشاريع للحديث في الجلسة العامة."])
def test_near_miss_nominated_words_then_no_post(sentence: str, rules: ExtractRules) -> None:
    speakers = run(message(_body(sentence, "ar")), rules, language="ar").speakers
    assert [s.name for s in speakers] == ["نادية فاروق"]


# "Our office in a town", "our regional office", written with "our" joined to the office word, point back at the
# sender's body, as the English and French do
@pytest.mark.parametrize("office", ["في مكتبنا في إربد", "بمكتبنا في طرابلس", "في فرعنا بصفاقس", "في مكتبنا الإقليمي"])
def test_our_office_in_a_town_is_the_senders_body(office: str, rules: ExtractRules) -> None:
    sentence = f"نرشح السيد وليد عيسى، منسق المشاريع {office}، للحديث في الجلسة العامة."
    speakers = run(message(_body(sentence, "ar")), rules, language="ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [("وليد عيسى", "منسق المشاريع", "مركز الضفة للمهاجرين")]


# Near miss: an office of another body, named, stays the affiliation
def test_near_miss_another_bodys_office_stays(rules: ExtractRules) -> None:
    sentence = "نرشح السيد وليد عيسى، منسق المشاريع في مكتب المفوضية في إربد، للحديث في الجلسة العامة."
    speakers = run(message(_body(sentence, "ar")), rules, language="ar").speakers
    assert [s.affiliation for s in speakers] == ["مكتب المفوضية في إربد"]
