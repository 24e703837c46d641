"""Render the daily digest of the dev corpus to HTML (and a PNG screenshot when Chromium is installed).

The dev corpus goes through the real pipeline into a temporary store (each message recorded at its
label's received_at), then the digest of the chosen window is written next to OUT. With
/usr/bin/chromium present, headless Chromium screenshots it, so a person can look at the layout.

Usage: python scripts/render_digest.py OUT.html [--since ISO] [--until ISO] [--width 900]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake import digest  # noqa: E402
from intake.analysis import load_context  # noqa: E402
from intake.config import parse_settings  # noqa: E402
from intake.model import RawMail  # noqa: E402
from intake.pipeline import Pipeline  # noqa: E402
from intake.store import Store  # noqa: E402
from tests.corpus import dev_labels  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")


def screenshot(html: Path, png: Path, width: int) -> None:
    """Headless Chromium, with a throw-away profile and no network chatter."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={width},2400", html.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the HTML file to write; the PNG goes next to it")
    ap.add_argument("--since", help="start of the window (ISO 8601 with offset); default: the beginning")
    ap.add_argument("--until", default="2021-02-17T08:00:00+02:00", help="end of the window (ISO 8601 with offset)")
    ap.add_argument("--width", type=int, default=900, help="browser window width for the screenshot")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings = parse_settings({"storage": {"root": str(root / "storage")},
                                   "outbox": {"kind": "file", "path": str(root / "outbox")},
                                   "source": {"kind": "maildir", "path": str(root / "Maildir")}},
                                  root / "config.toml", check_env=False)
        store = Store(settings.database_url)
        store.migrate()
        ctx = load_context(settings)
        for label in sorted(dev_labels(), key=lambda lb: lb["received"]):
            raw = label["path"].read_bytes()
            pipeline = Pipeline(ctx, store, clock=lambda at=label["received"]: at)
            pipeline.handle(RawMail(f"dev:{label['file']}", raw, label["received"], len(raw)))
        until = datetime.fromisoformat(args.until)
        store.set_state("last_fetch", until.isoformat())
        data = digest.build(store, settings, datetime.fromisoformat(args.since) if args.since else None,
                            until, until, ctx.problems)
        args.out.write_text(digest.render_html(data, settings.templates_dir), encoding="utf-8")
        args.out.with_suffix(".txt").write_text(digest.render_text(data, settings.templates_dir), encoding="utf-8")
        store.close()
    print(f"wrote {args.out} and {args.out.with_suffix('.txt')}")
    if CHROMIUM.exists():
        png = args.out.with_suffix(".png")
        screenshot(args.out.resolve(), png, args.width)
        print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
