"""Helpers of the extraction tests: the operators' rules, a short message, and its extraction."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from intake.extract import ExtractRules, extract, load_extract_rules
from intake.model import Decision, DocText, Fields, Parsed
from intake.parse import parse
from intake.text import carry_forward, split

RULES_PATH = Path(__file__).resolve().parents[1] / "rules" / "extract.toml"


def load_rules() -> ExtractRules:
    """rules/extract.toml as shipped, which must load without a problem."""
    loaded, problems = load_extract_rules(RULES_PATH)
    assert problems == []
    return loaded


def decision(category: str, reports: tuple[str, ...] = ()) -> Decision:
    return Decision(category=category, confidence=1.0, needs_review=False, report_attachments=reports)


def message(body: str, subject: str = "Request", from_: str = "Someone <someone@example.org>",
            html: str | None = None, forward: EmailMessage | None = None) -> Parsed:
    """A message to the secretariat with this body (and HTML part, and forwarded message)."""
    msg = EmailMessage()
    msg["From"] = from_
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<t@example.org>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if forward is not None:
        msg.add_attachment(forward)
    return parse(msg.as_bytes())


def run(parsed: Parsed, rules: ExtractRules, category: str = "speaker_request", language: str = "en",
        docs: dict[str, DocText] | None = None, themes: tuple[str, ...] = ()) -> Fields:
    """Extraction of a message classified as `category`."""
    return extract(parsed, carry_forward(split(parsed.text), parsed.subject), decision(category), language,
                   docs or {}, rules, themes)
