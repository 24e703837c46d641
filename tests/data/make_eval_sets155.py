#!/usr/bin/env python3
"""Write the blind evaluation set holdout155 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets155.py
Theme: regional and international bodies -- UN agency country and regional offices, League of Arab States
departments, regional economic communities (GCC, IGAD, Arab Maghreb Union), EU delegations and embassies,
development banks; formal mail with long chains of units, assistants writing on behalf of their chiefs.
Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, html_wrap, leaf, make_docx, make_pdf, make_png,
                     mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(155)
add = SET.add

INVITE_ID = "<INV-2021-01-25-EN.0003@gcmrrarabstates.iom.int>"
REMIND_ID = "<REM-2021-02-01-FR.0012@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    """English Exchange out-of-office from a UN regional hub."""
    when = at("2021-01-27 11:12:40")
    sent = tz(when - dt.timedelta(seconds=2), 4)
    text = """I am currently on mission to Khartoum and Port Sudan until 8 February 2021, with intermittent connectivity.

For matters related to the Issue-Based Coalition on Migration, please contact Ms. Rania Fakhoury (rania.fakhoury@undp-rbas.example.org).
For urgent administrative requests, please contact the Regional Hub front office at +962 6 200 3100.

Best regards,
Tarek Saadeddine
Policy Specialist, Migration and Displacement
UNDP Regional Hub for Arab States | Regional Bureau for Arab States (RBAS)
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM6PR08MB4213A9C0E8F1D2B3AM6PR08MB4213eurp_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.example.com", "40.107.22.91", "4DQkJ71bXvz2",
                    "Tarek Saadeddine <tarek.saadeddine@undp-rbas.example.org>",
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<AM6PR08MB4213A9C0E8F1D2B3@AM6PR08MB4213.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "tarek.saadeddine@undp-rbas.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Thread-Topic",
             "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"),
             ("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange 'Automatic reply' to the invitation from a UNDP regional hub staffer on mission: signature "
              "with name, title and a long unit chain and a colleague's address look like a speaker proposal but it "
              "is an out-of-office (Auto-Submitted, empty Return-Path)."))


M02_ID = "<PR3P192MB0744E2B1C4D5A6F7@PR3P192MB0744.EURP192.PROD.OUTLOOK.example.com>"


def m02():
    """French: EU Delegation proposes one speaker, Outlook, 'table ronde n°2'."""
    when = at("2021-01-28 15:36:09")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Faisant suite à l'invitation adressée par le Secrétariat de l'Examen régional du Pacte mondial sur les migrations pour la région arabe, la Délégation de l'Union européenne auprès du Royaume du Maroc souhaiterait proposer la participation de Mme Claire Vandenbroucke, Cheffe de la Section Coopération – Gouvernance, Migration et Société civile, en tant qu'intervenante lors de la table ronde thématique n°2.

Mme Vandenbroucke suit notamment les programmes financés au titre du Fonds fiduciaire d'urgence de l'UE pour l'Afrique (volet Afrique du Nord) et pourra partager les enseignements tirés de la coopération avec les partenaires marocains et les organisations de la société civile.

Je vous saurais gré de bien vouloir mettre Mme Vandenbroucke en copie de toute correspondance ultérieure.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Youssef Benkirane
Assistant de programme
Section Coopération – Gouvernance, Migration et Société civile
Délégation de l'Union européenne auprès du Royaume du Maroc
Riad Business Center, Aile Sud, Bd Er-Riad – Rabat
"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal" style="font-family:Arial;font-size:10pt">'
                     + text2html(text) + "</p></div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PR3P192MB0744E2B1C4D5A6F7PR3P192MB0744EURP_")
    m = mk(when, sent, "mail-pr3eur19.outbound.protection.example.com", "40.107.13.44", "4DR3vx0QTrz4",
           addr("BENKIRANE Youssef (EEAS-RABAT)", "Youssef.BENKIRANE@eeas.example.eu"),
           hdr("Examen régional PMM – proposition d'intervenante – Délégation UE Maroc", enc="Q"), M02_ID, body,
           cc=addr("VANDENBROUCKE Claire (EEAS-RABAT)", "Claire.VANDENBROUCKE@eeas.example.eu"),
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR"), ("X-MS-TNEF-Correlator", "")])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Claire Vandenbroucke",
           "Cheffe de la Section Coopération – Gouvernance, Migration et Société civile",
           "Délégation de l'Union européenne auprès du Royaume du Maroc", ["roundtable"], 2)],
        notes="sent by a programme assistant on behalf of the Head of Section (speaker in Cc, 'Mme' is an honorific); "
              "the title is given in prose and contains dashes; 'table ronde thématique n°2'; EEAS display names in "
              "'SURNAME Firstname (UNIT)' form."))


M03_ID = "<000601d6f6a1$4b2c9e10$e1863a30$@las.example.int>"


def m03():
    """Arabic: LAS department nominates two speakers, formal letter, windows-1256 HTML only."""
    when = at("2021-01-31 10:05:27")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    inner = """<div style="font-family:'Simplified Arabic';font-size:14pt">
<p>جامعة الدول العربية<br>
الأمانة العامة<br>
قطاع الشؤون الاجتماعية<br>
إدارة شؤون اللاجئين والمغتربين والهجرة</p>
<p>السادة / أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية&nbsp;&nbsp;المحترمين</p>
<p>تهدي الأمانة العامة لجامعة الدول العربية (قطاع الشؤون الاجتماعية – إدارة شؤون اللاجئين والمغتربين والهجرة) أطيب تحياتها، وبالإشارة إلى الدعوة الكريمة للمشاركة في أعمال المراجعة الإقليمية، تتشرف بإفادتكم بترشيح كل من:</p>
<ol>
<li>السفير/ د. هيثم عبد الرحمن الجبوري، مدير إدارة شؤون اللاجئين والمغتربين والهجرة، لإلقاء مداخلة في الجلسة العامة يوم 24 فبراير.</li>
<li>الأستاذة/ منى فؤاد عبد العزيز، خبير أول بالإدارة، للمداخلة في المائدة المستديرة الأولى.</li>
</ol>
<p>وتغتنم الأمانة العامة هذه المناسبة لتعرب لكم عن فائق تقديرها واحترامها.</p>
<p>مكتب مدير الإدارة<br>
هاتف: 25750511 (202+) – تحويلة 3412</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, dir_="rtl", charset="windows-1256"), charset="windows-1256",
                cte="quoted-printable")
    m = mk(when, sent, "mail.las.example.int", "196.219.231.18", "4DT1qB5mRrz7",
           addr("إدارة اللاجئين والمغتربين والهجرة", "refugees.migration@las.example.int", charset="windows-1256"),
           hdr("ترشيحات الأمانة العامة لجامعة الدول العربية - المراجعة الإقليمية للاتفاق العالمي للهجرة",
               charset="windows-1256"),
           M03_ID, body, extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdbWoUsCLBGEq3uQR0aC0RB5nQ==")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هيثم عبد الرحمن الجبوري", "مدير إدارة شؤون اللاجئين والمغتربين والهجرة",
           "جامعة الدول العربية - الأمانة العامة - قطاع الشؤون الاجتماعية - إدارة شؤون اللاجئين والمغتربين والهجرة",
           ["plenary"]),
        sp("منى فؤاد عبد العزيز", "خبير أول بالإدارة",
           "جامعة الدول العربية - الأمانة العامة - قطاع الشؤون الاجتماعية - إدارة شؤون اللاجئين والمغتربين والهجرة",
           ["roundtable"], 1)],
        notes="HTML-only windows-1256 note verbale style; affiliation is the letterhead chain of units (written on four "
              "lines, recorded joined with ' - '); 'السفير/ د.' and 'الأستاذة/' are honorifics/ranks stripped from the "
              "names; the second speaker's title refers back to 'the department' ('بالإدارة'); 'المائدة المستديرة "
              "الأولى' = roundtable 1; signed by an office, no personal sender."))


M04_ID = "<DB8PR06MB6281C7A0D9E3F4B5@DB8PR06MB6281.eurprd06.prod.outlook.example.com>"


def m04():
    """English: ILO ROAS, on behalf of the Regional Director, one speaker, roundtable 3, Outlook reply to invitation."""
    when = at("2021-02-01 09:22:51")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """Dear colleagues,

On behalf of Ms. Ruba Jaradat, ILO Regional Director for Arab States, and further to your kind invitation below, the ILO Regional Office for Arab States (ROAS) would like to nominate the following colleague to take the floor in Roundtable 3:

Mr. Peter Lindqvist
Senior Migration Specialist, Decent Work Technical Support Team (DWT) for the Arab States
ILO Regional Office for Arab States (ROAS), Beirut

Peter leads our work on labour migration governance and kafala reform in the GCC countries, Jordan and Lebanon, and co-chairs the regional UN Network on Migration working group on fair recruitment.

Kindly copy me on any further correspondence so that I may update the Regional Director's calendar.

With best regards,

Nadine Khoury
Executive Assistant to the Regional Director
International Labour Organization | Regional Office for Arab States
Aresco Centre, Justinien Street, Kantari, Beirut, Lebanon
Tel: +961 1 752 400 ext. 115

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, January 25, 2021 4:10 PM
Subject: Invitation - Regional Review of the Global Compact for Migration in the Arab Region

Dear Sir/Madam,

The Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region will take place on 23-25 February 2021. Stakeholders are invited to submit voluntary GCM review reports by 16 February 2021 and to express interest in a speaking role (open discussion, rapporteur, plenary or thematic roundtable interventions) by 5 February 2021, providing the name, title and organizational affiliation of the speaker.
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_DB8PR06MB6281C7A0D9E3F4B5DB8PR06MB6281eurp_")
    m = mk(when, sent, "mail-db8eur06.outbound.protection.example.com", "40.107.2.57", "4DTZp82cWxz9",
           "Nadine Khoury <khouryn@ilo.example.org>",
           "RE: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
           M04_ID, body, cc="Peter Lindqvist <lindqvist@ilo.example.org>",
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "en-US")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Peter Lindqvist", "Senior Migration Specialist, Decent Work Technical Support Team (DWT) for the Arab States",
           "ILO Regional Office for Arab States (ROAS)", ["roundtable"], 3)],
        notes="executive assistant writes on behalf of the Regional Director, who is named but is NOT the speaker; "
              "the nominee is on three lines (name / title with unit / office); reply to the invitation with an "
              "Outlook quote listing every role and both deadlines."))


def m05():
    """French: question from an AfDB office: can an IGO submit a report? other."""
    when = at("2021-02-01 17:48:03")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Je me permets de vous écrire au sujet de l'appel à rapports volontaires.

Le Bureau pays de la Banque africaine de développement en Tunisie (Département régional Afrique du Nord - RDGN) a conduit en 2020 une étude sur l'employabilité des jeunes et la migration de main-d'œuvre entre la Tunisie, la Libye et l'Europe. Nous nous demandons si une institution financière multilatérale peut soumettre un rapport dans le cadre de l'examen, ou si l'exercice est réservé aux États membres et aux parties prenantes non gouvernementales.

Le cas échéant, un résumé de 4 pages en français suffirait-il, ou faut-il suivre un modèle précis ?

Merci d'avance pour votre réponse.

Cordialement,

Sonia Ghedira
Économiste pays principale
Banque africaine de développement - Bureau pays Tunisie (COTN)
Immeuble Zahrabed, Avenue du Dinar, Les Berges du Lac II, Tunis
"""
    body = leaf("text/plain", text, "iso-8859-15", "quoted-printable")
    m = mk(when, sent, "smtp-out.afdb.example.org", "197.14.52.36", "4DTp3N6kHcz1",
           addr("Ghedira, Sonia", "s.ghedira@afdb.example.org"),
           "Question - rapports volontaires / institutions multilaterales",
           "<OF9D21E47A.3B6C8F02-ONC1258670.005F1A2E@afdb.example.org>", body,
           extra=[("X-Mailer", "IBM Notes Release 10.0.1 November 29, 2018")])
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about whether a development bank may submit a voluntary report and in what format: "
              "describes a study but attaches and submits nothing; full name, title and office in the signature but "
              "no speaking role asked; ISO-8859-15 plain text, IBM Notes."))


def m06():
    """Arabic: Arab Labour Organization expert volunteers as rapporteur; details only in the signature."""
    when = at("2021-02-02 12:31:18")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """تحية طيبة،

اطلعت على الدعوة المنشورة على موقع الشبكة الإقليمية، ويسعدني أن أعرب عن رغبتي في القيام بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة في ختام التشاور، وذلك في ضوء خبرتي في متابعة ملف حماية العمال المهاجرين ومعايير العمل العربية ذات الصلة.

أرجو إفادتي بالإجراءات اللازمة.

مع خالص التقدير

--
د. سامح عبد الحميد البنا
مستشار - إدارة الحماية الاجتماعية والهجرة
منظمة العمل العربية
مكتب القاهرة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000e6b2d805ba4c0f71")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DTwG24yMnz5",
           "Sameh El Banna <sameh.elbanna.alo@gmail.example.com>",
           re_hdr("", "طلب المشاركة كمقرر"),
           "<CAHx2Lq9Vb4Nm7Kc1Jd8Fs5Ga3Hp6Wt0Ye2Uo4Ri@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سامح عبد الحميد البنا", "مستشار - إدارة الحماية الاجتماعية والهجرة", "منظمة العمل العربية",
           ["rapporteur"])],
        notes="the sender proposes himself: name, title and organisation only in the signature after '--' "
              "('د.' stripped); From display name in Latin script; 'مكتب القاهرة' is a location line of the "
              "signature (could also be read as part of the affiliation)."))


def m07():
    """English HTML only: IsDB, pasted form table, two speakers."""
    when = at("2021-02-03 08:57:36")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    inner = """<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt;color:#1F3864">
<p>Dear GCM Regional Review Secretariat,</p>
<p>Please find below the speaker information requested in the invitation, as compiled by our Resilience and Social Development Department. We copied the fields from the registration template circulated by the UN Network on Migration.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><th>#</th><th>Full name</th><th>Title / Position</th><th>Organization</th><th>Session requested</th></tr>
<tr><td>1</td><td>Eng. Khalid Al-Zahrani</td><td>Director, Resilience and Social Development Department</td><td>Islamic Development Bank (IsDB)</td><td>Open discussion &ndash; Multi-stakeholder consultation (23 Feb)</td></tr>
<tr><td>2</td><td>Dr. Amina Diallo</td><td>Lead Fragility and Migration Specialist</td><td>Islamic Development Bank (IsDB)</td><td>Thematic Roundtable IV</td></tr>
</table>
<p>Both speakers will connect from Jeddah. Please send the connection details to the two speakers directly and to <a href="mailto:rsd-front@isdb.example.org">rsd-front@isdb.example.org</a>.</p>
<p>Warm regards,</p>
<p><b>Huda Qasim</b><br>Senior Operations Officer<br>Resilience and Social Development Department<br>Country Programs Complex | Islamic Development Bank<br>8111 King Khalid St., Al Nuzlah Al Yamania Dist., Jeddah 22332-2444, Saudi Arabia</p>
<p style="font-size:8pt;color:#808080">DISCLAIMER: This e-mail and any attachment are confidential and intended solely for the addressee.</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.101", "4DVH1n5ZqLz3",
           "Huda Qasim <HQasim@isdb.example.org>", "IsDB speakers - GCM Regional Review Arab Region",
           "<HE1PR04MB3017B2A5C8D0E9F1@HE1PR04MB3017.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Khalid Al-Zahrani", "Director, Resilience and Social Development Department",
           "Islamic Development Bank (IsDB)", ["open_discussion"]),
        sp("Amina Diallo", "Lead Fragility and Migration Specialist", "Islamic Development Bank (IsDB)",
           ["roundtable"], 4)],
        notes="HTML-only, speakers in a pasted HTML table; 'Eng.' and 'Dr.' are honorifics; 'Thematic Roundtable IV' "
              "(Roman numeral); the signer (operations officer) is not a speaker; disclaimer footer."))


def m08():
    """French Exchange NDR for our acknowledgement sent to a colleague in Cc of h155-02."""
    when = at("2021-02-03 10:14:02")
    d = tz(when, 1)
    text = """Votre message n'a pas pu être remis aux destinataires suivants :

marc.delaunay@eeas.example.eu
Le destinataire est introuvable. L'adresse de messagerie n'existe pas dans l'organisation de destination.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR3P192MB0744.EURP192.PROD.OUTLOOK.example.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient marc.delaunay@eeas.example.eu not found by SMTP address lookup'
"""
    dsn = ("Reporting-MTA: dns;PR3P192MB0744.EURP192.PROD.OUTLOOK.example.com\n"
           "Received-From-MTA: dns;mail.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;marc.delaunay@eeas.example.eu\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
           % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: BENKIRANE Youssef (EEAS-RABAT) <Youssef.BENKIRANE@eeas.example.eu>\n"
            "CC: marc.delaunay@eeas.example.eu\n"
            "Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Examen_r=C3=A9gional_PMM?=\n"
            "Date: %s\n"
            "Message-ID: <ACK-2021-02-03-FR.0031@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(d - dt.timedelta(seconds=5)), M02_ID))
    p1 = multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(text2html(text)))],
               "_000_PR3P192MB07442C7D_")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "_001_PR3P192MB07442C7D_", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail-pr3eur19.outbound.protection.example.com", "40.107.13.40", "4DVKx93WbRz6",
                    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@eeas.example.eu>",
                    hdr("Non remis : Accusé de réception - Examen régional PMM", enc="Q"), rfcdate(d),
                    "<4f1b2c3d-aa10-4e55-9c1d-0a2b3c4d5e6f@PR3P192MB0744.EURP192.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("Content-Language", "fr-FR"))
    add(8, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange non-delivery report (5.1.10 recipient not found) for our acknowledgement of h155-02 sent "
              "to an old Cc address at the same EU delegation; the returned headers point into the h155-02 thread "
              "but a bounce is never acknowledged and opens no submission."))


def m09():
    """Arabic: GCC Secretariat General, sent from phone on behalf of the Assistant Secretary-General."""
    when = at("2021-02-04 21:40:55")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = """السلام عليكم

بناءً على توجيهات سعادة الأمين العام المساعد للشؤون الإنسانية والاجتماعية، نرشح الأخ/ فيصل بن ناصر الدوسري - رئيس قسم شؤون العمالة الوافدة بإدارة التنمية الاجتماعية في الأمانة العامة لمجلس التعاون لدول الخليج العربية، للمشاركة في النقاش المفتوح للتشاور متعدد أصحاب المصلحة يوم الثلاثاء ٢٣ فبراير.

نعتذر عن التأخر في الرد وعن الإرسال من الجوال، والخطاب الرسمي سيصلكم لاحقاً عبر القنوات المعتادة.

أخوكم
عبدالعزيز المطوع
مكتب الأمين العام المساعد

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pl1-f177.google.example.com", "209.85.214.177", "4DWb8T1rKpz2",
           addr("عبدالعزيز المطوع", "a.almutawa@gcc-sg.example.org"),
           hdr("ترشيح - النقاش المفتوح ٢٣ فبراير"),
           "<B7E2C9A1-3F4D-4E8B-A6C0-1D2E3F4A5B6C@gcc-sg.example.org>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    m.replace_header("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=yes')
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فيصل بن ناصر الدوسري", "رئيس قسم شؤون العمالة الوافدة بإدارة التنمية الاجتماعية",
           "الأمانة العامة لمجلس التعاون لدول الخليج العربية", ["open_discussion"])],
        notes="iPhone plain text, sent by the office of the Assistant Secretary-General (who is mentioned but not the "
              "speaker); 'الأخ/' is an honorific; title and affiliation run together in one clause ('... بإدارة "
              "التنمية الاجتماعية في الأمانة العامة ...'); announces a formal letter to follow; Date in +03:00."))


def m10():
    """English: IGAD, Djibouti, local date 6 Feb but 23:52 on 5 Feb in Beirut -> on time."""
    when = at("2021-02-05 23:52:14")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Dear Sir/Madam,

Apologies for the last-minute submission - our internal clearance only came through this evening.

The IGAD Secretariat (Health and Social Development Division, Migration Programme) wishes to propose two speakers for the Regional Review:

1) Name: Fatuma Abdi Warsame
   Title: Head of Migration Programme
   Organization: Intergovernmental Authority on Development (IGAD) Secretariat, Djibouti
   Role: floor intervention, plenary session

2) Name: Tesfaye Gebremedhin
   Title: Labour Migration Expert, IGAD Regional Consultative Process on Migration (IGAD-RCP)
   Organization: IGAD Secretariat
   Role: Roundtable 1 (alternatively Roundtable 2)

Given that Djibouti, Somalia and Sudan are members of both IGAD and the League of Arab States, we believe the Horn of Africa - Gulf corridor deserves a voice in the discussions.

Kind regards,
Fatuma

Fatuma Abdi Warsame | Head of Migration Programme
Health and Social Development Division | IGAD Secretariat
Avenue Georges Clemenceau, P.O. Box 2653, Djibouti
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>")],
                 "0000000000007c91d405baa2e0f3")
    m = mk(when, sent, "mail-ed1-f68.google.example.com", "209.85.208.68", "4DXh5Q2nLcz8",
           "Fatuma Abdi Warsame <fatuma.warsame@igad.example.int>",
           "Speakers from IGAD - GCM Regional Review (Arab region)",
           "<CAN5xR2pTq8Wd3Ls6Ky9Hj1Gf4Zb7Mc0Vn2Ex5Ua@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fatuma Abdi Warsame", "Head of Migration Programme",
           "Intergovernmental Authority on Development (IGAD) Secretariat", ["plenary"]),
        sp("Tesfaye Gebremedhin", "Labour Migration Expert, IGAD Regional Consultative Process on Migration (IGAD-RCP)",
           "IGAD Secretariat", ["roundtable"], 1)],
        notes="edge of the deadline: Date is Sat 6 Feb 00:52 +03:00 (Djibouti) = Fri 5 Feb 23:52 Beirut, on time; "
              "the sender is also the first speaker; the second speaker gives two roundtables (first choice 1); "
              "'Djibouti' on the affiliation line is a location and is left out."))


def m11():
    """French: Arab Maghreb Union, two speakers, late."""
    when = at("2021-02-08 11:03:47")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Le Secrétariat général de l'Union du Maghreb Arabe (UMA) a l'honneur de porter à votre connaissance qu'il souhaiterait être représenté aux travaux de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, prévus les 24 et 25 février 2021.

Tout en vous priant de bien vouloir excuser le retard de la présente, due aux délais de visa interne des services, nous vous proposons les intervenants suivants :

- M. Abdelhamid Ould Cheikh, Directeur des Affaires sociales, Secrétariat général de l'UMA – intervention en séance plénière ;
- Mme Naïma Ferchichi, Conseillère chargée des questions de mobilité et d'emploi, Direction des Affaires sociales – intervention lors de la table ronde I.

Nous restons disposés à vous communiquer toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'assurance de notre haute considération.

P/Le Secrétaire général et par délégation
Le Chef du Bureau du courrier et de la coordination
Secrétariat général de l'Union du Maghreb Arabe
73, rue Tensift – Agdal – Rabat
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
            '<div style="font-family:Times New Roman;font-size:12pt">' + text2html(text) + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                 "----=_NextPart_000_0017_01D6FE0A.5C2B3A10")
    m = mk(when, sent, "smtp.maghrebarabe.example.org", "41.248.67.12", "4DZ0cJ6vFgz1",
           addr("Secrétariat Général UMA - Courrier", "courrier@maghrebarabe.example.org", charset="windows-1252", enc="Q"),
           hdr("Participation du Secrétariat général de l'UMA - Examen régional PMM", charset="windows-1252", enc="Q"),
           "<001701d6fe0a$5c2b3a10$1481af30$@maghrebarabe.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Abdelhamid Ould Cheikh", "Directeur des Affaires sociales",
           "Secrétariat général de l'Union du Maghreb Arabe (UMA)", ["plenary"]),
        sp("Naïma Ferchichi", "Conseillère chargée des questions de mobilité et d'emploi",
           "Secrétariat général de l'Union du Maghreb Arabe (UMA)", ["roundtable"], 1)],
        notes="LATE (Mon 8 Feb): the sender apologises for the delay; administrative French, windows-1252; "
              "'M.'/'Mme' honorifics; the second speaker's line names only her directorate, the organisation comes "
              "from the letter; the first line only has the short form 'Secrétariat général de l'UMA': for both the "
              "fullest form written in the letter (with acronym) is recorded; 'table ronde I'; signed "
              "'P/Le Secrétaire général', no name."))


M12_ID = "<CAM7qT1xWe4Rr8Ty2Uu5Ii9Oo3Pp6Aa0Ss4Dd7Ff@mail.gmail.example.com>"


def m12():
    """Arabic: UNFPA Arab States Regional Office, late, reply quoting the invitation, Egyptian tone."""
    when = at("2021-02-09 14:26:30")
    sent = when - dt.timedelta(seconds=5)
    text = """الزملاء الأعزاء في أمانة المراجعة الإقليمية،

صباح الفل، وآسفين جداً على التأخير، الرسالة دي كانت محبوسة في الـ drafts من أسبوعين!

حابين نرشّح زميلتنا رانيا مصطفى كامل، أخصائية برامج السكان والتنمية في المكتب الإقليمي للدول العربية لصندوق الأمم المتحدة للسكان (UNFPA ASRO)، للمشاركة بمداخلة في المائدة المستديرة التانية، خصوصاً إن المحور بيتكلم عن البيانات والإحصاءات الخاصة بالهجرة.

لو لسه فيه مكان يبقى كتر خيركم، ولو لأ نتفهم تماماً.

تحياتي،
شريف
--
شريف عادل منصور | مسؤول الاتصال والشراكات
صندوق الأمم المتحدة للسكان - المكتب الإقليمي للدول العربية
القاهرة الجديدة، مصر

‫في الاثنين، ٢٥ يناير ٢٠٢١ في ٤:١٠ م تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <‪gcmrrarabstates@iom.int‬‏>:‬
> السادة والسيدات،
> يسرّنا دعوتكم للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
> يرجى إرسال طلبات المشاركة بالحديث مع ذكر اسم المتحدث وصفته وجهته في موعد أقصاه يوم الجمعة 23 فبراير 2021.
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000b4f1a305bae1c2d7")
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DZm4W8qXtz6",
           "Sherif Mansour <mansour.s@unfpa.example.org>",
           re_hdr("Re: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية"), M12_ID, body,
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رانيا مصطفى كامل", "أخصائية برامج السكان والتنمية",
           "المكتب الإقليمي للدول العربية لصندوق الأمم المتحدة للسكان (UNFPA ASRO)", ["roundtable"], 2)],
        notes="LATE (9 Feb); Egyptian colloquial ('التانية' = second roundtable); reply to the Arabic invitation whose "
              "quoted text carries the misprinted speaker deadline 'الجمعة 23 فبراير' -- the English date (5 Feb) "
              "stands; the sender (communications officer) is not the speaker; Gmail Arabic quote header with "
              "bidi control characters."))


def m13():
    """English: follow-up from ILO (h155-04): concept note and remote participation. other, thread_of 04."""
    when = at("2021-02-09 16:05:12")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Dear colleagues,

Following up on our nomination of Mr. Peter Lindqvist for Roundtable 3 (my email of 1 February below), could you kindly share the concept note and the guiding questions for that roundtable, and confirm whether interventions will be delivered remotely via Zoom or in person in Beirut?

Peter will be travelling on 24 February and would need to plan accordingly.

Many thanks,

Nadine Khoury
Executive Assistant to the Regional Director
ILO Regional Office for Arab States

________________________________
From: Nadine Khoury
Sent: Monday, February 1, 2021 9:22 AM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Cc: Peter Lindqvist <lindqvist@ilo.example.org>
Subject: RE: Invitation - Regional Review of the Global Compact for Migration in the Arab Region

Dear colleagues,

On behalf of Ms. Ruba Jaradat, ILO Regional Director for Arab States, and further to your kind invitation below, the ILO Regional Office for Arab States (ROAS) would like to nominate the following colleague to take the floor in Roundtable 3:

Mr. Peter Lindqvist
Senior Migration Specialist, Decent Work Technical Support Team (DWT) for the Arab States
ILO Regional Office for Arab States (ROAS), Beirut
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_DB8PR06MB62819F2E1D0C3B4ADB8PR06MB6281eurp_")
    m = mk(when, sent, "mail-db8eur06.outbound.protection.example.com", "40.107.2.63", "4DZq1C7sBvz2",
           "Nadine Khoury <khouryn@ilo.example.org>",
           "RE: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
           "<DB8PR06MB62819F2E1D0C3B4A@DB8PR06MB6281.eurprd06.prod.outlook.example.com>", body,
           cc="Peter Lindqvist <lindqvist@ilo.example.org>",
           extra=[("In-Reply-To", M04_ID), ("References", INVITE_ID + " " + M04_ID),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(13, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h155-04.eml",
        notes="follow-up question (concept note, remote or in person) on the earlier nomination h155-04; the quoted "
              "nomination repeats the speaker block, but nothing new is proposed -- not a second speaker request; "
              "same subject line as h155-04."))


def m14():
    """French: UN Network on Migration in Mauritania, collective report, DOCX with accented name (RFC 2231)."""
    when = at("2021-02-10 10:18:44")
    sent = when - dt.timedelta(seconds=7)
    text = """Bonjour,

Au nom du Réseau des Nations Unies sur les migrations en Mauritanie, coprésidé par l'OIM et le HCR, et en lien avec le Bureau de la Coordonnatrice résidente du Système des Nations Unies à Nouakchott, nous avons le plaisir de vous transmettre en pièce jointe notre rapport volontaire collectif dans le cadre de l'Examen régional du PMM.

Le rapport a été élaboré avec les contributions de l'OIT, de l'UNICEF, du PNUD, d'ONU Femmes et de 9 organisations de la société civile mauritanienne, à l'issue d'un atelier de validation tenu le 3 février à Nouakchott.

Bien cordialement,

Mohamed Lemine Ould Ahmedou
Chargé de coordination – Migration et Développement
Bureau de la Coordonnatrice résidente (RCO) – Système des Nations Unies en Mauritanie
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif">' + text2html(text) + "</div>")
    doc = make_docx(["Reseau des Nations Unies sur les migrations en Mauritanie",
                     "Rapport volontaire collectif - Examen regional du PMM - fevrier 2021",
                     "1. Contexte national  2. Progres par objectif  3. Recommandations"])
    fname = "Rapport volontaire collectif Réseau ONU Migrations Mauritanie_VF.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_VI1PR09MB3120AB12CD34EF56_"),
                           attach(DOCX, doc, fname)], "_004_VI1PR09MB3120AB12CD34EF56_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.14.28", "4DZw7H2pJqz4",
           addr("Mohamed Lemine Ould Ahmedou", "mohamed.ouldahmedou@un.example.org"),
           hdr("Rapport volontaire collectif – Réseau ONU sur les migrations en Mauritanie", enc="Q"),
           "<VI1PR09MB3120AB12CD34EF56@VI1PR09MB3120.eurprd09.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a UN country network (many agencies and NGOs named); DOCX with accented name "
              "encoded RFC 2231 + RFC 2047; signer is a coordination officer, no speaker."))


M15_ID = "<AM0PR03MB5829D4E3F2A1B0C9@AM0PR03MB5829.eurprd03.prod.outlook.example.com>"


def m15():
    """Arabic: LAS women/family department report, PDF with Arabic filename, Outlook."""
    when = at("2021-02-10 13:40:09")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة               المحترمين

تحية طيبة وبعد،

بالإشارة إلى الدعوة الموجهة لتقديم تقارير طوعية، يسرّ إدارة المرأة والأسرة والطفولة بقطاع الشؤون الاجتماعية في الأمانة العامة لجامعة الدول العربية أن ترفق طيه تقريرها الطوعي حول أوضاع النساء والأطفال المهاجرين في المنطقة العربية، والذي تم إعداده بالتنسيق مع لجنة المرأة العربية.

وتفضلوا بقبول فائق الاحترام والتقدير،

وزير مفوض/ ليلى عبد الله السيد
مدير إدارة المرأة والأسرة والطفولة
قطاع الشؤون الاجتماعية – جامعة الدول العربية
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>", dir_="rtl")
    pdf = make_pdf(["League of Arab States - Social Affairs Sector", "Women, Family and Childhood Department",
                    "Voluntary GCM review report - women and children in migration"])
    fname = "التقرير الطوعي - إدارة المرأة والأسرة والطفولة.pdf"
    logo = leaf("image/png", make_png(12, 12, (0, 102, 51)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF9A.2C1B0E40>")])
    related = multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                      "_000_AM0PR03MB5829D4E3_"), logo], "_003_AM0PR03MB5829D4E3_",
                    params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_004_AM0PR03MB5829D4E3_")
    m = mk(when, sent, "mail-am0eur03.outbound.protection.example.com", "40.107.6.72", "4DZzB91tMwz7",
           addr("ادارة المرأة والاسرة والطفولة", "women.family@las.example.int"),
           hdr("التقرير الطوعي لإدارة المرأة والأسرة والطفولة - جامعة الدول العربية"), M15_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-EG")])
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="LAS department report: PDF with an Arabic file name (RFC 2231/2047) plus an inline logo image001.png "
              "that is not part of the report; signed by the department director with a diplomatic rank "
              "('وزير مفوض/') -- not a speaker request; the From display name spans two RFC 2047 "
              "encoded-words (policy.default shows a stray space inside a word)."))


def m16():
    """English: Swiss embassy / SDC, both: report + late speaker (roundtable 4)."""
    when = at("2021-02-11 11:47:25")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Dear GCM Regional Review Team,

Please find attached the contribution of the Swiss Agency for Development and Cooperation (SDC), Embassy of Switzerland in Jordan, to the voluntary GCM review for the Arab region. The report summarises lessons learned from the Swiss-funded programmes on protection of migrant workers and on migration and development in Jordan, Lebanon, Egypt and Tunisia.

We are aware that the deadline for speaking requests has passed. Should there be any flexibility, our Regional Migration Advisor, Ms. Andrea Keller-Haddad (Regional Advisor Migration and Protection, Swiss Cooperation Office Middle East / Embassy of Switzerland in Jordan), would be pleased to contribute to thematic roundtable 4.

With kind regards,

Omar Hijazi
National Programme Officer
Swiss Cooperation Office Middle East
Embassy of Switzerland in Jordan | Amman
"""
    html = html_wrap('<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div>")
    pdf = make_pdf(["Swiss Agency for Development and Cooperation SDC - Embassy of Switzerland in Jordan",
                    "Contribution to the voluntary GCM review - Arab region - 2021"])
    fname = "SDC_MENA_Contribution_GCM_Regional_Review_2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_ZRAP278MB0310A1B2C3D4_"),
                           attach("application/pdf", pdf, fname)], "_002_ZRAP278MB0310A1B2C3D4_")
    m = mk(when, sent, "mail-zr0che01.outbound.protection.example.com", "40.107.23.81", "4F0D2k6mXsz3",
           "Hijazi Omar EDA HIJOM <omar.hijazi@eda.example.ch>",
           "Voluntary GCM review - contribution SDC Jordan / speaker proposal",
           "<ZRAP278MB0310A1B2C3D4@ZRAP278MB0310.CHEP278.PROD.OUTLOOK.example.com>", body,
           cc="Keller-Haddad Andrea EDA KEAND <andrea.keller@eda.example.ch>",
           extra=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("X-Classification", "NOT CLASSIFIED")])
    add(16, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Andrea Keller-Haddad", "Regional Advisor Migration and Protection",
           "Swiss Cooperation Office Middle East / Embassy of Switzerland in Jordan", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both on 11 Feb: report on time, speaker part late (the sender says so) -> on_time false; speaker's "
              "title and affiliation in a parenthesis; 'Regional Migration Advisor' in the prose vs the formal title "
              "in the parenthesis (the formal one recorded); Swiss federal display-name format; 'Ms.' stripped."))


M17_ID = "<CAB3nV8mRx1Ty5Wq2Ze6Kd9Jf4Lg7Hs0Pa3Uo6Ic@mail.gmail.example.com>"


def m17():
    """English: UNICEF MENARO, report PDF + cover letter PDF (cover letter not part of the report)."""
    when = at("2021-02-12 09:12:33")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    text = """Dear Secretariat,

On behalf of the UNICEF Middle East and North Africa Regional Office (MENARO), Social Policy and Child Protection sections, please find attached:

1. our cover letter, signed by the Deputy Regional Director;
2. the voluntary review report "Children on the Move in the Middle East and North Africa: progress on GCM Objectives 7, 15 and 16".

Please do not hesitate to contact me if the files do not open.

Best,
Lina Haddadin
Child Protection Specialist (Migration and Displacement)
UNICEF MENA Regional Office, Amman
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    cover = make_pdf(["UNICEF MENARO", "Cover letter - 11 February 2021", "Deputy Regional Director"])
    rep = make_pdf(["Children on the Move in the Middle East and North Africa",
                    "Progress on GCM Objectives 7, 15 and 16 - voluntary review report"])
    f1, f2 = "MENARO_cover_letter_signed.pdf", "UNICEF_MENARO_GCM_voluntary_report_Children_on_the_Move.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000003fa9e205bb1f7c21"),
                           attach("application/pdf", cover, f1), attach("application/pdf", rep, f2)],
                 "0000000000003fab0005bb1f7c23")
    m = mk(when, sent, "mail-lf1-f49.google.example.com", "209.85.167.49", "4F0sQ5vNbKz1",
           "Lina Haddadin <lhaddadin@unicef.example.org>",
           "UNICEF MENARO - voluntary GCM review report", M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f2],
        notes="two PDFs: a signed cover letter and the report; only the report file is recorded as the report "
              "(the cover letter is transmittal, listed first); regional office with sections named."))


def m18():
    """French: AFD Beirut office, both: DOCX report + speaker (late part)."""
    when = at("2021-02-12 17:29:58")
    sent = tz(when - dt.timedelta(seconds=6), 2)
    text = """Bonjour,

Veuillez trouver ci-joint la note de contribution de l'Agence française de développement (AFD) – Agence de Beyrouth, au titre des rapports volontaires pour l'Examen régional du PMM. Elle porte sur les projets de cohésion sociale et d'accès aux services municipaux financés au Liban et en Jordanie dans les communes d'accueil.

Par ailleurs, et si le programme le permet encore, notre directrice d'agence souhaiterait intervenir lors de la séance plénière du 25 février :

Nom : Hélène Marchetti-Roux
Fonction : Directrice de l'agence AFD de Beyrouth (Liban, Syrie)
Organisme : Agence française de développement (AFD)

Bien cordialement,

Karim Nasrallah
Chargé de mission Migrations, Crises et Résilience
AFD – Agence de Beyrouth
"""
    doc = make_docx(["Agence francaise de developpement - Agence de Beyrouth",
                     "Note de contribution - rapports volontaires - Examen regional PMM",
                     "Cohesion sociale et services municipaux dans les communes d'accueil"])
    fname = "Note_contribution_AFD_Beyrouth_PMM_2021.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach(DOCX, doc, fname)],
                 "Apple-Mail=_6E1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B")
    m = mk(when, sent, "smtp.afd.example.fr", "195.101.76.12", "4F13yT8kGpz5",
           addr("NASRALLAH Karim", "nasrallahk@afd.example.fr"),
           "AFD Beyrouth - contribution PMM + proposition intervenante pleniere",
           "<6E1D2A3B-AFD-BEY-20210212@afd.example.fr>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hélène Marchetti-Roux", "Directrice de l'agence AFD de Beyrouth (Liban, Syrie)",
           "Agence française de développement (AFD)", ["plenary"])],
        report_attachments=[fname],
        notes="both on 12 Feb: the contribution note (DOCX, called 'note de contribution' rather than 'rapport') is "
              "on time but the speaker request is late -> on_time false; labelled form lines ('Nom :', 'Fonction :', "
              "'Organisme :'); plain text 8bit from Apple Mail; signer is not the speaker."))


def m19():
    """Arabic: thanks reply to our acknowledgement of h155-15. other, no ack."""
    when = at("2021-02-13 10:02:41")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    ack_id = "<ACK-2021-02-11-AR.0058@gcmrrarabstates.iom.int>"
    text = """شكراً جزيلاً على سرعة التأكيد، مع تمنياتنا بالتوفيق في أعمال المراجعة.

مع التحية،
إدارة المرأة والأسرة والطفولة

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 11, 2021 10:15 AM
To: ادارة المرأة والاسرة والطفولة <women.family@las.example.int>
Subject: إشعار باستلام - التقرير الطوعي لإدارة المرأة والأسرة والطفولة - جامعة الدول العربية

السادة الكرام،
نشكركم على مساهمتكم في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، ونؤكد استلام تقريركم الطوعي.
أمانة المراجعة الإقليمية
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", dir_="rtl")
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_AM0PR03MB58297A6B5C4D_")
    m = mk(when, sent, "mail-am0eur03.outbound.protection.example.com", "40.107.6.75", "4F1PgV3nRdz8",
           addr("ادارة المرأة والاسرة والطفولة", "women.family@las.example.int"),
           re_hdr("RE: ", "إشعار باستلام - التقرير الطوعي لإدارة المرأة والأسرة والطفولة - جامعة الدول العربية"),
           "<AM0PR03MB58297A6B5C4D3E2F@AM0PR03MB5829.eurprd03.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", M15_ID + " " + ack_id),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(19, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h155-15.eml",
        notes="one-line thank-you reply to our acknowledgement of h155-15 (adds nothing): do not acknowledge; the "
              "quoted acknowledgement mentions the voluntary report; Outlook 'RE:' prefix before an Arabic subject."))


def m20():
    """English: UNICEF sends a revised version replacing h155-17."""
    when = at("2021-02-14 20:11:06")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """Dear Secretariat,

Apologies for the extra email. Our regional statistics team spotted an error in Table 2 (the figures for Libya and Yemen were swapped). Please find attached the corrected version, which replaces the report I sent on Friday. The cover letter remains unchanged.

Best,
Lina

On Fri, Feb 12, 2021 at 9:12 AM Lina Haddadin <lhaddadin@unicef.example.org> wrote:
> Dear Secretariat,
>
> On behalf of the UNICEF Middle East and North Africa Regional Office (MENARO), Social Policy and Child Protection sections, please find attached:
>
> 1. our cover letter, signed by the Deputy Regional Director;
> 2. the voluntary review report "Children on the Move in the Middle East and North Africa: progress on GCM Objectives 7, 15 and 16".
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    rep = make_pdf(["Children on the Move in the Middle East and North Africa",
                    "Progress on GCM Objectives 7, 15 and 16 - voluntary review report", "REV1 - Table 2 corrected"])
    fname = "UNICEF_MENARO_GCM_voluntary_report_Children_on_the_Move_rev1.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000009c27f105bb4d1e80"),
                           attach("application/pdf", rep, fname)], "0000000000009c281305bb4d1e82")
    m = mk(when, sent, "mail-lj1-f182.google.example.com", "209.85.208.182", "4F2Wn0xHcTz2",
           "Lina Haddadin <lhaddadin@unicef.example.org>",
           "Re: UNICEF MENARO - voluntary GCM review report (corrected version)",
           "<CAB3nV8mRx1Ty5Wq2Ze6Kd9Jf4Lg7Hs0Pa3Uo6Id@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h155-17.eml",
        notes="revised report replacing the one of h155-17 (reply to own message, Gmail '>' quote); a new attachment, "
              "so a revision, not a bare follow-up; Sunday evening."))


def m21():
    """French: OHCHR North Africa regional office, PDF from Android, terse, 'RV' in subject."""
    when = at("2021-02-15 07:41:20")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    text = """Bonjour,
Ci-joint le RV du Bureau régional du HCDH pour l'Afrique du Nord (Tunis) – droits de l'homme aux frontières et retours.
Merci de confirmer la bonne réception.
Cdlt
A. Mejri

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    pdf = make_pdf(["HCDH - Bureau regional pour l'Afrique du Nord",
                    "Rapport volontaire - PMM - droits de l'homme aux frontieres et retours"])
    fname = "HCDH_BRAN_RV_PMM_fev2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                  leaf("text/html", "<html><head></head><body><div dir=\"auto\">"
                                                       + text.replace("\n", "<br>") + "</div></body></html>",
                                                       cte="base64")],
                                 "--_com.samsung.android.email_4417128370553460"),
                           attach("application/pdf", pdf, fname)],
                 "--_com.samsung.android.email_4417128370553461")
    m = mk(when, sent, "smtp.ohchr.example.org", "212.62.74.30", "4F2y5L9mTwz6",
           "Amel Mejri <amejri@ohchr.example.org>", "RV PMM - HCDH BRAN",
           "<b4q6c2-m8n1p5r3s7-a9d0@email.android.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="terse phone message; 'RV' (rapport volontaire) only as an abbreviation in subject and body, acronyms "
              "HCDH BRAN; Samsung mail client; signed with an initial."))


def m22():
    """Arabic: Arab Fund, both: report PDF + rapporteur (late part), on the report deadline day."""
    when = at("2021-02-16 15:20:37")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة الآمنة والمنظمة والنظامية

تحية طيبة وبعد،

نرفق لكم طيّه مساهمة الصندوق العربي للإنماء الاقتصادي والاجتماعي (إدارة العمليات الفنية - قسم التنمية البشرية والاجتماعية) في التقارير الطوعية، وتتناول تمويل مشروعات التشغيل والتدريب المهني في المجتمعات المضيفة والمناطق المصدّرة للهجرة.

كما نبدي استعدادنا، إن أمكن، لأن يقوم الدكتور يوسف إبراهيم العيسى، رئيس قسم التنمية البشرية والاجتماعية بالصندوق، بدور المقرر لعرض الرسائل الرئيسية لأصحاب المصلحة.

وتفضلوا بقبول وافر الاحترام،

نوال حمد الرشيد
باحث اقتصادي أول
الصندوق العربي للإنماء الاقتصادي والاجتماعي - الكويت
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma;font-size:10pt">' + text2html(text) + "</div>",
                     dir_="rtl")
    pdf = make_pdf(["Arab Fund for Economic and Social Development", "Technical Operations Department",
                    "Contribution to the voluntary GCM review reports - 2021"])
    fname = "AFESD_GCM_Voluntary_Contribution_2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                  leaf("text/html", html, cte="base64")],
                                 "_000_KU1PR05MB2217E8D9_"),
                           attach("application/pdf", pdf, fname)], "_004_KU1PR05MB2217E8D9_")
    m = mk(when, sent, "mail.arabfund.example.org", "62.215.140.7", "4F3Rk2dWnVz4",
           addr("نوال الرشيد", "n.alrashid@arabfund.example.org"),
           hdr("مساهمة الصندوق العربي في التقارير الطوعية + ترشيح مقرر"),
           "<KU1PR05MB2217E8D9F0A1@KU1PR05MB2217.arabfund.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-KW")])
    add(22, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف إبراهيم العيسى", "رئيس قسم التنمية البشرية والاجتماعية",
           "الصندوق العربي للإنماء الاقتصادي والاجتماعي", ["rapporteur"])],
        report_attachments=[fname],
        notes="both on 16 Feb (report deadline day): report on time, rapporteur proposal late -> on_time false; "
              "'الدكتور' stripped; speaker's affiliation given by reference ('بالصندوق') to the organisation named "
              "earlier; the department chain in the report sentence is the report's author, the signer is not the "
              "speaker."))


def m23():
    """French: collective report from the EU delegation's migration partners group, 23:58 Beirut on 16 Feb."""
    when = at("2021-02-16 23:58:31")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Madame, Monsieur,

Au nom du Groupe des partenaires techniques et financiers (PTF) « Migration et mobilité » en Tunisie, dont la présidence est assurée ce semestre par la Délégation de l'Union européenne en Tunisie, j'ai l'honneur de vous transmettre ci-joint le rapport volontaire collectif du Groupe, ainsi que son annexe statistique.

Ce rapport a été consolidé à partir des contributions de l'Ambassade d'Italie, de l'Ambassade d'Allemagne (GIZ), de l'Ambassade de Suisse, d'Expertise France, de la Banque mondiale et de l'OIT.

Avec mes excuses pour cet envoi tardif dans la soirée.

Bien à vous,

Sophie Lemaire-Dubois
Attachée – Programme Migration, Mobilité et Frontières
Délégation de l'Union européenne en Tunisie
"""
    pdf = make_pdf(["Groupe des PTF Migration et mobilite - Tunisie",
                    "Rapport volontaire collectif - Examen regional du PMM - 2021"])
    annex = make_docx(["Annexe statistique - flux migratoires et financements 2018-2020"])
    f1 = "Rapport_collectif_PTF_Migration_Tunisie_2021.pdf"
    f2 = "Annexe statistique_PTF Migration.docx"
    html = html_wrap('<div style="font-family:Verdana;font-size:9pt">' + text2html(text) + "</div>")
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_PR3P192MB0851C4D5E6F7_"),
                           attach("application/pdf", pdf, f1), attach(DOCX, annex, f2)],
                 "_006_PR3P192MB0851C4D5E6F7_")
    m = mk(when, sent, "mail-pr3eur19.outbound.protection.example.com", "40.107.13.52", "4F3nX7bQkRz9",
           addr("LEMAIRE-DUBOIS Sophie (EEAS-TUNIS)", "Sophie.LEMAIRE-DUBOIS@eeas.example.eu"),
           hdr("Rapport volontaire collectif – Groupe PTF Migration et mobilité (Tunisie)", enc="Q"),
           "<PR3P192MB0851C4D5E6F7A8B9@PR3P192MB0851.EURP192.PROD.OUTLOOK.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="edge of the report deadline: 23:58:31 Beirut on 16 Feb (Date 22:58 +01:00 Tunis), on time; collective "
              "report + statistical annex (both part of the report; annex name with a space and underscore); many "
              "embassies and agencies named as contributors, no speaker; the 'excuses' refer to the late hour, not "
              "to a missed deadline."))


def m24():
    """Arabic: LAS department (h155-03) asks about logistics for its speakers. other, thread_of 03."""
    when = at("2021-02-17 12:15:50")
    sent = tz(when - dt.timedelta(seconds=4), 2)
    text = """السادة/ أمانة المراجعة الإقليمية      المحترمين

تحية طيبة،

إلحاقاً بمذكرتنا بتاريخ 31 يناير 2021 بشأن ترشيح السيد مدير الإدارة والأستاذة منى فؤاد عبد العزيز للمشاركة في أعمال المراجعة الإقليمية، نرجو التكرم بإفادتنا بما يلي:
- روابط الاتصال (Zoom) الخاصة بالجلسة العامة والمائدة المستديرة الأولى؛
- مدى توفر الترجمة الفورية من وإلى اللغة العربية؛
- الموعد النهائي لإرسال نص المداخلات مكتوبةً.

وتفضلوا بقبول فائق الاحترام،
مكتب مدير الإدارة
إدارة شؤون اللاجئين والمغتربين والهجرة - جامعة الدول العربية
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">' + text2html(text)
                     + "</div>", dir_="rtl", charset="windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0042_01D7051B.7E3C2D90")
    m = mk(when, sent, "mail.las.example.int", "196.219.231.18", "4F4D9p1ZxMz3",
           addr("إدارة اللاجئين والمغتربين والهجرة", "refugees.migration@las.example.int", charset="windows-1256"),
           re_hdr("RE: ", "ترشيحات الأمانة العامة لجامعة الدول العربية - المراجعة الإقليمية للاتفاق العالمي للهجرة",
                  charset="windows-1256"),
           "<004201d7051b$7e3c2d90$7ab48830$@las.example.int>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", "Microsoft Outlook 14.0")])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h155-03.eml",
        notes="logistics questions (Zoom links, interpretation, written texts) following up the nominations of "
              "h155-03; names one of the speakers again but proposes nobody new; received after both deadlines, "
              "which does not matter for 'other'; windows-1256, reply to own note verbale."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
