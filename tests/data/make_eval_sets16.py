#!/usr/bin/env python3
"""Sixteenth-author evaluation set for gcm-intake: tests/data/holdout16 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets16.py
Written without reading intake/ or rules/.  Each message is a function returning (envelope, MIME tree,
expected label); the writer renders it with CRLF line endings and derives on_time from received_at.
"""
import datetime as dt
import io
import json
import os
import struct
import textwrap
import zipfile
import zlib
from collections.abc import Callable
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
INVITE_MID = "<VI1PR0302MB26617A3C55E0D4B21F9AC0E6D6B89@VI1PR0302MB2661.eurprd03.prod.outlook.example.com>"

Letter = tuple[dict, Message, dict]


def tz(h: int, m: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receipt time, Beirut (UTC+02:00)."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb: tuple[int, int, int], w: int = 32, h: int = 12) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines: list[str], title: str, producer: str = "Microsoft Word for Microsoft 365") -> bytes:
    """A valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer ({esc(producer)}) >>").encode("latin-1"),
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


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def tiny_docx(heading: str, paragraphs: list[str], rtl: bool = False) -> bytes:
    """A minimal valid WordprocessingML package built with zipfile (fixed timestamps: reproducible)."""
    def para(text: str, style: str | None = None) -> str:
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>{}{}</w:pPr>".format(f'<w:pStyle w:val="{style}"/>' if style else "",
                                           "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    body = para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
            'core-properties+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(heading)}</dc:title>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {_W}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>'
            '</w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- MIME building blocks
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
              flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    cs.header_encoding = None
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, charset: str = "utf-8", cte: str = "qp", boundary: str | None = None) -> Message:
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", disposition: str = "attachment",
               cid: str | None = None) -> Message:
    maintype, subtype = ctype.split("/")
    p: Message = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook: encoded words inside the quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:  # Gmail / Thunderbird: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        p.add_header("Content-ID", f"<{cid}>")
    return p


def multipart(subtype: str, parts: list[Message], boundary: str | None = None, **params: str) -> Message:
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- client styles
def hardwrap(text: str, width: int = 72) -> str:
    """Wrap long lines the way Thunderbird / older webmail do when sending plain text."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        lead = line[:len(line) - len(line.lstrip("> "))]
        out.extend(textwrap.wrap(line, width, initial_indent="", subsequent_indent=lead,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def gmail_html(text: str, rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div{}>{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n'
            '@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;'
            'font-size:11.0pt;font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink {color:#0563C1;'
            'text-decoration:underline;}\ntable.MsoTableGrid {border:solid windowtext 1.0pt;}\n'
            '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{d}>\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def paras(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        out.append('<p class="MsoNormal">{}</p>'.format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))))
    return '\n<p class="MsoNormal">&nbsp;</p>\n'.join(out)


def apple_html(text: str) -> str:
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">'
            + "".join("<div>%s</div>" % (escape(ln, quote=False) or "<br>") for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


def outlook_headers(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 53:04d}Wq3mT8sZQe2pLk1yVb0nXA==",
            "Content-Language: " + lang, "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]


GMAIL = ["X-Gm-Message-State: AOAM53%02dvQeHk9rZ2tX0uYp8sLd4bNf3cWm1gJ5aT7oE6iR"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]
APPLE_MAIL = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]
YAHOO = ["X-Mailer: WebService/1.1.17648 YMailNorrin"]


# ----------------------------------------------------------------- envelope
def enc_header(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name: str | None, email_: str) -> str:
    if name is None:
        return email_
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email_)


def render(m: dict, root: Message) -> bytes:
    host = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 37))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = [
        "Return-Path: <{}>".format(m["from_email"]),
        "Delivered-To: " + MAILBOX,
        f"Received: from {relay} ({relay} [203.0.113.{20 + m['n'] * 9}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS"
        f" id {m['qid']}\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
        f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}",
        "From: " + addr(m["from_name"], m["from_email"]),
        "To: " + m.get("to", f"GCM Regional Review Arab States <{MAILBOX}>"),
    ]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"]))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("extra_headers", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES: list[Callable[[], Letter]] = []


def message(fn: Callable[[], Letter]) -> Callable[[], Letter]:
    MESSAGES.append(fn)
    return fn


def label(category: str, language: str, notes: str, speakers: list[dict] | None = None,
          reports: list[str] | None = None, thread_of: str | None = None, acknowledge: bool = True) -> dict:
    return dict(category=category, language=language, acknowledge=acknowledge, speakers=speakers or [],
                report_attachments=reports or [], thread_of=thread_of, notes=notes)


# ================================================================= the messages
MID = {
    "h16-07": "<DB7PR02MB4473C1E05A9F2D6B88E1C4A7B39A0@DB7PR02MB4473.eurprd02.prod.outlook.example.com>",
    "h16-10": "<CAN4v+q7xYp3Tq0bWd2sK9mLfE1zR8uH6cJ5nA-gP4oVt2Ww@mail.gmail.com>",
    "ack-07": "<ack.20210201T1602.5d1e7a@gcm-intake.iom.int>",
}


@message
def h16_01() -> Letter:
    rows = [("1", "Dr. Lakshmi Narayanan", "President", "Pravasi Welfare Forum (UAE)",
             "Roundtable 1 &#8211; Regular pathways and decent work"),
            ("2", "Mr. Joseph Varghese Kallarakkal", "Coordinator, Legal Aid Cell", "Pravasi Welfare Forum (UAE)",
             "Plenary session (floor intervention)")]
    head = ("S. No.", "Name", "Designation", "Organisation", "Session requested")
    cell = '<td style="border:solid #A6A6A6 1.0pt;padding:2.0pt 5.4pt"><p class="MsoNormal">%s</p></td>'
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n'
             + '<tr>{}</tr>\n'.format("".join(cell % (f"<b>{c}</b>") for c in head))
             + "".join('<tr>{}</tr>\n'.format("".join(cell % c for c in r)) for r in rows) + "</table>")
    html = outlook_html(f"""<p class="MsoNormal">Dear Colleagues,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Warm greetings from the Pravasi Welfare Forum, UAE.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">With reference to the invitation for the Regional Review of the Global Compact for Migration in the Arab region, we are pleased to nominate the following two members of our Executive Committee to take the floor during the Regional Conference. Details are given in the table below.</p>
<p class="MsoNormal">&nbsp;</p>
{table}
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Both speakers will join online from Sharjah. Kindly acknowledge receipt and let us know the time slot once the programme is finalised.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">With warm regards,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><img width="96" height="36" src="cid:image001.png@01D6F91C.3A2B4E70" alt="PWF logo"></p>
<p class="MsoNormal"><b>Anil Kumar Nair</b> | Hon. General Secretary<br>Pravasi Welfare Forum (UAE)<br>P.O. Box 61427, Sharjah, United Arab Emirates<br>Mob: +971 50 318 2247</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. PWF is a registered non-profit community organisation.</span></p>""", lang="EN-IN")
    plain = """Dear Colleagues,

Warm greetings from the Pravasi Welfare Forum, UAE.

With reference to the invitation for the Regional Review of the Global Compact for Migration in the Arab region, we are pleased to nominate the following two members of our Executive Committee to take the floor during the Regional Conference. Details are given in the table below.

S. No.

Name

Designation

Organisation

Session requested

1

Dr. Lakshmi Narayanan

President

Pravasi Welfare Forum (UAE)

Roundtable 1 \u2013 Regular pathways and decent work

2

Mr. Joseph Varghese Kallarakkal

Coordinator, Legal Aid Cell

Pravasi Welfare Forum (UAE)

Plenary session (floor intervention)

Both speakers will join online from Sharjah. Kindly acknowledge receipt and let us know the time slot once the programme is finalised.

With warm regards,

[PWF logo]

Anil Kumar Nair | Hon. General Secretary
Pravasi Welfare Forum (UAE)
P.O. Box 61427, Sharjah, United Arab Emirates
Mob: +971 50 318 2247

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. PWF is a registered non-profit community organisation.
"""
    body = multipart("related", [alt(plain, html, boundary="_000_PR3P195MB0601A1C2E7D4B55F6E2A_"),
                                 attachment(tiny_png((200, 120, 20)), "image/png", "image001.png",
                                            disposition="inline", cid="image001.png@01D6F91C.3A2B4E70")],
                     boundary="_004_PR3P195MB0601A1C2E7D4B55F6E2A_", type="multipart/alternative")
    meta = dict(from_name="PWF UAE Secretariat", from_email="gensec@pwf-uae.example.org",
                subject="Nomination of Speakers - Regional Review of GCM (Arab Region)",
                received_at=R(2, 2, 10, 14, 22), sender_tz=tz(4), lag=64,
                mid="<PR3P195MB0601A1C2E7D4B55F6E2AB9C40@PR3P195MB0601.EURP195.PROD.OUTLOOK.example.com>",
                extra_headers=outlook_headers(1, "en-IN"))
    aff = "Pravasi Welfare Forum (UAE)"
    return meta, body, label(
        "speaker_request", "en",
        "Outlook multipart/related with inline logo; the details are in an HTML table (the plain alternative is "
        "Outlook's cell-per-paragraph flattening); two speakers nominated by the general secretary, who is not a "
        "speaker; second title contains a comma ('Coordinator, Legal Aid Cell'); honorifics Dr./Mr. in the name cells",
        speakers=[SP("Lakshmi Narayanan", "President", aff, ["roundtable"], 1),
                  SP("Joseph Varghese Kallarakkal", "Coordinator, Legal Aid Cell", aff, ["plenary"])])


INVITE_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة بدعوتكم إلى المشاركة في الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، الذي يتضمن مشاورة أصحاب المصلحة المتعددين (23 شباط/فبراير 2021) والمؤتمر الإقليمي (24-25 شباط/فبراير 2021).

ويسعدنا تلقي رغبتكم في المشاركة في النقاش المفتوح خلال المشاورة، أو في تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، أو في تقديم مداخلة خلال الجلسات العامة أو إحدى الموائد المستديرة المواضيعية الأربع، مع ذكر اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها، وذلك على البريد الإلكتروني gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

كما ندعوكم إلى إرسال تقاريركم الطوعية لاستعراض الاتفاق العالمي على العنوان نفسه قبل 16 شباط/فبراير 2021.

مع خالص التقدير،
فريق الاستعراض الإقليمي"""


@message
def h16_02() -> Letter:
    plain = """مساء الخير،

بالإشارة إلى رسالتكم أدناه، تودّ لجنة الخدمات الأهلية في مخيم الجليل ترشيح السيدة وفاء عيسى، منسّقة ملف الشباب في اللجنة، للمشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم 23 شباط.

تتابع السيدة وفاء منذ سنوات أوضاع الشباب الفلسطينيين والسوريين في المخيم، ولا سيما محاولات الهجرة غير النظامية عبر البحر، ويمكنها المشاركة عبر الإنترنت.

مع التحية،
خالد موعد
أمين سر لجنة الخدمات الأهلية – مخيم الجليل، بعلبك
هاتف: 961 3 482 915+

في الثلاثاء، 26 يناير 2021 في 11:02 ص تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + quote(INVITE_AR) + "\n"
    html = gmail_html(plain, rtl=True)
    body = alt(plain, html, cte="b64", boundary="000000000000a1f3e205b9f6d214")
    meta = dict(from_name="خالد موعد", from_email="khaled.mawed.jalil@example.com", relay="mail-wr1-f54.google.com",
                subject="Re: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(1, 29, 13, 5, 40), lag=4,
                mid="<CAF3kQm1t8Rw+Zp0xVb4cN7eL2sYdH9uJ6aG5oK_iT1fE3Wq@mail.gmail.com>",
                in_reply_to=INVITE_MID, references=INVITE_MID, extra_headers=[GMAIL[0] % 2])
    return meta, body, label(
        "speaker_request", "ar",
        "Gmail reply quoting the Arabic invitation (which lists every role and carries the misprinted "
        "'Friday 23 February' deadline and the report call): only the open discussion is requested; "
        "the committee secretary nominates a colleague ('السيدة' is an honorific); affiliation given in the body, "
        "the signature adds the camp's town",
        speakers=[SP("وفاء عيسى", "منسّقة ملف الشباب", "لجنة الخدمات الأهلية في مخيم الجليل", ["open_discussion"])])


@message
def h16_03() -> Letter:
    plain = """Bonjour
je m appelle Moussa Traore je suis secretaire a l organisation du Collectif des travailleurs maliens d Oran. je voudrais prendre la parole a la table ronde 2 (droits des migrants frontieres detention) car nous avons beaucoup de cas de refoulement vers le sud depuis octobre et personne ne parle de ca
je peux parler en francais pas de probleme
merci de me confirmer svp
Moussa

Envoyé depuis mon smartphone Samsung Galaxy."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">{}</div><div dir="auto"><br></div><div dir="auto"><div id="composer_signature" '
            'dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Envoyé depuis mon smartphone Samsung '
            'Galaxy.</div></div></div></body></html>\n'.format("<br>".join(escape(ln, quote=False) for ln in plain.split("\n\n")[0].split("\n"))))
    body = alt(plain, html, cte="b64", boundary="--_com.samsung.android.email_19273646183746210")
    meta = dict(from_name="moussa traore", from_email="moussa.traore.oran@example.com", relay="mail-ej1-f41.google.com",
                subject="table ronde", received_at=R(2, 4, 22, 47, 3), sender_tz=tz(1), lag=12,
                mid="<mdx0lq3u6b2r9k8y4e1wv5ts.1612471611237@email.android.com>", extra_headers=[])
    return meta, body, label(
        "speaker_request", "fr",
        "French typed on a phone without accents or apostrophes ('d Oran', 'l organisation'): label strings are "
        "verbatim; self-nomination in one run-on sentence; roundtable given as 'table ronde 2'; Samsung Android "
        "client with an accented automatic signature",
        speakers=[SP("Moussa Traore", "secretaire a l organisation", "Collectif des travailleurs maliens d Oran",
                     ["roundtable"], 2)])


@message
def h16_04() -> Letter:
    plain = hardwrap("""Dear GCM team,

Please find attached our voluntary report for the GCM regional review. We are a small group of Ethiopian domestic workers living in Beirut and we wrote it together in our Sunday meetings over the last two months. A volunteer helped us to translate it from Amharic, so please excuse the English.

The report is about recruitment debts, passports kept by employers, and what happened to our sisters who were left in front of the consulate last summer.

Thank you for giving us this chance.

Best regards
Tigist Alemu
for Habesha Sisters Mutual Aid Group, Beirut
+961 71 204 388""")
    html = ('<html><head></head><body><div class="ydp3f1c2a7byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">{}</div></body></html>\n'.format("".join("<div>%s</div>" % (escape(ln, quote=False) or "<br>") for ln in plain.split("\n"))))
    pdf = tiny_pdf(["Habesha Sisters Mutual Aid Group - Beirut",
                    "Voluntary Report to the Regional Review of the Global Compact for Migration",
                    "Arab Region, February 2021",
                    "1. Who we are: 23 Ethiopian domestic workers meeting every Sunday.",
                    "2. Objective 6: recruitment fees and debts paid in Ethiopia and Lebanon.",
                    "3. Objective 7: passports and documents kept by employers.",
                    "4. Recommendations to governments and recruitment agencies."],
                   title="HSMAG report GCM 2021", producer="LibreOffice 6.4")
    att = MIMEApplication(pdf, "octet-stream")
    att.set_param("name", "HSMAG report GCM 2021.pdf")
    att.add_header("Content-Disposition", "attachment", filename="HSMAG report GCM 2021.pdf")
    body = multipart("mixed", [alt(plain, html, boundary="----=_Part_2188403_1873152009.1613150502817"), att],
                     boundary="----=_Part_2188402_1405611427.1613150502817")
    meta = dict(from_name="Tigist Alemu", from_email="tigist.alemu88@example.net", relay="sonic312-24.consmr.mail.ne1.yahoo.com",
                subject="Voluntary report - Habesha Sisters", received_at=R(2, 12, 19, 22, 14), lag=31,
                mid="<1873152009.2188404.1613150502818@mail.yahoo.com>", extra_headers=YAHOO)
    return meta, body, label(
        "voluntary_report", "en",
        "Yahoo webmail, hard-wrapped plain text; the PDF is sent as application/octet-stream (only the .pdf "
        "name tells what it is), name with spaces; small migrant-led group, on time",
        reports=["HSMAG report GCM 2021.pdf"])


@message
def h16_05() -> Letter:
    plain = """Madame, Monsieur,

Le Service diocésain de la pastorale des migrants de Djibouti a l’honneur de vous proposer la candidature de Sœur Marie-Noëlle Rakotobe, coordinatrice du centre d’accueil de jour pour migrants en transit, pour la fonction de rapporteuse chargée de présenter les messages clés des parties prenantes lors de la Conférence régionale.

Sœur Marie-Noëlle accompagne depuis 2014 les migrants éthiopiens et somaliens qui traversent la région d’Obock en direction de la péninsule arabique ; elle s’exprime couramment en français, en anglais et en amharique.

Nous vous remercions de l’attention portée à cette proposition et vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

Père Grégoire Mbemba
Directeur
Service diocésain de la pastorale des migrants
Boulevard de la République – B.P. 94, Djibouti
Tél. : +253 21 35 17 40

« Accueillir, protéger, promouvoir et intégrer »
"""
    html = outlook_html(paras(plain.strip()), lang="FR")
    body = alt(plain, html, boundary="_000_AM6PR10MB2374D97E5B0C0A6FC1B53A2CA7B70AM6PR10MB2374EURP_")
    meta = dict(from_name="Pastorale des migrants - Diocèse de Djibouti", from_email="pastorale.migrants@diocese-dj.example.org",
                subject="Proposition de rapporteuse – Examen régional du Pacte mondial sur les migrations",
                received_at=R(2, 3, 8, 31, 55), sender_tz=tz(3), lag=52,
                mid="<AM6PR10MB2374D97E5B0C0A6FC1B53A2CA7B70@AM6PR10MB2374.EURPRD10.PROD.OUTLOOK.example.com>",
                extra_headers=outlook_headers(5, "fr-FR"))
    return meta, body, label(
        "speaker_request", "fr",
        "formal diocesan letter; the director nominates a nun ('Sœur' is an honorific, not part of the name); "
        "rapporteur role phrased as 'rapporteuse chargée de présenter les messages clés'; title in lower case "
        "after the name; œ ligatures and typographic apostrophes",
        speakers=[SP("Marie-Noëlle Rakotobe", "coordinatrice du centre d’accueil de jour pour migrants en transit",
                     "Service diocésain de la pastorale des migrants de Djibouti", ["rapporteur"])])


@message
def h16_06() -> Letter:
    plain = """حضرات فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

باسم الشبكة اللبنانية لمناصرة العمال المهاجرين، نرسل إليكم مرفقاً التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان خلال الفترة 2019-2020.

أُعدّ التقرير بالتشاور بين المنظمات الإحدى عشرة الأعضاء في الشبكة، ومن بينها: جمعية درب للعاملات، ومركز الأرز القانوني، ورابطة العاملات الفلبينيات في جونية، ومجموعة نساء سريلانكا في بيروت، ويتناول بشكل خاص نظام الكفالة وأثر الأزمة الاقتصادية وانفجار المرفأ على العمال المهاجرين.

نرجو تأكيد الاستلام.

مع الشكر والتقدير،
ريما حداد
منسقة الشبكة اللبنانية لمناصرة العمال المهاجرين
"""
    name = "التقرير الطوعي الجماعي - الشبكة اللبنانية لمناصرة العمال المهاجرين.docx"
    docx = tiny_docx("التقرير الطوعي الجماعي لاستعراض الاتفاق العالمي من أجل الهجرة – لبنان 2021",
                     ["الشبكة اللبنانية لمناصرة العمال المهاجرين (11 منظمة عضواً)",
                      "أولاً: نظام الكفالة والهدف 6 من الاتفاق العالمي",
                      "ثانياً: الأزمة الاقتصادية وانفجار مرفأ بيروت",
                      "ثالثاً: التوصيات"], rtl=True)
    body = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000c7de0105bb6f4a21"),
                               attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          name)],
                     boundary="000000000000c7de0305bb6f4a23")
    meta = dict(from_name="Rima Haddad", from_email="coordination.lnmw@example.org", relay="mail-wm1-f47.google.com",
                subject="التقرير الطوعي الجماعي – الشبكة اللبنانية لمناصرة العمال المهاجرين",
                received_at=R(2, 15, 16, 40, 9), lag=6,
                mid="<CAGz5tR2Lw8Hn0Kp+c7YdQ4sVb1eM9xJ3uF6aT_oN2iP5kEr@mail.gmail.com>",
                extra_headers=[GMAIL[0] % 6])
    return meta, body, label(
        "voluntary_report", "ar",
        "collective report of an 11-member network; Arabic DOCX file name as RFC 2231; the body names member "
        "organisations and the coordinator's title, but nobody is proposed as a speaker",
        reports=[name])


@message
def h16_07() -> Letter:
    plain = """Dear GCM Regional Review team,

On behalf of the Mount Lebanon Medical Association, I am writing to request a floor intervention in Roundtable 3 (social inclusion and access to basic services) at the Regional Conference on 24-25 February.

Our speaker would be Dr. Rima Saadeh-Khoury, Chair, Committee on Refugee and Migrant Health, Mount Lebanon Medical Association. Dr. Saadeh-Khoury coordinated the association's free clinics for migrant domestic workers after the August 2020 explosion and can speak to gaps in access to health care and COVID-19 vaccination.

Please do not hesitate to contact me should you need her CV or a photo.

Best regards,

Maya Abou Jaoude
Executive Secretary
Mount Lebanon Medical Association
Baabda, Lebanon | +961 5 924 130

This message is confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it."""
    html = outlook_html(paras(plain), lang="EN-US")
    body = alt(plain, html, boundary="_000_DB7PR02MB4473C1E05A9F2D6B88E1C4A7B39A0DB7PR02MB4473eurp_")
    meta = dict(from_name="Maya Abou Jaoude", from_email="m.aboujaoude@mlma.example.org.lb",
                subject="Request for floor intervention - Roundtable 3",
                received_at=R(2, 1, 16, 2, 18), lag=40, mid=MID["h16-07"], extra_headers=outlook_headers(7, "en-US"))
    return meta, body, label(
        "speaker_request", "en",
        "speaker nominated by the executive secretary (whose own title is in the signature); name, title and "
        "affiliation run together with commas in one sentence and the title itself contains a comma "
        "('Chair, Committee on Refugee and Migrant Health')",
        speakers=[SP("Rima Saadeh-Khoury", "Chair, Committee on Refugee and Migrant Health",
                     "Mount Lebanon Medical Association", ["roundtable"], 3)])


@message
def h16_08() -> Letter:
    plain = """مرحبا،
حابّة رشّح زميلتي ريتا أبي خليل، Advocacy Officer ب Domestic Workers Solidarity Hub (DWSH)، لمداخلة بالمائدة المستديرة التانية (حماية حقوق المهاجرين). بتحكي عربي وانكليزي وفيها تشارك أونلاين.
شكراً كتير
جنى

Sent from my iPhone"""
    body = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Jana K.", from_email="jana.k@dwsh.example.org",
                subject="مداخلة - المائدة المستديرة ٢", received_at=R(2, 5, 14, 20, 51), lag=88,
                mid="<5C0B7E9A-2F4D-4E61-8B3A-D27F91A6C4E0@dwsh.example.org>", extra_headers=IPHONE)
    return meta, body, label(
        "speaker_request", "ar",
        "Lebanese colloquial Arabic with the title and the organisation name in English inside the sentence "
        "(bidi mix); colleague nominated; ordinal 'التانية' (dialect spelling) for roundtable 2; Arabic-Indic "
        "digit in the subject; English 'Sent from my iPhone'",
        speakers=[SP("ريتا أبي خليل", "Advocacy Officer", "Domestic Workers Solidarity Hub (DWSH)", ["roundtable"], 2)])


@message
def h16_09() -> Letter:
    plain = hardwrap("""Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tiwizi d'aide aux migrants subsahariens dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport couvre nos activités à Tamanrasset et In Guezzam en 2019-2020 (assistance médicale, accompagnement juridique, retours volontaires) et formule huit recommandations.

En vous souhaitant bonne réception,

--
Nadir Bouaziz
Chargé de programmes
Association Tiwizi d'aide aux migrants subsahariens
Cité des 500 logements, Tamanrasset - Algérie
+213 29 34 71 08
""")
    name = "Rapport_Tiwizi_examen_PMM_2021.docx"
    docx = tiny_docx("Rapport volontaire – Examen régional du PMM – Association Tiwizi",
                     ["1. Présentation de l'association", "2. Assistance médicale et juridique (objectifs 7 et 15)",
                      "3. Retours volontaires et réintégration (objectif 21)", "4. Huit recommandations"])
    body = multipart("mixed", [text_part(plain, "plain", "utf-8", "qp", flowed=True),
                               attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          name)],
                     boundary="------------A83C1F20D5E94B7D1E6F0C22")
    meta = dict(from_name="Nadir Bouaziz", from_email="n.bouaziz@tiwizi-migrants.example.dz",
                subject="Rapport volontaire - Association Tiwizi", received_at=R(2, 16, 12, 5, 44), sender_tz=tz(1),
                lag=21, mid="<7e2b9c41-0a5d-3f18-b6e2-4d9a1c0f8e37@tiwizi-migrants.example.dz>",
                extra_headers=THUNDERBIRD + ["Content-Language: fr"])
    return meta, body, label(
        "voluntary_report", "fr",
        "Thunderbird plain text (format=flowed, hard-wrapped) with a DOCX report on the last day; signature with "
        "a title is not a speaker request",
        reports=[name])


@message
def h16_10() -> Letter:
    plain = """Dear Organisers,

The Horn of Africa Returnees Network (HARN) would like to request a floor intervention in Roundtable 2 of the Regional Conference.

Our speaker:
Ms. Hodan Ismail Warsame, Programme Officer, HARN

HARN works with Somali and Ethiopian returnees from Yemen and Saudi Arabia in Hargeisa, Bosaso and Mogadishu.

Best,
Abdiqani Farah
HARN Secretariat
+252 63 441 7720"""
    body = alt(plain, gmail_html(plain), boundary="0000000000004e6b2c05ba5f1d90")
    meta = dict(from_name="Abdiqani Farah", from_email="secretariat.harn@example.org", relay="mail-lj1-f171.google.com",
                subject="HARN speaker - Roundtable", received_at=R(2, 3, 11, 2, 30), sender_tz=tz(3), lag=5,
                mid=MID["h16-10"], extra_headers=[GMAIL[0] % 10])
    return meta, body, label(
        "speaker_request", "en",
        "acronym after the expansion in the intro, only the acronym on the speaker line; 'Ms.' honorific; "
        "corrected two hours later by the same sender (roundtable and title changed, see h16-11)",
        speakers=[SP("Hodan Ismail Warsame", "Programme Officer", "Horn of Africa Returnees Network (HARN)",
                     ["roundtable"], 2)])


@message
def h16_11() -> Letter:
    orig = """Dear Organisers,

The Horn of Africa Returnees Network (HARN) would like to request a floor intervention in Roundtable 2 of the Regional Conference.

Our speaker:
Ms. Hodan Ismail Warsame, Programme Officer, HARN

HARN works with Somali and Ethiopian returnees from Yemen and Saudi Arabia in Hargeisa, Bosaso and Mogadishu.

Best,
Abdiqani Farah
HARN Secretariat
+252 63 441 7720"""
    plain = """Dear Organisers,

Please disregard my earlier email, I mixed up two of our nominations. Hodan should speak in Roundtable 4 (data and evidence), not Roundtable 2, and her correct title is Senior Research Officer.

Apologies for the confusion.

Abdiqani

On Wed, 3 Feb 2021 at 12:02, Abdiqani Farah <secretariat.harn@example.org> wrote:

""" + quote(orig) + "\n"
    body = alt(plain, gmail_html(plain), boundary="000000000000b91f7a05ba61c2e5")
    meta = dict(from_name="Abdiqani Farah", from_email="secretariat.harn@example.org", relay="mail-lj1-f180.google.com",
                subject="Re: HARN speaker - Roundtable", received_at=R(2, 3, 13, 41, 7), sender_tz=tz(3), lag=5,
                mid="<CAN4v+q5Hm2Zr9Lx0Tb8pE4sWc1yK7dF3uQ6oJ-nA2iG8vRt@mail.gmail.com>",
                in_reply_to=MID["h16-10"], references=MID["h16-10"], extra_headers=[GMAIL[0] % 11])
    return meta, body, label(
        "speaker_request", "en",
        "'Please disregard my earlier email': corrects h16-10 (In-Reply-To set); the speaker is named by first "
        "name only in the new text; roundtable 4 and the new title replace the quoted roundtable 2 and "
        "'Programme Officer'; the affiliation comes from the quoted original",
        speakers=[SP("Hodan Ismail Warsame", "Senior Research Officer", "Horn of Africa Returnees Network (HARN)",
                     ["roundtable"], 4)],
        thread_of="h16-10.eml")


@message
def h16_12() -> Letter:
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة وبعد،

يسرّ التنسيقية المغاربية لحقوق المهاجرين أن تقترح الأسماء التالية للمشاركة في أعمال المشاورة والمؤتمر الإقليمي:

1. الأستاذ عبد الحكيم بوزيد، عضو المكتب التنفيذي، التنسيقية المغاربية لحقوق المهاجرين – مداخلة في المائدة المستديرة الثانية.
2. السيدة نصيرة حمّادي، مسؤولة الرصد والتوثيق، جمعية إغاثة المهاجرين بوهران – النقاش المفتوح يوم 23 فبراير.
3. الدكتور يوسف بلقاسم، باحث مستقل في قضايا الهجرة – مداخلة في الجلسة العامة.

نشكر لكم تعاونكم، ونبقى رهن الإشارة لأي معلومات إضافية.

مع فائق الاحترام،
سمية زروقي
الكاتبة العامة
التنسيقية المغاربية لحقوق المهاجرين
الجزائر العاصمة
"""
    html = outlook_html(paras(plain.strip()), lang="AR-DZ", rtl=True)
    body = alt(plain, html, boundary="_000_PAXPR08MB6925E0D1F3B7A49C2D8E5F61A2C44PAXPR08MB6925eurp_")
    meta = dict(from_name="Soumia Zerrouki", from_email="secretariat@cmdm-maghreb.example.org",
                subject="اقتراح متحدثين – التنسيقية المغاربية لحقوق المهاجرين",
                received_at=R(2, 4, 11, 10, 26), sender_tz=tz(1), lag=47,
                mid="<PAXPR08MB6925E0D1F3B7A49C2D8E5F61A2C44@PAXPR08MB6925.eurprd08.prod.outlook.example.com>",
                extra_headers=outlook_headers(12, "ar-DZ"))
    return meta, body, label(
        "speaker_request", "ar",
        "numbered list of three speakers, each 'honorific name، title، affiliation – role'; three different "
        "roles; the second speaker belongs to a member association, not the sender's network; the third gives "
        "no affiliation ('باحث مستقل في قضايا الهجرة' is a title); honorifics الأستاذ/السيدة/الدكتور",
        speakers=[SP("عبد الحكيم بوزيد", "عضو المكتب التنفيذي", "التنسيقية المغاربية لحقوق المهاجرين",
                     ["roundtable"], 2),
                  SP("نصيرة حمّادي", "مسؤولة الرصد والتوثيق", "جمعية إغاثة المهاجرين بوهران", ["open_discussion"]),
                  SP("يوسف بلقاسم", "باحث مستقل في قضايا الهجرة", None, ["plenary"])])


@message
def h16_13() -> Letter:
    plain = """Bonjour,

Suite à l'appel à intervenants pour l'examen régional du Pacte mondial sur les migrations, la Fédération des Associations Sénégalaises du Golfe (FASG) souhaite proposer :

1) M. Ousmane Ndiaye, Président de la FASG – intervention en séance plénière
2) Mme Awa Diop Sow, Chargée des questions de genre – table ronde n° 3 (inclusion sociale et accès aux services)

Merci de nous confirmer la bonne réception.

Cordialement,
Ibrahima Fall
Secrétaire administratif, FASG
Doha – Qatar
WhatsApp : +974 5521 8836"""
    body = alt(plain, gmail_html(plain), boundary="000000000000e84f1205ba7c3b18")
    meta = dict(from_name="FASG Golfe", from_email="fasg.golfe@example.com", relay="mail-pj1-f52.google.com",
                subject="Proposition d'intervenants FASG", received_at=R(2, 5, 18, 30, 12), sender_tz=tz(3), lag=9,
                mid="<CAK8pW3nR6Tz1Lq+Yb0sHc4dVf9eJ2xM7uG5aN_oE1iQ3tZy@mail.gmail.com>",
                extra_headers=[GMAIL[0] % 13])
    aff = "Fédération des Associations Sénégalaises du Golfe (FASG)"
    return meta, body, label(
        "speaker_request", "fr",
        "numbered list '1)' '2)' of two speakers, affiliation only in the intro sentence (first title ends with "
        "'de la FASG'); M./Mme honorifics; compound surname 'Diop Sow'; 'table ronde n° 3'; sent on deadline day",
        speakers=[SP("Ousmane Ndiaye", "Président", aff, ["plenary"]),
                  SP("Awa Diop Sow", "Chargée des questions de genre", aff, ["roundtable"], 3)])


@message
def h16_14() -> Letter:
    plain = """Dear Colleagues,

Please find attached the voluntary GCM review report of ARTUC (Arab Regional Trade Union Confederation), prepared with our affiliated national centres in Jordan, Lebanon, Bahrain, Kuwait and Tunisia.

ARTUC would also like to take the floor. We propose Mr. Nabil Azzam, Assistant General Secretary for Migrant Workers, for an intervention in the plenary and, if time allows, in Roundtable 1 on decent work and fair recruitment.

In solidarity,

Leila Mansour
Policy Officer
ARTUC (Arab Regional Trade Union Confederation)
Amman, Jordan
Tel: +962 6 569 2214

P Please consider the environment before printing this e-mail."""
    html = outlook_html(paras(plain).replace(
        '<p class="MsoNormal">Leila Mansour',
        '<p class="MsoNormal"><img width="80" height="40" src="cid:image001.png@01D6FAD4.1C2E8B30" alt="ARTUC">'
        '</p>\n<p class="MsoNormal">Leila Mansour'), lang="EN-GB")
    name = "ARTUC_Voluntary_GCM_Review_2021.pdf"
    pdf = tiny_pdf(["ARTUC (Arab Regional Trade Union Confederation)",
                    "Voluntary Review of the Global Compact for Safe, Orderly and Regular Migration",
                    "Trade union contribution - Arab Region - February 2021",
                    "1. Labour migration governance and the kafala system",
                    "2. Fair recruitment (Objective 6) and wage protection",
                    "3. Recommendations"], title="ARTUC Voluntary GCM Review 2021")
    logo = attachment(tiny_png((160, 20, 30)), "image/png", "image001.png", disposition="inline",
                      cid="image001.png@01D6FAD4.1C2E8B30")
    related = multipart("related", [alt(plain, html, boundary="_000_HE1PR0701MB2937B7D0E2A54C19F6A3B8C04FC50_"), logo],
                        boundary="_005_HE1PR0701MB2937B7D0E2A54C19F6A3B8C04FC50_", type="multipart/alternative")
    body = multipart("mixed", [related, attachment(pdf, "application/pdf", name)],
                     boundary="_006_HE1PR0701MB2937B7D0E2A54C19F6A3B8C04FC50_")
    meta = dict(from_name="Leila Mansour", from_email="l.mansour@artuc.example.org",
                subject="ARTUC voluntary GCM report + speaker request",
                received_at=R(2, 4, 13, 45, 33), lag=58,
                mid="<HE1PR0701MB2937B7D0E2A54C19F6A3B8C04FC50@HE1PR0701MB2937.eurprd07.prod.outlook.example.com>",
                extra_headers=outlook_headers(14, "en-GB"))
    return meta, body, label(
        "both", "en",
        "report PDF and a speaker request in one message, both on time; the affiliation is written as the "
        "acronym followed by its expansion in brackets; one speaker, two roles (plenary and Roundtable 1, "
        "'if time allows'); inline signature logo is not part of the report; the sender is not the speaker",
        speakers=[SP("Nabil Azzam", "Assistant General Secretary for Migrant Workers",
                     "ARTUC (Arab Regional Trade Union Confederation)", ["plenary", "roundtable"], 1)],
        reports=[name])


@message
def h16_15() -> Letter:
    plain = """Madame, Monsieur,

J’ai l’honneur de vous transmettre ci-joint le rapport national volontaire de l’Union des Comores relatif à la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, en vue de l’examen régional prévu les 24 et 25 février 2021.

Ce rapport a été élaboré par le Comité interministériel de suivi des questions migratoires, avec la contribution des associations de la diaspora comorienne et du bureau de l’OIM à Moroni.

Je vous prie d’agréer, Madame, Monsieur, l’expression de ma haute considération.

Le Directeur général
Ahmed Saïd Mmadi
Direction générale des Comoriens de l’extérieur
Ministère des Affaires étrangères et de la Coopération internationale
Moroni – Union des Comores

P.J. : 1 (rapport, format PDF)"""
    name = "Rapport national volontaire - Union des Comores - PMM 2021.pdf"
    pdf = tiny_pdf(["Union des Comores",
                    "Rapport national volontaire sur la mise en oeuvre du Pacte mondial",
                    "pour des migrations sures, ordonnees et regulieres",
                    "Examen regional - Region arabe - fevrier 2021",
                    "1. Cadre institutionnel  2. Diaspora et transferts  3. Perspectives"],
                   title="Rapport national volontaire PMM Comores")
    body = multipart("mixed", [alt(plain, outlook_html(paras(plain), lang="FR"),
                                   boundary="_000_BN6PR2001MB1651C4A0F2E9D8B73A6F1E2B9D110_"),
                               attachment(pdf, "application/pdf", name)],
                     boundary="_004_BN6PR2001MB1651C4A0F2E9D8B73A6F1E2B9D110_")
    meta = dict(from_name="DG Comoriens de l'Extérieur", from_email="dgce@mae-comores.example.km",
                subject="Transmission du rapport national volontaire – Union des Comores",
                received_at=R(2, 10, 8, 50, 16), sender_tz=tz(3), lag=70,
                mid="<BN6PR2001MB1651C4A0F2E9D8B73A6F1E2B9D110@BN6PR2001MB1651.namprd20.prod.outlook.example.com>",
                extra_headers=outlook_headers(15, "fr-FR"))
    return meta, body, label(
        "voluntary_report", "fr",
        "formal ministry transmittal letter with 'P.J.' line; PDF name with spaces; the body mentions the "
        "conference dates and IOM but contains no speaker request",
        reports=[name])


@message
def h16_16() -> Letter:
    plain = """السادة المنظمون المحترمون،

تحية طيبة،

نرفق لكم تقرير جمعية نور لحقوق الأشخاص ذوي الإعاقة حول أوضاع العمال المهاجرين والعائدين من ذوي الإعاقة، مساهمةً في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة. يتناول التقرير إصابات العمل في قطاع البناء وصعوبة الوصول إلى التأهيل والتعويض.

نعتذر عن إرسال التقرير في وقت متأخر من اليوم الأخير.

مع الاحترام،
ماهر دويكات
مدير البرامج
جمعية نور لحقوق الأشخاص ذوي الإعاقة – نابلس
جوال: 970 599 318 442+
"""
    name = "تقرير المراجعة الطوعية - جمعية نور.pdf"
    pdf = tiny_pdf(["Nour Association for the Rights of Persons with Disabilities - Nablus",
                    "Contribution to the voluntary review of the Global Compact for Migration",
                    "Migrant and returnee workers with disabilities: work injuries,",
                    "rehabilitation and compensation. February 2021."], title="Nour GCM review")
    logo = attachment(tiny_png((10, 110, 60)), "image/png", "image001.png", disposition="inline",
                      cid="image001.png@01D704B2.6E1A3F90")
    related = multipart("related", [alt(plain, outlook_html(paras(plain.strip()).replace(
        '<p class="MsoNormal">ماهر', '<p class="MsoNormal"><img width="60" height="60" '
        'src="cid:image001.png@01D704B2.6E1A3F90"></p>\n<p class="MsoNormal">ماهر'), lang="AR-SA", rtl=True),
        boundary="_000_VI1PR06MB5183A0E6C9F2D47B1E3A8C55D4E90_")],
        boundary="_005_VI1PR06MB5183A0E6C9F2D47B1E3A8C55D4E90_", type="multipart/alternative")
    related.attach(logo)
    body = multipart("mixed", [related, attachment(pdf, "application/pdf", name, style="2047")],
                     boundary="_006_VI1PR06MB5183A0E6C9F2D47B1E3A8C55D4E90_")
    meta = dict(from_name="ماهر دويكات", from_email="programs@nour-disability.example.ps",
                subject="تقرير جمعية نور – الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=R(2, 16, 22, 10, 38), lag=45,
                mid="<VI1PR06MB5183A0E6C9F2D47B1E3A8C55D4E90@VI1PR06MB5183.eurprd06.prod.outlook.example.com>",
                extra_headers=outlook_headers(16, "ar-SA"))
    return meta, body, label(
        "voluntary_report", "ar",
        "disability rights group; received 22:10 on 16 February, on time although the sender apologises for "
        "being late; Arabic PDF name RFC 2047-encoded inside quoted parameters (Outlook); inline logo decoy",
        reports=[name])


@message
def h16_17() -> Letter:
    plain = """Madame, Monsieur,

Faisant suite à votre invitation, je souhaiterais intervenir lors de la séance plénière du 24 février, au nom de notre Ambassade, sur la protection consulaire des travailleurs nigériens en transit et en situation de retour.

Je vous saurais gré de bien vouloir me confirmer les modalités de participation.

Avec mes remerciements et mes salutations distinguées,

Issoufou Garba Maïga
Attaché chargé des affaires sociales et de l'emploi
Ambassade de la République du Niger en Algérie
Tél. : +213 23 47 88 15

Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire, merci de le supprimer."""
    body = alt(plain, outlook_html(paras(plain), lang="FR"), boundary="_000_MR2P264MB0482E5B1D9A03C7F64A2E18F0C220_")
    meta = dict(from_name="Issoufou Garba Maiga", from_email="attache.social@ambaniger-alger.example.ne",
                subject="Demande d'intervention - séance plénière", received_at=R(2, 2, 15, 12, 49), sender_tz=tz(1),
                lag=55, mid="<MR2P264MB0482E5B1D9A03C7F64A2E18F0C220@MR2P264MB0482.FRAP264.PROD.OUTLOOK.example.com>",
                extra_headers=outlook_headers(17, "fr-FR"))
    return meta, body, label(
        "speaker_request", "fr",
        "first-person request from an embassy's labour attaché: name, title and affiliation only in the "
        "signature; the body says 'au nom de notre Ambassade'; From display name without the diaeresis",
        speakers=[SP("Issoufou Garba Maïga", "Attaché chargé des affaires sociales et de l'emploi",
                     "Ambassade de la République du Niger en Algérie", ["plenary"])])


@message
def h16_18() -> Letter:
    plain = hardwrap("""Dear GCM Regional Review team,

I hope this email finds you well. I am writing on behalf of the Student Society for Migration and Refugee Studies (SSMRS) at the Faculty of Social Sciences. We only learned about the call this weekend, so we apologise for writing after the 5 February deadline, but we would be very grateful if our members could still take part:

1. Karim Dabbous - President, SSMRS - open discussion (23 Feb)
2. Nour El Hage - Vice-President, SSMRS - open discussion (23 Feb)
3. Thi Lan Pham - PhD candidate in Sociology - Roundtable 3 (she is doing her fieldwork with Vietnamese domestic workers in Lebanon)

Thank you for your understanding!

Kind regards,
Karim Dabbous
President, SSMRS
""")
    body = alt(plain, apple_html(plain), boundary="Apple-Mail=_4B1E7C2A-93D5-4F60-A8E1-0D2C6B5F9A37")
    meta = dict(from_name="Karim Dabbous", from_email="k.dabbous@ssmrs.example.edu.lb",
                subject="Late request - student speakers (SSMRS)", received_at=R(2, 7, 11, 20, 4), lag=19,
                mid="<E91C4A07-5B2D-4C8F-9E3A-7D6F0B1A2C58@ssmrs.example.edu.lb>", extra_headers=APPLE_MAIL)
    aff = "Student Society for Migration and Refugee Studies (SSMRS)"
    return meta, body, label(
        "speaker_request", "en",
        "late (7 February) and says so; numbered list of three speakers, the sender is the first; affiliation "
        "only as the acronym on the list lines (fullest form in the intro); the third line has a title but no "
        "separate affiliation (a member of the society); Apple Mail, hard-wrapped",
        speakers=[SP("Karim Dabbous", "President", aff, ["open_discussion"]),
                  SP("Nour El Hage", "Vice-President", aff, ["open_discussion"]),
                  SP("Thi Lan Pham", "PhD candidate in Sociology", aff, ["roundtable"], 3)])


@message
def h16_19() -> Letter:
    plain = """السلام عليكم،

نعتذر عن التأخر في الرد لأن الدعوة وصلتنا متأخرة عن طريق الاتحاد. نرغب بالمشاركة في المائدة المستديرة الأولى للحديث عن أوضاع البحارة والصيادين المهاجرين العاملين على قوارب الصيد في خليج تاجورة وما يتعرضون له من استغلال.

وشكراً.

حسن علي داود
رئيس مجلس الإدارة
جمعية أوبوك التعاونية لصيادي الأسماك
جيبوتي
هاتف: 253 77 81 42 09+
"""
    body = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000f02a9c05bae3d671")
    meta = dict(from_name="Hassan Ali Daoud", from_email="coop.peche.obock@example.dj", relay="mail-qt1-f196.google.com",
                subject="المشاركة في المائدة المستديرة", received_at=R(2, 8, 9, 15, 27), sender_tz=tz(3), lag=8,
                mid="<CAJ2nV9sT4Rq+Xk7Lb1pWc0eYd6fH3uM8zG5aK_oN4iE2sQx@mail.gmail.com>",
                extra_headers=[GMAIL[0] % 19])
    return meta, body, label(
        "speaker_request", "ar",
        "late (8 February), apologises; first-person request ('نرغب'), the speaker's name, title and "
        "affiliation only in the signature; From display name in Latin script; fishermen's cooperative",
        speakers=[SP("حسن علي داود", "رئيس مجلس الإدارة", "جمعية أوبوك التعاونية لصيادي الأسماك", ["roundtable"], 1)])


@message
def h16_20() -> Letter:
    plain = """Bonsoir,

Je me permets de vous écrire au nom du Collectif Handicap et Exil pour proposer notre membre, Mme Lydia Hamoudi, comme intervenante à la table ronde thématique n°3. Réfugiée elle-même et malvoyante, elle pourra parler de l'accès des personnes migrantes handicapées aux soins et à l'éducation.

Elle pourra intervenir en français ou en arabe.

Bien cordialement,
Farid Ouali
Collectif Handicap et Exil
Alger"""
    body = alt(plain, gmail_html(plain), boundary="000000000000a7d43e05bb09c5f8")
    meta = dict(from_name="Farid Ouali", from_email="farid.ouali.che@example.com", relay="mail-wm1-f52.google.com",
                subject="Proposition d'intervenante - table ronde 3", received_at=R(2, 6, 0, 40, 21), sender_tz=tz(1),
                lag=14, mid="<CAM7tY4pQ2Wx+Nr9Kc0sLb5eVd1fJ8uH3zT6aG_oR2iE7yPn@mail.gmail.com>",
                extra_headers=[GMAIL[0] % 20])
    return meta, body, label(
        "speaker_request", "fr",
        "late by 41 minutes: Date header is 5 February 23:40 (+01:00, Algiers) but the server received it at "
        "00:40 on 6 February Beirut time; no title for the speaker (only 'notre membre'; 'Réfugiée elle-même et "
        "malvoyante' is description); 'table ronde thématique n°3'",
        speakers=[SP("Lydia Hamoudi", None, "Collectif Handicap et Exil", ["roundtable"], 3)])


@message
def h16_21() -> Letter:
    ack = """Dear Maya Abou Jaoude,

Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region. We have registered the following speaking-role request:

Dr. Rima Saadeh-Khoury - Chair, Committee on Refugee and Migrant Health - Mount Lebanon Medical Association - Roundtable 3

The organisers will contact you about the programme.

GCM Regional Review Arab States"""
    plain = """Many thanks for the quick confirmation, much appreciated. Dr Saadeh-Khoury is looking forward to it.

Kind regards,
Maya

Maya Abou Jaoude
Executive Secretary
Mount Lebanon Medical Association
Baabda, Lebanon | +961 5 924 130

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 4:02 PM
To: Maya Abou Jaoude <m.aboujaoude@mlma.example.org.lb>
Subject: Acknowledgement: Request for floor intervention - Roundtable 3

""" + ack
    html = outlook_html(paras(plain.split("\n\nFrom: ")[0]) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                        'padding:3.0pt 0cm 0cm 0cm">\n' + paras("From: " + plain.split("\n\nFrom: ")[1]) + "\n</div>",
                        lang="EN-US")
    body = alt(plain, html, boundary="_000_DB7PR02MB44730B8E2C1F9A3D57E6B4F1B3A20_")
    meta = dict(from_name="Maya Abou Jaoude", from_email="m.aboujaoude@mlma.example.org.lb",
                subject="RE: Acknowledgement: Request for floor intervention - Roundtable 3",
                received_at=R(2, 2, 8, 30, 2), lag=36,
                mid="<DB7PR02MB44730B8E2C1F9A3D57E6B4F1B3A20@DB7PR02MB4473.eurprd02.prod.outlook.example.com>",
                in_reply_to=MID["ack-07"], references=MID["h16-07"] + "\r\n " + MID["ack-07"],
                extra_headers=outlook_headers(21, "en-US"))
    return meta, body, label(
        "other", "en",
        "thank-you reply to the service's acknowledgement of h16-07 that adds nothing new: no acknowledgement; "
        "the quoted acknowledgement repeats the speaker's name, title and roundtable (decoys)",
        thread_of="h16-07.eml", acknowledge=False)


@message
def h16_22() -> Letter:
    plain = """السلام عليكم ورحمة الله،

أنا عضو في جمعية الجالية السودانية في دبي، ونرغب في حضور المؤتمر الإقليمي يومي 24 و25 فبراير. هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال كان حضورياً، هل يمكنكم إصدار رسالة دعوة رسمية تساعدنا في الحصول على تأشيرة دخول إلى لبنان؟ علماً بأننا نحمل جوازات سفر سودانية وإقامات في الإمارات.

جزاكم الله خيراً
عوض الكريم بابكر
"""
    body = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000003b8e7105bb3a9f42")
    meta = dict(from_name="عوض الكريم بابكر", from_email="awadalkarim.babiker@example.com",
                relay="mail-ed1-f53.google.com", subject="استفسار بخصوص التأشيرة",
                received_at=R(2, 9, 19, 3, 50), sender_tz=tz(4), lag=7,
                mid="<CAPq3mX8vR1Tz+Wn6Lk0bYc4sHd9eJ2uF7aG5oN_iQ1tE3Vr@mail.gmail.com>",
                extra_headers=[GMAIL[0] % 22])
    return meta, body, label(
        "other", "ar",
        "visa / invitation-letter question: wants to attend, not to speak; names the community association and "
        "the conference dates but proposes nobody")


@message
def h16_23() -> Letter:
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

نظراً لمشاركة الهيئة الوطنية للإحصاءات السكانية في أعمال المؤتمر الإقليمي بصفة مراقب، نرجو التكرم بتزويدنا بجدول الأعمال المفصّل للمشاورة والمؤتمر، بما في ذلك مواضيع الموائد المستديرة الأربع وتوقيت كل جلسة، حتى نتمكن من تحديد الزملاء المعنيين بمتابعة المائدة المستديرة الخاصة بالبيانات.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. منى الكواري
مديرة إدارة إحصاءات الهجرة والعمالة الوافدة
الهيئة الوطنية للإحصاءات السكانية
"""
    body = alt(plain, outlook_html(paras(plain.strip()), lang="AR-SA", rtl=True),
               boundary="_000_AS8PR03MB6836F2C0B9E1D4A7365E0A9CB2D70_")
    meta = dict(from_name="Mona Al-Kuwari", from_email="migration.stats@npsa.example.gov",
                subject="طلب جدول الأعمال المفصل", received_at=R(2, 11, 10, 25, 41), sender_tz=tz(3), lag=62,
                mid="<AS8PR03MB6836F2C0B9E1D4A7365E0A9CB2D70@AS8PR03MB6836.eurprd03.prod.outlook.example.com>",
                extra_headers=outlook_headers(23, "ar-SA"))
    return meta, body, label(
        "other", "ar",
        "formal request for the detailed agenda from a statistics office attending as observer; mentions the "
        "data roundtable and colleagues who will follow it, and the signer has an honorific and a title, but "
        "no speaking role is requested")


@message
def h16_24() -> Letter:
    plain = hardwrap("""Bonjour,

Je suis inscrite comme participante pour la consultation du 23 février. Pourriez-vous me préciser :
- si une interprétation vers le français sera assurée pendant les tables rondes ;
- si le lien de connexion sera envoyé à chaque participant ou à chaque organisation ;
- si les horaires du programme sont indiqués en heure de Beyrouth ?

Merci d'avance,

Mariem Mint Ahmedou
Enseignante-chercheuse
Laboratoire d'études des mobilités sahariennes (LEMS)
Nouakchott
""")
    body = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Mariem Mint Ahmedou", from_email="m.mintahmedou@lems.example.mr",
                subject="Questions pratiques - consultation du 23 février", received_at=R(2, 15, 11, 55, 30),
                sender_tz=tz(0), lag=17, mid="<3c1f8e2a-7b94-4d05-a6e1-92f0c4b8d357@lems.example.mr>",
                extra_headers=THUNDERBIRD + ["Content-Language: fr-FR"])
    return meta, body, label(
        "other", "fr",
        "logistics questions (interpretation, connection link, time zone) from a registered participant; "
        "mentions the roundtables and gives her title and laboratory in the signature, but asks for no role")


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    sd, rd = R(2, 5, 23, 59, 59), R(2, 16, 23, 59, 59)
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        name = f"h16-{i:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta, root, lab = fn()
        meta["n"] = i
        meta["qid"] = f"4DbR{i:02d}x7Kq2Wm"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = lab["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat, "language": lab["language"],
                       "acknowledge": lab["acknowledge"], "on_time": on_time, "speakers": lab["speakers"],
                       "report_attachments": lab["report_attachments"], "thread_of": lab["thread_of"],
                       "notes": lab["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout16"))
