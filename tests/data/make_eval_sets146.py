#!/usr/bin/env python3
"""Write the blind evaluation set holdout146 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets146.py
Theme: employers, chambers of commerce and industry, licensed recruitment agencies, vocational
training (TVET) and skills institutes, labour attaches of countries of origin (Gulf states, Jordan,
Egypt, Morocco, Tunisia, Djibouti, Mauritania; senders from South Asia and East Africa).
"""
import datetime as dt
from email.message import Message

from mailgen import EvalSet, BOX, DOCX, POL, addr, at, attach, b_word, flowed, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(146)
add = SET.add


INV_ID = "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"
M03_ID = "<MR2P264MB0417C3E1A9F04B2D8E6A7C51B9D40@MR2P264MB0417.FRAP264.PROD.OUTLOOK.example.com>"
M04_ID = "<1612164598.482913.mol-attache-kw@mail.mol-egypt.example.gov.eg>"
M06_ID = "<c81f0a2e-5b3d-4e7a-9f61-2d4b7a90e3c5@rifp-maroc.example.ma>"
ACK06 = "<ACK-20210202-0231.fr@gcmrrarabstates.iom.int>"
ACK07 = "<ACK-20210202-0236.en@gcmrrarabstates.iom.int>"
ACK04 = "<ACK-20210201-0188.ar@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:05:41")
    sent = when - dt.timedelta(seconds=3)
    text = """السلام عليكم ورحمة الله وبركاته،

شكراً لرسالتكم. أنا حالياً في إجازة سنوية حتى تاريخ 4/2/2021 ولن أتمكن من متابعة البريد الإلكتروني بشكل منتظم.
للاستفسارات المتعلقة بالتدريب والتشغيل وتصاريح العمل يرجى التواصل مع الزميل م. باسل الرواشدة على العنوان
b.rawashdeh@jci-training.example.jo أو على الهاتف 5603141 6 962+ (فرعي 214).

مع خالص التحية،
ديما
غرفة صناعة الأردن - دائرة التدريب والتشغيل
"""
    html = html_wrap('<div style="font-family:Tahoma;font-size:11pt">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_AM6PR10MB2311B7F2D0A1C94E8F3B2A6D5C7E0AM6PR10MB2311EURP_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.example.com", "40.107.22.91", "4DQkb52HhGz1Lx",
                    addr("ديما الخصاونة", "d.khasawneh@jci-training.example.jo"),
                    re_hdr("", "رد تلقائي: دعوة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية"),
                    rfcdate(sent), "<AM6PR10MB2311B7F2D0A1C94E8F3B2A6D5C7E0@AM6PR10MB2311.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "d.khasawneh@jci-training.example.jo"),
                           ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ar-JO")])
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", INV_ID))
    rows.append(("Thread-Topic", "دعوة للمشاركة"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-generated, X-Auto-Response-Suppress, null Return-Path) "
              "to the Arabic invitation; gives a colleague's name with the honorific 'م.' and a phone number: not a "
              "speaker proposal."))


def m02():
    when = at("2021-01-28 11:40:17")
    sent = tz(when - dt.timedelta(seconds=4), 5.75)
    text = """Dear Sir/Madam,

Namaste from Kathmandu.

We received your invitation through the Nepal Association of Foreign Employment Agencies (NAFEA) mailing. We are a government licensed recruitment agency (License no. 1187/067/68) sending workers mainly to Qatar, UAE, Saudi Arabia and Jordan since 2011.

Kindly clarify the following before we proceed:

1) Are private recruitment agencies also eligible to send a voluntary report and to request to speak, or is it only for NGOs and trade unions?
2) Can our association (NAFEA) submit one joint report for all its members instead of each agency separately?
3) Is there any registration fee or visa support for the conference in Beirut or is it online only?

Your early response will be highly appreciated.

Thanking you,

Bishnu Prasad Adhikari
Managing Director
Himalayan Manpower Services Pvt. Ltd.
Bagbazar, Kathmandu, Nepal
Tel: +977-1-4231188 | Mob: +977 9851023344
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000a7c1d905b9f31e22")
    m = mk(when, sent, "mail-pj1-f43.google.example.com", "209.85.216.43", "4DRP2m0kq9z3",
           "Himalayan Manpower <himalayanmanpower.ktm@gmail.example.com>",
           "Query regarding participation of recruitment agencies in GCM regional review",
           "<CAHx7pQm2Lr9Tz0kVb4Nw6Jd1Ys8Uc3Ge5Fa0Xi@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a licensed recruitment agency (eligibility of private agencies, joint report, "
              "registration/visa): mentions both the report and speaking but submits neither; signature "
              "name/title is not a speaker proposal. Date header in Nepal time (+0545)."))


def m03():
    when = at("2021-01-29 15:22:09")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Suite à votre courrier d'invitation relatif à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, la Confédération Générale des Entreprises du Maroc (CGEM) a l'honneur de vous proposer les intervenants suivants :

- Mme Salma Benjelloun, Présidente de la Commission Emploi et Relations Sociales, pour une intervention en séance plénière ;
- M. Anas Berrada, Directeur du Pôle Capital Humain, pour une intervention dans le cadre de la table ronde thématique n°3.

Nos intervenants souhaitent notamment partager l'expérience des entreprises marocaines en matière de recrutement équitable et de mobilité des compétences.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Khadija El Amrani
Chargée de mission – Relations institutionnelles
Confédération Générale des Entreprises du Maroc
23, Bd Mohamed Abdou, Quartier Palmiers – Casablanca
Tél. : +212 5 22 99 70 00
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
            '</head><body lang="FR" link="#0563C1"><div class="WordSection1">'
            + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_MR2P264MB0417C3E1A9F04B2D8E6A7C51B9D40MR2P264MB0417FRAP_")
    m = mk(when, sent, "mail-mr2fra01.outbound.protection.example.com", "40.107.9.112", "4DS1ww3Hf0z7",
           addr("El Amrani Khadija", "k.elamrani@cgem.example.ma"),
           hdr("Examen régional PMM – Proposition d'intervenants CGEM", enc="Q"), M03_ID, body,
           extra=[("Content-Language", "fr-FR"), ("Thread-Topic", "Examen régional PMM – Proposition d'intervenants CGEM")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Benjelloun", "Présidente de la Commission Emploi et Relations Sociales",
           "Confédération Générale des Entreprises du Maroc (CGEM)", ["plenary"]),
        sp("Anas Berrada", "Directeur du Pôle Capital Humain",
           "Confédération Générale des Entreprises du Maroc (CGEM)", ["roundtable"], 3)],
        notes="two speakers in a dashed list, each with a different role; the sender (chargée de mission, her own "
              "title in the signature) is not a speaker; the organisation is written out in full with its acronym once "
              "in the body and without it in the signature. Second speaker later replaced (h146-14)."))


def m04():
    when = at("2021-02-01 09:30:05")
    sent = tz(when - dt.timedelta(seconds=7), 3)
    text = """السادة / سكرتارية المراجعة الإقليمية للاتفاق العالمي للهجرة الآمنة والمنظمة والنظامية      المحترمين

تحية طيبة وبعد،،،

بالإشارة إلى خطابكم الكريم بشأن الدعوة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، أتشرف بإبداء رغبتي في المشاركة بمداخلة ضمن المائدة المستديرة الثانية، وذلك لعرض تجربة المكتب في متابعة أوضاع العمالة المصرية بدولة الكويت وتسوية النزاعات العمالية وحماية حقوق العمال.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

المستشار/ أحمد فتحي عبد العزيز
الملحق العمالي
المكتب العمالي بسفارة جمهورية مصر العربية لدى دولة الكويت
هاتف: 22571199 965+
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "mail.mol-egypt.example.gov.eg", "41.33.120.18", "4DTZ0q2Bc1z4",
           addr("Ahmed Fathy", "labour.kuwait@mol-egypt.example.gov.eg"),
           hdr("طلب مشاركة - المائدة المستديرة الثانية", "windows-1256"), M04_ID, body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3869)")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد فتحي عبد العزيز", "الملحق العمالي",
           "المكتب العمالي بسفارة جمهورية مصر العربية لدى دولة الكويت", ["roundtable"], 2)],
        notes="labour attaché proposing himself: name, title and affiliation only in the signature block, the name "
              "preceded by the honorific 'المستشار/' (not part of the name); roundtable as an ordinal word "
              "('الثانية'); windows-1256 body; From display name in Latin script, shorter than the signature name."))


def m05():
    when = at("2021-02-01 13:15:44")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
<div>
<p>Dear Colleagues,</p>
<p>With reference to your invitation letter dated 26 January 2021, I am writing on behalf of <b>H.E. the Secretary-General</b> of the Federation of GCC Chambers (FGCCC).</p>
<p>The Federation would like to nominate <b>Dr. Khalid bin Saad Al-Mutairi</b>, Assistant Secretary-General for Economic Affairs and Private Sector Development, to deliver a floor intervention in the <u>plenary session</u> on the role of the Gulf private sector in fair recruitment and skills partnerships.</p>
<p>Kindly note that Dr. Khalid will be joining virtually from Dammam. His CV can be shared upon request.</p>
<p>Best regards,</p>
<p style="margin-bottom:0">&nbsp;</p>
<table style="border-top:2px solid #006A4E;font-size:9pt;color:#555555"><tr><td>
<b style="color:#006A4E">Reem Al-Otaibi</b><br>
Executive Assistant to the Secretary-General<br>
Federation of GCC Chambers | &#1575;&#1578;&#1581;&#1575;&#1583; &#1594;&#1585;&#1601; &#1583;&#1608;&#1604; &#1605;&#1580;&#1604;&#1587; &#1575;&#1604;&#1578;&#1593;&#1575;&#1608;&#1606; &#1575;&#1604;&#1582;&#1604;&#1610;&#1580;&#1610;&#1577;<br>
P.O. Box 2198, Dammam 31451, Kingdom of Saudi Arabia<br>
T +966 13 826 5943 &nbsp;|&nbsp; <a href="https://fgccc.example.org">fgccc.example.org</a>
</td></tr></table>
<p style="font-size:7pt;color:#999999">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.</p>
</div>
</body></html>
"""
    body = leaf("text/html", html, cte="quoted-printable")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.57", "4DTfG70Wm3z2",
           "Reem Al-Otaibi <r.alotaibi@fgccc.example.org>",
           "FGCCC nomination - GCM Regional Review (Arab Region)",
           "<DB8PR01MB6055E2A4C71F9B30D8A26E1FB6D90@DB8PR01MB6055.eurprd01.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("Importance", "high"), ("X-Priority", "1")])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Khalid bin Saad Al-Mutairi", "Assistant Secretary-General for Economic Affairs and Private Sector Development",
           "Federation of GCC Chambers (FGCCC)", ["plenary"])],
        notes="HTML-only Outlook message sent on behalf of the Secretary-General ('H.E.', who is not the speaker) by his "
              "executive assistant (not the speaker either); 'Dr.' not part of the name; the signature carries the "
              "organisation's Arabic name as HTML entities and a disclaimer."))


def m06():
    when = at("2021-02-02 10:50:30")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour,

Dans le cadre de l'Examen régional du PMM, le Réseau des Instituts de Formation Professionnelle du Maroc (RIFP) a le plaisir de vous transmettre en pièce jointe son rapport volontaire, consacré à la reconnaissance des compétences des travailleurs migrants et aux partenariats pour la formation avant départ.

Par ailleurs, nous souhaiterions qu'un représentant du Réseau puisse intervenir lors de la table ronde I :
Nom : Mustapha Aït Ouarab
Fonction : Directeur de la Coopération et des Partenariats
Organisme : RIFP

Je vous remercie de bien vouloir accuser réception.

Cordialement,

Loubna Sefrioui
Responsable communication
Réseau des Instituts de Formation Professionnelle du Maroc
Rabat – Agdal
"""
    html = ('<div style="font-family:Arial;font-size:10pt">' + text2html(text) +
            '<p><img src="cid:logo_rifp@rifp" width="120" height="40" alt="RIFP"></p></div>')
    pdf = make_pdf(["Reseau des Instituts de Formation Professionnelle du Maroc (RIFP)",
                    "Rapport volontaire - Examen regional du PMM 2021",
                    "Reconnaissance des competences et formation avant depart"])
    logo = leaf("image/png", make_png(12, 4, (0, 110, 70)), cte="base64", params=[("name", '"logo_rifp.png"')],
                disp='inline; filename="logo_rifp.png"', extra=[("Content-ID", "<logo_rifp@rifp>")])
    fname = "RIFP_Rapport_volontaire_PMM_2021.pdf"
    body = multi("mixed", [
        multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html_wrap(html))],
                                "=_alt_7b1f3c0e9a"), logo], "=_rel_7b1f3c0e9a"),
        attach("application/pdf", pdf, fname)], "=_mix_7b1f3c0e9a")
    m = mk(when, sent, "smtp.rifp-maroc.example.ma", "196.217.40.9", "4DVJ5n1rT7z9",
           "Loubna Sefrioui <l.sefrioui@rifp-maroc.example.ma>",
           hdr("Rapport volontaire RIFP + demande d'intervention (table ronde I)", enc="Q"), M06_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mustapha Aït Ouarab", "Directeur de la Coopération et des Partenariats",
           "Réseau des Instituts de Formation Professionnelle du Maroc (RIFP)", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, on time (TVET network); roundtable as a Roman numeral ('table ronde I'); the labelled 'Organisme' "
              "line gives only the acronym, the full name is in the first paragraph and the signature; inline logo "
              "(multipart/related) is a decoy; sender is not the speaker."))


def m07():
    when = at("2021-02-02 16:05:12")
    sent = tz(when - dt.timedelta(seconds=9), 5)
    text = """Respected Sir/Madam

Assalam o Alaikum. With reference to the invitation for GCM regional review we want to request speaking slot for our association. Details are

1. Mr Tariq Mehmood Chaudhry, Chairman OEPAP - roundtable 2 (Labour mobility & fair recruitment)
2. Ms Sana Iqbal, she handles compliance and ethical recruitment for our members - open discussion on 23 Feb

Pls confirm. Will send the CVs after.

Regards
Imran Bashir
Secretary, Overseas Employment Promoters Association of Pakistan (OEPAP)
Islamabad

Sent from my HUAWEI phone
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "mail-ot1-f52.google.example.com", "209.85.210.52", "4DVRsx0fMkz1",
           "imran bashir <oepap.secretary@gmail.example.com>", "speaking slot request - OEPAP Pakistan",
           "<CAKp3Dv0sY8fT6wQm1Rz4Lh9Ux2Nc5Gb7Je0Wk@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tariq Mehmood Chaudhry", "Chairman", "Overseas Employment Promoters Association of Pakistan (OEPAP)",
           ["roundtable"], 2),
        sp("Sana Iqbal", None, "Overseas Employment Promoters Association of Pakistan (OEPAP)", ["open_discussion"])],
        notes="phone, terse plain text; two speakers in one-line entries; the first speaker's affiliation is only the "
              "acronym glued to his title ('Chairman OEPAP'), the full name is in the sender's signature; the second "
              "speaker has no title, only a description of her work (title null); the roundtable topic in brackets is "
              "the sender's own gloss. The acknowledgement to this address bounces (h146-08)."))


def m08():
    when = at("2021-02-02 16:07:52")
    text = """This is the mail system at host mx.gmail-relay.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<oepap.secretary@gmail.example.com>: host gmail-smtp-in.example.com[142.250.4.27]
    said: 452-4.2.2 The email account that you tried to reach is over quota.
    Please direct the recipient to https://support.example.com/mail/?p=OverQuotaTemp
    (in reply to RCPT TO command)
"""
    ack_sent = when - dt.timedelta(minutes=2, seconds=30)
    dsn = ("Reporting-MTA: dns; mx.gmail-relay.example.com\n"
           "X-Postfix-Queue-ID: 4DVRvQ3nK8z5\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; oepap.secretary@gmail.example.com\n"
           "Original-Recipient: rfc822;oepap.secretary@gmail.example.com\n"
           "Action: failed\n"
           "Status: 4.2.2\n"
           "Remote-MTA: dns; gmail-smtp-in.example.com\n"
           "Diagnostic-Code: smtp; 452-4.2.2 The email account that you tried to reach is over quota.\n" % rfcdate(ack_sent))
    ack_text = """Dear Imran Bashir,

Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region.
We have recorded your request for a speaking role (2 speakers). Speaking-role requests were due by Friday
5 February 2021; the final programme will be shared with selected speakers.

GCM Regional Review Secretariat
"""
    ack = Message(policy=POL)
    for k, v in [("From", "GCM Regional Review Arab States <%s>" % BOX), ("To", "oepap.secretary@gmail.example.com"),
                 ("Subject", "Acknowledgement: speaking slot request - OEPAP Pakistan"), ("Date", rfcdate(ack_sent)),
                 ("Message-ID", ACK07), ("In-Reply-To", "<CAKp3Dv0sY8fT6wQm1Rz4Lh9Ux2Nc5Gb7Je0Wk@mail.gmail.example.com>"),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                 ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")]:
        ack[k] = v
    ack.set_payload(ack_text)
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message"
    p3["Content-Type"] = "message/rfc822"
    p3.attach(ack)
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    body = multi("report", [p1, p2, p3], "4DVRvQ3nK8z5.1612274872/mx.gmail-relay.example.com",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = std_rows(when, "mx.gmail-relay.example.com", "142.250.4.90", "4DVRw02gT1z3",
                    "MAILER-DAEMON@mx.gmail-relay.example.com (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(when - dt.timedelta(seconds=1)),
                    "<20210202140751.4DVRvQ3nK8z5@mx.gmail-relay.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, Action: failed with a 4.2.2 over-quota status) returning "
              "our acknowledgement of h146-07 as message/rfc822; the returned acknowledgement talks about a speaking-role "
              "request and the deadline."))


def m09():
    when = at("2021-02-03 12:10:26")
    sent = when - dt.timedelta(seconds=5)
    text = """مرحبا،

بعتذر عالتأخير بالرد، وصلتنا الدعوة متأخر شوي من الوزارة. حابين نشارك كمؤسسة التدريب المهني، وعبّيت النموذج اللي كان بالرسالة وهاي المعلومات:

الاسم الكامل: م. رامي سليمان الحوراني
المسمى الوظيفي: مدير مديرية الاعتماد وضبط الجودة
الجهة / المؤسسة: مؤسسة التدريب المهني - المملكة الأردنية الهاشمية
نوع المشاركة المطلوبة: مقرر (عرض الرسائل الرئيسية لأصحاب المصلحة)
رقم المائدة المستديرة (إن وجد): --

م. رامي عنده خبرة بموضوع الاعتراف بالمهارات للعمالة الوافدة ومشروع الشهادات المهنية المشتركة مع مصر، فبنتمنى يكون إله دور.

إذا في أي شي ناقص خبروني.
يعطيكم العافية
لينا
قسم العلاقات الدولية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "00000000000052e8a105ba5c4f7d")
    m = mk(when, sent, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DW2kL3Qpbz8",
           addr("Lina VTC", "vtc.intl.relations@gmail.example.com"),
           re_hdr("", "مشاركة مؤسسة التدريب المهني"),
           "<CAB9kT4mR7sW1xZq3Nv8Pd2Le6Hy0Uj5Ga9Cf4Ob@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رامي سليمان الحوراني", "مدير مديرية الاعتماد وضبط الجودة",
           "مؤسسة التدريب المهني - المملكة الأردنية الهاشمية", ["rapporteur"])],
        notes="Levantine dialect; a pasted form with Arabic labelled lines; the name carries the engineer honorific "
              "'م.' (not part of the name); the roundtable line is filled with '--' (roundtable null); the sender "
              "(first name only, shared Gmail address) is not the speaker."))


def m10():
    when = at("2021-02-03 14:45:58")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Madame, Monsieur,

La Chambre de Commerce, d'Industrie et de Services de la région Tanger-Tétouan-Al Hoceima a bien reçu votre invitation, et nous vous en remercions.

Avant de vous adresser une éventuelle demande d'intervention, nous souhaiterions obtenir quelques précisions :
  - les travaux du 24 et 25 février se tiendront-ils en présentiel à Beyrouth, en ligne, ou en format hybride ?
  - une interprétation simultanée français/arabe sera-t-elle assurée pendant les tables rondes ?
  - la date limite du 5 février s'applique-t-elle également aux chambres qui souhaitent seulement assister en tant qu'observateurs ?

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service Coopération et Partenariats
CCIS Tanger-Tétouan-Al Hoceima
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "smtp.ccis-tth.example.ma", "41.248.12.201", "4DW6Jm5yLpz2",
           addr("CCIS TTA - Coopération", "cooperation@ccis-tth.example.ma", "iso-8859-1", "Q"),
           hdr("Demande de précisions - Examen régional PMM", "iso-8859-1", "Q"),
           "<000a01d6fa2b$4c81e2d0$e585a870$@ccis-tth.example.ma>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb6K0yB4tBJ8kLhR1eKxQ2yO9vYzA==")])
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (format, interpretation, whether the 5 February deadline applies to observers) from a "
              "chamber of commerce announcing a possible later request: nothing submitted; no person named. Latin-1 "
              "quoted-printable body, Q-encoded display name and subject."))


def m11():
    when = at("2021-02-04 09:20:14")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Bonjour,

Bien reçu, merci beaucoup pour votre retour rapide !
Bonne journée,

Loubna

Le mar. 2 févr. 2021 à 10:03, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Madame,
>
> Nous accusons réception du rapport volontaire du RIFP et de votre demande d'intervention
> pour la table ronde I. Le programme définitif vous sera communiqué ultérieurement.
>
> Cordialement,
> Secrétariat de l'Examen régional
"""
    body = leaf("text/plain", text, cte="quoted-printable")
    m = mk(when, sent, "smtp.rifp-maroc.example.ma", "196.217.40.9", "4DWYc10nHqz5",
           "Loubna Sefrioui <l.sefrioui@rifp-maroc.example.ma>",
           hdr("Re: Accusé de réception – Rapport volontaire RIFP + demande d'intervention (table ronde I)", enc="Q"),
           "<5a7e2f14-90c3-4d1b-b6a8-1f0e3c9d27b4@rifp-maroc.example.ma>", body,
           extra=[("In-Reply-To", ACK06), ("References", M06_ID + " " + ACK06),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(11, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h146-06.eml",
        notes="thank-you reply to our acknowledgement of h146-06 (References names it): adds nothing, so no "
              "acknowledgement; the quoted acknowledgement mentions the report and the table ronde."))


def m12():
    when = at("2021-02-04 11:35:40")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    text = """Dear Sir/Madam,

RE: NOMINATION OF SPEAKERS - REGIONAL REVIEW OF THE GLOBAL COMPACT FOR MIGRATION IN THE ARAB REGION

Greetings from the Embassy of the Republic of Kenya in Riyadh.

Kenya has a large and growing number of migrant workers in the Gulf, the majority of them women in domestic work, and we would wish to contribute to the review from the perspective of a country of origin. I therefore wish to propose the following speakers:

a) Myself, Joseph Kiprono Mutai, Labour Attaché, Embassy of the Republic of Kenya, Riyadh - floor intervention in the plenary session;

b) Ms. Grace Wanjiru Njoroge, Director, Labour Migration and Diaspora Affairs, State Department for Labour (Ministry of Labour and Social Protection, Kenya) - intervention in Roundtable IV. She will join online from Nairobi.

Please find their short bios below for your convenience.

Joseph Mutai has served as Labour Attaché in Riyadh since 2019, handling welfare cases and the bilateral labour agreement with the Kingdom.
Grace Njoroge leads the pre-departure training and the accreditation of private employment agencies in Kenya.

Yours faithfully,

Joseph K. Mutai
Labour Attaché
Embassy of the Republic of Kenya - Riyadh, KSA
Tel: +966 11 488 2484
"""
    html = '<div dir="ltr"><div style="font-family:verdana,sans-serif">' + text2html(text) + "</div></div>\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000f4d29c05ba7f0b31")
    m = mk(when, sent, "mail-lf1-f48.google.example.com", "209.85.167.48", "4DWcQ61kz8z4",
           "Labour Attache Riyadh <labourattache.riyadh@gmail.example.com>",
           "NOMINATION OF SPEAKERS - GCM REGIONAL REVIEW (KENYA EMBASSY RIYADH)",
           "<CAMn5Wt8oY2rQ4vX7kS0Lz1Bd9Hf3Pc6Ug8Je2Ra@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joseph Kiprono Mutai", "Labour Attaché", "Embassy of the Republic of Kenya, Riyadh", ["plenary"]),
        sp("Grace Wanjiru Njoroge", "Director, Labour Migration and Diaspora Affairs",
           "State Department for Labour (Ministry of Labour and Social Protection, Kenya)", ["roundtable"], 4)],
        notes="labour attaché of a country of origin proposing himself ('Myself, ...') and a ministry official; roundtable "
              "as a Roman numeral ('Roundtable IV'); the name is written three ways (full, 'Joseph K. Mutai', 'Joseph "
              "Mutai'); short bios repeat the names; From is a generic Gmail address with an ASCII 'Attache'."))


def m13():
    when = at("2021-02-04 19:40:03")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """السادة الكرام في سكرتارية المراجعة الإقليمية،

تحية طيبة وبعد،

يسر غرفة تجارة وصناعة البحرين أن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية من منظور القطاع الخاص، ويتناول التقرير تجربة أصحاب العمل في تطبيق نظام تصريح العمل المرن وحماية الأجور.

كما نود ترشيح الأستاذة عبير يوسف المناعي، مديرة إدارة الموارد البشرية وسوق العمل بالغرفة، للمشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم 23 فبراير.

نأمل التكرم بتأكيد الاستلام.

مع خالص التحيات،

حسن عبد الله الساعي
سكرتير لجنة سوق العمل
غرفة تجارة وصناعة البحرين
هاتف: 17576666 973+  |  www.bcci.example.bh
"""
    html = html_wrap('<div style="font-family:Arial;font-size:11pt">' + text2html(text) + "</div>", "rtl")
    fname = "تقرير غرفة البحرين - الاتفاق العالمي للهجرة 2021.docx"
    docx = make_docx(["غرفة تجارة وصناعة البحرين", "التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة",
                      "منظور القطاع الخاص - فبراير 2021"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")],
                                 "_000_VI1PR0601MB2280A3C9E5B71D40F2A8C6E3B01F4VI1PR0601MB2280_"),
                           attach(DOCX, docx, fname)],
                 "_004_VI1PR0601MB2280A3C9E5B71D40F2A8C6E3B01F4VI1PR0601MB2280_")
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.75", "4DWq8P0rJvz6",
           addr("Hassan Al Saie", "hassan.alsaie@bcci.example.bh"),
           hdr("التقرير الطوعي وترشيح متحدثة - غرفة تجارة وصناعة البحرين"),
           "<VI1PR0601MB2280A3C9E5B71D40F2A8C6E3B01F4@VI1PR0601MB2280.eurprd06.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبير يوسف المناعي", "مديرة إدارة الموارد البشرية وسوق العمل", "غرفة تجارة وصناعة البحرين",
           ["open_discussion"])],
        report_attachments=[fname],
        notes="both, on time; chamber of commerce; the speaker's affiliation is given by reference ('بالغرفة') and "
              "resolved to the chamber named in the body and the signature; honorific 'الأستاذة' not part of the name; Content-Language en-US but Arabic body; Arabic "
              "DOCX name RFC 2231 + RFC 2047; sender is not the speaker."))


def m14():
    when = at("2021-02-05 15:10:22")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Pour faire suite à notre message du 29 janvier, nous vous informons que M. Anas Berrada ne pourra malheureusement pas participer aux travaux en raison d'un déplacement imprévu.

Il sera remplacé à la même table ronde par Mme Nadia Chraïbi, Directrice adjointe du Pôle Capital Humain à la CGEM.

L'intervention de Mme Salma Benjelloun en séance plénière est maintenue.

Avec nos remerciements,

Khadija El Amrani
Chargée de mission – Relations institutionnelles
Confédération Générale des Entreprises du Maroc

________________________________
De : El Amrani Khadija
Envoyé : vendredi 29 janvier 2021 14:22
À : gcmrrarabstates@iom.int
Objet : Examen régional PMM – Proposition d'intervenants CGEM

Madame, Monsieur,

Suite à votre courrier d'invitation relatif à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, la Confédération Générale des Entreprises du Maroc (CGEM) a l'honneur de vous proposer les intervenants suivants :

- Mme Salma Benjelloun, Présidente de la Commission Emploi et Relations Sociales, pour une intervention en séance plénière ;
- M. Anas Berrada, Directeur du Pôle Capital Humain, pour une intervention dans le cadre de la table ronde thématique n°3.

[...]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_MR2P264MB0417F7A2C4D81E93B05C6A2E8D7B1MR2P264MB0417FRAP_")
    m = mk(when, sent, "mail-mr2fra01.outbound.protection.example.com", "40.107.9.118", "4DXF3k2Vqtz1",
           addr("El Amrani Khadija", "k.elamrani@cgem.example.ma"),
           hdr("RE: Examen régional PMM – Proposition d'intervenants CGEM – changement d'intervenant", enc="Q"),
           "<MR2P264MB0417F7A2C4D81E93B05C6A2E8D7B1@MR2P264MB0417.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Chraïbi", "Directrice adjointe du Pôle Capital Humain",
           "Confédération Générale des Entreprises du Maroc (CGEM)", ["roundtable"], 3)],
        thread_of="h146-03.eml",
        notes="replaces one of the two speakers of h146-03 (Outlook reply, non-'>' quoted original that still lists the "
              "old speakers); the roundtable is only given by reference ('la même table ronde' = n°3); the plenary "
              "speaker is only confirmed, not newly proposed, so only the replacement is listed; affiliation written as "
              "'à la CGEM' here, full form from the thread/signature."))


def m15():
    when = at("2021-02-05 23:50:08")
    sent = tz(when - dt.timedelta(seconds=11), 6)
    text = """Dear Organizer,

Sorry for the late submission, we got the invitation only today through our Embassy in Riyadh. Please find below the filled speaker form:

--------------------------------------------
SPEAKER REQUEST FORM
Full name      : Mohammad Rafiqul Islam
Designation    : Secretary General
Organization   : Bangladesh Association of International Recruiting Agencies (BAIRA)
Country        : Bangladesh
Session        : Thematic Roundtable 3 (if not possible, Roundtable 1)
Mode           : Virtual
--------------------------------------------

BAIRA represents more than 1200 licensed recruiting agencies of Bangladesh, most of them sending workers to KSA, UAE, Oman, Qatar, Kuwait and Jordan.

Best regards,
Shahana Parvin
Executive Officer (International Affairs)
BAIRA, Dhaka
"""
    html = html_wrap("<div>" + text2html(text).replace("<p>----", '<p style="font-family:Courier New">----') + "</div>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "----=_Part_2281904_1093781262.1612547397212")
    m = mk(when, sent, "sonic311-21.consmr.mail.sg3.yahoo.example.com", "106.10.240.34", "4DXmLw4Fnqz8",
           "Shahana Parvin <baira.intl@yahoo.example.com>", "Speaker request form - BAIRA Bangladesh",
           "<1183624077.2281905.1612547397212@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohammad Rafiqul Islam", "Secretary General",
           "Bangladesh Association of International Recruiting Agencies (BAIRA)", ["roundtable"], 3)],
        notes="deadline edge: Date 'Sat, 6 Feb 2021 03:49 +0600' (Dhaka) but received 23:50 on 5 February in Beirut: "
              "ON TIME although the sender apologises for being late; pasted form with 'Designation'/'Organization' "
              "labels; two roundtables given, the first choice (3) counts; the sender is not the speaker."))


def m16():
    when = at("2021-02-07 10:25:47")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """السيدات والسادة أعضاء سكرتارية المراجعة الإقليمية،

تحية طيبة، وبعد،

نعتذر عن التأخر في موافاتكم بهذا الطلب بسبب إجراءات التنسيق الداخلي. تتشرف الوكالة الوطنية لإنعاش التشغيل والكفاءات (أنابيك) بالمملكة المغربية باقتراح المتدخلين التاليين:

أولاً: السيد يوسف الإدريسي القيطوني، مدير التشغيل الدولي، لإلقاء مداخلة في الجلسة العامة حول برامج التشغيل الدولي والتوظيف العادل للعمال المغاربة في دول الخليج وأوروبا.

ثانياً: السيدة حنان بنسودة، رئيسة مصلحة التكوين قبل المغادرة والاعتراف بالكفاءات، للمشاركة في المائدة المستديرة الرابعة.

نرجو أن يحظى طلبنا بقبولكم رغم انقضاء الأجل المحدد.

وتقبلوا فائق عبارات التقدير والاحترام.

عن المدير العام
مديرية التواصل والعلاقات الخارجية
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "mx.anapec-maroc.example.ma", "196.200.165.33", "4DYt8R1kcNz2",
           addr("مديرية التواصل - ANAPEC", "communication@anapec-maroc.example.ma"),
           hdr("اقتراح متدخلين - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<20210207092543.7f2c41a8e0b3@anapec-maroc.example.ma>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    aff = "الوكالة الوطنية لإنعاش التشغيل والكفاءات (أنابيك)"
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف الإدريسي القيطوني", "مدير التشغيل الدولي", aff, ["plenary"]),
        sp("حنان بنسودة", "رئيسة مصلحة التكوين قبل المغادرة والاعتراف بالكفاءات", aff, ["roundtable"], 4)],
        notes="late (7 February) and says so; formal Moroccan Arabic administrative style; two speakers introduced with "
              "honorifics السيد/السيدة (not part of the names) and ordinal markers (أولاً/ثانياً); roundtable as an ordinal "
              "word ('الرابعة'); Arabic acronym in brackets (أنابيك); sent by a department mailbox 'on behalf of the "
              "Director General' with no personal name; 8bit UTF-8 body."))


def m17():
    when = at("2021-02-08 12:00:31")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Bonjour,

Veuillez trouver ci-joint la contribution de la Fédération nationale des employeurs du secteur du textile et de l'habillement (FNETH - Tunisie) à l'examen régional du Pacte mondial sur les migrations, sous forme de rapport volontaire.

Le rapport porte sur le recrutement de main-d'œuvre étrangère (principalement subsaharienne) dans les usines du Sahel tunisien et sur nos programmes de formation en alternance.

Bien cordialement,

--
Mehdi Trabelsi
Chargé d'études – Département social
FNETH | Monastir
"""
    fname = "Rapport_volontaire_PMM_FNETH_Fédération_employeurs_textile.docx"
    docx = make_docx(["FNETH - Federation nationale des employeurs du textile et de l'habillement",
                      "Rapport volontaire - Examen regional du PMM", "Fevrier 2021"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(fname))])
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 40))
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]), att],
                 "------------B7F0D3A19C4E2F58E1A6D0C2")
    body.preamble = "This is a multi-part message in MIME format."
    m = mk(when, sent, "smtp.topnet.example.tn", "197.14.10.22", "4DZPfQ0vN8z3",
           "Mehdi Trabelsi <m.trabelsi@fneth.example.tn>", "Rapport volontaire FNETH - PMM",
           "<3c9a1e72-bd04-4f58-a2e6-9071c4d85b1f@fneth.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "fr")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="employers' federation report; Thunderbird text/plain format=flowed 8bit; long DOCX name with 'é' in "
              "RFC 2231 continuations (filename*0*..), name= as an RFC 2047 B-word; 'œ' in the body."))


def m18():
    when = at("2021-02-09 10:40:19")
    sent = tz(when - dt.timedelta(seconds=7), 5.5)
    text = """Dear GCM Review Secretariat,

On behalf of the Association of Licensed Foreign Employment Agencies (ALFEA), Sri Lanka, please find attached our voluntary report on the implementation of the Global Compact for Migration, with a focus on Objective 6 (fair and ethical recruitment) and Objective 18 (skills development and recognition).

We would also like to request a speaking opportunity for our President at the first thematic roundtable:

   Name: Mr. Chaminda Perera
   Title: President, ALFEA
   
We understand the deadline for speakers has passed, but we hope this can still be considered as we only completed the report this week.

Thank you and kind regards,

Dilani Fernando (Ms.)
Coordinator - Policy & Research
Association of Licensed Foreign Employment Agencies (ALFEA)
No. 44, Galle Road, Colombo 03, Sri Lanka
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB">'
            '<div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    fname = "ALFEA Sri Lanka - GCM Voluntary Report 2021.pdf"
    pdf = make_pdf(["Association of Licensed Foreign Employment Agencies (ALFEA), Sri Lanka",
                    "Voluntary Report - Global Compact for Migration - Regional Review (Arab States)",
                    "Objectives 6 and 18"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_SG2PR06MB3310C1E7F4A92B50D6E8A4F1C20B7SG2PR06MB3310apcp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_SG2PR06MB3310C1E7F4A92B50D6E8A4F1C20B7SG2PR06MB3310apcp_")
    m = mk(when, sent, "mail-sg2apc01.outbound.protection.example.com", "40.107.215.70", "4F0BvN3x2Rz7",
           "Dilani Fernando <policy@alfea.example.lk>", "ALFEA Sri Lanka - Voluntary Report and speaker request",
           "<SG2PR06MB3310C1E7F4A92B50D6E8A4F1C20B7@SG2PR06MB3310.apcprd06.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")])
    add(18, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Chaminda Perera", "President", "Association of Licensed Foreign Employment Agencies (ALFEA)",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both; received 9 February: the report is on time but the speaker request is late (the sender says so), "
              "so on_time is false; the 'Title' line glues title and acronym ('President, ALFEA'), the full "
              "organisation name is in the body and signature; 'first thematic roundtable' as a word; attachment name "
              "with spaces; Date in Sri Lanka time (+0530)."))


def m19():
    when = at("2021-02-10 15:30:02")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear Sir/Madam,

Please find attached the collective voluntary report of the East Africa Platform of Private Employment Agencies (EAPPEA) for the Regional Review of the GCM in the Arab region.

The report was prepared jointly by the following member associations:
- Uganda Association of External Recruitment Agencies (UAERA)
- Kenya Association of Private Employment Agencies (KAPEA)
- Ethiopian Overseas Employment Agencies Association (EOEAA)

It covers pre-departure orientation, skills certification and complaint mechanisms for workers deployed to the GCC, Jordan and Lebanon.

Kind regards,

Brian Ssekandi
Programme Manager | EAPPEA Secretariat
Plot 12, Kampala Road, Kampala - Uganda
www.eappea.example.org

[EAPPEA logo]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + text2html(text.replace("[EAPPEA logo]\n", ""))
            + '<p><img width="160" height="48" src="cid:image001.png@01D6FF8A.3C2B1E40" alt="EAPPEA logo"></p>'
            "</div></body></html>\n")
    logo = leaf("image/png", make_png(16, 5, (200, 120, 0)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF8A.3C2B1E40>")])
    fname = "EAPPEA_Collective_GCM_Voluntary_Report_Feb2021.pdf"
    pdf = make_pdf(["East Africa Platform of Private Employment Agencies (EAPPEA)",
                    "Collective Voluntary Report - GCM Regional Review, Arab region", "February 2021"])
    body = multi("mixed", [
        multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                "_000_AM0PR02MB5217D0B3E8F1A74C29E6B5D8F31A4AM0PR02MB5217eurp_"), logo],
              "_006_AM0PR02MB5217D0B3E8F1A74C29E6B5D8F31A4AM0PR02MB5217eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", pdf, fname)],
        "_007_AM0PR02MB5217D0B3E8F1A74C29E6B5D8F31A4AM0PR02MB5217eurp_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.13.99", "4F0w1T5yGpz2",
           "Brian Ssekandi <b.ssekandi@eappea.example.org>", "EAPPEA collective voluntary report - GCM Regional Review",
           "<AM0PR02MB5217D0B3E8F1A74C29E6B5D8F31A4@AM0PR02MB5217.eurprd02.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a regional platform of recruitment agencies (three member associations listed); "
              "Outlook multipart/related with the signature logo image001.png, which is a decoy; signature name/title "
              "is not a speaker request."))


def m20():
    when = at("2021-02-11 09:05:36")
    sent = when - dt.timedelta(seconds=4)
    html = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" style="font-family:'Simplified Arabic',serif;font-size:14pt">
<p>السادة سكرتارية المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،</p>
<p>تحية طيبة وبعد،</p>
<p>نتشرف بأن نقدم إليكم فيما يلي التقرير الطوعي لغرفة صناعة الملابس الجاهزة والمفروشات المنزلية - اتحاد الصناعات المصرية، حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.</p>
<h3>أولاً: مقدمة</h3>
<p>تضم الغرفة أكثر من ألفي منشأة صناعية، وتعتمد شريحة متزايدة منها على عمالة وافدة من دول الجوار، بينما يتجه عدد كبير من الفنيين المصريين المدربين للعمل في دول الخليج والأردن.</p>
<h3>ثانياً: الممارسات الجيدة</h3>
<ul>
<li>برنامج التدريب المهني المزدوج بالتعاون مع مراكز التدريب المهني التابعة لوزارة التجارة والصناعة، وقد استفاد منه 3,400 متدرب خلال 2019-2020.</li>
<li>إصدار شهادات مهارات معتمدة قابلة للاعتراف بها لدى أصحاب العمل في دول المقصد (الهدف 18 من الاتفاق).</li>
<li>مدونة سلوك للتوظيف العادل تحظر تحميل العمال أي رسوم توظيف (الهدف 6).</li>
</ul>
<h3>ثالثاً: التحديات</h3>
<ul>
<li>ضعف التنسيق بين مكاتب التمثيل العمالي في الخارج والقطاع الخاص.</li>
<li>تأثير جائحة كوفيد-19 على عودة العمال وإعادة إدماجهم.</li>
</ul>
<h3>رابعاً: التوصيات</h3>
<p>ندعو إلى إنشاء منصة إقليمية لمطابقة المهارات بين دول المنشأ ودول المقصد بمشاركة غرف الصناعة والتجارة.</p>
<p>وتفضلوا بقبول وافر الاحترام،</p>
<p>إدارة البحوث والدراسات<br>غرفة صناعة الملابس الجاهزة والمفروشات المنزلية<br>اتحاد الصناعات المصرية - القاهرة</p>
</body></html>
"""
    body = leaf("text/html", html, cte="base64")
    m = mk(when, sent, "mail.fei-rmg.example.org.eg", "41.65.224.51", "4F1R6h0XmGz5",
           addr("إدارة البحوث - غرفة الملابس الجاهزة", "research@fei-rmg.example.org.eg"),
           hdr("التقرير الطوعي لغرفة صناعة الملابس الجاهزة - الاتفاق العالمي للهجرة"),
           "<a41c6e0b8d2f4e59b3c7@fei-rmg.example.org.eg>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="HTML-only message (no text/plain), base64; the report is in the body with headings and lists, nothing "
              "attached; sent by a department, no personal name; long Arabic display name split over two B-encoded words "
              "in the middle of a word; mentions vocational training centres and GCM objectives."))


def m21():
    when = at("2021-02-12 11:20:50")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """السادة / سكرتارية المراجعة الإقليمية      المحترمين

تحية طيبة وبعد،،،

برجاء التكرم بالإفادة عما إذا كان قد تم قبول طلبي للمشاركة في المائدة المستديرة الثانية، حيث لم يصلني أي رد حتى تاريخه، وكذلك موافاتي برابط الاتصال المرئي والبرنامج التفصيلي حتى يتسنى لي الإعداد للمداخلة.

وتفضلوا بقبول فائق الاحترام،،،

المستشار/ أحمد فتحي عبد العزيز
الملحق العمالي
المكتب العمالي بسفارة جمهورية مصر العربية لدى دولة الكويت

----- Original Message -----
From: "Ahmed Fathy" <labour.kuwait@mol-egypt.example.gov.eg>
To: gcmrrarabstates@iom.int
Sent: Monday, February 1, 2021 10:29:58 AM
Subject: طلب مشاركة - المائدة المستديرة الثانية

السادة / سكرتارية المراجعة الإقليمية للاتفاق العالمي للهجرة الآمنة والمنظمة والنظامية      المحترمين

تحية طيبة وبعد،،،

بالإشارة إلى خطابكم الكريم بشأن الدعوة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، أتشرف بإبداء رغبتي في المشاركة بمداخلة ضمن المائدة المستديرة الثانية ...
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "mail.mol-egypt.example.gov.eg", "41.33.120.18", "4F2N0c4Lqwz1",
           addr("Ahmed Fathy", "labour.kuwait@mol-egypt.example.gov.eg"),
           hdr("متابعة: طلب مشاركة - المائدة المستديرة الثانية", "windows-1256"),
           "<1613121644.517306.mol-attache-kw@mail.mol-egypt.example.gov.eg>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID),
                  ("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3869)")])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h146-04.eml",
        notes="follow-up to h146-04 asking whether the request was accepted and for the video link and programme: a "
              "question, not a new request (the same speaker and roundtable are only restated); replies to the "
              "sender's own message (In-Reply-To = h146-04), Zimbra-style quote with the original request; "
              "windows-1256."))


def m22():
    when = at("2021-02-15 20:15:09")
    sent = tz(when - dt.timedelta(seconds=12), 3)
    text1 = "مرفق تقرير الكلية\n\nأرسلت من الـiPhone\n"
    text2 = "\n"
    fname = "تقرير الكلية التقنية بالدمام.pdf"
    pdf = make_pdf(["College of Technology - Dammam", "Voluntary GCM review report (Arabic)",
                    "Skills programmes for expatriate and Saudi trainees"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(fname)), ("x-unix-mode", "0644")],
               disp='inline; filename="%s"' % b_word(fname))
    body = multi("mixed", [leaf("text/plain", text1, "utf-8", "base64"), att, leaf("text/plain", text2, "us-ascii", "7bit")],
                 "Apple-Mail-5C2E8A41-7D93-4B0F-9E16-3A7F2C8D1B05")
    m = mk(when, sent, "mail-pl1-f181.google.example.com", "209.85.214.181", "4F4kQ51sNbz9",
           addr("م. فيصل الدوسري", "faisal.aldossary.tvtc@gmail.example.com"),
           hdr("تقرير"), "<D8F1A3C2-6E4B-4F09-A7D5-2B9C0E8F3A61@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone, almost no text ('مرفق تقرير الكلية' + Arabic 'Sent from my iPhone'); one-word subject; PDF with "
              "Content-Disposition inline and an RFC 2047-encoded Arabic name in both filename and name; the college is "
              "only named in the attachment name; honorific in the display name."))


def m23():
    when = at("2021-02-16 23:41:27")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de la Chambre de Commerce de Djibouti (CCD) relatif à la mise en œuvre du Pacte mondial sur les migrations, et plus particulièrement au rôle du secteur privé dans le corridor migratoire Éthiopie – Djibouti – Yémen – pays du Golfe.

Nous vous prions de bien vouloir nous en accuser réception.

Salutations distinguées,

Fatouma Houssein Ali
Direction des Études et de la Formation
Chambre de Commerce de Djibouti
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    fname = "CCD_Rapport_volontaire_PMM_2021.pdf"
    pdf = make_pdf(["Chambre de Commerce de Djibouti (CCD)", "Rapport volontaire - Pacte mondial sur les migrations",
                    "Corridor Ethiopie - Djibouti - Yemen - Golfe"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_PR1P264MB1903A7E2C0F84D1B9E53A6C7D20F8PR1P264MB1903FRAP_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_PR1P264MB1903A7E2C0F84D1B9E53A6C7D20F8PR1P264MB1903FRAP_")
    m = mk(when, sent, "mail-pr1fra01.outbound.protection.example.com", "40.107.12.63", "4F5mT72dPsz4",
           "Fatouma Houssein Ali <f.houssein@ccd.example.dj>", hdr("Rapport volontaire – Chambre de Commerce de Djibouti", enc="Q"),
           "<PR1P264MB1903A7E2C0F84D1B9E53A6C7D20F8@PR1P264MB1903.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge: Date 'Wed, 17 Feb 2021 00:41 +0300' (Djibouti) already reads 17 February, but it was "
              "received 23:41 on 16 February in Beirut: ON TIME."))


def m24():
    when = at("2021-02-18 09:30:14")
    sent = when - dt.timedelta(seconds=4)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre, en pièces jointes :
  1. la lettre de transmission signée par le Président de la Chambre ;
  2. le rapport volontaire de la Chambre de Commerce, d'Industrie et d'Agriculture de Mauritanie (CCIAM) sur l'examen régional du PMM.

Nous vous prions de bien vouloir excuser ce retard, dû aux délais de validation par le Bureau de la Chambre, et espérons que notre contribution pourra néanmoins être prise en considération.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Mohamed Salem Ould Ahmed
Chef du Service Emploi et Formation
CCIAM – Nouakchott
"""
    letter = make_pdf(["CCIAM - Le President", "Lettre de transmission", "Objet : rapport volontaire - examen regional du PMM"])
    rep = make_pdf(["Chambre de Commerce, d'Industrie et d'Agriculture de Mauritanie (CCIAM)",
                    "Rapport volontaire - Examen regional du PMM 2021"])
    f1 = "Lettre_transmission_CCIAM.pdf"
    f2 = "Rapport_volontaire_CCIAM_PMM.pdf"
    body = multi("mixed", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                           attach("application/pdf", letter, f1), attach("application/pdf", rep, f2)],
                 "----=_NextPart_000_0019_01D705C2.8E4A31B0")
    body.preamble = "This is a multi-part message in MIME format."
    m = mk(when, sent, "smtp.cciam.example.mr", "41.188.66.140", "4F6xR03mWkz8",
           "\"CCIAM - Service Emploi\" <emploi@cciam.example.mr>", "Rapport volontaire CCIAM - PMM (transmission tardive)",
           "<001901d705c2$8e4a31b0$aade9510$@cciam.example.mr>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdcFwo5KMbCq3pUQR0uT8wq7yZ3B1g==")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[f2],
        notes="late report (18 February), the sender apologises; two PDFs, but the first is only a signed cover letter "
              "(lettre de transmission), not part of the report; windows-1252 quoted-printable body (en dash in the signature)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
