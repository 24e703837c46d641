"""Names, honorifics and titles of speakers: forms of address kept out of the name, a person described in one
sentence of a line, a title written on the line under a labelled name, the sender who asks for themself (their
details after "myself", an offer to be rapporteur), the name under a well-wish closing or over a device's footer, and
the author of a forwarded message who proposes themself. Each family is written in several ways (languages,
punctuation, case, accents, where the detail sits)."""

from __future__ import annotations

import dataclasses

import pytest

from intake.extract import ExtractRules
from intake.model import Fields
from tests.extracting import message, run


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
    # a prelate's style spelled out, and the Coptic archpriest's
    (_EN_LABELLED, "en", "His Eminence Antoine Saad", "Antoine Saad", "His Eminence"),
    (_FR_LABELLED, "fr", "Sa Béatitude Ignace Khoury", "Ignace Khoury", "Sa Béatitude"),
    (_AR_LABELLED, "ar", "القمص مرقس حنا", "مرقس حنا", "القمص"),


    # the Eastern churches' ranks
    (_AR_LABELLED, "ar", "القمص مرقس فهيم", "مرقس فهيم", "القمص"),
    (_AR_LABELLED, "ar", "نيافة الأنبا يوأنس", "يوأنس", "نيافة الأنبا"),
    (_AR_LABELLED, "ar", "الأرشمندريت يعقوب خليل", "يعقوب خليل", "الأرشمندريت"),
    (_EN_LABELLED, "en", "Archimandrite Jacob Khalil", "Jacob Khalil", "Archimandrite"),
    (_EN_LABELLED, "en", "Archpriest Mark Fahim", "Mark Fahim", "Archpriest"),
    (_FR_LABELLED, "fr", "Archiprêtre Marc Fahim", "Marc Fahim", "Archiprêtre"),
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


def test_a_prelate_named_by_style_alone_is_no_speaker(rules: ExtractRules) -> None:
    # "His Eminence the Secretary-General" names nobody; the person is the one in the details block
    body = "Dear colleagues,\nI write on behalf of His Eminence the President of our Council, who wishes to serve as " \
        "rapporteur at the consultation.\n\nHis details:\n\nRev. Antoine Saad\nPresident\nCouncil of Churches of " \
        "the North\n\nBest regards,\nNadia Frem\n"
    sp = _one(body, rules, "en", from_="Nadia Frem <nadia@example.org>").speakers[0]
    assert sp.name == "Antoine Saad"


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


# A sender who asks a slot for themself in a sentence that speaks for their body ("on behalf of the Institute, I would
# like a slot for myself") and nominates a colleague: both are speakers, each with the role asked for them.
@pytest.mark.parametrize(("body", "language", "from_", "me"), [
    ("Dear colleagues,\nWriting on behalf of the Institute for Migration Law, I would like to request a speaking slot "
     "for myself in the plenary.\nI would also like to nominate my colleague Dr. Omar Saleh, Senior Lecturer in "
     "Labour Law at the Institute, for Roundtable 2.\nBest wishes,\n\nDr. Rana Khalil\nDirector\nInstitute for "
     "Migration Law\n", "en", '"Khalil, Rana" <r.khalil@example.edu>', "Rana Khalil"),
    ("Hello,\non behalf of our network I'd like a slot for myself at the plenary session; we also nominate "
     "Mr. Omar Saleh, Policy Officer, for roundtable 2.\nRegards,\nRana Khalil\nCoordinator, Migrant Rights Network\n",
     "en", "Rana Khalil <rana@example.org>", "Rana Khalil"),
    ("Dear all,\nOn behalf of the Centre, I request a speaking slot for myself in the plenary.\n\nWe also propose "
     "Ms. Lina Haddad, Research Fellow, to speak in Roundtable 3.\n\nKind regards\nRana Khalil\nHead of Programmes\n"
     "Centre for Mobility Studies\n", "en", "KHALIL, Rana <rk@example.org>", "Rana Khalil"),
    ("Madame, Monsieur,\nAu nom de l'Institut, je sollicite une intervention pour moi-même en séance plénière.\n"
     "Je propose également mon collègue Dr Omar Saleh, maître de conférences, pour la table ronde 2.\n"
     "Cordialement,\nRana Khalil\nDirectrice\nInstitut du droit des migrations\n", "fr",
     "Rana Khalil <rk@example.org>", "Rana Khalil"),
    ("Bonjour,\nau nom de notre association je souhaite intervenir moi-meme en pleniere ; nous proposons aussi "
     "Mme Lina Haddad, chargée de plaidoyer, pour la table ronde 3.\nBien à vous\nRana Khalil\nPrésidente, "
     "Association Mobilités\n", "fr", "Rana Khalil <rk@example.org>", "Rana Khalil"),
    ("Bonjour,\nAu nom du Centre, je demande pour moi-même une prise de parole en plénière.\n\nNous proposons "
     "également M. Omar Saleh, chercheur, pour la table ronde 2.\nCordialement\nRana KHALIL\nDirectrice, Centre "
     "d'études des mobilités\n", "fr", "Rana KHALIL <rk@example.org>", "Rana KHALIL"),
    ("السادة الكرام،\nنيابة عن المعهد، أود أن أطلب مداخلة لنفسي في الجلسة العامة.\nكما أود ترشيح زميلي الدكتور عمر "
     "صالح، محاضر في قانون العمل، للمائدة المستديرة 2.\nمع التحية\nرنا خليل\nمديرة المعهد\n", "ar",
     "Rana Khalil <rk@example.org>", "رنا خليل"),
    ("تحية طيبة،\nبالنيابة عن الشبكة أرغب في المشاركة بنفسي في الجلسة العامة، ونرشح أيضا السيدة لينا حداد، باحثة، "
     "للمائدة المستديرة 3.\nرنا خليل\nمنسقة الشبكة\n", "ar", "Rana Khalil <rk@example.org>", "رنا خليل"),
    ("مرحبا\nباسم المركز، أطلب لنفسي مداخلة في الجلسة العامة\n\nونقترح الأستاذ عمر صالح، باحث، للمائدة المستديرة 2\n"
     "مع الشكر\nرنا خليل\nمديرة مركز دراسات التنقل\n", "ar", "Rana Khalil <rk@example.org>", "رنا خليل"),
])
def test_sender_asking_for_themself_on_behalf_of_their_body(body: str, language: str, from_: str, me: str,
                                                             rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [sp.name for sp in fields.speakers][0] == me
    assert len(fields.speakers) == 2
    assert fields.speakers[0].roles == ("plenary",)
    assert "roundtable" in fields.speakers[1].roles and "plenary" not in fields.speakers[1].roles


# A signature that writes a unit over its body ("Institute for Refugee Law" / "University of Mount Lebanon") reads
# them as the text writes them together, when it does ("the Institute for Refugee Law of the University of ...").
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\nWriting on behalf of the Institute for Refugee Law of the University of Mount Lebanon, I would "
     "like to request a speaking slot in the plenary.\nBest wishes,\n\nDr. Maya Haddad\nDirector\nInstitute for "
     "Refugee Law\nUniversity of Mount Lebanon\n", "en", "Institute for Refugee Law of the University of Mount Lebanon"),
    ("Hello,\nI would like to speak at roundtable 2 for the Legal Clinic of\nCanaan University.\nRegards,\nMaya Haddad\n"
     "Coordinator\nLegal Clinic\nCanaan University\n", "en", "Legal Clinic of Canaan University"),
    ("Dear all,\nI wish to speak in the plenary on behalf of the migration centre of Lakeside University.\nBest,\n"
     "Maya Haddad\nResearcher\nMigration Centre\nLakeside University\n", "en", "Migration Centre, Lakeside University"),
    ("Bonjour,\nAu nom du Laboratoire des Migrations de l'Université de Sousse, je souhaite intervenir en plénière.\n"
     "Cordialement,\nMaya Haddad\nChercheuse\nLaboratoire des Migrations\nUniversité de Sousse\n", "fr",
     "Laboratoire des Migrations de l'Université de Sousse"),
    ("Bonjour,\nje souhaite intervenir a la table ronde 2 pour le Centre d'etudes des migrations de\nl'Universite de "
     "Tunis.\nCordialement\nMaya Haddad\nChercheuse\nCentre d'etudes des migrations\nUniversite de Tunis\n", "fr",
     "Centre d'etudes des migrations de l'Universite de Tunis"),
    ("Bonjour,\nJe souhaite prendre la parole en plénière au nom de l'Observatoire des Migrations de la Faculté de Sfax."
     "\nBien à vous,\nMaya Haddad\nAvocate\nObservatoire des Migrations\nFaculté de Sfax\n", "fr",
     "Observatoire des Migrations de la Faculté de Sfax"),
])
def test_signature_unit_and_body_as_the_text_writes_them(body: str, language: str, affiliation: str,
                                                          rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Maya Haddad <m@example.org>").speakers[0]
    assert sp.affiliation == affiliation


def test_a_comma_written_in_a_labelled_value_stays(rules: ExtractRules) -> None:
    body = ("Dear team,\nThe Labour Section of the Embassy of Ruritania wishes to take part in the open discussion.\n"
            "Name: Mrs. Dana Perera\nDesignation: First Secretary\nOrganisation: Labour Section, Embassy of Ruritania\n"
            "Thank you.\nLabour Section\nEmbassy of Ruritania\n")
    assert _one(body, rules, "en").speakers[0].affiliation == "Labour Section, Embassy of Ruritania"


# A profession of the arts or the media written before the name ("المخرجة X", "filmmaker X", "la réalisatrice X") is no
# part of the name; the school the post refers back to ("في المدرسة", "at the School") is the proposing one.
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("مساء الخير،\nتتشرف مدرسة عمّان للفيلم الوثائقي بترشيح المخرجة لينا الصافي، أستاذة الإخراج الوثائقي في المدرسة، "
     "لإلقاء مداخلة في الجلسة العامة.\nمع التحية،\nرامي حداد", "ar",
     ("لينا الصافي", "أستاذة الإخراج الوثائقي", "مدرسة عمّان للفيلم الوثائقي")),
    ("السلام عليكم\nيسر مدرسة بيروت للفنون أن ترشح المصور سامر نادر، مدرب التصوير في المدرسة، للمشاركة في المائدة "
     "المستديرة 2\nمع الشكر\nرامي حداد\nمدرسة بيروت للفنون", "ar", ("سامر نادر", "مدرب التصوير", "مدرسة بيروت للفنون")),
    ("مرحبا،\nنقترح الفنانة هالة يوسف، مدربة في المدرسة، للحديث في الجلسة العامة.\nمع التحية\nرامي حداد\n"
     "مدرسة الفنون الجميلة", "ar", ("هالة يوسف", "مدربة", "مدرسة الفنون الجميلة")),
    ("تحية طيبة\nيسعدنا في مدرسة الفنون الجميلة ترشيح الروائية هالة يوسف (محاضرة في المدرسة) للتحدث في الجلسة "
     "العامة.\nرامي حداد\nمنسق البرامج", "ar", ("هالة يوسف", "محاضرة", "مدرسة الفنون الجميلة")),
    ("Dear colleagues,\nThe Amman Documentary School is pleased to nominate filmmaker Lina Safi, Lecturer in "
     "Documentary Directing at the School, for the plenary.\nBest,\nRami Haddad", "en",
     ("Lina Safi", "Lecturer in Documentary Directing", "Amman Documentary School")),
    ("Hello,\nWe would like to propose the photographer Samer Nader, trainer at the school, to speak in roundtable 2."
     "\nRegards\nRami Haddad\nBeirut School of Arts", "en", ("Samer Nader", None, "Beirut School of Arts")),
    ("Dear all,\nBeirut Arts School nominates the poet Hala Youssef, lecturer at the School, to speak at the plenary."
     "\nRami Haddad", "en", ("Hala Youssef", "lecturer", "Beirut Arts School")),
    ("Bonjour,\nL'École de Cinéma de Tunis propose la réalisatrice Lina Safi, enseignante en réalisation documentaire à "
     "l'École, pour la plénière.\nCordialement\nRami Haddad", "fr",
     ("Lina Safi", "enseignante en réalisation documentaire", "École de Cinéma de Tunis")),
    ("Madame, Monsieur,\nnous proposons le photographe Samer Nader, formateur a l'ecole, pour la table ronde 2.\n"
     "Cordialement,\nRami Haddad\nÉcole des Arts de Beyrouth", "fr", ("Samer Nader", None, "École des Arts de Beyrouth")),
    ("Bonjour\nL'Ecole des Beaux-Arts de Sousse souhaite proposer l'écrivaine Hala Youssef, chargée de cours à l'École, "
     "pour intervenir en plénière.\nRami Haddad", "fr", ("Hala Youssef", "chargée de cours", "Ecole des Beaux-Arts de Sousse")),
])
def test_profession_before_the_name_and_the_school_referred_back_to(body: str, language: str,
                                                                    expected: tuple[str, str | None, str],
                                                                    rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Rami <r@example.org>").speakers[0]
    name, title, affiliation = expected
    assert (sp.name, sp.affiliation) == (name, affiliation)
    if title is not None:
        assert sp.title == title


# A block of details under a label ("Mes coordonnées :", "My details:", "بياناتي:") signed below by the given name
# alone ("Merci !" / "Élise"): the block is the signature, in the sender's own message or in one passed on.
_FORWARD_TOP = {
    "fr": "Bonjour,\n\nJe vous transfère ci-dessous la demande de notre directrice.\n\nBien à vous,\nJoël Mbarga\n"
          "Assistant administratif\nAssociation de Secours (ADS)\n\n---------- Message transféré ---------\n"
          "De : {d} <a@example.org>\nDate : jeu. 4 févr. 2021 à 19:02\nObjet : Conférence\nÀ : Joël Mbarga "
          "<j@example.org>\n\n",
    "en": "Hello,\n\nPlease find below the request of our director.\n\nBest regards,\nJoel Mbarga\nAdministrative "
          "Assistant\nRelief Association (RA)\n\n---------- Forwarded message ---------\nFrom: {d} <a@example.org>\n"
          "Date: Thu, 4 Feb 2021 at 19:02\nSubject: Conference\nTo: Joel Mbarga <j@example.org>\n\n",
    "ar": "مرحبا،\n\nأحول إليكم أدناه طلب مديرتنا.\n\nمع التحية،\nجويل مبارغا\nمساعد إداري\nجمعية الإغاثة\n\n"
          "---------- Forwarded message ---------\nFrom: {d} <a@example.org>\nDate: Thu, 4 Feb 2021 at 19:02\n"
          "Subject: Conference\nTo: Joel Mbarga <j@example.org>\n\n",
}


@pytest.mark.parametrize("forwarded", [True, False])
@pytest.mark.parametrize(("inner", "language", "display", "title"), [
    ("Joël,\n\nPeux-tu envoyer ce message au secrétariat ?\n\nJe souhaite intervenir à la table ronde 2.\n\n"
     "Mes coordonnées :\nÉlise Ndongo-Marchand\nResponsable du pôle Accueil et Orientation\nAssociation de Secours "
     "(ADS)\n\nMerci !\nÉlise", "fr", "Élise Ndongo-Marchand", "Responsable du pôle Accueil et Orientation"),
    ("Bonjour Joël,\nje souhaite intervenir en plénière, peux-tu transmettre ?\n\nmes coordonnees:\nElise Ndongo\n"
     "Responsable du pole accueil\nAssociation de Secours\n\nmerci beaucoup\nElise", "fr", "Elise Ndongo",
     "Responsable du pole accueil"),
    ("Joël,\nJe voudrais intervenir en plénière.\n\nCoordonnées -\nMme Élise Ndongo\nChargée de l'accueil, Association "
     "de Secours\n\nBien à toi\nÉlise", "fr", "Élise Ndongo", "Chargée de l'accueil"),
    ("Joel,\n\nCould you send this to the secretariat?\n\nI would like to speak at roundtable 2.\n\nMy details:\n"
     "Grace Wanjiru Mwangi\nHead of the Reception and Referral Unit\nRelief Association (RA)\n\nThanks!\nGrace", "en",
     "Grace Wanjiru Mwangi", "Head of the Reception and Referral Unit"),
    ("Hi Joel, I wish to speak in the plenary - please pass this on.\n\nContact details -\nDr. Grace Mwangi\nHead, "
     "Reception Unit\nRelief Association\n\nMany thanks\nGrace", "en", "Grace Mwangi", "Head, Reception Unit"),
    ("Joel - I'd like to speak at roundtable 3, can you forward?\n\nmy contact details:\nGrace Mwangi\nreception "
     "officer\nRelief Association\n\ncheers,\nGrace", "en", "Grace Mwangi", "reception officer"),
    ("جويل،\n\nأرجو إرسال هذه الرسالة إلى الأمانة.\n\nأرغب في المداخلة في المائدة المستديرة 2.\n\nبياناتي:\nسعاد "
     "الخطيب\nمسؤولة قسم الاستقبال والتوجيه\nجمعية الإغاثة\n\nشكرا!\nسعاد", "ar", "سعاد الخطيب",
     "مسؤولة قسم الاستقبال والتوجيه"),
    ("مرحبا جويل\nأود المشاركة في الجلسة العامة، أرجو التحويل.\n\nمعلومات التواصل:\nالدكتورة سعاد الخطيب\nمسؤولة قسم "
     "الاستقبال\nجمعية الإغاثة\n\nمع الشكر\nسعاد", "ar", "سعاد الخطيب", "مسؤولة قسم الاستقبال"),
    ("جويل\nأرغب في التحدث في المائدة المستديرة 3\n\nبياناتي -\nسعاد الخطيب\nمنسقة الاستقبال، جمعية الإغاثة\n\n"
     "شكرا جزيلا\nسعاد", "ar", "سعاد الخطيب", "منسقة الاستقبال"),
])
def test_details_block_signed_below_by_the_given_name(inner: str, language: str, display: str, title: str,
                                                      forwarded: bool, rules: ExtractRules) -> None:
    body = _FORWARD_TOP[language].format(d=display) + inner if forwarded else inner
    from_ = "Joel Mbarga <j@example.org>" if forwarded else f"{display} <a@example.org>"
    sp = run(message(body, from_=from_), rules, language=language).speakers[0]
    assert (sp.name, sp.title) == (display, title)


# "I am <head post> of X" needs no article ("I am Executive Director of X"); "I am pleased/writing ..." gives no post
@pytest.mark.parametrize(("sentence", "title", "affiliation"), [
    ("Please mention that I am Executive Director of the Nile Coalition for Migrant Rights.", "Executive Director",
     "Nile Coalition for Migrant Rights"),
    ("I am Director of the Nile Coalition for Migrant Rights.", "Director", "Nile Coalition for Migrant Rights"),
    ("For your records, I'm head of the legal unit at the Nile Coalition for Migrant Rights.", "head of the legal unit",
     "Nile Coalition for Migrant Rights"),
    ("I am pleased to propose myself for the plenary.", None, None),
    ("I am chairing our working group on remittances this year.", None, None),
])
def test_i_am_before_a_head_post_without_an_article(rules: ExtractRules, sentence: str, title: str | None,
                                                    affiliation: str | None) -> None:
    body = f"Dear team,\n\nI would like to take the floor in the plenary. {sentence}\n\nBest regards,\nAmira Hassan\n"
    (s,) = _one(body, rules, "en", from_="Amira Hassan <amira@example.org>").speakers
    assert (s.title, s.affiliation) == (title, affiliation)


# ---------------------------------------------------------------------------------------------
def test_the_person_of_the_subjunctive_wish_is_read_with_their_post(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\nNous souhaiterions que M. Tarek Mansour, Conseiller chargé de la mobilité de la "
            "main-d'oeuvre au sein de l'Observatoire, puisse prendre la parole lors de la table ronde n° 2.\n\n"
            "Salutations,\nHiba Khoury\nChargée de communication\nObservatoire libanais des migrations (OLM)\n")
    fields = run(message(body, from_="Hiba Khoury <hiba@olm.example.org>"), rules, language="fr")
    assert [(s.name, s.title) for s in fields.speakers] == [
        ("Tarek Mansour", "Conseiller chargé de la mobilité de la main-d'oeuvre")]


# ---------------------------------------------------------------------------------------------
def test_the_sender_offering_themself_as_rapporteur_is_the_speaker(rules: ExtractRules) -> None:
    body = ("هلا والله،\nودي أعرف إذا فيه مجال أشارك كمقرر في المؤتمر؟\n\nمشكورين\n\n"
            "Hamad Saleh Al-Marri\nCoordinator, Gulf Fishermen Support Network (GFSN)\n")
    fields = run(message(body, from_="Hamad <hamad@gfsn.example.org>"), rules, language="ar")
    assert [(s.name, s.title, s.roles) for s in fields.speakers] == [
        ("Hamad Saleh Al-Marri", "Coordinator", ("rapporteur",))]


# ---------------------------------------------------------------------------------------------
# The sender asking for themself, their details after "myself" and a dash or colon

@pytest.mark.parametrize(("body", "from_", "language", "expected"), [
    ("Requesting a floor intervention in the plenary for myself - Abdi Yusuf Warsame, Executive Director, Hargeisa "
     "Returnee Forum (HRF). Report to follow separately.\n", "Abdi Warsame <a@hrf.example.org>", "en",
     ("Abdi Yusuf Warsame", "Executive Director", "Hargeisa Returnee Forum (HRF)")),
    ("Hello,\nI would like to request a speaking slot in roundtable 2 for myself: Layla Hassan Omar, Programme "
     "Manager, Aden Women Forum.\nThanks\n", "Layla Omar <l@awf.example.org>", "en",
     ("Layla Hassan Omar", "Programme Manager", "Aden Women Forum")),
    ("Bonjour,\nJe souhaite demander une intervention à la table ronde 3 pour moi-même - Youssef Ben Salah, "
     "coordinateur, Collectif Migrations Sud.\nCordialement\n", "Youssef Ben Salah <y@cms.example.org>", "fr",
     ("Youssef Ben Salah", "coordinateur", "Collectif Migrations Sud")),
    ("تحية طيبة\nأرجو تسجيل طلب مداخلة في الجلسة العامة لي شخصياً - سامي خليل الحسن، مدير البرامج، جمعية التضامن.\n"
     "مع الشكر\n", "Sami <s@tadamon.example.org>", "ar", ("سامي خليل الحسن", "مدير البرامج", "جمعية التضامن")),
])
def test_details_after_myself_and_a_dash_are_the_senders(body: str, from_: str, language: str,
                                                         expected: tuple[str, str, str], rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


@pytest.mark.parametrize(("body", "from_", "language", "expected"), [
    ("Hi all,\nPlease add Prof. Omar Farah, Dean, Horn Labour Institute, to roundtable 1, and myself for the open "
     "discussion: Hodan Ali, Policy Officer at the same institute.\nCheers\n", "Hodan Ali <h@hli.example.org>", "en",
     ("Hodan Ali", "Policy Officer", "Horn Labour Institute")),
    ("Bonjour,\nJe propose Mme Awa Diallo, directrice, Maison des Migrants, pour la plénière, et moi-même comme "
     "rapporteur : Ibrahima Sow, chargé de projet, Maison des Migrants.\nMerci\n", "Ibrahima Sow <i@mdm.example.org>",
     "fr", ("Ibrahima Sow", "chargé de projet", "Maison des Migrants")),
])
def test_details_after_myself_and_the_role_asked_are_the_senders(body: str, from_: str, language: str,
                                                                 expected: tuple[str, str, str],
                                                                 rules: ExtractRules) -> None:
    # the sender adds themself after a colleague, the role they ask for between "myself" and the colon
    fields = run(message(body, from_=from_), rules, language=language)
    assert expected in [(s.name, s.title, s.affiliation) for s in fields.speakers] and len(fields.speakers) == 2


def test_near_miss_a_hyphen_inside_the_role_after_myself_is_no_dash(rules: ExtractRules) -> None:
    body = "Dear team,\nI would like a slot for myself in the round-table on labour mobility.\nBest,\nLayla Hassan\n" \
        "Director, Aden Women Forum\n"
    fields = run(message(body, from_="Layla Hassan <l@awf.example.org>"), rules, language="en")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Layla Hassan", "Director", "Aden Women Forum")]


@pytest.mark.parametrize(("body", "language", "expected"), [
    # "myself" between dashes stands for the sender inside a phrase; the details come from the signature
    ("Dear team,\nWe would like to propose our Executive Director - myself - for roundtable 2.\nBest,\nLayla Hassan\n"
     "Executive Director, Aden Women Forum\n", "en", ("Layla Hassan", "Executive Director", "Aden Women Forum")),
    ("Hello,\nI would like to speak myself - as agreed with our board - in roundtable 2.\nBest,\nLayla Hassan\n"
     "Director, Aden Women Forum\n", "en", ("Layla Hassan", "Director", "Aden Women Forum")),
    ("Bonjour,\nNous proposons notre présidente, moi-même, pour la table ronde 1.\nCordialement,\nNadia Cherif\n"
     "Présidente, Association Amal\n", "fr", ("Nadia Cherif", "présidente", "Association Amal")),
])
def test_myself_without_details_after_it_keeps_the_signature(body: str, language: str, expected: tuple[str, str, str],
                                                             rules: ExtractRules) -> None:
    fields = run(message(body, from_=f"{expected[0]} <x@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]



# A list item that opens with "myself" and a comma, then the session asked for: the sender, whose details are in the
# signature, beside the colleague the next item names; "myself, <name>, ..." still names the sender in the item.
@pytest.mark.parametrize(("body", "language", "sender", "post", "org", "colleague"), [
    ("Dear colleagues,\nOur network would like to put forward:\n- myself, for the second roundtable;\n- our colleague "
     "Ms Leila Haddad, for the open discussion.\nKind regards,\nOmar Saleh\nSecretary-General\nLevant Labour Network\n",
     "en", "Omar Saleh", "Secretary-General", "Levant Labour Network", "Leila Haddad"),
    ("Bonjour,\nNotre réseau aimerait proposer :\n- moi-même, pour la séance plénière ;\n- notre collègue Mme Leila "
     "Haddad, comme rapporteuse.\nCordialement,\nOmar Saleh\nSecrétaire général\nRéseau du travail au Levant\n",
     "fr", "Omar Saleh", "Secrétaire général", "Réseau du travail au Levant", "Leila Haddad"),
])
def test_myself_opening_a_list_item_before_the_session_is_the_sender(body: str, language: str, sender: str, post: str,
                                                                      org: str, colleague: str,
                                                                      rules: ExtractRules) -> None:
    fields = run(message(body, from_=f"{sender} <info@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers][:1] == [(sender, post, org)]
    assert [s.name for s in fields.speakers] == [sender, colleague]


def test_near_miss_myself_then_a_name_in_the_item_names_the_sender_there(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe would like to put forward:\n- myself, Omar Saleh, Secretary-General, for the second "
            "roundtable;\n- Ms Leila Haddad, for the open discussion.\nKind regards,\nLevant Labour Network\n")
    fields = run(message(body, from_="Info <info@example.org>"), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Omar Saleh", "Secretary-General"), ("Leila Haddad", None)]



# ---------------------------------------------------------------------------------------------
# A thank-you and a well-wish close the message; the name under them signs it

@pytest.mark.parametrize(("body", "from_", "language", "name"), [
    ("Hello,\n\nI would like to speak at the plenary session. I am the Director of the Sahel Migrants Forum.\n\n"
     "Thanks a lot and take care\nIbrahim Diallo", "ibrahim d <ibd@example.org>", "en", "Ibrahim Diallo"),
    ("Hi,\n\nI'd like to intervene in the second roundtable if possible. I am a lawyer with the Jordan Legal Aid Clinic.\n\n"
     "Stay safe,\nMaria Haddad", "mhaddad <mh@example.org>", "en", "Maria Haddad"),
    ("Bonjour,\n\nJe souhaite intervenir lors de la table ronde 3. Je suis la coordinatrice de l'association Horizons "
     "Migrants.\n\nMerci bien et prenez soin de vous\nNadia Benkirane", "nadia <nb@example.org>", "fr", "Nadia Benkirane"),
    ("Bonjour,\n\nJe voudrais prendre la parole en plénière. Je suis le président de l'association Pont des Rives.\n\n"
     "Portez-vous bien,\nKarim Mansouri", "k.m <km@example.org>", "fr", "Karim Mansouri"),
    ("مرحبا،\n\nحابة شارك كمتحدثة بالجلسة العامة. أنا من جمعية النور للتنمية، وشغلنا مع اللاجئين.\n\nسلامات،\nرنا الحلبي",
     "Rana <rana@example.org>", "ar", "رنا الحلبي"),
    ("مرحبا،\n\nحابب شارك كمتحدث بالمائدة المستديرة الثانية. أنا من جمعية الأمل للتنمية.\n\nدمتم بخير\nسامر الخطيب",
     "Samer <samer@example.org>", "ar", "سامر الخطيب"),
])
def test_a_well_wish_closing_leaves_the_name_under_it_as_the_signature(body, from_, language, name, rules):
    fields = run(message(body, from_=from_), rules, language=language)
    assert [s.name for s in fields.speakers] == [name]


# ---------------------------------------------------------------------------------------------
# A device's footer under the closing and name does not hide the speaker's block above the closing

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear team,\n\nPlease register Ms. Leila Haddad for a floor intervention in roundtable 2.\n\nLeila Haddad\n"
     "Director, Beirut Workers Support Centre (BWSC)\n\nThanks,\nSami\n\nSent from my iPhone\n",
     "en", "Leila Haddad", "Director"),
    ("Hi,\n\nKindly include Mr. Joseph Mensah as a speaker in the plenary.\n\nJoseph Mensah\n"
     "Programme Manager, Ghana Returnees Network\n\nRegards,\nAma\n\nSent from my Samsung Galaxy smartphone.\n",
     "en", "Joseph Mensah", "Programme Manager"),
    ("Bonjour,\n\nMerci d'inscrire Mme Fatou Ndiaye pour une intervention à la table ronde 3.\n\nFatou Ndiaye\n"
     "Coordinatrice, Collectif des travailleuses migrantes\n\nCordialement,\nMoussa\n\nEnvoyé de mon iPhone\n",
     "fr", "Fatou Ndiaye", "Coordinatrice"),
    ("مرحباً،\n\nنود ترشيح السيدة هدى منصور للمشاركة بمداخلة في المائدة المستديرة الثانية.\n\nهدى منصور\n"
     "مديرة، مركز حقوق العمال المهاجرين\n\nتحياتي،\nكريم\n\nأرسلت من iPhone\n",
     "ar", "هدى منصور", "مديرة"),
])
def test_a_device_footer_leaves_the_speaker_block(body: str, language: str, name: str, title: str,
                                                  rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


# ---------------------------------------------------------------------------------------------
# The author of a forwarded message who proposes themself to speak is the speaker

def _speakers(body: str, rules: ExtractRules, language: str, subject: str = "Request",
              from_: str = "Someone <someone@example.org>", category: str = "speaker_request") -> Fields:
    return run(message(body, subject=subject, from_=from_), rules, category=category, language=language)


_FORWARD = ("{intro}\n\n{sender}\n\n---------- Forwarded message ---------\nFrom: {author} <author@example.org>\n"
            "Date: Thu, Feb 11, 2021 at 4:02 PM\nSubject: GCM\nTo: {sender} <sender@example.org>\n\n{request}\n\n{sign}\n")


@pytest.mark.parametrize(("intro", "sender", "author", "asked", "sign", "language"), [
    ("Dear team, please see the request of my colleague below.", "Omar Said", "Nadine Farah",
     "Dear Omar,\nI propose to speak in the open discussion on behalf of our network.",
     "Nadine Farah\nAdvocacy Officer\nArab Migration Network", "en"),
    ("Bonjour, veuillez trouver ci-dessous la demande de notre collègue.", "Samir Haddad", "Leila Mansour",
     "Cher Samir,\nje propose d'intervenir dans la table ronde 2 au nom de notre réseau.",
     "Leila Mansour\nChargée de plaidoyer\nRéseau Migrations Sud", "fr"),
    ("السادة الكرام، مرفق طلب زميلتنا أدناه.", "سامي عادل", "رنا حسين",
     "الأستاذ سامي،\nأقترح أن أتحدث في الجلسة العامة باسم الجمعية.",
     "رنا حسين\nمنسقة البرامج\nجمعية الأمل للتنمية", "ar"),
])
def test_a_forwarded_author_proposing_themself_is_the_speaker(intro: str, sender: str, author: str, asked: str,
                                                              sign: str, language: str, rules: ExtractRules) -> None:
    body = _FORWARD.format(intro=intro, sender=sender, author=author, request=asked, sign=sign)
    fields = _speakers(body, rules, language, subject="Fwd: GCM")
    assert [sp.name for sp in fields.speakers] == [author]


# The sender sends the reader to the colleague's own signature in the forward ("her details are in her signature",
# "ses coordonnées figurent dans sa signature", "معلوماتها كلها تحت"): its author is the speaker, not the forwarder
@pytest.mark.parametrize(("intro", "sender", "author", "asked", "sign", "language"), [
    ("Hi all, passing this on for our Country Coordinator, who hopes to join the open discussion. Her details are in "
     "her signature.", "Karim Badawi", "Salma Nour", "Karim, can you send my name in for the open discussion? Ta",
     "Salma Nour\nCountry Coordinator\nNile Returnees Forum", "en"),
    ("Bonjour, je transmets pour notre responsable de terrain, qui voudrait intervenir en plénière. Ses coordonnées "
     "figurent dans sa signature.", "Paul Mbarga", "Aline Kouassi", "Paul, tu peux envoyer mon nom pour la plénière ?",
     "Aline Kouassi\nResponsable de terrain\nCollectif Retour Digne", "fr"),
    ("مرحبا، زميلتنا حابة تشارك بالجلسة العامة بس ما زبط معها تبعت. معلوماتها كلها تحت.", "وسيم حداد", "ليلى سعادة",
     "وسيم، بتقدر تبعت اسمي للجلسة العامة؟", "ليلى سعادة\nمنسقة مشاريع\nجمعية درب العودة", "ar"),
])
def test_a_forward_pointed_at_by_its_signature_is_its_authors_request(intro: str, sender: str, author: str, asked: str,
                                                                       sign: str, language: str,
                                                                       rules: ExtractRules) -> None:
    body = _FORWARD.format(intro=intro, sender=sender, author=author, request=asked, sign=sign)
    fields = _speakers(body, rules, language, subject="Fwd: GCM", from_=f"{sender} <sender@example.org>")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(author, sign.split("\n")[1])]


def test_near_miss_the_senders_own_details_in_their_signature_point_at_no_one(rules: ExtractRules) -> None:
    assert not any(p.search(" my details are in my signature below ") for p in rules.pointed_request)
    assert not any(p.search(" mes coordonnees sont dans ma signature ") for p in rules.pointed_request)
    assert not any(p.search(" معلوماتي كلها تحت ") for p in rules.pointed_request)


def test_near_miss_proposing_someone_else_is_not_proposing_oneself(rules: ExtractRules) -> None:
    assert not any(p.search(" i propose that ms amal diab speaks in the plenary ") for p in rules.own_request)
    assert not any(p.search(" je propose que mme amal diab intervienne ") for p in rules.own_request)
    assert not any(p.search(" اقترح ان تتحدث السيده امل دياب ") for p in rules.own_request)


# What the forwarded author says of themself gives the title their signature lacks
@pytest.mark.parametrize(("asked", "title"), [
    ("Hi Omar,\n\nI would like to intervene in the second roundtable if possible. I work as a paralegal at the "
     "Migrant Legal Aid Centre, mostly with domestic workers.\n\nThanks!\nNadine", "paralegal"),
    ("Hi Omar,\n\nI would like to speak in the open discussion. I am the Outreach Coordinator of the Refugee "
     "Support Network in Amman.\n\nBest,\nNadine", "Outreach Coordinator"),
    ("Bonjour Omar,\n\nJe souhaite intervenir en plénière. Je travaille comme juriste au Centre d'aide aux migrants "
     "de Tunis.\n\nMerci,\nNadine", "juriste"),
])
def test_a_forwarded_author_describing_themself_gives_the_title(asked: str, title: str,
                                                                rules: ExtractRules) -> None:
    body = _FORWARD.format(intro="Dear team, please see below a request from our colleague.", sender="Omar Said",
                           author="Nadine Farah", request=asked, sign="")
    fields = _speakers(body, rules, "en", subject="FW: GCM")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [("Nadine Farah", title)]


def test_near_miss_a_signed_title_stays_before_the_prose(rules: ExtractRules) -> None:
    asked = ("Hi Omar,\n\nI would like to intervene in the second roundtable. I work as a volunteer at the "
             "Migrant Legal Aid Centre.\n\nNadine Farah\nProgramme Manager\nMigrant Legal Aid Centre")
    body = _FORWARD.format(intro="Dear team, please see below a request from our colleague.", sender="Omar Said",
                           author="Nadine Farah", request=asked, sign="")
    assert [sp.title for sp in _speakers(body, rules, "en", subject="FW: GCM").speakers] == ["Programme Manager"]


# "Counsellor X": a diplomat's or a judge's rank before a name is a form of address, kept out of the name
@pytest.mark.parametrize(("body", "name", "honorific"), [
    ("Dear Sir/Madam,\nOn behalf of the Bar Association of Tripoli, I have the pleasure to propose Counsellor Hana "
     "Mansour, Head of the Human Rights Unit, to deliver an intervention in the plenary.\nYours faithfully,\nSami",
     "Hana Mansour", "Counsellor"),
    ("Dear colleagues,\nWe nominate Counselor Youssef El Amrani, legal adviser at the Ministry of Justice, for the "
     "second roundtable.\nBest regards,\nLaila", "Youssef El Amrani", "Counselor"),
    ("Dear team,\nWe would like to request a speaking slot at the plenary.\nName: Counsellor Tarek Aziz\n"
     "Title: Director\nOrganisation: Supreme Council for Migration\n", "Tarek Aziz", "Counsellor"),
])
def test_counsellor_before_a_name_is_an_honorific(body: str, name: str, honorific: str, rules: ExtractRules) -> None:
    sp = _one(body, rules, "en").speakers[0]
    assert (sp.name, sp.honorific) == (name, honorific)


def test_near_miss_counsellor_after_a_name_stays_the_title(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe would like to request a speaking slot at the plenary.\nName: Mona Saleh\n"
            "Title: Counsellor\nOrganisation: Embassy of Egypt in Beirut\n")
    sp = _one(body, rules, "en").speakers[0]
    assert (sp.name, sp.title) == ("Mona Saleh", "Counsellor")


# A signature written twice, line by line, in Latin and Arabic letters ("Name | الاسم"): the half in the message's script
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear team,\nI would like to take part in the open discussion on 23 February.\nBest regards,\n\n--\n"
     "Omar Khalil Haddad | عمر خليل حداد\nProgramme Officer | مسؤول برامج\n"
     "Lebanese Centre for Migrant Workers | المركز اللبناني للعمال المهاجرين\nBeirut, Lebanon | بيروت، لبنان\n",
     "en", ("Omar Khalil Haddad", "Programme Officer", "Lebanese Centre for Migrant Workers")),
    ("Bonjour,\nJe souhaite intervenir lors de la discussion ouverte du 23 février.\nCordialement,\n\n--\n"
     "Salma Ben Youssef | سلمى بن يوسف\nJuriste | مستشارة قانونية\n"
     "Association Tunisienne d'Aide aux Migrants | الجمعية التونسية لمساعدة المهاجرين\n",
     "fr", ("Salma Ben Youssef", "Juriste", "Association Tunisienne d'Aide aux Migrants")),
    ("السلام عليكم\nأرغب في المشاركة في النقاش المفتوح يوم 23 فبراير حول أوضاع العمال المهاجرين في الأردن.\n"
     "مع التحية\n\n--\nرامي سليم العلي | Rami Salim Al-Ali\nمنسق مشاريع | Project Coordinator\n"
     "جمعية تمكين للمساعدة القانونية | Tamkeen Legal Aid Association\n",
     "ar", ("رامي سليم العلي", "منسق مشاريع", "جمعية تمكين للمساعدة القانونية")),
])
def test_a_bilingual_signature_is_read_in_the_message_script(body: str, language: str, expected: tuple[str, str, str],
                                                            rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="X <x@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


def test_near_miss_a_bar_between_latin_pieces_is_no_second_language(rules: ExtractRules) -> None:
    # "Title | Organisation" in one script divides pieces of one description, as before
    body = ("Dear team,\nI would like to take part in the open discussion on 23 February.\nBest regards,\n\n--\n"
            "Omar Khalil Haddad\nProgramme Officer | Lebanese Centre for Migrant Workers\n")
    sp = _one(body, rules, "en", from_="X <x@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == ("Omar Khalil Haddad", "Programme Officer",
                                                   "Lebanese Centre for Migrant Workers")


# A nurse's or a doctor's occupation written before the name as its form of address ("زميلتنا الممرضة X")
@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nنقترح عليكم زميلتنا الممرضة سعاد علي الفيتوري، منسقة الرعاية الميدانية في الجمعية، "
     "لتقديم مداخلة في الجلسة العامة.\nشكراً\nجمعية الهلال للتنمية\n", "سعاد علي الفيتوري"),
    ("تحية طيبة\nيسرنا ترشيح الطبيب كريم يوسف حمدان، مدير العيادة المتنقلة، للمشاركة في المائدة المستديرة الثانية.\n"
     "مع التقدير\nمؤسسة الرحمة الصحية\n", "كريم يوسف حمدان"),
    ("مرحباً\nنرشح الطبيبة هالة منير سعد، رئيسة قسم صحة المهاجرين، للتحدث في الجلسة العامة.\nشكراً\n", "هالة منير سعد"),
    (_AR_LABELLED.format("الممرض سامي عادل نصر"), "سامي عادل نصر"),
])
def test_a_nurse_or_doctor_before_the_name_is_a_form_of_address(body: str, name: str, rules: ExtractRules) -> None:
    assert _one(body, rules, "ar").speakers[0].name == name


def test_near_miss_nursing_as_a_title_stays_the_title(rules: ExtractRules) -> None:
    # the occupation after the name is the title, not a form of address
    sp = _one(_AR_LABELLED.replace("الصفة: مدير", "الصفة: ممرضة").format("سعاد علي الفيتوري"), rules, "ar").speakers[0]
    assert (sp.name, sp.title) == ("سعاد علي الفيتوري", "ممرضة")


# ---------------------------------------------------------------------------------------------
# The person's details after a possessive and a colon, the request in the sentence before ("His details: Dr. X, ...",
# "Ses coordonnées : Pr X, ...", "بياناتها: د. X، ...")

@pytest.mark.parametrize(("body", "language", "name", "title", "affiliation"), [
    ("Dear all,\nOur director would like to speak in roundtable 4.\nHis details: Dr John Reid, Director of the "
     "Mobility Lab (ML), University of Leeds.\n\nBest\nAnna\n", "en", "John Reid", "Director of the Mobility Lab (ML)",
     "University of Leeds"),
    ("Dear all,\nOur coordinator would like to speak in the plenary. Her contact details: Jane Okoro, Coordinator, "
     "Migrant Voices Network.\n\nBest\nAnna\n", "en", "Jane Okoro", "Coordinator", "Migrant Voices Network"),
    ("Bonjour,\nNotre directeur souhaiterait prendre la parole dans la table ronde 4. Ses coordonnées: Pr Hédi Gharbi, "
     "directeur du Centre d'études X (CEX), Université de Gabès.\n\nCordialement\nAmel\n", "fr", "Hédi Gharbi",
     "directeur du Centre d'études X (CEX)", "Université de Gabès"),
    ("تحية طيبة\nترغب مديرتنا في المداخلة في المائدة المستديرة 4.\nبياناتها: د. نجلاء الطرابلسي، مديرة مختبر الهجرة، "
     "جامعة صفاقس.\n\nمع التحية\nأمل\n", "ar", "نجلاء الطرابلسي", "مديرة مختبر الهجرة", "جامعة صفاقس"),
])
def test_details_after_a_possessive_and_a_colon_name_the_speaker(body: str, language: str, name: str, title: str,
                                                                 affiliation: str, rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == (name, title, affiliation)


def test_near_miss_contact_details_after_the_colon_name_no_one(rules: ExtractRules) -> None:
    body = ("Dear all,\nOur director would like to speak in roundtable 4.\nHis details: +44 20 0000 0000, "
            "director@example.org\n\nBest\nAnna\n")
    assert run(message(body), rules, language="en").speakers == ()


# ---------------------------------------------------------------------------------------------
# The forwarded author agrees to speak and names the slot they prefer ("Yes, happy to! I'd prefer roundtable 4"),
# says who they are in the reply, and the forwarder's own signature stands below the forward

_AGREED = ("{intro}\n\n---------- Forwarded message ---------\nFrom: {author} <author@example.org>\n"
           "Date: Wed, 3 Feb 2021 at 18:52\nSubject: Re: GCM\nTo: {sender} <sender@example.org>\n\n{request}\n\n"
           "--\n{sender}\n{sender_org}\n")


@pytest.mark.parametrize(("intro", "sender", "sender_org", "author", "asked", "title", "language"), [
    ("Dear colleagues, see below, please register her.", "Paolo Conti", "Rete Migranti Torino", "Salma Haddad",
     "Hi Paolo,\nYes, happy to do it! I'd prefer the thematic roundtable 2 if there's room.\nFor the form: I'm "
     "Programme Coordinator at the Jordanian Women Abroad Association, based in Turin.\n\nThanks,\nSalma",
     "Programme Coordinator", "en"),
    ("Hello, forwarding Karim's answer below.", "Anne Weber", "Caritas Hamburg", "Karim Nasser",
     "Dear Anne,\nSure. I would prefer to speak in the plenary. I'm Project Manager with the Syrian Returnees "
     "Forum.\n\nKarim", "Project Manager", "en"),
    ("Bonjour, voici la réponse de Fatou ci-dessous, merci de l'inscrire.", "Luc Martin", "Collectif Solidarité Lyon",
     "Fatou Ndiaye", "Bonjour Luc,\nOui, avec plaisir. Je préférerais intervenir dans la troisième table ronde.\n"
     "Je suis la coordinatrice de l'Association des Sénégalais de Lyon.\n\nFatou", "coordinatrice", "fr"),
])
def test_a_forwarded_author_preferring_a_slot_is_the_speaker(intro: str, sender: str, sender_org: str, author: str,
                                                             asked: str, title: str, language: str,
                                                             rules: ExtractRules) -> None:
    body = _AGREED.format(intro=intro, sender=sender, sender_org=sender_org, author=author, request=asked)
    fields = _speakers(body, rules, language, subject="Fwd: GCM speaking slot", from_=f"{sender} <sender@example.org>")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(author, title)]


def test_near_miss_preferring_to_attend_is_no_request_of_ones_own(rules: ExtractRules) -> None:
    assert not any(p.search(" i'd prefer to attend roundtable 2 as an observer ") for p in rules.own_request)
    assert not any(p.search(" je prefere assister a la table ronde 2 ") for p in rules.own_request)
    assert not any(p.search(" افضل الممارسات في المائده المستديره ") for p in rules.own_request)


# A person line under the line that introduces it, written title first and the bare name last
@pytest.mark.parametrize(("line", "name", "title", "affiliation"), [
    ("- Programme Manager - Ahmad Odeh: floor intervention in the plenary.", "Ahmad Odeh", "Programme Manager", None),
    ("    LSGM – Deputy International Commissioner – Anwar Ben Saud", "Anwar Ben Saud",
     "Deputy International Commissioner", "LSGM"),
    ("- Policy Officer – Migrant Workers Forum – Dana Kassem", "Dana Kassem", "Policy Officer", "Migrant Workers Forum"),
])
def test_a_title_before_a_bare_name_under_an_introduction(line: str, name: str, title: str, affiliation: str | None,
                                                           rules: ExtractRules) -> None:
    body = f"Dear Organizers,\n\nWe would like to propose the following speaker:\n\n{line}\n\nBest regards,\nKhalil Shtayyeh"
    fields = _speakers(body, rules, "en", from_="Khalil Shtayyeh <k.s@example.org>")
    sp = fields.speakers[0]
    assert (sp.name, sp.title) == (name, title)
    assert affiliation is None or sp.affiliation == affiliation


def test_near_miss_a_title_before_a_session_or_a_place_names_no_one(rules: ExtractRules) -> None:
    body = ("Dear Organizers,\n\nOur request is as follows:\n\n- Executive Director - Plenary Session\n"
            "- Programme Manager - Roundtable Three\n\nBest regards,\nKhalil Shtayyeh\nExecutive Director\nLabour Forum")
    fields = _speakers(body, rules, "en", from_="Khalil Shtayyeh <k.s@example.org>")
    assert [sp.name for sp in fields.speakers] == ["Khalil Shtayyeh"]


# The person's name given after the request that describes them ("his name is X"), the sender only introducing themself
@pytest.mark.parametrize(("body", "language", "name", "role"), [
    ("hello,\nthis is Samer Odeh coach of Hashmi Stars FC. we want our captain to speak in the roundtable about "
     "integration if its possible. his name is Mustafa Adam, he is 18.\n\nthx\nSamer", "en", "Mustafa Adam", "roundtable"),
    ("Bonjour,\nJe suis Karim Nasser, président de l'association Avenir. Nous souhaitons que notre trésorière intervienne "
     "en plénière. Elle s'appelle Leïla Ben Ali.\n\nCordialement,\nKarim", "fr", "Leïla Ben Ali", "plenary"),
    ("Dear team,\nWe would like our youth coordinator to speak in the open discussion. Her name is Dana Kassem.\n\n"
     "Best,\nSamer Odeh\nDirector, Youth Forum", "en", "Dana Kassem", "open_discussion"),
    ("Hi,\nthis is Samer Odeh from the Youth Forum. We would like to propose Rana Aziz to speak in the plenary.\n\n"
     "Thanks,\nSamer", "en", "Rana Aziz", "plenary"),
])
def test_the_person_named_after_the_request_is_the_speaker(body: str, language: str, name: str, role: str,
                                                           rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_="Samer Odeh <samer@example.org>")
    assert [(sp.name, sp.roles) for sp in fields.speakers] == [(name, (role,))]


def test_near_miss_a_sender_introducing_themself_who_asks_too_stays_a_speaker(rules: ExtractRules) -> None:
    body = ("Hello,\nI am Samer Odeh, coach of Hashmi Stars FC.\nI would like to speak in the plenary.\n"
            "Our captain Mustafa Adam would like to speak in the roundtable.\n\nthx\nSamer")
    fields = _speakers(body, rules, "en", from_="Samer Odeh <samer@example.org>")
    assert [(sp.name, sp.roles) for sp in fields.speakers] == [("Samer Odeh", ("plenary",)), ("Mustafa Adam", ("roundtable",))]


# ---------------------------------------------------------------------------------------------
# The contracted "my name's X" introduces the sender like "my name is X"

@pytest.mark.parametrize(("body", "name", "title", "affiliation"), [
    ("Hello,\n\nMy name's Dana Whitfield and I am a researcher at the Gulf Labour Observatory. I would like to speak "
     "at roundtable 2.\n\nDana", "Dana Whitfield", "researcher", "Gulf Labour Observatory"),
    ("Hi,\n\nMy name’s Omar Benali, producer at Sahel Voices Radio. I'd love to take part in the open discussion.\n\n"
     "thanks\nOmar", "Omar Benali", "producer", "Sahel Voices Radio"),
    ("hey team,\n\nmy name's Leila Haddad, Coordinator of the Migrant Youth Network, and we'd like to request a floor "
     "intervention in the plenary.\n\nLeila", "Leila Haddad", "Coordinator", "Migrant Youth Network"),
])
def test_my_name_s_introduces_the_sender(body: str, name: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    sp = _one(body, rules, "en").speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [(name, title, affiliation)]


def test_near_miss_a_name_s_possessive_introduces_no_one(rules: ExtractRules) -> None:
    # "her name's spelling" is about someone's name, no introduction of the sender
    body = ("Hello,\n\nPlease note that our nominee's name's spelling is Ms Rania Aziz, Director of the Amal Centre, "
            "for roundtable 3.\n\nTom")
    assert [s.name for s in _one(body, rules, "en").speakers] == ["Rania Aziz"]


# ---------------------------------------------------------------------------------------------
# The person introduced as one among the proposer's own ("one of our members, X, ...", "qu'une de nos membres, X, prenne
# la parole", "إحدى عضواتنا، السيدة X"): X is the speaker, not the sender who signs

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonsoir,\n\nOn voudrait aussi qu'une de nos membres, Joséphine Mensah, porte-parole du mouvement, prenne la parole "
     "lors de la table ronde II.\n\nMaya Saadé\npour le MTDML", "fr", "Joséphine Mensah", "porte-parole"),
    ("Bonjour,\n\nNous proposons l'une de nos membres, Aminata Diallo, coordinatrice du collectif, pour la table ronde "
     "2.\n\nMaya Saadé", "fr", "Aminata Diallo", "coordinatrice"),
    ("Dear all,\n\nWe would like one of our members, Grace Owusu, spokesperson of the network, to speak in roundtable "
     "2.\n\nMaya Saadé", "en", "Grace Owusu", "spokesperson"),
    ("مرحبا،\nنقترح إحدى عضواتنا، السيدة فاطمة الزهراء، منسقة الحركة، للمائدة المستديرة الثانية.\nمايا", "ar",
     "فاطمة الزهراء", "منسقة الحركة"),
])
def test_one_of_our_members_named_after_is_the_speaker(body: str, language: str, name: str, title: str,
                                                       rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_="Maya Saadé <maya@example.org>")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(name, title)]


def test_near_miss_one_of_our_members_without_a_name_names_no_one(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous voudrions qu'une de nos membres prenne la parole lors de la table ronde 2.\n\n"
            "Maya Saadé\nCoordinatrice, MTDML")
    fields = _speakers(body, rules, "fr", from_="Maya Saadé <maya@example.org>")
    assert all(sp.name in (None, "Maya Saadé") for sp in fields.speakers)


# ---------------------------------------------------------------------------------------------
# A number before a period ends the sentence ("..., in Roundtable 4. Nadine led ..."): no initial, and what follows is
# no part of the person's details

@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear team,\n\nWe would like to request a speaking slot for our Executive Director, Ms. Nadine Karam, in Roundtable "
     "4. Nadine led the coalition's work with the shelters.\n\nJad Haddad", "en", "Nadine Karam"),
    ("Dear team,\n\nWe nominate our Chair, Mr. Omar Saleh, for Roundtable 2. He coordinated the shelters network in "
     "Tripoli.\n\nJad Haddad", "en", "Omar Saleh"),
    ("Bonjour,\n\nNous proposons notre directrice, Mme Leïla Haddad, pour la table ronde 3. Leïla coordonne nos "
     "actions auprès des travailleuses.\n\nJad Haddad", "fr", "Leïla Haddad"),
])
def test_a_number_before_a_period_ends_the_sentence(body: str, language: str, name: str, rules: ExtractRules) -> None:
    sp = _speakers(body, rules, language, from_="Jad Haddad <jad@example.org>").speakers[0]
    assert sp.name == name
    assert sp.affiliation is None


def test_near_miss_an_initial_before_a_period_does_not_end_the_name(rules: ExtractRules) -> None:
    body = "Dear team,\n\nWe propose our Director, Ms. Rania K. Haddad, for roundtable 2.\n\nJad Haddad"
    assert [sp.name for sp in _speakers(body, rules, "en", from_="Jad Haddad <jad@example.org>").speakers] \
        == ["Rania K. Haddad"]


# ---------------------------------------------------------------------------------------------
# The sender's name block with a long details line (a title, then the unit and its body after commas), above a
# courtesy and the given name alone: the block is the signature however long its line

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello,\n\nI'd like to request a speaking slot at the plenary on 24 Feb.\n\nOmar Khalil\nSenior Researcher, "
     "Institute for Labour Mobility and Refugee Protection Studies (ILMRPS), German University in Cairo\n\n"
     "Many thanks,\nOmar\n", "en",
     ("Omar Khalil", "Senior Researcher",
      "Institute for Labour Mobility and Refugee Protection Studies (ILMRPS), German University in Cairo")),
    ("Bonjour,\n\nJe souhaite intervenir à la table ronde 2.\n\nSarah Benali\nChargée de recherche, Centre d'études sur "
     "les migrations et les mobilités (CEMM), Université Hassan II de Casablanca\n\nMerci beaucoup,\nSarah\n", "fr",
     ("Sarah Benali", "Chargée de recherche",
      "Centre d'études sur les migrations et les mobilités (CEMM), Université Hassan II de Casablanca")),
    ("مرحبا،\n\nأرغب في المشاركة في النقاش المفتوح.\n\nهالة يوسف\nباحثة أولى، مركز دراسات الهجرة واللاجئين والعمالة "
     "الوافدة في المنطقة العربية، الجامعة الأردنية\n\nشكرا جزيلا،\nهالة\n", "ar",
     ("هالة يوسف", "باحثة أولى", "مركز دراسات الهجرة واللاجئين والعمالة الوافدة في المنطقة العربية بالجامعة الأردنية")),
])
def test_a_long_details_line_in_the_name_block_is_the_signature(body: str, language: str,
                                                                expected: tuple[str, str, str],
                                                                rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Initials <initials@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


def test_near_miss_a_long_line_of_prose_under_the_name_is_no_details_line(rules: ExtractRules) -> None:
    body = ("Hello,\n\nI'd like to request a speaking slot at the plenary on 24 Feb.\n\nOmar Khalil\nwho has been working "
            "with migrant communities in the region for many years, mostly in Cairo and Alexandria\n\nMany thanks,\nOmar\n")
    sp = _one(body, rules, "en", from_="Omar K <ok@example.org>").speakers[0]
    assert (sp.title, sp.affiliation) == (None, None)


# ---------------------------------------------------------------------------------------------
# "Il s'agit de : X — titre, organisation": the person named after the request, in a sentence of its own

@pytest.mark.parametrize(("body", "expected"), [
    ("Bonjour,\n\nNous voudrions inscrire notre vice-présidente pour la discussion ouverte.\n\nIl s'agit de : "
     "Awa Diop Faye — vice-présidente chargée des femmes, Association des Sénégalais de Doha (ASD).\n\nMerci,\n"
     "Ibrahima Sow\nTrésorier ASD\n", ("Awa Diop Faye", "vice-présidente chargée des femmes",
                                       "Association des Sénégalais de Doha (ASD)")),
    ("Bonjour,\n\nNous souhaitons proposer notre coordinateur pour la table ronde 3. Il s'agit de Karim Benslimane, "
     "coordinateur du Collectif des Migrants de Sfax.\n\nCordialement,\nIbrahima Sow\n",
     ("Karim Benslimane", "coordinateur", "Collectif des Migrants de Sfax")),
    ("Chère équipe,\n\nPour le rôle de rapporteur, notre choix s'est porté sur notre secrétaire générale.\n"
     "Il s'agit de Mme Clarisse Mbala Ngo, secrétaire générale, Réseau des Femmes Migrantes du Maroc.\n\n"
     "Bien à vous,\nIbrahima Sow\n",
     ("Clarisse Mbala Ngo", "secrétaire générale", "Réseau des Femmes Migrantes du Maroc")),
])
def test_il_s_agit_de_names_the_person_proposed(body: str, expected: tuple[str, str, str],
                                                rules: ExtractRules) -> None:
    sp = _one(body, rules, "fr", from_="Ibrahima Sow <isow@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


def test_near_miss_il_s_agit_de_about_a_thing_leaves_the_sender(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe souhaite intervenir à la table ronde 2. Il s'agit de ma première participation à une revue "
            "régionale.\n\nCordialement,\nSalma Haddad\nChargée de plaidoyer, Réseau Migrants Liban\n")
    sp = _one(body, rules, "fr", from_="Salma Haddad <sh@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == ("Salma Haddad", "Chargée de plaidoyer", "Réseau Migrants Liban")


# ---------------------------------------------------------------------------------------------
# The name a person goes by, then their full name in brackets ("our Ate Lorna (Lorna Dizon Cruz)"): the full name

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hi all,\n\nWe nominate our Kuya Jun (Jun Santos Reyes), chairman of the Filipino Workers Alliance, for "
     "roundtable 3.\n\nMaria\n", "en", ("Jun Santos Reyes", "chairman", "Filipino Workers Alliance")),
    ("Hi all,\n\nPlease register Marites (Marites Gomez Luna) as rapporteur. She is the coordinator of the Domestic "
     "Workers Circle.\n\nMaria\n", "en", ("Marites Gomez Luna", "coordinator", "Domestic Workers Circle")),
    ("Bonjour,\n\nNous proposons notre Tata Fatou (Ndèye Fatou Sarr), présidente de l'ARSL, pour la discussion "
     "ouverte.\n\nMaria\n", "fr", ("Ndèye Fatou Sarr", "présidente", "ARSL")),
    ("مرحبا،\n\nنرشح الأخت سعاد (سعاد أحمد عثمان)، منسقة شبكة العاملات، للمائدة المستديرة الثانية.\n\nمريم\n", "ar",
     ("سعاد أحمد عثمان", "منسقة", "شبكة العاملات")),
])
def test_the_full_name_in_brackets_after_a_familiar_one_is_the_name(body: str, language: str,
                                                                   expected: tuple[str, str, str],
                                                                   rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Maria Lopez <ml@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


@pytest.mark.parametrize(("body", "name"), [
    # brackets that hold the person's body, not a longer name of theirs
    ("Hello,\n\nWe would like to propose Lorna Cruz (KMAN) for the plenary session.\n\nJenny\n", "Lorna Cruz"),
    # a description in brackets, not a name: the sender asks for someone unnamed, and stays the speaker
    ("Hi all,\n\nWe nominate Marites (our coordinator) as rapporteur.\n\nMaria Lopez\nChair, Domestic Workers Circle\n",
     "Maria Lopez"),
])
def test_near_miss_brackets_without_a_fuller_name_keep_the_name(body: str, name: str, rules: ExtractRules) -> None:
    assert _one(body, rules, "en", from_="Maria Lopez <ml@example.org>").speakers[0].name == name


# ---------------------------------------------------------------------------------------------
# A name on its own line under the line that announces the speaker, then one long line of details: the title, what the
# person is in charge of and a place, after commas or a dash ("Inspectrice de ... (cycle moyen), chargée de ... - Wilaya
# de X"). The line is a list of details, not a sentence about the speaker, however long it runs; what the person is
# in charge of, opening with a title word ("chargé de", "مسؤولة عن"), is a second post the title keeps

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonjour,\n\nNous avons l'honneur de vous proposer l'intervenant suivant :\n\nYoussef Amrani\nConseiller principal "
     "d'orientation (enseignement secondaire), chargé de l'accueil des élèves étrangers - Province de Tiznit\n\n"
     "Il souhaiterait intervenir lors de la table ronde 2.\n\nCordialement,\nLe bureau\n", "fr", "Youssef Amrani",
     "Conseiller principal d'orientation, chargé de l'accueil des élèves étrangers"),
    ("Dear colleagues,\n\nWe are pleased to propose the following speaker:\n\nGrace Wanjiru Mwangi\nSenior Programme "
     "Officer (Education in Emergencies), responsible for refugee learners in the host communities - Irbid Governorate\n\n"
     "She would like to speak in roundtable 4.\n\nBest regards,\nThe Secretariat\n", "en", "Grace Wanjiru Mwangi",
     "Senior Programme Officer (Education in Emergencies)"),
    ("تحية طيبة،\n\nنقترح المتحدثة التالية:\n\nسعاد الكبيسي\nمديرة برنامج التعليم غير النظامي، مسؤولة عن متابعة تعليم "
     "أطفال العمال المهاجرين في المدارس الحكومية والخاصة\n\nترغب في المداخلة في المائدة المستديرة الثالثة.\n\nمع التحية\n",
     "ar", "سعاد الكبيسي", "مديرة برنامج التعليم غير النظامي، مسؤولة عن متابعة تعليم أطفال العمال المهاجرين في المدارس "
     "الحكومية والخاصة"),
])
def test_a_long_line_of_details_under_a_name_alone_gives_the_speaker(body, language, name, title, rules):
    fields = _one(body, rules, language)
    assert (fields.speakers[0].name, fields.speakers[0].title) == (name, title)


def test_near_miss_a_long_sentence_under_a_name_alone_is_no_line_of_details(rules):
    body = ("Dear colleagues,\n\nWe are pleased to propose the following speaker:\n\nGrace Wanjiru Mwangi\nShe has worked "
            "for many years with refugee learners in the host communities of the north, with our partners\n\n"
            "She would like to speak in roundtable 4.\n\nBest regards,\nThe Secretariat\n")
    assert run(message(body), rules, language="en").speakers == ()


# ---------------------------------------------------------------------------------------------
# The replacement named as the withdrawn speaker's colleague ("Elle sera remplacée par son collègue X", "replaced by
# her colleague X", "وسيحل محلها زميلها X"): the colleague is the person, not the possessive

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonjour,\nMme Ben Salah ne pourra pas être disponible. Elle sera remplacée par son collègue Mehdi Trabelsi, "
     "coordinateur de projets à l'AFTD, qui interviendra à sa place.\nSami", "fr", "Mehdi Trabelsi",
     "coordinateur de projets"),
    ("Bonjour,\nNotre président est empêché ; il sera remplacé par sa collègue Aïcha Diallo, chargée de mission.\nLéa",
     "fr", "Aïcha Diallo", "chargée de mission"),
    ("Dear colleagues,\nUnfortunately our director cannot attend. She will be replaced by her colleague Omar Fares, "
     "Legal Officer at the Amel Network, in roundtable 3.\nLina", "en", "Omar Fares", "Legal Officer"),
    ("تحية طيبة،\nتعتذر مديرتنا عن المشاركة، وسيحل محلها زميلها الأستاذ سامر يوسف، مدير البرامج في جمعية الأمل، في "
     "المائدة المستديرة الثانية.\nمريم", "ar", "سامر يوسف", "مدير البرامج"),
])
def test_a_replacement_named_as_a_colleague_is_the_speaker(rules: ExtractRules, body: str, language: str, name: str,
                                                           title: str) -> None:
    (speaker,) = _one(body, rules, language).speakers
    assert (speaker.name, speaker.title) == (name, title)


def test_near_miss_a_colleague_word_that_is_a_post_stays_the_title(rules: ExtractRules) -> None:
    # "زميلة" (a fellow, a post) is no possessive "her colleague"
    body = "مرحباً\nنقترح الأستاذة هبة سالم، زميلة غير مقيمة، معهد الدراسات، للمشاركة في المائدة المستديرة الأولى.\n"
    (speaker,) = _one(body, rules, "ar").speakers
    assert (speaker.name, speaker.title) == ("هبة سالم", "زميلة غير مقيمة")


# ---------------------------------------------------------------------------------------------
# A signature line written backwards, the organisation and the title first and the name last, each after a spaced dash
# or bar ("Org – Title – Name"): the title and organisation are the proposed speaker's when the name is theirs

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("نرشح الأستاذة سعاد كريم الجبوري حتى تكون عندها مداخلة بالمائدة المستديرة الثانية.\n\nمع التقدير\n"
     "جمعية النور لحقوق المرأة – المديرة التنفيذية – سعاد كريم الجبوري\nالموصل", "ar",
     ("سعاد كريم الجبوري", "المديرة التنفيذية", "جمعية النور لحقوق المرأة")),
    ("Bonjour,\nNous proposons Me Karim Bensaid pour intervenir en table ronde 2.\n\nCordialement\n"
     "Association marocaine d'aide aux migrants – Coordinateur juridique – Karim Bensaid", "fr",
     ("Karim Bensaid", "Coordinateur juridique", "Association marocaine d'aide aux migrants")),
    ("Dear team,\nWe nominate Ms Leila Haddad to speak in the plenary.\n\nBest regards\n"
     "Migrant Workers Support Network | Programme Manager | Leila Haddad", "en",
     ("Leila Haddad", "Programme Manager", "Migrant Workers Support Network")),
    ("Dear team,\nWe nominate Ms Leila Haddad to speak in the plenary.\n\nBest regards\n"
     "Programme Manager - Migrant Workers Support Network - Leila Haddad", "en",
     ("Leila Haddad", "Programme Manager", "Migrant Workers Support Network")),
])
def test_a_line_with_the_name_after_its_organisation_and_title(body: str, language: str,
                                                               expected: tuple[str, str, str], rules: ExtractRules) -> None:
    s = _one(body, rules, language).speakers[0]
    assert (s.name, s.title, s.affiliation) == expected


def test_near_miss_a_place_after_the_organisation_and_title_is_no_name(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe nominate Ms Leila Haddad to speak in the plenary.\n\nBest regards\n"
            "Migrant Workers Support Network - Programme Manager - Amman")
    s = _one(body, rules, "en").speakers[0]
    assert (s.name, s.title) == ("Leila Haddad", None)


# ---------------------------------------------------------------------------------------------
# "Att." (Attorney) before a lawyer's name, as Lebanese and Jordanian bars write it, is a form of address

@pytest.mark.parametrize(("body", "name"), [
    ("Dear colleagues,\nWe are pleased to nominate the following colleague for a speaking role:\n\nAtt. Rami Khoury\n"
     "Head of the Legal Aid Unit\nTripoli Bar Association\nPlenary session – floor intervention\n", "Rami Khoury"),
    ("Dear team,\nWe propose Att. Dana Salameh, member of the Bar Council, to speak in roundtable 3.\n", "Dana Salameh"),
    ("Dear team,\nPlease register Att. Joseph Abi Nader as a speaker for the open discussion.\n", "Joseph Abi Nader"),
])
def test_att_before_a_lawyers_name_is_an_honorific(body: str, name: str, rules: ExtractRules) -> None:
    s = _one(body, rules, "en").speakers[0]
    assert (s.name, s.honorific) == (name, "Att.")


def test_near_miss_att_without_its_dot_opens_no_form_of_address(rules: ExtractRules) -> None:
    body = "Dear team,\nWe propose Ms Dana Salameh to speak in roundtable 3.\n\nAtt: Secretariat of the Regional Review\n"
    s = _one(body, rules, "en").speakers[0]
    assert (s.name, s.honorific) == ("Dana Salameh", "Ms")


# ---------------------------------------------------------------------------------------------
# A religious form of address that is also a name, after an article ("Notre co-président, le Cheikh X – ... – serait
# honoré de prendre la parole", "our adviser, the Sheikh Y", "The Imam Z ... would like to speak"): the person
# proposed, with the form of address as honorific, not the sender who signs; without the article it stays a name

@pytest.mark.parametrize(("body", "language", "name", "honorific"), [
    ("Bonjour,\nNotre co-président, le Cheikh Bilal Chehadeh – imam de la mosquée Al-Omari – serait très honoré de "
     "pouvoir prendre la parole en plénière.\nBien à vous,\nPère Antoine Khalil\nCo-président, FIDM",
     "fr", "Bilal Chehadeh", "Cheikh"),
    ("Dear team,\nOur spiritual adviser, the Sheikh Omar Farouk, would like to speak at roundtable 2.\nBest,\n"
     "Sara Malik\nDirector, Crescent Aid", "en", "Omar Farouk", "Sheikh"),
    ("Dear team,\nThe Imam Yusuf Bakr, who leads the prayers at our centre, would like to speak at the plenary.\n"
     "Best,\nSara Malik\nDirector, Crescent Aid", "en", "Yusuf Bakr", "Imam"),
    ("Bonjour,\nLe Cheikh Ahmad Darwish, notre président, souhaiterait intervenir à la table ronde 1.\n"
     "Cordialement,\nRita Nasr\nChargée de projets, Dar Al-Aytam", "fr", "Ahmad Darwish", "Cheikh"),
])
def test_a_form_of_address_after_an_article_marks_the_person_proposed(body: str, language: str, name: str,
                                                                      honorific: str, rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.honorific) == (name, honorific)


@pytest.mark.parametrize(("body", "language", "name"), [
    # no article: a given name ("Cheikh Tidiane"; the English "Sheikh" is a form of address as "الشيخ" is, see
    # tests/test_extract_sheikh.py)
    ("Bonjour,\nNous proposons Cheikh Tidiane Sarr, notre directeur, pour intervenir en plénière.\nCordialement,\n"
     "Awa Ndiaye", "fr", "Cheikh Tidiane Sarr"),
])
def test_near_miss_the_same_word_without_an_article_stays_in_the_name(body: str, language: str, name: str,
                                                                      rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.honorific) == (name, None)


# ---------------------------------------------------------------------------------------------
# The sender who introduces themself by their given name alone ("I'm Rana, coordinator ...", "انا ريم، منسقة ...",
# "Je suis Salma, chargée de ...") and signs with their full name: the full name, and the post from the sentence;
# the words of the introduction are never part of the name

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Hi,\nI'm Rana, the coordinator of the displaced support unit at the Union of Akkar Municipalities. I'd like to "
     "register for a roundtable intervention.\nThanks\n\nRana Khalil\nUnion of Akkar Municipalities", "en",
     "Rana Khalil", "coordinator of the displaced support unit"),
    ("مرحبا،\nانا سلمى، منسقة برنامج الحماية في جمعية الأمل. بدي سجل اسمي لمداخلة في الجلسة العامة.\nشكرا\n\n"
     "سلمى خوري\nجمعية الأمل", "ar", "سلمى خوري", "منسقة برنامج الحماية"),
    ("مرحبا،\nأنا مازن، مدير مشاريع باتحاد بلديات الضنية. حابب سجل اسمي لمداخلة بالنقاش المفتوح.\nيعطيكم العافية\n\n"
     "مازن الأيوبي\nاتحاد بلديات الضنية", "ar", "مازن الأيوبي", "مدير مشاريع"),
    ("Bonjour,\nJe suis Salma, chargée de plaidoyer à l'Association Horizons Migrations. Je souhaite intervenir à la "
     "table ronde 2.\nMerci\n\nSalma Bennani\nAssociation Horizons Migrations", "fr", "Salma Bennani",
     "chargée de plaidoyer"),
])
def test_a_sender_introduced_by_given_name_is_named_in_full(rules: ExtractRules, body: str, language: str, name: str,
                                                            title: str) -> None:
    (speaker,) = _one(body, rules, language).speakers
    assert (speaker.name, speaker.title) == (name, title)


def test_near_miss_a_given_name_that_is_not_the_senders_keeps_no_title_of_theirs(rules: ExtractRules) -> None:
    # the sentence introduces someone else by a given name: no post of the sender's is read from it
    body = ("Hi,\nThis is Omar, our intern, writing for Rana. I'd like to register for a roundtable intervention.\n"
            "Thanks\n\nRana Khalil\nUnion of Akkar Municipalities")
    (speaker,) = _one(body, rules, "en").speakers
    assert speaker.name == "Rana Khalil"
    assert speaker.title != "our intern"


# ---------------------------------------------------------------------------------------------
# A possessive and a kind of member before a bracketed list of places or members ("on behalf of its eleven member
# municipalities (Mafraq, Ramtha, Zarqa and others)"): the list names no person, the post runs on no comma

@pytest.mark.parametrize(("body", "language"), [
    ("Dear colleagues,\nPlease find attached the report prepared by our network on behalf of its eleven member "
     "municipalities (Mafraq, Ramtha, Sahab, Zarqa and others). I would like to request a floor intervention for "
     "myself in Roundtable 3.\nRegards,\nLina Saad\n", "en"),
    ("Dear all,\nThe union speaks for its member associations (Tripoli, Saida, Tyre, Zahle and Jbeil). I would like "
     "to speak in the plenary myself.\nBest,\nLina Saad\n", "en"),
    ("Bonjour,\nLe rapport a été préparé au nom de ses communes membres (Rosso, Kaédi, Atar, Néma et d'autres). Je "
     "souhaite intervenir moi-même à la table ronde 2.\nCordialement,\nLina Saad\n", "fr"),
])
def test_a_bracketed_list_after_a_possessive_names_no_person(rules: ExtractRules, body: str, language: str) -> None:
    fields = run(message(body, from_="Lina Saad <l@example.org>"), rules, language=language)
    assert all("," not in (s.name or "") for s in fields.speakers)
    assert [s.name for s in fields.speakers] == ["Lina Saad"]


def test_near_miss_a_possessive_post_then_the_name_is_still_read(rules: ExtractRules) -> None:
    body = "Dear all,\nWe propose our Station Manager Maria Dela Paz (Radio Migrants) for roundtable 2.\nBest,\nAnna\n"
    fields = run(message(body), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Maria Dela Paz", "Station Manager")]


# ---------------------------------------------------------------------------------------------
# A rank the honorifics do not list, written before one they do in a name value ("الاسم: الوزير المفوض د. X",
# "Name: Minister Plenipotentiary Dr. X"): part of the form of address, not of the name

@pytest.mark.parametrize(("language", "body", "name", "honorific"), [
    ("ar", "نرشح المتحدثة التالية:\n\nالاسم: الوزير المفوض د. سلوى عبد الحميد ناصر\nالمسمى الوظيفي: مديرة إدارة الهجرة\n"
           "الجهة: المنظمة العربية للتنمية\n\nمنى", "سلوى عبد الحميد ناصر", "الوزير المفوض د."),
    ("ar", "نرشح:\n\nالاسم: المستشار الدكتور خالد العمري\nالصفة: رئيس قسم الدراسات\nالجهة: مركز الخليج للأبحاث\n\nسعاد",
     "خالد العمري", "المستشار الدكتور"),
    ("en", "We propose the following speaker:\n\nName: Minister Plenipotentiary Dr. Hana Youssef\nTitle: Director of "
           "Migration Affairs\nOrganisation: Arab Development Council\n\nMona", "Hana Youssef", "Minister Plenipotentiary Dr."),
    ("fr", "Nous proposons l'intervenant suivant :\n\nNom : Professeur Dr Karim Benjelloun\nFonction : Doyen\n"
           "Organisation : Université Hassan II\n\nLeila", "Karim Benjelloun", "Professeur Dr"),
    # a post as the rank, before a bare "السيد", "M." or "Ms" (no given name is a post)
    ("ar", "نرشح:\n\nالاسم: السكرتير الأول السيدة ريم عبد الله الحسيني\nالصفة: رئيسة قسم شؤون المغتربين\n"
           "الجهة: وزارة الخارجية\n\nسعاد", "ريم عبد الله الحسيني", "السكرتير الأول السيدة"),
    ("fr", "Nous proposons :\n\nNom : Premier conseiller M. Youssef Alaoui\nFonction : Chef de la division consulaire\n"
           "Organisation : Ministère des Affaires étrangères\n\nLeila", "Youssef Alaoui", "Premier conseiller M."),
    ("en", "We propose:\n\nName: First Secretary Ms Leila Haddad\nTitle: Head of Consular Affairs\n"
           "Organisation: Ministry of Foreign Affairs\n\nMona", "Leila Haddad", "First Secretary Ms"),
])
def test_a_rank_before_an_honorific_in_a_name_value_is_no_part_of_the_name(rules: ExtractRules, language: str, body: str,
                                                                            name: str, honorific: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.honorific) == (name, honorific)


@pytest.mark.parametrize(("language", "body", "name"), [
    # "السيد" is also a surname, and a Latin initial is no honorific: the name stays whole
    ("ar", "نرشح:\n\nالاسم: محمد السيد عبد الله\nالصفة: مدير البرامج\nالجهة: جمعية النور\n\nسعاد", "محمد السيد عبد الله"),
    # ... nor after a given name that opens with the article ("الطيب السيد علي حسن"), which is no post
    ("ar", "نرشح:\n\nالاسم: الطيب السيد علي حسن\nالصفة: مدير البرامج\nالجهة: جمعية النور\n\nسعاد", "الطيب السيد علي حسن"),
    ("en", "We propose:\n\nName: Ahmed M. Ali Hassan\nTitle: Programme Director\nOrganisation: Nour Association\n\nSara",
     "Ahmed M. Ali Hassan"),
])
def test_near_miss_a_surname_or_an_initial_inside_a_name_value_stays_in_the_name(rules: ExtractRules, language: str,
                                                                                  body: str, name: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.name == name


# ---------------------------------------------------------------------------------------------
# A trade union's or a party's form of address ("الرفيق X", "الرفيقة Y", "Comrade Z", "la camarade W") goes to the
# honorific, never into the name; a given name "رفيق" without the article stays the name

@pytest.mark.parametrize(("body", "language", "name", "honorific"), [
    ("مرحبا،\nبدنا نرشّح الرفيق خليل عون، أمين سر النقابة، ليكون المقرّر بالمؤتمر.\nتحياتي\nسلمى", "ar", "خليل عون", "الرفيق"),
    ("تحية نضالية،\nنقترح الرفيقة سناء بن علي، الكاتبة العامة للنقابة، للمداخلة في الجلسة العامة.\nمع التحية", "ar",
     "سناء بن علي", "الرفيقة"),
    ("Dear comrades,\nWe nominate Comrade Joseph Banda, General Secretary of the Domestic Workers Union, to speak in "
     "roundtable 2.\nIn solidarity,\nGrace", "en", "Joseph Banda", "Comrade"),
    ("Bonjour,\nNous proposons la camarade Awa Diop, secrétaire générale du Syndicat des Travailleurs Migrants, pour "
     "intervenir en plénière.\nSalutations syndicales,\nPaul", "fr", "Awa Diop", "camarade"),
])
def test_a_comrade_is_a_form_of_address(body: str, language: str, name: str, honorific: str,
                                        rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.honorific) == (name, honorific)


def test_near_miss_rafiq_without_the_article_is_a_given_name(rules: ExtractRules) -> None:
    body = "مرحبا،\nنرشّح رفيق حداد، أمين سر النقابة، ليكون المقرّر بالمؤتمر.\nتحياتي\nسلمى"
    sp = _one(body, rules, "ar").speakers[0]
    assert (sp.name, sp.honorific) == ("رفيق حداد", None)


# ---------------------------------------------------------------------------------------------
# A wish of health closing the message ("يعطيكن العافية", "الله يعطيك العافية") over a given name is no speaker's
# name: the sender asking for themself is named from the From line

@pytest.mark.parametrize(("body", "from_", "name"), [
    ("مرحبا،\nبدي شارك كمتحدثة بالجلسة العامة عن العاملات بالخدمة المنزلية.\n\nيعطيكن العافية\nريما",
     "ريما حداد <r@example.org>", "ريما حداد"),
    ("مرحبا،\nحابب احكي بالطاولة المستديرة الأولى.\n\nالله يعطيك العافية\nسامي", "سامي نصر <s@example.org>", "سامي نصر"),
    ("هلا\nودي أقدم كلمة في الجلسة العامة.\n\nيعطيكم العافيه\nخالد", "خالد المطيري <k@example.org>", "خالد المطيري"),
])
def test_a_wish_of_health_over_a_given_name_is_no_name(body: str, from_: str, name: str, rules: ExtractRules) -> None:
    assert _one(body, rules, "ar", from_=from_).speakers[0].name == name


# The sender points at the carried-along message as a colleague's own request or details ("see her message below",
# "la demande de notre collègue ci-dessous", "رسالته أدناه"): its author is the speaker, though they do not ask in the
# first person, whether the mailer forwarded the message or quoted it as an original message
_ORIGINAL = ("{intro}\n\n{sender}\n\n-----Original Message-----\nFrom: {author} <author@example.org>\n"
             "Sent: Thursday, February 11, 2021 3:10 PM\nTo: {sender} <sender@example.org>\nSubject: RE: GCM\n\n"
             "{request}\n\n{sign}\n")


@pytest.mark.parametrize(("layout", "subject", "intro", "author", "written", "sign", "language"), [
    (_FORWARD, "Fwd: card", "Hello, I'm forwarding the details of my colleague Karim below, he would be a strong voice "
     "for the roundtable on labour migration.", "Karim Nassar", "here you go",
     "Karim Nassar\nSenior Reporter\nThe Amman Evening Post", "en"),
    (_ORIGINAL, "Speaker for roundtable 2", "Dear team, our treasurer hopes to speak in roundtable 2, please see his "
     "message below.", "Tomas Berhane", "Omar, please send this on when you can. My details are in the signature.",
     "Tomas Berhane\nTreasurer\nHorn of Africa Community Council", "en"),
    (_FORWARD, "TR: intervention", "Bonjour, je vous transfère ci-dessous la demande de notre collègue de Sousse, qui "
     "souhaite intervenir à la table ronde 3.", "Salma Gharbi", "Voici mes coordonnées comme convenu.",
     "Salma Gharbi\nJuriste\nCentre d'accueil des migrants de Sousse", "fr"),
    (_ORIGINAL, "مشاركة في المائدة المستديرة", "السادة الكرام، نرجو تسجيل زميلنا متحدثاً في المائدة المستديرة الثانية، "
     "وبياناته في رسالته أدناه.", "يوسف العلي", "هذه بياناتي كما طلبت.",
     "يوسف العلي\nمنسق المشاريع\nجمعية الرحمة للتنمية", "ar"),
])
def test_the_author_of_a_message_the_sender_points_at_is_the_speaker(layout: str, subject: str, intro: str, author: str,
                                                                   written: str, sign: str, language: str,
                                                                   rules: ExtractRules) -> None:
    body = layout.format(intro=intro, sender="Hana Masri", author=author, request=written, sign=sign)
    fields = _speakers(body, rules, language, subject=subject, from_="Hana Masri <sender@example.org>")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(author, sign.split("\n")[1])]


def test_the_author_the_sender_names_by_honorific_is_the_speaker(rules: ExtractRules) -> None:
    body = _FORWARD.format(intro="Dear team, we would be grateful if Ms. Haddad, who wrote our report, could take the "
                           "floor in roundtable 2.", sender="Omar Said", author="Lina Haddad",
                           request="Dear Omar, attached is the final report, could you send it on?",
                           sign="Lina Haddad\nHead of Research\nNational Union of Farm Workers")
    fields = _speakers(body, rules, "en", subject="Fwd: report")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [("Lina Haddad", "Head of Research")]


def test_near_miss_the_senders_own_earlier_message_below_is_no_colleagues_request(rules: ExtractRules) -> None:
    assert not any(p.search(" small correction to my message below ") for p in rules.pointed_request)
    assert not any(p.search(" voir notre message ci-dessous ") for p in rules.pointed_request)
    assert not any(p.search(" الحاقا برسالتنا ادناه ") for p in rules.pointed_request)
    body = _ORIGINAL.format(intro="Dear team, a correction to my message below: I would like to speak in roundtable 2, "
                            "not 3.", sender="Hana Masri", author="Hana Masri",
                            request="Dear team, I would like to speak in roundtable 3.",
                            sign="Hana Masri\nDirector\nJordan Workers Forum")
    fields = _speakers(body, rules, "en", subject="RE: speaker", from_="Hana Masri <sender@example.org>")
    assert [sp.name for sp in fields.speakers] == ["Hana Masri"]


# ---------------------------------------------------------------------------------------------
# The sender asks to speak, named only by the From header, and signs with the organisation's name: they speak for it

@pytest.mark.parametrize(("body", "language", "from_", "affiliation"), [
    ("Hello,\nI would like to take part in the open discussion on 23 February.\nThanks\n\n--\nNile Youth Forum\n"
     "+20 100 000 0000\n", "en", "Omar Said <omar.said@example.com>", "Nile Youth Forum"),
    ("مرحبا،\nأرغب في المشاركة في النقاش المفتوح يوم 23 فبراير.\nشكرا\n--\nجمعية الأمل للتنمية\nالكاتب العام\n"
     "د. سامي الهادي\n", "ar", "سامي الهادي <s.hadi@example.org>", "جمعية الأمل للتنمية"),
    ("Bonjour,\nJe souhaite prendre la parole en séance plénière.\nMerci\n\nRéseau Migrants Solidaires (RMS)\n"
     "Coordinatrice\nAwa Diallo\n", "fr", "Awa Diallo <awa@example.org>", "Réseau Migrants Solidaires (RMS)"),
])
def test_the_sender_speaks_for_the_organisation_they_sign_with(body: str, language: str, from_: str, affiliation: str,
                                                               rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_=from_)
    assert [(sp.name, sp.affiliation) for sp in fields.speakers] == [(from_.split(" <")[0], affiliation)]


def test_near_miss_a_body_the_sender_only_talks_about(rules: ExtractRules) -> None:
    body = ("hello\ni would like to speak in the open discussion on 23 feb about the support we got from the Amal "
            "Foundation in Beirut.\nthanks\n")
    fields = _speakers(body, rules, "en", from_="Amina Yusuf <amina.y@example.com>")
    assert [(sp.name, sp.affiliation) for sp in fields.speakers] == [("Amina Yusuf", None)]


# ---------------------------------------------------------------------------------------------
# Forms of address the sender writes that are also words or names: the Maghrebi "Si"/"السي", the Levantine "الست",
# an elder addressed as "الوالد", and "الشيخ" kept as a given name before a patronymic ("الشيخ ولد X")

@pytest.mark.parametrize(("body", "language", "name", "honorific"), [
    ("Bonjour,\nNous souhaitons proposer notre président, Si Karim Tazi, pour une intervention à la table ronde 2.\n"
     "Cordialement\n", "fr", "Karim Tazi", "Si"),
    ("Bonjour,\nNous proposons Si Ahmed Ben Youssef, trésorier de l'Union des pêcheurs de Sfax, comme intervenant en "
     "plénière.\n", "fr", "Ahmed Ben Youssef", "Si"),
    ("السلام عليكم\nبغينا نشاركو فالطاولة المستديرة الثانية، والمتدخل غادي يكون السي محمد الإدريسي، رئيس الجمعية.\n",
     "ar", "محمد الإدريسي", "السي"),
    ("مرحبا\nنرشح الست هالة منصور، منسقة البرامج، لمداخلة في الجلسة العامة.\n", "ar", "هالة منصور", "الست"),
    ("السلام عليكم\nنبي نرشح الوالد سالم راشد المري، رئيس مجلس الادارة، عشان يلقي مداخلة بالجلسة العامة.\n", "ar",
     "سالم راشد المري", "الوالد"),
])
def test_a_regional_form_of_address_is_the_honorific_not_the_name(body: str, language: str, name: str, honorific: str,
                                                                  rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_="Sender <sender@example.org>")
    assert [(sp.name, sp.honorific) for sp in fields.speakers] == [(name, honorific)]


@pytest.mark.parametrize(("body", "language", "name"), [
    ("نطلب مداخلة في الجلسة العامة يقدمها رئيس الجمعية.\n\nالشيخ ولد أحمد سالم\nرئيس جمعية الأمل للتنمية\n", "ar",
     "الشيخ ولد أحمد سالم"),
    ("نرشح الشيخ ولد سيدي بابا، رئيس الجمعية، لمداخلة في الجلسة العامة.\n", "ar", "الشيخ ولد سيدي بابا"),
    ("تحية طيبة\nنقترح الحاج ولد عبد الله، أمين المال، متحدثا في المائدة المستديرة الثانية.\n", "ar", "الحاج ولد عبد الله"),
])
def test_a_form_of_address_before_a_patronymic_is_the_given_name(body: str, language: str, name: str,
                                                                 rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language)
    assert [sp.name for sp in fields.speakers] == [name]


def test_near_miss_french_si_and_an_address_before_a_family_name_stay_as_they_were(rules: ExtractRules) -> None:
    # "si" ("if") opening a sentence is no form of address; "M. Ould Abdallah" is a family name after "M."
    body = ("Bonjour,\nSi possible, nous souhaitons proposer M. Ould Abdallah, président de l'association, pour la "
            "table ronde 2.\n")
    fields = _speakers(body, rules, "fr")
    assert [(sp.name, sp.honorific) for sp in fields.speakers] == [("Ould Abdallah", "M.")]
    body = "السلام عليكم\nنرشح الشيخ محمد العلي، رئيس الجمعية، لمداخلة في الجلسة العامة.\n"
    assert [(sp.name, sp.honorific) for sp in _speakers(body, rules, "ar").speakers] == [("محمد العلي", "الشيخ")]


# ---------------------------------------------------------------------------------------------
# A colleague, a comrade or a child the sender names without an honorific ("بيمثلنا رفيقنا X", "zamilti X",
# "ma fille X"), and the person after a colon that ends a request to speak, is the speaker, not the sender

@pytest.mark.parametrize(("body", "language", "name"), [
    ("مساء الخير،\nومنحب يكون إلنا مداخلة بالجلسة العامة، بيمثلنا رفيقنا سامي خليل منسق الشبكة، لأنو الموضوع مهم.\n\n"
     "يعطيكن العافية،\nريم حسن\n", "ar", "سامي خليل"),
    ("تحية طيبة\nعايزين مداخلة في المائدة المستديرة التالتة، وهيمثلنا زميلنا عمر الحسيني مدير البرامج عندنا.\n\nمع الشكر\n"
     "ليلى يوسف\n", "ar", "عمر الحسيني"),
    ("Marhaba,\nana Rami mn jam3iyet Insan, baddna nrasha7 zamilti Lara Nassar la tkoun rapporteur.\nRami\n", "en",
     "Lara Nassar"),
    ("Bonjour,\nMa fille Lina Saadeh aimerait prendre la parole pendant la discussion ouverte.\nMerci\nNadia Saadeh\n",
     "fr", "Lina Saadeh"),
    ("السلام عليكم\nكنقترحو فاطمة الزهراء بنعلي، رئيسة جمعية الأمل، باش تهضر فالجلسة العامة.\nشكرا\n", "ar",
     "فاطمة الزهراء بنعلي"),
    ("Good morning,\nWe'd like one of our volunteers to speak in a plenary session: Samir Haddad, youth facilitator, "
     "from Irbid.\nThanks,\nDina\n\nDina Qasem\nProgram Manager\n", "en", "Samir Haddad"),
    ("Bonjour,\nNous aimerions qu'une de nos juristes prenne la parole à la table ronde 2 : Salma Trabelsi, "
     "coordinatrice juridique.\nMerci\n\nKarim Mansour\nResponsable programmes\n", "fr", "Salma Trabelsi"),
    # the plain speaking verb after "que" / "أن" before the colon ("qu'une de nos membres parle ... : X")
    ("Bonjour,\nSi possible, on aimerait qu'une de nos adhérentes parle à la table ronde 2 : Fatou Sarr, aide-soignante "
     "et militante associative au CRM.\nMerci\n\nKarim Mansour\nResponsable programmes\n", "fr", "Fatou Sarr"),
    ("Bonjour,\nNous voudrions que l'un de nos bénévoles s'exprime en plénière : Jean Mbala, animateur de quartier.\n"
     "Merci\n\nKarim Mansour\nResponsable programmes\n", "fr", "Jean Mbala"),
    ("مرحبا،\nنود أن تتحدث إحدى عضواتنا في الجلسة العامة: فاطمة سار، عاملة رعاية وناشطة في الجمعية.\nشكرا\n\n"
     "كريم منصور\nمسؤول البرامج\n", "ar", "فاطمة سار"),
])
def test_the_person_the_sender_names_for_the_body_is_the_speaker(body: str, language: str, name: str,
                                                                 rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_="Sender <sender@example.org>")
    assert [sp.name for sp in fields.speakers] == [name]


def test_near_miss_a_report_that_speaks_of_a_list_names_no_one(rules: ExtractRules) -> None:
    # "parle" in the indicative, of a document, before a list of topics: no request for a speaker
    body = ("Bonjour,\nNotre rapport, que nous joignons, parle de trois thèmes : retour, réintégration et "
            "transferts.\n\nHana Masri\nDirectrice\nForum des travailleurs\n")
    names = [sp.name for sp in _speakers(body, rules, "fr", from_="Hana Masri <h@example.org>").speakers]
    assert "retour" not in " ".join(n or "" for n in names)


def test_near_miss_a_request_to_speak_about_a_list_names_no_one(rules: ExtractRules) -> None:
    # the colon ends a list of topics, and "بيمثلنا" followed by no name leaves the sender
    body = ("Dear team,\nI would like to speak in roundtable 2 about three topics: return, reintegration and "
            "remittances.\n\nHana Masri\nDirector\nJordan Workers Forum\n")
    assert [sp.name for sp in _speakers(body, rules, "en", from_="Hana Masri <h@example.org>").speakers] == ["Hana Masri"]


def test_near_miss_words_saying_what_the_choice_is_for_mark_no_person(rules: ExtractRules) -> None:
    body = ("السلام عليكم\nتود جمعيتنا المشاركة في المؤتمر، ونرشح لذلك الزميلين التاليين:\n\n"
            "1. الدكتور سالم علي الحربي، المدير التنفيذي – مداخلة في الجلسة العامة\n"
            "2. السيدة منى أحمد، منسقة البرامج – المائدة المستديرة الرابعة\n")
    assert [sp.name for sp in _speakers(body, rules, "ar").speakers] == ["سالم علي الحربي", "منى أحمد"]


# ---------------------------------------------------------------------------------------------
# A married woman's names joined as Maghreb civil registers write them ("Amel Jaziri épouse Gharbi", "ép.", "née"):
# one name, the title after it still read (words.particles)

@pytest.mark.parametrize(("body", "name", "title"), [
    ("Madame, Monsieur,\nNous avons l'honneur de vous proposer les deux intervenants suivants :\n\n- M. Slim Ben Ammar, "
     "Directeur central des statistiques, en qualité de rapporteur ;\n\n- Mme Amel Jaziri épouse Gharbi, Cheffe du "
     "service des enquêtes auprès des ménages, pour la table ronde 2.\n\nCordialement\n",
     "Amel Jaziri épouse Gharbi", "Cheffe du service des enquêtes auprès des ménages"),
    ("Bonjour,\nNous proposons Mme Nadia Ben Salah ép. Trabelsi, présidente de l'Association Tunisienne des Femmes "
     "Juristes, pour la table ronde 1.\nCordialement\n", "Nadia Ben Salah ép. Trabelsi", "présidente"),
    ("Bonjour,\nNous proposons Mme Samia Haddad née Karray, chargée de programme à Caritas Algérie, pour la séance "
     "plénière.\nCordialement\n", "Samia Haddad née Karray", "chargée de programme"),
    ("Dear team,\nWe propose Ms. Leila Ben Youssef epouse Mansour, Programme Officer at the Tunisian Forum, for "
     "roundtable 2.\nBest\n", "Leila Ben Youssef epouse Mansour", "Programme Officer"),
])
def test_a_married_name_joined_by_epouse_or_nee_is_one_name(body: str, name: str, title: str,
                                                           rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="en" if body.startswith("Dear") else "fr").speakers[-1]
    assert (sp.name, sp.title) == (name, title)


def test_near_miss_nee_before_a_place_ends_the_name(rules: ExtractRules) -> None:
    body = ("Bonjour,\nNous proposons Mme Samia Haddad née à Sfax, chargée de programme à Caritas Algérie, pour la "
            "séance plénière.\nCordialement\n")
    assert [sp.name for sp in run(message(body), rules, language="fr").speakers] == ["Samia Haddad"]


# A person put in copy of the correspondence about the speaker ("write to the undersigned, copying Mr. X", "with copy to
# Ms. Y", "avec copie à M. Z", "مع نسخة إلى السيد W") is a contact, no second speaker
@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear team,\nHis Excellency Dr. Samir Khoury, Minister of Social Affairs, would be pleased to take the floor in the "
     "plenary session.\n\nKindly direct all correspondence regarding His Excellency's participation to the undersigned, "
     "copying Mr. Tarek Aoun (Protocol Department).\n\nBest regards,\nRana Haddad\nChief of Staff\n", "en", "Samir Khoury"),
    ("Dear colleagues,\nWe nominate Ms. Grace Achieng, Programme Officer, for roundtable 2.\n\nPlease send any "
     "correspondence about her participation to me with copy to Mr. Peter Mwangi, our logistics focal point.\n\n"
     "Thanks,\nJohn\n", "en", "Grace Achieng"),
    ("Madame, Monsieur,\nNous proposons Mme Awa Ndiaye, directrice exécutive, pour intervenir à la table ronde 3.\n\n"
     "Merci d'adresser toute correspondance relative à sa participation au soussigné, avec copie à M. Ousmane Ba, "
     "chargé du protocole.\n\nCordialement,\nKarim\n", "fr", "Awa Ndiaye"),
    ("تحية طيبة،\nيسرنا ترشيح السيدة هدى محمود، المديرة التنفيذية، للمشاركة في الجلسة العامة.\n\n"
     "نرجو توجيه المراسلات الخاصة بمشاركتها إلى الموقع أدناه مع نسخة إلى السيد وليد ناصر، قسم المراسم.\n\n"
     "مع التقدير\nسامي\n", "ar", "هدى محمود"),
])
def test_a_person_put_in_copy_of_the_correspondence_is_no_speaker(body: str, language: str, name: str,
                                                                  rules: ExtractRules) -> None:
    assert [sp.name for sp in _speakers(body, rules, language).speakers] == [name]


def test_near_miss_a_speaker_said_to_be_in_copy_still_speaks(rules: ExtractRules) -> None:
    # "(en copie)" after the name only says where her address is: she is the one proposed
    body = ("Bonjour,\nNous souhaitons que Mme Salma Khoury (en copie) puisse faire une intervention en séance "
            "plénière.\nCordialement,\nNadia\n")
    assert [sp.name for sp in _speakers(body, rules, "fr").speakers] == ["Salma Khoury"]


# "H.E." and "S.E." spelled out before the name ("His Excellency Mr. X", "Her Excellency Ms. Y", "Son Excellence M. Z")
# are forms of address, no part of the name
@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear Sir,\n\nWe nominate Her Excellency Ms. Amina Salem, Minister of Social Development, for the plenary.\n\n"
     "Regards,\nOffice of the Minister\n", "en", "Amina Salem"),
    ("Dear colleagues,\n\nI am writing on behalf of His Excellency Dr. Omar Nabulsi, Minister of Interior.\nHis "
     "Excellency would be pleased to take the floor in the plenary session.\n\nBest,\nLina\n", "en", "Omar Nabulsi"),
    ("Madame, Monsieur,\n\nNous avons l'honneur de proposer Son Excellence Mme Leila Bennani, ministre de la "
     "Solidarité, pour la séance plénière.\n\nCordialement,\nLe Cabinet\n", "fr", "Leila Bennani"),
])
def test_an_excellency_spelled_out_is_a_form_of_address(body: str, language: str, name: str,
                                                        rules: ExtractRules) -> None:
    assert [sp.name for sp in _speakers(body, rules, language).speakers] == [name]


# An office writing on its principal's instructions, the principal then asking through it ("Upon instructions of H.E.
# Mr. X, Minister of Y, please find attached ... His Excellency would like to participate", "Sur instruction de S.E.
# M. X, ...", "بناءً على توجيه معالي الوزيرة الدكتورة X، نرفق لكم ..."): the principal is the speaker, not the writer
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear Sir / Madam,\n\nUpon instructions of His Excellency Mr. Yousef Al-Khalifa, Minister of Interior, please find "
     "attached our national report.\n\nIn addition, His Excellency would like to participate in the open discussion "
     "on 23 February.\n\nWith best regards,\n\nMona Hassan\nDirector, Office of the Minister\n", "en",
     "Yousef Al-Khalifa", "Minister of Interior"),
    ("Dear colleagues,\n\nOn the instructions of H.E. Ms. Rania Toukan, Secretary General of the National Council for "
     "Family Affairs, we kindly request a speaking slot for her in the plenary session.\n\nKind regards,\nSami Odeh\n"
     "Protocol Officer\n", "en", "Rania Toukan", "Secretary General"),
    ("Madame, Monsieur,\n\nSur instruction de S.E. M. Driss Alami, ministre de l'Emploi et de l'Insertion "
     "professionnelle, veuillez trouver ci-joint notre rapport.\nSon Excellence souhaiterait également intervenir lors de "
     "la séance plénière.\n\nCordialement,\nNadia Filali\nCheffe de cabinet\n", "fr", "Driss Alami",
     "ministre de l'Emploi et de l'Insertion professionnelle"),
    ("تحية طيبة،\n\nبناءً على توجيه معالي وزير العمل الدكتور خالد المحمود، نرفق لكم طياً التقرير الطوعي للوزارة.\n"
     "كما نود إعلامكم برغبة معاليه في إلقاء كلمة خلال الجلسة العامة.\n\nمع وافر الاحترام\nسعاد الكبيسي\n"
     "مديرة مكتب الوزير\n", "ar", "خالد المحمود", "وزير العمل"),
])
def test_the_principal_on_whose_instructions_the_office_writes_is_the_speaker(
        body: str, language: str, name: str, title: str, rules: ExtractRules) -> None:
    (sp,) = run(message(body), rules, category="both", language=language).speakers
    assert (sp.name, sp.title) == (name, title)
    assert sp.roles


def test_near_miss_instructions_of_a_body_name_no_one(rules: ExtractRules) -> None:
    # instructions given by a ministry, not a person: the speaker is the one named in the request
    body = ("Dear team,\n\nUpon instructions of the Ministry of Labour, we nominate Ms. Dana Saleh, Head of the Migration "
            "Unit, for roundtable 2.\n\nBest regards,\nOmar\n")
    assert [sp.name for sp in _speakers(body, rules, "en").speakers] == ["Dana Saleh"]


# A replacement said between the proposing verb and the name ("propose instead X", "nominate in her place X", "nous
# proposons plutôt X", "désigner à sa place X"): the person named after it is the speaker, not the sender
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear team,\nUnfortunately Grace Otieno cannot travel. The consortium would like to propose instead Mary Wambui, "
     "Programme Officer at Kenya Migrant Link, for the same slot in Roundtable 4.\nJonathan\n", "en",
     ("Mary Wambui", "Programme Officer", "Kenya Migrant Link")),
    ("Dear team,\nOur chair is unwell, so we would now like to nominate in her place Peter Okello, Legal Advisor at "
     "Migrant Rights Uganda, for roundtable 2.\nRegards,\nJonathan\n", "en",
     ("Peter Okello", "Legal Advisor", "Migrant Rights Uganda")),
    ("Dear team,\nWe propose, instead, Amina Yusuf, Coordinator of the Sudanese Women Forum, for roundtable 1.\n"
     "Jonathan\n", "en", ("Amina Yusuf", "Coordinator", "Sudanese Women Forum")),
    ("Bonjour,\nM. Karim Idrissi ne pourra pas venir. Nous proposons plutôt Leila Mansouri, chargée de programme à "
     "l'Association Amal, pour la table ronde 2.\nCordialement\n", "fr",
     ("Leila Mansouri", "chargée de programme", "Association Amal")),
    ("Bonjour,\nNous souhaitons désigner à sa place Nadia Berrada, présidente du Collectif Solidarité Migrants, pour "
     "la plénière.\nCordialement\n", "fr", ("Nadia Berrada", "présidente", "Collectif Solidarité Migrants")),
])
def test_a_replacement_named_after_the_proposing_verb_is_the_speaker(body: str, language: str,
                                                                     expected: tuple[str, str, str],
                                                                     rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_="Jonathan Reyes <jr@example.org>")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [expected]


@pytest.mark.parametrize(("body", "language"), [
    # "instead of X", "à la place de X": the person replaced, never the one proposed
    ("Dear team,\nWe propose instead of Grace Otieno to send our report later.\nJonathan Reyes\n", "en"),
    ("Bonjour,\nNous proposons à la place de Karim Idrissi une autre personne, dont le nom suivra.\n"
     "Jonathan Reyes\n", "fr"),
    ("Bonjour,\nNous proposons plutôt que Karim Idrissi envoie le rapport.\nJonathan Reyes\n", "fr"),
])
def test_near_miss_the_person_replaced_is_not_the_speaker(body: str, language: str, rules: ExtractRules) -> None:
    names = [sp.name for sp in _speakers(body, rules, language, from_="Jonathan Reyes <jr@example.org>").speakers]
    assert "Grace Otieno" not in names and "Karim Idrissi" not in names


# A speaker written from the organisation down to the person, pieces between spaced dashes ("Intervenante :
# Observatoire X – Directrice exécutive – Mme Y"): the piece with the form of address is the name
@pytest.mark.parametrize(("language", "body", "name", "title", "org"), [
    ("fr", "Bonjour,\nNous souhaiterions proposer une intervention dans la table ronde 2 :\nIntervenante : Collectif "
           "Migrants du Maghreb – Directrice exécutive – Mme Sonia Belkadi\nCordialement,\nAli\n",
     "Sonia Belkadi", "Directrice exécutive", "Collectif Migrants du Maghreb"),
    ("en", "Dear colleagues,\nWe would like to propose a speaker for roundtable 3:\nSpeaker: Migrant Workers Forum - "
           "Executive Director - Mr. Karim Haddad\nBest regards,\nLina\n",
     "Karim Haddad", "Executive Director", "Migrant Workers Forum"),
    ("ar", "تحية طيبة\nنرشح للمائدة المستديرة الثانية:\nالمتحدثة: جمعية التضامن مع المهاجرين – المديرة التنفيذية – "
           "السيدة ليلى منصور\nمع التحية\nسامي\n", "ليلى منصور", "المديرة التنفيذية", "جمعية التضامن مع المهاجرين"),
])
def test_a_name_written_last_after_its_organisation_and_post(rules: ExtractRules, language: str, body: str, name: str,
                                                            title: str, org: str) -> None:
    (s,) = run(message(body), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == (name, title, org)


def test_near_miss_the_name_written_first_keeps_its_order(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe would like to propose a speaker for roundtable 3:\n"
            "Speaker: Mr. Karim Haddad - Executive Director - Migrant Workers Forum\nBest regards,\nLina\n")
    (s,) = run(message(body), rules, language="en").speakers
    assert (s.name, s.title, s.affiliation) == ("Karim Haddad", "Executive Director", "Migrant Workers Forum")


# The post (and the organisation) written before the honorific and the name, in a list item after its role or under a
# line that introduces the person ("- pour la plénière : notre Secrétaire générale, Mme X ;", "Director, ORG - Ms. X")
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\nLe Réseau Sahel Migrations (RSM) souhaite proposer deux intervenants :\n\n- pour la plénière : notre "
     "directrice exécutive, Mme Salma Idrissi ;\n- pour la table ronde 2 : M. Karim Ben Ali, chargé de plaidoyer.\n\n"
     "Cordialement,\nSalma Idrissi\n", "fr",
     [("Salma Idrissi", "directrice exécutive", ("plenary",)), ("Karim Ben Ali", "chargé de plaidoyer", ("roundtable",))]),
    ("Dear team,\nWe would like to propose the following speakers:\n- for the plenary: our Executive Director, Ms. Grace "
     "Mwangi;\n- for roundtable 2: Mr. Daniel Osei, Advocacy Officer.\nBest,\nOmar\n", "en",
     [("Grace Mwangi", "Executive Director", ("plenary",)), ("Daniel Osei", "Advocacy Officer", ("roundtable",))]),
    ("Dear team,\nWe would like to request a floor intervention for our Regional Director in roundtable 4. Her details:"
     "\n\n  Regional Director for the Middle East and North Africa, Gulf Care Alliance - Ms. Rania Haddad\n\nBest,\nTom\n",
     "en", [("Rania Haddad", "Regional Director for the Middle East and North Africa", ("roundtable",))]),
    ("Bonjour,\nNous proposons l'intervenant suivant :\n\n  Chargé de programme, Association Tawasol - M. Youssef Amrani\n"
     "\nCordialement,\nLina\n", "fr", [("Youssef Amrani", "Chargé de programme", ())]),
])
def test_a_post_before_the_honorific_and_name_is_one_person(body: str, language: str,
                                                            expected: list[tuple[str, str, tuple[str, ...]]],
                                                            rules: ExtractRules) -> None:
    fields = _speakers(body, rules, language, from_="Salma Idrissi <s@example.org>")
    assert [(s.name, s.title, s.roles) for s in fields.speakers] == expected


@pytest.mark.parametrize(("body", "language"), [
    # a post and a named contact outside any list or introduced line
    ("Dear team,\nPlease find attached our report.\nFor questions, contact our Programme Officer, Ms. Rania Haddad.\n"
     "Best,\nTom\n", "en"),
    # the last piece is a form of address, not a name
    ("Bonjour,\nVoici notre demande :\n- pour la plénière : notre directrice, Mme la Présidente ;\nCordialement,\nLina\n",
     "fr"),
    # what comes before the honorific and name is no post
    ("Dear team,\nOur request is as follows:\n- for the plenary: thanks to our partner, Ms. Grace Mwangi\nBest,\nOmar\n",
     "en"),
])
def test_near_miss_a_post_before_a_mention_is_no_speaker(body: str, language: str, rules: ExtractRules) -> None:
    assert _speakers(body, rules, language).speakers == ()


# ---------------------------------------------------------------------------------------------
# "The undersigned" asks to speak and signs a formal letter ("Very truly yours", "Bien sincèrement", "المخلص") from an
# office's mailbox, a motto under the signature: the speaker is the signer, not the mailbox's display name

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear Sir/Madam,\nThe undersigned would like to request a speaking slot in the Roundtable 3.\n\nVery truly yours,\n\n"
     "JUAN P. DELA CRUZ\nLabor Attaché\nMigrant Workers Office – Riyadh\n\n\"Serving our workers with integrity\"\n",
     "en", "JUAN P. DELA CRUZ", "Labor Attaché"),
    ("Madame, Monsieur,\nLe soussigné souhaite prendre la parole à la table ronde 1.\n\nBien sincèrement,\n\n"
     "Moussa KONATE\nAttaché social\nConsulat du Mali à Djeddah\n\n« Au service de nos compatriotes »\n",
     "fr", "Moussa KONATE", "Attaché social"),
    ("Dear colleagues,\nThe undersigned wishes to make an intervention at the plenary.\n\nTruly yours,\n\n"
     "Ana Reyes\nWelfare Officer\nOverseas Workers Welfare Office\n\n\"Malasakit at Serbisyo\"\n",
     "en", "Ana Reyes", "Welfare Officer"),
])
def test_the_undersigned_who_signs_a_formal_letter_is_the_speaker(body: str, language: str, name: str, title: str,
                                                                  rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Labour Office <office@mission.example.org>").speakers[0]
    assert (sp.name, sp.title) == (name, title)


# A nickname or kunya written after the name ("known as Abu Ali", "dit Abou Ali", "المكنى (أبو أحمد)", "الملقب بأبي
# ياسر"): the person is also called so; it is neither a part of their name nor their title
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("تحية طيبة\nنرشح الاخ خالد حمد الكربولي المكنى (ابو احمد)، رئيس اللجنة، للمداخلة في الجلسة العامة.\nشكرا\n",
     "ar", "خالد حمد الكربولي", "رئيس اللجنة"),
    ("تحية طيبة\nنرشح السيد سالم عبد الله النعيمي الملقب (ابو فارس)، منسق المشاريع في جمعية الأمل، للمداخلة.\nشكرا\n",
     "ar", "سالم عبد الله النعيمي", "منسق المشاريع"),
    ("تحية طيبة\nنرشح السيدة فاطمة حسن الزبيدي المكناة أم علي، منسقة البرامج في منظمة النور، للمداخلة في الجلسة "
     "العامة.\nشكرا\n", "ar", "فاطمة حسن الزبيدي", "منسقة البرامج"),
    ("Dear team,\nWe nominate Mr. Ahmed Saleh Al-Dulaimi, known as Abu Ali, Chairman of the Returnees Committee, for "
     "the plenary.\nBest\nOmar\n", "en", "Ahmed Saleh Al-Dulaimi", "Chairman"),
    ("Dear team,\nWe nominate Ms. Leila Haddad (also known as Umm Sami), Coordinator of the Women Forum, for the "
     "plenary.\nBest\nOmar\n", "en", "Leila Haddad", "Coordinator"),
    ("Bonjour,\nNous proposons M. Youssef Benali, dit Abou Karim, président du Comité des rapatriés, pour la "
     "plénière.\nCordialement\nOmar\n", "fr", "Youssef Benali", "président"),
    ("Bonjour,\nNous proposons Mme Samira Touati (dite Oum Nadir), présidente de l'Association Amal, pour la "
     "plénière.\nCordialement\nOmar\n", "fr", "Samira Touati", "présidente"),
])
def test_a_nickname_after_the_name_is_neither_name_nor_title(body: str, language: str, name: str, title: str,
                                                             rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Omar <omar@example.org>").speakers[0]
    assert (sp.name, sp.title) == (name, title)


@pytest.mark.parametrize(("body", "language"), [
    # "المعروف" without "بـ" is "well known", no nickname
    ("تحية طيبة\nنرشح الدكتور سامي عادل المعروف في مجال الهجرة، مدير مركز الدراسات، للمداخلة في الجلسة العامة.\n"
     "شكرا\n", "ar"),
    # "known as" after a comma names the organisation, not the person
    ("Dear team,\nWe nominate Ms. Rana Aziz, Director of the network known as MigNet, for the plenary.\nBest\nOmar\n",
     "en"),
    # "dit" as a verb, not before a nickname
    ("Bonjour,\nNous proposons M. Karim Saidi, qui nous a dit vouloir parler, pour la plénière.\nCordialement\nOmar\n",
     "fr"),
])
def test_near_miss_well_known_or_an_organisations_alias_is_no_nickname(body: str, language: str,
                                                                        rules: ExtractRules) -> None:
    mail = message(body, from_="Omar <omar@example.org>")
    without = dataclasses.replace(rules, nickname=())
    assert run(mail, rules, language=language).speakers == run(mail, without, language=language).speakers


# "Mademoiselle" spelled out is a form of address, as "Mlle" is: the honorific, never part of the name
@pytest.mark.parametrize(("body", "name", "honorific"), [
    ("Bonjour,\nNous souhaitons proposer Mademoiselle Bintou Fofana, chargée de la jeunesse, pour intervenir à la table "
     "ronde 2.\nCordialement\nAwa", "Bintou Fofana", "Mademoiselle"),
    ("Bonjour,\nNous proposons Mlle. Aïcha Traoré, Présidente de l'Association des Étudiants Maliens, pour la "
     "plénière.\nCordialement\nAwa", "Aïcha Traoré", "Mlle."),
    ("Bonjour,\nNom : mademoiselle Fatou Ndiaye\nFonction : Trésorière\nOrganisation : Caritas Sénégal\nJe souhaite "
     "intervenir en plénière.\n", "Fatou Ndiaye", "mademoiselle"),
])
def test_mademoiselle_is_an_honorific(body: str, name: str, honorific: str, rules: ExtractRules) -> None:
    sp = _one(body, rules, "fr").speakers[0]
    assert (sp.name, sp.honorific) == (name, honorific)


# A name field whose label asks for the family name first ("Full name (Last, First): Farouk, Amal", "Nom (NOM,
# prénom) : DIALLO, Awa"): the person is given name then family name
@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear team,\nSPEAKER FORM\nFull name (Last, First): Haddad, Rami\nPosition: Director\nOrganization: Tamkeen Centre\n"
     "Role requested: plenary floor intervention\n", "en", "Rami Haddad"),
    ("Dear team,\nName (surname, first name): Okafor, Grace\nTitle: Legal Adviser\nOrganisation: Migrant Rights Hub\n"
     "Session: Roundtable 3\n", "en", "Grace Okafor"),
    ("Bonjour,\nNom (NOM, Prénom) : DIALLO, Awa\nFonction : Coordinatrice\nOrganisation : Réseau Espoir\n"
     "Session : plénière\n", "fr", "Awa DIALLO"),
])
def test_a_family_name_first_field_gives_given_then_family_name(body: str, language: str, name: str,
                                                                rules: ExtractRules) -> None:
    assert _one(body, rules, language).speakers[0].name == name


def test_near_miss_a_name_fields_note_that_asks_no_order_keeps_the_value(rules: ExtractRules) -> None:
    body = ("Dear team,\nFull name (as in passport): Rami Haddad\nPosition: Director\nOrganization: Tamkeen Centre\n"
            "Role requested: plenary floor intervention\n")
    assert _one(body, rules, "en").speakers[0].name == "Rami Haddad"


# A third party points the secretariat to a person ("Allow me to bring to your attention Ms X of Y", "I'd strongly
# suggest you hear from X, chairperson of Y", "je vous suggère d'entendre Mme X"): the person pointed to is the speaker,
# never the writer who signs
@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear colleagues,\nAllow me to bring to your attention Ms. Hanna Tesfaye of the Ethiopian Community Association in "
     "Beirut. I think she would make a valuable contribution to one of the thematic roundtables.\nWith kind regards,\n"
     "Jan de Vries\nFirst Secretary\nEmbassy of the Netherlands", "en", "Hanna Tesfaye"),
    ("Hi there,\nI'm a journalist with the Gulf Times. I'd strongly suggest you hear from Ram Bahadur Thapa, chairperson of "
     "the Nepali Workers Forum, for the roundtable.\nCheers,\nAnil Kumar\nGulf Times", "en", "Ram Bahadur Thapa"),
    ("Dear team,\nMay I draw your attention to Dr Amal Idris, director of the Sudanese Women's Network, as a speaker for the "
     "plenary.\nBest,\nPeter Lang\nGIZ", "en", "Amal Idris"),
    ("Bonjour,\nJe vous suggère vivement d'entendre Mme Fatou Sow, présidente du Collectif des Migrantes, à la table ronde "
     "2.\nCordialement,\nPaul Martin\nAmbassade de France", "fr", "Fatou Sow"),
])
def test_the_person_a_third_party_points_to_is_the_speaker(body: str, language: str, name: str,
                                                          rules: ExtractRules) -> None:
    assert _one(body, rules, language, from_="Writer <writer@example.org>").speakers[0].name == name


def test_near_miss_hearing_from_the_secretariat_names_no_speaker(rules: ExtractRules) -> None:
    body = ("Dear team,\nI would like to request a speaking slot at roundtable 2. I look forward to hearing from you.\n"
            "Best regards,\nAnil Kumar\nProgramme Officer\nNepali Workers Forum")
    assert _one(body, rules, "en", from_="Anil Kumar <anil@example.org>").speakers[0].name == "Anil Kumar"


# Under a line that proposes them, a person line written "Title, Name, Organisation – role" without an honorific: the
# post, the bare name, then the body ("Coordinatrice régionale, Amina X, Union Y – pour une intervention")
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "Bonjour,\nSi c'est encore possible, nous aimerions proposer :\n\nCoordinatrice régionale, Amina Abdi Warsame, "
           "Union des Femmes Somaliennes de Libye (UFSL) – pour une intervention lors de la discussion ouverte.\n\nMerci",
     ("Amina Abdi Warsame", "Coordinatrice régionale", "Union des Femmes Somaliennes de Libye (UFSL)")),
    ("en", "Hello,\nWe would like to propose:\n\nRegional Coordinator, Halima Yusuf, Somali Women Union – for an "
           "intervention in the open discussion.\n\nThanks",
     ("Halima Yusuf", "Regional Coordinator", "Somali Women Union")),
    ("fr", "Bonjour,\nNous proposons :\n\nPrésident, Jean Kaboré, Association des Rapatriés du Burkina – table ronde 2\n\n"
           "Merci", ("Jean Kaboré", "Président", "Association des Rapatriés du Burkina")),
])
def test_a_title_before_a_bare_name_and_its_body(rules: ExtractRules, language: str, body: str,
                                                 expected: tuple[str, str, str]) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == expected


def test_near_miss_a_title_a_unit_and_a_body_name_no_one(rules: ExtractRules) -> None:
    body = ("Hello,\nWe would like to propose:\n\nDirector, Migration Policy Unit, Ministry of Labour – for an "
            "intervention in the open discussion.\n\nThanks")
    assert run(message(body), rules).speakers == ()


# People a long letter only mentions: who founded the body ("set up by the late Mr. X", "Fondée par M. X et Mme Y",
# "تأسس بمبادرة من الدكتور X"), whom it thanks ("we are grateful to Ms. X", "نرفع جزيل الشكر إلى ... الأستاذة Y"), and a
# greeting to the coordinators ("سعادة منسقي الاستعراض"): none of them is a speaker, the one proposed is
@pytest.mark.parametrize(("language", "body", "name"), [
    ("en", "Dear team,\nSet up in Tripoli in 2011 by the late Mr. Walid Saab, and thankful to Dr. Carla Nehme of the Open "
           "Society Foundations for her support, the Lebanese Returnees Forum would like its Treasurer, Ms. Rania Chidiac, "
           "to speak in roundtable 3.\nBest regards,\nSami Khoury", "Rania Chidiac"),
    ("fr", "Madame, Monsieur,\nCréée à Sfax en 2009 par Mme Leila Ben Amor et M. Hedi Trabelsi, notre association souhaite "
           "intervenir, et nous tenons à remercier le Consul ainsi que Mme Sonia Gharbi pour leur appui à la table ronde. "
           "Notre trésorière, Mme Amel Jaziri, souhaiterait intervenir lors de la table ronde 2.\nCordialement,\nNizar Ayari",
     "Amel Jaziri"),
    ("ar", "سعادة منسقي المراجعة الإقليمية المحترمين،\nيسعد منتدى العائدين الذي تأسس عام 2010 على يد الأستاذ سمير الحلبي أن "
           "يشارك، ونتقدم بخالص الشكر إلى الدكتورة ليلى حداد على دعمها للمنتدى، ويسعدنا ترشيح زميلنا السيد نادر الخطيب، "
           "منسق البرامج، للمشاركة في المائدة المستديرة الثانية.\nمع التحية،\nهالة يوسف",
     "نادر الخطيب"),
])
def test_founders_and_people_thanked_are_no_speakers(language: str, body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language=language).speakers] == [name]


def test_near_miss_a_person_represented_by_after_thanks_is_the_speaker(rules: ExtractRules) -> None:
    # thanking the organisers, then "represented by": the preposition follows no founding or thanking word
    body = ("Dear team,\nThank you for the invitation. Our network will be represented by Dr. Omar Fayed, Director of "
            "Programmes, who would like to speak in roundtable 1.\nBest,\nLina Aziz")
    assert [s.name for s in run(message(body), rules).speakers] == ["Omar Fayed"]


def test_a_greeting_to_the_coordinators_is_no_speaker(rules: ExtractRules) -> None:
    body = ("سعادة منسقي الاستعراض الإقليمي الموقرين\nالسلام عليكم،\nيتشرف اتحاد المغتربين بالمشاركة بمداخلة في المائدة "
            "المستديرة الأولى، وعليه نرشح:\nالدكتور فارس العلي\nنائب الرئيس\nمع التحية،\nسلمى ناصر")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["فارس العلي"]


# A relative clause set off by dashes inside the sentence that proposes ("Our Chair, Dr X - who many of you know from
# her work with the Y Union - would like to speak"): the body it names is the person's past, not the one proposing
@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("en", "Dear team,\nOur Director, Ms. Nadia Karam - who many of you met when she worked with the Arab Labour "
           "Organization - would like to speak in the plenary.\nBest regards,\nOmar Saleh\nCoordinator\n"
           "Beirut Migrant Workers Network", "Beirut Migrant Workers Network"),
    ("fr", "Bonjour,\nNotre présidente, Mme Awa Diop – qui a longtemps travaillé avec le Haut Conseil des Maliens de "
           "l'Extérieur – souhaiterait intervenir à la table ronde 1.\nCordialement,\nIbrahima Fall\nChargé de mission\n"
           "Réseau Migrations et Développement du Sahel", "Réseau Migrations et Développement du Sahel"),
    ("en", "Hello,\nOur Treasurer, Mr. Samir Haddad - whose earlier work for the Jordanian Red Crescent Society many "
           "will remember - wishes to take the floor in roundtable 2.\nThanks,\nLayla Nasser\nDirector\n"
           "Amman Returnees Association", "Amman Returnees Association"),
])
def test_a_dashed_relative_clause_names_no_proposing_body(language: str, body: str, affiliation: str,
                                                          rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.affiliation == affiliation


def test_near_miss_a_dashed_apposition_still_names_the_proposer(rules: ExtractRules) -> None:
    # no relative pronoun: the dashes set off the body itself, which proposes
    body = ("Dear team,\nOur partner - the Gulf Domestic Workers Alliance - would like its Director, Ms. Mary Santos, "
            "to speak in the plenary.\nBest regards,\nJohn Cruz")
    speaker, = run(message(body), rules).speakers
    assert speaker.affiliation == "Gulf Domestic Workers Alliance"


# A patron or a funder named in the sentence that proposes ("under the patronage of H.E. X", "sous le haut patronage de
# M. Y", "برعاية معالي Z"): mentioned, not proposed
@pytest.mark.parametrize(("language", "body", "name"), [
    ("en", "Dear team,\nOur project, funded by Mr. Karim Aziz, would like its lead, Ms. Dina Farah, to speak in "
           "roundtable 2.\nBest,\nHani Saad", "Dina Farah"),
    ("fr", "Bonjour,\nNotre forum, placé sous le haut patronage de M. Ali Ben Salah, souhaiterait que Mme Nour Sassi "
           "intervienne à la table ronde 3.\nCordialement,\nAnis Kefi", "Nour Sassi"),
    ("ar", "تحية طيبة،\nيسعد ملتقى الشباب المنعقد برعاية السيد خالد المري أن يرشح الأستاذة هند الزين للمشاركة في المائدة "
           "المستديرة الأولى.\nمع الشكر،\nوليد حمدان", "هند الزين"),
])
def test_a_patron_or_funder_is_no_speaker(language: str, body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language=language).speakers] == [name]


# A name written surname first in capitals, as in a roster ("BENNANI Karima", "OULD CHEIKH Ahmed Salem"): recorded
# as a secretary writes it, given names first and the surname in normal capitalisation
@pytest.mark.parametrize(("template", "language", "value", "name"), [
    (_FR_LABELLED, "fr", "TAZI Nadia", "Nadia Tazi"),
    (_FR_LABELLED, "fr", "OULD BRAHIM Sidi Mohamed", "Sidi Mohamed Ould Brahim"),
    (_FR_LABELLED, "fr", "NGOMA MBEMBA Marie-Claire", "Marie-Claire Ngoma Mbemba"),
    (_EN_LABELLED, "en", "AL-SAYED Mona", "Mona Al-Sayed"),
    (_EN_LABELLED, "en", "N'DIAYE Fatou", "Fatou N'Diaye"),
])
def test_a_surname_written_first_in_capitals_goes_last(template: str, language: str, value: str, name: str,
                                                       rules: ExtractRules) -> None:
    assert _one(template.format(value), rules, language).speakers[0].name == name


@pytest.mark.parametrize(("template", "language", "value"), [
    (_FR_LABELLED, "fr", "Fatima Zahra EL IDRISSI"),  # the surname already last: left as written
    (_FR_LABELLED, "fr", "AMINATA SOW"),  # all in capitals: which word is the surname is not said
    (_EN_LABELLED, "en", "Samir Haddad"),
])
def test_near_miss_a_name_not_written_surname_first_stays(template: str, language: str, value: str,
                                                          rules: ExtractRules) -> None:
    assert _one(template.format(value), rules, language).speakers[0].name == value


# A military or police rank of several words before a name ("le Général de brigade X", "Major General Y", "اللواء الركن
# Z") is the form of address, not the name nor the post; the name and the post after it are the speaker's
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Madame, Monsieur,\nLa Direction générale de la Sécurité intérieure (DGSI) a l'honneur de proposer la candidature "
     "du Général de brigade Michel Rizk, chef du Service des étrangers, pour une intervention dans la deuxième table "
     "ronde.\nHaute considération,\nCdt Paul Haddad\nAttaché\nAmbassade du Liban - Paris",
     "fr", ("Michel Rizk", "Général de brigade", "chef du Service des étrangers")),
    ("Dear colleagues,\nThe Directorate of Residency Affairs is pleased to nominate Major General Khalid Al-Harbi, "
     "Director of International Cooperation, to speak in the plenary.\nBest regards,\nLt. Col. Omar Fayez\n"
     "Liaison Officer\nEmbassy of Kuwait", "en", ("Khalid Al-Harbi", "Major General", "Director of International Cooperation")),
    ("Dear team,\nWe nominate Brigadier General Samia Yousef, Head of the Border Police Training Unit, for roundtable 4."
     "\nKind regards,\nRana", "en", ("Samia Yousef", "Brigadier General", "Head of the Border Police Training Unit")),
    ("السادة المحترمين،\nيسر المديرية العامة للأمن العام ترشيح اللواء الركن سمير الخوري، رئيس دائرة العلاقات الدولية، "
     "للمشاركة في الجلسة العامة.\nمع التحية،\nرامي نصر", "ar", ("سمير الخوري", "اللواء الركن", "رئيس دائرة العلاقات الدولية")),
    ("تحية طيبة\nأرجو تسجيل طلب مداخلة في الجلسة العامة\nالاسم: العميد الركن هاني سليمان\nالصفة: مدير شؤون الإقامة\n"
     "الجهة: المديرية العامة للأمن العام\n", "ar", ("هاني سليمان", "العميد الركن", "مدير شؤون الإقامة")),
])
def test_a_rank_of_several_words_before_a_name_is_the_form_of_address(body: str, language: str,
                                                                     expected: tuple[str, str, str],
                                                                     rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.honorific, sp.title) == expected


def test_near_miss_general_in_a_post_stays_the_title(rules: ExtractRules) -> None:
    body = "Dear team,\nWe would like to propose our General Director, Mr. Sami Aoun, for the plenary.\nBest\nRana\n"
    sp = _one(body, rules, "en").speakers[0]
    assert (sp.name, sp.honorific, sp.title) == ("Sami Aoun", "Mr.", "General Director")


# The body's own member it proposes ("la Commission propose son membre M. X, commissaire ...", "the Council nominates
# its member Ms Y, ..."): "son membre" says how X belongs to the body, it is no post; the post is the one after the name
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\nLa Commission propose que son membre M. Fadi Nassar, commissaire chargé des travailleurs migrants, "
     "assume le rôle de rapporteur.\nCordialement,\nLayal", "fr",
     ("Fadi Nassar", "M.", "commissaire chargé des travailleurs migrants")),
    ("Madame, Monsieur,\nLe Conseil désigne sa membre Mme Rana Aoun, conseillère juridique, pour intervenir à la "
     "deuxième table ronde.\nBien à vous,\nSami", "fr", ("Rana Aoun", "Mme", "conseillère juridique")),
    ("Dear team,\nThe Commission proposes its member Mr. Omar Haddad, Commissioner for Migrant Workers' Rights, as "
     "rapporteur.\nBest,\nLayal", "en", ("Omar Haddad", "Mr.", "Commissioner for Migrant Workers' Rights")),
    ("Dear colleagues,\nThe Federation nominates their member Dr. Salwa Karam, Head of Research, for the plenary.\n"
     "Regards,\nNadia", "en", ("Salwa Karam", "Dr.", "Head of Research")),
])
def test_the_bodys_member_before_the_honorific_is_no_post(body: str, language: str, expected: tuple[str, str, str],
                                                          rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.honorific, sp.title) == expected


def test_near_miss_a_post_after_the_possessive_stays_the_title(rules: ExtractRules) -> None:
    body = "Bonjour,\nLe Réseau propose que son président M. Fadi Nassar intervienne à la table ronde 2.\nCordialement,\nLayal"
    sp = _one(body, rules, "fr").speakers[0]
    assert (sp.name, sp.honorific, sp.title) == ("Fadi Nassar", "M.", "président")


# "put forward" proposes someone as "nominate" does: the post and name after it are the speaker, not the sender
@pytest.mark.parametrize(("body", "speaker"), [
    ("Hi there,\nJusoor Youth Network would like to put forward our program coordinator Omar Haddad to speak at roundtable 1\n"
     "Cheers\nLina\n", ("Omar Haddad", "program coordinator")),
    ("Dear all,\nWe are putting forward Ms. Dana Khatib, legal officer at Tamkeen Fields, for the plenary.\nBest,\nLina\n",
     ("Dana Khatib", "legal officer")),
    ("Dear colleagues,\nThe Migrant Workers Forum puts forward its chairperson Samir Nasr for roundtable 4.\nRegards\n",
     ("Samir Nasr", "chairperson")),
])
def test_put_forward_names_the_person_proposed(body: str, speaker: tuple[str, str], rules: ExtractRules) -> None:
    sp = _one(body, rules, "en", from_="Lina Mourad <lina@example.org>").speakers[0]
    assert (sp.name, sp.title) == speaker


def test_near_miss_putting_forward_ideas_proposes_no_one(rules: ExtractRules) -> None:
    body = "Dear all,\nI would like to speak at roundtable 2 and put forward some ideas on labour mobility.\nBest,\nLina Mourad\n"
    assert _one(body, rules, "en", from_="Lina Mourad <lina@example.org>").speakers[0].name == "Lina Mourad"


# A request to be registered, the details after a colon ("inscris-moi : X, Directrice de Y"), even quoted in a message
# someone else forwards: the person who asks is the speaker, not the one who forwards
@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Bonjour,\nJe vous transfère ce que Mme Karam m'a envoyé :\n« Stp inscris-moi : Nadia Karam, Directrice du Centre Amal pour les droits "
     "des travailleuses migrantes, pour la table ronde n°4. Merci »\nMerci de confirmer,\nGeorges\n", "fr",
     ("Nadia Karam", "Directrice", "Centre Amal pour les droits des travailleuses migrantes")),
    ("Hello,\nForwarding Samir's message from WhatsApp:\n\"Please register me: Samir Nasr, Chairperson of the Migrant Workers "
     "Forum, for roundtable 2. Thanks\"\nBest\nLina\n", "en", ("Samir Nasr", "Chairperson", "Migrant Workers Forum")),
    ("مرحبا\nوصلتني هذه الرسالة من الأستاذة هالة:\n\"سجلوني: هالة منصور، مديرة جمعية الندى، للمائدة المستديرة الثانية\"\nشكرا\n",
     "ar", ("هالة منصور", "مديرة", "جمعية الندى")),
])
def test_register_me_then_details_names_the_person_asking(body: str, language: str, speaker: tuple[str, str, str],
                                                          rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_="Lina Mourad <lina@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == speaker


def test_near_miss_register_me_without_details_is_the_sender(rules: ExtractRules) -> None:
    body = "Hello,\nPlease register me for roundtable 2, thanks.\nLina Mourad\n"
    assert _one(body, rules, "en", from_="Lina Mourad <lina@example.org>").speakers[0].name == "Lina Mourad"


# A speaker announced on one long line under the line that introduces them: the name, then the title, then the
# organisation with the faculty and university it belongs to, between dashes or commas ("ABI NADER Joëlle — Professeure
# associée — Observatoire X (OML), Faculté Y, Université Z"): a line of details, not a sentence, however long
_LONG_EN = "Dear colleagues,\nWe would like to propose the following speaker for roundtable 2:\n\n{}\n\nBest regards,\n" \
    "Sam Carter\nProgramme Officer"
_LONG_FR = "Bonjour,\nNous souhaiterions proposer une intervention en séance plénière :\n\n{}\n\nMerci d'avance,\n\n" \
    "Karim Saadé\nChargé de recherche, OML"
_LONG_AR = "السادة الأفاضل،\nنود ترشيح المتحدثة التالية للمائدة المستديرة الثانية:\n\n{}\n\nمع التحية،\nسامي الخطيب"


@pytest.mark.parametrize(("template", "language", "line", "expected"), [
    (_LONG_FR, "fr", "ABI NADER Joëlle — Professeure associée — Observatoire des migrations du Levant (OML), Faculté des "
     "lettres et des sciences humaines, Université Saint-Joseph", ("Joëlle Abi Nader", "Professeure associée",
     "Observatoire des migrations du Levant (OML), Faculté des lettres et des sciences humaines, Université Saint-Joseph")),
    (_LONG_EN, "en", "MANSOUR Karim, Senior Researcher, Migration Policy Lab (MPL), School of Social Sciences, "
     "University of the Gulf", ("Karim Mansour", "Senior Researcher",
                                "Migration Policy Lab (MPL), School of Social Sciences, University of the Gulf")),
    (_LONG_AR, "ar", "ليلى عبد الرحمن حداد — باحثة أولى ورئيسة وحدة دراسات النزوح — مركز دراسات الهجرة والنزوح (مدهن)، "
     "كلية العلوم الاجتماعية", ("ليلى عبد الرحمن حداد", "باحثة أولى ورئيسة وحدة دراسات النزوح",
                                "مركز دراسات الهجرة والنزوح (مدهن)، كلية العلوم الاجتماعية")),
])
def test_a_long_line_of_a_persons_details_under_an_intro(template: str, language: str, line: str,
                                                         expected: tuple[str, str, str], rules: ExtractRules) -> None:
    assert len(line) > 100
    sp = _one(template.format(line), rules, language).speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


def test_near_miss_a_long_sentence_about_a_person_under_an_intro_is_no_details_line(rules: ExtractRules) -> None:
    line = "Hana Sayegh, who has coordinated our consultations since 2019, would speak on fair recruitment and on " \
        "the protection of domestic workers in the region"
    speakers = run(message(_LONG_EN.format(line)), rules, language="en").speakers
    assert all((s.title, s.affiliation) == (None, None) for s in speakers)


# The sender who asks for themself, then gives their own details after a label on the same line ("My details: X,
# Research Fellow, Y", "Mes coordonnées : X, ...", "بياناتي: X، ..."), as "myself - X, ..." gives them
@pytest.mark.parametrize(("body", "language", "from_", "expected"), [
    ("Dear colleagues,\nWould it be possible for me to speak in roundtable 3 in her place?\n\nMy details: Omar Tal, "
     "Research Fellow, Amman Centre for Policy Research (ACPR).\n\nMany thanks,\nOmar", "en", "Omar <o@example.org>",
     ("Omar Tal", "Research Fellow", "Amman Centre for Policy Research (ACPR)")),
    ("Hello,\nI would like to take the floor in the open discussion.\nMy contact details: Grace Mwangi, Programme "
     "Manager, Kenya Diaspora Alliance\nThanks", "en", "Grace <g@example.org>",
     ("Grace Mwangi", "Programme Manager", "Kenya Diaspora Alliance")),
    ("Bonjour,\nSerait-il possible que j'intervienne à sa place à la table ronde 3 ?\n\nMes coordonnées : Awa Diop, "
     "Présidente, Association des Travailleurs Migrants du Sénégal.\n\nMerci,\nAwa", "fr", "Awa <a@example.org>",
     ("Awa Diop", "Présidente", "Association des Travailleurs Migrants du Sénégal")),
    ("السلام عليكم،\nهل يمكنني المشاركة في المائدة المستديرة الثالثة بدلاً منها؟\n\nبياناتي: عمر الطل، باحث، مركز "
     "عمّان لبحوث السياسات.\n\nشكراً", "ar", "Omar <o@example.org>", ("عمر الطل", "باحث", "مركز عمّان لبحوث السياسات")),
])
def test_own_details_after_a_label_on_the_line(body: str, language: str, from_: str, expected: tuple[str, str, str],
                                               rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_=from_).speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


def test_near_miss_my_details_label_before_no_person_describes_no_one(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWould it be possible for me to speak in roundtable 3 in her place?\n\nMy details: as in " \
        "my previous message, Research Fellow at ACPR.\n\nMany thanks,\nOmar Tal"
    sp = _one(body, rules, "en", from_="Omar Tal <o.tal@example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == ("Omar Tal", None, None)


# ---------------------------------------------------------------------------------------------
# A speaker introduced post first, in apposition, the name after a comma: after the colon of a sentence about speaking
# ("for Roundtable 3: our Focal Point in X, Name"), after a body's genitive ("will be X's Officer, Name"), or with a post
# written in capitals that is also a given name ("our ED, Name")
_SIGNED = "\n\nBest regards,\nNadia Saleh\nProgramme Officer\nAl Amal Association\n"


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear team,\n1. For the youth roundtable (Roundtable 3): our Network Focal Point in the Basra hub, Mustafa Jabbar. "
     "Mustafa coordinates the consultations.", "en", ("Mustafa Jabbar", "Network Focal Point", "Al Amal Association")),
    ("Hello,\nFor the plenary, our programme lead: our Field Coordinator in Zarqa, Rami Odeh. He ran the outreach.",
     "en", ("Rami Odeh", "Field Coordinator", "Al Amal Association")),
    ("Bonjour,\nPour la table ronde 2 : notre coordinatrice régionale, Mme Salwa Haddad.", "fr",
     ("Salwa Haddad", "coordinatrice régionale", "Al Amal Association")),
    ("Dear team,\nWe'd like to request a floor intervention in a plenary session. Our speaker will be Beirut Youth "
     "Hub's Youth Engagement Officer, Maya Fares.", "en", ("Maya Fares", "Youth Engagement Officer", "Beirut Youth Hub")),
    ("Dear team,\nFor the open discussion our nominee is the Tyre Women Collective's Outreach Coordinator, Hiba "
     "Nassar.", "en", ("Hiba Nassar", "Outreach Coordinator", "Tyre Women Collective")),
    ("Dear team,\nWe would also like to request a floor intervention for our ED, Dana Haddad, in the plenary.", "en",
     ("Dana Haddad", "ED", "Al Amal Association")),
    ("Bonjour,\nNous souhaitons que notre DE, Mme Salma Karoui, intervienne en plénière.", "fr",
     ("Salma Karoui", "DE", "Al Amal Association")),
])
def test_a_post_in_apposition_before_the_name(body: str, language: str, expected: tuple[str, str, str],
                                              rules: ExtractRules) -> None:
    sp = _one(body + _SIGNED, rules, language, from_="Nadia Saleh <nadia@amal.example.org>").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


@pytest.mark.parametrize("body", [
    # "Ed" written as a given name is no post
    "Dear team,\nWe request a speaking slot at the plenary for our Ed, who will attend.",
    # after the colon, a person named with no post before them is only mentioned
    "Dear team,\nPlease note a change in our nomination for the plenary: due to a meeting, Dr. Omar Saleh will not be "
    "available. Our speaker remains the same.",
])
def test_near_miss_no_post_in_apposition_names_no_one_else(body: str, rules: ExtractRules) -> None:
    fields = run(message(body + _SIGNED, from_="Nadia Saleh <nadia@amal.example.org>"), rules, language="en")
    assert [s.name for s in fields.speakers] in ([], ["Nadia Saleh"])


# A line of the message is no signed name: a question ("ممكن تبعتولي اللينك؟", "Could you send the link?") or the
# thanks that close it ("وشاكرين لكم"); the writer who introduced themself, or the person named above, is the speaker
# (in an Arabic message, under the name as the text writes it)
@pytest.mark.parametrize(("body", "from_", "language", "name"), [
    ("صباح الخير\n\nانا مينا سمير منسق برنامج الشباب في ملتقى الأديان، عايز أشارك في النقاش المفتوح.\n\n"
     "ممكن تبعتولي اللينك او الخطوات؟\n\nشكرا جدا\n", "Mina Samir <m.samir@example.org>", "ar", "مينا سمير"),
    ("مرحبا\n\nأنا هالة درويش من جمعية الأمل، حابة شارك بالنقاش المفتوح.\n\nممكن تأكدولي الاستلام؟\n\nشكراً\n",
     "Hala Darwish <hala.d@example.org>", "ar", "هالة درويش"),
    ("Hello,\n\nI am Omar Haddad, programme officer at Tamkeen Fields, and I would like to speak in the open "
     "discussion.\n\nCould you send the link?\n\nThanks\n", "Omar Haddad <o.haddad@example.org>", "en", "Omar Haddad"),
    ("Bonjour,\n\nJe suis Leila Mansour, chargée de projet à l'association Horizons, et je souhaite intervenir lors "
     "du débat ouvert.\n\nPourriez-vous m'envoyer le lien ?\n\nMerci\n", "Leila Mansour <l.mansour@example.org>",
     "fr", "Leila Mansour"),
])
def test_a_question_line_is_no_signed_name(body: str, from_: str, language: str, name: str,
                                           rules: ExtractRules) -> None:
    sp = _one(body, rules, language, from_=from_).speakers[0]
    assert sp.name == name


@pytest.mark.parametrize(("body", "expected"), [
    ("السلام عليكم\n\nودّنا نشارك في النقاش المفتوح، والمتحدث من طرفنا:\n\nمدير التحرير / خالد المهيري\n"
     "منصة عمال الخليج الإخبارية | دبي\n\nوشاكرين لكم\nفريق المنصة\n",
     ("خالد المهيري", "مدير التحرير", "منصة عمال الخليج الإخبارية")),
    ("مرحبا\n\nحابين نشارك بالنقاش المفتوح، ومتحدثتنا:\n\nمنسقة البرامج - سلمى الأحمد\nجمعية النهضة للتنمية\n\n"
     "وممنونين ليكم\nالفريق\n", ("سلمى الأحمد", "منسقة البرامج", "جمعية النهضة للتنمية")),
    ("تحية طيبة\n\nنرغب في المشاركة في النقاش المفتوح، والمتحدث عنا:\n\nرئيس الجمعية / عادل الكعبي\n"
     "جمعية الخليج لحقوق العمال\n\nشاكرين لكم\nالأمانة\n", ("عادل الكعبي", "رئيس الجمعية", "جمعية الخليج لحقوق العمال")),
])
def test_a_closing_of_thanks_is_no_name_and_the_post_slash_name_line_is(body: str, expected: tuple[str, str, str],
                                                                       rules: ExtractRules) -> None:
    sp = _one(body, rules, "ar").speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


def test_near_miss_a_question_above_the_signed_name_leaves_it(rules: ExtractRules) -> None:
    body = "مرحبا\n\nأنا منسقة البرامج في جمعية الأمل وحابة شارك بالنقاش المفتوح.\nهل في رابط للتسجيل؟\n\n" \
        "مع خالص التحية\nريم الخطيب\n"
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["ريم الخطيب"]


# ---------------------------------------------------------------------------------------------
# A fellow in the same trade named before the person ("notre consœur X", "mon confrère Y", "l'une de nos consœurs, Z"):
# the person proposed, not the sender who signs

@pytest.mark.parametrize(("body", "name"), [
    ("Bonjour,\nNous aimerions que notre consœur Aminata Koné prenne la parole pendant la discussion ouverte.\n"
     "Merci\n\nIbrahima Sow\nMédia Migrants Solidaires\n", "Aminata Koné"),
    ("Bonjour,\nJe vous propose mon confrère Karim Benali pour intervenir à la table ronde 2.\nCordialement,\n\n"
     "Youssef Amrani\nRadio Sahel\n", "Karim Benali"),
    ("Bonjour,\nNous souhaitons que notre consoeur Fatou Ndiaye intervienne en plénière.\nBien à vous,\n\nMoussa Diop\n"
     "Collectif des journalistes\n", "Fatou Ndiaye"),
    ("Bonjour,\nL'une de nos consœurs, Salma Kettani, souhaite intervenir à la table ronde 3.\nCordialement,\n\n"
     "Omar Tazi\nLe Journal des Migrations\n", "Salma Kettani"),
])
def test_a_fellow_of_the_trade_is_the_speaker_not_the_sender(body: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language="fr")
    assert [s.name for s in fields.speakers] == [name]


def test_near_miss_a_fellow_mentioned_without_a_name_proposes_no_one_else(rules: ExtractRules) -> None:
    # "un confrère" who passed on the invitation is no speaker: the sender asks for themself
    body = ("Bonjour,\nJ'ai reçu votre lettre d'invitation par un confrère. Je souhaite intervenir à la table ronde 2.\n"
            "Cordialement,\n\nAwa Sarr\nJournaliste, Radio Téranga\n")
    fields = run(message(body, from_="Awa Sarr <awa@example.org>"), rules, language="fr")
    assert [s.name for s in fields.speakers] == ["Awa Sarr"]


# The speaker's name as the message writes it: an Arabic message gives the name in Arabic even when the From line
# writes it in Latin letters ("Mahlet Tesfaye" sends "انا اسمي ماهلت تسفاي"), and a name written shorter once and in
# full elsewhere (with the middle name or nasab) is given in full; two people sharing a family name stay apart
@pytest.mark.parametrize(("from_", "body", "name"), [
    ("Khadija Benslimane <k.b@example.org>",
     "السلام عليكم\nانا خديجة بنسليمان رئيسة جمعية نساء الواحة، بغيت ناخد الكلمة ف الجلسة العامة.\nوشكرا\n",
     "خديجة بنسليمان"),
    ("Tigist Alemu <tigist@example.org>",
     "مرحبا\nانا اسمي تيجيست أليمو من اثيوبيا. بدي احكي بالجلسة العامة عن مشاكل العاملات.\nشكرا\n", "تيجيست أليمو"),
    ("Youssef Chaouch <y.chaouch@example.org>",
     "تحية طيبة،\nنود المشاركة في النقاش المفتوح، ويتحدث باسم الجمعية يوسف الشاوش، منسق البرامج.\n\nمع الشكر\n"
     "يوسف الشاوش\nمنسق البرامج\n--\nYoussef Chaouch\n", "يوسف الشاوش"),
])
def test_an_arabic_message_gives_the_name_in_arabic(from_: str, body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body, from_=from_), rules, language="ar").speakers] == [name]


def test_near_miss_a_latin_name_the_arabic_text_does_not_write_stays(rules: ExtractRules) -> None:
    body = "السلام عليكم\nنرجو تسجيلي للمشاركة في الجلسة العامة للحديث عن أوضاع العمال الزراعيين.\nوشكرا\n"
    sp = run(message(body, from_="Karim Haddad <k.haddad@example.org>"), rules, language="ar").speakers
    assert [s.name for s in sp] == ["Karim Haddad"]


@pytest.mark.parametrize(("body", "name", "language"), [
    ("مرحبا،\nنرشح الأخت سلمى الكردي، منسقة لجنة الشباب، للنقاش المفتوح.\n\nمع التحية\n--\nسلمى فؤاد الكردي\n"
     "منسقة لجنة الشباب\n", "سلمى فؤاد الكردي", "ar"),
    ("Dear colleagues,\nWe propose Ms. Asha Rai, our treasurer, for the open discussion.\n\nBest regards,\n"
     "Asha Kumari Rai\nTreasurer\n", "Asha Kumari Rai", "en"),
    ("Bonjour,\nNous proposons M. Moussa Diarra, notre trésorier, pour la table ronde 2.\n\nCordialement,\n"
     "Moussa Ibrahim Diarra\nTrésorier\n", "Moussa Ibrahim Diarra", "fr"),
])
def test_the_fullest_form_written_of_the_name(body: str, name: str, language: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language=language).speakers] == [name]


def test_near_miss_two_people_sharing_a_family_name_stay_apart(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe propose Ms. Nadia Saleh, our coordinator, for the open discussion.\n\nBest regards,\n" \
        "Omar Saleh\nDirector\n"
    assert [s.name for s in run(message(body), rules).speakers] == ["Nadia Saleh"]


def test_near_miss_a_latin_name_under_a_label_in_an_arabic_message_stays(rules: ExtractRules) -> None:
    # ("بياناتي باللغة الإنجليزية": the form the sender asks for)
    body = "تحية طيبة،\nأرجو المشاركة في النقاش المفتوح. بياناتي باللغة الإنجليزية:\n\nName: Dr. Samir Khoury\n" \
        "Title: Researcher\n\nمع الشكر\nسمير خوري\n"
    sp = run(message(body, from_="Samir Khoury <s.k@example.org>"), rules, language="ar").speakers
    assert [s.name for s in sp] == ["Samir Khoury"]


def test_near_miss_another_middle_name_is_another_person(rules: ExtractRules) -> None:
    body = "مرحبا،\nنرشح الأستاذ محمد علي الجبوري، منسق البرامج، للنقاش المفتوح.\n\nمع التحية\n--\n" \
        "محمد حسن كاظم الجبوري\nمدير الجمعية\n"
    sp = run(message(body), rules, language="ar").speakers
    assert [s.name for s in sp] == ["محمد علي الجبوري"]


# A name written all in lower case, capitalised where the context says it is the sender's: signed alone on a line,
# or after "i am / my name is / je m'appelle", the From line spelling the same words; or in a name field
@pytest.mark.parametrize(("body", "from_", "language", "name"), [
    ("Hello,\nI would like to speak in roundtable 2 on labour migration.\n\nthanks a lot,\n\n--\nkarim haddad\n"
     "independent researcher\n", "karim haddad <karim.haddad@example.org>", "en", "Karim Haddad"),
    ("bonjour\nje m'appelle leila ben salah, je voudrais intervenir dans la table ronde 1.\nmerci\n",
     "Leila Ben Salah <lbensalah@example.org>", "fr", "Leila ben Salah"),
    ("hi, my name is youssef el amrani and i want to speak in the open discussion about recruitment fees\n",
     "Youssef <yelamrani78@example.org>", "en", "Youssef el Amrani"),
    ("Dear team,\nPlease register me for the open discussion.\nname: grace atieno\n",
     "Someone <someone@example.org>", "en", "Grace Atieno"),
])
def test_a_lower_case_name_where_the_context_says_it_is_one(body: str, from_: str, language: str, name: str,
                                                           rules: ExtractRules) -> None:
    sp = run(message(body, from_=from_), rules, language=language).speakers
    assert [s.name for s in sp] == [name]


def test_a_lower_case_signature_keeps_its_title(rules: ExtractRules) -> None:
    body = "Hello,\nI would like to speak in roundtable 2.\n\nthanks,\n--\nnadia karam\nfreelance photographer\n"
    sp = run(message(body, from_="nadia karam <nadia.karam@example.org>"), rules).speakers
    assert [(s.name, s.title) for s in sp] == [("Nadia Karam", "freelance photographer")]


# ... or someone else's, after a post the sender gives them ("our programme officer x y to speak ...", "notre
# coordinatrice x y pour ..."); and an organisation in lower case before its lower-case acronym, which its words spell
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("hello\n\ni am the treasurer of the kenyan workers welfare group (kwwg). we would like our programme officer "
     "mercy wanjiru otieno to speak in roundtable 3 on domestic work.\n\nthanks\n", "en",
     ("Mercy Wanjiru Otieno", "programme officer", "Kenyan Workers Welfare Group (KWWG)")),
    ("bonjour\n\nje suis membre de l'association des travailleurs maliens au liban (atml). nous proposons notre "
     "coordinatrice aminata traoré pour intervenir dans la discussion ouverte.\n\nmerci\n", "fr",
     ("Aminata Traoré", "coordinatrice", "Association des Travailleurs Maliens au Liban (ATML)")),
])
def test_a_lower_case_speaker_after_their_post_and_a_lower_case_body(body: str, language: str,
                                                                    expected: tuple[str, str, str],
                                                                    rules: ExtractRules) -> None:
    sp = run(message(body, from_="someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_lower_case_words_after_a_post_that_are_no_name(rules: ExtractRules) -> None:
    # (the words after the post go on with the sentence, and "(ngo)" is no acronym the words before spell)
    body = "hello\nwe would like our coordinator to speak at the plenary on behalf of the shelter (ngo).\n" \
        "her name is Rana Khalil.\n"
    sp = run(message(body), rules).speakers
    assert [s.name for s in sp] == ["Rana Khalil"] and sp[0].affiliation != "Shelter (NGO)"


def test_near_miss_a_lower_case_pair_in_prose_stays(rules: ExtractRules) -> None:
    # (words the From line does not spell, after "i am": what the sender is, not who)
    body = "hello\ni am very happy to ask for a slot in the open discussion, i am migrant worker\nbest regards\n"
    sp = run(message(body, from_="Omar Said <omar.said@example.org>"), rules).speakers
    assert [s.name for s in sp] == ["Omar Said"]


# A degree or credential written after the name ("Dr. X, MD, MPH", "Ms X, RN, BSN", "X, MBChB, FIBMS (Family
# Medicine)") is neither title nor organisation: the post and the body are read past it
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\nWe propose Dr. Lina Haddad, PhD, MPH, Research Fellow, Beirut Migration Institute, for "
     "roundtable 2.\n\nBest regards,\n", "en", ("Lina Haddad", "Research Fellow", "Beirut Migration Institute")),
    ("Dear organisers,\n\nName: Ms. Joy Okafor, RN, BSN\nTitle: Head Nurse\nOrganisation: Gulf Care Clinic\n"
     "Role: rapporteur\n\nRegards,\n", "en", ("Joy Okafor", "Head Nurse", "Gulf Care Clinic")),
    ("Bonjour,\nNous proposons 1) Dr Karim Belhadj, MBChB, FIBMS (Pédiatrie) - Coordinateur médical, Réseau Santé "
     "Sud, pour la table ronde 3.\n\nCordialement,\n", "fr", ("Karim Belhadj", "Coordinateur médical",
                                                           "Réseau Santé Sud")),
])
def test_a_credential_after_the_name_is_neither_title_nor_body(body: str, language: str, expected: tuple[str, str, str],
                                                              rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_an_acronym_after_the_name_is_still_the_body(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe propose Mr. Tarek Nasser, AMRN, for roundtable 2.\n\nBest regards,\n"
    assert [(s.name, s.affiliation) for s in run(message(body), rules).speakers] == [("Tarek Nasser", "AMRN")]


# A back-reference to the body ("trainer at the same centre", "formatrice au même centre", "مدربة في نفس المركز")
# with no body named for a speaker before it points at the body the message is from, as "the Centre" does
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear team,\nWe propose Ms. Rana Saad, Trainer at the same centre, for roundtable 1.\n\nBest regards,\n"
     "Omar Ali\nDirector\nAl-Amal Youth Centre\n", "en", "Al-Amal Youth Centre"),
    ("Bonjour,\nNous proposons Mme Awa Diop, Formatrice au même centre, pour la table ronde 2.\n\nCordialement,\n"
     "Ibrahima Sow\nDirecteur\nCentre Jeunesse Horizon\n", "fr", "Centre Jeunesse Horizon"),
    ("تحية طيبة،\nنرشح الأستاذة هدى سالم، مدربة في نفس المركز، للمائدة المستديرة الثانية.\n\nمع التحية\n"
     "سامي يوسف\nمدير\nمركز الأمل للشباب\n", "ar", "مركز الأمل للشباب"),
])
def test_the_same_body_with_none_named_before_is_the_messages_body(body: str, language: str, affiliation: str,
                                                                   rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language=language).speakers] == [affiliation]


def test_near_miss_the_same_body_after_a_speaker_is_that_speakers(rules: ExtractRules) -> None:
    body = "Dear team,\nWe propose:\n1. Dr. Hala Nasr, Lecturer, Nile University\n" \
        "2. Mr. Adel Fahmy, Researcher, same university\n\nBest regards,\nMona Aziz\nMigrants Rights Forum\n"
    sp = run(message(body), rules).speakers
    assert [s.affiliation for s in sp] == ["Nile University"] * 2


# An acronym that ends a sentence ends the organisation: the next sentence about the person is no part of it
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\nWe would like to put forward two names:\n1) Ms. Sara Ali, Programme Officer, GMRN. Sara "
     "worked ten years as a nurse in Amman before moving to the UK.\n\nBest regards,\n", "en",
     ("Sara Ali", "Programme Officer", "GMRN")),
    ("Dear colleagues,\nOur nominee:\n1) Dr. Musa Dahir, MD - Chair, SOMHEAL. Musa leads our return-of-skills work "
     "in Hargeisa.\n\nBest regards,\n", "en", ("Musa Dahir", "Chair", "SOMHEAL")),
    ("Bonjour,\nNous souhaitons proposer deux noms :\n1) Mme Fatou Ndiaye, Chargée de plaidoyer, AMDH. Fatou "
     "travaille depuis 2015 avec les migrants de retour.\n\nCordialement,\n", "fr",
     ("Fatou Ndiaye", "Chargée de plaidoyer", "AMDH")),
])
def test_an_acronym_ending_the_sentence_ends_the_body(body: str, language: str, expected: tuple[str, str, str],
                                                      rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_initials_with_full_stops_stay_in_the_body(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe would like to put forward two names:\n1) Mr. Ali Reza, Researcher, U.S. Committee " \
        "for Refugees and Immigrants.\n\nBest regards,\n"
    sp = run(message(body), rules).speakers
    assert [s.affiliation for s in sp] == ["U.S. Committee for Refugees and Immigrants"]


# A body's own board ("Chair of the GMRN Board", "رئيس مجلس الأوقاف" of مؤسسة أوقاف X, "مجلس إدارة الجمعية") is where
# the person sits, not the affiliation: the body is; the title keeps the board where the text writes the post with it
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\nWe would be honoured if Mr. Peter Lado, Chair of the SSCN Board, could serve as rapporteur."
     "\n\nSincerely,\nAnna Deng\nProgramme Manager\nSouth Sudanese Community Network (SSCN)\n", "en",
     ("Peter Lado", "Chair of the SSCN Board", "South Sudanese Community Network (SSCN)")),
    ("السادة الكرام،\nيسعدنا أن نرشح الشيخ حمد بن علي الكواري، رئيس مجلس الأمانة، لإلقاء كلمة في الجلسة العامة.\n\n"
     "مع التحية\nمكتب المدير\nمؤسسة الأمانة الخيرية\n", "ar",
     ("حمد بن علي الكواري", "رئيس مجلس الأمانة", "مؤسسة الأمانة الخيرية")),
    ("تحية طيبة،\nيتشرف مجلس إدارة الجمعية بترشيح الأستاذة/ ليلى حسن، منسقة المشاريع بالجمعية، للمائدة المستديرة "
     "الثانية.\n\nمع التقدير\nسمير عادل\nرئيس مجلس الإدارة\nجمعية النور للتنمية بسوهاج\n", "ar",
     ("ليلى حسن", "منسقة المشاريع", "جمعية النور للتنمية بسوهاج")),
])
def test_a_board_of_the_body_is_not_the_affiliation(body: str, language: str, expected: tuple[str, str, str],
                                                    rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_a_council_of_its_own_name_stays_the_affiliation(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe propose Ms. Rania Toma, Policy Officer, Arab Council for Social Sciences, for " \
        "roundtable 2.\n\nBest regards,\nOmar Issa\nDirector\nMigrants Solidarity Network\n"
    assert [s.affiliation for s in run(message(body), rules).speakers] == ["Arab Council for Social Sciences"]


# The sender's office named as a council's own ("الأمانة العامة لمجلس الشورى", "General Secretariat of the Shura
# Council") serves that council: a member the prose places in the council keeps it, not the office
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("السادة الكرام،\nبتوجيه من سعادة العضو الدكتورة هند الصالح، رئيسة لجنة الشؤون الاجتماعية في مجلس الشورى، يسرني "
     "إبلاغكم برغبتها في المشاركة في النقاش المفتوح.\n\nمع التقدير،\nسلمان الحربي\nمنسق اللجان\nالأمانة العامة لمجلس الشورى\n",
     "ar", ("هند الصالح", "رئيسة لجنة الشؤون الاجتماعية", "مجلس الشورى")),
    ("Dear colleagues,\nWe propose Dr Grace Obi, Member of Parliament, National Council, for the open discussion.\n\n"
     "Best regards,\nPaul Eze\nCommittee Clerk\nGeneral Secretariat of the National Council\n",
     "en", ("Grace Obi", "Member of Parliament", "National Council")),
])
def test_a_council_the_office_serves_is_no_board_of_the_office(body: str, language: str, expected: tuple[str, str, str],
                                                               rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


# A signature block that names its person under the organisation and the post ("جمعية X" / "نائب الرئيس" / "Y"),
# with a one-line afterthought under it ("وآسفين على التأخير، إن شاء الله يلحق.", "Sorry for the late reply, ..."):
# the block still signs the message
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("السلام عليكم\n\nنرغب بترشيح أمين سر الرابطة للحديث في الطاولة المستديرة الثانية عن أوضاع العمال المهاجرين.\n\n"
     "رابطة العمال السودانيين في الدوحة\nأمين السر\nعثمان الطيب حامد\n\nونعتذر عن التأخير في الرد، وشكرا لكم.\n", "ar",
     ("عثمان الطيب حامد", "أمين السر", "رابطة العمال السودانيين في الدوحة")),
    ("Hello,\n\nWe would like to request a speaking slot in roundtable 2 for our secretary.\n\n"
     "Filipino Workers Welfare Circle\nSecretary\nMaria Santos Reyes\n\nSorry for the late reply, the board only met "
     "yesterday.\n", "en", ("Maria Santos Reyes", "Secretary", "Filipino Workers Welfare Circle")),
])
def test_a_name_under_its_post_signs_despite_an_afterthought(body: str, language: str, expected: tuple[str, str, str],
                                                             rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_a_paragraph_after_the_block_is_not_an_afterthought(rules: ExtractRules) -> None:
    # (two sentences, and a question: the message goes on, the lines above sign nothing)
    body = "Hello,\n\nWe would like to request a speaking slot in roundtable 2.\n\nFilipino Workers Welfare Circle\n" \
        "Secretary\nMaria Santos Reyes\n\nCould you tell us the time of the session? Our secretary works on weekdays.\n"
    sp = run(message(body), rules).speakers
    assert all(s.name != "Maria Santos Reyes" for s in sp)


# The proposer wishes a person, named bare, to take part ("we'd love for X to take part", "nous aimerions que X
# participe", "نود أن تشارك X"): that person speaks, not the sender who signs with a first name
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello,\n\nWe'd really love for Selam Girma to take part in roundtable 3. She runs our legal clinic in Zarqa.\n\n"
     "Best,\nDina\nJordan Workers Solidarity Forum\n", "en", ("Selam Girma", ("roundtable",))),
    ("Hi,\n\nI'd like Tomas Berhane to participate in the open discussion, he knows the shelters best.\n\nCheers,\nDina\n",
     "en", ("Tomas Berhane", ("open_discussion",))),
    ("Bonjour,\n\nNous aimerions que Fatou Ndiaye participe à la discussion ouverte du 23 février.\n\nBien à vous,\n"
     "Aïcha\nCollectif Solidarité Migrantes\n", "fr", ("Fatou Ndiaye", ("open_discussion",))),
    ("مرحبا،\n\nنود أن تشارك سلمى الحسيني في النقاش المفتوح يوم 23 شباط.\n\nمع التحية،\nرنا\nتجمع نساء البصرة\n", "ar",
     ("سلمى الحسيني", ("open_discussion",))),
])
def test_the_person_wished_to_take_part_is_the_speaker(body: str, language: str, expected: tuple[str, tuple[str, ...]],
                                                       rules: ExtractRules) -> None:
    sp = run(message(body, from_="Dina H <dina@example.org>"), rules, language=language).speakers
    assert [(s.name, s.roles) for s in sp] == [expected]


@pytest.mark.parametrize(("body", "language"), [
    ("مرحبا،\n\nنود أن نشارك في النقاش المفتوح.\n\nمع التحية،\nرنا خليل\nتجمع نساء البصرة\n", "ar"),  # "we" take part
    ("مرحبا،\n\nنود أن تشارك جمعيتنا في الجلسة العامة.\n\nمع التحية،\nرنا خليل\nتجمع نساء البصرة\n", "ar"),  # "our association"
])
def test_near_miss_the_proposer_wishing_to_take_part_is_the_sender(body: str, language: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body, from_="Rana K <rana@example.org>"), rules, language=language).speakers] \
        == ["رنا خليل"]


# A signature whose organisation line is long because the name is, with the town and country after a dash or comma, is
# still a name block ("Collectif ... (CMAOM) – Oujda, Maroc"), not a line of prose: its title and organisation are read
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\n\nJe souhaiterais intervenir dans la table ronde n°2 sur l'accès aux services.\n\nBENNANI Salma\n"
     "Coordinatrice\nCollectif Marocain pour l'Accueil et l'Orientation des Migrantes (CMAOM) – Oujda, Maroc\n", "fr",
     ("Salma Bennani", "Coordinatrice", "Collectif Marocain pour l'Accueil et l'Orientation des Migrantes (CMAOM)")),
    ("Dear colleagues,\n\nI would like to speak in roundtable 2 on access to services.\n\nSalma Bennani\nProgramme Manager\n"
     "Network for the Legal Empowerment of Migrant Domestic Workers (NLEMDW), Irbid, Jordan\n", "en",
     ("Salma Bennani", "Programme Manager", "Network for the Legal Empowerment of Migrant Domestic Workers (NLEMDW)")),
    ("السلام عليكم،\n\nأرغب في المشاركة في المائدة المستديرة الثانية.\n\nسلمى بناني\nمنسقة البرامج\n"
     "الجمعية المغربية لمرافقة النساء المهاجرات وضحايا الاتجار بالبشر والعنف (جمنم) - وجدة، المغرب\n", "ar",
     ("سلمى بناني", "منسقة البرامج", "الجمعية المغربية لمرافقة النساء المهاجرات وضحايا الاتجار بالبشر والعنف (جمنم)")),
])
def test_a_long_organisation_line_with_its_town_is_read_in_the_signature(body: str, language: str,
                                                                         expected: tuple[str, str, str],
                                                                         rules: ExtractRules) -> None:
    sp = run(message(body, from_="s@example.ma"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_a_long_sentence_opening_with_an_organisation_is_no_signature_line(rules: ExtractRules) -> None:
    body = "Dear colleagues,\n\nI would like to speak in roundtable 2.\n\nSalma Bennani\nProgramme Manager\n" \
        "The Network for Migrant Domestic Workers, which we founded in Irbid, works in Amman, Zarqa and Mafraq\n"
    sp = run(message(body, from_="Salma Bennani <s@example.ma>"), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [("Salma Bennani", None, None)]


# The sender's title written whole in a labelled value or a table cell ("Founder & Programme Director") is kept when
# the signature signs with the first post only ("Founder"): only a title that prose runs on gives way to the signed one
@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear team,\n\nI would like to request a speaking slot in roundtable 1.\n\nName: Hala Saleh\nTitle: Founder & "
     "Programme Director\nOrganisation: Olive Tree Youth Theatre\n\nKind regards,\nHala Saleh\nFounder\nOlive Tree Youth "
     "Theatre\n", "en", "Founder & Programme Director"),
    ("Bonjour,\n\nJe souhaite intervenir à la table ronde n°1.\n\nNom : Hala Saleh\nFonction : Fondatrice et directrice "
     "artistique\nOrganisation : Théâtre des Oliviers\n\nCordialement,\nHala Saleh\nFondatrice\nThéâtre des Oliviers\n",
     "fr", "Fondatrice et directrice artistique"),
    ("تحية طيبة،\n\nأرغب في المشاركة في المائدة المستديرة الأولى.\n\nالاسم: هالة صالح\nالصفة: مؤسسة ومديرة البرامج\n"
     "الجهة: مسرح الزيتون للشباب\n\nمع التحية،\nهالة صالح\nمؤسسة\nمسرح الزيتون للشباب\n", "ar", "مؤسسة ومديرة البرامج"),
])
def test_a_labelled_title_is_not_cut_to_the_signed_first_post(body: str, language: str, title: str,
                                                              rules: ExtractRules) -> None:
    sp = run(message(body, from_="Hala Saleh <h@example.org>"), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


# A person's age right after their name, in brackets or between commas, is neither their title nor the end of the name
# that keeps a list item from being read ("Grace Achieng (17) - youth team captain", "Fatou Diallo (22 ans) - ...",
# "مريم تسفاي (19 سنة)، ...", "Ms. Grace Achieng, 17, youth team captain")
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello,\n\nOur club would like to put forward two people:\n\n1) Grace Achieng (17) - youth team captain\n"
     "2) Peter Otieno - assistant coach\n\nThanks,\nSam\n", "en",
     [("Grace Achieng", "youth team captain"), ("Peter Otieno", "assistant coach")]),
    ("Bonjour,\n\nNous proposons deux personnes :\n\n- Fatou Diallo (22 ans) - joueuse et médiatrice sportive\n"
     "- Ibrahim Koné - entraîneur adjoint\n\nMerci,\nSam\nAssociation Sportive des Jeunes de Sfax\n", "fr",
     [("Fatou Diallo", "joueuse et médiatrice sportive"), ("Ibrahim Koné", "entraîneur adjoint")]),
    ("مرحباً،\n\nنرشح للمشاركة:\n\n1- السيدة مريم تسفاي (19 سنة)، قائدة فريق السيدات\n2- السيد أحمد سليمان، المدرب الرئيسي\n\n"
     "شكراً،\nسامي\n", "ar", [("مريم تسفاي", "قائدة فريق السيدات"), ("أحمد سليمان", "المدرب الرئيسي")]),
    ("Hello,\n\nWe propose Ms. Grace Achieng, 17, youth team captain, for the open discussion.\n\nThanks,\nSam\n", "en",
     [("Grace Achieng", "youth team captain")]),
])
def test_an_age_after_the_name_is_no_title(body: str, language: str, expected: list[tuple[str, str]],
                                           rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sam K <sam@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title) for s in sp] == expected


def test_near_miss_a_bracket_after_the_name_that_is_no_age_stays(rules: ExtractRules) -> None:
    body = "Hello,\n\nWe propose Ms. Grace Achieng (UNHCR), youth programme officer, for the open discussion.\n\nThanks,\nSam\n"
    assert [s.name for s in run(message(body, from_="Sam K <sam@example.org>"), rules).speakers] == ["Grace Achieng"]


# A list item of the people proposed that is the sender ("2) myself - for roundtable 3", "- moi-même : table ronde
# n°3", "2- أنا شخصياً - في المائدة ..."): a second speaker, read from the signature, with the role the item asks for
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello,\n\nTwo people from our side:\n\n1) Grace Achieng - youth team captain, for the open discussion\n\n"
     "2) myself - for roundtable 3\n\nThanks,\nSam Kariuki\nHead Coach\nEastlands Youth FC\n", "en",
     [("Grace Achieng", ("open_discussion",)), ("Sam Kariuki", ("roundtable",))]),
    ("Bonjour,\n\nNous proposons deux personnes :\n- Fatou Diallo - joueuse, pour la discussion ouverte\n"
     "- moi-même : table ronde n°3\n\nMerci,\nSam Kariuki\nEntraîneur principal\nAssociation Sportive des Jeunes de Sfax\n",
     "fr", [("Fatou Diallo", ("open_discussion",)), ("Sam Kariuki", ("roundtable",))]),
    ("مرحباً،\n\nنرشح للمشاركة:\n1- السيدة مريم تسفاي، قائدة فريق السيدات، للنقاش المفتوح\n"
     "2- أنا شخصياً - في المائدة المستديرة الثالثة\n\nشكراً،\nسامي كريم\nالمدرب الرئيسي\nنادي شباب الأوزاعي\n", "ar",
     [("مريم تسفاي", ("open_discussion",)), ("سامي كريم", ("roundtable",))]),
])
def test_a_list_item_that_is_the_sender_adds_the_sender(body: str, language: str,
                                                        expected: list[tuple[str, tuple[str, ...]]],
                                                        rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sam Kariuki <sam@example.org>"), rules, language=language).speakers
    assert sorted((s.name, s.roles) for s in sp) == sorted(expected)


# Sentences about the person after a list item's person line describe them: the title ends with the first sentence
@pytest.mark.parametrize(("body", "language", "titles"), [
    ("Hello,\n\nOur club would like to put forward two people:\n\n1) Grace Achieng - youth team captain. Born in Kisumu, "
     "she came to Amman in 2015.\n2) Peter Otieno - assistant coach. He also drives the team bus.\n\nThanks,\nSam\n", "en",
     ["youth team captain", "assistant coach"]),
    ("Bonjour,\n\nNous proposons deux personnes :\n\n- Fatou Diallo - médiatrice sportive. Elle est arrivée à Sfax en 2019.\n"
     "- Ibrahim Koné - entraîneur adjoint. Il parle arabe et français.\n\nMerci,\nSam\n", "fr",
     ["médiatrice sportive", "entraîneur adjoint"]),
])
def test_a_list_items_title_ends_with_its_first_sentence(body: str, language: str, titles: list[str],
                                                        rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sam K <sam@example.org>"), rules, language=language).speakers
    assert [s.title for s in sp] == titles


def test_near_miss_an_abbreviation_in_a_list_item_does_not_end_it(rules: ExtractRules) -> None:
    body = "Hello,\n\nWe would like to propose the following two speakers:\n1) Ms. Grace Achieng - youth coordinator, " \
        "St. Mary Youth Centre\n2) Mr. Peter Otieno - assistant coach\n\nThanks,\nSam\n"
    sp = run(message(body, from_="Sam K <sam@example.org>"), rules).speakers
    assert [(s.name, s.affiliation) for s in sp][0] == ("Grace Achieng", "St. Mary Youth Centre")


# A follow-up that names a speaker of the quoted proposal by their given name alone ("Selam has asked to speak in
# roundtable 2", "c'est toujours Fatou pour la discussion ouverte") is about that speaker, not the sender who signs it
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear team,\n\nA quick update: Selam has asked to speak in roundtable 2 rather than the plenary.\n\nBest,\nDina\n\n"
     "On Mon, 1 Feb 2021, Dina Haddad <d@example.org> wrote:\n> Dear team,\n>\n> We would like to nominate Ms. Selam "
     "Girma, Peer Educator, for the plenary.\n>\n> Regards,\n> Dina Haddad\n> Director, Cedar Shelter\n", "en",
     [("Selam Girma", "Peer Educator", ("roundtable",))]),
    ("Bonjour,\n\nPetite précision : c'est toujours Fatou pour la discussion ouverte.\n\nDina\n\nLe lun. 1 févr. 2021 à "
     "10:00, Dina Haddad <d@example.org> a écrit :\n> Bonjour,\n>\n> Nous proposons deux personnes :\n> - Ibrahim Koné, "
     "entraîneur adjoint --> pour la table ronde n°4\n> - Fatou Diallo, médiatrice sportive --> pour la discussion "
     "ouverte\n>\n> Merci\n> Dina\n", "fr", [("Fatou Diallo", "médiatrice sportive", ("open_discussion",))]),
])
def test_a_reply_naming_a_quoted_speaker_by_given_name_is_about_them(body: str, language: str,
                                                                     expected: list[tuple[str, str, tuple[str, ...]]],
                                                                     rules: ExtractRules) -> None:
    sp = run(message(body, from_="Dina Haddad <d@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.roles) for s in sp] == expected


def test_near_miss_a_reply_greeting_a_quoted_speaker_does_not_name_them(rules: ExtractRules) -> None:
    body = "Dear Selam,\n\nThanks, see below.\n\nDina\n\nOn Mon, 1 Feb 2021, Dina Haddad <d@example.org> wrote:\n" \
        "> Dear team,\n>\n> We would like to nominate Ms. Selam Girma, Peer Educator, for the plenary.\n>\n> Regards,\n" \
        "> Dina Haddad\n"
    sp = run(message(body, from_="Dina Haddad <d@example.org>"), rules).speakers
    assert "Selam Girma" not in [s.name for s in sp]


# A title stated of the speaker with "now" ("she is now our Survivor Advocacy Lead") is their new title
def test_a_title_stated_with_now_in_a_reply(rules: ExtractRules) -> None:
    body = "Dear team,\n\nAn update on Ms. Girma: she is now our Head of Outreach.\n\nBest,\nDina\n\nOn Mon, 1 Feb 2021, " \
        "Dina Haddad <d@example.org> wrote:\n> Dear team,\n>\n> We would like to nominate Ms. Selam Girma, Peer " \
        "Educator, for the plenary.\n>\n> Regards,\n> Dina Haddad\n"
    sp = run(message(body, from_="Dina Haddad <d@example.org>"), rules).speakers
    assert [(s.name, s.title) for s in sp] == [("Selam Girma", "Head of Outreach")]


# A reply asking another role for the quoted speaker changes it, though another sentence says "also" of something else
# ("Also, her position has changed"): only an "also" in the sentence that asks the role adds it to the first
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear team,\n\nSelam Girma would rather speak in roundtable 3. Also, our office has moved to Zarqa.\n\nBest,\nDina\n\n"
     "On Mon, 1 Feb 2021, Dina Haddad <d@example.org> wrote:\n> Dear team,\n>\n> Name: Selam Girma\n> Title: Peer Educator\n"
     "> Role: rapporteur\n>\n> Regards,\n> Dina Haddad\n", "en", (("roundtable",), 3)),
    ("Bonjour,\n\nSelam Girma préfère finalement intervenir à la table ronde n°3. Par ailleurs, notre bureau a aussi déménagé.\n\n"
     "Dina\n\nLe lun. 1 févr. 2021 à 10:00, Dina Haddad <d@example.org> a écrit :\n> Bonjour,\n>\n> Nom : Selam Girma\n"
     "> Fonction : Éducatrice\n> Rôle : rapporteuse\n>\n> Dina Haddad\n", "fr", (("roundtable",), 3)),
])
def test_an_also_of_another_sentence_does_not_keep_the_quoted_role(body: str, language: str,
                                                                   expected: tuple[tuple[str, ...], int],
                                                                   rules: ExtractRules) -> None:
    sp = run(message(body, from_="Dina Haddad <d@example.org>"), rules, language=language).speakers
    assert [(s.name, (s.roles, s.roundtable)) for s in sp] == [("Selam Girma", expected)]


def test_near_miss_also_in_the_sentence_asking_the_role_keeps_the_quoted_one(rules: ExtractRules) -> None:
    body = "Dear team,\n\nSelam Girma would also like to speak in roundtable 3.\n\nBest,\nDina\n\nOn Mon, 1 Feb 2021, " \
        "Dina Haddad <d@example.org> wrote:\n> Dear team,\n>\n> Name: Selam Girma\n> Title: Peer Educator\n> Role: " \
        "rapporteur\n>\n> Regards,\n> Dina Haddad\n"
    sp = run(message(body, from_="Dina Haddad <d@example.org>"), rules).speakers
    assert ["rapporteur" in s.roles for s in sp] == [True]


# ---------------------------------------------------------------------------------------------
# A request that came through more hands: the sender points at the proposal below, a colleague in the middle only
# passes it on ("please send this on"), and the author of the innermost message, who proposes themself, is the speaker

_CHAIN = ("{intro}\n\n{sender}\nOffice Assistant\n\nFrom: {middle} <middle@example.org>\nSent: Monday, February 1, 2021 "
          "10:12\nTo: {sender} <sender@example.org>\nSubject: FW: GCM\n\n{passed}\n\n{middle}\n\nFrom: {author} "
          "<author@example.org>\nSent: Friday, January 29, 2021 17:40\nTo: {middle} <middle@example.org>\nSubject: GCM\n\n"
          "{asked}\n\n{sign}\n")


@pytest.mark.parametrize(("intro", "passed", "asked", "sign", "role", "language"), [
    ("Hello,\n\nFor follow-up, please find below the nomination from our Centre for the regional review.",
     "Please forward this to the address in the IOM invitation, copying me.",
     "Dear colleague,\n\nAs agreed at the management meeting, I would like to serve as rapporteur for the conference.",
     "Karim Nassar\nHead of the Legal Aid Department\nCentre for Migrant Rights", "rapporteur", "en"),
    ("Bonjour,\n\nPour suite à donner, veuillez trouver ci-dessous la proposition de notre Centre.",
     "Merci de transmettre à l'adresse de l'invitation, avec moi en copie.",
     "Bonjour,\n\nComme convenu, je me propose pour intervenir à la table ronde 2 au nom du Centre.",
     "Karim Nassar\nChef du département juridique\nCentre des droits des migrants", "roundtable", "fr"),
])
def test_the_author_at_the_end_of_a_chain_of_hands_is_the_speaker(intro: str, passed: str, asked: str, sign: str,
                                                                   role: str, language: str, rules: ExtractRules) -> None:
    body = _CHAIN.format(intro=intro, sender="Lina Aziz", middle="Fadi Gerges", passed=passed, author="Karim Nassar",
                         asked=asked, sign=sign)
    fields = _speakers(body, rules, language, subject="FW: FW: GCM")
    assert [(sp.name, sp.title, sp.roles) for sp in fields.speakers] == [("Karim Nassar", sign.split("\n")[1], (role,))]


def test_a_proposal_pointed_at_below_is_the_carried_request(rules: ExtractRules) -> None:
    for text in ("please find below the nomination from our board", "ci-dessous la proposition de notre institution",
                 "veuillez trouver la candidature de notre collègue ci-dessous"):
        assert any(p.search(text) for p in rules.pointed_request), text
    assert not any(p.search("please find below our proposal for the agenda") for p in rules.pointed_request)


# ---------------------------------------------------------------------------------------------
# A labelled record, then a sentence apart proposing one more person for a role of their own: two speakers, the second
# of the sender's body when the sentence only says "our office"

@pytest.mark.parametrize(("body", "second", "roles", "language"), [
    ("Dear Secretariat,\n\nSpeaker name: Ms. Hiba Kanaan\nPosition: Senior Researcher\nOrganisation: Mashriq Migration "
     "Observatory (MMO)\nSession: Roundtable 1\n\nIn addition, our colleague Sami Rizk, from our Zarqa office, would like "
     "to take part in the open discussion.\n\nRegards,\nNora Ali\nAssistant | MMO", "Sami Rizk", ("open_discussion",), "en"),
    ("Madame, Monsieur,\n\nNom : Mme Hiba Kanaan\nFonction : Chercheuse principale\nOrganisation : Observatoire des "
     "migrations du Machrek (OMM)\nSession : table ronde 1\n\nPar ailleurs, notre collègue Sami Rizk souhaite intervenir "
     "en plénière.\n\nCordialement,\nNora Ali\nAssistante | OMM", "Sami Rizk", ("plenary",), "fr"),
])
def test_a_person_proposed_apart_from_the_labelled_record_is_one_more_speaker(body: str, second: str, roles: tuple[str, ...],
                                                                            language: str, rules: ExtractRules) -> None:
    first, other = _speakers(body, rules, language, subject="Speakers").speakers
    assert (first.name, other.name, other.roles) == ("Hiba Kanaan", second, roles)
    assert other.affiliation == first.affiliation


# A body's branch after a dash on a person's line is no name ("Name, Post, Body - Tripoli Branch: roundtable")
@pytest.mark.parametrize(("line", "language"), [
    ("- Nabil Haddad, Head of Emergency Response Department, Caritas Jordan - Irbid Branch: roundtable 2", "en"),
    ("- Nabil Haddad, Director of Emergency Response, Jordan Hope Relief - Zarqa Branch: plenary", "en"),
    ("- Nabil Haddad, chef du département des urgences, Caritas Maroc - Antenne de Tanger : table ronde 2", "fr"),
])
def test_a_branch_after_a_dash_is_no_name(line: str, language: str, rules: ExtractRules) -> None:
    body = f"Dear organisers,\n\nWe hope you can still consider our names:\n\n{line}\n\nThanks\nAli"
    assert [s.name for s in _speakers(body, rules, language).speakers] == ["Nabil Haddad"]


# ... and it stays with the body in the affiliation, up to the colon that gives the role asked for, whether or not a
# keyword names the body ("Name, Post, Sudanese Red Crescent - Tripoli Branch: roundtable 2")
@pytest.mark.parametrize(("line", "language", "affiliation"), [
    ("- Nabil Haddad, Head of Emergency Response Department, Sudanese Red Crescent - Tripoli Branch: roundtable 2", "en",
     "Sudanese Red Crescent - Tripoli Branch"),
    ("- Nabil Haddad, Volunteer Coordinator, Caritas Levant – Irbid Branch: plenary", "en", "Caritas Levant – Irbid Branch"),
    ("- Nabil Haddad, chef du département des urgences, Terre Solidaire - Section de Tanger : table ronde 2", "fr",
     "Terre Solidaire - Section de Tanger"),
])
def test_a_branch_after_a_dash_stays_with_its_body(line: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    body = f"Dear organisers,\n\nWe hope you can still consider our names:\n\n{line}\n\nThanks\nAli"
    assert [s.affiliation for s in _speakers(body, rules, language).speakers] == [affiliation]


# The age opening a bracket after the name, the post after it ("X (19 ans, secrétaire du bureau)", "X (aged 22, youth
# delegate)", "X (24 سنة، عضو اللجنة)"): the post is the title, the age no part of it
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonjour,\nNous proposons Aminata Sow (19 ans, secrétaire du bureau) pour la table ronde 2.\nCordialement\n"
     "Marie Dupuis\n", "fr", "Aminata Sow", "secrétaire du bureau"),
    ("Hello,\nWe propose Samuel Otieno (aged 22, youth delegate) for the plenary.\nBest,\nMary Dunn\n", "en",
     "Samuel Otieno", "youth delegate"),
    ("مرحبا،\nنرشح الأستاذ سامي الخطيب (24 سنة، عضو اللجنة التنفيذية) للجلسة العامة.\nمع التحية\nهدى\n", "ar",
     "سامي الخطيب", "عضو اللجنة التنفيذية"),
])
def test_an_age_opening_the_bracket_is_no_part_of_the_title(body: str, language: str, name: str, title: str,
                                                             rules: ExtractRules) -> None:
    sp = _one(body, rules, language).speakers[0]
    assert (sp.name, sp.title) == (name, title)


@pytest.mark.parametrize(("template", "language", "value", "name", "honorific"), [
    # a local councillor's form of address written short before the name
    (_EN_LABELLED, "en", "Cllr. Hannah Okafor", "Hannah Okafor", "Cllr."),
    (_EN_LABELLED, "en", "Cllr Tomás Reyes", "Tomás Reyes", "Cllr"),
])
def test_a_councillors_short_form_of_address_is_an_honorific(template: str, language: str, value: str, name: str,
                                                            honorific: str, rules: ExtractRules) -> None:
    sp = _one(template.format(value), rules, language).speakers[0]
    assert (sp.name, sp.honorific) == (name, honorific)


def test_near_miss_councillor_spelled_out_stays_a_title(rules: ExtractRules) -> None:
    body = "Dear team,\nWe would like to request a speaking slot at the plenary.\nName: Hannah Okafor\n" \
        "Title: Councillor\nOrganisation: Eastbridge City Council\n"
    sp = _one(body, rules, "en").speakers[0]
    assert (sp.name, sp.title) == ("Hannah Okafor", "Councillor")


@pytest.mark.parametrize(("template", "language", "value", "name"), [
    # a religious order's letters after the name are neither the title nor the body
    (_EN_LABELLED, "en", "Fr. Tomas Perera, SJ", "Tomas Perera"),
    (_EN_LABELLED, "en", "Br. Anil Dsouza, OFM Cap.", "Anil Dsouza"),
    (_FR_LABELLED, "fr", "Père Luc Mbarga, s.j.", "Luc Mbarga"),
    (_FR_LABELLED, "fr", "Sœur Claire Nana, SVD", "Claire Nana"),
])
def test_a_religious_orders_letters_after_the_name_are_no_title(template: str, language: str, value: str, name: str,
                                                                rules: ExtractRules) -> None:
    sp = _one(template.format(value), rules, language).speakers[0]
    assert sp.name == name and sp.title in ("Director", "Directeur")


def test_near_miss_a_post_after_the_name_in_a_labelled_value_stays(rules: ExtractRules) -> None:
    body = "Dear team,\nWe would like to request a speaking slot at the plenary.\nSpeaker: Fr. Tomas Perera, Chaplain\n" \
        "Organisation: Saint Elias Social Service\n"
    sp = _one(body, rules, "en").speakers[0]
    assert (sp.name, sp.title) == ("Tomas Perera", "Chaplain")


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Madame, Monsieur,\nVeuillez trouver la fiche de candidature pour la plénière.\n"
     "Nom et prénom de l'intervenante : DIOP Mariama\nFonction : Maire adjointe\nOrganisme : Ville de Thiès\n\n"
     "Cordialement,\nPaul Sarr\nChargé de communication\nVille de Thiès\n", "fr", "Mariama Diop"),
    ("Dear team,\nPlease find the speaker form for the plenary.\nName and surname of the speaker: Grace Adeyemi\n"
     "Title: Mayor\nOrganisation: Ikeja Local Council\n\nBest regards,\nPaul Stone\nCommunications Officer\n",
     "en", "Grace Adeyemi"),
    ("السادة الكرام\nنرسل إليكم استمارة الترشيح للجلسة العامة\nالاسم واللقب للمتحدث: سامي الفرجاني\nالصفة: رئيس البلدية\n"
     "الجهة: بلدية قابس\n\nمع التحية\nليلى العياري\nمكلفة بالاتصال\n", "ar", "سامي الفرجاني"),
])
def test_the_speakers_name_and_surname_label_names_the_speaker_not_the_sender(body: str, language: str, name: str,
                                                                             rules: ExtractRules) -> None:
    assert _one(body, rules, language).speakers[0].name == name


# The sender names the speaker, whose own signature is in the message forwarded below: their title and organisation
_NAMED_OVER_FORWARD = {
    "fr": "Bonjour,\n\nSuite à notre réunion, l'association propose Inès Moreau comme rapporteure. Voir sa signature "
          "plus bas.\n\nCordialement,\nPaul Girard\nSecrétaire, CAMS\n\n-------- Message transféré --------\n"
          "Sujet : Re: rapporteure\nDe : {d} <a@example.org>\n\nD'accord, je m'en charge.\n\n{d}\n{t}\n"
          "Collectif d'Aide aux Migrants du Sud (CAMS)\nMarseille, France\n",
    "en": "Hello,\n\nAfter our board call, we put forward Ruth Achieng as rapporteur; her details are in her signature "
          "below.\n\nBest,\nPaul Otieno\nTreasurer, KMN\n\n---------- Forwarded message ---------\nFrom: {d} "
          "<a@example.org>\nSubject: Re: rapporteur\n\nFine with me, happy to do it.\n\n{d}\n{t}\n"
          "Kisumu Migrants Network (KMN)\nKisumu, Kenya\n",
}


@pytest.mark.parametrize(("language", "signer", "title", "expected"), [
    ("fr", "Inès Moreau", "Secrétaire générale adjointe chargée des partenariats",
     ("Inès Moreau", "Secrétaire générale adjointe chargée des partenariats",
      "Collectif d'Aide aux Migrants du Sud (CAMS)")),
    ("en", "Ruth Achieng", "Deputy Coordinator for Outreach",
     ("Ruth Achieng", "Deputy Coordinator for Outreach", "Kisumu Migrants Network (KMN)")),
    # near miss: the forwarded message is signed by someone else; their title is not the speaker's
    ("fr", "Hugo Lenoir", "Trésorier adjoint", ("Inès Moreau", None, "Collectif d'Aide aux Migrants du Sud (CAMS)")),
    ("en", "Tom Mboya", "Assistant Treasurer", ("Ruth Achieng", None, "Kisumu Migrants Network (KMN)")),
])
def test_a_named_speakers_own_signature_in_the_forward_gives_their_title(language: str, signer: str, title: str,
                                                                          expected: tuple, rules: ExtractRules) -> None:
    body = _NAMED_OVER_FORWARD[language].format(d=signer, t=title)
    fields = run(message(body, from_="Paul <p@example.org>"), rules, language=language)
    assert [(s.name, s.title or None, s.affiliation) for s in fields.speakers] == [expected]


# A body of people one writes for ("نيابةً عن طلبة النادي", "باسم أعضاء الجمعية") is no person: Arabic names have no
# capitals to tell it from one, so the group's words say it


@pytest.mark.parametrize("body", [
    "السادة الكرام،\nبصفتي منسق الأنشطة، أتشرف بأن أرسل إليكم نيابةً عن طلاب الكلية، الذين لم يفعّلوا بريدهم بعد، طلب "
    "مشاركتهم في المائدة المستديرة الثانية:\n\n١- الطالب يوسف حمدان – رئيس لجنة الأنشطة – جامعة مؤتة\n\nمع التحية،\n"
    "د. سمير النجار\nأستاذ مساعد\n",
    "تحية طيبة،\nأكتب إليكم باسم أعضاء الرابطة، الذين اجتمعوا أمس، لطلب مداخلة في الجلسة العامة للسيدة هالة منصور، "
    "أمينة صندوق الرابطة.\n\nمع الشكر،\nسمير النجار\n",
])
def test_a_group_written_for_is_no_speaker(body: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Samir <sn@example.org>"), rules, language="ar")
    names = [sp.name for sp in fields.speakers]
    assert len(names) == 1 and names[0] in ("يوسف حمدان", "هالة منصور")


def test_near_miss_a_person_written_for_still_speaks(rules: ExtractRules) -> None:
    body = ("تحية طيبة،\nنيابةً عن الدكتورة هالة منصور، رئيسة الجمعية، نطلب لها مداخلة في الجلسة العامة.\n\n"
            "مع الشكر،\nسمير النجار\n")
    fields = run(message(body, from_="Samir <sn@example.org>"), rules, language="ar")
    assert [sp.name for sp in fields.speakers] == ["هالة منصور"]


# ---------------------------------------------------------------------------------------------
# A chat conversation pasted into the mail: each line's date, time and author are the app's, not the record's

@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Hi,\n\nMy uncle asked me to pass this on, he is not on email. Copied from our chat:\n\n"
     "[03/02/2021, 18:20] Uncle Sami: Name: Sami Rahal\n[03/02/2021, 18:21] Uncle Sami: Title: Treasurer\n"
     "[03/02/2021, 18:21] Uncle Sami: Organisation: Tyre Fishermen Cooperative\n"
     "[03/02/2021, 18:23] Uncle Sami: I would like the open discussion\n\nRegards,\nMira Rahal",
     "en", ("Sami Rahal", "Treasurer", "Tyre Fishermen Cooperative")),
    ("Bonjour,\n\nMa cousine n'a pas d'adresse mail, voici ce qu'elle m'a écrit sur WhatsApp :\n\n"
     "04/02/2021, 09:05 - Awa: Nom : Awa Diallo\n04/02/2021, 09:06 - Awa: Fonction : Trésorière\n"
     "04/02/2021, 09:06 - Awa: Organisation : Association des femmes rapatriées\n"
     "04/02/2021, 09:07 - Awa: je veux parler en plénière\n\nMerci,\nMariam Diallo",
     "fr", ("Awa Diallo", "Trésorière", "Association des femmes rapatriées")),
    ("مرحبا،\n\nخالي ما عنده إيميل، هاي رسالته على الواتساب:\n\n"
     "[05/02/2021, 20:10] خالي حسن: الاسم: حسن يونس\n[05/02/2021, 20:11] خالي حسن: الصفة: أمين الصندوق\n"
     "[05/02/2021, 20:11] خالي حسن: الجهة: جمعية صيادي صور\n[05/02/2021, 20:12] خالي حسن: بدي احكي بالجلسة العامة\n\n"
     "شكراً\nرنا يونس", "ar", ("حسن يونس", "أمين الصندوق", "جمعية صيادي صور")),
])
def test_a_pasted_chat_gives_the_record_under_its_stamps(body: str, language: str, speaker: tuple[str, str, str],
                                                         rules: ExtractRules) -> None:
    fields = _one(body, rules, language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [speaker]


def test_near_miss_one_dated_line_is_no_chat(rules: ExtractRules) -> None:
    # one line that happens to open with a date and time keeps its words: no conversation is pasted
    body = ("Dear team,\n\nI would like to speak in this session:\n"
            "24/02/2021, 14:00 - Roundtable 2: labour mobility\n\nNadia Karam\nDirector\nCedar Migrant Aid")
    fields = _one(body, rules, "en")
    assert [(s.name, s.roles, s.roundtable) for s in fields.speakers] == [("Nadia Karam", ("roundtable",), 2)]


@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Hello,\n\nMy father has no email, he typed his details to me on WhatsApp:\n\n"
     "[08/02/2021, 19:02] Dad: name Karim Aziz Mansour\n[08/02/2021, 19:03] Dad: Treasurer\n"
     "[08/02/2021, 19:03] Dad: Fishermen Families Association\n"
     "[08/02/2021, 19:05] Dad: i want to speak in the plenary\n\nBest,\nLina Mansour",
     "en", ("Karim Aziz Mansour", "Treasurer")),
    ("Bonjour,\n\nMon oncle m'a envoyé ceci par WhatsApp :\n\n"
     "09/02/2021, 08:15 - Tonton: nom Moussa Keita\n09/02/2021, 08:16 - Tonton: Président\n"
     "09/02/2021, 08:16 - Tonton: je veux parler en plénière\n\nMerci,\nFatou Keita",
     "fr", ("Moussa Keita", "Président")),
    ("مرحبا،\n\nهذه رسالة أخي على الواتساب:\n\n"
     "[10/02/2021, 21:30] أخي: الاسم سامي خليل\n[10/02/2021, 21:31] أخي: رئيس جمعية العائدين\n"
     "[10/02/2021, 21:32] أخي: بدي احكي بالجلسة العامة\n\nشكراً\nريم خليل", "ar", ("سامي خليل", None)),
])
def test_a_chat_line_gives_a_name_label_without_its_colon(body: str, language: str, speaker: tuple[str, str | None],
                                                          rules: ExtractRules) -> None:
    fields = _one(body, rules, language)
    assert [s.name for s in fields.speakers] == [speaker[0]]
    if speaker[1]:
        assert fields.speakers[0].title == speaker[1]


def test_near_miss_a_chat_line_that_opens_with_name_is_a_sentence(rules: ExtractRules) -> None:
    # "name the session ..." asks something: it is no label, and the sender who signs is the speaker
    body = ("Hello,\n\nFrom our chat:\n\n[08/02/2021, 19:02] Sami: name the session you want\n"
            "[08/02/2021, 19:03] Sami: the plenary please\n\nI would like to speak in the plenary.\n\n"
            "Nadia Karam\nDirector\nCedar Migrant Aid")
    fields = _one(body, rules, "en")
    assert [s.name for s in fields.speakers] == ["Nadia Karam"]
