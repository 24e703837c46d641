"""Where the labelled corpora live, and how to read them (evaluation tests only).

The repository is checked out as X/main with the shared corpus at X/shared/corpus, on developers'
machines and in CI alike; the labelled sets written independently of the rules are in tests/data.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEV = CORPUS / "dev"
PUBLIC = CORPUS / "public"

DATA = Path(__file__).resolve().parent / "data"
TUNING = DATA / "tuning"
TUNING2 = DATA / "tuning2"
HOLDOUT = DATA / "holdout"
HOLDOUT2 = DATA / "holdout2"


def require(folder: Path) -> Path:
    if not (folder / "labels.json").exists():
        pytest.fail(f"the labelled corpus is missing at {folder}")
    return folder


def labels(folder: Path) -> list[dict]:
    """A labelled folder's labels, each with 'path' and a parsed 'received' datetime added."""
    folder = require(folder)
    rows = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for label in rows:
        label["path"] = folder / label["file"]
        label["received"] = datetime.fromisoformat(label["received_at"])
    return rows


def dev_labels() -> list[dict]:
    """The dev corpus labels (see labels)."""
    return labels(DEV)


def public_manifest() -> list[dict]:
    """MANIFEST.tsv rows of the public corpus, each with 'path' added."""
    folder = require(PUBLIC)
    with (folder / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        row["path"] = folder / row["file"]
    return rows
