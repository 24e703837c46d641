"""A speaker written on one line as the body, the post and the name, each parted by a spaced dash, bar or slash, with
no honorific ("ORG, Legal Unit - Legal Director - Jane Doe", "Université X, Laboratoire Y — doctorante — Z"): the
person named last, wherever the line stands (not only under a line that introduces it), with the body whole, its unit
included; and the same line with an honorific and the body's town between the body and the post ("ORG - Town / Post /
Ms. X"): the person, the town left out."""

from __future__ import annotations

import pytest

from tests.extracting import load_rules, message, run

RULES = load_rules()


@pytest.mark.parametrize(("body", "subject", "language", "want"), [
    ("Hello,\n\nPlease could you add our head of research to the open discussion on the 24th?\n\n"
     "Amman Migration Forum (AMF), Research Unit - Head of Research - Lina Haddad\n\n"
     "She will speak about seasonal workers.\n\nThanks\nKhaled",
     "speaker", "en", ("Lina Haddad", "Head of Research", "Amman Migration Forum (AMF), Research Unit")),
    ("Bonjour,\nJe voudrais m'inscrire pour une intervention en discussion ouverte.\n"
     "Université de Monastir, Laboratoire Mobilités et Territoires — doctorante — Ines Gharbi\n"
     "Merci d'avance\nI.G.",
     "inscription", "fr", ("Ines Gharbi", "doctorante", "Université de Monastir, Laboratoire Mobilités et Territoires")),
    ("السلام عليكم\n\nنرجو إضافة منسقة المشاريع لدينا إلى النقاش المفتوح.\n\n"
     "جمعية الأمل للتنمية، وحدة الحماية - منسقة المشاريع - سعاد الحلبي\n\nشكرا\nخالد",
     "ترشيح", "ar", ("سعاد الحلبي", "منسقة المشاريع", "جمعية الأمل للتنمية، وحدة الحماية")),
])
def test_a_line_of_body_post_and_bare_name_is_the_speaker(body: str, subject: str, language: str,
                                                          want: tuple[str, str, str]) -> None:
    fields = run(message(body, subject=subject, from_="Khaled Nasser <k.nasser@example.org>"), RULES, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [want]


def test_a_post_and_a_bare_name_alone_on_a_line_are_left_to_an_introducing_line() -> None:
    # two pieces, no body: a line the sender may sign with; the sender speaks, not a third person
    body = ("Hello,\n\nI would like to take the floor in the open discussion on the 24th.\n\n"
            "Head of Research - Lina Haddad\n\nThanks")
    fields = run(message(body, subject="speaker", from_="Khaled Nasser <k.nasser@example.org>"), RULES)
    assert [s.name for s in fields.speakers] != ["Lina Haddad"]


@pytest.mark.parametrize(("body", "language", "want"), [
    ("Dear team,\n\nPlease find our nominee below.\n\n"
     "SWAN - Mosul / Programme Coordinator / Ms. Rana Younis Saleh\n\n"
     "We propose her for the plenary session.\n\nBest,\nAli",
     "en", ("Rana Younis Saleh", "Programme Coordinator", "SWAN")),
    ("Bonjour,\n\nNous proposons notre présidente pour la plénière.\n\n"
     "Association Amal / Sfax / présidente / Mme Salma Ben Ali\n\nCordialement\nAli",
     "fr", ("Salma Ben Ali", "présidente", "Association Amal")),
    ("السلام عليكم\n\nنرشح مديرتنا للجلسة العامة.\n\n"
     "جمعية الأمل للتنمية / حلب / مديرة البرامج / السيدة سعاد الحلبي\n\nشكرا\nخالد",
     "ar", ("سعاد الحلبي", "مديرة البرامج", "جمعية الأمل للتنمية")),
])
def test_body_town_post_and_honoured_name_on_one_line(body: str, language: str, want: tuple[str, str, str]) -> None:
    fields = run(message(body, subject="speaker", from_="Ali Karim <ali@example.org>"), RULES, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [want]


def test_a_body_and_its_town_after_it_keep_the_town_out() -> None:
    # the piece after the body's comma is its town, not a unit of it (dev 004, 013)
    body = ("Hello,\n\nPlease could you add our head of research to the open discussion on the 24th?\n\n"
            "Amman Migration Forum (AMF), Amman - Head of Research - Lina Haddad\n\nThanks\nKhaled")
    fields = run(message(body, subject="speaker", from_="Khaled Nasser <k.nasser@example.org>"), RULES)
    assert [(s.name, s.affiliation) for s in fields.speakers] == [("Lina Haddad", "Amman Migration Forum (AMF)")]
