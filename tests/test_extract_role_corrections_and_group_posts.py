"""Families of the blind sets 198 and 200 (helper H5). With a near miss each."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run

# ---------------------------------------------------------------------------------------------
# A correction that changes only the role of a request made just before and says the rest stands ("it is roundtable
# 2, not 5; the other details are unchanged", "le reste sans changement", "باقي البيانات كما هي"): the speaker is the
# quoted request's one speaker, with the role the correction gives

_PROPOSAL = {
    "en": "> Dear team,\n> We would like to propose a speaker:\n>\n> Name: Ms. Rania Saleh\n> Title: Legal Officer\n"
          "> Organisation: Tamkeen Legal Aid\n> Role: roundtable 4\n>\n> Best regards\n",
    "fr": "> Bonjour,\n> Nous souhaitons proposer une intervenante :\n>\n> Nom : Mme Rania Saleh\n> Fonction : Juriste\n"
          "> Organisation : Tamkeen Aide juridique\n> Rôle : table ronde 4\n>\n> Cordialement\n",
    "ar": "> تحية طيبة،\n> نود ترشيح متحدثة:\n>\n> الاسم: السيدة رانيا صالح\n> المسمى الوظيفي: مسؤولة قانونية\n"
          "> الجهة: جمعية تمكين للمساعدة القانونية\n> نوع المشاركة: المائدة المستديرة الرابعة\n>\n> مع التحية\n",
}
_HEADER = "On Wed, 3 Feb 2021 at 10:20, Office <office@example.org> wrote:\n\n"


@pytest.mark.parametrize(("new", "language", "name"), [
    ("Apologies, a correction to my message below: it should be roundtable 2, not 4. The other details are unchanged.",
     "en", "Rania Saleh"),
    ("Pardon, petite erreur : il s'agit de la table ronde 2 et non de la 4. Le reste sans changement.", "fr",
     "Rania Saleh"),
    ("عذرا، تصحيح: المقصود المائدة المستديرة الثانية وليس الرابعة. باقي البيانات كما هي.", "ar", "رانيا صالح"),
])
def test_a_correction_of_the_role_alone_keeps_the_quoted_speaker(new: str, language: str, name: str,
                                                                 rules: ExtractRules) -> None:
    body = f"{new}\n\nOffice\n\n{_HEADER}{_PROPOSAL[language]}"
    speakers = run(message(body, subject="Correction: speaker", from_="Office <office@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.roles, s.roundtable) for s in speakers] == [(name, ("roundtable",), 2)]


def test_near_miss_a_role_correction_over_two_quoted_speakers_names_no_one(rules: ExtractRules) -> None:
    # whose role changes is for the secretariat to read
    quoted = ("> Dear team,\n> We propose Ms. Rania Saleh, Legal Officer, Tamkeen, and Mr. Omar Aziz, Researcher, "
              "Tamkeen, for roundtable 4.\n>\n> Best regards\n")
    body = f"Sorry: it should be roundtable 2, not 4. The other details are unchanged.\n\nOffice\n\n{_HEADER}{quoted}"
    speakers = run(message(body, subject="Correction", from_="Office <office@example.org>"), rules).speakers
    assert not any(s.roundtable == 2 and s.name in ("Rania Saleh", "Omar Aziz") for s in speakers)


def test_near_miss_the_speakers_said_unchanged_under_a_new_report_are_not_proposed_again(rules: ExtractRules) -> None:
    body = f"Here is the final version of our report. The proposed speaker is unchanged.\n\nOffice\n\n{_HEADER}{_PROPOSAL['en']}"
    speakers = run(message(body, subject="Re: report", from_="Office <office@example.org>"), rules,
                   category="voluntary_report").speakers
    assert speakers == ()


# ---------------------------------------------------------------------------------------------
# A theatre, dance or music group points back at itself by its own word ("directrice artistique de la troupe", "the
# artistic director of the troupe", "المخرج المسرحي بالفرقة"): the post, at the group proposing, whose name is the
# affiliation

@pytest.mark.parametrize(("body", "language", "person"), [
    ("Bonjour,\nAu nom de la Troupe Les Voix du Large, nous proposons Mme Inès Karoui pour intervenir en plénière.\n"
     "Mme Karoui est directrice artistique de la troupe.\nCordialement,\nPaul Martin\nChargé de diffusion\n"
     "Troupe Les Voix du Large\n", "fr", ("Inès Karoui", "directrice artistique", "Troupe Les Voix du Large")),
    ("Dear team,\nOn behalf of the Open Borders Theatre Troupe, we would like to propose Ms. Lara Haddad to speak in the "
     "plenary.\nMs. Haddad is the artistic director of the troupe.\nBest,\nTom Reed\nProduction manager\n"
     "Open Borders Theatre Troupe\n", "en", ("Lara Haddad", "artistic director", "Open Borders Theatre Troupe")),
    ("مرحبا،\nبدنا نرشح زميلنا رامي حداد، المخرج المسرحي بالفرقة، ليتحدث في الجلسة العامة.\nشكرا\nليلى\n"
     "مديرة فرقة مسرح الطريق\n", "ar", ("رامي حداد", "المخرج المسرحي", "فرقة مسرح الطريق")),
])
def test_a_post_of_the_group_itself_is_at_the_group_proposing(body: str, language: str, person: tuple[str, str, str],
                                                              rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [person]


@pytest.mark.parametrize(("body", "language", "person"), [
    # "en compagnie de" is company kept, and a post of another body keeps it
    ("Bonjour,\nNous proposons Mme Inès Karoui, directrice du Centre Horizons Migrations, pour intervenir en plénière. "
     "Elle viendra en compagnie de sa collègue Mme Awa Diop.\nCordialement,\nPaul Martin\n", "fr",
     ("Inès Karoui", "directrice", "Centre Horizons Migrations")),
    ("مرحبا،\nنرشح الأستاذ رامي حداد، مدير المركز، للمداخلة في الجلسة العامة، وسيكون برفقة فرقة العمل.\nشكرا\nليلى\n"
     "مديرة مركز الطريق للدراسات\n", "ar", ("رامي حداد", "مدير المركز", "مركز الطريق للدراسات")),
])
def test_near_miss_company_kept_or_another_body_is_left_alone(body: str, language: str, person: tuple[str, str, str],
                                                              rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [person]


# ---------------------------------------------------------------------------------------------
# A name no keyword gives as a body, then a dash and what it is in lower case, a medium too ("Mahattat - migration
# stories blog", "Hikayat – magazine en ligne sur les migrations"): the affiliation as the labelled line writes it

@pytest.mark.parametrize(("org", "language"), [
    ("Safar Notes - a blog on migration in the Gulf", "en"),
    ("Hikayat – magazine en ligne sur les migrations", "fr"),
])
def test_a_medium_described_after_its_name_is_kept_as_written(org: str, language: str, rules: ExtractRules) -> None:
    label = {"en": ("Name", "Title", "Organisation"), "fr": ("Nom", "Fonction", "Organisation")}[language]
    body = (f"Hello,\nI would like to be a rapporteur.\n\n{label[0]}: Dalia Mourad\n{label[1]}: Founding Editor\n"
            f"{label[2]}: {org}\n\nDalia\n")
    speakers = run(message(body, from_="Dalia Mourad <d@example.org>"), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [org]


def test_near_miss_a_town_after_the_dash_is_still_an_address(rules: ExtractRules) -> None:
    body = "Hello,\nI would like to be a rapporteur.\n\nName: Dalia Mourad\nTitle: Founding Editor\nOrganisation: Safar Notes - Beirut\n\nDalia\n"
    speakers = run(message(body, from_="Dalia Mourad <d@example.org>"), rules).speakers
    assert [s.affiliation for s in speakers] == ["Safar Notes"]


# ---------------------------------------------------------------------------------------------
# A body's name with a link word inside it ("pour", "for") that its closing acronym spells through ("Centre de
# recherche en économie appliquée pour le développement (CREAD)"): the whole name, not cut at the link

@pytest.mark.parametrize(("line", "language", "org"), [
    ("- Pr Samir Benali, enseignant-chercheur, Institut de recherche appliquée pour le développement durable (IRADD), "
     "Oran : intervention en plénière ;", "fr", "Institut de recherche appliquée pour le développement durable (IRADD)"),
    ("- Dr Samir Benali, senior researcher, Centre for applied studies for sustainable development (CASSD), Amman: "
     "plenary;", "en", "Centre for applied studies for sustainable development (CASSD)"),
])
def test_a_link_word_the_acronym_spells_through_stays_in_the_name(line: str, language: str, org: str,
                                                                 rules: ExtractRules) -> None:
    body = f"Dear colleagues,\n\nWe would like to propose a speaker:\n\n{line}\n\nRegards,\nNawel\n"
    speakers = run(message(body, from_="Nawel <n@example.org>"), rules, language=language).speakers
    assert [s.affiliation for s in speakers] == [org]


def test_near_miss_a_link_word_before_the_role_still_cuts(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons Pr Samir Benali, enseignant-chercheur au Centre de recherche appliquée pour "
            "intervenir en plénière.\n\nCordialement,\nNawel\n")
    speakers = run(message(body, from_="Nawel <n@example.org>"), rules, language="fr").speakers
    assert [s.affiliation for s in speakers] == ["Centre de recherche appliquée"]
