"""A speaker named once, then spoken of again by the form of address and what they do ("الحاج سيد مقيم في إيطاليا من
سنة ١٩٩١", "الحاج مش بيستخدم الإيميل"): no second speaker; and a sender who introduces the body ("معاكم X من جمعية Y")
before saying what it is ("احنا جمعية صغيرة"): the body is the one named first; one whose blessing the proposal has
("With the blessing of our parish priest, Fr. X, we would like to nominate Dr. Y"): only mentioned; and the reader
addressed ("يتشرف السيد اللواء/ محافظ كفر الشيخ بإفادة سيادتكم بترشيح ..."): no one's name."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "want"), [
    ("السلام عليكم\n\nحابين نرشح رئيس اللجنة عشان يتكلم في الجلسة العامة:\n\nالحاج/ سيد عبد الحكيم البنهاوي\nرئيس اللجنة\n\n"
     "الحاج سيد مقيم في إيطاليا من سنة ١٩٩١ وعارف مشاكل الجالية كويس.\n\nمحمود السيد", ("سيد عبد الحكيم البنهاوي", "رئيس اللجنة")),
    ("السلام عليكم\n\nمعاكم محمود أبو الوفا من جمعية رعاية العائدين بأسيوط، احنا جمعية صغيرة في مركز ديروط.\n\n"
     "عايزين نرشح الحاج عبد الرحيم صابر، رئيس مجلس إدارة الجمعية، للمشاركة في المائدة المستديرة التانية.\n\n"
     "الحاج مش بيستخدم الإيميل، فلو فيه أي حاجة كلموني أنا.\n\nمحمود", ("عبد الرحيم صابر", "رئيس مجلس إدارة الجمعية")),
    # the governor who writes, addressed by rank and post, and the reader addressed ("سيادتكم"): neither is a speaker
    ("تحية طيبة وبعد،\n\nيتشرف السيد اللواء/ محافظ كفر الشيخ بإفادة سيادتكم بترشيح السيد المهندس/ وائل عبد الحميد الجندي - "
     "مدير عام التنمية المحلية - للمداخلة في المائدة المستديرة المواضيعية الثانية.\n\nمدير مكتب المحافظ",
     ("وائل عبد الحميد الجندي", "مدير عام التنمية المحلية")),
])
def test_a_speaker_spoken_of_again_is_no_second_one(rules: ExtractRules, body: str, want: tuple[str, str]) -> None:
    fields = run(message(body, from_="Mahmoud <m@example.org>"), rules, language="ar")
    assert [s.name for s in fields.speakers] == [want[0]]


def test_the_body_introduced_first_is_the_senders(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nمعاكم محمود أبو الوفا من جمعية رعاية العائدين بأسيوط، احنا جمعية صغيرة في مركز ديروط "
            "بنساعد الشباب.\n\nعايزين نشارك في النقاش المفتوح.\n\nمحمود")
    assert run(message(body, from_="Mahmoud <m@example.org>"), rules, language="ar").organisation == "جمعية رعاية العائدين"


@pytest.mark.parametrize("blessing", ["With the blessing of our parish priest, Fr. Abanoub Shenouda,",
                                      "With the blessing of Fr. Abanoub Shenouda,"])
def test_one_whose_blessing_the_proposal_has_is_not_proposed(rules: ExtractRules, blessing: str) -> None:
    body = (f"Dear Sir/Madam,\n\n{blessing} we would like to nominate Dr. Mina Farid Girgis, Chair of the Newcomers "
            "Settlement Committee, for a floor intervention in the plenary.\n\nMarianne Tadros\nOutreach Coordinator\n"
            "St. Athanasius Coptic Orthodox Church")
    assert [s.name for s in run(message(body), rules).speakers] == ["Mina Farid Girgis"]


def test_near_miss_a_proposal_made_at_someones_instruction_names_its_speaker(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nوبتوجيه من عطوفة الأمين العام للمجلس الأعلى للسكان، أرجو إعلامكم بترشيح المجلس للدكتورة سلمى "
            "عبد الرحيم النسور، مديرة وحدة السياسات، للقيام بمهمة المقرر.\n\nرنا الخطيب\nمكتب الأمين العام")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["سلمى عبد الرحيم النسور"]
