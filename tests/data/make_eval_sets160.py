#!/usr/bin/env python3
"""Write the blind evaluation set holdout160 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets160.py
Theme: a messy ordinary week of the mailbox: reply-all with Cc, bilingual messages (Arabic with French or
English), typos in names and subjects, Outlook mobile, long forwarded chains, several attachments, a speaker
request hidden after a long report message.  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, alt, html_only, sent_at)

SET = EvalSet(160)
add = SET.add

INVITE_ID = "<INV-2021-01-26-EN.0003@gcmrrarabstates.iom.int>"
OUTLOOK_IOS = "Get Outlook for iOS"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 10:12:44")
    sent = sent_at(when, 2, 2)
    text = """Thank you for your message.

I am currently travelling on mission with limited connectivity and will be back in the office on Monday 8 February 2021. For urgent matters relating to the Migrant Resource Centre please contact my colleague Tarek at mrc.info@sawa-relief.example.org.

Kind regards,
Dina Mansour
Programme Officer
"""
    body = alt(text, "_000_AM6PR08MB4423A1B2C3D4E5F6_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.example.com", "40.107.22.91", "4DRm1c0Tqlz7",
                    "Dina Mansour <d.mansour@sawa-relief.example.org>",
                    "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<AM6PR08MB4423.ooo.5f1e@sawa-relief.example.org>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "d.mansour@sawa-relief.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the invitation; mentions a return date and a colleague's address, "
              "Auto-Submitted: auto-generated. Never acknowledge."))


M02_ID = "<CAH7pQ2xT9vK3mR8sL1nW4bY6cZ0dF5gJ2hA7eU9@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 14:31:07")
    sent = sent_at(when, 2, 5)
    text = """السادة الأفاضل في أمانة المراجعة الإقليمية،
تحية طيبة وبعد،

بالإشارة لدعوتكم الكريمة، يسعد المبادرة المصرية للهجرة والتنمية إنها ترشح اتنين من فريقها للمشاركة بالكلمة:

- أ. منى عبد الحميد، مديرة البرامج، المبادرة المصرية للهجرة والتنمية: المشاركة في المناقشة المفتوحة للتشاور يوم 23 فبراير.
- أ. كريم فتحي، باحث أول، المبادرة المصرية للهجرة والتنمية: مداخلة في الطاولة المستديرة التانية (عن العمالة الموسمية والعودة).

الزملاء في النسخة (cc) عشان يتابعوا معاكم الترتيبات.

مع خالص الشكر والتقدير،
هبة سليمان
مسؤولة التواصل
المبادرة المصرية للهجرة والتنمية
القاهرة
"""
    body = alt(text, "0000000000004c1e9205ba1f6d22", rtl=True, b64=True)
    cc = "mona.abdelhamid@eimd.example.org, k.fathy@eimd.example.org, info@eimd.example.org"
    m = mk(when, sent, "mail-ed1-f44.google.example.com", "209.85.208.44", "4DS8sK2vJ1z3",
           addr("هبة سليمان", "heba.soliman.eimd@gmail.example.com"),
           re_hdr("", "ترشيح متحدثين - المبادرة المصرية للهجرة والتنمية"), M02_ID, body, cc=cc)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى عبد الحميد", "مديرة البرامج", "المبادرة المصرية للهجرة والتنمية", ["open_discussion"]),
        sp("كريم فتحي", "باحث أول", "المبادرة المصرية للهجرة والتنمية", ["roundtable"], 2)],
        notes="two speakers on bullet lines, Egyptian colloquial mixed with formal Arabic ('التانية' = second "
              "roundtable); 'أ.' (أستاذ/ة) honorific dropped; sender (communications officer) is not a speaker; "
              "both speakers in Cc."))


M03_ID = "<PR3P195MB0612C8D7E6F5A4B3@PR3P195MB0612.EURP195.PROD.OUTLOOK.example.com>"


def m03():
    when = at("2021-01-30 19:48:26")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Suite à votre courrier d'invitation, je souhaiterais prendre la parole lors d'une des séances plénières de la conférence, sur la situation des travailleurs migrants subsahariens dans l'agriculture de l'Oriental.

Merci de me dire si c'est possible.

Bien à vous

Youssef Amrani
Responsable du pôle plaidoyer
Collectif Migrants et Territoires (CMT) - Oujda
+212 6 70 11 22 33

Obtenir Outlook pour iOS
"""
    body = alt(text, "_000_PR3P195MB0612C8D7E6F5A4B3PR3P195MB0612EURP_")
    m = mk(when, sent, "mail-pr3eur01.outbound.protection.example.com", "40.107.13.55", "4DSbB76nQfz2",
           "Youssef Amrani <y.amrani@cmt-oriental.example.ma>",
           hdr("Demmande d'intervetion - examen régional PMM", enc="Q"), M03_ID, body,
           extra=[("X-Mailer", "Outlook-iOS-Android"), ("Content-Language", "fr-FR")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Youssef Amrani", "Responsable du pôle plaidoyer", "Collectif Migrants et Territoires (CMT)",
           ["plenary"])],
        notes="Outlook mobile; typos in the subject ('Demmande d'intervetion'); the speaker is the sender and his "
              "name/title/affiliation appear only in the signature; 'une des séances plénières' = plenary. "
              "Replaced by h160-24."))


def m04():
    when = at("2021-02-01 11:05:39")
    sent = sent_at(when, 2, 3)
    text = """Dear colleagues,

Please see below the request from our Director, forwarded on her behalf as she is travelling today. Happy to help with any logistics.

Best regards,
Rania Khoury
Executive Assistant to the Director
ILMS - Amman

________________________________
From: Salma Nasser <s.nasser@ilms.example.jo>
Sent: Sunday, January 31, 2021 9:14 PM
To: Rania Khoury <r.khoury@ilms.example.jo>
Cc: Omar Haddad <o.haddad@ilms.example.jo>
Subject: FW: Invitation - GCM Regional Review, Arab Region

Rania, could you please write to the IOM mailbox (see the invitation below) and tell them I would be glad to serve as one of the rapporteurs delivering the stakeholders' key messages at the conference. Use my usual title please.

Thanks!
S.

Dr. Salma Nasser
Director
Institute for Labour and Mobility Studies (ILMS)
Amman, Jordan

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 3:02 PM
Subject: Invitation - Regional Review of the Global Compact for Migration in the Arab Region

Dear Colleagues,

[...] Stakeholders wishing to take a speaking role are kindly requested to send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday 5 February 2021. [...]
"""
    body = alt(text, "_000_VI1PR0702MB3390F1E2D3C4B5A6VI1PR0702MB3390_")
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.117", "4DTg1y3RwKz5",
           "Rania Khoury <r.khoury@ilms.example.jo>", "FW: FW: Invitation - GCM Regional Review, Arab Region",
           "<VI1PR0702MB3390F1E2D3C4B5A6@VI1PR0702MB3390.eurprd07.prod.outlook.example.com>", body,
           cc="Salma Nasser <s.nasser@ilms.example.jo>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Invitation - GCM Regional Review, Arab Region")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Salma Nasser", "Director", "Institute for Labour and Mobility Studies (ILMS)", ["rapporteur"])],
        notes="forwarded chain (FW: FW:): the assistant writes on behalf of the director; the actual request and "
              "the speaker's details are in the forwarded message and its signature; the quoted invitation "
              "below mentions the deadline and roles. 'Dr.' dropped."))


def m05():
    when = at("2021-02-02 16:20:15")
    sent = sent_at(when, 2, 4)
    text = """حضرة المسؤولين عن المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،

تحية طيبة،
تتشرف شبكة حماية العاملات المنزليات المهاجرات في لبنان بترشيح السيدة ريتا جبور، منسقة المشاريع في الشبكة، للمشاركة بمداخلة في الطاولة المستديرة الأولى خلال المؤتمر (24-25 شباط/فبراير 2021).

---- Version française ----

Madame, Monsieur,
Le Réseau de protection des travailleuses domestiques migrantes au Liban a l'honneur de proposer Mme Rita Jabbour, coordinatrice de projets, pour une intervention lors de la première table ronde thématique de la conférence (24-25 février 2021).

مع الشكر / Avec nos remerciements,
جورج عقيقي - Georges Akiki
أمين السر / Secrétaire général
شبكة حماية العاملات المنزليات المهاجرات في لبنان
"""
    body = alt(text, "----=_NextPart_000_0012_01D6F96B.7A3C2E10", rtl=True)
    m = mk(when, sent, "smtp.idm.net.example.lb", "194.126.6.21", "4DTzP03hLcz9",
           addr("Georges Akiki", "secretariat@rpdwm-lebanon.example.org"),
           hdr("ترشيح متحدثة / Proposition d'intervenante - المراجعة الإقليمية"),
           "<000c01d6f96b$7a3c2e10$6eb48a30$@rpdwm-lebanon.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-lb")])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريتا جبور", "منسقة المشاريع", "شبكة حماية العاملات المنزليات المهاجرات في لبنان", ["roundtable"], 1)],
        notes="bilingual Arabic first, then a French version: Arabic is the sender's main language; the speaker "
              "also appears as 'Mme Rita Jabbour, coordinatrice de projets' (Arabic forms recorded); 'في الشبكة' "
              "refers to the network named just before; Lebanese month name 'شباط'; bilingual subject."))


def m06():
    when = at("2021-02-03 09:44:02")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Dans le cadre de la préparation de notre participation à l'Examen régional, nous souhaiterions obtenir quelques précisions :

- une même personne peut-elle intervenir à la fois lors de la discussion ouverte du 23 février et dans une table ronde thématique ?
- les interventions se feront-elles en ligne (et sur quelle plateforme) ou en présentiel au Caire ?
- une interprétation arabe/français est-elle prévue pendant les tables rondes ?

Nous vous enverrons les noms de nos intervenants dès réception de votre réponse.

Cordialement,

Nadia Belkheir
Secrétaire générale
Association Solidarité Sud-Nord pour les migrants (ASSNM) - Alger
"""
    body = alt(text, "000000000000b5d2a005ba6e41c7")
    m = mk(when, sent, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DVMf16QwSz4",
           "ASSNM Alger <assnm.alger@gmail.example.com>", "Questions - interventions examen regional PMM",
           "<CAB2nQ6rT0yW4eU8iO1pA5sD9fG3hJ7kL2zX6cV0@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about speaking formats (discussion ouverte, table ronde, interpretation) with role words, "
              "but no speaker proposed yet ('nous vous enverrons les noms'): other, not a speaker request."))


def m07():
    when = at("2021-02-03 15:26:51")
    d = tz(when, 4)
    text = """Delivery has failed to these recipients or groups:

a.alhashimi@gulfmigrantsforum.example.ae
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: DXBPR01MB2210.apcprd01.prod.outlook.example.com

a.alhashimi@gulfmigrantsforum.example.ae
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    dsn = ("Reporting-MTA: dns;DXBPR01MB2210.apcprd01.prod.outlook.example.com\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;a.alhashimi@gulfmigrantsforum.example.ae\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
           "address lookup\n" % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: a.alhashimi@gulfmigrantsforum.example.ae\n"
            "Subject: RE: Speaking role - question on the roundtables\n"
            "Date: %s\n"
            "Message-ID: <SEC-2021-02-03-0114@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(minutes=1)))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "_f2c8a1e0-7b3d-4e55-9c21-0d6e3b8f4a17_",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail-dxb01.outbound.protection.example.com", "40.107.130.77", "4DVXk55bNqz1",
                    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gulfmigrantsforum.example.ae>",
                    "Undeliverable: RE: Speaking role - question on the roundtables", rfcdate(d),
                    "<f2c8a1e0-7b3d-4e55-9c21-0d6e3b8f4a17@DXBPR01MB2210.apcprd01.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange Online NDR (multipart/report, 5.1.10 recipient not found) for one of the secretariat's own "
              "replies; subject mentions a speaking role. Never acknowledge."))


M08_ID = "<1612431822.481927.yahoo.example.com@ymail-iq.example.com>"


def m08():
    when = at("2021-02-04 11:43:50")
    sent = sent_at(when, 3, 8)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:13px">
<p>السلام عليكم،</p>
<p>نرفق لكم أدناه استمارة طلب المشاركة بالكلمة معبأة من قبل جمعيتنا.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2">استمارة طلب المشاركة - المراجعة الإقليمية للاتفاق العالمي للهجرة</th></tr>
<tr><td>الاسم الكامل</td><td>حسن علي الدوري</td></tr>
<tr><td>المسمى الوظيفي</td><td>رئيس الجمعية</td></tr>
<tr><td>الجهة</td><td>الجمعية العراقية لحقوق العمال المهاجرين</td></tr>
<tr><td>نوع المشاركة</td><td>مداخلة في الجلسة العامة</td></tr>
<tr><td colspan="2">&nbsp;</td></tr>
<tr><td>الاسم الكامل</td><td>سارة محمود الجبوري</td></tr>
<tr><td>المسمى الوظيفي</td><td>منسقة الإعلام والمناصرة</td></tr>
<tr><td>الجهة</td><td>الجمعية العراقية لحقوق العمال المهاجرين</td></tr>
<tr><td>نوع المشاركة</td><td>مقررة لعرض الرسائل الرئيسية لأصحاب المصلحة</td></tr>
</table>
<p>مع التقدير،<br>أمانة الجمعية - بغداد</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True)
    m = mk(when, sent, "sonic308-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.84", "4DW5Gh0pLxz6",
           addr("الجمعية العراقية لحقوق العمال المهاجرين", "iq.migrantworkers@yahoo.example.com"),
           re_hdr("", "استمارة طلب المشاركة"), M08_ID, body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسن علي الدوري", "رئيس الجمعية", "الجمعية العراقية لحقوق العمال المهاجرين", ["plenary"]),
        sp("سارة محمود الجبوري", "منسقة الإعلام والمناصرة", "الجمعية العراقية لحقوق العمال المهاجرين",
           ["rapporteur"])],
        notes="HTML-only (base64) message with a pasted form as a table, two speakers; no personal signature "
              "('أمانة الجمعية'); roles 'الجلسة العامة' = plenary and 'مقررة' = rapporteur. Followed up by h160-20. The From display name "
              "spans two RFC 2047 encoded-words (policy.default shows a stray space)."))


def m09():
    when = at("2021-02-04 17:02:13")
    sent = sent_at(when, 1, 5)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>Le Forum tunisien pour la mobilité et les droits (FTMD) a le plaisir de vous transmettre, en pièce jointe, son rapport volontaire d'examen du Pacte mondial pour les migrations, élaboré à l'issue de trois ateliers régionaux (Sfax, Médenine, Tunis).</p>
<p>Par ailleurs, nous souhaiterions proposer <b>Mme Amel Trabelsi</b>, chargée de recherche au FTMD, pour une intervention lors de la quatrième table ronde thématique.</p>
<p>Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Mehdi Gharbi<br>Directeur exécutif<br>Forum tunisien pour la mobilité et les droits (FTMD)</p>
</div>"""
    doc = make_docx(["Forum tunisien pour la mobilite et les droits (FTMD)",
                     "Rapport volontaire - Examen du Pacte mondial pour les migrations", "Fevrier 2021"])
    fname = "Rapport volontaire FTMD - PMM 2021.docx"
    body = multi("mixed", [html_only(inner), attach(DOCX, doc, fname)], "----=_Part_88213_1402977153.1612450933000")
    m = mk(when, sent, "smtp.topnet.example.tn", "197.2.11.60", "4DWG3x2RkTz8",
           "Mehdi Gharbi <direction@ftmd.example.tn>",
           hdr("Rapport volontaire du FTMD et proposition d'intervenante", enc="Q"),
           "<1493221907.88214.1612450933000@webmail.ftmd.example.tn>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Trabelsi", "chargée de recherche", "Forum tunisien pour la mobilité et les droits (FTMD)",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="HTML-only, both report (DOCX) and a speaker, on 4 Feb so both parts on time; 'au FTMD' refers to "
              "the forum named in full earlier; 'quatrième table ronde' = 4; signer is not the speaker."))


def m10():
    when = at("2021-02-05 22:41:30")
    sent = sent_at(when, 4, 9)
    text = """Dear GCM team,

Apologies for the last minute email. Gulf Migrant Workers Forum would like to request a floor intervention in the plenary for our chairperson:

Anand Pillai - Chairperson, Gulf Migrant Workers Forum (GMWF)

He can speak on wage protection and the kafala reforms. Please let me know if you need his bio.

Regards
Josef Mathew
GMWF volunteer coordinator

Get Outlook for Android
"""
    body = alt(text, "_000_DB8PR10MB3012A7B6C5D4E3F2DB8PR10MB3012EURP_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.66", "4DWsZ21vPmz0",
           "Josef Mathew <josef.mathew@outlook.example.com>", "Speker reqeust - GMWF plenery",
           "<DB8PR10MB3012A7B6C5D4E3F2@DB8PR10MB3012.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Anand Pillai", "Chairperson", "Gulf Migrant Workers Forum (GMWF)", ["plenary"])],
        notes="Outlook for Android; the Date header reads Saturday 6 Feb 00:41 +04:00 (Dubai) but that is Friday 5 Feb "
              "22:41 Beirut: on time; typos in "
              "the subject ('Speker reqeust', 'plenery'); sent by a volunteer from a personal address on behalf "
              "of the chairperson."))


def m11():
    when = at("2021-02-06 00:22:08")
    sent = sent_at(when, 1, 6)
    text = """Bonsoir,

Veuillez trouver ci-dessous les intervenants proposés par notre réseau pour les tables rondes thématiques de la conférence des 24 et 25 février :

1) M. Farid Ouali, Président du Réseau algérien pour les droits des migrants (RADM) - table ronde n° 3
2) Mme Lamia Haddad, Juriste, Réseau algérien pour les droits des migrants (RADM) - table ronde n° 4

Je mets en copie nos deux intervenants ainsi que notre partenaire.

Bien cordialement,

Samir Boudiaf
Chargé de communication - RADM
"""
    body = alt(text, "000000000000e7f03105ba8c2d44")
    m = mk(when, sent, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DX0Qz3sFbz2",
           "Samir Boudiaf <radm.communication@gmail.example.com>",
           "RE: Invitation - Examen regional du Pacte mondial - intervenants RADM",
           "<CAM4sT8uY1iO5pA9dF2gH6jK0lZ3xC7vB1nM5qW8@mail.gmail.example.com>", body,
           cc="f.ouali@radm.example.dz, l.haddad@radm.example.dz, partenariats@euromed-rights.example.org",
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Farid Ouali", "Président", "Réseau algérien pour les droits des migrants (RADM)", ["roundtable"], 3),
        sp("Lamia Haddad", "Juriste", "Réseau algérien pour les droits des migrants (RADM)", ["roundtable"], 4)],
        notes="LATE by 22 minutes: sent Friday 5 Feb 23:22 Algiers time (+01) = Saturday 00:22 Beirut; the Date "
              "header still shows Friday. Reply-all to the invitation with three Cc; two speakers, 'M.'/'Mme' "
              "dropped; title 'Président du ...' recorded without the organisation."))


def m12():
    when = at("2021-02-06 13:15:42")
    sent = sent_at(when, 2, 4)
    text = """مساء الخير،

حسب ما ورد في النسخة العربية من رسالة الدعوة، آخر موعد لطلبات المشاركة بالكلمة هو يوم الجمعة 23 فبراير، لذلك نرسل لكم طلبنا الآن:

نرشح الزميل عمر الزعبي، منسق البرامج في مركز سند لدعم العمال المهاجرين (عمّان)، للمشاركة في المناقشة المفتوحة ضمن التشاور مع أصحاب المصلحة المتعددين.

ونرجو إعلامنا بالخطوات التالية.

مع الاحترام،
ديما الحوراني
المديرة التنفيذية - مركز سند
"""
    body = alt(text, "000000000000f3a91b05ba9a7e10", rtl=True, b64=True)
    m = mk(when, sent, "mail-lf1-f66.google.example.com", "209.85.167.66", "4DXLm02cWqz7",
           addr("Dima Hourani", "sanad.center.jo@gmail.example.com"),
           re_hdr("", "طلب مشاركة بالكلمة - مركز سند"),
           "<CAN9xR3tU7yI1oP5aS9dF3gH7jK1lQ5wE9rT3yU7@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عمر الزعبي", "منسق البرامج", "مركز سند لدعم العمال المهاجرين", ["open_discussion"])],
        notes="LATE (Saturday 6 Feb): the sender relies on the Arabic letter's misprinted deadline ('الجمعة 23 "
              "فبراير'); the English/French date (5 Feb) stands. Speaker in prose; city '(عمّان)' not part of the "
              "affiliation; sender (executive director) is not the speaker."))


M13_ID = "<AS8PR04MB7815B2C3D4E5F6A7@AS8PR04MB7815.eurprd04.prod.outlook.example.com>"
ACK13_ID = "<ACK-20210208-0187.en@gcmrrarabstates.iom.int>"


def m13():
    when = at("2021-02-08 10:37:19")
    sent = sent_at(when, 3, 5)
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Migrant Workers Rights Network (MWRN), please find attached our voluntary GCM review report, together with an annex of case studies collected by our paralegals in Kuwait, Qatar and Bahrain.

I also attach a photo from our national validation workshop (Kuwait City, 20 January) in case it is useful for your communications - it is not part of the report.

I have copied our Board chair and the colleagues who drafted the report.

With best regards,

Priya Raman
Research and Advocacy Lead
Migrant Workers Rights Network (MWRN)
[cid:image001.png@01D6FE01.5B2A9C80]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB">'
            '<div class="WordSection1">' + text2html(text.replace("[cid:image001.png@01D6FE01.5B2A9C80]\n", ""))
            + '<p><img width="96" height="32" src="cid:image001.png@01D6FE01.5B2A9C80" alt="MWRN"></p>'
            '</div></body></html>\n')
    logo = leaf("image/png", make_png(10, 4, (200, 40, 40)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FE01.5B2A9C80>")])
    f1 = "MWRN Voluntary GCM Review Report 2021 FINAL.pdf"
    f2 = "Annex - Case studies (Kuwait, Qatar, Bahrain).docx"
    f3 = "IMG_20210120_104512.png"
    rep = make_pdf(["Migrant Workers Rights Network (MWRN)", "Voluntary GCM Review Report 2021"])
    ann = make_docx(["MWRN - Annex", "Case studies: Kuwait, Qatar, Bahrain"])
    body = multi("mixed", [
        multi("related", [alt(text, "_000_AS8PR04MB7815B2C3D4E5F6A7AS8PR04MB7815eurp_", html=html), logo],
              "_005_AS8PR04MB7815B2C3D4E5F6A7AS8PR04MB7815eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", rep, f1), attach(DOCX, ann, f2),
        attach("image/png", make_png(16, 12, (90, 140, 60)), f3)],
        "_006_AS8PR04MB7815B2C3D4E5F6A7AS8PR04MB7815eurp_")
    m = mk(when, sent, "mail-as8eur04.outbound.protection.example.com", "40.107.7.102", "4DYr7J2sHtz9",
           "Priya Raman <p.raman@mwrn.example.org>", "MWRN voluntary GCM review report + annex", M13_ID, body,
           cc="Board Chair <chair@mwrn.example.org>, Hassan Askari <h.askari@mwrn.example.org>, "
              "Lina Farouk <l.farouk@mwrn.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(13, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="three attachments plus an inline logo: the report PDF and the case-study annex make up the report; "
              "the workshop photo is explicitly 'not part of the report'; Cc to four people; names with spaces "
              "and parentheses."))


M14_ID = "<AM0PR06MB5120C1D2E3F4A5B6@AM0PR06MB5120.eurprd06.prod.outlook.example.com>"


def m14():
    when = at("2021-02-09 09:18:44")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je vous transmets ci-joint, de la part de notre présidente, le rapport volontaire de l'Association Dignité Migrants Sfax (ADMS) dans le cadre de l'Examen régional du PMM.

Bien cordialement,
Sonia Karray
Assistante administrative - ADMS

-----Message d'origine-----
De : Hela Ben Amor <presidente@adms.example.tn>
Envoyé : lundi 8 février 2021 22:51
À : Sonia Karray <secretariat@adms.example.tn>
Objet : TR: RE: Rapport PMM - version finale

Sonia, merci d'envoyer la version finale (celle-ci, pas celle de jeudi) à l'adresse de l'OIM indiquée dans l'invitation. Merci !
Hela

-----Message d'origine-----
De : Walid Jemli <w.jemli@adms.example.tn>
Envoyé : lundi 8 février 2021 18:05
À : Hela Ben Amor <presidente@adms.example.tn>
Cc : Sonia Karray <secretariat@adms.example.tn>
Objet : RE: Rapport PMM - version finale

Bonsoir Hela,
Voici la version finale avec les corrections de Mounir sur la partie retour volontaire et les chiffres 2020 du centre d'écoute. J'ai aussi retiré l'annexe photos comme convenu.
Walid

-----Message d'origine-----
De : Hela Ben Amor <presidente@adms.example.tn>
Envoyé : jeudi 4 février 2021 11:20
À : Walid Jemli <w.jemli@adms.example.tn>
Objet : Rapport PMM - version finale

Walid, peux-tu intégrer les remarques du bureau et me renvoyer la version finale lundi au plus tard ?
Merci, H.
"""
    doc = make_docx(["Association Dignite Migrants Sfax (ADMS)", "Rapport volontaire - Examen regional du PMM",
                     "Version finale - 8 fevrier 2021"])
    fname = "Rapport PMM ADMS - VF 08-02-2021.docx"
    body = multi("mixed", [alt(text, "_000_AM0PR06MB5120C1D2E3F4A5B6AM0PR06MB5120eurp_"), attach(DOCX, doc, fname)],
                 "_004_AM0PR06MB5120C1D2E3F4A5B6AM0PR06MB5120eurp_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.40", "4DZ6wT1xCgz3",
           "Sonia Karray <secretariat@adms.example.tn>", "TR: TR: RE: Rapport PMM - version finale", M14_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="long internal forwarded chain (TR: TR: RE:) sent by the assistant on behalf of the president; only "
              "the final version is attached; the chain mentions an earlier version and a removed photo annex. "
              "Revised later by h160-19."))


def m15():
    when = at("2021-02-09 14:52:27")
    sent = sent_at(when, 2, 6)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يسر مرصد الهجرة والتنقل في شمال أفريقيا أن يقدم لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة في كل من تونس وليبيا ومصر خلال الفترة 2019-2020، وهو مرفق بهذه الرسالة بصيغة PDF.

يتضمن التقرير خمسة محاور رئيسية:
أولاً: الإطار القانوني والمؤسسي لحوكمة الهجرة والتعديلات التشريعية الأخيرة.
ثانياً: أوضاع المهاجرين في مراكز الاحتجاز في ليبيا وحالات الإعادة القسرية في البحر.
ثالثاً: أثر جائحة كوفيد-19 على العمال المهاجرين في القطاعات غير المنظمة وفقدان الدخل.
رابعاً: الوصول إلى الخدمات الصحية والتعليمية لأطفال المهاجرين وطالبي اللجوء.
خامساً: التوصيات الموجهة للحكومات وللمنظمات الدولية ولشركاء التنمية.

وقد تم إعداد التقرير بمشاركة 23 منظمة من منظمات المجتمع المدني، من خلال ثلاث ورشات تشاورية عُقدت عن بعد بين أكتوبر وديسمبر 2020، بالإضافة إلى مقابلات فردية مع أكثر من 60 مهاجراً ومهاجرة.

نأمل أن يسهم هذا التقرير في إثراء النقاش خلال المراجعة الإقليمية، ونحن على استعداد لتقديم أي توضيحات إضافية.

ملاحظة أخيرة: نود أيضاً لو أمكن أن تشارك د. ليلى الخطيب، مديرة وحدة البحوث في المرصد، بمداخلة في الطاولة المستديرة الثالثة لعرض أبرز نتائج التقرير.

وتفضلوا بقبول فائق الاحترام،
أنور بن صالح
المنسق العام
مرصد الهجرة والتنقل في شمال أفريقيا
"""
    pdf = make_pdf(["Observatoire des migrations et de la mobilite en Afrique du Nord",
                    "Voluntary GCM review report 2019-2020 (Arabic)"])
    fname = "التقرير الطوعي - مرصد الهجرة والتنقل.pdf"
    body = multi("mixed", [alt(text, "0000000000009b2e7c05baeb1d30", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "0000000000009b2e7e05baeb1d32")
    m = mk(when, sent, "mail-wr1-f65.google.example.com", "209.85.221.65", "4DZJ8n0tRyz5",
           addr("مرصد الهجرة والتنقل", "observatoire.mmna@gmail.example.com"),
           re_hdr("", "التقرير الطوعي لمرصد الهجرة والتنقل في شمال أفريقيا"),
           "<CAO2yT6uI0oP4aS8dF2gH6jK0lZ4xC8vB2nM6qW0@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ليلى الخطيب", "مديرة وحدة البحوث", "مرصد الهجرة والتنقل في شمال أفريقيا", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="a long voluntary-report cover message with the speaker request hidden in a 'ملاحظة أخيرة' just "
              "before the signature; report on time (9 Feb) but speaker part late, hence on_time false; 'في "
              "المرصد' refers to the observatory named in full; Arabic attachment name (RFC 2231)."))


def m16():
    when = at("2021-02-10 08:59:10")
    sent = sent_at(when, 3, 3)
    text = """Many thanks for the quick confirmation!

Priya

Sent from my iPhone

> On 8 Feb 2021, at 11:39, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Priya Raman,
>
> Thank you for your submission to the Regional Review of the Global Compact for Migration in the Arab region. We confirm receipt of your voluntary GCM review report.
>
> GCM Regional Review Secretariat
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-as8eur04.outbound.protection.example.com", "40.107.7.110", "4DZvB23qSnz1",
           "Priya Raman <p.raman@mwrn.example.org>",
           "Re: Acknowledgement of receipt - MWRN voluntary GCM review report + annex",
           "<5E1A7C2B-93D4-4F0E-8B61-2A7D9C3E4F10@mwrn.example.org>", body,
           cc="Board Chair <chair@mwrn.example.org>, Hassan Askari <h.askari@mwrn.example.org>",
           extra=[("In-Reply-To", ACK13_ID), ("References", M13_ID + " " + ACK13_ID),
                  ("X-Mailer", "iPhone Mail (18C66)")])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h160-13.eml",
        notes="iPhone thank-you reply-all to our acknowledgement of h160-13, adds nothing new: do not acknowledge; "
              "the quoted acknowledgement mentions the voluntary report."))


def m17():
    when = at("2021-02-11 12:26:35")
    sent = sent_at(when, 3, 5)
    text = """السادة المحترمين،

مرفق التقرير الطوعي لرابطة العمال المصريين في الخارج حول تنفيذ الاتفاق العالمي للهجرة، باللغة العربية، ومعه ترجمة إنجليزية للتقرير نفسه.

Dear Sir/Madam,
Please find attached the voluntary GCM review report of the League of Egyptian Workers Abroad, in Arabic, with an English translation of the same report.

مع التحية / Best regards,
م. طارق السيد
رئيس مجلس الإدارة / Chairman of the Board
رابطة العمال المصريين في الخارج
"""
    f1 = "تقرير الرابطة - الاتفاق العالمي للهجرة 2021.pdf"
    f2 = "LEWA GCM report 2021 - English translation.docx"
    body = multi("mixed", [alt(text, "----=_NextPart_000_00A1_01D70076.3C5E9A20", rtl=True),
                           attach("application/pdf", make_pdf(["League of Egyptian Workers Abroad",
                                                               "Voluntary GCM review report (Arabic)"]), f1),
                           attach(DOCX, make_docx(["League of Egyptian Workers Abroad (LEWA)",
                                                   "Voluntary GCM review report - English translation"]), f2)],
                 "----=_NextPart_000_00A0_01D70076.3C5E9A20")
    m = mk(when, sent, "smtp.tedata.example.net.eg", "41.33.152.9", "4DbB0v1pDwz6",
           addr("طارق السيد", "lewa.board@tedata.example.net.eg"),
           hdr("التقرير الطوعي / Voluntary report - رابطة العمال المصريين في الخارج"),
           "<00a101d70076$3c5e9a20$b51bce60$@tedata.example.net.eg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="bilingual Arabic/English body, Arabic first (sender from Egypt writing in Arabic): ar; two files = "
              "the same report in Arabic (PDF, Arabic RFC 2231 name) and its English translation (DOCX), both "
              "part of the submission."))


def m18():
    when = at("2021-02-12 13:40:58")
    sent = sent_at(when, 2, 4)
    text = """Hi,

Quick question before we send our report: can it be submitted in Arabic only, or do you need an English version as well? And is there a maximum length? Our draft is around 40 pages.

Thanks,
Nour

Nour El Khatib
Policy Officer | Lebanese Center for Migration Studies (LCMS)

Sent from Outlook Mobile
"""
    body = alt(text, "_000_HE1PR0302MB2627D3E4F5A6B7C8HE1PR0302MB2627_")
    m = mk(when, sent, "mail-he1eur03.outbound.protection.example.com", "40.107.4.92", "4Dbm3P2vLfz2",
           "Nour El Khatib <n.elkhatib@lcms.example.org.lb>", "Report language / length?",
           "<HE1PR0302MB2627D3E4F5A6B7C8@HE1PR0302MB2627.eurprd03.prod.outlook.example.com>", body,
           cc="Rami Saade <r.saade@lcms.example.org.lb>",
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="Outlook mobile question about language and length of the report, Cc a colleague; 'before we send "
              "our report': nothing attached, not a submission."))


def m19():
    when = at("2021-02-14 20:07:31")
    sent = sent_at(when, 1, 5)
    text = """Bonsoir,

Suite à notre envoi du 9 février, nous vous prions de bien vouloir trouver ci-joint une version corrigée du rapport de l'ADMS : une erreur s'était glissée dans les chiffres du tableau 2 (nombre de personnes accompagnées en 2020). Cette version remplace la précédente.

Avec nos excuses pour ce désagrément,

Sonia Karray
Assistante administrative
Association Dignité Migrants Sfax (ADMS)

-----Message d'origine-----
De : Sonia Karray <secretariat@adms.example.tn>
Envoyé : mardi 9 février 2021 08:18
À : gcmrrarabstates@iom.int
Objet : TR: TR: RE: Rapport PMM - version finale

Bonjour,
Je vous transmets ci-joint, de la part de notre présidente, le rapport volontaire de l'Association Dignité Migrants Sfax (ADMS) dans le cadre de l'Examen régional du PMM.
"""
    doc = make_docx(["Association Dignite Migrants Sfax (ADMS)", "Rapport volontaire - version corrigee",
                     "14 fevrier 2021"])
    fname = "Rapport PMM ADMS - VF corrigée 14-02.docx"
    body = multi("mixed", [alt(text, "_000_AM0PR06MB5120E5F6A7B8C9D0AM0PR06MB5120eurp_"), attach(DOCX, doc, fname)],
                 "_004_AM0PR06MB5120E5F6A7B8C9D0AM0PR06MB5120eurp_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.41", "4DdDk74yNvz8",
           "Sonia Karray <secretariat@adms.example.tn>",
           hdr("RE: TR: TR: RE: Rapport PMM - version corrigée", enc="Q"),
           "<AM0PR06MB5120E5F6A7B8C9D0@AM0PR06MB5120.eurprd06.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h160-14.eml",
        notes="corrected version replacing the report of h160-14 (reply to own sent message); accented file name "
              "(RFC 2231); on time (14 Feb)."))


def m20():
    when = at("2021-02-15 10:14:06")
    sent = sent_at(when, 3, 7)
    text = """السلام عليكم،

أرسلنا لكم يوم 4 شباط استمارة طلب المشاركة بالكلمة للأستاذ حسن الدوري والست سارة الجبوري، ولحد الآن ما وصلنا أي رد. هل وصلتكم الاستمارة؟ وهل تم قبول المشاركة؟

مع التقدير،
أمانة الجمعية العراقية لحقوق العمال المهاجرين
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "sonic315-14.consmr.mail.ir2.yahoo.example.com", "77.238.177.31", "4DdZr36wMkz4",
           addr("الجمعية العراقية لحقوق العمال المهاجرين", "iq.migrantworkers@yahoo.example.com"),
           re_hdr("Re: ", "استمارة طلب المشاركة"),
           "<1613376846.902113.yahoo.example.com@ymail-iq.example.com>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID),
                  ("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h160-08.eml",
        notes="Iraqi colloquial follow-up ('ما وصلنا أي رد', 'الست') asking whether the form of h160-08 arrived; "
              "repeats the two names but proposes nothing new: other, threaded to h160-08."))


def m21():
    when = at("2021-02-16 23:12:47")
    sent = sent_at(when, 4, 5)
    text = """Dear Secretariat,

Just in time, I hope! Please find attached the voluntary GCM review report of Mesh Collective for Domestic Workers (UAE/Oman), with Annex A (survey questionnaire and data tables).

Best,
Carla Dizon
Mesh Collective for Domestic Workers
"""
    f1 = "Mesh_Collective_GCM_voluntary_report.pdf"
    f2 = "Annex_A_survey_and_data.pdf"
    body = multi("mixed", [alt(text, "000000000000a1c5f805bb7e2d91"),
                           attach("application/pdf", make_pdf(["Mesh Collective for Domestic Workers",
                                                               "Voluntary GCM review report"]), f1),
                           attach("application/pdf", make_pdf(["Annex A", "Survey questionnaire and data tables"]),
                                  f2)], "000000000000a1c5fb05bb7e2d93")
    m = mk(when, sent, "mail-pj1-f54.google.example.com", "209.85.216.54", "4Dg0sX2kWbz7",
           "Carla Dizon <mesh.collective.dw@gmail.example.com>", "Voluntary report - Mesh Collective",
           "<CAP5zU9iO3pA7sD1fG5hJ9kL3zX7cV1bN5mQ9wE3@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="last-minute: Date header is Wed 17 Feb 01:12 +04:00 (Dubai) but that is 16 Feb 23:12 Beirut, on "
              "time; report PDF + annex PDF both part of the report."))


def m22():
    when = at("2021-02-17 10:05:19")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Plateforme des associations de migrants au Maroc (PAMM). Nous sommes désolés pour ce léger retard, dû à des problèmes de validation interne. Nous espérons qu'il pourra tout de même être pris en compte.

Cordialement,
Aminata Diallo
Coordinatrice, PAMM
Rabat

Obtenir Outlook pour Android
"""
    fname = "Rapport_volontaire_PAMM_PMM_2021.pdf"
    body = multi("mixed", [alt(text, "_000_MR2P264MB0291A8B9C0D1E2F3MR2P264MB0291FRAP_"),
                           attach("application/pdf", make_pdf(["Plateforme des associations de migrants au Maroc",
                                                               "Rapport volontaire PMM 2021"]), fname)],
                 "_004_MR2P264MB0291A8B9C0D1E2F3MR2P264MB0291FRAP_")
    m = mk(when, sent, "mail-mr2fra01.outbound.protection.example.com", "40.107.9.64", "4DgQ5c1vTqz3",
           "Aminata Diallo <coordination@pamm.example.ma>", "Rapport volontaire PAMM",
           "<MR2P264MB0291A8B9C0D1E2F3@MR2P264MB0291.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb 10:05 Beirut), the sender apologises for the delay; Outlook for Android."))


def m23():
    when = at("2021-02-18 12:33:54")
    sent = sent_at(when, 4, 4)
    text = """تحية طيبة،

بناءً على توجيهات سعادة المدير التنفيذي، نرجو التكرم بإدراج اسم السيد خالد المنصوري، مدير البرامج الإقليمية في مؤسسة الأفق للتنمية والهجرة، ضمن المقررين الذين سيعرضون الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.

نعتذر عن التأخير بسبب إجازة المدير.

مع خالص التقدير،
مريم الكعبي
مكتب المدير التنفيذي
مؤسسة الأفق للتنمية والهجرة

أُرسلت من Outlook لـ iOS
"""
    body = alt(text, "_000_DB9PR01MB7302C4D5E6F7A8B9DB9PR01MB7302EURP_", rtl=True, b64=True)
    m = mk(when, sent, "mail-db9eur01.outbound.protection.example.com", "40.107.1.88", "4DhBt05rJxz6",
           addr("مريم الكعبي", "m.alkaabi@ufuq-foundation.example.ae"),
           re_hdr("", "طلب إدراج مقرر - مؤسسة الأفق"),
           "<DB9PR01MB7302C4D5E6F7A8B9@DB9PR01MB7302.EURPRD01.PROD.OUTLOOK.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(23, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خالد المنصوري", "مدير البرامج الإقليمية", "مؤسسة الأفق للتنمية والهجرة", ["rapporteur"])],
        notes="LATE (18 Feb); sent by the director's office on behalf of the director, Outlook mobile with Arabic "
              "footer; 'السيد' is an honorific; role 'المقررين ... الرسائل الرئيسية' = rapporteur; the speaker "
              "is not the director himself."))


def m24():
    when = at("2021-02-19 16:48:12")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Je reviens vers vous concernant ma demande ci-dessous : je ne pourrai malheureusement pas être présent le 24 février. Ma collègue Hajar El Idrissi, chargée de plaidoyer au Collectif Migrants et Territoires (CMT), interviendra à ma place lors de la plénière.

Merci de votre compréhension.

Youssef Amrani
CMT - Oujda

Obtenir Outlook pour iOS
________________________________
De : Youssef Amrani <y.amrani@cmt-oriental.example.ma>
Envoyé : samedi 30 janvier 2021 18:48
À : gcmrrarabstates@iom.int
Objet : Demmande d'intervetion - examen régional PMM

Bonjour,

Suite à votre courrier d'invitation, je souhaiterais prendre la parole lors d'une des séances plénières de la conférence, sur la situation des travailleurs migrants subsahariens dans l'agriculture de l'Oriental.
"""
    body = alt(text, "_000_PR3P195MB0612D9E8F7A6B5C4PR3P195MB0612EURP_")
    m = mk(when, sent, "mail-pr3eur01.outbound.protection.example.com", "40.107.13.58", "4DhZq47mCsz0",
           "Youssef Amrani <y.amrani@cmt-oriental.example.ma>",
           hdr("RE: Demmande d'intervetion - examen régional PMM", enc="Q"),
           "<PR3P195MB0612D9E8F7A6B5C4@PR3P195MB0612.EURP195.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", "Outlook-iOS-Android")])
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h160-03.eml", speakers=[
            sp("Hajar El Idrissi", "chargée de plaidoyer", "Collectif Migrants et Territoires (CMT)", ["plenary"])],
        notes="replacement speaker for h160-03 (reply to own message, quoted original with the subject typo); "
              "sent 19 Feb, after the speaker deadline: on_time false; role 'la plénière'."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
