"""Replies and quoted mail: which replies add nothing (a thank-you for our acknowledgement is never answered), among
them courtesies that stay at our disposal, await the programme or a session's details, or are glad at the news."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest

from intake.analysis import _few_words_left, adds_nothing, withdraws_only_a_report
from intake.classify import classify
from intake.model import DocText
from intake.parse import parse
from intake.rules import Ruleset, fold_body
from intake.text import carry_forward, split
from tests.extracting import load_rules, message, run
from tests.test_classify import DOCX, decide, decide_reply, fired, mail


@pytest.mark.parametrize("text", [
    # thanks for confirming what the acknowledgement confirmed, said in full
    "Dear team,\n\nThank you very much for confirming that you received our report and the request for Ms. Amal.\n\nHiwet",
    "Thanks for confirming you have received our nomination of Dr Karim Haddad!\n\nBest,\nLina",
    "hello, many thanks for acknowledging receipt of the report and of our speaker request. regards, Omar",
    "Merci beaucoup d'avoir confirmé la réception de notre rapport et de la demande pour Mme Awa Diop.\n\nYasmine",
    "merci pour la confirmation de reception de notre demande de prise de parole\n\nKarim",
    "Bonjour,\nMerci d'avoir bien voulu confirmer que vous avez reçu notre contribution.\nCordialement, Awa",
    "شكراً لكم على تأكيد استلام تقريرنا وطلب مشاركة الدكتورة سعاد.\n\nمنى",
    "السادة الكرام، نشكركم على تأكيدكم استلام طلبنا الخاص بالمتحدثة.\nخالد",
    "شكرا على تأكيد أنكم استلمتم التقرير والطلب\nسامي",
    # looking forward to seeing them at the meeting
    "Merci beaucoup pour votre confirmation, c'est bien noté !\nAu plaisir de vous retrouver le 23.\n\nYasmine",
    "merci pour la confirmation. Au plaisir de vous voir a Beyrouth.\nAwa",
    "Merci ! Hâte de vous rencontrer lors de la conférence.\n\nKarim",
    "Thanks for the confirmation! Looking forward to seeing you on the 23rd.\n\nPeter",
    "Many thanks for your reply, we look forward to meeting you all in Cairo.\nGrace",
    "Thank you. Looking forward to seeing everyone at the review!\nJohn",
    "شكراً على التأكيد، نتطلع إلى لقائكم في المؤتمر.\nمنى",
    "شكرا جزيلا. بانتظار لقائكم يوم ٢٣ فبراير.\nسعاد",
    "شكرا على الرد وإلى اللقاء في بيروت\nخالد",
    # a thousand thanks, an emoji, awaiting their word
    "ألف شكر على التأكيد 🌷\nبانتظار تواصلكم.\nسعاد",
    "الف شكر لكم 🙏 وبانتظار تواصلكم\nمنى",
    "ألف شكر على سرعة الرد 👍\nخالد",
    "Mille mercis pour la confirmation 🙏\nAwa",
    "mille merci pour votre retour 😊 !\nKarim",
    "A thousand thanks for confirming 🙏\nLina",
    "Thanks a million for the confirmation 👍\n\nOmar",
])
def test_a_thank_you_for_the_acknowledgement_adds_nothing(text, ruleset):
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    "Thank you for confirming receipt. We would also like Dr Karim Haddad, our Director, to speak.\n\nLina",
    "Merci d'avoir confirmé la réception. Pouvez-vous nous envoyer l'ordre du jour ?\nAwa",
    "شكراً على تأكيد الاستلام. هل يمكن إضافة متحدث ثان؟\nمنى",
    "Au plaisir de vous retrouver le 23. Mme Awa Diop, directrice de l'association, interviendra à la table ronde 2.\nKarim",
    "Looking forward to seeing you. Our Chair, Mr Omar Said, will replace Ms Amal Nasser as speaker.\nJohn",
    "ألف شكر 🌷 وسيشارك السيد خالد منصور، رئيس الجمعية، بدلاً من الدكتورة سعاد.\nمنى",
])
def test_a_thank_you_that_adds_a_request_or_a_question_adds_something(text, ruleset):
    assert adds_nothing(split(text), ruleset) is False


# A one-line request on top of a forwarded internal exchange: the person it names by an honorific and one
# name is the one whose full details the carried-along reply gives on a line of their own.
_OUTLOOK = "-----Original Message-----\nFrom: {who} <colleague@example.org>\nSent: Thursday, February 4, 2021 9:47 PM\n" \
           "To: Coordinator <coordinator@example.org>\nSubject: RE: GCM review - who speaks?\n\n{body}"
_FORWARDED_REQUESTS = [
    ("FW: GCM review - who speaks?", "Hi, please see below - we'd like Dr. Amal for roundtable 2. Thanks!\n\nOmar",
     "Amal Nasser", "Yes, happy to. For the form:\nAmal Nasser Haddad, Programme Director, Arab Network for Migrant Rights (ANMR).\n"
     "Can you send it to the IOM address tomorrow? I'm travelling.\n\nAmal",
     "en", ("Amal Nasser Haddad", "Programme Director", "Arab Network for Migrant Rights (ANMR)", 2)),
    ("Fwd: speakers", "See the thread below: I'd like Ms Grace to take roundtable 3\nJohn",
     "Grace Mwangi", "Sure, I can do it.\n\nGrace Wanjiru Mwangi, Policy Officer, Kenya Diaspora Alliance\n\nWill you send it in?\nGrace",
     "en", ("Grace Wanjiru Mwangi", "Policy Officer", "Kenya Diaspora Alliance", 3)),
    ("FW: RT1", "we'd like mr. Haddad for RT1, his details are below.\n\nLina",
     "Karim Haddad", "OK for me. Karim Haddad, Director, Beirut Migration Forum.\nCould you send it on Friday?\n\nK.",
     "en", ("Karim Haddad", "Director", "Beirut Migration Forum", 1)),
    ("TR : Qui intervient ?", "Bonjour, voir ci-dessous : on voudrait Mme Awa pour la table ronde 2. Merci !\n\nKarim",
     "Awa Diop", "Oui, avec plaisir. Pour le formulaire :\nAwa Diop Sall, chargée de plaidoyer, Réseau Migrations Sahel (RMS).\n"
     "Peux-tu l'envoyer à l'OIM demain ?\n\nAwa",
     "fr", ("Awa Diop Sall", "chargée de plaidoyer", "Réseau Migrations Sahel (RMS)", 2)),
    ("Tr: intervenants", "Nous aimerions Dr Yasmine pour la TR4, cf. plus bas.\nNadia",
     "Yasmine Belkacem", "D'accord.\nYasmine Belkacem Haddad, vice-présidente, Festival Traversées\n\nTu t'en occupes ?\nY.",
     "fr", ("Yasmine Belkacem Haddad", "vice-présidente", "Festival Traversées", 4)),
    ("TR: table ronde 1", "nous souhaitons proposer M. Benali pour la table ronde 1 (voir l'echange ci-dessous)\n\nSalim",
     "Omar Benali", "C'est d'accord : Omar Benali, secrétaire général, Association Solidarité Oran.\nMerci de transmettre.\n\nOmar",
     "fr", ("Omar Benali", "secrétaire général", "Association Solidarité Oran", 1)),
    ("إعادة توجيه: من يتحدث؟", "نود ترشيح الدكتورة سعاد للمشاركة في المائدة المستديرة 2، التفاصيل أدناه.\n\nخالد",
     "Souad", "موافقة. للاستمارة:\nسعاد أحمد الخطيب، مديرة البرامج، جمعية نساء الرشيدية للتنمية.\nهل ترسلها غداً؟\n\nسعاد",
     "ar", ("سعاد أحمد الخطيب", "مديرة البرامج", "جمعية نساء الرشيدية للتنمية", 2)),
    ("FW: المتحدثون", "انظر أدناه: نرغب في مشاركة الأستاذ منصور متحدثاً في المائدة المستديرة 3.\nسامي",
     "Khaled", "لا مانع لدي.\n\nخالد منصور، منسق البرامج، جمعية التضامن مع المهاجرين\n\nأرجو إرسالها.\nخالد",
     "ar", ("خالد منصور", "منسق البرامج", "جمعية التضامن مع المهاجرين", 3)),
    ("Fwd: الجلسة", "نقترح السيدة منى للحديث في المائدة المستديرة 1 (انظر المراسلة أدناه)\n\nليلى",
     "Mona", "حسناً: منى يوسف حداد، منسقة المناصرة، شبكة المهاجرين العرب.\nشكراً\nمنى",
     "ar", ("منى يوسف حداد", "منسقة المناصرة", "شبكة المهاجرين العرب", 1)),
]


@pytest.mark.parametrize(("subject", "new", "who", "body", "lang", "speaker"), _FORWARDED_REQUESTS)
def test_a_request_on_top_of_a_forwarded_exchange_reads_the_speaker_below(ruleset, subject, new, who, body, lang, speaker):
    text = new + "\n\n" + _OUTLOOK.format(who=who, body=body)
    parsed = message(text, subject=subject)
    parts = carry_forward(split(parsed.text), parsed.subject)
    assert classify(parsed, parts, {}, ruleset, None).category == "speaker_request"
    fields = run(parsed, load_rules(), language=lang)
    assert [(s.name, s.title, s.affiliation, s.roundtable) for s in fields.speakers] == [speaker]


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe are a podcast of young journalists in Basra. We would like to cover the regional conference: could you "
    "send us the detailed agenda and the names of the speakers in the roundtables when available? Can we record the plenary?\n\nMaryam",
    "Dear secretariat, our newspaper wishes to cover the review. Would you share the programme and the list of roundtable "
    "speakers?\nBest, Tom",
    "hi - I'm a freelance reporter hoping to cover the sessions, incl. the round tables. What is the agenda? thanks, Ana",
    "Bonjour,\n\nNotre radio souhaite couvrir la conférence régionale. Pourriez-vous nous envoyer l'ordre du jour et les noms des "
    "intervenants des tables rondes ?\n\nCordialement,\nLéa",
    "Madame, Monsieur, nous voudrions assurer la couverture médiatique de la conference ; est-il possible d'avoir le programme "
    "des tables rondes ?\nKarim",
    "bonjour, journaliste a Tunis, je souhaiterais couvrir les travaux (pleniere et tables rondes). Quand sera publie le programme ?\nSami",
    "مرحباً،\n\nنحن فريق بودكاست من الصحفيين الشباب. نرغب في تغطية المؤتمر الإقليمي، فهل يمكنكم إرسال جدول الأعمال وأسماء "
    "المتحدثين في الموائد المستديرة؟\n\nمريم",
    "تود صحيفتنا تغطية أعمال المؤتمر والجلسة العامة. وهل يسمح بالتصوير؟\nسامي",
    "السلام عليكم، أرغب بصفتي صحفية في تغطية جلسات الموائد المستديرة. هل هناك جدول أعمال مفصل؟\nليلى",
])
def test_a_journalist_asking_for_the_agenda_to_cover_the_meeting_asks_no_speaking_role(ruleset, body):
    parsed = message(body, subject="Agenda")
    assert classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category == "other"


@pytest.mark.parametrize("body", [
    "Dear colleagues,\nWe would like to nominate Ms. Rana Haddad, Director of the Centre, to speak in roundtable 2. Our "
    "press team would also like to cover the conference.\nBest regards,\nSami",
    "Bonjour,\nNous proposons M. Karim Benali, président de l'association, pour intervenir en plénière. Notre radio souhaite "
    "aussi couvrir la conférence.\nCordialement",
    "تحية طيبة،\nنرشح السيدة ليلى يوسف، رئيسة الجمعية، للمداخلة في الجلسة العامة. كما يرغب فريقنا الإعلامي في تغطية المؤتمر.\nمع الشكر",
])
def test_a_request_that_also_mentions_covering_the_meeting_still_asks_to_speak(ruleset, body):
    parsed = message(body, subject="Regional review")
    assert classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category == "speaker_request"


@pytest.mark.parametrize(("subject", "body", "form"), [
    ("Prise de parole - ASM", "Bonjour, veuillez trouver ci-joint la fiche de notre intervenant. Cordialement, Awa",
     "Fiche de demande de prise de parole\nNom et prénom | Dr Awa Ndiaye\nFonction | Présidente\nOrganisation | Réseau Sahel"),
    ("prise de parole", "ci-joint la fiche remplie.\nKarim",
     "NOM : M. Karim Saleh\nORGANISATION : Association Amal\nFONCTION : secretaire general\nSession souhaitee : table ronde 2"),
    ("Demande de prise de parole", "Bonjour,\nLa fiche de notre oratrice est jointe.\nYasmine",
     "Prénom et nom: Mme Yasmine Ben Ali.\nTitre: Chargée de plaidoyer.\nStructure: Collectif Migrants"),
    ("Speaking request", "Hello, please find attached our speaker's form. Best, Lina",
     "Speaker request form\nFull name | Dr. Omar Haddad\nPosition | Director\nOrganization | Nile Migrants Forum"),
    ("speaking request", "our speaker form is attached\nTom",
     "name: ms rosa diaz\naffiliation: Workers Without Borders\njob title: programme officer"),
    ("Speaker nomination", "Dear team,\n\nAttached is the completed form.\n\nGrace",
     "NAME | Mr Samuel Okoth\nContact | +254 700 000 000\nTITLE | Deputy Chair"),
    ("طلب مداخلة", "مرفق استمارة المتحدث. مع التحية، منى",
     "استمارة طلب مداخلة\nالاسم الكامل | د. خالد الراشدي\nالمنصب | نائب الرئيس\nالجهة | جمعية النور"),
    ("طلب مداخلة", "السلام عليكم\nتجدون مرفقا بيانات المتحدثة\nسعاد",
     "الاسم: الأستاذة منى سالم\nالجهة: رابطة العمال المهاجرين\nالصفة: منسقة البرامج"),
    ("طلب مداخلة", "مرفق\nأحمد",
     "اسم المتحدث : السيد يوسف حمدان\nالوظيفة : المدير التنفيذي"),
])
def test_an_attached_speaker_form_makes_a_one_line_body_a_speaker_request(ruleset, subject, body, form):
    raw = mail(subject, body, attachments=[("fiche.docx", DOCX)])
    d = decide(ruleset, raw, {"fiche.docx": DocText("fiche.docx", form)})
    assert "speaker-details-document" in fired(d)
    assert d.category == "speaker_request"


@pytest.mark.parametrize("text", [
    "Voluntary GCM review report\nObjective 6: fair recruitment\nObjective 7: reduce vulnerabilities",
    "Nom : Association Amal\nAdresse : rue 4, Tunis\nContact : +216 00 000 000",
    "تقرير الاستعراض الطوعي\nالاسم: جمعية النور\nالعنوان: بيروت",
])
def test_a_document_without_a_name_and_a_title_row_is_no_speaker_form(ruleset, text):
    d = decide(ruleset, mail("Prise de parole", "ci-joint.", attachments=[("doc.docx", DOCX)]), {"doc.docx": DocText("doc.docx", text)})
    assert "speaker-details-document" not in fired(d)


@pytest.mark.parametrize(("contact", "lang"), [
    ("Contact person\nName: Jane Doe\nPosition: Executive Director\nEmail: jane@example.org", "en"),
    ("Personne de contact\nNom : Awa Ndiaye\nFonction : Présidente\nTél : +221 00 000 00", "fr"),
    ("جهة الاتصال\nالاسم: منى سالم\nالمنصب: منسقة البرامج\nالهاتف: +961 0 000 000", "ar"),
])
def test_a_reports_contact_block_is_no_speaker_form(ruleset, contact, lang):
    """A report ends with a contact person as labelled rows; a report runs over pages, a form fits in one."""
    chapter = {"en": "The network reviewed how objective 6 on fair recruitment is implemented in the region. ",
               "fr": "Le réseau a examiné la mise en œuvre de l'objectif 6 sur le recrutement équitable dans la région. ",
               "ar": "استعرضت الشبكة تنفيذ الهدف السادس المتعلق بالتوظيف العادل في المنطقة. "}[lang]
    report = "Voluntary GCM review report\n" + "\n".join([chapter * 6] * 10) + "\n" + contact
    raw = mail("Voluntary review report", "Please find attached our voluntary GCM review report.",
               attachments=[("report.docx", DOCX)])
    d = decide(ruleset, raw, {"report.docx": DocText("report.docx", report)})
    assert "speaker-details-document" not in fired(d)
    assert d.category == "voluntary_report" and not d.needs_review


def test_the_speaker_in_an_attached_form_is_read_from_its_rows():
    form = DocText("fiche.docx", "Fiche de demande de prise de parole\nNom et prénom | Dr Awa Ndiaye\nFonction | Présidente\n"
                   "Organisation | Réseau Sahel pour les migrants\nSession souhaitée | Table ronde 3",
                   tables=((("Nom et prénom", "Dr Awa Ndiaye"), ("Fonction", "Présidente"),
                            ("Organisation", "Réseau Sahel pour les migrants"), ("Session souhaitée", "Table ronde 3")),))
    parsed = message("Bonjour, veuillez trouver ci-joint la fiche de notre intervenant. Cordialement, Karim",
                     subject="Prise de parole")
    sp = run(parsed, load_rules(), language="fr", docs={"fiche.docx": form}).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [("Awa Ndiaye", "Présidente", "Réseau Sahel pour les migrants")]


@pytest.mark.parametrize("body", [
    "Nous serions très heureux que notre metteuse en scène, Mme Inès Ben Ammar, puisse intervenir dans n'importe "
    "quelle table ronde que vous jugerez pertinente.\n\nWalid",
    "nous serions ravis que M. Karim Saleh, notre président, intervienne lors de la plénière.\nAwa",
    "Bonjour,\nJe serais honorée de prendre la parole à la table ronde de votre choix.\nYasmine Ben Ali",
    "Notre directrice, Dr Awa Ndiaye, serait tres heureuse d'intervenir a la table ronde 2 !\nKarim",
    "We would be delighted if our co-founder, Ms Rosa Diaz, could speak at any roundtable you see fit.\nTom",
    "we'd be happy for Dr. Omar Haddad to take the floor in whichever roundtable suits you\nLina",
    "يسعدنا أن تشارك مديرتنا الفنية، الأستاذة منى سالم، بمداخلة في أي مائدة مستديرة ترونها مناسبة.\nخالد",
    "يسرنا أن يقدم الدكتور خالد الراشدي مداخلة في الجلسة العامة.\nمنى",
])
def test_a_conditional_wish_that_someone_speak_is_a_speaker_request(ruleset, body):
    assert decide(ruleset, mail("Compagnie Éclats", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Nous serions très heureux d'assister à la table ronde 2 en tant qu'observateurs.\nAwa",
    "Nous serions ravis de recevoir l'ordre du jour de la plénière.\nKarim",
    "Je serais heureuse de vous rencontrer à Beyrouth.\nYasmine",
])
def test_a_conditional_wish_to_attend_or_receive_asks_no_speaking_role(ruleset, body):
    assert decide(ruleset, mail("Revue régionale", body)).category != "speaker_request"


@pytest.mark.parametrize("body", [
    "مرحبا\nبدي شارك كمتحدث بالطاولة المستديرة الاولى\nالاسم: عمر الحلبي\nشكرا",
    "السلام عليكم، بدنا نشارك بمداخلة بالجلسة العامة\nجمعية الأمل",
    "حابب احكي بالمائدة المستديرة التانية عن العمال المهاجرين\nسامي",
    "عايزين نقدم كلمة في الجلسة العامة لو سمحتم\nمنى",
    "أريد أن أشارك كمتحدثة في المائدة المستديرة الثالثة.\nسعاد",
    "نريد المشاركة بمداخلة في الطاولة المستديرة الرابعة\nخالد",
])
def test_a_colloquial_or_plain_want_to_speak_is_a_speaker_request(ruleset, body):
    assert decide(ruleset, mail("مشاركة", body)).category == "speaker_request"


@pytest.mark.parametrize("body", [
    "بدي اعرف متى الطاولة المستديرة الاولى؟\nعمر",
    "نريد معرفة موعد الجلسة العامة من فضلكم\nخالد",
    "حابب احضر الجلسة العامة كمستمع\nسامي",
])
def test_wanting_to_know_or_to_attend_asks_no_speaking_role(ruleset, body):
    assert decide(ruleset, mail("سؤال", body)).category != "speaker_request"


# ---------------------------------------------------------------------------------------------
# Staying at the secretariat's disposal adds nothing to a thank-you

def _parts(body: str):
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["Subject"] = "RE: Acknowledgement"
    msg.set_content(body)
    parsed = parse(bytes(msg))
    return carry_forward(split(parsed.text), parsed.subject)


@pytest.mark.parametrize("body", [
    "Bonjour,\nMerci beaucoup pour votre accusé de réception. Nous restons à votre disposition.\nBonne journée,\n"
    "Awa Diallo Sy\n",
    "Dear team,\nThank you for the confirmation. We remain at your disposal for any further information.\nBest regards,\n"
    "Omar Khalil\n",
    "السادة الكرام،\nشكراً جزيلاً على تأكيد الاستلام، ونحن على استعداد تام.\nمع التحية\nليلى حسن\n",
])
def test_staying_at_disposal_adds_nothing(body: str, ruleset) -> None:
    assert adds_nothing(_parts(body), ruleset)


@pytest.mark.parametrize("body", [
    # a question or a new detail along with the courtesy
    "Bonjour,\nMerci pour votre accusé de réception. Nous restons à votre disposition : faut-il aussi envoyer la "
    "biographie ?\nAwa\n",
    "Dear team,\nThank you. We remain available, but our speaker has changed to Ms. Rana Aziz, Legal Officer.\nOmar\n",
])
def test_a_courtesy_with_more_still_adds_something(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(_parts(body), ruleset)


# ---------------------------------------------------------------------------------------------
# Awaiting the details of a session already asked for, in a reply to our acknowledgement

_AWAITING = [
    "شكراً جزيلاً على التأكيد، وبانتظار التفاصيل الخاصة بالمائدة المستديرة.\n\nسعاد",
    "شكرا على الرد، ننتظر التفاصيل المتعلقة بالجلسة العامة\nخالد",
    "Thanks for the confirmation, looking forward to the details about the roundtable.\n\nPeter",
    "Many thanks! We look forward to further details on the plenary session.\nGrace",
    "Merci pour la confirmation, dans l'attente des détails concernant la table ronde.\n\nAwa",
    "Merci beaucoup, nous attendons les informations sur la séance plénière.\nKarim",
]


@pytest.mark.parametrize("body", _AWAITING)
def test_awaiting_the_details_of_a_session_asks_for_nothing(body, ruleset):
    decision = decide(ruleset, mail("Re: Acknowledgement of receipt: speaker request", body, in_reply_to="ack@un.org"))
    assert (decision.category, decision.needs_review) == ("other", False)


@pytest.mark.parametrize("body", _AWAITING[:3] + _AWAITING[4:5])
def test_awaiting_the_details_of_a_session_adds_nothing(body, ruleset):
    assert adds_nothing(split(body), ruleset) is True


@pytest.mark.parametrize("body", [
    "We would like Ms Leila Haddad, our Director, to speak at roundtable 3, and look forward to the details about the roundtable.\nPeter",
    "Nous souhaitons que Mme Awa Diop intervienne à la table ronde 2 ; dans l'attente des détails concernant la table ronde.\nAwa",
    "نرغب في مشاركة الدكتور سامي يوسف في المائدة المستديرة الثانية، وبانتظار التفاصيل الخاصة بالمائدة المستديرة.\nخالد",
])
def test_a_request_that_also_awaits_the_details_stays_a_request(body, ruleset):
    decision = decide(ruleset, mail("Speaker", body))
    assert decision.category == "speaker_request"
    assert adds_nothing(split(body), ruleset) is False


# ---------------------------------------------------------------------------------------------
# A thank-you that waits for the programme adds nothing: no acknowledgement of it

@pytest.mark.parametrize("body", [
    "Bonjour,\nMerci pour votre confirmation, c'est bien noté de notre côté. Nous attendons le programme définitif.\n"
    "Bonne journée,\nLeïla\n",
    "Dear team,\nThanks for the confirmation, noted on our side. We await the final programme.\nBest regards,\n",
    "Hello,\nWell received, thank you. Looking forward to the agenda.\nCheers,\n",
    "تحية طيبة،\nشكراً لكم، تم الاستلام. بانتظار البرنامج النهائي.\nمع التحية\n",
    # news looked forward to "about" something, as before
    "Dear team,\nMany thanks, well noted. We look forward to hearing from you about the programme.\n",
])
def test_waiting_for_the_programme_adds_nothing(body: str, ruleset) -> None:
    assert adds_nothing(split(body), ruleset)


@pytest.mark.parametrize("body", [
    # the programme awaited for a reason that says something new, or asked about
    "Bonjour,\nMerci. Nous attendons le programme définitif pour confirmer le nom de notre second intervenant.\n",
    "Dear team,\nThanks. We are waiting for the final programme: when will it be published?\n",
    "شكرا، ننتظر البرنامج النهائي لنرسل لكم اسم المتحدثة الثانية من جمعيتنا.\n",
])
def test_waiting_with_something_new_is_not_a_thank_you(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(split(body), ruleset)


# ---------------------------------------------------------------------------------------------
# Gladness at our acknowledgement adds nothing
@pytest.mark.parametrize(("text", "nothing"), [
    ("Dear colleagues,\n\nThank you very much for the confirmation. Our members were very happy to hear it. "
     "We are looking forward to the meeting.\n\nBest regards,\nBishnu", True),
    ("Thanks a lot! We are so glad to hear that.\n\nAmina", True),
    ("Merci pour la confirmation, nous sommes très heureux de l'apprendre.\n\nAwa", True),
    ("شكراً جزيلاً على التأكيد، سعدنا كثيرا بهذا الخبر.\n\nمنى", True),
    # glad, and asking for something new
    ("Thank you, we are happy to hear it. Could you also register our treasurer?\n\nBishnu", False),
    ("Thank you, we were happy to hear it. We would also like to nominate Ms Rita Tamang for the plenary.\n\nBishnu",
     False),
])
def test_gladness_at_the_news_adds_nothing(text: str, nothing: bool, ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is nothing


# ---------------------------------------------------------------------------------------------
# Looking forward to the practical details of joining ("the connection details", "le lien de connexion") adds nothing
@pytest.mark.parametrize(("text", "nothing"), [
    ("Well received, many thanks for confirming. We look forward to the connection details.\n\nRegards,\nSalma", True),
    ("Thank you! Looking forward to the Zoom link.\n\nBest,\nDaniel", True),
    ("Bien reçu, merci. Dans l'attente du lien de connexion.\n\nCordialement,\nAwa", True),
    ("شكرا جزيلا، وبانتظار رابط الاجتماع.\n\nمع التحية\nسامي الحلو", True),
    # the same words, with something new or a question
    ("Thanks. We look forward to the connection details; our second speaker will be Ms Rana Haddad from Tyre.\n\nSalma",
     False),
    ("Thank you. Could you send the connection details to our new focal point as well?\n\nDaniel", False),
])
def test_awaiting_the_connection_details_adds_nothing(text: str, nothing: bool, ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is nothing


# A follow-up that sends a revised report and says the speaker proposed before stands unchanged asks for nothing new
@pytest.mark.parametrize("body", [
    "Dear colleagues,\nPlease use the attached updated version of our review instead of the one I sent last week.\n"
    "Our rapporteur proposal stays the same.\nBest,\nAmina",
    "Hello,\nAttached is the corrected report. The speaker nomination remains unchanged.\nThanks,\nPeter",
    "Bonjour,\nVeuillez trouver ci-joint la version corrigée de notre rapport, au lieu du fichier envoyé lundi. "
    "Notre proposition d'oratrice reste inchangée.\nCordialement,\nAwa",
    "تحية طيبة\nنرسل لكم النسخة المعدلة من التقرير بدلاً من النسخة السابقة، وترشيحنا للمقرر يبقى كما هو.\nمع الشكر\nسلمى",
])
def test_a_revised_report_with_the_speaker_unchanged_is_a_report(ruleset, body: str) -> None:
    raw = mail("Re: GCM review and speaker", body, attachments=[("Review_v2.docx", DOCX)], in_reply_to="m0@example.org")
    decision = decide(ruleset, raw, thread="both")
    assert decision.category == "voluntary_report"
    assert "speaker-replaced" not in fired(decision)


@pytest.mark.parametrize("body", [
    # someone put in the speaker's place is still a change of speaker
    "Dear colleagues,\nMs. Lina Haddad will speak in roundtable 2 instead of our director.\nBest,\nAmina",
    "Bonjour,\nM. Karim Saleh interviendra à la place de notre présidente.\nCordialement,\nAwa",
    "تحية طيبة\nستتحدث السيدة هالة سعد بدلاً من رئيس الجمعية في الجلسة العامة.\nمع الشكر",
])
def test_near_miss_a_speaker_put_in_another_ones_place_is_still_a_replacement(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speaker", body)
    assert "speaker-replaced" in fired(decision)
    assert "speaker-request-unchanged" not in fired(decision)


# ---------------------------------------------------------------------------------------------
# A thank-you signed with a full name and an organisation on lines of their own, with no closing line for the
# splitter to find the signature by ("Merci pour l'accusé de réception !" then "Marie-Claire Ndongo" and "CTDF-J")

@pytest.mark.parametrize("text", [
    "Merci beaucoup pour l'accusé de réception, bonne continuation !\n\nJean-Paul Mbarga\nACDM-Liban\n\n"
    "Envoyé de mon iPhone",
    "Thank you so much for the confirmation, good luck with the preparations!\n\nGrace Wanjiru\nKenyan Diaspora Network",
    "شكراً جزيلاً على تأكيد الاستلام، وبالتوفيق.\n\nعبد الرحمن الخطيب\nجمعية العمال المهاجرين",
    "Many thanks for your quick reply.\n\nAhmed Yusuf Ali\nSomali Diaspora Forum\n\nSent from my iPhone",
    # an office that signs with its longer name ("Ambassade du Sénégal - Riyad")
    "Bien reçu, merci beaucoup.\n\nService consulaire\nAmbassade de la République du Mali - Koweït",
    "Well received, many thanks.\n\nLabour Section\nEmbassy of Nepal, Doha, Qatar",
    "Noted with thanks.\n\nProtocol Office\nMinistry of Labour and Social Affairs",
])
def test_a_thank_you_signed_with_name_and_organisation_adds_nothing(text, ruleset):
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # news on short lines: a label and its value, a session number, or lines run on from the thanks
    "Thank you for the confirmation.\n\nNew speaker:\nJohn Smith",
    "Merci pour l'accusé de réception.\n\nTable ronde 3\nplutôt que 2",
    "Thanks for the confirmation!\nWe withdraw\nour speaker request",
    "Merci pour l'accusé de réception.\n\nNotre présidente viendra\nà la plénière",
    # a longer line is a sentence unless most of its words are capitalised, as an office's name is
    "Bien reçu, merci.\n\nNous vous enverrons le rapport\nla semaine prochaine",
    "Thanks for the confirmation.\n\nWe will send the report tomorrow",
])
def test_short_lines_after_thanks_that_say_something_still_add_something(text, ruleset):
    assert adds_nothing(split(text), ruleset) is False


# A thank-you in dialect with a wish and the wait for the speaker's time slot ("ألف شكر ليكم ... ومستنيين نعرف ميعاد
# كلمة الحاج X"): a courtesy, nothing new
@pytest.mark.parametrize("body", [
    "ألف شكر ليكم على الرد وربنا يوفقكم، ومستنيين نعرف ميعاد كلمة الأستاذة سعاد.\n\nهالة",
    "شكرا ليكم، ومنتظرين موعد مداخلة الدكتور فؤاد.\nسامي",
    "الله يوفقكم وألف شكر على الرد\nنبيل",
    "شكراً جزيلاً، وبانتظار توقيت الجلسة.\nرنا",
])
def test_a_dialect_thank_you_waiting_for_the_slot_adds_nothing(body: str, ruleset) -> None:
    assert adds_nothing(split(body), ruleset) is True


@pytest.mark.parametrize("body", [
    "ألف شكر ليكم، بس عايزين نغير المتحدث للأستاذ كريم عادل.\nمحمد",  # a change of speaker
    "شكرا ليكم، ومستنيين نعرف ميعاد كلمة الحاج سيد، هل هي يوم ٢٤؟\nمحمد",  # a question
])
def test_near_miss_a_dialect_thank_you_with_a_change_or_question_adds_something(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(body), ruleset) is False


# ---------------------------------------------------------------------------------------------
# The person concerned glad at the news, in a clause that ends there ("Sœur Marie-Claire est ravie !"): a courtesy

@pytest.mark.parametrize("text", [
    "Merci beaucoup pour votre confirmation, c'est bien reçu. Sœur \nMarie-Claire est ravie !\n\nBonne journée,\nHana",
    "Thanks a lot for the confirmation. Father Tomas is delighted!\n\nBest,\nRuth",
    "Thank you for confirming, our Chair is very pleased.\nJohn",
    "Merci pour votre retour, notre présidente est tres heureuse.\nAwa",
    "شكرا جزيلا على تأكيد الاستلام، والأب يوسف سعيد جدا.\nمنى",
])
def test_the_speaker_glad_at_the_news_adds_nothing(text: str, ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # the gladness goes on to say something, or is denied
    "Merci pour la confirmation. Mme Awa Diop est ravie de présenter notre rapport à la table ronde 2.\nKarim",
    "Thanks for confirming. Dr Amal is happy to speak at roundtable 3 instead of Omar.\nLina",
    "Thank you. Our director is not happy with the roundtable 2 slot and asks for roundtable 3.\nJohn",
    "شكرا على التأكيد. الدكتور سعيد جدا متحمس للمشاركة في الجلسة العامة كمتحدث.\nمنى",
])
def test_near_miss_gladness_that_goes_on_still_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False


# ---------------------------------------------------------------------------------------------
# The speakers already proposed said to be confirmed, and the programme awaited ("Maryam and Hussain are both confirmed
# on our side, we look forward to receiving the programme"): a thank-you, nothing new

@pytest.mark.parametrize("text", [
    "Many thanks, well noted.\n\nMaryam and Hussain are both confirmed on our side, we look forward to receiving the "
    "programme.\n\nBest,\nSawsan",
    "Thank you. Our two speakers are confirmed.\nLooking forward to receiving the connection details.\nOmar",
    "Merci, bien noté. Les deux intervenantes sont confirmées de notre côté.\nBonne journée,\nSalma",
    "شكرا جزيلا، مريم وحسين مؤكدان من جهتنا.\nمنى",
])
def test_speakers_confirmed_on_our_side_add_nothing(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # the confirmation goes on to say something new, or asks
    "Thanks. Maryam is confirmed as our speaker for roundtable 2 instead of Hussain.\nSawsan",
    "Merci. Les deux intervenantes sont confirmées, mais pouvez-vous nous envoyer le lien ?\nSalma",
    "Thank you, noted. Hussain is confirmed; is interpretation into Arabic available?\nSawsan",
])
def test_near_miss_a_confirmation_that_goes_on_still_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False


# ---------------------------------------------------------------------------------------------
# A thank-you that answers the greeting, blesses and looks forward to the meeting ("وعليكم السلام، بارك الله فيكم،
# ننتظر المؤتمر إن شاء الله", "God bless you"): courtesies, nothing new

@pytest.mark.parametrize("text", [
    "وعليكم السلام\nشكراً جزيلاً على التأكيد، بارك الله فيكم. ننتظر المؤتمر إن شاء الله.\n\nأخوكم حسن",
    "وعليكم السلام ورحمة الله\nجزاكم الله خيرا على تأكيد الاستلام. بانتظار الاجتماع.\nفاطمة",
    "شكرا على الرد، الله يجازيكم بخير. ننتظر المؤتمر.\nنادية",
    "Thank you for the confirmation, God bless you.\n\nRodel",
    "Merci pour la confirmation, que Dieu vous bénisse.\nAwa",
])
def test_a_blessing_and_the_greeting_answered_add_nothing(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # the same courtesies, then something new or a question
    "وعليكم السلام\nشكرا على التأكيد. ننتظر المؤتمر لكي نرسل لكم اسم المتحدثة الثانية.\nحسن",
    "وعليكم السلام\nبارك الله فيكم. هل يمكن أن يشارك زميلي في المؤتمر؟\nحسن",
    "Thank you, God bless. Our chairman would also like to speak at roundtable 3.\nRodel",
])
def test_near_miss_a_blessing_before_something_new_still_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False


# ---------------------------------------------------------------------------------------------
# A correction of the sender's own earlier message sent as a new message ("a small correction to our previous email",
# "تصحيح بسيط على ايميلنا السابق"): it follows that message up, and in a speaker thread it completes the request

@pytest.mark.parametrize("text", [
    "مساء الخير\nتصحيح بسيط على ايميلنا السابق بخصوص مشاركة الدكتور سامي: المسمى الوظيفي الصحيح هو مدير المشاريع.\nفهد",
    "تصويب على رسالتنا بشأن السيدة هدى: صفتها رئيسة الجمعية.\nمريم",
    "Hello,\nA small correction to my previous email: Ms Dalia Nour is Programme Manager, not Officer.\nTarek",
    "Bonjour,\nPetite correction à mon précédent message : le titre de M. Aziz est chargé de mission.\nLéa",
])
def test_a_correction_of_the_senders_previous_message_refers_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is True


@pytest.mark.parametrize("text", [
    # a correction of someone else's text, or of the programme: not the sender's earlier message
    "Please note a correction to the draft programme: roundtable 2 starts at 11:00.\nTarek",
    "نرجو تصحيح اسم الجمعية في البرنامج.\nفهد",
    "Merci d'apporter une correction à la liste des participants.\nLéa",
])
def test_near_miss_a_correction_of_something_else_does_not_refer_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is False


# ... and an error the sender found in it ("a typo in our previous email", "une erreur s'est glissée à la page 3 de
# notre rapport", "خطأ مطبعي في رسالتنا"): a corrected copy sent as a new message follows the earlier one up
@pytest.mark.parametrize("text", [
    "Hello,\nApologies, there was a typo in our previous email: our director's name is Nadia Karam.\nTarek",
    "Bonjour,\nUne erreur s'est glissée à la page 3 de notre rapport : voici la version corrigée.\nLéa",
    "مساء الخير\nوقع خطأ بسيط في طلبنا: اسم المتحدثة هو هدى سليم.\nفهد",
])
def test_an_error_in_the_senders_previous_message_refers_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is True


@pytest.mark.parametrize("text", [
    # an error in someone else's text: not the sender's earlier message
    "Hello,\nThere is a mistake in the draft programme: roundtable 2 starts at 11:00.\nTarek",
    "Bonjour,\nIl y a une erreur dans votre accusé de réception.\nLéa",
    "مساء الخير\nيوجد خطأ في البرنامج المنشور.\nفهد",
])
def test_near_miss_an_error_in_something_else_does_not_refer_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is False


# ... and the opening that names the earlier sending or official letter ("Suite à notre envoi du 4 février", "Further to
# our submission of 4 February", "بالإشارة إلى كتابنا رقم 12"): a new message that follows it up
@pytest.mark.parametrize("text", [
    "Madame, Monsieur,\nSuite à notre envoi du 3 mars, veuillez trouver ci-joint la version corrigée du rapport.\nLéa",
    "Dear colleagues,\nFurther to our submission of 3 March, please find attached the corrected report.\nTarek",
    "السادة المحترمين،\nبالإشارة إلى كتابنا رقم 12 بتاريخ 3 آذار، نرفق لكم النسخة المصححة من التقرير.\nفهد",
    "تحية طيبة،\nإشارة إلى خطابنا المؤرخ 3 مارس، نرجو إفادتنا بموعد الجلسة.\nمريم",
])
def test_an_opening_naming_the_senders_earlier_sending_or_letter_refers_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is True


# ... and coming back to the sender about the request sent ("je reviens vers vous au sujet de la candidature de ..."):
# a new message, no In-Reply-To, that follows the request up
@pytest.mark.parametrize("text", [
    "Madame,\nJe reviens vers vous au sujet de la candidature de notre présidente pour la table ronde 1.\nLéa",
    "Dear colleagues,\nI am writing back to you about our nomination of Dr Salem for the plenary.\nTarek",
    "تحية طيبة،\nنعود إليكم بخصوص ترشيح رئيسة الجمعية للمائدة المستديرة الأولى.\nفهد",
])
def test_coming_back_about_the_request_sent_refers_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is True


@pytest.mark.parametrize("text", [
    # a promise to come back later, or coming back about the secretariat's question: no earlier request of the sender's
    "Madame,\nJe reviendrai vers vous au sujet de la candidature de notre présidente la semaine prochaine.\nLéa",
    "Dear colleagues,\nI am writing back to you about your question on the agenda.\nTarek",
])
def test_near_miss_coming_back_later_or_about_something_else_does_not_refer_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is False


@pytest.mark.parametrize("text", [
    "Bonjour,\nExcusez-moi, mon premier message est parti coupé. Je le renvoie en entier, merci de ne pas tenir compte "
    "du précédent.\nIdrissa",
    "Hello,\nPlease disregard my previous email, it went out before I finished it.\nAmina",
    "مرحبا،\nيرجى تجاهل رسالتنا السابقة، فقد أرسلت قبل اكتمالها.\nسالم",
])
def test_an_earlier_message_set_aside_refers_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is True


# Near miss: the secretariat's message set aside is none of the sender's
def test_near_miss_setting_aside_the_secretariats_message_does_not_refer_back() -> None:
    from intake.analysis import refers_back

    assert refers_back(split("Hello,\nWe will disregard your previous reminder about the agenda.\nAmina")) is False


@pytest.mark.parametrize("text", [
    # someone else's letter or sending: not the sender's own earlier message
    "Madame, Monsieur,\nSuite à votre envoi du 3 mars, nous vous transmettons notre rapport.\nLéa",
    "Dear colleagues,\nFurther to your letter of 3 March, please find attached our report.\nTarek",
    "السادة المحترمين،\nبالإشارة إلى كتابكم رقم 12 بتاريخ 3 آذار، نرفق لكم تقريرنا.\nفهد",
])
def test_near_miss_an_opening_naming_the_secretariats_letter_does_not_refer_back(text: str) -> None:
    from intake.analysis import refers_back

    assert refers_back(split(text)) is False

@pytest.mark.parametrize("body", [
    "مساء الخير\nتصحيح بسيط على ايميلنا السابق بخصوص مشاركة الأستاذة سلمى في النقاش المفتوح: المسمى الوظيفي الصحيح هو "
    "\"مديرة المشاريع\".\nفهد",
    "الإخوة الكرام،\nبالإشارة إلى استفساركم، المسميات الوظيفية كالتالي:\n- الدكتور وليد حسن: رئيس الجمعية\n- هالة سعيد: "
    "منسقة المناصرة\nمع التحية،\nعائشة",
    "ردا على استفساركم، المناصب هي:\n- سعاد علي: مديرة تنفيذية\n- يوسف كمال: باحث\nمنى",
])
def test_titles_supplied_in_a_speaker_thread_complete_the_request(ruleset, body: str) -> None:
    d = decide(ruleset, mail("RE: ترشيح متحدثين", body), thread="speaker_request")
    assert "asks-a-question" not in fired(d)
    assert d.category == "speaker_request"


@pytest.mark.parametrize("body", [
    # a question of the sender's own still asks: "لدي استفسار", "استفسار بخصوص ..."
    "لدي استفسار بخصوص موعد الجلسة العامة.\nعائشة",
    "استفسار: هل سيتم توفير الترجمة الفورية؟\nفهد",
])
def test_near_miss_a_question_of_the_senders_own_still_asks(ruleset, body: str) -> None:
    assert "asks-a-question" in fired(decide(ruleset, mail("RE: ترشيح متحدثين", body), thread="speaker_request"))


# ---------------------------------------------------------------------------------------------
# A thank-you carried on to the secretariat's work and wishes said in prayer ("and for all your work. Our prayers are
# with you", "et pour tout votre travail. Nos prières vous accompagnent", "وعلى جهودكم، دعواتنا لكم بالتوفيق"): nothing new

@pytest.mark.parametrize("text", [
    "Thank you very much for the confirmation, and for all your work. Our prayers are with you for a fruitful "
    "conference.\n\nSr. Agnes",
    "Thanks for the acknowledgement and for your hard work. We will pray for the conference.\nImam Idris",
    "Merci pour la confirmation et pour tout votre travail. Nos prières vous accompagnent.\nPère Elie",
    "شكرا جزيلا على تأكيد الاستلام وعلى جهودكم. دعواتنا لكم بالتوفيق.\nالشيخ حسن",
])
def test_thanks_for_the_work_and_prayers_add_nothing(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    # the same words, then something new: the work described, or a speaker proposed
    "Thank you for all your work. Our prayers are with you; our bishop would like to speak at roundtable 2.\nFr. Paul",
    "Merci pour tout votre travail. Nous vous envoyons notre rapport sur l'accueil des migrants à Tyr.\nPère Elie",
    "شكرا على جهودكم. نرشح الأخت مريم للمشاركة في المائدة المستديرة الأولى.\nالشيخ حسن",
])
def test_near_miss_thanks_for_the_work_before_something_new_still_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False


# ---------------------------------------------------------------------------------------------
# A follow-up of a speaker request gives the speaker's post by first name, the possessive dropped as when dictated
# ("Omar title is Legal Officer at X"): it completes the request

@pytest.mark.parametrize("body", [
    "Sorry forgot, Omar title is Legal Officer at Kuwait Migrant Rights Society\n\nSent from my iPhone",
    "Hi again - Leila position is Programme Manager, Beirut Workers Forum.\nThanks",
    "quick one: Grace job title should read Senior Researcher\n\nJohn",
])
def test_a_dictated_title_by_first_name_completes_the_request(ruleset, body: str) -> None:
    d = decide_reply(ruleset, "Re: Speaker roundtable 1", body)
    assert "speaker-details-completed" in fired(d)
    assert d.category == "speaker_request"


@pytest.mark.parametrize("body", [
    # the session's or the report's title is not a speaker's
    "Just checking: the roundtable title is Labour Migration and Decent Work?\n\nJohn",
    "Our report title is Migration in the Gulf 2020.\nThanks",
])
def test_near_miss_a_session_or_report_title_completes_nothing(ruleset, body: str) -> None:
    d = decide_reply(ruleset, "Re: Speaker roundtable 1", body)
    assert "speaker-details-completed" not in fired(d)


# ---------------------------------------------------------------------------------------------
# A follow-up of a speaker request whose new text is only the post announced for later, on one line ("Chargée de
# plaidoyer et des partenariats", sent from a phone): it completes the request

@pytest.mark.parametrize("body", [
    "Chargée de plaidoyer et des partenariats\n\nEnvoyé de mon iPhone",
    "Responsable du pôle juridique",
    "Senior Programme Officer, Migrant Rights Unit\n\nSent from my iPhone",
    "منسقة المناصرة في الجمعية",
])
def test_a_post_alone_in_a_speaker_thread_completes_the_request(ruleset, body: str) -> None:
    d = decide_reply(ruleset, "Re: Table ronde 3", body)
    assert "speaker-post-alone" in fired(d)
    assert d.category == "speaker_request"


@pytest.mark.parametrize("body", [
    # a question about a post, or a post inside a longer message, is no title sent alone
    "Responsable de la salle ?",
    "Thanks! Our director will follow the plenary online.\nBest",
    "شكرا، المدير سيتابع الجلسة عن بعد\nسامي",
])
def test_near_miss_a_post_in_a_question_or_a_sentence_is_not_alone(ruleset, body: str) -> None:
    d = decide_reply(ruleset, "Re: Table ronde 3", body)
    assert "speaker-post-alone" not in fired(d)


# ---------------------------------------------------------------------------------------------
# Waiting for the programme and the practical details with it ("the final programme and the connection
# details"): still a thank-you that adds nothing

@pytest.mark.parametrize("body", [
    "Dear team,\nWell received with thanks. We will wait for the final programme and the connection details.\n"
    "Best regards,\nOmar\n",
    "Hello,\nNoted, thank you. We are awaiting the agenda as well as the Zoom link.\nKind regards,\n",
    "Bonjour,\nBien reçu, merci. Nous attendons le programme définitif et les détails de connexion.\nCordialement,\nAmel\n",
    "Merci pour la confirmation. J'attends le programme final ainsi que le lien zoom.\nSalutations,\n",
    "شكراً لكم، تم الاستلام. بانتظار البرنامج النهائي وتفاصيل الاتصال.\nمع التحية\n",
])
def test_waiting_for_the_programme_and_the_connection_details_adds_nothing(body: str, ruleset) -> None:
    assert adds_nothing(split(body), ruleset)


@pytest.mark.parametrize("body", [
    # the details awaited with something new said about them, or a speaker added with them
    "Dear team,\nThanks. We will wait for the final programme and the connection details for our second speaker, "
    "Dr Lina Saad.\n",
    "Merci. Nous attendons le programme définitif et les détails de connexion pour inscrire M. Karim Sefrioui.\n",
])
def test_near_miss_waiting_for_the_details_with_something_new_adds_something(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(split(body), ruleset)


# ---------------------------------------------------------------------------------------------
# Looking forward to taking part, as the closing clause of a thank-you ("We look forward to participating in the
# conference.", "ونتطلع للمشاركة في المؤتمر."): still a thank-you that adds nothing; not when the clause goes on

@pytest.mark.parametrize("body", [
    "شكراً جزيلاً على تأكيد الاستلام، ونتطلع للمشاركة في المؤتمر.\n\nمع التحية،\nسلمى",
    "شكرا لكم، نتطلع إلى المشاركة في الاجتماع.\nأحمد",
    "Many thanks for the confirmation. We look forward to participating in the conference.\nBest,\nKaren",
    "Thank you for your reply, looking forward to taking part in the regional review!\nRegards",
    "Merci pour votre accusé de réception, nous nous réjouissons de participer à la conférence.\nCordialement,\nInès",
    "Merci beaucoup ! Au plaisir de prendre part à la réunion.\nYves",
])
def test_looking_forward_to_taking_part_adds_nothing(body: str, ruleset) -> None:
    assert adds_nothing(split(body), ruleset)


@pytest.mark.parametrize("body", [
    # the clause goes on with something new: a speaker, a role
    "شكراً على التأكيد، ونتطلع للمشاركة في المؤتمر بمداخلة الدكتورة ريم حداد.",
    "Thanks. We look forward to participating in the conference with a statement by our Director, Ms Ana Ruiz.",
    "Merci. Nous nous réjouissons de participer à la conférence avec une intervention de M. Paul Kouassi en table ronde 2.",
])
def test_near_miss_looking_forward_to_taking_part_with_more_adds_something(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(split(body), ruleset)


# Waiting for the practical information of the session asked for, after thanks: nothing new
@pytest.mark.parametrize("text", [
    "Merci beaucoup pour votre confirmation !! Je attends les informations pour le 23.\n\nBonne journée,\nRami\n",
    "Thanks a lot for confirming. I am awaiting the technical details for the open discussion.\n\nBest,\nNoor\n",
    "شكراً جزيلاً على التأكيد، وبانتظار التفاصيل التقنية للمداخلة.\nمع التحية\nريما\n",
])
def test_awaiting_the_information_of_the_session_adds_nothing(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    "Merci ! J'attends les informations pour le 23. Pourriez-vous aussi inscrire Mme Awa Ba en table ronde 2 ?\nRami\n",
    "شكراً على التأكيد، وبانتظار التفاصيل التقنية للمداخلة. ونود إضافة الأستاذة هدى سالم متحدثة في الجلسة العامة.\nريما\n",
])
def test_near_miss_awaiting_the_information_with_a_new_request_adds_something(text: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is False


def test_awaiting_the_technical_details_of_the_intervention_asks_for_no_role(ruleset: Ruleset) -> None:
    # in a follow-up of a speaker request, naming the intervention awaited is no new request
    body = "شكراً جزيلاً على التأكيد، وبانتظار التفاصيل التقنية للمداخلة.\nمع التحية\nريما\n"
    assert decide(ruleset, mail("Re: طلب مداخلة", body), thread="speaker_request").category == "other"


# ---------------------------------------------------------------------------------------------
# A thank-you signed by an office, not a person: the sign-off names the office or unit and the organisation in full
# ("Service consulaire" over "Ambassade du Sénégal - Riyad", "الأمانة التنفيذية" over "شبكة ..."), each line opening with
# the word of a body (rules/extract.toml); it adds nothing

@pytest.mark.parametrize("body", [
    "Bien reçu, merci beaucoup.\n\nService consulaire\nAmbassade de la République du Mali - Djeddah\n",
    "Well received, many thanks.\n\nLabour Section\nEmbassy of the Republic of Kenya in Riyadh\n",
    "Thank you for the acknowledgement.\n\nSecretariat\nNetwork of Migrant Domestic Workers Associations\n",
    "شكراً جزيلاً على تأكيد الاستلام.\n\nالأمانة العامة\nجمعية التضامن مع العمال المهاجرين في بيروت\n",
    "Merci pour votre accusé de réception.\n\nDirection des affaires sociales\nMinistère du Travail et de l'Emploi\n",
])
def test_a_thank_you_signed_by_an_office_adds_nothing(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(body), ruleset, load_rules()) is True


@pytest.mark.parametrize("body", [
    # a sentence under the thanks, however it opens: the body's word leads into what it will do
    "Bien reçu, merci beaucoup.\n\nAmbassade du Mali : la liste suivra demain.\n",
    "Thank you for the acknowledgement.\n\nAssociation members will send the report next week.\n",
    "Merci pour votre accusé de réception.\n\nL'association enverra la liste des intervenants demain\n",
    "شكراً على تأكيد الاستلام.\n\nالجمعية سترسل لكم أسماء المتحدثين غداً إن شاء الله بعد اجتماع مجلس الإدارة\n",
    # a line too long for a name, even opening with the word of a body
    "Thank you for the acknowledgement.\n\nNetwork members would still like to know when the roundtable on recruitment starts\n",
])
def test_near_miss_a_sentence_opening_with_a_body_word_is_no_sign_off(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(split(body), ruleset, load_rules()) is False


# ---------------------------------------------------------------------------------------------
# A follow-up that corrects one detail of the speaker proposed before, opening with "petite correction" or
# "quick correction" without an article: it is still the speaker request (speaker-details-completed)

@pytest.mark.parametrize("body", [
    "Bonjour,\nPetite correction concernant notre message ci-dessous : Mme Haddad interviendra au nom du Réseau "
    "maghrébin des migrations, et non de notre seule association.\nCordialement,\nNadia",
    "Dear all,\nQuick correction to the message below: Mr. Omondi will speak for the East African Migrants Forum, "
    "not for our centre alone.\nBest,\nGrace",
    "Bonjour,\nLégère rectification : M. Diallo interviendra en plénière au nom de la Coalition "
    "sahélienne, dont nous sommes membres.\nBien à vous,\nAwa",
    "تحية طيبة\nتعديل بسيط على رسالتنا أدناه: ستتحدث السيدة منى خليل باسم الشبكة العربية للهجرة وليس باسم جمعيتنا وحدها.\nمع الشكر",
])
def test_a_correction_of_the_speakers_detail_stays_a_speaker_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "RE: Demande de prise de parole", body)
    assert "speaker-details-completed" in fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    # a correction of the report sent before, not of the speaker
    "Bonjour,\nPetite correction : les chiffres de la section 2 du rapport étaient erronés.\nCordialement,\nNadia",
    "Dear all,\nQuick correction: the figures in the annex of our report were wrong.\nBest,\nGrace",
])
def test_near_miss_a_correction_of_the_report_is_no_speakers_detail(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "RE: speaker", body)
    assert "speaker-details-completed" not in fired(decision)


# ---------------------------------------------------------------------------------------------
# A follow-up that says the speaker cannot come and asks whether a replacement may still be proposed: a question,
# no one is proposed (replacement-asked-about)

@pytest.mark.parametrize("body", [
    "Dear colleagues,\nUnfortunately Dr. Amal Nasser will not be able to take up the rapporteur role. Could you kindly "
    "let us know whether the Forum may still propose a replacement rapporteur at this stage?\nRegards,\nJohn",
    "Hello,\nMr. Peter Obi cannot attend after all. Is it still possible to nominate a substitute speaker for "
    "roundtable 2?\nThanks,\nMary",
    "Bonjour,\nMme Fatou Sy ne pourra finalement pas intervenir à la table ronde 1. Pouvons-nous encore proposer "
    "une remplaçante ?\nCordialement,\nAwa",
    "Bonjour,\nM. Karim Saleh a dû se désister. Merci de nous indiquer s'il est encore possible de proposer un autre "
    "intervenant pour la plénière.\nBien à vous,\nLeila",
    "تحية طيبة\nنأسف لأن الدكتور سامي حداد لن يتمكن من المشاركة كمقرر. هل ما زال بإمكاننا ترشيح بديل له في الجلسة؟\nمع الشكر",
])
def test_asking_whether_a_replacement_may_be_proposed_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "RE: Speaking role nominations", body)
    assert "replacement-asked-about" in fired(decision)
    assert decision.category == "other"


@pytest.mark.parametrize("body", [
    # the replacement is proposed, by name
    "Dear colleagues,\nDr. Amal Nasser cannot attend; we propose Ms. Rana Aziz, Programme Officer, as replacement "
    "rapporteur.\nRegards,\nJohn",
    "Bonjour,\nMme Fatou Sy ne pourra pas venir : nous proposons M. Ousmane Ba, juriste, pour la remplacer à la "
    "table ronde 1.\nCordialement,\nAwa",
])
def test_near_miss_a_replacement_proposed_by_name_is_still_a_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "RE: speaker", body)
    assert "replacement-asked-about" not in fired(decision)
    assert decision.category == "speaker_request"


# ... or whether someone else may take the speaker's place, no one named yet
@pytest.mark.parametrize("body", [
    "Dear colleagues,\nRegarding our nomination of Mr Omar Tahir for roundtable 2: he may have to travel. Could someone "
    "else from our network take his place in that case?\nThanks,\nMary",
    "Bonjour,\nConcernant la candidature de Mme Salma Idrissi pour la table ronde 2 : si elle ne peut pas venir, est-ce "
    "qu'une autre personne de l'association pourrait prendre sa place ?\nCordialement,\nAwa",
    "السلام عليكم\nبخصوص ترشيح الأستاذة سلمى إدريسي للمائدة المستديرة الثانية: لو ما قدرتش تيجي، هل ممكن حد تاني من "
    "الجمعية ياخد مكانها؟\nشكرا",
])
def test_asking_whether_someone_else_may_take_the_place_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Speaker question", body)
    assert "replacement-asked-about" in fired(decision)
    assert decision.category == "other"


@pytest.mark.parametrize("body", [
    # the one taking the place is named: a request
    "Bonjour,\nConcernant la candidature de M. Omar Tahir pour la table ronde 2 : il ne pourra pas venir, Mme Salma "
    "Idrissi, juriste, prendra sa place.\nCordialement,\nAwa",
    "Dear colleagues,\nMr Omar Tahir cannot travel; we propose Ms Salma Idrissi, Legal Officer, to take his place at "
    "roundtable 2.\nThanks,\nMary",
])
def test_near_miss_someone_named_to_take_the_place_is_still_a_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Speaker question", body)
    assert "replacement-asked-about" not in fired(decision)
    assert decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A follow-up that withdraws the report sent before while keeping (or restating) its speaker request: only the
# report is taken back (withdraws_only_a_report), so the message stays a speaker request

@pytest.mark.parametrize("body", [
    "Bonjour,\nNous vous prions de retirer le rapport de l'AMDH envoyé le 2 février. En revanche notre demande "
    "d'intervention est maintenue.\nCordialement",
    "Dear colleagues,\nWe withdraw our report, which will be part of the coalition's joint submission; our speaker "
    "for roundtable 3 is unchanged.\nBest",
    "تحية طيبة\nنسحب التقرير المرسل سابقاً، أما طلب المداخلة فيبقى قائماً.\nمع التحية",
])
def test_withdrawing_only_the_report_keeps_the_speaker_request(rules, body: str) -> None:
    parsed = message(body, subject="Re: contribution")
    assert withdraws_only_a_report(parsed, split(parsed.text), rules) is True


@pytest.mark.parametrize("body", [
    # the request itself is withdrawn, or both
    "Bonjour,\nNous retirons notre demande d'intervention pour la table ronde 1.\nCordialement",
    "Dear colleagues,\nWe withdraw our report and we also withdraw our request for the plenary.\nBest",
    "تحية طيبة\nنسحب طلب المداخلة في الجلسة العامة.\nمع التحية",
    # no withdrawal at all
    "Dear colleagues,\nPlease find our report attached.\nBest",
])
def test_near_miss_withdrawing_a_request_is_more_than_the_report(rules, body: str) -> None:
    parsed = message(body, subject="Re: contribution")
    assert withdraws_only_a_report(parsed, split(parsed.text), rules) is False


# ---------------------------------------------------------------------------------------------
# The detail asked for, answered as a labelled field on its own line: "Title: Legal Officer", « Fonction : chargée de
# plaidoyer », "المسمى: منسق مشاريع" completes the speaker request it follows up

@pytest.mark.parametrize("body", [
    "Title: Senior Legal Officer\n\nOn Tue, Feb 2, 2021 the Secretariat wrote:\n> Could you send us Mr Haddad's title?",
    "Hello,\n\nPosition : Head of Advocacy\n\nBest,\nRania",
    "Bonjour,\n\nFonction : coordinatrice régionale\n\nCordialement",
    "Titre: responsable des programmes migration",
    "المسمى: مديرة البرامج\n\nمع التحية",
    "المنصب : رئيس الجمعية",
])
def test_a_labelled_detail_completes_a_speaker_request(ruleset, body: str) -> None:
    followup = decide(ruleset, mail("Re: Speaker", body), thread="speaker_request")
    assert "speaker-details-completed" in fired(followup) and followup.category == "speaker_request"


@pytest.mark.parametrize(("body", "thread"), [
    # the same field after a report: nothing about a speaker
    ("Title: Voluntary review of the Jordan network\n\nBest,\nSami", "voluntary_report"),
    # the word inside a sentence, not a field on its own line
    ("Hello,\nA quick question about titles: should they be translated into Arabic?\nBest", "speaker_request"),
    # the field of the document, with no value after it
    ("Title:\n\nThanks", "speaker_request"),
])
def test_near_miss_a_field_out_of_a_speaker_follow_up_completes_nothing(ruleset, body: str, thread: str) -> None:
    assert "speaker-details-completed" not in fired(decide(ruleset, mail("Re: Speaker", body), thread=thread))


# ---------------------------------------------------------------------------------------------
# Thanks for the acknowledgement written the way a French or Arabic writer puts it in English ("We thank you for
# your confirmation of reception", "Good continuation", "Cordially"), a wait for "the review", the person concerned
# "looking forward to it", kindness noted ("c'est très aimable"), and a closing line over a name and an organisation:
# courtesies, so the reply adds nothing

@pytest.mark.parametrize("body", [
    "Dear,\n\nWe thank you for your confirmation of reception. Good continuation for the organisation of the review !\n\n"
    "Cordially,\nSalma Trabelsi\nATFD",
    "Hello,\n\nI thank you for the confirmation of receipt. Good continuation!\n\nCordially,\nMamadou Keita\nAMSCO Bamako",
    "Dear team,\nThank you so much, well received! Looking forward to the regional review.\n\nKhaled",
    "Dear Secretariat,\nMany thanks for your kind acknowledgement. We look forward to the review.\n\nBest,\nDina",
    "Thanks a lot for the quick confirmation! Dr Haddad is looking forward to it.\n\nRania",
    "Bonjour,\nMerci pour la confirmation. Mme Ndiaye s'en réjouit d'avance !\nAïssata",
    "Bonjour,\n\nMerci beaucoup pour votre accusé de réception, c'est très aimable.\nBonne journée.\n\nJean-Paul",
    "Dear colleagues,\nThank you for the confirmation, that's very kind of you.\nBest regards,\nOmar Said\nKADER Network",
    "شكراً جزيلاً على تأكيد الاستلام، هذا لطف منكم.\nمع التحية\nهدى",
    "شكرا على التأكيد. والأستاذة سعاد تتطلع إلى ذلك.\nمنى",
])
def test_second_language_and_closing_courtesies_add_nothing(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(_parts(body), ruleset)


@pytest.mark.parametrize("body", [
    # the same words, going on to something new
    "Dear,\nWe thank you for your confirmation of reception. Our speaker is now Ms. Lina Haddad, Legal Officer.\n"
    "Cordially,\nSalma",
    "Thank you! Dr Haddad is looking forward to speaking on labour migration in roundtable 2.\nRania",
    "Bonjour,\nC'est très aimable, mais nous souhaitons aussi proposer M. Ali Sow pour la plénière.\nAwa",
    "Dear team,\nThanks. We look forward to the review of our second report, which we will send next week.\n"
    "Cordially,\nMamadou Keita\nAMSCO Bamako",
])
def test_near_miss_the_same_courtesies_with_more_still_add_something(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(_parts(body), ruleset)


# ---------------------------------------------------------------------------------------------
# Thanks for the acknowledgement that say it was passed on to the nominee ("We have informed the nominee", "J'ai
# informé l'intéressée", "وتم إبلاغ المرشح بذلك") or that the sender is glad to have it ("we are happy to receive
# this", "nous sommes ravis de cette confirmation", "سعداء باستلام ذلك"): courtesies, so the reply adds nothing

@pytest.mark.parametrize("body", [
    "Dear team,\nMany thanks for the confirmation. We have informed the nominee accordingly.\n\nBest,\nLeila",
    "Thanks a lot, I've passed this on to our speaker.\n\nOmar",
    "Bonjour,\nMerci pour l'accusé de réception, j'ai informé l'intéressée.\n\nCordialement,\nNadia",
    "السادة فريق المراجعة\n\nشكراً جزيلاً على تأكيد الاستلام، وتم إبلاغ المرشحة بذلك.\n\nمع التقدير\nرنا",
    "شكرا لكم، أبلغنا المتحدث بذلك.\nسامي",
    "Thank you so much, we are happy to receive this. God bless.\n\nHanna",
    "Merci beaucoup, nous sommes ravis de cette confirmation !\n\nAïcha",
    "شكرا جزيلا، نحن سعداء باستلام التأكيد.\nمنى",
])
def test_passed_on_or_glad_to_receive_adds_nothing(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(_parts(body), ruleset)


@pytest.mark.parametrize("body", [
    # the nominee informed of something new: a change the secretariat must read
    "Thanks. We have informed the nominee that she will now speak in roundtable 3 instead of the plenary.\nLeila",
    "Merci. J'ai informé l'intéressée, mais elle ne pourra finalement pas venir ; nous proposons M. Ali Sow.\nNadia",
    # glad, and sending something
    "Thank you, we are happy to receive this. Please find attached our revised report.\nHanna",
    "شكرا، تم إبلاغ المرشح بذلك، ونود إضافة متحدثة ثانية هي السيدة هدى علي.\nسامي",
])
def test_near_miss_passed_on_or_glad_with_news_still_adds_something(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(_parts(body), ruleset)


# ---------------------------------------------------------------------------------------------
# A thank-you for our acknowledgement in dialect ("ألف شكر إلكم، وصلنا التأكيد", "يعيشكم", "مشكورين وما قصرتوا",
# "منتمنّالكم كل التوفيق"): the receipt said with what was received, and the wish in one word, add nothing

@pytest.mark.parametrize("body", [
    "ألف شكر إلكم، وصلنا التأكيد 🙏\nمنتمنّالكم كل التوفيق بالمؤتمر.\n\nلمى\n",
    "شكراً كتير ليكم 🙏\nوصلتنا الرسالة. ربنا يوفقكم\n",
    "يعيشكم، وصلنا الإيميل.\n\nسنية\n",
    "مشكورين وما قصرتوا، استلمنا ردكم 🌹\n\nسالم\n",
    "وصلني التأكيد، بنتمنالكم مؤتمر ناجح\nرامي\n",
])
def test_a_dialect_thank_you_for_the_acknowledgement_adds_nothing(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(_parts(body), ruleset)


@pytest.mark.parametrize("body", [
    # the same words with a new request or a question
    "ألف شكر إلكم، وصلنا التأكيد. وبدنا نضيف متحدثة تانية: السيدة ريم حداد، منسقة البرامج.\nلمى\n",
    "يعيشكم، وصلنا الإيميل. وقتاش تبعثولنا البرنامج؟\nسنية\n",
    "مشكورين، وصلنا ردكم لكن التقرير ما وصلكم، رح نبعتو مرة تانية بكرا مع الملحق\nسالم\n",
])
def test_near_miss_a_dialect_thank_you_with_more_adds_something(body: str, ruleset: Ruleset) -> None:
    assert not adds_nothing(_parts(body), ruleset)


# ... and a Maghrebi or Levantine thank-you with its blessing ("شكرا بزاف", "برشا", "الله يعاونكم", "ربي يعينكم",
# "يعطيكم الصحة", "يعطيك العافية"): nothing more than a thank-you either

@pytest.mark.parametrize("body", [
    "شكرا برشا على الرد، ربي يعينكم 🌷\n\nنادية\n",
    "وصلنا التأكيد، شكرا بزاف. الله يعطيكم الصحة\nحميد\n",
    "يعطيكم العافية، وصلتنا الرسالة 🙏\nهالة\n",
])
def test_a_dialect_thank_you_with_a_blessing_adds_nothing(body: str, ruleset: Ruleset) -> None:
    assert adds_nothing(_parts(body), ruleset)


def test_near_miss_a_dialect_blessing_with_a_request_adds_something(ruleset: Ruleset) -> None:
    body = "شكرا بزاف، الله يعاونكم. بغينا نزيدو متدخلة أخرى فالطاولة المستديرة: الأستاذة سعاد العلوي.\nحميد\n"
    assert not adds_nothing(_parts(body), ruleset)


# ---------------------------------------------------------------------------------------------
# A follow-up that sends a revised report "which replaces the one I sent" (« pour remplacer le rapport envoyé ») puts a
# document in place of another, not a speaker: no replacement of a speaker is read in it

@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nPlease find attached a revised version (v2) of our report, which replaces the one I sent on 4 February.\n\nDima",
    "Hello,\n\nAttached is the corrected file; it replaces the report we sent last week (figures in annex 2).\n\nOmar",
    "Good morning,\n\nThe attached draft replaces our document of 2 March.\n\nHanna",
    "Bonjour,\n\nVeuillez trouver ci-joint la version corrigée, à utiliser pour remplacer le rapport envoyé le 3 février.\n\nAwa",
])
def test_a_document_replacing_another_replaces_no_speaker(ruleset, body: str) -> None:
    followup = decide(ruleset, mail("Re: report + rapporteur", body), thread="both")
    assert "speaker-replaced" not in fired(followup) and followup.category != "speaker_request"


@pytest.mark.parametrize("body", [
    "Ms Lina Haddad will replace Mr Omar Said as our speaker.\n\nSami",
    "Our director replaces the speaker we proposed.\n\nSami",
    "Mme Awa Diop va remplacer M. Sow à la table ronde 2.\n\nKarim",
])
def test_near_miss_a_person_replacing_a_speaker_is_still_a_replacement(ruleset, body: str) -> None:
    assert "speaker-replaced" in fired(decide(ruleset, mail("Re: speakers", body), thread="speaker_request"))


# ---------------------------------------------------------------------------------------------
# A follow-up asking whether a request sent before arrived ("هل وصلكم طلب الترشيح المرسل بتاريخ ١ فبراير؟", "طلبنا
# السابق", "الطلب الذي أرسلناه") names that request: it makes no new one

@pytest.mark.parametrize("body", [
    "السلام عليكم،\n\nهل وصلكم طلب الترشيح المرسل بتاريخ ١ فبراير؟ ما وصلنا أي رد، ومتى تصدر قائمة المتحدثين؟\n\nسارة",
    "هل استلمتم طلب المشاركة المرسل يوم الاثنين بخصوص المداخلة في الجلسة العامة؟\n\nخالد",
    "نرجو إفادتنا بخصوص طلبنا السابق للمشاركة كمتحدث في الجلسة العامة، هل تم قبوله؟\n\nمنى",
    "نرجو إفادتنا هل وصلكم طلبنا الذي أرسلناه بشأن الكلمة في المائدة المستديرة الثانية؟\n\nهدى",
])
def test_asking_after_a_request_sent_before_makes_no_request(ruleset, body: str) -> None:
    assert "speaker-request-ar" not in fired(decide(ruleset, mail("RE: ترشيح", body)))


@pytest.mark.parametrize("body", [
    # a former minister proposed, a request made in the message
    "يسرنا أن نرشح الوزير السابق خالد منصور للحديث في الجلسة العامة.\n\nمنى",
    "طلبنا مداخلة في المائدة المستديرة الثانية للسيدة هدى علي.\n\nمنى",
    "نرشح السيدة هدى علي للتحدث في المائدة المستديرة الثانية.\n\nسامي",
])
def test_near_miss_a_request_made_now_is_still_a_request(ruleset, body: str) -> None:
    assert "speaker-request-ar" in fired(decide(ruleset, mail("ترشيح", body)))


# ---------------------------------------------------------------------------------------------
# A forward of a reply ("FW: Re: report + rapporteur", "Fwd: RE: ...", "TR: RE: ...") repeats the subject of the thread
# like a reply does: it weighs as a reply's subject; a forward of a first message keeps its full weight

@pytest.mark.parametrize("subject", [
    "FW: Re: voluntary report + rapporteur",
    "Fwd: RE: speaker nomination",
    "TR: RE: proposition d'intervenant",
    "Fwd: رد: ترشيح متحدث",
])
def test_a_forwarded_reply_subject_weighs_as_a_reply(ruleset, subject: str) -> None:
    followup = decide(ruleset, mail(subject, "Dear team,\n\nPlease see below.\n\nOmar"))
    reply = decide(ruleset, mail("Re: " + subject.split(":", 2)[-1].strip(), "Dear team,\n\nPlease see below.\n\nOmar"))
    assert [(h.rule, h.weight) for h in followup.hits if h.where == "subject"] \
        == [(h.rule, h.weight) for h in reply.hits if h.where == "subject"]


def test_near_miss_a_forward_of_a_first_message_keeps_its_subject(ruleset) -> None:
    forward = decide(ruleset, mail("FW: speaker nomination", "Dear team,\n\nPlease see below.\n\nOmar"))
    reply = decide(ruleset, mail("Re: speaker nomination", "Dear team,\n\nPlease see below.\n\nOmar"))
    assert sum(h.weight for h in forward.hits if h.where == "subject") > sum(h.weight for h in reply.hits if h.where == "subject")


# ---------------------------------------------------------------------------------------------
# A speaker who says they will be replaced, with where or when between the verb and the newcomer: "I will be replaced
# at the plenary by my deputy", « je serai remplacé lors de la séance par ma collègue »: a change of speaker, and the
# newcomer is the one recorded

@pytest.mark.parametrize(("lang", "body", "newcomer"), [
    ("en", "Dear team,\n\nI am travelling that week, so I will be replaced at the plenary by my deputy:\n\n"
           "Ms. Rana Khoury, Deputy Director, Beirut Migrant Workers Centre.\n\nSorry for the late change.\n\nDina",
     "Rana Khoury"),
    ("fr", "Bonjour,\n\nEmpêchée ce jour-là, je serai remplacée lors de la séance plénière par ma collègue :\n\n"
           "Mme Nadia Chraibi, Directrice des programmes, Association Passerelles Migrations.\n\nBien à vous,\n\nSalma",
     "Nadia Chraibi"),
])
def test_a_speaker_replaced_with_words_between_is_a_replacement(ruleset, lang: str, body: str, newcomer: str) -> None:
    decision = decide_reply(ruleset, "Re: request to speak", body)
    assert "speaker-replaced" in fired(decision) and decision.category == "speaker_request"
    speakers = run(message(body, subject="Re: request to speak"), load_rules(), language=lang).speakers
    assert [s.name for s in speakers] == [newcomer]


@pytest.mark.parametrize("body", [
    "Please note the annex will be replaced in the final version by an updated table.\n\nOmar",
    "Le tableau sera remplacé dans la version finale par des chiffres à jour.\n\nAwa",
])
def test_near_miss_a_document_replaced_with_words_between_replaces_no_speaker(ruleset, body: str) -> None:
    assert "speaker-replaced" not in fired(decide(ruleset, mail("Re: report", body), thread="both"))


# ---------------------------------------------------------------------------------------------
# A thank-you that says the meeting's practical details will be passed on to the speakers' offices ("We will share the
# connection details with both offices") adds nothing; sending our own report or a new speaker does

@pytest.mark.parametrize("text", [
    "Thanks a lot, noted. We will pass the connection details on to our two speakers.\n\nBest,\nLeila",
    "Merci beaucoup, c'est bien noté. Nous transmettrons les informations de connexion à nos deux intervenants.\n\nOmar",
    "شكراً جزيلاً، تم الاستلام. سنشارك تفاصيل الاتصال مع مكتب الرئيس.\n\nهالة",
])
def test_a_thank_you_passing_the_practical_details_on_adds_nothing(text, ruleset):
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    "Thanks a lot. We will share our report with you by Friday.\n\nLeila",
    "Merci beaucoup. Nous transmettrons les informations sur notre seconde intervenante, Mme Awa Sow, demain.\n\nOmar",
])
def test_near_miss_a_thank_you_announcing_a_report_or_a_speaker_adds_something(text, ruleset):
    assert adds_nothing(split(text), ruleset) is False


# ---------------------------------------------------------------------------------------------
# A follow-up of a speaker request that asks how the session will run ("will her intervention be in person or
# online?") and sends the speaker's bio "further to my email" adds no request; a new request in words still decides

BIO = (("Bio - Ms Hanan Saleh.pdf", "application/pdf"),)


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nFurther to my email below, could you tell us whether Ms Saleh's roundtable intervention will be "
    "in person or online? Her short bio is attached for the programme.\n\nRegards,\nMaya",
    "Bonjour,\n\nSuite à mon message ci-dessous, pourriez-vous nous dire si l'intervention de Mme Saleh se fera en "
    "présentiel ou à distance ? Vous trouverez ci-joint sa courte biographie.\n\nCordialement,\nMaya",
    "تحية طيبة،\n\nاستكمالاً لرسالتي أدناه، نرجو إفادتنا هل ستكون مداخلة السيدة حنان صالح حضورياً أم عن بعد؟ "
    "مرفق سيرتها الذاتية المختصرة.\n\nمع الشكر،\nمايا",
])
def test_a_follow_up_asking_in_person_or_online_with_a_bio_is_no_request(ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Re: speaker request", body, attachments=BIO, in_reply_to="m0@example.org"),
                      thread="speaker_request")
    assert "asks-session-logistics" in fired(decision) and decision.category == "other"


def test_near_miss_a_new_speaker_asked_for_with_the_same_question_is_still_a_request(ruleset) -> None:
    body = ("Dear colleagues,\n\nWe would also like to nominate Mr Karim Aoun, our treasurer, to speak in roundtable 2. "
            "Will the roundtable be in person or online?\n\nRegards,\nMaya")
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert decision.category == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A follow-up that recalls the request already made ("following up on our nomination of X", "suite à notre proposition",
# "إلحاقاً بترشيح") and asks how the session will run (the concept note, the Zoom links, interpretation) proposes
# nobody: the recalled request's own words must not make it a new one

@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nFollowing up on our nomination of Dr Samir Haddad for the plenary, could you please share the "
    "agenda and the Zoom links, and say whether he will speak online or in person?\n\nKind regards,\nLeila",
    "Madame, Monsieur,\n\nSuite à notre proposition de Mme Aïcha Traoré comme rapporteuse, pourriez-vous nous "
    "transmettre la note conceptuelle et nous dire si l'interprétation sera assurée ?\n\nBien à vous,\nOumar",
    "الزملاء الأعزاء،\n\nإلحاقاً برسالتنا السابقة بشأن ترشيح الأستاذ كريم منصور للحديث في الجلسة العامة، نرجو التكرم "
    "بإفادتنا بجدول الأعمال وروابط الاتصال، وهل ستتوفر الترجمة الفورية؟\n\nمع التحية،\nهالة",
])
def test_a_follow_up_recalling_the_request_and_asking_about_the_session_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


# ... also when it comes back to the proposals ("coming back to you about our two nominations") and asks what the
# speakers are expected to send or whether they may take part online
@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nI am coming back to you about our two nominations (email below). Could you tell us whether a "
    "short biography is expected, and whether online participation is possible for Ms Rana Saleh?\n\nBest,\nOmar",
    "Bonjour,\n\nNous revenons vers vous au sujet de nos deux propositions d'intervenantes. Pourriez-vous nous dire si "
    "une photo est attendue et si une participation à distance est envisageable ?\n\nCordialement,\nInès",
    "السادة الكرام،\n\nإلحاقاً بطلبنا السابق بشأن ترشيح الأستاذة منى عيسى، نرجو إفادتنا هل السيرة الذاتية مطلوبة، "
    "وهل المشاركة عن بعد ممكنة؟\n\nمع الشكر،\nسامي",
])
def test_a_follow_up_asking_what_the_proposed_speakers_should_send_is_no_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert "asks-about-request-made" in fired(decision) and decision.category == "other"


def test_near_miss_a_new_speaker_with_a_session_question_is_still_a_request(ruleset) -> None:
    body = ("Dear colleagues,\n\nFurther to our nomination of Dr Samir Haddad, we would also like to nominate Ms Rima "
            "Khalil, our youth officer, to speak in roundtable 2, and to propose Mr Fadi Nassar as rapporteur. "
            "Could you share the agenda?\n\nKind regards,\nLeila")
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert decision.category == "speaker_request"


# ... but a follow-up that proposes someone now, in place of the speaker on file or besides, stays a request whatever
# it also asks (the two rules above take no weight when the new text proposes or replaces a person)
@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nFurther to our nomination of Ms Nour Salem: she has fallen ill. We would like to propose Mr Tarek "
    "Aziz, our field coordinator, instead. Could you please share the concept note?\n\nBest,\nHiba",
    "Dear colleagues,\n\nFurther to our nomination of Ms Nour Salem, we would also like to propose Mr Tarek Aziz for "
    "roundtable 1. Could you please share the Zoom links?\n\nHiba",
    "Bonjour,\n\nSuite à notre proposition de Mme Nour Salem, nous souhaitons aussi proposer M. Tarek Aziz pour la table "
    "ronde 1. Pourriez-vous nous indiquer si la séance aura lieu en présentiel ou à distance ?\n\nHiba",
    "السادة الأفاضل،\n\nإلحاقاً بترشيح السيدة نور سالم، نود أيضاً ترشيح السيد طارق عزيز للمائدة المستديرة الأولى، وهل "
    "ستكون المشاركة حضورياً أم عن بعد؟\n\nهبة",
])
def test_a_follow_up_that_proposes_someone_now_stays_a_request(ruleset, body: str) -> None:
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert not {"asks-about-request-made", "asks-session-logistics"} & set(fired(decision))
    assert decision.category == "speaker_request"



# ... and a follow-up that replaces the speaker and asks something else besides ("Could you let us know when the concept
# note will be shared?") is a request: the replacement outweighs the question. In Arabic the newcomer's verb often
# comes with its conjunction glued on: «وسيحل محلها», «وسينوب عنه»
@pytest.mark.parametrize(("lang", "body", "newcomer"), [
    ("en", "Dear colleagues,\n\nFurther to our nomination of Ms Dana Haddad: unfortunately she can no longer attend. "
           "She will be replaced by Mr Karim Aoun, Programme Officer, Horizons Migrant Aid. Could you please let us know "
           "when the concept note will be shared?\n\nKind regards,\nLeila", "Karim Aoun"),
    ("fr", "Bonjour,\n\nSuite à notre proposition de Mme Dana Haddad : elle ne pourra malheureusement pas participer. "
           "Elle sera remplacée par M. Karim Aoun, chargé de programme à Horizons Migrants. Pourriez-vous nous envoyer la "
           "note conceptuelle ?\n\nCordialement,\nLeila", "Karim Aoun"),
    ("ar", "السلام عليكم،\n\nإلحاقاً بترشيحنا للسيدة دانة حداد، نعتذر لعدم تمكنها من المشاركة، وسيحل محلها السيد كريم "
           "عون، مسؤول البرامج في جمعية آفاق. نرجو إفادتنا بموعد إرسال المذكرة المفاهيمية.\n\nمع التحية،\nليلى", "كريم عون"),
])
def test_a_replacement_that_also_asks_something_is_a_request(ruleset, lang: str, body: str, newcomer: str) -> None:
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert "speaker-replaced" in fired(decision) and "asks-about-request-made" not in fired(decision)
    assert decision.category == "speaker_request"
    speakers = run(message(body, subject="Re: speaker request"), load_rules(), language=lang).speakers
    assert newcomer in [s.name for s in speakers]


def test_near_miss_a_file_replaced_with_a_question_is_no_request(ruleset) -> None:
    body = ("Dear colleagues,\n\nFurther to our nomination of Ms Dana Haddad, please use the attached CV instead of the "
            "one I sent. Could you let us know when the concept note will be shared?\n\nLeila")
    decision = decide_reply(ruleset, "Re: speaker request", body)
    assert "speaker-replaced" not in fired(decision) and decision.category == "other"

# A thank-you as a phone writes it, glad that the report reached us and passing on the members' thanks, adds nothing
@pytest.mark.parametrize(("text", "nothing"), [
    ("thx a lot!! we are so happy our report reached you. everyone says thank you\n\nGod bless\nJoy", True),
    ("Thank u so much. We are glad that our submission arrived safely.\n\nAll our members send thanks,\nJoy", True),
    ("Merci ! Nous sommes ravis que notre rapport vous soit bien parvenu. Tous nos membres vous remercient.\n\nAwa",
     True),
    ("شكرا جزيلا، نحن سعداء جدا بوصول تقريرنا إليكم، وجميع الأعضاء يشكرونكم.\n\nمنى", True),
    # glad, and something new
    ("thank u!! we are happy our report reached you. can we also send a short video?\n\nJoy", False),
])
def test_a_casual_thank_you_for_the_receipt_adds_nothing(text: str, nothing: bool, ruleset) -> None:
    assert adds_nothing(split(text), ruleset) is nothing


# Glad at the news said in full, what was sent registered or received: still a thank-you that adds nothing; a question
# or a request after it still adds something
@pytest.mark.parametrize("text", [
    "Dear all,\n\nThanks for the confirmation. Our team was glad to hear that the report has been registered, and we "
    "look forward to the conference.\n\nNadia",
    "Thanks a lot! We are so pleased to learn that our nomination was duly received.\n\nPeter",
    "Merci pour la confirmation ! Nous sommes ravis d'apprendre que notre demande a bien été enregistrée.\n\nAwa",
    "شكراً على التأكيد، سعدنا بمعرفة أن تقريرنا قد تم تسجيله.\nمنى",
])
def test_gladness_that_what_was_sent_is_registered_adds_nothing(text, ruleset):
    assert adds_nothing(split(text), ruleset) is True


@pytest.mark.parametrize("text", [
    "Thanks! We are happy to hear that the report has been registered. Could you send the agenda?\nPeter",
    "Merci ! Nous sommes ravis d'apprendre que notre rapport a bien été reçu et nous proposons Mme Awa Diop pour la "
    "table ronde 3.\nKarim",
    "شكراً، سعدنا بأن التقرير قد وصل. هل يمكن إضافة متحدث ثان؟\nمنى",
])
def test_near_miss_gladness_at_the_registration_with_a_question_or_a_request_adds_something(text, ruleset):
    assert adds_nothing(split(text), ruleset) is False


# ---------------------------------------------------------------------------------------------
# A thank-you whose one other sentence is about the person concerned: awaiting the session's details, sending greetings,
# glad the submission was recorded. It adds nothing (no acknowledgement of it, no speaker read from it).

_ABOUT_THE_PERSON = [
    "Thanks for the quick confirmation. Dr Mensah now awaits the practical details for the roundtable.\n\nJoy",
    "Merci pour la confirmation. Fatou attend donc les informations pratiques pour la table ronde.\n\nBon week-end,\nAnne",
    "شكراً على التأكيد. وتنتظر الأستاذة هدى التفاصيل الخاصة بالجلسة العامة.\nرنا",
    "Well noted, thank you. Dr Ali sends his warm regards.\n\nMona",
    "Bien reçu, merci. Mme Ndiaye vous salue bien.\n\nAwa",
    "شكراً، وصلنا التأكيد. والدكتورة ليلى تهديكم السلام.\nرنا",
    "Thank you! The women are so happy the report was registered.\n\nSara",
    "Merci beaucoup. Les membres sont ravies que le rapport ait été enregistré.\n\nAnne",
    "شكراً كتير، والشباب مبسوطين مره انو الطلب اتسجل.\nعلي",
]


@pytest.mark.parametrize("body", _ABOUT_THE_PERSON)
def test_a_thank_you_with_a_word_about_the_person_concerned_adds_nothing(body, ruleset):
    assert adds_nothing(split(body), ruleset) is True


@pytest.mark.parametrize("body", _ABOUT_THE_PERSON[:3])
def test_the_person_concerned_awaiting_the_details_asks_for_nothing(body, ruleset):
    decision = decide(ruleset, mail("Re: Acknowledgement of receipt: speaker request", body, in_reply_to="ack@un.org"))
    assert decision.category == "other"
    assert "awaits-session-details" in fired(decision)


@pytest.mark.parametrize("body", [
    "Thanks. Dr Mensah awaits the practical details for the roundtable, and we also propose Ms Ama Owusu as a second speaker.\nJoy",
    "Merci. Fatou attend les informations pratiques pour la table ronde ; nous proposons aussi M. Ba comme second intervenant.\nAnne",
    "Thanks. Dr Ali sends his regards and would like to speak in the plenary as well.\nMona",
    "Thank you! The women are so happy the report was registered and want to present it at roundtable 1.\nSara",
])
def test_near_miss_a_word_about_the_person_that_goes_on_adds_something(body, ruleset):
    assert adds_nothing(split(body), ruleset) is False


_LONG = " ".join(["word"] * 400)


@pytest.mark.parametrize("text", [
    "Dear team,\n\nThank you very much for confirming that you received our report.\n\nHiwet",
    "Merci beaucoup pour votre confirmation, c'est bien noté !\nAu plaisir de vous retrouver le 23.\n\nYasmine",
    "ألف شكر على التأكيد 🌷\nبانتظار تواصلكم.\nسعاد",
    "Thank you for confirming receipt. We would also like Dr Karim Haddad, our Director, to speak.\n\nLina",
    _LONG + "\n\nThanks a million for the confirmation 👍",  # the only courtesy after many words
    "Thanks! " + _LONG,
    "Best regards,\nLina\n" * 30,  # courtesy after courtesy
    "",
])
def test_the_words_left_are_those_the_courtesies_substitution_leaves(text, ruleset):
    """The early-stopping count says what counting after `courtesies.sub` says, for every bound."""
    left = len(re.findall(r"\w+", ruleset.courtesies.sub(" ", fold_body(text))))
    for most in range(6):
        assert _few_words_left(fold_body(text), ruleset, most) is (left <= most)
