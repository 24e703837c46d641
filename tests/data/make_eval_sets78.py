#!/usr/bin/env python3
"""Write the blind evaluation set holdout78 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets78.py
Theme: academics, think tanks, independent consultants and private individuals without an organisation
(Qatar, UAE, Tunisia, Morocco, Egypt, Lebanon).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout78")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h78-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ helpers for this set
def alt(text, boundary, html=None, charset="UTF-8", cte="quoted-printable", dir_=None):
    if html is None:
        d = ' dir="%s"' % dir_ if dir_ else ' dir="ltr"'
        html = "<div%s>" % d + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def pdf_att(name, lines, style="gmail", xid=None):
    data = make_pdf(lines)
    return file_att(data, name, "application/pdf", style, xid)


def docx_att(name, paras, style="gmail", xid=None):
    return file_att(make_docx(paras), name, DOCX, style, xid)


def file_att(data, name, ctype, style, xid=None):
    try:
        name.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if style == "gmail":
        if ascii_name:
            p = [("name", '"%s"' % name)]
            d = 'attachment; filename="%s"' % name
        else:
            p = [("name", '"%s"' % b_word(name))]
            d = 'attachment; filename="%s"' % b_word(name)
        extra = [("Content-ID", "<%s>" % xid), ("X-Attachment-Id", xid)] if xid else None
        return leaf(ctype, data, cte="base64", params=p, disp=d, extra=extra)
    if style == "outlook":
        if ascii_name:
            p = [("name", '"%s"' % name)]
            d = 'attachment;\r\n\tfilename="%s"' % name
        else:
            p = [("name", '"%s"' % b_word(name))]
            d = 'attachment;\r\n\tfilename="%s"' % b_word(name)
        return leaf(ctype, data, cte="base64", params=p, disp=d)
    if style == "tb":  # Thunderbird: RFC 2231
        if ascii_name:
            p = [("name", '"%s"' % name)]
            d = 'attachment;\r\n filename="%s"' % name
        else:
            conts = rfc2231_cont("name", name)
            p = [(c.split("=", 1)[0], c.split("=", 1)[1]) for c in conts]
            d = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
        return leaf(ctype, data, cte="base64", params=p, disp=d)
    if style == "iphone":
        p = [("name", name if ascii_name else '"%s"' % b_word(name)), ("x-unix-mode", "0644")]
        d = "inline;\r\n\tfilename=%s" % (name if ascii_name else '"%s"' % b_word(name))
        return leaf(ctype, data, cte="base64", params=p, disp=d)
    raise ValueError(style)


OUTLOOK_HTML = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\r\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n'
                '--></style></head><body lang="%s" link="#0563C1" vlink="#954F72"%s><div class="WordSection1">\n%s\n</div></body></html>\n')


def outlook_html(text, lang="FR", charset="utf-8", dir_=None):
    d = ' dir="%s"' % dir_ if dir_ else ""
    paras = []
    for para in text.split("\n\n"):
        for ln in para.split("\n"):
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) or "&nbsp;"))
        paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return OUTLOOK_HTML % (charset, lang, d, "\n".join(paras))


def quote_lines(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


MID = {}


# ---------------------------------------------------------------- 01 en other: may individuals submit?
def m01():
    when = at("2021-01-25 10:14:37")
    sent = when - dt.timedelta(seconds=21)
    text = """Hello,

I hope this finds you well. I received the invitation letter for the Regional Review of the GCM in the Arab region through a colleague (it was forwarded on a LinkedIn group so I am not sure I am on your distribution list).

Quick question before I invest time in it: can an individual submit a voluntary GCM review report? I'm an independent consultant, I've worked on labour migration governance in the Gulf for about 12 years, mostly on contracts with UN agencies and governments, but I don't belong to any organisation at the moment and would be writing in my own name. The letter mentions "individual or collective" reports but I read that as individual organisations, maybe I'm wrong.

If yes, is there a template or page limit? And does it have to be in English or can it be in Arabic?

Many thanks,
Rania

--
Rania Haddad
Independent consultant - labour migration & recruitment
Dubai, UAE | +971 50 000 4417
"""
    body = alt(text, "0000000000003c8e1205b9a1f2c4")
    rows = std_rows(when, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DPb3K1vQnz2",
                    "Rania Haddad <rania.haddad.consult@gmail.example.com>",
                    "Question - can individuals submit a GCM review report?", rfcdate(tz(sent, 4)),
                    "<CAJx8pQ3vNkR2mT7sWb9yE4uH1cZ6fL0aG5dK8jP3rS2tV7xY9@mail.gmail.example.com>",
                    ret="rania.haddad.consult@gmail.example.com")
    add(1, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a question, not a submission: an independent consultant without organisation asks whether individuals "
              "may submit a report, about templates/page limits and language; words 'voluntary GCM review report', "
              "'individual' and 'submit' appear but nothing is submitted and no speaking role is asked."))


# ---------------------------------------------------------------- 02 fr speaker: professor with a chair name
def m02():
    when = at("2021-01-26 16:42:08")
    sent = when - dt.timedelta(seconds=35)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de vous faire part de mon souhait d'intervenir lors de la conférence des 24 et 25 février 2021.

Je suis Professeur titulaire de la Chaire Ibn Khaldoun d'études des migrations méditerranéennes à la Faculté des Sciences Humaines et Sociales de Tunis (Université de Tunis), où je dirige depuis 2014 un séminaire doctoral sur les mobilités entre le Maghreb et l'Europe. Je souhaiterais faire une intervention depuis la salle lors d'une session plénière, de préférence sur la question des retours et de la réintégration.

Je me tiens à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pr. Hédi Ben Amor
Professeur titulaire de la Chaire Ibn Khaldoun d'études des migrations méditerranéennes
FSHST - Université de Tunis
Tél. : +216 71 000 562
"""
    html = outlook_html(text, "FR")
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "----=_NextPart_000_0041_01D6F40B.5A7C3E20")
    rows = std_rows(when, "smtp.fshst.example.tn", "197.13.14.26", "4DQc0t2Bxmz7",
                    addr("Hédi Ben Amor", "hedi.benamor@fshst.example.tn", "iso-8859-1", "Q"),
                    hdr("Demande d'intervention - Examen régional du PMM (Pr. Ben Amor)", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<004001d6f3fa$9a2b5c10$ce821430$@fshst.example.tn>",
                    ret="hedi.benamor@fshst.example.tn")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzpYq1sK2mXzL0Q3GmS8bR4nFdEw=="),
             ("Content-Language", "fr")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Hédi Ben Amor", "Professeur titulaire de la Chaire Ibn Khaldoun d'études des migrations méditerranéennes",
                     "Faculté des Sciences Humaines et Sociales de Tunis (Université de Tunis)", ["plenary"])],
        notes="Outlook, ISO-8859-1 quoted-printable; the title contains a chair name (with 'des migrations' inside "
              "the title, not an organisation); 'Pr.' is an honorific; affiliation is written in full in the prose "
              "and as acronym 'FSHST - Université de Tunis' in the signature; 'intervention depuis la salle lors "
              "d'une session plénière' = plenary."))


# ---------------------------------------------------------------- 03 ar (Egyptian) independent researcher, no affiliation
def m03():
    when = at("2021-01-28 21:05:51")
    sent = when - dt.timedelta(seconds=14)
    text = """مساء الخير،

انا اسمي هشام عبد الفتاح، باحث مستقل في موضوعات الهجرة غير النظامية من صعيد مصر، ومش تابع لأي جامعة او منظمة حاليا، بشتغل لوحدي وبنشر مقالات وأوراق قصيرة.

شفت خطاب الدعوة للمراجعة الإقليمية للاتفاق العالمي للهجرة، وحابب أشارك في النقاش المفتوح بتاع المشاورة يوم 23 فبراير لو ده متاح لأفراد زيي. عندي ملاحظات عن أوضاع أهالي المهاجرين اللي بيغرقوا أو بيختفوا في الطريق لليبيا.

لو محتاجين سيرة ذاتية أو أي بيانات تانية ابعتوا لي.

شكرا جزيلا
هشام
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000a41f7705ba0c9e13")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DRq7m0Ydkz9",
                    addr("Hesham Abdelfattah", "hesham.abdelfattah88@gmail.example.com"),
                    hdr("المشاركة في النقاش المفتوح"), rfcdate(sent),
                    "<CAM7rT2wQ9bX4nK1pZ6sV3yL8hD0fJ5gC2eR7uA4mN9kW1tB6x@mail.gmail.example.com>",
                    ret="hesham.abdelfattah88@gmail.example.com")
    add(3, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هشام عبد الفتاح", "باحث مستقل في موضوعات الهجرة غير النظامية", None, ["open_discussion"])],
        notes="Egyptian colloquial, Gmail base64; an independent researcher explicitly without any affiliation "
              "('مش تابع لأي جامعة او منظمة') - affiliation must stay null, not 'صعيد مصر'; From display name in Latin "
              "letters, the Arabic name only in the body; role: open discussion of the 23 Feb consultation."))


# ---------------------------------------------------------------- 04 en think tank: affiliation only in logo alt text
def m04():
    when = at("2021-01-29 13:27:40")
    sent = when - dt.timedelta(seconds=9)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<p>Dear colleagues,</p>
<p>Further to the invitation letter circulated last week, we would like to propose our Senior Fellow, <b>Dr. Karim Nassar</b>, as a speaker at the Regional Review conference. Karim leads our work on labour mobility and remittances between Lebanon and the GCC countries and would be glad to take the floor in thematic roundtable 2.</p>
<p>His short bio is below for your convenience:</p>
<blockquote style="margin:0 0 0 20px;color:#555"><i>Karim Nassar is a Senior Fellow whose research focuses on the political economy of migration in the Levant and the Gulf. He holds a PhD from SOAS and previously taught at the American University of Beirut.</i></blockquote>
<p>Please do not hesitate to contact me should you need anything further.</p>
<p>Kind regards,</p>
<p>Maya Sfeir<br>Communications &amp; Events Officer</p>
<table cellpadding="0" cellspacing="0" style="margin-top:12px;border-top:1px solid #ccc"><tr>
<td style="padding:8px 12px 0 0"><img src="https://static.example.net/sig/lpf-logo-180.png" alt="Levant Policy Forum (LPF)" width="120" height="40"></td>
<td style="padding:8px 0 0 0;font-size:8pt;color:#888">Hamra, Beirut &middot; +961 1 000 284<br>
This message and any attachments are confidential and intended solely for the addressee.</td>
</tr></table>
</div>
</body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-pf1-f178.google.example.com", "209.85.210.178", "4DSh5t8Gqbz1",
                    "Maya Sfeir <lpf.events.beirut@gmail.example.com>",
                    "Speaker proposal - Regional Review of the GCM", rfcdate(sent),
                    "<CAK9wR3tN2xY7mB5qL0pZ8vS4hG1dF6jA3cE9uT2kW7nM5rQ1y@mail.gmail.example.com>",
                    ret="lpf.events.beirut@gmail.example.com")
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Karim Nassar", "Senior Fellow", "Levant Policy Forum (LPF)", ["roundtable"], 2)],
        notes="HTML-only; the sender (events officer) proposes someone else; the think tank's name appears only in the "
              "alt text of the signature logo image, the footer and the gmail address carry no organisation name; "
              "'American University of Beirut' and 'SOAS' in the bio are past affiliations, not the current one."))


# ---------------------------------------------------------------- 05 fr Moroccan think tank, bulleted list
M05_ID = "<3f1a7c2e-9b4d-4e21-8a60-5c7d2e9f1b34@cmesm.example.ma>"


def m05():
    when = at("2021-01-31 11:03:22")
    sent = when - dt.timedelta(seconds=40)
    text = """Bonjour,

Le Centre marocain d'études stratégiques sur les migrations (CMESM) souhaite
proposer une intervenante pour la table ronde thématique n°3 de la
Conférence d'examen régional (24-25 février).

Voici ses coordonnées :

  * Nom : Mme Salma Bennani
  * Fonction : Chercheuse associée
  * Organisme : Centre marocain d'études stratégiques sur les migrations
    (CMESM), Rabat
  * Courriel : s.bennani@cmesm.example.ma

Mme Bennani a coordonné notre étude 2020 sur l'intégration des migrants
subsahariens au Maroc.

Bien cordialement,

-- 
Abdelilah Chraibi
Secrétaire général, CMESM
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.cmesm.example.ma", "41.248.19.203", "4DTj2b9Kc0z4",
                    "Abdelilah Chraibi <a.chraibi@cmesm.example.ma>",
                    hdr("Proposition d'intervenante - table ronde n°3", "utf-8", "Q"), rfcdate(tz(sent, 1)), M05_ID,
                    ret="a.chraibi@cmesm.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add(5, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Bennani", "Chercheuse associée",
                     "Centre marocain d'études stratégiques sur les migrations (CMESM)", ["roundtable"], 3)],
        notes="Thunderbird 8bit format=flowed; bulleted 'Nom :/Fonction :/Organisme :' list with the organisation "
              "wrapped over two lines and followed by the city; speaker is not the sender (the secretary-general); "
              "'Mme' is an honorific; 'table ronde thématique n°3'."))


# ---------------------------------------------------------------- 06 ar (Levantine) collective report, PhD student
M06_ID = "<CAHq5vL8tR1zW4nY9bK2mP7sX3dG6fJ0aC8eU5hT1kQ9wN4rB2@mail.gmail.example.com>"
M06_NAME = "تقرير_الاتحاد_البحثي_للهجرة_والنزوح_لبنان_2021.pdf"


def m06():
    when = at("2021-02-01 19:48:15")
    sent = when - dt.timedelta(seconds=17)
    text = """مرحبا،

بإسم الاتحاد البحثي للهجرة والنزوح في لبنان (اتحاد من ٤ مراكز أبحاث وجامعتين)، مرفق التقرير الطوعي الجماعي تبعنا عن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان.

أنا طالبة دكتوراه بالجامعة اللبنانية وكنت من فريق الكتابة (الفصل الثالث عن العمال المنزليين المهاجرين)، والمنسقة د. رلى عون طلبت مني ابعته لأنها مسافرة هالأسبوع. إذا في أي مشكلة بالملف أو بدكن نسخة Word خبروني.

شكرا كتير،
جنى الحلبي
طالبة دكتوراه - الجامعة اللبنانية، المعهد العالي للدكتوراه في الآداب والعلوم الإنسانية والاجتماعية
عضو فريق البحث - الاتحاد البحثي للهجرة والنزوح في لبنان
"""
    a = alt(text, "0000000000005e2b9405ba4c7d18", dir_="rtl")
    att = pdf_att(M06_NAME, ["Lebanon Research Consortium on Migration and Displacement",
                             "Collective Voluntary GCM Review Report - Lebanon, 2021",
                             "Chapter 3: Migrant domestic workers and the kafala system"], "gmail", "f_kkm3q1r80")
    body = multi("mixed", [a, att], "0000000000005e2b9605ba4c7d1a")
    rows = std_rows(when, "mail-lj1-f176.google.example.com", "209.85.208.176", "4DVp8c3Lr1z6",
                    addr("Jana Halabi", "jana.halabi.phd@gmail.example.com"),
                    hdr("التقرير الطوعي الجماعي - الاتحاد البحثي للهجرة والنزوح في لبنان"), rfcdate(sent), M06_ID,
                    ret="jana.halabi.phd@gmail.example.com")
    add(6, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_NAME],
        notes="Levantine Arabic; a PhD student co-author sends the consortium's collective report on behalf of the "
              "travelling coordinator; Arabic PDF file name as an RFC 2047 encoded word inside quotes (Gmail style); "
              "the coordinator's name is not a speaker proposal."))


# ---------------------------------------------------------------- 07 en title first: 'Senior Fellow Dr. X of Y'
def m07():
    when = at("2021-02-02 09:31:02")
    sent = when - dt.timedelta(seconds=25)
    text = """Dear Sir/Madam,

Greetings from Abu Dhabi.

On behalf of our Director General, I am pleased to nominate Senior Fellow Dr. Omar Al-Mansouri of the Emirates Centre for Policy and Migration Studies (ECPMS) to serve as rapporteur delivering the key messages of the stakeholders at the GCM Regional Review Conference.

Dr. Al-Mansouri has followed the GCM process since Marrakech and took part in the 2019 regional consultations. Kindly note that he will join virtually.

We look forward to your kind confirmation.

Best Regards,

Fatima Al Hammadi
Executive Assistant to the Director General
ECPMS | Abu Dhabi, United Arab Emirates
T: +971 2 000 7731
"""
    html = outlook_html(text, "EN-US")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB8PR04MB6570A1C2E3F4D5B6C7D8E9F0DB8PR04MB6570eurp_")
    rows = std_rows(when, "mail-db8eur05lp2105.outbound.protection.outlook.example.com", "104.47.17.105", "4DWc6y2Hs5z3",
                    "Fatima Al Hammadi <f.alhammadi@ecpms.example.ae>",
                    "Nomination of Rapporteur - GCM Regional Review (Arab States)", rfcdate(tz(sent, 4)),
                    "<DB8PR04MB6570A1C2E3F4D5B6C7D8E9F0@DB8PR04MB6570.eurprd04.prod.outlook.example.com>",
                    ret="f.alhammadi@ecpms.example.ae")
    rows += [("Thread-Topic", "Nomination of Rapporteur - GCM Regional Review (Arab States)"),
             ("Thread-Index", "Adb5AQ2b7c9Dx0kLQ1mN3pR5tV7xZg=="), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1")]
    add(7, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Omar Al-Mansouri", "Senior Fellow", "Emirates Centre for Policy and Migration Studies (ECPMS)",
                     ["rapporteur"])],
        notes="title before the name ('Senior Fellow Dr. Omar Al-Mansouri of the ...'); sender is an assistant whose "
              "own title (Executive Assistant to the Director General) must not be taken; Outlook/Exchange "
              "multipart/alternative with 7bit plain part; Date in +0400."))


# ---------------------------------------------------------------- 08 ar (Gulf) two speakers in an HTML table
def m08():
    when = at("2021-02-02 22:16:44")
    sent = when - dt.timedelta(seconds=31)
    plain = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في فريق المراجعة الإقليمية،

حياكم الله. نبي نرشح اثنين من زملائنا للمشاركة كمتحدثين في مؤتمر المراجعة الإقليمية، والتفاصيل في الجدول تحت:

الاسم | المسمى | الجهة | نوع المشاركة
د. عائشة المهندي | أستاذة مشاركة في علم الاجتماع | كلية الآداب والعلوم - جامعة الخليج للدراسات الاجتماعية | مداخلة في جلسة عامة
أ. فهد الكواري | باحث أول | مركز الدوحة لدراسات العمالة الوافدة | مائدة مستديرة (الأولى)

وإذا تبون أي معلومة زيادة حاضرين.

مع خالص التحية،
مريم العبدالله
منسقة البرامج - مركز الدوحة لدراسات العمالة الوافدة
الدوحة - قطر
"""
    rows_html = "".join(
        "<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r) + "</tr>\n"
        for r in [("د. عائشة المهندي", "أستاذة مشاركة في علم الاجتماع", "كلية الآداب والعلوم - جامعة الخليج للدراسات الاجتماعية", "مداخلة في جلسة عامة"),
                  ("أ. فهد الكواري", "باحث أول", "مركز الدوحة لدراسات العمالة الوافدة", "مائدة مستديرة (الأولى)")])
    html = """<div dir="rtl"><p>السلام عليكم ورحمة الله وبركاته</p><p>الإخوة الكرام في فريق المراجعة الإقليمية،</p>
<p>حياكم الله. نبي نرشح اثنين من زملائنا للمشاركة كمتحدثين في مؤتمر المراجعة الإقليمية، والتفاصيل في الجدول تحت:</p>
<table style="border-collapse:collapse" dir="rtl">
<tr><th style="border:1px solid #999;padding:4px">الاسم</th><th style="border:1px solid #999;padding:4px">المسمى</th><th style="border:1px solid #999;padding:4px">الجهة</th><th style="border:1px solid #999;padding:4px">نوع المشاركة</th></tr>
%s</table>
<p>وإذا تبون أي معلومة زيادة حاضرين.</p>
<p>مع خالص التحية،<br>مريم العبدالله<br>منسقة البرامج - مركز الدوحة لدراسات العمالة الوافدة<br>الدوحة - قطر</p></div>
""" % rows_html
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000f1c0a805ba5e3b27")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DWx1k7Pm3z8",
                    addr("مريم العبدالله", "m.alabdulla@dcmls.example.qa"),
                    hdr("ترشيح متحدثين - مؤتمر المراجعة الإقليمية"), rfcdate(tz(sent, 3)),
                    "<CAF2nY8pR5vT1wQ4bM7kX0sL3hD9gJ6cE2aU8tN5rK1mW4zB7q@mail.gmail.example.com>",
                    ret="m.alabdulla@dcmls.example.qa")
    add(8, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عائشة المهندي", "أستاذة مشاركة في علم الاجتماع",
                     "كلية الآداب والعلوم - جامعة الخليج للدراسات الاجتماعية", ["plenary"]),
                  sp("فهد الكواري", "باحث أول", "مركز الدوحة لدراسات العمالة الوافدة", ["roundtable"], 1)],
        notes="Gulf colloquial ('نبي نرشح', 'تبون'); two speakers in a table (HTML table, pipe-separated in the plain "
              "part), neither is the sender; honorifics 'د.' and 'أ.' in the name cells; roundtable number written as "
              "'(الأولى)'; the sender's own signature organisation equals the second speaker's."))


# ---------------------------------------------------------------- 09 fr both: Tunisian lab, report + director
def m09():
    when = at("2021-02-03 15:20:09")
    sent = when - dt.timedelta(seconds=44)
    name = "Rapport_volontaire_PMM_LR-MIMED_2021.docx"
    text = """Bonjour Mesdames et Messieurs,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial sur les migrations élaboré par notre laboratoire, sur la base de 3 ans d'enquêtes de terrain à Sfax, Zarzis et Médenine (migrants subsahariens en transit, et tunisiens de retour de Libye).

Par la même occasion, notre directeur souhaiterait prendre la parole dans la table ronde thématique 4 le 24 ou 25 fevrier. Ses coordonnées: Pr Néjib Trabelsi, directeur du Laboratoire de recherche Migrations et Mobilités en Méditerranée (LR-MIMED), Université de Sfax.

Merci de nous confirmer la bonne réception.

Cordialement
Amel Jaziri
Ingénieure d'études, LR-MIMED
"""
    a = alt(text, "000000000000c7b21305ba6f1e4d")
    att = docx_att(name, ["Laboratoire de recherche Migrations et Mobilités en Méditerranée (LR-MIMED)",
                          "Rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                          "Tunisie - février 2021"], "gmail", "f_kkp7w2x30")
    body = multi("mixed", [a, att], "000000000000c7b21505ba6f1e4f")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DXf4n8Qw2z5",
                    "Amel Jaziri <lr.mimed.sfax@gmail.example.com>",
                    "Rapport volontaire + demande de prise de parole (LR-MIMED, Sfax)", rfcdate(tz(sent, 1)),
                    "<CAP4kW7tN1xR8mB2qL5pZ0vS9hG3dF6jA4cE7uT1kY8nM2rQ5w@mail.gmail.example.com>",
                    ret="lr.mimed.sfax@gmail.example.com")
    add(9, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Néjib Trabelsi", "directeur",
                     "Laboratoire de recherche Migrations et Mobilités en Méditerranée (LR-MIMED), Université de Sfax",
                     ["roundtable"], 4)],
        report_attachments=[name],
        notes="report attached and a speaking role asked in the same message; speaker details in one prose line "
              "'Pr Néjib Trabelsi, directeur du Laboratoire ..., Université de Sfax' where title and affiliation are "
              "fused by 'du'; 'Pr' honorific without a dot; sender (research engineer) is not the speaker."))


# ---------------------------------------------------------------- 10 en other: Egyptian academic, logistics
def m10():
    when = at("2021-02-03 18:02:55")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear organizers,

I registerd for the multi-stakeholder consultation on 23 Feb via the online form but I didn't receive any confirmation email or the zoom link yet. Is this normal? Also will there be simultanous interpretation Arabic/English? Some of my graduate students would like to follow the sessions and their English is limited.

Best,
Dr. Mohamed Shawky
Associate Professor of Political Science
Faculty of Economics and Political Science, Cairo University

Sent from my iPad"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    body.replace_header("Content-Type", 'text/plain; charset=us-ascii')
    rows = std_rows(when, "mail-qk1-f182.google.example.com", "209.85.222.182", "4DXj9s1Tv4z2",
                    "Mohamed Shawky <mshawky.feps@gmail.example.com>",
                    "zoom link + interpretation?", rfcdate(sent),
                    "<7E2A9C41-3B8D-4F6E-A1C5-9D0B2E4F6A81@gmail.example.com>",
                    ret="mshawky.feps@gmail.example.com")
    rows += [("X-Mailer", "iPad Mail (18D52)"), ("Content-Transfer-Encoding", None)]
    add(10, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics question (registration confirmation, Zoom link, interpretation) from an academic with a full "
              "signature (title + faculty) - no speaking role is asked; typos ('registerd', 'simultanous'); iPad; "
              "Date header in +0200 like Beirut."))


# ---------------------------------------------------------------- 11 ar (Moroccan) other: question on language/format
def m11():
    when = at("2021-02-04 12:40:31")
    sent = when - dt.timedelta(seconds=27)
    text = """السلام عليكم،

سمحو ليا على الإزعاج. أنا أستاذ باحث في جامعة ابن طفيل بالقنيطرة، وكنوجد مع مجموعة ديال الطلبة ديالي تقرير على وضعية المهاجرين الأفارقة فالمغرب.

عندي جوج ديال الأسئلة:
1- واش نقدرو نصيفطو التقرير بالفرنسية ولا خاصو يكون بالعربية ولا بالإنجليزية؟
2- واش كاين شي عدد محدد ديال الصفحات ولا نموذج (template) خاصنا نتبعوه؟

وشكرا بزاف على المجهود ديالكم.

عبد الرحيم الوزاني
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    rows = std_rows(when, "smtp.uit.example.ac.ma", "196.200.156.40", "4DYb3r6Nw8z1",
                    addr("عبد الرحيم الوزاني", "a.ouazzani@uit.example.ac.ma", "windows-1256"),
                    hdr("سؤال حول التقرير الطوعي", "windows-1256"), rfcdate(tz(sent, 1)),
                    "<000b01d6faf1$3c4d5e60$b4e81b20$@uit.example.ac.ma>", ret="a.ouazzani@uit.example.ac.ma")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-ma")]
    add(11, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan darija in windows-1256; questions about the language and format of a future report "
              "('كنوجد ... تقرير' = we are preparing) - nothing attached, no speaking role; mentions his university "
              "and students but proposes nobody."))


# ---------------------------------------------------------------- 12 fr follow-up of 05: corrected title
def m12():
    when = at("2021-02-04 17:55:03")
    sent = when - dt.timedelta(seconds=38)
    old = """Bonjour,

Le Centre marocain d'études stratégiques sur les migrations (CMESM) souhaite
proposer une intervenante pour la table ronde thématique n°3 de la
Conférence d'examen régional (24-25 février).

Voici ses coordonnées :

  * Nom : Mme Salma Bennani
  * Fonction : Chercheuse associée
  * Organisme : Centre marocain d'études stratégiques sur les migrations
    (CMESM), Rabat
  * Courriel : s.bennani@cmesm.example.ma

Mme Bennani a coordonné notre étude 2020 sur l'intégration des migrants
subsahariens au Maroc.

Bien cordialement,"""
    text = """Bonjour,

Petite correction à notre mail du 31 janvier : la fonction exacte de
Mme Bennani est « Chercheuse principale, pôle Migrations et société »
(et non chercheuse associée, elle a été promue entre-temps). Le reste
est inchangé : table ronde n°3.

Désolé pour ce contretemps.

Abdelilah Chraibi
Secrétaire général, CMESM

Le 31/01/2021 à 10:02, Abdelilah Chraibi a écrit :
""" + quote_lines(old) + "\n"
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.cmesm.example.ma", "41.248.19.203", "4DYn0x2Fg5z7",
                    "Abdelilah Chraibi <a.chraibi@cmesm.example.ma>",
                    hdr("Re: Proposition d'intervenante - table ronde n°3", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f@cmesm.example.ma>", ret="a.chraibi@cmesm.example.ma")
    rows += [("In-Reply-To", M05_ID), ("References", M05_ID),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add(12, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Bennani", "Chercheuse principale, pôle Migrations et société",
                     "Centre marocain d'études stratégiques sur les migrations (CMESM)", ["roundtable"], 3)],
        thread_of="h78-05.eml",
        notes="follow-up correcting the title given in h78-05 (reply by the sender to his own mail); the old title "
              "'chercheuse associée' is explicitly withdrawn; the full name and organisation are only in the quoted original, next to the withdrawn title; "
              "title in French guillemets and wrapped over a line."))


# ---------------------------------------------------------------- 13 fr iPhone from Casablanca, 8 min before deadline
def m13():
    when = at("2021-02-05 23:52:18")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonsoir,

Je m'excuse de vous écrire si tard, j'espère que c'est encore possible. Je souhaite demander une prise de parole en plénière lors de la conférence du 24-25 février.

Youssef El Idrissi, consultant indépendant en politiques migratoires (pas de structure, je travaille en mon nom propre), basé à Casablanca. J'ai accompagné plusieurs communes marocaines dans l'accueil des migrants régularisés en 2014 et 2017.

Merci d'avance
Youssef

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DZ9k5Rt0cz3",
                    "Youssef El Idrissi <youssef.elidrissi.conseil@gmail.example.com>",
                    hdr("Demande de prise de parole – plénière", "utf-8", "Q"), rfcdate(tz(sent, 0)),
                    "<A8C3E5F1-2B4D-4F6A-8C0E-1D3F5A7B9C2E@gmail.example.com>",
                    ret="youssef.elidrissi.conseil@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(13, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef El Idrissi", "consultant indépendant en politiques migratoires", None, ["plenary"])],
        notes="deadline edge: received 23:52:18 Beirut on Fri 5 Feb, on time; Date header 'Fri, 5 Feb 2021 21:52:12 "
              "+0000' (Casablanca); the sender apologises for writing late; independent consultant with no "
              "organisation ('pas de structure'): 'Casablanca' and the 'communes marocaines' are not affiliations."))


# ---------------------------------------------------------------- 14 ar Doha, 2 minutes before deadline, Date says Saturday
def m14():
    when = at("2021-02-05 23:58:40")
    sent = when - dt.timedelta(seconds=13)
    text = """السادة فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

أتقدم بطلب للمشاركة بدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة، وقد لاحظت أن خطاب الدعوة باللغة العربية يذكر أن آخر موعد هو يوم الجمعة 23 فبراير بينما تذكر النسخة الإنجليزية 5 فبراير، ففضلت الإرسال اليوم تحسباً لأي التباس.

البيانات:
الاسم: ريم عبدالله السليطي
الجهة: منتدى الخليج للسياسات العامة
الصفة: زميلة أبحاث غير مقيمة

مع وافر الشكر والتقدير
"""
    a = alt(text, "000000000000b3e7c905ba8a2d61", dir_="rtl")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4DZB2m7Xq9z6",
                    addr("Reem Al-Sulaiti", "reem.alsulaiti@gulfpolicyforum.example.qa"),
                    hdr("طلب المشاركة كمقرر"), rfcdate(tz(sent, 3)),
                    "<CAN3xT6wQ1bY9nK4pZ7sV2yL5hD8fJ0gC3eR6uA1mN4kW7tB9z@mail.gmail.example.com>",
                    ret="reem.alsulaiti@gulfpolicyforum.example.qa")
    add(14, when, top(a, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريم عبدالله السليطي", "زميلة أبحاث غير مقيمة", "منتدى الخليج للسياسات العامة", ["rapporteur"])],
        notes="deadline edge: received 23:58:40 Beirut on Fri 5 Feb (on time) but the Date header reads 'Sat, 6 Feb 2021 "
              "00:58:27 +0300' (Doha); the sender quotes the misprinted Arabic deadline '23 فبراير' next to the English "
              "one, which could mislead a reader into a 23 Feb deadline; list with affiliation before title; From name in Latin script only."))


# ---------------------------------------------------------------- 15 en Dubai both, 7 minutes after speaker deadline
def m15():
    when = at("2021-02-06 00:07:26")
    sent = when - dt.timedelta(seconds=19)
    name = "GLMO_Voluntary_GCM_Review_Feb2021.pdf"
    text = """Dear GCM Regional Review Secretariat,

Please find attached the Gulf Labour Mobility Observatory's voluntary GCM review report (covering recruitment costs, wage protection and access to justice for migrant workers in the UAE, 2018-2020).

We would also like to request a floor intervention in one of the plenary sessions on 24-25 February for our:

Gulf Labour Mobility Observatory (GLMO) - Research Director - Dr. Priya Menon

Apologies for the late hour - we were finalising the report until the last minute.

Warm regards,
Daniel Okafor
Programme Officer, GLMO
Dubai International Academic City, Dubai
"""
    a = alt(text, "_000_AM6PR08MB4213F2E1D0C9B8A7AM6PR08MB4213eurp_",
            html=outlook_html(text, "EN-GB"), charset="us-ascii")
    att = pdf_att(name, ["Gulf Labour Mobility Observatory (GLMO)", "Voluntary GCM Review Report",
                         "Recruitment costs, wage protection and access to justice, UAE 2018-2020"], "outlook")
    body = multi("mixed", [a, att], "_004_AM6PR08MB4213F2E1D0C9B8A7AM6PR08MB4213eurp_")
    rows = std_rows(when, "mail-am6eur05lp2110.outbound.protection.outlook.example.com", "104.47.18.110", "4DZC7p1Vy2z4",
                    "Daniel Okafor <d.okafor@glmo.example.ae>",
                    "GLMO - Voluntary GCM Review report and speaker request", rfcdate(tz(sent, 4)),
                    "<AM6PR08MB4213F2E1D0C9B8A7@AM6PR08MB4213.eurprd08.prod.outlook.example.com>",
                    ret="d.okafor@glmo.example.ae")
    rows += [("Thread-Topic", "GLMO - Voluntary GCM Review report and speaker request"),
             ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    add(15, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Priya Menon", "Research Director", "Gulf Labour Mobility Observatory (GLMO)", ["plenary"])],
        report_attachments=[name],
        notes="deadline edge: received 00:07:26 Beirut on Sat 6 Feb, 7 minutes after the speaker deadline; the report "
              "part is on time but 'both' is on time only if each part is, so on_time=false; Date header 'Sat, 6 Feb "
              "2021 02:07:07 +0400' (Dubai); speaker line in the order organisation - title - name."))


# ---------------------------------------------------------------- 16 fr auto-reply (out of office)
def m16():
    when = at("2021-02-08 08:12:47")
    text = """Bonjour,

Je suis en mission à l'étranger du 6 au 14 février 2021 avec un accès limité à ma messagerie. Pour toute question urgente concernant le laboratoire, merci de contacter Mme Amel Jaziri (lr.mimed.sfax@gmail.example.com).

Cordialement,
Néjib Trabelsi
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.univ-sfax.example.tn", "193.95.66.12", "4DbR3t9Kp1z8",
                    addr("Néjib Trabelsi", "nejib.trabelsi@univ-sfax.example.tn", "iso-8859-1", "Q"),
                    hdr("Réponse automatique : Accusé de réception - rapport volontaire et demande de prise de parole",
                        "iso-8859-1", "Q"),
                    rfcdate(tz(when - dt.timedelta(seconds=2), 1)), "<a1f3c5e7b9d24680ace13579bdf02468@univ-sfax.example.tn>",
                    ret="")
    rows = [r for r in rows if r[0] != "Return-Path"]
    rows.insert(0, ("Return-Path", "<>"))
    rows += [("In-Reply-To", "<ack-20210208-0601@gcmrr.iom.int>"), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk"), ("X-Mailer", "Microsoft Exchange Server 2016")]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in French answering an acknowledgement about h78-09 that was copied to the speaker; "
              "the subject repeats 'rapport volontaire et demande de prise de parole' and the body names a colleague "
              "and an address - must not be taken for a new submission or acknowledged."))


# ---------------------------------------------------------------- 17 en individual report + CV (not part of report)
M17_ID = "<CAGz4vP9tR2xW7nY1bK5mL8sX0dG3fJ6aC9eU2hT4kQ7wN1rB5@mail.gmail.example.com>"


def m17():
    when = at("2021-02-09 14:36:50")
    sent = when - dt.timedelta(seconds=23)
    rep = "Individual contribution - GCM review Egypt - N. Farouk.docx"
    cv = "CV_Nadia_Farouk_2021.pdf"
    text = """Dear colleagues,

following the reply I got from a friend who attended last year's consultation (individuals can contribute, if I understood correctly), please find attached my individual contribution to the voluntary GCM review, focusing on Egyptian returnees from Libya and the Gulf after COVID-19 and on the role of remittances in Upper Egypt.

I'm attaching my CV too, just so you know who I am - it is not part of the report.

I am a freelance researcher, not affiliated with any institution. The report reflects only my own views.

best regards,
Nadia Farouk
Alexandria
"""
    a = alt(text, "0000000000009d4e2b05baf1c3a7")
    att1 = docx_att(rep, ["Individual contribution to the Voluntary GCM Review - Egypt",
                          "Egyptian returnees from Libya and the Gulf after COVID-19; remittances in Upper Egypt",
                          "Nadia Farouk, independent researcher, February 2021"], "gmail", "f_kkx1a9b20")
    att2 = pdf_att(cv, ["Nadia Farouk - Curriculum Vitae", "Freelance researcher, migration and development",
                        "MA Development Studies, 2012"], "gmail", "f_kkx1a9c31")
    body = multi("mixed", [a, att1, att2], "0000000000009d4e2d05baf1c3a9")
    rows = std_rows(when, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DcN6y3Ls7z2",
                    "Nadia Farouk <nadia.farouk.research@gmail.example.com>",
                    "individual contribution - voluntary GCM review", rfcdate(sent), M17_ID,
                    ret="nadia.farouk.research@gmail.example.com")
    add(17, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[rep],
        notes="individual report by a freelance researcher with no affiliation; two attachments, only the DOCX is the "
              "report - the CV PDF is explicitly 'not part of the report'; report file name with spaces and a "
              "hyphen; lower-case greeting/closing."))


# ---------------------------------------------------------------- 18 ar both: Qatar institute, speaker part late (misprint)
def m18():
    when = at("2021-02-10 10:25:14")
    sent = when - dt.timedelta(seconds=33)
    name = "DISP_Voluntary_GCM_Report_AR.pdf"
    text = """السلام عليكم

نرفق لكم التقرير الطوعي لمعهد الدوحة للسياسات الاجتماعية حول تنفيذ الاتفاق العالمي للهجرة في دولة قطر (إصلاحات سوق العمل ونظام الكفالة ٢٠١٧-٢٠٢٠).

كما نود، استناداً إلى خطاب الدعوة الذي حدد يوم الجمعة ٢٣ فبراير آخر موعد لطلبات المشاركة، ترشيح مديرة الأبحاث في المعهد الدكتورة نورة الخاطر لمداخلة في المائدة المستديرة الثانية.

وتقبلوا فائق الاحترام،

سارة المري
مساعدة باحث
معهد الدوحة للسياسات الاجتماعية (DISP)
"""
    html = outlook_html(text, "AR-QA", dir_="rtl")
    a = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
              "----=_NextPart_001_00A3_01D6FF8C.7E1B2D40")
    att = pdf_att(name, ["Doha Institute for Social Policy (DISP)", "Voluntary GCM Review Report - State of Qatar",
                         "Labour market reforms and the sponsorship system, 2017-2020"], "outlook")
    body = multi("mixed", [a, att], "----=_NextPart_000_00A2_01D6FF8C.7E1B2D40")
    rows = std_rows(when, "smtp.disp.example.qa", "78.100.44.19", "4DcV1q8Hx3z9",
                    addr("سارة المري", "s.almarri@disp.example.qa"),
                    hdr("التقرير الطوعي وترشيح متحدثة - معهد الدوحة للسياسات الاجتماعية"), rfcdate(tz(sent, 3)),
                    "<00a201d6ff7b$2c4e6a80$8469f780$@disp.example.qa>", ret="s.almarri@disp.example.qa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-qa")]
    add(18, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("نورة الخاطر", "مديرة الأبحاث", "معهد الدوحة للسياسات الاجتماعية (DISP)", ["roundtable"], 2)],
        report_attachments=[name],
        notes="report on time (10 Feb) but the speaker request is late: the sender relies on the misprinted Arabic "
              "deadline ('الجمعة ٢٣ فبراير'), the real one was 5 Feb, so 'both' is not on time; title before the "
              "name in prose ('مديرة الأبحاث في المعهد الدكتورة نورة الخاطر'), affiliation as 'المعهد' there and in "
              "full (with acronym) only in the signature; roundtable written 'المائدة المستديرة الثانية'; Arabic-Indic digits."))


# ---------------------------------------------------------------- 19 ar revised version of 06
def m19():
    when = at("2021-02-12 20:11:37")
    sent = when - dt.timedelta(seconds=16)
    name = "تقرير_الاتحاد_البحثي_للهجرة_والنزوح_لبنان_2021_النسخة_المعدلة.pdf"
    text = """مرحبا مجددا،

بعتذر، اكتشفنا إنو النسخة يلي بعتناها بـ ١ شباط كان فيها جدول ناقص بالفصل الثالث. مرفقة النسخة المعدلة، الرجاء اعتمادها بدل الأولى.

شكرا وعذرا عالإزعاج
جنى

"""
    quoted = "في الاثنين، ١ فبراير ٢٠٢١ في ٧:٤٧ م، Jana Halabi <jana.halabi.phd@gmail.example.com> كتب:\n" + \
        quote_lines("مرحبا،\n\nبإسم الاتحاد البحثي للهجرة والنزوح في لبنان (اتحاد من ٤ مراكز أبحاث وجامعتين)، مرفق "
                    "التقرير الطوعي الجماعي تبعنا عن تنفيذ الاتفاق العالمي ...")
    text = text + quoted + "\n"
    a = alt(text, "000000000000e8a4c105bb2d9f36", dir_="rtl")
    att = pdf_att(name, ["Lebanon Research Consortium on Migration and Displacement",
                         "Collective Voluntary GCM Review Report - Lebanon, 2021 (revised)",
                         "Chapter 3: Migrant domestic workers - Table 3.2 completed"], "gmail", "f_kl2m8n4p0")
    body = multi("mixed", [a, att], "000000000000e8a4c305bb2d9f38")
    rows = std_rows(when, "mail-lj1-f180.google.example.com", "209.85.208.180", "4DfH5w2Rz6z1",
                    addr("Jana Halabi", "jana.halabi.phd@gmail.example.com"),
                    re_hdr("Re: ", "التقرير الطوعي الجماعي - الاتحاد البحثي للهجرة والنزوح في لبنان"), rfcdate(sent),
                    "<CAHq5vL9uS2aX5oZ0cL3nQ8tY4eH7gK1bD9fV6iU2lR0xO5sC3@mail.gmail.example.com>",
                    ret="jana.halabi.phd@gmail.example.com")
    rows += [("In-Reply-To", M06_ID), ("References", M06_ID)]
    add(19, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h78-06.eml",
        notes="revised version replacing the report of h78-06 ('الرجاء اعتمادها بدل الأولى'); Levantine; long Arabic "
              "file name in an RFC 2047 encoded word; Gmail Arabic quote header with Arabic-Indic digits."))


# ---------------------------------------------------------------- 20 fr (Lebanese French) think tank report, Outlook
def m20():
    when = at("2021-02-14 11:48:22")
    sent = when - dt.timedelta(seconds=41)
    name = "Contribution volontaire – Examen régional du PMM – Institut Phénicien.docx"
    text = """Chers amis du Réseau,

Nous avons le plaisir de vous transmettre, en pièce jointe, la contribution de l'Institut phénicien de recherches sur les politiques publiques (IPRPP) à l'examen volontaire du Pacte mondial sur les migrations. Le document traite surtout de la situation des travailleuses domestiques migrantes et des réfugiés syriens au Liban depuis l'explosion du port de Beyrouth.

Nous restons à votre disposition et vous remercions pour cette initiative, vraiment précieuse dans le contexte actuel.

Bien à vous,

Dr Carla Abi Nader
Directrice exécutive
Institut phénicien de recherches sur les politiques publiques
Achrafieh, Beyrouth – Liban
"""
    html = outlook_html(text, "FR")
    a = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
              "_000_VI1PR03MB5072C3D4E5F6A7B8VI1PR03MB5072eurp_")
    att = docx_att(name, ["Institut phénicien de recherches sur les politiques publiques (IPRPP)",
                          "Contribution volontaire à l'examen régional du Pacte mondial sur les migrations",
                          "Beyrouth, février 2021"], "outlook")
    body = multi("mixed", [a, att], "_004_VI1PR03MB5072C3D4E5F6A7B8VI1PR03MB5072eurp_")
    rows = std_rows(when, "mail-vi1eur03lp2051.outbound.protection.outlook.example.com", "104.47.30.51", "4DgA8k3Mw5z7",
                    addr("Carla Abi Nader", "c.abinader@iprpp.example.org.lb"),
                    hdr("Contribution de l'IPRPP – Examen régional du Pacte mondial", "utf-8", "Q"), rfcdate(sent),
                    "<VI1PR03MB5072C3D4E5F6A7B8@VI1PR03MB5072.eurprd03.prod.outlook.example.com>",
                    ret="c.abinader@iprpp.example.org.lb")
    rows += [("Thread-Topic", "Contribution de l'IPRPP – Examen régional du Pacte mondial"), ("X-MS-Has-Attach", "yes"),
             ("Content-Language", "fr-FR")]
    rows = [(k, hdr(v, "utf-8", "Q") if k == "Thread-Topic" else v) for k, v in rows]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="the report is called 'contribution' and never 'rapport'; Outlook base64 parts; non-ASCII DOCX name with "
              "en dashes and accents as an RFC 2047 encoded word; the director's signature is not a speaker proposal."))


# ---------------------------------------------------------------- 21 en bounce of an acknowledgement
def m21():
    when = at("2021-02-15 09:03:12")
    qid = "4DgZ1c6Tn8z3"
    arr = when - dt.timedelta(seconds=9)
    text = POSTFIX_NOTICE + """
<nadia.farouk@alexu-research.example.eg>: host mx.alexu-research.example.eg[196.221.148.7]
    said: 552 5.2.2 <nadia.farouk@alexu-research.example.eg>: mailbox full
    (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; nadia.farouk@alexu-research.example.eg
Original-Recipient: rfc822;nadia.farouk@alexu-research.example.eg
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.alexu-research.example.eg
Diagnostic-Code: smtp; 552 5.2.2 <nadia.farouk@alexu-research.example.eg>: mailbox
    full
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <nadia.farouk@alexu-research.example.eg>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Nadia Farouk <nadia.farouk.research@gmail.example.com>
Cc: nadia.farouk@alexu-research.example.eg
Subject: Re: individual contribution - voluntary GCM review
Date: %s
Message-ID: <ack-20210215-0733@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), rfcdate(arr), M17_ID, M17_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613372592/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210215070312.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(21, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (mailbox full, 5.2.2) for an acknowledgement copied to an old address of the h78-17 sender; "
              "the returned headers quote h78-17's Message-ID and the subject 'individual contribution - voluntary "
              "GCM review'; thread_of stays null (machine mail)."))


# ---------------------------------------------------------------- 22 fr Tunis collective report, 4 min before deadline
def m22():
    when = at("2021-02-16 23:55:49")
    sent = when - dt.timedelta(seconds=22)
    name = "Rapport collectif PMM - Consortium RETMIG (Tunisie).pdf"
    text = """Bonsoir à toute l'équipe,

ci-joint le rapport collectif d'examen volontaire du PMM du consortium RETMIG (Réseau tunisien d'enseignants-chercheurs sur les migrations : universités de Sousse, Gabès et Jendouba + 2 bureaux d'études).

Désolée pour l'heure tardive, on a eu des soucis de mise en page jusqu'à la dernière minute. Normalement on est dans les délais (16 février).

Bien cordialement,
Dr. Olfa Mejri
Maître de conférences, Université de Sousse
Coordinatrice du consortium RETMIG
"""
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    att = pdf_att(name, ["Consortium RETMIG - Reseau tunisien d'enseignants-chercheurs sur les migrations",
                         "Rapport collectif d'examen volontaire du Pacte mondial sur les migrations",
                         "Tunisie, fevrier 2021"], "tb")
    body = multi("mixed", [t1, att], "------------0A2C4E6F8B1D3F5A7C9E2B4D")
    body.preamble = "This is a multi-part message in MIME format."
    rows = std_rows(when, "smtp.topnet.example.tn", "197.2.118.63", "4DhQ9r4Vk2z6",
                    "Olfa Mejri <olfa.mejri@retmig.example.tn>",
                    "Rapport collectif PMM - Consortium RETMIG", rfcdate(tz(sent, 1)),
                    "<5c7e9a1b-3d5f-4b7a-9c1e-2d4f6a8b0c13@retmig.example.tn>", ret="olfa.mejri@retmig.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:55:49 Beirut on Tue 16 Feb, on time; Date header 'Tue, 16 Feb 2021 22:55:27 "
              "+0100' (Tunis); Thunderbird; file name with spaces and parentheses; collective report from a "
              "university consortium, no speaker."))


# ---------------------------------------------------------------- 23 ar Abu Dhabi report, 4 min late
def m23():
    when = at("2021-02-17 00:04:11")
    sent = when - dt.timedelta(seconds=15)
    name = "Voluntary_GCM_Review_UAE_Ibrahim_AlZaabi.pdf"
    text = """مساء الخير

مرفق تقريري الطوعي الفردي حول الاتفاق العالمي للهجرة (الإمارات - حماية أجور العمالة المساعدة). اعذروني ع التأخير، اليوم آخر يوم حسب ما فهمت.

إبراهيم الزعابي
باحث وكاتب

مرسل من هاتفي"""
    t1 = leaf("text/plain", text, "utf-8", "base64")
    att = pdf_att(name, ["Voluntary GCM Review - individual contribution", "UAE: wage protection for domestic workers",
                         "Ibrahim Al Zaabi, February 2021"], "iphone")
    t2 = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2B4D6F8A-1C3E-4A5B-9D7F-0E2C4A6B8D1F")
    rows = std_rows(when, "mail-pj1-f44.google.example.com", "209.85.216.44", "4DhR4s7Wm9z2",
                    addr("إبراهيم الزعابي", "i.alzaabi.writer@gmail.example.com"),
                    hdr("تقرير طوعي"), rfcdate(tz(sent, 4)),
                    "<F1D3B5A7-9C2E-4F6A-8B0D-3E5A7C9B1D4F@gmail.example.com>",
                    ret="i.alzaabi.writer@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: received 00:04:11 Beirut on Wed 17 Feb, 4 minutes late; Date header 'Wed, 17 Feb 2021 "
              "02:03:56 +0400' (Abu Dhabi) while the sender says 'اليوم آخر يوم'; individual without organisation; "
              "iPhone multipart/mixed [text, inline PDF, text]."))


# ---------------------------------------------------------------- 24 en thank-you reply to our acknowledgement of 17
def m24():
    when = at("2021-02-18 16:30:05")
    sent = when - dt.timedelta(seconds=10)
    ack_id = "<ack-20210209-0472@gcmrr.iom.int>"
    text = """Thank you so much, well received! Looking forward to the conference.

Nadia

On Tue, Feb 9, 2021 at 3:02 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
""" + quote_lines("""Dear Nadia Farouk,

Thank you for your message. We confirm receipt of your voluntary GCM review report
"Individual contribution - GCM review Egypt - N. Farouk.docx".

GCM Regional Review - Arab States""") + "\n"
    a = alt(text, "000000000000a7c3e105bb7f4d29")
    rows = std_rows(when, "mail-ed1-f70.google.example.com", "209.85.208.70", "4DjK2p5Nx4z8",
                    "Nadia Farouk <nadia.farouk.research@gmail.example.com>",
                    "Re: individual contribution - voluntary GCM review", rfcdate(sent),
                    "<CAGz4vQ0uS3yX8oZ2cL6nM9tY1eH4gK7bD0fV3iU5lR8xO2sC6@mail.gmail.example.com>",
                    ret="nadia.farouk.research@gmail.example.com")
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M17_ID, ack_id))]
    add(24, when, top(a, rows), dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h78-17.eml",
        notes="a thank-you reply to our acknowledgement of h78-17 that adds nothing new: must not be acknowledged; "
              "the quoted acknowledgement repeats 'voluntary GCM review report' and the attachment name, but nothing "
              "is attached."))


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
