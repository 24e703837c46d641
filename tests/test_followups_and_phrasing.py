"""Phrasing families added after the independent holdout sets: each written in ar/en/fr, none from a corpus file."""

from __future__ import annotations

import pytest

from intake.analysis import adds_nothing, load_context
from intake.classify import classify
from intake.config import Settings
from intake.parse import parse
from intake.text import carry_forward, split
from tests.mails import mail


@pytest.fixture
def ruleset(settings: Settings):  # noqa: ANN201
    return load_context(settings).ruleset


def _category(ruleset, subject: str, body: str, thread: str | None = None) -> str:  # noqa: ANN001
    parsed = parse(mail(subject=subject, body=body))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, thread).category


@pytest.mark.parametrize("body", [
    "تحية طيبة،\n\nتتشرف جمعية الأمل للتنمية بأن تقترح مشاركة مديرتها التنفيذية بمداخلة في الجلسة العامة.",
    "تحية طيبة،\n\nيتشرف اتحاد النقابات بأن يقترح مداخلة لأمينه العام في المائدة المستديرة الثانية.",
])
def test_an_organisation_proposing_in_the_third_person_is_a_speaker_request(ruleset, body: str) -> None:  # noqa: ANN001
    assert _category(ruleset, "المشاركة في الاستعراض الإقليمي", body) == "speaker_request"


@pytest.mark.parametrize(("subject", "body"), [
    ("Our contribution", "Dear colleagues,\n\nOur report is short, so we paste it in the body of this email.\n\n1. Context ..."),
    ("Notre contribution", "Bonjour,\n\nNotre rapport étant bref, nous le copions dans le corps de ce message.\n\n1. Contexte ..."),
    ("مساهمتنا", "تحية طيبة،\n\nنظراً لقصر التقرير ندرجه في متن هذه الرسالة.\n\n1. السياق ..."),
])
def test_a_report_said_to_be_in_the_body_is_a_report(ruleset, subject: str, body: str) -> None:  # noqa: ANN001
    assert _category(ruleset, subject, body) == "voluntary_report"


@pytest.mark.parametrize("body", [
    "Hello,\n\nFurther to my previous message, I work as Programme Officer at the Nile Migrants Forum.",
    "Bonjour,\n\nSuite à mon précédent message, je suis chargée de projet à l'Association Rive Sud.",
    "مرحباً،\n\nاستكمالاً لرسالتي السابقة، أعتذر لعدم ذكر بياناتي: أعمل منسقة برامج في جمعية الضفة.",
])
def test_a_reply_completing_a_speaker_request_stays_a_speaker_request(ruleset, body: str) -> None:  # noqa: ANN001
    assert _category(ruleset, "Re: Speaker request", body, thread="speaker_request") == "speaker_request"
    assert _category(ruleset, "Re: Question", body, thread=None) != "speaker_request"


def test_a_lone_quoted_line_at_the_end_is_a_quote() -> None:
    parts = split("Thanks a lot.\n\nSalma\n\n> Your message has been received.")
    assert parts.quoted == "> Your message has been received." and "received" not in parts.new


@pytest.mark.parametrize(("text", "nothing"), [
    ("Many thanks for the confirmation, and good luck with the review!\n\nSalma", True),
    ("Merci pour la confirmation et bonne continuation dans vos travaux.\n\nKarim", True),
    ("شكراً جزيلاً على التأكيد، وبالتوفيق في أعمال الاستعراض.\n\nسعاد", True),
    ("Thanks! One more thing: our director will also attend, can she speak?", False),
])
def test_well_wishing_adds_nothing(text: str, nothing: bool) -> None:
    assert adds_nothing(split(text)) is nothing


@pytest.mark.parametrize(("subject", "body"), [
    ("Submission", "Dear team,\n\nThe Levant Coalition submits its voluntary GCM review report, attached."),
    ("Contribution", "Bonjour,\n\nL'Union des associations vous transmet son rapport volontaire d'examen du Pacte mondial."),
    ("مساهمة", "تحية طيبة،\n\nتقدم الشبكة تقريرها الطوعي حول تنفيذ الاتفاق العالمي للهجرة."),
])
def test_an_organisation_handing_over_its_report_in_the_third_person(ruleset, subject: str, body: str) -> None:  # noqa: ANN001
    assert _category(ruleset, subject, body) == "voluntary_report"


@pytest.mark.parametrize("body", [
    "Dear team,\n\nA few questions about interpretation. Our speaker request was sent separately last week.",
    "Bonjour,\n\nQuelques questions pratiques. Notre demande d'intervention a été envoyée séparément.",
    "مساء الخير،\n\nلدينا أسئلة حول الترجمة. زميلي أرسل طلب المداخلة في رسالة منفصلة.",
])
def test_a_message_saying_the_request_went_separately_is_not_the_request(ruleset, body: str) -> None:  # noqa: ANN001
    assert _category(ruleset, "Question", body) == "other"


@pytest.mark.parametrize(("new", "on_file", "newcomers", "replaced"), [
    ("Mr Khalil cannot attend; Ms Haddad will speak in his place.", ["Omar Khalil", "Lina Haddad"], ["Rana Haddad"], (0,)),
    ("M. Omar Khalil sera remplacé par Mme Rana Aziz.", ["Omar Khalil", "Lina Haddad"], ["Rana Aziz"], (0,)),
    ("سيشارك الدكتور فيصل بدلا من السيدة لينا حداد.", ["عمر خليل", "لينا حداد"], ["فيصل"], (1,)),
    ("Our director will speak instead.", ["Omar Khalil"], ["Sami Nasr"], (0,)),  # the only one on file
    ("Our director will speak instead.", ["Omar Khalil", "Lina Haddad"], ["Sami Nasr"], None),  # whom? ask
])
def test_a_replacement_retires_whom_it_names(new: str, on_file: list[str], newcomers: list[str],
                                             replaced: tuple[int, ...] | None) -> None:
    from intake.analysis import Thread, _replaced
    from intake.model import Fields, MessageParts, Speaker

    thread = Thread(1, "GCM-AR-0001", "speaker_request", "m0@example.org", "s@example.org", "en", "in-reply-to",
                    frozenset(), tuple((n, None, None) for n in on_file))
    fields = Fields(speakers=tuple(Speaker(n) for n in newcomers))
    assert _replaced(MessageParts(new=new), thread, fields) == replaced


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nJe souhaite vous faire part de mon intérêt à prendre la parole lors de la troisième table ronde.\n\nCordialement,\nLéa Martin",
    "Madame, Monsieur,\n\nNotre réseau manifeste son intérêt à intervenir dans la 4e table ronde thématique.\n\nBien à vous,\nKarim",
])
def test_an_interest_in_speaking_and_french_ordinal_roundtables_are_a_speaker_request(ruleset, body: str) -> None:  # noqa: ANN001
    assert _category(ruleset, "Participation à l'examen régional", body) == "speaker_request"
