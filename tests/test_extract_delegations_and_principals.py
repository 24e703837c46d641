"""Families of the blind sets (session 39): delegations, of which one person speaks.

A message that names a delegation and says one of them is the only one to speak ("Seule Mme X prendra la parole",
"Ms Y is our only speaker", "الدكتورة Z هي المتحدثة الوحيدة") proposes that one; the people listed as coming along
with the speaker ("H.E. the Mayor will be accompanied by the following members: - ...") are not proposed; and the
official on whose behalf a report is handed over, their post written first ("On behalf of the Secretary-General of
the Forum, H.E. Mr. X, I have the pleasure to submit ..."), is not a speaker."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Madame, Monsieur,\n\nNotre délégation sera composée de trois personnes :\n– M. Paul Haddad, Président du Conseil "
     "municipal ;\n– Mme Rita Khoury, conseillère municipale ;\n– moi-même, en tant que coordinatrice.\n\nSeule Mme Khoury "
     "prendra la parole, lors de la troisième table ronde.\n\nBien cordialement,\nMaya Saad\nCoordinatrice\n", "fr",
     "Rita Khoury"),
    ("Dear colleagues,\n\nOur delegation will be made up of three people:\n- Mr. Hassan Nouri, Mayor\n- Ms. Dalia Amer, "
     "Head of Social Affairs\n- Mr. Karim Bazzi, Protocol Officer\n\nMs. Amer is our only speaker, at Roundtable 2.\n\n"
     "Regards,\nKarim Bazzi\n", "en", "Dalia Amer"),
    ("السادة المحترمون،\n\nيتكون وفدنا من:\n1. السيد سامي الخطيب، رئيس البلدية\n2. السيدة هالة منصور، مديرة الشؤون "
     "الاجتماعية\n\nوستكون السيدة هالة منصور هي المتحدثة الوحيدة في المائدة المستديرة الثانية.\n\nمع التحية\n", "ar",
     "هالة منصور"),
])
def test_the_only_speaker_of_a_delegation(rules: ExtractRules, body: str, language: str, speaker: str) -> None:
    fields = run(message(body, subject="Délégation / Delegation"), rules, language=language)
    assert [s.name for s in fields.speakers] == [speaker]


# Near miss: "only" said of something else keeps everyone proposed
def test_near_miss_only_said_of_the_time(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe would like to propose two speakers:\n- Ms. Dalia Amer, Head of Social Affairs, for "
            "Roundtable 2\n- Mr. Hassan Nouri, Mayor, for the plenary\n\nThey will only need five minutes each.\n\n"
            "Regards,\nKarim\n")
    fields = run(message(body), rules)
    assert sorted(s.name for s in fields.speakers) == ["Dalia Amer", "Hassan Nouri"]


def test_the_people_who_come_along_are_not_proposed(rules: ExtractRules) -> None:
    body = ("Dear Sir/Madam,\n\nI have the honour to request that H.E. Mr. Omar Faris, Governor of Al-Waha, be given the "
            "floor during a plenary session of the Conference.\n\nH.E. the Governor will be accompanied by the following "
            "officials:\n- Eng. Lama Aziz, Director of Planning\n- Mr. Fadi Noor, Head of Protocol\n\nPlease accept the "
            "assurances of our highest consideration.\n\nNour Hamdan\nChief of Staff\n")
    fields = run(message(body, subject="Request for H.E. the Governor to address the plenary"), rules)
    assert [s.name for s in fields.speakers] == ["Omar Faris"]


def test_the_official_a_report_is_handed_over_for_is_no_speaker(rules: ExtractRules) -> None:
    body = ("Dear Colleagues,\n\nOn behalf of the President of the Gulf Workers' Forum (GWF), H.E. Mr. Nabil Haddad, I "
            "have the pleasure to submit the Forum's voluntary GCM review report, attached.\n\nThe Forum would also like to "
            "propose Dr. Samira Taleb, Research Director, to serve as rapporteur.\n\nKind regards,\nRim\n")
    fields = run(message(body, subject="GWF report and rapporteur"), rules, category="both")
    assert [s.name for s in fields.speakers] == ["Samira Taleb"]
