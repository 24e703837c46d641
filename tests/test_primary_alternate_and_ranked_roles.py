"""Families of the blind sets holdout278-281 (session 40): a primary speaker and an alternate, roles ranked by
preference, a request written for someone who cannot write it, the signature of a letter quoted in the body, and a
report sent in parts.

- "Primary speaker: Ms X, ..." / "Alternate: Ms Y, ..." (« Intervenant principal : », « Suppléante : », "المتحدث
  الرئيسي:", "البديل:"): both are proposed, for the same role, and such a labelled line is evidence of a request. So is
  an alternate named in a sentence ("the alternate will be our colleague Y", « sa suppléante sera Mme Y », "البديلة رح
  تكون زميلتنا Y"); a person after "with" ("..., with Ms. Y, ..., as alternate") is no one's affiliation.
- "Our first choice would be for him to be rapporteur" (« notre premier choix serait qu'il soit rapporteur »,
  "الأفضلية الأولى مداخلة في المائدة المستديرة الأولى") asks for a role; "ولو ما في مكان أي مداخلة في الجلسة العامة"
  ("if there is no room, any intervention in the plenary") is a fallback, not a speaker who stays silent.
- "I am writing at the request of Mr X, president of Y" (« Je vous écris à la demande de M. X »): X is the speaker.
- "Sincerely," over "Dr. X" signs a letter quoted in the body: X proposes no one and is proposed by no one.
- In a report's thread, "here are the remaining pages" (« la suite du rapport », "وهي باقي الصفحات") sends the report.
- A post written again in English in brackets after its Arabic is the same post.
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


@pytest.mark.parametrize(("body", "language", "people", "roles"), [
    ("Dear colleagues,\n\nThe RD would like to deliver a floor intervention in RT3.\n\nPrimary speaker: Ms. Hala Nour, "
     "Regional Director, UN Women Regional Office for Arab States\nAlternate: Ms. Ines Marzouki, Deputy Regional "
     "Director, UN Women Regional Office for Arab States\n\nThe alternate would only take the floor if the RD cannot.\n\n"
     "Best,\nDalia\n", "en", [("Hala Nour", "Regional Director"), ("Ines Marzouki", "Deputy Regional Director")],
     ("roundtable",)),
    ("Madame, Monsieur,\n\nLe Bureau souhaiterait intervenir lors de la table ronde n° 4 et propose :\n\n- Intervenant "
     "principal : M. Karim Benhaddou, Spécialiste principal des migrations ;\n- Suppléante : Mme Leïla Mansouri, "
     "Chargée de programme.\n\nCordialement,\nSamia\n", "fr",
     [("Karim Benhaddou", "Spécialiste principal des migrations"), ("Leïla Mansouri", "Chargée de programme")],
     ("roundtable",)),
    ("تحية طيبة وبعد،\n\nيرغب الصندوق في تقديم مداخلة في إحدى الجلسات العامة للمؤتمر، ويرشح لذلك:\n\n- المتحدث الرئيسي: "
     "الدكتور وليد عبد الرحمن الكندري، مدير إدارة العمليات.\n- المتحدثة البديلة: السيدة ريم ناصر العتيبي، كبيرة "
     "الاقتصاديين.\n\nوتفضلوا بقبول فائق الاحترام،\nعبد العزيز\n", "ar",
     [("وليد عبد الرحمن الكندري", "مدير إدارة العمليات"), ("ريم ناصر العتيبي", "كبيرة الاقتصاديين")], ("plenary",)),
])
def test_a_primary_speaker_and_an_alternate(rules: ExtractRules, body: str, language: str,
                                            people: list[tuple[str, str]], roles: tuple[str, ...]) -> None:
    fields = run(message(body, subject="Nomination"), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == people
    assert all(s.roles == roles for s in fields.speakers)


def test_a_labelled_alternate_line_is_evidence_of_a_request(ruleset: Ruleset) -> None:
    body = ("السادة المحترمين،\n\nنشكركم على التوضيح بشأن روابط التسجيل. ويسرنا إفادتكم بما يلي:\n\n- المتحدثة: معالي "
            "السفيرة الدكتورة هيفاء عبد الله المطيري، الأمين العام المساعد، لإلقاء كلمة الأمانة في الجلسة العامة.\n\n"
            "- البديل: الوزير المفوض طارق محمود حجازي، مدير إدارة المغتربين والهجرة، وذلك في حال التعذر.\n\nسامح\n")
    assert _category("RE: استفسار بشأن روابط التسجيل", body, ruleset) == "speaker_request"


def test_a_diplomatic_rank_before_the_name_is_no_post(rules: ExtractRules) -> None:
    body = "نرشح الوزير المفوض طارق محمود حجازي، مدير إدارة المغتربين والهجرة، لإلقاء كلمة في الجلسة العامة.\n\nسامح\n"
    [speaker] = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == ("طارق محمود حجازي", "مدير إدارة المغتربين والهجرة")


@pytest.mark.parametrize(("body", "category"), [
    ("The Alliance would like to propose Dr Abakar Nour, chief physician of our mobile clinics.\n\nOur first choice would "
     "be for him to be rapporteur. Otherwise he could make a floor intervention.\n\nThanks\n", "speaker_request"),
    ("L'Alliance souhaite proposer le Dr Abakar Nour, médecin-chef des cliniques mobiles.\n\nNotre premier choix serait "
     "qu'il soit rapporteur pour porter les messages clés.\n\nMerci\n", "speaker_request"),
    ("دي بيانات المرشحة:\nالاسم: سعاد محمد أوشيك\nالصفة: مديرة البرامج\nالجهة: منظمة الشرق للتنمية\nالمشاركة: الأفضلية "
     "الأولى مداخلة في المائدة المستديرة الأولى، ولو ما في مكان أي مداخلة في الجلسة العامة\n\nمصطفى\n", "speaker_request"),
    # near miss: a first choice said of the report is no request to speak
    ("Our first choice would be to send the report in Arabic, with an English summary later.\n\nThanks\n", "other"),
])
def test_roles_ranked_by_preference(ruleset: Ruleset, body: str, category: str) -> None:
    assert _category("Proposal", body, ruleset) == category


# Near miss: someone who comes along without speaking, "even if they do not speak", still cancels nothing asked
def test_near_miss_even_if_they_do_not_speak_is_attendance(ruleset: Ruleset) -> None:
    body = "نود تسجيل ثلاثة من أعضاء الجمعية للحضور ولو ما يتكلموا في أي جلسة.\n\nمصطفى\n"
    assert _category("تسجيل", body, ruleset) == "other"


@pytest.mark.parametrize(("body", "language", "speaker"), [
    ("Dear colleagues,\n\nI am writing at the request of Mr. Abdelkrim Nasri, president of the Returnees Association "
     "(AMR), who asked me to write this message for him.\n\nHe would like to take the floor in a plenary session.\n\n"
     "Regards,\nLeila Bennani\nInterpreter\n", "en", ("Abdelkrim Nasri", "president")),
    ("Madame, Monsieur,\n\nJe vous écris à la demande de M. Abdelkrim Nasri, président de l'Association des Migrants "
     "de Retour (AMR), qui m'a demandé de rédiger ce message pour lui.\n\nIl souhaiterait prendre la parole lors d'une "
     "séance plénière.\n\nSalutations,\nLeïla Bennani\nInterprète\n", "fr", ("Abdelkrim Nasri", "président")),
])
def test_written_at_the_request_of_the_speaker(rules: ExtractRules, body: str, language: str,
                                               speaker: tuple[str, str]) -> None:
    [found] = run(message(body), rules, language=language).speakers
    assert (found.name, found.title) == speaker


def test_the_signatory_of_a_quoted_letter_is_no_speaker(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nأرفق لكم أدناه نص كتاب الاتحاد بخصوص الترشيح.\n\n-----\nيسر الاتحاد أن يرشح السيد باسل "
            "فؤاد العمري، مدير دائرة سوق العمل، لتقديم مداخلة في المائدة المستديرة الثانية.\n\nويمثل الاتحاد أكثر من 1,400 "
            "منشأة.\n\nوتفضلوا بقبول فائق الاحترام،\n\nم. عماد يوسف الزعبي\nالأمين العام\n-----\n\nمع خالص التحيات،\nديما\n"
            "مديرة مكتب الأمين العام\n")
    fields = run(message(body), rules, language="ar")
    assert [s.name for s in fields.speakers] == ["باسل فؤاد العمري"]


@pytest.mark.parametrize(("body", "thread", "category"), [
    ("وهي باقي الصفحات 5 و6 و7، هيك صار التقرير كامل.\n\nأحمد\n", "voluntary_report", "voluntary_report"),
    ("Here are the remaining pages of our report, scanned this morning.\n\nAhmad\n", "voluntary_report", "voluntary_report"),
    ("Voici la suite du rapport, pages 5 à 7.\n\nAhmed\n", "both", "voluntary_report"),
    # near miss: outside a report's thread, "the remaining pages" sends nothing we know of
    ("Here are the remaining pages, scanned this morning.\n\nAhmad\n", None, "other"),
])
def test_the_rest_of_a_report_in_its_thread(ruleset: Ruleset, body: str, thread: str | None, category: str) -> None:
    assert _category("Re: report (1)", body, ruleset, thread) == category


def test_a_post_translated_in_brackets_is_the_same_post(rules: ExtractRules) -> None:
    body = ("الاسم: رهف محمود الحسين\nالصفة: مسؤولة الحماية الميدانية (Field Protection Officer)\nالجهة: منظمة بصمة أمل\n"
            "الدور: مقررة\n\nرهف\n")
    [speaker] = run(message(body), rules, language="ar").speakers
    assert speaker.title == "مسؤولة الحماية الميدانية"


@pytest.mark.parametrize(("body", "language", "people"), [
    ("مرحبا،\n\nحابين نرشّح زميلنا م. فراس جميل الحياري، منسق برنامج سبل العيش، ليعمل مداخلة بالطاولة المستديرة "
     "التانية.\n\nوإذا صار عنده أي تعارض بالمواعيد، البديلة رح تكون زميلتنا رشا عماد الدباس، محللة برامج.\n\nلانا\n", "ar",
     [("فراس جميل الحياري", 2), ("رشا عماد الدباس", 2)]),
    ("Dear colleagues,\n\nWe propose our colleague Mr. Firas Hiyari, Programme Coordinator, for roundtable 2.\n\nIf he "
     "has a conflict, the alternate will be our colleague Rasha Dabbas, Programme Analyst.\n\nThanks,\nLana\n", "en",
     [("Firas Hiyari", 2), ("Rasha Dabbas", 2)]),
    ("Madame, Monsieur,\n\nNous proposons M. Karim Benhaddou, spécialiste, pour la table ronde 4.\n\nSa suppléante sera "
     "Mme Leïla Mansouri, chargée de programme.\n\nCordialement,\nSamia\n", "fr",
     [("Karim Benhaddou", 4), ("Leïla Mansouri", 4)]),
])
def test_an_alternate_in_a_sentence_is_proposed_for_the_same_role(rules: ExtractRules, body: str, language: str,
                                                                  people: list[tuple[str, int]]) -> None:
    fields = run(message(body, subject="Nomination"), rules, language=language)
    assert [(s.name, s.roundtable) for s in fields.speakers] == people


def test_a_person_after_with_is_no_affiliation(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nIf there is still space in RT2, we would like to propose Mr. Tamer Soliman, Regional "
            "Adviser, Social Policy, with Ms. Farah Odeh, Social Policy Specialist, as alternate.\n\nBest regards,\nFarah\n")
    fields = run(message(body), rules)
    assert [(s.name, s.affiliation) for s in fields.speakers] == [("Tamer Soliman", None), ("Farah Odeh", None)]
