"""A post written with the words that point back at the proposing body ("Head of the Legal Unit of our network, the
Gulf Migrant Network", "responsable du plaidoyer de notre cabinet, Sfeir & Khoury Avocats"): the title is the post,
the affiliation the body named beside it, or else the one that signs. A law firm names itself with "Avocats", "LLP",
"Law Firm" and calls itself "notre cabinet", "our firm"."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("I am writing on behalf of Ms Jane Doe, Head of the Legal Unit of our network, the Gulf Migrant Network (GMN), "
     "who would like to speak in the plenary.\n\nBest regards,\nSara Kamel",
     "en", ("Jane Doe", "Head of the Legal Unit", "Gulf Migrant Network (GMN)")),
    ("Je vous écris de la part de Me Carla Sfeir, responsable du plaidoyer de notre cabinet, Sfeir & Khoury Avocats "
     "(Beyrouth), qui souhaiterait intervenir en séance plénière.\n\nCordialement,\nSara Kamel",
     "fr", ("Carla Sfeir", "responsable du plaidoyer", "Sfeir & Khoury Avocats")),
    # "our own" post
    ("As rapporteur, to deliver the key messages, we propose our own Policy Officer, Sara Nasser, who will draft the "
     "messages.\n\nBest regards,\nRima Haddad\nGulf Migrant Network",
     "en", ("Sara Nasser", "Policy Officer", "Gulf Migrant Network")),
    # the body is not named beside the post: the one under the message
    ("I am writing on behalf of Ms Jane Doe, Head of the Legal Unit of our network, who would like to speak in the "
     "plenary.\n\nBest regards,\nSara Kamel\nGulf Migrant Network",
     "en", ("Jane Doe", "Head of the Legal Unit", "Gulf Migrant Network")),
])
def test_the_post_is_written_without_the_words_pointing_back_at_the_body(body: str, language: str,
                                                                         speaker: tuple[str, str, str],
                                                                         rules: ExtractRules) -> None:
    fields = run(message(body, from_="Sara Kamel <sara@example.org>"), rules, language=language)
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [speaker]

