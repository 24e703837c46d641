"""Families of the blind sets (session 31, K3) in a signature: a body whose name says the trade it organises ("Building
and Wood Workers", "Building Workers' Union") is no address line, though "building" is an address word ("Building 7",
"Salam Building, 4th floor"); and an office named by its town alone, on the line below the organisation ("Beirut
office", "Bureau de Tunis", "مكتب عمّان"), is the body's address, not a body it belongs to. Each with a near miss."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\n\nOur federation would like to take the floor in the plenary; I would speak myself.\n\n"
     "Kind regards,\nSamir Azzam\nPolicy Officer, Gulf Region\nBuilding and Timber Workers' Federation (BTWF)\n"
     "Amman office\n", "en", "Building and Timber Workers' Federation (BTWF)"),
    ("Madame, Monsieur,\n\nNotre fédération souhaite intervenir en séance plénière ; je prendrai la parole moi-même.\n\n"
     "Cordialement,\nSamir Azzam\nChargé de plaidoyer\nFédération arabe des travailleurs du bâtiment (FATB)\n"
     "Bureau de Tunis\n", "fr", "Fédération arabe des travailleurs du bâtiment (FATB)"),
    ("تحية طيبة،\n\nيرغب اتحادنا في إلقاء كلمة في الجلسة العامة، وسأتحدث بنفسي.\n\nمع التحية،\nسمير عزام\n"
     "مسؤول السياسات\nالاتحاد العربي لعمال البناء والأخشاب\nمكتب عمّان\n", "ar",
     "الاتحاد العربي لعمال البناء والأخشاب"),
    ("Dear colleagues,\n\nI would like to speak in the plenary.\n\nBest,\nSamir Azzam\nProgramme Officer\n"
     "Gulf Migrant Rights Centre (GMRC)\nIrbid Office\n", "en", "Gulf Migrant Rights Centre (GMRC)"),
])
def test_a_trade_body_keeps_its_name_and_its_town_office_is_an_address(body: str, language: str, affiliation: str,
                                                                      rules: ExtractRules) -> None:
    (speaker,) = run(message(body, from_="Samir Azzam <s.azzam@example.org>"), rules, language=language).speakers
    assert speaker.affiliation == affiliation


# Near misses: an address line that names a building by its number or closes with it is still no organisation, and an
# office that says what it does or is a country's field office is the body's part, not an address
@pytest.mark.parametrize(("lines", "affiliation"), [
    ("Gulf Migrant Rights Centre (GMRC)\nBuilding 12, Knowledge Park, Dubai", "Gulf Migrant Rights Centre (GMRC)"),
    ("Gulf Migrant Rights Centre (GMRC)\nNour Building, 2nd floor", "Gulf Migrant Rights Centre (GMRC)"),
    ("Gulf Migrant Rights Centre (GMRC)\nMigrant Workers Office", "Gulf Migrant Rights Centre (GMRC), Migrant Workers Office"),
    ("Gulf Migrant Rights Centre (GMRC)\nJordan Field Office", "Gulf Migrant Rights Centre (GMRC), Jordan Field Office"),
])
def test_address_lines_and_offices_that_say_what_they_do(lines: str, affiliation: str, rules: ExtractRules) -> None:
    body = (f"Dear colleagues,\n\nI would like to take the floor in the plenary.\n\nBest,\nSamir Azzam\nProgramme Officer\n"
            f"{lines}\n")
    (speaker,) = run(message(body, from_="Samir Azzam <s.azzam@example.org>"), rules).speakers
    assert speaker.affiliation == affiliation
