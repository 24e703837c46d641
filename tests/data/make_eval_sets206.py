#!/usr/bin/env python3
"""Write the blind evaluation set holdout206 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets206.py
Theme: international NGOs, foundations and think tanks that work on the Arab region from Europe or the Gulf
(1-18 February 2021): an executive assistant writing for a director in Brussels, a Kuwaiti foundation's
assistant on her phone, a Doha research centre proposing two researchers, a donor programme's Outlook meeting
request, a communications officer who sends a link instead of the report, long corporate signatures with
confidentiality notices and 'please consider the environment', an out-of-office, a bounce, thank-you and
'did you receive it?' follow-ups, and a revised report.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook, gmail_html, rep_pdf
from mailgen import ack_id, logo

SET = EvalSet(206)
add = SET.add

EN_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. They are intended solely for the use of the addressee(s). If you are not the intended recipient, please notify the sender immediately and delete this message; any use, disclosure, copying or distribution is strictly prohibited. Views expressed are those of the author and do not necessarily reflect those of the organisation.

Please consider the environment before printing this e-mail."""

FR_DISCLAIMER = """AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation ou diffusion non autorisée est interdite.
DISCLAIMER: This message and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it.

P Pensez à l'environnement avant d'imprimer ce courriel. / Please consider the environment before printing."""


def outlook_quote(frm, sent, to, subject, text, fr=False):
    if fr:
        head = "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (frm, sent, to, subject)
    else:
        head = "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (frm, sent, to, subject)
    return "________________________________\n" + head + "\n\n" + text


# ================================================================ 01  EN  speaker  executive assistant for a director
M01_ID = "<AM0PR09MB2945C1D8E7A64B21F0@AM0PR09MB2945.eurprd09.prod.outlook.example.com>"


def m01():
    when = at("2021-02-01 10:22:41")
    sent = sent_at(when, 1, 6)
    text = """Dear Sir/Madam,

I am writing on behalf of Dr Pieter Claes, who is travelling this week, with reference to your kind invitation to the Regional Review of the Global Compact for Migration in the Arab region.

Dr Claes would very much welcome the opportunity to make a floor intervention in one of the plenary sessions of the regional review conference (24-25 February), drawing on ECMPS' recent work on labour mobility partnerships between the EU and countries of the Southern Neighbourhood. His details are below:

Name: Dr Pieter Claes
Title: Director, Mediterranean and Middle East Programme
Organisation: European Centre for Migration Policy Studies (ECMPS), Brussels

He has registered on the conference platform. Please do not hesitate to copy me on any correspondence regarding logistics, as I manage his agenda.

With kind regards,

Charlotte Vermeulen
Executive Assistant to the Director
Mediterranean and Middle East Programme
European Centre for Migration Policy Studies (ECMPS)
Rue de la Loi 00 | 1040 Brussels | Belgium
T +32 2 000 00 00 | www.ecmps.example.eu

""" + EN_DISCLAIMER + "\n"
    subj = "Request to speak - Dr Pieter Claes (ECMPS) - GCM Regional Review, Arab region"
    body = alt(text, "_000_AM0PR09MB2945C1D8E7A64B21F0_")
    m = mk(when, sent, "mail-am0eur09on2104.outbound.protection.outlook.example.com", "198.51.100.104",
           "4DTn8q1Kc2z5", "Charlotte Vermeulen <c.vermeulen@ecmps.example.eu>", subj, M01_ID, body,
           extra=outlook(subj, "AQHW+GkYw3n5Qp0RTE2e1fXcVb7mKg==", lang="en-GB"),
           cc="Pieter Claes <p.claes@ecmps.example.eu>")
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Pieter Claes", "Director, Mediterranean and Middle East Programme",
           "European Centre for Migration Policy Studies (ECMPS)", ["plenary"])],
        notes="executive assistant writing on behalf of a director (speaker in Cc); her own signature repeats the "
              "programme and organisation and carries a title ('Executive Assistant to the Director') that is not "
              "a speaker. Title written with its programme, kept whole (dev 012); ', Brussels' after the "
              "organisation dropped (dev 004/013); acronym kept (dev 025). Long confidentiality notice and "
              "'Please consider the environment' footer."))


# ================================================================ 02  AR  speaker  assistant on her phone, Kuwait foundation
def m02():
    when = at("2021-02-01 14:05:12")
    sent = sent_at(when, 3, 9)
    text = """السلام عليكم ورحمة الله وبركاته

تحية طيبة،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية، يرغب الدكتور عادل ناصر الرشيد، المدير العام لمؤسسة الخليج للتنمية الإنسانية، في تقديم مداخلة ضمن المائدة المستديرة المواضيعية الأولى.

الدكتور حالياً في مهمة خارج الكويت، ولذلك أرسل الطلب نيابة عنه. برجاء إفادتنا بأي معلومات إضافية مطلوبة.

مع خالص التقدير،
نوف العنزي
مساعدة المدير العام
مؤسسة الخليج للتنمية الإنسانية

أُرسلت من الـ iPhone الخاص بي
"""
    body = alt(text, "Apple-Mail-7C1B2E90-4D3A-4F7E-9B21-0A6C5D8E3F11", rtl=True, b64=True)
    subj = "طلب مداخلة - د. عادل الرشيد"
    m = mk(when, sent, "mail.gfhd.example.org", "203.0.113.61", "4DTvB03Rk7z2",
           addr("Nouf Al-Enezi", "n.alenezi@gfhd.example.org"), hdr(subj), "<3F6A21C4-8E0B-4D77-A9E2-55B1C0D4E9F3@gfhd.example.org>",
           body, extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عادل ناصر الرشيد", "المدير العام", "مؤسسة الخليج للتنمية الإنسانية", ["roundtable"], 1)],
        notes="sent from an iPhone by the director's assistant on his behalf; speaker in prose with the honorific "
              "'الدكتور' (dropped) and the title joined to the organisation ('المدير العام لمؤسسة ...'); the "
              "organisation is written on its own line in the assistant's signature. Roundtable as the ordinal "
              "'الأولى'. Latin-script display name in From, Arabic body."))


# ================================================================ 03  FR  speaker  details only in the signature, Brussels foundation
M03_ID = "<CAF3kz9Qm1Wx7bY2Lp0dVn4Ht8sRj6Ue5Ga@mail.gmail.example.com>"
M03_SUBJ = "Consultation multipartite 23/02 - discussion ouverte"


def m03():
    when = at("2021-02-02 09:48:20")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Suite à votre courrier d'invitation, je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février, en particulier sur les voies légales de mobilité entre l'Union européenne et les pays d'Afrique du Nord et sur la situation des travailleuses domestiques.

Je me suis inscrite sur la plateforme hier soir. N'hésitez pas à me dire s'il manque quelque chose.

Bien à vous,

--
Margaux Delcourt
Chargée de programme Afrique du Nord & Moyen-Orient
Fondation Solidarités Sans Frontières (FSSF)
Rue du Marteau 00 – 1000 Bruxelles
+32 (0)2 000 00 00
"""
    body = alt(text, "000000000000a7c31905ba4e1c2d", html=gmail_html(text))
    m = mk(when, sent, "mail-wr1-f54.google.example.com", "192.0.2.54", "4DVH2n5Pq8z1",
           "Margaux Delcourt <margaux.delcourt@fssf.example.be>", hdr(M03_SUBJ, enc="Q"), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Margaux Delcourt", "Chargée de programme Afrique du Nord & Moyen-Orient",
           "Fondation Solidarités Sans Frontières (FSSF)", ["open_discussion"])],
        notes="the sender proposes herself; name, title and affiliation only in the signature block (dev 013); "
              "the address line with 'Bruxelles' is not part of the affiliation; acronym kept."))


# ================================================================ 04  FR  auto_reply  out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-02-02 09:50:33")
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 8 février inclus, avec un accès limité à mes courriels. Pour toute question urgente, vous pouvez contacter le secrétariat de la Fondation : info@fssf.example.be

I am out of the office until Monday 8 February with limited access to e-mail. For urgent matters please contact info@fssf.example.be

Margaux Delcourt
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-wr1-f54.google.example.com", "192.0.2.54", "4DVH4q0Tr2z6",
                    "Margaux Delcourt <margaux.delcourt@fssf.example.be>",
                    hdr("Réponse automatique : Accusé de réception - " + M03_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 1, 3)), "<CAF3kz9Qm1Wx7bY2Lp0dVn4Ht8sRj6Ue5Ga.vacation@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
                    ret="margaux.delcourt@fssf.example.be")
    rows += [("In-Reply-To", ack_id("4DVH2n5Pq8z1"))]
    add(4, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="vacation reply (French then English) of the sender of h206-03 to our acknowledgement, two minutes "
              "after her request; Auto-Submitted: auto-replied + X-Autoreply; subject carries the request subject. "
              "Never acknowledge (loop); thread_of null as for dev auto-replies."))


# ================================================================ 05  AR  speaker  Doha research centre, two speakers
M05_ID = "<DB9PR03MB7120A4E3F2C1B0D98E@DB9PR03MB7120.eurprd03.prod.outlook.example.com>"
M05_SUBJ = "ترشيح متحدثين - مركز الخليج لسياسات الهجرة والعمل"


def m05():
    when = at("2021-02-03 11:30:08")
    sent = sent_at(when, 3, 7)
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يتشرف مركز الخليج لسياسات الهجرة والعمل في الدوحة بترشيح اثنين من باحثيه للمشاركة في أعمال المؤتمر الاستعراضي الإقليمي، وذلك على النحو الآتي:

١) الاسم: الدكتورة ريم عبدالعزيز الكواري
   الصفة: مديرة البحوث
   الجهة: مركز الخليج لسياسات الهجرة والعمل
   الدور المقترح: مقررة لعرض الرسائل الرئيسية لأصحاب المصلحة

٢) الاسم: الأستاذ سعيد محمد المري
   الصفة: باحث رئيسي في برنامج حوكمة سوق العمل
   الجهة: مركز الخليج لسياسات الهجرة والعمل
   الدور المقترح: مداخلة في المائدة المستديرة المواضيعية الثانية

وقد تم تسجيل المرشحَين عبر المنصة الإلكترونية.

وتفضلوا بقبول فائق الاحترام،

إدارة الشراكات والاتصال
مركز الخليج لسياسات الهجرة والعمل
الدوحة – قطر
"""
    body = alt(text, "_000_DB9PR03MB7120A4E3F2C1B0D98E_", rtl=True)
    m = mk(when, sent, "mail-db9eur03on0712.outbound.protection.outlook.example.com", "198.51.100.12",
           "4DVq7Z1Xm3z4", addr("إدارة الشراكات - مركز الخليج", "partnerships@gcmlp.example.qa"), hdr(M05_SUBJ), M05_ID,
           body, extra=outlook(M05_SUBJ, "AdcKq1Rm2Nn3Oo4Pp5Qq6Rr7Ss8Tt==", lang="ar-QA"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم عبدالعزيز الكواري", "مديرة البحوث", "مركز الخليج لسياسات الهجرة والعمل", ["rapporteur"]),
        sp("سعيد محمد المري", "باحث رئيسي في برنامج حوكمة سوق العمل", "مركز الخليج لسياسات الهجرة والعمل",
           ["roundtable"], 2)],
        notes="sent by a department mailbox (no person signs); two speakers in a numbered list with Arabic-Indic "
              "numerals and labelled lines; honorifics 'الدكتورة' and 'الأستاذ' (used as 'Mr.') dropped; second "
              "title written with its programme, kept whole (dev 012). Our acknowledgement to this address "
              "bounces (h206-06)."))


# ================================================================ 06  EN  bounce  acknowledgement of 05 rejected
def m06():
    when = at("2021-02-03 11:31:02")
    text = POSTFIX_NOTICE + """
<partnerships@gcmlp.example.qa>: host mx.gcmlp.example.qa[203.0.113.90] said:
    550 5.7.1 <partnerships@gcmlp.example.qa>: Recipient address rejected:
    this distribution group does not accept mail from external senders (in
    reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVq8B2Yn0z7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; partnerships@gcmlp.example.qa\n"
           "Original-Recipient: rfc822;partnerships@gcmlp.example.qa\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Remote-MTA: dns; mx.gcmlp.example.qa\n"
           "Diagnostic-Code: smtp; 550 5.7.1 <partnerships@gcmlp.example.qa>: Recipient\n"
           "    address rejected: this distribution group does not accept mail from\n"
           "    external senders\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: partnerships@gcmlp.example.qa\n"
            "Subject: =?utf-8?b?2KXYtNi52KfYsSDYqNin2LPYqtmE2KfZhQ==?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=6)), ack_id("4DVq7Z1Xm3z4"), M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DVq8D4Zp1z9.1612344662/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVq8D4Zp1z9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203093102.4DVq8D4Zp1z9@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, 5.7.1: the Doha centre's department mailbox (a distribution group) refuses external "
              "senders, so our acknowledgement of h206-05 came back; returned headers only, with In-Reply-To naming "
              "h206-05. Never acknowledge; thread_of null as for dev bounces. The speakers of h206-05 stay registered; "
              "the secretariat should find another address."))


# ================================================================ 07  EN  speaker  phone, details only in the signature, rapporteur
def m07():
    when = at("2021-02-03 19:12:55")
    sent = sent_at(when, 0, 8)
    text = """Hi both -- apologies for the brevity, writing from the train.

I'd be keen to serve as one of the rapporteurs delivering the stakeholders' key messages at the conference, if you are still looking for people. Happy to join a prep call with the other rapporteurs in the week of the 15th.

Registered on the platform this afternoon.

Thanks,
Tom

Tom Ashworth
Senior Policy Adviser – Labour Mobility
Overseas Migration Policy Institute (OMPI)
London | Amman
@tashworth_ompi

Get Outlook for Android
"""
    body = alt(text, "_000_LO2P265MB3321F0E9D8C7B6A5_")
    subj = "Rapporteur role - GCM Arab regional review"
    m = mk(when, sent, "mail-lo2gbr01on0621.outbound.protection.outlook.example.com", "198.51.100.221",
           "4DW2Kx6Hd9z3", "Tom Ashworth <t.ashworth@ompi.example.org.uk>", subj,
           "<LO2P265MB3321F0E9D8C7B6A5@LO2P265MB3321.GBRP265.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW+m3Ff2GgHhIiJjKkLlMmNnOoPp==", lang="en-GB"))
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tom Ashworth", "Senior Policy Adviser – Labour Mobility", "Overseas Migration Policy Institute (OMPI)",
           ["rapporteur"])],
        notes="informal phone mail ('Get Outlook for Android', greeting 'Hi both'); the sender proposes himself and "
              "his full name, title and organisation are only in the signature; 'London | Amman' is a place line, "
              "not affiliation; en dash in the title kept as written."))


# ================================================================ 08  EN  other  Outlook meeting request from a donor programme
def m08():
    when = at("2021-02-04 09:10:27")
    sent = sent_at(when, 1, 6)
    text = """When: Wednesday, February 10, 2021 3:00 PM-4:00 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Zoom (link below)

Dear partners,

As several of you are preparing voluntary reports and speaker nominations for the Regional Review of the GCM in the Arab region, the MENA Programme of the Nordic Fund for Mobility and Development is holding a one-hour briefing for current grantees. We have copied the review secretariat in case a colleague is available to say a few words on the process; no preparation needed.

Agenda: (1) timeline and formats; (2) how grantees can coordinate their interventions; (3) AOB.

Best regards,
Ingrid Solberg
Programme Manager, MENA Programme
Nordic Fund for Mobility and Development
Copenhagen

Join Zoom Meeting
https://zoom.example.com/j/0000000000?pwd=nfmdmena
Meeting ID: 000 0000 0000
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Ingrid Solberg:mailto:i.solberg@nfmd.example.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=NFMD MENA grantees:mailto:mena-grantees@nfmd.example.dk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gcmrrarabstates@iom.int:mailto:gcmrrarabstates@iom.int
SUMMARY;LANGUAGE=en-GB:NFMD grantee briefing - GCM Regional Review (Arab region)
DTSTART;TZID=Romance Standard Time:20210210T150000
DTEND;TZID=Romance Standard Time:20210210T160000
UID:040000008200E00074C5B7101A82E00800000000B0F3C2D1E4FAD6010000000000000000100000004C7E2A91B3D54F6E8A0B1C2D3E4F5A6B
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20210204T081021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Zoom
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    a = alt(text, "_000_HE1PR07MB3390A1B2C3D4E5F6_")
    a.attach(leaf("text/calendar", ics, "utf-8", "base64", params=[("method", "REQUEST")]))
    subj = "NFMD grantee briefing - GCM Regional Review (Arab region)"
    m = mk(when, sent, "mail-he1eur07on0108.outbound.protection.outlook.example.com", "198.51.100.108",
           "4DWP1c3Vv5z8", "Ingrid Solberg <i.solberg@nfmd.example.dk>", subj,
           "<HE1PR07MB3390A1B2C3D4E5F6@HE1PR07MB3390.eurprd07.prod.outlook.example.com>", a,
           to="NFMD MENA grantees <mena-grantees@nfmd.example.dk>",
           cc="\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>",
           extra=outlook(subj, "AdcX0aBbCcDdEeFfGgHhIiJjKkLl==", lang="en-GB"))
    add(8, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="calendar-style mail: Outlook meeting request (text + HTML + text/calendar method=REQUEST) from a "
              "donor programme to its grantees, the review address in Cc as optional attendee; it talks about "
              "voluntary reports and speaker nominations but submits none. Not covered by LABELS.md/dev: written by "
              "a person to the address (not list traffic, not automatic), so a secretary would register it as "
              "'other' and acknowledge, answering the invitation separately."))


# ================================================================ 09  EN  both  Geneva foundation, PDF + roundtable 4, logo
def m09():
    when = at("2021-02-04 15:40:19")
    sent = sent_at(when, 1, 9)
    text = """Dear colleagues,

On behalf of the Lake Geneva Humanitarian Foundation (LGHF), please find attached our voluntary GCM review report for the Arab region. It draws on our grant-making and field monitoring in Lebanon, Jordan and Iraq between 2018 and 2020, with a focus on objectives 7 (vulnerabilities), 15 (access to basic services) and 16 (inclusion and social cohesion).

We would also like to propose our Head of MENA Desk, Ms Sophie Marchetti, to take the floor in Roundtable IV of the conference, where our findings on access to services for migrants in irregular situations seem most relevant.

Thank you for organising this process. We remain available for any clarification.

Kind regards,

Daniel Aebischer
Senior Programme Officer | MENA Desk
[cid:image001.png@01D6FAE1.5C2B8A10]
Lake Geneva Humanitarian Foundation
Chemin des Anémones 00 | 1219 Geneva | Switzerland

""" + EN_DISCLAIMER + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div><p>Dear colleagues,</p>"
            "<p>On behalf of the Lake Geneva Humanitarian Foundation (LGHF), please find attached our voluntary GCM "
            "review report for the Arab region. It draws on our grant-making and field monitoring in Lebanon, Jordan "
            "and Iraq between 2018 and 2020, with a focus on objectives 7 (vulnerabilities), 15 (access to basic "
            "services) and 16 (inclusion and social cohesion).</p>"
            "<p>We would also like to propose our Head of MENA Desk, Ms Sophie Marchetti, to take the floor in "
            "Roundtable IV of the conference, where our findings on access to services for migrants in irregular "
            "situations seem most relevant.</p>"
            "<p>Thank you for organising this process. We remain available for any clarification.</p>"
            "<p>Kind regards,</p>"
            "<p><b>Daniel Aebischer</b><br>Senior Programme Officer | MENA Desk<br>"
            "<img src=\"cid:image001.png@01D6FAE1.5C2B8A10\" width=\"120\" height=\"40\" alt=\"LGHF\"><br>"
            "Lake Geneva Humanitarian Foundation<br>Chemin des Anémones 00 | 1219 Geneva | Switzerland</p>"
            "<p style=\"font-size:8pt;color:#808080\">" + EN_DISCLAIMER.replace("\n\n", "</p><p style=\"font-size:8pt;color:#2e7d32\">")
            + "</p></div></body></html>\n")
    fname = "LGHF_Voluntary_GCM_Review_Arab_Region_2021.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Lake Geneva Humanitarian Foundation (LGHF)",
                  ["Scope and sources", "Objective 7", "Objective 15", "Objective 16", "Recommendations"])
    related = multi("related", [alt(text, "_000_ZR0P278MB0412E5D6C7B8A9F0_", html=html),
                                logo("image001.png@01D6FAE1.5C2B8A10", (0, 84, 147))],
                    "_005_ZR0P278MB0412E5D6C7B8A9F0_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_006_ZR0P278MB0412E5D6C7B8A9F0_")
    subj = "LGHF voluntary GCM review report + speaker proposal (Roundtable IV)"
    m = mk(when, sent, "mail-zr0che01on0612.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWbT47Lw2z0", "Daniel Aebischer <d.aebischer@lghf.example.ch>", subj,
           "<ZR0P278MB0412E5D6C7B8A9F0@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW+v7Rr8SsTtUuVvWwXxYyZz01==", has_attach="yes"))
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Sophie Marchetti", "Head of MENA Desk", "Lake Geneva Humanitarian Foundation (LGHF)",
               ["roundtable"], 4)],
        notes="report (PDF) and a speaker proposal in one message, both on time; the speaker is a colleague of the "
              "sender, described in prose ('our Head of MENA Desk, Ms Sophie Marchetti'); roundtable as Roman 'IV'. "
              "Outlook related/alternative with an inline logo (image001.png, not part of the report); sender's own "
              "title in the signature is not a speaker; disclaimer and environment footer."))


# ================================================================ 10  FR  speaker  HTML-only table, two speakers, last minutes of 5 Feb
M10_ID = "<1612562256.48213.oeam@webmail.oeam.example.fr>"
M10_SUBJ = "OEAM - propositions d'intervenants pour la Conférence régionale d'examen du PMM"


def m10():
    when = at("2021-02-05 23:57:40")
    sent = sent_at(when, 1, 4)
    inner = """<p>Madame, Monsieur,</p>
<p>L'Observatoire Euro-Arabe des Mobilités (OEAM), centre de recherche indépendant basé à Paris, souhaite proposer deux intervenants pour la Conférence régionale d'examen du Pacte mondial pour les migrations (24-25 février 2021) :</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Nom</th><th>Fonction</th><th>Organisation</th><th>Session souhaitée</th></tr>
<tr><td>Mme Claire Dubois-Haddad</td><td>Directrice scientifique</td><td>OEAM</td><td>Session plénière</td></tr>
<tr><td>M. Nabil Zerrouki</td><td>Chercheur associé</td><td>OEAM</td><td>Table ronde thématique 2</td></tr>
</table>
<p>Les deux intervenants se sont inscrits sur la plateforme. Je vous prie de nous excuser pour cet envoi tardif, à quelques minutes de l'échéance.</p>
<p>Bien cordialement,</p>
<p>Claire Dubois-Haddad<br>Directrice scientifique<br>Observatoire Euro-Arabe des Mobilités<br>75011 Paris</p>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent, "webmail.oeam.example.fr", "203.0.113.140", "4DXf0R6Mb1z2",
           "=?UTF-8?Q?Claire_Dubois-Haddad?= <c.dubois-haddad@oeam.example.fr>", hdr(M10_SUBJ, enc="Q"), M10_ID,
           body, extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Claire Dubois-Haddad", "Directrice scientifique", "Observatoire Euro-Arabe des Mobilités (OEAM)",
           ["plenary"]),
        sp("Nabil Zerrouki", "Chercheur associé", "Observatoire Euro-Arabe des Mobilités (OEAM)", ["roundtable"], 2)],
        notes="edge: received 23:57:40 Beirut time on 5 February (Date 22:57 +0100): on time. HTML-only with a table "
              "of two speakers whose organisation cell only says 'OEAM': recorded with the fullest form the message "
              "writes ('Observatoire Euro-Arabe des Mobilités (OEAM)' in the first paragraph); 'Mme'/'M.' dropped; "
              "the sender is also the first speaker."))


# ================================================================ 11  EN  speaker  late, Dubai think tank, pasted nomination form
def m11():
    when = at("2021-02-07 13:20:36")
    sent = sent_at(when, 4, 10)
    text = """Dear GCM Regional Review Secretariat,

Greetings from Dubai.

I am reaching out on behalf of our Executive Director regarding speaking opportunities at the Regional Review Conference. I understand the deadline for speaker requests was last Friday; our internal clearance took longer than expected and I would be grateful if the nominations below could still be considered.

Please see the details as completed in our internal nomination form:

---------- Speaker nomination form ----------
Speaker 1
Full name: Dr. Ahmed Al-Mansoori
Position: Executive Director
Institution: Gulf Institute for Labour and Mobility Research (GILMR)
Preferred session: Plenary (24 Feb)

Speaker 2
Full name: Ms. Joanna Petrakis
Position: Research Fellow, Migration Governance Unit
Institution: GILMR - Dubai
Preferred session: Thematic roundtable 3 (or any other if full)
---------------------------------------------

Both speakers can intervene in English; Dr. Al-Mansoori can also speak in Arabic.

Many thanks and best regards,

Priya Menon
Events & Partnerships Coordinator
Gulf Institute for Labour and Mobility Research (GILMR)
Dubai International Academic City | Dubai, UAE
M +971 50 000 0000

""" + EN_DISCLAIMER + "\n"
    body = alt(text, "000000000000d4e5f605bae1c2a3", html=gmail_html(text))
    subj = "Late speaker nominations - GILMR"
    m = mk(when, sent, "mail-pj1-f45.google.example.com", "192.0.2.45", "4DYL9s2Qc6z7",
           "Priya Menon <priya.menon@gilmr.example.ae>", subj,
           "<CAH7tR2xV9wK4mN1pQ6sL3dF8gJ0bZ5cX2yA@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ahmed Al-Mansoori", "Executive Director", "Gulf Institute for Labour and Mobility Research (GILMR)",
           ["plenary"]),
        sp("Joanna Petrakis", "Research Fellow, Migration Governance Unit",
           "Gulf Institute for Labour and Mobility Research (GILMR)", ["roundtable"], 3)],
        notes="late (7 February) and says so; sent by an events coordinator on behalf of her Executive Director; "
              "details in a pasted internal nomination form. Speaker 2's institution is written 'GILMR - Dubai': "
              "place dropped and the acronym recorded with the fullest form the message writes (as dev 035 "
              "resolves a reference); title with its unit kept whole; 'Dr.'/'Ms.' dropped; 'or any other if full' "
              "keeps roundtable 3 as first choice."))


# ================================================================ 12  FR  other  thank-you reply to our acknowledgement of 10
def m12():
    when = at("2021-02-08 10:05:51")
    sent = sent_at(when, 1, 5)
    text = """Merci beaucoup pour votre accusé de réception, et bonne semaine à toute l'équipe.

Claire

Envoyé de mon iPhone

> Le 5 févr. 2021 à 22:58, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Madame, Monsieur,
>
> Nous accusons réception de votre message « OEAM - propositions d'intervenants pour la Conférence régionale d'examen du PMM ».
> Le secrétariat examinera les propositions d'intervenants et reviendra vers vous.
>
> Secrétariat de l'examen régional du PMM – région arabe
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "webmail.oeam.example.fr", "203.0.113.140", "4DYw3H8Pf0z5",
           "=?UTF-8?Q?Claire_Dubois-Haddad?= <c.dubois-haddad@oeam.example.fr>",
           hdr("Re: Accusé de réception - " + M10_SUBJ, enc="Q"),
           "<6B0E1D44-21F7-4C3A-9E8B-7A2C5F0D1E93@oeam.example.fr>", body,
           extra=[("In-Reply-To", ack_id("4DXf0R6Mb1z2")), ("References", M10_ID + " " + ack_id("4DXf0R6Mb1z2")),
                  ("X-Mailer", "iPhone Mail (18D52)")])
    add(12, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h206-10.eml",
        notes="thank-you reply from an iPhone to our acknowledgement of h206-10, adding nothing new: not acknowledged "
              "(LABELS.md). thread_of h206-10 (References carries its Message-ID); the quoted acknowledgement talks "
              "about speaker proposals."))


# ================================================================ 13  AR  other  questions from a Gulf humanitarian fund
def m13():
    when = at("2021-02-08 12:40:03")
    sent = sent_at(when, 3, 6)
    text = """مساء الخير،

نحن في صندوق الخليج للعمل الإنساني نجهّز تقريراً طوعياً عن برامجنا لدعم العمالة المهاجرة في المنطقة، وعندنا كم سؤال قبل ما نرسل:

١- هل يمكن إرسال التقرير باللغة الإنجليزية فقط، أم لا بد من نسخة عربية؟
٢- هل في حد أقصى لعدد الصفحات؟ تقريرنا حالياً حوالي ٤٠ صفحة مع الملاحق.
٣- هل سيتم نشر التقارير على موقعكم؟ نحتاج نعرف ذلك قبل الموافقة الداخلية.

وشكراً جزيلاً على جهودكم.

هيا الدوسري
مسؤولة برامج – إدارة الشراكات الدولية
صندوق الخليج للعمل الإنساني
الرياض
"""
    body = alt(text, "000000000000e1f2a305bb0a9c8d", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent, "mail-ed1-f41.google.example.com", "192.0.2.41", "4DZ0Tq7Kb3z6",
           addr("هيا الدوسري", "haya.aldosari@gfha.example.sa"), hdr("استفسار حول التقرير الطوعي"),
           "<CAB9mW3pN6xQ1rT8vK2sJ5dL0fH4gZ7cY1eB@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions (language, length, publication) about a voluntary report that is still being prepared: "
              "nothing submitted; Gulf colloquial touches ('عندنا كم سؤال', 'هل في حد أقصى'); the sender's "
              "title in the signature is not a speaker request."))


# ================================================================ 14  FR  speaker  late, on behalf, title with its unit
def m14():
    when = at("2021-02-08 17:30:14")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Au nom de la Fondation pour la Coopération Euro-Méditerranéenne (FCEM), j'ai l'honneur de vous proposer la candidature de M. Bertrand Lefèvre-Saïdi, Responsable du pôle Moyen-Orient et Afrique du Nord, pour une intervention lors de la table ronde thématique n° 3 de la Conférence régionale d'examen.

Conscients que la date limite du 5 février est dépassée, nous vous serions reconnaissants de bien vouloir examiner cette demande si l'organisation des tables rondes le permet encore.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Élodie Carpentier
Chargée de mission – Partenariats institutionnels
Fondation pour la Coopération Euro-Méditerranéenne
Marseille
Tél. : +33 (0)4 00 00 00 00

""" + FR_DISCLAIMER + "\n"
    body = alt(text, "_000_PAXPR10MB5128C3D2E1F0A9B8_")
    subj = "Candidature intervenant - FCEM - table ronde 3"
    m = mk(when, sent, "mail-pax10on0203.outbound.protection.outlook.example.com", "198.51.100.203",
           "4DZ9Fv1Wh8z3", addr("CARPENTIER Élodie", "e.carpentier@fcem.example.fr", enc="Q"), subj,
           "<PAXPR10MB5128C3D2E1F0A9B8@PAXPR10MB5128.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcXpQr1Ss2Tt3Uu4Vv5Ww6Xx7Yy==", lang="fr-FR"))
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Bertrand Lefèvre-Saïdi", "Responsable du pôle Moyen-Orient et Afrique du Nord",
           "Fondation pour la Coopération Euro-Méditerranéenne (FCEM)", ["roundtable"], 3)],
        notes="late (8 February), acknowledged in the text; sent by a chargée de mission on behalf of the "
              "organisation; speaker in administrative prose with 'M.' (dropped); title with its unit (pôle) kept "
              "whole; From display name 'SURNAME First name' as Outlook directories write it; bilingual "
              "confidentiality notice and environment footer."))


# ================================================================ 15  FR  both  Geneva think tank, DOCX + two speakers (speaker part late)
def m15():
    when = at("2021-02-09 16:15:47")
    sent = sent_at(when, 1, 8)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Centre genevois d'analyse des politiques migratoires (CGAPM) dans le cadre de l'examen régional du Pacte mondial pour les migrations pour la région arabe.

Par ailleurs, nous souhaiterions proposer deux intervenants :
- Nom : Pr Laurent Meyer-Khalil – Fonction : Directeur – Organisation : CGAPM – Rôle : intervention en plénière
- Nom : Yasmina Berrada – Fonction : Chargée de recherche – Organisation : CGAPM – Rôle : discussion ouverte de la consultation multipartite du 23 février

Nous savons que le délai pour les intervenants était fixé au 5 février ; si des places restent disponibles, nous serions heureux d'y contribuer.

Avec nos meilleures salutations,

Yasmina Berrada
Chargée de recherche
CGAPM | Centre genevois d'analyse des politiques migratoires
Genève
"""
    fname = "CGAPM_Rapport_volontaire_PMM_region_arabe_2021.docx"
    docx = make_docx(["Centre genevois d'analyse des politiques migratoires (CGAPM)",
                      "Rapport volontaire - Examen régional du PMM, région arabe, 2021",
                      "1. Méthodologie", "2. Migrations de travail vers les pays du Golfe",
                      "3. Retours et réintégration", "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, docx, fname)], "------------A1B2C3D4E5F60718293A4B5C")
    m = mk(when, sent, "smtp.cgapm.example.ch", "203.0.113.118", "4DZjN5Rt0z8",
           "Yasmina Berrada <y.berrada@cgapm.example.ch>", hdr("Rapport volontaire CGAPM + intervenants", enc="Q"),
           "<b3e1f0a2-7c44-4d1e-9a8b-6f5e4d3c2b1a@cgapm.example.ch>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Laurent Meyer-Khalil", "Directeur", "Centre genevois d'analyse des politiques migratoires (CGAPM)",
               ["plenary"]),
            sp("Yasmina Berrada", "Chargée de recherche",
               "Centre genevois d'analyse des politiques migratoires (CGAPM)", ["open_discussion"])],
        notes="both, received 9 February: the report is on time but the speaker part is late, so on_time false "
              "(dev 035). Two speakers on dashed one-line labelled entries whose organisation says only 'CGAPM': "
              "recorded with the fullest form written in the first paragraph; 'Pr' (professor) dropped as an "
              "honorific; the sender is the second speaker. Thunderbird, format=flowed, 8bit."))


# ================================================================ 16  FR  report  communications officer sends a link
def m16():
    when = at("2021-02-10 11:00:29")
    sent = sent_at(when, 1, 5)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>L'Institut Prospective Méditerranée (IPM) a le plaisir de vous transmettre sa contribution à l'examen régional du Pacte mondial pour les migrations : <b>« Mobilités de travail entre l'Europe et le monde arabe : bilan de trois ans de mise en œuvre du PMM »</b>.</p>
<p>Le rapport est téléchargeable à l'adresse suivante (PDF, 3,8 Mo) :<br>
<a href="https://www.ipm.example.fr/publications/2021/rapport-pmm-region-arabe.pdf">https://www.ipm.example.fr/publications/2021/rapport-pmm-region-arabe.pdf</a></p>
<p>Le fichier étant trop volumineux pour notre messagerie, nous n'avons pas pu le joindre. N'hésitez pas à me le signaler si le lien ne fonctionne pas.</p>
<p>Bien cordialement,</p>
<p><b>Inès Moreau-Benali</b><br>Chargée de communication<br>Institut Prospective Méditerranée<br>
<a href="https://twitter.example.com/IPM_med">@IPM_med</a> | <a href="https://www.ipm.example.fr">www.ipm.example.fr</a></p>
<p style="color:#2e7d32;font-size:8pt">Pensez à l'environnement : n'imprimez ce courriel que si nécessaire.</p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent, "mail-mr2fra01on0111.outbound.protection.outlook.example.com", "198.51.100.111",
           "4F0Kx2Lc9z1", "=?iso-8859-1?Q?In=E8s_Moreau-Benali?= <communication@ipm.example.fr>",
           hdr("Contribution de l'IPM - examen régional du PMM (lien de téléchargement)", enc="Q"),
           "<MR2P264MB0731B6A5C4D3E2F1@MR2P264MB0731.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook("Contribution de l'IPM - examen régional du PMM (lien de téléchargement)",
                         "AdcZ9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr==", lang="fr-FR"))
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the communications officer submits the report as a download link: nothing attached and the report is "
              "not in the body (dev 049): report_attachments empty, the secretariat has to fetch the file. HTML-only "
              "Outlook mail from a shared 'communication@' mailbox; environment footer."))


# ================================================================ 17  AR  speaker  late, two speakers, Manama regional office, HTML only
def m17():
    when = at("2021-02-10 13:45:52")
    sent = sent_at(when, 3, 6)
    inner = """<p>السادة أمانة الاستعراض الإقليمي المحترمين،</p>
<p>تحية طيبة وبعد،</p>
<p>يسرّ المكتب الإقليمي لمنظمة كرامة العمال الدولية في المنامة أن يرشّح متحدثَين للمشاركة في المؤتمر الاستعراضي الإقليمي للاتفاق العالمي للهجرة (٢٤-٢٥ فبراير ٢٠٢١):</p>
<ul>
<li>السيدة لمى حداد، مديرة المكتب الإقليمي لمنطقة الخليج في منظمة كرامة العمال الدولية، للمداخلة في المائدة المستديرة المواضيعية الرابعة؛</li>
<li>السيد كريم بوزيد، مسؤول المناصرة في المنظمة، للمداخلة في إحدى الجلسات العامة.</li>
</ul>
<p>ونعتذر عن التأخر في إرسال الترشيحات بعد الموعد المحدد، إذ لم تصلنا الدعوة إلا متأخرة عبر شركائنا.</p>
<p>مع فائق الاحترام والتقدير،</p>
<p>منسق البرامج<br>منظمة كرامة العمال الدولية – المكتب الإقليمي للخليج<br>المنامة، مملكة البحرين</p>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar")
    m = mk(when, sent, "mail.kwi-gulf.example.org", "203.0.113.77", "4F0N8d5Hs2z4",
           addr("منظمة كرامة العمال الدولية - مكتب الخليج", "gulf.office@kwi.example.org"),
           hdr("ترشيح متحدثين للمؤتمر الإقليمي (متأخر)"),
           "<20210210114546.7F3A2C1B@kwi-gulf.example.org>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("لمى حداد", "مديرة المكتب الإقليمي لمنطقة الخليج", "منظمة كرامة العمال الدولية", ["roundtable"], 4),
        sp("كريم بوزيد", "مسؤول المناصرة", "منظمة كرامة العمال الدولية", ["plenary"])],
        notes="late (10 February) and says so; HTML-only (base64) with the two speakers in a bullet list, in prose "
              "'السيدة/السيد' (dropped); the first title is written with its unit (kept whole, dev 012); the second "
              "speaker's affiliation only by reference ('في المنظمة', as dev 035). The signature names the regional "
              "office and the city: the speakers' affiliation is the organisation as written in their lines."))


# ================================================================ 18  EN  report  London think tank, Outlook, PDF + logo + disclaimer
M18_ID = "<CWLP123MB4471F9E8D7C6B5A4@CWLP123MB4471.GBRP123.PROD.OUTLOOK.example.com>"
M18_SUBJ = "TFGA submission - Voluntary GCM Review (Arab region)"
M18_TEXT = """Dear Regional Review team,

Please find attached the voluntary review report prepared by the Middle East and North Africa Programme of the Thames Forum for Global Affairs, as our contribution to the Regional Review of the GCM in the Arab region.

The report looks at the implementation of objectives 5, 6 and 22 (regular pathways, fair recruitment, portability of social security) in the GCC countries and in the main countries of origin of migrant workers in the region, drawing on interviews conducted in 2020.

We would be grateful for a short confirmation of receipt.

Best wishes,

Dr Eleanor Whitfield
Research Manager, MENA Programme
Thames Forum for Global Affairs
10 Example Square, London SW1A 0AA
www.tfga.example.org.uk | @TFGA_MENA

""" + EN_DISCLAIMER + "\n"


def m18():
    when = at("2021-02-11 10:30:06")
    sent = sent_at(when, 0, 7)
    fname = "TFGA_MENA_Voluntary_GCM_Review_Feb2021.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Thames Forum for Global Affairs - MENA Programme",
                  ["Executive summary", "Objective 5", "Objective 6", "Objective 22", "Recommendations"])
    related = multi("related", [alt(M18_TEXT, "_000_CWLP123MB4471F9E8D7C6B5A4_"),
                                logo("image002.png@01D70054.3A9B1C20", (120, 20, 40), "image002.png")],
                    "_005_CWLP123MB4471F9E8D7C6B5A4_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_006_CWLP123MB4471F9E8D7C6B5A4_")
    m = mk(when, sent, "mail-cwlgbr01on0133.outbound.protection.outlook.example.com", "198.51.100.133",
           "4F16Bq2Mv7z0", "Eleanor Whitfield <e.whitfield@tfga.example.org.uk>", M18_SUBJ, M18_ID, body,
           extra=outlook(M18_SUBJ, "AQHXAAa1Bb2Cc3Dd4Ee5Ff6Gg7Hh==", lang="en-GB", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook mixed > related > alternative; the inline logo image002.png is not part of the report; the "
              "sender's 'Dr' and research-manager title in the signature are not a speaker request; long "
              "confidentiality notice and environment footer. A 'did you receive it?' follow-up comes later "
              "(h206-21)."))


# ================================================================ 19  AR  report  Muscat foundation, Gmail, Arabic file name
M19_ID = "<CAJ4xR8nP2wT6mV0qK9sL1dF3gH7bZ5cN8yU@mail.gmail.example.com>"
M19_SUBJ = "التقرير الطوعي لمؤسسة الواحة للتنمية المجتمعية"


def m19():
    when = at("2021-02-12 12:10:44")
    sent = sent_at(when, 4, 6)
    text = """السلام عليكم،

تجدون مرفقاً التقرير الطوعي لمؤسسة الواحة للتنمية المجتمعية حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع تركيز على أوضاع العمالة المنزلية في سلطنة عُمان ودول الخليج المجاورة.

أعد التقرير فريق البحث في المؤسسة بالتعاون مع شبكة من المتطوعين، ويتضمن توصيات موجهة إلى الحكومات وأصحاب العمل.

نرجو التكرم بتأكيد الاستلام.

مع الشكر والتقدير،
سالم بن خميس الحارثي
رئيس قسم البحوث
مؤسسة الواحة للتنمية المجتمعية – مسقط
"""
    fname = "تقرير مؤسسة الواحة - الاتفاق العالمي للهجرة.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report (Arabic)", "Al Waha Foundation for Community Development",
                  ["Introduction", "Domestic workers", "Recruitment", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000b2c3d405bb3e4f5a", html=gmail_html(text, rtl=True), b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000b2c3d505bb3e4f5c")
    m = mk(when, sent, "mail-lf1-f47.google.example.com", "192.0.2.47", "4F1nW6Xk3z2",
           addr("سالم الحارثي", "salim.alharthi.waha@gmail.example.com"), hdr(M19_SUBJ), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gmail, base64 text parts; Arabic PDF name with spaces and a dash (RFC 2231 filename*, RFC 2047 name); "
              "replaced by a revised version after the deadline (h206-24)."))


# ================================================================ 20  AR  both  Abu Dhabi institute, PDF + open discussion (speaker part late)
def m20():
    when = at("2021-02-14 10:20:31")
    sent = sent_at(when, 4, 9)
    text = """حضرات المسؤولين عن الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة،

يسرّ معهد الخليج للسياسات السكانية (GIPP) أن يرفق طيّه تقريره الطوعي عن تنفيذ الاتفاق العالمي في دول مجلس التعاون الخليجي.

كما نرغب في أن يشارك الدكتور منصور سالم الكعبي، كبير الباحثين في المعهد، في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم ٢٣ فبراير، إن أمكن ذلك رغم انقضاء موعد طلبات المداخلات.

وتقبلوا فائق الاحترام،

مريم يوسف الحمادي
مديرة الاتصال المؤسسي
معهد الخليج للسياسات السكانية
أبوظبي، الإمارات العربية المتحدة
"""
    fname = "GIPP_GCM_Voluntary_Report_2021_AR.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Gulf Institute for Population Policies (GIPP)",
                  ["Introduction", "Labour mobility in the GCC", "Wage protection", "Recommendations"])
    body = multi("mixed", [alt(text, "_000_DXBP195MB0290A9B8C7D6E5F4_", rtl=True),
                           attach("application/pdf", pdf, fname)], "_004_DXBP195MB0290A9B8C7D6E5F4_")
    subj = "التقرير الطوعي لمعهد الخليج للسياسات السكانية + طلب مشاركة"
    m = mk(when, sent, "mail-dxb1on0190.outbound.protection.outlook.example.com", "198.51.100.190",
           "4F2rM9Pq5z8", addr("Maryam Al Hammadi", "m.alhammadi@gipp.example.ae"), hdr(subj),
           "<DXBP195MB0290A9B8C7D6E5F4@DXBP195MB0290.ARE195.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHXAr1Ss2Tt3Uu4Vv5Ww6Xx7Yy8==", lang="ar-AE", has_attach="yes"))
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("منصور سالم الكعبي", "كبير الباحثين", "معهد الخليج للسياسات السكانية (GIPP)", ["open_discussion"])],
        notes="both, 14 February: report on time, speaker part late (the sender says so), so on_time false. The "
              "speaker is a colleague described in prose ('الدكتور' dropped; 'في المعهد' refers back to the "
              "institute named with its Latin acronym in the first paragraph, recorded with the acronym as written "
              "there). The sender is a communications director, not a speaker."))


# ================================================================ 21  EN  other  'did you receive it?' follow-up to 18
def m21():
    when = at("2021-02-15 09:05:18")
    sent = sent_at(when, 0, 6)
    text = """Dear colleagues,

Just a quick follow-up on my message below: could you please confirm that our report reached you? We have not received any confirmation and I want to make sure the attachment came through before the deadline tomorrow.

Many thanks,
Eleanor

Dr Eleanor Whitfield
Research Manager, MENA Programme
Thames Forum for Global Affairs

""" + outlook_quote("Eleanor Whitfield <e.whitfield@tfga.example.org.uk>", "11 February 2021 08:29",
                    "gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>", M18_SUBJ, M18_TEXT)
    body = alt(text, "_000_CWLP123MB4471A0B1C2D3E4F5_")
    subj = "RE: " + M18_SUBJ
    m = mk(when, sent, "mail-cwlgbr01on0133.outbound.protection.outlook.example.com", "198.51.100.133",
           "4F3Dk1Vr8z5", "Eleanor Whitfield <e.whitfield@tfga.example.org.uk>", subj,
           "<CWLP123MB4471A0B1C2D3E4F5@CWLP123MB4471.GBRP123.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHXAAa1Bb2Cc3Dd4Ee5Ff6Gg7HhAGbK9Qw==", lang="en-GB")
           + [("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(21, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h206-18.eml",
        notes="'did you receive it?' follow-up (dev 040) replying to the sender's own submission h206-18, whose "
              "full text (with the report description and disclaimer) is quoted Outlook-style, not '>'-prefixed; "
              "nothing attached now: a question, not a new submission."))


# ================================================================ 22  AR  report  Kuwait observatory, DOCX, 23:41 on 16 Feb
def m22():
    when = at("2021-02-16 23:41:09")
    sent = sent_at(when, 3, 5)
    text = """الأخوة الكرام،

مرفق تقرير مرصد الكويت لحقوق العمالة الوافدة ضمن الاستعراض الطوعي للاتفاق العالمي للهجرة. اعذرونا على التأخير، كنا ننتظر الموافقة النهائية من مجلس الأمناء اليوم.

تحياتي،
عبدالرحمن
مرصد الكويت لحقوق العمالة الوافدة
"""
    fname = "Report_GCM_Arabic_final.docx"
    docx = make_docx(["مرصد الكويت لحقوق العمالة الوافدة", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة ٢٠٢١",
                      "أولاً: المنهجية", "ثانياً: نظام الكفالة", "ثالثاً: التوصيات"])
    body = multi("mixed", [alt(text, "----=_Part_81234_1920384756.1613511664000", rtl=True),
                           attach(DOCX, docx, fname)], "----=_Part_81233_1729384756.1613511664000")
    m = mk(when, sent, "sonic.mail.yahoo.example.com", "192.0.2.88", "4F3xG7Nm2z4",
           addr("Abdulrahman K.", "abdulrahman_kwobs@yahoo.example.com"), hdr("تقرير المرصد"),
           "<1847263510.81235.1613511664000@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:41 Beirut time on 16 February (Date 00:41 +0300 on the 17th for the sender in "
              "Kuwait): on time, although the sender apologises for a delay; English DOCX name, Yahoo webmail, "
              "short signature without title."))


# ================================================================ 23  FR  report  late, donor programme, PDF + cover letter decoy
def m23():
    when = at("2021-02-17 10:00:52")
    sent = sent_at(when, 1, 8)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint la contribution du Programme régional Mobilités et Développement (PRMD) de la Fondation luxembourgeoise pour la coopération au développement à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières pour la région arabe.

Ce rapport volontaire présente les enseignements tirés des projets soutenus par le PRMD au Maroc, en Tunisie, en Jordanie et au Liban entre 2018 et 2020. La lettre de transmission signée par notre Directrice générale est également jointe.

Nous vous prions de bien vouloir excuser ce léger retard par rapport à l'échéance du 16 février, dû aux délais de validation interne.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Paul Schmit
Gestionnaire de programme
Programme régional Mobilités et Développement (PRMD)
Fondation luxembourgeoise pour la coopération au développement
L-0000 Luxembourg

""" + FR_DISCLAIMER + "\n"
    f1 = "PRMD_Contribution_examen_regional_PMM_2021.pdf"
    f2 = "Lettre_de_transmission_PRMD_signee.pdf"
    pdf1 = rep_pdf("Contribution volontaire - examen regional du PMM", "PRMD - Fondation luxembourgeoise",
                   ["Introduction", "Maroc et Tunisie", "Jordanie et Liban", "Enseignements", "Recommandations"])
    pdf2 = make_pdf(["Lettre de transmission", "Luxembourg, le 16 fevrier 2021", "Objet : contribution du PRMD",
                     "La Directrice generale"])
    body = multi("mixed", [alt(text, "_000_AM9PR05MB8110F1E2D3C4B5A6_"), attach("application/pdf", pdf1, f1),
                           attach("application/pdf", pdf2, f2)], "_004_AM9PR05MB8110F1E2D3C4B5A6_")
    subj = "Contribution du PRMD à l'examen régional du PMM - région arabe"
    m = mk(when, sent, "mail-am9eur05on0144.outbound.protection.outlook.example.com", "198.51.100.144",
           "4F4Cz3Bq6z1", "Paul Schmit <paul.schmit@flcd.example.lu>", hdr(subj, enc="Q"),
           "<AM9PR05MB8110F1E2D3C4B5A6@AM9PR05MB8110.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcFfGgHhIiJjKkLlMmNnOoPpQq==", lang="fr-LU", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[f1],
        notes="late (17 February), the sender apologises; a donor programme's contribution (PDF) plus a signed "
              "cover letter (second PDF) that is not part of the report; administrative French, bilingual "
              "confidentiality notice and environment footer."))


# ================================================================ 24  AR  report  revised version of 19, late
def m24():
    when = at("2021-02-18 11:15:37")
    sent = sent_at(when, 4, 7)
    text = """السلام عليكم،

نرسل لكم نسخة معدلة من تقريرنا بعد تصحيح بعض الأرقام في الجدول الثاني وإضافة ملخص تنفيذي. نرجو اعتماد هذه النسخة بدلاً من النسخة المرسلة بتاريخ ١٢ فبراير.

مع الشكر،
سالم الحارثي

‫في الجمعة، ١٢ فبراير ٢٠٢١ في ٢:١٠ م، سالم الحارثي <salim.alharthi.waha@gmail.example.com> كتب:‬
> السلام عليكم،
>
> تجدون مرفقاً التقرير الطوعي لمؤسسة الواحة للتنمية المجتمعية حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية...
"""
    fname = "تقرير مؤسسة الواحة - الاتفاق العالمي للهجرة - نسخة معدلة.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report (Arabic) - revised", "Al Waha Foundation for Community Development",
                  ["Executive summary", "Introduction", "Domestic workers", "Recruitment", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000c3d4e505bb9a8b7c", html=gmail_html(text, rtl=True), b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000c3d4e605bb9a8b7e")
    m = mk(when, sent, "mail-lf1-f47.google.example.com", "192.0.2.47", "4F4rS0Tv9z7",
           addr("سالم الحارثي", "salim.alharthi.waha@gmail.example.com"), re_hdr("Re: ", M19_SUBJ),
           "<CAJ4xR8nP2wT6mV0qK9sL1dF3gH7bZ5cN8yU+v2@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        thread_of="h206-19.eml", report_attachments=[fname],
        notes="revised report replacing h206-19 (Gmail reply to the sender's own message, In-Reply-To set, "
              "shortened '>' quote); received 18 February, after the report deadline, although the original was "
              "on time (dev 053)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
