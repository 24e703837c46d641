"""Round r43: a form's role field answered by ticking one of the options listed under it; "جلسة عامة" (a plenary,
without the article); and a sender's title stated as "I work as Policy Lead at X", with no article."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.model import DocText, Fields
from tests.extracting import message, run


def _one(fields: Fields) -> tuple[str | None, str | None, tuple[str, ...], int | None]:
    assert len(fields.speakers) == 1
    sp = fields.speakers[0]
    return sp.title, sp.affiliation, sp.roles, sp.roundtable


# A role label with nothing after it, its options one a line below, one of them ticked: the ticked one is the role,
# whichever option comes first, and whether the form sits in the body or in an attached document.
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


# "I work as Policy Lead at X": the sender's title with no article after "work as" / "serve as"
@pytest.mark.parametrize(("body", "title"), [
    ("Hello,\nI'd like to ask for a speaking slot in the plenary.\n\nI work as Policy Lead at the Somali Diaspora "
     "Forum in Italy (SDFI), we support new arrivals.\n\nThanks,\nHodan Farah", "Policy Lead"),
    ("Dear team,\nI currently work as Programme Coordinator with the Migrant Rights Hub and would like to join "
     "roundtable 2.\n\nBest,\nHodan Farah", "Programme Coordinator"),
    ("Hi,\nI serve as Legal Advisor of the Eritrean Community Association. Could I speak in the open discussion?"
     "\n\nRegards,\nHodan Farah", "Legal Advisor"),
])
def test_i_work_as_title_without_article(body: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Hodan Farah <hodan@example.org>"), rules)
    assert _one(fields)[0] == title


def test_work_as_part_of_gives_no_title(rules: ExtractRules) -> None:
    """Near miss: "I work as part of a team" says how one works, not a post."""
    body = "Hello,\nI'd like to ask for a speaking slot in the plenary. I work as part of a volunteer team at the " \
        "Somali Diaspora Forum.\n\nThanks,\nHodan Farah"
    title = _one(run(message(body, from_="Hodan Farah <hodan@example.org>"), rules))[0]
    assert not title or "part" not in title.lower()
