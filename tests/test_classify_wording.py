"""Wordings the classifier reads beyond the plain signals: a wish to speak with an adverb inside "would like" ("I would
also like to take part in the open discussion"), alone or beside a report; a voluntary review pasted below the
message ("we paste our voluntary review directly below"); and a body that points to the subject line for the
speaker's details, whom extraction then reads from the subject. Each family in several languages and wordings, with
near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.classify import classify
from intake.extract import ExtractRules
from intake.parse import parse
from intake.rules import Ruleset
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail

# ---------------------------------------------------------------------------------------------
# "would also like": an adverb between the modal and the wish

def _decide(ruleset: Ruleset, subject: str, body: str) -> str:
    return decide(ruleset, mail(subject, body)).category


@pytest.mark.parametrize("body", [
    "Dear colleagues,\nI head the legal unit of the Tyre Workers Forum. I would also like to take part in the open "
    "discussion on 23 February.\nBest,\nOmar\n",
    "Hello,\nOur board has met. We would really like to join the second roundtable, if there is room.\nRegards,\nHiba\n",
    "Hi,\nThanks for the invitation. We'd also like to take the floor in the plenary.\nKarim\n",
    "Dear secretariat,\nWe would very much like to serve as rapporteur for the consultation.\nKind regards,\nSamia\n",
])
def test_a_wish_with_an_adverb_asks_to_speak(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "speaker_request"


def test_a_report_and_an_adverbed_wish_is_both(ruleset: Ruleset) -> None:
    body = "Dear Secretariat,\nPlease find attached the voluntary GCM review report of the Basra Rights Forum.\n" \
           "I would also like to take part in the open discussion, if there is still space.\nBest,\nAli\n"
    msg = EmailMessage()
    msg["From"] = "Ali <ali@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = "Voluntary GCM review report"
    msg["Message-ID"] = "<m2@example.org>"
    msg.set_content(body)
    msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="BRF_GCM_Voluntary_Review.pdf")
    parsed = parse(bytes(msg))
    assert classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, None).category == "both"


@pytest.mark.parametrize("body", [
    # thanks for a past session, an apology, an observer's seat: no wish to speak
    "Dear colleagues,\nWe would also like to thank you for the roundtable last year, which was very useful.\nBest,\nOmar\n",
    "Dear colleagues,\nWe would also like to apologise: we cannot join the plenary.\nBest,\nOmar\n",
])
def test_an_adverbed_wish_that_asks_no_role_is_not_a_request(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "other"


@pytest.mark.parametrize("body", [
    # the French and Arabic wishes already admit the adverb ("je voudrais également", "أود أيضاً")
    "Bonjour,\nJe voudrais également participer à la discussion ouverte du 23 février.\nCordialement,\nSalma\n",
    "تحية طيبة،\nأود أيضاً المشاركة في النقاش المفتوح يوم 23 شباط.\nمع التحية\nهدى\n",
])
def test_adverbed_wishes_in_french_and_arabic(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "Consultation", body) == "speaker_request"


# ---------------------------------------------------------------------------------------------
# The report pasted below in the message

@pytest.mark.parametrize(("subject", "body"), [
    ("Submission", "Dear colleagues,\nHaving no designed file, we have pasted our voluntary GCM review just below.\n\n"
     "1. About us\nThe Sidon Migrant Aid Circle supports families.\n\nRegards,\nLina\n"),
    ("GCM", "Hello,\nWe are copying our report below, as the attachment would not go through.\n\n"
     "Background\nOur network works in Basra.\n\nBest,\nAli\n"),
    ("Contribution", "Bonjour,\nNous collons notre rapport volontaire ci-dessous, faute de document mis en page.\n\n"
     "1. Présentation\nLe Réseau Sahel Mobilités agit à Nouakchott.\n\nCordialement,\nAmina\n"),
    ("مساهمتنا", "تحية طيبة،\nننسخ تقريرنا الطوعي أدناه لعدم توفر ملف منسق.\n\nأولاً: من نحن\nجمعية الرعاية في صور.\n"
     "\nمع التحية\nهدى\n"),
])
def test_a_report_pasted_below_is_a_report(ruleset: Ruleset, subject: str, body: str) -> None:
    assert _decide(ruleset, subject, body) == "voluntary_report"


@pytest.mark.parametrize(("subject", "body"), [
    # the same words about something else: comments on the report, a question copied below
    ("Question", "Dear team,\nPlease see our comments on the report template below.\n1. Is there a page limit?\n"
     "Thanks,\nSami\n"),
    ("Question", "Dear team,\nI copied the question from our board below: can the review be sent late?\nSami\n"),
    ("Question", "Bonjour,\nNous collons ci-dessous nos questions sur le format.\nMerci,\nLéa\n"),
])
def test_other_text_below_is_no_report(ruleset: Ruleset, subject: str, body: str) -> None:
    assert _decide(ruleset, subject, body) != "voluntary_report"


# ---------------------------------------------------------------------------------------------
# "See subject line for the speaker details": the speaker named in the subject without an honorific

_POINTED = [
    ("Speaker request - Lina Haddad, Advocacy Officer, Beirut Migrant Care Network - Roundtable 3",
     "Hi,\nPls see subject line for the speaker details.\nThanks, Lina\n", "en",
     ("Lina Haddad", "Advocacy Officer", "Beirut Migrant Care Network")),
    ("Plenary intervention: Omar Said, Director, Gulf Workers Solidarity (GWS)",
     "Dear team,\nAll the details are in the subject line.\nRegards\n", "en",
     ("Omar Said", "Director", "Gulf Workers Solidarity (GWS)")),
    ("Demande d'intervention - Awa Diallo, coordinatrice, Réseau Migrations Dakar - table ronde 1",
     "Bonjour,\nVoir en objet pour les détails de l'intervenante.\nMerci\n", "fr",
     ("Awa Diallo", "coordinatrice", "Réseau Migrations Dakar")),
]


@pytest.mark.parametrize(("subject", "body", "language", "expected"), _POINTED)
def test_subject_pointed_to_names_the_speaker(subject: str, body: str, language: str,
                                              expected: tuple[str, str, str], rules: ExtractRules,
                                              ruleset: Ruleset) -> None:
    assert _decide(ruleset, subject, body) == "speaker_request"
    fields = run(message(body, subject=subject, from_="Someone <someone@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


def test_arabic_pointer_to_the_subject_line_is_read(ruleset: Ruleset) -> None:
    body = "السلام عليكم\nالبيانات موضحة في عنوان الرسالة.\nشكرا\n"
    assert _decide(ruleset, "طلب مداخلة - المائدة المستديرة الثانية", body) == "speaker_request"


@pytest.mark.parametrize(("subject", "body"), [
    # "the subject" in another sense: what the talk is about
    ("Speaker request - Roundtable 2",
     "Hello,\nWe are interested in the subject of labour migration.\nThanks, Sami\n"),
    ("Intervention",
     "Bonjour,\nNous travaillons sur le sujet de la migration des jeunes.\nMerci\n"),
    ("طلب مداخلة", "مرحبا\nنعمل في موضوع الهجرة منذ سنوات.\nشكرا\n"),
])
def test_the_subject_in_another_sense_is_no_pointer(subject: str, body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, subject, body) == "other"


def test_a_pointed_subject_without_a_person_names_no_one(rules: ExtractRules) -> None:
    # the subject gives an organisation and a session, no person: nobody is read from it
    subject = "Speaker request - Ministry of Labour, Jordan - Roundtable 2"
    fields = run(message("Hi,\nSee subject line.\nThanks\n", subject=subject, from_="Info <info@example.org>"),
                 rules)
    assert all(s.name != "Ministry of Labour" for s in fields.speakers)


# Taking part said to be without speaking: following the conference is attending, not asking for the floor
@pytest.mark.parametrize("body", [
    "Hello,\nMany of our members would like to follow the conference on 24-25 Feb even if they're not speaking. "
    "Will there be a livestream?\nThanks, Sara\n",
    "Hi,\nOur volunteers want to join the roundtables without taking the floor. Is registration needed?\nBest, Tom\n",
    "Bonjour,\nPlusieurs membres souhaitent suivre la conférence, même s'ils ne prennent pas la parole. "
    "Faut-il s'inscrire ?\nMerci, Leila\n",
    "مرحبا\nبعض أعضائنا يودون متابعة المؤتمر حتى لو ما كانوا متحدثين. هل يوجد بث مباشر؟\nشكرا\n",
])
def test_following_without_speaking_is_no_request(body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, "Question", body) == "other"


@pytest.mark.parametrize("body", [
    # a wish to speak, with a negation that is about something else
    "Hello,\nEven if we are not a large network, we would like to request a floor intervention in roundtable 2 "
    "for our director.\nThanks, Sara\n",
    "Bonjour,\nMême si nous ne sommes pas membres, nous souhaitons proposer une intervention en table ronde 3.\nMerci\n",
])
def test_near_miss_a_request_beside_another_negation_stays_a_request(body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, "Speaking role", body) == "speaker_request"


# Questions asked before a nomination or a report is sent: the thing is held back, not submitted
@pytest.mark.parametrize(("subject", "body"), [
    ("Demande de précisions",
     "Madame, Monsieur,\nAvant de vous transmettre la désignation officielle de l'intervenant, Monsieur le Secrétaire "
     "général souhaiterait obtenir les précisions suivantes :\n1- La conférence sera-t-elle en ligne ?\n"),
    ("Questions",
     "Dear colleagues,\nBefore we communicate the name of our speaker for the plenary, our Director would like to ask "
     "you the following questions:\n1. Will there be interpretation?\n"),
    ("استفسار",
     "السلام عليكم\nودي أكتب تقرير طوعي عن وضع العمالة بعد القرارات الأخيرة، بس عندي كم سؤال قبل:\n"
     "1- يصلح أرسل التقرير بالعربي؟\nوجزاكم الله خير\n"),
    ("Rapport volontaire",
     "Bonjour,\nNous souhaitons rédiger un rapport volontaire et j'ai quelques questions avant de vous l'envoyer :\n"
     "1- Y a-t-il un modèle ?\nMerci\n"),
])
def test_questions_before_sending_hold_the_thing_back(subject: str, body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    # the questions are about the conference, and the request is made
    ("Speaker request",
     "Dear colleagues,\nWe would like to request a floor intervention in roundtable 2 for Dr Lina Haddad, Director of "
     "the Centre. I have a few questions before the conference: will there be interpretation?\nBest, Omar\n"),
    ("طلب مداخلة",
     "السلام عليكم\nنود طلب مداخلة في المائدة المستديرة الثانية للدكتورة لينا حداد. ولدي بعض الأسئلة قبل المؤتمر: "
     "هل ستتوفر ترجمة؟\nشكرا\n"),
])
def test_near_miss_questions_about_the_conference_do_not_hold_a_request_back(subject: str, body: str,
                                                                            ruleset: Ruleset) -> None:
    assert _decide(ruleset, subject, body) == "speaker_request"


# Undecided whether to ask at all, in dialect
@pytest.mark.parametrize("body", [
    "السلام عليكم\nللحين ما قررت إذا بطلب كلمة أو لا، فأي موعد الصح؟\nمشكورين\n",
    "أهلا\nلسه مش متأكدين إذا هنطلب مداخلة في المائدة المستديرة، ممكن نعرف آخر موعد؟\nشكرا\n",
    "مرحبا\nما قررنا إذا رح نرشح حدا يحكي بالجلسة العامة، شو آخر موعد؟\nشكرا\n",
])
def test_undecided_whether_to_ask_in_dialect_is_no_request(body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, "استفسار", body) == "other"


def test_near_miss_decided_in_dialect_is_a_request(ruleset: Ruleset) -> None:
    body = "السلام عليكم\nقررنا نطلب كلمة في المائدة المستديرة الثانية للأستاذ سامي.\nمشكورين\n"
    assert _decide(ruleset, "طلب كلمة", body) == "speaker_request"


# The speakers proposed before said to stand unchanged, in a follow-up that sends a report
@pytest.mark.parametrize("body", [
    "Bonjour,\nVoici la version finale de notre rapport, qui annule et remplace la précédente. Les intervenants "
    "proposés restent inchangés.\nCordialement\n",
    "Hello,\nPlease find attached the final version of our report. The proposed speakers remain unchanged.\nBest\n",
    "مرحبا\nمرفق النسخة النهائية من تقريرنا. المتحدثون المقترحون كما هم دون تغيير.\nمع التحية\n",
])
def test_speakers_unchanged_beside_a_report_add_no_request(body: str, ruleset: Ruleset) -> None:
    raw = mail("Re: rapport", body, attachments=[("rapport_volontaire_final.pdf", "application/pdf")])
    assert decide(ruleset, raw, thread="both").category == "voluntary_report"


def test_near_miss_a_new_speaker_beside_the_report_is_both(ruleset: Ruleset) -> None:
    body = ("Bonjour,\nVoici la version finale de notre rapport. Par ailleurs nous proposons Mme Awa Ba, "
            "coordinatrice, pour intervenir à la table ronde 2.\nCordialement\n")
    raw = mail("Re: rapport", body, attachments=[("rapport_volontaire_final.pdf", "application/pdf")])
    assert decide(ruleset, raw, thread="both").category == "both"


# A report handed over as "the attached contribution"
@pytest.mark.parametrize("body", [
    "Dear team,\nI'm pleased to share the attached parliamentary contribution to the voluntary GCM review.\nRegards\n",
    "Dear colleagues,\nOn behalf of the coalition we submit the enclosed joint submission to the regional review.\nBest\n",
])
def test_the_attached_contribution_is_a_report(body: str, ruleset: Ruleset) -> None:
    raw = mail("GCM review", body, attachments=[("contribution.docx", "application/vnd.openxmlformats-officedocument"
                                                ".wordprocessingml.document")])
    decision = decide(ruleset, raw)
    assert decision.category == "voluntary_report" and "report-handed-over-en" in fired(decision)


# A nominee to take part in a speaking capacity, the post between (an abbreviation's period does not end the sentence)
@pytest.mark.parametrize("body", [
    "تحية طيبة\nنريد نرشح الأخ م. علي حسين، مدير قسم الإحصاء، يشارك كمتحدث بالمؤتمر.\nمع التقدير\n",
    "تحية طيبة\nنقترح الأستاذة أ. هدى سالم، رئيسة الجمعية، لتشارك بصفة مقررة في المؤتمر.\nمع التقدير\n",
    "تحية طيبة\nنرشح د. سامي خوري، منسق البرامج، ليشارك كمحاور في الجلسة.\nمع التقدير\n",
])
def test_a_nominee_to_take_part_as_a_speaker_is_a_request(body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, "ترشيح", body) == "speaker_request"


def test_near_miss_a_nominee_who_took_part_before_is_no_request(ruleset: Ruleset) -> None:
    body = "تحية طيبة\nسبق أن شارك الأخ م. علي حسين كمتحدث في مؤتمرات كثيرة. هل يمكن معرفة آخر موعد؟\nمع التقدير\n"
    assert _decide(ruleset, "استفسار", body) == "other"


# Proposing someone's candidacy names a nominee, the session lines below
@pytest.mark.parametrize("body", [
    "Madame, Monsieur,\nLa Plateforme a l'honneur de vous proposer la candidature de :\n\nMme Samia Ben Ali, chargée "
    "de plaidoyer à l'Association X,\n\npour une intervention lors de la table ronde n°3.\nSalutations\n",
    "Madame, Monsieur,\nNous vous présentons la candidature de M. Karim Said, juriste, pour la plénière.\nCordialement\n",
])
def test_proposing_a_candidacy_is_a_request(body: str, ruleset: Ruleset) -> None:
    assert _decide(ruleset, "Candidature", body) == "speaker_request"


# ---------------------------------------------------------------------------------------------
# A report too big for the mailbox, put on a sharing space and "downloaded here", said over a few sentences

@pytest.mark.parametrize("body", [
    "Dear team,\nOur voluntary report exceeds the size limit of our mail server (30 MB with the annexes), so we have "
    "uploaded it to a shared folder. You can download it here until 10 March:\nhttps://files.example.org/s/k2Pq\n"
    "Best,\nNadia\n",
    "Bonjour,\nNotre rapport volontaire dépasse la taille maximale acceptée par notre serveur ; nous l'avons donc mis "
    "sur une plateforme en ligne. Veuillez le télécharger avant le 5 mars :\nhttps://partage.example.org/d/77\n"
    "Cordialement,\nIdriss\n",
    "تحية طيبة،\nتقريرنا الطوعي جاهز منذ أمس. نظرا لكثرة الخرائط والصور، يرجى تحميله من هنا:\n"
    "https://drive.example.org/x/31\nمع التقدير،\nسلمى\n",
])
def test_a_report_shared_by_a_link_over_several_sentences_is_a_report(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Contribution", body))
    assert decision.category == "voluntary_report"
    assert "report-shared-by-link" in fired(decision)


def test_near_miss_photos_to_download_are_no_report(ruleset: Ruleset) -> None:
    body = "Dear team,\nThe photos of our workshop are too many to attach; you can download them here:\n" \
        "https://files.example.org/s/p9\nBest,\nNadia\n"
    assert "report-shared-by-link" not in fired(decide(ruleset, mail("Photos", body)))


# ---------------------------------------------------------------------------------------------
# The report sent earlier to be replaced by the one attached now

@pytest.mark.parametrize("body", [
    "Dear colleagues,\nPlease replace the report we sent on Monday with the attached file: Table 2 had a "
    "wrong total.\nRegards,\nHassan\n",
    "Bonjour,\nMerci de remplacer le rapport envoyé lundi par la version ci-jointe, qui corrige le tableau 2.\n"
    "Bien à vous,\nHassan\n",
    "السادة الكرام،\nنرجو استبدال التقرير الذي أرسلناه يوم الاثنين بالنسخة المرفقة، وقد صححنا فيها الجدول الثاني.\n"
    "مع الشكر،\nحسن\n",
])
def test_a_report_replaced_by_the_attached_version_is_a_report(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("RE: Contribution", body, attachments=[("contribution_2.pdf", "application/pdf")]))
    assert "report-revised-document" in fired(decision)
    assert decision.category == "voluntary_report"


def test_near_miss_a_logo_to_replace_in_the_report_is_no_revised_report(ruleset: Ruleset) -> None:
    body = "Dear colleagues,\nCould you replace the logo in the report with the new one from our website?\nThanks,\nHassan\n"
    assert "report-revised-document" not in fired(decide(ruleset, mail("RE: Contribution", body)))


# ---------------------------------------------------------------------------------------------
# A Levantine or Egyptian "we would like" (present prefix "من"، "ب") that someone read the key messages

@pytest.mark.parametrize("body", [
    "مرحبا\nمنحب يكون عنا حدا يقرأ الرسائل الرئيسية بالمؤتمر، ومنقترح زميلتنا ريم حداد - منسقة المشاريع.\nيعطيكم العافية\n",
    "أهلا\nبنحب زميلنا أحمد فوزي يقرأ الرسائل الرئيسية في الاجتماع.\nشكرا\n",
])
def test_a_colloquial_wish_that_someone_read_the_key_messages_asks_to_speak(ruleset: Ruleset, body: str) -> None:
    assert _decide(ruleset, "مشاركة", body) == "speaker_request"


def test_near_miss_a_colloquial_wish_to_know_who_reads_them_is_no_request(ruleset: Ruleset) -> None:
    assert _decide(ruleset, "سؤال", "مرحبا\nمنحب نعرف مين رح يقرأ الرسائل الرئيسية بالمؤتمر؟\nشكرا\n") != "speaker_request"


# ---------------------------------------------------------------------------------------------
# A request made through someone: "X, who has asked me to convey his interest in serving as rapporteur"

@pytest.mark.parametrize("body", [
    "Dear team,\nI write for our director, who has asked me to convey her interest in serving as rapporteur at the "
    "consultation.\nBest,\nMaya\n",
    "Hello,\nOur chair, who has asked us to pass on his interest in a speaking slot at the plenary, is in Geneva "
    "this week.\nRegards,\nSami\n",
    "السادة الكرام،\nرئيستنا، التي قد طلبت مني أن أكتب إليكم، ترغب في إلقاء كلمة في الجلسة العامة.\nمع التحية\n",
])
def test_a_request_passed_on_for_someone_asks_to_speak(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Consultation", body))
    assert "others-already-asked" not in fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Dear team,\nSeveral of our members have already asked to speak at the plenary.\nBest,\nMaya\n",
    "السادة الكرام،\nقد طلبنا مداخلة في الجلسة العامة الأسبوع الماضي.\nمع التحية\n",
])
def test_near_miss_a_request_already_made_is_still_told(ruleset: Ruleset, body: str) -> None:
    assert "others-already-asked" in fired(decide(ruleset, mail("Consultation", body)))


# ---------------------------------------------------------------------------------------------
# A fallback offered should the request fail: "if it is too late, she would be glad to join as an observer"

@pytest.mark.parametrize("body", [
    "Dear Secretariat,\nWe would like to nominate our coordinator, Dr Salma Idris, to speak at roundtable 2. If it "
    "is too late for that, she would be glad to join as an observer.\nRegards,\nTarek\n",
    "Bonjour,\nNous proposons Mme Salma Idris pour intervenir en table ronde 2. Sinon, elle participera en tant "
    "qu'observatrice.\nCordialement,\nTarek\n",
    "السادة الكرام،\nنرشح الدكتورة سلمى إدريس لإلقاء كلمة في الجلسة العامة. وإذا تعذر ذلك فستحضر بصفة مستمعة.\n"
    "مع التحية\n",
])
def test_an_observer_seat_as_fallback_keeps_the_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Consultation", body))
    assert "attend-only" not in fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Dear Secretariat,\nOur coordinator will join the plenary as an observer.\nRegards,\nTarek\n",
    "Bonjour,\nSi possible, Mme Idris assistera à la plénière en tant qu'observatrice.\nCordialement,\nTarek\n",
])
def test_near_miss_an_observer_seat_alone_is_still_attending(ruleset: Ruleset, body: str) -> None:
    assert "attend-only" in fired(decide(ruleset, mail("Consultation", body)))



# The same fallback said as the programme no longer having room: "if the agenda no longer allows more speakers"
@pytest.mark.parametrize("body", [
    "Dear Secretariat,\nOur union would like to propose its president for the open discussion. If the agenda no "
    "longer allows more speakers, we will happily take part as observers.\nRegards,\nRami\n",
    "Bonjour,\nNotre syndicat propose sa présidente pour la discussion ouverte. Si l'ordre du jour ne permet plus "
    "d'ajouter des orateurs, nous viendrons volontiers en tant qu'observateurs.\nCordialement,\nRami\n",
    "السادة الكرام،\nيرشح اتحادنا رئيسته لإلقاء كلمة في النقاش المفتوح. وإذا لم يعد البرنامج يسمح بإضافة متحدثين "
    "فسنحضر بصفة مراقبين.\nمع التحية\n",
])
def test_an_observer_seat_if_the_programme_is_full_keeps_the_request(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Consultation", body))
    assert "attend-only" not in fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "Dear Secretariat,\nIf the agenda allows, our president will take part as an observer.\nRegards,\nRami\n",
    "Bonjour,\nSi l'ordre du jour le permet, notre présidente viendra en tant qu'observatrice.\nCordialement,\nRami\n",
])
def test_near_miss_an_observer_seat_if_the_programme_allows_is_still_attending(ruleset: Ruleset, body: str) -> None:
    assert "attend-only" in fired(decide(ruleset, mail("Consultation", body)))


# ---------------------------------------------------------------------------------------------
# A request closed by asking whether it is possible: "merci de me dire si c'est possible"

@pytest.mark.parametrize("body", [
    "Bonjour,\nJe souhaiterais intervenir en séance plénière sur le travail domestique.\nMerci de me dire si "
    "c'est possible.\nBien à vous,\nNora\n",
    "Hello,\nI would like to speak in the plenary on seasonal farm work. Could you let me know if that is "
    "possible.\nThanks,\nNora\n",
    "تحية طيبة\nأود إلقاء كلمة في الجلسة العامة حول العمالة المنزلية.\nأرجو إفادتي بإمكانية ذلك.\nنورة\n",
])
def test_asking_whether_the_request_is_possible_is_no_question(ruleset: Ruleset, body: str) -> None:
    decision = decide(ruleset, mail("Intervention", body))
    assert "asks-a-question" not in fired(decision)
    assert decision.category == "speaker_request"


def test_near_miss_asking_something_else_is_a_question(ruleset: Ruleset) -> None:
    body = "Bonjour,\nMerci de me dire si le programme de la plénière est disponible.\nNora\n"
    assert "asks-a-question" in fired(decide(ruleset, mail("Programme", body)))


# ---------------------------------------------------------------------------------------------
# One labelled line names the person, then a title and a body: "Speaker: Dr X, Researcher, Y"

@pytest.mark.parametrize("body", [
    "Hello,\nIs it still possible to propose a speaker for the plenary?\nSpeaker: Dr Nour Saleh, Senior Researcher, "
    "Gulf Labour Observatory.\nThanks,\nRami\n",
    "Bonjour,\nEst-il encore possible de proposer un orateur pour la table ronde 2 ?\nOrateur : Karim Benali, "
    "juriste, Association Droits et Passages.\nMerci,\nRami\n",
    "تحية طيبة\nهل ما زال بإمكاننا ترشيح متحدث للجلسة العامة؟\nالمتحدثة: ليلى ناصر، باحثة، مرصد العمل اللائق.\nشكرا\n",
])
def test_a_labelled_person_line_names_a_speaker(ruleset: Ruleset, body: str) -> None:
    assert "speaker-labelled-person-line" in fired(decide(ruleset, mail("Speaker", body)))


def test_near_miss_a_placeholder_speaker_line_names_nobody(ruleset: Ruleset) -> None:
    body = "Hello,\nSpeaker: to be confirmed by our board next week.\nThanks,\nRami\n"
    assert "speaker-labelled-person-line" not in fired(decide(ruleset, mail("Speaker", body)))
