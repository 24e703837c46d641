"""Speakers given in tables and lists (intake/extract_structured.py): invented variants of each habit."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _people(body: str, rules: ExtractRules, language: str, html: str | None = None) -> list[tuple[str, str]]:
    fields = run(message(body, html=html), rules, language=language)
    return [(s.name or "", s.title or "") for s in fields.speakers]


# A table drawn with bars but no opening bar, under a line that announces the speakers: its header row is no name.
_BAR_TABLES = [
    ("ar", "نرجو تسجيل المتحدثين التاليين من رابطة العمال المهاجرين:\n\nالاسم | الصفة | الجلسة\n"
           "سلمى حداد | منسقة البرامج | النقاش المفتوح\nكريم نصار | مسؤول المناصرة | المائدة المستديرة رقم 1\n",
     [("سلمى حداد", "منسقة البرامج"), ("كريم نصار", "مسؤول المناصرة")]),
    ("ar", "يسرنا ترشيح المتحدثين التاليين:\nاسم المتحدث|المنصب|الدور\n"
           "د. هالة منصور|مديرة البحوث|مداخلة\nالسيد رامي عيسى|رئيس الجمعية|مداخلة\n",
     [("هالة منصور", "مديرة البحوث"), ("رامي عيسى", "رئيس الجمعية")]),
    ("ar", "المتحدثون المقترحون من مؤسسة الأمل هم:\nالاسم الكامل | المسمى الوظيفي\n"
           "ليلى عبد الله | باحثة قانونية\nعمر الخطيب | محامي\n",
     [("ليلى عبد الله", "باحثة قانونية"), ("عمر الخطيب", "محامي")]),
    ("en", "We would like to register the following speakers:\n\nName | Title | Session\n"
           "Maria Lopez | Policy Officer | Open discussion\nJohn Okafor | Legal Adviser | Roundtable 2\n",
     [("Maria Lopez", "Policy Officer"), ("John Okafor", "Legal Adviser")]),
    ("en", "Our speakers will be:\nSPEAKER NAME | POSITION\nDr. Amina Yusuf | Director\nMr Paul Reyes | Programme Manager\n",
     [("Amina Yusuf", "Director"), ("Paul Reyes", "Programme Manager")]),
    ("en", "Please find our proposed speakers below:\nFull name | Job title | Role\n"
           "Sara Kim | Researcher | speaker\nTom Berg | Coordinator | speaker\n",
     [("Sara Kim", "Researcher"), ("Tom Berg", "Coordinator")]),
    ("fr", "Nous souhaitons inscrire les intervenants suivants :\n\nNom | Fonction | Session\n"
           "Aïcha Diallo | Chargée de plaidoyer | Discussion ouverte\nMoussa Traoré | Juriste | Table ronde 3\n",
     [("Aïcha Diallo", "Chargée de plaidoyer"), ("Moussa Traoré", "Juriste")]),
    ("fr", "Nos intervenantes seront :\nNom et prenom|Titre\nMme Fatou Ndiaye|Directrice\nMme Claire Martin|Chargee de mission\n",
     [("Fatou Ndiaye", "Directrice"), ("Claire Martin", "Chargee de mission")]),
    ("fr", "Veuillez trouver ci-dessous nos orateurs proposés :\nNOM | QUALITÉ | CRÉNEAU SOUHAITÉ\n"
           "M. Jean Dupont | Président | Table ronde 1\nM. Ali Benali | Trésorier | Discussion ouverte\n",
     [("Jean Dupont", "Président"), ("Ali Benali", "Trésorier")]),
]


@pytest.mark.parametrize(("language", "body", "expected"), _BAR_TABLES)
def test_a_bar_table_under_an_announcing_line_gives_one_speaker_per_row(
        language: str, body: str, expected: list[tuple[str, str]], rules: ExtractRules) -> None:
    assert _people(body, rules, language) == expected


def test_the_html_table_agrees_with_its_bar_table(rules: ExtractRules) -> None:
    body = _BAR_TABLES[0][1]
    rows = [r.split(" | ") for r in body.split("\n")[2:4]] + [body.split("\n")[4].split(" | ")]
    html = "<p>نرجو تسجيل المتحدثين التاليين:</p><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    assert _people(body, rules, "ar", html=html) == _BAR_TABLES[0][2]


# A table aligned with spaces, with or without dashes under its header, a title wrapped onto a row of its own.
_ALIGNED_TABLES = [
    ("fr", "Nous proposons deux intervenants :\n\n"
           "Nom                 Fonction                  Session souhaitée\n"
           "------------------  ------------------------  ------------------\n"
           "Awa Koné            Présidente                Table ronde 1\n"
           "Paul Mensah         Chargé des affaires       Discussion ouverte\n"
           "                    sociales\n\nCordialement,\n",
     [("Awa Koné", "Présidente"), ("Paul Mensah", "Chargé des affaires sociales")]),
    ("fr", "Voici nos intervenantes :\n"
           "NOM ET PRENOM      FONCTION\n"
           "Mme Ines Bakari    Secretaire generale\n"
           "Mme Rose Mballa    Chargee de projet\n",
     [("Ines Bakari", "Secretaire generale"), ("Rose Mballa", "Chargee de projet")]),
    ("fr", "Intervenants proposés :\n"
           "Session            Nom                 Titre\n"
           "=============      ================    =============\n"
           "Table ronde 3      M. Karim Sow        Coordinateur du\n"
           "                                       réseau\n"
           "Plénière           Dr Lina Faye        Médecin\n",
     [("Karim Sow", "Coordinateur du réseau"), ("Lina Faye", "Médecin")]),
    ("en", "We propose the following speakers:\n\n"
           "Name              Title                 Session\n"
           "----------------  --------------------  ---------------\n"
           "Grace Wanjiru     Executive Director    Roundtable 1\n"
           "Ahmed Farah       Senior Legal          Open discussion\n"
           "                  Officer\n",
     [("Grace Wanjiru", "Executive Director"), ("Ahmed Farah", "Senior Legal Officer")]),
    ("en", "Speakers:\nFULL NAME        POSITION\nMs. Ana Cruz     Case Manager\nMr. Leo Tan      Researcher\n",
     [("Ana Cruz", "Case Manager"), ("Leo Tan", "Researcher")]),
    ("en", "Our nominees are listed below.\n"
           "Speaker name       Job title                 Requested slot\n"
           "Dr Ravi Menon      Head of Research          Roundtable 2\n"
           "Nina Olsen         Communications            Open discussion\n"
           "                   Officer\n\nBest regards\n",
     [("Ravi Menon", "Head of Research"), ("Nina Olsen", "Communications Officer")]),
    ("ar", "نرشح المتحدثين التاليين:\n\n"
           "الاسم              الصفة                 الجلسة\n"
           "-----------------  --------------------  ------------\n"
           "منى السيد          منسقة المشاريع        المائدة المستديرة 1\n"
           "خالد عمر           مسؤول ملف             النقاش المفتوح\n"
           "                   الحماية\n",
     [("منى السيد", "منسقة المشاريع"), ("خالد عمر", "مسؤول ملف الحماية")]),
    ("ar", "المتحدثون:\nاسم المتحدث        المنصب\nد. سامي فارس       رئيس الرابطة\nأ. ريم ناصر        أمينة الصندوق\n",
     [("سامي فارس", "رئيس الرابطة"), ("ريم ناصر", "أمينة الصندوق")]),
    ("ar", "يسرنا ترشيح:\n"
           "الجلسة             الاسم الكامل         المسمى الوظيفي\n"
           "النقاش المفتوح     هدى جابر             باحثة\n"
           "المائدة المستديرة  يوسف حمدان           محامٍ متطوع\n",
     [("هدى جابر", "باحثة"), ("يوسف حمدان", "محامٍ متطوع")]),
]


@pytest.mark.parametrize(("language", "body", "expected"), _ALIGNED_TABLES)
def test_a_table_aligned_with_spaces_gives_one_speaker_per_row(
        language: str, body: str, expected: list[tuple[str, str]], rules: ExtractRules) -> None:
    assert _people(body, rules, language) == expected


def test_a_sentence_with_two_spaces_is_no_table(rules: ExtractRules) -> None:
    body = "We propose Ms. Jane Doe, Director of the Migrant Rights Centre.  She will speak in roundtable 1.\n"
    assert _people(body, rules, "en") == [("Jane Doe", "Director")]


# A list item that gives only a name then, after a colon, the role asked for: a speaker, the sender when the
# signature bears that name (whose title it gives).
_ROLE_ITEMS = [
    ("fr", "Notre association souhaite proposer deux intervenant·e·s :\n\n"
           "1. M. Paul Kaboré, président de l'association : rapporteur ;\n"
           "2. Aminata Diarra : discussion ouverte du 23 février.\n\nCordialement,\nAminata Diarra\n"
           "Chargée de communication, Réseau Sahel Migrations\n",
     [("Paul Kaboré", "président"), ("Aminata Diarra", "Chargée de communication")]),
    ("fr", "Nous proposons les intervenants suivants :\n"
           "- Mme Awa Sy, juriste : table ronde 2\n- Ibrahima Ba : discussion ouverte\n\nBien a vous,\n"
           "Ibrahima Ba\nCoordinateur, Collectif Migrants Dakar\n",
     [("Awa Sy", "juriste"), ("Ibrahima Ba", "Coordinateur")]),
    ("fr", "Voici nos orateurs :\n1) Dr Claire Moreau, directrice : table ronde 1\n"
           "2) Lucie Bernard: plenière\n\nLucie Bernard\nChargee de plaidoyer, Association Terre d'Accueil\n",
     [("Claire Moreau", "directrice"), ("Lucie Bernard", "Chargee de plaidoyer")]),
    ("en", "We would like to propose the following speakers:\n\n"
           "1. Dr. Omar Haddad, Director of the Centre: rapporteur\n"
           "2. Priya Nair: open discussion on 23 February.\n\nBest regards,\nPriya Nair\n"
           "Advocacy Officer, Migrant Forum Asia\n",
     [("Omar Haddad", "Director"), ("Priya Nair", "Advocacy Officer")]),
    ("en", "Our speakers are as follows:\n- Mr John Mensah, Chairperson: roundtable 2\n- Grace Achieng : plenary\n\n"
           "Grace Achieng\nProgramme Officer, Kenya Diaspora Network\n",
     [("John Mensah", "Chairperson"), ("Grace Achieng", "Programme Officer")]),
    ("en", "please register these speakers:\n1) Ms. Lina Park, Researcher: open discussion\n"
           "2) Tomas Silva: roundtable 3.\n\nThanks,\nTomas Silva\nCoordinator, Andean Migrant Network\n",
     [("Lina Park", "Researcher"), ("Tomas Silva", "Coordinator")]),
    ("ar", "نود ترشيح المتحدثين التاليين:\n\n1. الأستاذ سامي فارس، رئيس الرابطة: مقرر\n"
           "2. ليلى حسن: النقاش المفتوح\n\nمع التحية،\nليلى حسن\nمنسقة البرامج، رابطة العمال المهاجرين\n",
     [("سامي فارس", "رئيس الرابطة"), ("ليلى حسن", "منسقة البرامج")]),
    ("ar", "نرشح المتحدثين الآتيين:\n- الدكتورة هالة منصور، مديرة البحوث: المائدة المستديرة 2\n"
           "- عمر الخطيب : الجلسة العامة\n\nعمر الخطيب\nمسؤول المناصرة، جمعية الأمل\n",
     [("هالة منصور", "مديرة البحوث"), ("عمر الخطيب", "مسؤول المناصرة")]),
    ("ar", "المتحدثون المقترحون هم:\n1) السيد كريم نصار، أمين الصندوق: النقاش المفتوح\n"
           "2) رنا يوسف: المائدة المستديرة رقم 1\n\nرنا يوسف\nباحثة، مؤسسة الهجرة والتنمية\n",
     [("كريم نصار", "أمين الصندوق"), ("رنا يوسف", "باحثة")]),
]


@pytest.mark.parametrize(("language", "body", "expected"), _ROLE_ITEMS)
def test_a_list_item_of_a_name_and_its_role_is_a_speaker(
        language: str, body: str, expected: list[tuple[str, str]], rules: ExtractRules) -> None:
    assert _people(body, rules, language) == expected


# ---------------------------------------------------------------------------------------------
# Labels written inclusively ("Intervenant·e :") and the fields of a pasted business card (vCard: FN, TITLE, ORG)

@pytest.mark.parametrize("label", ["Intervenant·e", "Intervenant.e", "Orateur·rice", "Intervenant·es"])
def test_an_inclusive_label_names_the_speaker(label: str, rules: ExtractRules) -> None:
    body = (f"Bonjour,\nNous souhaitons proposer une intervention en plénière.\n\n{label} : Nadia Ferchichi\n"
            "Fonction : coordinatrice culturelle\nStructure : Association Théâtre Nomade\n\nCordialement,\nSami\n")
    fields = run(message(body, from_="Sami <s@example.org>"), rules, language="fr")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [
        ("Nadia Ferchichi", "coordinatrice culturelle", "Association Théâtre Nomade")]


@pytest.mark.parametrize(("card", "name", "title", "affiliation"), [
    ("BEGIN:VCARD\nVERSION:3.0\nN:Haddad;Rami;;;\nFN:Rami Haddad\nTITLE:Programme Director\nORG:Beirut Arts Lab\n"
     "TEL;TYPE=CELL:+961 3 000 000\nEND:VCARD", "Rami Haddad", "Programme Director", "Beirut Arts Lab"),
    ("BEGIN:VCARD\nFN:Leila Benali\nORG:Collectif Scènes Libres (CSL)\nTITLE:Directrice artistique\nEND:VCARD",
     "Leila Benali", "Directrice artistique", "Collectif Scènes Libres (CSL)"),
])
def test_a_pasted_business_card_names_the_speaker(card: str, name: str, title: str, affiliation: str,
                                                  rules: ExtractRules) -> None:
    body = f"Hello,\nWe would like to propose our colleague for roundtable 3. His details:\n\n{card}\n\nBest,\nSalma Tazi\n"
    fields = run(message(body, from_="Salma Tazi <s@example.org>"), rules, language="en")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, affiliation)]


# ---------------------------------------------------------------------------------------------
# A printed form pasted in, its labels led to their values by dots instead of a colon ("Name ....... X")

@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("en", "Dear colleagues,\nOur nomination form is copied here for the plenary.\n\nName .............. Tomas Okafor\n"
           "Position .......... Senior Advisor on Fair Recruitment\nOrganisation ...... Coastal Workers Alliance\n\n"
           "Regards,\nMira", "Tomas Okafor", "Senior Advisor on Fair Recruitment", "Coastal Workers Alliance"),
    ("fr", "Bonjour,\nVoici la fiche de notre intervenante pour la plénière.\n\nNom complet …… : Mariam Diallo\n"
           "Fonction ……… : chargée de plaidoyer\nOrganisation …… : Réseau Ouest-Africain des Migrantes\n\n"
           "Cordialement,\nMira", "Mariam Diallo", "chargée de plaidoyer", "Réseau Ouest-Africain des Migrantes"),
    ("ar", "تحية طيبة،\nنرشح المتحدث التالي للجلسة العامة.\n\nالاسم .......... يوسف الخطيب\nالصفة .......... مدير البرامج\n"
           "المنظمة ........ جمعية العمال المهاجرين\n\nمع الشكر،\nميرا", "يوسف الخطيب", "مدير البرامج",
     "جمعية العمال المهاجرين"),
])
def test_a_forms_dot_leaders_stand_for_the_colon(language: str, body: str, name: str, title: str, affiliation: str,
                                                 rules: ExtractRules) -> None:
    fields = run(message(body, from_="Mira <m@example.org>"), rules, language=language)
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, affiliation)]


def test_near_miss_a_trailing_ellipsis_in_a_sentence_is_no_label(rules: ExtractRules) -> None:
    body = ("Hello,\nWe hope to propose a speaker for the plenary...\nName to follow once our board meets.\n\n"
            "Best,\nMira")
    fields = run(message(body, from_="Mira <m@example.org>"), rules, language="en")
    assert all(sp.name != "to follow once our board meets" for sp in fields.speakers)


# ---------------------------------------------------------------------------------------------
# A request for a speaker, then a short pointer to their details ("Details below:"), then the block: the block's person
# is the speaker, not the sender who signs

@pytest.mark.parametrize(("language", "intro", "block", "name"), [
    ("en", "I would like to put forward our Data Lead for the plenary. Details below:",
     "Omar Siddiqui\nData Lead\nMigrant Rights Observatory", "Omar Siddiqui"),
    ("en", "We are pleased to nominate our researcher for roundtable 3.\nDetails below:",
     "Omar Siddiqui\nData Lead\nMigrant Rights Observatory", "Omar Siddiqui"),
    ("fr", "Nous souhaitons proposer notre chercheuse pour la plénière. Ses coordonnées :",
     "Claire Mbeki\nChargée de recherche\nObservatoire des Migrations du Sahel", "Claire Mbeki"),
    ("ar", "نود ترشيح زميلتنا للمشاركة في الجلسة العامة. التفاصيل أدناه:",
     "سارة النجار\nمنسقة البحوث\nمرصد حقوق المهاجرين", "سارة النجار"),
])
def test_a_pointer_to_details_after_the_request_announces_the_block(language: str, intro: str, block: str, name: str,
                                                                     rules: ExtractRules) -> None:
    body = f"Hello,\n\n{intro}\n\n{block}\n\nThanks,\nLina Haddad\nExecutive Director, MRO\n"
    fields = run(message(body, from_="Lina Haddad <l@example.org>"), rules, language=language)
    assert [sp.name for sp in fields.speakers] == [name]


# ---------------------------------------------------------------------------------------------
# One person's details as a dashed list under a line that announces them ("Speaker details:", "بيانات المتحدث:"):
# "- name", "- title", "- organisation", read as the block it is, over what a sentence above said of the person; a
# dashed list of people stays a list

@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("ar", "الزملاء الأعزاء،\n\nمديرتنا د. ريم الحسيني تحب تشارك في الجلسة العامة.\n\nبيانات المتحدثة:\n- ريم الحسيني\n"
           "- منسقة برنامج حماية المهاجرين\n- جمعية التضامن للتنمية\n\nمع الشكر،\nسلوى",
     "ريم الحسيني", "منسقة برنامج حماية المهاجرين", "جمعية التضامن للتنمية"),
    ("ar", "مرحبا،\n\nمديرنا يحب يشارك في المائدة المستديرة الثانية.\n\nبيانات المتحدث:\n• وليد منصور\n"
           "• المدير التنفيذي\n• مؤسسة الأمل للتنمية\n\nشكرا\nسلوى", "وليد منصور", "المدير التنفيذي", "مؤسسة الأمل للتنمية"),
    ("en", "Dear colleagues,\n\nOur regional director Dr. Laura Mendes would like to speak in roundtable 2.\n\n"
           "Speaker details:\n- Laura Mendes\n- Senior Protection Officer\n- Migrant Workers Solidarity Network\n\nBest,\nTom",
     "Laura Mendes", "Senior Protection Officer", "Migrant Workers Solidarity Network"),
    ("fr", "Bonjour,\n\nNotre directrice Mme Aminata Traoré souhaite intervenir en plénière.\n\nCoordonnées de "
           "l'intervenante :\n- Aminata Traoré\n- Chargée de plaidoyer\n- Réseau Migrations Sahel\n\nCordialement,\nPaul",
     "Aminata Traoré", "Chargée de plaidoyer", "Réseau Migrations Sahel"),
])
def test_a_dashed_list_of_one_persons_details_is_their_block(rules: ExtractRules, language: str, body: str, name: str,
                                                             title: str, affiliation: str) -> None:
    fields = run(message(body, from_="Salwa Tazi <s@example.org>"), rules, language=language)
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, affiliation)]


def test_near_miss_a_dashed_list_of_people_is_no_one_persons_block(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOur speakers will be:\n- Ms Laura Mendes, Senior Protection Officer, Caritas\n"
            "- Mr John Okoro, Director, Caritas\n\nBest,\nTom")
    assert _people(body, rules, "en") == [("Laura Mendes", "Senior Protection Officer"), ("John Okoro", "Director")]


# ---------------------------------------------------------------------------------------------
# Labelled speaker details without an organisation label, in a message whose text speaks for the organisation it
# names ("The X Centre (XC) would be glad to contribute. Speaker: ... Position: ..."): the speaker is its own

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear Secretariat,\nFurther to the invitation, the Amal Centre for Refugee Studies (ACRS) would be glad to "
     "contribute to the roundtables.\n\nSpeaker: Dr. Rana Aziz\nPosition: Senior Researcher\nPreferred session: "
     "Roundtable 2\n\nBest wishes,\nHiba\n", "en", "Amal Centre for Refugee Studies (ACRS)"),
    ("Dear colleagues,\nThe Gulf Institute for Labour Studies (GILS) would be happy to take part in the thematic "
     "roundtables.\n\nName: Dr. Omar Farouk\nTitle: Senior Fellow\nRoundtable: 1\n\nRegards,\nSara\n", "en",
     "Gulf Institute for Labour Studies (GILS)"),
    ("Bonjour,\nSuite à votre invitation, le Centre d'Études des Migrations du Sahel (CEMS) serait heureux de "
     "contribuer aux tables rondes.\n\nNom : Moussa Traoré\nFonction : Chercheur\nTable ronde : 2\n\nCordialement,\n"
     "Aïcha\n", "fr", "Centre d'Études des Migrations du Sahel (CEMS)"),
    ("تحية طيبة،\nبالإشارة إلى الدعوة، يسعد المرصد العربي للهجرة (AMO) أن يساهم في الموائد المستديرة.\n\n"
     "الاسم: د. سامر خليل\nالصفة: باحث أول\nالمائدة: 2\n\nمع الشكر\nرنا\n", "ar", "المرصد العربي للهجرة (AMO)"),
])
def test_labelled_details_of_the_organisation_the_text_speaks_for(body: str, language: str, affiliation: str,
                                                                 rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


def test_near_miss_labelled_details_keep_their_own_organisation(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\nThe Amal Centre for Refugee Studies (ACRS) would be glad to contribute to the "
            "roundtables.\n\nSpeaker: Dr. Rana Aziz\nPosition: Senior Researcher\nOrganisation: University of Jordan\n\n"
            "Best wishes,\nHiba\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="en").speakers
    assert [s.affiliation for s in sp] == ["University of Jordan"]


# "Nom et prénoms", the plural West and Central African forms print, labels the name as "Nom et prénom" does
@pytest.mark.parametrize("label", ["Nom et prénoms", "Noms et prénoms", "Prénoms et nom", "NOM ET PRENOMS"])
def test_name_and_given_names_label(label: str, rules: ExtractRules) -> None:
    body = f"Mesdames, Messieurs,\n\nIntervenant proposé :\n\n   {label} :     Koffi Mensah\n   Fonction :           " \
        "Président\n   Session souhaitée :  Table ronde 2\n\nSalutations\nLa Secrétaire\n"
    sp = run(message(body), rules, language="fr").speakers
    assert [(s.name, s.title, s.roundtable) for s in sp] == [("Koffi Mensah", "Président", 2)]


def test_near_miss_a_sentence_about_names_is_no_label(rules: ExtractRules) -> None:
    body = "Bonjour,\nNous vous enverrons les noms et prénoms de nos intervenants la semaine prochaine.\nCordialement\n" \
        "Awa Diop\nPrésidente, Association des Femmes Migrantes\n"
    assert [s.name for s in run(message(body), rules, language="fr").speakers] == ["Awa Diop"]


# ---------------------------------------------------------------------------------------------
# A two-column table of label/value rows drawn with bars ("الاسم | السيدة X" / "الجهة | Y"), as an HTML table of
# labels and values reads in text, under a line that announces it: the label cell is no part of the name, the rows
# are no signature block, and a missing title row leaves the title empty (not the next row's label)

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("تحية طيبة،\nنتقدم بطلب مداخلة في الجلسة العامة وفق الجدول أدناه:\n\nالاسم | السيدة ريم الخطيب\n"
     "الجهة | جمعية الأمل لحقوق العمال المهاجرين\nنوع المداخلة | مداخلة في الجلسة العامة\n\nمع التحية",
     "ar", [("ريم الخطيب", None, "جمعية الأمل لحقوق العمال المهاجرين")]),
    ("تحية طيبة،\nنرجو تسجيل المداخلة التالية في المائدة المستديرة 2:\nالاسم الكامل | الأستاذة منى سعيد\n"
     "المسمى الوظيفي | منسقة المناصرة\nالجهة | مركز العدالة للدراسات\n\nشكراً",
     "ar", [("منى سعيد", "منسقة المناصرة", "مركز العدالة للدراسات")]),
    ("السلام عليكم،\nيسرنا اقتراح متحدث في النقاش المفتوح حسب البيانات التالية:\n\nاسم المتحدث | الدكتور سامر خليل\n"
     "المنظمة | المرصد العربي للهجرة\nالبريد الإلكتروني | s.khalil@example.org\n\nمع خالص التقدير\nقسم الإعلام",
     "ar", [("سامر خليل", None, "المرصد العربي للهجرة")]),
    ("Dear team,\nWe would like to propose a speaker for the plenary, as in the table below:\n\n"
     "Name | Ms Grace Adeyemi\nOrganisation | Migrant Rights Forum\nType of intervention | plenary\n\nBest",
     "en", [("Grace Adeyemi", None, "Migrant Rights Forum")]),
    ("Bonjour,\nNous proposons une intervenante pour la plénière, selon le tableau ci-dessous :\n\n"
     "Nom | Mme Claire Martin\nFonction | Chargée de plaidoyer\nOrganisation | Réseau Espoir\n\nCordialement",
     "fr", [("Claire Martin", "Chargée de plaidoyer", "Réseau Espoir")]),
])
def test_a_table_of_label_value_rows_under_an_announcing_line(body: str, language: str,
                                                              expected: list[tuple[str, str | None, str]],
                                                              rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == expected


def test_near_miss_a_signature_of_title_bar_organisation_stays_the_senders(rules: ExtractRules) -> None:
    body = ("Dear team,\nI would like to request a speaking slot in the plenary for myself.\n\nBest regards,\n\n"
            "Dana Khoury\nCommunications Officer | Arab Migrant Workers Network\n")
    sp = run(message(body, from_="Dana Khoury <d@example.org>"), rules, language="en").speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [
        ("Dana Khoury", "Communications Officer", "Arab Migrant Workers Network")]


# ---------------------------------------------------------------------------------------------
# A table that gives the name in two columns, one per script ("Name | الاسم | Position"): the first filled one is read,
# as a label/value table reads its first label

def _table(header: list[str], rows: list[list[str]]) -> str:
    cells = [header, *rows]
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cells) + "</table>"


@pytest.mark.parametrize(("intro", "header", "rows", "names"), [
    ("We would like to nominate the following speakers:", ["Name", "الاسم", "Position", "Requested session"],
     [["Dr. Heba Mansour", "د. هبة منصور", "Executive Director", "Plenary"],
      ["Karim Fawzi", "كريم فوزي", "Legal Officer", "Roundtable 4"]], ["Heba Mansour", "Karim Fawzi"]),
    ("Nous souhaitons proposer les intervenants suivants :", ["Nom", "الاسم", "Fonction", "Session"],
     [["Mme Leila Ben Ali", "ليلى بن علي", "Présidente", "Table ronde 2"]], ["Leila Ben Ali"]),
    ("نود ترشيح المتحدثين التاليين:", ["الاسم", "Name", "الصفة", "الجلسة"],
     [["سامر خليل", "Samer Khalil", "مدير البرامج", "المائدة المستديرة 3"]], ["سامر خليل"]),
])
def test_a_name_in_two_scripts_is_read_from_the_first_column(rules: ExtractRules, intro: str, header: list[str],
                                                             rows: list[list[str]], names: list[str]) -> None:
    html = f"<p>{intro}</p>{_table(header, rows)}"
    language = "ar" if intro.startswith("نود") else "fr" if intro.startswith("Nous") else "en"
    fields = run(message(intro, html=html), rules, language=language)
    assert [s.name for s in fields.speakers] == names


def test_near_miss_an_empty_first_name_cell_takes_the_other_script(rules: ExtractRules) -> None:
    intro = "We would like to nominate the following speaker:"
    html = f"<p>{intro}</p>{_table(['Name', 'الاسم', 'Position', 'Session'], [['', 'هبة منصور', 'Director', 'Plenary']])}"
    assert [s.name for s in run(message(intro, html=html), rules).speakers] == ["هبة منصور"]


# Labelled lines behind an emoji or pictograph bullet are read as labelled lines: "👤 Name: X" / "💼 Title: Y",
# « ✅ Nom : X » / « ✅ Fonction : Y », "🔹 الاسم: X" / "🔹 الصفة: Y"
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hi team! Here are the details of our speaker:\n\n👤 Name: Rami Nassar\n🏢 Org: Youth Bridges Initiative\n"
     "💼 Title: Co-founder & Volunteer Coordinator\n🎤 Role: floor intervention in Roundtable 2\n\nThanks!\nLina",
     "en", ("Rami Nassar", "Co-founder & Volunteer Coordinator", "Youth Bridges Initiative")),
    ("Bonjour,\nVoici notre intervenante :\n✅ Nom : Salma Idrissi\n✅ Fonction : chargée de plaidoyer\n"
     "✅ Organisation : Réseau Jeunes Sans Frontières\n✅ Rôle : table ronde 3\n\nCordialement,\nYoussef",
     "fr", ("Salma Idrissi", "chargée de plaidoyer", "Réseau Jeunes Sans Frontières")),
    ("مرحبا فريق الاستعراض\nحابين نشارك بمداخلة:\n🔹 الاسم: هبة الخطيب\n🔹 الصفة: منسقة المتطوعين\n"
     "🔹 الجهة: فريق شباب الغد\n🔹 المشاركة: الطاولة المستديرة الأولى\n\nمع الشكر",
     "ar", ("هبة الخطيب", "منسقة المتطوعين", "فريق شباب الغد")),
])
def test_labelled_lines_behind_emoji_bullets(body: str, language: str, expected: tuple[str, str, str],
                                             rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_near_miss_an_emoji_before_words_that_are_no_label(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe would like to propose Dr. Hadi Saleh, Director of the Migrant Rights Centre, for roundtable 1.\n"
            "📍 Name of the venue: not yet known to us\nBest,\nNora Aziz")
    names = [s.name for s in run(message(body), rules).speakers]
    assert "not yet known to us" not in names


# ---------------------------------------------------------------------------------------------
# A table's title column that runs on after a comma into the body (no organisation column): the title ends at the
# comma, the body is the affiliation; a unit or office after the comma stays in the title

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\nNous proposons :\n\nNom | Fonction | Session\nRania Khoury | Responsable du programme de bourses, "
     "Fondation Al-Nour pour l'Enseignement Supérieur | Table ronde 2\n\nCordialement", "fr",
     ("Responsable du programme de bourses", "Fondation Al-Nour pour l'Enseignement Supérieur")),
    ("Dear all,\nWe propose:\n\nName | Position | Session\nOmar Haddad | Programme Officer, Gulf Workers Network | "
     "Roundtable 3\n\nBest", "en", ("Programme Officer", "Gulf Workers Network")),
    ("Dear all,\nWe propose:\n\nName | Position | Session\nSara Mensah | Coordinator, Domestic Workers Association of "
     "Lebanon | Plenary\n\nBest", "en", ("Coordinator", "Domestic Workers Association of Lebanon")),
])
def test_a_table_title_run_on_into_the_body_ends_at_the_comma(body: str, language: str, expected: tuple[str, str],
                                                                rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation) == expected


@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear all,\nWe propose:\n\nName | Position | Session\nOmar Haddad | Senior Legal Officer, Juvenile Justice Unit | "
     "Roundtable 3\n\nBest", "en", "Senior Legal Officer, Juvenile Justice Unit"),
    ("Bonjour,\nNous proposons :\n\nNom | Fonction | Session\nRania Khoury | Chargée de mission, Unité Migration et "
     "Santé | Table ronde 2\n\nCordialement", "fr", "Chargée de mission, Unité Migration et Santé"),
])
def test_near_miss_a_table_title_with_its_unit_after_the_comma_stays_whole(body: str, language: str, title: str,
                                                                          rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.title == title


# ---------------------------------------------------------------------------------------------
# A speaker's label numbered in a list of them ("Speaker 1:", "Second speaker:", "المتحدثة الثانية:") names one person
# each, as the label alone would

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello,\n\nOur union asks for two slots.\n\nSpeaker 1: Grace Wanjiru, Organising Secretary, roundtable 4\n"
     "Speaker 2: Peter Ochieng, Treasurer, open discussion\n\nKind regards\nAnn Achieng\nCoast Workers Union", "en",
     [("Grace Wanjiru", "Organising Secretary", ("roundtable",)), ("Peter Ochieng", "Treasurer", ("open_discussion",))]),
    ("Hello,\n\nFirst speaker: Grace Wanjiru, Organising Secretary, plenary\nSecond speaker: Peter Ochieng, Treasurer, "
     "open discussion\n\nThanks\nAnn", "en",
     [("Grace Wanjiru", "Organising Secretary", ("plenary",)), ("Peter Ochieng", "Treasurer", ("open_discussion",))]),
    ("Bonjour,\n\nPremière intervenante : Mariam Traoré, secrétaire générale, plénière\nDeuxième intervenant : Issa "
     "Konaté, trésorier, discussion ouverte\n\nBien à vous\nAdama", "fr",
     [("Mariam Traoré", "secrétaire générale", ("plenary",)), ("Issa Konaté", "trésorier", ("open_discussion",))]),
    ("مرحبا،\n\nالمتحدثة الأولى: سلمى يوسف، أمينة السر، الجلسة العامة\nالمتحدث الثاني: ياسر حمدان، أمين الصندوق، "
     "النقاش المفتوح\n\nمع التحية\nنادر", "ar",
     [("سلمى يوسف", "أمينة السر", ("plenary",)), ("ياسر حمدان", "أمين الصندوق", ("open_discussion",))]),
])
def test_a_numbered_speaker_label_names_one_person_each(body: str, language: str,
                                                        expected: list[tuple[str, str, tuple[str, ...]]],
                                                        rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == expected


def test_near_miss_first_name_stays_the_given_name(rules: ExtractRules) -> None:
    body = "Hello,\n\nFirst name: Grace\nLast name: Wanjiru\nPosition: Organising Secretary\n\nThanks"
    speaker, = run(message(body), rules, language="en").speakers
    assert speaker.name == "Grace Wanjiru"


# A form of labels and values whose value holds a label's word ("Position | Deputy Speaker", "Fonction | Orateur
# principal") is no header row; a young speaker's age in brackets after the title is no part of it

@pytest.mark.parametrize(("html", "language", "expected"), [
    ("<p>Dear all,</p><table><tr><td>Name</td><td>Maya Khoury</td></tr><tr><td>Position</td><td>Deputy Speaker "
     "(15 years old)</td></tr><tr><td>Organisation</td><td>Youth Council of Zahle</td></tr><tr><td>Session</td>"
     "<td>Plenary</td></tr></table><p>Best</p>", "en", ("Maya Khoury", "Deputy Speaker", "Youth Council of Zahle")),
    ("<p>Bonjour,</p><table><tr><td>Nom</td><td>Lina Mansour</td></tr><tr><td>Fonction</td><td>Intervenante principale "
     "du club (14 ans)</td></tr><tr><td>Organisation</td><td>Club des jeunes de Sousse</td></tr></table><p>Merci</p>",
     "fr", ("Lina Mansour", "Intervenante principale du club", "Club des jeunes de Sousse")),
    ("<p>مرحبا،</p><table><tr><td>الاسم</td><td>آدم نصار</td></tr><tr><td>الصفة</td><td>رئيس مجلس الأطفال (16 سنة)</td>"
     "</tr><tr><td>الجهة</td><td>جمعية براعم الغد</td></tr></table><p>شكرا</p>", "ar",
     ("آدم نصار", "رئيس مجلس الأطفال", "جمعية براعم الغد")),
])
def test_a_label_value_form_whose_value_holds_a_label_word(html: str, language: str, expected: tuple[str, str, str],
                                                           rules: ExtractRules) -> None:
    speaker, = run(message("See below.", html=html), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == expected


# A speaker label's value written from the post to the person without a comma: "Proposed speaker: the network
# coordinator Ms X", "Intervenante proposée : la coordinatrice du réseau Mme Y", "المتحدث المقترح: رئيس الاتحاد الأستاذ Z"
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("السادة الكرام،\n\nنرجو قبول طلب مشاركتنا في المؤتمر.\n\nالمتحدثة المقترحة: مديرة الشبكة الدكتورة سلوى نجار\n"
     "الدور المطلوب: مداخلة في الجلسة العامة\n\nمع الشكر\nأمانة الشبكة", "ar", "سلوى نجار", "مديرة الشبكة"),
    ("Dear organisers,\n\nPlease accept our request.\n\nSpeaker: the network coordinator Ms Ama Owusu\nRole: plenary\n\n"
     "Thanks\nKofi", "en", "Ama Owusu", "network coordinator"),
    ("Mesdames, Messieurs,\n\nMerci d'accepter notre demande.\n\nIntervenante proposée : la coordinatrice du réseau Mme Awa "
     "Sow\nRôle demandé : intervention en plénière\n\nCordialement\nFatou", "fr", "Awa Sow", "coordinatrice"),
])
def test_labelled_value_from_the_post_to_the_person(body: str, language: str, name: str, title: str,
                                                    rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title) == (name, title)


# Near miss: a value written from the person first, the post after a comma, is read as before
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear organisers,\n\nSpeaker: Ms Ama Owusu, network coordinator\nRole: plenary\n\nThanks\nKofi", "en", "Ama Owusu",
     "network coordinator"),
    ("السادة الكرام،\n\nالمتحدثة المقترحة: الدكتورة سلوى نجار، مديرة الشبكة\nالدور المطلوب: مداخلة في الجلسة العامة\n\n"
     "مع الشكر", "ar", "سلوى نجار", "مديرة الشبكة"),
])
def test_labelled_value_from_the_person_is_read_as_before(body: str, language: str, name: str, title: str,
                                                          rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title) == (name, title)


# Near miss: in prose, a post before the form of address stays the title when the sentence goes on with the role
# ("we would like the chair of the union, Ms X, to take part in the open discussion" written without commas)
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("مرحبا،\n\nنود أن يشارك أمين صندوق الرابطة السيد كريم عواد في المائدة المستديرة الثانية يوم الخميس.\n\nمع التحية\n"
     "ليلى", "ar", "كريم عواد", "أمين صندوق الرابطة"),
])
def test_prose_post_before_the_person_stays_the_title(body: str, language: str, name: str, title: str,
                                                      rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title) == (name, title)


# A post followed by the purpose the person is put forward for ("to speak in", "to take part in"): the purpose is no part
# of the title; near miss: a post whose unit's name goes on after the same word ("... للمشاركة المدنية") keeps it
@pytest.mark.parametrize(("body", "title"), [
    ("مرحبا\nنرشح السيدة هالة منصور مديرة الشبكة للتحدث في الجلسة العامة\nمع الشكر", "مديرة الشبكة"),
    ("مرحبا\nنرشح الأخت هالة منصور منسقة الرابطة للمشاركة في المائدة المستديرة الأولى\nمع الشكر", "منسقة الرابطة"),
    ("مرحبا\nنرشح السيدة هالة منصور منسقة برنامج الشباب للمشاركة المدنية في الجلسة العامة\nمع الشكر",
     "منسقة برنامج الشباب للمشاركة المدنية"),
])
def test_purpose_after_the_post_is_no_part_of_the_title(body: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == ("هالة منصور", title)


# A pronoun statement after the name that goes on about the person ("X، هي منسقة الشبكة وبتحكي انكليزي منيح", "X, she is
# the coordinator of Y and speaks fluent Arabic"): the post keeps its unit, what follows is neither title nor body
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("مرحبا\nبدنا نرشح رفيقتنا هالة منصور، هي منسقة الشبكة وبتحكي انكليزي منيح، للنقاش المفتوح\nشكرا", "ar",
     "منسقة الشبكة", None),
    ("Hello,\nWe nominate our colleague Hala Mansour, she is the coordinator of the Sunrise Network and speaks fluent "
     "Arabic, for the open discussion.\nThanks", "en", "coordinator", "Sunrise Network"),
    ("Bonjour,\nNous proposons notre collègue Hala Mansour, elle est la coordinatrice du Réseau Soleil et parle "
     "couramment arabe, pour le débat ouvert.\nMerci", "fr", "coordinatrice", "Réseau Soleil"),
    # near miss: the statement ends with its post
    ("مرحبا\nنرشح السيدة هالة منصور، هي منسقة الشبكة، للمشاركة في النقاش المفتوح\nشكرا", "ar", "منسقة الشبكة", None),
])
def test_pronoun_statement_going_on_about_the_person(body: str, language: str, title: str, affiliation: str | None,
                                                     rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == ("هالة منصور" if language == "ar" else "Hala Mansour",
                                                                  title, affiliation)


# The sender's group written as where "we" are ("احنا في مؤسسة X عايزين نشارك", "نحن في جمعية Y نود"): the body of the
# speakers when nothing else names it; near miss: "نحن في انتظار ردكم" ("we await your reply") names no body
# (the writer's own item, "انا X منسق ...", names the writer too: a post straight after the name marks it)
@pytest.mark.parametrize(("body", "expected"), [
    ("مساء الخير\nاحنا في مؤسسة النور للتنمية عايزين نشارك في النقاش المفتوح\nهنكون اتنين:\n- انا كريم حسن منسق "
     "مشروعات في المؤسسة\n- وزميلتي منى سعيد، محامية عندنا برضه\nشكرا",
     [("كريم حسن", "مؤسسة النور للتنمية"), ("منى سعيد", "مؤسسة النور للتنمية")]),
    ("مساء الخير\nنحن في انتظار ردكم ونرشح زميلتنا منى سعيد، محامية، للنقاش المفتوح\nشكرا", [("منى سعيد", None)]),
])
def test_group_introduced_by_where_we_are(body: str, expected: list[tuple[str, str | None]],
                                          rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.affiliation) for s in speakers] == expected


# A clause after the person's details that opens with a pronoun and a verb ("هي عايزة تتكلم", "هو حابب يشارك") says what
# they want, it names no body; near miss: a pronoun and a post still gives the post
@pytest.mark.parametrize(("body", "title"), [
    ("السلام عليكم\nومعي الاستاذة سعاد عثمان مسؤولة ملف الشباب في الرابطة، هي عايزة تتكلم في المائدة المستديرة حقت "
     "الشباب لو في\nالرابطة ما عندها ايميل رسمي\nشكرا", "مسؤولة ملف الشباب"),
    ("السلام عليكم\nنرشح الاستاذة سعاد عثمان، هي مسؤولة ملف الشباب، للمائدة المستديرة\nشكرا", "مسؤولة ملف الشباب"),
])
def test_pronoun_and_verb_after_the_details_is_no_body(body: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == ("سعاد عثمان", title, None)
