"""Labelled lines written with a dash in place of the colon ("Name - X", "Fonction – Y", "الاسم - Z"): read as a form
when two or more such lines come in a row. Near miss: one "Post - Unit" line on a signature is not a label."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "name", "title", "affiliation"), [
    ("Dear team,\n\nPlease register our delegate for roundtable 4. Details:\n\nName - Tomas Okello B.K.\n"
     "Position - Field Coordinator\nOrganization - Lakes Region Returnees Forum\n\nRegards,\nGrace Achieng\n",
     "en", "Tomas Okello B.K.", "Field Coordinator", "Lakes Region Returnees Forum"),
    ("Bonjour,\n\nVoici notre intervenant pour la table ronde 4 :\n\nNom – Mamadou Keita\nFonction – Chargé de plaidoyer\n"
     "Structure – Collectif des travailleurs saisonniers\n\nBien à vous,\nAwa Diallo\n",
     "fr", "Mamadou Keita", "Chargé de plaidoyer", "Collectif des travailleurs saisonniers"),
    ("مرحبا،\n\nنرشح للمائدة المستديرة الرابعة:\n\nالاسم - سمير عوض\nالصفة - منسق المناصرة\nالمنظمة - ملتقى العائدين\n\n"
     "مع التحية،\nرنا خوري\n", "ar", "سمير عوض", "منسق المناصرة", "ملتقى العائدين"),
])
def test_dashed_labels_in_a_row_make_a_form(body: str, language: str, name: str, title: str, affiliation: str,
                                            rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation, s.roundtable) for s in speakers] == [(name, title, affiliation, 4)]


# Near miss: a post and its unit after a dash on the signature stays the sender's title
def test_near_miss_one_dashed_line_on_a_signature(rules: ExtractRules) -> None:
    body = ("Hello,\n\nI would like to speak in roundtable 4.\n\nThanks,\nGrace Achieng\nCoordinator - Outreach\n"
            "Lakes Region Returnees Forum\n")
    speaker = run(message(body), rules).speakers[0]
    assert (speaker.name, speaker.title) == ("Grace Achieng", "Coordinator - Outreach")
