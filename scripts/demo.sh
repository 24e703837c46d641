#!/usr/bin/env bash
# Installs gcm-intake in .venv and runs it once on the bundled sample mailbox (README command 1).
# Acknowledgements land in storage/demo/outbox/; running it again changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
# git does not keep file times, and a Maildir message's arrival time is its file's mtime: restore
# each sample's arrival time from the epoch seconds that start its Maildir file name.
.venv/bin/python - <<'PY'
import os, pathlib
for p in pathlib.Path("examples/mailbox").glob("*/*"):
    head = p.name.split(".", 1)[0]
    if p.is_file() and head.isdigit():
        os.utime(p, (int(head), int(head)))
PY
.venv/bin/intake --config examples/config.toml run --once
echo
echo "Acknowledgements written to: storage/demo/outbox/"
