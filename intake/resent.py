"""A message sent again: the same sender's text, word for word or nearly, as a new message.

A phone that re-sends after a dropped connection, or a sender who sends the request again with one
detail changed, writes a new Message-ID and no reply headers: only the text links it to the first.
Each message's new text is kept as a bottom-k sketch of its folded three-word shingles (`body_print`),
so that a text with a word or two changed keeps most of the first's smallest hashes; `near` says whether
two prints are of one text. Texts too short to tell a re-send from a sender's habitual wording ("please
find attached our report") have no print.
"""

from __future__ import annotations

import heapq
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from intake.folding import fold

MIN_WORDS = 40  # below this, two texts of the same sender are alike by habit as often as by re-sending
SLOTS = 16  # smallest hashes kept: the share of common ones estimates the share of shingles two texts have in common
MIN_SAME = 12  # of SLOTS: one word changed in a text of MIN_WORDS words leaves ~90% in common; unrelated texts ~0
WITHIN = timedelta(days=7)  # how far back a re-send's first copy is looked for
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Resent:
    """A message's new text as the look-up for an earlier copy needs it."""

    body_print: str
    received_at: datetime


def body_print(text: str) -> str | None:
    """The SLOTS smallest CRC-32s of a text's folded three-word shingles (a bottom-k sketch), as hex; None for a
    short text. One cheap, stable hash a shingle: a MinHash of SLOTS hashes would cost SLOTS times as much."""
    words = _WORD.findall(fold(text))
    if len(words) < MIN_WORDS:
        return None
    hashes = {zlib.crc32(" ".join(words[i : i + 3]).encode()) for i in range(len(words) - 2)}
    return "".join(f"{h:08x}" for h in heapq.nsmallest(SLOTS, hashes))


def _slots(sketch: str) -> set[str]:
    return {sketch[i : i + 8] for i in range(0, len(sketch), 8)}


def near(a: str, b: str) -> bool:
    """Whether two prints are of one text, word for word or nearly: of the SLOTS smallest hashes of both texts'
    shingles together, at least MIN_SAME are in both (the share estimates the shingles the texts have in common)."""
    sa, sb = _slots(a), _slots(b)
    return sum(h in sa and h in sb for h in sorted(sa | sb)[:SLOTS]) >= MIN_SAME
