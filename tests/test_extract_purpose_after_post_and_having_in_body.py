"""Families of the blind sets (session 31, G4), in Arabic run-on prose: a post followed, with no comma, by what the
person is put forward for ("رئيس الاتحاد لتقديم مداخلة في ..."), which is not part of the post; and a body whose name
goes on with "having" ("ذوي", "ذوات", "ذات") and what it governs ("منظمات الأشخاص ذوي الإعاقة"), which is part of the
name. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import arabic_org
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "name", "title"), [
    ("السلام عليكم نحن في جمعية الوفاء الخيرية نشكركم ونرشح الأستاذ مازن عدنان الحلبي مدير الجمعية لتقديم مداخلة في "
     "الجلسة العامة ولكم جزيل الشكر أخوكم وليد\n", "مازن عدنان الحلبي", "مدير الجمعية"),
    ("تحية طيبة،\n\nنرشح السيدة رنا سمير العلي منسقة البرامج لإلقاء كلمة في المائدة المستديرة الثانية.\n\nمع الشكر،\n"
     "وليد حسن\n", "رنا سمير العلي", "منسقة البرامج"),
])
def test_what_the_person_is_put_forward_for_is_not_part_of_the_post(body: str, name: str, title: str,
                                                                    rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language="ar").speakers[0]
    assert (speaker.name, speaker.title) == (name, title)


# Near miss: a body's aim with the article after the verb stays in the body's name, not cut as a purpose
def test_a_bodys_aim_after_the_same_verb_stays_in_its_name(rules: ExtractRules) -> None:
    assert arabic_org("نحن في مركز الأمل لتقديم الخدمات القانونية نرشح", rules) == "مركز الأمل لتقديم الخدمات القانونية"


@pytest.mark.parametrize(("clause", "org"), [
    ("نحن في اتحاد روابط وهيئات الأشخاص ذوي الإعاقة - صنعاء نرشح", "اتحاد روابط وهيئات الأشخاص ذوي الإعاقة"),
    ("تتشرف جمعية حقوق النساء ذوات الإعاقة البصرية بترشيح", "جمعية حقوق النساء ذوات الإعاقة البصرية"),
    ("باسم مؤسسة رعاية الأطفال ذوي الاحتياجات الخاصة نرشح", "مؤسسة رعاية الأطفال ذوي الاحتياجات الخاصة"),
])
def test_a_body_name_goes_on_with_having_and_what_it_governs(clause: str, org: str, rules: ExtractRules) -> None:
    assert arabic_org(clause, rules) == org


# Near miss: "ذات" before another body word is "the same" body the sentence points at, not more of the name
def test_the_same_body_after_a_name_is_not_part_of_it(rules: ExtractRules) -> None:
    assert arabic_org("تعمل في جمعية الأمل ذات الجمعية التي", rules) == "جمعية الأمل"
