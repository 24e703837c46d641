"""Runs the stages for one message and does the I/O: archive, file, record, queue the acknowledgement.

Order for each message: archive the raw bytes first (nothing is lost whatever happens next), skip
it if the store already has it, analyse (pure), file attachments, then record everything, including
the pending acknowledgement row (the durable outbox). Messages are handled in batches (whatever the
source has ready, up to BATCH_MESSAGES or BATCH_BYTES) recorded in one transaction: one commit per
batch instead of one per message, and each message's lookups (threads, duplicates, the sender's
language) see the rows of the messages before it in the batch. The batch's files (raw archive,
attachments) are written unsynced and synced together just before the commit. Only after the commit
is the source told the messages are done. If anything fails inside a batch, the transaction is
rolled back and the batch is handled again one message per transaction; an exception while handling
one message quarantines that message with the stage and reason, and the loop goes on with the next.
With analysis workers ([processing] analysis_workers, intake/workers.py), the messages are handed to a
worker as they are fetched, a chunk at a time, and each one's analysis is taken when its turn to be
recorded comes; the next batches (BATCHES_AHEAD) are fetched and handed to the workers before a batch
is recorded, so that they are not left waiting for the service.
"""

from __future__ import annotations

import collections
import itertools
import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import Session

from intake import ids
from intake.acks import build_ack
from intake.analysis import Analysis, Context, Thread, analyse, completed, conclude, paired
from intake.filing import (
    archive_raw,
    file_attachment,
    filename_flags,
    quarantine_copy,
    sha256_hex,
    sync_deferred,
)
from intake.model import Parsed, RawMail
from intake.parse import header_message_id
from intake.resent import Resent
from intake.sources import Source
from intake.store import REF_IN_SUBJECT, PendingAudit, Store
from intake.tables import AttachmentRow, Message, Outgoing, SpeakerRow, Submission
from intake.workers import CHUNK_MESSAGES, AnalysisPool, needs_history

vette = logging.getLogger("intake.vette")
errlog = logging.getLogger("intake.error")

BATCH_MESSAGES = 50
BATCH_BYTES = 16 * 1024 * 1024  # raw bytes held in memory per batch
BATCHES_AHEAD = 2  # batches taken before the one being recorded (see Pipeline.drain)
SUBMISSION_CATEGORIES = ("voluntary_report", "speaker_request", "both", "other")

# Built once (see intake.store): a thread's files and speakers, the acknowledgement a bounce returns, and
# the statements that record a message.
_ATTACHMENTS, _SPEAKERS, _OUTBOX = AttachmentRow.__table__.c, SpeakerRow.__table__.c, Outgoing.__table__.c
_THREAD_HASHES = select(_ATTACHMENTS.sha256).where(_ATTACHMENTS.submission_id == bindparam("submission"))
_THREAD_SPEAKERS = (select(_SPEAKERS.name, _SPEAKERS.title, _SPEAKERS.affiliation, _SPEAKERS.roles, _SPEAKERS.roundtable)
                    .where(_SPEAKERS.submission_id == bindparam("submission"), _SPEAKERS.active.is_(True))
                    .order_by(_SPEAKERS.id))
_ACTIVE_SPEAKERS = (select(_SPEAKERS.id, _SPEAKERS.name, _SPEAKERS.title, _SPEAKERS.affiliation, _SPEAKERS.honorific,
                           _SPEAKERS.roles, _SPEAKERS.roundtable, _SPEAKERS.provenance)
                    .where(_SPEAKERS.submission_id == bindparam("submission"), _SPEAKERS.active.is_(True))
                    .order_by(_SPEAKERS.id))
_REPORT_VERSIONS = select(_ATTACHMENTS.version).where(
    _ATTACHMENTS.submission_id == bindparam("submission"), _ATTACHMENTS.is_report.is_(True),
    _ATTACHMENTS.duplicate.is_(False))
_BOUNCED = select(_OUTBOX.id, _OUTBOX.state).where(_OUTBOX.out_message_id == bindparam("out_message_id"))
_INSERT_MESSAGE = insert(Message.__table__).returning(Message.__table__.c.id)
_INSERT_SUBMISSION = insert(Submission.__table__).returning(Submission.__table__.c.id)
_INSERT_ATTACHMENT = insert(AttachmentRow.__table__)
_INSERT_SPEAKER = insert(SpeakerRow.__table__)
_INSERT_OUTGOING = insert(Outgoing.__table__).returning(_OUTBOX.id)
# The updates set the columns their parameters name (besides "sid", the row's id).
_UPDATE_SUBMISSION = update(Submission.__table__).where(Submission.__table__.c.id == bindparam("sid"))
_RETIRE_SPEAKER = update(SpeakerRow.__table__).where(_SPEAKERS.id == bindparam("sid"))
_UPDATE_OUTGOING = update(Outgoing.__table__).where(_OUTBOX.id == bindparam("sid"))


@dataclass(frozen=True)
class Result:
    source_id: str
    outcome: str  # processed | needs_review | ignored | quarantine | skipped
    message_row_id: int | None = None
    reference: str | None = None
    category: str | None = None
    acknowledged: bool = False


class StoreHistory:
    """The History the analysis needs, answered inside the batch's session."""

    def __init__(self, s: Session, secret: bytes) -> None:
        self.s = s
        self.secret = secret
        # The submission rows the threads of the message in hand were read from, by id: recording it
        # updates its thread's submission from the row, without reading it again. Cleared for each message
        # (`forget`), as recording one changes the rows the next one reads.
        self.read: dict[int, Row[Any]] = {}

    def forget(self) -> None:
        self.read.clear()

    def _thread(self, sub: Row[Any], via: str) -> Thread:
        s = self.s
        seen = {sub.id}
        while sub.merged_into_id is not None and sub.merged_into_id not in seen:
            # A follow-up of a submission the secretariat merged into another joins the one that remains
            # (its acknowledgement and reference still name the merged one).
            seen.add(sub.merged_into_id)
            sub = Store.submission(s, sub.merged_into_id) or sub
        self.read[sub.id] = sub
        conn = s.connection()
        hashes = frozenset(conn.execute(_THREAD_HASHES, {"submission": sub.id}).scalars())
        rows = conn.execute(_THREAD_SPEAKERS, {"submission": sub.id}).all()
        return Thread(
            submission_id=sub.id, reference=sub.reference, category=sub.category,
            first_message_id=sub.first_message_id, sender=sub.sender, language=sub.language,
            via=via, known_hashes=hashes, speakers=tuple((r.name, r.title, r.affiliation) for r in rows),
            slots=tuple((tuple(r.roles or ()), r.roundtable) for r in rows),
        )

    def thread_for(self, parsed: Parsed, attachment_hashes: tuple[str, ...], refers_back: bool = False,
                   resent: Resent | None = None) -> Thread | None:
        s = self.s
        linked = list(parsed.in_reply_to) + [r for r in reversed(parsed.references) if r not in parsed.in_reply_to]
        ours = [m for m in linked if ids.is_ours(self.secret, m)]
        if ours:
            sub = Store.submission_by_ack(s, ours)
            if sub:
                return self._thread(sub, "our-ack")
        sub = Store.submission_by_ids(s, linked)
        if sub:
            return self._thread(sub, "in-reply-to")
        m = REF_IN_SUBJECT.search(parsed.subject)
        if m:
            sub = Store.submission_by_reference(s, m.group(1))
            # A reference alone from a different sender is not proof.
            if sub and sub.sender == parsed.from_addr:
                return self._thread(sub, "reference-in-subject")
        sub = Store.submission_with_attachment(s, parsed.from_addr, attachment_hashes)
        if sub:
            return self._thread(sub, "same-attachment")
        sub = Store.submission_with_report_file(s, attachment_hashes)
        if sub:
            return self._thread(sub, "same-report-file")
        # The same text sent again as a new message (a phone re-sending, or the request sent again with a detail
        # changed): the sender's recent message of the same, or nearly the same, new text.
        sub = Store.submission_resent(s, parsed.from_addr, resent) if resent and parsed.from_addr else None
        if sub:
            return self._thread(sub, "resent")
        # "Further to our e-mail of 3 February ..." sent as a new message: the sender's latest submission.
        sub = Store.latest_submission_from(s, parsed.from_addr) if refers_back and parsed.from_addr else None
        # (an earlier question is no submission to follow up: "Following my email of 3 February, please find attached
        # our report" after asking how to send it is a new submission)
        if sub and sub.category != "other":
            return self._thread(sub, "refers-back")
        return None

    def sender_language(self, sender: str) -> str | None:
        return Store.sender_language(self.s, sender) if sender else None


class _Answers:
    """The store's answers for the message in hand, each asked once.

    A worker's analysis is first checked against them (`needs_history`) and, when they can change it,
    concluded with them: both ask the same questions, and a thread look-up is several queries.
    """

    def __init__(self, history: StoreHistory) -> None:
        self.history = history
        self._threads: dict[tuple[tuple[str, ...], bool, Resent | None], Thread | None] = {}
        self._languages: dict[str, str | None] = {}

    def thread_for(self, parsed: Parsed, attachment_hashes: tuple[str, ...], refers_back: bool = False,
                   resent: Resent | None = None) -> Thread | None:
        key = (attachment_hashes, refers_back, resent)
        if key not in self._threads:
            self._threads[key] = self.history.thread_for(parsed, attachment_hashes, refers_back, resent)
        return self._threads[key]

    def sender_language(self, sender: str) -> str | None:
        if sender not in self._languages:
            self._languages[sender] = self.history.sender_language(sender)
        return self._languages[sender]


class _AckBudget:
    """Acknowledgements queued or sent to each sender for the messages that arrived in the 24 hours before
    one message (the sender cap), for one batch.

    The window is the messages' arrival, not the time they are read: a flood or a loop arrives within the
    day, while a backlog read at once (the daemon stopped for a week, a mailbox imported) holds a person's
    mails of several days, each of which is answered. The store is asked once per sender, for the arrival
    times since the day before the batch's first message; the batch then adds its own.
    """

    def __init__(self, s: Session, earliest: datetime) -> None:
        self.s = s
        self.since = earliest - timedelta(hours=24)
        self._times: dict[str, list[datetime]] = {}

    def _of(self, recipient: str) -> list[datetime]:
        if recipient not in self._times:
            self._times[recipient] = Store.acked_arrivals(self.s, recipient, self.since)
        return self._times[recipient]

    def to(self, recipient: str, received: datetime) -> int:
        start = received - timedelta(hours=24)
        return sum(start < t <= received for t in self._of(recipient))

    def add(self, recipient: str, received: datetime) -> None:
        self._of(recipient).append(received)


class _References:
    """Reference numbers for a batch's new submissions: the submissions are counted once, at the first, and the
    numbers after the count are looked up a batch's worth at a time (one query, not one per reference).

    Taking the free numbers of a window in order gives what `Store.free_reference` would one at a time:
    nothing but this batch adds submissions in its transaction.
    """

    def __init__(self, s: Session, prefix: str) -> None:
        self.s = s
        self.prefix = prefix
        self._last: int | None = None  # the last number looked up
        self._free: list[str] = []  # free references looked up and not yet given, the next last

    def next(self) -> str:
        while not self._free:
            if self._last is None:
                self._last = Store.submission_count(self.s)
            self._free = Store.free_references(self.s, self.prefix, self._last, BATCH_MESSAGES)[::-1]
            self._last += BATCH_MESSAGES
        return self._free.pop()


@dataclass
class _Batch:
    """What the messages of one batch share: its session and the session's connection, counters kept up to
    date as it records, and the audit rows and files written together at its end."""

    s: Session
    conn: Connection
    history: StoreHistory
    budget: _AckBudget
    references: _References
    audit: PendingAudit
    written: list[Path]  # the batch's files, synced together before the commit


@dataclass(frozen=True)
class _Opened:
    """The submission a message opens (new) or follows up, with its audit entry's action and values."""

    id: int
    reference: str
    new: bool
    action: str
    before: dict[str, Any]
    after: dict[str, Any]


def _speaker_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": row["name"], "title": row["title"], "affiliation": row["affiliation"], "roles": row["roles"],
            "roundtable": row["roundtable"]}


class Pipeline:
    """Handles messages from a source into the store, a batch per transaction."""

    def __init__(self, ctx: Context, store: Store, clock: Callable[[], datetime] | None = None,
                 pool: AnalysisPool | None = None) -> None:
        self.ctx = ctx
        self.store = store
        # Workers analyse ahead (intake.workers), but only with the very rules this pipeline uses.
        self.pool = pool if pool is not None and pool.ctx is ctx else None
        self.clock = clock or (lambda: datetime.now(UTC))
        self.root = ctx.settings.storage_root
        self.secret = ctx.settings.secret()
        self._stage = "archive"  # the stage of the message in hand: a failure names it

    # ---- messages ----
    def handle(self, mail: RawMail) -> Result:
        """Process one message end to end; never raises for anything the message contains."""
        return self.handle_batch([mail])[0]

    def handle_batch(self, mails: Sequence[RawMail], ahead: Sequence[Future[Analysis] | None] = ()) -> list[Result]:
        """Process messages in one transaction; never raises for anything a message contains.

        `ahead` holds, for each message, its analysis started in a worker (see intake.workers).
        """
        self._stage = "archive"
        try:
            return self._batch(mails, ahead)
        except Exception as exc:  # one bad message must never stop the daemon
            for future in ahead:
                if future is not None:
                    future.cancel()
            if len(mails) > 1:
                errlog.warning("a batch of %d messages failed (%s: %s); handling them one at a time",
                               len(mails), type(exc).__name__, exc)
                return [self.handle(mail) for mail in mails]
            reason = f"{self._stage} failed: {type(exc).__name__}: {exc}"
            errlog.error("message %s: %s\n%s", mails[0].source_id, reason, traceback.format_exc())
            return [self.quarantine(mails[0], reason, traceback.format_exc())]

    def _batch(self, mails: Sequence[RawMail], ahead: Sequence[Future[Analysis] | None]) -> list[Result]:
        results = []
        with self.store.Session() as s, s.begin():
            history = StoreHistory(s, self.secret)
            b = _Batch(s, s.connection(), history, _AckBudget(s, min((m.received_at for m in mails), default=self.clock())),
                       _References(s, self.ctx.settings.reference_prefix), PendingAudit(), [])
            seen = self.store.sources_known(s, [m.source_id for m in mails])
            mids = [m.header_id[0] if m.header_id else header_message_id(m.raw) for m in mails]
            # Kept up to date as the batch records its messages, which the next ones must see.
            same_id = self.store.hashes_by_message_id(s, {mid for mid in mids if mid})
            for i, mail in enumerate(mails):
                future = ahead[i] if ahead else None
                self._stage = "archive"
                sha = archive_raw(self.root, mail.raw, b.written).sha256
                self._stage = "dedupe"
                if mail.source_id in seen:
                    if future is not None:
                        future.cancel()
                    results.append(Result(mail.source_id, "skipped"))
                    continue
                seen.add(mail.source_id)
                # Stored messages with the same Message-ID: the same bytes are a duplicate delivery
                # (known from the header block alone, before any analysis), other bytes are flagged
                # on the new record.
                mid = mids[i]
                earlier = same_id[mid] if mid else set()
                if mail.raw and sha in earlier:
                    if future is not None:
                        future.cancel()
                    vette.info("duplicate delivery of %s skipped", mid)
                    results.append(Result(mail.source_id, "skipped"))
                    continue
                self._stage = "analyse"
                history.forget()
                analysis = self._analyse(mail, history, future)
                if analysis.parsed and not mid and self.store.has_nameless_copy(s, sha):
                    vette.info("duplicate delivery of a message without Message-ID (sha256 %s) skipped", sha[:12])
                    results.append(Result(mail.source_id, "skipped"))
                    continue
                if analysis.status == "quarantined":
                    quarantine_copy(self.root, mail.raw, analysis.error or "", b.written)
                self._stage = "record"
                results.append(self._record(b, analysis, mid, bool(earlier)))
                if mid:
                    same_id[mid].add(sha)
            self._stage = "commit"
            b.audit.write(s)
            sync_deferred(self.root, b.written)
        return results

    def _analyse(self, mail: RawMail, history: StoreHistory, future: Future[Analysis] | None) -> Analysis:
        """The worker's analysis when the store's answers cannot change it, else one concluded here with them."""
        if future is not None:
            try:
                ahead = replace(future.result(), mail=mail)
            except Exception as exc:  # the worker failed or died: the message is analysed here
                errlog.warning("analysis worker failed on %s (%s: %s); analysing in process",
                               mail.source_id, type(exc).__name__, exc)
            else:
                # Parsing, screening and reading stand; what the store's answers change is done again here.
                answers = _Answers(history)
                return conclude(ahead, self.ctx, answers) if needs_history(ahead, answers) else ahead
        return analyse(mail, self.ctx, history)

    def quarantine(self, mail: RawMail, reason: str, detail: str = "") -> Result:
        """Keep a message we could not handle, with its reason, for the secretariat."""
        quarantine_copy(self.root, mail.raw, reason + ("\n\n" + detail if detail else ""))
        now = self.clock()
        digest = sha256_hex(mail.raw)
        message_id = header_message_id(mail.raw)
        with self.store.session() as s:
            existing = s.scalars(select(Message).where(
                (Message.source_id == mail.source_id) | ((Message.message_id == message_id) & (Message.sha256 == digest))
            )).first()
            if existing:
                return Result(mail.source_id, "quarantine", existing.id)
            row = Message(
                source_id=mail.source_id, message_id=message_id, sha256=digest,
                size=mail.size or len(mail.raw),
                received_at=mail.received_at, status="quarantined", reasons=[reason], created_at=now,
                archive_path=f"quarantine/{digest}.eml",
            )
            s.add(row)
            s.flush()
            self.store.audit(s, actor="intake", action="quarantined", entity="message", entity_id=row.id,
                             after={"reason": reason}, at=now)
            return Result(mail.source_id, "quarantine", row.id)

    def _record(self, b: _Batch, a: Analysis, message_id: str | None, same_id: bool) -> Result:
        """Insert the message's rows in the batch's transaction, so the next message's lookups see them.

        Core statements, not the ORM's unit of work (which cost more than all the rest of recording a
        message): the submission first, as the message names it, then the message, its files and its
        speakers, then the acknowledgement, whose Message-ID is made from the message's id. The audit
        entries keep the order in which the changes are told: the message, then the rest.
        """
        conn, now = b.conn, self.clock()
        parsed = a.parsed
        reasons = list(a.reasons)
        if same_id:
            reasons.append("same Message-ID as an earlier message with different bytes")
        sub = None
        if parsed is not None and a.category in SUBMISSION_CATEGORIES and a.status not in ("quarantined", "ignored"):
            sub = self._submission(b, a, now)
        msg_id: int = conn.execute(_INSERT_MESSAGE, {
            "source_id": a.mail.source_id,
            "message_id": message_id,
            "sha256": a.sha256,
            "size": a.mail.size or len(a.mail.raw),
            "received_at": a.mail.received_at,
            "sender": parsed.from_addr if parsed else "",
            "sender_name": parsed.from_name if parsed else "",
            "subject": parsed.subject if parsed else "",
            "language": a.language.language if a.language else None,
            "category": a.category,
            "confidence": a.decision.confidence if a.decision else None,
            "status": a.status,
            "reasons": reasons,
            "screen_kind": a.verdict.kind if a.verdict else None,
            "screen_rule": a.verdict.rule if a.verdict else None,
            "trail": _trail(a),
            "on_time": a.timeliness.on_time,
            "archive_path": f"raw/{a.sha256[:2]}/{a.sha256}.eml",
            "in_reply_to": parsed.in_reply_to[0] if parsed and parsed.in_reply_to else None,
            "thread_of": (a.thread.first_message_id if a.thread else None),
            "body_print": a.body_print,
            "flagged_same_id": same_id,
            "submission_id": sub.id if sub else None,
            "created_at": now,
        }).scalar_one()
        b.audit.add(msg_id, action="recorded", entity="message", after={"category": a.category, "status": a.status},
                    at=now)
        if a.verdict and a.verdict.dsn:
            self._apply_dsn(b, a, now)
        acknowledged = False
        if sub is not None:
            after = sub.after | ({"message": msg_id} if a.thread is not None else {})
            b.audit.add(sub.id, action=sub.action, entity="submission", before=sub.before, after=after, at=now)
            self._file(b, a, msg_id, sub)
            self._speakers(b, a, msg_id, sub, now)
            if a.acknowledge:
                acknowledged = self._queue_ack(b, a, msg_id, sub, now)
        outcome = {"quarantined": "quarantine", "ignored": "ignored", "needs_review": "needs_review"}.get(a.status, "processed")
        vette.info("%s kind=%s status=%s hits=%s ack=%s", message_id, a.category, a.status,
                   [h.rule for h in a.decision.hits] if a.decision else [a.verdict.rule if a.verdict else "-"],
                   acknowledged)
        return Result(a.mail.source_id, outcome, msg_id, sub.reference if sub else None, a.category, acknowledged)

    def _submission(self, b: _Batch, a: Analysis, now: datetime) -> _Opened:
        """Insert the submission the message opens, or update the one it follows up."""
        assert a.parsed is not None
        if a.thread is not None:
            sub = b.history.read.get(a.thread.submission_id) or Store.submission(b.s, a.thread.submission_id)
            assert sub is not None
            before = {"category": sub.category, "status": sub.status}
            category, status, on_time = sub.category, sub.status, sub.on_time
            if a.category in ("voluntary_report", "speaker_request", "both") and a.category != category:
                cats = {category, a.category} - {"other"}
                category = "both" if len(cats) > 1 else cats.pop()
            if a.followup == "withdrawal":
                status = "withdrawn"
            elif a.status == "needs_review":
                status = "needs_review"
            elif a.followup in ("completion", "replacement", "revision") and status == "needs_review":
                status = "filed"
            if a.decision and a.decision.category != "other" and a.timeliness.on_time is not None:
                on_time = a.timeliness.on_time if on_time is None else (on_time and a.timeliness.on_time)
            changed = {"category": category, "status": status, "on_time": on_time, "updated_at": now}
            b.conn.execute(_UPDATE_SUBMISSION, {"sid": sub.id, **changed})
            return _Opened(sub.id, sub.reference, False, f"follow-up:{a.followup}", before,
                           {"category": category, "status": status})
        reference, category = b.references.next(), a.category or "other"
        sub_id: int = b.conn.execute(_INSERT_SUBMISSION, {
            "reference": reference,
            "category": category,
            "sender": a.parsed.from_addr,
            "language": a.language.language if a.language else "en",
            "organisation": a.fields.organisation,
            "report_title": a.fields.report_title,
            "status": a.status,
            "on_time": a.timeliness.on_time,
            "first_message_id": a.parsed.message_id,
            "created_at": now,
            "updated_at": now,
        }).scalar_one()
        return _Opened(sub_id, reference, True, "created", {}, {"reference": reference, "category": category})

    def _file(self, b: _Batch, a: Analysis, msg_id: int, sub: _Opened) -> None:
        assert a.parsed is not None and a.decision is not None
        report = set(a.decision.report_attachments)
        version = None
        if report:
            prior = [] if sub.new else b.conn.execute(_REPORT_VERSIONS, {"submission": sub.id}).scalars()
            version = (max((v or 0 for v in prior), default=0) + 1) if a.followup != "duplicate" else None
        known = a.thread.known_hashes if a.thread else frozenset()
        rows = []
        # the analysis hashed the files already (conclude reads the same hashes, one per attachment)
        for att, digest in zip(a.parsed.attachments, a.file_hashes, strict=True):
            filed = file_attachment(self.root, att.filename, att.payload, b.written, digest)
            doc = a.docs.get(att.filename)
            rows.append({
                "message_id": msg_id, "submission_id": sub.id, "filename": att.filename,
                "storage_name": filed.storage_name, "sha256": filed.sha256, "size": filed.size,
                "content_type": att.content_type, "is_report": att.filename in report,
                "version": version if att.filename in report else None,
                "text_status": doc.status if doc else None, "duplicate": filed.sha256 in known,
                "flags": filename_flags(att.filename) + (["inline"] if att.inline else []),
            })
        if rows:
            b.conn.execute(_INSERT_ATTACHMENT, rows)

    def _speakers(self, b: _Batch, a: Analysis, msg_id: int, sub: _Opened, now: datetime) -> None:
        if not a.fields.speakers:
            return
        conn = b.conn
        existing = [] if sub.new else conn.execute(_ACTIVE_SPEAKERS, {"submission": sub.id}).all()
        if a.followup == "completion" and existing:
            # A reply that supplies missing details completes the speakers on file: the completed
            # record is kept on the reply (so the export shows it there) and the incomplete one retires.
            for i, sp in paired([row.name for row in existing], a.fields.speakers):
                row = existing[i]
                new = completed(_speaker_dict(row._mapping) | {"honorific": row.honorific, "provenance": row.provenance}, sp,
                                restated=a.thread is not None and a.thread.via == "resent")
                new_id = conn.execute(_INSERT_SPEAKER.returning(_SPEAKERS.id),
                                      {"submission_id": sub.id, "message_id": msg_id, **new}).scalar_one()
                conn.execute(_RETIRE_SPEAKER, {"sid": row.id, "active": False})
                b.audit.add(new_id, action="completed", entity="speaker", before=_speaker_dict(row._mapping),
                            after=_speaker_dict(new), at=now)
            return
        if a.followup == "replacement":
            # thread.speakers and `existing` are the same active rows, in the same order
            replaced = [existing[i] for i in a.replaces if i < len(existing)]
            if replaced:
                conn.execute(_RETIRE_SPEAKER, [{"sid": row.id, "active": False} for row in replaced])
            for row in replaced:
                b.audit.add(row.id, action="replaced", entity="speaker", before={"active": True},
                            after={"active": False, "by_message": msg_id}, at=now)
        conn.execute(_INSERT_SPEAKER, [
            {"submission_id": sub.id, "message_id": msg_id, "name": sp.name, "title": sp.title,
             "affiliation": sp.affiliation, "honorific": sp.honorific, "roles": list(sp.roles),
             "roundtable": sp.roundtable, "provenance": dict(sp.provenance)}
            for sp in a.fields.speakers])

    def _apply_dsn(self, b: _Batch, a: Analysis, now: datetime) -> None:
        """A bounce of one of our acknowledgements marks it undeliverable (permanent failures only)."""
        dsn = a.verdict.dsn if a.verdict else None
        if dsn is None or not dsn.original_message_id:
            return
        row = b.conn.execute(_BOUNCED, {"out_message_id": dsn.original_message_id}).first()
        if row is None:
            return
        state = "undeliverable" if dsn.permanent else row.state
        reason = f"DSN: action={dsn.action} status={dsn.status} recipient={dsn.final_recipient}"
        b.conn.execute(_UPDATE_OUTGOING, {"sid": row.id, "state": state, "reason": reason})
        b.audit.add(row.id, action="bounced", entity="outbox", before={"state": row.state},
                    after={"state": state, "reason": reason}, at=now)

    def _queue_ack(self, b: _Batch, a: Analysis, msg_id: int, sub: _Opened, now: datetime) -> bool:
        settings, budget = self.ctx.settings, b.budget
        assert a.parsed is not None
        nonce = f"{msg_id:x}"
        out_id = ids.ack_message_id(self.secret, sub.reference, nonce, settings.address.split("@")[-1])
        raw, recipient, template = build_ack(a, sub.reference, out_id, self.ctx, now)
        state, reason = "pending", ""
        if not recipient:
            state, reason = "suppressed", "no address to answer"
        elif budget.to(recipient, a.mail.received_at) >= settings.ack_per_sender_per_day:
            state, reason = "suppressed", f"sender cap: {settings.ack_per_sender_per_day} acknowledgements in 24 hours"
        row_id: int = b.conn.execute(_INSERT_OUTGOING, {
            "kind": "ack", "message_row_id": msg_id, "submission_id": sub.id, "out_message_id": out_id,
            "recipient": recipient or "",
            "language": ",".join(a.language.ranking) if a.language and not a.language.confident else (a.language.language if a.language else "en"),
            "template": template, "raw": raw, "state": state, "reason": reason, "created_at": now,
        }).scalar_one()
        if state == "pending":
            budget.add(recipient or "", a.mail.received_at)
        b.audit.add(row_id, action=f"ack-{state}", entity="outbox", after={"recipient": recipient, "reason": reason}, at=now)
        return state == "pending"

    # ---- a whole source ----
    def drain(self, source: Source, stop: Callable[[], bool] = lambda: False,
              mails: Iterable[RawMail] | None = None, after_batch: Callable[[], object] | None = None) -> list[Result]:
        """Process everything new in a source (or the given mails from it), a batch at a time.

        A batch is whatever the source hands over before it runs dry, up to BATCH_MESSAGES messages or
        BATCH_BYTES bytes. The next BATCHES_AHEAD batches are taken (and handed to the analysis workers)
        before this one is recorded, so that the workers analyse them meanwhile instead of waiting for the
        service: with one batch ahead the workers ran dry whenever the service was slow to record or send
        (the SMTP server's replies, a commit), and drained 2,000 messages about 12% slower. After
        each batch's commit the source files the messages and is told it may forget them up to the
        batch's last (`confirm`); a crash before that hands them over again, and the store skips them.
        Then `after_batch` runs, unless the drain is stopping: the service sends the batch's
        acknowledgements there, while the workers analyse the next batch, rather than after the whole backlog.
        """
        results: list[Result] = []
        batches = self._batches(source.fetch_new() if mails is None else mails, stop)
        queued = collections.deque(itertools.islice(batches, 1))
        if not queued:
            source.confirm()  # nothing to record; a reconciliation that found everything known is done all the same
        while queued:
            while len(queued) <= BATCHES_AHEAD and not stop():
                following = next(batches, None)
                if following is None:
                    break
                queued.append(following)
            current = queued.popleft()
            results += self._finish_batch(source, *current, everything=not queued)
            if after_batch is not None and not stop():
                after_batch()
            if stop():
                for future in (f for _, ahead in queued for f in ahead):
                    if future is not None:
                        future.cancel()
                break
        self.store.set_state("last_fetch", self.clock().isoformat())
        return results

    def _batches(self, mails: Iterable[RawMail], stop: Callable[[], bool]
                 ) -> Iterator[tuple[list[RawMail], list[Future[Analysis] | None]]]:
        """The mails in batches, each with its analyses started in the workers as it was taken: a chunk at a time
        (intake.workers), and whatever is left of the batch when it is yielded."""
        batch: list[RawMail] = []
        ahead: list[Future[Analysis] | None] = []
        size = 0
        for mail in mails:
            batch.append(mail)
            size += len(mail.raw)
            if len(batch) >= BATCH_MESSAGES or size >= BATCH_BYTES or stop():
                yield batch, ahead + self._hand_over(batch[len(ahead):])
                batch, ahead, size = [], [], 0
            elif len(batch) - len(ahead) >= CHUNK_MESSAGES:
                ahead += self._hand_over(batch[len(ahead):])
        if batch:
            yield batch, ahead + self._hand_over(batch[len(ahead):])

    def _hand_over(self, mails: list[RawMail]) -> list[Future[Analysis] | None]:
        return self.pool.submit_many(mails) if self.pool is not None else [None] * len(mails)

    def _finish_batch(self, source: Source, batch: list[RawMail], ahead: list[Future[Analysis] | None],
                      everything: bool) -> list[Result]:
        """Record a batch, file its messages, and confirm them (`everything` the source handed over, when no later batch was taken)."""
        results = self.handle_batch(batch, ahead)
        source.mark_many([(m, r.outcome) for m, r in zip(batch, results, strict=True) if r.outcome != "skipped"])
        source.confirm(None if everything else batch[-1])
        return results


def _trail(a: Analysis) -> dict[str, object]:
    """The decision trail kept with the message (explain and the digest show it)."""
    trail: dict[str, object] = {}
    if a.verdict:
        trail["screen"] = {"kind": a.verdict.kind, "rule": a.verdict.rule, "reason": a.verdict.reason,
                           "evidence": list(a.verdict.evidence)}
    if a.decision:
        trail["classify"] = {
            "category": a.decision.category, "confidence": a.decision.confidence,
            "hits": [[h.rule, h.category, h.weight, h.where, h.match] for h in a.decision.hits],
            "misses": list(a.decision.misses), "scores": dict(a.decision.scores),
            "report_attachments": list(a.decision.report_attachments),
        }
    if a.fields.speakers:
        trail["speakers"] = [dict(sp.provenance) for sp in a.fields.speakers]
    if a.fields.missing:
        trail["missing"] = list(a.fields.missing)
    if a.language:
        trail["language"] = {"language": a.language.language, "confident": a.language.confident,
                             "source": a.language.source, "ranking": list(a.language.ranking)}
    if a.followup:
        trail["followup"] = a.followup
    if a.docs:
        trail["documents"] = {n: d.status for n, d in a.docs.items()}
    return trail
