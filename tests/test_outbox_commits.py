"""The outbox marks each acknowledgement sent in its own commit, which is not flushed to the disk while it sends.

A real SQLite file: the statements the outbox runs on its connection are watched, and the setting is read back
from the pool afterwards, so that the next batch's record commits are flushed again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from intake.outbox import FileTransport, send_due
from intake.store import Store
from intake.tables import Outgoing

NOW = datetime(2021, 2, 3, 10, 0, tzinfo=UTC)


def _store(tmp_path: Path, rows: int) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'intake.sqlite3'}")
    store.migrate()
    with store.session() as s:
        for n in range(rows):
            s.add(Outgoing(kind="ack", out_message_id=f"ack-{n}@gcm.example.org", recipient=f"p{n}@example.org",
                           language="en", raw=f"Message-ID: <ack-{n}@gcm.example.org>\r\n\r\nThanks\r\n".encode(),
                           state="pending", created_at=NOW))
    return store


def test_marks_commit_unflushed_while_sending_and_the_setting_is_restored(tmp_path: Path) -> None:
    store = _store(tmp_path, 2)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(" ".join(a[2].split())))

    counts = send_due(store, FileTransport(tmp_path / "outbox"), 3, clock=lambda: NOW)

    assert counts["sent"] == 2 and len(list((tmp_path / "outbox").glob("*.eml"))) == 2
    updates = [i for i, sql in enumerate(statements) if sql.startswith("UPDATE outbox")]
    normal = statements.index("PRAGMA synchronous=NORMAL")
    restored = max(i for i, sql in enumerate(statements) if sql == "PRAGMA synchronous=2")
    assert len(updates) == 2 and normal < min(updates) and max(updates) < restored
    with store.engine.connect() as conn:  # the pooled connection the outbox used, handed to the next batch
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert store.outbox_counts() == {"sent": 2}


def test_the_setting_is_restored_when_the_transport_fails(tmp_path: Path) -> None:
    store = _store(tmp_path, 1)

    class Broken:
        def send(self, raw: bytes) -> None:
            raise RuntimeError("a bug in a transport")

        def close(self) -> None:
            """Nothing to release."""

    with pytest.raises(RuntimeError):
        send_due(store, Broken(), 3, clock=lambda: NOW)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
