"""A speaker named once, then spoken of again by the form of address and what they do ("الحاج فتحي مقيم في اليونان من
سنة ١٩٨٧", "الحاج مش بيستخدم الإيميل"): no second speaker; and a sender who introduces the body ("معاكم X من جمعية Y")
before saying what it is ("احنا جمعية صغيرة"): the body is the one named first; one whose blessing the proposal has
("With the blessing of our parish priest, Fr. X, we would like to nominate Dr. Y"): only mentioned; and the reader
addressed ("يتشرف السيد اللواء/ محافظ البحيرة بإفادة سيادتكم بترشيح ..."): no one's name."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "want"), [
    ("السلام عليكم\n\nحابين نرشح أمين الصندوق عشان يتكلم في النقاش المفتوح:\n\nالحاج/ فتحي عبد المنعم القليوبي\nأمين الصندوق\n\n"
     "الحاج فتحي مقيم في اليونان من سنة ١٩٨٧ وفاهم ظروف الصيادين كويس.\n\nهاني", ("فتحي عبد المنعم القليوبي", "أمين الصندوق")),
    ("السلام عليكم\n\nمعاكم محمود الشناوي من جمعية أبناء النيل للعائدين بسوهاج، احنا جمعية صغيرة في مركز طما.\n\n"
     "عايزين نرشح الحاج عبد الباسط حمدان، رئيس مجلس إدارة الجمعية، للمشاركة في المائدة المستديرة التانية.\n\n"
     "الحاج مش بيستخدم الإيميل، فلو فيه أي حاجة كلموني أنا.\n\nمحمود", ("عبد الباسط حمدان", "رئيس مجلس إدارة الجمعية")),
    # the Egyptian and Levantine negation "ما...ش", glued to its verb or apart from it
    *[("السلام عليكم\n\nعايزين نرشح الحاج عبد الباسط حمدان، رئيس مجلس إدارة الجمعية، للمشاركة في المائدة المستديرة "
       f"التانية.\n\nالحاج {said}، فلو فيه أي حاجة كلموني أنا.\n\nمحمود", ("عبد الباسط حمدان", "رئيس مجلس إدارة الجمعية"))
      for said in ("ماعندوش إيميل", "ما بيستخدمش الإيميل", "مابيفتحش الإيميل")],
    # the governor who writes, addressed by rank and post, and the reader addressed ("سيادتكم"): neither is a speaker
    ("تحية طيبة وبعد،\n\nيتشرف السيد اللواء/ محافظ البحيرة بإفادة سيادتكم بترشيح السيد المهندس/ هشام فاروق المنشاوي - "
     "مدير عام الشباب والرياضة - للمداخلة في المائدة المستديرة المواضيعية الرابعة.\n\nسكرتير عام المحافظة",
     ("هشام فاروق المنشاوي", "مدير عام الشباب والرياضة")),
])
def test_a_speaker_spoken_of_again_is_no_second_one(rules: ExtractRules, body: str, want: tuple[str, str]) -> None:
    fields = run(message(body, from_="Mahmoud <m@example.org>"), rules, language="ar")
    assert [s.name for s in fields.speakers] == [want[0]]


def test_the_body_introduced_first_is_the_senders(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nمعاكم هاني عبد التواب من جمعية النهضة الريفية للتنمية بطامية، احنا جمعية صغيرة في الريف "
            "بنساعد الستات.\n\nعايزين نشارك في الطاولة المستديرة الأولى.\n\nهاني")
    assert run(message(body, from_="Hany <h@example.org>"), rules, language="ar").organisation == "جمعية النهضة الريفية للتنمية"


@pytest.mark.parametrize("blessing", ["With the blessing of our parish priest, Fr. Bishoy Gayed,",
                                      "With the blessing of Fr. Bishoy Gayed,"])
def test_one_whose_blessing_the_proposal_has_is_not_proposed(rules: ExtractRules, blessing: str) -> None:
    body = (f"Dear Secretariat,\n\n{blessing} we would like to nominate Dr. Kirollos Nabil Hanna, Chair of the Family "
            "Support Committee, to take the floor in roundtable 3.\n\nNevine Iskander\nParish Secretary\n"
            "St. Verena Coptic Orthodox Church")
    assert [s.name for s in run(message(body), rules).speakers] == ["Kirollos Nabil Hanna"]


def test_near_miss_a_proposal_made_at_someones_instruction_names_its_speaker(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nوبتوجيه من عطوفة الأمين العام للمجلس الأعلى للسكان، أرجو إعلامكم بترشيح المجلس للدكتورة سلمى "
            "عبد الرحيم النسور، مديرة وحدة السياسات، للقيام بمهمة المقرر.\n\nرنا الخطيب\nمكتب الأمين العام")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["سلمى عبد الرحيم النسور"]
