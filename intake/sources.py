"""Where messages come from: the Source protocol and the local Maildir source.

A source hands over RawMail (exact bytes + the server's arrival time) and is told, after the
records are committed, how each message ended (`mark_many`) and that everything handed over so far
is safely recorded (`confirm`): until then a restarted source hands the same messages over again.
The Maildir source is the embedded default: it reads cur/ and new/, takes the file's modification
time as the arrival time (as Dovecot does for Maildir) and leaves the files where they are; the
store's unique source id makes a second run a no-op. IMAP lives in intake/imap.py.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from intake.config import SourceSettings
from intake.errors import SourceError
from intake.model import RawMail

log = logging.getLogger("intake.fetch")


class Source(Protocol):
    def fetch_new(self) -> Iterator[RawMail]: ...

    def mark_many(self, done: Sequence[tuple[RawMail, str]]) -> None: ...

    def confirm(self, through: RawMail | None = None) -> None: ...

    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class StateStore(Protocol):
    def get_state(self, key: str) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...


def maildir_arrival(path: Path) -> datetime:
    """Arrival time of a Maildir file: its mtime, as Dovecot reports it for INTERNALDATE."""
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


class MaildirSource:
    """Reads a Maildir (cur/ and new/) in arrival order; never moves, renames or deletes."""

    def __init__(self, settings: SourceSettings, seen: Callable[[str], bool] | None = None) -> None:
        if settings.path is None:
            raise SourceError("[source] path is empty; set it to the Maildir folder to read.")
        self.root = settings.path
        self.max_bytes = settings.max_message_bytes
        self.seen = seen or (lambda _sid: False)

    def _files(self) -> list[Path]:
        if not self.root.is_dir():
            raise SourceError(f"The Maildir {self.root} does not exist; check [source] path.")
        files = [p for sub in ("new", "cur") if (self.root / sub).is_dir() for p in (self.root / sub).iterdir()]
        files = [p for p in files if p.is_file() and not p.name.startswith(".")]
        return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))

    def fetch_new(self) -> Iterator[RawMail]:
        for path in self._files():
            key = path.name.split(":2,")[0]
            source_id = f"maildir:{key}"
            if self.seen(source_id):
                continue
            size = path.stat().st_size
            raw = b"" if size > self.max_bytes else path.read_bytes()
            yield RawMail(source_id=source_id, raw=raw, received_at=maildir_arrival(path), size=size)

    def mark_many(self, done: Sequence[tuple[RawMail, str]]) -> None:
        """Nothing to do: the store remembers the source id."""

    def confirm(self, through: RawMail | None = None) -> None:
        """Nothing to do: the store remembers the source id."""

    def wait(self, timeout: float) -> bool:
        return False

    def close(self) -> None:
        pass


def stamp_arrival(path: Path, when: datetime) -> None:
    """Set a Maildir file's mtime to an arrival time (used by tests, evaluation and the demo)."""
    ts = when.timestamp()
    os.utime(path, (ts, ts))
