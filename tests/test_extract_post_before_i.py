"""Families of the blind set 193 (helper J1): the sender opens a sentence with their post before "je", "I", "أود"
("Doctorante en droit à l'Université X, je souhaite ...", "Research fellow at the Y Institute, I would like ...", "باحثة
في جامعة X، أود ..."): that is a statement of their post, as "je suis ..." is; and the signature's aside in brackets
("(2e année)") gives way to the post as they state it."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "body", "title"), [
    ("fr", "Bonjour,\n\nDoctorante en droit à l'Université de Rivière, je souhaite intervenir lors de la discussion "
     "ouverte.\n\nCordialement,\n\nClaire Moreau\nDoctorante en droit (2e année)\nUniversité de Rivière\n",
     "Doctorante en droit"),
    ("en", "Dear team,\n\nResearch fellow at the University of Riverside, I would like to speak in the open "
     "discussion.\n\nBest,\n\nJohn Carter\nResearch fellow (visiting)\nUniversity of Riverside\n", "Research fellow"),
    ("ar", "تحية طيبة،\n\nباحثة في جامعة النهر، أود المشاركة في النقاش المفتوح.\n\nمع التحية،\n\nسلمى خوري\n"
     "باحثة (متعاونة)\nجامعة النهر\n", "باحثة"),
])
def test_a_post_before_i_gives_the_post_without_the_signatures_aside(language: str, body: str, title: str,
                                                                     rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.title for s in speakers] == [title]


# With no post signed, the post before "I" is the title and its organisation the affiliation (read before this
# change too, by the prose reader: the new statement must agree with it)
@pytest.mark.parametrize(("language", "body", "title", "affiliation"), [
    ("fr", "Bonjour,\n\nJuriste au Centre d'accueil des migrants de Sfax, je souhaite intervenir lors de la discussion "
     "ouverte.\n\nCordialement,\n\nAmel Trabelsi\n", "Juriste", "Centre d'accueil des migrants de Sfax"),
    ("en", "Dear team,\n\nLecturer at the University of Riverside, I would like to speak in the open discussion.\n\n"
     "Best,\n\nJohn Carter\n", "Lecturer", "University of Riverside"),
])
def test_a_post_before_i_without_a_signed_post(language: str, body: str, title: str, affiliation: str,
                                               rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(title, affiliation)]


# Near misses: a greeting before "I" addresses the reader; a signed post that says more than an aside stays whole
def test_near_miss_a_greeting_and_a_fuller_signed_post(rules: ExtractRules) -> None:
    body = ("Dear Director, I would like to speak in the open discussion.\n\nBest,\n\nJohn Carter\nLecturer\n"
            "University of Riverside\n")
    assert [s.title for s in run(message(body), rules).speakers] == ["Lecturer"]
    body = ("تحية طيبة،\n\nباحثة في جامعة النهر، أود المشاركة في النقاش المفتوح.\n\nمع التحية،\n\nسلمى خوري\n"
            "باحثة دكتوراه (السنة الثالثة)\nجامعة النهر\n")
    assert [s.title for s in run(message(body), rules, language="ar").speakers] == ["باحثة دكتوراه (السنة الثالثة)"]
