"""Speakers written in prose: a name after a cue or an honorific in a sentence about speaking, the
appositive clauses around it split into title and organisation, and the organisation that proposes
(the organisation a sentence or phrase names is read by intake/extract_orgs.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from intake.extract_orgs import (
    arabic_org,
    arabic_team_named,
    arabic_unit_named,
    clause_after_definite,
    clause_org,
    named_in_full,
    names_event,
    opens_clause,
    org_runs,
    org_start,
    possessive_post,
    post_at_reference,
    post_of_ours,
    referenced_body,
    second_post,
    split_title,
    unit_only,
    with_its_unit,
    without_aside,
    written_as_name,
)
from intake.extract_roles import asks_for_role
from intake.extract_rules import (
    ARABIC,
    ARROW,
    ARTICLE,
    BULLET,
    PARTICLE_PREFIX,
    SEPARATORS,
    ExtractRules,
    spelled_as_name,
    word_tokens,
)
from intake.extract_values import (
    ELISION,
    QUESTION,
    VALUE_END,
    Cand,
    ar_unprefix,
    article_org,
    clean_value,
    glued_reference,
    is_field,
    is_place,
    is_reference,
    latin_full_name,
    listed_phrase_honorific,
    name_like,
    names_branch,
    names_post,
    names_role,
    names_unit,
    only_places,
    only_role,
    opens_with_unit,
    org_head,
    phrase_kind,
    place_and_acronym,
    same_as_before,
    same_person,
    spelled_acronyms,
    split_honorific,
    strip_punct,
)
from intake.folding import Folded, fold
from intake.rules import Haystack
from intake.text import CLOSING, CLOSING_WORDS

# ---------------------------------------------------------------------------------------------
# Prose


_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "a.i", "p.i", "e.g", "U.N": letters with a period after each


def _abbreviated(word: str, rules: ExtractRules) -> bool:
    """Whether a period after this word marks an abbreviation, not the end of a sentence ("Dr.", "M.", "St.", the
    dotted "a.i." and "p.i." of an interim post). A number is no initial: "in Roundtable 4. Nadine led ..." ends there,
    and nor is a closing bracket: "(floor intervention, Roundtable 4). The nomination ..." ends there too."""
    if word.endswith((")", "]")):
        return False
    last = fold(word)
    return last + "." in rules.honorifics or (len(last) <= 2 and not last.isdigit()) or bool(_DOTTED.fullmatch(last))


_SENTENCE_MARK = re.compile(r"[.!?؟;:\n]")


def sentence_from(text: str, start: int, rules: ExtractRules) -> str:
    """Text from start to the end of its sentence; abbreviations and initials do not end it."""
    for m in _SENTENCE_MARK.finditer(text, start):
        end = m.start()
        if m.group() == ".":
            nxt = text[end + 1 : end + 2]
            if _abbreviated(_last_word(text, start, end), rules) or (nxt and not nxt.isspace()):
                continue
        return text[start:end]
    return text[start:]


_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z])")
# thanks that close a sentence typed without its full stop (speech typed on a phone: "... she is youth coordinator
# thank you", "... il est chef de groupe merci beaucoup", "... منسق الشباب شكرا"): the person's phrase ends before them
_RUN_ON_THANKS = re.compile(r"\s+(?:merci|thanks|thank you|many thanks|شكرا|وشكرا)(?!\w)", re.IGNORECASE)


def _after_thanks(line: str, rules: ExtractRules) -> str | None:
    """The rest of a line that opens with a thank-you sentence (phrases.thanks_first), when it goes on with a person
    named with an honorific ("Thanks for your quick reply. Ms. X is ..."); else None."""
    ft = Folded(line)
    m = next(filter(None, (p.match(ft.text) for p in rules.thanks_first)), None)
    rest = line[ft.at(m.end()) :] if m else ""
    return rest if rest and _honorific(rest, rules) else None


def _first_sentence(text: str, rules: ExtractRules) -> str:
    """A list item's person line up to the end of its first sentence, when sentences about the person follow ("1) X -
    youth team captain. Born in Addis, she came ..."): they describe the person, they give no title or organisation.
    An abbreviation or initial ("Dr. X", "M. Y") does not end it."""
    for m in _NEXT_SENTENCE.finditer(text):
        if not _abbreviated(_last_word(text, 0, m.start()), rules):
            return text[: m.start()]
    return text


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of text[start:end] ("" if none), found from its end: a sentence can be long, and each of its
    periods asks."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    i = j
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:j]


# a name in quotation marks that closes ("Master « Migrations, droits et sociétés »", 'programme “Work, Rights”')
_QUOTED_SPAN = re.compile(r"«[^«»\n]*»|“[^“”\n]*”")


def comma_segments(text: str) -> list[str]:
    """Comma-separated parts of a phrase, commas inside parentheses or inside a quoted name kept: a degree, programme
    or chair named in quotes is one name, whatever its punctuation."""
    quoted = {i for m in _QUOTED_SPAN.finditer(text) for i in range(m.start(), m.end())}
    out, depth, cur = [], 0, []
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",،" and depth == 0 and i not in quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [s.strip() for s in out if s.strip()]


# a committee named for the fields it covers ("Committee on Labour, ...", "Commission des affaires sociales, ..."): the
# preposition after the committee word (folded text)
_FIELDS_LEAD = re.compile(r"\b(\w+)(?=\s+(?:(?:on|for|of|des|du|de la|pour)\s+\S|de l'\S))")
_ENUM_LAST = re.compile(r"\s(?:and|et|&)\s")  # the last field of an enumeration ("..., Social Development and Population")
_ENUM_MAX_WORDS = 6  # a field of an enumeration is a few words; a longer piece is a sentence or an organisation


def fields_joined(segs: list[str], rules: ExtractRules) -> list[str]:
    """Segments with the fields that a committee's name enumerates put back together: "Chair of the Committee on
    Labour, Social Development and Population", "Président de la Commission des affaires sociales, de la santé et de
    l'emploi" are one title, not a title and an organisation. The run of short pieces after the comma must end with the
    "and"/"et" that closes the enumeration, and none of them may name a post or a body of its own."""
    out: list[str] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        k += 1
        if not any(m.group(1) in rules.committees for m in _FIELDS_LEAD.finditer(fold(seg))):
            out.append(seg)
            continue
        body = None
        for j in range(k, len(segs)):
            piece, after = _fields_then_body(segs[j], rules)
            if len(piece.split()) > _ENUM_MAX_WORDS or phrase_kind(piece, rules) != "unknown":
                break
            if _ENUM_LAST.search(f" {fold(piece)} "):
                seg, k, body = ", ".join([seg, *segs[k:j], piece]), j + 1, after
                break
            if after:
                break  # a body closes the committee's name before any "and": no enumeration
        out.extend([seg, body] if body else [seg])
    return out


# the body a committee belongs to, after the last field of its name ("..., Children and Youth of the Lebanese
# Parliament", "..., de la santé et de l'emploi de l'Assemblée nationale"): a link, then a capitalised name of a body
_FIELDS_BODY = re.compile(r"\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]|des|de)\s*(?=[A-ZÀ-Þ])")


def _fields_then_body(piece: str, rules: ExtractRules) -> tuple[str, str | None]:
    """A comma piece as (the committee's field it names, the body after it or None): the last field of an enumeration
    may carry the body the committee sits in ("Children and Youth of the Lebanese Parliament")."""
    for m in _FIELDS_BODY.finditer(piece):
        body = piece[m.end() :].strip()
        if org_start(body, rules):
            return piece[: m.start()], body
    return piece, None


def ends_fields(line: str, rules: ExtractRules) -> bool:
    """Whether a line ends with the enumeration that closes a committee's name ("..., Social Development and
    Population"): it has ended, and a line under it is not the rest of it."""
    segs = comma_segments(line)
    return len(fields_joined(segs, rules)) < len(segs) and _ENUM_LAST.search(f" {fold(segs[-1])} ") is not None


def name_tokens(seg: str, rules: ExtractRules) -> tuple[str, str]:
    """The leading name in a segment and what follows it."""
    words = seg.split()
    taken: list[str] = []
    arabic = bool(words) and bool(ARABIC.search(words[0]))
    for k, w in enumerate(words):
        f = fold(w).strip(".,")
        if arabic:
            # (a word with tanween, "جداً", or a preposition glued to the article, "بالدعوة", is never part of a name; a
            # name is five words at most, "بن" and "ولد" of a name chain aside)
            ok = bool(ARABIC.match(w)) and f not in rules.not_name \
                and (not rules.title_words.has(f) or _title_in_name(taken, words[k:], rules)) \
                and not (taken and f not in rules.particles and f not in rules.waw_names and any(p.match(f) for p in rules.stop)) \
                and sum(fold(t) not in rules.particles for t in taken) < 5 \
                and not _TANWEEN.search(w) and not _AR_PREP_ARTICLE.match(f) and not _NEGATED.match(f)  # "وائل" opens a name
        else:
            ok = (w[:1].isupper() or bool(PARTICLE_PREFIX.match(w)) or (f in rules.particles and bool(taken))) \
                and not rules.title_words.has(f) \
                and (not rules.org_words.has(f) or spelled_as_name(w, rules)) \
                and f not in rules.not_name and not (taken and f in rules.bare_suffixes)
        if not ok:
            break
        if w[-1] in ":;؛" and len(w) > 1:
            taken.append(w[:-1])  # "Amb. Omar Bouh: floor intervention": the colon ends the name
            break
        taken.append(w)
    while taken and fold(taken[-1]) in rules.particles:
        taken.pop()
    end = len(taken)
    while taken and end < len(words) and fold(words[end]).strip(".,") in rules.bare_suffixes:
        end += 1  # a post-nominal ends the name and is left out of it ("Karim Zubaidi MP")
    return " ".join(taken), " ".join(words[end:])


def _title_in_name(taken: list[str], rest: list[str], rules: ExtractRules) -> bool:
    """Whether a title word with the article inside an Arabic name is a part of it ("محمد الأمين ولد أحمدو"): after a
    given name and before a bare word that goes on with the name, where a title would go on with its own complement
    ("محمد سالم الأمين العام")."""
    if len(rest) == 1 and len(taken) >= 2 and fold(rest[0]).startswith("ال") and rest[0][-1:] not in ",،:":
        # the last word of a name that ends its line, a family name ("د. معتصم حسن الأمين" over "الصفة: ..."): a title
        # there would have its complement after it ("الأمين العام")
        return True
    if not taken or len(rest) < 2 or rest[0][-1:] in ",،":
        return False
    nxt = fold(rest[1]).strip(".,،")
    if nxt in _DASHES and len(taken) >= 2 and fold(rest[0]).startswith("ال"):
        # the last word of a name in a dashed list, a family name ("إخلاص محجوب عبد الله الأمين - مديرة المبادرة"): a
        # title there would go on with its complement ("الأمين العام"), not stop at the dash
        return True
    if not fold(rest[0]).startswith("ال"):
        # a bare one is a compound given name ("محمد أمين الإدريسي") when a family name of origin (a nisba, "ال...ي")
        # follows, where a title would have its complement ("سمير الأحمد أمين الصندوق")
        return len(nxt) > 4 and nxt.startswith("ال") and nxt.endswith("ي") \
            and not rules.title_words.has(nxt) and not rules.org_words.has(nxt)
    if nxt.startswith(("لل", "بال")) or nxt.startswith(("ل", "ب")) and not _name_ends_at(rest[1:]):
        return False  # "الأمين بالمنظمة", "الأمين لمنظمة X": a preposition opens the title's complement
    return bool(ARABIC.match(nxt)) and not nxt.startswith("ال") and nxt not in rules.not_name \
        and not rules.title_words.has(nxt) and not rules.org_words.has(nxt)


def _name_ends_at(rest: list[str]) -> bool:
    """Whether the first of these words is the last of a name: a dash, a comma or the end of the segment follows it.
    A family name may open with a letter that is also a preposition ("محمد الأمين بابكر – منسق", "أحمد الأمين لطفي،"),
    where a preposition would open a complement that goes on ("الأمين بمكتب الهجرة")."""
    return rest[0][-1:] in ",،" or len(rest) == 1 or fold(rest[1]) in _DASHES


_DASHES = frozenset("-–—")
ACCUSATIVE = re.compile(r"(?<=[\u0621-\u064a])(?:ا\u064b|\u064bا)(?=[\s،,.]|$)")  # "صحفياً": the noun "صحفي"
_TANWEEN = re.compile("[\u064b-\u064d]")
_AR_PREP_ARTICLE = re.compile(r"^(?:بال|كال|فال|لل)")
# the colloquial negation "ما...ش" glued to its verb (Egyptian, Levantine: "الحاج ماعندوش إيميل", "مابيستخدمش"): no name word
_NEGATED = re.compile(r"^ما\S+ش$")
# an Arabic word with the article behind a conjunction or a preposition ("والعلوم", "بالجامعة", "للهجرة"): it goes on
# the phrase before it ("عميد كلية الحقوق والعلوم السياسية"), and no person's name opens with one
_AR_LINKED_ARTICLE = re.compile(r"^(?:وال|بال|كال|فال|لل)[\u0621-\u064a]{2}")
# a name written again in the other script, in brackets: "أحمد الحسين (Ahmad Al-Hussein)", "Ahmad Al-Hussein (أحمد الحسين)"
_LATIN_TWIN = re.compile(r"^\((?P<v>[A-Z][^()\u0600-\u06ff]*)\)\s*")
_ARABIC_TWIN = re.compile(r"^\((?P<v>[\u0600-\u06ff][^()A-Za-z]*)\)\s*")


def _without_twin(name: str, after: str, rules: ExtractRules) -> str:
    """What follows a name without the same name written in the other script."""
    m = (_LATIN_TWIN if ARABIC.search(name) else _ARABIC_TWIN).match(after)
    if m is None:
        return after
    v = fold(m.group("v"))
    words = v.split()
    if not 1 < len(words) <= 6 or rules.title_words.hits(v) or rules.org_words.hits(v):
        return after
    return after[m.end() :]


_BRACKET = re.compile(r"^\((?P<v>[^()]+)\)\s*")


def _fuller_name(name: str, after: str, rules: ExtractRules) -> tuple[str, str]:
    """The full name written in brackets after the name a person goes by ("our Ate Lorna (Lorna Dizon Cruz)", "Fatou
    (Ndèye Fatou Sarr)", "سعاد (سعاد أحمد عثمان)"): the brackets hold a longer name that repeats its last word."""
    m = _BRACKET.match(after)
    if not name or m is None:
        return name, after
    full, rest = name_tokens(m.group("v"), rules)
    if rest or len(full.split()) <= len(name.split()) or fold(name.split()[-1]) not in fold(full).split() \
            or not _is_person_name(full, rules):
        return name, after
    return full, after[m.end() :]


def _without_possessive_before_fuller_name(segs: list[str], rules: ExtractRules) -> list[str]:
    """The segments without a possessive before the name a person goes by and their full name in brackets ("our Ate
    Lorna (Lorna Dizon Cruz)", "notre Tata Fatou (Ndèye Fatou Sarr)"): it says how they belong, it opens no title."""
    first, _, rest = segs[0].partition(" ")
    if fold(first) not in rules.possessives:
        return segs
    name, after = name_tokens(rest, rules)
    return [rest, *segs[1:]] if _fuller_name(name, after, rules)[0] != name else segs


def _describes(after: str, rules: ExtractRules) -> bool:
    """Whether the words running on from a name say who the person is ("وأعمل لدى شبكة ...", "وأنا منسقة ...")."""
    f = fold(after)
    for p in rules.work_lead:
        if (m := p.match(f)) and org_start(Folded(after).slice(m.end(), len(f)), rules):
            return True
    return any((m := p.match(f)) and rules.title_words.hits(f[m.end() :]) for p in rules.title_lead)


def _comma(seg: str) -> str:
    return "، " if ARABIC.search(seg) else ", "


def _bare_post(title: str, rules: ExtractRules) -> str:
    """An Arabic post without the pronoun that points back at the organisation ("بترشيح رئيسها": "رئيس", "نائب
    رئيسهم": "نائب رئيس", "رئيستنا": "رئيسة"), when what is left is a title word; not "ه", which is also "ة" typed
    loosely ("مديره")."""
    *head, last = title.split(" ")
    m = re.fullmatch(r"([\u0600-\u06ff]{2,}?)(ها|هم|هما|نا)", last)
    if m is None:
        return title
    # (a feminine post's ة is written ت before the pronoun: "رئيستها" -> "رئيسة")
    stem = m.group(1)[:-1] + "ة" if m.group(1).endswith("ت") else m.group(1)
    return " ".join([*head, stem]) if rules.title_words.has(fold(stem)) else title


def bare_title(title: str | None, rules: ExtractRules) -> str | None:
    """A title without the description around it ("an independent researcher", "Vice-President and a domestic worker
    for 12 years") or the role a colon introduces after it ("juriste : intervention dans la table ronde 2")."""
    if not title:
        return title
    title = _bare_post(title, rules)
    first, _, rest = title.partition(" ")
    if rest and fold(first) in rules.indefinites:
        title = rest
    # "Le Président", "La Secrétaire générale", "The Director" over a signature or after a name: the post, without
    # its article (an organisation keeps its own, "La Cimade", as it is never read as a title; "the General Manager")
    elif (bare := ARTICLE.sub("", title)) != title and _opens_post(fold(bare), rules):
        title = bare
    head, *role = VALUE_END.split(title, maxsplit=1)
    if role and _is_role_clause(role[0], rules):
        title = head
    return before_clause(title, rules)


def before_clause(value: str, rules: ExtractRules) -> str:
    """A value up to the first `title_end` clause about the person in it ("for 12 years", "هو اللي هيتكلم")."""
    ft = Folded(value)
    ends = [m.start() for p in rules.title_end if (m := p.search(ft.text)) and m.start() > 0]
    return strip_punct(ft.slice(0, min(ends))) or value if ends else value


def first_title(title: str, rules: ExtractRules, seg: str) -> str:
    """The first of two joined titles when an organisation follows the second ("Professor of X and Senior Fellow
    at Y" -> "Professor of X"); else both ("Founder and Chair", "avocate et présidente de la commission X").

    `seg` is the phrase the title was read from; the organisation is the one it names after a strong preposition.
    """
    fseg, ftitle = fold(seg), fold(title)
    after = fseg[fseg.find(ftitle) + len(ftitle) :] if ftitle in fseg else ""
    if not any(after.startswith(p) for p in rules.split_strong):
        return title
    ft = Folded(title)
    for conj in rules.title_conjunction:
        i = ft.text.find(conj)
        if i > 0 and rules.title_words.hits(ft.text[:i]) and rules.title_words.hits(ft.text[i + len(conj) :]):
            return ft.slice(0, i).strip()
    return title


def person_phrase(text: str, rules: ExtractRules, source: str, need_mark: bool = False, labelled: bool = False,
            role_above: bool = False, own: bool = False) -> Cand | None:
    """A person phrase: "[possessive title,] [honorific] Name[, title][, affiliation]".

    `labelled`: the phrase is the value of a speaker label ("Nominee: ..."), so it names a person.
    `role_above`: the phrase is a list item under a line that introduces the list and asks for a role ("نرشح اتنين
    ليحكوا بالنقاش المفتوح:"), so an item "name - post" names its person as one that asks for the role itself does.
    `own`: the phrase follows the words with which the writer introduces themself ("انا", "I am"), so a post right
    after an Arabic name with no comma ("انا كمال ناصر منسق مشروعات") marks the name as a comma would.
    """
    asked = text  # the whole phrase, with the role it may ask for
    if (people := plural_list(text, rules)) is not None:
        text = f"{people[0]} {people[1][0]}"  # "Mmes A, présidente, B, trésorière": A's own pieces (B is read apart)
    text = _name_put_first(text, rules)
    clause = before_role_clause(text, rules)
    # a list item that gives a name, a dash and only the role asked for ("٣- ندى X - مداخلة في المائدة المستديرة ١",
    # "2. Nada X - intervention in roundtable 1") names its person, as a post after the dash does
    role_only = need_mark and clause != text and not comma_segments(clause)[1:]
    unled = _without_lead_in(clause, rules)
    # "رفيقنا X", "my colleague X": the words before mark a person, as an honorific does; "لذلك X" ("for this") does not
    led = unled != clause and not any(p.match(fold(clause)) for p in rules.purpose_lead_in)
    text, is_self = _self_marked(unled, rules)
    segs = fields_joined(comma_segments(_without_kunya(without_nickname(_without_age(text), rules), rules)), rules)
    if not segs:
        return Cand(is_self=True) if is_self else None  # "2) myself - for roundtable 3": the sender, nothing more
    c = Cand(is_self=is_self)
    segs = _without_possessive_before_fuller_name(segs, rules)
    after_title = _set_title_before(c, segs, rules, source)
    title_before = after_title is not None
    if after_title is not None:
        segs = after_title
    honorific, rest = split_honorific(segs[0], rules)
    name, after = _fuller_name(*name_tokens(rest, rules), rules)
    if not _is_person_name(name, rules):
        # "sa secrétaire générale, moi-même, pour ...": no name, but the sender with a title
        return c if is_self and not honorific else None
    if not honorific and not led and after[:1].isupper() and rules.org_words.hits(fold(after)) and phrase_kind(segs[0], rules) == "org":
        return None  # "On behalf of Wasl Community Support Centre, ...": capitals that go on into a body's name name no one
    after, segs = _pieces_after_name(name, after, segs, rules, bare=not honorific)
    # ("الشيخ ولد X": a form of address kept as the given name before a patronymic marks the name too)
    led = led or fold(name.split()[0]) in rules.honorific_names
    if (ARABIC.search(name) or need_mark) and not honorific and not led and not labelled and not title_before \
            and not (len(segs) > 1 and not after) \
            and not _describes(after, rules) and not (need_mark and _role_after_colon(rest, rules)) \
            and not (own and _opens_post(fold(after), rules)) \
            and not _bracketed_post(after, rules) \
            and not (need_mark and _dashed_post(name, after, rules) and (role_above or names_role(fold(asked), rules))) \
            and not (need_mark and _colon_post(name, rest, after, rules)) \
            and not (role_only and not after and len(name.split()) > 1 and not _all_definite(name)):
        # an Arabic name has no capitals: take it only after an honorific or a label, before a comma, before words
        # that say who the person is ("أنا سامي داود وأعمل لدى ..."), before a post in brackets or, in a list item
        # that asks for a role, before a post after a spaced dash or, in a list item, before a colon and a post
        return None
    c.honorific = honorific
    if not (is_self and is_kunya(name, rules)):
        # ("أبو محمد (أنا)", "Abu Ali (me)": the kunya the sender goes by; their name is the one they sign with)
        c.set("name", name, source)
    details = _without_credentials(_details(after, segs), rules)
    for k, seg in enumerate(details):
        following = details[k + 1] if k + 1 < len(details) else ""
        run_on = k == 0 and bool(after) and not after.startswith("(")
        if not _read_detail(c, seg, following, run_on, title_before, rules, source):
            _name_goes_on(c, details[k + 1 :], rules)
            break
    return c


# A person's age right after their name, in brackets or between commas ("X (19) - captain", "X, 19 ans, joueuse",
# "X (aged 22)", "X (19 سنة)، قائدة"): it says how old they are, neither their title nor the end of a list item's name
_AGE = re.compile(r"^(?P<name>[^,،;:()\d]+?)\s*(?:\(\s*(?:aged\s+|age\s+|âgée?\s+de\s+|عمر(?:ه|ها)\s+)?[0-9٠-٩]{1,2}"
                  r"(?:\s*(?:ans|years?(?:\s+old)?|yrs?|y/?o|سنة|سنه|سنوات|عاما|عامًا|عاماً|عام))?\s*\)"
                  r"|[,،]\s*(?:aged\s+)?[0-9٠-٩]{1,2}(?:\s*(?:ans|years?(?:\s+old)?|سنة|سنه|عاما|عامًا|عاماً|عام))?\s*(?=[,،]))")


# ... or opening a bracket that goes on with the post ("X (17 ans, membre du bureau)", "X (aged 24, youth delegate)",
# "X (22 سنة، عضو اللجنة)")
_AGE_IN_BRACKET = re.compile(r"^(?P<name>[^,،;:()\d]+?\s*\()\s*(?:aged\s+|age\s+|âgée?\s+de\s+|عمر(?:ه|ها)\s+)?[0-9٠-٩]{1,2}"
                             r"(?:\s*(?:ans|years?(?:\s+old)?|yrs?|y/?o|سنة|سنه|سنوات|عاما|عامًا|عاماً|عام))?\s*[,،;]\s*(?=[^()]*\))")


def _without_age(text: str) -> str:
    """A person phrase without the age said right after the name."""
    m = _AGE.match(text) or _AGE_IN_BRACKET.match(text)
    return text if m is None else m.group("name") + text[m.end() :]


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def is_kunya(phrase: str, rules: ExtractRules) -> bool:
    """Whether a piece is only a kunya, "father/mother of" and a child's name ("أم أحمد", "Abu Ali", "Oum Tarek"): a
    name the person is also known by; not a longer name that opens alike ("Abu Zeid Foundation"). A town that does
    ("Abu Dhabi") is no name, title or body either."""
    return rules.kunya_alone.fullmatch(fold(phrase.strip())) is not None


def _without_kunya(text: str, rules: ExtractRules) -> str:
    """A person phrase without a kunya in brackets right after the name ("X (Abu Ali), chairman", "our vice-chair, Mme
    X (Oum Ali), would", "X (أبو علي)، رئيس"): the name the person is also known by, neither their name, title nor
    body. Only in the name's piece (the first, or the second after a title: one comma before it at most)."""
    ft = Folded(text)
    m = rules.kunya_in_bracket.search(ft.text)
    if m is None or m.start() == 0 or len(re.findall(r"[,،]", ft.text[: m.start()])) > 1:
        return text
    return ft.slice(0, m.start()) + ft.slice(m.end(), len(ft.text))


def without_nickname(text: str, rules: ExtractRules) -> str:
    """A person phrase without the name the person is also known by, right after their name ("X المكنى (أبو أحمد)،
    رئيس اللجنة", "X, known as Abu Ali, Chairman", "X (dit Abou Ali)"): neither the name nor the title. Only when
    the lead follows the name closely (seven words at most, no comma before it)."""
    ft = Folded(text)
    for p in rules.nickname:
        m = p.search(ft.text)
        if m is None or m.start() == 0 or re.search(r"[,،]", ft.text[: m.start()]) \
                or len(ft.text[: m.start()].split()) > 7:
            continue
        n = rules.nickname_value.match(ft.text, m.end())
        if n is None:
            continue
        end = n.end()
        if "(" in m.group() and (close := re.match(r"\s*\)", ft.text[end:])):
            end += close.end()  # "X (known as Abu Ali), ..."
        return ft.slice(0, m.start()) + ft.slice(end, len(ft.text))
    return text


def _name_put_first(text: str, rules: ExtractRules) -> str:
    """A phrase written from the organisation down to the person, in pieces between spaced dashes ("Observatoire X –
    Directrice exécutive – Mme Y", "Forum X - Executive Director - Mr. Y", "جمعية X – المنسقة – السيدة Y"), rewritten
    from the person up ("Mme Y, Directrice exécutive, Observatoire X"). Only when the last piece, and no other, opens
    with a form of address: without one, the pieces' order is the writer's usual one."""
    pieces = _SPACED_DASH.split(text.strip())
    if not 2 <= len(pieces) <= 4 or any(split_honorific(p, rules)[0] for p in pieces[:-1]):
        return text
    honorific, name = split_honorific(pieces[-1], rules)
    if not honorific or not name or re.search(r"[,،(]", pieces[-1]) or len(name.split()) > 5:
        return text
    return ", ".join(reversed(pieces))


def honoured_put_first(text: str, rules: ExtractRules) -> str:
    """A speaker label's value written from the post to the person without a comma ("المتحدث المقترح: رئيس الاتحاد
    الأستاذ X", "Proposed speaker: Union President Mr X", "Intervenant : le président de l'Union M. X"), rewritten
    from the person ("الأستاذ X، رئيس الاتحاد"). Only when the words before the form of address are a post."""
    first, sep, rest = (re.split(r"(\s*[,،]\s*)", text.strip(), maxsplit=1) + ["", ""])[:3]
    words = first.split()
    for k in range(1, min(len(words), 7)):
        honorific, name = split_honorific(" ".join(words[k:]), rules)
        if honorific and name:
            post = " ".join(words[1 if fold(words[0]) in rules.articles else 0 : k])  # ("the network coordinator Ms X")
            if not post or phrase_kind(post, rules) != "title" or split_honorific(post, rules)[0]:
                return text
            return f"{' '.join(words[k:])}, {post}{sep}{rest}"
    return text


def _bracketed_post(after: str, rules: ExtractRules) -> bool:
    """Whether what follows a name opens with the person's post in brackets ("- X (General Secretary, Union Y) -
    plenary", "- X (présidente) : plénière"): a list item written so names its person."""
    pieces = _details(after, []) if after.startswith("(") else []
    return bool(pieces) and rules.title_words.hits(fold(pieces[0]))


def _dashed_post(name: str, after: str, rules: ExtractRules) -> bool:
    """Whether what follows a name is a spaced dash and a piece that opens with a post ("١- X - رئيسة اللجنة -
    للمائدة الرابعة", "- X – مدير البرامج"): a list item written so names its person. Not a "name" whose every word
    has the article, a noun and its adjectives ("١- الهجرة الدائرية - رئيس الجلسة"): a topic, not a person."""
    sep = _NAME_SEP.match(after)
    words = _PIECE_SEP.split(after[sep.end() :], 1)[0].split() if sep else []
    return bool(words) and not _all_definite(name) and rules.title_words.has(fold(words[0]))


def _all_definite(name: str) -> bool:
    """Whether every word of an Arabic "name" has the article: a noun and its adjectives ("الهجرة الدائرية", "المسمى
    الوظيفي"), a topic or a field, not a person."""
    return all(fold(w).startswith("ال") for w in name.split())


def _colon_post(name: str, rest: str, after: str, rules: ExtractRules) -> bool:
    """Whether a list item is a name of two words or more, a colon and a piece that opens with a post ("- سلمان
    الكعبي: منسق المناصرة الإقليمي", "2. Aminata X : coordinatrice"): the titles a follow-up lists name their persons.
    Not a label whose every word has the article ("المسمى الوظيفي: مدير"): a field, not a person."""
    words = after.split()
    return bool(re.match(re.escape(name) + r"\s*:", rest)) and len(name.split()) > 1 and not _all_definite(name) \
        and bool(words) and rules.title_words.has(fold(words[0]))


def _role_after_colon(seg: str, rules: ExtractRules) -> bool:
    """Whether a piece is a name alone, a colon, then the role asked for ("2. Aminata X : discussion ouverte"): a list
    item that gives a person's role names that person."""
    head, colon, tail = seg.partition(":")
    return bool(colon) and not name_tokens(head.strip(), rules)[1] and _is_role_clause(tail.strip(" .;"), rules)


def _name_goes_on(c: Cand, pieces: list[str], rules: ExtractRules) -> None:
    """Add to the affiliation the pieces after it that go on with its name: the bodies a unit belongs to ("Migration
    Health Unit, Faculty of Medicine, Al-Wahat University"), the portfolios a name lists ("Ministère de l'Emploi, de la
    Formation Professionnelle et des Migrations", "Ministry of Labour, Vocational Training and Migration")."""
    for piece in pieces:
        if not (c.affiliation and _goes_on_with(comma_segments(c.affiliation)[-1], piece, rules)):
            return
        c.affiliation = f"{c.affiliation}{_comma(piece)}{strip_punct(piece)}"


def _goes_on_with(last: str, piece: str, rules: ExtractRules) -> bool:
    if names_branch(piece, rules):
        return True  # "X Forum (XF), Riyadh Chapter", "Collectif Y, section de Tanger", "جمعية Z، فرع الرياض"
    if ARABIC.search(piece) or opens_clause(piece, rules) or is_place(piece, rules) or _is_role_clause(piece, rules):
        return False
    if names_unit(last, rules):
        return phrase_kind(piece, rules) == "org" or names_unit(piece, rules)
    # (a word after an elided article is capitalised as a name is: "des Marocains Résidant à l'Étranger")
    words = strip_punct(piece).split()
    named = all((b := ELISION.sub("", w))[:1].isupper() or fold(b) in rules.name_links for w in words) and \
        any(w[:1].isupper() for w in words)
    # (a piece opening with a place link says where the body is: "in Lebanon", "au Maroc")
    linked = fold(words[0]) in rules.name_links and not re.fullmatch(rules.place_link_re, words[0]) if words else False
    listed = any(conj in f" {fold(piece)} " for conj in rules.title_conjunction)
    # (or a body of another kind, named in full, that the one before belongs to: "Nepali Students' Club, Doha
    # University"; not "Forum X, Forum Y", two bodies of one kind)
    parent = named and phrase_kind(piece, rules) == "org" and org_head(piece, rules) not in (None, org_head(last, rules))
    return phrase_kind(last, rules) == "org" and named and (linked or listed or parent)


def _without_lead_in(text: str, rules: ExtractRules) -> str:
    """A person phrase without the words that lead to the person ("my colleague X" -> "X")."""
    f = fold(text)
    for p in rules.lead_in:
        if m := p.match(f):
            return Folded(text).slice(m.end(), len(f)) if m.end() < len(f) else ""
    return text


def _self_marked(text: str, rules: ExtractRules) -> tuple[str, bool]:
    """A person phrase with the words standing for the sender read as a comma, and whether it had any
    ("our director - myself - for ...": the marker stands for the sender)."""
    is_self = False
    for p in rules.self_reference:
        ft = Folded(text)
        if m := p.search(ft.text):
            text = text[: ft.at(m.start())] + ", " + text[ft.at(m.end()) :]
            is_self = True
    return text, is_self


def _set_title_before(c: Cand, segs: list[str], rules: ExtractRules, source: str) -> list[str] | None:
    """Set a title written with a possessive before the name and return the segments after it, or None without one
    ("sa directrice exécutive, Mme Nadia Benali", "our Station Manager Maria Dela Paz": the title comes first, the
    organisation is the sender's)."""
    first = segs[0].split()
    if (rest := _set_genitive_post_before(c, segs, rules, source)) is not None:
        return rest
    if (possessed := _possessed_post_run(first, rules, segs[1] if len(segs) > 1 else "")) is not None:
        # "الائتلاف بيرشح منسقته X", "ترشح الجمعية رئيستها Y", "يقترح المركز مديره التنفيذي Z": the post with the
        # possessive joined to it, as "its coordinator X"; the organisation is the proposer's
        title, k = possessed
        c.set("title", title, source)
        c.org_ref = True
        return [" ".join(first[k:]), *segs[1:]] if k < len(first) else segs[1:]
    if not (first and fold(first[0]) in rules.possessives):
        return _set_bare_title_before(c, first, segs, rules, source)
    if k := _title_run(first, rules):
        title, rest = " ".join(first[1:k]), [" ".join(first[k:]), *segs[1:]]
    elif len(segs) > 1:
        title, rest = " ".join(first[1:]), segs[1:]
    else:
        return None
    c.set("title", clean_value(title, rules), source)
    c.org_ref = True
    return rest


# a body's genitive and the post after it: "Beirut Youth Hub's Youth Engagement Officer", "the Centre's field coordinator"
_GENITIVE_POST = re.compile(r"(?P<body>[^,;:]+?)['’]s\s+(?P<post>[^'’]+)")


def _set_genitive_post_before(c: Cand, segs: list[str], rules: ExtractRules, source: str) -> list[str] | None:
    """Set a post written after a body's genitive and set off from the name by a comma ("the speaker will be Beirut
    Youth Hub's Youth Engagement Officer, Maya Fares"), the body as the affiliation, and return the segments from the
    name on, or None without one. Every word of the post is a title word, a link, a field or capitalised, as one
    written after an article is."""
    m = _GENITIVE_POST.fullmatch(segs[0].strip()) if len(segs) > 1 else None
    if m is None:
        return None
    post = m["post"].split()
    if not (rules.title_words.has(fold(post[0])) or rules.title_words.has(fold(post[-1]))) \
            or not all(rules.title_words.hits(fold(w)) or fold(w) in rules.open_ends or _named(w) or rules.fields.has(fold(w))
                       for w in post):
        return None
    if not _is_person_name(name_tokens(split_honorific(segs[1], rules)[1], rules)[0], rules):
        return None
    c.set("title", clean_value(m["post"], rules), source)
    set_affiliation(c, m["body"], rules, source)
    return segs[1:]


def _set_bare_title_before(c: Cand, first: list[str], segs: list[str], rules: ExtractRules, source: str) -> list[str] | None:
    """Set a post written before the name without a possessive or a comma and return the segments from the name on,
    or None without one ("General Secretary Hussein X of the Y Union", "le secrétaire général Moussa X du Syndicat Y",
    "الأمين العام حسين X من نقابة Y"), also after a form of address ("Madame la Conseillère communale X")."""
    addressed = len(first) > 1 and split_honorific(first[0], rules)[0] is not None and fold(first[1]) in rules.definites
    # (an Arabic form of address before a definite post and the colloquial "our", "الأخ المنسق ديالنا X", as "Madame
    # la Directrice Z"; without "our", "سعادة المدير بخصوص المشاركة" names no one after the post)
    addressed_ar = len(first) > 1 and not addressed and split_honorific(first[0], rules)[0] is not None \
        and bool(ARABIC.match(first[1])) and fold(first[1]).startswith("ال") and rules.title_words.has(fold(first[1])) \
        and any(_COLLOQUIAL_OUR.match(fold(w)) for w in first[2:5])
    start = 2 if addressed else 1 if addressed_ar or first and fold(first[0]) in rules.articles else 0
    if len(first) < start + 3 or not rules.title_words.hits(fold(" ".join(first[start : start + 2]))) \
            or listed_phrase_honorific(first[start:], rules) \
            or any(split_honorific(w, rules)[0] and not _family_name(first[i - 1 : i + 1], rules)
                   for i, w in enumerate(first[start:], start)):
        return None  # ("رئيسة الجمعية الأستاذة X": the honorific marks the name, and the title before it is read there)
    k = next((k for k in range(start + 1, min(len(first) - 1, start + 5))
              if _bare_post_run(first[start:k], rules) and _opens_name(first[_past_our(first, k)], rules)), 0)
    at = _past_our(first, k) if k else 0
    if at > k and any(p.match(fold(first[at])) for p in rules.stop):
        return None  # ("المنسق ديالنا يدير مداخلة": our post, then what they will do; no name)
    if not (k and _is_person_name((named := name_tokens(" ".join(first[at:]), rules))[0], rules)):
        return None
    if not (k == start + 1 and _dashed_post(*named, rules)):
        # (one word before the name, the post written after it and a dash: "الطالب X – أمين الشؤون الأكاديمية",
        # "Student X - Treasurer": the word says what the person is, the post is their title)
        c.set("title", clean_value(" ".join(first[start:k]), rules), source)
    return [" ".join(first[at:]), *segs[1:]]


# The colloquial "our"/"their" written as a word after a post ("المنسق ديالنا", "المديرة بتاعتنا", "المنسقة تبعنا",
# "الرئيس متاعنا"): whose the post is, no word of the name after it (folded).
_COLLOQUIAL_OUR = re.compile(r"^(?:ديال|متاع|بتاع|بتاعت|تاع|تبع)(?:نا|هم)$")


def _past_our(words: list[str], k: int) -> int:
    """Where the name starts when the post that ends before word k may be followed by the colloquial "our"."""
    return k + 1 if k + 1 < len(words) and _COLLOQUIAL_OUR.match(fold(words[k])) else k


def _family_name(pair: list[str], rules: ExtractRules) -> bool:
    """Whether the second of two Arabic words is a form of address that is also a name ("الحاج", "الشيخ") written as
    the family name after a given name ("ريم الحاج"), where no form of address goes: a given name has no article."""
    return len(pair) == 2 and fold(pair[1]) in rules.honorific_names and bool(ARABIC.match(pair[0])) \
        and _opens_name(pair[0], rules) and not rules.title_words.has(fold(pair[0]))


# The possessive pronouns joined to an Arabic noun: "his/its", "her/its", "their", "our" ("منسقته", "رئيستها", "مديرنا").
_AR_POSSESSIVE_END = re.compile(r"(?:هما|هم|ها|نا|ه)$")


def _possessed_post(word: str, rules: ExtractRules) -> str | None:
    """The post an Arabic word names with a possessive pronoun joined to it, as written without the pronoun ("منسقته"
    -> "منسقة", "مديرها" -> "مدير", "رئيستنا" -> "رئيسة"), or None when the word is no such post."""
    if not ARABIC.match(word) or not (m := _AR_POSSESSIVE_END.search(word)) or m.start() < 3:
        return None
    stem = word[: m.start()]
    # (a feminine post's ة is written ت before the pronoun)
    for post in ([stem[:-1] + "ة"] if stem.endswith("ت") else []) + [stem]:
        if rules.title_words.has(fold(post)) and not fold(post).startswith("ال"):
            return post
    return None


def _possessed_post_run(words: list[str], rules: ExtractRules, apart: str = "") -> tuple[str, int] | None:
    """(the post, where the name starts) when Arabic words after a verb of proposing give a post with a possessive
    joined to it, then a name, after an honorific or not: after the proposer when it comes first (up to three definite
    words, "الجمعية الوطنية"), with the definite words that qualify the post ("مديره التنفيذي" -> "المدير التنفيذي",
    "أمينها العام" -> "الأمين العام"). `apart` is the segment after a comma that ends the words: the name set off there
    ("رئيستها، ليلى X،", "مديرتها التنفيذية، السيدة Y،"), as "its president, Layla X," writes it."""
    lead = 0
    while lead < min(3, len(words)) and ARABIC.match(words[lead]) and fold(words[lead]).startswith("ال") \
            and _possessed_post(words[lead], rules) is None:
        lead += 1
    post = _possessed_post(words[lead], rules) if lead < len(words) else None
    if post is None:
        return None
    k = lead + 1
    while k < min(lead + 3, len(words)) and fold(words[k]).startswith("ال") and split_honorific(words[k], rules)[0] is None:
        k += 1  # (no name opens with the article)
    title = " ".join(["ال" + post, *words[lead + 1 : k]]) if k > lead + 1 else post
    if k == len(words) and apart:
        honorific, rest = split_honorific(apart.strip(), rules)
        named = name_tokens(rest, rules)[0]
        # (without an honorific, a clause may follow the comma instead: "رئيستها، وهي ...", "رئيستها، التي ...")
        clause = not honorific and fold(named.split()[0]) not in rules.waw_names \
            and any(p.match(fold(named)) for p in rules.stop) if named else True
        return (title, k) if ARABIC.match(named) and _is_person_name(named, rules) and not clause else None
    if k < len(words) and any(p.match(fold(words[k])) for p in rules.stop):
        return None  # "ترشيح رئيستها لتقديم الرسائل": what the post is proposed for, no name
    # ("بترشيح رئيسها الأستاذ X", "مديرنا التنفيذي السيد Y": the name after the honorific)
    if not _is_person_name(name_tokens(split_honorific(" ".join(words[k:]), rules)[1], rules)[0], rules):
        return None
    return title, k


def _bare_post_run(words: list[str], rules: ExtractRules) -> bool:
    """Whether words name a post, no link inside; in Arabic, a definite one, its complement with the article ("الأمين
    العام", "رئيسة الجمعية"): after an indefinite post a word says what the person is ("باحثة مستقلة مهتمة بـ...")."""
    if ARABIC.match(words[0]):
        # (a complement without the article governs the next word, ending on a definite one: "منسقة برنامج الأبحاث")
        definite = [fold(w).startswith("ال") for w in words]
        return rules.title_words.has(fold(words[0])) and definite[-1] and (definite[0] or len(words) > 1)
    # ("the Director of the Arab Migration Observatory": a name after a link is a body's)
    linked = any(fold(w) in rules.articles or fold(w) in rules.name_links for w in words[1:])
    return rules.title_words.hits(fold(" ".join(words))) > 0 and not linked


def _opens_name(word: str, rules: ExtractRules) -> bool:
    """Whether a word after a post may open the person's name: capitalised and no post itself, or an Arabic word
    without the article, which a post's complement has ("الأمين العام")."""
    if ARABIC.match(word):
        return not fold(word).startswith("ال")
    return word[:1].isupper() and not rules.title_words.has(fold(word).strip(".,"))


def _title_run(words: list[str], rules: ExtractRules) -> int:
    """Where the name starts after a possessive and a post written without a comma ("our Station Manager Maria Dela
    Paz"), 0 when the words are no post followed by a name."""
    for k in range(2, min(len(words) - 1, 6)):
        if re.search(r"[,،(]", words[k - 1]):
            return 0  # ("its member municipalities (Mafraq, Ramtha, ...": a list in brackets, no post then a name)
        # ("its representative for the Regional Review": words after an article or a link name a thing, not a person)
        if fold(words[k - 1]) in rules.articles or fold(words[k - 1]) in rules.name_links:
            continue
        if possessive_post(" ".join(words[:k]), rules):
            honorific, rest = split_honorific(" ".join(words[k:]), rules)
            if _is_person_name(name_tokens(rest, rules)[0], rules) and (honorific or words[k][:1].isupper()):
                return k
    return 0


def _is_person_name(name: str, rules: ExtractRules) -> bool:
    """Whether the words read as a name can be a person's name (not "Sara's", not one word, not a greeting, not an
    Arabic organisation: "ترشح جمعية الأمل، بعد التشاور مع أعضائها، ما يلي:"; a capitalised "Ngo" is a surname)."""
    ntoks = name.split()
    return 2 <= len(ntoks) <= rules.max_name_words and not any(fold(t) in rules.not_name for t in ntoks) \
        and not _AR_LINKED_ARTICLE.match(fold(ntoks[0])) \
        and not re.search(r"['’]s$", name) and not (ARABIC.match(ntoks[0]) and rules.org_words.has(fold(ntoks[0]))) \
        and not QUESTION.search(name)


def _pieces_after_name(name: str, after: str, segs: list[str], rules: ExtractRules,
                       bare: bool = False) -> tuple[str, list[str]]:
    """What runs on from the name and the phrase's segments, the name written again in the other script dropped.

    "Karim Dabbous - President - SSMRS", "Mme X | chargée de plaidoyer": a spaced dash, bar or slash after the name
    separates the pieces as a comma does, there and in the pieces after it ("Dr X – Technical Officer, Health of
    Migrants – WHO Office"); an Arabic name's dash pieces are read as one title run, which keeps a construct title
    whole: "السيد X – عميد البلدية –". A `bare` Arabic name (no honorific) in a list item is read as a Latin one when the
    pieces run from a title to an organisation ("- X - منسق ميداني - شبكة Y"), and so is any Arabic name whose post
    after the dash is in Latin letters, no Arabic construct ("المهندس X – Programme Manager – Network Y").
    """
    after = _without_twin(name, after, rules)
    if (sep := _NAME_SEP.match(after)) \
            and (not ARABIC.search(name) or (bare or _latin_first_piece(after[sep.end() :]))
                 and _title_then_org(after[sep.end() :], rules)):
        return "", [segs[0], *comma_segments(_PIECE_SEP.sub(", ", ", ".join([after[sep.end() :], *segs[1:]])))]
    return after, segs


def _latin_first_piece(text: str) -> bool:
    """Whether the first dash-separated piece of a text is written in Latin letters only ("Programme Manager - ...")."""
    first = _PIECE_SEP.split(text.strip(" -–—|/"), maxsplit=1)[0]
    return bool(re.search(r"[A-Za-z]", first)) and not ARABIC.search(first)


def _title_then_org(text: str, rules: ExtractRules) -> bool:
    """Whether dash-separated pieces give a title, then an organisation ("منسق ميداني - شبكة Y")."""
    pieces = [p for p in _PIECE_SEP.split(_FIRST_COMMA.split(text, maxsplit=1)[0].strip(" -–—|/")) if p.strip()]
    return len(pieces) >= 2 and phrase_kind(pieces[0], rules) == "title" and phrase_kind(pieces[1], rules) == "org"


def _details(after: str, segs: list[str]) -> list[str]:
    """The pieces after the name that may give the title and organisation."""
    if after.startswith("("):
        return comma_segments(after[1:].split(")", 1)[0])  # "Mr. X (Director, Org) as speaker"
    return ([after] if after else []) + segs[1:]


# a specialty written after a credential ("FIBMS (Family Medicine)")
_SPECIALTY = re.compile(r"\s*\(.*\)\s*$")


def _without_credentials(details: list[str], rules: ExtractRules) -> list[str]:
    """The pieces after the name without the degrees and fellowships that lead them.

    A post-nominal credential is neither title nor organisation: "Dr. X, MD, MPH", "Ms X, RN, BSN", "Dr X, MBChB,
    FIBMS (Family Medicine)"; one before a spaced dash gives way to the post after it ("X, RN, MPH - Board Chair, Y").
    """
    out = list(details)
    while out:
        head, *rest = _SPACED_DASH.split(out[0], maxsplit=1)
        if fold(_SPECIALTY.sub("", head)).replace(".", "").strip() not in rules.bare_suffixes:
            break
        out[0:1] = rest
    return out


# A conjunction that goes on with another clause after a place ("from Ethiopia and living in Beirut since 2010",
# "de Guinée et installée à Tunis", "من اثيوبيا وعايشة بلبنان")
_AND_CLAUSE = re.compile(r"\s+(?:and|et)\s+|\s+و(?=\S)")


def _origin(value: str, rules: ExtractRules) -> bool:
    """Whether what follows "from"/"de"/"من" after a name is where the person comes from, a country or town said alone
    or before another clause ("X, from Ethiopia and living in Lebanon for 14 years"), not the body they speak for."""
    head = _AND_CLAUSE.split(value.strip(), maxsplit=1)[0]
    return bool(word_tokens(fold(head))) and only_places(strip_punct(head), rules)


# A piece after the name that tells where the person lives or works from ("based in our London office", « basée à
# Tunis », "مقيمة في عمّان"), folded: no post and no body
_RESIDES = re.compile(r"(?:based|living|residing|resident)\s+(?:in|at)\s|(?:basee?s?|installee?s?|residante?s?|domiciliee?s?)\s+(?:a|en|au|aux)\s"
                      r"|(?:مقيم|مقيمه|المقيم|المقيمه)\s+(?:في|ب)")


def _read_detail(c: Cand, seg: str, following: str, run_on: bool, title_before: bool, rules: ExtractRules,
                 source: str) -> bool:
    """Read one piece after the name as the title, more of it or the organisation; whether the next piece may add more.

    `following` is the next piece; `run_on`: the piece runs on from the name without a comma; `title_before`: a
    possessive title was written before the name.
    """
    fs = fold(seg)
    if _RESIDES.match(fs):
        return False  # "Y, Research Fellow, based in our London office and working on ...": where the person works from
    work = next((m for p in rules.work_lead if (m := p.match(fs))), None)
    if work is not None:
        # "X and I work with the Y Network", "X وأعمل لدى شبكة Y": where the person works
        value = ARTICLE.sub("", Folded(seg).slice(work.end(), len(fs)).strip())
        if value and org_start(value, rules):
            set_affiliation(c, value, rules, source)
        return False
    if run_on and not rules.title_words.hits(fs) and not ARABIC.search(seg):
        # words run on from the name without a comma: a title only if it says so ("received the link"
        # is not), an organisation only after a preposition ("Mercy Boateng from Domestic Workers Voice")
        lead = next((p for p in rules.affiliation_lead if fs.startswith(p)), None)
        value = ARTICLE.sub("", Folded(seg).slice(len(lead), len(fs)).strip()) if lead else ""
        if value and org_start(value, rules) and not is_place(value, rules):
            set_affiliation(c, value, rules, source)
        return False
    if _is_role_clause(re.sub(r"\([^()]*\)?", "", seg), rules):
        # "الأستاذة X بمداخلة في المائدة المستديرة", "السيدة Y، منسقة، لمداخلة في المائدة المستديرة الثانية", "in
        # Roundtable 3 (social inclusion, diaspora contributions)": what the person is proposed for, its theme set aside
        return False
    led = past_title_lead(seg, rules)
    if led is None:
        return False
    seg, fs = led, fold(led)
    if _opens_relative_clause(fs, rules):
        return False  # "X، هو اللي كيتابع فرقة المهاجرين", "X, he is the one who ...": what the person does, no post
    if (body_end := referenced_body(seg, rules)) and rules.title_words.hits(fold(seg[body_end:])):
        # "the committee's women's focal point", "our network's policy lead": the body only points back at one
        # named elsewhere, the rest is the post
        seg = seg[body_end:]
        fs = fold(seg)
    if not c.title and (post := _post_after_status(seg, rules)):
        # "X، وهي أم لشابين فقدا في البحر وعضوة الهيئة الإدارية في الرابطة", "Ms X, a mother of two and a board member
        # of the Y Association": what the person is, then the post they hold at a body
        seg, fs = post, fold(post)
    if not c.title and _states_status(seg, rules):
        # "X, a Syrian refugee living in Arsal", "X, d'origine camerounaise" (before the leads to an organisation:
        # "من أصل سوداني" is no body): no post, which a later piece may still give ("d'origine tunisienne, où je suis
        # née" gives none)
        return not following or phrase_kind(following, rules) != "unknown"
    if c.title and not c.affiliation and _charge_goes_on(c.title, seg, rules):
        c.title = f"{c.title}{_comma(seg)}{strip_punct(seg)}"
        return True
    lead = next((p for p in rules.affiliation_lead if fs.startswith(p)), None)
    if lead is not None and seg[:1].isupper() and _posts_only(Folded(seg).slice(len(lead), len(fs)), rules):
        lead = None  # "Of Counsel": a post whose name opens with the preposition, capitalised as a post is, no body
    if lead is not None:
        value = Folded(seg).slice(len(lead), len(fs))
        # "..., في إلقاء كلمة خلال الجلسة العامة": what the person asks to do there, no organisation
        before = c.affiliation
        if not opens_clause(value, rules) and not _is_role_clause(value, rules) and not _origin(value, rules):
            set_affiliation(c, ARTICLE.sub("", value.strip()), rules, source)
        # the post held at the body just set may follow: "de l'Observatoire X, où elle est responsable de Y"
        return c.affiliation != before and not c.title and _post_led(following, rules)
    if not c.title and _describing(seg, rules) and any(t in rules.relatives for t in word_tokens(fold(seg))) \
            and not names_post(fold(seg), rules):
        # "Ms. X, a returnee domestic worker who will share her own experience": no post ("a researcher who ..." is one)
        return False
    title, aff, kind = _title_and_org(seg, following, rules)
    if not c.title and kind != "org":
        return _set_first_title(c, seg, title, aff, rules, source)
    if c.title and not c.affiliation and _goes_with_title(seg, kind, following, rules):
        c.title = f"{c.title}{_comma(seg)}{strip_punct(seg)}"
        return True
    if kind == "title" and title_before and c.title and not c.affiliation and not aff and following \
            and phrase_kind(following, rules) == "org":
        # "our Regional Migration Advisor, Ms. X (Regional Advisor Migration and Protection, Y Office)", "notre
        # chargée de plaidoyer, Mme X (Responsable Plaidoyer et Partenariats, Z)": the details after the name give
        # the post in full, its body next; the possessive one before the name only pointed at it
        c.title = strip_punct(clean_value(seg, rules) or seg)
        return True
    if kind == "title" and c.title and not c.affiliation and _opens_post(fs, rules):
        return _set_second_title(c, seg, title_before, rules, source)
    described = ARABIC.match(seg) and kind != "org" and any(p.search(fold(f" {seg}")) for p in rules.title_end)
    if _describing(seg, rules):
        return False  # "..., a self-organised group of domestic workers": what the body is, not its name
    if kind == "org" or seg[:1].isupper() or (ARABIC.match(seg) and not described) or is_reference(seg, rules):
        # (an Arabic clause describing the person, "أكتب منذ سنوات ...", is no organisation)
        # an affiliation by position must at least be written like a name ("instead" is not one)
        set_affiliation(c, seg, rules, source)
        # the post may follow its organisation ("Mme X, Collectif Y (CMDM), coordinatrice juridique"); not after a
        # piece without an organisation word ("Dr. X, RN, MPH - Board Chair": letters after a name), but after an
        # acronym that reads as the body's, a post with no letters after a name next ("Dr X, CLDM, conseiller juridique")
        body_acronym = kind == "org" and not any(t in rules.bare_suffixes for t in word_tokens(fold(following)))
        return (rules.org_words.hits(fs) > 0 or body_acronym) and not c.title and (c.affiliation is not None or c.org_ref) \
            and (phrase_kind(following, rules) == "title" or _post_led(following, rules))
    return False


# A French post in charge of several fields lists them with commas ("Adjointe au Maire chargée des affaires sociales,
# de la santé et des migrations"): a piece in lower case that opens with "de la", "des", "du" goes on with that list.
_IN_CHARGE_OF = re.compile(r"\b(?:chargee?s?|responsables?) (?:des|du|de la|de l')")  # (not "chargée de programme")
_NEXT_FIELD = re.compile(r"(?:et )?(?:de la |de l'|des |du |d')[a-z]")


def _charge_goes_on(title: str, seg: str, rules: ExtractRules) -> bool:
    """Whether a piece is one more of the fields a post in charge of several lists after its title."""
    return seg[:1].islower() and phrase_kind(seg, rules) != "org" and bool(_IN_CHARGE_OF.search(fold(title))) \
        and bool(_NEXT_FIELD.match(fold(seg)))


def _opens_post(fs: str, rules: ExtractRules) -> bool:
    """Whether a folded piece opens with a post word, maybe after the ordinal that ranks it ("vice-president of X",
    "premier vice-président de la Commune Y", "First Deputy Mayor of Z") or the word that qualifies it as it does an
    office ("General Secretary of X", "Regional Director of Y")."""
    words = fs.split()[:2]
    if len(words) == 2 and words[0] in dict(rules.ordinals):
        words = words[1:]
    return bool(words) and (rules.title_words.hits(words[0]) > 0  # (one word, "vice-president", may hold two tokens)
                            or (len(words) == 2 and words[0] in rules.office_qualifiers
                                and rules.title_words.hits(words[1]) > 0))


_ACR_IN = re.compile(r"\b[A-Z]{2,}\b")  # an acronym in a piece: the name of a body


def _posts_only(value: str, rules: ExtractRules) -> bool:
    """Whether a piece opens with a post, not a body: post words, no organisation word nor acronym, before the body it
    may name ("Counsel", "Counsel at X")."""
    post = split_title(value, rules)[0]
    return phrase_kind(post, rules) == "title" and not rules.org_words.hits(fold(post)) and not _ACR_IN.search(post)


def _post_led(seg: str, rules: ExtractRules) -> bool:
    """Whether a piece opens with words that lead to a post and a post follows ("où elle est responsable du pôle
    juridique", "where he is Legal Officer", "حيث تعمل منسقة المناصرة")."""
    led = past_title_lead(seg, rules)
    return led is not None and led != seg


def _opens_relative_clause(fs: str, rules: ExtractRules) -> bool:
    """Whether a folded piece opens with a relative clause, maybe after a pronoun and a copula, and no post before it
    ("هو اللي كيتابع ...", "he is the one who ...", "qui suit l'équipe ..."; not "director who founded ...")."""
    words = word_tokens(fs)[:5]
    at = next((i for i, w in enumerate(words) if w in rules.relatives), None)
    return at is not None and not rules.title_words.hits(" ".join(words[:at]))


def _states_status(seg: str, rules: ExtractRules) -> bool:
    """Whether a piece opens with what the person is in migration and names no post ("a refugee from South Sudan",
    "réfugié congolais", "لاجئ سوري من حمص"; not "migrant rights activist")."""
    words = fold(seg).split()
    if words[:1] and words[0] in rules.indefinites:
        words = words[1:]
    opening = " ".join(words)
    return any(opening == s or opening.startswith(f"{s} ") for s in rules.statuses) and not names_post(fold(seg), rules)


# "and" before a post that goes on from what the person is ("a mother of two and a board member of X", "mère de
# deux enfants et membre du bureau de Y", "أم لطفلين وعضوة الهيئة الإدارية في Z")
_AND_POST = re.compile(r"\s+(?:and|et)\s+(?:(?:a|an|un|une|also|aussi)\s+)?|\s+و(?=\S{3})")


def _post_after_status(seg: str, rules: ExtractRules) -> str | None:
    """The post after "and" in a piece that opens with what the person is (see `_states_status`), when it is held at a
    body the piece names or points to; else None. Without a body ("mère d'un disparu et porte-parole des familles") the rest
    describes the person too."""
    words = fold(seg).split()
    opening = " ".join(words[1:] if words[:1] and words[0] in rules.indefinites else words)
    if not any(opening == s or opening.startswith(f"{s} ") for s in rules.statuses):
        return None
    ft = Folded(seg)
    for m in _AND_POST.finditer(ft.text):
        rest = ft.slice(m.end(), len(ft.text)).strip()
        title, org = split_title(rest, rules)
        # (the body may be the one the letter is from, named by a word for it: "أم لصياد مفقود ومنسقة المبادرة")
        if (org or rules.org_words.hits(fold(rest))) and names_post(fold(title), rules):
            return rest
    return None


def _describing(seg: str, rules: ExtractRules) -> bool:
    """Whether a piece opens with an indefinite article, which describes ("a grassroots network", "une association")."""
    words = fold(seg).split(None, 1)
    return len(words) > 1 and words[0] in rules.indefinites


_PARTICIPLE = re.compile(r"[a-zà-ÿ'-]{2,}(?:é|ée|és|ées)|(?:de)?venue?s?|partie?s?")  # a French past participle


def opens_with_participle(seg: str, rules: ExtractRules) -> bool:
    """Whether what follows "est" opens with a past participle that names no post: "X est arrivée au Liban en 2011
    comme travailleuse domestique", "est née à ..." tell what the person did ("est chargée de mission", "est
    déléguée" are posts)."""
    first = seg.split()[:1]
    return bool(first) and bool(_PARTICIPLE.fullmatch(first[0].lower())) and not rules.title_words.has(fold(first[0]))


def past_title_lead(seg: str, rules: ExtractRules) -> str | None:
    """A piece without the words that lead to a title ("and I am the", "وأعمل"), or None when it ends the phrase:
    a copula with no title after it ("X is unable to attend") or a stop ("pour une intervention")."""
    fs = fold(seg)
    m = next((m for p in rules.title_lead if (m := p.match(fs))), None)
    if m is None:
        return None if opens_clause(seg, rules) else seg
    seg = ACCUSATIVE.sub("", Folded(seg).slice(m.end(), len(fs)))  # "وأعمل منسقاً في ...": "منسق"
    # the statement may go on about the person ("هي منسقة الشبكة وبتحكي عربي", "she is the network's coordinator and
    # speaks Arabic"): cut before the post is split from its unit
    seg = before_clause(seg, rules)
    if opens_with_participle(seg, rules):
        return None
    return seg if rules.title_words.hits(fold(seg)) else None


# an acronym in brackets that closes a piece: "Migration et Droits (CFMD)"
_CLOSING_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&-]{1,11})\)\W*$")


def _initials(words: str) -> str:
    """The capitals that open the words of a name: "Collectif Femmes" -> "CF" ("l'Observatoire" -> "O")."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", words) if w[0].isupper())


def _acronym_spans(name: str, piece: str) -> bool:
    """Whether the acronym closing the piece after a comma spells the name before the comma and the piece together
    ("Collectif Femmes" + "Migration et Droits (CFMD)", "Alliance for Women" + "Migration and Rights (AWMR)"): one
    name written with a comma, not a second body."""
    m = _CLOSING_ACRONYM.search(piece)
    if not m:
        return False
    rest = _initials(piece[: m.start()])
    acronym = re.sub(r"[^A-Z]", "", m.group(1))
    return rest != acronym and _initials(name) + rest == acronym


def _title_and_org(seg: str, following: str, rules: ExtractRules) -> tuple[str, str | None, str]:
    """A piece after the name as (title, organisation it names or None, kind of the piece)."""
    # (unless the body pointed at is named in apposition next: "programme officer of our network, The X Network (TXN)")
    if (ours := post_of_ours(seg, rules)) and not (following and phrase_kind(following, rules) == "org"):
        return ours[0], ours[1], "title"
    fs = fold(seg)
    kind = phrase_kind(seg, rules)
    title, aff = split_title(seg, rules)
    if (aff or possessive_post(seg, rules)) and fold(seg.split()[0]) in rules.possessives \
            and not any(p in f" {fs} " for p in rules.split_strong):
        # "our Director of Partnerships", "notre responsable des programmes": the organisation is ours, the rest
        # is the post
        title, aff, kind = seg, None, "title"
    if aff and following and _acronym_spans(aff, following):
        # "Vice-présidente du Collectif Femmes, Migration et Droits (CFMD)": one name written with a comma, which
        # the acronym after the comma spells; the piece after goes on with the organisation
        return title, f"{aff}{_comma(following)}{following.strip()}", "title"
    if aff and following and phrase_kind(following, rules) == "org" and not _describing(following, rules) \
            and not ARTICLE.sub("", following.strip())[:1].islower() \
            and rules.title_words.hits(fold(title)) \
            and not opens_clause(following, rules) and not _is_role_clause(following, rules):
        # "X, Member of the Steering Committee, MYMRN": the organisation comes next, so what this
        # segment names is part of the title (a piece in lower case, "association membre de la Plateforme", describes
        # the organisation before it, it names none); unless the segment only points at that organisation ("Officer at the same
        # association, Kenyan Workers Association"): the title is the post before it
        if same_as_before(aff, rules) or is_reference(aff, rules):
            kind = "title"
        else:
            title = seg
        aff = None
    if aff and len(after := DASH.split(aff)) > 1 and rules.title_words.hits(fold(title)) \
            and (same_as_before(after[1], rules) or is_reference(after[1], rules)):
        # "أستاذة مساعدة في الاقتصاد القياسي – الكلية نفسها": the body after the dash points back, so what the title's
        # own piece names is its field, no body ("Professeur à la Faculté X – Université Y" names two)
        title, aff = seg, None
    if aff and ARABIC.search(seg) and unit_only(aff, rules) and rules.title_words.hits(fold(title)):
        # "رئيسة لجنة المرأة العاملة": a unit named with no body after it is in the post, as on a signature line; it
        # stays the affiliation too, which a fuller name written elsewhere ("... بنقابة المحامين") may replace
        title = seg
    if aff and _committee_in_lower_case(aff, rules) and rules.title_words.hits(fold(title)):
        # "Présidente de la commission nationale des travailleuses", "chair of the women workers' committee": a
        # committee named in lower case and with no body after it sits inside the proposing body; it is in the post
        title, aff = seg, None
    if aff and rules.title_words.hits(fold(title)):
        kind = "title"  # "Senior Researcher at the Gulf Labour Institute"
    return title, aff, kind


def _committee_in_lower_case(aff: str, rules: ExtractRules) -> bool:
    """Whether a body read after a post is a committee written all in lower case ("commission nationale des femmes",
    "youth committee") or named after a committee word in lower case ("commission Santé mentale et migrations"), not a
    body's name ("Comité National de ...", "comité de dialogue de Dar el-Fatwa": it names
    the body it belongs to)."""
    toks = word_tokens(fold(aff))
    if not toks or ARABIC.search(aff):
        return False
    if aff == aff.lower():
        return toks[0] in rules.committees or toks[-1] in rules.committees
    # "commission Santé mentale et migrations": the committee word in lower case, its own name right after it (not
    # "comité de dialogue de Dar el-Fatwa", which names the body it belongs to)
    words = aff.split()
    return toks[0] in rules.committees and aff[:1].islower() and len(words) > 1 and words[1][:1].isupper()


def _set_first_title(c: Cand, seg: str, title: str, aff: str | None, rules: ExtractRules, source: str) -> bool:
    """Set the first title read after the name, and the organisation its piece names; whether the next piece may add more."""
    words = title.split()
    if len(words) > 1 and fold(words[0]) in rules.possessives:
        title = " ".join(words[1:])  # "our Advocacy Officer": the title, at the proposing organisation
        c.org_ref = c.org_ref or not aff
    cleaned = clean_value(first_title(title, rules, seg), rules)
    if not aff and cleaned and (dash := SEPARATORS.search(cleaned)):
        # "باحث أول - المركز المصري ...": dashes used as commas, the organisation after the title (not one in lower
        # case, "chargée de programme – association membre", which says what the post is)
        head, tail = cleaned[: dash.start()], SEPARATORS.split(cleaned[dash.end() :], maxsplit=1)[0]
        if phrase_kind(head, rules) != "org" and not tail[:1].islower() and phrase_kind(tail, rules) == "org":
            cleaned, aff = head, tail
    if cleaned and _AT_OURS.search(cleaned):
        cleaned, c.org_ref = _AT_OURS.sub("", cleaned), c.org_ref or not aff  # "مسؤولة السياسات لدينا"
    if cleaned and " " in cleaned and glued_reference(cleaned.split()[-1], rules):
        # "المديرة التنفيذية للمنظمة": the post, at the proposing body
        cleaned, c.org_ref = cleaned.rsplit(None, 1)[0], c.org_ref or not aff
    points_back = not aff and bool(cleaned) and post_at_reference(cleaned, rules)  # "رئيس الاتحاد": the post says where
    if points_back:
        cleaned = without_aside(cleaned)  # "رئيسة النقابة (عاملة منزلية)": the aside is of the person, not the post
    c.org_ref = c.org_ref or points_back
    c.set("title", cleaned, source)
    if aff:
        # the body ends where a clause about the person begins ("... مجلس إدارة الجمعية هو اللي هيتكلم")
        set_affiliation(c, before_clause(aff, rules), rules, source)
        return False
    return not points_back


def _goes_with_title(seg: str, kind: str, following: str, rules: ExtractRules) -> bool:
    """Whether a piece after the title is more of it: the unit the post heads, before the body it belongs to
    ("Chair, Committee on Migrant Health, Mount Lebanon Medical Association", "Head, Legal Aid Unit, Caritas"), or a
    field of work ("Programme Specialist, Women's Economic Empowerment, UN Women"; "Senior Programme Officer,
    Protection": the field, no organisation)."""
    if kind == "org":
        return phrase_kind(following, rules) == "org" and names_unit(seg, rules) and not opens_clause(following, rules)
    if kind != "unknown":
        return False
    return phrase_kind(following, rules) == "org" and not opens_clause(following, rules) and not is_place(seg, rules) \
        or is_field(seg, rules)


def _set_second_title(c: Cand, seg: str, title_before: bool, rules: ExtractRules, source: str) -> bool:
    """Add a second title ("avocate, présidente de la commission des droits des étrangers"); whether the next piece
    may add more. The unit it heads stays in it unless it is an organisation written as a name ("President of the
    Tunisian Bar Association")."""
    if ours := post_of_ours(seg, rules):
        seg, c.org_ref = ours[0], True  # "Mme la Professeure X, Professeure ... et Directrice du Y de notre Faculté"
    title, aff = split_title(seg, rules)
    if aff and not written_as_name(aff, rules) and not _lower_case_reference(aff, rules):
        title, aff = seg, None
    title = strip_punct(clean_value(title, rules) or title)
    # "notre directrice, Mme X, Executive Director du Mouvement Y": the post with its organisation says it in
    # full; the possessive one before the name only pointed at it (often in another language); "our chairperson,
    # Mr. X (Chairperson, Y)": the same post said again, as the details write it, or in full ("our chair, Dr. X
    # (Chair of the Board)", "notre coordinatrice, Mme Y (coordinatrice régionale)": the words before the name all in it)
    before = word_tokens(fold(c.title or ""))
    said_again = fold(title) == fold(c.title or "") \
        or (title_before and bool(before) and set(before) <= set(word_tokens(fold(title))))
    c.title = title if (aff and title_before) or said_again else f"{c.title}{_comma(seg)}{title}"
    points_back = not aff and post_at_reference(title, rules)
    c.org_ref = c.org_ref or points_back
    if aff:
        set_affiliation(c, aff, rules, source)
        return False
    return not points_back


def _lower_case_reference(aff: str, rules: ExtractRules) -> bool:
    """Whether the body after a second post is the proposing one named by its kind in lower case ("responsable de la
    cellule X de l'association", "head of the legal unit of the network"): it only says where the post is, as after
    a first post ("présidente du syndicat")."""
    return not ARABIC.search(aff) and aff[:1].islower() and is_reference(aff, rules)


_AT_OURS = re.compile(r"\s+(?:لدينا|عندنا)$")  # "at our place": the proposing organisation
_NAME_SEP = re.compile(r"^[-–—|/]\s+")
_PIECE_SEP = re.compile(r"\s+[-–—|/]\s+")
_CLAUSE_BREAK = re.compile(r"\.\s+|\s+[-–—]\s+")


def _is_role_clause(text: str, rules: ExtractRules) -> bool:
    """Whether a clause states a role rather than a title or organisation ("Role: rapporteur", "مداخلة في الجلسة العامة")."""
    f = fold(text).strip()
    m = rules.label_re.match(f) if rules.label_re is not None else None
    if m and rules.field_of.get(" ".join(m.group("label").split())) == "role":
        return True
    return only_role(f, rules)


def before_role_clause(text: str, rules: ExtractRules) -> str:
    """A person phrase without the clause after a full stop or dash that gives the speaker's role."""
    breaks = []
    for m in _CLAUSE_BREAK.finditer(text):
        last = text[: m.start()].split()
        if m.group().startswith(".") and (not last or _abbreviated(last[-1], rules)):
            continue  # "Ms. Grace", "St. Joseph": an abbreviation, not the end of a clause
        after = text[m.end() :]
        colon = VALUE_END.search(after)
        if colon and re.search(r"[,،]", after[: colon.start()]):
            colon = None  # a comma comes first: "X - Doha Branch, Role: plenary"
        piece = after[: colon.start()] if colon else (comma_segments(after) or [""])[0]
        if names_branch(piece, rules) or place_and_acronym(piece, rules):
            # "X Association - Doha Branch, for the plenary": the dash goes on with the body's branch; the role asked
            # for may follow the branch's colon ("X Society - Zarqa Branch: roundtable 2"); so it does with the
            # country its acronym closes ("X Union – Lebanon (MDWU-L): open discussion")
            if colon and _is_role_clause(after[colon.end() :], rules):
                return text[: m.end() + colon.start()]
            continue
        breaks.append(m)
    for k, m in enumerate(breaks):
        end = breaks[k + 1].start() if k + 1 < len(breaks) else len(text)
        if m.start() > 0 and _is_role_clause(text[m.end() : end], rules):
            return text[: m.start()]
    start = breaks[-1].end() if breaks else 0
    if (colon := VALUE_END.search(text, start)) and _is_role_clause(text[colon.end() :], rules) \
            and not _is_role_clause(re.split(r"[,،]", text[start :])[-1], rules):
        # "X - رئيسة مجلس الإدارة - جمعية Y: المشاركة في النقاش المفتوح", "X، رئيس التحالف: مداخلة في الجلسة العامة",
        # "X, Chair, Y Society: roundtable 2": the last piece's colon opens the role asked for, which is no part of the
        # title or body before it (unless that piece is the role's own label: "X, Role: plenary")
        return text[: colon.start()]
    return text


def cut_at_stop(value: str, rules: ExtractRules) -> str:
    """A phrase up to the first word that starts another clause ("X and would like to ...")."""
    spelled: bool | None = None
    for m in re.finditer(r"\s+", value):
        word, _, after = value[m.end() :].partition(" ")
        if fold(word) in rules.name_links:
            spelled = _spelled_whole(value, rules) if spelled is None else spelled
            if spelled:
                continue  # "Centre de recherche ... pour le développement (CREAD)": the acronym spells the words after it
        after = re.sub(r"^(?:(?:the|a|an|les|la|le|des|du|un|une)\s+)+", "", after.lstrip(), flags=re.IGNORECASE)
        if fold(word) in rules.name_links and ELISION.sub("", after)[:1].isupper():
            continue  # "Institute for Refugee Studies", "pour les Droits des Migrants": a link inside a name
        if fold(word) in rules.name_links and rules.fields.has(fold(ELISION.sub("", after).split(" ", 1)[0])):
            continue  # "Centre Bisan pour les droits des réfugiés": what the body works for, written in lower case
        if opens_clause(value[m.end() :], rules):
            return re.sub(r"\s+(?:and|et|or|ou|but|mais)$", "", value[: m.start()], flags=re.IGNORECASE)
    return value


def _spelled_whole(value: str, rules: ExtractRules) -> bool:
    """Whether the acronym in brackets that closes a value spells every word before it."""
    m = _CLOSING_ACRONYM.search(value)
    if not m:
        return False
    words = value[: m.start()].split()
    return latin_full_name(words, m.group(1), rules) == " ".join(words)


def _second_role_cut(value: str, rules: ExtractRules) -> str:
    """An organisation without a second role joined after it ("Université X et membre de notre conseil")."""
    k = second_post(value, rules)
    return value if k is None else value[:k]


def _before_request(value: str, rules: ExtractRules) -> str:
    """An Arabic organisation without the request joined after it ("شبكة المشرق للهجرة وأرغب في المشاركة"), said in
    dialect too, as a person phrase stops at it ("جمعية X وحابب شارك", "رابطة Y وبدي إحكي", "جمعية Z وعايزة أتكلم")."""
    words = value.split()
    for k in range(1, len(words)):
        f = fold(words[k])
        if f.startswith("و") and (any(p.search(f" {f[1:]} ") for p in rules.own_request)
                                 or any(p.match(f"{f[1:]} ") for p in rules.stop)):
            return " ".join(words[:k])
    return value


def _before_event(value: str, rules: ExtractRules) -> str:
    """An Arabic organisation without the session it speaks at ("جمعية ... في المائدة المستديرة الأولى")."""
    words = value.split()
    for k in range(1, len(words)):
        f = fold(strip_punct(words[k]))
        if f in rules.event_links and k + 1 < len(words) and fold(strip_punct(words[k + 1])) in rules.events \
                or f[:1] in "بل" and names_event(f, rules):
            return " ".join(words[:k])
    return value


def _before_predicate(value: str, rules: ExtractRules) -> str:
    """An Arabic back-reference without the clause it opens. A definite organisation word ("اللجنة", "الملتقى",
    "المؤسسة") followed by a bare word opens a sentence about the body ("اللجنة اتفقنا", "الملتقى مبادرة تطوعية",
    "المؤسسة وشغلها مع العمال"): the word alone, which points back at the proposing body."""
    words = value.split()
    if len(words) < 2 or not rules.org_words.has(fold(words[0])) or fold(strip_punct(words[1])) in rules.open_ends \
            or not clause_after_definite(words[0], words[1], rules):
        return value  # ("المؤسسة في عمان": where the body is, which the place rules deal with)
    return words[0]


# a full stop after an acronym that ends the sentence: the next opens with a capitalised word and a lower-case one
_ACRONYM_SENTENCE_END = re.compile(r"\b[A-Z]{2,}(?=\.\s+[A-Z][a-z]+\s+[a-z])")
# an article in lower case before a capitalised name: "the X Network", "la Plateforme X", "l'Observatoire X"
_LOWER_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’])(?=[A-Z])")


def _post_of_reference(value: str | None, rules: ExtractRules) -> bool:
    """Whether an Arabic value ends on a post of the body it points back at, whatever the sentence put before it
    ("كنقترحو رئيسة الجمعية، السيدة X": the association's president, the one proposing)."""
    words = (value or "").split()
    return bool(ARABIC.search(value or "")) and len(words) >= 2 and rules.title_words.has(fold(words[-2])) \
        and is_reference(words[-1], rules)


def set_affiliation(c: Cand, value: str, rules: ExtractRules, source: str) -> None:
    """Set the affiliation, or mark it as a reference to the proposing organisation ("the Forum", "الشبكة")."""
    # "du SNTAM : intervention depuis la salle": a colon ends the organisation and introduces something else
    value = VALUE_END.split(value, maxsplit=1)[0]
    # (Arabic names carry "و"/"لل" words that the stop cues would cut, so only Latin values are cut)
    if not ARABIC.search(value):
        if end := _ACRONYM_SENTENCE_END.search(value):
            value = value[: end.end()]  # "SDHPA. Hodan worked six years ...": the sentence after is no part of it
        value = cut_at_stop(value, rules)  # "from our team will be rapporteur": the clause is not the organisation
        value = _second_role_cut(value, rules)
        # "l'association Horizons Migrations": a lower-case kind word before the name is not part of it
        lead = re.match(r"(?:l['’]|la\s+|le\s+|the\s+)?(?P<w>[^\W\d_A-Z][\w-]*)\s+(?=[A-Z])", value)
        if lead and rules.org_words.has(fold(lead.group("w"))) and rules.org_words.hits(fold(value[lead.end() :])) == 0:
            value = value[lead.end() :]
        # "our network, the X Network (XN)", "notre réseau, la Plateforme X": an article in lower case before the
        # name is the sentence's, not the name's ("The Hague Process" writes its own with a capital)
        value = _LOWER_ARTICLE.sub("", value)
    else:
        value = _before_predicate(ar_unprefix(_before_event(_before_request(value, rules), rules), rules), rules)
        value = before_clause(value, rules)  # "الصليب الأحمر اللبناني وكان مع الفرق": what the person did, after it
        if value and strip_punct(fold(value.split()[0])) in rules.events:
            return  # "في المشاركة في النقاش المفتوح": what the person is to do, no organisation
    cleaned = clean_value(value, rules)
    if is_reference(cleaned, rules) or _post_of_reference(cleaned, rules):
        c.org_ref = True
    elif cleaned and not only_places(cleaned, rules) \
            and (ARABIC.search(cleaned) or re.search(r"\b[A-Z]", cleaned) or rules.org_words.hits(fold(cleaned))):
        # (a country alone, "UNFPA Representative, Sudan", is where the post is, no affiliation)
        c.set("affiliation", cleaned, source)


def prose_organisation(text: str, rules: ExtractRules) -> str | None:
    """The first run of capitalised words naming an organisation ("l'ONG Solidarité Sans Frontières (SSF)"), or an
    Arabic line that is an organisation's name and nothing else (a letterhead, or its name under the message)."""
    for line in logical_lines(text):
        runs = org_runs(line, rules)
        if len(runs) > 1 and (whole := with_its_unit(line, runs[1][1], rules)) != runs[1][1] \
                and whole.startswith(ARTICLE.sub("", runs[0][1]) + " "):
            return whole  # "La Commission des droits humains du Barreau X": the unit, named in lower case, of the body
        if runs:
            return runs[0][1]
        # "le rapport du Syndicat des infirmiers et infirmières du Liban (SIIL)": French writes the words after the
        # organisation word in lower case; the acronym after them spells the whole name out
        spelled = [f"{full} ({acr})" for acr, full in spelled_acronyms(line, rules).items()
                   if rules.org_words.has(word_tokens(fold(full))[0])]
        if spelled:
            return spelled[0]
        if ARABIC.search(line) and (org := arabic_org(line, rules)) and _alone_on_line(org, line, rules):
            return org
        for clause in re.split(r"(?<=[.،,!؟?:])\s+", line) if ARABIC.search(line) else ():
            if org := _subject_after_verb(clause, rules, text.replace(clause, "", 1)):
                return org
    return None


def _alone_on_line(org: str, line: str, rules: ExtractRules) -> bool:
    """Whether a line names an organisation and nothing else but the place it is in after a dash ("نقابة X - سلطنة
    عمان")."""
    head, *place = DASH.split(strip_punct(line), maxsplit=1)
    return strip_punct(head) == org and all(is_place(p, rules) for p in place)


def proposing_organisation(text: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation that is the subject of the first sentence proposing or asking to speak."""
    cues = [cue.regex for cue in rules.prose if cue.third_party] + list(rules.speaking)
    # Sentences are pieces of the text's lines, joined back where the mailer wrapped them.
    whole = Haystack(fold(text))
    cues = [p for p in cues if whole.may_match(p, rejoined=True)]
    if not cues:
        return None
    earlier: list[str] = []
    for line in logical_lines(text):
        for _, sent in line_sentences(line, rules):
            fs = Folded(sent)
            # (a letter's addressee opening the sentence, "السادة / X المحترمون", is left out of it)
            start = next((m.end() for p in rules.addressee if (m := p.match(fs.text))), 0)
            here = Haystack(fs.text)  # (a cue that cannot match the sentence is not searched for in it)
            # ("Au nom de la Fédération X, nous proposons ...": the first cue may open the sentence, the next one names it)
            for hit in sorted({m.start() for p in cues if here.may_match(p) and (m := p.search(fs.text, start))}):
                # (a cue inside a word, "للمداخلة", leaves what is glued before it out of the clause; one that opens
                # on the space before its word leaves the word before it in)
                before = sent[fs.at(start) : fs.at(hit)]
                if not fs.text[hit : hit + 1].isspace():
                    before = re.sub(r"\S+$", "", before)
                rest = sent[fs.at(hit) :]
                org = clause_org(before, rules, acronyms) or _behalf_after(rest, rules, acronyms) or \
                    _subject_after_verb(rest, rules, "\n".join([*earlier, before]))
                if org:
                    return org
                refs = [w for w in re.split(r"[،,؛;]", before)[-1].split() if is_reference(w, rules)]
                if refs:
                    # "تهديكم المفوضية الوطنية ...، ويسرّ المفوضية أن ترشّح": the organisation named before, in full
                    return named_in_full(refs[0], "\n".join([*earlier, before]), rules)
            earlier.append(sent)
    return None


def _subject_after_verb(clause: str, rules: ExtractRules, text: str) -> str | None:
    """Arabic puts the subject after its verb: the organisation right after a verb that proposes ("ترشح جمعية X اثنين من
    أعضائها:", "ويقترح اتحاد X السيد Y"). A body the text names in full is pointed back at by its word alone ("وترشح
    الرابطة الطالب X", "يقترح المركز السيدة Y"): what follows the word is the person proposed, unless it is an
    adjective of the body ("ترشح الجمعية الوطنية ...") or the two words are written together elsewhere too ("تهديكم
    القنصلية العامة ..." and "وتغتنم القنصلية العامة"), and the body is the one the rest of the text names in full, with
    its article or without ("لرابطة الطلاب X")."""
    words = clause.split()
    if len(words) < 3 or fold(words[0]).removeprefix("و") not in rules.proposing_verbs:
        return None
    if not rules.org_words.has(fold(words[1])):
        # "تود عيادة العون القانوني ... ترشيح", "يتشرف ديوان المظالم بترشيح": a unit or a desk that proposes
        return arabic_unit_named(re.split(r"[،,؛;:]", clause, maxsplit=1)[0].split(None, 1)[1], rules)
    org = arabic_org(re.split(r"[،,؛;:]", clause)[0], rules)
    if fold(words[1]).startswith("ال") and is_reference(words[1], rules) and not _NISBA.match(fold(words[2])) \
            and fold(f"{words[1]} {words[2]}") not in fold(text):
        if full := named_in_full(words[1], text, rules) or named_in_full(words[1].removeprefix("ال"), text, rules):
            return full
        if rules.title_words.has(fold(words[2])):
            return None  # "يقترح المركز الباحثة X": what the person is, no word of the body's name
    return org


# an Arabic relative adjective with its article ("الوطنية", "اللبناني", "العربيه"): it goes on naming a body
_NISBA = re.compile(r"ال\S+(?:ي|يه|يين|يون)$")


def _behalf_after(rest: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation a request names as the one it speaks for after the request ("... as rapporteur, on behalf
    of the X Network", "... باسم تجمع X")."""
    fr = Folded(rest)  # folded once: a clause may open at any word
    for start in (0, *(m.end() for m in re.finditer(r"[،,؛;]\s*|\s(?=\S)", fr.text))):
        if any(p.match(fr.text, start) for p in rules.behalf):
            return clause_org(re.split(r"[،,؛;]", rest[fr.at(start) :])[0], rules, acronyms)
    return None


# A name in quotes, and the acronym in brackets that may follow it ('"Migrant Women Initiative" (MWI)').
_QUOTED_NAME = re.compile(r'^[«"“]\s*([^«»"“”\n]{2,80}?)\s*[»"”](?:\s*(\([A-Z][A-Za-z&.-]{1,11}\)))?')


def _quoted_body(rest: str, rules: ExtractRules) -> str | None:
    """The body named in quotes where an introduction leads to it ('عاملين مع بعض حاجة اسمها "مبادرة X"', 'a group
    called "Women Workers Network"', 'nous travaillons depuis 2018 au sein du « Collectif Y »'), with the acronym
    after it; only a name that opens with an organisation word ('a report called "Invisible Hands"' names none)."""
    if not (q := _QUOTED_NAME.match(rest)) or not rules.org_words.has(fold(strip_punct(q.group(1).split()[0]))):
        return None
    return " ".join(filter(None, (q.group(1), q.group(2))))


def self_introduced(text: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation the sender's group introduces itself as ("we are the X Network", "nous sommes l'Association
    Y", "نحن جمعية Z في إربد", "إحنا مؤسسة W"), named right after the words that introduce it."""
    for line in logical_lines(text):
        fl = Folded(line)
        # (in the order written: "معاكم X من جمعية Y، احنا جمعية صغيرة": the first introduction names the body)
        for m in sorted((m for p in rules.self_introduction for m in p.finditer(fl.text)), key=lambda m: m.start()):
            rest = re.split(r"[،,؛;.!?:()]", line[fl.at(m.end()) :])[0].strip()
            words = rest.split()
            if not words:
                continue
            if quoted := _quoted_body(line[fl.at(m.end()) :].lstrip(), rules):
                return quoted
            if ARABIC.search(words[0]):
                # ("نحن سعداء بالدعوة" is no introduction: the organisation word comes first; a unit, "احنا من العيادة
                # القانونية بكلية الحقوق", names one with the body it belongs to)
                if (rules.org_words.has(fold(words[0])) or rules.unit_words.has(fold(words[0]))) \
                        and (org := arabic_org(rest, rules)):
                    return org
                # ("احنا فريق النيل لكرة القدم": the team word the introduction took in, its group `team`, opens the name)
                said = line[fl.at(m.start()) : fl.at(m.end())].split()
                team = m.groupdict().get("team")
                if team and fold(said[-1]) == team and (org := arabic_team_named(said[-1], rest, rules)):
                    return org
            elif (runs := org_runs(rest, rules)) and runs[0][0] == 0:
                return clause_org(rest, rules, acronyms)
    return None


def honorific_names(text: str, rules: ExtractRules, min_words: int = 2) -> list[str]:
    """Names of at least `min_words` words written after an honorific anywhere in a text (not after a greeting: "Dear
    Dr. X" addresses the reader)."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        if fold(w) in rules.honorifics and not (i and fold(words[i - 1]).strip(",.:!") in rules.greetings):
            name = _name_after_honorific(" ".join(words[i : i + 8]), rules)
            if len(name.split()) >= min_words:
                out.append(name)
    return out


def _name_after_honorific(text: str, rules: ExtractRules) -> str:
    """The name an honorific opening a text introduces, up to the first comma, stop or bracket ("" for none)."""
    rest = split_honorific(text, rules)[1]
    return name_tokens(re.split(r"[,،.;:()]", rest, maxsplit=1)[0], rules)[0]


@dataclass(frozen=True)
class _Unit:
    """A logical line: hard-wrapped prose joined back, or a list item with the lines that continue it."""

    text: str
    raw: tuple[str, ...]  # the body lines it was read from
    more: tuple[str, ...] = ()  # a list item's further lines: title, affiliation, roles ("-> Roundtable 4")


def is_item(line: str) -> bool:
    # only the start of a line can mark an item; folding no more keeps long joined lines cheap
    return bool(BULLET.match(fold(line[:16]))) and not ARROW.match(line)


def _list_mark(line: str, folded: str, listed: bool, rules: ExtractRules) -> re.Match[str] | None:
    """The mark a list item opens with. Where a list of people is announced or goes on, a letter and a period that
    open an honorific ("M. X", "H.E. Mr. X") are none."""
    mark = BULLET.match(folded) if is_item(line) else None
    if listed and mark and mark.group().strip()[:1].isalpha() and _honorific(line.strip(), rules):
        return None
    return mark


def carries_on(last: str, line: str) -> bool:
    """Whether a line carries on a hard-wrapped line of prose."""
    if any(sep in row for sep in ("\t", " | ") for row in (last.strip(), line.strip())):
        return False  # cells (tab-separated, or " | " as an HTML table reads) are a table row, never prose running on
    # A mark or a number opens a list item; a letter and a dot after a sentence cut short is more likely
    # an initial or an honorific ("... le titre exact de\nM. Abdelkrim Ben Salah est ...").
    # Lines that each open with a label ("Rapporteur: Ms. X ...", "Roundtable 3 - Dr. Y ...") are rows of a list.
    return len(last) >= 55 and last.rstrip()[-1:] not in ".:!?؟" and not _ITEM_MARK.match(line) \
        and not (_LABEL_OPEN.match(line) and _LABEL_OPEN.match(last))


_ITEM_MARK = re.compile(r"^\s*(?:[-•*–·▪►>]+|\(?\d{1,2}(?:[.)\-]|/(?!\d))|\(?[a-z]\))")
# a line opening with a short label (not lower-case Latin) and a colon
_COLON_LABEL = re.compile(r"^\s*(?![a-z])[^\W\d_](?:[^\s:：]*\s){0,4}?[^\s:：]*\s*[:：]\s+\S")
# a line opening with a short label (not lower-case Latin) and a colon or a spaced dash; a form's label alone on its
# line, its value on the lines below, ends on its colon ("Type d'intervention souhaitée :", "Requested role:", "الدور:")
_LABEL_OPEN = re.compile(r"^\s*(?![a-z])[^\W\d_](?:[^\s:：–—-]*\s){0,4}?[^\s:：–—-]*\s*(?:[:：](?:\s+\S|\s*$)|\s[-–—]\s+\S)")


def _labelled_row(last: str, line: str) -> bool:
    """Whether an item's line that opens with a label ("Intervention souhaitée : plénière", "Requested role: panel")
    is a row of its own under a long line that ends a phrase ("Secrétaire général adjoint, Croissant-Rouge X (CRT)"),
    not the rest of that line hard-wrapped."""
    return bool(_COLON_LABEL.match(line)) and not _RUNS_ON.search(fold(last.rstrip()))


def _units(text: str) -> list[_Unit]:
    """The logical lines of a text; an item's indented, arrowed or short following lines belong to it."""
    out: list[_Unit] = []
    for line in text.split("\n"):
        prev = out[-1] if out and line.strip() else None
        if prev is not None and is_item(prev.text) and not is_item(line):
            if carries_on(prev.raw[-1], line) and not ARROW.match(line) and not _labelled_row(prev.raw[-1], line):
                if prev.more:
                    more = (*prev.more[:-1], prev.more[-1].rstrip() + " " + line.strip())
                    out[-1] = _Unit(prev.text, (*prev.raw, line), more)
                else:
                    out[-1] = _Unit(prev.text.rstrip() + " " + line.strip(), (*prev.raw, line))
                continue
            if ARROW.match(line) or line[:1].isspace() or (len(line.strip()) <= 100 and line.rstrip()[-1:] not in ".!?:؟"):
                out[-1] = _Unit(prev.text, (*prev.raw, line), (*prev.more, ARROW.sub("", line).strip()))
                continue
        if prev is not None and not prev.more and carries_on(prev.text, line):
            out[-1] = _Unit(prev.text.rstrip() + " " + line.strip(), (*prev.raw, line))
            continue
        out.append(_Unit(line, (line,)))
    return out


_PERSON_PIECES = re.compile(r"[,،;:\t]|\s[-–—|]\s")  # a person line that goes on past the name (a row's cells too)


_UNIT_STEPS = 2  # unit lines between a title and the body they belong to (department, faculty)


_RUNS_ON = re.compile(r"(?:\b(?:of|the|and|for|on|at|in|de|du|des|la|le|les|et|pour|au|aux|a|en)|[-,(&'])$")  # a line cut mid-phrase


def _block_lines(text: str, raw: tuple[str, ...], rules: ExtractRules) -> tuple[str, ...]:
    """A line under a person line (read from these body lines) as the lines of a block: a long title line that `_units`
    read as hard-wrapped prose running on into the organisation's line ("Chair of the Committee on Labour, Social
    Development and Population" / "House of Representatives of X") is given back as its two lines."""
    lines = [ln.strip() for ln in raw]
    for first, second in pairwise(lines):
        if f"{first} {second}" == text.strip() and title_over_body(first, second, rules):
            return first, second
    return (text,)


def title_over_body(first: str, second: str, rules: ExtractRules) -> bool:
    """Whether a long line that opens with a post ends there, the next line naming the body (or a further post) rather
    than carrying it on: "Director, Early Warning and Risk Information Department" / "NCDRR, Muscat"."""
    return (second[:1].isupper() or bool(ARABIC.match(second))) and not _RUNS_ON.search(fold(first)) \
        and phrase_kind(_FIRST_COMMA.split(first, maxsplit=1)[0], rules) == "title" \
        and (phrase_kind(second, rules) in ("title", "org") or _body_at_place(second, rules))


def _body_at_place(line: str, rules: ExtractRules) -> bool:
    """Whether a line names a body, often by its acronym alone, then the town or country it sits in after a comma
    ("NCDRR, Muscat", "ONDH, Rabat", "الهيئة الوطنية للإحصاء، مسقط"): an organisation's line, the place no part of it."""
    pieces = _FIRST_COMMA.split(line.strip(), maxsplit=1)
    return len(pieces) == 2 and phrase_kind(pieces[0], rules) == "org" and only_places(pieces[1], rules)


def _person_lines_below(units: list[_Unit], i: int, rules: ExtractRules) -> list[str]:
    """The lines under a line that only names the person a list introduces, past the blank lines that a mailer writing
    one paragraph per line leaves ("نفيدكم بترشيح:", "سعادة السيد/ X", then "مدير إدارة ..."): a title line, and the
    organisation's line after it. The title line may go on with the organisation ("Research Fellow, Institute X").
    The organisation may be written as a chain, a unit on each line down to its body ("Department of X" / "Faculty of Y"
    / "Z University"): the unit lines are kept only when a body's line closes the chain."""
    below: list[str] = []
    steps: list[str] = []  # unit lines under the title, waiting for the body they belong to
    for ln in (ln.strip() for unit in units[i + 1 :] for ln in _block_lines(unit.text, unit.raw, rules)):
        if not ln:
            continue
        if is_item(ln) or opens_clause(ln, rules) or _is_role_clause(ln, rules) or len(below) == 2:
            break
        if len(below) == 1 and len(steps) < _UNIT_STEPS and opens_with_unit(ln, rules):
            steps.append(ln)
            continue
        if phrase_kind(ln, rules) != "org" if below else phrase_kind(_FIRST_COMMA.split(ln, maxsplit=1)[0], rules) != "title":
            break
        below.append(", ".join([*steps, ln]))
        steps = []
    if steps and len(below) == 1 and phrase_kind(steps[0], rules) == "org":
        below.append(steps[0])  # no body closes the chain: its first unit, read as the organisation as before
    return below


@lru_cache(maxsize=8)  # the organisation, the proposer and the self-introduction read the same new text's lines
def logical_lines(text: str) -> tuple[str, ...]:
    """Lines with hard-wrapped prose joined back together; list items stay apart."""
    return tuple(ln for u in _units(text) for ln in (u.text, *u.more))


def _honorific(text: str, rules: ExtractRules) -> str | None:
    """The honorific a text opens with, when a name follows it: "Me Salma X" is Maître, "register me for" is no one."""
    hon, rest = split_honorific(text, rules)
    return hon if hon and (rest[:1].isupper() or ARABIC.match(rest)) else None


_ROLE_THEN_PERSON = re.compile(r"^(?P<role>[^:：\n]{3,120}?)\s*[:：]\s+(?P<rest>\S.*)$")
DASH = re.compile(r"\s+[-–—|]\s+")
_FIRST_COMMA = re.compile(r"\s*[,،]\s*")
# a person's piece and what it says next, after a colon, comma or bracket ("Mme Y : pour la plénière")
_PERSON_SAYS = re.compile(r"(?P<person>[^,،:：()]+?)\s*(?P<said>[,،:：(].*)?$")
_PERSON_TAIL = re.compile(r"(?P<person>[^,،()]+?)\s*(?:[,،]\s*(?P<tail>.*)|\((?P<inner>[^()]*)\)(?P<after>.*))?$")


def _short_title(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece of a person line is a short title and nothing else ("Directrice exécutive", "VP, Policy")."""
    toks = word_tokens(fold(piece))
    return len(toks) <= 5 and any(rules.title_words.has(t) for t in toks[:3]) and not any(t in rules.possessives for t in toks)


def _person_first(body: str, rules: ExtractRules) -> str:
    """A person line written title first, as "Name, Title": "Plenary: Director – Dr. X", "مديرة – السيدة X".

    A role stated before a colon is dropped from the phrase (the line still gives the speaker's roles).
    """
    m = _ROLE_THEN_PERSON.match(body.strip())
    rest = m.group("rest") if m and _is_role_clause(m.group("role"), rules) else body
    pieces = DASH.split(rest.strip())
    role_dash = pieces[1:] if rest is body and len(pieces) >= 2 and _is_role_clause(pieces[0], rules) else []
    named = " - ".join(role_dash) if role_dash else rest if rest is not body else ""
    if named and len(person := _FIRST_COMMA.split(named.strip(), maxsplit=1)) == 2 and _bare_name(person[0], rules) \
            and phrase_kind(_FIRST_COMMA.split(person[1], maxsplit=1)[0], rules) == "title":
        # "Roundtable 3 - Basel Qudah, Desk Coordinator", "Plenary: Jane Doe, Director": the role first, then a bare
        # name and its title after a comma (a topic there, "Roundtable 3 - Labour Migration, Gulf States", is no one)
        return named
    if len(pieces) >= 3 and phrase_kind(pieces[0], rules) == "org" and not _honorific(pieces[0], rules) \
            and not _honorific(pieces[1], rules) and _honorific(pieces[2], rules):
        # "Observatory X (OX) - Research Director - Dr. Y": the organisation first, read after the title
        pieces = [pieces[1], pieces[2], pieces[0], *pieces[3:]]
    elif placed := _org_place_post_honoured(rest, rules):
        pieces = placed
    elif len(pieces) >= 2 and phrase_kind(pieces[0], rules) == "org" and not _honorific(pieces[0], rules) \
            and (_honorific(pieces[1], rules) or _bare_name(_FIRST_COMMA.split(pieces[1], maxsplit=1)[0], rules)):
        # "GFWCUI - Muayad Jasim, President - roundtable 3": the organisation first, read after the person and title
        return " - ".join([f"{pieces[1].rstrip(' ,')}, {pieces[0]}", *pieces[2:]])
    if len(pieces) < 2:
        org_first = _FIRST_COMMA.split(rest.strip(), maxsplit=2)
        if len(org_first) == 3 and phrase_kind(org_first[0], rules) == "org" and _short_title(org_first[1], rules) \
                and not any(_honorific(p, rules) for p in org_first[:2]) and _honorific(org_first[2], rules):
            # "Radio X, rédactrice en chef, Mme Y": the organisation and the title before the person, read after them
            # and before what the person's piece says next ("..., Mme Y : pour la table ronde 2")
            comma = "، " if "،" in rest else ", "
            says = _PERSON_SAYS.match(org_first[2])
            person, said = says.group("person", "said") if says else (org_first[2], None)
            return comma.join([person, org_first[1], org_first[0]]) + (" " + said if said else "")
        # "Directrice exécutive, Mme X (Fondation Y)": a short title, nothing else, before the comma
        pieces = _FIRST_COMMA.split(rest.strip(), maxsplit=1)
        if not _short_title(pieces[0], rules):
            pieces = pieces[:1]
    if len(pieces) >= 2 and len(pieces[0].split()) <= 8 and not _honorific(pieces[0], rules) \
            and _honorific(pieces[1], rules) and rules.title_words.hits(fold(pieces[0])) and not opens_clause(pieces[0], rules) \
            and not (ARABIC.search(pieces[0]) and not rules.title_words.has(fold(pieces[0].split()[0]))):
        # the title goes right after the name, before what the person's piece says next ("Dr. X, Commission (C)"); an
        # Arabic post opens its piece, so words before it are a sentence that mentions the post ("كما يرغب المنسق، السيد
        # X، في ...": "the coordinator, Mr X, also wishes to ..."), not the person's title
        p = _PERSON_TAIL.match(pieces[1])
        tail = [t for t in (p.group("tail"), p.group("inner"), p.group("after")) if t and t.strip(" ,،")] if p else []
        person = p.group("person") if p else pieces[1]
        return ", ".join([person, pieces[0], *(t.strip(" ,،") for t in tail), *pieces[2:]])
    return rest if _honorific(rest.strip(), rules) or _self_only(rest, rules) else body


def _org_place_post_honoured(line: str, rules: ExtractRules) -> list[str] | None:
    """A person line written body first, its town, the post, then the honorific and name, parted by spaced dashes or
    slashes ("ORG - Erbil / Programme Manager / Ms. Y", "Association X / Sfax / présidente / Mme Y", "جمعية X / حلب /
    مديرة / السيدة Y"): the pieces reordered as the post, the person, then the body; the town, only where the body
    sits, is left out (dev 004, 013)."""
    parted = _POST_NAME_SEP.split(line.strip())
    if len(parted) < 4:
        return None
    k = next((k for k, p in enumerate(parted) if _honorific(p, rules)), 0)
    if k < 3 or phrase_kind(parted[0], rules) != "org" or phrase_kind(parted[k - 1], rules) != "title" \
            or not all(is_place(p, rules) for p in parted[1 : k - 1]):
        return None
    return [parted[k - 1], parted[k], parted[0], *parted[k + 1 :]]


def _self_only(piece: str, rules: ExtractRules) -> bool:
    """Whether a person piece is only a word standing for the sender ("open discussion: myself (details below)",
    "table ronde 2 : moi-même", "النقاش المفتوح: أنا شخصياً"): the speaker is the sender, details in the signature."""
    text, is_self = _self_marked(piece, rules)
    return is_self and not comma_segments(text.strip(" ;."))


def _org_before_person(head: str, rules: ExtractRules) -> tuple[str, str] | None:
    """The organisation a person line names before a colon and the person ("Association X (Liège) : M. Y, président",
    "Fishers Union: Ms. Z, chair", "جمعية X: السيد Y، رئيس"): that speaker's own, whoever sends the list. Only an
    organisation, not a role ("Plénière : M. Y") nor a post, and only before an honorific or a bare name. Returns the
    organisation and the person's piece after the colon."""
    if (came := _came_from(head, rules)) is not None:
        return came
    m = _ROLE_THEN_PERSON.match(head.strip())
    if not m or _is_role_clause(m.group("role"), rules):
        return None
    org = m.group("role").strip(" -–—")
    rest = m.group("rest")
    if phrase_kind(org, rules) != "org" or _honorific(org, rules) \
            or not (_honorific(rest, rules) or _bare_name(_FIRST_COMMA.split(rest, maxsplit=1)[0], rules)):
        return None
    org = clean_value(org, rules)
    return (org, rest) if org else None


# an item that opens with the body the person comes from, then a comma ("from Centre X, our coordinator Y – plenary")
_FROM_BODY = re.compile(r"^(?:from\s|(?:de la part )?d(?:e la\s|e l['’]|es\s|u\s)|de la part de\s|من\s)\s*(?P<org>[^,،:：]{3,120}?)\s*[,،]\s*(?P<rest>\S.*)$",
                        re.IGNORECASE)
# the post said in a clause of its own before the name ("where she is head of unit, Y", "où il est chargé de X, Y")
_POST_CLAUSE = re.compile(r"^(?:where\s+(?:he|she)\s+is|où\s+(?:il|elle)\s+est|حيث\s+(?:يعمل|تعمل|يشغل|تشغل))\s+"
                          r"(?P<post>[^,،]+?)\s*[,،]\s*(?P<name>[^,،;:：()|–—-]+?)(?P<after>\s*(?:[,،;:：(]|\s[-–—|]\s).*)?$",
                          re.IGNORECASE)


def _came_from(head: str, rules: ExtractRules) -> tuple[str, str] | None:
    """The body a list item says its person comes from before a comma, and the person's piece after it: "from Centre
    X, our volunteer coordinator Y – plenary", "from Centre X, where he is head of the legal unit, Y – roundtable 2"
    (read "Y, head of the legal unit – roundtable 2"), "de la part de l'Association X, notre trésorière Y",
    "من جمعية X، منسقتنا Y". Only a body, and only before a person: an honorific, a bare name or a possessive post."""
    m = _FROM_BODY.match(head.strip())
    if not m or phrase_kind(m.group("org"), rules) != "org":
        return None
    rest = m.group("rest")
    if (post := _POST_CLAUSE.match(rest)) and _bare_name(post.group("name"), rules):
        rest = f"{post.group('name')}, {post.group('post')}{post.group('after') or ''}"
    words = fold(rest).split()
    if not (_honorific(rest, rules) or _bare_name(_FIRST_COMMA.split(rest, maxsplit=1)[0], rules)
            or (words and (words[0] in rules.possessives or _AR_POSSESSIVE_END.search(words[0])))):
        return None
    org = clean_value(_LOWER_ARTICLE.sub("", m.group("org")), rules)
    return (org, rest) if org else None


_LIST_PIECE = re.compile(r"\s*[,،]\s*(?:(?:et|and)\s+|و(?=\S))?|\s+(?:et|and)\s+")


def plural_list(text: str, rules: ExtractRules) -> tuple[str, list[str]] | None:
    """A phrase that opens with a form of address for several people ("Mmes Fatima X, présidente, Khadidja Y, trésorière,
    et Nadia Z, animatrice du groupe", "Messrs A, Chair, and B"): (the address, each person's own pieces), a bare name
    after a comma opening the next person; None for any other phrase."""
    first, _, rest = text.strip().partition(" ")
    if fold(first) not in rules.plural_honorifics or not rest:
        return None
    people: list[list[str]] = []
    for piece in _LIST_PIECE.split(rest):
        if not piece.strip():
            continue
        if not people or _bare_name(piece.strip(), rules):
            people.append([piece.strip()])
        else:
            people[-1].append(piece.strip())
    return (first, [", ".join(p) for p in people]) if len(people) > 1 else None


def _proposes_addressed(text: str, rules: ExtractRules) -> bool:
    """Whether a list item opens with a verb proposing someone else and the form of address of the one proposed ("نرشّح
    الدكتورة X", "we nominate Ms Y"; not "de la part de l'Association X, ... Fatou Ndiaye", whose person comes last)."""
    folded = fold(text.strip())
    for cue in rules.prose:
        if cue.third_party and (m := cue.regex.match(folded)):
            first = folded[m.end() :].split()[:1]
            if first and first[0] in rules.honorifics:
                return True
    return False


def _name_then_title(body: str, rules: ExtractRules) -> str | None:
    """A person line opening with a bare name and its post after a comma, under a line that introduces it ("They would
    like to propose:" over "Ishaq Adam Abakar, Secretary for Community Affairs, Y Association, to serve as rapporteur")."""
    pieces = _FIRST_COMMA.split(body.strip(), maxsplit=2)
    # (not a sentence that proposes the person, "نرشح الزميل X، منسق ...": a verb and a form of address are no name)
    return body.strip() if len(pieces) >= 2 and _bare_name(pieces[0], rules) \
        and not any(fold(w) in rules.honorifics for w in pieces[0].split()) \
        and not any(cue.regex.match(fold(pieces[0])) for cue in rules.prose) \
        and phrase_kind(pieces[1], rules) == "title" else None


def _bare_name(text: str, rules: ExtractRules) -> bool:
    """Whether a piece is a name and nothing else: two to four capitalised (or Arabic) words that name no post, body,
    unit or place."""
    words = text.split()
    # (Arabic has no capitals: its words must be letters only, none glued to a preposition and article, "بالجمعية")
    written = all(re.fullmatch(r"[\u0621-\u064a]+", w) and not _AR_PREP_ARTICLE.match(w) for w in words) \
        if ARABIC.search(text) else all(re.fullmatch(r"[A-Z][^\W\d_]+(?:[-'’][A-Za-z][^\W\d_]*)*", w) for w in words)
    # (nor a body's branch or unit, "Benghazi Branch", "فرع حلب": what a line gives after a body's name and a dash)
    return written and _is_person_name(text, rules) and len(words) <= 4 \
        and phrase_kind(text, rules) == "unknown" and not is_place(text, rules) and rules.events.isdisjoint(word_tokens(fold(text))) \
        and not names_role(fold(text), rules) and not names_unit(text, rules)


# a description, a colon, then a name and what the line says next: "Field Officer, Hebron branch: Suha Tamimi - ..."
_DESCRIBED_NAME = re.compile(r"^(?P<desc>[^:：]{3,150}?)\s*[:：]\s*(?P<name>[^,،;:：()|–—-]+?)\s*(?:(?:[,،;]|\s[-–—|])\s*(?P<rest>.*))?$")


# What parts a post from the bare name after it: a spaced dash or bar, or a spaced slash ("مدير التحرير / خالد المهيري").
_POST_NAME_SEP = re.compile(r"\s+[-–—|/]\s+")


def _title_then_name(body: str, rules: ExtractRules) -> str | None:
    """A person line written with the title (and the organisation) before a bare name, read as "Name, Title[, Org]":
    "Programme Manager - Ahmad Odeh: floor intervention", "LSGM – Deputy International Commissioner – Anwar Ben Saud".
    What follows the name's colon states the roles, which the whole line gives anyway."""
    colon = _DESCRIBED_NAME.match(body.strip())
    if colon:
        # "Field Officer, Hebron branch: Suha Tamimi - she would like ...", "ORG – Legal unit – Coordinator: Jane Doe":
        # the whole description before the colon goes with the name after it
        desc = DASH.split(colon.group("desc"))
        kinds = [phrase_kind(_FIRST_COMMA.split(p, maxsplit=1)[0], rules) for p in desc]
        if "title" in kinds and set(kinds) <= {"title", "org", "unknown"} and kinds[0] != "unknown" \
                and not any(_honorific(p, rules) for p in desc) and _bare_name(colon.group("name"), rules):
            # the post, then the unit it works in, then the organisation: "Jane Doe, Coordinator, Legal unit, ORG"
            order = [p for kind in ("title", "unknown", "org") for k, p in zip(kinds, desc, strict=True) if k == kind]
            return ", ".join([colon.group("name"), *order, *filter(None, [colon.group("rest")])])
    commas = _FIRST_COMMA.split(body.strip(), maxsplit=2)
    if len(commas) == 3 and phrase_kind(commas[0], rules) == "title" and _short_title(commas[0], rules) \
            and not _honorific(commas[0], rules) and _bare_name(commas[1], rules):
        # "Coordinatrice régionale, Amina X, Union Y – pour une intervention": the post, the name, then the body
        return ", ".join([commas[1], commas[0], commas[2]])
    pieces = _POST_NAME_SEP.split(body.strip())
    for j in (1, 2):
        if j >= len(pieces):
            return None
        kinds = [phrase_kind(p, rules) for p in pieces[:j]]
        if kinds == ["unknown", "title"]:
            # "Baghdad Teaching Hospital - Senior Nurse - X": what opens the line before the post is the person's body,
            # unless it only names a town ("Beirut - Programme Officer - X"), which is left out
            f = fold(pieces[0])
            kinds[0] = "place" if rules.places.hits(f) >= len(word_tokens(f)) else "org"
        name = pieces[j].split(":")[0].strip()
        if "title" in kinds and "unknown" not in kinds and not any(_honorific(p, rules) for p in pieces[: j + 1]) \
                and _bare_name(name, rules):
            return ", ".join([name, *(p for k, p in zip(kinds, pieces[:j], strict=True) if k == "title"),
                              *(p for k, p in zip(kinds, pieces[:j], strict=True) if k == "org"), *pieces[j + 1 :]])
    return None


def _body_post_name(body: str, rules: ExtractRules) -> tuple[str, str] | None:
    """A line that gives a body, a post and a bare name and nothing else, parted by spaced dashes, bars or slashes (the
    body or the post first): "ORG, Legal Unit - Legal Director - Jane Doe", "Université X — doctorante — Y Z". Read as
    "Name, Title, Org" wherever it stands, not only under a line that introduces it: pieces of those three kinds make no
    sentence (two pieces, "Director - Jane Doe", may be a signature's, and wait for an introducing line). Returns the
    phrase and the body's piece."""
    pieces = _POST_NAME_SEP.split(body.strip())
    if len(pieces) != 3:
        return None
    kinds = [phrase_kind(p, rules) for p in pieces[:2]]
    if sorted(kinds) != ["org", "title"]:
        return None
    phrase = _title_then_name(body, rules)
    return (phrase, pieces[kinds.index("org")]) if phrase else None


def _body_whole(c: Cand, piece: str, rules: ExtractRules) -> None:
    """The body's piece of such a line whole, when the affiliation read from it leaves out the unit of the body written
    after it ("ORG (O), Legal Unit", "Université X, Laboratoire Y", "جمعية X، وحدة الحماية"): the dashes part the pieces,
    so what the piece goes on with is the body's. A place there is not ("ORG, Beirut": dev 004, 013)."""
    aff = c.affiliation or ""
    piece = strip_punct(piece)
    rest = piece[len(aff) :].strip() if aff and piece.startswith(aff) else ""
    if rest[:1] in (",", "،") and (unit := rest[1:].strip()) and not is_place(unit, rules) \
            and (names_unit(unit, rules) or phrase_kind(unit, rules) == "org"):
        c.affiliation = piece


_LAST_PIECE = re.compile(r"^(?P<desc>.+?)(?:\s*[,،]\s*|\s+[-–—]\s+)(?P<person>[^,،\-–—]+?)\s*[;.]?\s*$")


def _title_then_honoured(body: str, rules: ExtractRules) -> str | None:
    """A person line written with the post (and the organisation) before an honorific and the name, read as "Hon Name,
    Title[, Org][: role]": "- pour la plénière : notre Secrétaire générale, Mme X ;", "Regional Director, ORG - Ms. X",
    in Latin script (an Arabic name is not told from a post here). A role stated before a colon is kept after the person."""
    role, colon, rest = body.strip().rpartition(":") if _ROLE_THEN_PERSON.match(body.strip()) else ("", "", body.strip())
    if colon and not _is_role_clause(role, rules):
        return None
    m = _LAST_PIECE.match(rest)
    if not m or not _honorific(m.group("person"), rules) or not _bare_name(split_honorific(m.group("person"), rules)[1], rules):
        return None
    desc = [" ".join(w for i, w in enumerate(p.split()) if i or fold(w) not in rules.possessives)
            for p in re.split(r"\s*[,،]\s*|\s+[-–—]\s+", m.group("desc"))]
    kinds = [phrase_kind(p, rules) for p in desc]
    if kinds[0] != "title" or not set(kinds) <= {"title", "org"} or any(_honorific(p, rules) for p in desc):
        return None
    return ", ".join([m.group("person"), *desc]) + (f" : {role.strip()}" if colon else "")


def _block_named_last(units: list[_Unit], i: int, rules: ExtractRules) -> str | None:
    """A block of three lines under a line that introduces it, the organisation and the title first (either way round)
    and the bare name last ("TalentDhow FZ-LLC, Dubai" / "VP, Public Policy" / "Layla Mansour"), read as one line
    "Name, Title, Organisation"."""
    block = [u.text.strip() for u in units[i : i + 3]]
    if len(block) < 3 or not all(block) or not _bare_name(block[2], rules):
        return None
    kinds = [phrase_kind(_FIRST_COMMA.split(ln, maxsplit=1)[0], rules) for ln in block[:2]]
    if sorted(kinds) != ["org", "title"] or any(_honorific(ln, rules) or is_item(ln) for ln in block[:2]):
        return None
    title, org = block[:2] if kinds[0] == "title" else block[1::-1]
    return ", ".join([block[2], title, org])


def _role_then_below(body: str, more: tuple[str, ...], rules: ExtractRules) -> tuple[str, tuple[str, ...]]:
    """An item that only states a role before a colon, its person on the line below ("- pour la table ronde 1 :",
    "  Mme X, chargée de ..."), read as one line "role: person"; the item's other lines stay below."""
    role, colon, rest = body.rstrip().rpartition(":")
    if more and colon and not rest and _is_role_clause(role, rules) and _honorific(more[0], rules):
        return f"{body.rstrip()} {more[0]}", more[1:]
    return body, more


def prose_speakers(text: str, rules: ExtractRules) -> tuple[list[Cand], bool]:
    """Speakers written in sentences or list items, and whether a third party is proposed."""
    cands: list[Cand] = []
    third = False
    acronyms = spelled_acronyms(text, rules)
    intro = -10
    intro_asks = False
    listed_at = -10  # the last person line of an announced list: the list goes on past it, a blank line between
    quiet = False  # the line that opens the list says nothing of speaking ("Authors:", "Les auteurs :", "المؤلفون:")
    listed: list[Cand] = []  # the people of such lists
    naming = False  # the line that opens the list says it gives names ("Names:", "الأسماء:")
    escorting = False  # the line that opens the list says they come along with the speaker ("accompanied by:")
    escorts: list[Cand] = []  # the people of such lists
    named_again: list[Cand] = []  # those of them a proposing sentence names again
    units = _units(text)
    for i, unit in enumerate(units):
        line = unit.text
        above = next((u.text for u in reversed(units[max(0, i - 2) : i]) if u.text.strip()), "")
        if cands and _signs_under_closing(above, line, rules):
            # "وتفضلوا بقبول فائق الاحترام،" over "م. عماد الزعبي", under a letter that proposed someone: it signs the
            # letter. (With no one proposed above, the signature may be the sender's, asking for themself.)
            continue
        fl = fold(line)
        if any(p.search(fl) for p in rules.list_intro):
            intro = i
            intro_asks = names_role(fl, rules)  # the line that opens the list asks for a role for the people in it
            quiet = not intro_asks and not any(p.search(fl) for p in rules.speaking) \
                and not any(cue.regex.search(fl) for cue in rules.prose)
            escorting = quiet and any(p.search(fl) for p in rules.escort_intro)
            naming = any(p.search(fl.strip()) for p in rules.names_intro)
        # (an HTML list's items come apart, a blank line between each: "M. X" two lines under a listed person is one too)
        item = _list_mark(line, fl, i - intro <= 3 or i - listed_at <= 2, rules)
        if item and _proposes_addressed(line[len(item.group()) :], rules):
            item = None  # "أولاً: نرشّح الدكتورة X، ...", "1. We nominate Ms Y": a sentence proposing the person, read as one
        head, more = _role_then_below(line[len(item.group()) :], unit.more, rules) if item else (line, unit.more)
        if not item and (after := _after_thanks(head, rules)) is not None:
            head = after  # "Merci pour votre retour. Mme X est ...": the person line after a thank-you
        # ("1) Association X : M. Y, président, ...": the item's person after the organisation that is theirs)
        own = _org_before_person(head, rules) if item else None
        body = _person_first(own[1] if own else head, rules)
        hon = _honorific(body.strip(), rules)
        # under a line that introduces them, a person line may give the title first and the bare name after it
        # (one that gives the body, the post and the bare name, each apart, is one wherever it stands; the first line of
        # a unit too, when the mailer's wrap joined the next line to it)
        whole = None if hon else _body_post_name(head, rules) or (_body_post_name(unit.raw[0], rules) if len(unit.raw) > 1 and not item else None)
        bare = whole[0] if whole else (_title_then_name(head, rules) or _block_named_last(units, i, rules)
                                       or (_name_then_title(head, rules) if i > intro else None)) if i - intro <= 3 and not hon else None
        # (a post before the honorific and name, in a list or under a line that introduces it, is one person too)
        bare = bare or (_title_then_honoured(head, rules) if (item or i - intro <= 3) and not hon else None)
        body = bare or body
        opened = False  # the line opens with a person and names more after honorifics
        if (item and i - intro <= 3) or hon or bare:
            # a list item after "the following:" or a line opening with an honorific is one person;
            # the item's further lines give its title and affiliation, or its roles
            details = [d for m in more if m and not asks_for_role(m, rules) for d in _block_lines(m, unit.raw, rules)]
            given = _labelled_details(details, rules) if item else {}
            details = [d for d in details if d not in given]
            if not details and not given and i - intro <= 3 and not _PERSON_PIECES.search(body):
                details = _person_lines_below(units, i, rules)
            phrase = ", ".join([_first_sentence(body, rules).rstrip(" ,;"), *details]) if item or details \
                else sentence_from(body, 0, rules)
            c = person_phrase(phrase, rules, "prose", need_mark=not hon, role_above=bool(item) and intro_asks,
                              labelled=bool(item) and naming and i - intro <= 3)
            rank, _, rest = phrase.strip().partition(" ")
            named = c is not None and bool(c.name) and not (len(c.name.split()) > 2 and c.name.startswith(rank))
            if not named and item and rest and rules.title_words.has(fold(rank)):
                # "- النائبة سعاد الورفلي، مقررة اللجنة، ...", "- Councillor Jane Doe, ...": a rank addresses the person
                c = person_phrase(rest, rules, "prose", need_mark=not _honorific(rest, rules))
            if c is not None and c.name and own:
                c.set("affiliation", own[0], "prose")
            if c is not None and c.name and whole:
                _body_whole(c, whole[1], rules)
            for what, value in given.values() if c is not None and c.name else ():
                c.set(what, value, "labelled")
            if c is not None and (c.name or c.is_self):
                c.role_text = "\n".join((unit.text, *unit.more))  # (a role wrapped over two lines read as one)
                c.lines = unit.raw
                cands.append(c)
                if item and quiet and i - intro <= 3 and not asks_for_role(c.role_text, rules):
                    listed.append(c)
                    if escorting:
                        escorts.append(c)
                third = third or not c.is_self
                intro = i if item else intro  # the list goes on
                listed_at = i if i - intro <= 3 or i - listed_at <= 2 else listed_at
                if item or unit.more or not _more_people(c, line, cands, rules, acronyms):
                    continue
                opened = True
        for cue in ([] if opened else rules.prose):
            for m in cue.regex.finditer(fl):
                fline = Folded(line)
                start = fline.at(m.end())
                phrase = sentence_from(line, start, rules)
                if thanks := _RUN_ON_THANKS.search(phrase):
                    phrase = phrase[: thanks.start()]  # "... elle est responsable communication merci beaucoup"
                # "the first is X ... and the second is Y": a cue for someone else, found again, presents another person
                # (the sender's own, "my name is X, I am a Y", goes on about the same one); a cue that matches nothing
                # but a lookahead, "(?=our <post>)", is not found again where it was
                if cue.third_party and (nxt := cue.regex.search(fl, max(m.end(), m.start() + 1))) \
                        and fline.at(nxt.start()) < start + len(phrase):
                    phrase = line[start : fline.at(nxt.start())].rstrip(" ,")
                    last = phrase.rsplit(None, 1)
                    if len(last) == 2 and fold(last[1]) in rules.mention_links:
                        phrase = last[0].rstrip(" ,")
                if m.group().rstrip().endswith("("):
                    # "I (X, Group Leader) would also like ...": the person is what the bracket holds
                    phrase = phrase.split(")", 1)[0]
                c = person_phrase(phrase, rules, "prose", labelled=cue.labels,
                                  own=not cue.third_party or cue.post_marks and _given_name_first(phrase, rules))
                if (c is None or not c.name) and cue.third_party and (body_first := _body_then_post(phrase, rules)):
                    c = person_phrase(body_first[1], rules, "prose", labelled=cue.labels, own=False)
                    if c is not None and c.name:
                        c.set("affiliation", body_first[0], "prose")
                if c is not None and c.is_self and not c.name:
                    if not any(o.is_self for o in cands):
                        # "propose our executive director - myself -": the sender, described by the sentence
                        c.subject_org = clause_org(_sentence_before(line, fline.at(m.start())), rules, acronyms)
                        c.lines, c.sentence_roles, c.pos = (line,), True, start
                        c.role_more = _whole_sentence(line, start, rules)
                        cands.append(c)
                    continue
                if cue.third_party:
                    fp = fold(phrase).lstrip()
                    # (a possessive's first noun only: the rest of the sentence says what the person is to do)
                    if c is not None or any(p.match(fp) for p in rules.lead_in) or \
                            _possessive_person(" ".join(fp.split()[:2]), rules) or _honorific(phrase.strip(), rules) \
                            or _post_of_the_body(fp, rules) and any(p.search(fold(m.group())) for p in rules.behalf):
                        third = True
                if c is not None and c.name and _for_principal(m.group(), phrase, rules):
                    continue  # "On behalf of Ms. X, ..., the Office would like to nominate ...": X is not proposed
                if c is not None and c.name and cue.third_party:
                    named_again += [o for o in listed if same_person(c.name, o.name)]
                if c is not None and c.name and cue.refers_back:
                    _completed_by_details(c, cands)
                if c is not None and c.name and not any(same_person(c.name, o.name) for o in cands) \
                        and not _opens_acronym(c.name, acronyms):
                    if cue.third_party:
                        before = _sentence_before(line, fline.at(m.start()))
                        c.subject_org = clause_org(before, rules, acronyms)
                    c.first_person = not cue.third_party  # "I am X", "je suis X", "معكم د. X": the sender
                    c.outsider = cue.outsider
                    c.stands_in = cue.stands_in
                    c.lines, c.sentence_roles, c.pos = (line,), True, start
                    c.role_more = _whole_sentence(line, start, rules)
                    if cue.refers_back:
                        # "we want our captain to speak in the roundtable. his name is X": the sentence before, which
                        # describes the person, states their roles, and owns no speaker of its own
                        # (a cue opening its sentence: the text before it is the whole sentence before)
                        at = fline.at(m.start())
                        c.pos = at - len(_sentence_before(line, at))
                    cands.append(c)
        for c in _honorific_mentions(line, rules, "prose", acronyms):
            if not any(same_person(c.name, o.name) for o in cands):
                cands.append(c)
                third = True
        # each speaker named in a sentence owns the words from its name to the next speaker's
        named = sorted((c for c in cands if c.sentence_roles and c.lines == (line,) and not c.role_text), key=lambda c: c.pos)
        for k, c in enumerate(named):
            c.role_text = line[c.pos : named[k + 1].pos if k + 1 < len(named) else len(line)]
    if escorts and len(escorts) < len(cands):
        # "H.E. the Mayor will be accompanied by the following members: - Eng. A, ... - Mr. B, ...": they come along
        # with the speaker proposed, and are not proposed themselves
        cands = [c for c in cands if all(c is not e for e in escorts)]
    if named_again:
        # "Authors: - Dr. A, ... - Dr. B, ..." then "we propose Dr. B as rapporteur": a list that says nothing of
        # speaking only describes the people a sentence proposes; the others in it are not proposed
        dropped = {id(c) for c in listed} - {id(c) for c in named_again}
        cands = [c for c in cands if id(c) not in dropped]
    return cands, third


def _signs_under_closing(above: str, line: str, rules: ExtractRules) -> bool:
    """Whether a line is a signature under a closing formula ("Sincerely yours," / "Dr. X", "وتفضلوا بقبول فائق
    الاحترام،" / "م. X"): a name with its honorific and nothing more."""
    if not CLOSING.match(above) or len(above.split()) > CLOSING_WORDS or not _honorific(line.strip(), rules):
        return False
    name, rest = name_tokens(split_honorific(line.strip(), rules)[1], rules)
    return bool(name) and not rest.strip(" ,،")


def _completed_by_details(c: Cand, cands: list[Cand]) -> None:
    """The title and organisation of a speaker named earlier ("on behalf of Prof. X, who would like to ...") from the
    sentence that gives their details again under their name ("Her details: X, Chair of the Board, Y"): what the first
    mention left out."""
    for o in cands:
        if same_person(c.name, o.name) and not o.title and not o.affiliation:
            for what in ("title", "affiliation"):
                o.set(what, getattr(c, what), c.prov.get(what, "prose"))


def _labelled_details(lines: list[str], rules: ExtractRules) -> dict[str, tuple[str, str]]:
    """The lines under a list item's person that a form's label opens, by line: the field each gives ("Position:
    Director", "Organisme : Centre X", "الصفة: مديرة المركز"), read as the label says rather than as the phrase's
    next pieces (whose first would be the label word). Only a title or an affiliation; other lines stay."""
    out: dict[str, tuple[str, str]] = {}
    for line in lines:
        fl = Folded(line)
        m = rules.label_re.match(fl.text) if rules.label_re is not None else None
        what = rules.field_of.get(" ".join(m.group("label").split())) if m else None
        value = fl.slice(m.end(), len(fl.text)).strip(" ,;.") if m else ""
        if m and what in ("title", "affiliation") and value:
            out[line] = (what, clean_value(value, rules) or value)
    return out


def _body_then_post(phrase: str, rules: ExtractRules) -> tuple[str, str] | None:
    """The body an Arabic proposer names with "من" ("from") before the person's post and name ("نرشح من جمعية X نائبة
    رئيسة الهيئة Y"): the body, and the words from the post on. The body ends where a post's word opens the rest."""
    words = phrase.split()
    if len(words) < 4 or fold(words[0]) != "من":
        return None
    for j in range(2, min(len(words) - 1, 12)):
        body = " ".join(words[1:j]).strip(" ,،")
        if rules.title_words.has(fold(words[j])) and phrase_kind(body, rules) == "org":
            return clean_value(body, rules) or body, " ".join(words[j:])
    return None


def _opens_acronym(name: str, acronyms: Mapping[str, str]) -> bool:
    """Whether a name is the opening words of an organisation the text writes with its acronym: "on behalf of Migrant
    Voices Network (MVN)" names no person "Migrant Voices"."""
    words = fold(name).split()
    return any(fold(full).split()[: len(words)] == words for full in acronyms.values())


def _more_people(c: Cand, line: str, cands: list[Cand], rules: ExtractRules, acronyms: Mapping[str, str]) -> bool:
    """Whether the line that opens with person c names more people after an honorific ("Mr. A would like to speak in
    the plenary; and Ms. B, Head of X, in roundtable 2"): they are added, and c keeps only its own words (its phrase up
    to the next person, and the roles said there)."""
    others = [o for o in _honorific_mentions(line, rules, "prose", acronyms)
              if o.name and not any(same_person(o.name, x.name) for x in cands)]
    if not others:
        return False
    first = min(o.pos for o in others)
    own = person_phrase(line[:first], rules, "prose")
    if own is not None and own.name and same_person(own.name, c.name):
        c.title, c.affiliation, c.prov = own.title, own.affiliation, own.prov
    c.role_text, c.lines, c.sentence_roles, c.pos = "", (line,), True, 0
    cands.extend(others)
    return True


def subject_person(subject: str, rules: ExtractRules, pointed: bool = False) -> Cand | None:
    """A person the subject line proposes ("Demande de prise de parole - M. X, conseiller, Commune Y - plénière",
    "Speaker request: Dr. X, Director, Y", "طلب مداخلة | السيد X، مدير جمعية Y").

    `pointed`: the text sends the reader to the subject for the details, so a person written there without an
    honorific is proposed too, when a title or an organisation follows the name ("Speaker request - X, Title, Y").
    """
    pieces = [piece.strip() for piece in re.split(r"\s+[-–—|/]\s+|\s*[:：|]\s+", subject)]
    for k, piece in enumerate(pieces):
        body = _person_first(piece, rules)
        honorific = _honorific(body.strip(), rules)
        if honorific or pointed:
            c = person_phrase(body.strip(), rules, "prose")
            if pointed and not honorific and not (c is not None and (c.title or c.affiliation)) \
                    and name_like(body.strip(), rules)[1] and k + 1 < len(pieces) and not re.search(r"[,،]", pieces[k + 1]):
                # "طلب مداخلة / X / مدير البرامج / الشبكة ...": the name, its post and its body each a piece of its own
                # (not "Demande - X, coordinatrice, Y": the next piece is a person of its own)
                c = person_phrase(", ".join([body.strip(), *pieces[k + 1 : k + 3]]), rules, "prose")
            if c is not None and c.name and (honorific or c.title or c.affiliation):
                return c
    return None


def _possessive_person(phrase: str, rules: ExtractRules) -> bool:
    """Whether a phrase is a possessive and a person: a post ("our programme manager"), or a noun for a member or a
    speaker ("notre membre", "our speaker").

    Whatever else follows a possessive ("notre Ambassade", "our Chamber", "notre association") is the proposer's own
    body: speaking on its behalf proposes no one else.
    """
    if possessive_post(phrase, rules):
        return True
    words = [w.strip(",.;:") for w in fold(phrase).split(None, 2)]
    if len(words) < 2 or words[0] not in rules.possessives:
        return False
    post = phrase.split(None, 2)[1]
    if post.endswith((",", "،")) and post[:-1].isupper() and words[1] in rules.titles_capitalised:
        return True  # "our ED, Dana X": a post in capitals set off by its comma
    return words[1] in rules.membership or any(p.search(words[1]) for p in rules.speaking)


# a post with its article and the body it belongs to only pointed back at, set off by a comma (folded): "the president
# of the association, ", « la présidente de l'association, », « le coordinateur du réseau, »
_POST_OF_BODY = re.compile(r"^(?:the|la|le)\s+(?P<post>[^,;:]+?)\s+(?:of\s+(?:the|our)\s+|de\s+(?:la\s+|l'|notre\s+)|du\s+)"
                           r"[^\s,]+\s*,\s*$")


def _post_of_our_body(phrase: str, rules: ExtractRules) -> str | None:
    """The post when a phrase set off by its comma is a post of the body the message speaks for, the body only pointed
    back at ("The president of the association, ", « La présidente de l'association, », "رئيس الجمعية، "): the
    equivalent of "our president, ", so the name after the comma is the person's, not a clause's subject."""
    text = phrase.strip().rstrip(",،").strip()
    if ARABIC.match(text):
        return text if len(text.split()) <= 3 and post_at_reference(text, rules) else None
    m = _POST_OF_BODY.match(fold(phrase).strip())
    if m is None or not rules.title_words.has(m["post"].split()[0]) or not is_reference(text.split()[-1], rules):
        return None
    return clean_value(text.split(None, 1)[1], rules)


def _post_of_the_body(phrase: str, rules: ExtractRules) -> bool:
    """Whether a folded phrase opens with a post of the body the message speaks for, written in Arabic as a post and
    the body that points back at it ("رئيس الجمعية", "مديرة المنظمة"): the equivalent of "our president". After a
    clause saying on whose behalf one writes only: a post proposed ("نرشح منسق الشبكة") may be the sender's own."""
    words = phrase.split()
    return len(words) > 1 and bool(ARABIC.match(words[0])) and rules.title_words.hits(words[0]) > 0 \
        and is_reference(words[1], rules)


def _whole_sentence(line: str, start: int, rules: ExtractRules) -> str:
    """The whole sentence around a position of a line."""
    return _sentence_before(line, start) + sentence_from(line, start, rules)


def _sentence_before(line: str, pos: int) -> str:
    """The part of the sentence before a position."""
    pieces = re.split(r"(?<=[.!?؟;])\s+(?=\S)", line[:pos])
    return pieces[-1] if pieces else ""


def line_sentences(line: str, rules: ExtractRules) -> list[tuple[int, str]]:
    out, pos = [], 0
    while pos < len(line):
        sent = sentence_from(line, pos, rules)
        out.append((pos, sent))
        pos += len(sent) + 1
    return out


def possessive_start(sent: str, pos: int, rules: ExtractRules) -> int:
    """Where "our President, Mrs. X" / "Notre secrétaire général, M. X" starts, given the honorific's position."""
    before = sent[:pos].rstrip()
    if len(last := before.rsplit(None, 1)) == 2 and fold(last[1]) in rules.articles:
        before = last[0]  # an article before the honorific: "Notre aumônier, le Père X", "our chaplain, the Rev. Y"
    if not before.endswith((",", "،")):
        return pos
    cut = max(before.rfind(",", 0, len(before) - 1), before.rfind("،", 0, len(before) - 1)) + 1
    words = list(re.finditer(r"\S+", before[cut:-1]))
    for k in range(len(words) - 1, -1, -1):
        if fold(words[k].group()) in rules.possessives:
            if len(words) - k - 1 <= 5 and possessive_post(before[cut + words[k].start() : -1], rules):
                return cut + words[k].start()
            break
    return pos


# a preposition or conjunction glued to an Arabic honorific's article: "للأستاذة", "بالسيد", "والدكتورة"
_GLUED_ARTICLE = re.compile(r"^(?:لل|[بوفك]ال)(?=[\u0621-\u064a])")


def unglued(word: str) -> str:
    """An Arabic word without the preposition or conjunction glued to its article ("للدكتورة" -> "الدكتورة",
    "بالسيد" -> "السيد"); "لل" is "ل" and the article, whose alif is dropped."""
    return _GLUED_ARTICLE.sub("ال", word)


_TITLE_THEN_COMMA = re.compile(r"\s+[^,،.;:]{2,60}?[,،]\s+(?=\S)")
_NAME_THEN_POST = re.compile(
    r"(?P<name>\b[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})\s+(?P<post>(?:our|the|notre|sa|son|leur)\s+(?:[a-z][^\W\d_]*\s+){0,5}?"
    r"[a-z][^\W\d_]*)(?=\s+(?:and\s+|et\s+)?[A-Z]|\s+(?:they|who|ils|elles|qui)\b|\s*$)")
_POSSESSIVE_AFTER_AND = re.compile(r"(?:^\s*|[:;]\s*|\s(?:and|et)\s+)(?P<pos>\w+)\s", re.IGNORECASE)  # "... and our X"


def _honorific_mentions(line: str, rules: ExtractRules, source: str, acronyms: Mapping[str, str]) -> list[Cand]:
    """People named after an honorific inside a sentence about speaking ("would be honoured if Prof. X ...")."""
    out: list[Cand] = []
    # a sentence about speaking: the speaking words, the role words or a proposing cue; only those the line may hold
    whole = Haystack(fold(line))
    cues = [p for p in (*rules.speaking, *(p for _, pats in rules.roles for p in pats),
                        *(c.regex for c in rules.prose if c.third_party)) if whole.may_match(p)]
    if not cues:
        return out
    announced = False  # the sentence before was about speaking and closed on a colon: this one gives its person
    for offset, sent in line_sentences(line, rules):
        fs = fold(sent)
        cued = any(p.search(fs) for p in cues)
        # ("for Roundtable 3: our Network Focal Point, X"; "pour la table ronde 2 : notre trésorière, Mme Y")
        after_colon, announced = announced, cued and line[offset + len(sent) : offset + len(sent) + 1] == ":"
        if not cued and not after_colon:
            continue
        prev: str | None = None
        prev_at = 0
        mentioned_at: int | None = None  # the last person the sentence only mentions (a founder, someone thanked)
        named_to = 0  # where the name of the last person read ends: a form of address before it is a part of it
        for m in re.finditer(r"\S+", sent):
            word = m.group()
            at = m.start()
            # "le Cheikh X", "the Imam Y": a word that is also a name is a form of address after an article
            by_article = prev is not None and fold(prev) in rules.articles and fold(word) in rules.honorifics_after_article
            if word.startswith("و") and split_honorific(word[1:], rules)[0]:
                word, at = word[1:], at + 1  # "والسيدة هدى": "and Mrs. Huda"
            end = at + len(word)
            glued = unglued(word) != word and split_honorific(unglued(word), rules)[0] is not None
            if glued:
                word = unglued(word)  # "الكلمة للدكتورة هدى": "the floor for Dr. Huda"
            hon = word if by_article else split_honorific(word, rules)[0]
            if hon is None and listed_phrase_honorific(sent[at:].split()[:4], rules):
                hon = word  # "la candidature du Général de brigade X": a rank of several words, listed whole
            if by_article:
                at = prev_at  # the phrase is read from the article
            after_hon = prev is not None and prev_at >= named_to and split_honorific(prev, rules)[0] is not None
            greeted = prev is not None and fold(prev).strip(",.:!") in rules.greetings
            prev, prev_at = word, m.start()
            if not hon or after_hon or greeted or at < named_to:
                continue  # ("نرشح السيد سامر الشيخ لتقديم مداخلة": "الشيخ" is his family name, not one more person's address)
            if _only_mentioned(sent, at, mentioned_at, rules):
                mentioned_at = at
                continue
            if _for_principal(sent[:at], sent[end:], rules):
                continue
            start = possessive_start(sent, at, rules)
            c = person_phrase(word + sent[end:] if glued else sent[start:], rules, source)
            if c is None or not c.name or any(same_person(c.name, o.name) for o in out):
                continue
            if start == at and not c.title:
                start = _arabic_title_before(sent, at, c, rules) if ARABIC.search(word) else _possessive_title_before(sent, at, c, rules)
            if not cued and start == at:
                continue  # after a colon, only a post before the name marks the person ("Speaker: Mr. X" is a label)
            c.subject_org = clause_org(sent[:start], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + at, sent
            out.append(c)
            named_to = at + len(c.name) if (k := sent.find(c.name, at)) < 0 else k + len(c.name)
            for person in (people := plural_list(sent[at:], rules)) and people[1][1:] or ():
                # "Mmes A, présidente, B, trésorière, et C, animatrice": one form of address for each name of the list
                other = person_phrase(f"{people[0]} {person}", rules, source)
                if other is None or not other.name or any(same_person(other.name, o.name) for o in out):
                    continue
                other.subject_org = c.subject_org
                other.lines, other.sentence_roles, other.role_more = (line,), True, sent
                other.pos = offset + max(sent.find(person, at), at)
                out.append(other)
                named_to = max(named_to, other.pos - offset + len(person))
        # "our programme manager, Mustafa Jabbar, to take part": a possessive title marks the name after it, as a
        # post of the body only pointed back at does ("the president of the association, Leila X, would like ...")
        for w in re.finditer(r"\S+", sent):
            m = _TITLE_THEN_COMMA.match(sent, w.end())
            post = _post_of_our_body(sent[w.start() : m.end()], rules) if m else None
            if m is None or not post and not _possessive_person(sent[w.start() : m.end()], rules) \
                    or _only_mentioned(sent, w.start(), None, rules):
                continue  # ("With the blessing of our parish priest, Fr. X, we nominate ...": X is only mentioned)
            if post and any(q.end() == len(fb) for fb in [fold(sent[: w.start()]).rstrip()]
                            for p in rules.behalf for q in p.finditer(fb)):
                continue  # "At the request of the president of the association, X, I would like ...": X only asks
            c = person_phrase(sent[m.end() :] if post else sent[w.start() :], rules, source)
            if c is None or not c.name or any(same_person(c.name, o.name) for o in out):
                continue
            if post:
                c.set("title", post, source)
                c.org_ref = True
            c.subject_org = clause_org(sent[: w.start()], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + m.end(), sent
            out.append(c)
        # "our founder and executive director Dina Mansour and our legal officer Heba Saied": possessive posts joined by
        # "and", each right before its name, as a message dictated or typed in haste writes them, with no comma
        for w in _POSSESSIVE_AFTER_AND.finditer(sent) if cued else ():
            if fold(w["pos"]) not in rules.possessives:
                continue
            c = person_phrase(sent[w.start("pos") :], rules, source)
            if c is None or not c.name or not c.title or any(same_person(c.name, o.name) for o in out):
                continue
            # (the post then the name, nothing else between, and the sentence goes on to what they are proposed for:
            # not "Our proposed speaker is X, Y", nor "and our vice chairman X can also help")
            named_at = sent.find(c.name, w.start("pos"))
            if named_at < 0 or re.search(r"[,،;:]", sent[w.start("pos") : named_at]) \
                    or not asks_for_role(sent[named_at + len(c.name) :], rules):
                continue
            c.subject_org = clause_org(sent[: w.start()], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + w.start("pos"), sent
            out.append(c)
        # "... for the conference Grace X our chairperson Aster Y our treasurer and Rahel Z the secretary of the board
        # they would like to speak": names each followed by a post, as speech dictated to a phone writes them, no comma
        for w in _NAME_THEN_POST.finditer(sent) if cued and not re.search(r"[,،;]", sent) else ():
            post = w["post"].split(None, 1)[1]
            if not rules.title_words.hits(fold(post)):
                continue
            c = person_phrase(f"{w['name']}, {post}", rules, source)
            if c is None or not c.name or not c.title or any(same_person(c.name, o.name) for o in out):
                continue
            c.org_ref = True
            c.subject_org = clause_org(sent[: w.start()], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + w.start(), sent
            out.append(c)
        # "ستشارك بدلاً مني زميلتي ريم عيتاني، ...", "my colleague Sara Haddad will speak": a colleague named
        fsent = Folded(sent)
        for p in rules.lead_in if cued else ():
            for m in p.finditer(fsent.text):
                at = fsent.at(m.start())
                if at and not sent[at - 1].isspace():
                    continue
                c = person_phrase(sent[at:], rules, source)
                if c is None or not c.name or any(same_person(c.name, o.name) for o in out):
                    continue
                c.subject_org = clause_org(sent[:at], rules, acronyms)
                c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + at, sent
                out.append(c)
    return out


def _given_name_first(phrase: str, rules: ExtractRules) -> bool:
    """Whether a phrase opens with a word that may be a given name: no article, no body or office word ("يرشح المكتب
    سعادة الملحق X", "يرشح مكتبنا ..." name the body that proposes, not a person)."""
    f = fold((phrase.split() or [""])[0]).strip(".,،")
    return not f.startswith("ال") and not rules.org_words.has(f) and f not in rules.offices \
        and not is_reference(f, rules) and not (f.endswith("نا") and f[:-2] in rules.offices)


def _for_principal(before: str, after: str, rules: ExtractRules) -> bool:
    """Whether the person between `before` and `after` is the principal a request is made for: the words before end
    saying on whose behalf, and the rest of the sentence nominates someone else ("On behalf of Ms. X, Director, the
    Office would like to nominate the following colleague"). The words before may give the principal's post first, up
    to a comma ("On behalf of the Secretary-General of the Forum, H.E. Mr. X, I have the pleasure to submit ...")."""
    fb = fold(before).rstrip()
    ends = [q.end() for p in rules.behalf for q in p.finditer(fb)]
    if not ends or not _POST_BEFORE_PRINCIPAL.fullmatch(fb[max(ends) :]):
        return False
    return any(p.search(fold(after)) for p in rules.principal_after)


_POST_BEFORE_PRINCIPAL = re.compile(r"(?:\s[^.;:!?]{0,120},)?")


def only_mentioned_names(text: str, rules: ExtractRules) -> list[str]:
    """Names after an honorific that their sentence only mentions (a founder, someone thanked, a patron, an interpreter
    or an assistant who comes along: "My interpreter, Mr. X, will voice it")."""
    out = []
    for line in logical_lines(text):
        for _, sent in line_sentences(line, rules):
            mentioned_at: int | None = None  # the last one mentioned: one joined to it is too ("with Dr. X and Ms. Y")
            for m in re.finditer(r"\S+", sent):
                if split_honorific(m.group(), rules)[0] and _only_mentioned(sent, m.start(), mentioned_at, rules) \
                        and (name := _name_after_honorific(sent[m.start() :], rules)):
                    out.append(name)
                    mentioned_at = m.start()
    return out


def _only_mentioned(sent: str, at: int, mentioned_at: int | None, rules: ExtractRules) -> bool:
    """Whether the person whose honorific is at `at` is only mentioned, not proposed: the sentence before says who
    founded the body or whom it thanks ("set up by the late Mr. X", "تأسس بمبادرة من الدكتور X", "grateful to Ms. Y"),
    or joins them to one so mentioned ("par M. X et Mme Y"; `mentioned_at` is that one's honorific)."""
    before = fold(sent[:at])
    if any(p.search(before) for p in rules.mentioned):
        return True
    if mentioned_at is None:
        return False
    between = fold(sent[mentioned_at:at]).split(None, 1)[-1].rstrip()  # (from after that honorific: "M." has a period)
    return not re.search(r"[.;:!?؟]", between) and any(between.endswith(" " + w) for w in rules.mention_links)


def _possessive_title_before(sent: str, at: int, c: Cand, rules: ExtractRules) -> int:
    """A title after a possessive just before the honorific ("notre secrétaire générale Mme X"), or set off by a comma
    ("our Director of Population and Social Statistics, Mr. X"): set it, return where it starts."""
    # in apposition the post must open right after the possessive, and may be longer ("of X and Y")
    apposition = sent[:at].rstrip().endswith(",")
    words = list(re.finditer(r"[^\s,;:()]+", sent[:at]))[-(12 if apposition else 6) :]
    opening = _opening_post_start(sent, at, rules) if apposition else None
    # (an acronym in brackets may close the body: "La présidente de l'Association X (AX), Mme Y")
    if opening is None and (not words or sent[words[-1].end() : at].strip() not in ("", ",", "),")):
        return at  # other punctuation between: not one phrase
    if apposition and ((start := opening) is not None or (start := _definite_post_start(sent, words, rules)) is not None):
        title, aff, _ = _title_and_org(clean_value(sent[start:at].rstrip().rstrip(","), rules), "", rules)
        c.set("title", title, "prose")
        if aff:
            set_affiliation(c, aff, rules, "prose")
        c.org_ref = not aff
        return start
    for k in range(len(words) - 2, -1, -1):
        if fold(words[k].group()) in rules.possessives:
            phrase = sent[words[k].start() : words[-1].end()]
            if "," in phrase or not possessive_post(phrase, rules) \
                    or (apposition and not rules.title_words.has(fold(words[k + 1].group()))):
                return at  # "notre membre Mme X": how she belongs to the proposer, not her title
            c.set("title", clean_value(sent[words[k + 1].start() : words[-1].end()], rules), "prose")
            c.org_ref = True
            return words[k].start()
    return at if apposition else _post_after_cue(sent, words, c, rules) or _post_after_comma(sent, words, c, rules) or at


def _opening_post_start(sent: str, at: int, rules: ExtractRules) -> int | None:
    """Where a post without an article that opens the sentence and runs up to the comma before the honorific starts
    ("Secrétaire générale de la Fédération X (FX), Mme Y souhaiterait", "Executive Director of Z, Ms W will"), or None.
    The post is at most four words before the first link, one of them a title word (its head opens it in French,
    "Secrétaire générale", and closes it in English, "Programme Manager"); from the link on, each word is a title word,
    a link, a field or capitalised (the body it names)."""
    words = list(re.finditer(r"[^\s,;:()]+", sent[:at]))
    if not 1 < len(words) <= 16 or sent[: words[0].start()].strip() or sent[words[-1].end() : at].strip() not in ("", ",", "),"):
        return None
    link = next((k for k, w in enumerate(words) if fold(w.group()) in rules.open_ends), len(words))
    if 0 < link <= 4 and any(rules.title_words.has(fold(w.group())) for w in words[:link]) and all(_named(w.group()) or fold(w.group()) in rules.open_ends
                         or rules.title_words.hits(fold(w.group())) or rules.fields.has(fold(w.group())) for w in words[link:]):
        return words[0].start()
    return None


def _post_after_comma(sent: str, words: list[re.Match[str]], c: Cand, rules: ExtractRules) -> int | None:
    """A bare post that opens a clause and runs into the honorific ("l'Association X (AX), coordinatrice terrain Mme Y,
    souhaiterait", "the X Centre, field coordinator Ms. Y, would like"): set it, return where it starts. A word saying
    how the person belongs ("membre", "member") is no post."""
    for k in range(len(words) - 1, max(len(words) - 4, 0) - 1, -1):
        if not sent[: words[k].start()].rstrip().endswith((",", "،")):
            continue
        post = [w.group() for w in words[k:]]
        # (the post's head opens it in French, "coordinatrice terrain", and closes it in English, "field coordinator")
        if (rules.title_words.has(fold(post[0])) or rules.title_words.has(fold(post[-1]))) and _bare_post_run(post, rules) \
                and not {fold(w) for w in post} & rules.membership:
            c.set("title", clean_value(" ".join(post), rules), "prose")
            return words[k].start()
        return None
    return None


def _post_after_cue(sent: str, words: list[re.Match[str]], c: Cand, rules: ExtractRules) -> int | None:
    """A capitalised post right after a proposing verb, before the honorific ("to nominate Senior Fellow Dr. X",
    "we propose Executive Director Ms. Y"), or opening the phrase or list item ("1. Deputy Mayor Dr. X - for ..."): set
    it, return where it starts."""
    for k in range(len(words) - 1, max(len(words) - 5, 0) - 1, -1):
        post = [w.group() for w in words[k:]]
        if not all(w[:1].isupper() for w in post) or not _bare_post_run(post, rules):
            return None
        before = fold(sent[: words[k].start()])
        if not before.strip(" -–—•*·.)0123456789") or any(cue.third_party and (m := cue.regex.search(before)) and m.end() == len(before) for cue in rules.prose):
            c.set("title", clean_value(" ".join(post), rules), "prose")
            return words[k].start()
    return None


def _definite_post_start(sent: str, words: list[re.Match[str]], rules: ExtractRules) -> int | None:
    """Where a post opened by a definite article ends just before a comma and the name starts ("the Mayor of Sfax,",
    "le Vice-Président chargé des Affaires Sociales,", "l'Adjointe au Maire,"), or None.

    Every word of the post is a title word, a link ("of", "chargé des"), a field it covers ("le Maire adjoint chargé des
    affaires sociales,") or capitalised (the body or place it names): "the floor for the Ministry, Mr. X" or "the
    support of the Director, Mr. X" read something else."""
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        f = fold(word)
        glued = f[:2] in ("l'", "l’") and len(f) > 2
        # an English genitive opens the post as an article does, and a modifier may come first: "RRP-K's Research
        # Lead, Ms X", "the Centre's programme manager, Dr Y"
        genitive = f.endswith(("'s", "’s")) and k + 1 < len(words)
        opens = f in rules.definites and k + 1 < len(words)
        head = f[2:] if glued else fold(words[k + 1].group()) if opens else ""
        if genitive and any(rules.title_words.hits(fold(w.group())) for w in words[k + 1 :]):
            head = fold(words[k + 1].group())
        elif head and not rules.title_words.hits(head):
            head = ""
        if head:
            post = words[k + (0 if glued else 1) :]
            if all(rules.title_words.hits(fold(w.group())) or fold(w.group()) in rules.open_ends or _named(w.group())
                   or rules.fields.has(fold(w.group())) for w in post[1:]):
                return post[0].start() + (2 if glued else 0)
            return None
        if not (_named(word) or f in rules.open_ends or rules.title_words.hits(f) or rules.fields.has(f)):
            return None  # a word that is neither: the phrase before the comma is no post
    return None


def _named(word: str) -> bool:
    """Whether a word is capitalised, after an elided article ("l'Association", "d'Oujda"): part of a body's name."""
    return ELISION.sub("", word)[:1].isupper()


def _arabic_title_before(sent: str, at: int, c: Cand, rules: ExtractRules) -> int:
    """A title written just before the honorific, or before it and a comma ("مديرة البرامج لدينا السيدة X",
    "يشارك مدير البرامج في المؤسسة، الدكتور X،"): set it, return where it starts."""
    before = list(re.finditer(r"[^\s,،.:;]+", sent[:at]))
    words = before[-5:]
    if sent[words[-1].end() : at].strip() not in ("", ",", "،") if words else True:
        return at  # other punctuation between: not one phrase
    for k, w in enumerate(words):
        f = fold(w.group())
        # (a post with the possessive joined to it, "رئيستها، السيدة X": the feminine's ة written ت, no title word as is)
        if not rules.title_words.has(f) and _possessed_post(w.group(), rules) is None:
            continue
        if f.startswith("و") and rules.title_words.has(f[1:]):
            # "عضو المجلس ومقرر لجنة ...": a second post joined to a first one just before it
            at_k = len(before) - len(words) + k
            first = [v for v in before[max(0, at_k - 3) : at_k] if rules.title_words.has(fold(v.group()))]
            if not first:
                continue
            w = first[0]
        title = sent[w.start() : words[-1].end()]
        # "لدينا"/"في جمعيتنا": at the proposing organisation
        bare = _AT_OURS.sub("", re.sub(r"\s+(?:لدى|في)\s+\S+$", "", title))
        if " " in bare and glued_reference(bare.split()[-1], rules):
            bare = bare.rsplit(None, 1)[0]  # "الأمينة العامة للجمعية، السيدة X": of the proposing body
        if bare != title or is_reference(title.split()[-1], rules):
            c.org_ref = True
        c.set("title", clean_value(bare, rules), "prose")
        return w.start()
    return _post_in_body_before(sent, before, c, rules) or at


def _post_in_body_before(sent: str, before: list[re.Match[str]], c: Cand, rules: ExtractRules) -> int | None:
    """A post and the body that holds it written before the honorific, the body too long for the five words read
    above ("مشاركة مديرة التنمية المجتمعية في بلدية الزرقاء الكبرى السيدة X"): set the post (a title word and its
    definite complements) as the title and the body as the affiliation, return where the post starts."""
    words = before[-12:]
    for j in range(len(words) - 1, 0, -1):
        # the body after "في"/"لدى", or after "ل"/"ب" glued to its article ("المفوض العام للمركز الوطني ...")
        glued = article_org(words[j].group(), rules)
        if fold(words[j].group()) not in rules.held_in and glued is None:
            continue
        if len(words) - j - 1 > 6 or re.search(r"[.:;!؟]", sent[words[j].start() : words[-1].end()]):
            return None  # a longer body, or another clause: not one phrase
        for k in range(max(0, j - 6), j):
            run = [w.group() for w in words[k:j]]
            # (a body's word in the run makes it the organisation's name: "رئيس الاتحاد العام للنقابات ...")
            if ARABIC.match(run[0]) and _bare_post_run(run, rules) and not any(rules.org_words.has(fold(w)) for w in run[1:]):
                c.set("title", clean_value(sent[words[k].start() : words[j - 1].end()], rules), "prose")
                rest = sent[words[j + 1].start() : words[-1].end()] if j + 1 < len(words) else ""
                set_affiliation(c, f"{glued} {rest}".rstrip() if glued else rest, rules, "prose")
                return words[k].start()
        if glued is None:
            return None
        # ("... في مركز X بالجامعة الأردنية": a body glued to the one before it, whose post may come before that)
    return None
