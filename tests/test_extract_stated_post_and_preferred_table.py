"""A sender's post stated with a colon after "is" ("My exact title is: X", « Ma fonction exacte est : X », "مسماي
الوظيفي هو: X"), and the roundtable named after a sentence of preference following a comma ("For the roundtable, we
would prefer no. 2", « Pour la table ronde, nous avons une préférence pour la n°2 », "أما المائدة المستديرة، فنفضل
الثانية")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "body", "title"), [
    ("en", "Dear colleagues,\n\nI would like to speak in the plenary. My exact title is: Programme "
           "Officer.\n\nBest regards,\nLina Haddad\nMigrant Support Centre\n", 'Programme Officer'),  # (English read the colon already)
    ("fr", "Bonjour,\n\nJe souhaite intervenir en séance plénière. Ma fonction exacte est : Chargée du programme "
           "« Droits des saisonniers ».\n\nCordialement,\nLina Haddad\nCentre d'Appui aux Migrants\n",
     "Chargée du programme « Droits des saisonniers »"),
    ("ar", "تحية طيبة،\n\nأرغب في المداخلة في الجلسة العامة. مسماي الوظيفي هو: منسقة مشروع الحماية.\n\nمع التحية،\n"
           "لينا حداد\nمركز دعم المهاجرين\n", "منسقة مشروع الحماية"),
])
def test_post_stated_with_a_colon(language: str, body: str, title: str, rules: ExtractRules) -> None:
    (sp,) = run(message(body, from_="Lina Haddad <lina@example.org>"), rules, language=language).speakers
    assert sp.title == title


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Dear colleagues,\n\nI would like to speak at a roundtable. For the roundtable, we would prefer no. 2; otherwise "
           "no. 4.\n\nBest regards,\nLina Haddad\nProgramme Officer\nMigrant Support Centre\n"),
    ("fr", "Bonjour,\n\nJe souhaite intervenir. Pour la table ronde, nous avons une préférence pour la n°2 ; à défaut, "
           "la n°4.\n\nCordialement,\nLina Haddad\nChargée de programme\nCentre d'Appui aux Migrants\n"),
    ("ar", "تحية طيبة،\n\nأرغب في المداخلة. أما المائدة المستديرة، فنفضل الثانية، وإلا فالرابعة.\n\nمع التحية،\n"
           "لينا حداد\nمنسقة البرامج\nمركز دعم المهاجرين\n"),
])
def test_roundtable_after_a_sentence_of_preference(language: str, body: str, rules: ExtractRules) -> None:
    (sp,) = run(message(body, from_="Lina Haddad <lina@example.org>"), rules, language=language).speakers
    assert (sp.roles, sp.roundtable) == (("roundtable",), 2)


def test_preference_for_a_date_is_no_roundtable_number(rules: ExtractRules) -> None:
    """Near miss: the preference after the comma is for a day, not a table number."""
    body = ("Dear colleagues,\n\nI would like to speak at a roundtable, we would prefer the afternoon session.\n\n"
            "Best regards,\nLina Haddad\nProgramme Officer\nMigrant Support Centre\n")
    (sp,) = run(message(body, from_="Lina Haddad <lina@example.org>"), rules, language="en").speakers
    assert (sp.roles, sp.roundtable) == (("roundtable",), None)
