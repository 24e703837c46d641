"""Families of the blind sets (session 35): speaker details written as numbered labelled blocks ("1) Nom : X" /
"Fonction : Y") under people proposed by count ("nous proposons deux personnes pour parler"); a nomination form whose
rows call the person the nominee ("Name of nominee:", "Speaking role requested (tick one):"), and a speaker form that
names the review in its heading, which is not a report; a report written in the body and said to be below ("Kindly
receive below the voluntary GCM review report of X", "we are typing it right here in this email")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import DocText
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_NUMBERED = ("Bonjour,\n\nJe suis Lalaina, présidente de l'association Tanora Malagasy Miray au Qatar "
             "(TMMQ).\n\nPour la consultation, nous proposons deux personnes pour parler en notre nom :\n\n"
             "1) Nom : RAZAFY Miora\nFonction : Vice-présidente de l'association\nParticipation : table ronde 4\n\n"
             "2) Nom : RAHARISON Tiana\nFonction : Trésorière adjointe\nParticipation : discussion ouverte\n\n"
             "Pouvez-vous nous indiquer l'heure de passage ?\n\nLalaina\n")


def test_numbered_labelled_blocks_of_people_proposed_to_speak(ruleset: Ruleset, rules: ExtractRules) -> None:
    decision = decide(ruleset, mail("Participation", _NUMBERED))
    assert {"speaker-details", "speaker-request-fr"} <= fired(decision)
    assert decision.category == "speaker_request"
    fields = run(message(_NUMBERED), rules, language="fr")
    # the organisation word in lower case before the name its acronym closes: the name is the body's own
    assert fields.organisation == "Tanora Malagasy Miray au Qatar (TMMQ)"
    assert [(s.title, s.affiliation, s.roundtable) for s in fields.speakers] == [
        ("Vice-présidente de l'association", "Tanora Malagasy Miray au Qatar (TMMQ)", 4),
        ("Trésorière adjointe", "Tanora Malagasy Miray au Qatar (TMMQ)", None)]


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nJe vous propose un appel pour parler de notre rapport.\n\nLalaina\n",  # a call to talk about it
    "Bonjour,\n\nNous avons rencontré l'association Marie Dupont hier.\n\nLalaina\n",
])
def test_near_miss_no_one_proposed_to_speak(ruleset: Ruleset, rules: ExtractRules, body: str) -> None:
    assert decide(ruleset, mail("Question", body)).category != "speaker_request"
    assert run(message(body), rules, category="other", language="fr").organisation is None


_NOMINEE_FORM = ("SPEAKER NOMINATION FORM\nGCM regional review conference, February 2021\n"
                 "Organization: Samahang Pinoy sa Qatar (SPQ)\nName of nominee: Engr. Jerome Ilagan\n"
                 "Position / Title: Public Relations Officer\nSpeaking role requested (tick one):\n"
                 "[ ] Plenary\n[X] Thematic roundtable no. 3\n[ ] Open discussion\n[ ] Rapporteur\n")
_FICHE = ("FICHE DE CANDIDATURE D'INTERVENANT(E)\nConférence régionale d'examen du PMM, février 2021\n"
          "Nom et prénom : Mme Yirgalem Ghidey\nFonction : Médiatrice culturelle\n"
          "Organisation : Association Beit el Amal (ABE)\nRôle souhaité :\n[X] Rapporteur(e)\n[ ] Table ronde\n")


@pytest.mark.parametrize(("body", "name", "form", "speaker"), [
    ("Hello po!\n\nHere is our group's speaker nomination form, already filled up. Kindly acknowledge."
     "\n\nAnalyn\n", "Nomination - SPQ.docx", _NOMINEE_FORM,
     ("Jerome Ilagan", "Public Relations Officer", ("roundtable",), 3)),
    ("Bonjour,\n\nVous trouverez la fiche de notre association, complétée.\n\nRosalie\n", "Fiche intervenante – ABE.docx",
     _FICHE, ("Yirgalem Ghidey", "Médiatrice culturelle", ("rapporteur",), None)),
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
    "Dear Secretariat,\n\nKindly receive below the voluntary GCM review report of Tigwirizane Support Point.\n\n"
    "1. About us\nA self-help group of Malawian workers.\n\nRegards,\nChisomo\n",
    "Dear Sir / Madam,\n\nWe have no laptop at the centre, so for our report we are typing it right here in this "
    "email.\n\n1. About us\nA self-help group.\n\nRegards,\nChisomo\n",
])
def test_a_report_in_the_body_said_to_be_below(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Report", body)).category == "voluntary_report"


def test_near_miss_questions_below_about_the_report(ruleset: Ruleset) -> None:
    body = "Hello,\n\nKindly receive below our questions about the voluntary report.\n\n1. Length?\n"
    assert decide(ruleset, mail("Questions", body)).category != "voluntary_report"


@pytest.mark.parametrize(("form_name", "heading"), [
    ("Fiche_intervenant_ACTL.docx", "Fiche intervenant(e) - Conference regionale d'examen du PMM (2021)"),
    ("ACTL fevrier.docx", "Fiche intervenant(e) - Conference regionale d'examen du PMM (2021)"),  # its heading alone
    ("Fiche_intervenant_ACTL.docx", "Association ACTL"),  # its name alone
])
def test_a_speaker_form_beside_the_report_is_not_part_of_it(ruleset: Ruleset, form_name: str, heading: str) -> None:
    body = ("Bonjour,\n\nNous vous adressons en pièces jointes :\n- le rapport volontaire de notre association ;\n"
            "- la fiche de l'intervenant que nous proposons pour une table ronde.\n\nZeineb\n")
    form = (f"{heading}\nNom et prénom : Chedlia Kasbi\nFonction : Secrétaire générale\nOrganisation : ACTL\n"
            "Type d'intervention : table ronde n° 4\n")
    report = "Rapport volontaire de l'ACTL\nMise en oeuvre du Pacte mondial à Besançon\n1. Introduction\n"
    docs = {form_name: DocText(form_name, form), "Rapport_volontaire_ACTL.pdf": DocText("Rapport_volontaire_ACTL.pdf", report)}
    raw = mail("Notre rapport et notre intervenant", body,
               attachments=[("Rapport_volontaire_ACTL.pdf", "application/pdf"), (form_name, _DOCX)])
    decision = decide(ruleset, raw, docs)
    assert (decision.category, decision.report_attachments) == ("both", ("Rapport_volontaire_ACTL.pdf",))
