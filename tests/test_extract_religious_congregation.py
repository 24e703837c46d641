"""A religious congregation is a body ("Congrégation des Sœurs de X", "Congregation of the Sisters of Y", "رهبنة Z"): a
post written before it ends there ("responsable du foyer ... de la Congrégation des Sœurs de X"), the congregation is
the affiliation."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Madame, Monsieur,\n\nNous proposons Sœur Marie Kabila, directrice de l'école du soir de la Congrégation des "
     "Sœurs de la Providence, pour une intervention en plénière.\n\nCordialement,\nJeanne Roux\n", "fr",
     "directrice de l'école du soir", "Congrégation des Sœurs de la Providence"),
    ("Dear colleagues,\n\nWe propose Sister Grace Obi, coordinator of the night shelter of the Congregation of the "
     "Sisters of Mercy, to speak in the plenary.\n\nKind regards,\nJane Ross\n", "en",
     "coordinator of the night shelter", "Congregation of the Sisters of Mercy"),
])
def test_a_post_before_a_congregation_ends_there(body: str, language: str, title: str, affiliation: str,
                                                 rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert (speaker.title, speaker.affiliation) == (title, affiliation)


# Near miss: a post with its own unit and no congregation after it keeps the unit
@pytest.mark.parametrize(("body", "language", "title"), [
    ("Madame, Monsieur,\n\nNous proposons Sœur Marie Kabila, responsable du foyer des mineures isolées, pour une "
     "intervention en plénière.\n\nCordialement,\nJeanne Roux\n", "fr", "responsable du foyer des mineures isolées"),
    ("Dear colleagues,\n\nWe propose Sister Grace Obi, coordinator of the night shelter, to speak in the plenary.\n\n"
     "Kind regards,\nJane Ross\n", "en", "coordinator of the night shelter"),
])
def test_near_miss_a_post_with_its_unit_alone(body: str, language: str, title: str, rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert speaker.title == title
