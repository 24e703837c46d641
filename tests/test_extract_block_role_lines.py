"""Several labelled speaker blocks, each followed on the line right under it by a sentence asking that speaker's role
("She would like to speak in roundtable 3"): each speaker takes the role written under their own block, not every
role of the message."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

_EN = ("Dear secretariat,\n\nWe propose two of our members:\n\n"
       "Name: Ms. Grace Mensah\nPosition: Chairperson\nOrganization: Ghana Domestic Workers Network\n{one}\n\n"
       "Name: Mr. Kofi Boateng\nPosition: Treasurer\nOrganization: Ghana Domestic Workers Network\n{two}\n\n"
       "Kind regards,\nGrace\n")
_FR = ("Bonjour,\n\nVoici nos deux intervenants :\n\n"
       "Nom : Mme Aïssatou Diallo\nFonction : Présidente\nOrganisation : Union des Travailleuses Migrantes\n{one}\n\n"
       "Nom : M. Ibrahima Sarr\nFonction : Trésorier\nOrganisation : Union des Travailleuses Migrantes\n{two}\n\n"
       "Cordialement,\nAïssatou\n")
_AR = ("تحية طيبة،\n\nنرشح عضوين من جمعيتنا:\n\n"
       "الاسم: السيدة سلمى يوسف\nالصفة: رئيسة الجمعية\nالجهة: جمعية العاملات المهاجرات\n{one}\n\n"
       "الاسم: السيد فادي نصر\nالصفة: أمين الصندوق\nالجهة: جمعية العاملات المهاجرات\n{two}\n\n"
       "مع التحية،\nسلمى\n")


@pytest.mark.parametrize(("form", "language", "one", "two"), [
    (_EN, "en", "She would like to speak in roundtable 3.", "He wishes to join the open discussion."),
    (_FR, "fr", "Elle souhaite intervenir à la table ronde 3.", "Il souhaite participer à la discussion ouverte."),
    (_AR, "ar", "ترغب في المداخلة في المائدة المستديرة الثالثة.", "يرغب في المشاركة في النقاش المفتوح."),
])
def test_each_block_takes_the_role_line_under_it(form: str, language: str, one: str, two: str,
                                                 rules: ExtractRules) -> None:
    fields = run(message(form.format(one=one, two=two)), rules, language=language)
    assert [(s.roles, s.roundtable) for s in fields.speakers] == [(("roundtable",), 3), (("open_discussion",), None)]


def test_a_line_under_the_last_block_alone_is_for_everyone(rules: ExtractRules) -> None:
    """Near miss: the first block has no line of its own; the one under the last speaks for both."""
    body = _EN.replace("{one}\n", "").format(two="Both would like to speak in roundtable 3.")
    fields = run(message(body), rules, language="en")
    assert [(s.roles, s.roundtable) for s in fields.speakers] == [(("roundtable",), 3), (("roundtable",), 3)]
