"""`intake eval FOLDER`: run the real pipeline offline over a labelled folder and score it.

The folder holds *.eml and labels.json (the shared LABELS.md format). Messages are processed in
arrival order (label received_at) into a throwaway store, with acknowledgements written to a
throwaway file outbox, exactly as the daemon would; then each export record is compared with its
label. Scores are printed per field, with a confusion matrix of categories.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from intake.analysis import load_context
from intake.config import Settings
from intake.errors import IntakeError
from intake.export import record
from intake.model import CATEGORIES, RawMail
from intake.outbox import FileTransport, send_pending
from intake.pipeline import Pipeline
from intake.store import Store

_AR_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


def norm(value: object) -> str:
    """Compare text after normalising case, white space, Arabic letter variants and diacritics."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold().translate(_AR_VARIANTS)
    text = "".join(c for c in text if not unicodedata.combining(c) and not ("\u064b" <= c <= "\u0652"))
    return re.sub(r"\s+", " ", text).strip(" .,;:،")


@dataclass
class Score:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __str__(self) -> str:
        pct = 100.0 * self.right / self.total if self.total else 100.0
        return f"{pct:6.1f} %  ({self.right}/{self.total})"


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    records: dict[str, dict[str, object]] = field(default_factory=dict)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def render(self) -> str:
        lines = ["field                  score"]
        lines += [f"{name:<22} {s}" for name, s in self.scores.items()]
        cats = [c for c in CATEGORIES if any(c in k for k in self.confusion)]
        extra = sorted({p for _, p in self.confusion} - set(cats), key=str)
        cols = cats + extra
        lines += ["", "confusion (rows: label, columns: predicted)",
                  " " * 18 + "".join(f"{_short(c):>9}" for c in cols)]
        for c in cats:
            lines.append(f"{c:<18}" + "".join(f"{self.confusion.get((c, p), 0):>9}" for p in cols))
        if self.wrong:
            lines += ["", "differences:"] + [f"  {w}" for w in self.wrong]
        return "\n".join(lines)


def _short(c: str | None) -> str:
    return {"voluntary_report": "report", "speaker_request": "speaker", "auto_reply": "auto",
            None: "none"}.get(c, str(c))[:9]


def load_labels(folder: Path) -> list[dict]:
    """The labels of a labelled folder (LABELS.md), checked; every problem is one IntakeError sentence."""
    if not folder.is_dir():
        raise IntakeError(f"{folder} is not a folder; give a labelled folder with *.eml and labels.json.")
    path = folder / "labels.json"
    if not path.is_file():
        raise IntakeError(f"{folder} has no labels.json; a labelled folder needs one (see LABELS.md).")
    try:
        labels = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise IntakeError(f"{path} cannot be read as UTF-8 text ({exc}).") from None
    except json.JSONDecodeError as exc:
        raise IntakeError(f"{path} is not valid JSON ({exc}).") from None
    if not isinstance(labels, list):
        raise IntakeError(f"{path} must hold a list of labels (see LABELS.md).")
    for i, lab in enumerate(labels):
        missing = [k for k in ("file", "received_at", "category", "language", "acknowledge") if not isinstance(lab, dict) or k not in lab]
        if missing:
            raise IntakeError(f"{path}: label {i + 1} lacks {', '.join(missing)} (see LABELS.md).")
        if not isinstance(lab["file"], str) or not (folder / lab["file"]).is_file():
            raise IntakeError(f"{path}: label {i + 1} names {lab['file']!r}, which is not a file in {folder}.")
        if not isinstance(lab["category"], str) or lab["category"] not in (*CATEGORIES, "unknown"):
            raise IntakeError(f"{path}: label {i + 1} has category {lab['category']!r}; "
                              f"use one of {', '.join(CATEGORIES)} or unknown.")
        try:
            if datetime.fromisoformat(lab["received_at"]).tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            raise IntakeError(f"{path}: label {i + 1} has received_at {lab['received_at']!r}; "
                              "write ISO 8601 with an offset.") from None
    return sorted(labels, key=lambda lab: (lab["received_at"], lab["file"]))


def run(folder: Path, settings: Settings) -> Report:
    """Process the folder through the pipeline in a temporary storage root and score it."""
    labels = load_labels(folder)
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp:
        root = Path(tmp)
        settings = replace(settings, storage_root=root, database_url=f"sqlite:///{root / 'eval.sqlite3'}",
                           outbox=replace(settings.outbox, kind="file", path=root / "outbox"))
        store = Store(settings.database_url)
        store.migrate()
        ctx = load_context(settings)
        pipeline = Pipeline(ctx, store)
        mid_to_file: dict[str, str] = {}
        row_of: dict[str, int] = {}
        for lab in labels:
            raw = (folder / lab["file"]).read_bytes()
            received = datetime.fromisoformat(lab["received_at"])
            res = pipeline.handle(RawMail(source_id=f"eval:{lab['file']}", raw=raw, received_at=received, size=len(raw)))
            if res.message_row_id is not None:
                row_of[lab["file"]] = res.message_row_id
        send_pending(store, FileTransport(settings.outbox.path), settings)  # type: ignore[arg-type]
        by_id = {m.id: m for m in store.messages()}
        for lab in labels:
            m = by_id.get(row_of.get(lab["file"], -1))
            if m is not None and m.message_id:
                mid_to_file.setdefault(m.message_id, lab["file"])
        report = Report()
        for lab in labels:
            m = by_id.get(row_of.get(lab["file"], -1))
            rec = record(m, settings.tz) if m is not None else {}
            report.records[lab["file"]] = rec
            _compare(report, lab, rec, mid_to_file)
        store.close()
    return report


def _compare(rep: Report, lab: dict, rec: dict, mid_to_file: dict[str, str]) -> None:
    f = lab["file"]

    def check(name: str, ok: bool, detail: str) -> None:
        rep.score(name).add(ok)
        if not ok:
            rep.wrong.append(f"{f}: {name}: {detail}")

    # A label's category `unknown` and acknowledge null say the label does not know (LABELS.md: the public
    # corpus labels screening only): neither is scored, and the message stays out of the confusion matrix.
    if lab["category"] != "unknown":
        rep.confusion[(lab["category"], rec.get("category"))] += 1  # type: ignore[arg-type]
        check("category", rec.get("category") == lab["category"], f"label {lab['category']}, got {rec.get('category')}")
    if lab["acknowledge"] is not None:
        check("acknowledge", rec.get("acknowledged") == lab["acknowledge"],
              f"label {lab['acknowledge']}, got {rec.get('acknowledged')}")
    if lab["acknowledge"]:
        check("ack_language", rec.get("ack_language") == lab["language"], f"label {lab['language']}, got {rec.get('ack_language')}")
    if lab.get("on_time") is not None:
        check("on_time", rec.get("on_time") == lab["on_time"], f"label {lab['on_time']}, got {rec.get('on_time')}")
    thread = mid_to_file.get(rec.get("thread_of") or "")  # type: ignore[arg-type]
    check("thread_of", thread == lab.get("thread_of"), f"label {lab.get('thread_of')}, got {thread}")
    if lab["category"] in ("voluntary_report", "both") or lab.get("report_attachments"):
        got = sorted(rec.get("report_attachments") or [])  # type: ignore[arg-type]
        check("report_attachments", got == sorted(lab.get("report_attachments") or []),
              f"label {lab.get('report_attachments')}, got {got}")
    want = lab.get("speakers") or []
    got_sp = list(rec.get("speakers") or [])  # type: ignore[arg-type]
    if not want:
        if lab["category"] not in ("auto_reply", "bounce"):
            check("no_invented_speaker", not got_sp, f"no speaker in label, got {len(got_sp)}")
        return
    check("speaker_count", len(got_sp) == len(want), f"label {len(want)}, got {len(got_sp)}")
    for i, w in enumerate(want):
        g = _best(w, got_sp) if got_sp else {}
        for key in ("name", "title", "affiliation"):
            check(key, norm(g.get(key)) == norm(w.get(key)), f"speaker {i + 1}: label {w.get(key)!r}, got {g.get(key)!r}")
        check("roles", sorted(g.get("roles") or []) == sorted(w.get("roles") or []),
              f"speaker {i + 1}: label {w.get('roles')}, got {g.get('roles')}")
        check("roundtable", g.get("roundtable") == w.get("roundtable"),
              f"speaker {i + 1}: label {w.get('roundtable')}, got {g.get('roundtable')}")


def _best(want: dict, got: list[dict]) -> dict:
    """The extracted speaker whose name matches best (exact normalised match, else same position)."""
    for g in got:
        if norm(g.get("name")) == norm(want.get("name")):
            return g
    wn = set(norm(want.get("name")).split())
    return max(got, key=lambda g: len(wn & set(norm(g.get("name")).split())))
