"""Rule round r44: three phrasing families.

1. A message closed by a thank-you and a well-wish ("Thanks a lot and stay safe", "Merci bien et prenez soin de
   vous", "سلامات،") over the sender's name: the name under it signs the message.
2. "I work as Camp Coordination Officer at X": the sender's title, without an article after "work as".
3. A reply to an acknowledgement that only awaits the details of a session already asked for ("وبانتظار التفاصيل
   الخاصة بالمائدة المستديرة", "looking forward to the details about the roundtable") asks for nothing.
"""

from __future__ import annotations

import pytest

from intake.analysis import adds_nothing
from intake.text import _CLOSING, split
from tests.extracting import message, run
from tests.test_classify import decide, mail

# 1. A thank-you and a well-wish close the message; the name under them signs it

@pytest.mark.parametrize(("body", "from_", "language", "name"), [
    ("Hello,\n\nI would like to speak at the plenary session. I am the Director of the Sahel Migrants Forum.\n\n"
     "Thanks a lot and take care\nIbrahim Diallo", "ibrahim d <ibd@example.org>", "en", "Ibrahim Diallo"),
    ("Hi,\n\nI'd like to intervene in the second roundtable if possible. I am a lawyer with the Jordan Legal Aid Clinic.\n\n"
     "Stay safe,\nMaria Haddad", "mhaddad <mh@example.org>", "en", "Maria Haddad"),
    ("Bonjour,\n\nJe souhaite intervenir lors de la table ronde 3. Je suis la coordinatrice de l'association Horizons "
     "Migrants.\n\nMerci bien et prenez soin de vous\nNadia Benkirane", "nadia <nb@example.org>", "fr", "Nadia Benkirane"),
    ("Bonjour,\n\nJe voudrais prendre la parole en plénière. Je suis le président de l'association Pont des Rives.\n\n"
     "Portez-vous bien,\nKarim Mansouri", "k.m <km@example.org>", "fr", "Karim Mansouri"),
    ("مرحبا،\n\nحابة شارك كمتحدثة بالجلسة العامة. أنا من جمعية النور للتنمية، وشغلنا مع اللاجئين.\n\nسلامات،\nرنا الحلبي",
     "Rana <rana@example.org>", "ar", "رنا الحلبي"),
    ("مرحبا،\n\nحابب شارك كمتحدث بالمائدة المستديرة الثانية. أنا من جمعية الأمل للتنمية.\n\nدمتم بخير\nسامر الخطيب",
     "Samer <samer@example.org>", "ar", "سامر الخطيب"),
])
def test_a_well_wish_closing_leaves_the_name_under_it_as_the_signature(body, from_, language, name, rules):
    fields = run(message(body, from_=from_), rules, language=language)
    assert [s.name for s in fields.speakers] == [name]


@pytest.mark.parametrize("line", [
    "Thanks a lot and stay safe", "Take care!", "Thank you so much", "Merci beaucoup et prenez soin de vous",
    "Portez-vous bien,", "سلامات،", "دمتم سالمين",
])
def test_a_well_wish_is_a_closing(line):
    assert _CLOSING.match(line)


@pytest.mark.parametrize("line", [
    "Please take care of the registration of our speaker",  # the same words, in a request
    "We stay safe from the storm",
    "Prenez soin de vous inscrire avant le 15",
    "سلامات الوصول مضمونة",
])
def test_a_well_wish_word_inside_a_sentence_is_no_closing(line):
    assert not _CLOSING.match(line)


# 2. "I work as X at Y": the title without an article

@pytest.mark.parametrize(("body", "title"), [
    ("Hello,\n\nI work as Protection Officer at the Jordan River Foundation and would like to speak at roundtable 2.\n\n"
     "Regards,\nLina Saleh", "Protection Officer"),
    ("Dear team,\n\nI'm working as Programme Manager with Caritas Egypt. I would like to intervene in the plenary.\n\n"
     "Best,\nMina Fawzy", "Programme Manager"),
    ("Dear colleagues,\n\nI serve as Vice President of the Sudanese Diaspora Union, and I wish to take the floor in "
     "the open discussion.\n\nKind regards,\nOmar Idris", "Vice President"),
])
def test_a_post_after_work_as_without_an_article_is_the_senders_title(body, title, rules):
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language="en")
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize("body", [
    "Hello,\n\nI work as part of a coalition of migrant groups and would like to speak at roundtable 2.\n\nRegards,\nLina Saleh",
    "Hello,\n\nI work as hard as I can for migrants and would like to speak at the plenary.\n\nBest,\nOmar Idris",
])
def test_work_as_before_words_that_are_no_post_gives_no_title(body, rules):
    fields = run(message(body), rules, language="en")
    assert [s.title for s in fields.speakers] == [None]


# 3. Awaiting the details of a session already asked for, in a reply to our acknowledgement

_AWAITING = [
    "شكراً جزيلاً على التأكيد، وبانتظار التفاصيل الخاصة بالمائدة المستديرة.\n\nسعاد",
    "شكرا على الرد، ننتظر التفاصيل المتعلقة بالجلسة العامة\nخالد",
    "Thanks for the confirmation, looking forward to the details about the roundtable.\n\nPeter",
    "Many thanks! We look forward to further details on the plenary session.\nGrace",
    "Merci pour la confirmation, dans l'attente des détails concernant la table ronde.\n\nAwa",
    "Merci beaucoup, nous attendons les informations sur la séance plénière.\nKarim",
]


@pytest.mark.parametrize("body", _AWAITING)
def test_awaiting_the_details_of_a_session_asks_for_nothing(body, ruleset):
    decision = decide(ruleset, mail("Re: Acknowledgement of receipt: speaker request", body, in_reply_to="ack@un.org"))
    assert (decision.category, decision.needs_review) == ("other", False)


@pytest.mark.parametrize("body", _AWAITING[:3] + _AWAITING[4:5])
def test_awaiting_the_details_of_a_session_adds_nothing(body):
    assert adds_nothing(split(body)) is True


@pytest.mark.parametrize("body", [
    "We would like Ms Leila Haddad, our Director, to speak at roundtable 3, and look forward to the details about the roundtable.\nPeter",
    "Nous souhaitons que Mme Awa Diop intervienne à la table ronde 2 ; dans l'attente des détails concernant la table ronde.\nAwa",
    "نرغب في مشاركة الدكتور سامي يوسف في المائدة المستديرة الثانية، وبانتظار التفاصيل الخاصة بالمائدة المستديرة.\nخالد",
])
def test_a_request_that_also_awaits_the_details_stays_a_request(body, ruleset):
    decision = decide(ruleset, mail("Speaker", body))
    assert decision.category == "speaker_request"
    assert adds_nothing(split(body)) is False
