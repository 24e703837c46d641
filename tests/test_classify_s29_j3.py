"""Families of the blind sets 197-198 (helper J3): a thank-you for our acknowledgement that waits for the secretariat's
instructions or next steps ("nous attendons donc vos instructions pour la suite", "we await your instructions",
"ننتظر تعليماتكم للخطوات القادمة"), the person concerned glad in a clause closed by a comma; near misses that go on."""

from __future__ import annotations

import pytest

from intake.analysis import adds_nothing
from intake.rules import Ruleset
from intake.text import split


@pytest.mark.parametrize("text", [
    "Merci pour votre accusé de réception. Notre directeur est content, nous attendons donc vos instructions pour la "
    "suite.\n\nCordialement,\nL. Mansour",
    "Merci bien, j'attends maintenant les prochaines étapes.\nRim",
    "Thanks a lot for the acknowledgement. Our coordinator is delighted, we are now awaiting your instructions.\n\nBest,\nTom",
    "Many thanks! We await the next steps.\nGrace",
    "شكرا جزيلا على الإشعار، الأستاذة منى سعيدة جدا، وننتظر تعليماتكم للخطوات القادمة.\nسامي",
])
def test_a_thank_you_waiting_for_instructions_adds_nothing(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # waiting for instructions on something new, or glad and going on to ask
    "Merci. Nous attendons vos instructions pour envoyer la version arabe du rapport.\nRim",
    "Thanks. We await your instructions on how to add a second speaker, Dr Omar Said.\nTom",
    "Merci, notre directeur est content, il voudrait aussi parler à la table ronde 2.\nL. Mansour",
    "شكرا، ننتظر تعليماتكم لإرسال النسخة الإنجليزية من التقرير.\nسامي",
])
def test_near_miss_waiting_for_instructions_on_something_new_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False

