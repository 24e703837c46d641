"""Families of the blind sets 197-198 (helper J3): a thank-you for our acknowledgement that waits for the secretariat's
instructions or next steps ("nous attendons donc vos instructions pour la suite", "we await your instructions",
"ننتظر تعليماتكم للخطوات القادمة"), the person concerned glad in a clause closed by a comma; a thank-you that apologises
for a bounce from a colleague copied on our acknowledgement and gives the colleague's new address; near misses that go
on to ask or to propose."""

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


@pytest.mark.parametrize("text", [
    "Thank you! Apologies for the bounced email: Maria has left the organisation and we didn't update our list. Her new "
    "address is m.lopez@example.net.\n\nCheers,\nDan",
    "Merci beaucoup, et désolée pour le message d'erreur, Karim nous a quittés fin décembre. Merci d'utiliser "
    "bureau@example.org pour le joindre désormais.\nAwa",
    "شكرا جزيلا، ونعتذر عن الرسالة المرتدة، الزميل سامر غادر المنظمة. يرجى استخدام info@example.org من الآن فصاعدا.\nليلى",
])
def test_a_thank_you_with_a_bounce_apology_and_a_new_address_adds_nothing(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # the new address comes with a question or a new speaker
    "Thanks, and sorry for the bounce. Please use m.lopez@example.net for her: can she still speak at roundtable 2?\nDan",
    "Merci, et désolée pour le message d'erreur. Merci d'utiliser bureau@example.org et d'inscrire aussi Mme Awa Sy à la "
    "plénière.\nAwa",
    "شكرا، ونعتذر عن الرسالة المرتدة. يرجى استخدام info@example.org وتسجيل الأستاذة منى في المائدة المستديرة الثالثة.\nليلى",
])
def test_near_miss_a_new_address_with_a_question_or_a_speaker_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False
