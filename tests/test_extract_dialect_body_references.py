"""The proposing body pointed at in dialect: a post "of the association" ("منسقة خلية الإنصات ديال الجمعية", Tunisian
"متاع الجمعية", Levantine "تبع الجمعية") is the post alone, held at the body the sender introduces, and a sender who
introduces themself as the one "with you" ("معاكم X من جمعية Y") gives that body."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize("of_the", ["ديال الجمعية", "متاع الجمعية", "تبع الجمعية"])
def test_a_post_of_the_association_in_dialect(rules: ExtractRules, of_the: str) -> None:
    body = ("السلام عليكم\n\nمعاكم عبد الإله الحمداني من جمعية شباب الحدود للتنمية والتضامن.\n\n"
            f"بغينا نقترحو الأستاذة سكينة بوعزاوي، منسقة خلية الإنصات {of_the}، باش تشارك فالمائدة المستديرة التالتة.\n\n"
            "عبد الإله")
    fields = run(message(body, from_="Abdelilah <a@example.org>"), rules, language="ar")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("سكينة بوعزاوي", "منسقة خلية الإنصات", "جمعية شباب الحدود للتنمية والتضامن")]


def test_near_miss_a_unit_of_another_body_is_kept(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nبغينا نقترحو الأستاذة سكينة بوعزاوي، منسقة خلية الإنصات ديال الثانوية التأهيلية، باش تشارك "
            "فالمائدة المستديرة التالتة.\n\nعبد الإله")
    fields = run(message(body, from_="Abdelilah <a@example.org>"), rules, language="ar")
    assert [s.title for s in fields.speakers] == ["منسقة خلية الإنصات ديال الثانوية التأهيلية"]
