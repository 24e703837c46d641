"""Several speakers in one message: a speaker named again is the same speaker, roles may be given to each apart, and
one the text says will not come is not proposed.

A speaker may be named again by the full name or, after an honorific, by the first or last name alone ("Mr. Gebremariam
will follow", "الأستاذ عثمان"): `_called` is how the text may name each one, and what a sentence says after that name,
up to the next speaker named, is said of that speaker alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from intake.extract_prose import line_sentences, logical_lines
from intake.extract_roles import asks_for_role, roles_stated
from intake.extract_rules import ExtractRules
from intake.extract_values import Cand, same_person, transcribed
from intake.folding import fold
from intake.rules import without_abbreviation_periods


def _named_again(later: Cand, first: Cand) -> bool:
    """Whether a later mention that says nothing new is the earlier speaker by a first or last name, the words after
    it read on as a name ("... الأستاذ عثمان الطيب محمد ... الأستاذ عثمان يتابع منذ سنوات", "Mr. Kasun has led")."""
    if not (later.name and first.name) or later.title or (later.affiliation and later.affiliation != first.affiliation):
        return False
    words, known = fold(later.name).split(), fold(first.name).split()
    return len(known) > 1 and len(words) <= len(known) and words[0] in (known[0], known[-1])


def merged(cands: list[Cand], rules: ExtractRules) -> list[Cand]:
    """Speakers named again later ("Mme Khadija EL AMRANI ... Mme EL AMRANI est ...", or in the other script of a
    bilingual message: "عوض الكريم محمد الطيب ... Awad Elkarim Mohamed Eltayeb") folded into the first mention.

    A delegation list then the roles asked for each ("- Amb. X: plenary"): the later mention states the roles.
    """
    out: list[Cand] = []
    for c in cands:
        first = next((o for o in out if same_person(o.name, c.name) or _named_again(c, o)
                      or transcribed(o.name, c.name, rules)), None)
        if first is None:
            out.append(c)
            continue
        for what in ("title", "affiliation"):
            first.set(what, getattr(c, what), c.prov.get(what, "prose"))
        first.org_ref = first.org_ref or (c.org_ref and not first.affiliation)
        if c.role_text and not asks_for_role(first.role_text, rules) and asks_for_role(c.role_text, rules):
            first.role_text, first.lines, first.sentence_roles, first.role_more = c.role_text, c.lines, c.sentence_roles, c.role_more
    return out


class _Mention:
    """Where a text names a speaker (the start and end of a match, as a regex match gives them)."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class _Called:
    """How a text may name a speaker again (see `_called`), searched as the compiled regex
    `full name|(?<!\\w)و?(?:honorific)\\s+(?:part)(?!\\w)` would be, leftmost first: the honorifics are one pattern
    shared by every speaker, as compiling them into a pattern for each name cost more than the rest of the reading."""

    def __init__(self, full: str, parts: tuple[str, ...], honorific: re.Pattern[str]) -> None:
        self._full = re.compile(re.escape(full))
        self._parts, self._honorific = parts, honorific

    def _after_honorific(self, text: str, pos: int) -> _Mention | None:
        for m in self._honorific.finditer(text, pos):
            for part in self._parts:
                end = m.end() + len(part)
                if text.startswith(part, m.end()) and not (end < len(text) and _WORD_CHAR.match(text, end)):
                    return _Mention(m.start(), end)
        return None

    def search(self, text: str, pos: int = 0) -> _Mention | None:
        full = self._full.search(text, pos)
        titled = self._after_honorific(text, pos)
        if full and (titled is None or full.start() <= titled.start()):
            return _Mention(full.start(), full.end())
        return titled

    def finditer(self, text: str) -> Iterator[_Mention]:
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end()


_WORD_CHAR = re.compile(r"\w")
# A speaker's name as a text may say it: a name of one word is a plain pattern
Called = re.Pattern[str] | _Called


def _called(c: Cand, rules: ExtractRules) -> Called:
    """How a text may name this speaker again, on folded text: the full name, or after an honorific its first or last
    word or all but the first ("Mr. Gebremariam will follow", "Ms. Siti in the plenary", "M. Ben Youssef en plénière",
    "الأستاذ عثمان")."""
    words = fold(c.name or "").split()
    if len(words) < 2:
        return re.compile(re.escape(" ".join(words)))
    parts = tuple(dict.fromkeys((" ".join(words[1:]), words[-1], words[0])))
    return _Called(" ".join(words), parts, _after_honorifics(rules.honorifics))  # "والسيدة هدى": "and Ms. Huda"


@functools.cache
def _after_honorifics(honorifics: frozenset[str]) -> re.Pattern[str]:
    """An honorific opening with a letter, maybe with "و" ("and") glued on, and the spaces after it."""
    return re.compile(rf"(?<!\w)و?(?:{_word_honorifics(honorifics)})\s+")


def _with_others(cands: list[Cand], rules: ExtractRules) -> list[tuple[Cand, Called, list[Called]]]:
    """Each speaker, how the text may name it, and how it may name each of the other speakers."""
    called = [_called(c, rules) for c in cands]
    return [(c, mine, [p for o, p in zip(cands, called, strict=True) if o is not c and o.name])
            for c, mine in zip(cands, called, strict=True)]


# (not the dot of an initial or of an abbreviation in letters: "M. X", "Chargé d'affaires a.i., ayant été rappelé")
_SENTENCE_END = re.compile(r"(?<!\b[^\W\d_])\.|[!?؟;\n]")


def _said_of(folded: str, at: int, others: list[Called]) -> str:
    """What a sentence says after a name at `at`: up to its end or the next of the others (`_called`) named in it."""
    end = _SENTENCE_END.search(folded, at)
    after = folded[at : end.start() if end else len(folded)]
    cut = min((m.start() for p in others if (m := p.search(after))), default=len(after))
    return after[:cut]


def _own_clause(called: Called, folded: str, others: list[Called], rules: ExtractRules) -> str:
    """The first part of a sentence that speaks of this speaker alone and asks for a role, or "": roles given
    speaker by speaker ("Ms. Siti in the plenary, and Mr. Agus in Roundtable 2", "X en plénière et Y en table ronde 2")."""
    for m in called.finditer(folded):
        clause = _said_of(folded, m.end(), others)
        if asks_for_role(clause, rules):
            return clause
    return ""


def roles_apart(cands: list[Cand], text: str, rules: ExtractRules,
                 themes: tuple[str, ...]) -> dict[int, tuple[tuple[str, ...], int | None]]:
    """The roles of each speaker whose role the text gives apart from the others', by id; empty unless at least
    two speakers are given different roles (in "A and B would like to speak in the plenary" both take it)."""
    if len(cands) < 2:
        return {}
    folded = fold(text)
    apart: dict[int, tuple[tuple[str, ...], int | None]] = {}
    for c, called, others in _with_others(cands, rules):
        if not (c.role_text and asks_for_role(c.role_text, rules)):
            clause = _own_clause(called, folded, others, rules)
            if clause:
                apart[id(c)] = roles_stated(clause, rules, themes)
    return apart if len(set(apart.values())) > 1 else {}


def says_absent(called: Called, folded: str, others: list[Called], rules: ExtractRules,
            kept: bool = True) -> bool:
    """Whether a folded text says this person (`_called`) will not speak ("M. X ne pourra pas participer", "instead of
    Ms. Y"), or, when `kept`, that their request made before stands ("X is unchanged"): not proposed now either."""
    for m in called.finditer(folded):
        words = folded[max(0, m.start() - 80) : m.start()].split()
        while words and (words[-1] in rules.honorifics or words[-1] in rules.articles):
            words.pop()  # "à la place de Mme X": the honorific sits between the cue and the name
        before = " ".join(words)
        if any(p.search(_SENTENCE_END.split(before)[-1] + " ") for p in rules.absent_if):
            continue  # "to speak only if Dr. X cannot connect": an absence supposed, not said
        after = _said_of(folded, m.end(), others)
        if any(p.search(after) for p in (*rules.absent_after, *(rules.kept_after if kept else ()))):
            return True
        if any(q.end() == len(before) for p in rules.absent_before for q in p.finditer(before)):
            return True
    return False


@functools.cache
def _word_honorifics(honorifics: frozenset[str]) -> str:
    """The honorifics that open with a letter, as a regex alternation, longest first."""
    return "|".join(re.escape(h) for h in sorted(honorifics, key=len, reverse=True) if h[:1].isalpha())


def present_and_absent(cands: list[Cand], text: str, rules: ExtractRules) -> tuple[list[Cand], list[Cand]]:
    """The speakers the text does not say will be absent, and the absent ones.

    "M. X ne pourra pas participer. Il sera remplacé par Mme Y", "remplacer M. X par Mme Y": only the replacement is
    proposed. When the text seems to say so of everyone, all stay.
    """
    if len(cands) < 2:
        return cands, []
    folded = fold("\n".join(logical_lines(text)))  # a hard-wrapped sentence read whole ("Dr. X\nwill not attend")
    named = [(c, called) for c, called, others in _with_others(cands, rules) if not says_absent(called, folded, others, rules)]
    if not named:
        return cands, []
    present = _the_only_speakers(named, folded, rules) or [c for c, _ in named]
    return present, [c for c in cands if c not in present]


def _the_only_speakers(named: list[tuple[Cand, Called]], folded: str, rules: ExtractRules) -> list[Cand]:
    """Those of the speakers (each with how the text names them, `_called`) a text says are the only ones to speak
    ("Seule Mme X prendra la parole", "Ms Y is our only speaker"), when it says so of some of them; else none. The
    others came as a delegation, or as its writer."""
    if len(named) < 2:
        return []
    text = without_abbreviation_periods(folded)  # "Ms. Amer is our only speaker": one sentence
    for p in rules.sole_speaker:
        for m in p.finditer(text):
            only = [c for c, called in named if called.search(m.group())]
            if 0 < len(only) < len(named):
                return only
    return []


def not_of_absent(text: str, present: list[Cand], absent: list[Cand], rules: ExtractRules) -> str:
    """The text without what is said of the absent alone, whose roles are not the others': the lines that name only
    them ("... for X is unchanged"), and the clauses that name one of them and no one proposed, with those after them
    that name no one ("... so please withdraw his name from the plenary list. Ms. Y remains our speaker for RT 2")."""
    if not absent:
        return text
    theirs = {ln for c in absent for ln in c.lines} - {ln for c in present for ln in c.lines}
    gone, staying = [_called(c, rules) for c in absent], [_called(c, rules) for c in present]

    def proposes(clause: str) -> bool:
        """Whether a clause proposes someone ("and we propose in her place for the plenary:"): it speaks of the one
        named next, not of the one before."""
        return any(cue.third_party and cue.regex.search(fold(clause)) for cue in rules.prose)

    def kept(line: str) -> str:
        out, theirs_too = [], False
        for clause in _clauses(line, rules):
            folded = fold(clause)
            named_gone, named_staying = any(p.search(folded) for p in gone), any(p.search(folded) for p in staying)
            # a clause that names no one goes on about the one before ("X ne pourra pas venir ; merci de retirer son
            # nom"), unless it proposes someone ("X withdraws, and we propose in her place for the plenary:")
            theirs_too = (named_gone and not named_staying) \
                or (theirs_too and not named_gone and not named_staying and not proposes(clause))
            if not theirs_too:
                out.append(clause)
        return ". ".join(out)

    def goes_on(line: str) -> bool:
        """A line of theirs that opens with a clause naming no one, the sentence before it going on ("... replace
        him with:" / "Ms Y" / "for the same slot (Roundtable 4). Dr X's nomination is unchanged"), or that goes on to
        propose someone ("X withdraws, and we propose in her place for the plenary:"): read clause by clause."""
        clauses = _clauses(line, rules)
        return len(clauses) > 1 and (not any(p.search(fold(clauses[0])) for p in (*gone, *staying))
                                     or any(proposes(clause) for clause in clauses[1:]))

    lines = logical_lines("\n".join(ln for ln in text.split("\n") if ln not in theirs or goes_on(ln)))
    return "\n".join(kept(line) for line in lines)


# a comma and "and" that join a second clause to a sentence ("X cannot attend, and we propose ...", "، ونقترح")
_AND_CLAUSE = re.compile(r"[,،]\s*(?=(?:and|et|but|mais)\s|و(?!\s))", re.IGNORECASE)


def _clauses(line: str, rules: ExtractRules) -> list[str]:
    """A line's sentences, each cut where a comma and "and" join a second clause to it."""
    return [clause for _, sent in line_sentences(line, rules) for clause in _AND_CLAUSE.split(sent)]
