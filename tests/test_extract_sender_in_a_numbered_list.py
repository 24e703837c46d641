"""The sender who proposes themself as one item of a numbered list ("2) X" on a line of its own, their title and role
on the lines under it): a speaker like the others of the list, not the sender's sign-off read once more. A name alone
on its line at the end of the message, with no number, stays the sign-off."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("language", "from_", "body", "names"), [
    ("fr", "Hélène Dubois <h.dubois@example.org>",
     "Madame, Monsieur,\n\nLe Syndicat des Marins du Littoral (SML) souhaite prendre la parole. Nous proposons :\n\n"
     "1) Marc Lefèvre\n   Trésorier national\n   Intervention souhaitée : table ronde n° 1\n\n"
     "2) Hélène Dubois\n   Responsable du pôle juridique\n   Intervention souhaitée : séance plénière\n\n"
     "Salutations syndicales.\n\n--\nHélène Dubois\nPôle juridique - SML\n",
     ["Marc Lefèvre", "Hélène Dubois"]),
    ("en", "Peter Mwangi <p.mwangi@example.org>",
     "Dear colleagues,\n\nThe Coastal Fishers Alliance (CFA) would like to propose two speakers:\n\n"
     "1. Grace Atieno\n   Programme Officer\n   Session: roundtable 2\n\n"
     "2. Peter Mwangi\n   Head of Policy\n   Session: plenary\n\n"
     "Kind regards,\n\nPeter Mwangi\nHead of Policy, CFA\n",
     ["Grace Atieno", "Peter Mwangi"]),
    ("ar", "كريم ناصر <k.nasser@example.org>",
     "تحية طيبة،\n\nتود جمعية الصيادين الساحلية المشاركة، ونرشح:\n\n١) سلمى الحسن\n   منسقة البرامج\n"
     "   المداخلة: المائدة المستديرة الثانية\n\n٢) كريم ناصر\n   مسؤول السياسات\n   المداخلة: الجلسة العامة\n\n"
     "مع التحية\n\nكريم ناصر\nمسؤول السياسات\n",
     ["سلمى الحسن", "كريم ناصر"]),
])
def test_the_sender_numbered_in_the_list_is_a_speaker(
        language: str, from_: str, body: str, names: list[str], rules: ExtractRules) -> None:
    speakers = run(message(body, from_=from_), rules, language=language).speakers
    assert [s.name for s in speakers] == names


def test_the_sender_signing_under_a_closing_is_no_speaker(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nThe Coastal Fishers Alliance would like to propose Ms. Grace Atieno, Programme Officer, "
            "for roundtable 2.\n\nKind regards,\n\nPeter Mwangi\nHead of Policy, CFA\n")
    speakers = run(message(body, from_="Peter Mwangi <p.mwangi@example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Grace Atieno"]
