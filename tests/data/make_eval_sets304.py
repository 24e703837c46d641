#!/usr/bin/env python3
"""Write the blind evaluation set holdout304 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets304.py
Theme: the request mixed with logistics (20 January - 18 February 2021).  Speaker details interleaved with
questions about visa support letters, registration links that do not work, interpretation, time zones and
connection tests; corrections, replacements and a withdrawal later in the same threads.

A Sudanese centre proposes its Executive Director for 'roundtable 3 on labour migration' between questions about
a visa letter and the format of the meeting, and sends her passport copy a few days later (a follow-up that
proposes nothing new); a Tunisian association proposes two speakers between questions on the registration link,
interpretation and the time in Tunis, corrects one title a week later with a full corrected list, and withdraws
that speaker after the deadline; a Jordanian centre nominates a rapporteur while asking for a registration code
(its Cc'd logistics officer answers our acknowledgement with an Exchange out-of-office), replaces her a week later
and thanks us from a phone; a Yemeni organisation asks for visa letters for three delegates who attend only;
a Gulf alliance sends an HTML table whose columns mix the speaking role with 'will attend' and 'visa support
letter'; an Egyptian forum sends its report with the speaker's CV (for the visa letter) and a logo; a Lebanese
association's two nominees, one with no session stated and one for 'الطاولة المستديرة الثانية', in a body that
summarises an attached nomination letter; a Paris federation's vice-president at 23:57 Beirut time on the speaker
deadline; a New York diaspora forum at 17:21 its time (00:21 in Beirut, late), whose Reply-To rejects our
acknowledgement (Postfix DSN); an Algerian collective's report and speaker after the speaker deadline (both,
late) with a workshop agenda as decoy; Iraqi, Libyan and Moroccan reports with a signed cover letter, an agenda,
logos and a statistical annex that is part of the report; a Muscat network at 01:52 its time (23:52 in Beirut,
on time) and a Nouakchott network at 22:06 its time (00:06 in Beirut, late); a francophone network's Sympa
newsletter naming a speaker; and a confirmed speaker's question about the connection test time.
Clients: Gmail, Thunderbird (format=flowed, 8bit), Outlook (windows-1256, ISO-8859-1, inline logos), Exchange,
iPhone, Apple Mail, Roundcube (HTML only), Yahoo, Outlook for Mac, Zimbra, OWA (HTML only), Sympa, Postfix.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (BOX, DOCX, POSTFIX_NOTICE, EvalSet, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, leaf, logo, make_docx, make_pdf, make_png, mk, multi, outlook_html, outlook_rows, re_hdr,
                     rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(304)
add = SET.add
H = "h304-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18C66)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
YAHOO = "WebService/1.1.17648 YMailNorrin"
MACOUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
ZIMBRA = "Zimbra 8.8.15_GA_3980 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3975)"


def auth(domain):
    return ("Authentication-Results", "mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
            % (domain, domain))


def win(text, cs):
    """Outlook HTML in a legacy charset (windows-1256 / iso-8859-1)."""
    return text.replace("charset=utf-8", "charset=%s" % cs)


# ================================================================ 01  EN  speaker  SCMLR: roundtable 3 between visa and format questions
M01_ID = "<CAGx7pQ2Ht5mWn9Kc3bR8vLz1sYd4eF6jA0u@mail.gmail.example.com>"
M01_SUBJ = "Speaker for roundtable 3 + visa support letter question (SCMLR, Khartoum)"
M01_FROM = "Tagwa Elnour <tagwa.elnour@scmlr-sudan.example.org>"
M01_TEXT = """Dear GCM Regional Review team,

Thank you for the invitation. The Sudanese Centre for Migration and Labour Rights (SCMLR) would like to propose our Executive Director, Dr. Ihsan Babiker Fadlalla, for a floor intervention in roundtable 3 on labour migration and decent work.

Before we confirm her travel, we have some practical questions:

1. Will the conference take place in person in Beirut or online? If it is in person, Dr. Fadlalla will need a visa support letter for Lebanon: she travels on a Sudanese passport and the embassy asks for an invitation letter from the organisers. Should we send you a copy of her passport, and to which address?

2. If it is online, will there be a connection test beforehand? The internet in Khartoum is unreliable and she would connect from our office. Khartoum is on UTC+2, the same time as Beirut, so the time zone is not a problem for us.

3. Will interpretation into Arabic be available in the roundtables? She can speak in either English or Arabic.

For your records, her name should appear exactly as in her passport: Ihsan Babiker Fadlalla.

Kind regards,

Tagwa Elnour
Programme Officer
Sudanese Centre for Migration and Labour Rights (SCMLR)
Khartoum, Sudan
"""


def m01():
    when = at("2021-01-20 15:12:44")
    sent = sent_at(when, 2, 6)
    body = alt(M01_TEXT, "000000000000b41e9c05b94a7d21", html=gmail_html(M01_TEXT))
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "192.0.2.47", "4DLB1q3Zrgz7", M01_FROM, M01_SUBJ, M01_ID,
           body, ret="tagwa.elnour@scmlr-sudan.example.org", extra=[auth("scmlr-sudan.example.org")])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ihsan Babiker Fadlalla", "Executive Director", "Sudanese Centre for Migration and Labour Rights (SCMLR)",
           ["roundtable"], 3)],
        notes="the request is one sentence ('our Executive Director, Dr. Ihsan Babiker Fadlalla, for a floor "
              "intervention in roundtable 3 on labour migration and decent work') followed by three numbered "
              "logistics questions (visa support letter, in person or online, connection test, interpretation) "
              "and a repeat of the name 'as in her passport'; 'Dr.' dropped; the sender (Programme Officer, in the "
              "signature) is not the speaker; the affiliation with its acronym only in the first sentence and the "
              "signature; 'UTC+2' is not a date. Google Workspace, Date in UTC+2 (Khartoum). Her passport copy "
              "follows in the same thread (h304-03)."))


# ================================================================ 02  FR  speaker  ATDMR: two speakers interleaved with registration / interpretation / time questions
M02_ID = "<5e0b7d21-3c9a-4f68-a1d2-8e47c90b6f13@atdmr-tunisie.example.org>"
M02_SUBJ = "Proposition de deux intervenantes – ATDMR (et questions pratiques)"
M02_FROM = "Karim Zouari <k.zouari@atdmr-tunisie.example.org>"
M02_TEXT = """Madame, Monsieur,

Suite à votre invitation, notre association souhaite proposer deux de ses membres comme intervenantes. Une question pratique d'abord : le lien d'inscription reçu avec l'invitation ouvre une page « Accès refusé ». Faut-il inscrire chaque intervenante séparément ?

1) Mme Hela Ben Romdhane, notre Présidente, pour la discussion ouverte de la consultation multipartite du 23 février. Elle suivra la séance depuis Sfax et aimerait savoir si une interprétation vers le français est prévue.

2) Mme Sonia Jlassi, Chargée de plaidoyer, pour une intervention lors de la table ronde n° 2. Elle souhaiterait faire un test de connexion quelques jours avant, car elle interviendra depuis Tunis (UTC+1, soit une heure de moins qu'à Beyrouth si j'ai bien compris).

Pourriez-vous enfin nous confirmer l'heure de début des séances, en heure de Tunis ?

Cordialement,

Karim Zouari
Coordinateur
Association Tunisienne pour les Droits des Migrants et des Réfugiés (ATDMR)
Sfax – Tunisie
"""


def m02():
    when = at("2021-01-22 10:40:18")
    sent = sent_at(when, 1, 5)
    body = leaf("text/plain", flowed(M02_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "mail.atdmr-tunisie.example.org", "197.0.0.52", "4DMc6Lw20Tz1", M02_FROM,
           hdr(M02_SUBJ, enc="Q"), M02_ID, body, ret="k.zouari@atdmr-tunisie.example.org",
           extra=[auth("atdmr-tunisie.example.org"), ("User-Agent", TB), ("Content-Language", "fr")])
    atd = "Association Tunisienne pour les Droits des Migrants et des Réfugiés (ATDMR)"
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hela Ben Romdhane", "Présidente", atd, ["open_discussion"]),
        sp("Sonia Jlassi", "Chargée de plaidoyer", atd, ["roundtable"], 2)],
        notes="two speakers in a numbered list, each item mixing the role with a logistics request (interpretation "
              "from Sfax; connection test from Tunis, 'UTC+1, une heure de moins qu'à Beyrouth'), between a broken "
              "registration link and a question on the start time; 'Mme' dropped; 'notre Présidente' = title; "
              "'la discussion ouverte de la consultation multipartite du 23 février' = open_discussion; 'table ronde "
              "n° 2'; affiliation only in the signature, both are 'membres' of the association; the sender "
              "(Coordinateur) is not a speaker. Thunderbird, format=flowed, 8bit, Date in UTC+1. A title "
              "correction (h304-06) and a withdrawal (h304-16) follow in the thread."))


# ================================================================ 03  EN  other  SCMLR sends the passport copy for the visa letter (follow-up of 01)
M03_ID = "<CAGx7pQ5Nv1kRt8+Mb2cW6xLq9sPd3eH7jB4y@mail.gmail.example.com>"


def m03():
    when = at("2021-01-25 09:05:51")
    sent = sent_at(when, 2, 7)
    text = """Dear colleagues,

Following up on my message below: the embassy in Khartoum needs at least three weeks to issue a visa, so please find attached a copy of Dr. Fadlalla's passport, so that the visa support letter can be prepared as soon as you confirm that the meeting will be held in person. The letter should be addressed to the Embassy of Lebanon in Khartoum.

Her request to speak is unchanged. We have not heard back yet about the format of the meeting or the connection test, so any news would be very welcome.

Best regards,
Tagwa

On Wed, 20 Jan 2021 at 15:12, Tagwa Elnour <tagwa.elnour@scmlr-sudan.example.org> wrote:

""" + gt(M01_TEXT) + "\n"
    passport = make_pdf(["REPUBLIC OF THE SUDAN - PASSPORT (copy)", "Surname: FADLALLA", "Given names: IHSAN BABIKER",
                         "Nationality: SUDANESE", "Passport No.: P00000000", "Date of expiry: 14 MAR 2025"])
    a = alt(text, "000000000000e7c2a105b989f3d4", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", passport, "Passport copy - Ihsan Fadlalla.pdf")],
                 "000000000000e7c2a305b989f3d6")
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "192.0.2.52", "4DN7Hd15Kqz3", M01_FROM,
           "Re: " + M01_SUBJ, M03_ID, body, ret="tagwa.elnour@scmlr-sudan.example.org",
           extra=[auth("scmlr-sudan.example.org"), ("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(3, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="logistics follow-up in the thread of h304-01 (Gmail reply to her own message): the new text sends the "
              "speaker's passport copy for the visa support letter and says 'Her request to speak is unchanged': "
              "no new or changed speaker, so other, not speaker_request; the whole request, with its roundtable 3 "
              "and the speaker's name and title, is only in the '>' quote. The attached PDF is a passport copy, "
              "neither a report nor a letter of nomination. Acknowledged (it asks for news). thread_of h304-01."))


# ================================================================ 04  AR  speaker  Jordanian centre: rapporteur + registration code + interpretation (windows-1256)
M04_ID = "<000a01d6f3c2$7b4e9a10$71dbce30$@jcmwr.example.org>"
M04_SUBJ = "ترشيح مقررة لإيصال الرسائل الرئيسية - المركز الأردني لحقوق العمال المهاجرين"
M04_QID = "4DPr4Ks71Nz6"
M04_FROM_TXT = "رامي القيسي <r.alqaisi@jcmwr.example.org>"
M04_CC_TXT = "معاذ الرواشدة <m.rawashdeh@jcmwr.example.org>"
M04_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسرّ المركز الأردني لحقوق العمال المهاجرين أن يرشّح السيدة لينا عبد الله الحوراني للقيام بدور المقرر الذي ينقل الرسائل الرئيسية لأصحاب المصلحة.

وقد حاولنا التسجيل عبر الرابط المرسل مع الدعوة، لكن الصفحة تطلب رمز دعوة لم يصلنا، فنرجو تزويدنا به. كما نود الاستفسار عن توفر الترجمة الفورية من العربية إلى الإنجليزية، إذ ستقدّم السيدة الحوراني الرسائل باللغة العربية.

تعمل السيدة الحوراني منسقة البرامج في المركز منذ عام 2018، وتتابع ملفات عاملات المنازل وعمال الزراعة في الأغوار.

وللتواصل بشأن الترتيبات اللوجستية (كتاب التأشيرة إن لزم، ورابط الاتصال، والاختبار التقني) يرجى مراسلة الزميل معاذ الرواشدة، مسؤول الشؤون الإدارية واللوجستية (نسخة منه).

وتفضلوا بقبول فائق الاحترام،

رامي القيسي
المدير التنفيذي
المركز الأردني لحقوق العمال المهاجرين
عمّان - الأردن
"""


def m04():
    when = at("2021-01-26 12:30:09")
    sent = sent_at(when, 2, 8)
    html = win(outlook_html(M04_TEXT, lang="AR-JO", rtl=True), "windows-1256")
    a = multi("alternative", [leaf("text/plain", M04_TEXT, "windows-1256"), leaf("text/html", html, "windows-1256")],
              "----=_NextPart_000_000B_01D6F3D3.3ED7A6A0")
    m = mk(when, sent, "smtp.jcmwr.example.org", "198.51.100.71", M04_QID,
           addr("رامي القيسي", "r.alqaisi@jcmwr.example.org", charset="windows-1256"),
           hdr(M04_SUBJ, "windows-1256"), M04_ID, a, ret="r.alqaisi@jcmwr.example.org",
           cc=addr("معاذ الرواشدة", "m.rawashdeh@jcmwr.example.org", charset="windows-1256"),
           extra=[auth("jcmwr.example.org")] + outlook_rows(hdr(M04_SUBJ, "windows-1256"),
                                                            "AdbzwnmRkT3pQ8vLSe2Yh6Xc1Ab4Dw==", lang="ar-jo"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("لينا عبد الله الحوراني", "منسقة البرامج", "المركز الأردني لحقوق العمال المهاجرين", ["rapporteur"])],
        notes="rapporteur nomination ('للقيام بدور المقرر الذي ينقل الرسائل الرئيسية لأصحاب المصلحة', 'السيدة' "
              "dropped) whose title comes two paragraphs later, after a registration-code problem and an "
              "interpretation question ('تعمل السيدة الحوراني منسقة البرامج في المركز'); the logistics contact in "
              "Cc is named with his own title ('مسؤول الشؤون الإدارية واللوجستية') and is not a speaker, nor is "
              "the signing Executive Director; 2018 is history. Outlook, windows-1256 body and RFC 2047 headers. "
              "The Cc'd colleague's out-of-office answers our acknowledgement (h304-05); the speaker is replaced "
              "on 3 February (h304-10)."))


# ================================================================ 05  AR  auto_reply  the Cc'd logistics officer's Exchange out-of-office on our acknowledgement of 04
def m05():
    when = at("2021-01-26 12:30:47")
    ack = ack_mid(M04_QID)
    text = """شكراً لرسالتكم.

أنا في إجازة حتى يوم الأحد 31 كانون الثاني 2021، ولن أتمكن من متابعة البريد الإلكتروني خلال هذه الفترة.

للأمور العاجلة المتعلقة بالمؤتمرات والترشيحات يرجى التواصل مع رامي القيسي، المدير التنفيذي، على العنوان r.alqaisi@jcmwr.example.org.

معاذ الرواشدة
مسؤول الشؤون الإدارية واللوجستية
المركز الأردني لحقوق العمال المهاجرين
"""
    body = alt(text, "_000_VI1PR0601MB2286OOF4C1E7B2_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = "رد تلقائي: إشعار استلام - " + M04_SUBJ
    rows = std_rows(when, "smtp.jcmwr.example.org", "198.51.100.71", "4DPr5Bd03Xz2",
                    addr("معاذ الرواشدة", "m.rawashdeh@jcmwr.example.org"), hdr(subj), rfcdate(sent_at(when, 2, 3)),
                    "<VI1PR0601MB22861C4E7B2A9D30@VI1PR0601MB2286.eurprd06.prod.outlook.example.com>",
                    extra=[auth("jcmwr.example.org"), ("Auto-Submitted", "auto-replied"),
                           ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M04_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M04_SUBJ)), ("Content-Language", "ar-JO"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "m.rawashdeh@jcmwr.example.org")]
    add(5, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, null Return-Path, "
              "'رد تلقائي:' before our acknowledgement's subject) of the logistics officer copied on h304-04, 38 "
              "seconds after it: it names the Executive Director with his title and 'الترشيحات', and the subject "
              "repeats 'ترشيح مقررة'. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  FR  speaker  ATDMR corrects a title and re-sends the full list (reply to 02)
M06_ID = "<a91f3c0e-6b72-4d85-9e1a-2c5f08d7b4e6@atdmr-tunisie.example.org>"


def m06():
    when = at("2021-01-28 17:15:33")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Petite correction à mon message du 22 janvier : le titre de Sonia Jlassi n'est plus « Chargée de plaidoyer », elle a été nommée Responsable du plaidoyer et de la communication au début du mois. Pour éviter toute confusion, voici la liste complète et corrigée :

- Hela Ben Romdhane, Présidente – discussion ouverte (consultation du 23 février)
- Sonia Jlassi, Responsable du plaidoyer et de la communication – table ronde n° 2

Nous n'avons toujours pas de nouvelles du lien d'inscription ni de l'horaire en heure de Tunis.

Cordialement,
Karim Zouari
Coordinateur – ATDMR

Le 22/01/2021 à 09:40, Karim Zouari a écrit :
""" + gt(M02_TEXT) + "\n"
    body = leaf("text/plain", flowed(text, 78), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "mail.atdmr-tunisie.example.org", "197.0.0.52", "4DQf2Tn88Hz4", M02_FROM,
           re_hdr("Re: ", M02_SUBJ), M06_ID, body, ret="k.zouari@atdmr-tunisie.example.org",
           extra=[auth("atdmr-tunisie.example.org"), ("User-Agent", TB), ("Content-Language", "fr"),
                  ("In-Reply-To", M02_ID), ("References", M02_ID)])
    atd = "Association Tunisienne pour les Droits des Migrants et des Réfugiés (ATDMR)"
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hela Ben Romdhane", "Présidente", atd, ["open_discussion"]),
        sp("Sonia Jlassi", "Responsable du plaidoyer et de la communication", atd, ["roundtable"], 2)],
        thread_of=H % 2,
        notes="title correction a week later as a Thunderbird reply to h304-02 (In-Reply-To): the new text gives the "
              "complete corrected list (dashed lines 'name, title – role'); the old title is still written twice, "
              "inside « » in the new text and in the '>' quote, and the quote also holds 'Chargée de plaidoyer' "
              "with 'Mme'. The new text names the association only as 'ATDMR': the full name with its acronym is "
              "in the quoted signature. Roles unchanged. Format=flowed, 8bit. thread_of h304-02."))


# ================================================================ 07  AR  other  Yemeni foundation: visa letters for three delegates who only attend
def m07():
    when = at("2021-01-29 13:48:26")
    sent = sent_at(when, 3, 9)
    subj = "طلب رسائل دعم تأشيرة لوفد مؤسسة عدن للتنمية والهجرة (حضور فقط)"
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة،

تنوي مؤسسة عدن للتنمية والهجرة إيفاد ثلاثة من أعضائها لحضور المؤتمر الإقليمي في بيروت يومي 24 و25 شباط/فبراير 2021 بصفة مشاركين فقط، دون طلب أي مداخلة أو دور في الجلسات. ونظراً لأن السفارة اللبنانية تشترط رسالة دعوة من الجهة المنظمة، نرجو التكرم بإصدار رسائل دعم تأشيرة بالأسماء التالية كما وردت في جوازات السفر:

1. السيد عبد الرحمن ناصر باعباد - رئيس مجلس الأمناء - جواز رقم 00000001
2. السيدة أمة الرحمن علي الشعيبي - منسقة برنامج الحماية - جواز رقم 00000002
3. السيد فهد سالم بن بريك - مسؤول الرصد والتوثيق - جواز رقم 00000003

كما نرجو إفادتنا: هل يمكن لمن يتعذر عليه السفر المشاركة عن بُعد عبر الرابط نفسه؟ وهل المواعيد في البرنامج بتوقيت بيروت؟ (توقيت عدن يسبق توقيت بيروت بساعة).

مع خالص الشكر والتقدير،

خلود محمد الحامد
السكرتارية التنفيذية
مؤسسة عدن للتنمية والهجرة
عدن - اليمن
"""

    def yahoo(t):
        lines = "".join('<div dir="rtl">%s</div>' % (esc(x) if x else "<br>") for x in t.rstrip("\n").split("\n"))
        return ('<html><head></head><body><div class="ydp3f2a91c0yahoo-style-wrap" style="font-family:Arial, '
                'sans-serif;font-size:14px;">%s</div></body></html>\n' % lines)
    body = alt(text, "----=_Part_1208733_1866204519.1611920906221", html=yahoo(text), b64=True)
    m = mk(when, sent, "sonic305-21.consmr.mail.ne1.yahoo.example.com", "198.51.100.205", "4DRk0Mv45Gz8",
           addr("خلود الحامد", "aden.dev.migration@yahoo.example.com"), hdr(subj),
           "<1611920906221.1208734@mail.yahoo.example.com>", body, ret="aden.dev.migration@yahoo.example.com",
           extra=[auth("yahoo.example.com"), ("X-Mailer", YAHOO)])
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="visa support letters for a three-person delegation that attends only ('بصفة مشاركين فقط، دون طلب "
              "أي مداخلة أو دور في الجلسات'): a numbered list of names, honorifics, titles and passport numbers "
              "that looks exactly like a speaker list, but nobody is proposed to speak: other, no speakers. "
              "Questions on remote participation and time zone (Aden one hour ahead). Yahoo, base64, Date in UTC+3."))


# ================================================================ 08  EN  speaker  GMDWA: HTML-only table mixing roles with attendance and visa columns
def m08():
    when = at("2021-02-01 11:26:05")
    sent = sent_at(when, 3, 19)
    subj = "Speakers from the Gulf Migrant Domestic Workers Alliance (GMDWA) - with visa and connection details"
    inner_html = """<p>Dear GCM Regional Review team,</p>
<p>Further to our online registration on 27 January, the Gulf Migrant Domestic Workers Alliance (GMDWA) would like to propose the two speakers below. As one of them needs a visa and the other will connect from the Gulf, we have added the practical details to the table.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Name</th><th>Position</th><th>Organisation</th><th>Requested role</th><th>Will attend</th><th>Visa support letter</th></tr>
<tr><td>Ms. Maricel Santos Dela Cruz</td><td>Chairperson</td><td>Gulf Migrant Domestic Workers Alliance (GMDWA)</td><td>Floor intervention in a plenary session</td><td>In person, Beirut</td><td>Yes (Philippine passport, resident in Kuwait)</td></tr>
<tr><td>Mr. Suresh Kumar Pillai</td><td>Legal Aid Coordinator</td><td>Migrant Legal Aid Desk, Kuwait City</td><td>Roundtable 1</td><td>Online from Kuwait (UTC+3)</td><td>Not needed</td></tr>
</table>
<p>Two questions:</p>
<ol>
<li>Could you give us the time of the connection test in Kuwait time? Kuwait is one hour ahead of Beirut.</li>
<li>May an online speaker in a roundtable share two or three slides?</li>
</ol>
<p>Ms. Dela Cruz's passport copy will follow once you confirm that the conference is held in person.</p>
<p>With thanks and best regards,<br>
Secretariat<br>
Gulf Migrant Domestic Workers Alliance (GMDWA)<br>
<span style="color:#777">Kuwait | Doha | Manama</span></p>"""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            "style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n%s\n</body></html>\n" % inner_html)
    body = leaf("text/html", page, cte="quoted-printable")
    m = mk(when, sent, "mail.gmdwa.example.org", "198.51.100.88", "4DTb8Fr62Wz5",
           "GMDWA Secretariat <secretariat@gmdwa.example.org>", subj,
           "<4c7e2b90f1a35d86e2c0b917a4d3f658@gmdwa.example.org>", body, ret="secretariat@gmdwa.example.org",
           extra=[auth("gmdwa.example.org"), ("User-Agent", ROUNDCUBE), ("X-Sender", "secretariat@gmdwa.example.org")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maricel Santos Dela Cruz", "Chairperson", "Gulf Migrant Domestic Workers Alliance (GMDWA)", ["plenary"]),
        sp("Suresh Kumar Pillai", "Legal Aid Coordinator", "Migrant Legal Aid Desk", ["roundtable"], 1)],
        notes="HTML-only (Roundcube) table of two speakers whose columns mix the role with logistics ('Will attend': "
              "in person / online from Kuwait; 'Visa support letter': yes / not needed): a reader of the table "
              "must keep Name, Position, Organisation and Requested role and drop the rest. 'Ms.'/'Mr.' dropped; "
              "'Migrant Legal Aid Desk, Kuwait City': the city is a place, not part of the affiliation; "
              "'Floor intervention in a plenary session' = plenary; 'Roundtable 1'. From a shared secretariat "
              "mailbox, signed 'Secretariat'; Date in UTC+3."))


# ================================================================ 09  EN  both  EFMD: report + plenary speaker, CV for the visa letter, logo
M09_REPORT = "EFMD_Voluntary_GCM_Review_Report_2021.pdf"
M09_CV = "CV_Marwa_Adel_Shawky.docx"


def m09():
    when = at("2021-02-02 14:52:37")
    sent = sent_at(when, 2, 9)
    subj = "EFMD voluntary GCM review report + request for a plenary intervention"
    text = """Dear Sir/Madam,

On behalf of the Egyptian Forum for Migration and Development (EFMD), I am pleased to submit our voluntary GCM review report (attached, PDF). It covers the irregular migration of young people from Upper Egypt, return and reintegration, and the protection of Egyptian workers in the Gulf and in Libya.

We would also like to request a floor intervention in the plenary session for Dr. Marwa Adel Shawky, Head of Research at EFMD and lead author of the report. A few practical points about her participation:

- if the conference is held in person, she will travel to Beirut and will need a visa support letter; we attach her CV, which the embassy asks for, and her passport details will follow;
- if the plenary is held online, she will connect from Cairo (same time zone as Beirut) and would be grateful for a connection test the week before;
- she will speak in Arabic: could you confirm that interpretation into English and French will be provided?

Best regards,

Hany Ezzat
Communications Officer
Egyptian Forum for Migration and Development (EFMD)
Cairo, Egypt
"""
    pdf = rep_pdf("Voluntary GCM review report", "Egyptian Forum for Migration and Development (EFMD)",
                  ["Irregular migration of young people from Upper Egypt", "Return and reintegration",
                   "Egyptian workers in the Gulf and in Libya", "Recommendations"])
    cv = make_docx(["Curriculum vitae", "Marwa Adel Shawky", "Head of Research, EFMD (since 2017)",
                    "PhD in Sociology, Cairo University", "Publications on labour migration and return"])
    cid = "image001.png@01D6F97B.2E8C4A50"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (200, 30, 40))], "_004_AM6PR02MB4215C7D1E8F3A962_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR02MB4215C7D1E8F3A962_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_REPORT), attach(DOCX, cv, M09_CV)],
                 "_005_AM6PR02MB4215C7D1E8F3A962_")
    m = mk(when, sent, "mail-am6eur02on0619.outbound.protection.outlook.example.com", "198.51.100.119",
           "4DVq3Ws27Cz0", "Hany Ezzat <h.ezzat@efmd-egypt.example.org>", subj,
           "<AM6PR02MB4215C7D1E8F3A962@AM6PR02MB4215.eurprd02.prod.outlook.example.com>", body,
           ret="h.ezzat@efmd-egypt.example.org",
           extra=[auth("efmd-egypt.example.org")] + outlook_rows(subj, "Adb5Mq2Wn8Xc4Vb6Lk0Pz2Ty4Ui6Op==",
                                                                 has_attach="yes"))
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Marwa Adel Shawky", "Head of Research", "Egyptian Forum for Migration and Development (EFMD)", ["plenary"])],
        report_attachments=[M09_REPORT],
        notes="both, on time (2 February): the report PDF and 'a floor intervention in the plenary session' for "
              "'Dr. Marwa Adel Shawky, Head of Research at EFMD' ('Dr.' dropped, the affiliation written in full "
              "with its acronym in the first paragraph and the signature). The DOCX is the speaker's CV, attached "
              "for the visa letter ('which the embassy asks for'), not part of the report; the inline Outlook logo "
              "image001.png is not either. Bulleted logistics (visa, connection test, interpretation) sit between "
              "the request and the signature. The sender (Communications Officer) is not the speaker."))


# ================================================================ 10  AR  speaker  Jordanian centre replaces its rapporteur (Outlook reply to 04, windows-1256)
M10_ID = "<000c01d6fa11$9d3e5f20$d7bb1a60$@jcmwr.example.org>"
M10_QID = "4DWk1Rp93Sz7"


def m10():
    when = at("2021-02-03 10:05:12")
    sent = sent_at(when, 2, 7)
    text = """حضرات السادة المحترمين،

تحية طيبة،

إلحاقاً برسالتنا أدناه، نأسف لإبلاغكم أن السيدة لينا الحوراني لن تتمكن من المشاركة بسبب مهمة ميدانية في منطقة الأزرق خلال أيام المؤتمر. ونرشّح بدلاً منها الزميل يزن محمود العبادي، مسؤول المناصرة والسياسات في المركز، للدور نفسه.

سيشارك الأستاذ يزن عن بُعد من عمّان، لذا لا حاجة إلى كتاب تأشيرة، ونرجو إعلامنا بموعد الاختبار التقني للاتصال. وما زلنا بانتظار رمز التسجيل المشار إليه في رسالتنا السابقة.

مع الاحترام،

رامي القيسي
المدير التنفيذي
المركز الأردني لحقوق العمال المهاجرين

________________________________
من: """ + M04_FROM_TXT + """
تاريخ الإرسال: الثلاثاء، 26 كانون الثاني، 2021 12:30 م
إلى: gcmrrarabstates@iom.int
نسخة: """ + M04_CC_TXT + """
الموضوع: """ + M04_SUBJ + "\n\n" + M04_TEXT
    html = win(outlook_html(text, lang="AR-JO", rtl=True), "windows-1256")
    a = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
              "----=_NextPart_000_000D_01D6FA22.60C72F40")
    subj = "رد: " + M04_SUBJ
    m = mk(when, sent, "smtp.jcmwr.example.org", "198.51.100.71", M10_QID,
           addr("رامي القيسي", "r.alqaisi@jcmwr.example.org", charset="windows-1256"),
           hdr(subj, "windows-1256"), M10_ID, a, ret="r.alqaisi@jcmwr.example.org",
           cc=addr("معاذ الرواشدة", "m.rawashdeh@jcmwr.example.org", charset="windows-1256"),
           extra=[auth("jcmwr.example.org"), ("In-Reply-To", M04_ID), ("References", M04_ID)] +
           outlook_rows(hdr(M04_SUBJ, "windows-1256"), "AdbzwnmRkT3pQ8vLSe2Yh6Xc1Ab4DwAB9kQ2", lang="ar-jo"))
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("يزن محمود العبادي", "مسؤول المناصرة والسياسات", "المركز الأردني لحقوق العمال المهاجرين", ["rapporteur"])],
        thread_of=H % 4,
        notes="replacement as an Outlook reply to h304-04 (Arabic 'من: / تاريخ الإرسال: / الموضوع:' block, original "
              "not '>'-quoted): the new speaker is introduced as 'الزميل يزن محمود العبادي' ('الزميل' = colleague, "
              "not part of the name; later 'الأستاذ يزن') 'للدور نفسه' - the rapporteur role is only in the quoted "
              "original, which still holds the old speaker and her title; affiliation by reference ('في المركز') "
              "and in the signature. Remote participation, no visa letter, registration code still missing. "
              "windows-1256. thread_of h304-04. A thank-you to our acknowledgement follows (h304-11)."))


# ================================================================ 11  AR  other  thank-you from a phone to our acknowledgement of 10 (adds nothing)
def m11():
    when = at("2021-02-04 08:41:29")
    sent = sent_at(when, 2, 5)
    ack = ack_mid(M10_QID)
    quoted = ("حضرات السادة،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية استلام "
              "رسالتكم «رد: " + M04_SUBJ + "» وترشيحكم للمشاركة في أعمال الاستعراض. وستتواصل معكم الأمانة لاحقاً "
              "بشأن البرنامج والترتيبات العملية.\n\nأمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية")
    text = """وصل، شكراً إلكم كتير ويعطيكم العافية 🙏

رامي

أُرسلت من الـ iPhone

> في ‏03‏/02‏/2021، الساعة ‏10:05 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '<div dir="rtl">%s</div></body></html>\n' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = alt(text, "Apple-Mail-7D3E1A90-4B2C-4F6E-9A51-0C8B2D7E6F13", html=html, b64=True)
    m = mk(when, sent, "smtp.jcmwr.example.org", "198.51.100.71", "4DXn6Gc19Tz4",
           addr("رامي القيسي", "r.alqaisi@jcmwr.example.org"),
           re_hdr("Re: ", "إشعار استلام - رد: " + M04_SUBJ),
           "<8B2F4C61-0E7A-4D93-B5C8-1A6E9F3D2C70@jcmwr.example.org>", body, ret="r.alqaisi@jcmwr.example.org",
           extra=[auth("jcmwr.example.org"), ("In-Reply-To", ack),
                  ("References", M04_ID + " " + M10_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="one line of Jordanian colloquial thanks ('وصل، شكراً إلكم كتير ويعطيكم العافية') with an emoji, from "
              "an iPhone, answering our acknowledgement of h304-10: adds nothing, so no acknowledgement (our quoted "
              "acknowledgement says 'ترشيحكم'). References name h304-04 and h304-10: thread_of is the chain's "
              "first message, h304-04. Base64, iPhone date line with RLM marks."))


# ================================================================ 12  AR  speaker  Naseej: two nominees (one with no session stated, one for the second roundtable) + letter PDF
M12_LETTER = "كتاب ترشيح - جمعية نسيج.pdf"


def m12():
    when = at("2021-02-04 16:33:58")
    sent = sent_at(when, 2, 6)
    subj = "ترشيح متحدثَين من جمعية نسيج للتنمية والحماية + استفسارات عملية"
    text = """تحية طيبة وبعد،

نرفق لكم كتاب ترشيح جمعية نسيج للتنمية والحماية للمشاركة في أعمال المؤتمر الإقليمي، ونلخّص مضمونه أدناه مع بعض الاستفسارات العملية:

أولاً: نرشّح الدكتورة سهى فؤاد المصري، مديرة البرامج في الجمعية، للمشاركة كمتحدثة في المؤتمر، ونترك لكم تحديد الجلسة الأنسب لمداخلتها. وستتحدث الدكتورة سهى بالعربية، فهل ستتوفر الترجمة الفورية إلى الإنجليزية في جميع الجلسات؟

ثانياً: نرشّح الأستاذ وسيم خالد الأيوبي، المستشار القانوني للجمعية، للمداخلة في الطاولة المستديرة الثانية. والأستاذ وسيم موجود حالياً في إسطنبول (توقيت إسطنبول يسبق توقيت بيروت بساعة)، فنرجو إعلامنا بموعد الاختبار التقني للاتصال بتوقيت بيروت.

ثالثاً: هل يجب على كل مرشح التسجيل منفرداً عبر الرابط الإلكتروني، أم يكفي تسجيل الجمعية؟

وتفضلوا بقبول فائق الاحترام،

ريم حسن الشامي
منسقة المشاريع
جمعية نسيج للتنمية والحماية
طرابلس - لبنان
"""
    letter = make_pdf(["Naseej Association for Development and Protection - Tripoli, Lebanon",
                       "Ref. 12/2021 - 3 February 2021", "To: Secretariat of the GCM Regional Review, Arab region",
                       "Subject: nomination of two speakers", "1. Dr Suha Fouad El Masri - Programme Director",
                       "2. Wassim Khaled El Ayoubi - Legal Adviser - second roundtable",
                       "Signed: the President of the Association"])
    a = alt(text, "000000000000f3a91d05ba8c6e02", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", letter, M12_LETTER)], "000000000000f3a91f05ba8c6e04")
    m = mk(when, sent, "mail-ej1-f66.google.example.com", "192.0.2.166", "4DXz9Pb40Vz1",
           addr("ريم الشامي", "reem.alshami.naseej@gmail.example.com"), hdr(subj),
           "<CAN4bRx8Tk2Lw6pQ+h3Vm9Zc1sD5fGe7jK0@mail.gmail.example.com>", body,
           ret="reem.alshami.naseej@gmail.example.com", extra=[auth("gmail.example.com")])
    nas = "جمعية نسيج للتنمية والحماية"
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سهى فؤاد المصري", "مديرة البرامج", nas, []),
        sp("وسيم خالد الأيوبي", "المستشار القانوني", nas, ["roundtable"], 2)],
        notes="two nominees in 'أولاً / ثانياً' paragraphs, each followed by a logistics question (interpretation; "
              "connection test from Istanbul, one hour ahead); the first has no role ('للمشاركة كمتحدثة في المؤتمر، "
              "ونترك لكم تحديد الجلسة'): roles empty; the second 'للمداخلة في الطاولة المستديرة الثانية' = 2. "
              "'الدكتورة'/'الأستاذ' dropped; titles with 'في الجمعية' / 'للجمعية' (affiliation by reference, full "
              "name in the first line and the signature). The attached PDF is the nomination letter (names "
              "transliterated), not a report. The sender (منسقة المشاريع) is not a speaker. Gmail, base64."))


# ================================================================ 13  FR  speaker  FAFMS vice-president at 23:57 Beirut on the speaker deadline, details in the signature
def m13():
    when = at("2021-02-05 23:57:40")
    sent = sent_at(when, 1, 6)
    subj = "Demande d'intervention en plénière – FAFMS"
    text = """Madame, Monsieur,

Je vous écris à la dernière minute, avant minuit heure de Beyrouth j'espère.

Au nom de la Fédération, je souhaiterais prendre la parole lors d'une séance plénière de la Conférence régionale, sur la contribution des diasporas maghrébines au développement local et sur le coût des transferts de fonds.

J'interviendrai à distance depuis Paris, d'où quelques questions pratiques :
- la plénière du 24 février commence-t-elle bien à 10 h heure de Beyrouth, soit 9 h à Paris ?
- un test de connexion est-il prévu pour les intervenants à distance, et à quelle date ?
- dois-je tout de même m'inscrire par le lien d'inscription, alors que je ne serai pas sur place ?

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Farid Belkacem
Vice-président
Fédération des Associations Franco-Maghrébines pour la Solidarité (FAFMS)
Paris, France
Tél. : +33 6 00 00 00 00
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">%s</div>'
            '</body></html>\n' % "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                                         for x in text.rstrip("\n").split("\n")))
    body = alt(text, "=_7f1c4e92a8b35d60c2e9f14b7a3d8e05", html=html)
    m = mk(when, sent, "smtp.fafms.example.fr", "203.0.113.81", "4DYs7Kq05Lz9",
           addr("Farid Belkacem", "f.belkacem@fafms.example.fr"), hdr(subj, enc="Q"),
           "<1190432688.40921.1612565856270.JavaMail.zimbra@fafms.example.fr>", body,
           ret="f.belkacem@fafms.example.fr", extra=[auth("fafms.example.fr"), ("X-Mailer", ZIMBRA)])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Farid Belkacem", "Vice-président", "Fédération des Associations Franco-Maghrébines pour la Solidarité (FAFMS)",
           ["plenary"])],
        notes="deadline edge: received 23:57:40 Beirut time on Friday 5 February (Date 22:57 +0100, Paris): on time. "
              "Self-nomination ('je souhaiterais prendre la parole lors d'une séance plénière'): name, title and "
              "federation only in the signature; the body says only 'la Fédération'. Time-zone and remote-"
              "participation questions ('10 h heure de Beyrouth, soit 9 h à Paris') and '24 février' are not "
              "deadlines. Zimbra webmail, text + HTML."))


# ================================================================ 14  EN  speaker  YDF from New York: 17:21 its time = 00:21 in Beirut, late; Reply-To an events mailbox
M14_ID = "<BN8PR11MB36504E2C9A7D1F83@BN8PR11MB3650.namprd11.prod.outlook.example.com>"
M14_SUBJ = "Speaker request (open discussion) - Yemeni Diaspora Forum - joining from New York"
M14_QID = "4DZ0c3Hn57Mz2"
M14_REPLYTO = "events@ydf-ny.example.org"


def m14():
    when = at("2021-02-06 00:21:37")
    sent = sent_at(when, -5, 11)
    text = """Dear GCM Regional Review Secretariat,

I hope this still reaches you in time for today's deadline.

The Yemeni Diaspora Forum (YDF) would like to propose our Policy Director, Abdulrahman Saleh Al-Harazi, to take part in the open discussion of the multi-stakeholder consultation on 23 February.

He will join remotely from New York. If the consultation starts at 10:00 Beirut time, that is 3:00 AM for us (Beirut is seven hours ahead), so we would be grateful to know the running order, and whether the connection test could be held in the Beirut afternoon, which is our morning.

He speaks Arabic and English and will take the floor in English unless interpretation from Arabic is available.

Please reply to events@ydf-ny.example.org, which our whole team reads.

Best regards,

Nadia Qassem
Program Manager
Yemeni Diaspora Forum (YDF)
Brooklyn, NY
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div></body></html>\n'
            % text2divs(text))
    body = alt(text, "_000_BN8PR11MB36504E2C9A7D1F83_", html=html)
    m = mk(when, sent, "mail-bn8nam11on2071.outbound.protection.outlook.example.com", "198.51.100.71", M14_QID,
           "Nadia Qassem <n.qassem@ydf-ny.example.org>", M14_SUBJ, M14_ID, body, ret="n.qassem@ydf-ny.example.org",
           extra=[auth("ydf-ny.example.org"), ("Reply-To", "YDF Events <%s>" % M14_REPLYTO),
                  ("Thread-Topic", M14_SUBJ), ("Thread-Index", "AQHW/Bn5Kx2mTq7LR0e3Vc9Yh1sDwA=="),
                  ("Content-Language", "en-US"), ("User-Agent", MACOUTLOOK)])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdulrahman Saleh Al-Harazi", "Policy Director", "Yemeni Diaspora Forum (YDF)", ["open_discussion"])],
        notes="late by 22 minutes (21 min 38 s): Date 'Fri, 5 Feb 2021 17:21:26 -0500' (New York) = 00:21 on Saturday 6 February "
              "in Beirut, and the sender hopes it arrives 'in time for today's deadline'. 'the open discussion of "
              "the multi-stakeholder consultation on 23 February' = open_discussion; the speaker is the sender's "
              "Policy Director, not the sender; time-zone arithmetic (3:00 AM, seven hours) is noise. Outlook for "
              "Mac via Exchange Online; Reply-To an events mailbox, which rejects our acknowledgement (h304-15)."))


def text2divs(t):
    return "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in t.rstrip("\n").split("\n"))


# ================================================================ 15  EN  bounce  our acknowledgement of 14 rejected by the Reply-To events mailbox
def m15():
    when = at("2021-02-06 00:22:19")
    rhost = "ydfny-example-org.mail.protection.outlook.example.com"
    diag = ("host %s[198.51.100.94] said:\n    550 5.4.1 Recipient address rejected: Access denied.\n"
            "    AS(201806281) [BN8NAM11FT031.eop-nam11.prod.protection.outlook.example.com]\n"
            "    (in reply to RCPT TO command)" % rhost)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M14_REPLYTO, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ0d1Tx84Qz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.1\n"
           "Remote-MTA: dns; %s\n"
           "Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.\n"
           "    AS(201806281)\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), M14_REPLYTO, M14_REPLYTO, rhost))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: YDF Events <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M14_REPLYTO, M14_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M14_QID),
                                  M14_ID, M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ0d5Mw11Kz3.1612563739/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ0d5Mw11Kz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", BOX),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205222219.4DZ0d5Mw11Kz3@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from our own server: the acknowledgement of h304-14, sent to its Reply-To events mailbox, "
              "is refused by Exchange Online (550 5.4.1 Access denied, AS(201806281)); the returned headers carry "
              "h304-14's subject with 'Speaker request (open discussion)'. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 16  FR  other  ATDMR withdraws the roundtable speaker (reply to 06), nobody replaces her
def m16():
    when = at("2021-02-08 11:02:45")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Nous sommes au regret de vous informer que Sonia Jlassi ne pourra finalement pas intervenir à la table ronde n° 2 : elle sera en mission à Genève du 22 au 26 février, sans connexion fiable pendant les séances. Nous retirons donc sa candidature et ne proposons personne à sa place. Rien ne change pour notre Présidente.

Par ailleurs, le lien d'inscription corrigé ne nous est jamais parvenu : pourriez-vous nous le renvoyer ?

Cordialement,
Karim Zouari
Coordinateur – ATDMR

Le 28/01/2021 à 16:15, Karim Zouari a écrit :
> Bonjour,
>
> Petite correction à mon message du 22 janvier : le titre de Sonia Jlassi n'est plus « Chargée de plaidoyer », elle a été nommée Responsable du plaidoyer et de la communication au début du mois. Pour éviter toute confusion, voici la liste complète et corrigée :
>
> - Hela Ben Romdhane, Présidente – discussion ouverte (consultation du 23 février)
> - Sonia Jlassi, Responsable du plaidoyer et de la communication – table ronde n° 2
>
> Nous n'avons toujours pas de nouvelles du lien d'inscription ni de l'horaire en heure de Tunis.
>
> Cordialement,
> Karim Zouari
> Coordinateur – ATDMR
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "mail.atdmr-tunisie.example.org", "197.0.0.52", "4DbH5Vn32Pz8", M02_FROM,
           re_hdr("Re: ", M02_SUBJ), "<d34b8e17-02fa-4c69-b815-6e9a3f7c21d0@atdmr-tunisie.example.org>", body,
           ret="k.zouari@atdmr-tunisie.example.org",
           extra=[auth("atdmr-tunisie.example.org"), ("User-Agent", TB), ("Content-Language", "fr"),
                  ("In-Reply-To", M06_ID), ("References", M02_ID + " " + M06_ID)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 2,
        notes="withdrawal of one of the two speakers of h304-02/h304-06 ('Nous retirons donc sa candidature et ne "
              "proposons personne à sa place'); the other is only alluded to ('Rien ne change pour notre "
              "Présidente'): nobody proposed, so other with no speakers, not speaker_request; the quoted "
              "correction still lists both speakers with their roles. Also asks for the registration link again. "
              "Received after the speaker deadline, but other has no deadline. Thunderbird, format=flowed, "
              "quoted-printable; References name h304-02 and h304-06: thread_of is the first, h304-02."))


# ================================================================ 17  EN  report  INRI (Erbil): report + signed cover letter + logo; observer registration question
M17_REPORT = "INRI - Voluntary GCM Review Report 2021.pdf"
M17_COVER = "INRI_Cover_Letter_signed.pdf"


def m17():
    when = at("2021-02-09 10:14:22")
    sent = sent_at(when, 3, 8)
    subj = "Voluntary GCM review report - Iraqi Network for Returnee Integration (INRI)"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Iraqi Network for Returnee Integration (INRI), together with the cover letter signed by the Chair of our Board.

Two practical questions, if I may:

1. Our director, Mr. Shwan Kareem Mahmood, would like to follow the conference online from Erbil (one hour ahead of Beirut). The registration link in the invitation now says "registration closed". Is registration still open for observers?

2. Will the sessions be recorded, for colleagues who cannot connect during working hours, and will the voluntary reports be shared with participants?

We are not requesting a speaking slot.

Kind regards,

Bahar Jalal Aziz
Reporting and Advocacy Officer
Iraqi Network for Returnee Integration (INRI)
Erbil, Kurdistan Region of Iraq
"""
    pdf = rep_pdf("Voluntary GCM review report", "Iraqi Network for Returnee Integration (INRI)",
                  ["Returnees from camps and from abroad", "Civil documentation", "Housing and livelihoods",
                   "Recommendations"])
    cover = make_pdf(["Iraqi Network for Returnee Integration (INRI)", "Erbil, 8 February 2021",
                      "To the Secretariat of the GCM Regional Review, Arab region",
                      "Cover letter: submission of the voluntary GCM review report",
                      "Chair of the Board (signature)"])
    cid = "image001.png@01D6FEBD.6A4F2C10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (20, 110, 90))], "_004_DB8PR03MB5961A2E7C4D9F310_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR03MB5961A2E7C4D9F310_")
    body = multi("mixed", [a, attach("application/pdf", cover, M17_COVER), attach("application/pdf", pdf, M17_REPORT)],
                 "_005_DB8PR03MB5961A2E7C4D9F310_")
    m = mk(when, sent, "mail-db8eur03on0627.outbound.protection.outlook.example.com", "198.51.100.127",
           "4DcJ8Zt21Fz5", "Bahar Jalal Aziz <b.aziz@inri-iraq.example.org>", subj,
           "<DB8PR03MB5961A2E7C4D9F310@DB8PR03MB5961.eurprd03.prod.outlook.example.com>", body,
           ret="b.aziz@inri-iraq.example.org",
           extra=[auth("inri-iraq.example.org")] + outlook_rows(subj, "AdcD2Ks4Lm6Np8Qr0St2Uv4Wx6Yz8Ab==",
                                                                lang="en-GB", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_REPORT],
        notes="report with two PDFs: the signed cover letter comes first and is not the report; the inline logo "
              "image001.png is not part of it either. The director ('Mr. Shwan Kareem Mahmood') only wants to "
              "follow online as an observer and 'We are not requesting a speaking slot': no speaker. Questions on a "
              "closed registration link, recordings and time zone (Erbil one hour ahead). Outlook, Date in UTC+3."))


# ================================================================ 18  FR  both  CAMS (Oran): report DOCX + speaker for table ronde n° 4 after the speaker deadline; agenda decoy
M18_REPORT = "CAMS_Rapport_volontaire_PMM_2021.docx"
M18_AGENDA = "Programme_atelier_validation_Oran_30-01-2021.pdf"


def m18():
    when = at("2021-02-10 15:37:50")
    sent = sent_at(when, 1, 7)
    subj = "Rapport volontaire du CAMS et proposition d'intervenante (table ronde n° 4)"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Collectif Algérien Migrations et Solidarité (CAMS), validé lors de notre atelier du 30 janvier à Oran, dont le programme est également joint pour information.

Nous souhaitons par ailleurs proposer Dr Nassima Hadj-Ali, Coordinatrice du pôle juridique du CAMS, pour une intervention à la table ronde n° 4. Elle pourrait se rendre à Beyrouth si la conférence se tient en présentiel ; il lui faudrait alors une lettre d'invitation nominative pour sa demande de visa, que le consulat exige au moins quinze jours avant le départ. Sinon, elle interviendra en ligne depuis Oran (une heure de décalage avec Beyrouth).

Pouvez-vous nous indiquer, dans un cas comme dans l'autre, la marche à suivre pour l'inscription ?

Bien à vous,

Yacine Benmoussa
Secrétaire général
Collectif Algérien Migrations et Solidarité (CAMS)
Oran – Algérie
"""
    doc = make_docx(["Collectif Algérien Migrations et Solidarité (CAMS)",
                     "Rapport volontaire – Examen régional du Pacte mondial pour les migrations, 2021",
                     "1. Introduction et méthodologie", "2. Les migrants subsahariens en Algérie",
                     "3. Les départs irréguliers depuis l'Oranie", "4. Recommandations"])
    agenda = make_pdf(["CAMS - Atelier de validation du rapport volontaire", "Oran, samedi 30 janvier 2021",
                       "09:00 Accueil", "09:30 Presentation du projet de rapport", "11:00 Travaux en groupes",
                       "13:00 Adoption"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="'
            'word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">%s</body>'
            '</html>\n' % "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                                  for x in text.rstrip("\n").split("\n")))
    a = alt(text, "Apple-Mail=_5C2A7E19-3D84-4B6F-A0E1-9F7B2C4D8E36", html=html)
    body = multi("mixed", [a, attach(DOCX, doc, M18_REPORT), attach("application/pdf", agenda, M18_AGENDA)],
                 "Apple-Mail=_0E6B3F82-1A47-4C9D-B5E2-7D8F1A3C6B94")
    m = mk(when, sent, "smtp.cams-dz.example.org", "203.0.113.118", "4DdQ2Lm70Bz3",
           "Yacine Benmoussa <y.benmoussa@cams-dz.example.org>", hdr(subj, enc="Q"),
           "<E47C1B08-93A2-4F5D-8C61-2B9E0D7A3F54@cams-dz.example.org>", body, ret="y.benmoussa@cams-dz.example.org",
           extra=[auth("cams-dz.example.org"), ("X-Mailer", APPLE)])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nassima Hadj-Ali", "Coordinatrice du pôle juridique", "Collectif Algérien Migrations et Solidarité (CAMS)",
           ["roundtable"], 4)],
        report_attachments=[M18_REPORT],
        notes="both on 10 February: the report is on time but the speaker part is after the 5 February deadline, "
              "which the sender does not mention, so on_time false. 'Dr' (no period) dropped; title 'Coordinatrice "
              "du pôle juridique du CAMS' without the acronym; 'table ronde n° 4' (also in the subject). The PDF is "
              "the programme of the validation workshop ('pour information'), not part of the report. Visa letter, "
              "time difference and registration questions in the same paragraph as the request. Apple Mail, UTC+1."))


# ================================================================ 19  AR  report  Libyan organisation: HTML-only, report DOCX + workshop agenda + logo
M19_REPORT = "تقرير المراجعة الطوعية - المنظمة الليبية لرصد الهجرة.docx"
M19_AGENDA = "جدول أعمال ورشة التحقق.pdf"


def m19():
    when = at("2021-02-11 12:48:03")
    sent = sent_at(when, 2, 12)
    subj = "التقرير الطوعي للمنظمة الليبية لرصد الهجرة"
    inner_html = """<p>السادة أمانة الاستعراض الإقليمي المحترمين،</p>
<p>تحية طيبة،</p>
<p>نرفق لكم التقرير الطوعي للمنظمة الليبية لرصد الهجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في ليبيا (ملف Word)، ويتناول أوضاع المهاجرين في مراكز الاحتجاز، والعمل غير النظامي في المدن الساحلية، وعمليات الإنزال بعد الاعتراض في البحر.</p>
<p>كما نرفق، للاطلاع فقط، جدول أعمال ورشة التحقق التي نوقشت فيها مسودة التقرير مع الشركاء في 30 يناير، وشعار المنظمة.</p>
<p><b>ملاحظة لوجستية:</b> سيتابع ممثلنا أعمال المؤتمر عبر الإنترنت من طرابلس بصفة مراقب. نرجو تأكيد أن المواعيد الواردة في البرنامج بتوقيت بيروت (وهو توقيت طرابلس نفسه في هذه الفترة)، وإرسال رابط الاتصال إلى هذا العنوان.</p>
<p>مع التحية،<br>
عائشة المبروك الورفلي<br>
مسؤولة البحوث<br>
المنظمة الليبية لرصد الهجرة<br>
طرابلس - ليبيا</p>"""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            "style='font-size: 10pt; font-family: Tahoma,Arial,sans-serif' dir=\"rtl\">\n%s\n</body></html>\n"
            % inner_html)
    doc = make_docx(["المنظمة الليبية لرصد الهجرة", "التقرير الطوعي - الاتفاق العالمي للهجرة 2021",
                     "1. المقدمة والمنهجية", "2. المهاجرون في مراكز الاحتجاز", "3. العمل غير النظامي في المدن الساحلية",
                     "4. الإنزال بعد الاعتراض في البحر", "5. التوصيات"])
    agenda = make_pdf(["Libyan Migration Monitoring Organisation", "Validation workshop - 30 January 2021 (online)",
                       "10:00 Opening", "10:15 Presentation of the draft report", "12:00 Discussion", "13:30 Close"])
    lg = attach("image/png", make_png(48, 48, (10, 80, 140)), "LMMO_logo.png")
    body = multi("mixed", [leaf("text/html", page, cte="base64"), attach(DOCX, doc, M19_REPORT),
                           attach("application/pdf", agenda, M19_AGENDA), lg],
                 "=_b28e4f1a07c93d5e6a1f2c8b9d0e7a34")
    m = mk(when, sent, "mail.lmmo-libya.example.org", "203.0.113.140", "4Dfg5Wc83Rz7",
           addr("المنظمة الليبية لرصد الهجرة", "research@lmmo-libya.example.org"), hdr(subj),
           "<8a13c5e7f920b4d61e3a7c08f2b9d4e5@lmmo-libya.example.org>", body, ret="research@lmmo-libya.example.org",
           extra=[auth("lmmo-libya.example.org"), ("User-Agent", ROUNDCUBE),
                  ("X-Sender", "research@lmmo-libya.example.org")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_REPORT],
        notes="HTML-only (Roundcube, base64, RTL) with three attachments with decoded names: the DOCX with an Arabic "
              "name (RFC 2231 + RFC 2047) is the report; the workshop agenda PDF (Arabic name) and the PNG logo are "
              "'للاطلاع فقط'. The representative only follows online 'بصفة مراقب': no speaker. Time-zone question "
              "(Tripoli = Beirut in February). From display name is the organisation, in two RFC 2047 encoded-words "
              "(policy.default's address parser leaves a stray space between them); 30 January is history."))


# ================================================================ 20  FR  other (list)  a francophone network's Sympa newsletter naming a speaker
def m20():
    when = at("2021-02-13 09:00:41")
    sent = sent_at(when, 1, 30)
    subj = "[Lettre REMS] n° 14 – Février 2021 : Examen régional du PMM, inscriptions, interprétation"
    text = """LETTRE D'INFORMATION DU RÉSEAU EURO-MÉDITERRANÉEN MIGRATIONS ET SOLIDARITÉ (REMS)
N° 14 – février 2021

1. EXAMEN RÉGIONAL DU PACTE MONDIAL (RÉGION ARABE)
La consultation multipartite aura lieu le 23 février, la conférence régionale les 24 et 25 février. Les demandes d'intervention devaient parvenir au secrétariat avant le 5 février ; les rapports volontaires peuvent encore être envoyés jusqu'au 16 février à l'adresse gcmrrarabstates@iom.int.
Bonne nouvelle : notre présidente, Mme Leïla Mansouri, interviendra lors de la table ronde n° 3.

2. INSCRIPTIONS ET INTERPRÉTATION
Plusieurs membres nous signalent un lien d'inscription expiré : écrivez directement au secrétariat. Une interprétation arabe-anglais-français est annoncée pour les séances plénières.

3. DÉCALAGE HORAIRE
Les horaires du programme sont donnés en heure de Beyrouth : 10 h à Beyrouth = 9 h à Paris, Tunis, Alger et Rabat, 8 h à Nouakchott.

Vous recevez cette lettre en tant que membre ou partenaire du REMS.
Se désabonner : https://listes.rems-migrations.example.org/sympa/sigrequest/lettre-info
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="600" align="center" style="font-family:Georgia,serif"><tr><td>%s</td></tr></table>'
            '</body></html>\n' % text2html_simple(text))
    body = alt(text, "----=_Part_4471_1306951209.1613199641118", html=html)
    lid = "lettre-info.listes.rems-migrations.example.org"
    m = mk(when, sent, "listes.rems-migrations.example.org", "203.0.113.30", "4DgW1Bt09Xz2",
           addr("Lettre du REMS", "lettre-info@listes.rems-migrations.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<sympa.1613199641.4471.1306951209@listes.rems-migrations.example.org>", body,
           to="lettre-info@listes.rems-migrations.example.org",
           ret="lettre-info-owner@listes.rems-migrations.example.org",
           extra=[auth("listes.rems-migrations.example.org"), ("Precedence", "list"),
                  ("X-Loop", "lettre-info@listes.rems-migrations.example.org"),
                  ("List-Id", "<%s>" % lid),
                  ("List-Unsubscribe", "<mailto:sympa@listes.rems-migrations.example.org?subject=unsubscribe%20"
                                       "lettre-info>"),
                  ("List-Archive", "<https://listes.rems-migrations.example.org/sympa/arc/lettre-info>"),
                  ("List-Post", "NO"), ("X-Sympa-To", BOX)])
    add(20, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="Sympa list mail (Precedence: list, List-Id, List-Unsubscribe, X-Loop, To: the list, not our "
              "address): the network's newsletter names its president with 'table ronde n° 3' and repeats both "
              "deadlines, our address, registration, interpretation and time zones, but it is bulk mail, not a "
              "request: other, never acknowledged, no speaker."))


def text2html_simple(t):
    return "".join("<p>%s</p>" % "<br>".join(esc(x) for x in p.split("\n")) for p in t.strip("\n").split("\n\n"))


# ================================================================ 21  FR  report  OMMH (Rabat): report + annex (part of it) + logo; ISO-8859-1; an observer
M21_FILES = ["OMMH_Rapport_volontaire_PMM_2021.pdf", "OMMH_Annexe_statistique.docx"]


def m21():
    when = at("2021-02-15 16:20:31")
    sent = sent_at(when, 1, 8)
    subj = "Rapport volontaire de l'OMMH - Examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Observatoire Marocain des Mobilités Humaines (OMMH) sur la mise en oeuvre du Pacte mondial au Maroc, ainsi que son annexe statistique, qui en fait partie intégrante (les tableaux sont cités dans les chapitres 2 et 3).

Mme Ghizlane Tazi, chargée d'études à l'Observatoire, suivra la consultation du 23 février en tant qu'observatrice, sans prise de parole. Pourriez-vous lui faire parvenir le lien d'inscription ? Celui de l'invitation semble expiré. Nous aimerions également savoir si les documents de séance seront disponibles en français.

Le logo de l'Observatoire est joint pour la liste des organisations contributrices, le cas échéant.

Avec nos remerciements,

Mehdi Bennani
Directeur
Observatoire Marocain des Mobilités Humaines (OMMH)
Rabat - Maroc
"""
    pdf = rep_pdf("Rapport volontaire - OMMH", "Observatoire Marocain des Mobilites Humaines, Rabat",
                  ["Le Maroc, pays de depart, de transit et de destination", "Regularisation et integration",
                   "Mineurs non accompagnes", "Recommandations"])
    annex = make_docx(["OMMH – Annexe statistique au rapport volontaire", "Tableau 1 : titres de séjour délivrés",
                       "Tableau 2 : retours assistés", "Tableau 3 : mineurs non accompagnés"])
    lg = attach("image/png", make_png(64, 32, (180, 30, 40)), "logo_OMMH.png")
    html = win(outlook_html(text, lang="FR"), "iso-8859-1")
    a = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
              "_000_PR1P264MB1853B6A0E2C7D491_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILES[0]), attach(DOCX, annex, M21_FILES[1]), lg],
                 "_004_PR1P264MB1853B6A0E2C7D491_")
    m = mk(when, sent, "mail-pr1fra01on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4Dhy6Nk48Jz0", addr("Mehdi Bennani", "m.bennani@ommh.example.ma"), hdr(subj, "iso-8859-1", enc="Q"),
           "<PR1P264MB1853B6A0E2C7D491@PR1P264MB1853.FRAP264.PROD.OUTLOOK.example.com>", body,
           ret="m.bennani@ommh.example.ma",
           extra=[auth("ommh.example.ma")] + outlook_rows(hdr(subj, "iso-8859-1", enc="Q"),
                                                          "AdcDm3Xk5Pq7Rs9Tu1Vw3Xy5Za7Bc==", lang="fr-FR",
                                                          has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=M21_FILES,
        notes="the report is two files: the PDF and its statistical annex DOCX, 'qui en fait partie intégrante'; the "
              "attached PNG logo is not part of it. 'Mme Ghizlane Tazi ... en tant qu'observatrice, sans prise de "
              "parole': no speaker. Registration-link and document-language questions. Outlook in ISO-8859-1 "
              "(quoted-printable, Q-encoded ISO-8859-1 subject; 'mise en oeuvre' typed without œ), Date in UTC+1."))


# ================================================================ 22  AR  report  Muscat network: 01:52 its time on 17 Feb = 23:52 in Beirut on 16 Feb, on time
M22_REPORT = "التقرير الطوعي - شبكة الخليج لحقوق العمالة الوافدة 2021.pdf"


def m22():
    when = at("2021-02-16 23:52:10")
    sent = sent_at(when, 4, 7)
    subj = "التقرير الطوعي لشبكة الخليج لحقوق العمالة الوافدة"
    text = """مساء الخير،

مرفق التقرير الطوعي لشبكة الخليج لحقوق العمالة الوافدة حول تنفيذ الاتفاق العالمي للهجرة.

أعتذر عن إرساله في هذه الساعة، فقد تجاوزت الساعة منتصف الليل عندنا في مسقط، وأرجو ألا يكون الموعد النهائي قد فات.

ونود أن نعرف أيضاً إن كان بإمكان أعضاء الشبكة متابعة المؤتمر عبر الإنترنت دون تسجيل مسبق، مع العلم أن توقيت مسقط يسبق توقيت بيروت بساعتين.

مع الشكر،
سالم بن حمد الحارثي
منسق الشبكة
"""
    pdf = rep_pdf("Voluntary GCM review report", "Gulf Network for Migrant Workers' Rights, Muscat",
                  ["Recruitment fees and debt", "Sponsorship and labour mobility", "Domestic workers",
                   "Recommendations"])
    a = alt(text, "0000000000004c8e2a05bb7f9d31", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_REPORT)], "0000000000004c8e2c05bb7f9d33")
    m = mk(when, sent, "mail-pl1-f54.google.example.com", "192.0.2.154", "4Dj0T7Lq52Hz6",
           addr("سالم الحارثي", "salim.alharthi.gnmwr@gmail.example.com"), hdr(subj),
           "<CAK9wPm3Rx6Tn1qL+d8Vb4Zc7sF2hJe5gW0@mail.gmail.example.com>", body,
           ret="salim.alharthi.gnmwr@gmail.example.com", extra=[auth("gmail.example.com")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_REPORT],
        notes="deadline edge across time zones: Date 'Wed, 17 Feb 2021 01:52:03 +0400' (Muscat) and the sender "
              "apologises that it is past midnight, but it was received 23:52 on Tuesday 16 February Beirut time: on "
              "time. Arabic PDF name (RFC 2231 + RFC 2047); a question about following online without registration. "
              "Gmail, base64."))


# ================================================================ 23  FR  report  RMMD (Nouakchott): 22:06 its time = 00:06 on 17 Feb in Beirut, late
M23_REPORT = "RMMD_rapport_volontaire_PMM_2021.pdf"


def m23():
    when = at("2021-02-17 00:06:12")
    sent = sent_at(when, 0, 9)
    subj = "Rapport volontaire RMMD – envoyé avant minuit"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Réseau Mauritanien Migration et Développement (RMMD), envoyé ce soir avant minuit comme prévu.

Notre coordinateur souhaiterait assister à la conférence. Si elle se tient en présentiel à Beyrouth, pourriez-vous lui adresser une lettre d'invitation pour sa demande de visa ? Il ne demande pas à intervenir.

Bien cordialement,

Vatimetou Mint Abdallahi
Chargée de programmes
Réseau Mauritanien Migration et Développement (RMMD)
Nouakchott – Mauritanie
"""
    pdf = rep_pdf("Rapport volontaire - RMMD", "Reseau Mauritanien Migration et Developpement, Nouakchott",
                  ["Migrations de transit et de retour", "Les pecheurs senegalais a Nouadhibou",
                   "Acces a l'etat civil", "Recommandations"])
    html = ('<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; color: '
            '#000000">%s</div></body></html>\n' % text2divs(text))
    a = alt(text, "=_a5d2e8f17c3b904e6d1a2f8c7b5e3d09", html=html)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_REPORT)], "=_1c7f3a9e2b8d605e4a3f1c9d7e2b8a64")
    m = mk(when, sent, "mail.rmmd.example.mr", "203.0.113.222", "4Dj0Z3Kc18Wz4",
           addr("Vatimetou Mint Abdallahi", "v.abdallahi@rmmd.example.mr"), hdr(subj, enc="Q"),
           "<771930452.18834.1613513163004.JavaMail.zimbra@rmmd.example.mr>", body, ret="v.abdallahi@rmmd.example.mr",
           extra=[auth("rmmd.example.mr"), ("X-Mailer", ZIMBRA)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M23_REPORT],
        notes="late by six minutes: Date 'Tue, 16 Feb 2021 22:06:03 +0000' (Nouakchott, UTC+0) and 'envoyé ce soir avant "
              "minuit' in subject and body, but received 00:06 on Wednesday 17 February Beirut time. The coordinator "
              "(unnamed) only wants to attend ('Il ne demande pas à intervenir') and needs a visa invitation letter: "
              "no speaker. Zimbra, text + HTML."))


# ================================================================ 24  EN  other  a confirmed speaker asks about the connection-test time zone (reply to a secretariat note)
def m24():
    when = at("2021-02-18 13:27:56")
    sent = sent_at(when, 4, 10)
    sec_id = "<AM0PR06MB5124E8A3D7C2B916@AM0PR06MB5124.eurprd06.prod.outlook.example.com>"
    subj = "RE: Roundtable speakers - logistics note and connection test"
    new = """<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p>Dear colleagues,</p>
<p>Thank you for the logistics note. I confirm that I will connect from Muscat for my roundtable on 24 February. Two small questions:</p>
<ol>
<li>The note gives the connection test as Monday 22 February at 14:00. Is that Beirut time? Muscat is two hours ahead, so it would be 16:00 here, which suits me.</li>
<li>May I show three slides, or should I send them in advance for the interpreters?</li>
</ol>
<p>My name, title and organisation in the draft programme are correct.</p>
<p>Best regards,<br>
Priya Raman<br>
Research Coordinator<br>
South Asia-Gulf Labour Corridor Network</p>
</div>"""
    quoted = """<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>
<b>Sent:</b> Wednesday, February 17, 2021 4:05 PM<br>
<b>Subject:</b> Roundtable speakers - logistics note and connection test</font>
<div>&nbsp;</div></div>
<div>
<p>Dear speaker,</p>
<p>Please find below the practical arrangements for the thematic roundtables of 24-25 February. A connection test for all remote roundtable speakers will take place on Monday 22 February at 14:00. Interpretation will be provided in Arabic, English and French. Please keep your intervention to five minutes.</p>
<p>Kind regards,<br>GCM Regional Review secretariat</p>
</div>"""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n%s\n%s\n'
            '</body></html>\n' % (new, quoted))
    body = leaf("text/html", page, cte="quoted-printable")
    m = mk(when, sent, "mail-he1eur04on0640.outbound.protection.outlook.example.com", "198.51.100.140",
           "4DkR3Hv66Tz1", "Priya Raman <p.raman@saglc-network.example.org>", subj,
           "<HE1PR04MB3178F0A9C6D2E154@HE1PR04MB3178.eurprd04.prod.outlook.example.com>", body,
           ret="p.raman@saglc-network.example.org",
           extra=[auth("saglc-network.example.org"), ("In-Reply-To", sec_id), ("References", sec_id),
                  ("Thread-Topic", "Roundtable speakers - logistics note and connection test"),
                  ("Thread-Index", "AQHXBRk2Lm8Np0Qr2St4Uv6Wx8Yz0A=="), ("Content-Language", "en-GB"),
                  ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[203.0.113.190]")])
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="HTML-only OWA reply to a secretariat logistics note (not in the set, so thread_of null) from a speaker "
              "already confirmed for a roundtable: she asks whether the 14:00 connection test is Beirut time (Muscat "
              "two hours ahead) and about slides, and says her programme details are correct: nothing proposed or "
              "changed, so other, no speakers, although her name, title and network are in the signature and "
              "'my roundtable on 24 February' is in the text. Date in UTC+4."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
