"""The secretariat's subcommands: digest, review, sheets and publish.

`intake.cli.build_parser` calls `add_commands`; each handler takes (args, settings) and returns the
exit status, like those in intake/cli.py. A request that cannot be carried out raises IntakeError
with one sentence. Every review action names who did it (--actor, default $USER) in the audit log.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from intake.config import Settings
from intake.errors import IntakeError


def _store(settings: Settings):  # noqa: ANN202 - imported lazily to keep `intake --help` fast
    from intake.store import Store

    store = Store(settings.database_url)
    store.migrate()
    return store


def _now() -> datetime:
    return datetime.now(UTC)


def _actor(args: argparse.Namespace) -> str:
    return args.actor or os.environ.get("USER") or getpass.getuser()


def _since(text: str, settings: Settings) -> datetime:
    """A date (midnight in the campaign's zone) or an ISO time with offset."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise IntakeError(f"--since {text!r} is not a date such as 2021-02-10 or a time such as 2021-02-10T08:00+02:00.") from None
    return when if when.tzinfo else when.replace(tzinfo=settings.tz)


# ---------------------------------------------------------------- digest
def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    """Preview the digest (--preview FILE), print it, or send an ad-hoc one (--since DATE --send)."""
    from intake import digest
    from intake.analysis import load_context

    store = _store(settings)
    ctx = load_context(settings)
    now = _now()
    since = _since(args.since, settings) if args.since else digest.last_until(store)
    if args.send:
        if not settings.digest_recipients:
            raise IntakeError("No digest recipients are configured; add [digest] recipients to the config.")
        from intake.outbox import make_transport, send_pending

        rows = digest.queue_adhoc(ctx, store, since, now)
        counts = send_pending(store, make_transport(settings.outbox), settings)
        print(f"digest queued for {len(rows)} recipient(s); outbox: sent {counts['sent']}, retry {counts['retry']}, "
              f"failed {counts['failed']}")
        return 0
    data = digest.build(store, settings, since, now, now, ctx.problems)
    if args.preview:
        out = Path(args.preview)
        if not out.parent.is_dir():
            raise IntakeError(f"The folder {out.parent} does not exist; create it or write the preview elsewhere.")
        out.write_text(digest.render_html(data, settings.templates_dir), encoding="utf-8")
        print(f"wrote {out} ({digest.subject(data)}); nothing was sent")
        return 0
    sys.stdout.write(digest.render_text(data, settings.templates_dir))
    return 0


# ---------------------------------------------------------------- review
def cmd_review_list(args: argparse.Namespace, settings: Settings) -> int:
    """List what waits for review, and the speakers with their numbers and decisions."""
    store = _store(settings)
    msgs = store.messages()
    waiting = [m for m in msgs if m.status == "needs_review"]
    print(f"needs review ({len(waiting)}):")
    for m in waiting:
        ref = m.submission.reference if m.submission else "-"
        print(f"  message {m.id:<5} {ref:<13} {m.sender:<35} {'; '.join(m.reasons)[:90]}")
    subs = {m.submission.id: m.submission for m in msgs if m.submission is not None}
    speakers = [(sub, sp) for sub in subs.values() for sp in sub.speakers if sp.active]
    print(f"\nspeakers ({len(speakers)}):")
    for sub, sp in speakers:
        print(f"  #{sp.id:<5} {sub.reference:<13} {(sp.name or '(no name)')[:30]:<30} {', '.join(sp.roles) or '-':<22} "
              f"{sp.decision or 'no decision'}{' / ' + sp.decision_session if sp.decision_session else ''}")
    return 0


def cmd_review_reclassify(args: argparse.Namespace, settings: Settings) -> int:
    """Change the category of a message (number) or a submission (reference)."""
    from intake.review import reclassify

    print(reclassify(_store(settings), settings, args.target, args.category, actor=_actor(args), now=_now()).describe())
    return 0


def cmd_review_speaker(args: argparse.Namespace, settings: Settings) -> int:
    """Correct a speaker's details."""
    from intake.review import correct_speaker

    changes: dict[str, object] = {k: getattr(args, k) for k in ("name", "title", "affiliation", "honorific")
                                  if getattr(args, k) is not None}
    if args.roles is not None:
        changes["roles"] = [r.strip() for r in args.roles.split(",") if r.strip()]
    if args.roundtable is not None:
        changes["roundtable"] = args.roundtable or None  # 0 clears it
    print(correct_speaker(_store(settings), args.speaker, changes, actor=_actor(args), now=_now()).describe())
    return 0


def cmd_review_merge(args: argparse.Namespace, settings: Settings) -> int:
    """Merge a duplicate submission into the one to keep."""
    from intake.review import merge

    print(merge(_store(settings), args.keep, args.duplicate, actor=_actor(args), now=_now()).describe())
    return 0


def cmd_review_resolve(args: argparse.Namespace, settings: Settings) -> int:
    """Mark a needs-review message or submission resolved."""
    from intake.review import resolve

    print(resolve(_store(settings), args.target, args.note or "", actor=_actor(args), now=_now()).describe())
    return 0


def cmd_review_decide(args: argparse.Namespace, settings: Settings) -> int:
    """Record the decision on a speaking role."""
    from intake.review import decide

    print(decide(_store(settings), args.speaker, args.decision, args.session, actor=_actor(args), now=_now()).describe())
    return 0


def cmd_review_notify(args: argparse.Namespace, settings: Settings) -> int:
    """Queue the decision e-mail to the speaker, in the submission's language, and send the outbox."""
    from intake.outbox import make_transport, send_pending
    from intake.review import queue_decision

    store = _store(settings)
    change = queue_decision(store, settings, args.speaker, actor=_actor(args), now=_now(), again=args.again)
    print(f"decision e-mail queued to {change.after['recipient']} in {change.after['language']}")
    if not args.no_send:
        counts = send_pending(store, make_transport(settings.outbox), settings)
        print(f"outbox: sent {counts['sent']}, retry {counts['retry']}, failed {counts['failed']}")
    return 0


# ---------------------------------------------------------------- sheets and publish
def cmd_sheets(args: argparse.Namespace, settings: Settings) -> int:
    """Export the speakers or reports sheet as CSV or XLSX."""
    from intake.sheets import export

    n = export(_store(settings), settings, args.what, args.format, Path(args.output))
    print(f"wrote {args.output}: {n} {args.what} row(s)")
    return 0


def cmd_publish(args: argparse.Namespace, settings: Settings) -> int:
    """Build the publication bundle of voluntary reports."""
    from intake.sheets import publish

    items = publish(_store(settings), settings, Path(args.out_dir), _now())
    copied = sum(len(p.files) for p in items)
    print(f"wrote {args.out_dir}: {len(items)} report(s), {copied} file(s), index.csv and index.html")
    return 0


def _add(subs: argparse._SubParsersAction, name: str, handler: object, help_text: str,
         example: str) -> argparse.ArgumentParser:
    sp = subs.add_parser(name, help=help_text, description=help_text, epilog=f"Example: {example}")
    sp.set_defaults(handler=handler)
    return sp


def add_commands(subs: argparse._SubParsersAction) -> None:
    """Add digest, review, sheets and publish to the `intake` parser."""
    d = _add(subs, "digest", cmd_digest, "Preview, print or send the secretariat's digest.",
             "intake digest --preview digest.html")
    d.add_argument("--preview", metavar="FILE", help="write the HTML digest to FILE; send nothing")
    d.add_argument("--since", metavar="DATE", help="start of the window (default: where the last daily digest stopped)")
    d.add_argument("--send", action="store_true", help="send an ad-hoc digest to the [digest] recipients now")

    r = _add(subs, "review", cmd_review_list, "Review actions; each is recorded in the audit log.",
             "intake review resolve GCM-AR-0023 --note 'title confirmed by phone'")
    r.add_argument("--actor", help="who does this (default: $USER)")
    rs = r.add_subparsers(dest="review_command", metavar="ACTION")
    actor = argparse.ArgumentParser(add_help=False)
    actor.add_argument("--actor", help="who does this (default: $USER)")

    def action(name: str, handler: object, help_text: str, example: str) -> argparse.ArgumentParser:
        sp = rs.add_parser(name, help=help_text, description=help_text, epilog=f"Example: {example}", parents=[actor])
        sp.set_defaults(handler=handler)
        return sp

    action("list", cmd_review_list, "List items needing review and speakers with their numbers.", "intake review list")
    a = action("reclassify", cmd_review_reclassify, "Change the category of a message or submission.",
               "intake review reclassify GCM-AR-0004 speaker_request")
    a.add_argument("target", help="a submission reference (GCM-AR-0004) or a message number (17)")
    a.add_argument("category", help="voluntary_report | speaker_request | both | other")
    a = action("speaker", cmd_review_speaker, "Correct a speaker's name, title, affiliation or roles.",
               "intake review speaker 12 --title 'Programme Officer' --roles roundtable --roundtable 2")
    a.add_argument("speaker", type=int, help="speaker number (see `intake review list`)")
    for f in ("name", "title", "affiliation", "honorific"):
        a.add_argument(f"--{f}", help=f"the corrected {f} ('' clears it)")
    a.add_argument("--roles", help="comma-separated: open_discussion, rapporteur, plenary, roundtable")
    a.add_argument("--roundtable", type=int, help="1-4 (0 clears it)")
    a = action("merge", cmd_review_merge, "Merge a duplicate submission into the one to keep.",
               "intake review merge GCM-AR-0011 GCM-AR-0030")
    a.add_argument("keep", help="reference of the submission to keep")
    a.add_argument("duplicate", help="reference of the submission folded into it")
    a = action("resolve", cmd_review_resolve, "Mark a needs-review message or submission resolved.",
               "intake review resolve GCM-AR-0023 --note 'checked'")
    a.add_argument("target", help="a submission reference or a message number")
    a.add_argument("--note", help="why it is resolved (kept in the audit log)")
    a = action("decide", cmd_review_decide, "Record a decision on a speaking role.",
               "intake review decide 12 accepted --session 'Roundtable 2, 24 February 2021'")
    a.add_argument("speaker", type=int, help="speaker number (see `intake review list`)")
    a.add_argument("decision", choices=("accepted", "declined", "waitlisted"))
    a.add_argument("--session", help="the session (required when accepted)")
    a = action("notify", cmd_review_notify, "Send the decision e-mail to the speaker in their language.",
               "intake review notify 12")
    a.add_argument("speaker", type=int, help="speaker number")
    a.add_argument("--again", action="store_true", help="send even if this decision was sent before")
    a.add_argument("--no-send", action="store_true", help="queue in the outbox only; the service sends it")

    s = _add(subs, "sheets", cmd_sheets, "Export speakers or reports as CSV or XLSX.",
             "intake sheets --what speakers --format xlsx -o speakers.xlsx")
    s.add_argument("--what", choices=("speakers", "reports"), required=True)
    s.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    s.add_argument("-o", "--output", required=True, help="the file to write")

    p = _add(subs, "publish", cmd_publish, "Build the publication bundle of voluntary reports (files + index).",
             "intake publish bundle/")
    p.add_argument("out_dir", help="a new or empty folder")
