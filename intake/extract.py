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
A person the message says will not come ("M. X ne pourra pas participer", "instead of Mr. Y") is not
proposed when someone else is. A title may come before the name ("our programme manager, X,", "مديرة البرامج
لدينا السيدة X"); a sentence opening with the sender's name describes the sender ("X, Research Associate,
Y Institute"). A "FW:" whose original the text stage read as a quote is still read as carried along.
A person line may give the title first ("Plenary: Director – Dr. X"); a sender who asks in the first person
while naming a colleague is a speaker too; a speaker proposed for an organisation the text names belongs to it.
Roles given speaker by speaker ("Ms. A in the plenary, and Mr. B in Roundtable 2") stay with each; a speaker
named again by a first name ("Ms. A will join as observer only", "الأستاذ عثمان يتابع") is the same speaker.

This module runs the stage: it picks the sources, joins what they say about each speaker and assigns
roles. Its parts: extract_rules (folding, rules loading), extract_values (candidates, names, cleaned
values, acronyms), extract_structured (labelled lines, tables), extract_prose, extract_signature and
extract_roles.
"""

from __future__ import annotations

import email.utils
import functools
import re
import unicodedata
from collections.abc import Mapping

from intake.extract_prose import (
    _ACCUSATIVE,
    _cut_at_stop,
    _first_title,
    _logical_lines,
    _mentions,
    _name_tokens,
    _phrase,
    _possessive_start,
    _proposer,
    _prose,
    _prose_organisation,
    _segments,
    _sentence,
    _sentences,
    _set_affiliation,
    _split_title,
    _stops,
    _subject_person,
    _title_end,
)
from intake.extract_roles import _listed_themes, _roles, asks_for_role
from intake.extract_rules import _ARTICLE, ExtractRules, _tokens, load_extract_rules
from intake.extract_signature import _display_name, _Sig, _signature
from intake.extract_structured import _html_tables, _labelled, _table_speakers
from intake.extract_values import (
    _PIECES,
    _acronyms,
    _Cand,
    _clean_value,
    _expand,
    _is_noise,
    _kind,
    _name_like,
    _referent,
    _same_person,
    _split_honorific,
    _strip_punct,
    _unquote,
)
from intake.folding import Folded, fold
from intake.model import Decision, DocText, Fields, MessageParts, Parsed, Speaker
from intake.text import OUTLOOK_FROM, OUTLOOK_NEXT, split, strip_prefixes

__all__ = ["ExtractRules", "extract", "fold", "load_extract_rules"]

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




def _names_in_text(org: str, text: str) -> bool:
    """Whether a text names an organisation, in full or by its acronym ("Centre X (CX)": "Centre X" or "CX")."""
    words = " ".join(fold(text).split())
    m = re.fullmatch(r"(?P<full>.+?)\s*\((?P<acr>[^()]+)\)", org.strip())
    forms = [m.group("full"), m.group("acr")] if m else [org]
    return any(re.search(rf"(?<!\w){re.escape(' '.join(fold(f).split()))}(?!\w)", words) for f in forms if f.strip())


def _shortened(short: str, full: str) -> bool:
    """Whether a name is a longer one with words left out inside it, same first and last word ("Commune de X" of
    "Commune urbaine de X")."""
    a, b = _tokens(fold(short)), _tokens(fold(full))
    if len(a) < 2 or len(b) <= len(a) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    it = iter(b)
    return all(t in it for t in a)


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
    subject = strip_prefixes(parsed.subject)
    return subject or None


# ---------------------------------------------------------------------------------------------
# The stage


def _forwarded_body(forwarded: str) -> str:
    """A forwarded message's text without its marker and header lines."""
    lines = forwarded.split("\n")
    out = [ln for ln in lines if not OUTLOOK_FROM.match(ln) and not OUTLOOK_NEXT.match(ln) and not re.match(r"^\s*(?:-{2,}.*-{2,}|_{5,})\s*$", ln)
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
        if all(any(_same_person(c.name, p.name) for p in prose) for c in labelled):
            # "Nous proposons deux intervenantes :" over a list: the label read its first item, the prose reads them all
            labelled += [p for p in prose if not any(_same_person(p.name, c.name) for c in labelled)]
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


def _describe_self(c: _Cand, text: str, rules: ExtractRules, asking: bool = False) -> None:
    """Title and organisation the sender gives themself in prose ("I am the Regional Coordinator of AYMN").

    With `asking`, only a statement whose sentence also asks to speak counts ("I work as a freelance journalist
    and would like to join the open discussion"): it tells who the one speaker of the message is.
    """
    ft = Folded(text)
    for p in rules.self_statement:
        for m in p.finditer(ft.text):
            sentence = _sentence(text, ft.at(m.end()), rules)
            segs = _segments(sentence)
            if not segs or asking and not _about_speaking(sentence, rules):
                continue
            # "... of AYMN and facilitated our consultations", "journaliste basée à Tunis"
            seg = _title_end(_cut_at_stop(segs[0], rules), rules) or ""
            seg = _ACCUSATIVE.sub("", seg)  # "أعمل صحفياً مستقلاً": the title as a noun, "صحفي مستقل"
            title, aff = _split_title(seg, rules)
            if not rules.title_words.hits(fold(title)):
                continue
            c.set("title", _clean_value(_first_title(title, rules, seg), rules), "prose")
            if aff:
                _set_affiliation(c, aff, rules, "prose")
            return


def _about_speaking(text: str, rules: ExtractRules) -> bool:
    f = fold(text)
    return asks_for_role(text, rules) or any(p.search(f) for p in rules.speaking)


def _completed(parts: MessageParts, decision: Decision, rules: ExtractRules) -> tuple[list[_Cand], str]:
    """The quoted message's speaker that the new text names again, with the details the new text adds."""
    inner = split(_unquote(parts.quoted))
    earlier, _, _, _ = _sources(inner.new, None, {}, decision, rules)
    new = parts.new
    named = set()
    for m in re.finditer(r"\S+", new):
        if _split_honorific(_GLUED_ARTICLE.sub("ال", m.group()), rules)[0]:
            name, _ = _name_tokens(re.split(r"[,،.;:()]|['’]s\b", new[m.end() :], maxsplit=1)[0].strip(), rules)
            named.update(t for t in _tokens(fold(name)) if t not in rules.particles and len(t) > 2)
    found = [c for c in earlier if c.name and named & set(_tokens(fold(c.name)))]
    if len(found) != 1:
        return [], ""
    c = found[0]
    new = "\n".join(_logical_lines(new))  # a statement the mailer wrapped over two lines reads as one
    fnew = Folded(new)
    for p in rules.name_statement:
        m = p.search(fnew.text)
        if m:
            name, _ = _name_tokens(_sentence(new, fnew.at(m.end()), rules), rules)
            if len(name.split()) >= 2 and set(_tokens(fold(name))) & set(_tokens(fold(c.name or ""))):
                c.name, c.prov["name"] = name, "prose"
                break
    for p in rules.title_statement:
        m = p.search(fnew.text)
        if m and _state_title(c, new, fnew.at(m.end()), rules):
            break
    return [c], inner.new


# a preposition or conjunction glued to an Arabic honorific's article: "للأستاذة", "بالسيد", "والدكتورة"
_GLUED_ARTICLE = re.compile(r"^(?:لل|[بوفك]ال)(?=[\u0621-\u064a])")


def _state_title(c: _Cand, text: str, at: int, rules: ExtractRules) -> bool:
    """Set the title (and organisation) a statement gives from `at` on ("… est « Responsable X » (et non Y)")."""
    segs = _segments(re.split(r"\s*\(", _sentence(text, at, rules), maxsplit=1)[0])
    if not segs or _stops(segs[0], rules):
        return False
    seg = segs[0].strip(" «»“”\"'")
    title, aff = _split_title(seg, rules)
    value = _title_end(_clean_value(_first_title(title, rules, seg), rules), rules)
    if not value:
        return False
    c.title, c.prov["title"] = value, "statement"
    aff = _title_end(aff, rules)  # "في الجمعية منذ عام 2016": where, then since when
    if aff and not c.affiliation:
        _set_affiliation(c, aff, rules, "statement")
    return True


def _stated_title(c: _Cand, text: str, rules: ExtractRules) -> None:
    """A title stated about the speaker by name ("le titre exact de M. X est …", "يشغل الأستاذ X منصب …").

    It overrides a title read elsewhere: a sentence that says what the title is corrects the others.
    The statement must name the speaker in the words before the title (a family or given name).
    """
    joined = "\n".join(_logical_lines(text))
    ft = Folded(joined)
    names = {t for t in _tokens(fold(c.name or "")) if len(t) > 2 and t not in rules.particles}
    for p in rules.title_statement:
        for m in p.finditer(ft.text):
            sentence_start = max(ft.text.rfind(".", 0, m.start()), ft.text.rfind("\n", 0, m.start())) + 1
            if names & set(_tokens(ft.text[sentence_start : m.end()])) and _state_title(c, joined, ft.at(m.end()), rules):
                return


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
    m = next(filter(None, map(OUTLOOK_FROM.match, parts.forwarded.split("\n"))), None)
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


def _named_again(later: _Cand, first: _Cand) -> bool:
    """Whether a later mention that says nothing new is the earlier speaker by a first or last name, the words after
    it read on as a name ("... الأستاذ عثمان الطيب محمد ... الأستاذ عثمان يتابع منذ سنوات", "Mr. Kasun has led")."""
    if not (later.name and first.name) or later.title or (later.affiliation and later.affiliation != first.affiliation):
        return False
    words, known = fold(later.name).split(), fold(first.name).split()
    return len(known) > 1 and len(words) <= len(known) and words[0] in (known[0], known[-1])


def _merged(cands: list[_Cand], rules: ExtractRules) -> list[_Cand]:
    """Speakers named again later ("Mme Khadija EL AMRANI ... Mme EL AMRANI est ...") folded into the first mention.

    A delegation list then the roles asked for each ("- Amb. X: plenary"): the later mention states the roles.
    """
    out: list[_Cand] = []
    for c in cands:
        first = next((o for o in out if _same_person(o.name, c.name) or _named_again(c, o)), None)
        if first is None:
            out.append(c)
            continue
        for what in ("title", "affiliation"):
            first.set(what, getattr(c, what), c.prov.get(what, "prose"))
        first.org_ref = first.org_ref or (c.org_ref and not first.affiliation)
        if c.role_text and not asks_for_role(first.role_text, rules) and asks_for_role(c.role_text, rules):
            first.role_text, first.lines, first.sentence_roles, first.role_more = c.role_text, c.lines, c.sentence_roles, c.role_more
    return out


def _called(c: _Cand, rules: ExtractRules) -> re.Pattern[str]:
    """How a text may name this speaker again, on folded text: the full name, or its first or last word after an
    honorific ("Mr. Gebremariam will follow", "Ms. Siti in the plenary", "الأستاذ عثمان")."""
    words = fold(c.name or "").split()
    pattern = re.escape(" ".join(words))
    if len(words) > 1:
        parts = "|".join(re.escape(w) for w in dict.fromkeys((words[-1], words[0])))
        pattern += rf"|(?<!\w)و?(?:{_word_honorifics(rules.honorifics)})\s+(?:{parts})(?!\w)"  # "والسيدة هدى": "and Ms. Huda"
    return re.compile(pattern)


def _with_others(cands: list[_Cand], rules: ExtractRules) -> list[tuple[_Cand, re.Pattern[str], list[re.Pattern[str]]]]:
    """Each speaker, how the text may name it, and how it may name each of the other speakers."""
    called = [_called(c, rules) for c in cands]
    return [(c, mine, [p for o, p in zip(cands, called, strict=True) if o is not c and o.name])
            for c, mine in zip(cands, called, strict=True)]


def _said_of(folded: str, at: int, others: list[re.Pattern[str]]) -> str:
    """What a sentence says after a name at `at`: up to its end or the next of the others (`_called`) named in it."""
    after = re.split(r"[.!?؟;\n]", folded[at:], maxsplit=1)[0]
    cut = min((m.start() for p in others if (m := p.search(after))), default=len(after))
    return after[:cut]


def _own_clause(called: re.Pattern[str], folded: str, others: list[re.Pattern[str]], rules: ExtractRules) -> str:
    """The first part of a sentence that speaks of this speaker alone and asks for a role, or "": roles given
    speaker by speaker ("Ms. Siti in the plenary, and Mr. Agus in Roundtable 2", "X en plénière et Y en table ronde 2")."""
    for m in called.finditer(folded):
        clause = _said_of(folded, m.end(), others)
        if asks_for_role(clause, rules):
            return clause
    return ""


def _roles_apart(cands: list[_Cand], text: str, rules: ExtractRules,
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
                apart[id(c)] = _roles(clause, rules, themes)
    return apart if len(set(apart.values())) > 1 else {}


def _absent(called: re.Pattern[str], folded: str, others: list[re.Pattern[str]], rules: ExtractRules) -> bool:
    """Whether a folded text says this person (`_called`) will not speak ("M. X ne pourra pas participer", "instead of
    Ms. Y")."""
    for m in called.finditer(folded):
        after = _said_of(folded, m.end(), others)
        if any(p.search(after) for p in rules.absent_after):
            return True
        words = folded[max(0, m.start() - 80) : m.start()].split()
        while words and (words[-1] in rules.honorifics or words[-1] in rules.articles):
            words.pop()  # "à la place de Mme X": the honorific sits between the cue and the name
        before = " ".join(words)
        if any(q.end() == len(before) for p in rules.absent_before for q in p.finditer(before)):
            return True
    return False


@functools.cache
def _word_honorifics(honorifics: frozenset[str]) -> str:
    """The honorifics that open with a letter, as a regex alternation, longest first."""
    return "|".join(re.escape(h) for h in sorted(honorifics, key=len, reverse=True) if h[:1].isalpha())


def _own_request(text: str, cands: list[_Cand], rules: ExtractRules) -> str:
    """A sentence in which the sender asks to speak themself, naming no one else ("I would also like to speak at ..."),
    or "" when there is none."""
    third_party = [cue.regex for cue in rules.prose if cue.third_party]
    names = [fold(c.name) for c in cands if c.name]
    for line in _logical_lines(text):
        for _, sent in _sentences(line, rules):
            fsent = Folded(sent)
            # "I would like to speak at the plenary, and my colleague X ...": the clause before the colleague
            first = min((k for n in names if (k := fsent.text.find(n)) >= 0), default=-1)
            if first > 0:
                sent = _CLAUSE_TAIL.sub("", fsent.slice(0, first))
            fs = fold(sent)
            if any(p.search(fs) for p in rules.own_request) and asks_for_role(sent, rules) \
                    and not any(n in fs for n in names) \
                    and not any(p.search(fs) for p in (*third_party, *rules.list_intro, *rules.withdrawal, *rules.absent_before,
                                                       *rules.absent_after)):
                return sent
    return ""


# what leads from the sender's clause to the colleague ("... plenary, and my colleague", "... العامة، كما ترغب زميلتي")
_CLAUSE_TAIL = re.compile(r"[,،;]?\s*[^,،;]*$")


def _signs_off(c: _Cand, text: str, sig: _Sig) -> bool:
    """Whether a prose speaker is only the signature's name, on lines of its own."""
    if c.prov.get("name") != "prose" or not _same_person(c.name, sig.name):
        return False
    name = fold(c.name or "")
    lines = [fold(ln) for ln in text.split("\n") if name in fold(ln)]
    return bool(lines) and all(len(ln.replace(name, "").split()) <= 1 for ln in lines)


def _described(line: str, rules: ExtractRules, loose: bool = False) -> _Cand | None:
    """A person and their title or organisation written as comma pieces ("سلمى الحسيني – جمعية ...").

    With `loose`, pieces after the first that is neither a title nor an organisation are a description
    ("..., qui accompagne depuis 2009 ...") and are ignored instead of disqualifying the line.
    """
    pieces = [p for p in _PIECES.split(_strip_punct(line)) if p.strip()]
    if len(pieces) < 2 or (not loose and len(pieces) > 4) or len(line.split()) > (40 if loose else 20) \
            or _is_noise(line, rules):
        return None
    hon, name = _name_like(pieces[0], rules)
    kinds = [_kind(p, rules) for p in pieces[1:]]
    if loose and "unknown" in kinds:
        kinds = kinds[: kinds.index("unknown")]
    if not name or not kinds or "unknown" in kinds:
        return None
    c = _Cand(honorific=hon, lines=(line,))
    c.set("name", name, "prose")
    for piece, kind in zip(pieces[1:], kinds, strict=False):
        if kind == "title" and not c.title and not c.affiliation:
            title, aff = _split_title(piece, rules)
            c.set("title", _clean_value(title, rules), "prose")
            if aff:
                _set_affiliation(c, aff, rules, "prose")
        elif kind == "org":
            _set_affiliation(c, piece, rules, "prose")
    return c


def _person_lines(text: str, rules: ExtractRules) -> list[_Cand]:
    """Lines that are only a person and their title or organisation ("سلمى الحسيني – جمعية ...")."""
    return [c for line in text.split("\n") if (c := _described(line, rules)) is not None]


def _describe_named(c: _Cand, text: str, rules: ExtractRules) -> None:
    """Title and organisation from a sentence that opens with the speaker's own name and describes them
    ("nominating myself. Dina Farouk, Research Associate, Nile Institute ...")."""
    for sent in re.split(r"(?<=[.!?؟])\s+|\n", text):
        d = _described(sent, rules, loose=True)
        if d is not None and _same_person(d.name, c.name):
            c.set("title", d.title, "prose")
            if d.affiliation:
                c.set("affiliation", d.affiliation, "prose")
            return


def _from_signature(c: _Cand, sig: _Sig) -> None:
    """What the signature says of the speaker it names: title, organisation, honorific (what c lacks).

    A title the prose runs on past the signed one ("I work as Welfare Secretary for Pakistani workers here in
    Muscat" over "Welfare Secretary") is the signed one: the rest describes the work.
    """
    if c.title and sig.title and fold(c.title).startswith(fold(sig.title) + " "):
        c.title = None
    c.set("title", sig.title, "signature")
    c.set("affiliation", sig.affiliation, "signature")
    c.honorific = c.honorific or sig.honorific


def _as_sender(c: _Cand, sig: _Sig, parsed: Parsed, rules: ExtractRules) -> None:
    """Complete a speaker who is the sender ("myself", a title-only record) from the signature or display name."""
    if sig.name and (not c.name or _same_person(c.name, sig.name)):
        c.set("name", sig.name, "signature")
        _from_signature(c, sig)
    if not c.name:
        hon, name = _display_name(parsed, rules)
        c.set("name", name and _as_written(name, parsed.text), "display_name")
        c.honorific = c.honorific or hon


def _as_written(name: str, text: str) -> str:
    """The name with the accents the text writes it with ("Awa Kone" in the From line, "Mon nom : Awa Koné" in the body)."""
    ft = Folded(text)
    m = re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", ft.text)
    written = ft.slice(m.start(), m.end()) if m else name
    return written if _unaccented(written) == _unaccented(name) else name  # the same letters and case, accents aside


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


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
    if len(cands) > 1:
        # the sender's sign-off ("د. هشام الروسان" over their title) read as one more honorific line is not a speaker
        cands = [c for c in cands if not _signs_off(c, parts.new, sig)] or cands
    for c in cands:
        for other in fill:
            if _same_person(c.name, other.name):
                for what in ("title", "affiliation"):
                    value = getattr(other, what)
                    if what == "affiliation" and value and asks_for_role(value, rules):
                        continue  # a table's role cell read on as prose ("مداخلة في الجلسة العامة") is no organisation
                    c.set(what, value, other.prov.get(what, "prose"))
                c.org_ref = c.org_ref or other.org_ref
                c.honorific = c.honorific or other.honorific
        if _same_person(c.name, sig.name):
            _from_signature(c, sig)
            _describe_self(c, parts.new, rules)  # the sender's "I am a lecturer in X at Y" is about this speaker
        if c.is_self or not c.name:
            _as_sender(c, sig, parsed, rules)
    if len(cands) == 1 and not third and not cands[0].title and cands[0].prov.get("name") == "labelled":
        # "أنا صحفي مستقل ... وأرغب في المشاركة" over "الاسم: X": the sender asks for themself and names themself
        _describe_self(cands[0], parts.new, rules, asking=True)
    cands = _merged([c for c in cands if c.name], rules)
    for c in cands:
        _stated_title(c, parts.new, rules)
    absent_lines: set[str] = set()
    if len(cands) > 1:
        # "M. X ne pourra pas participer. Il sera remplacé par Mme Y": only the replacement is proposed
        fnew = fold(parts.new)
        present = [c for c, called, others in _with_others(cands, rules) if not _absent(called, fnew, others, rules)]
        if present:
            # the roles stated on an absent person's own line are theirs, not the others' ("... for X is unchanged")
            kept = {ln for c in present for ln in c.lines}
            absent_lines = {ln for c in cands if c not in present for ln in c.lines} - kept
            cands = present
    if third and cands and all(c.prov.get("name") == "prose" and not (c.is_self or c.first_person or _same_person(c.name, sig.name))
                                for c in cands):
        # "Je sollicite pour ma part une intervention en plénière ; ma collègue Dr X ...": the sender too
        clause = _own_request(parts.new, cands, rules)
        if clause:
            me = _Cand(role_text=clause)
            _as_sender(me, sig, parsed, rules)
            if me.name and not any(_same_person(me.name, c.name) for c in cands):
                cands.insert(0, me)
    if not cands and parts.quoted:
        # A reply that completes a speaker proposed in the quoted message ("Mr. X's position: ..."); before a line
        # read as someone described, which in such a reply is the sentence that names them ("…للأستاذة رحاب:")
        cands, quoted_body = _completed(parts, decision, rules)
        fnew = fold(parts.new)
        if cands and not (asks_for_role(parts.new, rules) and not any(p.search(fnew) for p in rules.role_added)):
            # the roles asked for before, unless the reply asks for another one instead
            role_body = parts.new + "\n" + quoted_body
    if not cands and not third:
        # "Ali Hassan, prog officer, Sudan Migrant Network" on a line of its own: the sender, described
        cands = _person_lines(parts.new, rules)[:1]
    if not cands and (person := _subject_person(strip_prefixes(parsed.subject), rules)) is not None:
        # "Veuillez trouver en objet notre demande": the person is named in the subject line
        cands, third = [person], True
    if not cands and any(p.search(fold(parts.new)) for p in rules.self_nomination):
        third = False  # "je me propose", "أرشح نفسي": the sender, whatever else the message names
    elif not cands and not third:
        # someone else named with an honorific ("Ms. X will replace Mr. Y"): not the sender, so do not guess
        sender = (sig.name, _display_name(parsed, rules)[1])
        third = any(not any(_same_person(m, s) for s in sender) for m in _mentions(parts.new, rules))
    if not cands and not third:
        c = _Cand()
        _as_sender(c, sig, parsed, rules)
        cands = [c] if c.name else []
        for c in cands:
            _describe_self(c, parts.new, rules)
            _describe_named(c, parts.new, rules)
    # Roles: a speaker's own line or cell first, else what the sender's text says for everyone.
    own_lines = {ln for c in cands if c.role_text and not (c.sentence_roles and len(cands) == 1) for ln in c.lines} | absent_lines
    shared_text = "\n".join(ln for ln in role_body.split("\n") if ln not in own_lines)
    shared_roles, shared_n = _roles(shared_text, rules, themes)
    if not shared_roles:
        shared_roles, shared_n = _roles(strip_prefixes(parsed.subject), rules, themes)
    if "roundtable" in shared_roles and shared_n is None:
        shared_n = _roles(strip_prefixes(parsed.subject), rules, themes)[1]
        if shared_n is None and any(p.search(fold(role_body)) for p in rules.same_roundtable):
            shared_n = _roles(parts.quoted, rules, themes)[1]  # "the same roundtable": the one asked for before
    apart = _roles_apart(cands, "\n".join(_logical_lines(shared_text)), rules, themes)
    for c in cands:
        # One speaker named in a sentence takes every role the message states; several take their own first.
        own = c.role_text if c.role_text and not (c.sentence_roles and len(cands) == 1) else ""
        roles, n = _roles(own, rules, themes) if own else ((), None)
        if not roles and own and c.role_more:
            roles, n = _roles(c.role_more, rules, themes)  # "Mr. A and Ms. B for roundtable 2"
        source = c.prov.get("name", "labelled")
        if not roles and id(c) in apart:
            (roles, n), source = apart[id(c)], "prose"
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
    acronyms = _acronyms("\n".join((parts.new, parts.signature, parts.forwarded, parts.quoted)), rules)
    org = _expand(org, acronyms, rules)
    speakers = []
    proposer = next((c.subject_org for c in cands if c.subject_org), None) or _proposer(parts.new, rules, acronyms)
    if not org and proposer:
        org, org_source = _expand(proposer, acronyms, rules), "prose"
    # the names written in full, which "the Commission", "بالهيئة" may refer back to
    full_names = [sig.affiliation, org, proposer, *(f"{full} ({acr})" for acr, full in acronyms.items())]
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
        elif not c.affiliation and org and org_source != "display_name" and (c.first_person or _same_person(c.name, sig.name)):
            # "Our organisation, the X, would like to speak. Proposed speaker: <the sender>": the sender's organisation
            c.set("affiliation", org, org_source)
        elif not c.affiliation and org and org_source != "display_name" and c.prov.get("name") == "prose" \
                and _names_in_text(org, parts.new):
            # "The X Commission (XC) would like to take the floor. Our speaker will be: ...": the message speaks for
            # the organisation its text names, and proposes one of its own
            c.set("affiliation", org, org_source)
        c.affiliation = _referent(c.affiliation, full_names, rules) or _expand(c.affiliation, acronyms, rules)
        if c.affiliation and sig.affiliation and len(sig.affiliation) > len(c.affiliation) \
                and (fold(sig.affiliation).startswith(fold(c.affiliation) + " ") or _shortened(c.affiliation, sig.affiliation)):
            # prose cut the name short ("نود في رابطة X في لبنان ترشيح ...", "Commune de X" for "Commune urbaine de X");
            # the signature spells it out
            c.affiliation = sig.affiliation
        elif c.affiliation and proposer and (full := _expand(proposer, acronyms, rules) or "") \
                and fold(full).startswith(fold(c.affiliation) + " ") and not re.fullmatch(r"\s*\([^()]*\)", fold(full)[len(fold(c.affiliation)) :]):
            # the signature's "Laboratoire X (LX)" that the proposing sentence writes out ("... de l'Université Y")
            c.affiliation = full
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
