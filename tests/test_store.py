"""The store: migrations produce exactly the ORM schema, and times keep their offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from intake.store import Store
from intake.tables import Base, State


def test_migrations_build_exactly_the_orm_schema(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    store.migrate()
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_state_and_aware_times_round_trip(tmp_path: Path) -> None:
    from intake.tables import Audit

    store = Store(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    store.migrate()
    store.set_state("imap:last", "41")
    store.set_state("imap:last", "42")
    assert store.get_state("imap:last") == "42" and store.get_state("nothing") is None
    beirut = datetime(2021, 2, 5, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
    with store.session() as s:
        s.add(Audit(at=beirut, actor="t", action="a", entity="e", entity_id=None))
    with store.Session() as s:
        at = s.query(Audit).one().at
        assert at == beirut and at.tzinfo is not None and at.utcoffset() == timedelta(0)
        assert s.query(State).count() == 1


def test_known_answers_a_whole_group_in_one_query(tmp_path: Path) -> None:
    from sqlalchemy import event

    from intake.tables import Message

    store = Store(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    store.migrate()
    now = datetime(2021, 2, 10, tzinfo=UTC)
    with store.session() as s:
        for i, (mid, sha) in enumerate([("a@x", "1" * 64), (None, "2" * 64)]):
            s.add(Message(source_id=f"s{i}", message_id=mid, sha256=sha, size=1, received_at=now, status="filed",
                          created_at=now, archive_path="raw/x.eml"))
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    keys = [("a@x", "1" * 64), ("a@x", "9" * 64), ("a@x", ""), ("b@x", ""), (None, "2" * 64), (None, "1" * 64)]
    # same id and bytes; same id, other bytes; an over-size one known by its id; unknown id;
    # no id but the same bytes as a stored message without one; no id, bytes only seen with an id
    assert store.known(keys) == [True, False, True, False, True, False]
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 2
