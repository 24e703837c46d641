"""Families of the blind sets (session 29, K2): the Gulf "I want" ("أبي"، "أبغى") before a verb of speaking or of
registering to speak, as the negation rule already reads it ("ما ابي"); with near misses that only attend."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "هلا والله، أبي أسجل اسمي للكلمة في المائدة المستديرة الثالثة لو فيه مجال\n\nسالم\n",
    "السلام عليكم، ابي اشارك بكلمة في النقاش المفتوح عن أوضاع السواقين\n\nفهد\n",
])
def test_a_gulf_wish_to_speak_is_a_request(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("مشاركة", body)).category == "speaker_request"


# Near misses: the same "I want" to attend, and "أبي" as "my father" before a past verb, ask for no speaking role
@pytest.mark.parametrize("body", [
    "هلا والله، أبي أحضر الجلسة العامة بس كمستمع\n\nسالم\n",
    "السلام عليكم، أبي حضر الجلسة العامة السنة الماضية وتكلم عنها كثير\n\nفهد\n",
])
def test_near_miss_a_gulf_wish_to_attend(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("مشاركة", body)).category != "speaker_request"
