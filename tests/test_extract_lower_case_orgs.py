"""An organisation written all in lower case, in mail typed in a hurry or by voice with no capital in a long line ("nous
sommes bénévoles à l'association des jeunes pêcheurs à mahdia ...", "we are from the network of women returnees in
amman ..."): its organisation word, then its name words up to a place, a clause or a mark. Near misses: an
organisation word in ordinary prose names no body, and a line with capitals is left to the capitalised names."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import org_runs
from tests.extracting import message, run


@pytest.mark.parametrize(("line", "org"), [
    ("bonsoir nous sommes bénévoles à l'association des jeunes pêcheurs à tunis et nous voulons proposer deux "
     "membres pour la séance plénière de la conférence merci",
     "association des jeunes pêcheurs"),
    ("salut je suis coordinatrice au réseau nour de soutien aux migrantes (oujda) et je voudrais prendre la parole à "
     "la table ronde trois merci d avance",
     "réseau nour de soutien aux migrantes"),
    ("hello we are volunteers from the network of women returnees in amman and we would like to propose our member "
     "for the open discussion thank you",
     "network of women returnees"),
])
def test_a_lower_case_organisation(line: str, org: str, rules: ExtractRules) -> None:
    assert [o for _, o in org_runs(line, rules)] == [org]


def test_a_lower_case_organisation_goes_to_the_speakers(rules: ExtractRules) -> None:
    body = ("bonjour madame monsieur nous sommes les bénévoles de l'association des jeunes pêcheurs à tunis nous voulons "
            "proposer un intervenant pour la séance plénière de la conférence le premier c'est karim haddad il est "
            "trésorier merci beaucoup et bonne soirée")
    fields = run(message(body), rules, language="fr")
    assert [s.affiliation for s in fields.speakers] == ["association des jeunes pêcheurs"]


@pytest.mark.parametrize("line", [
    "hello sir the association of ideas is strong here i think so we would like to speak about it in the open discussion",
    "hello sir the network has grown a lot since we met and we are glad to propose our member for the plenary session",
    "bonjour je pense que l'association a bien travaillé cette année et nous voulons proposer un membre pour la plénière",
    # a line with capitals is left to the capitalised names, a short line with none is a wrapped line of a paragraph
    "Nous sommes bénévoles à l'association des jeunes pêcheurs à Tunis et nous voulons proposer deux membres pour la plénière",
    "sur l'association des jeunes pêcheurs à tunis et nous",
])
def test_near_miss_no_lower_case_organisation(line: str, rules: ExtractRules) -> None:
    assert org_runs(line, rules) == []
