#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout51 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets51.py
Written without reading intake/ or rules/.  A plain week of the mailbox: each message is one function
returning (envelope, MIME tree, label); the writer renders CRLF messages and computes on_time.
"""
import base64
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
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
FIXED_ZIP_TIME = (2021, 2, 1, 10, 0, 0)


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def R(mo, d, h, mi, s=0):
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachment payloads
def tiny_png(rgb, w=20, h=10):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title):
    """One-page PDF with Helvetica text (Latin-1 only; Arabic reports get an English cover page)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 6.4) >>").encode("latin-1"),
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
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""
DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>%s</dc:title><dc:creator>%s</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T10:00:00Z</dcterms:created>
</cp:coreProperties>"""


def tiny_docx(paragraphs, author="user", rtl=False):
    """Minimal WordprocessingML package built with zipfile (fixed timestamps, reproducible bytes)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{xml_escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS),
                           ("docProps/core.xml", DOCX_CORE % (xml_escape(paragraphs[0]), xml_escape(author))),
                           ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    return MIMEText(text.replace("\r\n", "\n"), subtype, cs)


def alt(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def mixed(parts, boundary=None):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
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


def attachment(data, ctype, filename, style="2231", disposition="attachment", cid=None):
    maintype, subtype = ctype.split("/")
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
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


def gmail_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            f'</head>\n<body lang={lang} link="#0563C1"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n')


def paras(text):
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
        for para in text.split("\n\n"))


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                      for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc_header(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def encoded_words(text, charset):
    """RFC 2047 B-words of at most 75 characters, split after a space (as webmail clients do), so
    that a decoder's handling of the gap between adjacent words cannot cut a word in two."""
    def word(chunk):
        return "=?{}?B?{}?=".format(charset.upper(), base64.b64encode(chunk.encode(charset)).decode("ascii"))
    words, current = [], ""
    for token in text.split(" "):
        candidate = current + (" " if current else "") + token
        if current and len(word(candidate)) > 75:
            words.append(word(current + " "))
            current = token
        else:
            current = candidate
    words.append(word(current))
    return "\r\n ".join(words)


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_))
    return f"{encoded_words(name, charset)} <{email_}>"


def render(m, root, n):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 5}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id "
         f"4DW{n:02d}q51Lk\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host}",
         "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")),
          "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h += m.get("extra_headers", [])
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(lang, n):
    return [f"Thread-Index: AdcB{n * 41:04d}R5kq2mW8xT0uYv3bN7z==", f"Accept-Language: {lang}",
            f"Content-Language: {lang}", "X-MS-Has-Attach: ", "X-Mailer: Microsoft Outlook 16.0"]


GMAIL_MID = "<CA%s@mail.gmail.com>"

# ----------------------------------------------------------------- the invitation as stakeholders quote it
INVITE_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) وأعضاء شبكة الأمم المتحدة الإقليمية المعنية بالهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (24-25 شباط/فبراير 2021) وإلى المشاورة مع أصحاب المصلحة المتعددين (23 شباط/فبراير 2021).

ويُدعى أصحاب المصلحة المهتمون إلى إبداء رغبتهم في المشاركة في النقاش المفتوح خلال المشاورة، أو في تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، أو في تقديم مداخلة خلال الجلسات العامة أو الموائد المستديرة المواضيعية الأربع، وذلك بإرسال اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

كما تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي إلى يوم الثلاثاء 16 شباط/فبراير 2021."""

INVITE_FR_SUBJECT = "Invitation : Examen régional du Pacte mondial sur les migrations dans la région arabe"
INVITE_EN_SUBJECT = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"
INVITE_MID = "<DB9PR04MB8312A61C0E4F7B2D9C51A77FB3C40@DB9PR04MB8312.eurprd04.prod.outlook.com>"

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID = {
    "h51-03": GMAIL_MID % "Lk3pR8vWq0_nZ2yX7bJ4dF6hT1mS9cE5aQ=Uo2w",
    "h51-05": "<5f1a2c8e-3d47-4b9a-a0e1-7c2d9b4e6f10@rashidieh-women.example.org>",
    "h51-19": GMAIL_MID % "Nq7tY2kH5_xB0vL9pM3dR8wS4gF1jZ6cE=Ka5r",
}
ACK_05 = "<ack.20210204T0921.GCM-AR-0017@gcm-intake.iom.int>"


# ================================================================= the messages
@message
def h51_01():
    plain = """Dear colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for
Migration in the Arab region.

The ILO Country Office for Jordan would like to request a floor intervention in
Roundtable 1 (regular pathways, decent work and drivers of migration). Details of
the proposed speaker:

Name: Joanna Saadeh
Title: Labour Migration Programme Officer
Affiliation: International Labour Organization (ILO) Country Office for Jordan
Session: Roundtable 1

We will share the talking points with the secretariat in due course.

Best regards,
Joanna

Joanna Saadeh
Labour Migration Programme Officer
International Labour Organization (ILO) Country Office for Jordan
Tel: +962 6 562 0711 | Mobile: +962 79 614 2283

Please consider the environment before printing this e-mail.
This message is intended only for the addressee. If you received it in error,
please notify the sender and delete it. Views expressed are those of the author
and do not necessarily reflect the views of the ILO."""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=96 height=40 src="cid:image001.png@01D6F94B.2A3C5E10"></p>')
    logo = attachment(tiny_png((0, 70, 140)), "image/png", "image001.png", disposition="inline",
                      cid="image001.png@01D6F94B.2A3C5E10")
    root = related(alt(plain, html, boundary="_000_AM6PR0702MB3561"), [logo], boundary="_004_AM6PR0702MB3561")
    meta = dict(from_name="Joanna Saadeh", from_email="saadeh@ilo.example.org", subject="Speaker request - Roundtable 1",
                received_at=R(2, 2, 16, 40, 12), sender_tz=tz(2), lag=61,
                mid="<AM6PR0702MB356149E1C2B0D6F3A8E5E6C1D0BE0@AM6PR0702MB3561.eurprd07.prod.outlook.com>",
                extra_headers=outlook("en-US", 1))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Joanna Saadeh", "Labour Migration Programme Officer",
                              "International Labour Organization (ILO) Country Office for Jordan", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines, sender is the speaker; UN agency; inline logo image001.png and a legal "
                       "disclaimer; the intro uses the shorter 'ILO Country Office for Jordan', the label takes the "
                       "fuller form of the labelled line")
    return meta, root, label


@message
def h51_02():
    plain = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسر النقابة المستقلة للممرضات والممرضين في الأردن أن ترشح المتحدثَين التاليين للمشاركة في أعمال المؤتمر الإقليمي:

| الاسم | المسمى الوظيفي | الجهة | الجلسة المطلوبة |
| السيدة رُبى الخوالدة | رئيسة النقابة | النقابة المستقلة للممرضات والممرضين في الأردن | الجلسة العامة |
| السيد معاذ الطراونة | مسؤول ملف الممرضين المهاجرين | النقابة المستقلة للممرضات والممرضين في الأردن | المائدة المستديرة الأولى |

نأمل التكرم بتأكيد استلام الطلب.

وتفضلوا بقبول فائق الاحترام،

عبير الزيود
سكرتيرة النقابة
هاتف: 4639 552 6 962+"""
    rows = [("الاسم", "المسمى الوظيفي", "الجهة", "الجلسة المطلوبة"),
            ("السيدة رُبى الخوالدة", "رئيسة النقابة", "النقابة المستقلة للممرضات والممرضين في الأردن", "الجلسة العامة"),
            ("السيد معاذ الطراونة", "مسؤول ملف الممرضين المهاجرين", "النقابة المستقلة للممرضات والممرضين في الأردن",
             "المائدة المستديرة الأولى")]
    table = ('<table border=1 cellspacing=0 cellpadding=4 dir=rtl>'
             + "".join("<tr>{}</tr>".format("".join(f"<td><p class=MsoNormal>{escape(c)}</p></td>" for c in r))
                       for r in rows) + "</table>")
    intro, _, rest = plain.partition("| الاسم")
    outro = rest.split("المستديرة الأولى |\n", 1)[1]
    html = outlook_html(paras(intro.strip()) + "\n" + table + "\n" + paras(outro.strip()), lang="AR-JO", rtl=True)
    root = alt(plain, html, cte="b64", boundary="_000_VI1PR03MB4398")
    meta = dict(from_name="عبير الزيود", from_email="secretary@jonurses-union.example.jo",
                subject="ترشيح متحدثين - النقابة المستقلة للممرضات والممرضين",
                received_at=R(2, 3, 10, 15, 40), lag=75,
                mid="<VI1PR03MB4398F1D2E3A4B5C6D7E8F9A0B1C2D3E4@VI1PR03MB4398.eurprd03.prod.outlook.com>",
                extra_headers=outlook("ar-JO", 2))
    aff = "النقابة المستقلة للممرضات والممرضين في الأردن"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رُبى الخوالدة", "رئيسة النقابة", aff, ["plenary"], None),
                           SP("معاذ الطراونة", "مسؤول ملف الممرضين المهاجرين", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a table (HTML table, pipe rows in the plain part), honorifics السيدة/السيد in "
                       "the name cells; the sender (union secretary) is not a speaker; 'في الأردن' is part of the "
                       "union's name; name with a damma (رُبى); base64 UTF-8")
    return meta, root, label


@message
def h51_03():
    plain = """Bonjour,

Je souhaiterais prendre part à la discussion ouverte de la consultation
multipartite du 23 février, au nom de notre clinique juridique, qui accompagne
depuis 2017 des travailleuses domestiques migrantes dans leurs démarches
(contrats, passeports confisqués, sortie du système de la kafala).

Vous trouverez mes coordonnées ci-dessous.

Bien cordialement,

--
Me Rita Karam
Avocate, coordinatrice de la Clinique juridique
Clinique juridique des droits des migrants – Faculté de droit, Université Saint-Augustin
Beyrouth – Liban
+961 3 418 227"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a1b2c305ba3e51f7")
    meta = dict(from_name="Rita Karam", from_email="rita.karam.avocate@gmail.example.com",
                subject="Participation à la consultation du 23 février", received_at=R(2, 3, 13, 5, 3), lag=14,
                mid=MID["h51-03"], relay="mail-wr1-f51.google.com")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Rita Karam", "Avocate, coordinatrice de la Clinique juridique",
                              "Clinique juridique des droits des migrants – Faculté de droit, Université Saint-Augustin",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="name, title and affiliation only in the signature, after 'Me' (Maître, an honorific); the "
                       "body says only 'notre clinique juridique'; personal webmail address; 'Beyrouth – Liban' "
                       "is the location line, not part of the affiliation. A second speaker is added later (h51-12)")
    return meta, root, label


@message
def h51_04():
    plain = """Dear GCM Review team,

Greetings from Doha.

Please find attached the voluntary GCM review report of the Kenya Community
Welfare Association in Qatar (KCWAQ). It is based on a survey of 212 Kenyan
workers in the hospitality, security and domestic work sectors and on four focus
group discussions held in November and December 2020, and looks mainly at
Objectives 6 (fair recruitment), 7 (reducing vulnerabilities) and 20 (remittances).

Kindly acknowledge receipt.

Warm regards,

Peter Kamau Njoroge
Secretary General, KCWAQ
+974 5512 8830"""
    pdf = tiny_pdf(["Kenya Community Welfare Association in Qatar (KCWAQ)",
                    "Voluntary GCM Review Report - Regional Review, Arab region 2021",
                    "1. Introduction", "2. Fair recruitment (Objective 6)", "3. Vulnerabilities (Objective 7)",
                    "4. Remittances (Objective 20)", "5. Recommendations"], "KCWAQ Voluntary GCM Review")
    root = mixed([alt(plain, gmail_html(plain), boundary="000000000000c4d5e605ba4f2a11"),
                  attachment(pdf, "application/pdf", "KCWAQ_Voluntary_GCM_Review_2021.pdf")],
                 boundary="000000000000c4d5e705ba4f2a13")
    meta = dict(from_name="Peter Kamau", from_email="kcwaq.qatar@gmail.example.com",
                subject="KCWAQ voluntary report - GCM regional review", received_at=R(2, 3, 18, 30, 27),
                sender_tz=tz(3), lag=9, relay="mail-ed1-f44.google.com",
                mid=GMAIL_MID % "Hx4mW9pT2_rQ7vB0kN5sL8dJ3fC6yG1aE=Zt8e")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["KCWAQ_Voluntary_GCM_Review_2021.pdf"], thread_of=None,
                 notes="plain Gmail submission with one PDF; Kenyan diaspora group in Qatar; Date header in +03:00; "
                       "signature title is not a speaker request")
    return meta, root, label


@message
def h51_05():
    plain = """مساء الخير،

أنا سعاد حمدان، منسّقة المشاريع، وأودّ المشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم 23 شباط.
نعمل منذ سنوات مع النساء اللاجئات والعاملات المهاجرات في منطقة صور، وعندنا تجربة نحب نشاركها.

شكراً لكم
سعاد"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="Boundary_(ID_r5T2kW9xQ0mZ3vB7nL1dJA)")
    meta = dict(from_name="جمعية نساء الرشيدية للتنمية", from_email="info@rashidieh-women.example.org",
                subject="المشاركة في النقاش المفتوح", received_at=R(2, 4, 9, 20, 5), lag=37, mid=MID["h51-05"],
                extra_headers=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سعاد حمدان", "منسّقة المشاريع", "جمعية نساء الرشيدية للتنمية",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="the organisation appears only in the From display name, the body never names it (two RFC 2047 "
                       "B-words split after a space: policy.default shows a double space there); "
                       "title with a shadda (منسّقة); first-person, colloquial Levantine touches; Roundcube webmail")
    return meta, root, label


@message
def h51_06():
    plain = """Madame, Monsieur,

Je me permets de vous écrire au sujet de la conférence régionale des 24 et 25
février. Notre association a reçu votre invitation et deux de nos membres
souhaiteraient y assister.

Pourriez-vous nous préciser si la conférence se tiendra en présentiel (à Beyrouth
ou au Caire ?) ou uniquement en ligne, compte tenu de la situation sanitaire ?
Dans le cas d'une participation en présentiel, serait-il possible d'obtenir une
lettre d'invitation officielle afin d'appuyer nos demandes de visa ? Les délais
consulaires à Alger sont actuellement de trois à quatre semaines.

Je vous remercie par avance de votre réponse.

Cordialement,

Yacine Boudiaf
Chargé des partenariats
Association Algérienne pour l'Accompagnement des Migrants (3AM)
Tél. : +213 21 74 52 96"""
    root = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Yacine Boudiaf", from_email="y.boudiaf@3am-dz.example.org",
                subject="Question : visa et format de la conférence (24-25 février)",
                received_at=R(2, 4, 11, 2, 44), sender_tz=tz(1), lag=40, hdr_charset="iso-8859-1",
                mid="<6b0c2d91-5e7f-8a3b-c4d2-e1f0a9b8c7d6@3am-dz.example.org>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / format question; mentions two members who want to attend but proposes no speaker "
                       "and no speaking role; Thunderbird, ISO-8859-1 quoted-printable")
    return meta, root, label


@message
def h51_07():
    fwd = """---------- Forwarded message ---------
From: نادين عيتاني <n.itani@malath-legalaid.example.org>
Date: Thu, Feb 4, 2021 at 1:48 PM
Subject: ترشيح لمداخلة في المؤتمر الإقليمي
To: هبة سرحان <h.sarhan@malath-legalaid.example.org>


هبة مرحبا،

الرجاء إرسال الترشيح التالي إلى عنوان المراجعة الإقليمية (gcmrrarabstates@iom.int) قبل يوم الجمعة:

نرشّح الزميلة المحامية ريم ناصيف، المسؤولة عن وحدة التقاضي الاستراتيجي في مركز ملاذ للعون القانوني للعمال المهاجرين، لتقديم مداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين: إدارة الحدود والاتجار بالبشر والاحتجاز)، نظراً لعملها على قضايا الاحتجاز الإداري والترحيل.

شكراً
نادين عيتاني
المديرة التنفيذية
مركز ملاذ للعون القانوني للعمال المهاجرين
بيروت"""
    plain = "تحية طيبة،\n\nأعيد إليكم أدناه ترشيح المركز كما وصلني من المديرة التنفيذية.\n\nمع الشكر،\nهبة سرحان\nمساعدة إدارية\n\n" + fwd
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000f1e2d305ba5c7d22")
    meta = dict(from_name="هبة سرحان", from_email="h.sarhan@malath-legalaid.example.org",
                subject="Fwd: ترشيح لمداخلة في المؤتمر الإقليمي", received_at=R(2, 4, 15, 12, 9), lag=12,
                mid=GMAIL_MID % "Pd8sG3nV6_wK1zR4tB7mX0qH2jL5cF9yA=Mh3k")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم ناصيف", "المسؤولة عن وحدة التقاضي الاستراتيجي",
                              "مركز ملاذ للعون القانوني للعمال المهاجرين", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail forward: the nomination is in the forwarded internal mail, written by the director; "
                       "the sender (an administrative assistant) and the director are not speakers; 'المحامية' before "
                       "the name describes her profession, the title is the clause after the name; roundtable as an "
                       "ordinal word with its theme")
    return meta, root, label


@message
def h51_08():
    plain = """Hello, I would like to speak at roundtable 2 about the situation of Nepali workers in detention and deportation. Ram Bahadur Gurung, Nepal Migrant Solidarity Circle, Dubai. Thank you

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Ram Gurung", from_email="rambgurung88@yahoo.example.com", subject="Roundtable 2",
                received_at=R(2, 4, 21, 47, 33), sender_tz=tz(4), lag=29, relay="sonic311-20.consmr.mail.ir2.yahoo.com",
                mid="<4C7E2B19-0A5D-4F83-B6E1-92D0C3A8F5B7@yahoo.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ram Bahadur Gurung", None, "Nepal Migrant Solidarity Circle", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message, one line; no title (null); the From display name is shorter than the "
                       "full name in the body; 'Dubai' is the location; Date header in +04:00")
    return meta, root, label


@message
def h51_09():
    plain = """السلام عليكم ورحمة الله وبركاته،
تحية طيبة وبعد،

Madame, Monsieur,

Suite à votre invitation, l'Association Tunisienne d'Appui aux Migrants (ATAM)
a l'honneur de proposer la candidature de sa chargée de plaidoyer pour assurer
le rôle de rapporteuse et présenter les messages clés des parties prenantes lors
de la consultation du 23 février :

    Mme Hela Ben Romdhane
    Chargée de plaidoyer
    Association Tunisienne d'Appui aux Migrants (ATAM)

وقد شاركت السيدة هالة في إعداد التقرير الوطني الموازي حول الهجرة سنة 2020 وتتقن العربية والفرنسية والإنجليزية.

Nous restons à votre disposition pour tout complément d'information.

مع فائق الاحترام والتقدير،
Bien cordialement,

Sami Jlassi
Président – ATAM
جمعية التونسية لمساندة المهاجرين
Sfax, Tunisie – +216 74 402 118"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_7C1D9E2F-4A3B-4C5D-8E6F-0A1B2C3D4E5F")
    meta = dict(from_name="Sami Jlassi", from_email="president@atam-tn.example.org",
                subject="Candidature rapporteuse – ATAM", received_at=R(2, 5, 10, 30, 18), sender_tz=tz(1), lag=33,
                mid="<8A2B4C6D-1E3F-4A5B-9C7D-E0F1A2B3C4D5@atam-tn.example.org>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.40.0.2.32)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hela Ben Romdhane", "Chargée de plaidoyer",
                              "Association Tunisienne d'Appui aux Migrants (ATAM)", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="body mixes Arabic (greeting, a sentence about the speaker, closing) and French (request and "
                       "details); acknowledge in French; 'rapporteuse' (feminine); the sender (president) is not the "
                       "speaker; Arabic name of the association in the signature")
    return meta, root, label


@message
def h51_10():
    plain = """حضرات المنظمين الكرام،

نرجو قبول مشاركة الأخت ماري روز عقيقي، مديرة المركز، بمداخلة في المائدة المستديرة الثالثة حول الإدماج الاجتماعي والحصول على الخدمات الأساسية، إذ يقدّم المركز منذ عام 2013 خدمات الإيواء والدعم النفسي والاجتماعي للعاملات المهاجرات.

الاسم: ماري روز عقيقي
المسمى الوظيفي: مديرة المركز
الجهة: مركز القديس أنطونيوس الاجتماعي – الرهبانية المارونية

مع الشكر والتقدير،
الأب جورج حداد
أمين سر المركز
جبيل – لبنان
هاتف: 541 944 9 961+

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 3:00 PM
Subject: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

""" + INVITE_AR
    html = outlook_html(paras(plain), lang="AR-LB", rtl=True)
    root = alt(plain, html, charset="windows-1256", cte="qp", boundary="_000_PR3PR08MB5723")
    meta = dict(from_name="St Anthony Social Centre", from_email="centre@stanthony-social.example.lb",
                subject="RE: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(2, 5, 12, 10, 51), lag=88, hdr_charset="windows-1256",
                mid="<PR3PR08MB5723B0C1D2E3F4A5B6C7D8E9F0A1B2C3@PR3PR08MB5723.eurprd08.prod.outlook.com>",
                in_reply_to=INVITE_MID, references=INVITE_MID, extra_headers=outlook("ar-LB", 10))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ماري روز عقيقي", "مديرة المركز", "مركز القديس أنطونيوس الاجتماعي – الرهبانية المارونية",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook reply quoting the Arabic invitation (with the misprinted 'الجمعة 23 شباط' speaker "
                       "deadline and the voluntary-report call); religious honorific 'الأخت' (Sister) not part of the "
                       "name; signer (الأب, secretary) is not the speaker; English From display name; windows-1256")
    return meta, root, label


@message
def h51_11():
    plain = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Sudanese Migrants'
Voice Network (SMVN), which I drafted with input from our member groups in
Lebanon, Jordan and Egypt.

I would also like to request a floor intervention in the plenary session on
24 or 25 February to present the main findings of the report myself.

My details:
Dr. Amani Osman Elnour
Founder and Chairperson
Sudanese Migrants' Voice Network (SMVN)

Many thanks,
Amani

--
Dr. Amani Osman Elnour | Founder and Chairperson
Sudanese Migrants' Voice Network (SMVN)
Beirut | +961 76 330 582 | www.smvn.example.org"""
    docx = tiny_docx(["Sudanese Migrants' Voice Network (SMVN) - Voluntary GCM Review Report 2021",
                      "Author: Dr. Amani Osman Elnour",
                      "Section 1. Context of Sudanese migration in the Arab region",
                      "Section 2. Access to documentation and regularisation (Objective 4)",
                      "Section 3. Recommendations"], author="Amani Osman")
    root = mixed([alt(plain, outlook_html(paras(plain)), boundary="_000_DU2PR05MB7119"),
                  attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "SMVN_GCM_Voluntary_Review_2021_final.docx")], boundary="_002_DU2PR05MB7119")
    meta = dict(from_name="Amani Osman Elnour", from_email="amani.osman@smvn.example.org",
                subject="SMVN voluntary report + request to speak (plenary)", received_at=R(2, 5, 14, 25, 36),
                lag=52, mid="<DU2PR05MB71196A7B8C9D0E1F2A3B4C5D6E7F8A9B@DU2PR05MB7119.eurprd05.prod.outlook.com>",
                extra_headers=outlook("en-GB", 11))
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Amani Osman Elnour", "Founder and Chairperson", "Sudanese Migrants' Voice Network (SMVN)",
                              ["plenary"], None)],
                 report_attachments=["SMVN_GCM_Voluntary_Review_2021_final.docx"], thread_of=None,
                 notes="both, on time (5 February): the sender is the report's author and the proposed speaker; "
                       "'Dr.' not part of the name; migrant-led diaspora network; DOCX report")
    return meta, root, label


@message
def h51_12():
    original = """Bonjour,

Je souhaiterais prendre part à la discussion ouverte de la consultation
multipartite du 23 février, au nom de notre clinique juridique, qui accompagne
depuis 2017 des travailleuses domestiques migrantes dans leurs démarches
(contrats, passeports confisqués, sortie du système de la kafala).

Vous trouverez mes coordonnées ci-dessous.

Bien cordialement,

--
Me Rita Karam"""
    plain = """Bonjour,

Je me permets de compléter ma demande ci-dessous : nous souhaiterions proposer une
seconde intervenante, pour une intervention dans la table ronde n° 2 (droits
humains des migrants, détention) :

Pr Joëlle Matar, Professeure de droit international public, Faculté de droit,
Université Saint-Augustin

Ma propre demande pour la discussion ouverte reste inchangée.

Merci d'avance et bonne journée,
Rita Karam

Le mer. 3 févr. 2021 à 13:04, Rita Karam <rita.karam.avocate@gmail.example.com> a écrit :

""" + quote(original)
    root = alt(plain, gmail_html(plain), boundary="000000000000b7c8d905ba6e9f41")
    meta = dict(from_name="Rita Karam", from_email="rita.karam.avocate@gmail.example.com",
                subject="Re: Participation à la consultation du 23 février", received_at=R(2, 5, 16, 40, 2), lag=11,
                mid=GMAIL_MID % "Rk5tV8wY1_zA4cD7fG0hJ3kM6nP9qS2uX=Bv1n", relay="mail-wm1-f52.google.com",
                in_reply_to=MID["h51-03"], references=MID["h51-03"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Joëlle Matar", "Professeure de droit international public",
                              "Faculté de droit, Université Saint-Augustin", ["roundtable"], 2)],
                 report_attachments=[], thread_of="h51-03.eml",
                 notes="reply adding a second speaker to the earlier request (In-Reply-To h51-03); only the new "
                       "speaker is labelled, the first one (quoted, 'reste inchangée') was labelled in h51-03; 'Pr' "
                       "is an honorific; her affiliation (faculty) differs from the first speaker's clinic")
    return meta, root, label


@message
def h51_13():
    plain = """Dear Organisers,

Greetings of solidarity from the Arab Federation of Construction and Wood Workers.

Our Federation would like to nominate Brother Salem Odeh, Head of the Migrant
Workers' Desk at the Federation, to take the floor during roundtable two on the
protection of the human rights of migrants. Brother Salem has been following the
cases of migrant construction workers stranded without wages during the
pandemic and would speak to the situation on sites in Jordan and the Gulf.

We thank you and look forward to your confirmation.

In solidarity,

Khalil Mahasneh
General Secretary
Arab Federation of Construction and Wood Workers (AFCWW) - Amman
Tel +962 6 465 0193  Fax +962 6 465 0194"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="AFCWW General Secretariat", from_email="gs@afcww.example.org",
                subject="Nomination for roundtable two", received_at=R(2, 5, 17, 55, 19), lag=46,
                mid="<000301d6fbd4$2e1a5b70$8a4f1250$@afcww.example.org>",
                extra_headers=["X-Mailer: Microsoft Outlook 14.0", "Content-Language: en-us"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Salem Odeh", "Head of the Migrant Workers' Desk",
                              "Arab Federation of Construction and Wood Workers (AFCWW)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="trade-union prose: the speaker is 'Brother Salem Odeh' (union honorific, not part of the name); "
                       "roundtable number as a word ('roundtable two'); the signer (General Secretary) is not the "
                       "speaker; affiliation with acronym only in the signature, '- Amman' is the location")
    return meta, root, label


@message
def h51_14():
    plain = """Madame, Monsieur,

La Commission nationale pour la promotion de la femme (CNPF) souhaiterait
intervenir lors d'une séance plénière de la Conférence d'examen régional
(24-25 février 2021), afin de présenter les mesures adoptées en faveur des
travailleuses migrantes.

Intervenante proposée : Mme Carole Abi Nader, Vice-présidente de la CNPF.

Je vous prie d'agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Nayla Sfeir
Chargée de mission – Relations internationales
Commission nationale pour la promotion de la femme (CNPF)
Tél. : +961 1 611 472

-----------------------------------------------------------------------------
تنبيه: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للشخص أو الجهة الموجهة
إليها. إذا تلقيت هذه الرسالة عن طريق الخطأ، يرجى إبلاغ المرسل فوراً وحذفها
من نظامك. يُحظر نسخ هذه الرسالة أو توزيعها أو الإفصاح عن محتواها دون إذن
مسبق. لا تتحمل الهيئة أي مسؤولية عن الفيروسات أو عن أي ضرر ناتج عن استخدام
هذه الرسالة، والآراء الواردة فيها تعبر عن رأي كاتبها فقط.

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et
établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce
message par erreur, merci d'en avertir immédiatement l'expéditeur et de le
détruire. Toute utilisation, diffusion ou publication, totale ou partielle,
est interdite sauf autorisation expresse. La Commission décline toute
responsabilité au titre de ce message s'il a été altéré ou falsifié.

DISCLAIMER: This message and any attachments are confidential and intended
solely for the addressee. If you have received this message in error, please
notify the sender immediately and delete it from your system. Any use,
dissemination or disclosure, in whole or in part, without prior authorisation
is prohibited. The Commission accepts no liability for any damage caused by
viruses or by the alteration of this message.
-----------------------------------------------------------------------------"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"), cte="qp", boundary="_000_AS8PR02MB6663")
    meta = dict(from_name="Nayla Sfeir", from_email="n.sfeir@cnpf.example.gov.lb",
                subject="Demande d'intervention en plénière – CNPF", received_at=R(2, 5, 19, 20, 47), lag=58,
                mid="<AS8PR02MB66639C8D7E6F5A4B3C2D1E0F9A8B7C6D@AS8PR02MB6663.eurprd02.prod.outlook.com>",
                extra_headers=outlook("fr-FR", 14))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Carole Abi Nader", "Vice-présidente de la CNPF",
                              "Commission nationale pour la promotion de la femme (CNPF)", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="national commission (public body); speaker on one line after 'Mme'; title carries the "
                       "acronym ('Vice-présidente de la CNPF'); long legal disclaimer in Arabic, French and English "
                       "after the signature (the Arabic block must not flip the language); sender is not the speaker")
    return meta, root, label


@message
def h51_15():
    html = outlook_html("""<p class=MsoNormal>Dear colleagues,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Further to the invitation letter of 2 February, UNRWA Jordan Field Office would like to propose the following colleague for a floor intervention in <b>Roundtable 3</b> (social inclusion and access to basic services):</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td width=140><p class=MsoNormal><b>Name</b></p></td><td width=360><p class=MsoNormal>Dr. Tariq Abu Samra</p></td></tr>
<tr><td><p class=MsoNormal><b>Title</b></p></td><td><p class=MsoNormal>Chief, Field Health Programme</p></td></tr>
<tr><td><p class=MsoNormal><b>Organization</b></p></td><td><p class=MsoNormal>United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA), Jordan Field Office</p></td></tr>
<tr><td><p class=MsoNormal><b>Session</b></p></td><td><p class=MsoNormal>Roundtable 3</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Dr. Abu Samra will speak about continuity of primary health care for Palestine refugees and migrants during COVID-19.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>With kind regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Lubna Qaddoura</b><br>External Relations and Projects Officer<br>UNRWA Jordan Field Office<br>Amman, Jordan<br>T: +962 6 580 8100 ext. 2214</p>""", lang="EN-US")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Lubna Qaddoura", from_email="l.qaddoura@unrwa.example.org",
                subject="UNRWA JFO - proposed speaker, Roundtable 3", received_at=R(2, 5, 22, 5, 10), lag=71,
                mid="<HE1PR0102MB3380D4E5F6A7B8C9D0E1F2A3B4C5D6E7@HE1PR0102MB3380.eurprd01.prod.outlook.com>",
                extra_headers=outlook("en-US", 15))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tariq Abu Samra", "Chief, Field Health Programme",
                              "United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA), "
                              "Jordan Field Office", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message, details in a two-column table; 'Dr.' not part of the name; title "
                       "contains a comma; the fullest affiliation is the table row (the intro and signature say "
                       "'UNRWA Jordan Field Office'); received 22:05 on the deadline day")
    return meta, root, label


@message
def h51_16():
    plain = """السلام عليكم،

نعتذر عن التأخير في إرسال هذا الطلب بسبب العطلة.

يرغب معهد النغم للموسيقى في المشاركة بمداخلة في المائدة المستديرة الثالثة (الإدماج والتماسك الاجتماعي)، لعرض تجربتنا في تعليم الموسيقى لأطفال العمال المهاجرين واللاجئين في عمّان والزرقاء.

المتحدث: الأستاذ كريم الزعبي
المنصب: المدير الفني
المؤسسة: معهد النغم للموسيقى

مع التحية،
كريم الزعبي
0795 118 420"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000e3f4a505ba7b1c99")
    meta = dict(from_name="Karim Zoubi", from_email="karim.zoubi.music@gmail.example.com",
                subject="طلب مداخلة - المائدة المستديرة الثالثة", received_at=R(2, 6, 8, 31, 22), lag=10,
                relay="mail-lj1-f170.google.com", mid=GMAIL_MID % "Zu2bE6hK9_mQ3sT7wY0xA4dG8jN1pR5vC=Lc7q")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("كريم الزعبي", "المدير الفني", "معهد النغم للموسيقى", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February, 08:31) and apologises for the delay; honorific 'الأستاذ' not part "
                       "of the name; the sender is the speaker; From display name in Latin script; music school")
    return meta, root, label


@message
def h51_17():
    ack = """عزيزتي/عزيزي،

نشكركم على رسالتكم. تم استلام طلبكم للمشاركة كمتحدث/ة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية وسيتم التواصل معكم لاحقاً.

أمانة المراجعة الإقليمية"""
    plain = """ألف شكر على التأكيد 🌷
بانتظار تواصلكم.
سعاد

""" + "في الخميس، ٤ شباط ٢٠٢١، ٩:٢١ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:\n" + quote(ack)
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="جمعية نساء الرشيدية للتنمية", from_email="info@rashidieh-women.example.org",
                subject="Re: تم استلام طلبكم - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة",
                received_at=R(2, 7, 11, 10, 5), lag=21,
                mid="<a91c3e5f-7b2d-4f60-8e1a-3c5d7f9b1e20@rashidieh-women.example.org>",
                in_reply_to=ACK_05, references=MID["h51-05"] + " " + ACK_05,
                extra_headers=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h51-05.eml",
                 notes="thank-you reply to our acknowledgement of h51-05, adds nothing new: do not acknowledge; "
                       "quotes the acknowledgement (which mentions the speaker request); emoji; Arabic-Indic "
                       "digits in the attribution line")
    return meta, root, label


@message
def h51_18():
    plain = """Bonjour,

Nous espérons qu'il n'est pas trop tard : le Collectif de soutien aux migrants
d'Oran (CSMO) souhaite proposer deux intervenants.

1) M. Amadou Kane, Collectif de soutien aux migrants d'Oran (CSMO) – table ronde 2
2) Dr Samia Belkacem, chercheuse indépendante – discussion ouverte du 23 février

M. Kane est lui-même arrivé en Algérie en 2014 et anime notre permanence
d'écoute ; Dr Belkacem travaille sur les refoulements aux frontières sud.

Merci et bonne semaine,

Fatiha Rahmani
pour le CSMO"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Fatiha Rahmani", from_email="csmo.oran@outlook.example.com",
                subject="Intervenants CSMO (conférence régionale PMM)", received_at=R(2, 8, 10, 0, 40),
                sender_tz=tz(1), lag=18, mid="<VI1P195MB0478A1B2C3D4E5F6A7B8C9D0E1F2A3B4@VI1P195MB0478.EURP195.PROD.OUTLOOK.COM>",
                extra_headers=["Content-Language: fr-FR"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Amadou Kane", None, "Collectif de soutien aux migrants d'Oran (CSMO)", ["roundtable"], 2),
                           SP("Samia Belkacem", "chercheuse indépendante", None, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February); two speakers in a numbered list: the first has no title, the second no "
                       "affiliation (independent researcher); honorifics 'M.' and 'Dr'; 'd'Oran' is part of the "
                       "collective's name; migrant-led support group")
    return meta, root, label


@message
def h51_19():
    plain = """الإخوة والأخوات في أمانة الاستعراض الإقليمي،

تحية طيبة،

باسم شبكة قيادات العاملات في الخدمة المنزلية في المشرق، يسعدنا أن نرسل إليكم مرفقاً التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدّته قيادات العاملات أنفسهن في لبنان والأردن والكويت، بالتعاون مع سبع مجموعات عضوة في الشبكة.

يركز التقرير على ظروف العمل والسكن، وحجز الوثائق، والوصول إلى العدالة، ويتضمن شهادات جمعتها العاملات بلغاتهن (الأمهرية، التاغالوغية، السنهالية، البنغالية).

نرجو تأكيد الاستلام.

مع خالص التحية،
ميسون الحاج
منسقة الشبكة
+961 71 205 663"""
    pdf = tiny_pdf(["Mashreq Network of Domestic Worker Leaders",
                    "Collective Voluntary GCM Review Report (Arabic version)",
                    "Prepared by domestic worker leaders in Lebanon, Jordan and Kuwait",
                    "with seven member groups", "Contents: working conditions; confiscation of documents;",
                    "access to justice; testimonies"], "Collective Voluntary GCM Review - Domestic Worker Leaders")
    logo = attachment(tiny_png((150, 30, 90)), "image/png", "logo_network.png", disposition="inline",
                      cid="ii_kl2p9x0a0")
    body = related(alt(plain, gmail_html(plain, rtl=True) + '<div><img src="cid:ii_kl2p9x0a0" alt="logo"></div>',
                       cte="b64", boundary="000000000000a9b8c705ba8d3e01"),
                   [logo], boundary="000000000000a9b8c805ba8d3e02")
    root = mixed([body, attachment(pdf, "application/pdf", "DWL_Network_Collective_GCM_Report_AR.pdf")],
                 boundary="000000000000a9b8c905ba8d3e03")
    meta = dict(from_name="ميسون الحاج", from_email="dwleaders.mashreq@gmail.example.com",
                subject="التقرير الطوعي الجماعي - شبكة قيادات العاملات في الخدمة المنزلية",
                received_at=R(2, 9, 9, 45, 16), lag=13, relay="mail-ej1-f65.google.com", mid=MID["h51-19"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["DWL_Network_Collective_GCM_Report_AR.pdf"], thread_of=None,
                 notes="collective report from a network of domestic worker leaders (seven member groups); inline "
                       "logo in multipart/related is not part of the report; signature title is not a speaker "
                       "request")
    return meta, root, label


@message
def h51_20():
    plain = """Dear Sir/Madam,

Good day. Could you kindly share the draft agenda of the regional review
conference (24-25 February) and of the multi-stakeholder consultation on
23 February? We would like to plan which sessions our team should follow, and we
could not open the link in the invitation letter.

Also, will the sessions be recorded?

Thank you.

Kwame Asante-Boateng
Programme Assistant
Ghana Returnee Migrants Association (GRMA)
Accra, Ghana
Tel: +233 24 411 6038

--
This email has been checked for viruses by Avast antivirus software."""
    root = text_part(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Kwame Asante-Boateng", from_email="programmes@grma-gh.example.org",
                subject="Request for agenda", received_at=R(2, 9, 15, 30, 0), sender_tz=tz(0), lag=35,
                mid="<007201d6fee5$9b1c4d30$d154e790$@grma-gh.example.org>",
                extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-gb"])
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda and recordings; signature with a title and organisation but no "
                       "speaking role requested; antivirus footer")
    return meta, root, label


@message
def h51_21():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour
des migrations sûres, ordonnées et régulières établi par la Commune de Médenine,
adopté par le conseil municipal lors de sa séance du 29 janvier 2021.

Le rapport présente les actions de la commune en matière d'accueil, d'accès aux
services de base et de cohésion sociale (objectifs 15 et 16).

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Mongi Ben Salem
Secrétaire général
Commune de Médenine – Conseil municipal
Tél. : +216 75 640 310"""
    pdf = tiny_pdf(["Commune de Medenine - Conseil municipal",
                    "Rapport volontaire d'examen du Pacte mondial sur les migrations (PMM)",
                    "Adopte en seance du 29 janvier 2021",
                    "1. Accueil des migrants", "2. Acces aux services de base (objectif 15)",
                    "3. Cohesion sociale (objectif 16)"], "Rapport volontaire PMM - Commune de Medenine")
    att = MIMEApplication(pdf, "octet-stream")
    att.set_param("name", "Rapport_volontaire_PMM_Commune_Medenine.pdf")
    att.add_header("Content-Disposition", "attachment", filename="Rapport_volontaire_PMM_Commune_Medenine.pdf")
    root = mixed([text_part(plain, "plain", "utf-8", "qp"), att], boundary="------------B5D2E8A1C7F04E3A9D6B2C10")
    meta = dict(from_name="Commune de Médenine", from_email="sg@commune-medenine.example.tn",
                subject="Rapport volontaire PMM - Commune de Médenine", received_at=R(2, 10, 12, 0, 31),
                sender_tz=tz(1), lag=27, mid="<3f8e1d2c-9a7b-4c6d-b5e4-f3a2b1c0d9e8@commune-medenine.example.tn>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:68.0) Gecko/20100101 Thunderbird/68.12.0",
                               "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_Commune_Medenine.pdf"], thread_of=None,
                 notes="municipal council report; the PDF is sent as application/octet-stream (old Thunderbird), "
                       "only its .pdf name and %PDF bytes say what it is")
    return meta, root, label


@message
def h51_22():
    plain = """تحية طيبة،

نرفق لكم تقرير منصة صوت المخيم الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. المنصة غرفة أخبار يديرها صحفيون لاجئون في لبنان، والتقرير مبني على 37 قصة صحفية نشرناها خلال 2020 عن العمال المهاجرين واللاجئين في ظل الجائحة والأزمة الاقتصادية.

مع الشكر،
فريق التحرير – منصة صوت المخيم"""
    docx = tiny_docx(["تقرير منصة صوت المخيم حول الاتفاق العالمي من أجل الهجرة 2021",
                      "مقدمة", "القسم الأول: أثر الجائحة على العمال المهاجرين",
                      "القسم الثاني: اللاجئون والأزمة الاقتصادية في لبنان", "التوصيات"], author="Sawt", rtl=True)
    fname = "تقرير منصة صوت المخيم - الاتفاق العالمي للهجرة.docx"
    root = mixed([alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000d1c2b305bb0f4a77"),
                  attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)],
                 boundary="000000000000d1c2b405bb0f4a79")
    meta = dict(from_name="Sawt al-Mukhayyam Newsroom", from_email="newsroom@sawtalmukhayyam.example.org",
                subject="تقرير طوعي - منصة صوت المخيم", received_at=R(2, 12, 10, 20, 8), lag=16,
                mid=GMAIL_MID % "Wm3xB6eH9_kN2qT5vY8zC1fJ4mP7sU0aD=Qn4r", relay="mail-pj1-f41.google.com")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="refugee-led newsroom; DOCX with a long Arabic file name in RFC 2231 encoding; English "
                       "From display name, Arabic body; no individual signer")
    return meta, root, label


@message
def h51_23():
    plain = """Bonjour,

Notre demande de prise de parole a bien été confirmée, merci. Deux questions
pratiques :

- y aura-t-il une interprétation simultanée vers le français pendant la
  consultation du 23 février et les tables rondes ?
- les liens de connexion seront-ils envoyés à chaque participant ou seulement
  au point focal de l'organisation ? L'heure indiquée est-elle celle de Beyrouth ?

Bien à vous,

Khadija Ould Ahmed
Réseau des femmes leaders migrantes de Mauritanie (REFLEM)
Nouakchott"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Khadija Ould Ahmed", from_email="khadija.reflem@yahoo.example.fr",
                subject="Questions pratiques : interprétation et liens de connexion",
                received_at=R(2, 15, 16, 5, 55), sender_tz=tz(0), lag=24,
                relay="sonic306-21.consmr.mail.ir2.yahoo.com",
                mid="<1284467539.2204815.1613397931284@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics (interpretation, connection links, time zone) about an already confirmed speaking "
                       "role whose request is not in this set; mentions 'prise de parole' without proposing anyone")
    return meta, root, label


@message
def h51_24():
    plain = """Dear GCM Regional Review Secretariat,

Please accept our apologies for sending this after the deadline. Our members
only have Sundays off and we needed one more meeting to validate the text.

Attached is the voluntary GCM review report of the Kapit-Bisig Migrant Workers
Association Lebanon (KBMWA). It documents the situation of Filipino domestic
workers since the 2019 crisis, including unpaid wages, repatriation backlogs and
access to the embassy shelter.

We hope it can still be considered.

Salamat po and God bless,

Maricel D. Santos
President, KBMWA
+961 70 918 245

Sent from my Galaxy"""
    pdf = tiny_pdf(["Kapit-Bisig Migrant Workers Association Lebanon (KBMWA)",
                    "Voluntary GCM Review Report, February 2021",
                    "1. Unpaid wages", "2. Repatriation backlogs", "3. Shelter and embassy services",
                    "4. Our recommendations"], "KBMWA Voluntary GCM Review Report")
    body = alt(plain, "<html><head></head><body><div dir=\"auto\">{}</div></body></html>\n".format("<br>".join(escape(ln, quote=False) for ln in plain.split("\n"))), boundary="--_com.samsung.android.email_2291843710452360")
    root = mixed([body, attachment(pdf, "application/pdf", "KBMWA GCM Report 2021.pdf")],
                 boundary="--_com.samsung.android.email_2291843710452361")
    meta = dict(from_name="Maricel Santos", from_email="kbmwa.lebanon@gmail.example.com",
                subject="Voluntary report KBMWA (late submission)", received_at=R(2, 17, 9, 14, 37), lag=40,
                relay="mail-pf1-f180.google.com", mid="<9dmw2b1k0q7r-x8z3v5n4c6t2y1@email.android.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["KBMWA GCM Report 2021.pdf"], thread_of=None,
                 notes="late report (17 February), the sender apologises; Samsung mobile mail; file name with "
                       "spaces; Filipino migrant-led association; a little Tagalog in the closing")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(funcs, 1):
        name = f"h51-{i:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta, root, label = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, i))
        cat, rat = label["category"], meta["received_at"]
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
    build(os.path.join(HERE, "holdout51"), MESSAGES)
