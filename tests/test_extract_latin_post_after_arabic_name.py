"""An Arabic name followed, after spaced dashes, by a post and an organisation written in Latin letters ("المهندس X –
Programme Manager – Network Y", "السيدة X – Chargée de plaidoyer – Association Y"): the post is the title and the
organisation the affiliation, as after a Latin name; an Arabic post after the dash stays one run, as before."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_INTRO = "السادة الكرام،\n\nيسرنا أن نرشح كلاً من:\n\n"


@pytest.mark.parametrize(("item", "name", "title", "affiliation"), [
    ("- المهندس سامر الخطيب – Programme Manager – Levant Network for Domestic Workers (LNDW)، للمشاركة في الجلسة "
     "العامة.", "سامر الخطيب", "Programme Manager", "Levant Network for Domestic Workers (LNDW)"),
    ("- السيدة سلمى الحداد – Chargée de plaidoyer – Association Tunisienne d'Aide aux Migrants (ATAM)، للمشاركة في "
     "المائدة المستديرة الثانية.", "سلمى الحداد", "Chargée de plaidoyer", "Association Tunisienne d'Aide aux Migrants (ATAM)"),
])
def test_a_latin_post_and_body_after_an_arabic_name_are_title_and_affiliation(item: str, name: str, title: str,
                                                                             affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(_INTRO + item + "\n\nمع التحية،\nرنا"), rules, language="ar")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [(name, title, affiliation)]


def test_near_miss_an_arabic_post_after_the_dash_stays_whole(rules: ExtractRules) -> None:
    item = "- الدكتور سامر الخطيب – مدير البرامج في الشبكة الشامية للعمال المنزليين، للمشاركة في الجلسة العامة."
    fields = run(message(_INTRO + item + "\n\nمع التحية،\nرنا"), rules, language="ar")
    assert [(s.name, s.title) for s in fields.speakers] == [("سامر الخطيب", "مدير البرامج")]
