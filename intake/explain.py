"""Operator views that write nothing: explain, preview-ack and rules test.

They run intake.analysis.analyse, the same code path as the daemon, and print its trail.
"""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from intake.acks import build_ack
from intake.analysis import Analysis, Context, History, analyse
from intake.evaluate import load_labels
from intake.model import CATEGORIES, RawMail


def _speaker_line(sp: object) -> str:
    from intake.model import Speaker

    assert isinstance(sp, Speaker)
    prov = dict(sp.provenance)
    parts = [f'{f}="{getattr(sp, f) or ""}"' + (f"<{prov[f]}>" if f in prov else "") for f in ("name", "title", "affiliation")]
    roles = ",".join(sp.roles) + (f" #{sp.roundtable}" if sp.roundtable else "")
    return " ".join(parts) + f" roles=[{roles}]" + (f" honorific={sp.honorific}" if sp.honorific else "")


def render_trail(a: Analysis, ctx: Context) -> str:
    """The decision trail, one stage per line (as in STYLE.md)."""
    lines = [f"message   {a.parsed.message_id if a.parsed else '-'}  received {a.mail.received_at.isoformat()}"]
    if a.error:
        lines.append(f"parse     QUARANTINE  {a.error}")
        return "\n".join(lines)
    v = a.verdict
    assert v is not None
    lines.append(f"screen    {v.kind:<14} rule={v.rule}  {v.reason}" + (f"  evidence={list(v.evidence)}" if v.evidence else ""))
    if v.dsn:
        lines.append(f"          dsn action={v.dsn.action} status={v.dsn.status} recipient={v.dsn.final_recipient} "
                     f"original={v.dsn.original_message_id}")
    d = a.decision
    if d is not None:
        lines.append(f"classify  {d.category:<14} confidence={d.confidence:.2f}  scores={dict(d.scores)}  "
                     f"threshold={ctx.ruleset.decide:g} review band={ctx.ruleset.review:g}..{ctx.ruleset.decide:g}"
                     + ("  NEEDS REVIEW" if d.needs_review else ""))
        for h in d.hits:
            lines.append(f"          + {h.rule:<32} {h.category:<17} {h.weight:+.1f}  in {h.where}: {h.match[:60]!r}")
        if d.misses:
            lines.append(f"          misses={list(d.misses)}")
        if d.report_attachments:
            lines.append(f"          report attachments={list(d.report_attachments)}")
        for name, doc in a.docs.items():
            lines.append(f"          document {name!r}: {doc.status} {doc.detail}".rstrip())
    if a.language:
        lines.append(f"language  {a.language.language}  confident={a.language.confident} from {a.language.source} "
                     f"ranking={list(a.language.ranking)}")
    for sp in a.fields.speakers:
        lines.append(f"extract   {_speaker_line(sp)}")
    if d is not None and d.is_speaker and not a.fields.speakers:
        lines.append("extract   no speaker found")
    if a.fields.missing:
        lines.append(f"          missing={list(a.fields.missing)}")
    if a.fields.organisation or a.fields.report_title:
        lines.append(f"          organisation={a.fields.organisation!r} report_title={a.fields.report_title!r}")
    t = a.timeliness
    state = "n/a" if t.on_time is None else ("on_time" if t.on_time else "late")
    lines.append(f"deadline  {state}  " + " ".join(f"{c}={'on time' if ok else 'late'}" for c, ok in t.parts))
    if a.thread:
        lines.append(f"thread    {a.followup} of {a.thread.reference} (via {a.thread.via})")
    lines.append(f"status    {a.status}  reasons={list(a.reasons)}")
    lines.append(f"reply     {'yes: ' + str(a.ack_outcome) if a.acknowledge else 'no'}")
    return "\n".join(lines)


def explain(mail: RawMail, ctx: Context, history: History | None) -> str:
    """Analyse one message and print its trail, plus the templates its acknowledgement uses."""
    a = analyse(mail, ctx, history)
    out = render_trail(a, ctx)
    if a.acknowledge and a.decision is not None:
        _msg, to, template = build_ack(a, f"{ctx.settings.reference_prefix}-0000", "preview@localhost", ctx,
                                       datetime.now(UTC))
        out += f"  to={to}  template={ctx.settings.templates_dir / template}"
    return out


def preview_ack(mail: RawMail, ctx: Context) -> str:
    """The acknowledgement a message would get, as the e-mail it would be (or why none)."""
    a = analyse(mail, ctx, None)
    if not a.acknowledge or a.decision is None:
        return "no acknowledgement: " + "; ".join(a.reasons)
    raw, _to, _t = build_ack(a, f"{ctx.settings.reference_prefix}-0000", "preview@localhost", ctx, datetime.now(UTC))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    text = msg.get_body(("plain",))
    head = "\n".join(f"{k}: {v}" for k, v in msg.items())
    return head + "\n\n" + (text.get_content() if text else "")


def rules_test(folder: Path, ctx: Context) -> str:
    """Classify every labelled message alone; print the confusion matrix and each miss with its signals."""
    labels = load_labels(folder)
    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for lab in sorted(labels, key=lambda x: x["file"]):
        raw = (folder / lab["file"]).read_bytes()
        mail = RawMail(f"test:{lab['file']}", raw, datetime.fromisoformat(lab["received_at"]), len(raw))
        a = analyse(mail, ctx, None)
        got = a.category or ("quarantined" if a.error else "none")
        confusion[(lab["category"], got)] += 1
        if got != lab["category"]:
            hits = ", ".join(f"{h.rule}({h.category} {h.weight:+.1f})" for h in (a.decision.hits if a.decision else ()))
            screen = f"screen={a.verdict.kind}/{a.verdict.rule}" if a.verdict else f"error={a.error}"
            misses.append(f"{lab['file']}: label {lab['category']}, got {got}; {screen}; signals: {hits or 'none'}")
    cols = [c for c in CATEGORIES if any(c in k for k in confusion)] + sorted(
        {g for _, g in confusion} - set(CATEGORIES))
    total = sum(confusion.values())
    right = sum(v for (a, b), v in confusion.items() if a == b)
    lines = [f"category accuracy: {100.0 * right / total:.1f} % ({right}/{total})", "",
             "label \\ predicted  " + "".join(f"{c[:9]:>10}" for c in cols)]
    for c in cols:
        if any(k[0] == c for k in confusion):
            lines.append(f"{c:<18}" + "".join(f"{confusion.get((c, p), 0):>10}" for p in cols))
    lines += ["", f"misclassified: {len(misses)}"] + [f"  {m}" for m in misses]
    return "\n".join(lines)
