"""Memory: peak RSS while draining a backlog, and while processing one message with a 20 MB attachment.

    .venv/bin/python -m benchmarks.memory [--messages 2000]

Each scenario runs in a fresh child process so that its peak (VmHWM) is its own. The backlog is the
public corpus repeated with fresh Message-IDs, drained by the pipeline in its batches (SQLite, file
outbox); RSS is sampled every 500 messages to show whether it grows with the backlog. The backlog is
drained twice: analysed in the service's process, and with one analysis worker ([processing]
analysis_workers = 1, as config.example.toml has it), whose peak is reported apart. The document reader
runs in its own capped process (see [attachments] extract_memory_mb); its peak is reported apart too.
Target: under 300 MB, and not growing with the backlog.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, multiprocessing, sys, tempfile
from datetime import UTC, datetime
from pathlib import Path
from benchmarks.common import backlog, rss_mb, peak_rss_mb
from intake.analysis import load_context
from intake.config import parse_settings
from intake.model import RawMail
from intake.outbox import FileTransport, send_due
from intake.pipeline import Pipeline
from intake.store import Store
from intake.workers import AnalysisPool

scenario, n = sys.argv[1], int(sys.argv[2])
root = Path(tempfile.mkdtemp(prefix="bm-mem-"))
st = parse_settings({"storage": {"root": str(root)}, "screen": {"ack_global_per_hour": 10**6}}, root / "c.toml")
store = Store(st.database_url); store.migrate()
ctx = load_context(st)
pool = AnalysisPool(ctx, 1) if scenario == "pooled" else None
pipe = Pipeline(ctx, store, pool=pool)
samples = []
class Backlog:
    # hands the backlog over lazily, as IMAP does, so that the pipeline batches it
    def fetch_new(self):
        for i, raw in enumerate(backlog(n)):
            if i and i % 500 == 0:
                samples.append((i, round(rss_mb(), 1)))
            yield RawMail(f"m{i}", raw, datetime.now(UTC), len(raw))
    def mark_many(self, done): pass
    def confirm(self, through=None): pass
worker = 0.0
if scenario in ("backlog", "pooled"):
    pipe.drain(Backlog())
    if pool is not None:
        worker = max(peak_rss_mb(p.pid) for p in multiprocessing.active_children())
        pool.close()
    samples.append((n, round(rss_mb(), 1)))
    send_due(store, FileTransport(root / "outbox"), 3)
else:
    raw = Path(sys.argv[3]).read_bytes()  # built by the parent, so building it is not counted here
    pipe.handle(RawMail("big", raw, datetime.now(UTC), len(raw)))
    samples.append((1, round(rss_mb(), 1)))
import intake.documents as documents
# the document reader process, still alive: its own peak
reader = peak_rss_mb(documents._shared.process.pid) if documents._shared is not None else 0.0
print(json.dumps({"peak_mb": round(peak_rss_mb(), 1), "samples": samples, "reader_peak_mb": round(reader, 1),
                  "worker_peak_mb": round(worker, 1)}))
"""


def big_message(folder: Path) -> Path:
    """A report with a 20 MB PDF attachment (20,000,000 bytes: under the 20 MiB reading limit)."""
    from tests.mails import mail, minimal_pdf

    head = minimal_pdf("Voluntary GCM review report")
    pdf = head + b"%" + b"x" * (20_000_000 - len(head) - 2) + b"\n"
    raw = mail(subject="Voluntary GCM review report", body="Please find attached our voluntary GCM review report.",
               attachments=[("Big_GCM_Report.pdf", "application/pdf", pdf)])
    path = folder / "big.eml"
    path.write_bytes(raw)
    return path


def run(scenario: str, n: int, *extra: str) -> dict:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", CHILD, scenario, str(n), *extra], cwd=root, capture_output=True,
                         text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=2000)
    n = ap.parse_args().messages
    backlog = run("backlog", n)
    pooled = run("pooled", n)
    with tempfile.TemporaryDirectory() as tmp:
        big = run("big", 1, str(big_message(Path(tmp))))
    print(f"draining {n} messages: peak RSS {backlog['peak_mb']} MB; RSS after each 500: "
          + ", ".join(f"{k}: {v} MB" for k, v in backlog["samples"])
          + f"; document reader peak {backlog['reader_peak_mb']} MB")
    print(f"draining {n} messages with 1 analysis worker: peak RSS {pooled['peak_mb']} MB; RSS after each 500: "
          + ", ".join(f"{k}: {v} MB" for k, v in pooled["samples"])
          + f"; the worker's peak {pooled['worker_peak_mb']} MB")
    print(f"one message with a 20 MB attachment: peak RSS {big['peak_mb']} MB; document reader peak {big['reader_peak_mb']} MB")


if __name__ == "__main__":
    main()
