#!/usr/bin/env python3
"""Write the blind evaluation set holdout76 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets76.py
Theme: youth and student networks, scouts, universities' migration centres, health workers' associations
and small NGOs in Djibouti, Somalia, Comoros, Sudan, Mauritania and Libya.
"""
import base64
import datetime as dt
import json
import os
import re
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout76")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h76-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def mk(num, when, lag, zone, frm, subject, body, mid, host, ip, qid, label, extra=(), ret=None,
       cc=None, irt=None, refs=None, zone_name=None):
    """Assemble one message: lag = seconds between Date and receipt, zone = sender UTC offset (hours)."""
    sent = when - dt.timedelta(seconds=lag)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(tz(sent, zone), zone_name), mid, ret=ret)
    if ret == "":
        rows.insert(0, ("Return-Path", "<>"))
    if cc:
        rows.insert(5, ("Cc", cc))
    if irt:
        rows.append(("In-Reply-To", irt))
    if refs:
        rows.append(("References", refs))
    rows += list(extra)
    m = top(body, rows)
    add(num, when, m, label)


def attach(ctype, data, name, boundary_style="plain", attid=None):
    """Attachment leaf, file name given in the way a particular client writes it."""
    a = Message(policy=POL)
    if boundary_style == "plain":
        a["Content-Type"] = '%s; name="%s"' % (ctype, name)
        a["Content-Disposition"] = 'attachment; filename="%s"' % name
    elif boundary_style == "rfc2231":
        a["Content-Type"] = "%s; name=\"%s\"" % (ctype, b_word(name))
        a["Content-Disposition"] = "attachment;\r\n filename*=" + rfc2231(name)
    elif boundary_style == "cont":
        a["Content-Type"] = "%s;\r\n name=\"%s\"" % (ctype, b_word(name))
        a["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    elif boundary_style == "outlook":
        a["Content-Type"] = '%s;\r\n\tname="%s"' % (ctype, b_word(name))
        a["Content-Description"] = b_word(name)
        a["Content-Disposition"] = 'attachment;\r\n\tfilename="%s"; size=%d;\r\n\tcreation-date="Mon, 01 Feb 2021 09:00:00 GMT"' % (b_word(name), len(data))
    a["Content-Transfer-Encoding"] = "base64"
    if attid:
        a["X-Attachment-Id"] = attid
        a["Content-ID"] = "<%s>" % attid
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


OUR_ACK_06 = "<ack.20210202.0611.h76-06@gcmrrarabstates.iom.example.int>"
REMINDER_ID = "<PR3P193MB0812A1B2C3D4E5F60718293A4B5C6D7E@PR3P193MB0812.EURP193.PROD.OUTLOOK.example.com>"


# ================================================================ the 24 messages
M01_ID = "<AM6PR10MB2345F1E2D3C4B5A6978812ABCDEF0123@AM6PR10MB2345.EURPRD10.PROD.OUTLOOK.example.com>"


def m01():
    when = at("2021-01-27 10:12:48")
    intro = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة
الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، تتشرف شبكة الشباب السوداني للهجرة والتنمية بترشيح ممثلتها التالية للتحدث في المؤتمر الإقليمي:"""
    rows = [("الاسم", "الصفة", "الجهة", "نوع المشاركة"),
            ("أ. مها عثمان الطيب", "منسقة برامج الشباب والهجرة", "شبكة الشباب السوداني للهجرة والتنمية (SYNMD)",
             "مداخلة في المائدة المستديرة المواضيعية الثالثة")]
    outro = """نأمل أن تتاح الفرصة لصوت الشباب السوداني، خاصة في ما يتعلق بالهجرة غير النظامية عبر الصحراء نحو ليبيا.

مع خالص الشكر والتقدير،

خالد آدم إسحق
الأمين العام
شبكة الشباب السوداني للهجرة والتنمية
الخرطوم – السودان
هاتف: +249 912 345 678"""
    text = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    table = '<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">\n'
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        table += "<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>\n"
    table += "</table>\n"
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\'">' + text2html(intro) + table
                     + text2html(outro) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "_000_AM6PR10MB2345F1E2D3C4B5A6978812ABCDEF0123AM6PR10MB2345_")
    mk(1, when, 14, 2, addr("خالد آدم إسحق", "k.ishag@synmd.example.sd", "windows-1256"),
       hdr("ترشيح متحدثة - المراجعة الإقليمية للاتفاق العالمي للهجرة (شبكة الشباب السوداني)", "windows-1256"),
       body, M01_ID, "mail-eopbgr60072.outbound.protection.outlook.example.com", "40.107.6.72", "4DQp7v1Rz3z2",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("مها عثمان الطيب", "منسقة برامج الشباب والهجرة", "شبكة الشباب السوداني للهجرة والتنمية (SYNMD)",
              ["roundtable"], 3)],
           notes="Outlook windows-1256 text+HTML; speaker given in an HTML table (tab-separated in the text part) with "
                 "the honorific 'أ.' before the name; the sender (secretary-general, signature) is not the speaker; "
                 "roundtable as the ordinal 'الثالثة'. Replaced later by h76-12."),
       ret="k.ishag@synmd.example.sd",
       extra=[("Thread-Topic", hdr("ترشيح متحدثة", "windows-1256")), ("Thread-Index", "AdbzK1c9mQ0vX2a7Rx6yhPq1lVd0eg=="),
              ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])


def m02():
    when = at("2021-01-29 13:41:09")
    orig_id = "<inv.20210129.1338.0042@gcmrrarabstates.iom.example.int>"
    human = """This is the mail system at host mx.djibyouthnet.example.dj.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@djibyouthnet.example.dj>: host mx.djibyouthnet.example.dj[197.241.60.9] said:
    550 5.1.1 <info@djibyouthnet.example.dj>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx.djibyouthnet.example.dj
X-Postfix-Queue-ID: 7F2A31C0452
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Fri, 29 Jan 2021 14:38:51 +0300 (EAT)

Final-Recipient: rfc822; info@djibyouthnet.example.dj
Original-Recipient: rfc822;info@djibyouthnet.example.dj
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.djibyouthnet.example.dj
Diagnostic-Code: smtp; 550 5.1.1 <info@djibyouthnet.example.dj>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: info@djibyouthnet.example.dj
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021
Date: Fri, 29 Jan 2021 13:38:40 +0200
Message-ID: %s
""" % orig_id
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in dsn.strip("\n").split("\n\n"):
        b = Message(policy=POL)
        for line in re.sub(r"\n[ \t]+", " ", blk).split("\n"):
            k, v = line.split(": ", 1)
            b[k] = v
        blocks.append(b)
    p2.set_payload(blocks)
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message Headers"
    p3["Content-Type"] = "text/rfc822-headers"
    p3.set_payload(hdrs)
    body = multi("report", [p1, p2, p3], "7F2A31C0452.1611920331/mx.djibyouthnet.example.dj",
                 params=[("report-type", "delivery-status")])
    mk(2, when, 30, 3, "MAILER-DAEMON@mx.djibyouthnet.example.dj (Mail Delivery System)",
       "Undelivered Mail Returned to Sender", body, "<20210129113839.9B11D1C0453@mx.djibyouthnet.example.dj>",
       "mx.djibyouthnet.example.dj", "197.241.60.9", "4DRxQ92bLkz5",
       dict(category="bounce", language="en", acknowledge=False, on_time=None,
            notes="Postfix DSN (multipart/report delivery-status) for an invitation sent to a Djibouti youth network; "
                  "the returned headers carry the invitation subject, which must not make it look like a request."),
       ret="", extra=[("Auto-Submitted", "auto-replied")], zone_name="EAT")


def m03():
    when = at("2021-01-30 09:26:31")
    text = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom de l'Association des Jeunes pour le Développement de Mohéli (AJDM), aux Comores. Nous avons bien reçu la lettre d'invitation en français, merci beaucoup.

Avant de vous proposer un intervenant, nous voudrions savoir si une interprétation vers le français sera assurée pendant la consultation du 23 février et pendant les tables rondes ? La plupart de nos membres ne maîtrisent pas bien l'anglais, et l'arabe seulement un peu.
Aussi, est ce que ça sera sur Zoom ou une autre plateforme ?

Merci d'avance pour votre retour

Cordialement
Soilihi Abdallah Madi
Secrétaire général, AJDM
Fomboni, Mohéli – Union des Comores
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000a4c1f805ba1d9e02")
    mk(3, when, 12, 3, "Soilihi Abdallah Madi <ajdm.moheli@gmail.example.com>",
       hdr("Question interprétation en français - consultation du 23 février", "UTF-8", "Q"), body,
       "<CAK7x2pQ+Lm0vB3nR9sT1uW5yZ8aC4eG6iK0mO2qS4uW6yA@mail.gmail.example.com>",
       "mail-ed1-f41.google.example.com", "209.85.208.41", "4DSW0f3T1nz8",
       dict(category="other", language="fr", acknowledge=True, on_time=None,
            notes="question about interpretation into French and the platform, from Comoros; it mentions proposing "
                  "a speaker ('avant de vous proposer un intervenant') but proposes nobody, so it is not a request."),
       ret="ajdm.moheli@gmail.example.com")


def m04():
    when = at("2021-02-01 22:47:15")
    text = """hello

i saw the invitation on the facebook page of our student union. i would like to speak in the open discussion on 23 feb about youth and tahriib (irregular migration) , many of my freinds took the road to libya last year.
im studying at Mogadishu University 3rd year sociology. can students register also or its only for ngos??

thanks alot

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit", params=[("format", "flowed"), ("delsp", "yes")])
    mk(4, when, 6, 3, "Abdirahman Warsame <warsame.abdirahman97@gmail.example.com>", "speaking at GCM review",
       body, "<5B1E7C2A-91D4-4F0B-A6E3-2C8D0F7B9A41@gmail.example.com>",
       "mail-wm1-f65.google.example.com", "209.85.128.65", "4DV2pL0c9Nz1",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Abdirahman Warsame", None, "Mogadishu University", ["open_discussion"])],
           notes="student writing from a phone, all lower case, typos, no signature: the name is only in the From "
                 "header; '3rd year sociology' is a study level, not a title; also asks whether students may "
                 "register (still a request for himself)."),
       ret="warsame.abdirahman97@gmail.example.com",
       extra=[("X-Mailer", "iPhone Mail (18D52)")])


def m05():
    when = at("2021-02-02 11:03:56")
    text = """السلام عليكم ورحمة الله
تحية طيبة لفريق المراجعة الإقليمية

معاكم رابطة العاملين الصحيين بالجنوب الليبي – سبها. نبّو نشاركو في المؤتمر الإقليمي لأن عندنا تجربة ميدانية كبيرة مع المهاجرين في مراكز الإيواء وعلى الطريق الصحراوي من القطرون لسبها.

نقترح عليكم زميلتنا الممرضة عائشة امحمد الطاهر، منسقة التمريض الميداني في الرابطة، باش تقدم مداخلة في وحدة من الموائد المستديرة المواضيعية (اللي تخص الصحة والخدمات الأساسية لو ممكن).
عائشة تخدم مع المهاجرين من النيجر وتشاد والسودان من 2017 وتعرف الوضع كويس.

نشكروكم مسبقاً

د. سالم الهادي بن عمران
رئيس رابطة العاملين الصحيين بالجنوب الليبي
سبها – ليبيا
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "0000000000003e7d2a05ba4f11c8")
    mk(5, when, 25, 2, addr("Salem Benomran", "salem.benomran@gmail.example.com"),
       hdr("مشاركة رابطة العاملين الصحيين بالجنوب الليبي", "UTF-8"), body,
       "<CAH4vN8q0sR2tU6wY0aC4eG8iK2mO6qS0uW4yA8cE2gI6kM@mail.gmail.example.com>",
       "mail-lj1-f181.google.example.com", "209.85.208.181", "4DVQ5c0h7Jz4",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("عائشة امحمد الطاهر", "منسقة التمريض الميداني", "رابطة العاملين الصحيين بالجنوب الليبي",
              ["roundtable"], None)],
           notes="Libyan colloquial Arabic (نبّو نشاركو، باش، وحدة من), base64 text+HTML; a health workers' association "
                 "proposes a nurse coordinator ('الممرضة' is her profession, not part of the name); roundtable "
                 "identified only by theme (health), no number; From header display name in Latin script "
                 "differs from the Arabic signature of the sender."),
       ret="salem.benomran@gmail.example.com")


M06_ID = "<DB7PR02MB4120C1D2E3F4A5B6C7D8E9F0A1B2C3D4@DB7PR02MB4120.eurprd02.prod.outlook.example.com>"
M06_REPORT = "Rapport_CERM_Examen_régional_PMM_2021.pdf"
M06_ANNEX = "Annexe_enquête_Obock_Tadjourah.docx"


def m06():
    when = at("2021-02-02 16:20:44")
    text = """Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, le Centre d'Études et de Recherche sur les Migrations (CERM) de l'Université de Djibouti a l'honneur de vous transmettre sa contribution volontaire.

Vous trouverez en pièces jointes :
- le rapport principal (PDF) ;
- l'annexe statistique (enquête auprès de 412 migrants en transit à Obock et Tadjourah, format Word).

Nous joignons également le logo du Centre, au cas où vous en auriez besoin pour les supports de communication de la conférence.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Dr Houmed Ali Daoud
Directeur du CERM
Université de Djibouti
Tél. : +253 21 25 00 00
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>",
                     None, "iso-8859-1")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                "_000_DB7PR02MB4120C1D2E3F4A5B6C7D8E9F0A1B2C3D4DB7PR02MB4120_")
    pdf = make_pdf(["Universite de Djibouti - Centre d'Etudes et de Recherche sur les Migrations (CERM)",
                    "Contribution volontaire a l'Examen regional du PMM - region arabe, 2021",
                    "1. Djibouti, pays de transit: la route de l'Est vers le Yemen et le Golfe",
                    "2. Objectifs 7, 8 et 23 du PMM", "3. Recommandations"])
    docx = make_docx(["Annexe statistique", "Enquete aupres de 412 migrants en transit a Obock et Tadjourah (nov.-dec. 2020)",
                      "Tableau 1 - Repartition par age et par sexe", "Tableau 2 - Pays d'origine"])
    logo = make_png(16, 16, (0, 110, 70))
    body = multi("mixed", [alt, attach("application/pdf", pdf, M06_REPORT, "outlook"),
                           attach(DOCX, docx, M06_ANNEX, "outlook"),
                           attach("image/png", logo, "logo_CERM_UD.png", "outlook")],
                 "_004_DB7PR02MB4120C1D2E3F4A5B6C7D8E9F0A1B2C3D4DB7PR02MB4120_")
    mk(6, when, 40, 3, addr("Houmed Ali Daoud", "houmed.daoud@univ-djibouti.example.dj"),
       hdr("Contribution volontaire du CERM - Université de Djibouti - Examen régional PMM", "iso-8859-1", "Q"),
       body, M06_ID, "mail-db7eur02.outbound.protection.outlook.example.com", "40.107.13.88", "4DVZ0m6R2cz6",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
            report_attachments=[M06_REPORT, M06_ANNEX],
            notes="university migration centre sends the report as two attachments (main PDF + Word annex) plus an "
                  "unrelated logo PNG that is not part of the report; Outlook iso-8859-1 text+HTML, file names with "
                  "accents as RFC 2047 words inside quoted parameters."),
       ret="houmed.daoud@univ-djibouti.example.dj",
       extra=[("Thread-Topic", "Contribution volontaire du CERM"), ("Thread-Index", "Adb5PqR3zT0Kc8mWQ2iN7bXy1dF4Lg=="),
              ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])


M07_ID = "<CAM9wQ2e4Tg6Yh8Uj0Ik2Ol4Pz6Xc8Vb0Nm2As4Df6Gh8Jk@mail.gmail.example.com>"
M07_NAME = "SOYDEN_Collective_GCM_Review_2021.docx"


def m07():
    when = at("2021-02-03 10:02:37")
    text = """Dear Secretariat,

On behalf of the Somali Youth Development Network (SOYDEN) and 11 partner youth groups in Mogadishu, Baidoa, Kismayo and Garowe, please find attached our collective voluntary review of the GCM ("Youth voices on GCM implementation in Somalia").

We would also like to propose a youth representative to deliver the stakeholders' key messages as rapporteur:

- Name: Hamdi Mohamed Abdi
- Position: Youth Advocacy Lead
- Organisation: SOYDEN
- Email: hamdi.abdi@soyden.example.so

Looking forward to hearing from you.

Regards,
Yusuf Ibrahim Gedi
Executive Director | Somali Youth Development Network
Mogadishu, Somalia
"""
    html = ('<div dir="ltr"><div>Dear Secretariat,</div><div><br></div><div>On behalf of the Somali Youth Development '
            'Network (SOYDEN) and 11 partner youth groups in Mogadishu, Baidoa, Kismayo and Garowe, please find attached '
            'our collective voluntary review of the GCM (&quot;Youth voices on GCM implementation in Somalia&quot;).</div>'
            '<div><br></div><div>We would also like to propose a youth representative to deliver the stakeholders\' key '
            'messages as rapporteur:</div><ul><li>Name: Hamdi Mohamed Abdi</li><li>Position: Youth Advocacy Lead</li>'
            '<li>Organisation: SOYDEN</li><li>Email: <a href="mailto:hamdi.abdi@soyden.example.so">hamdi.abdi@soyden.example.so</a></li>'
            '</ul><div>Looking forward to hearing from you.</div><div><br></div><div>Regards,</div><div>Yusuf Ibrahim Gedi<br>'
            'Executive Director | Somali Youth Development Network<br>Mogadishu, Somalia</div></div>\n')
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "0000000000007b2c9e05ba6a3d10")
    docx = make_docx(["Somali Youth Development Network (SOYDEN)", "Youth voices on GCM implementation in Somalia",
                      "Collective voluntary GCM review, February 2021", "Contributors: SOYDEN and 11 partner youth groups"])
    body = multi("mixed", [alt, attach(DOCX, docx, M07_NAME, "plain", "f_kkq3m1xz0")], "0000000000007b2c9f05ba6a3d12")
    mk(7, when, 18, 3, "Yusuf Ibrahim Gedi <yusuf.gedi@soyden.example.so>", "SOYDEN collective GCM review + rapporteur proposal",
       body, M07_ID, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DW8sN1v4Hz3",
       dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Hamdi Mohamed Abdi", "Youth Advocacy Lead", "Somali Youth Development Network (SOYDEN)", ["rapporteur"])],
           report_attachments=[M07_NAME],
           notes="collective report (DOCX) plus a rapporteur proposal in a 'Name/Position/Organisation' list; the list "
                 "gives only the acronym, the full name is in the first sentence; the signer is not the speaker. "
                 "Replaced by a v2 report in h76-17."),
       ret="yusuf.gedi@soyden.example.so")


def m08():
    when = at("2021-02-03 14:35:02")
    text = """Dear Sir/Madam,

Greetings from the Libyan Scouts and Girl Guides Movement (LSGM).

We kindly request a speaking slot for our Deputy International Commissioner at the Regional Review Conference on 24-25 February:

    LSGM – Deputy International Commissioner – Anwar Ben Saud

We would like him to deliver a floor intervention in one of the plenary sessions, and to also take the floor in Roundtable 4, since our scout groups' work with unaccompanied migrant children in Tripoli and Misrata is directly relevant to it.

Kindly confirm receipt.

Best regards,

Nouri Al-Mabrouk
International Relations Office
Libyan Scouts and Girl Guides Movement
Tripoli – Libya
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR08MB3321A9B8C7D6E5F4A3B2C1D0E9F8A7B6VI1PR08MB3321_")
    mk(8, when, 33, 2, '"Nouri Al-Mabrouk (LSGM)" <intl@lsgm-scouts.example.ly>',
       "Request for speaking slot - LSGM - plenary & roundtable", body,
       "<VI1PR08MB3321A9B8C7D6E5F4A3B2C1D0E9F8A7B6@VI1PR08MB3321.eurprd08.prod.outlook.example.com>",
       "mail-vi1eur08.outbound.protection.outlook.example.com", "40.107.2.51", "4DWGk03Qmsz7",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Anwar Ben Saud", "Deputy International Commissioner", "Libyan Scouts and Girl Guides Movement (LSGM)",
              ["plenary", "roundtable"], 4)],
           notes="two roles for one speaker (plenary and Roundtable 4); the speaker line is in the unusual order "
                 "'organisation – title – name'; affiliation in full only in the greeting line; sender is an office, "
                 "not the speaker."),
       ret="intl@lsgm-scouts.example.ly",
       extra=[("Content-Language", "en-US"), ("X-Mailer", "Microsoft Outlook 16.0")])


def m09():
    when = at("2021-02-04 12:18:20")
    inner = """<div style="font-family: Calibri, sans-serif; font-size: 11pt">Bonjour,<br><br>
Suite à votre lettre d'invitation, je souhaiterais prendre la parole lors de la <b>table ronde n°2</b> de la conférence régionale, pour partager l'expérience de nos jeunes volontaires à Nouadhibou auprès des migrants en transit vers les Canaries.<br><br>
Je reste disponible pour tout complément d'information.<br><br>
Bien à vous<br>
<br>
<div style="color:#555555">--<br>
<b>Mohamed Lemine Ould Cheikh</b><br>
Président<br>
Association Mauritanienne des Jeunes pour la Migration et le Développement (AMJMD)<br>
Nouadhibou - Mauritanie<br>
+222 46 00 00 00</div></div>"""
    body = leaf("text/html", html_wrap(inner), "UTF-8", "quoted-printable")
    mk(9, when, 9, 0, addr("AMJMD Nouadhibou", "amjmd.ndb@yahoo.example.fr"),
       "Demande de prise de parole", body,
       "<1612440491.248813.1971345@mail.yahoo.example.com>",
       "sonic301-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DX1qY5m2Gz9",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Mohamed Lemine Ould Cheikh", "Président",
              "Association Mauritanienne des Jeunes pour la Migration et le Développement (AMJMD)", ["roundtable"], 2)],
           notes="HTML-only (no text part); the sender asks for himself ('je souhaiterais') and his name appears only in "
                 "the signature (From shows the association's generic name); 'table ronde n°2'; Date header in UTC+0."),
       ret="amjmd.ndb@yahoo.example.fr", extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])


def m10():
    when = at("2021-02-04 19:44:12")
    text = """مساء الخير يا جماعة،

إحنا رابطة الطلاب الصوماليين في مصر، وعايزين نشارك في المراجعة الإقليمية للاتفاق العالمي للهجرة.

أولاً: التقرير الطوعي بتاعنا مكتوب تحت في الإيميل ده، علشان مش قادرين نرفع ملفات من سكن الجامعة (النت وحش جداً الأيام دي):

----- تقرير طوعي: الطلاب الصوماليون في مصر والاتفاق العالمي من أجل الهجرة -----
١- الخلفية: يدرس في مصر حوالي ٣٠٠٠ طالب صومالي، أغلبهم في القاهرة والإسكندرية، وكثير منهم يعانون من صعوبات تجديد الإقامة وتأخر المنح.
٢- الهدف ٤ و٥ من الاتفاق: تأخر إصدار الوثائق من السفارة يجعل الطلاب في وضع غير نظامي بعد انتهاء الدراسة.
٣- الهدف ١٥: الوصول للخدمات الصحية محدود جداً، وخصوصاً للطالبات.
٤- التوصيات: تسهيل تجديد الإقامة الدراسية، وإنشاء مكتب تواصل للطلاب في السفارة، وبرامج منح بالتعاون مع الجامعات.
-----------------------------------------------------------------------

ثانياً: عايزين زميلتنا نعيمة حسن شيخ، نائبة رئيس الرابطة، تتكلم في المائدة المستديرة رقم ٢ لو ينفع، هي بتعمل ماجستير في الهجرة واللجوء ومتابعة الموضوع ده كويس.

شكراً جداً ومستنيين ردكم
عبد الله محمود فارح
رئيس رابطة الطلاب الصوماليين في مصر
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    mk(10, when, 22, 2, addr("Abdullahi Mahmoud", "somali.students.eg@gmail.example.com"),
       hdr("مشاركة الطلاب الصوماليين في مصر - تقرير + متحدثة", "UTF-8"), body,
       "<CAE2bH7t9Xk4Zp1Qw6Rv3Ns8Mj5Lc0Dy2Fu7Gi9Ho4Jq6Ke@mail.gmail.example.com>",
       "mail-pj1-f52.google.example.com", "209.85.216.52", "4DXL7p3sZwz2",
       dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("نعيمة حسن شيخ", "نائبة رئيس الرابطة", "رابطة الطلاب الصوماليين في مصر", ["roundtable"], 2)],
           report_attachments=[],
           notes="Egyptian colloquial Arabic from a Somali student association; the voluntary report is pasted in the "
                 "body (no attachment) between dashed rules; roundtable number in Arabic-Indic digits 'رقم ٢'; "
                 "the speaker's title refers to 'الرابطة' (the association named in the first line)."),
       ret="somali.students.eg@gmail.example.com")


def m11():
    when = at("2021-02-04 21:09:50")
    text = """السلام عليكم
لو سمحتو عايز أستفسر: اللقاء يوم ٢٣ فبراير حيكون حضوري في بيروت ولا أونلاين؟ نحن منظمة صغيرة في نيالا وما عندنا ميزانية سفر خالص.
كمان داير أعرف هل في رابط تسجيل منفصل للمنظمات الطوعية ولا بنسجل بنفس الرابط الفي الخطاب؟
وجزاكم الله خير

إبراهيم يعقوب آدم
منظمة شباب دارفور للسلام والتنمية - نيالا
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "000000000000f1e2d305ba7c4b9a")
    mk(11, when, 15, 2, addr("إبراهيم يعقوب", "ibrahim.yagoub.dypd@gmail.example.com"),
       hdr("استفسار عن طريقة المشاركة", "UTF-8"), body,
       "<CAJ5nD1r3Tf7Vh9Xk2Zm4Bp6Cr8Et0Gv2Ix4Kz6Mb8Od0Qf@mail.gmail.example.com>",
       "mail-qk1-f173.google.example.com", "209.85.222.173", "4DXPd21wYcz5",
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="Sudanese colloquial (حيكون، داير، خالص، الفي); logistics question (in person or online, "
                  "registration link) from a small Darfur NGO, no speaker and no report."),
       ret="ibrahim.yagoub.dypd@gmail.example.com")


def m12():
    when = at("2021-02-05 14:20:07")
    text = """السادة الأفاضل،
نعتذر لكم، الأستاذة مها عثمان لن تتمكن من المشاركة لظروف سفر طارئة، ونرشّح بدلاً منها الزميل محمد الفاتح بابكر، مسؤول المناصرة بالشبكة، لنفس المائدة المستديرة.
ولكم الشكر.

خالد آدم إسحق
الأمين العام
شبكة الشباب السوداني للهجرة والتنمية

________________________________
من: خالد آدم إسحق <k.ishag@synmd.example.sd>
أُرسل: الأربعاء، 27 يناير 2021 10:12 ص
إلى: gcmrrarabstates@iom.int
الموضوع: ترشيح متحدثة - المراجعة الإقليمية للاتفاق العالمي للهجرة (شبكة الشباب السوداني)

السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة
الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، تتشرف شبكة الشباب السوداني للهجرة والتنمية بترشيح ممثلتها التالية للتحدث في المؤتمر الإقليمي:

الاسم\tالصفة\tالجهة\tنوع المشاركة
أ. مها عثمان الطيب\tمنسقة برامج الشباب والهجرة\tشبكة الشباب السوداني للهجرة والتنمية (SYNMD)\tمداخلة في المائدة المستديرة المواضيعية الثالثة
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "_000_AM6PR10MB23457A6B5C4D3E2F1A0B9C8D7E6F5A4BAM6PR10MB2345_")
    mk(12, when, 11, 2, addr("خالد آدم إسحق", "k.ishag@synmd.example.sd", "windows-1256"),
       re_hdr("RE: ", "ترشيح متحدثة - المراجعة الإقليمية للاتفاق العالمي للهجرة (شبكة الشباب السوداني)", "windows-1256"),
       body, "<AM6PR10MB23457A6B5C4D3E2F1A0B9C8D7E6F5A4B@AM6PR10MB2345.EURPRD10.PROD.OUTLOOK.example.com>",
       "mail-eopbgr60072.outbound.protection.outlook.example.com", "40.107.6.72", "4DXpL57Wcbz1",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("محمد الفاتح بابكر", "مسؤول المناصرة", "شبكة الشباب السوداني للهجرة والتنمية (SYNMD)", ["roundtable"], 3)],
           thread_of="h76-01.eml",
           notes="Outlook reply replacing the speaker of h76-01; the new speaker is named in one sentence with "
                 "'بالشبكة' and 'لنفس المائدة المستديرة' (same roundtable = the third, stated only in the quoted "
                 "original); the old speaker's name appears in the quoted table and must not be recorded."),
       ret="k.ishag@synmd.example.sd", irt=M01_ID, refs=M01_ID,
       extra=[("Thread-Topic", hdr("ترشيح متحدثة", "windows-1256")), ("Thread-Index", "AdbzK1c9mQ0vX2a7Rx6yhPq1lVd0egAB3f2K"),
              ("Content-Language", "ar-SA"), ("X-Mailer", "Microsoft Outlook 16.0")])


def m13():
    when = at("2021-02-05 23:52:31")
    text = """Bonsoir,

Désolé pour l'heure tardive, on finalise juste notre liste. Le RCJMD (Réseau Comorien des Jeunes pour la Migration et le Développement) souhaite que sa chargée de plaidoyer, Mlle Zaharia Said Ahmed, participe a la discussion ouverte de la consultation multipartite du 23 fevrier.
Elle interviendra en français (nous avons déjà posé la question de l'interprétation a vos collegues).

Bien cordialement,

Ahmed Mze Toybou
Coordinateur national RCJMD
Moroni, Grande Comore
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    mk(13, when, 47, 3, "Ahmed Mze Toybou <rcjmd.comores@outlook.example.fr>",
       hdr("Candidature RCJMD - discussion ouverte 23 février", "iso-8859-1", "Q"), body,
       "<PR1P264MB1890D8E7F6A5B4C3D2E1F0A9B8C7D6E5@PR1P264MB1890.FRAP264.PROD.OUTLOOK.example.com>",
       "mail-pr1fra01.outbound.protection.outlook.example.com", "40.107.12.93", "4DY3b95Kqvz8",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Zaharia Said Ahmed", "chargée de plaidoyer",
              "RCJMD (Réseau Comorien des Jeunes pour la Migration et le Développement)", ["open_discussion"])],
           notes="deadline edge: received 23:52:31 Beirut on Fri 5 Feb (on time) but the Date header reads "
                 "'Sat, 6 Feb 2021 00:51:44 +0300' (Comoros); speaker proposed by the coordinator, with 'Mlle' "
                 "honorific; acronym first then full name in parentheses; missing accents ('a', 'fevrier')."),
       ret="rcjmd.comores@outlook.example.fr", extra=[("X-Mailer", "Outlook for Android")])


def m14():
    when = at("2021-02-06 00:04:18")
    text = """Hello GCM team,

Hope this reaches you before the deadline (it's still Friday afternoon here in Minneapolis!).

The Somali Diaspora Health Professionals Association (SDHPA) would like to put forward two names for the rapporteur role, whichever suits your programme better:

1) Dr. Hodan Ali Nur, RN, MPH - Board Chair, SDHPA. Hodan worked six years as a nurse in Hargeisa and Bosaso before moving to the US and now leads our return-of-skills program.
2) Liban Farah Jama - Youth Programs Coordinator, SDHPA (as alternate)

Both can present the key messages in English or Somali (Arabic is limited).

Thanks so much,
Faduma Osman
Communications Volunteer, SDHPA
Minneapolis, MN
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8")],
                 "000000000000b81c4405baa19f37")
    mk(14, when, 28, -6, "Faduma Osman <faduma.osman@sdhpa.example.org>", "SDHPA - rapporteur nominations",
       body, "<CAN1pZ7s5Rv3Xt8Ak0Cm2Eo4Gq6Is8Ku0Mw2Oy4Qa6Sc8Ue@mail.gmail.example.com>",
       "mail-io1-f44.google.example.com", "209.85.166.44", "4DY3n12CJpz4",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
           sp("Hodan Ali Nur", "Board Chair", "Somali Diaspora Health Professionals Association (SDHPA)", ["rapporteur"]),
           sp("Liban Farah Jama", "Youth Programs Coordinator", "Somali Diaspora Health Professionals Association (SDHPA)",
              ["rapporteur"])],
           notes="deadline edge: late by 4 minutes (00:04:18 Beirut, Sat 6 Feb) while the Date header says "
                 "'Fri, 5 Feb 2021 16:03:50 -0600' and the text claims it is still Friday; two speakers in a "
                 "numbered list, the second as an alternate; 'Dr.' and the post-nominals 'RN, MPH' are not part of "
                 "the name; the signer is not a speaker."),
       ret="faduma.osman@sdhpa.example.org")


def m15():
    when = at("2021-02-08 10:31:05")
    text = """بسم الله الرحمن الرحيم

السلام عليكم ورحمة الله،

نحن في جمعية كشافة شباب الحوض للتنمية والهجرة، اطلعنا على رسالة الدعوة باللغة العربية، والتي تحدد آخر أجل لطلبات التدخل يوم الجمعة 23 فبراير 2021، لذلك نرسل طلبنا الآن ونرجو أن يكون في الآجال.

نطلب أن تُمنح لجمعيتنا فرصة مداخلة في الجلسة العامة للمؤتمر يوم 24 فبراير، يقدمها رئيس الجمعية (انظر التوقيع أسفله)، حول عمل الكشافة مع الشباب العائدين من ليبيا والمغرب في ولايات الحوض.

وتقبلوا فائق التقدير والاحترام.

الشيخ ولد محمد الأمين
رئيس جمعية كشافة شباب الحوض للتنمية والهجرة
النعمة – الحوض الشرقي – موريتانيا
الهاتف: 00222 36 00 00 00
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    mk(15, when, 20, 0, addr("Cheikh Mohamed Lemine", "scouts.hodh@gmail.example.com"),
       hdr("طلب مداخلة في الجلسة العامة", "UTF-8"), body,
       "<CAB8qW3e5Rt7Yu9Io1Pa3Sd5Fg7Hj9Kl1Zx3Cv5Bn7Mq9We@mail.gmail.example.com>",
       "mail-oi1-f170.google.example.com", "209.85.167.170", "4DZ7hF0x6Rz3",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
           sp("الشيخ ولد محمد الأمين", "رئيس", "جمعية كشافة شباب الحوض للتنمية والهجرة", ["plenary"])],
           notes="late (8 Feb): the sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 فبراير'; the "
                 "speaker is 'the association's president (see signature)'; 'الشيخ' is here the first name of a "
                 "Mauritanian (From: 'Cheikh Mohamed Lemine'), not an honorific; title and organisation fused in "
                 "one signature line; Maghrebi usage (آخر أجل، الآجال، التدخل)."),
       ret="scouts.hodh@gmail.example.com")


M16_NAME = "Rapport volontaire Tawasul - PMM 2021 (AR-FR).pdf"


def m16():
    when = at("2021-02-09 15:12:40")
    text = flowed("""Bonjour à toute l'équipe,

J'espère que vous allez bien. Je vous écris de la part de Tawasul – Initiative pour la santé des migrants en Libye (petite ONG basée à Tripoli et Zouara, on travaille surtout avec des agents de santé communautaires).

1/ Ci-joint notre rapport volontaire sur l'accès aux soins des migrants en détention et en milieu urbain (objectifs 13 et 15 du Pacte). Le fichier est en arabe et en français.

2/ Aussi, si c'est encore possible, on aimerait bien qu'une de nos infirmières prenne la parole à la table ronde 1 : Rima Haddad, coordinatrice médicale de Tawasul. Je sais que la date est peut-être passée, mais on a eu des coupures d'internet toute la semaine dernière...

Merci d'avance et bonne journée,

-- 
Georges Khoury
Responsable programmes
Tawasul – Initiative pour la santé des migrants en Libye
(Beyrouth / Tripoli)
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Tawasul - Initiative pour la sante des migrants en Libye",
                    "Rapport volontaire - Examen regional du PMM 2021 (version arabe et francaise)",
                    "Acces aux soins des migrants en detention et en milieu urbain (objectifs 13 et 15)"])
    body = multi("mixed", [t, attach("application/pdf", pdf, M16_NAME, "rfc2231")],
                 "------------0A9E7C2B5D3F1E8A6C4B2D90")
    mk(16, when, 36, 2, "Georges Khoury <g.khoury@tawasul-ly.example.org>",
       "Tawasul (Libye) : rapport volontaire + demande d'intervention table ronde 1", body,
       "<3f9b2c71-8e4d-5a06-b1c9-7d2e0f4a6b83@tawasul-ly.example.org>",
       "mail.tawasul-ly.example.org", "185.53.178.40", "4F0bRk2Tszz6",
       dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Rima Haddad", "coordinatrice médicale", "Tawasul – Initiative pour la santé des migrants en Libye",
              ["roundtable"], 1)],
           report_attachments=[M16_NAME],
           notes="'both' sent 9 Feb: the report part is on time (16 Feb) but the speaker part is late (5 Feb), so "
                 "on_time is false; Levantine French from a Lebanese staffer of a Libyan NGO; Thunderbird format=flowed "
                 "8bit; file name with spaces and parentheses in RFC 2231; title attached as 'coordinatrice médicale "
                 "de Tawasul' after the name."),
       ret="g.khoury@tawasul-ly.example.org",
       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
              ("Content-Language", "fr")])


def m17():
    when = at("2021-02-10 09:15:22")
    name = "SOYDEN_Collective_GCM_Review_2021_v2.docx"
    text = """Dear colleagues,

Please use the attached updated version of our collective review instead of the one I sent on 3 February. Two more partner groups (Beledweyne and Galkayo) sent their inputs, and we corrected some figures in section 3.

Our rapporteur proposal stays the same.

Best,
Yusuf

On Wed, 3 Feb 2021 at 11:02, Yusuf Ibrahim Gedi <yusuf.gedi@soyden.example.so> wrote:
> Dear Secretariat,
>
> On behalf of the Somali Youth Development Network (SOYDEN) and 11 partner youth groups in Mogadishu, Baidoa,
> Kismayo and Garowe, please find attached our collective voluntary review of the GCM ("Youth voices on GCM
> implementation in Somalia").
>
> We would also like to propose a youth representative to deliver the stakeholders' key messages as rapporteur:
>
> - Name: Hamdi Mohamed Abdi
> - Position: Youth Advocacy Lead
> - Organisation: SOYDEN
> - Email: hamdi.abdi@soyden.example.so
>
> Looking forward to hearing from you.
>
> Regards,
> Yusuf Ibrahim Gedi
> Executive Director | Somali Youth Development Network
> Mogadishu, Somalia
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000c93d1a05bafb2e44")
    docx = make_docx(["Somali Youth Development Network (SOYDEN)", "Youth voices on GCM implementation in Somalia - v2",
                      "Collective voluntary GCM review, February 2021", "Contributors: SOYDEN and 13 partner youth groups"])
    body = multi("mixed", [alt, attach(DOCX, docx, name, "plain", "f_kky0b2q51")], "000000000000c93d1b05bafb2e46")
    mk(17, when, 19, 3, "Yusuf Ibrahim Gedi <yusuf.gedi@soyden.example.so>",
       "Re: SOYDEN collective GCM review + rapporteur proposal", body,
       "<CAM9wQ2f8Hk1Lp3Zx5Cv7Bn9Mq1We3Rt5Yu7Io9Pa1Sd3Fg@mail.gmail.example.com>",
       "mail-wr1-f47.google.example.com", "209.85.221.47", "4F1HqC6nWbz2",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, speakers=[],
            report_attachments=[name], thread_of="h76-07.eml",
            notes="Gmail reply replacing the report of h76-07 with a v2 DOCX; 'rapporteur proposal stays the same' "
                  "(no new speaker to record, the speaker list is only in the quoted text); signed with first name only."),
       ret="yusuf.gedi@soyden.example.so", irt=M07_ID, refs=M07_ID)


M18_NAME = "تقرير المراجعة الطوعية - مركز دراسات الهجرة والنزوح - جامعة أم درمان الأهلية.pdf"


def m18():
    when = at("2021-02-11 12:40:03")
    text = """بسم الله الرحمن الرحيم

السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المنطقة العربية
الموضوع: تقرير المراجعة الطوعية للاتفاق العالمي من أجل الهجرة

السلام عليكم ورحمة الله وبركاته،

يسر مركز دراسات الهجرة والنزوح بجامعة أم درمان الأهلية أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي في السودان، مع التركيز على صحة المهاجرين في ولايات الشرق ووضع الطلاب النازحين في الجامعات السودانية.

أعدّ التقرير فريق من أساتذة المركز وطلاب الدراسات العليا بمشاركة جمعية أطباء السودان للصحة العامة.

وتفضلوا بقبول وافر الاحترام،

د. آمنة الطيب عبد الله
مديرة المركز
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1256", "base64"), leaf("text/html", html, "windows-1256")],
                "_000_HE1PR0102MB3344B2C3D4E5F6A7B8C9D0E1F2A3B4C5HE1PR0102MB3344_")
    pdf = make_pdf(["Migration and Displacement Studies Centre - Omdurman Ahlia University",
                    "Voluntary GCM review report - Sudan, February 2021 (Arabic)"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, M18_NAME, "cont")],
                 "_004_HE1PR0102MB3344B2C3D4E5F6A7B8C9D0E1F2A3B4C5HE1PR0102MB3344_")
    mk(18, when, 52, 2, addr("Amna Eltayeb", "amna.eltayeb@oau.example.edu.sd"),
       hdr("تقرير المراجعة الطوعية - مركز دراسات الهجرة والنزوح", "windows-1256"), body,
       "<HE1PR0102MB3344B2C3D4E5F6A7B8C9D0E1F2A3B4C5@HE1PR0102MB3344.eurprd01.prod.exchangelabs.example.com>",
       "mail-he1eur01.outbound.protection.outlook.example.com", "40.107.13.120", "4F2dWs0j8Kz7",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
            report_attachments=[M18_NAME],
            notes="Sudanese university migration centre; long Arabic file name split in RFC 2231 continuations "
                  "(filename*0*, filename*1*, ...); windows-1256 base64 text part; mentions a partner association "
                  "but proposes no speaker."),
       ret="amna.eltayeb@oau.example.edu.sd", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-SA")])


def m19():
    when = at("2021-02-12 08:55:17")
    text = """Bonjour,

Merci pour votre accusé de réception. Bonne continuation à toute l'équipe pour l'organisation.

Cordialement,
Houmed Ali Daoud

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 18:30
À : Houmed Ali Daoud <houmed.daoud@univ-djibouti.example.dj>
Objet : Accusé de réception / Acknowledgement - Contribution volontaire du CERM

Madame, Monsieur,

Nous accusons réception de votre rapport volontaire dans le cadre de l'Examen régional du Pacte mondial pour les migrations dans la région arabe.

Le Secrétariat
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    mk(19, when, 31, 3, addr("Houmed Ali Daoud", "houmed.daoud@univ-djibouti.example.dj"),
       hdr("RE: Accusé de réception / Acknowledgement - Contribution volontaire du CERM", "iso-8859-1", "Q"), body,
       "<DB7PR02MB41209F8E7D6C5B4A39281706F5E4D3C2@DB7PR02MB4120.eurprd02.prod.outlook.example.com>",
       "mail-db7eur02.outbound.protection.outlook.example.com", "40.107.13.88", "4F3Fx81ZsQz5",
       dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h76-06.eml",
            notes="thank-you reply to our acknowledgement of h76-06; adds nothing new, so no acknowledgement; "
                  "the quoted acknowledgement mentions 'rapport volontaire' but there is no attachment."),
       ret="houmed.daoud@univ-djibouti.example.dj", irt=OUR_ACK_06, refs=M06_ID + " " + OUR_ACK_06,
       extra=[("Thread-Topic", "Contribution volontaire du CERM"), ("Content-Language", "fr-FR")])


def m20():
    when = at("2021-02-13 17:02:44")
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة ميدانية بولايتي جنوب ووسط دارفور حتى يوم الأحد 21 فبراير 2021، مع إمكانية محدودة جداً للوصول إلى البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الأخت سارة موسى على البريد info@dypd-nyala.example.sd.

إبراهيم يعقوب آدم
منظمة شباب دارفور للسلام والتنمية
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    mk(20, when, 3, 2, addr("إبراهيم يعقوب", "ibrahim.yagoub.dypd@gmail.example.com"),
       hdr("رد تلقائي: تذكير: آخر موعد لتقديم التقارير الطوعية الثلاثاء 16 فبراير 2021", "UTF-8"), body,
       "<CAJ5nD1s0Qm8Rt2Vx4Zb6Dn8Fp0Hr2Jt4Lv6Nx8Pz0Rb2Td@mail.gmail.example.com>",
       "mail-qk1-f173.google.example.com", "209.85.222.173", "4F4Yk26VrMz9",
       dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
            notes="Arabic out-of-office (Gmail vacation responder, Auto-Submitted: auto-replied) to our reminder about "
                  "the report deadline; same sender as the human question h76-11, and the subject quotes the "
                  "reminder's deadline."),
       ret="", irt=REMINDER_ID, refs=REMINDER_ID,
       extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")])


def m21():
    when = at("2021-02-14 19:27:36")
    name = "Rapport_SNISFC_migration_des_soignants_Comores.docx"
    text = """Bonjour,

Ci-joint le rapport volontaire du Syndicat National des Infirmiers et Sages-femmes des Comores (SNISFC) sur la migration des personnels de santé comoriens (départs vers Mayotte, La Réunion et la France) .

Bonne réception

Dhoihirou Ali
SG du SNISFC

Envoyé de mon iPad"""
    t = leaf("text/plain", text, "utf-8", "base64")
    docx = make_docx(["Syndicat National des Infirmiers et Sages-femmes des Comores (SNISFC)",
                      "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                      "La migration des personnels de sante comoriens"])
    a = attach(DOCX, docx, name, "plain")
    a.replace_header("Content-Disposition", 'attachment;\r\n\tfilename="%s"' % name)
    body = multi("mixed", [t, a], "Apple-Mail-4E2B7A90-1C3D-4F5E-8A6B-9C0D1E2F3A4B")
    mk(21, when, 58, 3, "Dhoihirou Ali <snisfc.km@gmail.example.com>", "Rapport volontaire SNISFC", body,
       "<7C3A1E5B-2D4F-4A6B-9E8C-0F1A2B3C4D5E@gmail.example.com>",
       "mail-wm1-f52.google.example.com", "209.85.128.52", "4F5Lz93TqNz1",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
            report_attachments=[name],
            notes="short mobile (iPad) message from a Comorian nurses' and midwives' union, base64 text; the DOCX is the "
                  "report; 'SG' (secrétaire général) abbreviated in the signature; no speaker."),
       ret="snisfc.km@gmail.example.com", extra=[("X-Mailer", "iPad Mail (18D52)")])


def m22():
    when = at("2021-02-15 13:48:09")
    text = """Dear GCM Regional Review Secretariat,

We are a small youth-led organisation in Hargeisa (Horn Youth Migration Forum, HYMF) and we are finalizing our voluntary review now; we plan to send it tomorrow before the deadline.

Two quick questions:
1. Is there a page limit or a template we should follow? Our draft is about 30 pages with annexes.
2. Can the annexes (interview transcripts) stay in Somali, or do they need to be translated to English/Arabic?

Also, one of our partners told us the deadline was 12 February, but we understood it was extended to 16 February. Could you confirm?

Many thanks,
Ayaan Jama Hersi
Programme Officer, HYMF
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_AS8PR04MB7622C4D5E6F7A8B9C0D1E2F3A4B5C6D7AS8PR04MB7622_")
    mk(22, when, 24, 3, "Ayaan Jama Hersi <a.hersi@hymf.example.org>", "Questions on voluntary report format",
       body, "<AS8PR04MB7622C4D5E6F7A8B9C0D1E2F3A4B5C6D7@AS8PR04MB7622.eurprd04.prod.outlook.example.com>",
       "mail-as8eur04.outbound.protection.outlook.example.com", "40.107.7.61", "4F6Bm47GxRz3",
       dict(category="other", language="en", acknowledge=True, on_time=None,
            notes="questions about page limit, template, annex language and the deadline; announces a report for "
                  "tomorrow but sends none (no attachment), so it is not a voluntary report."),
       ret="a.hersi@hymf.example.org", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])


def m23():
    when = at("2021-02-16 23:57:12")
    name = "BCMR_Voluntary_GCM_Review_Somalia_Feb2021.pdf"
    text = """Dear Sir/Madam,

Apologies for sending this so late at night. Attached please find the voluntary GCM review report of the Benadir Centre for Migration Research (BCMR), Faculty of Social Sciences, Benadir University, Mogadishu.

The report was prepared with our public health students and covers health access for IDPs and returnees, and youth irregular migration.

Best regards,

--
Dr. Abdikarim Sheikh Nur
Director, BCMR
Benadir University | Mogadishu, Somalia
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000e47a2b05bb7d1c90")
    pdf = make_pdf(["Benadir Centre for Migration Research (BCMR), Benadir University",
                    "Voluntary GCM Review Report - Somalia, February 2021",
                    "Health access for IDPs and returnees; youth irregular migration"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, name, "plain", "f_kl6w3n8p0")], "000000000000e47a2c05bb7d1c92")
    mk(23, when, 27, 3, "Abdikarim Sheikh Nur <bcmr@benadir-univ.example.so>", "Voluntary GCM review report - BCMR Somalia",
       body, "<CAD6tY2u4Io6Pa8Sd0Fg2Hj4Kl6Zx8Cv0Bn2Mq4We6Rt8Yu@mail.gmail.example.com>",
       "mail-ej1-f48.google.example.com", "209.85.218.48", "4F7Qs18HcPz6",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
            report_attachments=[name],
            notes="deadline edge: received 23:57:12 Beirut on Tue 16 Feb (on time) but the Date header reads "
                  "'Wed, 17 Feb 2021 00:56:45 +0300' (Mogadishu) and the sender apologises for the late hour."),
       ret="bcmr@benadir-univ.example.so")


def m24():
    when = at("2021-02-17 00:03:29")
    name = "rapport_RESP-Nkc_PMM_2021.pdf"
    text = """Bonsoir,

Comme convenu, voici le rapport volontaire du Réseau des Étudiants en Santé Publique de Nouakchott (RESP-Nkc), envoyé aujourd'hui 16 février, dans les délais.

Le rapport porte sur la santé des migrants subsahariens à Nouakchott et Nouadhibou et sur le départ des jeunes médecins mauritaniens.

Salutations,
Mariem Mint Ahmed Salem
Coordinatrice, RESP-Nkc
"""
    t = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    pdf = make_pdf(["Reseau des Etudiants en Sante Publique de Nouakchott (RESP-Nkc)",
                    "Rapport volontaire - Examen regional du PMM 2021"])
    body = multi("mixed", [t, attach("application/pdf", pdf, name, "plain")], "----=_Part_482913_1718204633.1613512989010")
    mk(24, when, 20, 0, "Mariem Mint Ahmed Salem <resp.nkc@gmail.example.com>",
       "Rapport volontaire RESP-Nkc", body,
       "<1613512989011.48291.resp.nkc@gmail.example.com>",
       "mail-wr1-f51.google.example.com", "209.85.221.51", "4F7Rb09LkTz2",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
            report_attachments=[name],
            notes="deadline edge: late by 3.5 minutes (00:03:29 Beirut, Wed 17 Feb) while the Date header reads "
                  "'Tue, 16 Feb 2021 22:03:09 +0000' (Nouakchott) and the text says 'envoyé aujourd'hui 16 février, "
                  "dans les délais'."),
       ret="resp.nkc@gmail.example.com", extra=[("X-Mailer", "K-9 Mail for Android")])


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            os.remove(os.path.join(OUT, n))
    os.makedirs(OUT, exist_ok=True)
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
