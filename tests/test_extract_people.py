"""Names, honorifics and titles of speakers: forms of address kept out of the name, a person described in one
sentence of a line, and a title written on the line under a labelled name. Each family is written in several ways
(languages, punctuation, case, accents, where the detail sits)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import Fields
from tests.extracting import load_rules, message, run


@pytest.fixture(scope="module")
def rules() -> ExtractRules:
    return load_rules()


def _one(body: str, rules: ExtractRules, language: str, from_: str = "Someone <someone@example.org>") -> Fields:
    fields = run(message(body, from_=from_), rules, language=language)
    assert len(fields.speakers) == 1
    return fields


# Religious forms of address go to the honorific, never into the name
_EN_LABELLED = "Dear team,\nWe would like to request a speaking slot at the plenary.\nName: {}\nTitle: Director\n" \
    "Organisation: Saint Elias Social Service\n"
_FR_LABELLED = "Bonjour,\nNous souhaitons demander une intervention en plénière.\nNom : {}\nFonction : Directeur\n" \
    "Organisation : Caritas Liban\n"
_AR_LABELLED = "تحية طيبة\nأرجو تسجيل طلب مداخلة في الجلسة العامة\nالاسم: {}\nالصفة: مدير\nالجهة: كاريتاس لبنان\n"


@pytest.mark.parametrize(("template", "language", "value", "name", "honorific"), [
    (_EN_LABELLED, "en", "Fr. Georges Haddad", "Georges Haddad", "Fr."),
    (_EN_LABELLED, "en", "fr. georges haddad", "georges haddad", "fr."),
    (_EN_LABELLED, "en", "Sr. Marie Khoury", "Marie Khoury", "Sr."),
    (_EN_LABELLED, "en", "Br. Elias Saade", "Elias Saade", "Br."),
    (_EN_LABELLED, "en", "Revd Anna Clarke", "Anna Clarke", "Revd"),
    (_EN_LABELLED, "en", "Pastor John Mensah", "John Mensah", "Pastor"),
    (_EN_LABELLED, "en", "Msgr. Paul Dahdah", "Paul Dahdah", "Msgr."),
    (_FR_LABELLED, "fr", "Abbé Pierre Karam", "Pierre Karam", "Abbé"),
    (_FR_LABELLED, "fr", "Abbe Pierre Karam", "Pierre Karam", "Abbe"),
    (_FR_LABELLED, "fr", "Pasteur Jean Mbala", "Jean Mbala", "Pasteur"),
    (_FR_LABELLED, "fr", "le Père Georges Haddad", "Georges Haddad", "Père"),
    (_AR_LABELLED, "ar", "القس جورج حداد", "جورج حداد", "القس"),
    (_AR_LABELLED, "ar", "المطران بولس مطر", "بولس مطر", "المطران"),
    (_AR_LABELLED, "ar", "سماحة الشيخ أحمد الحسن", "أحمد الحسن", "سماحة الشيخ"),
])
def test_religious_form_of_address_is_an_honorific(template: str, language: str, value: str, name: str,
                                                   honorific: str, rules: ExtractRules) -> None:
    sp = _one(template.format(value), rules, language).speakers[0]
    assert (sp.name, sp.honorific) == (name, honorific)


@pytest.mark.parametrize(("template", "language", "value"), [
    (_EN_LABELLED, "en", "Imam Santoso"),  # a given name, not only a form of address
    (_AR_LABELLED, "ar", "الخوري جورج"),  # a family name ("جورج الخوري") as much as a priest
])
def test_a_form_of_address_that_is_also_a_name_stays(template: str, language: str, value: str,
                                                     rules: ExtractRules) -> None:
    assert _one(template.format(value), rules, language).speakers[0].name == value


def test_religious_honorific_in_prose(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nOur parish would like to propose Fr. Georges Haddad, Director of Social Services, " \
        "to speak at roundtable 3.\nBest regards,\nMaya Khoury"
    sp = _one(body, rules, "en", from_="Maya Khoury <maya@example.org>").speakers[0]
    assert (sp.name, sp.honorific) == ("Georges Haddad", "Fr.")


# A sender who describes themself in one sentence of a longer line: "..., Name, Title, Organisation. ..."
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello po! Pls register me for roundtable 2. Ana Cruz, Chairperson, Bayanihan Migrant Workers Association "
     "(BMWA). Thank u", "en", ("Ana Cruz", "Chairperson", "Bayanihan Migrant Workers Association (BMWA)")),
    ("hi, pls register me for the open discussion! Ana Cruz - chairperson - Bayanihan Migrant Workers Association. "
     "Thanks po", "en", ("Ana Cruz", "chairperson", "Bayanihan Migrant Workers Association")),
    ("Ana Cruz, Chairperson, Bayanihan Migrant Workers Association. Please register me for roundtable 2, thanks",
     "en", ("Ana Cruz", "Chairperson", "Bayanihan Migrant Workers Association")),
    ("Bonjour, merci de m'inscrire pour la table ronde 2. Awa Diop, Présidente, Association des Travailleurs "
     "Migrants du Sénégal. Merci", "fr", ("Awa Diop", "Présidente", "Association des Travailleurs Migrants du Sénégal")),
    ("Bonjour ! Je souhaite intervenir en plénière. Awa Diop, presidente, Association des Travailleurs Migrants. "
     "Merci d'avance", "fr", ("Awa Diop", "presidente", "Association des Travailleurs Migrants")),
    ("Bonjour. Awa Diop - Coordinatrice - Association des Travailleurs Migrants. Je souhaite intervenir en plénière.",
     "fr", ("Awa Diop", "Coordinatrice", "Association des Travailleurs Migrants")),
])
def test_person_described_in_one_sentence_of_a_line(body: str, language: str, expected: tuple[str, str, str],
                                                    rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Ana <a.sender@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


# A title (and organisation) written on the line right under a labelled name
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("مساء الخير\nارجو تسجيل طلبي للمداخلة في الجلسة العامة\nالاسم: يوسف المقطري\nصحفي مستقل\nشكرا", "ar",
     "صحفي مستقل", None),
    ("مساء الخير\nأرغب بالمشاركة في النقاش المفتوح.\nالاسم: لمى الخطيب\nصحفية مستقلة، أكتب عن العمال المهاجرين\n", "ar",
     "صحفية مستقلة", None),
    ("السلام عليكم\nأرجو تسجيلي في الجلسة العامة\nالاسم الكامل: لمى الخطيب\nباحثة في جمعية تمكين\n", "ar",
     "باحثة", "جمعية تمكين"),
    ("Hello,\nPlease register me for the open discussion.\nName: John Smith\nFreelance journalist\nThanks", "en",
     "Freelance journalist", None),
    ("Hello,\nplease register me for the open discussion\nname: John Smith\nfreelance journalist, writing on "
     "migrant workers in Jordan\n", "en", "freelance journalist", None),
    ("Hi,\nI would like to speak at the plenary.\nFull name: John Smith\nIndependent consultant\n", "en",
     "Independent consultant", None),
    ("Bonjour,\nJe souhaite intervenir lors de la discussion ouverte.\nNom : Jean Dupont\nJournaliste indépendant\n"
     "Merci", "fr", "Journaliste indépendant", None),
    ("Bonjour,\nje souhaite intervenir en plénière\nNom et prénom: Jeanne Dupont\njournaliste independante, je couvre "
     "les migrations au Liban\n", "fr", "journaliste independante", None),
    ("Bonjour,\nJe souhaite intervenir en plénière.\nNOM : Jeanne DUPONT\nAvocate\n", "fr", "Avocate", None),
])
def test_title_on_the_line_under_a_labelled_name(body: str, language: str, title: str, affiliation: str | None,
                                                 rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


@pytest.mark.parametrize("under", ["Thank you", "Roundtable 2", "شكرا", "Merci d'avance", "I would like to speak"])
def test_a_line_under_a_labelled_name_that_is_no_title(under: str, rules: ExtractRules) -> None:
    body = f"Hello,\nPlease register me for the open discussion.\nName: John Smith\n{under}\n"
    assert _one(body, rules, "en").speakers[0].title is None
