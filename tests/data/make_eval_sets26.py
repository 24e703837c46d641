#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout26 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets26.py
Written without reading intake/ or rules/.  A plain week of the review mailbox: each message is a
function returning (envelope, MIME tree, expected label); messages are numbered in order of arrival.
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
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
INVITE_MID = "<DB7PR04MB4411C3A09F2E6B1D5A7E90C1B8C40@DB7PR04MB4411.eurprd04.prod.outlook.example.com>"


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, h: int, m: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, 2, day, h, m, s, tzinfo=BEIRUT)


# ------------------------------------------------------------------------- attachment payloads
def tiny_png(rgb: tuple = (0, 110, 80), w: int = 32, h: int = 10) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines: list, title: str, producer: str = "Microsoft Word for Microsoft 365") -> bytes:
    """A valid one-page PDF (Helvetica, WinAnsi text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 780 Td"] + ["(%s) Tj T*" % esc(ln) for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20210201090000+02'00') >>"
         % (esc(title), esc(producer))).encode("cp1252"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list, rtl: bool = False, author: str = "user") -> bytes:
    """A minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    def para(text: str) -> str:
        ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text))
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
            'core-properties+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>'),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z'
            '</dcterms:created></cp:coreProperties>' % escape(author)),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(para(p) for p in paragraphs)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------------- MIME building blocks
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if cte in ("7bit", "8bit"):
        ctype = part["Content-Type"]
        del part["Content-Type"], part["Content-Transfer-Encoding"]
        part["Content-Type"] = ctype
        part["Content-Transfer-Encoding"] = cte
    return part


def alternative(plain: str, html: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    return m


def attachment(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
               style: str = "2231", cid: str | None = None) -> MIMEBase:
    main, sub = ctype.split("/")
    part: MIMEBase = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook: RFC 2047 encoded words inside quoted parameters
        encoded = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", encoded)
        part.add_header("Content-Disposition", disposition, filename=encoded)
    else:  # Gmail / Thunderbird: RFC 2231
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        part.add_header("Content-ID", "<%s>" % cid)
    return part


def multipart(subtype: str, *parts: MIMEBase, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>%s</div>" % "<br>".join(escape(line, quote=False) for line in para.split("\n"))
              for para in body.split("\n\n")]
    return "<div%s>%s</div>\n" % (d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            '</head>\n<body lang=%s link="#0563C1" vlink="#954F72"%s><div class=WordSection1>\n%s\n</div></body></html>\n'
            % (lang, d, inner))


def mso(body: str, rtl: bool = False) -> str:
    """Paragraphs of plain text as Outlook <p class=MsoNormal> blocks."""
    d = ' dir=RTL style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    out = []
    for para in body.split("\n\n"):
        out.append("<p class=MsoNormal%s>%s</p>" % (d, "<br>\n".join(escape(x, quote=False) for x in para.split("\n"))))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def html_table(rows: list, rtl: bool = False, header: bool = False) -> str:
    d = ' dir=RTL' if rtl else ""
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0%s style="border-collapse:collapse">' % d]
    for i, row in enumerate(rows):
        tag = "b" if header and i == 0 else "span"
        out.append("<tr>" + "".join('<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                                     '<p class=MsoNormal><%s>%s</%s></p></td>' % (tag, escape(c, quote=False), tag)
                                     for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def apple_html(body: str) -> str:
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join("<div>%s</div>" % (escape(x, quote=False) or "<br>") for x in body.split("\n"))
            + "</body></html>\n")


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() for line in body.split("\n"))


# ------------------------------------------------------------------------- envelope
def encode_header(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset, header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), email)


BOUNDARY_STYLE = {
    "gmail": "0000000000005%d%02d8a1f%03d",
    "outlook": "_00%d_DB9PR06MB%02d74A1C3%03d_",
    "apple": "Apple-Mail=_9C%d%02dE1B4-7F2A-4D0C-B3E5-%03d",
    "thunderbird": "------------%d%02dA4F0C2E7B91D%03d",
    "other": "----=_Part_%d%02d_1204399.%03d",
}


def render(meta: dict, root: MIMEBase) -> bytes:
    n = meta["n"]
    domain = meta["from_email"].split("@")[1]
    received = meta["received_at"]
    sent = (received - dt.timedelta(seconds=meta.get("lag", 34))).astimezone(meta.get("sender_tz", BEIRUT))
    style = meta.get("client", "other")
    for k, part in enumerate(p for p in root.walk() if p.is_multipart()):
        part.set_boundary(BOUNDARY_STYLE[style] % (k, n, 137 * n + k))
    for part in root.walk():
        del part["MIME-Version"]
    relay = meta.get("relay", "mail." + domain)
    hs = [
        "Return-Path: <%s>" % meta["from_email"],
        "Delivered-To: " + MAILBOX,
        "Received: from %s (%s [203.0.113.%d])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id 4DV%02dq%sZk\r\n"
        "\tfor <%s>; %s" % (relay, relay, 20 + 3 * n, n, "kT8xB"[n % 5], MAILBOX, format_datetime(received)),
    ]
    hs.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
              % (domain, domain))
    hs.append("From: " + address(meta.get("from_name"), meta["from_email"], meta.get("hdr_charset", "utf-8")))
    hs.append("To: " + meta.get("to", "GCM Regional Review Arab States <%s>" % MAILBOX))
    if meta.get("cc"):
        hs.append("Cc: " + meta["cc"])
    hs.append("Subject: " + encode_header(meta["subject"], meta.get("hdr_charset", "utf-8")))
    hs.append("Date: " + format_datetime(sent))
    hs.append("Message-ID: " + meta["mid"])
    if meta.get("in_reply_to"):
        hs.append("In-Reply-To: " + meta["in_reply_to"])
    if meta.get("references"):
        hs.append("References: " + meta["references"])
    hs.extend(meta.get("extra", []))
    hs.append("MIME-Version: 1.0")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(hs) + "\r\n").encode("ascii") + buf.getvalue()


def outlook_extra(n: int, lang: str, attach: bool = False) -> list:
    return ["Thread-Index: AdcB%04dR2mVx9kQfS0q7hT1Lw==" % (41 * n), "Accept-Language: %s" % lang,
            "Content-Language: %s" % lang, "X-MS-Has-Attach: %s" % ("yes" if attach else ""),
            "X-Mailer: Microsoft Outlook 16.0"]


def SP(name: str, title: str | None, affiliation: str | None, roles: list, roundtable: int | None = None) -> dict:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ------------------------------------------------------------------------- the organisers' call (quoted in h26-11)
CALL_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the Regional UN Network on Migration for the Arab region are
pleased to invite you to the Regional Review of the Global Compact for Safe,
Orderly and Regular Migration (GCM) in the Arab region, to be held virtually:
the Multi-Stakeholder Consultation on 23 February 2021 and the Regional Review
Conference on 24-25 February 2021.

Stakeholders wishing to take the floor may request to:
 - take part in the open discussion of the Multi-Stakeholder Consultation;
 - deliver the stakeholders' key messages as rapporteur;
 - make a floor intervention in a plenary session or in one of the four
   thematic roundtables of the Conference.
Please send the name, title and organizational affiliation of the proposed
speaker to gcmrrarabstates@iom.int by Friday 5 February 2021.

Stakeholders are also encouraged to submit a voluntary GCM review report to
the same address by Tuesday 16 February 2021.

Kind regards,
GCM Regional Review Secretariat"""

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID = {
    3: "<5e1c0a7d-22f4-4b9b-9d0e-6a41f3c2b7e8@cajm-djibouti.example.dj>",
    6: "<4F2B7C1E-91D3-4E6A-A0B5-3C8D2E7F9A10@yahoo.fr>",
    8: "<VI1PR02MB58217A4E0C3B9F12D6E4A8B2C61@VI1PR02MB5821.eurprd02.prod.outlook.example.com>",
}
ACK_3 = "<ack-20210202T0706-0017@gcm-intake.iom.int>"


# ========================================================================= messages
@message
def h26_01():
    plain = """Dear GCM Regional Review team,

Greetings from Beirut. My name is Tigist Alemu and I am the Founder and Coordinator of the
Ethiopian Women Migrant Workers' Solidarity Group (EWMSG), a self-organised group of domestic
workers in Lebanon. Since the crisis and the port explosion last August we have been supporting
women who lost their jobs, their papers or their housing, many of them left by their employers
outside the embassy.

I would like to request a floor intervention in Roundtable 2 (human rights of migrants), to speak
about domestic workers under the kafala system and women who are stranded without documents.

I can speak in English. Please let me know if you need anything else from me.

Thank you very much,
Tigist

--
Tigist Alemu
Founder and Coordinator
Ethiopian Women Migrant Workers' Solidarity Group (EWMSG)
Beirut, Lebanon | +961 76 318 442"""
    root = alternative(plain, gmail_html(plain))
    meta = dict(from_name="Tigist Alemu", from_email="tigist.alemu.ewmsg@gmail.com", client="gmail",
                relay="mail-wr1-f54.google.com", subject="Request to speak - Roundtable 2",
                received_at=at(1, 10, 12, 5), lag=3, mid="<CAF7kqR0x2N8vLm4YpT9bE1uWq3ZcH6sJd5A@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tigist Alemu", "Founder and Coordinator",
                              "Ethiopian Women Migrant Workers' Solidarity Group (EWMSG)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led group; self-nomination in first-person prose, title and affiliation in the same "
                       "sentence and again in the signature; 'Roundtable 2' in digits; Gmail plain+HTML")
    return meta, root, label


@message
def h26_02():
    rows = [["الاسم", "السيد/ سالم راشد الكعبي"],
            ["المسمى الوظيفي", "مدير إدارة شؤون العمالة الوافدة"],
            ["الجهة", "وزارة الداخلية – الإدارة العامة للإقامة وشؤون الأجانب"],
            ["نوع المشاركة", "مداخلة في الجلسة العامة للمؤتمر (24-25 فبراير 2021)"],
            ["البريد الإلكتروني", "s.alkaabi@moi.example.gov.ae"]]
    intro = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية          المحترمين

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا إفادتكم برغبة الوزارة في تقديم مداخلة خلال أعمال المؤتمر، وفيما يلي بيانات المتحدث:"""
    outro = """وتفضلوا بقبول فائق الاحترام والتقدير،

نوال حسن الظاهري
سكرتيرة تنفيذية – مكتب مدير الإدارة
الإدارة العامة للإقامة وشؤون الأجانب
هاتف: +971 2 555 0142"""
    disclaimer = ("إخلاء مسؤولية: هذه الرسالة الإلكترونية وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه. "
                  "إذا وصلتك هذه الرسالة عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.\n"
                  "Disclaimer: This e-mail and any attachments are confidential and intended solely for the "
                  "addressee. If you have received it in error, please notify the sender and delete it.")
    plain = (intro + "\n\n" + "\n".join("%s\t%s" % (a, b) for a, b in rows) + "\n\n" + outro
             + "\n\n" + disclaimer)
    html = outlook_html(mso(intro, rtl=True) + "\n" + html_table(rows, rtl=True) + "\n<p class=MsoNormal>&nbsp;</p>\n"
                        + mso(outro, rtl=True) + '\n<p class=MsoNormal><span style="font-size:7.5pt;color:gray">'
                        + escape(disclaimer).replace("\n", "<br>") + "</span></p>", lang="AR-SA", rtl=True)
    root = alternative(plain, html)
    meta = dict(from_name="نوال حسن الظاهري", from_email="n.aldhaheri@moi.example.gov.ae", client="outlook",
                subject="ترشيح متحدث – الاستعراض الإقليمي للاتفاق العالمي للهجرة", received_at=at(1, 13, 40, 22),
                sender_tz=tz(4), lag=41,
                mid="<AM9PR07MB71204F5E1A2C3D8B90E6F4A7C3D1@AM9PR07MB7120.eurprd07.prod.outlook.example.com>",
                extra=outlook_extra(2, "ar-AE"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالم راشد الكعبي", "مدير إدارة شؤون العمالة الوافدة",
                              "وزارة الداخلية – الإدارة العامة للإقامة وشؤون الأجانب", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="ministry department; speaker details in a two-column HTML table (tab-separated in the plain "
                       "part), name cell starts with the honorific 'السيد/'; sender is the director's secretary, not the "
                       "speaker; bilingual disclaimer")
    return meta, root, label


@message
def h26_03():
    plain = """Madame, Monsieur,

Suite à la lettre d'invitation reçue le 1er février, la Clinique d'aide
juridique aux migrants de Djibouti (CAJM) souhaite proposer deux
intervenants pour la Revue régionale du Pacte mondial sur les migrations :

- Me Fatouma Houssein Ali, avocate, coordinatrice de la clinique :
  rapporteure, pour présenter les messages clés des parties prenantes ;
- M. Abdourahman Daher Robleh, juriste chargé du suivi des migrants en
  transit : intervention dans la table ronde thématique n°2 (droits
  humains des migrants, gestion des frontières, trafic et détention).

Depuis 2017 la clinique assure des permanences juridiques à Obock et à
Djibouti-ville pour les migrants éthiopiens et somaliens sur la route de
l'Est, ainsi que pour les Yéménites réfugiés à Markazi.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

--
Fatouma Houssein Ali
Avocate au Barreau de Djibouti
Coordinatrice, Clinique d'aide juridique aux migrants (CAJM)
Tél. : +253 77 81 45 20
"""
    root = text(plain, "plain", "utf-8", "8bit")
    root.set_param("format", "flowed")
    meta = dict(from_name="Fatouma Houssein Ali", from_email="f.houssein@cajm-djibouti.example.dj", client="thunderbird",
                subject="Demande de prise de parole - CAJM Djibouti", received_at=at(2, 9, 5, 40), sender_tz=tz(3),
                lag=18, mid=MID[3],
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Fatouma Houssein Ali", "avocate, coordinatrice de la clinique",
                              "Clinique d'aide juridique aux migrants de Djibouti (CAJM)", ["rapporteur"]),
                           SP("Abdourahman Daher Robleh", "juriste chargé du suivi des migrants en transit",
                              "Clinique d'aide juridique aux migrants de Djibouti (CAJM)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="legal aid clinic; two speakers in a hard-wrapped dashed list, honorifics 'Me' (Maître) and "
                       "'M.'; the first speaker is the sender, whose signature words her title differently; affiliation "
                       "of both only given once in the introduction; 'table ronde thématique n°2'; format=flowed 8bit")
    return meta, root, label


@message
def h26_04():
    plain = """السلام عليكم ورحمة الله وبركاته

الإخوة في المنظمة الدولية للهجرة

وصلتنا الدعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة عن طريق أحد الزملاء. أنا عضو في جمعية العائدين من المهجر بالخرطوم ونرغب في حضور المؤتمر كمشاركين (ثلاثة أشخاص).

سؤالي: هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت؟ وفي حال كان حضورياً، هل يمكنكم إرسال خطاب دعوة رسمي حتى نتمكن من التقديم على تأشيرة الدخول إلى لبنان من السفارة في الخرطوم؟ لأن إجراءات التأشيرة تأخذ عندنا أكثر من ثلاثة أسابيع.

وجزاكم الله خيراً

محمد عثمان الطيب
جمعية العائدين من المهجر – الخرطوم
+249 912 448 173"""
    root = alternative(plain, gmail_html(plain, rtl=True))
    meta = dict(from_name="Mohamed Osman", from_email="m.osman.eltayeb@gmail.com", client="gmail",
                relay="mail-ej1-f47.google.com", subject="استفسار بخصوص التأشيرة", received_at=at(2, 14, 20, 11),
                lag=4, mid="<CAMx93vPqW0RtY7uKb2LdN5aZf8JhG1oEc4S@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question from a returnees' association; wants to attend as "
                       "participants, names himself and his association but asks for no speaking role; English "
                       "From display name")
    return meta, root, label


@message
def h26_05():
    plain = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Uganda Migrant Workers
Association - Gulf Chapter (UMWA-Gulf), prepared following consultations with our members
in the United Arab Emirates, Saudi Arabia and Oman in December and January.

The report focuses on recruitment fees, the situation of workers who lost their jobs during
COVID-19 and the difficulties of returning home, and on access to our embassies.

Kindly acknowledge receipt.

Regards,

Grace Nakimuli
Programme Officer
Uganda Migrant Workers Association - Gulf Chapter (UMWA-Gulf)
Tel: +971 55 731 0294
"""
    pdf = tiny_pdf(["Uganda Migrant Workers Association - Gulf Chapter (UMWA-Gulf)",
                    "Voluntary GCM Review Report - February 2021", "",
                    "1. Introduction and methodology", "2. Fair recruitment and recruitment fees (Objective 6)",
                    "3. Loss of employment during COVID-19 and stranded workers",
                    "4. Safe and dignified return and reintegration (Objective 21)",
                    "5. Consular protection and assistance (Objective 14)", "6. Recommendations"],
                   "UMWA-Gulf Voluntary GCM Review Report")
    root = multipart("mixed", text(plain, "plain", "us-ascii", "7bit"),
                     attachment(pdf, "application/octet-stream", "UMWA_Gulf_GCM_Voluntary_Review_Report_Feb2021.pdf"))
    meta = dict(from_name="Grace Nakimuli", from_email="g.nakimuli@umwa-gulf.example.org", client="other",
                subject="UMWA-Gulf Voluntary GCM Review Report", received_at=at(2, 17, 2, 48), sender_tz=tz(4),
                lag=52, mid="<1612278116.4471.umwa@webmail.umwa-gulf.example.org>",
                extra=["X-Mailer: Roundcube Webmail/1.4.9"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["UMWA_Gulf_GCM_Voluntary_Review_Report_Feb2021.pdf"], thread_of=None,
                 notes="diaspora workers' association; the PDF is sent as application/octet-stream (webmail), "
                       "recognisable only by its .pdf name and content; signature title is not a speaker request")
    return meta, root, label


@message
def h26_06():
    plain = """Bonjour,

La Coordination des Associations Maliennes de Nouadhibou (CAMN) souhaite prendre la parole lors de la séance plénière de la conférence régionale des 24 et 25 février.

Notre intervenant sera M. Bakary Coulibaly.

Merci de nous confirmer.

Cordialement
Moussa Keita
Secrétaire général CAMN

Envoyé de mon iPhone"""
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Moussa Keita", from_email="moussakeita.camn@yahoo.fr", client="apple",
                relay="sonic301-21.consmr.mail.ir2.yahoo.com", subject="Intervention CAMN",
                received_at=at(3, 8, 47, 9), sender_tz=tz(0), lag=22, mid=MID[6],
                extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Bakary Coulibaly", None, "Coordination des Associations Maliennes de Nouadhibou (CAMN)",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="Malian diaspora coordination in Mauritania; short iPhone message; the speaker's title is "
                       "missing (null); the sender's own title 'Secrétaire général' is not the speaker's; completed "
                       "by a follow-up the next day")
    return meta, root, label


@message
def h26_07():
    plain = """مرحباً،

أرغب في المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط، للحديث عن أوضاع الشباب اللاجئين الفلسطينيين القادمين من سوريا إلى لبنان، وصعوبة تجديد الإقامات، والعمل غير النظامي الذي يضطر إليه معظمهم.

مع الشكر والتقدير

--
رهف يوسف عودة
منسقة برنامج الشباب
الشبكة الفلسطينية للشباب اللاجئين
مخيم نهر البارد – شمال لبنان
جوال: 00961 70 418 223"""
    root = alternative(plain, gmail_html(plain, rtl=True))
    meta = dict(from_name="Rahaf Odeh", from_email="rahaf.odeh.pyrn@gmail.com", client="gmail",
                relay="mail-lf1-f66.google.com", subject="طلب مشاركة في النقاش المفتوح", received_at=at(3, 12, 15, 30),
                lag=5, mid="<CAGr5tP1hV0aKm9wXq3Nd7Lb2Rz8UyE4fJc6@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رهف يوسف عودة", "منسقة برنامج الشباب", "الشبكة الفلسطينية للشباب اللاجئين",
                              ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="refugee-led network; first-person request with name, title and affiliation only in the "
                       "signature after '--'; Latin-script display name; 'النقاش المفتوح ضمن المشاورة' = open discussion")
    return meta, root, label


GILMS_ROWS_1 = [["Name", "Title", "Organisation", "Requested role"],
                ["Dr. Anjali Raghunathan", "Senior Fellow", "Gulf Institute for Labour Mobility Studies (GILMS)",
                 "Roundtable 1 - regular pathways and decent work"],
                ["Mr. Omar Al-Suwaidi", "Research Associate", "Gulf Institute for Labour Mobility Studies (GILMS)",
                 "Rapporteur (key messages)"]]
GILMS_SIG = """Priya Menon
Events and Outreach Officer
Gulf Institute for Labour Mobility Studies (GILMS)
Dubai Knowledge Park, Block 9, Dubai, UAE
T +971 4 555 8120 | www.gilms.example.org"""


def tab_plain(rows: list) -> str:
    return "\n".join("\t".join(r) for r in rows)


@message
def h26_08():
    intro = """Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region. GILMS would like to propose two speakers from our team:"""
    outro = """Dr. Raghunathan leads our research on wage protection systems and labour market data in the GCC; Mr. Al-Suwaidi has coordinated our consultations with recruitment agencies and workers' groups over the past year.

Best regards,
Priya"""
    plain = intro + "\n\n" + tab_plain(GILMS_ROWS_1) + "\n\n" + outro + "\n\n" + GILMS_SIG
    html = outlook_html(mso(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + html_table(GILMS_ROWS_1, header=True)
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + mso(outro) + "\n<p class=MsoNormal>&nbsp;</p>\n"
                        + mso(GILMS_SIG), lang="EN-GB")
    root = alternative(plain, html)
    meta = dict(from_name="Priya Menon", from_email="p.menon@gilms.example.org", client="outlook",
                subject="Speaker nominations - GILMS", received_at=at(3, 15, 30, 14), sender_tz=tz(4), lag=39,
                mid=MID[8], extra=outlook_extra(8, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Anjali Raghunathan", "Senior Fellow", "Gulf Institute for Labour Mobility Studies (GILMS)",
                              ["roundtable"], 1),
                           SP("Omar Al-Suwaidi", "Research Associate",
                              "Gulf Institute for Labour Mobility Studies (GILMS)", ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="think tank; two speakers in a table with a header row (HTML table, tab-separated in the plain "
                       "part), 'Dr.'/'Mr.' in the name cells; the sender (events officer) is not a speaker; corrected "
                       "the next day by a follow-up")
    return meta, root, label


@message
def h26_09():
    plain = """Bien reçu, merci beaucoup pour votre retour rapide.

Bonne journée,
Fatouma

Le 02/02/2021 à 10:06, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre message du 2 février 2021 concernant
> la Revue régionale du Pacte mondial sur les migrations dans la région
> arabe. Votre demande de prise de parole a été enregistrée et sera
> examinée par le Secrétariat.
>
> Cordialement,
> Secrétariat de la Revue régionale du PMM – États arabes
"""
    root = text(plain, "plain", "utf-8", "8bit")
    root.set_param("format", "flowed")
    meta = dict(from_name="Fatouma Houssein Ali", from_email="f.houssein@cajm-djibouti.example.dj", client="thunderbird",
                subject="Re: Accusé de réception – Revue régionale du PMM", received_at=at(3, 16, 5, 2), sender_tz=tz(3),
                lag=15, mid="<b3e8d1f0-5a7c-4c2e-8f19-0d6a2e4c9b71@cajm-djibouti.example.dj>",
                in_reply_to=ACK_3, references=MID[3] + "\r\n " + ACK_3,
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h26-03.eml",
                 notes="pure thank-you reply to our acknowledgement of h26-03 (References names it): adds nothing, "
                       "must not be acknowledged; the quoted acknowledgement mentions the speaking request")
    return meta, root, label


@message
def h26_10():
    plain = """Bonjour,

Je complète mon message d'hier : M. Bakary Coulibaly est le Président de la CAMN. Il interviendra en français.

Merci d'avance

Moussa Keita

Envoyé de mon iPhone

> Le 3 févr. 2021 à 06:46, Moussa Keita <moussakeita.camn@yahoo.fr> a écrit :
>
> Bonjour,
>
> La Coordination des Associations Maliennes de Nouadhibou (CAMN) souhaite prendre la parole lors de la séance plénière de la conférence régionale des 24 et 25 février.
>
> Notre intervenant sera M. Bakary Coulibaly.
>
> Merci de nous confirmer.
>
> Cordialement
> Moussa Keita
> Secrétaire général CAMN
>
> Envoyé de mon iPhone"""
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Moussa Keita", from_email="moussakeita.camn@yahoo.fr", client="apple",
                relay="sonic305-14.consmr.mail.ir2.yahoo.com", subject="Re: Intervention CAMN",
                received_at=at(4, 9, 20, 51), sender_tz=tz(0), lag=20,
                mid="<8A0D3E55-6C1B-4F27-9E84-B2D17C0F4A63@yahoo.fr>", in_reply_to=MID[6], references=MID[6],
                extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Bakary Coulibaly", "Président", "Coordination des Associations Maliennes de Nouadhibou (CAMN)",
                              ["plenary"])],
                 report_attachments=[], thread_of="h26-06.eml",
                 notes="follow-up completing h26-06 with the missing title ('le Président de la CAMN'); the role and "
                       "the full organisation name appear only in the quoted original (iPhone '>' quote)")
    return meta, root, label


@message
def h26_11():
    new = """Dear Sir / Madam,

With reference to the below call, I wish to register my interest to speak at the
Regional Review. Details as requested:

Name: Sebastian Varghese
Title: General Secretary
Organisation: Kerala Pravasi Welfare Forum, Oman Chapter (KPWF)
Session: Plenary, and if possible also Roundtable 3 (remittances and diaspora
contributions)

Our forum has over 4,000 members among Indian workers in Muscat, Sohar and
Salalah, mostly in construction, fishing and domestic work.

Regards,
Sebastian Varghese
General Secretary, KPWF Oman
Mob: +968 9912 3380

On 01/02/2021 11:00, GCM Regional Review Arab States wrote:
"""
    plain = new + quote(CALL_EN) + "\n"
    root = text(plain, "plain", "utf-8", "8bit")
    root.set_param("format", "flowed")
    meta = dict(from_name="Sebastian Varghese", from_email="sebastian.varghese@kpwf-oman.example.org",
                client="thunderbird", subject="Re: Invitation - Regional Review of the GCM in the Arab region",
                received_at=at(4, 11, 45, 3), sender_tz=tz(4), lag=27,
                mid="<7c4e2a19-0b3d-4f5e-a6c8-91d2e0f3b4a5@kpwf-oman.example.org>",
                in_reply_to=INVITE_MID, references=INVITE_MID,
                extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1",
                       "Content-Language: en-GB"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Sebastian Varghese", "General Secretary",
                              "Kerala Pravasi Welfare Forum, Oman Chapter (KPWF)", ["plenary", "roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Indian workers' forum; reply to the organisers' call quoting it with '>' (the quote lists "
                       "every role, 'four thematic roundtables' and the report deadline); one speaker, two roles; the "
                       "affiliation contains a comma; signature abbreviates it")
    return meta, root, label


@message
def h26_12():
    plain = """السادة المنظمة الدولية للهجرة – أمانة الاستعراض الإقليمي
تحية طيبة

نرفق لكم تقرير الاستعراض الطوعي للاتفاق العالمي للهجرة الذي أعدته الجمعية التعاونية لصيادي الأسماك في بوصاصو، ويتناول ما يشاهده الصيادون في خليج عدن من رحلات بحرية غير نظامية للمهاجرين القادمين من إثيوبيا، وحوادث الغرق، ودور الصيادين في عمليات الإنقاذ، ومخاطر استغلال قواربهم من قبل المهربين.

كما نرغب في أن يشارك نائب رئيس الجمعية السيد سعيد فارح جامع بمداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين وإدارة الحدود، علماً بأنه يتحدث العربية والصومالية.

مع خالص التقدير

أحمد عبدي ورسمه
رئيس الجمعية التعاونية لصيادي الأسماك – بوصاصو
هاتف: +252 90 771 4410"""
    pdf = tiny_pdf(["Bosaso Fishermen's Cooperative Society",
                    "Voluntary GCM Review Report (Arabic original, English summary)", "",
                    "Irregular sea crossings in the Gulf of Aden observed by fishermen, 2019-2020",
                    "Rescue at sea and the role of fishing crews (Objective 8)",
                    "Smuggling networks and the misuse of fishing boats (Objective 9)", "Recommendations"],
                   "Bosaso Fishermen Cooperative - GCM report")
    root = multipart("mixed", alternative(plain, gmail_html(plain, rtl=True)),
                     attachment(pdf, "application/pdf", "Bosaso_Fishermen_Coop_GCM_report.pdf"))
    meta = dict(from_name="Ahmed Abdi Warsame", from_email="ahmed.warsame.bfc@gmail.com", client="gmail",
                relay="mail-wm1-f43.google.com", subject="تقرير الجمعية وطلب مداخلة", received_at=at(4, 13, 10, 37),
                lag=6, mid="<CAB2nW7sFq0Lx4Yd8Tm1Gk3Rv9PeJ5Zu6Hc0@mail.gmail.com>")
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[SP("سعيد فارح جامع", "نائب رئيس الجمعية",
                              "الجمعية التعاونية لصيادي الأسماك في بوصاصو", ["roundtable"], 2)],
                 report_attachments=["Bosaso_Fishermen_Coop_GCM_report.pdf"], thread_of=None,
                 notes="fishermen's cooperative; report attached and a colleague nominated in the same prose message "
                       "(both parts on time); title given relative to the association ('نائب رئيس الجمعية'), honorific "
                       "'السيد'; roundtable as ordinal word 'الثانية'; the signing chairman is not the speaker")
    return meta, root, label


@message
def h26_13():
    body = """Madame, Monsieur,

J'ai l'honneur, au nom de Monsieur le Maire d'Ali Sabieh, de vous faire part de l'intérêt de notre commune pour la Revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Ville-frontière située sur le corridor Éthiopie–Djibouti, Ali Sabieh accueille chaque jour des migrants en transit, dont de nombreux mineurs non accompagnés, et a mis en place avec ses partenaires un point d'accueil et d'orientation.

Monsieur le Maire souhaite que Mme Hasna Omar Barkat, Adjointe au Maire chargée des affaires sociales et de la solidarité, intervienne lors de la table ronde n° 3 (inclusion sociale, accès aux services de base).

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération."""
    sig = """Ahmed Youssouf Waïss
Directeur de Cabinet
Mairie d'Ali Sabieh – République de Djibouti
Tél : +253 21 42 60 11"""
    html = outlook_html(mso(body) + "\n<p class=MsoNormal>&nbsp;</p>\n<p class=MsoNormal><b>"
                        + escape(sig.split("\n")[0], quote=False) + "</b><br>\n"
                        + "<br>\n".join(escape(x, quote=False) for x in sig.split("\n")[1:]) + "</p>", lang="FR")
    root = text(html, "html", "utf-8", "qp")
    meta = dict(from_name="Cabinet du Maire - Mairie d'Ali Sabieh", from_email="cabinet.maire@alisabieh.example.dj",
                client="outlook", subject="Revue régionale PMM – participation de la Mairie d'Ali Sabieh",
                received_at=at(4, 15, 55, 19), sender_tz=tz(3), lag=44,
                mid="<000f01d6fb0c$2a91e4c0$7fb5ae40$@alisabieh.example.dj>", extra=outlook_extra(13, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hasna Omar Barkat", "Adjointe au Maire chargée des affaires sociales et de la solidarité",
                              "Mairie d'Ali Sabieh", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="city mayor's office; HTML-only Outlook message; formal letter in prose, speaker in third "
                       "person with 'Mme'; affiliation only as 'notre commune' in the body and 'Mairie d'Ali Sabieh' "
                       "in the signature of the chief of staff (not the speaker); 'table ronde n° 3'")
    return meta, root, label


@message
def h26_14():
    rows = [GILMS_ROWS_1[0],
            ["Dr. Anjali Raghunathan", "Senior Fellow", "Gulf Institute for Labour Mobility Studies (GILMS)",
             "Roundtable 4 - data and evidence-based policies"],
            GILMS_ROWS_1[2]]
    intro = """Dear colleagues,

Apologies, a correction to my message of yesterday: Dr. Raghunathan would prefer to intervene in Roundtable 4 (data and evidence-based policies) rather than Roundtable 1, as her current research is on labour market data. Mr. Al-Suwaidi's details are unchanged.

For ease of reference, the corrected details are:"""
    quoted_hdr = """From: Priya Menon <p.menon@gilms.example.org>
Sent: Wednesday, February 3, 2021 5:29 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Speaker nominations - GILMS"""
    orig_intro = """Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region. GILMS would like to propose two speakers from our team:"""
    plain = (intro + "\n\n" + tab_plain(rows) + "\n\nMany thanks,\nPriya\n\n" + GILMS_SIG + "\n\n" + quoted_hdr
             + "\n\n" + orig_intro + "\n\n" + tab_plain(GILMS_ROWS_1) + "\n\nBest regards,\nPriya")
    html = outlook_html(
        mso(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + html_table(rows, header=True)
        + "\n<p class=MsoNormal>&nbsp;</p>\n" + mso("Many thanks,\nPriya") + "\n<p class=MsoNormal>&nbsp;</p>\n"
        + mso(GILMS_SIG) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + mso(quoted_hdr) + "</div>\n" + mso(orig_intro) + "\n" + html_table(GILMS_ROWS_1, header=True)
        + "\n" + mso("Best regards,\nPriya"), lang="EN-GB")
    root = alternative(plain, html)
    meta = dict(from_name="Priya Menon", from_email="p.menon@gilms.example.org", client="outlook",
                subject="RE: Speaker nominations - GILMS", received_at=at(4, 18, 40, 26), sender_tz=tz(4), lag=37,
                mid="<VI1PR02MB5821D04B7A19E3C58F2B60A9C61@VI1PR02MB5821.eurprd02.prod.outlook.example.com>",
                in_reply_to=MID[8], references=MID[8], extra=outlook_extra(14, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Anjali Raghunathan", "Senior Fellow", "Gulf Institute for Labour Mobility Studies (GILMS)",
                              ["roundtable"], 4),
                           SP("Omar Al-Suwaidi", "Research Associate",
                              "Gulf Institute for Labour Mobility Studies (GILMS)", ["rapporteur"])],
                 report_attachments=[], thread_of="h26-08.eml",
                 notes="correction of h26-08 (In-Reply-To set): the first speaker moves from Roundtable 1 to "
                       "Roundtable 4; the new table restates both speakers, while the Outlook-style quoted original "
                       "below (not '>'-prefixed) still says Roundtable 1")
    return meta, root, label


@message
def h26_15():
    body = """سعادة منسق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترم

السلام عليكم ورحمة الله وبركاته،

تهديكم جمعية مكاتب الاستقدام الأهلية بالمنطقة الشرقية أطيب تحياتها، وإشارة إلى الدعوة الموجهة لأصحاب المصلحة، يسر الجمعية أن ترشح الأستاذ فهد عبد العزيز الدوسري، عضو مجلس الإدارة ورئيس لجنة الاستقدام العادل، لتقديم مداخلة في الجلسة العامة، وكذلك في المائدة المستديرة الأولى الخاصة بتعزيز مسارات الهجرة النظامية والعمل اللائق، حيث سيعرض تجربة الجمعية في تطبيق مبدأ "صاحب العمل يدفع" والعقود الموحدة.

شاكرين ومقدرين تعاونكم،،،

مها عبد الله القحطاني
المديرة التنفيذية
جمعية مكاتب الاستقدام الأهلية بالمنطقة الشرقية
الدمام – المملكة العربية السعودية
هاتف: +966 13 809 3322 تحويلة 114"""
    html = outlook_html(mso(body, rtl=True), lang="AR-SA", rtl=True)
    root = alternative(body, html)
    meta = dict(from_name="Maha Al-Qahtani", from_email="m.alqahtani@erab-recruit.example.sa", client="outlook",
                subject="ترشيح ممثل الجمعية للمشاركة في الاستعراض الإقليمي", received_at=at(5, 10, 30, 44),
                sender_tz=tz(3), lag=48,
                mid="<DB8PR10MB36275E0A4C1F9B2D83E6A0F4C9D2@DB8PR10MB3627.EURPRD10.PROD.OUTLOOK.example.com>",
                extra=outlook_extra(15, "ar-SA"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فهد عبد العزيز الدوسري", "عضو مجلس الإدارة ورئيس لجنة الاستقدام العادل",
                              "جمعية مكاتب الاستقدام الأهلية بالمنطقة الشرقية", ["plenary", "roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="recruitment agencies' association; nomination in one long prose sentence with the honorific "
                       "'الأستاذ'; two roles (plenary and the first roundtable, named by ordinal word and theme); the "
                       "sender (executive director) is not the speaker")
    return meta, root, label


@message
def h26_16():
    plain = """السلام عليكم

نرجو تسجيل الأخ أحمد إدريس آدم ممثلاً عن رابطة الطلاب السودانيين في جدة للمشاركة بمداخلة في المائدة المستديرة الثالثة يوم المؤتمر.

ولكم جزيل الشكر
محمد حامد

أُرسلت من الـ iPhone"""
    root = text(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Mohamed Hamid", from_email="mohamed.hamid.jed@hotmail.com", client="apple",
                relay="EUR05-VI1-obe.outbound.protection.outlook.com", subject="مشاركة",
                received_at=at(5, 21, 48, 12), sender_tz=tz(3), lag=9,
                mid="<AM6P193MB0312B8D1F70E4A9C2B5D6E8FA0C12@AM6P193MB0312.EURP193.PROD.OUTLOOK.example.com>",
                extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أحمد إدريس آدم", None, "رابطة الطلاب السودانيين في جدة", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="student union; very short mobile message (base64, one-word subject), someone else nominated "
                       "with the informal 'الأخ'; no title ('ممثلاً عن' is not a title), so title null; sent late on "
                       "the deadline day, still on time")
    return meta, root, label


@message
def h26_17():
    plain = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

نعتذر عن التأخر في إرسال هذا الطلب بسبب ضغط العمل في العيادات المتنقلة خلال الأسبوع الماضي، ونأمل أن يكون بالإمكان النظر فيه.

ترغب الرابطة في ترشيح رئيستها لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، وبياناتها كما يلي:

الاسم: د. سوسن ماجد الحسيني
الصفة: رئيسة الرابطة
الجهة: الرابطة الطبية لصحة المهاجرين في الأردن
الدور المطلوب: مقرر لعرض الرسائل الرئيسية

وتقبلوا فائق الاحترام،

م. رامي خليل النابلسي
منسق البرامج – الرابطة الطبية لصحة المهاجرين
عمّان – الأردن"""
    root = text(plain, "plain", "windows-1256", "qp")
    meta = dict(from_name="رامي النابلسي", from_email="rami.nabulsi@mamh-jo.example.org", client="other",
                hdr_charset="windows-1256", subject="ترشيح مقرر – الرابطة الطبية لصحة المهاجرين",
                received_at=at(6, 11, 20, 8), lag=29, mid="<20210206092000.7F3A2C1B90@mamh-jo.example.org>",
                extra=["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سوسن ماجد الحسيني", "رئيسة الرابطة", "الرابطة الطبية لصحة المهاجرين في الأردن",
                              ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="medical association; late (Saturday 6 February) and apologises for it; labelled lines with "
                       "'الصفة' for title and the honorific 'د.' before the name; windows-1256 body and headers; the "
                       "sender's signature ('م.' engineer, programme coordinator) is not the speaker")
    return meta, root, label


@message
def h26_18():
    plain = """Hi,

I know the deadline for speakers was last Friday, sorry! but I hope it is still possible to add me.

I'm Hodan Warsame, an independent researcher working on Somali and Ethiopian migration along the Eastern Route (Bosaso - Yemen - Saudi Arabia). I would like to take part in the open discussion on 23 Feb, mainly on returnees from Yemen.

Many thanks
Hodan

Sent from my iPhone"""
    root = alternative(plain, apple_html(plain))
    meta = dict(from_name="Hodan Warsame", from_email="hodan.warsame@gmail.com", client="apple",
                relay="mail-pj1-f51.google.com", subject="Open discussion 23 Feb", received_at=at(8, 19, 30, 41),
                sender_tz=tz(3), lag=7, mid="<D7C2E0A4-3F91-4B58-8E6D-1A2B9C0F5E73@gmail.com>",
                extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Hodan Warsame", "independent researcher", None, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February) and says so; self-nomination without any organisation (affiliation null), "
                       "title only as 'an independent researcher'; iPhone plain+HTML; Bosaso/Yemen place names are "
                       "not an affiliation")
    return meta, root, label


@message
def h26_19():
    plain = """Dear Secretariat,

We received the invitation to the Regional Review through the university network, but the
attachments mentioned in the message (concept note and draft agenda) did not come through.
Could you kindly share the draft agenda, including the timing of the four roundtables on
24-25 February? Some of our graduate students would like to follow the sessions online.

Will the sessions be recorded or streamed publicly?

With thanks and best regards,

Dr. Karim Nassar
Associate Professor of Political Sociology
Centre for Migration and Refugee Studies
Faculty of Social Sciences, Levant University, Tripoli, Lebanon

*****************************************************************************
This message is intended only for the addressee and may contain privileged
information. Any opinions expressed are those of the sender and do not
necessarily reflect those of the University.
*****************************************************************************
"""
    html = outlook_html(mso(plain.strip()), lang="EN-US")
    root = alternative(plain, html)
    meta = dict(from_name="Nassar, Karim", from_email="knassar@levant-univ.example.edu.lb", client="outlook",
                subject="Request for the draft agenda - GCM Regional Review", received_at=at(9, 10, 2, 33), lag=40,
                mid="<BN6PR11MB40178E2D5A0C4B9F13A6D7E2B1C0@BN6PR11MB4017.namprd11.prod.outlook.example.com>",
                extra=outlook_extra(19, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="academic asks for the draft agenda and whether sessions are streamed; mentions roundtables "
                       "and a title/affiliation in the signature but proposes no speaker; 'Last, First' display name; "
                       "asterisk disclaimer")
    return meta, root, label


@message
def h26_20():
    plain = """السيدات والسادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة،

باسم الائتلاف الخليجي لحقوق العمالة المنزلية، يسعدني أن أرسل إليكم التقرير الجماعي للاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أعدته سبع منظمات أعضاء في الائتلاف:

١. جمعية حماية العمال المنزليين – الكويت
٢. مبادرة بيت الأمان – البحرين
٣. مركز المساعدة القانونية للعاملات – قطر
٤. شبكة العاملات الفلبينيات والإندونيسيات في الإمارات
٥. لجنة دعم العمال الوافدين – عُمان
٦. جمعية أصدقاء العمال – المنطقة الشرقية
٧. منتدى العاملات المهاجرات – جدة

يتضمن التقرير ملاحظات الأعضاء حول الأهداف 6 و7 و15 و16 من الاتفاق، وتوصيات مشتركة للحكومات.

مع خالص التحية،

ليلى منصور البدري
منسقة الائتلاف الخليجي لحقوق العمالة المنزلية"""
    docx = tiny_docx(["تقرير جماعي للاستعراض الطوعي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                      "الائتلاف الخليجي لحقوق العمالة المنزلية – شباط/فبراير 2021",
                      "أولاً: منهجية إعداد التقرير", "ثانياً: التوظيف العادل والعمل اللائق (الهدف 6)",
                      "ثالثاً: الحد من مواطن الضعف (الهدف 7)", "رابعاً: الوصول إلى الخدمات الأساسية (الهدف 15)",
                      "خامساً: التوصيات المشتركة"], rtl=True, author="Layla Al-Badri")
    name = "التقرير_الجماعي_للاستعراض_الطوعي_2021.docx"
    root = multipart("mixed", alternative(plain, gmail_html(plain, rtl=True)),
                     attachment(docx, "application/" + DOCX, name))
    meta = dict(from_name="ليلى البدري", from_email="coordination.gcdwr@gmail.com", client="gmail",
                relay="mail-ed1-f44.google.com", subject="التقرير الجماعي – الائتلاف الخليجي لحقوق العمالة المنزلية",
                received_at=at(10, 12, 0, 17), sender_tz=tz(3), lag=5,
                mid="<CAK9pU3mWx1Rz5Tb0Ln8Yq2Ve6Hd4Jf7Gs3A@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="collective report of a seven-member network; Arabic DOCX file name (RFC 2231); member list in "
                       "the body with Arabic-Indic numerals; the coordinator's signature is not a speaker request")
    return meta, root, label


@message
def h26_21():
    plain = """Madame, Monsieur,

Le Comité régional d'Anjouan du Croissant-Rouge comorien a l'honneur de vous transmettre, en pièce jointe, sa contribution à la revue volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport rend compte de nos interventions auprès des familles des personnes disparues en mer entre Anjouan et Mayotte, de l'assistance aux personnes reconduites, et du rétablissement des liens familiaux.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Soifiat Ahmed Mohamed
Chargée de programme Migration et RLF
Croissant-Rouge comorien – Comité régional d'Anjouan
Mutsamudu, Union des Comores
Tél. : +269 771 20 45"""
    html = outlook_html(mso(plain) + '\n<p class=MsoNormal><img width=96 height=30 src="cid:image001.png@01D70123.4A5B6C70" '
                        'alt="Logo CRCo"></p>', lang="FR")
    body = multipart("related", alternative(plain, html, "windows-1252", "qp"),
                     attachment(tiny_png((200, 16, 46)), "image/png", "image001.png", "inline",
                                cid="image001.png@01D70123.4A5B6C70"), type="multipart/alternative")
    pdf = tiny_pdf(["Croissant-Rouge comorien - Comite regional d'Anjouan",
                    "Contribution a la revue volontaire du Pacte mondial sur les migrations", "Fevrier 2021", "",
                    "1. Contexte : les traversees entre Anjouan et Mayotte",
                    "2. Familles de personnes disparues en mer (Objectif 8)",
                    "3. Personnes reconduites : accueil et assistance (Objectif 21)",
                    "4. Retablissement des liens familiaux", "5. Recommandations"],
                   "Rapport CRCo Anjouan - PMM 2021")
    root = multipart("mixed", body, attachment(pdf, "application/pdf", "Rapport_CRCo_Anjouan_PMM_2021.pdf"))
    meta = dict(from_name="Soifiat Ahmed Mohamed", from_email="s.ahmedmohamed@crco-anjouan.example.km",
                client="outlook", subject="Contribution du Croissant-Rouge comorien (Anjouan) - revue volontaire PMM",
                received_at=at(12, 9, 40, 55), sender_tz=tz(3), lag=46,
                mid="<005101d70123$4a5b6c70$def24150$@crco-anjouan.example.km>",
                extra=outlook_extra(21, "fr-FR", attach=True))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_CRCo_Anjouan_PMM_2021.pdf"], thread_of=None,
                 notes="Red Crescent regional branch; Outlook mixed > related > alternative with an inline logo "
                       "image001.png (not part of the report); windows-1252 quoted-printable body; the word 'revue "
                       "volontaire' instead of 'rapport volontaire'")
    return meta, root, label


@message
def h26_22():
    plain = """Bonjour,

Nous avons bien reçu l'invitation et nous vous en remercions. Quelques questions pratiques :

1) La consultation multipartite du 23 février aura-t-elle lieu uniquement en ligne ? Sur quelle plateforme (Zoom, Teams…) ?
2) Y aura-t-il une interprétation en français pendant les tables rondes ?
3) Comment et quand recevrons-nous le lien de connexion ? Faut-il s'inscrire séparément pour chaque participant ?

Nous n'avons pas demandé de prise de parole, nous souhaitons seulement suivre les travaux.

Merci d'avance pour votre réponse.

Bien à vous,

Kouamé Serge N'Guessan
Collectif des Étudiants Subsahariens de Sfax
+216 52 301 887"""
    root = alternative(plain, gmail_html(plain))
    meta = dict(from_name="Serge N'Guessan", from_email="serge.nguessan.cess@gmail.com", client="gmail",
                relay="mail-wr1-f41.google.com", subject="Questions pratiques - consultation du 23 février",
                received_at=at(15, 11, 0, 28), sender_tz=tz(1), lag=4,
                mid="<CAH6rT2bLq9Wm0Xv4Kd1Pz7Ns3Fy8Ge5Uc2J@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (platform, interpretation, connection link) from a student collective; "
                       "explicitly not asking for a speaking role although it mentions the consultation and tables rondes")
    return meta, root, label


@message
def h26_23():
    plain = """Dear colleagues,

On behalf of my colleague Lucia, who is on mission in Garowe with limited connectivity, please find
below and attached the contribution of the UN Women Somalia Country Office to the voluntary GCM
review for the Arab region.

Best,
Amina

Amina Yusuf Abdi
Programme Associate, Women, Peace and Security
UN Women Somalia Country Office | Mogadishu

---------- Forwarded message ---------
From: Lucia Fernandes <lucia.fernandes@unwomen.example.org>
Date: Tue, Feb 16, 2021 at 3:48 PM
Subject: Final - UN Women Somalia inputs to GCM regional review
To: Amina Yusuf Abdi <amina.abdi@unwomen.example.org>


Dear Amina,

Attached is the final version of our inputs, cleared by the Country Representative this
morning. Could you please send it to gcmrrarabstates@iom.int today? The deadline is tonight.

Thanks a lot!
Lucia

--
Lucia Fernandes
Migration and Gender Specialist
UN Women Somalia Country Office
"""
    docx = tiny_docx(["UN Women Somalia Country Office", "Inputs to the voluntary GCM review - Arab region, 2021",
                      "1. Gender-responsive implementation of the GCM in Somalia",
                      "2. Women and girls on the Eastern Route: risks of trafficking and gender-based violence",
                      "3. Returnees from Yemen and Saudi Arabia: reintegration needs of women",
                      "4. Recommendations"], author="Lucia Fernandes")
    name = "UNW_Somalia_GCM_Voluntary_Review_Inputs_FINAL.docx"
    root = multipart("mixed", alternative(plain, gmail_html(plain)), attachment(docx, "application/" + DOCX, name))
    meta = dict(from_name="Amina Yusuf Abdi", from_email="amina.abdi@unwomen.example.org", client="gmail",
                relay="mail-oi1-f180.google.com",
                subject="Fwd: Final - UN Women Somalia inputs to GCM regional review", received_at=at(16, 16, 20, 9),
                sender_tz=tz(3), lag=8, mid="<CAJ0vR8nTq3Lw6Yd1Xm9Bk4Pe7Hs2Fz5Gc8N@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="UN agency country office; Gmail forward of a colleague's message, the author of the report is "
                       "in the forwarded header; forwarded text contains the review address and 'the deadline is "
                       "tonight' (received on 16 February: on time); two signatures, no speaker")
    return meta, root, label


@message
def h26_24():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport de l'Union des Ressortissants Ivoiriens au Maroc (URIM) dans le cadre de la revue volontaire du Pacte mondial sur les migrations.

Nous vous prions de bien vouloir nous excuser pour ce léger retard, dû à une coupure d'internet à notre siège hier soir. Nous espérons qu'il pourra malgré tout être pris en compte.

Le rapport traite de la régularisation des migrants ivoiriens, de l'accès à la santé et à l'école pour les enfants, et du retour volontaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mme Aya Christelle Kouassi
Secrétaire générale de l'URIM
Rabat – Maroc
Tél. : +212 6 61 48 22 09"""
    html = outlook_html(mso(plain), lang="FR")
    pdf = tiny_pdf(["Union des Ressortissants Ivoiriens au Maroc (URIM)",
                    "Rapport dans le cadre de la revue volontaire du PMM - 2021", "",
                    "1. Regularisation et documentation (Objectif 4)",
                    "2. Acces a la sante et a l'education (Objectif 15)",
                    "3. Retour volontaire et reintegration (Objectif 21)", "4. Recommandations"],
                   "Rapport URIM PMM 2021")
    root = multipart("mixed", alternative(plain, html, "windows-1252", "qp"),
                     attachment(pdf, "application/pdf", "Rapport_URIM_revue_volontaire_PMM.pdf"))
    meta = dict(from_name="URIM Secrétariat", from_email="secretariat@urim-maroc.example.ma", client="outlook",
                hdr_charset="iso-8859-1", subject="Rapport URIM - revue volontaire PMM", received_at=at(17, 10, 5, 13),
                sender_tz=tz(1), lag=42, mid="<002a01d7050b$9e3c1d80$dab45880$@urim-maroc.example.ma>",
                extra=outlook_extra(24, "fr-FR", attach=True))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_URIM_revue_volontaire_PMM.pdf"], thread_of=None,
                 notes="late (17 February) and apologises; Ivorian diaspora union; windows-1252 body, ISO-8859-1 display name; "
                       "shared secretariat mailbox; signature with 'Mme' and a title is not a speaker request")
    return meta, root, label


# ------------------------------------------------------------------------- writer
SPEAKER_DEADLINE = at(5, 23, 59, 59)
REPORT_DEADLINE = at(16, 23, 59, 59)


def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    previous = None
    for i, fn in enumerate(MESSAGES, 1):
        name = "h26-%02d.eml" % i
        assert fn.__name__ == "h26_%02d" % i, fn.__name__
        meta, root, label = fn()
        meta["n"] = i
        rat = meta["received_at"]
        assert previous is None or rat > previous, name
        previous = rat
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat = label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout26"))
