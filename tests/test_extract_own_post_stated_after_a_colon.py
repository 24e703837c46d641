"""The sender's own post said as a fact with a colon after the verb ("ma fonction exacte est : X", "منصبي هو: Y"), as
"my exact title is: X" already is; with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "who"), [
    ("Bonjour,\n\nMa fonction exacte est : Chargée de mission « Jeunesse et mobilité ».\nJe souhaite intervenir à la "
     "table ronde 2.\n\nMerci,\nLéa Rondeau", "fr", ("Léa Rondeau", "Chargée de mission « Jeunesse et mobilité »")),
    ("مرحبا،\n\nمنصبي هو: منسقة البرامج.\nأرغب في المشاركة في المائدة المستديرة 2.\n\nشكراً\nليلى الرندي", "ar",
     ("ليلى الرندي", "منسقة البرامج")),
])
def test_own_post_after_a_colon(body: str, language: str, who: tuple[str, str], rules: ExtractRules) -> None:
    speaker, = run(message(body, from_="Lea <lea@example.org>"), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == (*who, 2)


# Near miss: a colon after "ma fonction" with no verb opens a label the sender fills in, read as before
def test_near_miss_label(rules: ExtractRules) -> None:
    body = "Bonjour,\n\nJe souhaite intervenir à la table ronde 2.\nNom : Léa Rondeau\nFonction : Chargée de mission\n\nMerci"
    speaker, = run(message(body, from_="Lea <lea@example.org>"), rules, language="fr").speakers
    assert (speaker.name, speaker.title) == ("Léa Rondeau", "Chargée de mission")
