"""Speaker and submission fields: who is proposed to speak, with which title, affiliation and roles.

This module owns reading the people out of a message. Sources, most trusted first: labelled lines
("Name:", "الاسم:", "Nom :"), HTML tables, tables and forms in attached DOCX files, prose ("I am X,
Director at Y", "je suis X", "أنا X"), the signature block and, for the name only, the From display
name. A nominee named by someone else (on behalf of, nomination, forwarded, replacement) is the
speaker, not the sender. In prose, a speaker is any name after a cue or an honorific in a sentence
about speaking; the appositive clauses around it give the title and affiliation, and a reference
("the Forum", "في الشبكة", "notre association") resolves to the organisation proposing (the
sentence's subject, else the sender's). Acronyms are expanded to the fullest form the message
writes. Each speaker takes the roles stated for it (its cell, list item or part of the sentence)
before those the message states for everyone. Roles are read from the sender's own text, never
from the quoted invitation, except when a reply completes a speaker proposed in the quoted message.
The sender is the speaker when they say so ("our director - myself -", "je me propose", "أرشح نفسي")
or give only some labelled fields ("Title: ..."): name and missing details then come from the
signature, else the display name. A list item's indented or arrowed lines belong to it. A request
passed on (forwarded or attached) is its author's when the sender names them or the author asks in
the first person; the sender's organisation is the fallback affiliation. A labelled value ends at
a colon that introduces something else, whose text then states that speaker's roles.
The cue words and patterns live in rules/extract.toml so operators can tune them. Matching runs on
folded text (case, accents, Arabic diacritics, tatweel and alef/yaa/taa-marbuta variants, digits)
while every stored value is sliced from the text as written. Pure: no I/O besides loading the rules.
"""

from __future__ import annotations

import email.utils
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from intake.model import ROLES, Decision, DocText, Fields, MessageParts, Parsed, Speaker
from intake.text import split

# ---------------------------------------------------------------------------------------------
# Folding: compare text after normalising it, slice values from the original.

_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك", "’": "'", "‘": "'", "ʼ": "'",
                          "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " ", "\u200f": "", "\u200e": "",
                          "\u202a": "", "\u202b": "", "\u202c": "", "\u200b": "", "\ufeff": ""})


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c == "\u0640":  # tatweel
        return ""
    if "\u0660" <= c <= "\u0669":
        return str(ord(c) - 0x0660)
    if "\u06f0" <= c <= "\u06f9":
        return str(ord(c) - 0x06F0)
    d = unicodedata.normalize("NFKD", c)
    d = "".join(x for x in d if unicodedata.category(x) != "Mn")
    return d.translate(_LETTERS).lower()


def fold(text: str) -> str:
    """Text folded for comparison: lower case, no accents or Arabic diacritics, unified letter variants."""
    return "".join(_fold_char(c) for c in text)


class _Folded:
    """A string and its folded form, with a map from folded offsets back to the original."""

    def __init__(self, text: str) -> None:
        self.orig = text
        chars: list[str] = []
        idx: list[int] = []
        for i, c in enumerate(text):
            f = _fold_char(c)
            chars.append(f)
            idx.extend([i] * len(f))
        self.text = "".join(chars)
        self.idx = idx

    def at(self, pos: int) -> int:
        """Original offset of a folded offset (the end maps to the end)."""
        return self.idx[pos] if pos < len(self.idx) else len(self.orig)

    def slice(self, start: int, end: int) -> str:
        """Original text of the folded span [start, end)."""
        if end <= start:
            return ""
        return self.orig[self.at(start) : self.idx[end - 1] + 1]


_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ك", "ف")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARROW = re.compile(r"^\s*(?:-+>|=+>|[→⇒➔➜➝])\s*")
_BULLET = re.compile(r"^\s*(?:[-•*–·▪►>]+|\(?\d{1,2}[.)\-]|\(?[a-z][.)])\s*")
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ben|bin|abu|ould|d)[-'’]\w", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|–—/]\s+|\s+-\s+|\s*\|\s*")


def _tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def _forms(token: str) -> set[str]:
    """A folded token and the forms it takes without Arabic clitic prefixes or a plural s."""
    out = {token}
    if _ARABIC.search(token):
        out.update(token[len(p) :] for p in _AR_PREFIXES if token.startswith(p) and len(token) - len(p) >= 2)
    elif len(token) > 3 and token.endswith("s"):
        out.add(token[:-1])
    return out


@dataclass(frozen=True)
class _Words:
    """A set of folded cue words; multi-word entries are matched as phrases."""

    single: frozenset[str] = frozenset()
    multi: tuple[str, ...] = ()

    @classmethod
    def of(cls, words: Iterable[str]) -> _Words:
        folded = [" ".join(_tokens(fold(w))) for w in words]
        return cls(frozenset(w for w in folded if w and " " not in w), tuple(w for w in folded if " " in w))

    def hits(self, folded: str) -> int:
        """How many tokens (or phrases) of the folded text are in the set."""
        toks = _tokens(folded)
        n = sum(1 for t in toks if _forms(t) & self.single)
        joined = f" {' '.join(toks)} "
        return n + sum(1 for m in self.multi if f" {m} " in joined)

    def has(self, token: str) -> bool:
        return bool(_forms(token) & self.single)


# ---------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class _Cue:
    name: str
    regex: re.Pattern[str]
    third_party: bool


@dataclass(frozen=True)
class ExtractRules:
    """Cue words and patterns for extraction, loaded from rules/extract.toml."""

    labels: tuple[tuple[str, str], ...] = ()  # (folded label, field)
    label_re: re.Pattern[str] | None = None
    honorifics: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    title_words: _Words = field(default_factory=_Words)
    org_words: _Words = field(default_factory=_Words)
    places: _Words = field(default_factory=_Words)
    org_reference: frozenset[str] = frozenset()
    title_compounds: tuple[str, ...] = ()
    possessives: frozenset[str] = frozenset()
    not_name: frozenset[str] = frozenset()
    greetings: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    prose: tuple[_Cue, ...] = ()
    lead_in: tuple[re.Pattern[str], ...] = ()
    title_lead: tuple[re.Pattern[str], ...] = ()
    stop: tuple[re.Pattern[str], ...] = ()
    split_strong: tuple[str, ...] = ()
    split_weak: tuple[str, ...] = ()
    affiliation_lead: tuple[str, ...] = ()
    list_intro: tuple[re.Pattern[str], ...] = ()
    same_roundtable: tuple[re.Pattern[str], ...] = ()
    withdrawal: tuple[re.Pattern[str], ...] = ()
    absent_after: tuple[re.Pattern[str], ...] = ()
    title_end: tuple[re.Pattern[str], ...] = ()
    absent_before: tuple[re.Pattern[str], ...] = ()
    noise: tuple[re.Pattern[str], ...] = ()
    trim: tuple[re.Pattern[str], ...] = ()
    speaking: tuple[re.Pattern[str], ...] = ()
    behalf: tuple[re.Pattern[str], ...] = ()
    self_statement: tuple[re.Pattern[str], ...] = ()
    self_reference: tuple[re.Pattern[str], ...] = ()
    own_request: tuple[re.Pattern[str], ...] = ()
    self_nomination: tuple[re.Pattern[str], ...] = ()
    name_statement: tuple[re.Pattern[str], ...] = ()
    title_statement: tuple[re.Pattern[str], ...] = ()
    title_conjunction: tuple[str, ...] = ()
    objective_re: re.Pattern[str] | None = None
    objectives: tuple[tuple[int, int], ...] = ()  # (objective, roundtable) from the invitation letter
    roles: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = ()
    rt_after: re.Pattern[str] | None = None
    rt_before: re.Pattern[str] | None = None
    ordinals: tuple[tuple[str, int], ...] = ()
    cardinals: tuple[tuple[str, int], ...] = ()
    max_roundtable: int = 4
    max_name_words: int = 6


_TOP_KEYS = {"limits", "labels", "words", "prose", "phrases", "role", "roundtable"}
_SECTION_KEYS = {
    "limits": {"max_roundtable", "max_name_words"},
    "labels": {"name", "given_name", "family_name", "title", "affiliation", "speaker", "role", "organisation"},
    "words": {"honorifics", "suffixes", "particles", "title", "org", "places", "org_reference", "possessives", "not_name",
              "title_compounds", "greetings", "articles"},
    "phrases": {"lead_in", "title_lead", "stop", "split_strong", "split_weak", "affiliation_lead", "list_intro", "same_roundtable",
                "withdrawal", "noise", "trim", "speaking", "name_statement", "title_statement", "title_conjunction",
                "absent_after", "absent_before", "title_end", "behalf", "self_statement", "self_reference", "self_nomination", "own_request"},
    "roundtable": {"adjectives", "marks", "ordinals", "cardinals", "objective_words", "objectives"},
}
_REGEX_PHRASES = {"lead_in", "title_lead", "stop", "list_intro", "same_roundtable", "withdrawal", "absent_after", "absent_before", "title_end",
                  "noise", "trim", "speaking",
                  "name_statement", "title_statement", "behalf", "self_statement", "self_reference", "self_nomination", "own_request"}


def _fold_pattern(source: str) -> str:
    # Fold the letters of a pattern as the text is folded; ASCII regex syntax is left alone.
    return "".join(c if c.isascii() else _fold_char(c) for c in source)


class _Loader:
    def __init__(self, path: Path) -> None:
        self.where = path.name
        self.problems: list[str] = []

    def problem(self, rule: str, text: str) -> None:
        self.problems.append(f"{self.where}: {rule}: {text}")

    def strings(self, rule: str, value: object) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(rule, "expected a list of strings; ignored")
            return []
        return value

    def regexes(self, rule: str, sources: list[str]) -> tuple[re.Pattern[str], ...]:
        out = []
        for src in sources:
            try:
                out.append(re.compile(_fold_pattern(src), re.IGNORECASE))
            except re.error as exc:
                self.problem(rule, f"bad regex {src!r} ({exc}); skipped")
        return tuple(out)

    def table(self, data: dict, key: str) -> dict:
        section = data.get(key, {})
        if not isinstance(section, dict):
            self.problem(key, "expected a table; ignored")
            return {}
        for k in section:
            if k not in _SECTION_KEYS[key]:
                self.problem(f"{key}.{k}", "unknown key; ignored")
        return section


def _alternation(words: Iterable[str]) -> str:
    parts = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def load_extract_rules(path: Path) -> tuple[ExtractRules, list[str]]:
    """Read rules/extract.toml; return the rules and the problems found (file and rule named)."""
    ld = _Loader(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return ExtractRules(), [f"{path.name}: cannot be read ({exc}); extraction finds nothing"]
    for k in data:
        if k not in _TOP_KEYS:
            ld.problem(k, "unknown key; ignored")
    limits = ld.table(data, "limits")
    labels_t = ld.table(data, "labels")
    words_t = ld.table(data, "words")
    phrases_t = ld.table(data, "phrases")
    rt_t = ld.table(data, "roundtable")

    labels: list[tuple[str, str]] = []
    for fname in _SECTION_KEYS["labels"]:
        labels += [(fold(w).strip(), fname) for w in ld.strings(f"labels.{fname}", labels_t.get(fname, []))]
    label_re = re.compile(
        r"(?:^|(?<=[/|;؛\t]))\s*(?:[-•*–·▪►]+|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*[*_]*(?P<label>"
        + (_alternation(w for w, _ in labels) or "(?!)")
        + r")[*_]*(?:\s*/\s*[^\s:：/|]+(?:\s[^\s:：/|]+)?){0,2}\s*(?:\([^)]{0,40}\))?\s*[*_]*\s*[:：]"
    )

    def words(key: str) -> list[str]:
        return ld.strings(f"words.{key}", words_t.get(key, []))

    def folded_set(key: str) -> frozenset[str]:
        return frozenset(fold(w).strip() for w in words(key))

    cues = []
    for i, rule in enumerate(data.get("prose", [])):
        name = rule.get("name", f"prose[{i}]") if isinstance(rule, dict) else f"prose[{i}]"
        if not isinstance(rule, dict) or not isinstance(rule.get("regex"), str):
            ld.problem(name, "a prose rule needs a regex; skipped")
            continue
        for k in rule:
            if k not in ("name", "regex", "third_party", "description"):
                ld.problem(name, f"unknown key {k!r}; ignored")
        compiled = ld.regexes(name, [rule["regex"]])
        if compiled:
            cues.append(_Cue(name, compiled[0], bool(rule.get("third_party", False))))

    phr: dict[str, tuple] = {}
    for key in _SECTION_KEYS["phrases"]:
        values = ld.strings(f"phrases.{key}", phrases_t.get(key, []))
        phr[key] = ld.regexes(f"phrases.{key}", values) if key in _REGEX_PHRASES else tuple(fold(v) for v in values)

    roles = []
    for i, rule in enumerate(data.get("role", [])):
        name = rule.get("name") if isinstance(rule, dict) else None
        if name not in ROLES:
            ld.problem(f"role[{i}]", f"unknown role {name!r}; skipped")
            continue
        for k in rule:
            if k not in ("name", "patterns", "description"):
                ld.problem(name, f"unknown key {k!r}; ignored")
        pats = ld.regexes(name, ld.strings(name, rule.get("patterns", [])))
        if pats:
            roles.append((name, pats))

    def numbers(key: str) -> tuple[tuple[str, int], ...]:
        table = rt_t.get(key, {})
        ok = isinstance(table, dict) and all(isinstance(v, int) for v in table.values())
        if not ok:
            ld.problem(f"roundtable.{key}", "expected word = number pairs; ignored")
            return ()
        return tuple((fold(k), v) for k, v in table.items())

    ordinals, cardinals = numbers("ordinals"), numbers("cardinals")
    objectives: list[tuple[int, int]] = []
    obj_table = rt_t.get("objectives", {})
    if not isinstance(obj_table, dict):
        ld.problem("roundtable.objectives", "expected roundtable = [objectives] pairs; ignored")
        obj_table = {}
    for key, objs in obj_table.items():
        if not key.isdigit() or not isinstance(objs, list) or not all(isinstance(o, int) for o in objs):
            ld.problem(f"roundtable.objectives.{key}", "expected a roundtable number = [objective numbers]; skipped")
            continue
        objectives += [(o, int(key)) for o in objs]
    obj_words = _alternation(ld.strings("roundtable.objective_words", rt_t.get("objective_words", [])))
    objective_re = re.compile(rf"(?<!\w)(?:{obj_words})\s*(?:n°|no\.?|#|رقم)?\s*(?P<n>\d{{1,2}})(?!\d)") if obj_words else None
    rt_words = "|".join(f"(?:{p.pattern})" for name, pats in roles if name == "roundtable" for p in pats) or "(?!)"
    adj = _alternation(ld.strings("roundtable.adjectives", rt_t.get("adjectives", []))) or "(?!)"
    marks = _alternation(ld.strings("roundtable.marks", rt_t.get("marks", []))) or "(?!)"
    ords = _alternation(w for w, _ in ordinals) or "(?!)"
    nums = _alternation(w for w, _ in ordinals + cardinals) or "(?!)"
    rt_after = re.compile(
        rf"(?:{rt_words})\s*(?:[-–(:]\s*)?(?:(?:{adj})\s+)*(?:(?:{marks})\s*)?(?P<n>\d+|{nums})(?![\w\d])", re.IGNORECASE
    )
    # "la deuxième ou troisième table ronde": the first ordinal is the first choice
    rt_before = re.compile(
        rf"(?<![\w])(?P<n>{ords})(?:\s*(?:ou|or|and|et|او|و|/|,)\s*(?:{ords}))*\s+(?:(?:{adj})\s+)*(?:{rt_words})",
        re.IGNORECASE,
    )

    max_rt = limits.get("max_roundtable", 4)
    max_words = limits.get("max_name_words", 6)
    if not isinstance(max_rt, int) or not isinstance(max_words, int):
        ld.problem("limits", "expected integers; defaults used")
        max_rt, max_words = 4, 6

    rules = ExtractRules(
        labels=tuple(labels),
        label_re=label_re,
        honorifics=folded_set("honorifics"),
        suffixes=folded_set("suffixes"),
        particles=folded_set("particles"),
        title_words=_Words.of(words("title")),
        org_words=_Words.of(words("org")),
        places=_Words.of(words("places")),
        org_reference=frozenset(" ".join(_tokens(fold(w))) for w in words("org_reference")),
        title_compounds=tuple(" ".join(_tokens(fold(w))) for w in words("title_compounds")),
        possessives=folded_set("possessives"),
        not_name=folded_set("not_name"),
        greetings=folded_set("greetings"),
        articles=folded_set("articles"),
        prose=tuple(cues),
        lead_in=phr["lead_in"],
        title_lead=phr["title_lead"],
        stop=phr["stop"],
        split_strong=phr["split_strong"],
        split_weak=phr["split_weak"],
        affiliation_lead=phr["affiliation_lead"],
        list_intro=phr["list_intro"],
        same_roundtable=phr["same_roundtable"],
        withdrawal=phr["withdrawal"],
        absent_after=phr["absent_after"],
        title_end=phr["title_end"],
        absent_before=phr["absent_before"],
        noise=phr["noise"],
        trim=phr["trim"],
        speaking=phr["speaking"],
        behalf=phr["behalf"],
        self_statement=phr["self_statement"],
        self_reference=phr["self_reference"],
        own_request=phr["own_request"],
        self_nomination=phr["self_nomination"],
        name_statement=phr["name_statement"],
        title_statement=phr["title_statement"],
        title_conjunction=phr["title_conjunction"],
        objective_re=objective_re,
        objectives=tuple(objectives),
        roles=tuple(roles),
        rt_after=rt_after,
        rt_before=rt_before,
        ordinals=ordinals,
        cardinals=cardinals,
        max_roundtable=max_rt,
        max_name_words=max_words,
    )
    return rules, ld.problems


# ---------------------------------------------------------------------------------------------
# Candidates


@dataclass
class _Cand:
    """A speaker being assembled; frozen into a Speaker at the end."""

    name: str | None = None
    honorific: str | None = None
    title: str | None = None
    affiliation: str | None = None
    org_ref: bool = False  # the affiliation was given as "the association" / "sa" / "في الجمعية"
    role_text: str = ""  # text that states this speaker's own roles (table cell, list item, role label)
    lines: tuple[str, ...] = ()  # the lines this speaker was read from
    roles: tuple[str, ...] = ()
    roundtable: int | None = None
    subject_org: str | None = None  # the organisation that is the subject of the proposing sentence
    sentence_roles: bool = False  # role_text is read from the sentence that names this speaker, not a cell or item
    role_more: str = ""  # the whole sentence, when the speaker's own part of it states no role
    pos: int = -1  # where the speaker is named in its line
    is_self: bool = False  # "myself", "moi-même", "أنا شخصياً": the sender, whose name is in the signature
    prov: dict[str, str] = field(default_factory=dict)

    def set(self, what: str, value: str | None, source: str) -> None:
        if value and not getattr(self, what):
            setattr(self, what, value)
            self.prov[what] = source


def _same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    ta, tb = set(_tokens(fold(a))), set(_tokens(fold(b)))
    common = ta & tb
    return ta == tb or (len(common) >= 2 and common in (ta, tb))


# ---------------------------------------------------------------------------------------------
# Values: names, honorifics, noise


def _strip_punct(value: str) -> str:
    return value.strip().strip("*_\"'`.,;:،؛-–—|/ \t").strip()


def _split_honorific(text: str, rules: ExtractRules) -> tuple[str | None, str]:
    """Leading honorifics (possibly several) and the rest."""
    words = text.split()
    taken: list[str] = []
    while words:
        w = fold(words[0])
        if w in rules.honorifics:
            taken.append(words.pop(0))
            continue
        # "د.منى" written without a space after the abbreviation
        m = re.match(r"^([^\W\d_]{1,4}\.)(\S+)$", words[0])
        if m and fold(m.group(1)) in rules.honorifics:
            taken.append(m.group(1))
            words[0] = m.group(2)
            continue
        break
    return (" ".join(taken) or None), " ".join(words)


def _clean_name(value: str, rules: ExtractRules) -> tuple[str | None, str | None]:
    """(honorific, name) from a name value; the name is None when it does not look like one."""
    value = re.split(r"\s*[(\[]", value, maxsplit=1)[0]
    parts = [p.strip() for p in re.split(r"[,،]", value)]
    head = parts[0]
    honorific, name = _split_honorific(_strip_punct(head), rules)
    words = name.split()
    while words and fold(words[-1]).strip(".") in {s.strip(".") for s in rules.suffixes}:
        words.pop()
    name = _strip_punct(" ".join(words))
    toks = name.split()
    if not toks or len(toks) > rules.max_name_words or re.search(r"[\d@<>:]", name):
        return honorific, None
    return honorific, name


def _is_place(text: str, rules: ExtractRules) -> bool:
    parts = [p for p in re.split(r"[,()]|\s+[-–|/]\s+", fold(text)) if p.strip()]
    if not parts:
        return False
    if all(rules.places.hits(p) and len(_tokens(p)) <= 3 for p in parts):
        return True
    toks = _tokens(fold(text))
    return len(toks) <= 4 and rules.places.hits(fold(text)) > 0 and not rules.org_words.hits(fold(text)) \
        and not rules.title_words.hits(fold(text))


def _is_noise(text: str, rules: ExtractRules) -> bool:
    f = fold(text)
    return any(p.search(f) for p in rules.noise)


def _clean_value(value: str | None, rules: ExtractRules) -> str | None:
    """A title or affiliation without signature noise: contact details, places, member-of notes."""
    if not value:
        return None
    for p in rules.trim:
        fv = _Folded(value)
        m = p.search(fv.text)
        if m:
            value = (value[: fv.at(m.start())] + value[fv.at(m.end()) :]).strip()
    segs = _SEPARATORS.split(value)
    kept = [segs[0]]
    for seg in segs[1:]:
        # what follows a dash or bar is kept only when it too names a title or an organisation
        if _is_place(seg, rules) or _is_noise(seg, rules) or _kind(seg, rules) == "unknown" \
                or any(p.search(fold(seg)) for _, pats in rules.roles for p in pats):
            break
        kept.append(seg)
    out = " | ".join(s.strip() for s in kept) if len(kept) > 1 else kept[0]
    # a trailing ", City" or "in City" is an address, not part of the name
    while "," in out and _is_place(out.rsplit(",", 1)[1], rules):
        out = out.rsplit(",", 1)[0]
    # (not in Arabic: "جمعية النساء العاملات في الأردن" carries its country in its name)
    tail = re.search(r"\s+(?:à|a|in|en|at|au)\s+(\S.*)$", out)
    if tail and _is_place(tail.group(1), rules):
        out = out[: tail.start()]
    # but a name closed by its acronym ends there, in Arabic too: "جمعية تضامن (تضامن) في الإسكندرية"
    tail = re.search(r"\)\s+(?:في|ب|à|a|in|en|at|au)\s*(\S.*)$", out)
    if tail and _is_place(tail.group(1), rules):
        out = out[: tail.start() + 1]
    if _is_noise(out, rules) and len(_tokens(fold(out))) <= 3:
        return None
    out = _strip_punct(out)
    return out or None


def _is_reference(value: str | None, rules: ExtractRules) -> bool:
    """Whether a value only points back at an organisation named elsewhere ("the Forum", "الشبكة")."""
    if not value:
        return False
    toks = _tokens(fold(value))
    if " ".join(toks) in rules.org_reference:
        return True
    toks = [t for t in toks if t not in rules.articles]
    # one organisation word alone, written with an article or capitalised, names no organisation by itself
    return len(toks) == 1 and rules.org_words.has(toks[0]) and not re.search(r"[A-Z]{2,}", value)


def _lam_org(word: str, rules: ExtractRules) -> bool:
    """Whether an Arabic word is an organisation word with "ل" glued to it ("لاتحاد", "لجمعية")."""
    f = fold(word)
    return f.startswith("ل") and not f.startswith("لل") and rules.org_words.has(f[1:])


def _ar_unprefix(value: str, rules: ExtractRules) -> str:
    """An Arabic affiliation without the preposition glued to its first word ("للمجلس" -> "المجلس")."""
    if value.startswith("لل"):
        return "ال" + value[2:]
    if value.startswith(("بال", "وال")):
        return value[1:]
    if value.startswith("ل") and _lam_org(value.split()[0], rules):
        return value[1:]  # "الأمين العام لاتحاد نقابات ...": the union, not "لاتحاد"
    return value


_ACRONYM = re.compile(r"\((?P<a>[A-Z][A-Z0-9&-]{1,9})\)")
_ELISION = re.compile(r"^[ldLD]['’]")
_ACR_LINKS = {"of", "for", "the", "and", "on", "in", "de", "des", "du", "la", "le", "les", "pour", "et", "sur", "en", "&",
              "aux", "au", "a", "à", "dans", "l", "d"}


def _initials(word: str) -> str:
    # folded, so that "l'Étude" gives the E of "CLEM"
    return "".join(fold(p[0]).upper() for p in re.split(r"[-–]", _ELISION.sub("", word)) if p[:1].isalpha())


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms spelled out in the text: "Gulf Migrant Workers Union Alliance (GMWUA)" -> {"GMWUA": "Gulf ..."}."""
    out: dict[str, str] = {}
    for line in text.split("\n"):
        for m in _ACRONYM.finditer(line):
            acr = m.group("a").replace("&", "").replace("-", "")
            words = re.findall(r"\S+", line[: m.start()])
            need = acr
            for taken, w in enumerate(reversed(words)):
                if taken and w[-1:] in ",.;:!?":
                    break
                core = w.strip(",.;:!?\"«»()")
                letters = _initials(core)
                if _ELISION.sub("", core).lower() in _ACR_LINKS:
                    pass  # "of", "de la": acronyms skip the little words
                elif letters and need.endswith(letters):
                    need = need[: -len(letters)]
                elif letters and need.endswith(letters[0]):
                    need = need[:-1]
                else:
                    break
                if not need:
                    span = words[len(words) - taken - 1 :]
                    span[0] = _ELISION.sub("", span[0])
                    out.setdefault(m.group("a"), " ".join(span).strip(",;: "))
                    break
    return out


def _expand(value: str | None, acronyms: Mapping[str, str]) -> str | None:
    """The fullest form of an organisation written in the message, acronym included."""
    if not value:
        return value
    v = " ".join(fold(value).split())
    for acr, full in acronyms.items():
        whole = f"{full} ({acr})"
        ff = " ".join(fold(full).split())
        toks = value.replace("–", " ").replace("-", " ").split()
        if value.strip() == acr or v == ff or v == " ".join(fold(whole).split()) or (acr in toks and ff in v):
            return whole
    return value


def _name_like(line: str, rules: ExtractRules) -> tuple[str | None, str | None]:
    """(honorific, name) when a whole line reads as a person's name, else (None, None)."""
    honorific, name = _clean_name(line, rules)
    if not name or _is_noise(line, rules):
        return None, None
    f = fold(name)
    toks = _tokens(f)
    if len(name.split()) < 2 or any(t in rules.not_name for t in toks):
        return None, None
    if rules.org_words.hits(f) or rules.title_words.hits(f) or rules.places.hits(f) == len(toks):
        return None, None
    if _ARABIC.search(name):
        if re.search(r"[A-Za-z]", name):
            return None, None
    else:
        words = name.split()
        if not all(w[:1].isupper() or fold(w) in rules.particles or _PARTICLE_PREFIX.match(w) for w in words):
            return None, None
    return honorific, name


# ---------------------------------------------------------------------------------------------
# Labelled lines


def _label_pairs(line: str, rules: ExtractRules) -> list[tuple[str, str]]:
    """(field, value) pairs on one line: "Name: X / Title: Y / Organisation: Z"."""
    if rules.label_re is None:
        return []
    fl = _Folded(line)
    found = list(rules.label_re.finditer(fl.text))
    fields = dict(rules.labels)
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(fl.text)
        label = " ".join(m.group("label").split())
        value = fl.slice(m.end(), end).strip()
        value = re.sub(r"\s*[/|;؛]\s*$", "", value)
        out.append((fields.get(label, "name"), _strip_punct(value)))
    return out


def _labelled(text: str, rules: ExtractRules, source: str) -> tuple[list[_Cand], str | None]:
    """Speakers from labelled lines, and the organisation named by an organisation label."""
    lines = text.split("\n")
    cands: list[_Cand] = []
    org: str | None = None
    cur: dict[str, str] = {}
    cur_lines: list[str] = []
    last = -10

    def close() -> None:
        if cur:
            c = _from_fields(cur, rules, source)
            if c is not None:
                c.lines = tuple(cur_lines)
                cands.append(c)
        cur.clear()
        cur_lines.clear()

    for i, line in enumerate(lines):
        pairs = _label_pairs(line, rules)
        if not pairs:
            continue
        if i - last > 3:
            close()
        for fname, value in pairs:
            if not value and i + 1 < len(lines) and not _label_pairs(lines[i + 1], rules):
                value = _strip_punct(lines[i + 1])  # "Name:" on one line, the value on the next
            if not value:
                continue
            if fname == "organisation":
                org = org or _clean_value(value, rules)
                continue
            # a field seen twice, or a second way of naming the person, starts the next speaker
            if fname in cur or (fname == "speaker" and "name" in cur) or (fname == "name" and "speaker" in cur):
                close()
            cur[fname] = value
        cur_lines.append(line)
        last = i
    close()
    return cands, org


_VALUE_END = re.compile(r"\s*[:：]\s+(?=\S)|\s+[:：]\s*(?=\S)")


def _value_and_rest(value: str | None) -> tuple[str | None, str]:
    """A labelled title or affiliation up to a colon that introduces something else ("SNTAM : intervention ...")."""
    if not value:
        return value, ""
    m = _VALUE_END.search(value)
    return (value[: m.start()], value[m.end() :]) if m and m.start() > 0 else (value, "")


def _from_fields(f: dict[str, str], rules: ExtractRules, source: str) -> _Cand | None:
    """A speaker from labelled fields; a record with a title or affiliation but no name is kept as partial."""
    c = _Cand()
    title_value, title_rest = _value_and_rest(f.get("title"))
    aff_value, aff_rest = _value_and_rest(f.get("affiliation"))
    phrase = f.get("speaker") or (f["name"] if re.search(r"[,،]", f.get("name", "")) else None)
    if phrase:
        # "Proposed speaker: Name, Title, Organisation"
        p = _phrase(phrase, rules, source)
        if p is not None:
            c = p
    if "given_name" in f and ("family_name" in f or "name" in f):
        raw = f"{f['given_name']} {f.get('family_name') or f['name']}"
    else:
        raw = f.get("name") or f.get("family_name") or ""
    if raw:
        honorific, name = _clean_name(raw, rules)
        c.honorific = c.honorific or honorific
        c.set("name", name, source)
    c.set("title", _clean_value(title_value, rules), source)
    aff = _clean_value(aff_value, rules)
    if aff and _is_reference(aff, rules):
        c.org_ref = True
    else:
        c.set("affiliation", aff, source)
    c.role_text = f.get("role", "")
    if c.role_text and not _roles(c.role_text, rules, ())[0]:
        c.set("title", _clean_value(c.role_text, rules), source)  # "Role: Director" means the job
        c.role_text = ""
    # what followed the value on its line ("... : intervention depuis la salle") states this speaker's roles
    c.role_text = " ".join(t for t in (c.role_text, title_rest, aff_rest) if t)
    # "Title: Policy Officer" alone completes the sender's request; elsewhere a record needs more
    if not c.name and not (c.title and c.affiliation) and not (source == "labelled" and (c.title or c.affiliation)):
        return None
    return c


# ---------------------------------------------------------------------------------------------
# Tables (HTML and DOCX)


class _Tables(HTMLParser):
    """Rows of cell texts of every table outside quoted blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.stack: list[list[list[str]]] = []
        self.quote = 0
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag in ("td", "th") and self.stack:
            if not self.stack[-1]:
                self.stack[-1].append([])
            self.stack[-1][-1].append("")
        elif tag in ("br", "p", "div") and self.stack and self.stack[-1] and self.stack[-1][-1]:
            self.stack[-1][-1][-1] += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "table" and self.stack:
            table = self.stack.pop()
            if not self.quote:
                self.tables.append(table)

    def handle_data(self, data: str) -> None:
        if not self.skip and self.stack and self.stack[-1] and self.stack[-1][-1]:
            self.stack[-1][-1][-1] += data


def _html_tables(markup: str) -> list[list[list[str]]]:
    parser = _Tables()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # a hostile body must not stop extraction; tables are one source of several
        return []
    return [[[" ".join(c.split()) for c in row] for row in t if any(c.strip() for c in row)] for t in parser.tables]


def _cell_field(cell: str, rules: ExtractRules) -> str | None:
    """The field a header or label cell names; a short cell may add words to a label ("Speaking role requested")."""
    f = " ".join(_tokens(fold(cell.rstrip(" :："))))
    labels = dict((" ".join(_tokens(w)), k) for w, k in rules.labels)
    if f in labels or not f or len(f.split()) > 5:
        return labels.get(f)
    # the label written first wins, the longest at the same place ("Title of the speaker" is a title)
    found = [(f" {f} ".find(f" {w} "), -len(w), k) for w, k in labels.items() if w and f" {w} " in f" {f} "]
    return min(found)[2] if found else None


def _table_speakers(rows: list[list[str]], rules: ExtractRules, source: str) -> list[_Cand]:
    """Speakers from one table: a header row with one speaker per row, or label/value rows."""
    for h, row in enumerate(rows):
        cols = [_cell_field(c, rules) for c in row]
        if sum(1 for c in cols if c) >= 2 and ("name" in cols or "speaker" in cols):
            out = []
            for data in rows[h + 1 :]:
                f = {col: data[j] for j, col in enumerate(cols) if col and j < len(data) and data[j].strip()}
                if "speaker" in f and "name" not in f:
                    f["name"] = f.pop("speaker")
                c = _from_fields(f, rules, source) if f else None
                if c is not None:
                    c.role_text = f.get("role", "")
                    c.lines = (" | ".join(data),)
                    out.append(c)
            return out
    # label/value: one column of labels, one speaker per value column
    per_col: dict[int, dict[str, str]] = {}
    for row in rows:
        if len(row) < 2:
            continue
        fname = _cell_field(row[0], rules)
        if fname is None:
            continue
        for j, value in enumerate(row[1:]):
            if value.strip():
                per_col.setdefault(j, {}).setdefault("name" if fname == "speaker" else fname, value)
    out = []
    for j in sorted(per_col):
        c = _from_fields(per_col[j], rules, source)
        if c is not None:
            c.role_text = per_col[j].get("role", "")
            out.append(c)
    return out


# ---------------------------------------------------------------------------------------------
# Prose


def _sentence(text: str, start: int, rules: ExtractRules) -> str:
    """Text from start to the end of its sentence; abbreviations and initials do not end it."""
    for m in re.finditer(r"[.!?؟;:\n]", text[start:]):
        end = start + m.start()
        if m.group() == ".":
            before = text[start:end].split()
            last = fold(before[-1]) if before else ""
            nxt = text[end + 1 : end + 2]
            if last + "." in rules.honorifics or len(last) <= 2 or (nxt and not nxt.isspace()):
                continue
        return text[start:end]
    return text[start:]


def _segments(text: str) -> list[str]:
    """Comma-separated parts of a phrase, commas inside parentheses kept."""
    out, depth, cur = [], 0, []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",،" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [s.strip() for s in out if s.strip()]


def _stops(seg: str, rules: ExtractRules) -> bool:
    f = fold(seg).lstrip()
    return any(p.match(f) for p in rules.stop)


def _name_tokens(seg: str, rules: ExtractRules) -> tuple[str, str]:
    """The leading name in a segment and what follows it."""
    words = seg.split()
    taken: list[str] = []
    arabic = bool(words) and bool(_ARABIC.search(words[0]))
    for w in words:
        f = fold(w).strip(".,")
        if arabic:
            ok = bool(_ARABIC.search(w)) and f not in rules.not_name and not rules.title_words.has(f) \
                and not (taken and any(p.match(f) for p in rules.stop)) and len(taken) < 5  # "وائل" opens a name
        else:
            ok = (w[:1].isupper() or bool(_PARTICLE_PREFIX.match(w)) or (f in rules.particles and bool(taken))) \
                and not rules.title_words.has(f) \
                and not rules.org_words.has(f) and f not in rules.not_name
        if not ok:
            break
        taken.append(w)
    while taken and fold(taken[-1]) in rules.particles:
        taken.pop()
    return " ".join(taken), " ".join(words[len(taken) :])


def _org_start(rest: str, rules: ExtractRules) -> bool:
    """Whether a phrase opens with an organisation: an organisation word, an acronym or a capitalised name with one."""
    toks = _tokens(fold(rest))
    toks = [t for t in toks if t not in rules.articles] or toks
    if toks and rules.org_words.has(toks[0]):
        return True
    if re.match(r"^[A-Z][A-Z0-9&-]{1,9}\b", rest):
        return True
    return rest[:1].isupper() and rules.org_words.hits(fold(rest)) > 0 or bool(re.search(r"\([A-Z]{2,}\)", rest))


def _split_title(seg: str, rules: ExtractRules) -> tuple[str, str | None]:
    """"Director at X" -> ("Director", "X"); a weak preposition splits only where an organisation begins."""
    fs = _Folded(seg)
    strong = sorted((i, i + len(p)) for p in rules.split_strong for i in _find_all(fs.text, p) if i > 0)
    if strong:
        i, j = strong[0]
        return fs.slice(0, i).strip(), _ar_unprefix(_ARTICLE.sub("", fs.slice(j, len(fs.text)).strip()), rules)
    weak = sorted((i, i + len(p)) for p in rules.split_weak for i in _find_all(fs.text, p) if i > 0)
    # A weak preposition splits first where a name is written (capitals, an acronym): "responsable de la
    # commission des travailleuses du SNTAM" keeps "de la commission" in the title. Else where an
    # organisation word starts ("مسؤول في لجنة", "head of unit of the network").
    for named in (True, False):
        for i, j in weak:
            rest = _ARTICLE.sub("", fs.slice(j, len(fs.text)).strip())
            if named and not (_ELISION.sub("", rest)[:1].isupper() and _org_start(rest, rules)):
                continue
            if _org_start(rest, rules):
                return fs.slice(0, i).strip(), _ar_unprefix(rest, rules)
    words = seg.split()
    if _ARABIC.search(seg) and len(words) >= 2 and rules.title_words.has(fold(words[0])):
        # Arabic construct state: "مدير مركز دراسات الهجرة" is a title followed by its organisation
        i = 1
        while i < len(words):
            rest = " ".join(_tokens(fold(" ".join(words[i:]))))
            compound = next((t for t in rules.title_compounds if rest == t or rest.startswith(t + " ")), None)
            if compound:
                i += len(compound.split())  # "رئيس مجلس أمناء": the board is part of the title
                continue
            if (rules.org_words.has(fold(words[i])) or _lam_org(words[i], rules)) \
                    and (i < len(words) - 1 or _is_reference(words[i], rules)):
                return " ".join(words[:i]), _ar_unprefix(" ".join(words[i:]), rules)
            i += 1
    return seg, None


def _title_end(title: str | None, rules: ExtractRules) -> str | None:
    """A title without the description that runs on after it ("Vice-President and a domestic worker for 12 years")."""
    if not title:
        return title
    ft = _Folded(title)
    ends = [m.start() for p in rules.title_end if (m := p.search(ft.text)) and m.start() > 0]
    return _strip_punct(ft.slice(0, min(ends))) or title if ends else title


def _find_all(text: str, sub: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sub), text)]


def _first_title(title: str, rules: ExtractRules) -> str:
    """The first of two joined titles ("Professor of X and Senior Fellow" -> "Professor of X")."""
    ft = _Folded(title)
    for conj in rules.title_conjunction:
        i = ft.text.find(conj)
        if i > 0 and rules.title_words.hits(ft.text[:i]) and rules.title_words.hits(ft.text[i + len(conj) :]):
            return ft.slice(0, i).strip()
    return title


def _kind(seg: str, rules: ExtractRules) -> str:
    if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", seg.strip()):
        return "org"  # "Tarek Nasser, AMRN": an acronym alone names the organisation
    f = fold(seg)
    toks = _tokens(f)
    if toks and (rules.title_words.has(toks[0]) or rules.title_words.has(toks[-1])):
        return "title"
    if rules.org_words.hits(f):
        return "org"
    return "title" if rules.title_words.hits(f) else "unknown"


def _phrase(text: str, rules: ExtractRules, source: str, need_mark: bool = False) -> _Cand | None:
    """A person phrase: "[possessive title,] [honorific] Name[, title][, affiliation]"."""
    text = _before_role_clause(text, rules)
    f = fold(text)
    for p in rules.lead_in:
        m = p.match(f)
        if m:
            text = _Folded(text).slice(m.end(), len(f)) if m.end() < len(f) else ""
            f = fold(text)
            break
    is_self = False
    for p in rules.self_reference:
        ft = _Folded(text)
        m = p.search(ft.text)
        if m:
            # "our director - myself - for ...": the marker stands for the sender; it reads as a comma
            text = text[: ft.at(m.start())] + ", " + text[ft.at(m.end()) :]
            is_self = True
    segs = _segments(text)
    if not segs:
        return None
    c = _Cand(is_self=is_self)
    first = segs[0].split()
    if first and fold(first[0]) in rules.possessives and len(segs) > 1:
        # "sa directrice exécutive, Mme Nadia Benali": the title comes first, the organisation is the sender's
        c.set("title", _clean_value(" ".join(first[1:]), rules), source)
        c.org_ref = True
        segs = segs[1:]
    honorific, rest = _split_honorific(segs[0], rules)
    name, after = _name_tokens(rest, rules)
    ntoks = name.split()
    if len(ntoks) < 2 or len(ntoks) > rules.max_name_words or any(fold(t) in rules.not_name for t in ntoks) \
            or re.search(r"['’]s$", name):
        # "sa secrétaire générale, moi-même, pour ...": no name, but the sender with a title
        return c if is_self and not honorific else None
    arabic = bool(_ARABIC.search(name))
    if (arabic or need_mark) and not honorific and not (len(segs) > 1 and not after):
        return None  # an Arabic name has no capitals: take it only after an honorific or before a comma
    c.honorific = honorific
    c.set("name", name, source)
    rest_segs = ([after] if after else []) + segs[1:]
    if after.startswith("("):
        rest_segs = _segments(after[1:].split(")", 1)[0])  # "Mr. X (Director, Org) as speaker"
    for k, seg in enumerate(rest_segs):
        if k == 0 and after and not after.startswith("(") and not rules.title_words.hits(fold(seg)) \
                and not _ARABIC.search(seg):
            break  # words run on from the name without a comma: a title only if it says so ("received the link" is not)
        m = next((m for p in rules.title_lead if (m := p.match(fold(seg)))), None)
        if m:
            seg = _Folded(seg).slice(m.end(), len(fold(seg)))
            if not rules.title_words.hits(fold(seg)):
                break  # "X is unable to attend": a copula opens a title only when one follows
        elif _stops(seg, rules):
            break
        fs = fold(seg)
        lead = next((p for p in rules.affiliation_lead if fs.startswith(p)), None)
        if lead is not None:
            value = _Folded(seg).slice(len(lead), len(fs))
            if _stops(value, rules):
                break
            _set_affiliation(c, _ARTICLE.sub("", value.strip()), rules, source)
            break
        kind = _kind(seg, rules)
        title, aff = _split_title(seg, rules)
        if aff and rules.title_words.hits(fold(title)):
            kind = "title"  # "Senior Researcher at the Gulf Labour Institute"
        if not c.title and kind != "org":
            words = title.split()
            if len(words) > 1 and fold(words[0]) in rules.possessives:
                title = " ".join(words[1:])  # "our Advocacy Officer": the title, at the proposing organisation
                c.org_ref = c.org_ref or not aff
            c.set("title", _clean_value(_first_title(title, rules), rules), source)
            if aff:
                _set_affiliation(c, aff, rules, source)
                break
            continue
        if kind == "org" or seg[:1].isupper() or _ARABIC.match(seg) or _is_reference(seg, rules):
            # an affiliation by position must at least be written like a name ("instead" is not one)
            _set_affiliation(c, seg, rules, source)
        break
    return c


_CLAUSE_BREAK = re.compile(r"\.\s+|\s+[-–—]\s+")


def _is_role_clause(text: str, rules: ExtractRules) -> bool:
    """Whether a clause states a role rather than a title or organisation ("Role: rapporteur", "مداخلة في الجلسة العامة")."""
    f = fold(text).strip()
    m = rules.label_re.match(f) if rules.label_re is not None else None
    if m and dict(rules.labels).get(" ".join(m.group("label").split())) == "role":
        return True
    return any(p.search(f) for _, pats in rules.roles for p in pats) \
        and not rules.org_words.hits(f) and not rules.title_words.hits(f)


def _before_role_clause(text: str, rules: ExtractRules) -> str:
    """A person phrase without the clause after a full stop or dash that gives the speaker's role."""
    breaks = []
    for m in _CLAUSE_BREAK.finditer(text):
        last = text[: m.start()].split()
        if m.group().startswith(".") and (not last or len(last[-1]) <= 2 or fold(last[-1]) + "." in rules.honorifics):
            continue  # "Ms. Grace", "St. Joseph": an abbreviation, not the end of a clause
        breaks.append(m)
    for k, m in enumerate(breaks):
        end = breaks[k + 1].start() if k + 1 < len(breaks) else len(text)
        if m.start() > 0 and _is_role_clause(text[m.end() : end], rules):
            return text[: m.start()]
    return text


def _cut_at_stop(value: str, rules: ExtractRules) -> str:
    """A phrase up to the first word that starts another clause ("X and would like to ...")."""
    for m in re.finditer(r"\s+", value):
        word, _, after = value[m.end() :].partition(" ")
        after = re.sub(r"^(?:(?:the|a|an|les|la|le|des|du|un|une)\s+)+", "", after.lstrip(), flags=re.IGNORECASE)
        if word.lower() in _CONNECTORS and _ELISION.sub("", after)[:1].isupper():
            continue  # "Institute for Refugee Studies", "pour les Droits des Migrants": a link inside a name
        if _stops(value[m.end() :], rules):
            return re.sub(r"\s+(?:and|et|or|ou|but|mais)$", "", value[: m.start()], flags=re.IGNORECASE)
    return value


def _set_affiliation(c: _Cand, value: str, rules: ExtractRules, source: str) -> None:
    """Set the affiliation, or mark it as a reference to the proposing organisation ("the Forum", "الشبكة")."""
    # "du SNTAM : intervention depuis la salle": a colon ends the organisation and introduces something else
    value = _VALUE_END.split(value, maxsplit=1)[0]
    # (Arabic names carry "و"/"لل" words that the stop cues would cut, so only Latin values are cut)
    if not _ARABIC.search(value):
        value = _cut_at_stop(value, rules)  # "from our team will be rapporteur": the clause is not the organisation
    cleaned = _clean_value(value, rules)
    if _is_reference(cleaned, rules):
        c.org_ref = True
    elif cleaned and (_ARABIC.search(cleaned) or re.search(r"\b[A-Z]", cleaned) or rules.org_words.hits(fold(cleaned))):
        c.set("affiliation", cleaned, source)


_CONNECTORS = {"of", "for", "the", "and", "on", "in", "de", "des", "du", "la", "le", "pour", "et", "sur", "en", "&", "al", "el"}


def _org_runs(line: str, rules: ExtractRules) -> list[tuple[int, str]]:
    """Runs of capitalised words naming an organisation in a line, with their word index."""
    words = re.findall(r"\S+", line)
    out = []
    i = 0
    while i < len(words):
        run: list[str] = []
        j = i
        while j < len(words):
            w = re.sub(r"^(?:[ldLD]['’])", "", words[j].strip(",.;:!?\"«»"))
            if "(" not in w:
                w = w.rstrip(")")
            if w[:1].isupper() or (run and w.lower() in _CONNECTORS) or re.fullmatch(r"\([A-Z]{2,}\)", w):
                run.append(w)
                j += 1
                if words[j - 1][-1:] in ",.;:!?" and not re.fullmatch(r"\([A-Z]{2,}\)[,.;:]?", words[j - 1]):
                    break
                continue
            break
        while run and run[-1].lower() in _CONNECTORS:
            run.pop()
        if len(run) >= 2 and rules.org_words.hits(fold(" ".join(run))) and not _ARABIC.search(" ".join(run)):
            title, org = _split_title(" ".join(run), rules)
            # "Executive Director of the Sahel Observatory": the title is not part of the organisation
            out.append((i, org if org and rules.title_words.hits(fold(title)) else " ".join(run)))
        i = max(j, i + 1)
    return out


def _prose_organisation(text: str, rules: ExtractRules) -> str | None:
    """The first run of capitalised words naming an organisation ("l'ONG Solidarité Sans Frontières (SSF)")."""
    for line in _logical_lines(text):
        runs = _org_runs(line, rules)
        if runs:
            return runs[0][1]
    return None


def _arabic_org(clause: str, rules: ExtractRules) -> str | None:
    """An Arabic organisation name in a clause: an organisation word, the word it governs, then its attributes."""
    words = clause.split()
    for i, w in enumerate(words):
        if not rules.org_words.has(fold(w)):
            continue
        run = [w]
        for k, nxt in enumerate(words[i + 1 :]):
            f = fold(nxt)
            # attributes and complements carry the article or a preposition glued to it ("العربية", "للهجرة", "والتنمية")
            if k == 0 and not re.match(r"^(?:ب|ل(?!ل)|ك)", f) or re.match(r"^(?:ال|لل|وال|ل\S{3,})", f):
                run.append(nxt)
                continue
            break
        return _strip_punct(" ".join(run))
    return None


def _clause_org(before: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation that proposes: the last one named in the sentence before the person."""
    # Only the clause that leads to the person, or one that says on whose behalf: an organisation named
    # earlier in the sentence ("Following the invitation of IOM, ...") is not the one proposing.
    clauses = re.split(r"[،,؛;]\s*", before)
    lead = [clauses[-1]]
    while len(lead) < len(clauses) and len(lead[-1].split()) <= 2:
        lead.append(clauses[-1 - len(lead)])  # "Our organisation, the X Alliance, nominates": the subject is in apposition
    for clause in lead + [c for c in clauses[:-1] if any(p.match(fold(c)) for p in rules.behalf)]:
        found: list[tuple[int, str]] = []
        for m in _ACRONYM.finditer(clause):
            if m.group("a") in acronyms:
                found.append((m.start(), f"{acronyms[m.group('a')]} ({m.group('a')})"))
        for i, run in _org_runs(clause, rules):
            found.append((len(" ".join(clause.split()[:i])), run))
        if not found and _ARABIC.search(clause):
            org = _arabic_org(clause, rules)
            if org:
                found.append((0, org))
        if found:
            return _ARTICLE.sub("", max(found)[1])
    return None


def _proposer(text: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation that is the subject of the first sentence proposing or asking to speak."""
    cues = [cue.regex for cue in rules.prose if cue.third_party] + list(rules.speaking)
    for line in _logical_lines(text):
        for _, sent in _sentences(line, rules):
            fs = _Folded(sent)
            hits = [m.start() for p in cues if (m := p.search(fs.text))]
            if hits:
                org = _clause_org(sent[: fs.at(min(hits))], rules, acronyms)
                if org:
                    return org
    return None


def _mentions(text: str, rules: ExtractRules) -> list[str]:
    """Names written after an honorific anywhere in a text."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        if fold(w) in rules.honorifics and not (i and fold(words[i - 1]).strip(",.:!") in rules.greetings):
            _, rest = _split_honorific(" ".join(words[i : i + 8]), rules)
            name, _ = _name_tokens(re.split(r"[,،.;:()]", rest, maxsplit=1)[0], rules)
            if len(name.split()) >= 2:
                out.append(name)
    return out


@dataclass(frozen=True)
class _Unit:
    """A logical line: hard-wrapped prose joined back, or a list item with the lines that continue it."""

    text: str
    raw: tuple[str, ...]  # the body lines it was read from
    more: tuple[str, ...] = ()  # a list item's further lines: title, affiliation, roles ("-> Roundtable 4")


def _is_item(line: str) -> bool:
    # only the start of a line can mark an item; folding no more keeps long joined lines cheap
    return bool(_BULLET.match(fold(line[:8]))) and not _ARROW.match(line)


def _wrapped(last: str, line: str) -> bool:
    """Whether a line carries on a hard-wrapped line of prose."""
    return len(last) >= 55 and last.rstrip()[-1:] not in ".:!?؟" and not _BULLET.match(fold(line[:8]))


def _units(text: str) -> list[_Unit]:
    """The logical lines of a text; an item's indented, arrowed or short following lines belong to it."""
    out: list[_Unit] = []
    for line in text.split("\n"):
        prev = out[-1] if out and line.strip() else None
        if prev is not None and _is_item(prev.text) and not _is_item(line):
            if _wrapped(prev.raw[-1], line) and not _ARROW.match(line):
                if prev.more:
                    more = (*prev.more[:-1], prev.more[-1].rstrip() + " " + line.strip())
                    out[-1] = _Unit(prev.text, (*prev.raw, line), more)
                else:
                    out[-1] = _Unit(prev.text.rstrip() + " " + line.strip(), (*prev.raw, line))
                continue
            if _ARROW.match(line) or line[:1].isspace() or (len(line.strip()) <= 100 and line.rstrip()[-1:] not in ".!?:؟"):
                out[-1] = _Unit(prev.text, (*prev.raw, line), (*prev.more, _ARROW.sub("", line).strip()))
                continue
        if prev is not None and not prev.more and _wrapped(prev.text, line):
            out[-1] = _Unit(prev.text.rstrip() + " " + line.strip(), (*prev.raw, line))
            continue
        out.append(_Unit(line, (line,)))
    return out


def _logical_lines(text: str) -> list[str]:
    """Lines with hard-wrapped prose joined back together; list items stay apart."""
    return [ln for u in _units(text) for ln in (u.text, *u.more)]


def _prose(text: str, rules: ExtractRules, source: str = "prose") -> tuple[list[_Cand], bool]:
    """Speakers written in sentences or list items, and whether a third party is proposed."""
    cands: list[_Cand] = []
    third = False
    acronyms = _acronyms(text)
    intro = -10
    for i, unit in enumerate(_units(text)):
        line = unit.text
        fl = fold(line)
        if any(p.search(fl) for p in rules.list_intro):
            intro = i
        item = _BULLET.match(fl) if _is_item(line) else None
        body = line[len(item.group()) :] if item else line
        hon, _ = _split_honorific(body.strip(), rules)
        if (item and i - intro <= 3) or hon:
            # a list item after "the following:" or a line opening with an honorific is one person;
            # the item's further lines give its title and affiliation, or its roles
            details = [m for m in unit.more if m and not _roles(m, rules, ())[0]]
            phrase = ", ".join([body.rstrip(" ,;"), *details]) if item else _sentence(body, 0, rules)
            c = _phrase(phrase, rules, source, need_mark=not hon)
            if c is not None and (c.name or c.is_self):
                c.role_text = "\n".join(unit.raw)
                c.lines = unit.raw
                cands.append(c)
                third = third or not c.is_self
                intro = i if item else intro  # the list goes on
                continue
        for cue in rules.prose:
            for m in cue.regex.finditer(fl):
                fline = _Folded(line)
                start = fline.at(m.end())
                phrase = _sentence(line, start, rules)
                c = _phrase(phrase, rules, source)
                if c is not None and c.is_self and not c.name:
                    if not any(o.is_self for o in cands):
                        # "propose our executive director - myself -": the sender, described by the sentence
                        c.subject_org = _clause_org(_sentence_before(line, fline.at(m.start())), rules, acronyms)
                        c.lines, c.sentence_roles, c.pos = (line,), True, start
                        c.role_more = _whole_sentence(line, start, rules)
                        cands.append(c)
                    continue
                if cue.third_party:
                    fp = fold(phrase).lstrip()
                    if c is not None or any(p.match(fp) for p in rules.lead_in) or \
                            fp.split(" ", 1)[0] in rules.possessives or _split_honorific(phrase.strip(), rules)[0]:
                        third = True
                if c is not None and c.name and not any(_same_person(c.name, o.name) for o in cands):
                    if cue.third_party:
                        before = _sentence_before(line, fline.at(m.start()))
                        c.subject_org = _clause_org(before, rules, acronyms)
                    c.lines, c.sentence_roles, c.pos = (line,), True, start
                    c.role_more = _whole_sentence(line, start, rules)
                    cands.append(c)
        for c in _honorific_mentions(line, rules, source, acronyms):
            if not any(_same_person(c.name, o.name) for o in cands):
                cands.append(c)
                third = True
        # each speaker named in a sentence owns the words from its name to the next speaker's
        named = sorted((c for c in cands if c.sentence_roles and c.lines == (line,) and not c.role_text), key=lambda c: c.pos)
        for k, c in enumerate(named):
            c.role_text = line[c.pos : named[k + 1].pos if k + 1 < len(named) else len(line)]
    return cands, third


def _whole_sentence(line: str, start: int, rules: ExtractRules) -> str:
    """The whole sentence around a position of a line."""
    return _sentence_before(line, start) + _sentence(line, start, rules)


def _sentence_before(line: str, pos: int) -> str:
    """The part of the sentence before a position."""
    pieces = re.split(r"(?<=[.!?؟;])\s+(?=\S)", line[:pos])
    return pieces[-1] if pieces else ""


def _sentences(line: str, rules: ExtractRules) -> list[tuple[int, str]]:
    out, pos = [], 0
    while pos < len(line):
        sent = _sentence(line, pos, rules)
        out.append((pos, sent))
        pos += len(sent) + 1
    return out


def _possessive_start(sent: str, pos: int, rules: ExtractRules) -> int:
    """Where "our President, Mrs. X" / "Notre secrétaire général, M. X" starts, given the honorific's position."""
    before = sent[:pos].rstrip()
    if not before.endswith((",", "،")):
        return pos
    cut = max(before.rfind(",", 0, len(before) - 1), before.rfind("،", 0, len(before) - 1)) + 1
    words = list(re.finditer(r"\S+", before[cut:-1]))
    for k in range(len(words) - 1, -1, -1):
        if fold(words[k].group()) in rules.possessives:
            rest = fold(" ".join(w.group() for w in words[k + 1 :]))
            if len(words) - k - 1 <= 5 and rules.title_words.hits(rest):
                return cut + words[k].start()
            break
    return pos


def _honorific_mentions(line: str, rules: ExtractRules, source: str, acronyms: Mapping[str, str]) -> list[_Cand]:
    """People named after an honorific inside a sentence about speaking ("would be honoured if Prof. X ...")."""
    out: list[_Cand] = []
    for offset, sent in _sentences(line, rules):
        fs = fold(sent)
        if not (any(p.search(fs) for p in rules.speaking) or any(p.search(fs) for _, pats in rules.roles for p in pats)
                or any(c.regex.search(fs) for c in rules.prose if c.third_party)):
            continue
        prev: str | None = None
        for m in re.finditer(r"\S+", sent):
            word = m.group()
            at = m.start()
            if word.startswith("و") and _split_honorific(word[1:], rules)[0]:
                word, at = word[1:], at + 1  # "والسيدة هدى": "and Mrs. Huda"
            hon = _split_honorific(word, rules)[0]
            after_hon = prev is not None and _split_honorific(prev, rules)[0] is not None
            greeted = prev is not None and fold(prev).strip(",.:!") in rules.greetings
            prev = word
            if not hon or after_hon or greeted:
                continue
            start = _possessive_start(sent, at, rules)
            c = _phrase(sent[start:], rules, source)
            if c is None or not c.name or any(_same_person(c.name, o.name) for o in out):
                continue
            c.subject_org = _clause_org(sent[:start], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + at, sent
            out.append(c)
    return out


# ---------------------------------------------------------------------------------------------
# Signature and display name


@dataclass
class _Sig:
    name: str | None = None
    honorific: str | None = None
    title: str | None = None
    affiliation: str | None = None


def _signature_lines(parts: MessageParts, rules: ExtractRules) -> list[str]:
    """The signature block's lines, closing formula dropped; a trailing name block of the new text if none."""
    if parts.signature:
        lines = parts.signature.split("\n")
        while lines and (not lines[0].strip() or lines[0].strip() in ("--", "—", "__")
                         or re.search(r"[,،!]\s*$", lines[0])):
            lines.pop(0)
        lines = [ln for ln in lines if ln.strip()][:10]
        if len(lines) > 1 or (lines and (_lead_name(lines[0], rules)[1] or not _is_noise(lines[0], rules)
                                          and _kind(lines[0], rules) != "unknown")):
            return lines
        # only "Sent from my phone" or "Merci d'avance.": the name, if any, closes the new text
        return _closing_block(parts.new, rules) or lines
    return _closing_block(parts.new, rules)


def _closing_block(new: str, rules: ExtractRules) -> list[str]:
    """The name block that closes the new text (a name, then its title or organisation lines), if any."""
    paragraphs = [p for p in re.split(r"\n\s*\n", new) if p.strip()]
    while paragraphs and all(_is_noise(ln, rules) for ln in paragraphs[-1].split("\n") if ln.strip()):
        paragraphs.pop()  # "Sent from my iPhone" left in the text
    # a one-line courtesy after the name ("Merci par avance.", "Thanks again") does not hide the block
    while len(paragraphs) > 2 and "\n" not in paragraphs[-1].strip() and len(paragraphs[-1].split()) <= 5 \
            and not _name_like(paragraphs[-1].strip(), rules)[1]:
        paragraphs.pop()
    if len(paragraphs) == 1:
        # one paragraph: its last line, when the line before ends a sentence, may be the name alone
        lines = [ln.strip() for ln in paragraphs[0].strip().split("\n") if ln.strip()]
        if len(lines) >= 3 and re.search(r"[.!؟?]\s*$", lines[-2]) and _name_like(lines[-1], rules)[1] \
                and len(lines[-1].split()) <= 4:
            return lines[-1:]
    if len(paragraphs) < 2:
        return []
    block = [ln for ln in paragraphs[-1].split("\n") if ln.strip()]
    if len(block) > 7 or any(len(ln) > 80 or re.search(r"[.:]\s*$", ln) for ln in block):
        return []
    return block if _lead_name(block[0], rules)[1] else []


def _lead_name(line: str, rules: ExtractRules) -> tuple[str | None, str | None, str]:
    """(honorific, name, rest) when a line is a name, or a name then its title or organisation after a comma or dash."""
    m = _PIECES.search(line)
    if m is not None:
        rest = line[m.end() :].strip()
        hon, name = _name_like(line[: m.start()], rules)
        if name and rest and _kind(_PIECES.split(rest)[0], rules) != "unknown":
            return hon, name, rest
    hon, name = _name_like(line, rules)
    return hon, name, ""


def _signature(parts: MessageParts, rules: ExtractRules) -> _Sig:
    sig = _Sig()
    lines = _signature_lines(parts, rules)
    for ln in lines:
        if _is_noise(ln, rules) or _is_place(ln, rules):
            continue
        if sig.name is None and sig.title is None and sig.affiliation is None:
            hon, name, rest = _lead_name(ln, rules)
            if name:
                sig.honorific, sig.name = hon, name
                if not rest:
                    continue
                ln = rest  # "Ahmed Nasr, Programme Manager, Sudanese Migrants Association" on one line
        segs = [s for part in _SEPARATORS.split(ln) for s in re.split(r"\s*[,،]\s+", part)]
        for k, seg in enumerate(segs):
            if not seg.strip() or _is_noise(seg, rules) or _is_place(seg, rules):
                continue
            kind = _kind(seg, rules)
            if kind == "title" and not sig.title and not sig.affiliation:
                title, aff = _split_title(seg, rules) if _ARABIC.search(seg) else (seg, None)
                # "رئيسة جمعية التضامن": an Arabic title line often carries its organisation
                sig.title = _clean_value(title, rules)
                sig.affiliation = _clean_value(aff, rules)
            elif kind == "org" and not sig.affiliation:
                # "Centre for Refugee Studies, University of the Levant": a comma inside one affiliation
                whole = [seg]
                for more in segs[k + 1 :]:
                    if _kind(more, rules) != "org" or _is_place(more, rules) or _is_noise(more, rules):
                        break
                    whole.append(more)
                sig.affiliation = _clean_value(", ".join(whole), rules) if ", ".join(whole) in ln else _clean_value(seg, rules)
            elif kind == "unknown" and sig.name and not sig.affiliation:
                if sig.title:
                    sig.affiliation = _clean_value(seg, rules)
                else:
                    sig.title = _clean_value(seg, rules)
    return sig


def _display_name(parsed: Parsed, rules: ExtractRules) -> tuple[str | None, str | None]:
    name = parsed.from_name.strip()
    if name.count(",") == 1:
        last, first = (s.strip() for s in name.split(","))
        if first and last and len(first.split()) <= 3 and len(last.split()) <= 3:
            name = f"{first} {last}"  # "Qasem, Layla"
    return _name_like(name, rules)


# ---------------------------------------------------------------------------------------------
# Roles


def _roles(text: str, rules: ExtractRules, themes: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """Roles stated in a text, in model order, and the first roundtable number named."""
    ft = _Folded(text)
    f = ft.text
    roles = [name for name, pats in rules.roles if any(p.search(f) for p in pats)]
    number = _roundtable_number(ft, rules)
    if number is None and "roundtable" in roles:
        number = _theme_number(f, themes)
    if number is None and "roundtable" in roles:
        number = _roundtable_of_objective(f, rules)
    return tuple(r for r in ROLES if r in roles), number


def _theme_words(text: str) -> set[str]:
    return {t for t in _tokens(fold(text)) if len(t) >= 4}


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


def _listed_themes(text: str, rules: ExtractRules) -> tuple[str, ...]:
    """Roundtable themes listed in a message, usually the quoted invitation ("Table ronde 4 : Diaspora, ...")."""
    found: dict[int, str] = {}
    for line in _unquote(text).split("\n"):
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
    by_objective = dict(rules.objectives)
    rt_pats = [p for name, pats in rules.roles if name == "roundtable" for p in pats]
    for sentence in re.split(r"[.!?؟\n]", folded):
        if any(p.search(sentence) for p in rt_pats):
            for m in rules.objective_re.finditer(sentence):
                if int(m.group("n")) in by_objective:
                    return by_objective[int(m.group("n"))]
    return None


def _roundtable_number(ft: _Folded, rules: ExtractRules) -> int | None:
    values = dict(rules.ordinals + rules.cardinals)
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


# ---------------------------------------------------------------------------------------------
# Organisation, report title, withdrawal


def _organisation(labelled_org: str | None, cands: list[_Cand], sig: _Sig, parsed: Parsed, parsed_new: str,
                  docs: Mapping[str, DocText], decision: Decision, rules: ExtractRules) -> tuple[str | None, str]:
    """The submitting organisation and where it was read."""
    org, source = _find_organisation(labelled_org, cands, sig, parsed, parsed_new, docs, decision, rules)
    return (_ARTICLE.sub("", org) or None, source) if org else (None, "")


def _find_organisation(labelled_org: str | None, cands: list[_Cand], sig: _Sig, parsed: Parsed, parsed_new: str,
                       docs: Mapping[str, DocText], decision: Decision, rules: ExtractRules) -> tuple[str | None, str]:
    if labelled_org:
        return labelled_org, "labelled"
    if sig.affiliation:
        return sig.affiliation, "signature"
    for name in decision.report_attachments:
        doc = docs.get(name)
        if doc is not None and doc.readable:
            _, org = _labelled("\n".join(doc.text.split("\n")[:40]), rules, "docx")
            if org:
                return org, "docx"
    prose_org = _prose_organisation(parsed_new, rules)
    if prose_org:
        return prose_org, "prose"
    for c in cands:
        if c.affiliation:
            return c.affiliation, c.prov.get("affiliation", "labelled")
    display = parsed.from_name.strip()
    if display and rules.org_words.hits(fold(display)):
        return display, "display_name"
    return None, ""


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|tr|aw|wg|r|رد|إعادة توجيه|توجيه)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def _report_title(parsed: Parsed, decision: Decision, docs: Mapping[str, DocText]) -> str | None:
    for name in decision.report_attachments:
        doc = docs.get(name)
        if doc is None or not doc.readable:
            continue
        for line in doc.text.split("\n"):
            line = " ".join(line.split())
            words = _tokens(fold(line))
            # the first heading-like line: a few words, not a page number, date or running header
            if 2 <= len(words) <= 30 and len(line) <= 250 and not re.fullmatch(r"[\d\s/.,:-]+", line):
                return _strip_punct(line)
    subject = _REPLY_PREFIX.sub("", parsed.subject).strip()
    return subject or None


# ---------------------------------------------------------------------------------------------
# The stage


def _forwarded_body(forwarded: str) -> str:
    """A forwarded message's text without its marker and header lines."""
    lines = forwarded.split("\n")
    header = re.compile(r"^\s*\*?(?:from|de|من|date|sent|envoy[ée]|to|à|a|cc|subject|objet|الموضوع|التاريخ|إلى|"
                        r"المرسل|أرسل)\s*\*?\s*:", re.IGNORECASE)
    out = [ln for ln in lines if not header.match(ln) and not re.match(r"^\s*-{2,}.*-{2,}\s*$", ln)
           and not re.match(r"^\s*(?:begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée])", ln, re.I)]
    return "\n".join(out).strip()


def _sources(text: str, parsed_html: str | None, docs: Mapping[str, DocText], decision: Decision,
             rules: ExtractRules) -> tuple[list[_Cand], str | None, list[_Cand], bool]:
    """(speakers by trust, organisation label, prose speakers for filling, third-party cue present)."""
    labelled, org = _labelled(text, rules, "labelled")
    prose, third = _prose(text, rules)
    if len(labelled) == 1 and not labelled[0].name and len(prose) == 1:
        # labelled lines that give only a title or affiliation describe the one speaker named in prose
        for what in ("title", "affiliation"):
            prose[0].set(what, getattr(labelled[0], what), "labelled")
        labelled = []
    if labelled and (any(c.name for c in labelled) or not prose):
        return labelled, org, prose, third
    if parsed_html:
        for table in _html_tables(parsed_html):
            found = _table_speakers(table, rules, "table")
            if found:
                return found, org, prose, third
    for name, doc in docs.items():
        if not doc.readable and not doc.tables:
            continue
        for table in doc.tables:
            found = _table_speakers([list(r) for r in table], rules, "docx")
            if found:
                return found, org, prose, third
        if name not in decision.report_attachments:
            found, _ = _labelled(doc.text, rules, "docx")
            if found:
                return found, org, prose, third
    return prose, org, [], third


def _describe_self(c: _Cand, text: str, rules: ExtractRules) -> None:
    """Title and organisation the sender gives themself in prose ("I am the Regional Coordinator of AYMN")."""
    ft = _Folded(text)
    for p in rules.self_statement:
        for m in p.finditer(ft.text):
            segs = _segments(_sentence(text, ft.at(m.end()), rules))
            if not segs:
                continue
            seg = _cut_at_stop(segs[0], rules)  # "... of AYMN and facilitated our consultations"
            title, aff = _split_title(seg, rules)
            if not rules.title_words.hits(fold(title)):
                continue
            c.set("title", _clean_value(_first_title(title, rules), rules), "prose")
            if aff:
                _set_affiliation(c, aff, rules, "prose")
            return


def _unquote(quoted: str) -> str:
    """Quoted text without its ">" marks and the "On ... wrote:" line."""
    lines = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in quoted.split("\n")]
    if lines and not quoted.lstrip().startswith(">"):
        lines = lines[1:]
    return "\n".join(lines)


def _completed(parts: MessageParts, decision: Decision, rules: ExtractRules) -> tuple[list[_Cand], str]:
    """The quoted message's speaker that the new text names again, with the details the new text adds."""
    inner = split(_unquote(parts.quoted))
    earlier, _, _, _ = _sources(inner.new, None, {}, decision, rules)
    new = parts.new
    named = set()
    for m in re.finditer(r"\S+", new):
        if _split_honorific(m.group(), rules)[0]:
            name, _ = _name_tokens(re.split(r"[,،.;:()]|['’]s\b", new[m.end() :], maxsplit=1)[0].strip(), rules)
            named.update(t for t in _tokens(fold(name)) if t not in rules.particles and len(t) > 2)
    found = [c for c in earlier if c.name and named & set(_tokens(fold(c.name)))]
    if len(found) != 1:
        return [], ""
    c = found[0]
    fnew = _Folded(new)
    for p in rules.name_statement:
        m = p.search(fnew.text)
        if m:
            name, _ = _name_tokens(_sentence(new, fnew.at(m.end()), rules), rules)
            if len(name.split()) >= 2 and set(_tokens(fold(name))) & set(_tokens(fold(c.name or ""))):
                c.name, c.prov["name"] = name, "prose"
                break
    for p in rules.title_statement:
        m = p.search(fnew.text)
        if m:
            segs = _segments(_sentence(new, fnew.at(m.end()), rules))
            if segs and not _stops(segs[0], rules):
                title, aff = _split_title(segs[0], rules)
                c.title, c.prov["title"] = _clean_value(_first_title(title, rules), rules), "prose"
                if aff:
                    _set_affiliation(c, aff, rules, "prose")
                break
    return [c], inner.new


_FORWARDED_FROM = re.compile(r"^\s*\*?(?:from|de|من|المرسل)\s*\*?\s*:\s*(?P<v>\S.*)$", re.IGNORECASE | re.MULTILINE)


def _appositions(text: str, rules: ExtractRules) -> list[_Cand]:
    """People named after an honorific in any sentence, with the title around them ("our Secretary General, Dr. X")."""
    out: list[_Cand] = []
    for line in _logical_lines(text):
        for _, sent in _sentences(line, rules):
            for m in re.finditer(r"\S+", sent):
                if not _split_honorific(m.group(), rules)[0] or (m.start() and _split_honorific(sent[: m.start()].split()[-1], rules)[0]):
                    continue
                c = _phrase(sent[_possessive_start(sent, m.start(), rules) :], rules, "prose")
                if c is not None and c.name and not any(_same_person(c.name, o.name) for o in out):
                    out.append(c)
    return out


def _forwarded_sender(parts: MessageParts, inner: MessageParts, rules: ExtractRules) -> _Cand | None:
    """The author of a forwarded request who asks to speak, when the sender passes on their request."""
    m = _FORWARDED_FROM.search(parts.forwarded)
    if m is None or not any(p.search(fold(inner.new)) for p in rules.own_request):
        return None
    fsig = _signature(inner, rules)
    hon, display = _name_like(email.utils.parseaddr(m.group("v").strip())[0] or "", rules)
    name = fsig.name or display
    named = _appositions(parts.new, rules)
    if not name or (named and not any(_same_person(c.name, name) for c in named)):
        return None  # the sender's text names someone else: not this request's author
    c = next((c for c in named if _same_person(c.name, name)), None) or _Cand(honorific=fsig.honorific or hon)
    c.set("name", name, "signature" if fsig.name else "display_name")
    c.set("title", fsig.title, "signature")
    c.set("affiliation", fsig.affiliation, "signature")
    c.org_ref = c.org_ref or not c.affiliation  # else the forwarding organisation's
    return c


def _merged(cands: list[_Cand]) -> list[_Cand]:
    """Speakers named again later ("Mme Khadija EL AMRANI ... Mme EL AMRANI est ...") folded into the first mention."""
    out: list[_Cand] = []
    for c in cands:
        first = next((o for o in out if _same_person(o.name, c.name)), None)
        if first is None:
            out.append(c)
            continue
        for what in ("title", "affiliation"):
            first.set(what, getattr(c, what), c.prov.get(what, "prose"))
        first.org_ref = first.org_ref or (c.org_ref and not first.affiliation)
    return out


def _absent(c: _Cand, text: str, others: list[_Cand], rules: ExtractRules) -> bool:
    """Whether the text says this person will not speak ("M. X ne pourra pas participer", "instead of Ms. Y")."""
    ft = _Folded(text)
    name = fold(c.name or "")
    for m in re.finditer(re.escape(name), ft.text):
        # after the name: up to the end of its sentence or the next person named in it
        after = re.split(r"[.!?؟;\n]", ft.text[m.end() :], maxsplit=1)[0]
        for o in others:
            if o.name and (k := after.find(fold(o.name))) >= 0:
                after = after[:k]
        if any(p.search(after) for p in rules.absent_after):
            return True
        words = ft.text[max(0, m.start() - 80) : m.start()].split()
        while words and (words[-1] in rules.honorifics or words[-1] in rules.articles):
            words.pop()  # "à la place de Mme X": the honorific sits between the cue and the name
        before = " ".join(words)
        if any(q.end() == len(before) for p in rules.absent_before for q in p.finditer(before)):
            return True
    return False


_PIECES = re.compile(r"\s*[,،]\s*|\s+[-–—|]\s+")


def _person_lines(text: str, rules: ExtractRules) -> list[_Cand]:
    """Lines that are only a person and their title or organisation ("سلمى الحسيني – جمعية ...")."""
    out: list[_Cand] = []
    for line in text.split("\n"):
        pieces = [p for p in _PIECES.split(_strip_punct(line)) if p.strip()]
        if not 2 <= len(pieces) <= 4 or len(line.split()) > 20 or _is_noise(line, rules):
            continue
        hon, name = _name_like(pieces[0], rules)
        kinds = [_kind(p, rules) for p in pieces[1:]]
        if not name or "unknown" in kinds:
            continue
        c = _Cand(honorific=hon, lines=(line,))
        c.set("name", name, "prose")
        for piece, kind in zip(pieces[1:], kinds, strict=True):
            if kind == "title" and not c.title and not c.affiliation:
                title, aff = _split_title(piece, rules)
                c.set("title", _clean_value(title, rules), "prose")
                if aff:
                    _set_affiliation(c, aff, rules, "prose")
            elif kind == "org":
                _set_affiliation(c, piece, rules, "prose")
        out.append(c)
    return out


def _as_sender(c: _Cand, sig: _Sig, parsed: Parsed, rules: ExtractRules) -> None:
    """Complete a speaker who is the sender ("myself", a title-only record) from the signature or display name."""
    if sig.name and (not c.name or _same_person(c.name, sig.name)):
        c.set("name", sig.name, "signature")
        c.honorific = c.honorific or sig.honorific
        c.set("title", sig.title, "signature")
        c.set("affiliation", sig.affiliation, "signature")
    if not c.name:
        hon, name = _display_name(parsed, rules)
        c.set("name", name, "display_name")
        c.honorific = c.honorific or hon


def _speakers(parsed: Parsed, parts: MessageParts, decision: Decision, docs: Mapping[str, DocText],
              rules: ExtractRules, themes: tuple[str, ...], sig: _Sig) -> tuple[list[_Cand], str | None]:
    cands, org, fill, third = _sources(parts.new, parsed.html, docs, decision, rules)
    role_body = parts.new
    # the themes of the campaign, else the ones the message itself lists (a quoted invitation)
    themes = themes or _listed_themes("\n".join((parts.quoted, parts.forwarded, parts.new)), rules)
    if not cands and parts.forwarded:
        # A forwarded nomination: the request is in the carried-along message.
        inner = split(_forwarded_body(parts.forwarded))
        fcands, forg, ffill, fthird = _sources(inner.new, None, {}, decision, rules)
        if fcands:
            cands, fill, third = fcands, ffill, True
            org = org or forg
            role_body = parts.new + "\n" + inner.new
            fsig = _signature(inner, rules)
            for c in cands:
                if _same_person(c.name, fsig.name):
                    c.set("title", fsig.title, "signature")
                    c.set("affiliation", fsig.affiliation, "signature")
        else:
            # "Please find below the request of our Secretary General, Dr. X": its author is the speaker
            author = _forwarded_sender(parts, inner, rules)
            if author is not None:
                cands, third, role_body = [author], True, parts.new + "\n" + inner.new
    # Quoted text is not the sender's: a table or prose speaker found only there is dropped.
    quoted, new = fold(parts.quoted), fold(parts.new + "\n" + parts.forwarded)
    cands = [c for c in cands if not (c.name and fold(c.name) in quoted and fold(c.name) not in new)]
    for c in cands:
        for other in fill:
            if _same_person(c.name, other.name):
                for what in ("title", "affiliation"):
                    c.set(what, getattr(other, what), other.prov.get(what, "prose"))
                c.org_ref = c.org_ref or other.org_ref
                c.honorific = c.honorific or other.honorific
        if _same_person(c.name, sig.name):
            c.set("title", sig.title, "signature")
            c.set("affiliation", sig.affiliation, "signature")
            c.honorific = c.honorific or sig.honorific
        if c.is_self or not c.name:
            _as_sender(c, sig, parsed, rules)
    cands = _merged([c for c in cands if c.name])
    if len(cands) > 1:
        # "M. X ne pourra pas participer. Il sera remplacé par Mme Y": only the replacement is proposed
        present = [c for c in cands if not _absent(c, parts.new, [o for o in cands if o is not c], rules)]
        cands = present or cands
    if not cands and not third:
        # "Ali Hassan, prog officer, Sudan Migrant Network" on a line of its own: the sender, described
        cands = _person_lines(parts.new, rules)[:1]
    if not cands and parts.quoted:
        # A reply that completes a speaker proposed in the quoted message ("Mr. X's position: ...").
        cands, quoted_body = _completed(parts, decision, rules)
        if cands:
            role_body = parts.new + "\n" + quoted_body
    if not cands and any(p.search(fold(parts.new)) for p in rules.self_nomination):
        third = False  # "je me propose", "أرشح نفسي": the sender, whatever else the message names
    elif not cands and not third:
        # someone else named with an honorific ("Ms. X will replace Mr. Y"): not the sender, so do not guess
        sender = (sig.name, _display_name(parsed, rules)[1])
        third = any(not any(_same_person(m, s) for s in sender) for m in _mentions(parts.new, rules))
    if not cands and not third:
        if sig.name:
            c = _Cand(honorific=sig.honorific)
            c.set("name", sig.name, "signature")
            c.set("title", sig.title, "signature")
            c.set("affiliation", sig.affiliation, "signature")
            cands = [c]
        else:
            hon, name = _display_name(parsed, rules)
            if name:
                c = _Cand(honorific=hon)
                c.set("name", name, "display_name")
                cands = [c]
        for c in cands:
            _describe_self(c, parts.new, rules)
    # Roles: a speaker's own line or cell first, else what the sender's text says for everyone.
    own_lines = {ln for c in cands if c.role_text and not (c.sentence_roles and len(cands) == 1) for ln in c.lines}
    shared_text = "\n".join(ln for ln in role_body.split("\n") if ln not in own_lines)
    shared_roles, shared_n = _roles(shared_text, rules, themes)
    if not shared_roles:
        shared_roles, shared_n = _roles(_REPLY_PREFIX.sub("", parsed.subject), rules, themes)
    if "roundtable" in shared_roles and shared_n is None:
        shared_n = _roles(_REPLY_PREFIX.sub("", parsed.subject), rules, themes)[1]
        if shared_n is None and any(p.search(fold(role_body)) for p in rules.same_roundtable):
            shared_n = _roles(parts.quoted, rules, themes)[1]  # "the same roundtable": the one asked for before
    for c in cands:
        # One speaker named in a sentence takes every role the message states; several take their own first.
        own = c.role_text if c.role_text and not (c.sentence_roles and len(cands) == 1) else ""
        roles, n = _roles(own, rules, themes) if own else ((), None)
        if not roles and own and c.role_more:
            roles, n = _roles(c.role_more, rules, themes)  # "Mr. A and Ms. B for roundtable 2"
        source = c.prov.get("name", "labelled")
        if not roles:
            roles, n, source = shared_roles, shared_n, "prose"
        if roles:
            c.prov["roles"] = source
        c.roles, c.roundtable = roles, n if "roundtable" in roles else None
    return cands, org


def extract(parsed: Parsed, parts: MessageParts, decision: Decision, language: str, docs: Mapping[str, DocText],
            rules: ExtractRules, themes: tuple[str, ...] = ()) -> Fields:
    """Speakers (for speaker requests), organisation, report title and withdrawal of one message."""
    # `language` is not used to pick cues: mail mixes languages (an Arabic body, an English signature),
    # so the ar/en/fr cues are all tried on every message.
    sig = _signature(parts, rules)
    cands: list[_Cand] = []
    labelled_org: str | None = None
    if decision.is_speaker:
        cands, labelled_org = _speakers(parsed, parts, decision, docs, rules, themes, sig)
    else:
        _, labelled_org = _labelled(parts.new, rules, "labelled")
    org, org_source = _organisation(labelled_org, cands, sig, parsed, parts.new, docs, decision, rules)
    acronyms = _acronyms("\n".join((parts.new, parts.signature, parts.forwarded, parts.quoted)))
    org = _expand(org, acronyms)
    speakers = []
    proposer = next((c.subject_org for c in cands if c.subject_org), None) or _proposer(parts.new, rules, acronyms)
    if not org and proposer:
        org, org_source = _expand(proposer, acronyms), "prose"
    for c in cands:
        if c.org_ref and not c.affiliation:
            # "the Forum", "في الشبكة", "sa directrice": the organisation that proposes, else the sender's
            ref = c.subject_org or proposer
            c.set("affiliation", ref or org, "prose" if ref else org_source)
        elif not c.affiliation and c.subject_org:
            c.set("affiliation", c.subject_org, "prose")  # "The X Foundation would like to nominate Mr. Y"
        elif not c.affiliation and proposer and c.prov.get("name") not in ("signature", "display_name"):
            # "يسرّ الاتحاد ... أن يرشّح ..." then the candidate in the next paragraph: the proposer's own person
            c.set("affiliation", proposer, "prose")
        c.affiliation = _expand(c.affiliation, acronyms)
        c.title = _title_end(c.title, rules)
        speakers.append(Speaker(
            name=c.name, title=c.title, affiliation=c.affiliation, roles=c.roles, roundtable=c.roundtable,
            honorific=c.honorific, provenance=tuple(sorted(c.prov.items())),
        ))
    if decision.is_speaker:
        missing = [f for f in ("name", "title", "affiliation") if not speakers or any(f in s.missing() for s in speakers)]
    else:
        missing = []
    withdrawal = any(p.search(fold(parts.new + "\n" + parsed.subject)) for p in rules.withdrawal)
    return Fields(
        speakers=tuple(speakers),
        organisation=org,
        report_title=_report_title(parsed, decision, docs) if decision.is_report else None,
        missing=tuple(missing),
        withdrawal=withdrawal,
    )
