"""The sender as a speaker: when the message proposes the sender (no one else named, "je me propose", a sentence in
which they ask for themself besides a colleague), and what their signature, display name and own sentences ("I am the
Regional Coordinator of X", a line "Name, Title, Organisation") say of them. The sender's sign-off, read as one more
honorific line, is not another speaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from intake.extract_orgs import opens_clause, org_start
from intake.extract_prose import (
    ACCUSATIVE,
    bare_title,
    before_role_clause,
    comma_segments,
    cut_at_stop,
    first_title,
    honorific_names,
    line_sentences,
    logical_lines,
    name_tokens,
    only_mentioned_names,
    sentence_from,
    set_affiliation,
    split_title,
)
from intake.extract_roles import asks_for_role
from intake.extract_rules import ARABIC, ExtractRules, word_tokens
from intake.extract_signature import Sig, display_name_parts
from intake.extract_values import (
    PIECES,
    Cand,
    clean_value,
    is_noise,
    is_place,
    name_like,
    phrase_kind,
    same_person,
    split_honorific,
    strip_punct,
)
from intake.folding import Folded, fold
from intake.model import Parsed


def sender_described(sig: Sig, parsed: Parsed, new: str, rules: ExtractRules) -> list[Cand]:
    """The sender as the speaker, with what the signature, the display name and their own sentences say of them."""
    c = Cand()
    as_sender(c, sig, parsed, rules)
    if not c.name:
        return []
    describe_self(c, new, rules)
    _describe_named(c, new, rules)
    return [c]


def names_another(text: str, sig: Sig, parsed: Parsed, rules: ExtractRules) -> bool:
    """Whether the text names someone other than the sender with an honorific ("Ms. X will replace Mr. Y"): then the
    sender is not the speaker, and no one is guessed."""
    sender = (sig.name, display_name_parts(parsed, rules)[1])
    # the sender's own name, where the text writes it, holds no honorific: a family name spelt as one ends it
    # ("اسمي محمود عبد الحميد السيد مصري ...", signed "محمود عبد الحميد السيد"), before no other person
    for own in filter(None, sender):
        text = text.replace(own, " ")
    others = [m for m in honorific_names(text, rules) if not any(same_person(m, s) for s in sender)]
    # (one the text only mentions, a founder or the interpreter who comes along, is no other speaker)
    mentioned = only_mentioned_names(text, rules) if others else []
    return any(not any(same_person(m, x) for x in mentioned) for m in others)


def with_sender_asking(cands: list[Cand], sig: Sig, parsed: Parsed, new: str, rules: ExtractRules) -> list[Cand]:
    """The sender first, when they ask to speak themself besides the people they name in prose ("Je sollicite pour ma
    part une intervention en plénière ; ma collègue Dr X ...")."""
    if not cands or not all(c.prov.get("name") == "prose" and not (c.is_self or c.first_person or same_person(c.name, sig.name))
                            for c in cands):
        return cands
    clause = own_request(new, cands, rules)
    if not clause:
        return cands
    me = Cand(role_text=clause)
    as_sender(me, sig, parsed, rules)
    if not me.name or any(same_person(me.name, c.name) for c in cands) or _maybe_self(me, cands, new, rules):
        return cands
    return [me, *cands]


def introduced_only(cands: list[Cand], new: str, rules: ExtractRules) -> list[Cand]:
    """Without the sender who only introduces themself ("this is X, coach of Y", "je suis X, président de Y") before
    the person they propose, whose own words ask for the role: the request is that person's. The sender stays when
    their own words ask for a role too, or the message holds a request of their own elsewhere."""
    others = [c for c in cands if not (c.first_person or c.is_self)]
    if not any(_asks_to_speak(c.role_text, rules) for c in others):
        return cands
    if own := own_request(new, others, rules):
        for c in cands:
            if c.first_person and not asks_for_role(c.role_text, rules):
                c.role_text = own  # "My name is X ... My friend Y and I would like to speak in the plenary": X asks there
        return cands
    return [c for c in cands if not c.first_person or asks_for_role(c.role_text, rules)]


def _asks_to_speak(text: str, rules: ExtractRules) -> bool:
    """Whether a person's words ask for a role, or wish them to speak with no session named ("nous voulons que X prenne
    la parole à la conférence")."""
    folded = fold(text)
    return asks_for_role(text, rules) or any(p.search(folded) for p in rules.speaking)


def observing_sender(cands: list[Cand], absent: list[Cand], sig: Sig, parsed: Parsed, new: str,
                     rules: ExtractRules) -> tuple[list[Cand], list[Cand]]:
    """The speakers without the sender, put with the absent, when the sender says they come only to observe ("Moi-même
    je participerai seulement en tant qu'observatrice") and someone else is proposed: what describes the sender (a
    registration they paste: "Nom : …, Fonction : …") is no speaker's."""
    if len(cands) < 2 or not any(p.search(fold("\n".join(logical_lines(new)))) for p in rules.self_absent):
        return cands, absent
    names = [n for n in (sig.name, display_name_parts(parsed, rules)[1]) if n]
    mine = [c for c in cands if c.is_self or c.first_person or any(same_person(c.name, n) for n in names if c.name)]
    if not mine or len(mine) == len(cands):
        return cands, absent
    return [c for c in cands if all(c is not m for m in mine)], [*absent, *mine]


def _maybe_self(me: Cand, cands: list[Cand], new: str, rules: ExtractRules) -> bool:
    """Whether the one person described may be the sender, their name written in the other script ("Sara Odeh"
    describing herself as "الدكتورة سارة عودة"): a line of its own opens with that name, and nothing says the message
    speaks of someone else."""
    if len(cands) != 1 or not cands[0].name or _in_arabic(me.name) == _in_arabic(cands[0].name):
        return False
    name = fold(cands[0].name)
    if not any(fold(split_honorific(line, rules)[1]).startswith(name) for line in new.splitlines()):
        return False
    folded = fold(new)
    return not any(cue.regex.search(folded) for cue in rules.prose if cue.third_party)


def _in_arabic(name: str | None) -> bool:
    return bool(ARABIC.search(name or ""))


def own_request(text: str, cands: list[Cand], rules: ExtractRules) -> str:
    """A sentence in which the sender asks to speak themself, naming no one else ("I would also like to speak at ..."),
    or "" when there is none."""
    third_party = [cue.regex for cue in rules.prose if cue.third_party]
    names = [fold(c.name) for c in cands if c.name]
    for line in logical_lines(text):
        for _, sent in line_sentences(line, rules):
            fsent = Folded(sent)
            if any(_joined_with_me(fsent.text, n) for n in names) and asks_for_role(sent, rules):
                return sent  # "My friend X and I would like to speak", "Moi et mon amie X, nous voulons intervenir"
            if any(_accompanies_me(fsent.text, n) for n in names):
                return sent  # "I will be accompanied by my colleague X, who will speak on ...": the sender speaks too
            # "I would like to speak at the plenary, and my colleague X ...": the clause before the colleague; "We
            # propose Ms X for roundtable 1, and I would take the rapporteur role myself": the clause after her
            first = min((k for n in names if (k := fsent.text.find(n)) >= 0), default=-1)
            last = max((k + len(n) for n in names if (k := fsent.text.rfind(n)) >= 0), default=-1)
            if first >= 0 and (tail := _CLAUSE_HEAD.search(fsent.text, last)) and _adds_oneself(tail.group(1), rules):
                sent = fsent.slice(tail.start(1), len(fsent.text))
            elif first > 0:
                sent = _CLAUSE_TAIL.sub("", fsent.slice(0, first))
            fs = fold(sent)
            # "On behalf of the Institute, I request a slot for myself": a sentence that says the slot is the sender's
            # own is not about someone else, whatever third-party cue it holds
            # "Je souhaiterais intervenir ... au nom de notre maison d'accueil": speaking for one's own body names no one else
            others = () if any(p.search(fs) for p in rules.self_nomination) else third_party
            fs = _OWN_BEHALF.sub(" ", fs)
            if any(p.search(fs) for p in rules.own_request) and asks_for_role(sent, rules) \
                    and not any(n in fs for n in names) \
                    and not any(p.search(fs) for p in (*others, *rules.list_intro, *rules.withdrawal, *rules.absent_before,
                                                       *rules.absent_after, *rules.kept_after,
                                                       *rules.reported_request)):
                return sent
    return ""


# speaking for one's own body, folded ("on behalf of our network", "au nom de notre association", "باسم جمعيتنا")
_OWN_BEHALF = re.compile(r"\b(?:on behalf of|in the name of|au nom de|pour le compte de)\s+(?:our|my|notre|nos|mon|ma|mes)\b"
                         r"|(?:^|\s)(?:باسم|نيابه عن|بالنيابه عن)\s+\S+(?:نا|ي)(?=\s|$)")
# what leads from the sender's clause to the colleague ("... plenary, and my colleague", "... العامة، كما ترغب زميلتي")
_CLAUSE_TAIL = re.compile(r"[,،;]?\s*[^,،;]*$")
# the last clause of a sentence (folded text), after its last comma ("..., and I would take the rapporteur role myself")
_CLAUSE_HEAD = re.compile(r"[,،;]\s*([^,،;]+)$")


def _joined_with_me(fsent: str, name: str) -> bool:
    """Whether a sentence (folded) joins the sender to a person it names as the ones who ask ("my friend X and I", "me
    and my colleague X", "mon amie X et moi", "moi et ma collègue X", "أنا وصديقتي X", "X وأنا", "Mme X, présidente, et
    moi-même"): the sender asks too."""
    n = re.escape(name)
    return bool(re.search(rf"\b(?:me|i|moi(?:[- ]meme)?)\s+(?:and|et)\s+(?:[^\W\d_]+\s+){{0,2}}{n}\b"
                          rf"|(?:^|\s)انا\s+و(?:\S+\s+)?{n}(?:\s|$)"
                          rf"|\b{n}(?:\s*\([^()]*\))?\s+(?:and|et)\s+(?:i|me|myself|moi(?:[- ]meme)?)\b"
                          # (after the person's post: "Mme X présidente de l'association et moi-même Y chargée de ...")
                          rf"|\b{n}(?:[\s,]+[^\s,.;]+){{1,8}}?\s+(?:and|et)\s+(?:myself|moi[- ]meme)\b"
                          rf"|(?:^|\s){n}\s+وانا(?:\s|$)", fsent))


def _accompanies_me(fsent: str, name: str) -> bool:
    """Whether a sentence (folded) has the person it names go along with the sender, who writes in the first person
    ("I will be accompanied by my colleague X", "je serai accompagnée de mon collègue X", "وسيرافقني زميلي X"): the
    sender comes to speak too (not "I will accompany X", nor "he will be accompanied by X")."""
    n = re.escape(name)
    return bool(re.search(rf"\b(?:i|je)\s+(?:will|shall|would|serai|serais)\s+(?:be\s+)?(?:accompanied|joined|accompagnee?)"
                          rf"\s+(?:by|de|par)\s+(?:[^\W\d_]+\s+){{0,2}}{n}\b"
                          rf"|\bi[\x27\u2019]ll\s+be\s+(?:accompanied|joined)\s+by\s+(?:[^\W\d_]+\s+){{0,2}}{n}\b"
                          rf"|(?:^|\s)و?(?:س|ف)?(?:يرافقني|ترافقني)\s+(?:\S+\s+){{0,2}}{n}(?:\s|$|[،,])", fsent))


def _adds_oneself(clause: str, rules: ExtractRules) -> bool:
    """Whether a clause (folded) after the people proposed adds the sender in the first person ("and myself as
    rapporteur", "وأنا شخصياً كمقررة"): one of the own requests that says "myself"."""
    return bool(rules.oneself_re.search(clause)) and any(p.search(clause) for p in rules.own_request)


# the number or letter of a list item, as a line opens with it ("2)", "1.", "(b)", "3-")
_NUMBERED = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z])[.)\-]\s")


def signs_off(c: Cand, text: str, sig: Sig) -> bool:
    """Whether a prose speaker is only the signature's name, on lines of its own."""
    if c.prov.get("name") != "prose" or not same_person(c.name, sig.name):
        return False
    name = fold(c.name or "")
    lines = [fold(ln) for ln in text.split("\n") if name in fold(ln)]
    # a numbered item ("2) X", "b. X", "٢- X") proposes the sender like any other speaker of the list
    return bool(lines) and all(len(ln.replace(name, "").split()) <= 1 and not _NUMBERED.match(ln) for ln in lines)


def as_sender(c: Cand, sig: Sig, parsed: Parsed, rules: ExtractRules) -> None:
    """Complete a speaker who is the sender ("myself", a title-only record) from the signature or display name."""
    if sig.name and (not c.name or same_person(c.name, sig.name)):
        c.set("name", sig.name, "signature")
        from_signature(c, sig)
    if not c.name:
        hon, name = display_name_parts(parsed, rules)
        c.set("name", name and _as_written(name, parsed.text, rules), "display_name")
        c.honorific = c.honorific or hon
        if c.name and not sig.name and _signs_as(c.name, parsed.text):
            from_signature(c, sig)


def _signs_as(name: str, text: str) -> bool:
    """Whether a line of the text holds the one-word name alone: a signature's name line too short to read as a name
    ("Yacouba" over "Porte-parole", a person with one name), whose title is the sender's. A given name signed alone
    ("Rana" for "Rana X") may be anyone's signature over a team's or a body's line."""
    return len(name.split()) == 1 and any(ln.strip() == name for ln in text.splitlines())


def _as_written(name: str, text: str, rules: ExtractRules) -> str:
    """The name with the accents the text writes it with ("Awa Kone" in the From line, "Mon nom : Awa Koné" in the body),
    and with the family name the text adds to it ("Grace Wanjiru" in the From line, "Grace Wanjiru Mwangi, Welfare
    Officer" in the body)."""
    ft = Folded(text)
    m = re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", ft.text)
    if not m:
        return name
    written = ft.slice(m.start(), m.end())
    if _unaccented(written) != _unaccented(name):  # the same letters and case, accents aside
        return name
    return _fuller_name(written, ft.slice(m.start(), len(ft.text)), rules)


def _fuller_name(name: str, text: str, rules: ExtractRules) -> str:
    """`name` with up to two name words the text adds right after it, the phrase ending there ("X Y Z," or "X Y Z\n")."""
    phrase = re.split(r"[,;:.()\n]", text, maxsplit=1)[0]
    taken, rest = name_tokens(phrase, rules)
    extra = len(taken.split()) - len(name.split())
    return taken if not rest and 0 < extra <= 2 and taken.startswith(name + " ") else name


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def from_signature(c: Cand, sig: Sig) -> None:
    """What the signature says of the speaker it names: title, organisation, honorific (what c lacks).

    A title the prose runs on past the signed one ("I work as Welfare Secretary for Pakistani workers here in
    Muscat" over "Welfare Secretary") is the signed one: the rest describes the work. A table cell or a labelled
    value ends where the sender ended it, so a signature that signs with the first post only ("Founder" under
    "Founder & Programme Director") leaves it whole.
    """
    if c.title and sig.title and c.prov.get("title") == "prose" and fold(c.title).startswith(fold(sig.title) + " "):
        c.title = None
    c.set("title", sig.title, "signature")
    c.set("affiliation", sig.affiliation, "signature")
    c.honorific = c.honorific or sig.honorific


def describe_self(c: Cand, text: str, rules: ExtractRules, asking: bool = False) -> None:
    """Title and organisation the sender gives themself in prose ("I am the Regional Coordinator of AYMN", "I am from
    the X Circle").

    With `asking`, only a statement whose sentence also asks to speak counts ("I work as a freelance journalist
    and would like to join the open discussion"): it tells who the one speaker of the message is. Hard-wrapped prose
    is read joined: a wrap may fall between "je suis" and the title.
    """
    text = "\n".join(logical_lines(text))
    _self_title(c, text, rules, asking)
    if not asking and (not c.affiliation or c.prov.get("affiliation") == "signature"):
        _self_organisation(c, text, rules)


def _self_organisation(c: Cand, text: str, rules: ExtractRules) -> None:
    """The organisation the sender says they work with or come from ("I work with X", "je suis de l'association X").

    A signature's shorter name gives way to the full one the prose writes ("Centre Nour" signed, "je suis au Centre Nour
    pour la dignité des migrants" written); any other name the prose gives leaves the signed one."""
    ft = Folded(text)
    for p in rules.work_lead:
        for m in p.finditer(ft.text):
            if m.start() and ft.text[m.start() - 1].isalnum() and ft.text[m.start()].isalnum():
                continue  # (inside a word: "hi am from")
            value = (comma_segments(sentence_from(text, ft.at(m.end()), rules)) or [""])[0]
            if org_start(value, rules) and not is_place(value, rules):
                signed = c.affiliation
                if signed is None:
                    set_affiliation(c, value, rules, "prose")
                else:
                    probe = Cand()
                    set_affiliation(probe, value, rules, "prose")
                    if fold(probe.affiliation or "").startswith(fold(signed) + " "):
                        c.affiliation, c.prov["affiliation"] = probe.affiliation, "prose"
                return


def _self_title(c: Cand, text: str, rules: ExtractRules, asking: bool) -> None:
    """The first post the sender gives themself; a trade or a membership ("I work as domestic worker", "I am a member
    of X") gives way to a post said after it ("... Now I am also coordinator for our group"), not to each other."""
    first: tuple[str | None, str | None] | None = None
    for title, aff in _self_titles(text, rules, asking):
        first = first or (title, aff)
        if not _trade_or_membership(title or "", rules):
            first = (title, aff)
            break
    if first is not None:
        if c.title and first[0] and _trade_or_membership(c.title, rules) \
                and not _trade_or_membership(first[0], rules):
            c.title = None  # the trade read after the name ("X, I work as domestic worker") gives way too
        if c.title and first[0] and c.prov.get("title") == "signature" \
                and _ASIDE_ONLY.fullmatch(fold(c.title).removeprefix(fold(first[0]))):
            # the signature adds an aside in brackets to the post the sender gives themself ("Doctorant en sociologie
            # (3e année)" under "Doctorant en sociologie à X, je ..."): the post as they state it, in the signature's letters
            c.title = c.title[: c.title.rindex("(")].rstrip()
        c.set("title", first[0], "prose")
        if first[1]:
            set_affiliation(c, first[1], rules, "prose")
    _hat_spoken_in(c, text, rules)


def _hat_spoken_in(c: Cand, text: str, rules: ExtractRules) -> None:
    """Of two posts at two bodies, the one the sender says they would speak in ("although I teach at the university, I
    would be speaking as Board Member of X", "j'interviendrais en tant que trésorière de l'association Y", "سأتحدث
    بصفتي عضو مجلس إدارة جمعية Z"): its post and body replace the signature's first ones. Not when the body so named is
    the one signed (the signature's fuller name stays)."""
    if c.prov.get("affiliation") != "signature" or not c.affiliation:
        return
    ft = Folded(text)
    for p in rules.self_statement:
        for m in p.finditer(ft.text):
            if not _about_speaking(m.group(), rules):
                continue  # the statement itself says the person speaks in that capacity
            segs = comma_segments(sentence_from(text, ft.at(m.end()), rules))
            title, aff = split_title(bare_title(cut_at_stop(segs[0], rules), rules) or "", rules) if segs else ("", None)
            probe = Cand()
            if aff and rules.title_words.hits(fold(title)):
                set_affiliation(probe, aff, rules, "prose")
            if not probe.affiliation or fold(probe.affiliation) in fold(c.affiliation) \
                    or fold(c.affiliation) in fold(probe.affiliation):
                continue
            c.title, c.prov["title"] = clean_value(first_title(title, rules, segs[0]), rules), "prose"
            c.affiliation, c.prov["affiliation"] = probe.affiliation, "prose"
            return


def _self_titles(text: str, rules: ExtractRules, asking: bool) -> Iterator[tuple[str | None, str | None]]:
    """Each title the sender gives themself, with the organisation its phrase names, in the order of the statements."""
    ft = Folded(text)
    for p in rules.self_statement:
        for m in p.finditer(ft.text):
            sentence = sentence_from(text, ft.at(m.end()), rules)
            segs = comma_segments(sentence)
            if not segs or asking and not _about_speaking(sentence, rules):
                continue
            # "... of AYMN and facilitated our consultations", "journaliste basée à Tunis"
            seg = bare_title(cut_at_stop(segs[0], rules), rules) or ""
            seg = ACCUSATIVE.sub("", seg)  # "أعمل صحفياً مستقلاً": the title as a noun, "صحفي مستقل"
            title, aff = split_title(seg, rules)
            if rules.title_words.hits(fold(title)):
                yield clean_value(first_title(title, rules, seg), rules), aff
    yield from _posts_before_i(text, rules, asking)


# A post opening a sentence, before its first-person subject ("Doctorant en sociologie à l'Université X, je ...", "PhD
# student at X University, I would like ...", "باحثة في جامعة X، أود ..."), in folded text: the sender says who they are
_ASIDE_ONLY = re.compile(r"\s+\([^()]*\)")  # what a signed post adds in brackets: "(3e année)", "(ad interim)"
_POST_BEFORE_I = re.compile(r"(?:^|(?<=[.!?]\s))(?P<post>[^\W\d_][^,،.!?;:\n]{2,150}?)\s*[,،]\s*"
                            r"(?:je\b|j'|i\b|(?:اود|ارغب|اريد|اتشرف|اتقدم|انا)(?!\S))", re.M)


def _posts_before_i(text: str, rules: ExtractRules, asking: bool) -> Iterator[tuple[str | None, str | None]]:
    """Each post (and the organisation its phrase names) that opens a sentence before the sender's "je", "I", "أود"."""
    ft = Folded(text)
    for m in _POST_BEFORE_I.finditer(ft.text):
        toks = word_tokens(m["post"])
        # ("Dear Director, I ...", "Cher collègue, je ...": a greeting addresses the reader)
        if not toks or toks[0] in rules.greetings or not rules.title_words.opens(toks):
            continue
        if asking and not _about_speaking(sentence_from(text, ft.at(m.start()), rules), rules):
            continue
        seg = text[ft.at(m.start("post")) : ft.at(m.end("post"))]
        title, aff = split_title(seg, rules)
        yield clean_value(first_title(title, rules, seg), rules), aff


def _trade_or_membership(title: str, rules: ExtractRules) -> bool:
    """Whether a title is only a trade ("domestic worker", "عاملة منزلية") or a membership ("member", "عضو")."""
    f = " ".join(word_tokens(fold(title)))
    return f in rules.trades or f in rules.membership


def _about_speaking(text: str, rules: ExtractRules) -> bool:
    f = fold(text)
    return asks_for_role(text, rules) or any(p.search(f) for p in rules.speaking)


def _describe_named(c: Cand, text: str, rules: ExtractRules) -> None:
    """Title and organisation from a sentence that opens with the speaker's own name and describes them
    ("nominating myself. Dina Farouk, Research Associate, Nile Institute ...")."""
    for sent in re.split(r"(?<=[.!?؟])\s+|\n", text):
        d = _described(_given_name_in_full(sent, c.name or "", rules), rules, loose=True)
        if d is not None and same_person(d.name, c.name):
            c.set("title", d.title, "prose")
            if d.affiliation:
                c.set("affiliation", d.affiliation, "prose")
            return


def _after_self_cue(line: str, rules: ExtractRules) -> str:
    """The line after the self-introduction that opens it ("I'm ", "je suis ", "انا "), or the line: the words after
    one are the sender's name, never part of it."""
    f = Folded(line)
    for cue in rules.prose:
        if not cue.third_party and (m := cue.regex.match(f.text)):
            return line[f.at(m.end()) :]
    return line


def _given_name_in_full(sent: str, name: str, rules: ExtractRules) -> str:
    """A sentence in which the sender introduces themself by their given name alone, then says who they are ("I'm
    Rana, coordinator at X", "انا ريم، منسقة ..."), with their full name in its place; else the sentence."""
    rest = _after_self_cue(sent.lstrip(), rules)
    given = name.split()[:1]
    if rest == sent.lstrip() or len(name.split()) < 2 or not given:
        return sent
    m = re.match(r"(\S+?)\s*[,،]", rest)
    if m is None or fold(m.group(1)) != fold(given[0]):
        return sent
    return name + rest[m.end(1) :]


def _from_honorific(piece: str, rules: ExtractRules) -> str:
    """A person piece from the honorific on when a clause opens it ("وسيمثل الدائرة السيد X": "and the directorate
    will be represented by Mr. X"); else the piece."""
    if not opens_clause(piece, rules) or split_honorific(piece, rules)[0]:
        return piece
    words = piece.split()
    at = next((k for k in range(1, len(words)) if split_honorific(" ".join(words[k:]), rules)[0]), None)
    return " ".join(words[at:]) if at is not None else piece


def _without_asides(pieces: list[str]) -> list[str]:
    """Comma pieces without a bracket that a comma split: an aside, not part of the title or organisation
    ("consultant (pas de structure, je travaille seul)" -> "consultant")."""
    out: list[str] = []
    depth = 0
    for piece in pieces:
        if depth > 0:
            depth += piece.count("(") - piece.count(")")
            continue
        depth = piece.count("(") - piece.count(")")
        if depth > 0:
            piece = piece[: piece.rfind("(")].rstrip()
        if piece.strip():
            out.append(piece)
    return out


def _described(line: str, rules: ExtractRules, loose: bool = False) -> Cand | None:
    """A person and their title or organisation written as comma pieces ("سلمى الحسيني – جمعية ...").

    With `loose`, pieces after the first that is neither a title nor an organisation are a description
    ("..., qui accompagne depuis 2009 ...") and are ignored instead of disqualifying the line.
    """
    # "X، رئيس التحالف: مداخلة في الجلسة العامة": the role asked for after the colon is none of the pieces
    line = before_role_clause(line, rules)
    pieces = _without_asides([p for p in PIECES.split(strip_punct(_after_self_cue(line.lstrip(), rules))) if p.strip()])
    if len(pieces) < 2 or (not loose and len(pieces) > 4) or len(line.split()) > (40 if loose else 20) \
            or is_noise(line, rules):
        return None
    hon, name = name_like(_from_honorific(pieces[0], rules), rules)
    while len(pieces) > 2 and is_place(pieces[-1], rules):
        pieces.pop()  # "سارة عودة - مركز بيسان، رام الله": where the organisation sits
    if any(fold((p.split() or [""])[0]).removeprefix("و") in rules.proposing_verbs for p in pieces[1:]):
        return None  # "..., تتشرف جمعية X بترشيح ...": a sentence whose subject proposes, no title or organisation
    kinds = [phrase_kind(p, rules) for p in pieces[1:]]
    if loose and "unknown" in kinds:
        kinds = kinds[: kinds.index("unknown")]
    if not name or not kinds or "unknown" in kinds:
        return None
    c = Cand(honorific=hon, lines=(line,))
    c.set("name", name, "prose")
    for piece, kind in zip(pieces[1:], kinds, strict=False):
        if kind == "title" and not c.title and not c.affiliation:
            title, aff = split_title(piece, rules)
            c.set("title", clean_value(title, rules), "prose")
            if aff:
                set_affiliation(c, aff, rules, "prose")
        elif kind == "org":
            set_affiliation(c, piece, rules, "prose")
    return c


def person_lines(text: str, rules: ExtractRules) -> list[Cand]:
    """Lines, or else sentences of a line, that are only a person and their title or organisation ("سلمى الحسيني –
    جمعية ...", "Pls register me for roundtable 2. Ana Cruz, Chairperson, Migrant Workers Association. Thanks")."""
    out: list[Cand] = []
    for line in text.split("\n"):
        found = _described(line, rules)
        if found is None:
            found = next((c for sent in _stops_apart(line, rules) if (c := _described(sent, rules)) is not None), None)
        if found is not None:
            out.append(found)
    return out


def _stops_apart(line: str, rules: ExtractRules) -> list[str]:
    """A line's sentences, cut at each full stop, exclamation or question mark but the period of an honorific ("Dr.
    X" is one)."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?؟])\s+", line):
        if out and fold((out[-1].split() or [""])[-1]) in rules.honorifics:
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out
