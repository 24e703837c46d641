"""Families of the blind set 193 (helper J1): a post written with its unit and ending on the proposing body named as
"ours" ("Director of the X Centre of our Faculty", "Directrice du Laboratoire Y (LY) de notre Faculté", "مدير مركز Z
بكليتنا"): the title keeps the unit (dev 012), the back-reference is no part of it, and the affiliation is the body it
points at, the sender's (never the unit)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("en", "Dear colleagues,\n\nI am pleased to nominate Dr. Helen Brooks, Head of the Refugee Law Clinic (RLC) of our "
     "Faculty, for roundtable 1.\n\nKind regards,\n\nMark Evans\nDean\nFaculty of Law\nUniversity of Eastbridge\n",
     "Helen Brooks", "Head of the Refugee Law Clinic (RLC)", "Faculty of Law, University of Eastbridge"),
    # two posts, the rank said again before the name
    ("fr", "Madame, Monsieur,\n\nJ'ai l'honneur de vous proposer Mme la Professeure Claire Moreau, Professeure de droit "
     "privé et Directrice du Centre d'études juridiques (CEJ) de notre Faculté, pour la table ronde 1.\n\nCordialement,"
     "\n\nPaul Martin\nDoyen\nFaculté de Droit\nUniversité de Rivière\n",
     "Claire Moreau", "Professeure de droit privé et Directrice du Centre d'études juridiques (CEJ)",
     "Faculté de Droit, Université de Rivière"),
    ("fr", "Bonjour,\n\nNous proposons M. Karim Haddad, Responsable de l'Observatoire des mobilités de notre "
     "Institut, pour la discussion ouverte.\n\nCordialement,\n\nSophie Lenoir\nDirectrice\nInstitut de recherche sur "
     "les sociétés\n", "Karim Haddad", "Responsable de l'Observatoire des mobilités", "Institut de recherche sur les sociétés"),
    ("ar", "السادة المحترمون،\n\nيسرني أن أرشح الدكتور سامي حداد، مدير مركز دراسات الهجرة بكليتنا، للمشاركة في المائدة "
     "المستديرة الأولى.\n\nمع التحية،\n\nعلي منصور\nعميد\nكلية الحقوق\nجامعة النهر\n",
     "سامي حداد", "مدير مركز دراسات الهجرة", "كلية الحقوق بجامعة النهر"),
])
def test_a_post_at_a_unit_of_ours_keeps_the_unit_and_takes_the_senders_body(
        language: str, body: str, name: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [(name, title, affiliation)]


# Near miss: a unit of a body named in full ("of the University of X") is no back-reference; the body is read there
def test_near_miss_a_unit_of_a_named_body_is_its_affiliation(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nI am pleased to nominate Dr. Helen Brooks, Director of the Refugee Law Clinic of the "
            "University of Westmoor, for roundtable 1.\n\nKind regards,\n\nMark Evans\nDean\nFaculty of Law\n"
            "University of Eastbridge\n")
    speakers = run(message(body), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("Helen Brooks", "Director", "Refugee Law Clinic of the University of Westmoor")]


# Near miss: a post of the body itself ("Director of our Faculty") has no unit to keep: the post alone
def test_near_miss_a_post_of_ours_without_a_unit(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nI am pleased to nominate Dr. Helen Brooks, Director of our Faculty, for roundtable 1."
            "\n\nKind regards,\n\nMark Evans\nDean\nFaculty of Law\nUniversity of Eastbridge\n")
    speakers = run(message(body), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("Helen Brooks", "Director", "Faculty of Law, University of Eastbridge")]
