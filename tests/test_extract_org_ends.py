"""Where an organisation's name written in prose ends: a place after the acronym that closes it and a comma ("the X
Forum (XF), Doha-Qatar!") is where the body is, not part of its name; an Arabic name goes on with the field the
people it serves work in ("اتحاد النقابات للعاملين في قطاع الخدمات"); French words in lower case after a link go on
with a name, but not over a possessive ("le rapport de l'Association X sur notre foyer à La Marsa"). Near misses keep
what is part of the name."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import arabic_org
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Respected Sir,\n\nGreetings from the Filipino Caregivers Association (FCA), Kuwait City!\n\nWe would like to "
     "request a speaking slot. Our President Ms. Maricel Santos will do the floor intervention in Roundtable 3.\n\n"
     "Regards,\nJoy\n", "en", "Filipino Caregivers Association (FCA)"),
    ("Madame, Monsieur,\n\nL'Association des Travailleurs Sénégalais (ATS), Tanger, a le plaisir de proposer son "
     "président M. Ousmane Fall pour une intervention dans la table ronde 2.\n\nCordialement,\nAwa\n", "fr",
     "Association des Travailleurs Sénégalais (ATS)"),
    # near miss: a branch after the acronym is the body's, not an address
    ("Madame, Monsieur,\n\nL'Association des Travailleurs Sénégalais (ATS), Section Jeunesse, a le plaisir de "
     "proposer son président M. Ousmane Fall pour une intervention dans la table ronde 2.\n\nCordialement,\nAwa\n",
     "fr", "Association des Travailleurs Sénégalais (ATS) Section Jeunesse"),
])
def test_a_place_after_the_acronym_is_not_in_the_affiliation(body: str, language: str, affiliation: str,
                                                            rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [affiliation]


@pytest.mark.parametrize(("clause", "org"), [
    ("نرفق تقرير نقابة العاملين في قطاع النقل البري، ونرشح", "نقابة العاملين في قطاع النقل البري"),
    ("يسر جمعية العاملات في مجال الرعاية المنزلية أن ترشح", "جمعية العاملات في مجال الرعاية المنزلية"),
    # near misses: a place after "في" ("قطاع غزة" is a place, no field), and a field with no people before it
    ("تقرير جمعية الهلال في قطاع غزة", "جمعية الهلال"),
    ("نقابة العمال في الأردن ترشح", "نقابة العمال في الأردن"),
])
def test_an_arabic_name_goes_on_with_the_field_its_people_work_in(clause: str, org: str,
                                                                   rules: ExtractRules) -> None:
    assert arabic_org(clause, rules) == org


def test_the_field_completes_the_affiliation_of_a_proposed_speaker(rules: ExtractRules) -> None:
    body = ("السادة الكرام،\n\nنرسل لكم تقرير رابطة المستخدمين في قطاع الفنادق، ونرشح السيد سامي حداد، منسق "
            "البرامج في الرابطة، لمداخلة في الجلسة العامة.\n\nمع التحية\nليلى\n")
    fields = run(message(body), rules, language="ar")
    assert [s.affiliation for s in fields.speakers] == ["رابطة المستخدمين في قطاع الفنادق"]


@pytest.mark.parametrize(("text", "org"), [
    ("Veuillez trouver ci-joint le rapport de l'Association Marocaine des Migrants sur notre foyer pour mineurs à "
     "La Goulette.", "Association Marocaine des Migrants"),
    ("Voici le rapport de la Fédération des Travailleurs Sahéliens sur leur action auprès des Subsahariens.",
     "Fédération des Travailleurs Sahéliens"),
    ("Voici le rapport de la Fédération des Travailleurs Sahéliens sur son travail dans le Grand Tunis.",
     "Fédération des Travailleurs Sahéliens"),
    # near miss: the words in lower case after the link are the body's own, up to its town's name
    ("Voici le rapport de l'Observatoire sur la condition des femmes de Tunis.",
     "Observatoire sur la condition des femmes de Tunis"),
])
def test_a_possessive_after_a_name_ends_it(text: str, org: str, rules: ExtractRules) -> None:
    from intake.extract_prose import prose_organisation
    assert prose_organisation(text, rules) == org
