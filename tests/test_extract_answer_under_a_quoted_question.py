"""A reply written inside the secretariat's quoted questions: each answer goes with the question above it, so the
line under the question that asks for the post is the speaker's title, not a line of the sign-off above the quote."""

from __future__ import annotations

import pytest

from intake.text import split
from tests.extracting import load_rules, message, run

RULES = load_rules()

_PROPOSAL = {
    "en": "> > We would like to propose our colleague Mr Tarek Mansour to speak in roundtable 2.\n",
    "fr": "> > Nous proposons notre collègue M. Tarek Mansour pour intervenir à la table ronde 2.\n",
    "ar": "> > نود ترشيح زميلنا السيد طارق منصور للتحدث في المائدة المستديرة الثانية.\n",
}


def _reply(top: str, question: str, answer: str, other: str, other_answer: str, attribution: str,
           proposal: str) -> str:
    return (f"{top}\n\nLina\n\n{attribution}\n> Dear colleague,\n>\n> Could you tell us:\n>\n> {question}\n\n"
            f"{answer}\n\n>\n> {other}\n\n{other_answer}\n\n>\n> Best regards,\n> Secretariat\n>\n"
            f"> On Tue, 2 Feb 2021, Lina wrote:\n{proposal}")


CASES = [
    (_reply("Answers below.", "1. His title/position?", "Migration Policy Adviser",
            "2. Will he join in person?", "Online, thank you.", "On Wed, 3 Feb 2021, Secretariat wrote:",
            _PROPOSAL["en"]), "Migration Policy Adviser"),
    (_reply("Voici nos réponses.", "1. Sa fonction ?", "Chargé de plaidoyer",
            "2. Sera-t-il présent sur place ?", "En ligne, merci.", "Le 3 févr. 2021, Secrétariat a écrit :",
            _PROPOSAL["fr"]), "Chargé de plaidoyer"),
    (_reply("الأجوبة أدناه.", "1. ما هو المسمى الوظيفي للسيد طارق؟", "مستشار سياسات الهجرة",
            "2. هل سيحضر شخصياً؟", "عن بعد، شكراً.", "On Wed, 3 Feb 2021, Secretariat wrote:",
            _PROPOSAL["ar"]), "مستشار سياسات الهجرة"),
]


@pytest.mark.parametrize(("body", "title"), CASES)
def test_the_answer_under_a_title_question_is_the_quoted_speakers_title(body: str, title: str) -> None:
    assert split(body).answers  # the pairs are kept
    fields = run(message(body, subject="Re: Speaker request"), RULES)
    assert [s.title for s in fields.speakers] == [title]


def test_near_miss_an_answer_under_another_question_is_no_title() -> None:
    # the post-looking answer goes with a question about who will attend, not with one that asks for the post
    body = _reply("Answers below.", "1. Who will attend with him?", "Programme Officer",
                  "2. Will he join in person?", "Online, thank you.", "On Wed, 3 Feb 2021, Secretariat wrote:",
                  _PROPOSAL["en"])
    fields = run(message(body, subject="Re: Speaker request"), RULES)
    assert all(s.title != "Programme Officer" for s in fields.speakers)
