"""The sender who writes that a colleague comes along with them to speak ("I will be accompanied by my colleague X,
legal adviser, who will speak on ...", "Je serai accompagnée de mon collègue X, juriste, qui parlera de ...",
"وسيرافقني زميلي X، المستشار القانوني"): both speak, the sender (details in the signature) and the colleague. The French
"to speak" in the future ("parlera", "va parler") is a speaking word as "will speak" is."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("ask", "sentence", "colleague", "sign", "language"), [
    ("Our union would like to take part in roundtable 2.",
     "I will be accompanied by my colleague Peter Ochieng, legal adviser, who will speak on work permits.",
     "Peter Ochieng", "Ruth Wanjiru\nGeneral Secretary\nDomestic Workers Union of the Gulf", "en"),
    ("Notre collectif souhaite intervenir à la table ronde 2.",
     "Je serai accompagnee de ma collegue Awa Traore, juriste, qui parlera des titres de sejour.",
     "Awa Traore", "Fatou Diop\nCoordinatrice\nCollectif des femmes migrantes de Tunis", "fr"),
    ("ترغب جمعيتنا في المشاركة في المائدة المستديرة الثانية.",
     "وسيرافقني زميلي سامي الخوري، المستشار القانوني، الذي سيتحدث عن تصاريح العمل.",
     "سامي الخوري", "ريم حداد\nرئيسة الجمعية\nجمعية التضامن مع العمال المهاجرين", "ar"),
])
def test_the_sender_and_the_colleague_who_comes_along_both_speak(ask: str, sentence: str, colleague: str, sign: str,
                                                                  language: str, rules: ExtractRules) -> None:
    sender = sign.split("\n")[0]
    fields = run(message(f"{ask}\n{sentence}\n\n{sign}\n", subject="Roundtable 2", from_=f"{sender} <s@example.org>"),
                 rules, language=language)
    assert [sp.name for sp in fields.speakers] == [sender, colleague]


def test_near_miss_the_sender_who_accompanies_a_speaker_does_not_speak(rules: ExtractRules) -> None:
    body = ("We propose our member Ms. Lina Sabbagh, a returnee, to speak in roundtable 2. As she is a minor, I will "
            "only accompany her online.\n\nOmar Saleh\nYouth Officer\nSafe Passage Network\n")
    fields = run(message(body, from_="Omar Saleh <o@example.org>"), rules)
    assert [sp.name for sp in fields.speakers] == ["Lina Sabbagh"]
