"""Person lines and titles written before the name. Each family is written in several ways (languages, punctuation,
case, missing accents, where the detail sits)."""

from __future__ import annotations

import pytest

from intake.analysis import Thread, _followup_kind
from intake.extract import ExtractRules
from intake.extract_signature import details_line
from intake.model import Decision, Fields, MessageParts, Speaker
from intake.rules import Ruleset
from tests.extracting import message, run

_EN = "\n\nBest regards,\n\nMahad Farah Abdillahi\nInternational Relations Officer\nPort Union\n"
_FR = "\n\nCordialement,\n\nYoussef Benali\nChargé des relations extérieures\nSyndicat des dockers\n"
_AR = "\n\nمع التقدير،\n\nيوسف بن علي\nمسؤول العلاقات الخارجية\nنقابة عمال الموانئ\n"


# A list item 'Name (Title, Organisation) - role': the post in brackets marks the name as a person's
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear team,\n\nThe union would like to propose the following speakers:\n\n"
           "- Ahmed Youssouf Daher (General Secretary, Djibouti Port Union) - plenary\n"
           "- Hodan Ali Robleh (Chair of the Women's Committee, Djibouti Port Union) - roundtable 1\n\nThanks." + _EN,
     [("Ahmed Youssouf Daher", "General Secretary", "Djibouti Port Union", ("plenary",)),
      ("Hodan Ali Robleh", "Chair of the Women's Committee", "Djibouti Port Union", ("roundtable",))]),
    ("en", "Dear team,\n\nWe would like to propose the following speakers:\n\n"
           "* Grace Achieng (programme officer, Kenya Domestic Workers Network) – Roundtable 2\n"
           "* Peter Mwangi (Chairperson, Kenya Domestic Workers Network) – plenary\n\nThanks." + _EN,
     [("Grace Achieng", "programme officer", "Kenya Domestic Workers Network", ("roundtable",)),
      ("Peter Mwangi", "Chairperson", "Kenya Domestic Workers Network", ("plenary",))]),
    ("en", "Dear team,\n\nOur nominees are the following:\n"
           "1. Samuel Adeyemi (President, Lagos Migrants Forum): plenary\n"
           "2. Ngozi Eze (Youth Coordinator, Lagos Migrants Forum): roundtable 3\n\nThanks." + _EN,
     [("Samuel Adeyemi", "President", "Lagos Migrants Forum", ("plenary",)),
      ("Ngozi Eze", "Youth Coordinator", "Lagos Migrants Forum", ("roundtable",))]),
    ("fr", "Madame, Monsieur,\n\nNous proposons les intervenants suivants :\n\n"
           "- Karim Ould Babah (Président, Association des dockers) - plénière\n"
           "- Fatou Diallo (chargée du programme jeunesse, Association des dockers) - table ronde 1\n\nMerci." + _FR,
     [("Karim Ould Babah", "Président", "Association des dockers", ("plenary",)),
      ("Fatou Diallo", "chargée du programme jeunesse", "Association des dockers", ("roundtable",))]),
    ("fr", "Madame, Monsieur,\n\nVoici nos intervenants :\n"
           "* Awa Ndiaye (Directrice executive, Collectif Migrants Dakar) : pleniere\n"
           "* Paul Mensah (coordinateur, Collectif Migrants Dakar) : table ronde 2\n" + _FR,
     [("Awa Ndiaye", "Directrice executive", "Collectif Migrants Dakar", ("plenary",)),
      ("Paul Mensah", "coordinateur", "Collectif Migrants Dakar", ("roundtable",))]),
    ("fr", "Madame, Monsieur,\n\nNous avons le plaisir de proposer les personnes suivantes :\n\n"
           "1) Moussa Keita (secrétaire général du Syndicat des dockers) – séance plénière\n"
           "2) Aminata Traoré (présidente, Syndicat des dockers) – table ronde 1\n" + _FR,
     [("Moussa Keita", "secrétaire général", "Syndicat des dockers", ("plenary",)),
      ("Aminata Traoré", "présidente", "Syndicat des dockers", ("roundtable",))]),
    ("ar", "السادة الكرام،\n\nنقترح المتحدثين التاليين:\n\n"
           "- أحمد سالم (الأمين العام، نقابة عمال الموانئ) - الجلسة العامة\n"
           "- مريم علي (رئيسة لجنة المرأة، نقابة عمال الموانئ) - المائدة المستديرة الأولى\n" + _AR,
     [("أحمد سالم", "الأمين العام", "نقابة عمال الموانئ", ("plenary",)),
      ("مريم علي", "رئيسة لجنة المرأة", "نقابة عمال الموانئ", ("roundtable",))]),
    ("ar", "السادة الكرام،\n\nنرجو تسجيل المتحدثين التاليين:\n"
           "1. خالد يوسف (مستشار قانوني، جمعية الأمل): الجلسة العامة\n"
           "2. هدى محمود (المديرة التنفيذية، جمعية الأمل): المائدة المستديرة الثانية\n" + _AR,
     [("خالد يوسف", "مستشار قانوني", "جمعية الأمل", ("plenary",)),
      ("هدى محمود", "المديرة التنفيذية", "جمعية الأمل", ("roundtable",))]),
    ("ar", "تحية طيبة،\n\nيسرنا ترشيح الأشخاص التالية أسماؤهم:\n"
           "* سامي نور (رئيس، رابطة العمال المهاجرين) – الجلسة العامة\n"
           "* ليلى حسن (منسقة، رابطة العمال المهاجرين) – المائدة المستديرة الثانية\n" + _AR,
     [("سامي نور", "رئيس", "رابطة العمال المهاجرين", ("plenary",)),
      ("ليلى حسن", "منسقة", "رابطة العمال المهاجرين", ("roundtable",))]),
])
def test_a_post_in_brackets_after_a_listed_name_makes_it_a_speaker(rules: ExtractRules, language: str, body: str,
                                                                  expected: list[tuple[str, str, str, tuple[str, ...]]]) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation, s.roles) for s in speakers] == expected


# A post written before the name without a possessive or a comma ("propose General Secretary X of the Y Union")
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear Secretariat,\n\nWe would like to propose General Secretary Hussein Kadhim Jabbar of the Basra Port "
           "Union to take the floor in a plenary session.\n\nThanks." + _EN,
     ("Hussein Kadhim Jabbar", "General Secretary", ("plenary",))),
    ("en", "Dear Secretariat,\n\nWe are pleased to nominate Executive Director Grace Achieng, Kenya Domestic Workers "
           "Network, for roundtable 2.\n\nThanks." + _EN,
     ("Grace Achieng", "Executive Director", ("roundtable",))),
    ("en", "Dear Secretariat,\n\nWe nominate vice-president Samuel Adeyemi of the Lagos Migrants Forum as a speaker in "
           "the plenary.\n\nThanks." + _EN,
     ("Samuel Adeyemi", "vice-president", ("plenary",))),
    ("fr", "Madame, Monsieur,\n\nNous souhaitons proposer le Secrétaire général Moussa Keita du Syndicat des dockers "
           "pour intervenir en plénière.\n\nMerci." + _FR,
     ("Moussa Keita", "Secrétaire général", ("plenary",))),
    ("fr", "Madame, Monsieur,\n\nNous avons le plaisir de proposer la présidente Awa Ndiaye, du Collectif Migrants "
           "Dakar, pour la table ronde 2.\n\nMerci." + _FR,
     ("Awa Ndiaye", "présidente", ("roundtable",))),
    ("fr", "Madame, Monsieur,\n\nnous proposons Coordinatrice nationale Fatou Diallo de l'Association des dockers "
           "pour la pleniere.\n\nMerci." + _FR,
     ("Fatou Diallo", "Coordinatrice nationale", ("plenary",))),
    ("ar", "السادة الكرام،\n\nنقترح الأمين العام حسين كاظم جبار من نقابة عمال الموانئ للمشاركة في الجلسة العامة.\n" + _AR,
     ("حسين كاظم جبار", "الأمين العام", ("plenary",))),
    ("ar", "السادة الكرام،\n\nيسرنا ترشيح رئيسة الجمعية مريم علي للمشاركة في المائدة المستديرة الثانية.\n" + _AR,
     ("مريم علي", "رئيسة الجمعية", ("roundtable",))),
    ("ar", "السادة الكرام،\n\nنرشح المنسق الوطني خالد يوسف، جمعية الأمل، للجلسة العامة.\n" + _AR,
     ("خالد يوسف", "المنسق الوطني", ("plenary",))),
])
def test_a_post_before_the_name_without_a_comma_is_its_title(rules: ExtractRules, language: str, body: str,
                                                             expected: tuple[str, str, tuple[str, ...]]) -> None:
    (s,) = run(message(body), rules, language=language).speakers
    assert (s.name, s.title, s.roles) == expected


# What reads like a post before words is no post before a name: an indefinite Arabic post, a link, an honorific
@pytest.mark.parametrize(("language", "body", "name", "title"), [
    ("ar", "السادة الكرام،\n\nأنا باحثة مستقلة مهتمة بقضايا هجرة النساء، وأرغب بالمشاركة كمتحدثة في المؤتمر.\n\n"
           "مع الاحترام،\nأمل السقاف", "أمل السقاف", "باحثة مستقلة"),
    ("ar", "تحية طيبة،\n\nنرغب بمداخلة في المائدة المستديرة رقم 1، ونرشّح لذلك مديرة البرامج لدينا السيدة رنا الحاج.\n\n"
           "مع الشكر،\nFahad Al-Ajmi\nBoard Member", "رنا الحاج", "مديرة البرامج"),
    ("en", "Dear team,\n\nMy name is Dr. Ahmad al-Hassan and I am the Director of the Arab Migration Observatory. "
           "I would like to speak in the plenary.", "Ahmad al-Hassan", "Director"),
])
def test_no_bare_post_before_what_is_no_name(rules: ExtractRules, language: str, body: str, name: str, title: str) -> None:
    (s,) = run(message(body, from_="Sender Person <s@example.org>"), rules, language=language).speakers
    assert (s.name, s.title) == (name, title)


_SIGNED = {"fr": "\n\nBien cordialement,\n\nYoussef Benjelloun\nLes Étoiles du Bouregreg\n06 62 17 48 90\n",
           "en": "\n\nBest,\n\nMark Otieno\nStreet Arts Kenya\n"}


# The person the proposer wishes to speak, the subject of the speaking verb ("nous aimerions que X ... prenne la parole")
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "Bonjour,\n\nNous aimerions beaucoup que Inès Kouassi, qui anime l'atelier interculturel, prenne la parole "
           "lors de la discussion ouverte.\n", ("Inès Kouassi", None, ("open_discussion",))),
    ("fr", "Bonjour,\n\nnous souhaiterions que Awa Ndiaye prenne la parole en pleniere pour temoigner de notre "
           "experience.\n", ("Awa Ndiaye", None, ("plenary",))),
    ("fr", "Bonjour,\n\nNous voudrions vivement que Paul Mensah, formateur, intervienne dans la table ronde 2.\n",
     ("Paul Mensah", "formateur", ("roundtable",))),
    ("en", "Hello,\n\nWe would love for Amina Wanjiru, who runs our intercultural workshop, to speak in the open "
           "discussion.\n", ("Amina Wanjiru", None, ("open_discussion",))),
    ("en", "Hello,\n\nwe would like Grace Achieng to take the floor in roundtable 2.\n",
     ("Grace Achieng", None, ("roundtable",))),
    ("en", "Hello,\n\nWe would really like Peter Mwangi (trainer) to share his experience in the plenary.\n",
     ("Peter Mwangi", "trainer", ("plenary",))),
])
def test_the_person_wished_to_speak_is_the_speaker(rules: ExtractRules, language: str, body: str,
                                                   expected: tuple[str, str | None, tuple[str, ...]]) -> None:
    (s,) = run(message(body + _SIGNED[language]), rules, language=language).speakers
    assert (s.name, s.title, s.roles) == expected


@pytest.mark.parametrize(("language", "body", "sender"), [
    ("fr", "Bonjour,\n\nNous souhaitons que notre association prenne la parole en plénière.\n", "Youssef Benjelloun"),
    ("en", "Hello,\n\nWe would like to speak in the plenary.\n", "Mark Otieno"),
])
def test_a_wish_to_speak_without_a_person_is_the_senders(rules: ExtractRules, language: str, body: str,
                                                         sender: str) -> None:
    (s,) = run(message(body + _SIGNED[language]), rules, language=language).speakers
    assert s.name == sender


_AR_SIGNED = "\n\nوتفضلوا بقبول الاحترام،\n\nيوسف بن علي\nرئيس الجمعية\n"


# A labelled value the mailer cut after a word that needs more ('... العائدين من' / 'دول الخليج', 'Head of ... and' /
# 'Community Engagement'): the unlabelled line below carries it on, with no comma to say so
@pytest.mark.parametrize(("language", "body", "title"), [
    ("ar", "بيانات المرشحة:\nالاسم: ريم عادل الشافعي\nالصفة: عضو مجلس الإدارة ومسؤولة ملف الشباب العائدين من\n"
           "دول الخليج\nالجهة: جمعية شباب العائدين للتنمية\n",
     "عضو مجلس الإدارة ومسؤولة ملف الشباب العائدين من دول الخليج"),
    ("ar", "المرشح:\nالجهة: رابطة العمال المهاجرين\nالوظيفة: رئيس لجنة الدفاع عن\nحقوق العمال المنزليين\n"
           "الاسم: سامي حداد\n",
     "رئيس لجنة الدفاع عن حقوق العمال المنزليين"),
    ("ar", "الاسم : الدكتورة هالة منصور\nالمنصب : مديرة برنامج حماية النساء و\nالأطفال\n",
     "مديرة برنامج حماية النساء و الأطفال"),
    ("en", "Speaker details:\nName: Grace Achieng\nTitle: Head of Outreach and\nCommunity Engagement\n"
           "Organisation: Kenya Domestic Workers Network\n",
     "Head of Outreach and Community Engagement"),
    ("en", "Organisation: Lagos Migrants Forum\nposition: coordinator of the legal aid programme for\n"
           "returning migrant workers\nname: Dr. Samuel Adeyemi\n",
     "coordinator of the legal aid programme for returning migrant workers"),
    ("en", "NAME: Peter Mwangi\nTITLE: Chair of the\nWomen's Committee\n", "Chair of the Women's Committee"),
    ("fr", "Nom : Fatou Diallo\nFonction : Chargée de mission pour l'accompagnement des\nfemmes migrantes\n"
           "Organisation : Association des dockers\n",
     "Chargée de mission pour l'accompagnement des femmes migrantes"),
    ("fr", "Fonction: Responsable du pole juridique et\nplaidoyer\nNom: M. Karim Ould Babah\n",
     "Responsable du pole juridique et plaidoyer"),
    ("fr", "nom : Mme Awa Ndiaye\ntitre : coordinatrice regionale du programme de\nprotection de l'enfance\n",
     "coordinatrice regionale du programme de protection de l'enfance"),
])
def test_a_labelled_value_cut_after_a_link_word_goes_on(rules: ExtractRules, language: str, body: str,
                                                         title: str) -> None:
    signed = {"ar": _AR_SIGNED, "en": _EN, "fr": _FR}[language]
    (s,) = run(message(body + signed), rules, language=language).speakers
    assert s.title == title


@pytest.mark.parametrize(("language", "body", "title"), [
    ("en", "Name: Grace Achieng\nTitle: Head of Outreach\nShe has worked with domestic workers for ten years.\n",
     "Head of Outreach"),
    ("fr", "Nom : Fatou Diallo\nFonction : Chargée de mission\nElle anime nos ateliers depuis 2019.\n",
     "Chargée de mission"),
])
def test_a_labelled_value_ended_on_a_full_word_stays_on_its_line(rules: ExtractRules, language: str, body: str,
                                                                 title: str) -> None:
    (s,) = run(message(body + {"en": _EN, "fr": _FR}[language]), rules, language=language).speakers
    assert s.title == title


# An address word ('floor', 'street', 'rue', 'building') joined by a hyphen into a word of a title or a name
# ('Shop-floor organiser', 'Building-Bridges Network') is no address: the value stays
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "We propose:\n\nName                Title                  Organisation     Session\n"
           "Shirin Akter        Shop-floor organiser   CGWI             Roundtable 1\n"
           "Kavitha Rajendran   Legal aid coordinator  CGWI             Plenary\n",
     ("Shirin Akter", "Shop-floor organiser", "CGWI")),
    ("en", "We propose:\n\n| Name | Title | Organisation |\n| Grace Achieng | Street-vendor organiser | Hawkers Union |\n",
     ("Grace Achieng", "Street-vendor organiser", "Hawkers Union")),
    ("en", "Name: Peter Mwangi\nTitle: shop-floor delegate\nOrganisation: Building-Bridges Network\n",
     ("Peter Mwangi", "shop-floor delegate", "Building-Bridges Network")),
    ("fr", "Nom : Awa Ndiaye\nFonction : responsable street-food\nOrganisation : Association des vendeuses\n",
     ("Awa Ndiaye", "responsable street-food", "Association des vendeuses")),
    ("fr", "Nous proposons :\n\nNom               Fonction                      Structure\n"
           "Fatou Diallo      Coordinatrice Rue-Solidaire   Collectif des femmes\n"
           "Karim Ould Babah  Président                     Collectif des femmes\n",
     ("Fatou Diallo", "Coordinatrice Rue-Solidaire", "Collectif des femmes")),
    ("fr", "Nom : M. Karim Ould Babah\nTitre : delegue shop-floor\n", ("Karim Ould Babah", "delegue shop-floor", None)),
])
def test_an_address_word_inside_a_compound_is_no_address(rules: ExtractRules, language: str, body: str,
                                                         expected: tuple[str, str, str | None]) -> None:
    s = run(message(body + {"en": _EN, "fr": _FR}[language]), rules, language=language).speakers[0]
    assert (s.name, s.title) == expected[:2]
    if expected[2]:
        assert s.affiliation == expected[2]


@pytest.mark.parametrize(("language", "body", "affiliation"), [
    ("en", "Name: Grace Achieng\nTitle: Programme officer\nOrganisation: Hawkers Union - 3rd floor\n", "Hawkers Union"),
    ("en", "Name: Peter Mwangi\nTitle: Chair\nOrganisation: Port Union – Al-Rasheed Street\n", "Port Union"),
    ("fr", "Nom : Awa Ndiaye\nFonction : Présidente\nOrganisation : Association des vendeuses - 12 rue Blanche\n",
     "Association des vendeuses"),
])
def test_an_address_after_a_value_still_goes(rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    s = run(message(body + {"en": _EN, "fr": _FR}[language]), rules, language=language).speakers[0]
    assert s.affiliation == affiliation


def _on_file(name: str) -> Thread:
    return Thread(1, "GCM-1", "speaker_request", "m0@example.org", "s@example.org", "en", "in-reply-to",
                  speakers=((name, "Programme Specialist", "UNFPA Libya Country Office"),))


# A follow-up whose replacing words change the role of the speaker on file ('instead of Roundtable 2, I would prefer
# Roundtable 4'), naming no one else, completes the request: the title and affiliation on file stay
@pytest.mark.parametrize(("text", "named", "on_file"), [
    ("I would like to change my request below: instead of Roundtable 2, I would prefer to speak in Roundtable 4.",
     "Hiba Elmabrouk", "Hiba Elmabrouk"),
    ("Could Dr. Hiba take part in roundtable 4 instead of roundtable 2? Thanks.", "Hiba", "Hiba Elmabrouk"),
    ("Please note that Mr Omar Khalil will speak in the plenary instead.", "Omar Khalil", "Omar Khalil"),
    ("Je souhaiterais intervenir à la table ronde 3 au lieu de la table ronde 1, en remplacement de ma demande.",
     "Awa Ndiaye", "Awa Ndiaye"),
    ("merci de noter que Mme NDIAYE interviendra en pleniere a la place de la table ronde 2", "Awa Ndiaye", "Awa Ndiaye"),
    ("نرجو تسجيل مشاركة الدكتورة سعاد في المائدة المستديرة الرابعة بدلا من الثانية.", "سعاد الحسن", "سعاد الحسن"),
    ("أود المشاركة كمقررة بدلا عن المداخلة في الجلسة العامة", "ريم الشافعي", "ريم عادل الشافعي"),
])
def test_replacing_words_about_the_role_of_the_speaker_on_file_complete(text: str, named: str, on_file: str, ruleset: Ruleset) -> None:
    decision = Decision(category="speaker_request", confidence=1.0, needs_review=False)
    fields = Fields(speakers=(Speaker(named),))
    assert _followup_kind(decision, fields, MessageParts(new=text), _on_file(on_file), (), ruleset) == "completion"


@pytest.mark.parametrize(("text", "named"), [
    ("Dr. Hiba cannot attend; instead we propose Ms. Salma Idris.", "Salma Idris"),
    ("Mme Ndiaye ne pourra pas venir : Mme Fatou Diallo interviendra à sa place.", "Fatou Diallo"),
    ("Mme Fatou Diallo interviendra au lieu de Mme Ndiaye, retenue à Dakar.", "Fatou Diallo"),
    ("Merci de noter que M. Ibrahima Sow prendra la parole à la place de Mme Ndiaye.", "Ibrahima Sow"),
    ("سيشارك بدلا منها الأستاذ سامي حداد.", "سامي حداد"),
])
def test_replacing_words_with_someone_else_still_replace(text: str, named: str, ruleset: Ruleset) -> None:
    decision = Decision(category="speaker_request", confidence=1.0, needs_review=False)
    fields = Fields(speakers=(Speaker(named),))
    assert _followup_kind(decision, fields, MessageParts(new=text), _on_file("Awa Ndiaye"), (), ruleset) == "replacement"


# ---------------------------------------------------------------------------------------------
# A person line written organisation first, then the title, then the person after an honorific, the pieces
# set off by dashes ("Observatory X (OX) - Research Director - Dr. Y")

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear all,\nWe would like to request a floor intervention in one of the plenary sessions for our:\n\n"
     "Atlantic Labour Rights Observatory (ALRO) - Research Director - Dr. Meera Pillai\n\nWarm regards,\nDaniel\n",
     ("Meera Pillai", "Research Director", "Atlantic Labour Rights Observatory (ALRO)")),
    ("en", "Dear all,\nWe propose the following speaker for roundtable 3:\n\n"
     "Migrant Rights Network – Programme Coordinator – Ms. Hana Saleh\n\nRegards,\nDaniel\n",
     ("Hana Saleh", "Programme Coordinator", "Migrant Rights Network")),
    ("fr", "Bonjour,\nNous souhaitons demander une intervention en plénière pour :\n\n"
     "Observatoire Tunisien des Migrations (OTM) – Directrice de recherche – Mme Leila Ben Ali\n\nCordialement\nSami\n",
     ("Leila Ben Ali", "Directrice de recherche", "Observatoire Tunisien des Migrations (OTM)")),
    ("ar", "تحية طيبة\nنرجو تسجيل طلب مداخلة في الجلسة العامة لـ:\n\nمرصد الخليج للهجرة - مديرة الأبحاث - د. سلوى الكعبي\n\n"
     "مع التحية\nأمل\n", ("سلوى الكعبي", "مديرة الأبحاث", "مرصد الخليج للهجرة")),
])
def test_organisation_then_title_then_person_on_a_dashed_line(language: str, body: str,
                                                              expected: tuple[str, str, str], rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_near_miss_person_then_title_then_organisation_reads_as_before(rules: ExtractRules) -> None:
    # the order the service already reads, unchanged
    body = ("Dear all,\nWe would like to request a floor intervention in one of the plenary sessions for:\n\n"
            "Dr. Meera Pillai - Research Director - Atlantic Labour Rights Observatory (ALRO)\n\nWarm regards,\nDaniel\n")
    fields = run(message(body), rules, language="en")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Meera Pillai", "Research Director", "Atlantic Labour Rights Observatory (ALRO)")]


# ---------------------------------------------------------------------------------------------
# A person line written organisation first, then the title, then the person after an honorific, the pieces set off by
# commas ("Radio X, rédactrice en chef, Mme Y"): read as "Mme Y, title, organisation"

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "Bonjour,\nNous avons l'honneur de vous proposer l'intervenante suivante :\n\n"
     "Radio Atlas Horizons, rédactrice en chef, Mme Nadia Ben Salem\n\nCordialement,\nLa direction\n",
     ("Nadia Ben Salem", "rédactrice en chef", "Radio Atlas Horizons")),
    ("fr", "Bonjour,\nNous proposons l'intervenant suivant pour la table ronde 2 :\n"
     "Association Tawasol, président, M. Karim Haddad\n\nCordialement\nSalma\n",
     ("Karim Haddad", "président", "Association Tawasol")),
    ("en", "Dear team,\nWe would like to propose the following speaker for the plenary:\n"
     "Migrant Voices Network, Programme Director, Ms. Jane Okoth\n\nBest,\nAnna\n",
     ("Jane Okoth", "Programme Director", "Migrant Voices Network")),
    ("ar", "تحية طيبة،\nنرشح للمداخلة في الجلسة العامة:\nجمعية التضامن للمهاجرين، منسقة البرامج، السيدة ليلى حداد\n"
     "مع الشكر\nسامي\n", ("ليلى حداد", "منسقة البرامج", "جمعية التضامن للمهاجرين")),
])
def test_organisation_then_title_then_person_on_a_comma_line(language: str, body: str,
                                                             expected: tuple[str, str, str], rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_near_miss_a_town_before_the_title_and_person_gives_no_organisation(rules: ExtractRules) -> None:
    # a town first is no organisation: the line is not turned round
    body = ("Dear team,\nWe would like to propose the following speaker for the plenary:\n"
            "Beirut, Programme Director, Ms. Jane Okoth\n\nBest,\nAnna\n")
    fields = run(message(body), rules, language="en")
    assert [s.affiliation for s in fields.speakers] in ([], [None])


# ---------------------------------------------------------------------------------------------
# A list item that describes the person before a colon and gives the bare name after it ("- Field Officer, Hebron
# branch: Suha Tamimi - she would like ...", "ORG – Legal unit – Coordinator: Jane Doe"): the description is theirs

@pytest.mark.parametrize(("language", "line", "expected"), [
    ("en", "- Field Officer, Gaza office: Suha Tamimi - she would like to speak in roundtable 2.",
     ("Suha Tamimi", "Field Officer")),
    ("en", "MWRN – Legal unit – Coordinator: Jane Okoth", ("Jane Okoth", "Coordinator, Legal unit")),
    ("fr", "- Chargée de plaidoyer, Association Tawasol : Leila Haddad – table ronde 2",
     ("Leila Haddad", "Chargée de plaidoyer")),
])
def test_a_description_before_a_colon_then_the_bare_name(language: str, line: str, expected: tuple[str, str],
                                                         rules: ExtractRules) -> None:
    body = f"Dear team,\nWe would like to propose the following speakers:\n\n{line}\n\nBest regards,\nKhalil Shtayyeh"
    fields = run(message(body, from_="Khalil Shtayyeh <k@example.org>"), rules, language=language)
    assert expected in [(s.name, s.title) for s in fields.speakers]


def test_near_miss_a_field_label_before_a_colon_is_no_title(rules: ExtractRules) -> None:
    # "Name: X" is a labelled value, read as before: a name with no title
    body = "Dear team,\nWe would like to propose the following speaker:\n\n- Name: Jane Okoth\n\nBest regards,\nKhalil"
    fields = run(message(body, from_="Khalil <k@example.org>"), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Jane Okoth", None)]


# ---------------------------------------------------------------------------------------------
# A block under the line that introduces it, written organisation and title first (either way round) and the bare
# name last ("TalentDhow FZ-LLC, Dubai" / "VP, Public Policy" / "Layla Mansour"): the speaker, not the sender

@pytest.mark.parametrize(("language", "block", "expected"), [
    ("en", "    Dunes Recruitment FZ-LLC, Dubai Internet City\n    VP, Public Policy & Worker Welfare\n    Layla Mansour",
     ("Layla Mansour", "VP, Public Policy & Worker Welfare", "Dunes Recruitment FZ-LLC")),
    ("en", "Gulf Migrant Rights Centre\nLegal Officer\nOmar Haddad",
     ("Omar Haddad", "Legal Officer", "Gulf Migrant Rights Centre")),
    ("fr", "Directrice des programmes\nAssociation Tawasol\nSalma Idrissi",
     ("Salma Idrissi", "Directrice des programmes", "Association Tawasol")),
])
def test_organisation_and_title_above_the_bare_name(language: str, block: str, expected: tuple[str, str, str],
                                                    rules: ExtractRules) -> None:
    body = (f"Hello,\nWe would like to propose a speaker for roundtable 2:\n\n{block}\n\n"
            "She is copied here.\n\nRegards,\nDaniel Okafor\nChief of Staff, Dunes Recruitment\n")
    fields = run(message(body, from_="Daniel Okafor <d@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_near_miss_a_block_named_first_reads_as_before(rules: ExtractRules) -> None:
    # the name on top, the order the service already reads
    body = ("Hello,\nWe would like to propose a speaker for roundtable 2:\n\nOmar Haddad\nLegal Officer\n"
            "Gulf Migrant Rights Centre\n\nRegards,\nDaniel Okafor\n")
    fields = run(message(body, from_="Daniel Okafor <d@example.org>"), rules, language="en")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Omar Haddad", "Legal Officer", "Gulf Migrant Rights Centre")]


# ---------------------------------------------------------------------------------------------
# The same person line, organisation first ("Radio X, rédactrice en chef, Mme Y"), when the person's piece goes on
# after a colon, a comma or a bracket with what they are proposed for ("..., Mr Y : pour la discussion ouverte"):
# the title and the organisation are still theirs, the rest still gives the role

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "Bonjour,\n\nNous avons l'honneur de vous proposer les intervenants suivants :\n\n"
     "1) Association Sahélienne des Migrants de Retour (ASMR), président, Mr Oumar Sall : pour la discussion ouverte ;\n\n"
     "2) ASMR, secrétaire général, Mr Ibrahima Diop : comme rapporteur.\n\nCordialement\n",
     [("Oumar Sall", "président", "Association Sahélienne des Migrants de Retour (ASMR)"),
      ("Ibrahima Diop", "secrétaire général", "Association Sahélienne des Migrants de Retour (ASMR)")]),
    ("fr", "Bonjour,\n\nNous proposons :\n- Radio Amal, rédactrice en chef, Mme Awa Traoré : table ronde 2\n\nCordialement\n",
     [("Awa Traoré", "rédactrice en chef", "Radio Amal")]),
    ("en", "Dear colleagues,\n\nWe propose the following speakers:\n1) Migrant Rights Forum, Programme Officer, "
     "Ms Jane Otieno: roundtable 2\n2) Sahel Observatory, Director, Dr. Ali Hassan: plenary\n\nBest\n",
     [("Jane Otieno", "Programme Officer", "Migrant Rights Forum"), ("Ali Hassan", "Director", "Sahel Observatory")]),
    ("ar", "السلام عليكم\n\nنقترح المتحدثين التاليين:\n1) جمعية الأمل للتنمية، المديرة التنفيذية، السيدة هدى سالم: المائدة "
     "المستديرة الثانية\n2) شبكة الهجرة العربية، المنسق، الأستاذ كريم العلوي: الجلسة العامة\n\nمع التحية\n",
     [("هدى سالم", "المديرة التنفيذية", "جمعية الأمل للتنمية"), ("كريم العلوي", "المنسق", "شبكة الهجرة العربية")]),
])
def test_organisation_then_title_then_person_who_goes_on(language: str, body: str,
                                                          expected: list[tuple[str, str, str]], rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == expected


def test_near_miss_person_first_then_colon_reads_as_before(rules: ExtractRules) -> None:
    # the person first, title and organisation after: the order the service already reads, unchanged
    body = "Bonjour,\n\nNous proposons Mme Awa Traoré, coordinatrice, Réseau Sahel Migrations : table ronde 2.\n\nCordialement\n"
    fields = run(message(body), rules, language="fr")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Awa Traoré", "coordinatrice", "Réseau Sahel Migrations")]


# The person the proposer would be glad to hear, the subject of "if ... could" ("on serait ravis si notre directrice
# X pouvait être la rapporteuse", "we'd be delighted if our director X could take the floor"): the speaker, not the
# sender who signs
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "Bonjour,\n\nOn serait vraiment ravis si notre directrice Rim Chaabane pouvait être la rapporteuse de la "
           "plénière.\n", ("Rim Chaabane", "directrice")),
    ("fr", "Bonjour,\n\nNous serions très heureux si notre coordinatrice Leïla Mansour pouvait intervenir lors de la "
           "table ronde 2.\n", ("Leïla Mansour", "coordinatrice")),
    ("en", "Hello,\n\nwe'd be delighted if our director Peter Mwangi could take the floor in the plenary.\n",
     ("Peter Mwangi", "director")),
    ("en", "Hello,\n\nWe would be most grateful if our chair, Ms. Hana Odeh, could speak in roundtable 3.\n",
     ("Hana Odeh", "chair")),
])
def test_the_person_one_would_be_glad_to_hear_is_the_speaker(rules: ExtractRules, language: str, body: str,
                                                             expected: tuple[str, str]) -> None:
    (s,) = run(message(body + _SIGNED[language]), rules, language=language).speakers
    assert (s.name, s.title) == expected


@pytest.mark.parametrize(("language", "body", "sender"), [
    ("en", "Hello,\n\nWe would be grateful if you could confirm our place in roundtable 2.\n", "Mark Otieno"),
    ("fr", "Bonjour,\n\nNous serions reconnaissants si vous pouviez confirmer notre place à la table ronde 2.\n",
     "Youssef Benjelloun"),
])
def test_near_miss_glad_if_the_secretariat_could_is_the_senders(rules: ExtractRules, language: str, body: str,
                                                                sender: str) -> None:
    (s,) = run(message(body + _SIGNED[language]), rules, language=language).speakers
    assert s.name == sender


def test_near_miss_glad_if_a_post_could_with_the_name_after_a_colon(rules: ExtractRules) -> None:
    # the line ends with a colon: the person is on the line after it, not the post before "could"
    body = ("Hello,\n\nWe would be grateful if our Deputy Chair could take the floor at the plenary:\nAmal Yusuf "
            "Warsame, Deputy Chair, Horn Diaspora Network.\n")
    (s,) = run(message(body + _SIGNED["en"]), rules, language="en").speakers
    assert (s.name, s.title) == ("Amal Yusuf Warsame", "Deputy Chair")


# ---------------------------------------------------------------------------------------------
# A signature's long line that gives a body, then the body it belongs to after a dash, is a line of details (not prose)
# and the two are kept as written

@pytest.mark.parametrize("line", [
    "Centre for the Study of Forced Migration and Refugee Rights (CSFMRR) – University of the Eastern Coast",
    "Institut d'études sur les mobilités et les sociétés méditerranéennes (IEMSM) – Université de Carthage",
])
def test_a_long_line_of_a_body_and_its_parent_is_a_details_line(line: str, rules: ExtractRules) -> None:
    assert details_line(line, rules)


def test_near_miss_a_long_line_of_a_body_then_a_description_is_not(rules: ExtractRules) -> None:
    assert not details_line("Laboratoire d'études sur les mobilités (LEM) – une équipe qui travaille depuis 2010 sur "
                            "le retour", rules)


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Madame, Monsieur,\n\nJe souhaiterais intervenir lors de la séance plénière de la conférence.\n\nBien cordialement,"
     "\n\nDr Nadia Mansouri\nProfesseure de sociologie des migrations\nInstitut d'études sur les mobilités et les "
     "sociétés méditerranéennes (IEMSM) – Université de Carthage\nTél. : +216 71 000 000\n", "fr",
     "Institut d'études sur les mobilités et les sociétés méditerranéennes (IEMSM) – Université de Carthage"),
    ("Dear colleagues,\n\nI would like to take part in the open discussion of the consultation.\n\nKind regards,\n\n"
     "Dr Omar Haddad\nAssociate Professor of Public Law\nCentre for Refugee Rights (CRR) - University of the Eastern "
     "Coast\n", "en", "Centre for Refugee Rights (CRR) - University of the Eastern Coast"),
    # (near miss: written with a comma, or on a line of its own, the parent body is joined by a comma)
    ("Dear colleagues,\n\nI would like to take part in the open discussion of the consultation.\n\nKind regards,\n\n"
     "Dr Omar Haddad\nAssociate Professor of Public Law\nCentre for Refugee Rights (CRR)\nUniversity of the Eastern "
     "Coast\n", "en", "Centre for Refugee Rights (CRR), University of the Eastern Coast"),
])
def test_a_parent_body_after_a_dash_on_a_signature_line_is_kept_as_written(body: str, language: str, affiliation: str,
                                                                          rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.affiliation for s in fields.speakers] == [affiliation]
