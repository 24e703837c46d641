"""Round r39: the Maghrebi "ف" written apart for "في" between a title and its organisation ("منسق ف جمعية X"); the
Maghrebi "الكاتب العام" (general secretary) of "النقابة", the union that proposes; and a follow-up of a speaker
request that only gives the speakers' e-mail addresses or phone numbers, which is no speaker request."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import Speaker
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail


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


# A reply that only adds the speakers' contact addresses to a speaker request proposes no one
@pytest.mark.parametrize("body", [
    "Dear Secretariat,\nFurther to my message of yesterday, here are the contact e-mails of our two speakers, which I "
    "forgot to include:\n- Samir Haddad: s.haddad@example.org\n- Nadia Rahal: n.rahal@example.org\nBest,\nRami",
    "Hello,\nI forgot to include the phone numbers of the speakers: Ali Kamara +961 70 000 000, Grace Obi +961 71 000 "
    "000.\nRegards",
    "Bonjour,\nSuite à mon message précédent, voici les adresses e-mail de nos deux intervenantes, que j'ai oublié "
    "d'ajouter :\nAmina Diallo : a.diallo@example.org\nCordialement",
    "تحية طيبة،\nاستكمالاً لرسالتي السابقة، هذه عناوين البريد الإلكتروني للمتحدثين:\nسامي خوري: s.khoury@example.org\n"
    "مع الشكر",
])
def test_contact_addresses_only_is_no_speaker_request(body: str, ruleset) -> None:
    d = decide(ruleset, mail("Re: Speakers", body, in_reply_to="x@example.org"), thread="speaker_request")
    assert "contact-addresses-only" in fired(d)
    assert d.category == "other"


@pytest.mark.parametrize("body", [
    # the follow-up also completes a title: still a completion of the request
    "Dear Secretariat,\nI forgot to include the e-mails of our speakers, and her position is Programme Officer at "
    "the Beirut Workers Centre.\nBest",
    "Bonjour,\nVoici les adresses e-mail de nos intervenants ; sa fonction : coordinatrice du réseau.\nCordialement",
])
def test_contact_addresses_with_a_title_still_complete_the_request(body: str, ruleset) -> None:
    d = decide(ruleset, mail("Re: Speakers", body, in_reply_to="x@example.org"), thread="speaker_request")
    assert "contact-addresses-only" not in fired(d)
    assert d.category == "speaker_request"


def test_contact_addresses_outside_a_speaker_thread_count_nothing(ruleset) -> None:
    body = "Dear team,\nHere are the contact e-mails of our speakers for the roundtable.\nBest"
    assert "contact-addresses-only" not in fired(decide(ruleset, mail("Speakers", body)))
