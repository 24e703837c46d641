"""A sender who proposes someone else and says they themself will come only to observe ("I myself will attend only as
an observer", « Pour ma part, je participerai uniquement en tant qu'observateur », "أما أنا فسأحضر بصفة مراقب فقط") is
no speaker, though a registration they paste describes them ("Name: …, Position: …"). A registration form described
(« le formulaire ne prévoit pas de case pour les prises de parole ») is no refusal of a role. Near misses: a sender who
pastes their registration and asks to speak themself stays the speaker; "we do not wish to take the floor" still
refuses."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail

CASES = [
    ("Dear colleagues,\nI registered on the conference platform yesterday; the registration form does not look like it "
     "has a field for speaking requests, so I write to you: our network would like Mr. Omar Haddad, Chairperson of the "
     "network, to speak in the plenary.\nI myself will attend only as an observer.\n\n--- Registration ---\n"
     "Name: Leila Mansour\nPosition: Communications Officer\nOrganisation: Mashreq Migrants Network\n---\n\n"
     "Best regards,\nLeila Mansour\n", "en", "Omar Haddad"),
    ("Bonjour,\nJe me suis inscrit hier sur la plateforme. Le formulaire ne prévoit aucune rubrique pour les "
     "interventions : notre réseau souhaite que M. Omar Haddad, président du réseau, intervienne en plénière.\n"
     "Pour ma part, je participerai uniquement en tant qu'observateur.\n\n--- Inscription ---\n"
     "Nom : Karim Mansour\nFonction : Chargé de communication\nOrganisation : Réseau Mashreq pour les migrants\n---\n\n"
     "Cordialement,\nKarim Mansour\n", "fr", "Omar Haddad"),
    ("تحية طيبة،\nسجلت أمس في منصة المؤتمر. نرجو تسجيل السيد عمر حداد، رئيس الشبكة، لإلقاء كلمة في الجلسة العامة.\n"
     "أما أنا فسأحضر بصفة مراقب فقط.\n\n--- التسجيل ---\nالاسم: كريم منصور\nالوظيفة: مسؤول الإعلام\n"
     "المنظمة: شبكة المشرق للمهاجرين\n---\n\nمع التحية،\nكريم منصور\n", "ar", "عمر حداد"),
]
SENDERS = {"en": "Leila Mansour <l.mansour@example.org>", "fr": "Karim Mansour <k.mansour@example.org>",
           "ar": "كريم منصور <k.mansour@example.org>"}


@pytest.mark.parametrize(("body", "language", "speaker"), CASES)
def test_a_sender_only_observing_is_no_speaker(body: str, language: str, speaker: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_=SENDERS[language]), rules, language=language)
    assert [s.name for s in fields.speakers] == [speaker]


@pytest.mark.parametrize(("body", "language", "speaker"), CASES[:2])
def test_a_form_described_is_no_refusal(body: str, language: str, speaker: str, ruleset: Ruleset) -> None:
    decision = decide(ruleset, mail("Speaking request", body))
    assert "declines-a-role" not in fired(decision)


def test_near_miss_a_sender_pasting_their_registration_who_asks_to_speak_stays(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nI registered on the platform yesterday and I would like to speak in the plenary myself; "
            "my colleague Mr. Omar Haddad will attend only as an observer.\n\n--- Registration ---\n"
            "Name: Leila Mansour\nPosition: Communications Officer\nOrganisation: Mashreq Migrants Network\n---\n\n"
            "Best regards,\nLeila Mansour\n")
    fields = run(message(body, from_=SENDERS["en"]), rules, language="en")
    assert [s.name for s in fields.speakers] == ["Leila Mansour"]


def test_near_miss_a_refusal_still_refuses(ruleset: Ruleset) -> None:
    decision = decide(ruleset, mail("Registration", "Bonjour,\nNous ne souhaitons pas prendre la parole, "
                                                    "nous suivrons les travaux.\nCordialement\n"))
    assert "declines-a-role" in fired(decision)
