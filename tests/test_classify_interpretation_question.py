"""A follow-up of a speaker request that only asks whether the session will have interpretation ("will interpretation
into Arabic be provided?", « une interprétation sera-t-elle assurée ? », "هل ستتوفر ترجمة فورية؟") proposes nobody,
even when it names the session and the speakers already proposed."""

from __future__ import annotations

import pytest

from tests.test_classify import decide_reply, fired


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nThank you for your message about Mr Idris and Ms Nour. Mr Idris is more at ease in Arabic: will "
    "interpretation from Arabic into English be provided during the open discussion?\n\nBest,\nRana",
    "Bonjour,\n\nMerci pour votre message au sujet de M. Idris et de Mme Nour. M. Idris parle plus aisément l'arabe ; une "
    "interprétation vers le français sera-t-elle assurée pendant la discussion ouverte ?\n\nBien à vous,\nRana",
    "الزملاء الأعزاء،\n\nشكراً على رسالتكم بخصوص السيد إدريس والسيدة نور. السيد إدريس يتحدث الإنجليزية بصعوبة، فهل ستتوفر "
    "ترجمة فورية خلال النقاش المفتوح؟\n\nمع التحية،\nرنا",
])
def test_a_follow_up_asking_about_interpretation_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert "asks-session-logistics" in fired(decision) and decision.category == "other"


def test_near_miss_a_new_speaker_asked_for_with_the_interpretation_question_is_still_a_request(ruleset) -> None:
    body = ("Bonjour,\n\nNous souhaitons également proposer M. Karim Aoun, notre trésorier, pour la table ronde 2. Une "
            "interprétation sera-t-elle assurée ?\n\nCordialement,\nMaya")
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert "asks-session-logistics" not in fired(decision) and decision.category == "speaker_request"
