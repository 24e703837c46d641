"""The store on PostgreSQL: migrations, the pipeline, idempotency and the export, as on SQLite."""

from __future__ import annotations

from collections.abc import Callable

from intake.analysis import load_context
from intake.config import Settings
from intake.export import record
from intake.outbox import make_transport, send_due
from intake.pipeline import Pipeline
from intake.store import Store
from tests.mails import mail, raw
from tests.pg import postgres_url  # noqa: F401 - pytest fixture


def test_pipeline_on_postgresql(postgres_url: str, make_settings: Callable[..., Settings]) -> None:  # noqa: F811
    settings = make_settings(database={"url": postgres_url})
    store = Store(settings.database_url)
    store.migrate()
    store.migrate()  # idempotent
    pipeline = Pipeline(load_context(settings), store)
    speaker = mail(subject="طلب مداخلة", sender="رنا <rana@example.org>", message_id="pg-1@example.org",
                   body="السلام عليكم،\n\nنود المشاركة بمداخلة في الجلسة العامة.\n\nالاسم: رنا الخطيب\n"
                        "المسمى الوظيفي: منسقة المناصرة\nالمنظمة: شبكة التضامن للهجرة\n\nمع التحية")
    first = pipeline.handle(raw(speaker, "2021-02-04 09:00", source_id="imap:1:1"))
    again = pipeline.handle(raw(speaker, "2021-02-04 09:00", source_id="imap:1:1"))
    assert first.outcome in ("processed", "needs_review") and again.outcome == "skipped"
    (row,) = store.messages()
    rec = record(row, settings.tz)
    assert rec["received_at"] == "2021-02-04T09:00:00+02:00"
    assert rec["category"] == "speaker_request" and rec["language"] == "ar" and rec["acknowledged"] is True
    assert rec["speakers"][0]["name"] == "رنا الخطيب"
    assert store.outbox_counts() == {"pending": 1}
    # the outbox marks it sent in a transaction that does not wait for the flush (synchronous_commit off)
    assert send_due(store, make_transport(settings.outbox), 3)["sent"] == 1
    assert store.outbox_counts() == {"sent": 1}
