"""Speakers written in prose: a name after a cue or an honorific in a sentence about speaking, the
appositive clauses around it split into title and organisation, and the organisation that proposes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from intake.extract_roles import asks_for_role
from intake.extract_rules import (
    _ARABIC,
    _ARROW,
    _ARTICLE,
    _BULLET,
    _PARTICLE_PREFIX,
    ExtractRules,
    _tokens,
)
from intake.extract_values import (
    _ACRONYM,
    _ELISION,
    _VALUE_END,
    _acronyms,
    _ar_unprefix,
    _Cand,
    _clean_value,
    _is_place,
    _is_reference,
    _kind,
    _lam_org,
    _names_role,
    _same_person,
    _split_honorific,
    _strip_punct,
)
from intake.folding import Folded, fold
from intake.rules import Haystack

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
            # (a word with tanween, "جداً", or a preposition glued to the article, "بالدعوة", is never part of a name)
            ok = bool(_ARABIC.search(w)) and f not in rules.not_name and not rules.title_words.has(f) \
                and not (taken and any(p.match(f) for p in rules.stop)) and len(taken) < 5 \
                and not _TANWEEN.search(w) and not _AR_PREP_ARTICLE.match(f)  # "وائل" opens a name
        else:
            ok = (w[:1].isupper() or bool(_PARTICLE_PREFIX.match(w)) or (f in rules.particles and bool(taken))) \
                and not rules.title_words.has(f) \
                and not rules.org_words.has(f) and f not in rules.not_name
        if not ok:
            break
        if w[-1] in ":;؛" and len(w) > 1:
            taken.append(w[:-1])  # "Amb. Omar Bouh: floor intervention": the colon ends the name
            break
        taken.append(w)
    while taken and fold(taken[-1]) in rules.particles:
        taken.pop()
    return " ".join(taken), " ".join(words[len(taken) :])


_ACCUSATIVE = re.compile(r"(?<=[\u0621-\u064a])(?:ا\u064b|\u064bا)(?=[\s،,.]|$)")  # "صحفياً": the noun "صحفي"
_TANWEEN = re.compile("[\u064b-\u064d]")
_AR_PREP_ARTICLE = re.compile(r"^(?:بال|كال|فال|لل)")
# a name written again in the other script, in brackets: "أحمد الحسين (Ahmad Al-Hussein)", "Ahmad Al-Hussein (أحمد الحسين)"
_LATIN_TWIN = re.compile(r"^\((?P<v>[A-Z][^()\u0600-\u06ff]*)\)\s*")
_ARABIC_TWIN = re.compile(r"^\((?P<v>[\u0600-\u06ff][^()A-Za-z]*)\)\s*")


def _without_twin(name: str, after: str, rules: ExtractRules) -> str:
    """What follows a name without the same name written in the other script."""
    m = (_LATIN_TWIN if _ARABIC.search(name) else _ARABIC_TWIN).match(after)
    if m is None:
        return after
    v = fold(m.group("v"))
    words = v.split()
    if not 1 < len(words) <= 6 or rules.title_words.hits(v) or rules.org_words.hits(v):
        return after
    return after[m.end() :]


def _describes(after: str, rules: ExtractRules) -> bool:
    """Whether the words running on from a name say who the person is ("وأعمل لدى شبكة ...", "وأنا منسقة ...")."""
    f = fold(after)
    for p in rules.work_lead:
        if (m := p.match(f)) and _org_start(Folded(after).slice(m.end(), len(f)), rules):
            return True
    return any((m := p.match(f)) and rules.title_words.hits(f[m.end() :]) for p in rules.title_lead)


def _org_start(rest: str, rules: ExtractRules) -> bool:
    """Whether a phrase opens with an organisation: an organisation word, an acronym or a capitalised name with one."""
    toks = _tokens(fold(rest))
    toks = [t for t in toks if t not in rules.articles] or toks
    if toks and rules.org_words.has(toks[0]):
        return True
    if re.match(r"^[A-Z][A-Z0-9&-]{1,9}\b", rest):
        return True
    return rest[:1].isupper() and rules.org_words.hits(fold(rest)) > 0 or bool(_ACRONYM_IN_BRACKETS.search(rest))


def _title_chain(folded: str, rules: ExtractRules) -> bool:
    """Whether a segment is two posts joined by "and", each in a body of the organisation ("Member of the Board
    of Commissioners and Chair of the Migrants Committee", "عضو مجلس المفوضين ورئيسة لجنة ..."): all of it is the title."""
    toks = _tokens(folded)
    if len(toks) < 4 or not rules.title_words.has(toks[0]):
        return False
    for k in range(2, len(toks)):
        second = toks[k + 1] if toks[k] in ("and", "et", "&") and k + 1 < len(toks) else toks[k][1:] if toks[k].startswith("و") else ""
        if second and rules.title_words.has(second):
            return not rules.title_words.has(toks[1])  # "Director and Founder of X": one post, then the organisation
    return False


def _split_title(seg: str, rules: ExtractRules) -> tuple[str, str | None]:
    """"Director at X" -> ("Director", "X"); a weak preposition splits only where an organisation begins."""
    fs = Folded(seg)
    strong = sorted((i, i + len(p)) for p in rules.split_strong for i in _find_all(fs.text, p)
                    if i > 0 and not _ar_field(fs.text[i + len(p) :], rules))
    if strong:
        i, j = strong[0]
        return fs.slice(0, i).strip(), _ar_unprefix(_ARTICLE.sub("", fs.slice(j, len(fs.text)).strip()), rules)
    if _title_chain(fs.text, rules):
        return seg, None
    weak = sorted((i, i + len(p)) for p in rules.split_weak for i in _find_all(fs.text, p) if i > 0)
    # A weak preposition splits first where a name is written (capitals, an acronym): "responsable de la
    # commission des travailleuses du SNTAM" keeps "de la commission" in the title. Else where an
    # organisation word starts ("مسؤول في لجنة", "head of unit of the network").
    # A name written in capitals to its end is preferred over one that runs on in lower case: "Président de la
    # Commission des relations extérieures de l'Assemblée de l'Union" belongs to the Assembly, the commission in the title.
    for named in (2, 1, 0):
        for i, j in weak:
            rest = _ARTICLE.sub("", fs.slice(j, len(fs.text)).strip())
            if named and not (_ELISION.sub("", rest)[:1].isupper() and _org_start(rest, rules)):
                continue
            if named == 2 and not all(_name_word(w) for w in rest.split()):
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


def _comma(seg: str) -> str:
    return "، " if _ARABIC.search(seg) else ", "


def _is_field(seg: str, rules: ExtractRules) -> bool:
    """Whether a phrase only names a field of work ("Protection", "Women's Economic Empowerment", "Legal Affairs")."""
    f = fold(seg)
    toks = [t for t in _tokens(f) if len(t) > 1 and t not in _CONNECTORS and t not in rules.articles]
    return bool(toks) and len(toks) <= 4 and all(rules.fields.has(t) for t in toks) and not re.search(r"[A-Z]{2,}", seg)


def _ar_field(folded_rest: str, rules: ExtractRules) -> bool:
    """Whether what follows "في" is a field or a place the title works in ("باحثة في المدن"), not an organisation:
    common nouns with the article and no organisation word, acronym or Latin name, or a word for a field ("قضايا")."""
    words = folded_rest.split()
    if words and rules.fields.has(words[0]) and not rules.org_words.hits(folded_rest) and not re.search(r"[a-z]", folded_rest):
        return True
    return bool(words) and all(w.startswith(("ال", "وال")) for w in words[:3]) and not rules.org_words.hits(folded_rest) \
        and not re.search(r"[a-z]", folded_rest) and not _is_reference(folded_rest, rules) and len(words) <= 3 \
        and not any(_strip_punct(w) in rules.events for w in words)


def _title_end(title: str | None, rules: ExtractRules) -> str | None:
    """A title without the description that runs on after it ("Vice-President and a domestic worker for 12 years")."""
    if not title:
        return title
    ft = Folded(title)
    ends = [m.start() for p in rules.title_end if (m := p.search(ft.text)) and m.start() > 0]
    return _strip_punct(ft.slice(0, min(ends))) or title if ends else title


def _find_all(text: str, sub: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sub), text)]


def _first_title(title: str, rules: ExtractRules, seg: str) -> str:
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


def _phrase(text: str, rules: ExtractRules, source: str, need_mark: bool = False, labelled: bool = False) -> _Cand | None:
    """A person phrase: "[possessive title,] [honorific] Name[, title][, affiliation]".

    `labelled`: the phrase is the value of a speaker label ("Nominee: ..."), so it names a person.
    """
    text = _before_role_clause(text, rules)
    f = fold(text)
    for p in rules.lead_in:
        m = p.match(f)
        if m:
            text = Folded(text).slice(m.end(), len(f)) if m.end() < len(f) else ""
            f = fold(text)
            break
    is_self = False
    for p in rules.self_reference:
        ft = Folded(text)
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
    title_before = bool(first and fold(first[0]) in rules.possessives and len(segs) > 1)
    if title_before:
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
    after = _without_twin(name, after, rules)
    if not arabic and (sep := _NAME_SEP.match(after)):
        # "Karim Dabbous - President - SSMRS", "Mme X | chargée de plaidoyer": a spaced dash, bar or slash after the
        # name separates the pieces as a comma does (an Arabic name's dash pieces are read as one title run below,
        # which keeps a construct title whole: "السيد X – عميد البلدية –")
        segs = [segs[0], *_segments(_PIECE_SEP.sub(", ", after[sep.end() :])), *segs[1:]]
        after = ""
    if (arabic or need_mark) and not honorific and not labelled and not (len(segs) > 1 and not after) \
            and not _describes(after, rules):
        # an Arabic name has no capitals: take it only after an honorific or a label, before a comma, or
        # before words that say who the person is ("أنا سامي داود وأعمل لدى ...")
        return None
    c.honorific = honorific
    c.set("name", name, source)
    rest_segs = ([after] if after else []) + segs[1:]
    if after.startswith("("):
        rest_segs = _segments(after[1:].split(")", 1)[0])  # "Mr. X (Director, Org) as speaker"
    for k, seg in enumerate(rest_segs):
        fs = fold(seg)
        work = next((m for p in rules.work_lead if (m := p.match(fs))), None)
        if work is not None:
            # "X and I work with the Y Network", "X وأعمل لدى شبكة Y": where the person works
            value = _ARTICLE.sub("", Folded(seg).slice(work.end(), len(fs)).strip())
            if value and _org_start(value, rules):
                _set_affiliation(c, value, rules, source)
            break
        if k == 0 and after and not after.startswith("(") and not rules.title_words.hits(fs) \
                and not _ARABIC.search(seg):
            # words run on from the name without a comma: a title only if it says so ("received the link"
            # is not), an organisation only after a preposition ("Mercy Boateng from Domestic Workers Voice")
            lead = next((p for p in rules.affiliation_lead if fs.startswith(p)), None)
            value = _ARTICLE.sub("", Folded(seg).slice(len(lead), len(fs)).strip()) if lead else ""
            if value and _org_start(value, rules) and not _is_place(value, rules):
                _set_affiliation(c, value, rules, source)
            break
        if k == 0 and after and not after.startswith("(") and _is_role_clause(seg, rules):
            break  # "الأستاذة X بمداخلة في المائدة المستديرة": what the person is proposed for, not who they are
        m = next((m for p in rules.title_lead if (m := p.match(fs))), None)
        if m:
            seg = _ACCUSATIVE.sub("", Folded(seg).slice(m.end(), len(fs)))  # "وأعمل منسقاً في ...": "منسق"
            if not rules.title_words.hits(fold(seg)):
                break  # "X is unable to attend": a copula opens a title only when one follows
        elif _stops(seg, rules):
            break
        fs = fold(seg)
        lead = next((p for p in rules.affiliation_lead if fs.startswith(p)), None)
        if lead is not None:
            value = Folded(seg).slice(len(lead), len(fs))
            if _stops(value, rules):
                break
            _set_affiliation(c, _ARTICLE.sub("", value.strip()), rules, source)
            break
        kind = _kind(seg, rules)
        title, aff = _split_title(seg, rules)
        if aff and fold(seg.split()[0]) in rules.possessives and not any(p in f" {fs} " for p in rules.split_strong):
            # "our Director of Partnerships", "notre responsable des programmes": the organisation is ours, the rest
            # is the post
            title, aff, kind = seg, None, "title"
        following = rest_segs[k + 1] if k + 1 < len(rest_segs) else ""
        if aff and following and _kind(following, rules) == "org" and rules.title_words.hits(fold(title)) \
                and not _stops(following, rules) and not _is_role_clause(following, rules):
            # "X, Member of the Steering Committee, MYMRN": the organisation comes next, so what this
            # segment names is part of the title
            title, aff = seg, None
        if aff and rules.title_words.hits(fold(title)):
            kind = "title"  # "Senior Researcher at the Gulf Labour Institute"
        if not c.title and kind != "org":
            words = title.split()
            if len(words) > 1 and fold(words[0]) in rules.possessives:
                title = " ".join(words[1:])  # "our Advocacy Officer": the title, at the proposing organisation
                c.org_ref = c.org_ref or not aff
            cleaned = _clean_value(_first_title(title, rules, seg), rules)
            if not aff and cleaned and " | " in cleaned:
                # "باحث أول - المركز المصري ...": dashes used as commas, the organisation after the title
                head, _, tail = cleaned.partition(" | ")
                if _kind(tail.split(" | ")[0], rules) == "org":
                    cleaned, aff = head, tail.split(" | ")[0]
            if cleaned and _AT_OURS.search(cleaned):
                cleaned, c.org_ref = _AT_OURS.sub("", cleaned), c.org_ref or not aff  # "مسؤولة السياسات لدينا"
            c.set("title", cleaned, source)
            if aff:
                _set_affiliation(c, aff, rules, source)
                break
            continue
        if kind == "org" and c.title and not c.affiliation and _kind(following, rules) == "org" \
                and rules.units & {_tokens(fs)[0], _tokens(fs)[-1]} and not _stops(following, rules):
            # "Chair, Committee on Migrant Health, Mount Lebanon Medical Association", "Head, Legal Aid Unit, Caritas":
            # the unit the post heads, then the body it belongs to
            c.title = f"{c.title}{_comma(seg)}{_strip_punct(seg)}"
            continue
        if kind == "unknown" and c.title and not c.affiliation and _kind(following, rules) == "org" \
                and not _stops(following, rules) and not _is_place(seg, rules):
            # "Programme Specialist, Women's Economic Empowerment, UN Women": the field goes with the title
            c.title = f"{c.title}{_comma(seg)}{_strip_punct(seg)}"
            continue
        if kind == "unknown" and c.title and not c.affiliation and _is_field(seg, rules):
            c.title = f"{c.title}{_comma(seg)}{_strip_punct(seg)}"  # "Senior Programme Officer, Protection": the field, no organisation
            continue
        if kind == "title" and c.title and not c.affiliation and rules.title_words.has(_tokens(fs)[0] if _tokens(fs) else ""):
            # "avocate, présidente de la commission des droits des étrangers": a second title; the unit it heads
            # stays in it unless it is an organisation written as a name ("President of the Tunisian Bar Association")
            title, aff = _split_title(seg, rules)
            if aff and not _written_as_name(aff):
                title, aff = seg, None
            title = _strip_punct(_clean_value(title, rules) or title)
            # "notre directrice, Mme X, Executive Director du Mouvement Y": the post with its organisation says it in
            # full; the possessive one before the name only pointed at it (often in another language)
            c.title = title if aff and title_before else f"{c.title}{_comma(seg)}{title}"
            if aff:
                _set_affiliation(c, aff, rules, source)
                break
            continue
        described = _ARABIC.match(seg) and kind != "org" and any(p.search(fold(f" {seg}")) for p in rules.title_end)
        if kind == "org" or seg[:1].isupper() or (_ARABIC.match(seg) and not described) or _is_reference(seg, rules):
            # (an Arabic clause describing the person, "أكتب منذ سنوات ...", is no organisation)
            # an affiliation by position must at least be written like a name ("instead" is not one)
            _set_affiliation(c, seg, rules, source)
        break
    return c


def _written_as_name(value: str) -> bool:
    """Whether an organisation is written as a proper name, every word capitalised but the links
    ("Tunisian Bar Association", "Conseil National des Droits"), not as common nouns ("Commission des droits des étrangers")."""
    return bool(_ARABIC.search(value)) or all(_name_word(w) or not w[:1].isalpha() for w in value.split())


def _name_word(word: str) -> bool:
    """Whether a word is written as in a proper name: capitalised, or a link ("de", "l'Union", "of")."""
    bare = _ELISION.sub("", word)
    return bare[:1].isupper() or word.lower() in _CONNECTORS or bare.lower() in _CONNECTORS


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
    return _names_role(f, rules) and not rules.org_words.hits(f) and not rules.title_words.hits(f)


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


def _second_role_cut(value: str, rules: ExtractRules) -> str:
    """An organisation without a second role joined after it ("Université X et membre de notre conseil")."""
    for m in re.finditer(r"\s+(?:and|et)\s+(?:(?:a|an|un|une|the|le|la|also|aussi)\s+)?(\S+)", value, flags=re.IGNORECASE):
        if rules.title_words.has(fold(m.group(1))):
            return value[: m.start()]
    return value


def _before_request(value: str, rules: ExtractRules) -> str:
    """An Arabic organisation without the request joined after it ("شبكة المشرق للهجرة وأرغب في المشاركة")."""
    words = value.split()
    for k in range(1, len(words)):
        f = fold(words[k])
        if f.startswith("و") and any(p.search(f" {f[1:]} ") for p in rules.own_request):
            return " ".join(words[:k])
    return value


_AR_EVENT_LINKS = {"في", "خلال", "ضمن", "اثناء"}


def _before_event(value: str, rules: ExtractRules) -> str:
    """An Arabic organisation without the session it speaks at ("جمعية ... في المائدة المستديرة الأولى")."""
    words = value.split()
    for k in range(1, len(words)):
        f = fold(_strip_punct(words[k]))
        if f in _AR_EVENT_LINKS and k + 1 < len(words) and fold(_strip_punct(words[k + 1])) in rules.events \
                or re.sub(r"^[بل]", "", f) in rules.events and f[:1] in "بل":
            return " ".join(words[:k])
    return value


def _set_affiliation(c: _Cand, value: str, rules: ExtractRules, source: str) -> None:
    """Set the affiliation, or mark it as a reference to the proposing organisation ("the Forum", "الشبكة")."""
    # "du SNTAM : intervention depuis la salle": a colon ends the organisation and introduces something else
    value = _VALUE_END.split(value, maxsplit=1)[0]
    # (Arabic names carry "و"/"لل" words that the stop cues would cut, so only Latin values are cut)
    if not _ARABIC.search(value):
        value = _cut_at_stop(value, rules)  # "from our team will be rapporteur": the clause is not the organisation
        value = _second_role_cut(value, rules)
        # "l'association Horizons Migrations": a lower-case kind word before the name is not part of it
        lead = re.match(r"(?:l['’]|la\s+|le\s+|the\s+)?(?P<w>[^\W\d_A-Z][\w-]*)\s+(?=[A-Z])", value)
        if lead and rules.org_words.has(fold(lead.group("w"))) and rules.org_words.hits(fold(value[lead.end() :])) == 0:
            value = value[lead.end() :]
    else:
        value = _before_event(_before_request(value, rules), rules)
        if value and _strip_punct(fold(value.split()[0])) in rules.events:
            return  # "في المشاركة في النقاش المفتوح": what the person is to do, no organisation
    cleaned = _clean_value(value, rules)
    if _is_reference(cleaned, rules):
        c.org_ref = True
    elif cleaned and (_ARABIC.search(cleaned) or re.search(r"\b[A-Z]", cleaned) or rules.org_words.hits(fold(cleaned))):
        c.set("affiliation", cleaned, source)


_CONNECTORS = {"of", "for", "the", "and", "on", "in", "to", "de", "des", "du", "la", "le", "les", "pour", "et", "sur", "en", "&", "al",
               "el"}


_ELIDED_ARTICLE = re.compile(r"^(?:[ldLD]['’])")
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,}(?:-[A-Z0-9]{1,4})?\)")  # "(MDWV)", "(SPDN-UK)"
_ACRONYM_IN_BRACKETS_PUNCT = re.compile(rf"{_ACRONYM_IN_BRACKETS.pattern}[,.;:]?")


def _org_runs(line: str, rules: ExtractRules) -> list[tuple[int, str]]:
    """Runs of capitalised words naming an organisation in a line, with their word index."""
    words = line.split()
    # "Laboratoire Mobilités, Territoires et Sociétés (LMTS)": a comma inside a name its acronym spells out
    spelled = [full for full in _acronyms(line, rules).values() if "," in full] if "," in line and "(" in line else []
    out = []
    i = 0
    while i < len(words):
        run: list[str] = []
        j = i
        while j < len(words):
            word = words[j].strip(",.;:!?\"«»")
            w = _ELIDED_ARTICLE.sub("", word) if word[:1] in "ldLD" else word
            if "(" not in w:
                w, word = w.rstrip(")"), word.rstrip(")")
            if w[:1].isupper() or (run and w.lower() in _CONNECTORS) or _ACRONYM_IN_BRACKETS.fullmatch(w):
                run.append(word if run else w)  # "de l'Université" inside a name keeps its article
                j += 1
                if words[j - 1][-1:] in ",.;:!?" and not _ACRONYM_IN_BRACKETS_PUNCT.fullmatch(words[j - 1]):
                    if not any(0 <= (k := " ".join(words[i:]).find(full)) < len(" ".join(words[i:j])) < k + len(full)
                               for full in spelled):
                        break
                    run[-1] += ","
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


_AR_ORG_LINKS = {"مع", "ضد", "حول", "عن", "لاجل"}
_AR_PARTICLES = {"ان", "انه", "انها", "قد", "لقد", "الذي", "التي", "الذين", "على", "من", "الى", "في", "ما", "لا", "لم", "لن", "هي", "هو"}


def _arabic_org(clause: str, rules: ExtractRules) -> str | None:
    """An Arabic organisation name in a clause: an organisation word, the word it governs, then its attributes."""
    words = clause.split()
    for i, w in enumerate(words):
        if not rules.org_words.has(fold(w)):
            continue
        run = [w]
        rest = words[i + 1 :]
        k = 0
        while k < len(rest):
            f = fold(rest[k])
            if f in rules.honorifics or _strip_punct(f) in rules.events or (k == 0 and f in _AR_PARTICLES):
                # "... المهاجرين الأستاذ X": the person proposed; "جمعية X المشاركة": what it asks for;
                # "يسر المفوضية أن ترشح": a particle governs no name
                break
            # attributes and complements carry the article or a preposition glued to it ("العربية", "للهجرة", "والتنمية")
            if k == 0 and not re.match(r"^(?:ب|ل(?!ل)|ك)", f) or re.match(r"^(?:ال|لل|وال|ل\S{3,})", f):
                run.append(rest[k])
            elif k > 0 and re.match(r"^ل(?!ل)\S{3,}$", fold(run[-1])) and k + 1 < len(rest) and _ARABIC.match(f) \
                    and re.match(r"^(?:ال|وال)", fold(rest[k + 1])):
                # "مبادرة الخليج لإصلاح ممارسات التوظيف": what the organisation is for governs the next noun
                run += rest[k : k + 2]
                k += 1
            elif k > 0 and f in _AR_ORG_LINKS and k + 1 < len(rest) and fold(rest[k + 1]).startswith("ال"):
                run += rest[k : k + 2]  # "جمعية التضامن مع المهاجرين": a complement with its own preposition
                k += 1
            elif k > 0 and f in _AR_ORG_LINKS and k + 2 < len(rest) and _construct(rest[k + 1], rest[k + 2], rules):
                run += rest[k : k + 3]  # "للدفاع عن حقوق المهاجرين": the complement is itself a construct
                k += 2
            elif k > 0 and not re.match(r"^(?:ال|وال|لل)", fold(run[-1])) and run[-1][-1:] not in ",،." \
                    and k + 1 < len(rest) and _construct(rest[k], rest[k + 1], rules):
                # "تجمع محامي عدن للدفاع ...": a chain of bare nouns goes on while the next word carries it on
                run.append(rest[k])
            elif k > 0 and re.match(r"^(?:ب|في)", f) and _is_place(_strip_punct(rest[k])[1:], rules):
                run.append(rest[k])  # "... بصفاقس": the town is part of a local association's name
                break
            elif k > 1 and f == "في" and k + 1 < len(rest) and fold(rest[k + 1]).startswith("ال"):
                # "مركز ... للدراسات في الهجرة والتنمية": a field or region the name carries on with,
                # unless it is the event the organisation speaks at ("... في المؤتمر الإقليمي")
                tail = list(itertools.takewhile(lambda t: re.match(r"^(?:ال|وال)", fold(t)), rest[k + 1 : k + 4]))
                if any(fold(_strip_punct(t)) in rules.events for t in tail):
                    break
                run += [rest[k], *tail]
                break
            else:
                break
            k += 1
        after = words[i + len(run) : i + len(run) + 1]
        if after and _ACRONYM_IN_BRACKETS_PUNCT.fullmatch(after[0]) and run[-1][-1:] not in ",،.":
            run.append(after[0])  # "... التوظيف (GRRI)": the acronym closes the name
        if len(run) == 1:
            continue  # "بالهيئة", "الجمعية" alone point back at an organisation, they name none
        return _strip_punct(" ".join(run))
    return None


def _construct(word: str, nxt: str, rules: ExtractRules) -> bool:
    """Whether a bare Arabic noun and the word after it go on with an organisation's name ("حقوق المهاجرين",
    "عدن للدفاع"); not a verb before the person it proposes ("ترشح السيدة"), a title or the event."""
    f, n = fold(word), fold(_strip_punct(nxt))
    return bool(_ARABIC.match(f)) and not re.match(r"^(?:ال|وال|لل|و)", f) and word[-1:] not in ",،.:" \
        and bool(re.match(r"^(?:ال|لل|وال)", n)) and f not in rules.not_name and not rules.title_words.has(f) \
        and not _split_honorific(nxt, rules)[0] and not rules.title_words.has(n) and n not in rules.events \
        and re.sub(r"^لل", "ال", n) not in rules.events


def _possessive_post(clause: str, rules: ExtractRules) -> bool:
    words = fold(clause).split()
    return len(words) > 1 and words[0] in rules.possessives and bool(rules.title_words.hits(" ".join(words[1:])))


def _clause_org(before: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation that proposes: the last one named in the sentence before the person."""
    # Only the clause that leads to the person, or one that says on whose behalf: an organisation named
    # earlier in the sentence ("Following the invitation of IOM, ...") is not the one proposing.
    # (a comma inside a name its acronym spells out, "Laboratoire Mobilités, Territoires (LMT)", splits nothing)
    inside = [(m.start(), m.end()) for full in acronyms.values() if "," in full for m in re.finditer(re.escape(full), before)]
    clauses, start = [], 0
    for m in re.finditer(r"[،,؛;]\s*", before):
        if not any(a < m.start() < b for a, b in inside):
            clauses.append(before[start : m.start()])
            start = m.end()
    clauses.append(before[start:])
    lead = [clauses[-1]]
    while len(lead) < len(clauses) and (len(lead[-1].split()) <= 2 or any(p.match(fold(lead[-1])) for p in rules.aside)):
        # "Our organisation, the X Alliance, nominates": the subject is in apposition; "le Barreau X, à travers sa
        # Commission Y, souhaite": the subject is before the aside
        lead.append(clauses[-1 - len(lead)])
    lead = [c for c in lead if not any(p.match(fold(c)) for p in rules.aside)] or lead
    # "Mr. X, our Director of Partnerships, as a speaker": a post in the proposer, no organisation of its own
    lead = [c for c in lead if not _possessive_post(c, rules)]
    for clause in lead + [c for c in clauses[:-1] if any(p.match(fold(c)) for p in rules.behalf)]:
        found = [(len(" ".join(clause.split()[:i])), run) for i, run in _org_runs(clause, rules)]
        for m in _ACRONYM.finditer(clause):
            if m.group("a") in acronyms and not any(m.group() in run for _, run in found):
                found.append((m.start(), f"{acronyms[m.group('a')]} ({m.group('a')})"))
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
    # Sentences are pieces of the text's lines, joined back where the mailer wrapped them.
    whole = Haystack(fold(text))
    cues = [p for p in cues if whole.may_match(p, rejoined=True)]
    if not cues:
        return None
    earlier: list[str] = []
    for line in _logical_lines(text):
        for _, sent in _sentences(line, rules):
            fs = Folded(sent)
            # ("Au nom de la Fédération X, nous proposons ...": the first cue may open the sentence, the next one names it)
            for hit in sorted({m.start() for p in cues if (m := p.search(fs.text))}):
                before = sent[: fs.at(hit)]
                org = _clause_org(before, rules, acronyms)
                if org:
                    return org
                refs = [w for w in re.split(r"[،,؛;]", before)[-1].split() if _is_reference(w, rules)]
                if refs:
                    # "تهديكم المفوضية الوطنية ...، ويسرّ المفوضية أن ترشّح": the organisation named before, in full
                    return _named_in_full(refs[0], "\n".join([*earlier, before]), rules)
            earlier.append(sent)
    return None


def _named_in_full(ref: str, text: str, rules: ExtractRules) -> str | None:
    """The last organisation a text names in full that a reference to it ("المفوضية", "the Commission") opens with."""
    head = [t for t in _tokens(fold(ref)) if t not in rules.articles]
    if not head:
        return None
    found = None
    for clause in re.split(r"[،,؛;.\n]", text):
        org = _arabic_org(clause, rules) if _ARABIC.search(clause) else None
        runs = [org] if org else [run for _, run in _org_runs(clause, rules)]
        for run in runs:
            toks = [t for t in _tokens(fold(run)) if t not in rules.articles]
            if len(toks) > 1 and toks[0] == head[0]:
                found = _ARTICLE.sub("", run)
    return found


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
    if "\t" in last.strip() or "\t" in line.strip():
        return False  # tab-separated cells are a table row, never prose running on to the next row
    # A mark or a number opens a list item; a letter and a dot after a sentence cut short is more likely
    # an initial or an honorific ("... le titre exact de\nM. Abdelkrim Ben Salah est ...").
    # Lines that each open with a label ("Rapporteur: Ms. X ...", "Roundtable 3 - Dr. Y ...") are rows of a list.
    return len(last) >= 55 and last.rstrip()[-1:] not in ".:!?؟" and not _ITEM_MARK.match(line) \
        and not (_LABEL_OPEN.match(line) and _LABEL_OPEN.match(last))


_ITEM_MARK = re.compile(r"^\s*(?:[-•*–·▪►>]+|\(?\d{1,2}[.)\-]|\(?[a-z]\))")
# a line opening with a short label (not lower-case Latin) and a colon or a spaced dash
_LABEL_OPEN = re.compile(r"^\s*(?![a-z])[^\W\d_](?:[^\s:：–—-]*\s){0,4}?[^\s:：–—-]*\s*(?:[:：]|\s[-–—])\s+\S")


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


def _honorific(text: str, rules: ExtractRules) -> str | None:
    """The honorific a text opens with, when a name follows it: "Me Salma X" is Maître, "register me for" is no one."""
    hon, rest = _split_honorific(text, rules)
    return hon if hon and (rest[:1].isupper() or _ARABIC.match(rest)) else None


_ROLE_THEN_PERSON = re.compile(r"^(?P<role>[^:：\n]{3,120}?)\s*[:：]\s+(?P<rest>\S.*)$")
_DASH = re.compile(r"\s+[-–—|]\s+")
_FIRST_COMMA = re.compile(r"\s*[,،]\s*")
_PERSON_TAIL = re.compile(r"(?P<person>[^,،()]+?)\s*(?:[,،]\s*(?P<tail>.*)|\((?P<inner>[^()]*)\)(?P<after>.*))?$")


def _person_first(body: str, rules: ExtractRules) -> str:
    """A person line written title first, as "Name, Title": "Plenary: Director – Dr. X", "مديرة – السيدة X".

    A role stated before a colon is dropped from the phrase (the line still gives the speaker's roles).
    """
    m = _ROLE_THEN_PERSON.match(body.strip())
    rest = m.group("rest") if m and _is_role_clause(m.group("role"), rules) else body
    pieces = _DASH.split(rest.strip())
    if len(pieces) < 2:
        # "Directrice exécutive, Mme X (Fondation Y)": a short title, nothing else, before the comma
        pieces = _FIRST_COMMA.split(rest.strip(), maxsplit=1)
        toks = _tokens(fold(pieces[0]))
        if len(toks) > 5 or not any(rules.title_words.has(t) for t in toks[:3]) or any(t in rules.possessives for t in toks):
            pieces = pieces[:1]
    if len(pieces) >= 2 and len(pieces[0].split()) <= 8 and not _honorific(pieces[0], rules) \
            and _honorific(pieces[1], rules) and rules.title_words.hits(fold(pieces[0])) and not _stops(pieces[0], rules):
        # the title goes right after the name, before what the person's piece says next ("Dr. X, Commission (C)")
        p = _PERSON_TAIL.match(pieces[1])
        tail = [t for t in (p.group("tail"), p.group("inner"), p.group("after")) if t and t.strip(" ,،")] if p else []
        person = p.group("person") if p else pieces[1]
        return ", ".join([person, pieces[0], *(t.strip(" ,،") for t in tail), *pieces[2:]])
    return rest if _honorific(rest.strip(), rules) else body


def _prose(text: str, rules: ExtractRules) -> tuple[list[_Cand], bool]:
    """Speakers written in sentences or list items, and whether a third party is proposed."""
    cands: list[_Cand] = []
    third = False
    acronyms = _acronyms(text, rules)
    intro = -10
    for i, unit in enumerate(_units(text)):
        line = unit.text
        fl = fold(line)
        if any(p.search(fl) for p in rules.list_intro):
            intro = i
        item = _BULLET.match(fl) if _is_item(line) else None
        body = _person_first(line[len(item.group()) :] if item else line, rules)
        hon = _honorific(body.strip(), rules)
        if (item and i - intro <= 3) or hon:
            # a list item after "the following:" or a line opening with an honorific is one person;
            # the item's further lines give its title and affiliation, or its roles
            details = [m for m in unit.more if m and not asks_for_role(m, rules)]
            phrase = ", ".join([body.rstrip(" ,;"), *details]) if item else _sentence(body, 0, rules)
            c = _phrase(phrase, rules, "prose", need_mark=not hon)
            rank, _, rest = phrase.strip().partition(" ")
            named = c is not None and bool(c.name) and not (len(c.name.split()) > 2 and c.name.startswith(rank))
            if not named and item and rest and rules.title_words.has(fold(rank)):
                # "- النائبة سعاد الورفلي، مقررة اللجنة، ...", "- Councillor Jane Doe, ...": a rank addresses the person
                c = _phrase(rest, rules, "prose", need_mark=not _honorific(rest, rules))
            if c is not None and (c.name or c.is_self):
                c.role_text = "\n".join(unit.raw)
                c.lines = unit.raw
                cands.append(c)
                third = third or not c.is_self
                intro = i if item else intro  # the list goes on
                continue
        for cue in rules.prose:
            for m in cue.regex.finditer(fl):
                fline = Folded(line)
                start = fline.at(m.end())
                phrase = _sentence(line, start, rules)
                c = _phrase(phrase, rules, "prose")
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
                            _possessive_person(fp, rules) or _honorific(phrase.strip(), rules):
                        third = True
                if c is not None and c.name and not any(_same_person(c.name, o.name) for o in cands):
                    if cue.third_party:
                        before = _sentence_before(line, fline.at(m.start()))
                        c.subject_org = _clause_org(before, rules, acronyms)
                    c.first_person = not cue.third_party  # "I am X", "je suis X", "معكم د. X": the sender
                    c.lines, c.sentence_roles, c.pos = (line,), True, start
                    c.role_more = _whole_sentence(line, start, rules)
                    cands.append(c)
        for c in _honorific_mentions(line, rules, "prose", acronyms):
            if not any(_same_person(c.name, o.name) for o in cands):
                cands.append(c)
                third = True
        # each speaker named in a sentence owns the words from its name to the next speaker's
        named = sorted((c for c in cands if c.sentence_roles and c.lines == (line,) and not c.role_text), key=lambda c: c.pos)
        for k, c in enumerate(named):
            c.role_text = line[c.pos : named[k + 1].pos if k + 1 < len(named) else len(line)]
    return cands, third


def _subject_person(subject: str, rules: ExtractRules) -> _Cand | None:
    """A person the subject line proposes ("Demande de prise de parole - M. X, conseiller, Commune Y - plénière",
    "Speaker request: Dr. X, Director, Y", "طلب مداخلة | السيد X، مدير جمعية Y")."""
    for piece in re.split(r"\s+[-–—|/]\s+|\s*[:：|]\s+", subject):
        body = _person_first(piece.strip(), rules)
        if _honorific(body.strip(), rules):
            c = _phrase(body.strip(), rules, "prose")
            if c is not None and c.name:
                return c
    return None


def _possessive_person(folded: str, rules: ExtractRules) -> bool:
    """Whether a phrase opens with a possessive and a person ("our director", "notre membre", "our speaker").

    Whatever else follows a possessive ("notre Ambassade", "our Chamber", "notre association") is the proposer's own
    body: speaking on its behalf proposes no one else.
    """
    words = [w.strip(",.;:") for w in folded.split(None, 2)]
    if len(words) < 2 or words[0] not in rules.possessives:
        return False
    noun = words[1]
    return rules.title_words.has(noun) or noun in rules.membership or any(p.search(noun) for p in rules.speaking)


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
            if len(words) - k - 1 <= 5 and rules.title_words.hits(rest) and not set(rest.split()) <= rules.membership:
                return cut + words[k].start()
            break
    return pos


_TITLE_THEN_COMMA = re.compile(r"\s+[^,،.;:]{2,60}?[,،]\s+(?=\S)")


def _honorific_mentions(line: str, rules: ExtractRules, source: str, acronyms: Mapping[str, str]) -> list[_Cand]:
    """People named after an honorific inside a sentence about speaking ("would be honoured if Prof. X ...")."""
    out: list[_Cand] = []
    # a sentence about speaking: the speaking words, the role words or a proposing cue; only those the line may hold
    whole = Haystack(fold(line))
    cues = [p for p in (*rules.speaking, *(p for _, pats in rules.roles for p in pats),
                        *(c.regex for c in rules.prose if c.third_party)) if whole.may_match(p)]
    if not cues:
        return out
    for offset, sent in _sentences(line, rules):
        fs = fold(sent)
        if not any(p.search(fs) for p in cues):
            continue
        prev: str | None = None
        for m in re.finditer(r"\S+", sent):
            word = m.group()
            at = m.start()
            if word.startswith("و") and _split_honorific(word[1:], rules)[0]:
                word, at = word[1:], at + 1  # "والسيدة هدى": "and Mrs. Huda"
            glued = ""
            if word.startswith("لل") and _split_honorific("ال" + word[2:], rules)[0]:
                glued = "ال" + word[2:]  # "الكلمة للدكتورة هدى": "the floor for Dr. Huda"
                word = glued
            hon = _split_honorific(word, rules)[0]
            after_hon = prev is not None and _split_honorific(prev, rules)[0] is not None
            greeted = prev is not None and fold(prev).strip(",.:!") in rules.greetings
            prev = word
            if not hon or after_hon or greeted:
                continue
            start = _possessive_start(sent, at, rules)
            c = _phrase(glued + sent[at + len(glued) :] if glued else sent[start:], rules, source)
            if c is None or not c.name or any(_same_person(c.name, o.name) for o in out):
                continue
            if start == at and not c.title:
                start = _arabic_title_before(sent, at, c, rules) if _ARABIC.search(word) else _possessive_title_before(sent, at, c, rules)
            c.subject_org = _clause_org(sent[:start], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + at, sent
            out.append(c)
        # "our programme manager, Mustafa Jabbar, to take part": a possessive title marks the name after it
        for w in re.finditer(r"\S+", sent):
            m = _TITLE_THEN_COMMA.match(sent, w.end())
            if fold(w.group()) not in rules.possessives or m is None or not rules.title_words.hits(fold(m.group())):
                continue
            c = _phrase(sent[w.start() :], rules, source)
            if c is None or not c.name or any(_same_person(c.name, o.name) for o in out):
                continue
            c.subject_org = _clause_org(sent[: w.start()], rules, acronyms)
            c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + m.end(), sent
            out.append(c)
        # "ستشارك بدلاً مني زميلتي ريم عيتاني، ...", "my colleague Sara Haddad will speak": a colleague named
        fsent = Folded(sent)
        for p in rules.lead_in:
            for m in p.finditer(fsent.text):
                at = fsent.at(m.start())
                if at and not sent[at - 1].isspace():
                    continue
                c = _phrase(sent[at:], rules, source)
                if c is None or not c.name or any(_same_person(c.name, o.name) for o in out):
                    continue
                c.subject_org = _clause_org(sent[:at], rules, acronyms)
                c.lines, c.sentence_roles, c.pos, c.role_more = (line,), True, offset + at, sent
                out.append(c)
    return out


def _possessive_title_before(sent: str, at: int, c: _Cand, rules: ExtractRules) -> int:
    """A title after a possessive just before the honorific ("notre secrétaire générale Mme X"): set it, return where it starts."""
    words = list(re.finditer(r"[^\s,;:()]+", sent[:at]))[-6:]
    if not words or sent[words[-1].end() : at].strip():
        return at  # punctuation between: not one phrase
    for k in range(len(words) - 2, -1, -1):
        if fold(words[k].group()) in rules.possessives:
            title = sent[words[k + 1].start() : words[-1].end()]
            if sent[words[k].end() : words[-1].end()].count(",") or not rules.title_words.hits(fold(title)):
                return at
            if all(fold(w.group()) in rules.membership for w in words[k + 1 :]):
                return at  # "notre membre Mme X": how she belongs to the proposer, not her title
            c.set("title", _clean_value(title, rules), "prose")
            c.org_ref = True
            return words[k].start()
    return at


def _arabic_title_before(sent: str, at: int, c: _Cand, rules: ExtractRules) -> int:
    """A title written just before the honorific, or before it and a comma ("مديرة البرامج لدينا السيدة X",
    "يشارك مدير البرامج في المؤسسة، الدكتور X،"): set it, return where it starts."""
    words = list(re.finditer(r"[^\s,،.:;]+", sent[:at]))[-5:]
    if sent[words[-1].end() : at].strip() not in ("", ",", "،") if words else True:
        return at  # other punctuation between: not one phrase
    for k, w in enumerate(words):
        if not rules.title_words.has(fold(w.group())):
            continue
        title = sent[w.start() : words[-1].end()]
        # "لدينا"/"في جمعيتنا": at the proposing organisation
        bare = _AT_OURS.sub("", re.sub(r"\s+(?:لدى|في)\s+\S+$", "", title))
        if bare != title or _is_reference(title.split()[-1], rules):
            c.org_ref = True
        c.set("title", _clean_value(bare, rules), "prose")
        return words[k].start()
    return at
