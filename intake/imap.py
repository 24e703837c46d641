"""The IMAP mailbox source: the only module that talks IMAP.

This module's sole job is to hand the pipeline every message that arrives in one folder exactly as
the server stores it, and to file it away once the pipeline has recorded it. It owns:

* incremental fetching by UID, remembering UIDVALIDITY and the last UID handed over in a StateStore;
  when UIDVALIDITY changes (mailbox rebuilt, restored, migrated) every message is read again and the
  ones the store already has (`known([(message_id, sha256), ...])`, asked once per download group)
  are skipped, so nothing is processed twice;
* never changing what a person sees: bodies are read with BODY.PEEK[] (no \\Seen) and \\Seen is never
  looked at, so mail someone already read in their client is still processed;
* the size guard: RFC822.SIZE is read first and an over-size message is handed over with empty bytes;
* marking done: our keyword, then MOVE (or COPY where MOVE is missing) to the outcome's folder;
  nothing is ever deleted or expunged;
* waiting for mail with IDLE (renewed well before the 29-minute limit) or by polling, after a fresh
  SELECT whose UIDNEXT tells of mail announced to an earlier command (which IDLE would not repeat);
* reconnecting with exponential backoff and jitter, one `intake.fetch` log line per event, and turning
  every failure into a SourceError with one sentence.

Delivery is at least once: the last UID handed over is only remembered when the consumer calls
`confirm()` (after committing its records; `confirm(through=mail)` when it has recorded the messages up to that
one and holds later ones still), so a crash before that hands the same messages over
again; the store is unique on the source id and skips them. Bodies are downloaded several at a
time (up to DOWNLOAD_BATCH messages or DOWNLOAD_BYTES bytes per FETCH) and filed a batch at a time
(one STORE and one MOVE per target folder), so a backlog costs a few round trips per batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from intake.config import SourceSettings
from intake.errors import SourceError
from intake.model import RawMail
from intake.parse import header_message_id
from intake.sources import StateStore

T = TypeVar("T")
OUTCOMES = ("processed", "needs_review", "ignored", "quarantine")
# RFC 9051 lets a server drop an IDLE client after 30 minutes of silence; renew with a margin.
IDLE_RENEW_SECONDS = 25 * 60
FETCH_BATCH = 200  # UIDs per metadata FETCH: keeps command lines short on big mailboxes
# bodies per FETCH: as many as a metadata FETCH reads, so a backlog's chunk is one download (and one
# `known` query when reconciling), unless the bytes cap cuts it first
DOWNLOAD_BATCH = FETCH_BATCH
DOWNLOAD_BYTES = 8 * 1024 * 1024  # and at most this many bytes of them
# IMAPClient sets imaplib's debug level to 5 and hands imaplib's trace to this logger
_PROTOCOL_LOG = logging.getLogger("imapclient.imaplib")


def _aware(value: datetime) -> datetime:
    """INTERNALDATE with the server's offset as a plain datetime.timezone (a server that sends none means UTC).

    imapclient's own offset class cannot be pickled, and the analysis workers are sent the time.
    """
    offset = value.utcoffset()
    return value.replace(tzinfo=UTC if offset is None else timezone(offset))


def _groups(sizes: dict[int, int], limit: int) -> Iterator[list[int]]:
    """UIDs (the keys of `sizes`, in order), cut into download groups of at most DOWNLOAD_BATCH messages and DOWNLOAD_BYTES bytes.

    An over-size message (never downloaded) costs nothing; one bigger than DOWNLOAD_BYTES goes alone.
    """
    group: list[int] = []
    total = 0
    for uid, size in sizes.items():
        n = size if size <= limit else 0
        if group and (len(group) >= DOWNLOAD_BATCH or total + n > DOWNLOAD_BYTES):
            yield group
            group, total = [], 0
        group.append(uid)
        total += n
    if group:
        yield group


def _trace_if_heard(client: IMAPClient) -> None:
    """Let imaplib trace the protocol only while the "imapclient.imaplib" logger takes DEBUG records.

    imaplib formats each trace line before the logger can drop it, among them the repr of every
    FETCH response with the message bodies in it: about a third of a download's CPU, for nothing
    when nobody listens. Checked before every operation, so turning the logger on takes effect at once.
    """
    client._imap.debug = 5 if _PROTOCOL_LOG.isEnabledFor(logging.DEBUG) else 0


def _has_exists(responses: list) -> bool:
    return any(len(r) > 1 and r[1] == b"EXISTS" for r in responses)


class ImapSource:
    """One IMAP folder as a source of RawMail (see the module docstring)."""

    def __init__(
        self,
        settings: SourceSettings,
        state: StateStore,
        known: Callable[[Sequence[tuple[str | None, str]]], list[bool]],
        log: logging.Logger | None = None,
        *,
        timeout: float = 60.0,
        attempts: int = 6,
        backoff: float = 0.5,
        backoff_cap: float = 60.0,
        idle_renew: float = IDLE_RENEW_SECONDS,
    ) -> None:
        self.settings = settings
        self._state = state
        self._known = known
        self._log = log or logging.getLogger("intake.fetch")
        self._timeout = timeout
        self._attempts = attempts
        self._backoff = backoff
        self._backoff_cap = backoff_cap
        self._idle_renew = idle_renew
        self._client: IMAPClient | None = None
        self._uidvalidity = 0
        self._uidnext: int | None = None  # of the last SELECT, when the server said
        self._looked: tuple[int, int | None] | None = None  # (UIDVALIDITY, UIDNEXT) when fetch_new last looked
        self._keywords = False  # PERMANENTFLAGS lets us store our keyword
        self._folders: set[str] = set()  # target folders known to exist
        self._connections = 0  # counts (re)connects, so wait() can tell it lost the line
        where = f"{settings.user}@{settings.host}:{settings.port}/{settings.folder}"
        self._key_uidvalidity = f"imap:{where}:uidvalidity"
        self._key_last = f"imap:{where}:last_uid"
        self._where = where
        self._pending: dict[str, str] = {}  # state to remember once the consumer confirms everything handed over
        self._through: dict[str, dict[str, str]] = {}  # by source id: the state to remember once it is confirmed
        # The state confirmed since fetch_new began: a value unchanged since is not written again (a
        # reconciliation hands the new UIDVALIDITY over with every message; it is stored once, with the first).
        self._confirmed: dict[str, str] = {}

    # -- connection ---------------------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        s = self.settings
        ctx = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
        client = IMAPClient(s.host, port=s.port, ssl=s.tls == "implicit", ssl_context=ctx, timeout=self._timeout)
        try:
            if s.tls == "starttls":
                client.starttls(ctx)
            client.normalise_times = False  # aware INTERNALDATE
            _trace_if_heard(client)
            client.login(s.user, s.password())
            exists = self._select(client)
        except BaseException:
            with contextlib.suppress(OSError):  # the failed TLS handshake may have closed it already
                client.shutdown()
            raise
        self._connections += 1
        self._log.info(
            "connected to %s (%s), UIDVALIDITY %s, %s messages%s",
            self._where, s.tls, self._uidvalidity, exists,
            "" if self._keywords else ", no custom keywords: relying on stored state",
        )
        return client

    def _select(self, client: IMAPClient) -> int:
        """SELECT the folder; note its UIDVALIDITY and whether it takes our keyword. Returns EXISTS."""
        info = client.select_folder(self.settings.folder)
        self._uidvalidity = int(info[b"UIDVALIDITY"])
        self._uidnext = int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None
        permanent = info.get(b"PERMANENTFLAGS", ())
        self._keywords = b"\\*" in permanent or self.settings.done_keyword.encode() in permanent
        return int(info.get(b"EXISTS", 0))

    def _reselect(self) -> int:
        # a fresh SELECT each round: a folder deleted and recreated under an open selection
        # otherwise keeps answering for the old one (seen with Dovecot), hiding all new mail
        return self._run("select the folder", lambda c: (self._select(c), self._uidvalidity)[1])

    def _drop(self) -> None:
        if self._client is not None:
            with contextlib.suppress(OSError):  # already gone
                self._client.shutdown()
            self._client = None

    def _run(self, what: str, op: Callable[[IMAPClient], T]) -> T:
        """Run `op` on a live connection; after a network error reconnect (backoff + jitter) and retry."""
        s = self.settings
        for attempt in range(1, self._attempts + 1):
            try:
                if self._client is None:
                    self._client = self._connect()
                else:
                    _trace_if_heard(self._client)
                return op(self._client)
            except LoginError as exc:
                self._drop()
                raise SourceError(f"The IMAP server {s.host}:{s.port} refused the login of {s.user!r} ({exc}).") from exc
            except ssl.SSLCertVerificationError as exc:
                self._drop()
                raise SourceError(
                    f"The IMAP server {s.host}:{s.port} presented a certificate we do not trust ({exc.verify_message});"
                    " set [source] ca_file to the CA that signed it."
                ) from exc
            except (OSError, IMAPClientAbortError) as exc:
                # IMAPClientAbortError: the server said BYE or the line dropped mid-command
                self._drop()
                if attempt == self._attempts:
                    self._log.error("%s: %s; giving up after %d attempts", what, exc or type(exc).__name__, attempt)
                    raise SourceError(
                        f"The IMAP server {s.host}:{s.port} could not be reached to {what} after {attempt} attempts"
                        f" ({exc or type(exc).__name__})."
                    ) from exc
                delay = min(self._backoff_cap, self._backoff * 2 ** (attempt - 1))
                delay = random.uniform(delay / 2, delay)  # jitter: many clients must not retry in step
                self._log.warning("%s: %s; reconnecting in %.1f s (attempt %d of %d)",
                                  what, exc or type(exc).__name__, delay, attempt, self._attempts)
                time.sleep(delay)
            except IMAPClientError as exc:
                raise SourceError(f"The IMAP server {s.host}:{s.port} refused to {what} ({exc}).") from exc
        raise AssertionError("unreachable: the loop returns or raises")

    def close(self) -> None:
        """Log out and drop the connection (safe to call twice)."""
        if self._client is not None:
            with contextlib.suppress(OSError, IMAPClientError):  # a dead line has nothing left to release
                self._client.logout()
            self._drop()

    # -- fetching -----------------------------------------------------------------------------

    def fetch_new(self) -> Iterator[RawMail]:
        """Messages that arrived since the last confirmed call, oldest first (reconciling after a UIDVALIDITY change)."""
        self._pending, self._through, self._confirmed = {}, {}, {}
        uidvalidity = self._reselect()
        self._looked = (uidvalidity, self._uidnext)
        stored = self._state.get_state(self._key_uidvalidity)
        if stored != str(uidvalidity):
            yield from self._reconcile(uidvalidity, stored)
            return
        last = int(self._state.get_state(self._key_last) or 0)
        # "UID n:*" always matches the highest UID even when it is below n: drop what we had
        uids = sorted(u for u in self._run("search new mail", lambda c: c.search(["UID", f"{last + 1}:*"]))
                      if u > last)
        for mail, uid in self._download(uids, uidvalidity, check_known=False):
            self._pending[self._key_last] = str(uid)
            self._through[mail.source_id] = dict(self._pending)
            yield mail

    def _reconcile(self, uidvalidity: int, stored: str | None) -> Iterator[RawMail]:
        # The old UIDs mean nothing now: read everything in UID order and skip what the store already
        # has. The new UIDVALIDITY is adopted with the last UID handed over, so a crash half-way
        # carries on from there.
        uids = sorted(self._run("list the folder", lambda c: c.search(["ALL"])))
        if stored is None:
            self._log.info("no saved state for %s: checking %d messages against the store", self._where, len(uids))
        else:
            self._log.warning("UIDVALIDITY of %s changed from %s to %s: checking %d messages against the store",
                              self._where, stored, uidvalidity, len(uids))
        for mail, uid in self._download(uids, uidvalidity, check_known=True):
            self._pending.update({self._key_last: str(uid), self._key_uidvalidity: str(uidvalidity)})
            self._through[mail.source_id] = dict(self._pending)
            yield mail
        if self._uidvalidity == uidvalidity:
            self._pending.update({self._key_last: str(max(uids, default=0)), self._key_uidvalidity: str(uidvalidity)})

    def confirm(self, through: RawMail | None = None) -> None:
        """Remember what was handed over so far, or up to and including `through`: the consumer has recorded it.

        The pipeline hands a batch to the analysis workers before it records the one before, so messages
        after `through` may have been handed over already; they are remembered when they are confirmed.
        """
        if through is None:
            state, self._pending, self._through = self._pending, {}, {}
        else:
            state = self._through.get(through.source_id, {})
            if state:  # forget it and the messages handed over before it (the dict keeps the order handed over)
                handed = list(self._through)
                for source_id in handed[:handed.index(through.source_id) + 1]:
                    del self._through[source_id]
        for key, value in state.items():
            if self._confirmed.get(key) != value:  # each is a transaction of its own
                self._state.set_state(key, value)
                self._confirmed[key] = value

    def sweep(self, days: int) -> Iterator[RawMail]:
        """Messages of the last `days` days already passed over but neither marked done nor in the store."""
        uidvalidity = self._reselect()
        last = int(self._state.get_state(self._key_last) or 0)
        if self._state.get_state(self._key_uidvalidity) != str(uidvalidity) or last == 0:
            return  # fetch_new reconciles the whole folder first
        since = (datetime.now(UTC) - timedelta(days=days)).date()
        # only UIDs fetch_new already handed over: newer ones are fetch_new's
        criteria: list = ["SINCE", since, "UID", f"1:{last}"]
        if self._keywords:
            criteria += ["UNKEYWORD", self.settings.done_keyword]
        uids = sorted(u for u in self._run("search for missed mail", lambda c: c.search(criteria)) if u <= last)
        found = 0
        for mail, _uid in self._download(uids, uidvalidity, check_known=True):
            found += 1
            yield mail
        self._log.info("sweep of %d days: %d candidates, %d not in the store", days, len(uids), found)

    def _download(self, uids: list[int], uidvalidity: int, check_known: bool) -> Iterator[tuple[RawMail, int]]:
        limit = self.settings.max_message_bytes
        for i in range(0, len(uids), FETCH_BATCH):
            chunk = uids[i:i + FETCH_BATCH]
            meta = self._run("read message sizes", lambda c, chunk=chunk: c.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"]))
            # UIDs missing from the answer were expunged by someone meanwhile
            sizes = {u: int(meta[u][b"RFC822.SIZE"]) for u in chunk if u in meta}
            for group in _groups(sizes, limit):
                if self._uidvalidity != uidvalidity:
                    self._log.warning("UIDVALIDITY changed during the fetch; stopping until the next round")
                    return
                wanted = [u for u in group if sizes[u] <= limit]
                got = self._run("download messages", lambda c, w=wanted: c.fetch(w, ["BODY.PEEK[]"])) if wanted else {}
                mails = []
                for uid in group:
                    source_id = f"imap:{uidvalidity}:{uid}"
                    received = _aware(meta[uid][b"INTERNALDATE"])
                    if sizes[uid] > limit:
                        mails.append((RawMail(source_id, b"", received, sizes[uid]), uid))
                    elif uid in got:
                        raw = got.pop(uid)[b"BODY[]"]
                        # The Message-ID that keys the check below goes along: the pipeline reads it too.
                        header_id = (header_message_id(raw),) if check_known else ()
                        mails.append((RawMail(source_id, raw, received, len(raw), header_id), uid))
                if check_known:
                    # an over-size message is never downloaded whole: its header block is enough to know it
                    keys = [(self._header_id(uid), "") if not m.raw else (m.header_id[0], hashlib.sha256(m.raw).hexdigest())
                            for m, uid in mails]
                    mails = [pair for pair, known in zip(mails, self._known(keys), strict=True) if not known]
                for mail, uid in mails:
                    if not mail.raw:
                        self._log.warning("%s is %d bytes, over the %d-byte limit: not downloaded",
                                          mail.source_id, mail.size, limit)
                    yield mail, uid

    def _header_id(self, uid: int) -> str | None:
        got = self._run("read a message header", lambda c: c.fetch([uid], ["BODY.PEEK[HEADER]"]))
        return header_message_id(got[uid][b"BODY[HEADER]"]) if uid in got else None

    # -- filing -------------------------------------------------------------------------------

    def mark_many(self, done: Sequence[tuple[RawMail, str]]) -> None:
        """Set our keyword on these messages and move each to its outcome's folder, if one is configured."""
        if not done:
            return
        by_target: dict[str, list[int]] = {}
        uids: list[int] = []
        validity: set[int] = set()
        for mail, outcome in done:
            if outcome not in OUTCOMES:
                raise ValueError(f"unknown outcome {outcome!r}; expected one of {', '.join(OUTCOMES)}")
            kind, uidvalidity, uid = mail.source_id.split(":")
            if kind != "imap":
                raise ValueError(f"{mail.source_id!r} did not come from an IMAP source")
            validity.add(int(uidvalidity))
            uids.append(int(uid))
            target = self.settings.folders.get(outcome)
            if target and target != self.settings.folder:
                by_target.setdefault(target, []).append(int(uid))

        def op(c: IMAPClient) -> None:
            if validity != {self._uidvalidity}:
                self._log.warning("UIDVALIDITY is now %s; %d message(s) left in place", self._uidvalidity, len(uids))
                return
            if self._keywords:
                c.add_flags(uids, [self.settings.done_keyword], silent=True)
            for target, moving in by_target.items():
                if target not in self._folders:
                    if not c.folder_exists(target):
                        c.create_folder(target)
                        self._log.info("created folder %s", target)
                    self._folders.add(target)
                if c.has_capability("MOVE"):
                    c.move(moving, target)
                else:
                    # no MOVE: copy and leave the originals (we never delete); the keyword and the
                    # stored last UID keep them from being processed again
                    c.copy(moving, target)

        what = done[0][0].source_id if len(done) == 1 else f"{len(done)} messages"
        self._run(f"file {what}", op)

    # -- waiting ------------------------------------------------------------------------------

    def _arrived(self, c: IMAPClient) -> bool:
        """Whether the folder took mail since fetch_new last looked.

        The server announces new mail once, in the answer to whatever command comes next. When that
        command was fetch_new's search (mail arriving while it ran) or the sweep's, the announcement is
        spent and IDLE would not repeat it: the new mail would wait for the next poll. A fresh SELECT's
        UIDNEXT tells; anything after it is announced to the IDLE or NOOP that follows.
        """
        self._select(c)
        return self._uidnext is not None and (self._uidvalidity, self._uidnext) != self._looked

    def wait(self, timeout: float) -> bool:
        """Block until the server announces new mail (True) or `timeout` seconds pass (False)."""
        if self._run("look for new mail", self._arrived):
            return True
        use_idle = self.settings.idle and self._run("check capabilities", lambda c: c.has_capability("IDLE"))
        start = self._connections  # after the first connect, which is no reason to wake up
        end = time.monotonic() + timeout

        def idle(c: IMAPClient) -> bool:
            if self._connections != start:
                return True  # we lost the line meanwhile: mail may have come; look
            remaining = end - time.monotonic()
            if remaining <= 0:
                return False
            deadline = time.monotonic() + min(remaining, self._idle_renew)
            # Mail that lands between the last command and IDLE would wait for the slice to end: Dovecot does not
            # announce it to an IDLE that follows a SELECT (_arrived's), and announces it before the "+ idling" of
            # one that follows another command, where imaplib sets it aside and idle_check never sees it. So a NOOP
            # first, which is told of the mail since the SELECT; then a look at what imaplib set aside during IDLE's
            # start (imapclient has no accessor for it), once the EXISTS kept from earlier commands are dropped.
            if _has_exists(c.noop()[1]):
                return True
            c._imap.response("EXISTS")
            c.idle()
            woke = c._imap.response("EXISTS")[1] != [None]
            try:
                while not woke and (left := deadline - time.monotonic()) > 0:
                    responses = c.idle_check(timeout=left)
                    if not responses:
                        break  # timed out, or the line closed (idle_done below then raises)
                    woke = _has_exists(responses)  # ignore "OK Still here" keepalives, flag changes
            finally:
                _text, responses = c.idle_done()
            return woke or _has_exists(responses)

        def poll(c: IMAPClient) -> bool:
            if self._connections != start:
                return True
            remaining = end - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(remaining, self.settings.poll_seconds))
            return _has_exists(c.noop()[1])

        step = idle if use_idle else poll
        while time.monotonic() < end:
            if self._run("wait for mail", step):
                return True
        return False
