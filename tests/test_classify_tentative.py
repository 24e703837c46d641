"""Speaking requests made tentatively: a colloquial Arabic "I'd like to take part" in the open discussion (or the
roundtables), which asks to speak, and a speaking request that a report's sender leaves undecided or for a later
message ("if applicable"), which leaves the message a report. Each family in the languages it concerns, with
near-misses that must not change."""

from __future__ import annotations

import pytest

from intake.model import Decision
from tests.test_classify import PDF, decide, mail

# ---------------------------------------------------------------------------------------------
# A colloquial "I'd like to take part" in the open discussion (or the roundtables) asks to speak

def _decide(ruleset, subject: str, body: str, report: str | None = None) -> Decision:
    return decide(ruleset, mail(subject, body, attachments=[(report, PDF)] if report else ()))


@pytest.mark.parametrize("body", [
    "مرحبا\nحابب شارك بالنقاش المفتوح تبع المشاورة إذا ممكن.\nشكرا\nسامر العلي\n",
    "السلام عليكم\nبدنا نشارك بالحوار المفتوح يوم ٢٣ شباط، نحنا جمعية صغيرة بطرابلس.\nرنا\n",
    "أهلا\nعايزة اتكلم في المناقشة المفتوحة عن أوضاع العاملات.\nمنى سعيد\n",
    "مرحبا\nحابين نحكي بالموائد المستديرة عن موضوع الترحيل.\nفريق شبكة الأمل\n",
])
def test_colloquial_wish_to_speak_in_open_discussion(body: str, ruleset) -> None:
    assert _decide(ruleset, "مشاركة", body).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "مرحبا\nحابب احضر النقاش المفتوح بس كمستمع.\nسامر\n",  # to attend, not to speak
    "مرحبا\nبدي اعرف موعد النقاش المفتوح لو سمحتو.\nرنا\n",  # a question about the date
])
def test_colloquial_attend_or_ask_is_not_a_request(body: str, ruleset) -> None:
    assert _decide(ruleset, "سؤال", body).category != "speaker_request"


# ---------------------------------------------------------------------------------------------
# A report whose sender leaves the speaking request undecided or for a later message, "if applicable"
_REPORT_EN = "Dear colleagues,\nPlease find attached the voluntary GCM review report of our network.\n{}\nBest regards,\nLeila\n"
_REPORT_FR = "Madame, Monsieur,\nVeuillez trouver ci-joint le rapport d'examen volontaire du PMM de notre réseau.\n{}\n" \
    "Cordialement,\nNadia\n"
_REPORT_AR = "السادة الكرام،\nيسرنا أن نرسل إليكم مرفقاً التقرير الطوعي لاستعراض الاتفاق العالمي من شبكتنا.\n{}\nمع التحية\nسلمى\n"


@pytest.mark.parametrize(("template", "sentence"), [
    (_REPORT_EN, "We have not yet decided whether to request a speaking role; if we do, we will write separately."),
    (_REPORT_EN, "We are still discussing whether we would ask for a floor intervention at the plenary."),
    (_REPORT_EN, "If relevant, our speaker nomination for roundtable 3 will follow in a separate email."),
    (_REPORT_FR, "Nous n'avons pas encore décidé si nous allons demander une intervention en table ronde."),
    (_REPORT_FR, "Nous vous enverrons séparément, le cas échéant, la proposition d'intervenant de la coalition."),
    (_REPORT_FR, "La proposition d'oratrice suivra éventuellement dans un autre courriel."),
    (_REPORT_AR, "لم نقرر بعد ما إذا كنا سنطلب مداخلة في المائدة المستديرة."),
    (_REPORT_AR, "لم نحسم بعد إذا كنا نرغب في طلب مداخلة في الجلسة العامة."),
    (_REPORT_AR, "عند الاقتضاء سنرسل ترشيح المتحدث في رسالة لاحقة."),
])
def test_undecided_speaking_request_leaves_a_report(template: str, sentence: str, ruleset) -> None:
    decision = _decide(ruleset, "GCM report", template.format(sentence), report="GCM_voluntary_report_2021.pdf")
    assert decision.category == "voluntary_report"


@pytest.mark.parametrize(("template", "sentence"), [
    # undecided about who speaks, not about asking: the request stands
    (_REPORT_EN, "We have not yet decided whether Dr Lina Haddad or Mr Omar Said will speak, but we request a floor "
                 "intervention in roundtable 2."),
    (_REPORT_EN, "We nominate Ms Hana Qasem to speak in the plenary. If needed, her deputy will attend."),
    (_REPORT_FR, "Nous n'avons pas encore décidé qui interviendra, mais nous souhaitons une intervention en table ronde 3."),
    (_REPORT_AR, "نرغب في تقديم مداخلة في الجلسة العامة، ولم نقرر بعد اسم المتحدث."),
])
def test_a_request_beside_an_open_detail_stands(template: str, sentence: str, ruleset) -> None:
    decision = _decide(ruleset, "GCM report", template.format(sentence), report="GCM_voluntary_report_2021.pdf")
    assert decision.category == "both"


# ---------------------------------------------------------------------------------------------
# A question about a speaker the sender might propose ("if we nominate a speaker, ...?") proposes no one
@pytest.mark.parametrize("body", [
    "Dear colleagues,\nA practical question: if we nominate a speaker for the plenary now, could we still change the "
    "person in March?\nNothing is attached yet; our report will come later.\nKind regards,\nTom Reilly\n",
    "Bonjour,\nUne question pratique : si nous désignons une intervenante pour la table ronde 2, pourra-t-elle "
    "intervenir à distance ?\nNous ne vous envoyons rien pour le moment.\nBien à vous,\nAline Roux\n",
    "تحية طيبة،\nفي حال قررنا ترشيح متحدث للجلسة العامة قبل 5 فبراير، هل يمكن تغييره لاحقاً\nلا نرسل أي شيء الآن.\n"
    "مع الشكر،\nهالة يوسف\n",
    "مرحبا\nازا رشحنا حدا يحكي بالنقاش المفتوح بيقدر يحكي اونلاين\nرنا\n",
])
def test_hypothetical_speaker_proposal_is_no_request(body: str, ruleset) -> None:
    decision = _decide(ruleset, "Question", body)
    assert decision.category == "other"
    assert decision.needs_review is False


@pytest.mark.parametrize("body", [
    "Dear colleagues,\nWe nominate a speaker for the plenary: Ms Joan Park, Director of our network.\nIf she cannot "
    "come, could we replace her later?\nKind regards,\nTom Reilly\n",
    "Bonjour,\nNous proposons une intervenante pour la table ronde 2 : Mme Aline Roux, présidente de l'association.\n"
    "Si elle n'est pas disponible, pourrons-nous la remplacer ?\nBien à vous,\nNadia\n",
    "تحية طيبة\nنرشح متحدثا للجلسة العامة: السيدة هالة يوسف، رئيسة الجمعية. إذا لم تتمكن من الحضور، هل يمكن استبدالها؟\n"
    "هالة\n",
])
def test_a_speaker_proposed_beside_a_question_stands(body: str, ruleset) -> None:
    assert _decide(ruleset, "Speaker", body).category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A colloquial wish to be the role oneself ("I'd like to be the rapporteur") asks to speak
@pytest.mark.parametrize("body", [
    "مرحبا\nنحنا جمعية صغيرة بحلب، وانا بحب كون المتحدث بالجلسة العامة عن العودة.\nسامر\n",
    "مرحبا\nبدي صير مقررة بالمؤتمر اذا في مجال.\nهالة\n",
    "أهلا\nعايزة ابقى متحدثة في المائدة المستديرة عن العاملات.\nمنى\n",
])
def test_colloquial_wish_to_be_the_role_is_a_request(body: str, ruleset) -> None:
    assert _decide(ruleset, "مشاركة", body).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "مرحبا\nما بدي كون متحدث، بس بدي احضر الجلسة.\nسامر\n",  # declines, attends
    "مرحبا\nبحب كون موجود بالمؤتمر كمستمع.\nسامر\n",  # to be there, not a role
])
def test_colloquial_wish_to_be_there_is_not_a_request(body: str, ruleset) -> None:
    assert _decide(ruleset, "سؤال", body).category != "speaker_request"


@pytest.mark.parametrize("body", [
    "Dear secretariat,\nIf we nominate a speaker, should we include a bio? Our speaker will be Dr Hana Saleh, Director, "
    "Migrant Aid Network, for roundtable 2.\nBest\n",
    "Bonjour,\nSi nous proposons une intervenante, faut-il envoyer sa biographie ? Nous proposons Mme Leila Haddad, "
    "présidente de l'association Horizons, pour la table ronde 2.\n",
    "السلام عليكم، إذا رشحنا متحدثاً هل يمكن تغييره لاحقاً؟ نرشح الدكتورة سلمى يوسف، مديرة البرامج في جمعية النور، "
    "للمائدة المستديرة الأولى.\n",
])
def test_a_question_under_if_then_the_proposal_itself_is_a_request(body: str, ruleset) -> None:
    assert _decide(ruleset, "Question", body).category == "speaker_request"
