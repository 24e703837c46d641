"""The Maghreb's spoken closings (Tunisian "يعيشكم", Moroccan "شكرا بزاف", a parting "بالتوفيق") close the message like
"شكرا كتير": the lines under them are the signature, with the sender's name and organisation."""

from __future__ import annotations

import pytest

from intake.text import CLOSING, split


@pytest.mark.parametrize("closing", ["يعيشكم،", "ويعيشك", "شكرا بزاف", "شكراً برشا", "بالتوفيق"])
def test_a_maghreb_closing_opens_the_signature(closing: str) -> None:
    parts = split(f"السلام عليكم\nنقترحو الأخت نادية العياري باش تشارك في الطاولة المستديرة الأولى.\n\n{closing}\n"
                  "منير الطرابلسي\nجمعية صيادي قليبية\n")
    assert parts.new == "السلام عليكم\nنقترحو الأخت نادية العياري باش تشارك في الطاولة المستديرة الأولى."
    assert parts.signature.startswith(closing)


@pytest.mark.parametrize("line", [
    "بالتوفيق للجميع في المؤتمر، ونتمنى تقبلو الطلب",  # a wish that goes on into a sentence
    "يعيشكم على الدعوة، أما عندنا سؤال على الموعد",
    "شكرا بزاف على المعلومات، ولكن بغينا نعرفو الوقت",
])
def test_near_miss_the_same_words_in_a_sentence_close_nothing(line: str) -> None:
    assert not CLOSING.match(line)


# A blessing closes the message too, alone or after the thanks ("الله يخليكم", "شكرا كتير الله يخليكن", "ربي
# يحفظك"), and so do warm greetings ("تحياتي الحارة")
@pytest.mark.parametrize("closing", ["الله يخليكم", "شكرا كتير الله يخليكن", "ربي يحفظك", "تحياتي الحارة"])
def test_a_blessing_opens_the_signature(closing: str) -> None:
    parts = split(f"مرحبا\nبدي احكي بالنقاش المفتوح عن شغل البيوت.\n\n{closing}\nسلمى\n")
    assert parts.new == "مرحبا\nبدي احكي بالنقاش المفتوح عن شغل البيوت."
    assert parts.signature.startswith(closing)


# Near miss: a blessing that asks something goes on into a sentence
def test_near_miss_a_blessing_that_asks() -> None:
    assert not CLOSING.match("الله يخليكم تردوا علينا قبل الخميس")
