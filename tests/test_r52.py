"""Round r52: a wish to speak with an adverb inside "would like" ("I would also like to take part in the open
discussion"), a colleague named after the proposer's possessive and post who asks in the same clause ("and our
legal researcher X would like to intervene in roundtable 2"), and the author of a forwarded request who asks for
themself besides such a colleague. Each family in several wordings, with near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.extract_values import _acronyms
from intake.parse import parse
from intake.rules import Ruleset
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.test_classify import decide, mail


def _decide(ruleset: Ruleset, subject: str, body: str) -> str:
    return decide(ruleset, mail(subject, body)).category


# ---------------------------------------------------------------------------------------------
# "would also like": an adverb between the modal and the wish

@pytest.mark.parametrize("body", [
    "Dear colleagues,\nI head the legal unit of the Tyre Workers Forum. I would also like to take part in the open "
    "discussion on 23 February.\nBest,\nOmar\n",
    "Hello,\nOur board has met. We would really like to join the second roundtable, if there is room.\nRegards,\nHiba\n",
    "Hi,\nThanks for the invitation. We'd also like to take the floor in the plenary.\nKarim\n",
    "Dear secretariat,\nWe would very much like to serve as rapporteur for the consultation.\nKind regards,\nSamia\n",
])
def test_a_wish_with_an_adverb_asks_to_speak(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "speaker_request"


def test_a_report_and_an_adverbed_wish_is_both(ruleset: Ruleset) -> None:
    body = "Dear Secretariat,\nPlease find attached the voluntary GCM review report of the Basra Rights Forum.\n" \
           "I would also like to take part in the open discussion, if there is still space.\nBest,\nAli\n"
    msg = EmailMessage()
    msg["From"] = "Ali <ali@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = "Voluntary GCM review report"
    msg["Message-ID"] = "<m2@example.org>"
    msg.set_content(body)
    msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="BRF_GCM_Voluntary_Review.pdf")
    parsed = parse(bytes(msg))
    assert classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category == "both"


@pytest.mark.parametrize("body", [
    # thanks for a past session, an apology, an observer's seat: no wish to speak
    "Dear colleagues,\nWe would also like to thank you for the roundtable last year, which was very useful.\nBest,\nOmar\n",
    "Dear colleagues,\nWe would also like to apologise: we cannot join the plenary.\nBest,\nOmar\n",
])
def test_an_adverbed_wish_that_asks_no_role_is_not_a_request(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "other"


@pytest.mark.parametrize("body", [
    # the French and Arabic wishes already admit the adverb ("je voudrais également", "أود أيضاً")
    "Bonjour,\nJe voudrais également participer à la discussion ouverte du 23 février.\nCordialement,\nSalma\n",
    "تحية طيبة،\nأود أيضاً المشاركة في النقاش المفتوح يوم 23 شباط.\nمع التحية\nهدى\n",
])
def test_adverbed_wishes_in_french_and_arabic(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "speaker_request"


# ---------------------------------------------------------------------------------------------
# "our legal researcher X would like to intervene": the colleague after a possessive and a post

_SENDER = "Rania Haddad <r.haddad@example.org>"
_SIG_EN = "Best,\nRania Haddad\nDirector, Amal Centre\n"
_SIG_FR = "Cordialement,\nRania Haddad\nPrésidente, Association Amal\n"


def _people(body: str, rules: ExtractRules, language: str) -> list[tuple[str | None, str | None, tuple[str, ...], int | None]]:
    fields = run(message(body, from_=_SENDER), rules, language=language)
    return [(s.name, s.title, tuple(s.roles), s.roundtable) for s in fields.speakers]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear organisers,\nI would like to take the floor in the plenary, and our programme officer Yusuf Demir would like "
     "to join roundtable 3.\n" + _SIG_EN, "en",
     [("Rania Haddad", "Director", ("plenary",), None), ("Yusuf Demir", "programme officer", ("roundtable",), 3)]),
    ("Bonjour,\nJe souhaite intervenir en plénière ; notre chargée de plaidoyer Leïla Benali souhaiterait intervenir "
     "dans la table ronde 1.\n" + _SIG_FR, "fr",
     [("Rania Haddad", "Présidente", ("plenary",), None), ("Leïla Benali", "chargée de plaidoyer", ("roundtable",), 1)]),
    ("Dear organisers,\nOur senior legal adviser Hana Okafor wishes to speak in the open discussion.\n" + _SIG_EN, "en",
     [("Hana Okafor", "senior legal adviser", ("open_discussion",), None)]),
    ("Bonjour,\nNotre coordinatrice régionale Awa Diallo voudrait prendre la parole en plénière.\n" + _SIG_FR, "fr",
     [("Awa Diallo", "coordinatrice régionale", ("plenary",), None)]),
])
def test_a_colleague_after_a_possessive_and_post_is_a_speaker(body: str, language: str, expected: list[tuple[
        str | None, str | None, tuple[str, ...], int | None]], rules: ExtractRules) -> None:
    assert _people(body, rules, language) == expected


@pytest.mark.parametrize("body", [
    # what follows the possessive is a body or a board, not a person; or it asks for nothing to speak
    "Dear organisers,\nI would like to speak in the plenary, and our partner network Mashreq Voices would like to attend.\n" + _SIG_EN,
    "Dear organisers,\nI would like to speak in the plenary. Our board would like to thank you for the invitation.\n" + _SIG_EN,
    "Dear organisers,\nI would like to speak in the plenary, and our Beirut office would like to receive the programme.\n" + _SIG_EN,
])
def test_a_possessive_before_no_person_adds_no_speaker(body: str, rules: ExtractRules) -> None:
    assert _people(body, rules, "en") == [("Rania Haddad", "Director", ("plenary",), None)]


# ---------------------------------------------------------------------------------------------
# A forwarded request whose author asks for themself besides such a colleague

def _forwarded(author: str, inner: str, rules: ExtractRules, language: str) -> list[tuple[str | None, tuple[str, ...]]]:
    body = "Dear colleagues,\nPlease see below.\n\nRegards,\nSami Nassar\nProgramme Assistant, Amal Centre\n\n" \
           f"-----Original Message-----\nFrom: {author}\nSent: Tuesday, February 9, 2021 6:40 PM\n" \
           "To: Sami Nassar <s.nassar@example.org>\nSubject: Regional review\n\n" + inner
    fields = run(message(body, subject="FW: Regional review", from_="Sami Nassar <s.nassar@example.org>"), rules,
                 language=language)
    return [(s.name, tuple(s.roles)) for s in fields.speakers]


@pytest.mark.parametrize(("author", "inner", "language", "expected"), [
    ("Dalia Fawzy <d.fawzy@example.org>",
     "Sami,\nCan you please write to the organisers: I would like to speak in a plenary session, and our legal "
     "researcher Ahmed Samir would like to intervene in the second roundtable.\nThanks,\nDalia\n", "en",
     [("Dalia Fawzy", ("plenary",)), ("Ahmed Samir", ("roundtable",))]),
    ("Hana Okafor <h.okafor@example.org>",
     "Hi Sami,\nPlease tell them I want to join the open discussion, and our field coordinator Musa Bello would like "
     "to be rapporteur.\nCheers,\nHana\n", "en",
     [("Hana Okafor", ("open_discussion",)), ("Musa Bello", ("rapporteur",))]),
    ("Leïla Benali <l.benali@example.org>",
     "Sami,\nMerci d'écrire aux organisateurs : je souhaite intervenir en plénière, et notre chargée de mission "
     "Awa Diallo souhaiterait intervenir à la table ronde 2.\nMerci,\nLeïla\n", "fr",
     [("Leïla Benali", ("plenary",)), ("Awa Diallo", ("roundtable",))]),
])
def test_the_forwarded_author_asking_besides_a_colleague(author: str, inner: str, language: str,
                                                        expected: list[tuple[str, tuple[str, ...]]],
                                                        rules: ExtractRules) -> None:
    assert _forwarded(author, inner, rules, language) == expected


def test_a_forwarded_author_who_only_passes_on_a_colleague_is_no_speaker(rules: ExtractRules) -> None:
    inner = "Sami,\nCan you please write to the organisers: our legal researcher Ahmed Samir would like to intervene " \
            "in the second roundtable.\nThanks,\nDalia\n"
    assert _forwarded("Dalia Fawzy <d.fawzy@example.org>", inner, rules, "en") == [("Ahmed Samir", ("roundtable",))]


# ---------------------------------------------------------------------------------------------
# An acronym made of the openings of a name's words, one inner word left out ("REMARC": "RE"seau "MA"rocain de
# "R"echerche sur les migrations "C"limatiques)

@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("Le Réseau marocain de recherche sur les migrations climatiques (REMARC) a le plaisir de vous écrire.", "REMARC",
     "Réseau marocain de recherche sur les migrations climatiques"),
    ("The Network for Research on Labour Migration Policy (NERLAP) is glad to write.", "NERLAP",
     "Network for Research on Labour Migration Policy"),
    ("L'Observatoire tunisien des droits des migrants saisonniers (OTUMIS) souhaite intervenir.", "OTUMIS",
     "Observatoire tunisien des droits des migrants saisonniers"),
])
def test_a_syllabic_acronym_that_leaves_out_a_word(text: str, acronym: str, full: str, rules: ExtractRules) -> None:
    assert _acronyms(text, rules) == {acronym: full}


@pytest.mark.parametrize("text", [
    # two words left out, or letters no opening gives: not this name's acronym
    "Le Réseau marocain de recherche sur les migrations climatiques (REMC) a le plaisir de vous écrire.",
    "Le Centre pour les droits des migrants (CEDRIM) a le plaisir de vous écrire.",
])
def test_an_acronym_that_leaves_out_more_is_not_spelled(text: str, rules: ExtractRules) -> None:
    assert _acronyms(text, rules) == {}


def test_a_table_cell_with_the_acronym_gets_the_whole_name(rules: ExtractRules) -> None:
    body = "Bonjour,\nLe Réseau tunisien de recherche sur les mobilités côtières (RETURC) propose l'intervenante " \
           "suivante :\nNom : Mme Salma Ben Ali\nFonction : Chargée d'études\nOrganisation : RETURC\n" \
           "Rôle : Table ronde 3\nCordialement,\nLe bureau du RETURC\n"
    sp = run(message(body), rules, language="fr").speakers
    assert [(s.name, s.affiliation) for s in sp] == [
        ("Salma Ben Ali", "Réseau tunisien de recherche sur les mobilités côtières (RETURC)")]


def test_a_forwarded_labelled_record_keeps_its_one_speaker(rules: ExtractRules) -> None:
    # the request is the labelled speaker's own, passed on by a colleague: the forwarder is no second speaker
    inner = "Sami,\nCould you forward the following? I'd like to request a floor intervention in the plenary.\n\n" \
            "Speaker: Dr. Nour Haddad\nTitle: Senior Research Fellow\nOrganisation: Amal Centre\n\nThanks,\nNour\n"
    assert _forwarded("Reem Saleh <r.saleh@example.org>", inner, rules, "en") == [("Nour Haddad", ("plenary",))]
