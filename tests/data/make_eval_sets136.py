#!/usr/bin/env python3
"""Write the blind evaluation set holdout136 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets136.py
Theme: lawyers and legal aid: bar associations, law-faculty legal clinics, pro bono law firms, judges and
prosecutors in training institutes (Lebanon, Jordan, Egypt, Tunisia, Morocco, Algeria, Iraq).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout136")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h136-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, d, inner))


def mso(lines, rtl=False):
    d = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    out = []
    for ln in lines.split("\n"):
        out.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(ln) if ln else "&nbsp;"))
    return "\n".join(out)


# ---------------------------------------------------------------- 01  judge, judicial institute, formal Arabic
def m01():
    when = at("2021-01-29 10:12:44")
    sent = when - dt.timedelta(seconds=6)
    text = """الرقم: م ق أ / 7 / 2021 / 142
التاريخ: 2021/1/28
الموافق: 15 جمادى الآخرة 1442 هـ

السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين
فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية

الموضوع: ترشيح متحدث للمؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة

تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، والمؤتمر المزمع عقده يومي 24 و25 شباط 2021، يتشرف المعهد القضائي الأردني بترشيح عطوفة القاضي الدكتور عمر سليمان الخوالدة، رئيس قسم التدريب المستمر، لتقديم مداخلة من القاعة في إحدى الجلسات العامة للمؤتمر، وذلك في ضوء خبرته في تدريب القضاة وأعضاء النيابة العامة على قضايا الاتجار بالبشر وحماية حقوق العمال المهاجرين أمام المحاكم.

ويرجى التكرم بمراسلة عطوفته مباشرة على البريد الإلكتروني o.khawaldeh@jji-jo.example.org مع نسخة إلى مكتبنا.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

القاضي د. هيثم نايف الزعبي
مدير عام المعهد القضائي الأردني

نسخة/ الملف العام
"""
    inner = mso(text.rstrip("\n"), rtl=True)
    html = outlook_html(inner, "AR-JO", rtl=True)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_DB7PR03MB4972A1E0C6F5B2D8E3C1A9F0DB7PR03MB4972eurp_")
    rows = std_rows(when, "mail.jji-jo.example.org", "212.118.9.40", "4DRqT50mGxz4F",
                    addr("مكتب المدير العام - المعهد القضائي الأردني", "dg.office@jji-jo.example.org"),
                    hdr("ترشيح متحدث - كتاب رقم م ق أ/7/2021/142"), rfcdate(sent),
                    "<DB7PR03MB4972A1E0C6F5B2D8E3C1A9F0@DB7PR03MB4972.eurprd03.prod.outlook.example.com>",
                    ret="dg.office@jji-jo.example.org")
    rows += [("Thread-Topic", hdr("ترشيح متحدث - كتاب رقم م ق أ/7/2021/142")),
             ("Thread-Index", "AdbyR1c2k7QxZ0sJTf2xk1y4b+5wFQ=="), ("Content-Language", "ar-JO"),
             ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر سليمان الخوالدة", "رئيس قسم التدريب المستمر", "المعهد القضائي الأردني", ["plenary"])],
        notes="formal Jordanian official letter: reference number, Gregorian and Hijri date lines at the top; the "
              "speaker carries three honorifics ('عطوفة القاضي الدكتور') to drop; the letter is signed by the "
              "Director-General (another judge, not the speaker); the affiliation is the proposing institute "
              "named as the subject of the sentence; 'مداخلة من القاعة في إحدى الجلسات العامة' = plenary; "
              "Outlook HTML+plain, both base64; the speaker's email address is in the body."))


# ---------------------------------------------------------------- 02  other: question, Iraq, English
def m02():
    when = at("2021-01-29 15:41:20")
    sent = tz(when - dt.timedelta(seconds=31), 3)
    text = """Dear Sir/Madam,

Good afternoon from Baghdad.

We are a small legal aid organisation working with migrant domestic workers and we received the invitation through the Iraqi Bar Association. We have two questions before we prepare anything:

1- Our report will be written in Arabic originally. Is it acceptable to send it in Arabic only, or we must translate to English?
2- Is there a template or maximum number of pages for the voluntary report? Should it cover only 2019-2020?

Also we would like to know if prosecutors who are trainees at the Judicial Institute may attend the conference as observers, several of them are interested in the topic.

Thank you in advance for your kind clarification.

Best regards

Zainab Al-Rubaie
Legal Officer
Bayt Al-Adala for Legal Aid
Karrada, Baghdad - Iraq
Mob: +964 770 000 1234
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    rows = std_rows(when, "mail-ed1-f66.google.example.com", "209.85.208.66", "4DRxm22Bq9z7",
                    "Zainab Al-Rubaie <zainab.alrubaie.law@gmail.example.com>",
                    "Questions about the voluntary report (language / template)", rfcdate(sent),
                    "<CAH4xLq2Pz9eW7nR1tY5uI3oM8kJ6bV0cX2zA4sD7fG9hQ1wErT@mail.gmail.example.com>",
                    ret="zainab.alrubaie.law@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (language of the report, template/length, prosecutors as observers); mentions the "
              "voluntary report and the conference but submits nothing and proposes no speaker; plain 7bit text, "
              "Date in +0300."))


# ---------------------------------------------------------------- 03  legal clinic: coordinator + student, table
def m03():
    when = at("2021-02-01 09:05:33")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    aff = "Clinique juridique des droits des migrants, Faculté des sciences juridiques, économiques et sociales, Université Mohammed Premier"
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial sur les migrations, la Clinique juridique des droits des migrants de notre Faculté souhaite proposer deux intervenants :

| Nom et prénom    | Fonction                                                   | Institution | Intervention souhaitée |
| EL OUAFI Salma   | Professeure habilitée en droit public, coordinatrice de la clinique | %s | Discussion ouverte (consultation du 23 février) |
| Youssef Amrani   | Étudiant en Master « Droit des migrations et de l'asile » (2e année) | idem | Table ronde thématique n° 3 |

M. Amrani a participé cette année à l'accompagnement juridique de plus de quarante migrants subsahariens à Oujda ; il nous semble important que la voix des étudiants cliniciens soit entendue.

Nous restons à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pr. Salma El Ouafi
Coordinatrice – Clinique juridique des droits des migrants
FSJES Oujda – BP 724, Oujda 60000, Maroc
""" % aff
    html = """<div>Madame, Monsieur,</div><div><br></div>
<div>Suite &agrave; la lettre d'invitation relative &agrave; l'Examen r&eacute;gional du Pacte mondial sur les migrations, la Clinique juridique des droits des migrants de notre Facult&eacute; souhaite proposer deux intervenants&nbsp;:</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Nom et pr&eacute;nom</th><th>Fonction</th><th>Institution</th><th>Intervention souhait&eacute;e</th></tr>
<tr><td>EL OUAFI Salma</td><td>Professeure habilit&eacute;e en droit public, coordinatrice de la clinique</td><td>%s</td><td>Discussion ouverte (consultation du 23 f&eacute;vrier)</td></tr>
<tr><td>Youssef Amrani</td><td>&Eacute;tudiant en Master &laquo;&nbsp;Droit des migrations et de l'asile&nbsp;&raquo; (2e ann&eacute;e)</td><td>idem</td><td>Table ronde th&eacute;matique n&deg; 3</td></tr>
</table>
<div><br></div>
<div>M. Amrani a particip&eacute; cette ann&eacute;e &agrave; l'accompagnement juridique de plus de quarante migrants subsahariens &agrave; Oujda&nbsp;; il nous semble important que la voix des &eacute;tudiants cliniciens soit entendue.</div><div><br></div>
<div>Nous restons &agrave; votre disposition pour toute information compl&eacute;mentaire.</div><div><br></div>
<div>Veuillez agr&eacute;er, Madame, Monsieur, l'expression de nos salutations distingu&eacute;es.</div><div><br></div>
<div>-- <br>Pr. Salma El Ouafi<br>Coordinatrice &ndash; Clinique juridique des droits des migrants<br>FSJES Oujda &ndash; BP 724, Oujda 60000, Maroc</div>
""" % esc(aff).replace("é", "&eacute;")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html_wrap(html), "UTF-8")],
                 "000000000000f41c7a05ba3c9e27")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DTh3k1XmRz2",
                    addr("Salma El Ouafi", "s.elouafi@ump-fsjes.example.ac.ma"),
                    "Proposition d'intervenants - Clinique juridique FSJES Oujda", rfcdate(sent),
                    "<CAPq7Xn0bM3vL8wT2yK6rF1eH9sJ4dG5cZ0aU7iO3pN8qW2xB6v@mail.gmail.example.com>",
                    ret="s.elouafi@ump-fsjes.example.ac.ma")
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma El Ouafi", "Professeure habilitée en droit public, coordinatrice de la clinique", aff, ["open_discussion"]),
        sp("Youssef Amrani", "Étudiant en Master « Droit des migrations et de l'asile » (2e année)", aff, ["roundtable"], 3)],
        notes="two speakers in a table (HTML table, pipe table in text/plain): the coordinator proposes herself, "
              "written SURNAME-first in capitals ('EL OUAFI Salma'), plus a law student whose institution cell says "
              "'idem'; the clinic's parent faculty and university are part of the affiliation, the postal address "
              "in the signature is not; 'Pr.' is an honorific; roundtable written 'n° 3'."))


# ---------------------------------------------------------------- 04  auto-reply, bar association
def m04():
    when = at("2021-02-01 11:30:02")
    sent = when - dt.timedelta(seconds=1)
    text = """Thank you for your email.

The International Relations Office of the Jordan Bar Association is closed from 31 January to 4 February 2021 due to the Covid-19 lockdown measures. Your message will be dealt with upon our return.

For urgent matters please contact the Bar's main switchboard on +962 6 000 0000.

شكراً لرسالتكم. مكتب العلاقات الدولية في نقابة المحامين الأردنيين مغلق حتى 4 شباط 2021.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail.jba-jo.example.org", "188.247.70.12", "4DTkQ72Nc1z9")),
            ("From", "International Relations Office <intl@jba-jo.example.org>"), ("To", BOX),
            ("Subject", "Automatic reply: Regional Review of the Global Compact for Migration in the Arab Region - "
                        "Invitation to stakeholders"),
            ("Date", rfcdate(sent)), ("Message-ID", "<9f1e2c3a4b5d46e7a8b9c0d1e2f3a4b5@jba-jo.example.org>"),
            ("In-Reply-To", "<invitation-2021-gcmrr-arab@iom.int>"), ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "intl@jba-jo.example.org"),
            ("Content-Language", "en-US")]
    m = top(body, rows)
    add(4, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a bar association to the invitation (Auto-Submitted: auto-replied, null "
              "Return-Path), bilingual English/Arabic body; the subject names the review and the invitation."))


# ---------------------------------------------------------------- 05  Beirut Bar migrant rights committee -> chair
def m05():
    when = at("2021-02-02 13:20:15")
    sent = when - dt.timedelta(seconds=9)
    text = """حضرة فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة المحترمين،

تحية طيبة،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يسرّ لجنة حقوق العمال المهاجرين في نقابة المحامين في بيروت أن ترشّح رئيس اللجنة، المحامي الأستاذ جورج فرنسيس عقيقي، لتولّي دور المقرّر وتقديم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر.

الأستاذ عقيقي محامٍ بالاستئناف منذ عام 1998، ويتابع منذ سنوات ملفات العاملات في الخدمة المنزلية ونظام الكفالة أمام المحاكم اللبنانية، كما شارك في إعداد مشروع عقد العمل الموحّد.

نرجو إعلامنا بأي معلومات إضافية مطلوبة.

مع فائق الاحترام،

المحامية ريما حداد
أمينة سر لجنة حقوق العمال المهاجرين
نقابة المحامين في بيروت - قصر العدل، المتحف، بيروت
هاتف: 01/000000 داخلي 214
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html_wrap(html, "rtl"), "UTF-8", "base64")],
                 "0000000000005b7d2e05ba52a1c3")
    rows = std_rows(when, "mail-qt1-f178.google.example.com", "209.85.160.178", "4DVB0w4Tf7z3",
                    addr("Rima Haddad", "rima.haddad.avocat@gmail.example.com"),
                    hdr("ترشيح رئيس لجنة حقوق العمال المهاجرين - نقابة المحامين في بيروت"), rfcdate(sent),
                    "<CAJ8sK2mR5xV1bN7qW3eT9yU4iO6pL0aS2dF8gH1jK5zX7cV3bN@mail.gmail.example.com>",
                    ret="rima.haddad.avocat@gmail.example.com")
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جورج فرنسيس عقيقي", "رئيس اللجنة", "لجنة حقوق العمال المهاجرين في نقابة المحامين في بيروت", ["rapporteur"])],
        notes="a bar association's migrant workers' committee proposes its chair: the bar is the parent body and "
              "part of the affiliation; title 'رئيس اللجنة' keeps the generic 'اللجنة'; honorifics 'المحامي الأستاذ' "
              "dropped; the sender (committee secretary, herself a lawyer) signs and is not a speaker; the address "
              "after the dash in the signature is not part of the affiliation; 'دور المقرّر' = rapporteur; sent "
              "from a personal Gmail address; later replaced by h136-11."))


# ---------------------------------------------------------------- 06  managing partner, brief, firm in signature
M06_ID = "<DX1PR04MB66E2B1C9F0A34D7E8B5C2A61@DX1PR04MB66E2.apcprd04.prod.outlook.example.com>"


def m06():
    when = at("2021-02-02 18:47:51")
    sent = tz(when - dt.timedelta(seconds=14), 4)
    text = """Hi,

Further to the invite - I'd like to take a floor slot in roundtable 2. We've been running pro bono cases for stranded migrant workers since the start of the pandemic and can speak to that.

Bio on request.

Ziad

Ziad Mansour
Managing Partner
Mansour Kanaan & Partners Law Firm | Beirut · Dubai
T +971 4 000 0000 | M +961 3 000 000

Get Outlook for iOS
"""
    html = ('<div dir="ltr">Hi,</div><div dir="ltr"><br></div><div dir="ltr">Further to the invite - I\'d like to take a floor '
            'slot in roundtable 2. We\'ve been running pro bono cases for stranded migrant workers since the start of the '
            'pandemic and can speak to that.</div><div dir="ltr"><br></div><div dir="ltr">Bio on request.</div>'
            '<div dir="ltr"><br></div><div dir="ltr">Ziad</div><div dir="ltr"><br></div><div dir="ltr"><b>Ziad Mansour</b><br>'
            'Managing Partner<br><span style="color:#7f6a3a">Mansour Kanaan &amp; Partners Law Firm</span> | Beirut &middot; '
            'Dubai<br>T +971 4 000 0000 | M +961 3 000 000</div><div dir="ltr"><br></div>'
            '<div class="ms-outlook-ios-signature">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>')
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html_wrap(html), "utf-8")],
                 "_000_DX1PR04MB66E2B1C9F0A34D7E8B5C2A61DX1PR04MB66E2apcp_")
    rows = std_rows(when, "mail-eopbgr1300098.outbound.protection.outlook.example.com", "40.107.130.98", "4DVPz56Lk0z8",
                    "Ziad Mansour <z.mansour@mkp-law.example.com>", "GCM review - speaking slot", rfcdate(sent), M06_ID,
                    ret="z.mansour@mkp-law.example.com")
    rows += [("Thread-Topic", "GCM review - speaking slot"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ziad Mansour", "Managing Partner", "Mansour Kanaan & Partners Law Firm", ["roundtable"], 2)],
        notes="very brief, first person, signed only 'Ziad' in the body; the full name, title and the firm (not named "
              "anywhere else) are only in the signature, followed by '| Beirut · Dubai' (cities, not affiliation); "
              "Outlook for iOS, Date in +0400 (Dubai); 'floor slot in roundtable 2'."))


# ---------------------------------------------------------------- 07  both, Egyptian colloquial
def m07():
    when = at("2021-02-03 20:52:10")
    sent = when - dt.timedelta(seconds=20)
    name = "تقرير الاستعراض الطوعي - مؤسسة سند للعون القانوني.pdf"
    text = """مساء الخير يا جماعة،

مرفق التقرير الطوعي بتاعنا عن تنفيذ الاتفاق العالمي في مصر، ركزنا فيه على المساعدة القانونية للاجئين والمهاجرين المحبوسين احتياطياً وقضايا الإقامة. التقرير فردي باسم المؤسسة.

وكمان حابين نرشح زميلتنا الأستاذة منة الله سعيد عبد الحميد، المحامية بوحدة التقاضي الاستراتيجي عندنا، إنها تتكلم في النقاش المفتوح يوم ٢٣ فبراير. هي اللي ماسكة ملف المحبوسين وعندها أرقام كويسة جداً.

لو محتاجين أي حاجة تانية قولولنا.

شكراً جزيلاً
محمد عادل
مدير البرامج
مؤسسة سند للعون القانوني
وسط البلد، القاهرة
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "000000000000b3c4d505ba6e7f81")
    pdf = make_pdf(["Sanad Foundation for Legal Aid - Cairo", "Voluntary GCM Review Report 2021 (Arabic original)",
                    "Legal aid to detained refugees and migrants; residence cases"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kkq8r1w50")])
    body = multi("mixed", [alt, att], "000000000000b3c4d605ba6e7f83")
    rows = std_rows(when, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DW4c88Yp2z1",
                    addr("محمد عادل", "m.adel.sanad@gmail.example.com"),
                    hdr("التقرير الطوعي + ترشيح متحدثة"), rfcdate(sent),
                    "<CAN3fT8xQ1wE5rY9uI2oP6aS4dF7gH0jK3lZ8xC5vB1nM4qW7eR@mail.gmail.example.com>",
                    ret="m.adel.sanad@gmail.example.com")
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منة الله سعيد عبد الحميد", "المحامية بوحدة التقاضي الاستراتيجي", "مؤسسة سند للعون القانوني", ["open_discussion"])],
        report_attachments=[name],
        notes="Egyptian colloquial ('بتاعنا', 'حابين', 'ماسكة'); report attached and a colleague proposed in the same "
              "mail; the speaker's affiliation is only implied ('عندنا') and taken from the sender's signature, the "
              "neighbourhood/city line is not part of it; 'الأستاذة' honorific; Arabic-Indic digits in '٢٣ فبراير' for "
              "the open discussion; Arabic PDF name RFC 2047-encoded inside the name/filename parameters (Gmail)."))


# ---------------------------------------------------------------- 08  other: Algerian lawyer's questions
def m08():
    when = at("2021-02-03 22:15:48")
    sent = tz(when - dt.timedelta(seconds=40), 1)
    text = """Bonsoir,

Je suis avocat a Oran et je travaille avec une association locale sur les dossiers de migrants subsahariens (expulsions, détention administrative...). J'ai reçu votre lettre d'invitation par un confrere.

Svp j'ai quelques questions :
- la conference du 24-25 fevrier c'est en presentiel a Beyrouth ou en ligne ? vu la situation sanitaire
- est ce qu'il faut etre une ONG dotée du statut consultatif ECOSOC pour participer ?
- y aura t il une interpretation arabe/français ? mon anglais est limité

Merci d'avance et bonne soirée

Me Mourad Belkacem
Avocat
Oran

Envoyé de mon appareil Samsung Galaxy
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mx.djaweb-mail.example.dz", "41.104.12.66", "4DW8Hn2Cq5z6",
                    "Mourad Belkacem <m.belkacem.avocat@djaweb-mail.example.dz>",
                    hdr("Questions participation conférence", "iso-8859-1", "Q"),
                    rfcdate(sent), "<1j5k2-9xa0b7c3d-4e8f1a2b6c9d@email.android.com>",
                    ret="m.belkacem.avocat@djaweb-mail.example.dz")
    m = top(body, rows)
    add(8, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (in person or online, ECOSOC status, interpretation) from a lawyer who describes "
              "himself and his work but does not ask to speak; missing accents, Latin-1 quoted-printable, Android "
              "mail, Date in +0100 (Algeria)."))


# ---------------------------------------------------------------- 09  Iraq network, two speakers, Outlook HTML only
def m09():
    when = at("2021-02-04 12:02:37")
    sent = tz(when - dt.timedelta(seconds=18), 3)
    inner = """<p class="MsoNormal">Dear GCM Regional Review Secretariat,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">On behalf of the Iraqi Legal Aid Network (ILAN), a coalition of 14 legal aid providers and bar committees across Iraq and the Kurdistan Region, I am pleased to put forward the following two speakers for the Regional Review Conference:<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<ol style="margin-top:0cm" start="1" type="1">
<li class="MsoNormal"><b>Ms. Shilan Aziz</b>, Of Counsel, Aziz &amp; Barzani Legal Consultants (Erbil) &#8211; floor intervention in thematic roundtable 4. Shilan has litigated statelessness and civil documentation cases for returnees since 2015.<o:p></o:p></li>
<li class="MsoNormal"><b>Mr. Mustafa Kadhim Al-Saadi</b>, Senior Legal Aid Lawyer, ILAN Basra hub &#8211; roundtable 1, or alternatively the plenary if roundtable 1 is full.<o:p></o:p></li>
</ol>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Both speak Arabic and English. Please copy me on any correspondence with them.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Hawraa Jabbar</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">Network Coordinator<o:p></o:p></span></p>
<p class="MsoNormal"><span style="color:#1F3864">Iraqi Legal Aid Network (ILAN)<o:p></o:p></span></p>
<p class="MsoNormal"><span style="color:#1F3864">Baghdad &#8211; Erbil &#8211; Basra<o:p></o:p></span></p>"""
    body = leaf("text/html", outlook_html(inner), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-db8eur05on2099.outbound.protection.outlook.example.com", "40.107.20.99", "4DWn9f3Gd8z0",
                    "Hawraa Jabbar <coordinator@ilan-iq.example.org>",
                    "ILAN nominations for the GCM Regional Review Conference", rfcdate(sent),
                    "<AM6PR09MB3346C0A7E1B94F2D8C5E7A13@AM6PR09MB3346.eurprd09.prod.outlook.example.com>",
                    ret="coordinator@ilan-iq.example.org")
    rows += [("Thread-Topic", "ILAN nominations for the GCM Regional Review Conference"), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Shilan Aziz", "Of Counsel", "Aziz & Barzani Legal Consultants", ["roundtable"], 4),
        sp("Mustafa Kadhim Al-Saadi", "Senior Legal Aid Lawyer", "Iraqi Legal Aid Network (ILAN)", ["roundtable", "plenary"], 1)],
        notes="HTML-only Outlook message (no text/plain), numbered list of two speakers from different bodies: one at "
              "a law firm ('Of Counsel', city in parentheses not part of the affiliation), one at the network itself "
              "written only as 'ILAN Basra hub' (the full name with acronym is in the first paragraph); second "
              "speaker gives roundtable 1 with the plenary as fallback; sender (network coordinator) is not a speaker."))


# ---------------------------------------------------------------- 10  USJ legal aid centre, Lebanese French letter
def m10():
    when = at("2021-02-04 20:31:09")
    sent = when - dt.timedelta(seconds=25)
    aff = "Centre d'Assistance Juridique aux Migrants (CAJM) de la Faculté de droit et des sciences politiques de l'Université Saint-Joseph"
    text = """Réf. : CAJM/FDSP/2021-027
Beyrouth, le 4 février 2021

À l'attention du Réseau régional des Nations Unies sur les migrations
Objet : Examen régional du Pacte mondial sur les migrations – proposition d'intervenante

Madame, Monsieur,

Le %s a l'honneur de vous proposer la candidature suivante pour une intervention lors de la Conférence d'examen régional des 24 et 25 février 2021 :

- Nom : KHOURY Rita
- Qualité : Avocate au barreau de Beyrouth et responsable pédagogique du Centre
- Intervention souhaitée : intervention depuis la salle en séance plénière

Me Khoury encadre depuis 2017 les étudiants de la clinique juridique dans le suivi des dossiers de travailleuses domestiques migrantes devant le juge des référés et les conseils de prud'hommes.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Pr Antoine Sfeir
Directeur du CAJM
Rue Huvelin, Beyrouth – Liban
-- 
CAJM – USJ
""" % aff
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.usj-cajm.example.edu.lb", "194.126.10.31", "4DX2sK6Rv3z5",
                    "Centre d'Assistance Juridique aux Migrants <cajm@usj-cajm.example.edu.lb>",
                    hdr("Réf. CAJM/FDSP/2021-027 – Proposition d'intervenante (Me Rita Khoury)", "utf-8", "Q"), rfcdate(sent),
                    "<5e2a7c1d-0b3f-4a9e-8c6d-2f1b7e4a9d03@usj-cajm.example.edu.lb>",
                    ret="cajm@usj-cajm.example.edu.lb")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rita Khoury", "Avocate au barreau de Beyrouth et responsable pédagogique du Centre", aff, ["plenary"])],
        notes="formal Lebanese French letter with a reference number and date line; name written 'KHOURY Rita' "
              "(surname first, capitals); title keeps 'du Centre' (generic word for its own body); the affiliation is "
              "the full centre + faculty + university phrase of the first sentence (the signature only has 'CAJM – "
              "USJ'); signed by the director, not the speaker; Thunderbird format=flowed 8bit."))


# ---------------------------------------------------------------- 11  follow-up of 05: replaces the speaker
M05_ID = "<CAJ8sK2mR5xV1bN7qW3eT9yU4iO6pL0aS2dF8gH1jK5zX7cV3bN@mail.gmail.example.com>"


def m11():
    when = at("2021-02-05 09:16:40")
    sent = when - dt.timedelta(seconds=11)
    text = """حضرة الفريق المحترم،

إلحاقاً برسالتنا المؤرخة في 2 شباط 2021، نفيدكم بأن رئيس اللجنة الأستاذ جورج عقيقي لن يتمكن من المشاركة بسبب جلسة مقررة أمام محكمة التمييز في الموعد نفسه.

لذلك نعدّل الترشيح ونقترح بدلاً منه نائبة رئيس اللجنة المحامية الأستاذة ليال الصايغ، لتولّي دور المقرّر، وإن تعذّر ذلك نرجو إعطاءها مداخلة في إحدى الجلسات العامة.

ونعتذر عن هذا التعديل.

مع الاحترام،
ريما حداد
أمينة سر لجنة حقوق العمال المهاجرين - نقابة المحامين في بيروت

في الثلاثاء، ٢ فبراير ٢٠٢١ في ١:٢٠ م، كتب ‪Rima Haddad‬‏ <rima.haddad.avocat@gmail.example.com>:
> حضرة فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة المحترمين،
>
> تحية طيبة،
>
> بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يسرّ لجنة حقوق العمال المهاجرين في نقابة المحامين في بيروت أن ترشّح رئيس اللجنة، المحامي الأستاذ جورج فرنسيس عقيقي، لتولّي دور المقرّر وتقديم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر.
>
> مع فائق الاحترام،
> المحامية ريما حداد
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail-qt1-f181.google.example.com", "209.85.160.181", "4DXQ7b0Hy1z2",
                    addr("Rima Haddad", "rima.haddad.avocat@gmail.example.com"),
                    re_hdr("Re: ", "ترشيح رئيس لجنة حقوق العمال المهاجرين - نقابة المحامين في بيروت"), rfcdate(sent),
                    "<CAJ8sK2nT0yW4cM9rE1uQ7iP3oA5sD8fG2hJ6kL9zX1cV4bN7mQ@mail.gmail.example.com>",
                    ret="rima.haddad.avocat@gmail.example.com")
    rows += [("In-Reply-To", M05_ID), ("References", M05_ID)]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليال الصايغ", "نائبة رئيس اللجنة", "لجنة حقوق العمال المهاجرين في نقابة المحامين في بيروت",
           ["rapporteur", "plenary"])],
        thread_of="h136-05.eml",
        notes="follow-up replacing the speaker of h136-05: the withdrawn chair is still named in the new text and in "
              "the quote; the new speaker's affiliation must be carried over from the thread/signature ('نائبة رئيس "
              "اللجنة' only); rapporteur first, plenary as fallback; plain text base64, Gmail Arabic attribution line."))


# ---------------------------------------------------------------- 12  both, Algerian lawyers' collective, on time
def m12():
    when = at("2021-02-05 14:03:26")
    sent = tz(when - dt.timedelta(seconds=35), 1)
    name = "Rapport volontaire PMM - CADM Oran 2021.docx"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif des avocats pour la défense des migrants (CADM) sur la mise en œuvre du Pacte mondial en Algérie, élaboré avec nos confrères de Tamanrasset et de Maghnia.

Par ailleurs, le Collectif souhaite intervenir lors de la table ronde n°4. Notre intervenant serait :
Me Karim BENYAHIA, coordinateur du Collectif et avocat agréé près la Cour suprême.

Bien cordialement,

Nassima Ould Ali
Chargée de communication
CADM – Cité Djamel, Oran
"""
    t = leaf("text/plain", text, "windows-1252", "quoted-printable")
    docx = make_docx(["Collectif des avocats pour la défense des migrants (CADM)",
                      "Rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                      "Algérie – février 2021", "1. Contexte juridique", "2. Détention administrative et reconduites aux frontières"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name.replace("–", "-"))],
               disp='attachment; filename="%s"' % name.replace("–", "-"))
    body = multi("mixed", [t, att], "----=_NextPart_000_0012_01D6FBB3.4C2E7A10")
    rows = std_rows(when, "smtp.cadm-dz.example.org", "105.235.130.18", "4DXdW14Pz6z7",
                    addr("Nassima Ould Ali", "communication@cadm-dz.example.org"),
                    hdr("Rapport volontaire CADM + demande d'intervention (table ronde 4)", "windows-1252", "Q"), rfcdate(sent),
                    "<000c01d6fbb3$4c2e7a10$e48b6e30$@cadm-dz.example.org>", ret="communication@cadm-dz.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AQHW+7NMLnoQ5Ituh0m3VvQ2cE4pVQ=="),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Benyahia", "coordinateur du Collectif et avocat agréé près la Cour suprême",
           "Collectif des avocats pour la défense des migrants (CADM)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="both, on time (5 Feb, before the speaker deadline): DOCX report + one speaker written 'Me Karim "
              "BENYAHIA' (honorific + surname in capitals); title keeps 'du Collectif'; affiliation stated in the "
              "report sentence, the signature has only the acronym and the address; windows-1252 quoted-printable, "
              "Outlook 2010, Date in +0100."))


# ---------------------------------------------------------------- 13  Me X, avocate au barreau de Tunis, edge 5 Feb
def m13():
    when = at("2021-02-05 23:56:40")
    sent = tz(when - dt.timedelta(seconds=28), 1)
    text = """Madame, Monsieur,

Je me permets de vous écrire, à la dernière minute je le crains, pour solliciter une prise de parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Je suis Me Amel Trabelsi, avocate au barreau de Tunis. J'assure depuis 2016 la défense de migrants subsahariens poursuivis pour séjour irrégulier et j'ai plaidé plusieurs dossiers de victimes de traite devant le tribunal de première instance de Tunis. Je souhaiterais partager ce que nous observons dans les prétoires, notamment les difficultés d'accès à un interprète et à l'aide juridictionnelle.

Je reste bien entendu disponible pour tout échange préalable.

Avec mes respectueuses salutations,

Amel Trabelsi
Avocate
12, rue de Marseille – 1000 Tunis
+216 00 000 000
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html_wrap(html), "UTF-8")],
                 "000000000000c71e9305baa0d5f2")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DXsh65Cj4z1",
                    "Amel Trabelsi <me.amel.trabelsi@gmail.example.com>",
                    hdr("Demande de prise de parole – discussion ouverte du 23 février", "utf-8", "Q"), rfcdate(sent),
                    "<CAM5tR2wQ8xE1yU7iO4pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT@mail.gmail.example.com>",
                    ret="me.amel.trabelsi@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Trabelsi", "avocate au barreau de Tunis", None, ["open_discussion"])],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb, on time; Date header 'Fri, 5 Feb 2021 22:56:12 "
              "+0100' (Tunis) and the sender says 'à la dernière minute'; 'Me' honorific; 'avocate au barreau de "
              "Tunis' is the title and no organisation is given (affiliation null: the bar is her title, the "
              "signature has only 'Avocate' and an address)."))


# ---------------------------------------------------------------- 14  late speaker, London, 'Counsel'
def m14():
    when = at("2021-02-06 00:04:10")
    sent = tz(when - dt.timedelta(seconds=20), 0)
    text = """Dear Colleagues,

I hope this still makes it within today's deadline for speaking roles.

I would like to propose myself for a floor intervention in one of the plenary sessions on 24 or 25 February. I am Counsel at JWB, where I lead our strategic litigation on the detention and deportation of migrant workers in Jordan and Lebanon, and I previously clerked at the Jordanian Court of Cassation.

Many thanks for considering this, and apologies for the late hour.

Dina

--
Dina Haddadin
Counsel
Justice Without Borders for Migrants (JWB)
London | Amman
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-lj1-f170.google.example.com", "209.85.208.170", "4DXt4S2Ww7z0",
                    "Dina Haddadin <dina.haddadin@jwb-migrants.example.org>",
                    "Speaking role request - plenary (JWB)", rfcdate(sent),
                    "<CAF9yE3kR7tW2qX6mN1bV5cZ8aS4dF0gH3jK7lP2oI6uY9tR5eW@mail.gmail.example.com>",
                    ret="dina.haddadin@jwb-migrants.example.org")
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Dina Haddadin", "Counsel", "Justice Without Borders for Migrants (JWB)", ["plenary"])],
        notes="late by about four minutes: received 00:04:10 Beirut on Sat 6 Feb; Date header 'Fri, 5 Feb 2021 "
              "22:03:50 +0000' (London) and the sender believes it is 'within today's deadline'; the body only has "
              "'Counsel at JWB', the full name of the organisation is in the signature, followed by '| Amman' cities."))


# ---------------------------------------------------------------- 15  report, Iraqi lawyers' association
M15_ID = "<a3f07c2e-91d4-4b6a-b8e5-6c1d2f9e0a47@yla-iq.example.org>"


def m15():
    when = at("2021-02-08 11:04:52")
    sent = tz(when - dt.timedelta(seconds=16), 3)
    name = "YLA_GCM_Voluntary_Review_2021.pdf"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة في فريق الاستعراض الإقليمي المحترمون

نرفق لكم طيّاً التقرير الطوعي لجمعية المحامين الشباب للمساعدة القانونية في العراق حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير أوضاع العمال المهاجرين من جنوب آسيا وشرق أفريقيا في بغداد والبصرة، وحالات الاحتجاز بسبب انتهاء الإقامة، والعقبات أمام الوصول إلى القضاء.

نرجو تأكيد الاستلام.

مع التقدير
المحامي علي حسين الموسوي
رئيس الهيئة الإدارية
جمعية المحامين الشباب للمساعدة القانونية - بغداد، العراق
"""
    t = leaf("text/plain", text, "windows-1256", "quoted-printable")
    pdf = make_pdf(["Young Lawyers Association for Legal Aid (YLA) - Iraq", "Voluntary GCM Review Report - February 2021",
                    "Migrant workers from South Asia and East Africa in Baghdad and Basra"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [t, att], "------------0E3D5B7A9C1F2E4D6B8A0C2E")
    rows = std_rows(when, "mail.yla-iq.example.org", "37.236.5.90", "4DZ0pF7Km9z3",
                    addr("علي الموسوي", "ali.almousawi@yla-iq.example.org", "windows-1256"),
                    hdr("التقرير الطوعي - جمعية المحامين الشباب للمساعدة القانونية", "windows-1256"), rfcdate(sent),
                    M15_ID, ret="ali.almousawi@yla-iq.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")]
    m = top(body, rows)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="plain MSA report submission with a PDF; windows-1256 quoted-printable body and headers; the president "
              "of the board signs as 'المحامي' (a lawyer, not a speaker request); later replaced by h136-19."))


# ---------------------------------------------------------------- 16  collective report, Jordan clinics network
def m16():
    when = at("2021-02-10 10:05:17")
    sent = when - dt.timedelta(seconds=9)
    name = "JNLC Collective GCM Review Report 2021.docx"
    text = """Dear GCM Regional Review Team,

Please find attached the collective voluntary GCM review report of the Jordanian Network of Legal Clinics (JNLC), prepared jointly by the legal clinics of five law faculties (University of Jordan, Yarmouk University, Mutah University, Al-Zaytoonah University and the Hashemite University) together with two legal aid NGOs.

The report reviews access to justice for migrant workers and refugees in Jordan under GCM objectives 6, 7 and 16, and draws on around 600 consultations handled by our students under supervision between March 2019 and December 2020.

We would be grateful for a confirmation of receipt.

With best regards,

Dr. Lama Obeidat
Network Focal Point | Jordanian Network of Legal Clinics (JNLC)
Faculty of Law, University of Jordan, Amman 11942
[cid:image001.png@01D6FF8C.2A3B4C50]
"""
    inner = mso(text.replace("[cid:image001.png@01D6FF8C.2A3B4C50]\n", "").rstrip("\n")) + \
        '\n<p class="MsoNormal"><img width="64" height="64" id="Picture_x0020_1" src="cid:image001.png@01D6FF8C.2A3B4C50" alt="JNLC logo"><o:p></o:p></p>'
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", outlook_html(inner, "EN-GB"), "us-ascii", "quoted-printable")],
                "_000_VI1PR06MB4720D3E1F8A24B9C0E6D7F52VI1PR06MB4720eurp_")
    png = make_png(16, 16, (120, 20, 40))
    img = leaf("image/png", png, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"; size=%d' % len(png),
               extra=[("Content-ID", "<image001.png@01D6FF8C.2A3B4C50>")])
    related = multi("related", [alt, img], "_004_VI1PR06MB4720D3E1F8A24B9C0E6D7F52VI1PR06MB4720eurp_",
                    params=[("type", '"multipart/alternative"')])
    docx = make_docx(["Jordanian Network of Legal Clinics (JNLC)", "Collective Voluntary GCM Review Report 2021",
                      "Access to justice for migrant workers and refugees in Jordan (GCM objectives 6, 7 and 16)"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [related, att], "_005_VI1PR06MB4720D3E1F8A24B9C0E6D7F52VI1PR06MB4720eurp_")
    rows = std_rows(when, "mail-he1eur04on0620.outbound.protection.outlook.example.com", "40.107.7.120", "4DbB1y3Qs5z8",
                    "Lama Obeidat <l.obeidat@jnlc-jo.example.org>",
                    "JNLC collective voluntary GCM review report", rfcdate(sent),
                    "<VI1PR06MB4720D3E1F8A24B9C0E6D7F52@VI1PR06MB4720.eurprd06.prod.outlook.example.com>",
                    ret="l.obeidat@jnlc-jo.example.org")
    rows += [("Thread-Topic", "JNLC collective voluntary GCM review report"), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report (five law-faculty clinics + two NGOs) as a DOCX; Outlook multipart/mixed[related["
              "alternative, inline logo PNG], DOCX]: the signature logo image001.png is not part of the report."))


# ---------------------------------------------------------------- 17  both, Moroccan darija, speaker part late
def m17():
    when = at("2021-02-11 17:42:05")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    name = "Rapport GCM - Clinique juridique FSJES Agdal.docx"
    text = """السلام عليكم

كنصيفطو ليكم التقرير الطوعي ديال العيادة القانونية لكلية العلوم القانونية والاقتصادية والاجتماعية أكدال بجامعة محمد الخامس بالرباط، على تنفيذ الميثاق العالمي للهجرة فالمغرب (التقرير بالفرنسية، فالمرفق).

وبغينا حتى نقترحو الطالبة الباحثة هاجر الإدريسي، طالبة فسلك الماستر "قانون الهجرة واللجوء" ومنسقة فريق الطلبة فالعيادة، باش تشارك بمداخلة فالمائدة المستديرة الثانية. عارفين بلي الأجل ديال المتدخلين فات، ولكن إلا كان شي إمكانية غادي نكونو ممنونين.

شكرا بزاف
ذ. عبد الرحيم بنعلي
المشرف على العيادة القانونية
"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html_wrap(html, "rtl"), "utf-8", "base64")],
                "Apple-Mail=_3C7E1A9B-5D2F-4E8A-B6C0-1F3D5A7E9B2C")
    docx = make_docx(["Clinique juridique - FSJES Agdal, Université Mohammed V de Rabat",
                      "Rapport volontaire d'examen du Pacte mondial sur les migrations - Maroc 2021",
                      "Accès au droit des migrants subsahariens à Rabat et Salé"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment;\r\n\tfilename="%s"' % name)
    body = multi("mixed", [alt, att], "Apple-Mail=_8E2B4D6F-0A1C-4E3B-9D5F-7A9C1E3B5D7F")
    rows = std_rows(when, "smtp.um5-fsjes.example.ac.ma", "196.200.131.14", "4Dc3Wk1Ln2z6",
                    addr("Abderrahim Benali", "a.benali@um5-fsjes.example.ac.ma"),
                    hdr("التقرير الطوعي + مقترح متدخلة"), rfcdate(sent),
                    "<F2A7C9E1-3B5D-4F8A-A0C2-6E8B1D3F5A79@um5-fsjes.example.ac.ma>",
                    ret="a.benali@um5-fsjes.example.ac.ma")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    aff = "العيادة القانونية لكلية العلوم القانونية والاقتصادية والاجتماعية أكدال بجامعة محمد الخامس بالرباط"
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هاجر الإدريسي", "طالبة فسلك الماستر \"قانون الهجرة واللجوء\" ومنسقة فريق الطلبة فالعيادة", aff, ["roundtable"], 2)],
        report_attachments=[name],
        notes="Moroccan darija ('كنصيفطو', 'بغينا', 'فالمائدة'); report on time but the speaker part (11 Feb) is after "
              "5 Feb, so 'both' is not on time (the sender knows the speaker deadline passed); Arabic mail with a "
              "French-named DOCX; speaker is a student proposed by the clinic supervisor ('ذ.' honorific for the "
              "sender); roundtable as an ordinal word ('الثانية'); Apple Mail, Date in +0100."))


# ---------------------------------------------------------------- 18  report, Moroccan lawyers' association, 2 files
def m18():
    when = at("2021-02-12 09:31:44")
    sent = tz(when - dt.timedelta(seconds=13), 1)
    name1 = "Rapport d'examen volontaire – AMADM (février 2021).pdf"
    name2 = "Annexe statistique – décisions de justice 2019-2020.pdf"
    text = """Bonjour,

L'Association marocaine des avocats pour les droits des migrants (AMADM) a le plaisir de vous transmettre son rapport d'examen volontaire du Pacte mondial, accompagné d'une annexe statistique sur les décisions rendues par les tribunaux administratifs de Rabat et de Casablanca.

Bonne réception,

Me Hicham Tazi
Secrétaire général de l'AMADM
Avocat au barreau de Casablanca
"""
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                leaf("text/html", html_wrap(text2html(text)), "utf-8", "quoted-printable")],
                "----=_Part_482913_1029384756.1613115091000")
    pdf1 = make_pdf(["Association marocaine des avocats pour les droits des migrants (AMADM)",
                     "Rapport d'examen volontaire du Pacte mondial - fevrier 2021"])
    pdf2 = make_pdf(["AMADM - Annexe statistique", "Decisions des tribunaux administratifs 2019-2020"])
    parts = [alt]
    for nm, data in ((name1, pdf1), (name2, pdf2)):
        parts.append(leaf("application/pdf", data, cte="base64", params=[("name*", rfc2231(nm))],
                          disp="attachment; filename*=%s" % rfc2231(nm)))
    body = multi("mixed", parts, "----=_Part_482912_1564738291.1613115091000")
    rows = std_rows(when, "smtp.menara-mail.example.ma", "41.214.80.7", "4Dcnq31Tw8z4",
                    "Hicham Tazi <h.tazi@amadm.example.ma>",
                    hdr("Rapport d'examen volontaire – AMADM", "utf-8", "Q"), rfcdate(sent),
                    "<1402938475.482914.1613115091000@webmail.menara-mail.example.ma>", ret="h.tazi@amadm.example.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name1, name2],
        notes="report + statistical annex, both PDFs and both part of the report; RFC 2231 encoded names with "
              "en-dashes, apostrophe and accents; signer is 'Me' + a title but no speaking role is requested."))


# ---------------------------------------------------------------- 19  revised report, follow-up of 15
def m19():
    when = at("2021-02-12 15:00:31")
    sent = tz(when - dt.timedelta(seconds=10), 3)
    name = "YLA_GCM_Voluntary_Review_2021_v2.pdf"
    text = """الإخوة الأعزاء

نعتذر، النسخة اللي أرسلناها يوم 8 شباط ماكو بيها ملحق الإحصائيات والجدول مال قضايا الاحتجاز طلع ناقص. نرفق لكم النسخة المعدّلة النهائية، يرجى اعتمادها بدلاً من السابقة وإهمال النسخة الأولى.

مع التقدير
علي الموسوي
جمعية المحامين الشباب للمساعدة القانونية

-------- الرسالة الأصلية --------
الموضوع: التقرير الطوعي - جمعية المحامين الشباب للمساعدة القانونية
التاريخ: 08/02/2021 12:04
من: علي الموسوي <ali.almousawi@yla-iq.example.org>
إلى: gcmrrarabstates@iom.int

> السلام عليكم ورحمة الله وبركاته
> نرفق لكم طيّاً التقرير الطوعي لجمعية المحامين الشباب للمساعدة القانونية في العراق
"""
    t = leaf("text/plain", text, "windows-1256", "quoted-printable")
    pdf = make_pdf(["Young Lawyers Association for Legal Aid (YLA) - Iraq", "Voluntary GCM Review Report - February 2021 (v2, final)",
                    "Annex: statistics on detention cases"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [t, att], "------------7B9D1F3A5C7E9B1D3F5A7C9E")
    rows = std_rows(when, "mail.yla-iq.example.org", "37.236.5.90", "4Dcz5M8Rb1z9",
                    addr("علي الموسوي", "ali.almousawi@yla-iq.example.org", "windows-1256"),
                    re_hdr("Re: ", "التقرير الطوعي - جمعية المحامين الشباب للمساعدة القانونية - النسخة المعدلة", "windows-1256"),
                    rfcdate(sent), "<d81b4e6a-2c09-4f7e-a3b1-95e0c7d2f648@yla-iq.example.org>",
                    ret="ali.almousawi@yla-iq.example.org")
    rows += [("In-Reply-To", M15_ID), ("References", M15_ID),
             ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h136-15.eml",
        notes="revised report replacing h136-15 (reply to his own message, In-Reply-To/References); Iraqi colloquial "
              "('ماكو بيها', 'مال', 'طلع ناقص'); Thunderbird forward-style original-message block; windows-1256."))


# ---------------------------------------------------------------- 20  thank-you reply to our acknowledgement of 06
def m20():
    when = at("2021-02-14 19:12:09")
    sent = tz(when - dt.timedelta(seconds=12), 4)
    ack_id = "<ack-h136-06.20210202.1650@gcmrr-intake.iom.int>"
    text = """Thanks, noted. See you on the 24th.

Z.

Get Outlook for iOS
________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 8:50:03 PM
To: Ziad Mansour <z.mansour@mkp-law.example.com>
Subject: RE: GCM review - speaking slot

Dear Ziad Mansour,

Thank you for your message. We confirm receipt of your request for a speaking role (roundtable 2) at the Regional Review of the Global Compact for Migration in the Arab region. The organizers will get back to you.

Regional UN Network on Migration for the Arab Region
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-eopbgr1300101.outbound.protection.outlook.example.com", "40.107.130.101", "4DdpL02Vx7z5",
                    "Ziad Mansour <z.mansour@mkp-law.example.com>", "Re: GCM review - speaking slot", rfcdate(sent),
                    "<DX1PR04MB66E27F3A0B1C4D9E8A2B5C73@DX1PR04MB66E2.apcprd04.prod.outlook.example.com>",
                    ret="z.mansour@mkp-law.example.com")
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M06_ID, ack_id)),
             ("Thread-Topic", "GCM review - speaking slot"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(20, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h136-06.eml",
        notes="thank-you reply to our acknowledgement of h136-06 (In-Reply-To the acknowledgement, References the "
              "original): adds nothing new, so no acknowledgement; the quoted acknowledgement repeats 'speaking "
              "role (roundtable 2)' and the sender's full name."))


# ---------------------------------------------------------------- 21  report edge 16 Feb, Baghdad time zone
def m21():
    when = at("2021-02-16 23:58:30")
    sent = tz(when - dt.timedelta(seconds=27), 3)
    name = "RCLA_VNR_GCM_final.pdf"
    text = """To the GCM Regional Review team,

Attached is the voluntary review report of the Al-Rafidain Centre for Legal Aid and Migrant Rights (RCLA), Iraq. Sorry it comes after midnight our time, we had a power cut in the office this evening. I hope it can still be considered.

Regards,
Ahmed Najm Abdullah
Director, RCLA
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "7bit", params=[("format", "flowed")])
    pdf = make_pdf(["Al-Rafidain Centre for Legal Aid and Migrant Rights (RCLA)", "Voluntary GCM Review Report 2021 - final"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)],
               disp='attachment;\r\n filename="%s"' % name)
    body = multi("mixed", [t, att], "------------A1C3E5F7091B2D4F6A8C0E1D")
    rows = std_rows(when, "mail.rcla-iq.example.org", "185.117.74.9", "4DgH8c5Kr0z2",
                    "Ahmed Najm <director@rcla-iq.example.org>", "Voluntary review report - RCLA Iraq", rfcdate(sent),
                    "<7c2e9b14-5a3d-4f61-b0e8-3d9a1c5f7e20@rcla-iq.example.org>", ret="director@rcla-iq.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:30 Beirut on Tue 16 Feb, on time, but the Date header is 'Wed, 17 Feb "
              "2021 00:58:03 +0300' (Baghdad) and the sender apologises for being 'after midnight our time'."))


# ---------------------------------------------------------------- 22  report late, Casablanca, iPhone
def m22():
    when = at("2021-02-17 00:03:15")
    sent = tz(when - dt.timedelta(seconds=24), 1)
    name = "Rapport_PMM_pro_bono_Alaoui_Associes.pdf"
    t1 = leaf("text/plain", "Bonsoir,\n\nCi-joint le rapport volontaire du pôle pro bono du cabinet, envoyé avant minuit comme convenu.\n\nBien à vous\nMe Leïla Alaoui\n\nEnvoyé de mon iPhone\n",
              "utf-8", "quoted-printable")
    pdf = make_pdf(["Cabinet Alaoui & Associes - Pole pro bono", "Rapport volontaire - Pacte mondial sur les migrations",
                    "Assistance juridique gratuite aux migrants, Casablanca 2019-2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name), ("x-unix-mode", "0644")],
               disp="inline;\r\n\tfilename=%s" % name)
    t2 = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2B4D6F8A-0C1E-4A3B-8D5F-7E9A1C3B5D70")
    rows = std_rows(when, "mail.alaoui-avocats.example.ma", "105.157.40.21", "4DgJ1t9Fm6z3",
                    hdr("Leïla Alaoui", "utf-8", "Q").encode() + " <l.alaoui@alaoui-avocats.example.ma>",
                    "Rapport volontaire", rfcdate(sent), "<A7C9E1B3-5D7F-4A2C-9E4B-6D8F0A2C4E61@alaoui-avocats.example.ma>",
                    ret="l.alaoui@alaoui-avocats.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by a few minutes: received 00:03:15 Beirut on Wed 17 Feb; Date 'Tue, 16 Feb 2021 23:02:51 +0100' "
              "(Casablanca) and 'envoyé avant minuit comme convenu'; iPhone layout [text, inline PDF, text] with an "
              "unquoted file name; very short."))


# ---------------------------------------------------------------- 23  other: Levantine question on the misprint
def m23():
    when = at("2021-02-17 10:20:00")
    sent = when - dt.timedelta(seconds=30)
    text = """مرحبا،

أنا محامي متدرّب بمكتب محاماة بدمشق ومنشتغل بشكل تطوعي مع عائلات المهاجرين المحتجزين. قريت الرسالة بالعربي ومكتوب فيها إنو آخر موعد لطلب المداخلة هو الجمعة 23 شباط، بس بالنسخة الإنكليزية 5 شباط!! لكن 23 شباط ما بيطلع جمعة أصلاً...

فأي تاريخ هو الصح؟ ولسّا فينا نطلب مداخلة بالمائدة المستديرة؟ إذا إيه شو المعلومات يلي لازم نبعتها؟

شكراً كتير ويعطيكن العافية
يوسف
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", '<div dir="auto">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                 "000000000000e8f1a205bb7c2d94")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4Dgb6X4Hn1z8",
                    "Youssef K <youssef.k.law@gmail.example.com>", hdr("سؤال عن موعد طلب المداخلة"), rfcdate(sent),
                    "<CAB7uI3oP9aS2dF5gH8jK1lZ4xC7vB0nM3qW6eR9tY2uI5oP8aS@mail.gmail.example.com>",
                    ret="youssef.k.law@gmail.example.com")
    m = top(body, rows)
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine (Syrian) question about the misprinted Arabic speaker deadline ('الجمعة 23 شباط' vs 5 Feb): "
              "asks whether a roundtable intervention can still be requested and what to send, but proposes no "
              "speaker (only a first name, no title or organisation), so not a speaker request; Gmail mobile "
              "dir=auto."))


# ---------------------------------------------------------------- 24  bounce, French DSN
def m24():
    when = at("2021-02-17 10:31:47")
    orig_id = "<ack-h136-22.20210217.0005@gcmrr-intake.iom.int>"
    human = """Ceci est un message généré automatiquement par le serveur de messagerie mail.alaoui-avocats.example.ma.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<pro-bono@alaoui-avocats.example.ma> : la boîte aux lettres est pleine (quota dépassé).
Le serveur a abandonné après plusieurs tentatives pendant 10 heures.

                   Le programme postfix
"""
    p1 = leaf("text/plain", human, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    from email.parser import Parser
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    dsn = ("Reporting-MTA: dns; mail.alaoui-avocats.example.ma\nX-Postfix-Queue-ID: 4DgJ9s0Ab2z7\n"
           "Arrival-Date: Wed, 17 Feb 2021 00:05:12 +0200\n\n"
           "Final-Recipient: rfc822; pro-bono@alaoui-avocats.example.ma\n"
           "Original-Recipient: rfc822;pro-bono@alaoui-avocats.example.ma\nAction: failed\n"
           "Status: 4.2.2\nDiagnostic-Code: x-unix; mailbox quota exceeded")
    for block in dsn.split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\nFrom: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: l.alaoui@alaoui-avocats.example.ma\nCc: pro-bono@alaoui-avocats.example.ma\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_Rapport_volontaire?=\n"
            "Date: Wed, 17 Feb 2021 00:05:10 +0200\nMessage-ID: %s\n" % orig_id)
    hd = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, ds, hd], "4DgJ9s0Ab2z7.1613550707/mail.alaoui-avocats.example.ma",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail.alaoui-avocats.example.ma", "105.157.40.21", "4DgpV3Nc5z1")),
            ("From", "MAILER-DAEMON@mail.alaoui-avocats.example.ma (Mail Delivery System)"), ("To", BOX),
            ("Subject", hdr("Échec de la remise du message", "utf-8", "Q")),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=2), 1))),
            ("Message-ID", "<20210217083145.4DgpV3Nc5z1@mail.alaoui-avocats.example.ma>"),
            ("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    add(24, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-language Postfix DSN (multipart/report delivery-status, mailbox over quota) for our "
              "acknowledgement of h136-22 copied to a second address; the returned headers mention 'Rapport "
              "volontaire'."))


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
