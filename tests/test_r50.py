"""Round r50: a name whose acronym takes its letters from its first words and leaves the rest out ("Joint
Employers-Workers Committee on Labour Migration (JEWC)", "Comité mixte employeurs-syndicats pour la mobilité de la
main-d'œuvre (CMEM)"), so that the acronym alone, or the name with its town, gives the fullest form written; and a
ministry, which keeps the country written after its comma ("Ministry of Labour, Libya"), where another body's
town after a comma is an address. Each family in several wordings, with near-misses that must not change."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_values import _acronyms
from tests.extracting import message, run


def _speaker(body: str, rules: ExtractRules, language: str) -> tuple[str | None, str | None]:
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language=language)
    assert len(fields.speakers) == 1
    sp = fields.speakers[0]
    return sp.name, sp.affiliation


# ---------------------------------------------------------------------------------------------
# An acronym made of the first words' letters, the words after them left out

@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("We write on behalf of the Joint Employers-Workers Committee on Labour Migration (JEWC) in Amman.",
     "JEWC", "Joint Employers-Workers Committee on Labour Migration"),
    ("Our partner, the National Steering Committee for Domestic Workers Protection (NSC), agrees.",
     "NSC", "National Steering Committee for Domestic Workers Protection"),
    ("Le rapport a été préparé par le Comité mixte employeurs-syndicats pour la mobilité de la main-d'œuvre (CMEM).",
     "CMEM", "Comité mixte employeurs-syndicats pour la mobilité de la main-d'œuvre"),
    ("Nous écrivons au nom de l'Observatoire régional des flux migratoires sahariens (ORF), basé à Agadez.",
     "ORF", "Observatoire régional des flux migratoires sahariens"),
])
def test_acronym_of_the_first_words(text: str, acronym: str, full: str, rules: ExtractRules) -> None:
    assert _acronyms(text, rules).get(acronym) == full


@pytest.mark.parametrize(("text", "acronym"), [
    # no organisation word in the run: the letters happen to be there, no name is spelled
    ("We met the Joint Employers and Workers on Labour Migration (JEWC) last year.", "JEWC"),
    # too many words left out between the letters
    ("The Committee of Migrant Workers Employed in the Houses of Families and Elders (CMW) said so.", "CMW"),
    # the bracket names another body, whose first letter no word before it opens with
    ("We worked with the Arab Trade Union Confederation (ITUC) on this.", "ITUC"),
])
def test_acronym_whose_letters_do_not_open_the_name(text: str, acronym: str, rules: ExtractRules) -> None:
    assert acronym not in _acronyms(text, rules)


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear team,\nI am writing on behalf of the Joint Employers-Workers Committee on Labour Migration (JEWC) in Amman, "
     "which brings together employers and unions.\nWe would like to propose Mr. Karim Haddad, our Head of Policy, "
     "as a speaker in Roundtable 2.\nKind regards,\nSara Aziz\n", "en",
     "Joint Employers-Workers Committee on Labour Migration (JEWC)"),
    ("Madame, Monsieur,\nVeuillez trouver ci-joint le rapport du Comité mixte employeurs-syndicats pour la mobilité "
     "de la main-d'œuvre (CMEM), en concertation avec nos partenaires.\nPar ailleurs, nous souhaitons proposer "
     "Mme Nadia Berrada, Secrétaire générale du CMEM, pour une intervention dans la table ronde n°1.\n"
     "Cordialement,\nYoussef Amrani\n", "fr",
     "Comité mixte employeurs-syndicats pour la mobilité de la main-d'œuvre (CMEM)"),
])
def test_speaker_affiliation_is_the_name_the_acronym_closes(body: str, language: str, affiliation: str,
                                                            rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


# ---------------------------------------------------------------------------------------------
# A ministry keeps its country after a comma; another body's town after a comma is an address

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Ministry of Labour, Hashemite Kingdom of Jordan\nBest regards,\nOmar\n", "en",
     "Ministry of Labour, Hashemite Kingdom of Jordan"),
    ("Dear colleagues,\nWe propose a speaker for the plenary.\nName: Hanan Fathi\nTitle: Focal Point\n"
     "Organisation: Ministry of Social Affairs and Rehabilitation, Libya\nBest regards,\nLaila\n", "en",
     "Ministry of Social Affairs and Rehabilitation, Libya"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Directeur\n"
     "Organisation : Ministère de l'Emploi et de l'Insertion, Maroc\nCordialement,\nSalma\n", "fr",
     "Ministère de l'Emploi et de l'Insertion, Maroc"),
])
def test_a_ministry_keeps_its_country(body: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Jordanian Women Workers Association, Jordan\nBest regards,\nOmar\n", "en",
     "Jordanian Women Workers Association"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Directeur\n"
     "Organisation : Association des Travailleurs Migrants, Maroc\nCordialement,\nSalma\n", "fr",
     "Association des Travailleurs Migrants"),
])
def test_another_body_drops_its_country(body: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation
