"""The sender who asks for the floor for themself and writes their own details after their full name in the
sentence ("je sollicite une prise de parole : Awa X, chargée de communication, Association Y – Dakar"): the title and
the organisation are read from there, without the place after the organisation. A sentence that names the sender
but says no post gives nothing."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("from_", "body", "language", "title", "affiliation"), [
    ("Awa Ndiaye <a.ndiaye@example.org>",
     "Bonjour, je sollicite une prise de parole en table ronde 3 : Awa Ndiaye, chargée de communication, "
     "Association des Femmes Migrantes (AFM) – Dakar. Merci.", "fr",
     "chargée de communication", "Association des Femmes Migrantes (AFM)"),
    ("Ali Warsame <ali.w@example.org>",
     "Hello, I request the floor in the plenary: Ali Warsame, youth coordinator, Somali Diaspora Network. Thanks",
     "en", "youth coordinator", "Somali Diaspora Network"),
    ("سعاد الحسن <s.hassan@example.org>",
     "مرحبا، أطلب مداخلة في الجلسة العامة: سعاد الحسن، منسقة المشاريع، جمعية النساء المهاجرات. شكرا", "ar",
     "منسقة المشاريع", "جمعية النساء المهاجرات"),
])
def test_the_senders_details_after_their_name(from_: str, body: str, language: str, title: str, affiliation: str,
                                              rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]


def test_a_clause_after_the_senders_name_gives_no_details(rules: ExtractRules) -> None:
    body = "Hello, I request the floor in the plenary. Ali Warsame, who wrote to you last week, thanks you."
    fields = run(message(body, from_="Ali Warsame <ali.w@example.org>"), rules)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [("Ali Warsame", None, None)]
