#!/usr/bin/env python3
"""Write the blind evaluation set holdout151 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets151.py
Theme: diaspora, remittances and return (diaspora associations in Europe and the Gulf, ministries and offices of
expatriates, money-transfer firms and banks, fintech start-ups, returnee entrepreneurs, investment agencies).
Mail-building helpers come from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk,
                     multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(151)
add = SET.add

INVITE_ID = "<INV-2021-01-26-FR.0003@gcmrrarabstates.iom.int>"
REMIND_ID = "<REM-2021-02-02-EN.0011@gcmrrarabstates.iom.int>"


# ---------------------------------------------------------------- 01 auto-reply (fr)
def m01():
    when = at("2021-01-27 10:02:19")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Bonjour,

Je suis absente du bureau jusqu'au mercredi 3 février 2021 inclus, en mission auprès de nos antennes en Europe.
Votre message ne sera pas transféré. Pour toute urgence relative aux programmes d'accompagnement des Marocains du monde, merci de contacter le secrétariat au +212 5 37 00 11 22.

Cordialement,
Nadia Berrada
Fondation pour les Marocains du Monde
"""
    body = leaf("text/plain", text, cte="quoted-printable")
    rows = std_rows(when, "mail-pr3fra01.outbound.protection.example.com", "40.107.8.57", "4DQ8pK1zcmz3",
                    "Nadia Berrada <n.berrada@fmm-maroc.example.ma>",
                    hdr("Réponse automatique : Invitation - Examen régional du Pacte mondial pour des migrations sûres, "
                        "ordonnées et régulières - région arabe", enc="Q"),
                    rfcdate(sent), "<PR3P192MB07724A1C9E5B@PR3P192MB0772.EURP192.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("In-Reply-To", INVITE_ID), ("Thread-Topic", "Invitation - Examen régional PMM")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("Content-Language", "fr-FR"))
    m = top(body, rows)
    m.replace_header("Thread-Topic", hdr("Invitation - Examen régional PMM", enc="Q"))
    add(1, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Outlook out-of-office reply (Auto-Submitted: auto-generated, null Return-Path) to the French invitation; "
              "mentions a February date, a phone number and the foundation, but submits nothing."))


# ---------------------------------------------------------------- 02 speaker (en), Gmail plain
M02_ID = "<CAH4vQp1Zr8kXw3mLcT6sNbE0yGa7uJd2fRi9oWe@mail.gmail.example.com>"


def m02():
    when = at("2021-01-28 18:45:07")
    sent = tz(when - dt.timedelta(seconds=5), 0)
    text = """Hello,

Thanks for the invitation which reached us via the Lebanese embassy in London.

I chair the Lebanese Diaspora Network UK (LDN-UK), a volunteer network of about 1,200 Lebanese professionals in the UK. Since the 2019 banking crisis and the explosion in Beirut, remittances through our members have become a lifeline for many families, but we are struggling with the cost of transfers, the "lollar" exchange rates and de-risking by UK banks.

I would like to ask for a speaking slot in thematic roundtable 2 of the conference, to share what diaspora households are seeing on the ground.

Many thanks,
Nadim

--
Nadim Aoun
Chair, Lebanese Diaspora Network UK (LDN-UK)
+44 7700 900 418
"""
    body = leaf("text/plain", text, cte="quoted-printable")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DR3fX0nLqz7",
           "Nadim Aoun <nadim.aoun.ldn@gmail.example.com>", "Speaking slot request - roundtable 2", M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadim Aoun", "Chair", "Lebanese Diaspora Network UK (LDN-UK)", ["roundtable"], 2)],
        notes="the sender asks for himself; name and title only in the signature ('Chair, ...'); plain text Gmail."))


# ---------------------------------------------------------------- 03 speaker (ar), ministry, Outlook HTML, two speakers
def m03():
    when = at("2021-01-31 11:20:44")
    sent = when - dt.timedelta(seconds=6)
    inner = """<div dir="rtl" style="font-family:'Simplified Arabic';font-size:14pt">
<p>السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية</p>
<p>تحية طيبة وبعد،</p>
<p>تهديكم وزارة الدولة للهجرة وشؤون المصريين بالخارج أطيب تحياتها، وبالإشارة إلى الدعوة الكريمة للمشاركة في المراجعة الإقليمية، تتشرف الوزارة بترشيح كل من:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>الاسم</th><th>المسمى الوظيفي</th><th>نوع المشاركة</th></tr>
<tr><td>د. هالة عبد الرحمن منصور</td><td>مساعد الوزيرة لشؤون الجاليات المصرية بالخارج</td><td>مداخلة في الجلسة العامة</td></tr>
<tr><td>أ. كريم محمود الشناوي</td><td>مدير إدارة الاستثمار وتحويلات المصريين بالخارج</td><td>مداخلة في المائدة المستديرة الثالثة</td></tr>
</table>
<p>وذلك لعرض تجربة الوزارة في مبادرة &quot;مصر تستطيع&quot; وشهادات الادخار الدولارية الموجهة للمصريين بالخارج.</p>
<p>وتفضلوا بقبول فائق الاحترام والتقدير،</p>
<p>مكتب مساعد الوزيرة لشؤون الجاليات<br>
وزارة الدولة للهجرة وشؤون المصريين بالخارج<br>
جمهورية مصر العربية</p>
</div>"""
    plain = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

تحية طيبة وبعد،

تهديكم وزارة الدولة للهجرة وشؤون المصريين بالخارج أطيب تحياتها، وبالإشارة إلى الدعوة الكريمة للمشاركة في المراجعة الإقليمية، تتشرف الوزارة بترشيح كل من:

الاسم	المسمى الوظيفي	نوع المشاركة
د. هالة عبد الرحمن منصور	مساعد الوزيرة لشؤون الجاليات المصرية بالخارج	مداخلة في الجلسة العامة
أ. كريم محمود الشناوي	مدير إدارة الاستثمار وتحويلات المصريين بالخارج	مداخلة في المائدة المستديرة الثالثة

وذلك لعرض تجربة الوزارة في مبادرة "مصر تستطيع" وشهادات الادخار الدولارية الموجهة للمصريين بالخارج.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب مساعد الوزيرة لشؤون الجاليات
وزارة الدولة للهجرة وشؤون المصريين بالخارج
جمهورية مصر العربية
"""
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"),
                                 leaf("text/html", html_wrap(inner), cte="base64")],
                 "_000_VI1PR0601MB2214C3B7E0A94F1D8E6AVI1PR0601MB2214eurp_")
    m = mk(when, sent, "mail-vi1eur06.outbound.protection.example.com", "40.107.5.93", "4DT6wG2yMbz9",
           addr("مكتب مساعد الوزيرة - وزارة الهجرة", "asst.minister.office@emigration.example.gov.eg"),
           hdr("ترشيح متحدثين من وزارة الدولة للهجرة وشؤون المصريين بالخارج"),
           "<VI1PR0601MB2214C3B7E0A94F1D@VI1PR0601MB2214.eurprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-EG")])
    aff = "وزارة الدولة للهجرة وشؤون المصريين بالخارج"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هالة عبد الرحمن منصور", "مساعد الوزيرة لشؤون الجاليات المصرية بالخارج", aff, ["plenary"]),
        sp("كريم محمود الشناوي", "مدير إدارة الاستثمار وتحويلات المصريين بالخارج", aff, ["roundtable"], 3)],
        notes="government ministry; two speakers in an HTML table (plain part tab-separated); honorifics 'د.' and "
              "'أ.' dropped; affiliation only in the opening sentence and signature, not per speaker; roundtable as "
              "ordinal word 'الثالثة' with 'المائدة المستديرة'; sender is the office, not a speaker; the From display name spans two RFC 2047 encoded-words (policy.default shows a doubled space)."))


# ---------------------------------------------------------------- 04 other (en), fintech question
def m04():
    when = at("2021-02-01 14:05:31")
    sent = when - dt.timedelta(seconds=3)
    text = """Hi,

Quick question before we put time into this. We're a small fintech start-up based in Cairo (Tahweela Labs) building a mobile wallet for Egyptian workers in Saudi Arabia and Kuwait to send money home at lower cost.

1) Can a private company submit a voluntary GCM review report, or is it only for governments, UN agencies and NGOs?
2) Is there a template or max page count?
3) If we send something, will it be published online? Some of our numbers are commercially sensitive.

Thanks a lot,
Mostafa

Mostafa Galal | Co-founder & COO | Tahweela Labs
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000e81b7c05ba4d92f0")
    m = mk(when, sent, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DTq9b3ZsXz5",
           "Mostafa Galal <mostafa@tahweela-labs.example.io>", "Question: can a private company submit a report?",
           "<CAB7dM2rPz0yTq5WnLk8EcGv3XuHa1sJf6NoYi4Q@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about who may submit a voluntary report, template and publication; mentions 'voluntary GCM "
              "review report' but submits nothing and proposes no speaker; signature with title and company."))


# ---------------------------------------------------------------- 05 speaker (fr), details only in signature
def m05():
    when = at("2021-02-02 09:30:12")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonjour,

Je me permets de vous écrire suite à la diffusion de votre invitation par le consulat général d'Algérie à Lyon.

Je souhaiterais solliciter une prise de parole lors de la troisième table ronde thématique, afin de présenter notre travail sur les projets d'investissement portés par des jeunes binationaux dans leurs wilayas d'origine et les difficultés qu'ils rencontrent (transfert de l'épargne, double imposition, accès au foncier).

En vous remerciant par avance de l'attention portée à ma demande.

Bien cordialement,

Karim Benslimane
Vice-président chargé de l'entrepreneuriat
Fédération des Associations Algériennes de France (FAAF)
12 rue Paul Bert – 69003 Lyon
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                 "----=_Part_1128734_201945113.1612254603000")
    m = mk(when, sent, "smtp.orange.example.fr", "80.12.242.131", "4DVBd73kqWz2",
           "k.benslimane <k.benslimane@orange.example.fr>",
           hdr("Demande de prise de parole – table ronde", enc="Q"),
           "<1128734.201945113.1612254603000.JavaMail.open-xchange@opme11oxm23aub.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev27")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Benslimane", "Vice-président chargé de l'entrepreneuriat",
           "Fédération des Associations Algériennes de France (FAAF)", ["roundtable"], 3)],
        notes="the sender asks for himself; name, title and affiliation only in the signature; roundtable as "
              "'troisième table ronde thématique'; From display name is a lower-case login."))


# ---------------------------------------------------------------- 06 bounce (en)
def m06():
    when = at("2021-02-02 09:47:55")
    d = tz(when, 4)
    text = """Delivery has failed to these recipients or groups:

remittances.desk@gulfxchange.example.ae
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: DXBPR04MB5512.apcprd04.prod.outlook.example.com

remittances.desk@gulfxchange.example.ae
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    dsn = ("Reporting-MTA: dns;DXBPR04MB5512.apcprd04.prod.outlook.example.com\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;remittances.desk@gulfxchange.example.ae\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
           % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: undisclosed-recipients:;\n"
            "Subject: Reminder - GCM Regional Review, Arab region: speaker requests due 5 February, voluntary reports 16 February\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "Precedence: bulk\n" % (rfcdate(when - dt.timedelta(minutes=2)), REMIND_ID))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "b3f9c2a1-7e44-4d10-9a5e-6c0d2e8f1b77",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail-dxb04.outbound.protection.example.com", "40.107.131.70", "4DVBz41hYtz8",
                    "Microsoft Outlook <postmaster@gulfxchange.example.ae>",
                    "Undeliverable: Reminder - GCM Regional Review, Arab region: speaker requests due 5 February, "
                    "voluntary reports 16 February", rfcdate(d),
                    "<e41f6a0c-5b2d-4c8e-9f17-2a3b4c5d6e7f@DXBPR04MB5512.apcprd04.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", REMIND_ID))
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange Online NDR (multipart/report delivery-status, 5.1.10 recipient not found) for the reminder "
              "mailing to a money-transfer firm; the subject and returned headers name both deadlines."))


# ---------------------------------------------------------------- 07 speaker (ar), iPhone, pasted form, dialect
def m07():
    when = at("2021-02-02 21:10:36")
    sent = tz(when - dt.timedelta(seconds=11), 3)
    text = """السلام عليكم ورحمة الله
دي بيانات الأخ المرشح من الجالية حسب الاستمارة:

الاسم: عثمان الطيب بابكر
الصفة: رئيس اللجنة الاقتصادية
الجهة: الجالية السودانية بمنطقة الرياض
نوع المشاركة: المناقشة المفتوحة يوم 23 فبراير

الأخ عثمان عنده خبرة طويلة في موضوع التحويلات عبر السوق الموازي وأثر فرق سعر الصرف على المغتربين، وممكن يشارك عن بعد من الرياض.

وجزاكم الله خير
ياسر حمد
أمين الجالية

Sent from my iPhone"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-pj1-f53.google.example.com", "209.85.216.53", "4DVZ7c1KpJz6",
           addr("Yasir Hamad", "yasir.hamad.ruh@gmail.example.com"),
           hdr("بيانات المتحدث - الجالية السودانية"),
           "<9F3E2B71-4C1A-4E5D-8B2F-0A6C7D8E9F10@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب بابكر", "رئيس اللجنة الاقتصادية", "الجالية السودانية بمنطقة الرياض", ["open_discussion"])],
        notes="iPhone plain text, Sudanese dialect ('دي'); labelled lines pasted from a form; sender (community "
              "secretary, Latin display name) is not the speaker; '23 فبراير' is the consultation day here, not a "
              "deadline."))


# ---------------------------------------------------------------- 08 both (fr), DOCX + speaker
M08_ID = "<AM0PR10MB2451A8C7E3F2@AM0PR10MB2451.EURPRD10.PROD.OUTLOOK.example.com>"
ACK08_ID = "<ACK-2021-02-10-FR.0042@gcmrrarabstates.iom.int>"


def m08():
    when = at("2021-02-03 12:00:48")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Au nom du Réseau Marocain des Entrepreneurs de Retour (RMER), j'ai le plaisir de vous adresser ci-joint notre contribution à l'examen régional du Pacte mondial sur les migrations (rapport volontaire, 14 pages), élaborée à partir d'une enquête menée auprès de 83 entrepreneurs revenus d'Europe depuis 2015.

Par ailleurs, notre présidente, Mme Souad El Idrissi, souhaiterait intervenir lors de la table ronde n°4 afin de présenter les principales recommandations du rapport, notamment sur la portabilité des droits sociaux et l'accès au crédit des porteurs de projets de retour.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

Yassine Lamrani
Chargé de communication
Réseau Marocain des Entrepreneurs de Retour (RMER)
Casablanca
"""
    fname = "Contribution_RMER_Examen_regional_PMM_2021.docx"
    docx = make_docx(["Reseau Marocain des Entrepreneurs de Retour (RMER)",
                      "Contribution a l'examen regional du Pacte mondial sur les migrations - 2021",
                      "1. Methodologie", "2. Obstacles au retour productif", "3. Recommandations"])
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                "_000_AM0PR10MB2451A8C7E3F2AM0PR10MB2451EURP_")
    body = multi("mixed", [alt, attach(DOCX, docx, fname)], "_004_AM0PR10MB2451A8C7E3F2AM0PR10MB2451EURP_")
    m = mk(when, sent, "mail-am0eur10.outbound.protection.example.com", "40.107.6.111", "4DW1kP8vRnz4",
           "Yassine Lamrani <y.lamrani@rmer.example.ma>",
           hdr("Contribution du RMER + demande d'intervention (table ronde 4)", enc="Q"), M08_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Souad El Idrissi", "Présidente", "Réseau Marocain des Entrepreneurs de Retour (RMER)", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, on time: DOCX report and a speaker request for the president (title given as 'notre "
              "présidente', affiliation by reference to the network); 'Mme' dropped; sender (communication officer) "
              "is not a speaker; 'table ronde n°4'."))


# ---------------------------------------------------------------- 09 speaker (en), on behalf of CEO, HTML only
M09_ID = "<DB8PR06MB6350B2E1F0C94A7D@DB8PR06MB6350.eurprd06.prod.outlook.example.com>"


def m09():
    when = at("2021-02-03 16:30:02")
    sent = tz(when - dt.timedelta(seconds=7), 4)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt;color:#1F3864">
<p>Dear Organisers,</p>
<p>Good afternoon. I am writing on behalf of <b>Mr. Tariq Al-Hammadi</b>, Chief Executive Officer of <b>Nakheel Exchange LLC</b>, following your kind invitation to the Regional Review of the GCM.</p>
<p>Nakheel Exchange would like to propose the following two speakers:</p>
<ol>
<li>Mr. Tariq Al-Hammadi &ndash; Chief Executive Officer &ndash; floor intervention during the plenary session (24 Feb preferred due to his travel schedule)</li>
<li>Ms. Dana Sabbagh &ndash; Head of Digital Remittances &amp; Partnerships &ndash; intervention in Roundtable 1</li>
</ol>
<p>Kindly note that all correspondence should be copied to me as Mr. Al-Hammadi is travelling.</p>
<p>Best regards,</p>
<table><tr><td style="border-right:2px solid #C9A227;padding-right:8px"><b>Reem Farouk</b><br>
Executive Assistant to the CEO<br>Nakheel Exchange LLC | Dubai, UAE</td>
<td style="padding-left:8px;font-size:8pt;color:#888">This e-mail and any attachments are confidential and intended solely for the addressee. Nakheel Exchange LLC is regulated by the Central Bank of the UAE.</td></tr></table>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-db8eur06.outbound.protection.example.com", "40.107.2.58", "4DW7Sx5fQbz1",
           "Reem Farouk <reem.farouk@nakheelexchange.example.ae>",
           "GCM Regional Review - speakers from Nakheel Exchange", M09_ID, body,
           cc="Tariq Al-Hammadi <ceo@nakheelexchange.example.ae>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tariq Al-Hammadi", "Chief Executive Officer", "Nakheel Exchange LLC", ["plenary"]),
        sp("Dana Sabbagh", "Head of Digital Remittances & Partnerships", "Nakheel Exchange LLC", ["roundtable"], 1)],
        notes="HTML-only Outlook message sent on behalf of the CEO by his assistant (not a speaker), CEO in Cc; two "
              "speakers in an ordered list; '&amp;' in a title; 'Mr.'/'Ms.' dropped; confidentiality footer."))


# ---------------------------------------------------------------- 10 speaker (fr), administrative, rapporteur
def m10():
    when = at("2021-02-04 10:15:27")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """République Tunisienne
Ministère des Affaires Sociales
Office des Tunisiens à l'Étranger (OTE)
Direction Générale

Tunis, le 4 février 2021

Objet : Désignation d'un intervenant - Examen régional du Pacte mondial sur les migrations (région arabe)
Réf. : Votre lettre d'invitation du 26 janvier 2021

Madame, Monsieur,

Comme suite à la lettre citée en référence, j'ai l'honneur de vous informer que l'Office des Tunisiens à l'Étranger (OTE) a désigné M. Mohamed Ali Trabelsi, Directeur des études et de la coopération, pour assurer le rôle de rapporteur chargé de présenter les messages clés des parties prenantes lors de la conférence des 24 et 25 février 2021.

Ses coordonnées sont les suivantes : m.trabelsi@ote.example.tn - tél. +216 71 000 456.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

P/Le Directeur Général
Le Chef du Bureau d'ordre
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "mx.ote.example.tn", "196.203.74.12", "4DWc3Hq7Ntz5",
           "Bureau d'ordre OTE <bo@ote.example.tn>",
           hdr("Désignation d'un intervenant - Examen régional PMM", "iso-8859-1", "Q"),
           "<000f01d6fad8$4b2c1e90$e18455b0$@ote.example.tn>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdbK2EsZQvTn4rbPRl+1x0oJmXcA1Q==")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Ali Trabelsi", "Directeur des études et de la coopération",
           "Office des Tunisiens à l'Étranger (OTE)", ["rapporteur"])],
        notes="formal administrative letter in ISO-8859-1 (letterhead, 'Objet', 'Réf.'); rapporteur role described in "
              "prose ('rapporteur chargé de présenter les messages clés'); sent by the registry office, not the "
              "speaker; dates 24-25 February and 26 January are not deadlines."))


# ---------------------------------------------------------------- 11 other (ar), question on the misprinted date
M11_ID = "<CAK2pR7sWq9zLm4XnT1vYb6cEd3HgJa8uFk0NoPi@mail.gmail.example.com>"


def m11():
    when = at("2021-02-04 13:40:09")
    sent = when - dt.timedelta(seconds=4)
    text = """مرحبا،

عنا سؤال صغير لو سمحتوا. بالرسالة العربية مكتوب إنو آخر موعد لطلب المداخلة هو يوم الجمعة 23 شباط، بس بالنسخة الإنجليزية مكتوب 5 شباط. أي تاريخ المعتمد؟

كمان، هل ممكن الجمعية تقدم تقرير طوعي وطلب مداخلة بنفس الإيميل، ولا لازم كل واحد لحال؟

شكراً كتير
لينا
جمعية المغتربين العائدين للتنمية (عودة) - عمّان
"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>", cte="base64")],
                 "0000000000003a91d205ba6f0c28")
    m = mk(when, sent, "mail-lf1-f46.google.example.com", "209.85.167.46", "4DWj0Lz2Tvz3",
           addr("Lina Odeh", "awda.returnees.jo@gmail.example.com"),
           hdr("استفسار عن الموعد النهائي"), M11_ID, body)
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine dialect question about the misprinted Arabic speaker deadline ('23 شباط' vs 5 February) "
              "and whether report and speaker request may go in one message; no speaker named, nothing attached. "
              "The same association sends a report + speaker later (h151-20), as a new message."))


# ---------------------------------------------------------------- 12 both (en), report PDF + pasted form
def m12():
    when = at("2021-02-05 15:20:33")
    sent = tz(when - dt.timedelta(seconds=8), 0)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Yemeni Diaspora Professionals Network (YDPN), "Remittances under war: Yemeni diaspora in the UK and the Gulf, 2018-2020".

We would also like to propose a speaker. I have copied below the details as filled in our internal nomination form:

----- Nomination form -----
Speaker name: Dr. Abdulrahman Al-Sakkaf
Position: Research Fellow
Organisation: Yemeni Diaspora Professionals Network (YDPN)
Preferred session: Plenary (floor intervention)
Language: Arabic / English
---------------------------

Best wishes,
Huda

Huda Ba-Abbad
Secretary, YDPN
Sheffield, UK
"""
    pdf = make_pdf(["Yemeni Diaspora Professionals Network (YDPN)",
                    "Remittances under war: Yemeni diaspora in the UK and the Gulf, 2018-2020",
                    "Voluntary GCM review report - February 2021"])
    fname = "YDPN_GCM_voluntary_review_2021.pdf"
    body = multi("mixed", [leaf("text/plain", text, cte="quoted-printable"), attach("application/pdf", pdf, fname)],
                 "------------A4C2E7F1B9D05E3A6C8F0B21")
    m = mk(when, sent, "mail.ydpn.example.org.uk", "81.2.69.160", "4DX4qM6pSkz8",
           "Huda Ba-Abbad <secretary@ydpn.example.org.uk>", "YDPN voluntary report and speaker nomination",
           "<5b7e2c1a-93f4-4d60-b8a1-2e4f6c8d0a13@ydpn.example.org.uk>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "en-GB")])
    add(12, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdulrahman Al-Sakkaf", "Research Fellow", "Yemeni Diaspora Professionals Network (YDPN)", ["plenary"])],
        report_attachments=[fname],
        notes="both on the speaker deadline day (15:20 Beirut): PDF report + speaker details pasted from a nomination "
              "form ('Speaker name:', 'Position:'); 'Dr.' dropped; sender (secretary) is not the speaker."))


# ---------------------------------------------------------------- 13 speaker (en), reply to 02 adding a speaker
def m13():
    when = at("2021-02-05 22:31:50")
    sent = tz(when - dt.timedelta(seconds=6), 0)
    text = """Hi again,

Sorry for the last-minute addition. Our treasurer, Rania Haddad, who set up our hometown-association matching fund (members' remittances matched for village water and solar projects in the Chouf), would also like to speak. Ideally in the same roundtable as me, otherwise the plenary is fine.

Thanks and sorry for the trouble!
Nadim

On Thu, 28 Jan 2021 at 16:45, Nadim Aoun <nadim.aoun.ldn@gmail.example.com> wrote:
> Hello,
>
> Thanks for the invitation which reached us via the Lebanese embassy in London.
>
> I chair the Lebanese Diaspora Network UK (LDN-UK), a volunteer network of about 1,200 Lebanese professionals in the UK.
>
> I would like to ask for a speaking slot in thematic roundtable 2 of the conference, to share what diaspora households are seeing on the ground.
>
> Many thanks,
> Nadim
>
> --
> Nadim Aoun
> Chair, Lebanese Diaspora Network UK (LDN-UK)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000b4d58e05baac3e11")
    m = mk(when, sent, "mail-wr1-f50.google.example.com", "209.85.221.50", "4DXGbn0QyRz2",
           "Nadim Aoun <nadim.aoun.ldn@gmail.example.com>", "Re: Speaking slot request - roundtable 2",
           "<CAH4vQp6Yt2mWk9nLdS3rMbF1zGc8uKe5gTj0pXa@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of="h151-02.eml", speakers=[
            sp("Rania Haddad", "Treasurer", "Lebanese Diaspora Network UK (LDN-UK)", ["roundtable", "plenary"], 2)],
        notes="reply to own earlier request (h151-02) at 22:31 Beirut on the deadline day: on time; adds a second "
              "speaker only (the first is already recorded from h151-02); roundtable by reference ('the same "
              "roundtable as me' = 2), plenary as fall-back; affiliation by reference ('Our'), full form in the "
              "quote; the quoted original still carries Nadim's details."))


# ---------------------------------------------------------------- 14 speaker (ar), late, windows-1256, cites 23 Feb
def m14():
    when = at("2021-02-06 00:40:13")
    sent = when - dt.timedelta(seconds=5)
    text = """حضرة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

ضمن المهلة المحددة في كتاب الدعوة باللغة العربية (يوم الجمعة 23 شباط 2021)، يسر المديرية العامة للمغتربين - وزارة الخارجية والمغتربين في الجمهورية اللبنانية أن ترشح السيدة رنا الحلبي، رئيسة دائرة شؤون الانتشار، للمشاركة في المناقشة المفتوحة ضمن التشاور مع أصحاب المصلحة.

وتتناول المداخلة برامج ربط المغتربين اللبنانيين بالوطن وآليات تسهيل تحويلاتهم في ظل الأزمة المالية الراهنة.

مع فائق الاحترام،

قسم العلاقات العامة
المديرية العامة للمغتربين
بيروت
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "mail.emigrants.example.gov.lb", "185.89.60.14", "4DXPq31VcLz6",
           addr("المديرية العامة للمغتربين", "pr@emigrants.example.gov.lb", charset="windows-1256"),
           hdr("ترشيح للمشاركة في المناقشة المفتوحة", "windows-1256"),
           "<20210205224008.3A1F2B7C90@mail.emigrants.example.gov.lb>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رنا الحلبي", "رئيسة دائرة شؤون الانتشار", "المديرية العامة للمغتربين - وزارة الخارجية والمغتربين",
           ["open_discussion"])],
        notes="LATE: received Sat 6 Feb 00:40 Beirut, 40 minutes after the deadline; the sender relies on the misprinted "
              "Arabic deadline '23 شباط'; windows-1256 quoted-printable body and RFC 2047 windows-1256 headers; "
              "'السيدة' dropped; sender (public relations unit) is not the speaker."))


# ---------------------------------------------------------------- 15 speaker (fr), late, fintech, two speakers
def m15():
    when = at("2021-02-08 19:12:40")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Bonsoir,

Je sais que la date limite pour les demandes d'intervention était vendredi dernier, désolé, on a vu l'invitation seulement ce week-end via un groupe LinkedIn.

On est une jeune fintech tunisienne (Wasla Fintech), on développe une solution de transfert d'argent à bas coût entre la France, l'Italie et la Tunisie pour les Tunisiens résidents à l'étranger, en partenariat avec La Poste tunisienne.

Si c'est encore possible, on aimerait proposer deux intervenants :
- moi-même, Amine Gharbi, CEO et co-fondateur, pour la table ronde 1 ;
- Sarra Mejri, responsable conformité, pour la discussion ouverte du 23 février (elle peut parler des contraintes KYC/AML qui bloquent les petits transferts).

Merci d'avance, et bonne soirée !

Amine
Wasla Fintech – www.wasla.example.tn

Envoyé de mon iPhone"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "Apple-Mail-7C2D9E11-40B8-4F3A-A5D6-19E2B7C4F0A8")
    m = mk(when, sent, "mail-wm1-f48.google.example.com", "209.85.128.48", "4DZ1xG7wKdz3",
           "Amine Gharbi <amine@wasla.example.tn>",
           hdr("Demande d'intervention (en retard…) – Wasla Fintech", enc="Q"),
           "<A3D1F6B2-8C47-4E90-B5A3-7D2E9C1F4B60@wasla.example.tn>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Amine Gharbi", "CEO et co-fondateur", "Wasla Fintech", ["roundtable"], 1),
        sp("Sarra Mejri", "Responsable conformité", "Wasla Fintech", ["open_discussion"])],
        notes="LATE (Mon 8 Feb), the sender says so; informal French from a phone; two speakers in a dash list, the "
              "sender is the first ('moi-même'); affiliation stated once for both; 'discussion ouverte du 23 février' "
              "= open discussion; title written in lower case ('responsable conformité')."))


# ---------------------------------------------------------------- 16 voluntary report (en), Outlook related + inline logo
def m16():
    when = at("2021-02-09 11:48:22")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Dear GCM Regional Review team,

On behalf of the Arab Diaspora Investment Forum (ADIF), please find attached our voluntary GCM review report, "Beyond remittances: channelling diaspora savings into productive investment in the Arab region".

The report covers diaspora bonds, matching-grant schemes and investment desks for returnees in Egypt, Jordan, Lebanon, Morocco and Tunisia, and is structured around GCM Objectives 19 and 20.

Kind regards,

Omar Khatib
Policy Lead | Arab Diaspora Investment Forum (ADIF)
Brussels
"""
    inner = (text2html(text).replace("Brussels</p>", "Brussels<br>\n<img src=\"cid:image001.png@01D6FED2.4A1B3C20\" "
                                       "width=\"120\" height=\"40\" alt=\"ADIF\"></p>"))
    pdf = make_pdf(["Arab Diaspora Investment Forum (ADIF)",
                    "Beyond remittances: channelling diaspora savings into productive investment",
                    "Voluntary GCM review report, February 2021"])
    fname = "ADIF_Voluntary_GCM_Review_Report_Feb2021.pdf"
    logo = leaf("image/png", make_png(12, 4, (12, 60, 110)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FED2.4A1B3C20>")])
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(inner))],
                "_000_PR2P264MB0415D7E3A9C1PR2P264MB0415FRAP_")
    rel = multi("related", [alt, logo], "_006_PR2P264MB0415D7E3A9C1PR2P264MB0415FRAP_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)], "_007_PR2P264MB0415D7E3A9C1PR2P264MB0415FRAP_")
    m = mk(when, sent, "mail-pr2fra01.outbound.protection.example.com", "40.107.12.42", "4DZk2Yb6Pqz1",
           "Omar Khatib <o.khatib@adif.example.eu>", "ADIF - Voluntary GCM review report",
           "<PR2P264MB0415D7E3A9C1@PR2P264MB0415.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook mixed > related > alternative; the inline signature logo image001.png is not part of the "
              "report; the report title in the body is not a speaker request."))


# ---------------------------------------------------------------- 17 voluntary report (ar), DOCX Arabic name
M17_ID = "<CAM5qL2vRx8yNp3ZoU6wTc1dFe4JhKb9vGl7OpQj@mail.gmail.example.com>"


def m17():
    when = at("2021-02-10 09:05:17")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """السادة الأفاضل في أمانة المراجعة الإقليمية،

تحية طيبة وبعد،

يسر الرابطة العربية لمؤسسات التحويل المالي (ARAMTI) أن ترفق طيه تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة في المنطقة العربية، ولا سيما الهدف العشرين المتعلق بتعزيز ظروف إرسال التحويلات بشكل أسرع وأكثر أماناً وأقل تكلفة.

ويستعرض التقرير تطور متوسط تكلفة التحويل في الممرات الرئيسية بين دول الخليج ودول المشرق والمغرب العربي خلال الفترة 2018-2020.

وتفضلوا بقبول فائق الاحترام،

م. طارق الزعبي
المدير التنفيذي
الرابطة العربية لمؤسسات التحويل المالي (ARAMTI)
عمّان - الأردن
"""
    fname = "تقرير الرابطة - المراجعة الطوعية.docx"
    docx = make_docx(["ARAMTI - Voluntary GCM review report 2021", "Remittance costs in Arab corridors 2018-2020"])
    alt = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>", cte="base64")],
                "000000000000d2f45005bafb7a62")
    body = multi("mixed", [alt, attach(DOCX, docx, fname)], "000000000000d2f45205bafb7a64")
    m = mk(when, sent, "mail-ej1-f53.google.example.com", "209.85.218.53", "4DbR7n3WfHz9",
           addr("ARAMTI", "aramti.secretariat@gmail.example.com"),
           hdr("التقرير الطوعي للرابطة العربية لمؤسسات التحويل المالي"), M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Arabic; DOCX with an Arabic file name (RFC 2231 / RFC 2047); signer is the executive director "
              "(not a speaker); 'الهدف العشرين' is a GCM objective, not a roundtable. Revised in h151-21."))


# ---------------------------------------------------------------- 18 other (fr), thank-you reply to our acknowledgement of 08
def m18():
    when = at("2021-02-10 10:22:05")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Merci beaucoup pour cette confirmation.

Bonne journée,
Yassine

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 10 février 2021 09:03
À : Yassine Lamrani <y.lamrani@rmer.example.ma>
Objet : Accusé de réception - Contribution du RMER + demande d'intervention (table ronde 4)

Monsieur,

Nous accusons bonne réception de votre rapport volontaire et de votre demande d'intervention dans le cadre de l'examen régional du Pacte mondial sur les migrations dans la région arabe.

Le Secrétariat de l'examen régional du PMM
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM0PR10MB2451F5D1C0B7AM0PR10MB2451EURP_")
    m = mk(when, sent, "mail-am0eur10.outbound.protection.example.com", "40.107.6.119", "4DbTx06mKdz2",
           "Yassine Lamrani <y.lamrani@rmer.example.ma>",
           hdr("RE: Accusé de réception - Contribution du RMER + demande d'intervention (table ronde 4)", enc="Q"),
           "<AM0PR10MB2451F5D1C0B7@AM0PR10MB2451.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ACK08_ID), ("References", M08_ID + " " + ACK08_ID),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h151-08.eml",
        notes="thank-you reply to our acknowledgement of h151-08 (adds nothing): do not acknowledge; the quoted "
              "acknowledgement mentions both a report and a speaking request; References names h151-08."))


# ---------------------------------------------------------------- 19 voluntary report (fr), Thunderbird, accented PDF name
def m19():
    when = at("2021-02-12 17:33:48")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Vous trouverez en pièce jointe le rapport volontaire de l'Union des Associations Marocaines de Belgique (UAMB) dans le cadre de l'examen régional du PMM.

Ce document a été rédigé collectivement par six associations membres (Bruxelles, Anvers, Liège) et porte sur l'épargne des familles de la diaspora, les transferts vers le Maroc et les projets de retour des retraités.

N'hésitez pas à revenir vers nous pour toute question.

Salutations distinguées,

Fatima Zahra Ouali
Secrétaire générale – UAMB
Bruxelles
"""
    pdf = make_pdf(["Union des Associations Marocaines de Belgique (UAMB)",
                    "Rapport volontaire - Examen regional du PMM - fevrier 2021"])
    fname = "Rapport_volontaire_UAMB_épargne_diaspora.pdf"
    body = multi("mixed", [leaf("text/plain", text, cte="8bit", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, fname)],
                 "------------7B3E0C91D4F2A6B85E1C03D7")
    m = mk(when, sent, "smtp.skynet.example.be", "195.238.20.88", "4DcQ8k5RyTz4",
           "Fatima Zahra Ouali <uamb.secretariat@skynet.example.be>",
           hdr("Rapport volontaire UAMB – Examen régional PMM", enc="Q"),
           "<b2d4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d1f@skynet.example.be>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of six associations; Thunderbird 8bit format=flowed; PDF name with 'é' (RFC 2231 "
              "filename*, RFC 2047 name)."))


# ---------------------------------------------------------------- 20 both (ar), report on time, speaker late
def m20():
    when = at("2021-02-13 12:14:30")
    sent = when - dt.timedelta(seconds=7)
    text = """مرحبا،

متابعة لرسالتكم، مرفق التقرير الطوعي لجمعية المغتربين العائدين للتنمية (عودة) عن تجربة الأردنيين العائدين من الخليج بعد جائحة كورونا وصعوبات إعادة إدماجهم بسوق العمل.

وكمان حابين نرشح رئيس الهيئة الإدارية للجمعية م. سامر الخطيب للمداخلة بالطاولة المستديرة رقم 2 إذا لسا في مجال.

مع الشكر والتقدير
لينا عودة
منسقة البرامج
جمعية المغتربين العائدين للتنمية (عودة)
"""
    pdf = make_pdf(["Awda - Returning Expatriates Association for Development (Jordan)",
                    "Voluntary GCM review report 2021: Jordanian returnees from the Gulf"])
    fname = "تقرير جمعية عودة 2021.pdf"
    alt = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>", cte="base64")],
                "000000000000f7a91305bb2e4d87")
    body = multi("mixed", [alt, attach("application/pdf", pdf, fname)], "000000000000f7a91505bb2e4d89")
    m = mk(when, sent, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DcvR2k8Hnz1",
           addr("Lina Odeh", "awda.returnees.jo@gmail.example.com"),
           hdr("التقرير الطوعي وترشيح متحدث - جمعية عودة"),
           "<CAK2pR9tXa1bMn6YoV3wZc8dFf5JiLb2wHm4QrSk@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سامر الخطيب", "رئيس الهيئة الإدارية", "جمعية المغتربين العائدين للتنمية (عودة)", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both on 13 Feb: report part on time, speaker part late, hence on_time false; Levantine dialect; "
              "'م.' (engineer) dropped; 'متابعة لرسالتكم' but no In-Reply-To: a new submission by the sender of the "
              "question h151-11, not a follow-up of a submission; sender (programme coordinator) not a speaker."))


# ---------------------------------------------------------------- 21 voluntary report (ar), revised version of 17
def m21():
    when = at("2021-02-14 20:02:55")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """السادة الكرام،

نرجو التكرم باعتماد النسخة المعدلة المرفقة من تقرير الرابطة بدلاً من النسخة المرسلة بتاريخ 10 شباط، وذلك بعد تصحيح أرقام تكلفة التحويل في ممر السعودية - مصر (الجدول 3).

مع الشكر،
أمانة سر الرابطة

في الأربعاء، ١٠ فبراير ٢٠٢١ في ٩:٠٥ ص تمت كتابة ما يلي بواسطة ARAMTI <aramti.secretariat@gmail.example.com>:
> السادة الأفاضل في أمانة المراجعة الإقليمية،
>
> يسر الرابطة العربية لمؤسسات التحويل المالي (ARAMTI) أن ترفق طيه تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة في المنطقة العربية.
"""
    fname = "تقرير الرابطة - المراجعة الطوعية - معدل.docx"
    docx = make_docx(["ARAMTI - Voluntary GCM review report 2021 (revised)", "Table 3 corrected"])
    alt = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>", cte="base64")],
                "0000000000001c6e9a05bb4a11d3")
    body = multi("mixed", [alt, attach(DOCX, docx, fname)], "0000000000001c6e9c05bb4a11d5")
    m = mk(when, sent, "mail-ej1-f45.google.example.com", "209.85.218.45", "4Dd7Lw9qCsz5",
           addr("ARAMTI", "aramti.secretariat@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي للرابطة العربية لمؤسسات التحويل المالي"),
           "<CAM5qL7wSy3zOq8ApV1xUd6eGf9KiMc4xHn2QtRl@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of="h151-17.eml", report_attachments=[fname],
        notes="revised report replacing h151-17 (In-Reply-To it); new DOCX with Arabic name ending 'معدل'; Gmail "
              "Arabic quote header with Arabic-Indic digits; the quoted text is the first submission."))


# ---------------------------------------------------------------- 22 other (en), logistics follow-up of 09 with a bio
def m22():
    when = at("2021-02-15 13:26:41")
    sent = tz(when - dt.timedelta(seconds=6), 4)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt;color:#1F3864">
<p>Dear Organisers,</p>
<p>Further to my email below, could you kindly advise whether Mr. Al-Hammadi&#39;s plenary intervention will be in person or virtual, and when the connection details will be shared? Please also find attached his short bio for the programme.</p>
<p>Many thanks,</p>
<p><b>Reem Farouk</b><br>Executive Assistant to the CEO<br>Nakheel Exchange LLC | Dubai, UAE</p>
<hr>
<p><b>From:</b> Reem Farouk<br><b>Sent:</b> Wednesday, February 3, 2021 6:29 PM<br><b>To:</b> gcmrrarabstates@iom.int<br>
<b>Cc:</b> Tariq Al-Hammadi<br><b>Subject:</b> GCM Regional Review - speakers from Nakheel Exchange</p>
<p>Dear Organisers,</p>
<p>Good afternoon. I am writing on behalf of Mr. Tariq Al-Hammadi, Chief Executive Officer of Nakheel Exchange LLC ...</p>
</div>"""
    pdf = make_pdf(["Tariq Al-Hammadi - short biography", "Chief Executive Officer, Nakheel Exchange LLC"])
    fname = "Tariq Al-Hammadi - Bio.pdf"
    body = multi("mixed", [leaf("text/html", html_wrap(inner), cte="quoted-printable"),
                           attach("application/pdf", pdf, fname)],
                 "_004_DB8PR06MB63509A4C2E1DB8PR06MB6350eurp_")
    m = mk(when, sent, "mail-db8eur06.outbound.protection.example.com", "40.107.2.61", "4DdmT6zHwBz8",
           "Reem Farouk <reem.farouk@nakheelexchange.example.ae>",
           "RE: GCM Regional Review - speakers from Nakheel Exchange",
           "<DB8PR06MB63509A4C2E1F@DB8PR06MB6350.eurprd06.prod.outlook.example.com>", body,
           cc="Tariq Al-Hammadi <ceo@nakheelexchange.example.ae>",
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(22, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h151-09.eml",
        notes="logistics follow-up to the speaker request h151-09 (in-person or virtual?) with a speaker bio PDF: the "
              "attachment is not a voluntary report and no new speaker is proposed; HTML-only Outlook with the "
              "original quoted."))


# ---------------------------------------------------------------- 23 voluntary report (ar), Saudi phone, Date after midnight +0300
def m23():
    when = at("2021-02-16 23:21:04")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = "السلام عليكم\nمرفق لكم تقرير تجمع رجال الأعمال السودانيين بالمملكة، ان شاء الله يلحق الموعد\nتحياتي\nمجدي"
    pdf = make_pdf(["Sudanese Business Community in the Kingdom of Saudi Arabia",
                    "Voluntary GCM review report 2021 - remittances and return investment"])
    fname = "تقرير تجمع رجال الأعمال السودانيين.pdf"
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), attach("application/pdf", pdf, fname),
                           leaf("text/plain", "\n\nأُرسلت من الـ iPhone", cte="base64")],
                 "Apple-Mail-E2C4A6B8-1D3F-4052-9A7C-B3D5E7F9A1C2")
    m = mk(when, sent, "mail-pf1-f181.google.example.com", "209.85.210.181", "4DgF3s8KmWz6",
           addr("Magdi Elnour", "magdi.elnour.sbc@gmail.example.com"), hdr("تقرير"),
           "<C7E9A1B3-5D2F-4864-A0C6-E8F1B3D5A7C9@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Date header 'Wed, 17 Feb 2021 00:20:55 +0300' (Riyadh) = 16 Feb 23:21 Beirut: on time; one-word "
              "subject; iPhone text / PDF / text parts; sender worries about the deadline."))


# ---------------------------------------------------------------- 24 voluntary report (fr), late, report + cover letter
def m24():
    when = at("2021-02-17 10:05:36")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Le Directeur Général de l'Agence Nationale pour l'Investissement de la Diaspora (ANID) a l'honneur de vous transmettre, ci-joint, la contribution de l'Agence à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, accompagnée de la lettre de transmission officielle.

Nous vous prions de bien vouloir excuser ce retard, dû aux délais de validation interne.

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Direction de la Coopération et des Relations Extérieures
Agence Nationale pour l'Investissement de la Diaspora (ANID)
Alger
"""
    rep = make_pdf(["Agence Nationale pour l'Investissement de la Diaspora (ANID)",
                    "Rapport volontaire - Examen regional du PMM - 2021"])
    letter = make_pdf(["ANID - Direction Generale", "Lettre de transmission", "Alger, le 16 fevrier 2021"])
    f1, f2 = "ANID_Rapport_volontaire_PMM_2021.pdf", "Lettre_de_transmission_DG_ANID.pdf"
    alt = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
                "_000_MR1P264MB2860A7C3E5B9MR1P264MB2860FRAP_")
    body = multi("mixed", [alt, attach("application/pdf", letter, f2), attach("application/pdf", rep, f1)],
                 "_005_MR1P264MB2860A7C3E5B9MR1P264MB2860FRAP_")
    m = mk(when, sent, "mail-mr1fra01.outbound.protection.example.com", "40.107.9.77", "4Dh0Pq4XnYz2",
           addr("DCRE - ANID", "dcre@anid.example.dz"),
           hdr("Transmission de la contribution de l'ANID – Examen régional PMM", enc="Q"),
           "<MR1P264MB2860A7C3E5B9@MR1P264MB2860.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[f1],
        notes="LATE (17 Feb 10:05 Beirut), the sender apologises; investment agency; two PDFs: the cover letter "
              "(attached first) is not part of the report, only the contribution is; the report is called "
              "'contribution', not 'rapport', in the body."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
