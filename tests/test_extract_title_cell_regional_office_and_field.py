"""Families of the blind sets (session 31, K3): in a form's title field, an office named by the region it covers after
a dash is where the post sits ("نائب المدير - مكتب الشرق الأوسط وشمال أفريقيا"), and so is the field the post covers
("Chargé de mission - gouvernance et migrations"); an office named by its town is an address."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_values import clean_value


@pytest.mark.parametrize(("value", "expected"), [
    ("مسؤولة البرامج - مكتب الشرق الأوسط وشمال أفريقيا", "مسؤولة البرامج - مكتب الشرق الأوسط وشمال أفريقيا"),
    ("Deputy Head - Middle East and North Africa Bureau", "Deputy Head - Middle East and North Africa Bureau"),
    ("Chargée de programme - Bureau pour l'Afrique du Nord", "Chargée de programme - Bureau pour l'Afrique du Nord"),
    ("Chargé de mission - gouvernance et migrations", "Chargé de mission - gouvernance et migrations"),
    ("Programme Officer – Labour Migration", "Programme Officer – Labour Migration"),
    # near misses: an office named by its town is the address; a region alone is read as before
    ("مسؤولة البرامج - مكتب أربيل", "مسؤولة البرامج"),
    ("Chargée de programme - Bureau de Tunis", "Chargée de programme"),
])
def test_a_regional_office_or_a_field_after_a_title_is_the_titles(value: str, expected: str, rules: ExtractRules) -> None:
    assert clean_value(value, rules, title_cell=True) == expected
