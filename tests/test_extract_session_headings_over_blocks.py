"""Labelled blocks of speakers, each under a short heading that names its session ("Roundtable 2:", "ثانياً - المائدة
المستديرة الثانية:"): each speaker has the session of the heading over them, not the first one the message names. A
long introduction ending on a colon is no heading."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language"), [
    ("Dear colleagues,\n\nOur federation proposes one speaker for each roundtable.\n\nRoundtable 1:\nName: Ali Hassan\n"
     "Title: Secretary General\nOrganization: Gulf Workers Federation\n\nRoundtable 2:\nName: Mona Saleh\n"
     "Title: Legal Officer\nOrganization: Migrant Rights Centre\n\nBest regards,\nRania\n", "en"),
    ("السلام عليكم،\n\nيرشح الاتحاد متحدثاً لكل مائدة مستديرة.\n\nأولاً - المائدة المستديرة الأولى:\nالاسم: علي حسن\n"
     "الصفة: الأمين العام\nالجهة: اتحاد عمال الخليج\n\nثانياً - المائدة المستديرة الثانية:\nالاسم: منى صالح\n"
     "الصفة: مسؤولة قانونية\nالجهة: مركز حقوق المهاجرين\n\nمع التحية\nرانيا\n", "ar"),
])
def test_each_block_has_the_session_of_its_heading(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Rania <rania@example.org>"), rules, language=language)
    assert [(sp.roles, sp.roundtable) for sp in fields.speakers] == [(("roundtable",), 1), (("roundtable",), 2)]
