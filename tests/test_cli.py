"""The command line: every subcommand has help with an example and is in the README; user errors are one sentence."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from intake.cli import build_parser, main
from tests.mails import mail

REPO = Path(__file__).resolve().parents[1]


def _commands() -> dict[str, argparse.ArgumentParser]:
    """Every subcommand the parser knows by its path, nested ones included (e.g. "review merge")."""

    def walk(parser: argparse.ArgumentParser, prefix: str) -> dict[str, argparse.ArgumentParser]:
        out = {}
        for action in parser._actions:  # argparse exposes subparsers only this way
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    path = f"{prefix} {name}".lstrip()
                    out[path] = sub
                    out.update(walk(sub, path))
        return out

    return walk(build_parser(), "")


@pytest.mark.parametrize("path", list(_commands()))
def test_every_subcommand_has_help_with_an_example_and_is_documented(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*path.split(), "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert _commands()[path].description
    assert "Example: intake" in out
    assert f"intake {path}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_issue_commands_exist() -> None:
    assert {"run", "process", "explain", "export", "eval", "check-config", "status", "rules check", "rules test",
            "preview-ack", "unshunt", "digest", "sheets", "publish", "review merge", "review notify"} <= set(_commands())


def test_missing_file_is_one_sentence_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", "/no/such/message.eml", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a file" in err and "Traceback" not in err


def test_bad_config_lists_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[source]\nkind = "pop3"\n[storage]\nroot = 3\nextra = 1\n', encoding="utf-8")
    assert main(["--config", str(cfg), "check-config"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert any("[source] kind is 'pop3'" in line for line in err)
    assert any("Unknown key 'extra' in [storage]" in line for line in err)


def test_process_export_round_trip(tmp_path: Path) -> None:
    """The console script end to end: process a message, then export its record as JSON lines."""
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[storage]\nroot = "{tmp_path / "data"}"\n', encoding="utf-8")
    eml = tmp_path / "m.eml"
    eml.write_bytes(mail(subject="Question about the agenda", body="When will the agenda be published?",
                         message_id="q1@example.org"))
    run = [sys.executable, "-m", "intake", "--config", str(cfg)]
    proc = subprocess.run([*run, "process", str(eml), "--received-at", "2021-02-03T10:00:00+02:00"],
                          capture_output=True, text=True, check=True)
    assert "category=other" in proc.stdout
    out = subprocess.run([*run, "export", "--format", "jsonl"], capture_output=True, text=True, check=True).stdout
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert rec["message_id"] == "q1@example.org"
    assert rec["received_at"] == "2021-02-03T10:00:00+02:00"
    assert rec["category"] == "other" and rec["acknowledged"] is True and rec["on_time"] is None
    assert set(rec) == {"message_id", "received_at", "category", "language", "acknowledged", "ack_language", "on_time",
                        "speakers", "report_attachments", "thread_of", "reference", "status", "reasons"}


def test_a_broken_labels_file_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "labels.json").write_text('[{"file": "x.eml"}]', encoding="utf-8")
    for command in (["eval", str(tmp_path)], ["rules", "test", str(tmp_path)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "label 1 lacks received_at" in err and "Traceback" not in err


def test_an_unwritable_export_path_and_unreadable_rules_are_one_sentence(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[storage]\nroot = "{tmp_path / "data"}"\n[rules]\ndir = "{tmp_path / "rules"}"\n', encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "classify.toml").mkdir()  # a folder where the rule file should be
    assert main(["--config", str(cfg), "export", "-o", str(tmp_path / "no" / "such" / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err and "Traceback" not in err
    main(["--config", str(cfg), "rules", "check"])
    out = capsys.readouterr()
    assert "classify.toml" in out.err + out.out and "cannot be read" in out.err + out.out
    assert "Traceback" not in out.err
