"""A reply that opens with a salutation made of honorifics ("Dear Sir/Madam,", "Madame/Monsieur,") and corrects the
title of the speaker its quoted proposal names: the word opening the next sentence ("Further to our email below", « Suite
à notre message ») is no person addressed by the honorific; the speaker is the quoted one."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_QUOTED = {
    "en": "\n\nFrom: Nadia Karam <nk@example.org>\nSent: Monday, 1 February 2021 09:10\nTo: gcm@example.org\n"
          "Subject: Speaker\n\nDear Sir/Madam,\n\nThe Ministry of Labour proposes Mr. Walid Tamer, Director of "
          "Employment, for the plenary.\n\nRegards,\nNadia Karam\n",
    "fr": "\n\nDe : Nadia Karam <nk@example.org>\nEnvoyé : lundi 1 février 2021 09:10\nÀ : gcm@example.org\n"
          "Objet : Intervenant\n\nMadame/Monsieur,\n\nLe Ministère du Travail propose M. Walid Tamer, Directeur de "
          "l'emploi, pour la plénière.\n\nCordialement,\nNadia Karam\n",
}


@pytest.mark.parametrize(("language", "new", "title"), [
    ("en", "Dear Sir/Madam,\n\nFurther to our email below, please note that his correct title is: Director-General of "
           "Employment.\n\nRegards,\nNadia Karam", "Director-General of Employment"),
    ("fr", "Madame/Monsieur,\n\nSuite à notre message ci-dessous, son titre exact est : Directeur général de "
           "l'emploi.\n\nCordialement,\nNadia Karam", "Directeur général de l'emploi"),
])
def test_a_salutation_names_no_one(language: str, new: str, title: str, rules: ExtractRules) -> None:
    (speaker,) = run(message(new + _QUOTED[language], subject="RE: Speaker", from_="Nadia Karam <nk@example.org>"),
                     rules, language=language).speakers
    assert (speaker.name, speaker.title) == ("Walid Tamer", title)


def test_near_miss_an_honorific_before_a_name_still_names_the_speaker(rules: ExtractRules) -> None:
    new = "Dear Sir/Madam,\n\nPlease note the correct title of Mr. Tamer is: Director-General of Employment.\n\nNadia"
    (speaker,) = run(message(new + _QUOTED["en"], subject="RE: Speaker", from_="Nadia Karam <nk@example.org>"),
                     rules, language="en").speakers
    assert (speaker.name, speaker.title) == ("Walid Tamer", "Director-General of Employment")
