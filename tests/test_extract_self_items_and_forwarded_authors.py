"""Families of the blind sets (session 29, K2): a list item that asks for a role and gives only a word standing for
the sender after its colon ("- the open discussion: myself (details below)"), and the author of a forwarded request
whom the sender names in another spelling ("Mohammed" for "Muhamad"), and a message written "de la part du Pr X,
post", X named again by honorific and family name. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# The role first, then "myself" / "moi-même" / "أنا شخصياً" after the colon, with or without where the details are:
# the sender, read from the signature, comes first; the colleague of the next item after
@pytest.mark.parametrize(("body", "language", "sender"), [
    ("Dear colleagues,\n\nWe would be grateful to be considered for:\n\n- the open discussion on 23 February: myself "
     "(details below);\n- roundtable 1: Mr. Peter Obi, Programme Officer at our Lagos office.\n\nRegards,\n\n"
     "Jane Holloway\nDirector\nHarbour Aid Network (HAN)\n", "en", "Jane Holloway"),
    ("Bonjour,\n\nNous souhaiterions être retenus pour :\n\n- la discussion ouverte du 23 février : moi-même "
     "(coordonnées ci-dessous) ;\n- la table ronde 1 : M. Paul Mbaye, chargé de programme.\n\nCordialement,\n\n"
     "Awa Diop\nDirectrice exécutive\nRéseau Sahel Migrations (RSM)\n", "fr", "Awa Diop"),
    ("السلام عليكم،\n\nنرجو النظر في مشاركتنا في:\n\n- النقاش المفتوح يوم ٢٣ فبراير: أنا شخصياً (البيانات أدناه)؛\n"
     "- المائدة المستديرة ١: السيد كريم حداد، مسؤول البرامج.\n\nمع الشكر،\n\nليلى منصور\nالمديرة التنفيذية\n"
     "شبكة المشرق للهجرة\n", "ar", "ليلى منصور"),
])
def test_a_role_item_that_gives_myself(body: str, language: str, sender: str, rules: ExtractRules) -> None:
    first, second = run(message(body), rules, language=language).speakers
    assert (first.name, first.roles) == (sender, ("open_discussion",))
    assert (second.roles, second.roundtable) == (("roundtable",), 1)


# Near miss: the same item naming someone after the colon is that person, not the sender
def test_near_miss_a_role_item_that_names_a_colleague(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe would be grateful to be considered for:\n\n- the open discussion: Ms. Ruth Njeri, "
            "Policy Officer;\n- roundtable 1: Mr. Peter Obi, Programme Officer.\n\nRegards,\n\nJane Holloway\nDirector\n"
            "Harbour Aid Network (HAN)\n")
    names = [s.name for s in run(message(body), rules).speakers]
    assert names == ["Ruth Njeri", "Peter Obi"]


def _forward(note: str, author: str, request: str, signature: str) -> str:
    """A note over a request forwarded inline, its author's From line and signature below."""
    return (f"{note}\n\n---------- Forwarded message ---------\nFrom: {author}\nDate: Thu, 4 Feb 2021 at 11:40\n"
            f"Subject: conference\nTo: Office <office@example.org>\n\n\n{request}\n\n{signature}\n")


# The sender names the author of the request they forward, spelling the name another way ("Mr. Mohammed Yousuf" over
# a request signed "Muhamad Yousuf Khan"): the author is the speaker, named as they sign
@pytest.mark.parametrize(("body", "language", "name"), [
    (_forward("Dear Team,\n\nPlease see below the request of our President, Mr. Mohammed Yousuf, who cannot write from "
              "his own account. He would like to speak in the plenary.\n\nRegards,\nAnne Clark\nOffice Assistant, HWA",
              "Muhamad Yousuf <m.yousuf@example.org>", "Anne pls send this on. I want to speak in plenary. Details below.",
              "Muhamad Yousuf Khan\nPresident\nHousehold Workers Alliance (HWA)"), "en", "Muhamad Yousuf Khan"),
    (_forward("Bonjour,\n\nVeuillez trouver ci-dessous la demande de notre présidente, Mme Fatoumata Diallo, qui ne peut "
              "pas écrire depuis sa messagerie. Elle souhaite intervenir en plénière.\n\nCordialement,\nMarie Sow\n"
              "Assistante, RFM", "Fatimata Diallo <f.diallo@example.org>",
              "Marie, merci de transmettre. Je souhaite intervenir en plénière. Mes coordonnées ci-dessous.",
              "Fatimata Diallo Barry\nPrésidente\nRéseau des Femmes Migrantes (RFM)"), "fr", "Fatimata Diallo Barry"),
])
def test_a_forwarded_author_spelt_another_way(body: str, language: str, name: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.roles) == (name, ("plenary",))


# Near miss: a colleague whose given name has other consonants ("Ahmed Yusuf", not "Muhamad Yousuf") is someone else
def test_near_miss_another_person_named_over_the_forward(rules: ExtractRules) -> None:
    body = _forward("Dear Team,\n\nPlease see below the request of our President. Our treasurer, Mr. Ahmed Yusuf, would "
                    "like to speak in the plenary.\n\nRegards,\nAnne Clark\nOffice Assistant, HWA",
                    "Muhamad Yousuf <m.yousuf@example.org>", "Anne pls send this on. I want to speak in plenary.",
                    "Muhamad Yousuf Khan\nPresident\nHousehold Workers Alliance (HWA)")
    speaker, = run(message(body), rules).speakers
    assert speaker.name == "Ahmed Yusuf"


# Written on behalf of the speaker, introduced in full with their post after an honorific ("de la part du Pr X,
# Médecin-chef ...", "de la part de Mme X", as "on behalf of Dr. X, Head of ..." is read), then named again by honorific
# and family name: the full name and the post, not the family name alone
@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonjour,\n\nJe vous écris de la part du Dr Karim Ben Salah, Chef du service des urgences à l'Hôpital Solidarité "
     "(HS), actuellement en garde.\n\nLe Dr Ben Salah souhaiterait intervenir à la table ronde 2.\n\nCordialement,\n\n"
     "Paul Martin\nAssistant\nHôpital Solidarité (HS)\n", "fr", "Karim Ben Salah", "Chef du service des urgences"),
    ("Bonjour,\n\nJe vous écris de la part de Mme Aminata Ould Cheikh, Directrice du programme de protection à "
     "l'Association Sahel Accueil (ASA), en mission cette semaine.\n\nMme Ould Cheikh souhaiterait intervenir à la table "
     "ronde 2.\n\nCordialement,\n\nPaul Martin\nAssistant\nAssociation Sahel Accueil (ASA)\n", "fr", "Aminata Ould Cheikh",
     "Directrice du programme de protection"),
    ("Dear colleagues,\n\nI am writing on behalf of Dr. Rami Abu Zeid, Head of the Legal Aid Unit at the Migrant Rights "
     "Centre (MRC), who is travelling this week.\n\nDr. Abu Zeid would like to speak in roundtable 2.\n\nBest regards,"
     "\n\nLina Saad\nExecutive Assistant\nMigrant Rights Centre (MRC)\n", "en", "Rami Abu Zeid",
     "Head of the Legal Aid Unit"),
])
def test_written_on_behalf_of_the_speaker(body: str, language: str, name: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == (name, title, 2)


# Near misses: "de la part de" that says where something came from ("l'invitation reçue de la part de M. X") proposes
# no one, and one written for a body ("de la part du Ciné-Club X", no article to mark it) names no person
@pytest.mark.parametrize("opening", [
    "Suite à l'invitation reçue de la part de M. Paul Girard, du Secrétariat, nous souhaitons",
    "Je vous écris de la part du Ciné-Club de Tyr (Liban Sud). Nous souhaitons",
])
def test_near_miss_from_someone_or_for_a_body(opening: str, rules: ExtractRules) -> None:
    body = (f"Madame, Monsieur,\n\n{opening} proposer notre présidente, Mme Awa Diop, pour la table ronde 2.\n\n"
            "Cordialement,\n\nJean Kaba\nCoordinateur\nCiné-Club de Tyr\n")
    assert [s.name for s in run(message(body), rules, language="fr").speakers] == ["Awa Diop"]
