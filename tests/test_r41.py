"""Round 41: a colloquial Arabic wish to speak in the open discussion, a speaking request left undecided or
conditional next to a report, and a rapporteur of a body named in a title (not the role). Each family is
written by invented senders in the languages it concerns, with near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.model import Decision
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run


def _decide(ruleset, subject: str, body: str, report: str | None = None) -> Decision:
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<r41@example.org>"
    msg.set_content(body)
    if report:
        msg.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename=report)
    parsed = parse(bytes(msg))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None)


# 1. A colloquial "I'd like to take part" in the open discussion (or the roundtables) asks to speak
@pytest.mark.parametrize("body", [
    "مرحبا\nحابب شارك بالنقاش المفتوح تبع المشاورة إذا ممكن.\nشكرا\nسامر العلي\n",
    "السلام عليكم\nبدنا نشارك بالحوار المفتوح يوم ٢٣ شباط، نحنا جمعية صغيرة بطرابلس.\nرنا\n",
    "أهلا\nعايزة اتكلم في المناقشة المفتوحة عن أوضاع العاملات.\nمنى سعيد\n",
    "مرحبا\nحابين نحكي بالموائد المستديرة عن موضوع الترحيل.\nفريق شبكة الأمل\n",
])
def test_colloquial_wish_to_speak_in_open_discussion(body: str, ruleset) -> None:
    assert _decide(ruleset, "مشاركة", body).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "مرحبا\nحابب احضر النقاش المفتوح بس كمستمع.\nسامر\n",  # to attend, not to speak
    "مرحبا\nبدي اعرف موعد النقاش المفتوح لو سمحتو.\nرنا\n",  # a question about the date
])
def test_colloquial_attend_or_ask_is_not_a_request(body: str, ruleset) -> None:
    assert _decide(ruleset, "سؤال", body).category != "speaker_request"


# 2. A report whose sender leaves the speaking request undecided or for a later message, "if applicable"
_REPORT_EN = "Dear colleagues,\nPlease find attached the voluntary GCM review report of our network.\n{}\nBest regards,\nLeila\n"
_REPORT_FR = "Madame, Monsieur,\nVeuillez trouver ci-joint le rapport d'examen volontaire du PMM de notre réseau.\n{}\n" \
    "Cordialement,\nNadia\n"
_REPORT_AR = "السادة الكرام،\nيسرنا أن نرسل إليكم مرفقاً التقرير الطوعي لاستعراض الاتفاق العالمي من شبكتنا.\n{}\nمع التحية\nسلمى\n"


@pytest.mark.parametrize(("template", "sentence"), [
    (_REPORT_EN, "We have not yet decided whether to request a speaking role; if we do, we will write separately."),
    (_REPORT_EN, "We are still discussing whether we would ask for a floor intervention at the plenary."),
    (_REPORT_EN, "If relevant, our speaker nomination for roundtable 3 will follow in a separate email."),
    (_REPORT_FR, "Nous n'avons pas encore décidé si nous allons demander une intervention en table ronde."),
    (_REPORT_FR, "Nous vous enverrons séparément, le cas échéant, la proposition d'intervenant de la coalition."),
    (_REPORT_FR, "La proposition d'oratrice suivra éventuellement dans un autre courriel."),
    (_REPORT_AR, "لم نقرر بعد ما إذا كنا سنطلب مداخلة في المائدة المستديرة."),
    (_REPORT_AR, "لم نحسم بعد إذا كنا نرغب في طلب مداخلة في الجلسة العامة."),
    (_REPORT_AR, "عند الاقتضاء سنرسل ترشيح المتحدث في رسالة لاحقة."),
])
def test_undecided_speaking_request_leaves_a_report(template: str, sentence: str, ruleset) -> None:
    decision = _decide(ruleset, "GCM report", template.format(sentence), report="GCM_voluntary_report_2021.pdf")
    assert decision.category == "voluntary_report"


@pytest.mark.parametrize(("template", "sentence"), [
    # undecided about who speaks, not about asking: the request stands
    (_REPORT_EN, "We have not yet decided whether Dr Lina Haddad or Mr Omar Said will speak, but we request a floor "
                 "intervention in roundtable 2."),
    (_REPORT_EN, "We nominate Ms Hana Qasem to speak in the plenary. If needed, her deputy will attend."),
    (_REPORT_FR, "Nous n'avons pas encore décidé qui interviendra, mais nous souhaitons une intervention en table ronde 3."),
    (_REPORT_AR, "نرغب في تقديم مداخلة في الجلسة العامة، ولم نقرر بعد اسم المتحدث."),
])
def test_a_request_beside_an_open_detail_stands(template: str, sentence: str, ruleset) -> None:
    decision = _decide(ruleset, "GCM report", template.format(sentence), report="GCM_voluntary_report_2021.pdf")
    assert decision.category == "both"


# 3. A rapporteur of a body, or a special rapporteur, in a title is not the rapporteur role
@pytest.mark.parametrize(("body", "language"), [
    ("Dear Secretariat,\nWe would like to request a floor intervention in the plenary.\nName: Hon. Rami Saleh\n"
     "Title: Member of Parliament; Rapporteur of the Finance and Budget Committee\nAffiliation: Parliament of Lebanon\n", "en"),
    ("Dear team,\nWe propose Ms Aisha Noor to speak in a plenary session.\nName: Aisha Noor\n"
     "Title: Special Rapporteur on migrant workers' rights\nAffiliation: Arab Human Rights Commission\n", "en"),
    ("Bonjour,\nNous souhaitons demander une intervention en plénière.\nNom : Karima Benali\n"
     "Fonction : Députée, rapporteuse de la commission des affaires sociales\nOrganisation : Assemblée populaire nationale\n", "fr"),
    ("تحية طيبة\nنرجو تسجيل طلب مداخلة في الجلسة العامة\nالاسم: خالد الزعبي\nالصفة: نائب، مقرر لجنة العمل\n"
     "الجهة: مجلس النواب الأردني\n", "ar"),
])
def test_rapporteur_of_a_body_in_a_title_is_no_role(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [sp.roles for sp in fields.speakers] == [("plenary",)]


@pytest.mark.parametrize(("body", "language"), [
    ("Dear team,\nWe would like Ms Dana Farah to serve as rapporteur of the consultation.\nName: Dana Farah\n"
     "Title: Programme Officer\nAffiliation: Tamkeen\n", "en"),
    ("Bonjour,\nNous proposons Mme Sara Idrissi comme rapporteuse de la consultation.\nNom : Sara Idrissi\n"
     "Fonction : Chargée de programme\nOrganisation : Association Amal\n", "fr"),
    ("تحية طيبة\nنرشح السيدة هدى منصور للقيام بدور المقرر\nالاسم: هدى منصور\nالصفة: منسقة برامج\nالجهة: جمعية النهضة\n", "ar"),
])
def test_rapporteur_role_still_read(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [sp.roles for sp in fields.speakers] == [("rapporteur",)]
