"""A speaker's post written with its article ("the General Manager", "the Regional Director", "la Coordinatrice
nationale"): the title is the post without the article, also when a word that qualifies an office opens it. A value
whose article opens something other than a post keeps it."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_prose import bare_title
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear colleagues,\nAt the request of Ms. Grace Achieng, the Regional Director of our network, I would like to "
     "nominate her for a floor intervention in the plenary session.\n\nKind regards,\nPeter Otieno\nAssistant\n"
     "East African Migrants Network\n", "en", "Regional Director"),
    ("Dear Sir or Madam,\nWe propose Mr. Tomas Reyes, the National Coordinator of the Alliance, to speak in "
     "roundtable 3.\n\nBest,\nAna Cruz\n", "en", "National Coordinator"),
    ("Madame, Monsieur,\nNous proposons Mme Awa Diallo, la Coordinatrice nationale du Réseau, pour intervenir à la "
     "table ronde 2.\n\nCordialement,\nMoussa Ba\n", "fr", "Coordinatrice nationale"),
])
def test_a_post_after_its_article_is_the_title_without_it(body: str, language: str, title: str,
                                                           rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize(("value", "expected"), [
    ("the General Manager", "General Manager"),
    ("The Executive Director", "Executive Director"),
    ("the Regional Coordinator", "Regional Coordinator"),
    # near misses: the article opens no post, or a qualifier that no post follows
    ("the General Assembly", "the General Assembly"),
    ("La Cimade", "La Cimade"),
    ("the National", "the National"),
])
def test_bare_title_drops_the_article_of_a_post_only(value: str, expected: str, rules: ExtractRules) -> None:
    assert bare_title(value, rules) == expected


# The post said again after the name with the body it heads, opening with a word that qualifies it ("our Regional
# Director, Ms. X, Regional Director of the Y"): the post is the title, the body after it the affiliation.

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("Dear colleagues,\nWe kindly request a speaking slot in roundtable 2 for our Regional Director, Ms. Leila "
     "Haddad, Regional Director of the Mashreq Domestic Workers Network (MDWN).\n\nRegards,\nOmar Saleh\n",
     "Regional Director", "Mashreq Domestic Workers Network (MDWN)"),
    ("Hello,\nPlease register our National Coordinator, Mr. Arjun Thapa, National Coordinator of the Gulf Migrant "
     "Solidarity Alliance, for the plenary.\n\nThanks,\nMaya\n",
     "National Coordinator", "Gulf Migrant Solidarity Alliance"),
    # near miss: a qualifier that opens the name of a body, no post
    ("Hello,\nPlease register our President, Ms. Rose Akinyi, National Union of Domestic Workers (NUDW), for the "
     "plenary.\n\nThanks,\nMaya\n",
     "President", "National Union of Domestic Workers (NUDW)"),
])
def test_a_qualified_post_said_again_with_its_body(body: str, title: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    fields = run(message(body), rules)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]
