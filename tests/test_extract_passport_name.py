"""A speaker's name as a passport or a registration form writes it, surname in capitals then a comma then the given
names ("KARAM, Yusra Nabil"): one name, put in order, and the same person as the one the text names, however the
text spells them ("on behalf of Ms. Yusra Karram"), not a second speaker."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "name", "title"), [
    # a form pasted by an assistant: the text spells the surname another way, and that spelling is the name
    ("Dear colleagues,\n\nOn behalf of Ms. Yusra Karram, I would like to request a speaking slot for her in the "
     "plenary. Her registration details:\n\nFull name (as in passport): KARAM, Yusra Nabil\nPosition: Head of "
     "Advocacy Unit\nOrganisation: Levant Workers Rights Forum\n\nKind regards,\nSami Tohme\nAssistant",
     "en", "Yusra Karram", "Head of Advocacy Unit"),
    # the same spelling in the text and the form: the form's name, put in order
    ("Madame, Monsieur,\n\nJe vous écris de la part de Mme Nadia Belkacem, qui souhaite intervenir en table ronde 2. "
     "Voici ses informations :\n\nNom complet : BELKACEM, Nadia Fatiha\nFonction : Chargée de programme\n"
     "Organisation : Association Jasmin pour les Migrants\n\nCordialement,\nOmar Saidi",
     "fr", "Nadia Fatiha Belkacem", "Chargée de programme"),
    # a form alone
    ("Dear team,\n\nWe would like to request a speaking slot at the plenary.\nName: EL AMRANI, Khadija\n"
     "Title: Director\nOrganisation: Oasis Migrants Aid\n",
     "en", "Khadija El Amrani", "Director"),
])
def test_a_name_written_surname_comma_given_names_is_one_speaker(body: str, language: str, name: str, title: str,
                                                                 rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


def test_near_miss_a_name_then_a_post_after_a_comma_stays_as_read(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe would like to request a speaking slot at the plenary.\nName: Rana Aziz, Programme Officer\n"
            "Organisation: Oasis Migrants Aid\n")
    assert [(s.name, s.title) for s in run(message(body), rules).speakers] == [("Rana Aziz", "Programme Officer")]


def test_near_miss_someone_else_asked_for_apart_stays_a_second_speaker(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nPlease register our speaker for the plenary:\n\nFull name: KARAM, Yusra Nabil\n"
            "Position: Head of Advocacy Unit\nOrganisation: Levant Workers Rights Forum\n\nIn addition, our colleague "
            "Ms. Yusra Khalil would like to take part in roundtable 3.\n\nKind regards,\nSami Tohme")
    names = [s.name for s in run(message(body), rules).speakers]
    assert names == ["Yusra Nabil Karam", "Yusra Khalil"]
