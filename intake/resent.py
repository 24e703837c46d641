"""A message sent again: the same sender's text, word for word or nearly, as a new message.

A phone that re-sends after a dropped connection, or a sender who sends the request again with one
detail changed, writes a new Message-ID and no reply headers: only the text links it to the first.
Each message's new text is kept as a MinHash of its folded three-word shingles (`body_print`), so
that a text with a word or two changed keeps most of the first's minimums; `near` says whether two
prints are of one text. Texts too short to tell a re-send from a sender's habitual wording ("please find attached our report") have no print.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from intake.folding import fold

MIN_WORDS = 40  # below this, two texts of the same sender are alike by habit as often as by re-sending
SLOTS = 16  # minimums kept: the share of equal ones estimates the share of shingles two texts have in common
MIN_SAME = 12  # of SLOTS: one word changed in a text of MIN_WORDS words leaves ~90% in common; unrelated texts ~0
WITHIN = timedelta(days=7)  # how far back a re-send's first copy is looked for
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Resent:
    """A message's new text as the look-up for an earlier copy needs it."""

    body_print: str
    received_at: datetime


def body_print(text: str) -> str | None:
    """The MinHash of a text's folded three-word shingles, SLOTS 32-bit minimums as hex; None for a short text."""
    words = _WORD.findall(fold(text))
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    digests = [hashlib.blake2b(sh.encode(), digest_size=4 * SLOTS).digest() for sh in shingles]
    return "".join(f"{min(d[4 * k:4 * k + 4] for d in digests).hex()}" for k in range(SLOTS))


def near(a: str, b: str) -> bool:
    """Whether two prints are of one text, word for word or nearly."""
    return sum(a[8 * k:8 * k + 8] == b[8 * k:8 * k + 8] for k in range(SLOTS)) >= MIN_SAME
