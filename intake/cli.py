"""The `intake` command line: one function per subcommand, each with help and an example.

Errors a user can cause (a bad config, a missing file, an unreachable server) end in one sentence
on stderr and exit status 2; a bug keeps its traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from intake import __version__
from intake.config import Settings, load
from intake.errors import ConfigError, IntakeError

Handler = Callable[[argparse.Namespace, Settings], int]


def _settings(args: argparse.Namespace, check_env: bool = True) -> Settings:
    path = args.config or os.environ.get("INTAKE_CONFIG") or (Path("config.toml") if Path("config.toml").exists() else None)
    return load(path, check_env=check_env)


def _store(settings: Settings):  # noqa: ANN202 - imported lazily to keep `intake --help` fast
    from intake.store import Store

    store = Store(settings.database_url)
    store.migrate()
    return store


def _ctx(settings: Settings):  # noqa: ANN202
    from intake.analysis import load_context

    ctx = load_context(settings)
    for problem in ctx.problems:
        logging.getLogger("intake.error").warning("rules: %s", problem)
    return ctx


def _read_mail(path: str, received_at: str | None):  # noqa: ANN202
    from intake.model import RawMail
    from intake.sources import maildir_arrival

    p = Path(path)
    if not p.is_file():
        raise IntakeError(f"{path} is not a file; give the path of an .eml message.")
    raw = p.read_bytes()
    if received_at:
        try:
            when = datetime.fromisoformat(received_at)
        except ValueError:
            raise IntakeError(f"--received-at {received_at!r} is not an ISO 8601 time such as 2021-02-05T23:59:59+02:00.") from None
        if when.tzinfo is None:
            raise IntakeError("--received-at needs a UTC offset, e.g. 2021-02-05T23:59:59+02:00.")
    else:
        when = maildir_arrival(p)
    return RawMail(source_id=f"file:{p.resolve()}", raw=raw, received_at=when, size=len(raw))


# ---------------------------------------------------------------- subcommands
def cmd_check_config(args: argparse.Namespace, settings: Settings) -> int:
    """Check the config file; every problem is reported (handled in main)."""
    from intake.analysis import load_context

    ctx = load_context(settings)
    if ctx.problems:
        for p in ctx.problems:
            print(f"rules: {p}", file=sys.stderr)
        return 1
    print(f"config OK: source={settings.source.kind} database={settings.database_url} outbox={settings.outbox.kind}")
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the service (until SIGTERM), or once with --once."""
    from intake.daemon import Daemon, run_once
    from intake.outbox import make_transport

    store = _store(settings)
    ctx = _ctx(settings)
    transport = make_transport(settings.outbox)
    if args.once:
        summary = run_once(ctx, store, transport)
        _print_summary(summary.results, summary.outbox, store)
        return 0
    digest_job = None
    if settings.digest_recipients:
        from intake.digest import scheduled_job

        digest_job = scheduled_job(ctx, store, transport)
    Daemon(ctx, store, transport, digest_job).run()
    return 0


def _print_summary(results: Sequence, outbox: dict[str, int], store) -> None:  # noqa: ANN001
    from intake.store import Store

    assert isinstance(store, Store)
    rows = {m.id: m for m in store.messages()}
    new = [r for r in results if r.outcome != "skipped"]
    print(f"{'reference':<13} {'category':<17} {'status':<13} {'ack':<4} {'lang':<4} subject")
    for r in new:
        m = rows.get(r.message_row_id)
        if m is None:
            continue
        subject = (m.subject or "")[:50]
        print(f"{(r.reference or '-'):<13} {(m.category or '-'):<17} {m.status:<13} {'yes' if r.acknowledged else 'no':<4} "
              f"{(m.language or '-'):<4} {subject}")
    counts = Counter(r.outcome for r in new)
    detail = f" ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})" if counts else ""
    print(f"\n{len(new)} new message(s){detail}; {len(rows)} in the store; "
          f"outbox: sent {outbox.get('sent', 0)}, retry {outbox.get('retry', 0)}, failed {outbox.get('failed', 0)}"
          + (f", paused {outbox['paused']} by the acknowledgement breaker" if outbox.get("paused") else ""))


def cmd_process(args: argparse.Namespace, settings: Settings) -> int:
    """Process one .eml file; with --dry-run print the decision and write nothing."""
    mail = _read_mail(args.file, args.received_at)
    if args.dry_run:
        from intake.explain import explain

        print(explain(mail, _ctx(settings), None))
        return 0
    from intake.pipeline import Pipeline

    store = _store(settings)
    result = Pipeline(_ctx(settings), store).handle(mail)
    print(f"{result.outcome}: category={result.category} reference={result.reference} acknowledged={result.acknowledged}")
    return 0


def cmd_explain(args: argparse.Namespace, settings: Settings) -> int:
    """Print every stage's decision for one message; writes nothing."""
    from intake.explain import explain

    mail = _read_mail(args.file, args.received_at)
    store = None
    if args.with_history:
        store = _store(settings)
    print(explain(mail, _ctx(settings), store))
    return 0


def cmd_preview_ack(args: argparse.Namespace, settings: Settings) -> int:
    """Print the acknowledgement a message would get; writes nothing."""
    from intake.explain import preview_ack

    print(preview_ack(_read_mail(args.file, args.received_at), _ctx(settings)))
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Export one record per message (jsonl or csv)."""
    from intake.export import records, to_csv, to_jsonl

    store = _store(settings)
    recs = records(store.messages(), settings.tz)
    text = to_jsonl(recs) if args.format == "jsonl" else to_csv(recs)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise IntakeError(f"cannot write {args.output} ({exc.strerror}); give a path in an existing, writable folder.") from None
    else:
        sys.stdout.write(text)
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Run the pipeline offline over a labelled folder and print scores (exit 0 whatever they are)."""
    from intake.evaluate import run

    print(run(Path(args.folder), settings).render())
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Print the last fetch, the backlog, the outbox and the quarantine counts."""
    store = _store(settings)
    ctx = _ctx(settings)
    msgs = store.message_counts()
    out = store.outbox_counts()
    print(f"last fetch:   {store.get_state('last_fetch') or 'never'}")
    print("messages:     " + (", ".join(f"{k} {v}" for k, v in sorted(msgs.items())) or "none"))
    print(f"outbox:       pending {out.get('pending', 0)}, sent {out.get('sent', 0)}, failed {out.get('failed', 0)}, "
          f"undeliverable {out.get('undeliverable', 0)}, suppressed {out.get('suppressed', 0)}")
    print(f"quarantine:   {msgs.get('quarantined', 0)}")
    paused = store.paused_acks()
    if paused:
        print(f"ALERT:        the acknowledgement breaker has paused {paused} acknowledgement(s): more than"
              f" {settings.ack_global_per_hour} an hour ([screen] ack_global_per_hour); they go out as the hour allows")
    saved = store.get_state("rule_problems")
    if saved:
        print("daemon rules: " + saved.replace("\n", "\n              "))
    print(f"rule files:   {'OK' if not ctx.problems else str(len(ctx.problems)) + ' problem(s)'}")
    for p in ctx.problems:
        print(f"  {p}")
    return 0


def cmd_rules_check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate the rule files; print each problem with file and line."""
    from intake.analysis import load_context

    ctx = load_context(settings)
    for p in ctx.problems:
        print(p)
    if ctx.problems:
        return 1
    print(f"rules OK in {settings.rules_dir}")
    return 0


def cmd_rules_test(args: argparse.Namespace, settings: Settings) -> int:
    """Run the classification rules over a labelled folder: confusion matrix and misclassified files."""
    from intake.explain import rules_test

    print(rules_test(Path(args.folder), _ctx(settings)))
    return 0


def cmd_unshunt(args: argparse.Namespace, settings: Settings) -> int:
    """Put quarantined messages back through the pipeline (after a fix)."""
    from intake.quarantine import unshunt

    store = _store(settings)
    for line in unshunt(_ctx(settings), store, args.ids or None):
        print(line)
    return 0


# ---------------------------------------------------------------- parser
COMMANDS: dict[str, tuple[Handler, str, str]] = {
    "run": (cmd_run, "Run the service until SIGTERM/SIGINT (or once with --once).", "intake --config config.toml run --once"),
    "process": (cmd_process, "Process one .eml file through the pipeline.", "intake process message.eml --dry-run"),
    "explain": (cmd_explain, "Show why a message gets the decision it gets; writes nothing.", "intake explain message.eml"),
    "preview-ack": (cmd_preview_ack, "Print the acknowledgement a message would get.", "intake preview-ack message.eml"),
    "export": (cmd_export, "Export one record per message.", "intake export --format jsonl > records.jsonl"),
    "eval": (cmd_eval, "Score the pipeline on a labelled folder.", "intake eval ../shared/corpus/dev"),
    "status": (cmd_status, "Show last fetch, backlog, outbox and quarantine.", "intake status"),
    "check-config": (cmd_check_config, "Check the config and rule files; list every problem.", "intake --config config.toml check-config"),
    "rules": (cmd_rules_check, "Check or test the rule files (rules check | rules test FOLDER).", "intake rules test ../shared/corpus/dev"),
    "unshunt": (cmd_unshunt, "Re-process quarantined messages.", "intake unshunt 17 18"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake", description="gcm-intake: turns the secretariat's e-mail into tracked submissions.",
        epilog="Example: intake --config config.toml run --once",
    )
    parser.add_argument("--config", help="config file (default: $INTAKE_CONFIG, ./config.toml, else built-in defaults)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every message decision")
    parser.add_argument("--version", action="version", version=f"intake {__version__}")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (handler, help_text, example) in COMMANDS.items():
        sp = subs.add_parser(name, help=help_text, description=help_text, epilog=f"Example: {example}")
        sp.set_defaults(handler=handler)
        if name == "run":
            sp.add_argument("--once", action="store_true", help="process the mailbox and the outbox once, then exit")
        if name in ("process", "explain", "preview-ack"):
            sp.add_argument("file", help="an .eml file")
            sp.add_argument("--received-at", help="arrival time (ISO 8601 with offset); default: the file's mtime")
        if name == "process":
            sp.add_argument("--dry-run", action="store_true", help="print the decision; write nothing")
        if name == "explain":
            sp.add_argument("--with-history", action="store_true", help="look up earlier messages in the database")
        if name == "export":
            sp.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
            sp.add_argument("--output", "-o", help="write to this file instead of standard output")
        if name == "eval":
            sp.add_argument("folder", help="a labelled folder (*.eml + labels.json)")
        if name == "unshunt":
            sp.add_argument("ids", nargs="*", type=int, help="message row ids (default: all quarantined)")
        if name == "rules":
            rsubs = sp.add_subparsers(dest="rules_command", metavar="check|test")
            check_help = "validate the rule files (classify, screen, extract): every problem, with file and rule"
            rc = rsubs.add_parser("check", help=check_help, description=check_help, epilog="Example: intake rules check")
            rc.set_defaults(handler=cmd_rules_check)
            test_help = "run the classification rules over a labelled folder: confusion matrix and misclassified files"
            rt = rsubs.add_parser("test", help=test_help, description=test_help,
                                  epilog="Example: intake rules test ../shared/corpus/dev")
            rt.add_argument("folder")
            rt.set_defaults(handler=cmd_rules_test)
    from intake.cli_secretariat import add_commands

    add_commands(subs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        settings = _settings(args, check_env=args.command in ("run", "check-config"))
        return args.handler(args, settings)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"config: {problem}", file=sys.stderr)
        return 2
    except IntakeError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `intake export | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


