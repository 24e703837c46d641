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
passed on (forwarded or attached) is its author's when the sender names them, points at it as their request
("see her message below", also a quoted "Original Message") or the author asks in the first person; the
sender's organisation is the fallback affiliation. A labelled value ends at
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
A sender named only by the From header speaks for the body their signature names; labelled details with no
organisation label ("Speaker: X / Position: Y") belong to the body the text speaks for.

This module runs the stage: it picks the sources, joins what they say about each speaker and assigns
roles. Its parts: extract_rules (folding, rules loading), extract_values (candidates, names, cleaned
values, acronyms), extract_structured (labelled lines, tables), extract_prose, extract_signature,
extract_sender (the sender as a speaker), extract_several (speakers named again, apart or absent) and
extract_roles.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import PurePath

from intake.extract_names import capitalise_lower_case_names, lower_case_capitals, names_as_written
from intake.extract_orgs import (
    body_as_written,
    name_in_full,
    org_start,
    short_named,
    subject_organisation,
    unit_with_its_body,
    with_its_alias,
    with_its_body,
)
from intake.extract_prose import (
    bare_title,
    before_clause,
    comma_segments,
    first_title,
    honorific_names,
    is_kunya,
    line_sentences,
    logical_lines,
    name_tokens,
    opens_clause,
    opens_with_participle,
    person_phrase,
    possessive_start,
    proposing_organisation,
    prose_organisation,
    prose_speakers,
    self_introduced,
    sentence_from,
    set_affiliation,
    split_title,
    subject_person,
    unglued,
)
from intake.extract_roles import asks_for_role, listed_themes, roles_stated
from intake.extract_rules import ARABIC, ARTICLE, ExtractRules, load_extract_rules, word_tokens
from intake.extract_sender import (
    as_sender,
    describe_self,
    from_signature,
    introduced_only,
    names_another,
    observing_sender,
    own_request,
    person_lines,
    sender_described,
    signs_off,
    with_sender_asking,
)
from intake.extract_several import merged, not_of_absent, present_and_absent, roles_apart
from intake.extract_signature import Sig, read_signature
from intake.extract_structured import html_tables, labelled_speakers, table_speakers, text_tables
from intake.extract_values import (
    QUESTION,
    Cand,
    clean_value,
    expand,
    given_name_first,
    glued_reference,
    is_field,
    is_place,
    is_reference,
    name_like,
    phrase_kind,
    referent,
    same_as_before,
    same_person,
    spelled_acronyms,
    spelt_alike,
    split_honorific,
    strip_punct,
    transcribed,
    unit_rest,
    unquote,
    without_own_body,
    written_out,
)
from intake.folding import Folded, fold
from intake.model import Decision, DocText, Fields, MessageParts, Parsed, Speaker
from intake.rules import Haystack
from intake.text import (
    OUTLOOK_FROM,
    OUTLOOK_NEXT,
    attribution,
    carried_blocks,
    split,
    strip_prefixes,
    subject_only,
)

__all__ = ["ExtractRules", "extract", "fold", "load_extract_rules"]

# ---------------------------------------------------------------------------------------------
# Organisation, report title, withdrawal


def _organisation(labelled_org: str | None, cands: list[Cand], sig: Sig, parsed: Parsed, parsed_new: str,
                  docs: Mapping[str, DocText], decision: Decision, rules: ExtractRules) -> tuple[str | None, str]:
    """The submitting organisation and where it was read."""
    org, source = _find_organisation(labelled_org, cands, sig, parsed, parsed_new, docs, decision, rules)
    return (ARTICLE.sub("", org) or None, source) if org else (None, "")


def _find_organisation(labelled_org: str | None, cands: list[Cand], sig: Sig, parsed: Parsed, parsed_new: str,
                       docs: Mapping[str, DocText], decision: Decision, rules: ExtractRules) -> tuple[str | None, str]:
    if labelled_org:
        return labelled_org, "labelled"
    if sig.affiliation and not _team_of_a_reference(sig.affiliation, rules):
        return sig.affiliation, "signature"
    for name in decision.report_attachments:
        doc = docs.get(name)
        if doc is not None and doc.readable:
            _, org = labelled_speakers("\n".join(doc.text.split("\n")[:40]), rules, "docx")
            if org:
                return org, "docx"
    prose_org = prose_organisation(parsed_new, rules)
    if prose_org:
        return prose_org, "prose"
    for c in cands:
        if c.affiliation and not same_as_before(c.affiliation, rules):  # ("du même laboratoire" names no body)
            return c.affiliation, c.prov.get("affiliation", "labelled")
    display = parsed.from_name.strip()
    if display and rules.org_words.hits(fold(display)):
        return display, "display_name"
    return None, ""


_TEAM = re.compile(r"^(?:فريق|equipe(?: de| du)?)\s+|\s+team$")


def _team_of_a_reference(value: str, rules: ExtractRules) -> bool:
    """Whether a signature signs as the team of a body it only points back at ("فريق الإذاعة", "The radio team", «
    L'équipe du centre »): the body is the one the text names."""
    folded = fold(value).strip()
    rest = _TEAM.sub("", ARTICLE.sub("", folded)).strip()
    words = rest.split()
    return rest != ARTICLE.sub("", folded).strip() and len(words) <= 2 and (
        is_reference(rest, rules) or (len(words) == 1 and (words[0].startswith("ال") or folded.split()[0] in rules.articles)))


def _own_quoted_affiliation(parsed: Parsed, quoted: str, rules: ExtractRules) -> str | None:
    """The affiliation the signature of the sender's own quoted message gives: the message quoted first, when the
    lines that attribute it name the sender's address as its writer; else None.

    The attribution is read up to its first other header line ("Sent:", "To:", "إلى:"): our reply quoted in theirs is
    addressed to the sender, and its signature is ours."""
    if not parsed.from_addr or parsed.from_addr.lower() not in attribution(quoted).lower():
        return None
    return read_signature(split(unquote(carried_blocks(quoted)[0])), rules).affiliation


def _names_in_text(org: str, text: str) -> bool:
    """Whether a text names an organisation, in full or by its acronym ("Centre X (CX)": "Centre X" or "CX"), an Arabic
    name with the preposition or conjunction glued to it too ("حضّرناه بجمعية X", "ولجمعية X"), and a name the text
    writes in quotes ("فريق «X» التطوعي")."""
    words = " ".join(re.sub(r"[«»\"“”]", "", fold(text)).split())
    m = re.fullmatch(r"(?P<full>.+?)\s*\((?P<acr>[^()]+)\)", org.strip())
    forms = [m.group("full"), m.group("acr")] if m else [org]
    return any(re.search(rf"(?<!\w)[وف]?[بلك]?{re.escape(' '.join(fold(f).split()))}(?!\w)", words)
               for f in forms if f.strip())


def _shortened(short: str, full: str) -> bool:
    """Whether a name is a longer one with words left out inside it, same first and last word ("Commune de X" of
    "Commune urbaine de X")."""
    a, b = word_tokens(fold(short)), word_tokens(fold(full))
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
            words = word_tokens(fold(line))
            # the first heading-like line: a few words, not a page number, date or running header
            if 2 <= len(words) <= 30 and len(line) <= 250 and not re.fullmatch(r"[\d\s/.,:-]+", line):
                return strip_punct(line)
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


def _own_tables(parsed_html: str | None, new: str, quoted: str) -> list[list[list[str]]]:
    """The HTML part's tables, less those the quoted message carries: a table whose every cell of three letters or more
    is in the quoted text, and not all of them in the new one (a reply's HTML part carries the quoted proposal's table
    along, while its plain text quotes it below the reply: "Mr. X will not be able to attend; our Deputy Y will speak")."""
    tables = html_tables(parsed_html) if parsed_html else []
    if not tables or not quoted:
        return tables
    fquoted, fnew = " ".join(word_tokens(fold(quoted))), " ".join(word_tokens(fold(new)))
    out = []
    for table in tables:
        cells = {" ".join(word_tokens(fold(c))) for row in table for c in row if len(c.strip()) >= 3} - {""}
        if not cells or not all(c in fquoted for c in cells) or all(c in fnew for c in cells):
            out.append(table)
    return out


def _sources(text: str, parsed_html: str | None, docs: Mapping[str, DocText], decision: Decision,
             rules: ExtractRules, quoted: str = "") -> tuple[list[Cand], str | None, list[Cand], bool]:
    """(speakers by trust, organisation label, prose speakers for filling, third-party cue present); an HTML table
    that the plain text only quotes (`quoted`) is not the message's own."""
    labelled, org = labelled_speakers(text, rules, "labelled")
    prose, third = prose_speakers(text, rules)
    if len(labelled) == 1 and not labelled[0].name and len(prose) == 1:
        # labelled lines that give only a title or affiliation describe the one speaker named in prose
        for what in ("title", "affiliation"):
            prose[0].set(what, getattr(labelled[0], what), "labelled")
        labelled = []
    elif len(labelled) == 1 and not labelled[0].name and not labelled[0].title and len(prose) > 1 \
            and not any(p.affiliation for p in prose):
        # a list of speakers in prose, then one "Organisation: X" / "الجمعية: X" line apart: the body of them all
        for p in prose:
            p.set("affiliation", labelled[0].affiliation, "labelled")
        labelled = []
    if labelled and (any(c.name for c in labelled) or not prose):
        _respelt(labelled, prose, rules)
        if all(any(same_person(c.name, p.name) for p in prose) for c in labelled):
            # "Nous proposons deux intervenantes :" over a list: the label read its first item, the prose reads them all
            labelled += [p for p in prose if not any(same_person(p.name, c.name) for c in labelled)]
        else:
            labelled += _asked_for_apart(labelled, prose, rules)
        return labelled, org, prose, third
    for table in [*_own_tables(parsed_html, text, quoted), *text_tables(text)]:
        found = table_speakers(table, rules, "table")
        if found:
            return _singled_out(found, text, rules), org, prose, third
    for name, doc in docs.items():
        if not doc.readable and not doc.tables:
            continue
        for table in doc.tables:
            found = table_speakers([list(r) for r in table], rules, "docx")
            if found:
                return found, org, prose, third
        # a business card attached is often the sender's own: it names the speaker only when the text names no one
        if name not in decision.report_attachments and not (prose and PurePath(name.lower()).suffix in (".vcf", ".vcard")):
            found, _ = labelled_speakers(doc.text, rules, "docx")
            if found:
                return found, org, prose, third
    return prose, org, [], third


# A sentence that points at the list it goes with ("the following speakers", « ci-dessous », "المتحدثين التاليين"), folded
_POINTS_AT_LIST = re.compile(r"\b(?:following|below|listed|ci-dessous|ci-apres|suivante?s?)\b"
                             r"|(?:^|\s)(?:ال)?(?:تالي|تاليه|تاليين|تاليتين|تالين|ادناه|مدرجه|مذكورين)(?=\s|$|[.,،:])")


def _as_the_text_writes(value: str | None, text: str) -> str | None:
    """A value read off a document as the message's text writes it, where the text gives it too: a PDF's text may have
    lost its accents ("Secretaire general adjoint" for « Secrétaire général adjoint »); the value itself otherwise."""
    if not value:
        return value
    ft, fv = Folded(text), " ".join(fold(value).split())
    at = ft.text.find(fv)
    written = ft.slice(at, at + len(fv)) if at >= 0 and fv else value
    if written.lower() == value.lower():
        return value  # the same letters: the document's case stands ("Responsable du pôle" over "... son responsable du pôle")
    return written[:1].upper() + written[1:] if value[:1].isupper() else written


def _singled_out(found: list[Cand], text: str, rules: ExtractRules) -> list[Cand]:
    """Of a table of people none of whose rows asks for a role (a delegation registered), the ones a sentence of the text
    that asks for a role names by a cell of their row, their post or their place in the delegation ("كما يرغب السيد
    الوكيل الأقدم للوزارة، رئيس الوفد، في تقديم مداخلة ...", "The Head of Delegation will deliver the statement in the
    plenary"); all of them when no such sentence names some and not the others."""
    if len(found) < 2 or any(c.role_text for c in found):
        return found
    asking = [fold(s) for s in re.split(r"(?<=[.!?؟])\s+|\n", text) if s.strip() and asks_for_role(s, rules)]
    if not asking or any(_POINTS_AT_LIST.search(s) for s in asking):
        return found  # ("نرجو إدراج المتحدثَين التاليين في النقاش المفتوح": the sentence asks for everyone listed)

    def named(c: Cand) -> bool:
        # (not by the body the row gives: "the X Federation (XF) would like to request a floor intervention" names
        # the body all its rows speak for, whichever rows write it in full)
        body = " ".join(word_tokens(fold(c.affiliation or "")))
        cells = [" ".join(word_tokens(fold(cell))) for line in c.lines for cell in line.split(" | ")]
        return any(len(cell.split()) >= 2 and not (body and (cell in body or body in cell))
                   and any(f" {cell} " in f" {' '.join(word_tokens(s))} " for s in asking) for cell in cells)

    chosen = [c for c in found if named(c)]
    return chosen if 0 < len(chosen) < len(found) else found


def _respelt(labelled: list[Cand], prose: list[Cand], rules: ExtractRules) -> None:
    """A labelled name written as a form or passport has it, surname first in capitals ("QASEM, Hala Mahmoud"), that
    the text spells another way ("on behalf of Dr. Hala Qassem"): one person, named as the text names them."""
    for c in labelled:
        ordered = given_name_first(c.name)
        if not c.name or ordered == c.name:
            continue
        alike = [p for p in prose if p.name and spelt_alike(ordered, p.name, rules)]
        if len(alike) == 1 and not same_person(c.name, alike[0].name):
            c.name = alike[0].name
            c.honorific = c.honorific or alike[0].honorific


def _asked_for_apart(labelled: list[Cand], prose: list[Cand], rules: ExtractRules) -> list[Cand]:
    """The people a sentence apart from the labelled record proposes for a role of their own ("Speaker name: Dr. X ..."
    then "In addition, our colleague Y would like to take part in the open discussion", "Nom : X ..." then "Par
    ailleurs, notre collègue Y souhaite intervenir en plénière"): one more speaker each, not the labelled one again."""
    held = {ln for c in labelled for ln in c.lines}
    # (a person marked as one: an honorific, or a name in capitals; Arabic words read on after a verb are often none)
    return [p for p in prose if p.name and p.role_text and asks_for_role(p.role_text, rules) and not held & set(p.lines)
            and (p.honorific or all(w[:1].isupper() for w in p.name.split()))
            and not any(same_person(p.name, c.name) for c in labelled)
            and not _kunya_of(p.name, labelled, rules)]


def _kunya_of(name: str, labelled: list[Cand], rules: ExtractRules) -> bool:
    """Whether a name is only the kunya a labelled record gives in brackets after its name ("Name: X (Oum Ali)" then
    "we propose sister Oum Ali as rapporteur", "الاسم: X (أم علي)" then "نرشح الأخت أم علي"): the same person."""
    if not is_kunya(name, rules):
        return False
    kunya = " ".join(word_tokens(fold(name)))
    return any(" ".join(word_tokens(m.group())) == kunya
               for c in labelled for ln in c.lines for m in rules.kunya_in_bracket.finditer(fold(ln)))


def _completed(parts: MessageParts, decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The quoted message's speaker that the new text names again, with the details the new text adds."""
    honoured = _honoured(parts.new, rules)
    named = {t for c in honoured for t in word_tokens(fold(c.name or "")) if t not in rules.particles and len(t) > 2}
    new = "\n".join(logical_lines(parts.new))  # a statement the mailer wrapped over two lines reads as one
    fnew = Folded(new)
    named |= _named_in_statements(fnew.text, rules)
    named |= _capitalised_words(parts.new, rules)
    stated = _stated_names(new, fnew, rules)
    # (the name a correction gives, "الاسم الصحيح: X", names the speaker in scripts with no capitals)
    named |= {t for n in stated for t in word_tokens(fold(n)) if t not in rules.particles and len(t) > 2}
    found, quoted_body = _quoted_speaker(parts.quoted, named, decision, rules)
    if not found and not honoured:
        # "Please note that his correct title is X", "son titre exact est Y": a title stated of someone the reply
        # does not name is the quoted proposal's one speaker's; else the post the reply sends alone is
        restated = _restated_quoted_title(parts.quoted, new, fnew, decision, rules)
        if not restated[0]:
            restated = _named_quoted_title(parts.quoted, new, decision, rules)
        if not restated[0] and _only_the_role_changes(new, rules):
            restated = _role_changed(parts.quoted, decision, rules)
        if not restated[0] and rules.same_speaker.search(fnew.text):
            restated = _same_speaker(parts.quoted, decision, rules)
        post = None if restated[0] else _post_alone(new, rules) or _answered_post(parts.answers, rules)
        return _titled_quoted_speaker(parts.quoted, post, decision, rules) if post else restated
    if not found and len(honoured) == 1:
        # The quote is cut before the speaker ("[...]"): the one the new text names by honorific, when it states
        # their title. The rest of their record is on file: an organisation read off the title only fills a gap there.
        c = honoured[0]
        _stated_title(c, new, rules)
        if c.prov.get("affiliation") == "statement":
            c.prov["affiliation"] = "prose"
        return ([c], "") if c.prov.get("title") == "statement" else ([], "")
    if len(found) != 1:
        return found, quoted_body  # several of the quoted speakers named again ("Mme X et M. Y ne pourront pas venir")
    c = found[0]
    for name in stated:
        if len(name.split()) >= 2 and set(word_tokens(fold(name))) & set(word_tokens(fold(c.name or ""))):
            c.name, c.prov["name"] = name, "prose"
            break
    for at in _statement_ends(new, fnew, (*rules.title_statement, *rules.title_reply), rules):
        if _state_title(c, new, at, rules):
            break
    if not c.title:
        # named by their given name alone, in a sentence that states their post ("Aminata est rédactrice en chef de X")
        _named_title(c, new, rules)
        if c.prov.get("affiliation") == "statement":
            c.prov["affiliation"] = "prose"
    return [c], quoted_body


def _stated_names(new: str, fnew: Folded, rules: ExtractRules) -> list[str]:
    """The names the new text's name statements give ("her full name is X", "الاسم الصحيح: Y"), the first of each."""
    names = []
    for p in rules.name_statement:
        m = p.search(fnew.text)
        if m:
            # (up to a comma: "... هو هالة يوسف النمر، ومسماها ...")
            name, _ = name_tokens(re.split(r"[,،]", sentence_from(new, fnew.at(m.end()), rules), maxsplit=1)[0], rules)
            names.append(name)
    return names


def _only_the_role_changes(new: str, rules: ExtractRules) -> bool:
    """Whether a reply that names no one asks for a role and says the rest of the request stands ("it is roundtable 3,
    not 4; the other details are unchanged", "seule la table ronde change, le reste sans changement", "المقصود هو
    المائدة المستديرة الثالثة، باقي البيانات كما هي"): a sentence of it says something stays, and names no role."""
    return asks_for_role(new, rules) and any(
        any(p.search(fold(s)) for p in rules.role_kept) and not asks_for_role(s, rules)
        for s in _SENTENCE_END.split(new))


def _role_changed(quoted: str, decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The one speaker of the nearest quoted proposal, whose role a reply changes: the role is the reply's, not the
    one their quoted line asked."""
    earlier, _ = _nearest_proposal(quoted, decision, rules)
    if len(earlier) != 1 or not earlier[0].name:
        return [], ""
    earlier[0].role_text = ""
    return earlier, ""


def _same_speaker(quoted: str, decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The one speaker of the nearest quoted proposal, whom a reply that names no one calls "the same speaker" ("we
    would also like a slot in roundtable 3 for the same speaker", "ونفس المتحدثة"), and that proposal's text: whether
    the roles asked there stay is for the caller to say."""
    earlier, body = _nearest_proposal(quoted, decision, rules)
    return (earlier, body) if len(earlier) == 1 and earlier[0].name else ([], "")


_WORD = re.compile(r"[^\W\d_]{3,}")


def _capitalised_words(text: str, rules: ExtractRules) -> set[str]:
    """The folded words of a text written with a capital, which may be a quoted speaker's given name said alone ("Mariam
    has asked whether she could speak in roundtable 2 instead", "c'est toujours Aminata pour la discussion ouverte"):
    only a speaker of the quoted proposal whose name has such a word is taken (Arabic has no capitals: there a name is
    said again with an honorific or in a statement). Not a word after a greeting or a thanks: it addresses someone."""
    words = list(_WORD.finditer(text))
    return {t for k, m in enumerate(words) if m.group()[0].isupper()
            and not (k and fold(words[k - 1].group()) in rules.greetings)  # "Dear Selam", "thanks Fatou": the one addressed
            for t in word_tokens(fold(m.group())) if t not in rules.particles}


def _post_alone(new: str, rules: ExtractRules) -> str | None:
    """The post a reply's new text gives and nothing else, on one line ("Chargée de plaidoyer et des partenariats"), or
    None: the title announced for later in the quoted message. A sentence opening with a pronoun may give it after the
    words that say what it is ("sorry, forgot her title: she is Programme Lead", phrases.title_pronoun): the post is
    what follows the pronoun."""
    line = new.strip().strip(".")
    if "\n" in line or not line or len(line) > 100 or "?" in line:
        return None
    fline = Folded(line)
    if stated := [m for p in rules.title_pronoun for m in p.finditer(fline.text)]:
        post = line[fline.at(max(m.end() for m in stated)) :].strip().strip(".")
        line = post if post and phrase_kind(post, rules) == "title" else line
    if phrase_kind(line, rules) != "title":
        return None
    if any(p.search(fold(line)) for p in rules.self_statement):
        return None  # "For your records my title is X at Y": the sender's own post, said in a sentence
    return clean_value(line, rules)


def _answered_post(answers: tuple[tuple[str, str], ...], rules: ExtractRules) -> str | None:
    """The post a reply written inside the quote gives alone under the quoted question that asks for it ("> 1. Her
    title/position?" / "Senior Advocacy Officer", « > Sa fonction ? » / « Chargée de plaidoyer », "> المسمى الوظيفي؟"):
    the answer pairs with its question, not with the sign-off written above the quote."""
    for question, answer in answers:
        words = f" {' '.join(word_tokens(fold(question)))} "
        if QUESTION.search(question) and any(f" {' '.join(word_tokens(label))} " in words
                                             for label, f in rules.labels if f == "title"):
            return _post_alone(answer, rules)
    return None


def _titled_quoted_speaker(quoted: str, post: str, decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The one speaker the nearest quoted proposal names, still without a title, given the post a reply sends alone."""
    earlier, body = _nearest_proposal(quoted, decision, rules)
    if len(earlier) == 1 and earlier[0].name and not earlier[0].title:
        earlier[0].set("title", post, "statement")
        return earlier, body
    return [], ""


def _nearest_proposal(quoted: str, decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The speakers of the nearest quoted message that names any, and its text: the secretariat's question ("could you
    confirm Ms. X's title?") may sit between a reply that gives only the detail and the proposal it completes."""
    while quoted:
        inner = split(unquote(quoted))
        earlier, _, _, _ = _sources(inner.new, None, {}, decision, rules)
        if earlier:
            return earlier, inner.new
        quoted = inner.quoted
    return [], ""


def _restated_quoted_title(quoted: str, new: str, fnew: Folded, decision: Decision,
                           rules: ExtractRules) -> tuple[list[Cand], str]:
    """The one speaker the nearest quoted proposal names, with the title a statement of the reply gives
    (phrases.title_statement), which corrects the one proposed; of several, the one the reply calls by a name
    ("his correct title is" after "we would also like Tamer to ..."); nothing when that leaves several or none."""
    at = list(_statement_ends(new, fnew, rules.title_statement, rules))
    if quoted and at:
        earlier, body = _nearest_proposal(quoted, decision, rules)
        if len(earlier) > 1:
            said = set(word_tokens(fnew.text))
            earlier = [c for c in earlier if said & {t for t in word_tokens(fold(c.name or "")) if len(t) > 2 and t not in rules.particles}]
        if len(earlier) == 1 and earlier[0].name and any(_state_title(earlier[0], new, a, rules) for a in sorted(at)):
            return earlier, body
    return [], ""


def _named_quoted_title(quoted: str, new: str, decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The one speaker of the nearest quoted proposal, proposed without a title, with the post a sentence of the reply
    opening with their name states ("Pardon, j'ai oublié de préciser : Aminata est rédactrice en chef de X", "Rami is
    Head of Y"); nothing when no such sentence. The rest of their record is on file: an organisation read off the
    statement only fills a gap there."""
    earlier, body = _nearest_proposal(quoted, decision, rules)
    if len(earlier) != 1 or not earlier[0].name or earlier[0].title:
        return [], ""
    c = earlier[0]
    _named_title(c, new, rules)
    if not c.title:
        return [], ""
    if c.prov.get("affiliation") == "statement":
        c.prov["affiliation"] = "prose"
    return [c], body


def _honoured(text: str, rules: ExtractRules) -> list[Cand]:
    """The people a text names after an honorific, each once ("Mme X ... Mme X" is one): the name is the words up to a
    punctuation mark."""
    out: list[Cand] = []
    for m in re.finditer(r"\S+", text):
        honorific = split_honorific(unglued(m.group()), rules)[0]
        if honorific and m.group()[-1] not in ",،;:":  # "Dear Sir/Madam,": a salutation names no one after it
            name, _ = name_tokens(re.split(r"[,،.;:()]|['’]s\b", text[m.end() :], maxsplit=1)[0].strip(), rules)
            words = set(word_tokens(fold(name)))
            if words and not any(words <= set(word_tokens(fold(c.name or ""))) for c in out):
                out.append(Cand(name=name, honorific=honorific, prov={"name": "prose"}))
    return out


def _quoted_speaker(quoted: str, named: set[str], decision: Decision, rules: ExtractRules) -> tuple[list[Cand], str]:
    """The speakers the new text names in the nearest quoted message that proposes them, and that message's text: the
    secretariat's question about a speaker may sit between the reply and the proposal."""
    while quoted:
        inner = split(unquote(quoted))
        earlier, _, _, _ = _sources(inner.new, None, {}, decision, rules)
        if found := [c for c in earlier if c.name and named & set(word_tokens(fold(c.name)))]:
            return found, inner.new
        quoted = inner.quoted
    return [], ""


def _named_in_statements(folded: str, rules: ExtractRules) -> set[str]:
    """The words of a folded text's name and title statements and the word before each, which may name the speaker
    without an honorific ("Rodel's title is ...", "le titre de Rodel est ...", "المسمى الوظيفي لرامي هو": "ل" is "of")."""
    out: set[str] = set()
    for p in (*rules.name_statement, *rules.title_statement, *rules.title_reply):
        for m in p.finditer(folded):
            before = folded[: m.start()].split()[-1:]
            words = word_tokens(" ".join([*before, m.group()]))
            out.update(t for w in words for t in (w, w.removeprefix("ل")) if t not in rules.particles and len(t) > 2)
    return out


def _state_title(c: Cand, text: str, at: int, rules: ExtractRules) -> bool:
    """Set the title (and organisation) a statement gives from `at` on ("… est « Responsable X » (et non Y)")."""
    segs = comma_segments(re.split(r"\s*\(", sentence_from(text, at, rules), maxsplit=1)[0])
    if not segs or opens_clause(segs[0], rules):
        return False
    # a title in quotes is the quoted words, what follows aside ('"مديرة برنامج X" مش منسقة', "« X », pas Y")
    quoted = re.match(r"\s*[«“\"]\s*([^«»“”\"]+?)\s*[»”\"]", segs[0])
    seg = quoted.group(1) if quoted else segs[0].strip(" «»“”\"'")
    if opens_with_participle(seg, rules):
        return False
    # (the sentence may go on about the person: "هي منسقة الشبكة وبتحكي عربي", cut before the unit is split off)
    title, aff = split_title(before_clause(seg, rules), rules)
    value = bare_title(clean_value(first_title(title, rules, seg), rules), rules)
    if not aff and value and " " in value and glued_reference(value.split()[-1], rules):
        value = value.rsplit(None, 1)[0]  # "هي مسؤولة التواصل بمجموعتنا": the post, at the proposing body
    if not value:
        return False
    if not aff and len(segs) > 1 and (unit := _field_before_place(segs[1], rules)):
        value = f"{value}{'، ' if ARABIC.search(unit) else ', '}{unit}"  # "X is Senior Adviser, Migration in our Oslo office"
    c.title, c.prov["title"] = value, "statement"
    aff = bare_title(aff, rules)  # "في الجمعية منذ عام 2016": where, then since when
    if aff and not c.affiliation:
        set_affiliation(c, aff, rules, "statement")
    return True


def _field_before_place(seg: str, rules: ExtractRules) -> str | None:
    """The field of work a piece after a stated post opens with, up to where the post is held ("Migration and Protection
    in our Oslo office", "plaidoyer et recherche au bureau de Tunis"): part of the title, as on a signature line."""
    field = re.split(rf"\s+(?:{rules.place_link_re})\s", seg, maxsplit=1, flags=re.IGNORECASE)[0].strip()
    return strip_punct(field) if is_field(field, rules) else None


def _statement_ends(text: str, ft: Folded, patterns: tuple[re.Pattern[str], ...], rules: ExtractRules) -> Iterator[int]:
    """Where the title stated in a reply starts, after each match of these patterns and of phrases.post_statement,
    which states a post only when title words follow ("Mme X est Coordinatrice régionale du réseau, et non Chargée de
    mission"; not "she is happy to speak at roundtable 2 rather than the plenary")."""
    for p in patterns:
        for m in p.finditer(ft.text):
            yield ft.at(m.end())
    for p in rules.post_statement:
        for m in p.finditer(ft.text):
            at = ft.at(m.end())
            if rules.title_words.hits(fold(sentence_from(text, at, rules).split(",")[0])):
                yield at


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or line) holding position `at` starts."""
    return max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1


def _stated_title(c: Cand, text: str, rules: ExtractRules) -> None:
    """A title stated about the speaker by name ("le titre exact de M. X est …", "يشغل الأستاذ X منصب …").

    It overrides a title read elsewhere: a sentence that says what the title is corrects the others.
    The statement must name the speaker in the words before the title (a family or given name).
    """
    joined = "\n".join(logical_lines(text))
    ft = Folded(joined)
    names = {t for t in word_tokens(fold(c.name or "")) if len(t) > 2 and t not in rules.particles}
    statements = [(p, False) for p in rules.title_statement] + [(p, True) for p in rules.post_statement]
    for p, needs_post in statements:
        for m in p.finditer(ft.text):
            sentence_start = _sentence_start(ft.text, m.start())
            if needs_post and not rules.title_words.hits(fold(sentence_from(joined, ft.at(m.end()), rules).split(",")[0])):
                continue  # "X serves as a bridge between ...": what the person does, no post
            if names & set(word_tokens(ft.text[sentence_start : m.end()])) and _state_title(c, joined, ft.at(m.end()), rules):
                return


def _pronoun_statements(text: str, patterns: tuple[re.Pattern[str], ...], kind: str,
                        rules: ExtractRules) -> Iterator[tuple[str, int, str]]:
    """The sentences that open with a pronoun and a statement (phrases.title_pronoun, phrases.affiliation_pronoun)
    followed by a phrase of this kind ("title" or "org"): the joined text, where the phrase starts, and the phrase."""
    joined = "\n".join(logical_lines(text))
    ft = Folded(joined)
    for p in patterns:
        for m in p.finditer(ft.text):
            if ft.text[_sentence_start(ft.text, m.start()) : m.start()].strip():
                continue  # "... qu'il est le plus qualifié": the pronoun does not open the sentence
            at = ft.at(m.end())
            segs = comma_segments(sentence_from(joined, at, rules))
            if segs and phrase_kind(segs[0], rules) == kind:
                yield joined, at, segs[0]


def _pronoun_details(c: Cand, text: str, rules: ExtractRules) -> None:
    """The title and organisation of the only speaker that a sentence opening with a pronoun states, when nothing else
    gave them: "Il est le Secrétaire général de X depuis 2015", "She runs the legal clinic of Y". What follows must read
    as a post (or a body), not a description ("il est le bienvenu")."""
    if not c.title:
        for joined, at, _ in _pronoun_statements(text, rules.title_pronoun, "title", rules):
            if _state_title(c, joined, at, rules):
                break
    if not c.affiliation:
        for _, _, seg in _pronoun_statements(text, rules.affiliation_pronoun, "org", rules):
            set_affiliation(c, bare_title(seg, rules) or seg, rules, "statement")
            if c.affiliation:
                break


def _named_title(c: Cand, text: str, rules: ExtractRules) -> None:
    """The title a sentence opening with this speaker's name states, when nothing else gave one (phrases.title_named):
    "Sister Rita is Coordinator of X at Y", "Karim est le trésorier de W". The words before the statement are the
    speaker's name and honorifics only, and what follows must read as a post ("Rita is the best person to ..."). A title
    read before is replaced only by a statement that writes it out in full ("their founder X" then "X is Founder and
    Coordinator of the group")."""
    names = set(word_tokens(fold(c.name or "")))
    before = set(word_tokens(fold(c.title or "")))
    if not names:
        return
    joined = "\n".join(logical_lines(text))
    ft = Folded(joined)
    for p in rules.title_named:
        for m in p.finditer(ft.text):
            # (after a colon that introduces it: "Pardon, j'ai oublié de préciser : Karim est ...")
            words = ft.text[_sentence_start(ft.text, m.start()) : m.start()].rsplit(":", 1)[-1].split()
            if not words or not names & set(word_tokens(" ".join(words))):
                continue
            if any(not names >= set(word_tokens(w)) and not split_honorific(w, rules)[0] for w in words):
                continue  # "Our proposal is the ...", "Rita's colleague is the ...": not a statement about the speaker
            at = ft.at(m.end())
            segs = comma_segments(sentence_from(joined, at, rules))
            if before and not before < set(word_tokens(fold(segs[0] if segs else ""))):
                continue  # a title read before stands, unless this one is it written out
            if not segs or phrase_kind(segs[0], rules) != "title":
                continue
            if before:
                trial = replace(c, title=None, prov=dict(c.prov))
                if _state_title(trial, joined, at, rules):
                    # (not "X is a Senior Fellow whose research ...": a description past the post, no fuller title)
                    if all(rules.title_words.has(t) or t in rules.name_links
                           for t in set(word_tokens(fold(trial.title or ""))) - before):
                        c.title, c.prov["title"] = trial.title, "statement"
                    return
            elif _state_title(c, joined, at, rules):
                return


def _details_after_name(c: Cand, text: str, rules: ExtractRules) -> None:
    """The title and organisation written after a speaker's full name and a comma, when no source gave either: the
    sender who asks for themself and writes their details in the sentence ("je sollicite une prise de parole : Fatou
    X, chargée de plaidoyer, Association Y", "I request the floor: Ali X, coordinator, Z Network", "أطلب مداخلة: سعاد X،
    منسقة المشاريع، جمعية Y")."""
    if c.title or c.affiliation or not c.name or len(c.name.split()) < 2:
        return
    joined = "\n".join(logical_lines(text))
    for m in re.finditer(rf"(?<!\w){re.escape(c.name)}(?=\s*[,،])", joined, re.IGNORECASE):
        found = person_phrase(sentence_from(joined, m.start(), rules), rules, "prose")
        if found and same_person(found.name or "", c.name) and (found.title or found.affiliation):
            c.set("title", found.title, "prose")
            c.set("affiliation", found.affiliation, "prose")
            return


def _appositions(text: str, rules: ExtractRules) -> list[Cand]:
    """People named after an honorific in any sentence, with the title around them ("our Secretary General, Dr. X")."""
    out: list[Cand] = []
    for line in logical_lines(text):
        for _, sent in line_sentences(line, rules):
            for m in re.finditer(r"\S+", sent):
                # (a sentence after the first on its line opens with the space after the full stop: nothing before it)
                before = sent[: m.start()].split()
                if not split_honorific(m.group(), rules)[0] or (before and split_honorific(before[-1], rules)[0]):
                    continue
                c = person_phrase(sent[possessive_start(sent, m.start(), rules) :], rules, "prose")
                if c is not None and c.name and not any(same_person(c.name, o.name) for o in out):
                    out.append(c)
    return out


def _carried_author(forwarded: str, inner: MessageParts, rules: ExtractRules) -> tuple[str | None, str | None, Sig] | None:
    """The author of a forwarded message: (name, honorific, their signature), from its signature, else its From line;
    None without a From line."""
    m = next(filter(None, map(OUTLOOK_FROM.match, forwarded.split("\n"))), None)
    if m is None:
        return None
    fsig = read_signature(inner, rules)
    hon, display = name_like(email.utils.parseaddr(m.group("v").strip())[0] or "", rules)
    if fsig.name and display and not set(word_tokens(fold(fsig.name))) & set(word_tokens(fold(display))):
        # a signature sharing no word with the forwarded From: is not its author's (the forwarder's own, below the forward)
        fsig = Sig()
    return fsig.name or display, fsig.honorific or hon, fsig


def _as_carried_author(c: Cand, forwarded: str, inner: MessageParts, rules: ExtractRules) -> None:
    """Complete a speaker who is the forwarded message's author ("moi-même" there) from its signature or From line."""
    author = _carried_author(forwarded, inner, rules)
    if author is None or not author[0]:
        return
    name, hon, fsig = author
    c.set("name", name, "signature" if fsig.name else "display_name")
    c.set("title", fsig.title, "signature")
    c.set("affiliation", fsig.affiliation, "signature")
    c.honorific, c.is_self = c.honorific or hon, False


def _forwarded_sender(parts: MessageParts, inner: MessageParts, rules: ExtractRules) -> Cand | None:
    """The author of a forwarded request who asks to speak, when the sender passes on their request."""
    author = _carried_author(parts.forwarded, inner, rules)
    if author is None:
        return None
    name, hon, fsig = author
    # the author asks in the first person, the sender points at their request, or names them ("if Ms. X could speak")
    mentioned = {t for n in honorific_names(parts.new, rules, min_words=1) for t in word_tokens(fold(n))}
    if not (_asks_for_self(inner.new, rules) or _points_at_request(parts.new, rules)
            or mentioned & set(word_tokens(fold(name or "")))):
        return None
    named = _appositions(parts.new, rules)
    # (the sender may spell the author's name another way: "Br. Muhammad Rizvi" over a request signed "Mohamed Rizvi
    # Farook"; the author's own spelling is the name)
    alike = [c for c in named if same_person(c.name, name) or spelt_alike(c.name, name, rules)]
    if not name or (named and not alike):
        return None  # the sender's text names someone else: not this request's author
    c = alike[0] if alike else Cand(honorific=hon)
    if not same_person(c.name, name):
        c.name = None
    c.set("name", name, "signature" if fsig.name else "display_name")
    c.set("title", fsig.title, "signature")
    c.set("affiliation", fsig.affiliation, "signature")
    if not c.title:
        # what the author says of themself in the request ("I'd like to speak. I work as a paralegal at X")
        describe_self(c, inner.new, rules)
    c.org_ref = c.org_ref or not c.affiliation  # else the forwarding organisation's
    return c


@dataclass
class _Found:
    """What the sources give: the speakers by trust, the organisation a label names, prose speakers whose details fill
    in the others', whether someone other than the sender is proposed, and the text whose roles are everyone's."""

    cands: list[Cand]
    org: str | None
    fill: list[Cand]
    third: bool
    role_body: str


def _read_sources(parsed: Parsed, parts: MessageParts, decision: Decision, docs: Mapping[str, DocText],
                  rules: ExtractRules) -> _Found:
    """The speakers the sender's text gives, else those of a request it forwards."""
    found = _Found(*_sources(parts.new, parsed.html, docs, decision, rules, parts.quoted), role_body=parts.new)
    if not found.cands and parts.forwarded:
        _forwarded_request(found, parts, decision, rules)
    if not found.cands:
        _attached_letter(found, parts, docs, decision, rules)
    return found


def _attached_letter(found: _Found, parts: MessageParts, docs: Mapping[str, DocText], decision: Decision,
                     rules: ExtractRules) -> None:
    """A body that only points at an attached letter (no report): the speakers its sentences name, with its roles."""
    for name, doc in docs.items():
        if doc.readable and name not in decision.report_attachments:
            cands, third = prose_speakers(doc.text, rules)
            if cands:
                found.cands, found.third, found.role_body = cands, third, parts.new + "\n" + doc.text
                return


# How many carried messages deep a forwarded request's author is looked for (a forward of a forward of the request).
_FORWARDS_DEEP = 3


def _forwarded_request(found: _Found, parts: MessageParts, decision: Decision, rules: ExtractRules) -> None:
    """A forwarded nomination: the speakers of the carried-along message, else its author when they ask to speak."""
    inner = split(_forwarded_body(parts.forwarded))
    cands, org, fill, _ = _sources(inner.new, None, {}, decision, rules)
    if cands:
        found.cands, found.fill, found.third = cands, fill, True
        found.org = found.org or org
        found.role_body = parts.new + "\n" + inner.new
        fsig = read_signature(inner, rules)
        for c in cands:
            if c.is_self and not c.name:
                # "moi-même" in the forwarded request is its author, not the sender who passes it on
                _as_carried_author(c, parts.forwarded, inner, rules)
            elif same_person(c.name, fsig.name):
                c.set("title", fsig.title, "signature")
                c.set("affiliation", fsig.affiliation, "signature")
        found.cands = _with_author_asking(cands, parts, inner, rules)
        return
    named = _details_of_named(parts.new, inner.new, rules)
    if named is not None:
        found.cands, found.third, found.role_body = [named], True, parts.new + "\n" + inner.new
        return
    # "Please find below the request of our Secretary General, Dr. X": its author is the speaker
    author = _forwarded_sender(_asking_hand(parts, rules), inner, rules)
    if author is not None:
        found.cands, found.third, found.role_body = [author], True, parts.new + "\n" + inner.new


def _asking_hand(parts: MessageParts, rules: ExtractRules) -> MessageParts:
    """The parts with the forwarded text starting at the carried message whose author asks for themself, when the
    request came through more hands ("Pour suite à donner, ci-dessous la proposition de notre Institution" over a
    colleague's "Merci de transmettre" over "je me propose comme rapporteuse"): a message in the middle that asks
    nothing for its author only passes the request on."""
    lines = parts.forwarded.split("\n")
    heads = [i for i, ln in enumerate(lines) if OUTLOOK_FROM.match(ln)]
    for k, i in enumerate(heads[: _FORWARDS_DEEP]):
        if _asks_for_self("\n".join(lines[i : heads[k + 1] if k + 1 < len(heads) else len(lines)]), rules):
            return replace(parts, forwarded="\n".join(lines[i:])) if k else parts
    return parts


def _asks_for_self(text: str, rules: ExtractRules) -> bool:
    """Whether a text asks in the first person ("I would like to speak", "je me propose comme rapporteuse")."""
    f = fold(text)
    return any(p.search(f) for p in (*rules.own_request, *rules.self_nomination))


def _with_author_asking(cands: list[Cand], parts: MessageParts, inner: MessageParts, rules: ExtractRules) -> list[Cand]:
    """The author of the forwarded request first, when they ask to speak themself besides the colleague they name
    ("I would like to speak in a plenary, and our legal researcher X would like to intervene in roundtable 2"), as
    `with_sender_asking` does for the sender's own text."""
    if not all(c.prov.get("name") == "prose" and not (c.is_self or c.first_person) for c in cands):
        return cands  # a labelled record names the speaker: the request is theirs, whoever forwarded it
    clause = own_request(inner.new, cands, rules)
    author = _forwarded_sender(parts, inner, rules) if clause else None
    if author is None or any(same_person(author.name, c.name) for c in cands):
        return cands
    author.role_text = clause
    describe_self(author, inner.new, rules)  # "Please mention that I am the Executive Director of X"
    return [author, *cands]


def _details_of_named(new: str, carried: str, rules: ExtractRules) -> Cand | None:
    """The person the sender names by an honorific and one name ("we'd like Dr. Sahra for roundtable 4"), as the
    carried-along text gives them in full on a line of its own ("Sahra Abdi Warsame, Research Lead, HAMYN")."""
    named = {t for name in honorific_names(new, rules, min_words=1) for t in word_tokens(fold(name))}  # "Dr. Sahra", "الدكتورة سهرة"
    for line in logical_lines(carried) if named else ():
        if not named & set(word_tokens(fold(line))):
            continue
        for m in re.finditer(r"\S+", line):  # the full name may open the line or follow a word of assent
            c = person_phrase(line[m.start() :], rules, "prose")
            if c and c.name and len(c.name.split()) > 1 and (c.title or c.affiliation) and named & set(word_tokens(fold(c.name))):
                return c
    return None


def _signed_below(cands: list[Cand], parts: MessageParts, rules: ExtractRules) -> None:
    """The title and organisation of a speaker the sender names, from their own labelled record or signature in the
    message forwarded below ("X propose Y comme rapporteure" over Y's "OK pour moi" signed "Y / Vice-présidente / Z";
    "please find below the speaker form of our colleague Y" over the form's "Title: ..."): a record or signature
    under the person's own name, not the forwarder's nor another colleague's."""
    if not parts.forwarded or all(c.title for c in cands):
        return  # (nothing to read the forwarded signature for)
    inner = split(_forwarded_body(parts.forwarded))
    fsig = read_signature(inner, rules)
    records, _ = labelled_speakers("\n".join((inner.new, inner.signature)), rules, "labelled")
    for c in cands:
        for other, source in [*((r, "labelled") for r in records), (fsig, "signature")]:
            if not c.title and same_person(c.name, other.name):
                c.set("title", other.title, source)
                c.set("affiliation", other.affiliation, source)


def _senders_own(cands: list[Cand], parts: MessageParts, sig: Sig) -> list[Cand]:
    """The speakers the sender proposes: not one named only in the quoted text, nor the sender's own sign-off."""
    quoted, new = fold(parts.quoted), fold(parts.new + "\n" + parts.forwarded)
    cands = [c for c in cands if not (c.name and fold(c.name) in quoted and fold(c.name) not in new)]
    if len(cands) > 1:
        # the sender's sign-off ("د. هشام الروسان" over their title) read as one more honorific line is not a speaker
        cands = [c for c in cands if not signs_off(c, parts.new, sig)] or cands
    return cands


def _fill_in(c: Cand, fill: list[Cand], rules: ExtractRules) -> None:
    """The title, organisation and honorific the prose gives a speaker read from another source."""
    for other in fill:
        if not same_person(c.name, other.name):
            continue
        for what in ("title", "affiliation"):
            value = getattr(other, what)
            if what == "affiliation" and value and asks_for_role(value, rules):
                continue  # a table's role cell read on as prose ("مداخلة في الجلسة العامة") is no organisation
            c.set(what, value, other.prov.get(what, "prose"))
        c.org_ref = c.org_ref or other.org_ref
        c.honorific = c.honorific or other.honorific


def _form_relay(parsed: Parsed, new: str) -> bool:
    """Whether the message relays a visitor's form (a website's contact form, a file-transfer service): sent from
    another address than the Reply-To, which the text gives as the visitor's ("Email: x@y", "البريد الإلكتروني: x@y")."""
    return bool(parsed.reply_to) and parsed.reply_to != parsed.from_addr and parsed.reply_to in new.lower()


def _detailed(found: _Found, cands: list[Cand], sig: Sig, parsed: Parsed, new: str, rules: ExtractRules) -> list[Cand]:
    """The named speakers with what the prose, the signature and (for the sender) the display name add; a speaker named
    twice is one, and a title stated about a speaker by name is theirs."""
    for c in cands:
        _fill_in(c, found.fill, rules)
        # (the speaker named in Arabic letters who signs in Latin ones, "فاطمة الزهراء بنعلي" over "Fatima Zahra BENALI")
        signed = same_person(c.name, sig.name) or transcribed(c.name, sig.name, rules)
        if signed:
            from_signature(c, sig)
        if signed or c.first_person:
            # the sender's "I am a lecturer in X at Y" is about this speaker: the one who signs, or who wrote "My name
            # is X" over a signature of the first name alone
            describe_self(c, new, rules)
        if c.is_self or not c.name:
            as_sender(c, sig, parsed, rules)
    if len(cands) == 1 and not found.third and not cands[0].title and cands[0].prov.get("name") == "labelled":
        # "أنا صحفي مستقل ... وأرغب في المشاركة" over "الاسم: X": the sender asks for themself and names themself;
        # a website's contact form relays its visitor, who is the one writing ("I teach at X", "أعمل أستاذة في Y")
        describe_self(cands[0], new, rules, asking=not _form_relay(parsed, new))
    cands = merged([c for c in cands if c.name], rules)
    for c in cands:
        _stated_title(c, new, rules)
        _named_title(c, new, rules)
    # "He is the X of Y" can only be about the one speaker who is not the sender (the sender may describe themself too:
    # "My name is X and I am a PhD candidate ... I propose my supervisor, Prof. Y. He's Professor of ...")
    others = [c for c in cands if not c.is_self and not same_person(c.name, sig.name)]
    if len(others) == 1:
        _pronoun_details(others[0], new, rules)
    return cands


def _unnamed(found: _Found, sig: Sig, parsed: Parsed, parts: MessageParts, decision: Decision,
             rules: ExtractRules) -> list[Cand]:
    """The speaker of a message whose sources name none: the one a reply completes, a person described on a line of
    their own, the person the subject names, else the sender when no one else is proposed."""
    fnew = fold(parts.new)
    if parts.quoted:
        # A reply that completes a speaker proposed in the quoted message ("Mr. X's position: ..."); before a line
        # read as someone described, which in such a reply is the sentence that names them ("…للأستاذة رحاب:")
        cands, quoted_body = _completed(parts, decision, rules)
        if cands:
            if not (asks_for_role(parts.new, rules) and not _adds_a_role(parts.new, rules)):
                # the roles asked for before, unless the reply asks for another one instead
                found.role_body = parts.new + "\n" + quoted_body
            elif len(cands) == 1:
                # the one speaker the reply asks another role for: not the role their quoted row or item asked
                cands[0].role_text = ""
            return cands
    if not found.third and (described := person_lines(parts.new, rules)):
        # "Ali Hassan, prog officer, Sudan Migrant Network" on a line of its own: the sender, described
        return described[:1]
    # (a message that is its subject line alone points at it as much as "see the subject line" does)
    pointed = any(p.search(fnew) for p in rules.subject_pointer) or subject_only(parsed, parts)
    if (person := subject_person(strip_prefixes(parsed.subject), rules, pointed)) is not None:
        # "Veuillez trouver en objet notre demande": the person is named in the subject line
        return [person]
    if any(p.search(fnew) for p in rules.self_nomination):
        pass  # "je me propose", "أرشح نفسي": the sender, whatever else the message names
    elif found.third or names_another(parts.new, sig, parsed, rules):
        return []
    cands = sender_described(sig, parsed, parts.new, rules)
    for c in cands:
        _details_after_name(c, parts.new, rules)
    return cands


_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


def _adds_a_role(new: str, rules: ExtractRules) -> bool:
    """Whether a reply says the role it asks comes on top of the first ("she would also like to be rapporteur"): the
    word is in a sentence that asks a role, not in another ("Also, her position has changed")."""
    return any(any(p.search(fold(s)) for p in rules.role_added) and asks_for_role(s, rules)
               for s in _SENTENCE_END.split(new))


def _own_role_text(c: Cand, alone: bool) -> str:
    """The text that states this speaker's own roles: its cell, item or part of a sentence. One speaker named in a
    sentence takes every role the message states instead."""
    return c.role_text if c.role_text and not (c.sentence_roles and alone) else ""


def _role_line_under_each_block(cands: list[Cand], role_body: str, rules: ExtractRules) -> None:
    """Several labelled blocks each followed, on the line right under them, by a sentence asking a role ("Name: A /
    Position: B / Organization: C" then "She wishes to speak in roundtable 2"): each sentence is its block's speaker's
    own. Only when every block has one; a line under the last block alone may be said for everyone ("Both ...")."""
    if len(cands) < 2 or any(c.role_text or not c.lines or c.prov.get("name") != "labelled" for c in cands):
        return
    lines = [ln.strip() for ln in role_body.split("\n")]
    taken: list[str] = []
    at = 0
    for c in cands:
        last = c.lines[-1].strip()
        end = next((i for i in range(at, len(lines)) if lines[i] == last), None)
        if end is None or end + 1 >= len(lines):
            return
        line = lines[end + 1]
        if (not line or any(line == ln.strip() for o in cands for ln in o.lines)
                or (rules.label_re is not None and rules.label_re.match(fold(line)))
                or not asks_for_role(line, rules)):
            return
        taken.append(line)
        at = end + 2
    for c, line in zip(cands, taken, strict=True):
        c.role_text, c.lines = line, (*c.lines, line)


def _assign_roles(cands: list[Cand], role_body: str, absent: list[Cand], parsed: Parsed, parts: MessageParts,
                  rules: ExtractRules, themes: tuple[str, ...]) -> None:
    """Each speaker's roles: from its own line or cell, else the part of a sentence given to it apart from the others,
    else what the sender's text (or the subject) says for everyone."""
    _role_line_under_each_block(cands, role_body, rules)
    alone = len(cands) == 1
    own_lines = {ln for c in cands if _own_role_text(c, alone) for ln in c.lines}
    shared_text = not_of_absent("\n".join(ln for ln in role_body.split("\n") if ln not in own_lines), cands, absent, rules)
    shared = _shared_roles(shared_text, role_body, parsed, parts, rules, themes)
    if not shared[0] and absent and any(p.search(fold(role_body)) for p in rules.same_roundtable):
        # "Mme X ne pourra pas intervenir à la table ronde. Elle sera remplacée par M. Y pour la même session": the one
        # role said of those replaced, its number from the quoted request
        roles, n = roles_stated("\n".join(ln for a in absent for ln in a.lines), rules, themes)
        if len(roles) == 1:
            shared = roles, n if n is not None or roles != ("roundtable",) else roles_stated(parts.quoted, rules, themes)[1]
    apart = roles_apart(cands, "\n".join(logical_lines(shared_text)), rules, themes)
    for c in cands:
        own = _own_role_text(c, alone)
        roles, n = roles_stated(own, rules, themes) if own else ((), None)
        if not roles and own and c.role_more:
            roles, n = roles_stated(c.role_more, rules, themes)  # "Mr. A and Ms. B for roundtable 2"
        source = c.prov.get("name", "labelled")
        if not roles and id(c) in apart:
            (roles, n), source = apart[id(c)], "prose"
        if not roles:
            (roles, n), source = shared, "prose"
        if roles:
            c.prov["roles"] = source
        c.roles, c.roundtable = roles, n if "roundtable" in roles else None
        if c.roundtable is not None:
            # (a postscript after the sign-off is read with the signature)
            c.roundtable = _corrected_roundtable(c, cands, f"{parts.new}\n{parts.signature}", rules, themes) or c.roundtable
    for k, c in enumerate(cands):
        if c.stands_in and not c.roles and (stood_for := next((o for o in reversed(cands[:k]) if o.roles), None)):
            # "If he has a conflict, the alternate will be Ms Y": the roles of the speaker Y stands in for
            c.roles, c.roundtable, c.prov["roles"] = stood_for.roles, stood_for.roundtable, "prose"


def _corrected_roundtable(c: Cand, cands: list[Cand], text: str, rules: ExtractRules, themes: tuple[str, ...]) -> int | None:
    """The roundtable a later line of the sender's text or signature (a postscript) gives this speaker against the one
    written before ("PS: Mme X souhaite intervenir à la table ronde n°4 (et non n°2)", "Ms X will speak at roundtable 4,
    not 2"): a line outside the speaker's own ones that names them (a word of their name no other speaker's has), no
    one else, and sets a number aside (phrases.role_corrected)."""
    if not rules.role_corrected or not c.name:
        return None
    others = {w for o in cands if o is not c and o.name for w in fold(o.name).split()}
    words = [w for w in fold(c.name).split() if len(w) >= 3 and w not in others]
    found = None
    for line in text.split("\n"):  # lines, not sentences: "Mr. X and Ms. Y" is one
        f = fold(line)
        if (not any(p.search(f) for p in rules.role_corrected) or any(line.strip() in ln for ln in c.lines)
                or not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", f) for w in words)
                or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", f) for w in others if len(w) >= 3)):
            continue
        roles, n = roles_stated(line, rules, themes)
        if "roundtable" in roles and n is not None and n != c.roundtable:
            found = n  # the last correction holds
    return found


def _shared_roles(shared_text: str, role_body: str, parsed: Parsed, parts: MessageParts, rules: ExtractRules,
                  themes: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """The roles the message asks for everyone, and the roundtable number: from the text, else the subject; "the same
    roundtable" is the one the quoted message asked for."""
    subject = strip_prefixes(parsed.subject)
    roles, n = roles_stated(shared_text, rules, themes)
    if not roles:
        roles, n = roles_stated(subject, rules, themes)
    if "roundtable" in roles and n is None:
        n = roles_stated(subject, rules, themes)[1]
        if n is None and any(p.search(fold(role_body)) for p in rules.same_roundtable):
            n = roles_stated(parts.quoted, rules, themes)[1]
    return roles, n


def _label_for_quoted(found: _Found, parts: MessageParts, decision: Decision, rules: ExtractRules) -> list[Cand]:
    """A reply whose only record is a title label ("Fonction : chargée de plaidoyer", "Title: X", "المسمى: Y") gives
    the title of the one speaker the nearest quoted proposal names still without one, not the sender's who signs it;
    the roles asked for there stay hers."""
    if not parts.quoted or found.third or len(found.cands) != 1:
        return []
    label = found.cands[0]
    if label.name or label.affiliation or not label.title or label.prov.get("title") != "labelled":
        return []
    earlier, body = _nearest_proposal(parts.quoted, decision, rules)
    if len(earlier) != 1 or not earlier[0].name or earlier[0].title:
        return []
    earlier[0].set("title", label.title, "labelled")
    found.role_body = parts.new + "\n" + body
    return earlier


def _speakers(parsed: Parsed, parts: MessageParts, decision: Decision, docs: Mapping[str, DocText],
              rules: ExtractRules, themes: tuple[str, ...], sig: Sig) -> tuple[list[Cand], str | None]:
    """The speakers the message proposes, with their roles, and the organisation a label names."""
    found = _read_sources(parsed, parts, decision, docs, rules)
    cands = _label_for_quoted(found, parts, decision, rules) \
        or _detailed(found, _senders_own(found.cands, parts, sig), sig, parsed, parts.new, rules)
    _signed_below(cands, parts, rules)
    cands, absent = observing_sender(*present_and_absent(cands, parts.new, rules), sig, parsed, parts.new, rules)
    if found.third:
        asking = with_sender_asking(introduced_only(cands, parts.new, rules), sig, parsed, parts.new, rules)
        if len(asking) > len(cands):
            # with the sender asking for themself, the one colleague named may be said to come without speaking
            # ("Je souhaite intervenir ... Mon collègue X suivra la table ronde, sans intervenir")
            asking, silent = present_and_absent(asking, parts.new, rules)
            absent = [*absent, *silent]
        cands = asking
    if not cands:
        cands = _unnamed(found, sig, parsed, parts, decision, rules)
    # the themes of the campaign, else the ones the message itself lists (a quoted invitation)
    themes = themes or listed_themes("\n".join((parts.quoted, parts.forwarded, parts.new)), rules)
    _assign_roles(cands, found.role_body, absent, parsed, parts, rules, themes)
    return cands, found.org


# An arrow between two values on a line: "Ms. X, Paralegal, EAMWN-Gulf -> Open discussion", "Dr Y => table ronde 2"
# (one opening a line marks an item, as "-" does)
_ARROW = re.compile(r"(?<=\S)[ \t]+(?:-+>|=+>|[→⇒➔➜])[ \t]+")
# A double hyphen after a value, typed for a dash: "Director of X -- plenary session" (alone on its line, "--" opens
# a signature, also behind the ">" of a quoted message: "> --"; a ">" that closes an address is a value's end)
_DOUBLE_HYPHEN = re.compile(r"(?:(?<=[^\s>])|(?<=[^\s>]>))[ \t]+--(?=[ \t]+\S|[ \t]*$)", re.MULTILINE)


def _points_at_request(new: str, rules: ExtractRules) -> bool:
    """Whether the sender's text points at the message below as a colleague's own request ("see her message below")."""
    return any(p.search(fold(new)) for p in rules.pointed_request)


def _pointed_carry(parts: MessageParts, rules: ExtractRules) -> MessageParts:
    """An original message quoted below a text that points at it as its author's request is carried along to us, as a
    forward is ("Our secretary hopes to speak, please see her message below. -----Original Message----- From: X")."""
    if parts.forwarded or not parts.quoted or not _points_at_request(parts.new, rules):
        return parts
    return replace(parts, quoted="", forwarded=parts.quoted)


def _arrows_as_dashes(parts: MessageParts) -> MessageParts:
    """The parts with each arrow or double hyphen between two values read as the dash that separates them elsewhere."""
    return replace(parts, **{k: _as_dashes(getattr(parts, k)) for k in ("new", "signature", "quoted", "forwarded")})


def _as_dashes(text: str) -> str:
    # (a text with no arrow or "--" is left as it is without the patterns being tried at each of its characters: most
    # are, and the quoted part may hold a long thread)
    if any(arrow in text for arrow in ("->", "=>", "→", "⇒", "➔", "➜")):
        text = _ARROW.sub(" – ", text)
    return _DOUBLE_HYPHEN.sub(" –", text) if "--" in text else text


# The stamp a chat app puts before each line of a conversation copied into a mail: "[03/02/2021, 18:20] Sami: ",
# "03/02/2021, 18:20 - Sami: ", "2/3/21, 6:20 PM - أم علي: "
_CHAT_STAMP = re.compile(r"^[ \t]*\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?"
                         r"[ \t]*(?:-[ \t]*)?[^:\n]{1,40}?:[ \t]+", re.MULTILINE)


def _without_chat_stamps(parts: MessageParts, rules: ExtractRules) -> MessageParts:
    """The parts with a pasted chat conversation read as its lines: each line's date, time and author left out, so
    that "[03/02/2021, 18:20] Sami: Name: Sami Rahal" reads as the record line it is. One stamped line alone
    is not a conversation and stays as written."""
    return replace(parts, **{k: _CHAT_STAMP.sub("", _chat_name_labels(text, rules)) if len(_CHAT_STAMP.findall(text)) > 1
                             else text for k in ("new", "quoted", "forwarded") if (text := getattr(parts, k))})


def _chat_name_labels(text: str, rules: ExtractRules) -> str:
    """The conversation with the colon put after each name label a chat line types without one ("[17/02/2021, 10:41]
    Omar: name Omar Haddad" -> "... name: Omar Haddad", "nom Awa Diallo", "الاسم حسن يونس"): a line of the label and
    two to six words of a name, capitalised as names are, and nothing else ("name the session you prefer" is a sentence)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not (stamp := _CHAT_STAMP.match(line)):
            continue
        words = line[stamp.end():].split()
        for n in range(1, min(4, len(words) - 2) + 1):
            value = words[n:]
            if rules.field_of.get(fold(" ".join(words[:n])).strip()) == "name" and len(value) <= 6 \
                    and all(w.replace("-", "").replace("'", "").isalpha() and (w[0].isupper() or not w[0].isascii())
                            for w in value):
                lines[i] = f"{line[:stamp.end()]}{' '.join(words[:n])}: {' '.join(value)}"
                break
    return "\n".join(lines)


_ACRONYM_OR_BRACKET = re.compile(r"\b[A-Z]{2,}\b|[()]")


def _pieces(value: str) -> list[str]:
    """The comma-, slash- or dash-separated pieces of a value."""
    return [p for p in re.split(r"\s*[,،;|/]\s*|\s+[-–—]\s+", value) if p.strip()]


def _without_mail_desk(value: str | None, rules: ExtractRules) -> str | None:
    """A signature's body without the mail desk that sends its letters ("ديوان وزارة العمل - قسم الصادر" -> "وزارة
    العمل", "Central Registry, Ministry of Labour" -> "Ministry of Labour"): nobody's affiliation. A value that is only
    a desk is kept, and so is a body that only opens with a desk's word ("ديوان المحاسبة")."""
    def desk(words: list[str]) -> bool:
        return " ".join(word_tokens(fold(" ".join(words)))) in rules.mail_desks

    if not value or not rules.mail_desks:
        return value
    split = re.split(r"(\s*[,،;|/]\s*|\s+[-–—]\s+)", value.strip())
    # (each piece kept with the separator written before it)
    kept = [(split[i - 1] if i else "", split[i]) for i in range(0, len(split), 2) if not desk(split[i].split())]
    if not kept:
        return value
    words = "".join(sep + piece for sep, piece in kept).removeprefix(kept[0][0]).split()
    for k in range(min(3, len(words) - 1), 0, -1):
        if desk(words[:k]):
            rest = words[k:]
            while len(rest) > 1 and fold(rest[0]) in rules.acronym_links:
                rest = rest[1:]
            if word_tokens(fold(rest[0]))[:1] and word_tokens(fold(rest[0]))[0] in rules.ministries:
                return " ".join(rest)
    return " ".join(words)


def _bare_unit(piece: str, rules: ExtractRules, *, held_in: bool = False) -> bool:
    """Whether a piece names a unit by a unit word and no body it is in ("Migration Policy Division", "إدارة البحوث";
    not "كلية الحقوق بالجامعة اللبنانية", nor a branch written with its body's acronym, "GSPWU (Sohar branch)").
    With `held_in` (the text writes a post of it: "Head of the Women Workers' Committee", "Président du Conseil
    communal"), also a committee named for what it does, not a body of its own ("National Committee for X"), a
    body's own council ("Conseil communal chargé des affaires sociales", "Bar Council", "المجلس البلدي") or its
    office named by no more than its rank ("Secrétariat général", "الأمانة العامة")."""
    if _ACRONYM_OR_BRACKET.search(piece):
        return False
    toks = word_tokens(fold(piece))
    if not toks:
        return False  # no word at all ("—", "2021"): no unit
    if held_in and any(" ".join(toks).startswith(c) and toks[len(c.split()) :][:1] in ([], ["charge"], ["chargee"])
                       for c in rules.councils):
        return True
    if held_in and len([t for t in toks if t.removeprefix("ال") in rules.offices]) == 1 \
            and all(t.removeprefix("ال") in rules.offices or t in rules.office_qualifiers for t in toks):
        return True  # "chargée de mission auprès du Secrétariat général": the body's own secretariat
    if held_in and rules.programmes & {toks[0], toks[-1]}:
        # "Field Coordinator, Water and Livelihoods Programme": a programme the post is held in, named for what it does
        rest = toks[1:] if toks[0] in rules.programmes else toks[:-1]
        return bool(rest) and not any(rules.org_words.has(t) or rules.org_words.has(t.removeprefix("ال"))
                                      or t in rules.office_qualifiers or t in rules.programme_scopes for t in rest)
    folded = fold(piece)
    if toks[0].removeprefix("ال") in rules.town_units and (town := re.search(r"(?:\s(?:of|de|du|d')\s*|\sب)(\w+)$", folded)) \
            and rules.places.hits(town[1]) and not rules.places.hits(folded[: town.start()]):
        return False  # "Faculty of Medicine of Sfax": the town's own faculty, a body of its own
    rest = unit_rest(piece, rules)
    # (held in it, the unit word itself may be one a body is named by, "committee", "لجنة": the words besides it decide)
    words = rest if held_in else toks
    return rest is not None and not any(rules.org_words.has(t) or rules.org_words.has(t.removeprefix("ال"))
                                        or (held_in and t in rules.office_qualifiers) for t in words or [])


def _board_of_body(value: str, body: str, rules: ExtractRules) -> bool:
    """Whether a value is the body's own governing board, named by its kind ("Board of Trustees"), by one word or the
    acronym of the body ("NCRS Board" of "Nile Churches Refugee Service (NCRS)", "مجلس الأوقاف" of "مؤسسة أوقاف
    السلام") or with a word pointing back ("مجلس إدارة الجمعية")."""
    toks = word_tokens(fold(value))
    if fold(value) == fold(body):
        return False
    whole = f" {' '.join(toks)} "
    if f" {' '.join(word_tokens(fold(body)))}".endswith((whole[:-1], " ل" + whole[1:-1])):
        # the body is named as the council's own ("الأمانة العامة لمجلس النواب", "General Secretariat of the National
        # Council"): it serves that council, which is no board of it
        return False
    flat = whole
    for compound in rules.title_compounds:
        flat = flat.replace(f" {compound} ", " ")
    # (a governing body named by a compound is a board too: "الهيئة الإدارية للجمعية", "Executive Committee of the Association")
    if flat == whole and not any(t in rules.boards for t in toks):
        return False
    own = {t.removeprefix("ال") for t in word_tokens(fold(body))}
    rest = [t for t in flat.split() if t not in rules.boards and t not in rules.articles and t not in rules.acronym_links]
    # (a council named by more words has a name of its own: "Council of Representatives of Iraq", "مجلس بلدية X"; the
    # body's word may be glued to "of the": "للجمعية")
    return len(rest) <= 1 and all(t.removeprefix("ال") in own or t in rules.org_reference
                                  or t.startswith("لل") and (t[2:] in own or "ال" + t[2:] in rules.org_reference) for t in rest)


def _units_only(value: str, rules: ExtractRules, *, held_in: bool = False) -> bool:
    """Whether every piece of a value is a bare unit ("Labour Migration Section, Migration Policy Division"): the value
    names no body ("Unit X, University Y" does)."""
    pieces = _pieces(value)
    return bool(pieces) and all(_bare_unit(p, rules, held_in=held_in) for p in pieces)


# what joins a post to the unit it holds it in: "of (the)", "du", "de la", "de l'", a comma on the same line; in
# Arabic the construct state ("رئيس المجلس البلدي"), not a title line over a line of its unit
_UNIT_LINK = (r"(?:[ \t]*[,،][ \t]*|\s+(?:auprès\s+(?:du|des|de\s+la)|of\s+the|of|du|des|de\s+la|de)\s+"
              r"|\s+(?:auprès\s+)?(?:de\s+l|d)['’]\s*{arabic})")


def _spaced(value: str) -> str:
    """A pattern for a value as written, whatever the spaces or line breaks between its words."""
    return r"\s+".join(map(re.escape, value.split()))


# A preposition of place before the body a post ends with ("طالبة ماجستير ... بكلية X", "chercheuse au Centre X",
# "researcher at the X Institute"), on folded text.
_AT_BODY = re.compile(r"(?:\s(?:في|لدي|at|in|with|au|aux|a|dans|chez)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?|\sب)$")


def _without_body_after(title: str | None, body: str | None) -> str | None:
    """A post without the body it is held at when the body is the person's organisation: "طالبة ماجستير بحث في علم
    اجتماع الهجرة" of "... بكلية الآداب والعلوم الإنسانية بصفاقس", the faculty being the affiliation."""
    if not title or not body:
        return title
    ft, fb = Folded(title), fold(body)
    if not ft.text.endswith(fb) or not (m := _AT_BODY.search(ft.text[: len(ft.text) - len(fb)])) or m.start() == 0:
        return title
    return strip_punct(ft.slice(0, m.start()))


def _post_in_unit(title: str | None, unit: str, written: str) -> str | None:
    """The post and the unit as the message writes them together ("Président du Conseil communal", "Director,
    Monitoring Unit"); None if it does not."""
    if not title:
        return None
    link = _UNIT_LINK.format(arabic=r"|[ \t]+" if ARABIC.search(unit) else "")
    m = re.search(rf"(?<!\w){_spaced(title)}{link}{_spaced(unit)}(?!\w)", written, re.IGNORECASE)
    return " ".join(m.group(0).split()) if m else None


def _unit_of_body(value: str, rules: ExtractRules, after: str = "") -> tuple[str, str] | None:
    """A unit and the body an Arabic value writes after it with "لـ" or "بـ" ("المجلس البلدي لبلدية صيدا" -> "المجلس
    البلدي", "بلدية صيدا"; "لجنة المرأة للاتحاد العام" -> ..., "الاتحاد العام"; "لجنة الحريات برابطة X" -> ...,
    "رابطة X"), the unit ending with `after` if given."""
    unit = rf".*{re.escape(after)}" if after else r".+?"
    m = re.fullmatch(rf"({unit})\s+(?:ل(ل?)|ب)(\w.*)", value)
    first = word_tokens(fold(m[3]))[:1] if m else []
    if not m or not _units_only(after or m[1], rules, held_in=True) \
            or not any(rules.org_words.has(t.removeprefix("ال")) for t in first):
        return None
    return m[1], ("ال" if m[2] else "") + m[3]


def _unit_word_alone(value: str, rules: ExtractRules) -> bool:
    """Whether a value is a unit word alone, a back-reference ("اللجنة", "the Committee"): no body to take."""
    toks = [t for t in word_tokens(fold(value)) if t not in rules.articles]
    return len(toks) == 1 and toks[0].removeprefix("ال") in rules.units


def _lone_unit(value: str, written: str, rules: ExtractRules) -> bool:
    """Whether a value is a unit the text never writes with its body ("Monitoring Unit" over "NCHR | Amman")."""
    return _units_only(value, rules, held_in=True) and not unit_with_its_body(value, written, rules)


def _as_written_in_full(title: str | None, affiliation: str | None, written: str,
                       rules: ExtractRules) -> tuple[str | None, str | None]:
    """The title and affiliation as the text writes them in full: the organisation's fuller name ("جمعية X" of
    "جمعية X للإغاثة والتنمية") or the bodies its unit belongs to, with its acronym or other name in brackets
    ("منظمة X (سند)"), acronym included; and a unit written between the post and the body moved into the title
    ("رئيس، المجلس البلدي لبلدية صيدا" -> "رئيس المجلس البلدي", "بلدية صيدا")."""
    affiliation = name_in_full(affiliation, written, rules) or unit_with_its_body(affiliation, written, rules) \
        or affiliation
    affiliation = with_its_alias(affiliation, written, rules) or affiliation
    if affiliation and title and (split := _unit_of_body(affiliation, rules)) \
            and (post := _post_in_unit(title, split[0], written)):
        return post, split[1]
    if affiliation and title and (split := _unit_of_body(title, rules, after=affiliation)):
        return split
    return title, affiliation


# a team or unit of a body, written in lower case before it: "the mobile team of X", "l'équipe mobile de X"
_TEAM_OF = re.compile(r"(?:the\s+|l['’]|la\s+|le\s+)?(?P<unit>\w+(?:\s+\w+){0,2})\s+(?:of\s+(?:the\s+)?|de\s+la\s+|"
                      r"de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?P<body>.+)")


def _team_of_body(value: str, rules: ExtractRules) -> str | None:
    """The body a team or unit named by a lower-case unit or office word belongs to ("équipe mobile de Médecins X",
    "the outreach team of the Y Network"), where no post is held: the team is not the body's name. None otherwise."""
    m = _TEAM_OF.fullmatch(value.strip())
    if not m or m["unit"] != m["unit"].lower():
        return None
    toks = word_tokens(fold(m["unit"]))
    if not (rules.units | rules.offices) & {toks[0], toks[-1]} or not org_start(m["body"], rules):
        return None
    return m["body"]


def _place_after(rest: str, rules: ExtractRules) -> bool:
    """Whether what a longer name adds is a place link and a place (" في الدوحة", " à Sfax"): where the body is, which
    an organisation's field in a form leaves out ("الجهة: مركز X" under "يتشرف مركز X في الدوحة بترشيح")."""
    m = re.fullmatch(rf"\s+(?:{rules.place_link_re})\s+(.+)", rest)
    return m is not None and is_place(strip_punct(m.group(1)), rules)


def _body_past_units(value: str | None, rules: ExtractRules) -> str | None:
    """A body without the units that open it ("Directorate of X, Organisation Y" -> "Organisation Y"); None if all units."""
    pieces = _pieces(value or "")
    while pieces and _bare_unit(pieces[0], rules):
        pieces.pop(0)
    return value[value.index(pieces[0]) :] if value and pieces else None


def extract(parsed: Parsed, parts: MessageParts, decision: Decision, language: str, docs: Mapping[str, DocText],
            rules: ExtractRules, themes: tuple[str, ...] = ()) -> Fields:
    """Speakers (for speaker requests), organisation, report title and withdrawal of one message."""
    parts = _pointed_carry(_arrows_as_dashes(_without_chat_stamps(parts, rules)), rules)
    # a message typed all in capitals, whose capitals mark no name, read in lower case ("I AM A STUDENT AND I SAW ...")
    new, signature = lower_case_capitals(parts.new, parts.signature)
    parts = replace(parts, new=new, signature=signature)
    # a name the sender writes in lower case where the context says it is one ("maya sfeir" signed under "--")
    parts = replace(parts, **{k: capitalise_lower_case_names(getattr(parts, k), parsed.from_name, parsed.from_addr, rules)
                              for k in ("new", "signature")})
    # `language` is not used to pick cues: mail mixes languages (an Arabic body, an English signature),
    # so the ar/en/fr cues are all tried on every message.
    sig = read_signature(parts, rules)
    sig.affiliation = _without_mail_desk(sig.affiliation, rules)
    cands: list[Cand] = []
    labelled_org: str | None = None
    if decision.is_speaker:
        cands, labelled_org = _speakers(parsed, parts, decision, docs, rules, themes, sig)
    else:
        _, labelled_org = labelled_speakers(parts.new, rules, "labelled")
    org, org_source = _organisation(labelled_org, cands, sig, parsed, parts.new, docs, decision, rules)
    written = "\n".join((parts.new, parts.signature, parts.forwarded, parts.quoted))
    acronyms = spelled_acronyms(written, rules)
    org = expand(org, acronyms, rules)
    speakers = []
    # "please correct our nominee's title": a title the reply gives (not the one it quotes) is stated outright, it
    # replaces the one on file
    folded_new = fold(parts.new)
    corrected = any(p.search(folded_new) for p in rules.title_corrected)
    proposer = next((c.subject_org for c in cands if c.subject_org), None)
    if proposer is None and (cands or not org):
        # (with no speaker to give a body to, the proposing organisation only stands in for a missing one)
        proposer = proposing_organisation(parts.new, rules, acronyms)
    if not org and proposer:
        org, org_source = expand(proposer, acronyms, rules), "prose"
    if not org and (introduced := self_introduced(parts.new, rules, acronyms)):
        # "نحن جمعية X، ..." with no signature or sentence that names the body: the group that introduces itself
        org, org_source = expand(introduced, acronyms, rules), "prose"
    if not org and (own := _own_quoted_affiliation(parsed, parts.quoted, rules)):
        # a reply adding to the sender's own request ("Our treasurer, X, would also like to speak" / "Nadim"): the body
        # their quoted message signs with
        org, org_source = expand(own, acronyms, rules), "signature"
    # the names written in full, which "the Commission", "بالهيئة" may refer back to
    full_names = [sig.affiliation, org, proposer, *(f"{full} ({acr})" for acr, full in acronyms.items())]
    # (the names as the text writes them; the name as read still matches the signature's below)
    names = names_as_written(cands, "\n".join((parts.new, parts.signature, parts.forwarded)), language, rules)
    for c, name in zip(cands, names, strict=True):
        if c.title and (post := without_own_body(c.title, rules)):
            # "responsable du plaidoyer de notre association, l'Association X": the post; the body is the one named
            # beside it, else the one proposing
            c.title, c.org_ref = post, c.org_ref or not c.affiliation
        # (the proposer read as the unit itself, "M. X, Président du Conseil municipal, souhaiterait": the next body)
        body = next(filter(None, (_body_past_units(v, rules) for v in (
            c.subject_org, proposer, org if org_source != "display_name" else None, sig.affiliation)
            if v and not _units_only(v, rules, held_in=True) and not _unit_word_alone(v, rules))), None)
        # (a title that ends with the unit, "رئيسة لجنة المرأة العاملة", is one the text writes the post of)
        held = (c.title if fold(c.title or "").endswith(" " + fold(c.affiliation)) else
                _post_in_unit(c.title, c.affiliation, written)) if c.affiliation else None
        if c.affiliation and body \
                and (_units_only(c.affiliation, rules) or held and _units_only(c.affiliation, rules, held_in=True)) \
                and not any(fold(c.affiliation) in fold(full) for full in full_names if full and not _lone_unit(full, written, rules)):
            # "ARSOD will be represented by Dr. X, Head of Unit, Migration Policy Division", "la Fédération X souhaite
            # proposer ... M. Y, conseiller, Direction des relations internationales": units with no body of their own
            # belong to the post, as on a signature line ("Coordinator, Migrant Desk"); the body is the one proposing,
            # else the sender's. (A unit the signature or the proposing sentence writes with its body is left to be
            # completed from there, as "Migration Health Unit - Faculty of Medicine, X University".) So do a committee or
            # council the text writes the post of ("Head of the Women Workers' Committee", "Président du Conseil
            # communal"), the title keeping it as written.
            if not fold(c.title or "").endswith(fold(c.affiliation)):  # a table may give it in both cells
                c.title = held or ("، " if ARABIC.search(c.affiliation) else ", ").join(v for v in (c.title, c.affiliation) if v)
            c.affiliation = None
            c.set("affiliation", body, "prose")
        if c.affiliation and not c.title and (team_of := _team_of_body(c.affiliation, rules)):
            c.affiliation = team_of  # "je travaille dans l'équipe mobile de X": her body is X
        if c.affiliation and (board_of := next((v for v in (c.subject_org, proposer, org, sig.affiliation)
                                                if v and _board_of_body(c.affiliation, v, rules)), None)):
            # "Rev. X, Chair of the NCRS Board", "رئيس مجلس الأوقاف": the person sits on the body's board; the title
            # keeps the board where the text writes the post with it
            c.title = _post_in_unit(c.title, c.affiliation, written) or c.title
            c.affiliation = None
            c.set("affiliation", board_of, "prose")
        if c.affiliation and not (speakers and speakers[-1].affiliation) and same_as_before(c.affiliation, rules):
            # "trainer at the same centre", "في نفس البرنامج" with no one's body named before: the body the message
            # is about, as "the Forum" points at it
            c.affiliation, c.org_ref = None, True
        if speakers and speakers[-1].affiliation and same_as_before(c.affiliation, rules):
            c.affiliation = speakers[-1].affiliation  # "2- X – أستاذة – الكلية نفسها", "Y, Lecturer, same faculty"
        elif c.outsider:
            pass  # "I act for my client X": the body that proposes or signs is the lawyer's, not the client's
        elif c.org_ref and not c.affiliation:
            # "the Forum", "في الشبكة", "sa directrice": the organisation that proposes, else the sender's
            ref = c.subject_org or proposer
            if ref and org and _board_of_body(ref, org, rules):
                ref = org  # "يتشرف مجلس إدارة الجمعية بترشيح ...": the board proposes, its body is the one referred to
            elif ref and org and not c.subject_org and fold(ref) != fold(org) \
                    and any(o is not c and not o.org_ref and o.prov.get("affiliation") == "prose"
                            and fold(o.affiliation or "") == fold(ref) for o in cands):
                # "الأولى هي X، رئيسة جمعية Y، بغات تشارك ... والتالتة هي Z، مكلفة بالترافع فالشبكة ديالنا": the body the
                # proposing sentence gave is the one another speaker's own description names; "our network" is the
                # sender's
                ref = org
            c.set("affiliation", ref or org, "prose" if ref else org_source)
            if not c.affiliation:
                # "الأخ X مسؤول العلاقات في الجمعية" under the subject "جمعية Y - ترشيح": the body the subject names
                c.set("affiliation", subject_organisation(strip_prefixes(parsed.subject), rules, acronyms), "subject")
        elif not c.affiliation and c.subject_org:
            c.set("affiliation", c.subject_org, "prose")  # "The X Foundation would like to nominate Mr. Y"
        elif not c.affiliation and proposer and c.prov.get("name") not in ("signature", "display_name"):
            # "يسرّ الاتحاد ... أن يرشّح ..." then the candidate in the next paragraph: the proposer's own person
            c.set("affiliation", proposer, "prose")
        elif not c.affiliation and org and org_source != "display_name" and (c.first_person or same_person(c.name, sig.name)):
            # "Our organisation, the X, would like to speak. Proposed speaker: <the sender>": the sender's organisation
            c.set("affiliation", org, org_source)
        elif not c.affiliation and org and org_source == "signature" and c.prov.get("name") == "display_name":
            # "I would like to speak in the open discussion", signed with the organisation but not the name: the sender,
            # named by the From header, speaks for the body their signature names (a body read off the prose may be
            # one the sender only talks about)
            c.set("affiliation", org, org_source)
        elif not c.affiliation and org and org_source != "display_name" and c.prov.get("name") in ("prose", "labelled", "docx") \
                and _names_in_text(org, parts.new):
            # "The X Commission (XC) would like to take the floor. Our speaker will be: ...": the message speaks for
            # the organisation its text names, and proposes one of its own (named in the body or in its attached letter,
            # « la FNTBTP désigne ... » over « Titulaire : M. X »)
            c.set("affiliation", org, org_source)
        elif not c.affiliation and org and org_source == "signature" and c.prov.get("name") == "prose":
            # "Monsieur le Maire souhaite que Mme X, Adjointe au Maire, intervienne", signed by the mayor's office:
            # a colleague the sender proposes without naming a body belongs to the signature's organisation
            c.set("affiliation", org, org_source)
        c.affiliation = referent(c.affiliation, full_names, rules) or short_named(c.affiliation, written, rules) \
            or with_its_body(c.affiliation, written, rules) \
            or (c.prov.get("affiliation") == "signature" and body_as_written(c.affiliation, written, rules)) \
            or written_out(c.affiliation, written, acronyms, rules) or expand(c.affiliation, acronyms, rules)
        if c.affiliation and sig.affiliation and len(sig.affiliation) > len(c.affiliation) \
                and (fold(sig.affiliation).startswith(fold(c.affiliation) + " ") or _shortened(c.affiliation, sig.affiliation)):
            # prose cut the name short ("نود في رابطة X في لبنان ترشيح ...", "Commune de X" for "Commune urbaine de X");
            # the signature spells it out
            c.affiliation = sig.affiliation
        elif c.affiliation and proposer and (full := expand(proposer, acronyms, rules) or "") \
                and fold(full).startswith(fold(c.affiliation) + " ") and not re.fullmatch(r"\s*\([^()]*\)", fold(full)[len(fold(c.affiliation)) :]) \
                and not (c.prov.get("affiliation") == "labelled" and _place_after(fold(full)[len(fold(c.affiliation)) :], rules)):
            # the signature's "Laboratoire X (LX)" that the proposing sentence writes out ("... de l'Université Y")
            c.affiliation = full
        c.title, c.affiliation = _as_written_in_full(c.title, c.affiliation, written, rules)
        c.title = bare_title(_without_body_after(c.title, c.affiliation), rules)
        if c.prov.get("title") == "docx":
            c.title = _as_the_text_writes(c.title, parts.new)
        if corrected and c.title and c.prov.get("title") in ("labelled", "prose", "table", "docx") \
                and fold(c.title) in folded_new and fold(c.title) not in fold(parts.quoted):
            c.prov["title"] = "statement"
        speakers.append(Speaker(
            name=given_name_first(name), title=c.title, affiliation=c.affiliation, roles=c.roles, roundtable=c.roundtable,
            honorific=c.honorific, provenance=tuple(sorted(c.prov.items())),
        ))
    if decision.is_speaker:
        missing = [f for f in ("name", "title", "affiliation") if not speakers or any(f in s.missing() for s in speakers)]
    else:
        missing = []
    # (the patterns' words looked up first: most messages hold none of them, and a scan for each costs more)
    said = Haystack(fold(parts.new + "\n" + parsed.subject))
    withdrawal = any(said.may_match(p) and p.search(said.text) for p in rules.withdrawal)
    return Fields(
        speakers=tuple(speakers),
        organisation=org,
        report_title=_report_title(parsed, decision, docs) if decision.is_report else None,
        missing=tuple(missing),
        withdrawal=withdrawal,
    )
