"""Cues a request and its speaker are written with that the rules missed: a colloquial wish in the third person
("she wants to take part") or with the Iraqi 'چ'; "because" after a name in a sentence; the speaker's full name
asked in so many words on a form; and "our speaker: X" with a bare colon. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail

# ---------------------------------------------------------------------------------------------
# A colloquial wish to speak: someone else's ("بدها تشارك") or the Iraqi "أحب أحچي"


@pytest.mark.parametrize("body", [
    "مرحبا\nمنسقتنا سلمى بدها تشارك بالطاولة المستديرة التانية عن العمال الموسميين.\nشكرا\nهادي\n",
    "السلام عليكم\nالجمعية حابة تحكي بالجلسة العامة عن أوضاع العاملات بالمنازل.\nتحياتي\nنور\n",
    "هلا بيكم\nاحب احچي بالنقاش المفتوح عن العوائل الراجعة من المخيمات.\nمع التقدير\nعلي\n",
])
def test_a_colloquial_wish_in_the_third_person_or_with_che_asks_to_speak(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("مشاركة", body))
    assert "speaker-request-ar" in fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "مرحبا\nمنسقتنا سلمى بدها تحضر الجلسة العامة بس كمستمعة.\nشكرا\nهادي\n",
    "هلا بيكم\nاحب اشكركم على تنظيم الجلسة العامة السنة الماضية.\nعلي\n",
])
def test_near_miss_a_wish_to_attend_or_to_thank_asks_nothing(ruleset: Ruleset, body: str) -> None:
    assert "speaker-request-ar" not in fired(decide(ruleset, mail("مشاركة", body)))


# ---------------------------------------------------------------------------------------------
# "because" after a name ends it: "بالنيابة عن مديرنا X لأنو مسافر"


def test_because_after_a_name_is_no_part_of_it(rules: ExtractRules) -> None:
    body = ("مرحبا\nبكتبلكن بالنيابة عن رئيسنا سمير لأنو هو بالمستشفى هالأيام. بدنا نشارك بشخص:\n\n"
            "- هالة منصور، منسقة المناصرة، شبكة جسور للعمال: بدها تشارك بالجلسة العامة\n\nشكرا\nرامي\n")
    fields = run(message(body), rules, language="ar")
    names = [sp.name for sp in fields.speakers]
    assert not any(name and "لأنو" in name for name in names)
    assert "هالة منصور" in names


# ---------------------------------------------------------------------------------------------
# The speaker's full name asked for in so many words on a form ("Speaker full name : X")


@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear team,\nOur form below.\nSpeaker full name   : Ms. Rana Boutros\nPosition            : Field Coordinator\n"
     "Organization        : Cedar Workers Support Group\nRole                : plenary\n", "en", "Rana Boutros",
     "Field Coordinator"),
    ("Bonjour,\nVoici notre formulaire.\nNom complet de l'intervenante : Mme Salma Diallo\nFonction : Trésorière\n"
     "Organisation : Collectif Femmes et Frontières\nRôle : table ronde 3\n", "fr", "Salma Diallo", "Trésorière"),
    ("تحية طيبة\nنرسل لكم الاستمارة\nالاسم الكامل للمتحدثة: منى القاسم\nالصفة: منسقة مشاريع\n"
     "الجهة: جمعية الغد للتنمية\nالدور: الجلسة العامة\n", "ar", "منى القاسم", "منسقة مشاريع"),
])
def test_the_speakers_full_name_label_names_the_speaker(rules: ExtractRules, body: str, language: str, name: str,
                                                        title: str) -> None:
    fields = run(message(body, from_="Forms Desk <desk@example.org>"), rules, language=language)
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(name, title)]


def test_near_miss_a_senders_full_name_beside_it_is_not_a_speaker(rules: ExtractRules) -> None:
    body = ("Dear team,\nPlease find the form.\nSender full name : Omar Haddad\nSpeaker full name : Rana Boutros\n"
            "Position : Field Coordinator\nOrganization : Cedar Workers Support Group\n")
    fields = run(message(body, from_="Omar Haddad <omar@example.org>"), rules, language="en")
    assert [sp.name for sp in fields.speakers] == ["Rana Boutros"]


# ---------------------------------------------------------------------------------------------
# "our speaker: X" with a bare colon, as "our speaker will be X"


@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear all,\nWe wish to join the open discussion.\nOur speaker: Ms Amina Yusuf, Coordinator of the Lagos Returnees "
     "Union.\nThanks,\nJoy Okafor\nFinance Officer\n", "en", "Amina Yusuf", "Coordinator"),
    ("Bonjour,\nNous souhaitons prendre la parole à la table ronde 1.\nNotre intervenante : Mme Fanta Camara, "
     "Trésorière de l'Union des Femmes Migrantes de Sfax.\nMerci,\nIbrahima Sow\nChargé de communication\n", "fr",
     "Fanta Camara", "Trésorière"),
    ("تحية طيبة\nنرغب في المشاركة في الجلسة العامة.\nمتحدثنا: السيد كريم العلي، رئيس جمعية الساحل للمهاجرين.\n"
     "شكرا\nسارة حداد\nمساعدة إدارية\n", "ar", "كريم العلي", "رئيس"),
])
def test_our_speaker_and_a_colon_names_the_speaker(rules: ExtractRules, body: str, language: str, name: str,
                                                   title: str) -> None:
    fields = run(message(body, from_="Desk <desk@example.org>"), rules, language=language)
    assert [(sp.name, sp.title) for sp in fields.speakers] == [(name, title)]


def test_near_miss_our_speaker_announced_on_the_lines_below_still_reads(rules: ExtractRules) -> None:
    body = ("Bonjour,\nNous souhaitons prendre la parole à la table ronde 1.\nNotre intervenante sera :\n"
            "Mme Fanta Camara, Trésorière, Union des Femmes Migrantes de Sfax\nMerci,\nIbrahima Sow\n")
    fields = run(message(body, from_="Ibrahima Sow <i.sow@example.org>"), rules, language="fr")
    assert [sp.name for sp in fields.speakers] == ["Fanta Camara"]
