"""A follow-up that asks straight whether the sender's own speakers are retained ("are our two speakers selected for the
plenary?", « est-ce que nos intervenants sont retenus ? » voice-typed with no hyphen, "هل تم اختيار متحدثينا؟"): a
question about a request on file, not a new one; near misses ask about the session and propose someone now."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide_reply


@pytest.mark.parametrize("body", [
    "hi, still no news from you, are our three nominees retained for the roundtable? thank you\n\nSent from my phone\n",
    "bonsoir est ce que notre candidate est retenue pour la table ronde 2 ? merci d'avance\n",
    "Bonjour, nos deux intervenantes sont-elles retenues pour le débat ouvert ?\n",
    "مساء الخير، هل تم اعتماد مرشحينا للمائدة المستديرة الثانية؟\n",
])
def test_asking_whether_our_speakers_are_retained_is_no_new_request(ruleset: Ruleset, body: str) -> None:
    assert decide_reply(ruleset, "Re: roundtable", body).category == "other"


@pytest.mark.parametrize("body", [
    "Hello, is the roundtable confirmed for 23 February? We would like to propose Ms Dana Haddad, our coordinator, "
    "to speak in it.\n",
    "Bonjour, est-ce que la table ronde est maintenue ? Nous souhaitons proposer Mme Dana Haddad pour y intervenir.\n",
])
def test_near_miss_a_session_question_with_a_new_proposal(ruleset: Ruleset, body: str) -> None:
    assert decide_reply(ruleset, "Re: roundtable", body).category == "speaker_request"
