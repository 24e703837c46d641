"""Round r50: a ministry keeps the country written after its comma ("Ministry of Labour, Libya"), where another
body's town after a comma is an address. In several wordings, with near-misses that must not change. (The round's
other family, acronyms taken from a name's first words only, went: it spelled names the project rejects on purpose,
tests/test_extract_parts.py::test_an_acronym_leaves_out_no_more.)"""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _speaker(body: str, rules: ExtractRules, language: str) -> tuple[str | None, str | None]:
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language=language)
    assert len(fields.speakers) == 1
    sp = fields.speakers[0]
    return sp.name, sp.affiliation


# ---------------------------------------------------------------------------------------------
# A ministry keeps its country after a comma; another body's town after a comma is an address

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Ministry of Labour, Hashemite Kingdom of Jordan\nBest regards,\nOmar\n", "en",
     "Ministry of Labour, Hashemite Kingdom of Jordan"),
    ("Dear colleagues,\nWe propose a speaker for the plenary.\nName: Hanan Fathi\nTitle: Focal Point\n"
     "Organisation: Ministry of Social Affairs and Rehabilitation, Libya\nBest regards,\nLaila\n", "en",
     "Ministry of Social Affairs and Rehabilitation, Libya"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Directeur\n"
     "Organisation : Ministère de l'Emploi et de l'Insertion, Maroc\nCordialement,\nSalma\n", "fr",
     "Ministère de l'Emploi et de l'Insertion, Maroc"),
])
def test_a_ministry_keeps_its_country(body: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Jordanian Women Workers Association, Jordan\nBest regards,\nOmar\n", "en",
     "Jordanian Women Workers Association"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Directeur\n"
     "Organisation : Association des Travailleurs Migrants, Maroc\nCordialement,\nSalma\n", "fr",
     "Association des Travailleurs Migrants"),
])
def test_another_body_drops_its_country(body: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation
