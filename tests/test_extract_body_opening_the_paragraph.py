"""A request forwarded by a colleague, made by the body its paragraph opens with as subject, in the first person ("The
X Institute would be glad to take part ... . I would propose Y", "L'Association X accompagne ... Nous aimerions que
Y prenne la parole"): X is the affiliation of the person proposed, as in a request sent directly."""

from __future__ import annotations

import pytest

from tests.extracting import load_rules, message, run

RULES = load_rules()


def _forward(intro: str, request: str, subject: str = "Speaker") -> str:
    return (f"{intro}\n\n---------- Forwarded message ---------\nFrom: Omar Nasr <o.nasr@example.org>\n"
            f"Date: Mon, Feb 1, 2021 at 9:00 AM\nSubject: {subject}\nTo: <gcmrrarabstates@iom.int>\n\n\n{request}")


@pytest.mark.parametrize(("body", "language", "org"), [
    (_forward("Dear team,\n\nForwarding below the request of our Director.\n\nBest,\nRita",
              "Dear colleagues,\n\nThe Institute for Labour Mobility at the University of Tyre (ILM-UT) would be glad "
              "to take part in the Regional Review. I would propose our colleague Dr. Hana Saleh, Lecturer in "
              "Economics, as a speaker in Roundtable 2.\n\nRegards,\nOmar Nasr\nDirector"),
     "en", "Institute for Labour Mobility at the University of Tyre (ILM-UT)"),
    (_forward("Bonjour,\n\nJe vous transfère ci-dessous la demande de notre directeur.\n\nBien à vous,\nRita",
              "Chers collègues,\n\nL'Association Horizons Solidaires accompagne des jeunes migrants à Oujda depuis dix "
              "ans. Nous aimerions que Awa Diallo, animatrice, prenne la parole en séance plénière.\n\n"
              "Cordialement,\nOmar Nasr", "Intervenante"),
     "fr", "Association Horizons Solidaires"),
])
def test_the_body_a_forwarded_request_opens_with_is_the_affiliation(body: str, language: str, org: str) -> None:
    fields = run(message(body, subject="Fwd: Speaker"), RULES, language=language)
    assert [s.affiliation for s in fields.speakers] == [org]


def test_a_body_only_mentioned_before_a_forwarded_request_is_not_the_proposer() -> None:
    # near miss: the sentence before names the body as an object, not as its subject
    body = _forward("Dear team,\n\nForwarding below the request of our Director.\n\nBest,\nRita",
                    "Dear colleagues,\n\nI met people from the Coastal Migrant Workers Network last year. I would "
                    "propose our colleague Dr. Hana Saleh, Lecturer in Economics, as a speaker in Roundtable 2."
                    "\n\nRegards,\nOmar Nasr\nDirector")
    fields = run(message(body, subject="Fwd: Speaker"), RULES)
    assert [s.affiliation for s in fields.speakers] == [None]
