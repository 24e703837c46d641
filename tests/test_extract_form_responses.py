"""An online form's response printed or pasted into a message (Microsoft Forms, Google Forms): each question on a line
of its own with no colon, maybe numbered or starred, its answer on the line below, then a blank line. The answers name
the speaker, not the person who forwards them. In English, French and Arabic, with near misses."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _speakers(body: str, language: str, rules: ExtractRules, sender: str = "Someone <someone@example.org>",
              subject: str = "Request") -> list[tuple[str | None, str | None, str | None, tuple[str, ...]]]:
    fields = run(message(body, subject=subject, from_=sender), rules, language=language)
    return [(s.name, s.title, s.affiliation, tuple(s.roles)) for s in fields.speakers]


def test_a_forwarded_numbered_form_names_its_speaker_not_the_forwarder(rules: ExtractRules) -> None:
    body = ("Hello,\n\nForwarding the nomination our members sent through the form.\n\nRegards,\nPeter Lund\n"
            "Programme Assistant | Delta Workers Forum\n\n"
            "From: Forms <no-reply@forms.example.com>\nSent: Monday, 1 February 2021 09:12\nTo: Peter Lund\n"
            "Subject: New response\n\n"
            "1. Full name of the proposed speaker\nMs. Ruth Achieng\n\n"
            "2. Job title\nLegal Advisor\n\n"
            "3. Country\nKenya\n\n"
            "4. Organisation\nDelta Workers Forum\n\n"
            "5. Preferred speaking slot\nPlenary session\n")
    assert _speakers(body, "en", rules, "Peter Lund <p.lund@delta.example.org>", "FW: New response") == [
        ("Ruth Achieng", "Legal Advisor", "Delta Workers Forum", ("plenary",))]


def test_a_pasted_form_of_two_speakers_gives_each_their_own_answers(rules: ExtractRules) -> None:
    body = ("مرحباً،\n\nننسخ لكم ردودنا على الاستمارة:\n\n"
            "اسم المتحدث الأول *\nسلمى الخطيب\n\n"
            "الصفة الوظيفية *\nمديرة البرامج\n\n"
            "الجهة *\nجمعية التضامن مع العمال\n\n"
            "نوع المشاركة المطلوبة *\nالجلسة العامة\n\n"
            "اسم المتحدث الثاني\nعمر ناصر\n\n"
            "الصفة الوظيفية\nباحث\n\n"
            "الجهة\nجمعية التضامن مع العمال\n\n"
            "نوع المشاركة المطلوبة\nالنقاش المفتوح\n\nمع الشكر\n")
    assert _speakers(body, "ar", rules) == [
        ("سلمى الخطيب", "مديرة البرامج", "جمعية التضامن مع العمال", ("plenary",)),
        ("عمر ناصر", "باحث", "جمعية التضامن مع العمال", ("open_discussion",))]


def test_a_french_form_without_numbers_gives_the_title(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nVoici la fiche remplie sur notre formulaire en ligne :\n\n"
            "Nom et prénom\nAwa Diallo\n\n"
            "Fonction\nChargée de plaidoyer\n\n"
            "Structure\nRéseau Sahel Migrations\n\n"
            "Rôle souhaité\nIntervention en plénière\n\nCordialement,\nNadia\n")
    assert _speakers(body, "fr", rules) == [("Awa Diallo", "Chargée de plaidoyer", "Réseau Sahel Migrations", ("plenary",))]


@pytest.mark.parametrize(("body", "language", "expected"), [
    # a word that is a label, alone on a line over a paragraph, with no question laid out as a form's around it: a
    # heading, not the organisation's answer
    ("Dear colleagues,\n\nName: Sam Oduya\nTitle: Coordinator\nRole: plenary\n\n"
     "Organisation\nWe are a coalition of twelve unions.\n\nBest,\nTeam\n", "en", ("Sam Oduya", "Coordinator", None)),
    ("Bonjour,\n\nNom : Sam Oduya\nFonction : Coordinateur\nRôle : plénière\n\n"
     "Structure\nNous sommes une coalition de douze syndicats.\n\nCordialement,\nL'équipe\n", "fr",
     ("Sam Oduya", "Coordinateur", None)),
])
def test_near_miss_a_lone_label_word_over_a_paragraph_is_a_heading(body: str, language: str,
                                                                   expected: tuple[str, str, None],
                                                                   rules: ExtractRules) -> None:
    assert [s[:3] for s in _speakers(body, language, rules)] == [expected]


def test_near_miss_numbered_points_of_a_letter_are_no_form(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOur union proposes Ms. Lina Haddad, Legal Officer, to speak in the plenary.\n\n"
            "1. Organisation\nOur union has represented domestic workers since 2004 and\nworks in four countries.\n\n"
            "2. Position\nWe support the regional review.\n\nBest,\nTeam\n")
    assert [s[:2] for s in _speakers(body, "en", rules)] == [("Lina Haddad", "Legal Officer")]
