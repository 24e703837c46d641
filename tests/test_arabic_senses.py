"""Arabic words with an ordinary second sense: "مقرر" is the rapporteur and also "scheduled"; "ف" before a verb answers
"أما" and is not part of the name before it, and "ف" written apart is the Maghrebi "في" between a title and an
organisation; "النقابة" alone points back to the union that proposes. Each family is written in several ways."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import Speaker
from tests.extracting import message, run
from tests.test_classify import PDF, decide, mail


@pytest.mark.parametrize("sentence", [
    "نود أن نرسل إليكم تقريرنا الطوعي كما هو مقرر قبل الموعد النهائي.",
    "يسرنا أن نرسل تقرير الاستعراض الطوعي في الموعد المقرر.",
    "نرجو التكرم باعتماد تقريرنا المرفق، وكما كان مقرراً أرسلناه قبل 16 شباط.",
    "نود إفادتكم بأن تقريرنا جاهز ونرسله إليكم قبل الاجتماع المقرر عقده في 24 شباط.",
])
def test_scheduled_is_not_a_request_to_be_rapporteur(ruleset, sentence: str) -> None:
    d = decide(ruleset, mail("تقرير الاستعراض الطوعي", f"السادة الكرام،\n{sentence}\nمع التحية\nجمعية الأمل",
                             attachments=[("report.pdf", PDF)]))
    assert d.category == "voluntary_report"


@pytest.mark.parametrize("sentence", [
    "نود أن تقوم السيدة منى خليل بدور المقرر.",
    "نرغب في أن يكون الدكتور سامي حداد مقرراً للجلسة.",
    "نقترح الأستاذة ليلى يوسف مقررة لتقديم الرسائل الرئيسية.",
])
def test_the_rapporteur_is_still_asked_for(ruleset, sentence: str) -> None:
    d = decide(ruleset, mail("مشاركة", f"تحية طيبة،\n{sentence}\nشكراً"))
    assert d.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "نود المشاركة في الجلسة العامة كما هو مقرر في البرنامج، ونرشح السيدة ليلى حداد، مديرة جمعية النهضة للتنمية.",
    "كما هو مقرر، نرشح الدكتور سامي يوسف، رئيس جمعية الأمل، للتحدث في الجلسة العامة.",
    "نرشح الأستاذ علي حسن، منسق شبكة العمال، للمداخلة في الجلسة العامة في الموعد المقرر.",
])
def test_scheduled_gives_no_rapporteur_role(rules: ExtractRules, body: str) -> None:
    (speaker,) = run(message(f"السادة الكرام،\n{body}\nمع التحية", subject="طلب مداخلة"), rules, language="ar").speakers
    assert speaker.roles == ("plenary",)


@pytest.mark.parametrize(("body", "name"), [
    ("يسعدنا ترشيح جمعية النور. أما السيدة منى خليل فستشارك في الجلسة العامة.", "منى خليل"),
    ("أما الدكتور سامي حداد فسيتحدث في المائدة المستديرة الثانية.", "سامي حداد"),
    ("وأما الأستاذة ريم عيسى فستقدم مداخلة في الجلسة العامة.", "ريم عيسى"),
    ("أما السيد فتحي الزين فسيكون مقرراً للجلسة.", "فتحي الزين"),
])
def test_the_verb_that_answers_amma_is_not_part_of_the_name(rules: ExtractRules, body: str, name: str) -> None:
    speakers = run(message(f"تحية طيبة\n{body}\nشكرا"), rules, language="ar").speakers
    assert [s.name for s in speakers] == [name]


@pytest.mark.parametrize(("intro", "org"), [
    ("ترشح جمعية التضامن مع العمال المهاجرين اثنين من أعضائها للمشاركة:", "جمعية التضامن مع العمال المهاجرين"),
    ("تقترح شبكة النساء العاملات في الخارج المتحدثتين التاليتين:", "شبكة النساء العاملات في الخارج"),
    ("يرشح مرصد حقوق المهاجرين، بعد التشاور مع أعضائه، ما يلي:", "مرصد حقوق المهاجرين"),
])
def test_the_organisation_after_the_verb_that_proposes_is_the_proposer(rules: ExtractRules, intro: str, org: str) -> None:
    body = (f"تحية طيبة،\n{intro}\n- السيدة هند سالم، منسقة البرامج، للمائدة المستديرة الأولى\n"
            "- السيد كريم ناصر، باحث، للجلسة العامة\nمع الشكر")
    fields = run(message(body), rules, language="ar")
    assert [(s.name, s.affiliation) for s in fields.speakers] == [("هند سالم", org), ("كريم ناصر", org)]


@pytest.mark.parametrize("sentence", [
    "نرشح السيدة هند سالم، منسقة البرامج في جمعية الأمل، للمائدة المستديرة الأولى.",
    "نود ترشيح الدكتور سامي حداد للطاولة المستديرة الثالثة.",
    "نقترح الأستاذة ليلى يوسف للجلسة العامة يوم 24 شباط.",
    "نرغب في ترشيح السيد علي حسن للنقاش المفتوح في المشاورة.",
])
def test_a_role_after_the_preposition_lam_is_asked_for(ruleset, sentence: str) -> None:
    """"للمائدة" is "ل" and "المائدة" with the article's alif dropped: the role is still named."""
    d = decide(ruleset, mail("مشاركة", f"تحية طيبة،\n{sentence}\nمع الشكر"))
    assert d.category == "speaker_request"


@pytest.mark.parametrize(("piece", "title", "org"), [
    ("مدرسة في جامعة دمشق", "مدرسة", "جامعة دمشق"),
    ("مدرسة بجامعة حلب", "مدرسة", "جامعة حلب"),
    ("معلمة في مدرسة النور للاجئين", "معلمة", "مدرسة النور للاجئين"),
    ("مدرس في معهد الفنون", "مدرس", "معهد الفنون"),
])
def test_madrasa_is_a_school_and_a_teacher(rules: ExtractRules, piece: str, title: str, org: str) -> None:
    """"مدرسة" is a school and, read "مدرِّسة", a teacher: after the name it is her post, after "في" her school."""
    body = f"تحية طيبة،\nنرشح السيدة هالة يوسف، {piece}، للمداخلة في الجلسة العامة.\nشكرا"
    (s,) = run(message(body), rules, language="ar").speakers
    assert (s.title, s.affiliation) == (title, org)


# Spoken Arabic after a post: "عنّا" / "لدينا" ("with us") closes it, and a preposition the split left ("منسقة
# مشاريع مع <body>") is not part of it.
@pytest.mark.parametrize(("body", "title"), [
    ("مرحبا،\nنرشح زميلنا الأستاذ عماد حداد، منسق المشاريع عنّا، للمشاركة بالنقاش المفتوح.\nتحياتي\nريم", "منسق المشاريع"),
    ("تحية طيبة،\nنقترح السيدة رنا سليم، مديرة البرامج لدينا، للمداخلة في الجلسة العامة.\nمع الشكر\nسامي", "مديرة البرامج"),
    ("مرحبا،\nأنا هدى نصار، بشتغل مسؤولة تواصل مع جمعية الأرز للعمال المهاجرين، وبدي احكي بالطاولة المستديرة الأولى.\nهدى",
     "مسؤولة تواصل"),
])
def test_with_us_after_a_post_is_no_part_of_it(rules: ExtractRules, body: str, title: str) -> None:
    (s,) = run(message(body), rules, language="ar").speakers
    assert s.title == title


@pytest.mark.parametrize(("word", "number"), [("التالتة", 3), ("التالت", 3), ("رقم تلاتة", 3)])
def test_spoken_ordinals_of_a_roundtable(rules: ExtractRules, word: str, number: int) -> None:
    body = f"مرحبا،\nأنا لمى حداد، منسقة مشاريع في جمعية الأرز، وبدي احكي بالطاولة المستديرة {word}.\nلمى"
    (s,) = run(message(body), rules, language="ar").speakers
    assert s.roundtable == number


@pytest.mark.parametrize(("body", "names"), [
    ("نرجو اعتماد المتحدثين، علما أن السيد مينا جرجس سيتولى دور المقرر، أما الأستاذة هالة سعيد فترغب في المداخلة "
     "في المائدة المستديرة الثانية.", ["مينا جرجس", "هالة سعيد"]),
    ("نود ترشيح الدكتور سمير خوري الذي يرغب في المشاركة، أما السيدة نوال عيسى فتود المداخلة في الجلسة العامة.",
     ["سمير خوري", "نوال عيسى"]),
    ("نرشح الأستاذة منى فرح ستتولى دور المقررة.", ["منى فرح"]),
    # names that start like those verbs stay whole
    ("نرشح السيد سيف الدين حمدان للمداخلة في الجلسة العامة.", ["سيف الدين حمدان"]),
    ("نرشح السيدة تولين يوسف للمداخلة في الجلسة العامة.", ["تولين يوسف"]),
])
def test_a_verb_after_the_name_is_not_part_of_it(rules: ExtractRules, body: str, names: list[str]) -> None:
    got = run(message(f"السادة الكرام،\n{body}\nمع التحية\nسامح"), rules, language="ar").speakers
    assert [s.name for s in got] == names


def test_a_secretary_in_a_signature_is_a_post_not_a_body(rules: ExtractRules) -> None:
    body = "السادة الكرام،\nنرشح السيد مينا جرجس للمداخلة في المائدة المستديرة الثانية.\nمع التقدير،\nسامح نجيب\nسكرتير المجلس\n"
    (s,) = run(message(body), rules, language="ar").speakers
    assert (s.name, s.title, s.affiliation) == ("مينا جرجس", None, None)


# "أشتغل"/"بشتغل"/"كنخدم" ("I work as", spoken) before a post is no part of it, as "أعمل" is not
@pytest.mark.parametrize(("sentence", "title"), [
    ("أنا أشتغل باحث دكتوراه في مختبر دراسات الهجرة بجامعة الواحة", "باحث دكتوراه"),
    ("بشتغل محامية مع جمعية الأرز للعمال المهاجرين", "محامية"),
    ("كنخدم منسق ف جمعية الأرز للعمال المهاجرين", "منسق"),
])
def test_spoken_i_work_as_before_a_post(rules: ExtractRules, sentence: str, title: str) -> None:
    body = f"السلام عليكم\nحابب أشارك بالنقاش المفتوح. {sentence}.\nيوسف القاسمي\n"
    (s,) = run(message(body), rules, language="ar").speakers
    assert s.title == title


@pytest.mark.parametrize("sentence", ["أنا أشتغل على قضايا العمال المهاجرين منذ عشر سنوات", "بشتغل مع اللاجئين بعمان"])
def test_spoken_i_work_on_something_gives_no_post(rules: ExtractRules, sentence: str) -> None:
    body = f"السلام عليكم\nحابب أشارك بالنقاش المفتوح. {sentence}.\nيوسف القاسمي\n"
    (s,) = run(message(body), rules, language="ar").speakers
    assert s.title is None


# ---------------------------------------------------------------------------------------------
# "ف" written apart is "في" in Maghrebi writing: it splits a title from the organisation that follows

def _speaker(body: str, rules: ExtractRules) -> Speaker:
    fields = run(message(body), rules, language="ar")
    assert len(fields.speakers) == 1
    return fields.speakers[0]


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
