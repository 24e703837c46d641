#!/usr/bin/env python3
"""Write the blind evaluation set holdout158 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets158.py
Theme: trade unions and the world of work (workers' federations, domestic workers' unions, labour
inspectors, ministries of labour, employers' federations, recruitment-reform coalitions).
Mail-building helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, esc, flowed, hdr, html_wrap, leaf, make_docx,
                     make_pdf, make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz)

SET = EvalSet(158)
add = SET.add

INVITE_ID = "<INV-2021-01-26-EN.0158@gcmrrarabstates.iom.int>"


def alt(text, boundary, html=None, cte="quoted-printable", charset="utf-8", dir_=None):
    h = html if html is not None else ('<div%s>' % (' dir="%s"' % dir_ if dir_ else "") + text2html(text) + "</div>")
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html_wrap(h, charset=charset), charset, cte)],
                 boundary)


# ---------------------------------------------------------------- 01 auto-reply (en)
def m01():
    when = at("2021-01-27 10:02:44")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    text = """I am currently on mission in the field (inspection visits, Qualified Industrial Zones) until 7 February with very limited connectivity.

For urgent matters regarding complaints from migrant workers, please contact the Labour Inspection hotline at 117 or write to inspection.unit@labour-watch.example.jo.

Best,
Omar Haddadin
Senior Programme Officer | Labour Rights Monitoring
"""
    body = alt(text, "_000_VI1PR0802MB2231A7F0E1D2C3B4_")
    rows = std_rows(when, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.90", "4DQ8a11Rtpz2",
                    "Omar Haddadin <o.haddadin@labour-watch.example.jo>",
                    "Automatic reply: Invitation: Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<auto.VI1PR0802MB2231.7f1e@labour-watch.example.jo>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "o.haddadin@labour-watch.example.jo")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INVITE_ID))
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the invitation from a labour-rights monitor; names a date in February, "
              "a hotline and another address; Auto-Submitted and null Return-Path. Never acknowledge."))


# ---------------------------------------------------------------- 02 speaker (fr), on behalf
M02_ID = "<DB8PR10MB3466C2A1B0F9E8D7@DB8PR10MB3466.eurprd10.prod.example.com>"


def m02():
    when = at("2021-01-29 11:37:09")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Sur instruction du Secrétaire général, j'ai l'honneur de vous transmettre la candidature de notre fédération pour une prise de parole lors de l'Examen régional du Pacte mondial sur les migrations.

Intervenant proposé : M. Nabil Ferchichi
Fonction : Secrétaire général adjoint chargé des travailleurs migrants et de la mobilité
Organisation : Fédération nationale des syndicats du bâtiment et des travaux publics (FNS-BTP)
Session : table ronde thématique 2

Notre fédération organise depuis 2019 des permanences syndicales pour les ouvriers subsahariens employés sur les chantiers, souvent sans contrat.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sonia Mabrouk
Assistante de direction – Secrétariat général
FNS-BTP
Tél. : +216 71 330 512
"""
    m = mk(when, sent, "mail-db8eur10.outbound.protection.example.com", "40.107.6.112", "4DRb0c2VnTz5",
           "Sonia Mabrouk <secretariat.sg@fns-btp.example.tn>",
           hdr("Candidature intervenant – FNS-BTP – Examen régional PMM", enc="Q"), M02_ID,
           alt(text, "_000_DB8PR10MB3466C2A1B0F9E8D7_"),
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nabil Ferchichi", "Secrétaire général adjoint chargé des travailleurs migrants et de la mobilité",
           "Fédération nationale des syndicats du bâtiment et des travaux publics (FNS-BTP)", ["roundtable"], 2)],
        notes="sent by the secretary-general's assistant on his instruction; the sender is not the speaker; "
              "'M.' is an honorific; labelled lines; a second speaker is added later in a reply (h158-12)."))


# ---------------------------------------------------------------- 03 speaker (ar), two speakers, Lebanese dialect
M03_ID = "<CAH7rQ2mZx5Lk9Wp3Ty6Ub1Vc4Nd8Oe0Af2Bg7Ch@mail.gmail.example.com>"


def m03():
    when = at("2021-01-31 19:48:30")
    sent = when - dt.timedelta(seconds=3)
    text = """مرحبا،

نحنا نقابة العاملات في الخدمة المنزلية بلبنان، شفنا الدعوة عن طريق الاتحاد وحابين نشارك بالحكي لأنو صوت العاملات لازم ينسمع مش بس يحكوا عنا.

بدنا نرشّح اتنين:

- فاطمة سيسيه، رئيسة النقابة (عاملة منزلية من ساحل العاج، بتحكي عربي وفرنساوي) - بدها تشارك بالنقاش المفتوح يوم ٢٣ شباط
- رولا عيتاني، منسقة ملف الكفالة بالنقابة - للطاولة المستديرة التالتة

إذا في ترجمة للفرنسي بيكون منيح كتير.

شكراً إلكن
رولا
نقابة العاملات في الخدمة المنزلية - لبنان
"""
    m = mk(when, sent, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DT3kx0QmFz9",
           addr("Rola Itani", "rola.itani.dwu@gmail.example.com"),
           re_hdr("", "مشاركة نقابة العاملات المنزليات"), M03_ID, alt(text, "000000000000e4b1c905ba2f71d0", cte="base64", dir_="rtl"))
    aff = "نقابة العاملات في الخدمة المنزلية - لبنان"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة سيسيه", "رئيسة النقابة", aff, ["open_discussion"]),
        sp("رولا عيتاني", "منسقة ملف الكفالة", aff, ["roundtable"], 3)],
        notes="Lebanese dialect; two speakers on dash lines, the sender is the second one (signs with first name only, "
              "Latin display name in From); affiliation only in the signature / 'النقابة'; dates in Levantine month "
              "name ('شباط'); roundtable as dialect ordinal 'التالتة'; interpretation request is not a separate category."))


# ---------------------------------------------------------------- 04 speaker (en), HTML only, two speakers
M04_ID = "<0102017750a1b2c3-4d5e6f70-8a9b-4c1d-9e2f-recruitfair.0201@email.example-ses.com>"


def m04():
    when = at("2021-02-01 15:20:18")
    sent = when - dt.timedelta(seconds=6)
    inner = """<table width="600" style="font-family:Helvetica,Arial;font-size:14px"><tr><td>
<p>Dear colleagues,</p>
<p>The <b>Fair Recruitment Alliance &ndash; Middle East &amp; North Africa (FRA-MENA)</b> brings together 22 trade unions, NGOs and ethical recruiters pushing for the <i>employer pays</i> principle and the abolition of recruitment fees. We would be grateful if the following could be given speaking roles:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Position</th><th>Organisation</th><th>Requested slot</th></tr>
<tr><td>Priya Raghunathan</td><td>Campaigns Lead</td><td>Fair Recruitment Alliance &ndash; MENA (FRA-MENA)</td><td>Rapporteur (key messages)</td></tr>
<tr><td>Joseph Mensah-Bonsu</td><td>General Secretary</td><td>Ghana Migrant Workers Return Union (GMWRU)</td><td>Plenary &ndash; floor intervention</td></tr>
</table>
<p>Joseph will join remotely from Accra; he was himself recruited to the Gulf in 2009 and paid USD 1,800 in fees.</p>
<p>Warm regards,<br>Priya</p>
<p style="color:#888;font-size:11px">Priya Raghunathan &middot; Campaigns Lead &middot; FRA-MENA<br>Amman office &middot; +962 6 461 2270</p>
</td></tr></table>"""
    body = leaf("text/html", html_wrap(inner), cte="quoted-printable")
    m = mk(when, sent, "a8-31.smtp-out.example-ses.com", "54.240.8.31", "4DTrXw4ZpGz1",
           "Priya Raghunathan <priya@fra-mena.example.org>", "Speaker nominations - FRA-MENA (2)", M04_ID, body)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Priya Raghunathan", "Campaigns Lead", "Fair Recruitment Alliance – Middle East & North Africa (FRA-MENA)", ["rapporteur"]),
        sp("Joseph Mensah-Bonsu", "General Secretary", "Ghana Migrant Workers Return Union (GMWRU)", ["plenary"])],
        notes="HTML-only with an HTML table (no text/plain); entities (&ndash; &amp;); the coalition's fullest name is "
              "in the intro paragraph, the table gives a shorter form; second speaker from a member union, not the "
              "coalition; the sender is the first speaker; sent through an SES relay."))


# ---------------------------------------------------------------- 05 other (fr), labour inspection question
def m05():
    when = at("2021-02-02 09:14:51")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Dans le cadre de la préparation de l'Examen régional, la Direction du travail souhaiterait obtenir les précisions suivantes :

1) Un service déconcentré de l'inspection du travail (direction régionale) peut-il transmettre un rapport volontaire distinct de celui du Ministère, ou la contribution doit-elle obligatoirement passer par le point focal national ?
2) Le rapport peut-il être rédigé en français uniquement ?
3) Existe-t-il un modèle ou un nombre maximal de pages ?

Dans l'attente de votre retour, veuillez agréer l'expression de mes salutations distinguées.

Khadija Benchekroun
Inspectrice principale du travail
Direction régionale de l'emploi - Casablanca-Settat
"""
    m = mk(when, sent, "smtp.emploi.example.gov.ma", "196.200.131.20", "4DTnR83YwLz6",
           "BENCHEKROUN Khadija <k.benchekroun@emploi.example.gov.ma>",
           hdr("Demande de précisions - rapport volontaire (inspection du travail)", "iso-8859-1", enc="Q"),
           "<000001d6f93a$2c4e1b70$84d25450$@emploi.example.gov.ma>",
           leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
           extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions from a labour inspector about who may submit a report, language and format: keyword-heavy "
              "('rapport volontaire') but nothing submitted; From in 'SURNAME Firstname' form; latin-1 plain text."))


# ---------------------------------------------------------------- 06 speaker (ar), ministry, windows-1256, on behalf
def m06():
    when = at("2021-02-02 13:05:27")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    text = """السادة / أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة الموجهة إلى معالي وزير العمل، وبناءً على توجيهات معاليه، تتشرف الوزارة بترشيح سعادة الدكتور خالد بن سعيد الكعبي، مدير إدارة علاقات العمل وشؤون العمالة الوافدة، لإلقاء مداخلة في الجلسة العامة للمؤتمر المنعقد يومي 24 و25 فبراير 2021.

وسيتناول سعادته الإصلاحات المتعلقة بحماية الأجور والتنقل بين أصحاب العمل.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

مكتب معالي الوزير
وزارة العمل والتنمية الإدارية
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            '<body lang="AR-SA" dir="rtl"><div class="WordSection1">'
            + "".join('<p class="MsoNormal" dir="rtl"><span style="font-family:\'Simplified Arabic\'">%s</span></p>'
                      % (esc(l) if l.strip() else "&nbsp;") for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0041_01D6F95C.1A2B3C40")
    m = mk(when, sent, "mx.mol.example.gov", "213.42.18.77", "4DTwG25qJhz8",
           addr("مكتب الوزير", "minister.office@mol.example.gov", "windows-1256"),
           hdr("ترشيح متحدث - الجلسة العامة", "windows-1256"),
           "<001a01d6f94b$5e6f7a80$1b2c3d40$@mol.example.gov>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن سعيد الكعبي", "مدير إدارة علاقات العمل وشؤون العمالة الوافدة", "وزارة العمل والتنمية الإدارية", ["plenary"])],
        notes="formal Arabic from a minister's office on the minister's instruction; 'سعادة الدكتور' are honorifics; "
              "'الجلسة العامة' = plenary; affiliation only in the signature ('الوزارة' in the body); windows-1256 Outlook."))


# ---------------------------------------------------------------- 07 both (en), employers' federation
def m07():
    when = at("2021-02-03 12:31:06")
    sent = tz(when - dt.timedelta(seconds=5), 4)
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review submission of the Gulf Employers' Federation for Labour Market Affairs (GEF-LMA), prepared jointly with our member chambers. It covers the wage protection system, the new standard employment contract and our pilot with recruitment agencies on zero-fee hiring.

We would also appreciate the opportunity for our Deputy Chair to take the floor in roundtable 1:

Ms. Aisha Al Mansoori
Deputy Chair, Labour Market Committee
GEF-LMA

Many thanks,

Rashid Qureshi
Policy Analyst
Gulf Employers' Federation for Labour Market Affairs
T +971 4 555 0199

This email and any attachments are confidential and intended solely for the addressee.
"""
    pdf = make_pdf(["Gulf Employers' Federation for Labour Market Affairs (GEF-LMA)",
                    "Voluntary GCM Review Submission - February 2021"])
    fname = "GEF-LMA GCM voluntary review submission Feb2021.pdf"
    body = multi("mixed", [alt(text, "_000_AM6PR04MB5120E4C3_"), attach("application/pdf", pdf, fname)],
                 "_004_AM6PR04MB5120E4C3_")
    m = mk(when, sent, "mail-am6eur04.outbound.protection.example.com", "40.107.8.45", "4DVHm52BxLz3",
           '"Qureshi, Rashid" <r.qureshi@gef-lma.example.ae>',
           "GEF-LMA voluntary review + speaker request (Roundtable 1)",
           "<AM6PR04MB5120E4C3A9B8D7F6@AM6PR04MB5120.eurprd04.prod.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "GEF-LMA voluntary review + speaker request")])
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Aisha Al Mansoori", "Deputy Chair, Labour Market Committee",
           "Gulf Employers' Federation for Labour Market Affairs (GEF-LMA)", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, on time; employers' federation; speaker block uses only the acronym, the full name is in the "
              "first paragraph and signature; 'Ms.' honorific; 'Last, First' display name; confidentiality footer."))


# ---------------------------------------------------------------- 08 speaker (fr), details only in the signature
def m08():
    when = at("2021-02-03 21:56:40")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    text = """Bonsoir,

Je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, pour évoquer la situation des saisonnières agricoles recrutées pour la cueillette des fruits rouges.

Merci d'avance

Zineb El Ouafi
Chargée de mission égalité et migrations
Syndicat national des ouvriers agricoles – SNOA (affilié à l'UMT)

Envoyé de mon iPhone
"""
    m = mk(when, sent, "mail-qt1-f174.google.example.com", "209.85.160.174", "4DVZq73NrPz0",
           "Zineb El Ouafi <zineb.elouafi@gmail.example.com>", "Discussion ouverte 23/02",
           "<9A1B2C3D-4E5F-4061-8723-94A5B6C7D8E9@gmail.example.com>",
           leaf("text/plain", text, "utf-8", "quoted-printable"),
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Zineb El Ouafi", "Chargée de mission égalité et migrations",
           "Syndicat national des ouvriers agricoles – SNOA (affilié à l'UMT)", ["open_discussion"])],
        notes="the sender proposes herself in one sentence; name, title and union only in the signature; "
              "'(affilié à l'UMT)' kept as written in the affiliation line; iPhone, personal Gmail address."))


# ---------------------------------------------------------------- 09 both (ar), workers' federation, PDF + rapporteur
def m09():
    when = at("2021-02-04 10:22:15")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    text = """حضرات المسؤولين في أمانة المراجعة الإقليمية المحترمين

تحية نقابية وبعد،

يرفق الاتحاد العام لنقابات عمال النقل والموانئ تقريره الطوعي حول تطبيق الاتفاق العالمي للهجرة في قطاع النقل البحري والموانئ، ويتضمن شهادات بحّارة عالقين على سفن مهجورة وعمال تفريغ غير نظاميين.

كما يرشح الاتحاد الزميلة هدى عبد الرزاق الساعدي، سكرتيرة لجنة المرأة العاملة في الاتحاد، لتكون مقرِّرة تعرض الرسائل الرئيسية لأصحاب المصلحة.

ودمتم للنضال النقابي،

جاسم محمد العبودي
رئيس الاتحاد العام لنقابات عمال النقل والموانئ
البصرة
"""
    pdf = make_pdf(["General Federation of Transport and Port Workers' Unions - Basra",
                    "Voluntary GCM review report 2021 (Arabic)"])
    fname = "التقرير الطوعي - اتحاد عمال النقل والموانئ.pdf"
    body = multi("mixed", [alt(text, "000000000000a1f2d705ba5e3c11", cte="base64", dir_="rtl"),
                           attach("application/pdf", pdf, fname)], "000000000000a1f2d905ba5e3c13")
    m = mk(when, sent, "mail-ej1-f65.google.example.com", "209.85.218.65", "4DWBc40LmQz2",
           addr("اتحاد عمال النقل والموانئ", "gftpwu.basra@gmail.example.com"),
           re_hdr("", "تقرير طوعي وترشيح مقررة"),
           "<CAN4sH8pQw2Xe5Ry7Tu1Iv3Ob6Pc9Ad0Sf2Gh4Jk@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هدى عبد الرزاق الساعدي", "سكرتيرة لجنة المرأة العاملة",
           "الاتحاد العام لنقابات عمال النقل والموانئ", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time (report and speaker part before both deadlines); 'الزميلة' is a form of address, not part "
              "of the name; the federation's president sends, he is not the speaker; Arabic PDF name (RFC 2231/2047)."))


# ---------------------------------------------------------------- 10 speaker (en), pasted form, labour inspector
def m10():
    when = at("2021-02-04 16:47:33")
    sent = when - dt.timedelta(seconds=6)
    text = """Hi,

Below is our speaker form, pasted as the attachment kept getting blocked by our firewall.

=== SPEAKER REQUEST FORM ===
Full name ........... Eng. Samer Abu-Rumman
Title/Position ...... Head of Section, Inspection of Recruitment Agencies
Organization ........ Ministry of Labour - Directorate of Labour Inspection (MoL-DLI), Amman
Role requested ...... Floor intervention - thematic roundtable IV
Language ............ Arabic / English
============================

Rgds,
Dana

Dana Kharabsheh
International Cooperation Unit
Ministry of Labour
"""
    m = mk(when, sent, "mail.mol.example.gov.jo", "188.247.70.12", "4DWMx16HrVz7",
           "Dana Kharabsheh <d.kharabsheh@mol.example.gov.jo>", "FW: speaker form - MoL inspection",
           "<3f9a2c1e8b7d4e65a0c1b2d3e4f5a6b7@mol.example.gov.jo>",
           leaf("text/plain", text, "us-ascii", "7bit"),
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Abu-Rumman", "Head of Section, Inspection of Recruitment Agencies",
           "Ministry of Labour - Directorate of Labour Inspection (MoL-DLI), Amman", ["roundtable"], 4)],
        notes="pasted form with dotted leaders; 'Eng.' is an honorific; roundtable in Roman numerals ('IV'); subject "
              "'FW:' though it is a fresh request; sent by a colleague (not the speaker)."))


# ---------------------------------------------------------------- 11 bounce (en)
def m11():
    when = at("2021-02-04 18:05:12")
    d = when.astimezone(dt.timezone(dt.timedelta(hours=3)))
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@kuwait-dw-union.example.org
    host mail.kuwait-dw-union.example.org [5.189.12.40]
    SMTP error from remote mail server after RCPT TO:<info@kuwait-dw-union.example.org>:
    550 5.1.1 <info@kuwait-dw-union.example.org>: Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = ("Reporting-MTA: dns; cp-01.hostbox.example.net\n\n"
           "Action: failed\n"
           "Final-Recipient: rfc822;info@kuwait-dw-union.example.org\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.kuwait-dw-union.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <info@kuwait-dw-union.example.org>: Recipient address rejected: User unknown in virtual mailbox table\n")
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: info@kuwait-dw-union.example.org\n"
            "Subject: Acknowledgement of receipt: your speaker request\n"
            "Date: %s\n"
            "Message-ID: <ACK-2021-02-04-0031@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(minutes=1)))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "1612454712-eximdsn-1804289383", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "cp-01.hostbox.example.net", "5.189.12.2", "4DWQ0n3Vxkz1",
                    "Mail Delivery System <Mailer-Daemon@cp-01.hostbox.example.net>",
                    "Mail delivery failed: returning message to sender", rfcdate(d),
                    "<E1l7hQq-0004Xy-Tz@cp-01.hostbox.example.net>",
                    extra=[("X-Failed-Recipients", "info@kuwait-dw-union.example.org"), ("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim DSN (550 5.1.1 user unknown) for one of our own acknowledgements; the returned headers say "
              "'speaker request'. Never acknowledge."))


# ---------------------------------------------------------------- 12 speaker (fr), reply adding a second speaker
def m12():
    when = at("2021-02-05 23:41:58")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Pour faire suite à notre courriel ci-dessous, le Secrétaire général souhaite proposer en complément Mme Amel Gharbi, Présidente de la commission nationale des travailleuses, comme rapporteuse chargée de présenter les messages clés. La candidature de M. Ferchichi pour la table ronde 2 est maintenue.

Avec nos excuses pour l'heure tardive de cet envoi.

Bien cordialement,

Sonia Mabrouk
Assistante de direction – Secrétariat général
FNS-BTP

-----Message d'origine-----
De : Sonia Mabrouk <secretariat.sg@fns-btp.example.tn>
Envoyé : vendredi 29 janvier 2021 10:37
À : gcmrrarabstates@iom.int
Objet : Candidature intervenant – FNS-BTP – Examen régional PMM

Madame, Monsieur,

Sur instruction du Secrétaire général, j'ai l'honneur de vous transmettre la candidature de notre fédération pour une prise de parole lors de l'Examen régional du Pacte mondial sur les migrations.

Intervenant proposé : M. Nabil Ferchichi
Fonction : Secrétaire général adjoint chargé des travailleurs migrants et de la mobilité
Organisation : Fédération nationale des syndicats du bâtiment et des travaux publics (FNS-BTP)
Session : table ronde thématique 2
"""
    m = mk(when, sent, "mail-db8eur10.outbound.protection.example.com", "40.107.6.118", "4DXp9b5KtRz4",
           "Sonia Mabrouk <secretariat.sg@fns-btp.example.tn>",
           hdr("RE: Candidature intervenant – FNS-BTP – Examen régional PMM", enc="Q"),
           "<DB8PR10MB3466F1E2D3C4B5A6@DB8PR10MB3466.eurprd10.prod.example.com>",
           alt(text, "_000_DB8PR10MB3466F1E2D3C4B5A6_"),
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of="h158-02.eml", speakers=[
            sp("Amel Gharbi", "Présidente de la commission nationale des travailleuses",
               "Fédération nationale des syndicats du bâtiment et des travaux publics (FNS-BTP)", ["rapporteur"])],
        notes="adds a second speaker to h158-02 (Outlook reply, In-Reply-To set); only the new speaker is listed, the "
              "first one is 'maintenue' and appears again in the quote; affiliation by reference to the federation; "
              "received 23:41 Beirut on 5 Feb (Date header 22:41 +0100): on time by 18 minutes; 'rapporteuse'."))


# ---------------------------------------------------------------- 13 speaker (en), late
def m13():
    when = at("2021-02-06 10:09:21")
    sent = when - dt.timedelta(seconds=3)
    text = """Dear Secretariat,

Apologies, I know the deadline for speakers was yesterday - we only received the invitation through the ITUC regional office this morning.

The General Federation of Jordanian Trade Unions - Migrant Workers Desk would like to nominate:

Name: Ahmad Al-Masri
Title: Head of the Migrant Workers Desk
Affiliation: General Federation of Jordanian Trade Unions (GFJTU)
Session: plenary (24 or 25 Feb, whichever is possible)

If it is too late for the plenary, Ahmad would be glad to take part as a listener.

Best regards,
Lina Shobaki
Communications Officer, GFJTU
Sent from my Samsung Galaxy smartphone.
"""
    m = mk(when, sent, "mail-pf1-f182.google.example.com", "209.85.210.182", "4DY0s28FwMz5",
           "Lina Shobaki <lina.shobaki.gfjtu@gmail.example.com>", "Speaker nomination GFJTU (late - sorry!)",
           "<CAL2wQ9nTy4Xe7Rz1Uv3Mk6Oa8Pb0Cd2Ef5Gh8Ij@mail.gmail.example.com>",
           leaf("text/plain", text, "utf-8", "quoted-printable"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ahmad Al-Masri", "Head of the Migrant Workers Desk", "General Federation of Jordanian Trade Unions (GFJTU)",
           ["plenary"])],
        notes="LATE (Saturday 6 Feb), the sender admits it; sent on behalf of the speaker by a communications officer "
              "from a personal address; 'listener' fallback is not a role."))


# ---------------------------------------------------------------- 14 other (ar), did you receive? follow-up of 03
def m14():
    when = at("2021-02-08 12:16:04")
    sent = when - dt.timedelta(seconds=2)
    text = """مرحبا مرة تانية،

بس حابين نتأكد إنو وصلكن الإيميل تبعنا عن ترشيح فاطمة ورولا؟ ما وصلنا أي رد بعد.

شكراً
رولا

‫في الأحد، 31 يناير 2021 في 7:48 م، كتب ‪Rola Itani‬‏ <‪rola.itani.dwu@gmail.example.com‬‏>:‬
> مرحبا،
>
> نحنا نقابة العاملات في الخدمة المنزلية بلبنان، شفنا الدعوة عن طريق الاتحاد وحابين نشارك بالحكي
>
> - فاطمة سيسيه، رئيسة النقابة - بدها تشارك بالنقاش المفتوح يوم ٢٣ شباط
> - رولا عيتاني، منسقة ملف الكفالة بالنقابة - للطاولة المستديرة التالتة
"""
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DZ7t01GhXz3",
           addr("Rola Itani", "rola.itani.dwu@gmail.example.com"),
           re_hdr("Re: ", "مشاركة نقابة العاملات المنزليات"),
           "<CAH7rQ2nAb6Mk0Xq4Uz7Vc2Wd5Oe9Pf1Bg3Ch8Di@mail.gmail.example.com>",
           alt(text, "000000000000f5c2da05bad01e22", cte="base64", dir_="rtl"),
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h158-03.eml",
        notes="'did you receive it?' follow-up to h158-03 (Gmail reply with bidi marks in the attribution line); the "
              "quote repeats both speakers but nothing new is proposed; a person's question, so acknowledge."))


# ---------------------------------------------------------------- 15 speaker (ar), late, cites the Arabic misprint
def m15():
    when = at("2021-02-09 14:27:50")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السلام عليكم

حسب الدعوة العربية اللي وصلتنا آخر موعد لطلبات المداخلات هو الجمعة 23 فبراير، لذلك نرسل طلبنا الآن:

نرغب بمشاركة الأخت مريم حسن إبراهيم، منسقة لجنة عمال المنازل في الاتحاد النوعي للعاملين بالخدمات المعاونة، بمداخلة في الطاولة المستديرة الرابعة الخاصة بالعمل اللائق والحماية الاجتماعية.

مع الشكر
م. عادل فتحي
أمين الاتصال الخارجي
"""
    m = mk(when, sent, "mail-lf1-f43.google.example.com", "209.85.167.43", "4F0Lk72VpQz6",
           addr("عادل فتحي", "adel.fathy.union@gmail.example.com"),
           re_hdr("", "طلب مداخلة - لجنة عمال المنازل"),
           "<CAP1xR7mUo3Yk6Wd9Tq2Zs5Ab8Lc1Ne4Gf7Hj0Kl@mail.gmail.example.com>",
           leaf("text/plain", text, "utf-8", "base64"))
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مريم حسن إبراهيم", "منسقة لجنة عمال المنازل",
           "الاتحاد النوعي للعاملين بالخدمات المعاونة", ["roundtable"], 4)],
        notes="LATE (9 Feb): the sender relies on the Arabic letter's misprinted speaker deadline ('الجمعة 23 فبراير'); "
              "the English/French date (5 Feb) stands. 'الأخت' is a form of address; the union is named only inside "
              "the title phrase ('في الاتحاد ...'); the roundtable's theme as described is the sender's own gloss; "
              "sender's title without organisation; plain text base64."))


# ---------------------------------------------------------------- 16 report (fr), collective DOCX
M16_ID = "<a7c3e1f0-2b4d-4c9e-8f6a-1d2e3f4a5b6c@coalition-mobilite.example.ma>"


def m16():
    when = at("2021-02-10 16:03:37")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Au nom des huit organisations signataires (syndicats, associations de travailleurs migrants et d'inspecteurs du travail), la Coalition marocaine pour une mobilité de travail équitable (CMMTE) vous transmet en pièce jointe son rapport volontaire collectif sur la mise en œuvre du Pacte mondial, en particulier de l'objectif 6 (recrutement équitable et conditions de travail décentes).

La liste des organisations signataires figure en page 2 du rapport.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour la Coordination,
Youssef Alaoui
Coordinateur national – CMMTE
Rabat
"""
    doc = make_docx(["Coalition marocaine pour une mobilité de travail équitable (CMMTE)",
                     "Rapport volontaire collectif – Examen régional du PMM 2021",
                     "Objectif 6 : recrutement équitable et travail décent"])
    fname = "Rapport_collectif_CMMTE_PMM_février2021.docx"
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, fname)], "------------5C2E0A9B8D7F6E1A3B4C5D6E")
    m = mk(when, sent, "smtp.coalition-mobilite.example.ma", "41.214.170.5", "4F1Bq93RmTz0",
           "Youssef Alaoui <coordination@coalition-mobilite.example.ma>",
           hdr("Rapport volontaire collectif – CMMTE", enc="Q"), M16_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a coalition of eight organisations; DOCX with accented file name (RFC 2231 / "
              "RFC 2047); Thunderbird format=flowed 8bit."))


# ---------------------------------------------------------------- 17 report (ar), PDF from Gmail
M17_ID = "<CAB5tY8pRq1Wz4Xe7Uc0Vd3Mn6Ko9Lf2Ag5Bh8Cj@mail.gmail.example.com>"


def m17():
    when = at("2021-02-11 11:40:09")
    sent = when - dt.timedelta(seconds=7)
    text = """السادة الأفاضل،

مرفق لسيادتكم التقرير الطوعي للنقابة المستقلة للعاملين المصريين بالخارج بشأن أوضاع العمال المصريين العائدين ونظام الكفيل وتحويلات العاملين، في إطار المراجعة الإقليمية للاتفاق العالمي للهجرة.

برجاء التكرم بتأكيد الاستلام.

وتفضلوا بقبول وافر الاحترام،
أ. منى السيد عبد الحميد
أمين عام النقابة المستقلة للعاملين المصريين بالخارج
"""
    pdf = make_pdf(["Independent Union of Egyptian Workers Abroad", "Voluntary GCM review report - v1"])
    fname = "تقرير النقابة المستقلة للعاملين المصريين بالخارج.pdf"
    body = multi("mixed", [alt(text, "0000000000003c9e1f05bb0a2d41", cte="base64", dir_="rtl"),
                           attach("application/pdf", pdf, fname)], "0000000000003c9e2105bb0a2d43")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4F1sM70YqHz8",
           addr("منى السيد", "iuewa.egypt@gmail.example.com"), re_hdr("", "التقرير الطوعي - النقابة المستقلة"),
           M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Egyptian formal register ('برجاء', 'لسيادتكم'); Arabic PDF name; a revised version follows late "
              "(h158-22)."))


# ---------------------------------------------------------------- 18 report (en), Outlook PDF + inline logo decoy
def m18():
    when = at("2021-02-12 09:58:44")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review team,</p>
<p>On behalf of the Domestic Workers&#39; Rights Network &ndash; Gulf Chapter (DWRN-Gulf), please find attached our voluntary report, <i>&ldquo;Behind Closed Doors: Domestic Workers and the GCM in the Gulf, 2018&ndash;2020&rdquo;</i>.</p>
<p>The report draws on 340 interviews conducted by our member unions and associations of domestic workers from the Philippines, Kenya, Nepal and Sri Lanka.</p>
<p>With best regards,</p>
<p><img src="cid:image001.png@01D70113.A1B2C3D0" width="90" height="30" alt="DWRN logo"><br>
<b>Grace Wanjiru</b><br>Research and Advocacy Coordinator<br>DWRN-Gulf</p>
</div>"""
    plain = """Dear GCM Regional Review team,

On behalf of the Domestic Workers' Rights Network - Gulf Chapter (DWRN-Gulf), please find attached our voluntary report, "Behind Closed Doors: Domestic Workers and the GCM in the Gulf, 2018-2020".

The report draws on 340 interviews conducted by our member unions and associations of domestic workers from the Philippines, Kenya, Nepal and Sri Lanka.

With best regards,

Grace Wanjiru
Research and Advocacy Coordinator
DWRN-Gulf
"""
    logo = leaf("image/png", make_png(12, 4, (150, 20, 60)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70113.A1B2C3D0>")])
    related = multi("related", [leaf("text/html", html_wrap(inner)), logo], "_006_DB9PR01MB7211_",
                    params=[("type", '"text/html"')])
    pdf = make_pdf(["Domestic Workers' Rights Network - Gulf Chapter (DWRN-Gulf)",
                    "Behind Closed Doors: Domestic Workers and the GCM in the Gulf, 2018-2020"])
    fname = "DWRN-Gulf_BehindClosedDoors_GCM_report.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", plain), related], "_000_DB9PR01MB7211_"),
                           attach("application/pdf", pdf, fname)], "_007_DB9PR01MB7211_")
    m = mk(when, sent, "mail-db9eur01.outbound.protection.example.com", "40.107.3.60", "4F2Xn14SbLz2",
           "Grace Wanjiru <g.wanjiru@dwrn-gulf.example.org>", "Voluntary report - DWRN-Gulf",
           "<DB9PR01MB7211A0B1C2D3E4F5@DB9PR01MB7211.eurprd01.prod.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook multipart/related with an inline logo image001.png in the signature (not part of the report); "
              "report title in curly quotes in HTML, straight in text/plain."))


# ---------------------------------------------------------------- 19 both (fr), DOCX + late speaker part
def m19():
    when = at("2021-02-13 17:12:26")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonjour à toute l'équipe,

Notre syndicat, le Syndicat des travailleuses et travailleurs domestiques de Tunisie (STDT), vous envoie sa contribution à l'examen régional (fichier Word joint). On y parle surtout des travailleuses ivoiriennes dont le passeport est confisqué à l'arrivée.

Et si c'est encore possible, on aimerait qu'une de nos membres parle pendant la plénière : Awa Koné, travailleuse domestique et déléguée syndicale au STDT. Elle parle français et un peu d'arabe.

Merci beaucoup pour votre travail !

Salwa
Salwa Trabelsi – Secrétaire générale du STDT
"""
    doc = make_docx(["STDT - Contribution a l'examen regional du PMM", "Travailleuses domestiques migrantes en Tunisie"])
    fname = "contribution STDT examen regional.docx"
    body = multi("mixed", [alt(text, "000000000000d8a3e605bb4c0f52"), attach(DOCX, doc, fname)],
                 "000000000000d8a3e805bb4c0f54")
    m = mk(when, sent, "mail-wm1-f67.google.example.com", "209.85.128.67", "4F3Cv55HtNz1",
           "Salwa Trabelsi <stdt.tunisie@gmail.example.com>", "contribution du STDT",
           "<CAD9yU2qSr4Xa7Wb0Ve3Nc6Lp9Mo1Kh4Bi7Dj0Ek@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Awa Koné", "travailleuse domestique et déléguée syndicale",
           "Syndicat des travailleuses et travailleurs domestiques de Tunisie (STDT)", ["plenary"])],
        report_attachments=[fname],
        notes="both; received 13 Feb: the report is on time but the speaker part is late, so on_time is false; "
              "informal French; speaker's title and affiliation in one phrase ('déléguée syndicale au STDT'), full "
              "union name in the first paragraph; subject mentions only the contribution."))


# ---------------------------------------------------------------- 20 other (ar), question about the deadline
def m20():
    when = at("2021-02-15 08:31:15")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """صباح الخير،

نحن في جمعية أصحاب مكاتب الاستقدام نعدّ ورقة حول إصلاح نظام الاستقدام، وقد تأخرنا بسبب انتظار موافقة مجلس الإدارة.

هل الموعد النهائي لاستلام التقارير الطوعية هو 16 فبراير فعلاً؟ وهل يمكن إرسال التقرير باللغة العربية ثم ترجمة إنجليزية لاحقاً؟

شاكرين تعاونكم
سعود المطيري
المدير التنفيذي - جمعية أصحاب مكاتب الاستقدام
"""
    m = mk(when, sent, "mail.recruit-assoc.example.sa", "212.26.66.14", "4F4Wd28QkJz9",
           addr("سعود المطيري", "exec@recruit-assoc.example.sa"), hdr("استفسار عن موعد التقارير"),
           "<20210215063112.9F3A1C0B4D@recruit-assoc.example.sa>",
           leaf("text/plain", text, "utf-8", "quoted-printable"),
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question from a recruitment agencies' association about the report deadline and language: nothing "
              "submitted, no speaker."))


# ---------------------------------------------------------------- 21 report (en), last minute, Date header in +0300
def m21():
    when = at("2021-02-16 23:37:52")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Hello,

Attached is the voluntary review report of the Migrant Construction Workers' Solidarity Committee (MCWSC), Doha. Just in time I hope!

Thanks,
Ravi Thapa
Secretary, MCWSC
"""
    pdf = make_pdf(["Migrant Construction Workers' Solidarity Committee (MCWSC)", "GCM voluntary review report 2021"])
    fname = "MCWSC report GCM final.pdf"
    body = multi("mixed", [leaf("text/plain", text, "us-ascii", "7bit"), attach("application/pdf", pdf, fname)],
                 "===============4821937705912264510==")
    m = mk(when, sent, "mail-yb1-f196.google.example.com", "209.85.219.196", "4F5Qx93LrWz5",
           "Ravi Thapa <ravi.thapa.mcwsc@gmail.example.com>", "report",
           "<CAE3zV5rTs8Yb1Xc4Wf7Od0Mq3Nl6Ji9Ck2Fl5Gm@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="last-minute: Date header is Wed 17 Feb 00:37 +0300 (Doha) but it is 23:37 Beirut on 16 Feb: on time; "
              "one-word subject; very short body."))


# ---------------------------------------------------------------- 22 report (ar), late revised version of 17
def m22():
    when = at("2021-02-17 12:05:40")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة الأفاضل،

نرجو التكرم باعتماد النسخة المعدلة المرفقة من تقريرنا بدلاً من النسخة السابقة، حيث تم تصحيح بعض الأرقام الخاصة بالتحويلات وإضافة ملحق بشهادات العمال العائدين.

مع خالص الشكر،
منى السيد عبد الحميد

‫في الخميس، 11 فبراير 2021 في 11:40 ص، كتب ‪منى السيد‬‏ <‪iuewa.egypt@gmail.example.com‬‏>:‬
> السادة الأفاضل،
>
> مرفق لسيادتكم التقرير الطوعي للنقابة المستقلة للعاملين المصريين بالخارج
"""
    pdf = make_pdf(["Independent Union of Egyptian Workers Abroad", "Voluntary GCM review report - v2 (revised)"])
    fname = "تقرير النقابة المستقلة - نسخة معدلة v2.pdf"
    body = multi("mixed", [alt(text, "0000000000007a1b3c05bb6d4e71", cte="base64", dir_="rtl"),
                           attach("application/pdf", pdf, fname)], "0000000000007a1b3e05bb6d4e73")
    m = mk(when, sent, "mail-wm1-f48.google.example.com", "209.85.128.48", "4F6Ry12MsTz7",
           addr("منى السيد", "iuewa.egypt@gmail.example.com"), re_hdr("Re: ", "التقرير الطوعي - النقابة المستقلة"),
           "<CAB5tY8qSa2Xb5Yf8Vd1We4No7Lp0Mg3Bh6Ci9Dk@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        thread_of="h158-17.eml", report_attachments=[fname],
        notes="revised version replacing h158-17 (Gmail reply, In-Reply-To); LATE (17 Feb) although the original was "
              "on time; the 'annex' mentioned is inside the same PDF."))


# ---------------------------------------------------------------- 23 report (fr), ministry, late, administrative French
def m23():
    when = at("2021-02-17 15:48:03")
    sent = tz(when - dt.timedelta(seconds=6), 0)
    text = """Monsieur le Coordonnateur,

J'ai l'honneur de vous faire parvenir, ci-joint, le rapport volontaire du Ministère de la Fonction publique, du Travail et de la Modernisation de l'Administration relatif à la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, élaboré par la Direction de la migration de main-d'œuvre en concertation avec les partenaires sociaux.

Le retard dans la transmission est dû à la procédure de validation interne.

Je vous prie d'agréer, Monsieur le Coordonnateur, l'assurance de ma considération distinguée.

P/Le Directeur de la migration de main-d'œuvre, empêché,
Le Chef de service
Mohamed Lemine Ould Sidi
"""
    pdf = make_pdf(["Ministere de la Fonction publique, du Travail et de la Modernisation de l'Administration",
                    "Rapport volontaire PMM 2021"])
    fname = "RAPPORT VOLONTAIRE PMM - MFPTMA.pdf"
    bord = make_pdf(["Bordereau d'envoi n. 0147/MFPTMA/DMMO", "Objet: transmission rapport volontaire PMM"])
    bname = "Bordereau 0147.pdf"
    body = multi("mixed", [alt(text, "----=_Part_118204_1930265510.1613576883000"),
                           attach("application/pdf", bord, bname), attach("application/pdf", pdf, fname)],
                 "----=_Part_118203_664119412.1613576883000")
    m = mk(when, sent, "webmail.fonction-publique.example.gov.mr", "41.188.72.30", "4F72Hd61QpNz",
           '"Direction Migration Main-d\'oeuvre" <dmmo@fonction-publique.example.gov.mr>',
           "Transmission rapport volontaire PMM",
           "<1437820961.118205.1613576883000@webmail.fonction-publique.example.gov.mr>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 Feb), delay explained; ministry of labour, administrative French ('P/Le Directeur ..., "
              "empêché'); two PDFs: the cover slip ('Bordereau') is not part of the report; Zimbra; Date in UTC+0 "
              "(Nouakchott)."))


# ---------------------------------------------------------------- 24 other (fr), thank-you reply to our acknowledgement
def m24():
    when = at("2021-02-18 09:20:47")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    ack_id = "<ACK-2021-02-10-0088@gcmrrarabstates.iom.int>"
    text = """Merci beaucoup pour cet accusé de réception.

Bonne continuation dans la préparation de l'examen régional.

Youssef Alaoui
Coordinateur national – CMMTE

Le 10/02/2021 à 15:20, GCM Regional Review Arab States a écrit :
> Bonjour,
>
> Nous accusons réception de votre rapport volontaire
> (Rapport_collectif_CMMTE_PMM_février2021.docx). Il sera pris en compte dans
> la préparation de l'Examen régional.
>
> Le secrétariat
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.coalition-mobilite.example.ma", "41.214.170.5", "4F7sB02TnKz3",
           "Youssef Alaoui <coordination@coalition-mobilite.example.ma>",
           hdr("Re: Accusé de réception – rapport volontaire", enc="Q"),
           "<b2d4f6a8-1c3e-4a5b-9d7f-0e1f2a3b4c5d@coalition-mobilite.example.ma>", body,
           extra=[("In-Reply-To", ack_id), ("References", M16_ID + " " + ack_id),
                  ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h158-16.eml",
        notes="thank-you reply to our acknowledgement of h158-16 that adds nothing: do not acknowledge; the quoted "
              "acknowledgement names the report file and 'rapport volontaire'; References names h158-16."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
