"""Shared fixtures: settings on a temporary storage root, and the real mail servers (tests/servers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from intake.config import Settings, parse_settings
from tests.servers import dovecot, mail_cert, mail_root, smtp_sink  # noqa: F401 - pytest fixtures

REPO = Path(__file__).resolve().parents[1]


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
