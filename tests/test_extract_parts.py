"""The value parts of extraction: signature blocks, acronyms and their fullest form, cleaned affiliations and
structured sources. Each family is written in several ways (languages, punctuation, where the detail sits)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import opens_clause
from intake.extract_prose import _last_word
from intake.extract_roles import roles_stated
from intake.extract_signature import read_block, read_signature
from intake.extract_structured import table_speakers
from intake.extract_values import (
    ar_unprefix,
    clean_value,
    expand,
    is_place,
    name_like,
    phrase_kind,
    referent,
    spelled_acronyms,
)
from intake.model import DocText, Parsed, Speaker
from intake.text import carry_forward, split
from tests.extracting import message
from tests.extracting import run as _run


def _mail(body: str, from_: str = "Someone Else <someone@example.org>", html: str | None = None) -> Parsed:
    return message(body, from_=from_, html=html)


# A short request in each language, for a signature block to close
_ASKS_PLENARY = {"en": "I would like to speak in the plenary.\n\nKind regards,\n",
                 "fr": "Je souhaite intervenir en séance plénière.\n\nCordialement,\n",
                 "ar": "أرغب في المشاركة في الجلسة العامة.\n\nمع التحية،\n"}


def _signed(rules: ExtractRules, language: str, block: str, asks: dict[str, str] = _ASKS_PLENARY) -> Speaker:
    """The one speaker of a short request that this signature block closes."""
    (s,) = _run(_mail(asks[language] + "\n" + block), rules, language=language).speakers
    return s


# ---------------------------------------------------------------------------------------------
# A signature title line "Title, Unit" above the organisation's own line: the unit belongs to the title


@pytest.mark.parametrize(
    ("language", "block", "title", "affiliation"),
    [
        ("en", "Dr. Nadia Karrar\nHead, Migration and Urban Inclusion Unit\n"
               "United Nations Joint Programme on Migration and Cities (UN-JPMC)\nRegional Office for Arab States, Amman\n",
         "Head, Migration and Urban Inclusion Unit", "United Nations Joint Programme on Migration and Cities (UN-JPMC)"),
        ("en", "Priya Raman\nCoordinator, Migrant Seafarers Desk\nEastern Seafarers Union (ESU)\nTel. +961 1 555 0198\n",
         "Coordinator, Migrant Seafarers Desk", "Eastern Seafarers Union (ESU)"),
        ("en", "Omar Haddad\nsenior programme officer, policy and advocacy\nArab Workers Forum\n",
         "senior programme officer, policy and advocacy", "Arab Workers Forum"),
        ("en", "Lina Saad\nHead - Protection Desk\nGulf Coalition for Domestic Workers (GCDW)\n",
         "Head - Protection Desk", "Gulf Coalition for Domestic Workers (GCDW)"),
        ("fr", "Me Salma Oukacha\nAvocate, coordinatrice du pôle contentieux\n"
               "Collectif des Avocats pour les Droits des Migrants (CADM)\n",
         "Avocate, coordinatrice du pôle contentieux", "Collectif des Avocats pour les Droits des Migrants (CADM)"),
        ("fr", "Awa Koné\nChargée de mission | Pôle plaidoyer\nRéseau Sahel Migrations\nNiamey, Niger\n",
         "Chargée de mission | Pôle plaidoyer", "Réseau Sahel Migrations"),
        ("fr", "Karim Ben Salah\nresponsable, cellule juridique\nAssociation Tunisienne d'Aide aux Migrants\n",
         "responsable, cellule juridique", "Association Tunisienne d'Aide aux Migrants"),
        ("ar", "سلمى الحسيني\nمسؤولة البرامج، وحدة الحماية\nجمعية التضامن مع المهاجرين\n",
         "مسؤولة البرامج، وحدة الحماية", "جمعية التضامن مع المهاجرين"),
        ("ar", "سامر عبد الله\nمنسق المشاريع - قسم الهجرة\nمنتدى الهجرة الإقليمي\n",
         "منسق المشاريع - قسم الهجرة", "منتدى الهجرة الإقليمي"),
        ("ar", "هدى الشامي\nباحثة, وحدة الدراسات\nمرصد العمل العربي\n", "باحثة, وحدة الدراسات", "مرصد العمل العربي"),
    ],
)
def test_a_unit_after_the_title_stays_in_the_title_when_the_organisation_line_follows(
        rules: ExtractRules, language: str, block: str, title: str, affiliation: str) -> None:
    s = _signed(rules, language, block)
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("block", "title", "affiliation"),
    [
        # no organisation line below: the segment after the comma is the organisation
        ("Nasra Farah\nCoordinator, HGMP Secretariat\nDjibouti | +253 21 35 47 80\n", "Coordinator", "HGMP Secretariat"),
        ("Ahmed Ali\nDirector, Caritas\n", "Director", "Caritas"),
        # an acronym on the title line names the organisation, the line below is its office
        ("Rana Odeh\nProgramme Officer, ILO\nRegional Office for Arab States\n", "Programme Officer", "ILO"),
        ("Rana Odeh\nProgramme Officer, Gulf Labour Watch (GLW)\nMigrant Desk\n", "Programme Officer", "Gulf Labour Watch (GLW)"),
        # an organisation on the title line, its office below: one that says what it does is read on as a unit of
        # it; one named by its town alone is its address (dev 004, 013, 024, 043: a place after the organisation is
        # no part of it)
        ("Ali Osman\nProgramme Manager, Sudanese Migrants Association\nMigrant Support Office\n", "Programme Manager",
         "Sudanese Migrants Association, Migrant Support Office"),
        ("Ali Osman\nProgramme Manager, Sudanese Migrants Association\nKhartoum Office\n", "Programme Manager",
         "Sudanese Migrants Association"),
    ],
)
def test_the_title_line_keeps_its_organisation_when_nothing_names_one_below(
        rules: ExtractRules, block: str, title: str, affiliation: str) -> None:
    s = _signed(rules, "en", block)
    assert (s.title, s.affiliation) == (title, affiliation)


# ---------------------------------------------------------------------------------------------
# Acronyms: "ACR-Town", an acronym after an Arabic name, a word of the name outside the acronym


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("Au nom de l'Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax), je vous écris.", "ATMS-Sfax",
         "Association des Travailleurs Migrants Subsahariens de Sfax"),
        ("the Youth Network for Migrants in Oujda (YNM-Oujda) would like", "YNM-Oujda", "Youth Network for Migrants in Oujda"),
        ("le Réseau des Femmes Migrantes (RFM-Tunis) propose", "RFM-Tunis", "Réseau des Femmes Migrantes"),
        ("the United Nations Joint Programme on Migration and Cities (UN-JPMC) is", "UN-JPMC",
         "United Nations Joint Programme on Migration and Cities"),
        ("Secretariat of the\nHorn-Gulf Mobility Platform (HGMP) is pleased", "HGMP", "Horn-Gulf Mobility Platform"),
        ("la Fondation Passerelles Méditerranée (PM) souhaite", "PM", "Fondation Passerelles Méditerranée"),
        ("l'Association Al Wassit pour l'Accueil des Migrants (AWAM) propose", "AWAM",
         "Association Al Wassit pour l'Accueil des Migrants"),
    ],
)
def test_latin_acronyms(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("يسر مرصد العراق لحقوق العمال المهاجرين (IMWRO) أن يقدم ترشيحاته", "IMWRO", "مرصد العراق لحقوق العمال المهاجرين"),
        ("وتتشرف المنظمة السودانية لإعادة إدماج العائدين (SORRA) بترشيح السيد", "SORRA", "المنظمة السودانية لإعادة إدماج العائدين"),
        ("نيابة عن مبادرة الخليج لإصلاح ممارسات التوظيف (GRRI)، نرشح", "GRRI", "مبادرة الخليج لإصلاح ممارسات التوظيف"),
        ("نكتب إليكم باسم الشبكة العربية\nللهجرة والتنمية (ANMD) لنرشح", "ANMD", "الشبكة العربية للهجرة والتنمية"),
    ],
)
def test_a_latin_acronym_after_an_arabic_name(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


@pytest.mark.parametrize(
    "text",
    [
        "يتقدم مركز الدراسات بطلب مشاركة في المؤتمر (GCM) القادم",
        "أرفق لكم السيرة الذاتية (CV) للسيد أحمد",
        "نرسل التقرير (PDF) المرفق",
    ],
)
def test_an_arabic_sentence_before_an_acronym_is_not_its_name(rules: ExtractRules, text: str) -> None:
    assert spelled_acronyms(text, rules) == {}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("HGMP Secretariat", "Horn-Gulf Mobility Platform (HGMP)"),
        ("the HGMP Secretariat", "Horn-Gulf Mobility Platform (HGMP)"),
        ("HGMP General Secretariat", "Horn-Gulf Mobility Platform (HGMP)"),
        ("Secrétariat de la HGMP", "Horn-Gulf Mobility Platform (HGMP)"),
        ("HGMP Office, Djibouti", "Horn-Gulf Mobility Platform (HGMP)"),
        ("HGMP", "Horn-Gulf Mobility Platform (HGMP)"),
        ("Horn-Gulf Mobility Platform", "Horn-Gulf Mobility Platform (HGMP)"),
        ("ATMS", "Association des Travailleurs Migrants (ATMS-Sfax)"),
        ("ATMS-Sfax", "Association des Travailleurs Migrants (ATMS-Sfax)"),
        ("Association des Travailleurs Migrants", "Association des Travailleurs Migrants (ATMS-Sfax)"),
        ("IMWRO", "مرصد العراق لحقوق العمال (IMWRO)"),
        ("مكتب IMWRO", "مرصد العراق لحقوق العمال (IMWRO)"),
        # another body, not the organisation's office: kept as written
        ("HGMP Youth Network", "HGMP Youth Network"),
        ("Horn-Gulf Mobility Platform (HGMP), Steering Board", "Horn-Gulf Mobility Platform (HGMP), Steering Board"),
    ],
)
def test_an_acronym_with_its_office_or_town_is_the_organisation(rules: ExtractRules, value: str, expected: str) -> None:
    acronyms = {"HGMP": "Horn-Gulf Mobility Platform", "ATMS-Sfax": "Association des Travailleurs Migrants",
                "IMWRO": "مرصد العراق لحقوق العمال"}
    assert expand(value, acronyms, rules) == expected


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        ("en", "Dear colleagues,\n\nFurther to our letter, the Secretariat of the Horn-Gulf Mobility Platform (HGMP) "
               "shared its delegation last week.\n\nWe would now like Mr. Tesfaldet Gebremariam, our Data and Research "
               "Associate, to take the floor in Roundtable 2.\n\nBest regards,\n\nNasra Farah\nCoordinator, HGMP Secretariat\n"
               "Djibouti | +253 21 35 47 80\n", "Horn-Gulf Mobility Platform (HGMP)"),
        ("fr", "Bonjour,\n\nAu nom de l'Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax), nous "
               "souhaitons proposer notre vice-présidente, Mme Awa Fofana Koné, comme rapporteuse.\n\nMerci,\n\n"
               "Jean Mensah\nPrésident, ATMS-Sfax\n",
         "Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax)"),
    ],
)
def test_the_organisation_is_written_in_its_fullest_form(rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = _run(_mail(body), rules, language=language).speakers
    assert speakers[-1].affiliation == affiliation


# ---------------------------------------------------------------------------------------------
# A town or country after the organisation: an address once the name is closed, part of the name inside it


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Somali Youth Network on Migration (SYNM) in Hargeisa", "Somali Youth Network on Migration (SYNM)"),
        ("Bangladesh Migrant Workers Forum (BMWF), Dhaka", "Bangladesh Migrant Workers Forum (BMWF)"),
        ("Bangladesh Migrant Workers Forum (BMWF), Dhaka, Bangladesh", "Bangladesh Migrant Workers Forum (BMWF)"),
        ("Bangladesh Migrant Workers Forum, Dhaka", "Bangladesh Migrant Workers Forum"),
        ("Réseau Sahel Migrations (RSM) à Niamey", "Réseau Sahel Migrations (RSM)"),
        ("Réseau Sahel Migrations (RSM) – Niamey", "Réseau Sahel Migrations (RSM)"),
        ("Gulf Domestic Workers Solidarity (GDWS), Dubai", "Gulf Domestic Workers Solidarity (GDWS)"),
        ("جمعية الأمل للمهاجرين (AMAL) في هرجيسا", "جمعية الأمل للمهاجرين (AMAL)"),
        # inside the name: kept
        ("Ethiopian Domestic Workers' Union in Jordan (EDWUJ)", "Ethiopian Domestic Workers' Union in Jordan (EDWUJ)"),
        ("Laboratoire Mobilités (LM) de l'Université de Sfax", "Laboratoire Mobilités (LM) de l'Université de Sfax"),
        ("Centre for Migration Studies (CMS), Nile Valley University", "Centre for Migration Studies (CMS), Nile Valley University"),
        ("UN Women, Jordan Country Office", "UN Women, Jordan Country Office"),
        ("رابطة العمال السودانيين بالقاهرة", "رابطة العمال السودانيين بالقاهرة"),
        ("جمعية النساء العاملات في الأردن", "جمعية النساء العاملات في الأردن"),
    ],
)
def test_a_place_after_the_organisation(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ministry of Labour / Directorate of Migrant Workers", "Ministry of Labour / Directorate of Migrant Workers"),
        ("Ministère du Travail – Direction de l'Emploi", "Ministère du Travail – Direction de l'Emploi"),
        ("وزارة العمل / مديرية شؤون العمال الوافدين", "وزارة العمل / مديرية شؤون العمال الوافدين"),
        ("وزارة العمل - إدارة العمالة الوافدة", "وزارة العمل - إدارة العمالة الوافدة"),
        ("Ministry of Labour - Amman", "Ministry of Labour"),
    ],
)
def test_a_unit_of_a_body_after_a_slash_or_dash(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(
    ("seg", "kind"),
    [
        ("Gulf Domestic Workers Solidarity (GDWS)", "org"),
        ("United Nations Joint Programme on Migration and Cities (UN-JPMC)", "org"),
        ("Senior Researcher (SOMD)", "title"),
        ("Migration and Urban Inclusion Unit", "unknown"),
    ],
)
def test_a_name_closed_by_its_acronym_is_an_organisation(rules: ExtractRules, seg: str, kind: str) -> None:
    assert phrase_kind(seg, rules) == kind


@pytest.mark.parametrize(
    ("language", "line", "title", "affiliation"),
    [
        ("en", "Yousef Al-Amin - field coordinator, Gulf Domestic Workers Solidarity (GDWS), Dubai", "field coordinator",
         "Gulf Domestic Workers Solidarity (GDWS)"),
        ("en", "Yousef Al-Amin\nField Coordinator | Gulf Domestic Workers Solidarity (GDWS) | Dubai", "Field Coordinator",
         "Gulf Domestic Workers Solidarity (GDWS)"),
        ("fr", "Awa Koné, chargée de plaidoyer, Entraide Sahel Solidarité (ESS), Niamey", "chargée de plaidoyer",
         "Entraide Sahel Solidarité (ESS)"),
    ],
)
def test_a_closing_line_with_an_organisation_closed_by_its_acronym(
        rules: ExtractRules, language: str, line: str, title: str, affiliation: str) -> None:
    body = {"en": "Hi\nCount me in for roundtable 4 pls.\n", "fr": "Bonjour\nJe voudrais intervenir à la table ronde 4.\n"}[language]
    sender = line.split(" - ")[0].split(",")[0].split("\n")[0]
    (s,) = _run(_mail(body + line + "\nThx\n\nSent from my iPhone\n", from_=f"{sender} <x@example.org>"), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


# ---------------------------------------------------------------------------------------------
# Tables: a table with no organisation column lists the sender's own people


def test_a_table_without_an_organisation_column_lists_the_senders_people(rules: ExtractRules) -> None:
    html = ("<p>Greetings from the Arab Federation of Transport Workers' Unions (AFTWU).</p>"
            "<p>Our Executive Bureau has designated the following comrades:</p>"
            "<table><tr><td>Nominee</td><td>Position</td><td>Requested session</td></tr>"
            "<tr><td>Mr. Nabil Haddad</td><td>Deputy General Secretary</td><td>Plenary session</td></tr>"
            "<tr><td>Ms. Rania Khouri</td><td>Head of the Migrant Workers' Desk</td><td>Roundtable 1</td></tr></table>"
            "<p>In solidarity,</p><p>Tarek Mouawad<br>Communications Officer<br>AFTWU General Secretariat<br>Beirut</p>")
    text = ("Greetings from the Arab Federation of Transport Workers' Unions (AFTWU).\n\nOur Executive Bureau has designated "
            "the following comrades:\n\nNominee\tPosition\tRequested session\nMr. Nabil Haddad\tDeputy General Secretary\t"
            "Plenary session\nMs. Rania Khouri\tHead of the Migrant Workers' Desk\tRoundtable 1\n\nIn solidarity,\n\n"
            "Tarek Mouawad\nCommunications Officer\nAFTWU General Secretariat\nBeirut\n")
    speakers = _run(_mail(text, from_="AFTWU Secretariat <s@aftwu.example.org>", html=html), rules).speakers
    assert [(s.name, s.affiliation) for s in speakers] == [
        ("Nabil Haddad", "Arab Federation of Transport Workers' Unions (AFTWU)"),
        ("Rania Khouri", "Arab Federation of Transport Workers' Unions (AFTWU)"),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Somali Youth Network on Migration (SYNM) in Hargeisa", "Somali Youth Network on Migration (SYNM)"),
        ("the Somali Youth Network on Migration (SYNM) in Hargeisa", "Somali Youth Network on Migration (SYNM)"),
        ("Somali Youth Network on Migration (SYNM) à Bosaso", "Somali Youth Network on Migration (SYNM)"),
        ("Somali Youth Network on Migration (SYNM) in Somaliland and Puntland",
         "Somali Youth Network on Migration (SYNM) in Somaliland and Puntland"),
        ("Somali Youth Network on Migration (SYNM) de l'Université de Hargeisa",
         "Somali Youth Network on Migration (SYNM) de l'Université de Hargeisa"),
    ],
)
def test_the_fullest_form_stops_before_the_town(rules: ExtractRules, value: str, expected: str) -> None:
    assert expand(value, {"SYNM": "Somali Youth Network on Migration"}, rules) == expected


def test_a_table_from_a_person_names_no_organisation(rules: ExtractRules) -> None:
    html = ("<p>I would like to propose myself and a friend:</p>"
            "<table><tr><td>Name</td><td>Position</td><td>Session</td></tr>"
            "<tr><td>Ms. Dina Farah</td><td>Independent researcher</td><td>Plenary</td></tr></table><p>Dina</p>")
    text = "I would like to propose myself and a friend:\n\nName\tPosition\tSession\nMs. Dina Farah\tIndependent researcher\tPlenary\n\nDina\n"
    (s,) = _run(_mail(text, from_="Dina Farah <dina@gmail.example.com>", html=html), rules).speakers
    assert (s.name, s.affiliation) == ("Dina Farah", None)


# ---------------------------------------------------------------------------------------------
# A signature in another language than the body, whose name opens with a word that is also a title ("أمينة")


@pytest.mark.parametrize(
    ("language", "body", "block", "name", "title", "affiliation"),
    [
        ("fr", "Je souhaiterais prendre part à la discussion ouverte du 23 février.\n\nBien cordialement,\n",
         "--\nأمينة بلقاسم\nرئيسة جمعية التضامن مع المهاجرين\nوهران - الجزائر\n", "أمينة بلقاسم", "رئيسة",
         "جمعية التضامن مع المهاجرين"),
        ("en", "I would like to speak in the open discussion.\n\nRegards,\n",
         "--\nأمين الساعدي\nمدير مركز دراسات الهجرة\n", "أمين الساعدي", "مدير", "مركز دراسات الهجرة"),
        ("ar", "أرغب في المشاركة في النقاش المفتوح.\n\nمع التحية،\n",
         "أمينة عبد الله\nمنسقة البرامج\nشبكة المهاجرات العربيات\n", "أمينة عبد الله", "منسقة البرامج", "شبكة المهاجرات العربيات"),
    ],
)
def test_a_signature_name_that_opens_with_a_title_word(
        rules: ExtractRules, language: str, body: str, block: str, name: str, title: str, affiliation: str) -> None:
    (s,) = _run(_mail(body + "\n" + block, from_="Amina B <a@gmail.example.com>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == (name, title, affiliation)


@pytest.mark.parametrize(
    "line", ["الأمانة الفنية", "إدارة التعاون الدولي", "مكتب العلاقات الدولية", "Office of the Chairperson",
             "Secretariat Team", "Direction de la Coopération", "وحدة الاتصال"],
)
def test_an_office_signing_is_no_person(rules: ExtractRules, line: str) -> None:
    assert name_like(line, rules) == (None, None)


@pytest.mark.parametrize("line", ["وآسفين ع الإزعاج 🙏", "Merci encore ☺", "Thanks So Much 🙂", "Karim ★ Haddad"])
def test_a_line_with_an_emoji_or_symbol_is_no_name(rules: ExtractRules, line: str) -> None:
    assert name_like(line, rules) == (None, None)


def test_near_miss_a_plain_name_beside_them_is_a_name(rules: ExtractRules) -> None:
    assert name_like("Karim Haddad", rules) == (None, "Karim Haddad")


# ---------------------------------------------------------------------------------------------
# A value that runs on into the next line's role label ("FMWN-Gulf Plenary intervention: Prof. X")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("FMWN-Gulf Plenary intervention", "FMWN-Gulf"),
        ("Gulf Labour Watch (GLW) Roundtable 3", "Gulf Labour Watch (GLW)"),
        ("Réseau Sahel Migrations Table ronde 2", "Réseau Sahel Migrations"),
        ("Réseau Sahel Migrations Intervention en plénière", "Réseau Sahel Migrations"),
        ("Arab Workers Forum Rapporteur", "Arab Workers Forum"),
        ("Arab Workers Forum Open discussion", "Arab Workers Forum"),
        # a role word inside the name of a body is kept
        ("Open Discussion Forum", "Open Discussion Forum"),
        ("Migration Roundtable Network", "Migration Roundtable Network"),
        ("Women's Plenary Assembly", "Women's Plenary Assembly"),
    ],
)
def test_a_value_stops_before_a_role_label(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


def test_a_role_line_after_a_person_line_does_not_join_the_organisation(rules: ExtractRules) -> None:
    body = ("Dear Colleagues,\n\nWarm greetings from the Gulf Migrant Domestic Workers Alliance (GMDWA-Gulf)!\n\n"
            "We would like to put forward the following:\n\n"
            "Rapporteur: Ms. Rosa Lim, Secretary-General, GMDWA-Gulf\n"
            "Plenary intervention: Prof. Ramon Cruz, Senior Fellow, Institute for Labour Studies (ILS)\n\nThank you!\n")
    speakers = _run(_mail(body), rules).speakers
    assert speakers[0].affiliation == "Gulf Migrant Domestic Workers Alliance (GMDWA-Gulf)"


# ---------------------------------------------------------------------------------------------
# An organisation named in full once, then by its head noun or the office of it


NAMES = ["الهيئة الوطنية لحقوق الإنسان والمظالم", "National Commission for Human Rights and Migrant Welfare (NCHRMW)",
         "اللجنة الوطنية لمكافحة الاتجار", "اللجنة الوطنية لمكافحة الاتجار بالأشخاص", "Office of the Chairperson"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("بالهيئة", NAMES[0]),
        ("الهيئة", NAMES[0]),
        ("the Commission", NAMES[1]),
        ("la Commission", NAMES[1]),
        ("Commission", NAMES[1]),
        ("للجنة", NAMES[3]),
        ("الأمانة الفنية للجنة", NAMES[3]),
        ("the Secretariat of the Commission", NAMES[1]),
        # no organisation of that kind written in full, or a name of its own: not a reference
        ("the Network", None),
        ("المؤسسة", None),
        ("Caritas", None),
        ("Commission des droits de l'homme", None),
    ],
)
def test_a_reference_to_an_organisation_named_in_full(rules: ExtractRules, value: str, expected: str | None) -> None:
    assert referent(value, NAMES, rules) == expected


def test_a_reference_with_two_organisations_of_that_kind_is_left(rules: ExtractRules) -> None:
    assert referent("the Commission", ["National Commission for Human Rights", "Economic Commission for Africa"], rules) is None


# ---------------------------------------------------------------------------------------------
# An acronym that leaves one capitalised word of its name out: a country after a dash, a noun inside


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("the National Confederation of Free Labour Unions – Jordan (NCFLU) is pleased", "NCFLU",
         "National Confederation of Free Labour Unions – Jordan"),
        ("on behalf of the Union of West African Migrant Workers in Morocco (UWAMM). We", "UWAMM",
         "Union of West African Migrant Workers in Morocco"),
        ("la Fédération Nationale des Travailleurs Domestiques - Maroc (FNTD) souhaite", "FNTD",
         "Fédération Nationale des Travailleurs Domestiques - Maroc"),
        ("l'Union des Travailleurs Migrants Subsahariens en Tunisie (UTMT) propose", "UTMT",
         "Union des Travailleurs Migrants Subsahariens en Tunisie"),
        ("Réseau Euro-Méditerranéen des Droits Humains | Tunisie (REMDH)", "REMDH",
         "Réseau Euro-Méditerranéen des Droits Humains | Tunisie"),
        ("نيابة عن Arab Network for Migrant Domestic Workers Rights (ANMDR)،", "ANMDR",
         "Arab Network for Migrant Domestic Workers Rights"),
    ],
)
def test_an_acronym_may_leave_one_word_out(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


@pytest.mark.parametrize(
    "text",
    [
        # two words left out, a lower-case word left out, or a short acronym: not spelled out
        "the Union of West African Domestic Migrant Workers in Morocco (UWAMM) is",
        "we are proud members since today (WAPM)",
        "Gulf Labour Watch Bahrain (GLW)",
        # a word between little words is part of what the letters spell
        "Fédération Malienne des Migrants de Retour et de la Diaspora (FMMD)",
        "the Arab Network for the Rights of Domestic Workers (ANDW) is",
        # after a dash, only a country or town is left out
        "Gulf Migrant Workers Network – Solidarity (GMWN)",
    ],
)
def test_an_acronym_leaves_out_no_more(rules: ExtractRules, text: str) -> None:
    assert spelled_acronyms(text, rules) == {}


# ---------------------------------------------------------------------------------------------
# A country after a dash inside a name its acronym closes; a tab ends a value (a table typed as text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("National Confederation of Free Labour Unions – Jordan (NCFLU)",
         "National Confederation of Free Labour Unions – Jordan (NCFLU)"),
        ("Fédération Nationale des Travailleurs Domestiques - Maroc (FNTD)",
         "Fédération Nationale des Travailleurs Domestiques - Maroc (FNTD)"),
        ("Syndicat des Travailleurs Migrants | Liban (STML)", "Syndicat des Travailleurs Migrants | Liban (STML)"),
        ("الاتحاد العام لنقابات العمال – الأردن (GFJTU)", "الاتحاد العام لنقابات العمال – الأردن (GFJTU)"),
        # the country after the name closed by its acronym, or with no acronym: an address
        ("Fédération Nationale des Travailleurs Domestiques (FNTD) - Maroc", "Fédération Nationale des Travailleurs Domestiques (FNTD)"),
        ("National Confederation of Free Labour Unions – Jordan", "National Confederation of Free Labour Unions"),
        ("Migrant Workers’ Desk\t\t\tFloor intervention", "Migrant Workers’ Desk"),
        ("Association Amal\tTable ronde 2", "Association Amal"),
        ("جمعية الأمل للمهاجرين\t\tمداخلة في الجلسة العامة", "جمعية الأمل للمهاجرين"),
    ],
)
def test_a_country_inside_the_name_and_a_tab_after_it(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("en", "Nour Hamdan\nInternational Relations Officer\nNational Confederation of Free Labour Unions – Jordan (NCFLU)\n"
               "Tel: +962 6 465 2281 | Mobile: +962 79 552 0417\nAmman – Jordan\n",
         "National Confederation of Free Labour Unions – Jordan (NCFLU)"),
        ("fr", "Nadia Berrada\nChargée de plaidoyer\nFédération Nationale des Travailleurs Domestiques - Maroc (FNTD)\nRabat\n",
         "Fédération Nationale des Travailleurs Domestiques - Maroc (FNTD)"),
        ("ar", "سامي داود\nمسؤول العلاقات الدولية\nالاتحاد العام لنقابات العمال – الأردن (GFJTU)\nعمّان\n",
         "الاتحاد العام لنقابات العمال – الأردن (GFJTU)"),
    ],
)
def test_a_signature_organisation_with_its_country_inside(
        rules: ExtractRules, language: str, block: str, affiliation: str) -> None:
    s = _signed(rules, language, block)
    assert s.affiliation == affiliation


# ---------------------------------------------------------------------------------------------
# A signature line about the organisation (its partner, network, membership) is not a unit of it


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("en", "Dr. Leila Fares\nSenior Research Fellow\nArab Centre for Labour Market Statistics (ACLMS)\n"
               "Implementing partner of the UN Economic and Social Commission for Western Asia\nBeirut, Lebanon\n",
         "Arab Centre for Labour Market Statistics (ACLMS)"),
        ("en", "Omar Haddad\nProgramme Officer\nGulf Labour Watch\nmember of the Global Alliance Against Forced Labour\n",
         "Gulf Labour Watch"),
        ("fr", "Awa Koné\nChargée de mission\nObservatoire Sahélien des Migrations\nMembre du Réseau Euro-Méditerranéen des Droits\n",
         "Observatoire Sahélien des Migrations"),
        ("fr", "Karim Ben Salah\nResponsable juridique\nAssociation Tunisienne d'Aide aux Migrants\n"
               "Partenaire de l'Organisation internationale du Travail\n", "Association Tunisienne d'Aide aux Migrants"),
        ("ar", "سلمى الحسيني\nمسؤولة البرامج\nجمعية التضامن مع المهاجرين\nعضو في الشبكة العربية للهجرة والتنمية\n",
         "جمعية التضامن مع المهاجرين"),
        ("ar", "هدى الشامي\nباحثة\nمرصد العمل العربي\nشريك تنفيذي لمنظمة العمل الدولية\n", "مرصد العمل العربي"),
        # a unit over the body it belongs to is still one affiliation
        ("en", "Omar Haddad\nResearch Fellow\nGraduate Institute of Migration\nGulf Coast University\n",
         "Graduate Institute of Migration, Gulf Coast University"),
        ("fr", "Awa Koné\nDoctorante\nLaboratoire Mobilités et Territoires\nUniversité de Sfax\n",
         "Laboratoire Mobilités et Territoires, Université de Sfax"),
        ("ar", "سامر عبد الله\nباحث\nمركز دراسات الهجرة\nجامعة الأطلس\n", "مركز دراسات الهجرة بجامعة الأطلس"),
    ],
)
def test_a_line_about_the_organisation_is_not_part_of_it(
        rules: ExtractRules, language: str, block: str, affiliation: str) -> None:
    asks = {"en": "I would like to serve as rapporteur.\n\nWith best regards,\n",
            "fr": "Je souhaite être rapporteuse.\n\nCordialement,\n",
            "ar": "أرغب في المشاركة في الجلسة العامة.\n\nمع التحية،\n"}
    s = _signed(rules, language, block, asks)
    assert s.affiliation == affiliation


# ---------------------------------------------------------------------------------------------
# A closing block signed by an office of the organisation, with no person's name


@pytest.mark.parametrize(
    ("language", "closing", "affiliation"),
    [
        ("en", "With highest consideration,\n\nOffice of the Chairperson\nNational Commission for Human Rights\nDoha\n",
         "National Commission for Human Rights"),
        ("en", "Best regards,\n\nGeneral Secretariat\nArab Federation of Transport Workers' Unions\nBeirut, Lebanon\n",
         "Arab Federation of Transport Workers' Unions"),
        ("en", "Regards,\n\nExecutive Office | Gulf Labour Watch\n", "Gulf Labour Watch"),
        ("fr", "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nBureau du Président\n"
               "Conseil National des Droits de l'Homme\nRabat\n", "Conseil National des Droits de l'Homme"),
        ("fr", "Cordialement,\n\nSecrétariat général\nFédération des Associations de Migrants\nTunis\n",
         "Fédération des Associations de Migrants"),
        ("ar", "وتفضلوا بقبول فائق الاحترام،\n\nمكتب الرئيس\nاللجنة الوطنية لحقوق الإنسان\nالدوحة\n",
         "اللجنة الوطنية لحقوق الإنسان"),
        ("ar", "مع التحية،\n\nالأمانة العامة\nاتحاد نقابات العمال العرب\nبيروت\n", "اتحاد نقابات العمال العرب"),
    ],
)
def test_an_office_signs_for_its_organisation(rules: ExtractRules, language: str, closing: str, affiliation: str) -> None:
    body = {"en": "Please be informed that the Chairperson will be represented at the plenary session by Dr. Mariam "
                  "Al-Sulaiti.\n\n",
            "fr": "Le Président sera représenté en séance plénière par Mme Nadia Berrada.\n\n",
            "ar": "نحيطكم علماً بأن الرئيس سيمثله في الجلسة العامة الدكتور سامي داود.\n\n"}[language]
    parts = carry_forward(split(body + closing), "Nomination")
    sig = read_signature(parts, rules)
    assert (sig.name, sig.affiliation) == (None, affiliation)


# ---------------------------------------------------------------------------------------------
# An acronym whose letters come in another order than the words (joined words swapped): still the name it closes


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("The Horn of Africa Migrant and Refugee Women's Union (HARMWU) would like to", "HARMWU",
         "Horn of Africa Migrant and Refugee Women's Union"),
        ("on behalf of the Gulf Forum for Labour and Migration Rights (GFMLR), we", "GFMLR",
         "Gulf Forum for Labour and Migration Rights"),
        ("le Réseau des Femmes Migrantes et Réfugiées du Maghreb (RFRMM) souhaite", "RFRMM",
         "Réseau des Femmes Migrantes et Réfugiées du Maghreb"),
        ("l'Observatoire Tunisien des Droits et Libertés des Migrants (OTLDM) propose", "OTLDM",
         "Observatoire Tunisien des Droits et Libertés des Migrants"),
        ("نيابة عن Arab Women Migrant and Refugee Network (AWRMN)، نرشح", "AWRMN", "Arab Women Migrant and Refugee Network"),
    ],
)
def test_an_acronym_in_another_order(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    found = spelled_acronyms(text, rules)
    assert found[acronym] == full
    assert expand(full, found, rules) == f"{full} ({acronym})"
    assert expand(acronym, found, rules) == f"{full} ({acronym})"


@pytest.mark.parametrize(
    "text",
    [
        "the Organisation Internationale pour les Migrations (IOM) said",  # the first letter differs
        "we met the Labour Ministry and the Gulf Forum today (GFLM)",  # a lower-case word ends the run
        "the Women Union, Refugee and Migrant (MRWU) members",  # a comma ends the run before the letters are all found
    ],
)
def test_an_acronym_in_another_order_needs_all_its_letters(rules: ExtractRules, text: str) -> None:
    assert spelled_acronyms(text, rules) == {}


# ---------------------------------------------------------------------------------------------
# A value that runs on into the list of speakers it is to join ("X among the speakers", "ضمن المتحدثين")


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("We kindly ask you to include Ms. Hala Nasser from the Migrant Women Forum among the speakers of Roundtable 2.",
         "Migrant Women Forum"),
        ("Please list Dr. Omar Saleh from the Arab Migration Network amongst the panellists for the open discussion.",
         "Arab Migration Network"),
        ("Please add Mr. Tariq Aziz of Gulf Labour Watch as a speaker in the plenary.", "Gulf Labour Watch"),
        ("Merci d'inscrire Mme Awa Diallo de l'Association Jeunesse Migrante parmi les intervenants de la table ronde 2.",
         "Association Jeunesse Migrante"),
        ("Veuillez ajouter Mme Leila Amrani du Réseau Sahel au nombre des orateurs de la plénière.", "Réseau Sahel"),
        ("Nous proposons M. Karim Benali, de la Fondation Horizons, comme intervenant en plénière.", "Fondation Horizons"),
        ("نرجو إدراج السيدة هديل النجار من جمعية سنابل الساحل لتنمية المرأة ضمن المتحدثين في المائدة المستديرة الثانية.",
         "جمعية سنابل الساحل لتنمية المرأة"),
        ("يرجى إضافة السيد خالد العمري من جمعية الأمل للتنمية كمتحدث في الجلسة العامة.", "جمعية الأمل للتنمية"),
        ("نقترح الأستاذة سلمى يوسف من مؤسسة الغد ضمن قائمة المتحدثات في النقاش المفتوح.", "مؤسسة الغد"),
        ("نرجو تسجيل د. نادر سليم عن منتدى المهاجرين بين المتحدثين في الجلسة العامة.", "منتدى المهاجرين"),
    ],
)
def test_a_value_ends_before_the_speakers_list(rules: ExtractRules, sentence: str, affiliation: str) -> None:
    (s,) = _run(_mail(f"Hello,\n\n{sentence}\n\nThanks,\nSomeone\n"), rules).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Migrant Women Forum among the Speakers", "Migrant Women Forum"),
        ("Réseau Sahel parmi les intervenantes", "Réseau Sahel"),
        ("جمعية سنابل الساحل ضمن لائحة المتحدثات", "جمعية سنابل الساحل"),
        ("من جمعية الأمل للتنمية", "جمعية الأمل للتنمية"),
        # a speaker word inside a name, not after a link word, stays
        ("Speakers' Bureau of the Arab Youth Forum", "Speakers' Bureau of the Arab Youth Forum"),
        ("منتدى المشاركة المجتمعية", "منتدى المشاركة المجتمعية"),
        ("من أجل الهجرة", "من أجل الهجرة"),
    ],
)
def test_cleaning_a_value_before_the_speakers_list(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


# ---------------------------------------------------------------------------------------------
# A speaker written as a block under the line that announces them (name, then title and organisation lines)

_SENDER_BLOCK = "\n\nBest regards,\nMaria Lopez\nAssistant\nSome Org Network\n"


@pytest.mark.parametrize(
    ("body", "name", "title", "affiliation"),
    [
        ("The Horn of Africa Women's Union (HAWU) would like a floor intervention in Roundtable 2.\n\nOur speaker would be:\n"
         "Senait Gebremedhin\nFounder and Coordinator, HAWU\n\nShe will speak on the situation of women.",
         "Senait Gebremedhin", "Founder and Coordinator", "Horn of Africa Women's Union (HAWU)"),
        ("We would like to take the floor in the plenary. We propose the following speaker:\n\nDr. Amal Haddad\n"
         "Senior Researcher\nLebanese Centre for Migration Studies\n",
         "Amal Haddad", "Senior Researcher", "Lebanese Centre for Migration Studies"),
        ("We wish to join the open discussion. Speaker:\nJohn Okello\nProgramme Officer | Uganda Migrants Network\n",
         "John Okello", "Programme Officer", "Uganda Migrants Network"),
        ("Nous souhaitons intervenir en plénière. Notre intervenante sera :\nMme Fatou Ndiaye\nChargée de plaidoyer\n"
         "Association des Femmes Migrantes du Sénégal\n",
         "Fatou Ndiaye", "Chargée de plaidoyer", "Association des Femmes Migrantes du Sénégal"),
        ("Nous souhaitons intervenir à la table ronde 3. L'intervenant propose est le suivant :\nKarim Mansouri\n"
         "president - Reseau Migration Tunisie\n",
         "Karim Mansouri", "president", "Reseau Migration Tunisie"),
        ("نرغب في المشاركة في الجلسة العامة. المتحدث المقترح:\nالدكتور سامي الخطيب\nمدير البرامج\nمركز دراسات الهجرة\n",
         "سامي الخطيب", "مدير البرامج", "مركز دراسات الهجرة"),
        ("نود المشاركة في النقاش المفتوح، وستكون متحدثتنا:\n\nليلى حسن، منسقة المشاريع\nجمعية النساء العاملات\n",
         "ليلى حسن", "منسقة المشاريع", "جمعية النساء العاملات"),
    ],
)
def test_a_speaker_block_under_its_announcement(rules: ExtractRules, body: str, name: str, title: str, affiliation: str) -> None:
    (s,) = _run(_mail(f"Hello,\n\n{body}{_SENDER_BLOCK}", from_="Maria Lopez <m@example.org>"), rules).speakers
    assert (s.name, s.title, s.affiliation) == (name, title, affiliation)


def test_speaker_blocks_one_after_another(rules: ExtractRules) -> None:
    body = ("We would like to take the floor in Roundtable 1. Our speakers:\n\nAli Hassan\nDirector\nSudan Migrant Network\n\n"
            "Mona Idris\nLegal Officer, Sudan Migrant Network\n")
    speakers = _run(_mail(f"Hello,\n\n{body}{_SENDER_BLOCK}", from_="Maria Lopez <m@example.org>"), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("Ali Hassan", "Director", "Sudan Migrant Network"), ("Mona Idris", "Legal Officer", "Sudan Migrant Network")]


@pytest.mark.parametrize(
    "body",
    [
        # a contact, not a speaker
        "I would like to speak in the plenary. For any question, please contact:\nJohn Okello\nProgramme Officer\nUganda Migrants Network\n",
        # a heading over labelled lines is read by the labels
        "Our speaker:\nFirst speaker\nName: Maria Lopez\nTitle: Assistant\n",
    ],
)
def test_a_block_that_is_no_speaker_announced(rules: ExtractRules, body: str) -> None:
    speakers = _run(_mail(f"Hello,\n\n{body}{_SENDER_BLOCK}", from_="Maria Lopez <m@example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Maria Lopez"]


@pytest.mark.parametrize(
    "rows",
    [
        [["Name", "Organisation", "Role"], ["Ms. Salma Idrissi", "Réseau Sahel Migrations : table ronde 2", "Plénière"]],
        [["Nom", "Organisation", "Rôle"], ["Mme Salma Idrissi", "Réseau Sahel Migrations : table ronde 2", "Plénière"]],
        [["Name", "Ms. Salma Idrissi"], ["Organisation", "Réseau Sahel Migrations : table ronde 2"], ["Role", "Plénière"]],
    ],
)
def test_a_table_row_keeps_the_roles_of_its_role_cell_and_of_its_other_cells(rules: ExtractRules, rows: list[list[str]]) -> None:
    # the role cell and what the organisation cell says after a colon both state roles: they are joined, not overwritten
    (c,) = table_speakers(rows, rules, "table")
    assert (c.name, c.affiliation) == ("Salma Idrissi", "Réseau Sahel Migrations")
    assert c.role_text == "Plénière table ronde 2"
    assert roles_stated(c.role_text, rules, ()) == (("plenary", "roundtable"), 2)


@pytest.mark.parametrize(
    ("rows", "title"),
    [
        ([["Name", "Organisation", "Role"], ["Omar Said", "Migrant Forum Asia", "Director"]], "Director"),
        ([["Name", "Omar Said"], ["Organisation", "Migrant Forum Asia"], ["Role", "Director"]], "Director"),
        ([["Nom", "Organisation", "Rôle"], ["Omar Said", "Forum des migrants", "coordinateur du plaidoyer"]],
         "coordinateur du plaidoyer"),
        ([["الاسم", "الجهة", "الدور"], ["عمر سعيد", "منتدى المهاجرين", "مدير البرامج"]], "مدير البرامج"),
    ],
)
def test_a_role_cell_that_names_a_job_is_the_title_and_states_no_role(rules: ExtractRules, rows: list[list[str]],
                                                                      title: str) -> None:
    (c,) = table_speakers(rows, rules, "table")
    assert (c.title, c.role_text) == (title, "")


def test_the_speaker_list_words_are_read_from_the_rules(rules: ExtractRules) -> None:
    # an operator adds a word for speakers to rules/extract.toml: a value that runs on into it ends there
    assert clean_value("Migrant Forum Asia as keynote", rules) == "Migrant Forum Asia as keynote"
    more = replace(rules, speaker_nouns=(*rules.speaker_nouns, "keynote"))
    assert clean_value("Migrant Forum Asia as keynote", more) == "Migrant Forum Asia"


# ---------------------------------------------------------------------------------------------
# A signature line "ACRONYM – Town": the organisation and its address, not an address alone


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("en", "Tarek Nasser\nProgramme Officer\nAMRN, Amman\n", "AMRN"),
        ("en", "Priya Raman\ncommunications officer\nESU | Beirut\n+961 1 555 0198\n", "ESU"),
        ("en", "Omar Haddad\nResearcher\nGCDW / Doha\n", "GCDW"),
        ("fr", "Rana Salameh\nChargée de communication\nMAKTD - Beyrouth\n", "MAKTD"),
        ("fr", "Karim Ben Salah\nresponsable juridique\nATMS – Sfax, Tunisie\n", "ATMS"),
        ("fr", "Nadia Belkacem\nmaitresse de conferences\nLAMISOM – Marseille\n06 55 41 27 90\n", "LAMISOM"),
        ("ar", "سارة يوسف\nمنسقة برامج\nIMWRO – أربيل\n", "IMWRO"),
        ("ar", "هدى الشامي\nباحثة\nAMRN، عمّان\n", "AMRN"),
        ("ar", "سامر عبد الله\nمنسق المشاريع\nGCDW | الدوحة\n", "GCDW"),
    ],
)
def test_an_acronym_with_its_town_is_the_organisation_line(rules: ExtractRules, language: str, block: str,
                                                          affiliation: str) -> None:
    assert _signed(rules, language, block).affiliation == affiliation


@pytest.mark.parametrize("line", ["Dubai, UAE", "Riyadh - KSA", "Amman, JO", "Beirut | LEBANON", "الرياض – KSA"])
def test_a_country_written_in_capitals_is_still_a_place(rules: ExtractRules, line: str) -> None:
    assert is_place(line, rules)


# ---------------------------------------------------------------------------------------------
# An acronym made of the first letters of its words rather than their initials


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("le Réseau Mauritanien Migration et Développement (REMMID) vous transmet", "REMMID",
         "Réseau Mauritanien Migration et Développement"),
        ("au Laboratoire Migrations et Sociétés Méditerranéennes (LAMISOM), où", "LAMISOM",
         "Laboratoire Migrations et Sociétés Méditerranéennes"),
        ("l'Association Marocaine d'Études et de Recherches sur les Migrations (AMERM) propose", "AMERM",
         "Association Marocaine d'Études et de Recherches sur les Migrations"),
        ("the Centre for Migration Studies (CEMIS) would like", "CEMIS", "Centre for Migration Studies"),
        ("on behalf of the Observatory of Migrant Labour Rights (OBMILAR),", "OBMILAR", "Observatory of Migrant Labour Rights"),
        ("نيابة عن Forum of Diaspora Entrepreneurs (FODEN)، نرشح", "FODEN", "Forum of Diaspora Entrepreneurs"),
    ],
)
def test_an_acronym_of_first_syllables(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    found = spelled_acronyms(text, rules)
    assert found[acronym] == full
    assert expand(acronym, found, rules) == f"{full} ({acronym})"


@pytest.mark.parametrize(
    "text",
    [
        "we met at the Migration Conference (MICO) last year",  # no organisation word opens the run
        "the Network, Migration and Development (NEMIDE) met",  # a comma ends the run
        "the network for migration and development (NEMIDE)",  # lower-case words name nothing
    ],
)
def test_first_syllables_need_a_capitalised_name_opened_by_an_organisation_word(rules: ExtractRules, text: str) -> None:
    assert "MICO" not in spelled_acronyms(text, rules) and "NEMIDE" not in spelled_acronyms(text, rules)


# ---------------------------------------------------------------------------------------------
# A signature's unit line over the line of the body it belongs to, that body's town after it


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("en", "Dr. Samir Haddad\nAssociate Professor\nDepartment of Sociology\nUniversity of Jordan – Amman, Jordan\n",
         "Department of Sociology, University of Jordan"),
        ("en", "Lina Saad\nResearch Fellow\nCentre for Refugee Studies\nYarmouk University, Irbid\n",
         "Centre for Refugee Studies, Yarmouk University"),
        ("fr", "Dr Samia Khelifi\nVice-doyenne\nFaculté de droit et des sciences politiques\nUniversité Ibn Rochd – Mostaganem, Algérie\n",
         "Faculté de droit et des sciences politiques, Université Ibn Rochd"),
        ("fr", "Karim Ben Salah\nchercheur\nInstitut de recherche sur le Maghreb\nUniversité de Tunis | Tunis\n",
         "Institut de recherche sur le Maghreb, Université de Tunis"),
        ("ar", "د. منى الخطيب\nأستاذة مساعدة\nكلية الحقوق\nجامعة الجزائر – الجزائر\n", "كلية الحقوق بجامعة الجزائر"),
        ("ar", "سامر عبد الله\nباحث\nمركز دراسات الهجرة\nجامعة اليرموك، إربد\n", "مركز دراسات الهجرة بجامعة اليرموك"),
        # a line that says what kind of body it is, under the body's name, is no parent body
        ("ar", "سمر نعمة\nمنسقة برامج\nمؤسسة بيت الرجاء للخدمة الاجتماعية\nمؤسسة كنسية غير ربحية – جونيه، لبنان\n",
         "مؤسسة بيت الرجاء للخدمة الاجتماعية"),
        # the same with the article on the line below: still a description of the foundation, not its parent
        ("ar", "سمر نعمة\nمنسقة برامج\nمؤسسة بيت الرجاء للخدمة الاجتماعية\nالمؤسسة الكنسية غير الربحية – جونيه، لبنان\n",
         "مؤسسة بيت الرجاء للخدمة الاجتماعية"),
        ("en", "Samar Nehme\nProgramme Coordinator\nHope House Foundation\nNon-Profit Church Foundation – Jounieh, Lebanon\n",
         "Hope House Foundation"),
        ("fr", "Karim Ben Salah\nchargé de projets\nAssociation Tunisienne d'Aide aux Migrants\n"
               "Association reconnue d'utilité publique | Tunis\n", "Association Tunisienne d'Aide aux Migrants"),
        # the organisation's own office below it is no parent body
        ("en", "Dr. Nadia Karrar\nSenior Adviser\nJoint Programme on Migration and Cities (JPMC)\nRegional Office for Arab States, Amman\n",
         "Joint Programme on Migration and Cities (JPMC)"),
    ],
)
def test_a_unit_over_its_body_and_town(rules: ExtractRules, language: str, block: str, affiliation: str) -> None:
    assert _signed(rules, language, block).affiliation == affiliation


@pytest.mark.parametrize(
    ("block", "affiliation"),
    [
        ("أمانة سر لجنة العمل والهجرة\nمجلس النواب – طبرق، ليبيا", "لجنة العمل والهجرة بمجلس النواب"),
        ("الأمانة الفنية للجنة الوطنية لشؤون اللاجئين\nوزارة الداخلية\nهاتف: 0096265000000", "اللجنة الوطنية لشؤون اللاجئين بوزارة الداخلية"),
        ("Secretariat of the Committee on Social Affairs\nNational Assembly, Amman", "Committee on Social Affairs, National Assembly"),
        ("General Secretariat of the Migrant Workers Committee\nGulf Trade Union Federation", "Migrant Workers Committee, Gulf Trade Union Federation"),
        ("Secrétariat de la Commission des affaires sociales\nAssemblée nationale – Nouakchott", "Commission des affaires sociales, Assemblée nationale"),
        ("secrétariat de l'Observatoire des migrations\nUniversité de Sfax", "Observatoire des migrations, Université de Sfax"),
        # an office of a person, not of a body, signs for the organisation below it
        ("Office of the Chairperson\nNational Commission for Human Rights\nDoha", "National Commission for Human Rights"),
        ("Bureau du Président\nConseil national des droits de l'homme", "Conseil national des droits de l'homme"),
        ("مكتب الرئيس\nالمجلس الوطني لحقوق الإنسان", "المجلس الوطني لحقوق الإنسان"),
    ],
)
def test_an_office_line_that_names_a_unit_of_the_body_below(rules: ExtractRules, block: str, affiliation: str) -> None:
    assert read_block(block.split("\n"), rules).affiliation == affiliation


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("للجنة الوطنية لشؤون اللاجئين", "اللجنة الوطنية لشؤون اللاجئين"),  # "ل" + "اللجنة": the alif drops before a lam
        ("للمجلس الوطني", "المجلس الوطني"),
        ("للهيئة العامة", "الهيئة العامة"),
        ("بالمجلس البلدي", "المجلس البلدي"),
        ("لاتحاد نقابات العمال", "اتحاد نقابات العمال"),
    ],
)
def test_an_arabic_affiliation_without_its_glued_preposition(rules: ExtractRules, value: str, expected: str) -> None:
    assert ar_unprefix(value, rules) == expected


# ---------------------------------------------------------------------------------------------
# The offices of a parliament, a council or a committee are job titles; a religious form of address is an honorific


@pytest.mark.parametrize(
    ("language", "block", "title", "affiliation"),
    [
        ("en", "Sara Malouf\nCouncillor\nTyre Municipality\n", "Councillor", "Tyre Municipality"),
        ("en", "Omar Khalil\nSenator\nSenate of Jordan\n", "Senator", "Senate of Jordan"),
        ("en", "Hana Odeh\nparliamentarian | National Assembly\n", "parliamentarian", "National Assembly"),
        ("fr", "Jeanne Ba\nDéputée\nAssemblée nationale\n", "Députée", "Assemblée nationale"),
        ("fr", "Jean Mbaye\nDéputé(e)\nAssemblée populaire nationale\n", "Député(e)", "Assemblée populaire nationale"),
        ("fr", "Fatou Diallo\nsenatrice - Senat du Senegal\n", "senatrice", "Senat du Senegal"),
        ("ar", "سارة منصور\nنائبة\nمجلس النواب\n", "نائبة", "مجلس النواب"),
        ("ar", "خالد عمر\nبرلماني – مجلس النواب\n", "برلماني", "مجلس النواب"),
        ("ar", "ليلى حسن\nبرلمانية\nمجلس الشعب\n", "برلمانية", "مجلس الشعب"),
    ],
)
def test_the_office_of_a_parliament_or_a_council_is_a_title(rules: ExtractRules, language: str, block: str, title: str,
                                                             affiliation: str) -> None:
    s = _signed(rules, language, block)
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("language", "block", "honorific", "name"),
    [
        ("fr", "Sœur Marie-Noëlle Rakotobe\nCoordinatrice\nService diocésain des migrants\n", "Sœur", "Marie-Noëlle Rakotobe"),
        ("fr", "soeur Claire Dubois\nResponsable, accueil des migrants\n", "soeur", "Claire Dubois"),
        ("fr", "Père Grégoire Mbemba\nDirecteur\nService diocésain de la pastorale des migrants\n", "Père", "Grégoire Mbemba"),
        ("en", "Sister Mary Okafor\nCoordinator\nMigrant Pastoral Centre\n", "Sister", "Mary Okafor"),
        ("en", "Father John Haddad\nDirector, Migrant Desk\nCaritas Network\n", "Father", "John Haddad"),
        ("ar", "الأب يوسف نصر\nمدير\nمركز رعاية المهاجرين\n", "الأب", "يوسف نصر"),
        ("ar", "الراهبة مريم خوري\nمنسقة\nجمعية رعاية المهاجرين\n", "الراهبة", "مريم خوري"),
    ],
)
def test_a_religious_form_of_address_is_an_honorific(rules: ExtractRules, language: str, block: str, honorific: str,
                                                     name: str) -> None:
    s = _signed(rules, language, block)
    assert (s.honorific, s.name) == (honorific, name)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("l'Observatoire", "Observatoire national des migrations"),
        ("Secrétariat de l’Observatoire", "Observatoire national des migrations"),
        ("l'Office de la Commission", "Commission nationale des droits de l'homme"),
        # the elided article opens an organisation's own name, not an office's: not a reference to the Commission
        ("l'Observatoire de la Commission", None),
    ],
)
def test_a_reference_written_with_an_elided_article(rules: ExtractRules, value: str, expected: str | None) -> None:
    names = ["Observatoire national des migrations", "Commission nationale des droits de l'homme"]
    assert referent(value, names, rules) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Uganda Migrant Workers Association - Oman Branch", "Uganda Migrant Workers Association - Oman Branch"),
        ("East Africa Workers Network – Gulf Chapter", "East Africa Workers Network – Gulf Chapter"),
        ("جمعية الهلال الأحمر العراقي – فرع البصرة", "جمعية الهلال الأحمر العراقي – فرع البصرة"),
        ("Uganda Migrant Workers Association - Muscat", "Uganda Migrant Workers Association"),  # a town alone is an address
    ],
)
def test_a_branch_named_after_its_place_belongs_to_the_body(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("UNHCR Country Office in Yemen", "UNHCR Country Office in Yemen"),
        ("IOM Office in Cairo", "IOM Office in Cairo"),
        ("Amel Association in Beirut", "Amel Association"),  # an organisation's own town is its address
    ],
)
def test_an_office_named_for_its_place_keeps_it(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The East Africa Migrant Workers Network - Gulf Chapter (EAMWN-Gulf) brings together associations.",
         {"EAMWN-Gulf": "East Africa Migrant Workers Network - Gulf Chapter"}),
        ("L'Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax) propose ...",
         {"ATMS-Sfax": "Association des Travailleurs Migrants Subsahariens de Sfax"}),
    ],
)
def test_an_acronym_closed_by_its_town_or_its_branch_there(rules: ExtractRules, text: str, expected: dict) -> None:
    assert spelled_acronyms(text, rules) == expected


@pytest.mark.parametrize(
    ("block", "title", "affiliation"),
    [
        ("يوسف الحربي\nنائب رئيس الاتحاد\nالاتحاد الإقليمي لنقابات العمال المهاجرين\n",
         "نائب رئيس الاتحاد", "الاتحاد الإقليمي لنقابات العمال المهاجرين"),
        ("منى خليل\nرئيسة الجمعية | جمعية التضامن مع المهاجرين\nهاتف: 0123456789\n",
         "رئيسة الجمعية", "جمعية التضامن مع المهاجرين"),
        ("د. سامي داود\nمنسق الشبكة، الشبكة العربية للهجرة والتنمية\n", "منسق الشبكة", "الشبكة العربية للهجرة والتنمية"),
        ("الأستاذة هالة يوسف\nمديرة المركز – مركز دراسات الهجرة\n", "مديرة المركز", "مركز دراسات الهجرة"),
    ],
)
def test_a_title_pointing_back_at_the_body_named_next_keeps_the_reference(
        rules: ExtractRules, block: str, title: str, affiliation: str) -> None:
    s = _signed(rules, "ar", block)
    assert (s.title, s.affiliation) == (title, affiliation)


def test_a_listed_speaker_whose_title_points_back_at_the_body_named_next(rules: ExtractRules) -> None:
    body = ("السادة المحترمون،\n\nنرشح للمشاركة في النقاش المفتوح:\n\n"
            "السيدة رغد سليمان الحديثي - نائبة رئيس الرابطة - رابطة الإعلاميين اليمنيين لقضايا الهجرة\n\nمع التحية،\nيوسف الحربي\n")
    (s,) = _run(_mail(body), rules, language="ar").speakers
    assert (s.title, s.affiliation) == ("نائبة رئيس الرابطة", "رابطة الإعلاميين اليمنيين لقضايا الهجرة")


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("ar", "م. رامي حداد\nرئيس قسم الهجرة\nمديرية الإحصاءات السكانية – فرع حلب\n0944 218 760\n",
         "مديرية الإحصاءات السكانية – فرع حلب"),
        ("ar", "سعاد علي\nمنسقة المشاريع\nإدارة شؤون اللاجئين - فرع البصرة\n", "إدارة شؤون اللاجئين - فرع البصرة"),
        ("ar", "هدى الشامي\nباحثة\nوزارة العمل / مديرية العمالة الوافدة\n", "وزارة العمل / مديرية العمالة الوافدة"),
        ("en", "Rami Haddad\nHead of Migration Statistics\nDirectorate of Population Statistics – Aleppo Branch\n",
         "Directorate of Population Statistics – Aleppo Branch"),
        ("en", "Lina Saad\nProgramme Officer\nDepartment of Labour | Irbid branch\n", "Department of Labour | Irbid branch"),
        ("en", "Omar Nasser\nanalyst\nMinistry of Labour - Migration Department\n", "Ministry of Labour - Migration Department"),
        ("fr", "Awa Kone\nChargee de mission\nDirection regionale de la statistique - antenne de Sfax\n",
         "Direction regionale de la statistique - antenne de Sfax"),
        ("fr", "Karim Ben Salah\nresponsable\nService des migrations – délégation de Sfax\n",
         "Service des migrations – délégation de Sfax"),
        ("fr", "Mme Salma Ouali\nCheffe de projet\nDépartement des statistiques | Délégation de Gabès\n",
         "Département des statistiques | Délégation de Gabès"),
    ],
)
def test_a_signature_unit_keeps_its_branch_or_unit_after_a_dash(rules: ExtractRules, language: str, block: str,
                                                                 affiliation: str) -> None:
    assert _signed(rules, language, block).affiliation == affiliation


# A body that no keyword names, then its branch after a dash, on the signature's line: the two are the organisation
# (the body alone is no title, and the branch alone no organisation)
@pytest.mark.parametrize(
    ("language", "block", "title", "affiliation"),
    [
        ("en", "Omar Khalil\nSudanese Red Crescent - Tripoli Branch\n", None, "Sudanese Red Crescent - Tripoli Branch"),
        ("en", "Omar Khalil\nProgramme Officer\nCaritas Levant – Irbid Branch\n", "Programme Officer",
         "Caritas Levant – Irbid Branch"),
        ("fr", "Nadia Ferjani\nChargée de mission\nTerre Solidaire - Section de Sfax\n", "Chargée de mission",
         "Terre Solidaire - Section de Sfax"),
        ("ar", "سامي داود\nمنسق المتطوعين\nالصليب الأحمر اللبناني - فرع طرابلس\n", "منسق المتطوعين",
         "الصليب الأحمر اللبناني - فرع طرابلس"),
    ],
)
def test_a_signature_keeps_the_branch_of_a_body_no_keyword_names(rules: ExtractRules, language: str, block: str,
                                                                 title: str | None, affiliation: str) -> None:
    sig = _signed(rules, language, block)
    assert (sig.title, sig.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("ar", "د. عبدالقادر ورسمي\nأستاذ مشارك\nكلية الحقوق – جامعة القرن الأفريقي للعلوم\n",
         "كلية الحقوق بجامعة القرن الأفريقي للعلوم"),
        ("ar", "سلمى يوسف\nباحثة\nمركز دراسات الهجرة | الجامعة الأردنية\n", "مركز دراسات الهجرة بالجامعة الأردنية"),
        ("ar", "عمر الحسن\nمدير\nمعهد الدراسات الاجتماعية - جامعة دمشق\n", "معهد الدراسات الاجتماعية بجامعة دمشق"),
        # (a dash on the line is kept as written, as the labels keep it; a bar is no punctuation of a name: a comma)
        ("en", "Dr. Omar Nasser\nAssociate Professor\nCentre for Refugee Studies – Gulf Coast University\n",
         "Centre for Refugee Studies – Gulf Coast University"),
        ("en", "Dina Farouk\nresearch associate\nInstitute of Migration Studies | University of Khartoum\n",
         "Institute of Migration Studies, University of Khartoum"),
        ("en", "Sam Odhiambo\nLecturer\nSchool of Law - University of Nairobi\n", "School of Law - University of Nairobi"),
        ("fr", "Pr Nassima Kaddour\nDirectrice\nLaboratoire Migrations et Sociétés – Université de Tlemcen\n",
         "Laboratoire Migrations et Sociétés – Université de Tlemcen"),
        ("fr", "Youssef Alami\nchercheur\nInstitut d'etudes africaines | Universite Mohammed V\n",
         "Institut d'etudes africaines, Universite Mohammed V"),
        ("fr", "Mme Awa Ba\nEnseignante\nEcole doctorale des sciences sociales - Université de Dakar\n",
         "Ecole doctorale des sciences sociales - Université de Dakar"),
    ],
)
def test_a_signature_unit_and_its_parent_body_on_one_line(rules: ExtractRules, language: str, block: str,
                                                          affiliation: str) -> None:
    assert _signed(rules, language, block).affiliation == affiliation


@pytest.mark.parametrize(
    ("block", "title", "affiliation"),
    [
        ("Dr Hawa Moussa Abdallah\nCheffe de projet, Département des statistiques démographiques\n"
         "Institut national de la statistique (INS)\nNouakchott - Mauritanie\n",
         "Cheffe de projet, Département des statistiques démographiques", "Institut national de la statistique (INS)"),
        ("Mme Awa Diop\ncheffe de service | departement des migrations\nAgence nationale de la statistique\n",
         "cheffe de service | departement des migrations", "Agence nationale de la statistique"),
        ("M. Karim Ba\nChef de division - Département du travail\nMinistère de l'Emploi\n",
         "Chef de division - Département du travail", "Ministère de l'Emploi"),
    ],
)
def test_a_french_department_after_the_title_stays_in_it(rules: ExtractRules, block: str, title: str,
                                                         affiliation: str) -> None:
    s = _signed(rules, "fr", block)
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        # a unit, then the body it belongs to, glued to "ب"
        ("تود لجنة حقوق المهاجرين بنقابة المحامين ترشيح الأستاذ عادل بن عمران للمداخلة في المائدة المستديرة الثانية.",
         "لجنة حقوق المهاجرين بنقابة المحامين"),
        ("يسر مركز الدراسات القانونية بجامعة القاهرة أن يرشح الدكتورة سلمى يوسف للمشاركة في الجلسة العامة.",
         "مركز الدراسات القانونية بجامعة القاهرة"),
        ("يتشرف معهد البحوث الاجتماعية بالجامعة الأردنية بترشيح السيدة منى خليل، للمشاركة في النقاش المفتوح.",
         "معهد البحوث الاجتماعية بالجامعة الأردنية"),
        # two nouns joined by "و" before the noun they both govern
        ("تتقدم جمعية شركات ومكاتب الاستقدام الأهلية بترشيح الأستاذ فيصل القحطاني للمشاركة في المائدة المستديرة الأولى.",
         "جمعية شركات ومكاتب الاستقدام الأهلية"),
        ("يسر اتحاد نقابات وجمعيات العمال المهاجرين أن يرشح السيدة منى خليل للمشاركة في الجلسة العامة.",
         "اتحاد نقابات وجمعيات العمال المهاجرين"),
        ("نرشح الأستاذ سامي داود عن شبكة منظمات وجمعيات المهاجرين للمشاركة في النقاش المفتوح.",
         "شبكة منظمات وجمعيات المهاجرين"),
        # what the organisation is proposed for, glued to "لل", is not part of its name
        ("نرشح الأخ عثمان إسحاق عن رابطة الشباب السودانيين في مصر للمشاركة في النقاش المفتوح.",
         "رابطة الشباب السودانيين في مصر"),
        ("نرشح السيدة هدى علي من جمعية الأمل للمداخلة في الجلسة العامة.", "جمعية الأمل"),
    ],
)
def test_an_arabic_organisation_named_in_the_proposing_sentence(rules: ExtractRules, sentence: str,
                                                                affiliation: str) -> None:
    body = f"السادة المحترمون،\n\n{sentence}\n\nمع التحية،\nيوسف الحربي\n"
    (s,) = _run(_mail(body), rules, language="ar").speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("en", "Leila Mansour\nPolicy Officer\nARTUC (Arab Regional Trade Union Confederation)\nAmman, Jordan\n",
         "ARTUC (Arab Regional Trade Union Confederation)"),
        ("en", "Leila Mansour, Policy Officer, GMDWN (Gulf Migrant Domestic Workers Network)\n",
         "GMDWN (Gulf Migrant Domestic Workers Network)"),
        ("en", "Dr. Omar Said\nresearcher | MRRC (Migration and Refugee Research Centre)\n",
         "MRRC (Migration and Refugee Research Centre)"),
        ("fr", "Karim Saadi\nChargé de plaidoyer\nREMDH (Réseau euro-méditerranéen des droits de l'homme)\n",
         "REMDH (Réseau euro-méditerranéen des droits de l'homme)"),
        ("fr", "Sidi Ould Ahmed\nresponsable\nFTDES (Forum tunisien pour les droits economiques et sociaux)\n",
         "FTDES (Forum tunisien pour les droits economiques et sociaux)"),
        ("fr", "Mme Awa Diallo\ncoordinatrice\nAMDHM (Association marocaine des droits humains des migrants) - Rabat\n",
         "AMDHM (Association marocaine des droits humains des migrants)"),
        ("ar", "سامي داود\nباحث\nIMWRO (مرصد العراق لحقوق العمال المهاجرين)\n", "IMWRO (مرصد العراق لحقوق العمال المهاجرين)"),
        ("ar", "هدى علي\nمنسقة البرامج\nLNRM (الشبكة اللبنانية لحقوق المهاجرين والعمال)\nبيروت\n",
         "LNRM (الشبكة اللبنانية لحقوق المهاجرين والعمال)"),
        ("ar", "د. منى خليل\nمديرة\nAWU (اتحاد العمال العرب في الخليج العربي) - عمان\n", "AWU (اتحاد العمال العرب في الخليج العربي)"),
    ],
)
def test_an_acronym_then_its_name_in_brackets_is_one_affiliation(rules: ExtractRules, language: str, block: str,
                                                                  affiliation: str) -> None:
    assert _signed(rules, language, block).affiliation == affiliation


def test_an_acronym_the_prose_names_is_the_signatures_acronym_with_its_name(rules: ExtractRules) -> None:
    body = ("Dear Colleagues,\n\nARTUC would also like to take the floor. We propose Mr. Nabil Azzam, Assistant General "
            "Secretary, for an intervention in the plenary.\n\nIn solidarity,\n\nLeila Mansour\nPolicy Officer\n"
            "ARTUC (Arab Regional Trade Union Confederation)\nAmman, Jordan\n")
    (s,) = _run(_mail(body), rules).speakers
    assert s.affiliation == "ARTUC (Arab Regional Trade Union Confederation)"


@pytest.mark.parametrize("value", ["ARTUC (son CV est joint ici)", "AMRN (on behalf of the Arab Migrant Network)"])
def test_a_long_aside_after_an_acronym_is_still_trimmed(rules: ExtractRules, value: str) -> None:
    assert clean_value(value, rules) == value.split(" (")[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Embassy of the Philippines in Lebanon", "Embassy of the Philippines in Lebanon"),
        ("Consulate General of Ethiopia in Beirut", "Consulate General of Ethiopia in Beirut"),
        ("Permanent Mission of Sudan in Geneva", "Permanent Mission of Sudan in Geneva"),
        ("Ambassade de la République du Niger en Algérie", "Ambassade de la République du Niger en Algérie"),
        ("Consulat général du Mali à Tunis", "Consulat général du Mali à Tunis"),
        ("ambassade du Senegal au Maroc", "ambassade du Senegal au Maroc"),
        ("سفارة جمهورية السودان في الأردن", "سفارة جمهورية السودان في الأردن"),
        ("قنصلية إثيوبيا العامة في بيروت", "قنصلية إثيوبيا العامة في بيروت"),
        ("بعثة الصومال الدائمة في جنيف", "بعثة الصومال الدائمة في جنيف"),
        ("Amel Association in Beirut", "Amel Association"),  # an organisation's own town is still its address
    ],
)
def test_a_diplomatic_mission_keeps_the_country_it_serves_in(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


def test_an_embassy_on_a_signature_line(rules: ExtractRules) -> None:
    s = _signed(rules, "fr", "Issoufou Garba Maïga\nAttaché chargé des affaires sociales\n"
                             "Ambassade de la République du Niger en Algérie\nTél. : +213 23 47 88 15\n")
    assert s.affiliation == "Ambassade de la République du Niger en Algérie"


@pytest.mark.parametrize(
    "value",
    [
        # an office or a unit of a body after a dash, bar or slash, the body itself named by no keyword
        "Caritas Tanger – Bureau des réfugiés",
        "Caritas Tanger - bureau des refugies",
        "Dar Al Amal | Pôle Accueil",
        "Tamkeen Fields for Aid - Legal Office",
        "Tamkeen Fields for Aid – Regional Office",
        "Tamkeen Fields for Aid / Advocacy Unit",
        "دار الأمل – مكتب اللاجئين",
        "تمكين - المكتب الإقليمي",
        "كاريتاس مصر | وحدة الحماية",
        # a country after a dash that the body's acronym closes
        "Filipino Domestic Helpers Circle - UAE (FDHC-UAE)",
        "Nepali Workers Circle – Qatar (NWC-Q)",
        "Cercle des travailleurs sénégalais - Italie (CTS-I)",
    ],
)
def test_an_office_or_a_country_after_a_dash_stays_with_a_body_named_by_no_keyword(rules: ExtractRules, value: str) -> None:
    assert clean_value(value, rules) == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Caritas Tanger – Tanger", "Caritas Tanger"),
        ("Dar Al Amal - +961 1 555 123", "Dar Al Amal"),
        ("Coordinatrice – Bureau des réfugiés", "Coordinatrice"),
        # an office named by its town only is the body's address
        ("تمكين - مكتب عمّان", "تمكين"),
        ("Caritas Maroc – Bureau de Tanger", "Caritas Maroc"),
    ],
)
def test_what_is_no_office_after_a_dash_is_still_cut(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected


@pytest.mark.parametrize("text", ["Dr", "Dr ", "  Mme  X.  ", "", "   ", "a\u00a0b", "M. le député\tX", "أ.د. ليلى"])
def test_last_word_is_the_last_word_split_gives(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            words = text[start:end].split()
            assert _last_word(text, start, end) == (words[-1] if words else "")


# ---------------------------------------------------------------------------------------------
# A place in brackets after the proposing organisation, with a comma inside it ("(Erbil, Kurdistan Region of Iraq)"):
# the comma splits no clause, and the organisation stays the one that proposes


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        ("ar", "تود منظمة ريحان لحقوق العاملات المنزليات (أربيل، إقليم كوردستان العراق) ترشيح السيدة نور سامي، "
               "مسؤولة البرامج في المنظمة، للمشاركة في الجلسة العامة.", "منظمة ريحان لحقوق العاملات المنزليات"),
        ("ar", "يسر جمعية سنابل للتنمية (صفاقس ، الجمهورية التونسية الشقيقة) أن ترشح الأستاذ كريم العياري, منسق المشاريع "
               "في الجمعية, للمداخلة في الجلسة العامة.", "جمعية سنابل للتنمية"),
        ("ar", "يسعد شبكة نماء للعمال المهاجرين (مكتب عمان، المملكة الأردنية الهاشمية) أن ترشح الدكتورة هالة زيد، مديرة "
               "الأبحاث في الشبكة، للحديث في الجلسة العامة.", "شبكة نماء للعمال المهاجرين"),
        ("en", "The Rihan Forum for Migrant Workers (Erbil, Kurdistan Region of Iraq) nominates Dr Hala Zaid, "
               "Research Director at the Forum, for the plenary.", "Rihan Forum for Migrant Workers"),
        ("en", "On behalf of the Sanabel Association (Sfax office, southern Tunisia), we propose Mr Karim Ayari, "
               "Project Coordinator, for the plenary.", "Sanabel Association"),
        ("en", "The Karama Network (Rabat , Kingdom of Morocco) would like to nominate Ms. Nour Sami, our Advocacy "
               "Officer, to speak in the plenary.", "Karama Network"),
        ("fr", "Le Réseau Karama (Rabat, Royaume du Maroc) souhaite proposer Mme Nour Sami, chargée de plaidoyer "
               "au sein du Réseau, pour la plénière.", "Réseau Karama"),
        ("fr", "L'Association Sanabel (bureau de Sfax, sud de la Tunisie) propose M. Karim Ayari, coordinateur "
               "des projets de l'association, pour la pleniere.", "Association Sanabel"),
        ("fr", "Au nom du Forum Rihan (Tunis , République tunisienne), nous proposons Dr Hala Zaid, directrice "
               "de recherche au Forum, pour la séance plénière.", "Forum Rihan"),
    ],
)
def test_a_place_in_brackets_after_the_proposing_body_splits_no_clause(
    rules: ExtractRules, language: str, body: str, affiliation: str
) -> None:
    (s,) = _run(_mail(body + "\n\nRegards,\nKarwan\n"), rules, language=language).speakers
    assert s.affiliation == affiliation


# ---------------------------------------------------------------------------------------------
# "جهاز" (an agency, a government apparatus) names an organisation like "هيئة" or "مركز"


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        ("يسر الجهاز المركزي للإحصاء وتقنية المعلومات في مملكة البحرين المشاركة في الاستعراض، ونرشح لذلك كلاً من:\n\n"
         "- الدكتور خالد يوسف، مدير إدارة الإحصاءات السكانية، للمشاركة في الجلسة العامة.",
         "الجهاز المركزي للإحصاء وتقنية المعلومات"),
        ("يسر جهاز تنظيم سوق العمل أن يرشح السيدة منى سالم، رئيسة قسم السياسات، للمداخلة في الجلسة العامة.",
         "جهاز تنظيم سوق العمل"),
        ("نود ترشيح الأستاذة ريم علي, مستشارة قانونية, للمشاركة في الجلسة العامة.\n\nمع التحية،\nريم علي\n"
         "مستشارة قانونية\nالجهاز الوطني لمكافحة الاتجار بالبشر",
         "الجهاز الوطني لمكافحة الاتجار بالبشر"),
        # a second field joined to the first by "و" before what it governs
        ("يسر المركز العربي للبحوث وتطوير السياسات أن يرشح الدكتور سامر حداد، باحث أول، للمداخلة في الجلسة العامة.",
         "المركز العربي للبحوث وتطوير السياسات"),
        ("تتقدم جمعية الأمل للتنمية ورعاية المهاجرين بترشيح السيدة ليلى حسن، منسقة البرامج، للمشاركة في الجلسة العامة.",
         "جمعية الأمل للتنمية ورعاية المهاجرين"),
        ("يسر مرصد الهجرة للرصد وتوثيق الانتهاكات أن يرشح السيد عمر خالد, رئيس المرصد, للمداخلة في الجلسة العامة",
         "مرصد الهجرة للرصد وتوثيق الانتهاكات"),
    ],
)
def test_an_arabic_agency_named_jihaz_is_an_organisation(rules: ExtractRules, body: str, affiliation: str) -> None:
    (s,) = _run(_mail(body + "\n"), rules, language="ar").speakers
    assert s.affiliation == affiliation


# ---------------------------------------------------------------------------------------------
# A broadcaster is an organisation ("إذاعة صوت X", "Radio X"): a title that ends "at the radio" points back at it


@pytest.mark.parametrize(
    ("language", "body", "title", "affiliation"),
    [
        ("ar", "تود إذاعة صوت النساء المجتمعية أن تقترح الزميلة سلمى ناصر، مديرة البرامج في الإذاعة، لتقوم بدور المقرر.",
         "مديرة البرامج", "إذاعة صوت النساء المجتمعية"),
        ("ar", "يسر إذاعة نبض الشباب أن ترشح الأستاذ فادي سليم, رئيس التحرير بالإذاعة, للمشاركة في الجلسة العامة.",
         "رئيس التحرير", "إذاعة نبض الشباب"),
        ("ar", "نرشح السيدة هدى منصور، منسقة البرامج في الاذاعة، للمشاركة في الجلسة العامة.\n\nمع التحية،\n"
               "هدى منصور\nاذاعة صوت المهاجرين", "منسقة البرامج", "اذاعة صوت المهاجرين"),
        # a presenter ("مقدّمة برامج") is a title, before the broadcaster
        ("ar", "نرغب في ترشيح الزميلة رنا خليل، مقدّمة برامج ومعدّة في إذاعة صوت الحي، للمشاركة في الجلسة العامة.",
         "مقدّمة برامج ومعدّة", "إذاعة صوت الحي"),
        ("ar", "يسرنا ترشيح السيد باسل عمر, مقدم البرامج في إذاعة نبض الشباب, للمشاركة في الجلسة العامة.",
         "مقدم البرامج", "إذاعة نبض الشباب"),
        ("ar", "نرشح الأستاذة منى داود، مقدمة برامج بإذاعة صوت المهاجرين، للمشاركة في الجلسة العامة.",
         "مقدمة برامج", "إذاعة صوت المهاجرين"),
        ("en", "Radio Sawt Al Nisaa would like to nominate Ms. Salma Nasser, Programme Director at the Radio, "
               "as rapporteur.", "Programme Director", "Radio Sawt Al Nisaa"),
        ("en", "We nominate Mr Fadi Salim, editor-in-chief at the radio, for the plenary.\n\nBest,\nFadi Salim\n"
               "Radio Nabd Al Shabab", "editor-in-chief", "Radio Nabd Al Shabab"),
        ("en", "On behalf of Radio Migrants Voice we propose Dr Hoda Mansour, Programme Coordinator, for the plenary.",
         "Programme Coordinator", "Radio Migrants Voice"),
        ("fr", "La Radio Sawt Al Nisaa souhaite proposer Mme Salma Nasser, directrice des programmes à la radio, "
               "comme rapporteuse.", "directrice des programmes", "Radio Sawt Al Nisaa"),
        ("fr", "Au nom de Radio Voix des Migrants, nous proposons M. Fadi Salim, rédacteur en chef, pour la plénière.",
         "rédacteur en chef", "Radio Voix des Migrants"),
        ("fr", "Nous proposons Dr Hoda Mansour, coordinatrice des programmes de la Radio, pour la pleniere.\n\n"
               "Cordialement,\nHoda Mansour\nRadio Nabd Al Shabab", "coordinatrice des programmes", "Radio Nabd Al Shabab"),
    ],
)
def test_a_broadcaster_is_an_organisation_and_at_the_radio_points_back_at_it(
    rules: ExtractRules, language: str, body: str, title: str, affiliation: str
) -> None:
    (s,) = _run(_mail(body + "\n"), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


# ---------------------------------------------------------------------------------------------
# A piece after the name that gives the session, with its theme in brackets, is no organisation even when the theme
# holds an organisation word ("diaspora", "réseaux", "الجمعيات")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "We request a floor intervention for our General Secretary, Mr. Anil Menon, in Roundtable 3 (social "
               "inclusion, access to services, remittances and diaspora contributions)."),
        ("en", "We propose our Director, Ms Rosa Diaz, for roundtable 2 (regular pathways, diaspora networks)."),
        ("en", "We nominate our Chair, Dr. Paul Mensah, in the Plenary (review of the GCM, diaspora and return)."),
        ("fr", "Nous proposons notre présidente, Mme Awa Ndiaye, à la table ronde 4 (données, réseaux de la diaspora)."),
        ("fr", "Nous proposons notre secretaire general, M. Ali Diop, en plénière (migration de travail, diaspora)."),
        ("fr", "Nous proposons notre coordinatrice, Dr Nadia Saleh, pour la Table ronde 1 (Réseau, diaspora et retour)."),
    ],
)
def test_a_session_with_its_theme_in_brackets_is_no_organisation(rules: ExtractRules, language: str, body: str) -> None:
    (s,) = _run(_mail(body + "\n\nRegards,\nShaji\n"), rules, language=language).speakers
    assert s.affiliation is None


# ---------------------------------------------------------------------------------------------
# A body that only points at an attached nomination letter: the speaker is read from the letter's sentences


@pytest.mark.parametrize(
    ("language", "body", "letter", "name", "title"),
    [
        ("ar", "السلام عليكم،\nمرفق طيه ترشيحنا.\nمع التحية",
         "الموضوع: ترشيح متحدث\nيسر جمعية النور للتنمية أن ترشح الدكتور خالد بن علي الراشدي، نائب رئيس الجمعية، "
         "لتقديم مداخلة في الجلسة العامة.", "خالد بن علي الراشدي", "نائب رئيس الجمعية"),
        ("ar", "تحية طيبة، تجدون في المرفق خطاب الترشيح",
         "تتشرف رابطة العمال المهاجرين بترشيح الأستاذة منى سالم، منسقة البرامج، للتحدث في المائدة المستديرة الثانية.",
         "منى سالم", "منسقة البرامج"),
        ("ar", "مرفق خطابنا\nشكرا",
         "نرشح السيد يوسف حمدان - المدير التنفيذي - لإلقاء كلمة في الجلسة العامة للمؤتمر.",
         "يوسف حمدان", "المدير التنفيذي"),
        ("en", "Dear colleagues,\nPlease find attached our nomination.\nBest",
         "The Nile Migrants Forum is pleased to nominate Dr. Samuel Okoth, Deputy Chair, as a speaker in the plenary.",
         "Samuel Okoth", "Deputy Chair"),
        ("en", "see attached letter",
         "We would like to propose Ms Rosa Diaz, Programme Director, to speak in roundtable 2.",
         "Rosa Diaz", "Programme Director"),
        ("en", "Hello, our nomination letter is attached. Thanks",
         "Our Association nominates mr. Anil Menon (General Secretary) for a floor intervention at the plenary.",
         "Anil Menon", "General Secretary"),
        ("fr", "Bonjour,\nVeuillez trouver ci-joint notre lettre de proposition.\nCordialement",
         "Le Réseau Sahel a l'honneur de proposer Mme Awa Ndiaye, présidente, comme intervenante à la table ronde 4.",
         "Awa Ndiaye", "présidente"),
        ("fr", "ci-joint notre candidature",
         "Nous proposons M. Ali Diop, secretaire general, pour une intervention en pleniere.",
         "Ali Diop", "secretaire general"),
        ("fr", "Madame, Monsieur, la lettre est en pièce jointe.",
         "Nous avons le plaisir de désigner Dr Nadia Saleh, coordinatrice, pour prendre la parole en plénière.",
         "Nadia Saleh", "coordinatrice"),
    ],
)
def test_a_speaker_named_only_in_an_attached_letter_is_read_from_it(
    rules: ExtractRules, language: str, body: str, letter: str, name: str, title: str
) -> None:
    docs = {"letter.docx": DocText("letter.docx", letter)}
    (s,) = _run(_mail(body + "\n"), rules, language=language, docs=docs).speakers
    assert (s.name, s.title) == (name, title) and s.roles


# ---------------------------------------------------------------------------------------------
# An organisation word that is an acronym ("NGO", "ONG") names an organisation only in capitals: "Ngo" is a surname


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("fr", "Une demande d'intervention à la table ronde 3 pour notre animatrice, Mme Grace Ngo Mbarga, "
               "rédactrice en chef.", "Grace Ngo Mbarga"),
        ("fr", "1) notre rapport en pièce jointe ;\n2) une demande d'intervention en plénière pour M. Paul Ngo Ndjock, "
               "coordinateur.", "Paul Ngo Ndjock"),
        ("fr", "Nous proposons Madame Ngo Bassa Marie comme intervenante a la table ronde 2.", "Ngo Bassa Marie"),
        ("en", "We propose our host, Ms Grace Ngo Mbarga, Editor in chief, for roundtable 3.", "Grace Ngo Mbarga"),
        ("en", "We nominate Dr. Linh Ong Thi for a floor intervention in the plenary.", "Linh Ong Thi"),
        ("en", "Our speaker for Roundtable 1 will be mr Samuel Ngo Ntamack (programme lead).", "Samuel Ngo Ntamack"),
    ],
)
def test_an_acronym_organisation_word_written_as_a_name_is_a_surname(
    rules: ExtractRules, language: str, body: str, name: str
) -> None:
    (s,) = _run(_mail(body + "\n\nCordialement / Regards,\nFatima Bennani\nProductrice\n"), rules,
                language=language).speakers
    assert s.name == name and s.affiliation is None


def test_an_acronym_organisation_word_in_capitals_still_names_an_organisation(rules: ExtractRules) -> None:
    (s,) = _run(_mail("We propose Ms Awa Diop, Director of the Sahel Women NGO, for roundtable 2.\n\nRegards,\nAli\n"),
                rules).speakers
    assert (s.name, s.affiliation) == ("Awa Diop", "Sahel Women NGO")


# ---------------------------------------------------------------------------------------------
# After a possessive post, capitalised words that follow an article or a link name a thing (the event), not a person


@pytest.mark.parametrize(
    ("language", "intro", "asked"),
    [
        ("en", "Please find below the letter of the Council nominating its representative for the Regional Review.",
         "The Council nominates Dr. Yusuf Al-Mannai, Commissioner, for a floor intervention in Roundtable 2."),
        ("en", "Below is our nomination of our delegate to the Regional Consultation",
         "We propose Ms Rosa Diaz, Programme Director, for roundtable 1."),
        ("en", "Here is the letter naming their speaker at the Plenary Session.",
         "The Network nominates Mr. Anil Menon, General Secretary, to speak in the plenary."),
        ("fr", "Veuillez trouver ci-dessous la lettre du Conseil désignant son représentant pour la Revue Régionale.",
         "Le Conseil propose M. Ali Diop, commissaire, pour une intervention à la table ronde 2."),
        ("fr", "Voici la lettre présentant notre intervenante à la Conférence Régionale",
         "Nous proposons Mme Awa Ndiaye, présidente, pour la table ronde 4."),
        ("fr", "Ci-dessous la lettre de l'association désignant sa déléguée aux Tables Rondes.",
         "L'association propose Dr Nadia Saleh, coordinatrice, pour prendre la parole en plénière."),
    ],
)
def test_a_possessive_post_before_the_event_names_no_speaker(
    rules: ExtractRules, language: str, intro: str, asked: str
) -> None:
    speakers = _run(_mail(f"{intro}\n\n{asked}\n\nRegards,\nMaryam\n"), rules, language=language).speakers
    assert len(speakers) == 1


# ---------------------------------------------------------------------------------------------
# A reply stating the title of the quoted speaker by name, without an honorific, completes that speaker

_QUOTED_REQUEST = {
    "en": "\n\nOn Thu, Feb 4, 2021 at 9:31 AM Secretariat <k@example.org> wrote:\n\n> Good day!\n>\n> We request a "
          "speaking slot in Roundtable 3.\n>\n> Speaker: Maricel Dela Cruz\n> Organization: Samahan ng mga Migrante "
          "(SNM)\n>\n> Thank you.\n>\n> Jonalyn Reyes\n",
    "fr": "\n\nLe jeu. 4 févr. 2021 à 09:31, Secrétariat <k@example.org> a écrit :\n\n> Bonjour,\n>\n> Nous demandons "
          "une intervention à la table ronde 3.\n>\n> Intervenante : Maricel Dela Cruz\n> Organisation : Samahan ng mga "
          "Migrante (SNM)\n>\n> Merci.\n>\n> Jonalyn Reyes\n",
}


@pytest.mark.parametrize(
    ("language", "new", "title"),
    [
        ("en", "Hi again,\n\nSorry, we forgot her title. Maricel Dela Cruz is the Chairperson of\nSNM.\n\nThanks!\nJonalyn",
         "Chairperson"),
        ("en", "Hello, Maricel is our chairperson.\nJonalyn", "chairperson"),
        ("en", "Apologies - Dela Cruz is the Vice President of the association\n\nJonalyn", "Vice President"),
        ("fr", "Bonjour,\n\nMaricel Dela Cruz est la présidente de SNM.\n\nJonalyn", "présidente"),
        ("fr", "Pardon, Maricel est notre tresoriere.\nJonalyn", "tresoriere"),
        ("fr", "Desole : Dela Cruz est la Secrétaire générale de l'association\n\nJonalyn", "Secrétaire générale"),
    ],
)
def test_a_reply_stating_the_quoted_speakers_title_by_name_completes_them(
    rules: ExtractRules, language: str, new: str, title: str
) -> None:
    mail = message(new + _QUOTED_REQUEST[language], subject="Re: Speaker for Roundtable 3")
    (s,) = _run(mail, rules, language=language).speakers
    assert (s.name, s.title, s.affiliation, s.roundtable) == ("Maricel Dela Cruz", title, "Samahan ng mga Migrante (SNM)", 3)


# A reply correcting a speaker's title whose quote is cut before the speaker ("[...]"): the one named by honorific in
# the new text, with the stated title; the rest of the record is on file

_CUT_QUOTE = {
    "en": "\n\nFrom: Desk <desk@example.org>\nSent: Tuesday, 2 February 2021 12:30\nTo: k@example.org\nSubject: "
          "Nomination - roundtable 3\n\nDear colleagues,\nWe are pleased to send our speaker for roundtable 3 [...]\n",
    "fr": "\n\nDe : Bureau <desk@example.org>\nEnvoyé : mardi 2 février 2021 12:30\nÀ : k@example.org\nObjet : "
          "Candidature - table ronde 3\n\nMadame, Monsieur,\nNous vous transmettons la candidature de notre "
          "intervenante pour la table ronde 3 [...]\n",
    "ar": "\n\nFrom: Desk <desk@example.org>\nSent: Tuesday, 2 February 2021 12:30\nTo: k@example.org\nSubject: "
          "ترشيح - المائدة المستديرة 3\n\nتحية طيبة،\nيسرنا أن نرسل إليكم ترشيح متحدثتنا للمائدة المستديرة 3 [...]\n",
}


@pytest.mark.parametrize(
    ("language", "new", "name", "title"),
    [
        ("en", "Hello,\n\nA small correction: the exact title of Sister Grace Mwangi is \"Head of Outreach\", not the one"
         " in our table.\n\nJoan", "Grace Mwangi", "Head of Outreach"),
        ("en", "Dear Secretariat, sorry - Dr. Peter Olumide's title should read: Senior Adviser. The rest is "
         "unchanged.\nJoan", "Peter Olumide", "Senior Adviser"),
        ("en", "Hi,\nthe position of mr Kofi Boateng is Programme Coordinator.\nThanks, Joan", "Kofi Boateng",
         "Programme Coordinator"),
        ("fr", "Madame, Monsieur,\n\nSuite à notre message d'hier, une petite correction : le titre exact de Sœur\nMarie Haddad est « Coordinatrice "
         "régionale », et non celui indiqué.\n\nJoëlle", "Marie Haddad", "Coordinatrice régionale"),
        ("fr", "Bonjour, la fonction de M. Paul Diatta est celle de tresorier general. Merci.\nJoelle", "Paul Diatta",
         "tresorier general"),
        ("fr", "Bonjour,\nMme Awa Ndiaye est la Vice-présidente (et non la secrétaire).\nCordialement,\nJoëlle",
         "Awa Ndiaye", "Vice-présidente"),
        ("ar", "تحية طيبة،\nتصحيح بسيط: المسمى الوظيفي للسيدة سلمى الخطيب هو منسقة البرامج.\nمع الشكر\nجويل",
         "سلمى الخطيب", "منسقة البرامج"),
        ("ar", "السلام عليكم،\nتشغل الدكتورة ليلى حداد منصب مستشارة قانونية، وليس كما ورد.\nشكرا", "ليلى حداد",
         "مستشارة قانونية"),
        ("ar", "تحية،\nعذرا، المسمى الوظيفي للأستاذ كريم منصور: مدير المشاريع\nمع التحية", "كريم منصور", "مدير المشاريع"),
    ],
)
def test_a_title_correction_whose_quote_is_cut_names_the_speaker_by_honorific(
    rules: ExtractRules, language: str, new: str, name: str, title: str
) -> None:
    mail = message(new + _CUT_QUOTE[language], subject="RE: Nomination (correction)")
    (s,) = _run(mail, rules, language=language).speakers
    assert (s.name, s.title, dict(s.provenance)["title"]) == (name, title, "statement")
    assert dict(s.provenance).get("affiliation") != "statement"  # the organisation on file stands


# A speaker the text says will not come takes their sentence's roles away with them: the one who stays keeps only
# what is said of them ("... please withdraw his name from the plenary list. Ms. Y remains our speaker for RT 2")


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("en", "Dear team,\n\nUnfortunately Mr. John Mensah will not be able to attend, so please withdraw his name from"
         " the plenary\nlist. Ms. Jane Osei remains our speaker for Roundtable 2.\n\nBest,\nRita", "Jane Osei"),
        ("en", "Hello,\nsadly Dr. Peter Okafor cannot attend anymore - please take him off the plenary. Dr. Grace Eze "
         "will still speak in roundtable 2.\nThanks\nRita", "Grace Eze"),
        ("en", "Dear GCM team,\n\nunfortunately, MR. JOHN MENSAH can no longer join the plenary; please withdraw him"
         ".\nMs. Jane Osei will speak in Roundtable 2 as planned.\n\nRita", "Jane Osei"),
        ("fr", "Madame, Monsieur,\n\nMalheureusement, M. Jean Dupont ne pourra pas participer ; merci de retirer son "
         "nom de la plénière. Mme Anne Martin reste notre intervenante pour la table ronde 2.\n\nCordialement,\nRita",
         "Anne Martin"),
        ("fr", "Bonjour,\nM. Jean Dupont ne pourra pas etre present, veuillez le retirer de la seance pleniere.\n"
         "Mme Anne Martin interviendra toujours a la table ronde 2.\nRita", "Anne Martin"),
        ("fr", "Bonjour,\n\nNous sommes désolés : Dr Jean Dupont ne pourra plus intervenir en pleniere, merci de le "
         "retirer. Dr Anne Martin reste inscrite a la table ronde 2.\n\nRita", "Anne Martin"),
        ("ar", "تحية طيبة،\n\nللأسف لن يتمكن السيد أحمد الخطيب من الحضور، لذا يرجى حذف اسمه من الجلسة العامة. "
         "وتبقى السيدة منى العلي متحدثتنا في المائدة المستديرة 2.\n\nمع التحية\nريتا", "منى العلي"),
        ("ar", "السلام عليكم،\nنحيطكم علما بأن الأستاذ أحمد الخطيب لن يتمكن من الحضور، يرجى حذفه من الجلسة العامة. "
         "أما الأستاذة منى العلي، فستشارك في المائدة المستديرة 2.\nريتا", "منى العلي"),
        ("ar", "تحية،\nنعتذر، الدكتور أحمد الخطيب لن يتمكن من المشاركة في الجلسة العامة.\nوستشارك الدكتورة منى العلي "
         "في المائدة المستديرة 2 كما هو مخطط.\nريتا", "منى العلي"),
        ("ar", "مرحبا،\nأما السيد أحمد الخطيب فلن يتمكن من الحضور، نرجو حذفه من الجلسة العامة.\nوتشارك السيدة منى العلي "
         "في المائدة المستديرة 2.\nريتا", "منى العلي"),
    ],
)
def test_a_sentence_about_a_speaker_who_will_not_come_gives_the_others_no_role(
    rules: ExtractRules, language: str, body: str, name: str
) -> None:
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.name, s.roles, s.roundtable) == (name, ("roundtable",), 2)


# The compact's own name lists attributes joined by "و" ("الهجرة الآمنة والمنظمة والنظامية"): an organisation word
# in that list names no organisation, the one on the letterhead or under the message stands


@pytest.mark.parametrize(
    "body",
    [
        "وزارة العمل والشؤون الاجتماعية\n\nإلى / المنظمة الدولية للهجرة\n\nتحية طيبة،\n\nاستناداً إلى دعوتكم للمشاركة في "
        "استعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، نرشح السيد سالم عبد الله، مدير عام الهجرة، "
        "لإلقاء مداخلة في الجلسة العامة.\n\nمع التقدير\nوزارة العمل والشؤون الاجتماعية\n",
        "تحية طيبة\nبالإشارة إلى المؤتمر الإقليمي للاتفاق العالمي للهجرة الامنة والمنظمة والنظامية يسرنا ان نرشح الدكتورة "
        "هدى سالم, مديرة إدارة الهجرة, للمشاركة في المائدة المستديرة 2\n\nوزارة العمل والشؤون الاجتماعية\n",
        "السادة المحترمون،\n\nفي إطار استعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة\nوالنظامية نرشح الأستاذ "
        "سالم عبد الله (مدير عام الهجرة) للجلسة العامة.\n\nوتفضلوا بقبول الاحترام\nوزارة العمل والشؤون الاجتماعية\n",
    ],
)
def test_an_organisation_word_in_a_list_of_attributes_names_no_organisation(rules: ExtractRules, body: str) -> None:
    (s,) = _run(_mail(body), rules, language="ar").speakers
    assert s.affiliation == "وزارة العمل والشؤون الاجتماعية"


# A signature's title line may open with an article ("Le Président de la Commission", "The Director of the Centre"):
# it is still the signer's post, and the organisation is the line that names it below


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        ("fr", "Monsieur le Directeur,\n\nJe vous propose que M. Paul Ndiaye, Directeur des programmes, intervienne au nom "
         "de la Commission lors de la séance plénière.\n\nVeuillez agréer, Monsieur, l'expression de ma haute considération."
         "\n\nLe Président de la Commission\nAmadou Sall\n\nCommission nationale des droits de l'homme\nDakar\n",
         "Commission nationale des droits de l'homme"),
        ("fr", "Bonjour,\n\nnous proposons Mme Awa Diop, chargée de programme, pour la table ronde 2 au nom de l'Agence.\n\n"
         "Cordialement,\n\nLa Secrétaire générale de l'Agence\nFatou Ba\nAgence nationale pour l'emploi des migrants\n",
         "Agence nationale pour l'emploi des migrants"),
        ("fr", "Madame, Monsieur,\n\nJe propose M. Idrissa Keita, tresorier, pour intervenir en pleniere au nom du Conseil.\n\n"
         "Salutations distinguees.\n\nle president du Conseil\nOumar Traore\n\nConseil national des Maliens de l'exterieur\n",
         "Conseil national des Maliens de l'exterieur"),
        ("en", "Dear Director,\n\nI propose Mr. John Mensah, Head of Protection, to speak on behalf of the Commission at the "
         "plenary session.\n\nYours faithfully,\n\nThe Chairperson of the Commission\nKofi Boateng\n\nNational Commission "
         "for Refugees\nAccra\n", "National Commission for Refugees"),
        ("en", "Hello,\n\nwe nominate Dr. Grace Eze, Senior Researcher, for Roundtable 3 on behalf of the Centre.\n\nBest "
         "regards,\n\nThe Director of the Centre\nSamuel Okafor\nCentre for Migration Studies\n", "Centre for Migration Studies"),
        ("en", "Dear colleagues,\n\nPlease find our speaker: Ms. Jane Osei, Programme Officer, for the plenary, speaking on "
         "behalf of the Network.\n\nSincerely,\n\nTHE EXECUTIVE SECRETARY OF THE NETWORK\nPeter Mensah\nWest African "
         "Migrants Network\n", "West African Migrants Network"),
    ],
)
def test_a_title_line_opening_with_an_article_is_no_organisation(rules: ExtractRules, language: str, body: str,
                                                                 affiliation: str) -> None:
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert s.affiliation == affiliation


# A run of capitalised words that ends with a post and links nothing ("our Centre Director", "the Network Coordinator")
# names a person's post, not an organisation


@pytest.mark.parametrize(
    ("body", "post"),
    [
        ("Dear GCM review team,\n\nForwarding below the request from our Centre Director, who was not sure it reached you."
         "\n\nBest,\nAnna Kerr\n\n---------- Forwarded message ---------\nFrom: Paul Lee <p.lee@example.org>\nDate: Fri, "
         "Jan 29, 2021 at 5:36 PM\nSubject: Speaker\nTo: <gcm@example.org>\n\n\nDear colleagues,\n\nThe Institute for "
         "Migration Research (IMR) would be honoured to contribute as rapporteur. I would propose our researcher,\n"
         "Dr. Omar Aziz, Lecturer in Sociology, who led our survey.\n\nRegards,\nPaul Lee\n",
         "Centre Director"),
        ("Hello,\n\nplease see below the nomination from our Network Coordinator - apologies if you get it twice.\n\nThanks,"
         "\nAnna\n\n---------- Forwarded message ---------\nFrom: Paul Lee <p.lee@example.org>\nDate: Mon, Feb 1, 2021 at "
         "9:00 AM\nSubject: Roundtable speaker\nTo: <gcm@example.org>\n\nDear colleagues,\n\nThe Gulf Migrant Workers "
         "Network is glad to take part in the review. We would like to propose Ms. Lina Saleh, Programme Officer, as a "
         "speaker in Roundtable 2.\n\nBest,\nPaul\n",
         "Network Coordinator"),
        ("Dear all,\n\nI forward the request of our FOUNDATION PRESIDENT below.\n\nKind regards,\nAnna\n\n---------- "
         "Forwarded message ---------\nFrom: Paul Lee <p.lee@example.org>\nDate: Tue, Feb 2, 2021 at 10:00 AM\nSubject: "
         "Plenary\nTo: <gcm@example.org>\n\nDear colleagues,\n\nThe Arab Network for Migrant Rights thanks you for the "
         "invitation.\nWe nominate Mr. Karim Haddad, Legal Adviser, for the plenary session.\n\nRegards,\nPaul\n",
         "FOUNDATION PRESIDENT"),
    ],
)
def test_a_post_in_capitals_names_no_organisation(rules: ExtractRules, body: str, post: str) -> None:
    (s,) = _run(_mail(body), rules).speakers
    assert post not in (s.affiliation or "")


# A possessive post before the name that the details after the name say again ("our chairperson, Mr. X (Chairperson,
# Y)") is one title, written as the details write it


@pytest.mark.parametrize(
    ("language", "body", "title", "affiliation"),
    [
        ("en", "We would like to request a floor intervention in the plenary by our chairperson, Mr. Bishnu Adhikari "
         "(Chairperson, Nepali Workers' Welfare Forum).", "Chairperson", "Nepali Workers' Welfare Forum"),
        ("en", "We propose our director, Ms. Rosa Diaz, Director, Migrant Voices Network, as a speaker in roundtable 2.",
         "Director", "Migrant Voices Network"),
        ("en", "Our PRESIDENT Dr. Omar Haddad, president, Gulf Migrant Forum, would like to speak in the plenary.",
         "president", "Gulf Migrant Forum"),
        ("fr", "Nous proposons notre présidente, Mme Awa Ndiaye (Présidente, Réseau Sahel Migrations), pour intervenir en "
         "plénière.", "Présidente", "Réseau Sahel Migrations"),
        ("fr", "Notre coordinateur, M. Ali Diop, coordinateur, Collectif des Travailleurs Migrants, souhaite intervenir "
         "à la table ronde 2.", "coordinateur", "Collectif des Travailleurs Migrants"),
        ("fr", "Nous souhaitons proposer notre secretaire generale, Mme Fatou Sow (Secrétaire générale, Association "
         "Femmes et Migrations) pour une intervention en pleniere.", "Secrétaire générale",
         "Association Femmes et Migrations"),
    ],
)
def test_a_possessive_post_said_again_after_the_name_is_one_title(
        rules: ExtractRules, language: str, body: str, title: str, affiliation: str) -> None:
    (s,) = _run(_mail(f"Dear colleagues,\n\n{body}\n\nBest regards,\nAnna Kerr"), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


# A capitalised acronym that folds to a clause word ("WHO") opens an organisation, not a clause; spaced dashes after
# the name separate the pieces after a comma too, so a title with its field ("Technical Officer, Health of Migrants")
# keeps the field and the organisation follows


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Speaker: Dr Anjali Menon – Technical Officer, Health of Migrants and Refugees – WHO Country Office for "
               "Oman"),
        ("en", "We propose Dr Anjali Menon, Technical Officer, Health of Migrants and Refugees, WHO Country Office for "
               "Oman, for roundtable 3."),
        ("en", "Our speaker will be Dr. Anjali Menon - Technical Officer, Health of Migrants and Refugees - WHO Country "
               "Office for Oman."),
        ("fr", "Nous proposons Dr Anjali Menon — Technical Officer, Health of Migrants and Refugees — WHO Country Office "
               "for Oman, pour intervenir à la table ronde 3."),
        ("fr", "Oratrice : Dr Anjali Menon, Technical Officer, Health of Migrants and Refugees, WHO Country Office for "
               "Oman"),
    ],
)
def test_a_title_with_its_field_before_an_organisation_opening_with_an_acronym(
        rules: ExtractRules, language: str, line: str) -> None:
    body = f"Dear colleagues,\n\nWe request a floor intervention in Roundtable 3.\n\n{line}\n\nBest regards,\nAnna Kerr"
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.title, s.affiliation) == ("Technical Officer, Health of Migrants and Refugees", "WHO Country Office for Oman")


@pytest.mark.parametrize(
    ("seg", "stops"),
    [("WHO Country Office for Oman", False), ("WHO EMRO", False), ("who will speak on labour", True),
     ("WHO WILL SPEAK ON LABOUR", True), ("for roundtable 3", True)],
)
def test_an_acronym_opening_a_phrase_opens_no_clause(rules: ExtractRules, seg: str, stops: bool) -> None:
    assert opens_clause(seg, rules) is stops


# A signature line that names a unit, the unit above it and the body they belong to ("Legal Clinic, Faculty of Law,
# Canaan University") keeps the body: the pieces read so far are the unit it heads


@pytest.mark.parametrize(
    ("language", "block", "unit", "body"),
    [
        ("en", "Lina Odeh\nClinic Coordinator\nMigrant Rights Legal Clinic, Faculty of Law, Canaan University\n"
               "Nablus, Palestine\n", "Migrant Rights Legal Clinic", "Canaan University"),
        ("en", "Dr. Sami Haddad\nResearch Fellow\nCentre for Migration Studies, School of Social Sciences, University of "
               "the Levant\n", "Centre for Migration Studies", "University of the Levant"),
        ("en", "Maya Khoury\nproject officer\nRefugee Law Project - Faculty of Law - Makerere University\n"
               "Kampala, Uganda\n", "Refugee Law Project", "Makerere University"),
        ("fr", "Awa Koné\nCoordinatrice\nClinique juridique des migrants, Faculté de droit, Université Cheikh Anta Diop\n"
               "Dakar, Sénégal\n", "Clinique juridique des migrants", "Université Cheikh Anta Diop"),
        ("fr", "Karim Ben Salah\nChercheur\nLaboratoire Migrations et Société, Faculte des Sciences Humaines, Universite "
               "de Sfax\n", "Laboratoire Migrations et Société", "Universite de Sfax"),
        ("fr", "Salma Oukacha\nresponsable\nObservatoire des migrations – Faculté des lettres – Université Mohammed V\n",
         "Observatoire des migrations", "Université Mohammed V"),
        ("ar", "لينا عودة\nمنسقة العيادة\nعيادة حقوق المهاجرين القانونية، كلية الحقوق، جامعة كنعان\n",
         "عيادة حقوق المهاجرين القانونية", "جامعة كنعان"),
    ],
)
def test_a_unit_of_a_unit_keeps_the_body_they_belong_to(
        rules: ExtractRules, language: str, block: str, unit: str, body: str) -> None:
    aff = _signed(rules, language, block).affiliation or ""
    assert aff.startswith(unit) and aff.endswith(body)


# A signature block that writes the affiliation as a hierarchy over several lines (a unit, the body above it, the
# body above that): each body goes on the affiliation, joined by commas; an address, a phone or a title line ends it


@pytest.mark.parametrize(
    ("language", "block", "affiliation"),
    [
        ("en", "Dr. Hana Saleh, MD\nAssistant Professor\nDivision of Nephrology, Department of Medicine\n"
               "Tigris University Hospital\nNorthgate University\nBaghdad, Iraq\nT +964 1 555 0101\n",
         "Division of Nephrology, Department of Medicine, Tigris University Hospital, Northgate University"),
        ("en", "Yusuf Karam\nResearch Associate\nLabour Mobility Research Group\nInstitute of Social Policy\n"
               "Faculty of Arts\nEastern Mediterranean University\n",
         "Labour Mobility Research Group, Institute of Social Policy, Faculty of Arts, Eastern Mediterranean University"),
        ("fr", "Mounia Alaoui\nMaître-assistante\nLaboratoire Droit et Migrations\nFaculté des Sciences Juridiques\n"
               "Université Ibn Tofail de Kénitra\nKénitra, Maroc\n",
         "Laboratoire Droit et Migrations, Faculté des Sciences Juridiques, Université Ibn Tofail de Kénitra"),
        ("fr", "Pr Idriss Bennani\nPédiatre\nService de pédiatrie\nCentre Hospitalier Régional de Tanger\nUniversité du Détroit\n",
         "Service de pédiatrie, Centre Hospitalier Régional de Tanger, Université du Détroit"),
        # near-misses: an address line between the bodies ends the chain; a title line after them is no body
        ("en", "Dr. Hana Saleh\nConsultant\nDivision of Nephrology\nTigris University Hospital\nBaghdad, Iraq\nNorthgate University\n",
         "Division of Nephrology, Tigris University Hospital"),
        ("fr", "Amine Tazi\nChercheur\nUnité de recherche Santé et Migrations\nInstitut National d'Hygiène\n"
               "Président de l'Association Marocaine de Santé Publique\n",
         "Unité de recherche Santé et Migrations, Institut National d'Hygiène"),
    ],
)
def test_a_hierarchy_over_several_lines_is_one_affiliation(
        rules: ExtractRules, language: str, block: str, affiliation: str) -> None:
    assert _signed(rules, language, block).affiliation == affiliation


@pytest.mark.parametrize(
    "rows",
    [
        # the form filled once per person, one under the other in one table
        [["Nom et prénom", "Maître Awa Ouedraogo"], ["Fonction", "Avocate"], ["Organisme", "Barreau de Ouagadougou"],
         ["Nom et prénom", "Maître Issa Kabore"], ["Fonction", "Avocat stagiaire"], ["Organisme", "Barreau de Ouagadougou"]],
        [["Full name", "Awa Ouedraogo"], ["Position", "Avocate"], ["Organisation", "Barreau de Ouagadougou"],
         ["Full name", "Issa Kabore"], ["Position", "Avocat stagiaire"], ["Organisation", "Barreau de Ouagadougou"]],
        [["الاسم", "Awa Ouedraogo"], ["الصفة", "Avocate"], ["الجهة", "Barreau de Ouagadougou"],
         ["الاسم", "Issa Kabore"], ["الصفة", "Avocat stagiaire"], ["الجهة", "Barreau de Ouagadougou"]],
    ],
)
def test_a_label_value_form_repeated_down_a_table_gives_one_speaker_each(rules: ExtractRules,
                                                                         rows: list[list[str]]) -> None:
    found = table_speakers(rows, rules, "table")
    assert [(c.name, c.title) for c in found] == [("Awa Ouedraogo", "Avocate"), ("Issa Kabore", "Avocat stagiaire")]


def test_near_miss_a_bilingual_form_names_one_person_under_two_labels(rules: ExtractRules) -> None:
    rows = [["Name", "Awa Ouedraogo"], ["الاسم", "عوا ودراوغو"], ["Position", "Lawyer"], ["Organisation", "Bar"]]
    (c,) = table_speakers(rows, rules, "table")
    assert (c.name, c.title) == ("Awa Ouedraogo", "Lawyer")


# ---------------------------------------------------------------------------------------------
# A reply whose HTML part carries the quoted proposal's table: the table is the quoted message's, not the reply's

_QUOTED_TABLE_HTML = ("<p>{new}</p><hr><p>From: Salma Idrissi &lt;s@fedmig.example.org&gt;<br>Sent: 2 February<br>"
                      "Subject: Speakers</p><table><tr><td>Name</td><td>Post</td><td>Session</td></tr>"
                      "<tr><td>Mr. Karim Benali</td><td>President</td><td>Plenary</td></tr>"
                      "<tr><td>Ms. Nour Saleh</td><td>Legal adviser</td><td>Roundtable 2</td></tr></table>")
_QUOTED_TABLE_TEXT = ("{new}\n\nFrom: Salma Idrissi <s@fedmig.example.org>\nSent: 2 February\nSubject: Speakers\n\n"
                      "Name | Post | Session\nMr. Karim Benali | President | Plenary\n"
                      "Ms. Nour Saleh | Legal adviser | Roundtable 2\n")


@pytest.mark.parametrize(
    ("language", "new", "expected"),
    [
        ("en", "Regrettably Mr. Karim Benali can no longer travel. Our Treasurer, Youssef Amrani, will take the "
               "plenary slot instead.\n\nSalma Idrissi", "Youssef Amrani"),
        ("fr", "Malheureusement M. Karim Benali ne pourra plus se déplacer. Notre trésorière, Leila Amrani, "
               "interviendra à sa place en plénière.\n\nSalma Idrissi", "Leila Amrani"),
    ],
)
def test_a_table_only_quoted_in_the_html_part_is_not_the_replys(rules: ExtractRules, language: str, new: str,
                                                                   expected: str) -> None:
    html, text = _QUOTED_TABLE_HTML.format(new=new), _QUOTED_TABLE_TEXT.format(new=new)
    speakers = _run(_mail(text, from_="Salma Idrissi <s@fedmig.example.org>", html=html), rules,
                    language=language).speakers
    assert [s.name for s in speakers] == [expected]


def test_a_table_the_reply_writes_again_is_its_own(rules: ExtractRules) -> None:
    new = ("Here is our corrected list:\n\nName | Post | Session\nMr. Karim Benali | President | Plenary\n"
           "Ms. Nour Saleh | Legal adviser | Roundtable 2")
    html = _QUOTED_TABLE_HTML.replace("<p>{new}</p>", "<p>Here is our corrected list:</p>"
                                      "<table><tr><td>Name</td><td>Post</td><td>Session</td></tr>"
                                      "<tr><td>Mr. Karim Benali</td><td>President</td><td>Plenary</td></tr>"
                                      "<tr><td>Ms. Nour Saleh</td><td>Legal adviser</td><td>Roundtable 2</td></tr></table>")
    speakers = _run(_mail(_QUOTED_TABLE_TEXT.format(new=new), from_="Salma Idrissi <s@fedmig.example.org>", html=html),
                    rules).speakers
    assert [s.name for s in speakers] == ["Karim Benali", "Nour Saleh"]


# ---------------------------------------------------------------------------------------------
# "from <country> and living in ..." after the name is where the person comes from, not the body they speak for


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "I am Salma Tesfay, from Eritrea and living in Jordan for ten years. I would like to speak in the plenary.\n"),
        ("fr", "Je suis Salma Tesfay, du Soudan et installée à Amman depuis dix ans. Je souhaite intervenir en plénière.\n"),
        ("ar", "انا اسمي سلمى تسفاي، من اريتريا وعايشة بالاردن من 10 سنين. بدي احكي بالجلسة العامة.\n"),
    ],
)
def test_the_country_a_person_comes_from_is_no_affiliation(rules: ExtractRules, language: str, body: str) -> None:
    (s,) = _run(_mail(body, from_="Salma Tesfay <salma@gmail.example.com>"), rules, language=language).speakers
    assert (s.name, s.affiliation) == ("سلمى تسفاي" if language == "ar" else "Salma Tesfay", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I am Salma Tesfay, from Sudan Family Network. I would like to speak in the plenary.\n", "Sudan Family Network"),
        ("انا اسمي سلمى تسفاي، من جمعية الأمل للعاملات المهاجرات. بدي احكي بالجلسة العامة.\n",
         "جمعية الأمل للعاملات المهاجرات"),
    ],
)
def test_a_body_named_after_a_country_is_still_the_affiliation(rules: ExtractRules, body: str, expected: str) -> None:
    (s,) = _run(_mail(body, from_="Salma Tesfay <salma@gmail.example.com>"), rules).speakers
    assert s.affiliation == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Association des femmes migrantes en Tunisie", "Association des femmes migrantes en Tunisie"),
        ("Nepali Caregivers Mutual Fund in Qatar", "Nepali Caregivers Mutual Fund in Qatar"),
        # near misses: a town after a body is its address; a post's country is where it is held
        ("Association des femmes migrantes à Tunis", "Association des femmes migrantes"),
        ("Nepali Caregivers Mutual Fund in Doha", "Nepali Caregivers Mutual Fund"),
        ("Programme Officer in Jordan", "Programme Officer"),
        ("travailleuse domestique au Liban", "travailleuse domestique"),
    ],
)
def test_a_body_keeps_its_country_not_its_town(rules: ExtractRules, value: str, expected: str) -> None:
    assert clean_value(value, rules) == expected
