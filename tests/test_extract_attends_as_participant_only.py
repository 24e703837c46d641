"""A colleague named with a title who will attend "as a participant only" (« en tant que simple participante »,
"بصفة مشاركة فقط"), said anywhere in the sentence after the name and its title in commas, is no speaker; the one
asked for stays the only speaker. The near miss: a colleague who takes part as a speaker stays."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language"), [
    ("Dear colleagues,\nWe request a floor intervention in the plenary for our Director, Ms. Salma Idris.\n"
     "For your information, Mr. Tarek Nasr, Programme Analyst (P2), will sit in on roundtable 3 for our office, as a "
     "participant only.\nBest regards,\nJana Aoun\n", "en"),
    ("Bonjour,\nNous demandons une intervention en plénière pour notre directrice, Mme Salma Idris.\n"
     "Par ailleurs, M. Tarek Nasr, chargé de programme, suivra la table ronde 3 pour notre bureau en tant que simple "
     "participant.\nCordialement\nJana Aoun\n", "fr"),
    ("تحية طيبة،\nنرجو تسجيل مديرتنا السيدة سلمى إدريس لإلقاء كلمة في الجلسة العامة.\n"
     "وسيحضر السيد طارق نصر، مسؤول البرامج، المائدة المستديرة الثالثة بصفة مشارك فقط.\nمع التحية\nجنى عون\n", "ar"),
])
def test_a_colleague_attending_as_a_participant_only_is_no_speaker(body: str, language: str,
                                                                   rules: ExtractRules) -> None:
    fields = run(message(body, from_="Jana Aoun <j.aoun@example.org>"), rules, language=language)
    assert "Tarek Nasr" not in [s.name for s in fields.speakers] and "طارق نصر" not in [s.name for s in fields.speakers]
    assert len(fields.speakers) == 1


def test_near_miss_a_colleague_who_takes_part_as_a_speaker_stays(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe request a floor intervention in the plenary for our Director, Ms. Salma Idris.\n"
            "Mr. Tarek Nasr, Programme Analyst (P2), will also take part in roundtable 3 as a speaker, after the "
            "participants' questions.\nBest regards,\nJana Aoun\n")
    fields = run(message(body, from_="Jana Aoun <j.aoun@example.org>"), rules, language="en")
    assert "Tarek Nasr" in [s.name for s in fields.speakers]
