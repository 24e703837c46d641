"""A filled speaker form sent with a body that only points at it ("Form attached", « Ci-joint la fiche », "مرفق
النموذج"): its name and title rows and its row for the role asked, naming one, make it the request itself; with
near misses: a blank form whose role row offers the roles to choose from, and a filled form with no role row."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import decide, mail

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _with_form(body: str, form: str):
    return mail("Form", body, attachments=[("Speaker form.docx", _DOCX)]), {"Speaker form.docx": DocText("Speaker form.docx", form)}


@pytest.mark.parametrize(("body", "form"), [
    ("Form attached.\n\nTom Price\n",
     "Speaker form\nFull name: Tom Price\nPosition: Outreach officer\nOrganisation: Harbour Workers Centre\n"
     "Role requested: an intervention in the plenary\nEmail: tom@harbour.example.org\n"),
    ("Ci-joint la fiche.\n\nLina Farès\n",
     "Fiche d'intervenant\nNom et prénom : Lina Farès\nFonction : Juriste\nStructure : Maison des saisonniers\n"
     "Rôle souhaité : intervention en table ronde n°3\n"),
    ("مرفق النموذج\n\nسامي عطية\n",
     "نموذج طلب المشاركة\nالاسم الكامل: سامي عطية\nالمسمى الوظيفي: منسق البرامج\nالجهة: رابطة البحارة المهاجرين\n"
     "الدور المطلوب: كلمة في الجلسة العامة\n"),
])
def test_a_filled_form_naming_the_role_asked_is_a_speaker_request(ruleset: Ruleset, body: str, form: str) -> None:
    raw, docs = _with_form(body, form)
    assert decide(ruleset, raw, docs).category == "speaker_request"


@pytest.mark.parametrize(("body", "form"), [
    # a blank form sent back with a question: its role row lists the roles to tick
    ("Is this the form we should fill in?\n\nTom Price\n",
     "Speaker form\nFull name: ____________\nPosition: ____________\n"
     "Role requested: ☐ plenary ☐ roundtable ☐ open discussion ☐ rapporteur\n"),
    ("Est-ce bien la fiche à remplir ?\n\nLina\n",
     "Fiche d'intervenant\nNom et prénom : Lina Farès\nFonction : Juriste\n"
     "Rôle souhaité : plénière / table ronde / discussion ouverte\n"),
])
def test_near_miss_a_blank_form_offering_the_roles(ruleset: Ruleset, body: str, form: str) -> None:
    raw, docs = _with_form(body, form)
    decision = decide(ruleset, raw, docs)
    assert "speaker-form-role-row" not in {h.rule for h in decision.hits}
    assert decision.category != "speaker_request"
