"""Speakers' roles and sessions: a form's role field answered by ticking one of the options listed under it, a plenary
written without the article ("جلسة عامة"), a rapporteur of a body (or a special rapporteur) named in a title, which
is not the rapporteur role, and colloquial Arabic ordinals of a roundtable ("بالطاولة التالتة"). Each family in
several ways, with near-misses that must not change."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import DocText, Fields
from tests.extracting import message, run

# ---------------------------------------------------------------------------------------------
# A role label with nothing after it, its options one a line below, one of them ticked: the ticked one is the role,
# whichever option comes first, and whether the form sits in the body or in an attached document.

def _one(fields: Fields) -> tuple[str | None, str | None, tuple[str, ...], int | None]:
    assert len(fields.speakers) == 1
    sp = fields.speakers[0]
    return sp.title, sp.affiliation, sp.roles, sp.roundtable


_AR_FORM = "الاسم الكامل: السيد كريم منصور\nالمسمى الوظيفي: مدير البرامج\nالجهة: جمعية الأمل للمهاجرين\n" \
    "الدور المطلوب (يرجى الاختيار):\n{}\n"
_EN_FORM = "Full name: Ms. Joy Santos\nPosition: Advocacy Officer\nOrganisation: Kanlungan Migrant Centre\n" \
    "Requested role (please tick one):\n{}\nEmail: joy@kanlungan.example.org\n"
_FR_FORM = "Nom : Mme Awa Ndiaye\nFonction : Chargée de plaidoyer\nOrganisation : Collectif des Femmes Migrantes\n" \
    "Type d'intervention :\n{}\n"


@pytest.mark.parametrize(("form", "language", "options", "roles", "roundtable"), [
    (_AR_FORM, "ar", "☐ المشاركة في النقاش المفتوح\n☐ مقرر/ة لعرض الرسائل الرئيسية\n☒ مداخلة في جلسة عامة\n"
     "☐ مداخلة في إحدى الموائد المستديرة", ("plenary",), None),
    (_AR_FORM, "ar", "☐ المشاركة في النقاش المفتوح\n☑ مقرر/ة لعرض الرسائل الرئيسية\n☐ مداخلة في الجلسة العامة",
     ("rapporteur",), None),
    (_EN_FORM, "en", "[ ] Open discussion\n[ ] Rapporteur (key messages)\n[x] Roundtable 3\n[ ] Plenary",
     ("roundtable",), 3),
    (_EN_FORM, "en", "☐ Open discussion\n☐ Plenary session\n☒ Rapporteur", ("rapporteur",), None),
    (_FR_FORM, "fr", "☐ Discussion ouverte\n☒ Table ronde 2\n☐ Séance plénière", ("roundtable",), 2),
])
def test_ticked_option_under_a_role_label(form: str, language: str, options: str, roles: tuple[str, ...],
                                          roundtable: int | None, rules: ExtractRules) -> None:
    text = form.format(options)
    in_body = _one(run(message(text), rules, language=language))
    doc = DocText(filename="form.docx", text=text, status="ok", pages=None, detail="", tables=())
    in_doc = _one(run(message("Please find the form attached."), rules, language=language, docs={"form.docx": doc}))
    assert in_body[2:] == in_doc[2:] == (roles, roundtable)
    assert in_body[0] and in_body[1]  # the fields around the options are still read


def test_role_label_over_a_plain_line_is_unchanged(rules: ExtractRules) -> None:
    """Near miss: a role label whose value sits on the next line without a box is read as before."""
    text = "Name: Ms. Joy Santos\nTitle: Advocacy Officer\nOrganisation: Kanlungan Migrant Centre\nRole:\n" \
        "Open discussion\nEmail: joy@kanlungan.example.org\n"
    assert _one(run(message(text), rules))[2] == ("open_discussion",)


# ---------------------------------------------------------------------------------------------
# "جلسة عامة": a plenary session written without the article
@pytest.mark.parametrize("body", [
    "تحية طيبة\nنرغب في ترشيح السيدة ليلى حداد، منسقة البرامج في جمعية الأمل، للمداخلة في جلسة عامة.\nمع الشكر",
    "مرحبا\nأود طلب مداخلة من القاعة في جلسة عامة إن أمكن.\nالاسم: سامي عطا\n"
    "الصفة: رئيس\nالجهة: رابطة العمال المهاجرين",
    "السلام عليكم\nنرشح الأستاذ يوسف بكري، مدير مركز الهجرة، للحديث في جلسات عامة للمراجعة الإقليمية.",
])
def test_plenary_without_article(body: str, rules: ExtractRules) -> None:
    assert "plenary" in _one(run(message(body), rules, language="ar"))[2]


def test_general_sense_is_not_plenary(rules: ExtractRules) -> None:
    """Near miss: "عامة" in another sense ("بصورة عامة", "العلاقات العامة") names no plenary."""
    body = "تحية طيبة\nنرشح السيدة ليلى حداد، مسؤولة العلاقات العامة في جمعية الأمل، للمشاركة في المائدة المستديرة 2، " \
        "وهي تعمل بصورة عامة على قضايا العمال المهاجرين.\nمع الشكر"
    assert _one(run(message(body), rules, language="ar"))[2] == ("roundtable",)


# ---------------------------------------------------------------------------------------------
# A body's own plenary assembly (which adopted the report) is not the conference's plenary
@pytest.mark.parametrize(("body", "language"), [
    ("Dear Secretariat,\nPlease find attached our report, adopted by the Council's Plenary Assembly on 20 January.\n"
     "We would like Mr Idriss Kane, Head of the Migration Unit, to serve as rapporteur of the conference.\n", "en"),
    ("Madame, Monsieur,\nVeuillez trouver ci-joint notre rapport, validé en assemblée plénière le 20 janvier.\n"
     "Nous proposons M. Idriss Kane, chef de l'unité Migrations, comme rapporteur de la conférence.\n", "fr"),
])
def test_a_bodys_plenary_assembly_is_no_plenary_role(body: str, language: str, rules: ExtractRules) -> None:
    assert _one(run(message(body), rules, language=language))[2] == ("rapporteur",)


@pytest.mark.parametrize(("body", "language"), [
    ("Dear Secretariat,\nOur report was adopted by the General Assembly.\n"
     "We would like Mr Idriss Kane, Head of the Migration Unit, to speak in the plenary session.\n", "en"),
    ("Madame, Monsieur,\nNotre rapport a été validé par l'assemblée générale.\n"
     "Nous proposons M. Idriss Kane, chef de l'unité Migrations, pour une intervention en séance plénière.\n", "fr"),
])
def test_near_miss_the_plenary_session_next_to_an_assembly_is_still_the_role(body: str, language: str,
                                                                            rules: ExtractRules) -> None:
    assert _one(run(message(body), rules, language=language))[2] == ("plenary",)


# ---------------------------------------------------------------------------------------------
# A rapporteur of a body, or a special rapporteur, in a title is not the rapporteur role
@pytest.mark.parametrize(("body", "language"), [
    ("Dear Secretariat,\nWe would like to request a floor intervention in the plenary.\nName: Hon. Rami Saleh\n"
     "Title: Member of Parliament; Rapporteur of the Finance and Budget Committee\nAffiliation: Parliament of Lebanon\n", "en"),
    ("Dear team,\nWe propose Ms Aisha Noor to speak in a plenary session.\nName: Aisha Noor\n"
     "Title: Special Rapporteur on migrant workers' rights\nAffiliation: Arab Human Rights Commission\n", "en"),
    ("Bonjour,\nNous souhaitons demander une intervention en plénière.\nNom : Karima Benali\n"
     "Fonction : Députée, rapporteuse de la commission des affaires sociales\nOrganisation : Assemblée populaire nationale\n", "fr"),
    ("تحية طيبة\nنرجو تسجيل طلب مداخلة في الجلسة العامة\nالاسم: خالد الزعبي\nالصفة: نائب، مقرر لجنة العمل\n"
     "الجهة: مجلس النواب الأردني\n", "ar"),
])
def test_rapporteur_of_a_body_in_a_title_is_no_role(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [sp.roles for sp in fields.speakers] == [("plenary",)]


@pytest.mark.parametrize(("body", "language"), [
    ("Dear team,\nWe would like Ms Dana Farah to serve as rapporteur of the consultation.\nName: Dana Farah\n"
     "Title: Programme Officer\nAffiliation: Tamkeen\n", "en"),
    ("Bonjour,\nNous proposons Mme Sara Idrissi comme rapporteuse de la consultation.\nNom : Sara Idrissi\n"
     "Fonction : Chargée de programme\nOrganisation : Association Amal\n", "fr"),
    ("تحية طيبة\nنرشح السيدة هدى منصور للقيام بدور المقرر\nالاسم: هدى منصور\nالصفة: منسقة برامج\nالجهة: جمعية النهضة\n", "ar"),
])
def test_rapporteur_role_still_read(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [sp.roles for sp in fields.speakers] == [("rapporteur",)]


# ---------------------------------------------------------------------------------------------
# Colloquial Arabic ordinals of a roundtable, with ت for ث

@pytest.mark.parametrize(("body", "number"), [
    ("مرحبا،\nأنا سامر الحاج، منسق برامج بجمعية الغد. بدي احكي بالطاولة المستديرة التالتة إذا في مجال.\nسامر\n", 3),
    ("أهلا،\nأنا نادين عيسى، مسؤولة مشاريع بجمعية سوا. حابة شارك بمداخلة بالمائدة المستديرة التانية.\nنادين\n", 2),
    ("تحية،\nعايزين نرشح الأستاذ محمود سالم، مدير مؤسسة بكرة، للمداخلة في الطاولة المستديرة التالت.\nشكرا\n", 3),
    ("مرحبا،\nأنا هبة قاسم، مسؤولة برامج بجمعية نور. بدنا نشارك بمداخلة بالطاولة المستديرة رقم تلاتة.\nهبة\n", 3),
])
def test_colloquial_ordinal_names_the_roundtable(body: str, number: int, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert fields.speakers and fields.speakers[0].roundtable == number


def test_the_next_session_is_no_roundtable_number(rules: ExtractRules) -> None:
    # "التالية" (next) is not the colloquial "التالتة" (third)
    body = "مرحبا،\nأنا سامر الحاج، منسق برامج بجمعية الغد. بدي احكي بالطاولة المستديرة التالية.\nسامر\n"
    fields = run(message(body), rules, language="ar")
    assert fields.speakers and fields.speakers[0].roundtable is None


# ---------------------------------------------------------------------------------------------
# An Arabic ordinal added after a comma as an afterthought ("بالطاولة المستديرة، الثانية اذا ممكن")

@pytest.mark.parametrize(("body", "number"), [
    ("هلو\nآني علي الكعبي، صحفي بجريدة الصباح. ودي اشارك بالطاولة المستديرة، الثانية اذا ممكن.\nعلي\n", 2),
    ("مرحبا،\nأنا رنا خوري، منسقة بجمعية سوا. بدي احكي بالمائدة المستديرة، التالتة إذا في مجال.\nرنا\n", 3),
    ("السلام عليكم\nنرشح الأستاذة سعاد بلقاسم، رئيسة جمعية الوفاء، للمداخلة في المائدة المستديرة، الرابعة.\nشكرا\n", 4),
])
def test_an_arabic_ordinal_after_a_comma_names_the_roundtable(body: str, number: int, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert fields.speakers and fields.speakers[0].roundtable == number


def test_near_miss_first_after_a_comma_in_english_is_no_roundtable_number(rules: ExtractRules) -> None:
    # "first, ..." after the roundtable word opens the next thought, it numbers nothing
    body = "Dear all,\nI am Jane Otieno, Director of the Migrant Rights Forum. I would like to speak at the " \
           "roundtable, first on labour mobility and then on returns.\nJane\n"
    fields = run(message(body), rules, language="en")
    assert fields.speakers and fields.speakers[0].roundtable is None


# ---------------------------------------------------------------------------------------------
# The open discussion with "لل" for the article ("للنقاش المفتوح", "للحوار المفتوح"), as "للجلسة العامة" is the plenary

@pytest.mark.parametrize("body", [
    "السلام عليكم\nنرشح الدكتور الصادق عثمان، مستشار الجمعية، للنقاش المفتوح يوم ٢٣.\nشكرا\n",
    "مرحبا\nنقترح السيدة ريم حداد، منسقة المناصرة في شبكة سند، للحوار المفتوح.\nتحياتي\n",
    "تحية طيبة\nأنا وليد منصور، مدير مركز العودة، وأرغب في الانضمام للمناقشة المفتوحة.\nوليد\n",
])
def test_the_open_discussion_with_lil_is_the_role(body: str, rules: ExtractRules) -> None:
    assert [sp.roles for sp in run(message(body), rules, language="ar").speakers] == [("open_discussion",)]


def test_near_miss_an_open_centre_is_no_open_discussion(rules: ExtractRules) -> None:
    # "مفتوح" said of something else than a discussion
    body = "مرحبا\nنرشح السيدة ريم حداد، مديرة المركز المفتوح للاجئين، للجلسة العامة.\nتحياتي\n"
    assert [sp.roles for sp in run(message(body), rules, language="ar").speakers] == [("plenary",)]


# ---------------------------------------------------------------------------------------------
# The roundtable's number in a bracket after the roundtable words, with its article ("table ronde thématique (la 1
# de préférence, sinon la 3)"): the first one named is the choice; a date in the bracket numbers nothing

@pytest.mark.parametrize(("language", "body", "number"), [
    ("fr", "Bonjour,\n\nNous souhaiterions que notre chef de service, le Dr Élie Haddad, puisse intervenir dans une "
           "table ronde thématique (la 1 de préférence, sinon la 3).\n\nCordialement,\nGeorges\n", 1),
    ("fr", "Madame, Monsieur,\n\nNotre présidente, Mme Nadia Chaabane, souhaiterait intervenir à une table ronde "
           "(la 4 si possible).\n\nBien à vous,\nSalma\n", 4),
    ("en", "Dear team,\n\nWe would like our director, Dr Sara Idris, to speak in a thematic roundtable (the 2, if "
           "possible, otherwise the 3).\n\nBest,\nGeorge\n", 2),
    ("ar", "السادة الكرام،\n\nنرغب في مشاركة مديرنا د. سامي العلي في المائدة المستديرة المواضيعية (الثالثة إن أمكن).\n\n"
           "مع التحية\nجورج\n", 3),
])
def test_a_bracketed_number_with_its_article_names_the_roundtable(language: str, body: str, number: int,
                                                                  rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert fields.speakers and fields.speakers[0].roundtable == number


def test_near_miss_a_date_in_the_bracket_is_no_roundtable_number(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous souhaiterions que notre chef de service, le Dr Élie Haddad, puisse intervenir dans une "
            "table ronde thématique (le 3 mars si possible).\n\nCordialement,\nGeorges\n")
    fields = run(message(body), rules, language="fr")
    assert fields.speakers and fields.speakers[0].roundtable is None


# ---------------------------------------------------------------------------------------------
# "n°" typed without its sign before the roundtable's number ("table ronde n3", "roundtable n 2")

@pytest.mark.parametrize(("body", "language", "number"), [
    ("Bonsoir,\ndesole pour l heure tardive. Je souhaite intervenir a la table ronde n3 sur l acces a la justice.\n\n"
     "Me Youssef Amrani\navocat\n", "fr", 3),
    ("Hi,\nI would like to speak at roundtable n 2 please.\n\nOmar Said\nDirector, Migrant Help Centre\n", "en", 2),
    ("Bonjour,\nMme Salma Idrissi, directrice de l'association, souhaite intervenir en table ronde n4.\n", "fr", 4),
])
def test_a_bare_n_before_the_roundtable_number(body: str, language: str, number: int, rules: ExtractRules) -> None:
    assert _one(run(message(body, from_="Omar Said <o@example.org>"), rules, language=language))[3] == number


def test_near_miss_an_n_word_after_roundtable_gives_no_number(rules: ExtractRules) -> None:
    body = ("Hi,\nI would like to speak at the roundtable n the afternoon, 2 sessions if possible.\n\nOmar Said\n"
            "Director, Migrant Help Centre\n")
    assert _one(run(message(body, from_="Omar Said <o@example.org>"), rules))[3] is None


# ---------------------------------------------------------------------------------------------
# The role proposed for each person of a labelled list ("Proposed role: rapporteur", "Rôle proposé : ...", "الدور
# المقترح: ..."): a role label, so each speaker has their own role, not every role of the message

@pytest.mark.parametrize(("body", "language"), [
    ("Dear team,\nWe would like to propose the following two speakers:\n\n- Name: Prof. Salim Haddad\n  Title: Professor "
     "of Sociology\n  Proposed role: rapporteur to present the key messages\n\n- Name: Dr. Rim Issa\n  Title: Research "
     "Associate\n  Proposed role: floor intervention in roundtable 3\n\nRegards,\nNadine\n", "en"),
    ("Madame, Monsieur,\nNous proposons les personnes suivantes :\n\n- Nom : Mme Awa Diop\n  Fonction : Chargée de "
     "mission\n  Rôle proposé : rapporteure\n\n- Nom : M. Karim Saadi\n  Fonction : Chercheur\n  Rôle proposé : "
     "intervention à la table ronde 3\n\nCordialement,\nNadine\n", "fr"),
    ("حضرات السادة،\nنودّ اقتراح المتحدثَين التاليين للمشاركة في أعمال المؤتمر:\n\n- الاسم: أ.د. سليم حداد\n  الصفة: "
     "أستاذ علم الاجتماع\n  الدور المقترح: المقرر لعرض الرسائل الرئيسية\n\n- الاسم: د. ريم عيسى\n  الصفة: باحثة مشاركة\n"
     "  الدور المقترح: مداخلة في المائدة المستديرة الثالثة\n\nمع التحية،\nنادين\n", "ar"),
])
def test_a_proposed_role_label_gives_each_speaker_their_own_role(body: str, language: str,
                                                                  rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.roles, s.roundtable) for s in speakers] == [(("rapporteur",), None), (("roundtable",), 3)]


# ... and the session asked for, with the wish written after its name ("Session requested:", "Séance demandée :",
# "الجلسة المقترحة:")
@pytest.mark.parametrize(("body", "language"), [
    ("Dear team,\nOur two nominees:\n\n- Name: Prof. Salim Haddad\n  Title: Professor of Sociology\n"
     "  Session requested: plenary\n\n- Name: Dr. Rim Issa\n  Title: Research Associate\n"
     "  Session requested: roundtable 3\n\nRegards,\nNadine\n", "en"),
    ("Madame, Monsieur,\nNos deux candidats :\n\n- Nom : Mme Awa Diop\n  Fonction : Chargée de mission\n"
     "  Séance demandée : plénière\n\n- Nom : M. Karim Saadi\n  Fonction : Chercheur\n"
     "  Séance demandée : table ronde 3\n\nCordialement,\nNadine\n", "fr"),
    ("حضرات السادة،\nمرشحانا:\n\n- الاسم: أ.د. سليم حداد\n  الصفة: أستاذ علم الاجتماع\n  الجلسة المقترحة: الجلسة العامة\n\n"
     "- الاسم: د. ريم عيسى\n  الصفة: باحثة مشاركة\n  الجلسة المقترحة: المائدة المستديرة الثالثة\n\nمع التحية،\nنادين\n", "ar"),
])
def test_a_session_requested_label_gives_each_speaker_their_own_role(body: str, language: str,
                                                                     rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.roles, s.roundtable) for s in speakers] == [(("plenary",), None), (("roundtable",), 3)]


def test_near_miss_a_session_requested_in_prose_is_no_label(rules: ExtractRules) -> None:
    # "the session requested" in a sentence, with no colon: both roles are the one speaker's
    body = ("Dear team,\nWe propose Dr. Rim Issa, Research Associate, Cedar University. The session requested is "
            "roundtable 3, and she could also speak in the plenary.\nRegards,\nNadine\n")
    assert _one(run(message(body), rules))[2] == ("plenary", "roundtable")


def test_near_miss_a_proposed_role_in_prose_is_no_label(rules: ExtractRules) -> None:
    # "the proposed role" in a sentence, with no colon: the sentence asks for both roles for the one speaker
    body = ("Dear team,\nWe propose Dr. Rim Issa, Research Associate, Cedar University. The proposed role would be a "
            "floor intervention in roundtable 3, and she could also serve as rapporteur.\nRegards,\nNadine\n")
    assert _one(run(message(body), rules))[2] == ("rapporteur", "roundtable")


# ---------------------------------------------------------------------------------------------
# An English role glued to an Arabic article or "لل", as code-switching writers do ("مداخلة في الـroundtable",
# "للـopen discussion", "بالـplenary", "الـrapporteur"): the role is read as if written in either language alone.

@pytest.mark.parametrize(("body", "roles"), [
    ("مرحبا،\nحابين نرشح زميلتنا السيدة سارة حداد، منسقة البرامج، لمداخلة في الـroundtable.\n\nهبة\n", ("roundtable",)),
    ("السلام عليكم\nنرشح الأستاذ خالد العبيدي، مدير المشاريع في جمعية الرافدين، للـopen discussion يوم 23.\n\nعلي\n",
     ("open_discussion",)),
    ("صباح الخير\nبدها الدكتورة ليلى منصور، باحثة في مركز الدراسات، تحكي بالـplenary إذا في محل.\n\nفرح\n", ("plenary",)),
    ("مرحبا\nنقترح السيدة هدى السامرائي، مسؤولة الحماية في مؤسسة النور، تكون الـrapporteur مال الـkey messages.\n\nسامي\n",
     ("rapporteur",)),
])
def test_an_english_role_after_an_arabic_article(body: str, roles: tuple[str, ...], rules: ExtractRules) -> None:
    assert _one(run(message(body, from_="Sender <s@example.org>"), rules, language="ar"))[2] == roles


def test_near_miss_a_special_rapporteur_after_an_arabic_article_is_a_title_not_the_role(rules: ExtractRules) -> None:
    body = ("مرحبا،\nنرشح السيدة ريم خوري، مساعدة سابقة للـSpecial Rapporteur on migrants، لمداخلة في الجلسة العامة.\n\n"
            "هبة\n")
    assert _one(run(message(body, from_="Sender <s@example.org>"), rules, language="ar"))[2] == ("plenary",)


# ---------------------------------------------------------------------------------------------
# The roundtable's number after a comma or bracket and a word of preference ("l'une des tables rondes thématiques, de
# préférence la 3e", "one of the roundtables, ideally the second", "إحدى الموائد المستديرة، ويفضل الثالثة")

@pytest.mark.parametrize(("language", "body", "number"), [
    ("fr", "Bonsoir,\n\nJe me permets de proposer ma candidature pour intervenir dans l'une des tables rondes "
           "thématiques, de préférence la 3e, sur la protection sociale.\n\nSalutations,\nKarim Benali\n", 3),
    ("fr", "Bonjour,\n\nNotre présidente, Mme Nadia Chaabane, souhaite intervenir dans une table ronde, idéalement la "
           "deuxième.\n\nCordialement,\nSalma\n", 2),
    ("en", "Dear team,\n\nI am Jane Otieno, Director of the Migrant Rights Forum, and would like to speak in one of the "
           "thematic roundtables (preferably the 4th) on labour mobility.\n\nJane\n", 4),
    ("ar", "تحية طيبة،\n\nأنا رنا خوري، منسقة بجمعية سوا، وأرغب في المشاركة في إحدى الموائد المستديرة، ويفضل الثالثة."
           "\n\nرنا\n", 3),
    ("fr", "Bonjour,\n\nNous proposons l'intervention de notre présidente Mme Awa Sy lors d'une des tables rondes (de "
           "préférence la n°2, sinon la n°4).\n\nCordialement,\nMoussa\n", 2),
])
def test_a_preferred_number_after_the_roundtable_words_names_it(language: str, body: str, number: int,
                                                                 rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert fields.speakers and fields.speakers[0].roundtable == number


def test_near_miss_a_preference_for_a_date_is_no_roundtable_number(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe suis Karim Benali, président de l'association Horizons, et souhaite intervenir dans une table "
            "ronde, de préférence le 3 mars.\n\nKarim\n")
    fields = run(message(body), rules, language="fr")
    assert fields.speakers and fields.speakers[0].roundtable is None


def test_near_miss_ideally_the_one_closest_is_no_roundtable_number(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose our colleague Ms. Dana Qasem to take the floor in one of the thematic roundtables, "
            "ideally the one closest to labour migration.\n\nBest,\nSami\n")
    fields = run(message(body), rules, language="en")
    assert fields.speakers and fields.speakers[0].roundtable is None


# ---------------------------------------------------------------------------------------------
# A role put second in a comparison is set aside ("would suit him better than the plenary", "plutôt ... mieux qu'en
# plénière", "في المائدة المستديرة الثالثة بدل الجلسة العامة"); a comparison with no role after it changes nothing.

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear team,\n\nWe propose our Legal Aid Coordinator, Mr. Tarek Mansour, for a floor intervention in "
           "roundtable 2, which would suit him better than the plenary.\n\nBest,\nLina\n", (("roundtable",), 2)),
    ("en", "Hi,\n\nDr. Hala Nasser, Director of Research at the Labour Forum, would rather speak in the plenary than "
           "the roundtables this year.\n\nThanks\n", (("plenary",), None)),
    ("fr", "Bonjour,\n\nNous proposons Mme Salma Idrissi, juriste, pour la table ronde n°3, qui lui conviendrait mieux "
           "qu'une intervention en plénière.\n\nCordialement\n", (("roundtable",), 3)),
    ("ar", "تحية طيبة،\n\nنرشح الأستاذ عمر الطيب للمشاركة في المائدة المستديرة الثالثة بدل الجلسة العامة، لأن موضوعها "
           "أقرب إلى عملنا.\n\nمع الشكر\n", (("roundtable",), 3)),
])
def test_a_role_put_second_in_a_comparison_is_not_asked_for(rules: ExtractRules, language: str, body: str,
                                                          expected: tuple) -> None:
    _, _, roles, number = _one(run(message(body), rules, language=language))
    assert (roles, number) == expected


def test_near_miss_a_comparison_with_no_role_after_it(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose Ms. Rana Aziz, who knows labour migration better than anyone, for the plenary "
            "and roundtable 2.\n\nBest,\nSami\n")
    _, _, roles, number = _one(run(message(body), rules, language="en"))
    assert (roles, number) == (("plenary", "roundtable"), 2)


# ---------------------------------------------------------------------------------------------
# A sentence saying a request made before stands ("X's request for Roundtable 3 stays as it is", "Pour Carole rien ne
# change (table ronde 4)", "فيبقى كما هو"): its role is not asked for again, so the speaker proposed now keeps only
# hers; when that sentence holds the only role in the message, the role stays.

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear team,\n\nOne addition: we would like to put forward our Legal Advisor, Mr. Sami Haddad, for the open "
           "discussion on 23 February. Nadia's request for Roundtable 3 stays as it is.\n\nBest,\nNadia\n",
     (("open_discussion",), None)),
    ("fr", "Bonjour,\n\nNous proposons Mme Inès Karam, éducatrice, pour la discussion ouverte.\nPour Georges rien ne "
           "change (table ronde 4).\n\nCordialement,\nLéa\n", (("open_discussion",), None)),
    ("fr", "Bonjour,\n\nJe souhaite proposer une seconde intervenante, Mme Claire Aoun, juriste, pour la table ronde n° 2. "
           "Ma propre demande pour la discussion ouverte reste inchangée.\n\nBien à vous\n", (("roundtable",), 2)),
    ("ar", "تحية طيبة،\n\nيرشح الاتحاد الأستاذ سالم العتيبي للمشاركة في المائدة المستديرة الأولى. أما ترشيح الأمين "
           "العام للجلسة العامة فيبقى كما هو.\n\nمع التقدير\n", (("roundtable",), 1)),
])
def test_a_request_said_to_stand_gives_its_role_to_no_one_new(rules: ExtractRules, language: str, body: str,
                                                             expected: tuple) -> None:
    _, _, roles, number = _one(run(message(body), rules, language=language))
    assert (roles, number) == expected


def test_near_miss_the_only_role_is_in_the_request_that_stands(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe confirm Dr. Maha Salem, Research Director at the Mobility Institute, as our speaker: our "
            "request for the plenary stays the same.\n\nBest,\nOmar\n")
    _, _, roles, _ = _one(run(message(body), rules, language="en"))
    assert roles == ("plenary",)


# ---------------------------------------------------------------------------------------------
# Roundtables the writer's body held are its past events, no role asked for

@pytest.mark.parametrize(("body", "language", "roles"), [
    ("Dear team,\nOur report draws on the three roundtables we organised with trade unions in 2020.\nIn addition, our "
     "chair, Ms. Dana Kassem, would be glad to serve as rapporteur.\nBest,\nOmar\n", "en", ("rapporteur",)),
    ("Bonjour,\nNotre rapport s'appuie sur les deux tables rondes que nous avons organisées à Sousse.\nPar ailleurs, "
     "notre présidente, Mme Dora Ferchichi, souhaiterait intervenir en séance plénière.\nCordialement,\nOmar\n", "fr",
     ("plenary",)),
    ("تحية طيبة،\nيستند تقريرنا إلى الموائد المستديرة التي نظمناها مع النقابات.\nكما نرشح رئيستنا السيدة دانة قاسم "
     "للمشاركة بمداخلة في الجلسة العامة.\nمع التحية\nعمر\n", "ar", ("plenary",)),
])
def test_roundtables_one_held_are_no_role(body: str, language: str, roles: tuple[str, ...],
                                          rules: ExtractRules) -> None:
    assert _one(run(message(body), rules, language=language))[2] == roles


def test_near_miss_a_roundtable_one_speaks_of_otherwise_is_a_role(rules: ExtractRules) -> None:
    body = ("Dear team,\nOur chair, Ms. Dana Kassem, would be glad to speak in the roundtable we discussed with your "
            "colleague.\nBest,\nOmar\n")
    assert _one(run(message(body), rules))[2] == ("roundtable",)


# ---------------------------------------------------------------------------------------------
# A role refused in a few words of its own ("Not a roundtable.", "Pas de table ronde.", "مش بالمائدة المستديرة") is
# not asked for; "not only" and a role named after other words ("not sure ...") change nothing.

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Hi,\n\nPlease register Ms. Rania Toma, Programme Manager at Olive Tree Aid, for the plenary. Not a "
           "roundtable, she is travelling that afternoon.\n\nThanks\n", (("plenary",), None)),
    ("en", "Dear team,\n\nWe propose Mr. Fadi Aoun, Legal Adviser at Cedar Rights, for roundtable 4, but not the "
           "plenary.\n\nBest\n", (("roundtable",), 4)),
    ("fr", "Bonjour,\n\nNous proposons Mme Aïcha Sow, coordinatrice au Réseau Migrance, pour la plénière. Pas de "
           "table ronde, merci.\n\nCordialement\n", (("plenary",), None)),
    ("ar", "مرحبا،\n\nنرشح السيدة ليلى حداد، منسقة البرامج في جمعية الكرامة، للجلسة العامة. مش بالمائدة المستديرة.\n\n"
           "شكرا\n", (("plenary",), None)),
])
def test_a_role_refused_on_its_own_is_not_asked_for(rules: ExtractRules, language: str, body: str,
                                                    expected: tuple) -> None:
    _, _, roles, number = _one(run(message(body), rules, language=language))
    assert (roles, number) == expected


def test_near_miss_not_only_one_role_keeps_both(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nMs. Rana Aziz, Director of the Labour Forum, would like to speak, not only in the plenary "
            "but in roundtable 2 as well.\n\nBest,\nSami\n")
    _, _, roles, number = _one(run(message(body), rules, language="en"))
    assert (roles, number) == (("plenary", "roundtable"), 2)


# ---------------------------------------------------------------------------------------------
# The sender who adds themself after proposing someone else, asking for their own role in one sentence and giving their
# details after "My details:" in the next: the sentence before the details gives the sender's role.

@pytest.mark.parametrize(("language", "body", "roles"), [
    ("en", "Dear team,\n\nOur president, Mr. Walid Harb (President of the Board), would like to speak in the plenary.\n\n"
           "I would also like to take part in roundtable 2 on labour mobility. My details: Maya Harb, Outreach Officer, "
           "Cedar Workers Union.\n\nBest,\nMaya\n", [(("plenary",), None), (("roundtable",), 2)]),
    ("fr", "Bonjour,\n\nNotre président, M. Ousmane Ba (président du conseil), souhaite intervenir en plénière.\n\n"
           "Je souhaite moi aussi intervenir dans la table ronde 4. Mes coordonnées : Aminata Ba, chargée de plaidoyer, "
           "Réseau Sahel Migrations.\n\nCordialement\n", [(("plenary",), None), (("roundtable",), 4)]),
    ("ar", "مرحبا،\n\nيرغب رئيس جمعيتنا، السيد نبيل عيسى، في المداخلة في الجلسة العامة.\n\n"
           "وأود أنا أيضا المشاركة في المائدة المستديرة الثالثة. بياناتي: رنا عيسى، منسقة المشاريع، جمعية الغد للمهاجرين.\n\n"
           "شكرا\n", [(("plenary",), None), (("roundtable",), 3)]),
])
def test_the_sentence_before_my_details_gives_the_senders_role(rules: ExtractRules, language: str, body: str,
                                                              roles: list) -> None:
    fields = run(message(body), rules, language=language)
    assert [(s.roles, s.roundtable) for s in fields.speakers] == roles


def test_near_miss_my_details_after_a_sentence_with_no_role(rules: ExtractRules) -> None:
    # the sentence before the details asks for nothing: the sender takes the role the message asks for everyone
    body = ("Dear team,\n\nWe would like to speak in roundtable 1. I hope it is not too late. My details: Maya Harb, "
            "Outreach Officer, Cedar Workers Union.\n\nBest,\nMaya\n")
    fields = run(message(body), rules, language="en")
    assert [(s.name, s.roles, s.roundtable) for s in fields.speakers] == [("Maya Harb", ("roundtable",), 1)]


# ---------------------------------------------------------------------------------------------
# A form's roundtable option that names the table again after the mark ("table number: 3", « numéro de la table : 3 »,
# "رقم الطاولة: 3"): the number after it is the roundtable.

@pytest.mark.parametrize(("form", "language", "option"), [
    (_EN_FORM, "en", "[x] Roundtable - table number: 3"),
    (_FR_FORM, "fr", "[x] Intervention en table ronde thématique – numéro de la table : 3"),
    (_AR_FORM, "ar", "[X] مداخلة في مائدة مستديرة موضوعية - رقم الطاولة: 3"),
])
def test_roundtable_number_after_the_table_named_again(form: str, language: str, option: str,
                                                       rules: ExtractRules) -> None:
    text = form.format("[ ] Plenary\n" + option)
    assert _one(run(message(text), rules, language=language))[2:] == (("roundtable",), 3)


def test_table_number_without_a_roundtable_is_no_roundtable(rules: ExtractRules) -> None:
    """Near miss: a table number at a dinner names no roundtable."""
    text = _EN_FORM.format("[x] Plenary") + "Dinner seating: table number 3\n"
    assert _one(run(message(text), rules))[2:] == (("plenary",), None)
