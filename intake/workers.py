"""Analysis in worker processes: the next messages are analysed while the service records the last ones.

The service's own process is busy with the mailbox, the database and the SMTP server; the analysis
(parse, screen, classify, extract) is pure CPU work and can run beside it on another core. It is
pure except for two questions it asks the store, the History: which submission a message continues,
and which language its sender wrote in before. A worker has no store, so it analyses without a
history. The pipeline then asks the store both questions itself, in the batch's transaction, and
keeps the worker's analysis when neither answer could change it (`needs_history`); otherwise it keeps
what the worker read (parsed, screened, split, documents) and concludes the analysis in its own
process, with the answers (`analysis.conclude`), keeping the worker's language when the text was sure
of it and its speakers when the classification and the language come out the same. Results are
therefore exactly those of analysing in process.

Workers are started with "spawn" (the daemon has threads, which fork does not copy safely), are given
the Context once (its patterns compiled as they are first used, see LazyPattern), and are replaced after
MAX_MESSAGES messages so that nothing a parser library leaks can pile up: the pool starts new workers for the
messages that follow and lets the old ones finish what they were handed. (The executor's own max_tasks_per_child
is not used: in Python 3.11 and 3.12 a worker that retires while tasks are queued for it is never replaced, and
the queued tasks wait for ever, CPython gh-115634.) Starting one takes a second or two (a new interpreter, the
imports, the rules, the language models): until one is ready, the service analyses what comes in itself rather
than wait for it. A worker
that raises or dies costs time, never a message: the pipeline analyses that message in process, and
after MAX_RESTARTS broken pools the pool stops for good and everything is analysed in process.

Messages go to the workers a chunk at a time (`submit_many`, up to CHUNK_MESSAGES, the pipeline hands over
what it holds whenever it yields a batch), each with its own Future. What the pickling of a message and of its
analysis costs is small (~0.1 ms of the service's CPU); what a task costs beside it in the executor's helper
threads (work items, wake-ups, each Future's condition, a send on each pipe) was ~0.4 ms more per message, and
its threads took the GIL from the service's main thread. A chunk pays it once for all its messages. In a chunk
each message is analysed on its own: one that raises gets its exception, its chunk-mates their analyses; a
worker that dies fails its whole chunk, whose messages are then analysed in process one by one.
"""

from __future__ import annotations

import email.message
import io
import logging
import multiprocessing
import pickle
import re
import signal
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

from intake.analysis import Analysis, Context, History, analyse, attachment_hashes, resent_of
from intake.model import RawMail

MAX_MESSAGES = 10_000  # messages a pool's workers analyse before new ones take over
CHUNK_MESSAGES = 8  # messages handed to a worker at a time (see the module docstring)
MAX_RESTARTS = 3
log = logging.getLogger("intake.error")

_ctx: Context | None = None  # in a worker: the Context it was started with


class LazyPattern:
    """A compiled regex of the rules as a worker gets it: compiled the first time it is used, not when it arrives.

    Compiling the rules' ~1,000 patterns took 0.42 s of a worker's start, and over the public corpus a worker uses
    ~240 of them (the others are ruled out by the words of the text before being searched for, see rules.Haystack).
    It stands in for the re.Pattern it was pickled from: `pattern` and `flags` are there at once, and any other
    attribute (search, finditer, groupindex...) is the compiled pattern's, kept on the object once asked for, so
    that after the first use a call costs what a call on the pattern itself costs. It equals and hashes like the
    re.Pattern it stands for among its kind (same source, same flags).
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> object:  # only called for what the object does not hold yet
        if name.startswith("__"):
            raise AttributeError(name)  # copy and pickle probing for hooks: not the pattern's to answer
        compiled = vars(self).get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LazyPattern):
            return NotImplemented
        return (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


class _ContextPickler(pickle.Pickler):
    """Pickles a Context with its compiled patterns as LazyPatterns (one object each, as the identity look-ups of
    rules.Lexicon need)."""

    def reducer_override(self, obj: object) -> object:
        if type(obj) is re.Pattern:
            return LazyPattern, (obj.pattern, obj.flags)
        return NotImplemented


def _for_workers(ctx: Context) -> bytes:
    buffer = io.BytesIO()
    _ContextPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(ctx)
    return buffer.getvalue()


# Analysed once when a worker starts, so that the first real message does not wait for the language models.
_WARM_UP = RawMail("warm-up", b"From: a@example.org\r\nSubject: Speaker request\r\n\r\nWe would like to speak.\r\n",
                   datetime(2021, 2, 1, tzinfo=UTC))


def _start(pickled: bytes) -> None:
    global _ctx
    _ctx = ctx = pickle.loads(pickled)  # noqa: S301 - the service's own Context, pickled by _for_workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the service's to handle: it closes the pool
    analyse(_WARM_UP, ctx)


def _ready() -> None:
    """Nothing: submitted when the pool starts, so that its workers start (and warm up) before the first message;
    its end tells that a worker is ready."""


def _analyse(mail: RawMail) -> Analysis:
    assert _ctx is not None, "the worker was started without a Context"
    analysis = analyse(mail, _ctx)
    # What goes back is pickled: the pipeline holds the raw bytes already, and the MIME tree is only read by
    # the screening that ran here (sending it back would double the cost of the trip).
    parsed = analysis.parsed
    return replace(analysis, mail=replace(mail, raw=b""),
                   parsed=None if parsed is None else replace(parsed, message=email.message.Message()))


def _analyse_chunk(mails: list[RawMail]) -> list[Analysis | Exception]:
    """Each message's analysis, or the exception analysing it raised (its chunk-mates' analyses stand)."""
    outcomes: list[Analysis | Exception] = []
    for mail in mails:
        try:
            outcomes.append(_analyse(mail))
        except Exception as exc:  # noqa: BLE001 - handed back: the pipeline analyses that message in process
            outcomes.append(exc)
    return outcomes


def _hand_out(futures: list[Future[Analysis]], chunk: Future[list[Analysis | Exception]]) -> None:
    """Complete each message's Future from its chunk's outcome; a Future cancelled meanwhile is left as it is."""
    try:
        outcomes: Sequence[Analysis | Exception] = chunk.result()
    except Exception as exc:  # the worker died, or the pool was shut down before it got to the chunk
        outcomes = [exc] * len(futures)
    for future, outcome in zip(futures, outcomes, strict=True):
        if future.set_running_or_notify_cancel():  # False when cancelled: nobody is waiting for it
            if isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)


class AnalysisPool:
    """A few worker processes analysing messages without a history (see the module docstring)."""

    def __init__(self, ctx: Context, workers: int) -> None:
        self.ctx = ctx
        self.workers = workers
        self._restarts = 0
        self._handed = 0  # messages handed to the current workers
        self._retired: list[ProcessPoolExecutor] = []  # earlier workers, finishing what they were handed
        self._executor: ProcessPoolExecutor | None
        self._executor, self._started = self._start()

    def _start(self) -> tuple[ProcessPoolExecutor, Future[None]]:
        # Built before the Context is pickled for the workers, so that it travels with it instead of being read
        # again off the rules' patterns in each worker (~0.3 s of CPU); this process needs it for its own messages.
        _ = self.ctx.ruleset.lexicon
        executor = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start, initargs=(_for_workers(self.ctx),),
        )
        return executor, executor.submit(_ready)

    def ready(self) -> bool:
        """Whether a worker has started and warmed up (or the pool has broken, which `submit_many` then finds)."""
        return self._started.done()

    def submit_many(self, mails: Sequence[RawMail]) -> list[Future[Analysis] | None]:
        """Start analysing messages, in one chunk; for each its Future, or None when no worker can take it, not
        yet or not at all (the pipeline then analyses it in its own process, with the same result)."""
        while self._executor is not None:
            if not self.ready():
                break  # the workers are starting: analysing here beats waiting for them
            try:
                chunk = self._executor.submit(_analyse_chunk, list(mails))
            except (BrokenProcessPool, OSError) as exc:  # a worker was killed (out of memory, by hand)
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._restarts += 1
                if self._restarts > MAX_RESTARTS:
                    log.error("analysis workers keep stopping (%s); analysing in process from now on", exc)
                    self._executor = None
                else:
                    log.warning("analysis workers stopped unexpectedly (%s); starting new ones", exc)
                    self._executor, self._started = self._start()
                    self._handed = 0
            else:
                futures: list[Future[Analysis]] = [Future() for _ in mails]
                chunk.add_done_callback(partial(_hand_out, futures))
                self._handed += len(mails)
                if self._handed >= MAX_MESSAGES:
                    self._retire()
                return list(futures)
        return [None] * len(mails)

    def _retire(self) -> None:
        """New workers for the messages that follow; the current ones finish what they were handed, then exit."""
        assert self._executor is not None
        log.info("analysis workers replaced after %d messages", self._handed)
        self._executor.shutdown(wait=False)
        self._retired.append(self._executor)
        self._executor, self._started = self._start()
        self._handed = 0

    def close(self) -> None:
        for executor in (*self._retired, self._executor):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        self._executor, self._retired = None, []


def needs_history(a: Analysis, history: History) -> bool:
    """Whether the store's answers could change an analysis made without them.

    A thread changes the classification and the follow-up; the sender's earlier language only decides a
    language the text left unsure (language.detect consults it only after every confident answer).
    """
    parsed = a.parsed
    if parsed is None or a.verdict is None or not a.verdict.classify or a.parts is None:
        return False  # quarantined or screened out: the analysis never asked
    if history.thread_for(parsed, attachment_hashes(a), a.refers_back, resent_of(a)) is not None:
        return True
    unsure = a.language is None or not a.language.confident
    return unsure and history.sender_language(parsed.from_addr) is not None
