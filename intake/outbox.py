"""Sends the durable outbox: pending rows go to a transport, with retries and backoff.

A row is written (state pending) in the same transaction as the message it answers; this module
sends it afterwards and records the result. The one window left: the transport accepted the
message (SMTP 250) and we crash before committing `sent`. On restart the row is still pending and
is sent again, with the same deterministic Message-ID, so the recipient's client shows one message
and the duplicate is recognisable. We commit immediately after the 250 to keep that window to
one database write.

That commit is not flushed to the disk before we go on (SQLite: synchronous=NORMAL on the outbox's
connection while it sends; PostgreSQL: synchronous_commit off for the transaction): the operating
system holds it, so it survives the daemon being killed, and the next commit that is flushed (the
next batch's record) makes it durable. A flush costs ~4 ms on an ordinary disk, longer than the whole
SMTP conversation on the local network, and the daemon would wait for it once per acknowledgement.
The price is paid only in a power cut or an operating-system crash: the acknowledgements marked sent
since the last flushed commit are sent again, each with its same Message-ID.

Transports: FileTransport writes each message as <Message-ID>.eml in a folder (the embedded
default); SmtpTransport (intake/smtp.py) talks to a real server.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, bindparam, update

from intake.config import OutboxSettings, Settings
from intake.errors import PermanentFailure, TemporaryFailure
from intake.filing import write_atomic
from intake.store import BREAKER_REASON, Store
from intake.tables import Outgoing

log = logging.getLogger("intake.smtp")
errlog = logging.getLogger("intake.error")  # the alerts a log watcher looks for


class Transport(Protocol):
    def send(self, raw: bytes) -> None: ...

    def close(self) -> None: ...


class FileTransport:
    """Writes every outgoing message as an .eml file named after its Message-ID (idempotent)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, raw: bytes) -> None:
        mid = (BytesHeaderParser(policy=compat32).parsebytes(raw)["Message-ID"] or "").strip("<> ") or "no-id"
        name = re.sub(r"[^A-Za-z0-9._-]", "_", mid)[:200] + ".eml"
        try:
            write_atomic(self.folder / name, raw)
        except OSError as exc:
            raise TemporaryFailure(f"cannot write to the outbox folder {self.folder}: {exc.strerror}") from None

    def close(self) -> None:
        """Nothing to release."""


def make_transport(settings: OutboxSettings) -> Transport:
    if settings.kind == "smtp":
        from intake.smtp import SmtpTransport

        return SmtpTransport(settings)
    assert settings.path is not None
    return FileTransport(settings.path)


def backoff(attempts: int, base: float = 30.0, cap: float = 3600.0) -> timedelta:
    """Exponential backoff with full jitter: 30 s, 60 s, 120 s ... capped at an hour."""
    return timedelta(seconds=random.uniform(0.5, 1.0) * min(cap, base * 2 ** max(0, attempts - 1)))


def send_due(store: Store, transport: Transport, max_attempts: int,
             clock: Callable[[], datetime] = lambda: datetime.now(UTC), ack_per_hour: int | None = None,
             ) -> dict[str, int]:
    """Send every pending row that is due; return counts of sent, retry, failed and paused.

    `ack_per_hour` is the global breaker ([screen] ack_global_per_hour): at most that many
    acknowledgements go to the server in any hour. The ones over it are paused, not dropped: they stay
    pending, their reason says why (`intake status` and the digest raise the alert), and a later run
    sends them as the hour allows. A rush of real submissions (a deadline day, a backlog after an
    outage) is acknowledged late rather than never; a storm of loops is held to that pace while the
    secretariat looks.
    """
    counts = {"sent": 0, "retry": 0, "failed": 0, "paused": 0}
    room = None if ack_per_hour is None else ack_per_hour - store.acks_sent_since(clock() - timedelta(hours=1))
    paused = 0
    newly: list[int] = []  # rows this run pauses: marked, and the alert logged, once, not on every run while they wait
    try:
        # One connection for the run's results: taking one from the pool and handing it back for every
        # row cost as much as the row's two statements. Each row is still its own transaction.
        with store.engine.connect() as conn, _unflushed_commits(conn):
            for row in store.due(clock()):
                if room is not None and row.kind == "ack":
                    if room <= 0:
                        paused += 1
                        if not (row.reason or "").startswith(BREAKER_REASON):
                            newly.append(row.id)
                        continue
                    room -= 1  # an attempt that fails frees nothing: the pace is kept with the server too
                try:
                    transport.send(row.raw)
                except PermanentFailure as exc:
                    _finish(conn, row, "failed", str(exc), clock())
                    counts["failed"] += 1
                    log.warning("outbox %s to %s failed permanently: %s", row.out_message_id, row.recipient, exc)
                    continue
                except (TemporaryFailure, OSError) as exc:
                    attempts = row.attempts + 1
                    if attempts >= max_attempts:
                        _finish(conn, row, "failed", f"gave up after {attempts} attempts: {exc}", clock())
                        counts["failed"] += 1
                    else:
                        _retry(store, row.id, attempts, str(exc), clock() + backoff(attempts))
                        counts["retry"] += 1
                    log.info("outbox %s to %s deferred (attempt %d): %s", row.out_message_id, row.recipient, attempts,
                             exc)
                    continue
                _finish(conn, row, "sent", "", clock())
                counts["sent"] += 1
                log.info("outbox %s sent to %s", row.out_message_id, row.recipient)
    finally:
        transport.close()
    counts["paused"] = paused
    if newly:
        why = f"{ack_per_hour} acknowledgements sent in the last hour ([screen] ack_global_per_hour)"
        with store.session() as s:
            s.execute(update(Outgoing).where(Outgoing.id.in_(newly)).values(reason=f"{BREAKER_REASON}: {why}"))
        errlog.warning("ALERT acknowledgement breaker open: %d acknowledgement(s) paused (%d waiting), %s",
                       len(newly), paused, why)
    return counts


def send_pending(store: Store, transport: Transport, settings: Settings,
                clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> dict[str, int]:
    """`send_due` within the configured limits ([outbox] max_attempts, [screen] ack_global_per_hour): how the
    service sends its outbox, wherever it does."""
    return send_due(store, transport, settings.outbox.max_attempts, clock, ack_per_hour=settings.ack_global_per_hour)


# Compiled once; building the statement for each row cost as much as the commit it precedes.
_FINISH = update(Outgoing).where(Outgoing.id == bindparam("row_id")).values(
    state=bindparam("state"), reason=bindparam("reason"), attempts=Outgoing.attempts + 1,
    sent_at=bindparam("sent_at"))


@contextmanager
def _unflushed_commits(conn: Connection) -> Iterator[None]:
    """SQLite: the connection's commits are not flushed to the disk while the outbox sends (see the module
    docstring), and are again after. PostgreSQL's equivalent is set per transaction, in _finish."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
    conn.commit()
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA synchronous={int(before or 2)}")
        conn.commit()


def _finish(conn: Connection, row: Outgoing, state: str, reason: str, now: datetime) -> None:
    """Record a row's final state, right after the server's answer: one small Core transaction."""
    with conn.begin():
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
        conn.execute(_FINISH, {"row_id": row.id, "state": state, "reason": reason,
                               "sent_at": now if state == "sent" else None})
        Store.audit(conn, actor="intake", action=f"outbox-{state}", entity="outbox", entity_id=row.id,
                    before={"state": row.state}, after={"state": state, "reason": reason}, at=now)


def _retry(store: Store, row_id: int, attempts: int, reason: str, when: datetime) -> None:
    with store.session() as s:
        row = s.get(Outgoing, row_id)
        assert row is not None
        row.attempts, row.reason, row.next_attempt_at = attempts, reason, when
