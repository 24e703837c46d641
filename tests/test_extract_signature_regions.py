"""A region a post covers, written after the post and a comma on a signature line ("Head of Partnerships, MENA",
"Chargée de programme, Afrique du Nord", "مديرة المشاريع، الشرق الأوسط وشمال أفريقيا"): the title's, never the
organisation (which the next line names). Near misses: a body after the post's comma stays the organisation, and a
region word inside a body's name is no region."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_signature import read_block


@pytest.mark.parametrize(("lines", "who"), [
    (["Nadia Farouk", "Head of Partnerships, MENA", "Corvid Transfers"],
     ("Nadia Farouk", "Head of Partnerships, MENA", "Corvid Transfers")),
    (["Pieter Vos", "Senior Field Adviser, Gulf Hub", "Lantern Relief"],
     ("Pieter Vos", "Senior Field Adviser, Gulf Hub", "Lantern Relief")),
    (["Pieter Vos", "Senior Field Adviser, Middle East and North Africa"],
     ("Pieter Vos", "Senior Field Adviser, Middle East and North Africa", None)),
    (["Inès Berrada", "Chargée de programme, Afrique du Nord", "Passerelles Solidaires"],
     ("Inès Berrada", "Chargée de programme, Afrique du Nord", "Passerelles Solidaires")),
    (["هالة منصور", "مديرة المشاريع، الشرق الأوسط وشمال أفريقيا"],
     ("هالة منصور", "مديرة المشاريع، الشرق الأوسط وشمال أفريقيا", None)),
    (["هالة منصور", "مديرة المشاريع، الشرق الأوسط وشمال أفريقيا", "مؤسسة الجسور للتنمية"],
     ("هالة منصور", "مديرة المشاريع، الشرق الأوسط وشمال أفريقيا", "مؤسسة الجسور للتنمية")),
])
def test_a_region_after_a_post_is_the_title(lines: list[str], who: tuple[str, str, str], rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.name, sig.title, sig.affiliation) == who


@pytest.mark.parametrize(("lines", "who"), [
    (["Nadia Farouk", "Head of Partnerships, Gulf Migrant Workers Network"],
     ("Nadia Farouk", "Head of Partnerships", "Gulf Migrant Workers Network")),
    (["Inès Berrada", "Chargée de programme, Réseau Maghreb Solidarité"],
     ("Inès Berrada", "Chargée de programme", "Réseau Maghreb Solidarité")),
])
def test_near_miss_a_body_after_the_post(lines: list[str], who: tuple[str, str, str], rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.name, sig.title, sig.affiliation) == who
