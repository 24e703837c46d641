#!/usr/bin/env python3
"""Write the blind evaluation set holdout94 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets94.py
Theme: lawyers and legal aid: bar associations, legal aid clinics, human-rights lawyers, university law
clinics, strategic-litigation NGOs (Lebanon, Egypt, Tunisia, Jordan, Morocco, Iraq).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout94")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h94-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def gmail_alt(text, bnd, cte="quoted-printable", rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    html = "<div%s>" % d + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)], bnd)


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n<div class="WordSection1">\n%s\n'
            '</div>\n</body>\n</html>\n' % (lang, d, inner))


def mso(t):
    """Plain paragraphs -> Outlook MsoNormal paragraphs."""
    out = []
    for line in t.split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) if line else "&nbsp;"))
    return "\n".join(out)


OUTLOOK_X = [("X-Mailer", None)]


def outlook_rows(thread_topic, index):
    return [("Thread-Topic", thread_topic), ("Thread-Index", index), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


# ---------------------------------------------------------------- 01 en speaker, Outlook, HTML table, 2 speakers
M01_ID = "<VI1PR08MB4471C3D8A2E9B7F61D0C5A2FE8B20@VI1PR08MB4471.eurprd08.prod.outlook.example.com>"


def m01():
    when = at("2021-01-28 11:14:37")
    sent = when - dt.timedelta(seconds=21)
    rows_t = [
        ("Name", "Position", "Affiliation", "Requested slot"),
        ("Att. Nadine Karam", "Head of the Migrant Workers Legal Aid Unit",
         "Legal Aid Committee, Beirut Bar Association (BBA)", "Thematic Roundtable 2 \u2013 floor intervention"),
        ("Att. Karim Achkar", "Member of the Bar Council", "Beirut Bar Association (BBA)",
         "Plenary session \u2013 floor intervention"),
    ]
    intro = ("Dear Colleagues,\n\nOn behalf of the Beirut Bar Association, and further to your kind invitation to the "
             "Regional Review of the Global Compact for Migration in the Arab region, we are pleased to nominate the "
             "following two colleagues for speaking roles:")
    outro = ("Both colleagues are practising lawyers who have represented migrant domestic workers and refugees before "
             "the Lebanese courts and the Council of State, including in cases related to the kafala system.\n\n"
             "We remain at your disposal for any further information.\n\nKind regards,\n\nHiba Nassar\n"
             "Coordinator | International Relations Office\nBeirut Bar Association (BBA)\n"
             "Museum Square, Beirut \u2013 Lebanon\nT: +961 1 423 9xx")
    plain = intro + "\n\n"
    for r in rows_t:
        plain += "\n".join(r) + "\n\n"
    plain += outro + "\n"
    cells = []
    for i, r in enumerate(rows_t):
        tds = "".join('<td width="25%%" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                      '<p class="MsoNormal">%s%s%s<o:p></o:p></p></td>' % ("<b>" if i == 0 else "", esc(c),
                                                                           "</b>" if i == 0 else "") for c in r)
        cells.append("<tr>%s</tr>" % tds)
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
             '<tbody>\n%s\n</tbody></table>' % "\n".join(cells))
    html = outlook_html(mso(intro) + '\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n' + table +
                        '\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n' + mso(outro))
    body = multi("alternative", [leaf("text/plain", plain, "us-ascii" if False else "utf-8"),
                                 leaf("text/html", html, "utf-8")],
                 "_000_VI1PR08MB4471C3D8A2E9B7F61D0C5A2FE8B20VI1PR08MB4471eurp_")
    rows = std_rows(when, "mail-eopbgr80071.outbound.protection.outlook.example.com", "40.107.8.71", "4DRJ5q1Zz8z1kM",
                    '"Hiba Nassar" <h.nassar@beirutbar.example.org>',
                    "Nomination of speakers - Beirut Bar Association - GCM Regional Review",
                    rfcdate(sent), M01_ID,
                    extra=[], ret="h.nassar@beirutbar.example.org")
    rows += outlook_rows("Nomination of speakers - Beirut Bar Association - GCM Regional Review",
                         "AQHW9ZcXl3m1qK0uT0Sx2Fh4e8bKcA==")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nadine Karam", "Head of the Migrant Workers Legal Aid Unit",
                     "Legal Aid Committee, Beirut Bar Association (BBA)", ["roundtable"], 2),
                  sp("Karim Achkar", "Member of the Bar Council", "Beirut Bar Association (BBA)", ["plenary"])],
        notes="two speakers nominated by a third person (the sender is not a speaker); all details only in an "
              "Outlook HTML table (the text/plain part flattens each cell onto its own line, no labels next to "
              "values); 'Att.' (attorney) honorific before both names; different affiliation per row."))


# ---------------------------------------------------------------- 02 ar speaker, Egyptian colloquial, for the director
M02_ID = "<CAJx7Lk2mP0nR9sT4uV8wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9q@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 16:40:12")
    sent = when - dt.timedelta(seconds=9)
    text = """السلام عليكم ورحمة الله وبركاته

حضراتكم بعتولنا دعوة المراجعة الإقليمية للاتفاق العالمي للهجرة، وإحنا في المؤسسة مهتمين جداً إننا نشارك.

الأستاذ المحامي محمود عبد الفتاح، مدير وحدة التقاضي الاستراتيجي في مؤسسة سند للعون القانوني، حابب ياخد كلمة في الجلسة العامة (مداخلة من القاعة) يوم ٢٤ أو ٢٥ فبراير، وهيتكلم عن احتجاز المهاجرين واللاجئين في أقسام الشرطة وقضايا الترحيل اللي اشتغلنا عليها السنة اللي فاتت.

لو محتاجين أي بيانات تانية أو سي في بتاعه قولولي وأنا أبعتهولكم على طول.

شكراً جزيلاً

--
منة الله سامي
باحثة قانونية
مؤسسة سند للعون القانوني - القاهرة
"""
    body = gmail_alt(text, "0000000000004c1a2b05b9fa3e51", cte="base64", rtl=True)
    rows = std_rows(when, "mail-ed1-f68.google.example.com", "209.85.208.68", "4DS2Vh0kq9z3Tn",
                    addr("منة الله سامي", "menna.samy.sanad@gmail.example.com"),
                    hdr("طلب كلمة - مؤسسة سند للعون القانوني"), rfcdate(sent), M02_ID,
                    ret="menna.samy.sanad@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمود عبد الفتاح", "مدير وحدة التقاضي الاستراتيجي", "مؤسسة سند للعون القانوني", ["plenary"])],
        notes="Egyptian colloquial; speaker introduced as 'الأستاذ المحامي' (honorific + profession, not part of the "
              "name or title); the sender (legal researcher) is not the speaker and signs with her own title; role "
              "'كلمة في الجلسة العامة (مداخلة من القاعة)' = plenary floor intervention; Eastern Arabic digits in dates."))


# ---------------------------------------------------------------- 03 fr other: can a lawyer speak for a coalition?
M03_ID = "<8f3b2c1e-4a7d-4e9b-b2c6-1d5e7f9a0b3c@avocats-tunis.example.tn>"


def m03():
    when = at("2021-01-31 10:05:48")
    sent = when - dt.timedelta(seconds=33)
    text = """Bonjour,

Je suis avocate au barreau de Tunis et membre de la Coalition tunisienne pour les droits des migrants (CTDM), qui regroupe quatorze associations et deux cabinets d'avocats.

Nous envisageons de demander une prise de parole lors de la conférence, mais nous avons une question préalable : est-ce qu'un avocat peut intervenir au nom d'une coalition, ou bien faut-il que l'intervenant soit le représentant légal d'une des associations membres ? Dans notre cas c'est moi qui ai été désignée par le comité de coordination, mais je ne suis salariée d'aucune des associations.

Et si c'est possible, quelle affiliation faudrait-il indiquer : la coalition, ou mon cabinet ?

Merci d'avance pour votre retour, nous enverrons la demande formelle dès que nous aurons votre réponse.

Bien cordialement,

Me Amel Jaziri
Avocate à la Cour
Cabinet Jaziri & Associés - 12, rue d'Alger, Tunis
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.avocats-tunis.example.tn", "197.13.22.41", "4DT0bS3Hn6z2Yp",
                    addr("Amel Jaziri", "amel.jaziri@avocats-tunis.example.tn"),
                    hdr("Question : prise de parole au nom d'une coalition", "utf-8", "Q"), rfcdate(tz(sent, 1)), M03_ID,
                    ret="amel.jaziri@avocats-tunis.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question only (can a lawyer speak on behalf of a coalition, which affiliation to give); name, "
              "'Avocate à la Cour' and a coalition are all present and the word 'prise de parole' appears, but the "
              "formal request is announced for later: no speaker is proposed yet."))


# ---------------------------------------------------------------- 04 ar auto_reply (lawyer in court)
def m04():
    when = at("2021-02-01 09:30:05")
    sent = when - dt.timedelta(seconds=3)
    text = """شكراً لرسالتكم.
أنا خارج المكتب حتى يوم الخميس 4 شباط 2021 لحضور جلسات أمام محكمة استئناف عمّان، ولن أتمكن من الرد على البريد الإلكتروني بشكل منتظم.
للأمور المستعجلة يرجى التواصل مع الزميلة المحامية رزان الحياري على العنوان r.hiyari@adl-law.example.jo

Thank you for your email. I am out of the office attending court hearings until Thursday 4 February 2021 with limited access to email. For urgent matters please contact r.hiyari@adl-law.example.jo

المحامي باسل العمري
مكتب العدل للمحاماة والاستشارات القانونية
"""
    html = outlook_html(mso(text), "AR-JO", rtl=True)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_AM0PR03MB5873A1B2C3D4E5F6A7B8C9D0AM0PR03MB5873eurp_")
    invit = "<AM6PR04MB5990E1A7F3C94B2C8E11D9A0F4C61@AM6PR04MB5990.eurprd04.prod.outlook.example.com>"
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail-am6eur05on2101.outbound.protection.outlook.example.com",
                                  "40.107.22.101", "4DTq8m2Lg1z5Wx")),
            ("From", addr("باسل العمري", "b.omari@adl-law.example.jo")), ("To", BOX),
            ("Subject", hdr("رد تلقائي: Invitation: Regional Review of the GCM in the Arab region")),
            ("Thread-Topic", "Invitation: Regional Review of the GCM in the Arab region"),
            ("Thread-Index", "AQHW+E2rYc7mJ1b0QUKsV3nZpHq8Gw=="),
            ("Date", rfcdate(sent)), ("Message-ID", "<AM0PR03MB5873A1B2C3D4E5F6A7B8C9D0@AM0PR03MB5873.eurprd03.prod.outlook.example.com>"),
            ("References", invit), ("In-Reply-To", invit),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "b.omari@adl-law.example.jo"),
            ("Content-Language", "ar-JO")]
    m = top(body, rows)
    add(4, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic then English (court hearings), reply to the invitation; names a "
              "lawyer colleague and an address; Auto-Submitted: auto-replied and empty Return-Path."))


# ---------------------------------------------------------------- 05 fr speaker, Maître, rapporteur, iPhone
M05_ID = "<3E5C7A91-2B4D-4F6E-8A0C-1D3F5B7E9A2C@adm-maroc.example.ma>"


def m05():
    when = at("2021-02-01 13:22:50")
    sent = when - dt.timedelta(seconds=14)
    text = """Madame, Monsieur,

Suite à votre aimable invitation, je me permets de vous proposer ma candidature pour le rôle de rapporteur chargé de présenter les messages clés des parties prenantes.

Notre association accompagne depuis 2014 les migrants subsahariens devant les juridictions d'Oujda et de Nador (refoulements, détention administrative, accès à l'état civil pour les enfants nés au Maroc) et nous avons participé aux consultations nationales sur la SNIA.

Je reste à votre entière disposition.

Bien à vous,

Maître Salma Bennani
Avocate au Barreau d'Oujda
Présidente, Association Droit et Mobilité – Maroc (ADM)

Envoyé de mon iPhone"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) +
            "</body></html>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "Apple-Mail-7E2A4C61-3B9D-4F18-A5C2-8D0E6F1B3A57")
    rows = std_rows(when, "smtp.adm-maroc.example.ma", "41.248.11.90", "4DTz3k0Bv7z8Pq",
                    addr("Salma Bennani", "s.bennani@adm-maroc.example.ma"),
                    "Candidature rapporteur - ADM", rfcdate(tz(sent, 1)), M05_ID,
                    ret="s.bennani@adm-maroc.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Bennani", "Présidente", "Association Droit et Mobilité – Maroc (ADM)", ["rapporteur"])],
        notes="self-nomination as rapporteur ('présenter les messages clés'); name only in the signature after "
              "'Maître'; two title-like lines ('Avocate au Barreau d'Oujda' = profession/bar, 'Présidente' = function "
              "in ADM); Date in +0100 (Morocco)."))


# ---------------------------------------------------------------- 06 en report, Jordan university law clinic, PDF
def m06():
    when = at("2021-02-02 18:03:26")
    sent = when - dt.timedelta(seconds=11)
    name = "PLS-LegalClinic_GCM_Voluntary_Review_2021.pdf"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report prepared by the Refugee and Migrant Rights Legal Clinic of Petra Law School (Amman). The report is based on 212 legal consultations our students gave under supervision in 2019-2020, mostly to migrant domestic workers and Syrian and Iraqi refugees facing labour disputes, overstay fines and detention.

It covers GCM objectives 4, 6, 13 and 16, with a short section on COVID-19.

With best regards,
Dr. Rania Haddadin
Assistant Professor of Law | Clinic Supervisor
Petra Law School - Refugee and Migrant Rights Legal Clinic
"""
    alt = gmail_alt(text, "000000000000a7c3e105ba5d2f90")
    pdf = make_pdf(["Petra Law School - Refugee and Migrant Rights Legal Clinic",
                    "Voluntary GCM Review Report (Jordan), February 2021",
                    "Objectives 4, 6, 13 and 16 - findings from 212 legal consultations"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kkp3w1x50")])
    body = multi("mixed", [alt, att], "000000000000a7c3e305ba5d2f92")
    rows = std_rows(when, "mail-wm1-f42.google.example.com", "209.85.128.42", "4DVW9f1Hc2z7Lr",
                    "Rania Haddadin <r.haddadin@pls-clinic.example.jo>",
                    "GCM voluntary review report - Petra Law School Legal Clinic", rfcdate(sent),
                    "<CAHk2Pz8yQ4rT7uW0xA3bD6eG9hJ2kM5nP8qS1tV4wY7zB0cE3f@mail.gmail.example.com>",
                    ret="r.haddadin@pls-clinic.example.jo")
    m = top(body, rows)
    add(6, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="straightforward report from a university law clinic; 'Dr.' and 'Clinic Supervisor' in the signature "
              "but no speaking role is requested."))


# ---------------------------------------------------------------- 07 ar speaker, Iraq, numbered list, 2 speakers
M07_ID = "<DB7PR01MB5127F3A9B1C2D4E6F8A0B2C4D6E81@DB7PR01MB5127.eurprd01.prod.outlook.example.com>"


def m07():
    when = at("2021-02-02 21:47:03")
    sent = when - dt.timedelta(seconds=40)
    text = """السادة شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمون
تحية طيبة وبعد،

إشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسر جمعية الأمل للمساعدة القانونية في البصرة أن ترشح الزملاء التالية أسماؤهم للمشاركة كمتحدثين:

1- المحامية زينب الخفاجي / منسقة برنامج العون القانوني للعمال المهاجرين / مداخلة في المائدة المستديرة الأولى
2- الأستاذ حيدر جبار الساعدي / رئيس الجمعية / المشاركة في النقاش المفتوح ضمن التشاور يوم 23 شباط

علماً أن الزميلة الخفاجي تعمل منذ سنوات على قضايا العمال الأجانب المحتجزين بسبب انتهاء الإقامة.

مع فائق التقدير والاحترام

سجاد كريم
مسؤول العلاقات العامة
جمعية الأمل للمساعدة القانونية - البصرة، العراق
"""
    html = outlook_html(mso(text), "AR-IQ", rtl=True)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_DB7PR01MB5127F3A9B1C2D4E6F8A0B2C4D6E81DB7PR01MB5127eurp_")
    rows = std_rows(when, "mail-db8eur05on2058.outbound.protection.outlook.example.com", "40.107.20.58",
                    "4DW1nJ6Rs0z4Gd", addr("سجاد كريم", "sajjad.k@amal-legal.example.iq"),
                    hdr("ترشيح متحدثين - جمعية الأمل للمساعدة القانونية"), rfcdate(tz(sent, 3)), M07_ID,
                    ret="sajjad.k@amal-legal.example.iq")
    rows += outlook_rows("ترشيح متحدثين", "AQHW+Wc3kz0bN4Y2TUC1xP9mFq7eRw==")[:2]
    rows[-2] = ("Thread-Topic", hdr("ترشيح متحدثين - جمعية الأمل للمساعدة القانونية"))
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("زينب الخفاجي", "منسقة برنامج العون القانوني للعمال المهاجرين", "جمعية الأمل للمساعدة القانونية",
                     ["roundtable"], 1),
                  sp("حيدر جبار الساعدي", "رئيس الجمعية", "جمعية الأمل للمساعدة القانونية", ["open_discussion"])],
        notes="two speakers in a numbered list 'name / title / role' separated by slashes; honorifics 'المحامية' and "
              "'الأستاذ' before names; roundtable number in words ('المائدة المستديرة الأولى'); the second speaker's "
              "title 'رئيس الجمعية' refers to the association named only in the intro and signature; sender is not a "
              "speaker; Date in +0300 (Iraq)."))


# ---------------------------------------------------------------- 08 en follow-up of 01: replaces Karim Achkar
def m08():
    when = at("2021-02-03 10:12:19")
    sent = when - dt.timedelta(seconds=18)
    new = ("Dear colleagues,\n\nFurther to my email below, Att. Karim Achkar will unfortunately be travelling on "
           "24-25 February. The BBA would therefore like to propose in his place Ms. Rana Saadeh, Secretary of the "
           "Bar Council, for the same plenary floor intervention.\n\nThe nomination of Att. Nadine Karam for "
           "Roundtable 2 remains unchanged.\n\nApologies for the inconvenience.\n\nKind regards,\n\nHiba Nassar\n"
           "Coordinator | International Relations Office\nBeirut Bar Association (BBA)")
    quoted_hdr = ("From: Hiba Nassar <h.nassar@beirutbar.example.org>\nSent: Thursday, January 28, 2021 11:14 AM\n"
                  "To: gcmrrarabstates@iom.int\nSubject: Nomination of speakers - Beirut Bar Association - GCM Regional Review")
    quoted = ("Dear Colleagues,\n\nOn behalf of the Beirut Bar Association, and further to your kind invitation to the "
              "Regional Review of the Global Compact for Migration in the Arab region, we are pleased to nominate the "
              "following two colleagues for speaking roles:\n\nName\nPosition\nAffiliation\nRequested slot\n\n"
              "Att. Nadine Karam\nHead of the Migrant Workers Legal Aid Unit\nLegal Aid Committee, Beirut Bar Association (BBA)\n"
              "Thematic Roundtable 2 \u2013 floor intervention\n\nAtt. Karim Achkar\nMember of the Bar Council\n"
              "Beirut Bar Association (BBA)\nPlenary session \u2013 floor intervention\n\n[...]")
    plain = new + "\n\n" + "_" * 32 + "\n" + quoted_hdr + "\n\n" + quoted + "\n"
    html = outlook_html(mso(new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        + mso(quoted_hdr) + "</div>\n" + mso(quoted))
    body = multi("alternative", [leaf("text/plain", plain, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR08MB4471D9E0F1A2B3C4D5E6F7A8B9C02VI1PR08MB4471eurp_")
    rows = std_rows(when, "mail-eopbgr80082.outbound.protection.outlook.example.com", "40.107.8.82", "4DWPq0Vx5nz9Hc",
                    '"Hiba Nassar" <h.nassar@beirutbar.example.org>',
                    "RE: Nomination of speakers - Beirut Bar Association - GCM Regional Review", rfcdate(sent),
                    "<VI1PR08MB4471D9E0F1A2B3C4D5E6F7A8B9C02@VI1PR08MB4471.eurprd08.prod.outlook.example.com>",
                    ret="h.nassar@beirutbar.example.org",
                    extra=[])
    rows += [("References", M01_ID), ("In-Reply-To", M01_ID)]
    rows += outlook_rows("Nomination of speakers - Beirut Bar Association - GCM Regional Review",
                         "AQHW9ZcXl3m1qK0uT0Sx2Fh4e8bKcAE0Hs1A")
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rana Saadeh", "Secretary of the Bar Council", "Beirut Bar Association (BBA)", ["plenary"])],
        thread_of="h94-01.eml",
        notes="Outlook reply to the sender's own message 01: replaces one of the two speakers; only 'The BBA' in the "
              "new text (full name in the signature and quote); the unchanged nomination and the old speaker appear "
              "in the body and in the quoted table and must not be recorded again."))


# ---------------------------------------------------------------- 09 fr other: thank-you reply to our ack of 05
def m09():
    when = at("2021-02-03 15:40:31")
    sent = when - dt.timedelta(seconds=8)
    ack = "<ack.20210203105811.4f2a@gcmrr.iom.int>"
    text = """Merci beaucoup pour votre retour rapide. Bonne journée à toute l'équipe.
Me S. Bennani

Envoyé de mon iPhone

> Le 3 févr. 2021 à 11:58, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> 
> Madame, Monsieur,
> 
> Nous accusons réception de votre demande de prise de parole pour l'Examen régional du Pacte mondial sur les migrations dans la région arabe. L'équipe d'organisation reviendra vers vous prochainement.
> 
> Cordialement,
> Le Secrétariat de l'Examen régional du PMM"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.adm-maroc.example.ma", "41.248.11.90", "4DWf7c2Ln4z1Qs",
                    addr("Salma Bennani", "s.bennani@adm-maroc.example.ma"),
                    hdr("Re: Accusé de réception – Candidature rapporteur - ADM", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<A1C3E5F7-9B2D-4E6F-8A1C-3E5F7A9B1D2E@adm-maroc.example.ma>",
                    ret="s.bennani@adm-maroc.example.ma")
    rows += [("In-Reply-To", ack), ("References", "%s %s" % (M05_ID, ack)), ("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(9, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h94-05.eml",
        notes="one-line thank-you to our acknowledgement of 05 (nothing new): must not be acknowledged; 'Me' before "
              "an initial; the quoted acknowledgement mentions 'demande de prise de parole'."))


# ---------------------------------------------------------------- 10 fr both, Lebanese French, latin-1 Outlook
def m10():
    when = at("2021-02-04 14:35:54")
    sent = when - dt.timedelta(seconds=25)
    name = "Rapport CLAJM - Examen PMM 2021.pdf"
    text = """Chers amis,

J'espère que vous allez bien malgré le confinement.

Veuillez trouver ci-joint le rapport d'examen volontaire du Pacte mondial préparé par notre Centre, sur la base des dossiers suivis par nos avocats en 2019 et 2020 (travailleuses domestiques migrantes, rétention à la Sûreté générale, apatridie des enfants nés au Liban).

Par la même occasion, le CLAJM souhaiterait intervenir lors de la table ronde thématique n° 4. Notre intervenante serait Me Joëlle Abou Jaoudé, avocate à la Cour, responsable du pôle contentieux chez nous, qui a plaidé plusieurs des affaires citées dans le rapport.

Yalla, on reste en contact, et merci encore pour l'invitation.

Bien à vous,

Georges Khoury
Directeur exécutif
Centre libanais d'assistance juridique aux migrants (CLAJM)
Achrafieh, Beyrouth
"""
    html = outlook_html(mso(text), "FR")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html.replace("utf-8", "iso-8859-1"), "iso-8859-1")],
                "_000_PR3PR02MB6171B0C2D4E6F8A1B3C5D7E9F0A2PR3PR02MB6171eurp_")
    pdf = make_pdf(["Centre libanais d'assistance juridique aux migrants (CLAJM)",
                    "Rapport d'examen volontaire - Pacte mondial sur les migrations", "Liban, fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Thu, 04 Feb 2021 12:30:10 GMT"' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_PR3PR02MB6171B0C2D4E6F8A1B3C5D7E9F0A2PR3PR02MB6171eurp_")
    rows = std_rows(when, "mail-pr3eur02on2092.outbound.protection.outlook.example.com", "40.107.3.92",
                    "4DX4Kd8Tm3z6Fj", "Georges Khoury <g.khoury@clajm.example.org.lb>",
                    hdr("Rapport + demande d'intervention (table ronde 4) - CLAJM", "iso-8859-1", "Q"), rfcdate(sent),
                    "<PR3PR02MB6171B0C2D4E6F8A1B3C5D7E9F0A2@PR3PR02MB6171.eurprd02.prod.outlook.example.com>",
                    ret="g.khoury@clajm.example.org.lb")
    rows += [("Thread-Topic", hdr("Rapport + demande d'intervention (table ronde 4) - CLAJM", "iso-8859-1", "Q")),
             ("Thread-Index", "Adb6+1Qk3mZc8rN0S7e2VbXw9hK4Lg=="), ("Accept-Language", "fr-FR, en-US"),
             ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
        speakers=[sp("Joëlle Abou Jaoudé", "responsable du pôle contentieux",
                     "Centre libanais d'assistance juridique aux migrants (CLAJM)", ["roundtable"], 4)],
        notes="Lebanese French ('Yalla'); report PDF with spaces in the file name + a speaking request in prose for a "
              "colleague ('Me', 'avocate à la Cour' is the profession, the function is 'responsable du pôle "
              "contentieux'); only the acronym CLAJM near the request, full name in the sender's signature; "
              "ISO-8859-1 quoted-printable; 'table ronde thématique n° 4'."))


# ---------------------------------------------------------------- 11 ar report, Tunisia, DOCX, Arabic RFC 2231 name
M11_ID = "<CAMv5Qk9sR2tU6wX0yB3cE7fH1jK4mN8pQ2sT5vW9xZ3aC6dF0g@mail.gmail.example.com>"
M11_NAME = "تقرير_جمعية_المحامين_الشبان_الاتفاق_العالمي_للهجرة.docx"


def m11():
    when = at("2021-02-04 19:20:44")
    sent = when - dt.timedelta(seconds=13)
    text = """السلام عليكم،

تحية طيبة من صفاقس،

نرسل إليكم في المرفق التقرير الطوعي لجمعية المحامين الشبان لحقوق المهاجرين بصفاقس حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في تونس، وقد أعدّه فريق من المحامين المتطوعين انطلاقاً من الملفات التي تابعناها أمام المحاكم ومراكز الإيواء والترحيل (الوردية خاصة).

التقرير باللغة العربية، وسنحاول إرسال ترجمة فرنسية لاحقاً إن أمكن.

يعيشكم، وبالتوفيق في تنظيم المؤتمر.

وفاء القلال
الكاتبة العامة
جمعية المحامين الشبان لحقوق المهاجرين - صفاقس
"""
    alt = gmail_alt(text, "000000000000e4b7c805ba6c1a3d", cte="base64", rtl=True)
    docx = make_docx(["جمعية المحامين الشبان لحقوق المهاجرين - صفاقس", "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة",
                      "تونس - فيفري 2021", "1. الإطار القانوني", "2. الاحتجاز والترحيل", "3. التوصيات"])
    m = Message(policy=POL)
    m["Content-Type"] = DOCX + ";\r\n\tname*=" + rfc2231(M11_NAME)
    m["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", M11_NAME))
    m["Content-Transfer-Encoding"] = "base64"
    m["X-Attachment-Id"] = "f_kkr9a2m40"
    m["Content-ID"] = "<f_kkr9a2m40>"
    m.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [alt, m], "000000000000e4b7ca05ba6c1a3f")
    rows = std_rows(when, "mail-ej1-f54.google.example.com", "209.85.218.54", "4DX9pF2Wq7z3Nb",
                    addr("Wafa Gallal", "wafa.gallal.avocate@gmail.example.com"),
                    hdr("التقرير الطوعي - جمعية المحامين الشبان لحقوق المهاجرين"), rfcdate(tz(sent, 1)), M11_ID,
                    ret="wafa.gallal.avocate@gmail.example.com")
    mm = top(body, rows)
    add(11, when, mm, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M11_NAME],
        notes="Arabic DOCX file name in RFC 2231 continuations (filename*0*, filename*1*...); Latin display name; "
              "MSA with Tunisian 'يعيشكم'; announces a French translation later (not a second report)."))


# ---------------------------------------------------------------- 12 en speaker, Egypt, terse, unusual order
M12_ID = "<CAB9nRt4xW7yZ1aC4dF7gJ0kM3nQ6rT9uW2xZ5bD8eG1hK4mN7p@mail.gmail.example.com>"


def m12():
    when = at("2021-02-05 11:02:09")
    sent = when - dt.timedelta(seconds=6)
    text = """Hi,

Could you please put our Legal Director down for the open discussion on the 23rd (multi-stakeholder consultation)?

CCRLA (Cairo Centre for Refugee Legal Aid), Strategic Litigation Unit - Legal Director - Omar Fathy

He will speak about access to asylum procedures and the detention of migrants intercepted at the southern border. My colleague Mostafa (cc) handles logistics.

Thanks!
Nour

Sent from my Android
"""
    body = gmail_alt(text, "000000000000f1c2d305ba7e6b48")
    rows = std_rows(when, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DXV1c6Rt8z2Mw",
                    "Nour Elsherif <nour.elsherif@ccrla-eg.example.org>",
                    "speaker - open discussion 23 Feb", rfcdate(sent), M12_ID,
                    ret="nour.elsherif@ccrla-eg.example.org")
    rows.insert(rows.index(("To", BOX)) + 1, ("Cc", "Mostafa Eldib <m.eldib@ccrla-eg.example.org>"))
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Omar Fathy", "Legal Director", "CCRLA (Cairo Centre for Refugee Legal Aid), Strategic Litigation Unit",
                     ["open_discussion"])],
        notes="terse mobile message for someone else; details on one line in the order organisation - title - name; "
              "acronym first with the full name in brackets; sender known only by first name; a cc'd colleague who "
              "is not a speaker."))


# ---------------------------------------------------------------- 13 bounce: our ack to the cc'd address of 12
def m13():
    when = at("2021-02-05 11:04:47")
    ack_id = "<ack.20210205110431.9c1d@gcmrr.iom.int>"
    human = """This is the mail system at host mx.ccrla-eg.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.eldib@ccrla-eg.example.org>: host mx.ccrla-eg.example.org[196.219.40.12] said:
    550 5.1.1 <m.eldib@ccrla-eg.example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    dsn = ("Reporting-MTA: dns; mx.ccrla-eg.example.org\nX-Postfix-Queue-ID: 4DXV3h1Kp2z5Rt\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\nArrival-Date: Fri,  5 Feb 2021 09:04:44 +0000 (UTC)\n\n"
           "Final-Recipient: rfc822; m.eldib@ccrla-eg.example.org\nOriginal-Recipient: rfc822;m.eldib@ccrla-eg.example.org\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.ccrla-eg.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <m.eldib@ccrla-eg.example.org>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n")
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    ret = ("Return-Path: <gcmrrarabstates@iom.int>\nFrom: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
           "To: Nour Elsherif <nour.elsherif@ccrla-eg.example.org>\nCc: Mostafa Eldib <m.eldib@ccrla-eg.example.org>\n"
           "Subject: Acknowledgement: speaker - open discussion 23 Feb\nDate: Fri, 5 Feb 2021 11:04:31 +0200\n"
           "Message-ID: %s\nIn-Reply-To: %s\nReferences: %s\nAuto-Submitted: auto-replied\n" % (ack_id, M12_ID, M12_ID))
    p3 = leaf("text/rfc822-headers", ret, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DXV3h1Kp2z5Rt.1612515887/mx.ccrla-eg.example.org",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mx.ccrla-eg.example.org", "196.219.40.12", "4DXV3k0Zb7z9Ws")),
            ("Date", "Fri,  5 Feb 2021 09:04:47 +0000 (UTC)"),
            ("From", "MAILER-DAEMON@mx.ccrla-eg.example.org (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX),
            ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210205090447.7A1B2C3D4E@mx.ccrla-eg.example.org>")]
    m = top(body, rows)
    add(13, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for our acknowledgement of 12, failed for the cc'd colleague only (5.1.1); the returned "
              "headers quote the subject 'speaker - open discussion 23 Feb' and reference 12."))


# ---------------------------------------------------------------- 14 fr both, Morocco, PDF + 2 speakers in a list
def m14():
    when = at("2021-02-05 17:45:20")
    sent = when - dt.timedelta(seconds=17)
    name = "CMCSM - Rapport volontaire PMM 2021.pdf"
    text = """Salam, bonjour à toute l'équipe,

Comme convenu avec Mme Rachidi lors de la réunion préparatoire, vous trouverez en PJ le rapport volontaire du Collectif marocain pour le contentieux stratégique en matière migratoire (CMCSM). C'est un rapport collectif, rédigé avec 6 associations membres et la clinique juridique de la faculté de droit de Tanger.

Nous voudrions aussi proposer deux intervenants :
- Me Hamza Tazi, avocat au barreau de Tanger, coordinateur du Collectif => intervention en plénière
- Mlle Imane Ouazzani, juriste, chargée de plaidoyer au CMCSM => table ronde 1 (ou à défaut la 3)

Merci d'avance et bon week-end,

Khadija Alaoui
Chargée de programme - CMCSM
Tanger
"""
    alt = gmail_alt(text, "0000000000002d8e4f05ba7f1c6a")
    pdf = make_pdf(["Collectif marocain pour le contentieux strategique en matiere migratoire (CMCSM)",
                    "Rapport volontaire collectif - Pacte mondial pour des migrations sures, ordonnees et regulieres",
                    "Maroc, fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kksx0e7b0")])
    body = multi("mixed", [alt, att], "0000000000002d8e5105ba7f1c6c")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DXm8Hb1Sd5z4Kq",
                    "Khadija Alaoui <khadija.alaoui.cmcsm@gmail.example.com>",
                    "Rapport volontaire CMCSM + intervenants", rfcdate(tz(sent, 1)),
                    "<CAE4tP7wR0yU3xA6bD9eH2kN5qS8vX1zC4fI7lO0rU3xA6dG9jM@mail.gmail.example.com>",
                    ret="khadija.alaoui.cmcsm@gmail.example.com")
    m = top(body, rows)
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
        speakers=[sp("Hamza Tazi", "coordinateur du Collectif",
                     "Collectif marocain pour le contentieux stratégique en matière migratoire (CMCSM)", ["plenary"]),
                  sp("Imane Ouazzani", "chargée de plaidoyer",
                     "Collectif marocain pour le contentieux stratégique en matière migratoire (CMCSM)", ["roundtable"], 1)],
        notes="collective report + two speakers in a dash list with '=>' roles; 'Me' and 'Mlle' honorifics; "
              "profession before the function ('avocat au barreau de Tanger, coordinateur du Collectif'; 'juriste, "
              "chargée de plaidoyer'); affiliation only as 'du Collectif'/'au CMCSM' in the list, full name in the intro; "
              "two roundtable choices (1, fallback 3); a third person (Mme Rachidi) and a law clinic are mentioned."))


# ---------------------------------------------------------------- 15 fr speaker, Morocco, 23:52 Beirut, no accents
def m15():
    when = at("2021-02-05 23:52:41")
    sent = when - dt.timedelta(seconds=29)
    text = """Bonsoir,

desole pour l heure tardive, je viens de voir que le delai c est ce soir. Je souhaite intervenir a la table ronde n3 (si c est toujours la table sur l acces a la justice et les droits des migrants).

Me Youssef El Amrani
avocat au barreau de Rabat
membre du bureau, Association marocaine d'aide juridique aux migrants (AMAJM)
06 61 xx xx xx

merci et bonne soiree
"""
    body = gmail_alt(text, "000000000000b3a91c05ba8561e2")
    rows = std_rows(when, "mail-lf1-f47.google.example.com", "209.85.167.47", "4DY3c0Mh2qz6Jt",
                    "Youssef El Amrani <y.elamrani.avocat@gmail.example.com>",
                    "demande intervention", rfcdate(tz(sent, 1)),
                    "<CAN2kV5yX8aB1dE4gH7jL0nQ3sU6wY9bC2eF5hJ8kM1pR4tW7z@mail.gmail.example.com>",
                    ret="y.elamrani.avocat@gmail.example.com")
    m = top(body, rows)
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef El Amrani", "membre du bureau",
                     "Association marocaine d'aide juridique aux migrants (AMAJM)", ["roundtable"], 3)],
        notes="deadline edge: received 23:52:41 Beirut on Fri 5 Feb, Date header 22:52:12 +0100 (Morocco): on time; "
              "typed without accents ('table ronde n3', 'desole'); guesses the roundtable topic; self-nomination with "
              "'Me', profession and function on separate signature lines."))


# ---------------------------------------------------------------- 16 ar speaker, Iraq, late by 7 minutes
def m16():
    when = at("2021-02-06 00:07:15")
    sent = when - dt.timedelta(seconds=35)
    text = """مساء الخير
اعتذر عالتأخير، الكهرباء والانترنت كانت مكطوعة عدنا من العصر.
نرشح الأستاذ المحامي علي كاظم الموسوي حتى يكون عنده مداخلة بالجلسة العامة، هو يشتغل من سنين على قضايا العمال الأجانب بالعراق وقضايا الاتجار بالبشر.

مع التقدير
منظمة دجلة لحقوق الإنسان – المستشار القانوني – علي كاظم الموسوي
بغداد
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-oi1-f178.google.example.com", "209.85.167.178", "4DY3x2Gq9kz1Vb",
                    addr("Ali Kadhim", "ali.kadhim.law@gmail.example.com"),
                    hdr("طلب مداخلة"), rfcdate(tz(sent, 3)),
                    "<CAKq8Wm1rT4vY7zA0cF3hJ6lN9pS2uX5aD8gI1kM4oR7tW0yB3e@mail.gmail.example.com>",
                    ret="ali.kadhim.law@gmail.example.com")
    m = top(body, rows)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("علي كاظم الموسوي", "المستشار القانوني", "منظمة دجلة لحقوق الإنسان", ["plenary"])],
        notes="late by 7 minutes: received 00:07:15 Beirut on Sat 6 Feb, Date header 'Sat, 6 Feb 2021 01:06:40 +0300' "
              "(Baghdad); Iraqi colloquial ('مكطوعة', 'عدنا'); 'الأستاذ المحامي' before the name; the sender is the "
              "speaker but writes in the third person; title and organisation only in a reversed one-line signature "
              "'organisation – title – name'; text/plain only, base64."))


# ---------------------------------------------------------------- 17 ar speaker, Jordanian colloquial, misprint, late
def m17():
    when = at("2021-02-08 12:30:58")
    sent = when - dt.timedelta(seconds=22)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>مرحبا،</p>
<p>حسب الدعوة اللي وصلتنا بالعربي آخر موعد لطلب الكلمة هو يوم الجمعة 23 شباط، فحبيت أبعتلكم هلأ قبل ما ننشغل.</p>
<p>أنا المحامية ديما الطراونة، منسقة عيادة العون القانوني في مركز النهضة للعون القانوني (NLAC) بعمّان، وبدي أشارك بالنقاش المفتوح بالتشاور يوم 23 شباط، خصوصاً عن موضوع غرامات تجاوز الإقامة وتوقيف العاملات المنزليات.</p>
<p>يعطيكم العافية</p>
<p>ديما</p>
</div>
"""
    html = html_wrap(inner, "rtl")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-eopbgr690058.outbound.protection.outlook.example.com", "40.107.69.58", "4DZ8sW3Qm1z7Hp",
                    addr("Dima Tarawneh", "dima.tarawneh@outlook.example.com"),
                    hdr("طلب مشاركة بالنقاش المفتوح"), rfcdate(sent),
                    "<HE1PR0701MB2955A3C5E7F9B1D3F5A7C9E1B3D5@HE1PR0701MB2955.eurprd07.prod.outlook.example.com>",
                    ret="dima.tarawneh@outlook.example.com")
    m = top(body, rows)
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("ديما الطراونة", "منسقة عيادة العون القانوني", "مركز النهضة للعون القانوني (NLAC)", ["open_discussion"])],
        notes="late (Mon 8 Feb) because the sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 شباط'; "
              "Jordanian colloquial; HTML-only; self-nomination in prose with 'المحامية' before the name; role = the "
              "open discussion of the consultation on 23 Feb."))


# ---------------------------------------------------------------- 18 fr other, Lebanese law faculty question
def m18():
    when = at("2021-02-09 10:15:02")
    sent = when - dt.timedelta(seconds=12)
    text = """Madame, Monsieur,

Je coordonne la clinique juridique de la Faculté de droit et des sciences politiques de l'Université de Beyrouth-Est, où nos étudiants de master assurent, sous la supervision d'avocats, des permanences pour les travailleurs migrants.

Nous aimerions soumettre un rapport volontaire, mais avant de finaliser je souhaiterais savoir :
1) si un rapport rédigé en français est recevable, ou s'il faut une version anglaise ou arabe ;
2) si nous pouvons joindre en annexe des décisions de justice anonymisées (environ 40 pages) ;
3) s'il existe un nombre de pages maximum.

D'avance merci. Au plaisir de vous lire,

Pr. Marwan Haddad
Faculté de droit et des sciences politiques
Université de Beyrouth-Est
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.ube.example.edu.lb", "185.89.86.20", "4F0Lr7Xc4gz2Bn",
                    "Marwan Haddad <marwan.haddad@ube.example.edu.lb>",
                    hdr("Questions concernant le rapport volontaire (langue, annexes)", "utf-8", "Q"), rfcdate(sent),
                    "<5d2e8a41-7b3c-9f0e-1a2b-c3d4e5f6a7b8@ube.example.edu.lb>", ret="marwan.haddad@ube.example.edu.lb")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about a future report (language, annexes, length): nothing is attached or submitted; "
              "keyword-heavy ('soumettre un rapport volontaire', 'annexe')."))


# ---------------------------------------------------------------- 19 en both: report on time, speaker request late
def m19():
    when = at("2021-02-10 13:00:36")
    sent = when - dt.timedelta(seconds=19)
    name = "ELNMR collective report GCM review 2021.pdf"
    text = """Dear GCM Regional Review Team,

On behalf of the Egyptian Lawyers' Network for Migrants' Rights (ELNMR), a network of 37 lawyers from Cairo, Alexandria, Aswan and Marsa Matrouh, I am pleased to submit our collective voluntary GCM review report (attached).

We realise the date for speaking roles has passed, but if there is still any possibility, our coordinator Mr. Hossam El-Din Ragab would be honoured to make a short floor intervention in one of the plenary sessions on 24 or 25 February.

Sincerely,

Laila Mansour
Member of the Steering Committee
Egyptian Lawyers' Network for Migrants' Rights (ELNMR)
[ELNMR logo]
"""
    html = outlook_html(mso(text.replace("[ELNMR logo]\n", "")) +
                        '\n<p class="MsoNormal"><img width="96" height="32" id="Picture_x0020_1" src="cid:image001.png@01D6FFA2.3C4B5D60" alt="ELNMR logo"><o:p></o:p></p>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM4PR05MB3281C7E9A1B3D5F7A9C1E3B5D7F9AM4PR05MB3281eurp_")
    img = leaf("image/png", make_png(12, 4, (12, 84, 140)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FFA2.3C4B5D60>")])
    rel = multi("related", [alt, img], "_006_AM4PR05MB3281C7E9A1B3D5F7A9C1E3B5D7F9AM4PR05MB3281eurp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Egyptian Lawyers' Network for Migrants' Rights (ELNMR)", "Collective voluntary GCM review report",
                    "Egypt, February 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [rel, att], "_007_AM4PR05MB3281C7E9A1B3D5F7A9C1E3B5D7F9AM4PR05MB3281eurp_")
    rows = std_rows(when, "mail-am5eur02on2113.outbound.protection.outlook.example.com", "40.107.0.113",
                    "4F19Zq6Tj3z8Kx", "Laila Mansour <l.mansour@elnmr.example.org>",
                    "ELNMR - collective voluntary report + speaking request", rfcdate(sent),
                    "<AM4PR05MB3281C7E9A1B3D5F7A9C1E3B5D7F9@AM4PR05MB3281.eurprd05.prod.outlook.example.com>",
                    ret="l.mansour@elnmr.example.org")
    rows += outlook_rows("ELNMR - collective voluntary report + speaking request", "AQHW/6Kx9qL2c3nTQ0mR8vYb1Zs5Ew==")
    rows[-2] = ("X-MS-Has-Attach", "yes")
    m = top(body, rows)
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, report_attachments=[name],
        speakers=[sp("Hossam El-Din Ragab", "coordinator", "Egyptian Lawyers' Network for Migrants' Rights (ELNMR)",
                     ["plenary"])],
        notes="'both' with mixed timing: report on time (10 Feb) but the speaking request is late (deadline 5 Feb), "
              "so on_time is false; the sender says so herself; inline signature logo image001.png (multipart/related) "
              "is not part of the report; title only as 'our coordinator' in prose."))


# ---------------------------------------------------------------- 20 en report, Iraq KRI, DOCX + formal cover letter
def m20():
    when = at("2021-02-12 09:20:11")
    sent = when - dt.timedelta(seconds=27)
    name = "KLAC_GCM_Voluntary_Report_Final.docx"
    text = """Ref: KLAC/EXT/2021/014
Date: 12 February 2021

To: The Regional United Nations Network on Migration for the Arab Region
Secretariat of the Regional Review of the Global Compact for Migration

Subject: Submission of the Voluntary GCM Review Report of the Kurdistan Legal Aid Centre

Dear Sir/Madam,

With reference to your invitation to stakeholders to contribute to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, the Kurdistan Legal Aid Centre (KLAC) is pleased to submit herewith its voluntary review report.

The report draws on the legal representation provided by KLAC lawyers in Erbil, Duhok and Sulaymaniyah to internally displaced persons, refugees and migrant workers between January 2019 and December 2020, and addresses in particular GCM Objectives 4 (legal identity and documentation), 6 (fair recruitment and decent work) and 13 (detention as a measure of last resort).

We remain available to provide any clarification the Secretariat may require, and we would welcome the opportunity to discuss the findings with the Network.

Please accept, Sir/Madam, the assurances of our highest consideration.

Shilan Mahmoud Aziz
Director
Kurdistan Legal Aid Centre (KLAC)
100m Street, Erbil, Kurdistan Region of Iraq
"""
    html = outlook_html(mso(text))
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_VE1PR09MB2846A2B4C6D8E0F2A4B6C8D0E2F4VE1PR09MB2846eurp_")
    docx = make_docx(["Kurdistan Legal Aid Centre (KLAC)", "Voluntary GCM Review Report - Kurdistan Region of Iraq",
                      "February 2021", "1. Legal identity and documentation (Objective 4)",
                      "2. Fair recruitment and decent work (Objective 6)", "3. Immigration detention (Objective 13)"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Fri, 12 Feb 2021 07:15:02 GMT";\r\n'
                    '\tmodification-date="Fri, 12 Feb 2021 07:19:44 GMT"' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_VE1PR09MB2846A2B4C6D8E0F2A4B6C8D0E2F4VE1PR09MB2846eurp_")
    rows = std_rows(when, "mail-ve1eur03on2079.outbound.protection.outlook.example.com", "40.107.5.79",
                    "4F2Qm5Wb8hz3Rc", '"Shilan Mahmoud Aziz" <director@klac-krg.example.org>',
                    "Submission of Voluntary GCM Review Report - KLAC", rfcdate(tz(sent, 3)),
                    "<VE1PR09MB2846A2B4C6D8E0F2A4B6C8D0E2F4@VE1PR09MB2846.eurprd09.prod.outlook.example.com>",
                    ret="director@klac-krg.example.org")
    rows += outlook_rows("Submission of Voluntary GCM Review Report - KLAC", "AdcBGZr7nP1sQ4tVk2mX9yZb3cEf6g==")
    rows[-2] = ("X-MS-Has-Attach", "yes")
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal cover letter in the body (Ref/Date/To/Subject block, 'herewith') with the report as a DOCX "
              "attachment: the body is not the report; 'would welcome the opportunity to discuss the findings' is "
              "not a speaking request; Date +0300 (Erbil)."))


# ---------------------------------------------------------------- 21 ar other, Moroccan darija, logistics
def m21():
    when = at("2021-02-14 20:10:27")
    sent = when - dt.timedelta(seconds=15)
    text = """السلام عليكم

بغيت نسول واش غادي تكون الترجمة للعربية فالمؤتمر نهار 24 و 25؟ حيت بزاف ديال المحامين اللي معانا فهيئة المحامين بالدار البيضاء ما كيتقنوش الإنجليزية مزيان.
وواش خاصنا نتسجلو فشي رابط باش نحضرو غير كملاحظين؟ ما بغيناش ناخدو الكلمة، غير نتابعو.

وشكرا بزاف

ياسين المرابط
محامي متمرن
"""
    body = gmail_alt(text, "0000000000009e7a3b05bb4c0f15", cte="base64", rtl=True)
    rows = std_rows(when, "mail-qk1-f179.google.example.com", "209.85.222.179", "4F4Tk9Dc1xz6Pm",
                    addr("ياسين المرابط", "yassine.mrabet.avocat@gmail.example.com"),
                    hdr("سؤال على الترجمة والتسجيل"), rfcdate(tz(sent, 1)),
                    "<CAGf3Tn6wQ9zB2cE5hK8mP1sV4xA7dG0jL3oR6uY9bE2gJ5lN8q@mail.gmail.example.com>",
                    ret="yassine.mrabet.avocat@gmail.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan darija logistics question (Arabic interpretation, registration to attend as observers); "
              "explicitly does not want to speak ('ما بغيناش ناخدو الكلمة'); mentions a bar association and a "
              "trainee lawyer title."))


# ---------------------------------------------------------------- 22 ar report, revised version of 11
def m22():
    when = at("2021-02-15 11:45:39")
    sent = when - dt.timedelta(seconds=10)
    name = "Rapport_AJMS_GCM_v2_AR.docx"
    text = """السلام عليكم،

نرسل لكم نسخة محيّنة من تقريرنا بعد إضافة ملاحظات الهيئة المديرة للجمعية وتصحيح بعض الأرقام في الجزء المتعلق بالترحيل. الرجاء اعتماد هذه النسخة وإلغاء النسخة السابقة المرسلة يوم 4 فيفري.

مع الشكر،
وفاء القلال

في الخميس، 4 فيفري 2021 في 6:20 م Wafa Gallal <wafa.gallal.avocate@gmail.example.com> كتب:
> السلام عليكم،
>
> تحية طيبة من صفاقس،
>
> نرسل إليكم في المرفق التقرير الطوعي لجمعية المحامين الشبان لحقوق المهاجرين بصفاقس حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في تونس...
>
> وفاء القلال
> الكاتبة العامة
> جمعية المحامين الشبان لحقوق المهاجرين - صفاقس
"""
    alt = gmail_alt(text, "000000000000c5d1e205bb5a8e27", cte="base64", rtl=True)
    docx = make_docx(["جمعية المحامين الشبان لحقوق المهاجرين - صفاقس", "التقرير الطوعي - النسخة الثانية (محيّنة)",
                      "تونس - فيفري 2021"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl4b7n2q0")])
    body = multi("mixed", [alt, att], "000000000000c5d1e405bb5a8e29")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4F4zR2Yh6kz9Ld",
                    addr("Wafa Gallal", "wafa.gallal.avocate@gmail.example.com"),
                    re_hdr("Re: ", "التقرير الطوعي - جمعية المحامين الشبان لحقوق المهاجرين"), rfcdate(tz(sent, 1)),
                    "<CAMv5Qk9sR2tU6wX0yB3cE7fH1jK4mN8pQ2sT5vW9xZ3aC6dF0g+v2r@mail.gmail.example.com>",
                    ret="wafa.gallal.avocate@gmail.example.com")
    rows += [("In-Reply-To", M11_ID), ("References", M11_ID)]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h94-11.eml",
        notes="revised report replacing 11 (Gmail reply to her own message, In-Reply-To set); new DOCX with a Latin "
              "file name; Tunisian 'محيّنة' and month name 'فيفري'; quoted original below."))


# ---------------------------------------------------------------- 23 fr report, Tunis law clinic, 23:56 Beirut
def m23():
    when = at("2021-02-16 23:56:08")
    sent = when - dt.timedelta(seconds=24)
    name = "Clinique_juridique_FSJPST_rapport_PMM.pdf"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport de la Clinique juridique de la Faculté des sciences juridiques, politiques et sociales de Tunis sur la mise en œuvre du Pacte mondial, en particulier l'accès à la justice des migrants subsahariens et la question des pénalités de séjour.

Désolée pour cet envoi de dernière minute, le PDF a été validé par le doyen ce soir seulement.

Cordialement,
Sonia Ben Hassine
Maître-assistante, responsable de la Clinique juridique
FSJPST - Université de Carthage
"""
    p1 = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    pdf = make_pdf(["Clinique juridique - FSJPST (Universite de Carthage)",
                    "Rapport sur la mise en oeuvre du Pacte mondial pour les migrations", "Tunis, fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)],
               disp='attachment;\r\n filename="%s"' % name)
    body = multi("mixed", [p1, att], "------------8E1B2F4C6A9D3E5F7A0B1C2D")
    rows = std_rows(when, "smtp.fsjpst.example.tn", "193.95.66.17", "4F6Bx3Lq0vz8Nh",
                    "Sonia Ben Hassine <sonia.benhassine@fsjpst.example.tn>",
                    "Rapport - Clinique juridique FSJPST", rfcdate(tz(sent, 1)),
                    "<a7c9e1b3-5d7f-4a2c-8e0b-2d4f6a8c0e1f@fsjpst.example.tn>", ret="sonia.benhassine@fsjpst.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:08 Beirut on Tue 16 Feb, Date header 22:55:44 +0100 (Tunis): on time "
              "although the sender apologises for sending it at the last minute; 'Maître-assistante' is an academic "
              "rank, not 'Maître' the lawyer's form of address."))


# ---------------------------------------------------------------- 24 en report, late by 4 minutes, Tunis-based NGO
def m24():
    when = at("2021-02-17 00:04:30")
    sent = when - dt.timedelta(seconds=16)
    name = "MSLI_Voluntary_GCM_Review_Report.pdf"
    text = """Dear all,

Attached please find the voluntary GCM review report of the Mediterranean Strategic Litigation Initiative (MSLI), submitted on 16 February in line with the extended deadline. It summarises the 9 cases we have brought before national courts and UN treaty bodies on push-backs, collective expulsions and arbitrary detention in Tunisia, Libya and Morocco.

Thanks a lot for extending the deadline, it made a real difference for a small team like ours.

Best,
Mehdi Trabelsi
Senior Litigation Counsel, MSLI (Tunis office)
"""
    alt = gmail_alt(text, "000000000000e8f2a105bb7c3d90")
    pdf = make_pdf(["Mediterranean Strategic Litigation Initiative (MSLI)", "Voluntary GCM Review Report",
                    "Strategic litigation on push-backs, expulsions and detention, 2018-2020"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl8w4t1y0")])
    body = multi("mixed", [alt, att], "000000000000e8f2a305bb7c3d92")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4F6C2n5Rs8z1Wq",
                    "Mehdi Trabelsi <m.trabelsi@msli-med.example.org>",
                    "MSLI voluntary GCM review report", rfcdate(tz(sent, 1)),
                    "<CAP7wR0zB3eG6jM9pS2vY5bE8hK1nQ4tW7zC0fI3lO6rU9xA2dG@mail.gmail.example.com>",
                    ret="m.trabelsi@msli-med.example.org")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 4 min 30 s: received 00:04:30 Beirut on Wed 17 Feb; the Date header reads 'Tue, 16 Feb 2021 "
              "23:04:14 +0100' (Tunis) and the body claims submission 'on 16 February in line with the extended "
              "deadline'."))


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
