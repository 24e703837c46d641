"""Families of the blind set 199 (helper H6): a lawyer writing for a client, an individual migrant, who is the one
to speak ("I act for Ms X under a letter of authority", "agissant pour le compte de ma cliente Mme X", "بصفتي وكيلاً
عن موكلي السيد X بموجب الوكالة"): the client is the speaker, without the deed glued to the name or the firm as their
organisation; the lawyer who only introduces themself is none, the one who asks for themself too stays."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "client"), [
    ("Dear Sir/Madam,\n\nI act for Ms. Amina Kone under a signed letter of authority dated 3 March 2021. Ms. Kone is a "
     "former migrant domestic worker whose claim is pending. With her consent, I am writing to ask whether she could "
     "speak in the open discussion.\n\nYours faithfully,\n\nPeter Lowe\nSolicitor\nLowe & Co Solicitors\n",
     "en", "Amina Kone"),
    ("Madame, Monsieur,\n\nJe soussignée, Maître Claire Dubois, avocate, agissant pour le compte de ma cliente Mme Fatou "
     "Diallo en vertu d'un mandat signé le 4 mars 2021, sollicite sa participation à la discussion ouverte.\n\n"
     "Veuillez agréer mes salutations distinguées,\n\nClaire Dubois\nAvocate\nCabinet Dubois\n", "fr", "Fatou Diallo"),
    ("السادة المحترمين،\n\nأنا الموقع أدناه المحامي سامي خوري، بصفتي وكيلاً قانونياً عن موكلي السيد أحمد يوسف بموجب "
     "الوكالة العامة المنظمة لدى الكاتب العدل بتاريخ ٣/٥/٢٠٢٠، أتقدم بطلب مشاركته في النقاش المفتوح.\n\n"
     "وتفضلوا بقبول الاحترام،\n\nالمحامي سامي خوري\nمكتب خوري للمحاماة\n", "ar", "أحمد يوسف"),
])
def test_the_client_a_lawyer_writes_for_is_the_speaker(body: str, language: str, client: str,
                                                       rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Law Office <office@law.example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation, s.roles) for s in speakers] == [(client, None, None, ("open_discussion",))]


# The lawyer who asks a slot for themself as well stays, with their own firm; the client has none
def test_the_lawyer_asking_for_themself_too_stays(rules: ExtractRules) -> None:
    body = ("Dear Sir/Madam,\n\nI act for Mr. Daniel Osei under a power of attorney dated 2 May 2020. Mr. Osei is a "
            "migrant worker whose case is before the court. With his consent, I ask whether he could speak in the open "
            "discussion.\n\nI would also like to request a slot in Roundtable 2 for myself:\n\nPeter Lowe\nSenior Partner\n"
            "Lowe & Co Solicitors\n\nYours faithfully,\nPeter Lowe\n")
    speakers = run(message(body, from_="Peter Lowe <p.lowe@law.example.org>"), rules).speakers
    assert sorted((s.name, s.title, s.affiliation, s.roles, s.roundtable) for s in speakers) == [
        ("Daniel Osei", None, None, ("open_discussion",), None),
        ("Peter Lowe", "Senior Partner", "Lowe & Co Solicitors", ("roundtable",), 2)]


# Near miss: a colleague the sender proposes, with no cue of a client, still belongs to the signature's organisation
def test_near_miss_a_colleague_keeps_the_senders_organisation(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe would like to nominate Ms. Amina Kone for the open discussion.\n\nBest regards,\n\n"
            "Peter Lowe\nDirector\nMigrant Workers Legal Centre\n")
    speakers = run(message(body, from_="Peter Lowe <p.lowe@law.example.org>"), rules).speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("Amina Kone", "Migrant Workers Legal Centre")]
