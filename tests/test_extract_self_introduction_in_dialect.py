"""Families of the blind sets 177 and 179 (a writer who introduces themself, then a colleague, in dialect Arabic): a post
written straight after the writer's own name marks that name; the clause after the post that says what the writer wants
to do ("داير اشارك", "عايز اتكلم", "بدي احكي") is neither the organisation nor more of the post. Each with a near miss."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# "انا X منسق ... ، بدي احكي ..." then "ومعي الدكتورة Y ...": the writer and the colleague, each with their post, the
# writer's body named after the post, the colleague's by reference to it
@pytest.mark.parametrize("body", [
    "مرحبا\n\nانا سليم حداد منسق البرامج في جمعية النور لدعم العمال، بدي احكي في الجلسة العامة عن اوضاع العمال "
    "الموسميين\nومعي الدكتورة ريم خوري باحثة في الجمعية، بدها تحكي في المائدة المستديرة الثانية\n\nشكرا",
    "مرحبا\n\nانا سليم حداد منسق البرامج في جمعية النور لدعم العمال، داير اشارك في الجلسة العامة عن اوضاع العمال "
    "الموسميين\nومعاي الدكتورة ريم خوري باحثة في الجمعية، عايزة تتكلم في المائدة المستديرة الثانية\n\nشكرا",
])
def test_the_writer_named_before_a_post_without_a_comma(body: str, rules: ExtractRules) -> None:
    writer, colleague = run(message(body), rules, language="ar").speakers
    assert (writer.name, writer.title, writer.affiliation) == ("سليم حداد", "منسق البرامج", "جمعية النور لدعم العمال")
    assert (colleague.name, colleague.title) == ("ريم خوري", "باحثة")


# The dialect "I want to" after the post and its body, a comma between, is no organisation and leaves the post alone;
# the same family in English and French ("and I would like", "et je souhaite") was already a clause
@pytest.mark.parametrize(("language", "body", "post"), [
    ("ar", "مساء الخير\n\nانا كريم فؤاد، المدير التنفيذي لمؤسسة الغد للهجرة الآمنة، عايز اتكلم في النقاش المفتوح عن "
           "العمال العائدين\nومعايا الاستاذة منى سعيد محامية في المؤسسة، عايزة تتكلم في المائدة المستديرة الاولى\n\nشكرا",
     ("المدير التنفيذي", "مؤسسة الغد للهجرة الآمنة")),
    ("en", "Hello,\n\nI am Karim Fouad, Executive Director of the Tomorrow Foundation for Safe Migration, and I would like "
           "to speak in the open discussion\nWith me is Ms. Mona Said, lawyer at the foundation, who would like to join "
           "roundtable 1.\n\nThanks", ("Executive Director", "Tomorrow Foundation for Safe Migration")),
    ("fr", "Bonjour,\n\nJe suis Karim Fouad, directeur exécutif de la Fondation Demain pour une migration sûre, et je "
           "souhaite intervenir dans le débat ouvert\nAvec moi, Mme Mona Said, avocate à la fondation, qui souhaite "
           "participer à la table ronde 1.\n\nMerci", ("directeur exécutif", "Fondation Demain pour une migration sûre")),
])
def test_a_wish_after_the_post_is_no_organisation(language: str, body: str, post: tuple[str, str],
                                                  rules: ExtractRules) -> None:
    writer = run(message(body), rules, language=language).speakers[0]
    assert (writer.title, writer.affiliation) == post


# Near miss: a bare Arabic name proposed by someone else, a post straight after it and no comma, is still not taken
# (only the writer's own "انا" vouches for it)
def test_a_proposed_bare_name_before_a_post_is_not_taken(rules: ExtractRules) -> None:
    body = "مرحبا\n\nنقترح سليم حداد منسق البرامج في جمعية النور لدعم العمال للحديث في الجلسة العامة\n\nشكرا"
    assert not any(s.name == "سليم حداد" for s in run(message(body), rules, language="ar").speakers)


# Near miss: the body written as its own piece before the wish stays the affiliation
def test_the_body_before_the_wish_stays(rules: ExtractRules) -> None:
    body = "مرحبا\n\nانا سليم حداد، منسق البرامج، جمعية النور لدعم العمال، وبدي احكي في الجلسة العامة\n\nشكرا"
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == ("منسق البرامج", "جمعية النور لدعم العمال")
