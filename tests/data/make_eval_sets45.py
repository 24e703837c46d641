#!/usr/bin/env python3
"""Evaluation set holdout45 for gcm-intake: tests/data/holdout45 (24 raw messages + labels.json).

Deterministic, standard library only: /tmp/venv/bin/python tests/data/make_eval_sets45.py
Written without reading intake/ or rules/: an ordinary week (or four) of the review mailbox.
Each message is one function returning (envelope, MIME tree, label).
"""
import datetime as dt
import io
import json
import os
import zipfile
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def R(mo, d, h, mi, s=0):
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ------------------------------------------------------------------ tiny documents
def tiny_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 14 TL 60 780 Td\n" + "\n".join("(%s) Tj T*" % esc(x) for x in lines) + "\nET").encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs, rtl=False):
    """Minimal WordprocessingML package built with zipfile (fixed timestamps: reproducible bytes)."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, escape(p, quote=False))
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 8, 0, 0)), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ MIME pieces
def text(body, subtype="plain", cte="qp", charset="utf-8", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = cte if cte in ("7bit", "8bit") else {"qp": "quoted-printable"}.get(cte, "base64")
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain, html, cte="qp", boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text(plain, "plain", cte))
    m.attach(text(html, "html", cte))
    return m


def attach(data, subtype, filename, style="plain"):
    p = MIMEApplication(data, subtype)
    if style == "2231":
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def mixed(body, parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(body)
    for p in parts:
        m.attach(p)
    return m


def html_paras(body, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return "<html><body%s>\n%s\n</body></html>\n" % (d, "\n".join(
        "<p>%s</p>" % "<br>\n".join(escape(x, quote=False) for x in para.split("\n"))
        for para in body.split("\n\n")))


def gmail_html(body, rtl=False):
    d = "rtl" if rtl else "ltr"
    return '<div dir="%s">%s</div>\n' % (d, "".join(
        "<div>%s</div>" % (escape(x, quote=False) or "<br>") for x in body.split("\n")))


def outlook_html(inner, rtl=False, lang="EN-US"):
    d = ' dir="RTL"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            '</head>\n<body lang="%s"%s><div class="WordSection1">\n%s\n</div></body></html>\n' % (lang, d, inner))


def mso(body):
    return "\n".join("<p class=MsoNormal>%s</p>" % (escape(x, quote=False) or "&nbsp;") for x in body.split("\n"))


def quote(body, prefix="> "):
    return "\n".join((prefix + x).rstrip() for x in body.split("\n"))


# ------------------------------------------------------------------ envelope
def hdr(s):
    return s if s.isascii() else Header(s, "utf-8").encode(linesep="\r\n")


def address(name, email):
    if not name:
        return email
    return formataddr((name, email)) if name.isascii() else "%s <%s>" % (hdr(name), email)


MAILERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: %(lang)s"],
    "gmail": [],
    "thunderbird": ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
                    "Content-Language: %(lang)s"],
    "apple": ["X-Mailer: Apple Mail (2.3608.120.23.2.4)"],
    "iphone": ["X-Mailer: iPhone Mail (18D52)"],
    "android": ["X-Mailer: Android Mail"],
    "webmail": ["User-Agent: Roundcube Webmail/1.4.9"],
}


def render(n, m, root):
    frm = m["from"][1]
    host = frm.split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 20 + n * 3))).astimezone(m.get("tz", BEIRUT))
    h = ["Return-Path: <%s>" % frm,
         "Delivered-To: " + MAILBOX,
         "Received: from mail.%s (mail.%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id 4Dq%02dZk%dTx"
         "\r\n\tfor <%s>; %s" % (host, host, 20 + n * 5, n, n % 7, MAILBOX, format_datetime(rat)),
         "From: " + address(*m["from"]),
         "To: " + m.get("to", "GCM Regional Review Arab States <%s>" % MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + hdr(m["subject"]))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
        h.append("References: " + m.get("references", m["in_reply_to"]))
    for x in MAILERS[m.get("client", "gmail")]:
        h.append(x % {"lang": m.get("lang_hdr", "en-US")})
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID_02 = "<VI1PR0602MB3390A1C7E2F94B0D8E31A6C2B8E79@VI1PR0602MB3390.eurprd06.prod.outlook.example.com>"
ACK_02 = "<ack-20210126-0007.gcmrr@iom.int>"
MID_03 = "<5b1e7d0c-3f1a-4e8b-9a61-0c2e77d1a4f3@fraternite-saintemonique.example.dz>"

INVITATION_EN = """Dear colleagues,

The Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region
will take place virtually: a multi-stakeholder consultation on 23 February 2021, followed by the regional
review conference on 24 and 25 February 2021.

Stakeholders are invited to submit voluntary GCM review reports to gcmrrarabstates@iom.int by
Tuesday 16 February 2021.

Stakeholders wishing to take the floor are invited to send the name, title and organizational affiliation
of the proposed speaker to gcmrrarabstates@iom.int by Friday 5 February 2021, indicating whether they
wish to:
- take part in the open discussion of the multi-stakeholder consultation (23 February);
- serve as rapporteur and deliver the key messages of stakeholders to the conference;
- make a floor intervention in the plenary sessions (24-25 February); or
- make a floor intervention in one of the four thematic roundtables:
  Roundtable 1: regular pathways, decent work and drivers of migration
  Roundtable 2: human rights of migrants, border governance, smuggling, trafficking and detention
  Roundtable 3: social inclusion, access to basic services, remittances and diaspora contributions
  Roundtable 4: data, evidence-based policies, non-discrimination and international cooperation

Kind regards,
GCM Regional Review Secretariat"""


# ================================================================== messages
@message
def h45_01():
    body = """Dear colleagues,

On behalf of the Jordanian Union of Domestic and Home-Care Workers (JUDHW), I would
like to request a floor intervention in Roundtable 2 (human rights of migrants: border
governance, smuggling, trafficking and detention) at the regional conference on
24-25 February.

Our proposed speaker:

  * Name: Marites Dela Cruz
  * Title: Vice-President and Head of the Migrant Members' Committee
  * Organisation: Jordanian Union of Domestic and Home-Care Workers (JUDHW)

Marites has worked as a domestic worker in Amman for fourteen years and coordinates
our legal aid hotline for members whose passports are withheld. She will speak in
English.

Please let me know if you need a short bio or a photo.

Best regards,
Rania Odeh
Programme Officer | JUDHW
Jabal Al-Hussein, Amman, Jordan
+962 79 555 0142
"""
    root = alt(body, gmail_html(body), boundary="000000000000a1b2c3d405b9c1e001")
    env = {"from": ("Rania Odeh", "rania.odeh@judhw.example.org"),
           "subject": "Speaking request - Roundtable 2 - JUDHW", "received_at": R(1, 25, 11, 42, 7),
           "mid": "<CAF3tq+Lw0x2Nn1r8HhY5kP0sdQe7m_bV9=RjT4u@mail.gmail.com>"}
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Marites Dela Cruz", "Vice-President and Head of the Migrant Members' Committee",
                              "Jordanian Union of Domestic and Home-Care Workers (JUDHW)", ["roundtable"], 2)],
                 notes="speaker details as a bulleted list ('  * Name: ...'); the sender (programme officer) is not the "
                       "speaker; title contains 'and'")
    return env, root, label


@message
def h45_02():
    body = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

بالنيابة عن الدكتور فتحي الزوي، المدير التنفيذي للمرصد الليبي لحقوق المهاجرين، يسعدني إبلاغكم
برغبته في إلقاء مداخلة خلال الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 فبراير 2021.

وفيما يلي البيانات المطلوبة:
الاسم: د. فتحي الزوي
المسمى الوظيفي: المدير التنفيذي
الجهة: المرصد الليبي لحقوق المهاجرين

نرجو التكرم بتأكيد الاستلام، ولكم جزيل الشكر.

مع خالص التحية،

سارة المبروك
مساعدة المدير التنفيذي
المرصد الليبي لحقوق المهاجرين
طرابلس - ليبيا
هاتف: +218 91 234 5678

تنويه: هذه الرسالة وما تتضمنه من مرفقات سرية ومخصصة للمرسل إليه فقط."""
    root = alt(body, outlook_html(mso(body), rtl=True, lang="AR-SA"), boundary="_000_VI1PR0602MB3390A1C7E2F9_")
    env = {"from": ("سارة المبروك", "s.almabrouk@lomr.example.ly"),
           "subject": "طلب مداخلة في الجلسة العامة - المرصد الليبي لحقوق المهاجرين",
           "received_at": R(1, 26, 10, 5, 33), "mid": MID_02, "client": "outlook", "lang_hdr": "ar-SA"}
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فتحي الزوي", "المدير التنفيذي", "المرصد الليبي لحقوق المهاجرين", ["plenary"])],
                 notes="written by the director's assistant on his behalf (her own title and the same organisation in "
                       "the signature); honorific 'الدكتور' / 'د.' not part of the name; Arabic disclaimer")
    return env, root, label


@message
def h45_03():
    body = """Madame, Monsieur,

Suite à l'invitation reçue la semaine dernière, je souhaiterais prendre la parole lors
de la table ronde thématique n° 3 (inclusion sociale, accès aux services de base) le 24
ou le 25 février.

Notre association accompagne depuis 2008 des migrants subsahariens à Oran et à Tlemcen,
notamment pour l'accès aux soins et la scolarisation des enfants, et nous aimerions
partager ce que nous observons sur le terrain.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

-- 
Hélène Marchetti
Responsable du pôle Accueil et Solidarité
Association Fraternité Sainte-Monique – Oran
Tél. : +213 41 33 52 17
"""
    root = text(body, cte="8bit", flowed=True)
    env = {"from": ("Hélène Marchetti", "h.marchetti@fraternite-saintemonique.example.dz"),
           "subject": "Demande d'intervention – table ronde 3", "received_at": R(1, 27, 16, 18, 2),
           "tz": tz(1), "mid": MID_03, "client": "thunderbird", "lang_hdr": "fr"}
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hélène Marchetti", "Responsable du pôle Accueil et Solidarité",
                              "Association Fraternité Sainte-Monique", ["roundtable"], 3)],
                 notes="first-person request ('je souhaiterais'); name, title and affiliation only in the signature "
                       "after '-- '; '– Oran' is the location, left out of the affiliation; Catholic charity")
    return env, root, label


@message
def h45_04():
    body = """شكراً جزيلاً على التأكيد.

مع التحية،
سارة

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 10:06 AM
To: سارة المبروك <s.almabrouk@lomr.example.ly>
Subject: إشعار استلام: طلب مداخلة في الجلسة العامة - المرصد الليبي لحقوق المهاجرين

تم استلام رسالتكم المتعلقة بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية.
سيتواصل معكم فريق الأمانة في حال الحاجة إلى أي معلومات إضافية.
هذه رسالة آلية، يرجى عدم الرد عليها."""
    root = alt(body, outlook_html(mso(body), rtl=True, lang="AR-SA"), boundary="_000_VI1PR0602MB3390B77D01_")
    env = {"from": ("سارة المبروك", "s.almabrouk@lomr.example.ly"),
           "subject": "RE: إشعار استلام: طلب مداخلة في الجلسة العامة - المرصد الليبي لحقوق المهاجرين",
           "received_at": R(1, 27, 17, 5, 40), "client": "outlook", "lang_hdr": "ar-SA",
           "mid": "<VI1PR0602MB3390C0B2E118A0E4D61F2B77B8E79@VI1PR0602MB3390.eurprd06.prod.outlook.example.com>",
           "in_reply_to": ACK_02, "references": MID_02 + " " + ACK_02}
    label = dict(category="other", language="ar", acknowledge=False, thread_of="h45-02.eml",
                 notes="thank-you reply (next day) to the service's acknowledgement of h45-02: adds nothing new, must not be "
                       "acknowledged (loop); the quoted acknowledgement mentions the speaking request")
    return env, root, label


@message
def h45_05():
    body = """Bonjour,

Je suis maître de conférences à la Faculté des sciences économiques et de gestion de
Sfax et je coordonne, avec deux collègues, un petit groupe de recherche sur les
migrations de travail en Méditerranée.

Pourriez-vous nous faire parvenir l'ordre du jour (ou le programme provisoire) de la
consultation multipartite du 23 février et de la conférence des 24 et 25 février ?
Nous aimerions savoir à quelle heure commencent les tables rondes afin d'organiser
la participation de nos étudiants de master en tant qu'observateurs.

Avec mes remerciements anticipés,

Dr Sami Jaziri
Maître de conférences – FSEG Sfax
"""
    root = alt(body, gmail_html(body), boundary="0000000000005c7e9f05b9f0aa11")
    env = {"from": ("Sami Jaziri", "sami.jaziri@fsegs.example.tn"),
           "subject": "Ordre du jour de la consultation du 23 février ?", "received_at": R(1, 29, 9, 14, 55),
           "tz": tz(1), "mid": "<CAK9xq2R+ZbM1fTc0s_oWm4Hn7GqLdQyP8eA3uVw@mail.gmail.com>"}
    label = dict(category="other", language="fr", acknowledge=True,
                 notes="request for the agenda; mentions the consultation, the roundtables and 'participation', but "
                       "proposes no speaker (observers only)")
    return env, root, label


@message
def h45_06():
    inner = """<p class=MsoNormal>Dear Regional Review Secretariat,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The Eritrean Youth Network for Migration and Development (EYNMD) is pleased to put forward
<b>Ms. Selam Tesfay</b>, our Research and Data Coordinator, to make a floor intervention in the
<b>fourth thematic roundtable</b> (data, evidence-based policies, non-discrimination and international
cooperation) on 24-25 February 2021.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Selam leads our survey of young Eritreans in Sudan, Egypt and the Gulf and would like to
share its findings on access to documentation.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>With thanks and best wishes,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Dawit Habte</b><br>Chair, EYNMD<br>
<span style="color:#2E75B6">Young people on the move, shaping policy</span><br>
Mob. +44 7700 900 318</p>
<p class=MsoNormal><span style="font-size:8.0pt;color:gray">Please consider the environment before printing this
e-mail.</span></p>"""
    root = text(outlook_html(inner, lang="EN-GB"), "html")
    env = {"from": ("Dawit Habte", "chair@eynmd.example.org"), "subject": "EYNMD speaker nomination",
           "received_at": R(1, 30, 18, 2, 11), "tz": tz(0), "client": "outlook", "lang_hdr": "en-GB",
           "mid": "<LO2P265MB4471E3A0F7D9C3B2A65C14A1AB789@LO2P265MB4471.GBRP265.PROD.OUTLOOK.example.com>"}
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Selam Tesfay", "Research and Data Coordinator",
                              "Eritrean Youth Network for Migration and Development (EYNMD)", ["roundtable"], 4)],
                 notes="HTML-only message (no text/plain); roundtable as a word ('fourth thematic roundtable'); "
                       "'Ms.' not part of the name; the sender (Chair) is not the speaker")
    return env, root, label


@message
def h45_07():
    body = """السلام عليكم ورحمة الله،

أنا مسكرم تاديسي، منسقة مجتمعية في Ethiopian Migrant Women Support Group (EMWSG)،
وهي مجموعة تقودها عاملات منزليات إثيوبيات في لبنان منذ 2015.

أرغب في المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط،
لأنقل صوت العاملات المهاجرات اللواتي فقدن عملهن خلال الأزمة ولم يتمكنّ من العودة.

شكراً لكم
مسكرم
+961 76 418 203"""
    root = alt(body, gmail_html(body, rtl=True), cte="b64", boundary="000000000000e4f5a605ba0d77c2")
    env = {"from": ("Meskerem T.", "meskerem.emwsg@gmail.example.com"),
           "subject": "طلب مشاركة في النقاش المفتوح", "received_at": R(1, 31, 20, 47, 30),
           "mid": "<CAM7vLz0a+QeR4Wn9y_8kT3bHdP1sJx6cU2oVf5g@mail.gmail.com>"}
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("مسكرم تاديسي", "منسقة مجتمعية", "Ethiopian Migrant Women Support Group (EMWSG)",
                              ["open_discussion"])],
                 notes="Arabic body giving the organisation's name in English (Latin script inside RTL text); "
                       "first-person prose; From display name is a Latin short form; base64 parts")
    return env, root, label


@message
def h45_08():
    body = """Bonjour,

Suite a votre invitation, notre association souhaite proposer deux intervenants pour la
conference regionale des 24 et 25 fevrier:

1) M. Mamadou Lamine Ndiaye, President de l'ATSM, pour une intervention en seance
pleniere
2) Mme Aissatou Sarr, Secretaire generale de l'ATSM, pour la table ronde 1 (voies de
migration regulieres et travail decent)

Merci de nous confirmer la bonne reception.

Cordialement

Mamadou Lamine Ndiaye
President
Association des Travailleurs Senegalais au Maroc (ATSM)
Casablanca
Tel +212 6 61 23 45 78
"""
    root = text(body, cte="7bit", charset="us-ascii")
    env = {"from": ("ATSM Maroc", "atsm.maroc@yahoo.example.fr"),
           "subject": "Participation ATSM conference regionale", "received_at": R(2, 1, 12, 3, 45),
           "tz": tz(1), "mid": "<1104832917.2201734.1612173770123@mail.yahoo.example.com>", "client": "webmail"}
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mamadou Lamine Ndiaye", "President",
                              "Association des Travailleurs Senegalais au Maroc (ATSM)", ["plenary"]),
                           SP("Aissatou Sarr", "Secretaire generale",
                              "Association des Travailleurs Senegalais au Maroc (ATSM)", ["roundtable"], 1)],
                 notes="French typed without accents (labels keep the unaccented spelling); two speakers in a "
                       "numbered list with different roles; affiliation only as acronym in the list, full name in "
                       "the signature; 'seance pleniere' wrapped across lines; From display name is the acronym")
    return env, root, label


@message
def h45_09():
    body = """حضرات السادة في الأمانة الفنية للاستعراض الإقليمي المحترمين،

تحية طيبة،

يتشرف المكتب التنفيذي لشبكة البرلمانيين العرب من أجل حقوق المهاجرين بإفادتكم بأن السيدة ريم
الحسيني، منسقة الشبكة، ترغب في المشاركة في النقاش المفتوح خلال المشاورة متعددة أصحاب المصلحة
يوم 23 شباط/فبراير 2021، كما تبدي استعدادها للقيام بدور المقرر وعرض الرسائل الرئيسية لأصحاب
المصلحة أمام المؤتمر.

وتفضلوا بقبول فائق الاحترام،

عمر القضاة
أمين سر الشبكة
شبكة البرلمانيين العرب من أجل حقوق المهاجرين
عمّان"""
    root = alt(body, outlook_html(mso(body), rtl=True, lang="AR-JO"), boundary="_000_DB7PR10MB2234F09C_")
    env = {"from": ("عمر القضاة", "secretariat@arab-mps-migrants.example.org"),
           "subject": "مشاركة شبكة البرلمانيين العرب في المشاورة", "received_at": R(2, 1, 15, 26, 8),
           "client": "outlook", "lang_hdr": "ar-JO",
           "mid": "<DB7PR10MB2234F09C4D0E1A7B3C9E2D88A1F50@DB7PR10MB2234.EURPRD10.PROD.OUTLOOK.example.com>"}
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم الحسيني", "منسقة الشبكة", "شبكة البرلمانيين العرب من أجل حقوق المهاجرين",
                              ["open_discussion", "rapporteur"])],
                 notes="prose, third person; the speaker's name is broken across a hard line wrap ('ريم / الحسيني'); "
                       "two roles (open discussion and rapporteur); affiliation given in the construct form "
                       "('لشبكة ...') in the body and in full in the signature; 'السيدة' is an honorific")
    return env, root, label


@message
def h45_10():
    body = """Dear Regional Review team,

Further to the invitation below, the WHO Country Office for Oman would like to request a
floor intervention in Roundtable 3 (social inclusion and access to basic services).

Speaker: Dr Anjali Menon – Technical Officer, Health of Migrants and Refugees – WHO Country Office for Oman

Dr Menon would focus on continuity of care for migrant workers during COVID-19 and on
their inclusion in the national vaccination plan.

Kind regards,
Khalid Al-Rawahi
Administrative Assistant
WHO Country Office for Oman

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, January 18, 2021 2:00 PM
Subject: Invitation - Regional Review of the GCM in the Arab region, 23-25 February 2021

""" + INVITATION_EN
    root = alt(body, outlook_html(mso(body)), boundary="_000_AM6PR09MB3190D22E55_")
    env = {"from": ("AL-RAWAHI, Khalid", "alrawahik@who.example.int"),
           "subject": "RE: Invitation - Regional Review of the GCM in the Arab region, 23-25 February 2021",
           "received_at": R(2, 2, 9, 40, 12), "tz": tz(4), "client": "outlook",
           "mid": "<AM6PR09MB3190D22E55A41F6B0C7E9A30C8FA0@AM6PR09MB3190.eurprd09.prod.outlook.example.com>",
           "in_reply_to": "<invite-20210118-arab-gcmrr@iom.int>"}
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Anjali Menon", "Technical Officer, Health of Migrants and Refugees",
                              "WHO Country Office for Oman", ["roundtable"], 3)],
                 notes="reply to the organisers' call, which is quoted below (Outlook style, not '>'-prefixed) and "
                       "lists every role, all four roundtables and both deadlines; the title contains a comma; "
                       "'Country Office for Oman' is part of the name; the sender ('Last, First' display name) is "
                       "not the speaker")
    return env, root, label


@message
def h45_11():
    body = """الإخوة الأعزاء في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

يسرّ مركز البسمة الصحي للمهاجرين في عدن أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل
الهجرة الآمنة والمنظمة والنظامية، ويركّز التقرير على وصول المهاجرين القادمين من القرن الأفريقي إلى
الخدمات الصحية الأساسية.

كما نرغب في ترشيح الدكتور نبيل باعباد، المدير الطبي للمركز، لتقديم مداخلة في المائدة المستديرة
الثانية (حماية حقوق الإنسان للمهاجرين).

مع الشكر والتقدير،
أمل الصبيحي
مسؤولة البرامج
مركز البسمة الصحي للمهاجرين
عدن - اليمن"""
    pdf = tiny_pdf(["Al-Basma Health Centre for Migrants - Aden", "Voluntary GCM review report, February 2021",
                    "1. Access to primary health care for migrants from the Horn of Africa",
                    "2. Detention and health", "3. Recommendations"])
    root = mixed(alt(body, gmail_html(body, rtl=True), cte="b64", boundary="000000000000b2c3d405ba1e5501"),
                 [attach(pdf, "pdf", "Al-Basma_GCM_voluntary_report_2021.pdf")],
                 boundary="000000000000b2c3d505ba1e5503")
    env = {"from": ("Amal Al-Subaihi", "amal.subaihi@albasma-health.example.org"),
           "subject": "التقرير الطوعي + طلب مداخلة - مركز البسمة", "received_at": R(2, 2, 13, 55, 0),
           "tz": tz(3), "mid": "<CAEw3+Tb9rZ7mK0dHj5LxQ2vNf8pYs1oUa4cG6iB@mail.gmail.com>"}
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[SP("نبيل باعباد", "المدير الطبي", "مركز البسمة الصحي للمهاجرين", ["roundtable"], 2)],
                 report_attachments=["Al-Basma_GCM_voluntary_report_2021.pdf"],
                 notes="both, on time for both parts (2 February); title in construct form ('المدير الطبي للمركز') with "
                       "the organisation named earlier; 'في عدن' is the location; roundtable as an ordinal word "
                       "wrapped onto the next line; English From display name")
    return env, root, label


@message
def h45_12():
    rows = [("أ. منى العبسي", "رئيسة لجنة الحريات", "النقابة اليمنية للصحفيين المستقلين", "الجلسة العامة"),
            ("صالح الكثيري", "صحفي استقصائي وعضو الهيئة الإدارية", "النقابة اليمنية للصحفيين المستقلين",
             "المائدة المستديرة الرابعة")]
    head = ("الاسم", "المسمى الوظيفي", "الجهة", "نوع المداخلة")
    intro = """السادة الأفاضل،

تحية طيبة،

نرفق لكم أدناه بيانات المتحدثَين المقترحَين من النقابة للمشاركة في المؤتمر الإقليمي:"""
    outro = """مع خالص الشكر،

فاطمة الحكيمي
سكرتارية النقابة
+967 1 456 789"""
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in (head,) + tuple(rows)) + "\n\n" + outro
    cell = '<td style="border:solid #999 1.0pt;padding:3pt 6pt"><p class=MsoNormal>%s</p></td>'
    table = ('<table class=MsoTableGrid dir="rtl" border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
             + "".join("<tr>%s</tr>" % "".join(cell % escape(c) for c in r) for r in (head,) + tuple(rows))
             + "</table>")
    html = outlook_html(mso(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table + "\n<p class=MsoNormal>&nbsp;</p>\n"
                        + mso(outro), rtl=True, lang="AR-YE")
    root = alt(plain, html, cte="b64", boundary="_000_AS8PR04MB7718A90D12_")
    env = {"from": ("النقابة اليمنية للصحفيين المستقلين", "info@yisj.example.org"),
           "subject": "ترشيح متحدثين - النقابة اليمنية للصحفيين المستقلين", "received_at": R(2, 3, 10, 20, 15),
           "tz": tz(3), "client": "outlook", "lang_hdr": "ar-YE",
           "mid": "<AS8PR04MB7718A90D12E4F0C3B5A2D7E19C6F1@AS8PR04MB7718.eurprd04.prod.outlook.example.com>"}
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("منى العبسي", "رئيسة لجنة الحريات", "النقابة اليمنية للصحفيين المستقلين", ["plenary"]),
                           SP("صالح الكثيري", "صحفي استقصائي وعضو الهيئة الإدارية",
                              "النقابة اليمنية للصحفيين المستقلين", ["roundtable"], 4)],
                 notes="two speakers in an RTL HTML table (plain part is tab-separated); honorific 'أ.' before the "
                       "first name; role per row as words; journalists' syndicate; From display name is the "
                       "organisation, split over two RFC 2047 encoded-words; the sender (secretariat) is not a speaker")
    return env, root, label


@message
def h45_13():
    body = """Dear Sir/Madam,

The Labour Section of the Embassy of the Republic of the Philippines in Amman has
received the invitation to the Regional Review. Could you kindly advise:

1. Will the multi-stakeholder consultation on 23 February and the conference be held
   fully online? If so, on which platform, and will the link be shared in advance?
2. Will simultaneous interpretation (Arabic/English) be available?
3. May two officers of the Labour Section follow the sessions as observers, and do they
   need to register separately?

Thank you in advance.

Respectfully,

Ma. Cristina P. Villanueva
Labour Attaché
Philippine Overseas Labour Office – Amman
Tel. +962 6 592 3744

Sent from my iPhone"""
    root = text(body, cte="qp")
    env = {"from": ("Cristina Villanueva", "polo.amman@dole-polo.example.gov.ph"),
           "subject": "Query on format of the Regional Review", "received_at": R(2, 3, 14, 8, 51),
           "client": "iphone", "mid": "<A7D0E2B1-4C3F-4B9A-8E21-6F5D3C2B1A09@dole-polo.example.gov.ph>"}
    label = dict(category="other", language="en", acknowledge=True,
                 notes="logistics questions (online format, interpretation, observers) from an embassy's labour "
                       "section; mentions the consultation and registration, proposes no speaker")
    return env, root, label


@message
def h45_14():
    body = """Dear colleagues at the Regional Review Secretariat,

Following the exchange below, we would like to request a floor intervention in
Roundtable 1 (regular pathways, decent work and drivers of migration) for:

Hanan Khoury, Chief Technical Adviser, ILO Fair Labour Migration in the Mashreq Project (FLMM)

Many thanks Nadia and Omar for the quick turnaround.

Best,
Tomás

Tomás Ferreira
Programme Officer
ILO Fair Labour Migration in the Mashreq Project (FLMM)
Beirut

From: Nadia Saab <saab@flmm-ilo.example.org>
Sent: Thursday, February 4, 2021 10:12 AM
To: Tomás Ferreira <ferreira@flmm-ilo.example.org>; Omar Haidar <haidar@flmm-ilo.example.org>
Cc: Hanan Khoury <khoury@flmm-ilo.example.org>
Subject: RE: GCM regional review - speaking slot?

Agree it should be Hanan rather than me, and RT1 is the obvious fit given the fair recruitment
work. Omar, could you send Tomás her current title?

Nadia

From: Tomás Ferreira <ferreira@flmm-ilo.example.org>
Sent: Wednesday, February 3, 2021 5:47 PM
To: Nadia Saab <saab@flmm-ilo.example.org>; Omar Haidar <haidar@flmm-ilo.example.org>
Subject: GCM regional review - speaking slot?

Hi both,
Deadline for speaking requests is Friday. Should we propose Nadia (M&E Officer) for
Roundtable 4 on data, or Hanan for Roundtable 1? I can send it to gcmrrarabstates@iom.int
tomorrow.
T."""
    root = alt(body, outlook_html(mso(body), lang="EN-US"), boundary="_000_PAXPR07MB8571E6_")
    env = {"from": ("Tomás Ferreira", "ferreira@flmm-ilo.example.org"),
           "cc": "Nadia Saab <saab@flmm-ilo.example.org>, Omar Haidar <haidar@flmm-ilo.example.org>, "
                 "Hanan Khoury <khoury@flmm-ilo.example.org>",
           "subject": "RE: GCM regional review - speaking slot?", "received_at": R(2, 4, 11, 30, 26),
           "client": "outlook",
           "mid": "<PAXPR07MB8571E6A2C33D0F19B4E7C5D2A80B1@PAXPR07MB8571.eurprd07.prod.outlook.example.com>",
           "in_reply_to": "<PAXPR07MB85718F0D5E1B2C4A97E3D6F0A1C44@PAXPR07MB8571.eurprd07.prod.outlook.example.com>",
           "references": "<PAXPR07MB857113C9A0B7E5D2F4C81A6E3D2B7@PAXPR07MB8571.eurprd07.prod.outlook.example.com> "
                         "<PAXPR07MB85718F0D5E1B2C4A97E3D6F0A1C44@PAXPR07MB8571.eurprd07.prod.outlook.example.com>"}
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Hanan Khoury", "Chief Technical Adviser",
                              "ILO Fair Labour Migration in the Mashreq Project (FLMM)", ["roundtable"], 1)],
                 notes="reply-all adding the mailbox to an internal thread quoted below (Cc colleagues, In-Reply-To "
                       "to messages not in the set): the quoted thread names another candidate (Nadia, M&E Officer) "
                       "and Roundtable 4; only Hanan for Roundtable 1 is proposed; the sender is not the speaker")
    return env, root, label


@message
def h45_15():
    body = """Madame, Monsieur,

La Commission Migration et Droits de l'Homme de l'Ordre des Avocats de Tlemcen a
l'honneur de vous proposer la candidature de Maître Anis Gharbi pour une intervention
lors de la deuxième table ronde thématique (droits humains des migrants, gouvernance
des frontières, trafic et détention).

Me Gharbi assure depuis plusieurs années la défense de migrants placés en rétention
administrative et pourra présenter les constats de la Commission.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karima Benyahia
Présidente de la Commission Migration et Droits de l'Homme
Ordre des Avocats de Tlemcen

_________________________________________________________________
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en
informer l'expéditeur.
"""
    root = alt(body, outlook_html(mso(body), lang="FR"), boundary="_000_MR1P264MB2980C4_")
    env = {"from": ("Karima Benyahia", "k.benyahia@avocats-tlemcen.example.dz"),
           "subject": "Candidature - table ronde thématique n°2", "received_at": R(2, 4, 17, 2, 19),
           "tz": tz(1), "client": "outlook", "lang_hdr": "fr-FR",
           "mid": "<MR1P264MB2980C4B7A1E3D5F20C9E4A7B6D11@MR1P264MB2980.FRAP264.PROD.OUTLOOK.example.com>"}
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Anis Gharbi", None, "Commission Migration et Droits de l'Homme de l'Ordre des Avocats "
                              "de Tlemcen", ["roundtable"], 2)],
                 notes="bar association's migration committee nominates a lawyer; no title given for him ('Maître'/'Me' "
                       "are honorifics), so title null; 'de Tlemcen' is part of the bar's name; roundtable as "
                       "'deuxième table ronde'; the sender (committee president) is not the speaker; disclaimer")
    return env, root, label


@message
def h45_16():
    body = """مساء الخير
ارجو تسجيل طلبي للمداخلة في الجلسة العامة للمؤتمر
الاسم: يوسف المقطري
صحفي مستقل
شكرا

أُرسلت من الـ iPhone"""
    root = text(body, cte="b64")
    env = {"from": ("Yousef", "y.almaqtari@icloud.example.com"), "subject": "طلب مداخلة",
           "received_at": R(2, 5, 21, 40, 9), "tz": tz(3), "client": "iphone",
           "mid": "<8E4B2F1A-90C3-4D7E-B5A6-1C2D3E4F5A6B@icloud.example.com>"}
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("يوسف المقطري", "صحفي مستقل", None, ["plenary"])],
                 notes="short message typed on a phone, on the last evening; no affiliation (freelance journalist): "
                       "affiliation null; title on an unlabelled line; Arabic 'Sent from my iPhone'")
    return env, root, label


@message
def h45_17():
    body = """Dear Sir / Madam,

Apologies for writing a day after the deadline, our board only met yesterday evening.

I would like to request a speaking slot in the plenary session of the Regional Review
conference (24-25 February). I would speak about remittance costs and the role of
diaspora entrepreneurs in creating jobs for returning migrant workers.

Best regards

Kamrul Hasan Chowdhury
President
Bangladeshi Business and Professionals Council in Oman (BBPCO)
Ruwi, Muscat
+968 9912 3456

Sent from my Galaxy"""
    root = alt(body, gmail_html(body), boundary="000000000000f6a7b805ba5a1c3d")
    env = {"from": ("Kamrul Hasan Chowdhury", "kamrul.chowdhury@bbpco.example.om"),
           "subject": "Request to speak - plenary", "received_at": R(2, 6, 9, 15, 48), "tz": tz(4),
           "client": "android", "mid": "<CAGx5pK2m=Yq8eR3hW0nT7vLdJ4uS1fBa9oZc6Xi@mail.gmail.com>"}
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Kamrul Hasan Chowdhury", "President",
                              "Bangladeshi Business and Professionals Council in Oman (BBPCO)", ["plenary"])],
                 notes="late (6 February) and says so; the sender is the speaker, details only in the signature; "
                       "'in Oman' is part of the council's name (acronym BBPCO), 'Ruwi, Muscat' is the location; "
                       "diaspora business council; sent from a phone")
    return env, root, label


@message
def h45_18():
    body = """Madame, Monsieur,

Je me permets de revenir vers vous concernant la conférence régionale, avec quelques jours
de retard, je vous prie de nous en excuser.

L'Observatoire Municipal des Migrations de Sousse (OMMS) souhaiterait proposer Mme Amel
Trabelsi, cheffe du service d'accueil et d'orientation des migrants, comme rapporteure
chargée de présenter les messages clés des parties prenantes lors de la conférence.

Mme Trabelsi a coordonné en 2020 la concertation entre la municipalité, les associations
de migrants et les services de santé sur l'accès aux soins.

Bien à vous,

Nizar Ben Slimane
Directeur
Observatoire Municipal des Migrations de Sousse (OMMS)
Hôtel de Ville – Sousse, Tunisie"""
    root = alt(body, html_paras(body), boundary="Apple-Mail=_7C1E4B2A-3D5F-4E6A-9B8C-0D1E2F3A4B5C")
    env = {"from": ("Nizar Ben Slimane", "n.benslimane@omms-sousse.example.tn"),
           "subject": "Proposition de rapporteure – OMMS", "received_at": R(2, 8, 10, 12, 37), "tz": tz(1),
           "client": "apple", "mid": "<F2A1C3E5-7B9D-4F6A-8C0E-2D4B6A8C0E1F@omms-sousse.example.tn>"}
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Amel Trabelsi", "cheffe du service d'accueil et d'orientation des migrants",
                              "Observatoire Municipal des Migrations de Sousse (OMMS)", ["rapporteur"])],
                 notes="late (8 February), apologises; municipal office nominates a staff member as rapporteur "
                       "('rapporteure chargée de présenter les messages clés'); 'Mme' honorific; name broken across "
                       "a line wrap; lower-case title after the name; 'de Sousse' is part of the name")
    return env, root, label


@message
def h45_19():
    body = """Bonjour Madame, Monsieur,

Je fais partie de la délégation d'une association de la diaspora camerounaise en Algérie
et je réside à Alger. Au cas où une partie de la conférence des 24 et 25 février se
tiendrait en présentiel, pourriez-vous me dire si un visa est nécessaire et si le
secrétariat peut délivrer une lettre d'invitation officielle à joindre à ma demande ?

Mon passeport est camerounais et expire en octobre 2021, est-ce suffisant ?

Merci d'avance pour votre réponse.

Cordialement,
Brice Nkoulou"""
    root = text(body, cte="qp")
    env = {"from": ("Brice Nkoulou", "brice.nkoulou@outlook.example.fr"),
           "subject": "Question visa / lettre d'invitation", "received_at": R(2, 9, 13, 45, 3), "tz": tz(1),
           "client": "webmail", "mid": "<DB9P192MB1275E8D31F0A@DB9P192MB1275.EURP192.PROD.OUTLOOK.example.com>"}
    label = dict(category="other", language="fr", acknowledge=True,
                 notes="visa and invitation letter question; mentions a delegation and the conference but proposes "
                       "no speaker and submits nothing")
    return env, root, label


@message
def h45_20():
    body = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Gulf Centre for Labour
Mobility Studies (GCLMS), Manama. The report covers Objectives 6, 12 and 22, with a
focus on the wage protection system and end-of-service benefits.

We would be grateful for a confirmation of receipt.

Kind regards,

Dr. Layla Al-Mahroos
Senior Research Fellow
Gulf Centre for Labour Mobility Studies (GCLMS)
Manama, Kingdom of Bahrain | +973 1753 0021

DISCLAIMER: The views expressed in this e-mail are those of the author and do not
necessarily represent the views of GCLMS."""
    pdf = tiny_pdf(["Gulf Centre for Labour Mobility Studies (GCLMS)", "Voluntary GCM Review Report 2021",
                    "Objectives 6, 12 and 22", "Executive summary", "Findings", "Recommendations"])
    root = mixed(alt(body, gmail_html(body), boundary="0000000000003d4e5f05bb0f3a21"),
                 [attach(pdf, "pdf", "GCLMS_Voluntary_GCM_Review_2021.pdf")], boundary="0000000000003d4e6005bb0f3a23")
    env = {"from": ("Layla Al-Mahroos", "l.almahroos@gclms.example.bh"),
           "subject": "Voluntary GCM review report - GCLMS", "received_at": R(2, 10, 11, 4, 29), "tz": tz(3),
           "mid": "<CAB0rT7k+Mv2Ls9PqN4hW1xE6cYj3Ud8Fa5Zo0Gi@mail.gmail.com>"}
    label = dict(category="voluntary_report", language="en", acknowledge=True,
                 report_attachments=["GCLMS_Voluntary_GCM_Review_2021.pdf"],
                 notes="plain think-tank report submission, one PDF; disclaimer at the end")
    return env, root, label


@message
def h45_21():
    name = "التقرير الجماعي للاستعراض الطوعي - شبكة المجتمع المدني العربية للهجرة والتنمية.pdf"
    body = """السادة الأمانة الفنية للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة،

باسم شبكة المجتمع المدني العربية للهجرة والتنمية، يسعدنا أن نرفق لكم التقرير الجماعي للاستعراض الطوعي
الذي أعدّته تسع منظمات أعضاء في الشبكة من الأردن ولبنان والعراق واليمن والسودان، بعد ثلاث جلسات تشاور
افتراضية خلال شهر كانون الثاني.

يتضمن التقرير ملخصاً تنفيذياً وتوصيات موجهة إلى الحكومات ووكالات الأمم المتحدة.

مع التقدير،

ليلى حداد
منسقة الشبكة
شبكة المجتمع المدني العربية للهجرة والتنمية
بيروت – لبنان"""
    pdf = tiny_pdf(["Arab Civil Society Network for Migration and Development",
                    "Collective voluntary GCM review report - 9 member organisations", "February 2021"])
    root = mixed(alt(body, outlook_html(mso(body), rtl=True, lang="AR-LB"), cte="b64",
                     boundary="_000_AM9PR08MB6210F1_"),
                 [attach(pdf, "pdf", name, style="2231")], boundary="_004_AM9PR08MB6210F1_")
    env = {"from": ("ليلى حداد", "coordination@acsn-md.example.org"),
           "subject": "التقرير الجماعي للاستعراض الطوعي للاتفاق العالمي للهجرة", "received_at": R(2, 12, 15, 33, 0),
           "client": "outlook", "lang_hdr": "ar-LB",
           "mid": "<AM9PR08MB6210F1C3A7E9D5B02E4C8A6F3B7D1@AM9PR08MB6210.eurprd08.prod.outlook.example.com>"}
    label = dict(category="voluntary_report", language="ar", acknowledge=True, report_attachments=[name],
                 notes="collective report of a network (nine member organisations); long Arabic PDF name in RFC 2231 "
                       "encoding; base64 text parts")
    return env, root, label


@message
def h45_22():
    name = "Rapport_volontaire_CSDM_PMM_2021.docx"
    body = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif Soins et Droits des Migrants
(CSDM) pour l'examen régional du Pacte mondial sur les migrations.

Le rapport porte principalement sur l'accès aux soins des migrants en situation
irrégulière dans l'Ouest algérien et sur la prise en charge des mineurs non accompagnés.

Merci de bien vouloir accuser réception.

Salutations distinguées,
Dr Yasmina Kaci
Coordinatrice du CSDM
"""
    doc = tiny_docx(["Collectif Soins et Droits des Migrants (CSDM)", "Rapport volontaire – Pacte mondial sur les migrations",
                     "1. Accès aux soins", "2. Mineurs non accompagnés", "3. Recommandations"])
    root = mixed(text(body, cte="8bit", flowed=True), [attach(doc, "octet-stream", name)],
                 boundary="------------A1B2C3D4E5F60718293A4B5C")
    env = {"from": ("Yasmina Kaci", "csdm.oran@csdm-dz.example.org"),
           "subject": "Rapport volontaire CSDM", "received_at": R(2, 15, 10, 48, 52), "tz": tz(1),
           "client": "thunderbird", "lang_hdr": "fr",
           "mid": "<8f3e2a71-c5d9-4b06-a1e4-7b2d9c0f6e38@csdm-dz.example.org>"}
    label = dict(category="voluntary_report", language="fr", acknowledge=True, report_attachments=[name],
                 notes="DOCX report sent as application/octet-stream (type must come from the name or the bytes); "
                       "format=flowed 8bit body")
    return env, root, label


@message
def h45_23():
    name = "ULMAT - Rapport PMM 2021.pdf"
    body = """Bonsoir,

Je vous transfère ci-dessous le message de notre président avec le rapport de l'ULMAT,
il n'arrivait pas à l'envoyer depuis son adresse.

Cordialement,
Grace Mbuyi
Chargée de communication, ULMAT

---------- Forwarded message ---------
De : Jean-Baptiste Kaboré <jb.kabore@ulmat.example.tn>
Date: mar. 16 févr. 2021 à 18:22
Subject: Rapport volontaire PMM - ULMAT
To: <gcmrrarabstates@iom.int>


Madame, Monsieur,

L'Union des Leaders Migrants Africains en Tunisie (ULMAT) a le plaisir de vous transmettre
son rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et
régulières, rédigé avec nos associations membres à Tunis, Sfax et Médenine.

Jean-Baptiste Kaboré
Président de l'ULMAT
"""
    pdf = tiny_pdf(["Union des Leaders Migrants Africains en Tunisie (ULMAT)", "Rapport volontaire PMM 2021",
                    "Synthese et recommandations"])
    root = mixed(alt(body, gmail_html(body), boundary="000000000000c8d9e005bb77a1f1"),
                 [attach(pdf, "pdf", name)], boundary="000000000000c8d9e105bb77a1f3")
    env = {"from": ("Grace Mbuyi", "grace.mbuyi.ulmat@gmail.example.com"),
           "subject": "Fwd: Rapport volontaire PMM - ULMAT", "received_at": R(2, 16, 20, 5, 41), "tz": tz(1),
           "mid": "<CAN4sE8h+Wd1Qx6Kr0Tm9bPj2Vc5Yl3Ro7Ga1Uf8@mail.gmail.com>"}
    label = dict(category="voluntary_report", language="fr", acknowledge=True, report_attachments=[name],
                 notes="forwarded by a colleague on the last evening (on time); the report author is in the quoted "
                       "forward header, which also contains the review address; migrant-led organisation; "
                       "file name with spaces")
    return env, root, label


@message
def h45_24():
    name = "SDDN GCM Voluntary Review Report Feb2021.docx"
    body = """Dear GCM Regional Review Secretariat,

Please accept our apologies for sending this after the 16 February deadline: our
colleagues in Aden and Mukalla had connectivity problems all last week.

Attached is the voluntary GCM review report of the Somali Diaspora Development Network
(SDDN), covering the situation of Somali refugees and migrants in Yemen and the return
of Somali workers from the Gulf.

With many thanks for your understanding,

Abdirahman Farah Warsame
Executive Secretary
Somali Diaspora Development Network (SDDN)
+252 61 555 0193 | www.sddn.example.org"""
    doc = tiny_docx(["Somali Diaspora Development Network (SDDN)", "Voluntary GCM Review Report, February 2021",
                     "Somali refugees and migrants in Yemen", "Return from the Gulf", "Recommendations"])
    root = mixed(alt(body, outlook_html(mso(body)), boundary="_000_DU2PR02MB7629B3_"),
                 [attach(doc, DOCX, name)], boundary="_004_DU2PR02MB7629B3_")
    env = {"from": ("Abdirahman Farah Warsame", "a.warsame@sddn.example.org"),
           "subject": "SDDN voluntary GCM review report (late submission)", "received_at": R(2, 17, 10, 20, 4),
           "tz": tz(3), "client": "outlook",
           "mid": "<DU2PR02MB7629B3E1D0C4A5F6B7E8D9C0A1B2@DU2PR02MB7629.eurprd02.prod.outlook.example.com>"}
    label = dict(category="voluntary_report", language="en", acknowledge=True, report_attachments=[name],
                 notes="late (17 February) and says so; DOCX with spaces in the name; diaspora network")
    return env, root, label


# ------------------------------------------------------------------ writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    sd, rd = R(2, 5, 23, 59, 59), R(2, 16, 23, 59, 59)
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = "h45-%02d.eml" % n
        assert fn.__name__ == "h45_%02d" % n, fn.__name__
        env, root, label = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(n, env, root))
        cat, rat = label["category"], env["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label.get("speakers", []), "report_attachments": label.get("report_attachments", []),
                       "thread_of": label.get("thread_of"), "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout45"))
