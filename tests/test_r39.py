"""Round r39: the Maghrebi "ف" written apart for "في" between a title and its organisation ("منسق ف جمعية X"), and
the Maghrebi "الكاتب العام" (general secretary) of "النقابة", the union that proposes."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import Speaker
from tests.extracting import load_rules, message, run


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


def _speaker(body: str, rules: ExtractRules) -> Speaker:
    fields = run(message(body), rules, language="ar")
    assert len(fields.speakers) == 1
    return fields.speakers[0]


# "ف" written apart is "في" in Maghrebi writing: it splits a title from the organisation that follows
@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("سلام عليكم،\nأنا رشيد البقالي، منسق المشاريع ف جمعية التضامن مع المهاجرين بطنجة. بغيت نشارك كمتحدث ف الطاولة "
     "المستديرة الرابعة.\n", "منسق المشاريع", "جمعية التضامن مع المهاجرين بطنجة"),
    ("السلام عليكم\nأنا فاطمة الزهراء بنعلي، مسؤولة التواصل ف الجمعية المغربية لحقوق المهاجرين، بغيت ندير مداخلة ف "
     "الجلسة العامة.\n", "مسؤولة التواصل", "الجمعية المغربية لحقوق المهاجرين"),
    ("السلام عليكم\nنقترحو السيد يوسف العلمي، رئيس الفرع ف المنظمة الديمقراطية للشغل، باش يتدخل ف المائدة المستديرة "
     "الثانية.\n", "رئيس الفرع", "المنظمة الديمقراطية للشغل"),
])
def test_maghrebi_fa_splits_title_from_organisation(body: str, title: str, affiliation: str,
                                                    rules: ExtractRules) -> None:
    sp = _speaker(body, rules)
    assert (sp.title, sp.affiliation) == (title, affiliation)


@pytest.mark.parametrize("title", ["باحث ف الهجرة", "باحث في الهجرة"])
def test_maghrebi_fa_before_a_field_stays_in_the_title(title: str, rules: ExtractRules) -> None:
    # what the person works on after "ف" is a field, not an organisation, as after "في"
    sp = _speaker(f"السلام عليكم\nأنا كريم التازي، {title}، بغيت نشارك ف الطاولة المستديرة الأولى.\n", rules)
    assert (sp.title, sp.affiliation) == (title, None)


# "الكاتب العام للنقابة": the general secretary of the union that proposes, named in the signature
@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("إلى الأمانة،\nنرسل إليكم مرفقاً تقريرنا. كما نقترح أن يتحدث الأستاذ نبيل الزواري، الكاتب العام للنقابة، في "
     "الطاولة المستديرة الثالثة.\n\nهالة القروي\nمكلفة بالإعلام\nالنقابة الوطنية لعمال الفلاحة\n",
     "الكاتب العام", "النقابة الوطنية لعمال الفلاحة"),
    ("السلام عليكم،\nنقترح السيدة ليلى بن صالح، الكاتبة العامة للجمعية، للمشاركة في الجلسة العامة.\n\n"
     "جمعية النساء الديمقراطيات\n", "الكاتبة العامة", "جمعية النساء الديمقراطيات"),
    ("تحية طيبة،\nيشرفنا ترشيح السيد عادل المرزوقي، الكاتب العام المساعد للنقابة، لمداخلة في المائدة المستديرة "
     "الأولى.\n\nمع التحية\nنقابة عمال الموانئ بقابس\n", "الكاتب العام المساعد", "نقابة عمال الموانئ بقابس"),
])
def test_general_secretary_of_the_union_points_back(body: str, title: str, affiliation: str,
                                                    rules: ExtractRules) -> None:
    sp = _speaker(body, rules)
    assert (sp.title, sp.affiliation) == (title, affiliation)


def test_a_named_union_after_a_post_stays_the_affiliation(rules: ExtractRules) -> None:
    # "النقابة" that goes on with its name is that union, not a word pointing back
    sp = _speaker("السلام عليكم،\nنقترح السيد عمر القاسمي، عضو النقابة الوطنية للصحفيين، لمداخلة في المائدة "
                  "المستديرة الأولى.\n\nشبكة الصحفيين المستقلين\n", rules)
    assert (sp.title, sp.affiliation) == ("عضو", "النقابة الوطنية للصحفيين")

