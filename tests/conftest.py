"""Shared fixtures: settings on a temporary storage root, the dev corpus through the pipeline, the
`intake` command line run in-process, and the real mail servers (tests/servers.py)."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from intake.analysis import load_context
from intake.cli import build_parser
from intake.config import Settings, parse_settings
from intake.extract import ExtractRules
from intake.model import RawMail
from intake.pipeline import Pipeline
from intake.rules import Ruleset, load_ruleset
from intake.store import Store
from tests.corpus import dev_labels
from tests.extracting import load_rules
from tests.servers import dovecot, mail_cert, mail_root, smtp_sink  # noqa: F401 - pytest fixtures

REPO = Path(__file__).resolve().parents[1]
RECIPIENTS = ["secretariat@example.org", "focal.point@example.org"]  # the digest's, in `dev` settings


@pytest.fixture(scope="session")
def rules() -> ExtractRules:
    """rules/extract.toml as shipped, for the extraction tests."""
    return load_rules()


@pytest.fixture(scope="session")
def ruleset() -> Ruleset:
    """rules/classify.toml as shipped, for the classification tests; it must load without a problem."""
    rs, problems = load_ruleset(REPO / "rules")
    assert problems == []
    return rs


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings on tmp_path: Maildir source, SQLite store and file outbox, overridable per section."""

    def make(**sections: dict[str, Any]) -> Settings:
        data: dict[str, Any] = {
            "source": {"kind": "maildir", "path": str(tmp_path / "Maildir")},
            "storage": {"root": str(tmp_path / "storage")},
            "outbox": {"kind": "file", "path": str(tmp_path / "outbox")},
        }
        for name, values in sections.items():
            data.setdefault(name, {}).update(values)
        return parse_settings(data, tmp_path / "config.toml", check_env=False)

    return make


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


@cache
def _dev_storage() -> Path:
    """The whole dev corpus through the pipeline once per test session (each message recorded at its
    label's received_at); tests copy the storage folder and change their copy."""
    root = Path(tempfile.mkdtemp(prefix="dev-store-"))
    settings = parse_settings({"storage": {"root": str(root / "storage")}}, root / "config.toml", check_env=False)
    store = Store(settings.database_url)
    store.migrate()
    ctx = load_context(settings)
    for label in sorted(dev_labels(), key=lambda lb: lb["received"]):
        data = label["path"].read_bytes()
        Pipeline(ctx, store, clock=lambda at=label["received"]: at).handle(
            RawMail(f"dev:{label['file']}", data, label["received"], len(data)))
    store.set_state("last_fetch", "2021-02-22T13:50:00+02:00")
    store.close()
    return root / "storage"


def dev_store(make_settings: Callable[..., Settings], **sections: dict) -> tuple[Store, Settings]:
    """A private copy of the dev-corpus store, with settings pointing at it."""
    settings = make_settings(digest={"recipients": RECIPIENTS}, **sections)
    shutil.copytree(_dev_storage(), settings.storage_root)
    store = Store(settings.database_url)
    store.migrate()
    return store, settings


@pytest.fixture
def dev(make_settings: Callable[..., Settings]) -> tuple[Store, Settings]:
    return dev_store(make_settings)


def run_cli(settings: Settings, *argv: str) -> int:
    """`intake ARGV` in-process with these settings, through the real parser; errors propagate."""
    args = build_parser().parse_args(argv)
    return args.handler(args, settings)


def wait_until(predicate: Callable[[], bool], seconds: float = 15.0) -> None:
    """Poll until the predicate holds (a daemon running in a thread got there), or fail after `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")
