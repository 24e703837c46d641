"""Arabizi, Arabic typed in Latin letters with digits for the sounds Latin lacks ("jam3iyye", "bedna nsajjel", "te7ke"):
the organisation words, the request for someone else, the sender in brackets, the roundtable's "number" and "with us"
after a post, as the rules read them in Arabic script. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FROM = "Sami Khalil <sami.khalil@example.org>"


# The group introducing itself ("ne7na min Jam3iyyet X", "na7na men Lajnet Y", as "نحن من جمعية X"): the body named
# right after is the speakers' affiliation, its Arabizi links ("lal", "wel") inside the name, the town after it left out
@pytest.mark.parametrize(("intro", "org"), [
    ("ne7na min Jam3iyyet el Nour lal Tanmiye, Zahle", "Jam3iyyet el Nour lal Tanmiye"),
    ("na7na men Lajnet el Amal wel Tadamon, Tripoli", "Lajnet el Amal wel Tadamon"),
    ("e7na mn Mou2assaset Sawa, Beirut", "Mou2assaset Sawa"),
])
def test_group_introducing_itself_in_arabizi(intro: str, org: str, rules: ExtractRules) -> None:
    body = (f"ahla,\n\n{intro} w bedna nsharek bel mo2tamar\n\nfi 3enna 2 speakers:\n1- Hadi Nassar, project officer, bado yi7ke bel open "
            "discussion\n2- Lea Saab, field coordinator, bta3mel intervention bel roundtable 2\n\nshukran\nSami")
    speakers = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("Hadi Nassar", org), ("Lea Saab", org)]


# Near miss: an English "we are from" a town, then no organisation word, names no body
def test_we_are_from_a_town_names_no_body(rules: ExtractRules) -> None:
    body = ("Hello,\n\nWe are from Zahle and we would like to take part.\n\nOur speakers:\n1- Hadi Nassar, project officer, "
            "open discussion\n2- Lea Saab, field coordinator, roundtable 2\n\nThanks\nSami")
    speakers = run(message(body, from_=_FROM), rules).speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("Hadi Nassar", None), ("Lea Saab", None)]


# "We want to register / nominate X" or "we want X to speak" in Arabizi ("bedna nsajjel X", "3ayzin nrasha7 X",
# "badna X te7ke ...", as "بدنا نرشح X"): X is the speaker, not the sender
@pytest.mark.parametrize("ask", [
    "bedna nsajjel Nour Haddad men Jam3iyyet Sawa lal Hou2ou2 te7ke bel roundtable 3",
    "3ayzin nrasha7 Nour Haddad men Jam3iyyet Sawa lal Hou2ou2 fel roundtable 3",
    "badna Nour Haddad men Jam3iyyet Sawa lal Hou2ou2 te7ke bel roundtable raqam 3",
])
def test_arabizi_request_for_someone_else(ask: str, rules: ExtractRules) -> None:
    body = f"marhaba,\n\n{ask}\n\nshukran ktir\nSami"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.affiliation, speaker.roundtable) == ("Nour Haddad", "Jam3iyyet Sawa lal Hou2ou2", 3)


# Near miss: "bedna nsharek" (we want to take part) asks for the writers themselves: the sender speaks
def test_arabizi_wish_to_take_part_is_the_sender(rules: ExtractRules) -> None:
    body = "marhaba,\n\nbedna nsharek bel roundtable 3 iza fi ma7al\n\nshukran ktir\nSami Khalil"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.roundtable) == ("Sami Khalil", 3)


# The sender in brackets after "and I too" in Arabizi ("w ana kamen (X, Title) baddi sha2rek"), as "وأنا (X، ...)":
# their name and post, and the colleague before keeps a post said "with us" ("3anna", as "عنّا")
def test_sender_in_brackets_and_a_post_with_us(rules: ExtractRules) -> None:
    body = ("marhaba,\n\nbadna Lea Saab, Field Coordinator 3anna, te7ke bel roundtable 2.\nW ana kamen (Sami Khalil, "
            "Programme Manager) baddi sha2rek bel open discussion.\n\nshukran\nSami")
    colleague, sender = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (colleague.name, colleague.title, colleague.roundtable) == ("Lea Saab", "Field Coordinator", 2)
    assert (sender.name, sender.title, sender.roles) == ("Sami Khalil", "Programme Manager", ("open_discussion",))


# Near miss: an English name "Ana" before brackets is a person, not the Arabizi "I"
def test_a_name_ana_before_brackets_is_no_pronoun(rules: ExtractRules) -> None:
    body = ("Hello,\n\nOur colleague Ana Lima (Programme Director) would like to speak in roundtable 2.\n\nBest,\n"
            "Sami Khalil\nHarbour Aid Network")
    speaker, = run(message(body, from_=_FROM), rules).speakers
    assert (speaker.name, speaker.title) == ("Ana Lima", "Programme Director")


# The open discussion named in Arabizi ("bel niqash el maftou7", as "بالنقاش المفتوح") is the role asked for
def test_open_discussion_in_arabizi(rules: ExtractRules) -> None:
    body = "marhaba\n\nbedde e7ke bel niqash el maftou7 yom 23 shbat\n\nshukran\nSami Khalil\n"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.roles) == ("Sami Khalil", ("open_discussion",))


# Near miss: "maftou7" alone (open) after another word names no role ("el bab maftou7": the door is open)
def test_open_alone_is_no_role(rules: ExtractRules) -> None:
    body = "marhaba\n\nbedde e7ke bel roundtable 2, el bab maftou7 lal kell\n\nshukran\nSami Khalil\n"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert speaker.roles == ("roundtable",)


# The Arabizi article before a post said "with us" ("X, el Field Coordinator 3anna", as "منسقة الميدان عنّا") is no
# part of the post, and the post no organisation
def test_article_before_a_post_with_us(rules: ExtractRules) -> None:
    body = "marhaba,\n\nbadna Lea Saab, el Field Coordinator 3anna, te7ke bel roundtable 2.\n\nshukran\nSami Khalil\n"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == ("Lea Saab", "Field Coordinator", 2)


# Near miss: "El" opening a body's name before "3anna" stays the body's ("El Amal Association 3anna")
def test_el_opening_a_body_name_is_kept(rules: ExtractRules) -> None:
    body = "marhaba,\n\nbadna Lea Saab, El Amal Association 3anna, te7ke bel roundtable 2.\n\nshukran\nSami Khalil\n"
    speaker, = run(message(body, from_=_FROM), rules, language="ar").speakers
    assert (speaker.name, speaker.affiliation) == ("Lea Saab", "El Amal Association")
