"""Families of the blind sets (session 29, L2): a kunya, "father/mother of" and a child's name ("Abu Ali", "Oum Tarek",
"أم أحمد"), written beside the registered name, in brackets after it in prose or after a dash or comma on a signature's
name line: it is neither the name, nor a title, nor an organisation. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# In prose, the kunya in brackets right after the name, with the post before the name or after it
@pytest.mark.parametrize(("body", "language", "name", "title", "affiliation"), [
    ("Dear colleagues,\n\nThe Sudanese Diaspora Solidarity Union would like to take part in the open discussion. Our "
     "treasurer, Ibrahim Osman Haj (Abu Sami), who runs the union's legal clinic, will speak for us.\n\nBest wishes,\n"
     "Nour Adam\nSecretary, Sudanese Diaspora Solidarity Union (SDSU)\n", "en", "Ibrahim Osman Haj", "treasurer",
     "Sudanese Diaspora Solidarity Union (SDSU)"),
    ("Bonjour,\n\nL'Union de solidarité des Sahraouis de Tindouf (USST) souhaite intervenir en plénière. Notre "
     "trésorière, Mme Leila Brahim (Oum Salma), y prendra la parole.\n\nCordialement,\nAhmed Salem\n"
     "Secrétaire, USST\n", "fr", "Leila Brahim", "trésorière", "Union de solidarité des Sahraouis de Tindouf (USST)"),
    ("تحية طيبة،\n\nنرجو مشاركة عضوين من رابطة المهجرين في المؤتمر:\n\n- الأستاذ سليم فارس النجار (أبو وسيم)، أمين "
     "السر: مداخلة في الجلسة العامة.\n\nمع الشكر،\nهالة يوسف\nرابطة المهجرين للتنمية\n", "ar", "سليم فارس النجار",
     "أمين السر", None),
])
def test_a_kunya_in_brackets_after_the_name(body: str, language: str, name: str, title: str, affiliation: str | None,
                                            rules: ExtractRules) -> None:
    speaker = run(message(body), rules, language=language).speakers[0]
    assert (speaker.name, speaker.title) == (name, title)
    assert not any(w in (speaker.affiliation or "").lower() for w in ("abu", "oum", "أبو"))
    if affiliation is not None:
        assert speaker.affiliation == affiliation


# Near miss: a family name that opens with "Abu" stays the name, and a city in brackets that opens like a kunya
# ("(Abu Dhabi)") is not taken for one
@pytest.mark.parametrize(("phrase", "name", "title"), [
    ("Mr. Karim Abu Hamdeh, Programme Officer,", "Karim Abu Hamdeh", "Programme Officer"),
    ("our Programme Officer, Mr. Karim Haddad (Abu Dhabi Foundation),", "Karim Haddad", "Programme Officer"),
])
def test_near_miss_a_place_or_a_family_name_that_opens_like_a_kunya(phrase: str, name: str, title: str,
                                                                     rules: ExtractRules) -> None:
    body = (f"Dear colleagues,\n\nWe would like {phrase} to speak in the open discussion.\n\nRegards,\nSara Lim\n"
            "Gulf Workers Network\n")
    speaker = run(message(body), rules).speakers[0]
    assert (speaker.name, speaker.title) == (name, title)


# On the signature's name line, the kunya after a dash or a comma: the name alone, the title below kept
@pytest.mark.parametrize(("signature", "language", "name", "title"), [
    ("ليلى المصري - أم سامر\nمنسقة لجنة الأمهات\nلجنة الأمهات في مخيم البقعة", "ar", "ليلى المصري", "منسقة لجنة الأمهات"),
    ("Samir Haddad, Abu Georges\nCoordinator\nBekaa Refugee Committee", "en", "Samir Haddad", "Coordinator"),
    ("Nadia Karam – Oum Rami\nCoordinatrice\nComité des familles de Chatila", "fr", "Nadia Karam", "Coordinatrice"),
])
def test_a_kunya_after_the_name_on_the_signature(signature: str, language: str, name: str, title: str,
                                                 rules: ExtractRules) -> None:
    opening = {"ar": "مرحبا،\n\nبدي احكي بالنقاش المفتوح.\n\nشكرا\n\n",
               "en": "Hello,\n\nI would like to speak in the open discussion.\n\nThanks\n\n",
               "fr": "Bonjour,\n\nJe souhaite intervenir dans la discussion ouverte.\n\nMerci\n\n"}[language]
    speaker = run(message(opening + signature + "\n"), rules, language=language).speakers[0]
    assert (speaker.name, speaker.title) == (name, title)


# Near miss: a longer name after the dash that opens like a kunya ("Abu Zeid Foundation") is the body, and a family
# name that opens with "Abu" stays the name
@pytest.mark.parametrize(("signature", "name", "affiliation"), [
    ("Omar Abu Zeid\nCoordinator\nGulf Migrant Forum", "Omar Abu Zeid", "Gulf Migrant Forum"),
    ("Omar Haddad - Abu Zeid Foundation\nCoordinator", "Omar Haddad", "Abu Zeid Foundation"),
])
def test_near_miss_no_kunya_on_the_name_line(signature: str, name: str, affiliation: str, rules: ExtractRules) -> None:
    body = "Hello,\n\nI would like to speak in the open discussion.\n\nThanks\n\n" + signature + "\n"
    speaker = run(message(body), rules).speakers[0]
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, "Coordinator", affiliation)


# A labelled record gives the kunya in brackets after the name, and the sentence that proposes the person calls them by
# it: one speaker, the labelled one, not a second one named by the kunya
@pytest.mark.parametrize(("body", "language", "name"), [
    ("مرحبا،\n\nنود أن نرشح الأخ أبو سامي ليكون مقررا للجلسة.\n\nالبيانات:\nالاسم: سامي خليل العبدالله (أبو سامي)\n"
     "المنصب: أمين الصندوق\nالجهة: اتحاد عمال البناء المهاجرين\n\nمع التحية\nهند سالم\n", "ar", "سامي خليل العبدالله"),
    ("Hello,\n\nWe would like to propose sister Oum Rania as rapporteur of the session.\n\nName: Rania Saleh Khoury "
     "(Oum Rania)\nTitle: Treasurer\nOrganisation: Domestic Workers Mutual Aid League\n\nBest,\nHind Salem\n", "en",
     "Rania Saleh Khoury"),
])
def test_a_labelled_record_and_its_kunya_in_prose_are_one_speaker(body: str, language: str, name: str,
                                                                   rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [s.name for s in speakers] == [name]


# Near miss: a second person the prose proposes by another kunya than the labelled one's stays a speaker of their own
def test_near_miss_another_kunya_in_prose_is_another_speaker(rules: ExtractRules) -> None:
    body = ("مرحبا،\n\nنود أن نرشح الأخت أم رامي لتكون مقررة للجلسة.\n\nالبيانات:\nالاسم: سامي خليل العبدالله (أبو سامي)\n"
            "المنصب: أمين الصندوق\nالجهة: اتحاد عمال البناء المهاجرين\n\nمع التحية\nهند سالم\n")
    speakers = run(message(body), rules, language="ar").speakers
    assert len(speakers) == 2
