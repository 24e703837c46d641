"""Families of the blind sets (session 35): a note verbale sent as a PDF under a one-line cover, which "has the honour
to nominate Mr X ... to make floor interventions" (« a l'honneur de l'informer que M. X prendra la parole ») and is
the request, not a report; and a group's language ("volunteers from the Arabic-speaking Maronite Mission") that asks
no speaking role."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import decide, fired, mail

_PDF = "application/pdf"


@pytest.mark.parametrize(("cover", "note"), [
    ("Kindly find enclosed Note Verbale Ref. SLE/WEL/21/112 for your information and favourable consideration.",
     "NOTE VERBALE\nThe Embassy presents its compliments to the Secretariat of the Regional Review and, referring to\n"
     "its letter of invitation, has the honour to nominate Mr. Upul Jayasekara, Minister Counsellor (Welfare), to make floor\n"
     "interventions in Thematic Roundtable 4 and in the open discussion of the Conference.\n"),
    ("Vous trouverez ci-jointe la note verbale n° 112/AMB/21 de l'Ambassade.",
     "L'Ambassade presente ses compliments au Secretariat de la Conference regionale et a l'honneur de\n"
     "l'informer que M. Nourdine Anfane Kassim, Ministre plenipotentiaire, prendra la parole au nom des Comores pendant la table\n"
     "ronde thematique n. 1 de la Conference.\n"),
])
def test_a_note_verbale_nominating_a_speaker_is_the_request(ruleset: Ruleset, cover: str, note: str) -> None:
    raw = mail("Note verbale", f"{cover}\n\nRegistry\n", attachments=[("NV 2021.pdf", _PDF)])
    decision = decide(ruleset, raw, {"NV 2021.pdf": DocText("NV 2021.pdf", note)})
    assert "speaker-request-letter" in fired(decision)
    assert (decision.category, decision.report_attachments) == ("speaker_request", ())


def test_near_miss_a_note_verbale_that_only_transmits_a_report(ruleset: Ruleset) -> None:
    note = ("The Embassy presents its compliments to the Secretariat and has the honour to transmit herewith a copy of\n"
            "the voluntary GCM review report prepared by the Higher Council for Population.\n")
    raw = mail("Note verbale", "Please find attached our note verbale.\n", attachments=[("NV.pdf", _PDF)])
    assert "speaker-request-letter" not in fired(decide(ruleset, raw, {"NV.pdf": DocText("NV.pdf", note)}))


def test_a_group_speaking_a_language_asks_no_role(ruleset: Ruleset) -> None:
    body = ("Dear Secretariat,\n\nWe send our voluntary report in the body of this email.\n\nOur members are volunteers "
            "from St. Brigid's Parish, a local mosque and the Arabic-speaking Maronite Mission of Halifax.\n\nNakhle\n")
    assert decide(ruleset, mail("Voluntary GCM review", body)).category == "voluntary_report"
