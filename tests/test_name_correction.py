"""A reply that corrects the spelling of a speaker's name sent before ("the correct spelling of her name is X",
« il faut lire X », "الاسم الصحيح: X"): a speaker request, the quoted speaker with the corrected name and the rest of
their record."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run
from tests.test_classify import decide_reply

_QUOTED = {
    "en": "\n\nOn Mon, 1 Feb 2021 at 10:02, Omar Saleh <os@example.org> wrote:\n> Dear Secretariat,\n>\n> The Nile "
          "Migrants Forum proposes Ms. Hanan Mekki, Legal Adviser, for the plenary.\n>\n> Regards,\n> Omar Saleh\n",
    "fr": "\n\nLe lun. 1 févr. 2021 à 10:02, Omar Saleh <os@example.org> a écrit :\n> Madame, Monsieur,\n>\n> Le Forum "
          "des migrants du Nil propose Mme Hanan Mekki, conseillère juridique, pour la plénière.\n>\n> Cordialement,\n"
          "> Omar Saleh\n",
    "ar": "\n\nفي الاثنين، ١ فبراير ٢٠٢١، كتب Omar Saleh <os@example.org>:\n> السادة الكرام،\n>\n> الاسم: حنان مكي\n"
          "> الصفة: مستشارة قانونية\n> الجهة: منتدى مهاجري النيل\n> الدور: الجلسة العامة\n>\n> مع التحية،\n> عمر صالح\n",
}

CORRECTIONS = [
    ("en", "Apologies, a typo in my last message. The correct spelling is Hanan Mekky.\n\nOmar",
     "Hanan Mekky"),
    ("fr", "Toutes nos excuses, une coquille s'est glissée dans notre message : il faut lire Hanan Mekky.\n\nOmar",
     "Hanan Mekky"),
    ("ar", "عفواً، وقع خطأ في رسالتي السابقة\nالاسم الصحيح: حنان مكّاوي\nبقية المعلومات دون تغيير.\n\nعمر",
     "حنان مكّاوي"),
]


@pytest.mark.parametrize(("language", "new", "_name"), CORRECTIONS)
def test_a_name_correction_is_a_speaker_request(language: str, new: str, _name: str, ruleset) -> None:
    assert decide_reply(ruleset, "Re: speaker", new + _QUOTED[language]).category == "speaker_request"


@pytest.mark.parametrize(("language", "new", "name"), CORRECTIONS)
def test_a_name_correction_renames_the_quoted_speaker(language: str, new: str, name: str, rules: ExtractRules) -> None:
    (speaker,) = run(message(new + _QUOTED[language], subject="Re: speaker", from_="Omar Saleh <os@example.org>"),
                     rules, language=language).speakers
    assert speaker.name == name
    assert speaker.roles == ("plenary",)


def test_near_miss_a_correct_date_is_no_name_correction(ruleset) -> None:
    body = "Thanks. Just to say the correct date is 24 February, as in your note.\n\nOmar" + _QUOTED["en"]
    assert decide_reply(ruleset, "Re: speaker", body).category != "speaker_request"



# The spelling said to be of the speaker's name ("the correct spelling of her name is X", « l'orthographe correcte de
# son nom est X », "الاسم الصحيح للمتحدثة هو X", "التهجئة الصحيحة لاسمها هي X"): the quoted speaker renamed, not a new
# person introduced by "her name is X".
SPELLINGS_OF_THE_NAME = [
    ("en", "So sorry, I mistyped. The correct spelling of her name is Hanan Mekky.\n\nOmar", "Hanan Mekky"),
    ("en", "One fix to my message below, the right spelling of her name: Hanan Mekky.\n\nOmar", "Hanan Mekky"),
    ("fr", "Pardon pour la coquille : l'orthographe correcte de son nom est Hanan Mekky.\n\nOmar", "Hanan Mekky"),
    ("ar", "نعتذر عن الخطأ، الاسم الصحيح للمتحدثة هو حنان مكّاوي.\n\nعمر", "حنان مكّاوي"),
    ("ar", "نعتذر عن الخطأ، التهجئة الصحيحة لاسمها هي حنان مكّاوي.\n\nعمر", "حنان مكّاوي"),
]


@pytest.mark.parametrize(("language", "new", "name"), SPELLINGS_OF_THE_NAME)
def test_the_spelling_of_her_name_renames_the_quoted_speaker(language: str, new: str, name: str, ruleset,
                                                             rules: ExtractRules) -> None:
    assert decide_reply(ruleset, "Re: speaker", new + _QUOTED[language]).category == "speaker_request"
    (speaker,) = run(message(new + _QUOTED[language], subject="Re: speaker", from_="Omar Saleh <os@example.org>"),
                     rules, language=language).speakers
    assert speaker.name == name
    assert speaker.title is not None
    assert speaker.roles == ("plenary",)


def test_near_miss_her_name_is_still_introduces_the_person_proposed(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nOur network would like its chair to speak in the plenary. Her name is Leila Farouk, "
            "Chair of the Gulf Workers Network.\n\nBest,\nSami Aziz")
    (speaker,) = run(message(body, from_="Sami Aziz <sa@example.org>"), rules, language="en").speakers
    assert speaker.name == "Leila Farouk"
