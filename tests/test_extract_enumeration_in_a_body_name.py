"""Families of the blind sets (session 29, J4): an enumeration of disciplines inside a body's name, after commas
("Faculty of Law, Economics and Political Science"), is one name. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_signature import read_block


# A faculty named by the list of what it teaches, its university on the next line: one name, then the university
@pytest.mark.parametrize(("lines", "affiliation"), [
    (["Pr Karima Ouali", "Doyenne", "Faculté des Lettres, Arts et Sciences Humaines", "Université de Sfax-Nord"],
     "Faculté des Lettres, Arts et Sciences Humaines, Université de Sfax-Nord"),
    (["Dr Samir Aoun", "Dean", "Faculty of Law, Economics and Political Science", "University of the Cedars"],
     "Faculty of Law, Economics and Political Science, University of the Cedars"),
    (["د. سمير عون", "عميد", "كلية الآداب، الفنون والعلوم الإنسانية", "جامعة الأرز"],
     "كلية الآداب، الفنون والعلوم الإنسانية بجامعة الأرز"),
])
def test_an_enumeration_inside_a_body_name(lines: list[str], affiliation: str, rules: ExtractRules) -> None:
    assert read_block(lines, rules).affiliation == affiliation


# Near misses: a unit whose own name says "and", after the post and a comma, is the unit the post is held in; and a
# town after the Arabic comma is still the body's address
def test_near_miss_a_post_then_its_unit(rules: ExtractRules) -> None:
    sig = read_block(["Dr Samir Aoun", "Programme Officer, Research and Policy Unit", "University of the Cedars"], rules)
    assert (sig.title, sig.affiliation) == ("Programme Officer, Research and Policy Unit", "University of the Cedars")


def test_near_miss_a_town_after_the_arabic_comma(rules: ExtractRules) -> None:
    assert read_block(["سمير عون", "منسق", "جمعية الأرز للتنمية، بيروت"], rules).affiliation == "جمعية الأرز للتنمية"

