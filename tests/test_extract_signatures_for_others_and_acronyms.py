"""Families of the blind sets 175-192 (session 28, F6): a signature made for someone else over the signer's own name,
a post before the name said again in full, a body closed by its acronym, an acronym after a name in sentence case, the
sender asking together with someone they name, fields after an independent title, a professional order. Each with a
near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_signature import read_block
from intake.extract_values import spelled_acronyms
from tests.extracting import message, run


# A line that signs for another person by name ("P/O Karim X", "p.p. Jane X", "عن د. سامي X") over the signer's own
# name: the block describes the signer, and the other person's name is neither the signer's name nor their title
@pytest.mark.parametrize(("lines", "who"), [
    (["P/O Karim Haddou", "Lina Ferrand", "Chargée de mission", "Collectif Horizons Partagés"],
     ("Lina Ferrand", "Chargée de mission", "Collectif Horizons Partagés")),
    (["p.p. Jane Holloway", "Tom Brierley", "Executive Assistant", "Harbour Aid Network"],
     ("Tom Brierley", "Executive Assistant", "Harbour Aid Network")),
    (["عن د. سامي خليل", "ليلى حداد", "مساعدة المدير", "جمعية الأمل للتنمية"],
     ("ليلى حداد", "مساعدة المدير", "جمعية الأمل للتنمية")),
])
def test_a_signature_made_for_someone_named(lines: list[str], who: tuple[str, str, str], rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.name, sig.title, sig.affiliation) == who


# Near miss: a name with no mark before it over a post is the signer's own; a post after "For" is still the one signed
# for (the signer below it)
@pytest.mark.parametrize(("lines", "who"), [
    (["Jane Holloway", "Executive Assistant", "Harbour Aid Network"],
     ("Jane Holloway", "Executive Assistant", "Harbour Aid Network")),
    (["For the Director", "Tom Brierley", "Executive Assistant", "Harbour Aid Network"],
     ("Tom Brierley", "Executive Assistant", "Harbour Aid Network")),
])
def test_near_miss_no_other_name_signed_for(lines: list[str], who: tuple[str, str, str], rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.name, sig.title, sig.affiliation) == who


# The post written with a possessive before the name, then again in full in brackets after it ("our chair, Dr. X (Chair
# of the Board)", "notre coordinatrice, Mme Y (coordinatrice régionale)"): one post, as the details write it
@pytest.mark.parametrize(("body", "language", "title"), [
    ("Hello,\n\nWe would like to propose our chair, Dr. Samir Haddad (Chair of the Board), for a floor intervention in "
     "the plenary.\n\nBest,\nLina Moss\nHarbour Aid Network", "en", "Chair of the Board"),
    ("Bonjour,\n\nNous proposons notre coordinatrice, Mme Claire Dubois (coordinatrice régionale), pour une intervention"
     " en plénière.\n\nCordialement,\nLina Moss\nCollectif Horizons Partagés", "fr", "coordinatrice régionale"),
])
def test_a_post_before_the_name_said_again_in_full(body: str, language: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.title == title


# Near miss: a different post in the brackets is a second post, kept with the first
def test_near_miss_a_different_post_in_brackets(rules: ExtractRules) -> None:
    body = ("Hello,\n\nWe would like to propose our chair, Dr. Samir Haddad (Professor of Law), for a floor intervention"
            " in the plenary.\n\nBest,\nLina Moss\nHarbour Aid Network")
    speaker, = run(message(body), rules).speakers
    assert speaker.title == "chair, Professor of Law"


# A signature line of capitalised words closed by the acronym their initials spell (one letter, of a word the name
# leaves unwritten, at most aside) is the body, not the signer's name: the speaker's organisation
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hello,\n\nI am writing on behalf of Dr. Omar Saleh, our mental health lead, who would like to serve as a "
     "rapporteur.\n\nBest,\nNadia\nHorizon Solidarity (HSA) – Jordan Office", "en", "Horizon Solidarity (HSA)"),
    ("Bonjour,\n\nJe vous écris de la part du Dr Omar Saleh, responsable santé mentale de notre mission, qui "
     "souhaiterait être rapporteur.\n\nCordialement,\nNadia\nEntraide Méditerranée (AEM)", "fr", "Entraide Méditerranée (AEM)"),
])
def test_a_body_closed_by_its_acronym_is_no_name(body: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.affiliation) == ("Omar Saleh", affiliation)


# Near miss: a person's name with their organisation's acronym in brackets, which their initials do not spell, is a name
def test_near_miss_a_name_with_its_organisations_acronym(rules: ExtractRules) -> None:
    sig = read_block(["Nadia Karim (HSA)", "Programme Officer", "Horizon Solidarity Alliance"], rules)
    assert (sig.name, sig.title, sig.affiliation) == ("Nadia Karim", "Programme Officer", "Horizon Solidarity Alliance")


# The sender joined to the person they name as the ones who ask ("My friend X and I would like to speak", "Ma collègue
# X et moi souhaitons intervenir"): both are speakers, with the roles that sentence asks for
@pytest.mark.parametrize(("body", "language", "roles"), [
    ("Hello,\n\nMy friend Leila Hassan and I would like to speak in the plenary about domestic work.\n\nThanks\n"
     "Amina Yusuf\nCoordinator, Doha Workers Circle", "en", ("plenary",)),
    ("Hello,\n\nMy name is Amina Yusuf, I work as a cleaner in Doha. Me and my friend Leila Hassan (from Sudan) we want to"
     " speak in the plenary.\n\nThank you\nAmina", "en", ("plenary",)),
    ("Bonjour,\n\nMa collègue Leila Hassan et moi souhaitons intervenir dans la table ronde 2.\n\nMerci\nAmina Yusuf\n"
     "Coordinatrice, Cercle des travailleuses", "fr", ("roundtable",)),
])
def test_the_sender_asking_together_with_someone(body: str, language: str, roles: tuple[str, ...],
                                                 rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Amina Yusuf <amina@example.org>"), rules, language=language).speakers
    assert [(sp.name, sp.roles) for sp in speakers] == [("Amina Yusuf", roles), ("Leila Hassan", roles)]


# Near miss: the sender and the person together in a sentence that asks nothing ("X and I will send the bio"): the
# person proposed is the only speaker
def test_near_miss_together_in_a_sentence_that_asks_nothing(rules: ExtractRules) -> None:
    body = ("Hello,\n\nWe propose Ms. Leila Hassan for the plenary. Leila Hassan and I will send her bio.\n\nThanks\n"
            "Amina Yusuf")
    speaker, = run(message(body, from_="Amina Yusuf <amina@example.org>"), rules).speakers
    assert (speaker.name, speaker.roles) == ("Leila Hassan", ("plenary",))


# The fields a signature lists after a title held at no organisation ("Independent Consultant" over "Labour migration |
# Fair recruitment", "Chercheur indépendant", "باحث مستقل") name no organisation
@pytest.mark.parametrize("lines", [
    ["Tariq Haddad", "Independent Consultant", "Labour migration | Fair recruitment | Wage protection", "Muscat, Oman"],
    ["Dr. Hana Khalil", "Independent Researcher | Return migration & reintegration"],
    ["Karim Nassar", "Chercheur indépendant", "Migrations de travail | Recrutement équitable"],
    ["كريم ناصر", "باحث مستقل", "الهجرة | التوظيف العادل"],
])
def test_fields_after_an_unattached_title_are_no_organisation(lines: list[str], rules: ExtractRules) -> None:
    assert read_block(lines, rules).affiliation is None


# Near miss: an organisation named after an independent title, and a field after a title held at a body, are still read
@pytest.mark.parametrize(("lines", "affiliation"), [
    (["Tariq Haddad", "Independent Consultant", "Gulf Labour Network"], "Gulf Labour Network"),
    (["Tariq Haddad", "Senior Consultant | Kestrel Partners"], "Kestrel Partners"),
])
def test_near_miss_an_organisation_after_the_title(lines: list[str], affiliation: str, rules: ExtractRules) -> None:
    assert read_block(lines, rules).affiliation == affiliation


# A bar's professional order ("Ordre des avocats de Sfax", "Ordre des médecins de Tunis") is an organisation, though
# its name holds a post word
@pytest.mark.parametrize(("lines", "who"), [
    (["Me Rania Jlassi", "Présidente de la Commission des migrations", "Ordre des avocats de Sousse", "Tunisie"],
     ("Présidente de la Commission des migrations", "Ordre des avocats de Sousse")),
    (["Dr Samir Gharbi", "Médecin généraliste", "Ordre des médecins de Tunis"], ("Médecin généraliste", "Ordre des médecins de Tunis")),
])
def test_a_professional_order_is_an_organisation(lines: list[str], who: tuple[str, str], rules: ExtractRules) -> None:
    sig = read_block(lines, rules)
    assert (sig.title, sig.affiliation) == who


# Near miss: a post at the order's council stays a post ("Membre du Conseil de l'ordre")
def test_near_miss_a_post_at_the_orders_council(rules: ExtractRules) -> None:
    sig = read_block(["Me Rania Jlassi", "Membre du Conseil de l'ordre", "Barreau de Sousse"], rules)
    assert (sig.title, sig.affiliation) == ("Membre du Conseil de l'ordre", "Barreau de Sousse")


# A name written in sentence case before its acronym, whose letters skip some of its lower-case words ("Réseau X des
# jeunes en situation de précarité (RTJP)", "l'association Horizons solidaires des jeunes en exil (AHJE)"): the speaker
# given the acronym alone gets the name in full, the kind of body written in lower case before it left out
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Bonjour,\n\nAu nom du Réseau tunisien des jeunes en situation de précarité (RTJP), nous souhaitons que notre "
     "coordinatrice, Mme Rania Jlassi, Coordinatrice nationale du RTJP, intervienne dans la table ronde 2.\n\nMerci\nSami",
     "fr", "Réseau tunisien des jeunes en situation de précarité (RTJP)"),
    ("Bonjour,\n\nL'association Horizons solidaires des jeunes en exil (AHJE) souhaite proposer Mme Rania Jlassi, "
     "psychologue, pour la plénière.\n\nCordialement\nSami\nCoordinateur – AHJE", "fr",
     "Horizons solidaires des jeunes en exil (AHJE)"),
    ("Hello,\n\nThe Forum for young domestic workers in exile (FYDE) would like to propose Ms. Rania Jlassi, "
     "psychologist, for the plenary.\n\nBest\nSami\nCoordinator – FYDE", "en",
     "Forum for young domestic workers in exile (FYDE)"),
])
def test_an_acronym_written_after_its_name_in_sentence_case(body: str, language: str, affiliation: str,
                                                            rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.affiliation == affiliation


# Near miss: words before an acronym whose last one does not give its last letter, or a capitalised word the letters
# skip, spell no name for it
@pytest.mark.parametrize("text", [
    "We work with the Association supporting families of the missing in Tunis (ASF).",
    "Union Sahélienne des Travailleurs Migrants de Retour (USTM)",
])
def test_near_miss_words_that_do_not_spell_the_acronym(text: str, rules: ExtractRules) -> None:
    assert spelled_acronyms(text, rules) == {}
