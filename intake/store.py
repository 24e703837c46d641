"""The database: connection, migrations, and the queries the pipeline, CLI and digest need.

Writes for one message happen in one transaction (`record`), so a crash leaves either nothing or
the message, its submission, its files' rows and its pending acknowledgement together. The outbox
rows are sent afterwards (`intake.outbox`). SQLite runs in WAL mode; any SQLAlchemy URL works.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, create_engine, event, func, insert, or_, select
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import IntakeError
from intake.resent import WITHIN, Resent, near
from intake.tables import AttachmentRow, Audit, Message, Outgoing, State, Submission

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
REF_IN_SUBJECT = re.compile(r"\[([A-Z][A-Z0-9]*-[A-Z0-9]+-\d{4,})\]")
BREAKER_REASON = "paused by the global breaker"  # how an outbox row waiting for the breaker starts its reason


_AUDIT_INSERT = insert(Audit.__table__)

# The lookups made for every message, built once with their values as parameters: building the
# statement cost as much as running it, and going through the ORM for a single value twice that.
_MESSAGES, _OUTBOX = Message.__table__.c, Outgoing.__table__.c
_SENDER_LANGUAGE = (select(_MESSAGES.language)
                    .where(_MESSAGES.sender == bindparam("sender"), _MESSAGES.language.is_not(None),
                           _MESSAGES.status != "ignored")
                    .order_by(_MESSAGES.received_at.desc()).limit(1))
# "pending or sent" as two comparisons: `in_` of constants is an expanding parameter, which SQLAlchemy
# writes into the statement's text again at every execution.
_ACKS_COUNTED = or_(_OUTBOX.state == "pending", _OUTBOX.state == "sent")
_ACKED_ARRIVALS = select(_MESSAGES.received_at).join_from(
    Outgoing.__table__, Message.__table__, _OUTBOX.message_row_id == _MESSAGES.id).where(
    _OUTBOX.recipient == bindparam("recipient"), _OUTBOX.kind == "ack", _MESSAGES.received_at > bindparam("since"),
    _ACKS_COUNTED)
# The batch's own look-ups (which messages it has already, the stored copies of its Message-IDs, the
# submissions so far), once a batch: through the ORM each cost twice the query.
_SOURCES_KNOWN = select(_MESSAGES.source_id).where(_MESSAGES.source_id.in_(bindparam("ids", expanding=True)))
_SAME_IDS = select(_MESSAGES.message_id, _MESSAGES.sha256).where(
    _MESSAGES.message_id.in_(bindparam("ids", expanding=True)))
_NAMELESS_COPY = select(_MESSAGES.id).where(_MESSAGES.sha256 == bindparam("sha256"),
                                            _MESSAGES.message_id.is_(None)).limit(1)
_SUBMISSION_COUNT = select(func.count(Submission.__table__.c.id))
_REFERENCE_TAKEN = select(Submission.__table__.c.id).where(Submission.__table__.c.reference == bindparam("reference"))
_REFERENCES_TAKEN = select(Submission.__table__.c.reference).where(
    Submission.__table__.c.reference.in_(bindparam("references", expanding=True)))
# The submissions a message may continue come as rows, not ORM objects: the pipeline writes with Core
# statements, which would leave an object loaded earlier in the batch out of date.
_SUBMISSIONS = Submission.__table__
_SUBMISSION = select(_SUBMISSIONS).where(_SUBMISSIONS.c.id == bindparam("id"))
_BY_REFERENCE = select(_SUBMISSIONS).where(_SUBMISSIONS.c.reference == bindparam("reference"))
_BY_ACK = select(_OUTBOX.submission_id).where(_OUTBOX.out_message_id.in_(bindparam("ids", expanding=True)))
_ATTACHED = AttachmentRow.__table__.c
_BY_IDS = (select(_SUBMISSIONS).join(Message.__table__, _MESSAGES.submission_id == _SUBMISSIONS.c.id)
           .where(_MESSAGES.message_id.in_(bindparam("ids", expanding=True))).order_by(_MESSAGES.id).limit(1))
_WITH_ATTACHMENT = (select(_SUBMISSIONS)
                    .join(AttachmentRow.__table__, _ATTACHED.submission_id == _SUBMISSIONS.c.id)
                    .join(Message.__table__, _MESSAGES.id == _ATTACHED.message_id)
                    .where(_ATTACHED.sha256.in_(bindparam("hashes", expanding=True)),
                           _MESSAGES.sender == bindparam("sender"))
                    .limit(1))
_WITH_REPORT_FILE = (select(_SUBMISSIONS)
                     .join(AttachmentRow.__table__, _ATTACHED.submission_id == _SUBMISSIONS.c.id)
                     .where(_ATTACHED.sha256.in_(bindparam("hashes", expanding=True)), _ATTACHED.is_report.is_(True))
                     .limit(1))
_SENT_LATELY = (select(_MESSAGES.submission_id, _MESSAGES.body_print)
                .where(_MESSAGES.sender == bindparam("sender"), _MESSAGES.received_at >= bindparam("since"),
                       _MESSAGES.body_print.is_not(None), _MESSAGES.submission_id.is_not(None))
                .order_by(_MESSAGES.received_at.desc(), _MESSAGES.id.desc()))
_LATEST_FROM = (select(_SUBMISSIONS).join(Message.__table__, _MESSAGES.submission_id == _SUBMISSIONS.c.id)
                .where(_MESSAGES.sender == bindparam("sender"))
                .order_by(_MESSAGES.received_at.desc(), _MESSAGES.id.desc()).limit(1))


class StoreError(IntakeError):
    pass


class PendingAudit:
    """A batch's audit rows, kept until its end and then written in one statement.

    A statement per row cost more than the rest of recording a message.
    """

    def __init__(self) -> None:
        self._rows: list[dict[str, Any]] = []

    def add(self, entity_id: int, *, action: str, entity: str, at: datetime, before: dict[str, Any] | None = None,
            after: dict[str, Any] | None = None) -> None:
        self._rows.append({"at": at, "actor": "intake", "action": action, "entity": entity, "entity_id": entity_id,
                           "before": before or {}, "after": after or {}})

    def write(self, s: Session) -> None:
        """Insert the rows."""
        if self._rows:
            s.connection().execute(_AUDIT_INSERT, self._rows)
            self._rows.clear()


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()


class Store:
    """One database. Create with a URL; call migrate() once at start-up."""

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = create_engine(url, future=True)
        except Exception as exc:  # bad URL, missing driver
            raise StoreError(f"Cannot use the database URL {url!r}: {exc}. Fix [database] url.") from None
        if self.engine.dialect.name == "sqlite":
            _sqlite_pragmas(self.engine)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring the schema to the latest Alembic revision."""
        from alembic import command  # only here: alembic is a large import the daemon needs once
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise StoreError(f"Cannot open the database {self.url}: {exc.orig}. Check [database] url.") from None

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.Session() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    # --- key/value state (IMAP UIDVALIDITY and last UID, last fetch, ...) ---
    def get_state(self, key: str) -> str | None:
        with self.Session() as s:
            row = s.get(State, key)
            return row.value if row else None

    def set_state(self, key: str, value: str) -> None:
        with self.session() as s:
            row = s.get(State, key)
            if row:
                row.value = value
            else:
                s.add(State(key=key, value=value))

    # --- lookups the pipeline makes before it writes (in the batch's own session: they must see
    # the rows it has added but not yet committed) ---
    def has_source(self, source_id: str) -> bool:
        with self.Session() as s:
            return s.scalar(select(Message.id).where(Message.source_id == source_id)) is not None

    @staticmethod
    def sources_known(s: Session, source_ids: Sequence[str]) -> set[str]:
        """Which of these source ids the store already has."""
        if not source_ids:
            return set()
        return set(s.connection().execute(_SOURCES_KNOWN, {"ids": list(source_ids)}).scalars())

    @staticmethod
    def hashes_by_message_id(s: Session, message_ids: Iterable[str]) -> dict[str, set[str]]:
        """The sha256 of every stored message with one of these Message-IDs, by Message-ID."""
        found: dict[str, set[str]] = {mid: set() for mid in message_ids}
        if found:
            for mid, sha in s.connection().execute(_SAME_IDS, {"ids": list(found)}):
                found[mid].add(sha)
        return found

    @staticmethod
    def has_nameless_copy(s: Session, sha256: str) -> bool:
        """Whether a stored message without a Message-ID has these bytes (a true duplicate of one)."""
        return s.connection().execute(_NAMELESS_COPY, {"sha256": sha256}).first() is not None

    def known(self, keys: Sequence[tuple[str | None, str]]) -> list[bool]:
        """Which of these (Message-ID, sha256) the store has already (IMAP reconciliation), in one query.

        Known means the same Message-ID and the same bytes; a message without a Message-ID is known by
        its bytes. An over-size message is never downloaded, so it comes without a hash: its
        Message-ID decides.
        """
        ids = list({mid for mid, _sha in keys if mid})
        bare = list({sha for mid, sha in keys if not mid and sha})
        with self.Session() as s:
            pairs = {(mid, sha) for mid, sha in s.execute(
                select(Message.message_id, Message.sha256).where(Message.message_id.in_(ids)))} if ids else set()
            nameless = set(s.scalars(select(Message.sha256).where(
                Message.message_id.is_(None), Message.sha256.in_(bare)))) if bare else set()
        seen = {mid for mid, _sha in pairs}

        def is_known(mid: str | None, sha: str) -> bool:
            if mid:
                return (mid, sha) in pairs if sha else mid in seen
            return sha in nameless

        return [is_known(mid, sha) for mid, sha in keys]

    @staticmethod
    def sender_language(s: Session, sender: str) -> str | None:
        return s.connection().execute(_SENDER_LANGUAGE, {"sender": sender}).scalar()

    @staticmethod
    def latest_submission_from(s: Session, sender: str) -> Row[Any] | None:
        """The submission this sender wrote to most recently."""
        return s.connection().execute(_LATEST_FROM, {"sender": sender}).first()

    @staticmethod
    def acked_arrivals(s: Session, recipient: str, since: datetime) -> list[datetime]:
        """When the messages arrived that acknowledgements queued or sent to one recipient answer, since a time."""
        return list(s.connection().execute(_ACKED_ARRIVALS, {"recipient": recipient, "since": since}).scalars())

    def acks_sent_since(self, since: datetime) -> int:
        """Acknowledgements handed to the mail server since a time (the global breaker)."""
        with self.Session() as s:
            return s.scalar(select(func.count(Outgoing.id)).where(
                Outgoing.kind == "ack", Outgoing.sent_at >= since)) or 0

    def paused_acks(self) -> int:
        """Acknowledgements waiting in the outbox because the global breaker is open."""
        with self.Session() as s:
            return s.scalar(select(func.count(Outgoing.id)).where(
                Outgoing.kind == "ack", Outgoing.state == "pending", Outgoing.reason.startswith(BREAKER_REASON))) or 0

    @staticmethod
    def submission(s: Session, submission_id: int) -> Row[Any] | None:
        return s.connection().execute(_SUBMISSION, {"id": submission_id}).first()

    @staticmethod
    def submission_by_ids(s: Session, message_ids: Sequence[str]) -> Row[Any] | None:
        """The submission of a stored message with one of these Message-IDs."""
        if not message_ids:
            return None
        return s.connection().execute(_BY_IDS, {"ids": list(message_ids)}).first()

    @staticmethod
    def submission_by_reference(s: Session, reference: str) -> Row[Any] | None:
        return s.connection().execute(_BY_REFERENCE, {"reference": reference}).first()

    @staticmethod
    def submission_by_ack(s: Session, out_message_ids: Sequence[str]) -> Row[Any] | None:
        if not out_message_ids:
            return None
        row = s.connection().execute(_BY_ACK, {"ids": list(out_message_ids)}).first()
        return Store.submission(s, row.submission_id) if row and row.submission_id else None

    @staticmethod
    def submission_with_attachment(s: Session, sender: str, sha256s: Sequence[str]) -> Row[Any] | None:
        """The submission to which this sender already sent one of these files."""
        if not sha256s:
            return None
        return s.connection().execute(_WITH_ATTACHMENT, {"hashes": list(sha256s), "sender": sender}).first()

    @staticmethod
    def submission_with_report_file(s: Session, sha256s: Sequence[str]) -> Row[Any] | None:
        """The submission whose report is one of these files, whoever sent it: the same report sent again from another
        address (a personal one after the organisation's) is that submission again."""
        if not sha256s:
            return None
        return s.connection().execute(_WITH_REPORT_FILE, {"hashes": list(sha256s)}).first()

    @staticmethod
    def submission_resent(s: Session, sender: str, resent: Resent) -> Row[Any] | None:
        """The submission of this sender's latest message, within WITHIN, of the same or nearly the same new text.

        One look-up on the sender's index; the prints of the sender's few recent messages are compared here.
        """
        rows = s.connection().execute(_SENT_LATELY, {"sender": sender, "since": resent.received_at - WITHIN})
        found = next((r.submission_id for r in rows if near(r.body_print, resent.body_print)), None)
        return Store.submission(s, found) if found is not None else None

    def next_reference(self, s: Session, prefix: str) -> str:
        """The next human reference number, e.g. GCM-AR-0042."""
        return self.free_reference(s, prefix, self.submission_count(s))[1]

    @staticmethod
    def submission_count(s: Session) -> int:
        return s.connection().execute(_SUBMISSION_COUNT).scalar() or 0

    @staticmethod
    def free_reference(s: Session, prefix: str, after: int) -> tuple[int, str]:
        """The first reference numbered above `after` that no submission has yet, with its number."""
        number = after
        while True:
            number += 1
            ref = f"{prefix}-{number:04d}"
            if s.connection().execute(_REFERENCE_TAKEN, {"reference": ref}).first() is None:
                return number, ref

    @staticmethod
    def free_references(s: Session, prefix: str, after: int, count: int) -> list[str]:
        """The references numbered `after + 1` to `after + count` that no submission has yet, in order.

        One query for a batch's new submissions instead of one per reference (`free_reference`).
        """
        candidates = [f"{prefix}-{number:04d}" for number in range(after + 1, after + count + 1)]
        taken = set(s.connection().execute(_REFERENCES_TAKEN, {"references": candidates}).scalars())
        return [ref for ref in candidates if ref not in taken]

    # --- audit ---
    @staticmethod
    def audit(s: Session | Connection, *, actor: str, action: str, entity: str, entity_id: int | None,
              before: dict[str, Any] | None = None, after: dict[str, Any] | None = None, at: datetime) -> None:
        """Append one audit row, in the caller's transaction (an ORM session or a Core connection).

        A Core insert compiled once, with the values as parameters: building `insert().values(...)`
        per row, or going through the ORM, cost more than the rest of recording a message.
        """
        conn = s.connection() if isinstance(s, Session) else s
        conn.execute(_AUDIT_INSERT, {"at": at, "actor": actor, "action": action, "entity": entity,
                                     "entity_id": entity_id, "before": before or {}, "after": after or {}})

    # --- outbox ---
    def due(self, now: datetime) -> list[Outgoing]:
        with self.Session() as s:
            return list(
                s.scalars(
                    select(Outgoing)
                    .where(Outgoing.state == "pending",
                           or_(Outgoing.next_attempt_at.is_(None), Outgoing.next_attempt_at <= now))
                    .order_by(Outgoing.id)
                )
            )

    def outbox_counts(self) -> dict[str, int]:
        with self.Session() as s:
            return dict(s.execute(select(Outgoing.state, func.count(Outgoing.id)).group_by(Outgoing.state)).all())

    def message_counts(self) -> dict[str, int]:
        with self.Session() as s:
            return dict(s.execute(select(Message.status, func.count(Message.id)).group_by(Message.status)).all())

    def messages(self) -> list[Message]:
        """Every message in arrival order, with submissions, attachments and acks loaded."""
        from sqlalchemy.orm import selectinload

        with self.Session() as s:
            return list(
                s.scalars(
                    select(Message)
                    .options(
                        selectinload(Message.submission).selectinload(Submission.speakers),
                        selectinload(Message.attachments),
                        selectinload(Message.acks),
                    )
                    .order_by(Message.received_at, Message.id)
                )
            )

