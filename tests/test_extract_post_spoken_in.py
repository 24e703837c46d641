"""Family of the blind sets (session 31, K3): of two posts at two bodies, the one the sender says they would speak in
("I will be speaking as Vice-Chair of X, not for my law firm", "j'interviendrais en tant que trésorière de Y")
replaces the signature's first one; the signature's values stay when the body is the one signed."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear colleagues,\n\nI would like to take the floor in the plenary. I will be speaking as Vice-Chair of the Gulf "
     "Domestic Workers Network (GDWN), not for my law firm.\n\nBest,\nHana Saleh\nPartner, Saleh & Co. Law Firm\n"
     "Vice-Chair, Gulf Domestic Workers Network (GDWN)\n", "en", "Vice-Chair", "Gulf Domestic Workers Network (GDWN)"),
    ("Bonjour,\n\nBien que j'enseigne à l'université, j'interviendrais en tant que trésorière de l'Association "
     "Solidarité Migrants Oujda (ASMO), et non au nom de l'université. Je souhaite prendre la parole en table ronde 2."
     "\n\nCordialement,\nSalma Idrissi\nMaîtresse de conférences, Faculté des lettres\nUniversité Mohammed Premier\n"
     "Trésorière, Association Solidarité Migrants Oujda (ASMO)\n", "fr", "trésorière",
     "Association Solidarité Migrants Oujda (ASMO)"),
    ("السادة الكرام،\n\nأود أخذ الكلمة في الجلسة العامة. ورغم أنني أدرّس في الجامعة، سأتحدث بصفتي عضو مجلس إدارة جمعية "
     "الأمل للعمال المهاجرين، وليس باسم الجامعة.\n\nمع التحية،\nهناء صالح\nأستاذة مساعدة، جامعة الخرطوم\nعضو مجلس "
     "إدارة، جمعية الأمل للعمال المهاجرين\n", "ar", "عضو مجلس إدارة", "جمعية الأمل للعمال المهاجرين"),
    # near misses: the capacity at the body signed keeps the signature's values; a post said without speaking in it
    # leaves the signature's
    ("Dear colleagues,\n\nI would like to take the floor in the plenary and will be speaking as Programme Officer of the "
     "Gulf Domestic Workers Network.\n\nBest,\nHana Saleh\nProgramme Officer\nGulf Domestic Workers Network (GDWN)\n",
     "en", "Programme Officer", "Gulf Domestic Workers Network (GDWN)"),
    ("السادة الكرام،\n\nأود أخذ الكلمة في الجلسة العامة، وسأتحدث بصفتي منسقة البرامج في جمعية الأمل للعمال المهاجرين."
     "\n\nمع التحية،\nهناء صالح\nمنسقة البرامج\nجمعية الأمل للعمال المهاجرين (جامع)\n", "ar", "منسقة البرامج",
     "جمعية الأمل للعمال المهاجرين (جامع)"),
    ("Dear colleagues,\n\nI would like to take the floor in the plenary. I am also treasurer of the Sahel Youth Forum."
     "\n\nBest,\nHana Saleh\nLecturer, University of Khartoum\n", "en", "Lecturer", "University of Khartoum"),
])
def test_the_post_the_sender_says_they_speak_in(body: str, language: str, title: str, affiliation: str,
                                                rules: ExtractRules) -> None:
    (speaker,) = run(message(body, from_="Hana Saleh <hs@example.org>"), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation) == (title, affiliation)
