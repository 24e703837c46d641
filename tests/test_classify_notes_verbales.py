"""Families of the blind sets (session 35): a note verbale sent as a PDF under a one-line cover, which "has the honour
to nominate Mr X ... to make floor interventions" (« a l'honneur de l'informer que M. X prendra la parole ») and is
the request, not a report; and a group's language ("volunteers from the Arabic-speaking Evangelical Church") that asks
no speaking role."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import decide, fired, mail

_PDF = "application/pdf"


@pytest.mark.parametrize(("cover", "note"), [
    ("Please find attached Note Verbale No. BEB/LW/2021/19 for your kind perusal and necessary action.",
     "NOTE VERBALE\nThe Embassy presents its compliments to the Secretariat of the Regional Review and, with reference to\n"
     "the invitation, has the honour to nominate Mr. Anisur Rahman Talukder, Counsellor (Labour), to make floor\n"
     "interventions in the plenary session and in Thematic Roundtable 2 of the Conference.\n"),
    ("Veuillez trouver ci-joint la note verbale n° 2021/047 de la Mission.",
     "La Mission permanente presente ses compliments au Secretariat de l'Examen regional et a l'honneur de\n"
     "l'informer que M. Fadi Georges Nassif, Conseiller, prendra la parole au nom du Liban lors de la table ronde\n"
     "thematique n. 3 de la Conference regionale d'examen.\n"),
])
def test_a_note_verbale_nominating_a_speaker_is_the_request(ruleset: Ruleset, cover: str, note: str) -> None:
    raw = mail("Note verbale", f"{cover}\n\nRegistry\n", attachments=[("NV 2021.pdf", _PDF)])
    decision = decide(ruleset, raw, {"NV 2021.pdf": DocText("NV 2021.pdf", note)})
    assert "speaker-request-letter" in fired(decision)
    assert (decision.category, decision.report_attachments) == ("speaker_request", ())


def test_near_miss_a_note_verbale_that_only_transmits_a_report(ruleset: Ruleset) -> None:
    note = ("The Embassy presents its compliments to the Secretariat and has the honour to transmit herewith the\n"
            "voluntary GCM review report of the Ministry of Labour.\n")
    raw = mail("Note verbale", "Please find attached our note verbale.\n", attachments=[("NV.pdf", _PDF)])
    assert "speaker-request-letter" not in fired(decide(ruleset, raw, {"NV.pdf": DocText("NV.pdf", note)}))


def test_a_group_speaking_a_language_asks_no_role(ruleset: Ruleset) -> None:
    body = ("Dear Secretariat,\n\nWe send our voluntary report in the body of this email.\n\nWe bring together volunteers "
            "from Saint-Luc Parish, the Arabic-speaking Evangelical Church of Montreal and an Islamic centre.\n\nSamir\n")
    assert decide(ruleset, mail("Voluntary GCM review", body)).category == "voluntary_report"
