"""A dialect sentence run on with no stop after the body a person works at: what the person has or lacks ("وما عنده
ايميل", "ومعندهاش", "وعنده خبرة") starts a new clause, no part of the body's name."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import load_rules, message, run


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


@pytest.mark.parametrize(("body", "name", "title"), [
    # Gulf, no punctuation at all: "and he has no e-mail, so I am sending for him"
    ("السلام عليكم حبيت اسجل الاخ سالم العتيبي يكون متحدث في المائدة المستديرة الثانية هو منسق المشاريع في جمعية "
     "النور للتنمية وما عنده ايميل عشان كذا انا ارسل عنه وشكرا", "سالم العتيبي", "منسق المشاريع"),
    # Egyptian negation glued to the word ("ومعندهاش")
    ("السلام عليكم حبيت اسجل الاخت سلمى العتيبي تكون متحدثة في المائدة المستديرة الثانية هي منسقة المشاريع في جمعية "
     "النور للتنمية ومعندهاش ايميل عشان كده انا ببعت عنها وشكرا", "سلمى العتيبي", "منسقة المشاريع"),
    # what the person has, not what they lack
    ("السلام عليكم حبيت اسجل الاخ سالم العتيبي يكون متحدث في المائدة المستديرة الثانية هو منسق المشاريع في جمعية "
     "النور للتنمية وعنده خبرة كبيرة مع العمال وشكرا", "سالم العتيبي", "منسق المشاريع"),
])
def test_what_the_person_has_or_lacks_after_the_body_is_no_part_of_it(rules: ExtractRules, body: str, name: str,
                                                                      title: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, "جمعية النور للتنمية")


def test_near_miss_a_body_whose_name_goes_on_with_a_word_that_opens_alike_keeps_it(rules: ExtractRules) -> None:
    # "ومعهد" ("and the institute of") opens as "ومعه" ("and with him") does: a word of the name
    body = ("السلام عليكم حبيت اسجل الاخ سالم العتيبي يكون متحدث في المائدة المستديرة الثانية هو منسق المشاريع في "
            "جمعية المعونة ومعهد التدريب. وشكرا")
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == "جمعية المعونة ومعهد التدريب"


# "since" as the Levant says it, "from" and a year ("رئيس بلدية X من ٢٠١٦"), as "منذ عام" is: when the person took
# the post, no part of the body's name; a body named "من أجل" ("for") keeps it

@pytest.mark.parametrize(("since", "affiliation"), [
    ("من ٢٠١٨", "جمعية نساء الجنوب"),
    ("من سنة 2018", "جمعية نساء الجنوب"),
    ("من أجل التنمية", "جمعية نساء الجنوب من أجل التنمية"),
])
def test_the_year_a_post_was_taken_is_no_part_of_the_body(rules: ExtractRules, since: str, affiliation: str) -> None:
    body = (f"مسا الخير،\n\nحابين نسجل الأستاذة ريما خوري لتحكي بالطاولة المستديرة رقم ٢.\n\nالست ريما صفتها مديرة "
            f"جمعية نساء الجنوب {since}.\n\nشكرا\nسامي")
    assert [(s.name, s.affiliation) for s in run(message(body), rules, language="ar").speakers] == [("ريما خوري", affiliation)]
