"""A letter attached to a cover note, in which its writer asks in the first person for the floor (session 28, F7): "mon
souhait d'intervenir en séance plénière", "I would like to speak in the plenary", "أرغب في إلقاء كلمة". The letter is
the request, never a report, even where its subject line names the review conference."""

from __future__ import annotations

import pytest

from intake.model import DocText
from tests.test_classify import decide, fired, mail

_NAME = "Lettre_Cabinet_2021-07.pdf"


def _letter_mail(letter: str) -> tuple[bytes, dict[str, DocText]]:
    raw = mail("Transmission d'une lettre", "Madame, Monsieur,\nVeuillez trouver ci-joint la lettre du Président.\n",
               attachments=[(_NAME, "application/pdf")])
    return raw, {_NAME: DocText(_NAME, letter)}


@pytest.mark.parametrize("letter", [
    "Objet : Conférence régionale d'examen du PMM\nJ'ai l'honneur de vous faire part de mon souhait d'intervenir en"
    " séance plénière.\n",
    "Subject: Regional Review of the Global Compact for Migration\nI would like to speak in the plenary session of the"
    " Conference.\n",
    "الموضوع: المؤتمر الإقليمي لاستعراض الاتفاق العالمي\nأرغب في إلقاء كلمة في الجلسة العامة للمؤتمر.\n",
])
def test_a_letter_asking_for_the_floor_in_the_first_person(letter, ruleset):
    raw, docs = _letter_mail(letter)
    d = decide(ruleset, raw, docs)
    assert "speaker-request-letter" in fired(d)
    assert d.category == "speaker_request" and d.report_attachments == ()


# Near miss: a letter whose writer only wishes to attend asks for no floor
@pytest.mark.parametrize("letter", [
    "Objet : Conférence régionale\nJ'ai l'honneur de vous faire part de mon souhait de participer à la Conférence.\n",
    "Subject: Regional Review\nI would like to attend the plenary session of the Conference.\n",
    "الموضوع: المؤتمر الإقليمي\nأرغب في حضور الجلسة العامة للمؤتمر.\n",
])
def test_near_miss_a_letter_wishing_to_attend(letter, ruleset):
    raw, docs = _letter_mail(letter)
    assert "speaker-request-letter" not in fired(decide(ruleset, raw, docs))
