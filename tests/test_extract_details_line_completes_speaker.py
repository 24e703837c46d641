"""Families of the blind sets (session 29, N1): a speaker named first in a sentence ("on behalf of Prof. X, who ..."),
then given in full on a details line ("Her details: X, Title, Organisation"). Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# The details line names the speaker of the sentence before again: its title and organisation are hers
@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("en", "Hello,\n\nI am writing for Dr. Omar Nasser, who hopes to serve as rapporteur at the meeting.\n\n"
     "His details: Omar Nasser, Head of Research, Levant Migration Observatory.\n\nKind regards,\nJane Smith\n",
     "Omar Nasser", "Head of Research", "Levant Migration Observatory"),
    ("fr", "Bonjour,\n\nJe vous écris de la part du Dr Karim Benali, qui souhaite être rapporteur lors de la conférence.\n\n"
     "Ses coordonnées : Karim Benali, directeur exécutif, Association Marocaine des Droits des Migrants (AMDM), Rabat.\n\n"
     "Cordialement,\nSara Idrissi\n",
     "Karim Benali", "directeur exécutif", "Association Marocaine des Droits des Migrants (AMDM)"),
    ("ar", "السلام عليكم،\n\nأكتب إليكم نيابة عن الدكتور سمير الحداد، الذي يرغب في المشاركة كمقرر في المؤتمر.\n\n"
     "بياناته: سمير الحداد، المدير التنفيذي، الشبكة العربية لحقوق المهاجرين، عمان.\n\nمع التحية،\nهدى يوسف\n",
     "سمير الحداد", "المدير التنفيذي", "الشبكة العربية لحقوق المهاجرين"),
])
def test_details_line_completes_the_speaker_named_before(rules: ExtractRules, language: str, body: str, name: str,
                                                         title: str, affiliation: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation, speaker.roles) == (name, title, affiliation, ("rapporteur",))


# Near misses: a details line about someone else gives the speaker named before no title, and a post the first
# mention states stays the one read
def test_details_of_another_person_are_not_the_speakers(rules: ExtractRules) -> None:
    body = ("Hello,\n\nI am writing on behalf of Dr. Omar Nasser, who would like to speak in the plenary.\n\n"
            "Her details: Rana Khalil, Programme Officer, Policy Lab.\n\nRegards,\nJane Smith\n")
    speakers = run(message(body), rules).speakers
    omar = next(s for s in speakers if s.name == "Omar Nasser")
    assert omar.title is None


def test_post_stated_first_is_kept(rules: ExtractRules) -> None:
    body = ("Hello,\n\nI am writing on behalf of Dr. Omar Nasser, Director of Research at Migrant Rights Hub, who would "
            "like to speak in the plenary.\n\nHis details: Omar Nasser, Senior Fellow, Policy Lab.\n\nRegards,\nJane Smith\n")
    speaker, = run(message(body), rules).speakers
    assert (speaker.title, speaker.affiliation) == ("Director of Research", "Migrant Rights Hub")

