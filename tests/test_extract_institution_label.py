"""An academic's form names the institution under its own label (« Établissement : Faculté X, Université Y »,
"University: X", "الجامعة: جامعة Y"): the affiliation as the line writes it, not a fuller body the covering sentence
names (the department that writes)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Madame, Monsieur,\n\nLe Secrétariat du Laboratoire de sociologie de la Faculté des Sciences humaines de "
     "l'Université de Sousse vous présente la candidature suivante :\n\nNom et prénom : Pr. Hédi Ben Salah\n"
     "Fonction : Directeur du Laboratoire de sociologie\nÉtablissement : Faculté des Sciences humaines, Université de "
     "Sousse\n\nCordialement,\nAmira Jlassi\n", "fr", "Faculté des Sciences humaines, Université de Sousse"),
    ("Dear colleagues,\n\nThe office of the History Department of the Faculty of Arts of Kirkuk University submits "
     "this nomination for the plenary:\n\nName: Dr. Hawre Salih Ahmed\nPosition: Head of the History Department\n"
     "University: Kirkuk University\n\nRegards,\nShilan Omar\n", "en", "Kirkuk University"),
    ("تحية طيبة،\n\nيتشرف قسم التاريخ في كلية الآداب بجامعة كركوك بترشيح التالي للجلسة العامة:\n\nالاسم: د. هاوري صالح أحمد\n"
     "المنصب: رئيس قسم التاريخ\nالجامعة: جامعة كركوك\n\nمع التقدير\nشيلان عمر\n", "ar", "جامعة كركوك"),
])
def test_the_institution_line_of_an_academic_form(body: str, language: str, affiliation: str,
                                                  rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert speaker.affiliation == affiliation


# Near miss: a sentence about where the speaker studied ("University: ..." never written) names no affiliation line
def test_near_miss_a_university_in_a_sentence(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nName: Dr. Hawre Salih Ahmed\nPosition: Researcher\nOrganisation: Kurdistan Migration "
            "Observatory\n\nDr. Ahmed studied at the university of Kirkuk.\n\nRegards,\nShilan Omar\n")
    speaker = run(message(body), rules).speakers[0]
    assert speaker.affiliation == "Kurdistan Migration Observatory"
