"""`intake run`: the long-running service, and `run --once`.

The main thread owns the mailbox connection: it drains new mail, sends the outbox, then waits
for the server (IMAP IDLE, re-issued well before the 29-minute limit) or for the poll interval,
whichever comes first. APScheduler runs what does not touch the mailbox connection: outbox
retries and the daily digest. SIGTERM or SIGINT lets the message in hand finish, then exits.
Network errors reconnect with exponential backoff and jitter, one log line per event.
"""

from __future__ import annotations

import contextlib
import logging
import random
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from intake.analysis import Context, reload_if_changed
from intake.errors import SourceError
from intake.outbox import Transport, send_pending
from intake.pipeline import Pipeline, Result
from intake.sources import MaildirSource, Source
from intake.store import Store
from intake.workers import AnalysisPool

log = logging.getLogger("intake.fetch")
SWEEP_SECONDS = 3600.0
WAIT_SLICE = 5.0  # seconds; IDLE is re-issued this often, far inside the 29-minute limit


def open_source(ctx: Context, store: Store) -> Source:
    settings = ctx.settings.source
    if settings.kind == "imap":
        from intake.imap import ImapSource

        return ImapSource(settings, store, store.known, log)
    return MaildirSource(settings, seen=store.has_source)


def open_pool(ctx: Context) -> AnalysisPool | None:
    """The analysis workers the settings ask for ([processing] analysis_workers; none for 0)."""
    workers = ctx.settings.analysis_workers
    return AnalysisPool(ctx, workers) if workers else None


@dataclass
class RunSummary:
    results: list[Result]
    outbox: dict[str, int]


def run_once(ctx: Context, store: Store, transport: Transport, source: Source | None = None,
             clock: Callable[[], datetime] | None = None) -> RunSummary:
    """Process what is in the mailbox now, send the outbox (each batch's acknowledgements once it is
    recorded, then whatever else is due), and return."""
    own = source is None
    source = source or open_source(ctx, store)
    pool = open_pool(ctx)
    sent = {"sent": 0, "retry": 0, "failed": 0, "paused": 0}

    def send() -> None:
        counts = send_pending(store, transport, ctx.settings, clock or (lambda: datetime.now(UTC)))
        for outcome in ("sent", "retry", "failed"):
            sent[outcome] += counts[outcome]
        sent["paused"] = counts["paused"]  # the ones waiting after the last run (each run counts them all)

    try:
        pipeline = Pipeline(ctx, store, clock, pool)
        results = pipeline.drain(source, after_batch=send)
        send()
        return RunSummary(results, sent)
    finally:
        if pool is not None:
            pool.close()
        if own:
            source.close()


class _Wake(Exception):
    """Raised by the signal handler to leave a blocking wait."""


class Daemon:
    """Runs until stopped; see the module docstring."""

    def __init__(self, ctx: Context, store: Store, transport: Transport,
                 digest_job: Callable[[], None] | None = None) -> None:
        self.ctx = ctx
        self.store = store
        self.transport = transport
        self.digest_job = digest_job
        self.stopping = threading.Event()
        self._pool: AnalysisPool | None = None
        self._waiting = False
        self._outbox_lock = threading.Lock()

    def stop(self, *_args: object) -> None:
        self.stopping.set()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: finishing the message in hand, then stopping", signum)
        self.stopping.set()
        if self._waiting:
            raise _Wake()

    def send_outbox(self) -> None:
        with self._outbox_lock:
            try:
                send_pending(self.store, self.transport, self.ctx.settings)
            except Exception:
                logging.getLogger("intake.error").exception("outbox run failed")

    def _wait(self, source: Source, poll: float) -> None:
        """Wait for new mail (IDLE) or the poll interval, in slices so that stop() is heard within seconds."""
        deadline = time.monotonic() + poll
        while not self.stopping.is_set() and (left := deadline - time.monotonic()) > 0:
            if isinstance(source, MaildirSource):
                self.stopping.wait(min(left, WAIT_SLICE))
            elif source.wait(min(left, WAIT_SLICE)):
                return

    def _reload(self, pipeline: Pipeline) -> Pipeline:
        """Pick up edited rule files; problems go to the log and to `intake status`."""
        ctx = reload_if_changed(self.ctx)
        if ctx is self.ctx:
            return pipeline
        self.ctx = ctx
        for problem in ctx.problems:
            logging.getLogger("intake.error").warning("rules: %s", problem)
        self.store.set_state("rule_problems", "\n".join(ctx.problems))
        log.info("rules reloaded (%d problem(s))", len(ctx.problems))
        if self._pool is not None:  # the workers hold the old rules
            self._pool.close()
            self._pool = open_pool(ctx)
        return Pipeline(ctx, self.store, pool=self._pool)

    def _scheduler(self) -> BackgroundScheduler:
        sched = BackgroundScheduler(timezone=self.ctx.settings.digest_timezone)
        sched.add_job(self.send_outbox, "interval", seconds=30, id="outbox", max_instances=1, coalesce=True)
        if self.digest_job is not None:
            t = self.ctx.settings.digest_time
            sched.add_job(self.digest_job, "cron", hour=t.hour, minute=t.minute, id="digest",
                          max_instances=1, coalesce=True, misfire_grace_time=None)
        return sched

    def run(self, install_signals: bool = True) -> None:
        if install_signals:
            signal.signal(signal.SIGTERM, self._on_signal)
            signal.signal(signal.SIGINT, self._on_signal)
        sched = self._scheduler()
        sched.start()
        if self.digest_job is not None:
            threading.Thread(target=self.digest_job, name="digest-catch-up", daemon=True).start()
        delay = 1.0
        poll = self.ctx.settings.source.poll_seconds
        source: Source | None = None
        self._pool = open_pool(self.ctx)
        pipeline = Pipeline(self.ctx, self.store, pool=self._pool)
        next_sweep = time.monotonic() + SWEEP_SECONDS
        try:
            while not self.stopping.is_set():
                try:
                    if source is None:
                        source = open_source(self.ctx, self.store)
                        log.info("connected to the mailbox")
                    pipeline = self._reload(pipeline)
                    pipeline.drain(source, stop=self.stopping.is_set, after_batch=self.send_outbox)
                    sweep = getattr(source, "sweep", None)
                    if sweep is not None and time.monotonic() >= next_sweep:
                        # Reconciliation: anything an earlier round missed (it is rare, so hourly is enough).
                        pipeline.drain(source, stop=self.stopping.is_set, mails=sweep(self.ctx.settings.source.sweep_days),
                                       after_batch=self.send_outbox)
                        next_sweep = time.monotonic() + SWEEP_SECONDS
                    self.send_outbox()
                    delay = 1.0
                    self._waiting = True
                    try:
                        self._wait(source, poll)
                    finally:
                        self._waiting = False
                except _Wake:
                    break
                except Exception as exc:  # a network error, or a bug: log it, reconnect, go on
                    if isinstance(exc, SourceError):
                        log.warning("mailbox error: %s; reconnecting in %.0f s", exc, delay)
                    else:
                        logging.getLogger("intake.error").exception("unexpected error; starting over in %.0f s", delay)
                    if source is not None:
                        _close_quietly(source)
                        source = None
                    self.stopping.wait(delay * random.uniform(0.5, 1.5))
                    delay = min(delay * 2, 300.0)
        finally:
            self._waiting = False
            if source is not None:
                _close_quietly(source)
            sched.shutdown(wait=True)
            if self._pool is not None:
                self._pool.close()
            log.info("stopped")


def _close_quietly(source: Source) -> None:
    # Closing a dead connection may fail; there is nothing left to save.
    with contextlib.suppress(Exception):
        source.close()

