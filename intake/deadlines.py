"""Whether a submission arrived by its deadline, and how many days are left.

This module's sole job is to compare two aware instants: when the mail server received the
message (IMAP INTERNALDATE or Maildir mtime, never the sender's Date header, which the sender's
clock and time zone make up) and the deadline of each part of the submission. Which deadline
applies to which category lives here; the deadlines themselves come from config. No clock inside:
`now` is an argument. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from intake.config import Deadline
from intake.model import Timeliness

# The deadline parts of each category. A speaker request is judged by the speaker deadline only,
# even when it arrives before the (later) report deadline; "both" is judged part by part.
PARTS: dict[str, tuple[str, ...]] = {
    "voluntary_report": ("voluntary_report",),
    "speaker_request": ("speaker_request",),
    "both": ("voluntary_report", "speaker_request"),
}


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        # A naive time has no instant: guessing its zone would move the deadline by hours.
        raise ValueError(f"{what} must be timezone-aware, got {value.isoformat()}")
    return value


def check(category: str, received_at: datetime, deadlines: Mapping[str, Deadline]) -> Timeliness:
    """On time when received_at is at or before the deadline instant of every part of the category."""
    received_at = _aware(received_at, "received_at")
    parts: list[tuple[str, bool]] = []
    applied: list[tuple[str, datetime]] = []
    for part in PARTS.get(category, ()):
        deadline = deadlines.get(part)
        if deadline is None:
            continue  # no deadline configured for this part: nothing to be late for
        at = _aware(deadline.at, f"the {part} deadline")
        parts.append((part, received_at <= at))
        applied.append((part, at))
    if not parts:
        return Timeliness(on_time=None)
    return Timeliness(on_time=all(ok for _, ok in parts), parts=tuple(parts), deadlines=tuple(applied))


def days_left(now: datetime, deadline: Deadline) -> int:
    """Calendar days from now to the deadline's day in its zone; 0 on the last day, negative once past."""
    now = _aware(now, "now")
    at = _aware(deadline.at, "the deadline")
    days = (at.date() - now.astimezone(at.tzinfo).date()).days
    # On the last day, after the instant (a deadline set before midnight), it is already past.
    return min(days, -1) if now > at else days
