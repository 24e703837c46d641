"""An Arabic nominating verb with "to you" written apart ("نقترح عليكم السيدة X", "نرشح لكم Y"): the "to you" is no
part of the name, as it is not when joined to the verb ("نقترحلكم X"). The Maghrebi "Si" without its article ("سي
لحسن X") is a form of address, as "السي" is. A proposal of something else to the reader ("نقترح عليكم أن تضيفوا
جلسة") names nobody."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_BODY = "مرحبا،\n\n{line}، باش يتدخل في الطاولة المستديرة الثانية.\n\nيعطيكم الصحة\nليلى\n"


@pytest.mark.parametrize(("line", "name", "honorific"), [
    ("نحب نقترح عليكم سي لحسن العمراني، منسق جمعية الواحة", "لحسن العمراني", "سي"),
    ("نقترح عليكم الأستاذة نوال بن عيسى، منسقة جمعية الواحة", "نوال بن عيسى", "الأستاذة"),
    ("نرشح لكم السيد منير الحداد، منسق جمعية الواحة", "منير الحداد", "السيد"),
])
def test_to_you_after_the_verb_is_no_part_of_the_name(line: str, name: str, honorific: str,
                                                       rules: ExtractRules) -> None:
    speakers = run(message(_BODY.format(line=line)), rules, language="ar").speakers
    assert [(s.name, s.honorific, s.roundtable) for s in speakers] == [(name, honorific, 2)]


def test_a_proposal_to_the_reader_names_nobody(rules: ExtractRules) -> None:
    body = "مرحبا،\n\nنقترح عليكم أن تضيفوا جلسة حول العمال الموسميين في الجلسة العامة.\n\nشكرا\n"
    assert run(message(body), rules, category="other", language="ar").speakers == ()
