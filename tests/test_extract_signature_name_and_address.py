"""A signature line with the organisation's name, a bar, and its address ("Corvid Transfers | Doha, Qatar", "Passerelles
Solidaires | Tunis, Tunisie", "الجسور | عمّان، الأردن"): the name is the organisation, the address after the bar is not;
the line is no address of its own. Near miss: a line of places only, barred or not, is still an address."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_signature import read_block
from intake.extract_values import is_place


@pytest.mark.parametrize(("lines", "who"), [
    (["Nadia Farouk", "Head of Partnerships, MENA", "Corvid Transfers | Doha, Qatar"],
     ("Nadia Farouk", "Head of Partnerships, MENA", "Corvid Transfers")),
    (["Inès Berrada", "Chargée de programme", "Passerelles Solidaires | Tunis, Tunisie"],
     ("Inès Berrada", "Chargée de programme", "Passerelles Solidaires")),
])
def test_a_name_then_its_address_after_a_bar(lines: list[str], who: tuple[str, str, str], rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.name, sig.title, sig.affiliation) == who


@pytest.mark.parametrize("line", ["Doha | Qatar", "Tunis, Tunisie", "Amman | Jordan"])
def test_near_miss_places_only_stay_an_address(line: str, rules: ExtractRules) -> None:
    assert is_place(line, rules)
