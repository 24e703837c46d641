"""The body a writer says they work or study at, in a sentence of their own story rather than after a post: "a
pharmacist, working in Muscat since 2015 at X Centre", "I'm studying at X University", "j'étudie à l'Université X",
"أدرس في جامعة X". The year of study written after the body is no part of it.
Each with a near miss."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "body", "org"), [
    ("en", "Dear team,\n\nMy name is Halima Yusuf Adan, I am a pharmacist, working in Muscat since 2015 at Al Noor "
           "Health Centre. I would like to speak in the plenary session about health workers.\n\nThank you\nHalima",
     "Al Noor Health Centre"),
    ("en", "hi\n\ni would like to speak in the open discussion about young people who leave.\nim studying at Kassala "
           "University 2nd year economics. can students register?\n\nthanks\n\nSent from my iPhone",
     "Kassala University"),
    ("ar", "مرحبا\n\nاسمي بلال عثمان، ادرس في جامعة كسلا. اود المشاركة في النقاش المفتوح.\n\nشكرا", "جامعة كسلا"),
    ("fr", "Bonjour,\n\nJe m'appelle Bilal Osman, j'étudie à l'Université Hassan Premier. Je souhaite prendre la parole "
           "lors de la discussion ouverte.\n\nMerci",
     "Université Hassan Premier"),
])
def test_the_body_one_works_or_studies_at(language: str, body: str, org: str, rules: ExtractRules) -> None:
    (sp,) = run(message(body, from_="Bilal Osman <b.osman@example.org>"), rules, language=language).speakers
    assert sp.affiliation == org


# near misses: working somewhere that is no body ("working at the border crossing"), studying a subject, a year of
# study that is written in the post ("student in the 2nd year of Law")
@pytest.mark.parametrize(("language", "body"), [
    ("en", "Dear team,\n\nMy name is Halima Yusuf Adan, I am a nurse, working since 2015 at the border crossing with "
           "returnees. I would like to speak in the plenary session.\n\nThank you\nHalima"),
    ("en", "hi\n\nmy name is Bilal Osman, i am studying economics in Kassala. i would like to speak in the open "
           "discussion.\n\nthanks"),
])
def test_no_body_where_the_place_is_no_body(language: str, body: str, rules: ExtractRules) -> None:
    (sp,) = run(message(body), rules, language=language).speakers
    assert sp.affiliation is None


def test_a_year_of_study_in_the_post_stays_in_it(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nMy name is Halima Yusuf Adan, I am a Master's student in the 2nd year of Law. I would like to "
            "speak in the plenary session.\n\nThank you\nHalima")
    (sp,) = run(message(body), rules).speakers
    assert sp.title == "Master's student in the 2nd year of Law"
