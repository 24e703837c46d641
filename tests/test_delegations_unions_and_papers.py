"""Families found in the blind sets of session 42 (holdout294-297): trade unions, academics, mobile mail, national
institutions and their delegations.

- The session named before the nominating verb: "for roundtable 4 we nominate X", « pour la table ronde 4 nous
  proposons X », "للطاولة المستديرة 4 نرشح X"; not a proposal of something else ("we propose that ...", « nous
  proposons d'aborder ... », "نقترح مناقشة ...").
- A body that will decide later whether it asks ("will decide whether the Federation proposes a speaker") asks for
  nothing yet; a request said to have been sent and acknowledged before, asked about, is on file already.
- Speakers "proposés le 4 février (...)" who "restent inchangés" are no new request; the Tunisian "كنا حابين زادة
  نقترحوا ... أما ..." gives the wish up.
- A letter attached by its name ("Lettre n°047-P-CNDH.pdf", "خطاب الأمين العام - صادر 214.pdf") is no report.
- A delegation list where one member attends "sans prise de parole" still asks for the others' roles; "no
  additional speaking time is requested" asks for none; "the request for a statement ... is hereby withdrawn"
  withdraws it.
- Footnotes under the sign-off are no signature; "I would speak in my capacity as X at Y" gives the post and body
  spoken for; "and lead author of the report" opens a second post.
- A table written with tabs: a body's name never runs into the next cell; a role cell "-" marks a member who only
  attends; a sentence that names one member of a registered delegation by their post singles them out.
- "Mr X, Alternate Head of Delegation, will regrettably be unable to take part" is absent.
- A designation letter attached lists « Titulaire : M. X, ... » over « Suppléante : Mme Y, ... »: both are proposed,
  for the body the message names; a post the letter's text gives without its accents is written as the body writes it.
"""

from __future__ import annotations

import pytest

from intake.classify import Ruleset, classify
from intake.extract import ExtractRules
from intake.extract_orgs import split_title
from intake.model import Decision, DocText
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.mails import mail

PDF = "application/pdf"


def _decision(subject: str, body: str, ruleset: Ruleset, files: tuple[str, ...] = ()) -> Decision:
    parsed = parse(mail(subject=subject, body=body, attachments=[(f, PDF, b"%PDF-1.4 x") for f in files]))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None)


def _people(body: str, rules: ExtractRules, language: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    return [(s.name, s.title, s.affiliation) for s in run(message(body), rules, language=language).speakers]


@pytest.mark.parametrize("body", [
    "Hello, for roundtable 4 we nominate Moussa Keita, coordinator, Association of Sub-Saharan Migrants. Thanks",
    "Bonsoir, pour la table ronde 4 nous proposons Moussa Keïta, coordinateur, Association des Migrants. Merci",
    "Bonsoir, pour la plénière, nous désignons Mme Awa Ba, présidente, Association des Migrants. Merci",
    "مساء الخير، للطاولة المستديرة 4 نرشح موسى كيتا، منسق جمعية المهاجرين. شكرا",
])
def test_the_session_named_before_the_nominee(body: str, ruleset: Ruleset) -> None:
    assert _decision("", body, ruleset).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "For roundtable 2 we propose that the recommendations include domestic workers.",
    "Pour la table ronde 2 nous proposons d'aborder le thème du travail saisonnier.",
    "في المائدة المستديرة الثانية نقترح مناقشة موضوع العمالة المنزلية.",
])
def test_a_session_and_a_proposal_of_something_else(body: str, ruleset: Ruleset) -> None:
    assert _decision("", body, ruleset).category == "other"


@pytest.mark.parametrize("body", [
    "Our Executive Bureau meets on 4 February and will decide whether the Federation proposes a speaker, most likely"
    " our President.",
    "Le bureau se réunit le 4 février et décidera si la fédération propose un intervenant.",
    "سيجتمع المكتب التنفيذي في 4 فبراير وسيقرر ما إذا كان الاتحاد سيرشح متحدثا لإلقاء كلمة.",
])
def test_a_body_that_will_decide_later_whether_it_asks(body: str, ruleset: Ruleset) -> None:
    assert _decision("Questions", body, ruleset).category == "other"


@pytest.mark.parametrize("body", [
    "Our request for Ms Hala Nasser to speak in roundtable 2, which we sent on 2 February, was acknowledged. Could you"
    " tell us when the programme is out?",
    "Notre demande d'intervention pour Mme Awa Ba, que nous avons envoyée le 2 février, a bien été enregistrée. "
    "Pourriez-vous nous dire quand le programme sera publié ?",
    "طلب مداخلة الدكتورة هالة ناصر في الطاولة المستديرة الذي أرسلناه بتاريخ 2 فبراير وقد تم تأكيد استلامه. نرجو"
    " إفادتنا بموعد نشر البرنامج.",
])
def test_a_request_acknowledged_before_and_asked_about(body: str, ruleset: Ruleset) -> None:
    assert _decision("Programme", body, ruleset).category == "other"


def test_a_request_sent_before_with_a_new_nominee_is_a_request(ruleset: Ruleset) -> None:
    body = ("Our request which we sent on 2 February was acknowledged. We would now like to propose Ms Hala Nasser to"
            " speak in roundtable 2 instead of Mr Omar Aziz. Could you update the list?")
    assert _decision("Speaker change", body, ruleset).category == "speaker_request"


@pytest.mark.parametrize(("body", "language_files"), [
    ("Veuillez trouver ci-joint notre rapport volontaire conjoint.\n\nNos deux intervenants proposés le 4 février "
     "(discussion ouverte et deuxième table ronde) restent inchangés.\n\nCordialement,\nHela", "Rapport conjoint.pdf"),
    ("Please find attached our joint voluntary report.\n\nOur two speakers proposed on 4 February (open discussion and"
     " roundtable 2) remain unchanged.\n\nBest,\nHela", "Joint report.pdf"),
    ("تلقاو في المرفق التقرير الطوعي المشترك متاع النقابتين.\nكنا حابين زادة نقترحوا واحد منا يحكي في المائدة "
     "المستديرة، أما فهمنا اللي الآجال فاتت، ماعادش نطلبوا.\nمنير", "التقرير المشترك.pdf"),
])
def test_a_report_that_asks_for_no_new_speaker(body: str, language_files: str, ruleset: Ruleset) -> None:
    assert _decision("Rapport", body, ruleset, (language_files,)).category == "voluntary_report"


@pytest.mark.parametrize("letter", ["Lettre n°047-P-CNDH – Examen régional PMM.pdf", "Lettre_ARP_CTEM_2021-036.pdf",
                                    "خطاب الأمين العام - صادر 214.pdf", "Letter_Minister_2021.pdf"])
def test_a_letter_by_its_name_is_no_report(letter: str, ruleset: Ruleset) -> None:
    body = "Please find attached our letter and our voluntary GCM review report.\n\nBest regards,\nSonia"
    decision = _decision("Voluntary report", body, ruleset, (letter, "Voluntary GCM review report 2021.pdf"))
    assert decision.report_attachments == ("Voluntary GCM review report 2021.pdf",)


def test_a_letter_named_as_the_report_is_the_report(ruleset: Ruleset) -> None:
    body = "Please find attached our voluntary GCM review report.\n\nBest regards,\nSonia"
    decision = _decision("Voluntary report", body, ruleset, ("Letter from migrant workers - our report.pdf",))
    assert decision.report_attachments == ("Letter from migrant workers - our report.pdf",)


def test_a_delegation_where_one_member_only_attends(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nLa délégation se compose comme suit :\n"
            "1. Mme Olfa Ben Romdhane, Présidente de la Commission : intervention en séance plénière ;\n"
            "2. M. Hichem Jaziri, Vice-président de la Commission : intervention dans la table ronde thématique n° 1 ;\n"
            "3. Mme Ines Khemiri, Rapporteure de la Commission : membre de la délégation, sans prise de parole.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.\nSonia Trabelsi")
    assert _decision("Participation de la Commission", body, ruleset).category == "speaker_request"


def test_no_additional_speaking_time(ruleset: Ruleset) -> None:
    body = ("Ms. Maryam Al-Aali will lead the delegation and will deliver the intervention in Thematic Roundtable 3, as"
            " already communicated on 5 February; no additional speaking time is requested.")
    assert _decision("Delegation", body, ruleset).scores[1][1] < 2


@pytest.mark.parametrize(("body", "language"), [
    ("Consequently, the request for a statement in the plenary session is hereby withdrawn.", "en"),
    ("Par conséquent, la demande d'intervention en séance plénière est donc retirée.", "fr"),
    ("وعليه فإن طلب المداخلة في الجلسة العامة قد تم سحبه.", "ar"),
])
def test_a_request_said_withdrawn_in_the_passive(body: str, language: str, rules: ExtractRules) -> None:
    assert run(message(body), rules, language=language).withdrawal


def test_footnotes_under_the_sign_off_and_the_capacity_spoken_in(rules: ExtractRules) -> None:
    body = ("I am writing to request a floor intervention in Roundtable 3. To avoid any confusion: I would speak in my "
            "capacity as Non-Resident Senior Fellow at MPL, not on behalf of the University.\n\n"
            "With best regards,\n\nSamira Tannous\n\n"
            "[1] S. Tannous and K. Abou Jaoude (2020), \"Changing Employers Without Consent?\", MPL Working Paper 11.\n"
            "[2] MEMSA Annual Conference (online), 12-14 November 2020.\n\n"
            "Samira Tannous, PhD\nAssociate Professor of Political Economy\nUniversity of Mount Lebanon (UML)\n\n"
            "Non-Resident Senior Fellow\nMashreq Policy Lab (MPL)\n")
    assert _people(body, rules) == [("Samira Tannous", "Non-Resident Senior Fellow", "Mashreq Policy Lab (MPL)")]


def test_the_signature_under_footnotes_without_a_capacity(rules: ExtractRules) -> None:
    body = ("I would like to request a floor intervention in Roundtable 3.\n\nWith best regards,\n\nSamira Tannous\n\n"
            "[1] S. Tannous (2020), \"Changing Employers Without Consent?\", MPL Working Paper 11.\n\n"
            "Samira Tannous, PhD\nAssociate Professor of Political Economy\nUniversity of Mount Lebanon (UML)\n")
    assert _people(body, rules) == [
        ("Samira Tannous", "Associate Professor of Political Economy", "University of Mount Lebanon (UML)")]


@pytest.mark.parametrize(("seg", "expected"), [
    ("الباحثة الرئيسية في المركز والمؤلفة الرئيسية للتقرير", ("الباحثة الرئيسية", "المركز")),
    ("Chercheuse au CERM et co-auteure du rapport", ("Chercheuse", "CERM")),
])
def test_a_second_post_as_the_report_s_author(seg: str, expected: tuple[str, str], rules: ExtractRules) -> None:
    assert split_title(seg, rules) == expected


TABLE = ("The delegation will be composed as follows:\n\n"
         "No.\tName\tPosition\tDelegation\tSpeaking role\n"
         "1\tH.E. Ms. Fatima Al-Mannai\tChairperson, National Committee on Labour (NCL)\tHead of Delegation\t"
         "Statement in the plenary session\n"
         "2\tMr. Yusuf Bucheeri\tDirector of Labour Migration Policy, Labour Market Regulatory Authority (LMRA)\t"
         "Alternate Head of Delegation\tFloor intervention, Thematic Roundtable 3\n"
         "3\tMs. Noora Al-Sayed\tLegal Researcher, NCL Secretariat\tDelegate\t-\n"
         "4\tMr. Ahmed Kooheji\tFirst Secretary\tDelegate\t-\n\nBest regards,\nHuda Janahi\n")


def test_a_delegation_table_with_tabs(rules: ExtractRules) -> None:
    assert _people(TABLE, rules) == [
        ("Fatima Al-Mannai", "Chairperson", "National Committee on Labour (NCL)"),
        ("Yusuf Bucheeri", "Director of Labour Migration Policy", "Labour Market Regulatory Authority (LMRA)")]


def test_a_table_of_speakers_with_blank_role_cells_keeps_them_all(rules: ExtractRules) -> None:
    body = ("Our speakers:\n\nName\tPosition\tOrganisation\tRole\n"
            "Ms. Rana Haddad\tCoordinator\tMigrant Voices Network\tRoundtable 2\n"
            "Mr. Karim Saleh\tLawyer\tLegal Aid Centre\t\n\nBest,\nLina\n")
    assert [p[0] for p in _people(body, rules)] == ["Rana Haddad", "Karim Saleh"]


def test_a_registered_delegation_and_the_member_its_sentence_names(rules: ExtractRules) -> None:
    body = ("نرجو التفضل بتسجيل أعضاء وفد الوزارة المدرجة أسماؤهم في الجدول أدناه:\n\n"
            "ت\tالاسم\tالمنصب\tالجهة\n"
            "1\tالدكتور نوفل جبار الخفاجي\tالوكيل الأقدم للوزارة\tوزارة شؤون المغتربين والهجرة\n"
            "2\tالسيدة إيمان عبد الستار الجبوري\tمديرة عام دائرة شؤون المغتربين\tوزارة شؤون المغتربين والهجرة\n"
            "3\tالسيد حسنين علي الموسوي\tمدير قسم المنظمات الدولية\tوزارة شؤون المغتربين والهجرة\n\n"
            "كما يرغب السيد الوكيل الأقدم للوزارة، رئيس الوفد، في تقديم مداخلة ضمن المائدة المستديرة الرابعة.\n\n"
            "مع التقدير،\nمصطفى السعدي\n")
    assert [p[0] for p in _people(body, rules, "ar")] == ["نوفل جبار الخفاجي"]


def test_a_member_who_will_regrettably_be_unable_to_take_part(rules: ExtractRules) -> None:
    body = ("Mr. Yusuf Jassim Bucheeri, Alternate Head of Delegation, will regrettably be unable to take part owing to"
            " prior commitments. He will be replaced by Ms. Maryam Hasan Al-Aali, Acting Director of Labour Migration"
            " Policy at the Labour Market Regulatory Authority (LMRA), who will deliver the floor intervention in"
            " Thematic Roundtable 3.\n\nBest regards,\nHuda Janahi\n")
    assert [p[0] for p in _people(body, rules)] == ["Maryam Hasan Al-Aali"]


def test_a_sentence_naming_the_body_or_pointing_at_the_list_keeps_every_row(rules: ExtractRules) -> None:
    by_body = ("The Gulf Contractors' Employers Federation (GCEF) would like to request a floor intervention in a plenary"
               " session.\n\nRole\tName\tTitle\tOrganization\n"
               "Main speaker\tMr. Khalid Al Mansoori\tSecretary-General\tGulf Contractors' Employers Federation (GCEF)\n"
               "Alternate\tEng. Rashid Al Nuaimi\tHead of Labour Affairs\tGCEF\n\nBest regards,\nLayla\n")
    pointing = ("بتكليف من منسقة الشبكة، أرسل إليكم التقرير، كما نرجو إدراج المتحدثَين التاليين في النقاش المفتوح:\n\n"
                "الاسم\tالصفة\tالجهة\n"
                "ليلى بن يوسف\tمنسقة الشبكة\tالشبكة المغاربية للهجرة والتنمية\n"
                "حمزة العياري\tمسؤول الرصد والتوثيق\tالشبكة المغاربية للهجرة والتنمية\n\nمع الشكر،\nسلوى\n")
    assert [p[0] for p in _people(by_body, rules)] == ["Khalid Al Mansoori", "Rashid Al Nuaimi"]
    assert [p[0] for p in _people(pointing, rules, "ar")] == ["ليلى بن يوسف", "حمزة العياري"]


def test_an_ordinal_post_is_no_footnote(rules: ExtractRules) -> None:
    body = ("Nous souhaiterions proposer M. Youssef El Idrissi, 3ème Vice-Président du Conseil communal, pour une "
            "intervention lors de la table ronde n°2.\n\nBien cordialement,\nHajar Benmoussa\nCommune de Kénitra\n")
    assert _people(body, rules, "fr") == [("Youssef El Idrissi", "3ème Vice-Président du Conseil communal", "Commune de Kénitra")]


def test_a_designation_letter_with_its_holder_and_alternate(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nJ'ai l'honneur de vous transmettre ci-joint la lettre de désignation de la FNTBTP. "
            "Conformément à cette lettre, la FNTBTP désigne le camarade Hamid Benchekroun, Secrétaire général adjoint "
            "chargé des travailleurs migrants, pour une intervention en séance plénière.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations.\nAbdelkrim Ouazzani\n"
            "Secrétaire général\nFédération Nationale des Travailleurs du Bâtiment (FNTBTP)\n")
    letter = ("Le Bureau federal de la FNTBTP designe :\n"
              "- Titulaire : M. Hamid Benchekroun, Secretaire general adjoint charge des travailleurs migrants\n"
              "- Suppleante : Mme Fatima Zahra Alaoui, Responsable de la commission des travailleuses\n"
              "pour une intervention en seance pleniere (24-25 fevrier 2021).\n")
    name = "Lettre de désignation FNTBTP.pdf"
    fields = run(message(body), rules, language="fr", docs={name: DocText(name, letter)})
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Hamid Benchekroun", "Secrétaire général adjoint chargé des travailleurs migrants",
         "Fédération Nationale des Travailleurs du Bâtiment (FNTBTP)"),
        ("Fatima Zahra Alaoui", "Responsable de la commission des travailleuses",
         "Fédération Nationale des Travailleurs du Bâtiment (FNTBTP)")]
