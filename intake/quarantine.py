"""`intake unshunt`: put quarantined messages back through the pipeline after a fix.

The quarantined row gives way (its reasons go to the audit log; the raw bytes stay archived) and
the message goes through the pipeline again; one that fails a second time is quarantined anew
with its new reason, so nothing is lost either way.
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
            # The row gives way to the new record (its reasons stay in the audit log, its bytes in
            # the archive); if the message fails again, handle() quarantines it anew.
            s.add(Audit(at=pipeline.clock(), actor="intake", action="unshunt", entity="message", entity_id=row.id,
                        before={"status": "quarantined", "reasons": list(old.reasons), "source_id": old.source_id},
                        after={}))
            s.delete(old)
        result = pipeline.handle(mail)
        yield f"{row.id}: {result.outcome} category={result.category} reference={result.reference}"
