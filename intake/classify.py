"""Parsed + MessageParts + attachment texts + Ruleset -> Decision: report, speaker request, both or other.

This module owns the weighing of evidence. Each rule of rules/classify.toml adds its weight to a
category when it fires: text rules on the subject and on the parts of the body (the sender's new
text counts fully; forwarded text a little less; signature and quoted text by default not at
all, so a reply quoting the invitation letter is judged on what the sender wrote; but in a
message whose subject says it is a forward, text under an "From: ... Sent: ..." header block is
what is forwarded, and counts as forwarded text; a carried-along message that holds the organisers'
own call (settings.organisers_text) is their words handed back and is not read), attachment
rules on the names and texts of the attached documents (or on a read text lacking something),
thread rules on the category of the submission a follow-up belongs to; a text rule may also be
limited to follow-ups of some categories ("his title is ..." completes a speaker request). A
category holds when its score reaches `decide`; a score in the band [review, decide) asks for a
person's review, unless the message's own words and files bring no evidence for that category
(only the thread and a reply's repeated subject do). It also tells which attachments are the
report: documents that no decoy rule claims (CVs, bios, invitation letters, forms). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import islice
from pathlib import PurePath

from intake.folding import fold
from intake.model import Attachment, Decision, DocText, MessageParts, Parsed, Signal
from intake.rules import RULE_CATEGORIES, Haystack, Rule, Ruleset, fold_body
from intake.text import carried_blocks, subject_only

# A reply's subject repeats the subject of the message answered, which may be ours or their own
# earlier submission; a forward's subject names what is forwarded to us, so it keeps full weight, unless
# what is forwarded was itself a reply ("FW: Re: report + rapporteur"): its subject repeats an earlier one.
_REPLY = re.compile(r"^\s*(?:(?:fwd?|tr|wg|rv|enc)\s*:\s*)*(?:(?:re|aw|sv|antw|ref|رد)\s*(?:\[\d+\])?\s*:\s*)+",
                    re.IGNORECASE)
ORGANISERS_TEXT = "organisers-text"  # the signal of a document that is the organisers' own call
DISOWNED_FILE = "disowned-file"  # the signal of a file the text says is no part of the report
# Words of a file's name that tell no file apart from the report ("Report_2021_final.pdf"), folded
_GENERIC_NAME_WORDS = frozenset({
    "report", "reports", "rapport", "rapports", "تقرير", "التقرير", "voluntary", "volontaire", "review", "examen", "regional",
    "national", "final", "draft", "version", "annex", "annexe", "part", "partie", "file", "fichier", "document", "pdf",
    "docx", "doc", "gcm", "pmm", "2019", "2020", "2021", "the", "and", "for", "des", "pour"})
_NAME_SEPARATORS = re.compile(r"[_\-.+]+")
_ARCHIVE_EXTENSIONS = (".zip", ".7z", ".rar")  # a report packed in one is recorded as sent, when nothing else is
_MATCH_CHARS = 80


def _places(parsed: Parsed, parts: MessageParts, ruleset: Ruleset) -> dict[str, str]:
    """Folded text of each place a text rule may look at; a place that weighs nothing is left empty."""
    places = {
        "subject": lambda: fold(parsed.subject),
        "new": lambda: fold_body(parts.new),
        "forwarded": lambda: _senders_own(parts.forwarded, ruleset),
        "signature": lambda: fold_body(parts.signature),
        "quoted": lambda: _senders_own(parts.quoted, ruleset),
    }
    texts = {place: text() if place == "subject" or ruleset.factor(place) else "" for place, text in places.items()}
    if subject_only(parsed, parts):
        texts["new"] = texts["subject"]  # the subject says it all ("طلب مداخلة / X / المدير / الشبكة"): it is the text
    return texts


def _senders_own(carried: str, ruleset: Ruleset) -> str:
    """Carried-along text, folded, without the messages that hold the organisers' own call."""
    folded = fold_body(carried)
    if not folded or not ruleset.organisers_text:
        return folded
    whole = Haystack(folded)  # a phrase the whole cannot hold, none of its messages does
    patterns = [p for p in ruleset.organisers_text if whole.may_match(p)]
    if not patterns:
        return folded
    blocks = [fold_body(b) for b in carried_blocks(carried)]
    return "\n".join(b for b in blocks if not any(p.search(b) for p in patterns))


def _factor(ruleset: Ruleset, place: str, reply: bool) -> float:
    factor = ruleset.factor(place)
    return factor * ruleset.reply_subject if place == "subject" and reply else factor


def _search_all(patterns: tuple[re.Pattern[str], ...], text: Haystack) -> list[re.Match[str]] | None:
    """The first match of every pattern, or None at the first that does not match."""
    found = []
    for p in patterns:
        m = text.search(p)
        if m is None:
            return None
        found.append(m)
    return found


def _any_matches(rule: Rule, text: Haystack) -> list[re.Match[str]]:
    """The first min_count matches of the rule's `any` patterns, pattern by pattern (fewer if there are not so many)."""
    if not text.may_match_any(rule.any):
        return []
    if rule.min_count == 1:  # nearly every rule: the first pattern that matches, without a generator's cost
        for p in rule.any:
            m = text.search(p)
            if m is not None:
                return [m]
        return []
    return list(islice((m for p in rule.any for m in text.finditer(p)), rule.min_count))


def _text_signal(rule: Rule, texts: Mapping[str, tuple[Haystack, float]]) -> tuple[float, str, str] | None:
    """(weight, place, match) of a text rule at the place where it weighs most, or None.

    `texts` holds each place that has text and weighs something, with its factor.
    """
    best: tuple[float, str, str] | None = None
    for place in rule.where:
        known = texts.get(place)
        if known is None:
            continue
        text, factor = known
        found = _search_all(rule.all, text)
        if found is None or rule.unless and text.search(rule.unless):
            continue
        # Only the first match counts, and whether there are min_count of them.
        matches = _any_matches(rule, text) if rule.any else found
        if len(matches) < rule.min_count:
            continue
        weight = rule.weight * factor
        if best is None or abs(weight) > abs(best[0]):
            best = (weight, place, matches[0].group(0)[:_MATCH_CHARS].strip())
    return best


class _Files:
    """A message's attachments as the attachment rules read them: each name and each document's text folded once
    for all the rules (a message may carry hundreds of files)."""

    def __init__(self, docs: Mapping[str, DocText]) -> None:
        self._docs = docs
        self._names: dict[str, str] = {}
        self._texts: dict[str, Haystack | None] = {}

    def name(self, filename: str) -> str:
        folded = self._names.get(filename)
        if folded is None:
            folded = self._names[filename] = _NAME_SEPARATORS.sub(" ", fold(filename))
        return folded

    def text(self, filename: str) -> Haystack | None:
        """The folded text of a document that was read; None for one that was not (it neither has nor lacks anything)."""
        if filename not in self._texts:
            doc = self._docs.get(filename)
            self._texts[filename] = Haystack(fold_body(doc.text)) if doc is not None and doc.readable else None
        return self._texts[filename]

    def matches(self, rule: Rule, att: Attachment) -> bool:
        """True when every condition the rule gives (filename, content_type, text, lacks) holds."""
        if rule.filename and not rule.filename.search(self.name(att.filename)):
            return False
        if rule.content_type and not rule.content_type.search(att.content_type):
            return False
        if rule.text or rule.lacks:
            text = self.text(att.filename)
            if text is None:
                return False
            if (rule.text and not text.search(rule.text)) or (rule.lacks and text.search(rule.lacks)):
                return False
        return True


def _is_document(att: Attachment, ruleset: Ruleset) -> bool:
    if not att.payload or att.payload.isspace():
        # an empty file (0 bytes, an upload that failed) holds no report: there is nothing to file (isspace stops at the
        # first other byte; strip() would copy a large attachment that ends with a newline)
        return False
    ext = PurePath(att.filename.lower()).suffix.lstrip(".")
    return ext in ruleset.document_extensions or att.content_type.lower() in ruleset.document_types


def _where(rule: Rule) -> str:
    if rule.text or rule.lacks:
        return "attachment_text"
    return "attachment_name" if rule.filename else "attachment_type"


def _confidence(scores: Mapping[str, float], ruleset: Ruleset) -> float:
    """0.5 on the decide threshold, rising to 1 as every score moves away from it."""
    margins = [min(1.0, 0.5 + abs(s - ruleset.decide) / (2 * ruleset.decide)) for s in scores.values()]
    return round(min(margins), 2)


def _haystacks(texts: Mapping[str, str], ruleset: Ruleset, reply: bool) -> dict[str, tuple[Haystack, float]]:
    """Each place that has text and weighs something, with its factor."""
    factors = {place: _factor(ruleset, place, reply) for place in texts}
    return {place: (Haystack(text, ruleset.lexicon), factors[place]) for place, text in texts.items() if text and factors[place]}


def _decoys(attachments: tuple[Attachment, ...], files: _Files, ruleset: Ruleset,
            new: str) -> tuple[list[Signal], list[Attachment]]:
    """The decoys' hits, and the attachments that are documents no decoy claims."""
    hits: list[Signal] = []
    decoyed: set[int] = set()
    for rule in ruleset.decoys:
        if rule.unless and rule.unless.search(new):
            continue  # "the cover letter should be read as part of the submission"
        for i, att in enumerate(attachments):
            if files.matches(rule, att):
                decoyed.add(i)
                hits.append(Signal(rule.name, "decoy", 0.0, _where(rule), att.filename))
    for i, att in enumerate(attachments):
        if i not in decoyed and _disowned(att.filename, new, ruleset):
            decoyed.add(i)
            hits.append(Signal(DISOWNED_FILE, "decoy", 0.0, "new", att.filename))
    for i, att in enumerate(attachments):
        # A document holding the organisers' own call is the invitation sent back to us.
        if i in decoyed or not ruleset.organisers_text:
            continue
        text = files.text(att.filename)
        if text is not None and any(text.search(p) for p in ruleset.organisers_text):
            decoyed.add(i)
            hits.append(Signal(ORGANISERS_TEXT, "decoy", 0.0, "attachment_text", att.filename))
    return hits, [a for i, a in enumerate(attachments) if i not in decoyed and _is_document(a, ruleset)]


def _disowned(filename: str, new: str, ruleset: Ruleset) -> bool:
    """Whether a sentence of the new text says a file is no part of the report ([settings] disowned_files) and names it
    by half the words of its name or more, two at least ("You will also find our February prayer letter attached ... it is
    not part of the report" for "Prayer Letter - February 2021.pdf", "attached, for background only, our Shariah Board's
    guidance on zakat" for "Shariah Board guidance - Zakat.pdf", "le programme de notre dernier festival, à titre
    d'illustration" for "Programme_Festival_ACMM_2020.pdf"; not "a photo from our workshop in Kuwait, in case it
    is useful" for "Annex - Case studies (Kuwait, Qatar, Bahrain).docx"); the words any report's name holds tell
    nothing."""
    if not ruleset.disowned_files:
        return False
    named = set(re.findall(r"[^\W\d_]{3,}|\d{4}", fold(PurePath(filename).stem).replace("_", " "))) - _GENERIC_NAME_WORDS
    if len(named) < 2:
        return False
    for sentence in re.split(r"(?<=[.!?؟])\s+|\n\s*\n", new):
        shared = len(named & set(re.findall(r"[^\W\d_]{3,}|\d{4}", sentence)))
        if shared >= 2 and shared * 2 >= len(named) and any(p.search(sentence) for p in ruleset.disowned_files):
            return True
    return False


def _names(documents: list[Attachment]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.filename for a in documents))  # one entry per name, in message order


def _is_archive(att: Attachment) -> bool:
    return (PurePath(att.filename.lower()).suffix in _ARCHIVE_EXTENSIONS
            or att.content_type.lower() in ("application/zip", "application/x-zip-compressed"))


def _report_names(attachments: tuple[Attachment, ...], hits: list[Signal], documents: list[Attachment]) -> tuple[str, ...]:
    """The documents that are the report; when there is none, the pictures sent as its pages or the archive it was
    packed in ("the report itself is the PDF inside the zip": the archive is recorded as sent).

    A report written by hand or printed, then photographed page by page ("this is our report", "صورناه بالتلفون"),
    comes as pictures only. A picture a decoy claims for its type alone (a photo) is then a page of the report,
    unless the HTML body shows it (a logo has a Content-ID) or a decoy claims it for its name or text.
    """
    if documents:
        return _names(documents)
    by_type = {h.match for h in hits if h.category == "decoy" and h.where == "attachment_type"}
    by_more = {h.match for h in hits if h.category == "decoy" and h.where != "attachment_type"}
    return _names([a for a in attachments if a.filename not in by_more and (
        (_is_archive(a) and a.filename not in by_type)
        or (a.content_type.startswith("image/") and a.content_id is None and a.filename in by_type))])


def _text_or_thread_signal(rule: Rule, texts: Callable[[], Mapping[str, tuple[Haystack, float]]],
                           thread_category: str | None) -> tuple[float, str, str] | None:
    """(weight, place, match) of a text or thread rule, or None; `texts` gives the places (see _text_signal)."""
    if rule.type == "text":
        # A text rule with `after` reads the message as a follow-up of such a submission only.
        return _text_signal(rule, texts()) if not rule.after or thread_category in rule.after else None
    return (rule.weight, "thread", thread_category or "") if thread_category in rule.after else None


def _signals(rule: Rule, found: tuple[float, str, str]) -> list[Signal]:
    return [Signal(rule.name, cat, round(found[0], 3), found[1], found[2]) for cat in rule.categories]


def classify(
    parsed: Parsed,
    parts: MessageParts,
    docs: Mapping[str, DocText],
    ruleset: Ruleset,
    thread_category: str | None = None,
) -> Decision:
    """Weigh every rule's evidence and decide voluntary_report, speaker_request, both or other."""
    texts = _places(parsed, parts, ruleset)
    reply = bool(_REPLY.match(texts["subject"]))
    haystacks = _haystacks(texts, ruleset, reply)
    files = _Files(docs)
    hits, documents = _decoys(parsed.attachments, files, ruleset, texts["new"])
    for rule in ruleset.rules:
        found: tuple[float, str, str] | None = None
        if rule.type == "attachment":
            pool = documents if rule.scope == "documents" else parsed.attachments
            att = next((a for a in pool if files.matches(rule, a)), None)
            found = (rule.weight, _where(rule), att.filename) if att else None
        elif rule.type != "decoy":
            found = _text_or_thread_signal(rule, lambda: haystacks, thread_category)
        if found is not None:
            hits.extend(_signals(rule, found))
    return _decision(hits, reply, ruleset, lambda: _report_names(parsed.attachments, hits, documents))


def with_thread(
    alone: Decision,
    parsed: Parsed,
    parts: MessageParts,
    docs: Mapping[str, DocText],
    ruleset: Ruleset,
    thread_category: str,
) -> Decision:
    """The Decision `classify` makes for a follow-up of a submission of thread_category, from the one it made for
    the same message without a thread (`alone`, a worker's).

    Only the rules that read the thread can come out differently: thread rules, and text rules with `after`
    (neither fires without a thread). Every other rule's hits are taken from `alone`, in the same place.
    """
    texts = _places(parsed, parts, ruleset) if any(r.type == "text" and thread_category in r.after
                                                   for r in ruleset.rules) else None
    reply = bool(_REPLY.match(texts["subject"] if texts is not None else fold(parsed.subject)))
    haystacks = _haystacks(texts, ruleset, reply) if texts is not None else {}
    kept: dict[str, list[Signal]] = {}
    hits = [h for h in alone.hits if h.category == "decoy"]  # the decoys' hits come first
    for h in alone.hits:
        if h.category != "decoy":
            kept.setdefault(h.rule, []).append(h)
    for rule in ruleset.rules:
        if rule.type in ("text", "thread") and rule.after:
            found = _text_or_thread_signal(rule, lambda: haystacks, thread_category)
            hits.extend(_signals(rule, found) if found is not None else ())
        else:
            hits.extend(kept.get(rule.name, ()))

    def names() -> tuple[str, ...]:
        # The documents depend on no thread: `alone` named them when it found a report; else they are found again.
        if alone.is_report:
            return alone.report_attachments
        new = (texts or _places(parsed, parts, ruleset))["new"]
        return _report_names(parsed.attachments, hits, _decoys(parsed.attachments, _Files(docs), ruleset, new)[1])

    return _decision(hits, reply, ruleset, names)


def _decision(hits: list[Signal], reply: bool, ruleset: Ruleset, names: Callable[[], tuple[str, ...]]) -> Decision:
    """The decision the hits make; `names` gives the documents that are the report, asked for when it is one."""
    scores = {cat: round(sum(h.weight for h in hits if h.category == cat), 3) for cat in RULE_CATEGORIES}
    report = scores["voluntary_report"] >= ruleset.decide
    speaker = scores["speaker_request"] >= ruleset.decide
    category = "both" if report and speaker else "voluntary_report" if report else "speaker_request" if speaker else "other"
    # Context alone (the thread, a reply's subject repeating it) says nothing new about a category:
    # a follow-up whose own words and files bring no evidence for it is not in doubt about it.
    own = {h.category for h in hits if h.weight > 0 and h.where != "thread" and not (reply and h.where == "subject")}
    unsure = sorted(c for c, s in scores.items() if ruleset.review <= s < ruleset.decide and c in own)
    reason = ", ".join(f"{c} {s:g}" for c, s in scores.items()) + f" (decide at {ruleset.decide:g}"
    reason += f"; review: {', '.join(unsure)})" if unsure else ")"
    fired = {h.rule for h in hits}  # a rule that fires adds a hit for each of its categories, a decoy one a file
    return Decision(
        category=category,
        confidence=_confidence(scores, ruleset),
        needs_review=bool(unsure),
        hits=tuple(hits),
        misses=tuple(r.name for r in ruleset.rules if r.name not in fired),
        scores=tuple(scores.items()),
        report_attachments=names() if report else (),
        reason=reason,
    )
