"""Families of the blind sets holdout282-285 (session 40): delegations in tables, coalitions passing on a member's
request, press accreditation beside a nomination, and forms left blank.

- A delegation's table with a role column filled for some rows proposes those rows only; the others attend.
- "The last column shows the speaking role we would like to request", "we would like to propose the following
  colleague:" (« proposer la collègue suivante : ») ask for a role; so does the Egyptian "نحب إن X تتكلم".
- A body that declines for itself while it passes on a member's request (« la coalition elle-même ne demande pas de
  prise de parole en son nom ») declines nothing of the member's.
- "The other three nominations are unchanged" beside a change, « nos trois propositions d'intervenant·es restent
  inchangées » alone.
- Press accreditation asked beside a nomination to speak does not cancel the nomination.
- A form's speaker section with "Name: N/A" proposes no one; a speaker who withdraws from a session withdraws.
- In a speaker request's thread, "we forgot to fill in the title cell" (« nous avons oublié de remplir », "نسينا نعبّي
  خانة الصفة") completes the request; "Mr X may be replaced by another volunteer; would that be a problem?" replaces no one.
"""

from __future__ import annotations

import pytest

from intake.classify import Ruleset, classify
from intake.extract import ExtractRules
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.mails import mail


def _category(subject: str, body: str, ruleset: Ruleset, thread: str | None = None) -> str:
    parsed = parse(mail(subject=subject, body=body))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, thread).category


_DELEGATION = ("Dear team,\n\nBelow is the list of our delegation. The last column shows the speaking role we would like "
               "to request.\n\nNo.\tName\tPosition\tOrganisation\tSpeaking role\n1\tDr. Hany Farag\tChairman\tEFRW\t—\n"
               "2\tMarwa Selim\tProgramme Officer\tEFRW\t—\n3\tNesma Kamal\tResearch Manager\tEFRW\tFloor intervention, "
               "Roundtable IV\n4\tYoussef Tawfik\tVolunteer\tEFRW\t\n\nBest regards,\nMarwa\n")


def test_a_delegation_table_proposes_the_rows_that_ask(rules: ExtractRules, ruleset: Ruleset) -> None:
    assert _category("EFRW delegation", _DELEGATION, ruleset) == "speaker_request"
    fields = run(message(_DELEGATION, subject="EFRW delegation"), rules)
    assert [(s.name, s.roundtable) for s in fields.speakers] == [("Nesma Kamal", 4)]


# Near miss: a table of speakers with no role column keeps everyone
def test_near_miss_a_table_without_a_role_column(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe would like to request a floor intervention in roundtable 2 for:\n\nName\tPosition\tOrganisation\n"
            "Nesma Kamal\tResearch Manager\tEFRW\nYoussef Tawfik\tVolunteer\tEFRW\n\nBest regards,\nMarwa\n")
    assert [s.name for s in run(message(body), rules).speakers] == ["Nesma Kamal", "Youssef Tawfik"]


@pytest.mark.parametrize(("body", "category"), [
    ("I realise the deadline for speaking roles has passed, but we would like to propose the following colleague:\n\n"
     "Prof. Ayesha Chowdhury, Associate Professor\n\nBest,\nLina\n", "speaker_request"),
    ("Nous souhaitons proposer la collègue suivante :\n\nMme Salma Idrissi, chercheuse\n\nCordialement,\nAmal\n",
     "speaker_request"),
    ("وعلى الهامش: لو لسه فيه مجال، نحب إن رئيسة الرابطة، الأستاذة سماح درويش، تتكلم في المائدة المستديرة التالتة.\n\n"
     "منى\n", "speaker_request"),
    ("Je vous transmets la proposition de l'AFEMO, membre de la coalition. La coalition elle-même ne demande pas de prise "
     "de parole en son nom.\n\nL'AFEMO souhaite proposer Mme Awa Diabaté, médiatrice, pour le rôle de rapporteuse.\n\n"
     "Olfa\n", "speaker_request"),
    ("أولاً: طلب اعتماد صحفي لتغطية أعمال المؤتمر للزميلين مصعب إدريس وتسنيم الفكي.\n\nثانياً: ترشيح الأستاذة عفاف حسن "
     "الطيب، أمينة الحريات بالشبكة، لتقديم مداخلة في المائدة المستديرة الثانية.\n\nإيناس\n", "speaker_request"),
    # near miss: accreditation alone
    ("We would like to request press accreditation for our photographer to cover the conference. I am not asking for a "
     "speaking slot.\n\nThanks,\nDina\n", "other"),
    # near miss: the coalition declines and passes on no one's request
    ("La coalition ne demande pas de prise de parole.\n\nOlfa\n", "other"),
])
def test_requests_beside_other_business(ruleset: Ruleset, body: str, category: str) -> None:
    assert _category("Proposition", body, ruleset) == category


def test_a_form_with_no_speaker_named_is_no_request(ruleset: Ruleset) -> None:
    body = ("Please find attached our voluntary GCM review report.\n\n1. Organisation: APMDW\n2. Report attached: [X] Yes\n"
            "3. Speaker nomination (optional)\n   Name: N/A\n   Title:\n   Role requested: [ ] Open discussion  "
            "[ ] Rapporteur  [ ] Plenary\n\nRegards,\nHiba\n")
    parsed = parse(mail(subject="Voluntary GCM review report", body=body,
                        attachments=[("report.pdf", "application/pdf", b"%PDF-1.4 x")]))
    decision = classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset)
    assert decision.category == "voluntary_report"


@pytest.mark.parametrize(("body", "thread", "category"), [
    ("عفواً، نسينا نعبّي خانة الصفة لميرون بالجدول. ميرون هي منسّقة التواصل المجتمعي بالجمعية.\n\nريتا\n",
     "speaker_request", "speaker_request"),
    ("The other three nominations are unchanged. Shanika cannot come; the union proposes Nirosha Fernando, its "
     "Vice-President, to take over the plenary intervention.\n\nNisreen\n", "speaker_request", "speaker_request"),
    ("Vous trouverez ci-joint la version finale du rapport. Nos trois propositions d'intervenant·es restent inchangées.\n\n"
     "Salima\n", "both", "voluntary_report"),
    ("One question: do the other members need to register? Mr. Tawfik may also be replaced by another volunteer; would "
     "that be a problem?\n\nMarwa\n", "speaker_request", "other"),
])
def test_follow_ups_in_a_thread(ruleset: Ruleset, body: str, thread: str, category: str) -> None:
    assert _category("Re: nominations", body, ruleset, thread) == category


def test_a_speaker_who_withdraws_from_a_session(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nI am one of the nominees below. I am very sorry but I have to withdraw from the open "
            "discussion on 23 February.\n\nBest regards,\nRahel\n")
    assert run(message(body, subject="Re: nominations"), rules).withdrawal
