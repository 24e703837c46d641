#!/usr/bin/env python3
"""Write the blind evaluation set holdout130 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets130.py
Theme: migrant domestic workers and their informal community groups (Lebanon, Jordan, Gulf).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout130")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h130-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def mk(num, when, date_hours, frm, subject, body, mid, label, host, ip, qid, extra=None, ret=None,
       to=BOX, lag=7):
    sent = tz(when - dt.timedelta(seconds=lag), date_hours)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent), mid, to=to, extra=extra, ret=ret)
    add(num, when, top(body, rows), label)


def alt(text, html, b1, cte="quoted-printable", charset="UTF-8"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b1)


def attach(ctype, data, name, xid=None, style="plain"):
    """style: plain (filename="..."), 2231 (RFC 2231 utf-8), 2047 (Gmail-like encoded word)."""
    if style == "2231":
        params = [("name*", rfc2231(name))]
        disp = "attachment; filename*=%s" % rfc2231(name)
    elif style == "2047":
        params = [("name", '"%s"' % b_word(name))]
        disp = 'attachment; filename="%s"' % b_word(name)
    else:
        params = [("name", '"%s"' % name)]
        disp = 'attachment; filename="%s"' % name
    extra = [("X-Attachment-Id", xid)] if xid else None
    return leaf(ctype, data, cte="base64", params=params, disp=disp, extra=extra)


def gmail_html(text):
    return '<div dir="ltr">' + text2html(text) + "</div>\n"


def rtl_html(text):
    return '<div dir="rtl">' + text2html(text) + "</div>\n"


def outlook_html(text):
    inner = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;")
                    for l in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}</style></head><body lang="EN-US"><div class="WordSection1">\n'
            + inner + '</div></body></html>\n')


# ---------------------------------------------------------------- 01 en other: visa / employer permission
def m01():
    when = at("2021-01-26 09:12:40")
    text = """Dear Sir/Madam,

Good day. My name is Dilani Kumari, i am from Sri Lanka and working as house maid in Kuwait (Salmiya). My friend from our church group send me the letter about the migration meeting in February.

I want to ask some question please.
1. If i come to the meeting do i need visa? I have Sri Lanka passport and Kuwait residence.
2. I must ask permission from my madam (employer) or no need? Because my passport is keeping by the office now.
3. The meeting is in Beirut or it is online by zoom? If online i can join from my phone in the night only.

Sorry for my english and thank you very much.

Dilani
"""
    body = alt(text, gmail_html(text), "000000000000a1b2c3d405b9aa0011")
    mk(1, when, 3, "Dilani Kumari <dilanikumari1987@gmail.example.com>",
       "question about meeting february", body,
       "<CAJx7Lq0dK2mPz9Vb4nR1sT6uW8yA3cE5gI7kM9oQ1sU3wY5@mail.gmail.example.com>",
       dict(category="other", language="en", acknowledge=True, on_time=None,
            notes="a worker asks whether she needs a visa or her employer's permission to attend, and whether the "
                  "meeting is online; she names her group loosely ('our church group') but proposes no speaking "
                  "role and sends no report: a question, not a speaker request."),
       "mail-ot1-f41.google.example.com", "209.85.210.41", "4DPn1q2Yt7z3", ret="dilanikumari1987@gmail.example.com")


# ---------------------------------------------------------------- 02 ar speaker: Amharic speaker, basic Arabic
def m02():
    when = at("2021-01-28 19:47:03")
    text = """مرحبا

انا اسمي ماهلت تسفاي انا من اثيوبيا . انا شغل في بيت في لبنان ٦ سنه.
نحن مجموعة نساء اثيوبيات في برج حمود ، نحن نساعد بعض لما في مشكله او بنت مريضه او ما في معاش

انا بدي احكي في المؤتمر في الجلسه العامه عن مشاكل العاملات في البيوت . كفاله ، ما في معاش من ٤ شهر ، باسبور عند المدام ، ما في عطله يوم احد

انا بحكي عربي شوي و انكليزي شوي . امهري منيح كتير
اذا في ترجمه امهري بكون منيح

شكرا كتير الله يخليكن
ماهلت

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(2, when, 2, addr("Mahlet Tesfaye", "mahlet.tesfaye90@icloud.example.com"), hdr("مؤتمر الهجره"), body,
       "<4F1B2C7A-9D3E-4A61-B8E2-5C0D7F91A3B4@icloud.example.com>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("ماهلت تسفاي", None, "مجموعة نساء اثيوبيات في برج حمود", ["plenary"])],
           notes="Amharic speaker writing basic, colloquial Arabic with spelling slips (ة written ه); self-proposal; "
                 "the group has no registered name ('we are a group of Ethiopian women in Bourj Hammoud'); "
                 "'الجلسه العامه' = plenary; display name in Latin script, name in the body in Arabic script; "
                 "iPhone, plain text base64, no title."),
       "mail-qv1-f66.icloud.example.com", "17.58.63.66", "4DRbT53kLm2q", ret="mahlet.tesfaye90@icloud.example.com",
       extra=[("X-Mailer", "iPhone Mail (18C66)")], lag=2)


# ---------------------------------------------------------------- 03 en speaker: four lines, herself
def m03():
    when = at("2021-01-29 13:05:22")
    text = """Hello po, I am Rowena Bautista, domestic worker here in Beirut since 2011.
I want to propose myself to speak in the open discussion on 23 Feb.
I am member of our group Samahan ng Kababaihang Pilipina sa Lebanon (SKPL), we are 40 ladies helping each other.
Thank you and God bless.
"""
    body = alt(text, gmail_html(text), "000000000000c7d8e905b9ab12f3")
    mk(3, when, 2, "Rowena Bautista <rowenabautista.skpl@gmail.example.com>", "speaker", body,
       "<CAH4mTq9Zp1-xW2bV7nK3sL0dF5gJ8hR6tY2uI4oP9aS1dG3@mail.gmail.example.com>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Rowena Bautista", None, "Samahan ng Kababaihang Pilipina sa Lebanon (SKPL)", ["open_discussion"])],
           notes="four-line self-proposal in simple English; 'domestic worker' is her occupation, not a title; "
                 "affiliation is her community group, named in Tagalog with acronym; Tagalog politeness particle "
                 "'po'; subject is one word."),
       "mail-wm1-f45.google.example.com", "209.85.128.45", "4DRx0c2Fq8zW", ret="rowenabautista.skpl@gmail.example.com")


# ---------------------------------------------------------------- 04 fr speaker: Lebanese NGO, two speakers
M04_ID = "<a3f9c1e2-6b7d-4e21-9c8a-0f2d5b7e4c19@csem-liban.example.org>"


def m04():
    when = at("2021-02-01 10:31:10")
    text = """Bonjour,

J'espère que vous allez bien.

Suite à votre lettre d'invitation pour l'examen régional du Pacte mondial sur les migrations, le Collectif aimerait proposer deux intervenantes :

- Mme Hiwot Bekele, porte-parole de « Sœurs d'Éthiopie au Liban », un groupe informel de travailleuses domestiques éthiopiennes qui se réunit chaque dimanche à Dora. Elle souhaite intervenir dans la table ronde n°2, elle parle anglais et un peu arabe.

- Et moi-même, si c'est possible, comme rapporteuse pour les messages clés des parties prenantes.

Hiwot travaille toujours chez son employeur donc on vous prie de ne pas mettre son adresse e-mail en copie des messages officiels, tout passe par moi svp.

Merci d'avance et bonne journée,

--=20
Rita Abi Nader
Coordinatrice de projets
Collectif Solidarité Employées de Maison (CSEM)
Sin el Fil - Beyrouth, Liban
+961 3 000 412
""".replace("--=20", "-- ")
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    mk(4, when, 2, "Rita Abi Nader <rita.abinader@csem-liban.example.org>",
       "Proposition d'intervenantes - Examen régional PMM", body, M04_ID,
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Hiwot Bekele", "porte-parole", "Sœurs d'Éthiopie au Liban", ["roundtable"], 2),
           sp("Rita Abi Nader", "Coordinatrice de projets", "Collectif Solidarité Employées de Maison (CSEM)",
              ["rapporteur"])],
           notes="two speakers: a worker (affiliation = her informal group named in French quotes, not the NGO) and "
                 "the sender herself ('Et moi-même'), whose name/title/affiliation are only in the signature; "
                 "'Sin el Fil - Beyrouth, Liban' is an address, not part of the affiliation; 'table ronde n°2'; "
                 "Thunderbird format=flowed, 8bit."),
       "mail.csem-liban.example.org", "203.0.113.44", "4DTv8m1Jk2z6", ret="rita.abinader@csem-liban.example.org",
       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
              ("Content-Language", "fr")], lag=3)


# ---------------------------------------------------------------- 05 en auto_reply
def m05():
    when = at("2021-02-02 08:15:09")
    text = """Dear sender,

Thank you for your message. I am on leave until 10 February 2021 and will have limited access to email.

For urgent cases of workers in distress (no food, violence, confinement), please call our hotline +962 6 500 0199 (Arabic, English, Amharic, Sinhala) or write to cases@awrh-jo.example.org.

Kind regards,
Dana Khalil
Senior Caseworker
Amman Workers' Rights Hub
"""
    body = alt(text, outlook_html(text), "_000_VI1PR0502MB3994A7F1C2E5B38D01VI1PR0502MB3994eurp_")
    inv = "<VI1PR04MB7010B9D3E1F24C5A6B7D8E9F0A1B2C3D4@VI1PR04MB7010.eurprd04.prod.outlook.example.com>"
    mk(5, when, 2, "Dana Khalil <d.khalil@awrh-jo.example.org>",
       "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab region", body,
       "<VI1PR0502MB3994A7F1C2E5B38D01E4C6A8VI1PR0502MB3994@VI1PR0502MB3994.eurprd05.prod.outlook.example.com>",
       dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
            notes="Exchange out-of-office to the invitation mailing (Auto-Submitted: auto-replied, "
                  "X-Auto-Response-Suppress, In-Reply-To the invitation); mentions workers, cases and a signature with name, title and organisation "
                  "that must not become a speaker."),
       "mail-vi1eur05.outbound.protection.outlook.example.com", "40.92.90.11", "4DVBm92Hc1zP", ret="",
       extra=[("In-Reply-To", inv), ("References", inv), ("Auto-Submitted", "auto-replied"),
              ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-US")], lag=1)


# ---------------------------------------------------------------- 06 fr speaker: Moroccan worker in Sharjah
def m06():
    when = at("2021-02-03 11:02:48")
    text = """Salam alikoum,

je m'appelle Naima Bouzid je suis marocaine, je travaille comme domestique a Sharjah depuis 2016. Une amie m'a envoyer votre lettre sur le pacte des migrations.

Je voudrais bien participer a la discussion ouverte du 23 fevrier pour parler des filles marocaines ici, les contrats qui change a l'arrivé, le passeport pris par le kafil, les heures sans fin... on a un petit collectif, le Collectif des travailleuses marocaines de Sharjah, on est une quinzaine, on s'entraide sur WhatsApp.

Je peux parler en francais ou en arabe (darija), pas trop en anglais.

Merci beaucoup et bon courage a vous
Naima

Envoyé de mon Galaxy"""
    html = '<div dir="auto">' + text2html(text) + "</div>\n"
    body = alt(text, html, "--_com.samsung.android.email_2941887311905421", cte="base64")
    mk(6, when, 4, "naima bouzid <naima.bouzid.ma@hotmail.example.com>", "participation 23 fevrier", body,
       "<AM0PR08MB5347C9B4D81E2F3A5B6C7D8EAM0PR08MB5347@AM0PR08MB5347.eurprd08.prod.outlook.example.com>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Naima Bouzid", None, "Collectif des travailleuses marocaines de Sharjah", ["open_discussion"])],
           notes="Maghrebi worker writing French without accents and with agreement slips; Date header in +0400 "
                 "(Sharjah); 'participer a la discussion ouverte du 23 fevrier' = open discussion; her informal "
                 "collective is the affiliation; opening 'Salam alikoum' and darija mention do not make it Arabic; "
                 "Samsung mail, multipart/alternative base64."),
       "mail-am6eur05.outbound.protection.outlook.example.com", "40.92.91.77", "4DWGq1rT6zXb",
       ret="naima.bouzid.ma@hotmail.example.com", lag=15)


# ---------------------------------------------------------------- 07 en speaker: caseworker for two workers, table
def m07():
    when = at("2021-02-03 14:22:51")
    intro = ("Dear GCM Regional Review team,\n\nI am writing on behalf of two women we support in our programme, "
             "who would like to speak at the Regional Review. They asked me to send this because their phones do "
             "not allow attachments and their English writing is limited, but both speak well.\n")
    rows = [("Wanjiru Njoroge", "Chairlady", "Kenyan Sisters in Lebanon Self-Help Group",
             "Roundtable 3 (as floor intervention)"),
            ("FERNANDO Nilmini", "Volunteer interpreter", "Sri Lankan Women Workers Circle - Dora",
             "Plenary session, floor intervention")]
    outro = ("I will not speak myself; I will only accompany them on the day and help with interpretation if "
             "needed. Please contact them through me, as they are live-in workers.\n\nBest regards,\n\nJoelle Haddad\n"
             "Caseworker, Migrant Domestic Workers Programme\nBeirut Legal Aid Network (BLAN)\n"
             "Badaro, Beirut | +961 1 000 377")
    text = intro + "\n" + "\n".join("Name: %s | Title: %s | Group: %s | Role: %s" % r for r in rows) + "\n\n" + outro + "\n"
    tbl = ('<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">'
           '<tr><td><b>Name</b></td><td><b>Title</b></td><td><b>Community group</b></td><td><b>Speaking role requested</b></td></tr>'
           + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in rows) + "</table>")
    html = outlook_html(intro).replace("</div></body></html>\n", tbl + "\n") \
        + outlook_html(outro).split('<div class="WordSection1">\n', 1)[1]
    body = alt(text, html, "_000_DB7PR02MB4428E0A3C5F71B2D9E6A11FDB7PR02MB4428eurp_")
    mk(7, when, 2, '"Haddad, Joelle" <joelle.haddad@blan-lb.example.org>',
       "Speaker nominations - two migrant domestic workers (via BLAN)", body,
       "<DB7PR02MB4428E0A3C5F71B2D9E6A11FD@DB7PR02MB4428.eurprd02.prod.outlook.example.com>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Wanjiru Njoroge", "Chairlady", "Kenyan Sisters in Lebanon Self-Help Group", ["roundtable"], 3),
           sp("Nilmini Fernando", "Volunteer interpreter", "Sri Lankan Women Workers Circle", ["plenary"])],
           notes="NGO caseworker writes for two workers: the speakers are the workers, not the caseworker ('I will "
                 "not speak myself'); HTML table (plain part flattens it with pipes); second name written SURNAME "
                 "first in capitals ('FERNANDO Nilmini'); '- Dora' is a neighbourhood, not part of the "
                 "affiliation; the workers' groups, not BLAN, are their affiliations."),
       "mail-db8eur05.outbound.protection.outlook.example.com", "40.92.89.23", "4DWLk7pX3zQa",
       ret="joelle.haddad@blan-lb.example.org",
       extra=[("Thread-Topic", "Speaker nominations - two migrant domestic workers (via BLAN)"),
              ("Content-Language", "en-US")])


# ---------------------------------------------------------------- 08 fr bounce: mailbox full (ack to 06)
def m08():
    when = at("2021-02-03 22:40:31")
    qid = "4DWZ9s0Lr1zC"
    human = """Ceci est le programme postfix du serveur mx1.iom.int.

J'ai le regret de vous informer que votre message n'a pas pu être remis
à un ou plusieurs destinataires. Il est joint ci-dessous.

<naima.bouzid.ma@hotmail.example.com>: host hotmail-com.olc.protection.outlook.example.com[104.47.58.33]
    said: 552 5.2.2 Mailbox full: the recipient's mailbox is over its quota
    (in reply to RCPT TO command)
"""
    ack_mid = "<ack-20210203-0901.5f2e@gcmrr.iom.int>"
    dsn = ("Reporting-MTA: dns; mx1.iom.int\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; naima.bouzid.ma@hotmail.example.com\nOriginal-Recipient: rfc822;naima.bouzid.ma@hotmail.example.com\n"
           "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; hotmail-com.olc.protection.outlook.example.com\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n") % (qid, rfcdate(when - dt.timedelta(minutes=2), "EET"))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\nTo: naima.bouzid.ma@hotmail.example.com\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_participation_23_fevrier?=\n"
            "Date: %s\nMessage-ID: %s\n") % (rfcdate(when - dt.timedelta(minutes=2)), ack_mid)
    p1 = leaf("text/plain", human, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = multi("report", [p1, p2, p3], "4DWZ9s0Lr1zC.1612384831/mx1.iom.int", params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m_rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
              ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
              ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
              ("Subject", hdr("Non remis : retour à l'expéditeur", enc="Q")), ("To", BOX), ("Auto-Submitted", "auto-replied"),
              ("Message-ID", "<20210203204031.4DWZ9s0Lr1zC@mx1.iom.int>")]
    m = top(body, m_rows)
    add(8, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (552 5.2.2 mailbox full) for the acknowledgement sent to the sender of "
              "h130-06; only the returned headers; must not be acknowledged nor linked as a follow-up."))


# ---------------------------------------------------------------- 09 en both: Sri Lankan circle in Amman, PDF + speaker
def m09():
    when = at("2021-02-04 16:00:37")
    name = "SLWWC Amman - GCM voluntary review.pdf"
    text = """Dear Madam / Sir,

Greetings from Amman.

We are the Sri Lanka Women Workers Welfare Circle, Amman. We are about 60 Sri Lankan women, most are working inside houses and some in the garment factories in QIZ. With help of our friends from a local NGO we wrote our small review for the Global Compact, it is attached (6 pages, in English).

Also our chairperson Mrs. Kumari Rathnayake would like to speak in the roundtable no. 1 if there is place. She is working in Jordan since 2003 and knows many problems (sponsorship, overstay fines, no day off).

Please let us know if anything missing.

Thank you,
Kumari Rathnayake
Chairperson
Sri Lanka Women Workers Welfare Circle, Amman
"""
    html = outlook_html(text)
    pdf = make_pdf(["Sri Lanka Women Workers Welfare Circle (Amman)", "Voluntary GCM Review - February 2021",
                    "1. Who we are  2. Recruitment and fees  3. Kafala and residency  4. Overstay fines",
                    "5. Access to justice  6. Our recommendations"])
    body = multi("mixed", [alt(text, html, "_000_HE1PR0701MB2250C3E9A4B7D15F2_"),
                           attach("application/pdf", pdf, name)], "_004_HE1PR0701MB2250C3E9A4B7D15F2_")
    mk(9, when, 2, "Kumari Rathnayake <slwwc.amman@outlook.example.com>",
       "Report and speaker - Sri Lanka Women Workers Welfare Circle", body,
       "<HE1PR0701MB2250C3E9A4B7D15F2A8C44E1HE1PR0701MB2250@HE1PR0701MB2250.eurprd07.prod.outlook.example.com>",
       dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Kumari Rathnayake", "Chairperson", "Sri Lanka Women Workers Welfare Circle", ["roundtable"], 1)],
           report_attachments=[name],
           notes="report (PDF) and a speaker in one message; the speaker is introduced in the third person ('our "
                 "chairperson Mrs. ...') but is also the signer; ', Amman' after the group name is a city, not "
                 "part of the affiliation (the body says 'Circle, Amman' too); 'roundtable no. 1'; Outlook."),
       "mail-he1eur04.outbound.protection.outlook.example.com", "40.92.73.19", "4DX1Bv0nS6zR",
       ret="slwwc.amman@outlook.example.com", extra=[("Content-Language", "en-US")])


# ---------------------------------------------------------------- 10 ar speaker: Sudanese initiative in Amman, two speakers
M10_ID = "<CAB2kXw1Rr7-Sd9mQ0pLf4Zt6Yh8Jc3Vn5Gb1Ae7Uo2Ki4Mw@mail.gmail.example.com>"


def m10():
    when = at("2021-02-04 21:40:12")
    text = """السلام عليكم ورحمة الله

تحية طيبة وبعد،
نحنا مجموعة من النساء السودانيات الشغالات في البيوت هنا في عمّان، عاملين مع بعض حاجة اسمها "مبادرة نساء السودان في عمّان"، ما مسجلة رسمي لكن شغالين من ٢٠١٨ في مساعدة البنات الجديدات.
سمعنا بالمؤتمر من جمعية بتساعدنا وداירين نشارك ونوصّل صوتنا:

١- آمنة عبد الرحيم، منسقة المبادرة، دايرة تتكلم في المائدة المستديرة الرابعة
٢- سلمى إدريس، عضوة، مداخلة قصيرة في الجلسة العامة

لو في أي حاجة ناقصة كلمونا في الرقم ده ٠٧٩٠٠٠٠٥٥١ واتساب.

وجزاكم الله خير
آمنة
"""
    text = text.replace("وداירين", "ودايرين")
    body = alt(text, rtl_html(text), "0000000000004e6f7a8b05baa1c9d2", cte="base64")
    mk(10, when, 2, addr("آمنة عبد الرحيم", "amna.abdelrahim.sd@gmail.example.com"), hdr("المشاركة في المؤتمر"), body,
       M10_ID,
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("آمنة عبد الرحيم", "منسقة المبادرة", "مبادرة نساء السودان في عمّان", ["roundtable"], 4),
           sp("سلمى إدريس", "عضوة", "مبادرة نساء السودان في عمّان", ["plenary"])],
           notes="Sudanese colloquial Arabic ('دايرين', 'حاجة', 'ده'); two speakers in an Arabic-numbered list; "
                 "unregistered group named in quotes, 'في عمّان' is inside the quoted name; title 'منسقة المبادرة' "
                 "keeps the generic word for its own body; roundtable as an ordinal word ('الرابعة'); Gmail base64."),
       "mail-ej1-f52.google.example.com", "209.85.218.52", "4DX8c3Wq1zFk", ret="amna.abdelrahim.sd@gmail.example.com")


# ---------------------------------------------------------------- 11 ar both: Jordanian NGO, MSA, DOCX + rapporteur
def m11():
    when = at("2021-02-05 09:15:26")
    name = "تقرير_درب_الطوعي_الميثاق_العالمي_للهجرة.docx"
    text = """السادة الأفاضل في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

يسرّ جمعية درب للمساندة القانونية للعمال المهاجرين (درب) أن ترفق طيّه تقريرها الطوعي الجماعي لمراجعة تنفيذ الاتفاق العالمي في الأردن، والذي أُعدّ بالتشاور مع خمس مجموعات مجتمعية للعاملات المنزليات المهاجرات (الفلبينيات والسريلانكيات والبنغاليات والكينيات والسودانيات).

كما نودّ ترشيح السيدة Mylene Reyes، عضوة الهيئة التنسيقية لشبكة العاملات المنزليات المهاجرات في الأردن، لتتولى دور المقرّر وعرض الرسائل الرئيسية لأصحاب المصلحة. والسيدة ريّس عاملة منزلية فلبينية مقيمة في الأردن منذ عام 2009، وتتقن العربية والإنجليزية.

وتفضلوا بقبول فائق الاحترام والتقدير،

المحامية رنا الزعبي
مديرة البرامج
جمعية درب للمساندة القانونية للعمال المهاجرين (درب)
عمّان – الأردن
"""
    html = rtl_html(text)
    docx = make_docx(["تقرير طوعي جماعي - الاتفاق العالمي للهجرة - الأردن 2021",
                      "أعدّته جمعية درب بالتشاور مع مجموعات العاملات المنزليات المهاجرات",
                      "أولاً: التوظيف والرسوم", "ثانياً: الإقامة ونظام الكفالة", "ثالثاً: الوصول إلى العدالة",
                      "رابعاً: التوصيات"])
    body = multi("mixed", [alt(text, html, "_000_AM9PR03MB7261F0E2D3C4B5A69788_"),
                           attach(DOCX, docx, name, style="2231")], "_004_AM9PR03MB7261F0E2D3C4B5A69788_")
    mk(11, when, 2, addr("رنا الزعبي", "r.zoubi@darb-jo.example.org"),
       hdr("التقرير الطوعي لجمعية درب وترشيح مقرّرة"), body,
       "<AM9PR03MB7261F0E2D3C4B5A69788E4D2AM9PR03MB7261@AM9PR03MB7261.eurprd03.prod.outlook.example.com>",
       dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("Mylene Reyes", "عضوة الهيئة التنسيقية", "شبكة العاملات المنزليات المهاجرات في الأردن", ["rapporteur"])],
           report_attachments=[name],
           notes="formal MSA; collective report (DOCX, Arabic RFC 2231 file name) plus a rapporteur nomination of a "
                 "worker whose name is in Latin script inside Arabic text; her affiliation (the network) differs "
                 "from the sender's NGO; title keeps the committee ('الهيئة التنسيقية'); the signer (programme "
                 "director, 'المحامية' honorific) is not a speaker."),
       "mail-am9eur03.outbound.protection.outlook.example.com", "40.92.58.61", "4DXQm8kV2zTt",
       ret="r.zoubi@darb-jo.example.org", extra=[("Content-Language", "ar-JO")])


# ---------------------------------------------------------------- 12 ar other: thank-you reply to our ack of 10
def m12():
    when = at("2021-02-05 11:20:44")
    ack_id = "<ack-20210204-1942.a7c1@gcmrr.iom.int>"
    text = """شكراً كتير ليكم 🙏
وصلتنا الرسالة. ربنا يوفقكم

On Thu, 4 Feb 2021 at 21:42, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> السيدة آمنة عبد الرحيم،
> نشكركم على رسالتكم. نؤكد استلام طلبكم بالمشاركة كمتحدثتين في المراجعة الإقليمية،
> وسنتواصل معكم لاحقاً بشأن البرنامج.
> مع التحية،
> أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة
"""
    body = alt(text, rtl_html(text), "000000000000b1c2d3e405baa9f7e1", cte="base64")
    mk(12, when, 2, addr("آمنة عبد الرحيم", "amna.abdelrahim.sd@gmail.example.com"),
       re_hdr("Re: ", "إشعار استلام - المشاركة في المؤتمر"), body,
       "<CAB2kXw1Rr7-Tq4nP8mLe3Ys5Xg7Hb2Um4Fa0Zd6Tn1Jh3Lv@mail.gmail.example.com>",
       dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h130-10.eml",
            notes="short thank-you reply to our acknowledgement of h130-10 (In-Reply-To = the ack, References also "
                  "name h130-10): adds nothing new, so no acknowledgement; quoted ack mentions speakers but "
                  "proposes none; emoji."),
       "mail-ej1-f52.google.example.com", "209.85.218.52", "4DXV2r7Mb9zH", ret="amna.abdelrahim.sd@gmail.example.com",
       extra=[("In-Reply-To", ack_id), ("References", M10_ID + " " + ack_id)])


# ---------------------------------------------------------------- 13 en speaker: Dubai, 23:52 Beirut = 01:52 +0400 Sat
def m13():
    when = at("2021-02-05 23:52:30")
    text = """Good evening mam/sir

Sorry for sending late, here in Dubai is already Saturday morning but i just finish my work now. I hope still ok for the deadline.

I want to join as speaker in one of the roundtable, any topic is ok for me, i can share about our experience during covid when many kasambahay lost job and was stuck without ticket and salary.

I already fill the registration online last week.

Thanks and God bless

Jocelyn Mabini
President | Kapwa Pinoy Kasambahay Group (KPKG) | Al Qusais, Dubai UAE

Sent from my iPhone"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + text2html(text) + "</body></html>\n")
    body = alt(text, html, "Apple-Mail-3C1B9E2A-77D4-4F0B-9A51-0E6C2D8B4F13", cte="quoted-printable")
    body.replace_header("Content-Type", 'multipart/alternative; boundary="Apple-Mail-3C1B9E2A-77D4-4F0B-9A51-0E6C2D8B4F13"')
    mk(13, when, 4, "Jocelyn Mabini <jocelyn.mabini@yahoo.example.com>", "Speaker request roundtable", body,
       "<7A2E4C91-3B5D-4F86-A0C2-9D1E8B6F4A37@yahoo.example.com>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Jocelyn Mabini", "President", "Kapwa Pinoy Kasambahay Group (KPKG)", ["roundtable"])],
           notes="deadline edge: received 23:52:30 Beirut on Fri 5 Feb, but the Date header reads Sat 6 Feb 01:52 "
                 "+0400 and the sender apologises for being late: on time; 'one of the roundtable, any topic' = "
                 "roundtable without a number; name, title and group only in a pipe-separated signature "
                 "('| Al Qusais, Dubai UAE' is an address); 'kasambahay' = domestic worker."),
       "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.148", "4DXs1Hn0Tq7z",
       ret="jocelyn.mabini@yahoo.example.com", extra=[("X-Mailer", "iPhone Mail (18D52)")], lag=12)


# ---------------------------------------------------------------- 14 ar speaker: Kuwait, 4 min late, cites Arabic misprint
def m14():
    when = at("2021-02-06 00:04:41")
    text = """مساء الخير

معاكم نوره العتيبي من فريق سند التطوعي في الكويت، احنا فريق شبابي نساعد العاملات المنزليات اللي يهربون من الكفيل او عندهم مشاكل رواتب.

حابين نرشح الأخت تيجست أليمو، مسؤولة التواصل في مجموعة العاملات الإثيوبيات بالكويت، عشان تتكلم في النقاش المفتوح يوم 23 فبراير. هي من إثيوبيا وتشتغل هني من 8 سنين وتعرف تتكلم عربي زين.

انا ما راح اتكلم، بس اتواصل معاكم بدالها لأن ما عندها ايميل.

وعلى حسب الرسالة العربية آخر موعد للترشيح الجمعة 23 فبراير، فإن شاء الله ما تأخرنا.

تحياتي
نوره
فريق سند التطوعي - الكويت"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    mk(14, when, 3, addr("Noura Al-Otaibi", "noura.sanad.kw@gmail.example.com"), hdr("ترشيح متحدثة", "windows-1256"),
       body, "<CAN4pQy2Ts8-Ue1oR7nMg5Zw3Xi9Kd4Wo6Hc2Bf8Vp3Lj5Nx@mail.gmail.example.com>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
           sp("تيجست أليمو", "مسؤولة التواصل", "مجموعة العاملات الإثيوبيات بالكويت", ["open_discussion"])],
           notes="4 minutes late (00:04:41 Beirut on Sat 6 Feb; Date 01:04 +0300 Kuwait); the sender relies on the "
                 "Arabic letter's misprinted deadline ('الجمعة 23 فبراير'), which does not stand; Gulf colloquial; "
                 "the sender (volunteer team) is not the speaker; 'الأخت' is a form of address; windows-1256 QP."),
       "mail-lf1-f48.google.example.com", "209.85.167.48", "4DXt0Pb6Wm3z", ret="noura.sanad.kw@gmail.example.com",
       lag=21)


# ---------------------------------------------------------------- 15 fr speaker: replacement, thread of 04, late
def m15():
    when = at("2021-02-08 11:20:05")
    text = """Bonjour à nouveau,

Malheureusement Hiwot ne pourra pas participer, son employeur a refusé de lui donner sa journée (c'est toujours la même histoire...). On propose à sa place Almaz Getachew, elle est aussi du groupe « Sœurs d'Éthiopie au Liban », elle y est trésorière. Ce serait pour la même table ronde.

Pour moi rien ne change.

Désolée pour le retard et merci pour votre compréhension,
Rita

Le 01/02/2021 à 10:31, Rita Abi Nader a écrit :
> Bonjour,
>
> J'espère que vous allez bien.
>
> Suite à votre lettre d'invitation pour l'examen régional du Pacte mondial sur les migrations, le Collectif aimerait proposer deux intervenantes :
>
> - Mme Hiwot Bekele, porte-parole de « Sœurs d'Éthiopie au Liban », un groupe informel de travailleuses domestiques éthiopiennes qui se réunit chaque dimanche à Dora. Elle souhaite intervenir dans la table ronde n°2, elle parle anglais et un peu arabe.
>
> - Et moi-même, si c'est possible, comme rapporteuse pour les messages clés des parties prenantes.
>
> [...]
>
> Rita Abi Nader
> Coordinatrice de projets
> Collectif Solidarité Employées de Maison (CSEM)
> Sin el Fil - Beyrouth, Liban
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    mk(15, when, 2, "Rita Abi Nader <rita.abinader@csem-liban.example.org>",
       "Re: Proposition d'intervenantes - Examen régional PMM", body,
       "<5d0e7b13-2a8f-4c6e-b1d9-73f4a0e2c851@csem-liban.example.org>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Almaz Getachew", "trésorière", "Sœurs d'Éthiopie au Liban", ["roundtable"], 2)],
           thread_of="h130-04.eml",
           notes="replaces one speaker of h130-04 after the speaker deadline (late although the original was on "
                 "time); roundtable only by reference ('la même table ronde' = n°2 in the quoted original); title "
                 "given after the group ('elle y est trésorière'); the sender's own role unchanged ('Pour moi rien "
                 "ne change') is not a new proposal; Thunderbird reply with In-Reply-To/References."),
       "mail.csem-liban.example.org", "203.0.113.44", "4DZ3fK8Rn2zM", ret="rita.abinader@csem-liban.example.org",
       extra=[("In-Reply-To", M04_ID), ("References", M04_ID),
              ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
              ("Content-Language", "fr")], lag=3)


# ---------------------------------------------------------------- 16 ar other: Moroccan darija, worker in Saudi
def m16():
    when = at("2021-02-09 16:45:09")
    text = """السلام عليكم
انا مغربية خدامة فالرياض فدار، صاحبتي صيفطات ليا الرسالة ديال المؤتمر ديال الهجرة.
بغيت نسول واش المؤتمر غادي يكون فالانترنيت ولا خاص الواحد يمشي لبيروت؟ واش خاصني نخلص شي حاجة باش نتبعو؟ وواش كاينة ترجمة بالدارجة ولا غير بالعربية الفصحى والانجليزية؟
حيت بغيت نتبعو مع البنات ديالنا نهار الجمعة فاش كنكونو فاضيين.
شكرا بزاف
خديجة"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(16, when, 3, addr("Khadija", "khadija.rabat85@hotmail.example.com"), hdr("سؤال على المؤتمر"), body,
       "<DB9PR06MB7432A1B2C3D4E5F60718293ADB9PR06MB7432@DB9PR06MB7432.eurprd06.prod.outlook.example.com>",
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="Moroccan darija; a worker in Riyadh asks whether the meeting is online, whether it costs "
                  "anything and whether there is interpretation: wants to follow it with friends, proposes no "
                  "speaking role; display name is a first name only."),
       "mail-db8eur05.outbound.protection.outlook.example.com", "40.92.89.140", "4DZk2Lc7Qp1z",
       ret="khadija.rabat85@hotmail.example.com", lag=9)


# ---------------------------------------------------------------- 17 fr both: Moroccan association, PDF + plenary (speaker part late)
def m17():
    when = at("2021-02-10 10:02:33")
    name = "Rapport_PMM_travailleuses_domestiques_marocaines_Golfe_2021.pdf"
    text = """Salam,

Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de notre association sur la situation des travailleuses domestiques marocaines dans les pays du Golfe, préparé avec les femmes de retour au Maroc et avec nos contacts à Riyad, Dubaï et Koweït.

Par la même occasion, nous sollicitons une intervention en plénière pour notre présidente :
OUALI Fatima-Zahra
Présidente
Association Nour pour les Femmes Migrantes (ANFM) - Casablanca

Elle-même ancienne travailleuse domestique en Arabie saoudite (2008-2015).

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hind Lamrani
Chargée de communication - ANFM
Tél. +212 6 00 00 71 18
"""
    pdf = make_pdf(["Association Nour pour les Femmes Migrantes (ANFM)",
                    "Rapport volontaire - Pacte mondial sur les migrations - 2021",
                    "Les travailleuses domestiques marocaines dans les pays du Golfe",
                    "1. Recrutement  2. Contrats  3. Kafala  4. Retour et reintegration  5. Recommandations"])
    body = multi("mixed", [alt(text, gmail_html(text), "0000000000007b8c9d0e05bb07a1b2"),
                           attach("application/pdf", pdf, name, xid="f_kkz81qwe0")], "0000000000007b8c9d1005bb07a1b4")
    mk(17, when, 1, "ANFM Association Nour <association.nour.anfm@gmail.example.com>",
       "Rapport volontaire + demande d'intervention (ANFM)", body,
       "<CAK9tRz3Uv6-Wx1yA4bC7dE0fG3hI6jK9lM2nO5pQ8rS1tU4@mail.gmail.example.com>",
       dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Fatima-Zahra Ouali", "Présidente", "Association Nour pour les Femmes Migrantes (ANFM)", ["plenary"])],
           report_attachments=[name],
           notes="report on time but speaker part after 5 Feb, so on_time is false; speaker block with SURNAME "
                 "first in capitals ('OUALI Fatima-Zahra'), '- Casablanca' not part of the affiliation; the signer "
                 "(communication officer) is not the speaker; Date header +0100 (Morocco)."),
       "mail-wr1-f43.google.example.com", "209.85.221.43", "4F0a7Dx2Kr5z", ret="association.nour.anfm@gmail.example.com")


# ---------------------------------------------------------------- 18 en report: Nepali group, DOCX with Nepali transliterated name
def m18():
    when = at("2021-02-11 09:30:18")
    name = "Lebanon_ma_Nepali_Gharelu_Shramik_Didi_Bahini_Samuha_GCM_Pratibedan.docx"
    text = """Namaste,

We are Nepali didi-bahini (sisters) working as domestic worker in Lebanon. Our group is small, 25 members, we meet in Dekwaneh on Sundays when possible.

Our group prepare the report for GCM review, one sister who study in Nepal help us to type. Please find attach. Also one photo of our meeting (please dont publish photo, only for you).

Main points: agency fee in Nepal is very high, ban on women going to Gulf make us take illegal way, no embassy of Nepal in Lebanon.

Thank you so much.
Sabina Tamang
for Nepali domestic workers group, Lebanon
"""
    docx = make_docx(["Lebanon ma Nepali Gharelu Shramik Didi Bahini Samuha", "GCM Pratibedan (Report) - February 2021",
                      "1. Recruitment and agency fees in Nepal", "2. The ban on women migrating to the Gulf",
                      "3. No Nepali embassy in Lebanon", "4. What we ask"])
    png = make_png(16, 12, (180, 120, 60))
    body = multi("mixed", [alt(text, gmail_html(text), "000000000000e4f5a6b705bb1c2d3e"),
                           attach(DOCX, docx, name, xid="f_kl2a9b8c0"),
                           attach("image/png", png, "IMG_20210207_153412.png", xid="f_kl2a9b8c1")],
                 "000000000000e4f5a6b905bb1c2d40")
    mk(18, when, 2, "Sabina Tamang <sabinatamang.np@gmail.example.com>", "GCM report from Nepali sisters group", body,
       "<CAM1vSa4Wb7-Xc0zB3dD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3@mail.gmail.example.com>",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
            report_attachments=[name],
            notes="report as a DOCX whose name is Nepali transliteration ('Pratibedan' = report, 'Didi Bahini "
                  "Samuha' = sisters group), nothing English-looking like 'report' in the file name; the photo "
                  "attachment is not part of the report; simple second-language English; no speaker."),
       "mail-wr1-f46.google.example.com", "209.85.221.46", "4F1Cq9Tn4Hz2", ret="sabinatamang.np@gmail.example.com")


# ---------------------------------------------------------------- 19 ar report: Sudanese group in Lebanon, PDF, Egyptian colloquial helper
def m19():
    when = at("2021-02-12 18:10:44")
    name = "تقرير مجموعة السودانيات في لبنان - مراجعة الاتفاق العالمي.pdf"
    text = """مساء الفل،

ازيكم عاملين ايه؟ أنا مروة، متطوعة مصرية بساعد مجموعة الستات السودانيات اللي بيشتغلوا في البيوت في بيروت. البنات كتبوا تقريرهم عن الاتفاق العالمي للهجرة بإيديهم وأنا بس ساعدتهم في الكتابة على الكمبيوتر والتنسيق.

التقرير مرفق PDF (٥ صفحات). هو تقرير المجموعة كلها مش تقريري أنا، فلو هتكتبوا اسم الجهة اكتبوا "مجموعة السودانيات في لبنان".

لو محتاجين أي حاجة تانية قولولي.
شكراً جداً
مروة"""
    pdf = make_pdf(["Sudanese women group in Lebanon - voluntary GCM review (Arabic original, 5 pages)",
                    "Recruitment through Khartoum offices, kafala, wages, detention, return"])
    body = multi("mixed", [alt(text, rtl_html(text), "000000000000f1a2b3c405bb3d4e5f", cte="base64"),
                           attach("application/pdf", pdf, name, xid="f_kl4c1d2e0", style="2047")],
                 "000000000000f1a2b3c605bb3d4e61")
    mk(19, when, 2, addr("Marwa Hassan", "marwa.hassan.vol@gmail.example.com"), hdr("تقرير مجموعة السودانيات"), body,
       "<CAP5xUb8Yd1-Ze4aD7fF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7@mail.gmail.example.com>",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
            report_attachments=[name],
            notes="Egyptian colloquial Arabic from a volunteer helping a Sudanese women's group: the report is the "
                  "group's, not hers; Arabic PDF file name encoded as an RFC 2047 word inside the filename "
                  "parameter (Gmail style); no speaker."),
       "mail-wr1-f51.google.example.com", "209.85.221.51", "4F2Lm6Yc8Bz1", ret="marwa.hassan.vol@gmail.example.com")


# ---------------------------------------------------------------- 20 ar report in body, HTML-only, MSA
def m20():
    when = at("2021-02-14 13:30:02")
    paras = [
        "إلى أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،",
        "نرسل إليكم فيما يلي مساهمتنا في المراجعة الطوعية، باسم الجالية الإثيوبية من العاملات المنزليات في عمّان، "
        "وقد كتبناها بمساعدة إحدى المتطوعات لأن أغلبنا لا يكتب العربية جيداً.",
        "<b>تقرير طوعي: أوضاع العاملات المنزليات الإثيوبيات في الأردن</b>",
        "<b>أولاً - الاستقدام:</b> تدفع كثير من العاملات رسوماً لوسطاء في أديس أبابا رغم أن القانون يمنع ذلك، "
        "وتصل العاملة مديونة.",
        "<b>ثانياً - الوثائق:</b> يحتفظ أغلب أصحاب العمل بجوازات السفر، ولا تستطيع العاملة تجديد إقامتها أو تغيير "
        "صاحب العمل.",
        "<b>ثالثاً - العودة:</b> تتراكم غرامات تجاوز الإقامة على العاملات اللواتي تركن العمل بسبب سوء المعاملة، "
        "فلا يستطعن السفر.",
        "<b>رابعاً - توصياتنا:</b> إعفاء العاملات من الغرامات، ومكتب شكاوى باللغة الأمهرية، ويوم راحة أسبوعي "
        "مكتوب في العقد.",
        "مع الشكر والتقدير،<br>الجالية الإثيوبية - العاملات المنزليات في عمّان<br>"
        "<span style=\"color:#777\">أُرسل من بريد جمعية تضامن للمتطوعين</span>",
    ]
    html = ('<html dir="rtl"><head><meta charset="utf-8"></head><body style="font-family:Tahoma;font-size:11pt">\n'
            + "\n".join("<p>%s</p>" % p for p in paras) + "\n</body></html>\n")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    mk(20, when, 2, addr("جمعية تضامن", "info@tadamon-vol.example.org"), hdr("مساهمة الجالية الإثيوبية في المراجعة الطوعية"),
       body, "<20210214113000.Horde.x7QzK2mP9vR4tL1a@webmail.tadamon-vol.example.org>",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
            notes="HTML-only message: the report is written in the body (headed 'تقرير طوعي'), no attachment; "
                  "sent from a supporting association's address on behalf of an Ethiopian community group; "
                  "formal MSA; no speaker."),
       "webmail.tadamon-vol.example.org", "203.0.113.120", "4F4Pn1Rb6Kz8", ret="info@tadamon-vol.example.org",
       extra=[("User-Agent", "Horde Application Framework 5")])


# ---------------------------------------------------------------- 21 fr report: platform, PDF v1
M21_ID = "<PR2P264MB0481C8D9E0F1A2B3C4D5E6F7PR2P264MB0481@PR2P264MB0481.FRAP264.PROD.OUTLOOK.example.com>"


def m21():
    when = at("2021-02-15 20:33:10")
    name = "Rapport volontaire PMM - PADTD - v1.pdf"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire collectif de la Plateforme des Associations pour les Droits des Travailleuses Domestiques (PADTD), élaboré avec 7 groupes communautaires de travailleuses (éthiopiennes, kényanes, philippines, sri-lankaises, bangladaises, soudanaises et malgaches).

Il s'agit d'une première version, on attend encore les derniers commentaires de deux groupes, on vous enverra la version finale d'ici demain soir si Dieu le veut.

Bien à vous,

Maya Sfeir
Chargée de plaidoyer
PADTD
Achrafieh, Beyrouth
"""
    pdf = make_pdf(["Plateforme des Associations pour les Droits des Travailleuses Domestiques (PADTD)",
                    "Rapport volontaire collectif - PMM - VERSION 1 (projet)", "Sommaire: 1. Contexte 2. Kafala "
                    "3. Acces a la justice 4. COVID-19 et explosion du 4 aout 5. Recommandations"])
    body = multi("mixed", [alt(text, outlook_html(text), "_000_PR2P264MB0481C8D9E0F1A2B3_"),
                           attach("application/pdf", pdf, name)], "_004_PR2P264MB0481C8D9E0F1A2B3_")
    mk(21, when, 2, "Maya Sfeir <m.sfeir@padtd-liban.example.org>", "Rapport volontaire PMM - PADTD", body, M21_ID,
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
            notes="collective report, announced as a first version to be replaced by a final one (see h130-22); "
                  "Levantine French ('si Dieu le veut'); Outlook."),
       "mail-pr2fra01.outbound.protection.outlook.example.com", "40.92.48.35", "4F5Wq3Ne8Tz0",
       ret="m.sfeir@padtd-liban.example.org", extra=[("Content-Language", "fr-FR")])


# ---------------------------------------------------------------- 22 fr report v2: 23:57 Beirut from Paris (+0100)
def m22():
    when = at("2021-02-16 23:57:05")
    name = "Rapport volontaire PMM - PADTD - version finale.pdf"
    text = """Re-bonsoir,

Voici la version finale, avec les commentaires des groupes kényan et malgache intégrés. Merci de remplacer la version d'hier. Je suis en déplacement à Paris d'où le retard, j'espère que c'est encore bon pour la date limite (il est 22h56 ici !).

Bien à vous,
Maya

________________________________
De : Maya Sfeir
Envoyé : lundi 15 février 2021 20:33
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire PMM - PADTD

Bonsoir,

Veuillez trouver ci-joint le rapport volontaire collectif de la Plateforme des Associations pour les Droits des Travailleuses Domestiques (PADTD), [...]
"""
    pdf = make_pdf(["Plateforme des Associations pour les Droits des Travailleuses Domestiques (PADTD)",
                    "Rapport volontaire collectif - PMM - VERSION FINALE", "Sommaire: 1. Contexte 2. Kafala "
                    "3. Acces a la justice 4. COVID-19 et explosion du 4 aout 5. Recommandations 6. Annexes"])
    body = multi("mixed", [alt(text, outlook_html(text), "_000_PR2P264MB0481F7E6D5C4B3A2_"),
                           attach("application/pdf", pdf, name)], "_004_PR2P264MB0481F7E6D5C4B3A2_")
    mk(22, when, 1, "Maya Sfeir <m.sfeir@padtd-liban.example.org>", "RE: Rapport volontaire PMM - PADTD", body,
       "<PR2P264MB0481F7E6D5C4B3A2918273645PR2P264MB0481@PR2P264MB0481.FRAP264.PROD.OUTLOOK.example.com>",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
            thread_of="h130-21.eml",
            notes="final version replacing h130-21 (In-Reply-To/References); deadline edge: received 23:57:05 "
                  "Beirut on 16 Feb, Date header 22:56 +0100 (Paris): on time; Outlook 'De :/Envoyé :' quote."),
       "mail-pr2fra01.outbound.protection.outlook.example.com", "40.92.48.36", "4F6Zr0Xb1Mz4",
       ret="m.sfeir@padtd-liban.example.org",
       extra=[("In-Reply-To", M21_ID), ("References", M21_ID), ("Content-Language", "fr-FR")], lag=14)


# ---------------------------------------------------------------- 23 en report late: Kenyan association, Nairobi +0300, HTML only
def m23():
    when = at("2021-02-17 00:06:30")
    name = "KDWA_GCM_Report_Feb2021.pdf"
    html = """<html><head></head><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;">
<div>Dear Sir/Madam,</div><div><br></div>
<div>Kindly receive the attached report from Kenyan Domestic Workers Abroad (KDWA) for the Global Compact review. It was written by our members who are working or were working in Lebanon, Saudi Arabia and Qatar, we collected their stories by WhatsApp voice notes.</div><div><br></div>
<div>Apologies it is a bit late in the night, we had power cut in the afternoon here in Nairobi. Today is still the 16th for us in the group so we hope it can be accepted.</div><div><br></div>
<div>Regards,</div>
<div>Grace Achieng</div>
<div>Secretary, KDWA</div>
<div>Nairobi, Kenya</div>
</div></body></html>
"""
    pdf = make_pdf(["Kenyan Domestic Workers Abroad (KDWA)", "Report for the Regional Review of the GCM - Arab States",
                    "Stories from Lebanon, Saudi Arabia and Qatar", "Recommendations to Kenya and to host countries"])
    body = multi("mixed", [leaf("text/html", html, "UTF-8", "quoted-printable"),
                           attach("application/pdf", pdf, name)], "----=_Part_3318274_1029384756.1613513190110")
    mk(23, when, 3, "Grace Achieng <grace_achieng_kdwa@yahoo.example.com>", "Report submission (16th Feb)", body,
       "<1029384756.3318274.1613513190110@mail.yahoo.example.com>",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=False, report_attachments=[name],
            notes="late by 6.5 minutes: received 00:06:30 Beirut on Wed 17 Feb; the Date header is 01:06 +0300 "
                  "(Nairobi) yet the sender believes it is 'still the 16th' and the subject says 16th Feb; "
                  "HTML-only body."),
       "sonic301-8.consmr.mail.bf2.yahoo.example.com", "74.6.131.40", "4F7Ab2Cd3Ez5",
       ret="grace_achieng_kdwa@yahoo.example.com",
       extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")], lag=20)


# ---------------------------------------------------------------- 24 fr other: logistics, anonymity/interpretation
def m24():
    when = at("2021-02-18 10:10:47")
    text = """Bonjour,

Je suis bénévole dans un centre communautaire à Jounieh qui accueille des travailleuses domestiques le dimanche. Plusieurs femmes malgaches et éthiopiennes voudraient suivre la consultation du 23 février en ligne, juste pour écouter.

Deux questions svp :
- Est-ce qu'elles peuvent se connecter sans caméra et avec un pseudo ? Certaines ont peur que leur employeur ou le bureau les reconnaisse.
- Y aura-t-il une interprétation en anglais ou en amharique, ou seulement arabe/anglais/français ?

Et le lien zoom, on le reçoit comment ?

Merci beaucoup !
Carole K.
"""
    body = alt(text, gmail_html(text), "000000000000a9b8c7d605bb8e1f20")
    mk(24, when, 2, "Carole Khoury <carolekhoury.vol@gmail.example.com>", "Consultation du 23/02 - questions pratiques",
       body, "<CAQ6yVc9Ze2-Af5bE8gG1hI4jK7lM0nO3pQ6rS9tU2vW5xY8@mail.gmail.example.com>",
       dict(category="other", language="fr", acknowledge=True, on_time=None,
            notes="logistics questions (anonymity online, interpretation, Zoom link) after both deadlines; workers "
                  "want to attend 'juste pour écouter': not a speaker request; no deadline applies."),
       "mail-wm1-f50.google.example.com", "209.85.128.50", "4F9Bc4De5Fz6", ret="carolekhoury.vol@gmail.example.com")


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
