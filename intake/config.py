"""config.toml -> a frozen Settings value.

This module's sole job is to read one TOML file, check every key, and report every problem at once
(`intake check-config`), one sentence each. Secrets never live in the file: the file names the
environment variable that holds them. Relative paths are relative to the config file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intake.errors import ConfigError

DEFAULT_TZ = "Asia/Beirut"


@dataclass(frozen=True)
class Deadline:
    category: str
    at: datetime  # aware, in the deadline's zone
    original: datetime | None = None  # before an extension, kept for the record


@dataclass(frozen=True)
class SourceSettings:
    kind: str  # maildir | imap
    path: Path | None = None
    host: str = "127.0.0.1"
    port: int = 993
    tls: str = "implicit"  # implicit | starttls | none
    ca_file: Path | None = None
    user: str = ""
    password_env: str = ""
    folder: str = "INBOX"
    folders: dict[str, str] = field(default_factory=dict)  # outcome -> folder to move to
    done_keyword: str = "$Intake-Done"
    max_message_bytes: int = 25 * 1024 * 1024
    idle: bool = True
    poll_seconds: int = 60
    sweep_days: int = 3

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


@dataclass(frozen=True)
class OutboxSettings:
    kind: str  # file | smtp
    path: Path | None = None
    host: str = "127.0.0.1"
    port: int = 25
    tls: str = "starttls"
    ca_file: Path | None = None
    user: str = ""
    password_env: str = ""
    timeout: float = 30.0
    max_attempts: int = 8

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


@dataclass(frozen=True)
class Settings:
    path: Path | None
    campaign_name: str
    reference_prefix: str
    timezone: str
    languages: tuple[str, ...]
    address: str
    display_name: str
    own_addresses: tuple[str, ...]
    contact_address: str
    survey_url: str
    landing_page_url: str
    roundtable_themes: tuple[str, ...]
    consultation_date: date | None
    conference: tuple[date, date] | None
    deadlines: dict[str, Deadline]
    late_policy: str  # accept | decline
    source: SourceSettings
    storage_root: Path
    database_url: str
    outbox: OutboxSettings
    digest_recipients: tuple[str, ...]
    digest_time: time
    digest_timezone: str
    rules_dir: Path
    templates_dir: Path
    authserv_id: str
    ack_per_sender_per_day: int
    ack_global_per_hour: int
    secret_env: str
    attachment_max_bytes: int
    extract_timeout: float
    extract_memory_mb: int
    extract_max_pages: int
    analysis_workers: int  # processes that analyse ahead of the recording (0: all in the service's process)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def secret(self) -> bytes:
        """Key that signs our acknowledgements' Message-IDs (from the environment, else derived)."""
        value = os.environ.get(self.secret_env, "") if self.secret_env else ""
        return (value or f"gcm-intake:{self.address}:{self.reference_prefix}").encode()


# Every key, with its default. A key missing here is an unknown key.
_SCHEMA: dict[str, dict[str, Any]] = {
    "campaign": {
        "name": "Regional Review of the Global Compact for Migration in the Arab region",
        "reference_prefix": "GCM-AR",
        "timezone": DEFAULT_TZ,
        "languages": ["ar", "en", "fr"],
        "contact_address": "",
        "survey_url": "",
        "landing_page_url": "",
        "roundtable_themes": [],
        "late_policy": "accept",
        "consultation_date": "2021-02-23",
        "conference_start": "2021-02-24",
        "conference_end": "2021-02-25",
    },
    "identity": {
        "address": "gcmrrarabstates@iom.int",
        "display_name": "GCM Regional Review - Arab States",
        "own_addresses": [],
        "secret_env": "INTAKE_SECRET",
    },
    "deadlines": {},  # tables per category, checked separately
    "source": {
        "kind": "maildir",
        "path": "storage/mailbox",
        "host": "127.0.0.1",
        "port": None,
        "tls": "implicit",
        "ca_file": "",
        "user": "",
        "password_env": "",
        "folder": "INBOX",
        "processed_folder": "",
        "needs_review_folder": "",
        "ignored_folder": "",
        "quarantine_folder": "",
        "done_keyword": "$Intake-Done",
        "max_message_bytes": 25 * 1024 * 1024,
        "idle": True,
        "poll_seconds": 60,
        "sweep_days": 3,
    },
    "storage": {"root": "storage"},
    "database": {"url": ""},
    "outbox": {
        "kind": "file",
        "path": "",
        "host": "127.0.0.1",
        "port": None,
        "tls": "starttls",
        "ca_file": "",
        "user": "",
        "password_env": "",
        "timeout": 30.0,
        "max_attempts": 8,
    },
    "digest": {"recipients": [], "time": "08:00", "timezone": ""},
    "rules": {"dir": ""},
    "templates": {"dir": ""},
    "screen": {"authserv_id": "", "ack_per_sender_per_day": 3, "ack_global_per_hour": 60},
    "attachments": {
        "max_bytes": 20 * 1024 * 1024,
        "extract_timeout": 20.0,
        "extract_memory_mb": 512,
        "extract_max_pages": 60,
    },
    "processing": {"analysis_workers": 0},
}
_DEADLINE_KEYS = {"date", "time", "timezone", "original_date"}
_DEFAULT_DEADLINES = {
    "speaker_request": {"date": "2021-02-05"},
    "voluntary_report": {"date": "2021-02-16"},
}
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class _Collector:
    """Collects problems so that every one is reported, not just the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, message: str) -> None:
        self.problems.append(message)


_KIND_WORDS = {str: "a string in quotes", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list in [brackets]"}


def _same_kind(expected: Any, value: Any) -> bool:
    if isinstance(expected, bool) or isinstance(value, bool):
        return isinstance(expected, bool) and isinstance(value, bool)
    if isinstance(expected, float):
        return isinstance(value, int | float)
    return isinstance(value, type(expected))


def _section(data: dict[str, Any], name: str, errs: _Collector) -> dict[str, Any]:
    raw = data.get(name, {})
    if not isinstance(raw, dict):
        errs.add(f"[{name}] must be a table.")
        return dict(_SCHEMA[name])
    out = dict(_SCHEMA[name])
    for key, value in raw.items():
        if key not in _SCHEMA[name]:
            errs.add(f"Unknown key '{key}' in [{name}]; see config.example.toml for the keys it accepts.")
            continue
        expected = _SCHEMA[name][key]
        if expected is not None and not _same_kind(expected, value):
            errs.add(f"[{name}] {key} is {value!r}; it must be {_KIND_WORDS[type(expected)]}.")
            continue
        out[key] = value
    return out


def _path(base: Path, value: str) -> Path:
    p = Path(os.path.expanduser(value))
    return p if p.is_absolute() else (base / p).resolve()


def _zone(name: str, where: str, errs: _Collector) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        errs.add(f"{where}: unknown time zone '{name}'; use an IANA name such as 'Asia/Beirut'.")
        return DEFAULT_TZ
    return name


def _date(value: Any, where: str, errs: _Collector) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        errs.add(f"{where}: '{value}' is not a date; write it as YYYY-MM-DD.")
        return None


def _time(value: Any, where: str, errs: _Collector) -> time | None:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        errs.add(f"{where}: '{value}' is not a time; write it as HH:MM or HH:MM:SS.")
        return None


def _deadlines(data: Any, default_tz: str, errs: _Collector) -> dict[str, Deadline]:
    if data is None or data == {}:
        data = _DEFAULT_DEADLINES
    if not isinstance(data, dict):
        errs.add("[deadlines] must hold one table per category.")
        return {}
    out: dict[str, Deadline] = {}
    for category, spec in data.items():
        where = f"[deadlines.{category}]"
        if category not in ("voluntary_report", "speaker_request"):
            errs.add(f"{where}: unknown category; use voluntary_report or speaker_request.")
            continue
        if not isinstance(spec, dict):
            errs.add(f"{where} must be a table with date, time and timezone.")
            continue
        for key in spec:
            if key not in _DEADLINE_KEYS:
                errs.add(f"Unknown key '{key}' in {where}; it accepts {', '.join(sorted(_DEADLINE_KEYS))}.")
        day = _date(spec.get("date"), f"{where} date", errs) if "date" in spec else None
        if "date" not in spec:
            errs.add(f"{where}: 'date' is missing.")
        at = _time(spec.get("time", "23:59:59"), f"{where} time", errs)
        tz = _zone(spec.get("timezone", default_tz), where, errs)
        original = _date(spec["original_date"], f"{where} original_date", errs) if "original_date" in spec else None
        if day and at:
            zone = ZoneInfo(tz)
            out[category] = Deadline(
                category=category,
                at=datetime.combine(day, at, zone),
                original=datetime.combine(original, at, zone) if original else None,
            )
    return out


def _choice(value: Any, allowed: tuple[str, ...], where: str, errs: _Collector) -> str:
    if value not in allowed:
        errs.add(f"{where} is '{value}'; it must be one of {', '.join(allowed)}.")
        return allowed[0]
    return str(value)


def _int(value: Any, where: str, errs: _Collector, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        errs.add(f"{where} must be a whole number of at least {minimum}.")
        return minimum
    return value


def _check_env(name: str, where: str, errs: _Collector) -> None:
    if name and name not in os.environ:
        errs.add(f"{where} names the environment variable {name}, which is not set; export it before starting.")


def parse_settings(data: dict[str, Any], path: Path | None, check_env: bool = True) -> Settings:
    """Validate a config mapping; raise ConfigError listing every problem."""
    errs = _Collector()
    base = path.parent if path else Path.cwd()
    for name in data:
        if name not in _SCHEMA:
            errs.add(f"Unknown section [{name}]; see config.example.toml for the sections it accepts.")
    camp = _section(data, "campaign", errs)
    ident = _section(data, "identity", errs)
    src = _section(data, "source", errs)
    sto = _section(data, "storage", errs)
    db = _section(data, "database", errs)
    out = _section(data, "outbox", errs)
    dig = _section(data, "digest", errs)
    rules = _section(data, "rules", errs)
    tmpl = _section(data, "templates", errs)
    scr = _section(data, "screen", errs)
    att = _section(data, "attachments", errs)
    proc = _section(data, "processing", errs)
    workers = _int(proc["analysis_workers"], "[processing] analysis_workers", errs, 0)

    tz = _zone(camp["timezone"], "[campaign] timezone", errs)
    langs = tuple(camp["languages"])
    for lang in langs:
        if lang not in ("ar", "en", "fr"):
            errs.add(f"[campaign] languages: '{lang}' is not supported; use ar, en and fr.")
    late_policy = _choice(camp["late_policy"], ("accept", "decline"), "[campaign] late_policy", errs)
    deadlines = _deadlines(data.get("deadlines"), tz, errs)
    consultation = _date(camp["consultation_date"], "[campaign] consultation_date", errs) if camp["consultation_date"] else None
    conf_start = _date(camp["conference_start"], "[campaign] conference_start", errs) if camp["conference_start"] else None
    conf_end = _date(camp["conference_end"], "[campaign] conference_end", errs) if camp["conference_end"] else conf_start

    root = _path(base, sto["root"])
    kind = _choice(src["kind"], ("maildir", "imap"), "[source] kind", errs)
    src_tls = _choice(src["tls"], ("implicit", "starttls", "none"), "[source] tls", errs)
    if kind == "imap":
        if not src["user"]:
            errs.add("[source] user is empty; an IMAP source needs the account name.")
        if check_env:
            _check_env(src["password_env"], "[source] password_env", errs)
    folders = {
        outcome: src[f"{outcome}_folder"]
        for outcome in ("processed", "needs_review", "ignored", "quarantine")
        if src[f"{outcome}_folder"]
    }
    source = SourceSettings(
        kind=kind,
        path=_path(base, src["path"]) if src["path"] else None,
        host=src["host"],
        port=_int(src["port"], "[source] port", errs, 1) if src["port"] is not None else (993 if src_tls == "implicit" else 143),
        tls=src_tls,
        ca_file=_path(base, src["ca_file"]) if src["ca_file"] else None,
        user=src["user"],
        password_env=src["password_env"],
        folder=src["folder"],
        folders=folders,
        done_keyword=src["done_keyword"],
        max_message_bytes=_int(src["max_message_bytes"], "[source] max_message_bytes", errs, 1),
        idle=bool(src["idle"]),
        poll_seconds=_int(src["poll_seconds"], "[source] poll_seconds", errs, 1),
        sweep_days=_int(src["sweep_days"], "[source] sweep_days", errs, 0),
    )
    if source.ca_file and not source.ca_file.exists():
        errs.add(f"[source] ca_file {source.ca_file} does not exist.")

    out_kind = _choice(out["kind"], ("file", "smtp"), "[outbox] kind", errs)
    out_tls = _choice(out["tls"], ("implicit", "starttls", "none"), "[outbox] tls", errs)
    if out_kind == "smtp" and check_env:
        _check_env(out["password_env"], "[outbox] password_env", errs)
    outbox = OutboxSettings(
        kind=out_kind,
        path=_path(base, out["path"]) if out["path"] else root / "outbox",
        host=out["host"],
        port=_int(out["port"], "[outbox] port", errs, 1) if out["port"] is not None else (465 if out_tls == "implicit" else 25),
        tls=out_tls,
        ca_file=_path(base, out["ca_file"]) if out["ca_file"] else None,
        user=out["user"],
        password_env=out["password_env"],
        timeout=float(out["timeout"]),
        max_attempts=_int(out["max_attempts"], "[outbox] max_attempts", errs, 1),
    )
    if outbox.ca_file and not outbox.ca_file.exists():
        errs.add(f"[outbox] ca_file {outbox.ca_file} does not exist.")
    digest_time = _time(dig["time"], "[digest] time", errs) or time(8, 0)
    digest_tz = _zone(dig["timezone"] or tz, "[digest] timezone", errs)
    for addr in list(dig["recipients"]) + [ident["address"]]:
        if "@" not in str(addr):
            errs.add(f"'{addr}' is not an e-mail address.")

    per_sender = _int(scr["ack_per_sender_per_day"], "[screen] ack_per_sender_per_day", errs, 0)
    per_hour = _int(scr["ack_global_per_hour"], "[screen] ack_global_per_hour", errs, 0)
    if errs.problems:
        raise ConfigError(errs.problems)
    return Settings(
        path=path,
        campaign_name=camp["name"],
        reference_prefix=camp["reference_prefix"],
        timezone=tz,
        languages=langs,
        address=ident["address"].lower(),
        display_name=ident["display_name"],
        own_addresses=tuple(a.lower() for a in [ident["address"], *ident["own_addresses"]]),
        contact_address=camp["contact_address"] or ident["address"],
        survey_url=camp["survey_url"],
        landing_page_url=camp["landing_page_url"],
        roundtable_themes=tuple(camp["roundtable_themes"]),
        consultation_date=consultation,
        conference=(conf_start, conf_end or conf_start) if conf_start else None,
        deadlines=deadlines,
        late_policy=late_policy,
        source=source,
        storage_root=root,
        database_url=db["url"] or f"sqlite:///{root / 'intake.sqlite3'}",
        outbox=outbox,
        digest_recipients=tuple(dig["recipients"]),
        digest_time=digest_time,
        digest_timezone=digest_tz,
        rules_dir=_path(base, rules["dir"]) if rules["dir"] else PROJECT_ROOT / "rules",
        templates_dir=_path(base, tmpl["dir"]) if tmpl["dir"] else PROJECT_ROOT / "templates",
        authserv_id=scr["authserv_id"],
        ack_per_sender_per_day=per_sender,
        ack_global_per_hour=per_hour,
        secret_env=ident["secret_env"],
        attachment_max_bytes=int(att["max_bytes"]),
        extract_timeout=float(att["extract_timeout"]),
        extract_memory_mb=int(att["extract_memory_mb"]),
        extract_max_pages=int(att["extract_max_pages"]),
        analysis_workers=workers,
    )


def load(path: str | os.PathLike[str] | None, check_env: bool = True) -> Settings:
    """Read and validate a config file; None gives the built-in defaults (embedded demo)."""
    if path is None:
        return parse_settings({}, None, check_env)
    p = Path(path).resolve()
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError([f"The config file {p} does not exist; copy config.example.toml and edit it."]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{p} is not valid TOML ({exc}); fix the line it names."]) from None
    return parse_settings(data, p, check_env)
