#!/usr/bin/env python3
"""Write the blind evaluation set holdout75 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets75.py
Theme: legal aid clinics, bar associations, national human-rights institutions, ombudspersons and
lawyers' collectives (Egypt, Jordan, Lebanon, Iraq, Yemen, Sudan, Palestine).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout75")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h75-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
# ---------------------------------------------------------------- client shapes
def gmail_alt(text, boundary, charset="UTF-8", rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    html = "<div%s>%s</div>\n" % (d, text2html(text))
    return multi("alternative", [leaf("text/plain", text, charset), leaf("text/html", html, charset)], boundary)


def outlook_alt(text, boundary, charset="utf-8", rtl=False, html_inner=None):
    inner = html_inner if html_inner is not None else text2html(text)
    div = '<div class="WordSection1"%s>%s</div>' % (' dir="rtl"' if rtl else "", inner)
    html = html_wrap(div, "rtl" if rtl else None, charset)
    return multi("alternative", [leaf("text/plain", text, charset), leaf("text/html", html, charset)], boundary)


def attachment(data, ctype, name, style="plain", xid=None):
    """style: plain (quoted ASCII filename), 2231 (filename*), 2047 (encoded word in quotes), bare (unquoted)."""
    att = Message(policy=POL)
    if style == "2231":
        att["Content-Type"] = "%s;\r\n name=\"%s\"" % (ctype, b_word(name))
        att["Content-Disposition"] = "attachment;\r\n filename*=" + rfc2231(name)
    elif style == "2047":
        att["Content-Type"] = "%s;\r\n name=\"%s\"" % (ctype, b_word(name))
        att["Content-Disposition"] = "attachment;\r\n filename=\"%s\"" % b_word(name)
    elif style == "bare":
        att["Content-Type"] = "%s;\r\n\tname=%s;\r\n\tx-unix-mode=0644" % (ctype, name)
        att["Content-Disposition"] = "inline;\r\n\tfilename=%s" % name
    else:
        att["Content-Type"] = '%s; name="%s"' % (ctype, name)
        att["Content-Disposition"] = 'attachment; filename="%s"' % name
    att["Content-Transfer-Encoding"] = "base64"
    if xid:
        att["X-Attachment-Id"] = xid
    att.set_payload(base64.encodebytes(data).decode("ascii"))
    return att


ACK = {}  # our acknowledgement Message-IDs (as the service would have sent them)


# ================================================================ the 24 messages
M01_ID = "<AM6PR03MB4471E2C5A0D8F3B91C7E4A2BD9F10@AM6PR03MB4471.eurprd03.prod.outlook.example.com>"


def m01():
    when = at("2021-01-27 12:41:19")
    sent = when - dt.timedelta(seconds=17)
    text = """Dear Sir/Madam,

With reference to the invitation letter of the Regional UN Network on Migration concerning the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, and on behalf of the Council of the Jordan Bar Association (JBA), I have the pleasure to propose Counsellor Rasha Al-Tamimi, Chair of the Migration Committee of the JBA, to deliver a floor intervention in one of the plenary sessions of the Regional Review Conference (24-25 February 2021).

Counsellor Al-Tamimi has chaired the Committee since 2018 and supervises the Association's pro bono programme for migrant domestic workers and detained foreign nationals, which has handled more than 1,400 cases in the past two years.

Her contact details: r.altamimi@jba-jo.example.org, +962 6 000 0000.

Please do not hesitate to contact my office for any further information.

Yours faithfully,

Adv. Khaled Odeh
Secretary-General
Jordan Bar Association
Amman - Hashemite Kingdom of Jordan
"""
    inner = text2html(text).replace("Counsellor Rasha Al-Tamimi, Chair of the Migration Committee of the JBA",
                                    "<b>Counsellor Rasha Al-Tamimi</b>, Chair of the Migration Committee of the JBA")
    body = outlook_alt(text, "_000_AM6PR03MB4471E2C5A0D8F3B91C7E4A2BD9F10AM6PR03MB4471eurp_", "us-ascii",
                       html_inner=inner)
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.91", "4DQjK21mYsz3",
                    '"Khaled Odeh - Secretary General JBA" <sg@jba-jo.example.org>',
                    "Nomination of speaker - Jordan Bar Association - GCM Regional Review",
                    rfcdate(sent), M01_ID, ret="sg@jba-jo.example.org")
    rows.insert(5, ("Cc", "r.altamimi@jba-jo.example.org"))
    rows += [("Thread-Topic", "Nomination of speaker - Jordan Bar Association - GCM Regional Review"),
             ("Thread-Index", "AdbzD4kq7Nn2q0bfT0K1cK8w1vB2sA=="), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("Importance", "high")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rasha Al-Tamimi", "Chair of the Migration Committee", "Jordan Bar Association (JBA)", ["plenary"])],
        notes="the Secretary-General (sender, signs the mail) proposes someone else, the chair of a sub-unit of "
              "the Association: the title carries the committee ('Chair of the Migration Committee of the JBA'); "
              "honorific 'Counsellor' not part of the name; affiliation spelled out once with the acronym in the "
              "intro, the signature has it without acronym; 'floor intervention in one of the plenary sessions'."))


def m02():
    when = at("2021-01-29 21:17:52")
    sent = when - dt.timedelta(seconds=6)
    text = """السلام عليكم ورحمة الله

ازيكم عاملين ايه، انا اسمي محمود عبد الفتاح السيد، محامي في مركز الجيزة للعون القانوني للمهاجرين واللاجئين. شفت الدعوة بتاعتكم بتاعة المراجعة الاقليمية للاتفاق العالمي للهجرة على جروب المحامين على الفيسبوك، وكنت حابب اتكلم في المائدة المستديرة التانية يعني رقم 2، عشان عندنا حالات كتير قوي بتاعة احتجاز وترحيل في الاقسام والناس مش لاقية محامي خالص.

انا شغال في المركز من 2016 ومعايا خبرة في قضايا السودانيين والاريتريين اللي بيتقبض عليهم على الحدود.

لو محتاجين اي ورق او سي في ابعتهولكم على طول. ومعلش لو الايميل مش رسمي اوي 🙏

شكرا جدا
محمود
"""
    body = gmail_alt(text, "000000000000f1a9c305ba0e21d7", rtl=True)
    rows = std_rows(when, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DSLZ64tq0z2",
                    "Mahmoud Abdelfattah <mahmoud.abdelfattah.law@gmail.example.com>",
                    hdr("طلب مشاركة كمتحدث"), rfcdate(sent),
                    "<CAKq7Zr2hP0xX1nQ8vT5uB3wY9sC6dE4fG2jK0mL7oN5pR3tV@mail.gmail.example.com>",
                    ret="mahmoud.abdelfattah.law@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عبد الفتاح السيد", "محامي", "مركز الجيزة للعون القانوني للمهاجرين واللاجئين",
           ["roundtable"], 2)],
        notes="Egyptian colloquial Arabic ('ازيكم', 'كنت حابب اتكلم', 'التانية', 'قوي'), no hamzas, an emoji; "
              "roundtable written 'المائدة المستديرة التانية يعني رقم 2'; full name only in the sentence "
              "'انا اسمي ...', signature is just the first name; Latin display name in From; Gmail."))


M03_ID = "<5f2b9c1e-8a47-4d3e-b0c6-91e7a2d4f803@cjk-liban.example.org>"
M03_NAME = "Rapport_CJK_PMM_2021.docx"


def m03():
    when = at("2021-02-01 18:03:27")
    sent = when - dt.timedelta(seconds=31)
    text = flowed("""Bonsoir,

Suite à votre lettre d'invitation, le Collectif juridique Kafala (CJK) a le plaisir de vous transmettre ci-joint son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport couvre l'assistance juridique apportée aux travailleuses domestiques migrantes au Liban en 2019-2020 (plaintes pour salaires impayés, confiscation des passeports, détention à la Sûreté générale) et fait le lien avec les objectifs 6, 13 et 15 du Pacte.

Nous aimerions aussi, si c'est possible, présenter ses conclusions pendant la conférence - on revient vers vous très vite avec un nom.

Bien à vous,

-- 
Rita Abi Khalil
Coordinatrice
Collectif juridique Kafala (CJK)
Achrafieh, Beyrouth - Liban
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Collectif juridique Kafala (CJK)",
                      "Rapport volontaire - Examen regional du Pacte mondial sur les migrations (region arabe), 2021",
                      "1. Contexte : le systeme de la kafala et l'acces a la justice",
                      "2. Assistance juridique 2019-2020 : 312 dossiers",
                      "3. Objectifs 6, 13 et 15 du PMM",
                      "4. Recommandations"])
    att = attachment(docx, DOCX, M03_NAME)
    body = multi("mixed", [t, att], "------------A7D2E91F04B3C8561E0F2D9B")
    rows = std_rows(when, "mail.cjk-liban.example.org", "185.75.203.14", "4DTyR80nBqz4",
                    "Rita Abi Khalil <rita.abikhalil@cjk-liban.example.org>",
                    hdr("Rapport volontaire – Collectif juridique Kafala (CJK)", "utf-8", "Q"),
                    rfcdate(sent), M03_ID, ret="rita.abikhalil@cjk-liban.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_NAME],
        notes="report as DOCX, Thunderbird format=flowed 8bit; announces a wish to present the findings at the "
              "conference 'on revient vers vous avec un nom' but names nobody: no speaker request yet. Its "
              "acknowledgement bounces (h75-04); revised by h75-18 from another address."))


def m04():
    when = at("2021-02-01 18:04:41")
    qid = "5B7E20C31A"
    arr = when - dt.timedelta(seconds=9)
    text = POSTFIX_NOTICE + """
<rita.abikhalil@cjk-liban.example.org>: host
    mail.cjk-liban.example.org[185.75.203.14] said: 552 5.2.2
    <rita.abikhalil@cjk-liban.example.org>: Mailbox full, quota exceeded (in
    reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; rita.abikhalil@cjk-liban.example.org
Original-Recipient: rfc822;rita.abikhalil@cjk-liban.example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.cjk-liban.example.org
Diagnostic-Code: smtp; 552 5.2.2 <rita.abikhalil@cjk-liban.example.org>:
    Mailbox full, quota exceeded
""" % (qid, rfcdate(arr, "EET"))
    ACK[3] = "<ack-20210201-0147@gcmrr.iom.int>"
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <rita.abikhalil@cjk-liban.example.org>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Rita Abi Khalil <rita.abikhalil@cjk-liban.example.org>
Subject: =?utf-8?q?Re=3A_Rapport_volontaire_=E2=80=93_Collectif_juridique_Kafala_=28CJK=29?=
Date: %s
Message-ID: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), rfcdate(arr), ACK[3], M03_ID, M03_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1612195481/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210201160441.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(4, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the acknowledgement of h75-03 (552 5.2.2 mailbox full); the returned headers carry "
              "the French report subject and the References of h75-03, but it is a robot, not a follow-up."))


def m05():
    when = at("2021-02-02 11:26:08")
    sent = when - dt.timedelta(seconds=25)
    name = "التقرير الطوعي - مركز العدالة للمساعدة القانونية 2021.pdf"
    text = """السادة/ فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

يطيب لمركز العدالة للمساعدة القانونية – رام الله أن يرفق لكم طيّه تقريره الطوعي حول تنفيذ الاتفاق العالمي للهجرة، والذي يتناول أوضاع العمال الفلسطينيين في المستوطنات وداخل الخط الأخضر، وحقهم في الوصول إلى العدالة والانتصاف، إضافةً إلى أوضاع اللاجئين العائدين من سوريا.

وقد أُعدّ التقرير بالتشاور مع نقابة المحامين النظاميين الفلسطينيين وعدد من العيادات القانونية في الجامعات الفلسطينية.

نأمل أن يكون التقرير مساهمة مفيدة في أعمال المراجعة، ونبقى على استعداد لتقديم أي إيضاحات.

وتفضلوا بقبول فائق الاحترام،

أ. هبة يوسف عودة
مديرة البرامج
مركز العدالة للمساعدة القانونية
رام الله – فلسطين
هاتف: 00970 2 000 0000
"""
    alt = outlook_alt(text, "----=_NextPart_001_0047_01D6F94B.2A1C3E50", "windows-1256", rtl=True)
    pdf = make_pdf(["Al-Adala Centre for Legal Aid - Ramallah", "Voluntary GCM Review Report 2021 (Arabic original)",
                    "Access to justice for Palestinian workers; returnees from Syria"])
    att = attachment(pdf, "application/pdf", name, "2231")
    body = multi("mixed", [alt, att], "----=_NextPart_000_0046_01D6F94B.2A1C3E50")
    rows = std_rows(when, "mail.aladala-legal.example.ps", "213.6.87.40", "4DVLp35kQmz1",
                    addr("هبة عودة", "h.odeh@aladala-legal.example.ps", "windows-1256"),
                    hdr("التقرير الطوعي لمركز العدالة للمساعدة القانونية", "windows-1256"),
                    rfcdate(sent), "<004601d6f94b$2a1c3e50$7e54baf0$@aladala-legal.example.ps>",
                    ret="h.odeh@aladala-legal.example.ps")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+UsqHD5Qt3pZk0qS8fQ1mB0c7g=="),
             ("Content-Language", "ar-ps")]
    m = top(body, rows)
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Outlook windows-1256 alternative inside mixed; PDF with an Arabic file name with spaces and "
              "hyphen, RFC 2231 in Content-Disposition and RFC 2047 in the Content-Type name; mentions the "
              "bar association consulted (not a speaker or a co-signatory); formal MSA."))


def m06():
    when = at("2021-02-02 16:48:55")
    sent = when - dt.timedelta(seconds=4)
    text = """Bonjour à toute l'équipe,

Je me permets de vous écrire suite à la lettre d'invitation reçue via le Barreau de Beyrouth.

Je suis avocate et je coordonne depuis trois ans la clinique juridique de l'association Haqqi, qui assure la défense gratuite des travailleurs migrants devant les conseils de prud'hommes et le juge des référés. J'ai également participé aux consultations nationales sur le Pacte l'année dernière.

Je souhaiterais me porter candidate pour le rôle de rapporteure chargée de présenter les messages clés des parties prenantes. Si ce rôle est déjà pourvu, je serais aussi tout à fait disponible pour prendre part à la discussion ouverte de la consultation du 23 février.

Je reste à votre disposition pour un échange téléphonique si besoin.

Bien cordialement,

Me Nour El Hajj
Avocate à la Cour
Clinique juridique pour les migrants – Association Haqqi
+961 3 000 000
"""
    body = gmail_alt(text, "0000000000004e7b2d05ba5c31f0")
    rows = std_rows(when, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DVX0d1sLtz6",
                    "Nour El Hajj <nour.elhajj.avocate@gmail.example.com>",
                    "Candidature - rapporteure / consultation multipartite", rfcdate(sent),
                    "<CAH5mX2pQ9vR1sT7uW3yZ0aB6cD8eF4gH2iJ9kL1mN7oP3qR5@mail.gmail.example.com>",
                    ret="nour.elhajj.avocate@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nour El Hajj", "Avocate à la Cour", "Clinique juridique pour les migrants – Association Haqqi",
           ["rapporteur", "open_discussion"])],
        notes="the sender proposes herself as rapporteur (feminine 'rapporteure') and offers the open discussion "
              "as a fallback, so both roles; 'Me' is the lawyers' honorific; 'Barreau de Beyrouth' is only how the "
              "letter reached her, not her affiliation; title and affiliation only in the signature."))


M07_ID = "<1612363720.4471.1@webmail.ylmr-ye.example.org>"


def m07():
    when = at("2021-02-03 17:48:47")
    sent = when - dt.timedelta(seconds=7)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review Secretariat,</p>
<p>Greetings from Aden. Yemeni Lawyers for Migrants' Rights (YLMR) would like to nominate the following two colleagues as speakers for the Regional Review Conference:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>#</th><th>Name</th><th>Position</th><th>Organization</th><th>Session requested</th></tr>
<tr><td>1</td><td>Dr. Abdulrahman Al-Sharjabi</td><td>Director</td><td>YLMR</td><td>Roundtable 3</td></tr>
<tr><td>2</td><td>Ms. Afrah Saleh Ba-Abbad</td><td>Senior Legal Officer, Aden office</td><td>YLMR</td><td>Plenary (floor intervention)</td></tr>
</table>
<p>Both speak Arabic and English. Please note that internet connectivity in Aden is unstable, so we would appreciate receiving the connection details a few days in advance.</p>
<p>With thanks and regards,<br>
Mohammed Bin Break<br>
Programme Officer<br>
YLMR &ndash; Aden, Republic of Yemen</p>
</body></html>
"""
    body = leaf("text/html", html, "UTF-8", "base64")
    rows = std_rows(when, "webmail.ylmr-ye.example.org", "134.35.18.202", "4DWS3f6Mwbz8",
                    "Mohammed Bin Break <m.binbreak@ylmr-ye.example.org>",
                    "YLMR speakers - GCM regional review", rfcdate(tz(sent, 3)), M07_ID,
                    ret="m.binbreak@ylmr-ye.example.org")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    aff = "Yemeni Lawyers for Migrants' Rights (YLMR)"
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdulrahman Al-Sharjabi", "Director", aff, ["roundtable"], 3),
        sp("Afrah Saleh Ba-Abbad", "Senior Legal Officer, Aden office", aff, ["plenary"])],
        notes="HTML-only (base64) with an HTML table of two speakers; the table gives only the acronym 'YLMR', "
              "the full name is in the intro sentence; honorifics 'Dr.'/'Ms.' inside the name cells; the sender "
              "(Programme Officer) is not a speaker; Date header in UTC+3."))


def m08():
    when = at("2021-02-03 20:12:36")
    sent = when - dt.timedelta(seconds=14)
    text = """مرحبا،

معكم سامر من العيادة القانونية بجامعة بيرزيت، عنا سؤال سريع لو سمحتوا.

بالرسالة العربية مكتوب إنو آخر موعد لطلب المداخلة هو "الجمعة 23 شباط 2021"، بس بالنسخة الإنجليزية مكتوب 5 شباط. هلأ أنا مش متأكد أي تاريخ هو الصح؟ لأنو 23 شباط هو نفس يوم الاستشارة اذا ما كنت غلطان.

كمان حابين نعرف إذا المداخلة بتكون بالعربي ولا لازم بالإنجليزي، وإذا في ترجمة فورية. المدير تبعنا بفكر يشارك بس بدنا نتأكد من التفاصيل قبل ما نبعت الاسم.

يعطيكم العافية
سامر
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DWY8c2kRnz0",
                    addr("سامر ناصر", "samer.nasser.bzu@gmail.example.com"),
                    hdr("استفسار عن الموعد النهائي"), rfcdate(sent),
                    "<CAJp4Lm8-nQ2rS6tU0vW4xY8zA2bC6dE0fG4hI8jK2lM6nO0p@mail.gmail.example.com>",
                    ret="samer.nasser.bzu@gmail.example.com")
    rows += [("X-Mailer", "Gmail for Android")]
    m = top(body, rows)
    add(8, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine (Palestinian) colloquial question about the Arabic letter's misprinted speaker deadline "
              "('الجمعة 23 شباط') and about interpretation; 'المدير تبعنا بفكر يشارك' announces a possible speaker "
              "without naming him: nothing is proposed yet. text/plain base64 only."))


def m09():
    when = at("2021-02-03 22:35:14")
    sent = when - dt.timedelta(seconds=3)
    name = "INMDH - contribution examen regional.pdf"
    text = """Bonsoir,

Comme convenu au téléphone avec votre collègue ce matin, je vous envoie en PJ la contribution écrite de notre Institution nationale de médiation et des droits humains (INMDH) pour l'examen régional du Pacte.

Et pour l'intervention, voici les infos de notre intervenant :
- Nom : Dr Samir Abou Jaoudé
- Fonction : conseiller juridique principal, chargé du dossier des travailleurs migrants
- Organisme : INMDH
- Session : table ronde IV de préférence

Merci et bonne soirée,
Carla

Envoyé de mon iPhone"""
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Institution nationale de mediation et des droits humains (INMDH) - Liban",
                    "Contribution a l'examen regional du Pacte mondial sur les migrations, 2021",
                    "Plaintes recues de travailleurs migrants 2019-2020; visites des lieux de detention"])
    att = attachment(pdf, "application/pdf", name, "plain")
    att.replace_header("Content-Disposition", 'inline; filename="%s"' % name)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-3C9A1E5D-7B2F-4A8C-9D6E-1F0A2B3C4D5E")
    rows = std_rows(when, "mail.inmdh-lb.example.org", "91.232.101.9", "4DWc1t9NPxz5",
                    "Carla Nassif <c.nassif@inmdh-lb.example.org>",
                    "Contribution INMDH + intervenant", rfcdate(sent),
                    "<8E4F2A1C-3B5D-4E7F-9A0B-2C4D6E8F0A1B@inmdh-lb.example.org>",
                    ret="c.nassif@inmdh-lb.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], speakers=[
            sp("Samir Abou Jaoudé", "conseiller juridique principal, chargé du dossier des travailleurs migrants",
               "Institution nationale de médiation et des droits humains (INMDH)", ["roundtable"], 4)],
        notes="iPhone, casual Lebanese French ('PJ', 'les infos'); report as inline PDF plus a speaker given in a "
              "dash list for someone else; list gives only 'INMDH', the full name is in the first paragraph; "
              "roundtable as Roman numeral 'table ronde IV de préférence'; honorific 'Dr' without a dot; sender "
              "signs with her first name only."))


def m10():
    when = at("2021-02-04 09:52:30")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear GCM team,

Good morning. I would like to request to take part in the open discussion of the multi-stakeholder consultation on 23 February, to share what our clinic sees on the ground regarding documentation and detention of migrant workers and returnees in Iraq.

Thank you in advance.

Best regards,

--
Zainab Hadi Al-Rubaie | زينب هادي الربيعي
Lawyer & Head of Legal Aid Unit | محامية ورئيسة وحدة المساعدة القانونية
Iraqi Legal Aid Clinic for Displaced and Migrant Persons (ILAC) | العيادة القانونية العراقية للنازحين والمهاجرين
Member, Iraqi Bar Association (Reg. No. 41827) | عضو نقابة المحامين العراقيين
Karrada, Baghdad, Iraq | الكرادة، بغداد، العراق
M: +964 770 000 0000 | W: www.ilac-iq.example.org

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may contain legally privileged information. If you are not the intended recipient, please notify the sender and delete it.
تنويه: هذه الرسالة ومرفقاتها سرية وقد تحتوي على معلومات محمية قانونياً. إذا وصلتك عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
"""
    body = outlook_alt(text, "_000_VI1PR0102MB3318A2E4C6F8B0D1VI1PR0102MB3318eurp_", "utf-8")
    rows = std_rows(when, "EUR02-VE1-obe.outbound.protection.outlook.example.com", "40.107.2.110", "4DX3yh0Ggkz9",
                    '"Zainab H." <zainab.h@ilac-iq.example.org>',
                    "Request - open discussion 23 Feb", rfcdate(tz(sent, 3)),
                    "<VI1PR0102MB3318A2E4C6F8B0D1@VI1PR0102MB3318.eurprd01.prod.exchangelabs.example.com>",
                    ret="zainab.h@ilac-iq.example.org")
    rows += [("Thread-Topic", "Request - open discussion 23 Feb"), ("Thread-Index", "AQHW+sQ1c0V2aPq9UUmt0fXb3y8QkQ=="),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Zainab Hadi Al-Rubaie", "Lawyer & Head of Legal Aid Unit",
           "Iraqi Legal Aid Clinic for Displaced and Migrant Persons (ILAC)", ["open_discussion"])],
        notes="the speaker is the sender ('I would like to ...'); name, title and organisation only in a long "
              "bilingual English|Arabic signature (each line 'English | Arabic'), plus a bar membership line and a "
              "bilingual disclaimer; From display name is just 'Zainab H.'; Date header in UTC+3. Language en "
              "(the body is English)."))


M11_ID = "<CAEw3kT9-pX1qR5sU7vW9xZ1aB3cD5eF7gH9iJ1kL3mN5oP7q@mail.gmail.example.com>"
M11_TEXT = """السادة المحترمين في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة

تحية طيبة،

يتشرف تجمع المحامين السودانيين للدفاع عن المهاجرين واللاجئين بترشيح الأستاذ عثمان الطيب حمد، عضو المكتب التنفيذي للتجمع، للمشاركة بمداخلة في المائدة المستديرة الأولى خلال المؤتمر الإقليمي يومي 24 و25 فبراير.

والأستاذ عثمان من المحامين الذين تابعوا قضايا ضحايا الاتجار بالبشر على طريق الخرطوم – ليبيا، ويعمل مع التجمع منذ تأسيسه.

ولكم جزيل الشكر.

بثينة محجوب
مقررة التجمع
تجمع المحامين السودانيين للدفاع عن المهاجرين واللاجئين
الخرطوم
"""


def m11():
    when = at("2021-02-04 13:30:02")
    sent = when - dt.timedelta(seconds=9)
    body = gmail_alt(M11_TEXT, "000000000000a3c8e105ba6f4d12", rtl=True)
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DX9Tn3vJcz2",
                    addr("بثينة محجوب", "buthaina.mahjoub.sdlaw@gmail.example.com"),
                    hdr("ترشيح متحدث - تجمع المحامين السودانيين"), rfcdate(sent), M11_ID,
                    ret="buthaina.mahjoub.sdlaw@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب حمد", "عضو المكتب التنفيذي", "تجمع المحامين السودانيين للدفاع عن المهاجرين واللاجئين",
           ["roundtable"], 1)],
        notes="the sender ('مقررة التجمع', which is not the rapporteur role) nominates someone else; 'الأستاذ' "
              "is the honorific for lawyers; title 'عضو المكتب التنفيذي للتجمع' refers back to the collective; "
              "roundtable as ordinal 'الأولى'. Replaced by h75-12."))


def m12():
    when = at("2021-02-05 10:14:47")
    sent = when - dt.timedelta(seconds=18)
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in M11_TEXT.rstrip("\n").split("\n"))
    text = """السلام عليكم،

إلحاقاً برسالتي أدناه، نعتذر عن التعديل: الأستاذ عثمان الطيب لن يتمكن من المشاركة لظروف سفر طارئة، وسيحل محله في نفس المائدة المستديرة الأستاذة سلمى إبراهيم النور، المستشارة القانونية ومسؤولة ملف اللاجئات في التجمع.

نرجو اعتماد الاسم الجديد وإلغاء الترشيح السابق.

مع التقدير،
بثينة محجوب
مقررة التجمع

في الخميس، 4 فبراير 2021 في 1:29 م كتبت بثينة محجوب <buthaina.mahjoub.sdlaw@gmail.example.com>:
""" + quoted + "\n"
    body = gmail_alt(text, "000000000000c71f2a05ba7d9e38", rtl=True)
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DXfQ52rBmz7",
                    addr("بثينة محجوب", "buthaina.mahjoub.sdlaw@gmail.example.com"),
                    re_hdr("Re: ", "ترشيح متحدث - تجمع المحامين السودانيين"), rfcdate(sent),
                    "<CAEw3kT9-sZ4tU8vW2xY6zA0bC4dE8fG2hI6jK0lM4nO8pQ2r@mail.gmail.example.com>",
                    ret="buthaina.mahjoub.sdlaw@gmail.example.com")
    rows += [("In-Reply-To", M11_ID), ("References", M11_ID)]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h75-11.eml", speakers=[
            sp("سلمى إبراهيم النور", "المستشارة القانونية ومسؤولة ملف اللاجئات",
               "تجمع المحامين السودانيين للدفاع عن المهاجرين واللاجئين", ["roundtable"], 1)],
        notes="correction replacing the speaker of h75-11 (Gmail reply, whole original quoted with '>' and still "
              "naming the old speaker); the new speaker's roundtable is only 'نفس المائدة المستديرة' (= 1 from "
              "the quoted original); the organisation name is only in the quoted message; 'الأستاذة' honorific."))


M13_ID = "<DB8PR06MB6329F1A3C5E7092B4D6F8A0C1E3B5D7F@DB8PR06MB6329.eurprd06.prod.outlook.example.com>"


def m13():
    when = at("2021-02-05 15:20:33")
    sent = when - dt.timedelta(seconds=22)
    name = "AEAJM_rapport volontaire PMM_fév2021.docx"
    text = """Madame, Monsieur,

Au nom de l'Association égyptienne d'aide juridique aux migrants (AEAJM), basée au Caire, j'ai l'honneur de vous adresser en pièce jointe notre rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations en Égypte, axé sur l'accès des migrants et réfugiés à l'assistance juridique et à l'état civil (enregistrement des naissances).

Par ailleurs, notre président, Maître Hany Fawzy Guirguis, souhaiterait faire une intervention depuis la salle lors d'une séance plénière de la conférence régionale des 24 et 25 février.

Je vous prie d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Marianne Gerges
Assistante de direction
AEAJM – 12, rue Champollion, Le Caire
"""
    alt = outlook_alt(text, "_000_DB8PR06MB6329F1A3C5E7092B4D6F8A0C1E3B5D7FDB8PR06MB6329eurp_", "windows-1252")
    docx = make_docx(["Association egyptienne d'aide juridique aux migrants (AEAJM)",
                      "Rapport volontaire - Pacte mondial sur les migrations - Egypte - fevrier 2021",
                      "Acces a l'assistance juridique et a l'etat civil des migrants et refugies"])
    att = attachment(docx, DOCX, name, "2047")
    body = multi("mixed", [alt, att], "_004_DB8PR06MB6329F1A3C5E7092B4D6F8A0C1E3B5D7FDB8PR06MB6329eurp_")
    rows = std_rows(when, "EUR04-DB3-obe.outbound.protection.outlook.example.com", "40.107.6.58", "4DXsW93kLpz1",
                    "Marianne Gerges <m.gerges@aeajm-eg.example.org>",
                    hdr("AEAJM : rapport volontaire et demande d'intervention en plénière", "iso-8859-1", "Q"),
                    rfcdate(sent), M13_ID, ret="m.gerges@aeajm-eg.example.org")
    rows += [("Thread-Topic", "AEAJM : rapport volontaire et demande d'intervention en plénière"),
             ("Thread-Index", "Adb7w0Q2cNq5x9RkS1yE0pT4mZ8aHw=="), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(13, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], speakers=[
            sp("Hany Fawzy Guirguis", "président", "Association égyptienne d'aide juridique aux migrants (AEAJM)",
               ["plenary"])],
        notes="report (DOCX with spaces and 'é' in the name, RFC 2047 encoded words inside quoted filename/name "
              "parameters) and a plenary floor intervention for the president, named in prose "
              "('notre président, Maître ...'); the sender (executive assistant) is not a speaker; Outlook "
              "windows-1252 (œ); received Friday 5 Feb afternoon, both parts on time. Its acknowledgement triggers "
              "an out-of-office (h75-14)."))


def m14():
    when = at("2021-02-05 15:21:09")
    sent = when - dt.timedelta(seconds=1)
    ACK[13] = "<ack-20210205-0402@gcmrr.iom.int>"
    text = """Bonjour,

Je suis en congé jusqu'au 14 février inclus. Pour toute question urgente concernant l'AEAJM, merci d'écrire à contact@aeajm-eg.example.org.

Cordialement,
Marianne Gerges
"""
    body = outlook_alt(text, "_000_DB8PR06MB63290C2E4A6B8D0F1A3C5E7092B4DB8PR06MB6329eurp_", "iso-8859-1")
    rows = std_rows(when, "EUR04-DB3-obe.outbound.protection.outlook.example.com", "40.107.6.61", "4DXsWq0tTnz4",
                    "Marianne Gerges <m.gerges@aeajm-eg.example.org>",
                    hdr("Réponse automatique : AEAJM : rapport volontaire et demande d'intervention en plénière",
                        "iso-8859-1", "Q"),
                    rfcdate(sent), "<DB8PR06MB63290C2E4A6B8D0F1A3C5E7092B4@DB8PR06MB6329.eurprd06.prod.outlook.example.com>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>", ret="m.gerges@aeajm-eg.example.org")
    rows += [("In-Reply-To", ACK[13]), ("References", M13_ID + " " + ACK[13]),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(14, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in French answering the acknowledgement of h75-13; References include the "
              "submission's Message-ID and the subject repeats 'rapport volontaire et demande d'intervention', "
              "but it is a robot: no thread_of, never acknowledge."))


def m15():
    when = at("2021-02-05 23:57:48")
    sent = when - dt.timedelta(seconds=26)
    text = """Dear organizers

Apologies for the last minute request. I am legal advisor at the Office of the Ombudsperson for Displaced Persons and Returnees (OODPR) in Erbil and I would like to request a speaking slot in the roundtable on labour migration and decent work, if still possible. We work daily with Syrian and Iranian workers whose residency is tied to their employer.

Name: Dilan Kareem Mustafa

Thank you

Sent from my Galaxy
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", "<html><head></head><body><div dir=\"auto\">" + text2html(text)
                                      + "</div></body></html>\n", "UTF-8", "base64")],
                 "--_com.samsung.android.email_3012457781290440")
    rows = std_rows(when, "mail.oodpr-krg.example.org", "185.37.109.22", "4DY4Hc1pWvz6",
                    "dilan.kareem@oodpr-krg.example.org", "speaker request - sorry last minute",
                    rfcdate(tz(sent, 3)), "<xtjqr4a2m9k8b7c6d5e4f3g2@email.android.example.com>",
                    ret="dilan.kareem@oodpr-krg.example.org")
    m = top(body, rows)
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dilan Kareem Mustafa", "legal advisor",
           "Office of the Ombudsperson for Displaced Persons and Returnees (OODPR)", ["roundtable"])],
        notes="deadline edge: received 23:57:48 Beirut on Fri 5 Feb, on time, but the Date header reads 'Sat, 6 Feb "
              "2021 00:57:22 +0300' (Erbil); roundtable described by topic only, no number; title and "
              "organisation in a sentence, name on a separate 'Name:' line; From has no display name; Samsung "
              "mail, base64 parts."))


def m16():
    when = at("2021-02-06 00:06:20")
    sent = when - dt.timedelta(seconds=18)
    text = """السلام عليكم ورحمة الله وبركاته

الاخوة في الشبكة الاقليمية للهجرة تحية طيبة

ابغى اشارك كمتحدث في الجلسة العامة للمؤتمر الاقليمي (مداخلة من القاعة)، عن وضع المهاجرين الافارقة العالقين في اليمن واللي يتعرضون للاحتجاز والانتهاكات في عدن وصعدة. واحنا في الشبكة نتابع قضايا كثير منهم من هنا عن طريق زملائنا المحامين في الداخل.

ارجو انكم تعتمدوا الطلب لاني ارسلته اليوم الجمعة ٥ فبراير قبل انتهاء المهلة.

مع خالص التحية

المحامي فيصل عبده قاسم
محامي ومستشار قانوني
شبكة المحامين اليمنيين في المهجر
ديربورن – ميشيغان
"""
    body = gmail_alt(text, "0000000000007d2e9b05baa1c4e6", rtl=True)
    rows = std_rows(when, "mail-qk1-f178.google.example.com", "209.85.222.178", "4DY4QW6fHbz3",
                    addr("Faisal Qasem", "faisal.qasem.law@gmail.example.com"),
                    hdr("طلب مداخلة في الجلسة العامة"), rfcdate(tz(sent, -5)),
                    "<CAMk9Rz5-tP2vQ6wX0yZ4aB8cD2eF6gH0iJ4kL8mN2oP6qR0s@mail.gmail.example.com>",
                    ret="faisal.qasem.law@gmail.example.com")
    m = top(body, rows)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فيصل عبده قاسم", "محامي ومستشار قانوني", "شبكة المحامين اليمنيين في المهجر", ["plenary"])],
        notes="late by about six minutes: received 00:06:20 Beirut on Sat 6 Feb; the Date header is 'Fri, 5 Feb 2021 "
              "17:06:02 -0500' (Michigan) and the body insists it was sent 'اليوم الجمعة ٥ فبراير قبل انتهاء المهلة'; "
              "Gulf/Yemeni colloquial ('ابغى', 'واللي', 'احنا'); 'المحامي' before the name in the signature is a "
              "profession honorific; plenary as 'الجلسة العامة ... مداخلة من القاعة'."))


M07_ACK = "<ack-20210203-0221@gcmrr.iom.int>"


def m17():
    when = at("2021-02-08 09:02:11")
    sent = when - dt.timedelta(seconds=5)
    text = """Well received, many thanks for confirming. We look forward to the connection details.

Regards,
Mohammed

> Dear Mohammed Bin Break,
>
> Thank you for your message to the GCM Regional Review (Arab States). We
> have received your request for a speaking role and will come back to you.
>
> GCM Regional Review Secretariat
"""
    body = leaf("text/plain", text, "UTF-8", "7bit", params=[("format", "flowed")])
    rows = std_rows(when, "webmail.ylmr-ye.example.org", "134.35.18.202", "4DZ2Ld7mSxz0",
                    "Mohammed Bin Break <m.binbreak@ylmr-ye.example.org>",
                    "Re: YLMR speakers - GCM regional review", rfcdate(tz(sent, 3)),
                    "<1612767726.5120.3@webmail.ylmr-ye.example.org>", ret="m.binbreak@ylmr-ye.example.org")
    rows += [("In-Reply-To", M07_ACK), ("References", M07_ID + " " + M07_ACK),
             ("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h75-07.eml",
        notes="thank-you reply to our acknowledgement of h75-07 that adds nothing new: do not acknowledge (loop "
              "risk); the quoted acknowledgement mentions 'request for a speaking role'."))


def m18():
    when = at("2021-02-11 14:40:26")
    sent = when - dt.timedelta(seconds=35)
    name = "Rapport_CJK_PMM_2021_v2 (corrigé).docx"
    text = flowed("""Bonjour,

Ma boîte professionnelle est saturée (votre accusé de réception m'est revenu d'après notre informaticien), donc je vous écris depuis mon adresse personnelle.

Vous trouverez ci-joint la version corrigée de notre rapport volontaire, qui remplace celle envoyée le 1er février : il y avait une erreur dans le tableau de la page 4 (nombre de dossiers de détention) et nous avons ajouté une section sur les suites de l'explosion du 4 août.

Merci de bien vouloir ne prendre en compte que cette version.

Rita Abi Khalil
Collectif juridique Kafala (CJK)

Le 01/02/2021 à 18:02, Rita Abi Khalil a écrit :
> Bonsoir,
>
> Suite à votre lettre d'invitation, le Collectif juridique Kafala (CJK) a le plaisir de vous transmettre ci-joint son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.
>
> [...]
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Collectif juridique Kafala (CJK)",
                      "Rapport volontaire - Examen regional du PMM, 2021 - version 2 (corrigee)",
                      "Tableau 2 corrige : 87 dossiers de detention",
                      "Section 5 : apres l'explosion du port de Beyrouth (4 aout 2020)"])
    att = Message(policy=POL)
    att["Content-Type"] = "%s;\r\n name*=%s" % (DOCX, rfc2231(name))
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name, 30))
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [t, att], "------------2E6B0A9C4F1D8E3B7A5C0D92")
    rows = std_rows(when, "smtp.ogero-mail.example.lb", "94.187.4.33", "4DcGkN2yXpz8",
                    "Rita A. Khalil <rita.akhalil@ogero-mail.example.lb>",
                    hdr("Re: Rapport volontaire – Collectif juridique Kafala (CJK) – version corrigée", "utf-8", "Q"),
                    rfcdate(sent), "<b81e3d72-0c4f-4a9b-93e6-5d2a7f1c8e40@ogero-mail.example.lb>",
                    ret="rita.akhalil@ogero-mail.example.lb")
    rows += [("In-Reply-To", M03_ID), ("References", M03_ID),
             ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h75-03.eml",
        notes="revised report replacing h75-03, sent from a different (personal) address and display name; "
              "explains the bounce h75-04; In-Reply-To points to h75-03; DOCX name with spaces, parentheses and "
              "'é' split over RFC 2231 continuations (filename*0*/filename*1*...)."))


def m19():
    when = at("2021-02-12 12:08:55")
    sent = when - dt.timedelta(seconds=40)
    name = "NOHR_GCM_Voluntary_Review_2021_AR.pdf"
    text = """بسم الله الرحمن الرحيم

السادة / الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – فريق المراجعة الإقليمية          المحترمين

الموضوع: التقرير الطوعي للديوان الوطني للمظالم وحقوق الإنسان، وطلب مداخلة

تحية طيبة وبعد،

استناداً إلى رسالة الدعوة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرّ الديوان الوطني للمظالم وحقوق الإنسان (NOHR) أن يرفق تقريره الطوعي الذي يرصد الشكاوى الواردة إليه من العمال المهاجرين خلال عامي 2019 و2020 وتوصياته بشأنها.

كما يرغب الديوان في ترشيح السيد ليث عبد الكريم المومني، مدير وحدة حقوق العمال المهاجرين، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر، علماً بأننا فهمنا من النص العربي لرسالة الدعوة أن آخر موعد لطلبات المداخلة هو يوم 23 شباط.

وتفضلوا بقبول فائق الاحترام والتقدير،

المفوض العام
د. عائشة سليمان الخوالدة
الديوان الوطني للمظالم وحقوق الإنسان
عمّان – المملكة الأردنية الهاشمية
"""
    alt = outlook_alt(text, "----=_NextPart_001_0113_01D70132.8F4A2C10", "windows-1256", rtl=True)
    pdf = make_pdf(["National Office for Ombudsman and Human Rights (NOHR) - Jordan",
                    "Voluntary GCM review report 2021 (Arabic)",
                    "Complaints from migrant workers 2019-2020 and recommendations"])
    att = attachment(pdf, "application/pdf", name, "plain")
    body = multi("mixed", [alt, att], "----=_NextPart_000_0112_01D70132.8F4A2C10")
    rows = std_rows(when, "mail.nohr-jo.example.gov.jo", "46.185.128.77", "4DcqV81bGtz5",
                    addr("الديوان الوطني للمظالم وحقوق الإنسان", "info@nohr-jo.example.gov.jo", "windows-1256"),
                    hdr("التقرير الطوعي وطلب مداخلة - الديوان الوطني للمظالم وحقوق الإنسان", "windows-1256"),
                    rfcdate(sent), "<011201d70132$8f4a2c10$add08430$@nohr-jo.example.gov.jo>",
                    ret="info@nohr-jo.example.gov.jo")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcBMo9KLBA1kq2VSk6L6Wm3fKJ3Zw=="),
             ("Content-Language", "ar-jo")]
    m = top(body, rows)
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name], speakers=[
            sp("ليث عبد الكريم المومني", "مدير وحدة حقوق العمال المهاجرين",
               "الديوان الوطني للمظالم وحقوق الإنسان (NOHR)", ["plenary"])],
        notes="ombudsperson institution: report (on time for 16 Feb) plus a plenary speaker request sent on 12 Feb, "
              "after the 5 Feb speaker deadline, so on_time false although the sender relies on the Arabic "
              "letter's misprint '23 شباط'; signed by the Commissioner-General (not the speaker); 'السيد' "
              "honorific; Latin acronym inside the Arabic name; institutional From display name."))


def m20():
    when = at("2021-02-15 17:22:40")
    sent = when - dt.timedelta(seconds=30)
    name = "Joint_Report_SNCHR-SBA-DLAN_GCM2021.pdf"
    text = """Dear Colleagues,

On behalf of the Sudan National Commission for Human Rights (SNCHR), please find attached a collective voluntary review report on the implementation of the Global Compact for Migration in Sudan, prepared jointly and signed by three institutions:

1. Sudan National Commission for Human Rights (SNCHR) - signed by Prof. Hassan Abdelrahim El-Tayeb, Chairperson
2. Sudanese Bar Association, Human Rights and Public Freedoms Committee - signed by Adv. Nafisa Omer Babiker, Rapporteur of the Committee
3. Darfur Legal Aid Network (DLAN) - signed by Mr. Ibrahim Adam Yahya, Coordinator

The report focuses on Objectives 10 (trafficking), 13 (detention) and 21 (return and reintegration), with particular attention to returnees from Libya and to the situation of refugees in East Sudan.

We would be grateful if you could confirm receipt.

Sincerely,

Amna Hashim
Senior Programme Officer, International Cooperation Unit
Sudan National Commission for Human Rights
Khartoum
"""
    alt = outlook_alt(text, "_000_AS8PR04MB7941B3D5F7A9C1E2AS8PR04MB7941eurp_", "utf-8")
    pdf = make_pdf(["Joint Voluntary GCM Review Report - Sudan - 2021",
                    "Sudan National Commission for Human Rights (SNCHR)",
                    "Sudanese Bar Association - Human Rights and Public Freedoms Committee",
                    "Darfur Legal Aid Network (DLAN)",
                    "Objectives 10, 13 and 21", "Signatures: H. A. El-Tayeb / N. O. Babiker / I. A. Yahya"])
    att = attachment(pdf, "application/pdf", name, "plain")
    body = multi("mixed", [alt, att], "_004_AS8PR04MB7941B3D5F7A9C1E2AS8PR04MB7941eurp_")
    rows = std_rows(when, "EUR01-HE1-obe.outbound.protection.outlook.example.com", "40.107.13.52", "4DfJ3s8RqNz2",
                    "Amna Hashim <amna.hashim@snchr-sd.example.org>",
                    "Collective voluntary GCM review report - SNCHR / Sudanese Bar Association / DLAN",
                    rfcdate(sent), "<AS8PR04MB7941B3D5F7A9C1E2@AS8PR04MB7941.eurprd04.prod.outlook.example.com>",
                    ret="amna.hashim@snchr-sd.example.org")
    rows.insert(5, ("Cc", "chair.office@snchr-sd.example.org, hrcommittee@sba-sd.example.org, coord@dlan-sd.example.org"))
    rows += [("Thread-Topic", "Collective voluntary GCM review report - SNCHR / Sudanese Bar Association / DLAN"),
             ("Thread-Index", "AdcDuF3k8sQ1H9t0R2u4g7pZ1n5xEw=="), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="national human-rights commission sending a collective report signed by three institutions; the "
              "numbered list gives each signatory's name and title (one of them 'Rapporteur of the Committee') "
              "but none is proposed as a speaker; Cc to the co-signers."))


def m21():
    when = at("2021-02-16 23:58:11")
    sent = when - dt.timedelta(seconds=21)
    name = "GLAC GCM voluntary report 2021.pdf"
    text = """Hi,

Attached is the voluntary GCM review report of the Gaza Legal Aid Collective (GLAC). Annexes (case summaries) are too big for email, you can find them here: https://drive.example.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8

Sorry it's so tight with the deadline - power cuts in Gaza all day, I'm sending it from Geneva on behalf of the team.

Best,
Yara

Yara Abu Shaaban
Advocacy Officer | GLAC
"""
    alt = gmail_alt(text, "0000000000003b7c9e05bb7a2f10")
    pdf = make_pdf(["Gaza Legal Aid Collective (GLAC)", "Voluntary GCM Review Report 2021",
                    "Freedom of movement, family reunification and legal identity of migrants and returnees"])
    att = attachment(pdf, "application/pdf", name, "plain", xid="f_kla2b9c40")
    body = multi("mixed", [alt, att], "0000000000003b7c9f05bb7a2f12")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DgBqL0xVnz3",
                    "Yara Abu Shaaban <yara.abushaaban@glac-ps.example.org>",
                    "GLAC report", rfcdate(tz(sent, 1)),
                    "<CAG7nY4t-wR3xS7zT1aU5bV9cW3dX7eY1fZ5gA9hB3iC7jD1k@mail.gmail.example.com>",
                    ret="yara.abushaaban@glac-ps.example.org")
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:11 Beirut on Tue 16 Feb, on time; Date header 22:57:50 +0100 "
              "(Geneva); annexes only as a Drive link (not attachments); terse subject; PDF name with spaces."))


def m22():
    when = at("2021-02-17 00:03:40")
    sent = when - dt.timedelta(seconds=18)
    name = "Réseau juristes libanais - rapport PMM.pdf"
    text = """Bonjour,

Ci-joint le rapport volontaire du Réseau des juristes libanais pour les droits des migrants (RJLDM), envoyé ce mardi 16 février avant minuit comme prévu dans la lettre (prolongation).

Nous y analysons l'application des objectifs 6 et 7 du Pacte aux travailleurs migrants restés bloqués au Liban après la crise financière, à partir des consultations juridiques gratuites données par nos membres.

Salutations cordiales,
Georges Haddad
pour le RJLDM
Montréal / Beyrouth
"""
    t = leaf("text/plain", text, "windows-1252", "quoted-printable")
    pdf = make_pdf(["Reseau des juristes libanais pour les droits des migrants (RJLDM)",
                    "Rapport volontaire - Examen regional du PMM - 2021",
                    "Objectifs 6 et 7 : travailleurs migrants bloques au Liban"])
    att = attachment(pdf, "application/pdf", name, "2231")
    body = multi("mixed", [t, att], "=_6f1a2b3c4d5e6f708192a3b4c5d6e7f8")
    rows = std_rows(when, "smtp.videotron.example.ca", "24.201.245.36", "4DgBwR5jKmz7",
                    "Georges Haddad <ghaddad.avocat@videotron.example.ca>",
                    hdr("Rapport volontaire RJLDM – Examen régional PMM", "windows-1252", "Q"),
                    rfcdate(tz(sent, -5)), "<20210216170322.Horde.aB3cD5eF7gH9iJ1k@webmail.videotron.example.ca>",
                    ret="ghaddad.avocat@videotron.example.ca")
    rows += [("User-Agent", "Horde Application Framework 5")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by under four minutes: received 00:03:40 Beirut on Wed 17 Feb; the Date header is "
              "'Tue, 16 Feb 2021 17:03:22 -0500' (Montréal) and the body claims 'envoyé ce mardi 16 février avant "
              "minuit'; windows-1252 QP text; PDF name with 'é' and spaces in RFC 2231/2047."))


def m23():
    when = at("2021-02-18 10:45:03")
    sent = when - dt.timedelta(seconds=11)
    text = """مرحبا

احنا من العيادة القانونية لحقوق المهاجرين في البصرة، سجلنا للحضور بس لحد الحين ما وصلنا رابط الزوم للاستشارة يوم ٢٣ شباط. شلون نحصل عليه؟ وهل راح تكون اكو ترجمة فورية عربي انكليزي لو لا؟

وشكراً
علي الساعدي
"""
    html = ('<div dir="rtl">' + text2html(text) + '</div><br><div id="AppleMailSignature" dir="rtl">'
            'مرسل من الآيفون</div>\n')
    body = multi("alternative", [leaf("text/plain", text + "\nمرسل من الآيفون\n", "utf-8", "base64"),
                                 leaf("text/html", html_wrap(html, None, "utf-8"), "utf-8", "base64")],
                 "Apple-Mail-9D2E4F6A-1B3C-4D5E-8F7A-0B1C2D3E4F5A")
    rows = std_rows(when, "mail.basra-legalclinic.example.iq", "185.118.42.9", "4DgwPs3nRkz1",
                    addr("Ali Alsaadi", "ali.alsaadi@basra-legalclinic.example.iq"),
                    hdr("رابط الاجتماع"), rfcdate(tz(sent, 3)),
                    "<6A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D@basra-legalclinic.example.iq>",
                    ret="ali.alsaadi@basra-legalclinic.example.iq")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Iraqi colloquial ('شلون', 'اكو', 'لحد الحين') logistics question about the Zoom link and "
              "interpretation; registered to attend, proposes nobody; iPhone multipart/alternative base64."))


def m24():
    when = at("2021-02-19 16:31:27")
    sent = when - dt.timedelta(seconds=9)
    text = """Salam alaykoum,

Svp je voulais savoir 2 choses:
- est ce que les rapports volontaires qui ont été envoyé seront publiés sur le site du Réseau ou pas? on a envoyé le notre par une collègue du Caire
- et est ce qu'il y aura une attestation de participation pour ceux qui assistent a la consultation du 23 (c pour notre barreau, ils demandent ça pour la formation continue)

Merci bcp et bonne continuation
Me Karima Benslimane
avocate, Clinique juridique des migrants - Le Caire / Oujda
"""
    html = html_wrap('<div style="font-family:Arial">' + text2html(text) + "</div>")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.menara.example.ma", "41.251.17.88", "4Dh6Yt2wFpz4",
                    "karima benslimane <karimabens@menara.example.ma>",
                    "question rapports + attestation", rfcdate(tz(sent, 1)),
                    "<1613745078.118233.1613745078391@webmail.menara.example.ma>",
                    ret="karimabens@menara.example.ma")
    rows += [("X-Mailer", "Open-Xchange Mailer v7.10.3")]
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Maghrebi French with SMS shortcuts ('Svp', 'c', 'bcp', 'Salam alaykoum'), missing accents and "
              "agreement; HTML-only QP; asks whether voluntary reports will be published and about an attendance "
              "certificate: mentions reports and the consultation but submits nothing and proposes nobody."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
