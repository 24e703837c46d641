"""ImapSource against a real, private Dovecot (fixture `dovecot` from tests/servers.py).

Each test works in its own folder, so the session-wide server needs no cleaning between tests.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest
from imapclient import IMAPClient

from intake.config import SourceSettings
from intake.errors import SourceError
from intake.imap import ImapSource
from intake.model import RawMail

KEYWORD = "$Intake-Done"


class DictState:
    """The StateStore protocol on a dict."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get_state(self, key: str) -> str | None:
        return self.data.get(key)

    def set_state(self, key: str, value: str) -> None:
        self.data[key] = value


class Store:
    """What the pipeline's store would know: Message-IDs and hashes of recorded messages."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.hashes: set[str] = set()

    def record(self, raw: bytes) -> None:
        self.hashes.add(hashlib.sha256(raw).hexdigest())
        self.ids.update(m.strip("<>") for m in [_msgid(raw)] if m)

    def known(self, keys: list[tuple[str | None, str]]) -> list[bool]:
        return [sha256 in self.hashes or (message_id is not None and message_id in self.ids) for message_id, sha256 in keys]


def _msgid(raw: bytes) -> str | None:
    for line in raw.split(b"\r\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    return None


def make_mail(subject: str, body: str = "Bonjour, veuillez trouver notre rapport.", size: int = 0) -> bytes:
    m = EmailMessage()
    m["From"] = "Nadia <nadia@example.org>"
    m["To"] = "gcmrrarabstates@iom.int"
    m["Subject"] = subject
    m["Message-ID"] = f"<{uuid.uuid4().hex}@example.org>"
    m.set_content(body + ("x" * 76 + "\n") * (size // 77))
    return m.as_bytes().replace(b"\n", b"\r\n")


@pytest.fixture
def folder(dovecot) -> str:
    name = f"T{uuid.uuid4().hex[:10]}"
    with admin(dovecot) as c:
        c.create_folder(name)
    return name


def admin(dovecot, host: str | None = None) -> IMAPClient:
    """A second client, playing the person or the mail server that delivers."""
    c = IMAPClient(host or dovecot.host, port=dovecot.port, ssl=False)
    c.normalise_times = False
    c.login(dovecot.user, dovecot.password)
    return c


def deliver(dovecot, folder: str, raw: bytes, when: datetime | None = None, flags: tuple[str, ...] = ()) -> None:
    with admin(dovecot) as c:
        c.append(folder, raw, flags=flags, msg_time=when or datetime.now(UTC))


def settings(dovecot, folder: str, **kw) -> SourceSettings:
    base = dict(kind="imap", host=dovecot.host, port=dovecot.port, tls="none", user=dovecot.user,
                password_env="TEST_IMAP_PASSWORD", folder=folder)
    base.update(kw)
    return SourceSettings(**base)


@pytest.fixture(autouse=True)
def _password(monkeypatch, dovecot) -> None:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)


def source(dovecot, folder: str, state: DictState | None = None, store: Store | None = None, **kw) -> ImapSource:
    opts = {k: kw.pop(k) for k in ("attempts", "backoff", "idle_renew") if k in kw}
    return ImapSource(settings(dovecot, folder, **kw), state or DictState(), (store or Store()).known, **opts)


def take(src: ImapSource) -> list[RawMail]:
    """What the pipeline does: take everything new, record it, then confirm."""
    got = list(src.fetch_new())
    src.confirm()
    return got


def test_fetch_is_incremental_by_uid_and_keeps_bytes_and_internaldate(dovecot, folder):
    beirut = timezone(timedelta(hours=2))
    first, second = make_mail("Rapport volontaire"), make_mail("طلب مداخلة")
    deliver(dovecot, folder, first, datetime(2021, 2, 5, 23, 59, 59, tzinfo=beirut))
    deliver(dovecot, folder, second, datetime(2021, 2, 6, 0, 0, 1, tzinfo=beirut))
    src = source(dovecot, folder)
    got = take(src)
    assert [m.raw for m in got] == [first, second]
    assert got[0].received_at == datetime(2021, 2, 5, 23, 59, 59, tzinfo=beirut)
    assert got[0].received_at.utcoffset() is not None and got[0].size == len(first)
    assert got[0].source_id.startswith("imap:") and got[0].source_id != got[1].source_id
    assert take(src) == []  # "UID n:*" returns the last message again: it must be dropped
    third = make_mail("Speaker request")
    deliver(dovecot, folder, third)
    assert [m.raw for m in take(src)] == [third]
    src.close()


def test_restart_resumes_without_reprocessing(dovecot, folder):
    state = DictState()
    deliver(dovecot, folder, make_mail("one"))
    deliver(dovecot, folder, make_mail("two"))
    first = source(dovecot, folder, state)
    assert len(take(first)) == 2
    first.close()
    new = make_mail("three")
    deliver(dovecot, folder, new)
    again = source(dovecot, folder, state)
    assert [m.raw for m in take(again)] == [new]
    again.close()


def test_messages_not_confirmed_are_handed_over_again(dovecot, folder):
    state = DictState()
    a, b = make_mail("a"), make_mail("b")
    deliver(dovecot, folder, a)
    deliver(dovecot, folder, b)
    src = source(dovecot, folder, state)
    gen = src.fetch_new()
    assert next(gen).raw == a
    gen.close()  # stopped half-way through the first (reconciling) run, nothing confirmed: it starts over
    gen = src.fetch_new()
    assert next(gen).raw == a
    src.confirm()  # a recorded: only b is left
    gen.close()
    assert [m.raw for m in take(src)] == [b]
    assert take(src) == []
    c = make_mail("c")
    deliver(dovecot, folder, c)
    assert [m.raw for m in src.fetch_new()] == [c]  # crashed before confirming: c comes again
    assert [m.raw for m in take(src)] == [c]
    src.close()


def test_uidvalidity_change_is_reconciled_through_the_store(dovecot, folder):
    state, store = DictState(), Store()
    old = [make_mail("one"), make_mail("two")]
    for raw in old:
        deliver(dovecot, folder, raw)
    src = source(dovecot, folder, state, store)
    for mail in take(src):
        store.record(mail.raw)
    before = state.data.copy()
    # the mailbox is rebuilt under our open connection: same messages, new UIDs and UIDVALIDITY,
    # plus one nobody has seen
    with admin(dovecot) as c:
        c.delete_folder(folder)
        c.create_folder(folder)
    new = make_mail("three")
    for raw in [*old, new]:
        deliver(dovecot, folder, raw)
    assert [m.raw for m in take(src)] == [new]
    assert state.data != before  # the new UIDVALIDITY was adopted ...
    newer = make_mail("four")
    deliver(dovecot, folder, newer)
    assert [m.raw for m in take(src)] == [newer]  # ... and fetching is incremental again
    src.close()
    # a restarted service with the same state carries on from there
    assert take(source(dovecot, folder, state, store)) == []


def test_mail_a_person_already_read_and_flagged_is_still_fetched_and_nothing_is_marked_read(dovecot, folder):
    read = make_mail("read by a person")
    unread = make_mail("unread")
    deliver(dovecot, folder, read, flags=("\\Seen", "\\Flagged"))
    deliver(dovecot, folder, unread)
    src = source(dovecot, folder)
    assert [m.raw for m in take(src)] == [read, unread]
    with admin(dovecot) as c:
        c.select_folder(folder, readonly=True)
        assert c.search(["UNSEEN"]) == [2]  # BODY.PEEK[]: the unread one is still unread
    src.close()


def test_oversize_message_is_handed_over_empty_without_fetching_the_body(dovecot, folder, caplog):
    small, big = make_mail("small"), make_mail("big", size=6000)
    deliver(dovecot, folder, small)
    src = source(dovecot, folder, max_message_bytes=3000)
    assert [m.raw for m in take(src)] == [small]
    deliver(dovecot, folder, big)
    caplog.set_level(logging.DEBUG, logger="imapclient.imaplib")  # the protocol lines, as sent
    caplog.clear()
    (mail,) = take(src)
    assert mail.raw == b"" and mail.size == len(big)
    commands = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
    assert any("RFC822.SIZE" in c for c in commands)
    assert not any("BODY.PEEK" in c for c in commands)
    src.close()


def test_imaplib_traces_the_protocol_only_while_its_logger_listens(dovecot, folder, caplog):
    # imaplib formats every trace line (bodies included) before the logger can drop it: off when unheard
    deliver(dovecot, folder, make_mail("one"))
    src = source(dovecot, folder)
    caplog.set_level(logging.INFO, logger="imapclient.imaplib")
    caplog.clear()
    assert len(take(src)) == 1
    assert not [r for r in caplog.records if r.name == "imapclient.imaplib"]
    assert src._client is not None and src._client._imap.debug == 0
    caplog.set_level(logging.DEBUG, logger="imapclient.imaplib")  # turned on mid-session: heard at once
    deliver(dovecot, folder, make_mail("two"))
    assert len(take(src)) == 1
    assert any("FETCH" in r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib")
    src.close()


def test_marking_sets_keyword_and_moves_to_the_outcome_folder(dovecot, folder):
    done = f"{folder}-done"
    src = source(dovecot, folder, folders={"processed": done})
    deliver(dovecot, folder, make_mail("report"))
    deliver(dovecot, folder, make_mail("odd one"))
    report, odd = take(src)
    src.mark_many([(report, "processed")])  # creates the folder on first use
    src.mark_many([(odd, "quarantine")])  # no folder configured: keyword only
    with admin(dovecot) as c:
        c.select_folder(folder, readonly=True)
        left = c.fetch(c.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
        assert [v[b"BODY[]"] for v in left.values()] == [odd.raw]
        assert KEYWORD.encode() in next(iter(left.values()))[b"FLAGS"]
        c.select_folder(done, readonly=True)
        moved = c.fetch(c.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
        assert [v[b"BODY[]"] for v in moved.values()] == [report.raw]
        assert KEYWORD.encode() in next(iter(moved.values()))[b"FLAGS"]
    with pytest.raises(ValueError):
        src.mark_many([(odd, "archived")])
    src.close()


def test_without_move_the_message_is_copied_and_never_deleted(dovecot, folder):
    done = f"{folder}-done"
    src = source(dovecot, folder, host=dovecot.no_move_host, folders={"needs_review": done})
    deliver(dovecot, folder, make_mail("report"))
    (mail,) = take(src)
    src.mark_many([(mail, "needs_review")])
    with admin(dovecot) as c:
        c.select_folder(folder, readonly=True)
        (flags,) = [v[b"FLAGS"] for v in c.fetch(c.search(["ALL"]), ["FLAGS"]).values()]
        assert KEYWORD.encode() in flags and b"\\Deleted" not in flags
        c.select_folder(done, readonly=True)
        assert len(c.search(["ALL"])) == 1
    assert take(src) == []
    src.close()


def test_sweep_finds_mail_passed_over_but_neither_done_nor_stored(dovecot, folder):
    store = Store()
    src = source(dovecot, folder, store=store)
    for subject in ("marked", "stored", "lost"):
        deliver(dovecot, folder, make_mail(subject))
    marked, stored, lost = take(src)
    src.mark_many([(marked, "processed")])
    store.record(stored.raw)
    assert [m.raw for m in src.sweep(3)] == [lost.raw]
    src.close()


def test_idle_wakes_wait_when_mail_arrives(dovecot, folder):
    src = source(dovecot, folder, idle_renew=0.4)  # renewal exercised within the test
    assert take(src) == []
    t0 = time.monotonic()
    assert src.wait(0.6) is False
    assert 0.55 < time.monotonic() - t0 < 5.0  # it waits its time, and not much longer (a loaded machine is slow)
    sent: list[float] = []

    def later() -> None:
        time.sleep(0.5)  # after at least one IDLE renewal
        sent.append(time.monotonic())
        deliver(dovecot, folder, make_mail("during idle"))

    t = threading.Thread(target=later)
    t.start()
    assert src.wait(10) is True
    latency = time.monotonic() - sent[0]
    t.join()
    print(f"\n[IDLE wake-up latency {latency * 1000:.0f} ms]")
    assert latency < 8.0  # woken by IDLE, not at the end of the 10 s wait (Dovecot batches notifications for 0.5 s)
    assert len(take(src)) == 1
    src.close()


def test_mail_landing_just_before_idle_wakes_wait_at_once(dovecot, folder, monkeypatch):
    # Mail that lands after wait's last command (its SELECT) and before IDLE starts is announced ahead of the
    # server's "+ idling": a wait that listened to IDLE only would sleep through it until its slice ended.
    src = source(dovecot, folder, idle_renew=20)
    assert take(src) == []
    looked = src._arrived

    def mail_lands_after_the_select(c):  # noqa: ANN001, ANN202
        arrived = looked(c)
        deliver(dovecot, folder, make_mail("just before idle"))
        time.sleep(1.0)  # Dovecot has it before IDLE is sent
        return arrived

    monkeypatch.setattr(src, "_arrived", mail_lands_after_the_select)
    t0 = time.monotonic()
    assert src.wait(20) is True
    assert time.monotonic() - t0 < 10  # woken as IDLE starts, not when the 20 s slice ends
    monkeypatch.undo()
    assert len(take(src)) == 1
    src.close()


@pytest.mark.parametrize("idle", [True, False])
def test_mail_announced_to_another_command_still_wakes_wait(dovecot, folder, idle):
    # Mail that lands while another command runs is announced in that command's answer, once: a wait
    # that relied on IDLE (or NOOP) alone would sleep through it until the next poll.
    store = Store()
    src = source(dovecot, folder, store=store, idle=idle, poll_seconds=1)
    deliver(dovecot, folder, make_mail("first"))
    (first,) = take(src)
    store.record(first.raw)
    deliver(dovecot, folder, make_mail("second"))
    assert list(src.sweep(3)) == []  # the sweep's SELECT is told of the second message, and passes it on
    t0 = time.monotonic()
    assert src.wait(3) is True
    assert time.monotonic() - t0 < 2.5  # at once, not when the 3 s wait ends
    assert len(take(src)) == 1
    assert src.wait(1.2) is False  # and once fetched, it wakes nothing more
    src.close()


def test_poll_fallback_without_idle(dovecot, folder):
    src = source(dovecot, folder, idle=False, poll_seconds=1)
    assert take(src) == []
    threading.Timer(0.2, deliver, (dovecot, folder, make_mail("polled"))).start()
    assert src.wait(5) is True
    assert len(take(src)) == 1
    src.close()


def test_server_restart_mid_session_reconnects(dovecot, folder, caplog):
    caplog.set_level(logging.INFO, logger="intake.fetch")
    src = source(dovecot, folder, backoff=0.2)
    deliver(dovecot, folder, make_mail("before"))
    assert len(take(src)) == 1
    dovecot.restart()
    after = make_mail("after")
    deliver(dovecot, folder, after)
    assert [m.raw for m in take(src)] == [after]
    assert any("reconnecting" in r.getMessage() for r in caplog.records)
    # a restart while waiting in IDLE: wait() returns so the caller looks for what came meanwhile
    threading.Timer(0.2, dovecot.restart).start()
    t0 = time.monotonic()
    assert src.wait(20) is True
    assert time.monotonic() - t0 < 10
    assert take(src) == []
    src.close()


def test_unreachable_server_and_bad_password_raise_source_error(dovecot, folder, monkeypatch):
    from tests.servers import free_port

    down = source(dovecot, folder, port=free_port(), attempts=2, backoff=0.01)
    with pytest.raises(SourceError, match="could not be reached"):
        take(down)
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "wrong")
    with pytest.raises(SourceError, match="refused the login"):
        take(source(dovecot, folder))


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_tls_with_the_ca_file(dovecot, folder, tls):
    port = dovecot.ssl_port if tls == "implicit" else dovecot.port
    raw = make_mail("over TLS")
    deliver(dovecot, folder, raw)
    src = source(dovecot, folder, tls=tls, port=port, ca_file=dovecot.cafile)
    assert [m.raw for m in take(src)] == [raw]
    src.close()
    untrusted = source(dovecot, folder, tls=tls, port=port)
    with pytest.raises(SourceError, match="certificate"):
        take(untrusted)


def test_a_batch_is_filed_with_one_move_per_folder(dovecot, folder, caplog):
    done, review = f"{folder}-done", f"{folder}-review"
    src = source(dovecot, folder, folders={"processed": done, "needs_review": review})
    for subject in ("one", "two", "three", "four"):
        deliver(dovecot, folder, make_mail(subject))
    one, two, three, four = take(src)
    caplog.set_level(logging.DEBUG, logger="imapclient.imaplib")
    src.mark_many([(one, "processed"), (two, "needs_review"), (three, "processed"), (four, "quarantine")])
    commands = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
    assert sum(" MOVE " in c for c in commands) == 2
    with admin(dovecot) as c:
        for name, expected in ((done, [one, three]), (review, [two]), (folder, [four])):
            c.select_folder(name, readonly=True)
            got = c.fetch(c.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
            assert [v[b"BODY[]"] for v in got.values()] == [m.raw for m in expected]
            assert all(KEYWORD.encode() in v[b"FLAGS"] for v in got.values())
    src.close()


def test_download_groups_respect_count_and_bytes_and_skip_oversize() -> None:
    from intake.imap import DOWNLOAD_BATCH, DOWNLOAD_BYTES, _groups

    small = dict.fromkeys(range(1, DOWNLOAD_BATCH + 3), 10)
    assert [len(g) for g in _groups(small, 1000)] == [DOWNLOAD_BATCH, 2]
    half = DOWNLOAD_BYTES // 2 + 1
    assert list(_groups({1: half, 2: half, 3: 10}, DOWNLOAD_BYTES * 4)) == [[1], [2, 3]]
    # an over-size message is never downloaded, so it does not count against the bytes
    assert list(_groups({1: half, 2: DOWNLOAD_BYTES * 9, 3: half - 2}, DOWNLOAD_BYTES * 4)) == [[1, 2, 3]]


def test_confirming_through_a_message_remembers_it_and_those_before_it_only(dovecot, folder):
    """The pipeline takes the next batch before it has recorded the one before: only what it recorded is remembered."""
    state = DictState()
    mails = [make_mail(s) for s in ("a", "b", "c", "d")]
    for m in mails:
        deliver(dovecot, folder, m)
    src = source(dovecot, folder, state)
    got = list(src.fetch_new())
    src.confirm(through=got[1])  # a and b recorded; c and d handed over, not recorded yet
    src.close()
    again = source(dovecot, folder, state)
    assert [m.raw for m in take(again)] == mails[2:]
    assert take(again) == []
    again.close()


def test_a_reconciliation_confirmed_batch_by_batch_stores_the_new_uidvalidity_once(dovecot, folder):
    """Every message of a reconciliation carries the new UIDVALIDITY; it is written with the first confirmed only."""

    class CountingState(DictState):
        def __init__(self) -> None:
            super().__init__()
            self.writes: list[str] = []

        def set_state(self, key: str, value: str) -> None:
            self.writes.append(key.rsplit(":", 1)[1])
            super().set_state(key, value)

    state = CountingState()
    mails = [make_mail(s) for s in ("a", "b", "c")]
    for m in mails:
        deliver(dovecot, folder, m)
    src = source(dovecot, folder, state)
    for mail in src.fetch_new():
        src.confirm(through=mail)
    src.confirm()
    assert state.writes == ["last_uid", "uidvalidity", "last_uid", "last_uid"]
    again = source(dovecot, folder, state)
    assert take(again) == []  # what was stored is the whole state: nothing is handed over again
    d = make_mail("d")
    deliver(dovecot, folder, d)
    assert [m.raw for m in take(again)] == [d]
    again.close()
    src.close()
