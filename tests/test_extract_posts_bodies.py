"""Titles and affiliations written the ways the blind sets 153-156 showed: an Arabic post word the rules lacked
("محلل بيانات"), a form's or table's title field asked as "العنوان الوظيفي" / "Intitulé du poste", a unit after a dash
in a title cell, the post in full in brackets after a name that a possessive post came before, "être" with a past
participle that names no post ("est arrivée au Liban comme ..."), a pronoun sentence stating a founder's post, and the
body's official name given on a line of its own, with who supports it in brackets. Each family in several languages,
with near-misses."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


def _speakers(body: str, language: str, rules: ExtractRules) -> list[tuple[str | None, str | None, str | None]]:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    return [(s.name, s.title, s.affiliation) for s in fields.speakers]


# ---------------------------------------------------------------------------------------------
# An analyst is a post: the second of two slash lines gives the title, and "the same body" points back

def test_an_arabic_analyst_is_a_title_and_the_same_body_points_back(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nنرشح من الجمعية اثنين للمشاركة:\n"
            "- أ. سلمى يوسف الحربي / مديرة البرامج / جمعية الساحل للتنمية الاجتماعية / الطاولة المستديرة ١\n"
            "- م. فيصل عادل المطيري / محلل سياسات / نفس الجمعية / الجلسة العامة\n\nمع الشكر\nسلمى\n")
    assert _speakers(body, "ar", rules) == [
        ("سلمى يوسف الحربي", "مديرة البرامج", "جمعية الساحل للتنمية الاجتماعية"),
        ("فيصل عادل المطيري", "محلل سياسات", "جمعية الساحل للتنمية الاجتماعية"),
    ]


# ---------------------------------------------------------------------------------------------
# The title field asked as "العنوان الوظيفي" (Iraqi, Levantine forms) or "Intitulé du poste"

@pytest.mark.parametrize(("body", "language", "title"), [
    ("تحية طيبة\n\nنرشح للمشاركة:\n\nالاسم: سامر فاضل العبيدي\nالعنوان الوظيفي: معاون مدير عام دائرة الهجرة\n"
     "الجهة: وزارة الهجرة والمهجرين\nنوع المشاركة: الجلسة العامة\n\nمع التقدير\n", "ar",
     "معاون مدير عام دائرة الهجرة"),
    ("Bonjour,\n\nVoici notre proposition d'intervenante :\n\nNom : Nadia Berrada\nIntitulé du poste : Chargée de "
     "programme migration\nOrganisation : Fondation Atlas Solidarité\nType de participation : table ronde 1\n\n"
     "Cordialement,\nYoussef\n", "fr", "Chargée de programme migration"),
])
def test_a_title_field_asked_as_the_post_held(body: str, language: str, title: str, rules: ExtractRules) -> None:
    assert [t for _, t, _ in _speakers(body, language, rules)] == [title]


# ---------------------------------------------------------------------------------------------
# A table's title cell with the unit the post sits in after a dash

@pytest.mark.parametrize(("cell", "language"), [
    ("باحث اجتماعي - قسم الدراسات السكانية", "ar"),
    ("Senior Statistician – Migration Statistics Division", "en"),
])
def test_a_unit_after_a_dash_in_a_title_cell_stays_in_the_title(cell: str, language: str, rules: ExtractRules) -> None:
    html = ("<p>Nominations:</p><table><tr><th>Name</th><th>Job title</th><th>Organisation</th><th>Role</th></tr>"
            f"<tr><td>Rana Adel Saleh</td><td>{cell}</td><td>National Statistics Office</td><td>Plenary</td></tr>"
            "</table><p>Regards</p>")
    fields = run(message("Nominations:\n\nRegards\n", html=html), rules, language=language)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(cell, "National Statistics Office")]


# ---------------------------------------------------------------------------------------------
# A possessive post before the name, then the post in full with its body in brackets after it

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear colleagues,\n\nIf possible, our Senior Protection Advisor, Mr. Tomas Lindqvist (Regional Advisor "
     "Protection and Durable Solutions, Nordic Refugee Council Regional Office), would join roundtable 2.\n\n"
     "Best regards,\nEva\n", "en",
     ("Regional Advisor Protection and Durable Solutions", "Nordic Refugee Council Regional Office")),
    ("Bonjour,\n\nNotre chargée de plaidoyer, Mme Inès Kabbaj (Responsable Plaidoyer et Partenariats, Fondation "
     "Horizons Migrants), souhaiterait intervenir à la table ronde 3.\n\nCordialement,\nSara\n", "fr",
     ("Responsable Plaidoyer et Partenariats", "Fondation Horizons Migrants")),
])
def test_the_post_in_full_in_brackets_replaces_the_possessive_one(body: str, language: str,
                                                                  expected: tuple[str, str], rules: ExtractRules) -> None:
    assert [(t, a) for _, t, a in _speakers(body, language, rules)] == [expected]


def test_near_miss_a_bracket_with_no_body_keeps_the_possessive_post(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOur Programme Manager, Ms. Hanna Berg (Migration and Protection), would join "
            "roundtable 2.\n\nBest regards,\nEva\n")
    assert [t for _, t, _ in _speakers(body, "en", rules)] != ["Migration and Protection"]


# ---------------------------------------------------------------------------------------------
# "être" with a past participle tells what the person did; a later pronoun sentence gives the post

@pytest.mark.parametrize(("body", "expected"), [
    ("Bonjour,\n\nJe vous écris au nom de Mme Aminata Sow, qui n'a pas d'adresse électronique.\n\n"
     "Mme Sow est arrivée en Tunisie en 2014 comme aide ménagère. Elle est aujourd'hui cofondatrice du Collectif "
     "Solidarité Femmes Migrantes, qui accompagne une cinquantaine de femmes.\n\nElle souhaiterait intervenir à la "
     "table ronde 2.\n\nBien cordialement,\nMarie Dubois\nÉducatrice spécialisée\nMaison de quartier Lafayette\n",
     ("Aminata Sow", "cofondatrice", "Collectif Solidarité Femmes Migrantes")),
])
def test_a_past_participle_is_no_post_and_the_founder_post_is(body: str, expected: tuple[str, str, str],
                                                              rules: ExtractRules) -> None:
    assert _speakers(body, "fr", rules) == [expected]


def test_near_miss_a_post_written_as_a_participle_is_still_a_post(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons Mme Leïla Haddou, qui est chargée de plaidoyer au Réseau Migrations "
            "Solidaires, pour la table ronde 2.\n\nCordialement,\nOmar\n")
    assert [t for _, t, _ in _speakers(body, "fr", rules)] == ["chargée de plaidoyer"]


# ---------------------------------------------------------------------------------------------
# The body's official name on a line of its own, who supports it in brackets set aside

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("مرحبا\n\nحابين نرشح اثنين من أعضائنا:\n\n- سيف خالد النعيمي، رئيس الفريق: مداخلة بالجلسة العامة\n"
     "- ريم سامي الخطيب، منسقة الأنشطة: مداخلة بالطاولة المستديرة الثانية\n\n"
     "اسم الجمعية الرسمي: جمعية شباب الغد التطوعية (بدعم من وزارة التنمية الاجتماعية).\n\nتحياتي\nريم\n", "ar",
     "جمعية شباب الغد التطوعية"),
    ("Hello,\n\nWe would like to propose two of our members:\n\n- Daniel Osei, chairperson: plenary\n"
     "- Grace Mensah, youth coordinator: roundtable 3\n\nOfficial name: Tema Youth Migration Forum (with support "
     "from the Ministry of Youth and Sports).\n\nThanks,\nGrace\n", "en", "Tema Youth Migration Forum"),
])
def test_the_official_name_line_gives_the_body_without_its_supporter(body: str, language: str, affiliation: str,
                                                                      rules: ExtractRules) -> None:
    assert [a for _, _, a in _speakers(body, language, rules)] == [affiliation, affiliation]


# ---------------------------------------------------------------------------------------------
# A post "of / du / dans la" the same body as the person's before: the sameness phrase is no part of the title (as
# "بنفس الشبكة" is not), and the body is the one named before

@pytest.mark.parametrize(("body", "language", "second"), [
    ("Bonjour,\nNous proposons :\n1- Mme Claire Benoît, maîtresse de conférences, Institut des sciences sociales de "
     "Tunis\n2- M. Sami Gharbi, doctorant en sociologie du même institut\nCordialement,\nNadia\n", "fr",
     ("Sami Gharbi", "doctorant en sociologie", "Institut des sciences sociales de Tunis")),
    ("Dear team,\nWe nominate:\n- Ms. Joy Achieng, Director, Centre for Mobility Studies\n- Mr. Tom Otieno, research "
     "assistant in economics of the same centre\nBest,\nAnn\n", "en",
     ("Tom Otieno", "research assistant in economics", "Centre for Mobility Studies")),
])
def test_a_post_of_the_same_body_is_the_post_alone(body: str, language: str,
                                                   second: tuple[str, str, str], rules: ExtractRules) -> None:
    assert _speakers(body, language, rules)[1] == second


def test_the_same_body_named_before_no_one_is_no_affiliation(rules: ExtractRules) -> None:
    body = ("Bonjour,\nLe centre propose de la remplacer par Mme Lina Saïdi, chargée de recherche dans la même "
            "structure, pour le même panel.\nCordialement,\nNadia\n")
    assert _speakers(body, "fr", rules) == [("Lina Saïdi", "chargée de recherche", None)]


def test_near_miss_a_body_whose_name_starts_with_same_is_a_body(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe nominate:\n- Ms. Joy Achieng, Director, Centre for Mobility Studies\n- Mr. Tom Otieno, "
            "Programme Officer of the Same Sky Foundation\nBest,\nAnn\n")
    assert _speakers(body, "en", rules)[1] == ("Tom Otieno", "Programme Officer", "Same Sky Foundation")
