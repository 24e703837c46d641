"""A pasted form whose organisation line heads it, set apart above the speakers' blocks ("Organisation: X", a
line or two of other fields, then "Speaker 1 / Full name: ..." and "Speaker 2 / ..."): the organisation is that of
each speaker the form lists, not a speaker of its own (which, nameless, became the sender)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FORM = ("Dear team,\n\nPlease find our nominations below.\n\n{org_label}  {org}\n{country}\n\n{first}\n\n{second}\n\n"
         "Kind regards,\n\nNadia Karam\nOffice Assistant\n{org}\n")


@pytest.mark.parametrize(("org_label", "org", "country", "first", "second", "language"), [
    ("Organisation:", "Gulf Migrant Rights Centre (GMRC)", "Country: Bahrain",
     "Speaker 1\n  Full name:  Dr. Yusuf Rahman\n  Position:   Director\n  Role:       Plenary",
     "Speaker 2\n  Full name:  Ms. Anita Perera\n  Position:   Case Worker\n  Role:       Roundtable 3", "en"),
    ("Organisation :", "Centre d'accueil des migrants de Sousse", "Pays : Tunisie",
     "Intervenant 1\n  Nom complet : Mme Leila Ben Amor\n  Fonction : Présidente\n  Rôle : Plénière",
     "Intervenant 2\n  Nom complet : M. Idriss Konaté\n  Fonction : Animateur\n  Rôle : Table ronde 3", "fr"),
    ("المنظمة:", "مركز الخليج لحقوق المهاجرين", "البلد: البحرين",
     "المتحدث الأول\n  الاسم الكامل: د. يوسف رحمن\n  الصفة: المدير\n  الدور: الجلسة العامة",
     "المتحدث الثاني\n  الاسم الكامل: أنيتا بيريرا\n  الصفة: باحثة حالات\n  الدور: المائدة المستديرة الثالثة", "ar"),
])
def test_the_forms_heading_organisation_is_each_speakers(org_label: str, org: str, country: str, first: str,
                                                          second: str, language: str, rules: ExtractRules) -> None:
    body = _FORM.format(org_label=org_label, org=org, country=country, first=first, second=second)
    fields = run(message(body, from_="Nadia Karam <n@example.org>"), rules, language=language)
    assert [sp.affiliation for sp in fields.speakers] == [org, org]
    assert "Nadia Karam" not in [sp.name for sp in fields.speakers]


def test_near_miss_a_speaker_with_an_organisation_of_their_own_keeps_it(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nOrganisation:  Gulf Migrant Rights Centre (GMRC)\nCountry: Bahrain\n\nSpeaker 1\n"
            "  Full name:  Dr. Yusuf Rahman\n  Position:   Director\n  Role:       Plenary\n\nSpeaker 2\n"
            "  Full name:  Ms. Anita Perera\n  Position:   Lecturer\n  Organisation: University of Bahrain\n"
            "  Role:       Roundtable 3\n\nNadia Karam\nOffice Assistant\nGulf Migrant Rights Centre (GMRC)\n")
    fields = run(message(body, from_="Nadia Karam <n@example.org>"), rules)
    assert ("Anita Perera", "University of Bahrain") in [(sp.name, sp.affiliation) for sp in fields.speakers]
