"""A speaker form pasted as a table whose columns are the speakers ("| Speaker 1 | Speaker 2", "| Intervenant 1 |
Intervenant 2", "| المتحدث 1 | المتحدث 2"): the first column holds the labels, each other column one person. A header
row that only numbers the speakers names no field of a list, so its rows are no speakers of their own."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _table(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


@pytest.mark.parametrize(("language", "intro", "rows", "expected"), [
    ("en", "Please find our speakers below.", [
        ["", "Speaker 1", "Speaker 2"],
        ["Full name", "Jonas Okafor", "Ms. Priya Raman"],
        ["Position", "Treasurer", "Legal Officer, Casework Unit"],
        ["Organization", "Harbour Seafarers Union", "Harbour Seafarers Union"],
        ["Session requested", "Plenary", "Roundtable 3"]],
     [("Jonas Okafor", "Treasurer", ("plenary",)), ("Priya Raman", "Legal Officer, Casework Unit", ("roundtable",))]),
    ("fr", "Veuillez trouver nos intervenants ci-dessous.", [
        ["", "Intervenant 1", "Intervenant 2"],
        ["Nom complet", "Yannick Bado", "Aminata Traoré"],
        ["Fonction", "Trésorier", "Chargée de plaidoyer"],
        ["Organisation", "Collectif des Rapatriés", "Collectif des Rapatriés"],
        ["Session souhaitée", "Plénière", "Table ronde 2"]],
     [("Yannick Bado", "Trésorier", ("plenary",)), ("Aminata Traoré", "Chargée de plaidoyer", ("roundtable",))]),
])
def test_numbered_speaker_columns_give_one_speaker_per_column(
        language: str, intro: str, rows: list[list[str]], expected: list[tuple[str, str, tuple[str, ...]]],
        rules: ExtractRules) -> None:
    html = f"<p>{intro}</p>{_table(rows)}"
    parsed = message("", subject="Speakers", html=html)
    speakers = run(parsed, rules, language=language).speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == expected


def test_a_header_naming_several_fields_still_lists_one_speaker_per_row(rules: ExtractRules) -> None:
    html = "<p>Our speakers:</p>" + _table([
        ["Name", "Position", "Organization"],
        ["Jonas Okafor", "Treasurer", "Harbour Seafarers Union"],
        ["Priya Raman", "Legal Officer", "Harbour Seafarers Union"]])
    speakers = run(message("", subject="Speakers", html=html), rules).speakers
    assert [(s.name, s.title) for s in speakers] == [("Jonas Okafor", "Treasurer"), ("Priya Raman", "Legal Officer")]
