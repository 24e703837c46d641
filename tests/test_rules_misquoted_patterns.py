"""A pattern written between double quotes in TOML turns "\\b" into a backspace, and then never matches: every rule file
reports it by rule, saying to write the pattern between single quotes, instead of loading a rule that silently does
nothing. The same pattern between single quotes loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.extract_rules import load_extract_rules
from intake.rules import load_ruleset, misquoted
from intake.screen import load_rules

_SAID = "holds a backspace (\\b between double quotes): write the pattern between single quotes"


def test_a_backspace_is_told_and_a_word_boundary_is_not() -> None:
    assert misquoted("\bpress accreditation\b").startswith(_SAID)
    assert misquoted(r"\bpress accreditation\b") is None
    assert misquoted("line one\nline two\tand a tab") is None


@pytest.mark.parametrize(("quote", "loads"), [('"', False), ("'", True)])
def test_classify_rules(tmp_path: Path, quote: str, loads: bool) -> None:
    (tmp_path / "classify.toml").write_text(
        f'[settings]\ndecide = 2.0\n\n[[rule]]\nname = "press"\ncategory = "speaker_request"\nweight = -2\n'
        f"any = [{quote}\\bpress accreditation\\b{quote}]\n", encoding="utf-8")
    ruleset, problems = load_ruleset(tmp_path)
    assert [r.name for r in ruleset.rules] == (["press"] if loads else [])
    assert any(_SAID in p and "press" in p for p in problems) is not loads


@pytest.mark.parametrize(("quote", "loads"), [('"', False), ("'", True)])
def test_screen_rules(tmp_path: Path, quote: str, loads: bool) -> None:
    path = tmp_path / "screen.toml"
    path.write_text(f'[[rule]]\nname = "x"\ndescription = "X."\nstage = "bulk"\n'
                    f'any = [{{ field = "subject", regex = {quote}\\bnewsletter\\b{quote} }}]\n', encoding="utf-8")
    loaded, problems = load_rules(path)
    assert [r.name for r in loaded.rules] == (["x"] if loads else [])
    assert any(_SAID in p for p in problems) is not loads


@pytest.mark.parametrize(("quote", "loads"), [('"', False), ("'", True)])
def test_extract_rules(tmp_path: Path, quote: str, loads: bool) -> None:
    path = tmp_path / "extract.toml"
    path.write_text(f"[[prose]]\nname = 'intro'\nregex = {quote}\\bi am {quote}\n", encoding="utf-8")
    loaded, problems = load_extract_rules(path)
    assert [c.name for c in loaded.prose] == (["intro"] if loads else [])
    assert any(_SAID in p and "intro" in p for p in problems) is not loads
