"""intake.replies: every template in every language (snapshots), content rules, and the e-mail headers.

Snapshots live in tests/snapshots/; after an intended template change, regenerate them with
UPDATE_SNAPSHOTS=1 /tmp/venv/bin/pytest tests/test_replies.py and review the diff.
"""

from __future__ import annotations

import base64
import dataclasses
import email
import email.policy
import os
import re
from datetime import UTC, date, datetime
from email.header import decode_header, make_header
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from intake.config import Deadline
from intake.model import Speaker
from intake.replies import OUTCOMES, AckContext, _base64_length, build_email, render, reply_subject

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
BEIRUT = ZoneInfo("Asia/Beirut")
DEADLINES = {
    "speaker_request": Deadline("speaker_request", datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)),
    "voluntary_report": Deadline("voluntary_report", datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)),
}
CATEGORY = {"report": "voluntary_report", "speaker": "speaker_request", "both": "both", "declined_late": "speaker_request"}


def context(language: str, outcome: str, **changes: object) -> AckContext:
    """A context that switches on every section the outcome can show."""
    late_speaker = outcome in ("speaker", "both", "declined_late")
    base = AckContext(
        reference="GCM-AR-0042",
        language=language,
        outcome=outcome,
        category=CATEGORY.get(outcome, "other"),
        received_at=datetime(2021, 2, 10, 9, 30, tzinfo=BEIRUT),
        contact_address="gcmrrarabstates@iom.int",
        late=late_speaker,
        parts={
            "report": (("voluntary_report", True),),
            "speaker": (("speaker_request", False),),
            "both": (("voluntary_report", True), ("speaker_request", False)),
            "declined_late": (("speaker_request", False),),
        }.get(outcome, ()),
        deadlines=DEADLINES,
        attachments=(("Rapport volontaire PMM 2021.pdf", 1_234_567), ("شعار.png", 800)),
        unreadable=("scan.pdf",),
        too_large=("video.mp4", "annexes.zip"),
        speakers=(
            Speaker("Salma Haddad", "Director", "Women on the Move Collective (WMC)", ("roundtable", "plenary"), 3),
            Speaker("سلمى الترهوني", None, None, ("rapporteur", "open_discussion")),
        ),
        missing=((), ("title", "affiliation")),
        original_subject="RE: Speaker request",
        survey_url="https://survey.example.org/gcm",
        landing_page_url="https://migrationnetwork.example.org/arab-region",
        sender_name="Salma Haddad",
        consultation=date(2021, 2, 23),
        conference=(date(2021, 2, 24), date(2021, 2, 25)),
    )
    return dataclasses.replace(base, **changes)


CASES = {f"{lang}-{outcome}": context(lang, outcome) for lang in ("ar", "en", "fr") for outcome in OUTCOMES}
CASES |= {
    f"{lang}-report-on-time-plain": context(
        lang, "report", attachments=(), unreadable=(), too_large=(), sender_name="", original_subject=""
    )
    for lang in ("ar", "en", "fr")
}
CASES["stacked-ar-fr-en-needs_review"] = context("ar", "needs_review", languages=("ar", "fr", "en"))


def snapshot_text(ctx: AckContext) -> str:
    rendered = render(ctx, TEMPLATES)
    return f"Subject: {rendered.subject}\n\n{rendered.text}\n==== text/html ====\n{rendered.html}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_snapshot(name: str) -> None:
    got = snapshot_text(CASES[name])
    path = SNAPSHOTS / f"ack-{name}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}; run with UPDATE_SNAPSHOTS=1 and review it"
    assert got == path.read_text(encoding="utf-8")


def test_every_template_file_is_used_by_some_snapshot() -> None:
    used = {name for ctx in CASES.values() for name in render(ctx, TEMPLATES).templates}
    on_disk = {p.relative_to(TEMPLATES).as_posix() for p in (TEMPLATES / "ack").rglob("*.*")}
    assert on_disk - used == set()


def test_arabic_html_is_rtl_and_isolates_latin_names() -> None:
    rendered = render(context("ar", "both"), TEMPLATES)
    assert '<html lang="ar" dir="rtl">' in rendered.html
    assert "<bdi>GCM-AR-0042</bdi>" in rendered.html
    assert "<bdi>Salma Haddad</bdi>" in rendered.html
    assert "<bdi>Rapport volontaire PMM 2021.pdf</bdi>" in rendered.html
    assert "\u2068GCM-AR-0042\u2069" in rendered.text
    assert "\u2068gcmrrarabstates@iom.int\u2069" in rendered.text


def test_arabic_gives_the_correct_dates_from_the_deadlines() -> None:
    text = render(context("ar", "both"), TEMPLATES).text
    assert "الجمعة، 5 فبراير 2021" in text  # speaker deadline (the letter misprints 23 February)
    assert "الثلاثاء، 23 فبراير 2021" in text  # consultation
    assert "24–25 فبراير 2021" in text  # conference (the letter misprints the start as 4 February)
    assert "الجمعة، 23 فبراير" not in text
    moved = {"speaker_request": Deadline("speaker_request", datetime(2021, 2, 9, 23, 59, 59, tzinfo=BEIRUT))}
    text = render(context("ar", "speaker", deadlines=moved), TEMPLATES).text
    assert "الثلاثاء، 9 فبراير 2021" in text and "5 فبراير" not in text


def test_dates_are_shown_in_the_campaign_zone() -> None:
    received = datetime(2021, 2, 5, 21, 59, 59, tzinfo=UTC)  # 23:59 in Beirut
    ctx = context("en", "speaker", received_at=received, late=False, parts=(("speaker_request", True),))
    text = render(ctx, TEMPLATES).text
    assert "Friday, 5 February 2021 at 23:59 (Beirut time)" in text and "within the deadline" in text


def test_late_is_accepted_and_flagged_and_on_time_says_so() -> None:
    late = render(context("fr", "speaker"), TEMPLATES)
    assert "ack/fr/_late.txt" in late.templates and "néanmoins été accepté" in late.text
    on_time = render(context("fr", "report"), TEMPLATES)
    assert "ack/fr/_on_time.txt" in on_time.templates and "_late" not in " ".join(on_time.templates)


def test_missing_asks_for_exactly_what_is_missing() -> None:
    text = render(context("en", "speaker", missing=((), ("affiliation",))), TEMPLATES).text
    assert "for \u2068سلمى الترهوني\u2069: organisation" in text
    assert "title or position" not in text
    none_missing = render(context("en", "speaker", missing=((), ())), TEMPLATES)
    assert "ack/en/_missing.txt" not in none_missing.templates
    no_speaker = render(context("en", "speaker", speakers=(), missing=()), TEMPLATES).text
    assert "for each proposed speaker: full name, title or position and organisation" in no_speaker


def test_needs_review_does_not_claim_a_category() -> None:
    text = render(context("en", "needs_review"), TEMPLATES).text
    assert "report" not in text.lower() and "speaking role" not in text.lower()


def test_other_points_to_survey_and_contact() -> None:
    text = render(context("fr", "other"), TEMPLATES).text
    assert "https://survey.example.org/gcm" in text and "gcmrrarabstates@iom.int" in text


def test_unsure_language_stacks_all_languages_likeliest_first() -> None:
    rendered = render(context("fr", "report", languages=("fr", "en", "ar")), TEMPLATES)
    fr, en, ar = (rendered.text.index(s) for s in ("Merci.", "Thank you.", "نشكركم"))
    assert fr < en < ar
    assert '<html lang="fr" dir="ltr">' in rendered.html and '<div lang="ar" dir="rtl"' in rendered.html
    assert rendered.languages == ("fr", "en", "ar")


def test_html_escapes_what_senders_wrote() -> None:
    evil = Speaker("<script>alert(1)</script>", None, None, ())
    rendered = render(context("en", "speaker", speakers=(evil,), missing=((),)), TEMPLATES)
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html


def test_unknown_outcome_is_refused() -> None:
    with pytest.raises(ValueError):
        render(context("en", "accepted"), TEMPLATES)


@pytest.mark.parametrize(
    ("original", "subject"),
    [
        ("Speaker request", "Re: Speaker request [GCM-AR-0042]"),
        ("RE: Re: Fwd: Speaker request", "Re: Speaker request [GCM-AR-0042]"),
        ("RE : TR : Rapport volontaire", "Re: Rapport volontaire [GCM-AR-0042]"),
        ("TR: Rapport volontaire", "Re: Rapport volontaire [GCM-AR-0042]"),
        ("رد: طلب مداخلة", "Re: طلب مداخلة [GCM-AR-0042]"),
        ("Re: Speaker request [GCM-AR-0042]", "Re: Speaker request [GCM-AR-0042]"),  # reply to our ack
        ("RE: Re: Speaker request [GCM-AR-0042]", "Re: Speaker request [GCM-AR-0042]"),
        ("Re: [GCM-AR-0007] Report", "Re: Report [GCM-AR-0042]"),  # never two tags
        ("Trip report: Amman", "Re: Trip report: Amman [GCM-AR-0042]"),
    ],
)
def test_build_email_subject(original: str, subject: str) -> None:
    msg = _email(context("en", "report", original_subject=original))
    assert msg["Subject"] == subject
    again = _email(context("en", "report", original_subject=msg["Subject"]))
    assert again["Subject"] == subject  # no growth when they answer our answer


def test_empty_subject_uses_the_language_fallback() -> None:
    assert reply_subject("", "GCM-AR-0042") == "Re: [GCM-AR-0042]"
    msg = _email(context("fr", "report", original_subject=""))
    assert msg["Subject"].startswith("Re: Accusé de réception") and msg["Subject"].endswith("[GCM-AR-0042]")


def _raw(ctx: AckContext, **kw: object) -> bytes:
    args: dict = dict(
        from_addr="gcmrrarabstates@iom.int",
        from_name="GCM Regional Review - Arab States",
        to_addr="salma@example.org",
        message_id="ack.GCM-AR-0042.1.abcdef0123456789@iom.int",
        in_reply_to="orig-2@example.org",
        references=("<orig-1@example.org>",),
        loop_value="GCM-AR-0042",
        date=datetime(2021, 2, 10, 9, 31, tzinfo=BEIRUT),
    )
    args.update(kw)
    return build_email(render(ctx, TEMPLATES), **args)


def _email(ctx: AckContext, **kw: object):  # noqa: ANN202
    """The acknowledgement as a mail client reads it."""
    return email.message_from_bytes(_raw(ctx, **kw), policy=email.policy.default)


def test_build_email_headers_and_parts() -> None:
    msg = _email(context("ar", "report", languages=("ar", "en")))
    assert msg["From"] == "GCM Regional Review - Arab States <gcmrrarabstates@iom.int>"
    assert msg["To"] == "salma@example.org"
    assert msg["Message-ID"] == "<ack.GCM-AR-0042.1.abcdef0123456789@iom.int>"
    assert msg["In-Reply-To"] == "<orig-2@example.org>"
    assert msg["References"] == "<orig-1@example.org> <orig-2@example.org>"
    assert msg["Date"] == "Wed, 10 Feb 2021 09:31:00 +0200"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Precedence"] == "auto_reply"
    assert msg["X-GCM-Intake-Loop"] == "GCM-AR-0042"
    assert msg["Content-Language"] == "ar, en"
    assert msg.get_content_type() == "multipart/alternative"
    plain, html = msg.get_payload()
    assert plain.get_content_type() == "text/plain" and "نشكركم" in plain.get_content()
    assert html.get_content_type() == "text/html" and 'dir="rtl"' in html.get_content()


def test_build_email_without_parent_and_custom_loop_header() -> None:
    msg = _email(context("en", "other"), in_reply_to=None, references=(), loop_header="X-Loop")
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert msg["X-Loop"] == "GCM-AR-0042" and msg["X-GCM-Intake-Loop"] is None


def test_build_email_never_quotes_the_incoming_message() -> None:
    msg = _email(context("en", "report"))
    body = msg.get_body(("plain",)).get_content()
    assert not any(line.startswith(">") for line in body.splitlines())
    assert "wrote:" not in body


def test_build_email_bytes_parse_back_to_the_same_headers_and_parts() -> None:
    """What goes on the wire: RFC 2047 for non-ASCII, folded within 78 characters, and decoded unchanged."""
    subject = "Re: طلب مداخلة في المائدة المستديرة رقم ٤ - Accusé de réception, demande de prise de parole"
    ctx = context("ar", "report", languages=("ar", "fr"), original_subject=subject)
    raw = _raw(ctx, from_name='الاستعراض الإقليمي، "الدول العربية"',
               references=tuple(f"<orig-{i}@example.org>" for i in range(8)))
    assert raw.isascii()
    head, _, _ = raw.partition(b"\n\n")
    assert all(len(line) <= 78 for line in raw.split(b"\n"))
    assert b"=?utf-8?" in head and b"<gcmrrarabstates@iom.int>" in head
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert str(parsed["Subject"]) == reply_subject(subject, "GCM-AR-0042")
    assert parsed["From"].addresses[0].addr_spec == "gcmrrarabstates@iom.int"
    folded_from = re.search(r"^From: (.*(?:\n .*)*)", head.decode(), re.MULTILINE)[1].replace("\n", "")
    assert str(make_header(decode_header(folded_from))) == 'الاستعراض الإقليمي، "الدول العربية" <gcmrrarabstates@iom.int>'
    chain = [f"<orig-{i}@example.org>" for i in range(8) if i != 2] + ["<orig-2@example.org>"]  # parent last
    assert str(parsed["References"]) == " ".join(chain)
    assert str(parsed["Content-Language"]) == "ar, fr"
    plain, html = parsed.get_payload()
    rendered = render(ctx, TEMPLATES)
    assert plain.get_content() == rendered.text and html.get_content() == rendered.html
    assert plain.get_content_charset() == html.get_content_charset() == "utf-8"


def test_the_base64_length_worked_out_is_what_encoding_gives() -> None:
    """A text part goes base64 only when that is shorter than quoted-printable; its length is computed, not encoded."""
    for size in [*range(0, 400), 4_095, 4_096, 65_537]:
        assert _base64_length(size) == len(base64.encodebytes(bytes(size))), size
