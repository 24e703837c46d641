"""A post of the body the message speaks for, the body only pointed back at, set off by commas around the name ("The
president of the association, Leila X, would like to speak ...", « La présidente de l'association, ... », "يرغب رئيس
الجمعية، لطفي X، في ..."): the person named speaks, as after "our president, X,", not the sender. Near misses: a
clause, not a name, between the commas, a possessive post with a clause, and the post of the person at whose request one
writes ("At the request of the president of the association, X, I ...") leave the sender."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_SIGNED = {"en": "\n\nBest regards,\nSami Khoury\nAl Nour Association\n",
           "fr": "\n\nCordialement,\nSami Khoury\nAssociation Al Nour\n",
           "ar": "\n\nمع التحية،\nسامي خوري\nجمعية النور للتنمية\n"}
_DEAR = {"en": "Dear colleagues,", "fr": "Chers collègues,", "ar": "السادة الأعزاء،"}


def _speakers(sentence: str, language: str, rules: ExtractRules) -> list[tuple[str | None, str | None]]:
    body = f"{_DEAR[language]}\n\n{sentence}{_SIGNED[language]}"
    return [(s.name, s.title) for s in run(message(body, from_="Sami Khoury <sami@example.org>"), rules,
                                           language=language).speakers]


@pytest.mark.parametrize(("language", "sentence", "named"), [
    ("en", "The coordinator of the network, Omar Haddad, wishes to take the floor in the plenary session.",
     ("Omar Haddad", "coordinator of the network")),
    ("fr", "Le coordinateur du réseau, Omar Haddad, aimerait prendre la parole en séance plénière.",
     ("Omar Haddad", "coordinateur du réseau")),
    ("fr", "La trésorière de l'association, Nadia Ferhat, souhaite intervenir dans la table ronde 3.",
     ("Nadia Ferhat", "trésorière de l'association")),
    ("ar", "ترغب منسقة الشبكة، هدى عوض، في التحدث في الجلسة العامة.", ("هدى عوض", "منسقة الشبكة")),
    ("ar", "يود نائب رئيس الاتحاد، كريم ناصر، المشاركة في المائدة المستديرة الثالثة.", ("كريم ناصر", "نائب رئيس الاتحاد")),
])
def test_a_post_of_the_body_then_the_name_between_commas(language: str, sentence: str, named: tuple[str, str],
                                                         rules: ExtractRules) -> None:
    assert _speakers(sentence, language, rules) == [named]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The coordinator of the network, in a letter dated 3 May, asked us to request a slot in roundtable 3."),
    ("en", "Our coordinator, who will attend, would like to speak in roundtable 3."),
    ("fr", "La trésorière de l'association, en accord avec le bureau, souhaite intervenir à la table ronde 3."),
    ("ar", "ترغب منسقة الشبكة، بعد موافقة المجلس، في التحدث في الجلسة العامة."),
    # (the post after "at the request of": the person who asks, not the one who speaks)
    ("en", "At the request of the treasurer of the union, Nadia Ferhat, I would like to speak in roundtable 3."),
    ("fr", "À la demande de la trésorière de l'association, Nadia Ferhat, je souhaite intervenir à la table ronde 3."),
])
def test_a_clause_between_the_commas_names_no_one(language: str, sentence: str, rules: ExtractRules) -> None:
    assert [name for name, _ in _speakers(sentence, language, rules)] == [
        "سامي خوري" if language == "ar" else "Sami Khoury"]


# ... and the person then proposed is the only speaker
@pytest.mark.parametrize(("language", "sentence", "named"), [
    ("en", "At the request of the treasurer of the union, Nadia Ferhat, we propose our coordinator, Omar Haddad, for "
           "roundtable 3.", "Omar Haddad"),
    ("ar", "بطلب من منسقة الشبكة، هدى عوض، نرشح السيد عمر حداد للمشاركة في المائدة المستديرة الثالثة.", "عمر حداد"),
])
def test_the_post_at_whose_request_one_writes_only_asks(language: str, sentence: str, named: str,
                                                        rules: ExtractRules) -> None:
    assert [name for name, _ in _speakers(sentence, language, rules)] == [named]
