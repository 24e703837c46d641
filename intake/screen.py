"""Screening: did a person write this message, and may we answer it?

This module's sole job is to tell people from robots before anything is classified or answered:
our own mail coming back (loop), delivery status notifications and other delivery reports
(bounce), out-of-office and autoresponder mail (auto_reply), mailing-list and no-reply mail
(bulk), mail whose sender failed authentication at our own server (suspect), and everything
else (person). The evidence is read from headers, the MIME tree and the sender's own new text.

The rules are data (rules/screen.toml, documented at the top of that file). They are tried in
file order and the first decisive rule that matches decides. A `supporting` rule (a phrase that
a person could also write) only decides when a decisive rule also matched, or another supporting
rule of the same stage: two weak hints of different kinds prove nothing. Checks that need the
context (our addresses, our loop header, our signed Message-IDs, our authserv-id) are built-in
predicates that rules name with `check`. Pure: no I/O beyond reading the rule file in load_rules.
"""

from __future__ import annotations

import email.message
import email.parser
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from intake import ids
from intake.model import Dsn, Parsed, ScreenKind, Verdict
from intake.parse import message_ids
from intake.rules import Haystack, misquoted
from intake.text import split

STAGES: tuple[str, ...] = ("loop", "bounce", "auto_reply", "bulk", "suspect")
CHECKS: tuple[str, ...] = (
    "our_loop_header",
    "our_message_id",
    "from_own_address",
    "auth_fail",
    "replies_to_ours",
)
FIELDS: tuple[str, ...] = ("from", "subject", "body", "content_type", "report_type")
_RULE_KEYS = {"name", "description", "stage", "reason", "supporting", "submission", "any", "all", "unless"}
_CONDITION_KEYS = {"field", "regex", "check"}
# Out-of-office and bounce texts sit at the top; reading further only costs time on large bodies.
_BODY_LIMIT = 20_000
_STATUS = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")
_DS_TYPES = ("message/delivery-status", "message/global-delivery-status")
_RETURNED_TYPES = ("message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers")


@dataclass(frozen=True)
class ScreenContext:
    """What screening needs to know about us."""

    own_addresses: tuple[str, ...]  # every address we send from, the review address included
    authserv_id: str = ""  # our receiving server's Authentication-Results id ("" = backscatter guard off)
    loop_header: str = "X-GCM-Intake-Loop"  # the header we put on everything we send
    secret: bytes = b""  # signs our Message-IDs (intake.ids.is_ours)


@dataclass(frozen=True)
class Condition:
    """One test: a field's values against a regex (or mere presence), or a built-in check."""

    field: str = ""  # "from", "subject", "body", "content_type", "report_type" or "header:<name>"
    regex: re.Pattern[str] | None = None
    check: str = ""


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    stage: str
    reason: str
    supporting: bool = False
    submission: bool = True  # False: what the rule decides is never a submission (a newsletter, a list's digest)
    any: tuple[Condition, ...] = ()
    all: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class ScreenRules:
    """The screening rules, in file order."""

    rules: tuple[Rule, ...] = ()


# ---------------------------------------------------------------------------------------------
# Loading


def _condition(raw: object, where: str) -> tuple[Condition | None, str | None]:
    if not isinstance(raw, dict):
        return None, f"{where} is not a table"
    unknown = sorted(set(raw) - _CONDITION_KEYS)
    if unknown:
        return None, f"{where} has unknown key(s) {', '.join(unknown)}"
    if "check" in raw:
        if "field" in raw or "regex" in raw:
            return None, f"{where} mixes 'check' with 'field'/'regex'"
        if raw["check"] not in CHECKS:
            return None, f"{where} names unknown check {raw['check']!r} (known: {', '.join(CHECKS)})"
        return Condition(check=raw["check"]), None
    field = raw.get("field")
    if not isinstance(field, str) or not (
        field in FIELDS or (field.startswith("header:") and len(field) > 7)
    ):
        return None, f"{where} has unknown field {field!r} (known: {', '.join(FIELDS)}, header:<name>)"
    regex = raw.get("regex")
    if regex is None:
        if not field.startswith("header:"):
            return None, f"{where} needs a regex (only header:<name> may test mere presence)"
        return Condition(field=field.lower()), None
    if not isinstance(regex, str):
        return None, f"{where} regex is not a string"
    if problem := misquoted(regex):
        return None, f"{where} regex {problem}"
    try:
        # Mail is case-insensitive almost everywhere; MULTILINE lets '^' anchor body lines.
        pattern = re.compile(regex, re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        return None, f"{where} has a bad regex ({exc})"
    return Condition(field=field.lower(), regex=pattern), None


def _rule(raw: object, index: int, seen: set[str]) -> tuple[Rule | None, list[str]]:
    label = f"rule #{index}"
    if not isinstance(raw, dict):
        return None, [f"{label}: is not a table"]
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        return None, [f"{label}: has no name"]
    label = f"rule {name!r}"
    problems = []
    if name in seen:
        problems.append("the name is used twice")
    unknown = sorted(set(raw) - _RULE_KEYS)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)}")
    if raw.get("stage") not in STAGES:
        problems.append(f"stage {raw.get('stage')!r} is not one of {', '.join(STAGES)}")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        problems.append("has no description")
    reason = raw.get("reason", description)
    if not isinstance(reason, str):
        problems.append("reason is not a string")
    supporting = raw.get("supporting", False)
    if not isinstance(supporting, bool):
        problems.append("supporting must be true or false")
    submission = raw.get("submission", True)
    if not isinstance(submission, bool):
        problems.append("submission must be true or false")
    elif not submission and raw.get("stage") not in ("bulk", "suspect"):
        problems.append("submission = false is for a stage that is classified (bulk, suspect)")
    groups: dict[str, tuple[Condition, ...]] = {}
    for key in ("any", "all", "unless"):
        items = raw.get(key, [])
        if not isinstance(items, list):
            problems.append(f"'{key}' is not a list")
            continue
        conditions = []
        for i, item in enumerate(items, 1):
            condition, problem = _condition(item, f"{key}[{i}]")
            if problem:
                problems.append(problem)
            elif condition:
                conditions.append(condition)
        groups[key] = tuple(conditions)
    if not raw.get("any") and not raw.get("all"):
        problems.append("needs at least one condition in 'any' or 'all'")
    seen.add(name)
    if problems:
        return None, [f"{label}: {p}" for p in problems]
    return (
        Rule(
            name=name,
            description=str(description),
            stage=str(raw["stage"]),
            reason=str(reason),
            supporting=bool(supporting),
            submission=bool(submission),
            any=groups.get("any", ()),
            all=groups.get("all", ()),
            unless=groups.get("unless", ()),
        ),
        [],
    )


def load_rules(path: Path) -> tuple[ScreenRules, list[str]]:
    """Read and check a screening rule file; bad rules are skipped and reported, never raised."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return ScreenRules(), [f"{path.name}: cannot be read ({exc})"]
    problems = [f"{path.name}: unknown top-level key {k!r}" for k in sorted(set(data) - {"rule"})]
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        return ScreenRules(), [*problems, f"{path.name}: 'rule' must be an array of tables ([[rule]])"]
    rules, seen = [], set()
    for index, raw in enumerate(raw_rules, 1):
        rule, rule_problems = _rule(raw, index, seen)
        problems.extend(f"{path.name}: {p}" for p in rule_problems)
        if rule:
            rules.append(rule)
    return ScreenRules(tuple(rules)), problems


# ---------------------------------------------------------------------------------------------
# The message as screening sees it


def _top_parts(msg: email.message.Message) -> list[tuple[email.message.Message, str]]:
    """Every part of the tree with its content type, without descending into attached messages.

    A DSN part inside a forwarded message belongs to the forwarder's evidence, not to ours.
    """
    ctype = msg.get_content_type()
    out = [(msg, ctype)]
    if ctype in _RETURNED_TYPES or not msg.is_multipart():
        return out
    for sub in msg.get_payload() or []:
        if isinstance(sub, email.message.Message):
            out.extend(_top_parts(sub))
    return out


class _View:
    """Field values of one message, computed on first use."""

    def __init__(self, parsed: Parsed, ctx: ScreenContext) -> None:
        self.parsed = parsed
        self.ctx = ctx
        self._cache: dict[str, list[Haystack]] = {}
        self._parts: list[tuple[email.message.Message, str]] | None = None
        self._headers: dict[str, list[str]] | None = None

    def header_all(self, name: str) -> list[str]:
        """Parsed.header_all(name) for a lower-case name: the rules ask for some twenty headers, the
        headers are gone through once."""
        if self._headers is None:
            self._headers = {}
            for key, value in self.parsed.headers:
                self._headers.setdefault(key, []).append(value)
        return self._headers.get(name, [])

    def parts(self) -> list[tuple[email.message.Message, str]]:
        if self._parts is None:
            self._parts = _top_parts(self.parsed.message)
        return self._parts

    def values(self, field: str) -> list[Haystack]:
        if field not in self._cache:
            self._cache[field] = [Haystack(v) for v in self._compute(field)]
        return self._cache[field]

    def _compute(self, field: str) -> list[str]:
        p = self.parsed
        if field.startswith("header:"):
            return self.header_all(field[7:])  # load_rules lower-cases the field
        if field == "from":
            return [p.from_addr] if p.from_addr else []
        if field == "subject":
            return [p.subject]
        if field == "body":
            # Only what the sender wrote now: a person quoting our acknowledgement, or forwarding a
            # bounce, must not be taken for the robot they quote.
            parts = split(p.text[:_BODY_LIMIT])
            return [f"{parts.new}\n{parts.signature}".strip()]
        if field == "content_type":
            return [ctype for _, ctype in self.parts()]
        if field == "report_type":
            return [str(part.get_param("report-type") or "") for part, ctype in self.parts() if ctype == "multipart/report"]
        raise ValueError(f"unknown field {field!r}")  # load_rules never lets one through


def _auth_fail(parsed: Parsed, authserv_id: str) -> str | None:
    """The failing verdict in our own server's Authentication-Results, if any.

    Only our server's header counts: anyone can write an Authentication-Results header.
    """
    if not authserv_id:
        return None
    for value in parsed.header_all("authentication-results"):
        head, _, rest = value.partition(";")
        if not head.split() or head.split()[0].lower() != authserv_id.lower():
            continue
        results = re.sub(r"\([^)]*\)", " ", rest).lower()
        if re.search(r"\bdmarc\s*=\s*fail\b", results):
            return "dmarc=fail"
        if re.search(r"\bspf\s*=\s*fail\b", results) and not re.search(r"\bdkim\s*=\s*pass\b", results):
            return "spf=fail without dkim=pass"
    return None


def _check(name: str, view: _View) -> str | None:
    p, ctx = view.parsed, view.ctx
    if name == "our_loop_header":
        value = p.header(ctx.loop_header)
        return f"{ctx.loop_header}: {value}" if value is not None else None
    if name == "our_message_id":
        return f"Message-ID {p.message_id}" if ids.is_ours(ctx.secret, p.message_id) else None
    if name == "from_own_address":
        own = {a.lower() for a in ctx.own_addresses}
        return f"From {p.from_addr}" if p.from_addr and p.from_addr in own else None
    if name == "auth_fail":
        return _auth_fail(p, ctx.authserv_id)
    if name == "replies_to_ours":
        ref = next((r for r in (*p.in_reply_to, *p.references) if ids.is_ours(ctx.secret, r)), None)
        return f"reply to our {ref}" if ref else None
    raise ValueError(f"unknown check {name!r}")  # load_rules never lets one through


def _test(condition: Condition, view: _View) -> str | None:
    """A short description of what matched, or None."""
    if condition.check:
        return _check(condition.check, view)
    for value in view.values(condition.field):
        if condition.regex is None:
            return f"{condition.field} present"
        matched = value.matched(condition.regex)
        if matched is not None:
            # A header's whole value says more than the part a lookahead happened to match.
            shown = value.text if condition.field.startswith("header:") else matched
            return f"{condition.field}: {' '.join(shown.split())[:60]!r}"
    return None


def _fire(rule: Rule, view: _View) -> str | None:
    """What made the rule match (joined), or None when it does not."""
    found = []
    for condition in rule.all:
        hit = _test(condition, view)
        if hit is None:
            return None
        found.append(hit)
    if rule.any:
        hit = next((h for h in (_test(c, view) for c in rule.any) if h is not None), None)
        if hit is None:
            return None
        found.append(hit)
    if any(_test(c, view) is not None for c in rule.unless):
        return None
    return "; ".join(found)


# ---------------------------------------------------------------------------------------------
# Deciding

_OUTCOME: dict[str, tuple[bool, bool]] = {  # kind -> (classify, acknowledge)
    "loop": (False, False),
    "bounce": (False, False),
    "auto_reply": (False, False),
    "bulk": (True, False),
    "suspect": (True, False),
}


def _corroborated(rule: Rule, hits: list[tuple[Rule, str]]) -> bool:
    """A decisive rule stands alone; a supporting one needs a decisive hit or a same-stage one."""
    if not rule.supporting:
        return True
    return any(other is not rule and (not other.supporting or other.stage == rule.stage) for other, _ in hits)


def screen(parsed: Parsed, ctx: ScreenContext, rules: ScreenRules) -> Verdict:
    """Decide whether a person wrote the message and whether it may be acknowledged."""
    view = _View(parsed, ctx)
    hits: list[tuple[Rule, str]] = []
    for rule in rules.rules:
        match = _fire(rule, view)
        if match is not None:
            hits.append((rule, match))
    # The first decisive hit in file order decides; every rule still runs so that the evidence
    # shows everything that fired.
    decider = next(((rule, match) for rule, match in hits if _corroborated(rule, hits)), None)
    if decider is None:
        return Verdict(
            kind="person",
            rule="default",
            reason="No robot, list or loop signal: a person wrote this.",
            classify=True,
            acknowledge=True,
            evidence=tuple(f"{r.name} ({m}, supporting only)" for r, m in hits),
        )
    rule, match = decider
    classify, acknowledge = _OUTCOME[rule.stage]
    dsn = None
    if rule.stage == "bounce":
        parts = view.parts()  # the tree as the rules saw it: not walked again for the DSN
        dsn = _dsn(parts, ctx.secret) or _returned_dsn(parsed, parts, ctx.secret)
    reason = rule.reason.strip()
    return Verdict(
        kind=cast(ScreenKind, rule.stage),  # validated against STAGES at load time
        rule=rule.name,
        reason=f"{reason} [{match}]",
        classify=classify,
        acknowledge=acknowledge,
        submission=rule.submission,
        dsn=dsn,
        evidence=tuple(f"{r.name} ({m})" for r, m in hits if r is not rule),
    )


# ---------------------------------------------------------------------------------------------
# Delivery status notifications


def _blocks(part: email.message.Message) -> list[email.message.Message]:
    """The header blocks of a delivery-status part (the stdlib parses only message/delivery-status)."""
    parser = email.parser.HeaderParser()

    def from_text(text: str) -> list[email.message.Message]:
        chunks = re.split(r"\r?\n[ \t]*\r?\n", text)
        return [parser.parsestr(chunk.strip() + "\n") for chunk in chunks if chunk.strip()]

    payload = part.get_payload()
    if not isinstance(payload, list):
        raw = part.get_payload(decode=True) or b""
        return from_text(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw))
    blocks = []
    for block in payload:
        if isinstance(block, email.message.Message):
            blocks.append(block)
            # message/global-delivery-status is parsed like an attached message: the first block
            # becomes its headers and the per-recipient blocks stay in its body.
            rest = block.get_payload()
            if isinstance(rest, str) and rest.strip():
                blocks.extend(from_text(rest))
    return blocks


def _after_type(value: str | None) -> str | None:
    """'rfc822; a@example.org' -> 'a@example.org'."""
    if not value:
        return None
    value = " ".join(str(value).split())
    value = value.split(";", 1)[1] if ";" in value else value
    return value.strip().strip("<>").strip() or None


def _returned_message_id(parts: list[tuple[email.message.Message, str]], secret: bytes) -> str | None:
    """The returned message's Message-ID, from the parts of a report (_top_parts: the whole message first)."""
    for part, ctype in parts:
        headers: email.message.Message | None = None
        if ctype in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            headers = inner[0] if isinstance(inner, list) and inner else None
        elif ctype in ("text/rfc822-headers", "message/global-headers"):
            raw = part.get_payload(decode=True) or b""
            headers = email.parser.HeaderParser().parsestr(raw.decode("utf-8", "replace"))
        if isinstance(headers, email.message.Message):
            found = message_ids(headers.get("Message-ID"))
            if found:
                return found[0]
    msg = parts[0][0]
    for value in (msg.get("In-Reply-To"), msg.get("References")):
        ours = [m for m in message_ids(str(value) if value else None) if ids.is_ours(secret, m)]
        if ours:
            return ours[-1]
    return None


def parse_dsn(msg: email.message.Message, secret: bytes = b"") -> Dsn | None:
    """Action, Status, Final-Recipient and the returned message's Message-ID of a DSN, else None."""
    return _dsn(_top_parts(msg), secret)


def _dsn(parts: list[tuple[email.message.Message, str]], secret: bytes) -> Dsn | None:
    """parse_dsn of the message whose _top_parts these are."""
    part = next((p for p, ctype in parts if ctype in _DS_TYPES), None)
    if part is None:
        return None
    recipients = [b for b in _blocks(part) if b.get("Action") or b.get("Final-Recipient")]
    # One DSN may report on several recipients: a failure matters more than a delay or a relay.
    chosen = next((b for b in recipients if str(b.get("Action", "")).strip().lower() == "failed"), None)
    chosen = chosen or (recipients[0] if recipients else None)
    action = status = recipient = None
    if chosen is not None:
        action = str(chosen.get("Action", "")).strip().lower() or None
        m = _STATUS.search(str(chosen.get("Status", "")))
        status = m.group(1) if m else None
        recipient = _after_type(chosen.get("Final-Recipient")) or _after_type(
            chosen.get("Original-Recipient")
        )
    return Dsn(
        action=action,
        status=status,
        final_recipient=recipient.lower() if recipient else None,
        original_message_id=_returned_message_id(parts, secret),
    )


def _returned_dsn(parsed: Parsed, parts: list[tuple[email.message.Message, str]], secret: bytes) -> Dsn | None:
    """What a bounce without a delivery-status part still tells: the returned message, a status code."""
    original = _returned_message_id(parts, secret)
    m = _STATUS.search(parsed.text[:_BODY_LIMIT])
    if original is None and m is None:
        return None
    return Dsn(
        action=None, status=m.group(1) if m else None, final_recipient=None, original_message_id=original
    )
