"""Round 51: a nominee proposed "so that he speaks", a team captain's title, the colloquial "of" and "with" between
a title and an organisation, a writer who declines to speak, a group admin's signature, community choirs, and
gladness at an acknowledgement. Each family in several ways, with a near miss that must not change."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.analysis import adds_nothing
from intake.classify import classify
from intake.extract import ExtractRules
from intake.model import Decision, Fields
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run


def _decide(ruleset, body: str, subject: str = "Conference") -> Decision:
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<r51@example.org>"
    msg.set_content(body)
    parsed = parse(bytes(msg))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None)


def _fired(decision: Decision) -> set[str]:
    return {h.rule for h in decision.hits}


def _extract(body: str, rules: ExtractRules, language: str) -> Fields:
    return run(message(body), rules, language=language)


# A nominating verb with a purpose clause that says the nominee will speak ("نرشح X عشان يتكلم في المؤتمر")
@pytest.mark.parametrize("body", [
    "السلام عليكم\nعايزين نرشح كابتن الفريق السيد محمود عبد العال عشان يتكلم في المؤتمر بتاعكم.",
    "تحية طيبة\nنرشح الأستاذة ليلى منصور، منسقة الجمعية، لكي تتحدث عن أوضاع العاملات في المنازل.",
    "مرحبا\nبدنا نقترح الأخ جورج سليمان علشان يحكي عن مشاكل الإقامة.",
    "الإخوة الكرام\nننتدب زميلنا حسن علي ليتحدث باسم الجالية في المؤتمر.",
])
def test_a_nominee_proposed_so_that_they_speak_is_a_speaker_request(ruleset, body: str) -> None:
    assert "speaker-request-ar" in _fired(_decide(ruleset, body))


@pytest.mark.parametrize("body", [
    # the purpose clause is the writers' own, not the nominee's speaking
    "السلام عليكم\nنقترح تأجيل الاجتماع عشان نتكلم مع الأعضاء أولاً.",
    # a nomination to attend, not to speak
    "السلام عليكم\nنرشح السيد أحمد كمال عشان يحضر المؤتمر كمستمع.",
])
def test_a_purpose_clause_without_the_nominee_speaking_is_no_request(ruleset, body: str) -> None:
    assert "speaker-request-ar" not in _fired(_decide(ruleset, body))


# The colloquial "so that" ends the name; "كابتن X" before the honorific is a title, "الكابتن" a form of address
@pytest.mark.parametrize(("body", "name", "title", "honorific"), [
    ("احنا فريق عمال. عايزين نرشح كابتن الفريق السيد محمود عبد العال عشان يتكلم في المؤتمر بتاعكم.",
     "محمود عبد العال", "كابتن الفريق", "السيد"),
    ("نحن نادي الأرز الرياضي. يسرنا أن نرشح كابتن النادي الأستاذ سامي يوسف لكي يتحدث في الجلسة العامة.",
     "سامي يوسف", "كابتن النادي", "الأستاذ"),
    ("نرشح الكابتن هاني رمزي للمداخلة في الجلسة العامة.", "هاني رمزي", None, "الكابتن"),
    ("عايزين نرشح الحاج سيد عبد الله علشان يتكلم عن الكفيل في الجلسة العامة.", "سيد عبد الله", None, None),
])
def test_team_captain_and_colloquial_so_that(rules: ExtractRules, body: str, name: str, title: str | None,
                                            honorific: str | None) -> None:
    sp = _extract(body, rules, "ar").speakers[0]
    assert sp.name == name
    assert sp.title == title
    if honorific is not None:
        assert sp.honorific == honorific


# "متاع" / "بتاع" (colloquial "of") and "مع" ("with") between a title and the organisation it serves
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("أنا محمد صالح أبكر، secrétaire général متاع رابطة الجالية التشادية في تونس. نحب نشارك بمداخلة في المائدة المستديرة الثانية.",
     "ar", "secrétaire général", "رابطة الجالية التشادية في تونس"),
    ("نرشح:\n1. الدكتورة آمنة يوسف إدريس، طبيبة متطوعة مع Mussafah Workers Mosque Committee، للمداخلة في الجلسة العامة.",
     "ar", "طبيبة متطوعة", "Mussafah Workers Mosque Committee"),
    ("نرشح:\n1. السيدة نادية فرج، منسقة متطوعة مع جمعية النور للتنمية، للمداخلة في الجلسة العامة.",
     "ar", "منسقة متطوعة", "جمعية النور للتنمية"),
    ("انا سامح فؤاد، مدير بتاع جمعية الصعايدة في عمان، وعايز اتكلم في المائدة المستديرة الأولى.",
     "ar", "مدير", "جمعية الصعايدة في عمان"),
])
def test_colloquial_of_and_with_split_title_from_organisation(rules: ExtractRules, body: str, language: str,
                                                              title: str, affiliation: str) -> None:
    sp = _extract(body, rules, language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


def test_with_that_names_no_organisation_stays_in_the_title(rules: ExtractRules) -> None:
    # "مع الشركاء" (with the partners) names no organisation: the title is kept whole
    body = "نرشح:\n1. السيدة نادية فرج، منسقة العمل مع الشركاء، للمداخلة في الجلسة العامة."
    assert _extract(body, rules, "ar").speakers[0].title == "منسقة العمل مع الشركاء"


# "أما أنا فلن أتحدث": the writer declines, and is no speaker
@pytest.mark.parametrize("tail", [
    "أما أنا فلن أتحدث، وأنا جهة الاتصال للمتابعة.",
    "أما أنا فلا أرغب في الحديث.",
    "وأنا فلم أكن متاحاً في ذلك التاريخ.",
])
def test_a_writer_who_declines_is_no_speaker(rules: ExtractRules, tail: str) -> None:
    body = ("السلام عليكم\nيسرنا أن نرشح السيد خالد عبد الرحيم، منسق في جمعية الأمل، للمداخلة في المائدة المستديرة الأولى.\n"
            f"{tail}\n\nمع التحية\nحسن إبراهيم")
    names = [sp.name for sp in _extract(body, rules, "ar").speakers]
    assert names == ["خالد عبد الرحيم"]


# A group admin's signature: "Admin" is a title, the group the organisation
_FR_ADMIN = ("Bonjour,\n\nJe vous écris au nom du Réseau des Migrants Guinéens de Tunis (RMGT), notre groupe WhatsApp.\n\n"
             "On voudrait proposer Mme Mariama Bah, notre porte-parole, pour une intervention dans la table ronde 3.\n\n"
             "Cordialement\nKadiatou Barry\n{}\n")
_EN_ADMIN = ("Dear team,\n\nI am writing on behalf of the Filipino Domestic Workers Network Jordan (FDWNJ).\n\n"
             "We would like to propose Ms Liza Santos, our coordinator, to speak in the open discussion.\n\n"
             "Best regards,\nJoy Cruz\n{}\n")


@pytest.mark.parametrize(("template", "line", "language", "affiliation"), [
    (_FR_ADMIN, "Admin du groupe RMGT", "fr", "Réseau des Migrants Guinéens de Tunis (RMGT)"),
    (_FR_ADMIN, "Admin du réseau RMGT", "fr", "Réseau des Migrants Guinéens de Tunis (RMGT)"),
    (_EN_ADMIN, "Admin of the FDWNJ group", "en", "Filipino Domestic Workers Network Jordan (FDWNJ)"),
])
def test_a_group_admin_signature_does_not_replace_the_organisation(rules: ExtractRules, template: str, line: str,
                                                                   language: str, affiliation: str) -> None:
    sp = _extract(template.format(line), rules, language).speakers[0]
    assert sp.affiliation == affiliation


# Community choirs are organisations
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear Sir/Madam,\nI would like to ask for a floor intervention in a plenary session.\n\nWarm regards,\nMaria Santos\n"
     "Choir Director, Saint Joseph Filipino Choir Dubai\n", "en", "Saint Joseph Filipino Choir Dubai"),
    ("Bonjour,\nJe souhaite prendre la parole en séance plénière.\n\nCordialement,\nJeanne Mbala\n"
     "Présidente, Chorale Saint-Paul de Tunis\n", "fr", "Chorale Saint-Paul de Tunis"),
    ("تحية طيبة\nأرغب في المشاركة بمداخلة في الجلسة العامة.\n\nمع التحية\nسلمى داود\nمديرة كورال صوت المهاجرين\n",
     "ar", "كورال صوت المهاجرين"),
])
def test_a_choir_is_an_organisation(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    assert _extract(body, rules, language).speakers[0].affiliation == affiliation


def test_choir_practice_names_no_organisation(rules: ExtractRules) -> None:
    body = ("Dear Sir/Madam,\nAfter choir practice tonight our members agreed that I should ask for a floor intervention "
            "in a plenary session.\n\nWarm regards,\nMaria Santos\n")
    assert _extract(body, rules, "en").speakers[0].affiliation is None


# Gladness at our acknowledgement adds nothing
@pytest.mark.parametrize(("text", "nothing"), [
    ("Dear colleagues,\n\nThank you very much for the confirmation. Our members were very happy to hear it. "
     "We are looking forward to the meeting.\n\nBest regards,\nBishnu", True),
    ("Thanks a lot! We are so glad to hear that.\n\nAmina", True),
    ("Merci pour la confirmation, nous sommes très heureux de l'apprendre.\n\nAwa", True),
    ("شكراً جزيلاً على التأكيد، سعدنا كثيرا بهذا الخبر.\n\nمنى", True),
    # glad, and asking for something new
    ("Thank you, we are happy to hear it. Could you also register our treasurer?\n\nBishnu", False),
    ("Thank you, we were happy to hear it. We would also like to nominate Ms Rita Tamang for the plenary.\n\nBishnu",
     False),
])
def test_gladness_at_the_news_adds_nothing(text: str, nothing: bool) -> None:
    assert adds_nothing(split(text)) is nothing
