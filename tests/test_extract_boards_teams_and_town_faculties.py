"""Families of the blind sets (session 29, K3): a post held on a body's board written with the board and the body, a
team of the body the speaker works in, and a faculty named with its town. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import split_title
from tests.extracting import message, run


# A post on a body's governing board, then the body ("Treasurer of the Executive Board of the X Union", "Chair of the
# Board of the Y Network", "Trésorière du Bureau exécutif de la Fédération Z"): the board stays in the title
@pytest.mark.parametrize(("seg", "title", "body"), [
    ("Treasurer of the Executive Board of the Coastal Fishers Union (CFU)", "Treasurer of the Executive Board",
     "Coastal Fishers Union (CFU)"),
    ("Chair of the Board of the Desert Routes Migrants Network", "Chair of the Board", "Desert Routes Migrants Network"),
    ("Member of the Board of Trustees of the Olive Grove Foundation", "Member of the Board of Trustees",
     "Olive Grove Foundation"),
    ("Trésorière du Bureau exécutif de la Fédération des Travailleurs Saisonniers", "Trésorière du Bureau exécutif",
     "Fédération des Travailleurs Saisonniers"),
])
def test_a_post_on_the_body_board(seg: str, title: str, body: str, rules: ExtractRules) -> None:
    assert split_title(seg, rules) == (title, body)


# Near miss: a council that is the body itself, named after a place, keeps the whole as the affiliation
def test_near_miss_a_council_with_a_name_of_its_own(rules: ExtractRules) -> None:
    assert split_title("Secretary of the Council of Europe", rules) == ("Secretary", "Council of Europe")


def test_a_board_post_in_a_prose_request(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nOn behalf of Ms. Salma Diallo, Treasurer of the Executive Board of the Coastal Fishers "
            "Union (CFU), I would like to request a speaking slot for her in the plenary.\n\nKind regards,\n\nOmar Ba\n"
            "Assistant, CFU")
    speaker, = run(message(body), rules).speakers
    assert (speaker.title, speaker.affiliation) == ("Treasurer of the Executive Board", "Coastal Fishers Union (CFU)")


# A team of the body the speaker works in, with no post named ("l'équipe mobile de X", "the outreach team of Y"):
# the body is the affiliation, the team no title
@pytest.mark.parametrize(("body", "affiliation"), [
    ("Bonjour,\n\nJe m'appelle Nadia Alaoui, je travaille dans l'équipe mobile de Médecins Solidaires Maroc (MSM) qui "
     "suit les migrants.\n\nJ'aimerais intervenir à la table ronde n° 2.\n\nNadia", "Médecins Solidaires Maroc (MSM)"),
    ("Hello,\n\nMy name is Peter Odhiambo and I work in the outreach team of the Coastal Migrants Network.\n\nI would "
     "like to speak at roundtable 2.\n\nPeter", "Coastal Migrants Network"),
])
def test_a_team_of_the_body(body: str, affiliation: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules).speakers
    assert (speaker.title, speaker.affiliation) == (None, affiliation)


# Near miss: a department named by capitals is a body's own name, left whole
def test_near_miss_a_named_department(rules: ExtractRules) -> None:
    body = ("Hello,\n\nMy name is Peter Odhiambo and I work for the Department of Labour of the Coastal Region.\n\n"
            "I would like to speak at roundtable 2.\n\nPeter")
    speaker, = run(message(body), rules).speakers
    assert speaker.affiliation is None or speaker.affiliation.startswith("Department")


_TABLE = ("<p>Dear organisers,</p><p>The Gulf Migration Research Centre (GMRC) would like to propose:</p>"
          "<table><tr><th>Name</th><th>Position</th><th>Institution</th></tr>"
          "<tr><td>Ms. Amal Trabelsi</td><td>PhD candidate</td><td>{cell}</td></tr></table>"
          "<p>Best regards,<br>Karim Ayari<br>Director, GMRC</p>")


# A faculty named with the town it stands in is a body of its own, the affiliation ("Faculty of Law of Tunis",
# "Faculté de Médecine de Sfax", "كلية الآداب بصفاقس"), not a unit moved into the post
@pytest.mark.parametrize("cell", ["Faculty of Law of Tunis", "Faculté de Médecine de Sfax", "كلية الآداب بصفاقس"])
def test_a_faculty_named_with_its_town(cell: str, rules: ExtractRules) -> None:
    speaker, = run(message("", html=_TABLE.format(cell=cell)), rules).speakers
    assert (speaker.title, speaker.affiliation) == ("PhD candidate", cell)


# Near miss: a faculty named without its town is a unit, the post's, of the body that proposes
def test_near_miss_a_faculty_without_its_town(rules: ExtractRules) -> None:
    speaker, = run(message("", html=_TABLE.format(cell="Faculty of Law")), rules).speakers
    assert (speaker.title, speaker.affiliation) == ("PhD candidate, Faculty of Law", "Gulf Migration Research Centre (GMRC)")
