"""Speaker candidates and the values they hold: names and honorifics, titles and affiliations cleaned of
signature noise, references to the proposing organisation, and acronyms expanded to the fullest form written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from intake.extract_rules import ARABIC, ARTICLE, PARTICLE_PREFIX, SEPARATORS, ExtractRules, word_tokens
from intake.folding import Folded, fold
from intake.text import split

# ---------------------------------------------------------------------------------------------
# Candidates


@dataclass
class Cand:
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
    first_person: bool = False  # named by the sender as themself ("I am X", "je suis X"), name and all
    outsider: bool = False  # someone the sender acts for ("my client X"): the sender's organisation is not theirs
    stands_in: bool = False  # the alternate of the speaker named before ("the alternate will be X"): the same roles
    prov: dict[str, str] = field(default_factory=dict)

    def set(self, what: str, value: str | None, source: str) -> None:
        if value and not getattr(self, what):
            setattr(self, what, value)
            self.prov[what] = source


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two names are one person's: the same words, or two or more shared and the rest of one name; an initial
    stands for a word of the other name ("Omer H. Elbashir", "Omer Hassan Elbashir")."""
    if not a or not b:
        return False
    ta, tb = set(word_tokens(fold(a))), set(word_tokens(fold(b)))
    ta, tb = _spelt_out(ta, tb), _spelt_out(tb, ta)
    common = ta & tb
    return ta == tb or (len(common) >= 2 and common in (ta, tb))


def _spelt_out(words: set[str], other: set[str]) -> set[str]:
    """A name's words with each initial replaced by the one word of the other name it can stand for."""
    def word(w: str) -> str:
        full = [o for o in other - words if len(o) > 1 and o[0] == w]
        return full[0] if len(w) == 1 and len(full) == 1 else w
    return {word(w) for w in words}


# Arabic letters as Latin spellings write them, long vowels and ʿayn left out ("عوض" Awad, "الطيب" Eltayeb)
_LATIN_OF = str.maketrans({"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
                           "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f",
                           "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ا": "", "و": "", "ي": "", "ع": "",
                           "ء": ""})


def _skeleton(word: str) -> str:
    """A name word's consonants as a Latin spelling writes them, without its article ("الكريم", "Elkarim": "krm")."""
    f = fold(word).replace("-", "").replace("'", "")
    if ARABIC.search(f):
        f = f.removeprefix("ال").translate(_LATIN_OF)
    else:
        f = re.sub(r"^(?:al|el)(?=\w{3}|$)", "", f).replace("ch", "sh").replace("ph", "f").replace("q", "k").replace("g", "j")
        f = re.sub(r"[aeiouyw]", "", f)
    return re.sub(r"(.)\1+", r"\1", f).removesuffix("h")  # (folding writes ة as ه: "فاطمة", "Fatima")


def transcribed(a: str | None, b: str | None, rules: ExtractRules) -> bool:
    """Whether a name in Arabic letters and one in Latin letters write the same person ("عوض الكريم محمد الطيب", "Awad
    Elkarim Mohamed Eltayeb"): every word of the shorter has a word of the other with the same consonants, or the
    words run together do ("فاطمة الزهراء بن علي", "Fatima Zahra Benali")."""
    if not a or not b or bool(ARABIC.search(a)) == bool(ARABIC.search(b)):
        return False
    wa, wb = word_tokens(fold(a)), word_tokens(fold(b))
    if min(len(wa), len(wb)) >= 2 and "".join(map(_skeleton, wa)) == "".join(map(_skeleton, wb)):
        return True
    short, long_ = sorted(([_skeleton(w) for w in ws if w not in rules.particles] for ws in (wa, wb)), key=len)
    return len(short) >= 2 and all(s and s in long_ for s in short)


def spelt_alike(a: str | None, b: str | None, rules: ExtractRules) -> bool:
    """Whether two names in the same letters write one person spelt two ways ("Br. Muhammad Rizvi" over a request
    signed "Mohamed Rizvi Farook", "Fatoumata Diallo" and "Fatimata Diallo Barry"): a word in common, and every other
    word of the shorter, two or more, with a word of the other of the same consonants, three or more of them (so that
    "Ali" and "Ola" stay two names)."""
    if not a or not b or bool(ARABIC.search(a)) != bool(ARABIC.search(b)):
        return False
    short, long_ = sorted(([w for w in word_tokens(fold(n)) if w not in rules.particles] for n in (a, b)), key=len)
    skeletons = {_skeleton(w) for w in long_}
    return len(short) >= 2 and bool(set(short) & set(long_)) \
        and all(w in long_ or (len(k := _skeleton(w)) >= 3 and k in skeletons) for w in short)


# ---------------------------------------------------------------------------------------------
# Values: names, honorifics, noise


def strip_punct(value: str) -> str:
    out = value.strip().strip("*_\"'`.,;:،؛-–—|/ \t").strip()
    if out.count('"') % 2 and value[value.find(out) + len(out) :].startswith('"'):
        out += '"'  # 'التجمع الشبابي للمسرح التفاعلي "ركح"': a name in quotes closes the value, and keeps its quote
    if _DOTTED_END.search(out) and value[value.find(out) + len(out) :].startswith("."):
        out += "."  # "Chargé d'affaires a.i.", "Verein X e.V.": an abbreviation written with its dots keeps the last
    return out


_THE_POST = re.compile(r"^the\s+([^\W\d_]+)\b", re.IGNORECASE)  # "the Headmaster", "the Head of Programmes"
_QUOTE_CLOSED_ALONE = re.compile(r'^([^"“”«»]{3,})["”»]\s+\S')  # 'X" ببيروت': a closing quote with no opening one
_DOTTED_END = re.compile(r"(?:^|[\s(])[^\W\d_](?:\.[^\W\d_]{1,2})+$")  # "a.i", "e.V", "s.a.l" before the last dot


def first_token(text: str) -> str:
    """The first folded word of a text, or ""."""
    return (word_tokens(fold(text)) or [""])[0]


def opens_with_unit(line: str, rules: ExtractRules) -> bool:
    """Whether a Latin line opens with a unit word ("Faculté des Lettres", "Department of Medicine"). (Arabic joins a
    unit to its body with "ب", which does not chain over lines: left as read.)"""
    words = line.split()
    return bool(words) and not ARABIC.search(line) and first_token(words[0]) in rules.units


def listed_phrase_honorific(words: list[str], rules: ExtractRules) -> int:
    """How many words (three or two) at the start of words, a name after them, form an honorific listed whole
    ("Général de brigade X", "فضيلة الشيخ X", where "Général" alone is a post and "فضيلة" the given name Fadila);
    0 when none does."""
    return next((n for n in (3, 2) if len(words) > n and " ".join(fold(w) for w in words[:n]) in rules.honorifics), 0)


ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")  # one word of Arabic letters, no digit or mark


def split_honorific(text: str, rules: ExtractRules) -> tuple[str | None, str]:
    """Leading honorifics (possibly several) and the rest."""
    words = text.split()
    taken: list[str] = []
    while words:
        w = fold(words[0])
        if w in rules.honorific_names and len(words) > 2 and fold(words[1]) in rules.patronymics:
            break  # "الشيخ ولد محمد": a name does not open with "son of", so the form of address is the given name
        if w.startswith("وال") and w[1:] in rules.honorifics and len(words) > 1:
            # "والدكتورة X": the conjunction glued to the honorific's article goes with it ("and Dr X"); "وليد", "والي"
            # are names and posts, not an honorific after "و"
            taken.append(words.pop(0)[1:])
            continue
        if n := listed_phrase_honorific(words, rules):
            taken += words[:n]
            del words[:n]
            continue
        # "السيد/ عادل"; in the Egyptian formal style any one word glued to its slash is the form of address, a status
        # or rank as well as an honorific ("الطالبة/ هبة X", "أ/ منى Y", "م/ عمرو Z", "اللواء/ W"), though not the
        # salutation of a group ("السادة/ أمانة ...") nor a letter's subject line ("م/ طلب مشاركة": no name after it)
        if w in rules.honorifics or (w.endswith("/") and (len(words) < 2 or fold(words[1]) not in rules.not_name)
                                     and (w[:-1] in rules.honorifics or f"{w[:-1]}." in rules.honorifics  # "أ/" is "أ."
                                          or len(words) > 2 and ARABIC_WORD.fullmatch(w[:-1])
                                          and w[:-1] not in rules.not_name)):
            taken.append(words.pop(0).rstrip("/"))
            if len(words) > 1 and words[0] == "/":
                words.pop(0)  # "الأستاذة / آمنة": the slash of a formal letter, spaced on both sides
            continue
        if w in rules.honorifics_capitalised and len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
            taken.append(words.pop(0))  # "Si Lahcen X", as Maghrebi senders address a man; "si" ("if") is no address
            continue
        if w in rules.articles and len(words) > 2 and fold(words[1]) in rules.honorifics_after_article:
            # "le Cheikh X", "the Imam Y": a form of address that is also a name, told by the article before it
            words.pop(0)
            taken.append(words.pop(0))
            continue
        if w in rules.articles and len(words) > 2 and fold(words[1]) in rules.honorifics:
            # "M. le député X", "the Hon. X": an article inside a form of address; at its start it is left out
            article = words.pop(0)
            if taken:
                taken.append(article)
            continue
        if taken and _occupation_addressed(words, rules):
            taken.append(words.pop(0))
            continue
        # "د.منى" written without a space after the abbreviation, "السيد/عادل" after a slash
        m = re.match(r"^([^\W\d_]{1,4}\.|[^\W\d_]+(?=/))/?(\S+)$", words[0])
        if m and fold(m.group(1)) in rules.honorifics:
            taken.append(m.group(1))
            words[0] = m.group(2)
            continue
        break
    return (" ".join(taken) or None), " ".join(words)


def _occupation_addressed(words: list[str], rules: ExtractRules) -> bool:
    """Whether the first word, after a form of address, is an occupation that goes with it before a name ("الزميلة
    الصحفية هند X", "الأستاذ الباحث Y", "السيدة الناشطة Z"): a post with the article, then a given name, which takes no
    article and is no post, body or "son of"; not a post with its complement ("السيد الأمين العام")."""
    if len(words) < 3:
        return False
    w, nxt = fold(words[0]), fold(words[1])
    return w.startswith("ال") and rules.title_words.has(w) and bool(ARABIC_WORD.fullmatch(nxt)) \
        and not nxt.startswith("ال") and not rules.title_words.has(nxt) and not rules.org_words.has(nxt) \
        and nxt not in rules.patronymics and nxt not in rules.not_name


def _rank_before_honorific(value: str, rules: ExtractRules) -> tuple[str | None, str]:
    """A rank the honorifics do not list, one or two words before one they do, in a name value ("الوزير المفوض د. X",
    "Minister Plenipotentiary Dr. X", "Professeur Dr X"): it is part of the form of address, when a name of two words
    or more follows.

    The form of address is a doctor's or a professor's (`words.academic_honorifics`) or one abbreviated with its dot
    ("د.", "H.E."); not a bare "السيد" (also a surname: "محمد السيد علي") nor a Latin initial ("Ahmed M. Ali Hassan"),
    unless the rank opens with a post ("المستشار الأول السيد X", "Premier conseiller M. Y"), which no given name is."""
    words = value.split()
    for k in (1, 2):
        hon, rest = split_honorific(" ".join(words[k:]), rules)
        first = hon.split()[0] if hon else ""
        rank = words[:k]
        addressed = fold(first) in rules.academic_honorifics or first.endswith(".") and (len(first) > 2 or not first.isascii()) \
            or bool(hon) and any(rules.title_words.has(fold(w)) for w in rank)
        # words only, and no field's label: "Name | Mr. X", "الاسم الدكتور Y" are a table's cells run together
        if addressed and len(rest.split()) >= 2 and all(re.fullmatch(r"[^\W\d_]+", w) for w in rank) \
                and not any(fold(" ".join(rank)) == label for label, _field in rules.labels):
            return f"{' '.join(rank)} {hon}", rest
    return None, value


_ADDRESS_MARK = re.compile(r"([^\W\d_]{2,})/\s*(?=[^\W\d_]+\s+[^\W\d_])")


def clean_name(value: str, rules: ExtractRules) -> tuple[str | None, str | None]:
    """(honorific, name) from a name value; the name is None when it does not look like one."""
    value = re.split(r"\s*[(\[]", value, maxsplit=1)[0]
    parts = [p.strip() for p in re.split(r"[,،]", value)]
    head = parts[0]
    honorific, name = split_honorific(strip_punct(head), rules)
    if honorific is None:
        honorific, name = _rank_before_honorific(name, rules)
    if m := _ADDRESS_MARK.match(name):
        # "الفاضلة/ X", "المكرم/X": in a name value, a word the sender marks with a slash is how they address X
        honorific, name = " ".join(filter(None, (honorific, m.group(1)))), name[m.end() :]
    words = name.split()
    while words and fold(words[-1]).strip(".") in rules.bare_suffixes:
        words.pop()
    name = strip_punct(" ".join(words))
    if re.search(r"(?:^|[\s.])[A-Z]$", name) and head.rstrip().endswith(f"{name}."):
        name += "."  # "Ramesh K.C.": the dot closes an initial of the name
    toks = name.split()
    # (the particles and the "son of"/"daughter of" of a name chain are no words of their own: "Mohamed El Moctar Ould
    # Sidi Mohamed Ould Ebnou" is a name of five)
    words = [t for t in toks if fold(t) not in rules.particles and fold(t) not in rules.patronymics]
    if not toks or len(words) > rules.max_name_words or re.search(r"[\d@<>:]", name):
        return honorific, None
    return honorific, name


# A word written in capitals as a surname is in a roster ("BENNANI", "AL-HARBI", "N'DIAYE"): two letters or more.
_CAPITALS_WORD = re.compile(r"(?=\S{2})[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def given_name_first(name: str | None) -> str | None:
    """A name written surname first in capitals, as in a roster ("BENNANI Karima", "OULD CHEIKH Ahmed Salem",
    "KALALA MUTOMBO Jean-Pierre"), as a secretary records it: given names first, the surname in normal
    capitalisation ("Karima Bennani", "Ahmed Salem Ould Cheikh"). Only when the capitals open the name and every
    word after them is written as a given name is (capital, then small letters); a name all in capitals, or
    with its surname last ("Fatima Zahra EL IDRISSI"), is left as written."""
    words = (name or "").split()
    lead = 0
    while lead < len(words) and _CAPITALS_WORD.fullmatch(words[lead]) and words[lead].isupper():
        lead += 1
    rest = words[lead:]
    if not lead or not rest or not all(w[:1].isupper() and not w.isupper() for w in rest):
        return name
    surname = [re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), w) for w in words[:lead]]
    return " ".join(rest + surname)


_PLACE_PIECES = re.compile(r"[,،()]|\s+[-–—|/]\s+")
# An acronym of three letters or more, with a town after a hyphen ("ATMS-Sfax"); two capitals are as often a
# country's code ("Amman, JO") as an organisation.
_ACR_PIECE = re.compile(r"(?<![\w-])(?P<head>[A-Z][A-Z0-9&]{2,9})(?:-[A-Z][^\W\d_]{1,15})?(?![\w-])")


def is_place(text: str, rules: ExtractRules) -> bool:
    if names_branch(text, rules):
        return False  # "Riyadh Chapter", "section de Tanger": a body's branch, not its address
    f = fold(text)
    parts = [p for p in re.split(r"[,()]|\s+[-–|/]\s+", f) if p.strip()]
    if not parts:
        return False
    if all(rules.places.hits(p) and len(word_tokens(p)) <= 3 and not rules.org_words.hits(p) for p in parts):
        return True
    if _ACR_PIECE.search(text) and any(_is_acronym(piece, rules) for piece in _PLACE_PIECES.split(text)):
        return False  # "MAKTD - Beyrouth", "AMRN, Amman", "IMWRO – أربيل": an organisation's acronym with its town
    if (lead := re.split(r"\s*\|\s*", f, maxsplit=1))[1:] and not rules.places.hits(lead[0]):
        return False  # "Wasel Remit | Dubai, UAE": a name, then its address after a bar
    return len(word_tokens(f)) <= 4 and rules.places.hits(f) > 0 and not rules.org_words.hits(f) and not rules.title_words.hits(f)


def office_by_town(text: str, rules: ExtractRules) -> bool:
    """Whether a piece is an office named by its town alone ("Erbil office", "bureau de Tripoli", "مكتب أربيل"): after
    an organisation, its address. Not "Regional Office", "Jordan Field Office" nor "مكتب الشؤون الاجتماعية بمحافظة جدة"."""
    toks = word_tokens(fold(text))
    if len(toks) < 2 or rules.offices.isdisjoint({toks[0], toks[-1]}):
        return False
    rest = [t for t in toks if t not in rules.offices and t not in rules.name_links]
    return bool(rest) and only_places(" ".join(rest), rules)


def is_field(seg: str, rules: ExtractRules) -> bool:
    """Whether a phrase only names a field of work ("Protection", "Women's Economic Empowerment", "Legal Affairs")."""
    f = fold(seg)
    toks = [t for t in word_tokens(f) if len(t) > 1 and t not in rules.name_links and t not in rules.articles]
    return bool(toks) and len(toks) <= 4 and all(rules.fields.has(t) for t in toks) and not re.search(r"[A-Z]{2,}", seg)


def only_places(text: str, rules: ExtractRules, countries: bool = False) -> bool:
    """Whether every word of a value is a place ("Sudan", "الأردن"), unlike "Caritas Lebanon" which has a name;
    with `countries`, whether every word names a country ("Lebanon", "the Philippines"), not a town."""
    words = rules.countries if countries else rules.places
    joined = f" {' '.join(word_tokens(fold(text)))} "
    for phrase in words.multi:
        joined = joined.replace(f" {phrase} ", " ")
    toks = [t for t in joined.split() if t not in rules.articles]
    return bool(toks) and all(words.has(t) for t in toks)


def _is_acronym(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece of a line is an organisation's acronym, not a country written in capitals ("UAE", "KSA")."""
    m = _ACR_PIECE.fullmatch(piece.strip())
    return m is not None and not rules.places.hits(fold(m.group("head")))


def is_noise(text: str, rules: ExtractRules) -> bool:
    f = fold(text)
    return any(p.search(f) for p in rules.noise)


_PHONE = re.compile(r"[+(]?\d[\d\s().\u200e\u200f/-]{5,}\d")


def unit_rest(piece: str, rules: ExtractRules) -> list[str] | None:
    """The (folded) words of a piece besides the unit word at either end ("Oman Branch": ["oman"]), or the two or three
    unit words that open it ("Working Group on Labour Mobility": ["on", "labour", "mobility"]); None without one."""
    toks = word_tokens(fold(piece))
    for k in (3, 2):
        if len(toks) > k and " ".join(toks[:k]) in rules.units:
            return toks[k:]
    if not toks or rules.units.isdisjoint({toks[0], toks[-1]}):
        return None
    return toks[1:] if toks[0] in rules.units else toks[:-1]


def org_head(line: str, rules: ExtractRules) -> str | None:
    """The first organisation word of a line, without an Arabic article ("Université", "الجامعة" -> "جامعه")."""
    for t in word_tokens(fold(line)):
        if rules.org_words.has(t):  # which also knows the word without its article: return that form
            bare = t.removeprefix("ال")
            return bare if bare != t and rules.org_words.has(bare) else t
    return None


def names_unit(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece names a unit or a branch of a body by a unit word at either end ("Directorate of X", "Legal Aid
    Unit", "Oman Branch", "فرع حلب")."""
    return unit_rest(piece, rules) is not None


def _regional_office(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece names an office by the region it covers ("مكتب الشرق الأوسط وشمال أفريقيا", "Middle East and
    North Africa Bureau", "Bureau pour l'Afrique du Nord"): where a post sits, not an address as an office named by
    its town is ("مكتب أربيل")."""
    toks = [t.removeprefix("ال") if t.removeprefix("ال") in rules.offices else t for t in word_tokens(fold(piece))]
    if toks and toks[0] in rules.offices:
        toks = toks[1:]
    elif toks and toks[-1] in rules.offices:
        toks = toks[:-1]
    else:
        return False
    while toks and toks[0] in rules.name_links:
        toks = toks[1:]
    return bool(toks and rules.regions and rules.regions.fullmatch(" ".join(toks)))


def names_part(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece names a part of a body: a unit, or an office by an office word at either end and what it does
    ("Bureau des migrants", "Regional Office"); an office named by its town only is an address ("مكتب أربيل")."""
    if names_unit(piece, rules):
        return True
    toks = [t.removeprefix("ال") if t.removeprefix("ال") in rules.offices else t for t in word_tokens(fold(piece))]
    if not toks or rules.offices.isdisjoint({toks[0], toks[-1]}):
        return False
    rest = [t for t in toks if t not in rules.offices and t not in rules.name_links]
    return not rest or not is_place(" ".join(rest), rules)


def names_seat(piece: str, rules: ExtractRules) -> bool:
    """Whether an Arabic piece names the body's seat rather than a body ("المركز الرئيسي", "بالمقر", "بالفرع
    الرئيسي"): where the person works inside the body named before it, no part of its name (not "فرع حلب", a branch
    named by its town, nor "بالمركز الوطني للبحوث", a body)."""
    words = [fold(strip_punct(w)) for w in piece.split()]
    if not 1 <= len(words) <= 2:
        return False
    head = words[0].removeprefix("ب")
    if not head.startswith("ال") or head[2:] not in rules.seats:
        return False
    return words[1] in rules.seat_main if len(words) == 2 else head[2:] not in rules.seats_main_only


def names_branch(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece names a body's branch by its place: a unit word at either end, a place for the rest ("Riyadh
    Chapter", "section de Tanger", "فرع الرياض"); after a word that names only a branch, a town or region the places
    list lacks too ("Gulf Branch", "Zaatari branch", "فرع الزرقاء")."""
    rest = [t for t in unit_rest(piece, rules) or [] if t not in rules.name_links]
    if not rest:
        return False
    if is_place(" ".join(rest), rules):
        return True
    words = piece.split()
    if len(words) < 2 or rules.branches.isdisjoint({fold(words[0]).strip(), fold(words[-1]).strip()}):
        return False
    town = [w for w in words if fold(w).strip() not in rules.branches and fold(w).strip() not in rules.name_links]
    return bool(town) and reads_as_town(" ".join(town), rules)


def _without_org_lead(value: str, fv: Folded, rules: ExtractRules) -> str:
    """An organisation without the preposition that led to it ("عن منتدى المهاجرين", "pour le Cercle X", "On behalf of the
    X Network"), when an organisation follows: its word first, or a capitalised name with one."""
    m = next((m for p in rules.org_lead if (m := p.match(fv.text))), None)
    if not m:
        return value
    rest = ARTICLE.sub("", value[fv.at(m.end()) :])
    named = rest[:1].isupper() and rules.org_words.hits(fold(rest)) > 0
    return rest if rules.org_words.has(first_token(rest)) or named else value


# The last item of an enumeration: a word or two, "and"/"et"/"و", then what closes the list ("Économiques et Sociales",
# "Economics and Social Sciences", "الاقتصادية والاجتماعية")
LIST_END = re.compile(r"\s*\w[\w'’-]*(?:\s+\w[\w'’-]*)?\s+(?:(?:and|et|&)\s+\w|و\w)", re.IGNORECASE)


# A value that opens with a person's form of address and a name, after "with" or "and" at most ("with Ms. Farah Odeh")
_PERSON_LEAD = re.compile(r"^(?:with|and|together with|avec|et)\s+")
_CAPITALISED_PAIR = re.compile(r"^[A-Z][\w'’-]+\s+[A-Z]")


# A post written again in English or French in brackets after its Arabic ("مسؤولة الحماية الميدانية (Field Protection
# Officer)"): the same post, not part of it
_LATIN_IN_BRACKETS = re.compile(r"\s*\((?P<v>[A-Za-z][^()\u0600-\u06ff]*)\)$")


def _without_translated_post(value: str, rules: ExtractRules) -> str:
    m = _LATIN_IN_BRACKETS.search(value)
    if m is None or not ARABIC.search(value[: m.start()]) or len(m["v"].split()) < 2:
        return value
    v = fold(m["v"])
    return value[: m.start()] if rules.title_words.hits(v) and not rules.org_words.hits(v) else value


def clean_value(value: str | None, rules: ExtractRules, title_cell: bool = False) -> str | None:
    """A title or affiliation without what the message wrote around it: contact details, places, member-of notes,
    a leading preposition, a run-on into a role label or the list of speakers. `title_cell`: the value fills a form's
    or table's title field, where a unit after a dash is where the post sits ("خبير إحصائي - قسم المسوح الأسرية")."""
    if not value:
        return None
    value = re.split(r"\s*\t\s*", value.strip(), maxsplit=1)[0]  # a tab ends a cell of a table typed as text
    if quoted := _QUOTE_CLOSED_ALONE.match(value):
        value = quoted.group(1)  # 'المنسقة العامة لـ"تجمّع X" ببيروت': the name the quotes closed, its opening one cut off
    if (lead := _THE_POST.match(value)) and rules.title_words.has(fold(lead.group(1))):
        value = value[lead.start(1) :]  # "Mr X, the Headmaster, for ...": the post, without the article
    value = _without_translated_post(value, rules)
    honorific, rest = split_honorific(_PERSON_LEAD.sub("", value, count=1), rules)
    if honorific and _CAPITALISED_PAIR.match(rest):
        return None  # "..., Regional Adviser, with Ms. Farah Odeh ... as alternate": another person, no body or post
    fv = Folded(value)
    m = rules.joins_list.search(fv.text)
    if m and m.start() > 0:
        value = value[: fv.at(m.start())]
        fv = Folded(value)
    led = _without_org_lead(value, fv, rules)
    if led != value:
        value, fv = led, Folded(led)
    for p in rules.trim:
        m = p.search(fv.text)
        if m and not _spells_out(value[: fv.at(m.start())], value[fv.at(m.start()) : fv.at(m.end())], rules):
            value = (value[: fv.at(m.start())] + value[fv.at(m.end()) :]).strip()
            fv = Folded(value)
    seps = [m.group() for m in SEPARATORS.finditer(value)]
    segs = SEPARATORS.split(value)
    out = segs[0]
    for sep, seg in zip(seps, segs[1:], strict=True):
        # (a unit too has its branches and units: "مديرية الإحصاءات – فرع حلب")
        out_kind = phrase_kind(out, rules)
        after_org = out_kind == "org" or names_unit(out, rules)
        # a body no keyword names ("Caritas Oriental") is known by the part or the acronym after it
        after_body = after_org or out_kind == "unknown"
        seg_kind, seg_place = phrase_kind(seg, rules), is_place(seg, rules)
        # "Ministry / Directorate of X", "وزارة العمل - إدارة ...", "X Association - Oman Branch", "Caritas – Bureau des
        # migrants": a unit or an office after a slash or dash belongs to the body before it, even one named after its place
        unit = seg_kind != "title" and (after_body and names_part(seg, rules) or after_org and sep.strip() == "/" and not seg_place
                                        or title_cell and out_kind == "title" and sep.strip() in ("-", "–", "—")
                                        and (names_unit(seg, rules) or _regional_office(seg, rules)))
        # "Unions – Jordan (NCFLU)", "Workers Circle - UAE (FMWC-UAE)": the country of a name its acronym closes is part of it
        if after_body and CLOSED_BY_ACR.search(seg.strip()):
            out = f"{out.strip()} {sep.strip()} {seg.strip()}"
            continue
        # "Jeunes Volontaires pour les Migrants – JVM Oujda", "Migrant Aid Network - MAN": the acronym the name spells,
        # after a dash, keeps it; a town after the acronym is the body's address
        acr, _, town = seg.strip().partition(" ")
        if after_body and sep.strip() in ("-", "–", "—") and _is_acronym(acr, rules) and latin_full_name(out.split(), acr, rules) \
                and (not town or is_place(town, rules) or reads_as_town(town, rules)):
            out = f"{out.strip()} {sep.strip()} {acr}"
            if town:
                break
            continue
        # what follows a dash or bar is kept only when it too names a title or an organisation; an office named by its
        # town alone is the body's address ("X (ACR) – Cairo Office", "مكتب أربيل"), unlike a branch ("- Oman Branch")
        address = seg_place or after_org and office_by_town(seg, rules) and not names_branch(seg, rules)
        if out_kind == "title" and sep.strip() in ("-", "–", "—") and is_field(seg, rules):
            # "Attaché de coopération - gouvernance et migrations", "Programme Officer – Labour Migration": the field
            # the post covers, written after it and a dash, is the title's
            out = f"{out.strip()} {sep.strip()} {seg.strip()}"
            continue
        if address and not unit or is_noise(seg, rules) or (seg_kind == "unknown" and not unit) or names_role(fold(seg), rules):
            break
        # the pieces kept are joined as written ("Faculté de droit - Université X", "لجنة العمل - مجلس النواب",
        # "Musician / Facilitator", "Horizons Retour – Association des Marocains de Belgique ...")
        out = f"{out.strip()} {sep.strip()} {seg.strip()}"
    # a bracket after the name and then the role asked for, in a sentence ("جمعية X (طرابلس) لتحكي بالطاولة المستديرة",
    # "Association X (Sousse) pour la table ronde 2"): the role is never part of the affiliation
    tail = re.search(r"\)\s+(\S.*)$", out)
    if tail and names_role(fold(tail.group(1)), rules) and not rules.org_words.hits(fold(tail.group(1))):
        out = out[: tail.start() + 1]
    out = _before_role(out, rules)
    # the body's seat glued after its name ("جمعية X بالمركز الرئيسي", "... بالمقر"): where the person sits, not the body
    words = out.split()
    for n in (2, 1):
        if len(words) > n + 1 and words[-n].startswith("ب") and names_seat(" ".join(words[-n:]), rules):
            out = " ".join(words[:-n])
            break
    # a bracket of places left open where a dash cut the list ("منظمة X (إدلب - غازي عنتاب)", "Association Y (Oujda / Nador)"),
    # or an aside about the person left open where its clause was cut ("Network X (he will accompany her)", "(il pourra ...)")
    tail = re.search(r"\s*\(([^()]+)$", out)
    if tail and (is_place(tail.group(1), rules) or reads_as_town(tail.group(1), rules)
                 or any(p.match(fold(tail.group(1))) for p in rules.stop)):
        out = out[: tail.start()]
    # a trailing ", City" or "in City" is an address, not part of the name; but a ministry is its state's, and the
    # country after its comma names which ("Ministry of Labour, Libya", "Ministère de l'Intérieur, Maroc"); a mission
    # is named with the capital it sits in ("Embassy of the Republic of Kenya, Riyadh")
    # (not inside brackets: "X (Oujda, Maroc)" is cut whole below)
    # (the Arabic comma too: "جمعية X، عمّان")
    # (an office named by its town too, after an organisation: "X (ILAA), Erbil office"; "Legal Officer, Aden office" keeps it)
    while len(cut := re.split(r"[,،](?=[^,،]*$)", out)) == 2 and not _open_bracket(cut[0]) \
            and (is_place(cut[1], rules) or office_by_town(cut[1], rules) and phrase_kind(cut[0], rules) != "title") \
            and rules.ministries.isdisjoint(word_tokens(fold(cut[0]))) and rules.missions.isdisjoint(word_tokens(fold(cut[0]))):
        out = cut[0]
    # (not in Arabic: "جمعية النساء العاملات في الأردن" carries its country in its name)
    tail = re.search(rf"\s+(?:{rules.latin_place_link_re})\s+(\S.*)$", out)
    # ... unless an acronym closes the name after it: "Association in Lebanon (KCWAL)" is all name; nor after an
    # office or a branch, which is named for its place: "UNHCR Country Office in Yemen", nor after a university
    # named so ("American University in Cairo"); nor in an embassy's name; nor before a country, which a body
    # written with it is named for ("Collectif des réfugiés soudanais en Tunisie", "Workers Association in Lebanon"),
    # where a post's country is where it is held ("domestic worker in Lebanon")
    if tail and is_place(tail.group(1), rules) and not re.search(r"\([A-Z][A-Z0-9&-]+\)$", out) \
            and not (only_places(tail.group(1), rules, countries=True) and phrase_kind(out[: tail.start()], rules) != "title") \
            and (word_tokens(fold(out[: tail.start()])) or [""])[-1] not in rules.offices_and_units | rules.placed_names \
            and rules.missions.isdisjoint(word_tokens(fold(out[: tail.start()]))):
        out = out[: tail.start()]
    # "Passerelles Méditerranée (Marseille)": a place in brackets is an address too
    tail = re.search(r"\s*\(([^()]+)\)$", out)
    if tail and (is_place(tail.group(1), rules) and not re.search(r"[A-Z]{2,}", tail.group(1))  # not "(DDA-UK)"
                 or _LOWER_DESCRIPTION.fullmatch(tail.group(1).strip()) and not _spells_out(out[: tail.start()], tail.group(), rules)):
        out = out[: tail.start()]  # and so is a bracket in lower case that describes the body: "(migrant-run radio)"
    elif tail and _town_in_brackets(out[: tail.start()], tail.group(1), rules):
        out = out[: tail.start()]
    # but a name closed by its acronym ends there, in Arabic too: "جمعية تضامن (تضامن) في الإسكندرية", and so
    # does one closed by a Latin acronym before a town the places list lacks ("(SYNM) in Hargeisa", "(BMWF), Dhaka")
    tail = re.search(rf"\)(?:\s*[,،]\s*|\s+(?:{rules.place_link_re})\s*)(\S.*)$", out)
    if tail and (is_place(tail.group(1), rules) or _ACR_END.search(out[: tail.start() + 1])
                 and reads_as_town(tail.group(1), rules)):
        out = out[: tail.start() + 1]
    # with no comma nor link, only a place's words after the acronym are its address: "X (ACR) Qatar", "جمعية Y (ص) الأردن"
    tail = re.search(r"\)\s+(\S.*)$", out)
    if tail and (_ACR_END.search(out[: tail.start() + 1]) or re.search(r"\([\u0600-\u06ff]+\)$", out[: tail.start() + 1])) \
            and only_places(tail.group(1), rules):
        out = out[: tail.start() + 1]
    # "Bangladesh Migrant Workers Forum, Dhaka": one or two capitalised words after an organisation are its town
    # (in Arabic, one or two words after the Arabic comma: "تجمع X، غازي عنتاب")
    tail = re.search(r",\s*([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)$|،\s*([\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?)$", out)
    # (not the last items of a list in the name: "كلية العلوم القانونية، الاقتصادية والاجتماعية")
    if tail and reads_as_town(tail.group(1) or tail.group(2), rules) and phrase_kind(out[: tail.start()], rules) == "org" \
            and not (tail.group(2) and LIST_END.match(tail.group(2)) and not is_place(tail.group(2), rules)) \
            and rules.ministries.isdisjoint(word_tokens(fold(out[: tail.start()]))) \
            and rules.missions.isdisjoint(word_tokens(fold(out[: tail.start()]))):
        out = out[: tail.start()]
    if is_noise(out, rules) and len(word_tokens(fold(out))) <= 3:
        return None
    if _PHONE.fullmatch(out.strip()):
        return None  # a bare phone number on a signature line
    out = strip_punct(out)
    if out and re.search(r"\b[A-Za-z](?:\.[A-Za-z])+$", out) and value.rstrip().endswith(out + ".") \
            and " ".join(word_tokens(fold(out.split()[-1]))) in rules.legal_form_tokens:
        out += "."  # "SC Ankommen Wedding e.V.": the dot closes the legal form's abbreviation, not a sentence
    return out or None


def _spells_out(before: str, bracket: str, rules: ExtractRules) -> bool:
    """Whether a bracket after an acronym writes out the organisation's name ("ARTUC (Arab Regional Trade Union
    Confederation)", "le REMDH (Réseau euro-méditerranéen des droits de l'homme)", "IMWRO (مرصد العراق لحقوق العمال)")."""
    acronym = re.search(rf"(?<![\w-])({_ACR})\s*$", before)
    inside = bracket.strip().strip("()").strip()
    if acronym is None or not inside:
        return False
    if ARABIC.search(inside):
        return phrase_kind(inside, rules) == "org"
    spelled = _latin_spelled(inside.split(), acronym.group(1), rules)
    return spelled is not None and len(spelled.split()) == len(inside.split())


def _before_role(value: str, rules: ExtractRules) -> str:
    """A value without the role label it ran on into ("FMWN-Gulf Plenary intervention", "Réseau Sahel Table
    ronde 2"): the last capitalised word from which a role is named, when what precedes it names an organisation
    and the rest names none."""
    if ARABIC.search(value) or not names_role(fold(value), rules):
        return value
    for m in reversed(list(re.finditer(r"(?<=\s)[A-Z]", value))):
        rest = fold(value[m.start() :])
        if names_role(rest, rules) and not rules.org_words.hits(rest) and phrase_kind(value[: m.start()], rules) == "org":
            return value[: m.start()].rstrip()
    return value


def names_role(folded: str, rules: ExtractRules) -> bool:
    """Whether a folded text names a role."""
    return any(p.search(folded) for _, pats in rules.roles for p in pats)


def only_role(folded: str, rules: ExtractRules) -> bool:
    """Whether a folded text names a role and nothing else: "بصفة مقرر" says nothing more, "مقرر لجنة حقوق المهاجرين"
    names a post."""
    if not names_role(folded, rules):
        return False
    rest = folded
    for _, pats in rules.roles:
        for p in pats:
            rest = p.sub(" ", rest)
    return not rules.org_words.hits(rest) and not rules.title_words.hits(rest)


def _open_bracket(text: str) -> bool:
    """Whether a text leaves a bracket open ("Association X (Oujda")."""
    return text.count("(") > text.count(")")


def _town_in_brackets(body: str, bracket: str, rules: ExtractRules) -> bool:
    """Whether a Latin bracket after an organisation holds its town, though the places list lacks it ("Association
    Oasis Vivantes (Errachidia)"): one capitalised word that names nothing else and that the name does not carry; not
    another name the body goes by, which repeats a word of it ("association Nawaya pour ... (Nawaya)"), nor an acronym,
    one with a digit for a word among its letters too ("Read to Rise (R2R)", "Jeunes 4 Demain (J4D)").
    (Two words are as often a scope or a branch, "(Arab States)", "(Gulf Chapter)", as a town.)"""
    if len(bracket.split()) != 1 or ARABIC.search(bracket) or re.search(r"[A-Z]{2,}", bracket) \
            or re.fullmatch(_ACR, bracket.strip()) \
            or phrase_kind(body, rules) != "org":
        return False
    named = set(word_tokens(fold(body)))
    return reads_as_town(bracket, rules) and named.isdisjoint(word_tokens(fold(bracket)))


def reads_as_town(text: str, rules: ExtractRules) -> bool:
    """Whether a tail after an organisation reads as its town: a few capitalised words (or two Arabic ones) that
    name no organisation, title or event."""
    f = fold(text)
    if rules.org_words.hits(f) or rules.title_words.hits(f) or any(t in rules.events for t in word_tokens(f)) or "(" in text \
            or names_branch(text, rules):
        return False
    if ARABIC.search(text):
        return len(text.split()) <= 2
    words = [w for w in re.split(r"[\s,]+", text) if w]
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def is_reference(value: str | None, rules: ExtractRules) -> bool:
    """Whether a value only points back at an organisation named elsewhere ("the Forum", "الشبكة")."""
    if not value:
        return False
    toks = word_tokens(fold(value))
    if " ".join(toks) in rules.org_reference:
        return True
    if possessive_reference(value, rules):
        return True
    toks = [t for t in toks if t not in rules.articles]
    # one organisation word alone, written with an article or capitalised, names no organisation by itself
    return len(toks) == 1 and (rules.org_words.has(toks[0]) and not re.search(r"[A-Z]{2,}", value) or _ours(toks[0], rules))


# A post's last words pointing back at the proposing body ("Head of the Legal Unit of our network", "responsable du
# plaidoyer de notre association", "... du Pôle Pro Bono de notre cabinet").
_OWN_BODY_TAIL = re.compile(r"\s+(?:of|at|in|within|de|du|au sein de|aupres de|auprès de)\s+(?P<ref>(?:our|notre)\s+\S+(?:\s+\S+)?)$"
                            # the dialects' "of the association" ("منسقة خلية الإنصات ديال الجمعية", "متاع الجمعية", "تبع
                            # الجمعية"): the body the message speaks for (the word "of" alone where the reference was read
                            # off already)
                            r"|\s+(?P<of>ديال|متاع|تاع|تبع|بتاع|نتاع)(?:\s+(?P<dial>ال\S+))?$",
                            re.IGNORECASE)


# "own" left of "our own Policy Officer", "notre propre chargée de plaidoyer" once the possessive is read: no part of the post
_OWN_LEAD = re.compile(r"^(?:own|propre)\s+(?=\S)", re.IGNORECASE)


def without_own_body(title: str, rules: ExtractRules) -> str | None:
    """The post without the words that point back at the proposing body after it (and without the "own" of "our own
    X" before it), or None when it has none. Only the body itself ("our network", "notre cabinet"), not a part of it the
    post is in ("Head of our Legal Unit")."""
    if lead := _OWN_LEAD.match(title):
        return without_own_body(title[lead.end() :], rules) or title[lead.end() :]
    m = _OWN_BODY_TAIL.search(title)
    if not m or m.start() == 0:
        return None
    if m.group("of"):
        return title[: m.start()] if not m.group("dial") or rules.org_words.has(fold(m.group("dial")).removeprefix("ال")) else None
    toks = word_tokens(fold(m.group("ref")))
    whole = " ".join(toks) in rules.org_reference or len(toks) == 2 and rules.org_words.has(toks[1])
    return title[: m.start()] if whole else None


def _ours(word: str, rules: ExtractRules) -> bool:
    """Whether a folded Arabic word is a body or unit word with "our" joined to it ("كليتنا", "مركزنا", "قسمنا"; the
    feminine ة is written ت before it), as "our faculty" points back at the proposing body."""
    if not word.endswith("نا") or len(word) < 5 or not ARABIC.match(word):
        return False
    stem = word[:-2]
    return any(rules.org_words.has(w) or rules.unit_words.has(w)
               for w in {stem, fold(stem[:-1] + "ة") if stem.endswith("ت") else stem})


def same_as_before(value: str | None, rules: ExtractRules) -> bool:
    """Whether a value points back at the body named for the person before ("the same faculty", "الكلية نفسها", a
    table's "Same as above", "idem": phrases.ditto)."""
    if any(p.fullmatch(strip_punct(fold(value or "")).strip()) for p in rules.ditto):
        return True
    toks = [t for t in word_tokens(fold(value or "")) if t not in rules.articles]
    rest = [t for t in toks if t not in rules.sameness]
    return len(rest) == 1 < len(toks) and (rules.org_words.has(rest[0]) or rules.same_bodies.has(rest[0]))


def possessive_reference(value: str, rules: ExtractRules) -> bool:
    """Whether a value is the proposer's own body described, not named ("our community association here"), or a part
    of it ("our Tripoli office", "notre section de Sfax")."""
    toks = word_tokens(fold(value))
    if len(toks) > 1 and toks[0].endswith("نا") and (toks[0][:-2] in rules.offices or _ours(toks[0], rules)):
        # "our" joined to an Arabic office or body word, in a town or qualified ("مكتبنا في عمّان", "فرعنا بصفاقس",
        # "مكتبنا الإقليمي"): the body's own office, as "our office in Amman", "our regional office" are
        if all(t in rules.office_qualifiers for t in toks[1:]):
            return True
        # (a town the places list lacks too, in a word or two that name no body nor post: "مكتبنا في إربد")
        place = " ".join(toks[2:] if toks[1] in rules.place_links else [toks[1][1:], *toks[2:]] if toks[1][:1] == "ب" else [])
        return is_place(place, rules) or 0 < len(place.split()) <= 2 and not rules.org_words.hits(place) \
            and not rules.title_words.hits(place)
    if len(toks) < 2 or toks[0] not in rules.possessives:
        return False
    # (an office named by its town is the body's own there: "our Tripoli office" names no body of its own; so is a
    # body's mission in a country or town, "notre mission à Erbil", "our mission in Gaziantep")
    rest = " ".join(toks[1:])
    return rules.org_words.hits(rest) > 0 and not re.search(r"\b[A-Z]", value) or not rules.title_words.hits(rest) \
        and (names_unit(" ".join(value.split()[1:]), rules) or not rules.offices.isdisjoint({toks[1], toks[-1]})
             or toks[1] in rules.missions)


def _head(value: str, rules: ExtractRules) -> str | None:
    """The organisation word a value opens with, without article or glued preposition ("بالهيئة" -> "هيئه",
    "the Commission" -> "commission", "la Commission" -> "commission"), or None."""
    toks = [t for t in word_tokens(fold(ELISION.sub("", value.strip()))) if t not in rules.articles]
    if not toks:
        return None
    t = toks[0]
    if ARABIC.search(t):
        for p in ("وبال", "بال", "لل", "وال", "كال", "فال", "ال", "ب", "ل"):
            if t.startswith(p) and rules.org_words.has(t[len(p) :]):
                return t[len(p) :]
        return t if rules.org_words.has(t) else None
    # "National Commission for ...": a Latin name may put adjectives before its head
    return next((t for t in toks[:4] if rules.org_words.has(t)), None)


def referent(value: str | None, names: list[str | None], rules: ExtractRules) -> str | None:
    """The organisation a reference points back at: "the Commission", "la Commission", "بالهيئة", or the office of
    one ("الأمانة الفنية للجنة", "the Secretariat of the Committee"), among the names the message writes in full
    (the organisation's own line, the proposing sentence, spelled-out acronyms), when exactly one has that head."""
    if not value:
        return None
    words = value.split()
    # "the Technical Secretariat of the Committee": the office of the body referred to (its last word is that body)
    lead = office_words(words, rules)
    rest = " ".join(words[min(lead, len(words) - 1) :])
    if lead and (placed := re.match(rf"(.+?)\s+(?:{rules.place_link_re})\s+\S", rest)):
        # "مكتب المؤسسة في السليمانية", "le bureau de l'association à Tripoli": the office of the body in a town
        rest = placed.group(1) if is_reference(placed.group(1), rules) else rest
    if not (is_reference(rest, rules) or is_reference(ar_unprefix(rest, rules), rules)):
        # "وحدة الأبحاث بالمؤسسة": a unit of the body referred to, whose post the title already names
        rest = words[-1]
        if len(words) < 2 or not names_unit(" ".join(words[:-1]), rules) \
                or not is_reference(ar_unprefix(rest, rules), rules) or ar_unprefix(rest, rules) == rest:
            return None
    head = _head(rest, rules)
    found = sorted({n for n in names if n and head and not is_reference(n, rules) and _head(n, rules) == head}, key=len)
    # one organisation, written short or in full ("اللجنة الوطنية لمكافحة الاتجار" then "... بالأشخاص"): the fullest
    if found and all(fold(found[-1]).startswith(fold(n)) for n in found):
        return found[-1]
    return None


def office_words(words: list[str], rules: ExtractRules) -> int:
    """How many of the words name an office and lead from it to the body it serves ("the Technical Secretariat of
    the", "Secrétariat de la", "الأمانة الفنية"): office words and the little words after them. An elided article goes
    with its word: "l'Office" is an office word, "l'Observatoire" none."""
    k = 0
    while k < len(words) and (word := ELISION.sub("", words[k])):
        t = first_token(word)
        if t.removeprefix("ال") not in rules.office_lead_words and t not in rules.articles:
            break
        k += 1
    return k


# quotes that may open an organisation's name right after a glued "ل" or "ب" ("ل"جمعية X"", "بـ«مؤسسة Y»")
_OPENING_QUOTES = "\"«“'"


def lam_org(word: str, rules: ExtractRules) -> bool:
    """Whether an Arabic word is an organisation or unit word with "ل" glued to it ("لاتحاد", "لجمعية", "لإدارة"),
    maybe before the quote that opens the name ("ل"جمعية X"")."""
    f = fold(word)
    f = f[:1] + f[1:].lstrip(_OPENING_QUOTES)
    return f.startswith("ل") and not f.startswith("لل") and (rules.org_words.has(f[1:]) or rules.unit_words.has(f[1:]))


def article_org(word: str, rules: ExtractRules) -> str | None:
    """An Arabic organisation or unit word with "ل" or "ب" glued to its article ("للمركز", "بالجامعة"), given back with
    its article ("المركز", "الجامعة"); None for any other word ("للهجرة" names no body)."""
    if not fold(word).startswith(("لل", "بال")):
        return None
    bare = ar_unprefix(word, rules)
    return bare if rules.org_words.has(fold(bare)) or rules.unit_words.has(fold(bare)) else None


def glued_reference(word: str, rules: ExtractRules) -> str | None:
    """The word a post's last Arabic word points back at the proposing body with, "ل" or "ب" glued to its article
    ("للجمعية", "بالمنظمة" -> "الجمعية", "المنظمة"), or to the word with "our" joined ("لمنظمتنا", "بجمعيتنا" ->
    "منظمتنا", "جمعيتنا"); None for a body that names itself ("للمركز الوطني" is read whole)."""
    word = strip_punct(word)
    f = fold(word)
    if f[:1] in ("ل", "ب") and not f.startswith(("لل", "بال")) and (f[1:] in rules.org_reference or _ours(f[1:], rules)):
        return word[1:]
    ref = article_org(word, rules)
    return ref if ref and is_reference(ref, rules) else None


def ba_org(word: str, rules: ExtractRules) -> bool:
    """Whether an Arabic word is an organisation or unit word with "ب" ("at") glued to it ("مراسل بقناة X", "منسقة بجمعية
    Y"), or the "ف" that Maghrebi writing glues for "في" ("منسق متطوع فجمعية X"); not "بالقناة", whose article the
    split after "في"/"بال" already reads."""
    f = fold(word)
    f = f[:1] + f[1:].lstrip(_OPENING_QUOTES)
    return f[:1] in ("ب", "ف") and f[1:3] != "ال" and (rules.org_words.has(f[1:]) or rules.unit_words.has(f[1:]))


def post_before_body(toks: list[str], rules: ExtractRules) -> bool:
    """Whether folded words open with a word that names a post and a body alike, then another body, maybe after "في" or
    "ب" ("مؤسسة موقع X": the founder of a site, where a foundation's own name would not open with another body;
    "مدرسة في جامعة دمشق", "مدرسة بجامعة دمشق": a teacher at a university)."""
    if len(toks) < 2 or toks[0] not in rules.post_or_body:
        return False
    body = toks[2] if toks[1] == "في" and len(toks) > 2 else toks[1].removeprefix("ب") if toks[1].startswith("ب") else toks[1]
    return rules.org_words.has(body)


def ar_unprefix(value: str, rules: ExtractRules) -> str:
    """An Arabic affiliation without the preposition glued to its first word ("للمجلس" -> "المجلس")."""
    if value.startswith("لل"):
        # "للجنة" is "ل" + "اللجنة" (the article's alif dropped before a lam), not "ل" + "الجنة"
        first = value.split()[0]
        lam_stem = not rules.org_words.has(fold(first[2:])) and rules.org_words.has(fold(first[1:]))
        return "ال" + value[1 if lam_stem else 2 :]
    if value.startswith(("بال", "وال")):
        return value[1:]
    if value.startswith("ل") and lam_org(value.split()[0], rules):
        return _unquoted(value[1:])  # "الأمين العام لاتحاد نقابات ...": the union, not "لاتحاد"
    if value.startswith(("ب", "ف")) and ba_org(value.split()[0], rules):
        return _unquoted(value[1:])  # "مراسل بقناة X", "منسق فجمعية Y": the channel, the association, not "بقناة"
    return value


def _unquoted(value: str) -> str:
    """A name without the tatweel and the quotes around it that followed a glued preposition ("لـ«مؤسسة X»")."""
    value = value.lstrip("ـ")
    if value[:1] in _OPENING_QUOTES:
        value = value[1:]
        return value[:-1] if value[-1:] in "\"»”'" else value
    return value


# An acronym, with a town after a hyphen when the organisation has one ("ATMS-Sfax"; "UN-JPMC" is all letters).
_ACR = r"[A-Z][A-Z0-9&-]{1,9}(?:-[A-Z][^\W\d_]{1,15})?"
ACRONYM = re.compile(rf"\((?P<a>{_ACR})\)")
_ACR_ALONE = re.compile(_ACR)
_ACR_END = re.compile(rf"\({_ACR}\)$")

CLOSED_BY_ACR = re.compile(rf"\w\s*\({_ACR}\)$")  # "... Unions – Jordan (NCFLU)": a name its acronym closes
_LOWER_DESCRIPTION = re.compile(r"[a-zà-ÿ][^\s()]*(?:\s+[^\s()]+)+")  # words in lower case: "community radio run by migrants"
_NAME_WITH_ACR = re.compile(rf"[A-Z][^()]*\({_ACR}\)")
_ACR_TOWN = re.compile(r"-(?P<town>[A-Z][^\W\d_]*[a-z][^\W\d_]*)$")
ELISION = re.compile(r"^[ldLD]['’]")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az)[-‐](?=[A-Z])", re.IGNORECASE)  # "Al-Quds", "An-Najah"
# An Arabic article written before a Latin acronym ("في الـ NCMWA", "بالـNCMWA", "ال NCMWA"): the acronym
_ARTICLE_BEFORE_ACR = re.compile(r"^(?:[وفب]?(?:ال|لل)ـ*\s*)(?=[A-Z])")


def place_and_acronym(piece: str, rules: ExtractRules) -> bool:
    """Whether a piece after a dash is only a country or town and the acronym that closes the body's name ("Union –
    Lebanon (MDWU-L)"): the place belongs to the name, unlike a bare address after the dash."""
    m = re.fullmatch(rf"\s*(?P<place>[^()]+?)\s*\({_ACR}\)\s*", piece)
    return m is not None and only_places(m["place"], rules)


def _acronym_link(word: str, rules: ExtractRules) -> bool:
    """Whether a word is one of the little words an acronym's letters skip ("of", "de", "l'")."""
    return fold(ELISION.sub("", word)) in rules.acronym_links


# a ligature gives its first letter to an acronym: "Œuvres" the O of "UOSAL", "Æ" an A
_LIGATURE_INITIAL = str.maketrans({"œ": "o", "æ": "a"})


def _initials(word: str) -> str:
    # folded, so that "l'Étude" gives the E of "CLEM"
    return "".join(fold(p[0]).translate(_LIGATURE_INITIAL).upper() for p in re.split(r"[-–]", ELISION.sub("", word)) if p[:1].isalpha())


def _latin_spelled(words: list[str], acronym: str, rules: ExtractRules, lower_links: bool = False) -> str | None:
    """The words before an acronym that spell it out, or None. `lower_links`: a lower-case word between capitalised
    ones is skipped like "of" ("Persons with Disabilities (..PD)"), when the letters do not spell the name otherwise
    ("Consortium universitaire Maghreb-Sahel (CUMS)")."""
    town = _ACR_TOWN.search(acronym)
    need = (acronym[: town.start()] if town else acronym).replace("&", "").replace("-", "")
    skip = 0
    if town:
        # "... Subsahariens de Sfax (ATMS-Sfax)", "... Network - Gulf Chapter (EAMWN-Gulf)": the town the acronym ends
        # with, or its branch there, closes the name too
        tail = [fold(w.strip(",.;:!?\"«»()")) for w in words[-2:]]
        if tail and tail[-1] == fold(town.group("town")):
            skip = 1
        elif len(tail) == 2 and tail[0] == fold(town.group("town")) and tail[1] in rules.units:
            skip = 2
        while skip and skip < len(words) and _acronym_link(words[-1 - skip], rules):
            skip += 1
    may_leave = len(need) >= 4
    for taken, w in enumerate(reversed(words)):
        if taken < skip:
            continue
        core = w.strip(",.;:!?\"«»()")
        letters = _initials(core)
        if taken > skip and (w[-1:] in ".;:!?" or w[-1:] == "," and not (letters and need.endswith(letters))):
            break  # a comma may sit inside the name when the words go on spelling it ("Mobilités, Territoires")
        if _acronym_link(core, rules) or core in ("-", "–", "—", "|", "/") or lower_links and _lower_link(words, len(words) - taken - 1, rules):
            continue  # "of", "de la": acronyms skip the little words
        if letters and need.endswith(letters):
            need = need[: -len(letters)]
        elif letters and need.endswith(letters[0]):
            need = need[:-1]
        elif (bare := _initials(_ARABIC_ARTICLE.sub("", core))) != letters and bare and need.endswith(bare):
            need = need[: -len(bare)]  # "Al-Quds Youth Sports Club (QYSC)": the letters skip the article
        elif may_leave and _left_out(words, len(words) - taken - 1, taken == skip, rules):
            may_leave = False
            continue
        else:
            return None
        if need:
            continue
        start = len(words) - taken - 1
        if start and fold(core) in ("al", "el") and _initials(words[start - 1]) == letters \
                and ELISION.sub("", words[start - 1])[:1].isupper():
            start -= 1  # "Association Al Wassit (AWA)": the article is the name's, the A the association's
        before = ELISION.sub("", words[start - 1]).strip(",;:\"«»(") if start else ""
        if before[:1].isupper() and rules.org_words.has(fold(before)) \
                and not rules.org_words.hits(fold(" ".join(words[start:]))) and words[start - 1][-1:] not in ",.;:!?":
            start -= 1  # "Fondation Passerelles Méditerranée (PM)": the organisation word the letters leave out
        elif start > 1 and _acronym_link(words[start - 1], rules) and words[start - 2][-1:] not in ",.;:!?" \
                and (head := ELISION.sub("", words[start - 2]).strip(",;:\"«»(")) and head[:1] == core[:1] \
                and head[:1].isupper() and rules.org_words.has(fold(head)) and rules.org_words.has(fold(core)):
            start -= 2  # "Network of NGOs in the X Region (NXR)": one letter for the two words, the body written in full
        span = words[start:]
        span[0] = ELISION.sub("", span[0])
        return " ".join(span).strip(",;: ")
    return None


def _spelled_before_host(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """A name spelled out before the body that hosts it, which its letters leave out ("Observatoire universitaire des
    migrations et de la mobilité de l'Université de Sfax (OUMM)"): the whole, host included; or None."""
    for p in range(len(words) - 2, max(len(words) - 7, 0), -1):
        link = fold(words[p])
        if (link in rules.acronym_links or link in rules.place_links) and rules.org_words.hits(fold(" ".join(words[p + 1 :]))) \
                and (spelled := _latin_spelled(words[:p], acronym, rules)):
            return " ".join([spelled, *words[p:]]).strip(",;: ")
    return None


def _latin_full(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The Latin name before an acronym that spells it out, in any of the ways names are shortened; or None."""
    return _latin_spelled(words, acronym, rules) or _permuted_spelled(words, acronym, rules) \
        or _syllabic_spelled(words, acronym, rules) or _spelled_before_host(words, acronym, rules) \
        or _latin_spelled(words, acronym, rules, lower_links=True) or _loosely_spelled(words, acronym, rules)


_PLACE_WORD = re.compile(r"[A-Z][^\W\d_]*[a-z][^\W\d_]*")  # "Kuwait", "Saudi": a place's name, not an acronym


def latin_full_name(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The Latin name before an acronym that spells it out, a place it works in included ("... Union in Lebanon"); or
    None."""
    return _latin_full(words, acronym, rules) or _spelled_before_place(words, acronym, rules)


def _spelled_before_place(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """A name spelled out before the place it works in, which its letters leave out ("Nepali Domestic Workers Union in
    Lebanon (NDWU)"), or before the country it is of, a known place after "of", "du", "de" ("Réseau des Instituts de
    Formation du Maroc (RIF)", "Network of Training Centres of Jordan (NTC)"): the whole, place included; or None."""
    for p in range(len(words) - 2, max(len(words) - 5, 0), -1):
        place = words[p + 1 :]
        link = re.fullmatch(rules.latin_place_link_re, words[p], re.I) \
            or _acronym_link(words[p], rules) and only_places(" ".join(place), rules)
        if link and words[p - 1][-1:] not in ",;:" \
                and all(_PLACE_WORD.fullmatch(w) for w in place) and not rules.org_words.hits(fold(" ".join(place))) \
                and (spelled := _latin_full(words[:p], acronym, rules)):
            return " ".join([spelled, *words[p:]]).strip(",;: ")
    return None


def _spelled_before_legal_form(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """A name spelled out before the legal form that closes it, which its letters leave out ("Deutsch-Arabischer Verein
    für Migration und Entwicklung e.V. (DAVME)", "Maison des Migrants asbl (MDM)"): the whole, legal form included."""
    if len(words) < 2 or " ".join(word_tokens(fold(words[-1]))) not in rules.legal_form_tokens:
        return None
    spelled = _latin_full(words[:-1], acronym, rules)
    return f"{spelled} {words[-1].strip(',;:')}" if spelled else None


def _acronym_with_its_legal_form(value: str, acr: str, full: str, rules: ExtractRules) -> bool:
    """Whether a value is an acronym followed by the legal form its full name ends with ("DAVME e.V." for "Deutsch-
    Arabischer Verein ... e.V. (DAVME)"): the same organisation, written short."""
    head, _, rest = value.strip().partition(" ")
    form = word_tokens(fold(rest))
    return head == acr and bool(form) and " ".join(form) in rules.legal_form_tokens \
        and word_tokens(fold(full))[-len(form) :] == form


def _capitalised_run(words: list[str], rules: ExtractRules, lower: bool = False) -> Iterator[tuple[int, str]]:
    """The capitalised words before an acronym, nearest first, as (how many words back, the word without quotes or
    elision), the little words its letters skip passed over; up to punctuation or a lower-case word (`lower`: up to
    punctuation, for a name written in sentence case, "Mission franciscaine d'accompagnement des migrants")."""
    for taken, w in enumerate(reversed(words)):
        core = ELISION.sub("", w.strip("\"«»()"))
        if taken and w[-1:] in ".,;:!?":
            return
        if fold(core) in rules.acronym_links:
            continue
        if not (lower or core[:1].isupper()):
            return
        yield taken, core


def _run_from(words: list[str], taken: int, core: str) -> str:
    """The name from the word `taken` words back (written as `core`) to the acronym."""
    return " ".join([core, *words[len(words) - taken :]]).strip(",;: ")


def _permuted_spelled(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The capitalised words before an acronym that hold its letters in another order, as when a name's joined words
    are swapped ("Migrant and Refugee Women's Union (HARMWU)" for "Refugee and Migrant ..."): the shortest run
    whose first letter opens the acronym and whose initials are its letters."""
    need = acronym.replace("&", "").replace("-", "")
    if len(need) < 4 or not need.isalpha():
        return None
    letters = ""
    for taken, core in _capitalised_run(words, rules):
        letters = _initials(core) + letters
        if len(letters) > len(need):
            return None
        if len(letters) == len(need) and letters[0] == need[0] and sorted(letters) == sorted(need):
            return _run_from(words, taken, core)
    return None


def _syllabic_spelled(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The capitalised words before an acronym made of the first letters of each of its words rather than their
    initials ("Réseau Mauritanien Migration et Développement (REMMID)", "Laboratoire Migrations et Sociétés (LAMISO)"):
    the shortest run that opens with a capitalised organisation or mission word, the words after it in capitals or not ("Mission
    franciscaine d'accompagnement des migrants (MIFAM)"), or a run of capitalised words, an organisation word among
    them, whose first letters make all of it ("Somali Youth Development Network (SOYDEN)")."""
    need = acronym.replace("&", "").replace("-", "")
    if len(need) < 4 or not need.isalpha():
        return None
    content: list[str] = []
    capitalised = True
    for taken, core in _capitalised_run(words, rules, lower=True):
        if len(content) >= len(need):
            return None
        content.insert(0, fold(core).upper())
        capitalised = capitalised and core[:1].isupper()
        if core[:1].isupper() and (rules.org_words.has(fold(core)) or fold(core) in rules.missions) \
                and (_opens_each(need, content) or _opens_each_but_one(need, content)):
            return _run_from(words, taken, core)
        if capitalised and _opens_each(need, content) and rules.org_words.hits(fold(_run_from(words, taken, core))):
            return _run_from(words, taken, core)
    return None


def _loosely_spelled(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The capitalised words before an acronym whose initials give all its letters in order but one, which it takes
    from inside a word ("Réseau des Avocates pour les Droits des Migrants (RADEM)"): the shortest such run that opens
    with an organisation word, and gives the acronym's first and last letters."""
    need = acronym.replace("&", "").replace("-", "")
    if len(need) < 4 or not need.isalpha():
        return None
    letters = ""
    for taken, core in _capitalised_run(words, rules):
        letters = _initials(core) + letters
        if len(letters) >= len(need):
            return None
        rest = iter(need)
        if len(letters) == len(need) - 1 and rules.org_words.has(fold(core)) and letters[0] == need[0] \
                and letters[-1] == need[-1] and all(c in rest for c in letters):
            return _run_from(words, taken, core)
    return None


def _opens_each(need: str, words: list[str]) -> bool:
    """Whether `need` is made of a first part of each word in turn ("REMMID": "RE"seau "M"auritanien "MI"gration "D"...)."""
    if not words:
        return not need
    head, rest = words[0], words[1:]
    return any(need[:k] == head[:k] and _opens_each(need[k:], rest) for k in range(1, min(len(need) - len(rest), len(head)) + 1))


def _opens_each_but_one(need: str, words: list[str]) -> bool:
    """Whether `need` is made of a first part of each word but one inside the name, which it leaves out ("REMARC":
    "RE"seau "MA"rocain de "R"echerche sur les migrations "C"limatiques); the first and last words always count."""
    return len(words) > 3 and any(_opens_each(need, words[:k] + words[k + 1 :]) for k in range(1, len(words) - 1))


def _left_out(words: list[str], at: int, last: bool, rules: ExtractRules) -> bool:
    """Whether a longer name's acronym may leave out its word at `at`: the country after a dash or bar that
    closes the name ("... Unions – Jordan (NCFLU)"), or the second noun of a compound ("Union of West African Migrant
    Workers in Morocco (UWAMM)"); not a word between little words ("Migrants de Retour et de la Diaspora")."""
    core = words[at].strip(",.;:!?\"«»()")
    if not (core[:1].isupper() and core[1:].islower()) or at == 0:
        return False
    before = words[at - 1]
    if last and before in ("-", "–", "—", "|", "/"):
        return rules.places.hits(fold(core)) > 0
    return _capitalised_word(before, rules)


def _lower_link(words: list[str], at: int, rules: ExtractRules) -> bool:
    """Whether the word at `at` is a lower-case link inside a capitalised name, which an acronym's letters skip as they
    skip "of" ("Persons with Disabilities", "Personnes vivant avec un Handicap")."""
    after = next((w for w in words[at + 1 :] if not _acronym_link(w, rules)), "")
    return at > 0 and words[at].isalpha() and words[at].islower() and _capitalised_word(words[at - 1], rules) \
        and _capitalised_word(after, rules)


def _capitalised_word(word: str, rules: ExtractRules) -> bool:
    """Whether a word is a capitalised word of a name, not a little word or punctuation."""
    return word[:1].isupper() and word[-1:].isalpha() and not _acronym_link(word, rules)


def _arabic_spelled(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The Arabic name a Latin acronym closes ("مرصد العراق لحقوق العمال المهاجرين (IMWRO)"): back to the nearest
    organisation word, within a few words more than the acronym has letters, over no punctuation or event word."""
    run: list[str] = []
    for w in reversed(words[-(len(re.sub(r"[^A-Z]", "", acronym)) + 3) :]):
        core = strip_punct(w)
        if run and w[-1:] in ".,;:!?،؛" or not ARABIC.search(core) or fold(core) in rules.events:
            return None
        run.insert(0, core)
        if rules.org_words.has(fold(core)):
            return ar_unprefix(" ".join(run), rules)
    return None


def spelled_acronyms(text: str, rules: ExtractRules) -> dict[str, str]:
    """Acronyms spelled out in the text: "Gulf Migrant Workers Union Alliance (GMWUA)" -> {"GMWUA": "Gulf ..."}.

    A Latin acronym after an Arabic name maps to that name, and the organisation word a name's letters leave
    out is taken in.
    """
    out: dict[str, str] = {}
    prev = ""
    for line in text.split("\n"):
        for m in ACRONYM.finditer(line):
            # (a name the mailer wrapped may start on the line before: "... Human Rights\nCommission (INHRC)")
            words = re.findall(r"\S+", f"{prev} {line[: m.start()]}")
            if words and ARABIC.search(words[-1]):
                full = _arabic_spelled(words, m.group("a"), rules)
            else:
                full = latin_full_name(words, m.group("a"), rules) or _spelled_before_legal_form(words, m.group("a"), rules) \
                    or _spelled_with_region(words, m.group("a"), rules) or _spelled_with_parent(words, m.group("a"), rules) \
                    or _opened_by_org_word(words, m.group("a"), rules)
            if full:
                out.setdefault(m.group("a"), full)
        prev = line
    return out


def _opened_by_org_word(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The name before an acronym written in sentence case, whose letters skip some of its lower-case words ("Réseau
    libanais des femmes en situation de handicap (RLFH)", "l'association Horizons solidaires des jeunes en exil
    (AHJE)"): from the nearest organisation word whose initial opens the acronym, every capitalised word giving the
    next letter and the last word the last one; the kind of body written in lower case before the name ("l'association")
    left out; or None. A capitalised word the letters skip ("... Migrants de Retour et de la Diaspora (FMMD)") spells
    no such name."""
    need = acronym.replace("&", "").replace("-", "").upper()
    if len(need) < 3 or not need.isalpha():
        return None
    for taken, core in _capitalised_run(words, rules, lower=True):
        if taken >= 10:
            return None
        if not (rules.org_words.has(fold(core)) and _initials(core)[:1] == need[0]):
            continue
        span = [core, *words[len(words) - taken :]]
        if not _spells_in_order(span, need, rules):
            return None
        if core[:1].isupper():
            return _run_from(words, taken, core)
        return " ".join(span[1:]).strip(",;: ") if span[1:] and span[1][:1].isupper() else None
    return None


def _spells_in_order(span: list[str], need: str, rules: ExtractRules) -> bool:
    """Whether the words' initials give the letters in order, the last word the last letter: a capitalised word always
    gives the next letter, a lower-case one may be skipped, as the little words are."""
    left = need
    for w in span:
        core = w.strip(",.;:!?\"«»()")
        if not core[:1].isalpha() or _acronym_link(core, rules):
            continue  # a dash, "des", "de"
        if left and _initials(core)[:1] == left[0]:
            left = left[1:]
        elif core[:1].isupper() or not left:
            return False
    return not left


def _spelled_with_region(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The name an acronym with its region after a hyphen spells, the region written after a dash ("Forensic Network
    for Missing Migrants - MENA (FNMM-MENA)", "Réseau des Femmes Juristes – Maghreb (RFJ-Maghreb)"), or None."""
    head, _, region = acronym.rpartition("-")
    if not head or len(words) < 3 or words[-1] != region or words[-2] not in ("-", "–", "—"):
        return None
    base = _latin_full(words[:-2], head, rules)
    return f"{base} {words[-2]} {region}" if base else None


# The acronym of the confederation a body belongs to, after the body's own and a hyphen ("FNTD-UMT", "SNAPAP-CGATA")
_ACR_PARENT = re.compile(r"^(?P<own>[A-Z][A-Z0-9&]{1,9})-[A-Z]{2,8}$")


def _spelled_with_parent(words: list[str], acronym: str, rules: ExtractRules) -> str | None:
    """The name a body's own acronym spells, when the acronym in brackets adds its confederation's after a hyphen
    ("Fédération nationale des travailleuses domestiques (FNTD-UMT)", "General Union of Domestic Workers (GUDW-ITUC)"),
    or None."""
    m = _ACR_PARENT.match(acronym)
    return _latin_full(words, m["own"], rules) if m else None


def _names_office(value: str, acronym: str, rules: ExtractRules) -> bool:
    """Whether a value is an organisation's acronym with its office, secretariat or town ("HGMP Secretariat",
    "Secrétariat de la HGMP", "HGMP Office, Djibouti", "ATMS" for "ATMS-Sfax")."""
    town = _ACR_TOWN.search(acronym)
    head = acronym[: town.start()] if town else acronym
    m = re.search(rf"(?<![\w-]){re.escape(head)}(?:-[A-Z][^\W\d_]+)?(?![\w-])", value)
    if m is None:
        return False
    rest = f"{value[: m.start()]} {value[m.end() :]}"
    # what follows a comma or "in"/"à"/"في" is the office's address
    rest = re.split(rf"[,،]|\s(?:{rules.place_link_re})\s", rest, maxsplit=1)[0]
    toks = [t for t in word_tokens(fold(rest)) if t not in rules.name_links]
    if toks and only_places(rest, rules):
        return True  # "GCHM Tunis", "RMSM Oujda": the acronym with its town, the office there
    return all(t in rules.offices or t in rules.office_qualifiers for t in toks) and (not toks or any(t in rules.offices for t in toks))


def expand(value: str | None, acronyms: Mapping[str, str], rules: ExtractRules) -> str | None:
    """The fullest form of an organisation written in the message, acronym included; the rules' office words tell an
    organisation's office ("HGMP Secretariat": the organisation) from another body ("HGMP Youth Network")."""
    if not value:
        return value
    value = _ARTICLE_BEFORE_ACR.sub("", value.strip())
    v = " ".join(fold(value).split())
    toks = value.replace("–", " ").replace("-", " ").split()
    for acr, full in acronyms.items():
        whole = f"{full} ({acr})"
        ff, fw = " ".join(fold(full).split()), " ".join(fold(whole).split())
        if fw in v and v != fw and not v.startswith(acr.lower()):
            # "X (ACR) de l'Université Y": the whole name is written, and goes on; "X (ACR) in Hargeisa" goes on to
            # its town (capitalised words after "in", "à", "في")
            end = value.find(f"({acr})") + len(acr) + 2
            town = re.fullmatch(rf"\s+(?:{rules.place_link_re})\s*(?:[A-Z][^\W\d_]+|[\u0600-\u06ff]+)(?:\s[A-Z][^\W\d_]+){{0,2}}",
                                value[end:])
            head = ARTICLE.sub("", value[:end].strip())
            return whole if town and " ".join(fold(head).split()) == fw else value
        own = _ACR_PARENT.match(acr)
        if value.strip() in (acr, own["own"] if own else acr) or v in (ff, fw) or (acr in toks and ff in v) or _names_office(value, acr, rules) \
                or _acronym_with_its_legal_form(value, acr, full, rules):
            return whole
    return value


_LETTERS_ONLY = re.compile(r"[A-Z]{2,6}")  # an acronym of letters alone ("CRM"): no town, no digits


def written_out(value: str | None, text: str, acronyms: Mapping[str, str], rules: ExtractRules) -> str | None:
    """An organisation given only as its acronym ("CRM", "Organization: NVTC") that the message writes out elsewhere
    without putting the acronym in brackets after it ("le Croissant-Rouge Mauritanien souhaite ...", "the National
    Vocational Training Council"): the one run of capitalised words whose initials spell it, as written, the little
    words an acronym skips passed over; else None. A name spelled out with its acronym in brackets is `expand`'s."""
    acr = (value or "").strip()
    if not _LETTERS_ONLY.fullmatch(acr) or acr in acronyms or rules.places.hits(fold(acr)):
        return None
    found: set[str] = set()
    for line in text.split("\n"):
        run: list[str] = []
        for w in [*line.split(), ""]:
            core = w.strip(",.;:!?\"«»()")
            bare = ELISION.sub("", core)  # ("d'Accueil": a capitalised word)
            capitalised = bare[:1].isupper() and not bare.isupper()
            if capitalised or run and _acronym_link(core, rules) and core == w:
                run.append(core if run else bare)
                if core == w:
                    continue
            while run and (_acronym_link(run[0], rules) or fold(run[0]) in rules.articles):
                run.pop(0)  # "Le Croissant-Rouge ...", a name opening a sentence
            while run and _acronym_link(run[-1], rules):
                run.pop()
            if len(run) >= 2 and "".join(_initials(r) for r in run if not _acronym_link(r, rules)) == acr:
                found.add(" ".join(run))
            run = []
    return found.pop() if len(found) == 1 else None


# A question mark (Latin, Arabic): a line asking something ("ممكن تبعتولي اللينك؟", "Could you send the link?") names no one.
QUESTION = re.compile("[?؟]")


def _spelled_by_acronym_after(line: str, name: str) -> bool:
    """Whether the words read as a name are followed on their line by an acronym in brackets that their initials spell,
    in order, with at most one letter of a word the name leaves unwritten ("Solidarité Mésopotamie (ASM)", "Horizon
    Solidarity (HSA)"): a body. A person's line with their organisation's acronym ("Jane Doe (HBI)") is a person."""
    m = ACRONYM.search(line)
    if m is None or not line[: m.start()].rstrip().endswith(name):
        return False
    initials, letters = "".join(_initials(w) for w in name.split()), iter(m["a"].upper())
    return len(m["a"]) - len(initials) <= 1 and all(ch in letters for ch in initials)


def name_like(line: str, rules: ExtractRules, titled: bool = False) -> tuple[str | None, str | None]:
    """(honorific, name) when a whole line reads as a person's name, else (None, None).

    `titled`: the line is the one above a title line, so one word that is also a title word is a given name
    ("أمينة بلقاسم" over "رئيسة جمعية ...": Amina, not "secretary").
    """
    honorific, name = clean_name(line, rules)
    if not name or is_noise(line, rules) or any(unicodedata.category(ch) == "So" for ch in name) or QUESTION.search(name):
        return None, None  # (an emoji or a symbol: "وآسفين ع الإزعاج 🙏", a question: lines of the message, no name)
    if _spelled_by_acronym_after(line, name):
        return None, None  # "Solidarité Mésopotamie (ASM)": a body its acronym follows, not a person
    f = fold(name)
    toks = word_tokens(f)
    # (a word that is never a name's is none with the "و" of "and" before it: "ومنذ ذلك الحين", "وخلال العام الماضي")
    if len(name.split()) < 2 or not toks or any(t in rules.not_name or t in rules.events or t[:1] == "و"
                                                and t not in rules.waw_names and t[1:] in rules.not_name for t in toks):
        return None, None  # (no word at all: "| |", a table's rule; "الاستعراض الإقليمي" names the event)
    # "الأمانة الفنية", "إدارة التعاون الدولي", "Office of the Chairperson": an office signs, not a person
    if toks[0] in rules.offices_and_units or toks[0].removeprefix("ال") in rules.offices_and_units:
        return None, None
    titles = rules.title_words.hits(f)
    if rules.org_words.hits(f) or (titles and not (titled and titles == 1 and len(toks) <= 4)) \
            or rules.places.hits(f) == len(toks):
        return None, None
    if ARABIC.search(name):
        if re.search(r"[A-Za-z]", name):
            return None, None
    else:
        words = name.split()
        if not all(w[:1].isupper() or fold(w) in rules.particles or PARTICLE_PREFIX.match(w) for w in words):
            return None, None
    return honorific, name


# The pieces of a line that is a person and their title or organisation ("Name, Title – Organisation").
PIECES = re.compile(r"\s*[,،]\s*|\s+[-–—|]\s+")


# A colon that ends a value and introduces something else ("du SNTAM : intervention en plénière").
VALUE_END = re.compile(r"\s*[:：]\s+(?=\S)|\s+[:：]\s*(?=\S)")


def names_post(folded: str, rules: ExtractRules) -> bool:
    """Whether folded text names a post, a trade alone aside ("a returnee domestic worker who ..." describes the person)."""
    joined = f" {' '.join(word_tokens(folded))} "
    return rules.title_words.hits(folded) > sum(1 for t in rules.trades if f" {t} " in joined)


def _post_at_body(folded: str, rules: ExtractRules) -> bool:
    """Whether a phrase is a post, its words ending in a title word, at the body a strong preposition names ("youth
    coordinator at X Network", "chargée de plaidoyer au sein du Réseau Y", "programme officer with Z"): a title, however
    many of the body's own words follow."""
    cut = min((i for p in rules.split_strong if (i := folded.find(p)) > 0), default=-1)
    head = word_tokens(folded[:cut]) if cut > 0 else []
    return bool(head) and rules.title_words.has(head[-1])


def phrase_kind(seg: str, rules: ExtractRules) -> str:
    """What a phrase names: "title", "org" or "unknown"."""
    if _ACR_ALONE.fullmatch(seg.strip()):
        # "Tarek Nasser, AMRN", "FMWN-Gulf": an acronym alone names the organisation; "CEO", "COO" a post; a degree
        # after a name ("Karim Nassar, MD, MPH") neither
        if rules.title_words.has(fold(seg.strip())):
            return "title"
        return "unknown" if fold(seg.strip()).replace(".", "") in rules.bare_suffixes else "org"
    head, colon, tail = seg.rpartition(":")
    if colon and head.strip() and only_role(fold(tail), rules):
        seg = head  # "Gulf Workers Association: rapporteur": what a list item asks for after the colon names nothing
    f = fold(seg)
    toks = word_tokens(f)
    while toks[1:] and toks[0] in rules.articles:
        toks.pop(0)  # "Le Président de la Commission", "The Director of the Centre": a post all the same
    if toks and (rules.title_words.has(toks[0]) or rules.title_words.has(toks[-1]) or post_before_body(toks, rules)):
        return "title"
    if _post_at_body(f, rules):
        return "title"
    if rules.org_words.hits(f):
        return "org"
    if len(toks) >= 3 and (joined := " ".join(toks)) and any(joined.endswith(" " + form) for form in rules.legal_form_tokens):
        return "org"  # "SC Ankommen Wedding e.V.", "Maison X asbl": a registered body's legal form closes its name
    named = bool(_NAME_WITH_ACR.fullmatch(seg.strip()))
    if rules.title_words.hits(f) and not (named and rules.title_words.single.isdisjoint(toks)):
        return "title"
    # "Gulf Domestic Workers Solidarity (GDWS)": a capitalised name closed by its acronym; "Minya Returnees Youth
    # Volunteers (MRYV)" too, whose post words are only plural (a group of people, where a post is one person's)
    return "org" if named else "unknown"


def unquote(quoted: str) -> str:
    """Quoted text without its ">" marks and the "On ... wrote:" line, itself quoted or not ("> Le 3 févr. ... a écrit :")."""
    lines = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in quoted.split("\n")]
    if lines and (not quoted.lstrip().startswith(">") or not split(lines[0]).new.strip()):
        lines = lines[1:]
    return "\n".join(lines)
