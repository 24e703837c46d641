"""A sender who hands on a colleague's request with "below" written before it ("please find below her request", "vous
trouverez ci-dessous son souhait d'intervenir", "أحيل إليكم أدناه طلبه"): the forwarded message's author is the speaker,
though their own note only asks the sender to pass their name on."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FORWARD = ("{intro}\n\n{sender}\n\n---------- Forwarded message ---------\nFrom: {author} <author@example.org>\n"
            "Date: Mon, Feb 8, 2021 at 9:15 AM\nSubject: conference\nTo: {sender} <sender@example.org>\n\n{note}\n\n"
            "{sign}\n")


@pytest.mark.parametrize(("intro", "author", "note", "sign", "language"), [
    ("Dear organisers, as instructed by our chairperson, please find below her request to address the plenary.",
     "Grace Mwangi", "Paul, could you get my name to the organisers before the deadline? Thanks",
     "Grace Mwangi\nChairperson\nKenya Domestic Workers Alliance", "en"),
    ("Madame, Monsieur, à la demande de notre directeur, vous trouverez ci-dessous son souhait d'intervenir à la "
     "table ronde 2.", "Karim Benali", "Paul, merci d'envoyer mon nom aux organisateurs avant la date limite.",
     "Karim Benali\nDirecteur\nObservatoire tunisien des migrations", "fr"),
    ("السادة المنظمين، بتوجيه من رئيس الجمعية، أحيل إليكم أدناه طلبه للمشاركة في المائدة المستديرة الثالثة.",
     "ماجد الشامي", "الأخ بولس، أرجو إرسال اسمي للمنظمين قبل الموعد.", "ماجد الشامي\nرئيس الجمعية\nجمعية الأمل للعمال المهاجرين",
     "ar"),
])
def test_the_author_of_a_request_pointed_at_below_is_the_speaker(intro: str, author: str, note: str, sign: str,
                                                                 language: str, rules: ExtractRules) -> None:
    body = _FORWARD.format(intro=intro, sender="Paul Haddad", author=author, note=note, sign=sign)
    fields = run(message(body, subject="Fwd: conference", from_="Paul Haddad <sender@example.org>"), rules,
                 language=language)
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(author, sign.split("\n")[1])]


@pytest.mark.parametrize("text", [
    " please find below my request to speak ", " below is our message of last week ",
    " vous trouverez ci-dessous ma demande ", " ci-dessous notre message ",
    " ارسل اليكم ادناه طلبي للمشاركه ", " ادناه رسالتنا السابقه ",
])
def test_near_miss_the_senders_own_request_below_is_not_a_colleagues(text: str, rules: ExtractRules) -> None:
    assert not any(p.search(text) for p in rules.pointed_request)
