"""Our own Message-IDs: deterministic per acknowledgement and signed, so that a bounce or an
auto-reply that quotes one is recognised as a reply to us, and a forged one is not. Pure."""

from __future__ import annotations

import hashlib
import hmac
import re

_OURS = re.compile(r"^ack\.([A-Za-z0-9-]+)\.([a-z0-9]+)\.([0-9a-f]{16})@(.+)$")


def _sig(secret: bytes, token: str, nonce: str) -> str:
    return hmac.new(secret, f"{token}.{nonce}".encode(), hashlib.sha256).hexdigest()[:16]


def ack_message_id(secret: bytes, reference: str, nonce: str, domain: str) -> str:
    """The Message-ID (without brackets) of the acknowledgement `nonce` for submission `reference`.

    The same inputs always give the same ID, so a resend after a crash is recognisable.
    """
    token = re.sub(r"[^A-Za-z0-9-]", "-", reference)
    nonce = re.sub(r"[^a-z0-9]", "", nonce.lower()) or "0"
    return f"ack.{token}.{nonce}.{_sig(secret, token, nonce)}@{domain}"


def is_ours(secret: bytes, message_id: str | None) -> bool:
    """True when a Message-ID is one we minted (signature checked)."""
    if not message_id:
        return False
    m = _OURS.match(message_id.strip("<> "))
    return bool(m) and hmac.compare_digest(m.group(3), _sig(secret, m.group(1), m.group(2)))

