"""The English "Sheikh" before a name is a form of address, as "الشيخ" is ("our Chairman, Sheikh X, Chairman of the
Board of Y", "نرشح الشيخ X"): the honorific, not part of the name. The French "Cheikh" and a "Sheikh" before a
patronymic ("Sheikh Ould X", as "الشيخ ولد X") stay given names."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear colleagues,\n\nOn behalf of our President, Sheikh Hamad Nasser Al-Mahri, President of the Gulf Migrant "
     "Welfare Society, I would like to ask that he speaks in the plenary.\n\nRegards,\nLina Haddad\n"
     "Programme Officer\n", "en", "Hamad Nasser Al-Mahri"),
    ("Dear team,\n\nWe propose Shaykh Idris Musa Karrar, our imam and chair, to speak in the open discussion.\n\n"
     "Best,\nOmar Bakri\nCoordinator, Khartoum Diaspora Forum\n", "en", "Idris Musa Karrar"),
    ("تحية طيبة،\n\nنرشح الشيخ حمد ناصر المهري، رئيس جمعية رعاية العمال المهاجرين، للحديث في الجلسة العامة.\n\n"
     "مع التحية\nلينا حداد\n", "ar", "حمد ناصر المهري"),
])
def test_sheikh_before_a_name_is_the_form_of_address(body: str, language: str, name: str,
                                                      rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert speaker.name == name
    assert speaker.honorific in ("Sheikh", "Shaykh", "الشيخ")


# Near miss: before a patronymic ("son of") it is the given name, and the French "Cheikh" is a given name too
@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear team,\n\nWe propose Sheikh Ould Mohamed Salem, our director, to speak at the plenary.\n\nBest,\n"
     "Aicha Mint Ahmed\n", "en", "Sheikh Ould Mohamed Salem"),
    ("Bonjour,\n\nNous proposons Cheikh Ahmedou Fall, notre président, pour intervenir en plénière.\n\n"
     "Cordialement,\nAwa Ndiaye\n", "fr", "Cheikh Ahmedou Fall"),
])
def test_near_miss_a_given_name_that_is_also_the_form_of_address(body: str, language: str, name: str,
                                                                  rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert (speaker.name, speaker.honorific) == (name, None)
