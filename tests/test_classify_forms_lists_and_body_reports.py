"""Families of the blind sets (session 35): speaker details written as numbered labelled blocks ("1) Nom : X" /
"Fonction : Y") under people proposed by count ("nous proposons deux personnes pour parler"); a nomination form whose
rows call the person the nominee ("Name of nominee:", "Speaking role requested (tick one):"), and a speaker form that
names the review in its heading, which is not a report; a report written in the body and said to be below ("Kindly
receive below the voluntary GCM review report of X", "we are writing it directly in this email")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import DocText
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_NUMBERED = ("Bonjour,\n\nJe suis Voahirana, responsable de l'association Vehivavy Malagasy Mifanampy au Koweït "
             "(VMMK).\n\nNous voulons participer et nous proposons deux personnes pour parler :\n\n"
             "1) Nom : RAKOTO Fanja\nFonction : Secrétaire de l'association\nParticipation : discussion ouverte\n\n"
             "2) Nom : RABE Volatiana\nFonction : Trésorière\nParticipation : table ronde 1\n\n"
             "Merci de nous dire l'horaire exact.\n\nVoahirana\n")


def test_numbered_labelled_blocks_of_people_proposed_to_speak(ruleset: Ruleset, rules: ExtractRules) -> None:
    decision = decide(ruleset, mail("Participation", _NUMBERED))
    assert {"speaker-details", "speaker-request-fr"} <= fired(decision)
    assert decision.category == "speaker_request"
    fields = run(message(_NUMBERED), rules, language="fr")
    # the organisation word in lower case before the name its acronym closes: the name is the body's own
    assert fields.organisation == "Vehivavy Malagasy Mifanampy au Koweït (VMMK)"
    assert [(s.title, s.affiliation, s.roundtable) for s in fields.speakers] == [
        ("Secrétaire de l'association", "Vehivavy Malagasy Mifanampy au Koweït (VMMK)", None),
        ("Trésorière", "Vehivavy Malagasy Mifanampy au Koweït (VMMK)", 1)]


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nJe vous propose un appel pour parler de notre rapport.\n\nAmina\n",  # a call to talk about it
    "Bonjour,\n\nNous avons rencontré l'association Marie Dupont hier.\n\nAmina\n",
])
def test_near_miss_no_one_proposed_to_speak(ruleset: Ruleset, rules: ExtractRules, body: str) -> None:
    assert decide(ruleset, mail("Question", body)).category != "speaker_request"
    assert run(message(body), rules, category="other", language="fr").organisation is None


_NOMINEE_FORM = ("SPEAKER NOMINATION FORM\nRegional Review of the Global Compact for Migration - Arab Region 2021\n"
                 "Name of nominee: Engr. Rodel Santiago\nPosition / Title: Vice President for Welfare\n"
                 "Organization: Bayanihan Community Association (BCA)\nSpeaking role requested (tick one):\n"
                 "[ ] Open discussion\n[ ] Rapporteur\n[ ] Plenary session\n[X] Thematic roundtable no. 2\n")
_FICHE = ("FICHE DE PROPOSITION D'INTERVENANT(E)\nExamen régional du Pacte mondial pour les migrations – États arabes\n"
          "Organisation : Association Yad bi Yad (AYY)\nNom et prénom : Mme Tigist Gebre\n"
          "Fonction : Médiatrice communautaire\nRôle souhaité :\n[ ] Discussion ouverte\n[X] Rapporteur(e)\n")


@pytest.mark.parametrize(("body", "name", "form", "speaker"), [
    ("Good day!\n\nAttached is the filled up speaker nomination form of our association. Pls confirm if received."
     "\n\nMarivic\n", "Nomination - BCA.docx", _NOMINEE_FORM,
     ("Rodel Santiago", "Vice President for Welfare", ("roundtable",), 2)),
    ("Bonsoir,\n\nCi-joint la fiche de notre association, dûment remplie.\n\nCarla\n", "Fiche intervenante – AYY.docx",
     _FICHE, ("Tigist Gebre", "Médiatrice communautaire", ("rapporteur",), None)),
])
def test_a_filled_nomination_form_is_the_request_and_no_report(ruleset: Ruleset, rules: ExtractRules, body: str,
                                                              name: str, form: str, speaker: tuple) -> None:
    docs = {name: DocText(name, form)}
    decision = decide(ruleset, mail("Form", body, attachments=[(name, _DOCX)]), docs)
    assert decision.category == "speaker_request"
    assert decision.report_attachments == ()
    fields = run(message(body), rules, docs=docs)
    assert [(s.name, s.title, s.roles, s.roundtable) for s in fields.speakers] == [speaker]


@pytest.mark.parametrize("body", [
    "Dear Sir / Madam,\n\nKindly receive below the voluntary GCM review report of Harambee Welfare Desk.\n\n"
    "1. Who we are\nA volunteer desk of the Kenyan community.\n\nRegards,\nJosphat\n",
    "Dear Sir / Madam,\n\nOur volunteers only have phones, so for our report we are writing it directly in this "
    "email.\n\n1. Who we are\nA volunteer desk.\n\nRegards,\nJosphat\n",
])
def test_a_report_in_the_body_said_to_be_below(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Report", body)).category == "voluntary_report"


def test_near_miss_questions_below_about_the_report(ruleset: Ruleset) -> None:
    body = "Dear Sir / Madam,\n\nKindly receive below our questions about the voluntary report.\n\n1. Length?\n"
    assert decide(ruleset, mail("Questions", body)).category != "voluntary_report"


@pytest.mark.parametrize(("form_name", "heading"), [
    ("Fiche_intervenante_ATAMS.docx", "Fiche intervenant(e) - Examen regional du Pacte mondial (region arabe)"),
    ("ATAMS 2021.docx", "Fiche intervenant(e) - Examen regional du Pacte mondial (region arabe)"),  # its heading alone
    ("Fiche_intervenante_ATAMS.docx", "Association ATAMS"),  # its name alone
])
def test_a_speaker_form_beside_the_report_is_not_part_of_it(ruleset: Ruleset, form_name: str, heading: str) -> None:
    body = ("Bonjour,\n\nVeuillez trouver ci-joint :\n- notre rapport volontaire sur la mise en œuvre du Pacte mondial ;\n"
            "- la fiche de l'intervenante que nous proposons pour l'une des tables rondes thématiques.\n\nLeïla\n")
    form = (f"{heading}\nNom et prénom : Hédia Mabrouk\nFonction : Trésorière\nOrganisation : ATAMS\n"
            "Type d'intervention : Table ronde thématique n° 2\n")
    report = "Rapport volontaire\nExamen regional du Pacte mondial pour les migrations\n1. Contexte\n"
    docs = {form_name: DocText(form_name, form), "Rapport_volontaire_ATAMS.pdf": DocText("Rapport_volontaire_ATAMS.pdf", report)}
    raw = mail("Rapport volontaire et intervenante", body,
               attachments=[("Rapport_volontaire_ATAMS.pdf", "application/pdf"), (form_name, _DOCX)])
    decision = decide(ruleset, raw, docs)
    assert (decision.category, decision.report_attachments) == ("both", ("Rapport_volontaire_ATAMS.pdf",))
