#!/usr/bin/env python3
"""Write the blind evaluation set holdout153 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets153.py
Theme: research and data (university migration research centres and observatories, national statistics
offices, think tanks, doctoral researchers, a population council, survey firms).
Mail-building helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, esc, flowed, hdr, html_wrap, leaf, make_docx,
                     make_pdf, make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(153)
add = SET.add

INVITE_EN_ID = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
REMIND_ID = "<REM-2021-02-03-ALL.0011@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:12:44")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    text = """Thank you for your message.

I am currently on mission for the field phase of the Labour Force Survey and will be back in the office on Sunday 7 February 2021. I will have only intermittent access to email.

For urgent data requests please contact the Dissemination Unit at dissemination@nbsc.example.gov or +968 2460 1100.

Best regards,
Faisal Al-Harthy
Head, Migration and Population Statistics Section
National Bureau of Statistics and Census (NBSC)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text)
            + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM6PR10MB2215A7C4E1F0B93D2AM6PR10MB2215EURP_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.example.com", "40.107.22.61", "4DQ9c41rTpz2",
                    "Faisal Al-Harthy <f.alharthy@nbsc.example.gov>",
                    "Automatic reply: Invitation: Regional Review of the Global Compact for Safe, Orderly and "
                    "Regular Migration in the Arab Region",
                    rfcdate(sent), "<AM6PR10MB2215.auto.7e21b0@nbsc.example.gov>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "f.alharthy@nbsc.example.gov")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_EN_ID))
    rows.append(("References", INVITE_EN_ID))
    rows.append(("Content-Language", "en-US"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a statistics office section head, replying to the invitation; full "
              "signature with title and organisation and a February date, but nothing is proposed."))


M02_ID = "<PR2P264MB0419C7D3A18E2F55B0E4A1C7@PR2P264MB0419.FRAP264.PROD.OUTLOOK.example.com>"


def m02():
    when = at("2021-01-28 15:37:09")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Faisant suite à votre aimable invitation du 26 janvier, j'ai le plaisir de vous transmettre la candidature de notre Observatoire pour une intervention lors de la Revue régionale.

- Nom et prénom : Khadija Amrani
- Qualité : Professeure de l'enseignement supérieur, démographe, coordinatrice scientifique de l'OMM
- Institution : Observatoire des migrations et de la mobilité (OMM) – Faculté des lettres et des sciences humaines, Université Ibn Zohr, Agadir
- Intervention souhaitée : table ronde thématique 2

Pr Amrani a dirigé en 2019-2020 l'enquête sur les migrants subsahariens en transit dans la région Souss-Massa (n = 1 240) et pourra présenter les principaux résultats relatifs à l'accès aux services de base.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mohamed Ouchen
Directeur de l'Observatoire des migrations et de la mobilité (OMM)
Université Ibn Zohr – Agadir
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s</p>' % (esc(l) if l.strip() else "&nbsp;") for l in text.split("\n"))
            + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PR2P264MB0419C7D3A18E2F55PR2P264MB0419FRAP_")
    m = mk(when, sent, "mail-pr2fra01.outbound.protection.example.com", "40.107.12.88", "4DRfx02bKmz7",
           addr("Mohamed Ouchen", "m.ouchen@uiz.example.ac.ma"),
           hdr("Candidature intervention – Revue régionale PMM – OMM / Université Ibn Zohr", enc="Q"),
           M02_ID, body, cc="k.amrani@uiz.example.ac.ma",
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""),
                  ("Thread-Topic", hdr("Candidature intervention – Revue régionale PMM – OMM / Université Ibn Zohr",
                                       enc="Q"))])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Amrani", "Professeure de l'enseignement supérieur, démographe, coordinatrice scientifique de l'OMM",
           "Observatoire des migrations et de la mobilité (OMM) – Faculté des lettres et des sciences humaines, "
           "Université Ibn Zohr, Agadir", ["roundtable"], 2)],
        notes="the observatory director proposes a colleague (speaker in Cc); labelled lines with French labels "
              "('Qualité', 'Institution'); 'Pr' honorific in the prose; long composite title and affiliation."))


def m03():
    when = at("2021-01-29 21:06:51")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """السلام عليكم،

أنا باحثة دكتوراه في جامعة ليون 2 (فرنسا)، وأطروحتي عن هجرة الكفاءات من المغرب العربي نحو دول الخليج. اطلعت على رسالة الدعوة للمراجعة الإقليمية وعندي سؤالين لو سمحتم:

١) هل يمكنني حضور التشاور يوم ٢٣ فبراير بصفة مراقِبة فقط (بدون مداخلة)؟ وهل يلزم التسجيل المسبق؟
٢) هل ستُنشر التقارير الطوعية التي تصلكم على موقع إلكتروني؟ أحتاج إليها كمصادر في الفصل الثالث من الأطروحة، وأريد أن أعرف كيف أستشهد بها.

مع جزيل الشكر مسبقاً،
أسماء الورتاني
"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>", cte="base64")],
                 "000000000000e4c2a905ba1f6d30")
    m = mk(when, sent, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DSKd73pvXz5",
           addr("Asma Ouertani", "asma.ouertani.phd@gmail.example.com"),
           re_hdr("", "استفسار - حضور التشاور ونشر التقارير"),
           "<CAH7pQe2Lm5Wk8Rt1Yx4Zb7Nc0Vd3Fg6Jh9Ks2A@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="doctoral researcher asks to attend as an observer 'بدون مداخلة' and whether voluntary reports will be "
              "published: speaking and report keywords, but no request and no submission; Latin-script From name, "
              "Arabic body (Maghrebi writer, near-standard Arabic)."))


def m04():
    when = at("2021-02-01 12:48:30")
    sent = when - dt.timedelta(seconds=4)
    inner = """<div style="font-family:Georgia,serif;font-size:14px;color:#222">
<p>Dear colleagues,</p>
<p>Thank you for the invitation to the Regional Review. The <b>Mashriq Policy Lab (MPL)</b> would like to request two speaking slots at the conference on 24&ndash;25 February:</p>
<ol>
<li><b>Dr. Omar Haddadin</b> &mdash; Senior Fellow, Migration &amp; Labour Markets Programme &mdash; <i>floor intervention in the plenary</i>. Omar leads our panel study of Syrian and Egyptian workers in Jordan&rsquo;s agriculture and construction sectors (three waves, 2017&ndash;2020).</li>
<li><b>Lina Saab</b> &mdash; Research Associate &mdash; <i>Roundtable III</i>. Lina has been working on administrative data for remittance flows and the gaps in what central banks in the region publish.</li>
</ol>
<p>Both are based in Amman and would join in person if the conference is not fully virtual by then.</p>
<p>Warm regards,<br>
Tamara Nsour<br>
Programme Manager | Mashriq Policy Lab<br>
<span style="color:#888">Independent research for evidence-based policy &middot; Amman &middot; Beirut</span></p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail.mashriqpolicylab.example.org", "185.53.178.12", "4DTkq25RzWz9",
           "Tamara Nsour <t.nsour@mashriqpolicylab.example.org>",
           "Speaking requests - Mashriq Policy Lab (plenary + roundtable III)",
           "<9b2a7c1e-40d8-4f2b-a611-5c3e8d0f71aa@mashriqpolicylab.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Haddadin", "Senior Fellow, Migration & Labour Markets Programme", "Mashriq Policy Lab (MPL)",
           ["plenary"]),
        sp("Lina Saab", "Research Associate", "Mashriq Policy Lab (MPL)", ["roundtable"], 3)],
        notes="HTML-only think-tank message; two speakers in an ordered list, affiliation given once in the intro "
              "(applies to both); roundtable as Roman numeral 'Roundtable III'; entities (&amp;, &ndash;); the "
              "programme manager who writes is not a speaker."))


M05_ID = "<000a01d6f95b$2c7e4f10$85daed30$@hpc.example.gov.jo>"


def m05():
    when = at("2021-02-02 11:20:05")
    sent = when - dt.timedelta(seconds=6)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى كتابكم المؤرخ في 26/1/2021 بخصوص المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية، وبتوجيه من عطوفة الأمين العام للمجلس الأعلى للسكان، أرجو إعلامكم بترشيح المجلس للدكتورة سلمى عبد الرحيم النسور، مديرة وحدة السياسات والدراسات السكانية، للقيام بمهمة المقرِّر وعرض الرسائل الرئيسية لأصحاب المصلحة في ختام أعمال المؤتمر.

وقد شاركت الدكتورة النسور في إعداد التقرير الوطني حول الهجرة الدولية والفرصة السكانية، وتتابع في المجلس ملف مؤشرات الهجرة في أهداف التنمية المستدامة.

يرجى التكرم بالتواصل معها مباشرة على البريد المبيّن في النسخة.

وتفضلوا بقبول فائق الاحترام،

رنا الخطيب
مكتب الأمين العام
المجلس الأعلى للسكان
عمّان - الأردن
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-JO" dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl"><span style="font-family:\'Simplified Arabic\'">%s</span></p>'
                      % (esc(l) if l.strip() else "&nbsp;") for l in text.split("\n"))
            + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "----=_NextPart_000_000B_01D6F96B.EFC5A2B0")
    m = mk(when, sent, "mail.hpc.example.gov.jo", "212.118.2.41", "4DVC8n4Ltqz1",
           addr("مكتب الأمين العام - المجلس الأعلى للسكان", "sg.office@hpc.example.gov.jo"),
           hdr("ترشيح مقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة"), M05_ID, body,
           cc="s.nsour@hpc.example.gov.jo",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbyNf2oV1m3cQkTRjuPzM8h0aZxYw=="),
                  ("Content-Language", "ar-jo")])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سلمى عبد الرحيم النسور", "مديرة وحدة السياسات والدراسات السكانية", "المجلس الأعلى للسكان",
           ["rapporteur"])],
        notes="population council, sent by the Secretary General's office on his instruction (sender not the "
              "speaker); speaker in formal prose with the honorific 'للدكتورة' attached; rapporteur role described "
              "as 'مهمة المقرِّر وعرض الرسائل الرئيسية'; mentions a 'national report' the speaker co-wrote (not a "
              "submission)."))


def m06():
    when = at("2021-02-03 09:14:27")
    d = when.astimezone(dt.timezone(dt.timedelta(hours=3)))
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  surveys@qiyas-research.example.com
    host mx1.qiyas-research.example.com [5.9.41.220]
    SMTP error from remote mail server after RCPT TO:<surveys@qiyas-research.example.com>:
    550 5.1.1 <surveys@qiyas-research.example.com>: Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = ("Reporting-MTA: dns; relay2.omantel-hosting.example.net\n\n"
           "Action: failed\n"
           "Final-Recipient: rfc822;surveys@qiyas-research.example.com\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx1.qiyas-research.example.com\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <surveys@qiyas-research.example.com>: Recipient address rejected: "
           "User unknown in virtual mailbox table\n")
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: undisclosed-recipients:;\n"
            "Subject: Reminder - GCM Regional Review: speaking roles by 5 February, voluntary reports by 16 February\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "Precedence: bulk\n" % (rfcdate(when - dt.timedelta(minutes=11)), REMIND_ID))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "1612336467-eximdsn-1804289383",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "relay2.omantel-hosting.example.net", "85.154.12.7", "4DVlR30xQhz4",
                    "Mail Delivery System <Mailer-Daemon@relay2.omantel-hosting.example.net>",
                    "Mail delivery failed: returning message to sender", rfcdate(d),
                    "<E1l7DqF-0004Zs-9K@relay2.omantel-hosting.example.net>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "surveys@qiyas-research.example.com")])
    rows[0] = ("Return-Path", "<>")
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim DSN (multipart/report) for the secretariat's bulk reminder: 550 5.1.1 user unknown at a survey "
              "firm's address; the returned headers quote both deadlines. Never acknowledge."))


def m07():
    when = at("2021-02-03 18:42:16")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Bonjour,

Je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février. Mes travaux portent sur les trajectoires des étudiants subsahariens en Tunisie après leur diplôme (enquête qualitative, 45 entretiens à Tunis et Sfax), et je pense pouvoir apporter un éclairage sur l'objectif 18 du Pacte.

Merci d'avance pour votre retour.

Bien cordialement

--
Yasmine Belhadj
Doctorante en sociologie – Laboratoire Dynamiques sociales et mobilités (LADYSM)
Faculté des sciences humaines et sociales de Tunis
+216 22 418 903

Envoyé de mon iPhone"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no')
    m = mk(when, sent, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DVy6K1hNnz3",
           "Yasmine Belhadj <yasmine.belhadj.socio@gmail.example.com>", hdr("Discussion ouverte 23 février", enc="Q"),
           "<6A1F0C2E-93B4-4D57-8E2A-F71C0B9D3E64@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yasmine Belhadj", "Doctorante en sociologie",
           "Laboratoire Dynamiques sociales et mobilités (LADYSM) – Faculté des sciences humaines et sociales de Tunis",
           ["open_discussion"])],
        notes="first-person request, name, title and affiliation only in the signature (title and lab on one line "
              "separated by a dash, faculty on the next); iPhone plain text format=flowed; short subject."))


M08_ID = "<CAB3rT9wKp2Lm6Xn0Qv4Zs8Yd1Ce5Fh7Gj3Hk9N@mail.gmail.example.com>"
ACK08_ID = "<ACK-2021-02-10-0058@gcmrrarabstates.iom.int>"


def m08():
    when = at("2021-02-04 10:05:38")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Centre for Mobility and Displacement Studies (CMDS) at Nile Valley University, please find attached our voluntary GCM review report. It draws on our 2020 household survey of Sudanese, Eritrean and Syrian refugees and migrants in Greater Cairo and Alexandria (2,130 households) and on our review of administrative data gaps, and is organised around GCM Objectives 1, 3 and 17.

We would also like to request a floor intervention in Roundtable 1 for our Director:

Prof. Hany Mansour
Director, Centre for Mobility and Displacement Studies (CMDS), Nile Valley University

Prof. Mansour would focus on the comparability of migration data across national statistical systems in the region.

With best regards,

Dina Fathy
Research Coordinator, CMDS
Nile Valley University | New Cairo
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    pdf = make_pdf(["Centre for Mobility and Displacement Studies (CMDS) - Nile Valley University",
                    "Voluntary GCM Review Report, February 2021",
                    "Household survey of refugees and migrants in Greater Cairo and Alexandria",
                    "GCM Objectives 1, 3 and 17"])
    fname = "CMDS_GCM_Voluntary_Review_Report_Feb2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000004a1e9005ba7c02d1"),
                           attach("application/pdf", pdf, fname)], "0000000000004a1e9205ba7c02d3")
    m = mk(when, sent, "mail-wm1-f48.google.example.com", "209.85.128.48", "4DWQk85YtBz6",
           "CMDS NVU <cmds.nvu@gmail.example.com>", "CMDS voluntary report + speaker request (Roundtable 1)",
           M08_ID, body)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hany Mansour", "Director", "Centre for Mobility and Displacement Studies (CMDS), Nile Valley University",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, on time: research centre report PDF plus one speaker (the director, 'Prof.' honorific) whose "
              "title and affiliation are on one comma line; the research coordinator who writes is not a speaker."))


def m09():
    when = at("2021-02-04 13:27:02")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:11pt">
<p>السادة فريق المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمون</p>
<p>تحية طيبة..</p>
<p>استناداً الى دعوتكم، يرشح الجهاز المركزي للإحصاء السادة المدرجة أسماؤهم في الجدول أدناه للمشاركة بالحديث. تم ملء البيانات حسب الاستمارة المرسلة من قبلكم:</p>
<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>ت</th><th>الاسم الثلاثي</th><th>العنوان الوظيفي</th><th>الجهة</th><th>نوع المشاركة</th></tr>
<tr><td>1</td><td>مها كريم الساعدي</td><td>مدير مديرية إحصاءات السكان والقوى العاملة</td><td>الجهاز المركزي للإحصاء / وزارة التخطيط</td><td>مداخلة في الجلسة العامة</td></tr>
<tr><td>2</td><td>علي حسين الجبوري</td><td>خبير إحصائي - قسم المسوح الأسرية</td><td>الجهاز المركزي للإحصاء / وزارة التخطيط</td><td>الطاولة المستديرة الرابعة</td></tr>
</table>
<p>علماً ان الجهاز بصدد تنفيذ مسح الهجرة العائدة بالتعاون مع المنظمة الدولية للهجرة.</p>
<p>مع التقدير</p>
<p>قسم العلاقات والإعلام<br>الجهاز المركزي للإحصاء - بغداد</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, dir_="rtl"), cte="base64")
    m = mk(when, sent, "mail.cosit.example.gov.iq", "37.236.4.19", "4DWW1b6JcSz8",
           addr("العلاقات والاعلام", "media@cosit.example.gov.iq"),
           hdr("ترشيح متحدثين - الجهاز المركزي للاحصاء"),
           "<1612437993.48211.cosit-webmail@cosit.example.gov.iq>", body,
           extra=[("User-Agent", "Zimbra Webmail (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مها كريم الساعدي", "مدير مديرية إحصاءات السكان والقوى العاملة", "الجهاز المركزي للإحصاء / وزارة التخطيط",
           ["plenary"]),
        sp("علي حسين الجبوري", "خبير إحصائي - قسم المسوح الأسرية", "الجهاز المركزي للإحصاء / وزارة التخطيط",
           ["roundtable"], 4)],
        notes="HTML-only (base64) Arabic message from a national statistics office's media section: two speakers in "
              "an HTML table pasted from the form; roles in words ('الجلسة العامة', 'الطاولة المستديرة الرابعة'); "
              "mentions a survey with IOM (not a report); Iraqi administrative style without hamza in places."))


def m10():
    when = at("2021-02-05 23:41:20")
    sent = tz(when - dt.timedelta(seconds=6), 0)
    text = """Hi,

Apologies for the last-minute submission, we only saw the invitation today via a colleague at ESCWA. Details as per the form below:

Speaker name: Rami Khoury
Title: Managing Partner
Organisation: Qiyas Survey Research (QSR) - Amman / Dubai
Email: r.khoury@qiyas-research.example.com
Role requested: open discussion on 23 Feb; happy to serve as rapporteur as well if you need one

QSR ran the 2019-2020 phone panel on return intentions of Syrian refugees (Jordan, Lebanon, Iraq KRI), so Rami can speak to what survey data can and cannot tell us about voluntary return.

NB: our old generic address surveys@ is no longer active, please reply to this one.

Thanks,
Jad

Jad Mrad
Research Manager, QSR
Sent from London
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "7bit"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>", "utf-8", "7bit")],
                 "000000000000b71c3e05ba9ad6f0")
    m = mk(when, sent, "mail-wr1-f50.google.example.com", "209.85.221.50", "4DXqT25vMpz1",
           "Jad Mrad <j.mrad@qiyas-research.example.com>", "GCM Regional Review - speaker form - QSR",
           "<CAE8kW2nRt5Yp9Lm3Qx6Zb1Vc4Df7Gh0Jk2Ls5M@mail.gmail.example.com>", body,
           extra=[("X-Google-Smtp-Source", "ABdhPJy8Qx2vT6nLm0Rk4Zs9Wb1Cd3Ef5Gh7Jk9Lp")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rami Khoury", "Managing Partner", "Qiyas Survey Research (QSR) - Amman / Dubai",
           ["open_discussion", "rapporteur"])],
        notes="edge: received 23:41 Beirut on 5 February (Date header 21:41 +0000, sender in London): on time; "
              "the writer calls it last-minute; pasted form with 'Speaker name:' lines; two roles, the second "
              "conditional ('happy to serve as rapporteur as well'); the sender (research manager) is not the "
              "speaker; the organisation line carries city names."))


def m11():
    when = at("2021-02-06 00:02:10")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    text = """Madame, Monsieur,

Au nom de M. Slim Gharbi, Directeur exécutif du Centre tunisien d'études prospectives sur les migrations (CTEPM), et à sa demande, je vous adresse sa demande d'intervention lors d'une séance plénière de la Revue régionale (24-25 février 2021).

M. Gharbi coordonne depuis 2018 l'exercice de prospective « Tunisie 2035 : démographie, emploi et migrations », réalisé avec l'Institut national de la statistique, et souhaiterait présenter les scénarios migratoires à l'horizon 2035.

Avec mes excuses pour l'heure tardive de cet envoi, et en vous remerciant de votre attention,

Bien cordialement,

Sonia Jaziri
Assistante de direction
CTEPM - Tunis
Tél. : +216 71 800 455
"""
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                 leaf("text/html", html_wrap(text2html(text), charset="iso-8859-1"),
                                      "iso-8859-1", "quoted-printable")],
                 "----=_Part_118234_1945562771.1612566116042")
    m = mk(when, sent, "smtp.ctepm.example.tn", "197.13.22.140", "4DXr0F1kLbz6",
           addr("Direction CTEPM", "direction@ctepm.example.tn"),
           hdr("Demande d'intervention - séance plénière - M. Slim Gharbi (CTEPM)", "iso-8859-1", "Q"),
           "<1184520627.118233.1612566116042.JavaMail.zimbra@ctepm.example.tn>", body,
           extra=[("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - FF85 (Win)/8.8.12_GA_3794)")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Slim Gharbi", "Directeur exécutif",
           "Centre tunisien d'études prospectives sur les migrations (CTEPM)", ["plenary"])],
        notes="edge, LATE by two minutes: Date header Fri 5 Feb 23:01:56 +0100 (Tunis) but received 00:02:10 "
              "Beirut on 6 February; sent on behalf of the director by his assistant (not the speaker); 'M.' "
              "honorific; ISO-8859-1 quoted-printable; the 'Institut national de la statistique' mentioned is "
              "not an affiliation."))


def m12():
    when = at("2021-02-08 09:55:47")
    sent = when - dt.timedelta(seconds=5)
    ack05 = "<ACK-2021-02-02-0019@gcmrrarabstates.iom.int>"
    text = """السادة الأفاضل،

تحية طيبة وبعد،

شكراً لتأكيد استلام ترشيح الدكتورة سلمى النسور لمهمة المقرِّر. نرجو التكرم بإفادتنا بما يلي لتتمكن من التحضير:
- هل يُطلب من المقرِّر إعداد ورقة مكتوبة بالرسائل الرئيسية قبل المؤتمر، أم تُعدّ خلال الجلسات؟
- ما المدة المخصصة لعرض الرسائل الرئيسية؟
- هل ستتوفر الترجمة الفورية بين العربية والإنجليزية؟

مع الشكر والتقدير،
رنا الخطيب
مكتب الأمين العام - المجلس الأعلى للسكان

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 3:02 PM
To: sg.office@hpc.example.gov.jo
Subject: تأكيد استلام - ترشيح مقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة

السادة المحترمون،
نشكركم على رسالتكم، ونؤكد استلام طلبكم للمشاركة بالحديث في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية.
أمانة المراجعة الإقليمية
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl">' + text2html(text) + "</body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "----=_NextPart_000_0021_01D6FE0B.4A7C93E0")
    m = mk(when, sent, "mail.hpc.example.gov.jo", "212.118.2.41", "4DYtP63WcGz2",
           addr("مكتب الأمين العام - المجلس الأعلى للسكان", "sg.office@hpc.example.gov.jo"),
           re_hdr("RE: ", "تأكيد استلام - ترشيح مقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<002201d6fdf9$8b4c1a70$a1e44f50$@hpc.example.gov.jo>", body,
           extra=[("In-Reply-To", ack05), ("References", M05_ID + " " + ack05),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-jo")])
    add(12, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h153-05.eml",
        notes="reply to our acknowledgement of h153-05 that asks new practical questions about the rapporteur role "
              "(written key messages, time, interpretation): not a thank-you, so acknowledge; names the speaker "
              "and the role again but proposes nothing new; Outlook quote of our Arabic acknowledgement below."))


def m13():
    when = at("2021-02-08 22:18:33")
    sent = when - dt.timedelta(seconds=4)
    text = """مرحبا،

أنا كريم سليمان، طالب دكتوراه بعلم الاجتماع بالمعهد العالي للدكتوراه في الجامعة اللبنانية، وعم بشتغل على أطروحة عن العمال المهاجرين بلبنان بعد الأزمة الاقتصادية وانفجار المرفأ (مسح ميداني لـ ٣٠٠ عاملة منزلية وعامل بناء).

بعرف إنو آخر مهلة لطلبات المداخلة كانت الجمعة الماضية، بس إذا في بعد مجال حابب شارك بالنقاش المفتوح يوم ٢٣ شباط، حتى لو دقيقتين بس.

وشكراً كتير إلكم
كريم
"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                 leaf("text/html", '<div dir="auto">' + text2html(text) + "</div>", cte="base64")],
                 "000000000000f9d2c705badf1a84")
    m = mk(when, sent, "mail-lf1-f53.google.example.com", "209.85.167.53", "4DZ8H73tQwz5",
           addr("Karim Sleiman", "karim.sleiman93@gmail.example.com"), re_hdr("", "مداخلة بالنقاش المفتوح"),
           "<CAN4sV7mXq1Rp8Lk2Wz5Tb9Yc3Dh6Fj0Gm4Kn7P@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("كريم سليمان", "طالب دكتوراه بعلم الاجتماع", "المعهد العالي للدكتوراه في الجامعة اللبنانية",
           ["open_discussion"])],
        notes="LATE (8 February) and the writer knows it; Lebanese dialect, first-person self-proposal in prose; "
              "Latin-script display name, Arabic body; 'شباط' (Levantine month name) for February."))


def m14():
    when = at("2021-02-09 11:03:12")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Madame, Monsieur,

J'ai l'honneur de vous faire parvenir ci-joint le rapport volontaire du Centre de recherche en anthropologie et démographie appliquées (CRADA) dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport présente les résultats de nos travaux 2018-2020 sur les migrations de transit et d'installation dans le Sud algérien (Tamanrasset, Adrar), ainsi que nos recommandations en matière de collecte de données sur les migrants en situation irrégulière.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Pr Abdelkader Benmoussa
Directeur de la Division Population et Mobilités
Centre de recherche en anthropologie et démographie appliquées (CRADA)
Oran – Algérie
"""
    logo = make_png(12, 12, (128, 30, 40))
    html_inner = text2html(text).replace("</p>\n<p>Pr Abdelkader", '</p>\n<p><img src="cid:image001.png@01D6FEC2.4B1A0E70" width="48" height="48"><br>Pr Abdelkader', 1)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1" style="font-family:Calibri">' + html_inner + '</div></body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                "_000_DB8PR04MB6730E1D2C3B4A5968DB8PR04MB6730eurp_")
    img = leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FEC2.4B1A0E70>")])
    rel = multi("related", [alt, img], "_005_DB8PR04MB6730E1D2C3B4A5968DB8PR04MB6730eurp_",
                params=[("type", '"multipart/alternative"')])
    docx = make_docx(["CRADA - Centre de recherche en anthropologie et démographie appliquées",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "Migrations de transit et d'installation dans le Sud algérien (2018-2020)",
                      "Recommandations sur la collecte de données"])
    fname = "CRADA_Rapport_volontaire_PMM_2021.docx"
    body = multi("mixed", [rel, attach(DOCX, docx, fname)], "_006_DB8PR04MB6730E1D2C3B4A5968DB8PR04MB6730eurp_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.93", "4DZQw12VfRz3",
           addr("Benmoussa Abdelkader", "a.benmoussa@crada.example.dz"),
           "Rapport volontaire CRADA - Examen regional PMM",
           "<DB8PR04MB6730E1D2C3B4A596@DB8PR04MB6730.eurprd04.prod.outlook.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook mixed > related > alternative; the inline signature logo image001.png is not part of the "
              "report; DOCX report of a research centre; From display name in 'Last First' order; subject without "
              "accents."))


def m15():
    when = at("2021-02-10 14:26:58")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة

السلام عليكم ورحمة الله وبركاته،

يسر مرصد الهجرة والتنقل البشري بكلية الدراسات الاقتصادية والاجتماعية - جامعة النيلين أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي للهجرة في السودان، والذي يستند إلى قاعدة بيانات المرصد عن الهجرة غير النظامية عبر الحدود الشرقية والشمالية، إضافة إلى خطاب التغطية الموقّع من مدير المرصد.

نأمل أن يسهم التقرير في إثراء المراجعة الإقليمية.

وتقبلوا وافر التقدير،

د. عوض الكريم إبراهيم عثمان
مدير المرصد
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    pdf = make_pdf(["Migration and Human Mobility Observatory - Al-Neelain University",
                    "Voluntary report on GCM implementation in Sudan, 2021",
                    "Irregular migration across the eastern and northern borders"])
    cover = make_pdf(["Cover letter", "Migration and Human Mobility Observatory", "Khartoum, 9 February 2021"])
    f1 = "التقرير الطوعي - مرصد الهجرة والتنقل البشري 2021.pdf"
    f2 = "خطاب تغطية.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "000000000000718a2c05bafe4b11"),
                           attach("application/pdf", pdf, f1), attach("application/pdf", cover, f2)],
                 "000000000000718a2e05bafe4b13")
    m = mk(when, sent, "mail-ed1-f45.google.example.com", "209.85.208.45", "4Dbf2M9xZqz7",
           addr("مرصد الهجرة والتنقل البشري", "migration.observatory.neelain@gmail.example.com"),
           re_hdr("", "التقرير الطوعي لمرصد الهجرة - جامعة النيلين"),
           "<CAQ2wE5rTy8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5N@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="two Arabic-named PDFs: the report and a signed cover letter ('خطاب تغطية'), which is not part of the "
              "report; university observatory, Gmail; 'د.' honorific in the signature; Date in +0200 (Khartoum)."))


def m16():
    when = at("2021-02-10 16:51:04")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Many thanks, well received!

Dina

On Wed, Feb 10, 2021 at 2:09 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

> Dear Dina Fathy,
>
> Thank you for your message. We confirm receipt of your voluntary GCM
> review report and of your request for a speaking role at the Regional
> Review of the Global Compact for Migration in the Arab region.
>
> GCM Regional Review Secretariat
"""
    body = multi("alternative", [leaf("text/plain", text),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "0000000000002f7b4105bafe9c20")
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "209.85.128.47", "4Dbj6y1QrWz4",
           "CMDS NVU <cmds.nvu@gmail.example.com>",
           "Re: Acknowledgement of receipt - CMDS voluntary report + speaker request (Roundtable 1)",
           "<CAB3rT9wKp2Lm6Xn0Qv4Zs8Yd1Ce5Fh7Gj3Hk9P@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ACK08_ID), ("References", M08_ID + " " + ACK08_ID)])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h153-08.eml",
        notes="thank-you reply to our acknowledgement of h153-08, adds nothing: do not acknowledge; the quoted "
              "acknowledgement and the subject mention report and speaker request."))


M14_ID = "<DB8PR04MB6730E1D2C3B4A596@DB8PR04MB6730.eurprd04.prod.outlook.example.com>"
M18_ID = "<AS8PR09MB5120B4E7C1D9A3F2@AS8PR09MB5120.eurprd09.prod.outlook.example.com>"


def m17():
    when = at("2021-02-11 17:09:45")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire collectif du Réseau maghrébin de recherche sur les migrations (REMAREM), élaboré par nos sept équipes membres (Alger, Oran, Rabat, Fès, Tunis, Sfax, Nouakchott). Il porte sur l'état des systèmes de données migratoires au Maghreb et sur l'accès des chercheurs aux données administratives.

Par ailleurs, même si nous savons que la date du 5 février est passée, le réseau souhaiterait proposer une intervenante pour la table ronde 3 (ou à défaut la plénière). Fiche ci-dessous :

  Nom : BENSAÏD          Prénom : Nadia
  Fonction : Maîtresse de conférences en démographie, coordinatrice du REMAREM
  Organisme : Université d'Alger 2 – Abou El Kacem Saâdallah
  Intervention : table ronde n°3

Cordialement,

Nadia Bensaïd
pour le Comité de coordination du REMAREM
"""
    pdf = make_pdf(["Reseau maghrebin de recherche sur les migrations (REMAREM)",
                    "Rapport volontaire collectif - Examen regional du PMM - fevrier 2021",
                    "Systemes de donnees migratoires au Maghreb"])
    fname = "REMAREM - rapport collectif PMM fév 2021.pdf"
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit"), attach("application/pdf", pdf, fname)],
                 "------------0A3F9C1E7B2D4A6C8E0F1B3D")
    body._payload[0].replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    m = mk(when, sent, "smtp.univ-alger2.example.dz", "193.194.83.21", "4DcBq47HnTz9",
           addr("Nadia Bensaïd", "n.bensaid@univ-alger2.example.dz", enc="Q"),
           hdr("Rapport collectif REMAREM + proposition d'intervenante", enc="Q"),
           "<3f7d2a91-6c4e-8b05-1a2f-e9d40c7b5a18@univ-alger2.example.dz>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nadia Bensaïd", "Maîtresse de conférences en démographie, coordinatrice du REMAREM",
           "Université d'Alger 2 – Abou El Kacem Saâdallah", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both on 11 February: collective report on time, speaker part late (the sender says so), so on_time "
              "false; the sender proposes herself via a form with surname in capitals first ('Nom : BENSAÏD  Prénom : "
              "Nadia'); roundtable 3 with plenary only as fallback ('ou à défaut'); PDF name with spaces and 'é' "
              "(RFC 2231); Thunderbird 8bit format=flowed."))


def m18():
    when = at("2021-02-12 10:34:19")
    sent = tz(when - dt.timedelta(seconds=5), 4)
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review contribution of the National Bureau of Statistics and Census (NBSC), prepared by the Migration and Population Statistics Section. The report describes how migration is currently measured in the national statistical system (census 2020 questions on place of birth and citizenship, labour force survey, administrative records of work permits) and our plans to produce SDG indicator 10.7.2 and remittance cost data.

The statistical tables referred to in Section 3 are provided separately as a CSV annex so that they can be reused.

Kind regards,

Faisal Al-Harthy
Head, Migration and Population Statistics Section
National Bureau of Statistics and Census (NBSC)
Muscat

________________________________
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. Statistical data contained herein are preliminary and may not be quoted before official release.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + '</div></body></html>\n')
    pdf = make_pdf(["National Bureau of Statistics and Census (NBSC)",
                    "Voluntary GCM Review contribution - February 2021",
                    "Measuring migration in the national statistical system"])
    csv = ("table,indicator,year,sex,value\n"
           "T3.1,international migrant stock,2015,total,2073292\n"
           "T3.1,international migrant stock,2020,total,1712798\n"
           "T3.2,work permits issued,2020,male,189340\n"
           "T3.2,work permits issued,2020,female,41205\n").encode("ascii")
    f1 = "NBSC_GCM_voluntary_review_2021.pdf"
    f2 = "NBSC_Annex_statistical_tables_S3.csv"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_AS8PR09MB5120B4E7C1D9A3F2AS8PR09MB5120eurp_"),
                           attach("application/pdf", pdf, f1), attach("text/csv", csv, f2)],
                 "_004_AS8PR09MB5120B4E7C1D9A3F2AS8PR09MB5120eurp_")
    m = mk(when, sent, "mail-as8eur09.outbound.protection.example.com", "40.107.21.77", "4DcVb93RkLz2",
           "Faisal Al-Harthy <f.alharthy@nbsc.example.gov>",
           "NBSC voluntary GCM review contribution", M18_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="national statistics office report: PDF plus a CSV annex of statistical tables (both make up the "
              "report, text/csv attachment); 'contribution' rather than 'report' in the subject; confidentiality "
              "disclaimer; same sender as the out-of-office h153-01 (unrelated)."))


def m19():
    when = at("2021-02-15 12:12:36")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonjour à toute l'équipe,

Notre rapport volontaire dépassant la taille autorisée par notre messagerie (22 Mo avec les cartes), nous l'avons déposé sur un espace de partage. Vous pouvez le télécharger ici jusqu'au 1er mars :

https://transfer.example.net/d/LEMOS-rapport-volontaire-PMM-2021

Le rapport du Laboratoire d'études sur les mobilités sahariennes (LEMOS) porte sur les routes migratoires entre le Sahel et le Maghreb à partir de nos comptages aux points de passage de Nouadhibou et Zouérate (2017-2020).

N'hésitez pas à nous signaler tout problème de téléchargement.

Salutations cordiales,

Cheikh Ould Sidi Mohamed
Chargé de recherche, LEMOS
Université de Nouakchott Al Aasriya
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail.una.example.mr", "41.188.103.9", "4Dd7R28sMvz6",
           "LEMOS <lemos@una.example.mr>", "Rapport volontaire LEMOS (lien de telechargement)",
           "<20210215101231.Horde.k3Xn7Qp2Tz9Wb1Lm@webmail.una.example.mr>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="report submitted as a download link only: nothing attached and the report is not in the body, so "
              "report_attachments is empty; plain text, Horde webmail; Mauritanian research lab."))


def m20():
    when = at("2021-02-16 11:47:22")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    fwd_date = tz(at("2021-02-16 10:15:03"), 1)
    text = """Bonjour,

Je vous transfère ci-dessous le message de M. Bouzid, chef du service des statistiques démographiques, dont l'envoi initial vous a été retourné (adresse mal orthographiée).

Cordialement,
Hanane Lamrani
Secrétariat – Direction de la démographie
Office national de la statistique et des études démographiques (ONSED)

-------- Message transféré --------
Sujet : Contribution ONSED – Examen régional PMM
Date : %s
De : Rachid Bouzid <r.bouzid@onsed.example.ma>
Pour : gcmrrarabstates@iom.in

Madame, Monsieur,

Veuillez trouver ci-joint la note de l'ONSED constituant notre rapport volontaire pour l'Examen régional : elle présente les résultats du module migrations internationales de l'Enquête nationale démographique 2019 et les travaux en cours sur les statistiques de la diaspora.

Bien cordialement,
Rachid Bouzid
Chef du service des statistiques démographiques, ONSED
""" % rfcdate(fwd_date)
    pdf = make_pdf(["Office national de la statistique et des etudes demographiques (ONSED)",
                    "Note - Migrations internationales - Enquete nationale demographique 2019",
                    "Rapport volontaire - Examen regional du PMM"])
    fname = "ONSED - Note migrations internationales PMM 2021.pdf"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + text2html(text) + "</body></html>\n")
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "=_alt_5f1c9e2a7b3d"),
                           attach("application/pdf", pdf, fname)], "=_mix_5f1c9e2a7b3d")
    m = mk(when, sent, "mail.onsed.example.ma", "196.200.131.50", "4DdYf71KwBz4",
           "Hanane Lamrani <h.lamrani@onsed.example.ma>",
           hdr("TR: Contribution ONSED – Examen régional PMM", enc="Q"),
           "<5f1c9e2a7b3d4e8f9a0b1c2d3e4f5a6b@onsed.example.ma>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.8")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="forward ('TR:') by a secretary of a report first sent to a misspelled address (iom.in): the author "
              "is in the forwarded header; the document is called a 'note' and 'contribution' but the text says it "
              "is the voluntary report; not a follow-up of any message in this set."))


def m21():
    when = at("2021-02-16 21:33:50")
    sent = tz(when - dt.timedelta(seconds=10), 3)
    text = """مساء الخير

مرفق تقرير مركز الخليج لدراسات السكان والتنمية (التقرير الطوعي) عن العمالة الوافدة وبيانات سوق العمل في دول مجلس التعاون.

ونتمنى لو في مجال نرشح اثنين من المركز للمشاركة:
- أ. منيرة خالد الدوسري / باحثة رئيسية / مركز الخليج لدراسات السكان والتنمية / الطاولة المستديرة ٢
- م. بدر ناصر القحطاني / محلل بيانات / نفس المركز / النقاش المفتوح

عذراً على التأخير في الترشيح

مرسل من جهاز Galaxy الخاص بي
"""
    pdf = make_pdf(["Gulf Centre for Population and Development Studies",
                    "Voluntary GCM review report - labour migration and labour market data in the GCC"])
    fname = "GCPDS_Voluntary_Report_AR.pdf"
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), attach("application/pdf", pdf, fname)],
                 "--_com.samsung.android.email_4812207755201930")
    m = mk(when, sent, "mail-pf1-f172.google.example.com", "209.85.210.172", "4DdqZ05MxHz1",
           addr("منيرة الدوسري", "munira.aldosari.gcpds@gmail.example.com"),
           hdr("تقرير المركز + ترشيح"),
           "<ehl7n3c8d4f1t9qw2ksj6m0v.1613500420158@email.android.example.com>", body,
           extra=[("X-Mailer", "Samsung Email")])
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("منيرة خالد الدوسري", "باحثة رئيسية", "مركز الخليج لدراسات السكان والتنمية", ["roundtable"], 2),
        sp("بدر ناصر القحطاني", "محلل بيانات", "مركز الخليج لدراسات السكان والتنمية", ["open_discussion"])],
        report_attachments=[fname],
        notes="both on 16 February 21:33 Beirut (Date +0300): report on time, speaker part late (11 days), so "
              "on_time false; phone (Samsung Email), Gulf dialect; two speakers on slash-separated lines with "
              "abbreviated honorifics 'أ.' and 'م.'; second affiliation written as 'نفس المركز' (same centre); the "
              "sender proposes herself first."))


def m22():
    when = at("2021-02-16 23:52:07")
    sent = tz(when - dt.timedelta(seconds=5), 4)
    text = """Dear colleagues,

Please replace the report we sent on Friday with the attached version 2. Our Director-General asked us to correct the migrant stock figures for 2015 in Table 3.1 (the earlier figure included short-term visitors) and to add a paragraph on the 2020 census. The CSV annex is unchanged.

Apologies for the late hour.

Best regards,
Faisal Al-Harthy
Head, Migration and Population Statistics Section
National Bureau of Statistics and Census (NBSC)

-----Original Message-----
From: Faisal Al-Harthy <f.alharthy@nbsc.example.gov>
Sent: Friday, February 12, 2021 12:34 PM
To: gcmrrarabstates@iom.int
Subject: NBSC voluntary GCM review contribution

Dear Sir/Madam,

Please find attached the voluntary GCM review contribution of the National Bureau of Statistics and Census (NBSC), prepared by the Migration and Population Statistics Section.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + '</div></body></html>\n')
    pdf = make_pdf(["National Bureau of Statistics and Census (NBSC)",
                    "Voluntary GCM Review contribution - February 2021 - VERSION 2",
                    "Table 3.1 corrected; census 2020 paragraph added"])
    fname = "NBSC_GCM_voluntary_review_2021_v2.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_AS8PR09MB5120C6D2E8F0A1B4AS8PR09MB5120eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AS8PR09MB5120C6D2E8F0A1B4AS8PR09MB5120eurp_")
    m = mk(when, sent, "mail-as8eur09.outbound.protection.example.com", "40.107.21.79", "4Df0Tc2LpXz8",
           "Faisal Al-Harthy <f.alharthy@nbsc.example.gov>",
           "RE: NBSC voluntary GCM review contribution - REVISED (v2)",
           "<AS8PR09MB5120C6D2E8F0A1B4@AS8PR09MB5120.eurprd09.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID),
                  ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h153-18.eml", report_attachments=[fname],
        notes="revised report (v2) replacing h153-18, reply to the sender's own message; received 23:52 Beirut on "
              "16 February (Date header 17 Feb 01:52 +0400, already the next day for the sender): on time; only the "
              "new PDF is attached, the CSV annex of h153-18 is said to be unchanged and not re-sent."))


def m23():
    when = at("2021-02-17 09:40:15")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Sauf erreur de notre part, nous n'avons pas reçu d'accusé de réception pour le rapport volontaire du CRADA transmis le 9 février dernier (message ci-dessous). Pourriez-vous nous confirmer qu'il vous est bien parvenu et qu'il sera pris en compte ?

Avec nos remerciements,

Pr Abdelkader Benmoussa
CRADA – Oran

________________________________
De : Benmoussa Abdelkader <a.benmoussa@crada.example.dz>
Envoyé : mardi 9 février 2021 10:03
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire CRADA - Examen regional PMM

Madame, Monsieur,

J'ai l'honneur de vous faire parvenir ci-joint le rapport volontaire du Centre de recherche en anthropologie et démographie appliquées (CRADA) dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            + text2html(text) + "</body></html>\n")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_DB8PR04MB67309A8B7C6D5E4FDB8PR04MB6730eurp_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.95", "4DfHk38WqNz5",
           addr("Benmoussa Abdelkader", "a.benmoussa@crada.example.dz"),
           "RE: Rapport volontaire CRADA - Examen regional PMM",
           "<DB8PR04MB67309A8B7C6D5E4F@DB8PR04MB6730.eurprd04.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID),
                  ("Content-Language", "fr-FR"), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h153-14.eml",
        notes="'did you receive it?' follow-up to h153-14 after the report deadline, nothing re-attached; the quoted "
              "original mentions 'rapport volontaire ci-joint': not a new (or late) submission."))


def m24():
    when = at("2021-02-18 13:15:31")
    sent = when - dt.timedelta(seconds=7)
    text = """السيدات والسادة في أمانة المراجعة الإقليمية،

تحية طيبة،

نعلم أن باب الترشيح للمداخلات قد أُغلق في الخامس من شباط/فبراير، إلا أننا نرجو، إن أمكن، النظر في إدراج مداخلة للدكتور وليد فؤاد حمدان في إحدى الجلسات العامة للمؤتمر، نظراً لصدور دراستنا الجديدة حول "الهجرة والتحولات الديموغرافية في المشرق العربي" هذا الأسبوع.

نبذة مختصرة (منسوخة من السيرة الذاتية):
د. وليد فؤاد حمدان — زميل أول ومدير برنامج السكان والهجرة في المركز العربي لبحوث السياسات السكانية (بيروت). حاصل على الدكتوراه في الديموغرافيا من جامعة باريس 1. عمل سابقاً خبيراً في الإحصاءات السكانية لدى عدد من المكاتب الإحصائية الوطنية في المنطقة.

مع الشكر الجزيل،
ليال عبود
مسؤولة التواصل والفعاليات
المركز العربي لبحوث السياسات السكانية
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            '<body dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl">%s</p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0044_01D70611.3C9E2D80")
    m = mk(when, sent, "mail.acpr.example.org.lb", "178.135.66.21", "4DfwN62ZtRz3",
           addr("ليال عبود", "events@acpr.example.org.lb", "windows-1256"),
           hdr("طلب مداخلة في الجلسة العامة - المركز العربي لبحوث السياسات السكانية", "windows-1256"),
           "<004401d705f9$b73e1a20$25ba4e60$@acpr.example.org.lb>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcF+bc+GiAlulxgQkqvP3m8N2fRTQ==")])
    add(24, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("وليد فؤاد حمدان", "زميل أول ومدير برنامج السكان والهجرة", "المركز العربي لبحوث السياسات السكانية",
           ["plenary"])],
        notes="LATE (18 February), the sender knows it; on behalf of a think-tank fellow by the communications/events "
              "officer (not the speaker); title and affiliation only in a pasted CV paragraph ('في المركز ... "
              "(بيروت)'); 'للدكتور'/'د.' honorifics; a new study is mentioned but not submitted; windows-1256 Outlook."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
