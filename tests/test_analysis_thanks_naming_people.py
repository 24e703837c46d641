"""A thank-you for our acknowledgement that names the people it concerns with abbreviated forms of address ("Dr. Salwa
and Mr. Haddad look forward to it", « M. Diallo et Mme Sow vous remercient ») adds nothing: the full stop of "Dr." or
"M." ends no sentence, and "الأستاذ"/"الأستاذة" before a name is no post, so the few sentences of a thank-you stay few; with the near miss of a reply that, however
short its sentences, gives news in more of them than a thank-you runs to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from intake.analysis import analyse, load_context
from intake.config import Settings
from tests.mails import mail, raw

SUBJECT = "RE: Acknowledgement of receipt - nomination of speakers"


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nWell received, thank you. Dr. Salwa and Mr. Haddad are looking forward to the meeting.\n\n"
    "Best regards,\nRania\n",
    "Chers collègues,\n\nBien reçu, merci beaucoup. M. Diallo et Dr. Sow se réjouissent de vous retrouver à Beyrouth.\n\n"
    "Cordialement,\nAwa\n",
    # "الأستاذ"، "الأستاذة" before a name address the person, they give no post
    "شكراً ليكم كتير على التأكيد، وربنا يوفقكم.\nالأستاذ محمد طاهر والأستاذة آمنة في انتظار التفاصيل.\n\nعثمان\n",
])
def test_a_thank_you_naming_people_by_honorific_gets_no_acknowledgement(
        make_settings: Callable[..., Settings], body: str) -> None:
    analysis = analyse(raw(mail(subject=SUBJECT, body=body, in_reply_to="ack.1@iom.int")), load_context(make_settings()))
    assert analysis.category == "other"
    assert not analysis.acknowledge


def test_near_miss_a_reply_with_more_news_than_a_thank_you(make_settings: Callable[..., Settings]) -> None:
    body = ("Dear colleagues,\n\nWell received, thank you. Dr. Salwa will travel on 22 February. Mr. Haddad joins online. "
            "Our intern will also attend. Could you send the agenda.\n\nBest regards,\nRania\n")
    analysis = analyse(raw(mail(subject=SUBJECT, body=body, in_reply_to="ack.1@iom.int")), load_context(make_settings()))
    assert analysis.acknowledge


@pytest.mark.parametrize("body", [
    # whom the sender has told is no post given, and a device's footer under the name is no sentence
    "شكراً جزيلاً على التأكيد، يعطيكم العافية.\n\nتم إبلاغ سعادة رئيس اللجنة، وبنتواصل معكم إذا صار أي تغيير.\n\n"
    "عمر الحياري\n\nأُرسلت من الـ iPhone\n",
    "Many thanks for the confirmation.\n\nI have informed our Director, and we will let you know of any change.\n\n"
    "Omar\n\nSent from my iPhone\n",
])
def test_a_thank_you_that_says_who_was_told(make_settings: Callable[..., Settings], body: str) -> None:
    analysis = analyse(raw(mail(subject=SUBJECT, body=body, in_reply_to="ack.1@iom.int")), load_context(make_settings()))
    assert analysis.category == "other"
    assert not analysis.acknowledge


def test_a_greeting_is_no_sentence_of_news(make_settings: Callable[..., Settings]) -> None:
    body = ("Dear colleagues,\n\nThank you for your kind acknowledgement. Canon Daniel asked me to convey his gratitude "
            "and to assure you of his prayers for the conference. We look forward to hearing from you about the "
            "programme in due course.\n\nWith every blessing,\nPriya Fernandes\n")
    analysis = analyse(raw(mail(subject=SUBJECT, body=body, in_reply_to="ack.1@iom.int")), load_context(make_settings()))
    assert not analysis.acknowledge


def test_near_miss_a_long_decline_under_a_greeting(make_settings: Callable[..., Settings]) -> None:
    body = ("السيدات والسادة أمانة الاستعراض الإقليمي المحترمين،\n\nتحية طيبة وبعد،\n\n"
            "بالإشارة إلى رسالتكم أدناه بشأن الدعوة إلى الاستعراض الإقليمي، تتقدم الهيئة بالشكر على دعوتها، وتأسف لإبلاغكم "
            "بتعذّر مشاركتها في المشاورة متعددة أصحاب المصلحة وفي المؤتمر الإقليمي، لتزامن موعدهما مع انعقاد الدورة العادية "
            "لمجلس المفوضين ومع بعثة الرصد الميدانية إلى مراكز إيواء المهاجرين في الجنوب.\n\n"
            "كما نحيطكم علماً بأن الهيئة لن تتمكن من إعداد تقرير طوعي في الآجال المحددة، وستكتفي بمتابعة مخرجات الاستعراض، "
            "ونرجو إبقاءنا على قائمتكم البريدية لموافاتنا بالتقرير الختامي.\n\nمع خالص التقدير،\nنوري الفيتوري\n")
    analysis = analyse(raw(mail(subject="RE: دعوة للمشاركة", body=body, in_reply_to="ack.1@iom.int")),
                       load_context(make_settings()))
    assert analysis.acknowledge
