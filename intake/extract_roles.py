"""Speaking roles (open discussion, rapporteur, plenary, roundtable) and the roundtable number, read from
numbers, ordinals, objectives and themes.
"""

from __future__ import annotations

import re

from intake.extract_rules import ExtractRules, word_tokens
from intake.extract_values import names_role, unquote
from intake.folding import Folded, fold
from intake.model import ROLES

# ---------------------------------------------------------------------------------------------
# Roles


_CHECKED = r"[☒☑✅✔✓■]|\[\s*[xX✓]\s*\]|\(\s*[xX]\s*\)"
BOX = re.compile(rf"{_CHECKED}|[☐□]|\[\s?\]|\(\s\)")


def _ticked(text: str) -> str:
    """A form's options without the ones left unticked, when the form ticks some and not others.

    Boxes come before their options ("☐ Plenary ☒ Roundtable") unless the last one closes its line
    ("Plenary [ ]  Roundtable [x]"); an option runs from its box to the next box or the line's end.
    """
    marks = list(BOX.finditer(text))
    ticked = [re.fullmatch(_CHECKED, m.group()) is not None for m in marks]
    if all(ticked) or not any(ticked):
        return text
    last_nl = text.find("\n", marks[-1].end())
    boxes_after = not text[marks[-1].end() : last_nl if last_nl != -1 else len(text)].strip()
    kept, pos = [], 0
    for k, m in enumerate(marks):
        if ticked[k]:
            continue
        if boxes_after:
            start = max(text.rfind("\n", 0, m.start()) + 1, marks[k - 1].end() if k else 0, pos)
            end = m.end()
        else:
            start = m.start()
            stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            nl = text.find("\n", m.end(), stop)
            end = nl if nl != -1 else stop
        kept.append(text[pos:start])
        pos = end
    return "".join(kept) + text[pos:]


# A single line break inside a paragraph: a hard wrap may fall inside a role name ("la table\nronde").
_WRAP = re.compile(r"[^\S\n]*\n[^\S\n]*(?=\S)")


def _role_text(text: str, rules: ExtractRules) -> Folded:
    """The text folded, without a form's unticked options, the roles it declines and the requests it says stand."""
    ft = Folded(_ticked(text))
    return _without_declined(ft, rules) if rules.role_declined or rules.role_kept or rules.role_unoffered else ft


def _unwrapped(text: str) -> str:
    """A text's paragraphs each on one line, its unticked options dropped first (they are read line by line)."""
    return _WRAP.sub(" ", _ticked(text))


def asks_for_role(text: str, rules: ExtractRules) -> bool:
    """Whether a text asks for a speaking role (names one, ticked and not declined), hard-wrapped or not."""
    return names_role(_role_text(text, rules).text, rules) or (
        "\n" in text and names_role(_role_text(_unwrapped(text), rules).text, rules))


def roles_stated(text: str, rules: ExtractRules, themes: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """Roles stated in a text, in model order, and the first roundtable number named; a role name hard-wrapped
    over two lines counts."""
    roles, number = _stated_roles(text, rules, themes)
    if "\n" not in text.strip():
        return roles, number
    more, more_number = _stated_roles(_unwrapped(text), rules, themes)
    return tuple(r for r in ROLES if r in roles or r in more), number if number is not None else more_number


def _stated_roles(text: str, rules: ExtractRules, themes: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    ft = _role_text(text, rules)
    f = ft.text
    roles = [name for name, pats in rules.roles if any(p.search(f) for p in pats)]
    number = _roundtable_number(ft, rules)
    if number is None and "roundtable" in roles:
        number = _theme_number(f, themes)
    if number is None and "roundtable" in roles:
        number = _roundtable_of_objective(f, rules)
    return tuple(r for r in ROLES if r in roles), number


_CLAUSE_END = re.compile(r"[,;.!?()،؛]|\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


# Words that join a second role to the one set aside ("rather than the plenary or a roundtable"): both are set aside.
_JOINED = re.compile(r"\s*(?:(?:or|and|nor|ou|et|ni|او)\b|و)")


def _declined_end(f: str, start: int, stop: int, rules: ExtractRules) -> int:
    """Where the role set aside after `start` ends: the clause's end, or the end of its first role when the clause
    goes on, with no comma, to the role asked for instead ("rather than the plenary I would prefer roundtable 1",
    "plutôt que la plénière je préférerais la table ronde 2", "بدلا من الجلسة العامة افضل المائدة المستديرة")."""
    found = [m for _, pats in rules.roles for p in pats if (m := p.search(f, start, stop))]
    if not found:
        return stop
    first = min(found, key=lambda m: (m.start(), -m.end()))
    rest = f[first.end() : stop]
    return first.end() if names_role(rest, rules) and not _JOINED.match(rest) else stop


def _without_declined(ft: Folded, rules: ExtractRules) -> Folded:
    """A text without the clauses naming a role set aside ("rapporteur plutôt qu'une intervention en table ronde")
    and the sentences saying a request made before stands ("Rania's request for Roundtable 3 stays as it is": it is
    not asked for again, and is often someone else's), when a role is still asked for outside them; and the clauses
    asking for a part the letter does not offer ("to moderate roundtable 2"), whether a role is left or not."""
    f = ft.text
    spans = []
    for p in rules.role_declined:
        for m in p.finditer(f):
            end = _CLAUSE_END.search(f, m.end(), m.end() + 160)
            stop = _declined_end(f, m.end(), end.start() if end else min(len(f), m.end() + 160), rules)
            if names_role(f[m.end() : stop], rules):
                spans.append((m.start(), stop))
    for p in rules.role_kept:
        for m in p.finditer(f):
            start = max((e.end() for e in _SENTENCE_END.finditer(f, 0, m.start())), default=0)
            end = _SENTENCE_END.search(f, m.end())
            stop = end.start() if end else len(f)
            if names_role(f[start:stop], rules):
                spans.append((start, stop))
    unoffered = []  # a part the letter does not offer ("to moderate roundtable 2") goes even when no role is left
    for p in rules.role_unoffered:
        for m in p.finditer(f):
            end = _CLAUSE_END.search(f, m.end(), m.end() + 160)
            unoffered.append((m.start(), _declined_end(f, m.end(), end.start() if end else min(len(f), m.end() + 160),
                                                       rules)))
    if not spans and not unoffered:
        return ft
    rest = _cut(ft, spans + unoffered)
    if names_role(rest.text, rules):
        return rest
    return _cut(ft, unoffered) if unoffered else ft


def _cut(ft: Folded, spans: list[tuple[int, int]]) -> Folded:
    """A folded text without the spans given."""
    kept, pos = [], 0
    for a, b in sorted(spans):
        kept.append(ft.slice(pos, a) if a > pos else "")
        pos = max(pos, b)
    kept.append(ft.slice(pos, len(ft.text)))
    return Folded(" ".join(kept))


def _theme_words(text: str) -> set[str]:
    return {t for t in word_tokens(fold(text)) if len(t) >= 4}


def _theme_number(folded: str, themes: tuple[str, ...]) -> int | None:
    """The roundtable whose theme a text names: the whole theme, else most of its words, and more than any other."""
    for i, theme in enumerate(themes):
        if theme.strip() and fold(theme).strip() in folded:
            return i + 1
    words = _theme_words(folded)
    shared = sorted(((len(_theme_words(t) & words), i + 1) for i, t in enumerate(themes)), reverse=True)
    if shared and shared[0][0] >= 2 and (len(shared) == 1 or shared[1][0] < shared[0][0]):
        return shared[0][1]
    return None


_THEME_LINE = re.compile(r"^\s*(?:[-•*–·▪►]\s*)?(?P<rt>.{4,40}?)\s*[:：–-]\s*(?P<theme>\S.{5,})$")


def listed_themes(text: str, rules: ExtractRules) -> tuple[str, ...]:
    """Roundtable themes listed in a message, usually the quoted invitation ("Table ronde 4 : Diaspora, ...")."""
    found: dict[int, str] = {}
    for line in unquote(text).split("\n"):
        m = _THEME_LINE.match(line)
        if m is None or rules.rt_after is None:
            continue
        rt = rules.rt_after.fullmatch(fold(m.group("rt")).strip())
        if rt is not None and rt.group("n").isdigit() and 1 <= int(rt.group("n")) <= rules.max_roundtable:
            found.setdefault(int(rt.group("n")), m.group("theme"))
    if len(found) < 2:
        return ()
    return tuple(found.get(n, "") for n in range(1, max(found) + 1))


def _roundtable_of_objective(folded: str, rules: ExtractRules) -> int | None:
    """The roundtable covering the GCM objective named in the sentence that asks for a roundtable."""
    if rules.objective_re is None:
        return None
    by_objective = rules.roundtable_of_objective
    rt_pats = [p for name, pats in rules.roles if name == "roundtable" for p in pats]
    for sentence in re.split(r"[.!?؟\n]", folded):
        if any(p.search(sentence) for p in rt_pats):
            for m in rules.objective_re.finditer(sentence):
                if int(m.group("n")) in by_objective:
                    return by_objective[int(m.group("n"))]
    return None


def _roundtable_number(ft: Folded, rules: ExtractRules) -> int | None:
    values = rules.number_words
    best: tuple[int, int] | None = None
    for pattern in (rules.rt_after, rules.rt_before):
        if pattern is None:
            continue
        for m in pattern.finditer(ft.text):
            word = " ".join(m.group("n").split())
            if word.isdigit():
                n = int(word)
            else:
                n = values.get(word, 0)
                if word in ("i", "ii", "iii", "iv") and not ft.slice(m.start("n"), m.end("n")).isupper():
                    continue  # "roundtable i would like" is not a Roman numeral
            if 1 <= n <= rules.max_roundtable and (best is None or m.start() < best[0]):
                best = (m.start(), n)
            break
    return best[1] if best else None
