"""Several speakers in one message: each keeps its own name, title and roles, among them a colleague named after the
proposer's possessive and post, and the author of a forwarded request who asks for themself besides such a colleague.
Each family is written in several ways (languages, punctuation, honorifics, where the detail sits)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake.extract import ExtractRules
from intake.extract_prose import is_item
from tests.extracting import message, run


# A list item that states only a role before a colon, its person on the indented line below
@pytest.mark.parametrize(("language", "body", "first", "second", "title"), [
    ("fr", "Nous sollicitons deux prises de parole :\n\n"
           "- pour la séance plénière : Dr Karim Ould Babah, Président de l'ALMD ;\n"
           "- pour la table ronde 2 (voies de migration régulières) :\n"
           "  Mme Fatou Diallo, chargée du programme jeunesse.\n\nCordialement,\nLe Secrétariat",
     "Karim Ould Babah", "Fatou Diallo", "chargée du programme jeunesse"),
    ("fr", "Voici nos intervenants :\n\n"
           "* Table ronde 2 :\n    M. Paul Mensah, coordinateur des projets\n"
           "* Plénière :\n    Mme Awa Ndiaye, Directrice exécutive\n\nBien à vous",
     "Paul Mensah", "Awa Ndiaye", "Directrice exécutive"),
    ("fr", "Nous proposons les personnes suivantes :\n"
           "- Plenière (sans accent) : Pr Moussa Keita, président\n"
           "- table ronde 2 :\n   Mlle Aminata Traore, responsable du plaidoyer\n\nSalutations",
     "Moussa Keita", "Aminata Traore", "responsable du plaidoyer"),
    ("en", "We would like to request two speaking slots:\n\n"
           "- for the plenary session: Dr John Okello, Executive Director;\n"
           "- for roundtable 2 (regular pathways):\n  Ms Grace Achieng, Programme Officer.\n\nKind regards,\nThe Secretariat",
     "John Okello", "Grace Achieng", "Programme Officer"),
    ("en", "Our speakers are the following:\n\n"
           "* Roundtable 2:\n    Mr. Peter Mwangi, Policy Adviser\n"
           "* Plenary:\n    Mrs. Mary Wanjiru, Chairperson\n\nBest",
     "Peter Mwangi", "Mary Wanjiru", "Chairperson"),
    ("en", "Please find our nominations below:\n"
           "- PLENARY: Prof. Samuel Adeyemi, President\n"
           "- roundtable 2 -- labour migration:\n   Miss Ngozi Eze, Youth Coordinator\n\nThanks",
     "Samuel Adeyemi", "Ngozi Eze", "Youth Coordinator"),
    ("ar", "نرجو التكرم بتسجيل المتحدثين التاليين:\n\n"
           "- في الجلسة العامة: الدكتور أحمد سالم، رئيس الجمعية؛\n"
           "- في المائدة المستديرة الثانية:\n  السيدة مريم علي، منسقة البرامج\n\nمع التقدير",
     "أحمد سالم", "مريم علي", "منسقة البرامج"),
    ("ar", "نقترح ما يلي:\n\n"
           "* المائدة المستديرة الثانية:\n    الأستاذ خالد يوسف، مستشار قانوني\n"
           "* الجلسة العامة:\n    السيدة هدى محمود، المديرة التنفيذية\n\nوتفضلوا بقبول فائق الاحترام",
     "خالد يوسف", "هدى محمود", "المديرة التنفيذية"),
    ("ar", "يسرنا ترشيح المتحدثين الآتيين:\n"
           "- للجلسة العامة : د. سامي نور، الأمين العام\n"
           "- للمائدة المستديرة الثانية :\n   الآنسة ليلى حسن، باحثة\n\nشكرا",
     "سامي نور", "ليلى حسن", "باحثة"),
])
def test_an_item_stating_a_role_has_its_person_on_the_line_below(rules: ExtractRules, language: str, body: str,
                                                                   first: str, second: str, title: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.name for s in speakers] == [first, second]
    by_name = {s.name: s for s in speakers}
    assert by_name[second].title == title
    assert 2 in (by_name[first].roundtable, by_name[second].roundtable)
    assert {r for s in speakers for r in s.roles} == {"plenary", "roundtable"}
    assert all(len(s.roles) == 1 for s in speakers)


# The organisation one writes on behalf of, its acronym after it, is no second speaker
@pytest.mark.parametrize(("language", "body", "name"), [
    ("en", "On behalf of Migrant Voices Network (MVN), we propose Mr. Tom Otieno for the plenary.", "Tom Otieno"),
    ("en", "on behalf of Kenya Domestic Workers Voice (KDWV), a migrant-led group, I would like to propose our Founder, "
           "Ms. Harriet Nakato, as rapporteur. She is also happy to join the open discussion.", "Harriet Nakato"),
    ("en", "ON BEHALF OF Gulf Returnee Workers Union (GRWU) I nominate Dr Samuel Adeyemi, Chairperson, to speak in "
           "roundtable 2.", "Samuel Adeyemi"),
    ("fr", "Au nom de Solidarité Migrants Wilaya (SMW), je propose Mme Awa Diop comme rapporteuse.", "Awa Diop"),
    ("fr", "au nom de Voix des Travailleurs Migrants (VTM) nous souhaitons proposer M. Ali Ben Salah, coordinateur, "
           "pour la pleniere.", "Ali Ben Salah"),
    ("fr", "Nous vous écrivons au nom de Jeunesse Migrante Sahel (JMS) : nous proposons Pr Moussa Keita pour la "
           "table ronde 2.", "Moussa Keita"),
    ("ar", "بالنيابة عن صوت العمال المهاجرين (صعم)، أود ترشيح السيدة هدى محمود للجلسة العامة.", "هدى محمود"),
    ("ar", "باسم شبكة أصوات المهاجرين (شبكة)، نقترح الأستاذ خالد يوسف مقررا.", "خالد يوسف"),
    ("ar", "نكتب إليكم نيابة عن رابطة العمال العائدين (رعع) لترشيح الدكتور سامي نور للمائدة المستديرة الثانية.", "سامي نور"),
])
def test_the_organisation_written_for_with_its_acronym_is_no_speaker(rules: ExtractRules, language: str, body: str,
                                                                     name: str) -> None:
    parsed = message(f"Hello,\n\n{body}\n\nBest,\nJoseph Kato\n")
    assert [s.name for s in run(parsed, rules, language=language).speakers] == [name]


# A reply that names again several speakers of the quoted proposal speaks of them all, not of its sender
@pytest.mark.parametrize(("language", "new", "quoted"), [
    ("fr", "Bonjour,\n\nMme Berrada et M. Belhadj ne pourront finalement pas venir.\n\nInès Chebbi\nChargée de communication",
     "> Nous proposons :\n> - comme rapporteure : Mme Hanane Berrada, Rédactrice en chef\n"
     "> - pour la table ronde 2 : M. Tarek Belhadj, Journaliste"),
    ("en", "Hello,\n\nUnfortunately Ms Achieng and Dr. Okello are no longer available.\n\nBest,\nJane Doe\nOfficer",
     "> We propose:\n> - for the plenary: Dr. John Okello, Executive Director\n"
     "> - for roundtable 2: Ms. Grace Achieng, Programme Officer"),
    ("ar", "تحية طيبة،\n\nنعتذر لأن الدكتور سالم والسيدة مريم لن يتمكنا من الحضور.\n\nهدى محمود\nمنسقة",
     "> نرشح ما يلي:\n> - في الجلسة العامة: الدكتور أحمد سالم، رئيس الجمعية\n"
     "> - في المائدة المستديرة الثانية: السيدة مريم علي، منسقة البرامج"),
])
def test_a_reply_naming_several_quoted_speakers_names_them(rules: ExtractRules, language: str, new: str,
                                                           quoted: str) -> None:
    body = f"{new}\n\nOn Tue, 2 Feb 2021 at 16:02, Someone <someone@example.org> wrote:\n{quoted}\n"
    names = {s.name for s in run(message(body), rules, language=language).speakers}
    assert len(names) == 2
    assert not names & {"Inès Chebbi", "Jane Doe", "هدى محمود"}


# The sender passes on the request of their organisation and names its speaker: the sender is no second speaker
@pytest.mark.parametrize(("language", "body", "speaker"), [
    ("en", "I am writing to inform you that the National Human Rights Committee would like to take the floor in the "
           "plenary. The Committee has designated Dr. Omar Haddad, its Vice-Chair, to speak on its behalf.\n\n"
           "Kind regards,\nLeila Mansour\nChief of Staff\nNational Human Rights Committee", "Omar Haddad"),
    ("en", "Please be informed. I would like to let you know that our Network wishes to intervene in roundtable 2; "
           "Ms. Sara Tadesse, Coordinator, will deliver the intervention.\n\nBest,\nJohn Smith\nMigrant Voices Network",
     "Sara Tadesse"),
    ("fr", "Je tiens à vous informer que notre association souhaite intervenir en séance plénière. Elle a désigné "
           "M. Karim Benali, vice-président, pour prendre la parole.\n\nCordialement,\nNadia Cherif\n"
           "Chargée de communication\nAssociation Solidarité Migrants", "Karim Benali"),
    ("fr", "J'ai le plaisir de vous faire savoir que le Réseau des juristes souhaite présenter une intervention à la "
           "table ronde 3, par la voix de Mme Aïcha Traoré, coordinatrice.\n\nBien à vous,\nPaul Martin\nRéseau des juristes",
     "Aïcha Traoré"),
    ("ar", "يسعدني إبلاغكم بأن اللجنة الوطنية لحقوق الإنسان ترغب في تقديم مداخلة خلال الجلسة العامة.\n"
           "وقد كلفت اللجنة الدكتور عمر حداد، نائب رئيس اللجنة، بإلقاء المداخلة.\n\nمع التحية\nليلى منصور\nمديرة الديوان\n"
           "اللجنة الوطنية لحقوق الإنسان", "عمر حداد"),
    ("ar", "أود إعلامكم أن شبكة العمال المهاجرين ترغب في المشاركة في المائدة المستديرة الثانية، وترشح لذلك السيدة سارة "
           "يوسف، منسقة الشبكة.\n\nشكرا\nجون سميث\nشبكة العمال المهاجرين", "سارة يوسف"),
])
def test_a_sender_passing_on_the_organisations_request_is_no_speaker(rules: ExtractRules, language: str, body: str,
                                                                       speaker: str) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.name for s in speakers] == [speaker]


@pytest.mark.parametrize("post", [
    "نائب رئيس اللجنة والمكلف بملف الهجرة واللجوء",
    "عضو اللجنة والمكلفة بملف النساء المهاجرات",
    "نائبة رئيسة اللجنة والمسؤولة عن العلاقات الخارجية",
])
def test_two_arabic_posts_joined_by_waw_are_the_title_and_leave_the_organisation_named_before(rules: ExtractRules,
                                                                                             post: str) -> None:
    body = (f"تود اللجنة الوطنية لحقوق الإنسان المشاركة في الجلسة العامة. وقد كلفت اللجنة الدكتور عمر حداد، {post}، "
            "بإلقاء المداخلة.\nشكرا")
    (s,) = run(message(body), rules, language="ar").speakers
    assert (s.title, s.affiliation) == (post, "اللجنة الوطنية لحقوق الإنسان")


# ---------------------------------------------------------------------------------------------
# "our legal researcher X would like to intervene": the colleague after a possessive and a post

_SENDER = "Rania Haddad <r.haddad@example.org>"
_SIG_EN = "Best,\nRania Haddad\nDirector, Amal Centre\n"
_SIG_FR = "Cordialement,\nRania Haddad\nPrésidente, Association Amal\n"


def _people(body: str, rules: ExtractRules, language: str) -> list[tuple[str | None, str | None, tuple[str, ...], int | None]]:
    fields = run(message(body, from_=_SENDER), rules, language=language)
    return [(s.name, s.title, tuple(s.roles), s.roundtable) for s in fields.speakers]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dear organisers,\nI would like to take the floor in the plenary, and our programme officer Yusuf Demir would like "
     "to join roundtable 3.\n" + _SIG_EN, "en",
     [("Rania Haddad", "Director", ("plenary",), None), ("Yusuf Demir", "programme officer", ("roundtable",), 3)]),
    ("Bonjour,\nJe souhaite intervenir en plénière ; notre chargée de plaidoyer Leïla Benali souhaiterait intervenir "
     "dans la table ronde 1.\n" + _SIG_FR, "fr",
     [("Rania Haddad", "Présidente", ("plenary",), None), ("Leïla Benali", "chargée de plaidoyer", ("roundtable",), 1)]),
    ("Dear organisers,\nOur senior legal adviser Hana Okafor wishes to speak in the open discussion.\n" + _SIG_EN, "en",
     [("Hana Okafor", "senior legal adviser", ("open_discussion",), None)]),
    ("Bonjour,\nNotre coordinatrice régionale Awa Diallo voudrait prendre la parole en plénière.\n" + _SIG_FR, "fr",
     [("Awa Diallo", "coordinatrice régionale", ("plenary",), None)]),
])
def test_a_colleague_after_a_possessive_and_post_is_a_speaker(body: str, language: str, expected: list[tuple[
        str | None, str | None, tuple[str, ...], int | None]], rules: ExtractRules) -> None:
    assert _people(body, rules, language) == expected


@pytest.mark.parametrize("body", [
    # what follows the possessive is a body or a board, not a person; or it asks for nothing to speak
    "Dear organisers,\nI would like to speak in the plenary, and our partner network Mashreq Voices would like to attend.\n" + _SIG_EN,
    "Dear organisers,\nI would like to speak in the plenary. Our board would like to thank you for the invitation.\n" + _SIG_EN,
    "Dear organisers,\nI would like to speak in the plenary, and our Beirut office would like to receive the programme.\n" + _SIG_EN,
])
def test_a_possessive_before_no_person_adds_no_speaker(body: str, rules: ExtractRules) -> None:
    assert _people(body, rules, "en") == [("Rania Haddad", "Director", ("plenary",), None)]


# ---------------------------------------------------------------------------------------------
# A forwarded request whose author asks for themself besides such a colleague

def _forwarded(author: str, inner: str, rules: ExtractRules, language: str) -> list[tuple[str | None, tuple[str, ...]]]:
    body = "Dear colleagues,\nPlease see below.\n\nRegards,\nSami Nassar\nProgramme Assistant, Amal Centre\n\n" \
           f"-----Original Message-----\nFrom: {author}\nSent: Tuesday, February 9, 2021 6:40 PM\n" \
           "To: Sami Nassar <s.nassar@example.org>\nSubject: Regional review\n\n" + inner
    fields = run(message(body, subject="FW: Regional review", from_="Sami Nassar <s.nassar@example.org>"), rules,
                 language=language)
    return [(s.name, tuple(s.roles)) for s in fields.speakers]


@pytest.mark.parametrize(("author", "inner", "language", "expected"), [
    ("Dalia Fawzy <d.fawzy@example.org>",
     "Sami,\nCan you please write to the organisers: I would like to speak in a plenary session, and our legal "
     "researcher Ahmed Samir would like to intervene in the second roundtable.\nThanks,\nDalia\n", "en",
     [("Dalia Fawzy", ("plenary",)), ("Ahmed Samir", ("roundtable",))]),
    ("Hana Okafor <h.okafor@example.org>",
     "Hi Sami,\nPlease tell them I want to join the open discussion, and our field coordinator Musa Bello would like "
     "to be rapporteur.\nCheers,\nHana\n", "en",
     [("Hana Okafor", ("open_discussion",)), ("Musa Bello", ("rapporteur",))]),
    ("Leïla Benali <l.benali@example.org>",
     "Sami,\nMerci d'écrire aux organisateurs : je souhaite intervenir en plénière, et notre chargée de mission "
     "Awa Diallo souhaiterait intervenir à la table ronde 2.\nMerci,\nLeïla\n", "fr",
     [("Leïla Benali", ("plenary",)), ("Awa Diallo", ("roundtable",))]),
])
def test_the_forwarded_author_asking_besides_a_colleague(author: str, inner: str, language: str,
                                                        expected: list[tuple[str, tuple[str, ...]]],
                                                        rules: ExtractRules) -> None:
    assert _forwarded(author, inner, rules, language) == expected


def test_a_forwarded_author_who_only_passes_on_a_colleague_is_no_speaker(rules: ExtractRules) -> None:
    inner = "Sami,\nCan you please write to the organisers: our legal researcher Ahmed Samir would like to intervene " \
            "in the second roundtable.\nThanks,\nDalia\n"
    assert _forwarded("Dalia Fawzy <d.fawzy@example.org>", inner, rules, "en") == [("Ahmed Samir", ("roundtable",))]


# ---------------------------------------------------------------------------------------------
def test_a_forwarded_labelled_record_keeps_its_one_speaker(rules: ExtractRules) -> None:
    # the request is the labelled speaker's own, passed on by a colleague: the forwarder is no second speaker
    inner = "Sami,\nCould you forward the following? I'd like to request a floor intervention in the plenary.\n\n" \
            "Speaker: Dr. Nour Haddad\nTitle: Senior Research Fellow\nOrganisation: Amal Centre\n\nThanks,\nNour\n"
    assert _forwarded("Reem Saleh <r.saleh@example.org>", inner, rules, "en") == [("Nour Haddad", ("plenary",))]


# ---------------------------------------------------------------------------------------------
# A speaker kept away ("M. X sera empêché", "Mr. X is prevented from attending", "is unavailable") is not proposed
# when someone else is

@pytest.mark.parametrize(("body", "language", "name"), [
    ("Madame, Monsieur,\nNous vous informons que M. Karim Tazi sera empêché le 23 février pour raisons de service.\n"
     "Nous proposons à sa place Mme Houda Bennani pour la même séance de discussion ouverte.\nCordialement\n"
     "Rachid Alami\n", "fr", "Houda Bennani"),
    ("Bonjour,\nMme Salma Idrissi est malheureusement empêchée ; Dr Youssef Amrani interviendra en plénière à sa "
     "place.\nCordialement\nRachid Alami\n", "fr", "Youssef Amrani"),
    ("Dear team,\nMr. Karim Jaziri will be unavailable on 24 February. Ms. Leila Haddad will speak in Roundtable 2 "
     "instead.\nRegards,\nSonia Ferchichi\n", "en", "Leila Haddad"),
    ("Dear team,\nDr. Omar Salem is prevented from attending by a council session, so Ms. Rania Khoury would like to "
     "take the floor in the plenary.\nRegards,\nSonia Ferchichi\n", "en", "Rania Khoury"),
])
def test_a_speaker_kept_away_is_not_proposed(body: str, language: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [s.name for s in fields.speakers] == [name]


@pytest.mark.parametrize(("body", "language", "name"), [
    # "empêcher" said of something else, "available" said of the speaker: the speaker stays
    ("Bonjour,\nM. Karim Tazi souhaite intervenir en plénière : rien ne l'en empêche cette année.\nCordialement\n"
     "Rachid Alami\n", "fr", "Karim Tazi"),
    ("Dear team,\nMr. Karim Jaziri is available on 24 February and would like to speak in Roundtable 2.\nRegards,\n"
     "Sonia Ferchichi\n", "en", "Karim Jaziri"),
])
def test_a_speaker_not_kept_away_stays(body: str, language: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [s.name for s in fields.speakers] == [name]


# ---------------------------------------------------------------------------------------------
# The sender asks to speak for their own body, and names one colleague who will come without speaking ("sans
# intervenir", "without taking the floor", "دون مداخلة"): the sender is the one speaker

@pytest.mark.parametrize(("body", "language", "sender"), [
    ("Bonjour,\nJe voudrais intervenir en plénière au nom de notre association.\nNotre trésorier Olivier Lemaire, "
     "juriste, assistera aussi à la séance, sans prendre la parole.\nCordialement\nNadia Fournier\n", "fr",
     "Nadia Fournier <n.fournier@example.org>"),
    ("Dear team,\nI would like to speak in Roundtable 3 on behalf of our network.\nMy colleague Peter Odhiambo, "
     "a field officer, will also sit in on the roundtable without speaking.\nBest regards,\nGrace Wanjiku\n", "en",
     "Grace Wanjiku <g.wanjiku@example.org>"),
    ("السلام عليكم،\nأود المشاركة في النقاش المفتوح باسم جمعيتنا.\nوسيحضر زميلي الأستاذ كريم الحداد الجلسة دون مداخلة.\n"
     "مع التحية\nليلى منصور\n", "ar", "ليلى منصور <l.mansour@example.org>"),
])
def test_a_colleague_coming_without_speaking_leaves_the_sender_alone(body: str, language: str, sender: str,
                                                                     rules: ExtractRules) -> None:
    fields = run(message(body, from_=sender), rules, language=language)
    assert [s.name for s in fields.speakers] == [sender.split(" <")[0]]


# ---------------------------------------------------------------------------------------------
# The sender wishes that one of a group, named in apposition, may speak ("qu'une d'entre elles, X, puisse intervenir",
# "for one of them, X, to speak", "أن يشارك أحد أعضائنا، X"): that person is the speaker, not the sender

@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Bonjour,\nCi-joint notre contribution.\nLes membres voudraient vraiment qu'une d'entre elles, Aïcha Konaté, "
     "puisse intervenir à la table ronde 2.\nCordialement\nMarie Dupuis\nCoordinatrice\n", "fr", "Aïcha Konaté"),
    ("Bonjour,\nNous souhaiterions beaucoup qu'un de nos bénévoles, Jean Kabila, puisse prendre la parole en "
     "plénière.\nCordialement\nMarie Dupuis\n", "fr", "Jean Kabila"),
    ("Hello,\nThe young people would very much love for one of them, Samuel Otieno, to speak in the plenary.\nBest,\n"
     "Mary Dunn\nYouth worker\n", "en", "Samuel Otieno"),
    ("السلام عليكم،\nنود أن يشارك أحد أعضائنا، سامي الخطيب، في المائدة المستديرة الثانية.\nمع التحية\nهدى سليم\n",
     "ar", "سامي الخطيب"),
])
def test_one_of_a_group_named_in_apposition_is_the_speaker(body: str, language: str, speaker: str,
                                                           rules: ExtractRules) -> None:
    fields = run(message(body, from_="Marie Dupuis <m.dupuis@example.org>"), rules, language=language)
    assert [s.name for s in fields.speakers] == [speaker]


def test_near_miss_a_post_that_may_speak_is_named_in_the_signature(rules: ExtractRules) -> None:
    # no one of a group named: "que notre présidente puisse intervenir" points at the signature below
    body = "Bonjour,\nNous aimerions que notre présidente puisse intervenir en séance plénière.\nSes coordonnées " \
           "ci-dessous.\n\nCordialement,\n\n--\nMme Odile Ferrand\nPrésidente\nAssociation Horizons Partagés\n"
    fields = run(message(body, from_="Horizons <contact@example.org>"), rules, language="fr")
    assert [s.name for s in fields.speakers] == ["Odile Ferrand"]


# ---------------------------------------------------------------------------------------------
# The person a request is made on behalf of, in a sentence that goes on to nominate someone else, is the principal, not
# a speaker ("On behalf of Dr. X, our Chair, the Board nominates ...", "Au nom de Mme X, ... propose", "نيابة عن ... نرشح")

@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Dear colleagues,\nOn behalf of Dr. Helen Mutua, Chair of the Board, the Coastal Workers Union is pleased to "
     "nominate Mr. Tom Kariuki, Legal Officer, to speak in the plenary.\nBest regards,\nAnne Wairimu\n", "en",
     "Tom Kariuki"),
    ("Madame, Monsieur,\nAu nom de Mme Claire Bonnet, présidente du réseau, nous avons le plaisir de proposer "
     "M. Paul Girard, chargé de plaidoyer, pour la table ronde 2.\nCordialement,\nJulie Martin\n", "fr",
     "Paul Girard"),
    ("السادة المحترمون،\nنيابة عن الدكتورة سلمى حداد، رئيسة الشبكة، يسرنا ترشيح الأستاذ فادي نعمة، منسق البرامج، "
     "للمشاركة في الجلسة العامة.\nمع التحية\nرنا خوري\n", "ar", "فادي نعمة"),
])
def test_the_principal_a_nomination_is_made_for_is_no_speaker(body: str, language: str, speaker: str,
                                                              rules: ExtractRules) -> None:
    fields = run(message(body, from_="Office <office@example.org>"), rules, language=language)
    assert [s.name for s in fields.speakers] == [speaker]


def test_near_miss_the_principal_no_one_else_is_nominated_for_is_the_speaker(rules: ExtractRules) -> None:
    # (no one else nominated: the request is for her)
    body = "Dear colleagues,\nOn behalf of Dr. Helen Mutua, Chair of the Board, I would like to request a speaking " \
           "slot in the plenary session.\nBest regards,\nAnne Wairimu\n"
    fields = run(message(body, from_="Office <office@example.org>"), rules)
    assert [s.name for s in fields.speakers] == ["Helen Mutua"]


# ---------------------------------------------------------------------------------------------
# Arabic list items written "Name - title - organisation" with spaced dashes, without an honorific: each item is a
# person, its pieces read as after a comma

@pytest.mark.parametrize(("body", "expected"), [
    ("السلام عليكم\nنود ترشيح كل من:\n1- سامر الحلبي - مدير البرامج - جمعية الأمل للتنمية\n"
     "2- نور الهدى قاسم - منسقة مناصرة - شبكة المرأة العربية\nمع الشكر\n",
     [("سامر الحلبي", "مدير البرامج", "جمعية الأمل للتنمية"), ("نور الهدى قاسم", "منسقة مناصرة", "شبكة المرأة العربية")]),
    ("تحية طيبة\nنرشح الأشخاص التالية أسماؤهم:\n- خالد العمري – باحث – مركز دراسات الهجرة\n"
     "- سلمى الزين – محامية – جمعية حقوق العمال\nشكرا\n",
     [("خالد العمري", "باحث", "مركز دراسات الهجرة"), ("سلمى الزين", "محامية", "جمعية حقوق العمال")]),
    ("مرحبا\nبدنا نسجل هدول:\n٣- فادي منصور - مستشار قانوني - اتحاد نقابات العمال\n٤- ريم عيسى - منسقة - منظمة كرامة\n",
     [("فادي منصور", "مستشار قانوني", "اتحاد نقابات العمال"), ("ريم عيسى", "منسقة", "منظمة كرامة")]),
])
def test_arabic_dashed_items_name_title_organisation(body: str, expected: list[tuple[str, str, str]],
                                                     rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="ar")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # after an honorific the dash pieces stay one title run; a place is no organisation
    ("السلام عليكم\nنرشح:\n- السيد حسن الرفاعي – عميد البلدية –\nمع الشكر\n", [("حسن الرفاعي", "عميد البلدية", None)]),
    ("السلام عليكم\nنرشح:\n- سامر الحلبي - مدير - الأردن\nمع الشكر\n", [("سامر الحلبي", "مدير", None)]),
])
def test_near_miss_arabic_dashed_items_without_an_organisation(body: str, expected: list[tuple[str, str, None]],
                                                               rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="ar")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == expected


# ---------------------------------------------------------------------------------------------
# List items written "Organisation - Title - Name - role", the organisation without a word that names a body
# ("Baghdad Teaching Hospital", "Hôtel-Dieu de France"): each item is its own person, never the organisation

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Dear team,\n\nWe would like to propose the following speakers:\n\n"
           "1. Iraqi Psychologists Association (IPA) - Board Member - Saad Ali - floor intervention in plenary\n"
           "2. Basra General Hospital - Senior Nurse - Layla Karim - roundtable on 24 Feb\n\nKind regards,\nNoor\n",
     [("Saad Ali", "Board Member", "Iraqi Psychologists Association (IPA)"),
      ("Layla Karim", "Senior Nurse", "Basra General Hospital")]),
    ("en", "Hello,\n\nPlease find our two nominees below:\n\n"
           "- Caritas Lebanon - Programme Officer - Rami Aoun - plenary\n"
           "- Hotel-Dieu de France - Head Nurse - Maya Saliba - roundtable 2\n\nBest,\nJoe\n",
     [("Rami Aoun", "Programme Officer", "Caritas Lebanon"),
      ("Maya Saliba", "Head Nurse", "Hotel-Dieu de France")]),
    ("fr", "Bonjour,\n\nNous proposons les intervenants suivants :\n\n"
           "- Hôpital Razi - Médecin chef - Sami Trabelsi - table ronde 1\n"
           "- Clinique Les Oliviers - Infirmière - Amel Chebbi - plénière\n\nCordialement,\nSami\n",
     [("Sami Trabelsi", "Médecin chef", "Hôpital Razi"),
      ("Amel Chebbi", "Infirmière", "Clinique Les Oliviers")]),
])
def test_an_organisation_opening_a_dashed_item_is_the_persons_body(language: str, body: str,
                                                                   expected: list[tuple[str, str, str]],
                                                                   rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == expected


def test_near_miss_a_town_opening_a_dashed_item_is_no_organisation(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons les intervenants suivants :\n\n- Tunis - Médecin chef - Sami Trabelsi - table ronde 1\n"
            "- Sfax - Infirmière - Amel Chebbi - plénière\n\nCordialement,\nSami\n")
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="fr")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [("Sami Trabelsi", "Médecin chef", None),
                                                                           ("Amel Chebbi", "Infirmière", None)]


# A list item's role after a colon ("- X, Organisation: rapporteur"): the role, no part of the title before it
@pytest.mark.parametrize(("line", "name", "title", "affiliation"), [
    ("- Salman Kaabi, Gulf Workers Association: rapporteur", "Salman Kaabi", None, "Gulf Workers Association"),
    ("- Mme Aminata Sow, Réseau Sahel Migrations : rapporteuse", "Aminata Sow", None, "Réseau Sahel Migrations"),
    ("- Dana Kassem, Policy Officer: rapporteur", "Dana Kassem", "Policy Officer", None),
])
def test_a_role_after_a_colon_is_no_part_of_the_title(line: str, name: str, title: str | None, affiliation: str | None,
                                                       rules: ExtractRules) -> None:
    body = f"Dear colleagues,\n\nWe would like to nominate the following speakers:\n\n{line}\n\nBest regards,\nAisha"
    (sp,) = run(message(body), rules, category="speaker_request", language="en").speakers
    assert (sp.name, sp.title, sp.affiliation, sp.roles) == (name, title, affiliation, ("rapporteur",))


def test_near_miss_a_rapporteur_post_before_its_body_stays_the_title(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe would like to nominate the following speaker:\n\n"
            "- Dr. Hala Ali, Rapporteur of the Committee on Migration: plenary\n\nBest regards,\nAisha")
    (sp,) = run(message(body), rules, category="speaker_request", language="en").speakers
    assert (sp.title, sp.affiliation) == ("Rapporteur", "Committee on Migration")


# ---------------------------------------------------------------------------------------------
# A list item written organisation first, then the person and the title, then the session ("* GFWCUI - X, President -
# roundtable 3"): the organisation is the person's affiliation, not a speaker, and the sender is no speaker
_ORG_FIRST = "{}\n\n{}\n{}\n\n{}\n"


@pytest.mark.parametrize(("language", "intro", "first", "second", "closing", "expected"), [
    ("en", "Dear team,\nWe would like to propose the following speakers:",
     "* Gulf Labour Forum - Priya Nair, Programme Lead - roundtable 3",
     "* Domestic Workers Union of Kuwait - Dr. Joseph Banda, General Secretary - plenary",
     "Regards,\nKamal Hussein\nOffice of the Director",
     [("Priya Nair", "Programme Lead", "Gulf Labour Forum"),
      ("Joseph Banda", "General Secretary", "Domestic Workers Union of Kuwait")]),
    ("fr", "Bonjour,\nNous proposons les intervenants suivants :",
     "- Réseau Sahel Migrations - Aminata Sow, chargée de plaidoyer - table ronde 2",
     "- Collectif des Travailleurs Migrants - M. Idrissa Konaté, président - plénière",
     "Cordialement,\nPaul Martin",
     [("Aminata Sow", "chargée de plaidoyer", "Réseau Sahel Migrations"),
      ("Idrissa Konaté", "président", "Collectif des Travailleurs Migrants")]),
    ("en", "Hello,\nOur nominees:",
     "1. SDTL – Rahel Tesfaye, Coordinator – open discussion",
     "2. Caritas Migrant Center – Ms. Hana Saleh, Legal Officer – rapporteur",
     "Best,\nNour",
     [("Rahel Tesfaye", "Coordinator", "SDTL"), ("Hana Saleh", "Legal Officer", "Caritas Migrant Center")]),
    ("ar", "تحية طيبة،\nنرشح المتحدثين التاليين:",
     "- جمعية الأمل للعمال المهاجرين - الدكتورة سلوى عيسى، منسقة البرامج - الجلسة العامة",
     "- نقابة عمال البناء - السيد خليل عون، أمين السر - المائدة المستديرة الثانية",
     "مع التحية\nمنى",
     [("سلوى عيسى", "منسقة البرامج", "جمعية الأمل للعمال المهاجرين"), ("خليل عون", "أمين السر", "نقابة عمال البناء")]),
])
def test_an_item_naming_the_organisation_first_gives_the_person_after_it(
        rules: ExtractRules, language: str, intro: str, first: str, second: str, closing: str,
        expected: list[tuple[str, str, str]]) -> None:
    fields = run(message(_ORG_FIRST.format(intro, first, second, closing), from_="Sender Name <s@example.org>"), rules,
                 language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == expected


def test_near_miss_an_organisation_then_a_place_names_no_person(rules: ExtractRules) -> None:
    body = _ORG_FIRST.format("Dear team,\nWe would like to propose the following speakers:",
                             "* Migrant Forum in Asia - Regional Office, Manila - roundtable 3",
                             "* Migrant Workers Union - Beirut - plenary", "Regards,\nKamal")
    assert run(message(body), rules, language="en").speakers == ()


# A speaker replaced by another: "replace X with Y", "remplacer X par Y", "استبدال X بـ Y", or X "will unfortunately not
# be able to attend" (over a hard-wrapped line), "is sadly unable to": only Y is proposed
@pytest.mark.parametrize(("language", "body", "speaker"), [
    ("fr", "Madame, Monsieur,\n\nNous vous prions de bien vouloir remplacer\nM. Karim Haddad par Mme Leila Mansour, "
           "Chargée de mission, pour la table ronde 2.\n\nCordialement,\nPaul Martin", "Leila Mansour"),
    ("en", "Dear team,\n\nKindly replace Mr. John Smith with Dr. Aisha Bello, Head of Research, for the plenary session."
           "\n\nBest,\nPaul", "Aisha Bello"),
    ("ar", "السادة المحترمين،\n\nنرجو استبدال السيد خالد منصور بالسيدة ريم عطا، مديرة البرامج، في الجلسة العامة."
           "\n\nمع الشكر\nسامي", "ريم عطا"),
    ("en", "Dear colleagues,\n\nFurther to our nomination of last week, please note that Dr. Omar Said Khalil\n"
           "will unfortunately not be able to attend because of a mission abroad.\n\nWe therefore propose in his place "
           "Ms. Jane Roe, Director of Programmes, for roundtable 3.\n\nRegards,\nPaul", "Jane Roe"),
    ("en", "Dear colleagues,\n\nWe had proposed Dr. Salim Harthy, Director, for roundtable 2. Dr. Salim Harthy is "
           "sadly unable to travel; Ms. Noor Saleh, Deputy Director, will speak instead.\n\nRegards,\nPaul", "Noor Saleh"),
])
def test_a_replaced_speaker_is_not_proposed(rules: ExtractRules, language: str, body: str, speaker: str) -> None:
    fields = run(message(body, from_="Sender Name <s@example.org>"), rules, language=language)
    assert [s.name for s in fields.speakers] == [speaker]


def test_near_miss_replacing_an_earlier_list_keeps_everyone_listed(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe would like to replace our earlier list with the following speakers:\n\n"
            "Mr. Adam Kone, Director, Sahel Migrants Network - plenary\n"
            "Ms. Rita Osei, Legal Officer, Sahel Migrants Network - roundtable 2\n\nBest,\nPaul")
    fields = run(message(body, from_="Sender Name <s@example.org>"), rules, language="en")
    assert [s.name for s in fields.speakers] == ["Adam Kone", "Rita Osei"]


# People on plain, unbulleted lines under a sentence that announces them, one "Name, Title, Organisation" (or
# "Name - ...") to a line, a line long with the role it asks for included: one speaker to a line
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Hello,\n\nWe would like to propose two speakers:\n\nSamir Haddad, Policy Officer, Gulf Labour Network\n"
           "Nadia Karam, Senior Researcher, Gulf Labour Network\n\nThanks,\nTom",
     [("Samir Haddad", "Policy Officer"), ("Nadia Karam", "Senior Researcher")]),
    ("fr", "Bonjour,\n\nNous souhaitons proposer les intervenants suivants :\n\n"
           "Awa Diop, Chargée de plaidoyer, Réseau Sahel Migrations\nMoussa Keita - Président, Collectif des Migrants\n"
           "Aminata Sow, Coordinatrice, Réseau Sahel Migrations\n\nCordialement,\nPaul",
     [("Awa Diop", "Chargée de plaidoyer"), ("Moussa Keita", "Président"), ("Aminata Sow", "Coordinatrice")]),
    ("ar", "تحية طيبة،\n\nنرشح المتحدثين التاليين:\n\nسلمى الحسيني، منسقة البرامج، جمعية الأمل\n"
           "خليل عون، أمين السر، جمعية الأمل\n\nمع التحية\nمنى",
     [("سلمى الحسيني", "منسقة البرامج"), ("خليل عون", "أمين السر")]),
    ("en", "Hi there,\n\nWe'd like to request speaking slots for two of our team:\n\n"
           "John Mwangi - Kenya Diaspora Alliance (KDA), Programme Lead - plenary please\n"
           "Dr Grace Achieng, Legal Adviser, same organisation - happy to be rapporteur if that role is still open, "
           "otherwise a roundtable\n\nThanks so much,\nTom",
     [("John Mwangi", "Programme Lead"), ("Grace Achieng", "Legal Adviser")]),
])
def test_one_person_to_a_plain_line_under_an_announcing_sentence(
        rules: ExtractRules, language: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    fields = run(message(body, from_="Sender Name <s@example.org>"), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == expected


def test_each_plain_person_line_asks_for_its_own_role(rules: ExtractRules) -> None:
    body = ("Hi there,\n\nWe'd like to request speaking slots for two of our team:\n\n"
            "John Mwangi - Kenya Diaspora Alliance (KDA), Programme Lead - plenary please\n"
            "Dr Grace Achieng, Legal Adviser, same organisation - happy to be rapporteur\n\nThanks so much,\nTom")
    fields = run(message(body, from_="Sender Name <s@example.org>"), rules, language="en")
    assert [s.roles for s in fields.speakers] == [("plenary",), ("rapporteur",)]


@pytest.mark.parametrize("block", ["Samir Haddad\nPolicy Officer\nGulf Labour Network",
                                   "Samir Haddad, Policy Officer\nGulf Labour Network"])
def test_near_miss_one_person_written_as_a_signature_block_is_one_speaker(rules: ExtractRules, block: str) -> None:
    body = f"Hello,\n\nOur speaker would be:\n\n{block}\n\nThanks,\nTom"
    fields = run(message(body, from_="Sender Name <s@example.org>"), rules, language="en")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Samir Haddad", "Policy Officer", "Gulf Labour Network")]


# ---------------------------------------------------------------------------------------------
# A second speaker's organisation written as a repeat of the first's ("Same as above", "idem", "Même que ci-dessus",
# "نفس الجهة", "كما أعلاه"), in a table row or a labelled block: the first speaker's organisation (phrases.ditto)

_DITTO_INTRO = {"en": "Dear Secretariat,\nWe would like to propose two speakers:",
                "fr": "Bonjour,\nNous souhaitons proposer deux intervenants :",
                "ar": "تحية طيبة،\nنود ترشيح المتحدثين التاليين:"}
_DITTO_HEAD = {"en": ("Name", "Position", "Institution", "Session"), "fr": ("Nom", "Fonction", "Institution", "Session"),
               "ar": ("الاسم", "الصفة", "الجهة", "الجلسة")}


def _table_affiliations(rows: list[tuple[str, ...]], language: str, rules: ExtractRules) -> list[str | None]:
    cells = [_DITTO_HEAD[language], *rows]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    html = f"<html><body><p>{_DITTO_INTRO[language]}</p><table border='1'>{table}</table><p>Regards</p></body></html>"
    plain = _DITTO_INTRO[language] + "\n" + "\n".join(" | ".join(row) for row in cells) + "\nRegards\n"
    return [s.affiliation for s in run(message(plain, html=html), rules, language=language).speakers]


@pytest.mark.parametrize(("rows", "language", "affiliations"), [
    ([("Dr. Salim Al-Harthi", "Associate Professor", "Department of Economics, Qatar University", "Roundtable 2"),
      ("Maryam Al-Kuwari", "Research Assistant", "Same as above", "Plenary")], "en",
     ["Department of Economics, Qatar University"] * 2),
    ([("Ms. Dana Aziz", "Legal Adviser", "Arab Network for Migrants' Rights", "Plenary"),
      ("Mr. Tarek Mansour", "Programme Officer", "ditto", "Roundtable 3")], "en", ["Arab Network for Migrants' Rights"] * 2),
    ([("Pr. Karim Idrissi", "Professeur", "Université Mohammed V", "Table ronde 1"),
      ("Mme Salma Benali", "Doctorante", "Idem", "Plénière")], "fr", ["Université Mohammed V"] * 2),
    ([("M. Youssef Amrani", "Chargé de mission", "Observatoire Régional des Migrations", "Plénière"),
      ("Mme Leïla Chaoui", "Statisticienne", "Même que ci-dessus", "Table ronde 2")], "fr",
     ["Observatoire Régional des Migrations"] * 2),
    ([("د. سالم الحارثي", "أستاذ مشارك", "جامعة السلطان قابوس", "المائدة المستديرة الثانية"),
      ("مريم البلوشي", "مساعدة باحث", "كما أعلاه", "الجلسة العامة")], "ar", ["جامعة السلطان قابوس"] * 2),
])
def test_a_repeat_of_the_organisation_above_is_the_first_speakers(rows: list[tuple[str, ...]], language: str,
                                                                  affiliations: list[str], rules: ExtractRules) -> None:
    assert _table_affiliations(rows, language, rules) == affiliations


def test_a_repeat_in_a_labelled_block_is_the_first_speakers_organisation(rules: ExtractRules) -> None:
    body = ("Dear team,\nWe would like to propose the following speakers:\n\n1. Name: Dr. Hana Saleh\nTitle: Director\n"
            "Organisation: Jordan Institute for Migration Studies\nSession: Roundtable 2\n\n2. Name: Omar Haddad\n"
            "Title: Researcher\nOrganisation: same as above\nSession: Plenary\n\nBest\n")
    assert [s.affiliation for s in run(message(body), rules).speakers] == ["Jordan Institute for Migration Studies"] * 2


def test_near_miss_an_organisation_whose_name_opens_with_same_is_its_own(rules: ExtractRules) -> None:
    rows = [("Dr. Salim Al-Harthi", "Associate Professor", "Qatar University", "Roundtable 2"),
            ("Maryam Al-Kuwari", "Research Assistant", "Same Sky Collective", "Plenary")]
    assert _table_affiliations(rows, "en", rules) == ["Qatar University", "Same Sky Collective"]


# Items numbered with a slash ("1/ X, ...", "2/ Y, ..."), as with a period or a bracket; a date ("23/02") opens none
@pytest.mark.parametrize(("language", "body", "names"), [
    ("fr", "Bonjour,\n\nL'association Entraide Migrants propose 2 intervenants :\n\n1/ Aminata Sall, coordinatrice des "
           "programmes -> pour la discussion ouverte\n\n2/ Ahmed Salem Ould Cheikh, président de l'association -> table "
           "ronde 2 svp\n\nCordialement", ["Aminata Sall", "Ahmed Salem Ould Cheikh"]),
    ("en", "Dear colleagues,\n\nWe propose two speakers:\n1/ Ms. Grace Achieng, Programme Officer, for the open "
           "discussion\n2/ Dr. John Okello, Executive Director, for roundtable 3\n\nBest regards",
     ["Grace Achieng", "John Okello"]),
    ("ar", "تحية طيبة،\n\nنقترح المتحدثين التاليين:\n1/ السيدة مريم علي، منسقة البرامج، للنقاش المفتوح\n2/ الدكتور أحمد "
           "سالم، رئيس الجمعية، للمائدة المستديرة الثانية\n\nمع التقدير", ["مريم علي", "أحمد سالم"]),
])
def test_items_numbered_with_a_slash_are_one_speaker_each(rules: ExtractRules, language: str, body: str,
                                                          names: list[str]) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.name for s in speakers] == names
    assert {r for s in speakers for r in s.roles} == {"open_discussion", "roundtable"}


def test_near_miss_a_date_opening_a_line_is_no_item_mark() -> None:
    assert is_item("1/ Aminata Sall, coordinatrice") and is_item("12/ Dr. John Okello")
    assert not is_item("23/02 : consultation multipartite") and not is_item("5/2/2021 Ms. Grace Achieng")


# A list item that gives only a name, a spaced dash and the role asked for ("٣- ندى X - مداخلة في المائدة المستديرة ١",
# "2. Nada X - intervention in roundtable 1") names its person, as an item with a post after the dash does
@pytest.mark.parametrize(("language", "body", "names"), [
    ("ar", "عايزين نرشح:\n١- سارة آدم موسى - مسؤولة الشباب - مداخلة في المائدة المستديرة رقم ١\n٢- ندى محمود - مداخلة في "
           "المائدة المستديرة رقم ١ برضه\n\nشكرا", ["سارة آدم موسى", "ندى محمود"]),
    ("en", "We would like to nominate:\n1. Sara Adam Musa - Youth Officer - intervention in roundtable 1\n2. Nada Tayeb "
           "- intervention in roundtable 2\n\nThanks", ["Sara Adam Musa", "Nada Tayeb"]),
    ("fr", "Nous souhaitons proposer :\n1. Awa Diallo - chargée de la jeunesse - table ronde 1\n2. Jean Kaboré - "
           "intervention à la table ronde 1\n\nMerci", ["Awa Diallo", "Jean Kaboré"]),
    ("ar", "نقترح:\n- كريم العلوي – المائدة المستديرة الثالثة\n- هدى سالم – النقاش المفتوح\n\nمع التحية",
     ["كريم العلوي", "هدى سالم"]),
])
def test_a_name_then_a_dash_and_its_role_is_a_speaker(rules: ExtractRules, language: str, body: str,
                                                      names: list[str]) -> None:
    assert [s.name for s in run(message(body), rules, language=language).speakers] == names


def test_near_miss_a_topic_then_a_dash_and_a_session_is_no_speaker(rules: ExtractRules) -> None:
    body = "نرشح:\n١- سارة آدم موسى - مسؤولة الشباب - مداخلة في المائدة المستديرة رقم ١\n٢- الهجرة الدائرية - " \
           "مداخلة في المائدة المستديرة رقم ٢\n\nشكرا"
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["سارة آدم موسى"]


# ---------------------------------------------------------------------------------------------
# A list item that opens with the post, then the honorific and the name ("1. Deputy Mayor Dr. X - for ..."): the
# post is the person's title, as after a proposing verb

@pytest.mark.parametrize(("language", "body", "people"), [
    ("en", "Dear team,\n\nWe would like to propose two speakers:\n\n1. Deputy Mayor Dr. Lina Haddad - for the open "
           "discussion.\n2. Mr. Omar Zoubi - for roundtable 1.\n\nRegards,\nHaneen",
     [("Lina Haddad", "Deputy Mayor"), ("Omar Zoubi", None)]),
    ("en", "Dear colleagues,\n\nOur nominees:\n\n- Programme Manager Ms. Joy Achieng – roundtable 3\n- Mr. Peter Ouma – "
           "plenary\n\nBest,\nTom", [("Joy Achieng", "Programme Manager"), ("Peter Ouma", None)]),
    ("fr", "Bonjour,\n\nNous proposons :\n\n- Directrice Exécutive Mme Salma Idrissi - pour la table ronde 2.\n- M. Karim "
           "Alaoui - pour la plénière.\n\nCordialement,\nNadia", [("Salma Idrissi", "Directrice Exécutive"), ("Karim Alaoui", None)]),
])
def test_a_post_opening_a_list_item_before_the_honorific_is_the_title(language: str, body: str, people: list,
                                                                      rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title) for s in sp] == people


def test_near_miss_words_before_the_honorific_that_are_no_post_give_no_title(rules: ExtractRules) -> None:
    body = "Dear team,\n\nWe propose the following speakers:\n\n1. Thank you Dr. Joy Achieng – roundtable 3\n\nBest,\nTom"
    sp = run(message(body, from_="Sender <sender@example.org>"), rules).speakers
    assert [(s.name, s.title) for s in sp] == [("Joy Achieng", None)]


# A list item that states the role first, then a bare name (no honorific) and its title after a comma: "Roundtable 3 -
# Basel Qudah, Desk Coordinator", "Plénière : Awa Diallo, chargée de la jeunesse"; each item is its own speaker
@pytest.mark.parametrize(("language", "body", "expected"), [
    ("en", "Our delegation, one person per role, as follows:\n\n* Open discussion (23 Feb) - Omar Haddad, Secretary for "
           "External Relations\n* Roundtable 3 - Lina Odeh, Migrant Desk Coordinator\n\nRegards,\nSami Nasser",
     [("Omar Haddad", "Secretary for External Relations", ("open_discussion",)),
      ("Lina Odeh", "Migrant Desk Coordinator", ("roundtable",))]),
    ("en", "We propose the following speakers:\n- Plenary: Grace Mwangi, Executive Director\n- Roundtable 2: Peter Otieno, "
           "Policy Adviser\n\nBest,\nJohn Kamau",
     [("Grace Mwangi", "Executive Director", ("plenary",)), ("Peter Otieno", "Policy Adviser", ("roundtable",))]),
    ("fr", "Nous proposons les intervenants suivants :\n- Table ronde 1 – Awa Diallo, chargée de la jeunesse\n- Plénière – "
           "Jean Kaboré, président\n\nCordialement,\nMoussa Traoré",
     [("Awa Diallo", "chargée de la jeunesse", ("roundtable",)), ("Jean Kaboré", "président", ("plenary",))]),
])
def test_a_role_then_a_bare_name_and_its_title_is_a_speaker(rules: ExtractRules, language: str, body: str,
                                                             expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    speakers = run(message(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == expected


def test_near_miss_a_role_then_a_topic_after_a_dash_names_no_one(rules: ExtractRules) -> None:
    body = ("We propose the following speakers:\n- Roundtable 3 - Labour Migration, Gulf States\n- Plenary - Ms. Grace "
            "Mwangi, Executive Director\n\nBest,\nJohn Kamau")
    assert [s.name for s in run(message(body), rules).speakers] == ["Grace Mwangi"]


# The sender proposing themself as a second speaker after the person they name ("Et moi-même ... comme rapporteuse",
# "and I would take the rapporteur role myself", "وأنا شخصياً كمقررة"): the sender is a speaker too, as rapporteur
_SIGNED_BY_NADIA = "\n\nBest regards,\nNadia Saleh\nProgramme Officer\nAl Amal Association\n"


@pytest.mark.parametrize(("body", "language", "other"), [
    ("Bonjour,\nLe Collectif aimerait proposer deux intervenantes :\n- Mme Hiwot Bekele, porte-parole du groupe. Elle "
     "souhaite intervenir dans la table ronde 2.\n- Et moi-même, si c'est possible, comme rapporteuse pour les messages "
     "clés.", "fr", "Hiwot Bekele"),
    ("Dear team,\nWe would like to propose Ms. Grace Otieno, our community organiser, for roundtable 1, and I would "
     "take the rapporteur role myself.", "en", "Grace Otieno"),
    ("تحية طيبة،\nنرشح السيدة ليلى عمر، منسقة المشاريع، للمشاركة في الجلسة العامة، وأنا شخصياً كمقررة للرسائل الرئيسية.",
     "ar", "ليلى عمر"),
])
def test_the_sender_adding_themself_as_rapporteur(body: str, language: str, other: str, rules: ExtractRules) -> None:
    speakers = run(message(body + _SIGNED_BY_NADIA, from_="Nadia Saleh <nadia@amal.example.org>"), rules,
                   language=language).speakers
    assert {s.name for s in speakers} == {"Nadia Saleh", other}
    assert next(s for s in speakers if s.name == "Nadia Saleh").roles == ("rapporteur",)


def test_the_words_for_oneself_are_the_operators(rules: ExtractRules) -> None:
    """Without "myself" among `words.oneself`, the clause no longer adds the sender: the list is data, not code."""
    body = ("Dear team,\nWe would like to propose Ms. Grace Otieno, our community organiser, for roundtable 1, and I would "
            "take the rapporteur role myself." + _SIGNED_BY_NADIA)
    mail = message(body, from_="Nadia Saleh <nadia@amal.example.org>")
    without = replace(rules, oneself=tuple(w for w in rules.oneself if w != "myself"))
    assert "Nadia Saleh" in {s.name for s in run(mail, rules).speakers}
    assert "Nadia Saleh" not in {s.name for s in run(mail, without).speakers}


def test_near_miss_the_sender_attending_themself_is_no_speaker(rules: ExtractRules) -> None:
    body = "Dear team,\nWe would like to propose Ms. Grace Otieno, our community organiser, for roundtable 1. I will " \
        "attend myself as an observer."
    speakers = run(message(body + _SIGNED_BY_NADIA, from_="Nadia Saleh <nadia@amal.example.org>"), rules).speakers
    assert [s.name for s in speakers] == ["Grace Otieno"]


# ---------------------------------------------------------------------------------------------
# Each list item giving its speaker's own organisation before a colon ("1) Association X (Liège) : M. Y, président,
# ..."), sent by a coordinator of another body: the item's organisation, not the sender's signature
_SIGNED_BY_COORDINATOR = "\n\nBest regards,\nHafida Tazi\nCoordinator\nDiaspora Platform for Development (DPD)\n"


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\nJe vous transmets ci-dessous les demandes de deux de nos associations membres :\n\n"
     "1) Association Horizons Partagés (Namur) : M. HADDAD Samir, président, souhaite intervenir dans la table ronde 3.\n\n"
     "2) Collectif des Sénégalais de Lyon (CSL) : Mme Awa Ndiaye, trésorière, souhaiterait intervenir en plénière.\n",
     "fr", [("Samir Haddad", "Association Horizons Partagés"), ("Awa Ndiaye", "Collectif des Sénégalais de Lyon (CSL)")]),
    ("Dear team,\nPlease find below the requests of two of our member organisations:\n\n"
     "1. Coastal Fishers Union: Mr. Tomas Ferreira, chair, would like to speak in roundtable 2.\n"
     "2. Migrant Mothers Network (MMN): Ms. Grace Achieng, coordinator, would like to take the floor in the plenary.\n",
     "en", [("Tomas Ferreira", "Coastal Fishers Union"), ("Grace Achieng", "Migrant Mothers Network (MMN)")]),
    ("Dear team,\nWe forward the following nominations:\n"
     "- Union of Domestic Workers (UDW): Ms. Amina Yusuf, President, for the plenary\n"
     "- Returnees Youth Forum: Mr. Karim Saleh, Secretary, for roundtable 1\n",
     "en", [("Amina Yusuf", "Union of Domestic Workers (UDW)"), ("Karim Saleh", "Returnees Youth Forum")]),
    ("تحية طيبة،\nنرسل إليكم أدناه طلبات اثنتين من جمعياتنا الأعضاء:\n\n1) جمعية الأمل للتنمية: السيد سامر حداد، رئيس "
     "الجمعية، يرغب في المشاركة في الطاولة المستديرة 2.\n2) رابطة العمال المهاجرين: السيدة ليلى عمر، أمينة السر، ترغب "
     "في المداخلة في الجلسة العامة.\n",
     "ar", [("سامر حداد", "جمعية الأمل للتنمية"), ("ليلى عمر", "رابطة العمال المهاجرين")]),
])
def test_each_listed_speaker_keeps_the_organisation_before_the_colon(body: str, language: str,
                                                                    expected: list[tuple[str, str]],
                                                                    rules: ExtractRules) -> None:
    speakers = run(message(body + _SIGNED_BY_COORDINATOR, from_="Hafida Tazi <h.tazi@dpd.example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.affiliation) for s in speakers] == expected


def test_near_miss_a_role_before_the_colon_is_no_organisation(rules: ExtractRules) -> None:
    """"Plénière : M. Y, président": the role asked for, not a body; the speaker stays the proposer's."""
    body = ("Bonjour,\nNous proposons les intervenants suivants :\n\n1) Plénière : M. Samir Haddad, président, "
            "souhaite intervenir.\n2) Table ronde 3 : Mme Awa Ndiaye, trésorière.\n")
    speakers = run(message(body + _SIGNED_BY_COORDINATOR, from_="Hafida Tazi <h.tazi@dpd.example.org>"), rules,
                   language="fr").speakers
    assert {s.affiliation for s in speakers} == {"Diaspora Platform for Development (DPD)"}


# ---------------------------------------------------------------------------------------------
# Roles given speaker by speaker in a sentence after the list, a speaker named there by an honorific and a surname
# of several words ("M. Ben Youssef en séance plénière", "Mr. Abu Zaid in the plenary"): each takes only its own.

@pytest.mark.parametrize(("language", "body", "expected"), [
    ("fr", "Bonjour,\n\nNotre réseau souhaite proposer deux intervenants :\n\n1. Mme Leila Haddad, chargée de plaidoyer, "
           "Association Terre Vive\n2. M. Karim Ben Salah, président, Union des pêcheurs de Zarzis\n\nNous souhaiterions "
           "que Mme Haddad intervienne dans la table ronde n°2 et M. Ben Salah en séance plénière.\n\nCordialement\n",
     [("Leila Haddad", ("roundtable",)), ("Karim Ben Salah", ("plenary",))]),
    ("en", "Dear team,\n\nOur network would like to propose two speakers:\n\n1. Ms. Rima Khalil, advocacy officer, "
           "Coastal Women Union\n2. Mr. Omar Abu Zaid, chair, Fishers Cooperative of Aqaba\n\nWe would like Ms. Khalil to "
           "speak in roundtable 2 and Mr. Abu Zaid in the plenary.\n\nBest regards\n",
     [("Rima Khalil", ("roundtable",)), ("Omar Abu Zaid", ("plenary",))]),
    ("ar", "تحية طيبة،\n\nنود ترشيح متحدثين اثنين:\n\n1. السيدة ليلى حداد، منسقة البرامج، جمعية الأمل للتنمية\n"
           "2. السيد كريم أبو زيد، رئيس، تعاونية صيادي العقبة\n\nنرجو أن تشارك السيدة حداد في المائدة المستديرة الثانية "
           "والسيد أبو زيد في الجلسة العامة.\n\nمع التقدير\n",
     [("ليلى حداد", ("roundtable",)), ("كريم أبو زيد", ("plenary",))]),
])
def test_a_speaker_named_again_by_a_surname_of_several_words_keeps_only_their_role(
        rules: ExtractRules, language: str, body: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.roles) for s in speakers] == expected


def test_near_miss_a_role_said_of_both_stays_with_both(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose two speakers:\n\n1. Ms. Rima Khalil, advocacy officer, Coastal Women Union\n"
            "2. Mr. Omar Abu Zaid, chair, Fishers Cooperative of Aqaba\n\nBoth of them would like to speak in roundtable 2."
            "\n\nBest regards\n")
    speakers = run(message(body), rules, language="en").speakers
    assert [(s.name, s.roles) for s in speakers] == [("Rima Khalil", ("roundtable",)), ("Omar Abu Zaid", ("roundtable",))]


# ---------------------------------------------------------------------------------------------
# The sender asking for themself with a word between "I would" and "like" ("I would also like to speak myself"),
# besides the colleague they propose

@pytest.mark.parametrize("own", [
    "I would also like to speak myself in the open discussion.",
    "I'd personally like to take part in the open discussion too.",
    "I also wish to speak in the open discussion.",
])
def test_the_sender_also_asking_besides_a_colleague(own: str, rules: ExtractRules) -> None:
    body = (f"Dear team,\n\nOur treasurer, Mr. Fadi Aoun, would like to speak in the plenary.\n\n{own}\n\n"
            "Best,\nRania Khoury\nProgramme Officer\nBekaa Workers Solidarity")
    fields = run(message(body, from_="Rania Khoury <rania@example.org>"), rules)
    assert sorted((s.name, s.roles) for s in fields.speakers) == [("Fadi Aoun", ("plenary",)),
                                                                  ("Rania Khoury", ("open_discussion",))]


def test_near_miss_the_sender_also_thanking_is_no_speaker(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nOur treasurer, Mr. Fadi Aoun, would like to speak in the plenary.\n\n"
            "I would also like to thank you for your patience.\n\nBest,\nRania Khoury\nProgramme Officer\nBekaa Workers Solidarity")
    fields = run(message(body, from_="Rania Khoury <rania@example.org>"), rules)
    assert [(s.name, s.roles) for s in fields.speakers] == [("Fadi Aoun", ("plenary",))]
