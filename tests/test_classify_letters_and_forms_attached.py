"""Families of the blind sets (session 38): the request made only in an attached letter or form, the body saying no
more than "please find attached our letter". A ministry's letter whose nominees are listed with their numbers ('رشحت
الوزارة كلاً من: 1. السيد X ... لإلقاء مداخلة'), an agency's letter that is "pleased to nominate" someone "to make a
floor intervention" with its lines wrapped, a cover letter beside the report that asks for a speaking role ("We would
also like to request a speaking role for Ms X", « Nous souhaiterions également que Mme X puisse prendre la parole »),
and a form whose role is a ticked box opening a row ("☒ | Intervention dans une table ronde – n° : 3"). Beside the
files: a network forwarding its members' reports "which I attach", and a person offered for a role the organisers may
still need ("if you are still looking for a rapporteur, our Director would be glad to take this on"); a note verbale
pasted under a rule below the signature; a committee "not in a position to nominate a speaker"; a reply that announces
its questions ('عدنا سؤالين إذا ممكن')."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from intake.text import split
from tests.test_classify import decide, decide_reply, fired, mail

_PDF = "application/pdf"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(("letter", "ctype"), [
    ("Ref.: ABC/2021/017\nDear Colleagues,\nOur Office is pleased to nominate Mr. Tobias Lindqvist, Migration and Development\n"
     "Specialist, to make a floor intervention in Thematic Roundtable 2 of the regional conference.\nYours sincerely,\n"
     "Dr. Mireille Achkar\nRepresentative\n", _PDF),
    ("جمهورية العراق\nوزارة العمل والشؤون الاجتماعية\nم/ ترشيح\nتحية طيبة..\nنود إعلامكم بأن الوزارة رشحت كلاً من:\n1. السيد "
     "حيدر الساعدي، المدير العام لدائرة العمل، لإلقاء مداخلة باسم الوزارة في الجلسة العامة.\nمع التقدير.\n", _DOCX),
    ("FICHE DE CANDIDATURE – PRISE DE PAROLE\n1. Identification de l'intervenant(e)\nNom | Ben Salem\nPrénom(s) | Mohamed "
     "Aziz\nFonction | Secrétaire général\n2. Modalité d'intervention souhaitée (cocher une seule case)\n☐ | Discussion "
     "ouverte\n☐ | Intervention en séance plénière\n☒ | Intervention dans une table ronde thématique – n° : 3\n", _DOCX),
])
def test_the_request_in_the_attached_letter_or_form(ruleset: Ruleset, letter: str, ctype: str) -> None:
    name = "Lettre.docx" if ctype == _DOCX else "Letter.pdf"
    raw = mail("Letter - GCM Regional Review", "Dear colleagues,\n\nPlease find attached our letter.\n\nLina\n",
               attachments=[(name, ctype)])
    assert decide(ruleset, raw, docs={name: DocText(name, letter)}).category == "speaker_request"


@pytest.mark.parametrize("cover", [
    "Dear Colleagues,\nOn behalf of CMSI, I am pleased to submit our voluntary GCM review report, attached.\nWe would also "
    "like to request a speaking role for Ms. Dalia Mrad, our MENA Regional Director, who would deliver a floor "
    "intervention in the plenary session.\nYours sincerely,\nSophie\n",
    "Madame, Monsieur,\nNous avons l'honneur de vous transmettre ci-joint notre rapport volontaire.\nNous souhaiterions "
    "également que notre coordinatrice régionale, Mme Khadija Aït Lahcen, puisse prendre la parole lors de la table ronde "
    "thématique n° 1.\nLe Président\n",
])
def test_a_cover_letter_that_asks_for_the_floor_beside_the_report(ruleset: Ruleset, cover: str) -> None:
    report = "Voluntary GCM Review Report 2021\nObjective 6: recruitment fees of migrant workers\nRecommendations\n"
    raw = mail("Submission - GCM Regional Review", "Dear colleagues,\n\nPlease find attached our cover letter and our "
               "voluntary GCM review report.\n\nSophie\n",
               attachments=[("Cover letter.docx", _DOCX), ("Voluntary_GCM_Review_Report_2021.pdf", _PDF)])
    docs = {"Cover letter.docx": DocText("Cover letter.docx", cover),
            "Voluntary_GCM_Review_Report_2021.pdf": DocText("Voluntary_GCM_Review_Report_2021.pdf", report)}
    decision = decide(ruleset, raw, docs=docs)
    assert "speaker-request-letter" in fired(decision)
    assert decision.category == "both"


# Near miss: a report's own pages that name a session are no request
def test_near_miss_a_report_that_recounts_a_plenary(ruleset: Ruleset) -> None:
    report = ("Voluntary GCM Review Report 2021\nIn 2019 our director was pleased to take part in the plenary of the "
              "national consultation on migration.\nRecommendations\n")
    raw = mail("Voluntary report", "Dear colleagues,\n\nPlease find attached our voluntary GCM review report.\n\nSophie\n",
               attachments=[("Voluntary_GCM_Review_Report_2021.pdf", _PDF)])
    docs = {"Voluntary_GCM_Review_Report_2021.pdf": DocText("Voluntary_GCM_Review_Report_2021.pdf", report)}
    assert decide(ruleset, raw, docs=docs).category == "voluntary_report"


def test_a_network_forwards_its_members_reports_which_it_attaches(ruleset: Ruleset) -> None:
    body = ("Dear team,\n\nThe network has not written a report of its own. Instead, two of our member organisations asked "
            "us to forward their voluntary GCM review reports to you together, which I attach.\n\nPriya\n")
    raw = mail("Two member reports", body, attachments=[("Al-Noor_Voluntary_Report_2021.pdf", _PDF),
                                                        ("BMSC_Voluntary_Review_Report.pdf", _PDF)])
    decision = decide(ruleset, raw)
    assert "report-handed-over-en" in fired(decision)
    assert decision.category == "voluntary_report"


def test_a_report_and_a_person_offered_for_a_role_still_needed(ruleset: Ruleset) -> None:
    body = ("Dear Secretariat,\n\nPlease find attached our voluntary GCM review report.\n\nOne more thing: if you are "
            "still looking for a rapporteur to deliver the stakeholders' key messages, our Executive Director, Dr. Omar "
            "Al-Zein, would be glad to take this on.\n\nMaha\n")
    raw = mail("Voluntary report", body, attachments=[("GLDP_GCM_Voluntary_Report_2021.pdf", _PDF)])
    assert decide(ruleset, raw).category == "both"


def test_a_note_verbale_pasted_under_a_rule_below_the_signature(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-dessous le texte de la note verbale n° 47/2021 de l'Ambassade.\n\n"
            "Bien cordialement,\n\nRita Nassar\nAttachée administrative\nAmbassade du Liban – Abou Dhabi\n\n"
            + "-" * 60 + "\n\nAMBASSADE DU LIBAN\n\nL'Ambassade du Liban à Abou Dhabi présente ses compliments au Secrétariat "
            "de l'Examen régional et a l'honneur de l'informer que Son Excellence Monsieur l'Ambassadeur a bien voulu "
            "désigner M. Karim Abou Jaoudé, Conseiller, pour prendre la parole au nom de l'Ambassade lors de la séance "
            "plénière.\n\nAbou Dhabi, le 27 janvier 2021\n")
    assert "désigner M. Karim" in split(body).new
    assert decide(ruleset, mail("Note verbale n° 47/2021", body)).category == "speaker_request"


# Near miss: a short footer under a rule below the signature stays in the signature
def test_near_miss_a_footer_under_a_rule_stays_in_the_signature() -> None:
    parts = split("Dear colleagues,\n\nPlease find our report attached.\n\nBest regards,\nAli Hassan\n" + "-" * 40
                  + "\nwww.example.org | Follow us on Twitter @example\n")
    assert "Follow us" in parts.signature


def test_a_committee_not_in_a_position_to_nominate(ruleset: Ruleset) -> None:
    body = ("Dear Sir/Madam,\n\nThe Committee regrets that it will not be in a position to nominate a speaker for the "
            "Regional Conference, and will not submit a separate report. Two members would like to follow online.\n\nAisha\n")
    assert decide(ruleset, mail("Reply of the National Committee", body)).category == "other"


def test_a_reply_that_announces_its_questions(ruleset: Ruleset) -> None:
    body = ("صباح الخير،\n\nشكراً على ردكم. عدنا سؤالين إذا ممكن:\n\n1- المؤتمر راح يكون حضوري ببيروت لو أونلاين؟\n2- ست "
            "سهى تكدر تحچي بالعربي بالمائدة المستديرة لو لازم إنگليزي؟\n\nزينب\n")
    decision = decide_reply(ruleset, "رد: إشعار استلام - م/ ترشيح", body)
    assert "asks-a-question" in fired(decision)
    assert decision.category == "other"
