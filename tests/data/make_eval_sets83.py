#!/usr/bin/env python3
"""Write the blind evaluation set holdout83 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets83.py
Theme: disability-rights organisations, older persons' associations, children's rights and
child-protection networks, deaf associations with sign-language interpreters
(Palestine, Lebanon, Jordan, Iraq, Kuwait, Algeria).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout83")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h83-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ---------------------------------------------------------------- helpers for this set
def alt_of(text, boundary, charset="UTF-8", cte="quoted-printable", dir_=None, html=None):
    if html is None:
        inner = text2html(text)
        html = ('<div dir="%s">' % (dir_ or "ltr")) + inner + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def attach(ctype, data, name, disp="attachment", quoted=True, extra=None):
    q = '"%s"' % name if quoted else name
    return leaf(ctype, data, cte="base64", params=[("name", q)], disp='%s; filename=%s' % (disp, q), extra=extra)


def attach_2231(ctype, data, name):
    att = Message(policy=POL)
    att["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    att.set_payload(base64.encodebytes(data).decode("ascii"))
    return att


OUR_INVITE = "<AM0PR09MB4211A7C2E5D04F1B9E3C6D21B8C30@AM0PR09MB4211.eurprd09.prod.outlook.example.com>"
M01_ID = "<CAJx7Lw2b9QfR4tYk1mN8pZ3sV6cX0aD5eG7hU2iK9oL4jW1@mail.gmail.example.com>"
M04_ID = "<CAN3hT8vR2kW6pY0cQ4sE7uI1oA5dF9gJ2lZ8xB3nM6bV0tK@mail.gmail.example.com>"
ACK01_ID = "<gcmrr-ack-20210126-0417@iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-26 14:22:51")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear GCM Regional Review team,

I hope this email finds you well.

On behalf of the Jordan Association of the Deaf (JAD), I would like to propose Mr. Yazan Obeidat, our Board Member and Advocacy Lead, to deliver a floor intervention in one of the plenary sessions on 24-25 February. Yazan has worked for ten years with deaf migrant workers and deaf refugees in Amman and Zarqa, and he would speak about access to information and services for migrants with hearing disabilities.

Please note that Yazan is Deaf and communicates in Jordanian Sign Language. He will be accompanied by his interpreter, Ms. Reem Saadeh (certified JSL-Arabic-English interpreter), who will voice his intervention. Reem is not a speaker herself, but she will need to be admitted to the session with him and, if the event is online, to have her video pinned/spotlighted next to his.

Could you kindly confirm whether this is possible?

With many thanks and best regards,

Lina Khatib
Programme Coordinator
Jordan Association of the Deaf (JAD)
Jabal Al-Hussein, Amman - Jordan
Tel: +962 6 000 0000
"""
    body = alt_of(text, "000000000000b3e7a105b9c4d2f1")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DQ1rW5nHbz3",
                    "Lina Khatib <lina.khatib@jad-jo.example.org>",
                    "Speaker proposal - JAD - GCM Regional Review (sign language interpretation needed)",
                    rfcdate(sent), M01_ID, ret="lina.khatib@jad-jo.example.org")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yazan Obeidat", "Board Member and Advocacy Lead", "Jordan Association of the Deaf (JAD)", ["plenary"])],
        notes="one speaker in prose; the sign-language interpreter Reem Saadeh is named with her own title "
              "('certified JSL-Arabic-English interpreter') and will 'voice his intervention' but is explicitly "
              "not a speaker; sender (Programme Coordinator) is not a speaker either; 'Mr.' dropped; plenary "
              "written as 'floor intervention in one of the plenary sessions'."))


def m02():
    when = at("2021-01-28 10:41:09")
    sent = when - dt.timedelta(seconds=14)
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون
م/ طلب مشاركة بصفة متحدث

تحية طيبة..
استناداً الى كتاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسر جمعية الأمل العراقية لذوي الإعاقة الحركية أن ترشح ممثلها للمشاركة وحسب البيانات أدناه:

الاسم الثلاثي واللقب: مصطفى كاظم جبار الربيعي
العنوان الوظيفي: مسؤول ملف الهجرة والإعاقة
الجهة: جمعية الأمل العراقية لذوي الإعاقة الحركية / بغداد
نوع المشاركة المطلوبة: مداخلة من القاعة في الجلسة العامة

علماً ان المرشح من مستخدمي الكرسي المتحرك، يرجى مراعاة ذلك في حال انعقاد أي جزء من المؤتمر حضورياً.

مع التقدير..

نجلاء عبد الرزاق حمودي
سكرتيرة الجمعية
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">' + text2html(text) + "</div>",
                     "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0027_01D6F55B.8E4A2C10")
    rows = std_rows(when, "mail.alamal-iq.example.org", "37.236.14.90", "4DRc8y1TqGz2",
                    addr("نجلاء عبد الرزاق", "najlaa@alamal-iq.example.org", "windows-1256"),
                    hdr("طلب مشاركة بصفة متحدث - جمعية الأمل", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<002701d6f55b$8e4a2c10$aade8430$@alamal-iq.example.org>",
                    ret="najlaa@alamal-iq.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbVW45KLBCqf0xJTUu3m2x9Rk8aZw=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مصطفى كاظم جبار الربيعي", "مسؤول ملف الهجرة والإعاقة",
           "جمعية الأمل العراقية لذوي الإعاقة الحركية / بغداد", ["plenary"])],
        notes="Iraqi official-letter style (م/ subject line), Outlook windows-1256 text+HTML; speaker name given as "
              "'الاسم الثلاثي واللقب' (own, father's and grandfather's names + family name) - record all four parts; "
              "labelled list 'العنوان الوظيفي/الجهة/نوع المشاركة'; 'مداخلة من القاعة في الجلسة العامة' = plenary; "
              "the secretary who signs is not a speaker; wheelchair access note is not a role."))


def m03():
    when = at("2021-01-30 17:05:33")
    sent = when - dt.timedelta(seconds=9)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Salam alaykoum, Bonjour,<br><br>
Suite &agrave; votre lettre d'invitation pour l'examen r&eacute;gional du Pacte mondial sur les migrations, la F&eacute;d&eacute;ration alg&eacute;rienne des associations de personnes handicap&eacute;es (FAAPH) souhaite proposer deux intervenants&nbsp;:<br><br>
- M. Karim Benali (Pr&eacute;sident de la FAAPH), pour une intervention dans la table ronde th&eacute;matique n&deg;4 ;<br>
- Mme Nadia Ouali (Charg&eacute;e de plaidoyer), pour la discussion ouverte de la consultation multipartite du 23 f&eacute;vrier.<br><br>
Les deux intervenants s'exprimeront en fran&ccedil;ais. Merci de nous confirmer la r&eacute;ception svp.<br><br>
Cordialement<br>
Sofiane Meziane<br>
Secr&eacute;taire g&eacute;n&eacute;ral adjoint - FAAPH<br>
Alger<br>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.91", "4DSK3m6VvRz8",
                    "Sofiane Meziane <sofiane.meziane@outlook.example.com>",
                    "Proposition d'intervenants - FAAPH", rfcdate(tz(sent, 1)),
                    "<AM6P194MB0389D1E7C5A2B4F8E6C0A9D3C9F40@AM6P194MB0389.EURP194.PROD.OUTLOOK.example.com>",
                    ret="sofiane.meziane@outlook.example.com")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    m = top(body, rows)
    aff = "Fédération algérienne des associations de personnes handicapées (FAAPH)"
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Benali", "Président de la FAAPH", aff, ["roundtable"], 4),
        sp("Nadia Ouali", "Chargée de plaidoyer", aff, ["open_discussion"])],
        notes="Algeria, Outlook.com HTML-only body with HTML entities (&eacute; etc.), no text/plain part; two "
              "speakers, title after the name in parentheses; 'table ronde thématique n°4' (written n&deg;4); "
              "'Salam alaykoum' opener; sender (Secrétaire général adjoint) is not a speaker; Date in UTC+1."))


def m04():
    when = at("2021-02-01 12:18:40")
    sent = when - dt.timedelta(seconds=4)
    text = """مرحبا،
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة للمراجعة الإقليمية للاتفاق العالمي للهجرة، بتحب شبكة حماية الطفل في لبنان ترشّح الزميلة ريم حداد، منسّقة برامج الحماية المجتمعية، لمداخلة ضمن الطاولة المستديرة الموضوعية الثانية.

ريم بتشتغل من أكتر من ٨ سنين مع الأطفال غير المصحوبين والأطفال العاملين من الجنسيات السورية والإثيوبية والبنغلادشية، وعندها معطيات ميدانية من الشمال والبقاع.

منتشكر تعاونكم، ومنكون ممنونين إذا بتأكدولنا الاستلام.

جنى الخوري
مسؤولة التواصل
شبكة حماية الطفل في لبنان
بيروت
"""
    body = alt_of(text, "0000000000007f2c1a05ba4e3b90", cte="base64", dir_="rtl")
    rows = std_rows(when, "mail-wm1-f67.google.example.com", "209.85.128.67", "4DTfQ2k9RYz6",
                    addr("Jana Khoury", "jana.khoury.cpnl@gmail.example.com"),
                    hdr("ترشيح متحدثة - شبكة حماية الطفل في لبنان"), rfcdate(sent), M04_ID,
                    ret="jana.khoury.cpnl@gmail.example.com")
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم حداد", "منسّقة برامج الحماية المجتمعية", "شبكة حماية الطفل في لبنان", ["roundtable"], 2)],
        notes="Gmail, Arabic body base64 in both parts; MSA opening mixed with Lebanese colloquial ('بتحب', "
              "'بتشتغل', 'منتشكر'); sender nominates a colleague ('الزميلة'); roundtable as the ordinal 'الثانية'; "
              "Latin-script display name; Eastern Arabic digit '٨'. Revised by h83-06 (moved to roundtable 4)."))


def m05():
    when = at("2021-02-02 09:47:12")
    sent = when - dt.timedelta(seconds=11)
    text = """Good morning,

We received your invitation for the GCM Regional Review, thank you. Before we decide how to participate we have some practical questions, because most of our members are aged 70+ and several have hearing or sight loss:

1) Will there be live captioning (Arabic and/or English) in the sessions on 23-25 Feb?
2) Is Arabic interpretation available in all roundtables or only in plenary?
3) Can older persons follow online without a registration, for example through a livestream? Some of them are not comfortable with Zoom.
4) Is there a dial-in by phone?

Many thanks in advance for your help.

Kind regards,

Mireille Saade
Coordinator, Older Persons' Rights Programme
Lebanese Association for the Welfare of Older Persons (LAWOP)
Achrafieh, Beirut
"""
    body = alt_of(text, "_000_DB7PR02MB4730E4C9A1F2B35D8C6E0B9CC4A20DB7PR02MB4730eurp_")
    rows = std_rows(when, "EUR03-DB5-obe.outbound.protection.outlook.example.com", "40.107.4.119", "4DTwH1b7Nsz4",
                    "Mireille Saade <m.saade@lawop-lb.example.org>",
                    "Questions on accessibility - GCM Regional Review 23-25 Feb", rfcdate(tz(sent, 0)),
                    "<DB7PR02MB4730E4C9A1F2B35D8C6E0B9CC4A20@DB7PR02MB4730.eurprd02.prod.outlook.example.com>",
                    ret="m.saade@lawop-lb.example.org")
    rows += [("Thread-Topic", "Questions on accessibility - GCM Regional Review 23-25 Feb"),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="numbered list of accessibility and logistics questions (captioning, interpretation, livestream, "
              "dial-in); mentions 'how to participate' and the session dates but asks for no speaking role and "
              "sends no report; Outlook Date header in +0000."))


def m06():
    when = at("2021-02-03 15:30:02")
    sent = when - dt.timedelta(seconds=5)
    new = """مرحبا مجدداً،

بعد اجتماع الفريق اليوم، منطلب لو سمحتوا تنقلوا مداخلة ريم حداد من الطاولة المستديرة الثانية للطاولة المستديرة الرابعة، لأنه موضوعها أقرب لشغل ريم. باقي المعلومات متل ما هي.

وآسفين ع الإزعاج 🙏

جنى
"""
    quoted = "\n".join("> " + ln if ln else ">" for ln in m04_text_for_quote().split("\n"))
    text = new + "\n\u202bفي الاثنين، ١ فبراير ٢٠٢١ في ١٢:١٨ م، كتب \u202aJana Khoury\u202c <\u202ajana.khoury.cpnl@gmail.example.com\u202c>:\u202c\n" + quoted + "\n"
    html = ('<div dir="rtl">' + text2html(new) + '</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">'
            'في الاثنين، ١ فبراير ٢٠٢١ في ١٢:١٨ م، كتب Jana Khoury &lt;<a href="mailto:jana.khoury.cpnl@gmail.example.com">'
            'jana.khoury.cpnl@gmail.example.com</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-right:1px solid rgb(204,204,204);padding-right:1ex"><div dir="rtl">' + text2html(m04_text_for_quote())
            + '</div></blockquote></div>\n')
    body = alt_of(text, "000000000000c41d8e05ba73a2f6", cte="base64", html=html)
    rows = std_rows(when, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DVHk0s3LBz1",
                    addr("Jana Khoury", "jana.khoury.cpnl@gmail.example.com"),
                    re_hdr("Re: ", "ترشيح متحدثة - شبكة حماية الطفل في لبنان"), rfcdate(sent),
                    "<CAN3hT8vR2kW6pY0cQ4sE7uI1oA5dF9gJ2lZ8xB3nM6bV0tK+9q@mail.gmail.example.com>",
                    ret="jana.khoury.cpnl@gmail.example.com",
                    extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم حداد", "منسّقة برامج الحماية المجتمعية", "شبكة حماية الطفل في لبنان", ["roundtable"], 4)],
        thread_of="h83-04.eml",
        notes="follow-up in the h83-04 thread (In-Reply-To/References): asks to move the same speaker from "
              "roundtable 2 to roundtable 4 ('من الطاولة المستديرة الثانية للطاولة المستديرة الرابعة') - the new "
              "choice is 4 although 'الثانية' appears first; title/affiliation only in the quoted original ('باقي "
              "المعلومات متل ما هي'); Lebanese colloquial; emoji; Gmail Arabic attribution line with bidi marks."))


def m04_text_for_quote():
    return """مرحبا،
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة للمراجعة الإقليمية للاتفاق العالمي للهجرة، بتحب شبكة حماية الطفل في لبنان ترشّح الزميلة ريم حداد، منسّقة برامج الحماية المجتمعية، لمداخلة ضمن الطاولة المستديرة الموضوعية الثانية.

ريم بتشتغل من أكتر من ٨ سنين مع الأطفال غير المصحوبين والأطفال العاملين من الجنسيات السورية والإثيوبية والبنغلادشية، وعندها معطيات ميدانية من الشمال والبقاع.

منتشكر تعاونكم، ومنكون ممنونين إذا بتأكدولنا الاستلام.

جنى الخوري
مسؤولة التواصل
شبكة حماية الطفل في لبنان
بيروت"""


def m07():
    when = at("2021-02-03 18:12:45")
    sent = when - dt.timedelta(seconds=22)
    name = "Rapport GCM - Amicale des aines du Liban - fev 2021.docx"
    text = flowed("""Bonjour Madame, Monsieur,

J'espère que vous allez bien.

Suite à votre aimable invitation, je vous prie de trouver ci-joint le rapport volontaire de l'Amicale des aînés du Liban sur la mise en œuvre du Pacte mondial pour les migrations. On a surtout travaillé sur la situation des personnes âgées migrantes restées seules au Liban après la crise économique et l'explosion du port (objectifs 7 et 15 du Pacte), et sur les aides à domicile migrantes qui s'occupent des aînés libanais.

Le rapport est en français, on peut vous envoyer une traduction en arabe la semaine prochaine si besoin.

Merci infiniment et bonne continuation,

--
Nayla Fakhoury
Amicale des aînés du Liban
Jounieh – Liban
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    doc = make_docx(["Amicale des aines du Liban", "Rapport volontaire - Examen regional du PMM 2021",
                     "1. Les personnes agees migrantes au Liban", "2. Les aides a domicile migrantes",
                     "3. Recommandations"])
    att = attach(DOCX, doc, name)
    body = multi("mixed", [t, att], "------------5E2B9A0C7D31F4A86C1E0B27")
    rows = std_rows(when, "smtp.amicale-aines.example.lb", "185.89.104.12", "4DVNb6x1qTz5",
                    "Nayla Fakhoury <nayla.fakhoury@amicale-aines.example.lb>",
                    hdr("Rapport volontaire - Amicale des aînés du Liban", "utf-8", "Q"),
                    rfcdate(sent), "<3f0c9a1e-8b2d-47c5-a6e1-0d9b4f2c7e13@amicale-aines.example.lb>",
                    ret="nayla.fakhoury@amicale-aines.example.lb")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(7, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Thunderbird format=flowed 8bit; Levantine French register ('On a surtout travaillé', 'Merci infiniment "
              "et bonne continuation'); report as DOCX with spaces in the file name; offers an Arabic translation "
              "later (not a new submission); signature with no title."))


def m08():
    when = at("2021-02-04 11:03:27")
    sent = when - dt.timedelta(seconds=31)
    name = "PCPN_Voluntary_GCM_Report_2021.pdf"
    text = """Dear Colleagues,

Please find attached the voluntary GCM review report of the Palestinian Child Protection Network (PCPN), prepared jointly by our members in the West Bank and Gaza.

We would also like to request speaking roles for two of our colleagues, as follows:

Name\tPosition\tOrganisation\tRequested role
Samer Abu Eid\tChild Protection Specialist\tPalestinian Child Protection Network (PCPN)\tRapporteur (key messages)
Maysa Hamdan\tPsychosocial Support Coordinator\tGaza Community Child Centre\tRoundtable 1

Best regards,
Dr. Hiba Nasser
Coordinator
PCPN - Ramallah
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Dear Colleagues,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please find attached the voluntary GCM review report of the Palestinian Child Protection Network (PCPN), prepared jointly by our members in the West Bank and Gaza.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would also like to request speaking roles for two of our colleagues, as follows:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal"><b>Position</b></p></td><td><p class="MsoNormal"><b>Organisation</b></p></td><td><p class="MsoNormal"><b>Requested role</b></p></td></tr>
<tr><td><p class="MsoNormal">Samer Abu Eid</p></td><td><p class="MsoNormal">Child Protection Specialist</p></td><td><p class="MsoNormal">Palestinian Child Protection Network (PCPN)</p></td><td><p class="MsoNormal">Rapporteur (key messages)</p></td></tr>
<tr><td><p class="MsoNormal">Maysa Hamdan</p></td><td><p class="MsoNormal">Psychosocial Support Coordinator</p></td><td><p class="MsoNormal">Gaza Community Child Centre</p></td><td><p class="MsoNormal">Roundtable 1</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,<br>Dr. Hiba Nasser<br>Coordinator<br>PCPN - Ramallah</p>
</div></body></html>
"""
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "utf-8")],
                "_000_VI1PR06MB5167B2D9E0C4A8F3E1D7C6A5F2B10VI1PR06MB5167eurp_")
    pdf = make_pdf(["Palestinian Child Protection Network (PCPN)", "Voluntary GCM Review Report 2021",
                    "Children on the move, child labour and family separation in the West Bank and Gaza"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [alt, att], "_004_VI1PR06MB5167B2D9E0C4A8F3E1D7C6A5F2B10VI1PR06MB5167eurp_")
    rows = std_rows(when, "EUR04-VI1-obe.outbound.protection.outlook.example.com", "40.107.8.52", "4DW0p3m8Kcz7",
                    "Hiba Nasser <h.nasser@pcpn-ps.example.org>",
                    "PCPN - voluntary report + speakers", rfcdate(sent),
                    "<VI1PR06MB5167B2D9E0C4A8F3E1D7C6A5F2B10@VI1PR06MB5167.eurprd06.prod.outlook.example.com>",
                    ret="h.nasser@pcpn-ps.example.org")
    rows += [("Accept-Language", "en-US, ar-PS"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], speakers=[
            sp("Samer Abu Eid", "Child Protection Specialist", "Palestinian Child Protection Network (PCPN)", ["rapporteur"]),
            sp("Maysa Hamdan", "Psychosocial Support Coordinator", "Gaza Community Child Centre", ["roundtable"], 1)],
        notes="report PDF + two speakers in a Word table (HTML) / tab-separated rows (plain text); the two speakers "
              "have different affiliations (second is a member organisation, not PCPN); the signer 'Dr. Hiba "
              "Nasser, Coordinator' is not a speaker; both parts on time (4 Feb)."))


def m09():
    when = at("2021-02-04 21:36:58")
    sent = when - dt.timedelta(seconds=3)
    text = """Bonsoir,

Je suis Rania Mouawad, la maman de Jad Mouawad (16 ans). Jad fait partie du Conseil des jeunes de l'association Enfance en Action - Liban, et ce sont eux qui l'ont encouragé à vous écrire, mais comme il est mineur je préfère envoyer moi-même.

Jad aimerait beaucoup prendre la parole pendant la discussion ouverte du 23 février, pour parler des enfants des travailleuses domestiques migrantes à l'école. Il s'exprime en arabe et en français. Je serai bien sûr avec lui pendant la connexion.

Merci d'avance et bonne soirée
Rania

Envoyé de mon iPhone
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = t
    rows = std_rows(when, "mail.idm.net.example.lb", "194.126.11.20", "4DWJ7t2xPmz9",
                    "Rania Mouawad <rania.mouawad@idm.example.lb>",
                    "Participation de mon fils Jad - discussion du 23 fevrier", rfcdate(sent),
                    "<6C1A2E3F-90B8-4D7E-A5C4-1F2E3D4C5B6A@idm.example.lb>", ret="rania.mouawad@idm.example.lb")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Jad Mouawad", None, "Conseil des jeunes de l'association Enfance en Action - Liban", ["open_discussion"])],
        notes="a parent proposes her 16-year-old son: the speaker is the youth (no title), not the sender; "
              "affiliation is the youth council of an association, stated in prose; 'discussion ouverte du 23 "
              "février' = open discussion; iPhone single text/plain part, ASCII-folded subject ('fevrier')."))


def m10():
    when = at("2021-02-05 09:12:20")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في إجازة حتى يوم الأحد 14 شباط 2021، مع إمكانية محدودة للوصول إلى البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الزميلة سلام على العنوان salam@jordan-elderly.example.org

Thank you for your email. I am out of the office until Sunday 14 February 2021 with limited access to email.

هاني الشرع
المدير التنفيذي – الجمعية الأردنية لرعاية المسنين
"""
    body = alt_of(text, "_000_HE1PR0301MB2219AB34CD56EF78_", dir_="rtl")
    rows = std_rows(when, "smtp.jordan-elderly.example.org", "46.185.161.33", "4DWf2c5LmNz3",
                    addr("هاني الشرع", "h.alsharaa@jordan-elderly.example.org"),
                    re_hdr("Automatic reply: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية"),
                    rfcdate(sent), "<HE1PR0301MB2219AB34CD56EF78@HE1PR0301MB2219.eurprd03.prod.outlook.example.com>",
                    ret="", extra=[("In-Reply-To", OUR_INVITE), ("References", OUR_INVITE),
                                   ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows[0] = ("Return-Path", "<>")
    m = top(body, rows)
    add(10, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic with an English line, replying to our invitation; names a colleague "
              "and an address (not a speaker); Auto-Submitted: auto-replied; must not be acknowledged."))


def m11():
    when = at("2021-02-05 11:34:06")
    sent = when - dt.timedelta(seconds=17)
    name = "Sanad_rapport_volontaire_PMM_2021.pdf"
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire de Sanad sur la protection des enfants migrants et réfugiés au Liban, dans le cadre de l'examen régional du Pacte mondial.

Par ailleurs, nous aimerions beaucoup que notre association soit représentée comme rapporteur pour présenter les messages clés des parties prenantes. Notre candidate :

Directrice exécutive – Sanad, Association libanaise pour la protection de l'enfance – Carla ABI NADER

Je reste à votre disposition pour tout complément d'information.

Bien à vous,
Georges Haddad
Responsable plaidoyer
Sanad – Beyrouth
"""
    alt = alt_of(text, "0000000000001e5a8b05ba9c7d42")
    pdf = make_pdf(["Sanad, Association libanaise pour la protection de l'enfance",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Enfants migrants et refugies au Liban: acces a l'education et protection"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kkr8s1m40")])
    body = multi("mixed", [alt, att], "0000000000001e5a8d05ba9c7d44")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4DWkS1n6Xqz2",
                    "Georges Haddad <georges.haddad.sanad@gmail.example.com>",
                    hdr("Rapport volontaire + proposition de rapporteure – Sanad", "utf-8", "Q"), rfcdate(sent),
                    "<CAK4pW9sQ1xR7vT3yU6zA0bC2dE8fG5hI1jK4lM7nO0pQ3rS@mail.gmail.example.com>",
                    ret="georges.haddad.sanad@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], speakers=[
            sp("Carla Abi Nader", "Directrice exécutive", "Sanad, Association libanaise pour la protection de l'enfance",
               ["rapporteur"])],
        notes="report PDF + one speaker on the morning of the speaker deadline; speaker line in the unusual order "
              "title – organisation – NAME (surname in capitals); rapporteur stated as 'représentée comme "
              "rapporteur pour présenter les messages clés'; sender (Responsable plaidoyer) is not a speaker."))


def m12():
    when = at("2021-02-05 23:52:40")
    sent = when - dt.timedelta(seconds=8)
    text = """السلام عليكم ورحمة الله وبركاته
شلونكم ان شاء الله بخير

حبيت اكتب لكم قبل لا يسكر باب الترشيح، احنا بالجمعية الكويتية لرعاية المسنين ودنا نشارك بالمراجعة الاقليمية، ونبي نرشح الوالد عبدالله مبارك العازمي رئيس مجلس الادارة عشان يلقي مداخلة بالجلسة العامة.
بو مبارك عنده خبرة وايد بموضوع العمالة المنزلية اللي تخدم كبار السن بالبيوت وحقوقهم، وهالشي يهمنا وايد.

اذا تبون اي شي ثاني قولولي
مشكورين وما تقصرون

فهد العازمي

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.kspe-kw.example.org", "37.231.88.14", "4DWz9h3KsRz1",
                    addr("Fahad Al-Azmi", "fahad@kspe-kw.example.org"), hdr("ترشيح للمراجعة الاقليمية"),
                    rfcdate(tz(sent, 3)), "<A1B2C3D4-E5F6-4789-9ABC-DEF012345678@kspe-kw.example.org>",
                    ret="fahad@kspe-kw.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالله مبارك العازمي", "رئيس مجلس الادارة", "الجمعية الكويتية لرعاية المسنين", ["plenary"])],
        notes="deadline edge: received 23:52:40 Beirut on Fri 5 Feb (on time) but the Date header reads Sat, 6 Feb "
              "00:52 +0300 (Kuwait); Kuwaiti colloquial ('شلونكم', 'ودنا', 'نبي', 'وايد', 'قبل لا يسكر'); "
              "'الوالد' is a respectful form, not part of the name; also called by kunya 'بو مبارك'; title with no "
              "hamza ('الادارة'); iPhone base64 text/plain; sender is not the speaker."))


def m13():
    when = at("2021-02-06 00:07:15")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonsoir,

J'espère que je ne suis pas en retard !! Je viens juste de voir que la date limite pour les intervenants est aujourd'hui.

Je souhaiterais intervenir à la table ronde 1 pour présenter notre travail avec les enfants migrants non accompagnés à Oran et Maghnia (prise en charge, accès aux soins, rapatriement). Je peux parler en français ou en arabe.

Merci beaucoup et désolée pour ce mail tardif.

--
Samia Kherbouche
Chargée de communication
Réseau Nour pour la protection de l'enfance (RNPE)
Oran - Algérie
"""
    body = alt_of(text, "000000000000f0a3c205baa1e6d9")
    rows = std_rows(when, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DX0Dq8VbTz4",
                    "Samia Kherbouche <samia.kherbouche@gmail.example.com>",
                    "Demande d'intervention table ronde 1", rfcdate(tz(sent, 1)),
                    "<CAB8xK2rT5mP9wQ3vZ7nY1cL4hF6jD0sG8aE2uI5oR9kW3tN@mail.gmail.example.com>",
                    ret="samia.kherbouche@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Samia Kherbouche", "Chargée de communication", "Réseau Nour pour la protection de l'enfance (RNPE)",
           ["roundtable"], 1)],
        notes="deadline edge, LATE: received 00:07:15 Beirut on Sat 6 Feb; the Date header reads Fri, 5 Feb 2021 "
              "23:07 +0100 (Algeria) and the body says the deadline 'est aujourd'hui'; the sender proposes herself "
              "('Je souhaiterais intervenir'), name/title/organisation only in the signature."))


def m14():
    when = at("2021-02-07 10:20:44")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear team,

Many thanks for the confirmation, well received. We will wait for the programme.

Best,
Lina

On Tue, Jan 26, 2021 at 4:40 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Ms. Khatib,
>
> Thank you for your message. We confirm receipt of your request for a
> speaking role. The organizers will review all requests and get back to you.
>
> Best regards,
> GCM Regional Review Secretariat
"""
    body = alt_of(text, "0000000000003c9b1f05bab7e2a0")
    rows = std_rows(when, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DXmT6c0Wpz8",
                    "Lina Khatib <lina.khatib@jad-jo.example.org>",
                    "Re: Speaker proposal - JAD - GCM Regional Review (sign language interpretation needed)",
                    rfcdate(sent), "<CAJx7Lw2b9QfR4tYk1mN8pZ3sV6cX0aD5eG7hU2iK9oL4jW1+ty@mail.gmail.example.com>",
                    ret="lina.khatib@jad-jo.example.org",
                    extra=[("In-Reply-To", ACK01_ID), ("References", M01_ID + "\r\n " + ACK01_ID)])
    m = top(body, rows)
    add(14, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h83-01.eml",
        notes="thank-you reply to our acknowledgement of h83-01 (In-Reply-To our ack, References the original); adds "
              "nothing new, so no acknowledgement; quoted ack text mentions 'request for a speaking role'."))


def m15():
    when = at("2021-02-08 13:55:19")
    sent = when - dt.timedelta(seconds=26)
    name = "تقرير_الائتلاف_الفلسطيني_لحقوق_الأشخاص_ذوي_الإعاقة_2021.pdf"
    text = """السادة في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،
تحية طيبة وبعد،

يسرنا أن نرفق لكم التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والمقدّم باسم الائتلاف الفلسطيني لحقوق الأشخاص ذوي الإعاقة، الذي يضم المنظمات الاثنتي عشرة التالية:

الاتحاد العام للأشخاص ذوي الإعاقة - فلسطين
جمعية نجوم الأمل لتمكين النساء ذوات الإعاقة - غزة
جمعية أطفالنا للصم - غزة
جمعية الإغاثة الطبية - برنامج التأهيل المجتمعي
مركز الحياة للتأهيل - نابلس
جمعية الكفيف الخيرية - الخليل
الجمعية الفلسطينية لرعاية المسنين
مؤسسة الأمل للأيتام والأطفال ذوي الإعاقة
جمعية بيت لحم العربية للتأهيل
نادي الصم الرياضي - رام الله
شبكة المرأة ذات الإعاقة في فلسطين
مركز جذور للتأهيل وحقوق الطفل - جنين

يركز التقرير على أوضاع العمال الفلسطينيين ذوي الإعاقة الناتجة عن إصابات العمل، وعلى الأشخاص ذوي الإعاقة المهجّرين داخلياً.

وتفضلوا بقبول فائق الاحترام،

منسقة الائتلاف
أمل الشريف
رام الله – فلسطين
"""
    t = leaf("text/plain", text, "UTF-8", "base64")
    pdf = make_pdf(["Palestinian Coalition for the Rights of Persons with Disabilities (12 organisations)",
                    "Collective voluntary GCM review report 2021",
                    "Workers with work-related disabilities; internally displaced persons with disabilities"])
    att = attach_2231("application/pdf", pdf, name)
    body = multi("mixed", [t, att], "------------A7D30C2F19E4B58E6120F9B3")
    rows = std_rows(when, "mail.pcrpd-ps.example.org", "213.6.55.190", "4DYJ1g4RtMz6",
                    addr("أمل الشريف", "amal.sharif@pcrpd-ps.example.org"),
                    hdr("التقرير الطوعي الجماعي - الائتلاف الفلسطيني لحقوق الأشخاص ذوي الإعاقة"), rfcdate(sent),
                    "<b1e7c4d2-3a9f-4e80-9c61-7f2d5a8e0b43@pcrpd-ps.example.org>", ret="amal.sharif@pcrpd-ps.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "ar")]
    m = top(body, rows)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report on behalf of a coalition whose 12 member organisations are listed one per line "
              "(none of them is a speaker); Arabic PDF file name in RFC 2231 continuations (filename*0*/ *1*...) "
              "and an RFC 2047 B word in name=; Thunderbird, base64 body; title before the name in the signature."))


def m16():
    when = at("2021-02-09 08:31:02")
    qid = "2B7D41C0F3"
    text = POSTFIX_NOTICE + """
<info@kuwait-deafclub.example.org>: host mx.kuwait-deafclub.example.org[203.0.113.58]
    said: 552 5.2.2 <info@kuwait-deafclub.example.org>: Mailbox full (in reply
    to RCPT TO command)
"""
    t = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    dsn = ("""Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Tue,  9 Feb 2021 08:30:51 +0200 (EET)

Final-Recipient: rfc822; info@kuwait-deafclub.example.org
Original-Recipient: rfc822;info@kuwait-deafclub.example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.kuwait-deafclub.example.org
Diagnostic-Code: smtp; 552 5.2.2 <info@kuwait-deafclub.example.org>: Mailbox full
""" % qid)
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hd = leaf("text/rfc822-headers", """Received: from AM0PR09MB4211.eurprd09.prod.outlook.example.com by mx1.iom.int
\t(Postfix) with ESMTPS id %s; Tue,  9 Feb 2021 08:30:51 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: info@kuwait-deafclub.example.org
Subject: Reminder: Regional Review of the GCM in the Arab region - extended deadline for voluntary reports
Date: Tue, 9 Feb 2021 06:30:44 +0000
Message-ID: <AM0PR09MB4211F0E1D2C3B4A5968778C1B8C90@AM0PR09MB4211.eurprd09.prod.outlook.example.com>
""" % qid, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [t, ds, hd], "%s.1612852262/mx1.iom.int" % qid, params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    for k, v in [("Return-Path", "<>"), ("Delivered-To", BOX),
                 ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
                 ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
                 ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0"), ("Message-Id", "<20210209063102.%s@mx1.iom.int>" % qid)]:
        m[k] = v
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    m.preamble = body.preamble
    add(16, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (mailbox full, 5.2.2) for our reminder to a Kuwaiti deaf club; must not be acknowledged."))


def m17():
    when = at("2021-02-10 10:14:37")
    sent = when - dt.timedelta(seconds=15)
    name = "Rapport AARPA - Pacte mondial migrations.docx"
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'Association algérienne des retraités et des personnes âgées (AARPA) relatif à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nous vous proposons également notre président, M. HADJADJ Mohamed Saïd, pour une intervention lors d'une séance plénière. M. Hadjadj a été lui-même travailleur émigré en France pendant 30 ans et préside l'association depuis 2012 ; il souhaite évoquer la question des retraités migrants de retour au pays et de la portabilité des droits à pension.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Secrétaire général
Abdelkader Bouzid
AARPA - Blida
"""
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                leaf("text/html", html_wrap(text2html(text), None, "iso-8859-1"), "iso-8859-1")],
                "----=_NextPart_001_0013_01D6FF8A.2B4C6E80")
    doc = make_docx(["Association algerienne des retraites et des personnes agees (AARPA)",
                     "Rapport volontaire - Examen regional du Pacte mondial 2021",
                     "Retraites migrants de retour et portabilite des droits a pension"])
    att = attach(DOCX, doc, name)
    body = multi("mixed", [alt, att], "----=_NextPart_000_0012_01D6FF8A.2B4C6E80")
    rows = std_rows(when, "smtp.aarpa-dz.example.org", "41.111.140.77", "4DZ2vK7bQsz3",
                    "AARPA <contact@aarpa-dz.example.org>",
                    hdr("Rapport volontaire et proposition d'intervention - AARPA", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<001201d6ff8a$2b4c6e80$81c54b80$@aarpa-dz.example.org>",
                    ret="contact@aarpa-dz.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name], speakers=[
            sp("HADJADJ Mohamed Saïd", "président",
               "Association algérienne des retraités et des personnes âgées (AARPA)", ["plenary"])],
        notes="'both' received 10 Feb: the report is on time but the speaker request is after 5 Feb, so on_time is "
              "false; name written surname-first in capitals ('M. HADJADJ Mohamed Saïd'); title only as 'notre "
              "président'; Outlook 2010 iso-8859-1 QP text+HTML; generic 'AARPA' sender; signer is not the speaker."))


def m18():
    when = at("2021-02-11 16:48:03")
    sent = when - dt.timedelta(seconds=20)
    text = """Dear Sir/Madam

Kindly find below the link for the voluntary report of Kurdistan Child Rights Coalition (KCRC) for the GCM regional review. The file is big (23 MB, with many photos from the camps) so our email system refuse to send it as attachment, sorry for that.

https://drive.example.com/file/d/1kCRc-GCM2021-voluntary-report/view?usp=sharing

The report is about the children of returnees and IDPs in Duhok and Erbil and the children of foreign workers without documents. if the link dont open please tell me and i will send in two parts.

regards
Dilan Rashid
KCRC secretariat
Erbil, Kurdistan Region of Iraq
"""
    html = ('<html><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + text2html(text).replace("https://drive.example.com/file/d/1kCRc-GCM2021-voluntary-report/view?usp=sharing",
                                      '<a href="https://drive.example.com/file/d/1kCRc-GCM2021-voluntary-report/view?usp=sharing">'
                                      'https://drive.example.com/file/d/1kCRc-GCM2021-voluntary-report/view?usp=sharing</a>')
            + "</div></body></html>\n")
    body = alt_of(text, "----=_Part_2291875_1436020514.1613054883411", html=html)
    rows = std_rows(when, "sonic310-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DZY3p1WwHz5",
                    "Dilan Rashid <dilan_rashid@yahoo.example.com>", "voluntary report KCRC (link)",
                    rfcdate(tz(sent, 3)), "<1436020514.2291876.1613054883411@mail.yahoo.example.com>",
                    ret="dilan_rashid@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the report is neither attached nor in the body: it is shared as a cloud-drive link because the file "
              "is too big; report_attachments stays empty; non-native English with typos; Yahoo web mail, Date UTC+3."))


def m19():
    when = at("2021-02-12 12:06:25")
    sent = when - dt.timedelta(seconds=9)
    text = """السلام عليكم
سمحولي على الإزعاج، حبيت نسقسي على جوج حوايج:
1- واش نقدرو نبعثو التقرير تاعنا بالفرنسية ولا لازم يكون بالعربية ولا بالنجليزية؟
2- واش كاين ترجمة بلغة الإشارة في الندوة نهار 24 و 25؟ عندنا أعضاء صم حابين يتبعو الجلسات.

يعطيكم الصحة
نسيمة بن عمارة
الجمعية الجزائرية للصم وضعاف السمع - قسنطينة
"""
    body = alt_of(text, "000000000000a8c2d105bb1f4e77", cte="base64", dir_="auto")
    rows = std_rows(when, "mail-pj1-f48.google.example.com", "209.85.216.48", "4DZxL9r2Fkz7",
                    addr("Nassima Benamara", "nassima.benamara@gmail.example.com"), hdr("سؤال"),
                    rfcdate(tz(sent, 1)), "<CAH5eR1tY8uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY@mail.gmail.example.com>",
                    ret="nassima.benamara@gmail.example.com")
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Algerian Darija in Arabic script ('نسقسي', 'جوج حوايج', 'واش', 'تاعنا', 'يعطيكم الصحة'); asks "
              "whether the report may be in French and whether there is sign-language interpretation - a "
              "question, no report and no speaker yet; one-word subject; Android Gmail."))


def m20():
    when = at("2021-02-14 14:27:50")
    sent = when - dt.timedelta(seconds=13)
    n1 = "Rapport_volontaire_ALS_2021.pdf"
    n2 = "Annexe - témoignages LSL.docx"
    text = """Bonjour,

Je vous envoie ci-joint le rapport volontaire de l'Association libanaise des sourds (ALS), avec une annexe de témoignages de personnes sourdes migrantes et réfugiées, recueillis en langue des signes libanaise (LSL) et transcrits en français.

Désolée pour le retard, on a eu beaucoup de mal à trouver des interprètes disponibles pour les transcriptions.

Merci et bonne journée,

Maya Sfeir
Chargée de projets | ALS
Hazmieh – Liban
"""
    html = ('<html><body><div style="font-family:Calibri,sans-serif">' + text2html(text)
            + '<p><img src="cid:image001.png@01D702C4.5A3B1E20" width="96" height="96" alt="ALS"></p></div></body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_DB8PR10MB2957C4A1B2E3F4D5A6B7C8D9E0F1A_")
    img = leaf("image/png", make_png(), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D702C4.5A3B1E20>")])
    rel = multi("related", [alt, img], "_007_DB8PR10MB2957C4A1B2E3F4D5A6B7C8D9E0F1A_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Association libanaise des sourds (ALS)", "Rapport volontaire - Examen regional du PMM 2021",
                    "Personnes sourdes migrantes et refugiees au Liban"])
    doc = make_docx(["Annexe - temoignages en langue des signes libanaise (LSL), transcrits en francais"])
    a1 = attach("application/pdf", pdf, n1)
    a2 = attach_2231(DOCX, doc, n2)
    body = multi("mixed", [rel, a1, a2], "_008_DB8PR10MB2957C4A1B2E3F4D5A6B7C8D9E0F1A_")
    rows = std_rows(when, "EUR01-DB8-obe.outbound.protection.outlook.example.com", "40.107.2.93", "4DbF7w3HnXz2",
                    "Maya Sfeir <maya.sfeir@als-lb.example.org>",
                    hdr("Rapport volontaire ALS + annexe (témoignages)", "utf-8", "Q"), rfcdate(sent),
                    "<DB8PR10MB2957C4A1B2E3F4D5A6B7C8D9E0F1A@DB8PR10MB2957.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="maya.sfeir@als-lb.example.org")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="report in two attachments (PDF + DOCX annex with 'é' in an RFC 2231 name); the inline signature logo "
              "image001.png is not part of the report; apologises for being late although on time (14 Feb); "
              "interpreters mentioned but nobody asks to speak; Outlook related/alternative inside mixed."))


def m21():
    when = at("2021-02-15 09:58:31")
    sent = when - dt.timedelta(seconds=7)
    text = """Dear Organizers,

Greetings from Nablus.

The Palestinian Society for the Care of the Elderly would like to participate with two speakers in the Regional Review:

- Programme Manager - Ahmad Odeh: floor intervention in the plenary.
- Field Officer, Hebron branch: Suha Tamimi - she would like to speak in the roundtable on migrant workers and their families (she did not know the number of the roundtable).

We know we are late for the speakers' list, our board only met yesterday. If it's not possible we understand, but please consider it.

Warm regards,
Khalil Shtayyeh
Executive Director
Palestinian Society for the Care of the Elderly - Nablus
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "EUR02-HE1-obe.outbound.protection.outlook.example.com", "40.107.1.75", "4DbX2k6MvRz9",
                    "Khalil Shtayyeh <k.shtayyeh@pscelderly-ps.example.org>",
                    "Speakers - Palestinian Society for the Care of the Elderly", rfcdate(sent),
                    "<HE1PR0802MB2561D8C7B6A5F4E3D2C1B0A9F8E7D@HE1PR0802MB2561.eurprd08.prod.outlook.example.com>",
                    ret="k.shtayyeh@pscelderly-ps.example.org")
    m = top(body, rows)
    aff = "Palestinian Society for the Care of the Elderly - Nablus"
    add(21, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ahmad Odeh", "Programme Manager", aff, ["plenary"]),
        sp("Suha Tamimi", "Field Officer, Hebron branch", aff, ["roundtable"])],
        notes="late speaker request (15 Feb), sender admits it; title BEFORE the name ('Programme Manager - Ahmad "
              "Odeh', 'Field Officer, Hebron branch: Suha Tamimi'); second speaker wants a roundtable but gives "
              "no number (roundtable null); plain-text only; signer (Executive Director) is not a speaker."))


def m22():
    when = at("2021-02-16 23:56:10")
    sent = when - dt.timedelta(seconds=18)
    name = "KDSA_GCM_report_final_v3.docx"
    text = """مساء الخير
بعتذر جداً على التأخير، النت كان واقع عندنا طول اليوم 😔
ده التقرير الطوعي بتاع الجمعية الكويتية لمتلازمة داون عن أوضاع الأطفال ذوي الإعاقة من أبناء العمالة الوافدة.
يا ريت حد يأكدلي إنه وصل.
شكراً جزيلاً

مروة السيد
منسقة مشروعات – الجمعية الكويتية لمتلازمة داون
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    doc = make_docx(["Kuwait Down Syndrome Association (KDSA)", "Voluntary GCM review report 2021",
                     "Children with disabilities of migrant workers in Kuwait"])
    att = attach(DOCX, doc, name)
    body = multi("mixed", [t, att], "_Part_8841_9b3f5c2a.1613512572009")
    rows = std_rows(when, "mail.kdsa-kw.example.org", "94.128.77.201", "4Dc3Zy7Ppqz1",
                    addr("مروة السيد", "marwa.elsayed@kdsa-kw.example.org"), hdr("التقرير الطوعي - KDSA"),
                    rfcdate(tz(sent, 3)), "<AM5PR0701MB2243-9b3f5c2a-8841@kdsa-kw.example.org>",
                    ret="marwa.elsayed@kdsa-kw.example.org")
    rows += [("X-Mailer", "Outlook for Android")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:10 Beirut on Tue 16 Feb (on time) while the Date header reads Wed, 17 "
              "Feb 00:55 +0300 (Kuwait); Egyptian colloquial ('بعتذر', 'ده', 'بتاع', 'يا ريت حد يأكدلي') from a "
              "Kuwaiti association; apology for lateness; emoji; file name says 'final_v3'."))


def m23():
    when = at("2021-02-17 00:04:30")
    sent = when - dt.timedelta(seconds=24)
    name = "CADE - Rapport volontaire PMM 2021.pdf"
    text = """Bonsoir,

Au nom du Collectif algérien pour les droits de l'enfant (CADE), je vous transmets notre rapport volontaire, dans les délais j'espère :)

Il porte sur les enfants migrants subsahariens à Alger et Tamanrasset (accès à l'école, mendicité forcée, enfants nés en Algérie sans acte de naissance).

Bien cordialement,
Yacine Larbi
Coordinateur du CADE
"""
    alt = alt_of(text, "000000000000e6b1a905bb8a3f12")
    pdf = make_pdf(["Collectif algerien pour les droits de l'enfant (CADE)", "Rapport volontaire PMM 2021",
                    "Enfants migrants subsahariens a Alger et Tamanrasset"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl9z0a3b0")])
    body = multi("mixed", [alt, att], "000000000000e6b1ab05bb8a3f14")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4Dc3jR1Lmsz6",
                    "Yacine Larbi <yacine.larbi.cade@gmail.example.com>", "Rapport volontaire CADE",
                    rfcdate(tz(sent, 1)), "<CAM9tQ3wE6rT2yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE@mail.gmail.example.com>",
                    ret="yacine.larbi.cade@gmail.example.com")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge, LATE: received 00:04:30 Beirut on Wed 17 Feb; the Date header reads Tue, 16 Feb 2021 "
              "23:04 +0100 (Algiers) and the sender believes it is 'dans les délais'; PDF name with spaces."))


def m24():
    when = at("2021-02-18 11:40:16")
    sent = when - dt.timedelta(seconds=10)
    text = """Dear GCM team,

Following our earlier exchange about Yazan Obeidat's intervention, could you please also send the Zoom link and the interpretation channel details directly to his interpreter, Reem Saadeh (reem.saadeh.jsl@gmail.example.com)? She needs to test her camera and the spotlight before the 24th. If there is a technical rehearsal, both of them would like to join.

Also, could you tell us in which plenary session Yazan is scheduled, and the time?

Many thanks,
Lina Khatib
Programme Coordinator
Jordan Association of the Deaf (JAD)

On Sun, Feb 7, 2021 at 12:20 PM Lina Khatib <lina.khatib@jad-jo.example.org> wrote:
> Dear team,
>
> Many thanks for the confirmation, well received. We will wait for the programme.
>
> Best,
> Lina
"""
    body = alt_of(text, "00000000000071d4e205bba2c9f8")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4Dd8Ws0KqTz2",
                    "Lina Khatib <lina.khatib@jad-jo.example.org>",
                    "Re: Speaker proposal - JAD - GCM Regional Review (sign language interpretation needed)",
                    rfcdate(sent), "<CAJx7Lw2b9QfR4tYk1mN8pZ3sV6cX0aD5eG7hU2iK9oL4jW1+zk@mail.gmail.example.com>",
                    ret="lina.khatib@jad-jo.example.org",
                    extra=[("In-Reply-To", "<CAJx7Lw2b9QfR4tYk1mN8pZ3sV6cX0aD5eG7hU2iK9oL4jW1+ty@mail.gmail.example.com>"),
                           ("References", M01_ID + "\r\n " + ACK01_ID + "\r\n "
                            + "<CAJx7Lw2b9QfR4tYk1mN8pZ3sV6cX0aD5eG7hU2iK9oL4jW1+ty@mail.gmail.example.com>")])
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h83-01.eml",
        notes="third message in the h83-01 thread (replies to h83-14, References also name h83-01); logistics "
              "questions (Zoom link for the sign-language interpreter, rehearsal, session time) - not a new "
              "speaker request even though the speaker and interpreter are named again; needs an answer, so "
              "acknowledge true."))
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
