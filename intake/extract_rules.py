"""Folding and the extraction rules: text compared after normalising it, values sliced from the original;
rules/extract.toml loaded and validated into ExtractRules (a bad rule is reported and skipped).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from intake.folding import fold, fold_pattern
from intake.model import ROLES
from intake.rules import misquoted

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ك", "ف")
ARABIC = re.compile(r"[\u0600-\u06ff]")
ARROW = re.compile(r"^\s*(?:-+>|=+>|[→⇒➔➜➝])\s*")
# "1.", "2)", "3-", and "1/" ("1/ SALL Aminata, ..."), which is no date ("23/02"); and an ordinal word with its colon,
# dash or parenthesis, as formal Arabic letters number their items ("أولاً: الأستاذ X", "ثانياً- السيدة Y"), and as
# English and French ones may ("First: Ms X", "Deuxièmement : Mme Y"); matched on folded text
ORDINAL_MARK = (r"(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|first(?:ly)?|second(?:ly)?"
                r"|third(?:ly)?|premierement|deuxiemement|troisiemement)\s*[:)\-–]")
BULLET = re.compile(r"^\s*(?:[-•*–·▪►>]+|\(?\d{1,2}(?:[.)\-]|/(?!\d))|\(?[a-z][.)]|" + ORDINAL_MARK + r")\s*")
PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ben|bin|abu|ould|d)[-'’]\w", re.IGNORECASE)
ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)", re.IGNORECASE)
SEPARATORS = re.compile(r"\s+[|–—/]\s+|\s+-\s+|\s*\|\s*")


def word_tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def spelled_as_name(word: str, rules: ExtractRules) -> bool:
    """An organisation word that is an acronym, not written in capitals: "Ngo" is a surname, "NGO" an organisation word."""
    return not word.isupper() and bool(rules.spelled_org.intersection(word_tokens(fold(word))))


def _forms(token: str) -> set[str]:
    """A folded token and the forms it takes without Arabic clitic prefixes or a plural s."""
    out = {token}
    if ARABIC.search(token):
        out.update(token[len(p) :] for p in _AR_PREFIXES if token.startswith(p) and len(token) - len(p) >= 2)
        if len(token) > 3 and token.endswith("ا"):
            out.add(token[:-1])  # the accusative "منسقاً" (its tanween folded away): "منسق"
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
        folded = [" ".join(word_tokens(fold(w))) for w in words]
        return cls(frozenset(w for w in folded if w and " " not in w), tuple(w for w in folded if " " in w))

    def hits(self, folded: str) -> int:
        """How many tokens (or phrases) of the folded text are in the set."""
        toks = word_tokens(folded)
        n = sum(1 for t in toks if _forms(t) & self.single)
        joined = f" {' '.join(toks)} "
        return n + sum(1 for m in self.multi if f" {m} " in joined)

    def has(self, token: str) -> bool:
        return bool(_forms(token) & self.single)

    def opens(self, toks: list[str]) -> bool:
        """Whether folded tokens open with a word or a phrase of the set ("red crescent society", "الصليب الاحمر")."""
        joined = f"{' '.join(toks)} "
        return bool(toks) and (self.has(toks[0]) or any(joined.startswith(f"{m} ") for m in self.multi))


# ---------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class _Cue:
    name: str
    regex: re.Pattern[str]
    third_party: bool
    refers_back: bool = False  # names the person the sentence before described ("his name is X", "her details: X")
    labels: bool = False  # what follows names a person as a label's value does ("المتحدث هو X"): no honorific needed
    outsider: bool = False  # names someone the sender acts for, no member of the sender's body ("my client X")
    post_marks: bool = False  # a post right after an Arabic name, no comma between, marks it ("بدنا نرشح X منسقة")
    stands_in: bool = False  # names the one who stands in for a speaker named before ("the alternate will be X")


@dataclass(frozen=True)
class ExtractRules:
    """Cue words and patterns for extraction, loaded from rules/extract.toml."""

    labels: tuple[tuple[str, str], ...] = ()  # (folded label, field)
    label_re: re.Pattern[str] | None = None
    questions: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (field, pattern): a form's question asked as a question
    honorifics: frozenset[str] = frozenset()
    honorifics_after_article: frozenset[str] = frozenset()  # "le Cheikh X", "the Imam Y": also names, bare
    plural_honorifics: frozenset[str] = frozenset()  # "Mmes A, présidente, B, trésorière": one address for a list
    academic_honorifics: frozenset[str] = frozenset()  # "Dr", "الدكتور": a rank before one is part of the address
    honorifics_capitalised: frozenset[str] = frozenset()  # "Si X": an honorific only with a capital, before a name
    titles_capitalised: frozenset[str] = frozenset()  # "our ED, X": a post only in capitals ("Ed" is a given name)
    honorific_names: frozenset[str] = frozenset()  # "الشيخ": a given name when a patronymic follows ("الشيخ ولد X")
    patronymics: frozenset[str] = frozenset()  # "ولد", "ould", "bint": "son/daughter of", which opens no name
    kunya: tuple[str, ...] = ()  # "أبو", "abu", "oum": folded, "father/mother of", which opens a kunya
    suffixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    waw_names: frozenset[str] = frozenset()  # "وليد", "ولدي": Arabic name words opening with "و", not "and ..."
    proposing_verbs: frozenset[str] = frozenset()  # "ترشح", "يقترح": Arabic verbs whose subject, after them, proposes
    no_value: _Words = field(default_factory=_Words)  # "none", "n/a", "aucune", "لا يوجد": a field filled with nothing
    title_words: _Words = field(default_factory=_Words)
    org_words: _Words = field(default_factory=_Words)
    places: _Words = field(default_factory=_Words)
    countries: _Words = field(default_factory=_Words)  # "Lebanon", "Tunisie": kept after "in"/"en"/"au", unlike a town
    fields: _Words = field(default_factory=_Words)  # fields of work ("Protection", "قضايا"): go with a title
    events: frozenset[str] = frozenset()  # folded words naming the event or a session ("المؤتمر", "الجلسة")
    event_links: frozenset[str] = frozenset()  # "في", "خلال": folded, before an event word, which ends a name
    org_reference: frozenset[str] = frozenset()
    title_compounds: tuple[str, ...] = ()
    regions: re.Pattern[str] | None = None  # "MENA", "Middle East Hub": folded, a region a post covers, whole
    list_links: tuple[str, ...] = ()  # folded, as written: "among", "parmi", "ضمن" (a value run on into the speaker list)
    list_little: tuple[str, ...] = ()  # "the", "one of the", "قائمة": between a list link and a speaker noun
    speaker_nouns: tuple[str, ...] = ()  # "speaker", "intervenant", "متحدث": words for a speaker, endings left open
    acronym_links: frozenset[str] = frozenset()  # "of", "de la": the little words an acronym's letters skip
    counted_links: frozenset[str] = frozenset()  # "al", "el": links in a name whose letter an acronym counts
    legal_forms: frozenset[str] = frozenset()  # "e.v.", "asbl": a legal form closing a name, which its acronym leaves out
    place_links: tuple[str, ...] = ()  # "in", "à", "في", "ب": the prepositions before a place, as written
    held_in: frozenset[str] = frozenset()  # "في", "لدى": folded, the prepositions between a post and the body holding it
    org_links: frozenset[str] = frozenset()  # "مع", "من": folded, Arabic prepositions opening a complement in a name
    oneself: tuple[str, ...] = ()  # "myself", "moi-même", "أنا شخصياً": folded, the sender adding themselves
    offices: frozenset[str] = frozenset()  # "secretariat", "مكتب": an organisation's office names the organisation
    office_qualifiers: frozenset[str] = frozenset()  # "general", "regional", "العامة": words that qualify an office
    office_leads: frozenset[str] = frozenset()  # "technical", "الفنية": more words between an office and its body
    units: frozenset[str] = frozenset()  # "directorate", "unit", "قسم": a unit of a body
    branches: frozenset[str] = frozenset()  # "branch", "chapter", "فرع": the units (in `units` too) that only name a branch
    seats: frozenset[str] = frozenset()  # "مقر", "فرع": folded, where inside a body its person sits ("بالمقر")
    seats_main_only: frozenset[str] = frozenset()  # "مركز": a seat only with "الرئيسي" after it
    seat_main: frozenset[str] = frozenset()  # "الرئيسي": folded, "main" after a seat, its head office
    abroad: frozenset[str] = frozenset()  # "بالخارج": folded, "abroad" closing what a body is for, part of its name
    committees: frozenset[str] = frozenset()  # "committee", "commission": a body that sits inside another one
    programmes: frozenset[str] = frozenset()  # "programme", "برنامج": a body's programme, a unit where a post is held in it
    programme_scopes: frozenset[str] = frozenset()  # "world", "العالمي": folded, a programme that is an agency of its own
    councils: tuple[str, ...] = ()  # "conseil communal", "bar council", "المجلس البلدي": a body's own council, folded
    boards: frozenset[str] = frozenset()  # "board", "conseil", "مجلس": a body's governing board, folded
    missions: frozenset[str] = frozenset()  # "embassy", "consulat", "سفارة": a body named for the country it serves in
    state_forms: frozenset[str] = frozenset()  # "جمهورية", "دولة": folded, the form of a state before its name
    mission_links: frozenset[str] = frozenset()  # "لدى", "في": folded, before the place an Arabic mission serves in
    placed_names: frozenset[str] = frozenset()  # "university": "in <town>" after it is part of the name
    town_units: frozenset[str] = frozenset()  # "faculty", "كلية": folded, a unit named with its town is a body of its own
    ministries: frozenset[str] = frozenset()  # "ministry", "ministère": a body named with its state ("..., Libya")
    mail_desks: frozenset[str] = frozenset()  # "registry", "قسم الصادر": folded, a body's mail desk, nobody's affiliation
    possessives: frozenset[str] = frozenset()
    membership: frozenset[str] = frozenset()  # "member", "عضو": after a possessive a relation to the proposer, not a title
    not_name: frozenset[str] = frozenset()
    lower_case_possessives: tuple[str, ...] = ()  # "our", "notre": before a post and a name in lower case
    after_name: frozenset[str] = frozenset()  # "to", "will", "pour": folded, go on with the sentence after a lower-case name
    spelled_org: frozenset[str] = frozenset()  # organisation words that are acronyms ("ngo"): only in capitals
    relatives: frozenset[str] = frozenset()  # "who", "qui": a description of the person goes on, no title
    function_words: frozenset[str] = frozenset()  # "أن", "قد", "الذي": folded, Arabic particles that govern no name
    open_ends: frozenset[str] = frozenset()  # "of", "et", "من": a value that stops on one goes on with the next line
    sameness: frozenset[str] = frozenset()  # "same", "نفسها": a body named for the person before
    same_bodies: _Words = field(default_factory=_Words)  # "جهة", "institution": a body only after a sameness word
    post_or_body: frozenset[str] = frozenset()  # "مؤسسة": a founder before another body, a foundation otherwise
    sign_offs: frozenset[str] = frozenset()  # "أخوكم", "your brother": the line over the name that signs
    eponyms: frozenset[str] = frozenset()  # "الملك", "الأمير": the next words are a person's name inside an organisation's
    name_first_halves: frozenset[str] = frozenset()  # "عبد", "أبو": folded, a compound given name written apart
    greetings: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()  # "and", "et": folded, the Latin words for "and" between two words
    possessors: frozenset[str] = frozenset()  # "ذوي", "ذات": folded, "having", which goes on with the noun it governs
    greeting_openers: frozenset[str] = frozenset()  # "salutations", "greetings": folded, a body's greetings, no part of its name
    articles: frozenset[str] = frozenset()
    bare_links: frozenset[str] = frozenset()  # "of", "de": folded, prepositions that carry no article
    gather_links: frozenset[str] = frozenset()  # "of", "des": folded, from a body's word to whom it gathers or serves
    reports_withdrawn: tuple[str, ...] = ()  # "report", "تقرير": folded, a withdrawal phrase ending on one takes back a report
    indefinites: frozenset[str] = frozenset()  # "an", "une": an article that opens a description, not a title
    statuses: frozenset[str] = frozenset()  # "refugee", "لاجئ": what the person is in migration, not a post
    trades: frozenset[str] = frozenset()  # "domestic worker": a title that a post said after it outranks
    unattached: frozenset[str] = frozenset()  # "independent", "freelance": a title held at no organisation
    definites: frozenset[str] = frozenset()  # "the", "le": an article that may open a post set off before the name
    prose: tuple[_Cue, ...] = ()
    lead_in: tuple[re.Pattern[str], ...] = ()  # "my colleague", "رفيقنا" and the purpose_lead_in after them
    purpose_lead_in: tuple[re.Pattern[str], ...] = ()  # "لذلك", "à cet effet": stripped, but marking no person
    title_lead: tuple[re.Pattern[str], ...] = ()
    work_lead: tuple[re.Pattern[str], ...] = ()  # "and I work with", "et je travaille à": the organisation follows
    aside: tuple[re.Pattern[str], ...] = ()  # ", à travers sa Commission X,": a clause between a subject and its verb
    nickname: tuple[re.Pattern[str], ...] = ()  # "known as", "المكنى": leads to a name the person is also called
    stop: tuple[re.Pattern[str], ...] = ()
    split_strong: tuple[str, ...] = ()
    split_weak: tuple[str, ...] = ()
    affiliation_lead: tuple[str, ...] = ()
    list_intro: tuple[re.Pattern[str], ...] = ()
    same_roundtable: tuple[re.Pattern[str], ...] = ()
    withdrawal: tuple[re.Pattern[str], ...] = ()
    absent_after: tuple[re.Pattern[str], ...] = ()
    kept_after: tuple[re.Pattern[str], ...] = ()
    reported_request: tuple[re.Pattern[str], ...] = ()
    title_end: tuple[re.Pattern[str], ...] = ()
    absent_before: tuple[re.Pattern[str], ...] = ()
    absent_if: tuple[re.Pattern[str], ...] = ()  # "only if X cannot connect": an absence supposed, read before the name
    sole_speaker: tuple[re.Pattern[str], ...] = ()  # "Seule Mme X prendra la parole": the one speaker of several named
    names_intro: tuple[re.Pattern[str], ...] = ()  # "Names:": a list whose items each name a person, bare names too
    escort_intro: tuple[re.Pattern[str], ...] = ()  # "He will be accompanied by the following:": a list of those who come along
    mentioned: tuple[re.Pattern[str], ...] = ()  # "founded by", "grateful to": the person after it is only mentioned
    # "Interpreter", "Contact person", "المرافقة": the labelled lines under such a heading are someone who does not speak
    non_speaker_heading: tuple[re.Pattern[str], ...] = ()
    principal_after: tuple[re.Pattern[str], ...] = ()  # "on behalf of X, ... nominates": X is whom the request is made for
    self_absent: tuple[re.Pattern[str], ...] = ()  # "I myself will attend only as an observer": the sender is no speaker
    mention_links: frozenset[str] = frozenset()
    noise: tuple[re.Pattern[str], ...] = ()
    trim: tuple[re.Pattern[str], ...] = ()
    speaking: tuple[re.Pattern[str], ...] = ()
    behalf: tuple[re.Pattern[str], ...] = ()
    self_introduction: tuple[re.Pattern[str], ...] = ()  # "we are the X", "نحن جمعية X": the sender's group names itself
    self_naming: tuple[re.Pattern[str], ...] = ()  # "my name is", "je m'appelle": the sender gives their own name
    addressee: tuple[re.Pattern[str], ...] = ()
    org_lead: tuple[re.Pattern[str], ...] = ()  # "pour le Cercle X", "عن جمعية X": the preposition before an organisation
    self_statement: tuple[re.Pattern[str], ...] = ()
    self_reference: tuple[re.Pattern[str], ...] = ()
    own_request: tuple[re.Pattern[str], ...] = ()
    pointed_request: tuple[re.Pattern[str], ...] = ()  # "see her message below": the carried message is its author's request
    self_nomination: tuple[re.Pattern[str], ...] = ()
    subject_pointer: tuple[re.Pattern[str], ...] = ()  # "see subject line for the details": the subject names the speaker
    role_declined: tuple[re.Pattern[str], ...] = ()
    role_unoffered: tuple[re.Pattern[str], ...] = ()  # "to moderate roundtable 2": a part the letter does not offer
    thanks_first: tuple[re.Pattern[str], ...] = ()  # "Thanks for your reply." opening a line before a person's sentence
    role_kept: tuple[re.Pattern[str], ...] = ()  # "... stays as it is": the sentence's roles are not asked for again
    role_added: tuple[re.Pattern[str], ...] = ()
    role_corrected: tuple[re.Pattern[str], ...] = ()  # "(et non n°2)": a later sentence corrects a speaker's roundtable
    title_corrected: tuple[re.Pattern[str], ...] = ()  # "please correct her title": the title given replaces the one on file
    name_statement: tuple[re.Pattern[str], ...] = ()
    title_statement: tuple[re.Pattern[str], ...] = ()
    post_statement: tuple[re.Pattern[str], ...] = ()  # "X serves as ...": a post only when title words follow
    title_reply: tuple[re.Pattern[str], ...] = ()  # a title stated in a reply after the quoted speaker's bare name
    title_pronoun: tuple[re.Pattern[str], ...] = ()  # a lone speaker's title stated by a sentence opening with a pronoun
    title_named: tuple[re.Pattern[str], ...] = ()  # ... or with the speaker's name
    affiliation_pronoun: tuple[re.Pattern[str], ...] = ()  # ... and where they work
    ditto: tuple[re.Pattern[str], ...] = ()  # a whole value that repeats the one before ("Same as above", "idem")
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

    # Lookups derived from the fields above, built once per rule set (not on every line or cell).
    @cached_property
    def field_of(self) -> dict[str, str]:
        """The field each folded label names."""
        return dict(self.labels)

    @cached_property
    def field_of_words(self) -> dict[str, str]:
        """The field of each label as its words ("job title"), for table cells compared word by word."""
        return {" ".join(word_tokens(w)): k for w, k in self.labels}

    @cached_property
    def number_words(self) -> dict[str, int]:
        """Ordinal and cardinal words and their numbers."""
        return dict(self.ordinals + self.cardinals)

    @cached_property
    def roundtable_of_objective(self) -> dict[int, int]:
        return dict(self.objectives)

    @cached_property
    def bare_suffixes(self) -> frozenset[str]:
        """Post-nominals without their dots ("ph.d." -> "phd")."""
        return frozenset(s.strip(".") for s in self.suffixes)

    @cached_property
    def speaker_word(self) -> re.Pattern[str]:
        """A word for the speaker, with an Arabic article or preposition glued on ("المتحدثة", "intervenante")."""
        return re.compile(rf"(?<!\w)(?:[وف]?(?:ال|ك|ل))?(?:{_literal(self.speaker_nouns)})\w*")

    @cached_property
    def same_speaker(self) -> re.Pattern[str]:
        """A reply's words for the speaker proposed before ("the same speaker", "la même intervenante", "نفس المتحدث",
        "للمتحدثة نفسها"): a word of sameness next to a word for the speaker. Matched on folded text."""
        same, speaker = _literal(self.sameness), rf"(?:ال)?(?:{_literal(self.speaker_nouns)})\w*"
        return re.compile(rf"(?<!\w)[وف]?ل?(?:{same})\s+(?:(?:the|le|la)\s+)?{speaker}|(?<!\w)[وف]?ل?{speaker}\s+(?:{same})(?!\w)")

    @cached_property
    def kunya_re(self) -> str:
        """A kunya in folded text: "father/mother of" and a child's name, maybe a compound one written apart ("ابو
        احمد", "abu ali", "ابو عبد الله")."""
        return rf"(?:{_literal(self.kunya)})\s+(?:عبد\s+|abd\s+)?[^\s,،;:()]+"

    @cached_property
    def kunya_alone(self) -> re.Pattern[str]:
        return re.compile(self.kunya_re)

    @cached_property
    def kunya_in_bracket(self) -> re.Pattern[str]:
        """A kunya alone in brackets ("(abu ali)", "(ابو علي)")."""
        return re.compile(r"\s*\(\s*" + self.kunya_re + r"\s*\)")

    @cached_property
    def nickname_value(self) -> re.Pattern[str]:
        """What a `nickname` lead introduces (folded text): a bracketed or quoted name, a kunya, or up to three words
        before a comma or the end of the phrase."""
        return re.compile(r"\([^()]*\)|\"[^\"]*\"|«[^»]*»|“[^”]*”|" + self.kunya_re
                          + r"|[^\s,،;:()]+(?:\s+[^\s,،;:()]+){0,2}(?=\s*(?:[,،;:)]|$))")

    @cached_property
    def report_withdrawn(self) -> re.Pattern[str]:
        """The end of a withdrawal phrase that takes back a report (folded text)."""
        return re.compile(rf"(?:{_literal(self.reports_withdrawn)})$")

    @cached_property
    def possessive_post(self) -> re.Pattern[str]:
        """A possessive in lower case, where a post and a name in lower case may follow ("our general secretary ...")."""
        return re.compile(rf"(?<![\w'’])(?:{_literal(self.lower_case_possessives)})[ \t]+(?=[a-z])")

    @cached_property
    def joins_list(self) -> re.Pattern[str]:
        """Where a value runs on into the list it is asked to join ("Forum X among the speakers", "Réseau Y parmi
        les intervenants", "جمعية Z ضمن قائمة المتحدثين", "... كمتحدثة"): a link word, a few little words, then a
        word for speakers. Matched on folded text."""
        return re.compile(rf"\s+(?:(?:{_literal(self.list_links)})\s+(?:(?:{_literal(self.list_little)})\s*)*|ك)"
                          rf"(?:ال)?(?:{_literal(self.speaker_nouns)})\w*(?!\w)")

    @cached_property
    def name_links(self) -> frozenset[str]:
        """The lower-case words that link the words of an organisation's name ("Institute for Refugee Studies",
        "Dar al Amal")."""
        return self.acronym_links | self.counted_links

    @cached_property
    def legal_form_tokens(self) -> frozenset[str]:
        """The legal forms as their words ("e.v." -> "e v"), however a name punctuates them."""
        return frozenset(" ".join(word_tokens(f)) for f in self.legal_forms)

    @cached_property
    def glued_place_links(self) -> frozenset[str]:
        """The place links written glued to the place, one Arabic letter ("بصفاقس")."""
        return frozenset(w for w in self.place_links if len(w) == 1 and ARABIC.match(w))

    @cached_property
    def place_link_re(self) -> str:
        """An alternation of the place links for raw text: each as written and without its accent ("à", "a")."""
        return _raw_alternation(self.place_links)

    @cached_property
    def latin_place_link_re(self) -> str:
        """The same for the Latin links alone: an Arabic name carries its country ("جمعية النساء العاملات في الأردن")."""
        return _raw_alternation(w for w in self.place_links if not ARABIC.match(w))

    @cached_property
    def name_field_re(self) -> re.Pattern[str]:
        """A line of raw text opening with the label of a name field and its colon ("Name:", "nom complet :")."""
        names = _raw_alternation(label for label, what in self.labels if what == "name")
        return re.compile(rf"^[ \t]*(?:{names})[ \t]*:[ \t]*", re.MULTILINE | re.IGNORECASE)

    @cached_property
    def oneself_re(self) -> re.Pattern[str]:
        """The words for oneself in folded text, as whole words; an Arabic one also with "و" ("and") glued on."""
        alts = "|".join(r"[- ]".join(map(re.escape, re.split(r"[- ]+", w))) for w in sorted(self.oneself, key=len, reverse=True))
        return re.compile(rf"(?<!\w)و?(?:{alts or '(?!)'})(?!\w)")

    @cached_property
    def unit_words(self) -> _Words:
        """The units as cue words, matched with an Arabic preposition glued on ("لإدارة")."""
        return _Words.of(self.units)

    def opens_with_body(self, line: str) -> bool:
        """Whether a line opens with the word of a body, a unit or an office ("Ambassade du Sénégal - Riyad", "Service
        consulaire", "الأمانة التنفيذية", "شبكة المغرب العربي ..."): a line of an office's sign-off, not a sentence."""
        toks = word_tokens(fold(line))
        return bool(toks) and (self.org_words.has(toks[0]) or self.unit_words.has(toks[0])
                               or toks[0].removeprefix("ال") in self.offices)

    @cached_property
    def offices_and_units(self) -> frozenset[str]:
        return self.offices | self.units

    @cached_property
    def address_words(self) -> frozenset[str]:
        """Every word of a form of address ("his", "eminence", "si", "cheikh"): none is a given name."""
        return frozenset(w for h in (self.honorifics | self.honorifics_after_article | self.honorifics_capitalised
                                     | self.honorific_names) for w in h.split())

    @cached_property
    def office_lead_words(self) -> frozenset[str]:
        """The words that lead from an office to the body it serves ("the Technical Secretariat of", "الأمانة الفنية لـ")."""
        return self.offices | self.office_qualifiers | self.office_leads | self.acronym_links


_TOP_KEYS = {"limits", "labels", "questions", "words", "prose", "phrases", "role", "roundtable"}
LABEL_FIELDS = ("name", "given_name", "family_name", "title", "affiliation", "speaker", "role", "organisation")
_SECTION_KEYS = {
    "limits": {"max_roundtable", "max_name_words"},
    "labels": set(LABEL_FIELDS),
    "questions": set(LABEL_FIELDS),
    "words": {"honorifics", "honorifics_after_article", "plural_honorifics", "academic_honorifics", "honorifics_capitalised", "titles_capitalised", "honorific_names",
              "patronymics", "kunya", "suffixes", "particles", "waw_names", "proposing_verbs", "no_value", "title", "org", "places", "countries", "fields", "events", "event_links", "org_reference", "possessives", "membership", "not_name", "lower_case_possessives", "after_name",
              "title_compounds", "regions", "region_units", "greetings", "conjunctions", "possessors", "greeting_openers", "articles", "bare_links", "gather_links", "reports_withdrawn", "indefinites", "statuses", "trades", "unattached", "definites", "list_links", "list_little", "speaker_nouns", "acronym_links", "counted_links", "legal_forms", "place_links", "held_in", "org_links", "oneself", "offices",
              "office_qualifiers", "office_leads", "units", "branches", "seats", "seats_main_only", "seat_main", "abroad", "committees", "programmes", "programme_scopes", "councils", "boards", "missions", "state_forms", "mission_links", "placed_names", "town_units", "ministries", "mail_desks", "eponyms", "name_first_halves", "relatives", "function_words", "open_ends", "sameness", "same_bodies", "spelled_org",
              "post_or_body", "sign_offs", "mention_links"},
    "phrases": {"lead_in", "purpose_lead_in", "title_lead", "work_lead", "aside", "nickname", "stop", "split_strong", "split_weak", "affiliation_lead", "list_intro", "same_roundtable",
                "withdrawal", "noise", "trim", "speaking", "name_statement", "title_statement", "post_statement", "title_reply", "title_pronoun",
                "title_named", "affiliation_pronoun", "title_conjunction", "ditto",
                "absent_after", "kept_after", "absent_before", "absent_if", "sole_speaker", "names_intro", "escort_intro", "mentioned", "non_speaker_heading", "principal_after", "title_end", "behalf", "self_introduction", "self_naming", "addressee", "org_lead", "self_statement", "self_reference", "self_nomination", "subject_pointer", "own_request",
                "pointed_request", "reported_request", "role_declined", "role_unoffered", "thanks_first", "role_kept", "role_added",
                "role_corrected", "title_corrected", "self_absent"},
    "roundtable": {"adjectives", "marks", "preferences", "ranks", "ordinals", "cardinals", "objective_words", "objectives"},
}
_REGEX_PHRASES = {"lead_in", "purpose_lead_in", "title_lead", "work_lead", "aside", "nickname", "stop", "list_intro", "same_roundtable", "withdrawal", "absent_after", "kept_after", "absent_before", "absent_if", "sole_speaker", "names_intro", "escort_intro", "mentioned", "non_speaker_heading", "principal_after",
                  "title_end", "noise", "trim", "speaking",
                  "name_statement", "title_statement", "post_statement", "title_reply", "title_pronoun", "title_named", "affiliation_pronoun", "ditto", "behalf", "self_introduction", "self_naming", "addressee", "org_lead",
                  "self_statement", "self_reference", "self_nomination", "subject_pointer", "own_request",
                  "pointed_request", "reported_request", "role_declined", "role_unoffered", "thanks_first", "role_kept", "role_added",
                  "role_corrected", "title_corrected", "self_absent"}


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
            if problem := misquoted(src):
                self.problem(rule, f"regex {src!r} {problem}; skipped")
                continue
            try:
                out.append(re.compile(fold_pattern(src), re.IGNORECASE))
            except re.error as exc:
                self.problem(rule, f"bad regex {src!r} ({exc}); skipped")
        return tuple(out)

    def array(self, data: dict, key: str) -> list:
        """An array of tables ([[prose]], [[role]]), or nothing with a problem named."""
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problem(key, f"expected [[{key}]] tables; ignored")
            return []
        return value

    def table(self, data: dict, key: str) -> dict:
        section = data.get(key, {})
        if not isinstance(section, dict):
            self.problem(key, "expected a table; ignored")
            return {}
        for k in section:
            if k not in _SECTION_KEYS[key]:
                self.problem(f"{key}.{k}", "unknown key; ignored")
        return section


def _literal(folded: Iterable[str]) -> str:
    """An alternation of folded words, each matched literally, in the order written; one that never matches if none."""
    return "|".join(re.escape(w) for w in folded) or "(?!)"


def _raw_alternation(words: Iterable[str]) -> str:
    """An alternation of words for text that is not folded: each as written and folded, the longest first."""
    forms = {form for w in words for form in (w, fold(w))}
    return "|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w))) or "(?!)"


def _alternation(words: Iterable[str]) -> str:
    parts = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def _regions(regions: list[str], units: list[str]) -> re.Pattern[str] | None:
    """The pattern of a region (folded tokens joined by spaces) or several joined ("middle east and north africa",
    "الشرق الاوسط وشمال افريقيا"), a unit word after them or not ("middle east hub")."""
    if not regions:
        return None
    one = "|".join(sorted({re.escape(" ".join(word_tokens(fold(w)))) for w in regions if w.strip()}, key=len, reverse=True))
    unit = "|".join(sorted({re.escape(fold(w).strip()) for w in units if w.strip()}, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{one})(?: (?:(?:and|et) )?(?:{one})| و(?:{one}))*(?: (?:{unit}))?")


def load_extract_rules(path: Path) -> tuple[ExtractRules, list[str]]:
    """Read rules/extract.toml; return the rules and the problems found (file and rule named)."""
    ld = _Loader(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return ExtractRules(), [f"{path.name}: cannot be read ({exc}); extraction finds nothing"]
    for k in data:
        if k not in _TOP_KEYS:
            ld.problem(k, "unknown key; ignored")
    limits = ld.table(data, "limits")
    labels_t = ld.table(data, "labels")
    questions_t = ld.table(data, "questions")
    words_t = ld.table(data, "words")
    phrases_t = ld.table(data, "phrases")
    rt_t = ld.table(data, "roundtable")

    labels: list[tuple[str, str]] = []
    field_of: dict[str, str] = {}
    for fname in LABEL_FIELDS:  # a fixed order: a label listed twice must mean the same thing on every run
        for w in ld.strings(f"labels.{fname}", labels_t.get(fname, [])):
            label = fold(w).strip()
            if label in field_of:
                ld.problem(f"labels.{fname}", f"'{w}' is already listed under labels.{field_of[label]}, which wins")
                continue
            field_of[label] = fname
            labels.append((label, fname))
    questions: list[tuple[str, re.Pattern[str]]] = []
    for fname in LABEL_FIELDS:  # in this order: the first field whose pattern the question matches is its field
        questions += [(fname, p) for p in ld.regexes(f"questions.{fname}", ld.strings(f"questions.{fname}", questions_t.get(fname, [])))]
    # (a French form may write both articles of the person it asks for: "Nom du/de la participant(e) :")
    any_label = (_alternation(w for w, _ in labels) or "(?!)").replace(r"\s+du\s+", r"\s+du(?:\s*/\s*de\s+la)?\s+")

    def words(key: str) -> list[str]:
        values = ld.strings(f"words.{key}", words_t.get(key, []))
        first: dict[str, str] = {}
        for w in values:
            f = fold(w).strip()
            if f in first:
                ld.problem(f"words.{key}", f"'{w}' reads the same as '{first[f]}' (either spelling matches both); one is enough")
            first.setdefault(f, w)
        return values

    def folded_set(key: str) -> frozenset[str]:
        return frozenset(fold(w).strip() for w in words(key))

    cues = []
    for i, rule in enumerate(ld.array(data, "prose")):
        name = rule.get("name", f"prose[{i}]") if isinstance(rule, dict) else f"prose[{i}]"
        if not isinstance(rule, dict) or not isinstance(rule.get("regex"), str):
            ld.problem(name, "a prose rule needs a regex; skipped")
            continue
        for k in rule:
            if k not in ("name", "regex", "third_party", "refers_back", "labels", "outsider", "post_marks", "stands_in",
                         "description"):
                ld.problem(name, f"unknown key {k!r}; ignored")
        compiled = ld.regexes(name, [rule["regex"]])
        if compiled:
            cues.append(_Cue(name, compiled[0], bool(rule.get("third_party", False)), bool(rule.get("refers_back", False)),
                             bool(rule.get("labels", False)), bool(rule.get("outsider", False)),
                             bool(rule.get("post_marks", False)), bool(rule.get("stands_in", False))))

    phr: dict[str, tuple] = {}
    for key in _SECTION_KEYS["phrases"]:
        values = ld.strings(f"phrases.{key}", phrases_t.get(key, []))
        phr[key] = ld.regexes(f"phrases.{key}", values) if key in _REGEX_PHRASES else tuple(fold(v) for v in values)

    roles = []
    for i, rule in enumerate(ld.array(data, "role")):
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
    # a label for a speaker numbered in a list of them, which names the one person all the same: the number after it
    # ("Speaker 1:", "Intervenante n°2 :", "المتحدث الأول:", "المتحدثة رقم 2:") or, in English and French, the ordinal
    # before it ("Second speaker:", "Deuxième intervenante :"); a label of a speaker word only, so that "First name:"
    # stays the given name's
    speaker_nouns = tuple(fold(w) for w in words("speaker_nouns"))
    nouns = re.compile(rf"(?:ال)?(?:{_literal(speaker_nouns)})\w*")
    people = _alternation(w for w, f in labels if f in ("name", "speaker") and any(nouns.fullmatch(t) for t in w.split())) \
        or "(?!)"
    ords = _alternation(w for w, _ in ordinals) or "(?!)"
    numbered = rf"(?:{ords})\s+(?P<p1>{people})|(?P<p2>{people})(?:\s*(?:n°|no\.?|#|رقم)?\s*\d{{1,2}}(?!\d)|\s+(?:{ords})(?!\w))"
    label_re = re.compile(
        # a label opens a line or follows a separator ("X / Title: Y", "X - Title: Y"); "Name / X" is a label too,
        # "Fonction / titre" two labels for one value; after a comma only a label with its colon ("name: X, title: Y");
        # the line's bullet may be an emoji or a pictograph ("👤 Name: X", "🔹 الصفة: Y", "✅ Poste : Z")
        # a printed form's dot leader may stand for the colon ("Full name ........ X", "Fonction …… : Y")
        r"(?:^|(?<=[/|;؛\t])|(?<=\s[-–—])|(?P<comma>(?<=[,،])))\s*(?:[-•*–·▪►\u2600-\u27bf\ufe0f\u200d\U0001f300-\U0001faff]+|\(?\d{1,2}\s?[.)-]|\(?[a-z][.)]|" + ORDINAL_MARK + r")?\s*[*_]*(?P<label>"
        + numbered + "|" + any_label
        # (French inclusive writing after the label: "Intervenant·e :", "Orateur.rice :")
        + r")(?:[·.](?:e|es|rice|trice)s?)?[*_]*(?:(?:\s*/\s*[^\s:：/|]+(?:\s[^\s:：/|]+)?){0,2}\s*(?P<note>\([^)]{0,40}\))?\s*[*_]*\s*(?:[:：]|[.…]{3,}\s*[:：]?)"
        + rf"|(?(comma)(?!)|\s/\s(?!(?:{any_label})(?!\w))))"
    )
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
    objective_re = re.compile(rf"(?<!\w)(?:[وبلف]|بال|لل)?(?:{obj_words})\s*(?:n°|no\.?|#|رقم)?\s*(?P<n>\d{{1,2}})(?!\d)") if obj_words else None
    # The roundtable patterns are spliced into the number patterns below: one that cannot be (a global
    # flag, a group named n) is reported and left out of them.
    rt_parts = []
    for name, pats in roles:
        for p in pats if name == "roundtable" else ():
            try:
                re.compile(rf"(?:{p.pattern})\s*(?P<n>\d+)")
                rt_parts.append(f"(?:{p.pattern})")
            except re.error as exc:
                ld.problem(name, f"pattern {p.pattern!r} cannot be part of the roundtable-number patterns ({exc}); left out of them")
    rt_words = "|".join(rt_parts) or "(?!)"
    adj = _alternation(ld.strings("roundtable.adjectives", rt_t.get("adjectives", []))) or "(?!)"
    marks = _alternation(ld.strings("roundtable.marks", rt_t.get("marks", []))) or "(?!)"
    prefs = _alternation(ld.strings("roundtable.preferences", rt_t.get("preferences", []))) or "(?!)"
    ranks = _alternation(ld.strings("roundtable.ranks", rt_t.get("ranks", []))) or "(?!)"
    nums = _alternation(w for w, _ in ordinals + cardinals) or "(?!)"
    # an Arabic ordinal, with its article, may come after a comma as an afterthought ("بالطاولة المستديرة، الثانية اذا
    # ممكن"); an English or French one after a comma is more often "first, ..." than a number
    ar_ords = _alternation(w for w, _ in ordinals if w.startswith("ال")) or "(?!)"
    rt_after = re.compile(
        # "table ronde thématique – n° : 2": a dash or colon may also follow the adjective and the mark; a bracket
        # may name the table with its article ("table ronde (la 1 de préférence)", "roundtable (the 2, if possible)"),
        # "la" or "the" only: "(le 3 mars)" is a date; a comma or bracket and a word of preference may come first
        # ("tables rondes thématiques, de préférence la 3e", "roundtables, ideally the third"), then a digit (maybe
        # after a mark: "la n°1") or an ordinal only: "ideally the one closest to ..." names no roundtable
        # (not a number that ranks the choices: "roundtable (1st choice: roundtable 4, ...)" names the 4th; the digit after a
        # mark may be bracketed: "المائدة المستديرة رقم (3)")
        rf"(?:{rt_words})\s*(?:[-–:]\s*|(?:(?:{adj})\s*)*[,،(]\s*(?:{prefs})\s+(?:(?:la|the)\s+)?(?=\d|(?:{ords})(?![\w\d])|(?:{marks})\s*:?\s*\d)|(?:(?:{adj})\s*)*\(\s*(?:(?:la|the)\s+)?|[,،]\s*(?=(?:{ar_ords})(?![\w\d])))?(?:(?:{adj})(?:\s*[-–:]\s*|\s+))*(?:(?:{marks})\s*:?\s*(?:\(\s*(?=\d))?)?(?P<n>\d+|{nums})(?![\w\d])(?!\s*(?:{ranks})(?!\w))",
        re.IGNORECASE,
    )
    # "la deuxième ou troisième table ronde": the first ordinal is the first choice
    rt_before = re.compile(
        rf"(?<![\w])(?P<n>{ords})(?:\s*(?:ou|or|and|et|او|و|/|,)\s*(?:{ords}))*\s+(?:(?:{adj})\s+)*(?:{rt_words})",
        re.IGNORECASE,
    )

    max_rt = limits.get("max_roundtable", 4)
    max_words = limits.get("max_name_words", 6)
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in (max_rt, max_words)):
        ld.problem("limits", "expected whole numbers of at least 1; defaults used")
        max_rt, max_words = 4, 6

    rules = ExtractRules(
        labels=tuple(labels),
        questions=tuple(questions),
        label_re=label_re,
        honorifics=folded_set("honorifics"),
        honorifics_after_article=folded_set("honorifics_after_article"),
        plural_honorifics=folded_set("plural_honorifics"),
        academic_honorifics=folded_set("academic_honorifics"),
        honorifics_capitalised=folded_set("honorifics_capitalised"),
        titles_capitalised=folded_set("titles_capitalised"),
        honorific_names=folded_set("honorific_names"),
        patronymics=folded_set("patronymics"),
        kunya=tuple(fold(w).strip() for w in words("kunya")),
        suffixes=folded_set("suffixes"),
        particles=folded_set("particles"),
        waw_names=folded_set("waw_names"),
        proposing_verbs=folded_set("proposing_verbs"),
        no_value=_Words.of(words("no_value")),
        title_words=_Words.of(words("title") + words("trades")),
        org_words=_Words.of(words("org")),
        places=_Words.of(words("places")),
        countries=_Words.of(words("countries")),
        fields=_Words.of(words("fields")),
        events=folded_set("events"),
        event_links=folded_set("event_links"),
        org_reference=frozenset(" ".join(word_tokens(fold(w))) for w in words("org_reference")),
        title_compounds=tuple(" ".join(word_tokens(fold(w))) for w in words("title_compounds")),
        regions=_regions(words("regions"), words("region_units")),
        list_links=tuple(fold(w) for w in words("list_links")),
        list_little=tuple(fold(w) for w in words("list_little")),
        speaker_nouns=speaker_nouns,
        acronym_links=folded_set("acronym_links"),
        counted_links=folded_set("counted_links"),
        legal_forms=folded_set("legal_forms"),
        place_links=tuple(w.strip() for w in words("place_links")),
        held_in=folded_set("held_in"),
        org_links=folded_set("org_links"),
        oneself=tuple(fold(w).strip() for w in words("oneself")),
        offices=folded_set("offices"),
        office_qualifiers=folded_set("office_qualifiers"),
        office_leads=folded_set("office_leads"),
        units=folded_set("units") | folded_set("branches"),  # a branch is a unit of its body
        branches=folded_set("branches"),
        seats=folded_set("seats"),
        seats_main_only=folded_set("seats_main_only"),
        seat_main=folded_set("seat_main"),
        abroad=folded_set("abroad"),
        committees=folded_set("committees"),
        programmes=folded_set("programmes"),
        programme_scopes=folded_set("programme_scopes"),
        councils=tuple(" ".join(word_tokens(fold(w))) for w in words("councils")),
        boards=folded_set("boards"),
        missions=folded_set("missions"),
        state_forms=folded_set("state_forms"),
        mission_links=folded_set("mission_links"),
        placed_names=folded_set("placed_names"),
        town_units=folded_set("town_units"),
        ministries=folded_set("ministries"),
        mail_desks=frozenset(" ".join(word_tokens(fold(w))) for w in words("mail_desks")),
        possessives=folded_set("possessives"),
        membership=folded_set("membership"),
        not_name=folded_set("not_name"),
        lower_case_possessives=tuple(fold(w).strip() for w in words("lower_case_possessives")),
        after_name=folded_set("after_name"),
        spelled_org=folded_set("spelled_org"),
        eponyms=folded_set("eponyms"),
        name_first_halves=folded_set("name_first_halves"),
        relatives=folded_set("relatives"),
        function_words=folded_set("function_words"),
        open_ends=folded_set("open_ends"),
        sameness=folded_set("sameness"),
        same_bodies=_Words.of(words("same_bodies")),
        post_or_body=folded_set("post_or_body"),
        sign_offs=folded_set("sign_offs"),
        greetings=folded_set("greetings"),
        mention_links=folded_set("mention_links"),
        conjunctions=folded_set("conjunctions"),
        possessors=folded_set("possessors"),
        greeting_openers=folded_set("greeting_openers"),
        articles=folded_set("articles"),
        bare_links=folded_set("bare_links"),
        gather_links=folded_set("gather_links"),
        reports_withdrawn=tuple(fold(w).strip() for w in words("reports_withdrawn")),
        indefinites=folded_set("indefinites"),
        statuses=folded_set("statuses"),
        trades=frozenset(" ".join(word_tokens(fold(w))) for w in words("trades")),
        unattached=folded_set("unattached"),
        definites=folded_set("definites"),
        prose=tuple(cues),
        lead_in=phr["lead_in"] + phr["purpose_lead_in"],
        purpose_lead_in=phr["purpose_lead_in"],
        title_lead=phr["title_lead"],
        work_lead=phr["work_lead"],
        aside=phr["aside"],
        nickname=phr["nickname"],
        stop=phr["stop"],
        split_strong=phr["split_strong"],
        split_weak=phr["split_weak"],
        affiliation_lead=phr["affiliation_lead"],
        list_intro=phr["list_intro"],
        same_roundtable=phr["same_roundtable"],
        withdrawal=phr["withdrawal"],
        absent_after=phr["absent_after"],
        kept_after=phr["kept_after"],
        reported_request=phr["reported_request"],
        title_end=phr["title_end"],
        absent_before=phr["absent_before"],
        absent_if=phr["absent_if"],
        sole_speaker=phr["sole_speaker"],
        names_intro=phr["names_intro"],
        escort_intro=phr["escort_intro"],
        principal_after=phr["principal_after"],
        self_absent=phr["self_absent"],
        mentioned=phr["mentioned"],
        non_speaker_heading=phr["non_speaker_heading"],
        noise=phr["noise"],
        trim=phr["trim"],
        speaking=phr["speaking"],
        behalf=phr["behalf"],
        self_introduction=phr["self_introduction"],
        self_naming=phr["self_naming"],
        addressee=phr["addressee"],
        org_lead=phr["org_lead"],
        self_statement=phr["self_statement"],
        self_reference=phr["self_reference"],
        own_request=phr["own_request"],
        pointed_request=phr["pointed_request"],
        self_nomination=phr["self_nomination"],
        subject_pointer=phr["subject_pointer"],
        role_declined=phr["role_declined"],
        role_unoffered=phr["role_unoffered"],
        thanks_first=phr["thanks_first"],
        role_kept=phr["role_kept"],
        role_added=phr["role_added"],
        role_corrected=phr["role_corrected"],
        title_corrected=phr["title_corrected"],
        name_statement=phr["name_statement"],
        title_statement=phr["title_statement"],
        post_statement=phr["post_statement"],
        title_reply=phr["title_reply"],
        title_pronoun=phr["title_pronoun"],
        title_named=phr["title_named"],
        affiliation_pronoun=phr["affiliation_pronoun"],
        ditto=phr["ditto"],
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
