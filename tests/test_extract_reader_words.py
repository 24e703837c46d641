"""A verb after a post with a preposition that points at the reader ("أبعث إليكم") is no name."""

from __future__ import annotations

from intake.extract import ExtractRules
from tests.extracting import message as _mail
from tests.extracting import run as _run


def test_a_verb_to_the_reader_after_a_post_is_no_name(rules: ExtractRules) -> None:
    for body in ("بتكليف من مديرة المركز أبعث إليكم طيه طلبها للمشاركة في النقاش المفتوح.\n",
                 "بطلب من رئيس النقابة نرسل إليكم أدناه طلبه للمشاركة في المائدة المستديرة الثالثة.\n"):
        speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
        assert [s.name for s in speakers if s.name] == [], body


def test_a_name_after_the_post_is_still_read(rules: ExtractRules) -> None:
    body = "نرشح رئيس الجمعية سامي النجار للمشاركة في المائدة المستديرة الثانية، ونضع بين أيديكم سيرته الذاتية.\n"
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert (s.name, s.title) == ("سامي النجار", "رئيس الجمعية")
