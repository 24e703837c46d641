#!/usr/bin/env python3
"""Write the blind evaluation set holdout222 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets222.py
Theme: mail produced by tools and forms, 1-17 February 2021.  A Microsoft Forms response forwarded by a focal
point, a Google Forms response pasted into Gmail, a WeTransfer and a Google Drive share notification carrying a
report link (Reply-To the person), a Zoom registration confirmation, a contact-form relay from the review website
(whose visitor mistyped her address, so our acknowledgement bounces), a registration confirmation pasted as a
decoy above a prose nomination, a partner network's newsletter, a DocuSign "Completed" envelope forwarded with its
certificate of completion, and ordinary people writing around those tools.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, esc, b_word)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(222)
add = SET.add
H = "h222-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"


def outlook_html(text, cid=None, lang="EN-US", rtl=False):
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (' dir="RTL"' if rtl else "", esc(p).replace("\n", "<br>"))
                    for p in text.split("\n\n"))
    img = '<p class="MsoNormal"><img width="110" height="40" src="cid:%s"></p>' % cid if cid else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="%s"><div class="WordSection1">%s%s</div></body></html>\n' % (lang, paras, img))


# ================================================================ 01  EN  speaker  Microsoft Forms response forwarded
M01_ID = "<AM0PR08MB53144F1C2A9E7D60@AM0PR08MB5314.eurprd08.prod.outlook.example.com>"


def m01():
    when = at("2021-02-01 09:40:18")
    text = """Dear colleagues,

Please find below our nomination for the Regional Review conference. We collected it through our internal nomination form, so I am forwarding the response as it came out of Forms. Hana would like to speak in the second thematic roundtable.

Let me know if you need anything else from us.

Best,
Tom

Tom Okafor
Partnerships Assistant | ALMA Secretariat

From: Microsoft Forms <no-reply@forms.office.example.com>
Sent: Sunday, January 31, 2021 6:02 PM
To: Tom Okafor <t.okafor@alma-network.example.org>
Subject: New response to "GCM Regional Review - speaker nomination"

New response received for GCM Regional Review - speaker nomination

Respondent: Hana Yusuf
Submitted: 1/31/2021 6:01 PM

1. Full name of the proposed speaker
Dr. Hana Yusuf

2. Position / title
Senior Policy Officer

3. Organization
Arab Labour Mobility Alliance (ALMA)

4. Country of residence
Jordan

5. Preferred speaking slot (see the invitation letter)
Thematic roundtable 2

6. Short bio (max. 100 words)
Hana leads ALMA's policy work on fair recruitment and skills partnerships across the Mashreq and the Gulf.

View results: https://forms.office.example.com/Pages/AnalysisPage.aspx?id=aLmA2021gcm
"""
    subj = "FW: New response to \"GCM Regional Review - speaker nomination\""
    m = mk(when, sent_at(when, 2, 6), "mail-am0eur08on0701.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DTJ0m1qWkz2", "Tom Okafor <t.okafor@alma-network.example.org>", subj, M01_ID,
           alt(text, "_000_AM0PR08MB53144F1C2A9E7D60_", html=outlook_html(text)),
           extra=outlook("New response to \"GCM Regional Review - speaker nomination\"", "AQHW96fVd1nB2c3D4e5F6g7H8i9J0Q=="))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Yusuf", "Senior Policy Officer", "Arab Labour Mobility Alliance (ALMA)", ["roundtable"], 2)],
        notes="a person forwards a Microsoft Forms response notification (Outlook 'From/Sent/To/Subject' header "
              "block, not '>'-quoted): the speaker's details are only in the numbered form questions (question line, "
              "answer on the next line); 'Dr.' dropped; the forwarder (Partnerships Assistant) is not the speaker; "
              "the 'Country of residence' answer is not part of the affiliation."))


# ================================================================ 02  AR  speaker  Google Forms response pasted in Gmail, two speakers
def m02():
    when = at("2021-02-01 15:20:41")
    text = """مرحباً،

عبّأنا استمارة الترشيح الخاصة بشبكتنا على Google Forms ووصلتنا نسخة من الردود، وأنسخها لكم هنا كما هي لأننا لم نجد استمارة إلكترونية عندكم في الدعوة.

------------------------------
شكراً لملء استمارة "ترشيحات المتحدثين - الاستعراض الإقليمي"
إليك نسخة من ردودك:

اسم المتحدث/ة الأول/ى *
ليلى منصور

الصفة الوظيفية *
منسقة برنامج العمال المنزليين

الجهة *
الشبكة اللبنانية لحقوق العمال المهاجرين

نوع المشاركة المطلوبة *
النقاش المفتوح في مشاورة أصحاب المصلحة (23 شباط)

اسم المتحدث/ة الثاني/ة
جاد حداد

الصفة الوظيفية
مسؤول المناصرة

الجهة
الشبكة اللبنانية لحقوق العمال المهاجرين

نوع المشاركة المطلوبة
مداخلة في المائدة المستديرة المواضيعية الثالثة

إنشاء نموذج Google Forms الخاص بك
------------------------------

مع الشكر،
ليلى
"""
    body = alt(text, "000000000000f3a1c205ba5e91b7", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f48.google.example.com", "192.0.2.48", "4DTWq83kXnz7",
           addr("Layla Mansour", "layla.mansour.lnmwr@gmail.example.com"), hdr("ترشيحات المتحدثين - الشبكة اللبنانية"),
           "<CAG7pQx1vN3sT8kWmR2yB4eZ6uH9dJfL0oA@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليلى منصور", "منسقة برنامج العمال المنزليين", "الشبكة اللبنانية لحقوق العمال المهاجرين", ["open_discussion"]),
        sp("جاد حداد", "مسؤول المناصرة", "الشبكة اللبنانية لحقوق العمال المهاجرين", ["roundtable"], 3)],
        notes="Google Forms 'copy of your responses' pasted into a Gmail body by the first speaker: question line "
              "(with '*' for required) then answer line, two speakers; roundtable as an ordinal word ('الثالثة'). "
              "The From display name is in Latin script while the speaker's name is written in Arabic: the label "
              "keeps the Arabic form the message writes for the speaker."))


# ================================================================ 03  FR  report  WeTransfer notification (link only)
M03_FILE = "Rapport_volontaire_PMM_ADM_Sfax.pdf"


def m03():
    when = at("2021-02-02 10:05:33")
    text = """kawthar.benyahia@adm-sfax.example.org vous a envoyé des fichiers

1 fichier, 2,4 Mo au total - Expire le 9 février 2021

Bonjour,
Veuillez trouver via ce lien le rapport volontaire d'examen du Pacte mondial de notre association (Association Droits et Mobilité, Sfax). Le fichier étant trop lourd pour la messagerie, nous passons par WeTransfer.
Cordialement,
Kawthar Ben Yahia

Télécharger vos fichiers
https://we.tl.example.com/t-Zk4R8pQw2A

Fichiers
%s
2,4 Mo

Pour vous assurer de recevoir nos e-mails, ajoutez noreply@wetransfer.example.com à vos contacts.
A propos de WeTransfer - Aide - Mentions légales - Signaler ce transfert comme étant un spam
""" % M03_FILE
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%%" style="background:#f4f4f4"><tr><td align="center"><table width="520" style="background:#fff">'
            '<tr><td style="font-size:22px"><b>kawthar.benyahia@adm-sfax.example.org</b><br>vous a envoyé des fichiers</td></tr>'
            '<tr><td style="color:#6a6d70">1 fichier, 2,4 Mo au total &middot; Expire le 9 février 2021</td></tr>'
            '<tr><td>Bonjour,<br>Veuillez trouver via ce lien le rapport volontaire d\'examen du Pacte mondial de notre '
            'association (Association Droits et Mobilité, Sfax). Le fichier étant trop lourd pour la messagerie, nous passons '
            'par WeTransfer.<br>Cordialement,<br>Kawthar Ben Yahia</td></tr>'
            '<tr><td><a href="https://we.tl.example.com/t-Zk4R8pQw2A" style="background:#409fff;color:#fff">Télécharger vos fichiers</a></td></tr>'
            '<tr><td><b>Fichiers</b><br>%s<br><span style="color:#6a6d70">2,4 Mo</span></td></tr>'
            '<tr><td style="font-size:11px">Pour vous assurer de recevoir nos e-mails, ajoutez noreply@wetransfer.example.com à vos contacts.<br>'
            'A propos de WeTransfer &middot; Aide &middot; Mentions légales &middot; Signaler ce transfert comme étant un spam</td></tr>'
            '</table></td></tr></table></body></html>\n' % M03_FILE)
    body = alt(text, "--==_mimepart_6019160d3c1f2_7a2b3fe1c4e8d9a4", html=html)
    m = mk(when, sent_at(when, 0, 3), "o7.email.wetransfer.example.com", "192.0.2.170", "4DVBc55Jv6z1",
           "WeTransfer <noreply@wetransfer.example.com>",
           hdr("kawthar.benyahia@adm-sfax.example.org vous a envoyé %s" % M03_FILE, enc="Q"),
           "<6019160d3c1f2_7a2b3fe1c4e8d9a4@wt-mailer-5.example.com.mail>", body,
           extra=[("Reply-To", "kawthar.benyahia@adm-sfax.example.org"), ("X-Mailgun-Tag", "transfer_recipient"),
                  ("Content-Language", "fr")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="WeTransfer download notification sent by the service on behalf of a person (From noreply, Reply-To the "
              "sender): a machine-made envelope around a person's own message submitting the report. A secretary "
              "registers it as a voluntary report received by link (as dev 049): nothing attached, the file name "
              "only appears in the body; acknowledge to the Reply-To address, never to noreply. Not covered by "
              "LABELS.md (a robot-sent mail carrying a person's submission); the sender follows up in h222-13."))


# ================================================================ 04  EN  other  Zoom registration confirmation (notification)
def m04():
    when = at("2021-02-02 18:30:07")
    text = """Hi GCM Regional Review Secretariat,

Thank you for registering for "Pre-consultation briefing for Arab States stakeholders: the GCM Regional Review".

Please submit any questions to: events@mena-mobility-hub.example.org

Date Time: Feb 8, 2021 02:00 PM Beirut

Join from a PC, Mac, iPad, iPhone or Android device:
    Please click this URL to join. https://zoom.example.us/w/91234567890?tk=Qm9nVXNRZkdQ
    Passcode: 238412

Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

You can cancel your registration at any time.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Lato,Helvetica,Arial"><p>Hi GCM Regional Review Secretariat,</p>'
            '<p>Thank you for registering for "Pre-consultation briefing for Arab States stakeholders: the GCM Regional Review".</p>'
            '<p>Please submit any questions to: <a href="mailto:events@mena-mobility-hub.example.org">events@mena-mobility-hub.example.org</a></p>'
            '<p><b>Date Time:</b> Feb 8, 2021 02:00 PM Beirut</p>'
            '<p>Join from a PC, Mac, iPad, iPhone or Android device:<br>&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://zoom.example.us/w/91234567890?tk=Qm9nVXNRZkdQ">Click Here to Join</a><br>'
            '&nbsp;&nbsp;&nbsp;&nbsp;Passcode: 238412</p><p>Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar</p>'
            '<p style="color:#747487">You can <a href="https://zoom.example.us/webinar/cancel">cancel</a> your registration at any time.</p>'
            '</div></body></html>\n')
    body = alt(text, "----=_Part_5526391_1377284412.1612283407210", html=html)
    m = mk(when, sent_at(when, 0, 2), "mail-sj1.zoom.example.us", "192.0.2.199", "4DVbm22Rx4z3",
           "Zoom <no-reply@zoom.example.us>",
           "Pre-consultation briefing for Arab States stakeholders: the GCM Regional Review Confirmation",
           "<nWQ3aB7tRFS2kLz9_xYp1g@geopod-ismtpd-3-1.example.us>", body,
           extra=[("Reply-To", "events@mena-mobility-hub.example.org"), ("X-SG-EID", "k3Jd9PqLmW0xZ2vB")],
           ret="bounces+18211-4f2a-gcmrrarabstates=iom.int@em.zoom.example.us")
    add(4, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="Zoom webinar registration confirmation (someone registered the mailbox for a partner's briefing): a "
              "notification, not an auto-reply and not written by a person; no Auto-Submitted/Precedence header, and "
              "Reply-To points to the organiser. Mentions the GCM Regional Review in the subject. Never acknowledge "
              "(LABELS.md: notifications must not be acknowledged); category other as dev 031's bulk mail."))


# ================================================================ 05  AR  speaker  contact-form relay from the review website (typo in visitor's address)
M05_ID = "<20210203091033.7f3c1a9e52b4@gcm-arab-review.example.org>"


def m05():
    when = at("2021-02-03 11:10:36")
    text = """رسالة جديدة من نموذج "اتصل بنا" على موقع الاستعراض الإقليمي

الاسم: د. هالة المصري
البريد الإلكتروني: hala.elmasry@gmial.example.com
الهاتف: +20 100 000 0000
الجهة: كلية الاقتصاد والعلوم السياسية - جامعة القاهرة
الموضوع: طلب مداخلة

الرسالة:
السلام عليكم، أرجو تسجيل رغبتي في أن أكون مقرّرة لتقديم الرسائل الرئيسية لأصحاب المصلحة في المؤتمر. أعمل أستاذة مشاركة في العلوم السياسية ومتخصصة في هجرة العمالة إلى دول الخليج. شكراً لكم.

--
أرسلت هذه الرسالة من نموذج الاتصال (Contact Form 7) على https://gcm-arab-review.example.org/ar/contact
عنوان IP للمرسل: 203.0.113.45
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 2), "web01.gcm-arab-review.example.org", "203.0.113.9", "4DW6tq0XcRz5",
           addr("موقع الاستعراض الإقليمي", "wordpress@gcm-arab-review.example.org"),
           hdr("[موقع الاستعراض الإقليمي] طلب مداخلة"), M05_ID, body,
           extra=[("Reply-To", addr("د. هالة المصري", "hala.elmasry@gmial.example.com")),
                  ("X-Mailer", "PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)")])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هالة المصري", "أستاذة مشاركة في العلوم السياسية", "كلية الاقتصاد والعلوم السياسية - جامعة القاهرة",
           ["rapporteur"])],
        notes="contact-form relay (WordPress/Contact Form 7 via PHPMailer): From is the website, Reply-To is the "
              "visitor; the request is a person's, so it is acknowledged (to Reply-To). Fields 'الاسم/الجهة' plus "
              "the title only in the free-text message ('أعمل أستاذة مشاركة في ...'). Honorific 'د.' dropped. The "
              "affiliation field is 'faculty - university': the hyphen here joins a unit to its university, not a "
              "city, so it is kept whole as written (a secretary would type the field as given). The visitor "
              "mistyped her domain ('gmial'): the acknowledgement bounces (h222-06)."))


# ================================================================ 06  EN  bounce  acknowledgement of 05 to the mistyped address
def m06():
    when = at("2021-02-03 11:11:49")
    text = POSTFIX_NOTICE + """
<hala.elmasry@gmial.example.com>: Host or domain name not found. Name service
    error for name=gmial.example.com type=MX: Host not found, try again
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DW6vB2Hm1z9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; hala.elmasry@gmial.example.com\n"
           "Original-Recipient: rfc822;hala.elmasry@gmial.example.com\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=gmial.example.com type=MX: Host not found, try again\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: hala.elmasry@gmial.example.com\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (b_word("إشعار باستلام طلب المداخلة"), rfcdate(when - dt.timedelta(seconds=8)),
                                    ack_mid("4DW6vB2Hm1z9"), M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DW6wK4Tq7z1.1612343509/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DW6wK4Tq7z1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203091149.4DW6wK4Tq7z1@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain not found) for our acknowledgement of h222-05, sent to the mistyped Reply-To "
              "address the visitor typed into the contact form; the returned headers carry an Arabic RFC 2047 "
              "subject and In-Reply-To h222-05. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 07  EN  both  PDF report + sender as speaker (signature only)
M07_ID = "<VI1PR04MB6142B07E9C1D3A58@VI1PR04MB6142.eurprd04.prod.outlook.example.com>"
M07_SUBJ = "MRCI voluntary GCM review report + plenary intervention"
M07_FILE = "MRCI_GCM_Voluntary_Review_Feb2021.pdf"
M07_TEXT = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Migrant Resource Centres Initiative, covering our work in Egypt, Jordan and Morocco in 2019-2020 (objectives 3, 7 and 21).

I would also like to request a floor intervention in one of the plenary sessions on 24-25 February, to present the main findings on pre-departure information and reintegration. My details are below.

Kind regards,

Nour Hamdan
Head of Research and Learning
Migrant Resource Centres Initiative (MRCI)
Amman | +962 6 000 0000
"""


def m07():
    when = at("2021-02-03 16:45:12")
    pdf = rep_pdf("Voluntary GCM Review Report", "Migrant Resource Centres Initiative (MRCI)",
                  ["Introduction", "Methodology", "Objective 3: information at all stages", "Objective 7: vulnerabilities",
                   "Objective 21: return and reintegration", "Challenges", "Recommendations"])
    cid = "image001.png@01D6FA4C.5E2B9A10"
    rel = multi("related", [leaf("text/html", outlook_html(M07_TEXT, cid)), logo(cid, (0, 120, 110))],
                "_004_VI1PR04MB6142B07E9C1D3A58_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M07_TEXT), rel], "_000_VI1PR04MB6142B07E9C1D3A58_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "_005_VI1PR04MB6142B07E9C1D3A58_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur04on0629.outbound.protection.outlook.example.com", "198.51.100.29",
           "4DWHp03rTkz6", "Nour Hamdan <n.hamdan@mrci.example.org>", M07_SUBJ, M07_ID, body,
           extra=outlook(M07_SUBJ, "AdcqTnQ1r2s3t4u5v6w7x8y9z0AbCw==", has_attach="yes"))
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nour Hamdan", "Head of Research and Learning", "Migrant Resource Centres Initiative (MRCI)", ["plenary"])],
        report_attachments=[M07_FILE],
        notes="both, on time (3 February); ordinary Outlook mail: PDF report plus a request for the sender herself, "
              "whose name, title and affiliation are only in the signature; the city line is not part of the "
              "affiliation; inline logo image001.png is not a report file. A question follows as a reply (h222-20)."))


# ================================================================ 08  FR  speaker  pasted registration confirmation (decoy) + president in prose
def m08():
    when = at("2021-02-04 09:20:40")
    text = """Bonjour,

Je me suis inscrite ce matin sur la plateforme de la Conférence et j'ai reçu la confirmation ci-dessous. Comme le formulaire d'inscription ne prévoit pas de case pour les prises de parole, je vous écris directement : notre association souhaite que M. Abdelkader Ouali, Président de l'UASM, puisse intervenir lors d'une session plénière de la Conférence (24-25 février).

Moi-même je participerai seulement en tant qu'observatrice.

----- Confirmation d'inscription -----
Merci pour votre inscription !
Référence : GCMRR-AR-0417
Nom : Zineb Lahlou
Fonction : Chargée de communication
Organisation : Union des Associations de Solidarité avec les Migrants (UASM)
Pays : Maroc
Type de participation : Participant(e) - en ligne
Langue d'interprétation souhaitée : Français
--------------------------------------

En vous remerciant par avance,
Zineb Lahlou
UASM - Oujda
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "smtp.uasm-maroc.example.org", "203.0.113.58", "4DWjL81nQcz4",
           addr("Zineb Lahlou", "z.lahlou@uasm-maroc.example.org"), hdr("Demande de prise de parole - UASM", enc="Q"),
           "<e4b1f0a2-7c93-4d5e-a6b8-2f1c0d9e8a73@uasm-maroc.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkader Ouali", "Président", "Union des Associations de Solidarité avec les Migrants (UASM)", ["plenary"])],
        notes="decoy: a pasted registration confirmation with labelled lines (Nom/Fonction/Organisation) describes "
              "the sender, who attends as an observer only; the speaker is named in prose ('M. Abdelkader Ouali, "
              "Président de l'UASM'). The affiliation is recorded in the fullest form the message writes for that "
              "organisation (the confirmation's 'Organisation' line, acronym kept), since the prose gives only the "
              "acronym. Thunderbird format=flowed, 8bit. Its acknowledgement draws an out-of-office (h222-09)."))


# ================================================================ 09  FR  auto_reply  vacation reply to our acknowledgement of 08
def m09():
    when = at("2021-02-04 09:22:05")
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 8 février inclus, avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter contact@uasm-maroc.example.org.

Cordialement,
Zineb Lahlou
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.uasm-maroc.example.org", "203.0.113.58", "4DWjMn3pXbz8",
                    addr("Zineb Lahlou", "z.lahlou@uasm-maroc.example.org"),
                    hdr("Absence du bureau - Re: Accusé de réception - Demande de prise de parole - UASM", enc="Q"),
                    rfcdate(sent_at(when, 1, 2)), "<vacation.1612423323.41f7@uasm-maroc.example.org>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
                    ret="z.lahlou@uasm-maroc.example.org")
    rows += [("In-Reply-To", ack_mid("4DWjM02kRfz1")), ("References", ack_mid("4DWjM02kRfz1")),
             ("X-Sieve", "Pigeonhole Sieve 0.5.11 (vacation)")]
    add(9, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Sieve vacation reply (Auto-Submitted: auto-replied (vacation), Precedence: bulk) to our acknowledgement "
              "of h222-08, from the same person and server, with a normal Return-Path; the subject quotes the "
              "speaker request. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  EN  speaker  phone, two speakers in prose
def m10():
    when = at("2021-02-04 13:05:27")
    text = """Hello,
Following the invitation letter, the Sudanese Migrant Rights Initiative (SMRI) would like to propose two speakers: our Director, Dr Musa Abdelrahim, for the open discussion on 23 Feb, and our Legal Officer, Grace Tadesse, for a floor intervention in RT4 (the fourth thematic roundtable).
Apologies for the short mail, writing from the road. Full bios can follow if needed.
Regards
Amna Idris
SMRI

Sent from my Samsung Galaxy smartphone.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = alt(text, "--_com.samsung.android.email_2041736125581230", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-pj1-f67.google.example.com", "192.0.2.67", "4DWqS64wGfz2",
           "Amna Idris <amna.smri@gmail.example.com>", "Speakers - SMRI",
           "<ncx9b3eutxg2sq1lk3a8p5oz.1612436718322@email.android.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Musa Abdelrahim", "Director", "Sudanese Migrant Rights Initiative (SMRI)", ["open_discussion"]),
        sp("Grace Tadesse", "Legal Officer", "Sudanese Migrant Rights Initiative (SMRI)", ["roundtable"], 4)],
        notes="Samsung Email from a phone (base64 text + HTML); two speakers in one prose sentence ('our Director, Dr "
              "Musa Abdelrahim, ... our Legal Officer, Grace Tadesse'); 'Dr' without a dot dropped; roundtable "
              "written 'RT4'; the sender is not a speaker."))


# ================================================================ 11  FR  speaker  French Microsoft Forms response forwarded by an assistant
def m11():
    when = at("2021-02-04 17:40:50")
    text = """Bonjour,

De la part de Mme Fatimata Sow, je vous transmets ci-dessous la fiche de candidature remplie via notre formulaire interne pour le rôle de rapporteur(e) de la Conférence régionale.

Bien à vous,

Mariam Konaté
Assistante de direction
Observatoire Ouest-Africain des Migrations (OOAM)

De : Microsoft Forms <no-reply@forms.office.example.com>
Envoyé : jeudi 4 février 2021 15:58
À : Mariam Konaté <m.konate@ooam.example.org>
Objet : Nouvelle réponse à « Fiche intervenant - Examen régional PMM »

Fiche intervenant - Examen régional PMM
Réponse n° 7

Nom et prénom
Fatimata Sow

Fonction
Directrice exécutive

Structure
Observatoire Ouest-Africain des Migrations (OOAM), bureau de Nouakchott

Rôle souhaité
Rapporteur(e) - présentation des messages clés des parties prenantes

Commentaires
Disponible les 23, 24 et 25 février.
"""
    body = alt(text, "_000_PAXPR01MB7204A1C9E3B5D782_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 0, 6), "mail-pax1eur01on0607.outbound.protection.outlook.example.com", "198.51.100.107",
           "4DX0yT5sNkz3", addr("Mariam Konaté", "m.konate@ooam.example.org", enc="Q"),
           hdr("TR: Nouvelle réponse à « Fiche intervenant - Examen régional PMM »", enc="Q"),
           "<PAXPR01MB7204A1C9E3B5D782@PAXPR01MB7204.eurprd01.prod.outlook.example.com>", body,
           extra=outlook("Nouvelle réponse à « Fiche intervenant - Examen régional PMM »",
                         "AQHW+w7Fk2l3m4n5o6p7q8r9s0tUvw==", lang="fr-FR"))
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatimata Sow", "Directrice exécutive", "Observatoire Ouest-Africain des Migrations (OOAM)", ["rapporteur"])],
        notes="an executive assistant forwards ('TR:', Outlook French header block 'De :/Envoyé :/À :/Objet :') a "
              "French Microsoft Forms response; the speaker is not the sender ('De la part de Mme ...'). The "
              "'Structure' answer adds ', bureau de Nouakchott' after the organisation: the office/city is not part "
              "of the affiliation (as dev 004/013/024/043); the acronym is kept."))


# ================================================================ 12  AR  other  partner network newsletter (bulk)
def m12():
    when = at("2021-02-05 08:30:02")
    text = """النشرة الشهرية لشبكة المغرب والمشرق للهجرة - العدد 27، شباط/فبراير 2021

في هذا العدد:
- الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية: تذكير بالمواعيد. تُرسَل طلبات المداخلة إلى gcmrrarabstates@iom.int قبل 5 شباط، والتقارير الطوعية قبل 16 شباط.
- صدور تقريرنا الجديد: "العمال المهاجرون في زمن الجائحة" (متاح على موقعنا).
- ندوة إلكترونية: دور البلديات في إدماج المهاجرين، 11 شباط.
- منح صغيرة للمنظمات القاعدية: آخر موعد 28 شباط.

تلقيت هذه الرسالة لأنك مشترك في القائمة البريدية للشبكة.
لإلغاء الاشتراك: https://list.mmnet.example.org/unsubscribe?u=8c1f
"""
    body = alt(text, "_----------=_MCPart_1840531277", rtl=True)
    m = mk(when, sent_at(when, 2, 1), "mail181.atl21.mcsv.example.net", "192.0.2.181", "4DXLw70q3bz9",
           addr("شبكة المغرب والمشرق للهجرة", "newsletter@mmnet.example.org"),
           hdr("النشرة الشهرية - شباط 2021: الاستعراض الإقليمي، تقرير جديد، ندوة"),
           "<0.1.4E.7A3.1D6FB7A9C8E2F10.0@mail181.atl21.mcsv.example.net>", body,
           extra=[("Precedence", "bulk"), ("List-Id", "<mmnet-newsletter.list.mmnet.example.org>"),
                  ("List-Unsubscribe", "<https://list.mmnet.example.org/unsubscribe?u=8c1f>, <mailto:unsubscribe@mmnet.example.org>"),
                  ("X-Mailer", "MailChimp Mailer - **CID4e7a3b1d6fb7a9c8**")],
           ret="bounce-mc.us4_1840531.2771-gcmrrarabstates=iom.int@mail181.atl21.mcsv.example.net")
    add(12, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        notes="partner network's monthly newsletter (Mailchimp: Precedence: bulk, List-Id, List-Unsubscribe): quotes "
              "the review address and both deadlines and announces 'our new report', but submits nothing and asks "
              "nothing; never acknowledge bulk mail (as dev 031). The From display name is long enough to be split "
              "into two RFC 2047 encoded-words mid-word: policy.default's address parser shows a stray space "
              "('للهجر ة'), decode_header joins it (as dev 059)."))


# ================================================================ 13  FR  other  "did you get our WeTransfer?" (follows 03)
def m13():
    when = at("2021-02-05 12:15:09")
    text = """Bonjour,

Nous vous avons envoyé mardi notre rapport volontaire par WeTransfer (fichier Rapport_volontaire_PMM_ADM_Sfax.pdf), mais nous n'avons reçu aucune notification de téléchargement. Le lien expire le 9 février : pourriez-vous nous confirmer que vous avez bien pu récupérer le fichier ? Sinon, nous pouvons vous l'envoyer en plusieurs parties.

Merci d'avance,

Kawthar Ben Yahia
Chargée de projets
Association Droits et Mobilité - Sfax
"""
    body = alt(text, "----=_NextPart_000_0041_01D6FB9C.7E4A2B10")
    m = mk(when, sent_at(when, 1, 5), "smtp.adm-sfax.example.org", "203.0.113.88", "4DXXf12vHpz6",
           "Kawthar Ben Yahia <kawthar.benyahia@adm-sfax.example.org>",
           hdr("Rapport volontaire envoyé par WeTransfer - bien reçu ?", enc="Q"),
           "<000901d6fb8b$7e4a2b10$7adf8130$@adm-sfax.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQJ7d2aF4c1B9e8D0f3A5b6C7d8E9f0A1b"),
                  ("Content-Language", "fr")])
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="a person asks whether the WeTransfer report of h222-03 was downloaded (new message, no threading "
              "headers); names the report file in the text but attaches nothing and re-sends nothing: other, "
              "acknowledged, thread_of h222-03."))


# ================================================================ 14  AR  speaker  dialect, phone, on behalf of a colleague
def m14():
    when = at("2021-02-05 22:10:44")
    text = """مساء الخير

بعتذر عالتأخير، بدنا نرشّح زميلنا الأستاذ وليد عيسى، مدير البرامج بجمعية رواد للتنمية المجتمعية، ليشارك بالنقاش المفتوح يوم 23 شباط. هو متابع ملف العمال المهاجرين بالبقاع من سنين.
إذا بدكم أي معلومة زيادة احكوني عالرقم تحت.

ريم
جمعية رواد للتنمية المجتمعية
٠٣ ٠٠٠ ٠٠٠

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 3), "sonic317-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.117", "4DXl9Q1gWmz4",
           addr("Reem K.", "reem.rouwad@yahoo.example.com"), hdr("ترشيح متحدث"),
           "<6A1C4E2B-93F7-4D08-B5A2-0E7C1F9D3B84@yahoo.example.com>", body,
           extra=[("X-Mailer", IPHONE), ("Content-Language", "ar")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد عيسى", "مدير البرامج", "جمعية رواد للتنمية المجتمعية", ["open_discussion"])],
        notes="Levantine dialect from an iPhone, plain text; the sender nominates a colleague in one prose sentence "
              "('زميلنا الأستاذ وليد عيسى، مدير البرامج بجمعية ...'): 'الأستاذ' is a courtesy title, dropped; the "
              "affiliation follows the Levantine preposition 'بـ' glued to it and is written in full on its own "
              "line in the signature; received 22:10 on 5 February, on time."))


# ================================================================ 15  EN  speaker  late, details only in the signature, no roundtable number
def m15():
    when = at("2021-02-06 08:14:30")
    text = """Good morning,

I realise the deadline for speaking roles was yesterday, so apologies for the late request. I would very much like to take the floor in one of the thematic roundtables on 24-25 February - whichever still has space - to share what we have learnt from running the Gulf recruitment-fees helpline.

Thank you for considering it.

Warm regards,
--
Karim Nassar
Programme Lead, Fair Migration Helpline
Gulf Recruitment Reform Network
"""
    body = alt(text, "0000000000009d8c7b05baa2e0f4", html=gmail_html(text))
    m = mk(when, sent_at(when, 4, 6), "mail-lf1-f41.google.example.com", "192.0.2.41", "4DY8Mz6bTqz2",
           "Karim Nassar <karim.nassar.grrn@gmail.example.com>", "Late request - roundtable speaker",
           "<CAFp8sY2mK9wQ3vRt7xZ1nB5cL4hD6jE0gA@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Karim Nassar", "Programme Lead, Fair Migration Helpline", "Gulf Recruitment Reform Network", ["roundtable"])],
        notes="late (6 February) and says so; the speaker is the sender, identified only by the signature; the title "
              "is written with its unit ('Programme Lead, Fair Migration Helpline'), kept whole as dev 012; "
              "'whichever still has space': roundtable role without a number (null, as dev 024). Date header +0400."))


# ================================================================ 16  AR  report  Gmail PDF with Arabic file name; mentions the survey
M16_FILE = "التقرير الطوعي لجمعية أمان لحماية العمال المهاجرين 2021.pdf"


def m16():
    when = at("2021-02-07 14:00:26")
    text = """السادة الكرام في أمانة الاستعراض الإقليمي،

تحية طيبة،

نرفق لكم التقرير الطوعي لجمعية أمان لحماية العمال المهاجرين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في الأردن خلال عامي ٢٠١٩ و٢٠٢٠.
علماً بأننا قمنا أيضاً بتعبئة الاستبيان الإلكتروني الخاص بالاستعراض يوم أمس.

مع خالص التقدير،
سوسن الزعبي
المديرة التنفيذية
جمعية أمان لحماية العمال المهاجرين
"""
    pdf = rep_pdf("Voluntary GCM Review Report - Aman Association", "Aman Association for the Protection of Migrant Workers",
                  ["Introduction", "Methodology", "Objectives 6, 10 and 15", "Challenges", "Recommendations"])
    a = alt(text, "000000000000a7c3e905baae1f62", html=gmail_html(text, rtl=True), b64=True)
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(M16_FILE))],
               disp='attachment; filename="%s"' % b_word(M16_FILE), extra=[("X-Attachment-Id", "f_kkuv3g2n0")])
    body = multi("mixed", [a, att], "000000000000a7c3eb05baae1f64")
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DZ0cT2fXhz7",
           addr("Sawsan Al-Zoubi", "sawsan.aman@gmail.example.com"), hdr("التقرير الطوعي - جمعية أمان"),
           "<CAK3vN9rS1tW7xM2yQ5zP8bL4cF6hJ0dG1e@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="Gmail-style Arabic PDF name RFC 2047-encoded inside the quoted filename/name parameters (as dev 033); "
              "base64 text parts; Arabic-Indic digits; mentions having filled the online survey (not a separate "
              "submission). The signature's title is not a speaker request."))


# ================================================================ 17  EN  report  Google Drive share notification (link only)
def m17():
    when = at("2021-02-08 10:30:55")
    text = """David Mensah shared a document

David Mensah (d.mensah@seafarers-welfare.example.org) has invited you to view the following document:

SWN Voluntary GCM Review Report 2021

"Dear Secretariat, our voluntary review report is in this Drive file (our mail server rejects attachments above 5 MB). The file is set to 'anyone with the link can view'. Best, David - Seafarers' Welfare Network"

Open https://docs.example.com/document/d/1xSWNgcm2021RePoRt/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because d.mensah@seafarers-welfare.example.org shared a document with you from Google Docs.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table role="presentation" width="100%"><tr><td><table width="480"><tr><td style="font-size:24px">'
            'David Mensah shared a document</td></tr>'
            '<tr><td>David Mensah (<a href="mailto:d.mensah@seafarers-welfare.example.org">d.mensah@seafarers-welfare.example.org</a>) '
            'has invited you to <b>view</b> the following document:</td></tr>'
            '<tr><td style="border-left:4px solid #dadce0;padding-left:8px">Dear Secretariat, our voluntary review report is in '
            'this Drive file (our mail server rejects attachments above 5 MB). The file is set to \'anyone with the link can '
            'view\'. Best, David - Seafarers\' Welfare Network</td></tr>'
            '<tr><td><a href="https://docs.example.com/document/d/1xSWNgcm2021RePoRt/edit?usp=sharing_eil">'
            'SWN Voluntary GCM Review Report 2021</a></td></tr>'
            '<tr><td><a href="https://docs.example.com/document/d/1xSWNgcm2021RePoRt/edit?usp=sharing_eil" '
            'style="background:#1a73e8;color:#fff">Open</a></td></tr>'
            '<tr><td style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>'
            'You have received this email because d.mensah@seafarers-welfare.example.org shared a document with you from '
            'Google Docs.</td></tr></table></td></tr></table></body></html>\n')
    body = alt(text, "000000000000c1d2e305baba7f30", html=html)
    m = mk(when, sent_at(when, 0, 2), "mail-sor-f69.google.example.com", "192.0.2.69", "4DZVg91RbKz5",
           '"David Mensah (via Google Docs)" <drive-shares-dm-noreply@google.example.com>',
           "Document shared with you: \"SWN Voluntary GCM Review Report 2021\"",
           "<0000000000009a8b7c05baba7f2e@google.example.com>", body,
           extra=[("Reply-To", "David Mensah <d.mensah@seafarers-welfare.example.org>"),
                  ("X-Notifications", "3c0d9f0ab2e10000"), ("Feedback-ID", "P-10-0:C20060867:M110136315-en:gamma")],
           ret="3Ly4hYBAPKGQ@doclist.bounces.google.example.com")
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="Google Docs share notification sent by Google on a person's behalf (From drive-shares-dm-noreply, "
              "Reply-To the person) with his own note submitting the report: a voluntary report available only as a "
              "link (as dev 049), nothing attached; acknowledge to the Reply-To address. Not an auto-reply: no "
              "Auto-Submitted; Feedback-ID/X-Notifications are the notification markers. Not covered by LABELS.md."))


# ================================================================ 18  FR  both  DOCX report + late speaker request (labelled lines)
M18_FILE = "Contribution_volontaire_PMM_RMDH.docx"


def m18():
    when = at("2021-02-09 16:20:03")
    text = """Madame, Monsieur,

Le Réseau Mauritanien des Droits Humains et de la Migration a l'honneur de vous transmettre, en pièce jointe, sa contribution volontaire à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Par ailleurs, et même si nous savons que le délai du 5 février est passé, nous souhaiterions proposer l'intervenant suivant pour la table ronde thématique n° 3 :

- Nom : Dr Sidi Mohamed Ould Ahmed
- Fonction : Coordinateur national
- Organisation : Réseau Mauritanien des Droits Humains et de la Migration (RMDHM), Nouakchott

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Aminetou Mint Brahim
Secrétaire exécutive, RMDHM
"""
    docx = make_docx(["Contribution volontaire a l'examen regional du PMM",
                      "Reseau Mauritanien des Droits Humains et de la Migration (RMDHM)",
                      "1. Introduction", "2. Methodologie", "3. Progres par objectif (objectifs 2, 8, 11 et 23)",
                      "4. Defis", "5. Recommandations"])
    t = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    body = multi("mixed", [t, attach(DOCX, docx, M18_FILE)], "=_a4e3c2b1d0f9e8d7c6b5a4f3e2d1c0b9")
    m = mk(when, sent_at(when, 0, 7), "webmail.rmdhm.example.org", "203.0.113.140", "4F0B2y5jTwz1",
           addr("Aminetou Mint Brahim", "secretariat@rmdhm.example.org"),
           hdr("Contribution volontaire PMM et proposition d'intervenant - RMDHM", "iso-8859-1", "Q"),
           "<3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c@rmdhm.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sidi Mohamed Ould Ahmed", "Coordinateur national",
           "Réseau Mauritanien des Droits Humains et de la Migration (RMDHM)", ["roundtable"], 3)],
        report_attachments=[M18_FILE],
        notes="both, received 9 February: the report part is on time but the speaker part is late (the sender says "
              "so), so on_time is false (as dev 035). Dashed labelled list; 'Dr' dropped; ', Nouakchott' after the "
              "organisation is not part of the affiliation; report called 'contribution volontaire'; the report "
              "file's acronym (RMDH) differs from the one in the text. ISO-8859-1 plain text, Roundcube."))


# ================================================================ 19  AR  report  forwarded DocuSign "Completed" envelope, Summary.pdf decoy
M19_FILE = "Joint_GCM_Voluntary_Report_Gulf_Platform_signed.pdf"


def m19():
    when = at("2021-02-10 11:00:17")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نحيل إليكم التقرير الطوعي المشترك لمنصة الخليج للمجتمع المدني حول الهجرة بعد اكتمال توقيعه إلكترونياً من المنظمات الأعضاء الخمس عبر DocuSign. الملف الموقَّع مرفق أدناه، أما ملف Summary.pdf فهو شهادة الإتمام التي تُصدرها المنصة تلقائياً ولا حاجة إليه.

وتفضلوا بقبول فائق الاحترام،

يوسف البلوشي
منسق المنصة
منصة الخليج للمجتمع المدني حول الهجرة

From: DocuSign NA2 System <dse_NA2@docusign.example.net>
Sent: Wednesday, February 10, 2021 12:41 PM
To: Yousef Al Balushi <y.albalushi@gulf-platform.example.org>
Subject: Completed: Please DocuSign: Joint_GCM_Voluntary_Report_Gulf_Platform.pdf

All parties have completed Please DocuSign: Joint_GCM_Voluntary_Report_Gulf_Platform.pdf.

VIEW COMPLETED DOCUMENT

Yousef Al Balushi
Gulf Civil Society Platform on Migration

Powered by DocuSign
Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
"""
    pdf = rep_pdf("Joint Voluntary GCM Review Report", "Gulf Civil Society Platform on Migration (5 members)",
                  ["Introduction", "Methodology", "Objectives 6, 12 and 22", "Challenges", "Recommendations",
                   "Signatures (DocuSign envelope 4F2A9C1E)"])
    summary = make_pdf(["Certificate Of Completion", "Envelope Id: 4F2A9C1E7B3D4E5F8A6B0C2D1E3F4A5B",
                        "Subject: Please DocuSign: Joint_GCM_Voluntary_Report_Gulf_Platform.pdf",
                        "Envelope Originator: Yousef Al Balushi", "Status: Completed", "Signer Events: 5 signers"])
    a = alt(text, "_000_DB8PR06MB6250E1A3C5F7B9D2_", html=outlook_html(text, lang="AR-SA", rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE), attach("application/pdf", summary, "Summary.pdf")],
                 "_006_DB8PR06MB6250E1A3C5F7B9D2_")
    subj = "FW: Completed: Please DocuSign: Joint_GCM_Voluntary_Report_Gulf_Platform.pdf"
    m = mk(when, sent_at(when, 4, 9), "mail-db8eur06on0624.outbound.protection.outlook.example.com", "198.51.100.124",
           "4F0nQ47sLbz3", "Yousef Al Balushi <y.albalushi@gulf-platform.example.org>", subj,
           "<DB8PR06MB6250E1A3C5F7B9D2@DB8PR06MB6250.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj[4:], "AQHW/5Ab1c2D3e4F5g6H7i8J9k0LmQ==", lang="ar-SA", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="a person forwards a DocuSign 'Completed' envelope (English notification in an Outlook header block under "
              "an Arabic body): the signed PDF is the collective report; 'Summary.pdf' is DocuSign's certificate of "
              "completion, a decoy the sender himself says is not needed. English subject and From name, Arabic "
              "body: acknowledge in Arabic."))


# ================================================================ 20  EN  other  question replying to our acknowledgement of 07
def m20():
    when = at("2021-02-11 09:45:40")
    text = """Dear colleagues,

Thank you for confirming receipt of our report and my request. Could you let me know when speakers will receive the Zoom links and the run of show for the plenary sessions? I also wanted to check whether interventions should be kept to three minutes, as some partners told us.

Best regards,
Nour

Nour Hamdan
Head of Research and Learning
Migrant Resource Centres Initiative (MRCI)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 6:50 PM
To: Nour Hamdan <n.hamdan@mrci.example.org>
Subject: Acknowledgement of receipt - MRCI voluntary GCM review report + plenary intervention

Dear Nour Hamdan,

We confirm receipt of your voluntary GCM review report (MRCI_GCM_Voluntary_Review_Feb2021.pdf) and of your request for a floor intervention in a plenary session. The secretariat will be in touch with the speakers selected.

GCM Regional Review - Arab States
"""
    subj = "RE: Acknowledgement of receipt - " + M07_SUBJ
    body = alt(text, "_000_VI1PR04MB6142C5A9E1F3B7D4_", html=outlook_html(text))
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur04on0629.outbound.protection.outlook.example.com", "198.51.100.29",
           "4F1P7m2dYvz8", "Nour Hamdan <n.hamdan@mrci.example.org>", subj,
           "<VI1PR04MB6142C5A9E1F3B7D4@VI1PR04MB6142.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj[4:], "AdcqTnQ1r2s3t4u5v6w7x8y9z0AbCwABkC3dZg==") + [
               ("In-Reply-To", ack_mid("4DWHq71kSnz2")), ("References", "%s %s" % (M07_ID, ack_mid("4DWHq71kSnz2")))])
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="reply to our acknowledgement of h222-07 (In-Reply-To our ack, References h222-07): not a bare thank-you "
              "but a logistics question (Zoom links, speaking time), so it is acknowledged; the quoted "
              "acknowledgement names the report file and the plenary request, nothing new is submitted; "
              "thread_of h222-07."))


# ================================================================ 21  AR  speaker  late, two speakers, labelled lines with honorifics, on behalf
def m21():
    when = at("2021-02-12 13:30:21")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

بتكليف من رئيس الاتحاد، نتشرف بترشيح السيدين التاليين للمشاركة في المؤتمر الإقليمي، مع اعتذارنا عن التأخر في الإرسال بسبب انعقاد المكتب التنفيذي يوم 9 شباط:

أولاً:
الاسم: الدكتور عادل بن سالم
الصفة: نائب رئيس الاتحاد
الجهة: الاتحاد العام التونسي للشغل - قسم الهجرة والتونسيين بالخارج
المشاركة: مداخلة في الجلسة العامة

ثانياً:
الاسم: السيدة آمنة الطرابلسي
الصفة: مسؤولة ملف العمال المهاجرين من جنوب الصحراء
الجهة: الاتحاد العام التونسي للشغل
المشاركة: المائدة المستديرة الأولى

وتقبلوا فائق عبارات التقدير والاحترام.

كمال الجندوبي
الكاتب العام المساعد
"""
    cid = "image001.png@01D7012B.4A3C2E10"
    html = outlook_html(text, cid, lang="AR-TN", rtl=True)
    sig_logo = logo(cid, (200, 30, 30), name="image001.png")
    rel = multi("related", [leaf("text/html", html), sig_logo], "_004_AM6PR02MB4837D1E6A9C3B5F7_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR02MB4837D1E6A9C3B5F7_")
    m = mk(when, sent_at(when, 1, 6), "mail-am6eur02on0615.outbound.protection.outlook.example.com", "198.51.100.115",
           "4F22cW8nRtz4", addr("كمال الجندوبي", "k.jendoubi@ugtt-migration.example.org"),
           hdr("ترشيح متحدثين - الاتحاد العام التونسي للشغل"),
           "<AM6PR02MB4837D1E6A9C3B5F7@AM6PR02MB4837.eurprd02.prod.outlook.example.com>", body,
           extra=outlook("ترشيح متحدثين", "AdcBK0o5p6q7r8s9t0u1v2w3x4y5zA==", lang="ar-TN"))
    add(21, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عادل بن سالم", "نائب رئيس الاتحاد", "الاتحاد العام التونسي للشغل - قسم الهجرة والتونسيين بالخارج", ["plenary"]),
        sp("آمنة الطرابلسي", "مسؤولة ملف العمال المهاجرين من جنوب الصحراء", "الاتحاد العام التونسي للشغل",
           ["roundtable"], 1)],
        notes="late (12 February) and apologises; sent by the assistant secretary-general on the president's "
              "instruction, not a speaker himself; two speakers in labelled blocks introduced by ordinal words; "
              "honorifics 'الدكتور' and 'السيدة' on the name lines dropped; the first affiliation names the union "
              "plus its department after a hyphen (a unit, not a place): kept as written, as a secretary would type "
              "the line; roundtable 'الأولى'. Outlook HTML with inline logo."))


# ================================================================ 22  FR  report  HTML-only webmail, collective PDF
M22_FILE = "Rapport_collectif_PMM_Plateforme_Migrations_Algerie_2021.pdf"


def m22():
    when = at("2021-02-15 10:00:48")
    inner = ("<div style=\"font-family:arial,helvetica,sans-serif;font-size:12pt\">"
             "<p>Bonjour,</p>"
             "<p>Au nom des huit associations membres de la <b>Plateforme Migrations Algérie</b>, j'ai le plaisir de vous "
             "adresser notre rapport collectif d'examen volontaire de la mise en œuvre du Pacte mondial sur les "
             "migrations (PMM), en pièce jointe.</p>"
             "<p>Ce rapport a été élaboré à partir d'ateliers tenus à Oran, Tamanrasset et Alger entre novembre et "
             "janvier, et d'un questionnaire en ligne rempli par 64 bénévoles.</p>"
             "<p>Restant à votre disposition,</p>"
             "<p>Salutations distinguées,</p>"
             "<p>--<br>Nassim Belkacem<br>Coordinateur<br>Plateforme Migrations Algérie</p></div>")
    pdf = rep_pdf("Rapport collectif d'examen volontaire du PMM", "Plateforme Migrations Algerie (8 associations)",
                  ["Introduction", "Methodologie (ateliers, questionnaire)", "Objectifs 1, 8, 13 et 17", "Defis",
                   "Recommandations"])
    h = html_only(inner, lang="fr")
    body = multi("mixed", [h, attach("application/pdf", pdf, M22_FILE)], "=_zmBound_7f2c_1613376048")
    m = mk(when, sent_at(when, 1, 5), "zimbra.pma-dz.example.org", "203.0.113.160", "4F4Gx03mZkz9",
           addr("Nassim Belkacem", "n.belkacem@pma-dz.example.org"),
           hdr("Rapport collectif PMM - Plateforme Migrations Algérie", enc="Q"),
           "<1839201477.88431.1613376043122.JavaMail.zimbra@pma-dz.example.org>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)"),
                  ("Thread-Topic", "Rapport collectif PMM - Plateforme Migrations Algérie")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="Zimbra, HTML-only body (no text/plain) with a collective report PDF; mentions an online questionnaire "
              "used to write the report (a tool, not a separate submission); 'œ' in the HTML."))


# ================================================================ 23  AR  both  DOCX report + speaker pasted from a Google Form, speaker part late
M23_FILE = "تقرير_المراجعة_الطوعية_رابطة_العائدين.docx"


def m23():
    when = at("2021-02-16 21:05:19")
    text = """السلام عليكم ورحمة الله،

مرفق تقرير المراجعة الطوعية الخاص برابطة العمال العائدين من الخليج.

كمان حابين نرشح زميلتنا للمشاركة في المؤتمر، وهذه بياناتها كما عبّأتها في الاستمارة عندنا:

الاسم الكامل: منى عبد الحميد
الوظيفة: مسؤولة برنامج إعادة الإدماج
المنظمة: رابطة العمال العائدين من الخليج (RGRW)
المدينة: أسيوط
الدور المطلوب: مقرّرة لتقديم الرسائل الرئيسية

ولو الميعاد فات بالنسبة للمتحدثين، يا ريت على الأقل تستلموا التقرير.

شكراً جزيلاً،
محمود فتحي
رابطة العمال العائدين من الخليج
"""
    docx = make_docx(["تقرير المراجعة الطوعية للاتفاق العالمي من أجل الهجرة",
                      "رابطة العمال العائدين من الخليج (RGRW)",
                      "1. مقدمة", "2. المنهجية", "3. التقدم المحرز (الأهداف 7 و18 و21)", "4. التحديات", "5. التوصيات"])
    a = alt(text, "000000000000e4f5a605bb6c2d18", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach(DOCX, docx, M23_FILE)], "000000000000e4f5a805bb6c2d1a")
    m = mk(when, sent_at(when, 2, 4), "mail-wr1-f43.google.example.com", "192.0.2.43", "4F5Vb12rWcz6",
           addr("محمود فتحي", "mahmoud.rgrw@gmail.example.com"), hdr("تقرير + ترشيح متحدثة - رابطة العائدين"),
           "<CAMz4hT7qL2nX9vB1sR5wK8yC3dF6gJ0eP2@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("منى عبد الحميد", "مسؤولة برنامج إعادة الإدماج", "رابطة العمال العائدين من الخليج (RGRW)", ["rapporteur"])],
        report_attachments=[M23_FILE],
        notes="both, received 16 February 21:05: the report part is on time (last day) but the speaker part is late, "
              "so on_time is false; Egyptian dialect; the speaker's details are pasted from the organisation's own "
              "form (labelled lines, with a separate 'المدينة' line that is not part of the affiliation); the sender "
              "is not the speaker; acronym kept; Arabic DOCX name as RFC 2231 + RFC 2047."))


# ================================================================ 24  FR  report  late, survey-platform receipt pasted, PDF attached
M24_FILE = "Rapport volontaire PMM - Caritas Rabat - fev 2021.pdf"


def m24():
    when = at("2021-02-17 09:05:36")
    text = """Bonjour,

Hier soir nous avons tenté de déposer notre rapport volontaire sur la plateforme du questionnaire en ligne, qui nous a renvoyé le reçu ci-dessous, mais nous ne sommes pas certains qu'un fichier déposé à cet endroit vous parvienne. Par précaution, le voici en pièce jointe.

Nous sommes conscients qu'il arrive un peu après le 16 février et vous remercions de votre compréhension.

> Votre réponse a bien été enregistrée.
> Formulaire : Consultation des parties prenantes - Examen régional du PMM
> Date de soumission : 16/02/2021 23:48
> Pièce jointe : aucune

Cordialement,
Hélène Ndiaye
Chargée de plaidoyer migrations
Caritas Rabat

Envoyé de mon iPad
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Caritas Rabat",
                  ["Introduction", "Methodologie", "Objectifs 7, 15 et 16", "Defis", "Recommandations"])
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [t1, attach("application/pdf", pdf, M24_FILE)], "Apple-Mail-6B2F8E1A-4C3D-4A7B-9E0F-1D2C3B4A5F60")
    m = mk(when, sent_at(when, 1, 8), "smtp.caritas-rabat.example.org", "203.0.113.174", "4F5qH26nXdz2",
           addr("Hélène Ndiaye", "plaidoyer@caritas-rabat.example.org", enc="Q"),
           hdr("Rapport volontaire PMM - Caritas Rabat", enc="Q"),
           "<7E3A1C9B-2D4F-4E6A-8B0C-5F1D3E7A9B2C@caritas-rabat.example.org>", body,
           extra=[("X-Mailer", "iPad Mail (18D52)")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (17 February 09:05) and says so; a pasted online-survey receipt dated 16/02 23:48 ('Pièce "
              "jointe : aucune') must not make it on time: on_time follows received_at; iPad, file name with spaces."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
