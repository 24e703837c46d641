"""A closing that thanks the reader in advance for their answer ("Merci d'avance pour votre retour,", "Thanks in advance
for your reply,") ends the message as "Cordialement," does: the name block under it is the sender's signature."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import load_rules, message, run


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


@pytest.mark.parametrize(("language", "body", "title", "affiliation"), [
    ("fr", "Bonjour,\n\nJe souhaiterais intervenir à la table ronde 3 si une place est encore libre.\n\n"
           "Merci d'avance pour votre retour,\nSalma Idrissi\nChargée de plaidoyer – Réseau Migrations Solidaires\n\n"
           "Envoyé de mon iPhone\n", "Chargée de plaidoyer", "Réseau Migrations Solidaires"),
    ("en", "Hello,\n\nI would like to take part in the open discussion on 23 February if a slot is still free.\n\n"
           "Thanks in advance for your reply,\nSalma Idrissi\nAdvocacy Officer – Solidarity Migration Network\n\n"
           "Sent from my iPhone\n", "Advocacy Officer", "Solidarity Migration Network"),
])
def test_the_block_under_thanks_for_a_reply_is_the_signature(rules: ExtractRules, language: str, body: str, title: str,
                                                             affiliation: str) -> None:
    speaker, = run(message(body, from_="Salma Idrissi <salma@example.org>"), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Salma Idrissi", title, affiliation)


def test_near_miss_a_sentence_that_thanks_for_a_reply_and_goes_on_is_no_closing(rules: ExtractRules) -> None:
    # the thanks leads into a request: the line is part of the message, the block under the blank line signs it
    body = ("Bonjour,\n\nJe souhaiterais intervenir à la table ronde 3.\n\nMerci pour votre retour sur le programme, "
            "pourriez-vous aussi confirmer la date ?\n\nSalma Idrissi\nChargée de plaidoyer – Réseau Migrations Solidaires\n")
    speaker, = run(message(body, from_="Salma Idrissi <salma@example.org>"), rules, language="fr").speakers
    assert (speaker.title, speaker.affiliation) == ("Chargée de plaidoyer", "Réseau Migrations Solidaires")
