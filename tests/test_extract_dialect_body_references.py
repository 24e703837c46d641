"""The proposing body pointed at in dialect: a post "of the association" ("منسقة وحدة المواكبة الاجتماعية ديال الجمعية", Tunisian
"متاع الجمعية", Levantine "تبع الجمعية") is the post alone, held at the body the sender introduces, and a sender who
introduces themself as the one "with you" ("معاكم X من جمعية Y") gives that body."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize("of_the", ["ديال الجمعية", "متاع الجمعية", "تبع الجمعية"])
def test_a_post_of_the_association_in_dialect(rules: ExtractRules, of_the: str) -> None:
    body = ("السلام عليكم\n\nمعاكم عزيز الوكيلي من جمعية واحة درعة للتنمية والتواصل.\n\n"
            f"بغينا نقترحو الأستاذة نادية بوخريص، منسقة وحدة المواكبة الاجتماعية {of_the}، باش تشارك فالنقاش المفتوح.\n\n"
            "عزيز")
    fields = run(message(body, from_="Aziz <a@example.org>"), rules, language="ar")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("نادية بوخريص", "منسقة وحدة المواكبة الاجتماعية", "جمعية واحة درعة للتنمية والتواصل")]


def test_near_miss_a_unit_of_another_body_is_kept(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nبغينا نقترحو الأستاذة نادية بوخريص، منسقة وحدة المواكبة الاجتماعية ديال دار الشباب، باش "
            "تشارك فالنقاش المفتوح.\n\nعزيز")
    fields = run(message(body, from_="Aziz <a@example.org>"), rules, language="ar")
    assert [s.title for s in fields.speakers] == ["منسقة وحدة المواكبة الاجتماعية ديال دار الشباب"]
