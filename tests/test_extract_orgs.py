"""Organisations in extraction: the full name an acronym stands for, where the message writes it once (also an acronym
spelled from the openings of the name's words); the lone speaker's organisation in a sentence about them; words that
name a body (fellowship, amicale, choir, a group of people closed by its acronym); a ministry's country after a
comma; a group admin's signature; the pronoun "I" after a name ("On behalf of X (XN) I would like"). Each family is
written in several ways (languages, punctuation, case, where the detail sits)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import split_title
from intake.extract_values import expand, phrase_kind, possessive_reference, spelled_acronyms
from intake.model import Fields
from tests.extracting import message, run


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        # a name in sentence case whose acronym takes the first letters of its words ("MI"ssion "F"ranciscaine ...)
        ("La Mission franciscaine d'accompagnement des migrants (MIFAM), basée à Rabat, propose", "MIFAM",
         "Mission franciscaine d'accompagnement des migrants"),
        ("le Réseau solidaire des migrants (RESOMI) souhaite", "RESOMI", "Réseau solidaire des migrants"),
        ("au nom du Collectif d’appui aux migrantes (COAPMI)", "COAPMI", "Collectif d’appui aux migrantes"),
        ("the Network for migrant domestic workers (NEMDOW) is pleased", "NEMDOW", "Network for migrant domestic workers"),
        # a lower-case link inside a capitalised name that the letters skip ("Persons with Disabilities")
        ("the Arab Forum of Organisations of Persons with Disabilities (AFOPD) would like", "AFOPD",
         "Arab Forum of Organisations of Persons with Disabilities"),
        ("Regional Network of Women with Disabilities (RNWD), Amman", "RNWD", "Regional Network of Women with Disabilities"),
        ("Alliance des Personnes vivant avec un Handicap (APH)", "APH", "Alliance des Personnes vivant avec un Handicap"),
        # an Arabic article joined to a word by a hyphen, which the letters skip ("Al-Quds": Q)
        ("the report of Al-Quds Youth Sports Club (QYSC) describes", "QYSC", "Al-Quds Youth Sports Club"),
        ("le rapport de l'Association El-Nour des Femmes Migrantes (ANFM) porte sur", "ANFM",
         "Association El-Nour des Femmes Migrantes"),
        ("the An-Najah Centre for Migration Studies (NCMS) and its partners", "NCMS", "An-Najah Centre for Migration Studies"),
        ("Al-Amal Network (AAN)", "AAN", "Al-Amal Network"),  # (or with the article's own letter)
    ],
)
def test_acronyms_spelled_out(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("nous travaillons avec des migrants et des femmes (MIFAM)", "MIFAM"),  # no organisation word opens it
        ("the report was shared with Director Farid (AFOPD)", "AFOPD"),
    ],
)
def test_acronyms_not_spelled_by_loose_words(rules: ExtractRules, text: str, acronym: str) -> None:
    assert acronym not in spelled_acronyms(text, rules)


@pytest.mark.parametrize(
    ("language", "body", "full"),
    [
        ("fr", "Bonjour,\n\nLa Mission franciscaine d'accompagnement des migrants (MIFAM) souhaite proposer un intervenant :\n\n"
         "Nom | Fonction | Organisation\nM. Paul Diallo | Juriste | MIFAM\n\nCordialement,\nMarie Roche\nSecrétariat de la MIFAM\n",
         "Mission franciscaine d'accompagnement des migrants (MIFAM)"),
        ("fr", "Madame, Monsieur,\n\nnous proposons comme intervenante pour la table ronde 2 :\n\nMme Awa Sow - Coordinatrice, RESOMI\n\n"
         "Bien à vous,\nJean Blanc\nReseau solidaire des migrants (RESOMI)\n",
         "Reseau solidaire des migrants (RESOMI)"),
        ("en", "Dear Secretariat,\n\nThe Arab Forum of Organisations\nof Persons with Disabilities (AFOPD) requests the floor in "
         "Roundtable 4 for:\n\nMr. Karim Haddad - Policy Manager, AFOPD\n\nBest regards,\nDalia Nasr\n",
         "Arab Forum of Organisations of Persons with Disabilities (AFOPD)"),
        ("en", "Hello,\n\nwe would like to propose a speaker for roundtable 3:\n\nMs. Lina Saleh, Programme Officer, RNWD\n\n"
         "Kind regards,\nOmar Aziz\nExecutive Director\nRegional Network of Women with Disabilities (RNWD)\n",
         "Regional Network of Women with Disabilities (RNWD)"),
    ],
)
def test_a_speakers_acronym_takes_the_full_name_written_elsewhere(rules: ExtractRules, language: str, body: str,
                                                                   full: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [full]


@pytest.mark.parametrize(
    ("language", "body", "full"),
    [
        ("fr", "Bonjour,\n\nje propose que notre vice-présidente, Mme Clarisse Mbida, représente l'Association des Camerounais "
         "de Tunisie (ACCT) lors de la discussion ouverte.\n\nBien à vous,\nPaul\n", "Association des Camerounais de Tunisie (ACCT)"),
        ("fr", "Bonjour,\n\nNous proposons que M. Idrissa Keita, trésorier, representera la Fédération des Maliens de Tunis "
         "lors de la table ronde 2.\n\nCordialement,\nAwa\n", "Fédération des Maliens de Tunis"),
        ("en", "Dear colleagues,\n\nWe propose that our deputy chair, Ms. Grace Okoro, represents the Nigerian Community "
         "Association, in Roundtable 3.\n\nBest,\nJohn\n", "Nigerian Community Association"),
        ("en", "Hello,\n\nI am pleased to confirm that Dr. Samir Haddad, Director, will represent Migrant Voices Network "
         "at the plenary session.\n\nRegards,\nLina\n", "Migrant Voices Network"),
    ],
)
def test_the_verb_of_representing_does_not_open_the_organisation(rules: ExtractRules, language: str, body: str,
                                                                 full: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [full]


@pytest.mark.parametrize(
    ("body", "title", "affiliation"),
    [
        ("تحية طيبة،\n\nتتشرف جمعية الأمل لحقوق المهاجرين بترشيح رئيسها الأستاذ فراس الزعبي لإلقاء مداخلة في الجلسة العامة.\n\n"
         "مع التحية،\nديما\n", "رئيس", "جمعية الأمل لحقوق المهاجرين"),
        ("تحية طيبة،\n\nتتشرف جمعية الأمل للتنمية بترشيح رئيسها، الدكتورة سلمى عيسى، للمشاركة في المائدة المستديرة 2.\n\n"
         "مع التحية،\nسامي\n", "رئيس", "جمعية الأمل للتنمية"),
        ("السادة المحترمون،\n\nترشح الشبكة العربية للهجرة نائب رئيسها الدكتور سامي خليل للمشاركة في الجلسة العامة\n\n"
         "وتفضلوا بقبول الاحترام،\nليلى\n", "نائب رئيس", "الشبكة العربية للهجرة"),
    ],
)
def test_a_post_that_points_back_at_the_organisation_loses_its_pronoun(rules: ExtractRules, body: str, title: str,
                                                                        affiliation: str) -> None:
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(title, affiliation)]


def test_a_lower_case_word_the_acronym_counts_is_not_skipped(rules: ExtractRules) -> None:
    text = "Au nom du Consortium universitaire Maghreb-Sahel pour l'étude des\nmigrations (CUMSEM), qui réunit"
    assert spelled_acronyms(text, rules)["CUMSEM"] == "Consortium universitaire Maghreb-Sahel pour l'étude des migrations"


@pytest.mark.parametrize(
    ("language", "body", "organisation"),
    [
        ("fr", "Bonjour,\n\nNous souhaitons intervenir lors de la table ronde 3.\n\nBien à vous,\nAïcha Traoré\n"
         "pour le Cercle des Mères Migrantes - Rabat\n", "Cercle des Mères Migrantes"),
        ("fr", "Bonjour,\n\nNous souhaitons intervenir à la séance plénière.\n\nCordialement,\nJean Dupont\n"
         "Pour l'Association Horizons Solidaires\n", "Association Horizons Solidaires"),
        ("fr", "Bonjour,\n\nNous souhaitons intervenir lors de la table ronde 1.\n\nSalutations,\nMarie Koné\n"
         "pour la Fédération des migrants du Sahel\n", "Fédération des migrants du Sahel"),
        ("fr", "Bonjour,\n\nNous souhaitons intervenir lors de la table ronde 2.\n\nSalutations,\nMarie Kone\n"
         "Au nom du Reseau Entraide Migrants, Tunis\n", "Reseau Entraide Migrants"),
        ("en", "Dear colleagues,\n\nWe wish to speak in roundtable 2.\n\nBest,\nJohn Smith\n"
         "for the Migrant Workers Network - Beirut\n", "Migrant Workers Network"),
        ("en", "Dear colleagues,\n\nWe wish to speak at the plenary.\n\nKind regards,\nAmina Yusuf\n"
         "On behalf of the Coalition for Migrant Rights\n", "Coalition for Migrant Rights"),
        ("en", "Dear colleagues,\n\nWe wish to speak in roundtable 4.\n\nRegards,\nSara Lee\n"
         "For Horizon Youth Association\n", "Horizon Youth Association"),
        ("ar", "تحية طيبة،\n\nنرغب في المشاركة في المائدة المستديرة 2.\n\nمع التحية،\nليلى حسن\n"
         "عن جمعية الأمل للمهاجرين\n", "جمعية الأمل للمهاجرين"),
        ("ar", "تحية طيبة،\n\nنرغب في المشاركة في الجلسة العامة.\n\nمع التحية،\nسامي خليل\n"
         "باسم الشبكة العربية للهجرة\n", "الشبكة العربية للهجرة"),
        ("ar", "تحية طيبة،\n\nنرغب في المشاركة في المائدة المستديرة 1.\n\nمع التحية،\nديما يوسف\n"
         "نيابة عن منتدى المهاجرين – عمان\n", "منتدى المهاجرين"),
    ],
)
def test_a_signature_line_for_the_organisation_names_it_without_its_preposition(
        rules: ExtractRules, language: str, body: str, organisation: str) -> None:
    assert run(message(body), rules, language=language).organisation == organisation


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        ("fr", "Bonjour,\n\nJe vous écris au nom du Cercle des Mères Migrantes (CMM), un groupe d'entraide.\n\n"
         "Nous souhaiterions que Mme Marie Ngo puisse intervenir lors de la table ronde 3.\n\nBien à vous,\nAïcha Traoré\n"
         "pour le Cercle des Mères Migrantes - Rabat\n", "Cercle des Mères Migrantes (CMM)"),
        ("en", "Dear colleagues,\n\nI write for the Migrant Workers Network (MWN), a union of domestic workers.\n\n"
         "We propose that Ms. Rita Haddad speak in roundtable 2.\n\nBest,\nJohn Smith\n"
         "for the Migrant Workers Network, Beirut\n", "Migrant Workers Network (MWN)"),
    ],
)
def test_the_organisation_a_signature_line_is_for_is_written_with_its_acronym(
        rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        # the capitalised words give the acronym's letters in order, and it takes one more from inside a word
        ("Le Réseau des Avocates pour les Droits des Migrants (RADEM) souhaite prendre part", "RADEM",
         "Réseau des Avocates pour les Droits des Migrants"),
        ("le Collectif des Femmes Migrantes de Sousse (COFEMS), basé à Sousse", "COFEMS",
         "Collectif des Femmes Migrantes de Sousse"),
        ("RESEAU DES AVOCATES POUR LES DROITS DES MIGRANTS (RADEM)", "RADEM",
         "RESEAU DES AVOCATES POUR LES DROITS DES MIGRANTS"),
        ("The Association of Migrant Lawyers in Tunisia (AMILT) would like", "AMILT",
         "Association of Migrant Lawyers in Tunisia"),
        ("on behalf of the Network of Domestic Workers Advocates (NEDWA).", "NEDWA",
         "Network of Domestic Workers Advocates"),
        ("the Union of Migrant Workers (UNIMW) asks", "UNIMW", "Union of Migrant Workers"),
        ("Le Forum des Jeunes pour la Migration Sûre (FJEMS) souhaite", "FJEMS", "Forum des Jeunes pour la Migration Sûre"),
        ("the Network of Lawyers for Migrant Rights (NLEMR) wishes", "NLEMR", "Network of Lawyers for Migrant Rights"),
        ("l'Association des Femmes Migrantes du Maroc (AFEMM), Rabat", "AFEMM", "Association des Femmes Migrantes du Maroc"),
    ],
)
def test_acronyms_with_one_letter_from_inside_a_word(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # two letters the words do not give, or a run no organisation word opens: no spelling
        ("the Union of Migrant Workers (UXYMW) asks", "UXYMW"),
        ("Ms Amina Diallo Traore (ADET) will speak", "ADET"),
        ("Migrants Droits Avocates (MDEA)", "MDEA"),
    ],
)
def test_acronyms_not_loosely_spelled(rules: ExtractRules, text: str, acronym: str) -> None:
    assert acronym not in spelled_acronyms(text, rules)


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        ("fr", "Madame, Monsieur,\n\nLe Réseau des Avocates pour les Droits des Migrants (RADEM) souhaite prendre part à la "
         "table ronde 2.\n\nNous proposons que Maître Fatoumata Sangaré, Présidente du RADEM, y intervienne.\n\n"
         "Salutations,\nAwa Traoré\n", "Réseau des Avocates pour les Droits des Migrants (RADEM)"),
        ("fr", "Bonjour,\n\nNous proposons Mme Aminata Ba, coordinatrice du COFEMS, pour la table ronde 1.\n\nCordialement,\n"
         "Awa Sow\nCollectif des Femmes Migrantes de Sousse (COFEMS)\n", "Collectif des Femmes Migrantes de Sousse (COFEMS)"),
        ("en", "Dear Sir or Madam,\n\nThe Association of Migrant Lawyers in Tunisia (AMILT) wishes to take part in roundtable 2. "
         "We propose Ms. Leila Ben Ali, Chair of AMILT, as our speaker.\n\nRegards,\nSami\n",
         "Association of Migrant Lawyers in Tunisia (AMILT)"),
    ],
)
def test_an_acronym_affiliation_is_written_in_full_when_loosely_spelled(
        rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        # a name and the body it is, on one line after a dash or bar: the value keeps the mark as written
        ("fr", "Bonjour,\n\nJe souhaiterais participer à la discussion ouverte.\n\nCordialement,\n\n--\nYassine Gharbi\n"
         "Rédacteur en chef\nVériMig – plateforme tunisienne de vérification des faits sur les migrations\n",
         "VériMig – plateforme tunisienne de vérification des faits sur les migrations"),
        ("fr", "Bonjour,\n\nJe souhaiterais participer à la table ronde 2.\n\nCordialement,\nSalma Ben Ali\n"
         "Coordinatrice\nMigraLab - observatoire des migrations de Sfax\n", "MigraLab - observatoire des migrations de Sfax"),
        ("fr", "Bonjour,\n\nJe souhaiterais participer a la table ronde 2.\n\nCordialement,\nSalma Ben Ali\n"
         "Redactrice\nVerimig - plateforme tunisienne de verification des faits\n",
         "Verimig - plateforme tunisienne de verification des faits"),
        ("fr", "Bonjour,\n\nJe souhaiterais participer à la table ronde 2.\n\nCordialement,\nSalma Ben Ali\n"
         "Coordinatrice\nMigraLab / observatoire des migrations de Sfax\n", "MigraLab / observatoire des migrations de Sfax"),
        ("en", "Hello,\n\nI would like to speak in the open discussion.\n\nBest,\nOmar Said\nEditor\n"
         "FactCheck Gulf – platform for migration reporting\n", "FactCheck Gulf – platform for migration reporting"),
        ("en", "Hello,\n\nI would like to speak at the plenary.\n\nBest,\nOmar Said\nEditor\n"
         "Migwatch / platform for fact-checking on migration\n", "Migwatch / platform for fact-checking on migration"),
        # written with a comma, it stays a comma
        ("en", "Hello,\n\nI would like to speak at the plenary.\n\nBest,\nOmar Said\nCoordinator\n"
         "Migrant Rights Legal Clinic, Faculty of Law, Canaan University\n",
         "Migrant Rights Legal Clinic, Faculty of Law, Canaan University"),
    ],
)
def test_a_body_after_a_dash_on_the_signature_line_keeps_its_dash(
        rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


@pytest.mark.parametrize(
    ("language", "body", "title"),
    [
        # a labelled person line the mailer wrapped inside the title: the next line goes on with it
        ("fr", "Madame, Monsieur,\n\nLe Conseil régional de Médenine souhaite participer à la table ronde 4.\n\n"
         "Intervenant proposé : M. Habib Zouari, Vice-président chargé de la coopération décentralisée\n"
         "et de la mobilité, Conseil régional de Médenine.\n\nSalutations,\nOlfa\n",
         "Vice-président chargé de la coopération décentralisée et de la mobilité"),
        ("fr", "Bonjour,\n\nNous souhaitons participer à la table ronde 2.\n\n"
         "Intervenante : Mme Salma Trabelsi, directrice chargee des partenariats internationaux\n"
         "et des migrations, Commune de Sfax\n\nCordialement,\nAli\n",
         "directrice chargee des partenariats internationaux et des migrations"),
        ("en", "Dear colleagues,\n\nWe wish to take part in roundtable 4.\n\n"
         "Proposed speaker: Mr. Habib Zouari, Vice-President in charge of decentralised cooperation\n"
         "and mobility, Regional Council of Medenine\n\nRegards,\nOlfa\n",
         "Vice-President in charge of decentralised cooperation and mobility"),
        ("en", "Dear colleagues,\n\nWe wish to take part in roundtable 1.\n\n"
         "Speaker: Dr Amal Nasser, Head of Research on labour migration and social protection\n"
         "for domestic workers, Institute of Labour Studies\n\nRegards,\nSami\n",
         "Head of Research on labour migration and social protection for domestic workers"),
        ("ar", "تحية طيبة،\n\nيرغب المجلس الجهوي في المشاركة في المائدة المستديرة 4.\n\n"
         "المتحدث المقترح: السيد حبيب الزواري، نائب رئيس المجلس المكلف بالتعاون اللامركزي والشراكات الدولية\n"
         "والتنقل، المجلس الجهوي بمدنين\n\nمع التحية،\nألفة\n",
         "نائب رئيس المجلس المكلف بالتعاون اللامركزي والشراكات الدولية والتنقل"),
    ],
)
def test_a_labelled_person_line_wrapped_inside_its_title_goes_on(
        rules: ExtractRules, language: str, body: str, title: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.title for s in speakers] == [title]


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        # a contact line under a labelled person line does not go on with it
        ("ar", "مساء الخير\n\nنرغب بالمشاركة في المائدة المستديرة الثالثة.\n"
         "المتحدث: المهندس جورج الحداد، رئيس لجنة الشؤون الاجتماعية في اتحاد بلديات ساحل المتن الجنوبي\n"
         "رقم الهاتف للتواصل ٠٣٨٤٧٢١٥\n\nمع الشكر\n", "اتحاد بلديات ساحل المتن الجنوبي"),
        ("en", "Hello\n\nWe wish to take part in roundtable 3.\n"
         "Speaker: Eng. George Haddad, Head of the Social Affairs Committee at the Union of Municipalities\n"
         "Phone for contact 03847215\n\nThanks\n", "Union of Municipalities"),
        ("fr", "Bonjour\n\nNous souhaitons participer à la table ronde 3.\n"
         "Intervenant : M. Georges Haddad, président de la commission sociale de l'Union des Municipalités\n"
         "Téléphone 03 84 72 15\n\nMerci\n", "Union des Municipalités"),
    ],
)
def test_a_contact_line_under_a_labelled_person_line_is_not_its_rest(
        rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


@pytest.mark.parametrize(
    ("language", "body", "full"),
    [
        # the place the organisation works in closes its name, and its letters leave it out
        ("en", "Dear Review Team,\n\nGreetings from the Nepali Domestic Workers Union in Lebanon (NDWU).\n\n"
         "We request the floor in Roundtable 2 for:\n1. Ms. Sita Gurung, Outreach Officer, NDWU\n\nRegards,\nRam Thapa\n",
         "Nepali Domestic Workers Union in Lebanon (NDWU)"),
        ("en", "Hello,\n\nwe would like to propose a speaker for the plenary:\n\nMr Joseph Mwangi - Treasurer - KDWS\n\n"
         "Best regards,\nAnn Wanjiru\nChairperson\nKenyan Diaspora Welfare Society in Saudi Arabia (KDWS)\n",
         "Kenyan Diaspora Welfare Society in Saudi Arabia (KDWS)"),
        ("en", "Dear colleagues,\n\nOn behalf of the Filipino Migrant Workers Council at Doha (FMWC), we propose\n"
         "Dr. Maria Santos, Legal Adviser, FMWC, for roundtable 3.\n\nThanks,\nLeo Cruz\n",
         "Filipino Migrant Workers Council at Doha (FMWC)"),
        ("fr", "Bonjour,\n\nL'Association des Travailleurs Sénégalais au Maroc (ATS) souhaite proposer :\n\n"
         "Mme Awa Ndiaye, Secrétaire générale, ATS - table ronde 1\n\nCordialement,\nMoussa Fall\n",
         "Association des Travailleurs Sénégalais au Maroc (ATS)"),
        ("fr", "Madame, Monsieur,\n\nnous proposons pour la table ronde 4 :\n\nM. Koffi Yao – tresorier – AEI\n\n"
         "Bien a vous,\nAya Kone\nAmicale des Etudiants Ivoiriens en Tunisie (AEI)\n",
         "Amicale des Etudiants Ivoiriens en Tunisie (AEI)"),
        ("fr", "Bonjour,\n\nLa Fédération des Associations Maliennes à Tunis (FAM) propose M. Idrissa Keita, "
         "chargé de communication, FAM, pour la séance plénière.\n\nSalutations,\nAwa\n",
         "Fédération des Associations Maliennes à Tunis (FAM)"),
    ],
)
def test_an_acronym_takes_the_full_name_that_ends_with_its_place(
        rules: ExtractRules, language: str, body: str, full: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [full]


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        # a letterhead line names the organisation, the country it is in after a dash; "we" propose the speaker
        ("ar", "نقابة عمال النقل البري والبحري - سلطنة عمان\nالرقم: 12/2021\n\nالسادة الأمانة المحترمين،\nتحية طيبة وبعد،\n\n"
         "يسرنا أن نرشح الدكتور ناصر بن علي الهنائي، المستشار القانوني، للمداخلة في المائدة المستديرة الثانية.\n\n"
         "مع التقدير،\nسعيد الكندي\nرئيس النقابة\n", "نقابة عمال النقل البري والبحري"),
        ("ar", "جمعية المرأة العاملة والمهاجرة – الأردن\n\nحضرات السادة،\n\n"
         "نتشرف بترشيح السيدة ليلى حداد، منسقة البرامج، لإلقاء كلمة في الجلسة العامة.\n\nوتفضلوا بقبول الاحترام\nهالة\n",
         "جمعية المرأة العاملة والمهاجرة"),
        ("ar", "اتحاد نقابات عمال الفنادق والمطاعم | المملكة الأردنية الهاشمية، عمّان\n\nتحية طيبة،\n\n"
         "يسعدنا أن نقترح الأستاذ خالد العمري، أمين الصندوق، للمشاركة في المائدة المستديرة 3.\n\nمع الشكر\n",
         "اتحاد نقابات عمال الفنادق والمطاعم"),
        ("en", "Seafarers and Port Workers Union - Sultanate of Oman\nRef: 12/2021\n\nDear Secretariat,\n\n"
         "We are pleased to nominate Dr. Nasser Al Hinai, Legal Adviser, to speak in roundtable 2.\n\n"
         "Regards,\nSaid Al Kindi\nPresident of the Union\n", "Seafarers and Port Workers Union"),
        ("fr", "Syndicat des Marins et Dockers – Royaume du Maroc\n\nMadame, Monsieur,\n\nNous avons l'honneur de proposer "
         "M. Karim Alaoui, conseiller juridique, pour intervenir à la table ronde 2.\n\nCordialement,\nSaid\n",
         "Syndicat des Marins et Dockers"),
        ("en", "WORKING WOMEN'S ASSOCIATION | Amman, Jordan\n\nDear colleagues,\n\nWe nominate Ms. Laila Haddad, "
         "Programme Coordinator, for the plenary.\n\nThanks\nHala\n", "WORKING WOMEN'S ASSOCIATION"),
    ],
)
def test_a_letterhead_with_its_country_after_a_dash_names_the_proposing_organisation(
        rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


@pytest.mark.parametrize(
    ("language", "body", "title"),
    [
        # "the same faculty": the second person belongs where the first does; the title before it stays whole
        ("ar", "تحية طيبة،\n\nيسر كلية الحقوق أن تقترح ما يلي:\n\n"
         "1- الدكتور سامي الحلبي – أستاذ القانون الدولي – كلية الحقوق، جامعة النهرين – المائدة المستديرة الثانية.\n"
         "2- الدكتورة منى الراوي – أستاذة مساعدة في علم الاجتماع – الكلية نفسها – الجلسة العامة.\n\nمع التحية\n",
         "أستاذة مساعدة في علم الاجتماع"),
        ("ar", "السادة المحترمين،\n\nنقترح المتحدثين التاليين:\n"
         "1. الأستاذ كريم داود، باحث في معهد الدراسات السكانية، المائدة المستديرة 1\n"
         "2. الدكتورة هدى سليم، باحثة أولى في الهجرة الدائرية، نفس المعهد، المائدة المستديرة 2\n\nشكرا\n",
         "باحثة أولى في الهجرة الدائرية"),
        ("ar", "تحية وبعد،\n\nيرشح المركز ما يلي:\n"
         "- السيد وليد ناصر – مدير البرامج – مركز العمل التنموي\n"
         "- السيدة سلمى عيسى – منسقة في الحماية الاجتماعية – المركز ذاته\n\nمع الشكر\n",
         "منسقة في الحماية الاجتماعية"),
        ("en", "Dear colleagues,\n\nWe propose the following speakers:\n"
         "1. Dr. Paul Okafor - Professor of Labour Economics - Faculty of Economics, University of Lagos - roundtable 1\n"
         "2. Dr. Jane Eze - Assistant Professor in Econometrics - same faculty - roundtable 2\n\nBest regards\n",
         "Assistant Professor in Econometrics"),
        ("en", "Hello,\n\nour nominations are:\n"
         "- Ms. Rita Mensah, Research Fellow, Institute of Migration Studies\n"
         "- Mr. Kofi Boateng, Senior Lecturer in Demography, the Same Institute\n\nThanks\n",
         "Senior Lecturer in Demography"),
        ("fr", "Bonjour,\n\nNous proposons :\n"
         "1. M. Karim Benali – professeur d'économie – Faculté des Sciences Économiques, Université de Tunis – table ronde 1\n"
         "2. Mme Salma Trabelsi – maître de conférences en économétrie – même faculté – table ronde 3\n\nCordialement\n",
         "maître de conférences en économétrie"),
        ("fr", "Madame, Monsieur,\n\nVoici nos intervenants :\n"
         "- Dr Aminata Diop, chercheuse, Institut des Études Migratoires\n"
         "- M. Ousmane Ba, chargé de recherche en démographie, la meme institution\n\nBien à vous\n",
         "chargé de recherche en démographie"),
    ],
)
def test_the_same_body_as_the_speaker_before(rules: ExtractRules, language: str, body: str, title: str) -> None:
    first, second = run(message(body), rules, language=language).speakers
    assert first.affiliation and second.affiliation == first.affiliation
    assert second.title == title


@pytest.mark.parametrize(("language", "body"), [
    ("ar", "نرفق تقرير National Commission for Migrant Workers' Affairs (NCMWA).\n\nكما نرشح السيدة مريم سالم، "
           "رئيسة قسم الرصد في الـ NCMWA، للمشاركة في الجلسة العامة.\n"),
    ("ar", "نرفق تقرير National Commission for Migrant Workers' Affairs (NCMWA).\n\nكما نرشح السيدة مريم سالم، "
           "رئيسة قسم الرصد بالـNCMWA، للمشاركة في الجلسة العامة.\n"),
    ("en", "Please find the report of the National Commission for Migrant Workers' Affairs (NCMWA).\n\nWe also nominate "
           "Ms. Maryam Salem, Head of Monitoring at the NCMWA, for the plenary.\n"),
])
def test_an_acronym_after_an_article_is_the_full_name_written_before(rules: ExtractRules, language: str, body: str) -> None:
    (s,) = run(message(body), rules, language=language).speakers
    assert s.affiliation == "National Commission for Migrant Workers' Affairs (NCMWA)"


@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("ar", "الاسم: ريم خالد\nالصفة: أستاذة مشاركة\nالجهة: قسم علم الاجتماع - كلية الآداب - جامعة اليرموك\nالدور: الجلسة العامة\n",
     "قسم علم الاجتماع - كلية الآداب - جامعة اليرموك"),
    ("ar", "الاسم: رنا العبادي\nالصفة: مقررة اللجنة\nالجهة: لجنة العمل والسكان - مجلس النواب الأردني\nالدور: الجلسة العامة\n",
     "لجنة العمل والسكان - مجلس النواب الأردني"),
    ("fr", "Nous proposons le Pr Karim Alaoui, professeur de droit, Faculté des Sciences Juridiques – Université Ibn Zohr, "
           "pour la plénière.\n", "Faculté des Sciences Juridiques – Université Ibn Zohr"),
    ("en", "Name: Rana Odeh\nTitle: Legal Adviser\nOrganisation: Migration Studies Centre - Birzeit University\n"
           "Role: plenary\n", "Migration Studies Centre - Birzeit University"),
])
def test_a_body_within_a_body_keeps_the_dash_written_between_them(rules: ExtractRules, language: str, body: str,
                                                                    affiliation: str) -> None:
    (s,) = run(message(body), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize("phone", ["+965 5xx xx 214", "+961 3 XXX XXX", "00212 6xx xx xx xx"])
def test_a_masked_phone_number_in_a_signature_is_no_organisation(rules: ExtractRules, phone: str) -> None:
    body = ("Dear Sir/Madam,\n\nOn behalf of the Filipino Workers Alliance – Kuwait Chapter (FWA-Kuwait), I would like to "
            "request a floor intervention in one of the roundtables.\n\nThank you,\n\nMaria D. Cruz\nChairperson\n"
            f"FWA-Kuwait\nSalmiya, Kuwait\n{phone}\n")
    (s,) = run(message(body, from_="Maria D. Cruz <maria@example.org>"), rules, language="en").speakers
    assert s.affiliation == "Filipino Workers Alliance – Kuwait Chapter (FWA-Kuwait)"


# ---------------------------------------------------------------------------------------------
# The lone speaker's organisation in a sentence that opens with a pronoun

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hello,\nWe would like to propose our outreach officer Maria Santos to speak at roundtable 2.\nShe runs the "
     "helpdesk of the Filipino Workers Solidarity Network (FWSN) in Dubai.\nThanks\nJohn\n", "en",
     "Filipino Workers Solidarity Network (FWSN)"),
    ("Hi,\nWe propose our paralegal Joseph Otieno as rapporteur.\nHe currently volunteers at the Nairobi Migrant "
     "Legal Aid Centre.\nBest,\nAnne\n", "en", "Nairobi Migrant Legal Aid Centre"),
    ("Bonjour,\nNous proposons notre juriste Fatou Sow pour intervenir à la table ronde 4.\nElle travaille au sein "
     "de l'Association des Travailleurs Migrants du Sénégal depuis 2016.\nMerci,\nAwa\n", "fr",
     "Association des Travailleurs Migrants du Sénégal"),
    ("Bonjour,\nNous proposons notre animateur Paul Mendy pour la table ronde 1.\nIl coordonne le pôle jeunesse du "
     "Collectif Migrations Solidaires.\nMerci,\nAwa\n", "fr", "Collectif Migrations Solidaires"),
    ("مرحبا،\nنرشح زميلتنا المحامية ليلى حداد للمشاركة بمداخلة في الجلسة العامة.\nوتعمل في جمعية عدالة للعمال "
     "المهاجرين منذ سنوات.\nشكرا\nسامي\n", "ar", "جمعية عدالة للعمال المهاجرين"),
])
def test_a_pronoun_sentence_gives_the_lone_speaker_organisation(body: str, language: str, affiliation: str,
                                                                rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [affiliation]


@pytest.mark.parametrize(("body", "language"), [
    # the same verbs about people or a field of work, not a body
    ("Hello,\nWe would like to propose our outreach officer Maria Santos to speak at roundtable 2.\nShe works with "
     "migrant women every day.\nThanks\nJohn\n", "en"),
    ("Bonjour,\nNous proposons notre animateur Paul Mendy pour la table ronde 1.\nIl anime des ateliers de théâtre "
     "pour les jeunes.\nMerci,\nAwa\n", "fr"),
    ("مرحبا،\nنرشح زميلتنا المحامية ليلى حداد للمشاركة بمداخلة في الجلسة العامة.\nوتعمل في مجال حماية العمال "
     "المهاجرين منذ سنوات.\nشكرا\nسامي\n", "ar"),
])
def test_a_pronoun_sentence_about_a_field_gives_no_organisation(body: str, language: str,
                                                                rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# 'Fellowship' and 'amicale' name a body (words.org)

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hi,\nWe would like to propose our volunteer Grace Mwangi to speak at the open discussion. She leads the "
     "women's circle of the Kenyan Workers' Fellowship in Doha.\nThanks\nPeter\n", "en", "Kenyan Workers' Fellowship"),
    ("Bonjour,\nNous proposons notre trésorier Ali Benhamou pour intervenir à la table ronde 3. Il anime la "
     "permanence juridique de l'Amicale des Travailleurs Algériens de Lyon.\nMerci\nNadia\n", "fr",
     "Amicale des Travailleurs Algériens de Lyon"),
])
def test_a_fellowship_or_an_amicale_is_the_speaker_organisation(body: str, language: str, affiliation: str,
                                                                 rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [affiliation]


def test_a_fellowship_awarded_is_no_organisation(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe nominate Dr. Omar Hassan, Senior Researcher at the Gulf Labour Institute, to speak at "
            "roundtable 2. He was awarded a research fellowship in 2019.\nBest,\nSara\n")
    fields = run(message(body), rules, language="en")
    assert [s.affiliation for s in fields.speakers] == ["Gulf Labour Institute"]


# ---------------------------------------------------------------------------------------------
# A name closed by its acronym, whose only post words are plural, names a body

@pytest.mark.parametrize("phrase", [
    "Minya Returnees Youth Volunteers (MRYV)",
    "Young Women Leaders (YWL)",
    "Sfax Community Mediators (SCM)",
])
def test_a_group_of_people_with_its_acronym_is_a_body(phrase: str, rules: ExtractRules) -> None:
    assert phrase_kind(phrase, rules) == "org"


@pytest.mark.parametrize("phrase", [
    "Programme Officer (PO)",  # one post, with its acronym
    "Chief Executive Officer (CEO)",
    "Youth Volunteer Coordinator (YVC)",
    "Senior Advisors",  # plural, but no acronym closes it
])
def test_a_post_with_its_acronym_stays_a_post(phrase: str, rules: ExtractRules) -> None:
    assert phrase_kind(phrase, rules) == "title"


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("ازيكم،\nانا حابب اشارك في النقاش المفتوح.\nشكرا\n\n--\nسلمى فؤاد\nAswan Youth Peer Educators (AYPE)\n",
     "ar", "Aswan Youth Peer Educators (AYPE)"),
    ("Hi,\nI'd like to take part in the open discussion.\nThanks\n\n--\nRami Nassar\nTripoli Returnee Volunteers (TRV)\n",
     "en", "Tripoli Returnee Volunteers (TRV)"),
    ("Bonjour,\nJe souhaite intervenir dans la discussion ouverte.\nMerci\n\n--\nAya Benali\n"
     "Oujda Migrant Mediators (OMM)\n", "fr", "Oujda Migrant Mediators (OMM)"),
])
def test_a_signature_group_name_is_the_affiliation(body: str, language: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(None, affiliation)]


# ---------------------------------------------------------------------------------------------
# A ministry keeps its country after a comma; another body's town after a comma is an address

def _speaker(body: str, rules: ExtractRules, language: str) -> tuple[str | None, str | None]:
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language=language)
    assert len(fields.speakers) == 1
    sp = fields.speakers[0]
    return sp.name, sp.affiliation


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


# ---------------------------------------------------------------------------------------------
# A group admin's signature: "Admin" is a title, the group the organisation

def _extract(body: str, rules: ExtractRules, language: str) -> Fields:
    return run(message(body), rules, language=language)


_FR_ADMIN = ("Bonjour,\n\nJe vous écris au nom du Réseau des Migrants Guinéens de Tunis (RMGT), notre groupe WhatsApp.\n\n"
             "On voudrait proposer Mme Mariama Bah, notre porte-parole, pour une intervention dans la table ronde 3.\n\n"
             "Cordialement\nKadiatou Barry\n{}\n")
_EN_ADMIN = ("Dear team,\n\nI am writing on behalf of the Filipino Domestic Workers Network Jordan (FDWNJ).\n\n"
             "We would like to propose Ms Liza Santos, our coordinator, to speak in the open discussion.\n\n"
             "Best regards,\nJoy Cruz\n{}\n")


@pytest.mark.parametrize(("template", "line", "language", "affiliation"), [
    (_FR_ADMIN, "Admin du groupe RMGT", "fr", "Réseau des Migrants Guinéens de Tunis (RMGT)"),
    (_FR_ADMIN, "Admin du réseau RMGT", "fr", "Réseau des Migrants Guinéens de Tunis (RMGT)"),
    (_EN_ADMIN, "Admin of the FDWNJ group", "en", "Filipino Domestic Workers Network Jordan (FDWNJ)"),
])
def test_a_group_admin_signature_does_not_replace_the_organisation(rules: ExtractRules, template: str, line: str,
                                                                   language: str, affiliation: str) -> None:
    sp = _extract(template.format(line), rules, language).speakers[0]
    assert sp.affiliation == affiliation


# Community choirs are organisations
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear Sir/Madam,\nI would like to ask for a floor intervention in a plenary session.\n\nWarm regards,\nMaria Santos\n"
     "Choir Director, Saint Joseph Filipino Choir Dubai\n", "en", "Saint Joseph Filipino Choir Dubai"),
    ("Bonjour,\nJe souhaite prendre la parole en séance plénière.\n\nCordialement,\nJeanne Mbala\n"
     "Présidente, Chorale Saint-Paul de Tunis\n", "fr", "Chorale Saint-Paul de Tunis"),
    ("تحية طيبة\nأرغب في المشاركة بمداخلة في الجلسة العامة.\n\nمع التحية\nسلمى داود\nمديرة كورال صوت المهاجرين\n",
     "ar", "كورال صوت المهاجرين"),
])
def test_a_choir_is_an_organisation(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    assert _extract(body, rules, language).speakers[0].affiliation == affiliation


def test_choir_practice_names_no_organisation(rules: ExtractRules) -> None:
    body = ("Dear Sir/Madam,\nAfter choir practice tonight our members agreed that I should ask for a floor intervention "
            "in a plenary session.\n\nWarm regards,\nMaria Santos\n")
    assert _extract(body, rules, "en").speakers[0].affiliation is None


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
    assert spelled_acronyms(text, rules) == {acronym: full}


@pytest.mark.parametrize("text", [
    # two words left out, or letters no opening gives: not this name's acronym
    "Le Réseau marocain de recherche sur les migrations climatiques (REMC) a le plaisir de vous écrire.",
    "Le Centre pour les droits des migrants (CEDRIM) a le plaisir de vous écrire.",
])
def test_an_acronym_that_leaves_out_more_is_not_spelled(text: str, rules: ExtractRules) -> None:
    assert spelled_acronyms(text, rules) == {}


def test_a_table_cell_with_the_acronym_gets_the_whole_name(rules: ExtractRules) -> None:
    body = "Bonjour,\nLe Réseau tunisien de recherche sur les mobilités côtières (RETURC) propose l'intervenante " \
           "suivante :\nNom : Mme Salma Ben Ali\nFonction : Chargée d'études\nOrganisation : RETURC\n" \
           "Rôle : Table ronde 3\nCordialement,\nLe bureau du RETURC\n"
    sp = run(message(body), rules, language="fr").speakers
    assert [(s.name, s.affiliation) for s in sp] == [
        ("Salma Ben Ali", "Réseau tunisien de recherche sur les mobilités côtières (RETURC)")]


# An acronym made of the first letters of each word of a capitalised name that an organisation word closes
# ("SO"mali "Y"outh "DE"velopment "N"etwork): the name, without an organisation word to open it
@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("On behalf of the Somali Youth Development Network (SOYDEN) and its partners", "SOYDEN",
     "Somali Youth Development Network"),
    ("au nom de la Jeunesse Comorienne Solidaire Association (JECOSA), basée à Moroni", "JECOSA",
     "Jeunesse Comorienne Solidaire Association"),
    ("the Eritrean Diaspora Migrant Union (ERIDIMU) would like to nominate", "ERIDIMU", "Eritrean Diaspora Migrant Union"),
])
def test_acronyms_of_word_openings_of_a_capitalised_name(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


def test_near_miss_word_openings_without_an_organisation_word_spell_nothing(rules: ExtractRules) -> None:
    # capitalised words that open the letters but name no organisation (a place and a theme)
    assert "SOYDEN" not in spelled_acronyms("a study of Somali Youth Development Needs (SOYDEN) in Kismayo", rules)


def test_a_labelled_acronym_affiliation_takes_the_name_its_word_openings_spell(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nOn behalf of the Somali Youth Development Network (SOYDEN), we propose a rapporteur:\n\n"
            "- Name: Hamdi Abdi Warsame\n- Position: Youth Advocacy Lead\n- Organisation: SOYDEN\n\nRegards,\nYusuf Ali\n")
    speakers = run(message(body), rules, language="en").speakers
    assert [s.affiliation for s in speakers] == ["Somali Youth Development Network (SOYDEN)"]


# A ministry's name that lists its portfolios after a comma, one of them after an elided article ("..., de la Coopération
# Africaine et des Marocains Résidant à l'Étranger"): the capitalised word after "l'" goes on with the name
@pytest.mark.parametrize(("body", "affiliation"), [
    ("Bonjour,\nNous proposons M. Driss Alaoui, Directeur des Affaires Consulaires au Ministère des Affaires Étrangères, "
     "de la Coopération Africaine et des Marocains Résidant à l'Étranger, pour la session plénière.\nCordialement",
     "Ministère des Affaires Étrangères, de la Coopération Africaine et des Marocains Résidant à l'Étranger"),
    ("Bonjour,\nNous proposons Mme Awa Ndiaye, conseillère au Ministère de l'Intégration Africaine, de la Solidarité et "
     "de l'Action Humanitaire, pour la table ronde 2.\nCordialement",
     "Ministère de l'Intégration Africaine, de la Solidarité et de l'Action Humanitaire"),
    ("Madame,\nLa Direction propose M. Hamid Kone, chef de division au Ministère de la Santé, de la Population et de "
     "l'Hygiène Publique, comme rapporteur.\nMerci",
     "Ministère de la Santé, de la Population et de l'Hygiène Publique"),
])
def test_a_portfolio_after_an_elided_article_goes_on_with_the_ministry(body: str, affiliation: str,
                                                                        rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language="fr").speakers] == [affiliation]


def test_near_miss_a_lower_case_piece_after_the_ministry_is_no_portfolio(rules: ExtractRules) -> None:
    body = ("Bonjour,\nNous proposons Mme Awa Ndiaye, conseillère au Ministère des Affaires Sociales, à l'écoute des "
            "associations, pour la table ronde 2.\nCordialement")
    assert [s.affiliation for s in run(message(body), rules, language="fr").speakers] == ["Ministère des Affaires Sociales"]


# ---------------------------------------------------------------------------------------------
# A religious community or fellowship named in the proposer's signature ("Fraternité Sainte-Rafqa", "Paroisse
# Saint-Joseph", "St Anne's Parish") is the organisation of "our" chaplain

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Bonjour,\n\nNotre aumônier, le Père Maroun Tannous, souhaiterait intervenir à la table ronde 4.\n\nNada Karam\n"
     "Fraternité Sainte-Rafqa\nJounieh, Liban\n", "fr", "Fraternité Sainte-Rafqa"),
    ("Bonjour,\n\nNotre aumônier, Père Joseph Salameh, souhaite intervenir en plénière.\n\nRita Nassar\n"
     "Paroisse Saint-Joseph\nBeyrouth\n", "fr", "Paroisse Saint-Joseph"),
    ("Dear colleagues,\n\nOur chaplain, Father Thomas Mensah, would like to speak at roundtable 1.\n\nRuth Boateng\n"
     "St Anne's Parish\nDubai\n", "en", "St Anne's Parish"),
])
def test_a_religious_community_in_the_signature_is_the_organisation(rules: ExtractRules, body: str, language: str,
                                                                    affiliation: str) -> None:
    speakers = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


# ---------------------------------------------------------------------------------------------
# An Arabic letter's addressee line ("السادة / X المحترمون", "حضرة السيد ... المحترم"), which the mailer may run on
# into the subject line "م/ المشاركة ...": the body it names receives the letter, the proposer is the one that writes

@pytest.mark.parametrize(("body", "affiliation"), [
    ("السادة / منظمة العمل الدولية - المكتب الإقليمي للدول العربية            المحترمون\nم/ المشاركة في المراجعة "
     "الإقليمية\n\nتحية طيبة\n\nيود اتحاد نقابات العمال في الأردن أن يبدي رغبته في المشاركة بمداخلة في الجلسة العامة.\n\n"
     "ويمثلنا في هذه المداخلة السيد رئيس الاتحاد الأستاذ خالد الزعبي.\n\nمع الاحترام\nقسم الإعلام",
     "اتحاد نقابات العمال في الأردن"),
    ("السادة/ اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)              المحترمين\nم/ طلب مداخلة في المائدة "
     "المستديرة الثانية\n\nتحية طيبة وبعد،\n\nترغب جمعية النهضة للاجئين في صيدا في المشاركة بمداخلة في المائدة المستديرة "
     "الثانية.\n\nوتمثلنا في هذه المداخلة السيدة رئيسة الجمعية الدكتورة سعاد حمدي.\n\nمع الشكر", "جمعية النهضة للاجئين"),
    ("الإخوة / الشبكة العربية للهجرة والتنمية                                المحترمون\nم/ المشاركة في الاستعراض "
     "الإقليمي\n\nتود رابطة العمال المهاجرين في الكويت أن تبدي رغبتها في المشاركة بمداخلة في النقاش المفتوح.\n\n"
     "ويمثل الرابطة في هذه المداخلة الأستاذ سامي الحداد، منسق الرابطة.\n\nشكرا", "رابطة العمال المهاجرين في الكويت"),
    ("حضرة السيد الممثل الإقليمي للمفوضية السامية لشؤون اللاجئين المحترم\nم/ المشاركة في الاستعراض الإقليمي\n\n"
     "تود رابطة العمال المهاجرين في الكويت أن تبدي رغبتها في المشاركة بمداخلة في النقاش المفتوح.\n\n"
     "ويمثل الرابطة في هذه المداخلة الأستاذ سامي الحداد، منسق الرابطة.\n\nشكرا", "رابطة العمال المهاجرين في الكويت"),
])
def test_the_addressee_of_a_letter_is_not_the_proposer(rules: ExtractRules, body: str, affiliation: str) -> None:
    speakers = run(message(body, subject="مشاركة"), rules, language="ar").speakers
    assert [s.affiliation for s in speakers] == [affiliation]


def test_near_miss_with_no_addressee_the_first_body_still_proposes(rules: ExtractRules) -> None:
    body = ("تحية طيبة\n\nيود اتحاد نقابات العمال في الأردن أن يبدي رغبته في المشاركة بمداخلة في الجلسة العامة.\n\n"
            "ويمثلنا في هذه المداخلة السيد رئيس الاتحاد الأستاذ خالد الزعبي.\n\nمع الاحترام")
    speakers = run(message(body, subject="مشاركة"), rules, language="ar").speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("خالد الزعبي", "اتحاد نقابات العمال في الأردن")]


# ---------------------------------------------------------------------------------------------
# A university named with the town or country it stands in ("American University in Dubai", "British University in
# Egypt") keeps it; any body keeps the country it is named for ("... Association in Lebanon"); after another body
# "in <town>" is an address and is dropped

@pytest.mark.parametrize(("body", "affiliation"), [
    ("Dear team,\nWe propose Dr. Nadia Fares, Associate Professor, American University in Dubai, for roundtable 3.\n"
     "Best,\nSami\n", "American University in Dubai"),
    ("Dear team,\nWe propose Dr. Karim Saleh, Lecturer at the British University in Egypt, for the plenary.\nBest,\nSami\n",
     "British University in Egypt"),
    ("Dear team,\nKindly register Prof. Lina Haddad, Dean, German University in Cairo, for the open discussion.\n"
     "Regards,\nOmar\n", "German University in Cairo"),
])
def test_a_university_keeps_the_place_in_its_name(body: str, affiliation: str, rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language="en").speakers] == [affiliation]


@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("en", "Dear team,\nWe propose Ms. Lea Haddad, Programme Officer, Caritas in Tripoli, for the plenary.\nBest,\nSami\n",
     "Caritas"),
    ("en", "Dear team,\nWe propose Ms. Lea Haddad, Programme Officer, Migrant Support Centre in Beirut, for the "
           "plenary.\nBest,\nSami\n", "Migrant Support Centre"),
    ("fr", "Bonjour,\nNous proposons Mme Awa Diallo, coordinatrice, Réseau des femmes migrantes à Sfax, pour la plénière.\n"
     "Cordialement,\nSami\n", "Réseau des femmes migrantes"),
])
def test_near_miss_another_body_in_a_town_drops_the_town(language: str, body: str, affiliation: str,
                                                         rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language=language).speakers] == [affiliation]


@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("en", "Dear team,\nWe propose Ms. Meron Tesfaye, Secretary, Eritrean Housemaids Support Circle in Jordan, for the "
           "plenary.\nBest,\nSami\n", "Eritrean Housemaids Support Circle in Jordan"),
    ("en", "Dear team,\nWe propose Mr. Rahim Uddin, Chair, Bangladeshi Workers Welfare Forum in the UAE, for the "
           "plenary.\nBest,\nSami\n", "Bangladeshi Workers Welfare Forum in the UAE"),
    ("fr", "Bonjour,\nNous proposons M. Idriss Mahamat, trésorier, Amicale des étudiants tchadiens au Maroc, pour la "
           "plénière.\nCordialement,\nSami\n", "Amicale des étudiants tchadiens au Maroc"),
    ("fr", "Bonjour,\nNous proposons Mme Fatou Ndiaye, présidente, Union des commerçantes sénégalaises en Mauritanie, "
           "pour la plénière.\nCordialement,\nSami\n", "Union des commerçantes sénégalaises en Mauritanie"),
    ("ar", "تحية طيبة،\nنقترح السيدة أمل عثمان، أمينة السر، رابطة الطالبات السودانيات في مصر، للجلسة العامة.\nمع التحية\n",
     "رابطة الطالبات السودانيات في مصر"),
])
def test_a_body_keeps_the_country_it_is_named_for(language: str, body: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language=language).speakers] == [affiliation]


# ---------------------------------------------------------------------------------------------
# Degrees after the name in a signature ("Dr. Karim Nassar, MD, MPH"): a post-nominal in capitals is no acronym of
# the organisation; the title and organisation lines under the name are read as usual

_SIGNED = "{greeting}\n\n{ask}\n\n{closing}\n\n{name_line}\n{title}\n{org}\n"


@pytest.mark.parametrize(("language", "greeting", "ask", "closing", "name_line", "title", "org"), [
    ("en", "Dear team,", "I would like to request a speaking slot at the plenary.", "Best regards,",
     "Dr. Karim F. Nassar, MD, PhD, MPH, FRCPC", "Head of Psychiatry", "Mount Lebanon University Hospital (MLUH)"),
    ("en", "Hello,", "I'd like to take part in the open discussion on 23 Feb.", "Thanks,",
     "Salma Idris, MSW", "Programme Manager", "Sudanese Women's Health Network"),
    ("fr", "Bonjour,", "Je souhaite intervenir en plénière.", "Cordialement,",
     "Dr Rania Haddad, MD, MPH", "Directrice médicale", "Centre hospitalier de Zahlé"),
    ("fr", "Madame, Monsieur,", "Je souhaiterais prendre la parole à la table ronde 2.", "Bien à vous,",
     "Youssef Amrani, MBBS, MRCPsych", "Psychiatre", "Association marocaine de santé mentale"),
])
def test_degrees_after_the_signed_name_are_no_organisation(language: str, greeting: str, ask: str, closing: str,
                                                            name_line: str, title: str, org: str,
                                                            rules: ExtractRules) -> None:
    body = _SIGNED.format(greeting=greeting, ask=ask, closing=closing, name_line=name_line, title=title, org=org)
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language=language)
    assert len(fields.speakers) == 1
    sp = fields.speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == (name_line.split(",")[0].removeprefix("Dr. ").removeprefix("Dr "),
                                                   title, org)


def test_near_miss_an_acronym_after_the_signed_name_stays_the_organisation(rules: ExtractRules) -> None:
    body = "Dear team,\n\nI would like to request a speaking slot at the plenary.\n\nBest regards,\n\nTarek Nasser, AMRN\n"
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="en").speakers[0]
    assert (sp.name, sp.affiliation) == ("Tarek Nasser", "AMRN")


def test_a_degree_is_no_organisation_but_an_office_acronym_is_a_title(rules: ExtractRules) -> None:
    assert phrase_kind("MD", rules) == "unknown"
    assert phrase_kind("MPH", rules) == "unknown"
    assert phrase_kind("CEO", rules) == "title"
    assert phrase_kind("AMRN", rules) == "org"


# ---------------------------------------------------------------------------------------------
# An administrative division after a title ("Directeur ... - Wilaya de Tamanrasset", "Head Teacher - Ajloun Governorate",
# "Gouvernorat de Kasserine", "Province de Tiznit") is where the person works, not the body they represent

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Bonjour,\nNous proposons l'intervenant suivant pour la table ronde 1 :\n\nMohamed Cherif\nDirecteur de l'école "
     "primaire - Wilaya de Tamanrasset\n\nIl représente notre syndicat, l'Union des Enseignants du Sud (UES).\n\n"
     "Cordialement,\nLe bureau\n", "fr", "Union des Enseignants du Sud (UES)"),
    ("Dear colleagues,\nWe propose the following speaker for the plenary:\n\nLina Odeh\nHead Teacher - Ajloun Governorate"
     "\n\nShe represents our network, the Jordan Teachers Forum (JTF).\n\nBest,\nOmar\n", "en",
     "Jordan Teachers Forum (JTF)"),
    ("Bonjour,\nNous proposons l'intervenante suivante pour la plénière :\n\nSarra Gharbi\nInspectrice régionale - "
     "Gouvernorat de Kasserine\n\nElle représente l'Association Tunisienne pour l'École (ATE).\n\nCordialement,\nAmine\n",
     "fr", "Association Tunisienne pour l'École (ATE)"),
    ("Bonjour,\nNous proposons l'intervenant suivant pour la plénière :\n\nHassan Ait Ali\nConseiller pédagogique - "
     "Province de Tiznit\n\nIl représente l'Association Amal pour l'Éducation (AAE).\n\nCordialement,\nAmine\n", "fr",
     "Association Amal pour l'Éducation (AAE)"),
])
def test_an_administrative_division_after_a_title_is_a_place(body: str, language: str, affiliation: str,
                                                             rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    # the division inside a body's name, or a body named after it, stays
    ("Bonjour,\nNous proposons l'intervenante suivante pour la plénière :\n\nSarra Gharbi\nInspectrice régionale\n"
     "Direction régionale de l'éducation de la Wilaya de Sfax\n\nCordialement,\nAmine\n", "fr",
     "Direction régionale de l'éducation de la Wilaya de Sfax"),
    ("Dear colleagues,\nWe propose the following speaker for the plenary:\n\nLina Odeh\nCoordinator\n"
     "Province Teachers Union\n\nBest,\nOmar\n", "en", "Province Teachers Union"),
])
def test_near_miss_a_body_that_names_a_division_keeps_it(body: str, language: str, affiliation: str,
                                                         rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


# ---------------------------------------------------------------------------------------------
# The proposer's organisation named in a way the capitalised runs miss: a signature line that signs for "the
# association" over the name and the organisation's own line, a unit "at the Centre" (glued, "بالمركز"), a broadcaster
# called "راديو", and a French name in lower case after its organisation word that its acronym spells out

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("مرحبا\nنرشح الزميلة سلمى حداد، مسؤولة المناصرة، للمشاركة في الجلسة العامة.\nشكرا\n\nعن الجمعية\nريم خوري\n"
     "أمينة الصندوق\nجمعية التضامن مع العمال المهاجرين\nطرابلس\n", "ar", "جمعية التضامن مع العمال المهاجرين"),
    ("Hello,\nWe would like our colleague Sam Nader, advocacy officer, to take the floor in the plenary.\nThanks\n\n"
     "For the association\nRita Khoury\nTreasurer\nMigrant Solidarity Association\n", "en", "Migrant Solidarity Association"),
    ("Bonjour,\nNous proposons notre collègue Sami Nader, chargé de plaidoyer, pour une intervention en plénière.\n"
     "Merci\n\nPour l'association\nRita Khoury\nTrésorière\nAssociation Solidarité Migrants\n", "fr",
     "Association Solidarité Migrants"),
    ("تحية طيبة،\nنود ترشيح السيد باسل عمر، رئيس قسم البحوث بالمركز، لمداخلة في الجلسة العامة.\nمع التحية\n\n"
     "ليلى سمير\nالمديرة التنفيذية\nمركز الدراسات الاجتماعية والهجرة\n", "ar", "مركز الدراسات الاجتماعية والهجرة"),
    ("السلام عليكم\nنرشح الزميل كريم سعدي، مقدم برامج، لمداخلة في الجلسة العامة.\nشكرا\n\nيوسف العلمي\nراديو صوت الجنوب\n",
     "ar", "راديو صوت الجنوب"),
    ("Bonjour,\nNous vous transmettons ci-joint le rapport de la Fédération des associations de migrants du Maghreb "
     "(FAMM). Notre secrétaire générale, Mme Houda Benali, souhaite intervenir en plénière.\nCordialement,\n"
     "Le secrétariat\n", "fr", "Fédération des associations de migrants du Maghreb (FAMM)"),
])
def test_the_proposers_organisation_written_past_the_runs(body: str, language: str, affiliation: str,
                                                           rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    # a unit of a body the sentence names keeps that body; an acronym spelling out no organisation names none
    ("السادة الأفاضل،\nنرشح السيدة هالة يوسف، مديرة قسم التدريب بجمعية النهضة للتنمية، للمشاركة في المائدة المستديرة "
     "الثانية.\nمع التحية\nسامي\n", "ar", "جمعية النهضة للتنمية"),
    ("Bonjour,\nNous avons lu le rapport sur le Pacte mondial sur les migrations (PMM). Mme Houda Benali souhaite "
     "intervenir en plénière.\nCordialement,\nLe secrétariat\n", "fr", None),
])
def test_near_miss_a_named_body_or_a_spelled_out_non_organisation(body: str, language: str, affiliation: str | None,
                                                                   rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


# ---------------------------------------------------------------------------------------------
# A name spelled out with a ligature ("Union des Œuvres Sociales Arméniennes du Liban (UOSAL)", "l'Œuvre d'Orient"):
# the ligature gives its first letter to the acronym, as "Oeuvres" does

@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("le rapport de l'Union des Œuvres Sociales Arméniennes du Liban (UOSAL) sur le Pacte", "UOSAL",
     "Union des Œuvres Sociales Arméniennes du Liban"),
    ("Nous, l'Œuvre Sociale des Travailleurs Migrants (OSTM), proposons", "OSTM",
     "Œuvre Sociale des Travailleurs Migrants"),
    ("membre de l'Association pour les Œuvres Éducatives de Tyr (AOET) depuis 2015", "AOET",
     "Association pour les Œuvres Éducatives de Tyr"),
])
def test_a_ligature_gives_its_first_letter_to_the_acronym(text: str, acronym: str, full: str, rules: ExtractRules) -> None:
    assert spelled_acronyms(text, rules)[acronym] == full


def test_near_miss_a_ligature_name_that_does_not_spell_the_acronym(rules: ExtractRules) -> None:
    # "Œuvres" is an O, not the E or the U of these letters
    assert "UESAL" not in spelled_acronyms("l'Union des Œuvres Sociales Arméniennes du Liban (UESAL) à Beyrouth", rules)


# ---------------------------------------------------------------------------------------------
# The sender's group introducing itself ("نحن جمعية X، ...", the colloquial "إحنا مؤسسة Y", "we are the Z", "nous sommes
# l'Association W") and then proposing one of its own by post ("رئيسة الجمعية السيدة ..."): the group is the speaker's
# organisation

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("مرحباً،\nنحن جمعية النور لدعم العمال المهاجرين، جمعية صغيرة تعمل مع العاملات في الجنوب.\nونرغب أن تشارك رئيسة "
     "الجمعية السيدة ليلى الحسن في النقاش المفتوح يوم 23 شباط.\nشكراً\nسامر\n", "ar", "جمعية النور لدعم العمال المهاجرين"),
    ("أهلاً بيكم،\nإحنا مؤسسة الطريق للتنمية والتدريب، شركة اجتماعية بنشتغل مع الشباب.\nعايزين نرشح مديرة المؤسسة "
     "الأستاذة منى فؤاد للمشاركة في المائدة المستديرة الثانية.\nشكراً\nمي\n", "ar", "مؤسسة الطريق للتنمية والتدريب"),
    ("Hello,\nWe are the Filipino Workers Circle, a volunteer group in Doha. We would like our coordinator, Ms. Maria "
     "Santos, to speak in the open discussion.\nThanks,\nJoy\n", "en", "Filipino Workers Circle"),
    ("Bonjour,\nNous sommes l'Association Soleil des Migrants, basée à Oujda. Nous souhaitons que notre présidente, "
     "Mme Awa Diallo, intervienne lors de la table ronde 2.\nCordialement,\nKoffi\n", "fr", "Association Soleil des Migrants"),
])
def test_the_group_that_introduces_itself_is_the_speakers_organisation(body: str, language: str, affiliation: str,
                                                                        rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language"), [
    # "we are" / "نحن" before no organisation's name introduces none
    ("Hello,\nWe are pleased to propose Ms. Maria Santos to speak in the open discussion.\nThanks,\nJoy\n", "en"),
    ("مرحباً،\nنحن سعداء بترشيح السيدة ليلى الحسن للمشاركة في النقاش المفتوح.\nشكراً\nسامر\n", "ar"),
])
def test_near_miss_we_are_before_no_organisation(body: str, language: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] is None


# ---------------------------------------------------------------------------------------------
# The organisation named only in the subject line, as one of its parts ("جمعية X - ترشيح للمشاركة", "Speaker for the
# open discussion - Y Network"), which the body points back at ("مسؤول العلاقات في الجمعية", "of our network")

def _subject_speaker(subject: str, body: str, rules: ExtractRules, language: str) -> str | None:
    fields = run(message(body, subject=subject, from_="Sender <sender@example.org>"), rules, language=language)
    assert len(fields.speakers) == 1
    return fields.speakers[0].affiliation


_FISHERS = ("السلام عليكم\nنود ترشيح الاخ/ سالم علي باعمر مسؤول العلاقات الخارجية في الجمعية للمشاركة في النقاش المفتوح "
            "يوم 23 فبراير.\nاخوكم\nفؤاد\n")
_NETWORK = ("Hello,\nWe would like to propose Ms. Jane Wambui, coordinator of our network, to speak in the open "
            "discussion.\nThanks,\nAkinyi\n")


@pytest.mark.parametrize(("subject", "body", "language", "affiliation"), [
    ("جمعية الصيادين التعاونية - ترشيح للمشاركة", _FISHERS, "ar", "جمعية الصيادين التعاونية"),
    ("ترشيح متحدثة - رابطة نساء الجنوب", "تحية طيبة،\nنرشح السيدة منى حسن، منسقة البرامج في الرابطة، للمداخلة في "
     "المائدة المستديرة الثانية.\nمع التقدير\nسعاد\n", "ar", "رابطة نساء الجنوب"),
    ("Re: Speaker for the open discussion - Kenyan Workers Network Doha", _NETWORK, "en", "Kenyan Workers Network Doha"),
    ("Demande d'intervention - Collectif des Migrants de Tanger", "Bonjour,\nNous proposons Mme Awa Sow, trésorière de "
     "notre collectif, pour la table ronde 2.\nCordialement,\nIbrahima\n", "fr", "Collectif des Migrants de Tanger"),
])
def test_the_body_points_back_at_the_organisation_the_subject_names(subject: str, body: str, language: str,
                                                                     affiliation: str, rules: ExtractRules) -> None:
    assert _subject_speaker(subject, body, rules, language) == affiliation


@pytest.mark.parametrize(("subject", "body", "language"), [
    # a subject whose parts name the request or the event, or an organisation inside a longer phrase, names none
    ("طلب مشاركة - المراجعة الإقليمية", _FISHERS, "ar"),
    ("Invitation - Regional Review of the Global Compact for Migration", _NETWORK, "en"),
])
def test_near_miss_a_subject_that_names_no_organisation(subject: str, body: str, language: str,
                                                        rules: ExtractRules) -> None:
    assert _subject_speaker(subject, body, rules, language) is None


# ---------------------------------------------------------------------------------------------
# A post "of" a body whose own word the lists lacked: syndicates, corporations, banks and the Arabic "كونفدرالية"
# ("président de la Corporation des X", "Director of the Gulf Bank", "الكاتب العام للكونفدرالية ...")

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Bonjour,\nNous proposons M. Fares Gharbi, président de la Corporation des Boulangers de Tunis, pour la table "
     "ronde 1.\nCordialement,\nHela\n", "fr", "président", "Corporation des Boulangers de Tunis"),
    ("Bonjour,\nNous proposons M. Karim Sassi, directeur de la Banque Solidaire du Sud, pour la plénière.\n"
     "Cordialement,\nNadia\n", "fr", "directeur", "Banque Solidaire du Sud"),
    ("السلام عليكم\nنرشح الأخ محمد العلوي، الكاتب العام للكونفدرالية المغربية للشغل، للمداخلة في الجلسة العامة.\n"
     "تحياتي\nسعاد\n", "ar", "الكاتب العام", "الكونفدرالية المغربية للشغل"),
])
def test_a_post_of_a_syndicate_corporation_or_bank(body: str, language: str, title: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_a_member_from_a_syndicate(rules: ExtractRules) -> None:
    body = ("Hello\nMy name is Ali Hassan from the Lebanese Syndicate of Domestic Workers and I would like to speak in "
            "the plenary.\nThanks\n")
    assert _speaker(body, rules, "en") == ("Ali Hassan", "Lebanese Syndicate of Domestic Workers")


def test_near_miss_a_post_over_banking_names_no_body(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe nominate Mr. John Okello, Head of Banking Relations, for roundtable 2.\nBest,\nMary\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("Head of Banking Relations", None)]


# ---------------------------------------------------------------------------------------------
# A unit the proposing sentence names before the body it belongs to, its name in lower case as French writes it
# ("la Commission des droits humains du Barreau d'Oran souhaite ...", "au nom de la Faculté de droit de l'Université
# X"): the unit with its body, not the body alone

def _proposed_by(body: str, rules: ExtractRules, language: str = "fr") -> str | None:
    fields = run(message(body, from_="Sender <sender@example.org>"), rules, language=language)
    assert len(fields.speakers) == 1
    return fields.speakers[0].affiliation


@pytest.mark.parametrize(("body", "affiliation"), [
    ("Madame, Monsieur,\nLa Commission des droits de l'homme du Barreau de Sousse souhaite prendre part à l'examen "
     "régional.\nNous proposons que Maître Karim Haddad intervienne lors de la table ronde n° 2.\nCordialement,\n"
     "Leila Ben Salah\n", "Commission des droits de l'homme du Barreau de Sousse"),
    ("Bonjour,\nAu nom de la Faculté des sciences juridiques et sociales de l'Université Mohammed Premier, "
     "je propose que le Pr Omar Idrissi intervienne dans la table ronde 4.\nBien à vous,\nNadia Alaoui\n",
     "Faculté des sciences juridiques et sociales de l'Université Mohammed Premier"),
    ("Madame, Monsieur,\nLe Comité des femmes migrantes et des travailleuses domestiques de la Confédération "
     "Démocratique du Travail (CDT) propose que Mme Fatou Ndiaye intervienne à la table ronde n° 1.\nSalutations,\n"
     "Aïcha Benali\n",
     "Comité des femmes migrantes et des travailleuses domestiques de la Confédération Démocratique du Travail (CDT)"),
])
def test_a_unit_written_in_lower_case_before_its_body_keeps_it(body: str, affiliation: str,
                                                               rules: ExtractRules) -> None:
    assert _proposed_by(body, rules) == affiliation


@pytest.mark.parametrize(("body", "affiliation"), [
    # a verb or a place link between the organisation word and the body: another clause, no unit of the body
    ("Bonjour,\nLe Collectif propose au nom de l'Association Tunisienne des Migrants que Mme Salma Gharbi intervienne "
     "dans la table ronde 3.\nCordialement,\nSami Jaziri\n", "Association Tunisienne des Migrants"),
    # a capitalised unit name is one run already, in English as in French
    ("Dear colleagues,\nThe Legal Clinic of the Faculty of Law of Al-Manar University would like to propose "
     "Dr. Hana Saleh for roundtable 2.\nBest regards,\nOmar Saleh\n",
     "Legal Clinic of the Faculty of Law of Al-Manar University"),
])
def test_near_miss_no_unit_before_the_body(body: str, affiliation: str, rules: ExtractRules) -> None:
    assert _proposed_by(body, rules, "fr" if "Bonjour" in body else "en") == affiliation


# ---------------------------------------------------------------------------------------------
# A bracket that dates the post after the organisation ("Ministry of Labour (retired since 2018)", "(2015-2020)"):
# when the person held it, not part of the body's name

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear organisers,\nI would like to request to speak in the plenary session.\nBest regards,\nKamal Haddad\n"
     "Former Labour Inspector – Ministry of Labour (retired since 2017)\n", "en", "Former Labour Inspector",
     "Ministry of Labour"),
    ("Bonjour,\nJe souhaite intervenir en séance plénière.\nCordialement,\nSamira Benali\n"
     "ancienne inspectrice du travail – Ministère de l'Emploi (retraitée depuis 2019)\n", "fr",
     "ancienne inspectrice du travail", "Ministère de l'Emploi"),
    ("تحية طيبة\nأرغب في تقديم مداخلة في الجلسة العامة.\nمع التقدير\nسليمان الخطيب\n"
     "مفتش عمل سابق – وزارة العمل (متقاعد منذ 2016)\n", "ar", "مفتش عمل سابق", "وزارة العمل"),
    ("Dear organisers,\nI would like to request to speak in the plenary session.\nBest regards,\nNour Saleh\n"
     "Programme Officer – Migrant Solidarity Network (2015-2020)\n", "en", "Programme Officer",
     "Migrant Solidarity Network"),
])
def test_a_bracket_dating_the_post_is_left_out_of_the_organisation(body: str, language: str, title: str,
                                                                   affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_an_acronym_holding_a_year_stays(rules: ExtractRules) -> None:
    body = ("Dear organisers,\nI would like to request to speak in the plenary session.\nBest regards,\nKamal Haddad\n"
            "Programme Officer – Forum for Migrants (FM-2030)\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="en").speakers
    assert [s.affiliation for s in sp] == ["Forum for Migrants (FM-2030)"]


# ---------------------------------------------------------------------------------------------
# A list or table of speakers whose second entry gives its body only as a pointer to the entry above ("نفس الجهة",
# "la même institution", "idem", "same as above", "كما أعلاه"): the second speaker belongs to the first one's body

@pytest.mark.parametrize(("language", "body"), [
    ("ar", "مرفق بيانات المتحدثين:\n\n| الاسم | المسمى الوظيفي | الجهة |\n"
           "| السيد فهد سالم العتيبي | مستشار | سفارة دولة قطر في عمّان |\n| السيدة نوال حمد الكواري | ملحق | نفس الجهة |\n\nمع الشكر\n"),
    ("ar", "نرشح ما يلي:\n1- الدكتور ماجد يوسف – مدير الإدارة – هيئة تنظيم سوق العمل – الجلسة العامة\n"
           "2- السيدة ريم علي – رئيسة قسم – كما أعلاه – المائدة المستديرة 2\n\nوتفضلوا بقبول الاحترام\n"),
    ("fr", "Bonjour,\n\nNos intervenants :\n1. M. Hamid Zerouali – directeur – Observatoire Régional des Migrations\n"
           "2. Mme Leila Sabri – chargée d'études – la même institution\n\nCordialement\n"),
    ("en", "Dear colleagues,\n\nOur speakers:\n1. Mr. David Osei - Counsellor - Embassy of Ghana in Beirut\n"
           "2. Ms. Abena Mensah - First Secretary - same entity\n\nBest regards\n"),
    ("en", "Speakers:\nName: Dr. Omar Haddad\nTitle: Director\nOrganization: Arab Labour Observatory\n\n"
           "Name: Ms. Hiba Nasser\nTitle: Researcher\nOrganization: idem\n\nThank you\n"),
    ("fr", "Intervenants :\nNom : Pr Yassine Amrani\nFonction : doyen\nOrganisme : Faculté de Droit de Rabat\n\n"
           "Nom : Mme Khadija Ouali\nFonction : vice-doyenne\nOrganisme : même institution\n\nCordialement\n"),
    ("ar", "الاسم: السيد حمد راشد\nالصفة: مدير\nالجهة: المؤسسة العامة للتأمينات الاجتماعية\n\n"
           "الاسم: السيدة منى سعيد\nالصفة: مستشارة\nالجهة: الجهة ذاتها\n\nمع التحية\n"),
])
def test_a_body_given_as_a_pointer_to_the_entry_above(rules: ExtractRules, language: str, body: str) -> None:
    first, second = run(message(body), rules, language=language).speakers
    assert first.affiliation and second.affiliation == first.affiliation


@pytest.mark.parametrize(("language", "body", "affiliation"), [
    # the word for a body named in full is a body of its own, not a pointer ("Institution nationale ...")
    ("fr", "Bonjour,\n\nNos intervenants :\n1. M. Hamid Zerouali – directeur – Observatoire Régional des Migrations\n"
           "2. Mme Leila Sabri – chargée d'études – Institution Nationale des Droits de l'Homme\n\nCordialement\n",
     "Institution Nationale des Droits de l'Homme"),
    # a word of sameness inside a body's own name ("نفس", "Same")
    ("ar", "نرشح ما يلي:\n1- الدكتور ماجد يوسف – مدير الإدارة – هيئة تنظيم سوق العمل\n"
           "2- السيدة ريم علي – أخصائية – مركز نفس للصحة النفسية\n\nوتفضلوا بقبول الاحترام\n",
     "مركز نفس للصحة النفسية"),
    ("en", "Dear colleagues,\n\nOur speakers:\n1. Mr. David Osei - Counsellor - Embassy of Ghana in Beirut\n"
           "2. Ms. Abena Mensah - Coordinator - Same Skies Network\n\nBest regards\n", "Same Skies Network"),
])
def test_near_miss_a_body_word_named_in_full_is_no_pointer(rules: ExtractRules, language: str, body: str,
                                                          affiliation: str) -> None:
    second = run(message(body), rules, language=language).speakers[1]
    assert second.affiliation == affiliation


# A post at its organisation, then a piece in lower case that describes that organisation ("chargée de plaidoyer à
# l'Association X, association membre de la Plateforme"): the organisation is the one the post names
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Madame, Monsieur,\nLa Plateforme a l'honneur de vous proposer la candidature de :\n\nMme Samia Ben Ali, chargée "
     "de plaidoyer à l'Association Terre Nouvelle, association membre de la Plateforme,\n\npour la table ronde 3.\n"
     "Le Secrétariat\n", "fr", ("Samia Ben Ali", "chargée de plaidoyer", "Association Terre Nouvelle")),
    ("Madame, Monsieur,\nLe Réseau a l'honneur de vous proposer la candidature de :\nM. Karim Haddad, juriste à "
     "l'Association Horizons Migrants, association membre du Réseau,\npour la table ronde 2.\nCordialement\n", "fr",
     ("Karim Haddad", "juriste", "Association Horizons Migrants")),
    ("Madame, Monsieur,\nNous proposons Mme Leila Mansouri, chargée de programme au Collectif Amal, structure "
     "partenaire de notre réseau, pour la table ronde 1.\nCordialement\n", "fr",
     ("Leila Mansouri", "chargée de programme", "Collectif Amal")),
    ("Dear team,\nWe propose Ms. Grace Mwangi, Legal Officer at the Migrant Rights Centre, organisation member of our "
     "coalition, for roundtable 2.\nBest\n", "en", ("Grace Mwangi", "Legal Officer", "Migrant Rights Centre")),
])
def test_a_lower_case_piece_after_a_post_at_its_body_describes_the_body(body: str, language: str,
                                                                        expected: tuple[str, str, str],
                                                                        rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [expected]


def test_near_miss_a_capitalised_body_after_a_committee_post_is_the_organisation(rules: ExtractRules) -> None:
    # the committee is in the title, the body named next in capitals is the organisation
    body = ("Dear team,\nWe propose Ms. Hala Saad, Member of the Steering Committee, Arab Migrant Youth Network, for "
            "roundtable 3.\nBest\n")
    speakers = run(message(body), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in speakers] == [("Member of the Steering Committee",
                                                             "Arab Migrant Youth Network")]


# ---------------------------------------------------------------------------------------------
# The pronoun "I" right after an organisation's name, with no comma ("On behalf of the X Network (XN) I would like",
# often where a hard-wrapped line breaks): it opens the clause and is no word of the name. Only English writes its
# pronoun capitalised; a roman numeral inside a name ("Université Paris I Panthéon-Sorbonne") goes on with it.

@pytest.mark.parametrize(("body", "affiliation"), [
    ("Dear colleagues,\n\nOn behalf of the Migrant Workers Solidarity Network (MWSN) \nI would like to propose Ms. Amina "
     "Yusuf, Legal Officer, for the plenary.\n\nBest regards,\nTom\n", "Migrant Workers Solidarity Network (MWSN)"),
    ("Dear all,\n\nOn behalf of the Arab Youth Migration Forum (AYMF) I\nwould like to nominate Mr. Omar Said, Programme "
     "Manager, as rapporteur.\n\nThanks\nSue\n", "Arab Youth Migration Forum (AYMF)"),
    ("Hello,\n\nin the name of Sahel Returnees Association I am pleased to propose Dr. Moussa Traore, Coordinator, for "
     "roundtable 2.\n\nKind regards\nAnn\n", "Sahel Returnees Association"),
])
def test_the_pronoun_after_an_organisation_is_no_part_of_it(body: str, affiliation: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Sender <sender@example.org>"), rules, language="en").speakers
    assert [s.affiliation for s in speakers] == [affiliation]


def test_near_miss_a_roman_numeral_inside_a_name_stays(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nOn behalf of Université Paris I Panthéon-Sorbonne I would like to propose Dr. Marc Leroy, "
            "Professor, for roundtable 1.\n\nBest\nAnn\n")
    speakers = run(message(body, from_="Sender <sender@example.org>"), rules, language="en").speakers
    assert [s.affiliation for s in speakers] == ["Université Paris I Panthéon-Sorbonne"]


# A list of speakers in prose (name, post, session), then one labelled organisation line set apart below it
# ("Organisation: X", "Association : X", "الجمعية: X"): the organisation of every speaker in the list
@pytest.mark.parametrize(("language", "body", "org"), [
    ("ar", "السلام عليكم\nنود المشاركة بمتحدثين:\n- الأستاذ كريم العلوي، رئيس الجمعية، مداخلة في الجلسة العامة\n"
           "- السيدة نادية بنسعيد، منسقة المشاريع، في المائدة المستديرة الثانية\n\n"
           "الجمعية: جمعية التضامن مع المهاجرين\n\nوشكرا\nرشيد\n", "جمعية التضامن مع المهاجرين"),
    ("ar", "تحية طيبة\nنرشح:\n- الدكتور سليم حداد، مدير البرامج، للمائدة المستديرة الأولى\n"
           "- السيد وليد منصور، باحث، للنقاش المفتوح\n\nالمنظمة: مرصد الهجرة في المشرق\n\nمع التحية\n",
     "مرصد الهجرة في المشرق"),
    ("fr", "Bonjour,\nNous proposons deux intervenants :\n- M. Paul Diallo, coordinateur, pour la plénière\n"
           "- Mme Awa Sarr, chargée de projet, pour la table ronde 1\n\nOrganisation : Réseau Sahel Migrations\n\n"
           "Cordialement\nAmadou\n", "Réseau Sahel Migrations"),
    ("en", "Dear team,\nWe propose two speakers:\n- Mr. Adam Lee, Director, for the plenary\n"
           "- Ms. Sara Obi, Programme Officer, for roundtable 4\n\nAssociation: Migrant Support Network\n\nThanks\nJo\n",
     "Migrant Support Network"),
])
def test_a_labelled_organisation_below_a_prose_list_is_every_speakers(rules: ExtractRules, language: str, body: str,
                                                                      org: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert len(speakers) == 2
    assert all(s.affiliation == org for s in speakers)


def test_near_miss_a_listed_speakers_own_organisation_stays(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe propose two speakers:\n- Mr. Adam Lee, Director, Cedar Foundation, for the plenary\n"
            "- Ms. Sara Obi, Programme Officer, for roundtable 4\n\nOrganisation: Migrant Support Network\n\nThanks\nJo\n")
    speakers = run(message(body), rules, language="en").speakers
    assert speakers[0].affiliation == "Cedar Foundation"


# Units named after the post with no body of their own ("Dr. X, Head of Unit, Migration Policy Division"): they belong
# to the title, and the speaker belongs to the body that proposes them, else the sender's
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\nThe Gulf Labour Observatory (GLO) would like to take the floor in the plenary. GLO will be "
     "represented by Ms. Noura Al-Sabah, Senior Researcher, Research Department, Policy Division.\n\nBest regards,\n"
     "Ali Hassan\n", "en",
     ("Senior Researcher, Research Department, Policy Division", "Gulf Labour Observatory (GLO)")),
    ("Dear team,\nWe wish to nominate Mr. Peter Okoro, Programme Manager, Labour Mobility Unit, for roundtable 2.\n\n"
     "Best,\nJane Smith\nCommunications Officer\nAfrican Migrant Workers Forum\n", "en",
     ("Programme Manager, Labour Mobility Unit", "African Migrant Workers Forum")),
    ("Bonjour,\nL'Union des travailleurs migrants (UTM) souhaite proposer Mme Amina Diallo, chargée de mission, "
     "Département des affaires juridiques, pour la table ronde 3.\n\nCordialement,\nPaul Martin\n", "fr",
     ("chargée de mission, Département des affaires juridiques", "Union des travailleurs migrants (UTM)")),
    ("السلام عليكم،\nيسر جمعية التضامن مع المهاجرين أن ترشح السيدة ليلى حداد، منسقة برامج، قسم الحماية، للمداخلة في "
     "المائدة المستديرة الثانية.\n\nمع التحية\nسامي\n", "ar", ("منسقة برامج، قسم الحماية", "جمعية التضامن مع المهاجرين")),
])
def test_units_after_the_post_go_with_the_title_and_the_proposing_body_is_the_affiliation(
        body: str, language: str, expected: tuple[str, str], rules: ExtractRules) -> None:
    assert [(s.title, s.affiliation) for s in run(message(body), rules, language=language).speakers] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # a unit inside a body the text names keeps that body
    ("Dear team,\nThe Migrant Rights Forum would like to nominate Dr. Omar Khalil, Head, Migration Health Unit, "
     "Al-Wahat University, for roundtable 2.\n\nBest,\nJane Smith\n", ("Head, Migration Health Unit", "Al-Wahat University")),
    # no body proposes and no signature names one: the unit is all the message says of the affiliation
    ("Dear team,\nWe would like to nominate Dr. Omar Khalil, Director, Department of Labour Migration, for roundtable 2."
     "\n\nBest,\nJane\n", ("Director", "Department of Labour Migration")),
    # the signature writes the unit with its body: that fuller form is the affiliation
    ("Dear team,\nI am writing on behalf of the Refugee Law Clinic at the Faculty of Law of Nile University to propose "
     "Dr. Sara Adel (Research Fellow, Refugee Law Clinic) for roundtable 3.\n\nKind regards,\nSara Adel\n"
     "Research Fellow\nRefugee Law Clinic - Faculty of Law\nNile University, Cairo\n",
     ("Research Fellow", "Refugee Law Clinic - Faculty of Law, Nile University")),
    # a branch written with its body's acronym names that body
    ("Dear team,\nThe Gulf Dockworkers Union (GDU) would like to propose Ms. Maya Rai, Coordinator, GDU (Salalah "
     "branch), for the plenary.\n\nBest,\nAli\n", ("Coordinator", "GDU (Salalah branch)")),
])
def test_near_miss_units_with_a_body_or_without_a_proposer_stay(body: str, expected: tuple[str, str],
                                                                rules: ExtractRules) -> None:
    assert [(s.title, s.affiliation) for s in run(message(body), rules, language="en").speakers] == [expected]


# ---------------------------------------------------------------------------------------------
# A name in paired quotes on a signature line keeps its commas ("Chaire UNESCO « Migrations, mobilités et sociétés »",
# 'Research Group "Mobility, Rights and Work"', "كرسي «الهجرة، الحقوق والعمل»"): no piece is cut inside the quotes

@pytest.mark.parametrize(("body", "language"), [
    ("Dear team,\n\nI would like to request a floor intervention in roundtable 2.\n\nBest regards,\nDr. Lina Haddad\n"
     "Research Group “Mobility, Rights and Work in the Gulf”\nCedar University\n", "en"),
    ("تحية طيبة،\n\nأرغب في تقديم مداخلة في المائدة المستديرة الثانية.\n\nمع التحية،\nد. منى الحسن\n"
     "كرسي «الهجرة، الحقوق والعمل»\nجامعة الأمل\n", "ar"),
    ("Bonjour,\n\nJe souhaite intervenir à la table ronde 2.\n\nCordialement,\nPr Karim Saadi\n"
     "Chaire « Migrations, droits et travail »\nUniversité de Sfax\n", "fr"),
])
def test_a_quoted_name_on_a_signature_line_is_not_cut_at_its_commas(body: str, language: str,
                                                                     rules: ExtractRules) -> None:
    (s,) = run(message(body), rules, language=language).speakers
    for value in (s.title, s.affiliation):
        assert value is None or value.count("«") == value.count("»") and value.count("“") == value.count("”")
    assert "»" in f"{s.title} {s.affiliation}" or "”" in f"{s.title} {s.affiliation}"


def test_near_miss_commas_outside_quotes_still_part_a_signature_line(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nI would like to request a floor intervention in roundtable 2.\n\nBest regards,\n"
            "Dr. Lina Haddad\nCoordinator, “Mobility” Project, Cedar University\n")
    (s,) = run(message(body), rules).speakers
    assert s.title == "Coordinator"


# A post written with the possessive of a body that only points back at one named elsewhere ("The Network's Executive
# Director, Ms. X"): the affiliation is the body named in full, not "Network's"; a body named in full keeps its name,
# without the possessive
@pytest.mark.parametrize(("body", "expected"), [
    ("Good afternoon,\n\n1) Attached is the report of the Jordan River Migrant Solidarity Network (JRMSN).\n"
     "2) The Network's Executive Director, Ms. Dana Qudah, would like to deliver the key messages as rapporteur.\n\nLaith\n",
     ("Executive Director", "Jordan River Migrant Solidarity Network (JRMSN)")),
    ("Dear colleagues,\n\nThe Beirut Legal Forum would like to propose a speaker. The Forum's Legal Coordinator, "
     "Mr. Karim Aoun, would like to speak in the plenary.\n\nBest\n", ("Legal Coordinator", "Beirut Legal Forum")),
    ("Dear colleagues,\n\nPlease find attached the contribution of the Mashreq Alliance for Domestic Workers (MADW).\n"
     "The Alliance's Policy Officer, Mr. Tarek Hamdan, would like to take the floor in roundtable 2.\n\nRegards,\nSalma\n",
     ("Policy Officer", "Mashreq Alliance for Domestic Workers (MADW)")),
    ("Dear all,\n\nThe Gulf Labour Observatory's Senior Researcher, Dr. Omar Khalil, would like to speak in the plenary."
     "\n\nThanks,\nNour\n", ("Senior Researcher", "Gulf Labour Observatory")),
])
def test_a_post_of_a_body_pointed_back_at_belongs_to_the_body_named_in_full(body: str, expected: tuple[str, str],
                                                                           rules: ExtractRules) -> None:
    assert [(s.title, s.affiliation) for s in run(message(body), rules, language="en").speakers] == [expected]


def test_near_miss_a_possessive_inside_a_name_stays(rules: ExtractRules) -> None:
    # the possessive is part of the body's name, not a post of a body pointed back at
    body = ("Dear all,\n\nThe Arab Women's Forum would like to nominate Ms. Hiba Saad, Programme Lead, Arab Women's Forum, "
            "for roundtable 3.\n\nBest,\nNour\n")
    assert [(s.title, s.affiliation) for s in run(message(body), rules, language="en").speakers] == [
        ("Programme Lead", "Arab Women's Forum")]


# ---------------------------------------------------------------------------------------------
# The colloquial self-introduction "we at the X" ("نحنا بجمعية X", "احنا بالجمعية X", "إحنا بمؤسسة X"): the preposition
# glued to the organisation's first word is no part of its name

@pytest.mark.parametrize(("body", "affiliation"), [
    ("مرحبا،\nنحنا بجمعية نور للعاملات المهاجرات حابين نشارك، وبدنا نرشّح زميلتنا الأستاذة سلمى داود، منسّقة المشاريع "
     "عنا، لتحكي بالطاولة المستديرة التانية.\nشكراً\nرنا\n", "جمعية نور للعاملات المهاجرات"),
    ("السلام عليكم\nاحنا بالجمعية العمانية للتنمية ودنا نرشح الأخ سالم الهنائي مدير البرامج عشان يلقي مداخلة بالجلسة "
     "العامة.\nمشكورين\nفهد\n", "الجمعية العمانية للتنمية"),
    ("أهلاً\nإحنا بمؤسسة الأمل للتنمية عايزين نرشح الأستاذة هدى فريد مديرة البرامج عشان تتكلم في المائدة المستديرة "
     "الأولى.\nشكراً\nمي\n", "مؤسسة الأمل للتنمية"),
])
def test_we_at_the_organisation_drops_the_glued_preposition(body: str, affiliation: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, "ar")[1] == affiliation


def test_near_miss_an_organisation_whose_name_opens_with_ba_keeps_it(rules: ExtractRules) -> None:
    # "بلدية" (municipality) opens with the letter, not with the preposition
    body = ("مرحبا،\nنحن بلدية صيدا ونود ترشيح السيدة ليلى حرب رئيسة قسم الشؤون الاجتماعية للمشاركة في النقاش المفتوح.\n"
            "شكراً\nسامر\n")
    assert _speaker(body, rules, "ar")[1] == "بلدية صيدا"


# The proposing body's office in a town, pointed back at ("منسق المشاريع في مكتب الجمعية في دهوك", "au bureau de
# l'association à Tripoli"): the affiliation is the body named in full elsewhere in the message, not the office
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("تحية طيبة\nيسر جمعية النور للتنمية ترشيح السيد كريم حسن، منسق المشاريع في مكتب الجمعية في دهوك، للمداخلة في "
     "الجلسة العامة.\nمع التحية\nسلمى\nجمعية النور للتنمية\n", "ar", "جمعية النور للتنمية"),
    ("تحية طيبة\nتتشرف منظمة الأفق الإنسانية بترشيح السيدة رنا سليم، مسؤولة الحماية في مكتب المنظمة في أربيل، للمشاركة "
     "في المائدة المستديرة الثانية.\nمع الشكر\nسامر\nمنظمة الأفق الإنسانية\n", "ar", "منظمة الأفق الإنسانية"),
    ("تحية طيبة\nتقترح شبكة المدافعين عن المهاجرين السيد وليد منصور، باحث في مكتب الشبكة في بيروت، للمداخلة.\n"
     "مع الشكر\nسامر\nشبكة المدافعين عن المهاجرين\n", "ar", "شبكة المدافعين عن المهاجرين"),
    ("Bonjour,\nL'Association Amal a le plaisir de proposer Mme Nadia Kassem, chargée de projets au Bureau de "
     "l'association à Tripoli, comme intervenante.\nCordialement\nFiras\nAssociation Amal\n", "fr", "Association Amal"),
])
def test_the_proposing_bodys_office_in_a_town_is_that_body(body: str, language: str, affiliation: str,
                                                            rules: ExtractRules) -> None:
    sp = run(message(body, from_="Firas <firas@example.org>"), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


def test_near_miss_an_office_of_a_named_body_in_a_town_stays(rules: ExtractRules) -> None:
    body = ("تحية طيبة\nيسر جمعية النور للتنمية ترشيح السيد كريم حسن، منسق المشاريع في مكتب الأمم المتحدة في دهوك، "
            "للمداخلة في الجلسة العامة.\nمع التحية\nسلمى\nجمعية النور للتنمية\n")
    sp = run(message(body, from_="Salma <salma@example.org>"), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == ["مكتب الأمم المتحدة في دهوك"]


# ---------------------------------------------------------------------------------------------
# A form's field left empty ("Organization:") over a field of another kind ("Country: Egypt"): that line is not the
# affiliation; the one the signature gives stands

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hi,\nOur speaker request, from your template:\n\nFirst name: Omar\nLast name: Nasser\nPosition:\nOrganization:\n"
     "Country: Jordan\nPreferred session: Roundtable 2\n\nThanks,\nOmar\n\n--\nOmar Nasser\nProgramme Officer\n"
     "Jordanian Migrant Support Centre\n", "en", "Jordanian Migrant Support Centre"),
    ("Bonjour,\nVoici notre demande d'intervention en plénière :\n\nNom : Leila Amrani\nFonction : Chargée de plaidoyer\n"
     "Organisation :\nPays : Maroc\n\nCordialement,\nLeila Amrani\nChargée de plaidoyer\nRéseau Maghrébin des Migrants\n",
     "fr", "Réseau Maghrébin des Migrants"),
    ("السلام عليكم\nنرغب في التسجيل للمداخلة في الجلسة العامة:\n\nالاسم: سلمى يوسف\nالمنصب: منسقة المشاريع\nالجهة:\n"
     "البلد: تونس\n\nمع التحية\nسلمى يوسف\nمنسقة المشاريع\nجمعية الأرض للجميع\n", "ar", "جمعية الأرض للجميع"),
])
def test_an_empty_form_field_does_not_take_the_next_field_as_its_value(body: str, language: str, affiliation: str,
                                                                     rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


def test_near_miss_a_field_with_its_value_on_the_next_line_keeps_it(rules: ExtractRules) -> None:
    body = ("Hi,\nWe request a floor intervention in the plenary.\n\nName:\nOmar Nasser\nOrganization:\n"
            "Jordanian Migrant Support Centre\nCountry: Jordan\n\nThanks,\nOmar\n")
    sp = run(message(body), rules, language="en").speakers
    assert [(s.name, s.affiliation) for s in sp] == [("Omar Nasser", "Jordanian Migrant Support Centre")]


# ---------------------------------------------------------------------------------------------
# An organisation written once with its acronym or other name in brackets ("منظمة X (سند)", "Ministry of X (MoMD)",
# "مؤسسة X (X Foundation)") and elsewhere without it: the affiliation is the fullest form, acronym included; a place
# or a year in brackets is no name of the body

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("السادة الكرام،\nيسعدنا في جمعية الوفاق لدعم العمال المهاجرين (وفاق) أن نرشح السيدة هدى ناصر – منسقة البرامج – "
     "للمداخلة في المائدة المستديرة الثانية.\nمع التحية\nإدارة البرامج\nجمعية الوفاق لدعم العمال المهاجرين\n",
     "ar", "جمعية الوفاق لدعم العمال المهاجرين (وفاق)"),
    ("تحية طيبة،\nنرفق التقرير الطوعي لجمعية الأمان للعاملات المنزليات (Aman Association for Domestic Workers) حول "
     "تنفيذ الاتفاق العالمي.\nكما نرغب في ترشيح المتحدثة التالية من الجمعية:\n1. الأستاذة ليلى مراد – مديرة المناصرة – "
     "لتقديم مداخلة في المائدة المستديرة الأولى.\nمع التحية\nسامي خليل\nمسؤول البرامج\nجمعية الأمان للعاملات المنزليات - بيروت\n",
     "ar", "جمعية الأمان للعاملات المنزليات (Aman Association for Domestic Workers)"),
    ("Dear colleagues,\nOn behalf of the National Authority for Labour Mobility (NaLM) of the Republic of Somaland, I am "
     "writing to request a speaking slot for:\nMs. Amina Farah\nDirector of Planning\nShe would speak in Roundtable 2.\n"
     "Sincerely,\nOmar Ali\nFirst Secretary\n", "en", "National Authority for Labour Mobility (NaLM)"),
    ("Bonjour,\nLe Collectif Migrations Sahel (CoMiS) souhaite proposer Mme Aïcha Diallo, chargée de plaidoyer, pour la "
     "table ronde 3.\nCordialement,\nPaul Traoré\nCollectif Migrations Sahel\n", "fr", "Collectif Migrations Sahel (CoMiS)"),
])
def test_the_affiliation_keeps_the_acronym_written_after_it(body: str, language: str, affiliation: str,
                                                           rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    # a town, a country's code or a year in brackets after the name: not the body's own name
    ("السادة الكرام،\nيسعدنا في جمعية الوفاق لدعم العمال المهاجرين (طرابلس) أن نرشح السيدة هدى ناصر – منسقة البرامج – "
     "للمداخلة في المائدة المستديرة الثانية.\nمع التحية\nإدارة البرامج\nجمعية الوفاق لدعم العمال المهاجرين\n",
     "ar", "جمعية الوفاق لدعم العمال المهاجرين"),
    ("Dear colleagues,\nI am writing to request a speaking slot in Roundtable 2 for Ms. Amina Farah, Director of Planning at "
     "the National Authority for Labour Mobility.\nThe National Authority for Labour Mobility (UAE) has worked on fair "
     "recruitment since 2015.\nSincerely,\nOmar Ali\n", "en", "National Authority for Labour Mobility"),
    ("Bonjour,\nLe Collectif Migrations Sahel (2019) souhaite proposer Mme Aïcha Diallo, chargée de plaidoyer, pour la "
     "table ronde 3.\nCordialement,\nPaul Traoré\nCollectif Migrations Sahel\n", "fr", "Collectif Migrations Sahel"),
])
def test_near_miss_a_place_or_year_in_brackets_is_not_the_acronym(body: str, language: str, affiliation: str,
                                                                  rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


# ---------------------------------------------------------------------------------------------
# A unit with no body of its own ("كلية X", "وحدة Y", "Migration Research Unit") written on a line with the bodies it
# belongs to after a comma or a dash ("...، جامعة اليرموك", "... - معهد Z - جامعة دمشق"): the parent institution is
# part of the affiliation; a town or a country there is an address and is left out

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("السادة الكرام،\nتقترح الكلية مشاركة:\n1- الدكتورة سلوى حداد – أستاذة علم السكان – كلية العلوم الاجتماعية، "
     "جامعة اليرموك – المشاركة في النقاش المفتوح.\nمع التحية\nعميد الكلية\n", "ar", "كلية العلوم الاجتماعية، جامعة اليرموك"),
    ("تحية طيبة،\nأود المشاركة بمداخلة في المائدة المستديرة الثالثة.\n\nمع التحية\nفادي نصر\nباحث رئيسي\n"
     "وحدة دراسات العمل - معهد البحوث الاقتصادية - جامعة دمشق\n", "ar", "وحدة دراسات العمل - معهد البحوث الاقتصادية - جامعة دمشق"),
    ("Dear colleagues,\nI would like to take the floor in Roundtable 2.\nBest regards,\nLina Haddad\nResearch Fellow\n"
     "Migration Research Unit, Institute of Social Sciences, University of Jordan\n", "en",
     "Migration Research Unit, Institute of Social Sciences, University of Jordan"),
])
def test_a_unit_keeps_the_institution_written_after_it(body: str, language: str, affiliation: str,
                                                       rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("السادة الكرام،\nتقترح الكلية مشاركة:\n1- الدكتورة سلوى حداد – أستاذة علم السكان – كلية العلوم الاجتماعية، إربد – "
     "المشاركة في النقاش المفتوح.\nمع التحية\nعميد الكلية\n", "ar", "كلية العلوم الاجتماعية"),
    ("Dear colleagues,\nI would like to take the floor in Roundtable 2.\nBest regards,\nLina Haddad\nResearch Fellow\n"
     "Migration Research Unit, Amman, Jordan\n", "en", "Migration Research Unit"),
])
def test_near_miss_a_unit_followed_by_its_town_stays_alone(body: str, language: str, affiliation: str,
                                                           rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


# A bracket after the organisation that gives its social-media handle is no part of its name: "Beirut Youth Hub
# (IG: @beirut.youth.hub)", « Jeunes Solidaires (@jeunes.sol sur Facebook) », "فريق شباب الغد (@shabab.alghad)"
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear team,\nWe would like to request a floor intervention in the plenary for our speaker, Ms. Rana Aoun.\n\n"
     "Best,\nRana Aoun\nProgrammes Lead\nCedar Youth Hub (IG: @cedar.youth.hub)\n", "en", "Cedar Youth Hub"),
    ("Bonjour,\nJe souhaite prendre la parole lors de la table ronde 2.\n\nCordialement,\nKarim Haddad\n"
     "Coordinateur\nAssociation Jeunes Solidaires (@jeunes.sol sur Facebook)\n", "fr", "Association Jeunes Solidaires"),
    ("مرحبا\nبدي شارك بمداخلة في الجلسة العامة.\n\nمع الشكر\nسلمى ناصر\nمنسقة المتطوعين\nفريق شباب الغد (@shabab.alghad)\n",
     "ar", "فريق شباب الغد"),
])
def test_a_social_media_handle_in_brackets_is_no_part_of_the_organisation(body: str, language: str, affiliation: str,
                                                                          rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language=language).speakers] == [affiliation]


def test_near_miss_an_acronym_in_brackets_stays(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe would like to request a floor intervention in the plenary.\n\nBest,\nRana Aoun\n"
            "Programmes Lead\nCedar Youth Hub (CYH)\nrana@cyh.example.org\n")
    assert [s.affiliation for s in run(message(body), rules).speakers] == ["Cedar Youth Hub (CYH)"]


# A secretariat signing for the body it names in full ("أمانة سر اللجنة العمانية لحقوق الإنسان", "Secretariat of the
# National Committee for X", "Secrétariat de la Commission nationale Y"): the affiliation is that body, not its office
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("تحية طيبة،\nيسرنا ترشيح المكرم/ سالم بن علي الحارثي، نائب رئيس اللجنة، لتقديم الرسائل الرئيسية بصفة مقرر.\n"
     "مع خالص التقدير،\n\nأمانة سر اللجنة الوطنية لشؤون العمال المهاجرين\nمسقط\n", "ar", "اللجنة الوطنية لشؤون العمال المهاجرين"),
    ("Dear team,\nWe are pleased to nominate Mr. Omar Said, Vice-Chair of the Committee, as rapporteur.\nBest regards,\n\n"
     "Secretariat of the National Committee for Migrant Workers\nAmman\n", "en", "National Committee for Migrant Workers"),
    ("Bonjour,\nNous avons le plaisir de proposer Mme Nora Salem, vice-présidente de la Commission, pour la table ronde 2."
     "\nCordialement,\n\nSecrétariat de la Commission nationale des migrants\nRabat\n", "fr",
     "Commission nationale des migrants"),
    ("السادة الكرام،\nنقترح الأستاذة منى سعيد، عضو المكتب التنفيذي، للمشاركة في المائدة المستديرة الثانية.\nمع التحية\n\n"
     "الأمانة الفنية للشبكة العربية لمفتشي العمل\n", "ar", "الشبكة العربية لمفتشي العمل"),
    ("Madame, Monsieur,\nNous proposons M. Karim Benali, trésorier, pour la table ronde 3.\nCordialement,\n\n"
     "Secrétariat général de l'Union des travailleurs migrants\nTunis\n", "fr", "Union des travailleurs migrants"),
])
def test_a_secretariat_signs_for_the_body_it_names(body: str, language: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


def test_near_miss_a_secretariat_of_a_body_only_referred_to_stays(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe are pleased to nominate Mr. Omar Said, Vice-Chair of the Committee, as rapporteur.\n"
            "Best regards,\n\nSecretariat of the Committee\nAmman\n")
    assert [s.affiliation for s in run(message(body), rules, language="en").speakers] == ["Secretariat of the Committee"]


# A "Group:" label names the self-help or community group an unregistered speaker belongs to, also inside a line of
# fields separated by bars ("Name: X | Title: Y | Group: Z | Role: W")
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear team,\nWe propose two speakers:\nName: Grace Achieng | Title: Chairlady | Group: Kenyan Mothers Circle | "
     "Role: Roundtable 3\nName: Priya Perera | Title: Treasurer | Group: Lanka Sisters Club | Role: Plenary\nBest,\nJoelle\n",
     "en", ["Chairlady", "Treasurer"], ["Kenyan Mothers Circle", "Lanka Sisters Club"]),
    ("Bonjour,\nNous proposons une intervenante en table ronde 2 :\nNom : Aïcha Diallo\nFonction : porte-parole\n"
     "Groupe : Femmes Guinéennes Solidaires\nCordialement,\nMarie\n", "fr", ["porte-parole"], ["Femmes Guinéennes Solidaires"]),
    ("تحية طيبة\nنرشح للمداخلة في الجلسة العامة:\nالاسم: فاطمة آدم\nالصفة: منسقة\nالمجموعة: رابطة نساء دارفور في عمّان\n"
     "شكراً\n", "ar", ["منسقة"], ["رابطة نساء دارفور في عمّان"]),
])
def test_a_group_label_gives_the_affiliation(body: str, language: str, title: list[str], affiliation: list[str],
                                            rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert ([s.title for s in sp], [s.affiliation for s in sp]) == (title, affiliation)


def test_near_miss_group_inside_a_sentence_is_no_label(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe propose a speaker for Roundtable 3:\nName: Grace Achieng\nTitle: Chairlady\n"
            "Organisation: Kenyan Mothers Circle\nShe also chairs our working group: Sisters Abroad Forum.\nBest,\nJoelle\n")
    sp = run(message(body), rules, language="en").speakers
    assert [s.affiliation for s in sp] == ["Kenyan Mothers Circle"]


# A capitalised name in quotation marks after the post's preposition is the body, whatever its words
# ("porte-parole de « X Y »", 'spokesperson of "X Y"'); a field in quotes ("responsable de « l'accueil »") or a one-word
# programme ('Host of "Crossroads"') stays in the title
@pytest.mark.parametrize(("seg", "split"), [
    ("porte-parole de « Sœurs d'Éthiopie »", ("porte-parole", "Sœurs d'Éthiopie")),
    ('spokesperson of "Nepali Women Together"', ("spokesperson", "Nepali Women Together")),
    ("présidente du « Collectif des Bonnes »", ("présidente", "Collectif des Bonnes")),
    ("founder of “Kafala Free Lebanon”", ("founder", "Kafala Free Lebanon")),
])
def test_a_quoted_name_after_the_post_is_its_body(seg: str, split: tuple[str, str], rules: ExtractRules) -> None:
    assert split_title(seg, rules) == split


@pytest.mark.parametrize("seg", ["responsable de « l'accueil »", 'in charge of "outreach"', 'Host of "Crossroads"',
                                 "animatrice de « Migrations »"])
def test_near_miss_a_quoted_field_stays_in_the_title(seg: str, rules: ExtractRules) -> None:
    assert split_title(seg, rules) == (seg, None)


# A network's coordinating body sits in the title like a board: "عضوة الهيئة التنسيقية لشبكة X" -> the network
@pytest.mark.parametrize(("seg", "split"), [
    ("عضوة الهيئة التنسيقية لشبكة العاملات المهاجرات في لبنان", ("عضوة الهيئة التنسيقية", "شبكة العاملات المهاجرات في لبنان")),
    ("منسق اللجنة التنسيقية للتحالف الوطني للهجرة", ("منسق اللجنة التنسيقية", "التحالف الوطني للهجرة")),
    ("member of the coordination committee of the Domestic Workers Network",
     ("member of the coordination committee", "Domestic Workers Network")),
    ("membre du comité de coordination du Réseau Migrants Sahel", ("membre du comité de coordination", "Réseau Migrants Sahel")),
])
def test_a_coordinating_committee_stays_in_the_title(seg: str, split: tuple[str, str], rules: ExtractRules) -> None:
    assert split_title(seg, rules) == split


def test_near_miss_the_coordinating_committee_alone_is_a_title(rules: ExtractRules) -> None:
    assert split_title("عضو الهيئة التنسيقية", rules) == ("عضو الهيئة التنسيقية", None)


# ---------------------------------------------------------------------------------------------
# The candidate's post in a governing body written in apposition before what they are proposed for ("الأستاذ X، رئيس
# مجلس الإدارة، لإلقاء مداخلة", "Mr X, Chair of the Board of Trustees, to speak"): the board is in the title, never the
# body that proposes; the organisation is the one the message names

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("السادة المحترمون،\nنتشرّف بترشيح الأستاذ عبد الله منصور، رئيس مجلس الإدارة، لإلقاء مداخلة في المائدة المستديرة "
     "الثانية.\nوتفضلوا بقبول الاحترام.\n\nسعاد كريم\nالأمينة العامة\nجمعية التضامن مع المهاجرين\n", "ar",
     "رئيس مجلس الإدارة", "جمعية التضامن مع المهاجرين"),
    ("تحية طيبة،\nيسعدنا ترشيح الدكتورة ليلى سعيد، عضو مجلس الأمناء، للحديث في الجلسة العامة.\nمع التقدير\n\n"
     "كريم ناصر\nمؤسسة الأفق للتنمية\n", "ar", "عضو مجلس الأمناء", "مؤسسة الأفق للتنمية"),
    ("تحية طيبة،\nنقترح السيد مراد بلحاج، نائب رئيس مجلس الإدارة، للمداخلة في النقاش المفتوح.\nمع التحية\n\n"
     "هدى سالم\nجمعية الأمل للمهاجرين\n", "ar", "نائب رئيس مجلس الإدارة", "جمعية الأمل للمهاجرين"),
    ("Dear colleagues,\nWe are pleased to nominate Mr. John Okafor, Chair of the Board of Trustees, to speak at "
     "roundtable 2.\nBest regards,\nMary Smith\nSecretary\nNigerian Migrants Union\n", "en",
     "Chair of the Board of Trustees", "Nigerian Migrants Union"),
])
def test_a_board_post_in_apposition_is_not_the_proposer(body: str, language: str, title: str, affiliation: str,
                                                        rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_council_that_is_the_body_still_proposes(rules: ExtractRules) -> None:
    body = ("السادة المحترمون،\nيتشرف المجلس الوطني لحقوق الإنسان بترشيح الأستاذ سامي رشيد، مستشار قانوني، لإلقاء "
            "مداخلة في المائدة المستديرة الأولى.\nمع التحية\n")
    sp = run(message(body), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == ["المجلس الوطني لحقوق الإنسان"]


# ---------------------------------------------------------------------------------------------
# A name that ends with its legal form before the acronym ("Verein für Migration und Entwicklung e.V. (VME)", "Maison
# Solidarité Migrants asbl (MSM)"), and the acronym written with that legal form in the signature ("VME e.V."): the
# same organisation, named in full

@pytest.mark.parametrize(("text", "acronyms"), [
    ("on behalf of the Deutsch-Syrischer Verein für Migration und Entwicklung e.V. (DSVME), based in Köln",
     {"DSVME": "Deutsch-Syrischer Verein für Migration und Entwicklung e.V."}),
    ("au nom de la Maison Solidarité Migrants asbl (MSM), à Liège", {"MSM": "Maison Solidarité Migrants asbl"}),
    ("we, the Gulf Returnees Network Ltd (GRN), would like", {"GRN": "Gulf Returnees Network Ltd"}),
])
def test_an_acronym_after_a_legal_form_spells_the_name(text: str, acronyms: dict[str, str], rules: ExtractRules) -> None:
    assert spelled_acronyms(text, rules) == acronyms


@pytest.mark.parametrize(("sig_org", "affiliation"), [
    ("AMDV e.V.", "Arabisch-Marokkanischer Diaspora Verein e.V. (AMDV)"),
    ("AMDV e.V", "Arabisch-Marokkanischer Diaspora Verein e.V. (AMDV)"),
])
def test_a_signature_acronym_with_its_legal_form_takes_the_full_name(sig_org: str, affiliation: str,
                                                                     rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nI am writing on behalf of the Arabisch-Marokkanischer Diaspora Verein e.V. (AMDV), "
            "a Frankfurt-based association.\nWe would therefore like to propose our Policy Officer, Ms Nadia Berrada, "
            "for the plenary.\nKind regards,\n\nAnna Weber\nProject Coordinator\n" + sig_org + " | Hauptstr. 5, Frankfurt\n")
    sp = run(message(body), rules, language="en").speakers
    assert [s.affiliation for s in sp] == [affiliation]


@pytest.mark.parametrize(("value", "expanded"), [
    ("AMDV e.V.", "Arabisch-Marokkanischer Diaspora Verein e.V. (AMDV)"),
    ("AMDV Jugend", "AMDV Jugend"),  # near miss: another body of the association
    ("AMDV gGmbH", "AMDV gGmbH"),  # near miss: a legal form the full name does not end with, another entity
])
def test_near_miss_only_the_name_s_own_legal_form_expands(value: str, expanded: str, rules: ExtractRules) -> None:
    acronyms = {"AMDV": "Arabisch-Marokkanischer Diaspora Verein e.V."}
    assert expand(value, acronyms, rules) == expanded


# ---------------------------------------------------------------------------------------------
# A person block under a line that introduces it, the organisation written as a chain of units, one a line, down to
# its body ("Department of X" / "Faculty of Y" / "Z University"): the affiliation joins them as written

@pytest.mark.parametrize(("block", "language", "affiliation"), [
    ("Nominee:\nDr. Rania Obeidat\nLecturer in Data and Migration Reporting\nDepartment of Digital Journalism\n"
     "Faculty of Mass Communication\nYarmouk Valley University\n", "en",
     "Department of Digital Journalism, Faculty of Mass Communication, Yarmouk Valley University"),
    ("Our nominee:\nMs. Hana Saleh\nResearch Associate\nFaculty of Law\nCedars National University\n", "en",
     "Faculty of Law, Cedars National University"),
    ("Intervenante :\nDr Leïla Mansouri\nMaîtresse de conférences\nDépartement de sociologie\nFaculté des lettres\n"
     "Université Ibn Zohr\n", "fr", "Département de sociologie, Faculté des lettres, Université Ibn Zohr"),
])
def test_a_person_block_gives_the_chain_of_units_down_to_the_body(block: str, language: str, affiliation: str,
                                                                  rules: ExtractRules) -> None:
    body = f"Dear Committee,\nWe are pleased to nominate a speaker for Roundtable 2.\n\n{block}\nBest regards,\nThe Dean\n"
    speakers = run(message(body, from_="Dean <dean@example.edu>"), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [affiliation]


def test_near_miss_unit_lines_not_closed_by_a_body_are_not_an_affiliation(rules: ExtractRules) -> None:
    # the unit lines lead to no body's line: nothing is joined to the title
    body = ("Dear Committee,\nWe are pleased to nominate a speaker for Roundtable 2.\n\nNominee:\nDr. Rania Obeidat\n"
            "Lecturer in Data and Migration Reporting\nDepartment of Digital Journalism\n\nHer CV is attached.\n")
    speakers = run(message(body, from_="Dean <dean@example.edu>"), rules).speakers
    assert [s.affiliation for s in speakers] in ([None], ["Department of Digital Journalism"])


# ---------------------------------------------------------------------------------------------
# A town in brackets after the organisation, one the places list need not know ("Association Oasis Vivantes
# (Errachidia)", "X (Oujda, Maroc)"): an address, left out; not another name the body goes by, nor its acronym

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Président\n"
     "Organisation : Association Palmeraie Durable (Tinghir)\nCordialement,\nSalma\n", "fr", "Association Palmeraie Durable"),
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Coastal Fishers Cooperative (Nouadhibou)\nBest regards,\nOmar\n", "en", "Coastal Fishers Cooperative"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Awa Diallo\nFonction : Coordinatrice\n"
     "Organisation : Réseau des Femmes Rurales (Oujda, Maroc)\nCordialement,\nSalma\n", "fr",
     "Réseau des Femmes Rurales"),
])
def test_a_town_in_brackets_is_an_address(body: str, language: str, affiliation: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Tadamon Network for Migrant Solidarity (Tadamon)\nBest regards,\nOmar\n", "en",
     "Tadamon Network for Migrant Solidarity (Tadamon)"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Président\n"
     "Organisation : Association Palmeraie Durable (APD)\nCordialement,\nSalma\n", "fr", "Association Palmeraie Durable (APD)"),
    ("Dear colleagues,\nWe propose a speaker for Roundtable 2.\nName: Dr. Reem Haddadin\nTitle: Director\n"
     "Organisation: Working Group on Labour Mobility (Arab States)\nBest regards,\nOmar\n", "en",
     "Working Group on Labour Mobility (Arab States)"),
])
def test_near_miss_another_name_in_brackets_stays(body: str, language: str, affiliation: str,
                                                   rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Hello,\nI would like to speak in the open discussion.\n\nThanks,\nTomas\n--\nTomas Reyes\nProgramme Lead\n"
     "Bridges for Workers Network (B4W)\nAmman, Jordan\n", "en", "Bridges for Workers Network (B4W)"),
    ("Bonjour,\nNous proposons une intervention en plénière.\nNom : Karim Alaoui\nFonction : Président\n"
     "Organisation : Association Jeunesse 2 Demain (J2D)\nCordialement,\nSalma\n", "fr",
     "Association Jeunesse 2 Demain (J2D)"),
])
def test_an_acronym_with_a_digit_for_a_word_is_no_town(body: str, language: str, affiliation: str,
                                                      rules: ExtractRules) -> None:
    """An acronym that writes a word as a digit ("Bridges for Workers Network (B4W)") closes the name as any acronym does: it is
    not a town in brackets, whose one capitalised word is an address."""
    assert _speaker(body, rules, language)[1] == affiliation


@pytest.mark.parametrize(("value", "kept"), [
    ("مبادرة جسور للفنون المجتمعية، مرسين", "مبادرة جسور للفنون المجتمعية"),  # a town the places list lacks
    ("جمعية الأمل لرعاية العمال المهاجرين، عمّان", "جمعية الأمل لرعاية العمال المهاجرين"),
    # near misses: a ministry keeps its state, a branch is part of the body
    ("وزارة العمل، الأردن", "وزارة العمل، الأردن"),
    ("جمعية الأمل لرعاية العمال المهاجرين، فرع الزرقاء", "جمعية الأمل لرعاية العمال المهاجرين، فرع الزرقاء"),
])
def test_a_town_after_the_arabic_comma_is_an_address(value: str, kept: str, rules: ExtractRules) -> None:
    """The town after an organisation's Arabic comma ("جمعية X، عمّان") is left out as after a Latin comma
    ("Bangladesh Migrant Workers Forum, Dhaka")."""
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == kept


# ---------------------------------------------------------------------------------------------
# A French organisation's name written in lower case between its capitalised words, in running text ("L'Union des
# agriculteurs du Cap Bon propose ...", "l'Association X pour la lutte contre la désertification (AKLD) a
# l'honneur"): the whole name, up to the proper name or the acronym that closes it
@pytest.mark.parametrize(("body", "affiliation"), [
    ("Madame, Monsieur,\nL'Union des pêcheurs du Golfe de Gabès propose Mme Salma Trabelsi, trésorière de l'Union, "
     "pour une intervention en plénière.\n", "Union des pêcheurs du Golfe de Gabès"),
    ("Madame, Monsieur,\nla Fédération des travailleurs saisonniers de la Vallée du Souss souhaite proposer M. Brahim "
     "Ait Lahcen, secrétaire général, pour la table ronde 2.\n", "Fédération des travailleurs saisonniers de la Vallée du Souss"),
    ("Madame, Monsieur,\nl'Association Nour pour la protection des enfants migrants (ANPEM) a l'honneur de vous proposer "
     "la candidature de Mme Rim Gharbi, coordinatrice de l'Association, pour la table ronde 1.\n",
     "Association Nour pour la protection des enfants migrants (ANPEM)"),
])
def test_french_name_in_lower_case_in_running_text(body: str, affiliation: str, rules: ExtractRules) -> None:
    mail = message(body + "\nCordialement,\nNadia Salem\nRéseau Maghreb Mobilités (RMM)\n",
                   from_="Nadia Salem <n.salem@rmm.example.org>")
    assert [s.affiliation for s in run(mail, rules, language="fr").speakers] == [affiliation]


@pytest.mark.parametrize("body", [
    # the words after the organisation word are a clause, not its name
    "Madame, Monsieur,\nL'Union propose à sa place Mme Salma Trabelsi, trésorière de l'Union, pour la plénière.\n",
    # a town after "à" is the body's address, and what follows its acronym is the sentence
    "Madame, Monsieur,\nl'Association Amal pour la santé mentale à Sfax propose Mme Rim Gharbi, psychologue, pour la "
    "table ronde 1.\n",
])
def test_near_miss_lower_case_words_that_are_no_name(body: str, rules: ExtractRules) -> None:
    mail = message(body + "\nCordialement,\nNadia Salem\nRéseau Maghreb Mobilités (RMM)\n",
                   from_="Nadia Salem <n.salem@rmm.example.org>")
    affiliation = run(mail, rules, language="fr").speakers[0].affiliation
    assert affiliation is not None and "propose" not in affiliation and "Sfax" not in affiliation


# A parent body after a comma, of another kind than the body before it ("Sudanese Student Union, Omdurman University"):
# the body that one belongs to, kept in the affiliation; two bodies of one kind are not one affiliation
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear team,\nWe propose for roundtable 2:\n\n1. Secretary - Lina Saad - Women Voices Club, Yarmouk University\n\n"
     "Regards,\nOmar\n", "en", "Women Voices Club, Yarmouk University"),
    ("Dear team,\nWe propose Sami Odeh, Treasurer, Jordanian Youth Forum, University of Jordan, for roundtable 2.\n\n"
     "Regards,\nOmar\n", "en", "Jordanian Youth Forum, University of Jordan"),
    ("Bonjour,\nNous proposons Awa Diop, trésorière, Amicale des Étudiants Sénégalais, Université Mohammed V, pour la "
     "table ronde 1.\n\nCordialement,\nFatou\n", "fr", "Amicale des Étudiants Sénégalais, Université Mohammed V"),
])
def test_a_parent_body_after_a_comma_stays_in_the_affiliation(body: str, language: str, affiliation: str,
                                                              rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


def test_near_miss_a_second_body_of_the_same_kind_is_not_a_parent(rules: ExtractRules) -> None:
    body = "Dear team,\nWe propose Sami Odeh, Treasurer, Jordanian Youth Forum, Arab Youth Forum, for roundtable 2.\n\n" \
        "Regards,\nOmar\n"
    sp = run(message(body), rules).speakers
    assert [s.affiliation for s in sp] == ["Jordanian Youth Forum"]


# An acronym with its region after a hyphen spells the name written with the region after a dash
@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("Organisation: Network of Sea Rescue Volunteers - MENA (NSRV-MENA)", "NSRV-MENA", "Network of Sea Rescue Volunteers - MENA"),
    ("Nous sommes le Réseau des Femmes Juristes – Maghreb (RFJ-Maghreb).", "RFJ-Maghreb", "Réseau des Femmes Juristes – Maghreb"),
])
def test_an_acronym_with_its_region_is_spelled_out(text: str, acronym: str, full: str, rules: ExtractRules) -> None:
    assert spelled_acronyms(text, rules) == {acronym: full}


# "our Zarqa office", "notre bureau de Sousse": a part of the proposer's own body, not a body named; a post is neither
@pytest.mark.parametrize(("value", "own"), [
    ("our Zarqa office", True), ("notre bureau de Sousse", True), ("its Legal Aid Unit", True),
    ("our Director", False), ("our Programme Manager", False), ("our partner UNHCR", False),
])
def test_a_part_of_the_proposers_own_body(value: str, own: bool, rules: ExtractRules) -> None:
    assert possessive_reference(value, rules) is own


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # a national society named after its emblem is a body: the post stops where it starts, and the clause about
        # what the person did after it is neither
        ("مرحبا،\n\nبدنا نسجل زميلتنا نور سليمان بالنقاش المفتوح، هي منسقة فريق الإسعاف الأولي بالهلال الأحمر القطري "
         "وكانت من أول المتطوعين بعد الزلزال.\n\nشكراً\nسامر\n", "ar", ("منسقة فريق الإسعاف الأولي", "الهلال الأحمر القطري")),
        ("Hello,\n\nWe would like to register our colleague Mr. Adam Fares for the open discussion. He is Head of the First "
         "Aid Unit at the Jordan Red Crescent and was with the teams that helped after the floods.\n\nThanks,\nSara\n", "en",
         ("Head of the First Aid Unit", "Jordan Red Crescent")),
        ("Bonjour,\n\nNous souhaitons inscrire notre collègue M. Karim Haddad au débat ouvert. Il est responsable de l'unité "
         "de secours de la Croix-Rouge libanaise et il a participé aux opérations après le naufrage.\n\nMerci,\nSara\n", "fr",
         ("responsable de l'unité de secours", "Croix-Rouge libanaise")),
    ],
)
def test_a_body_named_after_its_emblem_ends_the_post_and_a_clause_ends_the_body(
        rules: ExtractRules, body: str, language: str, expected: tuple[str, str]) -> None:
    assert [(s.title, s.affiliation) for s in run(message(body), rules, language=language).speakers] == [expected]


# ---------------------------------------------------------------------------------------------
# A body named for the office it houses ("Institution du Médiateur de la République", "Ombudsman Institution of X")
# is an organisation, not a post: the signature's line under the title is the affiliation

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Madame, Monsieur,\n\nJe souhaite intervenir lors de la table ronde 2.\n\nCordialement,\n\n--\nSonia Ben Salah\n"
     "Cheffe du Service des requêtes\nInstitution du Médiateur de la République\nTunis\n", "fr",
     "Institution du Médiateur de la République"),
    ("Dear colleagues,\n\nI would like to speak in roundtable 2.\n\nKind regards,\n\n--\nSamir Idris\nHead of Complaints\n"
     "Ombudsman Institution of Freedonia\n", "en", "Ombudsman Institution of Freedonia"),
])
def test_an_institution_named_for_its_office_is_the_affiliation(body: str, language: str, affiliation: str,
                                                                rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.affiliation for s in sp] == [affiliation]


# ---------------------------------------------------------------------------------------------
# A start-up names its kind in its name ("X Fintech", "Y Startup"): a body, which the signature gives and the speakers
# of the request it makes take as their affiliation

@pytest.mark.parametrize(("body", "language"), [
    ("Bonjour,\n\nNous aimerions proposer deux intervenants :\n- moi-même, Yassine Trabelsi, co-fondateur, pour la "
     "table ronde 2 ;\n- Meriem Kefi, responsable produit, pour la discussion ouverte.\n\nMerci !\n\nYassine\n"
     "Nafidha Fintech\n", "fr"),
    ("Hi,\n\nWe would like to propose two speakers:\n- myself, Yassine Trabelsi, co-founder, for roundtable 2;\n"
     "- Meriem Kefi, product lead, for the open discussion.\n\nThanks!\n\nYassine\nNafidha Fintech\n",
     "en"),
])
def test_a_start_up_named_by_its_kind_is_the_affiliation(body: str, language: str, rules: ExtractRules) -> None:
    sp = run(message(body, from_="Yassine Trabelsi <yassine@nafidha.example.tn>"), rules, language=language).speakers
    assert [(s.name, s.affiliation) for s in sp] == [("Yassine Trabelsi", "Nafidha Fintech"),
                                                      ("Meriem Kefi", "Nafidha Fintech")]


# ---------------------------------------------------------------------------------------------
# A reply adding a speaker to the sender's own request, signed with a first name only: the body is the one the
# sender's quoted message signs with (not a body another sender's quoted message names)

_OWN_REPLY = ("{new}\n\nOn Mon, 1 Feb 2021 at 09:10, Hadi Karam <{addr}> wrote:\n> Dear organisers,\n>\n"
              "> I would like to speak in roundtable 3.\n>\n> Best,\n> --\n> Hadi Karam\n> Coordinator, Cedar Youth Network\n")


@pytest.mark.parametrize(("new", "addr", "affiliation"), [
    ("Hello again,\n\nOur secretary, Maya Saab, would also like to speak in the same roundtable.\n\nThanks,\nHadi",
     "hadi@example.org", "Cedar Youth Network"),
    ("Bonjour,\n\nNotre trésorière, Maya Saab, souhaiterait aussi intervenir à la même table ronde.\n\nMerci,\nHadi",
     "hadi@example.org", "Cedar Youth Network"),
    # the quoted message is someone else's: its body is not the sender's
    ("Hello again,\n\nOur secretary, Maya Saab, would also like to speak in the same roundtable.\n\nThanks,\nHadi",
     "other@example.net", None),
])
def test_a_reply_takes_the_body_of_the_senders_own_quoted_message(new: str, addr: str, affiliation: str | None,
                                                                   rules: ExtractRules) -> None:
    body = _OWN_REPLY.format(new=new, addr=addr)
    sp = run(message(body, subject="Re: Speaking request", from_="Hadi Karam <hadi@example.org>"), rules).speakers
    assert [(s.name, s.affiliation) for s in sp] == [("Maya Saab", affiliation)]


_OUR_REPLY_QUOTED = ("{new}\n\n{attribution}\n\nDear Ms Karam,\n\nCould you tell us Ms Saab's post?\n\nKind regards,\n"
                     "Review Secretariat\nRegional Network on Migration - Arab region\n")


@pytest.mark.parametrize("attribution", [
    "From: Review Secretariat <gcm@example.int>\nSent: Monday, February 1, 2021 1:02 PM\n"
    "To: Hadi Karam <hadi@example.org>\nSubject: RE: Speaking request",
    "De : Secrétariat <gcm@example.int>\nEnvoyé : lundi 1 février 2021 13:02\nÀ : Hadi Karam <hadi@example.org>\n"
    "Objet : RE: Demande",
    "من: الأمانة <gcm@example.int>\nتاريخ الإرسال: 1 فبراير 2021\nإلى: Hadi Karam <hadi@example.org>\nالموضوع: رد",
])
def test_a_quoted_message_only_addressed_to_the_sender_gives_no_body(attribution: str, rules: ExtractRules) -> None:
    """Our own reply, quoted in theirs, names the sender's address in its To line: its signature is ours, not theirs."""
    new = "Hello again,\n\nOur secretary, Maya Saab, is Programme Officer.\n\nThanks,\nHadi"
    body = _OUR_REPLY_QUOTED.format(new=new, attribution=attribution)
    fields = run(message(body, subject="Re: Speaking request", from_="Hadi Karam <hadi@example.org>"), rules)
    assert fields.organisation is None
    assert [s.affiliation for s in fields.speakers] == [None]


# An Arabic body of people named by the field they work in ("نقابة العاملين في القطاع الصحي"): "في" and what follows
# belong to the name, from its second word on
@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        ("مرحبا،\nنحن رابطة المعلمين في المدارس الخاصة، ونرشح الأستاذة منى حداد، منسقة البرامج، للمائدة المستديرة الثانية.\n"
         "شكرا\nمنى\n", "رابطة المعلمين في المدارس الخاصة"),
        ("تحية طيبة،\nيسر اتحاد العمال في القطاع الزراعي ترشيح السيد خالد نمر، أمين الصندوق، للجلسة العامة.\nمع التحية\n",
         "اتحاد العمال في القطاع الزراعي"),
    ],
)
def test_an_arabic_body_of_people_keeps_the_field_they_work_in(rules: ExtractRules, body: str, affiliation: str) -> None:
    assert [s.affiliation for s in run(message(body), rules, language="ar").speakers] == [affiliation]


# An Arabic post that points back at the body, then an aside in brackets about the person: the post is the title, the
# body is the one the message names
def test_an_aside_after_a_post_that_points_back_stays_out_of_it(rules: ExtractRules) -> None:
    body = "مرحبا،\nنحن جمعية الممرضات اللبنانيات، ونرشح:\n- هدى سالم، رئيسة الجمعية (ممرضة منذ عشرين سنة)" \
        " - للنقاش المفتوح\n- نادية عمر، رئيسة الجمعية (متقاعدة) - للمائدة المستديرة الأولى\nشكرا\n"
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in speakers] == [("رئيسة الجمعية", "جمعية الممرضات اللبنانيات")] * 2


# A committee named in lower case after a post, with no body after it, sits inside the proposing body: it is part of
# the post, and the affiliation is that body
@pytest.mark.parametrize(
    ("body", "language", "title", "affiliation"),
    [
        ("Bonjour,\nNotre syndicat souhaite proposer Mme Leila Ben Salah, Présidente de la commission nationale des jeunes,"
         " comme rapporteuse.\nCordialement,\nUnion des syndicats du commerce (USC)\n", "fr",
         "Présidente de la commission nationale des jeunes", "Union des syndicats du commerce (USC)"),
        ("Bonjour,\nNous proposons M. Karim Haddad, coordinateur du comité des travailleurs migrants, pour la table ronde 1."
         "\nCordialement,\nConfédération des travailleurs du Maghreb\n", "fr",
         "coordinateur du comité des travailleurs migrants", "Confédération des travailleurs du Maghreb"),
        ("Dear colleagues,\nOur union would like to propose Ms. Grace Otieno, Chair of the national women workers' "
         "committee, as rapporteur.\nBest regards,\nKenya Union of Domestic Workers (KUDOW)\n", "en",
         "Chair of the national women workers' committee", "Kenya Union of Domestic Workers (KUDOW)"),
    ],
)
def test_a_committee_in_lower_case_is_part_of_the_post(rules: ExtractRules, body: str, language: str, title: str,
                                                        affiliation: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(title, affiliation)]


@pytest.mark.parametrize(("value", "kept"), [
    # the network the body belongs to, after its name: in brackets with the member word last, or as a clause
    ("Port Workers Union, Aden (ITF member)", "Port Workers Union"),
    ("Collectif Alfa (association membre)", "Collectif Alfa"),
    ("رابطة العمال الزراعيين (جمعية عضو)", "رابطة العمال الزراعيين"),
    ("Port Workers Union, a member of the ITF", "Port Workers Union"),
    ("Collectif Alfa, membre du réseau Euromed", "Collectif Alfa"),
    ("رابطة العمال الزراعيين، عضو في الاتحاد العربي للنقابات", "رابطة العمال الزراعيين"),
    # near misses: a name with the word in it, and a post on a body, are read as written
    ("Association des Membres de la Diaspora", "Association des Membres de la Diaspora"),
    ("Member of Parliament", "Member of Parliament"),
    ("عضو مجلس الإدارة", "عضو مجلس الإدارة"),
])
def test_the_network_a_body_belongs_to_is_no_part_of_its_name(value: str, kept: str, rules: ExtractRules) -> None:
    """"X (ANMWU member)", "X, membre de l'AAMT", "X، عضو في الشبكة": a remark on the body after its name, not the name."""
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == kept


@pytest.mark.parametrize(("value", "kept"), [
    # a bracketed place and then the role asked for, in a sentence
    ("جمعية الأمل للتنمية (عمّان) لتشارك في الجلسة العامة", "جمعية الأمل للتنمية"),
    ("Association Tadamun (Sousse) pour la table ronde 2", "Association Tadamun"),
    # a bracket of places a dash cut open
    ("مؤسسة الرحمة للتنمية (حلب - إعزاز", "مؤسسة الرحمة للتنمية"),
    ("Association Ennour (Oujda", "Association Ennour"),
    # near misses: what follows a bracket and names no role, and a closed acronym, stay
    ("Réseau Nour (Sousse) pour la jeunesse", "Réseau Nour (Sousse) pour la jeunesse"),
    ("Gulf Workers Network (GWN)", "Gulf Workers Network (GWN)"),
])
def test_a_bracketed_place_then_the_role_or_a_place_left_open_is_no_part_of_the_name(value: str, kept: str,
                                                                                    rules: ExtractRules) -> None:
    """The role asked for is never part of the affiliation, nor is the town in brackets before it ("جمعية X (طرابلس)
    لتحكي بالطاولة المستديرة"); a list of towns in brackets cut open by a dash ("منظمة X (إدلب") is an address too."""
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == kept


_ASK = "Hello,\n\nI would like to speak in the plenary session.\n\nBest regards,\n"


@pytest.mark.parametrize(("block", "language", "affiliation"), [
    # a body the person has left, or none, is no affiliation
    ("Omar Farouk\nResearcher\nFormerly with the Gulf Labour Observatory\n", "en", None),
    ("Samira Haddad\nChercheuse\nAnciennement à l'Observatoire des migrations\n", "fr", None),
    ("د. سلمى النوري\nباحثة في علم الاجتماع\n(مستقلة حالياً – سابقاً في مركز دراسات الهجرة)\n", "ar", None),
    # near miss: the body the person is with now
    ("Omar Farouk\nResearcher\nGulf Labour Observatory\n", "en", "Gulf Labour Observatory"),
])
def test_a_former_body_or_none_is_no_affiliation(block: str, language: str, affiliation: str | None,
                                                 rules: ExtractRules) -> None:
    ask = {"en": _ASK, "fr": "Bonjour,\n\nJe souhaite intervenir en séance plénière.\n\nCordialement,\n",
           "ar": "السلام عليكم،\n\nأرغب في تقديم مداخلة في الجلسة العامة.\n\nمع التحية،\n"}[language]
    fields = run(message(ask + block, from_="Sender <sender@example.org>"), rules, language=language)
    assert fields.speakers[0].affiliation == affiliation


@pytest.mark.parametrize(("text", "value", "expanded"), [
    # a body's acronym with its confederation's after a hyphen, the body then named by its own acronym alone
    ("Le Syndicat national des aides ménagères (SNAM-CGT) propose deux intervenantes.", "SNAM",
     "Syndicat national des aides ménagères (SNAM-CGT)"),
    ("The Domestic Workers Union of Kenya (DWUK-COTU) would like to propose a speaker.", "DWUK",
     "Domestic Workers Union of Kenya (DWUK-COTU)"),
])
def test_a_bodys_own_acronym_before_its_confederations_is_written_out(text: str, value: str, expanded: str,
                                                                      rules: ExtractRules) -> None:
    assert expand(value, spelled_acronyms(text, rules), rules) == expanded


def test_near_miss_the_confederations_acronym_alone_is_not_the_body(rules: ExtractRules) -> None:
    acronyms = spelled_acronyms("Le Syndicat national des aides ménagères (SNAM-CGT) propose.", rules)
    assert expand("CGT", acronyms, rules) == "CGT"


# A letter sent by a ministry's mail desk: the desk signs for the ministry, and is no speaker's affiliation
@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("السادة الكرام،\nنرجو التكرم باعتماد السيدة منى الزعبي، رئيسة قسم التفتيش، للمداخلة في الجلسة العامة.\n\n"
     "وتفضلوا بقبول الاحترام،\n\nديوان وزارة التنمية الاجتماعية - قسم الصادر\n", "ar", "وزارة التنمية الاجتماعية"),
    ("Dear colleagues,\nPlease register Mr. Tariq Nasser, Head of the Inspection Section, as a speaker at the plenary.\n\n"
     "Yours faithfully,\n\nCentral Registry, Ministry of Social Development\n", "en", "Ministry of Social Development"),
    ("Madame, Monsieur,\nNous vous prions d'inscrire M. Idriss Benali, chef du service de l'inspection, comme "
     "intervenant en plénière.\n\nVeuillez agréer nos salutations distinguées.\n\nBureau d'ordre du Ministère de l'Emploi\n",
     "fr", "Ministère de l'Emploi"),
])
def test_a_ministrys_mail_desk_is_left_out_of_its_body(body: str, language: str, affiliation: str,
                                                       rules: ExtractRules) -> None:
    assert _speaker(body, rules, language)[1] == affiliation


def test_near_miss_a_body_named_with_a_desk_word_stays(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nPlease register Mr. Tariq Nasser, Head of Unit, as a speaker at the plenary.\n\n"
            "Yours faithfully,\nAmal Odeh\nRegistry Authority of the Courts\n")
    assert _speaker(body, rules, "en")[1] == "Registry Authority of the Courts"
