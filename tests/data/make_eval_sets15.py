#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout15 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets15.py
Written without reading intake/ or rules/.  The messages are numbered in the order the mailbox
received them (27 January - 17 February 2021); each function returns the envelope, the MIME tree and
the expected label.  PDF and DOCX attachments are tiny but valid files built here (DOCX with zipfile).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape
from typing import Any
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)

Meta = dict[str, Any]
Label = dict[str, Any]
Built = tuple[Meta, Message, Label]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, h: int, mi: int, s: int = 0, month: int = 2) -> dt.datetime:
    """A server reception time, Beirut time (UTC+02:00)."""
    return dt.datetime(2021, month, day, h, mi, s, tzinfo=BEIRUT)


# ----------------------------------------------------------------- tiny attachment files
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """A valid one-page PDF with Latin-1 text in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 790 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 7.0) /CreationDate (D:20210201090000+02'00') >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>')
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    '</Relationships>')


def tiny_docx(title: str, paragraphs: list[str], rtl: bool = False) -> bytes:
    """A valid minimal DOCX (WordprocessingML) with fixed zip timestamps."""
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(p)}</w:t></w:r></w:p>'
                   for p in [title] + paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xml_escape(title)}</dc:title><dc:creator>user</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS),
                           ("docProps/core.xml", core), ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def tiny_png(rgb: tuple[int, int, int], w: int = 40, h: int = 16) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------- MIME helpers
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = BASE64 if cte == "b64" else QP
    if charset == "us-ascii":
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)


def alternative(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", inline: bool = False,
               cid: str | None = None) -> MIMEBase:
    maintype, subtype = ctype.split("/")
    part: MIMEBase = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disposition = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":
        encoded = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", encoded)
        part.add_header("Content-Disposition", disposition, filename=encoded)
    else:
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        part.add_header("Content-ID", f"<{cid}>")
    return part


def multipart(subtype: str, parts: list[Message], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    direction = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(line, quote=False) for line in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(direction, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    direction = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            f'</head>\n<body lang={lang} link="#0563C1" vlink="#954F72"{direction}><div class=WordSection1>\n{inner}\n</div>'
            '</body></html>\n')


def mso_paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(line, quote=False) for line in para.split("\n")))
        for para in body.split("\n\n"))


def quote(body: str) -> str:
    return "\n".join((">" + (" " + line if line else "")) for line in body.split("\n"))


# ----------------------------------------------------------------- envelope
def encode_header(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset, header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), mail)


def render(meta: Meta, root: Message, n: int) -> bytes:
    host = meta["from_email"].split("@")[1]
    received = meta["received_at"]
    sent = (received - dt.timedelta(seconds=meta.get("lag", 40))).astimezone(meta.get("sender_tz", BEIRUT))
    relay = meta.get("relay", "smtp." + host)
    lines = [
        "Return-Path: <{}>".format(meta["from_email"]),
        "Delivered-To: " + MAILBOX,
        f"Received: from {relay} ({relay} [203.0.113.{20 + n * 9}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS "
        f"id 4Fb{n:02d}Kq7Zt{'XYZWVUTSRQPONMLKJIHGFEDCBA'[n]}w\r\n\tfor <{MAILBOX}>; {format_datetime(received)} (EET)",
        f"Received: by {relay} with HTTP; {format_datetime(sent)}",
        f"Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}",
        "From: " + address(meta["from_name"], meta["from_email"], meta.get("hdr_charset", "utf-8")),
        "To: " + meta.get("to", f"GCM Regional Review Arab States <{MAILBOX}>"),
    ]
    if meta.get("cc"):
        lines.append("Cc: " + meta["cc"])
    lines += [
        "Subject: " + encode_header(meta["subject"], meta.get("hdr_charset", "utf-8")),
        "Date: " + format_datetime(sent),
        "Message-ID: " + meta["mid"],
    ]
    if meta.get("in_reply_to"):
        lines.append("In-Reply-To: " + meta["in_reply_to"])
    if meta.get("references"):
        lines.append("References: " + meta["references"])
    lines += meta.get("extra", [])
    lines.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(lines) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 53:04d}Rk2ZmQ9xTf6Jm0nA8pLw==",
            "Content-Language: " + lang]


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def label(category: str, language: str, notes: str, speakers: list[dict[str, Any]] | None = None,
          reports: list[str] | None = None, thread_of: str | None = None, acknowledge: bool = True) -> Label:
    return {"category": category, "language": language, "acknowledge": acknowledge, "speakers": speakers or [],
            "report_attachments": reports or [], "thread_of": thread_of, "notes": notes}


# ----------------------------------------------------------------- the organisers' call, as quoted by repliers
INVITATION_SUBJECT = "Invitation - Regional Review of the Global Compact for Migration in the Arab region"
INVITATION_MID = "<AM6PR03MB52170C1E9D4A7B3F2E8D41A6C1F90@AM6PR03MB5217.eurprd03.prod.outlook.com>"

INVITATION_EN = """Dear colleagues,

On behalf of the Regional UN Network on Migration for the Arab region, IOM and ESCWA are pleased to
invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM)
in the Arab region: a multi-stakeholder consultation on 23 February 2021 and the regional review
conference on 24-25 February 2021.

Stakeholders are encouraged to submit a voluntary GCM review report to gcmrrarabstates@iom.int by
Tuesday 16 February 2021.

Stakeholders wishing to take the floor are invited to indicate their interest by e-mail, giving the
name, title and organisational affiliation of the proposed speaker, by Friday 5 February 2021, for:
- the open discussion of the multi-stakeholder consultation;
- the role of rapporteur, delivering the key messages of stakeholders to the conference;
- a floor intervention in the plenary sessions or in one of the four thematic roundtables
  (1: regular pathways and decent work; 2: human rights, borders and detention; 3: social inclusion,
  services and diaspora; 4: data, evidence and cooperation).

Kind regards,
GCM Regional Review Secretariat"""

INVITATION_AR = """السادة والسيدات الشركاء المحترمون،

يسر المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)، باسم الشبكة
الإقليمية للأمم المتحدة المعنية بالهجرة، دعوتكم إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في المنطقة العربية: المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير 2021، والمؤتمر
الإقليمي يومي 24 و25 شباط/فبراير 2021.

يمكن لأصحاب المصلحة الراغبين في أخذ الكلمة إبداء اهتمامهم عبر البريد الإلكتروني مع ذكر اسم المتحدث
ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، وذلك للمشاركة في
النقاش المفتوح للمشاورة، أو لتقديم الرسائل الرئيسية بصفة مقرر، أو للمداخلة في الجلسات العامة أو في إحدى
الموائد المستديرة المواضيعية الأربع. كما نشجعكم على إرسال تقارير الاستعراض الطوعي قبل يوم الثلاثاء 16
شباط/فبراير 2021.

مع خالص التحية،
أمانة الاستعراض الإقليمي"""


MESSAGES: list[Callable[[], Built]] = []


def message(fn: Callable[[], Built]) -> Callable[[], Built]:
    MESSAGES.append(fn)
    return fn


MID = {
    "h15-01": "<CAK7wq+3pLxV0a9RzTqE2mFh1Jd8nYc4uB6sW5oX@mail.gmail.com>",
    "h15-11": "<CAF9hZpT2qWk4x8Lm1Rv7bNc0Ys3dJe6uGa5iO2P@mail.gmail.com>",
}
ACK_01 = "<ack.20210127T101512.0007@gcm-intake.iom.int>"


# ================================================================= messages, in order of reception
@message
def h15_01() -> Built:
    body = """Hi,

Pls register below speaker for roundtable 2 (human rights / detention).

Chandrika Dissanayake - Coordinator - Sri Lankan Domestic Workers Solidarity Network Kuwait (SLDWSN-K)

She will speak in English. Many of our members are in the shelters now so this
topic is very important for us.

Thank you
Nimali

--
Nimali Fernando
SLDWSN-K | Farwaniya, Kuwait
+965 6 618 0427
"""
    root = alternative(body, gmail_html(body), "000000000000a1b2c3d405b9e1f2a3")
    meta = dict(from_name="Nimali Fernando", from_email="nimali.sldwsn@mailbox.example.com",
                subject="speaker roundtable 2", received_at=at(27, 10, 14, 52, month=1), sender_tz=tz(3),
                mid=MID["h15-01"], lag=23)
    return meta, root, label(
        "speaker_request", "en",
        "one-line 'Name - Title - Organisation'; the sender (signature) is not the speaker; "
        "roundtable given as a number with a topic hint",
        [SP("Chandrika Dissanayake", "Coordinator", "Sri Lankan Domestic Workers Solidarity Network Kuwait (SLDWSN-K)",
            ["roundtable"], 2)])


@message
def h15_02() -> Built:
    body = """Thank you so much for the quick confirmation!
Chandrika is looking forward to it.

Best
Nimali

On Wed, Jan 27, 2021 at 11:15 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Nimali Fernando,
>
> Thank you for your message. We confirm receipt of your request for a speaking role
> for Chandrika Dissanayake (Sri Lankan Domestic Workers Solidarity Network Kuwait).
> The programme will be confirmed in due course.
>
> GCM Regional Review Secretariat
"""
    root = alternative(body, gmail_html(body), "000000000000c4d5e6f7a805b9e2b1c0")
    meta = dict(from_name="Nimali Fernando", from_email="nimali.sldwsn@mailbox.example.com",
                subject="Re: [GCM Regional Review] We received your message", received_at=at(28, 9, 2, 7, month=1),
                sender_tz=tz(3), mid="<CAK7wq+3qVn2Lp0dKx8eR4sYh9Tb1mUa7cW3zQ6E@mail.gmail.com>",
                in_reply_to=ACK_01, references=MID["h15-01"] + "\r\n " + ACK_01, lag=19)
    return meta, root, label(
        "other", "en",
        "thank-you replying to our acknowledgement of h15-01; adds nothing new, so no acknowledgement; "
        "the quoted acknowledgement names the speaker and her organisation",
        thread_of="h15-01.eml", acknowledge=False)


@message
def h15_03() -> Built:
    body = """Madame, Monsieur,

Le Président de la Commission des affaires sociales, de l'emploi et des Mauritaniens de
l'extérieur de l'Assemblée nationale suit avec intérêt la préparation de l'examen régional du
Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Afin de préparer la participation éventuelle de membres de la Commission, je vous saurais gré de
bien vouloir nous transmettre l'ordre du jour provisoire de la consultation du 23 février et de la
conférence des 24 et 25 février 2021, ainsi que la note conceptuelle si elle est disponible.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Mohamed Abdallahi Ould Cheikhna
Administrateur parlementaire
Secrétariat de la Commission des affaires sociales, de l'emploi et des Mauritaniens de l'extérieur
Assemblée nationale - Nouakchott
Tél. : +222 45 25 71 30
"""
    html = outlook_html(mso_paras(body), lang="FR")
    root = alternative(body, html, "----=_NextPart_000_0031_01D6F574.2B8C1A60", charset="iso-8859-1")
    meta = dict(from_name="Secrétariat Commission affaires sociales", from_email="commission.social@assemblee.example.mr",
                hdr_charset="iso-8859-1", subject="Demande de l'ordre du jour - Examen régional du Pacte mondial",
                received_at=at(28, 13, 40, 31, month=1), sender_tz=tz(0),
                mid="<003101d6f574$2b8c1a60$82a44f20$@assemblee.example.mr>", extra=outlook(3, "fr"), lag=52)
    return meta, root, label(
        "other", "fr",
        "parliamentary committee asks for the provisional agenda and concept note; mentions the consultation "
        "and 'participation de membres' but proposes no speaker; ISO-8859-1 body and header",
    )


@message
def h15_04() -> Built:
    body = """الإخوة الأعزاء في أمانة الاستعراض الإقليمي،
السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى دعوتكم الكريمة، ترغب رابطة الإعلاميين اليمنيين لقضايا الهجرة واللجوء في المشاركة في النقاش
المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير، ونرشح لذلك:

عبد الرحمن سالم باعباد - نائب رئيس الرابطة - رابطة الإعلاميين اليمنيين لقضايا الهجرة واللجوء

وسيتناول في مداخلته أوضاع المهاجرين القادمين من القرن الأفريقي عبر السواحل اليمنية وتغطيتها الإعلامية.

وتقبلوا خالص التحية،

مروان أحمد الشرعبي
السكرتير التنفيذي
رابطة الإعلاميين اليمنيين لقضايا الهجرة واللجوء
عدن - الجمهورية اليمنية
جوال: 967771204588+
"""
    root = alternative(body, gmail_html(body, rtl=True), "00000000000077e1d2c3b405b9f0a8d6", cte="b64")
    meta = dict(from_name="مروان الشرعبي", from_email="marwan.sharabi@yjma-migration.example.org",
                subject="طلب مشاركة في النقاش المفتوح - رابطة الإعلاميين اليمنيين",
                received_at=at(30, 11, 25, 9, month=1), sender_tz=tz(3),
                mid="<CAB4nXq8TfR1mYw0Lk3sVz7hPd2oGe9aJ5cN6uQ1@mail.gmail.com>", lag=27)
    return meta, root, label(
        "speaker_request", "ar",
        "Arabic one-line 'name - title - organisation'; journalists' association; open discussion of the "
        "consultation; the signer (executive secretary) is not the speaker; base64 UTF-8 parts",
        [SP("عبد الرحمن سالم باعباد", "نائب رئيس الرابطة", "رابطة الإعلاميين اليمنيين لقضايا الهجرة واللجوء",
            ["open_discussion"])])


@message
def h15_05() -> Built:
    intro = ("Dear GCM Regional Review Team,<br><br>Assalam-o-Alaikum. The Pakistani Migrant Workers Forum – Gulf "
             "(PMWF-Gulf) would like to request floor interventions in two of the thematic roundtables on "
             "24-25 February. Details of our nominees are given below:<br><br>")
    table = ('<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Arial">'
             "<tr style=\"background:#d9e2f3\"><th>S.No</th><th>Name</th><th>Designation</th><th>Organization</th>"
             "<th>Session</th></tr>"
             "<tr><td>1</td><td>Mr. Tariq Mehmood Awan</td><td>Convener</td><td>PMWF-Gulf</td>"
             "<td>Roundtable 1</td></tr>"
             "<tr><td>2</td><td>Ms. Saima Rafiq</td><td>Research Associate</td>"
             "<td>Lahore Centre for Labour Migration Studies</td><td>Roundtable 4</td></tr></table>")
    outro = ("<br>Ms. Rafiq is our research partner and is co-authoring our survey of recruitment costs paid by "
             "Pakistani workers in Oman and the UAE.<br><br>Kindly confirm receipt.<br><br>Regards,<br>"
             "<b>Adeel Hussain</b><br>Coordination Secretary, PMWF-Gulf<br>Sharjah, UAE | +971 50 381 2264")
    html = f"<html><body><div style=\"font-family:Arial;font-size:10pt\">{intro}{table}{outro}</div></body></html>\n"
    root = text(html, "html", "utf-8", "qp")
    meta = dict(from_name="PMWF Gulf", from_email="pmwf.gulf@pmwf-gulf.example.org",
                subject="Request for Floor Interventions - PMWF-Gulf (Roundtables 1 & 4)",
                received_at=at(31, 16, 50, 12, month=1), sender_tz=tz(4),
                mid="<1612104553.481027.88102@webmail.pmwf-gulf.example.org>", lag=59,
                extra=["X-Mailer: Roundcube Webmail/1.4.9"])
    return meta, root, label(
        "speaker_request", "en",
        "HTML-only body; two speakers in an HTML table (Designation column); the second speaker's affiliation "
        "differs from the sender's forum; the table only gives the acronym for the first one, the full name is "
        "in the intro; 'Mr.'/'Ms.' not part of the names",
        [SP("Tariq Mehmood Awan", "Convener", "Pakistani Migrant Workers Forum – Gulf (PMWF-Gulf)", ["roundtable"], 1),
         SP("Saima Rafiq", "Research Associate", "Lahore Centre for Labour Migration Studies", ["roundtable"], 4)])


@message
def h15_06() -> Built:
    body = f"""Madame, Monsieur,

Faisant suite à votre invitation ci-dessous, la Chambre mauritano-maghrébine de commerce et
d'industrie (CMMCI) souhaite prendre la parole lors d'une session plénière de la conférence
régionale des 24 et 25 février 2021.

Nous proposons M. Moussa Ould Ahmed Salem, Vice-président chargé de la mobilité de la
main-d'œuvre, qui présentera la position du secteur privé sur le recrutement équitable et la
reconnaissance des compétences.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Aïcha Mint Sidi
Directrice des relations extérieures
CMMCI – Nouadhibou
Tél. : +222 22 41 09 87

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 25 janvier 2021 10:02
À : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Objet : {INVITATION_SUBJECT}

{INVITATION_EN}
"""
    inner = mso_paras(body.split("De : GCM")[0].rstrip()) + (
        '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        "<p class=MsoNormal><b>De :</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>"
        "<b>Envoyé :</b> lundi 25 janvier 2021 10:02<br><b>À :</b> GCM Regional Review Arab States "
        f"&lt;gcmrrarabstates@iom.int&gt;<br><b>Objet :</b> {escape(INVITATION_SUBJECT)}</p></div>\n{mso_paras(INVITATION_EN)}")
    root = alternative(body, outlook_html(inner, lang="FR"), "----=_NextPart_000_0044_01D6F87E.19A0B3C0")
    meta = dict(from_name="Aïcha Mint Sidi", from_email="a.mintsidi@cmmci.example.mr",
                subject="RE: " + INVITATION_SUBJECT, received_at=at(1, 9, 12, 44), sender_tz=tz(0),
                mid="<004401d6f87e$19a0b3c0$4ce21b40$@cmmci.example.mr>", in_reply_to=INVITATION_MID,
                references=INVITATION_MID, extra=outlook(6, "fr"), lag=38)
    return meta, root, label(
        "speaker_request", "fr",
        "French reply quoting the English invitation (Outlook style, not '>'-prefixed), which lists every role "
        "and the report deadline; chamber of commerce; speaker nominated by the sender ('M.', title after the "
        "name); plenary",
        [SP("Moussa Ould Ahmed Salem", "Vice-président chargé de la mobilité de la main-d'œuvre",
            "Chambre mauritano-maghrébine de commerce et d'industrie (CMMCI)", ["plenary"])])


@message
def h15_07() -> Built:
    body = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

يسرّ مركز مسقط لدراسات السكان والهجرة أن يرشّح الدكتورة مَيّ بنت سعيد الحارثيّة للمداخلة في المائدة
المستديرة الرابعة (البيانات والسياسات القائمة على الأدلة والتعاون الدولي) خلال المؤتمر الإقليمي.

بيانات المرشّحة:
الاسم: مي بنت سعيد الحارثية
المسمى الوظيفي: باحثة رئيسية ورئيسة برنامج سوق العمل والهجرة
الجهة: مركز مسقط لدراسات السكان والهجرة

وقد أشرفت د. مي الحارثية على المسح الوطني لتكاليف استقدام العمالة الوافدة لعام 2020.

وتفضلوا بقبول فائق الاحترام،

سالم بن خلفان البوسعيدي
مدير إدارة الشراكات
مركز مسقط لدراسات السكان والهجرة
مسقط - سلطنة عمان
هاتف: 96824571308+
"""
    html = outlook_html(mso_paras(body), lang="AR-SA", rtl=True)
    root = alternative(body, html, "----=_NextPart_000_0019_01D6F8A5.6E2D4F10")
    meta = dict(from_name="سالم البوسعيدي", from_email="s.albusaidi@mcpms.example.om",
                subject="ترشيح الدكتورة مي الحارثية - المائدة المستديرة الرابعة",
                received_at=at(1, 14, 33, 5), sender_tz=tz(4),
                mid="<001901d6f8a5$6e2d4f10$4a87ed30$@mcpms.example.om>", extra=outlook(7, "ar-om"), lag=71)
    return meta, root, label(
        "speaker_request", "ar",
        "think tank; the name appears first with the honorific and diacritics (الدكتورة مَيّ ... الحارثيّة), then "
        "plain in the labelled lines and as 'د. مي الحارثية'; roundtable as an ordinal word (الرابعة); the "
        "signer is not the speaker",
        [SP("مي بنت سعيد الحارثية", "باحثة رئيسية ورئيسة برنامج سوق العمل والهجرة", "مركز مسقط لدراسات السكان والهجرة",
            ["roundtable"], 4)])


@message
def h15_08() -> Built:
    body = """Dear Sir/Madam,

Greetings from the Uganda Migrant Workers' Association in the Gulf (UMWAG).

With reference to the invitation to the Regional Review of the Global Compact for Migration in the
Arab region, UMWAG wishes to nominate our Executive Director, Ms. Harriet Akello Namubiru, to make a
floor intervention in the plenary session of the conference on 24-25 February 2021.

Ms. Namubiru has worked with Ugandan domestic workers in Saudi Arabia, Oman and the UAE since 2014,
including on pre-departure orientation and the repatriation of stranded workers during COVID-19.

We look forward to your favourable consideration.

Yours faithfully,

Ronald Ssekandi
Programme Officer
Uganda Migrant Workers' Association in the Gulf (UMWAG)
P.O. Box 7788, Kampala | Tel: +256 772 410 356

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. UMWAG accepts no liability
for any damage caused by viruses transmitted by this e-mail.
"""
    html = outlook_html(mso_paras(body), lang="EN-GB")
    root = alternative(body, html, "----=_NextPart_000_0052_01D6F951.3C7E8A90")
    meta = dict(from_name="Ronald Ssekandi", from_email="r.ssekandi@umwag.example.ug",
                subject="Nomination of UMWAG speaker - GCM Regional Review (Plenary)",
                received_at=at(2, 10, 5, 40), sender_tz=tz(3),
                mid="<005201d6f951$3c7e8a90$b57b9fb0$@umwag.example.ug>", extra=outlook(8, "en-gb"), lag=33)
    return meta, root, label(
        "speaker_request", "en",
        "title before the name ('our Executive Director, Ms. ...'); Ugandan diaspora group; sender is a "
        "programme officer with his own title in the signature; disclaimer",
        [SP("Harriet Akello Namubiru", "Executive Director", "Uganda Migrant Workers' Association in the Gulf (UMWAG)",
            ["plenary"])])


@message
def h15_09() -> Built:
    body = """Bonjour,
Nous souhaitons intervenir à la table ronde 3 (inclusion sociale) :
Salma Gharbi - Chargée de plaidoyer - Collectif tunisien pour la mobilité équitable (CTME)
Merci et bonne soirée
Salma

Envoyé de mon iPhone"""
    root = text(body, "plain", "utf-8", "qp")
    meta = dict(from_name="Salma Gharbi", from_email="salma.gharbi@ctme.example.tn",
                subject="Intervention table ronde 3 - CTME", received_at=at(2, 18, 47, 21), sender_tz=tz(1),
                mid="<5E1B7C2D-83A4-4F09-B6D1-2C9E0A7F4B31@ctme.example.tn>", lag=14,
                extra=["X-Mailer: iPhone Mail (18C66)"])
    return meta, root, label(
        "speaker_request", "fr",
        "French one-line 'Nom - Titre - Organisation'; the sender proposes herself; terse mobile message",
        [SP("Salma Gharbi", "Chargée de plaidoyer", "Collectif tunisien pour la mobilité équitable (CTME)",
            ["roundtable"], 3)])


@message
def h15_10() -> Built:
    body = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة

الموضوع: ترشيح متحدثين عن المجلس البلدي لبلدية الواحات الجنوبية
الإشارة: م ب و ج/112/2021

تحية طيبة،

يتشرف المجلس البلدي لبلدية الواحات الجنوبية بإفادتكم برغبته في المشاركة في أعمال المؤتمر الإقليمي
لاستعراض الاتفاق العالمي من أجل الهجرة يومي 24 و25 فبراير 2021، ويرشح لذلك كلاً من:

1- السيد/ خليفة امحمد الزوي – عميد البلدية – لإلقاء مداخلة في الجلسة العامة.
2- السيدة/ نجاة عمران الفيتوري – رئيسة لجنة الهجرة والشؤون الاجتماعية – للمداخلة في المائدة المستديرة
الثالثة الخاصة بالإدماج الاجتماعي والحصول على الخدمات الأساسية.

مرفق طيه كتاب الترشيح الرسمي موقعاً من السيد العميد.

والسلام عليكم ورحمة الله،

مكتب العلاقات العامة والتعاون الدولي
المجلس البلدي لبلدية الواحات الجنوبية – ليبيا
"""
    letter = tiny_pdf(["Al-Wahat al-Janoubiya Municipal Council", "Ref. 112/2021",
                       "Nomination letter - GCM Regional Review, 24-25 February 2021",
                       "1. Khalifa M. al-Zawi, Mayor - plenary", "2. Najat O. al-Fitouri - Roundtable 3",
                       "[signed and stamped]"], "Nomination letter")
    html = outlook_html(mso_paras(body), lang="AR-LY", rtl=True)
    root = multipart("mixed", [alternative(body, html, "----=_NextPart_001_0027_01D6FA11.0F3B6C20",
                                           charset="windows-1256"),
                               attachment(letter, "application/pdf", "كتاب الترشيح.pdf", style="2047")],
                     "----=_NextPart_000_0026_01D6FA11.0F3B6C20")
    meta = dict(from_name="بلدية الواحات الجنوبية", from_email="pr@wahat-janoubiya.example.ly",
                hdr_charset="windows-1256", subject="ترشيح متحدثين - المجلس البلدي لبلدية الواحات الجنوبية",
                received_at=at(3, 8, 55, 3), mid="<002601d6fa11$0f3b6c20$2db24460$@wahat-janoubiya.example.ly>",
                extra=outlook(10, "ar-ly"), lag=88)
    aff = "المجلس البلدي لبلدية الواحات الجنوبية"
    return meta, root, label(
        "speaker_request", "ar",
        "city council, formal letter with reference number; two people, two different roles (plenary and "
        "roundtable 3 as an ordinal word); honorifics السيد/ and السيدة/ with slash; the attached PDF is the "
        "signed nomination letter, not a report; windows-1256 body, RFC 2047 file name",
        [SP("خليفة امحمد الزوي", "عميد البلدية", aff, ["plenary"]),
         SP("نجاة عمران الفيتوري", "رئيسة لجنة الهجرة والشؤون الاجتماعية", aff, ["roundtable"], 3)])


@message
def h15_11() -> Built:
    body = f"""السادة الأفاضل،

تحية طيبة،

ردًا على الدعوة أدناه، تود عيادة العون القانوني للمهاجرين بالإسكندرية ترشيح الأستاذة رحاب فتحي عبد الحميد
للمداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين وإدارة الحدود والاحتجاز،
حيث تتابع العيادة قضايا المهاجرين المحتجزين على الساحل الشمالي منذ عام 2017.

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،
د. شريف منصور
مدير عيادة العون القانوني للمهاجرين – الإسكندرية

في الإثنين، 25 يناير 2021 في 10:02 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
{quote(INVITATION_AR)}
"""
    root = alternative(body, gmail_html(body, rtl=True), "0000000000005f8e9d0c1b05b9fa7c42", cte="b64")
    meta = dict(from_name="Sherif Mansour", from_email="sherif.mansour@alex-legalaid.example.eg",
                subject="Re: " + INVITATION_SUBJECT, received_at=at(3, 12, 20, 48), mid=MID["h15-11"],
                in_reply_to=INVITATION_MID, references=INVITATION_MID, lag=25)
    return meta, root, label(
        "speaker_request", "ar",
        "reply to the call quoting the Arabic invitation ('>'-prefixed), which carries the misprinted speaker "
        "deadline (الجمعة 23 شباط) and the report call; legal aid clinic; nominee with honorific الأستاذة and "
        "no title (completed in h15-13); English From display name",
        [SP("رحاب فتحي عبد الحميد", None, "عيادة العون القانوني للمهاجرين بالإسكندرية", ["roundtable"], 2)])


@message
def h15_12() -> Built:
    body = """Madame, Monsieur,

Je souhaiterais intervenir lors de la table ronde 4 (données, politiques fondées sur des éléments
probants et coopération internationale) de la conférence régionale.

Dr Yasmine Jaziri, maîtresse de conférences en démographie. Mes travaux portent sur la mesure des
migrations de retour et sur les enquêtes ménages au Maghreb. J'interviendrais à titre individuel.

Avec mes remerciements anticipés,
Bien cordialement,

Yasmine Jaziri
"""
    root = text(body, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Yasmine Jaziri", from_email="y.jaziri@webmail.example.net",
                subject="Demande d'intervention - table ronde 4", received_at=at(3, 21, 10, 16), sender_tz=tz(1),
                mid="<8d3c1f0a-5e7b-2c49-a1d6-0f3e9b7c2a58@webmail.example.net>", lag=29,
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.0"])
    return meta, root, label(
        "speaker_request", "fr",
        "individual academic writing from a personal address; title given but no affiliation ('à titre "
        "individuel'), so affiliation null; 'Dr' not part of the name; format=flowed",
        [SP("Yasmine Jaziri", "maîtresse de conférences en démographie", None, ["roundtable"], 4)])


@message
def h15_13() -> Built:
    original = """السادة الأفاضل،

تحية طيبة،

ردًا على الدعوة أدناه، تود عيادة العون القانوني للمهاجرين بالإسكندرية ترشيح الأستاذة رحاب فتحي عبد الحميد
للمداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين وإدارة الحدود والاحتجاز،
حيث تتابع العيادة قضايا المهاجرين المحتجزين على الساحل الشمالي منذ عام 2017.

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،
د. شريف منصور
مدير عيادة العون القانوني للمهاجرين – الإسكندرية"""
    body = f"""إلحاقًا برسالتي أدناه، نسيت ذكر المسمى الوظيفي للأستاذة رحاب:
منسقة وحدة التقاضي الاستراتيجي

شكرًا لكم،
شريف

في الأربعاء، 3 فبراير 2021 في 12:19 م، كتب Sherif Mansour <sherif.mansour@alex-legalaid.example.eg>:
{quote(original)}
"""
    root = alternative(body, gmail_html(body, rtl=True), "000000000000b3a2c1d0e905b9fb4e17", cte="b64")
    meta = dict(from_name="Sherif Mansour", from_email="sherif.mansour@alex-legalaid.example.eg",
                subject="Re: " + INVITATION_SUBJECT, received_at=at(4, 10, 40, 2),
                mid="<CAF9hZpR6mTy1q0Wc4Nx8vKb3Ls7dHe2uJa9iP5S@mail.gmail.com>", in_reply_to=MID["h15-11"],
                references=INVITATION_MID + "\r\n " + MID["h15-11"], lag=21)
    return meta, root, label(
        "speaker_request", "ar",
        "short follow-up (In-Reply-To h15-11) that only adds the speaker's title; name given by first name "
        "only in the new text, the rest (full name, clinic, roundtable 2) is in the quoted original",
        [SP("رحاب فتحي عبد الحميد", "منسقة وحدة التقاضي الاستراتيجي", "عيادة العون القانوني للمهاجرين بالإسكندرية",
            ["roundtable"], 2)],
        thread_of="h15-11.eml")


@message
def h15_14() -> Built:
    forwarded = """Dear Comrade Latifa,

Could you please send my name to the IOM mailbox for the regional GCM review? I would like
to speak in roundtable 1 (regular pathways and decent work) about crew changes and seafarers
stranded on ships off the Omani coast since last year. I cannot open the registration link
from the vessel, the connection is too weak.

Thanks and regards,

--
Babatunde A. Okafor
Seafarers' Welfare Officer
Gulf & Red Sea Seafarers' Union (GRSSU)
Salalah Branch, Sultanate of Oman
Mob/WhatsApp: +968 9214 5573"""
    body = f"""Dear IOM colleagues,

Please see below the request of our colleague from the Salalah branch, who would like to take the
floor at the conference. Kindly confirm receipt to both of us.

Best regards,
Latifa Al-Rawahi
Secretariat, GRSSU

---------- Forwarded message ---------
From: Babatunde Okafor <b.okafor@grssu.example.org>
Date: Wed, 3 Feb 2021 at 22:41
Subject: IOM GCM review - speaking slot
To: Latifa Al-Rawahi <secretariat@grssu.example.org>


{forwarded}
"""
    root = alternative(body, gmail_html(body), "00000000000019d8e7f6a5b405b9fc2d61")
    meta = dict(from_name="GRSSU Secretariat", from_email="secretariat@grssu.example.org",
                cc="Babatunde Okafor <b.okafor@grssu.example.org>",
                subject="Fwd: IOM GCM review - speaking slot", received_at=at(4, 15, 18, 37), sender_tz=tz(4),
                mid="<CAGr7Uo2PcXs9hLk4Ry1mWb6Tn3dVe8qJz0iA5fK@mail.gmail.com>", lag=44)
    return meta, root, label(
        "speaker_request", "en",
        "seafarers' union; forwarded message: the speaker's details are only in the signature of the "
        "forwarded colleague's message; the sender (secretariat) is not the speaker; 'Comrade'; "
        "the branch line is not part of the affiliation",
        [SP("Babatunde A. Okafor", "Seafarers' Welfare Officer", "Gulf & Red Sea Seafarers' Union (GRSSU)",
            ["roundtable"], 1)])


@message
def h15_15() -> Built:
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>Bonjour,</p>
<p>Le Réseau des travailleuses domestiques migrantes de Nouadhibou (RTDMN) souhaite participer à la
table ronde n°2 (protection des droits humains des migrants) de la conférence régionale.</p>
<p>Nous proposons deux intervenantes&nbsp;:</p>
<ul>
<li><b>Mme Aminata SOW</b>, Présidente du RTDMN&nbsp;;</li>
<li><b>Mme Mariama KANE</b>, qui apportera le témoignage d'une travailleuse domestique revenue du Golfe.</li>
</ul>
<p>Mme Kane s'exprimera en wolof ou en hassaniya&nbsp;; merci de nous dire si une interprétation est
possible.</p>
<p>Cordialement,</p>
<div class="moz-signature">-- <br>
Khady Ndiaye<br>
Animatrice, RTDMN<br>
Nouadhibou – Mauritanie<br>
+222 46 70 12 35</div>
</body>
</html>
"""
    root = text(html, "html", "utf-8", "qp")
    meta = dict(from_name="RTDMN Nouadhibou", from_email="rtdmn.ndb@association.example.mr",
                subject="Participation table ronde n°2 - RTDMN", received_at=at(5, 19, 2, 26), sender_tz=tz(0),
                mid="<c2a9e4b1-7f30-8d65-e12b-9a4f0d3c6e71@association.example.mr>", lag=31,
                extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"])
    aff = "Réseau des travailleuses domestiques migrantes de Nouadhibou (RTDMN)"
    return meta, root, label(
        "speaker_request", "fr",
        "HTML-only (Thunderbird); women domestic workers' network; two speakers in a bulleted list, the second "
        "without a title; all-caps surnames after 'Mme'; the title of the first uses the acronym (Présidente du "
        "RTDMN); interpretation question; sender (animatrice) is not a speaker",
        [SP("Aminata SOW", "Présidente du RTDMN", aff, ["roundtable"], 2),
         SP("Mariama KANE", None, aff, ["roundtable"], 2)])


@message
def h15_16() -> Built:
    body = """Bonjour,

Nous avons envoyé la semaine dernière une demande d'intervention pour notre observatoire et nous
préparons maintenant la participation. Pourriez-vous nous préciser :

- si la consultation du 23 février et la conférence se tiendront en ligne ou en présentiel (et sur
  quelle plateforme) ;
- si l'interprétation arabe/français/anglais sera assurée ;
- la durée prévue pour chaque intervention dans les tables rondes ;
- si une répétition technique est prévue.

Merci d'avance,

Karim Belhaj
Chargé de communication
Observatoire maghrébin des migrations de travail (OMMT)
Tunis
"""
    root = text(body, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Karim Belhaj", from_email="k.belhaj@ommt.example.tn", hdr_charset="iso-8859-1",
                subject="Questions pratiques - consultation du 23 février", received_at=at(7, 10, 0, 55),
                sender_tz=tz(1), mid="<20210207090008.4F2C81A0E3@ommt.example.tn>", lag=47,
                extra=["X-Mailer: Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)"])
    return meta, root, label(
        "other", "fr",
        "logistics questions (online or in person, interpretation, speaking time); refers to an earlier "
        "speaker request not in this set but proposes nobody; after the speaker deadline, but no deadline "
        "applies to a question",
    )


@message
def h15_17() -> Built:
    body = """Bonjour,

Je me permets de vous écrire malgré la date limite du 5 février, que nous avons manquée à cause
d'un problème de messagerie. Je souhaiterais prendre part à la discussion ouverte de la
consultation multipartite du 23 février, pour y porter la voix des associations de la diaspora
syrienne qui accompagnent les familles réinstallées.

Si une place est encore disponible, je vous en serais très reconnaissante.

Bien à vous,

--
Rima Hallak
Responsable du pôle plaidoyer
Collectif de la diaspora syrienne pour la solidarité (CDSS)
12 rue Bonnefoi, 69003 Lyon – France
+33 6 48 21 90 37
"""
    root = text(body, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Rima Hallak", from_email="rima.hallak@cdss-diaspora.example.fr",
                subject="Demande tardive - discussion ouverte du 23 février", received_at=at(8, 11, 31, 9),
                sender_tz=tz(1), mid="<f4e1a2b3-9c8d-4e7f-a605-1b2c3d4e5f60@cdss-diaspora.example.fr>", lag=26,
                extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.1"])
    return meta, root, label(
        "speaker_request", "fr",
        "late (8 February) and says so; the sender proposes herself, with name, title and affiliation only in "
        "the signature; open discussion of the consultation; Syrian diaspora group in France",
        [SP("Rima Hallak", "Responsable du pôle plaidoyer", "Collectif de la diaspora syrienne pour la solidarité (CDSS)",
            ["open_discussion"])])


@message
def h15_18() -> Built:
    body = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Edo Returnees Voice Initiative (ERVI),
based on consultations with 120 returnees from Libya and Niger in Benin City and Auchi between
October and December 2020.

I know the deadline for speaking roles was last Friday, but if it is still possible I would like
to offer to serve as rapporteur and deliver the stakeholders' key messages. Our members would very
much like the voice of returnees to be heard in the conference.

Warm regards,

Dr. Osasere Ehigiator
Executive Director
Edo Returnees Voice Initiative (ERVI)
Benin City, Edo State, Nigeria
+234 803 552 1948
"""
    report = tiny_pdf(["Edo Returnees Voice Initiative (ERVI)", "Voluntary GCM Review Report - February 2021",
                       "1. Methodology: 120 returnees consulted", "2. GCM Objectives 7, 8, 21",
                       "3. Recommendations"], "ERVI Voluntary GCM Review")
    root = multipart("mixed", [alternative(body, gmail_html(body), "000000000000e7f6a5b4c3d205ba0f1e92"),
                               attachment(report, "application/pdf", "ERVI_GCM_Voluntary_Review_Report_2021.pdf")],
                     "000000000000e7f6a5b4c3d205ba0f1e94")
    meta = dict(from_name="Osasere Ehigiator", from_email="osasere.e@ervi-ng.example.org",
                subject="ERVI voluntary GCM review report + rapporteur request", received_at=at(9, 16, 20, 44),
                sender_tz=tz(1), mid="<CAD2pQv5XnWr8Lk1Ty3mZb7Hc0Js6dFe4uGa9iK2@mail.gmail.com>", lag=35)
    return meta, root, label(
        "both", "en",
        "report (PDF) and rapporteur request in one message, received 9 February: the report part is on time, "
        "the speaker part is late, so on_time false; the sender is the speaker (signature only, 'Dr.' not part "
        "of the name); Nigerian returnees' organisation",
        [SP("Osasere Ehigiator", "Executive Director", "Edo Returnees Voice Initiative (ERVI)", ["rapporteur"])],
        ["ERVI_GCM_Voluntary_Review_Report_2021.pdf"])


@message
def h15_19() -> Built:
    body = """السلام عليكم،

أنا من رابطة المهجّرين السوريين للتنمية، وقد أرسلنا طلب المشاركة عبر الاستمارة الإلكترونية. أحمل جواز
سفر سوريًا وأقيم حاليًا في غازي عنتاب، فهل سيُعقد المؤتمر حضوريًا؟ وفي حال كان حضوريًا، هل يمكنكم إصدار
رسالة دعوة رسمية لتسهيل الحصول على التأشيرة، وما هي المدة اللازمة لذلك؟

ولكم جزيل الشكر،
فراس العبدالله
رابطة المهجّرين السوريين للتنمية

Sent from my Samsung Galaxy smartphone."""
    root = text(body, "plain", "utf-8", "b64")
    meta = dict(from_name="Firas Alabdullah", from_email="firas.alabdullah@srda-syria.example.org",
                subject="استفسار بخصوص التأشيرة ورسالة الدعوة", received_at=at(10, 12, 3, 18), sender_tz=tz(3),
                mid="<k8ga2m-x4r1qz-7c1n3d5e9f@email.android.com>", lag=62)
    return meta, root, label(
        "other", "ar",
        "visa / invitation-letter question from a Syrian in Türkiye; mentions an earlier participation request "
        "made through the online form but proposes no speaker; English mobile footer",
    )


@message
def h15_20() -> Built:
    body = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport d'examen volontaire du Pacte mondial sur les migrations préparé
par le Réseau jeunesse et mobilité – Tunisie (RJM-T), à partir des ateliers tenus avec 85 jeunes à
Sfax, Médenine et Gafsa en janvier 2021.

Le rapport porte principalement sur les objectifs 2, 5 et 18 (moteurs de la migration, voies
régulières, compétences).

Nous restons à votre disposition pour toute précision.

Cordialement,

Oussama Mejri
Coordinateur national
Réseau jeunesse et mobilité – Tunisie (RJM-T)
"""
    report = tiny_pdf(["Reseau jeunesse et mobilite - Tunisie (RJM-T)",
                       "Rapport d'examen volontaire du Pacte mondial sur les migrations",
                       "Fevrier 2021", "Objectifs 2, 5 et 18"], "Rapport RJM-T PMM")
    root = multipart("mixed", [text(body, "plain", "utf-8", "qp"),
                               attachment(report, "application/pdf", "Rapport_RJMT_examen_volontaire_PMM.pdf")],
                     "------------8A1D4C2E7B3F90615E2D4A7C")
    meta = dict(from_name="Oussama Mejri", from_email="oussama.mejri@rjmt.example.tn",
                subject="Rapport volontaire PMM - RJM-T", received_at=at(11, 9, 48, 13), sender_tz=tz(1),
                mid="<3b7e0c1d-4a2f-9e58-b6c1-7d0a2e9f4c83@rjmt.example.tn>", lag=30,
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.1", "Content-Language: fr"])
    return meta, root, label(
        "voluntary_report", "fr",
        "youth network; plain PDF attachment (Thunderbird), straightforward; the signer's title is not a "
        "speaker request",
        reports=["Rapport_RJMT_examen_volontaire_PMM.pdf"])


@message
def h15_21() -> Built:
    body = """Dear colleagues,

On behalf of the Eritrean and Horn of Africa Women Domestic Workers Network – Gulf (EHAWDN-Gulf), I am
pleased to submit our voluntary GCM review report (attached, Word format).

The report documents the situation of 64 women domestic workers in Kuwait and Oman interviewed
by our peer volunteers: passport confiscation, access to shelters, and the impact of the pandemic on
wages and return.

We would be grateful if the findings could be reflected in the regional review.

Best regards,

Saba Tesfamariam
Network Coordinator
EHAWDN-Gulf
Kuwait City | +965 9 744 2016
"""
    docx = tiny_docx("EHAWDN-Gulf - Voluntary GCM Review Report 2021",
                     ["1. Introduction", "2. Methodology: 64 interviews in Kuwait and Oman",
                      "3. Findings: passport confiscation, shelters, wages during COVID-19",
                      "4. Recommendations to States of destination and origin"])
    logo = tiny_png((128, 30, 90))
    inner = mso_paras(body) + '\n<p class=MsoNormal><img width=80 height=32 src="cid:image001.png@01D70289.5A1B2C30"></p>'
    related = multipart("related", [alternative(body, outlook_html(inner, lang="EN-US"),
                                                "----=_NextPart_002_0061_01D70289.5A1B2C30"),
                                    attachment(logo, "image/png", "image001.png", inline=True,
                                               cid="image001.png@01D70289.5A1B2C30")],
                        "----=_NextPart_001_0060_01D70289.5A1B2C30", type="multipart/alternative")
    root = multipart("mixed", [related, attachment(
        docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "EHAWDN-Gulf Voluntary GCM Report 2021.docx")], "----=_NextPart_000_005F_01D70289.5A1B2C30")
    meta = dict(from_name="Saba Tesfamariam", from_email="saba.t@ehawdn-gulf.example.org",
                subject="Voluntary GCM Review Report - EHAWDN-Gulf", received_at=at(14, 13, 15, 27), sender_tz=tz(3),
                mid="<006001d70289$5a1b2c30$0e518490$@ehawdn-gulf.example.org>", extra=outlook(21, "en-us"), lag=48)
    return meta, root, label(
        "voluntary_report", "en",
        "women domestic workers' network; DOCX report with spaces in the file name; Outlook mixed > related > "
        "alternative with an inline signature logo (image001.png) that is not part of the report",
        reports=["EHAWDN-Gulf Voluntary GCM Report 2021.docx"])


@message
def h15_22() -> Built:
    body = """السادة المحترمون في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

باسم شبكة منظمات المجتمع المدني الموريتانية للهجرة والتنمية، يسعدنا أن نرسل إليكم مرفقًا التقرير الجماعي
للاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدته إحدى عشرة منظمة عضوًا في الشبكة في
نواكشوط ونواذيبو وروصو وكيهيدي، بعد سلسلة من ورشات التشاور خلال شهر يناير.

المنظمات المشاركة: جمعية الأمل للتنمية، منظمة صوت المهاجر، جمعية نساء الضفة، رابطة شباب روصو، مرصد حقوق
العمال، وست منظمات أخرى مذكورة في الصفحة الأولى من التقرير.

نرجو إفادتنا بالاستلام.

مع فائق الاحترام،
أحمد سالم ولد محمد الأمين
المنسق العام للشبكة
الهاتف: 22236418820+
"""
    report = tiny_pdf(["Reseau mauritanien des OSC pour la migration et le developpement",
                       "Collective voluntary GCM review report - 11 member organisations",
                       "Nouakchott, Nouadhibou, Rosso, Kaedi - January 2021"], "Collective GCM report")
    root = multipart("mixed", [text(body, "plain", "utf-8", "b64"),
                               attachment(report, "application/pdf", "التقرير الجماعي - شبكة الهجرة والتنمية موريتانيا.pdf")],
                     "Apple-Mail=_7C2E9A41-0B3D-4F58-A6E1-9D2C5B8F3A70")
    meta = dict(from_name="أحمد سالم ولد محمد الأمين", from_email="coord@rmosc-md.example.mr",
                subject="التقرير الجماعي للاستعراض الطوعي - شبكة منظمات المجتمع المدني الموريتانية",
                received_at=at(15, 22, 37, 50), sender_tz=tz(0),
                mid="<6A1F3C8E-2D4B-4E97-B0A5-C3D1E8F7A962@rmosc-md.example.mr>", lag=17,
                extra=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"])
    return meta, root, label(
        "voluntary_report", "ar",
        "collective report of a network (11 member organisations, some named in the body); Arabic PDF file "
        "name in RFC 2231 encoding; Apple Mail; late evening the day before the deadline",
        reports=["التقرير الجماعي - شبكة الهجرة والتنمية موريتانيا.pdf"])


@message
def h15_23() -> Built:
    body = """Dear Sir/Madam,
Salam from Riyadh.

Attached is the report of Jaringan Pekerja Migran Indonesia Timur Tengah (JPMI-TT) for the GCM
regional review. Sorry it is late in the day, we finished the translation only tonight.

Terima kasih / Thank you,
Dewi Lestari
JPMI-TT
"""
    report = tiny_pdf(["Jaringan Pekerja Migran Indonesia Timur Tengah (JPMI-TT)",
                       "Voluntary GCM Review Report 2021", "Indonesian migrant workers in Saudi Arabia and Jordan"],
                      "JPMI-TT GCM report")
    root = multipart("mixed", [text(body, "plain", "us-ascii", "7bit"),
                               attachment(report, "application/octet-stream", "Laporan JPMI-TT GCM Review 2021.pdf")],
                     "=_a9f3c1e07b2d4e58_=")
    meta = dict(from_name="Dewi Lestari", from_email="dewi.lestari@jpmi-tt.example.id",
                subject="report JPMI-TT", received_at=at(16, 20, 51, 6), sender_tz=tz(3),
                mid="<1613501422.7731.4410@mobile.jpmi-tt.example.id>", lag=44,
                extra=["X-Mailer: MailDroid/5.03"])
    return meta, root, label(
        "voluntary_report", "en",
        "report PDF sent as application/octet-stream (only the .pdf extension tells); Indonesian migrant "
        "network, English body with Indonesian words; on the last day, before the deadline",
        reports=["Laporan JPMI-TT GCM Review 2021.pdf"])


@message
def h15_24() -> Built:
    body = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نعتذر عن التأخر في إرسال التقرير بسبب انقطاع الإنترنت في الأيام الماضية. نرفق لكم تقرير الاستعراض الطوعي
الخاص ببيت السامري الصالح لإيواء المهاجرين، الذي يستقبل منذ 2016 النساء والأطفال المهاجرين من السودان
وإريتريا وإثيوبيا في القاهرة، آملين أن يؤخذ بعين الاعتبار رغم فوات الموعد.

مع الشكر والتقدير،
الأب يوحنا سمعان
مدير بيت السامري الصالح لإيواء المهاجرين
القاهرة
"""
    docx = tiny_docx("تقرير الاستعراض الطوعي - بيت السامري الصالح لإيواء المهاجرين",
                     ["مقدمة", "الخدمات المقدمة للنساء والأطفال المهاجرين", "التوصيات"], rtl=True)
    html = outlook_html(mso_paras(body), lang="AR-EG", rtl=True)
    root = multipart("mixed", [alternative(body, html, "----=_NextPart_001_0014_01D7050A.7B9C3D20",
                                           charset="windows-1256"),
                               attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "تقرير بيت السامري الصالح - الاستعراض الطوعي.docx", style="2047")],
                     "----=_NextPart_000_0013_01D7050A.7B9C3D20")
    meta = dict(from_name="Good Samaritan House", from_email="info@goodsamaritan-cairo.example.org",
                subject="تقرير الاستعراض الطوعي - بيت السامري الصالح", hdr_charset="windows-1256",
                received_at=at(17, 10, 26, 39), mid="<001301d7050a$7b9c3d20$72d4b760$@goodsamaritan-cairo.example.org>",
                extra=outlook(24, "ar-eg"), lag=57)
    return meta, root, label(
        "voluntary_report", "ar",
        "late (17 February) and apologises; faith-based shelter ('الأب' = Father, the signer); Arabic DOCX "
        "file name RFC 2047-encoded in quoted parameters (Outlook); English From display name",
        reports=["تقرير بيت السامري الصالح - الاستعراض الطوعي.docx"])


# ----------------------------------------------------------------- writer
def on_time(category: str, received: dt.datetime) -> bool | None:
    if category == "speaker_request":
        return received <= SPEAKER_DEADLINE
    if category == "voluntary_report":
        return received <= REPORT_DEADLINE
    if category == "both":
        return received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE
    return None


def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(folder, name))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = f"h15-{n:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta, root, lab = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, n))
        received = meta["received_at"]
        labels.append({"file": name, "received_at": received.isoformat(), "category": lab["category"],
                       "language": lab["language"], "acknowledge": lab["acknowledge"],
                       "on_time": on_time(lab["category"], received), "speakers": lab["speakers"],
                       "report_attachments": lab["report_attachments"], "thread_of": lab["thread_of"],
                       "notes": lab["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout15"))
