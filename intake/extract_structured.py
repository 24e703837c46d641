"""Structured sources of speakers: labelled lines ("Name:", "الاسم:", "Nom :"), name/title/organisation blocks
under a line that announces them, and tables (HTML and DOCX), rows or label/value pairs read into speaker candidates.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise, zip_longest

from intake.extract_orgs import split_title
from intake.extract_prose import (
    carries_on,
    ends_fields,
    fields_joined,
    honoured_put_first,
    is_item,
    past_title_lead,
    person_phrase,
    title_over_body,
    without_nickname,
)
from intake.extract_roles import BOX, asks_for_role
from intake.extract_rules import ARABIC, ExtractRules, word_tokens
from intake.extract_signature import (
    details_line,
    label_value_row,
    lead_name,
    person_details_line,
    read_block,
)
from intake.extract_values import (
    PIECES,
    VALUE_END,
    Cand,
    clean_name,
    clean_value,
    is_reference,
    names_part,
    only_role,
    phrase_kind,
    same_person,
    strip_punct,
)
from intake.folding import Folded, fold

# ---------------------------------------------------------------------------------------------
# Labelled lines


def _label_pairs(line: str, rules: ExtractRules) -> list[tuple[str, str]]:
    """(field, value) pairs on one line: "Name: X / Title: Y / Organisation: Z"."""
    if rules.label_re is None:
        return []
    fl = Folded(line)
    if ":" not in fl.text and "/" not in fl.text and "..." not in fl.text and "…" not in fl.text:
        return []  # every label ends on a colon ("：" folds to one), a slash or a dot leader: most lines go no further
    found = list(rules.label_re.finditer(fl.text))
    if not found:
        return []
    fields = rules.field_of
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(fl.text)
        # (a numbered speaker's label is read without its number: "Speaker 2:", "المتحدث الثاني:")
        label = " ".join((m.group("p1") or m.group("p2") or m.group("label")).split())
        label = re.sub(r"\bdu ?/ ?de la\b", "du", label)  # "nom du/de la participant": the label "nom du participant"
        value = fl.slice(m.end(), end).strip()
        value = re.sub(r"\s*[/|;؛]\s*$|\s+[-–—]\s*$", "", value)
        if m.group("note") and _FAMILY_FIRST.match(m.group("note")) and (parts := _FAMILY_GIVEN.match(value)):
            value = f"{parts.group(2)} {parts.group(1)}"  # "Full name (Last, First): Farouk, Amal" -> "Amal Farouk"
        clean = strip_punct(value)
        if re.search(r"(?:^|[\s.])[A-Z]$", clean) and value.rstrip().endswith(f"{clean}."):
            clean += "."  # "Ramesh K.C.": the dot closes an initial of the name, it is no sentence's end
        out.append((fields.get(label, "name"), clean))
    return out


# A label's note that asks for the family name first, then the given name after a comma: "(Last, First)", "(Surname,
# first name)", "(NOM, Prénom)", "(اسم العائلة، الاسم الأول)". Matched on folded text.
_FAMILY_FIRST = re.compile(r"\(\s*(last|family|surname|nom|اسم العائله|العائله|اللقب)\b[^,،)]{0,20}[,،]\s*"
                           r"(first|given|forename|prenom|الاسم الاول|الاسم الشخصي|الاسم)")
# A value written that way: two pieces around one comma ("Farouk, Amal").
_FAMILY_GIVEN = re.compile(r"^\s*([^,،]+?)\s*[,،]\s*([^,،]+?)\s*$")


# A label written with a dash for its colon: "Name - X", "Nom – Y", "الاسم - Z" (the label, then a spaced dash)
_DASH_LABEL = re.compile(r"^(\s*[^\W\d_][^\W\d_ '’./-]*(?:[ '’/-][^\W\d_]+){0,3})\s+[-–—]\s+(?=\S)")


def _one_label(head: str, rules: ExtractRules) -> bool:
    """Whether these words, a colon after them, are one label and nothing else."""
    pairs = _label_pairs(f"{head}: x", rules)
    return len(pairs) == 1 and pairs[0][1] == "x"


def _dashes_as_colons(lines: list[str], rules: ExtractRules) -> list[str]:
    """The lines with a dash read as a label's colon, where two or more such labelled lines in a row make a form
    ("Name - X" / "Designation - Y" / "Organisation - Z"); one line alone ("Director - Programmes" on a signature)
    is left as it is."""
    dashed = [m is not None and _one_label(m.group(1), rules) for m in map(_DASH_LABEL.match, lines)]
    return [_DASH_LABEL.sub(r"\1: ", line, count=1) if dashed[i] and (i and dashed[i - 1] or i + 1 < len(dashed)
                                                                     and dashed[i + 1]) else line
            for i, line in enumerate(lines)]


def labelled_speakers(text: str, rules: ExtractRules, source: str) -> tuple[list[Cand], str | None]:
    """Speakers from labelled lines, and the organisation named by an organisation label."""
    lines = _dashes_as_colons(text.split("\n"), rules) if " - " in text or " – " in text or " — " in text \
        else text.split("\n")
    cands: list[Cand] = []
    org: str | None = None
    cur: dict[str, str] = {}
    cur_lines: list[str] = []
    last = -10
    # a heading named someone who does not speak ("Interpreter"): over the next block, over the current one
    aside_next = aside_block = False

    def close() -> None:
        nonlocal aside_block
        if cur and not aside_block:
            c = _from_fields(cur, rules, source)
            if c is not None:
                c.lines = tuple(cur_lines)
                cands.append(c)
        cur.clear()
        cur_lines.clear()
        aside_block = False

    shared: str | None = None
    heading: str | None = None  # a line naming a session over the block below it ("ثانياً - المائدة المستديرة الثانية:")
    read_to = -1
    for i, line in enumerate(lines):
        if i <= read_to:
            last = i  # read into the value above: the rest of a wrapped line, or a list of options
            continue
        pairs = _label_pairs(line, rules)
        if not pairs and (question := _form_question(lines, i, rules)) is not None:
            if not question:
                read_to = i + 1  # a question of the form read for nothing here ("4. Country of residence"), and its answer
                continue
            pairs = [(question, "")]  # its answer is the line below, read as that of "Name:" on a line of its own
        # "Speaker: Mr X, Head of Y" / "and Z, Council W": the line below goes on to the next piece (not "Phone 0384")
        if pairs and pairs[-1][1] and i + 1 < len(lines) and lines[i + 1].strip() \
                and not _label_pairs(lines[i + 1], rules) and (_ends_open(pairs[-1][1], rules)
                                                              or _cut_short(line, lines[i + 1]) and re.search(r"[,،]", lines[i + 1])):
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {lines[i + 1].strip()}")
            read_to = i + 1
        if not pairs:
            if i - last == 1 and "name" in cur and not {"title", "affiliation", "speaker"} & cur.keys() \
                    and (detail := _title_line(line, rules)):
                cur.update(detail)
                cur_lines.append(line)
            elif line.strip() and _names_non_speaker(line, rules):
                close()  # "Interpreter" over "Name: X / Position: Y": the block under it is no speaker
                aside_next, last = True, i
            elif line.strip():
                aside_next = False  # (text between: the heading was not over a block)
                # (a short line that names the session and nothing else: an introduction that ends on a colon, "Tidewater
                # Forum nominates the following colleague as rapporteur:", "... يسر المؤسسة أن ترشح ممثلها للمشاركة في إحدى
                # الموائد المستديرة:", leaves the session to what the message says of it)
                heading = line if line.rstrip().endswith(":") and len(line.split()) <= 8 and only_role(fold(line), rules) else None
            continue
        if i - last > 1 and _for_all(pairs, cands, cur):
            shared = shared or pairs[0][1]
            continue
        if i - last > 3:
            close()
        for fname, value in pairs:
            if not value and fname == "role" and (options := _box_options(lines, i + 1)):
                value, read_to = "\n".join(options), i + len(options)  # the form's options, ticked or not
            if not value and i + 1 < len(lines) and not _label_pairs(lines[i + 1], rules) \
                    and not _FORM_FIELD.match(lines[i + 1]):
                value = lines[i + 1]  # "Name:" on one line, the value on the next
                if i + 2 < len(lines) and _cut_short(value, lines[i + 2]):
                    value = f"{value} {lines[i + 2].strip()}"
                value = strip_punct(value)
            if not value:
                continue
            if fname == "organisation":
                org = org or clean_value(value, rules)
                continue
            if fname == "name" and set(cur) == {"name"} and _other_scripts(cur["name"], value):
                continue  # the name again in the other script ("اسم المتحدث: X" over "Name (Latin letters): Y"): one person
            # a field seen twice, or a second way of naming the person, starts the next speaker
            if fname in cur or (fname == "speaker" and "name" in cur) or (fname == "name" and "speaker" in cur):
                close()
            if not cur:
                aside_next, aside_block = False, aside_next
            cur[fname] = value
        if heading and cur and "role" not in cur:
            cur["role"] = heading.rstrip().rstrip(":")  # the session its heading names is the block's
        heading = None
        cur_lines.append(line)
        last = i
    close()
    if len(cands) > 1 and _heading_only(cands[0]) and all(c.name and not c.affiliation and not c.org_ref for c in cands[1:]):
        # "Organisation: Z" set apart above the speakers' blocks, none of which has one: the form's heading, theirs all
        shared = shared or cands.pop(0).affiliation
    shared = clean_value(shared, rules)
    pointing_back = bool(shared) and is_reference(shared, rules)  # "Organisation: our network"
    for c in cands if shared else ():
        if pointing_back:
            c.org_ref = True
        else:
            c.set("affiliation", shared, source)
    cands += [c for c in _intro_blocks(lines, rules) if not any(same_person(c.name, o.name) for o in cands)]
    return cands, org


def _names_non_speaker(line: str, rules: ExtractRules) -> bool:
    """Whether a line is a heading for someone who does not speak ("Interpreter", "Contact person:", "المرافقة")."""
    folded = fold(line).strip()
    return len(folded.split()) <= 8 and any(p.search(folded) for p in rules.non_speaker_heading)


# A form's field of another kind, left as it is ("Country: Egypt", "Email: ...", "البلد: مصر"): the line under an
# empty field ("Organization:") that is not its value.
_FORM_FIELD = re.compile(r"^\s*[^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}\s*:(?!//)\s*\S")


def _question_field(line: str, rules: ExtractRules) -> str | None:
    """The field a line asks for when the whole line is a form's question with no colon ("1. Full name of the proposed
    speaker", "الجهة *", "Fonction"): a label alone, maybe numbered, starred or with a note, or a question the rules'
    [questions] read ("What is their position?", as Typeform asks); None for another line."""
    if ":" in line or "：" in line or not line.strip():
        return None
    if line.rstrip().endswith(("?", "؟")):
        folded = fold(line)
        return next((f for f, p in rules.questions if p.search(folded)), None)
    pairs = _label_pairs(f"{line.rstrip()}:", rules)
    return pairs[0][0] if len(pairs) == 1 and not pairs[0][1] else None


# A form's numbered question of any kind, short and with no closing stop ("4. Country of residence", "6. Short bio (max.
# 100 words)", "٣. البلد"): matched on folded text.
_NUMBERED_QUESTION = re.compile(r"^\s*\d{1,2}\s?[.)-]\s+[^\W\d_][^:.!?؟]{1,80}$")


def _form_question(lines: list[str], i: int, rules: ExtractRules) -> str | None:
    """The field a form's question on line i asks for, as an online form's response is printed or pasted (Microsoft
    Forms, Google Forms): each question on a line of its own with no colon, its answer on the one line below, then a
    blank line; "" for a numbered question of no field of ours; None for a line that is no such question. A label
    alone on a line is a question only among others so laid out (the question three lines above or below), so that a
    heading "Participation" over a paragraph stays one."""
    if not (i + 1 < len(lines) and lines[i + 1].strip() and (i + 2 >= len(lines) or not lines[i + 2].strip())):
        return None
    field = _question_field(lines[i], rules)
    if field is None:
        return "" if _NUMBERED_QUESTION.match(fold(lines[i])) and _in_form(lines, i, rules) else None
    return field if _in_form(lines, i, rules) else None


def _in_form(lines: list[str], i: int, rules: ExtractRules) -> bool:
    """Whether the question on line i has another laid out as a form's (question, answer, blank) three lines above
    or below it."""
    return any(0 <= j < len(lines) - 1 and (j == 0 or not lines[j - 1].strip()) and lines[j + 1].strip()
               and (_question_field(lines[j], rules) is not None or _NUMBERED_QUESTION.match(fold(lines[j])))
               for j in (i - 3, i + 3))


def _box_options(lines: list[str], start: int) -> list[str]:
    """The lines from `start` that open with a tick box ("☐ Open discussion", "[x] Plenary", "☒ جلسة عامة"): the options
    of a form's field, whose ticked ones are its value."""
    out = []
    for line in lines[start:]:
        if not BOX.match(line.lstrip()):
            break
        out.append(line)
    return out


def _title_line(line: str, rules: ExtractRules) -> dict[str, str]:
    """The title, and organisation, an unlabelled line right under a labelled name gives ("Name: X" over "Freelance
    journalist", "صحفية مستقلة، أكتب عن ..." or "Director, Caritas Lebanon"); a line that opens with no title gives none."""
    # (the post may be said as a statement: "Name: X" over "هي مسؤولة المجموعة، هي تعرف عربي")
    pieces = fields_joined([p for p in PIECES.split(_post_said(strip_punct(line), rules)) if p.strip()], rules)
    if not pieces or len(pieces[0].split()) > 8 or phrase_kind(pieces[0], rules) != "title":
        return {}
    title, aff = split_title(pieces[0], rules)
    if not aff and len(pieces) > 1 and phrase_kind(pieces[1], rules) == "org":
        aff = pieces[1]
    return {"title": title, "affiliation": aff} if aff else {"title": title}


def _heading_only(c: Cand) -> bool:
    """Whether a speaker read from labelled lines holds an affiliation and nothing else: no name, post or role."""
    return bool(c.affiliation) and not (c.name or c.title or c.role_text or c.roles or c.is_self or c.org_ref)


def _for_all(pairs: list[tuple[str, str]], cands: list[Cand], cur: dict[str, str]) -> bool:
    """Whether a line that gives only an affiliation, set apart below two or more speakers none of which has one,
    is that of them all ("1- Name: X - Title: Y" twice, then "Organisation: Z")."""
    return all(f == "affiliation" and v for f, v in pairs) and "name" in cur and "affiliation" not in cur \
        and bool(cands) and all(c.name and not c.affiliation and not c.org_ref for c in cands)


def _introduces_speaker(line: str, rules: ExtractRules, above: str = "") -> bool:
    """Whether a line ends by announcing the speaker below it ("Our speaker would be:", "Notre intervenante sera :",
    "المتحدث المقترح:"), or by a short pointer to details below ("Details below:", "Ses coordonnées :", "التفاصيل
    أدناه:") after a sentence that asks for the speaker, on the same line or the line just above it."""
    if not line.rstrip().endswith((":", "：")):
        return False
    sentences = [s for s in re.split(r"[.!?؟]\s", line.strip()) if s.strip()]
    if _asks_for_speaker(sentences[-1], rules):
        return True
    if len(sentences[-1].split()) > _POINTER_WORDS:
        return False
    before = sentences[-2] if len(sentences) > 1 else re.split(r"[.!?؟]\s", above.strip())[-1]
    return bool(before.strip()) and _asks_for_speaker(before, rules)


# The most words of a sentence that only points below at the details ("Details below:", "Voici ses coordonnées :").
_POINTER_WORDS = 3


def _asks_for_speaker(sentence: str, rules: ExtractRules) -> bool:
    f = fold(sentence)
    return bool(rules.speaker_word.search(f)) or any(p.search(f) for p in rules.speaking) \
        or any(cue.regex.search(f) for cue in rules.prose)


_TABLE_ROW = re.compile(r"\t|^[|│]")


def _table_row(line: str, rules: ExtractRules) -> bool:
    """Whether a line is a row of a table drawn in text: a tab or an opening bar, cells (between bars, or two spaces
    apart) of which two or more name fields, as a header row does ("Nom | Fonction | Session", "Name    Title"), or a
    label/value row whose first cell between bars is a label alone ("الاسم | السيدة X", "Organisation | Y")."""
    if _TABLE_ROW.search(line) or label_value_row(line, rules):
        return True
    cells = _CELL_BAR.split(line) if _CELL_BAR.search(line) else _ALIGNED_CELL.findall(line)
    return sum(1 for c in cells if _cell_field(c, rules)) >= 2


def _intro_blocks(lines: list[str], rules: ExtractRules) -> list[Cand]:
    """Speakers written as blocks under a line that announces them: a name on its own line (or with its title after a
    comma or dash), then its title and organisation lines, as a signature is written; one block per speaker."""
    out: list[Cand] = []
    for i, line in enumerate(lines):
        if not _introduces_speaker(line, rules, lines[i - 1] if i else "") or _label_pairs(line, rules):
            continue
        j = i + 1
        while True:
            j += 1 if j < len(lines) and not lines[j].strip() else 0  # one blank line may come before a block
            block: list[str] = []
            while j < len(lines) and lines[j].strip() and not _table_row(lines[j].strip(), rules) and len(block) < 4:
                ln = lines[j].strip()  # (a tab or an opening bar makes the line a table row, read as a table)
                if len(ln) > 100 and not (details_line(ln, rules) or person_details_line(ln, rules)) \
                        or re.search(r"[.!?؟:]$", ln) and not re.search(r"\b[A-Z][a-z]{0,3}\.$", ln):
                    break  # a sentence about the speaker, not a line of their block (a long list of details is one)
                if block and _cut_short(block[-1], ln) and not _person_line(ln, rules) \
                        and not ends_fields(block[-1], rules) and not title_over_body(block[-1], ln, rules):
                    # (not the next person's, nor after a committee's name, nor the body's line under a post's)
                    block[-1] = f"{block[-1]} {ln}"
                else:
                    block.append(ln)
                j += 1
            block = _unmarked(block, rules)
            if block:  # 'X، المشهور بـ"الداه"، وهو الأمين العام': neither the name the person is also known by nor the
                block[0] = _post_stated(without_nickname(block[0], rules), rules)  # copula is a field
            if not block or is_item(block[0]) or any(_label_pairs(ln, rules) for ln in block) \
                    or not lead_name(block[0], rules)[1]:
                break  # (labelled lines are read as such, a heading over them included)
            if all(_person_line(ln, rules) for ln in block) \
                    and (len(block) > 1 or (j < len(lines) and _person_line(lines[j].strip(), rules))):
                # one person to a line ("Hassan Idris, Policy Officer, SDMP" / "Dr Amal Osman, Senior Researcher"),
                # the list going on past a block's four lines and a line long with the roles it asks for
                while j < len(lines) and _person_line(lines[j].strip(), rules):
                    block.append(lines[j].strip())
                    j += 1
                people = [[ln] for ln in block]
            else:
                people = [block]
            sigs = [read_block(one, rules) for one in people]
            if not all(sig.name and (sig.title or sig.affiliation) for sig in sigs):
                break
            for one, sig in zip(people, sigs, strict=True):
                c = Cand(honorific=sig.honorific, lines=tuple(one), org_ref=not sig.affiliation)
                c.set("name", sig.name, "labelled")
                c.set("title", sig.title, "labelled")
                c.set("affiliation", sig.affiliation, "labelled")
                out.append(c)
            while j < len(lines) and lines[j].strip():
                j += 1  # what else the block says ("She will speak on ...")
    return out


def _post_stated(line: str, rules: ExtractRules) -> str:
    """A person line whose post after the name is said as a statement ("X، وهو الأمين العام عندنا", "Y, who is our
    treasurer", "Z, qui est notre trésorière"): the line with the post alone, as a block writes it."""
    pieces = re.split(r"([,،]\s*)", line)
    return "".join(_post_said(piece, rules) if k % 2 == 0 and k else piece for k, piece in enumerate(pieces))


def _post_said(piece: str, rules: ExtractRules) -> str:
    """A piece without the words that lead to the post it states ("وهو الأمين العام", "هي مسؤولة المجموعة", "who is
    our treasurer"), when a post follows them; else the piece as it is."""
    return past_title_lead(piece, rules) or piece


def _person_line(line: str, rules: ExtractRules) -> bool:
    """Whether a line of a block is a person of their own: a name, then their title or organisation after a comma or
    dash. A block of such lines lists one person to a line; a signature-like block names its person on the first only."""
    _hon, name, rest = lead_name(line, rules)
    return bool(name and rest) and not is_item(line)


_DASH_MARK = re.compile(r"^[-•*–·▪]\s+")


def _unmarked(block: list[str], rules: ExtractRules) -> list[str]:
    """A block written as a dashed list of one person's details ("- X", "- Regional Director", "- Org"): its lines
    without their marks. Only when the first line is a name alone and no other line is a name: a dashed list of
    people ("- Mr X, Director", "- Ms Y") is left to be read as a list."""
    marks = [_DASH_MARK.match(ln) for ln in block]
    if len(block) < 2 or not all(marks) or len({m.group().strip() for m in marks if m}) != 1:
        return block
    lines = [ln[m.end():] for ln, m in zip(block, marks, strict=True) if m]
    _hon, name, rest = lead_name(lines[0], rules)
    if not name or rest or any(lead_name(ln, rules)[1] for ln in lines[1:]):
        return block
    return lines


def _cut_short(last: str, line: str) -> bool:
    """Whether a line carries on a person line the mailer wrapped before its end ("Mr. X, General Secretary, Nepali
    Migrant Workers" then "Welfare Forum Kuwait (NMWWF-K)"): a line with its pieces after commas, cut inside one (a
    name closed by its acronym has ended)."""
    return bool(re.search(r"[,،]", last)) and not last.rstrip().endswith(")") and carries_on(last, line)


def _ends_open(value: str, rules: ExtractRules) -> bool:
    """Whether a value stops on a link that needs more after it ("... العائدين من", "Head of Outreach and"): the
    mailer cut it there."""
    toks = word_tokens(fold(value))
    return bool(toks) and toks[-1] in rules.open_ends


def _value_and_rest(value: str | None) -> tuple[str | None, str]:
    """A labelled title or affiliation up to a colon that introduces something else ("SNTAM : intervention ...")."""
    if not value:
        return value, ""
    m = VALUE_END.search(value)
    return (value[: m.start()], value[m.end() :]) if m and m.start() > 0 else (value, "")


def _no_value(value: str | None, rules: ExtractRules) -> bool:
    """Whether a field is filled with nothing ("none at the moment, I speak in my personal capacity", "N/A", "aucune")."""
    toks = word_tokens(fold(value or ""))
    return bool(toks) and any(toks[: len(w.split())] == w.split() for w in (*rules.no_value.single, *rules.no_value.multi))


# A name as a passport or a form writes it: the surname in capitals, a comma, then the given names ("QASEM, Hala
# Mahmoud", "EL AMRANI, Khadija").
_SURNAME_COMMA = re.compile(r"(?P<surname>[^\W\d_]{2,}(?:[-'’ ][^\W\d_]{2,})*)\s*,\s*(?P<given>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*){0,2})")


def _surname_comma(value: str, rules: ExtractRules) -> str | None:
    """"QASEM Hala Mahmoud" for "QASEM, Hala Mahmoud": one name written surname first, which `given_name_first` puts
    in order; None when the words after the comma are no given names ("KHOURY, Programme Officer": a post)."""
    m = _SURNAME_COMMA.fullmatch(value.strip())
    if m is None or not m["surname"].isupper() or rules.title_words.hits(fold(m["given"])) \
            or rules.org_words.hits(fold(m["given"])) \
            or not all(w[:1].isupper() and not w.isupper() for w in m["given"].split()):
        return None
    return f"{m['surname']} {m['given']}"


def _from_fields(f: dict[str, str], rules: ExtractRules, source: str) -> Cand | None:
    """A speaker from labelled fields; a record with a title or affiliation but no name is kept as partial."""
    c = Cand()
    title_value, title_rest = _value_and_rest(f.get("title"))
    aff_value, aff_rest = _value_and_rest(f.get("affiliation"))
    if source in ("labelled", "table") and title_value and not aff_value \
            and (detail := _title_line(title_value, rules)).get("affiliation") \
            and re.match(rf"{re.escape(detail['title'])}\s*[,،]", title_value) \
            and (source == "labelled" or not names_part(detail["affiliation"], rules)):
        # "name: X, title: Regional Coordinator, Y Coalition": the organisation written on, after a comma, past the
        # title; a table's title column may hold a post and its office or unit, which stay in the title ("Field
        # Coordinator, X office", "Legal Officer, Juvenile Justice Unit"), but not the body ("Responsable du programme
        # de bourses, Fondation X")
        title_value, aff_value = detail["title"], detail["affiliation"]
    # (a name field written from the post to the person is a phrase too: "Speaker: the network coordinator Ms X"; not
    # beside a title field, where the words before the honorific are a rank: "Name: Minister Plenipotentiary Dr. X")
    name_value = f.get("name", "")
    if surname_first := _surname_comma(name_value, rules):
        f = {**f, "name": surname_first}
        name_value = surname_first
    name_phrase = re.search(r"[,،]|\s[-–—|]\s", name_value) or ("title" not in f and honoured_put_first(name_value, rules) != name_value)
    phrase = f.get("speaker") or (f["name"] if name_phrase else None)
    if phrase:
        # "Proposed speaker: Name, Title, Organisation"
        p = person_phrase(honoured_put_first(phrase, rules), rules, source, labelled=True)
        if p is not None:
            c = p
    if "given_name" in f and ("family_name" in f or "name" in f):
        raw = f"{f['given_name']} {f.get('family_name') or f['name']}"
    else:
        raw = f.get("name") or f.get("family_name") or ""
    if raw:
        honorific, name = clean_name(raw, rules)
        c.honorific = c.honorific or honorific
        c.set("name", name, source)
    c.set("title", clean_value(title_value, rules, title_cell=True), source)
    aff = clean_value(aff_value, rules) if not _no_value(aff_value, rules) else None
    if aff and is_reference(aff, rules):
        c.org_ref = True
    else:
        c.set("affiliation", aff, source)
    c.role_text = f.get("role", "")
    if c.role_text and not asks_for_role(c.role_text, rules):
        c.set("title", clean_value(c.role_text, rules), source)  # "Role: Director" means the job
        c.role_text = ""
    # what followed the value on its line ("... : intervention depuis la salle") states this speaker's roles
    c.role_text = " ".join(t for t in (c.role_text, title_rest, aff_rest) if t)
    # "Title: Policy Officer" alone completes the sender's request; elsewhere a record needs more
    if not c.name and not (c.title and c.affiliation) and not (source == "labelled" and (c.title or c.affiliation)):
        return None
    return c


# ---------------------------------------------------------------------------------------------
# Tables (HTML, DOCX and plain text)


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


def html_tables(markup: str) -> list[list[list[str]]]:
    parser = _Tables()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # a hostile body must not stop extraction; tables are one source of several
        return []
    return [[[" ".join(c.split()) for c in row] for row in t if any(c.strip() for c in row)] for t in parser.tables]


# "+-----+----+", "|---|:--|", "├────┼───┤" (each run of dashes once, between its bars: a line that only starts like a
# rule fails at once instead of trying every split of its dashes)
_RULE_LINE = re.compile(r"\s*[+|│├]?[-=─:]{3,}(?:[+|│┼┤][-=─:]{3,})*[+|│┼┤]?\s*")
_CELL_BAR = re.compile(r"\s*[|│]\s*")


def text_tables(text: str) -> list[list[list[str]]]:
    """Tables drawn in plain text: two or more rows of cells between bars ("| Nom | M. X |") or tabs (a spreadsheet's
    or a word processor's table pasted, or the plain-text part a mailer writes for an HTML table), ruled lines skipped,
    and tables aligned with spaces. A row whose first cell is empty goes on with the row above (a value wrapped in its
    cell)."""
    tables: list[list[list[str]]] = []
    rows: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if _RULE_LINE.fullmatch(line):
            continue
        if _CELL_BAR.search(line):
            cells = _CELL_BAR.split(line.strip().strip("|│").strip())
        else:
            cells = [c.strip() for c in line.strip().split("\t")] if "\t" in line.strip() else []
        if len(cells) >= 2:
            _add_row(rows, cells)
        else:
            if len(rows) >= 2:
                tables.append(rows)
            rows = []
    return tables + _aligned_tables(text.split("\n"))


def _add_row(rows: list[list[str]], cells: list[str]) -> None:
    """A row added to a table, or joined cell by cell to the row above when its first cell is empty."""
    if rows and not cells[0]:
        rows[-1] = [" ".join(filter(None, pair)) for pair in zip_longest(rows[-1], cells, fillvalue="")]
    else:
        rows.append(cells)


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # words one space apart; two spaces or more part the cells
_DASH_RUNS = re.compile(r"\s*[-=─]{3,}(?:\s+[-=─]{3,})+\s*")  # "-------  --------  -----" under a header


def _aligned_tables(lines: list[str]) -> list[list[list[str]]]:
    """Tables whose columns are aligned with spaces: a header line of two cells or more (its columns those of the dash
    runs under it, if any), then the lines that keep every column edge blank; a line with text at the first column
    only, or none there, ends the table unless it carries on a cell."""
    tables = []
    i = 0
    while i < len(lines):
        starts = [m.start() for m in _ALIGNED_CELL.finditer(lines[i])]
        j = i + 1
        if j < len(lines) and _DASH_RUNS.fullmatch(lines[j]):
            starts = [m.start() for m in re.finditer(r"[-=─]{3,}", lines[j])]
            j += 1
        rows: list[list[str]] = []
        if len(starts) >= 2:
            rows = [_aligned_cells(lines[i], starts)]
            while j < len(lines) and _fits(lines[j], starts):
                _add_row(rows, _aligned_cells(lines[j], starts))
                j += 1
        if len(rows) >= 2:
            tables.append(rows)
            i = j
        else:
            i += 1
    return tables


def _fits(line: str, starts: list[int]) -> bool:
    """Whether a line is a row of columns that open at `starts`: blank before each column, and text in two cells or
    more, or only past the first column (a value wrapped in its cell)."""
    if not line.strip() or any(s <= len(line) and not line[s - 1].isspace() for s in starts[1:]):
        return False
    cells = _aligned_cells(line, starts)
    return sum(1 for c in cells if c) >= 2 or not cells[0]


def _aligned_cells(line: str, starts: list[int]) -> list[str]:
    edges = [0, *starts[1:], max(len(line), starts[-1])]
    return [line[a:b].strip() for a, b in pairwise(edges)]


def _cell_field(cell: str, rules: ExtractRules) -> str | None:
    """The field a header or label cell names; a short cell may add words to a label ("Speaking role requested")."""
    f = " ".join(word_tokens(fold(cell.rstrip(" :："))))
    labels = rules.field_of_words
    if f in labels or not f or len(f.split()) > 5:
        return labels.get(f)
    # the label written first wins, the longest at the same place ("Title of the speaker" is a title)
    found = [(f" {f} ".find(f" {w} "), -len(w), k) for w, k in labels.items() if w and f" {w} " in f" {f} "]
    return min(found)[2] if found else None


def _label_value_row(row: list[str], rules: ExtractRules) -> bool:
    """Whether a table row is a label and its value: a label in the first cell, then a filled cell that is none."""
    return len(row) == 2 and _cell_field(row[0], rules) is not None and bool(row[1].strip()) \
        and _cell_field(row[1], rules) is None


_NAME_FIELDS = frozenset({"name", "speaker", "given_name", "family_name"})


def _one_script(cell: str) -> str:
    """A name cell that writes the name in both scripts, one after the other ("لمى عدنان سكّر" over "Lama Adnan
    Sukkar" in the cell): the first, two words or more each; any other cell as it is."""
    words = cell.split()
    k = next((i for i in range(1, len(words)) if _other_scripts(words[0], words[i])), 0)
    if k >= 2 and len(words) - k >= 2 and not any(_other_scripts(words[k], w) for w in words[k:]):
        return " ".join(words[:k])
    return cell


def _other_scripts(a: str, b: str) -> bool:
    """Whether one of two texts is in Arabic script and the other not."""
    return bool(ARABIC.search(a)) != bool(ARABIC.search(b))


# A role cell that says the person takes no role: a dash, "N/A", "none", « aucun(e) », « néant », "لا يوجد", "لا"
_NO_ROLE = re.compile(r"[-–—/.]+|n\.?\s?/?\s?a\.?|none|nil|aucune?|n[ée]ant|sans|لا|لا يوجد|بدون|ـ+", re.IGNORECASE)


def table_speakers(rows: list[list[str]], rules: ExtractRules, source: str) -> list[Cand]:
    """Speakers from one table: a header row with one speaker per row, or label/value rows.

    A speaker's roles are read from what _from_fields keeps: the role cell, joined with what a title or organisation
    cell says after a colon ("Réseau X : table ronde 2"); a role cell that names a job is the title instead.
    """
    for h, row in enumerate(rows):
        # under a label and its value ("Name | X"), a value that holds a label's word is no header ("Position | Deputy
        # Speaker"): the table is a form of labels and values
        if h and _label_value_row(rows[h - 1], rules):
            break
        cols = [_cell_field(c, rules) for c in row]
        # a row that names one field over and over ("| Speaker 1 | Speaker 2") heads the columns of a form, one
        # speaker per column, not the fields of a list
        if len({c for c in cols if c}) >= 2 and ("name" in cols or "speaker" in cols):
            out = []
            marked_none: list[Cand] = []  # rows whose role cell says "none" with a dash or a word
            for data in rows[h + 1 :]:
                # a field with two columns ("Name | الاسم": the name in either script) is read from the first filled
                f: dict[str, str] = {}
                for j, col in enumerate(cols):
                    if col and j < len(data) and data[j].strip():
                        f.setdefault(col, _one_script(data[j]) if col in _NAME_FIELDS else data[j])
                if "speaker" in f and "name" not in f:
                    f["name"] = f.pop("speaker")
                none = "role" in f and bool(_NO_ROLE.fullmatch(f["role"].strip()))
                if none:
                    del f["role"]
                c = _from_fields(f, rules, source) if f else None
                if c is not None:
                    c.lines = (" | ".join(data),)
                    # a table with no organisation column lists the sending organisation's own people
                    c.org_ref = c.org_ref or "affiliation" not in cols
                    out.append(c)
                    if none:
                        marked_none.append(c)
            asking = [c for c in out if c.role_text and asks_for_role(c.role_text, rules)]
            # a delegation's table whose role column is filled for a few: the others (an empty cell, "—") only attend. (A
            # table of speakers, most with their session, leaves one blank or dashed for "no preference": all are
            # proposed.) Half of the rows marked none ("-", "N/A", "لا يوجد") only attend as well.
            quiet = [c for c in out if c not in asking]
            if "role" in cols and asking and (len(asking) * 2 < len(out)
                                              or len(asking) * 2 == len(out) and all(c in marked_none for c in quiet)):
                return asking
            return out
    # label/value: one column of labels, one speaker per value column; the form filled again below for the next person
    # ("Nom et prénom | X", "Qualité | ...", then "Nom et prénom | Y") starts a new record where a name label comes back
    # as written (a bilingual form's "Name" and "الاسم" rows give one person's name twice, under two labels)
    per_col: dict[int, list[dict[str, str]]] = {}
    seen: dict[int, set[str]] = {}
    for row in rows:
        if len(row) < 2:
            continue
        fname = _cell_field(row[0], rules)
        if fname is None:
            continue
        label = " ".join(word_tokens(fold(row[0])))
        for j, value in enumerate(row[1:]):
            if value.strip():
                records = per_col.setdefault(j, [{}])
                if fname in _NAME_FIELDS and label in seen.get(j, set()):
                    records.append({})
                    seen[j] = set()
                seen.setdefault(j, set()).add(label)
                records[-1].setdefault("name" if fname == "speaker" else fname, value)
    out = []
    for j in sorted(per_col):
        for fields in per_col[j]:
            c = _from_fields(fields, rules, source)
            if c is not None:
                c.org_ref = c.org_ref or "affiliation" not in fields
                out.append(c)
    return out
