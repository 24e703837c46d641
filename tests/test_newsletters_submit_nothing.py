"""A newsletter or a list's mail (List-Id, List-Unsubscribe) that repeats the nominations its network sent, or quotes
the call, submits nothing: it is classified for the record, filed as other for a person to look at, and never
answered (the screening rule's `submission = false`). The same words from a person are the request. A worker's
analysis of it, concluded again by the service, gives what analysing in process gives."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.analysis import NoHistory, Thread, analyse, conclude, load_context, read
from intake.config import Settings
from intake.model import RawMail
from intake.screen import load_rules
from tests.mails import mail

_LIST = {"List-Id": "<news.sahel-cities.example.org>", "List-Unsubscribe": "<https://lists.example.org/u/1>",
         "Precedence": "bulk"}
_NEWSLETTER = ("Réseau des villes du Sahel - Lettre d'information n° 12\n\nNotre réseau propose deux maires pour intervenir "
               "lors des tables rondes 2 et 4 de l'examen régional du Pacte mondial : M. Idrissa Sall, maire de Podor, et "
               "Mme Aminata Kane, maire de Matam.\n\nSe désabonner\n")


def _analysed(headers: dict[str, str] | None) -> RawMail:
    data = mail(sender="Réseau des villes <news@sahel-cities.example.org>", subject="Lettre d'information n° 12",
                body=_NEWSLETTER, headers=headers)
    return RawMail("t", data, datetime(2021, 2, 3, tzinfo=UTC), len(data))


def test_a_newsletter_that_repeats_its_nominations_is_filed_as_other(settings: Settings) -> None:
    analysis = analyse(_analysed(_LIST), load_context(settings))
    assert (analysis.category, analysis.status, analysis.acknowledge) == ("other", "needs_review", False)
    assert analysis.fields is not None and analysis.fields.speakers == ()
    assert any("list or newsletter mail that reads like a speaker request" in r for r in analysis.reasons)


# Near miss: the same words from a person are the request
def test_near_miss_the_same_words_from_a_person(settings: Settings) -> None:
    analysis = analyse(_analysed(None), load_context(settings))
    assert analysis.category == "speaker_request" and analysis.acknowledge


class _Follows:
    """The store's answers for a message that follows up a speaker request on file."""

    def thread_for(self, *_args: object) -> Thread:
        return Thread(1, "GCM-1", "speaker_request", "req-1@x.example.org", "news@sahel-cities.example.org", "fr",
                      "subject")

    def sender_language(self, _sender: str) -> str | None:
        return None


@pytest.mark.parametrize("history", [NoHistory(), _Follows()])
def test_a_workers_analysis_concluded_again_is_the_same(settings: Settings, history: object) -> None:
    ctx = load_context(settings)
    message = _analysed(_LIST)
    whole = analyse(message, ctx)  # as a worker makes it: without the store's answers
    again, from_scratch = conclude(whole, ctx, history), conclude(read(message, ctx), ctx, history)  # type: ignore[arg-type]
    assert again == from_scratch
    assert again.category == "other" and any("list or newsletter mail" in r for r in again.reasons)


@pytest.mark.parametrize(("stage", "value", "problem"), [
    ("bulk", '"no"', "submission must be true or false"),
    ("auto_reply", "false", "submission = false is for a stage that is classified (bulk, suspect)"),
])
def test_a_bad_submission_key_is_a_problem(tmp_path: Path, stage: str, value: str, problem: str) -> None:
    path = tmp_path / "screen.toml"
    path.write_text(f'[[rule]]\nname = "x"\ndescription = "X."\nstage = "{stage}"\nsubmission = {value}\n'
                    'any = [{ field = "header:list-id" }]\n', encoding="utf-8")
    loaded, problems = load_rules(path)
    assert loaded.rules == () and problems == [f"screen.toml: rule 'x': {problem}"]
