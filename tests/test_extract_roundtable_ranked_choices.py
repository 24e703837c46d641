"""The roundtable number: choices ranked in brackets after the roundtable word ("roundtable (1st choice: roundtable 4,
2nd choice: roundtable 2)") name the table after the rank, not the rank; and the ordinals typed in Arabizi ("fel
roundtable el awalaneya"). Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_FROM = "Lina Moss <lina@harbour.example.org>"


# The rank of a choice is no roundtable: the first table chosen is
@pytest.mark.parametrize(("language", "line"), [
    ("en", "Requested role: Thematic roundtable (1st choice: roundtable 3, 2nd choice: roundtable 1)"),
    ("en", "Role: roundtable (first preference: roundtable 3, then roundtable 1)"),
    ("fr", "Rôle souhaité : table ronde (1er choix : table ronde 3, 2e choix : table ronde 1)"),
])
def test_ranked_choices_name_the_first_table(language: str, line: str, rules: ExtractRules) -> None:
    body = f"Hello,\n\nName: Omar Fares\nTitle: Programme Officer\nOrganisation: Harbour Aid Network\n{line}\n\nLina Moss"
    speaker, = run(message(body, from_=_FROM), rules, language=language).speakers
    assert (speaker.name, speaker.roundtable) == ("Omar Fares", 3)


# Near miss: an ordinal in brackets with no rank word after it is the table ("roundtable (the 2nd, if possible)")
@pytest.mark.parametrize(("language", "line"), [
    ("en", "Requested role: roundtable (the 2nd, if possible)"),
    ("fr", "Rôle souhaité : table ronde (la 2e si possible)"),
])
def test_an_ordinal_alone_in_brackets_is_the_table(language: str, line: str, rules: ExtractRules) -> None:
    body = f"Hello,\n\nName: Omar Fares\nTitle: Programme Officer\nOrganisation: Harbour Aid Network\n{line}\n\nLina Moss"
    speaker, = run(message(body, from_=_FROM), rules, language=language).speakers
    assert speaker.roundtable == 2


# Arabizi ordinals with their article after the roundtable word, Egyptian and Levantine ("el awalaneya", "el tenye",
# "el talte"), as "المائدة التانية" reads
@pytest.mark.parametrize(("line", "number"), [
    ("e7na 3ayzin nesha2rek fel roundtable el awalaneya", 1),
    ("bedna nsharek bel roundtable el tenye iza fi ma7al", 2),
    ("bedna nsharek bel roundtable el talte", 3),
])
def test_arabizi_ordinal_after_the_roundtable(line: str, number: int, rules: ExtractRules) -> None:
    body = f"marhaba\n{line}\nshukran\n\nسامي خليل\nمنسق البرامج\nجمعية النور للتنمية"
    speaker, = run(message(body, from_="Sami Khalil <sami@example.org>"), rules, language="ar").speakers
    assert speaker.roundtable == number


# Near miss: "el" before a word that is no ordinal leaves the number unread ("fel roundtable el maftou7a")
def test_arabizi_word_after_the_roundtable_is_no_number(rules: ExtractRules) -> None:
    body = "marhaba\nbedna nsharek bel roundtable el maftou7a\nshukran\n\nسامي خليل\nمنسق البرامج\nجمعية النور للتنمية"
    speaker, = run(message(body, from_="Sami Khalil <sami@example.org>"), rules, language="ar").speakers
    assert speaker.roundtable is None
