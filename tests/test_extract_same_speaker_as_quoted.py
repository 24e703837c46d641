"""A reply that names no one and asks a role for "the same speaker" as the proposal it quotes, with a near miss left
alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FROM = "Nadia Okafor <nadia@tidewater.example.org>"


def _reply(top: str, quoted: str) -> str:
    lines = "\n".join(f"> {ln}" if ln else ">" for ln in quoted.split("\n"))
    return f"{top}\n\nOn Mon, Feb 1, 2021 at 9:00 AM Nadia Okafor <nadia@tidewater.example.org> wrote:\n{lines}\n"


_PROPOSAL = {
    "en": "Dear secretariat,\n\nTidewater Forum nominates the following colleague as rapporteur:\n\nName: Ines Calder\n"
          "Title: Policy Officer\nOrganisation: Tidewater Forum\n\nBest regards,\nNadia Okafor",
    "fr": "Madame, Monsieur,\n\nLe Forum Tidewater propose la collègue suivante comme rapporteuse :\n\nNom : Ines Calder\n"
          "Fonction : chargée de politiques\nOrganisation : Forum Tidewater\n\nCordialement,\nNadia Okafor",
    "ar": "السادة الأمانة المحترمين،\n\nيرشح منتدى الساحل الزميلة التالية بصفة مقررة:\n\nالاسم: إيناس قلدر\n"
          "الصفة: مسؤولة السياسات\nالجهة: منتدى الساحل\n\nمع التحية\nنادية",
}


# A reply that names no one and asks a role for "the same speaker" asks it for the quoted proposal's one speaker; "in
# addition" keeps the role asked there
@pytest.mark.parametrize(("top", "language", "name"), [
    ("Hello again,\n\nIn addition to our first request, we would also like a slot in roundtable 3 for the same speaker."
     "\n\nThanks,\nNadia", "en", "Ines Calder"),
    ("Bonjour,\n\nEn plus de notre demande, nous aimerions aussi une intervention à la table ronde 3 pour la même "
     "intervenante.\n\nMerci,\nNadia", "fr", "Ines Calder"),
    ("مرحبا،\n\nبالإضافة لطلبنا السابق، نود أيضاً مداخلة في المائدة المستديرة الثالثة لنفس المتحدثة.\n\nشكراً\nنادية",
     "ar", "إيناس قلدر"),
])
def test_same_speaker_as_quoted(top: str, language: str, name: str, rules: ExtractRules) -> None:
    speaker, = run(message(_reply(top, _PROPOSAL[language]), from_=_FROM), rules, language=language).speakers
    assert (speaker.name, set(speaker.roles), speaker.roundtable) == (name, {"rapporteur", "roundtable"}, 3)


# Near miss: the same reply without "the same speaker" does not say whom it asks for: the quoted speaker is not taken
def test_near_miss_no_same_speaker(rules: ExtractRules) -> None:
    top = "Hello again,\n\nWe would also like a slot in roundtable 3.\n\nThanks,\nNadia"
    speakers = run(message(_reply(top, _PROPOSAL["en"]), from_=_FROM), rules).speakers
    assert all(s.name != "Ines Calder" for s in speakers)
