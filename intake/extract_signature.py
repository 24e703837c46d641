"""The sender as described by the signature block (name, title line, organisation line, or all on one line)
and by the From display name; a speaker's block written the same way is read by the same code. When the text
stage found no signature, the block is the name block that closes the new text, else the one after its closing
formula ("... nos salutations distinguées." then "Père X / Directeur", a motto below). An organisation line may
go on after a dash with the unit's branch ("مديرية X – فرع حلب") or the body the unit belongs to ("كلية الحقوق –
جامعة Y", read "كلية الحقوق بجامعة Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.extract_orgs import unit_only
from intake.extract_prose import DASH, is_item, is_kunya, split_title
from intake.extract_rules import ARABIC, ARTICLE, SEPARATORS, ExtractRules, word_tokens
from intake.extract_values import (
    ACRONYM,
    CLOSED_BY_ACR,
    ELISION,
    LIST_END,
    PIECES,
    ar_unprefix,
    clean_value,
    first_token,
    is_field,
    is_noise,
    is_place,
    is_reference,
    name_like,
    names_branch,
    names_seat,
    names_unit,
    office_by_town,
    office_words,
    only_role,
    opens_with_unit,
    org_head,
    phrase_kind,
    reads_as_town,
    strip_punct,
)
from intake.folding import Folded, fold
from intake.model import MessageParts, Parsed
from intake.text import CLOSING, CLOSING_WORDS, OUTLOOK_FROM, OUTLOOK_NEXT

# ---------------------------------------------------------------------------------------------
# Signature and display name


@dataclass
class Sig:
    name: str | None = None
    honorific: str | None = None
    title: str | None = None
    affiliation: str | None = None
    # the body the title line named as where the title is practised ("Avocate au Barreau de X", "محامية في نقابة Y")
    title_body: str | None = None


_RULED_OFF = re.compile(r"\s*_{5,}\s*\n")


def _ruled_off_block(quoted: str, rules: ExtractRules) -> list[str]:
    """A name block the mailer ruled off with underscores, no header lines under it: the sender's full signature, not
    a quoted message ("With best regards, / Anjali" then "____ / Anjali X / Senior Specialist ... / ILO ...")."""
    m = _RULED_OFF.match(quoted)
    if m is None:
        return []
    block = [ln for ln in quoted[m.end() :].split("\n\n", 1)[0].split("\n") if ln.strip()][:10]
    if not block or any(OUTLOOK_FROM.match(ln) or OUTLOOK_NEXT.match(ln) for ln in block):
        return []
    return block if lead_name(block[0], rules)[1] else []


def _signature_lines(parts: MessageParts, rules: ExtractRules) -> list[str]:
    """The signature block's lines, closing formula dropped; a trailing name block of the new text if none. A block
    ruled off below the closing is the signature even when the text stage took the rule for a quote's."""
    if full := _ruled_off_block(parts.quoted, rules):
        return full
    if parts.signature:
        if (block := _last_block(parts.new, rules)) and _signs_by_given_name(parts.signature, "\n".join(block), rules):
            return block  # "merci beaucoup" / "Élise" under the block that gives her in full
        lines = parts.signature.split("\n")
        while lines and (not lines[0].strip() or lines[0].strip() in ("--", "—", "__")
                         or re.search(r"[,،!]\s*$", lines[0]) or CLOSING.match(lines[0])):
            lines.pop(0)
        # (a device's footer under the closing name is no line of the block: "Hamdan" / "Sent from my iPhone")
        lines = [ln for ln in _image_cards(lines) if ln.strip() and not is_noise(ln, rules)][:10]
        # (the name signed under the closing and again at the head of the full block below, footnotes between them:
        # "Samira X" / "[1] ..." / "Samira X, PhD": the block's line stands)
        if len(lines) > 1 and len(lines[0].split()) > 1 and lines[1].strip().startswith(lines[0].strip()):
            lines.pop(0)
        if len(lines) > 1 or (lines and (lead_name(lines[0], rules)[1] or phrase_kind(lines[0], rules) != "unknown")):
            return lines
        # only "Sent from my phone" or "Merci d'avance.": the name, if any, closes the new text
        return _closing_block(parts.new, rules) or lines
    return _closing_block(parts.new, rules)


# A signature made of an image, as a mail program writes it in plain text with the image's alt text: a card whose
# fields the alt text gives between bars ("[image: Nadia X | Chargée de plaidoyer | Association Y (AY) | Oujda]")
_IMAGE_CARD = re.compile(r"^\s*\[(?:image|img|cid)\s*:\s*(?P<alt>[^\[\]|]+(?:\|[^\[\]|]+){2,})\]\s*$", re.IGNORECASE)


def _image_cards(lines: list[str]) -> list[str]:
    """The lines of a signature with each image card written out, a line for each of its fields; a dashes' rule ("-- ")
    over it left out."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if m := _IMAGE_CARD.match(line):
            out += [field.strip() for field in m["alt"].split("|") if field.strip()]
        elif not (line.strip() in ("--", "—", "__") and i + 1 < len(lines) and _IMAGE_CARD.match(lines[i + 1])):
            out.append(line)
    return out


_AFTERTHOUGHT_WORDS = 12  # the most words of a one-line afterthought under the signature block


def _names_its_person(paragraph: str, rules: ExtractRules) -> bool:
    """Whether a paragraph is a block of two to seven lines that names its person, over or under their other lines
    (not a list of people, nor the lines a heading announces)."""
    block = [ln for ln in paragraph.strip().split("\n") if ln.strip()]
    return 1 < len(block) <= 7 and not any(re.search(r"[.:]\s*$", ln) or is_item(ln) for ln in block) \
        and bool(_block_name(_name_first(block, rules), 0, rules)[1])


def _closing_block(new: str, rules: ExtractRules) -> list[str]:
    """The sender's name block in the new text: the one that closes it, else the one after its closing formula."""
    return _last_block(new, rules) or _block_after_closing(new, rules)


def _block_after_closing(new: str, rules: ExtractRules) -> list[str]:
    """The name block that follows the new text's last closing formula, whatever comes after it (a motto, a banner):
    the name after "Cordialement", "Best regards" or "... nos salutations distinguées." signs the message."""
    lines = new.split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    # (only near the end, as a signature would be: see intake.text)
    closing = next((i for i in reversed(nonblank[-_CLOSING_REACH:]) if _ends_with_closing(lines[i])), None)
    if closing is None:
        return []
    rest = "\n".join(lines[closing + 1 :]).strip()
    block = [ln for ln in re.split(r"\n\s*\n", rest, maxsplit=1)[0].split("\n") if ln.strip()][:10]
    return block if block and _block_name(block, 0, rules)[1] else []


_CLOSING_REACH = 13  # a closing formula with at most 12 lines after it
_CLAUSE_END = re.compile(r"(?:^|[.!?؟,،;])\s*$")


def _ends_with_closing(line: str) -> bool:
    """Whether a line ends with a closing formula: a clause of its own ("Merci. Bien à vous,") or the last words of a
    longer sentence ("... et vous prions d'agréer l'expression de nos salutations distinguées.")."""
    if CLOSING.match(line):
        return True
    for m in list(re.finditer(r"\S+", line))[-CLOSING_WORDS:]:
        tail = line[m.start() :]
        if CLOSING.match(tail) and (len(tail.split()) > 1 or _CLAUSE_END.search(line[: m.start()])):
            return True
    return False


def label_value_row(line: str, rules: ExtractRules) -> bool:
    """Whether a line is a label/value row of a table drawn in text: its first cell before a bar a label alone
    ("الاسم | السيدة X", "Organisation | Y"), not a signature's "Title | Organisation"."""
    first, bar, _ = line.strip().partition("|")
    return bool(bar) and " ".join(word_tokens(fold(first.rstrip(" :：")))) in rules.field_of_words


def _last_block(new: str, rules: ExtractRules) -> list[str]:
    """The name block that closes the new text (a name, then its title or organisation lines), if any."""
    paragraphs = [p for p in re.split(r"\n\s*\n", new) if p.strip()]
    while paragraphs and all(is_noise(ln, rules) for ln in paragraphs[-1].split("\n") if ln.strip()):
        paragraphs.pop()  # "Sent from my iPhone" left in the text
    # a one-line courtesy after the name ("Merci par avance.", "Thanks again") does not hide the block, nor a
    # one-line afterthought under a block of several lines that names its person ("وآسفين على التأخير، إن شاء الله يلحق.")
    # (a sentence, ended as one: no name line is)
    while len(paragraphs) > 2 and "\n" not in (last := paragraphs[-1].strip()) \
            and (len(last.split()) <= 5 and not name_like(last, rules)[1]
                 or len(last.split()) <= _AFTERTHOUGHT_WORDS and re.search(r"[.!?؟]$", last)
                 and _names_its_person(paragraphs[-2], rules)):
        paragraphs.pop()
    if len(paragraphs) > 2 and _signs_by_given_name(paragraphs[-1], paragraphs[-2], rules):
        paragraphs.pop()  # "Mes coordonnées :" / "Élise X" / "Title" / "Org", then "Merci !" / "Élise"
    if len(paragraphs) == 1:
        # one paragraph: its last lines, when the line before ends a sentence, may be the name alone or the name
        # over its title or organisation lines ("Thx" after them is a courtesy); a phone's unpunctuated request
        # ("I'd like to join the open discussion" / "X" / "Org") is ended by a name with a line below it
        lines = [ln.strip() for ln in paragraphs[0].strip().split("\n") if ln.strip()]
        while len(lines) > 3 and len(lines[-1].split()) <= 2 and not name_like(lines[-1], rules)[1] \
                and phrase_kind(lines[-1], rules) == "unknown":
            lines.pop()
        for k in range(len(lines) - 1, max(len(lines) - 4, 0), -1):
            if k == 1 and len(lines) < 3:
                continue  # under a message of one line, a name alone is no block: it needs a title or organisation line
            if (re.search(r"[.!؟?]\s*$", lines[k - 1]) or k < len(lines) - 1 and not re.search(r"[:：]\s*$", lines[k - 1])) \
                    and name_like(lines[k], rules)[1] \
                    and len(lines[k].split()) <= 4 \
                    and all(phrase_kind(PIECES.split(ln)[0], rules) != "unknown" and not re.search(r"[.!؟?:]\s*$", ln)
                            for ln in lines[k + 1 :]):
                return lines[k:]
    if len(paragraphs) < 2:
        return []
    block = _unheaded(paragraphs[-1])
    if len(block) > 1 and fold(strip_punct(block[0])) in rules.sign_offs:
        block = block[1:]  # "أخوكم" / "سالم بن خلفان البلوشي"
    if len(block) > 7 or any(len(ln) > 80 and not details_line(ln, rules) or re.search(r"[.:]\s*$", ln)
                             or label_value_row(ln, rules) for ln in block):  # (a table of details is no signature)
        return []
    if _block_name(_name_first(block, rules), 0, rules)[1]:
        return block  # the name over its title and organisation lines, or under them ("جمعية X" / "نائب الرئيس" / "Y")
    # "Office of the Chairperson / National Commission for ... / Doha": an office signs for its organisation
    return block if _is_office(block[0], rules) and any(_opens_with_org(ln, rules) for ln in block[1:]) else []


def details_line(line: str, rules: ExtractRules) -> bool:
    """Whether a long line of a name block is a list of its details rather than prose: a title, then the unit and its
    body after commas ("Research Fellow, Center for ... (CMRS), American University in Cairo"), or an organisation
    with a long name, then only its town and country ("Association ... des Femmes Migrantes (AFM) – Oujda, Maroc") or
    the bodies it belongs to ("Laboratoire d'études ... (LEMS) – Université de Y")."""
    pieces = PIECES.split(line)
    if len(pieces) < 2 or any(len(p) > 80 for p in pieces):
        return False
    kind = phrase_kind(pieces[0], rules)
    return kind == "title" or kind == "org" and all(is_place(p, rules) or phrase_kind(p, rules) == "org"
                                                    for p in pieces[1:])


def person_details_line(line: str, rules: ExtractRules) -> bool:
    """Whether a long line is one person's details rather than prose: a name, then a title, then the unit and the
    bodies it belongs to, between dashes or commas ("ABI NADER Joëlle — Professeure associée — Observatoire X (OML),
    Faculté Y, Université Z")."""
    pieces = PIECES.split(line)
    if len(pieces) < 3 or any(len(p) > 80 for p in pieces):
        return False
    _hon, name, rest = lead_name(line, rules)
    title, *bodies = PIECES.split(rest) if name and rest else [""]
    # (a piece in lower case describes the body before it: "..., association membre de la Plateforme,")
    return phrase_kind(title, rules) == "title" and bool(bodies) \
        and all((phrase_kind(b, rules) == "org" or names_unit(b, rules)) and not b[:1].islower() for b in bodies)


_HEADING = re.compile(r"[:：\-–—]\s*$")  # "Mes coordonnées :", "Contact details -"
_CLOSING_BRACKET = re.compile(r"\s*\(([^()]{2,})\)\s*$")  # "Head of Compliance (Gulf Ethical Recruitment Alliance)"


def _unheaded(paragraph: str) -> list[str]:
    """A paragraph's lines without the label line that heads a block of details ("My details:" over the name)."""
    lines = [ln for ln in paragraph.split("\n") if ln.strip()]
    return lines[1:] if len(lines) > 2 and _HEADING.search(lines[0]) else lines


def _signs_by_given_name(last: str, above: str, rules: ExtractRules) -> bool:
    """Whether the closing paragraph is a courtesy and a given name alone ("Merci !" / "Élise") of the person whose
    full block the paragraph above gives: that block is the signature."""
    lines = [ln.strip() for ln in last.split("\n") if ln.strip()]
    if not 1 <= len(lines) <= 2 or len(lines[-1].split()) != 1:
        return False
    name = _block_name(_unheaded(above), 0, rules)[1]
    return bool(name) and len(name.split()) > 1 and fold(name).split()[0] == fold(strip_punct(lines[-1]))


def _is_office(line: str, rules: ExtractRules, longest: int = 6, by_place: bool = False) -> bool:
    """Whether a line names an office or secretariat rather than its organisation ("Office of the Chairperson",
    "Bureau du Président", "مكتب الرئيس", "الأمانة الفنية"), in `longest` words at most. `by_place`: the office may
    open with its town or region ("Beirut Office", "MENA Regional Office"), as a line over its organisation's does."""
    toks = [t for t in word_tokens(fold(line)) if t not in rules.articles]
    if by_place and toks[1:] and (rules.places.has(toks[0]) or re.fullmatch(r"[A-Z]{3,6}", line.split()[0])):
        toks.pop(0)  # "Beirut Office", "MENA Regional Office": the office named by its town or region
    while toks[1:] and toks[0] in rules.office_qualifiers:
        toks.pop(0)  # "General Secretariat", "Executive Office"
    return bool(toks) and len(toks) <= longest and (toks[0] in rules.offices or toks[0].removeprefix("ال") in rules.offices) \
        and not ACRONYM.search(line)


def lead_name(line: str, rules: ExtractRules) -> tuple[str | None, str | None, str]:
    """(honorific, name, rest) when a line is a name, or a name then its title or organisation after a comma or dash."""
    m = PIECES.search(line)
    if m is not None:
        rest = line[m.end() :].strip()
        hon, name = name_like(line[: m.start()], rules)
        first, *after = PIECES.split(rest, 1)
        if name and is_kunya(first, rules):
            # "سعاد X - أم أحمد", "Samir Y, Abu Georges": the name the person is also known by is no title
            return hon, name, "".join(after)
        if name and rest and phrase_kind(PIECES.split(rest)[0], rules) != "unknown":
            return hon, name, rest
    hon, name = name_like(line, rules)
    if not name and (trailing := _trailing_name(line, rules)):
        return trailing
    return hon, name, ""


def _trailing_name(line: str, rules: ExtractRules) -> tuple[str | None, str, str] | None:
    """(honorific, name, rest) when a line gives the organisation and the title first and the name last, each after a
    spaced dash or bar ("Centre X, Legal Unit - Legal Director - Omar Y", "منظمة X – المستشار القانوني – علي Y"); the
    rest puts the title before the organisation, as a signature line is read. Two pieces are not enough: "Y Network -
    Omar Z" may be a body and its contact."""
    pieces = DASH.split(line.strip())
    if len(pieces) < 3:
        return None
    hon, name = name_like(pieces[-1], rules)
    kinds = [phrase_kind(p, rules) for p in pieces[:-1]]
    if not name or set(kinds) != {"title", "org"}:
        return None
    before = list(zip(pieces[:-1], kinds, strict=True))
    return hon, name, " – ".join([p for p, k in before if k == "title"] + [p for p, k in before if k == "org"])


_SEGMENT_END = re.compile(rf"{SEPARATORS.pattern}|\s*[,،]\s+")
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”")  # a name in quotes ("Chaire UNESCO « Migrations, mobilités »") is one piece


def _segment_spans(line: str) -> list[tuple[int, int]]:
    """Where the pieces of a signature line lie, between commas, dashes and bars (not those inside paired quotes)."""
    out, start = [], 0
    quoted = [m.span() for m in _QUOTED.finditer(line)]
    for m in _SEGMENT_END.finditer(line):
        if any(a < m.start() < b for a, b in quoted):
            continue
        out.append((start, m.start()))
        start = m.end()
    return [*out, (start, len(line))]


def _names_org(lines: list[str], rules: ExtractRules) -> bool:
    """Whether a signature line names an organisation (a name with an organisation word or an acronym)."""
    return any(not is_noise(ln, rules) and not is_place(ln, rules)
               and (phrase_kind(ln, rules) == "org" or bool(ACRONYM.search(ln))) for ln in lines)


def _title_unit(segs: list[str], rules: ExtractRules) -> int:
    """How many pieces after a title on its line name the person's unit or second function ("Head, Migration
    Unit", "Avocate, coordinatrice du pôle contentieux") rather than the organisation: not an acronym, and
    an organisation piece only when it is a unit of one ("Domestic Workers' Committee")."""
    n = 0
    for seg in segs:
        if not seg.strip() or is_noise(seg, rules) or is_place(seg, rules) or re.search(r"\b[A-Z]{2,}\b", seg) \
                or phrase_kind(seg, rules) == "org" and rules.units.isdisjoint(word_tokens(fold(seg))):
            break
        n += 1
    return n


def _second_posts(segs: list[str], rules: ExtractRules) -> int:
    """How many pieces after a title on its line are further posts of the person, each opening with a title word
    ("Avocate, responsable du pôle assistance juridique", "membre du bureau exécutif, chargée des projets jeunesse",
    "محامية، عضو لجنة الحريات"): the title keeps them whether or not an organisation's line follows. Not a place, an
    organisation or a role the person is proposed for ("Directrice, pour la table ronde 2"). A short post may open with
    the body of the organisation it sits on ("Documentary Photographer, Board Member")."""
    n = 0
    for seg in segs:
        toks = word_tokens(fold(seg))
        if not toks or not (rules.title_words.has(toks[0]) or len(toks) <= 3 and any(map(rules.title_words.has, toks[1:2]))) \
                or phrase_kind(seg, rules) != "title" or is_noise(seg, rules) \
                or is_place(seg, rules) or only_role(fold(seg), rules):
            break
        n += 1
    return n


def _regions_after(segs: list[str], rules: ExtractRules) -> int:
    """How many pieces after a title on its line name the region the post covers ("Head of Sustainability, MENA",
    "Protection Adviser, Middle East Hub", "مديرة البرامج، شمال أفريقيا"): the title keeps them, where an acronym or an
    unknown name would be read as the organisation."""
    n = 0
    while n < len(segs) and rules.regions and rules.regions.fullmatch(" ".join(word_tokens(fold(segs[n])))):
        n += 1
    return n


def _cell_unit(ln: str, spans: list[tuple[int, int]], k: int, rules: ExtractRules) -> int:
    """How many pieces after a title in its cell of a barred line name the person's unit or second function, when the
    cell after the bar names the organisation ("X | Municipal Councillor, Head of Social Affairs Committee | Municipality
    of Y"): the bar, not the comma, ends the title; 0 when some piece of the cell is not the title's."""
    bar = ln.find("|", spans[k][1])
    if bar < 0:
        return 0
    inside = [ln[a:b] for a, b in spans[k + 1 :] if b <= bar]
    after = next((ln[a:b] for a, b in spans[k + 1 :] if a > bar), "")
    if not inside or phrase_kind(after, rules) != "org" or _title_unit(inside, rules) != len(inside):
        return 0
    return len(inside)


def _opens_with_org(line: str, rules: ExtractRules) -> bool:
    """Whether a line is an organisation's name: it opens with its organisation word, after capitalised words only
    ("Gulf Coast University", "Université de Tunis", "جامعة الأطلس"), not a line about one ("Implementing partner of the
    UN ...", "Membre du Réseau X", "عضو في شبكة ...")."""
    for w in line.split():
        t = first_token(w)
        if rules.org_words.has(t) or rules.org_words.has(t.removeprefix("ال")):
            return True
        if ARABIC.search(w) or not (w[:1].isupper() or t in rules.conjunctions):
            return False
    return False


def _office_body(line: str, rules: ExtractRules) -> str | None:
    """The body an office line names after its office words ("Secretariat of the Committee on Labour" -> "Committee on
    Labour", "Secrétariat de l'Assemblée" -> "Assemblée", "الأمانة الفنية للجنة الوطنية" -> "اللجنة الوطنية"), or None."""
    words = line.split()
    k = office_words(words, rules)
    while k > 1 and first_token(words[k - 1]) in rules.office_qualifiers \
            and first_token(words[k - 2]) in rules.articles | rules.acronym_links:
        k -= 1  # "Secretariat of the National Committee": a qualifier after the link opens the body's name
    rest = ar_unprefix(ELISION.sub("", " ".join(words[k:])), rules)
    return rest if k and rest and _opens_with_org(rest, rules) else None


def _named_office_body(line: str, rules: ExtractRules) -> str | None:
    """The body an office line names in full after its office words ("أمانة سر اللجنة العمانية لحقوق الإنسان" ->
    "اللجنة العمانية لحقوق الإنسان"), or None; not a body it only refers to ("Secretariat of the Committee")."""
    body = _office_body(line, rules) if _is_office(line, rules, longest=12) else None
    return body if body and len(word_tokens(fold(body))) >= 3 and not is_reference(body, rules) else None


def read_signature(parts: MessageParts, rules: ExtractRules) -> Sig:
    return read_block(_in_script_of(_signature_lines(parts, rules), parts.new), rules)


_BAR = re.compile(r"\s+\|\s+")


def _in_script_of(lines: list[str], text: str) -> list[str]:
    """A block written twice, line by line, in Latin and Arabic letters ("Zainab X | زينب X" / "Lawyer | محامية"): each
    such line's half in the script the message's text is mostly written in, so that the two halves are not read as a
    name and a title, or as two organisations. Two such lines at least make the block bilingual."""
    halves = [_BAR.split(ln) for ln in lines]
    paired = [len(h) == 2 and bool(ARABIC.search(h[0])) != bool(ARABIC.search(h[1])) for h in halves]
    if sum(paired) < 2:
        return lines
    arabic = len(ARABIC.findall(text)) > len(re.findall(r"[^\W\d_]", text)) / 2
    return [next(x for x in h if bool(ARABIC.search(x)) == arabic) if two else ln
            for ln, h, two in zip(lines, halves, paired, strict=True)]


# A line that is a web address alone, in lower case as an address is written, whatever its ending
# ("binhaddayn.example.blog", "entrefrontieres.fr"): where to read about the body, never its name (a medium named by
# its address writes it as a name, "Migranews.ma")
_WEB_ADDRESS = re.compile(r"\W*(?:[a-z0-9][a-z0-9-]+\.)+[a-z]{2,12}(?:/\S*)?\W*$")


def read_block(lines: list[str], rules: ExtractRules) -> Sig:
    """A person as a block of lines describes them: a name, then title and organisation lines (or all on one)."""
    lines = _name_first(lines, rules)
    sig = Sig()
    office_unit = -1  # the line of an office that named the unit the affiliation is
    for i, ln in enumerate(lines):
        if is_noise(ln, rules) or is_place(ln, rules) or _WEB_ADDRESS.match(ln) \
                or (i + 1 < len(lines) and _signs_for(ln, lines[i + 1], rules)):
            continue
        if not sig.affiliation and _is_office(ln, rules, by_place=True) and any(_opens_with_org(later, rules) for later in lines[i + 1 :]):
            if _read_office(sig, lines, i, rules):
                office_unit = i
            continue
        if not sig.affiliation and (body := _named_office_body(ln, rules)):
            # "أمانة سر اللجنة العمانية لحقوق الإنسان", "Secretariat of the National Committee for X": the office signs
            # for the body it names in full, which is the affiliation
            sig.affiliation = clean_value(body, rules)
            continue
        if sig.name is None and sig.title is None and sig.affiliation is None:
            rest = _read_name(sig, lines, i, rules)
            if rest is None:
                continue
            ln = rest
        _read_pieces(sig, ln, lines, i, office_unit, rules)
    return sig


def _signs_for(line: str, below: str, rules: ExtractRules) -> bool:
    """Whether a line over the signer's own says on whose behalf they sign, by that person's post ("For the President",
    "Pour la Présidente", "عن رئيس الاتحاد", "بالنيابة عن المدير العام") or by their name over the signer's name
    ("P/O Karim X" over "Lina Y", "p.p. Jane X" over "Tom Y", "عن د. سامي X" over "ليلى Y"): neither the signer's
    name, title nor organisation."""
    fl = Folded(line.strip())
    m = next((m for p in rules.org_lead if (m := p.match(fl.text))), None)
    if m is None:
        return False
    rest = line.strip()[fl.at(m.end()) :]
    return phrase_kind(rest, rules) == "title" or bool(name_like(rest, rules)[1] and name_like(below, rules)[1])


_CONTACT = re.compile(r"@|www\.|https?:|(?:\d\D?){6}")  # an address, a site or a phone number


def _name_first(lines: list[str], rules: ExtractRules) -> list[str]:
    """A block that names the person below their title line ("Executive Director\nDana X", "جمعية Y\nالكاتب العام\n
    د. منير Z"), in the order it is read: the name, the title lines, then the rest. Only when every other line is a
    title or an organisation (contact and address lines aside); any other block as it is."""
    kept = [i for i, ln in enumerate(lines) if not (is_noise(ln, rules) or is_place(ln, rules) or _CONTACT.search(ln))]
    named = [i for i in kept[1:] if name_like(lines[i], rules)[1]]
    if len(kept) < 2 or len(named) != 1 or name_like(lines[kept[0]], rules)[1]:
        return lines
    kinds = {i: phrase_kind(lines[i], rules) for i in kept if i != named[0]}
    if not set(kinds.values()) <= {"title", "org"} or "title" not in (kinds[i] for i in kept if i < named[0]):
        return lines
    titles = [ln for i, ln in enumerate(lines) if kinds.get(i) == "title"]
    return [lines[named[0]], *titles, *(ln for i, ln in enumerate(lines) if i != named[0] and kinds.get(i) != "title")]


def _read_office(sig: Sig, lines: list[str], i: int, rules: ExtractRules) -> bool:
    """An office line over its organisation's: the office of the organisation named below, or of its unit the office
    line names ("Secretariat of the Committee on Labour", "أمانة سر لجنة العمل", which the organisation's line then
    closes). Whether the unit is the affiliation."""
    unit = _office_body(lines[i], rules)
    if unit and i + 1 < len(lines) and _opens_with_org(lines[i + 1], rules):
        sig.affiliation = clean_value(unit, rules)
        return True
    return False


def _block_name(lines: list[str], i: int, rules: ExtractRules) -> tuple[str | None, str | None, str]:
    """(honorific, name, rest) of a block's line i as lead_name reads it; over a title line one word that is also a
    title word is part of the name ("أمينة بلقاسم", "محمد الأمين الطاهري" over the title)."""
    hon, name, rest = lead_name(lines[i], rules)
    if not name and i + 1 < len(lines) and phrase_kind(lines[i + 1], rules) == "title":
        hon, name = name_like(lines[i], rules, titled=True)
    return hon, name, rest


def _read_name(sig: Sig, lines: list[str], i: int, rules: ExtractRules) -> str | None:
    """The name a block opens with, and what the line says after it: None when the line is only the name, the whole
    line when it names no one."""
    ln = lines[i]
    hon, name, rest = _block_name(lines, i, rules)
    if not name:
        return ln
    sig.honorific, sig.name = hon, name
    return rest or None  # "Ahmed Nasr, Programme Manager, Sudanese Migrants Association" on one line


def _read_pieces(sig: Sig, ln: str, lines: list[str], i: int, office_unit: int, rules: ExtractRules) -> None:
    """The title and organisation a line (line i of the block, or what follows the name on it) gives, piece by piece."""
    if is_place(ln, rules):
        return  # "Dakar, Sénégal": a town the place list lacks, in its country, is an address too
    spans = _listed_kept(ln, _segment_spans(ln), rules)
    segs = [ln[a:b] for a, b in spans]
    resume = 0  # the pieces before it were read into the title
    for k, seg in enumerate(segs):
        if k < resume:
            continue
        if k and sig.affiliation and names_unit(seg, rules) and clean_value(segs[k - 1], rules) == sig.affiliation:
            # "مديرية الإحصاءات السكانية – فرع حلب", "Ministry of Labour - Migration Department": the branch or unit of the
            # body before it on the line, kept as the value reads them together
            sig.affiliation = clean_value(ln[spans[k - 1][0] : spans[k][1]], rules) or sig.affiliation
            continue
        if k and _branch_of_unnamed_body(segs[k - 1], ln[spans[k - 1][1] : spans[k][0]], seg, rules) \
                and sig.affiliation in (None, clean_value(segs[k - 1], rules)) and strip_punct(segs[k - 1]) != sig.name:
            # "Libyan Red Crescent - Benghazi Branch", "Entraide X – Section de Tanger": a body no keyword names, then
            # its branch after a dash, are the organisation together (the body was no title)
            if sig.title == clean_value(segs[k - 1], rules):
                sig.title = None
            sig.affiliation = clean_value(ln[spans[k - 1][0] : spans[k][1]], rules) or sig.affiliation
            continue
        if not seg.strip() or is_noise(seg, rules) or is_place(seg, rules):
            continue
        if sig.affiliation and office_by_town(seg, rules) and not names_branch(seg, rules):
            # "X (ACR) – Cairo Office", or "Cairo Office" on the line below X's: the office its town names is the body's
            # address, not a parent body
            continue
        kind = "title" if _body_in_brackets(seg, rules) else phrase_kind(seg, rules)
        if kind == "title" and k == 0 and sig.title_body and sig.affiliation in (None, sig.title_body) \
                and any(phrase_kind(later, rules) == "org" for later in segs[1:]):
            # "Avocate au Barreau de X" over "Présidente, Association Y": the person's post is the one held at the
            # organisation the block names next, not the profession practised at another body
            sig.title = sig.affiliation = sig.title_body = None
        if kind == "title" and not sig.title and not sig.affiliation:
            if (resume := _read_title(sig, ln, spans, k, lines[i + 1 :], rules)) is None:
                break
        elif kind == "title" and not sig.title and sig.name and k == 0 and ln is lines[i] \
                and not split_title(seg, rules)[1]:
            # the post on a line of its own under the organisation's ("ريم حداد / شركة Y / مديرة قسم المسوح الميدانية",
            # "Reem X / Y Company / Head of Field Surveys"); a post naming another body is left unread; the unit it is
            # held in, after a comma on its line, is the title's ("Senior Adviser, Child Protection Unit")
            unit = _title_unit(segs[1:], rules)
            unit = next((n for n in range(unit, 0, -1) if all(names_unit(s, rules) for s in segs[1 : 1 + n])), 0)
            sig.title = strip_punct(ln[spans[0][0] : spans[unit][1]]) if unit else clean_value(seg, rules)
            resume = 1 + unit
        elif kind == "title" and not sig.title and sig.name and k > 0 and sig.affiliation \
                and clean_value(_before_on_line(sig, ln, spans[k - 1][1], segs[k - 1]), rules) == sig.affiliation \
                and not split_title(seg, rules)[1] \
                and not rules.org_words.hits(fold(seg)):
            # "Associazione X (AX), Vice President", "Réseau Y – Secrétaire général": the post after the organisation
            # on its line, after the organisation's unit too ("Banque X, Direction Y, Directeur") (not "SNMR - Student
            # Network for ...", the name the acronym stands for)
            sig.title = clean_value(seg, rules)
        elif (kind == "org" or k == 0 and _unit_over_body(seg, lines[i + 1 :], rules)) and sig.affiliation and (
                k == 0 and i > 0 and _is_parent_body(sig, segs, lines[i - 1], office_unit == i - 1, rules)
                or k > 0 and _is_parent_body(sig, segs[k:], _before_on_line(sig, ln, spans[k - 1][1], segs[k - 1]),
                                             False, rules)):
            # the body the unit read before belongs to, on the next line or after a dash ("كلية الحقوق – جامعة X")
            # (a piece in lower case says what the name before it is, "VériMig – plateforme tunisienne de ...": read
            # as written; a parent body is joined by a comma, "Centre for Refugee Studies, Gulf Coast University", unless
            # a dash joins it on the line, "Laboratoire X (LX) – Université Y": read as written too)
            written = ln[spans[k - 1][1] : spans[k][0]].strip() if k else ","
            mark = written if seg.strip()[:1].islower() or written in ("–", "—", "-") else ","
            sig.affiliation = _with_body(sig.affiliation, clean_value(seg, rules) or seg, mark, bool(ARABIC.search(seg)))
            break
        elif kind == "org" and not sig.affiliation:
            aff = _affiliation_from(ln, spans, k, rules)
            if not is_reference(aff, rules):  # "عن الجمعية", "For the association": signing for it, not naming it
                sig.affiliation = aff
        elif kind == "unknown" and sig.name and not sig.affiliation and not only_role(fold(seg), rules):
            # (a piece that only asks for a role, "Ms X – Head of Y – intervention in Roundtable 2", names no body)
            if sig.title and is_field(seg, rules):
                sig.title = f"{sig.title}, {strip_punct(seg)}"  # "Independent consultant, labour migration"
            elif sig.title:
                # (not after a title held at no body, "Independent Consultant | Fair recruitment": the person's field)
                if rules.unattached.isdisjoint(word_tokens(fold(sig.title))):
                    sig.affiliation = clean_value(seg, rules)
            else:
                sig.title = clean_value(seg, rules)


def _branch_of_unnamed_body(body: str, mark: str, seg: str, rules: ExtractRules) -> bool:
    """Whether a piece names the branch of the body written before it and a dash, a capitalised (Latin) name that no
    keyword says is a body, a post or a place ("Libyan Red Crescent - Benghazi Branch")."""
    return mark.strip() in ("-", "–", "—") and names_branch(seg, rules) and body.strip()[:1].isupper() \
        and phrase_kind(body, rules) == "unknown" and not is_place(body, rules)


def _with_body(unit: str, body: str, mark: str, arabic: bool) -> str:
    """A unit and the body it belongs to, as one value: Arabic writes the body after "ب" ("لجنة العمل بمجلس النواب",
    "كلية الحقوق بجامعة X"); otherwise joined by `mark` ("VériMig – plateforme X", "Clinic, Faculty of Law")."""
    if arabic:
        return f"{unit} ب{body}"
    return f"{unit}{mark} {body}" if mark == "," else f"{unit} {mark} {body}"


def _before_on_line(sig: Sig, ln: str, end: int, last: str) -> str:
    """What stands before a piece on its line as the body's unit: the affiliation when the line up to the piece ends
    with it ("Legal Clinic, Faculty of Law, Canaan University": the clinic and its faculty, both read), else the
    piece before."""
    aff = sig.affiliation or ""
    return aff if aff and ln[:end].rstrip().endswith(aff) else last


def _read_title(sig: Sig, ln: str, spans: list[tuple[int, int]], k: int, below: list[str], rules: ExtractRules) -> int | None:
    """The title that piece k of a line opens, with the organisation an Arabic title line carries or the unit the
    pieces after it name; the piece to read next, or None when the pieces after it were taken into the title with the
    organisation on a line below (the rest of the line is then not read)."""
    segs = [ln[a:b] for a, b in spans]
    seg = segs[k]
    title, aff = split_title(seg, rules)
    if aff and not ARABIC.search(seg) and (phrase_kind(aff, rules) != "org" or is_reference(aff, rules)
                                           or not ARTICLE.sub("", aff)[:1].isupper()  # "Admin du groupe RMIS"
                                           or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", ARTICLE.sub("", aff).strip())  # "Présidente de l'ASDC"
                                           or any(phrase_kind(later, rules) == "org" for later in [*segs[k + 1 :], *below])):
        # a Latin title line names its body only when no other piece or line does: "Director of Programmes at the Gulf
        # Labour Institute" alone, but "Head of the Policy Unit" over "Institute X" keeps its unit
        title, aff = seg, None
    if (bracketed := _body_in_brackets(seg, rules)) and (not aff or not ARABIC.search(seg)):
        title, aff = bracketed  # ("Head of Compliance (Gulf Ethical Recruitment Alliance)": the bracket is the body)
    # "رئيسة جمعية التضامن": an Arabic title line often carries its organisation, but
    # "أستاذة مساعدة في علم الاجتماع" above a university line names a field, not one, and in
    # "نائب رئيس الرابطة – رابطة X" the body the title points back at is named next
    if aff and (phrase_kind(aff, rules) != "org" or is_reference(ar_unprefix(aff, rules), rules)) \
            and any(phrase_kind(later, rules) == "org" for later in [*segs[k + 1 :], *below]):
        title, aff = seg, None
    # "رئيسة لجنة الرصد": a unit the title line names with nothing after it is the title's, as "Coordinator, Migrant
    # Desk" is; the body it belongs to is named on a line below ("سكرتير لجنة سوق العمل" over "غرفة تجارة X"),
    # elsewhere or not at all
    if aff and k == len(segs) - 1 and ARABIC.search(seg) and unit_only(aff, rules):
        title, aff = seg, None
    if aff and fold(title).strip() in rules.membership and phrase_kind(aff, rules) == "org" \
            and (more := _second_posts(segs[k + 1 :], rules)):
        # "عضو مجلس المحافظة - رئيس لجنة العمل": a seat on the body and a post in it, one title as "عضو المجلس ورئيس لجنة
        # ..." is; the body is the one the seat names
        sig.title = strip_punct(ln[spans[k][0] : spans[k + more][1]])
        sig.affiliation = sig.title_body = clean_value(aff, rules)
        return k + 1 + more
    unit_below = _title_unit(segs[k + 1 :], rules) if not aff and _names_org(below, rules) else 0
    unit = unit_below or ((_cell_unit(ln, spans, k, rules) or _second_posts(segs[k + 1 :], rules)
                           or _regions_after(segs[k + 1 :], rules)) if not aff else 0)
    if unit:
        # "Head, Migration and Urban Inclusion Unit" over the organisation's own line: one title
        # (joined as written: a dash or bar here does not end the title as it would in a value)
        sig.title = strip_punct(f"{clean_value(seg, rules) or seg}{ln[spans[k][1] : spans[k + unit][1]]}")
        return None if unit_below else k + 1 + unit
    sig.title = clean_value(title, rules)
    sig.affiliation = clean_value(aff, rules)
    sig.title_body = sig.affiliation or clean_value(split_title(seg, rules)[1], rules)
    return k + 1


def _body_in_brackets(seg: str, rules: ExtractRules) -> tuple[str, str] | None:
    """(title, organisation) of a piece that closes a post with its body in brackets ("Head of Compliance (Gulf
    Ethical Recruitment Alliance)", "Coordinatrice (Réseau X)"); None for any other piece. A bracket of one word
    is an acronym that closes the name before it ("Aswan Youth Peer Educators (AYPE)"), a body all the same."""
    m = _CLOSING_BRACKET.search(seg)
    if m and len(m.group(1).split()) > 1 and phrase_kind(m.group(1), rules) == "org" and phrase_kind(seg[: m.start()], rules) == "title":
        return seg[: m.start()], m.group(1)
    return None


def _unit_over_body(line: str, below: list[str], rules: ExtractRules) -> bool:
    """Whether a line opens with a unit word and the next line with an organisation's: a middle step of a hierarchy
    written line by line ("Laboratoire X" / "Faculté des Lettres" / "Université Y")."""
    return opens_with_unit(line, rules) and bool(below) and _opens_with_org(below[0], rules)


def _is_parent_body(sig: Sig, segs: list[str], before: str, after_office: bool, rules: ExtractRules) -> bool:
    """Whether the pieces `segs`, opening with an organisation, name the body that the affiliation read in `before` (the
    line or piece above or before them) is a unit of.

    "Graduate Institute of X" over "Gulf Coast University" (or "Université Y – Oran, Algérie"): a unit, then the body
    it belongs to, its town after it. Not the same name in the other script ("Fondation Passerelles" over "مؤسسة
    الجسور"), nor a line that says what kind of body it is ("مؤسسة كنسية غير ربحية" under "مؤسسة X": a foundation is no
    unit of a foundation). `after_office`: `before` is an office line that named the unit.
    """
    seg, aff = segs[0], sig.affiliation or ""
    # the body joined from the line above has a parent of its own on this line ("Division of X" / "Y Medical Center" /
    # "Z University"): the chain goes on (two bodies, so their heads may be the same word, "University")
    chained = bool(aff) and not after_office and not before.rstrip().endswith(aff) \
        and aff.endswith(f", {clean_value(before, rules)}")
    return (before.rstrip().endswith(aff) or after_office or chained) \
        and phrase_kind(before, rules) != "title" and (_opens_with_org(seg, rules) or opens_with_unit(seg, rules)) \
        and not _is_office(seg, rules) and not names_seat(seg, rules) \
        and all(is_place(more, rules) or reads_as_town(more, rules) for more in segs[1:]) \
        and bool(ARABIC.search(seg)) == bool(ARABIC.search(aff)) \
        and (chained or org_head(seg, rules) != org_head(aff, rules))


def _affiliation_from(ln: str, spans: list[tuple[int, int]], k: int, rules: ExtractRules) -> str | None:
    """The organisation that piece k of a line opens, with the pieces after it that go on naming it ("Centre for Refugee
    Studies, University of the Levant": a comma inside one affiliation; "Unions – Jordan (NCFLU)": a country inside the
    name its acronym closes)."""
    segs = [ln[a:b] for a, b in spans]
    whole, closed = [segs[k]], False
    for more in segs[k + 1 :]:
        closed = bool(CLOSED_BY_ACR.search(more.strip()))
        if not closed and (phrase_kind(more, rules) != "org" or is_place(more, rules) or is_noise(more, rules)):
            break
        whole.append(more)
        if closed:
            break
    joined = ", ".join(whole) in ln or closed
    return clean_value(ln[spans[k][0] : spans[k + len(whole) - 1][1]] if joined else segs[k], rules)


def _listed_kept(ln: str, spans: list[tuple[int, int]], rules: ExtractRules) -> list[tuple[int, int]]:
    """The pieces of a line with an enumeration inside a body's name kept in that piece ("Faculté des Sciences
    Juridiques, Économiques et Sociales", "Faculty of Law, Economics and Political Science", "كلية العلوم القانونية،
    الاقتصادية والاجتماعية"): one name, not a body and the pieces after its commas."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        seg = ln[spans[k][0] : spans[k][1]]
        body = phrase_kind(seg, rules) == "org" or names_unit(seg, rules)
        n = _listed_after(ln, spans, k, rules) if body else 0
        out.append((spans[k][0], spans[k + n][1]))
        k += n + 1
    return out


def _listed_after(ln: str, spans: list[tuple[int, int]], k: int, rules: ExtractRules) -> int:
    """How many pieces after piece k of a line go on with an enumeration, after commas: short pieces naming no body,
    post or place, the last one closing the list with "and"; 0 when none does (a unit after a post, "Officer,
    Migration and Development Unit", names a body)."""
    for n, (a, b) in enumerate(spans[k + 1 :], 1):
        seg = ln[a:b]
        if ln[spans[k + n - 1][1] : a].strip() not in (",", "،") or len(seg.split()) > 4 \
                or phrase_kind(seg, rules) != "unknown" or is_place(seg, rules) or is_noise(seg, rules):
            return 0
        if LIST_END.match(seg):
            return n
    return 0


def display_name_parts(parsed: Parsed, rules: ExtractRules) -> tuple[str | None, str | None]:
    name = parsed.from_name.strip()
    if name.count(",") == 1:
        last, first = (s.strip() for s in name.split(","))
        if first and last and len(first.split()) <= 3 and len(last.split()) <= 3:
            name = f"{first} {last}"  # "Qasem, Layla"
    if name.islower() and not ARABIC.search(name):
        name = name.title()  # "armand yapi", as a phone's mail account is often set up: the person's name all the same
    hon, name = name_like(name, rules)
    if name and len(words := name.split()) > 1 and _ACRONYM.fullmatch(words[-1]) \
            and f"({words[-1]})" in parsed.text:
        # "Yacouba CMSM", "Hana Saleh AYMN": the body's acronym, which the text writes in brackets after its name
        # ("Collectif des Migrants Subsahariens au Maroc (CMSM)"), added to the sender's name; a family name written
        # in capitals ("Awa TRAORE") is no body's acronym
        name = " ".join(words[:-1])
    return hon, name


_ACRONYM = re.compile(r"[A-Z]{2,8}")
