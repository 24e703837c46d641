#!/usr/bin/env python3
"""Write the blind evaluation set holdout221 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets221.py
Theme: Iraq (Kurdistan Region included) and Yemen.  Organisations in Erbil, Mosul, Basra, Aden, Sana'a and Taiz;
Kurdish and Arabic names side by side, four-part Iraqi names with the tribal name ('الاسم الرباعي واللقب'),
Yemeni honorifics (الأستاذ/، الأخ/), a tribal 'Sheikh', senders writing English or French as a second or third
language, messages sent from a shared office phone, power and connection cuts, one report sent in two parts.
8 Arabic, 8 English, 8 French.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(221)
add = SET.add
H = "h221-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"


def outlook_html(text, lang="EN-US", rtl=False, img_cid=None):
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, p.replace("&", "&amp;").replace("<", "&lt;")
                                                       .replace(">", "&gt;").replace("\n", "<br>\n"))
                    for p in text.split("\n\n"))
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid) if img_cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}</style></head><body lang="%s" link="#0563C1"%s>'
            '<div class="WordSection1">%s%s</div></body></html>\n' % (lang, d, paras, img))


# ================================================================ 01  EN  speaker  KMDF Erbil, two speakers, Kurdish + Arabic script names
M01_ID = "<VI1PR08MB3342B1F7A9C04E2D@VI1PR08MB3342.eurprd08.prod.outlook.example.com>"
M01_SUBJ = "Request for speaking roles - KMDF (Erbil)"


def m01():
    when = at("2021-02-01 09:47:33")
    text = """Dear GCM Regional Review Secretariat,

Greetings from Erbil.

Following your kind invitation, the Kurdistan Migration and Displacement Forum would like to request two speaking roles. Please find the details below:

1. Name: Shilan Hawramy (شيلان هورامي)
   Title: Programme Coordinator
   Organization: Kurdistan Migration and Displacement Forum (KMDF), Erbil - Kurdistan Region of Iraq
   Role: floor intervention in Thematic Roundtable 2

2. Name: Dilshad Abdulrahman Qadir (دلشاد عبدالرحمن قادر)
   Title: Legal Advisor, Returnees Unit
   Organization: KMDF
   Role: open discussion of the multi-stakeholder consultation on 23 February

We put the names also in Arabic script because the spelling in Latin letters is not always the same in the official documents.

With best regards,

Shilan Hawramy
Programme Coordinator
Kurdistan Migration and Displacement Forum (KMDF)
Gulan Street, Erbil, KRI
"""
    body = multi("related", [leaf("text/html", outlook_html(text, img_cid="image001.png@01D6F87B.5E1A2C40")),
                             logo("image001.png@01D6F87B.5E1A2C40", (200, 30, 30))],
                 "_004_VI1PR08MB3342B1F7A9C04E2D_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), body], "_000_VI1PR08MB3342B1F7A9C04E2D_")
    m = mk(when, sent_at(when, 3, 6), "mail-vi1eur08on0621.outbound.protection.outlook.example.com", "198.51.100.21",
           "4DTmF02hKpz1", "Shilan Hawramy <shilan.h@kmdf-krd.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AdcAR3k1Z2bQ7hYfS0uTq8xW5nLm4g=="))
    kmdf = "Kurdistan Migration and Displacement Forum (KMDF)"
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Shilan Hawramy", "Programme Coordinator", kmdf, ["roundtable"], 2),
        sp("Dilshad Abdulrahman Qadir", "Legal Advisor, Returnees Unit", kmdf, ["open_discussion"])],
        notes="two speakers in numbered labelled blocks; each name is followed by its Arabic-script spelling in "
              "brackets, not part of the name (the Latin form is recorded, as the message is in English). The first "
              "affiliation line ends with the place ('Erbil - Kurdistan Region of Iraq'), not part of the affiliation "
              "(dev 004/024); the second speaker's organisation is written only as 'KMDF': the fullest form written "
              "in the message is recorded. Title written with its unit, kept (dev 012). Outlook with inline logo."))


# ================================================================ 02  AR  speaker  Aden, honorific 'الأستاذ/', plenary
def m02():
    when = at("2021-02-01 13:05:12")
    text = """بسم الله الرحمن الرحيم

الإخوة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية     المحترمون
تحية طيبة وبعد،،،

إشارة إلى دعوتكم الكريمة للمشاركة في المؤتمر الاستعراضي الإقليمي يومي ٢٤ و٢٥ فبراير ٢٠٢١م، يسرنا في مؤسسة عدن للتنمية المجتمعية والهجرة أن نرشح:

الأستاذ/ فهمي عبدالله باحميش
رئيس مجلس الإدارة
مؤسسة عدن للتنمية المجتمعية والهجرة - عدن، الجمهورية اليمنية

لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر، حول أوضاع المهاجرين القادمين من القرن الأفريقي عبر سواحل عدن ولحج وأبين.

شاكرين لكم حسن تعاونكم،،،

م/ صالح أحمد العولقي
مسؤول العلاقات العامة
مؤسسة عدن للتنمية المجتمعية والهجرة
"""
    body = alt(text, "000000000000c4e1a905ba4a8e77", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 3, 5), "mail-lj1-f182.google.example.com", "192.0.2.182", "4DTsQ83vWnz4",
           addr("صالح العولقي", "aden.cdmf@gmail.example.com"), hdr("ترشيح متحدث - مؤسسة عدن للتنمية المجتمعية والهجرة"),
           "<CAH5nq0Wk2pX8+Ld7uVb3TqE1cYfR6mZs9A@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فهمي عبدالله باحميش", "رئيس مجلس الإدارة", "مؤسسة عدن للتنمية المجتمعية والهجرة", ["plenary"])],
        notes="formal Yemeni Arabic; the nominee's name follows the Yemeni honorific 'الأستاذ/' (with a slash), not "
              "part of the name; the affiliation line ends with the place ('- عدن، الجمهورية اليمنية'), dropped. "
              "The sender (public relations officer, 'م/' = engineer) is not the speaker. 'الجلسات العامة' = plenary."))


# ================================================================ 03  FR  report  ANRR Ninewa, PDF (followed up by 18)
M03_ID = "<AM6PR04MB5639D2A8E4B1C7F3@AM6PR04MB5639.eurprd04.prod.outlook.example.com>"
M03_SUBJ = "Rapport volontaire - Examen régional PMM - ANRR Ninive"
M03_FILE = "Rapport_volontaire_ANRR_Ninive_2021.pdf"
M03_TEXT = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'Association Ninive pour la Réhabilitation et le Retour (ANRR) concernant la mise en œuvre du Pacte mondial pour les migrations dans la plaine de Ninive et à Mossoul.

Le rapport est rédigé en français puisque notre partenaire principal est une ONG française ; une version arabe pourra être fournie sur demande.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations respectueuses.

Nadia Youkhana
Responsable des programmes
Association Ninive pour la Réhabilitation et le Retour (ANRR)
Qaraqosh (Bakhdida) - Ninive - Irak
"""


def m03():
    when = at("2021-02-02 11:20:40")
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "Association Ninive pour la Rehabilitation et le Retour",
                  ["Contexte : retour des deplaces a Mossoul et dans la plaine de Ninive", "Methodologie",
                   "Objectifs 5, 7, 19 et 21", "Difficultes", "Recommandations"])
    rel = multi("related", [leaf("text/html", outlook_html(M03_TEXT, "FR", img_cid="image001.jpg@01D6F948.2C0B7A10")),
                            logo("image001.jpg@01D6F948.2C0B7A10", (20, 80, 140), name="image001.png")],
                "_004_AM6PR04MB5639D2A8E4B1C7F3_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M03_TEXT), rel], "_000_AM6PR04MB5639D2A8E4B1C7F3_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M03_FILE)], "_005_AM6PR04MB5639D2A8E4B1C7F3_")
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur04on0614.outbound.protection.outlook.example.com", "198.51.100.14",
           "4DVLk52Yqwz7", addr("Nadia Youkhana", "n.youkhana@anrr-ninive.example.org"), hdr(M03_SUBJ, enc="Q"), M03_ID,
           body, extra=outlook(M03_SUBJ, "AdcpK7Yw1m3nB5vC8xZ2qR4tL6hJ9g==", lang="fr-FR", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="Iraqi (Ninewa) association writing in French; PDF report; Outlook mixed > alternative > related with an "
              "inline logo (not a report file). Followed up by h221-18 ('avez-vous reçu ?')."))


# ================================================================ 04  FR  speaker  Sana'a, shared office phone, details only in the signature
def m04():
    when = at("2021-02-02 19:52:08")
    text = """Bonjour madame monsieur

Je écris pour demander une parole pour notre organisation dans la table ronde numéro 4 du conférence de 24-25 février. Excusez mon français c'est ma troisième langue après arabe et anglais.

Internet est coupé souvent à Sanaa, si vous avez besoin de quelque chose svp écrivez encore et nous répondons quand la connexion revient.

Merci beaucoup

Abdulrahman Al-Hamdani
Responsable du plaidoyer
Observatoire Yéménite des Migrations (OYM)
Sanaa - Yémen

Envoyé depuis le téléphone partagé du bureau OYM
"""
    body = alt(text, "000000000000e2b7f605ba53c1a4", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 9), "mail-pf1-f170.google.example.com", "192.0.2.170", "4DVg0c1Rs8z3",
           addr("OYM Office", "oym.office.sanaa@gmail.example.com"), "demande parole table ronde",
           "<CAPz4Rk8mE0vW3+nHq7Lc2TyB5xJ9aGf1Ud@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdulrahman Al-Hamdani", "Responsable du plaidoyer", "Observatoire Yéménite des Migrations (OYM)",
           ["roundtable"], 4)],
        notes="French as a third language (not fluent); name, title and organisation only in the signature; the "
              "speaker is the writer ('je ... demander une parole'); sent from the office's shared phone/Gmail "
              "account ('OYM Office'); place line 'Sanaa - Yémen' not part of the affiliation; connection cuts."))


# ================================================================ 05  EN  other  Aden, questions (Arabic-only report? power cuts)
def m05():
    when = at("2021-02-03 10:14:51")
    text = """Dear team

Good morning. We are a small organization in Aden working with migrants from Ethiopia and Somalia in Basateen area. We want to send a voluntary report but we have some questions before please:

1- Is it accepted if the report is in Arabic language only? Our staff can write English but not very good for a long report.
2- Is there a template or maximum pages?
3- In Aden now electricity is only 4-6 hours per day and the internet is weak, if we send the report in the 16 Feb in the night it will be accepted?

Thank you for your understanding.

Regards
Ibrahim Saeed
Aden Migrants Support Initiative
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 4), "sonic314-2.consmr.mail.ir2.yahoo.example.com", "192.0.2.114", "4DW0xB6Lmqz8",
           "Ibrahim Saeed <ibrahim.saeed.aden@yahoo.example.com>", "Questions about voluntary report",
           "<1902217745.402318.1612340087713@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17597 YMailNodin")])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before sending a report (language, template, power cuts and deadline); no report, no speaker. "
              "English as a second language."))


# ================================================================ 06  AR  both  Sana'a, DOCX + speaker on behalf ('الأخ/'), Cc to the speaker (bounces, 07)
M06_ID = "<DB8PR10MB3577A4E9C1F0B2D6@DB8PR10MB3577.eurprd10.prod.outlook.example.com>"
M06_SUBJ = "تقرير طوعي وطلب مشاركة - مؤسسة الأمل للحماية والتنمية"
M06_FILE = "تقرير مؤسسة الأمل - الاستعراض الطوعي للاتفاق العالمي.docx"


def m06():
    when = at("2021-02-03 12:40:17")
    text = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية      المحترمون
السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى رسالتكم بشأن الاستعراض الإقليمي، نرفق لكم طيه التقرير الطوعي الخاص بمؤسسة الأمل للحماية والتنمية عن تنفيذ الاتفاق العالمي في أمانة العاصمة صنعاء ومحافظتي الحديدة وصعدة.

كما نود إبلاغكم برغبة الأخ/ عبدالملك يحيى الشامي، رئيس المؤسسة، في تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر خلال المؤتمر. وقد أرسلت هذه الرسالة نيابة عنه لتعذر وصوله إلى الإنترنت هذه الأيام، مع نسخة إلى بريده.

وتقبلوا خالص التحية والتقدير،،،

أسماء علي المتوكل
مديرة المكتب
مؤسسة الأمل للحماية والتنمية - صنعاء
"""
    doc = make_docx(["التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة 2021",
                     "مؤسسة الأمل للحماية والتنمية - صنعاء", "1. المقدمة", "2. المنهجية",
                     "3. الأهداف 4 و7 و8 و23", "4. التحديات", "5. التوصيات"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "AR-SA", rtl=True))],
              "_000_DB8PR10MB3577A4E9C1F0B2D6_")
    body = multi("mixed", [a, attach(DOCX, doc, M06_FILE)], "_004_DB8PR10MB3577A4E9C1F0B2D6_")
    m = mk(when, sent_at(when, 3, 7), "mail-db8eur10on0603.outbound.protection.outlook.example.com", "198.51.100.63",
           "4DW4hT0mPcz5", addr("مؤسسة الأمل - المكتب", "office@alamal-yemen.example.org"), hdr(M06_SUBJ), M06_ID, body,
           cc="a.alshami@yemen-net.example.ye",
           extra=outlook(M06_SUBJ, "AdcqA1B2c3D4e5F6g7H8i9J0kLmNoQ==", lang="ar-SA", has_attach="yes"))
    add(6, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE], speakers=[
        sp("عبدالملك يحيى الشامي", "رئيس المؤسسة", "مؤسسة الأمل للحماية والتنمية", ["rapporteur"])],
        notes="both, on time (3 February): DOCX report with an Arabic file name (RFC 2231) and a rapporteur request "
              "sent on behalf of the speaker by the office manager; the speaker is named in prose after the Yemeni "
              "honorific 'الأخ/' (dropped), his title follows after a comma; affiliation from the body/signature "
              "('- صنعاء' dropped). Cc to the speaker, whose mailbox is full (bounce h221-07); thanked in h221-20."))


# ================================================================ 07  EN  bounce  our acknowledgement of 06 to the Cc'd speaker: mailbox full
def m07():
    when = at("2021-02-03 12:41:26")
    rcpt = "a.alshami@yemen-net.example.ye"
    text = POSTFIX_NOTICE + """
<%s>: host mx.yemen-net.example.ye[203.0.113.90] said: 552 5.2.2
    <%s>: Mailbox quota exceeded (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DW4hW2sLqz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.yemen-net.example.ye\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=4), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: office@alamal-yemen.example.org\n"
            "Cc: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rcpt, b_word("إشعار بالاستلام"), rfcdate(when - dt.timedelta(seconds=8)), ack_mid("4DW4hT0mPcz5"), M06_ID))
    body = dsn_report(text, dsn, hdrs, "4DW4jX5Tnrz2.1612348886/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DW4jX5Tnrz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203104126.4DW4jX5Tnrz2@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox quota exceeded) for the copy of our acknowledgement of h221-06 sent to the "
              "Cc'd speaker; the returned headers point to h221-06 (In-Reply-To). Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 08  FR  speaker  IKPM Erbil, HTML-only table, two speakers
def m08():
    when = at("2021-02-04 10:31:45")
    rows_ = [("Mme Hêvî Mustafa", "Directrice exécutive", "Institut Kurde pour la Paix et les Migrations (IKPM)",
              "Table ronde thématique 1"),
             ("Dr. Karwan Jalal Mahmoud<br>(كاروان جلال محمود)", "Chercheur associé", "IKPM",
              "Table ronde thématique 1 et, si possible, une intervention en plénière")]
    trs = "".join('<tr><td style="border:1px solid #999;padding:4px">%s</td><td style="border:1px solid #999;'
                  'padding:4px">%s</td><td style="border:1px solid #999;padding:4px">%s</td><td style="border:1px '
                  'solid #999;padding:4px">%s</td></tr>\n' % r for r in rows_)
    inner = ("<div>Madame, Monsieur,</div><div><br></div>"
             "<div>Suite à votre lettre d'invitation, l'Institut Kurde pour la Paix et les Migrations, basé à Erbil "
             "(Région du Kurdistan d'Irak), a le plaisir de vous communiquer ci-dessous les noms des deux "
             "intervenants qu'il souhaite proposer pour la Conférence régionale d'examen des 24 et 25 février 2021 :"
             "</div><div><br></div>\n"
             '<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">\n'
             '<tr><th style="border:1px solid #999;padding:4px">Nom</th><th style="border:1px solid #999;padding:4px">'
             'Fonction</th><th style="border:1px solid #999;padding:4px">Organisation</th><th style="border:1px '
             'solid #999;padding:4px">Rôle souhaité</th></tr>\n' + trs + "</table>\n"
             "<div><br></div><div>Nous restons à votre disposition pour tout renseignement complémentaire.</div>"
             "<div><br></div><div>Veuillez agréer, Madame, Monsieur, nos salutations distinguées.</div><div><br></div>"
             "<div>-- <br>Hêvî Mustafa<br>Directrice exécutive | IKPM<br>Erbil - Ankawa<br>"
             "+964 750 000 0000</div>")
    body = html_only(inner, newlines=True, lang="fr")
    m = mk(when, sent_at(when, 3, 5), "mail.ikpm-krd.example.org", "203.0.113.44", "4DWbB31Gx5z6",
           addr("Hêvî Mustafa", "hevi.mustafa@ikpm-krd.example.org", enc="Q"),
           hdr("Propositions d'intervenants - IKPM Erbil", enc="Q"),
           "<e3b9d0a4-52f7-4c81-a6de-0f9b7c2e1d35@ikpm-krd.example.org>", body,
           extra=[("User-Agent", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3869)")])
    ikpm = "Institut Kurde pour la Paix et les Migrations (IKPM)"
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hêvî Mustafa", "Directrice exécutive", ikpm, ["roundtable"], 1),
        sp("Karwan Jalal Mahmoud", "Chercheur associé", ikpm, ["roundtable", "plenary"], 1)],
        notes="HTML-only message (Zimbra) with a four-column table; honorifics 'Mme' and 'Dr.' dropped; the second "
              "name cell also carries the Arabic-script spelling on a second line (not part of the name); the second "
              "row gives the organisation only as 'IKPM': the fullest form written (row 1) is recorded. Second "
              "speaker: roundtable 1 and 'si possible' a plenary intervention, both recorded."))


# ================================================================ 09  AR  speaker  Mosul, four-part names + tribal name, two speakers
def m09():
    when = at("2021-02-04 13:58:02")
    text = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة المحترمون
م/ ترشيح متحدثين

تحية طيبة...

استناداً إلى كتاب الدعوة الموجه إلى منظمات المجتمع المدني، نرشح الآتية أسماؤهم للمشاركة في المؤتمر الاستعراضي الإقليمي:

أولاً:
الاسم الرباعي واللقب: أحمد خليل إبراهيم محمد الجبوري
العنوان الوظيفي: مدير قسم البرامج
جهة العمل: منظمة بيت الموصل للتنمية (الموصل - نينوى)
المشاركة المطلوبة: مداخلة في المائدة المستديرة المواضيعية الثانية

ثانياً:
الاسم الرباعي واللقب: زينب علي حسين عباس العبيدي
العنوان الوظيفي: منسقة برامج الشباب
جهة العمل: منظمة بيت الموصل للتنمية
المشاركة المطلوبة: النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة يوم ٢٣ شباط

مع التقدير...

عمر فاضل حسن
مسؤول الإعلام
منظمة بيت الموصل للتنمية
الموصل - الجانب الأيمن
"""
    html = outlook_html(text, "AR-IQ", rtl=True)
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_HE1PR0701MB2987F1C3A5E7B9D0_")
    subj = "ترشيح متحدثين - منظمة بيت الموصل للتنمية"
    m = mk(when, sent_at(when, 3, 6), "mail-he1eur07on0629.outbound.protection.outlook.example.com", "198.51.100.29",
           "4DWgS47Nkvz1", addr("Omar Fadhil", "media@mosulhouse.example.org"), hdr(subj),
           "<HE1PR0701MB2987F1C3A5E7B9D0@HE1PR0701MB2987.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcqXk9Lm2Nb4Vc6Xz8Qw1Er3Ty5Ui==", lang="ar-IQ"))
    org = "منظمة بيت الموصل للتنمية"
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد خليل إبراهيم محمد الجبوري", "مدير قسم البرامج", org, ["roundtable"], 2),
        sp("زينب علي حسين عباس العبيدي", "منسقة برامج الشباب", org, ["open_discussion"])],
        notes="Iraqi administrative style ('م/', 'الاسم الرباعي واللقب'): each name is the four-part name plus the "
              "tribal surname, recorded whole as written; place in brackets after the first affiliation dropped; "
              "roundtable as an ordinal word ('الثانية'). The sender (media officer, Latin display name) is not a "
              "speaker."))


# ================================================================ 11  EN  speaker  Taiz, pasted form from the office phone, two speakers, 23:41 on 5 Feb
def m11():
    when = at("2021-02-05 23:41:09")
    text = """Dear Sir/Madam

Kindly find below our speakers registration. We filled the online form but the connection cut before submit, so I paste here what we wrote. I am sending from the office phone because the electricity is off in the office since afternoon.

Speaker (1)
Full Name: Ghadeer Mohammed Saif
Job title: Head of Protection Programme
Organization: Taiz Youth Initiative for Displaced People (TYIDP)
Session: Thematic Roundtable 3

Speaker (2)
Full Name: Mr. Nabil Abdo Qasem Al-Sharabi
Job title: Board Member
Organization: TYIDP - Taiz
Session: Rapporteur (key messages of stakeholders)

Please confirm receiving.

Regards
Mohammed (TYIDP office) on behalf of Ms. Ghadeer

Sent from my HUAWEI phone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 12), "mail-ej1-f65.google.example.com", "192.0.2.65", "4DXmQ7v1Hgz2",
           "TYIDP Taiz <tyidp.taiz@gmail.example.com>", "Speakers registration TYIDP",
           "<CAGs8tN1xZ7pV4+Kq2wLm5bRc0HyE3dJf6T@mail.gmail.example.com>", body)
    t = "Taiz Youth Initiative for Displaced People (TYIDP)"
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ghadeer Mohammed Saif", "Head of Protection Programme", t, ["roundtable"], 3),
        sp("Nabil Abdo Qasem Al-Sharabi", "Board Member", t, ["rapporteur"])],
        notes="edge: received 23:41 on 5 February Beirut time (Date header 6 Feb 00:40 +0300), on time. Pasted online "
              "form sent from a shared office phone by a staff member on behalf of the first speaker; 'Mr.' dropped; "
              "the second organisation is 'TYIDP - Taiz': the fullest form written is recorded, the place dropped. "
              "Power cut and connection cut mentioned; plain text, base64."))


# ================================================================ 10  FR  both  SIK Erbil, PDF report + rapporteur in prose, Thunderbird
M10_FILE = "SIK_Rapport_examen_PMM_2021.pdf"


def m10():
    when = at("2021-02-05 15:22:37")
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de Solidarité Irak-Kurdistan (SIK) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières. Il couvre nos activités dans les gouvernorats d'Erbil, de Duhok et de Ninive (personnes déplacées internes, retours, réfugiés syriens).

Par ailleurs, nous souhaiterions proposer notre chargée de plaidoyer, Mme Rojda Ismail, pour présenter en tant que rapporteure les messages clés des parties prenantes lors de la Conférence.

Je vous prie de nous excuser pour la taille réduite du fichier : la connexion à Erbil est très lente ces jours-ci et nous avons dû compresser les annexes.

Bien cordialement,

--
Julien Marchand
Chef de mission
Solidarité Irak-Kurdistan (SIK) - Bureau d'Erbil
"""
    pdf = rep_pdf("Rapport volontaire - Examen du PMM 2021", "Solidarite Irak-Kurdistan (SIK)",
                  ["Introduction", "Deplacement interne et retours (Erbil, Duhok, Ninive)", "Refugies syriens",
                   "Objectifs 2, 7 et 21", "Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", pdf, M10_FILE)], "------------8E0A4B3D7C6F1E2A9B5D0C84")
    m = mk(when, sent_at(when, 3, 9), "smtp.sik-ong.example.fr", "203.0.113.61", "4DXPm26cTqz4",
           addr("Julien Marchand", "j.marchand@sik-ong.example.fr"), hdr("Rapport volontaire PMM + rapporteure - SIK", enc="Q"),
           "<7c1e4f2a-93b0-4d6e-8a15-2f0c9e7d3b48@sik-ong.example.fr>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE], speakers=[
        sp("Rojda Ismail", "chargée de plaidoyer", "Solidarité Irak-Kurdistan (SIK)", ["rapporteur"])],
        notes="both, on time (5 February); the speaker is not the sender and is named in prose ('notre chargée de "
              "plaidoyer, Mme Rojda Ismail'): title as written, 'Mme' dropped; affiliation from the report sentence "
              "(the signature adds '- Bureau d'Erbil', an office, not recorded). Slow connection mentioned."))


# ================================================================ 12  AR  speaker  Basra, late by 20 minutes, iPhone, Iraqi dialect, details in signature
def m12():
    when = at("2021-02-06 00:19:44")
    text = """مرحبا اخوان

نعتذر عالتأخير، الكهرباء طافية من يومين والنت ضعيف كلش وما گدرنا نرسل قبل. نريد نشارك بمداخلة بالمائدة المستديرة الأولى عن العمالة الوافدة بالبصرة وموانئ أم قصر. المتحدث راح يكون آني.

تحياتي

حيدر عبد الحسين كاظم
منسق المشاريع
جمعية البصرة لحقوق العمال
البصرة - العشار

أُرسلت من الـiPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 21), "mail-qt1-f178.google.example.com", "192.0.2.178", "4DXnC42Wbdz7",
           addr("حيدر عبد الحسين", "haider.abdulhussein80@gmail.example.com"), hdr("مشاركة"),
           "<7B2E9C14-5A3F-4D81-B06E-C3F9A1D24E57@gmail.example.com>", body,
           extra=[("X-Mailer", IPHONE), ("Content-Language", "ar")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حيدر عبد الحسين كاظم", "منسق المشاريع", "جمعية البصرة لحقوق العمال", ["roundtable"], 1)],
        notes="late by 20 minutes (00:19 on 6 February Beirut time; Date header 01:19 +0300) and says why (power and "
              "internet cuts); Iraqi dialect ('آني', 'كلش', 'گدرنا' with the Persian-Kurdish letter گ); the speaker is "
              "the sender ('المتحدث راح يكون آني'), details only in the signature; the place line is dropped. iPhone, "
              "plain text only, one-word subject."))


# ================================================================ 13  EN  auto_reply  Erbil, out of office answering our reminder
def m13():
    when = at("2021-02-08 09:00:41")
    text = """Thank you for your message.

I am currently out of the office with limited access to email until 14 February 2021 (Kurdistan Region power cuts also affect our connection). For KMDF matters please write to info@kmdf-krd.example.org.

Regards,
Dilshad Abdulrahman Qadir
Legal Advisor, Returnees Unit
KMDF
"""
    body = alt(text, "_000_VI1PR08MB3342OOF0208A1B2C3_")
    rows = std_rows(when, "mail-vi1eur08on0621.outbound.protection.outlook.example.com", "198.51.100.21",
                    "4DYk3P0rVtz5", "Dilshad Abdulrahman Qadir <d.qadir@kmdf-krd.example.org>",
                    "Automatic reply: Reminder: voluntary GCM review reports due 16 February 2021",
                    rfcdate(sent_at(when, 3, 1)),
                    "<VI1PR08MB33420F7E2D9A1C56@VI1PR08MB3342.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="d.qadir@kmdf-krd.example.org")
    rows += [("In-Reply-To", "<reminder.20210208@gcmrrarabstates.iom.int>"), ("Content-Language", "en-US")]
    add(13, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office answering the secretariat's reminder mail (not in the set) from a speaker "
              "proposed in h221-01; names a speaker and an organisation, but is an auto-reply: never acknowledge, "
              "no speakers, thread_of null."))


# ================================================================ 14  FR  speaker  University of Mosul, late, on behalf, plenary
def m14():
    when = at("2021-02-08 11:36:20")
    text = """Madame, Monsieur,

Le Secrétariat du Département de français de la Faculté des Lettres de l'Université de Mossoul a l'honneur de vous présenter, au nom de Monsieur le Chef du Département, la candidature suivante pour une intervention en séance plénière de la Conférence régionale d'examen du Pacte mondial sur les migrations :

Nom et prénom : Pr. Saad Ghanim Younis Al-Taie
Fonction : Chef du Département de français
Établissement : Faculté des Lettres, Université de Mossoul (Irak)
Thème proposé : la jeunesse de Mossoul entre migration et retour après 2017

Nous avons reçu votre lettre d'invitation tardivement, par l'intermédiaire d'un partenaire, et nous vous prions de bien vouloir excuser ce retard.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour le Chef du Département,
Marwa Thamer
Secrétariat du Département de français
"""
    body = alt(text, "----=_Part_412877_1290338821.1612776980011")
    m = mk(when, sent_at(when, 3, 5), "mail.uomosul.example.edu.iq", "203.0.113.150", "4DYpM91sHcz3",
           addr("Département de français - Université de Mossoul", "french.dept@uomosul.example.edu.iq", enc="Q"),
           hdr("Candidature intervention plénière - Université de Mossoul", enc="Q"),
           "<1180233906.412878.1612776980012@mail.uomosul.example.edu.iq>", body,
           extra=[("X-Mailer", "Zimbra 8.8.12_GA_3794 (zclient/8.8.12_GA_3794)")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Saad Ghanim Younis Al-Taie", "Chef du Département de français",
           "Faculté des Lettres, Université de Mossoul", ["plenary"])],
        notes="late (8 February) and says so; sent on behalf of the speaker by the department secretariat; academic "
              "honorific 'Pr.' dropped; four-part Iraqi name with tribal surname kept whole; title with its unit kept "
              "(dev 012); '(Irak)' after the institution dropped as a place. A careful secretary records the faculty "
              "and university as written on the 'Établissement' line."))


# ================================================================ 15  AR  report  Taiz coalition, part 1 of 2 (weak connection)
M15_ID = "<CAM3wq7Yt9pL2+Fx5vNb8KcR1sHd4eZg0Jo@mail.gmail.example.com>"
M15_SUBJ = "التقرير الطوعي لائتلاف منظمات المجتمع المدني في تعز"
M15_FILE = "تقرير ائتلاف تعز - الجزء 1.pdf"
M15_TEXT = """الأخوة الأعزاء في فريق الاستعراض الإقليمي،
السلام عليكم،

نرسل إليكم التقرير الطوعي المشترك لائتلاف منظمات المجتمع المدني في تعز (١٤ منظمة) حول تنفيذ الاتفاق العالمي للهجرة.

بسبب انقطاع الإنترنت المتكرر وضعف الشبكة لم نتمكن من إرسال الملف كاملاً، لذلك قسمناه إلى جزئين: هذا هو الجزء الأول (الفصول ١-٣)، والجزء الثاني سيصلكم في رسالة لاحقة إن شاء الله.

مع الشكر،
وضاح عبدالكريم المخلافي
منسق الائتلاف
"""


def m15():
    when = at("2021-02-09 14:10:05")
    pdf = rep_pdf("Taiz Civil Society Coalition - Voluntary GCM review (Part 1 of 2)", "14 member organisations",
                  ["Introduction", "Methodology", "Internal displacement and migrants in Taiz"])
    a = alt(M15_TEXT, "000000000000f0d9c805bae6a1b2", html=gmail_html(M15_TEXT, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE)], "000000000000f0d9c705bae6a1b0")
    m = mk(when, sent_at(when, 3, 7), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DZQv58Lxkz6",
           addr("وضاح المخلافي", "waddah.mekhlafi@gmail.example.com"), hdr(M15_SUBJ), M15_ID, body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="collective report sent in two parts because of connection cuts: this is part 1 (PDF, Arabic file "
              "name); part 2 follows in h221-16."))


# ================================================================ 16  AR  report  Taiz coalition, part 2 (Gmail reply to 15)
def m16():
    when = at("2021-02-09 16:47:31")
    fname = "تقرير ائتلاف تعز - الجزء 2.pdf"
    text = """وهذا الجزء الثاني من التقرير (الفصول ٤-٦: التحديات والتوصيات والملاحق). نرجو تأكيد استلام الجزئين.

وضاح

""" + "في الثلاثاء، ٩ فبراير ٢٠٢١ ٣:١٠ م وضاح المخلافي <waddah.mekhlafi@gmail.example.com> كتب:\n" + gt(M15_TEXT) + "\n"
    pdf = rep_pdf("Taiz Civil Society Coalition - Voluntary GCM review (Part 2 of 2)", "14 member organisations",
                  ["Challenges", "Recommendations", "Annexes"])
    a = alt(text, "000000000000a7e3b105bae8c4d9", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000a7e3b005bae8c4d7")
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DZVB10nFqz2",
           addr("وضاح المخلافي", "waddah.mekhlafi@gmail.example.com"), re_hdr("Re: ", M15_SUBJ),
           "<CAM3wq7Zr1bN6+Hd0tXe4QmK9wAy2cVf5Lp@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 15, report_attachments=[fname],
        notes="part 2 of the report opened by h221-15 (Gmail reply to the sender's own message, quoting it): "
              "report_attachments lists only this message's file; thread_of h221-15. Acknowledge (it completes the "
              "report and asks for confirmation of both parts)."))


# ================================================================ 17  EN  report  Basra, DOCX, Gmail plain text
def m17():
    when = at("2021-02-10 12:25:58")
    fname = "BLRO voluntary GCM report 2021 - final.docx"
    text = """Dear Regional Review team,

Hello from Basra. Attached please find the voluntary GCM review report of the Basra Labour Rights Observatory (BLRO). It focuses on foreign workers in the oil sector and the ports of Umm Qasr, and on internal migration from the southern marshes to Basra city because of water shortage.

Apologies for the Word format, our PDF converter is not working and the power cuts make everything slow.

Best,
Mustafa Jabbar Al-Maliki
Researcher, BLRO
"""
    doc = make_docx(["Voluntary GCM Review Report 2021", "Basra Labour Rights Observatory (BLRO)",
                     "1. Introduction", "2. Foreign workers in the oil sector and ports",
                     "3. Climate-related internal migration (Objective 2)", "4. Recommendations"])
    t = leaf("text/plain", text, "utf-8", "7bit")
    body = multi("mixed", [t, attach(DOCX, doc, fname)], "000000000000d2c6b905bafd3e81")
    m = mk(when, sent_at(when, 3, 6), "mail-oi1-f171.google.example.com", "192.0.2.171", "4DZyR63kWpz9",
           "Mustafa Al-Maliki <mustafa.blro@gmail.example.com>", "BLRO voluntary report",
           "<CAJr6Tm2Wq8eS0+Bz5vXn4HpL1cKd7yFg3A@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report as DOCX with spaces and a hyphen in the file name; plain text only; power cuts mentioned."))


# ================================================================ 18  FR  other  follow-up to 03: did you receive our report?
def m18():
    when = at("2021-02-11 09:12:30")
    text = """Madame, Monsieur,

Nous nous permettons de revenir vers vous au sujet de notre message ci-dessous du 2 février. N'ayant pas reçu d'accusé de réception, nous voudrions nous assurer que notre rapport volontaire vous est bien parvenu, car nous avons eu plusieurs coupures d'électricité et de réseau à Qaraqosh cette semaine-là.

Merci d'avance pour votre confirmation.

Cordialement,

Nadia Youkhana
Responsable des programmes
ANRR

De : Nadia Youkhana <n.youkhana@anrr-ninive.example.org>
Envoyé : mardi 2 février 2021 12:20
À : gcmrrarabstates@iom.int
Objet : """ + M03_SUBJ + "\n\n" + M03_TEXT
    subj = "RE: " + M03_SUBJ
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "FR"))],
              "_000_AM6PR04MB56390C7B3E1F8A24_")
    m = mk(when, sent_at(when, 3, 5), "mail-am6eur04on0614.outbound.protection.outlook.example.com", "198.51.100.14",
           "4F0Gh21TwMz1", addr("Nadia Youkhana", "n.youkhana@anrr-ninive.example.org"), hdr(subj, enc="Q"),
           "<AM6PR04MB56390C7B3E1F8A24@AM6PR04MB5639.eurprd04.prod.outlook.example.com>", a,
           extra=outlook(M03_SUBJ, "AdcpK7Yw1m3nB5vC8xZ2qR4tL6hJ9gAKf3Rt", lang="fr-FR")
           + [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="'did you receive it?' follow-up to h221-03 (Outlook reply quoting the original, not '>'-prefixed, "
              "without the attachment): a question, not a new submission (dev 040). Power and network cuts."))


# ================================================================ 19  EN  speaker  Sana'a, late, on behalf of a tribal sheikh, rapporteur + open discussion
def m19():
    when = at("2021-02-12 15:03:47")
    text = """Dear Madam / Sir,

I am writing you on behalf of our Chairman, Sheikh Abdulqawi Saleh Al-Wajih, Chairman of the Board of Yemen Relief and Migration Network (YRMN). He wish to participate to the Regional Review as rapporteur of the key messages, and also in the open discussion of 23 February if it is possible.

We know the date for speakers was 5 February. Unfortunately we did not receive the invitation in time because our internet was down for more than one week in Sana'a after the damage of the cable. We hope you can still consider him.

Best Regards,

Eng. Fatima Ahmed Al-Ansi
Executive Secretary
YRMN - Sana'a, Yemen
Mob: +967 7xx xxx xxx
"""
    html = outlook_html(text)
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PAXPR02MB7214E0B9A3C5D1F6_")
    subj = "Participation of YRMN chairman (late request)"
    m = mk(when, sent_at(when, 3, 9), "mail-pax2eur02on0647.outbound.protection.outlook.example.com", "198.51.100.47",
           "4F0pX73Bqvz8", "Fatima Al-Ansi <f.alansi@yrmn-yemen.example.org>", subj,
           "<PAXPR02MB7214E0B9A3C5D1F6@PAXPR02MB7214.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcBq5Rt7Yu9Io1Pa3Sd5Fg7Hj9Kl=="))
    add(19, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdulqawi Saleh Al-Wajih", "Chairman of the Board", "Yemen Relief and Migration Network (YRMN)",
           ["rapporteur", "open_discussion"])],
        notes="late (12 February) and says why; sent on behalf of the speaker by the executive secretary ('Eng.' "
              "before her own name); the speaker's tribal/social honorific 'Sheikh' is not part of the name (not "
              "covered by LABELS.md/dev: a careful secretary drops it like 'Mr.'); title and organisation written "
              "in prose ('Chairman of the Board of ...'). Two roles, rapporteur first; the second is 'if it is "
              "possible', recorded too. English as a second language."))


# ================================================================ 20  AR  other  thank-you reply to our acknowledgement of 06
def m20():
    when = at("2021-02-14 10:44:09")
    text = """شكراً جزيلاً لكم على الرد وتأكيد الاستلام، وجزاكم الله خيراً.
الأخ عبدالملك يبلغكم تحياته.

أسماء المتوكل
مؤسسة الأمل للحماية والتنمية

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تاريخ الإرسال: الأربعاء، ٣ فبراير، ٢٠٢١ ١:٤١ م
إلى: مؤسسة الأمل - المكتب <office@alamal-yemen.example.org>
الموضوع: إشعار بالاستلام

نشكركم على رسالتكم. نؤكد استلام التقرير الطوعي وطلب المشاركة بصفة مقرر.
"""
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "AR-SA", rtl=True))],
              "_000_DB8PR10MB3577C9E1A2F4B6D8_")
    ack = ack_mid("4DW4hT0mPcz5")
    m = mk(when, sent_at(when, 3, 4), "mail-db8eur10on0603.outbound.protection.outlook.example.com", "198.51.100.63",
           "4F1sY05Hdnz4", addr("مؤسسة الأمل - المكتب", "office@alamal-yemen.example.org"),
           hdr("رد: إشعار بالاستلام"),
           "<DB8PR10MB3577C9E1A2F4B6D8@DB8PR10MB3577.eurprd10.prod.outlook.example.com>", a,
           extra=outlook("إشعار بالاستلام", "AQHW+lZ3m8Kp1Xq2Rr3Ss4Tt5Uu6Vv7W", lang="ar-SA")
           + [("In-Reply-To", ack), ("References", "%s %s" % (M06_ID, ack))])
    add(20, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 6,
        notes="thank-you reply to our acknowledgement of h221-06 (In-Reply-To our acknowledgement, References also "
              "h221-06): adds nothing new, so not acknowledged (LABELS.md). thread_of h221-06. The speaker is named "
              "with the honorific 'الأخ' but nothing is proposed."))


# ================================================================ 21  EN  both  Erbil network, PDF + two speakers: report on time, speakers late
M21_FILE = "NKRM_Collective_Voluntary_Report_GCM_2021.pdf"


def m21():
    when = at("2021-02-15 17:30:12")
    text = """Dear colleagues,

On behalf of the Network of NGOs in the Kurdistan Region on Migration (NKRM), I am pleased to submit our collective voluntary GCM review report, prepared by 22 member organisations in Erbil, Duhok, Sulaymaniyah and Halabja (attached).

We also know the deadline for speaking roles has passed, but if there is still any space we would like to propose two speakers:

- Ms. Rezhna Omer Aziz (ڕێژنا عومەر عەزیز), Protection Officer, NKRM secretariat - roundtable 4
- Mr. Ali Hussein Kadhim Al-Saadi (علي حسين كاظم الساعدي), Board Member, NKRM - plenary

Ali is from Basra and lives in Erbil since 2014, so he can speak about internal displacement between the south and the Kurdistan Region.

Many thanks and kind regards,
Bahoz Karim
Network Coordinator, NKRM
Erbil, Kurdistan Region - Iraq
"""
    pdf = rep_pdf("Collective Voluntary GCM Review Report 2021", "Network of NGOs in the Kurdistan Region on Migration",
                  ["Introduction", "Methodology (22 organisations)", "IDPs and returnees",
                   "Syrian refugees in the Kurdistan Region", "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_VI1PR09MB4455A7C2E9F1B3D5_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "_004_VI1PR09MB4455A7C2E9F1B3D5_")
    subj = "NKRM collective voluntary report + speakers"
    m = mk(when, sent_at(when, 3, 10), "mail-vi1eur09on0637.outbound.protection.outlook.example.com", "198.51.100.37",
           "4F2mK37Zsgz5", "Bahoz Karim <coordinator@nkrm-network.example.org>", subj,
           "<VI1PR09MB4455A7C2E9F1B3D5@VI1PR09MB4455.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcDt2Gh4Jk6Lz8Xc0Vb2Nm4Qw6Er==", has_attach="yes"))
    nkrm = "Network of NGOs in the Kurdistan Region on Migration (NKRM)"
    add(21, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[M21_FILE], speakers=[
        sp("Rezhna Omer Aziz", "Protection Officer", nkrm, ["roundtable"], 4),
        sp("Ali Hussein Kadhim Al-Saadi", "Board Member", nkrm, ["plenary"])],
        notes="both; received 15 February: the report is on time, the speaker part late, so on_time false (dev 035). "
              "Two speakers on dash lines 'name (other script), title, organisation - role'; the first name is "
              "followed by its Kurdish (Sorani) spelling, the second by its Arabic spelling (not part of the names); "
              "'Ms.'/'Mr.' dropped; the organisation is written 'NKRM secretariat' / 'NKRM': the fullest form "
              "written (first sentence) is recorded. Four-part Iraqi name with tribal surname (Al-Saadi)."))


# ================================================================ 22  FR  report  Aden, 23:40 on 16 Feb (00:40 on 17 Feb for the sender)
def m22():
    when = at("2021-02-16 23:40:26")
    fname = "Rapport_RMRPM_Aden_PMM.pdf"
    text = """Bonsoir,

Ci-joint le rapport volontaire du Réseau Mer Rouge pour la Protection des Migrants (RMRPM), bureau d'Aden, sur la mise en œuvre du PMM le long de la route de l'Est (Djibouti - Aden - Arabie saoudite).

Désolé pour l'envoi à la dernière minute, le courant a été coupé toute la soirée à Aden.

Respectueusement,
Mahamoud Ali Farah
Coordinateur régional, RMRPM
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "Reseau Mer Rouge pour la Protection des Migrants",
                  ["Introduction", "La route de l'Est", "Objectifs 7, 8 et 9", "Recommandations"])
    a = alt(text, "Apple-Mail=_5B1C9E2A-7D4F-4A83-B0E6-1F2C3D4E5A6B")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "Apple-Mail=_0A9E7C3B-2F1D-4E58-9B6A-7C8D9E0F1A2B")
    m = mk(when, sent_at(when, 3, 14), "mail.rmrpm.example.org", "203.0.113.77", "4F3vW82Ptkz0",
           addr("Mahamoud Ali Farah", "m.farah@rmrpm.example.org"), "Rapport volontaire RMRPM",
           "<5D3A1B8E-0C7F-4E29-A6B4-9F2E1D0C8B7A@rmrpm.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:40 on 16 February Beirut time, on time, though the Date header reads 17 February "
              "00:40 +0300 (Aden). Power cut mentioned. Apple Mail."))


# ================================================================ 23  AR  report  Mosul, late, DOCX, Outlook, formal
def m23():
    when = at("2021-02-17 10:02:55")
    fname = "التقرير الطوعي - مركز الموصل لدراسات النزوح والعودة.docx"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون

تحية طيبة،

نرفق لحضراتكم التقرير الطوعي لمركز الموصل لدراسات النزوح والعودة. نعتذر عن التأخر في الإرسال عن الموعد المحدد (١٦ شباط) بسبب انقطاع التيار الكهربائي الوطني وخدمة الإنترنت في مدينة الموصل خلال اليومين الماضيين، ونأمل أن يؤخذ التقرير بنظر الاعتبار.

مع وافر الاحترام والتقدير

د. رنا طارق عبد الله النعيمي
مديرة المركز
مركز الموصل لدراسات النزوح والعودة
"""
    doc = make_docx(["التقرير الطوعي - مركز الموصل لدراسات النزوح والعودة", "الاستعراض الإقليمي للاتفاق العالمي 2021",
                     "أولاً: المقدمة", "ثانياً: النزوح والعودة في محافظة نينوى", "ثالثاً: التوصيات"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "AR-IQ", rtl=True))],
              "_000_AS8PR03MB6870B4D2F6A8C0E1_")
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "_004_AS8PR03MB6870B4D2F6A8C0E1_")
    subj = "التقرير الطوعي - مركز الموصل لدراسات النزوح والعودة"
    m = mk(when, sent_at(when, 3, 6), "mail-as8pr03on0652.outbound.protection.outlook.example.com", "198.51.100.52",
           "4F48Lq21Vnz3", addr("Rana Al-Nuaimi", "director@mcdrs-mosul.example.org"), hdr(subj),
           "<AS8PR03MB6870B4D2F6A8C0E1@AS8PR03MB6870.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcFg8Hj0Kl2Zx4Cv6Bn8Mq0We2Rt==", lang="ar-IQ", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February, one day after the extended deadline) and says why (national grid and internet "
              "cuts in Mosul); DOCX with an Arabic file name (RFC 2231); Iraqi usage ('يؤخذ بنظر الاعتبار')."))


# ================================================================ 24  FR  other  Taiz/Sana'a office: online link and interpretation?
def m24():
    when = at("2021-02-18 13:27:40")
    text = """Bonjour,

C'est encore le bureau de l'OYM à Sanaa. Nous voulons savoir si la conférence du 24 et 25 février sera en ligne ou en présentiel, et si on reçoit le lien Zoom par email. Aussi est-ce qu'il y a interprétation en arabe ? Notre collègue préfère parler en arabe.

Le vol de Sanaa est impossible pour nous en ce moment.

Merci

OYM
Envoyé depuis le téléphone partagé du bureau OYM
"""
    body = alt(text, "000000000000b8f4e305bb9a2c17", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail-pf1-f170.google.example.com", "192.0.2.170", "4F4vH56Qmsz1",
           addr("OYM Office", "oym.office.sanaa@gmail.example.com"), "question conference en ligne ?",
           "<CAPz4Rk9nF1wX4+oIr8Md3UzC6yK0bHg2Ve@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (online or in person, Zoom link, Arabic interpretation) from the shared office "
              "account that sent h221-04; new message, not a reply, and no new speaker or report: other, thread_of "
              "null (it does not follow up the request itself). French as a third language."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
