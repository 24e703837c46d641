"""Messages that ask rather than submit, and one that submits in few words: a speaking request put off until questions
are answered ("before she decides whether to ask for the floor"), a follow-up that comes back to a request on file and
asks about the session, a chase of an unacknowledged mail that recalls the request it held, a question that names the
sending of a report ("can we send the report in Arabic only?"), and a contribution whose text is said to be in the
body further on. Each family in the languages it concerns, with near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_classify import decide, decide_reply, fired, mail

# ---------------------------------------------------------------------------------------------
# The decision to ask for the floor put off until the secretariat answers, whoever decides: no request yet


@pytest.mark.parametrize("body", [
    "Hello,\n\nOur chairwoman Dr Lina Farah is keen on the review, but before she decides whether to request a floor "
    "intervention she would like to know if the roundtables will be interpreted.\n\nThanks,\nSami",
    "Bonjour,\n\nNotre présidente suit l'examen de près. Avant de décider si elle demande une intervention en table "
    "ronde, elle voudrait savoir si l'interprétation sera assurée.\n\nCordialement,\nSami",
    "السلام عليكم،\n\nرئيستنا مهتمة بالمؤتمر، لكن قبل أن تقرر ما إذا كانت ستطلب مداخلة في الجلسة العامة تود معرفة "
    "هل ستتوفر الترجمة الفورية.\n\nمع التحية،\nسامي",
])
def test_a_request_put_off_until_questions_are_answered_is_no_request(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Interpretation at the review", body))
    assert "speaker-request-undecided" in fired(decision) and decision.category == "other"


def test_near_miss_a_request_made_before_deciding_who_else_speaks_stands(ruleset) -> None:
    body = ("Hello,\n\nBefore deciding whom else to propose, we would like to request a floor intervention in roundtable "
            "2 for our director, Ms Hala Nasser.\n\nThanks,\nSami")
    decision = decide(ruleset, mail("Speaking request", body))
    assert "speaker-request-undecided" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A follow-up that comes back, on someone's behalf, to his or her request on file and asks about the session


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nI am writing back to you, on behalf of Dr Karim Said, about his request below. Could you tell "
    "us at what time the plenary starts and send the Zoom links?\n\nBest,\nNadia",
    "Madame, Monsieur,\n\nJe me permets de revenir vers vous, de la part de Mme Salma Idrissi, concernant sa demande "
    "d'intervention. Pourriez-vous nous transmettre l'ordre du jour et les liens de connexion ?\n\nBien à vous,\nNadia",
])
def test_a_follow_up_on_someones_request_asking_about_the_session_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speaking request", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


def test_near_miss_coming_back_with_a_new_speaker_stays_a_request(ruleset) -> None:
    body = ("Madame, Monsieur,\n\nJe me permets de revenir vers vous concernant sa demande d'intervention : nous "
            "souhaitons aussi proposer M. Hamid Tazi pour la table ronde 3. Pourriez-vous nous transmettre l'ordre du "
            "jour ?\n\nNadia")
    decision = decide_reply(ruleset, "Re: speaking request", body)
    assert "asks-about-request-made" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# No acknowledgement yet of an earlier mail, the request it held recalled in the same sentence


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nWe have not yet received any acknowledgement of our email of 3 February (our report and the "
    "nomination of Ms Rana Aziz for roundtable 1). Could you confirm it arrived?\n\nRegards,\nOmar",
    "Madame, Monsieur,\n\nNous n'avons pas encore reçu d'accusé de réception de notre courriel du 3 février (rapport et "
    "proposition d'intervention de Mme Rana Aziz en table ronde 1). Pourriez-vous le confirmer ?\n\nOmar",
    "السادة الكرام،\n\nلم نتلق حتى الآن أي إشعار باستلام رسالتنا المؤرخة في 3 فبراير بشأن التقرير وترشيح السيدة رنا عزيز "
    "للمائدة المستديرة الأولى. نرجو التأكيد.\n\nعمر",
    # the earlier mail named after "pour" / "regarding" rather than "de" / "of"
    "Bonjour,\n\nNous n'avons toujours pas reçu d'accusé de réception pour notre envoi du 8 février (contribution "
    "écrite et demande d'intervention pour M. Karim Zouari). Pouvez-vous nous dire s'il est bien arrivé ?\n\nLeila",
    "Hello,\n\nWe have not received any confirmation regarding our message of 8 February (written input and the "
    "speaking request for Mr Karim Zouari). Could you check that it reached you?\n\nLeila",
])
def test_a_chase_of_an_unacknowledged_mail_recalling_the_request_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: report and speaker", body, thread="both")
    assert "speaker-request-status" in fired(decision) and decision.category == "other"


def test_near_miss_a_request_made_after_the_chase_stands(ruleset) -> None:
    body = ("Dear colleagues,\n\nWe have not yet received any acknowledgement of our email of 3 February. We would "
            "also like to nominate Ms Rana Aziz, our legal officer, to speak in roundtable 1.\n\nRegards,\nOmar")
    decision = decide_reply(ruleset, "Re: report", body, thread="both")
    assert "speaker-request-status" not in fired(decision) and decision.category == "speaker_request"


def test_near_miss_a_request_made_after_a_french_chase_stands(ruleset) -> None:
    body = ("Bonjour,\n\nNous n'avons pas reçu de réponse pour notre envoi du 8 février. Nous souhaitons par ailleurs "
            "proposer M. Karim Zouari, notre juriste, pour intervenir en table ronde 2.\n\nLeila")
    decision = decide_reply(ruleset, "Re: contribution", body, thread="both")
    assert "speaker-request-status" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# Whether a nomination sent before was accepted, or news of it: asked as "whether ... was approved" (Arabic "الموافقة على"
# after "بإفادتنا"), in dialect as "if it was accepted or not" with no question mark, or as "any news about my slot?"


@pytest.mark.parametrize(("body", "thread"), [
    ("حضرات الزملاء،\n\nبالإشارة إلى رسالتنا بشأن ترشيح الأستاذ كمال حداد للمشاركة في المائدة المستديرة الأولى، نرجو "
     "التكرم بإفادتنا عمّا إذا تمت الموافقة على المشاركة، وذلك لترتيب الحجز.\n\nمع الشكر،\nمنى", None),
    ("مرحبا،\n\nبعتنالكن ترشيح سلمى من أسبوعين، ولسا ما حدا رد علينا إذا اتقبلت المشاركة ولا لأ.\n\nيسلمو،\nمنى",
     "speaker_request"),
    ("Dear team,\n\nJust checking in: is there any news about my roundtable 2 speaking slot? I need to book a "
     "flight.\n\nBest,\nMona", "speaker_request"),
    ("Bonjour,\n\nAvez-vous des nouvelles de ma demande d'intervention en table ronde 2 ? Je dois réserver mon "
     "vol.\n\nMona", "speaker_request"),
])
def test_asking_whether_a_nomination_was_accepted_is_no_request(ruleset, body: str, thread: str | None) -> None:
    raw = mail("Re: nomination", body, in_reply_to="m0@example.org") if thread else mail("استفسار", body)
    decision = decide(ruleset, raw, thread=thread)
    assert "speaker-request-status" in fired(decision) and decision.category == "other"


@pytest.mark.parametrize("body", [
    # "if the participation is accepted, we will send her CV": a condition, not a question
    "مرحبا،\n\nبدنا نرشح سلمى خوري، منسقة المشروع، للطاولة المستديرة التانية، وإذا انقبلت المشاركة منبعتلكن سيرتها.\n\nمنى",
    # news asked of the programme, not of a request
    "Dear team,\n\nWe would like to nominate Ms Salma Khoury, our project coordinator, to speak in roundtable 2. Is "
    "there any news about the concept note?\n\nBest,\nMona",
])
def test_near_miss_a_nomination_with_a_condition_or_other_news_stands(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Nomination", body))
    assert "speaker-request-status" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A question that names the sending of the report hands nothing over


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nQuelques questions :\n1. Pouvons-nous envoyer le rapport volontaire en arabe seulement ?\n"
    "2. Y a-t-il un nombre de pages maximum ?\n\nMerci,\nIdriss",
    "السلام عليكم،\n\nعندنا كم سؤال:\n1- هل ممكن نرسل التقرير الطوعي بالفرنسية فقط؟\n2- هل يوجد عدد صفحات محدد؟\n\n"
    "شكرا،\nإدريس",
    "السلام عليكم،\n\nهل يجوز أن تقدم الشبكة تقريرها باسم كل أعضائها؟\n\nإدريس",
])
def test_a_question_about_sending_the_report_is_no_report(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Question on the voluntary report", body))
    assert not {"report-handed-over-fr", "report-handed-over-ar"} & fired(decision)
    assert decision.category == "other"


@pytest.mark.parametrize(("body", "rule"), [
    ("Bonjour,\n\nNous vous transmettons notre rapport volontaire, pourriez-vous en accuser réception ?\n\nIdriss",
     "report-handed-over-fr"),
    ("السلام عليكم،\n\nنرسل لكم التقرير الطوعي لجمعيتنا، هل يمكنكم تأكيد الاستلام؟\n\nإدريس", "report-handed-over-ar"),
])
def test_near_miss_a_report_handed_over_before_a_question_still_counts(ruleset, body: str, rule: str) -> None:
    assert rule in fired(decide(ruleset, mail("Voluntary report", body)))


# ---------------------------------------------------------------------------------------------
# The contribution named first, its text said further on to be in the body of the message


@pytest.mark.parametrize("body", [
    "Dear team,\n\nOur federation drafted a brief voluntary contribution to the regional review, which our board could "
    "not yet lay out as a document, so we are including the full text in the body of this message.\n\n"
    "1. Progress: ...\n\nBest,\nAwa",
    "Bonjour,\n\nNotre association a préparé une brève contribution à l'examen régional. Faute de document validé par "
    "notre bureau, nous en reprenons le texte dans le corps du message.\n\n1. Progrès : ...\n\nAwa",
    "السلام عليكم،\n\nأعدت جمعيتنا مساهمة موجزة في الاستعراض الإقليمي، ولم يعتمدها المكتب بعد كوثيقة، لذلك ننشر نصها في "
    "متن هذه الرسالة.\n\nعوا",
])
def test_a_contribution_whose_text_is_in_the_body_is_a_report(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("GCM review contribution", body))
    assert "report-in-body-said" in fired(decision) and decision.category == "voluntary_report"


def test_near_miss_a_link_in_the_body_is_no_report(ruleset) -> None:
    body = ("Dear team,\n\nOur federation is still drafting its voluntary contribution to the regional review and will "
            "send it next week. Meanwhile we are sharing the registration link in the body of this message.\n\nAwa")
    assert "report-in-body-said" not in fired(decide(ruleset, mail("GCM review", body)))


# ---------------------------------------------------------------------------------------------
# The place said first, the paper named as sent under the call for reports: "in the body of this email, our
# summary note under the call for voluntary reports"


@pytest.mark.parametrize("body", [
    "Dear team,\n\nThe Institute sends you, in the body of this email, a short policy note for the voluntary reports of "
    "the regional review.\n\nKey findings\n- ...\n\nBest,\nOmar",
    "Bonjour,\n\nL'Observatoire vous adresse ci-après, dans le texte du message, sa note d'analyse pour les rapports "
    "volontaires de l'examen régional.\n\nConstats\n- ...\n\nOmar",
    "السلام عليكم،\n\nيرسل المرصد في متن هذه الرسالة ورقته التحليلية ضمن التقارير الطوعية للاستعراض الإقليمي.\n\n"
    "النتائج\n- ...\n\nعمر",
])
def test_a_note_in_the_body_under_the_call_for_reports_is_a_report(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Contribution", body))
    assert "report-in-body-said" in fired(decision) and decision.category == "voluntary_report"


@pytest.mark.parametrize("body", [
    "Dear team,\n\nIn the body of this email you will find our questions; the reports of our members will follow next "
    "week.\n\nOmar",
    "Bonjour,\n\nDans le corps du message, nos questions ; les rapports de nos membres suivront.\n\nOmar",
])
def test_near_miss_questions_in_the_body_reports_to_follow(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Questions", body))
    assert "report-in-body-said" not in fired(decision)


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nDans le corps du message, vous trouverez nos questions sur les rapports volontaires : faut-il un "
    "format précis ?\n\nMerci",
    "مرحبا،\n\nفي متن هذه الرسالة أسئلتنا حول التقارير الطوعية: هل هناك صيغة محددة؟\n\nشكرا",
])
def test_near_miss_reports_in_the_plural_are_a_topic_not_the_paper(ruleset, body: str) -> None:
    assert "report-in-body-said" not in fired(decide(ruleset, mail("Rapports volontaires", body)))


# ---------------------------------------------------------------------------------------------
# Whether nominations sent before arrived, asked as the first item of a list ("(i) that ..., and (ii) ...") and of
# several nominees at once ("the nominations of X and Y"); and a chase that checks in on the speaker nominations and asks
# about the session


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nCould you kindly confirm (a) that the nominations of Eng. Walid Karam and Dr. Hiba Sleiman "
    "have been received, and (b) when the selected speakers will be told?\n\nRegards,\nNour",
    "Madame, Monsieur,\n\nPourriez-vous nous confirmer (i) que les candidatures de Me Anis Brahmi et de Mme Sonia Jebali "
    "ont bien été reçues, et (ii) la date de l'annonce des intervenants ?\n\nCordialement,\nNour",
    "السادة الكرام،\n\nنرجو تأكيد (1) أنه تم استلام ترشيح المهندس وليد كرم والدكتورة هبة سليمان، و(2) موعد إعلان "
    "المتحدثين.\n\nمع التحية،\nنور",
])
def test_asking_in_a_list_whether_nominations_arrived_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: nominations", body)
    assert "speaker-request-status" in fired(decision) and decision.category == "other"


def test_near_miss_the_sender_confirming_a_list_about_new_nominations_stands(ruleset) -> None:
    # the sender confirms, nothing is asked of the secretariat: a new nomination
    body = ("Dear colleagues,\n\nWe would like to nominate Ms Hiba Sleiman, our legal officer, to speak in roundtable 3. "
            "We confirm (a) that the nominations of Ms Sleiman and Mr Karam have been approved by our board, and (b) "
            "that both will attend in person.\n\nRegards,\nNour")
    decision = decide(ruleset, mail("Nominations", body))
    assert "speaker-request-status" not in fired(decision) and decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Hi,\n\nChecking in on our speaker nominations of last week (Rami Aoun and Dina Saleh). Could you please share "
    "the Zoom links for the plenary?\n\nThanks,\nLeen",
    "Bonjour,\n\nJe me permets de relancer au sujet de nos propositions d'intervenants. Pourriez-vous nous transmettre "
    "l'ordre du jour ?\n\nMerci,\nLeen",
])
def test_checking_in_on_nominations_and_asking_about_the_session_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speakers", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


def test_near_miss_checking_in_with_a_new_nominee_stays_a_request(ruleset) -> None:
    body = ("Hi,\n\nChecking in on our speaker nominations: we would also like to nominate Ms Dina Saleh for roundtable "
            "1. Could you please share the Zoom links?\n\nThanks,\nLeen")
    decision = decide_reply(ruleset, "Re: speakers", body)
    assert "asks-about-request-made" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A reply to our acknowledgement that asks how the session asked for will run: whether the speaker may speak remotely,
# how much time each speaker gets. Nobody new is proposed; a new nominee besides still makes it a request


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nThanks for acknowledging our nomination. Could you kindly tell us whether Dr Samir Aziz may "
    "speak remotely if he cannot travel, and how much time will be allotted to each roundtable speaker?\n\nRana",
    "Madame, Monsieur,\n\nSuite à notre proposition de Mme Nadia Sefrioui, pourriez-vous nous indiquer si elle pourra "
    "intervenir à distance et combien de temps lui sera accordé ?\n\nCordialement,\nKhalid",
    "السادة الكرام،\n\nإلحاقاً بترشيح الدكتور سامر عزيز، نرجو إفادتنا إن كان بإمكانه إلقاء الكلمة عن بعد، وكم من الوقت "
    "سيخصص للمتحدثين في المائدة المستديرة.\n\nمع التحية\nرنا",
])
def test_asking_about_remote_delivery_or_speaking_time_of_a_request_made_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "RE: Acknowledgement - nomination of speakers", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


def test_near_miss_asking_about_remote_delivery_with_a_new_nominee_stays_a_request(ruleset) -> None:
    body = ("Dear colleagues,\n\nFollowing up on our nomination of Dr Samir Aziz: could you tell us whether he can speak "
            "remotely? We would also like to propose Ms Lina Haddad, programme officer, for roundtable 3.\n\nRana")
    decision = decide_reply(ruleset, "RE: nomination of speakers", body)
    assert "asks-about-request-made" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A chase that asks us to confirm the receipt of the message below (or sent before) which held the speaker request:
# the request it recounts is not made again


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nCould you please confirm receipt of our e-mail below regarding the nomination of two speakers "
    "for the roundtables? We have not heard back yet.\n\nProgramme office",
    "Madame, Monsieur,\n\nMerci de bien vouloir confirmer la bonne réception de notre courriel ci-dessous concernant la "
    "proposition de deux intervenants pour la table ronde 2.\n\nLe secrétariat",
    "السادة المحترمون،\n\nنرجو تأكيد استلام رسالتنا أدناه بخصوص ترشيح متحدثين اثنين للمائدة المستديرة، إذ لم يصلنا أي رد."
    "\n\nمكتب البرامج",
])
def test_asking_to_confirm_receipt_of_the_request_below_is_no_new_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speakers", body)
    assert "request-arrival-asked" in fired(decision) and decision.category == "other"


def test_near_miss_confirm_receipt_with_a_new_nominee_stays_a_request(ruleset) -> None:
    body = ("Dear colleagues,\n\nPlease confirm receipt of our e-mail below. We would also like to propose Ms Lina Haddad, "
            "programme officer, for roundtable 3.\n\nProgramme office")
    decision = decide_reply(ruleset, "Re: speakers", body)
    assert "request-arrival-asked" not in fired(decision) and decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A question that names the sending of a report, with the verb before its subject ("pouvons-nous envoyer") or after a
# word of asking ("هل يمكننا أن نرسل"), however the question goes on past a comma: no report is handed over


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nPouvons-nous envoyer, en plus du rapport volontaire, une version simplifiée rédigée avec les personnes "
    "concernées ?\n\nMerci,\nSonia",
    "Bonjour,\n\nDevons-nous transmettre, avec le rapport, la liste des organisations signataires ?\n\nSonia",
    "مرحباً،\n\nهل يمكننا أن نرسل، إضافة إلى التقرير الطوعي، نسخة مبسطة كتبت مع الأشخاص المعنيين؟\n\nسونيا",
])
def test_an_inverted_question_about_sending_the_report_hands_nothing_over(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Question", body))
    assert not {"report-handed-over-fr", "report-handed-over-ar"} & fired(decision)
    assert decision.category == "other"


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nNous vous envoyons, en plus du rapport volontaire ci-joint, une version simplifiée. Pouvons-nous "
    "aussi envoyer les annexes plus tard ?\n\nSonia",
    "مرحباً،\n\nنرسل لكم، إضافة إلى التقرير الطوعي المرفق، نسخة مبسطة.\n\nسونيا",
])
def test_near_miss_a_report_sent_beside_such_a_question_is_handed_over(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Rapport", body))
    assert {"report-handed-over-fr", "report-handed-over-ar"} & fired(decision)
    assert decision.category == "voluntary_report"
