"""Throughput: drain a backlog of 2,000 messages from Dovecot, next to a bare mail-parser loop.

    .venv/bin/python -m benchmarks.throughput [--messages 2000] [--workers 1] [--with-documents] [--stages]

The backlog is the public corpus repeated with fresh Message-IDs, APPENDed to a private Dovecot.
The service then drains it (IMAP fetch, parse, screen, classify, extract, record in SQLite, queue and
send acknowledgements to an SMTP sink), with [processing] analysis_workers as --workers says (1, as
config.example.toml recommends), and the same bytes go through a bare
`mailparser.parse_from_bytes` loop in the same run. The SMTP sink runs in its own process, as a
real mail server would, so that it takes no interpreter time from the service being measured. Attachment text extraction is excluded unless
--with-documents (the issue's target: at least half the bare-parse rate without it). --stages also
prints where the time went, per message (the timers cost a little themselves).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import time
from collections.abc import Iterator
from datetime import UTC, datetime


class Stages:
    """Wall time spent in the main stages of a drain, by wrapping the functions that run them."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, owner: object, name: str, stage: str) -> None:
        inner = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            t0 = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0

        setattr(owner, name, timed)

    def wrap_generator(self, owner: object, name: str, stage: str) -> None:
        """Time spent inside a generator method (fetching), not in its consumer."""
        inner = getattr(owner, name)
        seconds = self.seconds

        def timed(*args: object, **kwargs: object) -> Iterator[object]:
            it = iter(inner(*args, **kwargs))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - t0
                yield item

        setattr(owner, name, timed)

    def install(self) -> None:
        import intake.daemon
        import intake.imap
        import intake.pipeline

        self.wrap(intake.pipeline, "analyse", "analyse (pure stages + history look-ups)")
        self.wrap(intake.pipeline.Pipeline, "_record", "record (rows, ack rendering, attachment files)")
        self.wrap(intake.pipeline, "archive_raw", "archive raw bytes")
        self.wrap(intake.pipeline, "sync_deferred", "sync the batch's files (one syncfs)")
        self.wrap(intake.imap.ImapSource, "mark_many", "IMAP keyword + MOVE")
        self.wrap_generator(intake.imap.ImapSource, "fetch_new", "IMAP fetch")
        self.wrap(intake.daemon, "send_pending", "outbox: SMTP send + mark sent")

    def report(self, messages: int, elapsed: float) -> str:
        rows = sorted(self.seconds.items(), key=lambda kv: -kv[1])
        rest = elapsed - sum(self.seconds.values())
        lines = [f"  {stage:<52} {secs / messages * 1000:6.2f} ms/message" for stage, secs in rows]
        lines.append(f"  {'everything else (dedupe look-ups, commits, logging)':<52} {rest / messages * 1000:6.2f} ms/message")
        return "where the time went:\n" + "\n".join(lines)


def main() -> None:
    # Imported here, not at the top: the analysis workers are spawned, and a spawned process runs its
    # parent's main module again. The service's own entry point (intake.cli) imports next to nothing at
    # its top; a benchmark that imported SQLAlchemy, imapclient and the test servers there would make each
    # worker load them too, and count that against the drain.
    import mailparser
    from imapclient import IMAPClient

    from benchmarks.common import backlog, live_settings, servers
    from intake.analysis import analyse, load_context
    from intake.daemon import run_once
    from intake.model import RawMail
    from intake.outbox import make_transport
    from intake.store import Store

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1, help="[processing] analysis_workers (default 1)")
    ap.add_argument("--with-documents", action="store_true")
    ap.add_argument("--stages", action="store_true", help="also print where the time went")
    args = ap.parse_args()
    mails = list(backlog(args.messages))
    total_mb = sum(map(len, mails)) / 1e6

    t0 = time.perf_counter()
    for raw in mails:
        with contextlib.suppress(Exception):  # a few public messages defeat mail-parser; count them anyway
            mailparser.parse_from_bytes(raw)
    bare = len(mails) / (time.perf_counter() - t0)

    with servers(sink_process=True) as s:
        settings = live_settings(s, workers=args.workers, read_documents=args.with_documents)
        ctx = load_context(settings)
        # The ceiling: the pure stages alone (parse, screen, classify, extract), no I/O, one core.
        arrived = datetime(2021, 2, 10, tzinfo=UTC)
        t0 = time.perf_counter()
        for i, raw in enumerate(mails):
            analyse(RawMail(f"bench:{i}", raw, arrived, len(raw)), ctx)
        pure = len(mails) / (time.perf_counter() - t0)
        with IMAPClient(s.dovecot.host, port=s.dovecot.port, ssl=False) as c:
            c.login(s.dovecot.user, s.dovecot.password)
            for raw in mails:
                c.append("INBOX", raw, msg_time=datetime(2021, 2, 10, tzinfo=UTC))
        store = Store(settings.database_url)
        store.migrate()
        stages = Stages()
        if args.stages:
            stages.install()
        t0, c0, w0 = time.perf_counter(), time.process_time(), _children_cpu()
        summary = run_once(ctx, store, make_transport(settings.outbox))
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        workers_cpu = _children_cpu() - w0  # the pool's processes are joined when run_once closes it
        acks = s.sink.received  # type: ignore[union-attr]
    sink_cpu = s.sink.cpu_seconds  # type: ignore[union-attr]
    done = len([r for r in summary.results if r.outcome != "skipped"])
    rate = done / elapsed
    print(f"backlog: {done} messages, {total_mb:.1f} MB; documents {'read' if args.with_documents else 'not read'};"
          f" {args.workers} analysis worker(s)")
    print(f"service drain: {rate:.0f} msg/s ({elapsed:.1f} s, {acks} acknowledgements sent)")
    print(f"bare mail-parser loop: {bare:.0f} msg/s")
    print(f"ratio: {rate / bare:.2f} of the bare-parse rate (target >= 0.5)")
    print(f"ceiling, the pure analysis alone (no I/O, one core): {pure:.0f} msg/s = {pure / bare:.2f} of the bare-parse rate")
    # The service's own process records every message in turn, so its CPU time per message bounds the rate;
    # all the processes share the machine's cores, so their sum bounds it too.
    per = {"service process": cpu, "analysis workers (with their start-up)": workers_cpu, "SMTP sink": sink_cpu}
    print("CPU per message: " + ", ".join(f"{k} {v / done * 1000:.1f} ms" for k, v in per.items())
          + f"; total {sum(per.values()) / done * 1000:.1f} ms (Dovecot not counted)")
    print(f"target budget for everything on {os.cpu_count()} cores: {os.cpu_count() * 1000 / (0.5 * bare):.1f} ms/message;"
          f" the pure analysis alone takes {1000 / pure:.1f} ms/message")
    if args.stages:
        print(stages.report(done, elapsed))


def _children_cpu() -> float:
    """CPU seconds of this process's children that have ended and been waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
