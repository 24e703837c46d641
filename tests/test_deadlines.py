"""intake.deadlines: the server's arrival instant against each part's deadline instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from intake.config import Deadline, parse_settings
from intake.deadlines import check, days_left
from intake.parse import parse
from tests.corpus import dev_labels

BEIRUT = ZoneInfo("Asia/Beirut")
DEADLINES = {
    "speaker_request": Deadline("speaker_request", datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)),
    "voluntary_report": Deadline(
        "voluntary_report",
        datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT),
        original=datetime(2021, 2, 12, 23, 59, 59, tzinfo=BEIRUT),
    ),
}


@pytest.mark.parametrize(
    ("category", "received", "on_time"),
    [
        ("speaker_request", datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT), True),
        ("speaker_request", datetime(2021, 2, 6, 0, 0, 0, tzinfo=BEIRUT), False),
        ("voluntary_report", datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT), True),
        ("voluntary_report", datetime(2021, 2, 17, 0, 0, 0, tzinfo=BEIRUT), False),
        # after the original 12 February date but within the extension
        ("voluntary_report", datetime(2021, 2, 14, 10, 0, tzinfo=BEIRUT), True),
    ],
)
def test_last_second_and_first_second_in_the_zone(category: str, received: datetime, on_time: bool) -> None:
    assert check(category, received, DEADLINES).on_time is on_time


def test_senders_far_east_and_far_west_are_judged_on_the_instant() -> None:
    # 6 Feb 04:30 in Tokyo (UTC+9) is 5 Feb 21:30 in Beirut: on time.
    tokyo = datetime(2021, 2, 6, 4, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert check("speaker_request", tokyo, DEADLINES).on_time is True
    # 5 Feb 17:30 in Los Angeles (UTC-8) is 6 Feb 03:30 in Beirut: late, though "5 Feb" locally.
    los_angeles = datetime(2021, 2, 5, 17, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert check("speaker_request", los_angeles, DEADLINES).on_time is False
    # Exactly the deadline instant, written in UTC.
    utc = datetime(2021, 2, 5, 21, 59, 59, tzinfo=UTC)
    assert check("speaker_request", utc, DEADLINES).on_time is True
    assert check("speaker_request", utc + timedelta(seconds=1), DEADLINES).on_time is False


def test_date_header_that_disagrees_is_not_used() -> None:
    raw = (
        b"From: a@example.org\r\nTo: gcmrrarabstates@iom.int\r\nSubject: Speaker request\r\n"
        b"Date: Fri, 05 Feb 2021 10:00:00 +0200\r\nMessage-ID: <x@example.org>\r\n\r\nHello\r\n"
    )
    parsed = parse(raw)
    server_arrival = datetime(2021, 2, 8, 9, 0, tzinfo=BEIRUT)  # the sender's clock said 5 February
    result = check("speaker_request", server_arrival, DEADLINES)
    assert parsed.date is not None and parsed.date < DEADLINES["speaker_request"].at
    assert result.on_time is False


def test_speaker_request_after_its_deadline_is_late_even_before_the_report_deadline() -> None:
    result = check("speaker_request", datetime(2021, 2, 10, 12, 0, tzinfo=BEIRUT), DEADLINES)
    assert result.on_time is False
    assert result.parts == (("speaker_request", False),)
    assert result.deadlines == (("speaker_request", DEADLINES["speaker_request"].at),)


def test_both_is_on_time_only_when_each_part_is() -> None:
    early = check("both", datetime(2021, 2, 4, 12, 0, tzinfo=BEIRUT), DEADLINES)
    assert early.on_time is True and dict(early.parts) == {"voluntary_report": True, "speaker_request": True}
    middle = check("both", datetime(2021, 2, 10, 12, 0, tzinfo=BEIRUT), DEADLINES)
    assert middle.on_time is False and dict(middle.parts) == {"voluntary_report": True, "speaker_request": False}


@pytest.mark.parametrize("category", ["other", "auto_reply", "bounce"])
def test_categories_without_deadline(category: str) -> None:
    assert check(category, datetime(2021, 3, 1, tzinfo=BEIRUT), DEADLINES).on_time is None


def test_missing_deadline_in_config_means_no_deadline_for_that_part() -> None:
    only_reports = {"voluntary_report": DEADLINES["voluntary_report"]}
    assert check("speaker_request", datetime(2021, 3, 1, tzinfo=BEIRUT), only_reports).on_time is None
    assert check("both", datetime(2021, 2, 10, tzinfo=BEIRUT), only_reports).parts == (("voluntary_report", True),)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        check("speaker_request", datetime(2021, 2, 5, 12, 0), DEADLINES)


def test_dev_corpus_on_time_matches_labels_for_every_message() -> None:
    deadlines = parse_settings({}, None, check_env=False).deadlines  # the configured defaults
    labels = dev_labels()
    wrong = [
        (label["file"], label["on_time"])
        for label in labels
        if check(label["category"], label["received"], deadlines).on_time is not label["on_time"]
    ]
    assert len(labels) == 60 and wrong == []


def test_days_left() -> None:
    deadline = DEADLINES["voluntary_report"]
    assert days_left(datetime(2021, 2, 10, 8, 0, tzinfo=BEIRUT), deadline) == 6
    assert days_left(datetime(2021, 2, 16, 8, 0, tzinfo=BEIRUT), deadline) == 0
    assert days_left(datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT), deadline) == 0
    assert days_left(datetime(2021, 2, 17, 0, 0, 0, tzinfo=BEIRUT), deadline) == -1
    assert days_left(datetime(2021, 2, 20, 8, 0, tzinfo=BEIRUT), deadline) == -4
    # 15 Feb 23:30 UTC is already 16 Feb in Beirut: the last day.
    assert days_left(datetime(2021, 2, 15, 23, 30, tzinfo=UTC), deadline) == 0
    # A deadline at noon that has passed on its own day counts as past.
    noon = Deadline("speaker_request", datetime(2021, 2, 5, 12, 0, tzinfo=BEIRUT))
    assert days_left(datetime(2021, 2, 5, 13, 0, tzinfo=BEIRUT), noon) == -1
