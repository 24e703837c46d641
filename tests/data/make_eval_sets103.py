#!/usr/bin/env python3
"""Write the blind evaluation set holdout103 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets103.py
Theme: individuals writing in a personal capacity (migrant workers, refugees, returnees, students abroad,
retired officials, independent researchers and doctors), many in a second language.
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout103")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h103-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
ACK_HOST = "gcmrr.iom.int"


def gmail_alt(text, bnd, html=None, cte="quoted-printable", dir_="ltr"):
    if html is None:
        html = '<div dir="%s">' % dir_ + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)], bnd)


def pdf_att(name, lines, quoted=True, extra=None):
    pdf = make_pdf(lines)
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", pdf, cte="base64", params=[("name", q)],
                disp='attachment; filename=%s' % q, extra=extra)


def docx_att_2231(name, paras):
    att = Message(policy=POL)
    att["Content-Type"] = DOCX + ";\r\n name=\"%s\"" % b_word(name)
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    att.set_payload(base64.encodebytes(make_docx(paras)).decode("ascii"))
    return att


# 01 -- en, speaker, nurse in Jeddah, employer named although 'not in any NGO'
def m01():
    when = at("2021-01-24 09:31:12")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear Sir/Madam,

Good day. My name is Amna Osman Elhassan, I am from Sudan and I am a nurse, working in Jeddah since 2012 at Al Salama Specialist Hospital. A friend from the Sudanese community shared the invitation letter in our whatsapp group.

I would like to request to speak in the thematic roundtable, I think the one on labour migration but I am not sure which number it is. I want to talk about migrant health workers during covid19, the contracts, the kafala and the problem of iqama renewal when the employer is late and we cannot travel or even go to the bank.

I dont belong to any association or NGO, I am writing for myself only. My english is not perfect so sorry for mistakes.

Thank you and waiting your kind reply
Amna
"""
    body = gmail_alt(text, "0000000000004c1e9a05b9a3f2d1")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DNh1b6Qv8z3",
                    "Amna Elhassan <amna.elhassan.rn@gmail.example.com>",
                    "request to speak - GCM review", rfcdate(tz(sent, 3)),
                    "<CAK2vN7hW0qE4rT8yU1iO3pA5sD7fG9hJ2kL4zX6cV8bN0mQ@mail.gmail.example.com>",
                    ret="amna.elhassan.rn@gmail.example.com")
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Amna Osman Elhassan", "nurse", "Al Salama Specialist Hospital", ["roundtable"])],
        notes="title is a profession in prose ('I am a nurse'); signature is the first name only, the full name is "
              "in the first sentence; says she belongs to no association or NGO and writes for herself, but names "
              "her employer, which is what a secretary records as affiliation; roundtable wanted but number "
              "explicitly unknown (roundtable null); Date header in UTC+3."))


# 02 -- ar Levantine, refugee, no organisation, no role named
M02_ID = "<5E2B7C91-3A4D-4F6E-8B1C-9D0A2E4F6B8C@hotmail.example.com>"
M02_FROM = "khaled.homsi1990@hotmail.example.com"


def m02():
    when = at("2021-01-26 21:40:05")
    sent = when - dt.timedelta(seconds=31)
    text = """مرحبا
انا اسمي خالد الحمصي، لاجئ سوري من حمص وعايش بعرسال من سنة 2013 مع عيلتي. شفت الدعوة عالواتساب من جماعة بالمخيم.
بدي اطلب يكون عندي دور كمتحدث بالمؤتمر. انا مش تابع لأي جمعية ولا منظمة، بس بحب احكي عن وضع اللاجئين بالمخيمات وعن الترحيل والاوراق والاقامات، لانو ما حدا بيسمعنا.
ما بعرف شو الادوار الموجودة بس اي شي بيناسبكم
اذا في شي لازم اعبيه خبروني
وشكرا كتير
خالد

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-oln040092067.outbound.protection.outlook.example.com", "40.92.67.40",
                    "4DQ7kX2mRbz6", addr("خالد", M02_FROM), hdr("طلب مشاركة بالمؤتمر"), rfcdate(sent), M02_ID,
                    ret=M02_FROM)
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("خالد الحمصي", None, None, [])],
        notes="Levantine colloquial, iPhone text/plain base64; asks for 'دور كمتحدث' without naming any role "
              "('ما بعرف شو الادوار الموجودة'); explicitly no organisation (affiliation null); 'لاجئ سوري' is a "
              "status, not a title; full name only in the body, display name and signature give 'خالد' only."))


# 03 -- bounce of our acknowledgement to 02 (mailbox full)
def m03():
    when = at("2021-01-26 21:42:51")
    arr = when - dt.timedelta(seconds=40)
    qid = "4DQ7nF0w3Kz9"
    text = POSTFIX_NOTICE + """
<%s>: host hotmail-com.olc.protection.outlook.example.com[104.47.55.33]
    said: 552 5.2.2 Requested mail action aborted: exceeded storage allocation
    (in reply to end of DATA command)
""" % M02_FROM
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.2.2
Remote-MTA: dns; hotmail-com.olc.protection.outlook.example.com
Diagnostic-Code: smtp; 552 5.2.2 Requested mail action aborted: exceeded
    storage allocation
""" % (qid, rfcdate(arr, "EET"), M02_FROM, M02_FROM)
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <%s>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: %s
Subject: =?UTF-8?B?2KrZhSDYp9mE2KfYs9iq2YTYp9mFIC0g2LfZhNioINmF2LTYp9ix2YPYqQ==?=
Date: %s
Message-ID: <ack-20210126-0041@gcmrr.iom.int>
In-Reply-To: %s
Auto-Submitted: auto-replied
""" % (qid, M02_FROM, rfcdate(arr, "EET"), M02_FROM, rfcdate(arr), M02_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1611690171/mx1.iom.int" % qid,
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
    m["Message-Id"] = "<20210126194251.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(3, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN: our acknowledgement of h103-02 bounced, the refugee's free webmail box is full (552 5.2.2); "
              "the returned headers carry an Arabic encoded subject and In-Reply-To h103-02; never acknowledge."))


# 04 -- fr, individual report PDF, Tunisian independent researcher (Thunderbird flowed)
M04_ID = "<a3c1f7e2-9b40-4d65-8e21-6f0c2b8d4e97@planet.example.tn>"
M04_SUBJ = "Contribution individuelle – examen régional du PMM"
M04_TEXT = """Madame, Monsieur,

Suite à l'invitation du Réseau régional des Nations Unies sur les migrations, je vous adresse à titre individuel ma contribution à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (document PDF en pièce jointe).

Je suis sociologue et chercheuse indépendante ; je travaille depuis 2015 sur les jeunes Tunisiens qui partent par la mer depuis Sfax et Zarzis, et sur ceux qui sont renvoyés d'Italie. Le texte est court (6 pages) et se concentre sur les objectifs 7, 21 et 23.

Je vous remercie de bien vouloir m'en accuser réception.

Cordialement,

-- 
Hela Ben Salem
Sociologue, chercheuse indépendante
Tunis
"""
M04_NAME = "Contribution_PMM_HBenSalem.pdf"


def m04():
    when = at("2021-01-28 14:05:33")
    sent = when - dt.timedelta(seconds=14)
    t = leaf("text/plain", flowed(M04_TEXT), "UTF-8", "8bit", params=[("format", "flowed")])
    att = pdf_att(M04_NAME, ["Hela Ben Salem - contribution individuelle", "Examen regional du PMM - Etats arabes 2021",
                             "Jeunes migrants de Sfax et Zarzis: departs, retours forces, reintegration",
                             "Objectifs 7, 21 et 23"])
    body = multi("mixed", [t, att], "------------0A9C3E5B7D1F2A4C6E8B0D13")
    rows = std_rows(when, "smtp.planet.example.tn", "193.95.66.12", "4DRs0c1Hp7z2",
                    addr("Hela Ben Salem", "hela.bensalem@planet.example.tn"), hdr(M04_SUBJ, "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), M04_ID, ret="hela.bensalem@planet.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add(4, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_NAME],
        notes="individual (not collective) report from an independent researcher, Thunderbird format=flowed 8bit; "
              "she gives her profession and situation but asks for no speaking role; replaced by a v2 in h103-21."))


# 05 -- en, only a question about how to attend (HTML-only Outlook)
def m05():
    when = at("2021-01-29 11:20:09")
    sent = when - dt.timedelta(seconds=11)
    html = html_wrap("""<div class="WordSection1">
<p class="MsoNormal">Hello,</p>
<p class="MsoNormal">I am moroccan master student in Germany and I received your invitation letter from a professor. I am very interested to follow the regional review of the GCM, but I don't understand how I can attend. Is it only online because of the corona ? Do I have to register somewhere before, or you will send a link (Zoom, Webex..) ? And it is open for students or only for organisations ?</p>
<p class="MsoNormal">Also what time it starts, Beirut time I suppose ?</p>
<p class="MsoNormal">Thanks in advance and best regards</p>
<p class="MsoNormal">Youssef Amrani<br>M.A. student, Universit&auml;t Bonn</p>
</div>""", charset="windows-1252")
    body = leaf("text/html", html, "windows-1252", "quoted-printable")
    rows = std_rows(when, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "40.107.22.71",
                    "4DSc4n9Gj1z5", "Youssef Amrani <y.amrani@uni-bonn.example.de>",
                    "Question about participation", rfcdate(tz(sent, 1)),
                    "<AM6PR04MB5142A1C3E9F7D2B4C6E8A0F2B1C3@AM6PR04MB5142.eurprd04.prod.outlook.example.com>",
                    ret="y.amrani@uni-bonn.example.de")
    rows += [("X-MS-Has-Attach", ""), ("Thread-Topic", "Question about participation"),
             ("Thread-Index", "AQHW9h3Kq0r2Zb6XbE2u1sE7m4YZwQ=="), ("Content-Language", "en-US")]
    add(5, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="HTML-only Outlook message (windows-1252 QP, no text/plain); only asks how to attend (online? "
              "registration? link? open to students? time zone); no speaking role asked although the sender "
              "introduces himself with title and university, so no speakers."))


# 06 -- ar MSA, retired labour inspector, only a former affiliation (Outlook windows-1256)
def m06():
    when = at("2021-01-30 17:48:40")
    sent = when - dt.timedelta(seconds=25)
    text = """حضرات القائمين على المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،
تحية طيبة وبعد،

اطّلعت على رسالة الدعوة الموجهة إلى أصحاب المصلحة، وأرغب بصفتي الشخصية في تقديم مداخلة من القاعة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط.

عملت سبعاً وعشرين سنة في مديرية التفتيش، وتابعت خلالها ملفات العمال المهاجرين في المناطق الصناعية المؤهلة وفي قطاع الزراعة في الأغوار، وأودّ أن أعرض ملاحظات عملية حول تطبيق الهدف السادس (التوظيف العادل) من واقع الميدان، لا من موقع رسمي، إذ إنني لم أعد أمثل أي جهة.

وتفضلوا بقبول فائق الاحترام،

عبد الله سليمان العمري
مفتش عمل سابق – وزارة العمل الأردنية (متقاعد منذ 2018)
عمّان
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\'">' + text2html(text) + "</div>",
                     "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0027_01D6F73B.8E1A2C60")
    rows = std_rows(when, "smtp.orange.example.jo", "212.118.0.44", "4DT3wR8pLcz4",
                    addr("عبدالله العمري", "a.omari1959@orange.example.jo", "windows-1256"),
                    hdr("طلب مداخلة في الجلسة العامة", "windows-1256"), rfcdate(sent),
                    "<002701d6f73b$8e1a2c60$aa4e8520$@orange.example.jo>", ret="a.omari1959@orange.example.jo")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbXO44aLGCqToUgQ7uVlIlAcmXZ3w=="),
             ("Content-Language", "ar-jo")]
    add(6, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبد الله سليمان العمري", "مفتش عمل سابق", "وزارة العمل الأردنية", ["plenary"])],
        notes="retired official whose only affiliation is a former one: signature 'مفتش عمل سابق – وزارة العمل "
              "الأردنية (متقاعد منذ 2018)' and body 'لم أعد أمثل أي جهة'; the secretary records the former title as "
              "written and the ministry (the retirement note belongs to the title, not a new body); display name "
              "spelled differently ('عبدالله العمري'); windows-1256 Outlook; plenary as 'مداخلة من القاعة في إحدى "
              "الجلسات العامة'."))


# 07 -- fr written by an anglophone (Jordanian student in Paris), list, open discussion
M07_ID = "<CAH9xPq3mT5vB7nK1cR4eW8yU2iO6aS0dF3gJ5lZ7xC9vM1b@mail.gmail.example.com>"
M07_SUBJ = "Demande de participation a la discussion ouverte (23 fevrier)"


def m07():
    when = at("2021-02-01 19:02:18")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour Madame, Monsieur,

Je m'appelle Rami Haddadin, je suis jordanien et j'étudie a Paris depuis 2019. Je m'excuse pour mon français, ce n'est pas ma première langue.

Je voudrais participer au discussion ouverte de la consultation multi-partite le 23 février, pour parler des étudiants arabes en Europe qui sont aussi des migrants mais on ne les considère pas comme ça (visa étudiant, travail à temps partiel, le retour...).

Voici mes informations :
- Nom : Rami Haddadin
- Titre : étudiant en Master 2 « Migrations internationales »
- Affiliation : Université Paris 1 Panthéon-Sorbonne

Je parle anglais, arabe et un peu français. Merci beaucoup pour votre considération.

Bien à vous,
Rami
"""
    body = gmail_alt(text, "000000000000e7a1c405ba4d9e21")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DV2pH5sXnz8",
                    "Rami Haddadin <rami.haddadin.fr@gmail.example.com>", M07_SUBJ, rfcdate(tz(sent, 1)), M07_ID,
                    ret="rami.haddadin.fr@gmail.example.com")
    add(7, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rami Haddadin", "étudiant en Master 2 « Migrations internationales »",
                     "Université Paris 1 Panthéon-Sorbonne", ["open_discussion"])],
        notes="French written by an anglophone/arabophone student ('au discussion ouverte', 'multi-partite'); details "
              "in a dash list with French labels; subject without accents; mentions English and Arabic, but the "
              "message is French so the acknowledgement is French."))


# 08 -- fr Maghrebi, teacher, 'je suis enseignant', table ronde n°2, Yahoo on iPhone
M08_ID = "<1612246497.88213.YahooMailIosMobile@web.yahoo.example.com>"
M08_SENT = at("2021-02-02 08:14:57")
M08_TEXT = """Bonjour

Je suis enseignant de philosophie a Oujda et ancien migrant en Espagne (2006-2014), rentré au Maroc apres la crise. J'ai lu la lettre d'invitation et je souhaite intervenir dans la table ronde n°2 pour parler du retour et de la réintégration des migrants qui rentrent sans rien, car personne ne parle de nous.

Merci de me dire si c possible.

Mustapha Bouazzaoui
Envoyé de Yahoo Mail pour iPhone"""


def m08():
    when = at("2021-02-02 08:15:00")
    body = leaf("text/plain", M08_TEXT + "\n", "utf-8", "quoted-printable")
    rows = std_rows(when, "sonic314-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DVRk0y6Cfz1",
                    "Mustapha Bouazzaoui <m.bouazzaoui@yahoo.example.fr>", "Demande d'intervention",
                    rfcdate(tz(M08_SENT, 1)), M08_ID, ret="m.bouazzaoui@yahoo.example.fr")
    rows += [("X-Mailer", "Yahoo Mail for iPhone")]
    add(8, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Mustapha Bouazzaoui", "enseignant de philosophie", None, ["roundtable"], 2)],
        notes="title is a profession ('Je suis enseignant de philosophie a Oujda'), no institution named (the city "
              "is not an affiliation); missing accents and SMS 'c possible'; 'table ronde n°2'; completed by "
              "the follow-up h103-11."))


# 09 -- ar Gulf, only a question about the misprinted Arabic deadline
def m09():
    when = at("2021-02-02 22:30:44")
    sent = when - dt.timedelta(seconds=19)
    text = """السلام عليكم ورحمة الله

شلونكم، عساكم بخير. قريت الرسالة العربية وفيها إن آخر موعد لطلب المداخلة "الجمعة 23 فبراير"، بس في النسخة الإنجليزي مكتوب Friday 5 February، فأي واحد الصح؟ لأني للحين ما قررت إذا بطلب كلمة أو لا، وما أبي يفوتني الموعد.

وبعد سؤال ثاني: لو طلبت، لازم أكون تابع لجهة؟ أنا باحث مستقل ومتقاعد، ما عندي مؤسسة.

مشكورين مقدماً
يوسف
"""
    body = gmail_alt(text, "00000000000051b2e805ba5f0c88", dir_="rtl")
    rows = std_rows(when, "mail-pj1-f53.google.example.com", "209.85.216.53", "4DVn7t3Qxkz2",
                    addr("Yousif Alansari", "y.alansari.bh@gmail.example.com"),
                    hdr("استفسار عن آخر موعد"), rfcdate(tz(sent, 3)),
                    "<CAB5yT2nQ8rV4xM6kP0cW3eZ7uI9oL1aS5dF8gH2jK4lN6mB@mail.gmail.example.com>",
                    ret="y.alansari.bh@gmail.example.com")
    add(9, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Gulf colloquial question about the Arabic misprint ('الجمعة 23 فبراير' vs 'Friday 5 February' quoted "
              "in English); says he has not yet decided whether to ask to speak, so this is no speaker request; "
              "describes himself ('باحث مستقل ومتقاعد') but proposes nobody; Latin display name, Arabic first name "
              "signature; Date in UTC+3."))


# 10 -- en, three speakers in an HTML table with columns in an unusual order
def m10():
    when = at("2021-02-03 10:11:27")
    sent = when - dt.timedelta(seconds=17)
    text = """Dear organisers,

We are a small group of Syrian students and young graduates living in Cyprus. We are not an NGO, just friends who have been meeting since 2019 to talk about what happens to young refugees after their studies. We would like to propose three speakers for the regional review:

Affiliation\t| Name\t| Position\t| Role wished
University of Nicosia, Department of Social Sciences\t| Hadi Al-Masri\t| PhD candidate\t| Rapporteur (key messages)
University of Cyprus\t| Lina Darwish\t| MSc student in Migration Studies\t| Roundtable 4
-\t| Nour Kassab\t| freelance interpreter (AR/EN/GR)\t| Roundtable 4 as well

If only one of us can speak we prefer Hadi as rapporteur. Nour has no university, she works freelance since she finished her BA.

Thank you very much,
Lina Darwish
(on behalf of the three of us)
"""
    rows_html = [
        ("University of Nicosia, Department of Social Sciences", "Hadi Al-Masri", "PhD candidate",
         "Rapporteur (key messages)"),
        ("University of Cyprus", "Lina Darwish", "MSc student in Migration Studies", "Roundtable 4"),
        ("-", "Nour Kassab", "freelance interpreter (AR/EN/GR)", "Roundtable 4 as well"),
    ]
    tbl = ('<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Affiliation</th><th>Name</th>'
           '<th>Position</th><th>Role wished</th></tr>'
           + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in rows_html) + "</table>")
    html = ('<div dir="ltr"><div>Dear organisers,</div><div><br></div><div>We are a small group of Syrian students and '
            'young graduates living in Cyprus. We are not an NGO, just friends who have been meeting since 2019 to talk '
            'about what happens to young refugees after their studies. We would like to propose three speakers for the '
            'regional review:</div><div><br></div>' + tbl + '<div><br></div><div>If only one of us can speak we prefer '
            'Hadi as rapporteur. Nour has no university, she works freelance since she finished her BA.</div><div><br>'
            '</div><div>Thank you very much,</div><div>Lina Darwish<br>(on behalf of the three of us)</div></div>\n')
    body = gmail_alt(text, "000000000000a91f3d05ba6b7e40", html=html)
    rows = std_rows(when, "mail-lf1-f45.google.example.com", "209.85.167.45", "4DW4sM1nT2z7",
                    "Lina Darwish <lina.darwish.cy@gmail.example.com>", "Speakers proposal - 3 Syrian students in Cyprus",
                    rfcdate(sent), "<CAM7pR4sV1wX5zB8dE2gH6jK0mN3qT7uY9aC1eF4iL8oP2rS@mail.gmail.example.com>",
                    ret="lina.darwish.cy@gmail.example.com")
    rows.insert(5, ("Cc", "Hadi Al-Masri <hadi.almasri@unic.example.ac.cy>, nour.kassab.translate@gmail.example.com"))
    add(10, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hadi Al-Masri", "PhD candidate", "University of Nicosia, Department of Social Sciences",
                     ["rapporteur"]),
                  sp("Lina Darwish", "MSc student in Migration Studies", "University of Cyprus", ["roundtable"], 4),
                  sp("Nour Kassab", "freelance interpreter (AR/EN/GR)", None, ["roundtable"], 4)],
        notes="three speakers in a table whose columns are Affiliation | Name | Position | Role (affiliation first); "
              "the sender is one of the speakers and is listed second; third speaker has '-' as affiliation "
              "(null); informal group explicitly 'not an NGO' is nobody's affiliation; plain part uses tabs and "
              "pipes; Date in UTC+2 (Cyprus)."))


# 11 -- fr follow-up to 08 (iPhone reply with quote), adds the school and a second role
def m11():
    when = at("2021-02-03 16:55:02")
    sent = when - dt.timedelta(seconds=21)
    quoted = "\n".join("> " + ln if ln else ">" for ln in M08_TEXT.split("\n"))
    text = """Rebonjour,
J'ai oublié de preciser : je travaille au Lycée Zerktouni d'Oujda (enseignement public). Et si la table ronde 2 est complète je peux aussi faire une intervention dans une séance plénière, pas de probleme.
Merci

Mustapha B.

Envoyé de Yahoo Mail pour iPhone

Le mardi, février 2, 2021, 7:14 AM, Mustapha Bouazzaoui <m.bouazzaoui@yahoo.example.fr> a écrit :

%s
""" % quoted
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "sonic309-14.consmr.mail.ir2.yahoo.example.com", "77.238.176.209", "4DWYd8v2Hqz0",
                    "Mustapha Bouazzaoui <m.bouazzaoui@yahoo.example.fr>", "Re: Demande d'intervention",
                    rfcdate(tz(sent, 1)), "<1612364081.402117.YahooMailIosMobile@web.yahoo.example.com>",
                    ret="m.bouazzaoui@yahoo.example.fr")
    rows += [("In-Reply-To", M08_ID), ("References", M08_ID), ("X-Mailer", "Yahoo Mail for iPhone")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Mustapha Bouazzaoui", "enseignant de philosophie", "Lycée Zerktouni d'Oujda",
                     ["roundtable", "plenary"], 2)],
        thread_of="h103-08.eml",
        notes="follow-up to h103-08 (In-Reply-To/References) that completes the same request: adds the school as "
              "affiliation and plenary as a fallback; name and title only in the quoted original (signature here is "
              "'Mustapha B.'); roundtable 2 stays the first choice."))


# 12 -- en by a francophone Lebanese doctor: report DOCX + two speakers (both)
def m12():
    when = at("2021-02-04 13:37:50")
    sent = when - dt.timedelta(seconds=33)
    name = "GCM review - testimony of a doctor in Akkar.docx"
    text = """Dear Madam, Dear Sir,

I permit myself to send you attached a small voluntary review report for the GCM, written in my personal name, about the access to health of Syrian refugees and of migrant domestic workers in Akkar (North Lebanon). It is based on my consultations since 2014.

I am medical doctor (general practitioner) and I consult benevolently two days per week at the dispensary of Association Santé Solidarité Akkar (ASSA) in Halba. If it is possible I would like to take the floor in the Roundtable III (the one on health and social protection I believe) on 24 or 25 February.

Also my colleague Rana Khalil, she is midwife and also volunteer with ASSA, would be very happy to participate in the open discussion of the consultation on 23 February. Her e-mail is in copy.

Thanking you in advance, please accept my best regards.

Dr Georges Abi Nader
Halba - Akkar
+961 3 000 000
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "Apple-Mail=_3C7E1A9B-2D4F-4B6A-8E0C-5F1D3B7A9C2E")
    att = leaf(DOCX, make_docx(["Voluntary GCM review - individual contribution",
                                "Georges Abi Nader, general practitioner, Akkar (Lebanon)",
                                "Access to health for Syrian refugees and migrant domestic workers, 2014-2020"]),
               cte="base64", params=[("name", '"%s"' % name)], disp='attachment;\r\n\tfilename="%s"' % name)
    body = multi("mixed", [alt, att], "Apple-Mail=_8B2E4D6F-1A3C-4E5B-9D7F-0C2A4E6B8D1F")
    rows = std_rows(when, "smtp.idm.example.net.lb", "194.126.10.5", "4DX2hN6bRwz3",
                    "Georges Abi Nader <g.abinader@idm.example.net.lb>",
                    "GCM review: report + request to speak (Dr Abi Nader)", rfcdate(sent),
                    "<4E1C9B2A-7D3F-4A8E-B5C6-1F0D2E3A4B5C@idm.example.net.lb>", ret="g.abinader@idm.example.net.lb")
    rows.insert(5, ("Cc", "Rana Khalil <rana.khalil.sf@idm.example.net.lb>"))
    rows += [("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")]
    add(12, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        speakers=[sp("Georges Abi Nader", "medical doctor (general practitioner)",
                     "Association Santé Solidarité Akkar (ASSA)", ["roundtable"], 3),
                  sp("Rana Khalil", "midwife", "Association Santé Solidarité Akkar (ASSA)", ["open_discussion"])],
        notes="English with French turns ('I permit myself', 'benevolently', 'she is midwife'); report written 'in my "
              "personal name' but speaker has a volunteer affiliation; roundtable as Roman 'Roundtable III' with a "
              "guessed theme; second speaker proposed for someone else, her affiliation only as 'also volunteer "
              "with ASSA' (fullest form from the first paragraph); 'Dr' honorific in signature."))


# 13 -- fr Maghrebi, Algerian GP in Marseille: report PDF + plenary and 4th roundtable (both)
def m13():
    when = at("2021-02-04 20:10:16")
    sent = when - dt.timedelta(seconds=12)
    name = "Rapport_PMM_Samia_Berrahal_fév2021.pdf"
    text = """Bonsoir,

Je me permets de vous transmettre, en mon nom propre, un rapport volontaire sur l'examen du Pacte mondial (ci-joint en PDF). Je suis médecin généraliste, installée en libéral à Marseille, algérienne d'origine, et depuis 2016 je reçois bénévolement des jeunes harraga arrivés d'Algérie et de Tunisie, souvent sans aucune couverture maladie. Le rapport parle de ça, et des décès en mer que les familles n'arrivent pas à faire reconnaître.

Par la même occasion, je souhaiterais prendre la parole : de préférence en séance plénière, sinon dans la quatrième table ronde.

Dr Samia Berrahal
Médecin généraliste
Marseille
"""
    html = html_wrap("<div>" + text2html(text) + "</div>", charset="iso-8859-1")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                "----=_Part_4471_1822093151.1612462204110")
    att = Message(policy=POL)
    att["Content-Type"] = 'application/pdf; name="%s"' % b_word(name)
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment; filename*=" + rfc2231(name)
    att.set_payload(base64.encodebytes(make_pdf(["Samia Berrahal - rapport volontaire (a titre personnel)",
                                                   "Harraga algeriens et tunisiens a Marseille: sante et deces en mer",
                                                   "Examen regional du PMM 2021"])).decode("ascii"))
    body = multi("mixed", [alt, att], "----=_Part_4470_702141362.1612462204110")
    rows = std_rows(when, "smtp-out.orange.example.fr", "80.12.242.130", "4DXDq1f9Lmz6",
                    addr("Samia Berrahal", "samia.berrahal@orange.example.fr"),
                    hdr("rapport volontaire + demande de prise de parole", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<1071458336.4472.1612462204110.JavaMail.open-xchange@opme11oxm02nd1>",
                    ret="samia.berrahal@orange.example.fr")
    rows += [("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev34")]
    add(13, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        speakers=[sp("Samia Berrahal", "Médecin généraliste", None, ["plenary", "roundtable"], 4)],
        notes="individual report + speaking request; 'installée en libéral' = private practice, no organisation "
              "(affiliation null); title as in the signature ('Médecin généraliste'); two roles in order of "
              "preference with the roundtable as the ordinal 'quatrième table ronde'; iso-8859-1 body; "
              "attachment name with 'é' as RFC 2231 and an RFC 2047 word."))


# 14 -- en deadline edge: domestic worker in Doha, 23:57 Beirut = 00:56 Doha on 6 Feb
def m14():
    when = at("2021-02-05 23:57:21")
    sent = when - dt.timedelta(seconds=23)
    text = """Good evening,

Sorry for writing very late, I just finish my work now. My name is Joy Akinyi Otieno from Kenya, I am a domestic worker in Doha since 2016 and I am a member of Kenyan Domestic Workers Welfare Group Qatar (KDWWG-Q).

I want to request to share my experience in the open discussion on 23rd, about recruitment fees, the passports kept by employers and how we help each other in the group. I hope it is not too late, today is the 5th here in the letter.

God bless,
Joy

Sent from my Samsung Galaxy smartphone.
"""
    body = gmail_alt(text, "000000000000f3c28b05ba9c1d57")
    rows = std_rows(when, "mail-qk1-f170.google.example.com", "209.85.222.170", "4DXtL0p3Vyz9",
                    "Joy Otieno <joyakinyi.otieno@gmail.example.com>", "Request to speak (open discussion)",
                    rfcdate(tz(sent, 3)), "<CAP1qS6uW9yA3cE7gI0kM4oQ8sU2wY6aC0eG4iK8mO2qS6uW@mail.gmail.example.com>",
                    ret="joyakinyi.otieno@gmail.example.com")
    add(14, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Joy Akinyi Otieno", "domestic worker", "Kenyan Domestic Workers Welfare Group Qatar (KDWWG-Q)",
                     ["open_discussion"])],
        notes="deadline edge: received 23:57:21 Beirut on Fri 5 Feb, on time, but the Date header reads 'Sat, 6 Feb "
              "2021 00:56:58 +0300' (Doha); she apologises for being late; profession as title ('I am a domestic "
              "worker'); display name drops the middle name."))


# 15 -- ar Maghrebi darija, deadline edge late: 00:04 Beirut on 6 Feb = 23:03 Morocco on 5 Feb
def m15():
    when = at("2021-02-06 00:04:10")
    sent = when - dt.timedelta(seconds=23)
    text = """السلام عليكم

أنا رشيد الوردي، مهاجر رجعت من إسبانيا من بعد ما خدمت 12 عام فالفلاحة فألميريا، ودابا كنخدم منسق متطوع فجمعية العودة والتنمية بالناظور.
بغيت ندير مداخلة فالمائدة المستديرة الأولى، ولا إيلا ممكن نكون المقرر اللي كيقدم الرسائل الرئيسية، حيت عندي بزاف ديال الشهادات ديال الناس اللي رجعو.
شفت فالرسالة بالعربية أن آخر أجل هو الجمعة 23 فبراير، إيلا كان شي مشكل فالوقت قوليو ليا.

الله يحفظكم
رشيد الوردي
الناظور - المغرب
"""
    body = gmail_alt(text, "000000000000b8e24f05ba9c4a11", cte="base64", dir_="rtl")
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DXtT5c8Nhz2",
                    addr("Rachid El Ouardi", "rachid.elouardi.nador@gmail.example.com"), hdr("طلب مداخلة"),
                    rfcdate(tz(sent, 1)), "<CAD4fH8jL2nP6rT0vX4zB8dF2hJ6lN0pR4tV8xZ2bD6fH0jL@mail.gmail.example.com>",
                    ret="rachid.elouardi.nador@gmail.example.com")
    add(15, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("رشيد الوردي", "منسق متطوع", "جمعية العودة والتنمية بالناظور", ["roundtable", "rapporteur"], 1)],
        notes="late by about four minutes: received 00:04:10 Beirut on Sat 6 Feb while the Date header reads 'Fri, 5 "
              "Feb 2021 23:03:47 +0100' (Morocco); the sender relies on the Arabic misprint ('الجمعة 23 فبراير'); "
              "Moroccan darija ('بغيت ندير', 'دابا كنخدم'); two roles with 'ولا' (or), roundtable as ordinal "
              "'الأولى'; Latin display name."))


# 16 -- fr thank-you to our acknowledgement of 07 (nothing new)
def m16():
    when = at("2021-02-07 12:20:03")
    sent = when - dt.timedelta(seconds=7)
    ack_id = "<ack-20210201-0192@gcmrr.iom.int>"
    text = """Merci beaucoup pour votre confirmation !! Je attends les informations pour le 23.

Bonne journée,
Rami

Le lun. 1 févr. 2021 à 18:31, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

> Bonjour,
>
> Nous accusons réception de votre demande de prise de parole. Elle sera
> examinée par le comité d'organisation.
>
> Cordialement,
> Secrétariat de l'Examen régional du PMM
"""
    body = gmail_alt(text, "0000000000003d7e6a05bac1f2b9")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DYkB2s7Gqz4",
                    "Rami Haddadin <rami.haddadin.fr@gmail.example.com>", "Re: " + M07_SUBJ, rfcdate(tz(sent, 1)),
                    "<CAH9xPq3nU6wC8oL2dS5fX9zV3jP7bT1eG4hK6mA8yD0wN2c@mail.gmail.example.com>",
                    ret="rami.haddadin.fr@gmail.example.com")
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M07_ID, ack_id))]
    add(16, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h103-07.eml",
        notes="thank-you reply to our acknowledgement of h103-07 that adds nothing new: do not acknowledge; "
              "References name h103-07; French of an anglophone ('Je attends'); quoted acknowledgement text "
              "mentions 'demande de prise de parole'."))


# 17 -- ar MSA with English terms, Iraqi returnee researcher, report PDF (Gmail base64)
def m17():
    when = at("2021-02-08 09:45:10")
    sent = when - dt.timedelta(seconds=15)
    name = "GCM_voluntary_report_Erbil_returnees.pdf"
    text = """السلام عليكم،

أرسل لكم مرفقاً الـ voluntary report الخاص بي ضمن المراجعة الإقليمية للـ GCM. أنا باحث مستقل، عدت إلى العراق من ألمانيا سنة 2019 بعد ست سنوات من اللجوء، والتقرير مبني على مقابلات مع 40 عائداً من ألمانيا والسويد يعيشون الآن في أربيل ودهوك، ويركز على الـ reintegration والـ psychosocial support.

التقرير فردي وليس باسم أي منظمة. أرجو تأكيد الاستلام.

مع التقدير،
سيف الدين الجبوري
باحث مستقل – أربيل
"""
    alt = gmail_alt(text, "0000000000007c4b1e05bad2a6f0", cte="base64", dir_="rtl")
    att = pdf_att(name, ["Saif Al-Din Al-Jubouri - independent researcher", "Voluntary GCM review report (individual)",
                         "Returnees from Germany and Sweden in Erbil and Duhok: reintegration and psychosocial support"],
                  extra=[("X-Attachment-Id", "f_kkw3n9a20")])
    body = multi("mixed", [alt, att], "0000000000007c4b2005bad2a6f2")
    rows = std_rows(when, "mail-ed1-f48.google.example.com", "209.85.208.48", "4DZ5m1c6Xvz8",
                    addr("Saif Aljubouri", "saif.aljubouri.erbil@gmail.example.com"),
                    hdr("التقرير الطوعي - GCM"), rfcdate(tz(sent, 3)),
                    "<CAE6gJ0lN4pR8tV2xZ6bD0fH4jL8nP2rT6vX0zB4dF8hJ2lN@mail.gmail.example.com>",
                    ret="saif.aljubouri.erbil@gmail.example.com")
    add(17, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Arabic body full of English terms ('الـ voluntary report', 'الـ reintegration'); individual report "
              "('ليس باسم أي منظمة'); English file name; base64 UTF-8 body; Date in UTC+3."))


# 18 -- ar Egyptian colloquial, report DOCX + plenary (both) after the speaker deadline; name only in Latin
def m18():
    when = at("2021-02-09 15:12:40")
    sent = when - dt.timedelta(seconds=29)
    name = "تقرير رابطة العائدين من ليبيا - أسيوط.docx"
    text = """السلام عليكم ورحمة الله وبركاته

انا عامل رجعت من ليبيا سنة 2019 بعد 9 سنين شغل هناك في المعمار، ودلوقتي عضو في رابطة العائدين من ليبيا بأسيوط. بعتلكم في المرفقات تقرير صغير (voluntary report) كتبناه انا وزمايلي في الرابطة عن اللي حصل معانا: الفلوس اللي ضاعت، الناس اللي اتحبست، واللي رجع ومش لاقي شغل.

وكمان لو ينفع اتكلم في الـ plenary session يوم 24 او 25 عشان احكي التجربة بنفسي، حتى لو خمس دقايق.

متشكرين جدا

Mahmoud Abdelaziz
Assiut - Egypt
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    att = docx_att_2231(name, ["رابطة العائدين من ليبيا - أسيوط", "تقرير طوعي - المراجعة الإقليمية للاتفاق العالمي للهجرة",
                               "شهادات العمال العائدين 2011-2020"])
    body = multi("mixed", [t, att], "--_com.samsung.android.email_1612876331402871")
    rows = std_rows(when, "smtp.tedata.example.net.eg", "41.33.92.17", "4DZsR4k0Wfz1",
                    "m.abdelaziz88@tedata.example.net.eg", hdr("تقرير + طلب كلمة"), rfcdate(sent),
                    "<7q8w9e0r1t2y3u4i5o6p.1612876331402@email.android.com>",
                    ret="m.abdelaziz88@tedata.example.net.eg")
    rows += [("X-Mailer", "Samsung Email for Android")]
    add(18, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        speakers=[sp("Mahmoud Abdelaziz", None, "رابطة العائدين من ليبيا بأسيوط", ["plenary"])],
        notes="Egyptian colloquial with English terms ('voluntary report', 'plenary session'); the name appears only "
              "in the Latin-letter signature (From has no display name); 'عامل' is no title; collective report; "
              "speaker part is late (9 Feb > 5 Feb) while the report is on time, so on_time false; Arabic DOCX "
              "name in RFC 2231 continuations."))


# 19 -- ar Yemeni/Gulf colloquial logistics question about the report
def m19():
    when = at("2021-02-10 20:26:55")
    sent = when - dt.timedelta(seconds=10)
    text = """السلام عليكم

معكم عبدالرحمن من اليمن، أشتغل محاسب في الرياض من عشر سنين. ودي أكتب تقرير طوعي عن وضع العمالة اليمنية بعد قرارات السعودة الأخيرة، بس عندي كم سؤال قبل:
1- يصلح أرسل التقرير باللغة العربية ولا لازم إنجليزي؟
2- كم عدد الصفحات المسموح؟ وهل في template معين لازم أمشي عليه؟
3- لو ما خلص قبل 16 فبراير، تقبلونه بعدها بيوم أو يومين؟

وجزاكم الله خير
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_NextPart_001_0F3A_7C21D9E4.5B8A6F30")
    rows = std_rows(when, "mx-out.yahoo.example.com", "98.137.64.147", "4DbF9w2Jtpz5",
                    addr("عبدالرحمن", "abdo.accountant77@yahoo.example.com"), hdr("استفسار بخصوص التقرير الطوعي"),
                    rfcdate(tz(sent, 3)), "<1961547203.2210934.1612981605812@mail.yahoo.example.com>",
                    ret="abdo.accountant77@yahoo.example.com")
    add(19, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions only (language, page limit, template, late submission) announcing a future report: "
              "not a report; profession given ('أشتغل محاسب') but no speaker request; Gulf/Yemeni colloquial "
              "with 'template'; numbered list; mentions the 16 Feb deadline."))


# 20 -- fr Levantine French, report written in the body (no attachment), Outlook iso-8859-1
def m20():
    when = at("2021-02-12 11:03:27")
    sent = when - dt.timedelta(seconds=18)
    text = """Bonjour,

Je vous envoie ma contribution (rapport volontaire individuel) directement dans le corps du mail car je n'arrive pas à joindre le fichier depuis mon ordinateur, il est trop vieux le pauvre.

RAPPORT VOLONTAIRE - EXAMEN RÉGIONAL DU PACTE MONDIAL
Par : Nadia Sfeir, enseignante de français à la retraite, Zahlé (Liban)

1. Contexte
Depuis 2012 j'enseigne bénévolement le français et l'arabe aux enfants syriens de trois campements informels de la Békaa. Ces enfants sont nés ici ou sont arrivés tout petits ; beaucoup n'ont pas d'acte de naissance enregistré.

2. Constats (objectifs 4 et 15 du Pacte)
- L'absence d'enregistrement des naissances empêche l'inscription à l'école officielle après 10 ans.
- Les familles ont peur de se déplacer aux postes de contrôle pour les démarches.
- Les écoles du second shift ferment dès qu'il y a une crise (COVID, carburant, explosion du port).

3. Recommandations
- Simplifier et rendre gratuit l'enregistrement tardif des naissances.
- Reconnaître les certificats de l'éducation non formelle.
- Associer les enseignants bénévoles aux consultations.

Je vous remercie de l'attention que vous porterez à ces quelques lignes, écrites avec le cœur.

Nadia Sfeir
Zahlé
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", charset="iso-8859-1")
    text_l1 = text.replace("œ", "oe")
    html_l1 = html.replace("œ", "&oelig;")
    body = multi("alternative", [leaf("text/plain", text_l1, "iso-8859-1"), leaf("text/html", html_l1, "iso-8859-1")],
                 "_000_VI1PR0802MB2317B4E6A9C1D3F5E7A9B1C3D5E7VI1PR0802MB2317_")
    rows = std_rows(when, "mail-db8eur05on2102.outbound.protection.outlook.example.com", "40.107.20.102",
                    "4DcQ3g7Rsnz0", addr("Nadia Sfeir", "nadia.sfeir@hotmail.example.fr"),
                    hdr("Contribution - rapport volontaire (dans le mail)", "iso-8859-1", "Q"), rfcdate(sent),
                    "<VI1PR0802MB2317B4E6A9C1D3F5E7A9B1C3D5E7@VI1PR0802MB2317.eurprd08.prod.outlook.example.com>",
                    ret="nadia.sfeir@hotmail.example.fr")
    rows += [("Content-Language", "fr-FR")]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="voluntary report written in the body (no attachment, report_attachments empty): explicit "
              "'rapport volontaire individuel' with numbered sections; the writer is a retired teacher but asks for "
              "no speaking role; Levantine French ('il est trop vieux le pauvre', 'second shift'); iso-8859-1 QP, "
              "'œ' degraded to 'oe' in the plain part."))


# 21 -- fr follow-up replacing the report of 04 (v2)
def m21():
    when = at("2021-02-15 18:40:59")
    sent = when - dt.timedelta(seconds=16)
    name = "Contribution_PMM_HBenSalem_v2.pdf"
    quoted = "\n".join(">" + (" " + ln if ln else "") for ln in M04_TEXT.split("\n"))
    text = flowed("""Bonsoir,

Je vous prie de bien vouloir remplacer ma contribution envoyée le 28 janvier par la version ci-jointe (v2) : j'ai corrigé deux chiffres du tableau sur les retours forcés et ajouté une courte section sur les femmes.

Avec mes excuses pour le dérangement,
Hela Ben Salem

Le 28/01/2021 à 13:05, Hela Ben Salem a écrit :
""" + quoted)
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    att = pdf_att(name, ["Hela Ben Salem - contribution individuelle (v2)", "Examen regional du PMM - Etats arabes 2021",
                         "Jeunes migrants de Sfax et Zarzis: departs, retours forces, reintegration",
                         "Objectifs 7, 21 et 23 - section ajoutee: les femmes"])
    body = multi("mixed", [t, att], "------------7E1B3D5F9A2C4E6B8D0F1A35")
    rows = std_rows(when, "smtp.planet.example.tn", "193.95.66.12", "4DdV8k2Phtz6",
                    addr("Hela Ben Salem", "hela.bensalem@planet.example.tn"), hdr("Re: " + M04_SUBJ, "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<e81b4c2d-5f7a-4093-b6e1-2c8d9a0f3b54@planet.example.tn>",
                    ret="hela.bensalem@planet.example.tn")
    rows += [("In-Reply-To", M04_ID), ("References", M04_ID),
             ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h103-04.eml",
        notes="replacement version (v2) of the report of h103-04, In-Reply-To/References; quoted original mentions the "
              "v1 PDF that is not attached here; only the v2 file counts."))


# 22 -- en deadline edge on time: Sudanese researcher in Montreal, 23:58 Beirut = 16:57 EST
M22_ID = "<9D3F1B7A-6C2E-4E8A-A1B3-5C7D9E0F2A4B@videotron.example.ca>"


def m22():
    when = at("2021-02-16 23:58:02")
    sent = when - dt.timedelta(seconds=22)
    name = "Yousif_GCM_VoluntaryReview_Sudan_2021.pdf"
    text = """Hello,

Please find attached my voluntary review report on GCM implementation as it concerns Sudanese migrants and returnees (Gulf, Libya, Egypt). I write in a personal capacity, as an independent researcher; I was until 2017 a consultant with the Ministry of Labour and Administrative Reform in Khartoum, but the report does not represent any institution.

Apologies for sending on the last day.

Regards,
Abdelrahim Yousif, PhD
Independent researcher
Montréal, QC
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    att = leaf("application/pdf", make_pdf(["Abdelrahim Yousif - voluntary GCM review report", "Sudanese migrants and returnees: Gulf, Libya, Egypt",
                                            "Independent contribution, February 2021"]),
               cte="base64", params=[("name", name), ("x-unix-mode", "0644")], disp="attachment;\r\n\tfilename=%s" % name)
    body = multi("mixed", [t, att], "Apple-Mail=_6A4C2E8B-0D1F-4A3B-9C5E-7F1A3B5D7E9C")
    rows = std_rows(when, "fmta2-07.videotron.example.ca", "24.53.0.77", "4DfQ1v9Hxcz3",
                    "Abdelrahim Yousif <a.yousif@videotron.example.ca>", "Voluntary report - GCM regional review",
                    rfcdate(tz(sent, -5)), M22_ID, ret="a.yousif@videotron.example.ca")
    rows += [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:02 Beirut on Tue 16 Feb, on time; Date header 'Tue, 16 Feb 2021 "
              "16:57:40 -0500' (Montreal); former affiliation mentioned but no speaker request; apologises for "
              "'the last day'."))


# 23 -- ar deadline edge late: Yemeni engineer in Riyadh, 00:03 Beirut = 01:03 Riyadh on 17 Feb
def m23():
    when = at("2021-02-17 00:03:30")
    sent = when - dt.timedelta(seconds=25)
    name = "تقرير المراجعة الطوعية - العمالة اليمنية في السعودية.docx"
    text = """السادة الكرام في أمانة المراجعة الإقليمية،

تحية طيبة، مرفق التقرير الطوعي الذي أعددته بصفة شخصية عن أوضاع العمالة اليمنية في المملكة العربية السعودية بعد قرارات توطين المهن وتعديل نظام الكفالة، وقد أرسلته اليوم الثلاثاء قبل انتهاء المهلة الممددة.

أعتذر عن الإرسال في اللحظة الأخيرة بسبب انقطاع الإنترنت.

م. فهد ناجي الصبري
مهندس مدني – الرياض
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    h = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [t, leaf("text/html", h, "utf-8", "base64")], "----=_NextPart_001_00A1_01D704C8.1E2F3A40")
    att = docx_att_2231(name, ["Voluntary GCM review report - Yemeni workers in Saudi Arabia",
                               "Fahd Naji Al-Sabri, civil engineer, Riyadh (personal capacity)"])
    body = multi("mixed", [alt, att], "----=_NextPart_000_00A0_01D704C8.1E2F3A40")
    rows = std_rows(when, "smtp.stc.example.com.sa", "84.235.6.55", "4DfQ5x0Mbrz7",
                    addr("Fahd Al-Sabri", "fahd.alsabri@stc.example.com.sa"), hdr("التقرير الطوعي"),
                    rfcdate(tz(sent, 3)), "<00a001d704c8$1e2f3a40$5a8daec0$@stc.example.com.sa>",
                    ret="fahd.alsabri@stc.example.com.sa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcEyB4vOkBajq7AQ2fQ1tYxn0ZmAg=="),
             ("Content-Language", "ar-sa")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by three and a half minutes: received 00:03:30 Beirut on Wed 17 Feb; Date header 'Wed, 17 Feb "
              "2021 01:03:05 +0300' (Riyadh) while the body claims it was sent 'اليوم الثلاثاء قبل انتهاء "
              "المهلة'; Arabic DOCX name in RFC 2231 continuations."))


# 24 -- en auto-reply to our acknowledgement of 22
def m24():
    when = at("2021-02-17 08:31:14")
    sent = when - dt.timedelta(seconds=2)
    ack_id = "<ack-20210217-0877@gcmrr.iom.int>"
    text = """Thank you for your message. I am travelling until 1 March 2021 with limited access to e-mail. I will reply when I am back.

For urgent matters please call +1 514 000 0000.

Abdelrahim Yousif
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    rows = std_rows(when, "fmta2-03.videotron.example.ca", "24.53.0.73", "4DfjH6q2Wnz1",
                    "Abdelrahim Yousif <a.yousif@videotron.example.ca>",
                    "Auto: Re: Voluntary report - GCM regional review", rfcdate(tz(sent, -5)),
                    "<autoreply.1613543472.77021@videotron.example.ca>", ret="a.yousif@videotron.example.ca")
    rows += [("In-Reply-To", ack_id), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "bulk")]
    add(24, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="vacation auto-reply to our acknowledgement of h103-22, same sender and subject as that report "
              "('Auto: Re: ...'); Auto-Submitted and X-Autoreply headers; never acknowledge, not a follow-up."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
