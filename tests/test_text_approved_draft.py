"""A short answer that lets go the draft a colleague quoted below asks about ("ok for me, please send", "c'est bon, tu
peux envoyer", "موافق، يرجى الإرسال"), with the mailbox added to the reply: the draft is the sender's own request,
carried along to us as a forward is; our own quoted message is not."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.text import carry_forward, split
from tests.extracting import message, run

_REPLY = ("{answer}\n\n________________________________\nFrom: {colleague} <c@example.org>\n"
          "Sent: Monday, February 8, 2021 9:15 AM\nTo: Boss <boss@example.org>\nSubject: {subject}\n\n{note}\n\n"
          "---\n{draft}\n")

_CASES = [
    ("Fine, please send. Thanks", "Lucy Otieno", "conference",
     "Hi Peter,\n\nHere is the draft to the organisers we talked about. Is it ok to send?",
     "Dear organisers,\n\nWe would like to propose the following speaker:\n\n1. Ms. Amina Yusuf - Programme Director, "
     "Coast Migrant Rights Network - Thematic Roundtable 2\n\nKind regards,\nLucy Otieno", "en", "Amina Yusuf"),
    ("C'est bon pour moi, tu peux envoyer.", "Julie Martin", "conférence",
     "Bonjour Pierre,\n\nVoici le projet de courriel pour les organisateurs. Puis-je l'envoyer ?",
     "Madame, Monsieur,\n\nNous souhaitons proposer l'intervenant suivant :\n\n1. M. Youssef Alami - Directeur, "
     "Collectif des travailleurs migrants de Tanger - table ronde thématique 3\n\nCordialement,\nJulie Martin", "fr",
     "Youssef Alami"),
    ("موافق، يرجى الإرسال.", "ليلى حداد", "المؤتمر",
     "الأستاذ بطرس،\n\nأدناه مسودة الرسالة إلى المنظمين. هل يمكن إرسالها؟",
     "السادة المنظمين،\n\nنود أن نقترح المتحدث التالي:\n\n1. السيد كريم منصور - المدير التنفيذي، جمعية الأمل للعمال "
     "المهاجرين - الجلسة العامة\n\nمع خالص التحية،\nليلى حداد", "ar", "كريم منصور"),
]


@pytest.mark.parametrize(("answer", "colleague", "subject", "note", "draft", "language", "speaker"), _CASES)
def test_an_approved_draft_is_carried_along_and_its_speaker_read(answer: str, colleague: str, subject: str, note: str,
                                                                 draft: str, language: str, speaker: str,
                                                                 rules: ExtractRules) -> None:
    body = _REPLY.format(answer=answer, colleague=colleague, subject=subject, note=note, draft=draft)
    parts = carry_forward(split(body), f"RE: {subject}")
    assert not parts.quoted and speaker in parts.forwarded
    fields = run(message(body, subject=f"RE: {subject}", from_="Peter Boss <boss@example.org>"), rules,
                 language=language)
    assert [sp.name for sp in fields.speakers] == [speaker]


@pytest.mark.parametrize(("answer", "note"), [
    # our own quoted message speaks of a draft programme but asks nothing about sending
    ("ok, thanks, please send the final version when ready.",
     "Dear colleagues,\n\nPlease find the draft programme attached; the final one follows next week."),
    # the colleague asks whether to send, but about no draft
    ("D'accord, tu peux envoyer.", "Bonjour Pierre,\n\nLe rapport est prêt. Puis-je l'envoyer ?"),
    # a long answer says more than "send it": it is read as the sender's own text
    ("OK, but first " + "we should check every name and every title with the people concerned again " * 3,
     "Here is the draft to the organisers. Is it ok to send?"),
])
def test_near_miss_a_quote_that_is_no_approved_draft_stays_quoted(answer: str, note: str) -> None:
    body = _REPLY.format(answer=answer, colleague="Lucy Otieno", subject="conference", note=note, draft="Dear all")
    parts = carry_forward(split(body), "RE: conference")
    assert parts.quoted and not parts.forwarded
