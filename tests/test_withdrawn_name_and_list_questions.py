"""A nominee struck off a list sent before ("قد أبلغنا بتعذّر مشاركته، ولذلك نرجو شطب اسمه من قائمة المرشحين", "please
remove her name from our list of speakers"): a withdrawal; and a member asking whether
the list another sent holds her name, sending no request of her own ("فيكن تأكدولي إذا اسمي موجود؟ ما بدي إبعت طلب
لحالي"): a question."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.rules import Ruleset
from tests.extracting import message, run
from tests.test_classify import decide, mail


@pytest.mark.parametrize(("body", "language"), [
    ("السادة المحترمين،\n\nإلحاقاً برسالتنا السابقة، نحيطكم علماً بأن السيد محمد ولد أحمد، رئيس الجمعية الموريتانية "
     "لحقوق المهاجرين، قد أبلغنا بتعذّر مشاركته في المائدة المستديرة الثالثة، ولذلك نرجو شطب اسمه من قائمة مرشحي الشبكة."
     "\n\nوليد", "ar"),
    ("Dear colleagues,\n\nFurther to our letter, Ms Amina Diallo, Coordinator of the Dakar Migrants Forum, has informed "
     "us that she cannot take part in roundtable 3. Please remove her name from our list of speakers.\n\nWalid", "en"),
])
def test_a_name_struck_off_the_list_is_withdrawn(rules: ExtractRules, body: str, language: str) -> None:
    # (in a thread, the pipeline then records the reply as a note that proposes no one: tests/test_pipeline.py)
    assert run(message(body, subject="Re: Nominations"), rules, language=language).withdrawal is True


def test_near_miss_a_name_added_to_the_list_is_no_withdrawal(rules: ExtractRules) -> None:
    body = "Dear colleagues,\n\nPlease add the name of Ms Amina Diallo to our list of speakers for roundtable 3.\n\nWalid"
    assert run(message(body, subject="Re: Nominations"), rules).withdrawal is False


@pytest.mark.parametrize(("subject", "body"), [
    ("سؤال عن ترشيح الشبكة", "مرحبا،\n\nأنا هدى الحمصي، باحثة قانونية بمركز الشرق للدراسات القانونية ببيروت، ومركزنا عضو بالشبكة العربية للهجرة.\n\n"
    "الشبكة كانت طالبة من الأعضاء يبعتولها أسماء، وأنا بعتتلهن اسمي للنقاش المفتوح تبع المشاورة يوم ٢٣ شباط. بس لهلق ما "
    "حدا رد علي.\n\nفيكن تأكدولي إذا اسمي موجود؟ ما بدي إبعت طلب لحالي إذا هنّي بعتوه، كرمال ما يصير في تكرار.\n\nهدى"),
    ("Speaker nominations of the network", "Hello,\n\nI am Houda Homsi, legal researcher at the Sharq Centre for Legal Studies in Beirut, a member of the Arab "
    "Network. The network asked its members for names and I sent mine for the open discussion of the consultation on 23 "
    "February.\n\nCould you check whether my name is on the list they sent you? I do not want to send a separate "
    "request if they did.\n\nHouda"),
])
def test_asking_whether_the_list_holds_my_name_is_a_question(ruleset: Ruleset, subject: str, body: str) -> None:
    assert decide(ruleset, mail(subject, body)).category == "other"


def test_near_miss_asking_to_put_my_name_on_the_list(ruleset: Ruleset) -> None:
    body = "Hello,\n\nPlease put my name on the list of speakers for the open discussion.\n\nHouda Homsi\nLegal researcher"
    assert decide(ruleset, mail("Request", body)).category == "speaker_request"
