"""Folding: text and patterns normalised the same way, so that a rule written "réception", "reception",
"أرسل" or "ارسل" matches every way a sender types it.

Folded text is lower case, without accents, Arabic diacritics, hamza seats, tatweel or invisible
direction and zero-width marks; Arabic-Indic digits become 0-9; letter variants typed for one another
are unified (ى/ی→ي, ة→ه, ٱ→ا, ک→ك), and so are quotes, dashes and Arabic punctuation (، ؟ ؛).
Classification and extraction share it; extraction slices the values it keeps from the original text
through `Folded`, which maps folded offsets back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property

# Invisible characters: zero-width, direction marks and embeddings, the Arabic letter mark, tatweel, BOM.
_DROP = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u0640\ufeff"
_LETTERS = str.maketrans({
    **{c: "" for c in _DROP},
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
    "ى": "ي", "ی": "ي", "ة": "ه", "ٱ": "ا", "ک": "ك",  # letters typed for one another
    "’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "\u00a0": " ", "،": ",", "؟": "?", "؛": ";",
})


def fold_char(c: str) -> str:
    """One character folded: NFKD without nonspacing marks, then the table above, in lower case."""
    d = unicodedata.normalize("NFKD", c)
    return "".join(x for x in d if unicodedata.category(x) != "Mn").translate(_LETTERS).lower()


class _FoldTable(dict[int, str]):
    """A str.translate table of fold_char, filled in as characters are met (up to a bound).

    `uneven` holds every character met that does not fold to exactly one character.
    """

    _LIMIT = 1 << 14

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(folded) != 1:
            self.uneven.add(chr(code))
        if len(self) < self._LIMIT:
            self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text folded for comparison (see the module docstring)."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def fold_pattern(source: str) -> str:
    """A regex folded as the text it runs on is: its letters only; "؟" becomes a literal "?", not a quantifier."""
    return "".join(c if c.isascii() else re.escape(fold_char(c)) for c in source)


class Folded:
    """A string and its folded form, with a map from folded offsets back to the original."""

    def __init__(self, text: str) -> None:
        self.orig = text
        self.text = fold(text)

    @cached_property
    def idx(self) -> Sequence[int]:
        """The original offset of each folded character, worked out when first asked: most folded texts are only
        searched, and a text with a character that does not fold to one costs a loop over every character."""
        text = self.orig
        if text.isascii() or _FOLD.uneven.isdisjoint(text):  # every character met while folding it
            return range(len(text))
        return [i for i, c in enumerate(text) for _ in _FOLD[ord(c)]]

    def at(self, pos: int) -> int:
        """Original offset of a folded offset (the end maps to the end)."""
        return self.idx[pos] if pos < len(self.idx) else len(self.orig)

    def slice(self, start: int, end: int) -> str:
        """Original text of the folded span [start, end)."""
        if end <= start:
            return ""
        return self.orig[self.at(start) : self.idx[end - 1] + 1]
