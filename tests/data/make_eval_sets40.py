#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout40 (24 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets40.py
Standard library only (DOCX built with zipfile).  Written without reading intake/ or rules/: every
message is a small record (headers, client style, body parts, attachments) next to its expected label.
"""
import datetime as dt
import io
import json
import os
import struct
import zipfile
import zlib
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
EET = dt.timezone(dt.timedelta(hours=2))


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(20, 90, 160), w=24, h=12):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Document"):
    """Minimal valid one-page PDF, Helvetica, Latin-1 text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word for Office 365) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    if charset in ("us-ascii",):
        cs.body_encoding = None
    text = text.replace("\r\n", "\n")
    part = MIMEText(text, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data, ctype, filename, style="2231", inline_cid=None):
    maintype, subtype = ctype.split("/")
    if maintype == "image":
        p = MIMEImage(data, subtype)
    else:
        p = MIMEApplication(data, subtype)
    ascii_name = all(ord(c) < 128 for c in filename)
    disp = "inline" if inline_cid else "attachment"
    if ascii_name:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook style: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail / Thunderbird style: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", "<%s>" % inline_cid)
    return p


def mixed(body, attachments, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in attachments:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


def related(body, images, boundary=None):
    m = MIMEMultipart("related", type="multipart/alternative")
    m.attach(body)
    for i in images:
        m.attach(i)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = []
    for para in text.split("\n\n"):
        blocks.append("<div>%s</div>" % "<br>".join(escape(l, quote=False) for l in para.split("\n")))
    return '<div%s>%s</div>\n' % (d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "table.grid td{border:solid #999 1.0pt;padding:2pt 5pt}--></style></head>\n"
            "<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n</div></body></html>\n"
            % (lang, d, inner))


def paras(text, cls="MsoNormal"):
    out = []
    for para in text.split("\n\n"):
        out.append("<p class=%s>%s</p>" % (cls, "<br>\n".join(escape(l, quote=False) for l in para.split("\n"))))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join("<div class=\"\">%s</div>" % (escape(l, quote=False) or "<br class=\"\">") for l in text.split("\n"))
            + "</body></html>\n")


# ----------------------------------------------------------------- envelope
def enc_header(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), email)


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = rat - dt.timedelta(seconds=m.get("lag", 31))
    sent = sent.astimezone(m.get("sender_tz", EET))
    h = []
    h.append("Return-Path: <%s>" % m.get("return_path", m["from_email"]))
    h.append("Delivered-To: " + MAILBOX)
    relay = m.get("relay", "mail." + host)
    h.append("Received: from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (EET)"
             % (relay, relay, m.get("ip", "198.51.100.%d" % (10 + m["n"] * 7)), m["qid"], MAILBOX,
                format_datetime(rat)))
    if m.get("inner_received"):
        h.append(m["inner_received"] % {"date": format_datetime(sent)})
    h.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
             % (m["from_email"].split("@")[1], m["from_email"].split("@")[1]))
    h.append("From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")))
    h.append("To: " + m.get("to", MAILBOX))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    for extra in m.get("extra_headers", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    body = buf.getvalue()
    return ("\r\n".join(h) + "\r\n").encode("ascii") + body


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcA%sQk7VZ1bXn2Q0uRr3yS1w==", "Content-Language: %s"]


def outlook_headers(n, lang):
    return [OUTLOOK[0], OUTLOOK[1] % ("%04d" % (n * 37)), OUTLOOK[2] % lang]


# ----------------------------------------------------------------- the quoted invitation letter
INVITE_EN_RT = """Stakeholders may request a speaking role by e-mail to gcmrrarabstates@iom.int, giving the name, title and organizational affiliation of the speaker, by Friday 5 February 2021. Floor interventions may be requested in a plenary session or in one of the four thematic roundtables:
- Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration (Objectives 2, 5, 6, 12, 18)
- Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention (Objectives 4, 8, 9, 10, 11, 13, 14, 21)
- Roundtable 3: Social inclusion and cohesion, access to basic services, remittances and diaspora contributions (Objectives 15, 16, 19, 20, 22)
- Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation (Objectives 1, 3, 7, 17, 23)"""

INVITE_AR_RT = """ويمكن لأصحاب المصلحة طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021. ويمكن طلب المداخلة في إحدى الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع:
المائدة المستديرة الأولى: تعزيز مسارات الهجرة النظامية والعمل اللائق ومعالجة دوافع الهجرة
المائدة المستديرة الثانية: حماية حقوق الإنسان للمهاجرين: إدارة الحدود وتهريب المهاجرين والاتجار بالبشر والاحتجاز
المائدة المستديرة الثالثة: الإدماج والتماسك الاجتماعيان والحصول على الخدمات الأساسية والتحويلات المالية ومساهمات المغتربين
المائدة المستديرة الرابعة: البيانات والسياسات القائمة على الأدلة وعدم التمييز والتعاون الدولي"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}




def make_docx(heading, paragraphs=(), rtl=False):
    """Minimal valid WordprocessingML package, fixed timestamps so the bytes are reproducible."""
    def para(text, style=None):
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                           "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text, quote=False))
    body = para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
TBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]


# ================================================================= holdout40 messages
MID_01 = "<AM6PR04MB5621E3A1C0B24D7F9A1C3E55B2F10@AM6PR04MB5621.eurprd04.prod.outlook.com>"
MID_09 = "<5F1C7B2A-90D3-4E61-A8C4-3B7E21D0F9A6@gmail.com>"
ACK_09 = "<ack.GCM-AR-0117.20210203T1412@gcm-intake.iom.int>"
MID_13 = "<DB8PR02MB6043A9F2E7C14B0D8E3AF1C6D2E70@DB8PR02MB6043.eurprd02.prod.outlook.com>"
ACK_13 = "<ack.GCM-EN-0142.20210211T0930@gcm-intake.iom.int>"


@message
def h40_01():
    plain = """Dear colleagues,

Further to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab
region, the Migrant Health Access Network (MHAN) would like to request a floor intervention in
Roundtable 3 (social inclusion, access to basic services, remittances and diaspora contributions).

Our proposed speaker is Dr. Rania Haddadin, Medical Coordinator at MHAN. Dr. Haddadin leads our mobile
clinics for migrant domestic workers and refugees in Amman, Zarqa and Irbid and can speak to the
barriers migrants face in accessing primary health care and COVID-19 vaccination.

Please let us know if you need anything further.

Best regards,

Tamer Khoury
Partnerships Officer
Migrant Health Access Network (MHAN)
Jabal Al-Weibdeh, Amman - Jordan
Tel: +962 6 461 2280 | Mob: +962 79 553 0147

CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive and confidential use of
the intended recipient. If you are not the intended recipient, please do not read, distribute or take
action in reliance upon this message.
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-US"), boundary="_000_AM6PR04MB5621E3A1C0B24D7F9A1C3E55B2F10_")
    meta = dict(from_name="Tamer Khoury", from_email="t.khoury@mhan-jo.example.org",
                subject="Speaking role request - Roundtable 3 - MHAN", received_at=R(2021, 2, 1, 11, 42, 9),
                relay="mail-db8eur05on2100.outbound.protection.outlook.com", mid=MID_01,
                extra_headers=outlook_headers(1, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rania Haddadin", "Medical Coordinator", "Migrant Health Access Network (MHAN)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="sender (Partnerships Officer, in the signature) is not the speaker; 'Dr.' dropped; hard-wrapped "
                       "prose; affiliation given as 'at MHAN' but fullest form in the first paragraph/signature")
    return meta, root, label


@message
def h40_02():
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين
تحية طيبة وبعد،

تتشرف نقابة عمال المرافئ والأرصفة البحرية في بيروت بترشيح الزميلين التاليين للمشاركة في أعمال المؤتمر
الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية:

1- السيد وليد عبد الله حمادة، رئيس النقابة، لإلقاء مداخلة في الجلسة العامة.
2- السيدة جنى فارس، مسؤولة ملف العمال المهاجرين في النقابة، للمداخلة في المائدة المستديرة الأولى
(تعزيز مسارات الهجرة النظامية والعمل اللائق).

ونود الإشارة إلى أن عدداً كبيراً من العمال في المرفأ هم من العمال المهاجرين من سوريا ومصر والسودان،
وقد تضرر كثيرون منهم جراء انفجار الرابع من آب.

وتفضلوا بقبول فائق الاحترام،

أمانة السر
نقابة عمال المرافئ والأرصفة البحرية في بيروت
هاتف: 01/580 214 – فاكس: 01/580 215
"""
    html = outlook_html(paras(plain), lang="AR-LB", rtl=True)
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0042_01D6FA11.6E2C8B10")
    meta = dict(from_name="نقابة عمال المرافئ", from_email="secretariat@dockers-union-lb.example.org",
                hdr_charset="windows-1256", subject="ترشيح متحدثين - نقابة عمال المرافئ والأرصفة البحرية",
                received_at=R(2021, 2, 2, 9, 15, 44), lag=40,
                mid="<004201d6fa11$6e2c8b10$4a85a130$@dockers-union-lb.example.org>",
                extra_headers=outlook_headers(2, "ar-lb"))
    aff = "نقابة عمال المرافئ والأرصفة البحرية في بيروت"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("وليد عبد الله حمادة", "رئيس النقابة", aff, ["plenary"], None),
                           SP("جنى فارس", "مسؤولة ملف العمال المهاجرين في النقابة", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a numbered list, different roles; السيد/السيدة honorifics dropped; windows-1256 "
                       "Outlook; 'في بيروت' kept because the union's name includes the city ('Beirut Port ... Union')")
    return meta, root, label


@message
def h40_03():
    plain = """Bonjour,

Suite à l'invitation reçue par notre évêché, je souhaiterais prendre part à la discussion ouverte de la
consultation multipartite du 23 février, afin de partager l'expérience de terrain de notre accueil
de jour auprès des migrants subsahariens en transit.

Je reste à votre disposition.

Bien à vous,

--
Mme Claire Benhamida
Responsable du pôle Migrants
Caritas - Bureau diocésain de Sfax
14, rue de l'Église - 3000 Sfax, Tunisie
Tél. +216 74 221 908
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Claire Benhamida", from_email="c.benhamida@caritas-sfax.example.tn",
                subject="Participation à la discussion ouverte du 23 février", received_at=R(2021, 2, 2, 16, 3, 27),
                sender_tz=tz(1), mid="<8c2f41d7-3a9e-0b5c-77e1-52a0f6d9c4b1@caritas-sfax.example.tn>",
                extra_headers=TBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Claire Benhamida", "Responsable du pôle Migrants", "Caritas - Bureau diocésain de Sfax",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination with name, title and affiliation only in the Thunderbird signature ('Mme' dropped); "
                       "'Sfax' is part of the diocesan office's name, the address line is not")
    return meta, root, label


@message
def h40_04():
    html = """<div dir="ltr"><div>Hello,</div><div><br></div><div>I am writing on behalf of the Oman Youth Initiative for Inclusion (OYII), a volunteer-run youth association working with young migrant workers and students in Muscat and Sohar.</div><div><br></div><div>We would be honoured if our President, <b>Ms. Maryam Al Balushi</b>, could serve as one of the rapporteurs delivering the stakeholders&#39; key messages at the conference. Maryam has coordinated our youth consultations on the GCM since 2019.</div><div><br></div><div>Thank you and looking forward to hearing from you.</div><div><br></div><div>Warm regards,</div><div>Ahmed Al Hinai</div><div>Volunteer, OYII</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div dir="ltr"><div><span style="color:rgb(11,83,148)">Oman Youth Initiative for Inclusion</span></div><div><span style="color:rgb(153,153,153)">&quot;Nobody left behind&quot;</span></div></div></div></div>
"""
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Ahmed Al Hinai", from_email="oyii.oman@gmail.com",
                subject="Rapporteur nomination - OYII", received_at=R(2021, 2, 3, 8, 21, 50), sender_tz=tz(4), lag=6,
                relay="mail-wr1-f53.google.com", mid="<CAB9fT2kq8Lw0yXc4Rj7Nd1mPe3sVa6uHo5iGt0bZ@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maryam Al Balushi", "President", "Oman Youth Initiative for Inclusion (OYII)",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Gmail (no text/plain); speaker is not the sender; 'serve as one of the rapporteurs "
                       "delivering the key messages' = rapporteur; title given as 'our President'")
    return meta, root, label


@message
def h40_05():
    plain = """Madame, Monsieur,

Au nom de la Plateforme des Associations Sénégalaises du Maroc (PASM), réseau de 23 associations de la
diaspora sénégalaise établies à Casablanca, Rabat, Tanger et Agadir, j'ai le plaisir de vous transmettre
en pièce jointe notre rapport volontaire collectif d'examen de la mise en œuvre du Pacte mondial pour
des migrations sûres, ordonnées et régulières.

Ce rapport est le fruit de quatre ateliers de consultation tenus entre novembre 2020 et janvier 2021.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Ousmane Ndiaye
Coordonnateur national
Plateforme des Associations Sénégalaises du Maroc (PASM)
+212 6 61 42 70 93
"""
    pdf = tiny_pdf(["Plateforme des Associations Senegalaises du Maroc (PASM)",
                    "Rapport volontaire collectif - Pacte mondial sur les migrations",
                    "Examen regional - Etats arabes, fevrier 2021"], title="Rapport collectif PASM")
    name = "Rapport_collectif_PASM_Pacte_mondial_2021.pdf"
    root = mixed(alt(plain, gmail_html(plain)), [attachment(pdf, "application/pdf", name)],
                 boundary="0000000000007a3c5e05bae1f2d4")
    meta = dict(from_name="Ousmane Ndiaye", from_email="pasm.coordination@gmail.com",
                subject="Rapport volontaire collectif - PASM", received_at=R(2021, 2, 9, 14, 5, 12), sender_tz=tz(1),
                lag=8, relay="mail-ej1-f44.google.com",
                mid="<CAG5pR8vYt2Lk9Wq3Zx0Nm7Bc4Df1Gh6Js8Ka2Ue@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="collective report from a diaspora network, Gmail multipart/alternative + PDF")
    return meta, root, label


@message
def h40_06():
    plain = """حضرات السادة في فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

مرفق طيه التقرير الطوعي الذي أعدّته عيادة حقوق المهاجرين في كلية الحقوق بجامعة المشرق الأهلية حول تنفيذ
الاتفاق العالمي من أجل الهجرة في الأردن، ويركّز على الهدفين 6 و13 (التوظيف العادل وعدم اللجوء إلى
الاحتجاز إلا كملاذ أخير).

مع التقدير،

د. إياد الزعبي
أستاذ مشارك – منسّق عيادة حقوق المهاجرين
كلية الحقوق – جامعة المشرق الأهلية
"""
    name = "التقرير الطوعي - عيادة حقوق المهاجرين.docx"
    docx = make_docx("التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة",
                     ["عيادة حقوق المهاجرين - كلية الحقوق", "شباط/فبراير 2021"], rtl=True)
    root = mixed(alt(plain, gmail_html(plain, rtl=True)), [attachment(docx, DOCX, name)],
                 boundary="000000000000c4e1b905bae30a77")
    meta = dict(from_name="إياد الزعبي", from_email="eyad.zoubi@mashreq-univ.example.edu.jo",
                subject="التقرير الطوعي - عيادة حقوق المهاجرين", received_at=R(2021, 2, 14, 19, 47, 3),
                lag=11, relay="mail-lj1-f170.google.com",
                mid="<CAM4vQ1nTz7Rx2Wk8Pc0Ly5Hb3Ga9Ej6Ds1Fo4Ui@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="Arabic DOCX file name (RFC 2231) from a university law clinic; no speaker request")
    return meta, root, label


@message
def h40_07():
    plain = """Dear GCM Regional Review team,

I am writing on behalf of Mr. Karim Jaber, Chief Technical Adviser of the ILO Fair Labour Migration
Project (FLMP) for the Middle East, who is currently on mission and has asked me to send this request.

Mr. Jaber would like to request a floor intervention in the plenary session on 24 February, to present
lessons learned from the project's work on recruitment fees and employer-pays principles in Jordan,
Lebanon and Kuwait.

Should you require a short bio, I will be happy to share it.

Kind regards,
Nour Saade
Programme Assistant
ILO Fair Labour Migration Project (FLMP)
Regional Office for Arab States, Beirut
T: +961 1 752 400 ext. 318
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-GB"), boundary="_000_VI1PR09MB3214B7A6D0E94C28A51D0E3FA4C21_")
    meta = dict(from_name="Nour Saade", from_email="saade@ilo-flmp.example.org",
                subject="On behalf of Karim Jaber - request for plenary intervention",
                received_at=R(2021, 2, 4, 13, 30, 56), relay="mail-vi1eur04on2090.outbound.protection.outlook.com",
                mid="<VI1PR09MB3214B7A6D0E94C28A51D0E3FA4C21@VI1PR09MB3214.eurprd09.prod.outlook.com>",
                extra_headers=outlook_headers(7, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Karim Jaber", "Chief Technical Adviser", "ILO Fair Labour Migration Project (FLMP)",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="assistant writes on behalf of the speaker; the sender's signature names another person and "
                       "title; 'for the Middle East' and the regional office line are location/context, not the name")
    return meta, root, label


@message
def h40_08():
    plain = """Bonsoir,

Le Collectif des Ressortissants Ivoiriens en Tunisie (CRIT) souhaite proposer deux intervenants pour
la consultation et la conférence régionale :

Nom                     Fonction                    Session souhaitée
----------------------  --------------------------  ------------------------------------
Aya Kouassi             Présidente                  Table ronde 2 (droits humains)
Serge Yao Konan         Chargé des affaires         Discussion ouverte du 23 février
                        juridiques

Les deux intervenants s'exprimeront en français.

Merci d'avance et bonne soirée,

Serge Yao Konan
CRIT - Tunis
+216 52 301 887
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Serge Konan", from_email="crit.tunisie@yahoo.fr",
                subject="Proposition d'intervenants - CRIT", received_at=R(2021, 2, 5, 21, 12, 40), sender_tz=tz(1),
                relay="sonic305-21.consmr.mail.ir2.yahoo.com",
                mid="<1834562290.1204817.1612552300118@mail.yahoo.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    aff = "Collectif des Ressortissants Ivoiriens en Tunisie (CRIT)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Aya Kouassi", "Présidente", aff, ["roundtable"], 2),
                           SP("Serge Yao Konan", "Chargé des affaires juridiques", aff, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="plain-text table aligned with spaces; the second title wraps onto a continuation row; "
                       "the sender is also the second speaker; 'en Tunisie' is part of the name, '- Tunis' is a location")
    return meta, root, label


@message
def h40_09():
    plain = """السلام عليكم
أرغب بتسجيل مداخلة في المائدة المستديرة الأولى باسم الجمعية التعاونية للعائدين من الخليج - أسيوط
المتحدث: محمود عبد الحميد الصعيدي
شكرا

مرسل من الـ iPhone
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Mahmoud Elsaidi", from_email="m.elsaidi.coop@gmail.com",
                subject="مداخلة", received_at=R(2021, 2, 3, 14, 9, 37), lag=14,
                relay="mail-pf1-f180.google.com", mid=MID_09, extra_headers=IPHONE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد الحميد الصعيدي", None, "الجمعية التعاونية للعائدين من الخليج",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="short iPhone message; no title; '- أسيوط' is the cooperative's location, left out; "
                       "one-word subject")
    return meta, root, label


@message
def h40_10():
    plain = """Dear organisers,

We have registered three colleagues from our network for the regional conference. Could you please
let us know:

- whether the sessions on 24-25 February will be on Zoom or on another platform, and when the
  connection links will be sent;
- whether Arabic-English-French interpretation will be available in the roundtables;
- whether observers can follow the roundtables without taking the floor.

Many thanks,
Hiba Nassar
Operations Coordinator
Levant Refugee Enterprise Hub
Sent from Outlook
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Hiba Nassar", from_email="hiba@lreh.example.org",
                subject="Conference platform and interpretation", received_at=R(2021, 2, 17, 10, 26, 18),
                relay="mail-am6eur05on2041.outbound.protection.outlook.com",
                mid="<AM6PR10MB2231C94E0A7F4D3B8E2C5A1D9F0B3@AM6PR10MB2231.eurprd10.prod.outlook.com>")
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (platform, interpretation, observers); mentions roundtables and 'taking "
                       "the floor' without proposing anyone")
    return meta, root, label


@message
def h40_11():
    plain = """تحية طيبة،

رداً على دعوتكم أدناه، ترشّح شبكة الصحفيين العرب لقضايا الهجرة واللجوء الزميلة الصحفية السيدة دعاء
المقطري، منسّقة برنامج التدريب الإعلامي في الشبكة، للمداخلة في المائدة المستديرة الرابعة حول البيانات
والسياسات القائمة على الأدلة وعدم التمييز.

مع الشكر،
فريق الشبكة

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, January 25, 2021 10:02 AM
Subject: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

""" + INVITE_AR_RT + "\n"
    root = alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True), boundary="_000_HE1PR0802MB2297D5_")
    meta = dict(from_name="شبكة الصحفيين العرب لقضايا الهجرة", from_email="info@arab-migration-journalists.example.net",
                subject="RE: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(2021, 2, 4, 17, 55, 21), lag=38,
                relay="mail-he1eur02on2077.outbound.protection.outlook.com",
                mid="<HE1PR0802MB2297D5A0C3F94E17B62D0A8C3E41@HE1PR0802MB2297.eurprd08.prod.outlook.com>",
                in_reply_to="<invite.gcm-rr-arab.20210125@iom.int>", references="<invite.gcm-rr-arab.20210125@iom.int>",
                extra_headers=outlook_headers(11, "ar-SA"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("دعاء المقطري", "منسّقة برنامج التدريب الإعلامي في الشبكة",
                              "شبكة الصحفيين العرب لقضايا الهجرة واللجوء", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="reply quoting the organisers' Arabic call (all four roundtables listed, misprinted deadline); "
                       "only the 4th is requested; 'الزميلة الصحفية السيدة' before the name; hard-wrapped name; the "
                       "display name is a shortened form of the network's name")
    return meta, root, label


@message
def h40_12():
    plain = """Madame, Monsieur,

Le Conseil régional du Moyen-Atlas a l'honneur de vous transmettre ci-joint sa contribution à l'examen
régional du Pacte mondial pour les migrations (rapport volontaire), consacrée à l'accueil et à
l'intégration des migrants dans les collectivités territoriales.

Par ailleurs, le Conseil souhaite solliciter une intervention en séance plénière le 24 ou le 25 février
de M. Abdelhakim Ouazzani, Vice-président chargé de la coopération décentralisée.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Direction de la Coopération et des Partenariats
Conseil régional du Moyen-Atlas
Tél. : +212 5 35 62 18 40

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
"""
    name = "Contribution_CRMA_examen_PMM_fevrier2021.docx"
    docx = make_docx("Contribution du Conseil régional du Moyen-Atlas",
                     ["Examen régional du Pacte mondial pour les migrations", "Février 2021"])
    root = mixed(alt(plain, outlook_html(paras(plain), lang="FR")), [attachment(docx, DOCX, name)],
                 boundary="_004_DB7PR05MB4410AA31F2C6E40D9B8E2F1AC0D55_")
    meta = dict(from_name="Coopération CRMA", from_email="cooperation@crma.example.ma",
                subject="Contribution du Conseil régional du Moyen-Atlas - Pacte mondial",
                received_at=R(2021, 2, 4, 11, 8, 33), sender_tz=tz(1), lag=61,
                mid="<DB7PR05MB4410AA31F2C6E40D9B8E2F1AC0D55@DB7PR05MB4410.eurprd05.prod.outlook.com>",
                extra_headers=outlook_headers(12, "fr-FR"))
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Abdelhakim Ouazzani", "Vice-président chargé de la coopération décentralisée",
                              "Conseil régional du Moyen-Atlas", ["plenary"], None)],
                 report_attachments=[name], thread_of=None,
                 notes="report DOCX called a 'contribution' plus a plenary speaker; name after 'M.' and title after the "
                       "name; both parts on time")
    return meta, root, label


@message
def h40_13():
    plain = """Dear colleagues,

Please find attached the voluntary GCM review report prepared by the UN Women Regional Programme on
Women Migrant Workers in the Arab States, with inputs from our partners in Jordan, Lebanon and Egypt.

Best,
Sara Lindqvist
Programme Specialist
UN Women Regional Programme on Women Migrant Workers
"""
    name = "UNW_WMW_GCM_voluntary_review_Feb2021.pdf"
    pdf = tiny_pdf(["UN Women Regional Programme on Women Migrant Workers",
                    "Voluntary GCM review report - Arab States", "February 2021"], title="GCM voluntary review")
    root = mixed(text_part(plain, "plain", "us-ascii"), [attachment(pdf, "application/octet-stream", name)],
                 boundary="_002_DB8PR02MB6043A9F2E7C14B0D8E3AF1C6D2E70_")
    meta = dict(from_name="Sara Lindqvist", from_email="sara.lindqvist@unwomen-wmw.example.org",
                subject="Voluntary GCM review report", received_at=R(2021, 2, 10, 15, 34, 2), sender_tz=tz(3),
                relay="mail-db8eur02on2069.outbound.protection.outlook.com", mid=MID_13,
                extra_headers=outlook_headers(13, "en-US"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="PDF attached as application/octet-stream (type only recognisable from the .pdf name)")
    return meta, root, label


@message
def h40_14():
    plain = """شكرا على ردكم.
بالنسبة للمسمى الوظيفي: الأستاذ محمود عبد الحميد الصعيدي هو رئيس مجلس الإدارة في الجمعية التعاونية للعائدين من
الخليج بمحافظة أسيوط، ونرجو اعتماد مشاركته في المائدة المستديرة الأولى كما ذكرنا.

مع التحية
محمود

مرسل من الـ iPhone

> في 3 فبراير 2021، الساعة 2:12 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
> شكراً لرسالتكم. تم تسجيل طلبكم تحت الرقم GCM-AR-0117.
> يرجى تزويدنا بالمسمى الوظيفي للمتحدث إن أمكن.
>
> فريق الاستعراض الإقليمي
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Mahmoud Elsaidi", from_email="m.elsaidi.coop@gmail.com",
                subject="Re: طلبكم GCM-AR-0117", received_at=R(2021, 2, 3, 20, 41, 15), lag=12,
                relay="mail-pf1-f171.google.com", mid="<B0E4A8C2-7D19-4F3E-9A61-C5D2E8F017B4@gmail.com>",
                in_reply_to=ACK_09, references=MID_09 + "\r\n " + ACK_09, extra_headers=IPHONE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد الحميد الصعيدي", "رئيس مجلس الإدارة",
                              "الجمعية التعاونية للعائدين من الخليج", ["roundtable"], 1)],
                 report_attachments=[], thread_of="h40-09.eml",
                 notes="follow-up reply to our acknowledgement of h40-09 supplying the missing title (adds something "
                       "new, so acknowledged); the organisation name wraps across lines; 'الأستاذ' honorific; 'بمحافظة أسيوط' is the location")
    return meta, root, label


@message
def h40_15():
    plain = """Bonjour,

Je suis invitée à la conférence régionale des 24 et 25 février en tant que représentante de notre
association. Pouvez-vous me dire si la conférence se tiendra en présentiel à Beyrouth ou uniquement
en ligne ? Si elle a lieu en présentiel, l'OIM peut-elle fournir une lettre d'invitation pour la
demande de visa libanais (je suis de nationalité camerounaise, résidente en Tunisie) ?

Merci pour votre retour.

Cordialement,
Mireille Ngo Bayiha

Envoyé de mon iPhone
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Mireille Ngo Bayiha", from_email="mireille.ngobayiha@yahoo.fr",
                subject="Question visa / conférence 24-25 février", received_at=R(2021, 2, 8, 9, 2, 47),
                sender_tz=tz(1), relay="sonic317-26.consmr.mail.ir2.yahoo.com",
                mid="<6E0A3B91-4C27-4D8F-B5E2-19F7A0C3D6E8@yahoo.fr>", extra_headers=IPHONE)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="visa / in-person question from an invited participant; no speaking request")
    return meta, root, label


@message
def h40_16():
    plain = """السادة الأفاضل،

نرجو التكرم بتزويدنا بجدول الأعمال المفصل للمشاورة متعددة أصحاب المصلحة يوم 23 فبراير وللمؤتمر الإقليمي
يومي 24 و25 فبراير، بما في ذلك توقيت الموائد المستديرة الأربع، وذلك لتنظيم مشاركة أعضاء وفدنا.

وشكراً،
قسم العلاقات الدولية
المجلس الوطني لحقوق الإنسان - الدوحة
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f5b3a105bb0c81e2")
    meta = dict(from_name="العلاقات الدولية", from_email="intl.relations@nhrc-qa.example.org",
                subject="طلب جدول الأعمال", received_at=R(2021, 2, 18, 12, 14, 9), sender_tz=tz(3), lag=9,
                relay="mail-oi1-f196.google.com", mid="<CAK2rD7uWm3Qx9Lp1Vb8Zn0Tc6Hf4Ye5Js2Ga7Ok@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="agenda request; mentions the consultation and the four roundtables")
    return meta, root, label


@message
def h40_17():
    plain = """Many thanks for confirming receipt!

Best,
Sara

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, 11 February 2021 09:30
To: Sara Lindqvist <sara.lindqvist@unwomen-wmw.example.org>
Subject: GCM Regional Review (Arab States) - receipt GCM-EN-0142

Dear Sara Lindqvist,

Thank you for your voluntary GCM review report (UNW_WMW_GCM_voluntary_review_Feb2021.pdf), received on
10 February 2021. Reference: GCM-EN-0142.

GCM Regional Review team
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-US"), boundary="_000_DB8PR02MB6043F10B_")
    meta = dict(from_name="Sara Lindqvist", from_email="sara.lindqvist@unwomen-wmw.example.org",
                subject="RE: GCM Regional Review (Arab States) - receipt GCM-EN-0142",
                received_at=R(2021, 2, 11, 9, 58, 40), sender_tz=tz(3),
                relay="mail-db8eur02on2069.outbound.protection.outlook.com",
                mid="<DB8PR02MB6043F10B7C2E4A9D51E08B3C6A7F2@DB8PR02MB6043.eurprd02.prod.outlook.com>",
                in_reply_to=ACK_13, references=MID_13 + "\r\n " + ACK_13, extra_headers=outlook_headers(17, "en-US"))
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h40-13.eml",
                 notes="thank-you reply to our acknowledgement of h40-13; quotes the report file name but attaches "
                       "nothing; adds nothing, so no acknowledgement")
    return meta, root, label


@message
def h40_18():
    plain = """Dear Sir/Madam,

Apologies for the late submission. We only received the invitation through our chamber of commerce
this week.

Our company, as a licensed private employment agency recruiting nurses and hospitality staff from
South and South-East Asia and East Africa, would like to contribute the perspective of ethical
recruiters in a plenary session, and the person who will speak is myself.

Regards,

Rashid Al-Kuwari
Managing Director
Al Dana Ethical Recruitment Services W.L.L.
P.O. Box 22871, Doha, Qatar
M: +974 5580 1936
www.aldana-recruitment.example.qa
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-US"), boundary="_000_PR3P193MB0871E6_")
    meta = dict(from_name="Rashid Al-Kuwari", from_email="rashid@aldana-recruitment.example.qa",
                subject="Speaking request - private sector", received_at=R(2021, 2, 7, 10, 4, 55), sender_tz=tz(3),
                relay="mail-pr3p193.outbound.protection.outlook.com",
                mid="<PR3P193MB0871E6C4A2D94F3B0E7A1C5D8B92E@PR3P193MB0871.EURP193.PROD.OUTLOOK.COM>",
                extra_headers=outlook_headers(18, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rashid Al-Kuwari", "Managing Director", "Al Dana Ethical Recruitment Services W.L.L.",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="after the speaker deadline (Sunday 7 Feb); speaker is the sender ('myself'), name/title/"
                       "company only in the signature; company name with legal suffix W.L.L.")
    return meta, root, label


@message
def h40_19():
    plain = """Bonjour à toute l'équipe,

Chercheuse indépendante travaillant depuis huit ans sur les migrations de travail entre l'Afrique de
l'Ouest et le Golfe, je souhaiterais intervenir lors de la table ronde n°4 (données, politiques
fondées sur des éléments factuels, non-discrimination et coopération internationale).

Je m'appelle Fatoumata Camara et je prépare actuellement une étude sur les données consulaires
relatives aux travailleuses domestiques sénégalaises et guinéennes au Liban.

Bien cordialement,
F. Camara
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_9B2D6E41-0C7A-4F85-A3E1-6D5C8B2F7A90")
    meta = dict(from_name="Fatoumata Camara", from_email="fatoumata.camara@icloud.com",
                subject="Table ronde 4 - demande d'intervention", received_at=R(2021, 2, 3, 22, 48, 6), sender_tz=tz(0),
                relay="st43p00im-ztdg10073201.me.com", mid="<7A3E5C19-2B0D-4E86-9F14-8C6D0A2B3E57@icloud.com>",
                extra_headers=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Fatoumata Camara", "Chercheuse indépendante", None, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="no affiliation (independent researcher); the title opens the first sentence; the signature "
                       "abbreviates the first name; 'table ronde n°4'")
    return meta, root, label


@message
def h40_20():
    plain = """---------- Forwarded message ---------
من: عبد الرحمن باوزير <chairman@yemeni-diaspora-gulf.example.org>
Date: السبت، 13 فبراير 2021 في 9:20 م
Subject: التقرير النهائي
To: <media@yemeni-diaspora-gulf.example.org>


يرجى إرسال التقرير المرفق إلى المنظمة الدولية للهجرة على العنوان المذكور في الدعوة.

عبد الرحمن باوزير
رئيس رابطة المغتربين اليمنيين في دول الخليج
"""
    top = """تحية طيبة،
نرسل إليكم التقرير الطوعي لرابطة المغتربين اليمنيين في دول الخليج بشأن الاتفاق العالمي من أجل الهجرة، بناءً على
توجيه رئيس الرابطة (الرسالة أدناه).
مع الشكر،
المكتب الإعلامي

"""
    name = "تقرير رابطة المغتربين اليمنيين - الاتفاق العالمي.pdf"
    pdf = tiny_pdf(["Yemeni Diaspora League in the Gulf", "Voluntary GCM review report (Arabic)", "February 2021"],
                   title="Voluntary report")
    body = top + plain
    root = mixed(alt(body, gmail_html(body, rtl=True)), [attachment(pdf, "application/pdf", name, style="2047")],
                 boundary="000000000000a8e2d105bb4f6c31")
    meta = dict(from_name="المكتب الإعلامي", from_email="media@yemeni-diaspora-gulf.example.org",
                subject="Fwd: التقرير النهائي", received_at=R(2021, 2, 15, 11, 37, 20), sender_tz=tz(4), lag=10,
                relay="mail-qk1-f182.google.com", mid="<CAP7sW3mRx1Qz8Lk2Nd9Vc4Bh0Ty6Ge5Ua3Jo1Fi@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="Gmail forward of an internal message; Arabic PDF name as RFC 2047 encoded-words inside the "
                       "quoted parameter (Outlook style); the quoted chairman signature is not a speaker request")
    return meta, root, label


@message
def h40_21():
    html = outlook_html("""<p class=MsoNormal>Dear GCM Regional Review Team,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The Labour Welfare Section of the Embassy of Sri Lanka in Muscat wishes to take part in the open discussion of the multi-stakeholder consultation on 23 February 2021. Details of our representative are given below:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=grid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal>Mrs. Dilani Perera Wickramasinghe</p></td></tr>
<tr><td><p class=MsoNormal><b>Designation</b></p></td><td><p class=MsoNormal>First Secretary (Labour)</p></td></tr>
<tr><td><p class=MsoNormal><b>Organisation</b></p></td><td><p class=MsoNormal>Labour Welfare Section, Embassy of Sri Lanka, Muscat</p></td></tr>
<tr><td><p class=MsoNormal><b>Email</b></p></td><td><p class=MsoNormal>labour.muscat@slembassy-om.example.org</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Labour Welfare Section<br>Embassy of Sri Lanka<br>Muscat, Sultanate of Oman<br>Tel: +968 2469 7841</p>""",
                        lang="EN-US")
    plain = """Dear GCM Regional Review Team,

The Labour Welfare Section of the Embassy of Sri Lanka in Muscat wishes to take part in the open discussion of the multi-stakeholder consultation on 23 February 2021. Details of our representative are given below:

Name

Mrs. Dilani Perera Wickramasinghe

Designation

First Secretary (Labour)

Organisation

Labour Welfare Section, Embassy of Sri Lanka, Muscat

Email

labour.muscat@slembassy-om.example.org

Thank you.

Labour Welfare Section
Embassy of Sri Lanka
Muscat, Sultanate of Oman
Tel: +968 2469 7841
"""
    root = alt(plain, html, boundary="----=_NextPart_000_0077_01D6FB02.3C4D5E60")
    meta = dict(from_name="Labour Welfare Section", from_email="labour.muscat@slembassy-om.example.org",
                subject="Participation - open discussion 23 February", received_at=R(2021, 2, 4, 8, 40, 31),
                sender_tz=tz(4), lag=44, mid="<007701d6fb02$3c4d5e60$b5e81b20$@slembassy-om.example.org>",
                extra_headers=outlook_headers(21, "en-us"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Dilani Perera Wickramasinghe", "First Secretary (Labour)",
                              "Labour Welfare Section, Embassy of Sri Lanka", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="two-column HTML table (Outlook), text/plain flattens each cell onto its own line; 'Mrs.' "
                       "dropped; 'Designation' = title; ', Muscat' is the location; embassy labour office")
    return meta, root, label


@message
def h40_22():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association des Camerounais de Tunisie pour
l'Entraide (ACTE) sur la mise en oeuvre du Pacte mondial. Nous nous excusons pour ce léger retard, dû
à la validation tardive par notre assemblée générale.

Salutations fraternelles,

Jean-Paul Mbarga Essomba
Secrétaire général, ACTE
Tunis - +216 98 412 650
"""
    name = "Rapport volontaire ACTE - PMM 2021.docx"
    docx = make_docx("Rapport volontaire ACTE", ["Pacte mondial pour des migrations sûres, ordonnées et régulières",
                                                  "Tunis, février 2021"])
    root = mixed(text_part(plain, "plain", "iso-8859-1", "qp"), [attachment(docx, DOCX, name)],
                 boundary="------------0B7E2A94C1D53F68E2A1B0C9")
    meta = dict(from_name="Jean-Paul Mbarga Essomba", from_email="acte.tunisie@gmx.fr",
                subject="Rapport volontaire ACTE (PMM)", received_at=R(2021, 2, 17, 9, 12, 5), sender_tz=tz(1),
                relay="mout.gmx.net", mid="<3d9f1b2c-61a4-8e07-c5f2-0a7b94e1d3c6@gmx.fr>", extra_headers=TBIRD)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="report arrives the morning after the extended 16 Feb deadline (late); file name with spaces; "
                       "latin-1 quoted-printable body")
    return meta, root, label


@message
def h40_23():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة – المنظمة الدولية للهجرة
تحية طيبة وبعد،

بالإشارة إلى الدعوة الموجهة إلى الوزارة للمشاركة في المؤتمر الإقليمي، نفيدكم بأن الوزارة ترشّح السيد
سالم بن حمد الحارثي، مدير عام شؤون العمالة الوافدة بوزارة العمل، لإلقاء كلمة الوزارة في الجلسة العامة.

وتقبلوا خالص التحية والتقدير،

دائرة التعاون الدولي
وزارة العمل – سلطنة عُمان

تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة لمن وجهت إليه فقط.
"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-OM", rtl=True), charset="windows-1256",
               boundary="_000_MOL-EX02-4a7c9e1f_")
    meta = dict(from_name="دائرة التعاون الدولي", from_email="intl.coop@mol-om.example.gov", hdr_charset="windows-1256",
                subject="ترشيح ممثل الوزارة", received_at=R(2021, 2, 5, 22, 40, 13), sender_tz=tz(4), lag=73,
                relay="smtp.mol-om.example.gov", mid="<4a7c9e1f3b2d4c68a0e5f71b9d2c8e03@MOL-EX02.mol-om.example.gov>",
                extra_headers=outlook_headers(23, "ar-OM"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالم بن حمد الحارثي", "مدير عام شؤون العمالة الوافدة بوزارة العمل", "وزارة العمل",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="ministry nominates an official; السيد before a name wrapped across lines; 'كلمة في الجلسة "
                       "العامة' = plenary; 80 minutes before the speaker deadline (Date header in +04:00 reads after "
                       "midnight); '– سلطنة عُمان' is the country")
    return meta, root, label


@message
def h40_24():
    plain = """Bonjour,

Le Forum Tunisien des Jeunes pour la Mobilité (FTJM) souhaite proposer son président, M. Walid Trabelsi,
comme rapporteur chargé de présenter les messages clés des parties prenantes, et, à défaut, pour une
intervention dans la table ronde 1 sur les voies de migration régulière et le travail décent.

Cordialement,
Amel Jaziri
Chargée de communication
FTJM
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000b71a9c05bad8e4f0")
    meta = dict(from_name="Amel Jaziri", from_email="ftjm.tunisie@gmail.com",
                subject="Proposition FTJM - rapporteur", received_at=R(2021, 2, 5, 11, 20, 48), sender_tz=tz(1),
                lag=7, relay="mail-wm1-f50.google.com",
                mid="<CAN1yT6pQw8Zr3Lx0Kc5Vb2Nd7Hg9Ej4Fs1Ua6Mo@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Walid Trabelsi", "président", "Forum Tunisien des Jeunes pour la Mobilité (FTJM)",
                              ["rapporteur", "roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two roles with a fallback ('à défaut'); title 'son président' lower-case before 'M.'; "
                       "'Tunisien' is part of the name; the sender (communication officer) is not the speaker")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    sd, rd = R(2021, 2, 5, 23, 59, 59), R(2021, 2, 16, 23, 59, 59)
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = "7F%02dB%sK2" % (i, "c4W")
        for j, part in enumerate(root.walk()):  # nested parts built without an explicit boundary
            if part.is_multipart() and part.get_boundary() is None:
                part.set_boundary("----=_Part_%d_%d.1612%06d" % (i, j, i * 7919))
        name = "h40-%02d.eml" % i
        assert fn.__name__ == "h40_%02d" % i, fn.__name__
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat = label["category"]
        rat = meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout40"), MESSAGES)
