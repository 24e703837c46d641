"""A message that is its subject line alone, the body empty ("طلب مداخلة في الجلسة العامة / X / مدير البرامج /
الشبكة ...", "Speaker request - X - Programme Director - Y"): the subject is the request and its only text, read as
the body is, and the person in it is read from its pieces (name, post, body each a piece of its own), as a body that
says "see the subject line" has it read."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, mail

_SUBJECTS = [
    ("طلب مداخلة في الجلسة العامة / سعاد المهيري / منسقة المشاريع / الرابطة الخليجية للعمال المهاجرين",
     ("سعاد المهيري", "منسقة المشاريع", "الرابطة الخليجية للعمال المهاجرين"), "ar"),
    ("Request to speak in the plenary / Daniel Mensah / Programme Director / West Africa Migration Forum",
     ("Daniel Mensah", "Programme Director", "West Africa Migration Forum"), "en"),
    ("Demande d'intervention en pleniere - Sophie Kabore - Directrice - Reseau Migrations Sahel",
     ("Sophie Kabore", "Directrice", "Reseau Migrations Sahel"), "fr"),
]


@pytest.mark.parametrize(("subject", "speaker", "language"), _SUBJECTS)
def test_a_request_in_the_subject_alone_is_a_speaker_request(subject: str, speaker: tuple[str, str, str],
                                                              language: str, ruleset: Ruleset) -> None:
    assert decide(ruleset, mail(subject, "")).category == "speaker_request"


@pytest.mark.parametrize(("subject", "speaker", "language"), _SUBJECTS)
def test_the_speaker_is_read_from_the_subjects_pieces(subject: str, speaker: tuple[str, str, str], language: str,
                                                      rules: ExtractRules) -> None:
    fields = run(message("", subject=subject, from_="Someone Else <x@example.org>"), rules, language=language)
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [speaker]
    assert fields.speakers[0].roles == ("plenary",)


def test_near_miss_a_subject_over_a_body_of_its_own_is_only_the_subject(ruleset: Ruleset) -> None:
    # the body says something else: the subject weighs as a subject, and alone it is no request
    decision = decide(ruleset, mail("Plenary / Daniel Mensah", "Could you send us the agenda of the conference?"))
    assert decision.category != "speaker_request"
