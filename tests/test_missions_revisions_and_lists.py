"""Families found in the blind sets of session 41 (holdout286-289 and the older ones they sent us back to): posts held
at a body's office, member unions named with their country and acronym, posts in sport, Latin title lines that name
their body; missions' notes verbales and formal requests; revisions of a report; people listed without commas or under
one plural form of address.

- "Spécialiste ... au Bureau de l'UNICEF au Maroc": the post is held at the office, which is the affiliation with
  its body (not "UNICEF", the post taking "au Bureau").
- "X, General Secretary, Migrant Domestic Workers' Union – Lebanon (MDWU-L): open discussion ...": the country and
  the acronym after the dash close the union's name; the role after the colon is no part of it.
- "entraîneur principal et médiateur social du Club X": two posts at the club, which is the affiliation.
- A signature line "Director of Programmes at the Gulf Labour Institute", with no other line naming a body, gives
  the title and the body; with the body's own line below it, the line stays the title as written.
- A note verbale attached ("NV BEI-074-2021.pdf") or a programme's fact sheet is no report; "to request that Labor
  Attaché X be given the opportunity to deliver a floor intervention" proposes X; « Dans l'affirmative, l'Ambassade
  souhaiterait que M. X, Chargé d'affaires a.i., puisse faire une brève intervention » asks for the floor although the
  state first says it would follow as an observer; "a.i." keeps its last dot.
- "Please replace the photo essay we sent on 3 February with the corrected version attached" hands over a revised
  report (no question about an earlier one, no speaker replaced); "we will not put forward another speaker" asks for none.
- « notre conseil d'administration nous a demandé quelques corrections » is no request already made.
- "our founder and executive director Dina X and our legal officer Heba Y" names two people; so does "Mmes A,
  présidente, B, trésorière, et C, animatrice du groupe de parole", one form of address for each name.
"""

from __future__ import annotations

import pytest

from intake.classify import Ruleset, classify
from intake.extract import ExtractRules
from intake.extract_orgs import split_title
from intake.extract_values import clean_value
from intake.model import Decision
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.mails import mail

PDF = "application/pdf"


def _decision(subject: str, body: str, ruleset: Ruleset, files: tuple[str, ...] = (), thread: str | None = None) -> Decision:
    parsed = parse(mail(subject=subject, body=body, attachments=[(f, PDF, b"%PDF-1.4 x") for f in files]))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, thread)


def _people(body: str, rules: ExtractRules, language: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    return [(s.name, s.title, s.affiliation) for s in run(message(body), rules, language=language).speakers]


@pytest.mark.parametrize(("seg", "split"), [
    ("Spécialiste de la protection sociale au Bureau de l'UNICEF au Maroc",
     ("Spécialiste de la protection sociale", "Bureau de l'UNICEF au Maroc")),
    ("Chargé de mission au bureau de la Fondation Amal", ("Chargé de mission", "bureau de la Fondation Amal")),
    ("entraîneur principal et médiateur social du Club Noble Art Hay Mohammadi",
     ("entraîneur principal et médiateur social", "Club Noble Art Hay Mohammadi")),
])
def test_a_post_is_split_from_the_body_it_is_held_at(seg: str, split: tuple[str, str], rules: ExtractRules) -> None:
    assert split_title(seg, rules) == split


# Near misses: an office with no body after it is in the post; two posts each in a unit of the body stay one title
@pytest.mark.parametrize("seg", [
    "Directeur au Bureau de liaison",
    "Member of the Board of Commissioners and Chair of the Migrants Committee",
    "membre du Conseil municipal et présidente de la Commission des affaires sociales",
])
def test_near_miss_posts_that_keep_their_unit(seg: str, rules: ExtractRules) -> None:
    assert split_title(seg, rules) == (seg, None)


def test_a_united_nations_colleague_at_an_agency_office(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nJ'ai le plaisir de vous proposer la candidature de notre collègue Mme Sanaa "
            "Bennani-Lazrak, Spécialiste de la protection sociale au Bureau de l'UNICEF au Maroc, pour une intervention "
            "lors de la table ronde thématique 2.\n\nCordialement,\nKarim\n")
    assert _people(body, rules, "fr") == [
        ("Sanaa Bennani-Lazrak", "Spécialiste de la protection sociale", "Bureau de l'UNICEF au Maroc")]


def test_member_unions_named_with_their_country_and_acronym(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOur nominees are:\n\n"
            "1. Rahel Tesfaye, General Secretary, Migrant Domestic Workers' Union – Lebanon (MDWU-L): open discussion of "
            "the multi-stakeholder consultation on 23 February\n"
            "2. Shanika Jayawardena, President, Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU): floor "
            "intervention in a plenary session\n\nWith solidarity,\nNisreen\n")
    assert _people(body, rules) == [
        ("Rahel Tesfaye", "General Secretary", "Migrant Domestic Workers' Union – Lebanon (MDWU-L)"),
        ("Shanika Jayawardena", "President", "Lanka Domestic Workers' Solidarity Union – Qatar (LDWSU)"),
    ]


# Near miss: a town after the dash, with no acronym closing the name, is the union's address
def test_near_miss_a_town_after_the_dash_is_an_address(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOur nominee is:\n\n1. Rahel Tesfaye, General Secretary, Migrant Domestic Workers' "
            "Union – Beirut: open discussion of the multi-stakeholder consultation\n\nWith solidarity,\nNisreen\n")
    assert _people(body, rules) == [("Rahel Tesfaye", "General Secretary", "Migrant Domestic Workers' Union")]


def test_a_coach_and_his_club_on_a_listed_line(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons pour la table ronde 1 :\n\nRachid Ezzahraoui – entraîneur principal et médiateur "
            "social du Club Noble Art Hay Mohammadi\n\nCordialement,\nNadia\n")
    assert _people(body, rules, "fr") == [
        ("Rachid Ezzahraoui", "entraîneur principal et médiateur social", "Club Noble Art Hay Mohammadi")]


def test_a_signature_title_line_that_names_its_body(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nI would like to request a speaking slot in roundtable 2.\n\nBest regards,\nSamir Haddad\n"
            "Director of Programmes at the Gulf Labour Institute\n")
    assert _people(body, rules) == [("Samir Haddad", "Director of Programmes", "Gulf Labour Institute")]


# Near miss: the body's own line below the title line is the affiliation, and the title line is kept as written
def test_near_miss_a_title_line_over_its_body_line(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nI would like to request a speaking slot in roundtable 2.\n\nBest regards,\nSamir Haddad\n"
            "Head of the Policy Unit\nGulf Labour Institute\n")
    assert _people(body, rules) == [("Samir Haddad", "Head of the Policy Unit", "Gulf Labour Institute")]


_NOTE = ("Dear Sir/Madam,\n\nPlease find attached the Embassy's Note Verbale No. BEI-074-2021 on the above subject.\n\n"
         "The Embassy has the further honor to convey the wish of the Government of the Philippines to take part in the "
         "Review, and to request that Labor Attaché Maricel Dizon Santiago of the Embassy be given the opportunity to "
         "deliver a floor intervention during Thematic Roundtable 2.\n\nThank you and warm regards,\n\nMa. Cecilia R. Magno\n"
         "Third Secretary and Vice Consul\nEmbassy of the Republic of the Philippines\n")


def test_a_note_verbale_that_requests_the_floor_for_an_attache(rules: ExtractRules, ruleset: Ruleset) -> None:
    d = _decision("Note Verbale - Nomination for the GCM Regional Review", _NOTE, ruleset,
                  files=("NV BEI-074-2021 GCM Regional Review.pdf",))
    assert d.category == "speaker_request"
    assert _people(_NOTE, rules) == [
        ("Maricel Dizon Santiago", "Labor Attaché", "Embassy of the Republic of the Philippines")]


# Near miss: the report itself, sent by a mission, is a report whatever letter comes with it
def test_near_miss_a_missions_report_beside_its_note(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nPlease find attached the Embassy's written contribution to the GCM regional review, "
            "with the covering note verbale.\n\nBest regards,\nCecilia\n")
    d = _decision("Written contribution", body, ruleset,
                  files=("NV BEI-103-2021.pdf", "Written Contribution - GCM Regional Review 2021.pdf"))
    assert d.category == "voluntary_report"


def test_a_fact_sheet_beside_the_report_is_not_part_of_it(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nPlease find attached our voluntary GCM review report, with our programme's fact sheet "
            "for information only.\n\nRegards,\nLina\n")
    d = _decision("Voluntary report", body, ruleset,
                  files=("Voluntary GCM review report 2021.pdf", "Migration and Protection Programme - Fact sheet.pdf"))
    assert d.category == "voluntary_report"
    assert {h.rule for h in d.hits if h.category == "decoy"} == {"decoy-fact-sheet"}


_OBSERVER = ("Madame, Monsieur,\n\nLa Belgique, qui n'est pas un État de la région, souhaiterait suivre ces travaux en "
             "qualité d'observateur. L'Ambassade saurait gré au secrétariat de bien vouloir lui indiquer si les États "
             "observateurs sont admis à prendre la parole. Dans l'affirmative, l'Ambassade souhaiterait que M. Olivier "
             "Dethier, Chargé d'affaires a.i., puisse faire une brève intervention lors de la séance plénière du 24 février."
             "\n\nAmbassade de Belgique à Beyrouth\n")


def test_an_observer_state_asks_for_the_floor_should_observers_speak(rules: ExtractRules, ruleset: Ruleset) -> None:
    assert _decision("Note verbale n° 2021/0156", _OBSERVER, ruleset).category == "speaker_request"
    assert [(s.name, s.title) for s in run(message(_OBSERVER), rules, language="fr").speakers] == [
        ("Olivier Dethier", "Chargé d'affaires a.i.")]


# Near miss: an observer that only wants to follow the work asks for nothing
def test_near_miss_an_observer_state_that_only_follows(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nLa Belgique souhaiterait suivre ces travaux en qualité d'observateur.\n\n"
            "Ambassade de Belgique\n")
    assert _decision("Examen régional", body, ruleset).category == "other"


def test_an_observer_state_nominates_its_officer_in_arabic(ruleset: Ruleset) -> None:
    body = ("حضرات السادة،\n\nكما نرغب، بصفة سويسرا دولة مراقبة، في ترشيح زميلي السيد طارق سليمان الزعبي، مسؤول البرامج "
            "الوطني لشؤون الهجرة في مكتب التعاون السويسري – سفارة سويسرا في الأردن، لإلقاء مداخلة في المائدة المستديرة الأولى."
            "\n\nلينا الخطيب\n")
    assert _decision("ترشيح متحدث", body, ruleset).category == "speaker_request"


_REVISED = ("Dear team,\n\nPlease replace the photo essay we sent on 3 February with the corrected version attached. Two "
            "captions had the wrong village names. Rita's speaker request stays exactly as it was.\n\nMany thanks,\nGeorges\n")


@pytest.mark.parametrize("thread", [None, "both"])
def test_a_revised_photo_essay_replaces_the_one_sent(ruleset: Ruleset, thread: str | None) -> None:
    d = _decision("Re: Voluntary report (photo essay) + speaker request", _REVISED, ruleset,
                  files=("Dry Seasons - photo essay v2.pdf",), thread=thread)
    assert d.category == "voluntary_report"
    assert "report-receipt-question" not in {h.rule for h in d.hits}


# Near miss: asking whether the essay sent earlier arrived hands nothing over
def test_near_miss_asking_about_the_essay_sent(ruleset: Ruleset) -> None:
    body = "Dear team,\n\nWe sent on 3 February our photo essay. Did you receive it?\n\nGeorges\n"
    assert "report-receipt-question" in {h.rule for h in _decision("Photo essay", body, ruleset).hits}


def test_no_other_speaker_put_forward_asks_for_none(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nOur director, Ms. Randa Haddadin, will unfortunately not be able to take part in the "
            "consultation, and we will not put forward another speaker this time.\n\nKind regards,\nOla\n")
    assert _decision("GCM Regional Review", body, ruleset).category == "other"


def test_a_board_that_asked_us_for_corrections_asked_for_no_role(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nNotre conseil d'administration a relu le rapport et nous a demandé quelques corrections : "
            "vous trouverez ci-joint la version finale.\n\nPar ailleurs, notre présidente, Mme Latifa Ben Romdhane, "
            "souhaiterait prendre la parole lors d'une des séances plénières.\n\nMourad\n")
    d = _decision("Re: Rapport volontaire", body, ruleset, files=("rapport_volontaire_version_finale.pdf",))
    assert d.category == "both"


# Near miss: the sender's own earlier request is one already made
def test_near_miss_we_already_asked(ruleset: Ruleset) -> None:
    body = "Bonjour,\n\nNous avons déjà demandé une intervention en plénière pour notre présidente.\n\nMourad\n"
    assert "others-already-asked" in {h.rule for h in _decision("Intervention", body, ruleset).hits}


def test_possessive_posts_joined_by_and(rules: ExtractRules) -> None:
    body = ("Hi,\n\nWe'd love to nominate two of us from Mada Feminist Initiative: our founder and executive director "
            "Dina Mansour and our legal officer Heba Saied, both would like to join the open discussion.\n\nNour\n")
    assert sorted(_people(body, rules)) == [
        ("Dina Mansour", "founder and executive director", "Mada Feminist Initiative"),
        ("Heba Saied", "legal officer", "Mada Feminist Initiative"),
    ]


def test_one_plural_address_for_a_list_of_people(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons trois intervenantes : Mmes Fatima Zohra Benali, présidente, Khadidja Ouali, "
            "trésorière, et Nadia Rahmouni, animatrice du groupe de parole des aides-soignantes, pour la table ronde 4.\n\n"
            "Amel\nAssociation El Hanane\n")
    assert _people(body, rules, "fr") == [
        ("Fatima Zohra Benali", "présidente", "Association El Hanane"),
        ("Khadidja Ouali", "trésorière", "Association El Hanane"),
        ("Nadia Rahmouni", "animatrice du groupe de parole des aides-soignantes", "Association El Hanane"),
    ]


# Near miss: a plural address before a couple's names is one address, the list a single piece
def test_near_miss_a_plural_address_with_one_name(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons Mmes Fatima Zohra Benali, présidente de l'Association El Hanane, pour la table "
            "ronde 4.\n\nAmel\n")
    assert _people(body, rules, "fr") == [("Fatima Zohra Benali", "présidente", "Association El Hanane")]


def test_an_ethiopian_family_name_written_with_wolde(rules: ExtractRules) -> None:
    body = ("السادة،\n\nوعليه فإنها ترشح السيد تسفاي ولدميكائيل أيانا، الملحق العمالي في السفارة، لإلقاء مداخلة في المائدة "
            "المستديرة الرابعة.\n\nسلمى\n")
    assert [(s.name, s.title) for s in run(message(body), rules, language="ar").speakers] == [
        ("تسفاي ولدميكائيل أيانا", "الملحق العمالي")]


def test_a_nephew_writes_for_his_uncle(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe me permets de vous écrire de la part de mon oncle, Hédi Jaziri, qui n'a pas d'adresse e-mail.\n\n"
            "Mon oncle souhaiterait prendre la parole lors de la discussion ouverte.\n\nCordialement,\nWassim Jaziri\n")
    assert [s.name for s in run(message(body), rules, language="fr").speakers] == ["Hédi Jaziri"]


def test_a_speaker_who_cannot_come_after_what_befell_her(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nMme Souad Lahlou part en congé de maternité plus tôt que prévu et ne pourra malheureusement "
            "pas participer à la conférence. Nous proposons à sa place M. Abdessamed Ouchen, chargé de plaidoyer à l'APMD, "
            "pour la même table ronde (n° 2).\n\nHicham\n")
    assert [s.name for s in run(message(body), rules, language="fr").speakers] == ["Abdessamed Ouchen"]


def test_an_absent_speaker_with_a_post_in_commas(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nM. Olivier Dethier, Chargé d'affaires a.i., ayant été rappelé à Bruxelles pour consultations, "
            "ne pourra pas participer à la conférence. L'Ambassade souhaiterait dès lors que la soussignée, Première "
            "Secrétaire, puisse prendre la parole à sa place lors de la séance plénière.\n\nAvec mes salutations distinguées,"
            "\n\nHélène Vandenbroucke\nPremière Secrétaire\nAmbassade de Belgique à Beyrouth\n")
    assert [(s.name, s.title) for s in run(message(body), rules, language="fr").speakers] == [
        ("Hélène Vandenbroucke", "Première Secrétaire")]


def test_an_arabic_body_named_with_two_joined_nouns(rules: ExtractRules) -> None:
    body = ("السادة الكرام،\n\nنكتب إليكم باسم جمعية فلاحي ونخيل شط العرب التعاونية في قضاء أبي الخصيب.\n\nنرشح السيد عبد "
            "الكريم ناصر الحلفي، رئيس الجمعية، لإلقاء كلمة في الجلسة العامة.\n\nمع التحية\n")
    assert [(s.name, s.affiliation) for s in run(message(body), rules, language="ar").speakers] == [
        ("عبد الكريم ناصر الحلفي", "جمعية فلاحي ونخيل شط العرب التعاونية")]


def test_two_posts_before_the_body_on_a_person_line(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe would like to propose the photographer who made the essay for a floor intervention in "
            "Roundtable 2:\nRita Khoury - Documentary Photographer, Board Member, Akkar Highlands Agricultural Cooperative\n\n"
            "Best regards,\nNour\n")
    assert _people(body, rules) == [
        ("Rita Khoury", "Documentary Photographer, Board Member", "Akkar Highlands Agricultural Cooperative")]


def test_a_body_in_quotes_whose_opening_quote_was_glued_to_a_preposition(rules: ExtractRules) -> None:
    body = ('مرحبا،\n\nأنا لين حداد، المنسّقة العامة لـ"تجمّع نسويّات عابرات للحدود" ببيروت، وحابّة شارك بالنقاش المفتوح.'
            '\n\nلين\n')
    assert _people(body, rules, "ar") == [("لين حداد", "المنسّقة العامة", "تجمّع نسويّات عابرات للحدود")]


def test_the_stakeholders_are_no_one(rules: ExtractRules) -> None:
    body = ("مرحبا،\n\nقرّرنا نرشّح رفيقتين: ريما دكاش منسّقة برنامج العاملات المهاجرات وسمر عيتاني مسؤولة المناصرة، ريما "
            "حابّة تشارك بالنقاش المفتوح، وسمر فيها تكون rapporteur ya3ni تقدّم الرسائل الرئيسية باسم أصحاب المصلحة، hiye "
            "ktir mni7a bi hal shi\n\nلين\n")
    assert "أصحاب المصلحة" not in [s.name for s in run(message(body), rules, language="ar").speakers]


def test_the_sender_added_after_a_colleague_and_her_post(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous souhaitons proposer deux intervenantes Madame Saïda Trabelsi présidente de l'association et "
            "moi-même Hend Jlassi chargée de plaidoyer pour la table ronde numéro 3.\n\nMerci beaucoup\nHend Jlassi\n")
    assert sorted((s.name, s.roundtable) for s in run(message(body), rules, language="fr").speakers) == [
        ("Hend Jlassi", 3), ("Saïda Trabelsi", 3)]


_MEMBER_QUOTED = ("\n\n________________________________\nFrom: Yonas Habte <eclc@example.org>\nSent: Monday, February 1, 2021 "
                  "4:12 PM\nSubject: Nomination GCM review - ECLC\n\nDear Tewelde,\n\nOur board agreed to propose our "
                  "director, Saba Kidane Woldemariam, for a floor intervention in thematic roundtable 1.\n\nThanks,\nYonas\n")


@pytest.mark.parametrize(("subject", "new"), [
    ("Nominations of speakers", "Dear Secretariat,\n\nThree of our members sent us nominations. I am forwarding them to you "
     "together, exactly as I received them (see below).\n\nBest regards,\nTewelde"),
    ("إحالة: ترشيح", "السادة الكرام،\n\nنحيل إليكم طيّه الترشيح الوارد إلينا.\n\nمع التحية،\nعبد العزيز"),
])
def test_nominations_passed_on_below_are_forwarded(ruleset: Ruleset, subject: str, new: str) -> None:
    d = _decision(subject, new + _MEMBER_QUOTED, ruleset)
    assert d.category == "speaker_request"
    assert any(h.where == "forwarded" for h in d.hits)


# Near miss: a reply above the sender's own earlier message only quotes it
def test_near_miss_a_reply_above_a_quote(ruleset: Ruleset) -> None:
    d = _decision("Re: Nomination", "Dear Tewelde,\n\nThanks, well received." + _MEMBER_QUOTED, ruleset)
    assert not any(h.where == "forwarded" for h in d.hits)


def test_a_post_written_with_its_article(rules: ExtractRules) -> None:
    body = ("Dear brother Tewelde,\n\nNour Al-Huda School nominates Ustaz Osman Ibrahim Adam Haroun, the Headmaster, for a "
            "floor intervention in the plenary.\n\nOsman\n")
    assert [(s.name, s.title) for s in run(message(body), rules).speakers] == [("Osman Ibrahim Adam Haroun", "Headmaster")]


@pytest.mark.parametrize(("value", "cleaned"), [
    ("Embassy of the Republic of Kenya, Riyadh", "Embassy of the Republic of Kenya, Riyadh"),
    ("سفارة جمهورية السودان، الرياض", "سفارة جمهورية السودان، الرياض"),
    ("Caritas Lebanon, Beirut", "Caritas Lebanon"),  # near miss: any other body's town after a comma is its address
])
def test_a_mission_keeps_the_capital_it_sits_in(value: str, cleaned: str, rules: ExtractRules) -> None:
    assert clean_value(value, rules) == cleaned


def test_names_each_followed_by_a_post_in_dictated_mail(rules: ExtractRules) -> None:
    body = ("Hello good morning this is Marites from the alliance\n\nOn Sunday the members decided to propose three of our "
            "leaders for the conference Grace Mabini our chairperson Aster Tesfaye our treasurer and Rahel Girma the "
            "secretary of the board they would like to speak in the round table number 2 if it is possible\n\nThank you\n\n"
            "Marites Dela Cruz | Coordinator\nAlliance of Migrant Domestic Workers in Lebanon (AMDWL)\n")
    assert [(s.name, s.title, s.roundtable) for s in run(message(body), rules).speakers] == [
        ("Grace Mabini", "chairperson", 2), ("Aster Tesfaye", "treasurer", 2), ("Rahel Girma", "secretary of the board", 2)]


# Near miss: with its commas, a sentence that names someone and then the body's post is read as before
def test_near_miss_a_name_then_the_body_in_a_punctuated_sentence(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose Grace Mabini, our chairperson, for roundtable 2. Our Alliance represents the workers "
            "they employ.\n\nMarites\n")
    assert [(s.name, s.title) for s in run(message(body), rules).speakers] == [("Grace Mabini", "chairperson")]


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Dear colleagues,\n\nI am writing to request a floor intervention in Roundtable 3. The preprint, co-authored with "
     "Dr. Rami Khoury and Ms. Tigist Alemu, is linked below.\n\nBest regards,\nHiba\n\n--\nHiba Sarkis, MD, MPH\n"
     "Assistant Professor of Epidemiology\nCedars University of Beirut (CUB)\n", "en", "Hiba Sarkis"),
    ("Madame, Monsieur,\n\nJe suis épidémiologiste et je coordonne depuis avril 2020, avec le Pr Karim Aït Ahmed, une "
     "enquête sur l'accès au dépistage. Je souhaiterais intervenir lors de la table ronde 2.\n\nBien cordialement,\n\n-- \n"
     "Sabrina Benhamouda\nMaître de conférences en épidémiologie\nUniversité des Hauts-Plateaux\n", "fr", "Sabrina Benhamouda"),
])
def test_colleagues_named_for_a_study_leave_the_sender_the_speaker(rules: ExtractRules, body: str, language: str,
                                                                    name: str) -> None:
    assert [s.name for s in run(message(body), rules, language=language).speakers] == [name]


# Near miss: someone the sender wishes to speak with is named to speak too, not only mentioned
def test_near_miss_speaking_with_a_colleague(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nI would like to speak in Roundtable 3 together with Dr. Rami Khoury, Head of the Public "
            "Health Unit.\n\nBest regards,\nHiba Sarkis\n")
    assert "Rami Khoury" in [s.name for s in run(message(body), rules).speakers]


def test_the_speaker_after_the_colon_of_a_proposal(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe would also like to propose one of the film's makers as a speaker: Jad Hammoud, 19, Rover Scout "
            "and co-director of the film, for a floor intervention in Roundtable 3.\n\nNabil\n")
    assert [(s.name, s.title, s.roundtable) for s in run(message(body), rules).speakers] == [
        ("Jad Hammoud", "Rover Scout and co-director of the film", 3)]


def test_a_post_and_its_office_keep_the_dash_written_between_them(rules: ExtractRules) -> None:
    assert clean_value("مكتب التعاون السويسري – سفارة سويسرا في الأردن", rules) == "مكتب التعاون السويسري – سفارة سويسرا في الأردن"
    assert clean_value("Horizons Retour – Association des Marocains de Belgique (HR-AMB)", rules) \
        == "Horizons Retour – Association des Marocains de Belgique (HR-AMB)"


@pytest.mark.parametrize("notice", [
    "This email was sent from a Gulf Bridge Academy student account. Student accounts are monitored in line with the "
    "Academy's Acceptable Use Policy.",
    "Ce message a été envoyé depuis un compte élève du Lycée Ibn Khaldoun.",
])
def test_a_school_account_notice_is_a_disclaimer_not_a_signature(notice: str, rules: ExtractRules) -> None:
    body = (f"Dear team,\n\nI would love to be considered as a rapporteur.\n\nBest regards,\nMariam Tahir\n"
            f"Founder & President, Third Culture Kids Club\n\n--\n{notice}\n")
    parts = split(body)
    assert notice in parts.disclaimer and notice not in parts.signature
    assert [(s.name, s.title) for s in run(message(body), rules).speakers] == [("Mariam Tahir", "Founder & President")]
