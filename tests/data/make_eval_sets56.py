#!/usr/bin/env python3
"""Evaluation set holdout56 for gcm-intake: tests/data/holdout56 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets56.py
Written without reading intake/ or rules/.  One ordinary week or so of the review mailbox: speaker
requests, voluntary reports, one message doing both and a few questions, in Arabic, English and French.
Messages are listed in the order the server received them; h56-NN numbers follow that order.
"""
import datetime as dt
import io
import json
import os
import struct
import zipfile
import zlib
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout56")
MAILBOX = "gcmrrarabstates@iom.int"
EET = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=EET)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=EET)


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def R(d, h, mi, s=0):
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=EET)


# ------------------------------------------------------------------ tiny attachment payloads
def tiny_pdf(lines, title):
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (Microsoft Word for Microsoft 365) >>").encode("latin-1"),
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


DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" \
ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" \
ContentType="application/xml"/><Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="word/document.xml"/></Relationships>"""


def tiny_docx(paragraphs, rtl=False):
    """Minimal valid DOCX (content types, package rels, one document part), fixed timestamps."""
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
           f'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS),
                           ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


def tiny_png(rgb=(31, 56, 100), w=16, h=8):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if cte == "8bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
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


def attachment(data, ctype, filename, style="2231", disposition="attachment", cid=None):
    maintype, subtype = ctype.split("/")
    if maintype == "image":
        p = MIMEImage(data, subtype)
    elif ctype == "application/octet-stream":
        p = MIMEBase("application", "octet-stream")
        p.set_payload(data)
        encoders.encode_base64(p)
    else:
        p = MIMEApplication(data, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        p.add_header("Content-ID", f"<{cid}>")
    return p


def mixed(body, parts, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in parts:
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


def gmail_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>"
            f"</head>\n<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\"{d}><div class=WordSection1>\n{inner}\n"
            "</div></body></html>\n")


def mso(text):
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
        for para in text.split("\n\n"))


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">' + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                                  for ln in text.split("\n")) + "</body></html>\n")


def flowed(text):
    """format=flowed soft breaks: a trailing space on each line that continues a paragraph.

    Only paragraphs of more than one line whose lines are long (wrapped prose) are soft-broken, so
    short lines such as a signature block keep their hard breaks.
    """
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 and all(len(ln) > 60 for ln in lines[:-1]):
            lines = [ln + " " for ln in lines[:-1]] + lines[-1:]
        out.append("\n".join(lines))
    return "\n\n".join(out)


# ------------------------------------------------------------------ envelope
def enc(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), email)


def render(m, root, n):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", EET))
    relay = m.get("relay", "mail." + host)
    h = [
        "Return-Path: <{}>".format(m["from_email"]),
        "Delivered-To: " + MAILBOX,
        f"Received: from {relay} ({relay} [203.0.113.{20 + n * 9}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id "
        f"4DZ{n:02d}k56Wq\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
        f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host}",
        "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
        "To: " + m.get("to", MAILBOX),
    ]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("extra", []))
    h.append("MIME-Version: 1.0")
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"----=_NextPart_{k:03d}_{n * 2741:04X}_01D6F{n:02d}A.{n * 40503:08X}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}k56Vq3mYpRkC0uTt7yW2xQ==",
            "Content-Language: " + lang]


GMAIL = []
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.0"]
APPLE = ["X-Mailer: Apple Mail (2.3608.120.23.2.4)"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def label(category, language, speakers=(), report=(), thread_of=None, notes="", acknowledge=True):
    return dict(category=category, language=language, acknowledge=acknowledge, speakers=list(speakers),
                report_attachments=list(report), thread_of=thread_of, notes=notes)


# ------------------------------------------------------------------ the organisers' call (as quoted in replies)
CALL_MID = "<AM0PR04MB5763A1C2E9F04B7D2C1E8A55B3120@AM0PR04MB5763.eurprd04.prod.outlook.example.com>"
CALL_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021).

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021.

Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration
Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention
Roundtable 3: Social inclusion and cohesion, access to services, remittances and diaspora contributions
Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation

Best regards,
GCM Regional Review Secretariat"""

MESSAGES = []


def message(key):
    def deco(fn):
        MESSAGES.append((key, fn))
        return fn
    return deco


MID = {
    "union": "<VI1PR0601MB2254C3F0A8D1E5B94F27C0A1D9F70@VI1PR0601MB2254.eurprd06.prod.outlook.example.com>",
    "yemen": "<000c01d6f8a4$2b91c7e0$82b557a0$@ywro-ye.example.org>",
    "unfpa": "<DM6PR12MB4187E0B4D91A23C6F58E21AAB7B90@DM6PR12MB4187.namprd12.prod.outlook.example.com>",
    "ack_yemen": "<ack.GCM-AR-0007.20210201T1126@gcm-intake.iom.int>",
}


# ================================================================== messages, in order of arrival
@message("union")
def m_union():
    plain = """Dear GCM Regional Review Secretariat,

Thank you for your invitation below. The General Union of Bakers and Pastry
Workers in Jordan would like to take part in the Regional Review Conference.

Our members are mostly Egyptian, Syrian and Bangladeshi workers in bakeries
and sweets factories in Amman, Zarqa and Irbid, many of them on short
contracts and without social security, so we believe we have something to
say about decent work and regular pathways.

We would like our President, Mr. Mahmoud Obeidat, to make a floor
intervention in Roundtable 1 (regular pathways and decent work).

Kind regards,

Rami Haddadin
Head of International Relations
General Union of Bakers and Pastry Workers in Jordan (GUBPW)
Tel: +962 6 4651 230 | Mobile: +962 79 551 8274
Jabal Al-Hussein, Amman - Jordan

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, January 29, 2021 3:02 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

""" + CALL_EN + "\n"
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Rami Haddadin", from_email="r.haddadin@gubpw-jo.example.org",
                subject="RE: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=R(1, 9, 47, 12), sender_tz=tz(2), lag=38, mid=MID["union"],
                in_reply_to=CALL_MID, references=CALL_MID, extra=outlook(1, "en-US"))
    lab = label("speaker_request", "en",
                [SP("Mahmoud Obeidat", "President", "General Union of Bakers and Pastry Workers in Jordan (GUBPW)",
                    ["roundtable"], 1)],
                notes="reply to the organisers' call, which is quoted below (Outlook style, not '>'-prefixed) and "
                      "lists all roles, all four roundtables and both deadlines; the sender (head of international "
                      "relations) nominates the union's president; name of the union hard-wrapped in the body, "
                      "full form with acronym only in the signature")
    return meta, root, lab


@message("yemen")
def m_yemen():
    plain = """حضرة السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،
سعادة منسقة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمة،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يتشرف المرصد اليمني لحقوق المرأة بترشيح رئيسته لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقررة، وذلك على النحو الآتي:

الاسم: الدكتورة أمل سالم باشراحيل
الصفة: رئيسة المرصد
الجهة: المرصد اليمني لحقوق المرأة

وقد عملت الدكتورة أمل خلال السنوات الخمس الماضية على توثيق أوضاع النساء المهاجرات القادمات من القرن الأفريقي عبر السواحل اليمنية.

وتفضلوا بقبول فائق الاحترام والتقدير،

هدى عبد الله العمودي
مسؤولة العلاقات الخارجية
المرصد اليمني لحقوق المرأة - عدن
جوال: 967733412908+
"""
    root = alt(plain, outlook_html(mso(plain), "AR-SA", rtl=True), charset="windows-1256", cte="qp")
    meta = dict(from_name="هدى العمودي", from_email="huda.alamoudi@ywro-ye.example.org", hdr_charset="windows-1256",
                subject="ترشيح مقررة - المرصد اليمني لحقوق المرأة", received_at=R(1, 11, 25, 40),
                sender_tz=tz(3), lag=55, mid=MID["yemen"], extra=outlook(2, "ar-YE"))
    lab = label("speaker_request", "ar",
                [SP("أمل سالم باشراحيل", "رئيسة المرصد", "المرصد اليمني لحقوق المرأة", ["rapporteur"])],
                notes="formal Arabic salutations ('حضرة السادة', 'سعادة منسقة'); 'الدكتورة' is an honorific, not "
                      "part of the name; 'بصفة مقررة' = rapporteur; the sender (external relations officer) is not "
                      "the speaker; signature adds the city after the organisation ('- عدن'); windows-1256 body "
                      "and RFC 2047 windows-1256 headers")
    return meta, root, lab


@message("visa")
def m_visa():
    plain = """السلام عليكم ورحمة الله،

نحن رابطة العمال السودانيين في الأردن، وصلتنا دعوتكم للمؤتمر الإقليمي وحابين نشارك.
عندنا سؤال قبل ما نرسل اسم المشارك: هل المؤتمر يوم 24 و25 فبراير حضوري في بيروت ولا أونلاين؟
وإذا كان حضوري، هل تقدمون خطاب دعوة رسمي عشان طلب الفيزا؟ ممثلنا يحمل جواز سفر سوداني والسفارة تطلب خطاب من الجهة المنظمة وتأخذ حوالي أسبوعين.

وشكراً لكم مقدماً

عثمان الطيب
أمين الشؤون الاجتماعية
رابطة العمال السودانيين في الأردن
0797 224 518
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000a4c15b05ba4d7e21")
    meta = dict(from_name="Osman Eltayeb", from_email="osman.eltayeb.sd@gmail.example.com",
                relay="mail-wr1-f54.google.example.com",
                subject="استفسار عن التأشيرة", received_at=R(1, 16, 5, 9), sender_tz=tz(2), lag=3,
                mid="<CAF7kQ2pWv0yN3s8-HcRt1mBx6LdZ9aEoU4jKf2Gn5iPq7Ts@mail.gmail.com>", extra=GMAIL)
    lab = label("other", "ar",
                notes="visa / logistics question before a speaker request: 'قبل ما نرسل اسم المشارك' - no speaker "
                      "named yet, so not a speaker request; colloquial (Levantine/Sudanese) Arabic; personal "
                      "Gmail with an English display name")
    return meta, root, lab


@message("ministry")
def m_ministry():
    plain = """République de Djibouti
Ministère de la Solidarité Nationale et de la Mobilité Humaine
Secrétariat Général

Djibouti, le 2 février 2021

Réf : N° 0147/MSNMH/SG/2021
Objet : Désignation d'un intervenant - Conférence régionale d'examen du
Pacte mondial pour des migrations sûres, ordonnées et régulières (région arabe)

Madame, Monsieur,

Faisant suite à votre lettre d'invitation relative à la première Conférence
régionale d'examen du Pacte mondial pour les migrations dans la région arabe,
j'ai l'honneur de vous informer que le Ministère de la Solidarité Nationale et
de la Mobilité Humaine a désigné M. Abdourahman Ali Miguil, Directeur de la
Population et des Migrations, pour prendre la parole lors de la session
plénière de la Conférence, les 24 et 25 février 2021.

Vous trouverez ci-joint la lettre officielle signée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute
considération.

Le Secrétaire Général
Hassan Omar Bourhan

--
Secrétariat Général
Ministère de la Solidarité Nationale et de la Mobilité Humaine
Tél. : +253 21 35 48 10
"""
    letter = tiny_pdf(["REPUBLIQUE DE DJIBOUTI", "Ministere de la Solidarite Nationale et de la Mobilite Humaine",
                       "Ref : N 0147/MSNMH/SG/2021", "Objet : Designation d'un intervenant",
                       "M. Abdourahman Ali Miguil, Directeur de la Population et des Migrations"],
                      "Lettre 0147 MSNMH")
    root = mixed(alt(plain, outlook_html(mso(plain), "FR"), charset="iso-8859-1"),
                 [attachment(letter, "application/pdf", "Lettre_0147_MSNMH_SG_2021.pdf")])
    meta = dict(from_name="Secrétariat Général MSNMH", from_email="sg@msnmh.gouv.example.dj",
                hdr_charset="iso-8859-1",
                subject="Réf : N° 0147/MSNMH/SG/2021 - Désignation d'un intervenant", received_at=R(2, 10, 31, 4),
                sender_tz=tz(3), lag=70, mid="<001501d6f954$8e2d0a30$aa871e90$@msnmh.gouv.example.dj>",
                extra=outlook(4, "fr-FR"))
    lab = label("speaker_request", "fr",
                [SP("Abdourahman Ali Miguil", "Directeur de la Population et des Migrations",
                    "Ministère de la Solidarité Nationale et de la Mobilité Humaine", ["plenary"])],
                notes="Member State ministry, letter layout with 'Réf :' and 'Objet :' lines; the signed letter is "
                      "attached as a PDF but it is not a voluntary report; speaker's title and the ministry name are "
                      "hard-wrapped across lines in the body; the signatory (secretary-general) is not the speaker; "
                      "ISO-8859-1")
    return meta, root, lab


@message("cmdm")
def m_cmdm():
    plain = """Madame, Monsieur,

Au nom de la Coalition Marocaine pour les Droits des Migrants (CMDM), nous
avons le plaisir de vous transmettre ci-joint notre rapport volontaire
collectif d'examen du Pacte mondial sur les migrations (PMM).

Ce rapport a été rédigé par les onze associations membres de la Coalition
(Oujda, Nador, Tanger, Rabat, Casablanca, Agadir et Laâyoune), sur la base
de quatre ateliers régionaux et d'une cinquantaine d'entretiens avec des
migrant·e·s et des acteurs publics locaux, entre octobre 2020 et janvier 2021.

Nous restons à votre disposition pour toute précision.

Bien cordialement,

--\x20
Latifa Ouazzani
Chargée de coordination
Coalition Marocaine pour les Droits des Migrants (CMDM)
+212 6 61 42 07 93
"""
    docx = tiny_docx(["Rapport volontaire collectif d'examen du PMM", "Coalition Marocaine pour les Droits des Migrants",
                      "1. Introduction", "2. Méthodologie", "3. Constats par objectif", "4. Recommandations"])
    root = mixed(text_part(flowed(plain), "plain", "utf-8", "8bit", flowed=True),
                 [attachment(docx, DOCX_CT, "Rapport_collectif_CMDM_PMM_février2021.docx")],
                 boundary="------------4C0D7A3E91B25F86E0B3D2A1")
    meta = dict(from_name="Latifa Ouazzani", from_email="coordination@cmdm-maroc.example.org",
                subject="Rapport volontaire collectif - CMDM", received_at=R(2, 15, 40, 27), sender_tz=tz(1), lag=44,
                mid="<5e8f13a2-0c7d-4b19-9e2a-d3f6b0a47c18@cmdm-maroc.example.org>",
                extra=THUNDERBIRD + ["Content-Language: fr"])
    lab = label("voluntary_report", "fr", report=["Rapport_collectif_CMDM_PMM_février2021.docx"],
                notes="collective report of an 11-member coalition; Thunderbird format=flowed 8bit body; DOCX name "
                      "with 'é' as RFC 2231 (filename*=utf-8''...)")
    return meta, root, lab


@message("ghana")
def m_ghana():
    rows = [("Kwabena Asante-Darko", "National Coordinator", "GMWAG", "Plenary session"),
            ("Abena Serwaa Boateng", "Welfare and Remittances Officer", "GMWAG", "Roundtable 3")]
    intro = ("Dear Sir/Madam,\n\nThe Ghanaian Migrant Workers Association in the Gulf (GMWAG) is pleased to "
             "submit the following speakers for the Regional Review Conference on 24-25 February:")
    outro = ("Both speakers have registered through the online form. Ms Boateng will speak on the cost of "
             "sending remittances home and on community savings groups.\n\nThank you and best regards,\n\n"
             "Yaw Mensah\nSecretary\nGMWAG, Doha\nWhatsApp +974 5512 8830")
    plain = (intro + "\n\n" + "Name | Title | Organisation | Session\n"
             + "\n".join(" | ".join(r) for r in rows) + "\n\n" + outro + "\n")
    table = ('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
             "<tr><th>Name</th><th>Title</th><th>Organisation</th><th>Session</th></tr>"
             + "".join("<tr>{}</tr>".format("".join(f"<td>{escape(c)}</td>" for c in r)) for r in rows) + "</table>")
    html = ('<div dir="ltr">' + gmail_html(intro) + "<div><br></div>" + table + "<div><br></div>"
            + gmail_html(outro) + "</div>\n")
    root = alt(plain, html, boundary="0000000000001f7e3805ba5f09c4")
    meta = dict(from_name="Yaw Mensah", from_email="gmwag.secretary@gmail.example.com",
                relay="mail-lj1-f171.google.example.com",
                subject="Speakers for the GCM Regional Review - GMWAG", received_at=R(2, 18, 10, 50), sender_tz=tz(3),
                lag=6, mid="<CAGx3Hn0bT7q-Lw2sKc9pVd4eYf1Ru8mZaN5oJ6iXh0QyE2w@mail.gmail.com>", extra=GMAIL)
    aff = "Ghanaian Migrant Workers Association in the Gulf (GMWAG)"
    lab = label("speaker_request", "en",
                [SP("Kwabena Asante-Darko", "National Coordinator", aff, ["plenary"]),
                 SP("Abena Serwaa Boateng", "Welfare and Remittances Officer", aff, ["roundtable"], 3)],
                notes="two speakers in an HTML table (pipe-separated rows in the text alternative); the table only "
                      "gives the acronym, the full name is in the first sentence; signature 'GMWAG, Doha' adds a "
                      "location; the sender (secretary) is not a speaker")
    return meta, root, lab


UNFPA_PLAIN = """Dear colleagues,

I would be grateful if I could be given the floor during Roundtable 2 on
protecting the human rights of migrants, to share what we have learned from
running GBV response services for migrant women along the central
Mediterranean route, including in detention settings.

Many thanks in advance,
Hiba

Dr. Hiba Elmabrouk
Gender and Migration Programme Specialist
UNFPA Libya Country Office
Tripoli, Libya
Mobile: +218 91 228 4417 | Skype: hiba.elmabrouk.unfpa

This e-mail and any attachments are intended solely for the addressee and may contain
confidential information. If you have received it in error, please notify the sender and
delete it. Any views expressed are those of the author and not necessarily those of UNFPA.
"""


@message("unfpa")
def m_unfpa():
    root = alt(UNFPA_PLAIN, outlook_html(mso(UNFPA_PLAIN)), boundary="_000_DM6PR12MB4187E0B4D91A23C6F58E21AAB7B90_")
    meta = dict(from_name="Hiba Elmabrouk", from_email="elmabrouk@unfpa.example.org",
                subject="Request to speak - Roundtable 2", received_at=R(3, 9, 5, 33), sender_tz=tz(2), lag=29,
                mid=MID["unfpa"], extra=outlook(7, "en-US"))
    lab = label("speaker_request", "en",
                [SP("Hiba Elmabrouk", "Gender and Migration Programme Specialist", "UNFPA Libya Country Office",
                    ["roundtable"], 2)],
                notes="UN agency staff member asking for herself: the body only says 'I' and signs 'Hiba'; full "
                      "name (after 'Dr.'), title and affiliation only in the signature, followed by a city line and "
                      "a disclaimer; later changed to Roundtable 4 by a reply")
    return meta, root, lab


@message("mali")
def m_mali():
    plain = """Bonjour,

Le Collectif des Travailleurs Maliens au Maroc (CTMM) souhaite participer à la discussion ouverte de la consultation multipartite du 23 février.

Notre intervenant sera M. Boubacar Sangaré.

Merci de nous confirmer la bonne réception.

Cordialement,
Fatoumata Coulibaly
Secrétaire à l'information, CTMM
Casablanca
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_7B2E0C94-51A3-4F8D-9C6E-2A1B3D4E5F60")
    meta = dict(from_name="Fatoumata Coulibaly", from_email="f.coulibaly.ctmm@yahoo.example.fr",
                relay="sonic306-21.consmr.mail.ir2.yahoo.example.com",
                subject="Participation CTMM - consultation du 23 février", received_at=R(3, 11, 50, 2),
                sender_tz=tz(1), lag=35, mid="<9D3A2F61-8E4B-4C07-B5A1-6F0E2D9C7B34@yahoo.example.fr>", extra=APPLE)
    lab = label("speaker_request", "fr",
                [SP("Boubacar Sangaré", None, "Collectif des Travailleurs Maliens au Maroc (CTMM)",
                    ["open_discussion"])],
                notes="speaker's title not given (null); the title in the signature belongs to the sender, not to "
                      "the speaker; 'discussion ouverte de la consultation multipartite' = open_discussion")
    return meta, root, lab


@message("phone")
def m_phone():
    plain = """مرحبا
حابة اطلب مداخلة بالمائدة المستديرة الرابعة عن البيانات
سارة الحلبي - محررة بيانات - مختبر سوريا للإعلام المواطن
شكرا

أُرسلت من الـ iPhone
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Sara Halabi", from_email="sara.halabi@syrialab-media.example.org",
                subject="طلب مداخلة", received_at=R(3, 22, 14, 8), sender_tz=tz(3), lag=12,
                mid="<E47B0A1C-93D2-4F6E-A8B5-1C2D3E4F5A6B@syrialab-media.example.org>", extra=IPHONE)
    lab = label("speaker_request", "ar",
                [SP("سارة الحلبي", "محررة بيانات", "مختبر سوريا للإعلام المواطن", ["roundtable"], 4)],
                notes="short message typed on a phone, colloquial, no punctuation; name, title and affiliation on "
                      "one dash-separated line; roundtable as an ordinal word ('الرابعة'); Arabic 'Sent from my "
                      "iPhone'; English display name")
    return meta, root, lab


@message("imwsn")
def m_imwsn():
    plain = """Dear Sir/Madam,

On behalf of the Indonesian Migrant Workers Solidarity Network (IMWSN), please find attached our voluntary GCM review report.
The report is based on a survey of 214 Indonesian domestic workers in the UAE and on case files from our shelter referrals in 2019-2020.

We hope it is useful for the regional review.

Regards,

Dewi Lestari
Secretary, IMWSN Abu Dhabi Chapter
+971 50 771 3928
"""
    pdf = tiny_pdf(["Indonesian Migrant Workers Solidarity Network (IMWSN)", "Voluntary GCM Review Report 2021",
                    "1. Background", "2. Survey of 214 domestic workers", "3. Recommendations"],
                   "IMWSN Voluntary GCM Review Report")
    root = mixed(alt(plain, gmail_html(plain)),
                 [attachment(pdf, "application/octet-stream", "IMWSN_Voluntary_Report_GCM_2021.pdf")],
                 boundary="----=_Part_1290455_1873207722.1612419912310")
    meta = dict(from_name="Dewi Lestari", from_email="dewi.lestari@yahoo.example.com",
                relay="sonic312-24.consmr.mail.bf2.yahoo.example.com",
                subject="Voluntary GCM review report - IMWSN", received_at=R(4, 8, 30, 16), sender_tz=tz(4), lag=21,
                mid="<1837219005.1290456.1612419912311@mail.yahoo.example.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    lab = label("voluntary_report", "en", report=["IMWSN_Voluntary_Report_GCM_2021.pdf"],
                notes="the PDF report is sent as application/octet-stream (Yahoo web mail): recognise it by its "
                      "name/content, not its MIME type; Date header in +04:00")
    return meta, root, lab


@message("comedy")
def m_comedy():
    plain = """Bonjour à toute l'équipe,

Je me permets de vous écrire au nom de la Compagnie Éclats de Rire, une
troupe de théâtre comique qui travaille depuis 2016 avec des jeunes
migrants subsahariens et tunisiens (ateliers d'improvisation, spectacles
de rue, théâtre-forum dans les quartiers).

Nous serions très heureux que notre metteuse en scène et cofondatrice,
Mme Inès Ben Ammar, puisse intervenir dans n'importe quelle table ronde que
vous jugerez pertinente : son intervention porterait sur l'humour comme
outil contre les discours de haine et pour la cohésion sociale.

En vous remerciant de votre attention, et au plaisir de vous lire,

Walid Jaziri
Chargé de production
Compagnie Éclats de Rire – Tunis
www.eclatsderire.example.tn
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000c3d71a05ba6e2f90")
    meta = dict(from_name="Walid Jaziri", from_email="production@eclatsderire.example.tn",
                subject="Proposition d'intervenante - Compagnie Éclats de Rire", received_at=R(4, 12, 10, 45),
                sender_tz=tz(1), lag=18, mid="<CAPm8vX2dR0w-T5kLq7jYb3nHs1Fz9cGe4uOa6iMk2NrW0tB@mail.gmail.com>",
                extra=GMAIL)
    lab = label("speaker_request", "fr",
                [SP("Inès Ben Ammar", "metteuse en scène et cofondatrice", "Compagnie Éclats de Rire", ["roundtable"])],
                notes="'n'importe quelle table ronde que vous jugerez pertinente': roundtable role with no number "
                      "(null); title given before the name ('notre metteuse en scène et cofondatrice, Mme ...'); "
                      "signature adds '– Tunis' as the location; the sender (production officer) is not the speaker")
    return meta, root, lab


@message("faculty")
def m_faculty():
    plain = """السادة المنظمين المحترمين،

تحية طيبة وبعد،

يسر كلية الاقتصاد والإدارة في جامعة الشرق للعلوم التطبيقية أن تقترح مشاركة اثنين من أعضاء هيئتها التدريسية في أعمال الاستعراض الإقليمي، وذلك كما يلي:

1- الدكتور خالد يوسف النعيمي – أستاذ اقتصاديات العمل – كلية الاقتصاد والإدارة، جامعة الشرق للعلوم التطبيقية – المشاركة في النقاش المفتوح للمشاورة يوم 23 شباط/فبراير.
2- الدكتورة ريم عادل الزعبي – أستاذة مساعدة في الاقتصاد القياسي – الكلية نفسها – مداخلة في المائدة المستديرة الأولى.

ونرفق لكم نبذة مختصرة عن كل منهما عند الطلب.

مع فائق الاحترام،

أ.د. سمير الخطيب
عميد كلية الاقتصاد والإدارة
جامعة الشرق للعلوم التطبيقية
هاتف: +963 11 612 4570
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000005e20b405ba70c3a8")
    meta = dict(from_name="د. سمير الخطيب", from_email="dean.econ@esu-sy.example.edu",
                relay="mail-ed1-f41.google.example.com",
                subject="ترشيح متحدثين من كلية الاقتصاد والإدارة", received_at=R(4, 14, 45, 20), sender_tz=tz(2),
                lag=9, mid="<CAK2pR7w0Nq-M3xTd8vLs5bYh1Gf6cJe9uZa4iOk0QnW2tE@mail.gmail.com>", extra=GMAIL)
    aff = "كلية الاقتصاد والإدارة، جامعة الشرق للعلوم التطبيقية"
    lab = label("speaker_request", "ar",
                [SP("خالد يوسف النعيمي", "أستاذ اقتصاديات العمل", aff, ["open_discussion"]),
                 SP("ريم عادل الزعبي", "أستاذة مساعدة في الاقتصاد القياسي", aff, ["roundtable"], 1)],
                notes="two speakers on numbered en-dash-separated lines after honorifics (الدكتور/الدكتورة); the "
                      "second speaker's affiliation is only given by reference ('الكلية نفسها'); roles differ per "
                      "speaker; the dean signing (أ.د.) is not a speaker; Google Workspace mail, base64")
    return meta, root, lab


@message("cv")
def m_cv():
    plain = """Dear Organisers,

The Vietnamese Migrant Workers Mutual Aid Association (VMWA) would like to nominate our Helpline Coordinator, Ms. Nguyen Thi Lan, to make a floor intervention in the plenary session of the Regional Review Conference.

Lan has run our Vietnamese-language helpline for workers in the UAE, Saudi Arabia and Kuwait since 2017 and can speak about recruitment fees, contract substitution and access to justice. Her CV is attached for your reference.

Please let me know if you need any other information.

Best regards,
Tran Minh Duc
Program Officer
VMWA
"""
    cv = tiny_docx(["Curriculum Vitae", "Helpline Coordinator, VMWA (2017 - present)",
                    "Education: BA Social Work, Hanoi", "Languages: Vietnamese, English, basic Arabic"])
    root = mixed(alt(plain, outlook_html(mso(plain))), [attachment(cv, DOCX_CT, "CV_Nguyen_Thi_Lan.docx")])
    meta = dict(from_name="Tran Minh Duc", from_email="duc.tran@vmwa.example.org",
                subject="Nomination for plenary floor intervention - VMWA", received_at=R(4, 17, 20, 3),
                sender_tz=tz(4), lag=48, mid="<SG2PR06MB3721F5A2B8C04D91E6A7C3D0BD9A0@SG2PR06MB3721.apcprd06.prod."
                "outlook.example.com>", extra=outlook(13, "en-US"))
    lab = label("speaker_request", "en",
                [SP("Nguyen Thi Lan", "Helpline Coordinator", "Vietnamese Migrant Workers Mutual Aid Association (VMWA)",
                    ["plenary"])],
                notes="the speaker's name appears once in the body (after 'Ms.') and in the attached CV's file name; "
                      "the CV DOCX is not a report; the sender signs with his own title and the bare acronym")
    return meta, root, lab


@message("agenda")
def m_agenda():
    plain = """Bonjour,

Nous avons bien reçu l'invitation à la consultation multipartite et à la
Conférence régionale d'examen du Pacte mondial, merci.

Pourriez-vous nous transmettre l'ordre du jour (même provisoire) de la
consultation du 23 février et des deux journées de conférence ? Nous
aimerions savoir à quelle heure se tiennent les tables rondes avant de
décider qui de notre équipe y assistera.

Bien à vous,

Zineb Amrani
Association Femmes et Mobilités (AFEM)
Agadir - Maroc
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000f8a21c05ba7b4d16")
    meta = dict(from_name="AFEM Agadir", from_email="afem.agadir@gmail.example.com",
                relay="mail-wm1-f47.google.example.com",
                subject="Demande de l'ordre du jour", received_at=R(5, 9, 15, 37), sender_tz=tz(1), lag=4,
                mid="<CAJd5sT1mQ8-Wn2Rx7kLp0bYv3Hf9cGe6uZa1iOk4NqX8tC@mail.gmail.com>", extra=GMAIL)
    lab = label("other", "fr",
                notes="request for the agenda; mentions the roundtables and who will attend, but no speaker is "
                      "proposed")
    return meta, root, lab


@message("unfpa_change")
def m_unfpa_change():
    plain = """Dear colleagues,

Following internal discussions with our regional office, I would like to
change my request below: instead of Roundtable 2, I would prefer to speak
in Roundtable 4 (data and evidence-based policies), as our input will
mainly present the new sex-disaggregated data from our 2020 migrant
women's survey.

Apologies for the change and thanks for your understanding.

Best,
Hiba

From: Hiba Elmabrouk <elmabrouk@unfpa.example.org>
Sent: Wednesday, February 3, 2021 9:04 AM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Request to speak - Roundtable 2

""" + UNFPA_PLAIN
    root = alt(plain, outlook_html(mso(plain)), boundary="_000_DM6PR12MB41878C11F0E3A92D4B6E70FAB7BA0_")
    meta = dict(from_name="Hiba Elmabrouk", from_email="elmabrouk@unfpa.example.org",
                subject="RE: Request to speak - Roundtable 2", received_at=R(5, 10, 40, 58), sender_tz=tz(2), lag=31,
                mid="<DM6PR12MB41878C11F0E3A92D4B6E70FAB7BA0@DM6PR12MB4187.namprd12.prod.outlook.example.com>",
                in_reply_to=MID["unfpa"], references=MID["unfpa"], extra=outlook(15, "en-US"))
    lab = label("speaker_request", "en",
                [SP("Hiba Elmabrouk", "Gender and Migration Programme Specialist", "UNFPA Libya Country Office",
                    ["roundtable"], 4)],
                thread_of="unfpa",
                notes="reply changing the requested roundtable from 2 to 4: the subject and the quoted original "
                      "still say Roundtable 2; the new text names neither the speaker's full name nor her title or "
                      "office, which are only in the quoted signature")
    return meta, root, lab


@message("fishers")
def m_fishers():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial
sur les migrations de la Coopérative des Pêcheurs Artisans de Nouadhibou.
Il porte sur la situation des pêcheurs migrants sénégalais, gambiens et
maliens qui travaillent à bord des pirogues de nos membres, et sur les
départs de pirogues vers les îles Canaries depuis 2020.

Nous souhaitons aussi que notre président, M. Cheikh Ould Sidi, puisse
intervenir à la table ronde 1 (voies de migration régulière et travail
décent).

Avec nos salutations distinguées,

Mohamed Vall Ould Ahmed
Secrétaire administratif
Coopérative des Pêcheurs Artisans de Nouadhibou
Tél. +222 45 74 19 62
"""
    docx = tiny_docx(["Rapport volontaire d'examen du PMM", "Coopérative des Pêcheurs Artisans de Nouadhibou",
                      "Pêcheurs migrants et travail décent", "Recommandations"])
    root = mixed(alt(plain, outlook_html(mso(plain), "FR")),
                 [attachment(docx, DOCX_CT, "Rapport PMM - Coopérative Pêcheurs Nouadhibou.docx", style="2047")])
    meta = dict(from_name="Mohamed Vall Ould Ahmed", from_email="cpan.nouadhibou@cpan-mr.example.org",
                subject="Rapport volontaire et demande de prise de parole", received_at=R(5, 16, 30, 11),
                sender_tz=tz(0), lag=66, mid="<002101d6fbc3$1f4a7e20$5ddf7a60$@cpan-mr.example.org>",
                extra=outlook(16, "fr-FR"))
    lab = label("both", "fr",
                [SP("Cheikh Ould Sidi", "président", "Coopérative des Pêcheurs Artisans de Nouadhibou",
                    ["roundtable"], 1)],
                report=["Rapport PMM - Coopérative Pêcheurs Nouadhibou.docx"],
                notes="both, on time (5 Feb, before the speaker deadline); the speaker is 'notre président' "
                      "(affiliation by reference to the cooperative, whose name includes its city); the report name "
                      "is hard-wrapped in the body; DOCX name with spaces and accents RFC 2047-encoded inside the "
                      "quoted parameters (Outlook style); Date header in UTC")
    return meta, root, lab


@message("municipal")
def m_municipal():
    inner = """<p class=MsoNormal dir=RTL>السادة فريق الاستعراض الإقليمي المحترمين،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>تحية طيبة،</p>
<p class=MsoNormal dir=RTL>يرغب مكتب خدمات المهاجرين في بلدية مصراتة في المشاركة بمداخلة خلال الجلسة العامة للمؤتمر الإقليمي، لعرض تجربة المكتب في تسجيل المهاجرين وتسهيل وصولهم إلى الخدمات الصحية والتعليمية على مستوى البلدية.</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL><b>اسم المتحدثة:</b> نجلاء الفيتوري</p>
<p class=MsoNormal dir=RTL><b>الوظيفة:</b> رئيسة المكتب</p>
<p class=MsoNormal dir=RTL><b>الجهة:</b> مكتب خدمات المهاجرين في بلدية مصراتة</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>مع الشكر والتقدير،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL><span style="color:#1F3864">نجلاء الفيتوري<br>مكتب خدمات المهاجرين<br>بلدية مصراتة - ليبيا<br>هاتف: 218912334781+</span></p>
<p class=MsoNormal dir=RTL><img width=120 height=40 src="cid:image001.png@01D6FBD4.2A3B1C60" alt="شعار البلدية"></p>"""
    html = outlook_html(inner, "AR-LY", rtl=True)
    root = related(text_part(html, "html", "utf-8", "b64"),
                   [attachment(tiny_png(), "image/png", "image001.png", disposition="inline",
                               cid="image001.png@01D6FBD4.2A3B1C60")])
    root.set_param("type", "text/html")
    meta = dict(from_name="نجلاء الفيتوري", from_email="migrants.desk@misrata-municipality.example.ly",
                subject="طلب مداخلة في الجلسة العامة", received_at=R(5, 21, 5, 42), sender_tz=tz(2), lag=27,
                mid="<AS8PR03MB6823D0E71B45A9C2F3E84D17C6E20@AS8PR03MB6823.eurprd03.prod.outlook.example.com>",
                extra=outlook(17, "ar-LY"))
    lab = label("speaker_request", "ar",
                [SP("نجلاء الفيتوري", "رئيسة المكتب", "مكتب خدمات المهاجرين في بلدية مصراتة", ["plenary"])],
                notes="HTML-only Outlook message (multipart/related with the municipality logo, no text/plain); "
                      "labelled lines in bold; municipal migrant desk; the sender is the speaker; signature splits "
                      "the affiliation over two lines and adds '- ليبيا'")
    return meta, root, lab


@message("mission")
def m_mission():
    plain = """Chère équipe du secrétariat,

Avec un peu de retard (nous espérons qu'il n'est pas trop tard), la Mission
Évangélique Bonne Nouvelle souhaiterait proposer un intervenant pour la
table ronde n° 2 sur la protection des droits humains des migrants.

Nom : Emmanuel Kouassi Yao
Fonction : Responsable de l'aumônerie des migrants
Organisation : Mission Évangélique Bonne Nouvelle du Maroc (MEBN)

Le pasteur Kouassi accompagne depuis huit ans les migrants en transit à
Rabat et à Oujda, notamment les personnes sortant de détention.

Fraternellement,

Claire Dubois-Mbemba
Coordinatrice des programmes sociaux, MEBN
Rabat
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_C41E8D27-0A9B-4E36-B7F5-8D2C1A0E9F43")
    meta = dict(from_name="Claire Dubois-Mbemba", from_email="programmes@mebn-maroc.example.org",
                subject="Proposition d'intervenant - table ronde 2", received_at=R(6, 9, 30, 26), sender_tz=tz(1),
                lag=33, mid="<0B6D4E21-7C3F-4A98-9E1D-5F2A8B0C6D17@mebn-maroc.example.org>", extra=APPLE)
    lab = label("speaker_request", "fr",
                [SP("Emmanuel Kouassi Yao", "Responsable de l'aumônerie des migrants",
                    "Mission Évangélique Bonne Nouvelle du Maroc (MEBN)", ["roundtable"], 2)],
                notes="late (Saturday 6 February) and the sender says so; French labelled lines with a space before "
                      "the colon; 'le pasteur Kouassi' in the prose is a form of address, not the name; the sender "
                      "(programme coordinator) is not the speaker")
    return meta, root, lab


@message("thanks")
def m_thanks():
    ack = """شكراً لتواصلكم مع فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية.
تم استلام طلب التحدث الخاص بكم بتاريخ 1 شباط/فبراير 2021 وسيتم إبلاغكم بالبرنامج النهائي في الوقت المناسب.

فريق الاستعراض الإقليمي"""
    plain = """الأخوة الأعزاء،

شكراً جزيلاً على التأكيد، ونتطلع للمشاركة معكم.

مع خالص التحية،
هدى العمودي
المرصد اليمني لحقوق المرأة

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 11:26 AM
To: huda.alamoudi@ywro-ye.example.org
Subject: تم الاستلام: ترشيح مقررة - المرصد اليمني لحقوق المرأة

""" + ack + "\n"
    root = alt(plain, outlook_html(mso(plain), "AR-SA", rtl=True), charset="windows-1256", cte="qp")
    meta = dict(from_name="هدى العمودي", from_email="huda.alamoudi@ywro-ye.example.org", hdr_charset="windows-1256",
                subject="RE: تم الاستلام: ترشيح مقررة - المرصد اليمني لحقوق المرأة", received_at=R(6, 11, 2, 14),
                sender_tz=tz(3), lag=50, mid="<001a01d6fc69$0d3e8b70$27b3a250$@ywro-ye.example.org>",
                in_reply_to=MID["ack_yemen"], references=MID["yemen"] + "\r\n " + MID["ack_yemen"],
                extra=outlook(19, "ar-YE"))
    lab = label("other", "ar", thread_of="yemen", acknowledge=False,
                notes="thank-you reply to the service's acknowledgement of the Yemeni observatory's rapporteur "
                      "request: adds nothing new, so no acknowledgement; quoted acknowledgement mentions the speaker "
                      "request; received after the speaker deadline but no deadline applies")
    return meta, root, lab


@message("journalist")
def m_journalist():
    plain = """مساء الخير،

اسمي فراس الحمصي، صحفي مستقل سوري مقيم في عمّان، أكتب منذ سنوات عن أوضاع العمال السوريين في الأردن ولبنان وعن رحلات العودة.

عرفت بالمؤتمر متأخراً من أحد الزملاء، وأرغب إن أمكن في المشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة يوم 23 شباط.

أعرف أن الموعد النهائي كان يوم الجمعة، وأعتذر عن التأخير.

مع الشكر،
فراس
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000b27d4a05baa1e3f7")
    meta = dict(from_name="Firas Homsi", from_email="firas.homsi.press@gmail.example.com",
                relay="mail-pj1-f66.google.example.com",
                subject="طلب مشاركة في النقاش المفتوح", received_at=R(8, 13, 10, 5), sender_tz=tz(2), lag=7,
                mid="<CAL9wQ3nTz1-Y6rKv2mDp8bXs0Jf5cHe7uNa3iGk1WqR4tF@mail.gmail.com>", extra=GMAIL)
    lab = label("speaker_request", "ar",
                [SP("فراس الحمصي", "صحفي مستقل", None, ["open_discussion"])],
                notes="late (Monday 8 February) and says so; independent journalist with no organisation: "
                      "affiliation null ('مقيم في عمّان' is a place of residence, not an affiliation); first-person "
                      "prose, signs with the first name only")
    return meta, root, lab


@message("ohchr")
def m_ohchr():
    plain = """Dear colleagues,

A few practical questions from our side ahead of the Regional Review:

1) Will the consultation on 23 February and the conference on 24-25 February
   be fully virtual? If so, which platform (Zoom / Webex / Teams) and when
   will the links be shared?
2) Will interpretation be available between Arabic, English and French in
   the roundtables as well as in the plenary?
3) Are the times on the draft agenda in Beirut time?

Two colleagues from our project have already registered online.

Many thanks,
Sofia Marchetti
Associate Human Rights Officer
OHCHR Project on the Human Rights of Migrants in North Africa
Tunis

Please consider the environment before printing this e-mail.
"""
    root = alt(plain, outlook_html(mso(plain)), boundary="_000_VI1PR07MB4451C6A0E2B9D83F1A5C74E0B9AA0_")
    meta = dict(from_name="Sofia Marchetti", from_email="smarchetti@ohchr.example.org",
                subject="Practical questions - GCM Regional Review (virtual?)", received_at=R(9, 10, 20, 19),
                sender_tz=tz(1), lag=26,
                mid="<VI1PR07MB4451C6A0E2B9D83F1A5C74E0B9AA0@VI1PR07MB4451.eurprd07.prod.outlook.example.com>",
                extra=outlook(21, "en-GB"))
    lab = label("other", "en",
                notes="logistics questions (platform, interpretation, time zone) in a numbered list; mentions "
                      "roundtables, plenary and registered colleagues but proposes no speaker")
    return meta, root, lab


@message("shelter")
def m_shelter():
    plain = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرفق لكم التقرير الطوعي لدار الأمان لرعاية الأطفال المهاجرين غير المصحوبين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويغطي الفترة 2019-2020، مع تركيز خاص على الأطفال غير المصحوبين والمنفصلين عن ذويهم.

يتضمن التقرير بيانات عن 312 طفلاً استقبلتهم الدار خلال الفترة المذكورة، إضافة إلى توصياتنا للحكومات والمنظمات الدولية.

مع الاحترام،

منى الدباغ
مديرة البرامج
دار الأمان لرعاية الأطفال المهاجرين غير المصحوبين
الزرقاء - الأردن
"""
    pdf = tiny_pdf(["Dar Al-Aman - Voluntary GCM Review Report 2021", "Unaccompanied and separated migrant children",
                    "312 children received 2019-2020", "Recommendations"], "Dar Al-Aman GCM report")
    root = mixed(alt(plain, gmail_html(plain, rtl=True), cte="b64"),
                 [attachment(pdf, "application/pdf", "التقرير الطوعي - دار الأمان 2021.pdf")],
                 boundary="0000000000009c4e7105bac2d851")
    meta = dict(from_name="Mona Al-Dabbagh", from_email="mona.dabbagh@daralaman-jo.example.org",
                relay="mail-qt1-f179.google.example.com",
                subject="التقرير الطوعي - دار الأمان", received_at=R(11, 12, 0, 44), sender_tz=tz(2), lag=15,
                mid="<CAE4rT8mXq2-N0wLs6kVd9bYp3Hf1cGz5uJa7iRk2MnQ0tD@mail.gmail.com>", extra=GMAIL)
    lab = label("voluntary_report", "ar", report=["التقرير الطوعي - دار الأمان 2021.pdf"],
                notes="shelter for unaccompanied migrant children; Arabic PDF name with spaces and a hyphen in RFC "
                      "2231 encoding; base64 body")
    return meta, root, lab


@message("ftms")
def m_ftms():
    plain = """Madame, Monsieur,

Le Forum Tunisien pour la Mobilité Solidaire (FTMS) a l'honneur de vous transmettre, dans les délais, son rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport couvre les objectifs 2, 5, 6, 8 et 21 du Pacte et s'appuie sur le suivi des retours forcés et des départs irréguliers depuis les côtes tunisiennes en 2020.

Restant à votre entière disposition,

Bien cordialement,

Anis Trabelsi
Chargé de recherche
Forum Tunisien pour la Mobilité Solidaire (FTMS)
Tél : +216 71 902 486

AVERTISSEMENT : ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
"""
    pdf = tiny_pdf(["Forum Tunisien pour la Mobilite Solidaire (FTMS)", "Rapport volontaire d'examen du PMM",
                    "Objectifs 2, 5, 6, 8 et 21", "Recommandations"], "FTMS rapport PMM 2021")
    html = outlook_html(mso(plain) + '\n<p class=MsoNormal><img width=96 height=32 '
                        'src="cid:image001.png@01D703A1.5E6F7080"></p>', "FR")
    body = related(alt(plain, html), [attachment(tiny_png(), "image/png", "image001.png", disposition="inline",
                                                 cid="image001.png@01D703A1.5E6F7080")])
    root = mixed(body, [attachment(pdf, "application/pdf", "FTMS_Rapport_volontaire_PMM_2021.pdf")])
    meta = dict(from_name="Anis Trabelsi", from_email="a.trabelsi@ftms-tn.example.org",
                subject="Rapport volontaire d'examen du PMM - FTMS", received_at=R(15, 17, 45, 6), sender_tz=tz(1),
                lag=41, mid="<003c01d703a1$6b5e9d10$42db5730$@ftms-tn.example.org>", extra=outlook(23, "fr-FR"))
    lab = label("voluntary_report", "fr", report=["FTMS_Rapport_volontaire_PMM_2021.pdf"],
                notes="Outlook layout mixed > related > alternative with an inline logo image001.png (not part of "
                      "the report); 'Tunisien' is part of the organisation's name; confidentiality disclaimer")
    return meta, root, lab


@message("sdes")
def m_sdes():
    plain = """Dear GCM Regional Review team,

Please accept our apologies for sending this a day after the deadline. Our
board only approved the final text last night.

Attached is the voluntary GCM review report of the Sudanese Diaspora
Engineers Society (SDES), focusing on skills recognition, brain
circulation and diaspora investment in Sudan (GCM Objectives 18 and 19).

With kind regards,

Eng. Tarig Abdelrahim
General Secretary, SDES
Riyadh

Sent from my iPhone
"""
    pdf = tiny_pdf(["Sudanese Diaspora Engineers Society (SDES)", "Voluntary GCM Review Report",
                    "Objectives 18 and 19", "Skills recognition and diaspora investment"], "SDES GCM report")
    root = mixed(text_part(plain, "plain", "utf-8", "qp"),
                 [attachment(pdf, "application/pdf", "SDES_GCM_Voluntary_Review_Report.pdf")],
                 boundary="Apple-Mail-5E1D9A37-04C2-4B8F-A6E3-7F2B9C1D0E48")
    meta = dict(from_name="Tarig Abdelrahim", from_email="gensec@sdes-diaspora.example.org",
                subject="SDES voluntary GCM review report (late, apologies)", received_at=R(17, 9, 5, 51),
                sender_tz=tz(3), lag=24, mid="<5E1D9A37-04C2-4B8F-A6E3-7F2B9C1D0E48@sdes-diaspora.example.org>",
                extra=IPHONE)
    lab = label("voluntary_report", "en", report=["SDES_GCM_Voluntary_Review_Report.pdf"],
                notes="late report (17 February) and the sender says so; diaspora engineers' society; sent from a "
                      "phone ('Sent from my iPhone'); 'Eng.' honorific in the signature")
    return meta, root, lab


# ------------------------------------------------------------------ writer
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    files = {key: f"h56-{i:02d}.eml" for i, (key, _) in enumerate(MESSAGES, 1)}
    labels = []
    last = None
    for i, (key, fn) in enumerate(MESSAGES, 1):
        meta, root, lab = fn()
        rat = meta["received_at"]
        assert last is None or rat > last, key
        last = rat
        with open(os.path.join(OUT, files[key]), "wb") as fh:
            fh.write(render(meta, root, i))
        cat = lab["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": files[key], "received_at": rat.isoformat(), "category": cat,
                       "language": lab["language"], "acknowledge": lab["acknowledge"], "on_time": on_time,
                       "speakers": lab["speakers"], "report_attachments": lab["report_attachments"],
                       "thread_of": files[lab["thread_of"]] if lab["thread_of"] else None, "notes": lab["notes"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
