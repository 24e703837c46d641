"""Frozen values passed between the pipeline's stages.

Every stage takes and returns these; none of them holds a connection, a session or a file handle,
so the pure stages (screen, classify, extract, deadlines, replies) can be tested on values alone.
"""

from __future__ import annotations

import email.message
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Category = Literal["voluntary_report", "speaker_request", "both", "other", "auto_reply", "bounce"]
CATEGORIES: tuple[str, ...] = ("voluntary_report", "speaker_request", "both", "other", "auto_reply", "bounce")
Role = Literal["open_discussion", "rapporteur", "plenary", "roundtable"]
ROLES: tuple[str, ...] = ("open_discussion", "rapporteur", "plenary", "roundtable")
LANGUAGES: tuple[str, ...] = ("ar", "en", "fr")


@dataclass(frozen=True)
class RawMail:
    """One message as a source hands it over: the exact bytes and the server's arrival time."""

    source_id: str  # stable per source: "maildir:<key>" or "imap:<uidvalidity>:<uid>"
    raw: bytes
    received_at: datetime  # aware; IMAP INTERNALDATE or Maildir file mtime, never the Date header
    size: int = 0
    # The header's Message-ID as parse.header_message_id reads it from `raw`, when the source has read it
    # already (IMAP reconciliation keys on it): a one-tuple, as the Message-ID itself may be None; () = not read.
    header_id: tuple[str | None, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Attachment:
    """A decoded attachment. `filename` is the sender's decoded name, unsanitised (for display only)."""

    filename: str
    content_type: str
    payload: bytes
    inline: bool = False  # Content-Disposition inline or referenced by Content-ID from the HTML
    content_id: str | None = None
    nested: bool = False  # found inside an attached message/rfc822


@dataclass(frozen=True)
class Parsed:
    """A parsed message. `message` is the stdlib tree, for stages that inspect MIME structure."""

    message_id: str | None  # without angle brackets
    subject: str
    from_addr: str  # lower-case address, "" when absent
    from_name: str
    reply_to: str | None
    to: tuple[str, ...]
    date: datetime | None  # the sender's Date header: informative only
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    text: str  # plain text of the body (HTML converted to text when there is no plain part)
    html: str | None
    attachments: tuple[Attachment, ...]
    headers: tuple[tuple[str, str], ...]  # (lower-case name, decoded value), all occurrences, in order
    message: email.message.Message = field(repr=False, compare=False)
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """First value of a header (case-insensitive), or None."""
        name = name.lower()
        return next((v for k, v in self.headers if k == name), None)

    def header_all(self, name: str) -> list[str]:
        """Every value of a header (case-insensitive), in order."""
        name = name.lower()
        return [v for k, v in self.headers if k == name]


@dataclass(frozen=True)
class Dsn:
    """What a delivery status notification says about the message it returns."""

    action: str | None  # failed, delayed, delivered, relayed, expanded
    status: str | None  # e.g. 5.1.1
    final_recipient: str | None
    original_message_id: str | None

    @property
    def permanent(self) -> bool:
        return (self.action or "").lower() == "failed" and (self.status or "").startswith("5")


ScreenKind = Literal["person", "loop", "bounce", "auto_reply", "bulk", "suspect"]


@dataclass(frozen=True)
class Verdict:
    """The screen stage's answer: did a person write this, and may we answer it?"""

    kind: ScreenKind
    rule: str  # name of the rule that decided ("default" when none did)
    reason: str  # one short sentence for the secretariat
    classify: bool  # go on to classification (people, bulk and suspect mail)
    acknowledge: bool  # an acknowledgement may be sent
    # False: a newsletter or a list's mail, which may quote the call or a nomination but submits nothing (filed as other)
    submission: bool = True
    dsn: Dsn | None = None
    evidence: tuple[str, ...] = ()

    @property
    def category(self) -> str | None:
        """The category a robot gets without classification (auto_reply/bounce), else None."""
        if self.kind in ("bounce", "auto_reply"):
            return self.kind
        if self.kind == "loop":
            return "auto_reply"
        return None


@dataclass(frozen=True)
class Signal:
    """One classification rule's contribution to a decision."""

    rule: str
    category: str
    weight: float
    where: str  # subject, text, attachment, attachment_name, thread, ...
    match: str = ""


@dataclass(frozen=True)
class Decision:
    """The classify stage's answer."""

    category: str  # voluntary_report | speaker_request | both | other
    confidence: float  # 0..1
    needs_review: bool
    hits: tuple[Signal, ...] = ()
    misses: tuple[str, ...] = ()
    scores: tuple[tuple[str, float], ...] = ()  # (category, score)
    report_attachments: tuple[str, ...] = ()  # decoded file names of the attachments that are the report
    reason: str = ""

    @property
    def is_report(self) -> bool:
        return self.category in ("voluntary_report", "both")

    @property
    def is_speaker(self) -> bool:
        return self.category in ("speaker_request", "both")


@dataclass(frozen=True)
class Speaker:
    name: str | None
    title: str | None = None
    affiliation: str | None = None
    roles: tuple[str, ...] = ()
    roundtable: int | None = None
    honorific: str | None = None
    # (field, source): labelled, table, docx, prose, statement, signature, display_name, or replaced (taken from the
    # speaker a replacement retires)
    provenance: tuple[tuple[str, str], ...] = ()

    def missing(self) -> tuple[str, ...]:
        return tuple(f for f in ("name", "title", "affiliation") if not getattr(self, f))

    def as_export(self) -> dict[str, object]:
        return {
            "name": self.name,
            "title": self.title,
            "affiliation": self.affiliation,
            "roles": list(self.roles),
            "roundtable": self.roundtable,
        }


@dataclass(frozen=True)
class Fields:
    """What the extract stage found."""

    speakers: tuple[Speaker, ...] = ()
    organisation: str | None = None  # the submitting organisation, where it can be told
    report_title: str | None = None
    missing: tuple[str, ...] = ()  # e.g. ("title", "affiliation") over all speakers
    withdrawal: bool = False


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # ar | en | fr
    confident: bool
    source: str  # text, subject, history, default
    ranking: tuple[str, ...] = ()  # likeliest first


@dataclass(frozen=True)
class Timeliness:
    """Whether each part of a submission arrived by its deadline."""

    on_time: bool | None  # None where no deadline applies
    parts: tuple[tuple[str, bool], ...] = ()  # (category, on_time) per part
    deadlines: tuple[tuple[str, datetime], ...] = ()  # (category, the deadline applied)


@dataclass(frozen=True)
class MessageParts:
    """A body split into what the sender wrote now and what they carried along."""

    new: str  # the sender's own new text (no quotes, signature, disclaimer)
    signature: str = ""  # the signature block under the new text
    quoted: str = ""  # earlier messages quoted or replied to
    forwarded: str = ""  # forwarded messages (inline or attached), with their header lines
    disclaimer: str = ""  # legal/confidentiality footers
    # each reply written inside the quote under a quoted line, with that line ("> 1. Her title?" / "Senior Officer")
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DocText:
    """Text read from one attachment (PDF, DOCX, ODT, RTF, plain text)."""

    filename: str
    text: str = ""
    status: str = "ok"  # ok | empty | encrypted | image_only | unsupported | too_large | timeout | failed
    pages: int | None = None
    detail: str = ""
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()  # DOCX/ODT tables: rows of cells

    @property
    def readable(self) -> bool:
        return self.status == "ok" and bool(self.text.strip())
