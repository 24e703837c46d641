"""A unit or a desk that proposes a speaker in Arabic ("تود عيادة X ترشيح ...", "يتشرف ديوان X بترشيح ..."): the
body that writes, named after the verb, is the speaker's affiliation, though a unit alone elsewhere names none."""

from __future__ import annotations

import pytest

from tests.extracting import load_rules, message, run

RULES = load_rules()


@pytest.mark.parametrize(("body", "org"), [
    ("السادة المحترمون،\n\nتود عيادة الحقوق للاجئين بطنجة ترشيح الأستاذ كريم العلمي للمداخلة في الجلسة العامة.\n\n"
     "مع التقدير\nسهام بناني", "عيادة الحقوق للاجئين بطنجة"),
    ("تحية طيبة،\n\nيتشرف الديوان الوطني للشكاوى بترشيح السيدة ليلى منصور، مستشارة قانونية، للمشاركة في المائدة "
     "المستديرة الثالثة.\n\nوتفضلوا بقبول الاحترام\nمكتب الرئيس", "الديوان الوطني للشكاوى"),
    ("تحية طيبة وبعد،\n\nيتشرف قسم الدراسات الاجتماعية بترشيح السيد عمر الفاسي، أستاذ محاضر، للمداخلة "
     "في الجلسة العامة.\n\nمع خالص التحية\nالكتابة العامة", "قسم الدراسات الاجتماعية"),
])
def test_a_unit_or_a_desk_after_a_proposing_verb_is_the_affiliation(body: str, org: str) -> None:
    fields = run(message(body, subject="ترشيح متحدث"), RULES, language="ar")
    assert [s.affiliation for s in fields.speakers] == [org]


def test_a_definite_unit_pointing_back_names_no_body() -> None:
    # "المديرية" alone points back at the directorate; the verbal noun after it is no part of a name
    body = ("تحية طيبة،\n\nنود المشاركة في المائدة المستديرة الأولى، وترشح المديرية لإلقاء المداخلة السيد حسام "
            "الشريف.\n\nمع التقدير\nسكرتارية المدير")
    fields = run(message(body, subject="ترشيح"), RULES, language="ar")
    assert all(s.affiliation is None or "لإلقاء" not in s.affiliation for s in fields.speakers)
