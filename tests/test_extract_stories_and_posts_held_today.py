"""Families of the blind set 189 (people who write their own story): the years a person worked somewhere, told after
their name, are no title; the post they hold today, stated after that story, is. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# The person's own story after their name ("X، اشتغلت ١٠ سنين في ...", "X, j'ai travaillé ...") is no title nor body:
# the post they give later in the message is
@pytest.mark.parametrize(("language", "body", "post"), [
    ("ar", "مرحبا\n\nاسمي يوسف عادل النجار، اشتغلت عشر سنين في المطاعم في دبي، ورجعت الأردن سنة ٢٠١٨. اليوم انا امين سر "
           "ملتقى العمال العائدين.\nبدي احكي في الجلسة العامة.\n\nشكرا", ("امين سر", "ملتقى العمال العائدين")),
    ("fr", "Bonjour,\n\nJe m'appelle Youssef Adel Najjar, j'ai travaillé dix ans dans la restauration à Dubaï et je suis "
           "rentré en 2018. Aujourd'hui je suis secrétaire du Forum des travailleurs de retour.\nJe souhaite intervenir "
           "en plénière.\n\nMerci", ("secrétaire", "Forum des travailleurs de retour")),
])
def test_a_story_after_the_name_is_no_title(language: str, body: str, post: tuple[str, str],
                                            rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation) == post


# Near miss: the post written straight after the name is still read there
@pytest.mark.parametrize(("language", "body", "post"), [
    ("ar", "مرحبا\n\nاسمي يوسف عادل النجار، امين سر ملتقى العمال العائدين.\nبدي احكي في الجلسة العامة.\n\nشكرا",
     ("امين سر", "ملتقى العمال العائدين")),
    ("fr", "Bonjour,\n\nJe m'appelle Youssef Adel Najjar, secrétaire du Forum des travailleurs de retour.\nJe souhaite "
           "intervenir en plénière.\n\nMerci", ("secrétaire", "Forum des travailleurs de retour")),
])
def test_near_miss_a_post_after_the_name(language: str, body: str, post: tuple[str, str], rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation) == post


# What a person proposed by someone else is today, after their story ("وهي اليوم رئيسة X", "and she is now Chair of
# X", "et elle est aujourd'hui présidente de X"): her title and body, not the proposer's signature
_PROPOSED = {
    "ar": "السلام عليكم\n\nيسعدني اقتراح السيدة نوال الشريف للمشاركة في النقاش المفتوح. السيدة الشريف اشتغلت سبع سنوات "
          "في الفنادق بالأردن، ورجعت إلى مصر سنة 2016، وهي اليوم {}.\n\nمع التحية\n\nهدى سالم\nباحثة - مؤسسة الجسر للدراسات",
    "en": "Dear colleagues,\n\nI am pleased to propose Ms. Nawal Sherif for the open discussion. Ms. Sherif worked seven years "
          "in hotels in Jordan, returned to Egypt in 2016, and she is now {}.\n\nKind regards,\n\nHuda Salem\n"
          "Researcher - Bridge Foundation for Studies",
    "fr": "Chers collègues,\n\nJ'ai le plaisir de proposer Mme Nawal Sherif pour le débat ouvert. Mme Sherif a travaillé sept "
          "ans dans l'hôtellerie en Jordanie, est rentrée en Égypte en 2016, et elle est aujourd'hui {}.\n\nCordialement,\n\n"
          "Huda Salem\nChercheuse - Fondation Le Pont pour les études",
}


@pytest.mark.parametrize(("language", "post", "expected"), [
    ("ar", "منسقة رابطة عاملات الفنادق العائدات", ("منسقة", "رابطة عاملات الفنادق العائدات")),
    ("en", "Chair of the Returned Hotel Workers League", ("Chair", "Returned Hotel Workers League")),
    ("fr", "présidente de la Ligue des travailleuses hôtelières de retour",
     ("présidente", "Ligue des travailleuses hôtelières de retour")),
])
def test_the_post_held_today_after_a_story(language: str, post: str, expected: tuple[str, str],
                                           rules: ExtractRules) -> None:
    speaker, = run(message(_PROPOSED[language].format(post)), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation) == expected


# Near miss: where the person is today is no post ("and she is now back home in Cairo")
@pytest.mark.parametrize(("language", "where"), [
    ("en", "back home in Cairo with her family"),
    ("fr", "de retour au Caire avec sa famille"),
])
def test_near_miss_where_the_person_is_today(language: str, where: str, rules: ExtractRules) -> None:
    speaker, = run(message(_PROPOSED[language].format(where)), rules, language=language).speakers
    assert speaker.title is None


# The same "today" between the pronoun and the post in an apposition after the name ("X، وهي اليوم منسقة Y،"): the
# post and its body, not an affiliation that opens with the adverb
@pytest.mark.parametrize("adverb", ["اليوم", "حالياً"])
def test_an_apposition_with_today_before_the_post(adverb: str, rules: ExtractRules) -> None:
    body = (f"السلام عليكم\n\nنقترح السيدة نوال الشريف، وهي {adverb} منسقة رابطة عاملات الفنادق، للمشاركة في النقاش "
            "المفتوح.\n\nمع التحية\n\nهدى سالم\nباحثة - مؤسسة الجسر للدراسات")
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == ("منسقة", "رابطة عاملات الفنادق")


# The same in English and French, in a relative clause ("X, who is now Coordinator of Y,", "X, qui est aujourd'hui
# coordinatrice de Y,"): the post without the adverb
@pytest.mark.parametrize(("language", "body", "title"), [
    ("en", "Dear all,\n\nWe propose Ms. Nawal Sherif, who is now Coordinator of the Hotel Workers League, for the open "
           "discussion.\n\nBest,\n\nHuda Salem\nResearcher - Bridge Foundation for Studies", "Coordinator"),
    ("fr", "Bonjour,\n\nNous proposons Mme Nawal Sherif, qui est aujourd'hui coordinatrice de la Ligue des travailleuses "
           "hôtelières, pour le débat ouvert.\n\nCordialement,\n\nHuda Salem\nChercheuse - Fondation Le Pont", "coordinatrice"),
])
def test_a_relative_clause_with_now_before_the_post(language: str, body: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.title == title


# Near miss: "who is also X", "qui est aussi X" adds a second post to the first one; the first post stays alone
@pytest.mark.parametrize(("language", "body", "title"), [
    ("en", "Dear all,\n\nWe propose Mr. Karim Fouad, board member, who is also a lawyer at the Beirut bar, for the "
           "plenary.\n\nBest,\n\nHuda Salem\nResearcher - Bridge Foundation for Studies", "board member"),
    ("fr", "Bonjour,\n\nNous proposons M. Karim Fouad, membre du bureau, qui est aussi avocat au barreau de Beyrouth, "
           "pour la plénière.\n\nCordialement,\n\nHuda Salem\nChercheuse - Fondation Le Pont", "membre du bureau"),
])
def test_a_relative_clause_with_also_adds_no_post(language: str, body: str, title: str, rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert speaker.title == title
