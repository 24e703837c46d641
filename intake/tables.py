"""The database schema (SQLAlchemy 2 typed ORM). Migrations in intake/migrations follow it.

One row per message the service has seen (robots and quarantined ones included), submissions
with a human reference, their speakers and filed attachments, acknowledgements as outbox rows,
an append-only audit log, key/value state (IMAP UIDVALIDITY, last UID) and digest runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which drops the offset) too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; every time in the store must carry its offset")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime}


class Submission(Base):
    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    sender: Mapped[str] = mapped_column(String(320), index=True)
    language: Mapped[str] = mapped_column(String(8))
    organisation: Mapped[str | None] = mapped_column(String(500))
    report_title: Mapped[str | None] = mapped_column(String(1000))
    status: Mapped[str] = mapped_column(String(32))  # filed | needs_review | withdrawn | resolved
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    first_message_id: Mapped[str | None] = mapped_column(String(998))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()
    messages: Mapped[list[Message]] = relationship(back_populates="submission", order_by="Message.received_at",
                                                   foreign_keys="Message.submission_id")
    speakers: Mapped[list[SpeakerRow]] = relationship(back_populates="submission", order_by="SpeakerRow.id")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("message_id", "sha256", name="uq_message_bytes"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(index=True)
    sender: Mapped[str] = mapped_column(String(320), default="", index=True)
    sender_name: Mapped[str] = mapped_column(String(500), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))
    category: Mapped[str | None] = mapped_column(String(32))
    confidence: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(32))  # filed | needs_review | ignored | quarantined | followup
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    screen_kind: Mapped[str | None] = mapped_column(String(32))
    screen_rule: Mapped[str | None] = mapped_column(String(200))
    trail: Mapped[dict[str, Any]] = mapped_column(default=dict)  # hits, misses, scores, provenance
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    archive_path: Mapped[str] = mapped_column(String(1000), default="")
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    thread_of: Mapped[str | None] = mapped_column(String(998))  # Message-ID that opened the submission
    body_print: Mapped[str | None] = mapped_column(String(128))  # sketch of its new text (intake.resent)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    flagged_same_id: Mapped[bool] = mapped_column(Boolean, default=False)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    created_at: Mapped[datetime] = mapped_column()
    submission: Mapped[Submission | None] = relationship(back_populates="messages")
    attachments: Mapped[list[AttachmentRow]] = relationship(back_populates="message", order_by="AttachmentRow.id")
    acks: Mapped[list[Outgoing]] = relationship(back_populates="message", order_by="Outgoing.id")


class SpeakerRow(Base):
    __tablename__ = "speakers"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    name: Mapped[str | None] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(500))
    affiliation: Mapped[str | None] = mapped_column(String(1000))
    honorific: Mapped[str | None] = mapped_column(String(100))
    roles: Mapped[list[Any]] = mapped_column(default=list)
    roundtable: Mapped[int | None] = mapped_column(Integer)
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False once replaced or withdrawn
    decision: Mapped[str | None] = mapped_column(String(32))  # accepted | declined | waitlisted
    decision_session: Mapped[str | None] = mapped_column(String(200))
    submission: Mapped[Submission] = relationship(back_populates="speakers")
    message: Mapped[Message] = relationship()

    def missing(self) -> list[str]:
        return [f for f in ("name", "title", "affiliation") if not getattr(self, f)]


class AttachmentRow(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    filename: Mapped[str] = mapped_column(String(1000))  # the sender's decoded name, display only
    storage_name: Mapped[str] = mapped_column(String(300))  # safe ASCII path under the storage root
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(200))
    is_report: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int | None] = mapped_column(Integer)
    text_status: Mapped[str | None] = mapped_column(String(32))
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[list[Any]] = mapped_column(default=list)
    message: Mapped[Message] = relationship(back_populates="attachments")
    submission: Mapped[Submission | None] = relationship()


class Outgoing(Base):
    """An outgoing message (acknowledgement, decision, digest): the durable outbox."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), default="ack")  # ack | decision | digest
    message_row_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"))
    out_message_id: Mapped[str] = mapped_column(String(998), unique=True)
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    language: Mapped[str] = mapped_column(String(16))
    template: Mapped[str] = mapped_column(String(300), default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(32), index=True)  # pending | sent | failed | undeliverable | suppressed
    reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column(index=True)  # the global breaker counts the last hour's
    message: Mapped[Message | None] = relationship(back_populates="acks")


class Audit(Base):
    """Append-only: who changed what, when, before and after."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(default=dict)


class State(Base):
    __tablename__ = "state"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DigestRun(Base):
    __tablename__ = "digest_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[str] = mapped_column(String(10), unique=True)  # local date the digest covers up to
    since: Mapped[datetime | None] = mapped_column()
    until: Mapped[datetime] = mapped_column()
    created_at: Mapped[datetime] = mapped_column()
    outgoing_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
