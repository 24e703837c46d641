"""An alternate nominee: the first speaker's absence only supposed ("to speak only if Ms X cannot attend") keeps both."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message as _mail
from tests.extracting import run as _run


@pytest.mark.parametrize(
    ("language", "body", "names"),
    [
        ("en", "We nominate for the plenary:\n\n1. Ms. Lena Forsberg, Director, Nordic Migrant Support Office\n"
               "2. Mr. Tomas Lind, Legal Adviser, Nordic Migrant Support Office (he will speak only in case "
               "Ms. Forsberg cannot travel)\n", ("Lena Forsberg", "Tomas Lind")),
        ("fr", "Nous proposons pour la table ronde 3 :\n\n- Mme Claire Dubois, directrice, Maison des Migrants\n"
               "- M. Paul Girard, juriste, Maison des Migrants (il interviendra si Mme Dubois ne peut pas se "
               "connecter)\n", ("Claire Dubois", "Paul Girard")),
        ("ar", "نرشح للمائدة المستديرة الثالثة:\n\n- السيدة سلمى حداد، مديرة مركز دعم المهاجرين\n"
               "- السيد نادر خوري، مستشار قانوني في مركز دعم المهاجرين، ويتحدث فقط إذا كانت السيدة سلمى حداد لا "
               "تستطيع الحضور\n", ("سلمى حداد", "نادر خوري")),
    ],
)
def test_an_absence_only_supposed_keeps_both(rules: ExtractRules, language: str, body: str,
                                             names: tuple[str, str]) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert tuple(s.name for s in speakers) == names


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        # said, not supposed: a condition elsewhere in the sentence, or before a comma, leaves the absence standing
        ("en", "If possible, Ms. Lena Forsberg cannot attend after all, so Mr. Tomas Lind, Legal Adviser at the "
               "Nordic Migrant Support Office, will speak in the plenary.\n", "Tomas Lind"),
        ("fr", "Si vous le permettez : Mme Claire Dubois ne pourra pas participer. Elle sera remplacée à la table "
               "ronde 3 par M. Paul Girard, juriste à la Maison des Migrants.\n", "Paul Girard"),
    ],
)
def test_an_absence_said_still_drops_the_speaker(rules: ExtractRules, language: str, body: str, name: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert s.name == name
