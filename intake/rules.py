"""Load and validate rules/classify.toml into a Ruleset; fold text so rules match the way people type.

This module owns the classification rule file: its schema (documented at the top of
rules/classify.toml and in rules/README.md), the checks that turn a bad rule into one sentence
naming the file, line and rule (the rule is skipped, the rest load), and `fold`, the one text
normalisation applied alike to rule patterns and to the text they are matched against (accents,
Arabic diacritics, hamza seats, Arabic-Indic digits, bidi marks, hard-wrapped lines).
Pure after load: classify.py evaluates the Ruleset.
"""

from __future__ import annotations

import math
import re
import re._constants as sre
import re._parser as sre_parse
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

from intake.folding import fold, fold_pattern

RULE_FILE = "classify.toml"
RULE_CATEGORIES: tuple[str, ...] = ("voluntary_report", "speaker_request")
RULE_TYPES: tuple[str, ...] = ("text", "attachment", "thread", "decoy")
FIELDS: tuple[str, ...] = ("subject", "new", "forwarded", "signature", "quoted")
THREAD_CATEGORIES: tuple[str, ...] = ("voluntary_report", "speaker_request", "both", "other")
MAX_WEIGHT = 10.0

_COMMON_KEYS = {"name", "description", "type"}
_KEYS: dict[str, set[str]] = {
    "text": _COMMON_KEYS | {"category", "weight", "where", "any", "all", "min_count", "after", "unless"},
    "attachment": _COMMON_KEYS | {"category", "weight", "filename", "content_type", "text", "lacks", "scope", "not_report"},
    "thread": _COMMON_KEYS | {"category", "weight", "after"},
    "decoy": _COMMON_KEYS | {"filename", "content_type", "text", "lacks", "unless"},
}
_SETTINGS_KEYS = {"decide", "review", "reply_subject", "where", "document_extensions", "document_types", "organisers_text",
                  "courtesies", "disowned_files"}
_DEFAULT_WHERE = {"subject": 1.0, "new": 1.0, "forwarded": 0.8, "signature": 0.0, "quoted": 0.0}
_DEFAULT_EXTENSIONS = ("pdf", "doc", "docx", "odt", "rtf", "txt", "csv", "xls", "xlsx", "ods", "ppt", "pptx")
_DEFAULT_TYPES = (
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/rtf",
)

# ---------------------------------------------------------------------------------------------
# Bodies are folded (intake/folding.py) with the lines the mailer wrapped joined back.

_SPACES = re.compile(r"[^\S\n]+")
_WRAP_AT = 50  # a line at least this long that does not end a sentence was wrapped by the mailer
# A line that opens with a bullet or an item's number starts a new item of a list, however long the item before it
# ("- X, Director, for the plenary\n- Y, ...", "1. X - Officer - open discussion\n2. Y - ..."): it was not wrapped
# onto the line before.
_BULLET = re.compile(r"[-*•·▪►🔹]\s|\d{1,2}[.)]\s")
# A line of dashes, underscores, equals signs or stars is a rule drawn between the parts of a form: no mailer wrapped
# the line after it onto it.
_RULE_LINE = re.compile(r"[-_=*~. ]+")
# The period of an abbreviation does not end a sentence: drop it so that rules can use [^.] as
# "within the same sentence" across "M. Diallo", "Dr. Ali", "Eng. Rana", "e.g." or the Arabic "د. علي" (doctor),
# "م. علي" (engineer), "أ. علي" and "أ.د. علي" (professor), folded "ا." and "ا.د.".
# The lawyers' and engineers' "Adv. X", "Att. X", "Atty. X", "Engr. X", "Ing. X" and the French "MM. X et Y" too,
# and the excellencies "H.E. Eng. X" (His/Her Excellency) and "S.E. M. X" (Son Excellence).
_ABBREVIATION = re.compile(r"\b(mr|mrs|ms|dr|m|mm|mme|mlle|pr|prof|eng|engr|ing|adv|att|atty|hon|amb|rev|mgr|st|no|nr|e\.g|i\.e|h\.e|s\.e|cf|vs|ا\.د|د|م|ا)\.(?=\s*\S)",
                           re.IGNORECASE)


def without_abbreviation_periods(folded: str) -> str:
    """A folded text with the periods of its abbreviations dropped ("ms. amer" -> "ms amer"), so that [^.] reads as
    "within the same sentence" across them."""
    return _ABBREVIATION.sub(lambda m: m.group(1).replace(".", ""), folded)


# A pure function of its text, so a memo never serves a stale result. A message's texts are folded several
# times by different stages (its new text by classify and the follow-up checks; a document's text by each
# attachment rule): each is folded once. Python keeps a string's hash, so a repeat costs a look-up.
@lru_cache(maxsize=16)
def fold_body(text: str) -> str:
    """Fold a body and re-join hard-wrapped lines so that a phrase split by the mailer still matches."""
    text = without_abbreviation_periods(fold(text))
    lines = [line.strip() for line in _SPACES.sub(" ", text).split("\n")]
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if line and len(prev) >= _WRAP_AT and not prev.endswith((".", ":", "!", "?", ";", ">")) \
                and not _BULLET.match(line) and not _RULE_LINE.fullmatch(prev):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Skipping patterns that cannot match: the regexes have no literal prefix the engine could jump to
# (they start with \b, (^|\s) or alternatives), so each one costs a step per character of the text.
# What every match of a pattern holds is read from the regex engine's own parse tree, as sets of
# "words" of which the match holds one each: a run of ASCII literals (lower-cased), or any Arabic
# letter for a literal or a class of the Arabic block only. A run may go on through a small class of
# ASCII characters or an optional one: it is then spelt a few ways, and the match holds one of them
# ("rt ?[1-4]" holds "rt1", "rt 1", ... or "rt 4"; "e-?mail" holds "email" or "e-mail"). Alternatives give one set, the union of
# what each of them needs (nothing if one needs nothing); a group, or a repeat of at least once,
# needs what its body needs; anything else (anchors, lookarounds, backreferences, categories,
# negated classes, optional parts) needs nothing, which is always safe.
# Words are looked for in the text as folded by _ascii_case: the four characters outside ASCII that
# match an ASCII letter when case is ignored become that letter, every other one a "?", and ASCII
# letters are lower-cased, so that where a pattern matches, its words show. Characters of the
# Arabic block have no case. tests/test_classify.py checks both claims on the running Python.

_ARABIC_FIRST, _ARABIC_LAST = 0x0600, 0x06FF
_ARABIC_CHAR = re.compile(f"[{chr(_ARABIC_FIRST)}-{chr(_ARABIC_LAST)}]")
_ANY_ARABIC = chr(_ARABIC_FIRST)  # the "word" any Arabic letter stands for; no ASCII run can be it
# The characters outside ASCII that match an ASCII letter when case is ignored, and that letter.
_CASE_OUTSIDE_ASCII = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
_MAX_SPELLINGS = 8  # the most spellings of a word worth looking for
_MIN_WORD = 3  # shorter runs are in nearly every text: not worth a look


def _arabic_code(code: int) -> bool:
    return _ARABIC_FIRST <= code <= _ARABIC_LAST


def _class_is_arabic(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op is sre.LITERAL and _arabic_code(av):
            continue
        if op is sre.RANGE and _arabic_code(av[0]) and _arabic_code(av[1]):
            continue
        return False  # NEGATE, a category, a character outside the block
    return bool(items)


def _body(op: Any, av: Any) -> Any:
    """The sub-sequence a group, or a repeat of at least once, must match; None for other items."""
    if op is sre.SUBPATTERN:
        return av[3]
    if op is sre.ATOMIC_GROUP:
        return av
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return av[2]
    return None


def _selectivity(words: frozenset[str]) -> int:
    """How rarely a text holds one of the words: by the shortest (an Arabic letter counts as five ASCII)."""
    return min(5 if w == _ANY_ARABIC else len(w) for w in words)


def _spellings(op: Any, av: Any) -> frozenset[str] | None:
    """The few ASCII strings an item may match, lower-cased: "" among them when it may match nothing; None for
    an item that may match other strings (an Arabic literal, a category, a negated or large class, a longer repeat)."""
    if op is sre.LITERAL:
        return frozenset([chr(av).lower()]) if av < 128 else None
    if op is sre.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is sre.LITERAL and iav < 128:
                chars.add(chr(iav).lower())
            elif iop is sre.RANGE and iav[1] < 128 and iav[1] - iav[0] < _MAX_SPELLINGS:
                chars.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
            else:
                return None
        return frozenset(chars) if 0 < len(chars) <= _MAX_SPELLINGS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] == 1 and len(av[2]) == 1:
        once = _spellings(*av[2][0])
        return once | {""} if once is not None and av[0] == 0 else once
    return None


def _run_words(runs: frozenset[str]) -> list[frozenset[str]]:
    return [runs] if min(map(len, runs)) >= _MIN_WORD else []


def _seq_words(seq: Any) -> list[frozenset[str]]:
    """The sets of words every match of the sequence holds one of each."""
    out: list[frozenset[str]] = []
    runs = frozenset([""])  # the ways the run of ASCII so far may be spelt
    for op, av in seq:
        spellings = _spellings(op, av)
        if spellings is not None:
            if len(runs) * len(spellings) > _MAX_SPELLINGS:
                out.extend(_run_words(runs))
                runs = frozenset([""])
            runs = frozenset(r + s for r in runs for s in spellings)
            continue
        out.extend(_run_words(runs))
        runs = frozenset([""])
        if op is sre.LITERAL and _arabic_code(av) or op is sre.IN and _class_is_arabic(av):
            out.append(frozenset([_ANY_ARABIC]))
        elif op is sre.BRANCH:
            best = [max(_seq_words(alt), key=_selectivity, default=None) for alt in av[1]]
            if all(best):
                out.append(frozenset().union(*best))
        else:
            body = _body(op, av)
            out.extend(_seq_words(body) if body is not None else ())
    out.extend(_run_words(runs))
    return out


# Keyed by id: hashing a compiled pattern hashes its whole code, which costs more than the look-up saves.
_NEEDS: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], ...], tuple[frozenset[str], ...]]] = {}
_NEEDS_LIMIT = 1 << 12


def _needs(pattern: re.Pattern[str], rejoined: bool = False) -> tuple[frozenset[str], ...]:
    """The word sets of a pattern; with `rejoined`, each word cut to its longest part without a space."""
    known = _NEEDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        words = set(_seq_words(sre_parse.parse(pattern.pattern, pattern.flags)))
        needs = tuple(sorted(words, key=lambda ws: (len(ws), sorted(ws))))  # the cheapest to rule out first
        parts = tuple(frozenset(max(w.split(" "), key=len) for w in ws) for ws in needs)
        if len(_NEEDS) >= _NEEDS_LIMIT:  # patterns of rule files reloaded many times
            _NEEDS.clear()
        known = _NEEDS[id(pattern)] = (pattern, needs, parts)
    return known[2] if rejoined else known[1]


def _ascii_case(text: str) -> str:
    if not text.isascii():
        for char, letter in _CASE_OUTSIDE_ASCII:
            if char in text:
                text = text.replace(char, letter)
        text = text.encode("ascii", "replace").decode("ascii")
    return text.lower()


def _trie(words: Iterable[str]) -> str:
    """A regex that matches, at a position, the longest of the words that starts there: the words as a tree of
    their letters, a word that goes on being an optional, greedy continuation ("report(?:s)?")."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        body = "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if body and "" in node else body

    return branch(tree)


class Lexicon:
    """The words of a fixed set of patterns (a rule file's), found in a text by one scan instead of one look
    for each word a pattern asks about: a Haystack given a lexicon tells a pattern that cannot match it by set
    operations on the words the text holds. Every word a text holds starts somewhere: the scan finds, at each
    position, the longest word starting there, and the words it holds are those and the words they start with.
    """

    def __init__(self, groups: Iterable[tuple[re.Pattern[str], ...]],
                 needs: Iterable[tuple[re.Pattern[str], tuple[frozenset[str], ...]]] | None = None) -> None:
        self._groups = tuple(groups)
        # Reading the word sets off the patterns is the costly part (a worker's start): one unpickled is given them.
        self._needs = ({id(p): (p, n) for p, n in needs} if needs is not None
                       else {id(p): (p, _needs(p)) for group in self._groups for p in group})
        words = {w for _p, needs in self._needs.values() for ws in needs for w in ws} - {_ANY_ARABIC}
        self._scan = re.compile(f"(?=({_trie(words)}))") if words else None
        self._starts = {w: frozenset(w[:i] for i in range(1, len(w) + 1)) & words for w in words}
        # A group of patterns (a rule's `any`) none of which can match: the text holds no word of any of their
        # first word sets. A group with a pattern that needs no word has none.
        firsts = [[self._needs[id(p)][1][:1] for p in group] for group in self._groups]
        self._group_words = {id(g): (g, frozenset().union(*(f[0] for f in fs))) for g, fs in zip(self._groups, firsts, strict=True)
                             if g and all(fs)}

    def __reduce__(self) -> tuple[type[Lexicon], tuple[object, ...]]:
        # The look-ups are by identity: rebuilt on the patterns unpickled (one pickle keeps them one object each).
        return Lexicon, (self._groups, tuple(self._needs.values()))

    def group_words(self, patterns: tuple[re.Pattern[str], ...]) -> frozenset[str] | None:
        """The words one of which a text holds if one of a group's patterns matches it; None for another group."""
        known = self._group_words.get(id(patterns))
        return known[1] if known is not None and known[0] is patterns else None

    def needs(self, pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
        """The word sets of one of the lexicon's patterns; None for another pattern."""
        known = self._needs.get(id(pattern))
        return known[1] if known is not None and known[0] is pattern else None

    def held(self, words_text: str) -> set[str]:
        """The lexicon's words that a text, as Haystack looks for words in it, holds."""
        held = {_ANY_ARABIC} if words_text.endswith(_ANY_ARABIC) else set()
        if self._scan is not None:
            for longest in set(self._scan.findall(words_text)):
                held |= self._starts[longest]
        return held


# A pattern made of alternatives ("A|B|C", as most robot and text rules are) tries each of them at every position
# of a text. Its leftmost match is that of the alternatives that can match the text at all: one that cannot match
# anywhere fails at every position, so leaving it out changes neither where the match starts nor which alternative
# makes it. Haystack.matched searches with those alone (their words are looked for as a whole pattern's are).
# The alternatives are cut at the top-level bars of the pattern's source; the cut is kept only when the regex
# parser sees the same number of alternatives and each compiles alone, and when no group is referred back to.

_ALTERNATIVES: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], ...] | None]] = {}
_JOINED: dict[tuple[int, tuple[int, ...]], tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _top_level_bars(source: str) -> list[int]:
    """Where the source of a regex has a bar outside any group, class or escape."""
    bars: list[int] = []
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # the escaped character
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")  # to the class's first character
            i += source[i:i + 1] == "]"  # which, if a "]", is that character
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars


def _refers_back(items: Any) -> bool:
    """Whether a parse tree holds a backreference or a conditional on a group."""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE, sre.GROUPREF_LOC_IGNORE, sre.GROUPREF_UNI_IGNORE):
            return True
        for arg in av if isinstance(av, tuple | list) else (av,):
            subs = arg if isinstance(arg, list) else [arg]
            if any(isinstance(sub, sre_parse.SubPattern) and _refers_back(sub) for sub in subs):
                return True
    return False


def _split_alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The top-level alternatives of a pattern, each compiled alone with its flags; None for fewer than two."""
    source = pattern.pattern
    bars = _top_level_bars(source) if not pattern.flags & re.VERBOSE else []
    if not bars:
        return None
    tree = sre_parse.parse(source, pattern.flags)
    if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH or len(tree.data[0][1][1]) != len(bars) + 1 \
            or _refers_back(tree):
        return None
    starts, ends = [0, *(b + 1 for b in bars)], [*bars, len(source)]
    try:
        return tuple(re.compile(source[a:b], pattern.flags) for a, b in zip(starts, ends, strict=True))
    except re.error:
        return None


def _alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    known = _ALTERNATIVES.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_ALTERNATIVES) >= _NEEDS_LIMIT:
            _ALTERNATIVES.clear()
        known = _ALTERNATIVES[id(pattern)] = (pattern, _split_alternatives(pattern))
    return known[1]


def _joined(pattern: re.Pattern[str], kept: tuple[int, ...], alternatives: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """The pattern with only the alternatives numbered `kept`, compiled once."""
    known = _JOINED.get((id(pattern), kept))
    if known is None or known[0] is not pattern:
        if len(_JOINED) >= _NEEDS_LIMIT:
            _JOINED.clear()
        joined = re.compile("|".join(alternatives[i].pattern for i in kept), pattern.flags)
        known = _JOINED[(id(pattern), kept)] = (pattern, joined)
    return known[1]


class Haystack:
    """A text that patterns are run on, skipping those that cannot match it (see above); with a lexicon, the
    lexicon's patterns are told apart by the words the text holds, found once (see Lexicon)."""

    __slots__ = ("_folded", "_held", "_holds", "_lexicon", "text")

    def __init__(self, text: str, lexicon: Lexicon | None = None) -> None:
        self.text = text
        self._folded: str | None = None
        self._holds: dict[str, bool] = {}
        self._lexicon = lexicon
        self._held: set[str] | None = None

    def _words(self) -> str:
        """The text as words are looked for in it: folded by _ascii_case, then _ANY_ARABIC if it has an Arabic
        letter (no ASCII word can run into it)."""
        folded = _ascii_case(self.text)
        return folded + _ANY_ARABIC if _ARABIC_CHAR.search(self.text) else folded

    def _held_words(self, lexicon: Lexicon) -> set[str]:
        if self._held is None:
            if self._folded is None:
                self._folded = self._words()
            self._held = lexicon.held(self._folded)
        return self._held

    def may_match(self, pattern: re.Pattern[str], rejoined: bool = False) -> bool:
        """False when the pattern cannot match the text; True when it may.

        With `rejoined`, the question is whether it may match text made of pieces of this one joined
        by single spaces (hard-wrapped lines joined back): a word with a space may span a join.
        """
        folded = self._folded
        if folded is None:
            folded = self._folded = self._words()
        lexicon = self._lexicon
        if lexicon is not None and not rejoined and (lexicon_needs := lexicon.needs(pattern)) is not None:
            held = self._held if self._held is not None else self._held_words(lexicon)
            for words in lexicon_needs:  # noqa: SIM110 - a loop, as below: all() and a generator cost more
                if held.isdisjoint(words):
                    return False
            return True
        # _needs inlined, and all(any(...)) written as loops: this runs a few hundred times a message.
        known = _NEEDS.get(id(pattern))
        if known is None or known[0] is not pattern:
            needs = _needs(pattern, rejoined)
        else:
            needs = known[2] if rejoined else known[1]
        holds = self._holds  # a word asked about again is a look-up, not another scan of a text of up to 16,000 characters
        for words in needs:
            for word in words:
                found = holds.get(word)
                if found is None:
                    found = holds[word] = word in folded
                if found:
                    break
            else:
                return False
        return True

    def may_match_any(self, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """False when none of the patterns can match the text: told for a group of its lexicon at once."""
        lexicon = self._lexicon
        if lexicon is None or (words := lexicon.group_words(patterns)) is None:
            return True
        return not self._held_words(lexicon).isdisjoint(words)

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(self.text) if self.may_match(pattern) else None

    def matched(self, pattern: re.Pattern[str]) -> str | None:
        """The text of the pattern's first match, as `search` finds it, or None; a pattern made of alternatives
        is searched for with only those that may match (see _ALTERNATIVES). The groups of the match are not
        the pattern's, hence the text alone."""
        if not self.may_match(pattern):
            return None
        alternatives = _alternatives(pattern)
        if alternatives is not None:
            kept = tuple(i for i, alternative in enumerate(alternatives) if self.may_match(alternative))
            if not kept:
                return None
            if len(kept) < len(alternatives):
                pattern = _joined(pattern, kept, alternatives)
        m = pattern.search(self.text)
        return m.group(0) if m else None

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return pattern.finditer(self.text) if self.may_match(pattern) else iter(())


# ---------------------------------------------------------------------------------------------
# The Ruleset


@dataclass(frozen=True)
class Rule:
    """One classification rule (see rules/README.md for each type's keys)."""

    name: str
    type: str  # text | attachment | thread | decoy
    categories: tuple[str, ...] = ()  # empty for decoys
    weight: float = 0.0
    description: str = ""
    where: tuple[str, ...] = ("new", "forwarded")
    any: tuple[re.Pattern[str], ...] = ()
    all: tuple[re.Pattern[str], ...] = ()
    min_count: int = 1
    filename: re.Pattern[str] | None = None
    content_type: re.Pattern[str] | None = None
    text: re.Pattern[str] | None = None
    lacks: re.Pattern[str] | None = None  # the document was read and its text does not match
    scope: str = "documents"  # documents (not decoys) | any (every attachment)
    not_report: bool = False  # an attachment rule whose matches are, as a decoy's, never part of the report
    unless: re.Pattern[str] | None = None  # a decoy claims nothing, a text rule does not fire, when the text says this
    after: tuple[str, ...] = ()  # thread rules, and text rules that only count in a follow-up of these
    line: int = 0


@dataclass(frozen=True)
class Ruleset:
    """Rules in file order, with the thresholds and place factors that turn hits into a decision."""

    rules: tuple[Rule, ...] = ()
    decide: float = 2.0  # a category holds at or above this score
    review: float = 1.0  # a score in [review, decide) asks a person to look
    reply_subject: float = 0.3  # factor for a reply's subject, which repeats someone else's
    where: tuple[tuple[str, float], ...] = tuple(_DEFAULT_WHERE.items())
    document_extensions: tuple[str, ...] = _DEFAULT_EXTENSIONS
    document_types: tuple[str, ...] = _DEFAULT_TYPES
    # Phrases of the organisers' own call (the invitation letter): a forwarded or quoted message holding
    # one is their words handed back, not the sender's, and gives no evidence.
    organisers_text: tuple[re.Pattern[str], ...] = ()
    # Greetings, thanks and sign-offs, as one pattern: a reply holding nothing else adds nothing.
    courtesies: re.Pattern[str] | None = None
    # What a sentence says of a file sent beside the report that is no part of it ("it is not part of the report",
    # "for background only"): the attachment its words name is never the report.
    disowned_files: tuple[re.Pattern[str], ...] = ()
    source: Path | None = field(default=None, compare=False)

    @cached_property
    def _factors(self) -> dict[str, float]:
        return dict(self.where)

    @cached_property
    def lexicon(self) -> Lexicon:
        """The words of the text rules' patterns, which every message's places are searched for; the groups are
        each rule's `any`, `all` and `unless`."""
        return Lexicon(g for r in self.rules if r.type == "text" for g in (r.any, r.all, (r.unless,) if r.unless else ()))

    def factor(self, place: str) -> float:
        """The weight factor of a place in the message (subject, new, forwarded, signature, quoted)."""
        return self._factors.get(place, 0.0)

    @property
    def decoys(self) -> tuple[Rule, ...]:
        """The rules whose attachments are never the report: decoys, and attachment rules marked `not_report`."""
        return tuple(r for r in self.rules if r.type == "decoy" or r.not_report)


class _Problems:
    """Collects one-sentence problems that name the file, the line and the rule."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, line: int, rule: str | None, message: str) -> None:
        where = f"{self.path} line {line}" if line else str(self.path)
        who = f", rule '{rule}'" if rule else ""
        self.items.append(f"{where}{who}: {message}")


def _rule_lines(source: str) -> list[int]:
    """1-based line numbers of each [[rule]] header, in order (tomllib keeps the file's order)."""
    return [i for i, line in enumerate(source.splitlines(), 1) if re.match(r"\s*\[\[\s*rule\s*\]\]", line)]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def misquoted(source: str) -> str | None:
    """Why a pattern cannot be what its writer meant, when it holds a control character: in a TOML string between double
    quotes, "\\b" is a backspace, not a word boundary, and the pattern then never matches; else None."""
    m = _CONTROL.search(source)
    if m is None:
        return None
    what = "a backspace (\\b between double quotes)" if m.group() == "\b" else f"the control character {m.group()!r}"
    return f"holds {what}: write the pattern between single quotes ('...' or '''...''')"


def _regex(value: Any, key: str) -> tuple[re.Pattern[str] | None, str | None]:
    if not isinstance(value, str) or not value.strip():
        return None, f"'{key}' must be a non-empty string holding a regular expression"
    if problem := misquoted(value):
        return None, f"'{key}' {problem}"
    try:
        return re.compile(fold_pattern(value), re.IGNORECASE | re.MULTILINE), None
    except re.error as exc:
        return None, f"'{key}' is not a valid regular expression ({exc})"


def _regexes(value: Any, key: str) -> tuple[tuple[re.Pattern[str], ...], str | None]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        return (), f"'{key}' must be a regular expression or a non-empty list of them"
    out = []
    for item in items:
        pattern, err = _regex(item, key)
        if err:
            return (), err
        out.append(pattern)
    return tuple(out), None


def _weight(value: Any) -> tuple[float, str | None]:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 0.0, "'weight' must be a number"
    if value == 0 or abs(value) > MAX_WEIGHT:
        return 0.0, f"'weight' is {value}; it must be non-zero and between -{MAX_WEIGHT:g} and {MAX_WEIGHT:g}"
    return float(value), None


def _categories(value: Any) -> tuple[tuple[str, ...], str | None]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or any(c not in RULE_CATEGORIES for c in items):
        return (), f"'category' is {value!r}; use {' or '.join(RULE_CATEGORIES)} (or a list of them)"
    return tuple(items), None


def _build_rule(raw: Any, line: int) -> tuple[Rule | None, list[str]]:
    """One [[rule]] table -> Rule, or None and the reasons it was refused."""
    if not isinstance(raw, dict):
        return None, ["each [[rule]] must be a table"]
    errs: list[str] = []
    kind = raw.get("type", "text")
    if kind not in RULE_TYPES:
        return None, [f"unknown type '{kind}'; use one of {', '.join(RULE_TYPES)}"]
    unknown = sorted(set(raw) - _KEYS[kind])
    if unknown:
        errs.append(f"unknown key(s) {', '.join(repr(k) for k in unknown)} for a {kind} rule")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        errs.append("'name' is missing")
    desc = raw.get("description", "")
    values: dict[str, Any] = {"name": name, "type": kind, "description": desc if isinstance(desc, str) else "", "line": line}
    if kind != "decoy":
        cats, err = _categories(raw.get("category"))
        weight, werr = _weight(raw.get("weight"))
        errs += [e for e in (err, werr) if e]
        values.update(categories=cats, weight=weight)
    if kind == "text":
        where = raw.get("where", ["new", "forwarded"])
        if not isinstance(where, list) or not where or any(w not in FIELDS for w in where):
            errs.append(f"'where' is {where!r}; use a list of {', '.join(FIELDS)}")
        else:
            values["where"] = tuple(where)
        if "any" not in raw and "all" not in raw:
            errs.append("a text rule needs 'any' or 'all' (regular expressions)")
        for key in ("any", "all"):
            if key in raw:
                patterns, err = _regexes(raw[key], key)
                errs += [err] if err else []
                values[key] = patterns
        count = raw.get("min_count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            errs.append("'min_count' must be a whole number of at least 1")
        else:
            values["min_count"] = count
        if "after" in raw:
            errs += _after(raw["after"], values)
    if "unless" in raw:  # (text and decoy rules only: the key is unknown to the others)
        pattern, err = _regex(raw["unless"], "unless")
        errs += [err] if err else []
        values["unless"] = pattern
    if kind in ("attachment", "decoy"):
        given = [k for k in ("filename", "content_type", "text", "lacks") if k in raw]
        if not given:
            errs.append(f"a {kind} rule needs at least one of 'filename', 'content_type', 'text' or 'lacks'")
        for key in given:
            pattern, err = _regex(raw[key], key)
            errs += [err] if err else []
            values[key] = pattern
        if kind == "attachment":
            scope = raw.get("scope", "documents")
            if scope not in ("documents", "any"):
                errs.append(f"'scope' is {scope!r}; use 'documents' or 'any'")
            values["scope"] = scope
            not_report = raw.get("not_report", False)
            if not isinstance(not_report, bool):
                errs.append(f"'not_report' is {not_report!r}; use true or false")
            values["not_report"] = not_report is True
    elif kind == "thread":
        errs += _after(raw.get("after"), values)
    return (None, errs) if errs else (Rule(**values), [])


def _after(after: Any, values: dict[str, Any]) -> list[str]:
    """Check an 'after' list of thread categories into values; the problems found."""
    if not isinstance(after, list) or not after or any(a not in THREAD_CATEGORIES for a in after):
        return [f"'after' is {after!r}; use a list of {', '.join(THREAD_CATEGORIES)}"]
    values["after"] = tuple(after)
    return []


def _settings(raw: Any, problems: _Problems, line: int) -> dict[str, Any]:
    """The [settings] table -> Ruleset keyword arguments; a bad value keeps its default."""
    out: dict[str, Any] = {}
    if raw is None:
        return out
    if not isinstance(raw, dict):
        problems.add(line, None, "[settings] must be a table")
        return out
    for key in sorted(set(raw) - _SETTINGS_KEYS):
        problems.add(line, None, f"unknown key '{key}' in [settings]; it accepts {', '.join(sorted(_SETTINGS_KEYS))}")
    for key in ("decide", "review", "reply_subject"):
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                problems.add(line, None, f"[settings] {key} must be a number of at least 0")
            else:
                out[key] = float(value)
    decide, review = out.get("decide", Ruleset.decide), out.get("review", Ruleset.review)
    if not 0 < review <= decide:
        problems.add(line, None, f"[settings] review ({review:g}) must be above 0 and at most decide ({decide:g}); the defaults are used")
        out.pop("decide", None)
        out.pop("review", None)
    where = raw.get("where")
    if where is not None:
        factors = dict(_DEFAULT_WHERE)
        if not isinstance(where, dict):
            problems.add(line, None, "[settings.where] must be a table of place = factor")
        else:
            for place, value in where.items():
                if place not in FIELDS:
                    problems.add(line, None, f"[settings.where] unknown place '{place}'; use {', '.join(FIELDS)}")
                elif isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                    problems.add(line, None, f"[settings.where] {place} must be a number from 0 to 1")
                else:
                    factors[place] = float(value)
        out["where"] = tuple(factors.items())
    for key in ("document_extensions", "document_types"):
        if key in raw:
            value = raw[key]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                problems.add(line, None, f"[settings] {key} must be a list of strings")
            else:
                out[key] = tuple(v.lower().lstrip(".") for v in value)
    for key, lost in (("organisers_text", "no forwarded text is set aside as the organisers'"),
                      ("disowned_files", "no file is set aside for what the text says of it")):
        if key in raw:
            patterns, err = _regexes(raw[key], key)
            if err:
                problems.add(line, None, f"[settings] {err}; {lost}")
            else:
                out[key] = patterns
    if "courtesies" in raw:
        patterns, err = _regexes(raw["courtesies"], "courtesies")
        if err:
            problems.add(line, None, f"[settings] {err}; a reply is not taken for a courtesy unless it is a few words long")
        else:
            out["courtesies"] = _one_pattern(patterns)
    return out


def _opens_on_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern is `\\b` followed by the rest of it (not `\\bx|y`, whose `\\b` belongs to one alternative)."""
    return pattern.pattern.startswith("\\b") \
        and sre_parse.parse(pattern.pattern, pattern.flags).data[0] == (sre.AT, sre.AT_BOUNDARY)


def _one_pattern(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """The patterns as one, which tries them in their order at each position of a text: "(?:p1)|(?:p2)|...".

    A run of patterns that each open on a word boundary (most courtesies do) is written as a single `\\b` and the
    run without theirs: at a position that is no word boundary, where none of them can match, the run then costs
    one test instead of one for each pattern. `\\b` consumes nothing and the order is kept, so the matches are the
    same; the group numbers too, as no group is added or taken out.
    """
    alternatives = []
    for on_boundary, run in groupby(patterns, _opens_on_boundary):
        if on_boundary:
            alternatives.append("\\b(?:" + "|".join(f"(?:{p.pattern[2:]})" for p in run) + ")")
        else:
            alternatives.extend(f"(?:{p.pattern})" for p in run)
    return re.compile("|".join(alternatives), re.IGNORECASE | re.MULTILINE)


def load_ruleset(rules_dir: Path) -> tuple[Ruleset, list[str]]:
    """Read rules_dir/classify.toml; return the rules that are valid and one problem per bad rule."""
    path = Path(rules_dir) / RULE_FILE
    problems = _Problems(path)
    try:
        source = path.read_text(encoding="utf-8")
        data = tomllib.loads(source)
    except FileNotFoundError:
        problems.add(0, None, "the file does not exist; no classification rule is loaded")
        return Ruleset(source=path), problems.items
    except OSError as exc:
        problems.add(0, None, f"the file cannot be read ({exc.strerror}); no classification rule is loaded")
        return Ruleset(source=path), problems.items
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.add(0, None, f"the file is not valid TOML ({exc}); no classification rule is loaded")
        return Ruleset(source=path), problems.items
    for key in sorted(set(data) - {"settings", "rule"}):
        problems.add(0, None, f"unknown top-level key '{key}'; the file holds [settings] and [[rule]] tables")
    settings_line = next((i for i, ln in enumerate(source.splitlines(), 1) if ln.strip() == "[settings]"), 0)
    kwargs = _settings(data.get("settings"), problems, settings_line)
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        problems.add(0, None, "'rule' must be written as [[rule]] tables")
        raw_rules = []
    lines = _rule_lines(source)
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        line = lines[i] if i < len(lines) else 0
        name = raw.get("name") if isinstance(raw, dict) else None
        label = name if isinstance(name, str) else f"#{i + 1}"
        rule, errs = _build_rule(raw, line)
        if rule is not None and rule.name in seen:
            errs = ["the name is already used by an earlier rule; names must be unique"]
            rule = None
        for err in errs:
            problems.add(line, label, f"{err}; the rule is skipped")
        if rule is not None:
            seen.add(rule.name)
            rules.append(rule)
    return Ruleset(rules=tuple(rules), source=path, **kwargs), problems.items
