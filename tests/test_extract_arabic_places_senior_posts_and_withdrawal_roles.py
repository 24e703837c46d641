"""Families of the blind sets (session 29, L4): a town written after a body with "في" ("... في الدوحة") that a form's
field leaves out, Arabic's
"senior X" ("كبير الباحثين") before a reference to the body ("في المعهد"), a feminine post with the possessive joined
to it ("رئيستها"), and a replacement proposed in the clause after the withdrawal ("X must withdraw, and we propose
in her place for the plenary:"). Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# A town after the body with a separate "في" is where the body is, not part of its name (dev 004, 013, 024, 043 leave
# places out): the organisation a form's field gives is not run on into it from the proposing sentence
def test_a_town_after_the_proposing_body_is_left_out(rules: ExtractRules) -> None:
    body = ("السلام عليكم،\n\nيتشرف مركز النيل لدراسات اللجوء والتنقل في القاهرة بترشيح اثنين من باحثيه:\n\n"
            "١) الاسم: كريم فؤاد الحلبي\n   الصفة: منسق البرامج\n   الجهة: مركز النيل لدراسات اللجوء والتنقل\n"
            "   الدور المقترح: النقاش المفتوح\n\n٢) الاسم: هدى سمير عوض\n   الصفة: باحثة\n"
            "   الجهة: مركز النيل لدراسات اللجوء والتنقل\n   الدور المقترح: المائدة المستديرة الأولى\n\n"
            "مع التحية،\nإدارة الاتصال\n")
    speakers = run(message(body), rules, language="ar").speakers
    assert [s.affiliation for s in speakers] == ["مركز النيل لدراسات اللجوء والتنقل"] * 2


# Near miss: what the proposing sentence adds that is no place (what the body is for) still completes the form's value
def test_near_miss_a_field_after_fi_completes_the_labelled_body(rules: ExtractRules) -> None:
    body = ("السلام عليكم،\n\nيتشرف مركز النيل للدراسات في الهجرة والتنمية بترشيح أحد باحثيه:\n\n"
            "الاسم: كريم فؤاد الحلبي\nالصفة: منسق البرامج\nالجهة: مركز النيل للدراسات\n"
            "الدور المقترح: النقاش المفتوح\n\nمع التحية،\nإدارة الاتصال\n")
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == "مركز النيل للدراسات في الهجرة والتنمية"


# Arabic writes "senior X" as "the great one of the Xs" ("كبير الباحثين", "كبيرة المستشارين"): a post, so that "في
# المركز" after it points back at the body named before, as "Senior Adviser at the Centre" does
@pytest.mark.parametrize(("post", "title"), [
    ("كبيرة المستشارين في المركز", "كبيرة المستشارين"),
    ("كبير الاقتصاديين في المركز", "كبير الاقتصاديين"),
])
def test_senior_post_at_the_body_named_before(post: str, title: str, rules: ExtractRules) -> None:
    body = ("تحية طيبة،\n\nيسعد مركز الشرق لدراسات العمل والتنقل (CELM) أن يرسل إليكم تقريره الطوعي.\n\n"
            f"كما نود أن تشارك الأستاذة سلمى راشد العلي، {post}، في المائدة المستديرة الثالثة.\n\n"
            "مع التقدير،\nنور الهدى ياسين\nمسؤولة الإعلام\n")
    speaker, = run(message(body), rules, category="both", language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (
        "سلمى راشد العلي", title, "مركز الشرق لدراسات العمل والتنقل (CELM)")


# Near miss: the English and French posts, read already, are left as they are
@pytest.mark.parametrize(("body", "language", "title", "org"), [
    ("Dear colleagues,\n\nThe Eastern Centre for Labour and Mobility Studies (CELM) is pleased to send its voluntary "
     "report.\n\nWe would also like Ms. Salma Al Ali, Senior Adviser at the Centre, to join roundtable 3.\n\n"
     "Regards,\nNour Yassin\n", "en", "Senior Adviser", "Eastern Centre for Labour and Mobility Studies (CELM)"),
    ("Madame, Monsieur,\n\nLe Centre oriental d'études du travail et de la mobilité (COETM) a le plaisir de vous "
     "transmettre son rapport volontaire.\n\nNous souhaiterions aussi que Mme Salma Al Ali, conseillère principale au "
     "sein du Centre, participe à la table ronde 3.\n\nCordialement,\nNour Yassin\n", "fr", "conseillère principale",
     "Centre oriental d'études du travail et de la mobilité (COETM)"),
])
def test_near_miss_senior_posts_in_english_and_french(body: str, language: str, title: str, org: str,
                                                      rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, category="both", language=language).speakers
    assert (speaker.title, speaker.affiliation) == (title, org)


# A feminine post with the possessive joined to it writes its ة as ت ("رئيستها", "منسقتنا") before the honorific and
# the name: the post, as "رئيسها، السيد X" gives "رئيس"
@pytest.mark.parametrize(("post", "title"), [("منسقتها", "منسقة"), ("مديرتها", "مديرة"), ("رئيستنا", "رئيسة")])
def test_a_feminine_post_with_its_possessive(post: str, title: str, rules: ExtractRules) -> None:
    body = ("مرحباً،\n\nترسل إليكم رابطة النساء العاملات في الخارج تقريرها الطوعي.\n\n"
            f"وترشح الرابطة {post}، السيدة منى خليل داود، لتقديم الرسائل الرئيسية بصفتها مقررة.\n\n"
            "مع الشكر،\nأمينة الصندوق\nسعاد عيسى\n")
    speaker, = run(message(body), rules, category="both", language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == ("منى خليل داود", title, "رابطة النساء العاملات في الخارج")


# Near miss: a word with "ها" that names no post ("زميلتها", her colleague) gives no title
def test_near_miss_a_colleague_with_its_possessive(rules: ExtractRules) -> None:
    body = ("مرحباً،\n\nترسل إليكم رابطة النساء العاملات في الخارج تقريرها الطوعي.\n\n"
            "وترشح الرابطة زميلتها، السيدة منى خليل داود، لتقديم الرسائل الرئيسية بصفتها مقررة.\n\n"
            "مع الشكر،\nأمينة الصندوق\nسعاد عيسى\n")
    speaker, = run(message(body), rules, category="both", language="ar").speakers
    assert (speaker.name, speaker.title) == ("منى خليل داود", None)


def _replacement(withdrawal: str, block: str, kept: str, signature: str) -> str:
    return f"{withdrawal}\n\n{block}\n\n{kept}\n\n{signature}\n"


# One who withdraws, then in the same sentence the replacement proposed for a role, the new speaker's details below
# and the sender's own request said to stand: the new speaker takes the role of the clause that proposes them, and
# the one who withdraws is no speaker
@pytest.mark.parametrize(("body", "language", "name"), [
    (_replacement("Dear colleagues,\n\nOur treasurer Mr. Paul Otieno must withdraw for family reasons, and we propose "
                  "in his place for the plenary:", "Name: Grace Wanjiru\nPosition: Deputy Treasurer\n"
                  "Organisation: Coastal Migrant Workers Union", "My own request for roundtable 3 stays as it is.",
                  "Kind regards,\nJoseph Mwangi"), "en", "Grace Wanjiru"),
    (_replacement("Bonjour,\n\nNotre trésorier M. Paul Otieno doit se retirer pour raisons familiales, et nous proposons "
                  "à sa place pour la plénière :", "Nom : Grace Wanjiru\nFonction : Trésorière adjointe\n"
                  "Organisation : Syndicat des travailleurs migrants du littoral",
                  "Ma propre demande pour la table ronde 3 reste inchangée.", "Cordialement,\nJoseph Mwangi"),
     "fr", "Grace Wanjiru"),
    (_replacement("تحية طيبة،\n\nنحيطكم علماً بأن أمين صندوق النقابة السيد بولس عطية يعتذر عن المشاركة لظروف عائلية، "
                  "ونقترح بدلاً منه في الجلسة العامة:", "الاسم: غريس وانجيرو\nالصفة: نائبة أمين الصندوق\n"
                  "الجهة: نقابة العمال المهاجرين في الساحل", "أما طلبي للمائدة المستديرة الثالثة فيبقى كما هو.",
                  "مع التحية،\nيوسف منصور"), "ar", "غريس وانجيرو"),
])
def test_a_replacement_proposed_after_the_withdrawal(body: str, language: str, name: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.roles, speaker.roundtable) == (name, ("plenary",), None)


# Near miss: a clause after the withdrawal that proposes no one is still about the one who withdraws (the new speaker,
# given a role of their own, does not take the plenary)
def test_near_miss_a_clause_that_only_withdraws(rules: ExtractRules) -> None:
    body = _replacement("Dear colleagues,\n\nOur treasurer Mr. Paul Otieno cannot attend, and please take his name off "
                        "the plenary list.", "Name: Grace Wanjiru\nPosition: Deputy Treasurer\n"
                        "Organisation: Coastal Migrant Workers Union\nRole: roundtable 2", "Thank you.",
                        "Kind regards,\nJoseph Mwangi")
    speaker, = run(message(body), rules).speakers
    assert (speaker.name, speaker.roles, speaker.roundtable) == ("Grace Wanjiru", ("roundtable",), 2)
