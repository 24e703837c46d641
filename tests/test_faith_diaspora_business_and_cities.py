"""Families found in the blind sets of session 42 (holdout298-301): faith-based organisations, diaspora and return,
the private sector, local authorities.

- A file the text says is no part of the report ("You will also find our February prayer letter attached ... it is not
  part of the report", "attached, for background only, our Shariah Board's guidance", « n'a pas vocation à faire
  partie du rapport », "للاطلاع فقط") is never the report, when the sentence names it by most words of its name.
- « J'ai l'honneur de vous transmettre ci-dessous ... la lettre » over a letter ruled off below: the letter is the
  sender's request passed on, not a quoted message.
- "Our Bureau meets on 2 February to agree on names" asks for nothing yet; "ولا بدنا ناخد الكلمة" declines.
- « Je dois malheureusement la retirer » (the request named in the sentence before) withdraws it; « ne proposera pas
  d'autre intervenant » proposes no one in its place.
- "Further to my colleague's email of 2 February nominating X, I am delighted to share our report" and « La
  proposition de M. X comme rapporteur reste inchangée » recount a request: no new one.
- "the Rev. Canon Dr. X": "Canon" is a form of address too.
- A charity's letter ("مبرة ...", "... Charity for ...") closed with "والله ولي التوفيق" over its office's signature: the
  formula is a closing, the charity the body its chairman speaks for.
"""

from __future__ import annotations

import pytest

from intake.classify import Ruleset, classify
from intake.extract import ExtractRules
from intake.model import Decision
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.mails import mail

PDF = "application/pdf"


def _decision(subject: str, body: str, ruleset: Ruleset, files: tuple[str, ...] = (), thread: str | None = None) -> Decision:
    parsed = parse(mail(subject=subject, body=body, attachments=[(f, PDF, b"%PDF-1.4 x") for f in files]))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, thread)


@pytest.mark.parametrize(("body", "report", "aside"), [
    ("Please find attached our voluntary GCM review report in two files.\n\nYou will also find our February prayer "
     "letter attached, which I send to all our partners - it is not part of the report.\n\nBlessings,\nRana",
     "GoodShepherd_GCM_Review_2021_Narrative.pdf", "Prayer Letter - February 2021.pdf"),
    ("Please find attached our voluntary GCM review report.\n\nI have also attached, for background only, our Shariah "
     "Board's 2019 guidance on zakat for stranded migrants.\n\nRegards,\nAisha",
     "UCZF_Voluntary_GCM_Review_Report_2021.pdf", "Shariah Board guidance - Zakat for stranded migrants (2019).pdf"),
    ("Veuillez trouver ci-joint notre rapport volontaire.\n\nLa note interne sur les intermédiaires, jointe, n'a pas "
     "vocation à faire partie du rapport.\n\nCordialement,\nAmel", "Rapport_volontaire_RMRA_2021.pdf",
     "Note interne RMRA - intermediaires.pdf"),
    ("مرفق تقريرنا الطوعي.\n\nكما نرفق دليل الزكاة للمهاجرين العالقين للاطلاع فقط.\n\nمع التحية،\nعائشة",
     "التقرير الطوعي 2021.pdf", "دليل الزكاة للمهاجرين العالقين.pdf"),
])
def test_a_file_the_text_says_is_no_part_of_the_report(body: str, report: str, aside: str, ruleset: Ruleset) -> None:
    decision = _decision("Voluntary report", body, ruleset, (report, aside))
    assert decision.category == "voluntary_report"
    assert decision.report_attachments == (report,)


def test_near_miss_a_sentence_that_names_no_file(ruleset: Ruleset) -> None:
    body = ("Please find attached our voluntary review report and its annex.\n\nThe map is for background only.\n\n"
            "Regards,\nAisha")
    files = ("Voluntary review report 2021.pdf", "Annex - data tables 2021.pdf")
    assert _decision("Voluntary report", body, ruleset, files).report_attachments == files


def test_near_miss_a_photo_disowned_beside_an_annex_sharing_a_word_or_two(ruleset: Ruleset) -> None:
    body = ("Please find attached our voluntary GCM review report, together with an annex of case studies collected in "
            "Kuwait, Qatar and Bahrain.\n\nI also attach a photo from our national validation workshop (Kuwait City) in "
            "case it is useful for your communications - it is not part of the report.\n\nBest regards,\nPriya")
    files = ("MWRN Voluntary GCM Review Report 2021 FINAL.pdf", "Annex - Case studies (Kuwait, Qatar, Bahrain).docx")
    assert _decision("Voluntary report + annex", body, ruleset, files).report_attachments == files


def test_a_letter_passed_on_below_a_rule(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nD'ordre de Monsieur le Président du Conseil de la Commune, j'ai l'honneur de vous "
            "transmettre ci-dessous la lettre relative à la participation de la Commune.\n\n"
            "______________________________\n\nCOMMUNE DE BERKANE\nLe Président du Conseil communal\n\nMadame,\n\n"
            "J'ai l'honneur de vous informer que la Commune sera représentée par Mme Rachida Amzil, Vice-présidente "
            "chargée des affaires sociales, qui souhaiterait intervenir lors de la table ronde thématique n° 2.\n\n"
            "Le Président du Conseil communal\nMohammed El Ghazouani\n______________________________\n\n"
            "Bien cordialement,\nImane Boutaleb\nChargée de communication\nCommune de Berkane\n")
    assert _decision("Lettre du Président du Conseil communal", body, ruleset).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Several of our mayors would like to take the floor, two of them in the roundtables. Should each city write to you "
    "on its own? Our Bureau meets on 2 February to agree on names.",
    "Plusieurs de nos maires souhaitent prendre la parole lors des tables rondes. Le bureau se réunit le 2 février pour "
    "arrêter les noms.",
    "نود ترشيح بعض رؤساء البلديات لإلقاء كلمة في المائدة المستديرة، وسيجتمع المكتب في 2 فبراير لاختيار الأسماء.",
])
def test_names_still_to_be_agreed(body: str, ruleset: Ruleset) -> None:
    assert _decision("Questions", body, ruleset).category == "other"


def test_nor_do_we_want_to_take_the_floor(ruleset: Ruleset) -> None:
    body = "أنا وشريكي حابين نحضر ونسمع، بس ما عنا تقرير ولا بدنا ناخد الكلمة، بدنا نحضر بس.\nشكراً\nنبيل"
    assert _decision("حضور المؤتمر", body, ruleset).category == "other"


@pytest.mark.parametrize(("body", "language"), [
    ("Je reviens vers vous au sujet de ma demande d'intervention ci-dessous.\nJe dois malheureusement la retirer : je "
     "serai à Alger du 20 au 28 février.", "fr"),
    ("About my speaking request below.\nI unfortunately have to withdraw it, as I will be travelling.", "en"),
])
def test_a_request_withdrawn_by_a_pronoun(body: str, language: str, rules: ExtractRules) -> None:
    assert run(message(body), rules, language=language).withdrawal


@pytest.mark.parametrize("body", [
    "Je dois malheureusement retirer ma demande. Le collectif ne proposera pas d'autre intervenant·e cette fois-ci.",
    "I unfortunately have to withdraw my request. We will not propose another speaker this time.",
])
def test_no_one_proposed_in_the_withdrawn_one_s_place(body: str, ruleset: Ruleset) -> None:
    decision = _decision("Re: Demande d'intervention", body, ruleset, thread="speaker_request")
    assert "withdrawn-without-replacement" in {h.rule for h in decision.hits}


@pytest.mark.parametrize(("body", "files"), [
    ("Further to my colleague Rami Tannous's email of 2 February nominating our Chief People Officer for Roundtable 1, "
     "I am delighted to share our voluntary GCM review report (attached).\n\nWarm regards,\nLeen",
     ("Voluntary GCM Review Report 2021.pdf",)),
    ("Veuillez trouver ci-joint la version définitive de notre rapport volontaire.\n\nLa proposition de M. Karim Ben "
     "Salah comme rapporteur reste inchangée.\n\nBien cordialement,\nAmel", ("Rapport volontaire FNESR.pdf",)),
])
def test_a_report_that_recounts_a_nomination(body: str, files: tuple[str, ...], ruleset: Ruleset) -> None:
    assert _decision("Voluntary report", body, ruleset, files).category == "voluntary_report"


def test_a_canon_s_forms_of_address(rules: ExtractRules) -> None:
    body = ("We are pleased to propose the Rev. Canon Dr. Daniel Asirvatham, Senior Chaplain, as rapporteur.\n\n"
            "With every blessing,\nPriya Fernandes\nThe Anglican Chaplaincy of St. Columba\n")
    assert [s.name for s in run(message(body), rules).speakers] == ["Daniel Asirvatham"]


def test_a_charity_s_letter_closed_with_a_pious_formula(rules: ExtractRules) -> None:
    body = ("مبرة الإحسان لرعاية العمالة الوافدة\nAl-Ihsan Charity for the Care of Expatriate Workers\n"
            "مكتب رئيس مجلس الإدارة | Office of the Chairman\n\n"
            "يطيب لي أن أنقل إليكم رغبة فضيلة الشيخ الدكتور عبد الله ناصر المطيري، رئيس مجلس الإدارة، في إلقاء مداخلة في "
            "الجلسة العامة للمؤتمر.\n\nوتفضلوا بقبول فائق الاحترام والتقدير،،،\nوالله ولي التوفيق\n\n"
            "مدير مكتب رئيس مجلس الإدارة\nفهد سالم العنزي\nهاتف: 00965 2200 0000\n")
    assert [(s.name, s.affiliation) for s in run(message(body), rules, language="ar").speakers] == [
        ("عبد الله ناصر المطيري", "مبرة الإحسان لرعاية العمالة الوافدة")]
