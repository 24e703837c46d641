"""Families of the blind sets (session 31, G4): a speaker described by kinship before the post, "and" then the post at
a body ("Ms X, a mother of two and a board member of the association", "وهي أم لطفلين وعضوة الهيئة الإدارية في
الرابطة"): the title is the post; the board "في الرابطة" points back at the body named in full elsewhere, which is the
affiliation. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import arabic_org
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "name", "title", "affiliation"), [
    ("مساء الخير،\n\nنرسل إليكم طلب رابطة أمهات المعتقلين في مراكز الاحتجاز.\n\nكما نرشح السيدة سعاد خليل، وهي أم "
     "لثلاثة أطفال وعضوة الهيئة الإدارية في الرابطة، لتقديم مداخلة في المائدة المستديرة الثانية.\n\nمع الشكر،\nسامي "
     "داود\nرابطة أمهات المعتقلين في مراكز الاحتجاز\n", "ar", "سعاد خليل", "عضوة الهيئة الإدارية",
     "رابطة أمهات المعتقلين في مراكز الاحتجاز"),
    ("Good evening,\n\nWe also nominate Ms Suad Khalil, a mother of three and a board member of the association, to "
     "speak in roundtable 2.\n\nThanks,\nSami Daoud\nAssociation of Mothers of Detained Migrants\n", "en", "Suad Khalil",
     "board member", "Association of Mothers of Detained Migrants"),
    ("Bonsoir,\n\nNous proposons Mme Suad Khalil, mère de trois enfants et membre du conseil d'administration de "
     "l'association, pour intervenir à la table ronde 2.\n\nMerci,\nSami Daoud\nAssociation des mères de migrants "
     "détenus\n", "fr", "Suad Khalil", "membre du conseil d'administration", "Association des mères de migrants détenus"),
])
def test_the_post_after_what_the_person_is(body: str, language: str, name: str, title: str, affiliation: str,
                                           rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# Near miss: after the kinship, a description with no body ("spokesperson for the families") is no post held at one
def test_a_description_after_kinship_without_a_body_stays_as_it_was(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous aimerions que Mme Nadia Ferchichi, mère d'un jeune disparu en mer et porte-parole des "
            "familles, puisse intervenir à la table ronde 2.\n\nBien à vous,\nSami Daoud\nCollectif des familles de "
            "disparus\n")
    speaker = run(message(body), rules, language="fr").speakers[0]
    assert speaker.title != "porte-parole des familles"


@pytest.mark.parametrize(("clause", "org"), [
    ("عضو اللجنة التنفيذية في الاتحاد، لتقديم", "اللجنة التنفيذية"),
    ("عضوة مجلس الإدارة في الجمعية", "مجلس الإدارة"),
])
def test_a_board_in_the_body_pointed_back_at_ends_there(clause: str, org: str, rules: ExtractRules) -> None:
    assert arabic_org(clause, rules) == org


# Near miss: a field after "في", or a body named in full after it, goes on with the name
@pytest.mark.parametrize(("clause", "org"), [
    ("باسم مركز الدراسات في الهجرة والتنمية نرشح", "مركز الدراسات في الهجرة والتنمية"),
    ("باسم مركز البحوث في الجامعة الأردنية نرشح", "مركز البحوث في الجامعة الأردنية"),
])
def test_a_field_or_a_full_body_after_in_goes_on(clause: str, org: str, rules: ExtractRules) -> None:
    assert arabic_org(clause, rules) == org
