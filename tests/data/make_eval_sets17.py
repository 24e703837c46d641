#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout17 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets17.py
Written without reading intake/ or rules/.  Each message is one function returning its envelope
(headers, client style), its MIME body and its expected label (format of /work/shared/corpus/LABELS.md).
Files are numbered in the order the mailbox server received them.
"""
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
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
FIXED_ZIP_TIME = (2021, 2, 1, 9, 0, 0)

Meta = dict[str, Any]
Label = dict[str, Any]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    """Server arrival time, February 2021, Beirut time."""
    return dt.datetime(2021, 2, day, hour, minute, second, tzinfo=BEIRUT)


def speaker(name: str, title: str | None, affiliation: str | None, roles: list[str],
            roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb: tuple[int, int, int], w: int = 32, h: int = 12) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines: list[str], title: str, producer: str = "Microsoft Word for Microsoft 365") -> bytes:
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
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
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(heading: str, paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile, fixed timestamps."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(text: str, bold: bool = False) -> str:
        rpr = "<w:rPr><w:b/>%s</w:rPr>" % ("<w:rtl/>" if rtl else "") if bold else rtl_run
        return f'<w:p>{bidi}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    body = para(heading, bold=True) + "".join(para(p) for p in paragraphs)
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
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(heading)}</dc:title><dc:creator>user</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{w}"><w:body>{body}<w:sectPr/></w:body></w:document>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp",
              flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231",
               inline_cid: str | None = None) -> Message:
    maintype, subtype = ctype.split("/")
    part: Message = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disp = "inline" if inline_cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", enc)
        part.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail, Thunderbird, Apple Mail: RFC 2231
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        part.add_header("Content-ID", f"<{inline_cid}>")
    return part


def multipart(kind: str, parts: list[Message], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\""
            " xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html;"
            " charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--"
            "p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}}--></style></head>\n"
            "<body lang={} link=\"#0563C1\" vlink=\"#954F72\"{}><div class=WordSection1>\n{}\n</div></body></html>\n".format(lang, ' dir="RTL"' if rtl else "", inner))


def paras(text: str) -> str:
    out = ["<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">') for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc_header(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset, header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if name is None:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), mail)


def render(meta: Meta, root: Message, n: int) -> bytes:
    host = meta["from_email"].split("@")[1]
    received = meta["received_at"]
    sent = (received - dt.timedelta(seconds=meta.get("lag", 40))).astimezone(meta.get("sender_tz", BEIRUT))
    relay = meta.get("relay", "mail." + host)
    charset = meta.get("hdr_charset", "utf-8")
    h = ["Return-Path: <{}>".format(meta["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 3}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS"
         f" id 7H{n:02d}K{'RZ4W'[n % 4]}Q\r\n\tfor <{MAILBOX}>; {format_datetime(received)}",
         f"Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}",
         "From: " + address(meta["from_name"], meta["from_email"], charset),
         "To: " + meta.get("to", MAILBOX)]
    if meta.get("cc"):
        h.append("Cc: " + meta["cc"])
    h += ["Subject: " + enc_header(meta["subject"], charset), "Date: " + format_datetime(sent),
          "Message-ID: " + meta["mid"]]
    if meta.get("in_reply_to"):
        h.append("In-Reply-To: " + meta["in_reply_to"])
    if meta.get("references"):
        h.append("References: " + meta["references"])
    h += meta.get("extra_headers", [])
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}Zk3Lq8Rn0Wm5Tq2v7Xy==",
            "Content-Language: " + lang]


# ----------------------------------------------------------------- quoted texts
INVITE_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١) وإلى مشاورة أصحاب المصلحة المتعددين (٢٣ فبراير ٢٠٢١).

وسنكون شاكرين إن تم إرسال طلبات المداخلة/التحدث جنبًا إلى جنب مع الاسم والمسمى الوظيفي والمؤسسة التنظيمية التي ينتمي إليها المتحدث إلى البريد الإلكتروني gcmrrarabstates@iom.int بحلول يوم الجمعة ٢٣ فبراير ٢٠٢١.

وقد تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي للهجرة إلى البريد الإلكتروني gcmrrarabstates@iom.int حتى ١٦ فبراير ٢٠٢١.

GCM Regional Review Arab States"""

MID = {
    1: "<DB7PR02MB4471C2E0A1F94B3D8E11A6C9D8B79@DB7PR02MB4471.eurprd02.prod.outlook.com>",
    20: "<5a1e0c7f-3b92-4d8e-a611-0f2c9d4e7b18@sousse-commune.example.tn>",
}
ACK = {
    1: "<ack.GCM-AR-0047.20210203T0912@gcm-intake.iom.int>",
    20: "<ack.GCM-AR-0188.20210211T1130@gcm-intake.iom.int>",
}

MESSAGES: list[Callable[[], tuple[Meta, Message, Label]]] = []


def message(fn: Callable[[], tuple[Meta, Message, Label]]) -> Callable[[], tuple[Meta, Message, Label]]:
    MESSAGES.append(fn)
    return fn


# ================================================================= the week, in arrival order
@message
def h17_01() -> tuple[Meta, Message, Label]:
    plain = """Dear GCM Regional Review Team,

Greetings from Dubai.

Following the invitation circulated on 2 February, the Myanmar Migrant Workers
Solidarity Network (MMWSN) would like to request a floor intervention in the
plenary session of the Regional Review Conference on 24-25 February.

We would like to propose our colleague Ms. Khin Thida Aung, Community Outreach
Coordinator, who has been working with Myanmar domestic and construction workers
in the UAE and Oman since 2014, including during the COVID-19 lockdowns.

Please do not hesitate to contact me if anything else is needed.

With best regards,

Zaw Min Htet
General Secretary
Myanmar Migrant Workers Solidarity Network (MMWSN)
Al Qusais, Dubai | +971 55 318 2264
"""
    root = alt(plain, outlook_html(paras(plain), "EN-US"), "_000_DB7PR02MB4471C2E0A1F94B3D8E11A6C9D8B79DB7PR02MB4471eurp_")
    meta = dict(from_name="Zaw Min Htet", from_email="gensec@mmwsn.example.org", subject="Request for speaking role - MMWSN",
                received_at=at(2, 17, 48, 12), sender_tz=tz(4), lag=38, relay="mail-db7eur02on2071.outbound.protection.outlook.com",
                mid=MID[1], extra_headers=outlook(1, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Khin Thida Aung", "Community Outreach Coordinator",
                                   "Myanmar Migrant Workers Solidarity Network (MMWSN)", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="sender (General Secretary) nominates a colleague; name, title in one prose sentence after 'Ms.'; "
                       "role changed to rapporteur later by h17-08")
    return meta, root, label


@message
def h17_02() -> tuple[Meta, Message, Label]:
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
تحية طيبة وبعد،

استجابةً لدعوتكم الكريمة، تودّ جمعية الهلال الأحمر العراقي – فرع البصرة المشاركة بمداخلة في المؤتمر الإقليمي، ونرفق لكم أدناه بيانات المتحدث:

المتحدث: الدكتور حيدر عبد الكريم الموسوي
الصفة: مدير برنامج إعادة الروابط العائلية
الجهة: جمعية الهلال الأحمر العراقي – فرع البصرة
المشاركة المطلوبة: مداخلة في المائدة المستديرة الثانية

نشكر لكم جهودكم، مع فائق الاحترام والتقدير.

زينب كاظم الساعدي
مسؤولة الإعلام والاتصال
جمعية الهلال الأحمر العراقي – فرع البصرة
هاتف: 0780 412 5536 964+

تنويه: هذه الرسالة وما يرفق بها مخصصة للمرسل إليه فقط، وقد تحتوي على معلومات سرية.
"""
    root = alt(plain, outlook_html(paras(plain), "AR-IQ", rtl=True), "----=_NextPart_000_0031_01D6FA1B.55A2C3E0",
               charset="windows-1256")
    meta = dict(from_name="زينب كاظم الساعدي", from_email="media.basra@ircs-basra.example.iq", hdr_charset="windows-1256",
                subject="طلب مداخلة – الاستعراض الإقليمي للاتفاق العالمي للهجرة", received_at=at(3, 10, 14, 27),
                sender_tz=tz(3), lag=64, mid="<003101d6fa0a$55a2c3e0$00e84ba0$@ircs-basra.example.iq>",
                extra_headers=outlook(2, "ar-iq"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("حيدر عبد الكريم الموسوي", "مدير برنامج إعادة الروابط العائلية",
                                   "جمعية الهلال الأحمر العراقي – فرع البصرة", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines with uncommon label words (المتحدث / الصفة / الجهة); honorific الدكتور before the "
                       "name; roundtable as ordinal word (الثانية); sender (media officer) is not the speaker; "
                       "windows-1256; confidentiality disclaimer")
    return meta, root, label


@message
def h17_03() -> tuple[Meta, Message, Label]:
    plain = """Dear Sir/Madam,

Thank you for the invitation. Our association would like to propose a speaker
for the Regional Review Conference. Details are below:

Nominee: Ms. Nirmala Wickramasinghe
Designation: Founding Member and Spokesperson
Institution: Sri Lankan Domestic Workers' Association - Lebanon (SLDWA)
Session: Thematic Roundtable 1 (if not possible, Roundtable 3)

Ms. Wickramasinghe worked as a domestic worker in Beirut for eleven years and
has led SLDWA's support to workers stranded after the port explosion.

Thank you and kind regards,
Chamari Perera
Volunteer Secretary, SLDWA
+961 70 884 219
"""
    root = alt(plain, gmail_html(plain), "000000000000a4c1b205ba7e31d2")
    meta = dict(from_name="Chamari Perera", from_email="sldwa.lebanon@gmail.example.com",
                subject="Nomination of speaker from SLDWA", received_at=at(3, 12, 40, 3), lag=11,
                relay="mail-wm1-f53.google.com", mid="<CAF7kP2q8Rr0vYp1Xb3NnT6mZ9eJw4sQ0hG5aL2dK8u@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Nirmala Wickramasinghe", "Founding Member and Spokesperson",
                                   "Sri Lankan Domestic Workers' Association - Lebanon (SLDWA)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines with unusual label words (Nominee / Designation / Institution / Session); two "
                       "roundtables offered in order of preference: first choice 1; hard-wrapped Gmail text")
    return meta, root, label


@message
def h17_04() -> tuple[Meta, Message, Label]:
    plain = """Madame, Monsieur,

Suite à votre courriel d'invitation, l'Association Sfaxienne pour l'Accueil
et l'Orientation des Migrants (ASAOM) souhaite prendre la parole lors de la
Conférence régionale d'examen du Pacte mondial.

Intervenant(e) : M. Anis Gharbi
Qualité : Vice-président chargé des relations extérieures
Structure : Association Sfaxienne pour l'Accueil et l'Orientation des Migrants
(ASAOM)
Format souhaité : intervention en séance plénière

Restant à votre disposition pour tout complément d'information.

Cordialement,

--
Anis Gharbi
ASAOM - Route de l'Aéroport km 2, 3029 Sfax, Tunisie
Tél. : +216 74 402 118
"""
    root = text_part(plain, "plain", "iso-8859-15", "qp", flowed=True)
    meta = dict(from_name="Anis Gharbi", from_email="a.gharbi@asaom.example.tn",
                subject="Demande d'intervention - Conférence régionale PMM", received_at=at(3, 16, 5, 44),
                sender_tz=tz(1), lag=23, mid="<8e2c41f0-7a55-2b19-e3d4-9f0c61a2b7e3@asaom.example.tn>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101"
                               " Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Anis Gharbi", "Vice-président chargé des relations extérieures",
                                   "Association Sfaxienne pour l'Accueil et l'Orientation des Migrants (ASAOM)",
                                   ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines with unusual label words (Intervenant(e) / Qualité / Structure / Format souhaité); "
                       "the affiliation value is wrapped onto a second line; sender is the speaker; Thunderbird, "
                       "ISO-8859-15 text/plain only")
    return meta, root, label


@message
def h17_05() -> tuple[Meta, Message, Label]:
    plain = """Bonsoir,

Dans le cadre de l'examen régional du Pacte mondial pour les migrations, nos deux
organisations, qui travaillent ensemble à Rabat et Casablanca depuis 2017,
souhaitent proposer conjointement deux intervenants :

- Mme Salma Tazi, coordinatrice juridique, Association Marocaine d'Appui aux
  Migrants Vulnérables (AMAMV) - table ronde thématique n° 3 ;
- M. Jean-Pierre Ngono Essomba, président, Collectif des Ressortissants
  Camerounais au Maroc (CRCM) - discussion ouverte de la consultation
  multipartite du 23 février.

Nous vous remercions par avance de votre retour.

Bien cordialement,

Salma Tazi
AMAMV - 14, rue Oued Ziz, Agdal, Rabat
+212 6 61 27 40 93

Envoyé de mon iPhone
"""
    root = alt(plain, apple_html(plain), "Apple-Mail-7B3E2C19-4F0A-4D51-9E86-2A1C0D5B7F44")
    meta = dict(from_name="Salma Tazi", from_email="salma.tazi@amamv.example.ma", cc="jp.ngono@crcm.example.ma",
                subject="Proposition de deux intervenants AMAMV / CRCM", received_at=at(3, 22, 51, 8), sender_tz=tz(1),
                lag=19, mid="<5C2A8E1B-93D7-4F6A-B0E2-7D4C1A9F3E68@amamv.example.ma>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Salma Tazi", "coordinatrice juridique",
                                   "Association Marocaine d'Appui aux Migrants Vulnérables (AMAMV)", ["roundtable"], 3),
                           speaker("Jean-Pierre Ngono Essomba", "président",
                                   "Collectif des Ressortissants Camerounais au Maroc (CRCM)", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="two speakers from two different organisations, comma-separated name, title, affiliation in a "
                       "dashed list with wrapped lines; different roles (roundtable 3 / open discussion); lower-case "
                       "French titles; iPhone")
    return meta, root, label


@message
def h17_06() -> tuple[Meta, Message, Label]:
    plain = """السادة المنظمون المحترمون،

تحية طيبة،

يسرّ الاتحاد الإقليمي لنقابات المعلمين في المشرق العربي، انطلاقاً من اهتمامه بحق أطفال المهاجرين واللاجئين في التعليم وبأوضاع المعلمين المهاجرين، أن يرشّح للمشاركة بمداخلة في الجلسة العامة للمؤتمر الإقليمي:

الأستاذة رغد سليمان الحديثي
نائبة رئيس الاتحاد - الاتحاد الإقليمي لنقابات المعلمين في المشرق العربي

وتفضلوا بقبول فائق الاحترام،

أمانة سر الاتحاد
عمّان
"""
    root = alt(plain, gmail_html(plain, rtl=True), "0000000000003e9d4a05ba8c10f7")
    meta = dict(from_name="أمانة سر الاتحاد", from_email="secretariat.rtum@gmail.example.com",
                subject="ترشيح للمشاركة في الجلسة العامة", received_at=at(4, 9, 33, 50), lag=9,
                relay="mail-ej1-f44.google.com", mid="<CAO4tLq0Zb6Ns1vGx8Kc2Rm7Pd9Wf3Hy5Ja0Ue4Ti6@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("رغد سليمان الحديثي", "نائبة رئيس الاتحاد",
                                   "الاتحاد الإقليمي لنقابات المعلمين في المشرق العربي", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="teachers' union; title and organisation on one line separated by ' - '; honorific الأستاذة "
                       "on the name line; plenary; shared secretariat mailbox, no personal signature")
    return meta, root, label


@message
def h17_07() -> tuple[Meta, Message, Label]:
    plain = """مرحباً،

نحن جمعية أيادي اللاجئين التعاونية في إربد، تعاونية يديرها لاجئون ولاجئات من سوريا والعراق والسودان وتعمل في الإنتاج الغذائي والخياطة.

مرفق لكم تقريرنا الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة من وجهة نظر اللاجئين العاملين في الأردن.

وكذلك نرغب أن تشارك رئيسة التعاونية السيدة نسرين الحمصي في النقاش المفتوح خلال مشاورة أصحاب المصلحة يوم 23 شباط.

شكراً كثيراً إلكم
ميس العبدالله
منسقة المشاريع
جمعية أيادي اللاجئين التعاونية – إربد
0791 552 604
"""
    pdf = tiny_pdf(["Ayadi Refugee Cooperative - Irbid, Jordan", "Voluntary GCM review report - February 2021",
                    "1. Access to work permits for refugee workers", "2. Cooperatives as a pathway to decent work",
                    "3. Recommendations"], "Ayadi voluntary report")
    root = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True), "000000000000c7a2f105ba8f4b2e"),
                               attachment(pdf, "application/pdf", "التقرير الطوعي - تعاونية أيادي.pdf")],
                     "000000000000c7a2f305ba8f4b30")
    meta = dict(from_name="Mais Al-Abdallah", from_email="ayadi.coop.irbid@gmail.example.com",
                subject="تقرير طوعي + مشاركة", received_at=at(4, 11, 2, 16), lag=27, relay="mail-lf1-f45.google.com",
                mid="<CAM8wRt3Yq1Lp6Dz0Fh4Nc2Kx7Vb9Sj5Ga3Mu1Ee8@mail.gmail.com>")
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[speaker("نسرين الحمصي", "رئيسة التعاونية", "جمعية أيادي اللاجئين التعاونية",
                                   ["open_discussion"])],
                 report_attachments=["التقرير الطوعي - تعاونية أيادي.pdf"], thread_of=None,
                 notes="refugee-led cooperative: report PDF (Arabic RFC 2231 file name) plus a speaker request in prose "
                       "with honorific السيدة; colloquial Arabic; 'النقاش المفتوح' = open discussion; Latin display name "
                       "for an Arabic body; both parts on time")
    return meta, root, label


@message
def h17_08() -> tuple[Meta, Message, Label]:
    plain = """Dear colleagues,

Apologies for the change. After discussing internally, we would prefer that
Ms. Khin Thida Aung takes the rapporteur role and delivers the key messages of
the stakeholders, instead of the floor intervention in the plenary that I
requested on Tuesday. Her details are unchanged.

If only one of the two is possible, please keep the rapporteur role.

Many thanks,
Zaw Min Htet
General Secretary, MMWSN

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 11:12 AM
To: Zaw Min Htet <gensec@mmwsn.example.org>
Subject: Re: Request for speaking role - MMWSN [GCM-AR-0047]

Dear Zaw Min Htet,

Thank you for your message. We have recorded the following request:
Speaker: Khin Thida Aung, Community Outreach Coordinator, Myanmar Migrant Workers Solidarity Network (MMWSN)
Role: floor intervention in a plenary session

Reference: GCM-AR-0047

GCM Regional Review team
"""
    root = alt(plain, outlook_html(paras(plain), "EN-US"), "_000_DB7PR02MB44719A1C0E5F2B84D6E37FD8B7ADB7PR02MB4471eurp_")
    meta = dict(from_name="Zaw Min Htet", from_email="gensec@mmwsn.example.org",
                subject="RE: Request for speaking role - MMWSN [GCM-AR-0047]", received_at=at(4, 14, 2, 31),
                sender_tz=tz(4), lag=41, relay="mail-db7eur02on2052.outbound.protection.outlook.com",
                mid="<DB7PR02MB44719A1C0E5F2B84D6E37FD8B7A@DB7PR02MB4471.eurprd02.prod.outlook.com>",
                in_reply_to=ACK[1], references=MID[1] + "\r\n " + ACK[1], extra_headers=outlook(8, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Khin Thida Aung", "Community Outreach Coordinator",
                                   "Myanmar Migrant Workers Solidarity Network (MMWSN)", ["rapporteur"])],
                 report_attachments=[], thread_of="h17-01.eml",
                 notes="reply to our acknowledgement that changes the speaker's role from plenary to rapporteur; the "
                       "quoted acknowledgement still says plenary; title and affiliation only in the quoted part "
                       "('details are unchanged'); on time")
    return meta, root, label


@message
def h17_09() -> tuple[Meta, Message, Label]:
    plain = """--
Lubna Haddadin, MD
Medical Director | Migrant Health Access Initiative
Jabal Al-Weibdeh, Amman, Jordan
M +962 79 640 1187
"""
    root = alt(plain, gmail_html(plain), "0000000000005b7e0c05ba91a3c4")
    meta = dict(from_name="Lubna Haddadin", from_email="lubna.haddadin@mhai-jo.example.org",
                subject="Speaker request - Roundtable 3 - Dr. Lubna Haddadin, Medical Director, Migrant Health Access"
                        " Initiative", received_at=at(4, 19, 27, 5), lag=14, relay="mail-pj1-f48.google.com",
                mid="<CAGh2Vn7Ts0Xk4Bw9Lp1Rd6Mz3Qc8Jy5Fa2Ho0Ui7@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Lubna Haddadin", "Medical Director", "Migrant Health Access Initiative",
                                   ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="request only in the Subject line (with 'Dr.'); the body is just a signature ('MD' suffix); "
                       "roundtable 3 appears only in the subject")
    return meta, root, label


@message
def h17_10() -> tuple[Meta, Message, Label]:
    html = outlook_html("""<p class=MsoNormal>Mesdames, Messieurs,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>La F&eacute;d&eacute;ration des travailleurs migrants de Tunisie (FTMT) a l&#8217;honneur de vous soumettre
les candidatures suivantes pour la Conf&eacute;rence r&eacute;gionale d&#8217;examen du Pacte mondial (24-25 f&eacute;vrier 2021) :</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal><b>Nom</b></p></td><td style="padding:0cm 5.4pt"><p class=MsoNormal><b>Fonction</b></p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal><b>Organisation</b></p></td><td style="padding:0cm 5.4pt"><p class=MsoNormal><b>R&ocirc;le souhait&eacute;</b></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal>Dr Aminata Kon&eacute;</p></td><td style="padding:0cm 5.4pt"><p class=MsoNormal>Secr&eacute;taire g&eacute;n&eacute;rale adjointe</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>FTMT</p></td><td style="padding:0cm 5.4pt"><p class=MsoNormal>Rapporteure (messages cl&eacute;s des parties prenantes)</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal>M. Bilel Jaziri</p></td><td style="padding:0cm 5.4pt"><p class=MsoNormal>Charg&eacute; des droits syndicaux</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>FTMT</p></td><td style="padding:0cm 5.4pt"><p class=MsoNormal>Table ronde IV</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Veuillez agr&eacute;er, Mesdames, Messieurs, l&#8217;expression de nos salutations distingu&eacute;es.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Hatem Bouzid</b><br>Secr&eacute;tariat ex&eacute;cutif<br>F&eacute;d&eacute;ration des travailleurs migrants de Tunisie<br>
Avenue Habib Thameur, 1000 Tunis &#8211; T&eacute;l. +216 71 330 452</p>""", "FR")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="FTMT Secrétariat", from_email="secretariat@ftmt.example.tn",
                subject="Candidatures FTMT – Conférence régionale d'examen du PMM", received_at=at(5, 8, 15, 39),
                sender_tz=tz(1), lag=52, mid="<000b01d6fb86$2d4e7a10$87dc6e30$@ftmt.example.tn>",
                extra_headers=outlook(10, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Aminata Koné", "Secrétaire générale adjointe",
                                   "Fédération des travailleurs migrants de Tunisie (FTMT)", ["rapporteur"]),
                           speaker("Bilel Jaziri", "Chargé des droits syndicaux",
                                   "Fédération des travailleurs migrants de Tunisie (FTMT)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook with a 4-column table; cells give only the acronym (full name in the intro "
                       "sentence); honorifics 'Dr' / 'M.' inside the name cells; 'Table ronde IV' (Roman numeral); "
                       "HTML entities for accents; signer is not a speaker")
    return meta, root, label


@message
def h17_11() -> tuple[Meta, Message, Label]:
    plain = """السلام عليكم

تتقدم جمعية شركات ومكاتب الاستقدام الأهلية بالمنطقة الشرقية بترشيح الأستاذ فيصل بن عبدالعزيز القحطاني، مدير إدارة الامتثال والاستقدام العادل في الجمعية، للمشاركة بمداخلة في المائدة المستديرة الأولى.

نأمل التكرم بالتأكيد.

عبدالله الزهراني
الأمين العام

أُرسلت من الـ iPhone
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="عبدالله الزهراني", from_email="a.alzahrani@recruit-eastern.example.sa",
                subject="ترشيح متحدث", received_at=at(5, 13, 44, 2), sender_tz=tz(3), lag=33,
                mid="<B0E4F2A7-6C81-4D3E-9A25-1F7C8D0E2B96@recruit-eastern.example.sa>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("فيصل بن عبدالعزيز القحطاني", "مدير إدارة الامتثال والاستقدام العادل",
                                   "جمعية شركات ومكاتب الاستقدام الأهلية بالمنطقة الشرقية", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="private recruitment agency association; one prose sentence: organisation as subject of the "
                       "verb, honorific الأستاذ, title followed by 'في الجمعية'; iPhone text/plain base64; signature "
                       "without organisation")
    return meta, root, label


@message
def h17_12() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Je souhaiterais prendre la parole lors de la discussion ouverte de la
consultation du 23 février, pour parler de l'inclusion des jeunes migrants
par le sport (football, athlétisme) à Casablanca.

Merci de me confirmer.

Sportivement,

Moussa Sylla
Entraîneur principal et fondateur
AS Étoile des Migrants de Casablanca
+212 6 70 15 88 42

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Moussa Sylla", from_email="moussa.sylla.asem@gmail.example.com",
                subject="Discussion ouverte 23 février", received_at=at(5, 17, 9, 48), sender_tz=tz(1), lag=8,
                relay="mail-oi1-f171.google.com", mid="<20210205160940.K7R2QX@moussa.sylla.asem.gmail.example.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Moussa Sylla", "Entraîneur principal et fondateur",
                                   "AS Étoile des Migrants de Casablanca", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="sports club for migrants; first-person request, name, title and affiliation only in the "
                       "signature; 'Sportivement' closing; Samsung footer")
    return meta, root, label


@message
def h17_13() -> tuple[Meta, Message, Label]:
    plain = """الأخوة الكرام في فريق الاستعراض الإقليمي

تحية واحتراماً

نرشح الأخ عثمان آدم إسحاق عن رابطة الشباب السودانيين في مصر للمشاركة في النقاش المفتوح يوم 23 فبراير، وكذلك للمداخلة في المائدة المستديرة الثانية إن أمكن، للحديث عن أوضاع الشباب السودانيين العالقين على الحدود.

ولكم جزيل الشكر
هويدا التوم
رابطة الشباب السودانيين في مصر – القاهرة
"""
    root = alt(plain, gmail_html(plain, rtl=True), "00000000000091f2d805ba96c7a1")
    meta = dict(from_name="Hwaida Eltom", from_email="hwaida.eltom@yahoo.example.com",
                subject="ترشيح للنقاش المفتوح", received_at=at(5, 21, 36, 20), lag=45, relay="sonic302-21.consmr.mail.bf2.yahoo.com",
                mid="<1372948815.4410263.1612553735@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("عثمان آدم إسحاق", None, "رابطة الشباب السودانيين في مصر",
                                   ["open_discussion", "roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="diaspora youth group; no title given for the speaker (null); honorific 'الأخ'; two roles "
                       "(open discussion and roundtable 2 'إن أمكن'); sender is not the speaker")
    return meta, root, label


@message
def h17_14() -> tuple[Meta, Message, Label]:
    plain = """Good evening,

Sorry for the late hour, I only saw the invitation today. Kindly find my
details below for a speaking slot in roundtable two.

FULL NAME: FATOU BINTA JAMMEH
TITLE: Independent researcher and returnee advocate
ORGANISATION: n/a (not affiliated at the moment)

I returned from Libya in 2018 and have been documenting the experiences of
Gambian returnees along the central Mediterranean route since then.

Thank you,
Fatou
+220 778 2041
"""
    root = alt(plain, gmail_html(plain), "000000000000e40a7b05ba9a02d9")
    meta = dict(from_name="Fatou Jammeh", from_email="fatoubjammeh@gmail.example.com",
                subject="speaking slot roundtable 2", received_at=at(6, 0, 12, 37), sender_tz=tz(0), lag=29,
                relay="mail-wr1-f66.google.com", mid="<CAPk5Xe9Wn2Gt7Mb0Qr4Ly1Ds8Hv3Ko6Zc1Ja5Pf2@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("FATOU BINTA JAMMEH", "Independent researcher and returnee advocate", None,
                                   ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="late: Date header is 22:12 GMT on 5 Feb but the server received it at 00:12 on 6 Feb Beirut "
                       "time; name all in capitals; affiliation 'n/a' (null); 'roundtable two' in words")
    return meta, root, label


@message
def h17_15() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Je suis ressortissante camerounaise et je réside à Tunis, où je travaille
pour une association d'aide aux étudiants subsahariens.

La conférence régionale des 24 et 25 février aura-t-elle lieu en présentiel
(à Beyrouth ou au Caire ?) ou uniquement en ligne ? Si une participation en
présentiel est prévue, est-il possible d'obtenir une lettre d'invitation
officielle pour ma demande de visa, et dans quel délai ?

Merci d'avance pour votre réponse.

Cordialement,
Mme Clarisse Mbarga Atangana
"""
    root = alt(plain, gmail_html(plain), "0000000000002c8fe105ba9f6d17")
    meta = dict(from_name="Clarisse Mbarga", from_email="clarisse.mbarga@gmail.example.com",
                subject="Question visa / lettre d'invitation", received_at=at(6, 10, 30, 9), sender_tz=tz(1), lag=16,
                relay="mail-qv1-f52.google.com", mid="<CAHt0Vb8Ls3Qw6Nk1Gp9Rz4Cm7Xe2Jd5Ua0Yi8Fo3@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question; the sender presents herself and her work but asks for no "
                       "speaking role")
    return meta, root, label


@message
def h17_16() -> tuple[Meta, Message, Label]:
    plain = """السادة الكرام،

تحية طيبة،

بالإشارة إلى رسالتكم أدناه، تتقدم مؤسسة طمأنينة للصحة النفسية والدعم النفسي الاجتماعي بطلب مداخلة في المائدة المستديرة رقم ٣ حول الإدماج والحصول على الخدمات، ونرشح لذلك:

الدكتورة منى عبد الفتاح زايد، استشارية الطب النفسي ومديرة البرامج بالمؤسسة.

وقد اعتمدنا الموعد المذكور في النص العربي للدعوة (الجمعة ٢٣ فبراير)، ونأمل أن يُقبل طلبنا.

مع خالص التقدير،
د. منى زايد
مؤسسة طمأنينة للصحة النفسية والدعم النفسي الاجتماعي
القاهرة – جمهورية مصر العربية

‫في الثلاثاء، ٢ فبراير ٢٠٢١ في ٣:٠٠ م تمت كتابة ما يلي بواسطة ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬

""" + quote(INVITE_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000b6d13a05baa8e95c")
    meta = dict(from_name="Mona Zayed", from_email="dr.mona.zayed@gmail.example.com",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=at(7, 12, 5, 51), lag=22, relay="mail-ua1-f47.google.com",
                mid="<CAK3Rq7Tm0Vy5Hb2Nx8Lc4Wp9Ge1Sf6Jd3Zo7Ai0@mail.gmail.com>",
                in_reply_to="<invitation.20210202T1300.gcmrr@iom.int>",
                references="<invitation.20210202T1300.gcmrr@iom.int>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("منى عبد الفتاح زايد", "استشارية الطب النفسي ومديرة البرامج",
                                   "مؤسسة طمأنينة للصحة النفسية والدعم النفسي الاجتماعي", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (7 Feb): mental-health NGO replying to the invitation and quoting it; relies on the "
                       "misprinted Arabic deadline (23 Feb), the English date stands; Arabic-Indic digit '٣'; "
                       "title and affiliation ('بالمؤسسة') in one prose line, full name in the signature")
    return meta, root, label


@message
def h17_17() -> tuple[Meta, Message, Label]:
    plain = """Dear colleagues,

A few practical questions from our side ahead of 23-25 February:

1. Will simultaneous interpretation (Arabic/English/French) be available in all
   roundtables, or only in the plenary?
2. Will the Zoom links be sent individually to each registered participant, or
   can two colleagues from the same office follow from one link?
3. Is there a time limit for statements from UN entities during the plenary?

Thanks in advance and best regards,

Rania Khoury
Programme Specialist, Migration and Social Protection
UNICEF Jordan Country Office
Amman | Tel. +962 6 550 2400 ext. 317

-----------------------------------------------------------------
This e-mail and any attachments are intended solely for the addressee.
"""
    root = alt(plain, outlook_html(paras(plain), "EN-US"), "_000_AM6PR09MB2384F6D1B2A0C3E45F7A9E22C14AM6PR09MB2384eurp_")
    meta = dict(from_name="Rania Khoury", from_email="rkhoury@unicef.example.org",
                subject="Practical questions - GCM regional review 23-25 Feb", received_at=at(8, 9, 50, 14), lag=36,
                relay="mail-am6eur05on2113.outbound.protection.outlook.com",
                mid="<AM6PR09MB2384F6D1B2A0C3E45F7A9E22C14@AM6PR09MB2384.eurprd09.prod.outlook.com>",
                extra_headers=outlook(17, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="UN agency country office: logistics questions (interpretation, Zoom links, time limit for "
                       "plenary statements); mentions roundtables and plenary but requests no role")
    return meta, root, label


@message
def h17_18() -> tuple[Meta, Message, Label]:
    plain = """السادة / الأمانة الفنية للاستعراض الإقليمي للاتفاق العالمي للهجرة
المحترمين

تحية طيبة وبعد،

نرجو التكرم بتزويدنا بجدول الأعمال التفصيلي للمؤتمر الإقليمي (24-25 شباط/فبراير 2021) ولمشاورة أصحاب المصلحة (23 شباط/فبراير)، مع المذكرة المفاهيمية باللغة العربية إن وجدت، وذلك لغرض تحديد مستوى المشاركة في الوفد.

مع التقدير.

م. سرمد نجم الدين العبيدي
دائرة العلاقات والتعاون الدولي
وزارة العمل والشؤون الاجتماعية
بغداد
"""
    html = outlook_html(paras(plain), "AR-IQ", rtl=True)
    root = alt(plain, html, "----=_NextPart_000_0044_01D6FED2.91B5A7C0", charset="windows-1256")
    meta = dict(from_name="سرمد العبيدي", from_email="intl.relations@molsa.example.iq", hdr_charset="windows-1256",
                subject="طلب جدول الأعمال", received_at=at(9, 11, 20, 33), sender_tz=tz(3), lag=58,
                mid="<004401d6fec1$91b5a7c0$b520f740$@molsa.example.iq>", extra_headers=outlook(18, "ar-iq"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="ministry department asks for the detailed agenda and concept note; 'م.' (engineer) honorific "
                       "in the signature; no submission; windows-1256")
    return meta, root, label


@message
def h17_19() -> tuple[Meta, Message, Label]:
    plain = """Dear GCM Regional Review team,

On behalf of the nine member institutes of the Arab Mobility Research Network
(AMReN), please find attached our collective voluntary GCM review report. It
was prepared jointly by research teams in Rabat, Tunis, Cairo, Khartoum,
Amman, Beirut, Baghdad, Riyadh and Muscat and validated at our online
members' meeting on 8 February.

We would be grateful if it could be reflected in the regional synthesis.

Best regards,

Dr. Youssef Benali
Network Coordinator
Arab Mobility Research Network (AMReN)
www.amren.example.org
"""
    cid = "image001.png@01D6FFA3.5E2B8C10"
    html = outlook_html(paras(plain) + f'\n<p class=MsoNormal><img width=96 height=36 src="cid:{cid}" alt="AMReN"></p>')
    pdf = tiny_pdf(["Arab Mobility Research Network (AMReN)", "Collective voluntary GCM review report",
                    "Contributing institutes: 9", "Part I - Labour migration corridors",
                    "Part II - Data and evidence", "Part III - Recommendations"], "AMReN collective GCM review")
    body = multipart("related", [alt(plain, html, "_000_VI1PR07MB5120E3A7_"),
                                 attachment(tiny_png((30, 110, 90)), "image/png", "image001.png", inline_cid=cid)],
                     "_004_VI1PR07MB5120E3A7_", type="multipart/alternative")
    root = multipart("mixed", [body, attachment(pdf, "application/pdf", "AMReN_Collective_GCM_Voluntary_Review_2021.pdf")],
                     "_005_VI1PR07MB5120E3A7_")
    meta = dict(from_name="Youssef Benali", from_email="coordination@amren.example.org",
                subject="AMReN collective voluntary GCM review report", received_at=at(10, 15, 42, 6), sender_tz=tz(1),
                lag=70, relay="mail-vi1eur04on2090.outbound.protection.outlook.com",
                mid="<VI1PR07MB5120E3A7C1D84B2F9A06B4E3D55@VI1PR07MB5120.eurprd07.prod.outlook.com>",
                extra_headers=outlook(19, "en-GB"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["AMReN_Collective_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="collective report from a regional research network (nine institutes); inline logo image001.png "
                       "in multipart/related is not part of the report")
    return meta, root, label


@message
def h17_20() -> tuple[Meta, Message, Label]:
    plain = """Madame, Monsieur,

Le Bureau municipal des affaires migratoires de la Commune de Sousse a le
plaisir de vous transmettre, en pièce jointe, sa contribution à l'examen
régional du Pacte mondial pour des migrations sûres, ordonnées et régulières
(rapport volontaire, version finale).

Ce document présente l'expérience de la Commune en matière d'accueil des
migrants et d'accès aux services municipaux, ainsi que nos recommandations
pour une meilleure implication des collectivités locales.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Amel Ben Slimane
Cheffe du Bureau municipal des affaires migratoires
Commune de Sousse
"""
    docx = tiny_docx("Commune de Sousse - Rapport volontaire d'examen du PMM (février 2021)",
                     ["1. Contexte local", "2. Accès des migrants aux services municipaux",
                      "3. Coordination avec les acteurs nationaux", "4. Recommandations"])
    root = multipart("mixed", [text_part(plain, "plain", "utf-8", "qp", flowed=True),
                               attachment(docx, DOCX, "Rapport_volontaire_PMM_Commune_de_Sousse_vf.docx")],
                     "------------8F1D3C7A0B4E52E96A1B0C27")
    meta = dict(from_name="Amel Ben Slimane", from_email="bama@sousse-commune.example.tn",
                subject="Rapport volontaire - Commune de Sousse", received_at=at(11, 10, 5, 2), sender_tz=tz(1),
                lag=31, mid=MID[20],
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101"
                               " Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_Commune_de_Sousse_vf.docx"], thread_of=None,
                 notes="municipal migration office; formal letter; DOCX built by hand (zipfile); Thunderbird "
                       "format=flowed")
    return meta, root, label


@message
def h17_21() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Merci beaucoup pour cet accusé de réception. Bonne continuation dans
l'organisation de la conférence.

Bien à vous,
Amel Ben Slimane

Le 11/02/2021 à 10:30, GCM Regional Review Arab States a écrit :
> Madame Amel Ben Slimane,
>
> Nous accusons réception de votre envoi dans le cadre de l'examen régional
> du Pacte mondial pour les migrations dans la région arabe.
>
> Référence : GCM-AR-0188
>
> L'équipe de l'examen régional du PMM
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Amel Ben Slimane", from_email="bama@sousse-commune.example.tn",
                subject="Re: Rapport volontaire - Commune de Sousse [GCM-AR-0188]", received_at=at(12, 8, 47, 40),
                sender_tz=tz(1), lag=12, mid="<b3f07a21-94c6-1d5e-8a02-6e7c4d1f9b35@sousse-commune.example.tn>",
                in_reply_to=ACK[20], references=MID[20] + "\r\n " + ACK[20],
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101"
                               " Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h17-20.eml",
                 notes="thank-you reply to our acknowledgement of h17-20; adds nothing, so no acknowledgement")
    return meta, root, label


@message
def h17_22() -> tuple[Meta, Message, Label]:
    plain = """السادة فريق الاستعراض الإقليمي

تحية طيبة

نرفق لكم التقرير الطوعي لشبكة المحاميات السودانيات للدفاع عن حقوق المهاجرات حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع التركيز على أوضاع النساء المهاجرات وضحايا الاتجار في شرق السودان.

وتفضلوا بقبول الاحترام

المحامية إخلاص عبد الرحيم
منسقة الشبكة
الخرطوم
"""
    pdf = tiny_pdf(["Sudanese Women Lawyers Network for the Rights of Migrant Women",
                    "Voluntary GCM review report - 2021", "1. Legal framework", "2. Trafficking cases in eastern Sudan",
                    "3. Recommendations"], "SWLN voluntary report", producer="Nitro PDF")
    root = multipart("mixed", [text_part(plain, "plain", "utf-8", "b64"),
                               attachment(pdf, "application/octet-stream",
                                          "تقرير شبكة المحاميات السودانيات - الاتفاق العالمي للهجرة.pdf")],
                     "----=_Part_2280417_1048857306.1613301370221")
    meta = dict(from_name="Ikhlas Abdelrahim", from_email="ikhlas.abdelrahim@yahoo.example.com",
                subject="التقرير الطوعي - شبكة المحاميات السودانيات", received_at=at(14, 13, 16, 24), lag=14,
                relay="sonic317-26.consmr.mail.ne1.yahoo.com",
                mid="<1648302117.2280418.1613301370221@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNodin"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير شبكة المحاميات السودانيات - الاتفاق العالمي للهجرة.pdf"], thread_of=None,
                 notes="women lawyers' network; the PDF is sent as application/octet-stream with an Arabic RFC 2231 "
                       "file name; honorific المحامية in the signature")
    return meta, root, label


@message
def h17_23() -> tuple[Meta, Message, Label]:
    inner = """---------- Forwarded message ---------
De : Rose Ewane Mbappe <rose.ewane@cast-tunisie.example.org>
Date: lun. 15 févr. 2021 à 11:02
Subject: rapport CAST version finale
To: Serge Tchakounté <serge.tchak@cast-tunisie.example.org>


Bonjour Serge,
Voici la version finale validée par le bureau. Tu peux l'envoyer à l'OIM.
Rose
"""
    plain = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Conseil des Associations
Subsahariennes de Tunisie (CAST) sur la mise en oeuvre du Pacte mondial
(voir message transféré ci-dessous).

Bien cordialement,
Serge Tchakounté
Président du CAST

""" + inner
    docx = tiny_docx("CAST - Rapport volontaire sur le Pacte mondial pour les migrations",
                     ["Introduction", "Régularisation et accès au travail", "Étudiants et travailleurs subsahariens",
                      "Recommandations"])
    root = multipart("mixed", [alt(plain, gmail_html(plain), "000000000000f1a8c905bb63d2e4"),
                               attachment(docx, DOCX, "Rapport volontaire CAST - PMM 2021.docx")],
                     "000000000000f1a8cb05bb63d2e6")
    meta = dict(from_name="Serge Tchakounté", from_email="serge.tchak@cast-tunisie.example.org",
                subject="Fwd: rapport CAST version finale", received_at=at(15, 18, 30, 12), sender_tz=tz(1), lag=18,
                relay="mail-io1-f54.google.com", mid="<CAJw1Nf6Pq9Xs2Lm5Tb8Kd0Vh3Gy7Rc4Ze1Ua6Io9@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport volontaire CAST - PMM 2021.docx"], thread_of=None,
                 notes="forwarded Gmail message with a mixed French/English forward header; the DOCX rides on the "
                       "forward; the internal author is not the sender")
    return meta, root, label


@message
def h17_24() -> tuple[Meta, Message, Label]:
    plain = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Bangladeshi
Migrant Workers Welfare Association - Kuwait (BMWWA-K).

We are sorry that it is after the deadline. Our members only could meet on
Friday because of the curfew. We hope it can still be considered.

Regards,
Md. Rafiqul Islam Bhuiyan
President, BMWWA-K
Mob: +965 6604 1932

Sent from my iPhone
"""
    pdf = tiny_pdf(["Bangladeshi Migrant Workers Welfare Association - Kuwait (BMWWA-K)",
                    "Voluntary review of the Global Compact for Migration", "Wage protection",
                    "Recruitment fees", "Recommendations"], "BMWWA-K GCM report", producer="Microsoft: Print To PDF")
    root = multipart("mixed", [alt(plain, apple_html(plain), "Apple-Mail-2E90B7F1-5A3C-4C18-8D6E-0B1F27A94C55"),
                               attachment(pdf, "application/pdf", "BMWWA-K voluntary GCM report.pdf")],
                     "Apple-Mail-9A4D0C6B-71E2-4B3F-A5C8-3D6E1F0B2A97")
    meta = dict(from_name="Rafiqul Islam", from_email="bmwwa.kuwait@gmail.example.com",
                subject="GCM voluntary report BMWWA-K", received_at=at(18, 9, 12, 57), sender_tz=tz(3), lag=25,
                relay="mail-pl1-f169.google.com", mid="<9F3B2E71-0C4A-4D8B-B6E5-2A7C1D0F8E34@gmail.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["BMWWA-K voluntary GCM report.pdf"], thread_of=None,
                 notes="late report (18 Feb) from a Bangladeshi workers' association, says so; iPhone, "
                       "multipart/alternative inside multipart/mixed")
    return meta, root, label


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
    previous = None
    for n, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        name = f"h17-{n:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        received = meta["received_at"]
        assert previous is None or received > previous, name
        previous = received
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, n))
        labels.append({"file": name, "received_at": received.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label["acknowledge"],
                       "on_time": on_time(label["category"], received), "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"], "thread_of": label["thread_of"],
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout17"))
