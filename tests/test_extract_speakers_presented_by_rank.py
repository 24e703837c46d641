"""Speakers presented by their rank in a sentence ("the first is X, she is ...; the second will be Y", "le premier
c'est X ... et la deuxième c'est Y", "الأول هو X، ... والثانية هي Y"), also as speech typed on a phone gives them: all
in lower case and with no punctuation, where the rank and the pronoun that goes on to describe the person ("il est",
"she is") mark the words between them as a name. Each rank's phrase ends where the next rank begins, and before the
thanks that close the run-on sentence."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "bonsoir nous sommes le collectif des pêcheurs de mahdia nous voulons proposer deux personnes pour la table "
           "ronde 2 le premier c'est karim belhadj il est trésorier et la deuxième c'est nadia ferchichi elle est "
           "animatrice jeunesse merci beaucoup",
     [("Karim Belhadj", "trésorier"), ("Nadia Ferchichi", "animatrice jeunesse")]),
    ("en", "hello we are the river valley farmers group we want two people to speak in the plenary the first one is "
           "joseph banda he is treasurer and the second is mary phiri she is youth coordinator thank you",
     [("Joseph Banda", "treasurer"), ("Mary Phiri", "youth coordinator")]),
    ("en", "Hello, we would like two speakers for the plenary. The first is Joseph Banda, he is treasurer, and the second "
           "is Mary Phiri, she is youth coordinator.",
     [("Joseph Banda", "treasurer"), ("Mary Phiri", "youth coordinator")]),
    ("ar", "مرحبا،\nنحن جمعية صيادي المهدية ونريد ترشيح شخصين للجلسة العامة: الأول هو كريم بلحاج، أمين المال، والثانية "
           "هي نادية الفرشيشي، منسقة الشباب.\nشكرا",
     [("كريم بلحاج", "أمين المال"), ("نادية الفرشيشي", "منسقة الشباب")]),
])
def test_each_rank_presents_its_own_speaker(
        language: str, body: str, expected: list[tuple[str, str]], rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Sami Trabelsi <sami.t@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title) for s in speakers] == expected


def test_lower_case_words_after_a_rank_with_no_pronoun_are_no_name(rules: ExtractRules) -> None:
    body = ("hello we want to speak in the plenary the first is about decent work and the second is about "
            "return thank you")
    speakers = run(message(body, from_="Sami Trabelsi <sami.t@example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Sami Trabelsi"]
