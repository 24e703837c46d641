"""Families of the blind sets (session 36): a journalist who asks for press accreditation, her details in labelled lines
like a speaker form, asks no speaking role; a document put forward as the body's contribution to the review, whatever
it is called ("we would like the study to be considered as our voluntary contribution to the regional review") is a
report, and one only asked about ("هل يمكن اعتبار هذا الفيلم بمثابة تقرير طوعي، مرفقاً بملخص؟") is not; a question by
the French inversion ("Faut-il une autorisation ?") anywhere in a line is a question, unless it asks to speak; a formal
letter that asks "the following" and lists a role under it ("يتشرف الفرع بطلب ما يلي:") is a request; and the signed
copy of a nominating letter, attached, is no report."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import decide, decide_reply, fired, mail

_PDF = "application/pdf"


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nJournaliste à Radio Atlas Sud, je souhaiterais être accréditée pour couvrir la conférence des 24 et 25 "
    "février (séances plénières et une table ronde).\n\nNom : Lina Bouchareb\nFonction : journaliste\nMédia : Radio Atlas "
    "Sud\n\nMerci,\nLina Bouchareb\n",
    "Dear Secretariat,\n\nI would like to request press accreditation for the Conference on 24-25 February, to cover the "
    "plenary sessions and the thematic roundtables.\n\nName: Tom Aldridge\nTitle: Correspondent\nOutlet: Levant Weekly\n\n"
    "Best,\nTom Aldridge\n",
    "السلام عليكم\n\nأرجو اعتمادي كصحفية لتغطية أعمال المؤتمر يومي ٢٤ و٢٥ فبراير، الجلسات العامة والموائد المستديرة.\n\n"
    "الاسم: سهى المرزوقي\nالصفة: مراسلة\nالمؤسسة: جريدة الساحل\n\nسهى\n",
])
def test_a_press_accreditation_asks_no_role(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Accreditation", body))
    assert "press-accreditation" in fired(decision)
    assert decision.category == "other"


# Near miss: a speaker request that mentions its press officer is still the request
def test_near_miss_a_request_that_mentions_its_press_team(ruleset: Ruleset) -> None:
    body = ("Dear Secretariat,\n\nWe would like to nominate Ms. Hala Saab, Director, for a floor intervention in roundtable "
            "2. Our press officer will also follow the plenary.\n\nRegards,\nKarim\n")
    assert decide(ruleset, mail("Speaker", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nPlease find attached \"Words that Wound\", our monitoring study of hate speech about migrants in "
    "online news.\n\nWe would like the study to be considered as the Observatory's voluntary contribution to the regional "
    "review of the Global Compact.\n\nBest,\nRana\n",
    "Bonjour,\n\nVous trouverez ci-joint l'étude « Paroles qui blessent ».\n\nNous souhaitons qu'elle soit considérée "
    "comme notre contribution volontaire à l'examen régional du Pacte mondial.\n\nCordialement,\nRana\n",
    "تحية طيبة،\n\nنرفق لكم دراسة «كلمات تجرح» عن خطاب الكراهية في الصحافة.\n\nنرجو اعتبار هذه الدراسة مساهمة المرصد "
    "الطوعية في الاستعراض الإقليمي للاتفاق العالمي.\n\nمع التحية\nرنا\n",
])
def test_a_document_put_forward_as_the_contribution_is_a_report(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Contribution", body, attachments=[("Words_that_Wound_2020.pdf", _PDF)]))
    assert decision.category == "voluntary_report"


# Near miss: whether it could be considered so, asked, hands nothing over
def test_near_miss_asked_whether_it_can_count(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nCould our short film be considered as our contribution to the regional review, with a "
            "two-page summary?\n\nBest,\nRana\n")
    assert "report-handed-over-en" not in fired(decide(ruleset, mail("Question", body)))


def test_a_report_asked_about_in_arabic_is_not_handed_over(ruleset: Ruleset) -> None:
    body = ("السلام عليكم\n\nنود أن نستفسر: هل يمكن اعتبار فيلمنا بمثابة تقرير طوعي للجمعية، مرفقاً بملخص مكتوب من "
            "صفحتين؟ أم يجب تقديم تقرير مكتوب كامل؟\n\nمع التحية\nالكاتب العام\n")
    decision = decide(ruleset, mail("استفسار بخصوص التقرير الطوعي", body))
    assert "report-handed-over-ar" not in fired(decision)
    assert decision.category == "other"


# Near miss: the report attached, then a question on another matter, is handed over
def test_near_miss_an_attached_report_then_a_question(ruleset: Ruleset) -> None:
    body = "السلام عليكم\n\nالتقرير الطوعي للجمعية في المرفق. هل يصلكم الملف كاملاً؟\n\nمع التحية\n"
    decision = decide(ruleset, mail("التقرير", body, attachments=[("report.pdf", _PDF)]))
    assert "report-handed-over-ar" in fired(decision)


def test_questions_by_inversion_in_a_reply_are_questions(ruleset: Ruleset) -> None:
    body = ("Bonjour,\n\nMerci pour votre accusé de réception. Deux questions pratiques :\n\n1. Notre intervenante aura 17 "
            "ans. Faut-il une autorisation parentale ?\n2. Pendant son intervention en plénière, Yanis pourrait-il montrer "
            "une vidéo de deux minutes ?\n\nBien à vous,\nSarah\n")
    decision = decide_reply(ruleset, "Re: Accusé de réception", body)
    assert "asks-a-question" in fired(decision)
    assert decision.category == "other"


# Near miss: asking, by inversion, whether one may still speak is a request
@pytest.mark.parametrize("question", ["Serait-il encore possible d'intervenir à la table ronde 3 ?",
                                      "Est-il encore possible de proposer une intervenante pour la table ronde 1 ?"])
def test_near_miss_an_inverted_question_that_asks_to_speak(ruleset: Ruleset, question: str) -> None:
    body = f"Bonjour,\n\n{question}\n\nIntervenante : Mme Awa Ndiaye, chargée de programme, Réseau Sahel Avenir\n\nMerci\n"
    assert "asks-a-question" not in fired(decide(ruleset, mail("Table ronde", body)))


def test_a_letter_that_asks_the_following_lists_its_request(ruleset: Ruleset) -> None:
    body = ("الإخوة/ أمانة الاستعراض الإقليمي المحترمون\n\nتحية طيبة وبعد،\n\nيتشرف الاتحاد بطلب ما يلي:\n"
            "أولاً: أن تشارك الأستاذة نجوى سالم الحبيشي، أمينة الصندوق، بمداخلة في المائدة المستديرة الأولى.\n"
            "ثانياً: تزويدنا برابط الاجتماع.\n\nوتقبلوا خالص التحية\nرئيس الاتحاد\n")
    decision = decide(ruleset, mail("طلب مشاركة", body))
    assert decision.category == "speaker_request"


# Near miss: "the following" asked with no role under it
def test_near_miss_the_following_asked_with_no_role(ruleset: Ruleset) -> None:
    body = ("تحية طيبة وبعد،\n\nنطلب ما يلي:\nأولاً: تزويدنا برابط الاجتماع.\nثانياً: نسخة من جدول الأعمال.\n\n"
            "مع التحية\n")
    assert decide(ruleset, mail("طلب", body)).category == "other"


def test_the_signed_copy_of_a_nominating_letter_is_no_report(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nLe Conseil de l'Ordre a décidé de désigner les deux confrères suivants :\n\n– Me Salma "
            "Idrissi, avocate, pour une intervention lors de la table ronde n° 2 ;\n– Me Omar Tazi, avocat, pour une "
            "intervention en séance plénière.\n\nUne copie signée de la présente est jointe.\n\nLe Bâtonnier\n")
    letter = ("Ordre des Avocats\nObjet : désignation d'intervenants - Examen régional du Pacte mondial\n\nLe Conseil de "
              "l'Ordre a décidé de désigner les deux confrères suivants : Me Salma Idrissi, avocate, pour une intervention "
              "lors de la table ronde n° 2 ; Me Omar Tazi, avocat, pour une intervention en séance plénière.\n")
    raw = mail("Désignation d'intervenants", body, attachments=[("Lettre 017-2021 signee.pdf", _PDF)])
    decision = decide(ruleset, raw, {"Lettre 017-2021 signee.pdf": DocText("Lettre 017-2021 signee.pdf", letter)})
    assert "decoy-nomination-letter-text" in fired(decision)
    assert (decision.category, decision.report_attachments) == ("speaker_request", ())


# Near miss: a report that closes with a nomination has a report's parts, and stays the report
def test_near_miss_a_report_that_also_nominates(ruleset: Ruleset) -> None:
    body = "Dear colleagues,\n\nPlease find attached our voluntary GCM review report.\n\nBest,\nLeila\n"
    report = ("Voluntary GCM Review Report\nExecutive summary\n...\nRecommendations\n...\nWe propose Ms. Leila Haddad as a "
              "speaker for roundtable 2.\n")
    raw = mail("Report", body, attachments=[("Report.pdf", _PDF)])
    decision = decide(ruleset, raw, {"Report.pdf": DocText("Report.pdf", report)})
    assert "Report.pdf" in decision.report_attachments


# Plain, unaccented French from a phone: "je veux parler dans la pleniere", "voila mon rapport, je l'ai ecrit ici"
def test_i_want_to_speak_in_plain_french(ruleset: Ruleset) -> None:
    body = "bonjour\n\nje veux parler dans la pleniere le 24 fevrier pour dire la situation des travailleurs ici.\n\nmerci\nKofi\n"
    assert decide(ruleset, mail("demande", body)).category == "speaker_request"


# Near miss: wanting to know is a question
def test_near_miss_i_want_to_know(ruleset: Ruleset) -> None:
    body = "bonjour\n\nje veux savoir si la pleniere sera en ligne ?\n\nmerci\nKofi\n"
    assert decide(ruleset, mail("question", body)).category == "other"


def test_here_is_my_report_with_voila(ruleset: Ruleset) -> None:
    body = ("Bonsoir,\n\nJe ne suis pas dans une association. Voila mon rapport, je l'ai écrit directement ici.\n\n"
            "1. La situation\nBeaucoup de familles sont rentrées sans rien.\n\n2. Ce que nous demandons\n- un guichet pour "
            "les retournés\n\nMerci\n")
    assert decide(ruleset, mail("rapport", body)).category == "voluntary_report"


# A report sent with the word that no speaker is proposed: the report alone
@pytest.mark.parametrize("said", ["Nous n'avons pas proposé d'intervenant pour cette fois.",
                                  "We have not nominated any speaker this time.", "لم نرشح أي متحدث هذه المرة."])
def test_no_speaker_proposed_said_in_the_perfect(ruleset: Ruleset, said: str) -> None:
    body = f"Bonjour,\n\nVeuillez trouver en pièce jointe notre rapport volontaire.\n\n{said}\n\nCordialement\n"
    decision = decide(ruleset, mail("Rapport volontaire", body, attachments=[("Rapport_volontaire_2021.pdf", _PDF)]))
    assert decision.category == "voluntary_report"


# Questions asked before anything is sent ("قبل ما نبعت شي", "thinking of proposing"), however much they say of roles
@pytest.mark.parametrize("body", [
    "مرحبا،\n\nعنا سؤالين قبل ما نبعت شي:\n\n1- فينا نطلب إنو وحدة من الأمهات تحكي بالنقاش المفتوح؟\n2- بتقبلوا فيديو بدل "
    "التقرير؟\n\nشكراً\nأحمد\n",
    "Dear colleagues,\n\nWe are thinking of proposing young people for the open discussion and the thematic roundtables. Before "
    "we do, two questions:\n1. Will the sessions be recorded?\n2. Can speakers use first names only?\n\nBest,\nAnna\n",
])
def test_questions_before_anything_is_sent(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Questions", body)).category == "other"


# Yemeni "I want" ("اشتي اشارك بكلمه في الجلسه العامه") asks to speak as "أريد" does
def test_yemeni_i_want_to_speak(ruleset: Ruleset) -> None:
    body = "السلام عليكم\n\nاشتي اشارك بكلمه في الجلسه العامه عن وضع النازحين في تعز.\n\nوجزاكم الله خير\nمحمد\n"
    assert decide(ruleset, mail("طلب مشاركه", body)).category == "speaker_request"


# A report typed into the body under its heading and its "prepared by" line, which a mailer's wrapping may join
@pytest.mark.parametrize("heading", [
    "تقرير طوعي: الشباب والهجرة في ولاية نابل\nمن إعداد: فريق الشباب المتطوعين بجمعية شباب نابل للمواطنة - جانفي 2021",
    "Voluntary report: youth and irregular migration in Nabeul\nPrepared by: the youth volunteers of the Nabeul Citizenship "
    "Association - January 2021",
])
def test_a_report_in_the_body_under_its_heading(ruleset: Ruleset, heading: str) -> None:
    body = (f"Bonjour,\n\nvoici notre texte :\n\n-----------------\n{heading}\n-----------------\n\n1. Qui sommes-nous\n"
            "Un groupe de 14 jeunes.\n\n2. Ce que nous avons vu\n- des départs en mer.\n")
    assert "report-in-body-heading" in fired(decide(ruleset, mail("Nabeul", body)))
