"""A request to speak typed in Arabizi, Arabic in Latin letters with digits ("bedde e7ke bel niqash el maftou7",
"3ayzin nesha2rek fel roundtable"), as "بدي احكي بالنقاش المفتوح" reads in Arabic script; with near misses that only
attend or take part in the conference, and English mail with no Arabizi."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize("body", [
    "marhaba\n\nana Karim, bedde e7ke bel niqash el maftou7 3an wade3 el 3emmel\n\nshukran\nKarim\n",
    "ezayoko\n\ne7na 3ayzin nesha2rek fel roundtable 3 3an el shabab\n\nMona\n",
    "salam\n\nbaddna nsajjel zamilna Fadi bel plenary iza fi ma7al\n\nRima\n",
])
def test_an_arabizi_wish_to_speak_is_a_request(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("moshakra", body)).category == "speaker_request"


# Near misses: the same wish to attend, or to take part in the conference with no role, asks for no speaking role;
# nor does English mail that speaks of the open discussion
@pytest.mark.parametrize("body", [
    "marhaba\n\nbedna n7dar el mo2tamar bas ka mosta3mi3in\n\nshukran\nKarim\n",
    "marhaba\n\nbedna nsharek bel mo2tamar w nshouf el nas\n\nshukran\nKarim\n",
    "Hello,\n\nWe read the notes of the open discussion with interest.\n\nKarim\n",
])
def test_near_miss_an_arabizi_wish_to_attend(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("moshakra", body)).category != "speaker_request"
