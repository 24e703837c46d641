"""A later sentence of the same message (a postscript, a note under the list) that names one of the speakers and sets
the roundtable written before aside ("PS: Ms X will speak at roundtable 3, not 1", « elle interviendra à la table ronde
n°3 (et non n°1) », "المائدة الثالثة وليس الأولى"): the later number is that speaker's; with near misses."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear team,\n\nWe propose two speakers:\n- Mr. Karim Haddad, Director, for the plenary;\n"
     "- Ms. Salwa Nasser, Legal Officer, for roundtable 1.\n\nBest regards,\nKarim Haddad\nDirector\nTamkeen Legal Aid\n\n"
     "PS: sorry, Ms. Nasser will speak at roundtable 3, not 1.\n", "en", "Salwa Nasser"),
    ("Bonjour,\n\nNous proposons deux intervenants :\n- M. Karim Haddad, Directeur, pour la plénière ;\n"
     "- Mme Salwa Nasser, Juriste, pour la table ronde n°1.\n\nCordialement,\nKarim Haddad\nDirecteur\n"
     "Tamkeen Aide juridique\n\nPS : Mme Nasser interviendra à la table ronde n°3 (et non n°1), pardon.\n", "fr",
     "Salwa Nasser"),
    ("تحية طيبة،\n\nنرشح متحدثين:\n- السيد كريم حداد، المدير، للجلسة العامة؛\n- السيدة سلوى ناصر، مسؤولة قانونية، "
     "للمائدة المستديرة الأولى.\n\nمع التحية،\nكريم حداد\nالمدير\nجمعية تمكين للمساعدة القانونية\n\n"
     "ملاحظة: السيدة سلوى ستتحدث في المائدة المستديرة الثالثة وليس الأولى.\n", "ar", "سلوى ناصر"),
])
def test_a_later_sentence_corrects_one_speakers_roundtable(body: str, language: str, name: str,
                                                           rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.roundtable) for s in speakers if s.roundtable is not None] == [(name, 3)]
    assert [s.roles for s in speakers] == [("plenary",), ("roundtable",)]


def test_near_miss_a_later_sentence_without_a_correction_changes_nothing(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose two speakers:\n- Mr. Karim Haddad, Director, for the plenary;\n"
            "- Ms. Salwa Nasser, Legal Officer, for roundtable 1.\n\nMs. Nasser also chaired roundtable 3 in 2019.\n\n"
            "Best regards,\nKarim Haddad\n")
    speakers = run(message(body, from_="Office <office@example.org>"), rules).speakers
    assert [(s.name, s.roundtable) for s in speakers] == [("Karim Haddad", None), ("Salwa Nasser", 1)]


def test_near_miss_a_correction_naming_both_speakers_is_left_to_the_reader(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose two speakers for roundtable 1:\n- Mr. Karim Haddad, Director;\n"
            "- Ms. Salwa Nasser, Legal Officer.\n\nBest regards,\nOffice\n\n"
            "PS: Mr. Haddad and Ms. Nasser would rather take roundtable 3, not 1.\n")
    speakers = run(message(body, from_="Office <office@example.org>"), rules).speakers
    assert all(s.roundtable != 3 for s in speakers)
