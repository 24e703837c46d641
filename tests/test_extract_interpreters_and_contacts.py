"""Families of the blind sets (session 36): someone named beside the speaker who comes along but does not speak. An
interpreter, a personal assistant or the nomination's contact person, in a block of labelled lines under a heading
that says so ("Interpreter / Name: X", "Contact person for this nomination:", "المرافقة:"), or in a sentence that says so
("mon assistante personnelle, Mlle X, sera à côté de moi"), is no speaker; the same block under "Speaker" is one."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("heading", "language"), [
    ("Interpreter", "en"), ("Sign language interpreter:", "en"), ("Contact person for this nomination:", "en"),
    ("Interprète :", "fr"), ("Personne de contact", "fr"), ("المرافقة:", "ar"), ("جهة الاتصال", "ar"),
])
def test_a_block_under_a_non_speaker_heading_is_no_speaker(rules: ExtractRules, heading: str, language: str) -> None:
    body = ("Dear Secretariat,\n\nWe would like to nominate one of our team for a floor intervention in roundtable 3.\n\n"
            "Speaker\nName: Hiba Nassar Khoury\nPosition: Peer Advocacy Officer\nOrganization: Cedar Deaf Network (CDN)\n\n"
            f"{heading}\nName: Fadi Rizk\nPosition: Freelance interpreter\n\nBest wishes,\nCarla Aoun\nCoordinator")
    assert [s.name for s in run(message(body), rules, language=language).speakers] == ["Hiba Nassar Khoury"]


# Near miss: two blocks under "Speaker 1" and "Speaker 2" are two speakers, and a heading with text after it names no block
def test_near_miss_speakers_and_a_heading_over_text(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nWe nominate:\n\nSpeaker 1\nName: Hiba Nassar Khoury\nPosition: Peer Advocacy Officer\n\n"
            "Interpreter\nWe will bring our own interpreter for the session.\n\nSpeaker 2\nName: Omar Haddad\n"
            "Position: Legal Officer\n\nBest wishes,\nCarla Aoun")
    assert [s.name for s in run(message(body), rules).speakers] == ["Hiba Nassar Khoury", "Omar Haddad"]


@pytest.mark.parametrize(("body", "language"), [
    ("Bonjour,\n\nJe souhaite intervenir moi-même lors d'une séance plénière. Pendant la séance mon assistante "
     "personnelle, Mlle Awa Koné, sera à côté de moi pour la connexion.\n\nBien cordialement\n\nYao Kouassi\nPrésident\n"
     "Association des Aveugles Migrants (AAM)", "fr"),
    ("Dear colleagues,\n\nI would like to speak in the plenary. My interpreter, Mr. Sami Aziz, will voice my intervention "
     "in English.\n\nBest,\n\nYao Kouassi\nPresident\nAssociation of Blind Migrants (ABM)", "en"),
])
def test_a_helper_named_in_a_sentence_is_no_speaker(rules: ExtractRules, body: str, language: str) -> None:
    assert [s.name for s in run(message(body), rules, language=language).speakers] == ["Yao Kouassi"]
