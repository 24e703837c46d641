"""Organisations in prose: where a title phrase's organisation begins ("Director at X"), the runs of words that
name an organisation in a sentence, and the organisation a sentence names as the one proposing a speaker
("On behalf of the X Network, we nominate ...", "يسر جمعية X أن ترشح ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from intake.extract_rules import ARABIC, ARTICLE, BULLET, ExtractRules, spelled_as_name, word_tokens
from intake.extract_values import (
    ACRONYM,
    ELISION,
    ar_unprefix,
    article_org,
    ba_org,
    glued_reference,
    is_field,
    is_place,
    is_reference,
    lam_org,
    names_seat,
    names_unit,
    only_places,
    possessive_reference,
    post_before_body,
    same_as_before,
    spelled_acronyms,
    split_honorific,
    strip_punct,
)
from intake.folding import Folded, fold

_ELIDED_ARTICLE = re.compile(r"^(?:[ldLD]['’])")
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,}(?:-[A-Z0-9]{1,4})?\)")  # "(MDWV)", "(SPDN-UK)"
_ACRONYM_IN_BRACKETS_PUNCT = re.compile(rf"{_ACRONYM_IN_BRACKETS.pattern}[,.;:]?")
# a word in capitals opening a phrase, unless the phrase is shouted (three such words in a row)
_ACRONYM_OPENS = re.compile(r"[A-Z]{2,}\b(?!\s+[A-Z]{2,}\s+[A-Z]{2,}\b)")


def opens_clause(seg: str, rules: ExtractRules) -> bool:
    """Whether a phrase opens another clause ("pour une intervention", "and I would like"); not when it opens with an
    acronym that folds to a clause word ("WHO Country Office for Oman" is no "who ..."), nor with a title word: an
    Arabic post whose own first letter is "و" ("وكيل وزارة العمل", "وزيرة الدولة") is no "and ..."."""
    f = fold(seg).lstrip()
    if f.split(" ", 1)[0] in rules.title_words.single:
        return False
    return not _ACRONYM_OPENS.match(seg.lstrip()) and any(p.match(f) for p in rules.stop)


def org_start(rest: str, rules: ExtractRules) -> bool:
    """Whether a phrase opens with an organisation: an organisation word, an acronym or a capitalised name with one."""
    toks = word_tokens(fold(rest))
    toks = [t for t in toks if t not in rules.articles] or toks
    if toks and rules.fields.has(toks[0]) and not rules.org_words.hits(" ".join(toks[1:])) \
            and not _ACRONYM_IN_BRACKETS.search(rest):
        return False  # "(Directeur) des partenariats et de la finance inclusive": what a post covers, not where
    if rules.org_words.opens(toks):
        return True
    if re.match(r"^[A-Z][A-Z0-9&-]{1,9}\b", rest):
        return True
    return rest[:1].isupper() and rules.org_words.hits(fold(rest)) > 0 or bool(_ACRONYM_IN_BRACKETS.search(rest))


def _title_chain(folded: str, rules: ExtractRules) -> bool:
    """Whether a segment is two posts joined by "and", each in a body of the organisation ("Member of the Board
    of Commissioners and Chair of the Migrants Committee", "عضو مجلس المفوضين ورئيسة لجنة ..."): all of it is the title."""
    toks = word_tokens(folded)
    if len(toks) < 4 or not rules.title_words.has(toks[0]):
        return False
    for k in range(2, len(toks)):
        second = toks[k + 1] if toks[k] in rules.conjunctions and k + 1 < len(toks) else toks[k][1:] if toks[k].startswith("و") else ""
        if second and rules.title_words.has(second):
            # "Director and Founder of X": one post, then the organisation; "نائب رئيس اللجنة والمكلف بملف الهجرة":
            # an Arabic first post in the construct state names its body before the second
            if toks[k].startswith("و"):
                return not all(rules.title_words.has(t) for t in toks[1:k])
            # (the first post is held in a unit it names: "entraîneur principal et médiateur social du Club X" is two
            # posts at the club)
            first = f" {' '.join(toks[1:k])} "
            return not rules.title_words.has(toks[1]) and any(p.strip() and f" {p.strip()} " in first for p in rules.split_weak)
    return False


def _nationality(token: str, rules: ExtractRules) -> bool:
    """Whether a folded Arabic word is the adjective of a country (rules/extract.toml places) with the article:
    "العمانيه", "القطريه", "الاردنيه", "الليبيه" (of "ليبيا"), "السعوديه"."""
    if not token.startswith("ال"):
        return False
    stem = re.sub(r"يه?$", "", token[2:])
    return stem != token[2:] and any(rules.places.has(f) for f in (token, stem, f"ال{stem}", f"{stem}ا", f"{stem}يا"))


def unit_only(value: str, rules: ExtractRules) -> bool:
    """Whether a value names a unit by its own name and no body it belongs to ("لجنة الرصد والتوثيق"; not "اللجنة" alone,
    "لجنة الهجرة بنقابة المحامين" nor a national body, "اللجنة الوطنية لحقوق الإنسان", "اللجنة القطرية لحقوق الإنسان")."""
    toks = word_tokens(fold(value))
    return len(toks) > 1 and toks[0].removeprefix("ال") in rules.units \
        and not any(rules.org_words.has(t) or rules.org_words.has(t[1:]) for t in toks[1:]) \
        and not any(t in rules.office_qualifiers or t.removesuffix("ه") in rules.office_qualifiers for t in toks[1:]) \
        and not (toks[0].startswith("ال") and _nationality(toks[1], rules))


_ASIDE_AFTER = re.compile(r"\s+\([^()]*\)?\s*$")  # a closing aside in brackets (a piece may end before its bracket closes)


def without_aside(seg: str) -> str:
    """A post without the bracketed aside about the person that closes it ("رئيسة النقابة (عاملة منزلية)")."""
    return _ASIDE_AFTER.sub("", seg)


def post_at_reference(seg: str, rules: ExtractRules) -> bool:
    """Whether an Arabic title is a bare rank in the construct state with a word that only points back at the
    organisation, maybe with where the post is ("رئيس الجمعية", "نائب رئيس اللجنة", "منسق الشبكة في الجزائر"): the whole
    is the title, the organisation is the one named elsewhere. A post that says more ("المدير التنفيذي للمؤسسة",
    "منسقة برامج ... بالمنظمة") is read as title and reference, as a Latin "Chair of the Commission" is."""
    # a bracketed aside after the post says more of the person ("رئيسة النقابة (عاملة منزلية من X)"), not of the post
    fs = without_aside(fold(seg))
    if not ARABIC.search(fs):
        return False
    if m := re.search(rf"\s+(?:{rules.place_link_re})\s+(.+)$", fs):
        if not is_place(m.group(1), rules):
            return False
        fs = fs[: m.start()]
    *post, ref = [w for w in map(strip_punct, fs.split()) if w] or [""]
    # a rank may take its qualifier without the article before the reference ("أمين عام الاتحاد", "مدير عام الجمعية")
    return bool(post) and all(rules.title_words.has(w) or (k and f"ال{w}" in rules.office_qualifiers)
                              for k, w in enumerate(post)) and ref.startswith("ال") and is_reference(ref, rules)


# "and" (maybe with an article or "also") or the Arabic "و" glued to the next word
_CONJUNCTION = re.compile(r"\s+(?:and|et|&)\s+(?:(?:a|an|un|une|the|le|la|also|aussi)\s+)*|\s+و(?=\S)", re.IGNORECASE)


def second_post(org: str, rules: ExtractRules) -> int | None:
    """Where an organisation read after a post ends because "and" opens a second post ("FTSM et maîtresse de
    conférences en démographie", "Université X et membre de notre conseil"): the conjunction's index, or None."""
    for m in _CONJUNCTION.finditer(org):
        rest = " ".join(word_tokens(fold(org[m.end() :])))
        if rest and (rules.title_words.has(rest.split()[0]) or any(f"{rest} ".startswith(f"{t} ") for t in rules.title_words.multi)):
            return m.start()
    return None


def split_title(seg: str, rules: ExtractRules) -> tuple[str, str | None]:
    """"Director at X" -> ("Director", "X"). Of two posts, the first at its organisation ("présidente du FTSM et
    maîtresse de conférences"), the organisation is the one the first names."""
    title, org = _split_at_org(seg, rules)
    if org and seg.endswith(org) and (split := _committee_of_body(org, rules)):
        # "Chair of the Migration Committee of the JBA": the post is in the committee, the person with the JBA
        title, org = seg[: len(seg) - len(org) + split[0]].rstrip(), split[1]
    if org and (k := second_post(org, rules)) is not None:
        return title, org[:k].rstrip(" ,")
    return title, org


# what joins a committee's name to the body it belongs to: "of (the)", "du", "de la", "de l'", a spaced dash
_BODY_LINK = re.compile(r"\s+(?:of\s+the|of|du|des|de\s+la|de|[-–—])\s+|\s+(?:de\s+l|d)['’]", re.IGNORECASE)


def _committee_of_body(org: str, rules: ExtractRules) -> tuple[int, str] | None:
    """Where a committee named with the body it belongs to ends, and that body: "Migration Committee of the JBA" ->
    (19, "JBA"), "Commission migration et asile - Conférence des Barreaux" -> (31, "Conférence des Barreaux"). None for
    a committee that is itself the body ("National Committee for X of Y", "Committee of Experts") or for no committee."""
    for m in _BODY_LINK.finditer(org):
        head = word_tokens(fold(org[: m.start()]))
        body = ELISION.sub("", org[m.end() :].strip())
        if len(head) >= 2 and head[0] in rules.offices and m.group().strip()[:1].isalpha() \
                and not any(rules.org_words.has(t) for t in head[1:]) and rules.org_words.has(fold(body.split(" ")[0])) \
                and not all(t in rules.office_qualifiers for t in head[1:]):
            # "Bureau sous-régional pour l'Afrique du Nord de la Commission X", "Office for the Gulf of the Y Network":
            # an office named for what it covers, of the body named next, is where the post sits (not one its rank
            # alone names, "Secrétariat général de l'Union X", which is the body as written)
            return m.start(), body
        if len(head) < 2 or not (rules.committees & {head[0], head[-1]}):
            continue
        if any(rules.org_words.has(t) or t in rules.office_qualifiers for t in head if t not in rules.committees):
            return None  # "National Committee ...", "Committee of the Union of X": the committee is the body
        body = ELISION.sub("", org[m.end() :].strip())
        first = strip_punct(body.split()[0]) if body.split() else ""
        if first and (rules.org_words.has(fold(first)) or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", first)):
            return m.start(), body
        # right after "X Committee" or a dash, any name of a body ("of the Gulf Federation of Employers"); inside a
        # French "Commission des X du monde du Conseil" only a body's own word opens one
        if first[:1].isupper() and (head[-1] in rules.committees or not m.group().strip()[:1].isalpha()) \
                and org_start(body, rules):
            return m.start(), body
    return None


def _chain_reference(seg: str, rules: ExtractRules) -> tuple[str, str] | None:
    """A chain of Arabic posts that ends pointing back at the proposing body with "ب", "ل" or "في" ("نائب رئيس مجلس
    الإدارة وعضو المجلس الاستشاري بالغرفة", "... وعضو المكتب التنفيذي للجمعية"): (the posts, the reference), as one post
    before "بالجمعية" is split."""
    words = seg.split()
    if len(words) < 3:
        return None
    last = strip_punct(words[-1])
    if fold(words[-2]) == "في" and is_reference(last, rules):
        return " ".join(words[:-2]), last
    if ref := glued_reference(last, rules):
        return " ".join(words[:-1]), ref
    return None


def _unit_before_body(post: str, seg: str, body: str, rules: ExtractRules) -> tuple[str, str] | None:
    """A unit glued to the post with "ب" that belongs to the body named after "في" ("أستاذ الصحة العامة بكلية الطب في
    جامعة X"): the post ends before the unit, the unit and its body are the affiliation ("كلية الطب في جامعة X")."""
    words = post.split()
    for n, w in enumerate(words[1:], 1):
        f = fold(w)
        if f.startswith("ب") and rules.unit_words.has(f[1:]) and (org := arabic_org(" ".join(seg.split()[n:]), rules)) \
                and org.endswith(body):
            return " ".join(words[:n]), org
    return None


# A post, then the acronym of its body without a preposition: "Chairman OEPAP", "Secrétaire général UGTM", "منسق ARDD".
_POST_THEN_ACRONYM = re.compile(r"(?P<post>\S.*?)\s+(?P<acr>[A-Z][A-Z0-9&]{2,9})")


def _board_then_body(fs: Folded, j: int, weak: list[tuple[int, int]], rules: ExtractRules) -> tuple[int, int] | None:
    """The link after a governing board that follows a post's link at `j`, named by a title compound or a board word
    alone, when a body follows it ("Executive Board of the Association X", "Board of the X Network", "Bureau exécutif
    de la Fédération Y"): the post is held on the body's board. None if no board and body follow."""
    rest = " ".join(t for t in word_tokens(fold(fs.slice(j, len(fs.text)))) if t not in rules.articles)
    compound = next((c for c in rules.title_compounds if rest.startswith(c + " ")), None)
    for i2, j2 in sorted(weak):
        toks = [t for t in word_tokens(fold(fs.slice(j, i2))) if t not in rules.articles] if i2 > j else []
        if " ".join(toks) == compound or not compound and len(toks) == 1 and toks[0] in rules.boards:
            return (i2, j2) if org_start(ARTICLE.sub("", fs.slice(j2, len(fs.text)).strip()), rules) else None
    return None


def _office_link(fs: Folded, i: int, weak: list[tuple[int, int]], rules: ExtractRules) -> tuple[int, int] | None:
    """The place link right before an office that ends at `i` ("au Bureau| de", "at the Office| of"), when there is
    one: the post ends at that link."""
    for i2, j2 in weak:
        between = [t for t in word_tokens(fold(fs.slice(j2, i))) if t not in rules.articles] if j2 <= i else []
        if i2 > 0 and len(between) == 1 and between[0] in rules.offices \
                and re.fullmatch(rules.place_link_re, fs.text[i2:j2].split()[0]):
            return i2, j2
    return None


def _split_at_org(seg: str, rules: ExtractRules) -> tuple[str, str | None]:
    """"Director at X" -> ("Director", "X"); a weak preposition splits only where an organisation begins."""
    if post_at_reference(seg, rules):
        return seg, None
    if (m := _POST_THEN_ACRONYM.fullmatch(seg.strip())) and rules.title_words.has(fold(m["post"].split()[-1])) \
            and not rules.title_words.has(fold(m["acr"])) and not rules.places.hits(fold(m["acr"])) \
            and fold(m["acr"]) not in rules.bare_suffixes \
            and not any(fold(w) in rules.office_qualifiers or fold(w) in rules.open_ends for w in m["post"].split()):
        # (after a regional or country post the capitals name its area: "Regional Director MENA"; after a link they
        # are a unit's name, "Policy Officer at DG HOME")
        return m["post"], m["acr"]
    if split := _at_the_same_body(seg, rules) or _field_then_body(seg, rules):
        return split
    fs = Folded(seg)
    strong = sorted((i, i + len(p)) for p in rules.split_strong for i in _find_all(fs.text, p)
                    if i > 0 and not _ar_field(fs.text[i + len(p) :], rules))
    if strong:
        i, j = strong[0]
        body = ar_unprefix(ARTICLE.sub("", fs.slice(j, len(fs.text)).strip()), rules)
        before = fs.slice(0, i).strip()
        if ARABIC.search(before) and len(before.split()) > 1 and not rules.org_words.hits(fold(body)):
            # an Arabic post and its body, then "في" and no body but where it is ("مديرة مدرسة X في عين شمس", "منسق
            # جمعية Y في حي Z"): the body after the post is the affiliation, with where it sits
            post, org = _split_at_org(before, rules)
            # (not a body pointed back at, "نائب رئيس النقابة لشؤون X في Y": the whole is the post, as "رئيس الرابطة" is)
            if org and post != before and seg.startswith(post) and not (org.startswith("ال") and is_reference(org.split()[0], rules)):
                return post, seg[len(post) :].strip()
        return _unit_before_body(fs.slice(0, i).strip(), seg, body, rules) or (fs.slice(0, i).strip(), body)
    if _title_chain(fs.text, rules):
        return _chain_reference(seg, rules) or (seg, None)
    # a post sits at its body after a place link ("Directeur de la Migration ... au Ministère de l'Emploi"): that split
    # comes before the ones inside the post's own name
    weak = sorted(((i, i + len(p)) for p in rules.split_weak for i in _find_all(fs.text, p) if i > 0),
                  key=lambda ij: (not re.fullmatch(rules.place_link_re, fs.text[ij[0] : ij[1]].split()[0]), ij))
    first = min(weak, default=None)
    if first and (quoted := _QUOTED_NAME.match(ARTICLE.sub("", fs.slice(first[1], len(fs.text)).strip()))):
        # a capitalised name in quotation marks after the post's first preposition is its body, whatever its words
        # ("porte-parole de « Sœurs d'Éthiopie au Liban »", 'spokesperson of "Kenyan Sisters"'): groups that are not
        # registered name themselves so; not a field in quotes ("responsable de « l'accueil »"), nor one word, which
        # names a programme as often as a body ('Host of "Crossroads"')
        return fs.slice(0, first[0]).strip(), quoted.group(1).strip()
    # A weak preposition splits first where a name is written (capitals, an acronym): "responsable de la
    # commission des travailleuses du SNTAM" keeps "de la commission" in the title. Else where an
    # organisation word starts ("مسؤول في لجنة", "head of unit of the network").
    # A name written in capitals to its end is preferred over one that runs on in lower case: "Président de la
    # Commission des relations extérieures de l'Assemblée de l'Union" belongs to the Assembly, the commission in the title.
    for named in (2, 1, 0):
        for i, j in weak:
            rest = ARTICLE.sub("", fs.slice(j, len(fs.text)).strip())
            if named and not (ELISION.sub("", rest)[:1].isupper() and org_start(rest, rules)):
                continue
            if named == 2 and not all(_name_word(w, rules) for w in rest.split()):
                continue
            if _generic_body(fs.text[i:j], fs.slice(j, len(fs.text)).strip(), rules):
                continue  # "juriste d'ONG", "Officer of NGO": a kind of body, no body's name
            if (office := _office_link(fs, i, weak, rules)) is not None and org_start(rest, rules):
                # "Spécialiste ... au Bureau de l'UNICEF au Maroc": the post is held at the office of the body named
                # next, which is the affiliation, office and all
                return fs.slice(0, office[0]).strip(), ARTICLE.sub("", fs.slice(office[1], len(fs.text)).strip())
            if " ".join(word_tokens(fold(rest))) in rules.title_compounds:
                continue  # "membre du conseil d'administration", "Member of the Board of Trustees": the board is in the title
            if any(i2 < i for i2, _ in weak) and (bare := _ACRONYM_IN_BRACKETS.sub("", rest).strip()) != rest \
                    and only_places(bare, rules):
                # "Secrétaire général de l'Association des Travailleurs Sénégalais au Maroc (ATSM)": after a body's
                # name, the place and the acronym end that name ("Directeur au Maroc (X)" is read as before)
                continue
            if board := _board_then_body(fs, j, weak, rules):
                # "President of the Executive Board of the Association X": the post is held on the body's board
                return fs.slice(0, board[0]).strip(), ar_unprefix(ARTICLE.sub("", fs.slice(board[1], len(fs.text)).strip()), rules)
            if (org_start(rest, rules) or possessive_reference(rest, rules)) and not is_field(rest, rules):
                # ("Director of Diaspora Engagement": a field the post covers, however it is written)
                return fs.slice(0, i).strip(), ar_unprefix(rest, rules)
    words = seg.split()
    if ARABIC.search(seg) and len(words) >= 2 and (rules.title_words.has(fold(words[0]))
                                                    or post_before_body(word_tokens(fold(seg)), rules)):
        # Arabic construct state: "مدير مركز دراسات الهجرة" is a title followed by its organisation
        i = 1
        while i < len(words):
            rest = " ".join(word_tokens(fold(" ".join(words[i:]))))
            compound = next((t for t in rules.title_compounds if rest == t or rest.startswith(t + " ")), None)
            if compound:
                i += len(compound.split())  # "رئيس مجلس أمناء": the board is part of the title
                continue
            if (rules.org_words.has(fold(words[i])) or lam_org(words[i], rules) or ba_org(words[i], rules)) \
                    and (i < len(words) - 1 or is_reference(words[i], rules)) \
                    and not _reference_in_area(words[i:], rules):
                if i > 1 and fold(same := _ar_unglued(words[i - 1])) in rules.sameness:
                    # "محامية بنفس الشبكة", "منسقة بذات الجمعية": the same body as the person's before
                    return " ".join(words[: i - 1]), " ".join([same, *words[i:]])
                return " ".join(words[:i]), ar_unprefix(" ".join(words[i:]), rules)
            i += 1
    return seg, None


# An Arabic post that ends at "the same" body (بنفس الجمعية، في الجمعية نفسها), maybe after "في" or "لدى": the post,
# the sameness phrase.
_AR_AT_SAME = re.compile(r"^(\S.*?)(?:\s+(?:في|لدى|عند))?\s+(?:و?[بلف](?=نفس|ذات|ال))?"
                         r"((?:نفس|ذات)\s+\S+|\S+\s+(?:نفسها|نفسه|ذاتها|ذاته))\W*$")

# The same in English and French, after the post's preposition: "doctorant en géographie du même laboratoire",
# "PhD student of the same institute", "juriste dans la même association".
_AT_SAME = re.compile(r"^(\S.*?)\s+(?:of|at|in|from|with|de|du|des|à|au|aux|dans|auprès de|chez)(?:\s+(?:the|la|le|les)\b|"
                      r"\s+l['’])?\s*((?:same|m[êe]mes?)\s+\S+)\W*$", re.IGNORECASE)


def _at_the_same_body(seg: str, rules: ExtractRules) -> tuple[str, str] | None:
    """A post held at the same body as the person's before, whatever field it names first ("باحثة في التغير المناخي
    بنفس الجمعية" -> "باحثة في التغير المناخي", "نفس الجمعية"; "doctorante en droit du même institut"): the field stays in the title, and the sameness phrase is
    the affiliation, to be read as the body before. None for anything else."""
    m = _AR_AT_SAME.match(seg.strip()) or _AT_SAME.match(seg.strip())
    # (a dash or a comma before the sameness phrase sets it apart as a piece of its own: "أستاذة في X – الكلية نفسها")
    if not m or re.search(r"[|–—,،]|\s-\s", m[1]) or not same_as_before(m[2], rules):
        return None
    return m[1], m[2]


def _field_then_body(seg: str, rules: ExtractRules) -> tuple[str, str] | None:
    """An Arabic post, "في" and the field it works in, then its body with "ب" glued on ("باحثة في قضايا اللجوء بجمعية
    الرحمة" -> "باحثة في قضايا اللجوء", "جمعية الرحمة"): the field stays in the title. None for anything else."""
    words = seg.split()
    at = next((k for k, w in enumerate(words) if k >= 3 and ba_org(w, rules)), None)
    if at is None or "في" not in words[1 : at - 1]:
        return None
    field = words.index("في", 1) + 1
    if not _ar_field(fold(" ".join(words[field:at])), rules):
        return None
    return " ".join(words[:at]), ar_unprefix(" ".join(words[at:]), rules)


# A name of two words or more in quotation marks, the whole of what follows, opening with a capital: « X Y », "X Y".
_QUOTED_NAME = re.compile(r'^[«“"„]\s*((?=[A-ZÀ-Ý])[^«»“”"„\s]+\s[^«»“”"„\n]{1,80}?)\s*[»”"“]\W*$')


def _reference_in_area(words: list[str], rules: ExtractRules) -> bool:
    """Whether Arabic words after a post point back at the proposing body and say where the post is held ("منسق
    الشبكة في المنطقة الجنوبية", "مديرة الجمعية في المنطقة الشرقية"): the post in its area of the body named
    elsewhere, one title as "منسق الشبكة" alone is; not a body's name ("الشبكة العربية للهجرة")."""
    return len(words) >= 3 and is_reference(words[0], rules) and fold(words[1]) == "في" \
        and _ar_field(fold(" ".join(words[2:])), rules)


def _ar_unglued(word: str) -> str:
    """An Arabic word of sameness without the preposition or conjunction glued on ("بنفس" -> "نفس", "وبذات" -> "ذات")."""
    return re.sub(r"^و?[بلف]?(?=نفس|ذات)", "", strip_punct(word))


def _generic_body(link: str, rest: str, rules: ExtractRules) -> bool:
    """Whether what follows a weak preposition `link` is one word for a kind of body without an article ("ONG",
    "NGO"; not "of the Commission", ours), alone or before words in lower case that do not go on with a name ("ONG
    depuis 2015"; not "Association for X")."""
    words = rest.split()
    if not words or fold(link).strip() not in rules.bare_links or fold(words[0]) in rules.articles:
        return False
    return rules.org_words.has(fold(strip_punct(words[0]))) \
        and (len(words) == 1 or words[1][:1].islower() and fold(words[1]) not in rules.name_links)


def _ar_field(folded_rest: str, rules: ExtractRules) -> bool:
    """Whether what follows "في" is a field or a place the title works in ("باحثة في المدن"), not an organisation:
    common nouns with the article and no organisation word, acronym or Latin name, or a word for a field ("قضايا") or
    a place ("المدير الطبي للبرنامج في عدن ولحج") first."""
    words = folded_rest.split()
    if words and (rules.fields.has(words[0]) or rules.places.has(strip_punct(words[0]))) and not rules.org_words.hits(folded_rest) and not re.search(r"[a-z]", folded_rest):
        return True
    return bool(words) and all(w.startswith(("ال", "وال")) for w in words[:3]) and not rules.org_words.hits(folded_rest) \
        and not re.search(r"[a-z]", folded_rest) and not is_reference(folded_rest, rules) and len(words) <= 3 \
        and not any(strip_punct(w) in rules.events for w in words)


def _find_all(text: str, sub: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sub), text)]


def written_as_name(value: str, rules: ExtractRules) -> bool:
    """Whether an organisation is written as a proper name, every word capitalised but the links
    ("Tunisian Bar Association", "Conseil National des Droits"), not as common nouns ("Commission des droits des étrangers")."""
    return bool(ARABIC.search(value)) or all(_name_word(w, rules) or not w[:1].isalpha() for w in value.split())


def _name_word(word: str, rules: ExtractRules) -> bool:
    """Whether a word is written as in a proper name: capitalised, or a link ("de", "l'Union", "of")."""
    bare = ELISION.sub("", word)
    return bare[:1].isupper() or fold(word) in rules.name_links or fold(bare) in rules.name_links


# A pronoun and its verb, capitalised at the start of a sentence: the words after it may be a name, it is not.
_CLAUSE_OPENER = re.compile(r"(?:it|that|this|there|here|what|who|we|they|you|i)['’](?:s|re|m|ll|d|ve)|c['’]est", re.IGNORECASE)


def _names_post(run: list[str], rules: ExtractRules) -> bool:
    """Whether capitalised words close on a post with no link word between them ("our Centre Director", "Network
    Coordinator"): a person's post, however it begins."""
    return rules.title_words.has(fold(run[-1])) and not any(fold(w) in rules.name_links for w in run)


def _post_over_fields(run: list[str], rules: ExtractRules) -> bool:
    """Whether capitalised words are a post, a link and the fields it covers ("Head of Digital Remittances &
    Partnerships", "Responsable des Partenariats et de la Conformité"): the organisation word among the fields
    ("Partnerships") names none."""
    at = next((k for k, w in enumerate(run) if fold(w) in rules.name_links), 0)
    return at > 0 and all(rules.title_words.has(fold(w)) for w in run[:at]) and is_field(" ".join(run[at + 1 :]), rules)


def _ends_council(words: list[str], rules: ExtractRules) -> bool:
    """Whether words end with a body's council, in lower case as French writes it ("du Conseil municipal")."""
    last = word_tokens(fold(words[-1]))
    if last and not any(c.endswith(last[-1]) for c in rules.councils):
        return False  # (the last word ends no council: most words that go on a run of capitals, asked on every one)
    joined = f" {' '.join(word_tokens(fold(' '.join(words))))}"
    return any(joined.endswith(f" {c}") for c in rules.councils)


def _lower_case_words(words: list[str], j: int, run: list[str], rules: ExtractRules) -> int:
    """How many words in lower case go on with an organisation's name, as French writes them between its capitalised
    words ("l'Union des agriculteurs du Cap Bon", "Association El Khadra pour la lutte contre la désertification
    (AKLD)"): after the organisation word and a link, up to six words with no mark between them that end before a link
    and a capitalised word, or before the acronym in brackets; 0 if the words go on with no name ("L'Union propose à
    sa place Mme X")."""
    first = _ELIDED_ARTICLE.sub("", run[0]) if run else ""
    last = fold(_ELIDED_ARTICLE.sub("", run[-1])) if run else ""
    if (rules.org_words.has(last) or last in rules.offices) and not any(w.endswith(")") for w in run):
        n = _adjectives_after_org_word(words, j, rules)
        # (an office its rank alone names, "le Bureau exécutif de la Fédération X", is the body's board: read as before)
        return 0 if not rules.org_words.has(last) and all(fold(w) in rules.office_qualifiers for w in words[j : j + n]) else n
    # (not past the acronym that closes the name, "(CADM) sur la mise en œuvre du Pacte")
    if not run or fold(run[-1]) not in rules.name_links or not rules.org_words.has(fold(first)) \
            or any(w.endswith(")") for w in run):
        return 0
    k = j
    while k < len(words) and k - j < 6 and words[k][:1].islower() and words[k].isalpha():
        k += 1
    # (nor over a post, "des infirmiers et infirmières du Liban (SIIL)", which the acronym spells out instead; nor
    # over a possessive, "le rapport de l'Association X sur notre foyer à Y": the sentence speaks of its own)
    if k == j or k == len(words) or any(rules.title_words.has(fold(w)) or fold(w) in rules.possessives
                                        for w in words[j:k]):
        return 0
    nxt = words[k].strip(",.;:!?")
    if _ACRONYM_IN_BRACKETS.fullmatch(nxt):
        return k - j
    link = fold(words[k - 1])
    # (a town after "à", "in": "Association Amal pour la santé mentale à Sfax" is an address)
    if link in rules.name_links and nxt[:1].isupper() and fold(nxt) not in rules.honorifics and not ARABIC.search(nxt) \
            and not (re.fullmatch(rules.latin_place_link_re, link) and is_place(nxt, rules)):
        return k - j
    return 0


# a French adjective by its ending ("économique", "régional", "sous-régionale", "mondiaux", "africain", "arabe",
# "permanente", "européenne"), unlike most verbs a body does something with ("propose", "souhaite", "remercie")
_ADJECTIVE = re.compile(r"(?:[a-zà-ÿ]+-)?[a-zà-ÿ]*(?:ique|ale?|aux|ien(?:ne)?|ain[e]?|aire|el(?:le)?|if|ive|ée?|ant[e]?|arabe|eur[e]?)s?")


def _adjectives_after_org_word(words: list[str], j: int, rules: ExtractRules) -> int:
    """How many words in lower case right after an organisation's or office's word are its adjectives, as French writes
    them after the noun ("Commission économique des Nations Unies", "Bureau sous-régional pour l'Afrique du Nord", "Programme
    alimentaire mondial (PAM)"): one or two, then "de", "du", "des" or "pour" and a capitalised word, or the acronym in
    brackets; 0 otherwise, as for a verb after the body ("L'Association propose les noms", "le Réseau souhaite à la
    Conférence ...")."""
    k = j
    while k < len(words) and k - j < 2 and _ADJECTIVE.fullmatch(words[k]) and fold(words[k]) not in rules.name_links \
            and not rules.title_words.has(fold(words[k])):
        k += 1
    if k == j or k == len(words) or opens_clause(" ".join(words[j:]), rules):
        return 0
    if _ACRONYM_IN_BRACKETS.fullmatch(words[k].strip(",.;:!?")):
        return k - j
    if fold(words[k]) not in rules.gather_links and fold(words[k]) != "pour":
        return 0
    # then a capitalised name, or words in lower case up to the acronym ("pour les migrations (OIM)")
    end = k + 1
    while end < len(words) and end - k < 5 and words[end].isalpha() and words[end].islower():
        end += 1
    nxt = _ELIDED_ARTICLE.sub("", words[end]) if end < len(words) else ""
    if end > k + 1 and _ACRONYM_IN_BRACKETS.fullmatch(nxt.strip(",.;:!?")):
        return end - j
    at = k + 1 + (k + 2 < len(words) and fold(words[k + 1]) in rules.articles)  # "pour le Sahel"
    nxt = _ELIDED_ARTICLE.sub("", words[at]) if at < len(words) else ""
    return k - j if nxt[:1].isupper() and fold(nxt) not in rules.honorifics and not ARABIC.search(nxt) else 0


def _lower_case_org(words: list[str], i: int, rules: ExtractRules) -> int:
    """How many words name an organisation from word i, in a line written all in lower case ("nous sommes de
    l'association des jeunes pêcheurs à mahdia nous ...", "a l association nour pour les migrants (oujda)"): its
    organisation word, then a name word and a link, or a link and two name words, up to a place after "à", "in", a
    clause, a post, a bracket or a mark; 0 for an organisation word in ordinary prose ("the association of ideas",
    "the network has grown")."""
    if not rules.org_words.has(fold(_ELIDED_ARTICLE.sub("", words[i]))) or not words[i][-1:].isalpha():
        return 0
    k = i + 1
    while k < len(words) and k - i < 8 and ELISION.sub("", words[k]).rstrip(",.;:!?").isalpha():
        word = fold(words[k].rstrip(",.;:!?"))
        if rules.title_words.has(word) or opens_clause(" ".join(words[k:]), rules) \
                or re.fullmatch(rules.latin_place_link_re, word) and k + 1 < len(words) and is_place(words[k + 1], rules):
            break
        k += 1
        if words[k - 1][-1:] in ",.;:!?":
            break
    while k > i + 1 and fold(ELISION.sub("", words[k - 1]).rstrip(",.;:!?")) in rules.name_links:
        k -= 1
    named = [fold(w) not in rules.name_links for w in words[i + 1 : k]]
    if len(named) >= 3 and (named[0] and not named[1] or fold(words[i + 1]) in rules.gather_links and sum(named) >= 2):
        return k - i
    return 0


def _place_to_stop(words: list[str], j: int, rules: ExtractRules) -> bool:
    """Whether the words from j to the next punctuation are a place ("X (XY), Doha-Qatar!", "X (XY), Casablanca,
    Maroc."): where the body is, after the acronym that closes its name, is no part of it."""
    end = next((k + 1 for k in range(j, len(words)) if words[k][-1:] in ",.;:!?"), len(words))
    return end > j and is_place(strip_punct(" ".join(words[j:end])), rules)


def org_runs(line: str, rules: ExtractRules) -> list[tuple[int, str]]:
    """Runs of capitalised words naming an organisation in a line, with their word index. The cells of a table row
    written with tabs are read each on its own: a name never runs from one cell into the next ("Authority (LMRA)" then
    "Alternate Head of Delegation")."""
    if "\t" not in line:
        return _org_runs(line, rules)
    out, offset = [], 0
    for cell in line.split("\t"):
        out += [(offset + i, run) for i, run in _org_runs(cell, rules)]
        offset += len(cell.split())
    return out


def _org_runs(line: str, rules: ExtractRules) -> list[tuple[int, str]]:
    words = line.split()
    # "Laboratoire Mobilités, Territoires et Sociétés (LMTS)": a comma inside a name its acronym spells out
    spelled = [full for full in spelled_acronyms(line, rules).values() if "," in full] if "," in line and "(" in line else []
    out = []
    hurried = line.islower() and len(words) >= 20  # a long line, no capital anywhere (not a wrapped line): typed in a
    # hurry or by voice, names in lower case too
    i = 0
    while i < len(words):
        if words[i].islower():  # no capital to open a run with (most words: this loop runs on every line of prose)
            if hurried and (n := _lower_case_org(words, i, rules)):
                out.append((i, " ".join([_ELIDED_ARTICLE.sub("", words[i]), *words[i + 1 : i + n]])))
                i += n
                continue
            i += 1
            continue
        run: list[str] = []
        j = i
        while j < len(words):
            word = words[j].strip(",.;:!?\"«»")
            w = _ELIDED_ARTICLE.sub("", word) if word[:1] in "ldLD" else word
            if "(" not in w:
                w, word = w.rstrip(")"), word.rstrip(")")
            if run and fold(run[-1]) in rules.name_links and opens_clause(" ".join(words[j:]), rules):
                break  # "X Network and I would like": a link to a clause, not inside the name
            if run and word == "I" and (j + 1 == len(words) or words[j + 1][:1].islower()):
                # "On behalf of the X Network (XN) I would like": the pronoun opens a clause ("Paris I Panthéon" goes on)
                break
            if not run and _CLAUSE_OPENER.fullmatch(word):
                break  # "It's the Kenyan Workers Association", "C'est l'Association X": the name comes after
            if not run and fold(word) in rules.greeting_openers:
                break  # "Salutations de l'Association X", "Greetings of the Union X": the greeting is no part of the name
            # ("Conseil régional du Moyen-Atlas", "Comité national de X": a qualifier after the organisation word goes on
            # with the name, in lower case as French writes it)
            if w[:1].isupper() or (run and fold(w) in rules.name_links) or _ACRONYM_IN_BRACKETS.fullmatch(w) \
                    or (run and fold(w) in rules.office_qualifiers and rules.org_words.has(fold(run[-1]))) \
                    or (run and _ends_council(run + [w], rules)):
                run.append(word if run else w)  # "de l'Université" inside a name keeps its article
                j += 1
                if words[j - 1][-1:] in ",.;:!?" and not (_ACRONYM_IN_BRACKETS_PUNCT.fullmatch(words[j - 1])
                                                          and not _place_to_stop(words, j, rules)):
                    if not any(0 <= (k := " ".join(words[i:]).find(full)) < len(" ".join(words[i:j])) < k + len(full)
                               for full in spelled):
                        break
                    run[-1] += ","
                if words[j - 1][-1:] in ".!?" and _ACRONYM_IN_BRACKETS.fullmatch(w):
                    break  # "... du Maghreb (FAMM). Notre secrétaire": the acronym closes the name and the sentence
                continue
            if n := _lower_case_words(words, j, run, rules):
                run.extend(words[j : j + n])
                j += n
                if _ACRONYM_IN_BRACKETS.fullmatch(acr := words[j].strip(",.;:!?")):
                    run.append(acr)  # the acronym closes the name: what follows is the sentence
                    j += 1
                    break
                continue
            break
        while run and fold(run[-1]) in rules.name_links:
            run.pop()
        # (the organisation words but one spelled as a name: "Mme Grace Ngo Mbarga" names no NGO; the word may come before
        # the run in lower case, as French writes it, the name its acronym closes being the body's own: "de l'association
        # Vehivavy Malagasy Mifanampy au Koweït (VMMK)")
        named_after = bool(i and words[i - 1].islower() and rules.org_words.has(fold(_ELIDED_ARTICLE.sub("", words[i - 1])))
                           and _ACRONYM_IN_BRACKETS.fullmatch(run[-1] if run else ""))
        if len(run) >= 2 and (named_after or rules.org_words.hits(fold(" ".join(w for w in run if not spelled_as_name(w, rules))))) \
                and not ARABIC.search(" ".join(run)) \
                and not _names_post(run, rules):
            title, org = split_title(" ".join(run), rules)
            if org is None and _post_over_fields(run, rules):
                i = max(j, i + 1)
                continue  # "Head of Digital Remittances & Partnerships": a post and what it covers, no body
            # "Executive Director of the Sahel Observatory": the title is not part of the organisation
            out.append((i, org if org and rules.title_words.hits(fold(title)) else _spelled_at_end(" ".join(run), rules)))
        i = max(j, i + 1)
    return out


def _spelled_at_end(run: str, rules: ExtractRules) -> str:
    """The organisation a run of posts ends with, by the acronym it spells out ("Member of X and Chair of the Arab
    Caucus on Migration (ACM)" -> "Arab Caucus on Migration (ACM)"); else the run."""
    if not rules.title_words.has(word_tokens(fold(run))[0]):
        return run
    for acr, full in spelled_acronyms(run, rules).items():
        tail = f"{full} ({acr})"
        if run.endswith(tail) and run != tail:
            return tail
    return run




def arabic_org(clause: str, rules: ExtractRules) -> str | None:
    """An Arabic organisation name in a clause: an organisation word, the word it governs, then its attributes."""
    words = clause.split()
    for i, w in enumerate(words):
        if i and rules.org_words.has(fold(words[i - 1])) and clause_after_definite(words[i - 1], w, rules):
            continue  # "الملتقى مبادرة تطوعية": what the body is, said of it, names no other one
        unit = not rules.org_words.has(fold(w))
        if unit and not rules.unit_words.has(fold(w)) and fold(w).removeprefix("ال") not in rules.offices:
            continue
        run = _arabic_run(words, i, rules)
        if unit and not any(_of_body(t, rules) for t in run[1:]):
            continue  # "إدارة شؤون المواطنين بوزارة الخارجية": a unit names a body only with the body it belongs to
        if len(run) == 1:
            continue  # "بالهيئة", "الجمعية" alone point back at an organisation, they name none
        # "يطيب لإدارة ...", "لجمعية ...", the colloquial "احنا بجمعية ...", "نحنا بالجمعية ..." (we at): the preposition
        # glued to the first word is not part of the name
        # ("المفوض العام للمركز الوطني ...", "بالجامعة ...": the preposition glued to the article, which it gives back)
        first = article_org(w, rules) or (w[1:] if lam_org(w, rules) or ba_org(w, rules) else w)
        return strip_punct(" ".join([first, *run[1:]]))
    return None


def arabic_unit_named(clause: str, rules: ExtractRules) -> str | None:
    """An Arabic unit or mail desk word opening a clause, and the words that name it ("عيادة العون القانوني للمهاجرين
    بطنجة", "ديوان المظالم", "المديرية الجهوية للتشغيل"): where a sentence makes it the one that proposes, it writes as a
    body of its own, though elsewhere a unit names a body only with the body it belongs to (see arabic_org)."""
    words = clause.split()
    f = fold(words[0]) if words else ""
    if not (rules.unit_words.has(f) or f in rules.mail_desks or f.removeprefix("ال") in rules.mail_desks):
        return None
    if f.startswith("ال") and not (words[1:] and fold(words[1]).startswith("ال")):
        return None  # "وترشح المديرية لإلقاء المداخلة": the unit the text named before, pointed back at
    run = _arabic_run(words, 0, rules)
    return strip_punct(" ".join(run)) if len(run) > 1 else None


_QUOTED_HEAD = re.compile(r'^[«"“]([^«»"“”\n]{2,60})[»"”]')


def arabic_team_named(team: str, rest: str, rules: ExtractRules) -> str | None:
    """A team or group named after its word ("فريق النيل لكرة القدم", "فريق «شباب الحي» التطوعي"): a name with the
    article or in quotes, then its attributes; a bare word after the team word says what the team is ("فريق صغير",
    "فريق عمل"), it names none."""
    if q := _QUOTED_HEAD.match(rest):
        attrs = itertools.takewhile(lambda t: fold(t).startswith("ال"), rest[q.end() :].split())
        return strip_punct(" ".join([team, q.group(1).strip(), *attrs]))
    words = rest.split()
    if not words or not fold(words[0]).startswith("ال"):
        return None
    run = _arabic_run([team, *words], 0, rules)
    return strip_punct(" ".join(run)) if len(run) > 1 else None


def clause_after_definite(head: str, word: str, rules: ExtractRules) -> bool:
    """Whether an Arabic word after a definite organisation word opens what a sentence says of the body, not more of
    its name: a noun with the article governs no word ("الجمعية المغربية" goes on, "جمعية سند" does too), so a bare
    word after one is a verb or a predicate ("اللجنة اتفقنا", "الملتقى مبادرة تطوعية", "بالمؤسسة وشغلها"); not a word
    of sameness ("الكلية نفسها")."""
    f = fold(strip_punct(word))
    return bool(re.match(r"^(?:[وفبك]?ال|لل)", fold(head))) and bool(ARABIC.match(f)) \
        and not re.match(r"^(?:[وف]?ال|لل|ل|ب)", f) and f not in rules.sameness


def _name_after_definite(head: str, rest: list[str], rules: ExtractRules) -> bool:
    """Whether a bare word after a definite organisation word, spelled like what a body is for ("لـ" and a noun), is a
    person's name: a purpose governs a noun ("الجمعية لدعم المهاجرين"), where "رئيسة الجمعية ليلى قاسم" goes on with a
    bare family name (the post names the body only by its generic noun)."""
    if not re.match(r"^(?:[وفبك]?ال|لل)", fold(head)) or not re.match(r"^ل(?!ل)", fold(rest[0])) \
            or rules.org_words.has(fold(rest[0])[1:]):
        return False  # ("المجلس الشعبي البلدي لبلدية وهران": the body the council is of, named after its town)
    governs = len(rest) > 1 and rest[0][-1:] not in ",،." and fold(rest[1]) not in rules.relatives \
        and (bool(re.match(r"^(?:ال|لل|وال)", fold(rest[1]))) or len(rest) > 2 and _construct(rest[1], rest[2], rules)
             and fold(rest[2]) not in rules.relatives)
    return not governs


def _purpose_done(run: list[str]) -> bool:
    """Whether an Arabic name ends on what the body is for, a "لـ" word and the noun it governs ("لحقوق الإنسان",
    "للتنمية المستدامة"): a complement after it ("عن", "مع", ...) belongs to the sentence, where one after the
    "لـ" word alone is part of the name ("للدفاع عن حقوق المهاجرين")."""
    return len(run) >= 3 and bool(re.match(r"^(?:لل|ل\S{3,})", fold(run[-2]))) and fold(run[-1]).startswith("ال")


def _of_body(word: str, rules: ExtractRules) -> bool:
    """Whether a word is an organisation or a mission with "ب" glued on ("بوزارة", "بنقابة", "بسفارة"): the body a unit
    or an office belongs to."""
    f = fold(word)
    return f.startswith("ب") and (rules.org_words.has(f[1:]) or f[1:] in rules.missions)


def _seat_at(words: list[str], rules: ExtractRules) -> bool:
    """Whether the words open with the body's seat glued with "ب" ("بالمركز الرئيسي", "بالمقر"), with no attribute
    after it that makes it a body or a branch of its own ("بالفرع الثاني")."""
    return names_seat(" ".join(words[:2]), rules) \
        or names_seat(words[0], rules) and not (words[1:] and re.match(r"^(?:ال|لل)", fold(words[1])))


def _arabic_run(words: list[str], i: int, rules: ExtractRules) -> list[str]:
    """The words of an Arabic organisation name opening at word i: the word, the word it governs, its attributes."""
    run = [words[i]]
    rest = words[i + 1 :]
    k = 0
    while k < len(rest):
        f = fold(rest[k])
        if f in rules.honorifics or names_event(f, rules) or f in rules.relatives \
                or (k == 0 and (f in rules.function_words or f.startswith("وال"))):
            # "... المهاجرين الأستاذ X": the person proposed; "جمعية X المشاركة": what it asks for; "جمعية X التي
            # نرغب ...": a relative clause says what the organisation does, its name has ended;
            # "يسر المفوضية أن ترشح": a particle governs no name; "الهجرة الآمنة والمنظمة والنظامية": a word
            # joined to the next by "و" is one of a list, it governs none
            break
        if k > 0 and fold(run[-1]) in rules.eponyms and (took := _eponym_name(rest[k:], rules)):
            run += rest[k : k + took]  # "بجامعة الملك عبد العزيز": the person the organisation is named after
            k += took
            continue
        if k > 0 and f in rules.possessors and k + 1 < len(rest) and run[-1][-1:] not in ",،." \
                and fold(rest[k + 1]).startswith("ال") and not rules.org_words.has(fold(rest[k + 1])):
            # "اتحاد منظمات الأشخاص ذوي الإعاقة", "جمعية النساء ذوات الإعاقة": "having", a bare word that governs the
            # next noun, goes on with the people the body serves ("في ذات الجمعية", the same body, is not inside a name)
            run += rest[k : k + 2]
            k += 2
            continue
        # attributes and complements carry the article or a preposition glued to it ("العربية", "للهجرة", "والتنمية");
        # a bare word governed by the first is one only if that has no article (see clause_after_definite)
        if k == 0 and not re.match(r"^(?:ب|ل(?!ل)|ك)", f) and not clause_after_definite(run[0], rest[k], rules) \
                or re.match(r"^(?:ال|لل|وال|ل\S{3,})", f) and not _name_after_definite(run[-1], rest[k:], rules):
            run.append(rest[k])
        elif k == 0 and re.match(r"^ب(?!ال)\S{2,}$", f) and k + 1 < len(rest) and re.match(r"^(?:لل|ل\S{3,})", fold(rest[1])) \
                and not clause_after_definite(run[0], rest[k], rules):
            # "مؤسسة بكرة للتنمية", "جمعية بسمة للإغاثة": a name that opens with "ب", then what the body is for (a place
            # after "ب" is not followed by one: "جمعية بصيدا" is the body's town)
            run.append(rest[k])
        elif k > 0 and re.match(r"^ل(?!ل)\S{3,}$", fold(run[-1])) and k + 1 < len(rest) and ARABIC.match(f) \
                and re.match(r"^(?:ال|وال)", fold(rest[k + 1])):
            # "مبادرة الخليج لإصلاح ممارسات التوظيف": what the organisation is for governs the next noun
            run += rest[k : k + 2]
            k += 1
        elif k > 0 and f == "في" and k + 2 < len(rest) and run[-1][-1:] not in ",،." \
                and rules.org_words.has(fold(rest[k + 1])) and not rules.unit_words.has(fold(rest[k + 1])) \
                and not fold(rest[k + 1]).startswith("ال") \
                and (rules.unit_words.has(fold(run[0])) or rules.unit_words.has(fold(run[0])[1:])):
            # "كلية الطب في جامعة نواكشوط": a unit, then "in" the body it belongs to, named with the word it governs
            run += rest[k : k + 2]
            k += 1
        elif k > 0 and f == "في" and k + 2 < len(rest) and run[-1][-1:] not in ",،." \
                and re.match(r"^(?:ال|لل)", fold(run[-1])) and rules.fields.has(fold(rest[k + 1])) \
                and fold(rest[k + 2]).startswith("ال"):
            # "اتحاد النقابات للعاملين في قطاع الخدمات", "جمعية العاملات في مجال الرعاية": the people the body serves,
            # "in" the field they work in
            run += rest[k : k + 3]
            k += 2
        elif k > 0 and f in rules.org_links and _purpose_done(run):
            break  # "المجلس القومي لحقوق الإنسان عن تنفيذ الاتفاق": what it is for is said; the rest is the sentence's
        elif k > 0 and f in rules.org_links and k + 1 < len(rest) and fold(rest[k + 1]).startswith("ال"):
            run += rest[k : k + 2]  # "جمعية التضامن مع المهاجرين": a complement with its own preposition
            k += 1
        elif k > 0 and f in rules.org_links and k + 2 < len(rest) and _construct(rest[k + 1], rest[k + 2], rules):
            run += rest[k : k + 3]  # "للدفاع عن حقوق المهاجرين": the complement is itself a construct
            k += 2
        elif k > 0 and not re.match(r"^(?:ال|وال|لل)", fold(run[-1])) and run[-1][-1:] not in ",،." \
                and k + 1 < len(rest) and _construct(rest[k], rest[k + 1], rules):
            # "تجمع محامي عدن للدفاع ...": a chain of bare nouns goes on while the next word carries it on
            run.append(rest[k])
        elif k > 0 and f.startswith("و") and not re.match(r"^(?:ال|وال|لل)", fold(run[-1])) \
                and run[-1][-1:] not in ",،." and k + 1 < len(rest) \
                and (_construct(rest[k][1:], rest[k + 1], rules)
                     or k + 2 < len(rest) and rest[k][-1:] not in ",،." and _construct(rest[k + 1], rest[k + 2], rules)):
            # "جمعية شركات ومكاتب الاستقدام", "اتحاد نقابات وجمعيات العمال": two nouns joined before what they govern
            # (which may itself be a construct: "جمعية فلاحي ونخيل شط العرب")
            run.append(rest[k])
        elif k > 0 and fold(run[-1]).startswith("لل") and f.startswith("و") and run[-1][-1:] not in ",،." \
                and k + 1 < len(rest) and _construct(rest[k][1:], rest[k + 1], rules):
            run += rest[k : k + 2]  # "الجهاز المركزي للإحصاء وتقنية المعلومات": a second field joined to the first
            k += 1
        elif k > 0 and strip_punct(f) in rules.abroad and run[-1][-1:] not in ",،.":
            run.append(rest[k])
        elif k > 0 and f.startswith("بال") and _seat_at(rest[k:], rules):
            break  # "جمعية X بالمركز الرئيسي", "... بالمقر": where in the body the person sits, not a body of its own
        elif k > 0 and f.startswith("بال") and k + 1 < len(rest) and _of_body(rest[k + 1], rules) \
                and run[-1][-1:] not in ",،.":
            run.append(rest[k])  # "إدارة شؤون المواطنين بالخارج بوزارة ...": what the unit sees to, then its body
        elif k > 0 and rules.org_words.has(f) and not rules.unit_words.has(f) and k + 1 < len(rest) \
                and fold(run[-1]).startswith("ال") and run[-1][-1:] not in ",،." and fold(rest[k + 1]).startswith("ال") \
                and any(rules.unit_words.has(fold(t)) or rules.unit_words.has(fold(t)[1:]) for t in run):
            # "العيادة القانونية بكلية الحقوق جامعة القاهرة": a unit, then the body it belongs to named bare after it
            run.append(rest[k])
        elif k > 0 and _of_body(rest[k], rules) and run[-1][-1:] not in ",،.":
            # "لجنة حقوق المهاجرين بنقابة المحامين", "مركز الدراسات بجامعة القاهرة": a unit, then the body it belongs to
            run.append(rest[k])
        elif k > 0 and re.match(r"^ل(?!ل)", fold(run[-1])) and rules.org_words.has(fold(run[-1])[1:]) \
                and run[-1][-1:] not in ",،." and is_place(strip_punct(rest[k]), rules):
            # "المجلس الشعبي البلدي لبلدية وهران": the body the council is of, named after its town
            run.append(rest[k])
            break
        elif k > 0 and _glued_place(rest[k], rules):
            # "... بصفاقس": the town is part of a local association's name (after a separate "في" it says
            # where the association is: "جمعية ... في عمّان بترشيح")
            run.append(rest[k])
            break
        elif k > 0 and _is_mission(run[-1], rules) and (took := _country(rest[k:], rules)):
            run += rest[k : k + took]  # "بسفارة جمهورية مصر العربية": the country a mission serves
            k += took
            continue
        elif k > 0 and f in rules.mission_links and k + 1 < len(rest) and any(_is_mission(t, rules) for t in run) \
                and (took := _country(rest[k + 1 :], rules)):
            # "... لدى المملكة العربية السعودية", "... في دبي": a mission keeps the country or town it serves in
            run += rest[k : k + 1 + took]
            break
        elif k > 0 and f == "في" and k + 1 < len(rest) and fold(rest[k + 1]).startswith("ال"):
            # "مركز ... للدراسات في الهجرة والتنمية": a field or region the name carries on with,
            # unless it is the event the organisation speaks at ("... في المؤتمر الإقليمي")
            tail = list(itertools.takewhile(lambda t: re.match(r"^(?:ال|وال)", fold(t)) and not names_event(t, rules),
                                            rest[k + 1 : k + 4]))
            if not tail or len(tail) == 1 and rules.org_words.has(fold(strip_punct(tail[0]))):
                # ("الهيئة الإدارية في الرابطة": a body's word alone points back at the body the board belongs to)
                break
            run += [rest[k], *tail]
            break
        else:
            break
        k += 1
    after = words[i + len(run) : i + len(run) + 1]
    if after and _ACRONYM_IN_BRACKETS_PUNCT.fullmatch(after[0]) and run[-1][-1:] not in ",،.":
        run.append(after[0])  # "... التوظيف (GRRI)": the acronym closes the name
    return run


def _eponym_name(rest: list[str], rules: ExtractRules) -> int:
    """How many words after a title an organisation is named after ("الملك") give the person's name: one bare
    Arabic word ("سعود"), two for a compound written apart ("عبد العزيز"); none for a particle or an attribute."""
    f = fold(rest[0])
    if not ARABIC.match(f) or f in rules.function_words or re.match(r"^(?:ال|وال|لل)", f) or rules.title_words.has(f):
        return 0
    return 2 if f in rules.name_first_halves and len(rest) > 1 and rest[0][-1:] not in ",،." else 1


def _is_mission(word: str, rules: ExtractRules) -> bool:
    """Whether a word names a diplomatic mission, bare or with "ب" glued on ("سفارة", "بقنصلية", "البعثة")."""
    f = fold(strip_punct(word))
    return f.removeprefix("ب").removeprefix("ال") in rules.missions


def _country(words: list[str], rules: ExtractRules) -> int:
    """How many words name a country or town at the start of `words`: a word, the name after a form of state
    ("جمهورية مصر"), then the attributes with the article ("العربية السعودية"); none when the first is a particle."""
    if not words or not ARABIC.match(words[0]) or fold(words[0]) in rules.function_words or re.match(r"^(?:لل|و)", fold(words[0])):
        return 0
    took = 1
    if fold(words[0]) in rules.state_forms and len(words) > 1 and ARABIC.match(words[1]) \
            and (not re.match(r"^(?:ال|[بلوف])", fold(words[1])) or rules.places.has(fold(strip_punct(words[1])))):
        took = 2  # "جمهورية مصر", "دولة فلسطين", "دولة ليبيا" (a country whose first letter is also a particle)
    while took < len(words) and took < 5 and words[took - 1][-1:] not in ",،." and re.match(r"^(?:ال|وال)", fold(words[took])):
        took += 1
    return took


def _glued_place(word: str, rules: ExtractRules) -> bool:
    """Whether a word is a place with its place link glued on ("بصفاقس")."""
    return fold(word)[:1] in rules.glued_place_links and is_place(strip_punct(word)[1:], rules)


def names_event(word: str, rules: ExtractRules) -> bool:
    """Whether an Arabic word names the event or taking part in it, bare or with "ب" or "ل" glued to it ("المشاركة",
    "بالمداخلة", "للمشاركة": "ل" and the article, whose alif is dropped)."""
    f = fold(strip_punct(word))
    return f in rules.events or f[:1] in "بل" and ("ال" + f[2:] if f.startswith("لل") else f[1:]) in rules.events


def _construct(word: str, nxt: str, rules: ExtractRules) -> bool:
    """Whether a bare Arabic noun and the word after it go on with an organisation's name ("حقوق المهاجرين",
    "عدن للدفاع"); not a verb before the person it proposes ("ترشح السيدة"), a title or the event."""
    f, n = fold(word), fold(strip_punct(nxt))
    return bool(ARABIC.match(f)) and not re.match(r"^(?:ال|وال|لل|و)", f) and word[-1:] not in ",،.:" \
        and bool(re.match(r"^(?:ال|لل|وال)", n)) and f not in rules.not_name and not rules.title_words.has(f) \
        and not split_honorific(nxt, rules)[0] and not rules.title_words.has(n) and not names_event(n, rules)


def possessive_post(phrase: str, rules: ExtractRules) -> bool:
    """Whether a phrase is a possessive and a post at the proposing organisation ("our Director of Partnerships",
    "notre secrétaire générale"), not words saying how the person belongs to it ("notre membre", "our members")."""
    words = fold(phrase).split(None, 1)
    if len(words) < 2 or words[0] not in rules.possessives:
        return False
    return rules.title_words.hits(words[1]) > 0 and not set(word_tokens(words[1])) <= rules.membership


# a body's possessive that opens a piece: "the committee's ...", "our network's ..."
_BODY_POSSESSIVE = re.compile(r"(?P<body>(?:the|our|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)['’]s(?:\s+|$)", re.I)


def referenced_body(phrase: str, rules: ExtractRules) -> int:
    """Where the words after it start when a phrase opens with the possessive of a body named elsewhere ("the Network's
    Executive Director", "our committee's focal point": the body only points back at it), else 0."""
    body = _BODY_POSSESSIVE.match(phrase)
    return body.end() if body and is_reference(body.group("body"), rules) else 0


_DASHED_ASIDE = re.compile(r"\s[-–—]\s+(\S+)[^-–—]*?\s[-–—](?=\s)")


def _without_relative_asides(text: str, rules: ExtractRules) -> str:
    """The text without the asides set off by dashes that open with a relative pronoun ("Dr X - who many of you know
    from her work with the Y Union - would like", "M. Z – qui a longtemps travaillé au W – souhaite"): the bodies they
    name describe the person's past, not the one proposing."""
    return _DASHED_ASIDE.sub(lambda m: " " if fold(m.group(1)) in rules.relatives else m.group(), text)


# a post's piece that ends on the proposing body pointed back at: "... of our Faculty", "... de notre Faculté"
_OF_OURS = re.compile(r"\s+(?:of|at|in|within|de|à|au\s+sein\s+de)\s+(?P<ref>(?:our|notre)\s+[^\W\d_][\w'’-]*)\s*$",
                      re.IGNORECASE)


def post_of_ours(seg: str, rules: ExtractRules) -> tuple[str, str] | None:
    """(the post with its unit, the back-reference) when a post's piece ends on the proposing body named as "ours"
    ("Directrice du Laboratoire X (LX) de notre Faculté", "Director of the Y Centre of our Faculty", "مدير مركز X
    بكليتنا"): the unit stays in the title (dev 012), the affiliation is the body the reference points at."""
    if m := _OF_OURS.search(seg):
        post, ref = seg[: m.start()].rstrip(), m["ref"]
    elif ARABIC.search(seg) and len(words := seg.split()) > 3 and fold(words[-2]) == "في" \
            and is_reference(ref := strip_punct(words[-1]), rules) and not fold(ref).startswith("ال"):
        post = " ".join(words[:-2])  # "مدير مركز X في كليتنا"
    elif ARABIC.search(seg) and len(words := seg.split()) > 2 and (ref := glued_reference(words[-1], rules) or "") \
            and is_reference(ref, rules) and not fold(ref).startswith("ال"):
        post = " ".join(words[:-1])  # (only "ours" joined to the word: "بالجمعية" is read as a post at the body)
    else:
        return None
    return (post, ref) if rules.title_words.hits(fold(post)) and is_reference(ref, rules) else None


def clause_org(before: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation that proposes: the last one named in the sentence before the person."""
    before = _without_relative_asides(before, rules)
    # Only the clause that leads to the person, or one that says on whose behalf: an organisation named
    # earlier in the sentence ("Following the invitation of IOM, ...") is not the one proposing.
    # (a comma inside a name its acronym spells out, "Laboratoire Mobilités, Territoires (LMT)", or inside brackets,
    # "منظمة X (أربيل، إقليم كوردستان العراق)", splits nothing)
    inside = [(m.start(), m.end()) for full in acronyms.values() if "," in full for m in re.finditer(re.escape(full), before)]
    inside += [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", before)]
    clauses, start = [], 0
    for m in re.finditer(r"[،,؛;]\s*", before):
        if not any(a < m.start() < b for a, b in inside):
            clauses.append(before[start : m.start()])
            start = m.end()
    clauses.append(before[start:])
    lead = [clauses[-1]]
    while len(lead) < len(clauses) and (len(lead[-1].split()) <= 2 or any(p.match(fold(lead[-1])) for p in rules.aside)
                                        or re.match(r"و[\u0621-\u064a]{3,}", lead[-1].strip())):
        # "Our organisation, the X Alliance, nominates": the subject is in apposition; "le Barreau X, à travers sa
        # Commission Y, souhaite": the subject is before the aside; "تهديكم القنصلية ... تحياتها، وتتشرف بـ...": a
        # clause joined by "و" goes on with the subject of the one before
        lead.append(clauses[-1 - len(lead)])
    lead = [c for c in lead if not any(p.match(fold(c)) for p in rules.aside)] or lead
    # "Mr. X, our Director of Partnerships, as a speaker": a post in the proposer, no organisation of its own; nor is
    # "The Network's Executive Director, Ms. X": the body it points back at is the one proposing, named elsewhere
    lead = [c for c in lead if not possessive_post(c, rules)
            and not referenced_body(BULLET.sub("", c).strip(), rules) and not post_of_ours(c.strip(), rules)]
    for clause in lead + [c for c in clauses[:-1] if any(p.match(fold(c)) for p in rules.behalf)]:
        found = [(len(" ".join(clause.split()[:i])), _spelled_whole(run, acronyms)) for i, run in org_runs(clause, rules)]
        for m in ACRONYM.finditer(clause):
            if m.group("a") in acronyms and not any(m.group() in run for _, run in found):
                found.append((m.start(), f"{acronyms[m.group('a')]} ({m.group('a')})"))
        if not found and ARABIC.search(clause):
            org = arabic_org(clause, rules)
            if org:  # "معالي المفوض العام للمركز الوطني ... الدكتور X": the body without the glued preposition
                found.append((0, ar_unprefix(org, rules)))
        if found:
            # ("The Gulf Labour Observatory's Senior Researcher, Dr. X": the body, without its possessive)
            org = ARTICLE.sub("", with_its_unit(clause, _proposing_body(clause, sorted(found), rules), rules))
            if _governing_body(org, rules):
                continue  # "الأستاذ X، رئيس مجلس الإدارة، لإلقاء": the candidate's post, not who proposes
            return re.sub(r"['’]s$", "", org)
    return None


def _governing_body(org: str, rules: ExtractRules) -> bool:
    """Whether a body is only a governing body of the organisation named elsewhere ("مجلس الإدارة", "مجلس إدارة الجمعية",
    "the Board of Trustees", "le conseil d'administration de l'association"): a post in it, never a body that proposes."""
    toks = [t for t in word_tokens(fold(org)) if t not in rules.articles]
    text = " ".join(toks)
    for compound in rules.title_compounds:
        if text == compound:
            return True
        if text.startswith(compound + " "):
            rest = text[len(compound) + 1 :]
            if is_reference(rest, rules) or is_reference(re.sub(r"^(?:of|de|du|des|d)\s+", "", rest), rules):
                return True
    return False


# "la Commission des droits humains du Barreau d'Oran": French writes a unit's name in lower case after its capitalised
# organisation word, then "de"/"du" and the body it belongs to; the run of capitals alone is only that body
_UNIT_BEFORE = re.compile(r"(?:^|\s)(?:[lL]['’])?(?P<unit>[A-ZÀ-Þ][^\W\d_]+)(?P<mid>(?:\s+[a-zà-ÿ](?:[^\W\d_]|['’])*){1,8})"
                          r"\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*$")


def with_its_unit(clause: str, org: str, rules: ExtractRules) -> str:
    """The organisation with the units of it the clause names before it ("la Faculté de droit et des sciences politiques
    de l'Université X": the faculty of X, not X; "la Clinique juridique de la Faculté de droit de l'Université Y"); else
    the organisation."""
    at = clause.find(org)
    while at > 0 and (m := _UNIT_BEFORE.search(clause[:at])):
        mid = m.group("mid").split()
        # ("le Comité souhaite proposer au nom de X", "la Commission nationale auprès du Ministère": another clause, or
        # where the unit sits, not a name's words)
        if not (rules.org_words.has(fold(m.group("unit"))) or rules.unit_words.has(fold(m.group("unit")))) \
                or any(opens_clause(" ".join(mid[k:]), rules) or fold(w) in rules.place_links for k, w in enumerate(mid)):
            break
        org, at = clause[m.start("unit") : at + len(org)], m.start("unit")
    return org


def _spelled_whole(run: str, acronyms: Mapping[str, str]) -> str:
    """A run of capitalised words closed by an acronym whose spelled-out name it ends ("Université de Sfax (OUMM)" of
    "Observatoire universitaire des migrations ... de l'Université de Sfax"): that whole name; else the run."""
    m = re.fullmatch(r"(?P<run>.+?)\s*\((?P<acr>[^()]+)\)", run)
    full = acronyms.get(m.group("acr"), "") if m else ""
    if m and len(full) > len(m.group("run")) and fold(full).endswith(fold(m.group("run"))):
        return f"{full} ({m.group('acr')})"
    return run


def _proposing_body(clause: str, found: list[tuple[int, str]], rules: ExtractRules) -> str:
    """The last organisation a clause names, unless it only says where the one before it sits ("the Gulf Institute
    (GI) at the College of Social Sciences", "l'Observatoire X au sein de l'Université Y", "مركز X في جامعة Y")."""
    last = found[-1][1]
    if len(found) < 2:
        return last
    prev = found[-2][1]
    at = clause.find(prev)
    start = clause.find(last, at + len(prev)) if at >= 0 else -1
    if start < 0:
        return last
    link = " ".join(t for t in word_tokens(fold(clause[at + len(prev) : start])) if t not in rules.articles)
    return prev if link in {p.strip() for p in rules.split_strong} else last


def short_named(value: str | None, text: str, rules: ExtractRules) -> str | None:
    """The organisation an Arabic name written as its kind and its short name stands for, where the message gives that
    short name after the full one ("شبكة شمّة": "... لشبكة شباب المغرب العربي من أجل الهجرة (شمّة)")."""
    words = (value or "").split()
    if len(words) != 2 or not ARABIC.search(words[1]) or not rules.org_words.has(fold(words[0])):
        return None
    for m in re.finditer(rf"\(\s*{re.escape(words[1])}\s*\)", text):
        clause = re.split(r"[،,؛;.:\n]", text[: m.start()])[-1].rstrip()
        org = arabic_org(clause, rules)
        full = ar_unprefix(org, rules) if org and clause.endswith(org) else ""
        if full and fold(full).split()[0] == fold(words[0]):
            return f"{full} ({words[1]})"
    return None


def body_as_written(value: str | None, text: str, rules: ExtractRules) -> str | None:
    """A unit and its body, joined by a comma from the signature's lines ("Institute for Refugee Law, University of
    Mount Lebanon"), that the text writes as one name with little words between them ("... Law of the University
    of ...", "... de l'Université ..."): that name, as written; else None. (A comma the sender wrote in a value,
    "Organisation: Section X, Embassy of Y", is theirs: callers pass only a value read from a signature.)"""
    unit, sep, body = (value or "").partition(", ")
    if not (unit.strip() and sep and body.strip()) or ARABIC.search(value or ""):
        return None
    ft = Folded(text)
    m = re.search(rf"(?<!\w){_words(unit)}((?:\s+[^\s']+){{1,2}}?)\s+(?:[ld]')?{_words(body)}(?!\w)", ft.text)
    link = m.group(1).split() if m else []
    if not link or word_tokens(" ".join(link)) != link or not all(t in rules.acronym_links for t in link):
        return None  # (words only: "X – Y", "X | Y" are the signature's own marks)
    written = " ".join(ft.slice(m.start(), m.end()).split())
    # (the names as the signature writes them, capitals too: "the migration centre of X" is no better)
    return written if written.startswith(" ".join(unit.split())) and written.endswith(" ".join(body.split())) else None


def _words(value: str) -> str:
    """A pattern for a value's words on folded text, whatever the spaces or line breaks between them."""
    return r"\s+".join(re.escape(w) for w in fold(value).split())


def with_its_body(value: str | None, text: str, rules: ExtractRules) -> str | None:
    """An Arabic unit's name the text writes elsewhere with the body it belongs to ("لجنة الهجرة واللجوء" of
    "... للجنة الهجرة واللجوء بنقابة المحامين"): that fuller name, the fullest form written; else None."""
    own = (value or "").split()
    if not own or not ARABIC.search(own[0]):
        return None
    first, rest = fold(own[0]), [fold(w) for w in own[1:]]
    for line in text.split("\n"):
        words = line.split()
        folded = [fold(w) for w in words]
        for j in range(len(words) - len(own)):
            # the unit as written there, a preposition glued to it ("للجنة"), then the body
            if folded[j].endswith(first) and folded[j + 1 : j + len(own)] == rest \
                    and _of_body(words[j + len(own)], rules):
                run = _arabic_run([own[0], *words[j + 1 :]], 0, rules)
                if len(run) > len(own):
                    return strip_punct(" ".join(run))
    return None


def named_in_full(ref: str, text: str, rules: ExtractRules) -> str | None:
    """The last organisation a text names in full that a reference to it ("المفوضية", "the Commission") opens with."""
    head = [t for t in word_tokens(fold(ref)) if t not in rules.articles]
    if not head:
        return None
    found = None
    for clause in re.split(r"[،,؛;.\n]", text):
        org = arabic_org(clause, rules) if ARABIC.search(clause) else None
        runs = [org] if org else [run for _, run in org_runs(clause, rules)]
        for run in runs:
            toks = [t for t in word_tokens(fold(run)) if t not in rules.articles]
            if len(toks) > 1 and toks[0] == head[0]:
                found = ARTICLE.sub("", run)
    return found


# A subject line's parts: "جمعية X - ترشيح للمشاركة", "Speaker for the open discussion – Y Network".
_SUBJECT_PART = re.compile(r"\s+[-–—|:]\s+|\s*:\s+")


def subject_organisation(subject: str, rules: ExtractRules, acronyms: Mapping[str, str]) -> str | None:
    """The organisation a subject line gives one of its parts to and nothing else ("جمعية X - ترشيح للمشاركة",
    "Speaker for the open discussion - Y Network"), reply and forward prefixes left out."""
    for part in _SUBJECT_PART.split(subject):
        part = strip_punct(part)
        org = arabic_org(part, rules) if ARABIC.search(part) else clause_org(part, rules, acronyms)
        if org and fold(org) == fold(part):
            return org
    return None


# what may follow an organisation's name in its own brackets: its acronym ("MoMD", "سند") or its name in another language
_ALIAS = re.compile(r"[ \t]*\((?P<alias>[^()\n]{2,80})\)")
_LATIN_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&-]{1,9}")  # two capitals or more: "MoMD", "CoMiMed"


def _is_alias(alias: str, value: str, rules: ExtractRules) -> bool:
    """Whether a bracket after an organisation's name names that body: a Latin acronym whose capitals its words open
    ("Ministry of Migration and Displaced (MoMD)"), an Arabic short name taken from it ("منظمة سند ... (سند)"), or a
    capitalised name with an organisation word after an Arabic one ("مؤسسة أمل ... (Amal Foundation ...)"). A place,
    a year or a remark in brackets is none ("(UAE)", "(عكار)", "(2019)", "(en cours)")."""
    if ARABIC.search(value):
        if ARABIC.search(alias):
            own = {t.removeprefix("ال") for t in word_tokens(fold(value))}
            return len(alias.split()) <= 2 and all(t.removeprefix("ال") in own for t in word_tokens(fold(alias)))
        return alias[:1].isupper() and rules.org_words.hits(fold(alias)) > 0
    if not _LATIN_ACRONYM.fullmatch(alias):
        return False
    initials = iter(w[:1] for w in word_tokens(fold(value)))
    return all(c in initials for c in fold("".join(ch for ch in alias if ch.isupper())))


def with_its_alias(value: str | None, text: str, rules: ExtractRules) -> str | None:
    """The organisation with the acronym or other name the text writes in brackets right after it ("منظمة X (سند)",
    "Ministry of X (MoMD)", "مؤسسة X (X Foundation for Y)"): the fullest form written, acronym included; else None."""
    if not value or value.rstrip().endswith(")"):
        return None
    ft = Folded(text)
    glued = "(?:[وفبكل]{1,2})?" if ARABIC.search(value[:1]) else ""  # "لمؤسسة X (...)": a preposition glued on
    for m in re.finditer(rf"(?<!\w){glued}{_words(value)}(?!\w)", ft.text):
        after = _ALIAS.match(text, ft.at(m.end()))
        if after and _is_alias(after.group("alias").strip(), value, rules):
            return f"{value.strip()} ({after.group('alias').strip()})"
    return None


def name_in_full(value: str | None, text: str, rules: ExtractRules) -> str | None:
    """An Arabic organisation named by its kind and short name ("جمعية سنابل", "منظمة نفير") that the text writes once
    with what it is for ("... في جمعية سنابل للإغاثة والتنمية (...)"): that one fuller name, the fullest form written;
    else None. A name run on into a place ("... في الكويت") is not taken: the address is no part of it."""
    words = (value or "").split()
    if not 2 <= len(words) <= 3 or not ARABIC.search(words[0]) or not rules.org_words.has(fold(words[0])):
        return None
    own = fold(" ".join(words))
    fuller = set()
    for clause in re.split(r"[،,؛;.:()\n]", text):
        org = arabic_org(clause, rules)
        full = ar_unprefix(org, rules) if org else ""
        toks = word_tokens(fold(full))
        # what it is for, glued to a preposition or joined by "و" ("للإغاثة", "لدعم", "والتنمية"); not an adjective of
        # the sentence's noun ("تقرير بلدية X الطوعي", "وزارة X الأسماء التالية")
        if fold(full).startswith(own + " ") and re.match(r"(?:لل|ل\S{3,}|وال)", fold(full)[len(own) + 1 :]) \
                and not any(t in {fold(p) for p in rules.place_links} for t in toks):
            fuller.add(strip_punct(full))
    return fuller.pop() if len(fuller) == 1 else None


_PIECE_SEP = re.compile(r"(\s*[,،]\s*|\s+[-–—]\s+)")


def unit_with_its_body(value: str | None, text: str, rules: ExtractRules) -> str | None:
    """A unit with no body of its own ("كلية الاقتصاد والإدارة", "Unité de recherche X") that a line of the text writes
    with the bodies it belongs to after a comma or a dash ("...، جامعة الشرق", "... - معهد Y - الجامعة اللبنانية"):
    the unit and those bodies as written, each opening with an organisation word; else None. A town or a country
    after the comma or dash is an address and stops it (the affiliation leaves the address out)."""
    if not value or not names_unit(value, rules) or _PIECE_SEP.search(value):
        return None
    for line in text.split("\n"):
        at = line.find(value)
        # (the unit must end there: "كلية X للبنات" is another unit)
        parts = _PIECE_SEP.split(line[at + len(value) :]) if at >= 0 else []
        if len(parts) < 3 or parts[0].strip():
            continue
        written = value
        for sep, piece in zip(parts[1::2], parts[2::2], strict=False):  # (a split keeps separators in between)
            first = fold(piece.split()[0]) if piece.split() else ""
            if not (rules.org_words.has(first) or rules.org_words.has(first.removeprefix("ال"))) \
                    or only_places(piece, rules):
                break
            written += sep + strip_punct(piece)
        if written != value:
            return written
    return None
