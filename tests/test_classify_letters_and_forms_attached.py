"""Families of the blind sets (session 38): the request made only in an attached letter or form, the body saying no
more than "please find attached our letter". A ministry's letter whose nominees are listed with their numbers ('رشحت
الوزارة كلاً من: 1. السيد X ... لإلقاء مداخلة'), an agency's letter that is "pleased to nominate" someone "to make a
floor intervention" with its lines wrapped, a cover letter beside the report that asks for a speaking role ("We would
also like to request a speaking role for Ms X", « Nous souhaiterions également que Mme X puisse prendre la parole »),
and a form whose role is a ticked box opening a row ("☒ | Intervention dans une table ronde – n° : 3")."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import decide, fired, mail

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
