#!/usr/bin/env python3
"""Write the blind evaluation set holdout73 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets73.py
Theme: employers, chambers of commerce, ethical-recruitment initiatives, trade unions and workers'
federations in the Gulf and Jordan (UAE, Qatar, Kuwait, Bahrain, Oman, Saudi Arabia, Jordan).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout73")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h73-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
INV_ID = "<AM6PR04MB5127E1C0A9D2F3B4C5D6E7F8A9B0@AM6PR04MB5127.eurprd04.prod.outlook.example.com>"
INV_SUBJ = "Invitation: Regional Review of the Global Compact for Migration in the Arab region, 23-25 February 2021"
GMAIL_UA = None


def alt_gmail(text, boundary, cte="quoted-printable"):
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)],
                 boundary)


def alt_rtl(text, boundary, charset="UTF-8", cte="base64"):
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def pdf_att(name, lines, encoded_name=None, extra=None):
    n = encoded_name or '"%s"' % name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", n)],
                disp='attachment; filename=%s' % n, extra=extra)


def docx_att(name, paras):
    att = Message(policy=POL)
    try:
        name.encode("ascii")
        att["Content-Type"] = DOCX + ';\r\n name="%s"' % name
        att["Content-Disposition"] = 'attachment;\r\n filename="%s"' % name
    except UnicodeEncodeError:
        att["Content-Type"] = DOCX + ";\r\n " + ";\r\n ".join(rfc2231_cont("name", name))
        att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(make_docx(paras)).decode("ascii"))
    return att


# ---- 01 en speaker: title after name with comma, organisation in brackets
M01_ID = "<CAGq7Lr2mT9vXk4pZ1wB8nH3sQ6dF0yJ5cE2uA7iK9oR4tVbN@mail.gmail.example.com>"
M01_SUBJ = "GCM Regional Review - speaker proposal (plenary)"


def m01():
    when = at("2021-01-27 10:12:31")
    sent = when - dt.timedelta(seconds=6)
    text = """Hi,

Following the invitation letter that the IOM office in Abu Dhabi shared with our members, the Gulf Ethical Recruitment Alliance (GERA) would like to put forward a speaker for a floor intervention in the plenary:

Huda Al-Mansoori, Head of Compliance (Gulf Ethical Recruitment Alliance)

Huda leads our work with 40+ employers in the UAE and Qatar on the Employer Pays Principle and on getting recruitment fees and related costs out of the supply chain, so she can speak quite concretely to what has (and hasn't) changed since 2018.

Thanks a lot, and let me know if you need a bio or a photo.

Rashid

--
Rashid Khan | Programme Officer
GERA | Dubai, UAE
+971 4 000 0000
"""
    body = alt_gmail(text, "000000000000b81f3c05b9e0c1d2")
    rows = std_rows(when, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DQx1m2Vbcz7",
                    "Rashid Khan <rashid.khan@gera-gulf.example.org>", M01_SUBJ, rfcdate(tz(sent, 4)), M01_ID,
                    ret="rashid.khan@gera-gulf.example.org")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Huda Al-Mansoori", "Head of Compliance", "Gulf Ethical Recruitment Alliance (GERA)", ["plenary"])],
        notes="speaker line 'Name, Title (Organisation)': title after a comma, organisation in brackets without "
              "the acronym; fullest affiliation with acronym is in the intro sentence; the sender (programme "
              "officer, signs 'Rashid') is not the speaker; Date header in UTC+4."))


# ---- 02 ar speaker: union federation nominating two shop stewards, titles in Arabic and English, table
M02_ID = "<001a01d6f62e$7b3c9d40$71b5d7c0$@gfjtu.example.jo>"


def m02():
    when = at("2021-01-29 12:40:05")
    sent = when - dt.timedelta(seconds=14)
    aff = "الاتحاد العام لنقابات العمال في الأردن"
    rows_ = [("1", "فاطمة محمود الزعبي", "مندوبة نقابية / Shop Steward", "مصنع الضليل للألبسة – المنطقة الصناعية المؤهلة",
              "مداخلة في المائدة المستديرة الثالثة"),
             ("2", "ابراهيم سليمان العدوان", "رئيس لجنة المندوبين / Chief Shop Steward",
              "شركة الحسن للصناعات النسيجية – إربد", "المشاركة في النقاش المفتوح يوم 23 شباط")]
    text = """حضرات السادة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،
تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يتشرف %s بترشيح اثنين من المندوبين النقابيين في قطاع الألبسة، ممن يمثلون العمال المهاجرين في مواقع عملهم، وذلك على النحو الآتي:

""" % aff
    for r in rows_:
        text += "%s- %s | %s | %s | %s\n" % r
    text += """
علماً بأن المندوبة فاطمة الزعبي تتحدث الإنجليزية والبنغالية إلى جانب العربية.

وتفضلوا بقبول فائق الاحترام،

عماد الحياري
مدير دائرة العلاقات الدولية والعمال المهاجرين
الاتحاد العام لنقابات العمال في الأردن
عمّان – الأردن
"""
    tbl = ('<table border="1" cellpadding="4" style="border-collapse:collapse" dir="rtl"><tr><th>#</th><th>الاسم</th>'
           '<th>المسمى / Title</th><th>مكان العمل</th><th>الدور المقترح</th></tr>'
           + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in rows_) + "</table>")
    intro, rest = text.split("1- ")[0], text.split("\n\n", 3)[-1]
    rest = text[text.index("علماً"):]
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic">' + text2html(intro.strip()) + tbl
                     + text2html("\n" + rest) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_001B_01D6F62E.7B3C9D40")
    rows = std_rows(when, "mail.gfjtu.example.jo", "212.118.5.33", "4DRs8k1Pq0z3",
                    addr("عماد الحياري", "e.alhiyari@gfjtu.example.jo", "windows-1256"),
                    hdr("ترشيح مندوبين نقابيين للمشاركة في المراجعة الإقليمية للاتفاق العالمي", "windows-1256"),
                    rfcdate(sent), M02_ID, ret="e.alhiyari@gfjtu.example.jo")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbgYnszPVuQZ2mDR0aT1ycX3kq9aQ=="),
             ("Content-Language", "ar-jo")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة محمود الزعبي", "مندوبة نقابية / Shop Steward", aff, ["roundtable"], 3),
        sp("ابراهيم سليمان العدوان", "رئيس لجنة المندوبين / Chief Shop Steward", aff, ["open_discussion"])],
        notes="federation nominates two shop stewards in a table (HTML table, pipe-separated in text/plain); "
              "titles written bilingually 'عربي / English'; the workplace column (factory) is not the affiliation: "
              "they are nominated as members of the federation; different roles per speaker (roundtable 'الثالثة', "
              "open discussion '23 شباط'); the signer is not a speaker; windows-1256 Outlook."))


# ---- 03 ar other (Kuwaiti): recruitment-agency association asks whether private sector can speak
M03_ID = "<8E1F2A3B-4C5D-4E6F-9A0B-1C2D3E4F5A6B@kw-recruit.example.com.kw>"


def m03():
    when = at("2021-01-30 21:15:48")
    sent = when - dt.timedelta(seconds=30)
    text = """السلام عليكم ورحمة الله

معاكم فيصل العنزي من اتحاد أصحاب مكاتب استقدام العمالة المنزلية في الكويت. وصلتنا الدعوة عن طريق غرفة التجارة، بس عندي سؤال قبل لا نرسل أي شي: هل الكلمات والمداخلات مفتوحة للقطاع الخاص ولا بس للنقابات والمجتمع المدني؟

احنا مكاتب استقدام يعني قطاع خاص، وودنا نشارك لان عندنا تجربة بموضوع العقد الموحد والتأمين على العمالة المنزلية وحابين نوضح وجهة نظر المكاتب. اذا مسموح لنا نرسل لكم اسم المتحدث قبل الموعد ان شاء الله.

وشكراً لكم

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.kw-recruit.example.com.kw", "62.215.10.41", "4DSLw3J7nhz2",
                    addr("Faisal Alenezi", "f.alenezi@kw-recruit.example.com.kw"),
                    hdr("استفسار بخصوص مشاركة القطاع الخاص"), rfcdate(tz(sent, 3)), M03_ID,
                    ret="f.alenezi@kw-recruit.example.com.kw")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Kuwaiti colloquial; a question (may the private sector speak?), not yet a request: the speaker is "
              "only promised conditionally ('اذا مسموح لنا نرسل لكم اسم المتحدث'), no name given; the sender names "
              "himself and his association in the first line, which looks like a self-nomination but is not; "
              "iPhone base64 single part, Latin display name."))


# ---- 04 en speaker: chamber of commerce, office manager replies on behalf of the president
M04_ID = "<DB9PR08MB6619A2C4E8F1B3D5A7C9E1F3B5D7@DB9PR08MB6619.eurprd08.prod.outlook.example.com>"


def m04():
    when = at("2021-02-01 09:30:22")
    sent = when - dt.timedelta(seconds=2)
    text = """Dear Sir / Madam,

With reference to your kind invitation below, I am directed by H.E. the President of the Chamber to confirm his wish to deliver a floor intervention during the plenary session of the Regional Review Conference, to present the perspective of the private sector of the Sultanate.

For your records:

Name:          Sheikh Saud bin Nasser Al Kindi
Position:      President, Board of Directors
Organisation:  Sohar Chamber of Commerce and Industry (SCCI)

Kindly address all correspondence regarding logistics and connection details to the undersigned, as His Excellency's email is not monitored during the coming weeks.

Best Regards,

Ahmed Al Harthy
Office Manager - Office of the President
SCCI | Sohar, Sultanate of Oman
Tel: +968 2600 0000

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, January 28, 2021 2:05 PM
To: info@scci-oman.example.om
Subject: %s

Dear colleagues,

On behalf of the Regional UN Network on Migration for the Arab region, we are pleased to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration ...
""" % INV_SUBJ
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB9PR08MB6619A2C4E8F1B3D5A7C9E1F3B5D7DB9PR08MB6619eurp_")
    rows = std_rows(when, "mail-db8eur05on2091.outbound.protection.outlook.example.com", "40.107.20.91",
                    "4DTh6w2Rjqz9", "Ahmed Al Harthy <office.president@scci-oman.example.om>",
                    "RE: " + INV_SUBJ, rfcdate(tz(sent, 4)), M04_ID, ret="office.president@scci-oman.example.om")
    rows += [("In-Reply-To", INV_ID), ("References", INV_ID), ("Thread-Topic", INV_SUBJ),
             ("Thread-Index", "AQHW9Xk2s8Lr0p9bT0eKQ1m1nZ8rGw=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Saud bin Nasser Al Kindi", "President, Board of Directors",
           "Sohar Chamber of Commerce and Industry (SCCI)", ["plenary"])],
        notes="office manager replies to the invitation on behalf of the chamber's president; the sender (From, "
              "signature) is not the speaker; honorifics 'Sheikh' and 'H.E.' / 'His Excellency' not part of the "
              "name; quoted invitation below (Outlook 'From: / Sent:' block), no '>' quoting."))


# ---- 05 fr speaker: Lebanese employer (Doha) writing in French
M05_ID = "<5f0c2e7a-91b4-4d3e-a8c6-2b7e9d1f4a03@kcfs-qatar.example.com>"


def m05():
    when = at("2021-02-02 16:48:09")
    sent = when - dt.timedelta(seconds=11)
    text = flowed("""Madame, Monsieur,

Je me permets de vous écrire suite à l'invitation reçue via la Chambre de commerce du Qatar. Notre groupe, d'origine libanaise, est installé à Doha depuis 1998 et emploie aujourd'hui quelque 2 300 ouvriers et techniciens venus du Népal, d'Inde, du Kenya et des Philippines.

Je souhaiterais intervenir moi-même lors d'une des tables rondes thématiques du 24-25 février - de préférence la deuxième, sinon la quatrième - pour partager notre expérience de l'abolition des frais de recrutement et du passage aux contrats signés avant le départ. C'est un sujet sur lequel les employeurs ont leur mot à dire, et pas seulement les ONG :)

Je reste à votre disposition pour tout complément, et je vous remercie d'avance.

Bien à vous,

-- 
Antoine Khoury
Directeur Général
KCFS - Khoury Construction & Facility Services W.L.L.
Doha - Qatar | Beyrouth - Liban
""")
    body = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.kcfs-qatar.example.com", "78.100.61.9", "4DVB2n5Ktcz1",
                    "Antoine Khoury <a.khoury@kcfs-qatar.example.com>",
                    "Demande d'intervention - table ronde thématique", rfcdate(tz(sent, 3)), M05_ID,
                    ret="a.khoury@kcfs-qatar.example.com")
    rows[-3] = ("Subject", hdr("Demande d'intervention - table ronde thématique", "utf-8", "Q"))
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Antoine Khoury", "Directeur Général", "KCFS - Khoury Construction & Facility Services W.L.L.",
           ["roundtable"], 2)],
        notes="Lebanese employer in Qatar writing in French; self-nomination ('intervenir moi-même'), details only "
              "in the signature; roundtable as 'la deuxième, sinon la quatrième' (first choice 2); Thunderbird "
              "format=flowed 8bit, RFC 2047 Q subject."))


# ---- 06 fr other: logistics question (Maghrebi French)
M06_ID = "<CAE5hN2rQ8sW1vY4zB7dG0jM3pS6uX9aC2fI5lO8rU1xA4dG@mail.gmail.example.com>"


def m06():
    when = at("2021-02-03 11:05:14")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour Madame, Monsieur,

Je suis membre du bureau de l'Union des travailleurs tunisiens aux Emirats (UTTE), on a bien recu l'invitation pour la revue regionale du Pacte mondial, merci.

Svp j'ai deux petites questions :
- est ce qu'il y aura une interpretation vers le francais pendant la consultation du 23 fevrier et les tables rondes ? beaucoup de nos membres ne maitrisent pas bien l'anglais
- est ce qu'on peut assister comme observateurs sans prendre la parole, et dans ce cas il faut s'inscrire ou ?

Merci d'avance pour votre retour.

Cordialement
Mehdi Ben Salah
UTTE - Abu Dhabi
"""
    body = alt_gmail(text, "000000000000c4a1d905ba6f2e38")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DVy7c0Lmwz4",
                    "Mehdi Ben Salah <mehdi.bensalah.utte@gmail.example.com>",
                    "Question interpretation + inscription observateurs", rfcdate(tz(sent, 4)), M06_ID,
                    ret="mehdi.bensalah.utte@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (interpretation, observers); explicitly does not ask to speak ('sans prendre la "
              "parole') though it mentions the consultation and the roundtables; Tunisian French without accents."))


# ---- 07 en auto_reply (bilingual OOO) from a chamber
def m07():
    when = at("2021-02-03 11:06:40")
    sent = when - dt.timedelta(seconds=1)
    text = """Thank you for your email. I am currently out of the office on annual leave with limited access to email until Sunday 14 February 2021.
For urgent matters please contact the Public Relations Department at pr@qcc-example.example.qa.

شكراً لرسالتكم. أنا خارج المكتب في إجازة سنوية حتى يوم الأحد 14 فبراير 2021، وللأمور العاجلة يرجى التواصل مع إدارة العلاقات العامة.

Mariam Al-Kuwari
Senior Officer, International Relations
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_VI1PR02MB5950B2D4F6A8C0E2A4B6C8D0E2F4VI1PR02MB5950eurp_")
    mid = "<VI1PR02MB5950B2D4F6A8C0E2A4B6C8D0E2F4@VI1PR02MB5950.eurprd02.prod.outlook.example.com>"
    rows = std_rows(when, "mail-vi1eur02on2103.outbound.protection.outlook.example.com", "40.107.0.103",
                    "4DVy8g3Ntbz6", "Mariam Al-Kuwari <m.alkuwari@qcc-example.example.qa>",
                    "Automatic reply: Reminder - speaking roles: requests due Friday 5 February 2021", rfcdate(tz(sent, 3)), mid, ret=None)
    rows[0] = ("Return-Path", "<>")
    rem = "<AM6PR04MB5127REM0203A1B2C3D4E5F6A7B8@AM6PR04MB5127.eurprd04.prod.outlook.example.com>"
    rows += [("In-Reply-To", rem), ("References", rem), ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.alkuwari@qcc-example.example.qa"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(7, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office, English then Arabic, answering our reminder mail-out; Auto-Submitted "
              "auto-generated plus X-Auto-Response-Suppress; a person's name and title in the signature but no "
              "request; Return-Path <>."))


# ---- 08 ar speaker: Saudi employer, details only in the signature
def m08():
    when = at("2021-02-04 08:20:57")
    sent = when - dt.timedelta(seconds=5)
    text = """السلام عليكم ورحمة الله وبركاته،

أرجو التكرم بتسجيل رغبتي في تقديم مداخلة خلال إحدى الجلسات العامة للمؤتمر (24-25 فبراير)، وذلك لعرض تجربة الشركة في تطبيق نظام حماية الأجور ومبادرة تحسين العلاقة التعاقدية، وأثرها على تنقل العمالة الوافدة بين أصحاب العمل.

شاكر ومقدر تعاونكم.

م. عبدالعزيز بن فهد القحطاني
مدير أول الموارد البشرية وعلاقات العمل
شركة الرواسي للمقاولات العامة
الرياض – المملكة العربية السعودية
جوال: 0500000000
"""
    body = alt_rtl(text, "0000000000007e2b1f05ba7c9d11")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4DWQ1f8Mr5z0",
                    addr("عبدالعزيز القحطاني", "a.alqahtani@rawasi-contracting.example.sa"),
                    hdr("طلب مداخلة في الجلسة العامة"), rfcdate(tz(sent, 3)),
                    "<CAM3xT7wQ1rS5vY9zA2cE6gI0kM4oQ8sU2wY6aC0eG4iK8mO@mail.gmail.example.com>",
                    ret="a.alqahtani@rawasi-contracting.example.sa")
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالعزيز بن فهد القحطاني", "مدير أول الموارد البشرية وعلاقات العمل", "شركة الرواسي للمقاولات العامة",
           ["plenary"])],
        notes="self-nomination; name, title and company only in the signature; honorific 'م.' (engineer) not part "
              "of the name; From display name shorter than the signature name; 'إحدى الجلسات العامة' = plenary."))


# ---- 09 fr voluntary report, HTML-only, Maghrebi French
def m09():
    when = at("2021-02-04 19:30:44")
    sent = when - dt.timedelta(seconds=17)
    name = "Rapport_ATMQ_PMM_2021.docx"
    html = html_wrap("""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonsoir,</p>
<p>Suite &agrave; votre appel &agrave; contributions, nous avons l'honneur de vous transmettre <b>ci-joint</b> le rapport volontaire de l'Association des Travailleurs Marocains au Qatar (ATMQ) sur la mise en &oelig;uvre du Pacte mondial, en particulier les objectifs 6 (recrutement &eacute;quitable et travail d&eacute;cent) et 22 (portabilit&eacute; de la s&eacute;curit&eacute; sociale).</p>
<p>Le rapport a &eacute;t&eacute; pr&eacute;par&eacute; avec nos adh&eacute;rents des secteurs de l'h&ocirc;tellerie, de la s&eacute;curit&eacute; priv&eacute;e et du BTP. Nos membres suivront bien s&ucirc;r les travaux en ligne.</p>
<p>Veuillez agr&eacute;er, Madame, Monsieur, l'expression de nos salutations distingu&eacute;es.</p>
<p>Youssef Benali<br>Secr&eacute;taire g&eacute;n&eacute;ral<br>ATMQ &ndash; Doha</p>
</div>""")
    h = leaf("text/html", html, "iso-8859-1", "quoted-printable")
    att = docx_att(name, ["Association des Travailleurs Marocains au Qatar (ATMQ)",
                          "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                          "Objectif 6 : recrutement equitable ; Objectif 22 : portabilite de la securite sociale"])
    body = multi("mixed", [h, att], "----=_NextPart_000_0042_01D6FB11.2A7E8C10")
    rows = std_rows(when, "mail.atmq-doha.example.org", "37.210.44.12", "4DWm4t9Vsqz2",
                    "Youssef Benali <y.benali@atmq-doha.example.org>",
                    hdr("Rapport volontaire ATMQ – Pacte mondial sur les migrations", "utf-8", "Q"),
                    rfcdate(tz(sent, 3)), "<004101d6fb11$2a7e8c10$7f7ba430$@atmq-doha.example.org>",
                    ret="y.benali@atmq-doha.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ma")]
    m = top(body, rows)
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="HTML-only body in iso-8859-1 with HTML entities (&eacute;, &oelig;); 'nos membres suivront les "
              "travaux en ligne' is not a speaking request; GCM objectives named by number."))


# ---- 10 en speaker follow-up of 01: title correction and a roundtable fallback
M10_ID = "<CAGq7Lr2mT9vXk4pZ1wB8nH3sQ6dF0yJ5cE2uA7iK9oR4tVbP-fwd2@mail.gmail.example.com>"


def m10():
    when = at("2021-02-05 10:02:18")
    sent = when - dt.timedelta(seconds=4)
    text = """Hi again,

Small correction to my note below: Huda's title is now Director of Compliance and Standards (she was promoted last week!). Also, if the plenary list is already full, she would be equally happy to take the floor in the fourth roundtable instead.

Best,
Rashid

On Wed, 27 Jan 2021 at 12:12, Rashid Khan <rashid.khan@gera-gulf.example.org> wrote:
> Hi,
>
> Following the invitation letter that the IOM office in Abu Dhabi shared with
> our members, the Gulf Ethical Recruitment Alliance (GERA) would like to put
> forward a speaker for a floor intervention in the plenary:
>
> Huda Al-Mansoori, Head of Compliance (Gulf Ethical Recruitment Alliance)
>
> Huda leads our work with 40+ employers in the UAE and Qatar on the Employer
> Pays Principle [...]
>
> Rashid
"""
    body = alt_gmail(text, "000000000000e9d03b05ba8b4f72")
    rows = std_rows(when, "mail-ed1-f41.google.example.com", "209.85.208.41", "4DX3n1Hcfkz5",
                    "Rashid Khan <rashid.khan@gera-gulf.example.org>", "Re: " + M01_SUBJ,
                    rfcdate(tz(sent, 4)), M10_ID, ret="rashid.khan@gera-gulf.example.org")
    rows += [("In-Reply-To", M01_ID), ("References", M01_ID)]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Huda Al-Mansoori", "Director of Compliance and Standards", "Gulf Ethical Recruitment Alliance (GERA)",
           ["plenary", "roundtable"], 4)],
        thread_of="h73-01.eml",
        notes="follow-up to h73-01 (sender replies to his own mail): new title replaces the quoted one; plenary "
              "still first choice, 'the fourth roundtable' as fallback; affiliation only in the quoted text; the "
              "old title 'Head of Compliance' still appears in the quote."))


# ---- 11 en both, on time: ethical-recruitment platform in Kuwait, rapporteur in unusual order
def m11():
    when = at("2021-02-05 15:40:03")
    sent = when - dt.timedelta(seconds=12)
    name = "RRP-K Voluntary GCM Report Feb2021.pdf"
    text = """Dear Regional Review team,

Please find attached the voluntary GCM review report of the Responsible Recruitment Platform - Kuwait (RRP-K), a joint initiative of 14 recruitment agencies, 6 employers and two workers' committees. The report covers fee-free recruitment corridors from Nepal, Sri Lanka and Kenya to Kuwait, 2019-2020.

We would also like to propose RRP-K's Research Lead, Ms Noura Al-Enezi, as rapporteur to deliver the stakeholders' key messages, should the Network be looking for one from the private sector side.

Kind regards,

Thomas Varghese
Secretariat Coordinator, RRP-K
Kuwait City
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii")],
                "_000_AS8PR03MB7012C3E5A7B9D1F3A5C7E9B1D3F5AS8PR03MB7012eurp_")
    att = pdf_att(name, ["Responsible Recruitment Platform - Kuwait (RRP-K)", "Voluntary GCM Review Report",
                         "Fee-free recruitment corridors: Nepal, Sri Lanka and Kenya to Kuwait, 2019-2020"])
    body = multi("mixed", [alt, att], "_004_AS8PR03MB7012C3E5A7B9D1F3A5C7E9B1D3F5AS8PR03MB7012eurp_")
    rows = std_rows(when, "mail-am6eur03on2110.outbound.protection.outlook.example.com", "40.107.3.110",
                    "4DXFz6Q2rbz8", '"Varghese, Thomas" <t.varghese@rrp-kuwait.example.org>',
                    "RRP-K voluntary report + rapporteur proposal", rfcdate(tz(sent, 3)),
                    "<AS8PR03MB7012C3E5A7B9D1F3A5C7E9B1D3F5@AS8PR03MB7012.eurprd03.prod.outlook.example.com>",
                    ret="t.varghese@rrp-kuwait.example.org")
    rows += [("X-MS-Has-Attach", "yes"), ("Accept-Language", "en-GB"), ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Noura Al-Enezi", "Research Lead", "Responsible Recruitment Platform - Kuwait (RRP-K)", ["rapporteur"])],
        report_attachments=[name],
        notes="report + speaker in one mail, both on time (5 Feb afternoon); speaker introduced as "
              "\"RRP-K's Research Lead, Ms Noura Al-Enezi\" (organisation and title before the name, honorific "
              "'Ms'); conditional phrasing ('should the Network be looking for one'); the sender is not the "
              "speaker; attachment name with spaces."))


# ---- 12 ar speaker, deadline edge ON TIME: Riyadh Date header already shows Saturday
def m12():
    when = at("2021-02-05 23:57:10")
    sent = when - dt.timedelta(seconds=22)
    text = """مساء الخير
نرغب بالمشاركة كمتحدث في المائدة المستديرة الثانية:

الاسم: خالد ابراهيم الدوسري
الصفة: رئيس لجنة الموارد البشرية والتوطين
الجهة: غرفة الشرقية

معذرة على التأخير، ان شاء الله نلحق

تم الإرسال من جوالي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pj1-f45.google.example.com", "209.85.216.45", "4DXZ5s0Kq3z1",
                    addr("Khalid Aldossary", "k.aldossary.chamber@gmail.example.com"),
                    hdr("المشاركة في المراجعة الاقليمية"), rfcdate(tz(sent, 3)),
                    "<CAN8vR2tW6xZ0bD4fH8jL2nP6rT0vX4zB8dF2hJ6lN0pR4tV@mail.gmail.example.com>",
                    ret="k.aldossary.chamber@gmail.example.com")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد ابراهيم الدوسري", "رئيس لجنة الموارد البشرية والتوطين", "غرفة الشرقية", ["roundtable"], 2)],
        notes="deadline edge: received 23:57:10 Beirut on Fri 5 Feb = on time, but the Date header reads "
              "'Sat, 6 Feb 2021 00:56:48 +0300' (Riyadh) and the sender apologises for being late; labelled "
              "fields (الاسم/الصفة/الجهة); the committee is part of the title, the chamber is the affiliation; "
              "mobile Gmail, base64 single part, personal address."))


# ---- 13 fr speaker, deadline edge LATE: Casablanca Date header still shows Friday
def m13():
    when = at("2021-02-06 00:06:30")
    sent = when - dt.timedelta(seconds=28)
    text = """Bonsoir,

Dans les délais du 5 février, nous souhaitons proposer deux intervenants de notre agence :
- Mme Salma Bennani, directrice générale d'Atlas Recrutement International (ARI), pour la table ronde n°1
- M. Karim Tazi, responsable conformité et recrutement éthique chez ARI, pour la discussion ouverte du 23 février

ARI est une agence agrée par le ministère de l'emploi pour le recrutement vers l'Arabie saoudite, le Qatar et les Emirats, on est signataires du code de conduite de la CIETT depuis 2019.

Merci de nous confirmer la bonne reception.

Cordialement,
Karim Tazi
"""
    body = alt_gmail(text, "000000000000a7c52e05baa1d3f9")
    rows = std_rows(when, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DXb0p7Tm1z4",
                    "Karim Tazi <k.tazi@ari-recrutement.example.ma>", "Propositions d'intervenants - ARI",
                    rfcdate(tz(sent, 1)), "<CAP1wS5uX9zB3dF7hJ1lN5pR9tV3xZ7bD1fH5jL9nP3rT7vX@mail.gmail.example.com>",
                    ret="k.tazi@ari-recrutement.example.ma")
    m = top(body, rows)
    aff = "Atlas Recrutement International (ARI)"
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salma Bennani", "directrice générale", aff, ["roundtable"], 1),
        sp("Karim Tazi", "responsable conformité et recrutement éthique", aff, ["open_discussion"])],
        notes="deadline edge: received 00:06:30 Beirut on Sat 6 Feb = late, although the Date header reads "
              "'Fri, 5 Feb 2021 23:06:02 +0100' (Casablanca) and the body claims 'dans les délais du 5 février'; "
              "two speakers, one of them the sender; titles in lower case before 'd'ARI'/'chez ARI'; honorifics "
              "'Mme'/'M.'; 'CIETT' is not the affiliation."))


# ---- 14 ar speaker LATE, Egyptian colloquial, relies on the Arabic misprint (23 Feb)
M14_ID = "<CAQ4yU8wZ2bD6fH0jL4nP8rT2vX6zB0dF4hJ8lN2pR6tV0xZ@mail.gmail.example.com>"
M14_FROM = "rabta.egy.kw@gmail.example.com"


def m14():
    when = at("2021-02-08 13:22:06")
    sent = when - dt.timedelta(seconds=8)
    text = """صباح الخير يا جماعة،

احنا شفنا في الخطاب العربي ان آخر ميعاد لطلبات الكلمة يوم الجمعة 23 فبراير، فبنبعت دلوقتي بدري أهو 🙂

عايزين نرشح الأستاذ محمود عبد الفتاح سليمان، المنسق العام لرابطة العاملين المصريين بالكويت، ياخد كلمة في الجلسة العامة يوم 24 أو 25. الأستاذ محمود شغال مع العمالة المصرية في قطاع المقاولات بقاله أكتر من 15 سنة وعارف مشاكل الكفالة والتحويلات كويس.

ولو محتاجين أي ورق تاني ابعتولنا.

شكراً
حسام - سكرتارية الرابطة
"""
    body = alt_rtl(text, "0000000000003d8e7a05bac2e0b4", cte="quoted-printable")
    rows = std_rows(when, "mail-oi1-f180.google.example.com", "209.85.167.180", "4DYr2k6Jd9z7",
                    addr("رابطة العاملين المصريين بالكويت", M14_FROM), hdr("ترشيح للكلمة في المؤتمر"),
                    rfcdate(tz(sent, 3)), M14_ID, ret=M14_FROM)
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمود عبد الفتاح سليمان", "المنسق العام", "رابطة العاملين المصريين بالكويت", ["plenary"])],
        notes="Egyptian colloquial; late (8 Feb): the sender relies on the Arabic letter's misprinted deadline "
              "'الجمعة 23 فبراير'; title and affiliation fused ('المنسق العام لرابطة ...'); honorific 'الأستاذ'; "
              "signed with a first name only by the association's secretariat (display name = association); "
              "emoji in a QP body."))


# ---- 15 en bounce: our acknowledgement to h14 bounced (mailbox full)
def m15():
    when = at("2021-02-08 13:25:41")
    qid = "A7C31E0F52"
    ack_id = "<ack-20210208-0014@gcmrr.iom.int>"
    notice = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<%s>: host gmail-smtp-in.l.google.example.com[142.250.27.26]
    said: 552-5.2.2 The email account that you tried to reach is over quota.
    (in reply to end of DATA command)
""" % M14_FROM
    p1 = leaf("text/plain", notice, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in ([("Reporting-MTA", "dns; mx1.iom.int"), ("X-Postfix-Queue-ID", qid),
                    ("X-Postfix-Sender", "rfc822; " + BOX),
                    ("Arrival-Date", "Mon,  8 Feb 2021 13:25:30 +0200 (EET)")],
                   [("Final-Recipient", "rfc822; " + M14_FROM), ("Original-Recipient", "rfc822;" + M14_FROM),
                    ("Action", "failed"), ("Status", "5.2.2"),
                    ("Remote-MTA", "dns; gmail-smtp-in.l.google.example.com"),
                    ("Diagnostic-Code", "smtp; 552-5.2.2 The email account that you tried to reach is over\r\n"
                                        "    quota.")]):
        b = Message(policy=POL)
        for k, v in fields:
            b[k] = v
        b.set_payload("")
        blocks.append(b)
    ds._payload = blocks
    hdrs = ("Received: from gcmrr-intake.iom.int by mx1.iom.int (Postfix) with ESMTPS id %s;\n"
            "\tMon,  8 Feb 2021 13:25:30 +0200 (EET)\nFrom: GCM Regional Review Arab States <%s>\nTo: %s\n"
            "Subject: =?utf-8?B?2KrYo9mD2YrYryDYp9mE2KfYs9iq2YTYp9mF?=\nDate: Mon, 8 Feb 2021 11:25:29 +0000\n"
            "Message-ID: %s\nIn-Reply-To: %s\nMIME-Version: 1.0\n" % (qid, BOX, M14_FROM, ack_id, M14_ID))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, ds, p3], "%s.1612783541/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    for k, v in [("Return-Path", "<>"), ("Delivered-To", BOX),
                 ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
                 ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
                 ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                 ("Message-ID", "<20210208112541.%s@mx1.iom.int>" % qid)]:
        m[k] = v
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    m.preamble = body.preamble
    add(15, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for our acknowledgement of h73-14 (recipient over quota); the returned headers carry "
              "In-Reply-To of h73-14 and an Arabic encoded subject; not a follow-up, not to be acknowledged."))


# ---- 16 en voluntary report: link to a shared drive + short summary PDF
M16_ID = "<CAR5zV9xA3cE7gI1kM5oQ9sU3wY7aC1eG5iK9mO3qS7uW1yA@mail.gmail.example.com>"


def m16():
    when = at("2021-02-10 14:10:37")
    sent = when - dt.timedelta(seconds=15)
    name = "JFRP_GCM_review_summary_4pp.pdf"
    text = """Dear GCM team,

Our voluntary review report came out at 28 MB with the annexes (survey data from 1,200 garment and agriculture workers), so it's too big to email - we've put the full report and annexes in a shared folder:

https://drive.google.example.com/drive/folders/1aBcD3fGhIjK5lMnOpQ7rStUvW9xYz?usp=sharing

Attached is a 4-page summary of the main findings and recommendations on fair recruitment in Jordan's QIZ factories and agriculture.

The report was prepared jointly by the Jordan Fair Recruitment Platform (JFRP) members: two employers' associations, the garment workers' union and three recruitment agencies.

Please let me know if you have any trouble opening the folder.

Thanks,
Dana Qaisi
Programme Manager, JFRP
Amman
"""
    alt = alt_gmail(text, "000000000000f1a2b305bae3c4d6")
    att = pdf_att(name, ["Jordan Fair Recruitment Platform (JFRP)", "Voluntary GCM review report - summary (4 pages)",
                         "Fair recruitment in QIZ garment factories and agriculture",
                         "Full report: shared folder (28 MB with annexes)"],
                  extra=[("X-Attachment-Id", "f_kl0x7c2m0")])
    body = multi("mixed", [alt, att], "000000000000f1a2b505bae3c4d8")
    rows = std_rows(when, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DZk3n7Pb2z6",
                    "Dana Qaisi <dana.qaisi@jfrp-jo.example.org>", "JFRP voluntary GCM report (link + summary)",
                    rfcdate(sent), M16_ID, ret="dana.qaisi@jfrp-jo.example.org")
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="the full report is only a shared-drive link; the attached 4-page summary PDF is the report "
              "attachment; collective report (employers, union, agencies)."))


# ---- 17 fr both, speaker part late: Lebanese HR firm in Dubai, speaker in a table
def m17():
    when = at("2021-02-11 10:00:52")
    sent = when - dt.timedelta(seconds=3)
    name = "Rapport PMM – Nassar RH & Mobilité.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint notre contribution au rapport volontaire sur le Pacte mondial (coûts du recrutement et mobilité des travailleurs entre employeurs aux Emirats).

Par ailleurs, notre associée souhaiterait prendre la parole en séance plénière :

Nom            | Fonction          | Organisation
Rita Nassar    | Associée gérante  | Nassar RH & Mobilité FZ-LLC (Dubaï)

Merci et bonne journée,
Carla Abi Nader
Chargée de projets
"""
    tbl = ('<table border="1" cellspacing="0" cellpadding="3"><tr><td><b>Nom</b></td><td><b>Fonction</b></td>'
           '<td><b>Organisation</b></td></tr><tr><td>Rita Nassar</td><td>Associée gérante</td>'
           '<td>Nassar RH &amp; Mobilité FZ-LLC (Dubaï)</td></tr></table>')
    parts = text.split("Nom            |")
    tail = text[text.index("Merci et bonne"):]
    html = html_wrap(text2html(parts[0].strip()) + tbl + text2html(tail))
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_PR3PR02MB6155D2E4F6A8B0C2D4E6F8A0B2C4PR3PR02MB6155eurp_")
    w = b_word(name)
    att = leaf("application/pdf", make_pdf(["Nassar RH & Mobilite FZ-LLC - Dubai", "Contribution au rapport volontaire PMM",
                                            "Couts du recrutement et mobilite entre employeurs aux Emirats"]),
               cte="base64", params=[("name", '"%s"' % w)], disp='attachment; filename="%s"' % w)
    body = multi("mixed", [alt, att], "_004_PR3PR02MB6155D2E4F6A8B0C2D4E6F8A0B2C4PR3PR02MB6155eurp_")
    rows = std_rows(when, "mail-pr3eur02on2101.outbound.protection.outlook.example.com", "40.107.2.101",
                    "4F0Qv2Lh5cz9", addr("Carla Abi Nader", "carla@nassar-rh.example.ae"),
                    "Rapport volontaire + intervenante - Nassar RH", rfcdate(tz(sent, 4)),
                    "<PR3PR02MB6155D2E4F6A8B0C2D4E6F8A0B2C4@PR3PR02MB6155.eurprd02.prod.outlook.example.com>",
                    ret="carla@nassar-rh.example.ae")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rita Nassar", "Associée gérante", "Nassar RH & Mobilité FZ-LLC (Dubaï)", ["plenary"])],
        report_attachments=[name],
        notes="both, 11 Feb: report on time but speaker part late, so on_time false; speaker in a table (HTML "
              "table, pipes in text/plain); sender is not the speaker; PDF name with en dash and accents as an "
              "RFC 2047 B word in quoted name/filename."))


# ---- 18 fr voluntary report announced 'ci-joint' but sent without attachment (iPhone)
M18_ID = "<3A4B5C6D-7E8F-4A0B-8C1D-2E3F4A5B6C7D@ctdf-jordanie.example.org>"
M18_SUBJ = "Rapport volontaire collectif CTDF-J"


def m18():
    when = at("2021-02-12 17:30:15")
    sent = when - dt.timedelta(seconds=20)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire collectif du Collectif des travailleuses domestiques francophones en Jordanie (CTDF-J), préparé avec nos membres camerounaises, malgaches et ivoiriennes.

Cordialement
Marie-Claire Ndongo
Coordinatrice, CTDF-J

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.ctdf-jordanie.example.org", "188.247.70.5", "4F1Tq8Bn4vz3",
                    "Marie-Claire Ndongo <mc.ndongo@ctdf-jordanie.example.org>", M18_SUBJ, rfcdate(sent), M18_ID,
                    ret="mc.ndongo@ctdf-jordanie.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="report submission announced 'ci-joint' but the message carries no attachment (iPhone, single "
              "text part); the attachment follows in h73-19."))


# ---- 19 fr follow-up of 18 with the DOCX (RFC 2231 name)
M19_ID = "<CAS6aW0yB4dF8hJ2lN6pR0tV4xZ8bD2fH6jL0nP4rT8vX2zB@mail.gmail.example.com>"


def m19():
    when = at("2021-02-12 17:52:40")
    sent = when - dt.timedelta(seconds=9)
    name = "Rapport_collectif_CTDF-J_février_2021.docx"
    text = """Désolée, la pièce jointe n'est pas partie depuis mon téléphone. La voici !

Marie-Claire

Le ven. 12 févr. 2021 à 17:29, Marie-Claire Ndongo <mc.ndongo@ctdf-jordanie.example.org> a écrit :
> Bonjour,
>
> Veuillez trouver ci-joint le rapport volontaire collectif du Collectif des
> travailleuses domestiques francophones en Jordanie (CTDF-J) [...]
"""
    alt = alt_gmail(text, "000000000000a3b4c505baf6e7d1")
    att = docx_att(name, ["Collectif des travailleuses domestiques francophones en Jordanie (CTDF-J)",
                          "Rapport volontaire collectif - Pacte mondial sur les migrations",
                          "Travail domestique, kafala et acces a la justice"])
    body = multi("mixed", [alt, att], "000000000000a3b4c705baf6e7d3")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4F1Tz5Hm0rz8",
                    "Marie-Claire Ndongo <mc.ndongo@ctdf-jordanie.example.org>", "Re: " + M18_SUBJ, rfcdate(sent),
                    M19_ID, ret="mc.ndongo@ctdf-jordanie.example.org")
    rows += [("In-Reply-To", M18_ID), ("References", M18_ID)]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h73-18.eml",
        notes="follow-up of h73-18 bringing the missing attachment; DOCX name with 'é' in RFC 2231 "
              "continuations; very short body, the context is in the quote."))


# ---- 20 ar both, speaker part late: Bahrain union federation
def m20():
    when = at("2021-02-13 12:00:26")
    sent = when - dt.timedelta(seconds=10)
    name = "تقرير الاتحاد - الاتفاق العالمي للهجرة 2021.docx"
    text = """الإخوة والأخوات في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،

تحية نقابية وبعد،

يسرنا أن نرفق لكم التقرير الطوعي للاتحاد العام لنقابات عمال البحرين حول تنفيذ الاتفاق العالمي، ويتناول نظام تصريح العمل المرن وحماية الأجور ومشاركة العمال المهاجرين في العمل النقابي.

كما نود أن يشارك الأخ جاسم عبدالله المطوع، الأمين العام المساعد للعلاقات الدولية، بمداخلة في المائدة المستديرة رقم (1). ونعتذر عن التأخر في إرسال الترشيح بسبب انشغالنا بإعداد التقرير.

مع التحية النقابية،
سلمى حسن العريبي
سكرتارية العلاقات الدولية
"""
    alt = alt_rtl(text, "----=_NextPart_001_0063_01D70202.4B5C6D70")
    att = docx_att(name, ["General Federation of Bahrain Trade Unions", "Voluntary GCM review report 2021",
                          "الاتحاد العام لنقابات عمال البحرين"])
    body = multi("mixed", [alt, att], "----=_NextPart_000_0062_01D70202.4B5C6D70")
    rows = std_rows(when, "mail.gfbtu.example.bh", "80.95.200.14", "4F2Km1Wx7tz0",
                    addr("سلمى العريبي", "s.aluraibi@gfbtu.example.bh"),
                    hdr("التقرير الطوعي وترشيح للمائدة المستديرة"), rfcdate(tz(sent, 3)),
                    "<006201d70202$4b5c6d70$e2154850$@gfbtu.example.bh>", ret="s.aluraibi@gfbtu.example.bh")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-bh")]
    m = top(body, rows)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("جاسم عبدالله المطوع", "الأمين العام المساعد للعلاقات الدولية", "الاتحاد العام لنقابات عمال البحرين",
           ["roundtable"], 1)],
        report_attachments=[name],
        notes="both, 13 Feb: report on time, speaker late, so on_time false; union honorific 'الأخ'; affiliation "
              "only in the report sentence, written with the clitic 'للاتحاد ...' (recorded without 'لـ'); Arabic DOCX name with spaces in RFC 2231 continuations."))


# ---- 21 ar voluntary report, deadline edge ON TIME: Dubai Date header shows 17 Feb (Darija)
def m21():
    when = at("2021-02-16 23:58:20")
    sent = when - dt.timedelta(seconds=29)
    name = "rapport_AOME_GCM_2021.pdf"
    text = """السلام عليكم،
ها هو التقرير ديالنا على تطبيق الميثاق العالمي للهجرة، سمحو لينا على التعطال، كنا كنساليو الترجمة.
جمعية العمال المغاربة بالإمارات
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    att = pdf_att(name, ["Association des ouvriers marocains aux Emirats (AOME)", "GCM voluntary review report 2021"])
    body = multi("mixed", [t, att], "Apple-Mail-1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D")
    rows = std_rows(when, "mail.aome-uae.example.org", "94.200.18.77", "4F6Rc9Ty1wz2",
                    "AOME <contact@aome-uae.example.org>", "Rapport", rfcdate(tz(sent, 4)),
                    "<7D8E9F0A-1B2C-4D3E-8F4A-5B6C7D8E9F0A@aome-uae.example.org>", ret="contact@aome-uae.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:20 Beirut on Tue 16 Feb = on time, but the Date header reads "
              "'Wed, 17 Feb 2021 01:57:51 +0400' (Dubai) and the sender apologises for the delay; Moroccan Darija "
              "in Arabic script; French one-word subject 'Rapport' and French file name, yet language ar."))


# ---- 22 en voluntary report, deadline edge LATE: London Date header still shows 16 Feb
def m22():
    when = at("2021-02-17 00:03:40")
    sent = when - dt.timedelta(seconds=21)
    name = "GulfProgramme_VoluntaryReport_GCM2021_final_v3.docx"
    text = """Hello,

Please find our voluntary report attached -- just squeezing in before midnight on the 16th!

It covers the work of our Gulf Programme with construction workers' committees in Qatar and the UAE (heat stress, wage theft and access to grievance mechanisms).

Best regards,
Owen Price
Gulf Programme Coordinator
Building Workers' International Solidarity Fund (BWISF)
London, UK
"""
    alt = alt_gmail(text, "000000000000b6c7d805bb0a1f23")
    att = docx_att(name, ["Building Workers' International Solidarity Fund (BWISF) - Gulf Programme",
                          "Voluntary GCM review report 2021", "Heat stress, wage theft and grievance mechanisms"])
    body = multi("mixed", [alt, att], "000000000000b6c7da05bb0a1f25")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4F6Sg2Pq8xz5",
                    "Owen Price <owen.price@bwisf.example.org.uk>", "Voluntary report - BWISF Gulf Programme",
                    rfcdate(tz(sent, 0)), "<CAT7bX1zC5eG9iK3mO7qS1uW5yA9cE3gI7kM1oQ5sU9wY3aC@mail.gmail.example.com>",
                    ret="owen.price@bwisf.example.org.uk")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: received 00:03:40 Beirut on Wed 17 Feb = late by under four minutes, although the "
              "Date header reads 'Tue, 16 Feb 2021 22:03:19 +0000' (London) and the sender thinks he made it "
              "'before midnight on the 16th'."))


# ---- 23 fr other: thank-you to our acknowledgement (thread of 18), not to be acknowledged
def m23():
    when = at("2021-02-17 09:15:02")
    sent = when - dt.timedelta(seconds=7)
    ack = "<ack-20210212-0031@gcmrr.iom.int>"
    text = """Merci beaucoup pour l'accusé de réception, bonne continuation pour la préparation de la conférence !

Marie-Claire Ndongo
CTDF-J

Envoyé de mon iPhone

> Le 12 févr. 2021 à 18:05, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Nous accusons réception de votre rapport volontaire. Merci de votre contribution.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.ctdf-jordanie.example.org", "188.247.70.5", "4F6m0Dv3Nyz1",
                    "Marie-Claire Ndongo <mc.ndongo@ctdf-jordanie.example.org>",
                    hdr("Re: Accusé de réception - " + M18_SUBJ, "utf-8", "Q"), rfcdate(sent),
                    "<9C0D1E2F-3A4B-4C5D-8E6F-7A8B9C0D1E2F@ctdf-jordanie.example.org>",
                    ret="mc.ndongo@ctdf-jordanie.example.org")
    rows += [("In-Reply-To", ack), ("References", "%s %s %s" % (M18_ID, M19_ID, ack)),
             ("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h73-18.eml",
        notes="thank-you reply to our acknowledgement: adds nothing new, so no acknowledgement; References chain "
              "h73-18, h73-19 and our ack; thread_of is the first message of the chain."))


# ---- 24 ar other, Levantine: Zoom link and interpretation
def m24():
    when = at("2021-02-18 10:00:33")
    sent = when - dt.timedelta(seconds=13)
    text = """مرحبا،
بدي أسأل إذا في رابط زوم للمشاورة يوم 23؟ إحنا سجلنا من أسبوعين بس لهلأ ما وصلنا إشي.
وكمان في ترجمة فورية للعربي بالجلسات؟ كتير من الزملاء ما بيحكوا إنجليزي.
يعطيكم العافية

سامر الخوالدة
النقابة العامة للعاملين في البناء – عمّان
"""
    body = alt_rtl(text, "000000000000c8d9ea05bb1e2f34")
    rows = std_rows(when, "mail-yb1-f169.google.example.com", "209.85.219.169", "4F7Bx4Kp6sz9",
                    addr("Samer Khawaldeh", "samer.khawaldeh@gmail.example.com"), hdr("رابط الزوم؟"),
                    rfcdate(sent), "<CAU8cY2aD6fH0jL4nP8rT2vX6zB0dF4hJ8lN2pR6tV0xZ4bD@mail.gmail.example.com>",
                    ret="samer.khawaldeh@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine colloquial logistics question (Zoom link, interpretation) after the deadlines; mentions "
              "the consultation of the 23rd but asks for no speaking role; personal Gmail address."))


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
