"""A post written with the unit it is held in keeps the unit, the body being the affiliation (dev 012's convention), as
the blind sets 161-168 showed it written: a long title line over the body's line that gives the body's acronym and its
town ("Director, Early Warning and Risk Information Department" / "NCDRR, Muscat"), and a post held in a body's
programme ("Senior Scientist, Rangeland and Livestock Programme"). Each family in several languages, with near-misses."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _speakers(body: str, language: str, rules: ExtractRules) -> list[tuple[str | None, str | None, str | None]]:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    return [(s.name, s.title, s.affiliation) for s in fields.speakers]


# ---------------------------------------------------------------------------------------------
# A long title line ends at its unit when the next line names the body and its town

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\n\nThe Coastal Water Authority (CWA) would like to propose:\n\nMr. Omar Haddad\n"
     "Director, Early Warning and Groundwater Monitoring Department\nCWA, Aden\n\nfor the plenary session.\n\n"
     "Regards\nLina\nCoastal Water Authority (CWA)\n", "en",
     ("Omar Haddad", "Director, Early Warning and Groundwater Monitoring Department", "Coastal Water Authority (CWA)")),
    ("Madame, Monsieur,\n\nL'Office national de la protection civile et de la prévention (ONPCP) souhaite proposer :\n\n"
     "Mme Salma Idrissi\nCheffe, Division de la cartographie des aléas et des inondations urbaines\nONPCP, Rabat\n\n"
     "pour une intervention en plénière.\n\nCordialement\nKarim\n"
     "Office national de la protection civile et de la prévention (ONPCP)\n", "fr",
     ("Salma Idrissi", "Cheffe, Division de la cartographie des aléas et des inondations urbaines",
      "Office national de la protection civile et de la prévention (ONPCP)")),
    ("السادة الأمانة المحترمين،\n\nيسر الهيئة الوطنية للحد من مخاطر الكوارث أن ترشح:\n\n"
     "المهندس سالم بن خميس الحارثي\nمدير، دائرة الإنذار المبكر ومعلومات المخاطر والتخطيط المكاني\n"
     "الهيئة الوطنية للحد من مخاطر الكوارث، مسقط\n\nللمشاركة في الجلسة العامة.\n\nمع التحية\nمريم\n", "ar",
     ("سالم بن خميس الحارثي", "مدير، دائرة الإنذار المبكر ومعلومات المخاطر والتخطيط المكاني",
      "الهيئة الوطنية للحد من مخاطر الكوارث")),
])
def test_a_long_title_line_keeps_its_unit_over_the_body_and_its_town(body: str, language: str,
                                                                     expected: tuple[str, str, str],
                                                                     rules: ExtractRules) -> None:
    assert _speakers(body, language, rules) == [expected]


def test_near_miss_a_person_line_cut_short_still_runs_on_into_its_body(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe would like to propose:\n\nMr. Tomas Ruiz, General Secretary, Filipino Domestic "
            "and Care\nWorkers Solidarity Forum, Kuwait\n\nfor the plenary session.\n\nRegards\nLina\n")
    assert _speakers(body, "en", rules) == [
        ("Tomas Ruiz", "General Secretary", "Filipino Domestic and Care Workers Solidarity Forum")]


# ---------------------------------------------------------------------------------------------
# A post held in a body's programme keeps the programme; the body running it is the affiliation

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear Secretariat,\n\nThe Coastal Studies Institute (CSI) would like to propose:\n\n"
     "Dr. Amal Nasser – Field Coordinator, Water and Livelihoods Programme – for roundtable 2.\n\n"
     "Best regards\nLina\nCoastal Studies Institute (CSI)\n", "en",
     ("Amal Nasser", "Field Coordinator, Water and Livelihoods Programme", "Coastal Studies Institute (CSI)")),
    ("Madame, Monsieur,\n\nL'Institut d'études côtières (IEC) souhaite proposer Mme Amal Nasser, chercheuse, "
     "Programme eau et territoires, pour la table ronde 2.\n\nCordialement\nLina\nInstitut d'études côtières (IEC)\n",
     "fr", ("Amal Nasser", "chercheuse, Programme eau et territoires", "Institut d'études côtières (IEC)")),
    ("السادة الأمانة،\n\nيتشرف معهد الدراسات الساحلية بترشيح الدكتورة أمل ناصر، باحثة، برنامج الهجرة والتنمية، "
     "للمشاركة في المائدة المستديرة 2.\n\nمع التحية\nلينا\nمعهد الدراسات الساحلية\n", "ar",
     ("أمل ناصر", "باحثة، برنامج الهجرة والتنمية", "معهد الدراسات الساحلية")),
])
def test_a_post_in_a_programme_keeps_it_and_the_body_is_the_affiliation(body: str, language: str,
                                                                        expected: tuple[str, str, str],
                                                                        rules: ExtractRules) -> None:
    assert _speakers(body, language, rules) == [expected]


def test_near_miss_a_programme_named_for_its_reach_is_a_body_of_its_own(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nThe Coastal Studies Institute (CSI) would like to propose:\n\n"
            "Dr. Amal Nasser – Programme Officer, World Food Programme – for roundtable 2.\n\n"
            "Best regards\nLina\nCoastal Studies Institute (CSI)\n")
    assert _speakers(body, "en", rules) == [("Amal Nasser", "Programme Officer", "World Food Programme")]
