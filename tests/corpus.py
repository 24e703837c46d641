"""Where the shared labelled corpus lives, and how to read it (evaluation tests only).

The repository is checked out as X/main with the corpus at X/shared/corpus, on developers'
machines and in CI alike.
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


def require(folder: Path) -> Path:
    if not (folder / "labels.json").exists():
        pytest.fail(f"the shared corpus is missing at {folder}")
    return folder


def dev_labels() -> list[dict]:
    """The dev corpus labels, each with 'path' and a parsed 'received' datetime added."""
    folder = require(DEV)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for label in labels:
        label["path"] = folder / label["file"]
        label["received"] = datetime.fromisoformat(label["received_at"])
    return labels


def public_manifest() -> list[dict]:
    """MANIFEST.tsv rows of the public corpus, each with 'path' added."""
    folder = require(PUBLIC)
    with (folder / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        row["path"] = folder / row["file"]
    return rows
