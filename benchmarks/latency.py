"""Latency: APPEND -> acknowledgement accepted by the SMTP sink, with the daemon running (IDLE).

    .venv/bin/python -m benchmarks.latency [--messages 200] [--workers 1]

Starts a private Dovecot and an aiosmtpd sink, runs the daemon in a thread against them, then APPENDs
speaker requests one at a time (each from a new sender, so no rate cap applies) and waits for each
acknowledgement. Prints median, p95 and max. Target: p95 under 1 s on loopback.
Dovecot holds IDLE notifications for 0.5 s (NOTIFY_DELAY_MSECS), which is included. Each message is
APPENDed on a new connection, as a delivery agent delivers it (Dovecot 2.3 did not push EXISTS to an
IDLE session for the second and later APPENDs of one long-lived connection; the daemon's IDLE slices
then bound the delay at WAIT_SLICE).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from datetime import UTC, datetime

from imapclient import IMAPClient

from benchmarks.common import live_settings, servers
from intake.analysis import load_context
from intake.daemon import Daemon
from intake.outbox import make_transport
from intake.store import Store
from tests.mails import mail


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1, help="[processing] analysis_workers (default 1, as config.example.toml)")
    args = ap.parse_args()
    n = args.messages
    with servers() as s:
        settings = live_settings(s, workers=args.workers)
        store = Store(settings.database_url)
        store.migrate()
        daemon = Daemon(load_context(settings), store, make_transport(settings.outbox))
        thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False})
        thread.start()
        time.sleep(1.0)
        samples = []
        try:
            for i in range(n):
                # A new connection per message, as a delivery agent (LMTP/LDA) delivers each message.
                with IMAPClient(s.dovecot.host, port=s.dovecot.port, ssl=False) as c:
                    c.login(s.dovecot.user, s.dovecot.password)
                    raw = mail(subject=f"Speaker request {i}", sender=f"Speaker {i} <speaker{i}@ngo{i}.example.org>",
                               body=("Dear colleagues,\n\nWe would like to request a floor intervention in thematic "
                                     f"roundtable {1 + i % 4}.\n\nName: Speaker {i}\nTitle: Programme Officer\n"
                                     f"Organization: Network {i}\n\nBest regards"))
                    before = len(s.sink.messages)
                    t0 = time.perf_counter()
                    c.append("INBOX", raw, msg_time=datetime.now(UTC))
                    while len(s.sink.messages) == before:
                        if time.perf_counter() - t0 > 30:
                            raise SystemExit(f"message {i}: no acknowledgement within 30 s")
                        time.sleep(0.001)
                    samples.append(time.perf_counter() - t0)
        finally:  # a failure (a server gone, no acknowledgement) must not leave the daemon's thread running
            daemon.stop()
            thread.join(15)
    samples.sort()
    p95 = samples[max(0, int(round(0.95 * len(samples))) - 1)]
    print(f"latency APPEND -> ack at sink over {n} messages: median {statistics.median(samples) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, max {samples[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
