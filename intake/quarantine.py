"""`intake unshunt`: put quarantined messages back through the pipeline after a fix.

The quarantined row is removed only in the same transaction in which the message is recorded
again, so a message that fails a second time stays quarantined with its new reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select

from intake.analysis import Context
from intake.model import RawMail
from intake.pipeline import Pipeline
from intake.store import Store
from intake.tables import Audit, Message


def unshunt(ctx: Context, store: Store, row_ids: Sequence[int] | None) -> Iterator[str]:
    """Re-process quarantined messages (all, or the given row ids); yield one line per message."""
    with store.Session() as s:
        q = select(Message).where(Message.status == "quarantined")
        if row_ids:
            q = q.where(Message.id.in_(list(row_ids)))
        rows = list(s.scalars(q.order_by(Message.id)))
    if not rows:
        yield "nothing quarantined"
        return
    pipeline = Pipeline(ctx, store)
    for row in rows:
        path = ctx.settings.storage_root / row.archive_path
        if not path.exists():
            path = ctx.settings.storage_root / f"raw/{row.sha256[:2]}/{row.sha256}.eml"
        if not path.exists():
            yield f"{row.id}: the archived bytes are missing ({row.archive_path}); left in quarantine"
            continue
        raw = path.read_bytes()
        mail = RawMail(source_id=row.source_id or f"unshunt:{row.id}", raw=raw, received_at=row.received_at, size=len(raw))
        with store.session() as s:
            old = s.get(Message, row.id)
            assert old is not None
            s.add(Audit(at=pipeline.clock(), actor="intake", action="unshunt", entity="message", entity_id=row.id,
                        before={"status": "quarantined", "reasons": list(old.reasons)}, after={}))
            old.source_id = None  # free the source id for the new record
            old.status = "unshunted"
        result = pipeline.handle(mail)
        yield f"{row.id}: {result.outcome} category={result.category} reference={result.reference}"
