"""A nickname in quotes right after a speaker's name ('Abdirahman Mohamed Hassan "Dheere" - Chairperson', 'Ali
Mmadi « Sidjou », coordinateur'): neither the name nor the title, and the speaker is read like any other."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "first"), [
    ("Dear organizers,\n\nWe are happy to nominate the following people to speak:\n\n1. Abdirahman Mohamed Hassan "
     "\"Dheere\" - Chairperson, HIRRA - floor intervention in Thematic Roundtable 2\n2. Faadumo Abdi Nuur - Youth "
     "Coordinator, HIRRA - open discussion\n\nRegards,\nAmina", "en", ("Abdirahman Mohamed Hassan", "Chairperson")),
    ("Bonjour,\n\nNous proposons les intervenants suivants :\n\n1. Ali Mmadi « Sidjou » - Coordinateur, CNJM - "
     "table ronde 2\n2. Faïza Said - Trésorière, CNJM - discussion ouverte\n\nCordialement,\nAmina", "fr",
     ("Ali Mmadi", "Coordinateur")),
])
def test_a_quoted_nickname_is_left_out(body: str, language: str, first: tuple[str, str], rules: ExtractRules) -> None:
    fields = run(message(body, from_="Amina <amina@example.org>"), rules, language=language)
    assert len(fields.speakers) == 2
    assert (fields.speakers[0].name, fields.speakers[0].title) == first
