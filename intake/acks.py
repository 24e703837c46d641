"""From an Analysis to the acknowledgement e-mail: who gets it, what it says, which headers.

The words are in templates/ack (intake.replies renders them); this module only gathers what the
message told us into an AckContext and picks the recipient: Reply-To when present and not a
robot address, else From.
"""

from __future__ import annotations

import re
from datetime import datetime

from intake.analysis import LOOP_HEADER, Analysis, Context
from intake.language import reply_languages
from intake.replies import AckContext, build_email, render

ROBOT_ADDRESS = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]daemon|postmaster|bounces?|auto[-_.]?reply|notifications?)\b",
    re.IGNORECASE,
)


def recipient(analysis: Analysis) -> str | None:
    """Where the acknowledgement goes; None when there is no human address to answer."""
    parsed = analysis.parsed
    if parsed is None:
        return None
    for addr in (parsed.reply_to, parsed.from_addr):
        if addr and "@" in addr and not ROBOT_ADDRESS.match(addr.split("@")[0]):
            return addr
    return None


def ack_context(a: Analysis, reference: str, ctx: Context) -> AckContext:
    """Everything the templates may say about this message."""
    assert a.parsed is not None and a.decision is not None and a.language is not None
    settings = ctx.settings
    languages = reply_languages(a.language)
    speakers = a.fields.speakers if a.decision.is_speaker else ()
    report = set(a.decision.report_attachments)
    return AckContext(
        reference=reference,
        language=languages[0],
        languages=languages,
        outcome=a.ack_outcome or "other",
        category=a.decision.category,
        received_at=a.mail.received_at,
        contact_address=settings.contact_address,
        late=a.timeliness.on_time is False,
        parts=a.timeliness.parts,
        deadlines=settings.deadlines,
        attachments=tuple((att.filename, len(att.payload)) for att in a.parsed.attachments
                          if att.filename in report or (not att.inline and not report)),
        unreadable=a.unreadable_files,
        too_large=a.too_large_files,
        speakers=speakers,
        missing=tuple(tuple(f for f in sp.missing()) for sp in speakers),
        original_subject=a.parsed.subject,
        survey_url=settings.survey_url,
        landing_page_url=settings.landing_page_url,
        sender_name=a.parsed.from_name,
        timezone=settings.timezone,
        consultation=settings.consultation_date,
        conference=settings.conference,
    )


def build_ack(a: Analysis, reference: str, message_id: str, ctx: Context,
              now: datetime) -> tuple[bytes, str | None, str]:
    """The acknowledgement e-mail (its bytes), its recipient, and the first template used."""
    settings = ctx.settings
    to = recipient(a)
    rendered = render(ack_context(a, reference, ctx), settings.templates_dir)
    assert a.parsed is not None
    raw = build_email(
        rendered,
        from_addr=settings.address,
        from_name=settings.display_name,
        to_addr=to or settings.address,
        message_id=message_id,
        in_reply_to=a.parsed.message_id,
        references=a.parsed.references,
        loop_header=LOOP_HEADER,
        loop_value=settings.address,
        date=now,
    )
    return raw, to, rendered.templates[0] if rendered.templates else ""
