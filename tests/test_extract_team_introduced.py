"""A group that introduces itself as a team ("احنا فريق النيل لكرة القدم", "نحنا فريق «X» التطوعي"): the team word the
introduction takes in opens the body's name, when a name with the article or in quotes follows it."""

from __future__ import annotations

import pytest

from tests.extracting import load_rules, message, run

RULES = load_rules()


@pytest.mark.parametrize(("body", "org"), [
    ("السلام عليكم\n\nاحنا فريق الشروق للمسرح، شباب من السودان في القاهرة. عايزين نرشح مخرج الفريق الأستاذ "
     "عادل حسن يتكلم في الجلسة العامة.\n\nشكرا\nمنى", "فريق الشروق للمسرح"),
    ("مرحبا\n\nنحنا فريق «إيد بإيد» التطوعي بصيدا، وحابين نرشّح رفيقتنا لينا خوري، منسقة الأنشطة، تحكي بالنقاش المفتوح.\n\n"
     "شكراً\nسامي", "فريق إيد بإيد التطوعي"),
])
def test_a_team_that_introduces_itself_is_the_affiliation(body: str, org: str) -> None:
    fields = run(message(body, subject="ترشيح"), RULES, language="ar")
    assert [s.affiliation for s in fields.speakers] == [org]


@pytest.mark.parametrize("body", [
    # what the team is, not its name
    "مرحبا\n\nنحن فريق صغير من المتطوعين في طرابلس، وحابين نرشّح رفيقتنا لينا خوري تحكي بالنقاش المفتوح.\n\nشكراً\nسامي",
    "مرحبا\n\nاحنا فريق عمل تطوعي، عايزين نرشح الأستاذ عادل حسن يتكلم في الجلسة العامة.\n\nشكرا\nمنى",
])
def test_a_team_described_not_named_gives_no_affiliation(body: str) -> None:
    fields = run(message(body, subject="ترشيح"), RULES, language="ar")
    assert fields.speakers and all(s.affiliation is None for s in fields.speakers)
