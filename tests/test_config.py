"""Config: every problem reported at once, defaults, relative paths, secrets from the environment."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from intake.config import load, parse_settings
from intake.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_example_config_loads_with_documented_defaults() -> None:
    s = load(REPO / "config.example.toml", check_env=False)
    beirut = ZoneInfo("Asia/Beirut")
    assert s.deadlines["speaker_request"].at == datetime(2021, 2, 5, 23, 59, 59, tzinfo=beirut)
    assert s.deadlines["voluntary_report"].at == datetime(2021, 2, 16, 23, 59, 59, tzinfo=beirut)
    assert s.address == "gcmrrarabstates@iom.int"
    assert s.database_url == f"sqlite:///{REPO / 'storage' / 'intake.sqlite3'}"
    assert s.source.path == REPO / "storage" / "mailbox"


def test_every_problem_is_reported_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_SUCH_PASSWORD", raising=False)
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        """
[campaign]
timezone = "Mars/Olympus"
colour = "blue"
[deadlines.speaker_request]
date = "2021-02-30"
[source]
kind = "imap"
user = "u"
password_env = "NO_SUCH_PASSWORD"
tls = "sometimes"
[outbox]
kind = "pigeon"
ca_file = "no-such-ca.pem"
[processing]
analysis_workers = -1
""",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load(cfg)
    text = "\n".join(err.value.problems)
    assert "Unknown key 'colour' in [campaign]" in text
    assert "Mars/Olympus" in text
    assert "'2021-02-30' is not a date" in text
    assert "NO_SUCH_PASSWORD" in text
    assert "[source] tls is 'sometimes'" in text
    assert "[outbox] kind is 'pigeon'" in text
    assert "[outbox] ca_file" in text and "no-such-ca.pem does not exist" in text
    assert "[processing] analysis_workers must be a whole number of at least 0." in text
    assert len(err.value.problems) >= 7


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    s = parse_settings({"storage": {"root": "data"}, "source": {"path": "box"}}, tmp_path / "sub" / "c.toml")
    assert s.storage_root == tmp_path / "sub" / "data"
    assert s.source.path == tmp_path / "sub" / "box"
    assert s.outbox.path == tmp_path / "sub" / "data" / "outbox"


def test_secret_comes_from_the_named_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_IMAP_PW", "s3cret")
    s = parse_settings({"source": {"kind": "imap", "user": "x", "password_env": "MY_IMAP_PW"}}, tmp_path / "c.toml")
    assert s.source.password() == "s3cret"
    assert "s3cret" not in repr(s)


def test_missing_file_and_bad_toml_are_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[source\nkind=", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(bad)
