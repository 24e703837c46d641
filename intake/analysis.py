"""The pure half of the pipeline: one RawMail -> an Analysis, writing nothing.

parse -> screen -> split -> read attachments -> classify -> extract -> language -> deadline ->
follow-up and acknowledgement decisions. `intake explain`, `process --dry-run`, `eval` and the
daemon all run this same function; only pipeline.py writes. What the store knows (earlier
messages of a thread, the sender's language, files already received) comes in through the
History protocol, so this module imports no database code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from intake import classify as classify_mod
from intake import deadlines, documents, ids, language, resent, screen
from intake import extract as extract_mod
from intake.config import Settings
from intake.errors import ParseError
from intake.extract_prose import logical_lines
from intake.extract_several import says_absent
from intake.extract_values import is_noise
from intake.filing import sha256_hex
from intake.folding import fold
from intake.model import (
    Decision,
    DocText,
    Fields,
    LanguageGuess,
    MessageParts,
    Parsed,
    RawMail,
    Speaker,
    Timeliness,
    Verdict,
)
from intake.parse import parse
from intake.resent import Resent
from intake.rules import Ruleset, fold_body, load_ruleset
from intake.text import attribution, carry_forward, split

LOOP_HEADER = "X-GCM-Intake-Loop"
# Characters of a message's text the analysis reads: four times the longest of the ~780 labelled messages
# (3,600). Past it comes a pasted report or a long thread, kept whole in the archive. Extraction compares
# each person it finds with the text after every mention, so its time grows with the square of the length:
# an 80,000-character line of Arabic took 16 s, its first 16,000 characters take about 1.5 s.
TEXT_LIMIT = 16_000


@dataclass(frozen=True)
class Context:
    """Everything loaded once at start-up (and on rule reload) and passed down."""

    settings: Settings
    screen_rules: screen.ScreenRules
    screen_ctx: screen.ScreenContext
    ruleset: Ruleset
    extract_rules: extract_mod.ExtractRules
    limits: documents.Limits
    problems: tuple[str, ...] = ()  # rule-file problems, shown in status and the digest
    stamps: tuple[tuple[str, float], ...] = ()  # rule files and their mtimes when loaded


RULE_FILES = ("screen.toml", "classify.toml", "extract.toml")


def _stamps(rules_dir: Path) -> tuple[tuple[str, float], ...]:
    return tuple((n, (rules_dir / n).stat().st_mtime if (rules_dir / n).exists() else 0.0) for n in RULE_FILES)


def load_context(settings: Settings) -> Context:
    """Load the rule files named by the settings; problems are collected, never raised."""
    rules_dir: Path = settings.rules_dir
    stamps = _stamps(rules_dir)
    screen_rules, p1 = screen.load_rules(rules_dir / "screen.toml")
    ruleset, p2 = load_ruleset(rules_dir)
    extract_rules, p3 = extract_mod.load_extract_rules(rules_dir / "extract.toml")
    if not screen_rules.rules:
        # Without screening every robot would be answered: refuse rather than start a mail loop.
        p1 = [*p1, "screen.toml: no screening rule could be loaded; acknowledgements are paused until it is fixed"]
    return Context(
        settings=settings,
        screen_rules=screen_rules,
        screen_ctx=screen.ScreenContext(
            own_addresses=settings.own_addresses,
            authserv_id=settings.authserv_id,
            loop_header=LOOP_HEADER,
            secret=settings.secret(),
        ),
        ruleset=ruleset,
        extract_rules=extract_rules,
        limits=documents.Limits(
            max_bytes=settings.attachment_max_bytes,
            timeout=settings.extract_timeout,
            memory_mb=settings.extract_memory_mb,
            max_pages=settings.extract_max_pages,
        ),
        problems=tuple(p1) + tuple(p2) + tuple(p3),
        stamps=stamps,
    )


def reload_if_changed(ctx: Context) -> Context:
    """Reload the rules when a rule file changed; a file that no longer yields any rule keeps the last good ones."""
    rules_dir = ctx.settings.rules_dir
    if _stamps(rules_dir) == ctx.stamps:
        return ctx
    new = load_context(ctx.settings)
    keep: dict[str, object] = {}
    if not new.screen_rules.rules and ctx.screen_rules.rules:
        keep["screen_rules"] = ctx.screen_rules
    if not new.ruleset.rules and ctx.ruleset.rules:
        keep["ruleset"] = ctx.ruleset
    if keep:
        kept = ", ".join(sorted(keep))
        new = replace(new, problems=(*new.problems, f"kept the last good {kept} (the edited file gives no rule)"), **keep)
    return new


def acknowledgements_allowed(ctx: Context) -> bool:
    """False while no screening rule is loaded: never answer mail we cannot screen."""
    return bool(ctx.screen_rules.rules)


@dataclass(frozen=True)
class Thread:
    """The earlier submission a message follows up, as the store knows it."""

    submission_id: int
    reference: str
    category: str
    first_message_id: str | None
    sender: str
    language: str
    via: str  # in-reply-to | our-ack | reference-in-subject | same-attachment | resent | refers-back
    known_hashes: frozenset[str] = frozenset()  # sha256 of files already filed on it
    speakers: tuple[tuple[str | None, str | None, str | None], ...] = ()  # (name, title, affiliation) on file
    slots: tuple[tuple[tuple[str, ...], int | None], ...] = ()  # (roles, roundtable) of each of `speakers`


def _fuller_name(old: str, new: str) -> bool:
    """Whether `new` is the name `old` written out: all its words and one or two more (middle names).

    Only names: a longer title or organisation in a reply is as often a span read too far.
    """
    was, now = re.findall(r"\w+", fold(old)), re.findall(r"\w+", fold(new))
    return len(was) < len(now) <= len(was) + 2 and set(was) <= set(now)


def _with_acronym(old: str, new: str) -> bool:
    """Whether `new` is the organisation `old` with its acronym after it ("X" on file, "X (XA)" signed now)."""
    rest = fold(new).removeprefix(fold(old) + " ")
    return rest != fold(new) and re.fullmatch(r"\(\w+\)", rest) is not None


def completed(on_file: Mapping[str, Any], given: Speaker, restated: bool = False) -> dict[str, Any]:
    """A speaker on file completed by a reply's details.

    The reply fills what is missing; a value it states outright ("the exact title of Mr. X is ...",
    provenance "statement"), a name it writes out in full ("Omar Khalil" on file, "Omar Abdallah
    Khalil" now) or an organisation it gives with its acronym, corrects the one on file. Roles given in the reply
    replace those on file. A request sent again (`restated`: the same text, a detail changed) is the sender's
    version now: every value it gives replaces the one on file.
    """
    said, kept = dict(given.provenance), dict(on_file.get("provenance") or {})
    newer = {f for f in ("name", "title", "affiliation", "honorific")
             if getattr(given, f) and (restated or said.get(f) == "statement" or not on_file.get(f)
                                       or (f == "name" and _fuller_name(on_file[f], getattr(given, f)))
                                       or (f == "affiliation" and _with_acronym(on_file[f], getattr(given, f))))}
    if given.roles:
        newer.add("roles")
    out = {f: getattr(given, f) if f in newer else on_file.get(f) for f in ("name", "title", "affiliation", "honorific")}
    out["roles"], out["roundtable"] = ((list(given.roles), given.roundtable) if given.roles
                                       else (list(on_file.get("roles") or []), on_file.get("roundtable")))
    out["provenance"] = {**kept, **{f: said[f] for f in newer if f in said}}
    return out


def paired(on_file: Sequence[str | None], given: Sequence[Speaker]) -> list[tuple[int, Speaker]]:
    """Which speaker on file (by position) each of a completing reply's speakers completes: the one of the same name,
    else the next one that no name claims. A reply giving the titles of two of three speakers on file ("- X: title",
    "- Z: title") completes those two, not the first two."""
    names = [fold_body(name) if name else "" for name in on_file]
    taken: set[int] = set()
    matched: list[int | None] = []
    for sp in given:
        said = fold_body(sp.name) if sp.name else ""
        k = next((i for i, name in enumerate(names) if i not in taken and name and said and _same_person(said, [name])), None)
        if k is not None:
            taken.add(k)
        matched.append(k)
    free = iter([i for i in range(len(on_file)) if i not in taken])
    pairs = [(k if k is not None else next(free, None), sp) for k, sp in zip(matched, given, strict=True)]
    return [(k, sp) for k, sp in pairs if k is not None]


class History(Protocol):
    def thread_for(self, parsed: Parsed, attachment_hashes: tuple[str, ...], refers_back: bool = False,
                   resent: Resent | None = None) -> Thread | None:
        """The submission this message follows up, if any; `refers_back`: its new text says it follows an
        earlier message of the sender's ("further to our e-mail ..."); `resent`: its new text's print and
        when it came, to find the same text sent before."""
        ...

    def sender_language(self, sender: str) -> str | None: ...


class NoHistory:
    """History for a message seen alone (explain on a file with no database)."""

    def thread_for(self, parsed: Parsed, attachment_hashes: tuple[str, ...], refers_back: bool = False,
                   resent: Resent | None = None) -> Thread | None:
        return None

    def sender_language(self, sender: str) -> str | None:
        return None


@dataclass(frozen=True)
class Analysis:
    mail: RawMail
    sha256: str
    parsed: Parsed | None = None
    error: str | None = None  # why the message is quarantined
    verdict: Verdict | None = None
    parts: MessageParts | None = None
    docs: Mapping[str, DocText] = field(default_factory=dict)
    decision: Decision | None = None
    fields: Fields = field(default_factory=Fields)
    language: LanguageGuess | None = None
    timeliness: Timeliness = field(default_factory=lambda: Timeliness(on_time=None))
    thread: Thread | None = None
    followup: str | None = None  # revision | duplicate | replacement | completion | withdrawal | note | question
    category: str | None = None  # the export category
    status: str = "filed"  # filed | needs_review | ignored | quarantined
    reasons: tuple[str, ...] = ()
    acknowledge: bool = False
    ack_outcome: str | None = None  # report | speaker | both | other | needs_review | duplicate | declined_late
    duplicate_files: tuple[str, ...] = ()  # file names this sender had sent already
    replaces: tuple[int, ...] = ()  # a replacement: positions in thread.speakers of the speakers it retires
    unreadable_files: tuple[str, ...] = ()
    too_large_files: tuple[str, ...] = ()
    # Facts of the message alone that the follow-up stages read, worked out once by `read` (in a worker, when there
    # is one) rather than again by each stage that asks: the sha256 of each of parsed.attachments, in order, and
    # whether the new text refers back to an earlier message (`refers_back`).
    file_hashes: tuple[str, ...] = ()
    refers_back: bool = False
    body_print: str | None = None  # the new text's sketch (intake.resent), None for a short one


# What a follow-up does, read on its folded new text (accents, hamza and tanween removed, so
# "bien reçu" and "بدلاً" are matched as "bien recu" and "بدلا").
_QUESTION = re.compile(
    r"[?]|\b(?:could|can|would) you\b|\bplease (?:confirm|advise|clarify|let (?:us|me) know|tell)\b|\bwondering\b"
    r"|\b(?:i|we) would (?:like|appreciate|be grateful) (?:to know|knowing|if)\b"
    r"|\bpou(?:rr)?iez-vous\b|\best-ce que\b|\bmerci de (?:nous |me )?(?:confirmer|indiquer|preciser|dire|faire savoir)\b"
    r"|\b(?:je voudrais|nous voudrions|j'aimerais|nous aimerions) (?:savoir|connaitre|vous demander)\b"
    r"|(?:^|\s)(?:هل|متي|كيف)\s|(?:^|\s)(?:نرجو|ارجو|يرجي|الرجاء) (?:افادتنا|افادتي|التكرم|تاكيد|اعلامنا)|(?:^|\s)(?:نود|اود) (?:الاستفسار|معرفه)|(?:^|\s)استفسار",
    re.IGNORECASE | re.MULTILINE,
)
_REPLACES = re.compile(
    r"\b(?:instead(?: of)?|in (?:his|her|their|my) (?:place|stead)|in place of|as (?:a |his |her |their )?(?:replacement|substitute)"
    r"|replaced?\b[^.\n]{0,40}\bby|will replace|replacing|stand(?:s|ing)? in for|a (?:sa|leur|ma) place|(?:a la place|au lieu|en remplacement) d(?:e|u|es)?"
    r"|remplace(?:e|s|es)?\b[^.\n]{0,40}\bpar"
    r"|remplacera)\b|(?:^|\s)(?:بدلا (?:منه|منها|منهم|مني|عن|من)|عوضا عن|كبديل|(?:سينوب|ستنوب|ينوب|تنوب) عن|(?:يحل|تحل|سيحل|ستحل) محل)",
    re.IGNORECASE | re.MULTILINE,
)
# "Further to my e-mail of ...", "suite à notre courriel", "إلحاقاً برسالتنا": a new message, no
# In-Reply-To, that continues an earlier one. Read in the opening only, where people write it.
_REFERS_BACK = re.compile(
    r"\b(?:further to|following(?: up on)?|as (?:announced|promised|mentioned) in|in addition to|with reference to)"
    r" (?:my|our) (?:previous |earlier |last )?(?:e-?mail|message|letter|request|note|submission)\b"
    r"|\b(?:suite a|comme annonce dans|en complement de|pour faire suite a) (?:mon|notre|ma) (?:precedente? |derniere? )?"
    r"(?:message|courriel|mail|e-mail|lettre|demande|envoi|courrier)\b"
    # (also with the article, "بالإشارة إلى كتابنا", and "our letter", "كتابنا", as an official letter says it)
    r"|(?:^|\s)و?(?:بال)?(?:الحاقا|استكمالا|تبعا|اشاره|عطفا|لاحقا) ?(?:ب|ل|الي |علي )"
    r"(?:رسالتنا|رسالتي|بريدنا|بريدي|طلبنا|طلبي|مراسلتنا|كتابنا|كتابي|خطابنا|خطابي)"
    # a correction of what the sender sent before: "a small correction to our previous email", "تصحيح بسيط على ايميلنا السابق"
    r"|\b(?:a |one |small |quick |minor )*correction (?:to|of|on) (?:my|our) (?:previous |earlier |last )?(?:e-?mail|message|letter|request|note)\b"
    r"|\b(?:petite )?(?:correction|rectification|rectificatif) (?:a|de|sur) (?:mon|ma|notre) (?:precedent |precedente |dernier |derniere )?"
    r"(?:message|courriel|mail|e-mail|lettre|demande)\b"
    r"|(?:^|\s)(?:تصحيح|تصويب)(?: بسيط| صغير)? (?:علي |في |ل)(?:رسالتنا|رسالتي|بريدنا|بريدي|طلبنا|طلبي|ايميلنا|ايميلي)"
    # or an error found in it: "a typo in our previous email", "une erreur s'est glissée à la page 7 de notre rapport",
    # "خطأ مطبعي في رسالتنا السابقة"
    r"|\b(?:error|mistake|typo)(?: (?:crept|slipped) into| (?:in|on)(?: page \d+ of)?) (?:my|our) (?:previous |earlier |last )?"
    r"(?:e-?mail|message|letter|request|note|submission|report)\b"
    r"|\b(?:erreur|coquille)(?: s.est glissee| de frappe)? (?:dans|sur|a la page \d+ de) (?:mon|ma|notre) (?:precedent |precedente |dernier |derniere )?"
    r"(?:message|courriel|mail|e-mail|lettre|demande|rapport|envoi)\b"
    r"|(?:^|\s)خطا(?: مطبعي| بسيط| صغير)? (?:في |ب)(?:رسالتنا|رسالتي|بريدنا|بريدي|طلبنا|طلبي|ايميلنا|ايميلي|تقريرنا)"
    # coming back about the request sent: "I am coming back to you about the nomination of ...", "je reviens vers vous
    # au sujet de la candidature de ...", "أعود إليكم بخصوص ترشيح ..."
    r"|\b(?:coming|getting|writing) back to you (?:about|on|regarding|concerning) (?:my|our|the) (?:request|nomination|proposal|candidacy|application)\b"
    r"|\b(?:je reviens|nous revenons|(?:je me permets|nous nous permettons) de revenir) vers vous (?:au sujet de|concernant|a propos de)"
    r" (?:ma|notre|la|sa) (?:demande|candidature|proposition|nomination)\b"
    r"|(?:^|\s)(?:اعود|نعود) (?:اليكم|لكم) (?:بخصوص|بشان|حول) (?:طلب|ترشيح)"
    # the earlier message set aside, cut off or sent too soon: "please disregard my previous message", "my first
    # message went out cut off", « merci de ne pas tenir compte du précédent », "يرجى تجاهل رسالتنا السابقة"
    r"|\b(?:disregard|ignore) (?:my|our|the) (?:previous|earlier|last|first) (?:e-?mail|message|one)\b"
    r"|\b(?:my|our) (?:previous|earlier|last|first) (?:e-?mail|message) (?:was|went out|got) (?:cut|truncated|incomplete|sent)"
    r"|\bne (?:pas|plus) tenir compte (?:de mon |de notre |du |de l.)(?:precedent|premier|dernier|envoi|message)"
    r"|\b(?:mon|notre) (?:premier|precedent|dernier) (?:message|courriel|mail|envoi) (?:est parti|a ete envoye|etait)"
    r"|(?:^|\s)(?:تجاهلوا|تجاهل|يرجي تجاهل|الرجاء تجاهل|لا تعتبروا|لا تاخذوا ب)\s?(?:ال)?(?:رسال|ايميل|بريد)\S* (?:ال)?(?:سابقه|اولي|سابق)",
    re.IGNORECASE,
)
_OPENING = 400  # characters of new text
# The invitation letter, quoted: "we are pleased to invite you", « nous avons le plaisir de vous inviter », "يسرنا دعوتكم"
_INVITES = re.compile(r"\b(?:(?:pleased|delighted|honou?red) to invite|(?:plaisir|honneur) de vous inviter)\b"
                      r"|(?:^|\s)(?:يسرنا|يسعدنا|يشرفنا) (?:دعوتكم|ان ندعوكم)")
# A reply quoting an acknowledgement of receipt (ours, whose Message-ID its mailer may have lost): "We acknowledge
# receipt of your request", "Nous accusons réception", "نؤكد استلام", "Confirmation of receipt", "تأكيد استلام", or the
# acknowledgement's subject in an Outlook quote.
_QUOTES_ACK = re.compile(
    r"\b(?:we (?:hereby |gratefully )?acknowledge receipt|acknowledg(?:e)?ment of receipt"
    r"|nous accusons (?:bonne )?reception|accuse de reception|confirmation (?:of receipt|de (?:bonne )?reception))\b"
    # (a confirmation of receipt, not one asked for: "يرجى تأكيد استلام التقرير")
    r"|(?:^|\s)و?(?:نوكد|اشعار|(?<!يرجي )(?<!نرجو )(?<!ارجو )(?<!الرجاء )تاكيد) استلام",
    re.IGNORECASE,
)
_FEW_WORDS = 3  # what may be left of a thank-you once courtesies are taken out: a first name, "the team"
_SIGN_OFF_LINES = 3  # ... or the lines of a sign-off under it, each that short: a full name, a post, an organisation
# A line of such a sign-off: a capital (or a letter of a script without case) first, no number, no label's colon, up to
# three words; or up to eight as an office's name is, most words capitalised ("Ambassade du Sénégal - Riyad") or opening
# with the word of a body ("الأمانة التنفيذية للشبكة")
_SIGN_OFF_LINE = re.compile(r"(?![\d_])\w[^\s:\d]*(?:\s+[^\s:\d]+){0,7}")


def _quarantine(mail: RawMail, digest: str, reason: str) -> Analysis:
    return Analysis(mail=mail, sha256=digest, error=reason, status="quarantined",
                    reasons=(reason,), acknowledge=False)


def _followup_kind(a_decision: Decision, fields: Fields, parts: MessageParts, thread: Thread,
                   report_hashes: tuple[str, ...], ruleset: Ruleset, bodies: extract_mod.ExtractRules | None = None) -> str:
    """What a message attached to an earlier submission does to it."""
    new = fold_body(parts.new)
    if fields.withdrawal:
        return "withdrawal"
    if report_hashes and all(h in thread.known_hashes for h in report_hashes):
        return "duplicate"
    if a_decision.is_report and report_hashes:
        return "revision"
    if a_decision.is_speaker:
        if thread.category not in ("speaker_request", "both"):
            return "addition"  # a speaker request joins a report submission
        # Someone else to speak is a replacement; the same speaker's title or full name completes it;
        # a person not on file, with no replacing words, is one more speaker.
        on_file = [fold_body(name) for name, _t, _a in thread.speakers if name]
        if _REPLACES.search(new) and not _only_those_on_file(fields, on_file):
            return "replacement"
        # A name read only from the From display name says nothing about who the reply is about.
        named = [sp for sp in fields.speakers if sp.name and dict(sp.provenance).get("name") != "display_name"]
        if on_file and any(not _same_person(fold_body(sp.name or ""), on_file) for sp in named):
            return "addition"
        return "completion"
    if a_decision.category == "other":
        return "note" if adds_nothing(parts, ruleset, bodies) else "question"
    return "completion"


def withdraws_only_a_report(parsed: Parsed, parts: MessageParts, bodies: extract_mod.ExtractRules) -> bool:
    """Whether every withdrawal the message words takes back a report ("nous vous prions de retirer le rapport envoyé
    le 29 janvier", "we withdraw the report", "نسحب التقرير"), none a request or a nomination."""
    text = fold(parts.new + "\n" + parsed.subject)
    found = [m.group(0) for p in bodies.withdrawal for m in p.finditer(text)]
    return bool(found) and all(bodies.report_withdrawn.search(f) for f in found)


def _only_those_on_file(fields: Fields, on_file: list[str]) -> bool:
    """Whether every speaker a message names is one on file: its replacing words then change their role ("instead of
    Roundtable 2, I would prefer Roundtable 4", "بدلا من الثانية"), not the person."""
    return bool(on_file and fields.speakers) \
        and all(sp.name and _same_person(fold_body(sp.name), on_file) for sp in fields.speakers)


def _replaced(parts: MessageParts, thread: Thread, fields: Fields,
              rules: extract_mod.ExtractRules | None = None) -> tuple[int, ...] | None:
    """Which speakers on file a replacement retires (positions in thread.speakers); None when it is unclear.

    Those it names (the full name, or a surname of three letters or more that no new speaker has, in
    its new text), unless the name is one of the new speakers'; when it names none, the only speaker
    on file, or those it says will not come by a name only they have (see `_said_absent`). With several
    on file and none named, it is for the secretariat to say.
    """
    words = set(re.findall(r"\w+", fold_body(parts.new)))
    newcomers = [fold_body(sp.name) for sp in fields.speakers if sp.name]
    theirs = {w for n in newcomers for w in n.split()}  # a surname they share says nothing
    named = []
    for i, (name, _title, _affiliation) in enumerate(thread.speakers):
        parts_of_name = fold_body(name or "").split()
        if not parts_of_name or _same_person(" ".join(parts_of_name), newcomers):
            continue
        surname = parts_of_name[-1]
        if set(parts_of_name) <= words or (len(surname) >= 3 and surname in words and surname not in theirs):
            named.append(i)
    if named:
        return tuple(named)
    if len(thread.speakers) == 1:
        return (0,)
    return _said_absent(parts.new, thread, theirs, rules) if rules is not None else None


def _said_absent(new: str, thread: Thread, theirs: set[str], rules: extract_mod.ExtractRules) -> tuple[int, ...] | None:
    """The speakers on file a reply says will not come, called by a first name no other speaker on file and no new
    speaker has ("Yonas will not be able to join", "Sidi ne pourra pas venir", "instead of Rania"); None for none."""
    folded = fold("\n".join(logical_lines(new)))  # a hard-wrapped sentence read whole
    names = [set(fold(name or "").split()) for name, _t, _a in thread.speakers]
    absent = []
    for i, words in enumerate(names):
        others = theirs.union(*(w for j, w in enumerate(names) if j != i))
        own = [w for w in words - others if len(w) >= 3]
        called = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in own]
        other_called = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in others if len(w) >= 3]
        if any(says_absent(c, folded, other_called, rules, kept=False) for c in called):
            absent.append(i)
    return tuple(absent) or None


def _in_their_place(speaker: Speaker, thread: Thread, replaced: int) -> Speaker:
    """The one speaker a replacement proposes, with what it leaves unsaid taken from the speaker it replaces: the
    organisation, and the roles and roundtable ("In his place we propose Ms X for the same slot", "à sa place, Mme Y,
    chargée de communication", "بدلاً منه زميلتنا Z"). What the reply says itself stands."""
    _name, _title, affiliation = thread.speakers[replaced]
    roles, roundtable = thread.slots[replaced] if replaced < len(thread.slots) else ((), None)
    taken: dict[str, Any] = {}
    if not speaker.affiliation and affiliation:
        taken["affiliation"] = affiliation
    if not speaker.roles and roles:
        taken["roles"], taken["roundtable"] = tuple(roles), roundtable
    elif "roundtable" in speaker.roles and speaker.roundtable is None and "roundtable" in roles and roundtable is not None:
        taken["roundtable"] = roundtable
    if not taken:
        return speaker
    provenance = speaker.provenance + tuple((f, "replaced") for f in taken if f != "roundtable")
    return replace(speaker, **taken, provenance=provenance)


def _newcomers(fields: Fields, thread: Thread, writer: bool = True) -> bool:
    """Whether a follow-up names a speaker who is not one on file. With writer=False, a name read only from the
    sender (the signature, the From display name) is no one named: who writes a withdrawal proposes nobody."""
    on_file = [fold_body(name) for name, _t, _a in thread.speakers if name]
    return any(sp.name and not _same_person(fold_body(sp.name), on_file) for sp in fields.speakers
               if writer or dict(sp.provenance).get("name") not in ("signature", "display_name"))


def _same_person(name: str, on_file: list[str]) -> bool:
    """Whether a (folded) name is one on file: equal, or the one holds all the other's words ("Omar" / "Omar Khalil")."""
    words = set(name.split())
    return any(words <= set(known.split()) or set(known.split()) <= words for known in on_file)


def attachment_hashes(a: Analysis) -> tuple[str, ...]:
    """The sha256 of each attached file (inline images aside): a file sent again links a message to its thread."""
    assert a.parsed is not None, "a quarantined message has no attachments"
    return tuple(h for att, h in zip(a.parsed.attachments, a.file_hashes, strict=True) if not att.inline)


def resent_of(a: Analysis) -> Resent | None:
    """What finds the same text sent before by the sender: the new text's print and when the message came."""
    return Resent(a.body_print, a.mail.received_at) if a.body_print else None


def refers_back(parts: MessageParts) -> bool:
    """Whether the new text opens by following up an earlier message of the sender's, in any language, or the message
    replies to an acknowledgement of receipt it quotes."""
    return bool(_REFERS_BACK.search(fold_body(parts.new[:_OPENING]))
                or _QUOTES_ACK.search(fold_body(parts.quoted[:_OPENING])))


_WORD = re.compile(r"\w+")


def _few_words_left(text: str, ruleset: Ruleset, most: int) -> bool:
    """Whether at most `most` words of a text are outside its courtesies: those `courtesies.sub(" ", text)` would leave.

    The courtesies are the matches finditer would give, read one after another; the next one is tried position by
    position only up to the word that would be one too many. One search for it would run to the end of a long text
    that has none, which made this the dearest step of a follow-up. (A courtesy that matches no text is passed over.)
    """
    if ruleset.courtesies is None:
        return len(_WORD.findall(text)) <= most
    left, pos = 0, 0
    while True:
        limit = at = pos
        for _ in range(most - left + 1):  # the start of the word that would be one too many
            word = _WORD.search(text, at)
            if word is None:
                return True  # fewer words are left than would be too many, courtesies or not
            limit, at = word.start(), word.end()
        courtesy = next((m for i in range(pos, limit + 1)
                         if (m := ruleset.courtesies.match(text, i)) and m.end() > i), None)
        if courtesy is None:
            return False
        left += len(_WORD.findall(text, pos, courtesy.start()))
        pos = courtesy.end()


def _signs_off(line: str, bodies: extract_mod.ExtractRules | None) -> bool:
    """Whether a line could sign a reply: a name, or an office (see _SIGN_OFF_LINE); not "We will send it tomorrow".
    `bodies` (the extraction rules) knows the words that open an office's or an organisation's name."""
    if " | " in line:  # a post given in two languages, "Coordinateur national | المنسق الوطني": each half signs
        return all(_signs_off(half.strip(), bodies) for half in line.split(" | ") if half.strip())
    if not _SIGN_OFF_LINE.fullmatch(line) or line[0].islower():
        return False
    words = [w for w in line.split() if w[0].isalpha()]
    if len(words) <= 3 or sum(w[0].isupper() for w in words) * 2 > len(words):
        return True
    return bodies is not None and not re.search(r"[.!?؟;]", line) and bodies.opens_with_body(line)


def adds_nothing(parts: MessageParts, ruleset: Ruleset, bodies: extract_mod.ExtractRules | None = None) -> bool:
    """True for a thank-you or a confirmation: nothing left once courtesies (rules/classify.toml) are taken out, no
    question. `bodies` (the extraction rules) lets a sign-off line name an office or organisation in full."""
    new = fold_body(parts.new)
    if _QUESTION.search(new):
        return False
    if _few_words_left(new, ruleset, _FEW_WORDS):
        return True
    # signed with a name and an organisation the splitter did not take for a signature (no closing line of its own:
    # "Merci pour l'accusé de réception !" then "Marie-Claire Ndongo" and "CTDF-J"): nothing at all left above them
    *above, last = re.split(r"\n\s*\n", parts.new.strip())
    lines = last.split("\n")
    # a closing over the sign-off ("Cordially," / "Hela Ben Romdhane" / "OTMD") is a courtesy, no line of it
    while len(lines) > 1 and _few_words_left(fold_body(lines[0]), ruleset, 0):
        lines = lines[1:]
    return bool(above) and len(lines) <= _SIGN_OFF_LINES and all(_signs_off(ln.strip(), bodies) for ln in lines) \
        and _few_words_left(fold_body("\n\n".join(above)), ruleset, 0)


_FEW_SENTENCES = 3  # how long a thank-you for our acknowledgement runs: "Great, thanks! I've let the centre know."
_THANKS_WORDS = 50  # the most words a thank-you for our acknowledgement runs to, greetings aside
_SENTENCE = re.compile(r"[^.!?؟\n]*\w[^.!?؟\n]*")
_HONORIFIC_STOP = re.compile(r"(?<!\w)(\w+)\.(?= \w)")  # "Dr. Hana": a word, its full stop, a word after


# The article that makes a post word opening a sentence the person who holds it ("The president is back", « Le
# président est rentré », "الرئيس رجع"): the sentence tells what they do, it gives no one a post.
_POST_HOLDER = re.compile(r"^\W*(?:(?:the|le|la|l')\s*(?=\w)|(?=ال))", re.IGNORECASE)
# Whom the sender has told, up to the end of its clause ("we have informed the Chair of the Committee, and ...", « nous
# avons informé la présidente », "تم إبلاغ سعادة رئيس اللجنة"), in folded text: the post is who was told, no news
_TOLD = re.compile(r"(?:\b(?:informed|told|notified|briefed|informe|informee|prevenu|prevenue|avise|avisee)"
                   r"|(?:^|\s)(?:تم\s+)?(?:ابلاغ|اعلام|اخطار|ابلغنا|اعلمنا|اخطرنا|ابلغت|اعلمت))"
                   r"(?:\s+\S+){1,5}?(?=\s*(?:[,،.;!]|$)|\s+(?:and|et)\s|\s+و)")


def _names_a_post(sentence: str, rules: extract_mod.ExtractRules) -> bool:
    """Whether a sentence holds a post word (rules/extract.toml titles), the one opening it after an article aside, and
    a form of address before a name aside ("الأستاذ محمد طاهر والأستاذة آمنة في انتظار التفاصيل" names no post), and
    whom the sender has told aside ("تم إبلاغ سعادة رئيس اللجنة", "I have informed our Director")."""
    folded = _TOLD.sub(" ", fold(sentence))
    if holder := _POST_HOLDER.match(folded):
        first = re.match(r"\w+", folded[holder.end() :])
        if first and rules.title_words.has(first[0]):
            folded = folded[holder.end() + first.end() :]
    words = folded.split()
    folded = " ".join(w for i, w in enumerate(words)
                      if not (i + 1 < len(words) and (w in rules.honorifics or w[:1] == "و" and w[1:] in rules.honorifics)))
    return rules.title_words.hits(folded) > 0


def _answers_our_ack(parsed: Parsed, parts: MessageParts, ctx: Context) -> bool:
    """Whether a reply answers our acknowledgement: it replies to one of our signed Message-IDs, or the message it
    quotes came from one of our addresses ("From: ... <ours>", "... <ours> wrote:") and is not the invitation letter, or
    reads as an acknowledgement of receipt, quoted or in the subject."""
    quoted, writer = parts.quoted[:_OPENING].lower(), attribution(parts.quoted).lower()
    # (our address also sent the invitation: a reply quoting it, which carries none of our references, answers no
    # acknowledgement: « Merci pour l'invitation. Malheureusement nous ne pourrons pas participer » is news)
    reference = re.compile(rf"\b{re.escape(ctx.settings.reference_prefix)}-\d+", re.IGNORECASE)
    invitation = not reference.search(parsed.subject) and not reference.search(parts.quoted) \
        and bool(_INVITES.search(fold_body(quoted)))
    return (any(ids.is_ours(ctx.screen_ctx.secret, r) for r in parsed.in_reply_to)
            or any(a in writer for a in ctx.settings.own_addresses) and not invitation
            or bool(_QUOTES_ACK.search(fold_body(quoted)) or _QUOTES_ACK.search(fold_body(parsed.subject))))


def _sends_a_file(parsed: Parsed) -> bool:
    """Whether the message sends a file: an inline image (the logo of an Outlook signature, "image001.png") is none."""
    return any(not (att.inline and att.content_type.startswith("image/")) for att in parsed.attachments)


def _only_thanks_for_ack(parsed: Parsed, parts: MessageParts, docs: Mapping[str, DocText], lang: str, ctx: Context) -> bool:
    """Whether a reply to our acknowledgement only thanks or reassures, however it words it ("God bless your work",
    « Aminata est ravie », "وصلنا الإشعار"): a few sentences (its sign-off aside), no question, and nothing that,
    read as a speaker request, gives a post, an organisation, a role or a withdrawal, and no word of a post above the
    sign-off. A post or organisation read only from the sender's own signature is not news; "her title is X",
    « la table ronde 3 plutôt » are."""
    new = fold_body(parts.new)
    if _QUESTION.search(new) or not _answers_our_ack(parsed, parts, ctx):
        return False
    # (a device's footer or a phone number under the name is no sentence: "عمر X" / "أُرسلت من الـ iPhone")
    *above, last = re.split(r"\n\s*\n", "\n".join(ln for ln in parts.new.strip().split("\n")
                                                  if not is_noise(ln, ctx.extract_rules)).strip())
    if above and all(_signs_off(ln.strip(), ctx.extract_rules) for ln in last.split("\n") if ln.strip()):
        last = ""
    text = "\n\n".join([*above, last])
    # a post word above the sign-off is news the extraction may not read ("Leila is now our advocacy coordinator");
    # an honorific's full stop ends no sentence ("Dr. Hana and Mr. Al-Sayed look forward to it", « M. Diallo »)
    plain = _HONORIFIC_STOP.sub(lambda m: m[1] if fold(m[0]) in ctx.extract_rules.honorifics else m[0], text)
    # (a greeting or a thanks on its own, "Dear colleagues,", is no sentence of news; but a few long sentences are no
    # thank-you: « تتقدم الهيئة بالشكر على دعوتها، وتأسف لإبلاغكم بتعذّر مشاركتها ... » declines at length)
    sentences = [s for s in _SENTENCE.findall(plain) if not _few_words_left(fold_body(s), ctx.ruleset, 0)]
    if sum(len(s.split()) for s in sentences) > _THANKS_WORDS or sum(len(s.split()) > 1 for s in sentences) > _FEW_SENTENCES or any(_names_a_post(s, ctx.extract_rules) for s in sentences):
        return False
    # the subject of our acknowledgement, repeated ("RE: Acknowledgement of receipt - Floor intervention - Roundtable 3"),
    # recalls the request on file: no role it names is news
    if _QUOTES_ACK.search(fold_body(parsed.subject)):
        parsed = replace(parsed, subject="")
    fields = extract_mod.extract(parsed, parts, Decision("speaker_request", 1.0, False), lang, docs, ctx.extract_rules,
                                 ctx.settings.roundtable_themes)
    return not fields.withdrawal and not any(
        value and dict(sp.provenance).get(key) != "signature"
        for sp in fields.speakers for key, value in (("title", sp.title), ("affiliation", sp.affiliation), ("roles", sp.roles)))


def analyse(mail: RawMail, ctx: Context, history: History | None = None) -> Analysis:
    """Run every pure stage on one message. Never raises for bad input: it quarantines."""
    base = read(mail, ctx)
    if base.parts is None:
        return base  # quarantined or screened out: nothing the store knows can change it
    return conclude(base, ctx, history or NoHistory())


def read(mail: RawMail, ctx: Context) -> Analysis:
    """The stages that need nothing from the store: parse, screen, split the text, read the documents.

    A message screened out or quarantined is final here; any other comes back with `parts` set, for
    `conclude`.
    """
    settings = ctx.settings
    digest = sha256_hex(mail.raw)
    if not mail.raw and mail.size:
        return _quarantine(mail, digest, f"the message is {mail.size} bytes, over the {settings.source.max_message_bytes}-byte limit")
    try:
        parsed = parse(mail.raw)
    except ParseError as exc:
        return _quarantine(mail, digest, str(exc))

    verdict = screen.screen(parsed, ctx.screen_ctx, ctx.screen_rules)
    base = Analysis(mail=mail, sha256=digest, parsed=parsed, verdict=verdict)
    if not verdict.classify:
        lang = language.detect(split(parsed.text[:TEXT_LIMIT]), parsed.subject, None)
        return replace(base, category=verdict.category, status="ignored", language=lang,
                       reasons=(f"screen:{verdict.rule}", verdict.reason), acknowledge=False)
    parts = carry_forward(split(parsed.text[:TEXT_LIMIT]), parsed.subject)
    return replace(base, parts=parts, docs=documents.read_documents(parsed.attachments, ctx.limits),
                   file_hashes=tuple(sha256_hex(a.payload) for a in parsed.attachments), refers_back=refers_back(parts),
                   body_print=resent.body_print(parts.new))


def conclude(base: Analysis, ctx: Context, history: History) -> Analysis:
    """The stages the store's answers can change (the thread, the sender's earlier language), on a message
    `read` left to classify: classification, language, extraction, deadlines, follow-up and status."""
    settings = ctx.settings
    mail, parsed, verdict, parts, docs = base.mail, base.parsed, base.verdict, base.parts, base.docs
    assert parsed is not None and verdict is not None and parts is not None, "conclude needs a message read to classify"
    thread = history.thread_for(parsed, attachment_hashes(base), base.refers_back, resent_of(base))
    # A worker's decision was made without a thread, and the classification reads nothing else the store
    # answers: without a thread here either, it stands; with one, only the rules that read the thread are weighed again.
    if base.decision is None:
        decision = classify_mod.classify(parsed, parts, docs, ctx.ruleset, thread.category if thread else None)
    elif thread is None:
        decision = base.decision
    else:
        decision = classify_mod.with_thread(base.decision, parsed, parts, docs, ctx.ruleset, thread.category)
    if not verdict.submission and decision.category != "other":
        # A newsletter or a list's mail that reads like a report or a request (it repeats a nomination, quotes the
        # call): no submission, for a person to look at. (Said in the decision, which a worker hands back as it is.)
        said = f"list or newsletter mail that reads like a {decision.category.replace('_', ' ')}: filed as other"
        decision = replace(decision, category="other", needs_review=True, report_attachments=(),
                           reason="; ".join(filter(None, (decision.reason, said))))
    # `base` may be a whole analysis made without the store's answers (a worker's): what those answers
    # cannot change is kept. The sender's earlier language only decides a language the text left unsure,
    # and extraction depends on nothing else the answers change.
    made_without = base.language if base.decision is not None else None
    earlier = None if made_without is not None and made_without.confident else history.sender_language(parsed.from_addr)
    if made_without is not None:
        # Sure, or unsure with no earlier language the detection would read: detecting again gives what it gave;
        # unsure with one, what the detection gives with it follows from what it gave without (see with_history).
        lang = made_without if earlier is None else language.with_history(made_without, earlier)
    else:
        lang = language.detect(parts, parsed.subject, earlier)
    if made_without is not None and base.decision == decision and made_without.language == lang.language:
        fields = base.fields
    else:
        fields = extract_mod.extract(parsed, parts, decision, lang.language, docs, ctx.extract_rules,
                                     settings.roundtable_themes)
    timeliness = deadlines.check(decision.category, mail.received_at, settings.deadlines)

    reasons: list[str] = []
    if decision.reason:
        reasons.append(decision.reason)
    status = "needs_review" if decision.needs_review else "filed"
    report_names = tuple(dict.fromkeys(decision.report_attachments))  # in the message's order, the same in every process
    by_name = dict(zip((a.filename for a in parsed.attachments), base.file_hashes, strict=True))
    report_hashes = tuple(by_name[n] for n in decision.report_attachments if n in by_name)
    followup = None
    duplicate_files: tuple[str, ...] = ()
    replaces: tuple[int, ...] = ()
    unclear_replacement = False
    if thread is not None:
        if fields.withdrawal and decision.is_speaker and withdraws_only_a_report(parsed, parts, ctx.extract_rules):
            # "retirez notre rapport ; en revanche notre demande d'intervention est maintenue": the speaker request the
            # message words stands, and the submission with it; the withdrawn report is left to the reader.
            fields = replace(fields, withdrawal=False)
            reasons.append("withdraws a report sent before, keeps its speaker request")
        followup = _followup_kind(decision, fields, parts, thread, report_hashes, ctx.ruleset, ctx.extract_rules)
        if followup == "question" and not _sends_a_file(parsed) and _only_thanks_for_ack(parsed, parts, docs, lang.language, ctx):
            followup = "note"
        reasons.append(f"follow-up of {thread.reference} ({followup}, linked by {thread.via})")
        if followup == "duplicate":
            duplicate_files = tuple(n for n in decision.report_attachments if by_name.get(n) in thread.known_hashes)
        if followup == "replacement":
            found = _replaced(parts, thread, fields, ctx.extract_rules)
            unclear_replacement = found is None
            replaces = found or ()
            if len(replaces) == 1 and len(fields.speakers) == 1 and _newcomers(fields, thread):
                fields = replace(fields, speakers=(_in_their_place(fields.speakers[0], thread, replaces[0]),))
        if followup == "withdrawal" and not decision.report_attachments and not _newcomers(fields, thread, writer=False):
            # Withdrawing a request proposes nothing: the message is a note on the submission it withdraws
            # (which recording marks withdrawn), and the speakers it names are the ones it takes back.
            decision = replace(decision, category="other")
            fields = replace(fields, speakers=())
            reasons.append("a withdrawal proposes no speaker and sends no report")
    if decision.is_speaker:
        missing = sorted({f for s in fields.speakers for f in s.missing() if f != "name"})
        if followup == "completion" and thread is not None and thread.speakers:
            # What is still missing once this reply's details join those already on file.
            on_file = [dict(zip(("name", "title", "affiliation"), sp, strict=True)) for sp in thread.speakers]
            given = dict(paired([sp[0] for sp in thread.speakers], fields.speakers))
            merged = [completed(old, given.get(i, Speaker(None))) for i, old in enumerate(on_file)]
            missing = sorted({f for m in merged for f in ("title", "affiliation") if not m[f]})
        if not fields.speakers:
            status, missing = "needs_review", ["name", "title", "affiliation"]
            reasons.append("speaker request without speaker details")
        elif missing:
            status = "needs_review"
            reasons.append("speaker details missing: " + ", ".join(missing))
    unreadable = tuple(n for n in report_names if n in docs and docs[n].status in ("encrypted", "image_only", "timeout", "failed"))
    too_large = tuple(n for n in report_names if n in docs and docs[n].status == "too_large")
    if unreadable:
        reasons.append("report text could not be read: " + ", ".join(f"{n} ({docs[n].status})" for n in unreadable))
    if timeliness.on_time is False:
        reasons.append("received after the deadline")
    if len(parsed.text) > TEXT_LIMIT:
        reasons.append(f"the text is {len(parsed.text):,} characters long: only the first {TEXT_LIMIT:,} were read")
    if unclear_replacement:
        status = "needs_review"
        reasons.append("a replacement that does not say which of the speakers on file it replaces")

    acknowledge = verdict.acknowledge and acknowledgements_allowed(ctx)
    if not acknowledgements_allowed(ctx):
        reasons.append("no acknowledgement: screening rules are not loaded")
    elif not verdict.acknowledge:
        reasons.append(f"no acknowledgement: {verdict.reason}")
    if followup == "note" or (thread is None and decision.category == "other" and not _sends_a_file(parsed)
                              and (parsed.in_reply_to or parsed.references)
                              and (adds_nothing(parts, ctx.ruleset, ctx.extract_rules)
                                   or _only_thanks_for_ack(parsed, parts, docs, lang.language, ctx))):
        # A thank-you for our acknowledgement adds nothing, even when the thread it answers is unknown
        # here (an older mailbox, another system's reference): answering it would start a ping-pong.
        acknowledge = False
        reasons.append("no acknowledgement: a reply that adds nothing new")

    if decision.needs_review:
        outcome = "needs_review"
    elif followup == "duplicate":
        outcome = "duplicate"
    elif timeliness.on_time is False and settings.late_policy == "decline":
        outcome = "declined_late"
    else:
        outcome = {"voluntary_report": "report", "speaker_request": "speaker", "both": "both"}.get(decision.category, "other")
    if verdict.kind == "suspect":
        status = "needs_review"
    elif verdict.kind == "bulk":
        # lists and no-reply senders: recorded and classified, never a submission; a newsletter that reads like one is
        # shown to a person
        status = "needs_review" if decision.needs_review and not verdict.submission else "ignored"
    return replace(
        base,
        parts=parts,
        docs=docs,
        decision=decision,
        fields=fields,
        language=lang,
        timeliness=timeliness,
        thread=thread,
        followup=followup,
        category=decision.category,
        status=status,
        reasons=tuple(reasons),
        acknowledge=acknowledge,
        ack_outcome=outcome,
        duplicate_files=duplicate_files,
        replaces=replaces,
        unreadable_files=unreadable,
        too_large_files=too_large,
    )
