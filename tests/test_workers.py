"""Analysis in worker processes ([processing] analysis_workers): the same records as analysing in process,
and a worker that dies costs no message."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import shutil
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from intake import workers as workers_mod
from intake.analysis import Analysis, Context, NoHistory, Thread, analyse, conclude, load_context, read
from intake.config import Settings
from intake.daemon import Daemon, open_pool, run_once
from intake.export import record
from intake.model import RawMail
from intake.outbox import FileTransport
from intake.pipeline import Pipeline
from intake.sources import MaildirSource
from intake.store import Store
from intake.tables import Message
from intake.workers import AnalysisPool, LazyPattern, _for_workers
from tests.conftest import wait_until
from tests.mails import deliver, mail, raw

SET = Path(__file__).parent / "data" / "holdout14"  # 24 labelled messages in three languages, one a follow-up
NOW = datetime.fromisoformat("2021-02-20T09:00:00+02:00")

REQUEST = mail(
    subject="Speaker request", sender="Omar Khalil <omar@lma.example.org>", message_id="req-1@lma.example.org",
    body="Dear colleagues,\n\nWe would like to request a floor intervention in roundtable 2.\n\n"
         "Name: Omar Khalil\nOrganization: Levant Migrant Aid\n\nBest regards,\nOmar Khalil\n",
)
# Answers the request in the same batch: only the store can say what it follows up (analysed in process).
TITLE = mail(
    subject="Re: Speaker request", sender="Omar Khalil <omar@lma.example.org>", in_reply_to="req-1@lma.example.org",
    body="Apologies, I forgot the title.\n\nTitle: Policy Officer\n\nOmar Khalil\n",
)


def _fill(maildir: Path) -> int:
    labels = json.loads((SET / "labels.json").read_text(encoding="utf-8"))
    for i, label in enumerate(labels):
        at = datetime.fromisoformat(label["received_at"]).strftime("%Y-%m-%d %H:%M")
        deliver(maildir, (SET / label["file"]).read_bytes(), at, f"1612000000.M{i:03d}.test")
    deliver(maildir, REQUEST, "2021-02-19 10:00", "1613000000.M900.test")
    deliver(maildir, TITLE, "2021-02-19 10:05", "1613000000.M901.test")
    deliver(maildir, b"\x00\x01 not a message", "2021-02-19 10:06", "1613000000.M902.test")
    return len(labels) + 3


def _records(settings: Settings) -> list[str]:
    store = Store(settings.database_url)
    with store.session() as s:
        return [json.dumps(record(m, settings.tz), sort_keys=True, default=str)
                for m in s.scalars(select(Message).order_by(Message.id))]


def _ready_pool(ctx: Context) -> AnalysisPool | None:
    """The daemon's pool, once a worker is ready: a test's few messages would all be analysed in process while
    it starts."""
    pool = open_pool(ctx)
    if pool is not None:
        wait_until(pool.ready, 60)
    return pool


def _sent_to_workers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source ids of the messages a worker takes, as they are handed over; the daemon's pools are ready
    before their first message."""
    submitted: list[str] = []
    submit_many = AnalysisPool.submit_many

    def to_a_worker(self: AnalysisPool, mails: Sequence[RawMail]) -> list[Future[Analysis] | None]:
        futures = submit_many(self, mails)
        submitted.extend(m.source_id for m, future in zip(mails, futures, strict=True) if future is not None)
        return futures

    monkeypatch.setattr(AnalysisPool, "submit_many", to_a_worker)
    monkeypatch.setattr("intake.daemon.open_pool", _ready_pool)
    return submitted


def test_workers_record_exactly_what_analysing_in_process_records(
        make_settings: Callable[..., Settings], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    submitted = _sent_to_workers(monkeypatch)
    exports = []
    for workers, where in ((0, "alone"), (1, "pooled")):
        settings = make_settings(storage={"root": str(tmp_path / where)}, processing={"analysis_workers": workers})
        assert settings.source.path is not None
        if workers == 0:
            count = _fill(settings.source.path)
        store = Store(settings.database_url)
        store.migrate()
        summary = run_once(load_context(settings), store, FileTransport(tmp_path / where / "outbox"),
                           clock=lambda: NOW)
        assert len(summary.results) == count
        exports.append(_records(settings))
    alone, pooled = exports
    assert len(alone) == count and len(submitted) == count  # every message went to a worker in the second run
    assert pooled == alone
    request, follow_up = json.loads(alone[-3]), json.loads(alone[-2])
    assert follow_up["thread_of"] == "req-1@lma.example.org" and follow_up["reference"] == request["reference"]
    assert follow_up["speakers"][0]["title"] == "Policy Officer"  # a completion, which only the thread makes it
    assert multiprocessing.active_children() == []  # run_once closed its pool


def test_a_worker_that_dies_costs_no_message(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(processing={"analysis_workers": 1})
    assert settings.source.path is not None
    count = _fill(settings.source.path)
    ctx = load_context(settings)
    store = Store(settings.database_url)
    store.migrate()
    pool = AnalysisPool(ctx, 1)
    try:
        wait_until(pool.ready, 60)
        assert pool.submit_many([raw(REQUEST)]) != [None]
        for child in multiprocessing.active_children():
            child.kill()  # as the kernel's out-of-memory killer would
            child.join()
        results = Pipeline(ctx, store, clock=lambda: NOW, pool=pool).drain(MaildirSource(settings.source))
    finally:
        pool.close()
    assert len(results) == count
    assert [r.outcome for r in results].count("quarantine") == 1  # the bytes that are no message, as without workers
    assert sum(r.category == "speaker_request" for r in results) >= 10


def test_edited_rules_reach_new_workers(make_settings: Callable[..., Settings], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The daemon reloads edited rule files and renews its workers, which hold the rules they started with."""
    submitted = _sent_to_workers(monkeypatch)
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[1] / "rules", rules)
    settings = make_settings(rules={"dir": str(rules)}, processing={"analysis_workers": 1},
                             source={"poll_seconds": 1})
    assert settings.source.path is not None
    store = Store(settings.database_url)
    store.migrate()
    daemon = Daemon(load_context(settings), store, FileTransport(tmp_path / "outbox"))
    thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False})
    thread.start()
    note = mail(subject="Hello", body="Dear colleagues,\n\nPlease find the zebracrossing notes below.\n\nBest regards")
    try:
        deliver(settings.source.path, note, "2021-02-03 10:00", "1612000000.M1.test")
        wait_until(lambda: len(store.messages()) == 1, 30)
        with (rules / "classify.toml").open("a", encoding="utf-8") as fh:  # an operator adds a rule
            fh.write('\n[[rule]]\nname = "zebra"\ndescription = "test"\ncategory = "voluntary_report"\n'
                     'weight = 5\nany = [\'zebracrossing\']\n')
        deliver(settings.source.path, note.replace(b"Message-ID: <", b"Message-ID: <again-"), "2021-02-03 10:01",
                "1612000000.M2.test")
        wait_until(lambda: len(store.messages()) == 2, 30)
    finally:
        daemon.stop()
        thread.join(15)
    first, second = sorted(store.messages(), key=lambda m: m.id)
    assert (first.category, second.category) == ("other", "voluntary_report")
    assert len(submitted) == 2  # the second message went to a worker started with the edited rules
    assert not thread.is_alive() and multiprocessing.active_children() == []


def test_concluding_a_workers_analysis_again_keeps_what_the_stores_answers_cannot_change(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = load_context(settings)
    message = RawMail("t", REQUEST, datetime(2021, 2, 1, tzinfo=UTC), len(REQUEST))
    whole = analyse(message, ctx)  # as a worker makes it: without the store's answers
    assert whole.language is not None and whole.language.confident and whole.fields.speakers
    from_scratch = conclude(read(message, ctx), ctx, NoHistory())

    def no_second_reading(*_args: object) -> None:
        raise AssertionError("extraction ran again on an unchanged classification and language")

    def no_second_classification(*_args: object) -> None:
        raise AssertionError("classification ran again without a thread")

    monkeypatch.setattr("intake.analysis.extract_mod.extract", no_second_reading)
    monkeypatch.setattr("intake.analysis.classify_mod.classify", no_second_classification)
    assert conclude(whole, ctx, NoHistory()) == from_scratch == whole


def test_the_documents_an_acknowledgement_lists_come_in_the_messages_order(
        make_settings: Callable[..., Settings]) -> None:
    """A worker is another process with its own string hashing: a list read off a set would come out in another
    order there, and the acknowledgement's bytes with it."""
    ctx = load_context(make_settings(attachments={"max_bytes": 20}))
    names = [f"annex-{c}.pdf" for c in "qwertyuiop"]
    message = mail(subject="Voluntary GCM review report", body="Please find attached our voluntary GCM review report.",
                   attachments=[(n, "application/pdf", b"%PDF-1.4 " + bytes(100)) for n in names])
    analysis = analyse(raw(message), ctx)
    assert analysis.too_large_files == tuple(names)


class _Follows:
    """The store's answers for a message that follows up a speaker request on file."""

    def thread_for(self, *_args: object) -> Thread:
        return Thread(1, "GCM-1", "speaker_request", "req-1@lma.example.org", "omar@lma.example.org", "en", "in-reply-to",
                      speakers=(("Omar Khalil", None, "Levant Migrant Aid"),))

    def sender_language(self, _sender: str) -> str | None:
        return None


def test_concluding_a_workers_analysis_with_a_thread_weighs_again_only_the_rules_that_read_it(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = load_context(settings)
    message = RawMail("t", TITLE, datetime(2021, 2, 1, tzinfo=UTC), len(TITLE))
    whole = analyse(message, ctx)  # as a worker makes it: without the store's answers
    assert whole.decision is not None and whole.decision.category == "other"
    from_scratch = conclude(read(message, ctx), ctx, _Follows())
    assert from_scratch.decision is not None and from_scratch.decision.category == "speaker_request"

    def no_second_classification(*_args: object) -> None:
        raise AssertionError("the whole classification ran again for a follow-up")

    monkeypatch.setattr("intake.analysis.classify_mod.classify", no_second_classification)
    assert conclude(whole, ctx, _Follows()) == from_scratch


class _Spoke(_Follows):
    """The same thread, and French as the language the sender wrote in before."""

    def sender_language(self, _sender: str) -> str | None:
        return "fr"


def test_an_unsure_language_is_not_detected_again_with_or_without_the_senders_earlier_language(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = load_context(settings)
    thanks = raw(mail(subject="Re: Speaker request", sender="Omar Khalil <omar@lma.example.org>",
                      in_reply_to="req-1@lma.example.org", body="Ok, thanks.\n\nOmar\n"))
    whole = analyse(thanks, ctx)  # as a worker makes it: without the store's answers
    assert whole.language is not None and not whole.language.confident and whole.language.language == "en"
    expected = {history: conclude(read(thanks, ctx), ctx, history()) for history in (_Follows, _Spoke)}
    assert expected[_Spoke].language is not None and expected[_Spoke].language.language == "fr"

    def no_second_detection(*_args: object) -> None:
        raise AssertionError("the language was detected again with nothing new to read")

    # what the detection gives with the earlier language follows from what the worker's gave without it
    monkeypatch.setattr("intake.analysis.language.detect", no_second_detection)
    assert conclude(whole, ctx, _Spoke()) == expected[_Spoke]
    assert conclude(whole, ctx, _Follows()) == expected[_Follows]


def test_the_service_analyses_what_comes_while_its_workers_start(settings: Settings) -> None:
    """A worker takes a second or more to start (a new interpreter, the imports, the language models): the first
    messages are not kept waiting for it, they are analysed in the service's process."""
    pool = AnalysisPool(load_context(settings), 1)
    try:
        assert not pool.ready() and pool.submit_many([raw(REQUEST)]) == [None]
        wait_until(pool.ready, 60)
        [future] = pool.submit_many([raw(REQUEST)])
        assert future is not None and future.result(60).fields.speakers
    finally:
        pool.close()


def test_the_rules_lexicon_goes_to_the_workers_built(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the rules' words off their patterns takes ~0.3 s: a worker is given them with its Context."""
    ctx = load_context(settings)
    pool = AnalysisPool(ctx, 1)
    try:
        assert "lexicon" in vars(ctx.ruleset)  # built here before the Context is pickled for the workers
    finally:
        pool.close()
    built = ctx.ruleset.lexicon
    blob = pickle.dumps(ctx.ruleset)

    def read_again(_pattern: object) -> None:
        raise AssertionError("the lexicon was read off the patterns again")

    monkeypatch.setattr("intake.rules._needs", read_again)
    ruleset = pickle.loads(blob)
    patterns = [(p, q) for r, s in zip(ctx.ruleset.rules, ruleset.rules, strict=True) if r.type == "text"
                for p, q in zip((*r.any, *r.all), (*s.any, *s.all), strict=True)]
    assert patterns and all(ruleset.lexicon.needs(q) == built.needs(p) is not None for p, q in patterns)
    assert ruleset.lexicon.held("please find attached our report") == built.held("please find attached our report")


def test_a_workers_rules_are_compiled_when_first_used(settings: Settings) -> None:
    """Compiling all the rules' patterns took 0.4 s of a worker's start, and most of them are never searched for
    (their words are not in the text): a worker compiles each the first time it is used, with the same results."""
    ctx = load_context(settings)
    _ = ctx.ruleset.lexicon
    theirs = pickle.loads(_for_workers(ctx))
    patterns = [p for r in theirs.ruleset.rules if r.type == "text" for p in (*r.any, *r.all)]
    assert patterns and all(isinstance(p, LazyPattern) and "_compiled" not in vars(p) for p in patterns)
    message = raw(REQUEST)
    assert analyse(message, theirs) == analyse(message, ctx)
    used = [p for p in patterns if "_compiled" in vars(p)]
    assert 0 < len(used) < len(patterns)
    assert used[0].search == vars(used[0])["search"]  # kept: a second search calls the compiled pattern's at once
    sample = "We would like to request a floor intervention in roundtable 2."
    original = {(p.pattern, p.flags): p for r in ctx.ruleset.rules if r.type == "text" for p in (*r.any, *r.all)}
    assert all(bool(p.search(sample)) == bool(original[p.pattern, p.flags].search(sample)) for p in patterns)


def test_a_message_that_fails_in_a_worker_leaves_its_chunk_mates_their_analyses(settings: Settings) -> None:
    ctx = load_context(settings)
    broken = RawMail("broken", "text, not bytes", NOW)  # type: ignore[arg-type]  # hashing it raises TypeError
    pool = AnalysisPool(ctx, 1)
    try:
        wait_until(pool.ready, 60)
        [worker] = multiprocessing.active_children()
        first, failed, last = pool.submit_many([raw(REQUEST), broken, raw(TITLE)])
        assert first is not None and failed is not None and last is not None
        with pytest.raises(TypeError):
            failed.result(60)
        for future, message in ((first, REQUEST), (last, TITLE)):
            here = analyse(raw(message), ctx)
            there = future.result(60)
            assert (there.sha256, there.decision, there.fields) == (here.sha256, here.decision, here.fields)
        assert multiprocessing.active_children() == [worker]  # the worker lived on
    finally:
        pool.close()


def test_cancelling_a_messages_analysis_leaves_its_chunk_mates_theirs(
        settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    """A message's analysis is cancelled when the pipeline no longer needs it (a duplicate, a drain stopping);
    its chunk goes on, and the chunk's end must not set a result on it (InvalidStateError)."""
    pool = AnalysisPool(load_context(settings), 1)
    try:
        wait_until(pool.ready, 60)
        futures = pool.submit_many([raw(REQUEST)] * 16)  # ~16 analyses: still running when cancelled
        assert all(future is not None and future.cancel() for future in futures[:-1])
        last = futures[-1]
        assert last is not None and last.result(60).fields.speakers
        assert all(future is not None and future.cancelled() for future in futures[:-1])
    finally:
        pool.close()
    assert not [r for r in caplog.records if r.name == "concurrent.futures"]  # no callback failed


def test_workers_are_replaced_after_max_messages_and_finish_what_they_were_handed(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """New workers take over after MAX_MESSAGES messages, while the old ones finish the chunks queued for them (the
    executor's max_tasks_per_child left such chunks waiting for ever in Python 3.11: CPython gh-115634)."""
    monkeypatch.setattr(workers_mod, "MAX_MESSAGES", 2)
    ctx = load_context(settings)
    pool = AnalysisPool(ctx, 1)
    try:
        wait_until(pool.ready, 60)
        [old] = multiprocessing.active_children()
        handed = [future for _ in range(6) for future in pool.submit_many([raw(REQUEST)])]
        assert handed[:2] == [f for f in handed[:2] if f is not None]  # the old workers took two, then retired
        assert all(future.result(60).fields.speakers for future in handed if future is not None)
        wait_until(pool.ready, 60)
        [later] = pool.submit_many([raw(TITLE)])
        assert later is not None and later.result(60).sha256 == analyse(raw(TITLE), ctx).sha256
        wait_until(lambda: old not in multiprocessing.active_children(), 60)  # the old worker exited
    finally:
        pool.close()
