"""A list item that opens with the body its person comes from, then a comma and the person: a possessive post and the
name ("from X, our coordinator Y"), or the post in a clause of its own before the name ("from X, where she is Z, Y").
The body is the person's affiliation. A place in that spot ("from Tunis, ...") is no body and proposes no one new."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "body", "second"), [
    ("en", "Hello team,\n\nWe would like to propose two speakers:\n\n"
     "- Grace Atieno, Programme Officer, Lakeside Fishers Network – open discussion\n"
     "- from the Riverside Migrant Support Association, where she is head of the asylum desk, Nadia Kareem – roundtable 2\n\n"
     "Thanks\nPaul\n",
     ("Nadia Kareem", "head of the asylum desk", "Riverside Migrant Support Association")),
    ("en", "Hello team,\n\nWe would like to propose two speakers:\n\n"
     "- Grace Atieno, Programme Officer, Lakeside Fishers Network – open discussion\n"
     "- from Hilltop Youth Centre, our volunteer coordinator Samir Daoud – plenary please\n\nThanks\nPaul\n",
     ("Samir Daoud", "volunteer coordinator", "Hilltop Youth Centre")),
    ("fr", "Madame, Monsieur,\n\nNous souhaitons proposer deux intervenants :\n\n"
     "- Awa Diallo, chargée de programme, Réseau des pêcheurs – discussion ouverte\n"
     "- de la part de l'Association des Femmes Migrantes, où elle est trésorière, Fatou Ndiaye – table ronde 2\n\n"
     "Cordialement,\nMarc Petit\n",
     ("Fatou Ndiaye", "trésorière", "Association des Femmes Migrantes")),
    ("ar", "تحية طيبة،\n\nنرشح المتحدثين التاليين:\n\n- سلمى الحسن، منسقة البرامج، جمعية الصيادين – النقاش المفتوح\n"
     "- من جمعية النساء المهاجرات، حيث تعمل مسؤولة الإعلام، فاطمة الزين – المائدة المستديرة الثانية\n\nمع التحية\nكريم ناصر\n",
     ("فاطمة الزين", "مسؤولة الإعلام", "جمعية النساء المهاجرات")),
])
def test_the_person_after_the_body_they_come_from(
        language: str, body: str, second: tuple[str, str, str], rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert len(speakers) == 2
    assert (speakers[1].name, speakers[1].title, speakers[1].affiliation) == second


def test_a_place_in_that_spot_is_no_body(rules: ExtractRules) -> None:
    body = ("Hello team,\n\nWe would like to propose two speakers:\n\n"
            "- Grace Atieno, Programme Officer, Lakeside Fishers Network – open discussion\n"
            "- from Tunis, our volunteer coordinator Samir Daoud – plenary please\n\nThanks\nPaul\n")
    speakers = run(message(body), rules).speakers
    assert all(s.affiliation != "Tunis" for s in speakers)
