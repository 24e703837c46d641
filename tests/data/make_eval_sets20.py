#!/usr/bin/env python3
"""Twentieth-author evaluation set for gcm-intake: tests/data/holdout20 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets20.py
Written without reading intake/ or rules/.  The emphasis is on how different kinds of senders write
(ministries, UN offices, small NGOs on a phone, academics, unions, diaspora groups) and on the shapes of
their messages (formal letters, forwards, replies, HTML-only, tables, bilingual bodies).  Each message is
a function returning (envelope, MIME tree, label); files are numbered in order of arrival.
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
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
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
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

Built = tuple[dict[str, Any], MIMEBase, dict[str, Any]]


def tz(hours: int, minutes: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


def at(month: int, day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    """Server receive time, Beirut (UTC+02:00 in February)."""
    return dt.datetime(2021, month, day, hour, minute, second, tzinfo=BEIRUT)


def speaker(name: str, title: str | None, affiliation: str | None, roles: list[str],
            roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachment payloads
def tiny_png(rgb: tuple[int, int, int], w: int = 32, h: int = 16) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
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
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer ({esc(producer)}) >>").encode("latin-1"),
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list[str], author: str, rtl: bool = False) -> bytes:
    """A minimal valid WordprocessingML package built with zipfile (fixed timestamps: reproducible)."""
    def xml(s: str) -> str:
        return escape(s, quote=False)
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{xml(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
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
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{xml(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z'
            '</dcterms:created></cp:coreProperties>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- MIME building blocks
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
              flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alternative(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", inline_cid: str | None = None) -> MIMEBase:
    maintype, subtype = ctype.split("/")
    part: MIMEBase = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disposition = "inline" if inline_cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook / Gmail: encoded words inside quoted parameters
        encoded = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", encoded)
        part.add_header("Content-Disposition", disposition, filename=encoded)
    else:  # Thunderbird / Apple Mail: RFC 2231
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if inline_cid:
        part.add_header("Content-ID", f"<{inline_cid}>")
    return part


def multipart(kind: str, parts: list[MIMEBase], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- client HTML styles
def gmail_html(text: str, rtl: bool = False) -> str:
    blocks = ["<div>" + "<br>".join(escape(ln, quote=False) for ln in para.split("\n")) + "</div>"
              for para in text.split("\n\n")]
    direction = "rtl" if rtl else "ltr"
    return f'<div dir="{direction}">' + "<div><br></div>".join(blocks) + "</div>\n"


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.MsoTableGrid{border-collapse:collapse}--></style></head>\n'
            f'<body lang={lang} link="#0563C1" vlink="#954F72"{" dir=RTL" if rtl else ""}>'
            f'<div class=WordSection1>\n{inner}\n</div></body></html>\n')


def mso_paras(text: str) -> str:
    out = ["<p class=MsoNormal>" + "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")) + "</p>"
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">'
            + "".join(f"<div>{escape(ln, quote=False) or '<br>'}</div>" for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def encode_header(value: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8", header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, email_addr: str) -> str:
    if name is None:
        return email_addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_addr))
    encoded = Header(name, "utf-8").encode(linesep="\r\n")
    return f"{encoded} <{email_addr}>"


def render(env: dict[str, Any], root: MIMEBase, n: int) -> bytes:
    domain = env["from_email"].split("@")[1]
    received = env["received_at"]
    sent = (received - dt.timedelta(seconds=env.get("lag", 40))).astimezone(env.get("sender_tz", BEIRUT))
    relay = env.get("relay", "mail." + domain)
    h = [f"Return-Path: <{env['from_email']}>", "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 5}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS "
         f"id 4DhX{n:02d}kQ2zTw9\r\n\tfor <{MAILBOX}>; {format_datetime(received)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain};"
         f"\r\n\tdkim=pass header.d={domain}",
         "From: " + address(env["from_name"], env["from_email"]),
         "To: " + env.get("to", MAILBOX)]
    if env.get("cc"):
        h.append("Cc: " + env["cc"])
    h += ["Subject: " + encode_header(env["subject"]), "Date: " + format_datetime(sent),
          "Message-ID: " + env["mid"]]
    if env.get("in_reply_to"):
        h.append("In-Reply-To: " + env["in_reply_to"])
    if env.get("references"):
        h.append("References: " + env["references"])
    h += env.get("extra_headers", [])
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 53:04d}Rm8pQk2VxT0uYy7nA3w==",
            "Content-Language: " + lang]


# ----------------------------------------------------------------- texts shared by several messages
INVITATION_MID = "<AM6PR0202MB3411C7E2D90A1F4B3E8D71B2E0BA0@AM6PR0202MB3411.eurprd02.prod.outlook.example.com>"
INVITATION = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021).

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021. The deadline for submissions of voluntary GCM review reports has been extended until Tuesday, 16 February 2021.

السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١) وإلى مشاورة أصحاب المصلحة المتعددين (٢٣ فبراير ٢٠٢١).

وسنكون شاكرين إن تم إرسال طلبات المداخلة/التحدث جنبًا إلى جنب مع الاسم والمسمى الوظيفي والمؤسسة التنظيمية التي ينتمي إليها المتحدث إلى البريد الإلكتروني gcmrrarabstates@iom.int بحلول يوم الجمعة ٢٣ فبراير ٢٠٢١.

وقد تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي للهجرة إلى البريد الإلكتروني gcmrrarabstates@iom.int حتى ١٦ فبراير ٢٠٢١.

Chers Parties Prenantes de la Région Arabe,

Nous vous serions reconnaissants de nous faire parvenir les soumissions d'intérêt pour l'un des rôles d'orateur, ainsi que le nom, le titre et l'affiliation organisationnelle de l'orateur, à gcmrrarabstates@iom.int avant le vendredi 5 février 2021. La date limite pour la soumission des rapports d'examen volontaire du PMM a été prolongée jusqu'au mardi 16 février 2021.

GCM Regional Review Arab States"""

MID_KHSWA = "<PR3P193MB0871A2C4E19D0B6F7E52A9C1D3E80@PR3P193MB0871.EURP193.PROD.OUTLOOK.example.com>"
ACK_KHSWA = "<ack.GCM-AR-0012.20210129T1351@gcm-intake.iom.int>"
MID_LIBYA_NET = "<CAF4r8Tq1mZ0wB6yN2kS9vLc3eH7uJ5aD0pXg@mail.gmail.com>"
ACK_LIBYA_NET = "<ack.GCM-AR-0188.20210214T1427@gcm-intake.iom.int>"

MESSAGES: list[Callable[[], Built]] = []


def message(fn: Callable[[], Built]) -> Callable[[], Built]:
    MESSAGES.append(fn)
    return fn


# ================================================================= Arabic
@message
def ministry_kw() -> Built:
    plain = """دولة الكويت
وزارة الشؤون الاجتماعية والعمل
مكتب الوكيل المساعد لشؤون العمل

الرقم: و ش ع / ع د / 147 / 2021
التاريخ: 2 فبراير 2021

السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية      المحترمين

تحية طيبة وبعد،

يشرفني أن أشير إلى دعوتكم الكريمة للمشاركة في أعمال المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة في المنطقة العربية، المقرر عقده يومي 24 و25 فبراير 2021، وأن أحيطكم علماً بأن الوزارة قد رشّحت السيد/ فهد عبدالعزيز الرشيدي، مدير إدارة العلاقات الدولية وشؤون العمالة الوافدة بالوزارة، لإلقاء مداخلة دولة الكويت في الجلسة العامة، والتي ستتناول الإصلاحات التشريعية والإجرائية المتعلقة بتنظيم استقدام العمالة وحماية الأجور.

مرفق طيّه صورة من كتاب الترشيح الرسمي.

وتفضلوا بقبول فائق الاحترام والتقدير،

الوكيل المساعد لشؤون العمل
عبدالرحمن سعود العنزي

________________________________
تنويه: هذه الرسالة وما تتضمنه من مرفقات موجهة حصرياً إلى المرسل إليه، وقد تحتوي على معلومات سرية. إذا وصلتك هذه الرسالة عن طريق الخطأ يرجى إبلاغ المرسل وحذفها فوراً.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    html = outlook_html(mso_paras(plain), lang="AR-KW", rtl=True)
    body = alternative(plain, html, "_000_AM0PR06MB4098A61E2C3F7B10D9E4F2A6C1A40AM0PR06MB4098_",
                       charset="windows-1256", cte="qp")
    letter = tiny_pdf(["State of Kuwait - Ministry of Social Affairs and Labour", "Ref. 147/2021 - 2 February 2021",
                       "[scanned nomination letter, signed and stamped]"], "Scan", producer="HP Scan")
    root = multipart("mixed", [body, attachment(letter, "application/pdf", "كتاب ترشيح - الاستعراض الإقليمي.pdf",
                                                style="2047")],
                     "_004_AM0PR06MB4098A61E2C3F7B10D9E4F2A6C1A40AM0PR06MB4098_")
    env = dict(from_name="مكتب الوكيل المساعد لشؤون العمل", from_email="au.labour.office@msal.example.gov.kw",
               subject="ترشيح ممثل الوزارة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة",
               received_at=at(2, 2, 12, 25, 14), sender_tz=tz(3), lag=66,
               mid="<AM0PR06MB4098A61E2C3F7B10D9E4F2A6C1A40@AM0PR06MB4098.eurprd06.prod.outlook.example.com>",
               extra_headers=outlook(1, "ar-KW"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("فهد عبدالعزيز الرشيدي", "مدير إدارة العلاقات الدولية وشؤون العمالة الوافدة",
                                   "وزارة الشؤون الاجتماعية والعمل", ["plenary"])],
                 report_attachments=[],
                 notes="ministry letter in prose ('يشرفني أن أشير ... وأن أحيطكم علماً'); nominee woven into one "
                       "sentence after 'السيد/'; affiliation only in the letterhead and by reference ('بالوزارة'); "
                       "signer (assistant undersecretary) is not the speaker; the attached PDF is the scanned "
                       "nomination letter, not a report; windows-1256 body, Arabic PDF name RFC 2047")
    return env, root, label


@message
def seafarers_bilingual() -> Built:
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

يرغب مركز رعاية البحارة في بورتسودان في المشاركة بمداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين)، لعرض أوضاع البحارة العالقين على متن السفن المهجورة في موانئ البحر الأحمر.

المتحدث: السيد عوض الكريم محمد الطيب
الصفة: مدير المركز
الجهة: مركز رعاية البحارة في بورتسودان

مع الشكر والتقدير

-----

Dear Review Team,

The Port Sudan Seafarers' Welfare Centre would like to request a floor intervention in Roundtable 2 (protecting the human rights of migrants), to present the situation of seafarers stranded on abandoned ships in Red Sea ports.

Speaker: Mr. Awad Elkarim Mohamed Eltayeb
Title: Centre Manager
Organization: Port Sudan Seafarers' Welfare Centre

Best regards,

Mohanad Bashir
Volunteer / متطوع
Port Sudan Seafarers' Welfare Centre | مركز رعاية البحارة في بورتسودان
+249 91 230 4471
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "000000000000b2e71f05ba9c44d1", cte="b64")
    env = dict(from_name="Port Sudan Seafarers Centre", from_email="psswc.sudan@example-mail.com",
               subject="طلب مداخلة / Request for floor intervention - Roundtable 2",
               received_at=at(2, 3, 20, 47, 31), lag=12, relay="mail-wm1-f52.google.com",
               mid="<CAKd7Lr0pQz3vT9sW1xN6bM2yG8hE4jU0cF5aRk@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("عوض الكريم محمد الطيب", "مدير المركز", "مركز رعاية البحارة في بورتسودان",
                                   ["roundtable"], 2)],
                 report_attachments=[],
                 notes="bilingual: the same request in Arabic then English (one speaker, not two); Arabic comes "
                       "first, so language ar and the label uses the Arabic strings; 'السيد' / 'Mr.' are honorifics; "
                       "the signer is a volunteer, not the speaker; base64 UTF-8 Gmail parts")
    return env, root, label


@message
def asms_table() -> Built:
    aff = "جمعية الإغاثة والتضامن مع المهاجرين في الجنوب (ASMS)"
    rows = [("الاسم", "الصفة", "المشاركة المطلوبة"),
            ("الأستاذة نسيمة بوعلام", "رئيسة الجمعية", "النقاش المفتوح في مشاورة أصحاب المصلحة المتعددين (23 فبراير)"),
            ("السيد رضا قاسمي", "منسق برنامج المساعدة القانونية", "مداخلة في المائدة المستديرة الرابعة")]
    intro = (f"السادة المحترمون،\n\nتحية طيبة وبعد،\n\nتتشرف {aff} بترشيح العضوين التاليين للمشاركة في أعمال "
             "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة:")
    outro = ("علماً بأن الجمعية تعمل منذ 2012 على استقبال المهاجرين القادمين من النيجر ومالي ومرافقتهم في ورقلة "
             "وتمنراست.\n\nتقبلوا فائق التقدير والاحترام،\n\nالأمانة العامة – ASMS\nورقلة، الجزائر\n"
             "الهاتف: +213 29 71 44 05")
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    cell = '<td width=200 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>'
    header = "".join(f"{cell}<b>{escape(c, quote=False)}</b></p></td>" for c in rows[0])
    data = "".join("<tr>" + "".join(f"{cell}{escape(c, quote=False)}</p></td>" for c in r) + "</tr>" for r in rows[1:])
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 dir=rtl style="border-collapse:collapse">'
             f"<tr>{header}</tr>{data}</table>")
    html = outlook_html(mso_paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + mso_paras(outro), lang="AR-DZ", rtl=True)
    root = alternative(plain, html, "_000_DB9PR10MB52335F0E7A2C64D1B93E08F4B7D20DB9PR10MB5233_")
    env = dict(from_name="ASMS Ouargla", from_email="contact@asms-sud.example.dz",
               subject="ترشيحات الجمعية – الاستعراض الإقليمي للاتفاق العالمي للهجرة",
               received_at=at(2, 4, 11, 50, 2), sender_tz=tz(1), lag=48,
               mid="<DB9PR10MB52335F0E7A2C64D1B93E08F4B7D20@DB9PR10MB5233.EURPRD10.PROD.OUTLOOK.example.com>",
               extra_headers=outlook(3, "ar-DZ"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("نسيمة بوعلام", "رئيسة الجمعية", aff, ["open_discussion"]),
                           speaker("رضا قاسمي", "منسق برنامج المساعدة القانونية", aff, ["roundtable"], 4)],
                 report_attachments=[],
                 notes="two speakers in a 3-column RTL Outlook table (tab-separated rows in the plain part) with a "
                       "header row; honorifics الأستاذة/السيد inside the name cells; Arabic organisation name with a "
                       "Latin acronym in brackets, given only in the intro sentence; 'المائدة المستديرة الرابعة' = 4")
    return env, root, label


@message
def darfur_phone_late() -> Built:
    plain = """السلام عليكم ورحمة الله
نحن في رابطة أبناء دارفور في قطر حابين نرشح الأخ عثمان آدم يعقوب للمداخلة في الجلسة العامة يوم ٢٤ فبراير، عنده خبرة طويلة في مشاكل العمال السودانيين هنا في قطر وخاصة عمال المزارع والعزب
آسفين على التأخير الرسالة كانت في المسودات 🙏
أخوكم أبو مازن

أُرسلت من الـ iPhone"""
    root = text_part(plain, "plain", "utf-8", "qp")
    env = dict(from_name="Abu Mazin", from_email="abumazin.dr@example-mail.com",
               subject="ترشيح", received_at=at(2, 6, 9, 12, 40), sender_tz=tz(3), lag=95,
               relay="mail-pj1-f41.google.com", mid="<6D2B0F9E-41A7-4C83-9E55-0B7A18C3F2D4@example-mail.com>",
               extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("عثمان آدم يعقوب", None, "رابطة أبناء دارفور في قطر", ["plenary"])],
                 report_attachments=[],
                 notes="late (6 Feb morning; the sender apologises, it sat in drafts); informal dialect from an iPhone, "
                       "one-word subject; 'الأخ' is a form of address, not part of the name; no title given (null); "
                       "sender signs with a kunya only; Arabic-Indic digit in the date")
    return env, root, label


@message
def youth_council_reply_late() -> Built:
    new = """السادة في فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

إشارة إلى دعوتكم أدناه، وقبل الموعد المحدد (الجمعة 23 شباط/فبراير)، أتقدم بطلب المشاركة بمداخلة في المائدة المستديرة الأولى، بصفتي رئيسة المجلس، حول فرص العمل اللائق للشباب النازحين والعائدين في إقليم كوردستان وظاهرة الهجرة غير النظامية بين الشباب نحو أوروبا.

مع فائق الاحترام،

شيلان عمر قادر
رئيسة المجلس
المجلس الشبابي للهجرة والتنمية في إقليم كوردستان
السليمانية – العراق
+964 770 418 2290
"""
    plain = (new + "\n\u202bفي الأربعاء، ٢٠ يناير ٢٠٢١ في ٣:١٢ م تمت كتابة ما يلي بواسطة "
             "GCM Regional Review Arab States <gcmrrarabstates@iom.int>:\u202c\n\n" + quote(INVITATION) + "\n")
    root = alternative(plain, gmail_html(plain, rtl=True), "00000000000071c3a605bb1f0e29", cte="b64")
    env = dict(from_name="Shilan Omar", from_email="shilan.omar@kyc-md.example.org",
               subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
               received_at=at(2, 9, 11, 40, 5), sender_tz=tz(3), lag=22, relay="mail-lf1-f44.google.com",
               mid="<CAL2sY8nV5xQ0dR7kT3wH9bJ1mF6cU4pE8zAq@mail.gmail.com>",
               in_reply_to=INVITATION_MID, references=INVITATION_MID)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("شيلان عمر قادر", "رئيسة المجلس",
                                   "المجلس الشبابي للهجرة والتنمية في إقليم كوردستان", ["roundtable"], 1)],
                 report_attachments=[],
                 notes="reply quoting the trilingual invitation, whose Arabic text has the misprinted speaker "
                       "deadline 'الجمعة ٢٣ فبراير'; the sender relies on it and writes on 9 Feb, after the real "
                       "deadline (5 Feb in the quoted English and French): late; English subject, Arabic body; "
                       "self-nomination, details in the signature; 'المائدة المستديرة الأولى' = 1; the quoted call "
                       "also mentions voluntary reports")
    return env, root, label


@message
def libya_network_report() -> Built:
    plain = """السادة الأفاضل في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

باسم شبكة منظمات المجتمع المدني لحماية العمال المهاجرين في ليبيا، يسعدني أن أرسل إليكم التقرير الطوعي الجماعي للشبكة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في ليبيا خلال الفترة 2019-2020.

أُعدّ التقرير بالتشاور مع إحدى عشرة منظمة عضواً في الشبكة في طرابلس ومصراتة وسبها والكفرة، ويركّز على الأهداف 7 و13 و15 من الاتفاق، ولا سيما أوضاع الاحتجاز والوصول إلى الخدمات الصحية.

نرجو التكرم بتأكيد الاستلام.

مع خالص التحية،

هدى سالم الفيتوري
منسقة الشبكة
طرابلس – ليبيا
+218 91 334 7702
"""
    body = alternative(plain, gmail_html(plain, rtl=True), "000000000000e4b9a805bb5d1c70", cte="b64")
    report = tiny_pdf(["Network of Civil Society Organisations for the Protection of Migrant Workers in Libya",
                       "Collective Voluntary GCM Review Report 2019-2020 (Arabic)",
                       "Prepared with 11 member organisations: Tripoli, Misrata, Sebha, Kufra",
                       "Objectives 7, 13 and 15"], "Collective voluntary report")
    root = multipart("mixed", [body, attachment(report, "application/pdf",
                                                "التقرير الطوعي الجماعي - شبكة حماية العمال المهاجرين في ليبيا.pdf",
                                                style="2047")],
                     "000000000000e4b9a905bb5d1c72")
    env = dict(from_name="هدى الفيتوري", from_email="huda.elfitouri@example-mail.com",
               subject="التقرير الطوعي الجماعي للشبكة - الاستعراض الإقليمي",
               received_at=at(2, 14, 16, 20, 48), lag=30, relay="mail-ej1-f67.google.com", mid=MID_LIBYA_NET)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي الجماعي - شبكة حماية العمال المهاجرين في ليبيا.pdf"],
                 notes="collective report of a network of eleven organisations; long Arabic PDF name RFC 2047-encoded "
                       "in quoted parameters (Gmail style); the network name in the body differs from the short form "
                       "in the file name")
    return env, root, label


@message
def red_crescent_visa() -> Built:
    plain = """السلام عليكم،

أنا متطوع في فرع كسلا لجمعية الهلال الأحمر السوداني، وقد تلقينا دعوتكم للمشاركة في المشاورة والمؤتمر الإقليمي.

أرجو إفادتنا: هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت بسبب ظروف كورونا؟ وفي حال كان حضورياً، هل يمكن للمنظمة الدولية للهجرة إصدار رسالة دعوة رسمية لتسهيل الحصول على تأشيرة الدخول إلى لبنان لحاملي جواز السفر السوداني؟ وكم من الوقت تستغرق عادة إجراءات التأشيرة؟

وشكراً جزيلاً.

إبراهيم حامد أوشيك
منسق المتطوعين – فرع كسلا
0912 667 051
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    env = dict(from_name="Ibrahim Hamid", from_email="ibrahim.osheik@example-mail.com",
               subject="استفسار عن التأشيرة", received_at=at(2, 10, 13, 30, 26), lag=40,
               relay="mail-qv1-f49.google.com", mid="<CAN9pF3xR6tK1wQ8yB2vL0zM5hD7sJ4gC3eUo@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 notes="visa / format question from a Red Crescent branch volunteer: gives his name and role but "
                       "asks for no speaking role and submits nothing")
    return env, root, label


@message
def libya_network_thanks() -> Built:
    plain = """شكراً جزيلاً على التأكيد، ونتمنى لكم التوفيق في التحضير للمؤتمر.

هدى

‫في الأحد، ١٤ فبراير ٢٠٢١ في ٤:٢٧ م تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <gcmrrarabstates@iom.int>:‬

> السيدة هدى الفيتوري،
>
> نشكركم على رسالتكم، ونؤكد استلام التقرير الطوعي المرسل إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية.
>
> الرقم المرجعي: GCM-AR-0188
>
> فريق الاستعراض الإقليمي
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "000000000000a1f3c205bb6e4d18", cte="b64")
    env = dict(from_name="هدى الفيتوري", from_email="huda.elfitouri@example-mail.com",
               subject="Re: تأكيد الاستلام GCM-AR-0188", received_at=at(2, 15, 10, 2, 11), lag=9,
               relay="mail-ej1-f67.google.com", mid="<CAF4r8Tq1mZ0wB6yN2kS9vLc3eH7uJ5aD0pXh+Qw@mail.gmail.com>",
               in_reply_to=ACK_LIBYA_NET, references=MID_LIBYA_NET + "\r\n " + ACK_LIBYA_NET)
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="libya_network_report",
                 notes="thank-you reply to our acknowledgement of the network's report; adds nothing new, so no "
                       "acknowledgement; the quoted acknowledgement mentions the voluntary report")
    return env, root, label


# ================================================================= English
@message
def ilo_signature() -> Built:
    plain = """Dear colleagues,

Further to the invitation letter, the ILO Regional Office for Arab States would like to request a floor intervention in Roundtable 1 (regular pathways, decent work and drivers of migration) during the Regional Review Conference on 24-25 February. The intervention would be delivered by the undersigned and would focus on fair recruitment and on the labour reforms adopted in several GCC countries in 2020-2021.

Happy to share the talking points in advance if that is helpful to the moderators.

With best regards,
Anjali

________________________________________
Anjali Wickramasinghe-Nassar
Senior Specialist on Labour Migration
Decent Work Technical Support Team for the Arab States (DWT-Arab States)
ILO Regional Office for Arab States
International Labour Organization
Beirut, Lebanon
Tel: +961 1 752 400 ext. 2217 | Direct: +961 1 752 417
Mobile: +961 3 118 642 | Skype: anjali.wn.ilo
www.ilo.org/arabstates

Please consider the environment before printing this e-mail.
"""
    html = outlook_html(mso_paras(plain), lang="EN-GB")
    root = alternative(plain, html, "_000_VI1PR02MB57143D1B2E0F48A7C9E61B3F8A620VI1PR02MB5714_")
    env = dict(from_name="Wickramasinghe-Nassar, Anjali", from_email="wickramasinghe-nassar@ilo.example.org",
               subject="ILO request for floor intervention - Roundtable 1",
               received_at=at(1, 27, 10, 14, 3), lag=51,
               mid="<VI1PR02MB57143D1B2E0F48A7C9E61B3F8A620@VI1PR02MB5714.eurprd02.prod.outlook.example.com>",
               extra_headers=outlook(9, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Anjali Wickramasinghe-Nassar", "Senior Specialist on Labour Migration",
                                   "ILO Regional Office for Arab States", ["roundtable"], 1)],
                 report_attachments=[],
                 notes="UN agency officer; 'delivered by the undersigned': name and title only in a long multi-line "
                       "signature (team, office, agency, duty station, three phone lines); affiliation is the office "
                       "named in the body and the signature, not the team line; From display name 'Last, First'")
    return env, root, label


@message
def medical_faculty_parens() -> Built:
    plain = """Dear Madam/Sir,

I am writing on behalf of the Migration Health Unit at the Faculty of
Medicine of Al-Wahat University (Benghazi) to propose two speakers for
the Regional Review Conference:

1. Prof. Idris Elmahdi Bukhatwa (Director, Migration Health Unit,
   Faculty of Medicine, Al-Wahat University) - floor intervention in
   the plenary, on access to health care for migrants in detention and
   in transit in eastern Libya;

2. Dr. Hiba Ben Khalifa (Research Fellow, Migration Health Unit) -
   Roundtable 3, on social inclusion and access to basic services,
   drawing on our 2020 survey of 640 migrant patients.

Prof. Bukhatwa will join online from Benghazi; I will be in Tunis
during the conference week.

Thank you for considering our request.

Kind regards,

Hiba Ben Khalifa, MD, MPH
Research Fellow
Migration Health Unit - Faculty of Medicine
Al-Wahat University, Benghazi, Libya
+218 61 908 3351
"""
    root = text_part(plain, "plain", "utf-8", None)
    env = dict(from_name="Hiba Ben Khalifa", from_email="h.benkhalifa@wahat-uni.example.edu.ly",
               subject="Speakers from the Migration Health Unit (Al-Wahat University)",
               received_at=at(2, 1, 11, 2, 44), lag=37,
               mid="<f3a9c1d2-7b40-4e8f-b615-29c0d7e5a4b1@wahat-uni.example.edu.ly>",
               extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                              "Thunderbird/78.7.0", "Content-Language: en-US"])
    aff = "Migration Health Unit, Faculty of Medicine, Al-Wahat University"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Idris Elmahdi Bukhatwa", "Director", aff, ["plenary"]),
                           speaker("Hiba Ben Khalifa", "Research Fellow", aff, ["roundtable"], 3)],
                 report_attachments=[],
                 notes="academic style: title and affiliation in parentheses after 'Prof.'/'Dr.', hard-wrapped "
                       "plain text (Thunderbird, 8bit) so the parentheses span lines; the second speaker's "
                       "parentheses only say 'Migration Health Unit' (labelled with the fullest form written); the "
                       "sender is the second speaker; 'MD, MPH' in the signature are degrees")
    return env, root, label


@message
def nepali_phone() -> Built:
    plain = """Hello sir/madam

I am Bishnu Prasad Adhikari, coordinator of a small self help group of nepali workers in Al Khor, Qatar (we are not registered yet). We want to speak in roundtable 1 about recruitment fees and wage theft, many of our members paid 1200-1500 dollar to agents in Kathmandu and some not received salary since 4 months. Is it possible?? We can join by zoom after 8pm Qatar time

Thank you very much
Bishnu

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", None)
    env = dict(from_name="Bishnu Adhikari", from_email="bishnu.adhikari88@example-mail.com",
               subject="Request to speak", received_at=at(2, 5, 21, 36, 50), sender_tz=tz(3), lag=72,
               mid="<A4E19C0B-3F52-4D8A-B7E6-91D20C5F8A37@example-mail.com>",
               extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Bishnu Prasad Adhikari", "coordinator", None, ["roundtable"], 1)],
                 report_attachments=[],
                 notes="small unregistered migrant group writing from a phone; the group has no name, so affiliation "
                       "is null ('a small self help group of nepali workers in Al Khor' is a description); Date "
                       "header +03:00 reads 22:35, received 21:36 Beirut on 5 Feb: on time")
    return env, root, label


@message
def khswa_html_bold() -> Built:
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Good afternoon,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">On behalf of our association, please register the following speaker for the GCM Regional Review conference:</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><b>Name:</b> Rosalinda Macaraeg Villanueva</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><b>Position:</b> President</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><b>Organization:</b> Kuwait Household Service Workers&#39; Association (KHSWA)</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><b>Session requested:</b> Plenary (24 February)</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><b>Language:</b> English</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Ms. Villanueva worked as a household worker in Kuwait for 14 years before co-founding KHSWA, which now has around 900 members from the Philippines, Sri Lanka, Ethiopia and Nepal.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Thank you and God bless,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Jocelyn Bautista</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Secretary, KHSWA</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">+965 6611 2084 (WhatsApp)</div>
</body></html>
"""
    root = text_part(html, "html", "utf-8", "qp")
    env = dict(from_name="KHSWA Secretariat", from_email="khswa.kuwait@outlook.example.com",
               subject="Speaker registration - KHSWA", received_at=at(1, 29, 15, 40, 22), sender_tz=tz(3),
               lag=28, relay="EUR04-VI1-obe.outbound.protection.outlook.example.com", mid=MID_KHSWA,
               extra_headers=["X-MS-Has-Attach: ", "Content-Language: en-US"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Rosalinda Macaraeg Villanueva", "President",
                                   "Kuwait Household Service Workers' Association (KHSWA)", ["plenary"])],
                 report_attachments=[],
                 notes="HTML-only Outlook.com message with bold labels ('<b>Name:</b> ...'); apostrophe as &#39; in "
                       "the organisation name; 'Session requested: Plenary'; an extra 'Language:' label; the sender "
                       "(secretary) is not the speaker")
    return env, root, label


@message
def khswa_second_speaker() -> Built:
    plain = """Dear GCM team,

Thank you for the confirmation. After our board meeting yesterday we would like to add a second speaker, for the roundtable on protecting the human rights of migrants (Roundtable 2):

Ms. Meseret Tadesse Alemu, Ethiopian Community Liaison, KHSWA

Meseret works with our Ethiopian members, many of whom lost their jobs and their documents during the lockdown. The request for our President in the plenary (sent on 29 January) stays the same.

Best regards,
Jocelyn

Jocelyn Bautista
Secretary
Kuwait Household Service Workers' Association (KHSWA)
+965 6611 2084 (WhatsApp)

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, January 29, 2021 4:51 PM
To: KHSWA Secretariat <khswa.kuwait@outlook.example.com>
Subject: GCM Regional Review (Arab States) - receipt GCM-AR-0012

Dear Jocelyn Bautista,

Thank you for your message. We confirm receipt of your speaker request for the Regional Review of the Global Compact for Migration in the Arab region: Rosalinda Macaraeg Villanueva (plenary).

Reference: GCM-AR-0012

GCM Regional Review team
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            + "".join('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>'
                      % (escape(ln, quote=False) or "<br>") for ln in plain.split("\n"))
            + "</body></html>\n")
    root = alternative(plain, html, "_000_PR3P193MB0871F61B0C2E9D4A7B31E8C5D3E80PR3P193MB0871EURP_")
    env = dict(from_name="KHSWA Secretariat", from_email="khswa.kuwait@outlook.example.com",
               subject="Re: GCM Regional Review (Arab States) - receipt GCM-AR-0012",
               received_at=at(2, 3, 9, 18, 57), sender_tz=tz(3), lag=33,
               relay="EUR04-VI1-obe.outbound.protection.outlook.example.com",
               mid="<PR3P193MB0871F61B0C2E9D4A7B31E8C5D3E80@PR3P193MB0871.EURP193.PROD.OUTLOOK.example.com>",
               in_reply_to=ACK_KHSWA, references=MID_KHSWA + "\r\n " + ACK_KHSWA,
               extra_headers=["X-MS-Has-Attach: ", "Content-Language: en-US"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Meseret Tadesse Alemu", "Ethiopian Community Liaison",
                                   "Kuwait Household Service Workers' Association (KHSWA)", ["roundtable"], 2)],
                 report_attachments=[], thread_of="khswa_html_bold",
                 notes="reply to our acknowledgement adding a second speaker: only the new speaker is proposed (the "
                       "President's plenary request is restated by reference and quoted in the acknowledgement); the "
                       "speaker line gives only the acronym, the full name is in the signature; roundtable by theme "
                       "and number")
    return env, root, label


@message
def eimds_octet_stream() -> Built:
    plain = """Dear colleagues,

Please find attached the voluntary GCM review report of the Erbil
Institute for Migration and Displacement Studies (EIMDS), covering the
Kurdistan Region of Iraq. The report looks at Objectives 2, 5 and 16,
with a focus on Syrian refugees and internally displaced persons who
have entered the labour market, and on returnees from Europe.

Apologies for sending it on the last day; our board approved the final
version only this morning.

Best regards,

Dr. Karwan Aziz Rashid
Research Director
Erbil Institute for Migration and Displacement Studies (EIMDS)
100m Street, Erbil, Kurdistan Region - Iraq
Tel: +964 750 331 8820

--
This message was sent from the EIMDS webmail.
"""
    report = tiny_pdf(["Erbil Institute for Migration and Displacement Studies (EIMDS)",
                       "Voluntary GCM Review - Kurdistan Region of Iraq, 2021",
                       "Objectives 2, 5 and 16", "1. Labour market access of refugees and IDPs ...",
                       "2. Returnees from Europe ..."], "EIMDS GCM review KRI 2021")
    root = multipart("mixed", [text_part(plain, "plain", "us-ascii", None, flowed=True),
                               attachment(report, "application/octet-stream", "EIMDS_GCM_Voluntary_Review_KRI_2021.pdf")],
                     "=_7c1d5b0e4a3f92e861b0d4c7a5e2f3b1")
    env = dict(from_name="Karwan Aziz Rashid", from_email="k.rashid@eimds.example.org",
               subject="EIMDS voluntary GCM review report - Kurdistan Region of Iraq",
               received_at=at(2, 16, 18, 55, 9), sender_tz=tz(3), lag=3,
               mid="<7c1d5b0e4a3f92e861b0d4c7a5e2f3b1@eimds.example.org>",
               extra_headers=["User-Agent: Roundcube Webmail/1.4.10"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["EIMDS_GCM_Voluntary_Review_KRI_2021.pdf"],
                 notes="think tank report sent from Roundcube: the PDF is attached as application/octet-stream; "
                       "last day, on time; hard-wrapped format=flowed plain text only")
    return env, root, label


@message
def srilanka_docx() -> Built:
    plain = """Dear Sir/Madam,

Greetings from Colombo!

Kindly find attached herewith the voluntary GCM review submission of the Sri Lanka Returnee Migrant Workers' Forum (SLRMWF) for the Regional Review in the Arab region. It is based on consultations held in Kurunegala, Batticaloa and Colombo with 210 returnee workers, most of them women who worked in Kuwait, Qatar, Saudi Arabia and Jordan.

We kindly request you to acknowledge receipt.

Thank you,
Nirosha

Nirosha Jayawardena
Programme Officer
Sri Lanka Returnee Migrant Workers' Forum (SLRMWF)
No. 41/3, Temple Road, Maharagama
Tel: +94 11 285 6604 / +94 77 310 9218
"""
    body = alternative(plain, gmail_html(plain), "000000000000c9f1a805bb3e7b52")
    doc = tiny_docx(["Sri Lanka Returnee Migrant Workers' Forum (SLRMWF)",
                     "Voluntary GCM Review Submission - Regional Review, Arab region (2021)",
                     "1. Methodology: consultations with 210 returnee workers",
                     "2. Recruitment costs and contract substitution", "3. Reintegration and access to justice"],
                    author="Nirosha J")
    root = multipart("mixed", [body, attachment(doc, DOCX_TYPE, "SLRMWF GCM Voluntary Review - Arab region 2021.docx")],
                     "000000000000c9f1a905bb3e7b54")
    env = dict(from_name="Nirosha Jayawardena", from_email="nirosha.slrmwf@example-mail.com",
               subject="Submission of Voluntary GCM Review - SLRMWF", received_at=at(2, 12, 8, 30, 15),
               sender_tz=tz(5, 30), lag=61, relay="mail-pf1-f180.google.com",
               mid="<CAG5tB1kW9yP3nD6vQ0xL8mR2sJ7cH4eF1zTu@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["SLRMWF GCM Voluntary Review - Arab region 2021.docx"],
                 notes="origin-country group report as DOCX with spaces in the file name; 'submission' rather than "
                       "'report' in the subject; Date header +05:30")
    return env, root, label


@message
def unicef_agenda() -> Built:
    plain = """Dear colleagues,

Hope this finds you well. Could you kindly share the provisional agenda and the concept note for the multi-stakeholder consultation on 23 February and the conference on 24-25 February? We would like to brief our partners in the Child Protection Working Group (several of them work with unaccompanied children on the move through Sudan) ahead of the sessions.

Also, will the sessions be recorded, or will a summary be circulated afterwards?

Many thanks in advance,
Halima

Halima Osman Idris
Child Protection Officer (Migration)
UNICEF Sudan Country Office
Khartoum, Sudan
Mobile: +249 91 210 7789
"""
    html = outlook_html(mso_paras(plain), lang="EN-US")
    root = alternative(plain, html, "_000_DM6PR11MB2876B0A4F1E3C2D7A951E6B07C1A0DM6PR11MB2876namp_")
    env = dict(from_name="Halima Osman Idris", from_email="hoidris@unicef.example.org",
               subject="Agenda and concept note - GCM regional review", received_at=at(2, 8, 10, 3, 47),
               lag=58, mid="<DM6PR11MB2876B0A4F1E3C2D7A951E6B07C1A0@DM6PR11MB2876.namprd11.prod.outlook.example.com>",
               extra_headers=outlook(16, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 notes="agenda and concept-note request from a UN agency officer with a full signature (name, title, "
                       "office): not a speaker request")
    return env, root, label


# ================================================================= French
@message
def ministry_mr_letter() -> Built:
    plain = """REPUBLIQUE ISLAMIQUE DE MAURITANIE
Honneur - Fraternité - Justice

Ministère de l'Emploi, de la Formation Professionnelle et des Migrations
Secrétariat Général
N° 0093/MEFPM/SG

Nouakchott, le 4 février 2021

Le Secrétaire Général
à
Monsieur le Coordonnateur du Secrétariat de l'Examen régional du
Pacte mondial pour des migrations sûres, ordonnées et régulières
- Région arabe -

Objet : Désignation d'un intervenant

Monsieur le Coordonnateur,

J'ai l'honneur de vous informer que, suite à votre aimable invitation,
notre Département a désigné M. Mohamed Abdallahi Ould Sidi Baba,
Directeur de la Migration et des Mauritaniens de l'Extérieur au
Ministère de l'Emploi, de la Formation Professionnelle et des
Migrations, pour intervenir au nom de la République Islamique de
Mauritanie lors de la table ronde thématique n° 1 de la Conférence
régionale des 24 et 25 février 2021.

Je vous prie d'agréer, Monsieur le Coordonnateur, l'expression de ma
haute considération.

P/Le Ministre et par délégation
Le Secrétaire Général
Sidi Mohamed Ould Ahmed Salem

---
Secrétariat du Secrétaire Général - MEFPM
Tél. : +222 45 25 71 09
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    env = dict(from_name="Secretariat SG MEFPM", from_email="sg.mefpm.secretariat@example-mail.fr",
               subject="Designation d'un intervenant - Examen regional du Pacte mondial",
               received_at=at(2, 4, 13, 5, 36), sender_tz=tz(0), lag=83, relay="sonic317-22.consmr.mail.ir2.yahoo.com",
               mid="<1712045609.884213.1612436652201@mail.yahoo.example.com>",
               extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Mohamed Abdallahi Ould Sidi Baba",
                                   "Directeur de la Migration et des Mauritaniens de l'Extérieur",
                                   "Ministère de l'Emploi, de la Formation Professionnelle et des Migrations",
                                   ["roundtable"], 1)],
                 report_attachments=[],
                 notes="ministry letter pasted as hard-wrapped plain text ('J'ai l'honneur de vous informer que'); "
                       "nominee, title and ministry woven into one sentence broken across lines; sent by the "
                       "secretariat from a webmail account with an unaccented subject; signer is not the speaker; "
                       "'table ronde thématique n° 1'")
    return env, root, label


@message
def senegal_forwarded() -> Built:
    plain = """Bonjour,

Je vous transfère ci-dessous la demande de l'ARSEM, qui nous a été adressée par erreur. Merci de bien vouloir la prendre en compte.

Cordialement,

Ibrahima Sow
Chargé de programmes
Réseau Migrations Sahel-Maghreb (RMSM)
Nouakchott

De : ARSEM Nouakchott <arsem.nkc@example-mail.com>
Envoyé : jeudi 4 février 2021 18:47
À : Ibrahima Sow <i.sow@rmsm.example.org>
Objet : Demande de prise de parole - Pacte mondial

Bonsoir M. Sow,

Comme convenu au téléphone, l'Association des Ressortissants Sénégalais en Mauritanie (ARSEM) souhaite prendre part à la discussion ouverte de la consultation multipartite du 23 février. Notre représentante sera Mme Awa Diop Ndiaye, Présidente de l'ARSEM.

Pouvez-vous transmettre à l'équipe de l'OIM ? Jërëjëf !

Bonne soirée,
Moussa Fall
Secrétaire général, ARSEM
"""
    html = outlook_html(mso_paras(plain), lang="FR")
    root = alternative(plain, html, "_000_AM9PR07MB7201E3A5C8F21D0B6E4979C2A4B50AM9PR07MB7201_")
    env = dict(from_name="Ibrahima Sow", from_email="i.sow@rmsm.example.org",
               subject="TR: Demande de prise de parole - Pacte mondial", received_at=at(2, 5, 10, 21, 18),
               sender_tz=tz(0), lag=44,
               mid="<AM9PR07MB7201E3A5C8F21D0B6E4979C2A4B50@AM9PR07MB7201.eurprd07.prod.outlook.example.com>",
               extra_headers=outlook(18, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Awa Diop Ndiaye", "Présidente",
                                   "Association des Ressortissants Sénégalais en Mauritanie (ARSEM)",
                                   ["open_discussion"])],
                 report_attachments=[],
                 notes="forwarded by a colleague of another network (Outlook 'TR:', unquoted French header block); "
                       "the request is only inside the forwarded part; neither the forwarder nor the original writer "
                       "is the speaker; 'discussion ouverte de la consultation multipartite' = open_discussion")
    return env, root, label


@message
def apc_signature() -> Built:
    plain = """Madame, Monsieur,

Suite à votre invitation, je souhaiterais intervenir lors de la table ronde thématique IV (données, politiques fondées sur des éléments probants et coopération internationale), afin de présenter l'expérience de notre commune en matière d'accueil et de recensement des migrants en transit dans le Sud algérien.

Avec mes remerciements anticipés,

--
Dr Lamine Benhamouda
Vice-président chargé des affaires sociales et de la santé
Assemblée Populaire Communale (APC) de Tamanrasset
Tél. : +213 29 34 18 72 - Fax : +213 29 34 18 70
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    env = dict(from_name="Lamine Benhamouda", from_email="l.benhamouda@apc-tamanrasset.example.dz",
               subject="Demande d'intervention - table ronde IV", received_at=at(2, 5, 16, 58, 40), sender_tz=tz(1),
               lag=26, mid="<9b2e4c71-0d3a-4f68-a1b5-7e0c93d2f814@apc-tamanrasset.example.dz>",
               extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                              "Thunderbird/78.6.1", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Lamine Benhamouda", "Vice-président chargé des affaires sociales et de la santé",
                                   "Assemblée Populaire Communale (APC) de Tamanrasset", ["roundtable"], 4)],
                 report_attachments=[],
                 notes="municipal council member; body says only 'je'; name, title and affiliation only in the "
                       "signature after '-- '; 'Dr' honorific; roundtable as a Roman numeral 'IV'; acronym inside "
                       "the affiliation")
    return env, root, label


@message
def port_federation_two() -> Built:
    plain = """Madame, Monsieur,

Suite à votre courrier d'invitation, la Fédération Nationale des Travailleurs des Ports et Docks (FNTPD) a le plaisir de vous proposer deux intervenants :

- M. Abdelkader Mebarki, Secrétaire général de la Fédération, pour une intervention en séance plénière (24 ou 25 février) ;
- notre camarade Nourredine Zerrouki, docker au port d'Oran depuis 1998, pour la table ronde n° 2 (droits humains des migrants, gestion des frontières), où il témoignera de la situation des marins et des passagers clandestins débarqués.

Nous restons à votre disposition pour tout complément d'information.

Salutations syndicales,

Le Secrétariat fédéral
FNTPD – Maison des Syndicats, Alger
Tél. : +213 21 66 40 12

Ce courriel et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci d'en avertir l'expéditeur et de le supprimer.
"""
    html = outlook_html(mso_paras(plain), lang="FR")
    root = alternative(plain, html, "_000_PAXPR01MB8862C14D7E0B3F5A29E16D8B1C3A0PAXPR01MB8862_")
    env = dict(from_name="Secrétariat FNTPD", from_email="secretariat@fntpd.example.dz",
               subject="Proposition d'intervenants - FNTPD", received_at=at(2, 1, 14, 10, 5), sender_tz=tz(1),
               lag=52, mid="<PAXPR01MB8862C14D7E0B3F5A29E16D8B1C3A0@PAXPR01MB8862.eurprd01.prod.outlook.example.com>",
               extra_headers=outlook(20, "fr-FR"))
    aff = "Fédération Nationale des Travailleurs des Ports et Docks (FNTPD)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Abdelkader Mebarki", "Secrétaire général de la Fédération", aff, ["plenary"]),
                           speaker("Nourredine Zerrouki", None, aff, ["roundtable"], 2)],
                 report_attachments=[],
                 notes="port workers' federation, two speakers in a dashed list; the second has no title ('notre "
                       "camarade ..., docker au port d'Oran' is an occupation, not a title: null); affiliation only "
                       "in the intro sentence; sender is a secretariat; confidentiality footer")
    return env, root, label


@message
def logistics_fr() -> Built:
    plain = """Bonjour,

Notre association participera à la consultation multipartite du 23 février. Pourriez-vous nous préciser :
1) la plateforme utilisée (Zoom, Webex, Teams ?) et à partir de quand le lien sera envoyé ;
2) si une interprétation simultanée arabe-français-anglais est prévue ;
3) l'heure de début de la session : heure de Beyrouth ou heure de Genève ?

Nos membres à Nouadhibou ont une connexion assez instable, nous aimerions savoir s'il sera possible de se connecter par téléphone.

Merci d'avance et bonne journée,

Khadijetou Mint Abdallahi
Chargée de communication
Centre d'Accueil et d'Orientation des Migrants de Nouadhibou (CAOMN)
+222 36 41 09 55
"""
    root = alternative(plain, gmail_html(plain), "000000000000d8a2f105bb7c9e01")
    env = dict(from_name="Khadijetou Mint Abdallahi", from_email="caomn.ndb@example-mail.com",
               subject="Questions pratiques - consultation du 23 février", received_at=at(2, 15, 9, 44, 30),
               sender_tz=tz(0), lag=19, relay="mail-wr1-f49.google.com",
               mid="<CAH6wQ2mT8rB0yK5nV3zD9pL1gS4fJ7cE2xAo@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 notes="logistics questions (platform, interpretation, time zone, phone dial-in) from an association "
                       "that will attend; names and a title in the signature but no speaking role requested")
    return env, root, label


@message
def cadm_both() -> Built:
    plain = """Bonjour à l'équipe de l'examen régional,

Vous trouverez ci-joint le rapport volontaire d'examen du Pacte mondial
élaboré par le Collectif Algérien pour les Droits des Migrants (CADM),
qui regroupe sept associations d'Alger, d'Oran, de Tamanrasset et
d'Annaba.

Par ailleurs, le CADM souhaiterait proposer Mme Sabrina Ait Ouarab,
Coordinatrice nationale du CADM, comme rapporteuse chargée de présenter
les messages clés des parties prenantes lors de la consultation du
23 février.

Merci de nous confirmer la bonne réception.

Bien à vous,

Yanis Belaïd
Chargé de plaidoyer - CADM
Alger
"""
    body = text_part(plain, "plain", "utf-8", "qp")
    doc = tiny_docx(["Collectif Algérien pour les Droits des Migrants (CADM)",
                     "Rapport volontaire d'examen du Pacte mondial pour les migrations - 2021",
                     "Rédigé avec sept associations membres", "1. Accès aux soins", "2. Détention et expulsions"],
                    author="CADM")
    root = multipart("mixed", [body, attachment(doc, DOCX_TYPE, "Rapport_volontaire_CADM_PMM_2021.docx")],
                     "------------A1F0C3D27B9E45E8F6D20B14")
    env = dict(from_name="Yanis Belaïd", from_email="y.belaid@cadm-dz.example.org",
               subject="Rapport volontaire du CADM et proposition de rapporteuse", received_at=at(2, 4, 17, 33, 51),
               sender_tz=tz(1), lag=35, mid="<e47c2a90-5b1d-4f3e-8c06-d21a9b7f3e55@cadm-dz.example.org>",
               extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
                              "Content-Language: fr"])
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[speaker("Sabrina Ait Ouarab", "Coordinatrice nationale du CADM",
                                   "Collectif Algérien pour les Droits des Migrants (CADM)", ["rapporteur"])],
                 report_attachments=["Rapport_volontaire_CADM_PMM_2021.docx"],
                 notes="collective report (seven associations) as DOCX plus a rapporteur proposal, both on time; "
                       "title includes the organisation acronym as written ('Coordinatrice nationale du CADM'); "
                       "the sender is not the speaker; hard-wrapped Thunderbird text")
    return env, root, label


@message
def nhri_late_report() -> Built:
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint la contribution de la Commission Nationale des Droits de l'Homme (CNDH) à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Nous vous prions de bien vouloir excuser ce léger retard, dû à la validation du document par l'Assemblée plénière de la Commission le 16 février.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mariem Ba
Chargée des relations internationales
Commission Nationale des Droits de l'Homme (CNDH)
Nouakchott – Mauritanie
Tél. : +222 45 29 88 14

AVERTISSEMENT : Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels.
"""
    cid = "image001.png@01D70519.5E3B2A40"
    html = outlook_html(mso_paras(plain) + f'\n<p class=MsoNormal><img width=96 height=48 src="cid:{cid}" alt="CNDH"></p>', lang="FR")
    body = multipart("related", [alternative(plain, html, "_000_VI1PR09MB3902_alt_"),
                                 attachment(tiny_png((0, 102, 51)), "image/png", "image001.png", inline_cid=cid)],
                     "_007_VI1PR09MB3902_rel_", type="multipart/alternative")
    report = tiny_pdf(["Commission Nationale des Droits de l'Homme (CNDH)",
                       "Contribution a l'examen regional du Pacte mondial - region arabe",
                       "Migrants en transit, detention administrative, acces a la justice"],
                      "Contribution CNDH PMM 2021")
    root = multipart("mixed", [body, attachment(report, "application/pdf",
                                                "CNDH_Contribution_Examen_Regional_PMM_2021.pdf")],
                     "_008_VI1PR09MB3902_mixed_")
    env = dict(from_name="Mariem Ba", from_email="m.ba@cndh.example.mr",
               subject="Contribution de la CNDH - Examen régional du Pacte mondial", received_at=at(2, 17, 10, 5, 12),
               sender_tz=tz(0), lag=70,
               mid="<VI1PR09MB39027A2E5C1B0D84F3E96A7C5E190@VI1PR09MB3902.eurprd09.prod.outlook.example.com>",
               extra_headers=outlook(23, "fr-FR"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["CNDH_Contribution_Examen_Regional_PMM_2021.pdf"],
                 notes="national human rights institution; late (17 Feb) and says so; called a 'contribution' not a "
                       "'rapport'; inline signature logo image001.png in multipart/related is not part of it")
    return env, root, label


@message
def amsm_docx() -> Built:
    plain = """Bonjour,

Dans le cadre de l'examen régional du Pacte mondial sur les migrations, l'Association Mauritanienne pour la Santé des Migrants (AMSM) a le plaisir de vous transmettre son rapport d'examen volontaire (en pièce jointe, format Word).

Le rapport porte sur l'accès aux soins des migrants à Nouakchott et Nouadhibou (objectifs 15 et 22), à partir des données de nos deux centres de santé communautaires.

Restant à votre disposition,

Dr Oumar Sy
Secrétaire exécutif, AMSM
"""
    body = text_part(plain, "plain", "utf-8", None, flowed=True)
    doc = tiny_docx(["Association Mauritanienne pour la Santé des Migrants (AMSM)",
                     "Rapport d'examen volontaire du Pacte mondial - février 2021",
                     "Accès aux soins des migrants à Nouakchott et Nouadhibou (objectifs 15 et 22)"], author="AMSM")
    root = multipart("mixed", [body, attachment(doc, DOCX_TYPE, "Rapport_examen_volontaire_PMM_AMSM_février_2021.docx")],
                     "------------5E09B7C2A14D3F86E2A0C917")
    env = dict(from_name="AMSM Mauritanie", from_email="amsm.mauritanie@example-mail.fr",
               subject="Rapport d'examen volontaire - AMSM", received_at=at(2, 11, 14, 15, 7), sender_tz=tz(0),
               lag=40, mid="<3f8d1b20-96ce-4a07-b2e1-5c7a0d94e6f3@example-mail.fr>",
               extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                              "Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_examen_volontaire_PMM_AMSM_février_2021.docx"],
                 notes="DOCX with an accented file name in RFC 2231 (Thunderbird); 8bit format=flowed body; "
                       "'Dr' signer is not proposing to speak")
    return env, root, label


# ----------------------------------------------------------------- writer
def on_time(category: str, received: dt.datetime) -> bool | None:
    if category == "speaker_request":
        return received <= SPEAKER_DEADLINE
    if category == "voluntary_report":
        return received <= REPORT_DEADLINE
    if category == "both":
        return received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE
    return None


def build(folder: str, prefix: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(folder, name))
    built = sorted(((fn.__name__, *fn()) for fn in MESSAGES), key=lambda b: b[1]["received_at"])
    names = {key: f"{prefix}{i:02d}.eml" for i, (key, _, _, _) in enumerate(built, 1)}
    labels = []
    for i, (key, env, root, label) in enumerate(built, 1):
        name = names[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(env, root, i))
        received = env["received_at"]
        thread = label.get("thread_of")
        labels.append({"file": name, "received_at": received.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label["acknowledge"],
                       "on_time": on_time(label["category"], received), "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"],
                       "thread_of": names[thread] if thread else None, "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout20"), "h20-")
