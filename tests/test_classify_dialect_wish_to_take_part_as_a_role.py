"""A colloquial wish to take part (the first person's hamza dropped: 'حابة شارك'، 'بدي شارك') in a role named with 'as'
('كمقررة'، 'بصفة محاور'): a speaker request, as 'I would like to take part as rapporteur' and « participer en tant
que rapporteuse » already are; with near misses that attend, tell of the past or say 'as scheduled'."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "مرحبا، حابب شارك كمقرر بالطاولة وإعرض الخلاصات إذا بعد في مجال\n\nرامي\n",
    "بدي شارك بصفة محاورة بالجلسة التانية لو سمحتو\n\nليلى\n",
    "I'd really like to take part as rapporteur and sum up the discussion.\n\nRami\n",
    "Je voudrais bien participer en tant que rapporteur de la table ronde.\n\nRami\n",
])
def test_a_wish_to_take_part_as_a_role_is_a_request(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("مشاركة", body)).category == "speaker_request"


# Near misses: taking part as a listener, a past turn as speaker, and 'مقرر' as "scheduled"
@pytest.mark.parametrize("body", [
    "مرحبا، حابب شارك بالمؤتمر كمستمع بس\n\nرامي\n",
    "شارك كمتحدث بالمؤتمر الماضي وكان كتير مبسوط\n\nليلى\n",
    "بدي شارك بالمؤتمر كما هو مقرر بالبرنامج\n\nرامي\n",
])
def test_near_miss_taking_part_without_a_speaking_role(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("مشاركة", body)).category != "speaker_request"
