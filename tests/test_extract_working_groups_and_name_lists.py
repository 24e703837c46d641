"""Families of the blind sets (session 40): posts in a body's working group, lists of bare names, one speaker of a
delegation said in Arabic, and replies to a confirmation of receipt.

- A post in a body's working group or task force ("Chair of the Working Group on Labour Mobility", « coordinatrice
  du groupe de travail sur ... », "رئيسة فريق العمل المعني بـ...") keeps the group in the title; the body proposing
  is the affiliation, as for a committee.
- Items of a list opened by "Names:" ("الأسماء:", « Noms des intervenants : ») each name a person, a bare name too.
- "أن تتولى الدكتورة X إلقاء مداخلة المؤسسة، على أن يقتصر حضور معالي الرئيس وبقية أعضاء الوفد على المتابعة": X alone
  of the delegation speaks, and her name ends before "إلقاء".
- A reply to a "Confirmation of receipt" / "تأكيد استلام" that only thanks and says nothing new needs no answer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from intake.analysis import analyse, load_context
from intake.config import Settings
from intake.extract import ExtractRules
from tests.extracting import message, run
from tests.mails import mail, raw


@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear colleagues,\n\nThe Forum would also like to propose Dr. Salwa Al-Kurdi, Chair of the Working Group on Labour "
     "Mobility, to serve as rapporteur.\n\nKind regards,\nDana Barghouti\nProgramme Officer\nArab Parliamentary Forum on "
     "Migration\n", "en", "Chair of the Working Group on Labour Mobility", "Arab Parliamentary Forum on Migration"),
    ("Madame, Monsieur,\n\nNous proposons Mme Salma Idrissi, coordinatrice du Groupe de travail sur les femmes, pour "
     "intervenir en plénière.\n\nCordialement,\nAmal Bennani\nUnion des travailleurs migrants\n", "fr",
     "coordinatrice du Groupe de travail sur les femmes", "Union des travailleurs migrants"),
    ("Madame, Monsieur,\n\nNous proposons Mme Salma Idrissi, présidente de la Commission des femmes, pour intervenir en "
     "plénière.\n\nCordialement,\nAmal Bennani\nUnion des travailleurs migrants\n", "fr",
     "présidente de la Commission des femmes", "Union des travailleurs migrants"),
])
def test_a_post_in_a_working_group_keeps_the_group_in_the_title(rules: ExtractRules, body: str, language: str,
                                                                 title: str, affiliation: str) -> None:
    [speaker] = run(message(body), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation) == (title, affiliation)


# Near miss: a national commission is a body of its own, not a unit of the sender's
def test_near_miss_a_national_commission_is_the_affiliation(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe propose Ms Amal Saleh, Commissioner at the National Human Rights Commission, to speak "
            "in the plenary.\n\nRegards,\nOmar Ali\nMigrant Aid\n")
    [speaker] = run(message(body), rules).speakers
    assert (speaker.title, speaker.affiliation) == ("Commissioner", "National Human Rights Commission")


@pytest.mark.parametrize(("body", "language", "names"), [
    ("Hello,\n\nWe would like to join the open discussion on 23 February.\n\nNames:\n- Shaikha Al-Anazi, team leader\n"
     "- Dana Al-Rashid\n\nThanks\nShaikha\n", "en", ["Shaikha Al-Anazi", "Dana Al-Rashid"]),
    ("السلام عليكم\n\nحبينا نشارك بالنقاش المفتوح يوم ٢٣ فبراير.\n\nالأسماء:\n- شيخة فهد العنزي، رئيسة الفريق\n"
     "- دانة يوسف الرشيد\n\nومشكورين مقدماً\nشيخة\n", "ar", ["شيخة فهد العنزي", "دانة يوسف الرشيد"]),
])
def test_a_bare_name_under_names_is_a_person(rules: ExtractRules, body: str, language: str, names: list[str]) -> None:
    fields = run(message(body, subject="Open discussion"), rules, language=language)
    assert [s.name for s in fields.speakers] == names


# Near miss: under a line that is no names label, a bare Arabic item is not taken for a person
def test_near_miss_a_bare_item_under_another_heading(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nحبينا نشارك بالنقاش المفتوح يوم ٢٣ فبراير.\n\nمحاور المداخلة:\n- شيخة فهد العنزي، رئيسة الفريق\n"
            "- رواتب متأخرة\n\nومشكورين مقدماً\nشيخة\n")
    fields = run(message(body, subject="Open discussion"), rules, language="ar")
    assert [s.name for s in fields.speakers] == ["شيخة فهد العنزي"]


def test_one_member_of_an_arabic_delegation_delivers_the_statement(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nيسرني أن أحيطكم علماً بأن المؤسسة ستشارك في المؤتمر الإقليمي بوفد يتكون من:\n\n"
            "1. معالي السيد علي حسن السيد، رئيس المؤسسة الوطنية لحقوق الإنسان، رئيساً للوفد.\n"
            "2. سعادة الدكتورة مريم عبدالرحمن الجودر، عضو مجلس المفوضين.\n"
            "3. الأستاذ فيصل محمد النعيمي، باحث قانوني أول.\n\n"
            "وترغب المؤسسة في أن تتولى سعادة الدكتورة مريم الجودر إلقاء مداخلة المؤسسة في المائدة المستديرة الثالثة، على أن "
            "يقتصر حضور معالي الرئيس وبقية أعضاء الوفد على المتابعة دون مداخلات.\n\nوتفضلوا بقبول فائق الاحترام،\n"
            "يوسف الدوسري\nمدير مكتب الرئيس\n")
    fields = run(message(body, subject="مشاركة وفد المؤسسة"), rules, language="ar")
    assert [(s.name, s.roundtable) for s in fields.speakers] == [("مريم عبدالرحمن الجودر", 3)]


@pytest.mark.parametrize(("subject", "acknowledge"), [
    ("Re: تأكيد استلام - مشاركة الفريق بالنقاش المفتوح", False),
    # near miss: asking for a confirmation of receipt is no answer to ours
    ("Re: يرجى تأكيد استلام - مشاركة الفريق بالنقاش المفتوح", True),
])
def test_thanks_for_a_confirmation_of_receipt(make_settings: Callable[..., Settings], subject: str,
                                              acknowledge: bool) -> None:
    body = ("مشكورين ما قصرتوا وصلنا الإيميل.\n\nبالنسبة للعاملة اللي قلت لكم عنها، للحين ما قررت، واذا تغير شي "
            "بنبلغكم.\n\nشيخة\n")
    analysis = analyse(raw(mail(subject=subject, body=body, in_reply_to="ack.1@iom.int")), load_context(make_settings()))
    assert analysis.acknowledge is acknowledge
