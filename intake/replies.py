"""The acknowledgement: which templates, rendered in which languages, as which e-mail.

This module's sole job is to turn an AckContext (everything the acknowledgement may say) into
text and HTML from the Jinja2 templates under templates/ack/<lang>/, and those into the bytes of a
reply e-mail with the headers that keep robots from answering it. The words live in the
templates, where translators edit them; this module picks the sections, formats dates and sizes
per language with Babel, and isolates Latin names inside Arabic sentences. It never quotes the
incoming message. Pure: the only files it reads are the templates it is pointed at.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import random
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import Compat32
from email.utils import formataddr
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_timezone_location
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup, escape

from intake.config import DEFAULT_TZ, Deadline
from intake.model import Speaker
from intake.text import strip_prefixes

OUTCOMES: tuple[str, ...] = ("report", "speaker", "both", "other", "needs_review", "duplicate", "declined_late")
RTL = frozenset({"ar"})
_LOCALES = {"en": "en_GB", "fr": "fr", "ar": "ar"}  # British English dates: "Friday, 5 February 2021"
_SIZE_UNITS = {
    "en": ("bytes", "KB", "MB"),
    "fr": ("octets", "Ko", "Mo"),
    "ar": ("بايت", "كيلوبايت", "ميغابايت"),
}
_FSI, _PDI = "\u2068", "\u2069"  # first-strong isolate / pop directional isolate
_RTL_CHAR = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class AckContext:
    """Everything an acknowledgement may say; the pipeline fills it, the templates read it."""

    reference: str  # e.g. GCM-AR-0042
    language: str  # the reply language (ar | en | fr)
    outcome: str  # one of OUTCOMES
    category: str  # voluntary_report | speaker_request | both | other
    received_at: datetime  # aware; when the server received the message
    contact_address: str
    languages: tuple[str, ...] = ()  # ordered, likeliest first; more than one when unsure; () = (language,)
    late: bool = False
    parts: tuple[tuple[str, bool], ...] = ()  # Timeliness.parts: (category, on_time)
    deadlines: Mapping[str, Deadline] = field(default_factory=dict)
    attachments: tuple[tuple[str, int], ...] = ()  # (decoded file name, size in bytes)
    unreadable: tuple[str, ...] = ()  # attachment names we could not read
    too_large: tuple[str, ...] = ()  # attachment names over the size limit
    speakers: tuple[Speaker, ...] = ()
    missing: tuple[tuple[str, ...], ...] = ()  # missing fields per speaker, aligned with speakers
    original_subject: str = ""
    survey_url: str = ""
    landing_page_url: str = ""
    sender_name: str = ""
    timezone: str = DEFAULT_TZ  # the campaign's zone: dates are shown in it
    consultation: date | None = None  # the multi-stakeholder consultation day
    conference: tuple[date, date] | None = None  # first and last day of the review conference


@dataclass(frozen=True)
class RenderedAck:
    """A rendered acknowledgement, ready for build_email."""

    subject: str
    text: str
    html: str
    templates: tuple[str, ...]  # every template used, in order
    reference: str
    languages: tuple[str, ...]


def _locale(ctx: Context) -> str:
    return _LOCALES[ctx["lang"]]


# Babel formatting is pure but slow (locale look-ups, pattern parsing); the same deadlines and
# sizes come back in every acknowledgement, so the results are cached.
@lru_cache(maxsize=4096)
def _format_date(day: date, pattern: str, locale: str) -> str:
    return format_date(day, pattern, locale=locale)


@lru_cache(maxsize=4096)
def _format_time(value: datetime, zone: str, locale: str) -> str:
    return format_time(value, "HH:mm", tzinfo=ZoneInfo(zone), locale=locale)


@lru_cache(maxsize=4096)
def _format_size(value: int, lang: str) -> str:
    units = _SIZE_UNITS[lang]
    if value < 1024:
        return f"{value} {units[0]}"
    scaled, unit = (value / 1024, units[1]) if value < 1024 * 1024 else (value / 1024 / 1024, units[2])
    return f"{format_decimal(scaled, '#,##0.#', locale=_LOCALES[lang])} {unit}"


@lru_cache(maxsize=64)
def _zone_city(zone: str, lang: str) -> str:
    return get_timezone_location(ZoneInfo(zone), locale=_LOCALES[lang], return_city=True)


@pass_context
def _f_date(ctx: Context, value: date | datetime) -> str:
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(ctx["ack"].timezone)).date()
    return _format_date(value, "full", _locale(ctx))


@pass_context
def _f_time(ctx: Context, value: datetime) -> str:
    return _format_time(value, ctx["ack"].timezone, _locale(ctx))


@pass_context
def _f_span(ctx: Context, value: tuple[date, date]) -> str:
    start, end = value
    last = _format_date(end, "d MMMM y", _locale(ctx))
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{last}"
    return f"{_format_date(start, 'd MMMM y', _locale(ctx))} – {last}"


@pass_context
def _f_size(ctx: Context, value: int) -> str:
    return _format_size(value, ctx["lang"])


@pass_context
def _f_iso(ctx: Context, value: object) -> str | Markup:
    """Isolate a name, address or reference so it keeps its own direction inside the sentence."""
    text = str(value)
    if ctx.eval_ctx.autoescape:
        # escape() and an f-string: Markup's % operator wraps its argument in a helper object to escape it
        return Markup(f"<bdi>{escape(text)}</bdi>")
    # In plain text only where the directions differ: Latin in Arabic, Arabic in Latin.
    if ctx["lang"] in RTL or _RTL_CHAR.search(text):
        return f"{_FSI}{text}{_PDI}"
    return text


@cache
def _environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,  # a typo in a template fails the snapshot test, not a reply
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(date=_f_date, time=_f_time, span=_f_span, size=_f_size, iso=_f_iso)
    return env


def _sections(ctx: AckContext) -> list[str]:
    """The template sections for this acknowledgement, in reading order (outcome first)."""
    if ctx.outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {ctx.outcome!r}; expected one of {', '.join(OUTCOMES)}")
    names = [ctx.outcome]
    if ctx.attachments or (ctx.speakers and ctx.outcome in ("speaker", "both")):
        names.append("_received")
    if ctx.outcome in ("report", "speaker", "both") and ctx.parts:
        names.append("_late" if ctx.late else "_on_time")
    if ctx.outcome != "declined_late":  # never ask for more of what will not be considered
        if ctx.unreadable:
            names.append("_unreadable")
        if ctx.too_large:
            names.append("_too_large")
        if _missing_items(ctx):
            names.append("_missing")
    names.append("_closing")
    return names


def _missing_items(ctx: AckContext) -> list[tuple[Speaker | None, tuple[str, ...]]]:
    """(speaker, missing fields) to ask for; a speaker request without any speaker asks for all."""
    if ctx.outcome not in ("speaker", "both"):
        return []
    if not ctx.speakers:
        return [(None, ("name", "title", "affiliation"))]
    return [(s, m) for s, m in zip(ctx.speakers, ctx.missing, strict=False) if m]


def _variables(ctx: AckContext, lang: str) -> dict[str, Any]:
    return {
        "ack": ctx,
        "lang": lang,
        "rtl": lang in RTL,
        "reference": ctx.reference,
        "deadlines": ctx.deadlines,
        "late_parts": [(c, ctx.deadlines[c].at) for c, ok in ctx.parts if not ok and c in ctx.deadlines],
        "on_time_parts": [(c, ctx.deadlines[c].at) for c, ok in ctx.parts if ok and c in ctx.deadlines],
        "missing_items": _missing_items(ctx),
        "zone_city": _zone_city(ctx.timezone, lang),
    }


@lru_cache(maxsize=16)
def _reference_tag(head: str) -> re.Pattern[str]:
    """'[GCM-AR-0042]' and the like, for any number after the prefix (one pattern per prefix)."""
    return re.compile(r"\s*\[\s*" + re.escape(head) + r"\d+\s*\]\s*", re.IGNORECASE)


def reply_subject(original: str, reference: str) -> str:
    """'Re: <subject without reply prefixes or reference tags> [REF]': one Re:, one tag, no growth."""
    tag = _reference_tag(re.sub(r"\d+$", "", reference))
    subject, previous = " ".join(original.split()), None
    while subject != previous:  # prefixes and tags may alternate: "RE: [GCM-AR-1] Re: x"
        previous = subject
        subject = tag.sub(" ", strip_prefixes(subject)).strip()
    return f"Re: {subject} [{reference}]" if subject else f"Re: [{reference}]"


def render(ctx: AckContext, templates_dir: Path) -> RenderedAck:
    """Render the acknowledgement in each of ctx.languages (stacked, likeliest first)."""
    env = _environment(Path(templates_dir))
    languages = ctx.languages or (ctx.language,)
    used: list[str] = []
    texts: list[str] = []
    blocks: list[dict[str, Any]] = []
    fallbacks: list[str] = []
    for lang in languages:
        variables = _variables(ctx, lang)
        text_parts, html_parts = [], []
        for section in _sections(ctx):
            for ext, out in (("txt", text_parts), ("html", html_parts)):
                name = f"ack/{lang}/{section}.{ext}"
                used.append(name)
                out.append(env.get_template(name).render(variables).strip())
        subject_name = f"ack/{lang}/subject.txt"
        used.append(subject_name)
        fallbacks.append(env.get_template(subject_name).render(variables).strip())
        texts.append("\n\n".join(p for p in text_parts if p))
        blocks.append({"lang": lang, "dir": "rtl" if lang in RTL else "ltr", "html": Markup("\n".join(html_parts))})
    subject = reply_subject(ctx.original_subject.strip() or " / ".join(fallbacks), ctx.reference)
    layout = {"blocks": blocks, "texts": texts, "subject": subject}
    text = env.get_template("ack/layout.txt").render(layout).strip() + "\n"
    html = env.get_template("ack/layout.html").render(layout).strip() + "\n"
    used += ["ack/layout.txt", "ack/layout.html"]
    return RenderedAck(subject, text, html, tuple(used), ctx.reference, tuple(languages))


def _header(name: str, value: str) -> str | Header:
    """A header value: as it is when ASCII, else RFC 2047 encoded words (folded by the generator)."""
    return value if value.isascii() else Header(value, "utf-8", header_name=name)


def _mailbox(name: str, addr: str) -> str | Header:
    """'Name <addr>': a non-ASCII name as RFC 2047 words of at most 75 characters (formataddr makes one long word)."""
    if name.isascii():
        return formataddr((name, addr))
    mailbox = Header(name, "utf-8", header_name="From")
    mailbox.append(f"<{addr}>", "us-ascii")
    return mailbox


def _base64_length(size: int) -> int:
    """len(base64.encodebytes(data)) for len(data) == size, without encoding: a line of 76 characters
    and its newline for every 57 bytes, and a shorter line for the rest."""
    lines, rest = divmod(size, 57)
    return lines * 77 + (4 * -(-rest // 3) + 1 if rest else 0)


def _text_part(text: str, subtype: str) -> MIMENonMultipart:
    """A UTF-8 text/<subtype> part, quoted-printable or base64 whichever is shorter (as set_content chooses)."""
    data = text.replace("\r\n", "\n").encode("utf-8")
    qp = binascii.b2a_qp(data, istext=True)
    cte, payload = ("quoted-printable", qp) if len(qp) <= _base64_length(len(data)) else ("base64", base64.encodebytes(data))
    part = MIMENonMultipart("text", subtype, charset="utf-8")
    del part["MIME-Version"]  # once, on the message
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload.decode("ascii"))
    return part


class _Policy(Compat32):
    """compat32, writing a short one-line ASCII header as it is.

    compat32 folds every header through an email.header.Header, which cost more than the rest of the
    acknowledgement's serialisation; a value that is ASCII, on one line and fits in max_line_length
    comes out of it unchanged, so only the others go that way.
    """

    def fold_binary(self, name: str, value: Any) -> bytes:
        if (isinstance(value, str) and value.isascii() and "\r" not in value and "\n" not in value
                and self.max_line_length is not None and len(name) + 2 + len(value) <= self.max_line_length):
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return super().fold_binary(name, value)


_POLICY = _Policy()
_BOUNDARY_DIGITS = len(repr(sys.maxsize - 1))


def _boundary() -> str:
    """A multipart boundary drawn as the generator draws it.

    The generator would also search the flattened parts for the boundary (a regular expression
    compiled per message); our parts are quoted-printable or base64, and neither holds three '=' in a
    row (base64 pads with two at most, quoted-printable writes '=' as '=3D'), so that search cannot
    find a boundary that opens with fifteen.
    """
    return "=" * 15 + f"{random.randrange(sys.maxsize):0{_BOUNDARY_DIGITS}d}" + "=="


def build_email(
    rendered: RenderedAck,
    *,
    from_addr: str,
    from_name: str,
    to_addr: str,
    message_id: str,
    in_reply_to: str | None,
    references: tuple[str, ...],
    loop_header: str = "X-GCM-Intake-Loop",
    loop_value: str,
    date: datetime | None = None,
) -> bytes:
    """The acknowledgement, as the bytes of a multipart/alternative reply that robots must not answer.

    Built with the email package's compat32 classes: the default policy parses every header through
    the header registry and refolds it on output, which cost more than the rest of the pipeline's
    recording; these classes write the same headers (RFC 2047 where needed, folded at 78).
    """
    msg = MIMEMultipart("alternative", boundary=_boundary())
    msg["From"] = _mailbox(from_name, from_addr)
    msg["To"] = _header("To", to_addr)
    msg["Subject"] = _header("Subject", reply_subject(rendered.subject, rendered.reference))
    msg["Date"] = email.utils.format_datetime(date or datetime.now(UTC))
    msg["Message-ID"] = f"<{message_id.strip('<>')}>"
    # A Message-ID we can only read with bytes replaced (raw 8-bit in it) cannot be named back correctly.
    chain = [r.strip("<>") for r in references if r.strip("<>") and r.isascii()]
    if in_reply_to and in_reply_to.isascii():
        parent = in_reply_to.strip("<>")
        msg["In-Reply-To"] = f"<{parent}>"
        # RFC 5322 3.6.4: the parent's References followed by the parent's Message-ID.
        chain = [r for r in chain if r != parent] + [parent]
    if chain:
        msg["References"] = " ".join(f"<{r}>" for r in dict.fromkeys(chain))
    # RFC 3834, plus the Microsoft and legacy spellings, so that auto-responders stay quiet.
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Precedence"] = "auto_reply"
    msg[loop_header] = _header(loop_header, loop_value)
    msg["Content-Language"] = ", ".join(rendered.languages)
    msg.attach(_text_part(rendered.text, "plain"))
    msg.attach(_text_part(rendered.html, "html"))
    return msg.as_bytes(policy=_POLICY)
