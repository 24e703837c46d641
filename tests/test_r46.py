"""Round r46: a nomination form whose labelled lines include the role wanted, even one left to the organisers and
even when forwarded ("الدور: نترك للمنظمين اختيار الجلسة"); a device's footer ("Sent from my iPhone") under the
sender's closing and name; and a post after "I work as" / "I serve as" written without an article ("I work as
Director of X at Y"). Each family in several languages and word orders, with near-misses that must not change."""

from __future__ import annotations

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.text import carry_forward, split
from tests.extracting import message, run


def _category(body: str, subject: str, ruleset) -> str:
    parsed = message(body, subject=subject)
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset).category


# ---------------------------------------------------------------------------------------------
# A labelled form that also gives the role wanted is a nomination, even forwarded and with no role word

_FWD_AR = ("مساء الخير،\nأحوّل لكم رسالة الأستاذة بخصوص المشاركة.\nتحياتي،\nسلمى\n\n"
           "---------- Forwarded message ---------\nFrom: Nour Kassem <n.kassem@example.org>\n"
           "Subject: طلب مشاركة\n\nالرجاء إرسال البيانات التالية إلى الأمانة:\n\n{}\n\nشكراً\n")
_FWD_EN = ("Hello,\nForwarding the note below from our chair.\nBest,\nTom\n\n"
           "---------- Forwarded message ---------\nFrom: Grace Achieng <g.achieng@example.org>\n"
           "Subject: Participation\n\nPlease pass these details on to the secretariat:\n\n{}\n\nThanks\n")
_FWD_FR = ("Bonjour,\nJe vous transfère le message de notre présidente.\nCordialement,\nLuc\n\n"
           "---------- Forwarded message ---------\nFrom: Awa Diallo <a.diallo@example.org>\n"
           "Subject: Participation\n\nMerci de transmettre les informations suivantes au secrétariat :\n\n{}\n\nMerci\n")


@pytest.mark.parametrize(("template", "form", "subject"), [
    (_FWD_AR, "الاسم: نور قاسم\nالصفة: رئيسة الجمعية\nالجهة: جمعية التضامن مع العمال المهاجرين\n"
              "الدور: نترك للمنظمين اختيار الجلسة المناسبة", "Fwd: طلب مشاركة"),
    (_FWD_AR, "الاسم الثلاثي: سامي فؤاد الحلبي\nالجهة: مرصد العمل اللائق\nالمسمى الوظيفي: باحث\n"
              "الدور المطلوب: حسب ما ترونه مناسباً", "Fwd: مشاركة"),
    (_FWD_EN, "Name: Grace Achieng\nTitle: Chairperson\nOrganisation: Kenya Domestic Workers Link\n"
              "Role: whichever session the organisers see fit", "Fwd: Participation"),
    (_FWD_EN, "Full name: Peter Otieno\nPosition: Legal Officer\nRequested role: to be decided by the organisers",
     "Fwd: Participation"),
    (_FWD_FR, "Nom : Awa Diallo\nFonction : Présidente\nStructure : Réseau des femmes migrantes\n"
              "Rôle souhaité : selon le choix des organisateurs", "TR: Participation"),
])
def test_a_forwarded_form_with_a_role_line_is_a_nomination(template: str, form: str, subject: str, ruleset) -> None:
    assert _category(template.format(form), subject, ruleset) == "speaker_request"


@pytest.mark.parametrize(("template", "form", "subject"), [
    # the role line says attending or observing, or being the report's contact: no speaker
    (_FWD_AR, "الاسم: نور قاسم\nالصفة: رئيسة الجمعية\nالجهة: جمعية التضامن\nالدور: حضور فقط", "Fwd: طلب مشاركة"),
    (_FWD_EN, "Name: Grace Achieng\nTitle: Chairperson\nOrganisation: KDWL\nRole: observer", "Fwd: Participation"),
    (_FWD_EN, "Name: Grace Achieng\nTitle: Chairperson\nRole: focal point for our report", "Fwd: Participation"),
    (_FWD_FR, "Nom : Awa Diallo\nFonction : Présidente\nRôle : auditrice", "TR: Participation"),
    # no role line at all: the forwarded details alone do not decide
    (_FWD_AR, "الاسم: نور قاسم\nالصفة: رئيسة الجمعية\nالجهة: جمعية التضامن", "Fwd: طلب مشاركة"),
])
def test_a_form_whose_role_line_asks_no_speaking_stays_undecided(template: str, form: str, subject: str,
                                                                 ruleset) -> None:
    assert _category(template.format(form), subject, ruleset) == "other"


# ---------------------------------------------------------------------------------------------
# A device's footer under the closing and name does not hide the speaker's block above the closing

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear team,\n\nPlease register Ms. Leila Haddad for a floor intervention in roundtable 2.\n\nLeila Haddad\n"
     "Director, Beirut Workers Support Centre (BWSC)\n\nThanks,\nSami\n\nSent from my iPhone\n",
     "en", "Leila Haddad", "Director"),
    ("Hi,\n\nKindly include Mr. Joseph Mensah as a speaker in the plenary.\n\nJoseph Mensah\n"
     "Programme Manager, Ghana Returnees Network\n\nRegards,\nAma\n\nSent from my Samsung Galaxy smartphone.\n",
     "en", "Joseph Mensah", "Programme Manager"),
    ("Bonjour,\n\nMerci d'inscrire Mme Fatou Ndiaye pour une intervention à la table ronde 3.\n\nFatou Ndiaye\n"
     "Coordinatrice, Collectif des travailleuses migrantes\n\nCordialement,\nMoussa\n\nEnvoyé de mon iPhone\n",
     "fr", "Fatou Ndiaye", "Coordinatrice"),
    ("مرحباً،\n\nنود ترشيح السيدة هدى منصور للمشاركة بمداخلة في المائدة المستديرة الثانية.\n\nهدى منصور\n"
     "مديرة، مركز حقوق العمال المهاجرين\n\nتحياتي،\nكريم\n\nأرسلت من iPhone\n",
     "ar", "هدى منصور", "مديرة"),
])
def test_a_device_footer_leaves_the_speaker_block(body: str, language: str, name: str, title: str,
                                                  rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


def test_the_signature_opens_at_the_closing_above_a_device_footer() -> None:
    parts = split("Dear team,\nPlease find our request below.\n\nKind regards,\nRania\n\nSent from my iPhone")
    assert parts.new == "Dear team,\nPlease find our request below."
    assert parts.signature == "Kind regards,\nRania\n\nSent from my iPhone"


def test_a_device_footer_alone_is_still_the_signature() -> None:
    # near-miss: no closing above it, the footer alone is set apart and the text stays whole
    parts = split("Dear team,\nRania Aziz will speak in roundtable 1.\n\nSent from my iPhone")
    assert parts.new == "Dear team,\nRania Aziz will speak in roundtable 1."
    assert parts.signature == "Sent from my iPhone"


# ---------------------------------------------------------------------------------------------
# "I work as" / "I serve as" a post without an article

_SIG = "\n\nBest regards,\n\nOmar Haddad\nGulf Migrant Rights Forum\n"


@pytest.mark.parametrize(("body", "title"), [
    ("Dear colleagues,\nI would like to put myself forward as rapporteur. I work as Director of the Legal Aid Unit "
     "at the Gulf Migrant Rights Forum, and I have followed the consultations.", "Director of the Legal Aid Unit"),
    ("Dear team,\nI would like to take the floor in roundtable 2. I work as Senior Legal Adviser with the Gulf "
     "Migrant Rights Forum.", "Senior Legal Adviser"),
    ("Hello,\nAs I serve as Head of Outreach at the Gulf Migrant Rights Forum, I would like to speak in the plenary.",
     "Head of Outreach"),
    ("Dear team,\nI serve as Programme Coordinator of the Gulf Migrant Rights Forum and would like to speak in "
     "roundtable 4.", "Programme Coordinator"),
])
def test_a_post_after_work_as_without_an_article(body: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body + _SIG), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Omar Haddad", title)]


@pytest.mark.parametrize("body", [
    # "work as" in another sense: no post follows
    "Dear team,\nI would like to volunteer as rapporteur. I work as part of a coalition of unions.",
    "Dear team,\nI would like to volunteer as rapporteur. I work as hard as anyone on these issues.",
    # "I am" still needs its article: "I am pleased ..." says no post
    "Dear team,\nI am pleased to volunteer as rapporteur for the Director of our Forum.",
])
def test_work_as_in_another_sense_gives_no_title(body: str, rules: ExtractRules) -> None:
    fields = run(message(body + _SIG), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Omar Haddad", None)]
