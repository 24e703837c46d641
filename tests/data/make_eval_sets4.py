#!/usr/bin/env python3
"""Fourth independent evaluation set for gcm-intake: tests/data/holdout4 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets4.py
Written without reading intake/, rules/ or the tests: every message below is a plain "letter" (envelope,
client layout, body, attachments) next to the label a careful human reader would give it (format of
/work/shared/corpus/LABELS.md).  Messages are numbered in the order the mailbox received them.
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
SIGDASH = "-- "  # signature separator, trailing space included
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

Label = dict[str, Any]
Meta = dict[str, Any]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(month: int, day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    """Server receive time, Beirut (UTC+02:00 in February)."""
    return dt.datetime(2021, month, day, hour, minute, second, tzinfo=BEIRUT)


# ----------------------------------------------------------------- tiny valid attachments
def tiny_png(rgb: tuple[int, int, int], w: int = 32, h: int = 16) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF with a correct xref table (Helvetica, Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (macOS Quartz PDFContext) >>").encode("latin-1"),
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


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal WordprocessingML package (content types, package rels, document), fixed timestamps."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f"<w:p>{bidi}<w:r>{rtl_run}<w:t xml:space=\"preserve\">{escape(p, quote=False)}</w:t></w:r></w:p>" for p in paragraphs)
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- MIME building blocks
class Boundaries:
    """Deterministic multipart boundaries in the style of each mail client."""

    def __init__(self, style: str, seed: int) -> None:
        self.style, self.seed, self.k = style, seed, 0

    def __call__(self) -> str:
        self.k += 1
        n = self.seed * 7919 + self.k * 104729
        if self.style == "outlook":
            return (f"----=_NextPart_{self.k - 1:03d}_{self.seed * 16 + self.k:04X}_01D6F{self.seed * 37 % 4096:03X}"
                    f".{n * 2654435761 % 2**32:08X}")
        if self.style == "apple":
            return (f"Apple-Mail=_{n % 2**32:08X}-{self.seed:04X}-4{self.k:03X}-8{n % 4096:03X}"
                    f"-{n * 40503 % 2**48:012X}")
        if self.style == "thunderbird":
            return f"------------{n * 2654435761 % 2**96:024X}"
        return f"0000000000{n * 2654435761 % 2**72:018x}"


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
         flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def multipart(kind: str, parts: list[Any], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231", cid: str | None = None) -> MIMEBase:
    main, sub = ctype.split("/")
    part: MIMEBase = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
    disposition = "inline" if cid else "attachment"
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


# ----------------------------------------------------------------- HTML per client
def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False, charset: str = "utf-8") -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset={}">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}'
            "--></style></head>\n<body lang={} link=\"#0563C1\" vlink=\"#954F72\"{}>"
            "<div class=WordSection1>\n{}\n</div></body></html>\n".format(charset, lang, ' dir="RTL"' if rtl else "", inner))


def mso(body: str) -> str:
    out = ["<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
           for para in body.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(body: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                      for ln in body.split("\n"))
            + "</body></html>\n")


def quote(body: str) -> str:
    return "\n".join((">" + (" " + ln if ln else "")) for ln in body.split("\n"))


# ----------------------------------------------------------------- envelope
def enc(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset, header_name=name).encode(linesep="\r\n")


def address(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), mail)


def render(n: int, m: Meta, root: MIMEBase) -> bytes:
    domain = m["from_email"].split("@")[1]
    received = m["received_at"]
    sent = (received - dt.timedelta(seconds=m.get("lag", 20))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + domain)
    ip = f"203.0.113.{20 + n * 9}"
    queue_id = f"4DJ{n:02d}k{'ABCDEFGHJKLMNPQRSTUVWXYZ'[n % 24]}Zq"
    smtp_id = f"x{n:02d}mr4{n % 7}qy"
    h = [f"Return-Path: <{m['from_email']}>", "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [{ip}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id {queue_id}\r\n"
         f"\tfor <{MAILBOX}>; {format_datetime(received)}",
         f"Received: by {relay} with SMTP id {smtp_id};\r\n\t{format_datetime(sent)}",
         f"Authentication-Results: mx2.iom.int;\r\n\tdkim=pass header.d={domain};\r\n"
         f"\tspf=pass smtp.mailfrom={m['from_email']}"]
    h.append("From: " + address(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")))
    h.append("To: " + m.get("to", f"GCM Regional Review Arab States <{MAILBOX}>"))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("headers", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False,
                   policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n: int, lang: str) -> list[str]:
    return [f"Thread-Index: AdcB{n * 53:04d}R2k9QmT7xS0uW4yZ6aC8e==",
            "X-MS-Has-Attach: ", "X-Mailer: Microsoft Outlook 16.0", "Content-Language: " + lang]


IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n"
               " Thunderbird/78.7.1"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def L(category: str, language: str, notes: str, speakers: list[dict[str, Any]] | None = None,
      reports: list[str] | None = None, thread_of: str | None = None, acknowledge: bool = True) -> Label:
    return {"category": category, "language": language, "acknowledge": acknowledge,
            "speakers": speakers or [], "report_attachments": reports or [], "thread_of": thread_of,
            "notes": notes}


# ----------------------------------------------------------------- the organisers' call (as stakeholders got it)
CALL = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021). Please find attached the invitation letter, the concept note and the draft agenda.

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021. The online survey is open until Friday, 5 February 2021.

السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١) وإلى مشاورة أصحاب المصلحة المتعددين (٢٣ فبراير ٢٠٢١). تجدون مرفقاً رسالة الدعوة والمذكرة المفاهيمية ومسودة جدول الأعمال.

وسنكون شاكرين إن تم إرسال طلبات المداخلة/التحدث جنبًا إلى جنب مع الاسم والمسمى الوظيفي والمؤسسة التنظيمية التي ينتمي إليها المتحدث إلى البريد الإلكتروني gcmrrarabstates@iom.int بحلول يوم الجمعة ٢٣ فبراير ٢٠٢١.

وقد تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي للهجرة إلى البريد الإلكتروني gcmrrarabstates@iom.int حتى ١٦ فبراير ٢٠٢١.

GCM Regional Review Arab States"""
CALL_MID = "<VI1PR09MB4126C3D08E2A7F51B0E4A9D2C83A0@VI1PR09MB4126.eurprd09.prod.outlook.com>"

MESSAGES: list[Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]] = []


def message(fn: Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]) -> Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]:
    MESSAGES.append(fn)
    return fn


STYLE: dict[str, str] = {}


def client(style: str) -> Callable[[Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]],
                                   Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]]:
    def deco(fn: Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]) -> Callable[[Boundaries], tuple[Meta, MIMEBase, Label]]:
        STYLE[fn.__name__] = style
        return fn
    return deco


# ================================================================= the messages
MID_09 = "<6B1E0C2A-94D7-4F3B-A1E5-7C28D0F4B9E3@imem-aix.example.fr>"
ACK_09 = "<gcm-ack-20210204T151203-0187@iom.int>"


@message
@client("outlook")
def h4_01(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "الهيئة الوطنية لشؤون العمالة الوافدة"
    body = f"""السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة – المكتب الإقليمي
المحترمين

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ {aff} أن ترشّح سعادة الدكتور عادل ناصر الشمري، مدير إدارة التخطيط والسياسات بالهيئة، لإلقاء مداخلة في الجلسة العامة للمؤتمر المزمع عقده يومي 24 و25 فبراير 2021.

وسيتناول سعادته في مداخلته جهود الهيئة في إصلاح نظام الكفالة وحماية الأجور، وتجربة المنصة الإلكترونية لتسوية النزاعات العمالية.

نرجو التكرم بتأكيد استلام هذا الترشيح وإفادتنا بالترتيبات اللازمة.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

مريم خليفة البوعينين
رئيس قسم العلاقات الدولية
{aff}
هاتف: 17 873 214 973+ | فاكس: 17 873 200 973+

________________________________
إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه. إذا تلقيت هذه الرسالة عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    root = multipart("alternative", [text(body, charset="windows-1256"),
                                     text(outlook_html(mso(body), "AR-BH", rtl=True, charset="windows-1256"), "html", "windows-1256")],
                     b())
    meta = dict(from_name="Maryam Albuainain", from_email="m.albuainain@nalea.example.bh",
                subject="ترشيح متحدث - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة",
                hdr_charset="windows-1256", received_at=at(2, 2, 16, 14, 37), sender_tz=tz(3), lag=71,
                mid="<000f01d6f55c$3a8b1e20$afa15a60$@nalea.example.bh>", headers=outlook(1, "ar-bh"))
    return meta, root, L(
        "speaker_request", "ar",
        "formal letter from a government body; the nominee (honorific سعادة الدكتور) is named in prose with his "
        "title and 'بالهيئة' standing for the affiliation given earlier in the sentence; 'الجلسة العامة' = plenary; "
        "the signer is not the speaker; Latin display name; windows-1256; bilingual disclaimer",
        [SP("عادل ناصر الشمري", "مدير إدارة التخطيط والسياسات", aff, ["plenary"])])


@message
@client("outlook")
def h4_02(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Dear GCM Regional Review Team,

I hope this email finds you well.

Further to the invitation shared by our partners, please find below my request for a speaking slot at the Regional Review Conference:

Name: Ms. Priya Fernando
Title: Programme Officer, Labour Migration
Organization: Colombo-Beirut Migrant Workers Support Centre (CBMWSC)
Session: Roundtable 3 - Social inclusion and cohesion, access to basic services, remittances and diaspora contributions

I would focus on access to health care and legal aid for Sri Lankan domestic workers who lost their jobs during the 2020 lockdowns.

Looking forward to hearing from you.

Best regards,
Priya

Priya Fernando | Programme Officer, Labour Migration
Colombo-Beirut Migrant Workers Support Centre (CBMWSC)
Badaro Street, Beirut, Lebanon
Mob: +961 71 402 386 | Skype: priya.cbmwsc

CONFIDENTIALITY NOTICE: This message and its attachments are intended only for the named recipient(s). If you have received it in error, please notify the sender and delete it. Please consider the environment before printing this e-mail.
"""
    root = multipart("alternative", [text(body), text(outlook_html(mso(body), "EN-GB"), "html")], b())
    meta = dict(from_name="Priya Fernando", from_email="priya.fernando@cbmwsc.example.org",
                subject="Speaking slot request - Roundtable 3 - CBMWSC", received_at=at(2, 2, 18, 2, 11), lag=48,
                mid="<00a301d6f63f$5c1d2a80$14577f80$@cbmwsc.example.org>", headers=outlook(2, "en-gb"))
    return meta, root, L(
        "speaker_request", "en",
        "labelled Name/Title/Organization lines; 'Ms.' inside the Name line; title contains a comma; the session "
        "line repeats the roundtable 3 theme; signature with '|' separators and a long confidentiality notice",
        [SP("Priya Fernando", "Programme Officer, Labour Migration",
            "Colombo-Beirut Migrant Workers Support Centre (CBMWSC)", ["roundtable"], 3)])


@message
@client("gmail")
def h4_03(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Bonjour à toute l'équipe,

Je me permets de vous écrire pour manifester mon intérêt à prendre la parole lors de la deuxième table ronde thématique (droits humains des migrants, gouvernance des frontières, traite et détention).

Je suis coordinatrice du pôle accès aux droits au sein du Collectif Sahel-Maghreb pour la Mobilité (CSMM), basé à Tunis, où nous accompagnons depuis 2017 des personnes migrantes subsahariennes bloquées entre la Libye et la Tunisie. Je pourrais notamment parler des expulsions aux frontières et de l'accès à l'assistance juridique.

Je reste disponible pour tout complément d'information.

Bien cordialement,

Awa Diallo-Benhima
CSMM - Tunis
+216 22 418 903
"""
    root = multipart("alternative", [text(body), text(gmail_html(body), "html")], b())
    meta = dict(from_name="Awa Diallo", from_email="awa.diallo.benhima@gmail.example.com",
                subject="Demande d'intervention - table ronde 2", received_at=at(2, 2, 20, 47, 52),
                sender_tz=tz(1), lag=6, relay="mail-wm1-f52.google.com",
                mid="<CAF3nW8qLr0vT2eX6yB9dK1sM4hP7cU5aZ0oG2jQ@mail.gmail.com>")
    return meta, root, L(
        "speaker_request", "fr",
        "first-person prose self-nomination; roundtable as an ordinal word ('deuxième table ronde'); title and "
        "affiliation only in a prose sentence; full hyphenated name only in the signature (display name shorter)",
        [SP("Awa Diallo-Benhima", "coordinatrice du pôle accès aux droits",
            "Collectif Sahel-Maghreb pour la Mobilité (CSMM)", ["roundtable"], 2)])


@message
@client("gmail")
def h4_04(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """مرحباً،

أرغب بالمشاركة بمداخلة في المائدة المستديرة رقم 2 (حماية حقوق الإنسان للمهاجرين).

الاسم: يوسف إبراهيم الطاهر
الجهة: جمعية المهاجرين السودانيين في لبنان

سبق أن شاركت في المشاورات الوطنية مع منظمات المجتمع المدني في بيروت عام 2019.

شكراً لكم
يوسف

‫في الثلاثاء، ٢ فبراير ٢٠٢١ في ٣:٠٠ م تمت كتابة ما يلي بواسطة ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬

""" + quote(CALL) + "\n"
    root = multipart("alternative", [text(body, cte="b64"), text(gmail_html(body, rtl=True), "html", cte="b64")], b())
    meta = dict(from_name="Yousif Altahir", from_email="yousif.altahir@gmail.example.com",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=at(2, 2, 22, 5, 40), lag=9, relay="mail-ej1-f47.google.com",
                mid="<CAN7kQ2xPz4eR8tV0wY3bD6fH9jL1nS5uM8cA2gE@mail.gmail.com>",
                in_reply_to=CALL_MID, references=CALL_MID)
    return meta, root, L(
        "speaker_request", "ar",
        "Gmail reply quoting the whole trilingual call ('>'-prefixed, with its roles, the report deadline and the "
        "misprinted Arabic date); labelled الاسم/الجهة lines but no title (null); 'رقم 2' = roundtable 2",
        [SP("يوسف إبراهيم الطاهر", None, "جمعية المهاجرين السودانيين في لبنان", ["roundtable"], 2)])


@message
@client("outlook")
def h4_05(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "Arab Federation of Transport and Services Workers' Unions (AFTSWU)"
    rows = [("Mr. Nabil Haddad-Saad", "Deputy General Secretary", "Plenary session (floor intervention)"),
            ("Ms. Rania Al-Khouri", "Head of the Migrant Workers' Desk",
             "Roundtable 1 (regular pathways &amp; decent work)")]
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;'
             'border:none">\n<tr>' + "".join('<td width=200 style="background:#D9E2F3;padding:0cm 5.4pt">'
                                             f"<p class=MsoNormal><b>{c}<o:p></o:p></b></p></td>"
                                             for c in ("Nominee", "Position", "Requested session")) + "</tr>\n"
             + "\n".join("<tr>" + "".join(f'<td width=200 style="padding:0cm 5.4pt"><p class=MsoNormal>{c}'
                                         "<o:p></o:p></p></td>" for c in r) + "</tr>" for r in rows)
             + "\n</table>")
    inner = f"""<p class=MsoNormal>Dear Colleagues,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Greetings of solidarity from the {escape(aff, quote=False)}.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>In response to your call for speakers, our Executive Bureau has designated the following comrades to represent the Federation at the Regional Review Conference on 24-25 February:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{table}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Both nominees can speak in Arabic and English. Kindly send any correspondence on logistics to this address with copy to the nominees.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>In solidarity,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style="color:#C00000">Tarek Mouawad</span></b><br>
Communications Officer<br>
AFTSWU General Secretariat<br>
Corniche El Mazraa, Beirut | Tel: +961 1 309 552 ext. 14<o:p></o:p></p>"""
    root = text(outlook_html(inner, "EN-US"), "html")
    meta = dict(from_name="AFTSWU Secretariat", from_email="secretariat@aftswu.example.org",
                cc="n.haddadsaad@aftswu.example.org, r.alkhouri@aftswu.example.org",
                subject="AFTSWU nominations - GCM Regional Review Conference", received_at=at(2, 3, 9, 26, 3),
                lag=35, mid="<002b01d6f949$8e14c9d0$aa3e5d70$@aftswu.example.org>", headers=outlook(5, "en-us"))
    return meta, root, L(
        "speaker_request", "en",
        "HTML-only Outlook message; two speakers in an HTML table with 'Mr.'/'Ms.' inside the name cells; the "
        "affiliation appears once, in the greeting line; the signer (Communications Officer) is not a speaker",
        [SP("Nabil Haddad-Saad", "Deputy General Secretary", aff, ["plenary"]),
         SP("Rania Al-Khouri", "Head of the Migrant Workers' Desk", aff, ["roundtable"], 1)])


@message
@client("thunderbird")
def h4_06(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "Fédération des Associations Comoriennes de Marseille (FACM)"
    body = f"""Madame, Monsieur,

La {aff} souhaite
participer activement à l'examen régional du Pacte mondial pour les
migrations et vous propose deux intervenants :

- M. Saïd Abdallah Mohamed, Président de la FACM, pour une intervention
  en séance plénière ;
- Mme Faïza Ahamada, pour la table ronde n° 3 (inclusion sociale,
  diaspora et transferts de fonds).

Mme Ahamada anime depuis trois ans nos ateliers d'accompagnement des
jeunes de la diaspora comorienne et pourra témoigner de leur engagement
envers l'archipel.

Dans l'attente de votre retour, veuillez agréer, Madame, Monsieur,
l'expression de nos salutations distinguées.

{SIGDASH}
Ibrahim Soilihi
Secrétaire général adjoint - FACM
47, boulevard de la Libération - 13001 Marseille
Tél. : 04 91 62 18 33 / 06 58 20 41 77
"""
    root = text(body, charset="iso-8859-1", cte="qp")
    meta = dict(from_name="Ibrahim Soilihi", from_email="facm.secretariat@orange.example.fr",
                hdr_charset="iso-8859-1", subject="Proposition d'intervenants - FACM",
                received_at=at(2, 3, 11, 40, 15), sender_tz=tz(1), lag=12, relay="smtp.orange.example.fr",
                mid="<8d2b41f0-7e3a-4c19-b5d6-1fa02c9e47b8@orange.example.fr>",
                headers=THUNDERBIRD + ["Content-Language: fr"])
    return meta, root, L(
        "speaker_request", "fr",
        "Thunderbird plain text, ISO-8859-1, hard-wrapped (the affiliation and the list items run over line "
        "breaks); two speakers with M./Mme; the second has no title (null); diaspora association of an Arab League "
        "member state; signer is not a speaker",
        [SP("Saïd Abdallah Mohamed", "Président", aff, ["plenary"]),
         SP("Faïza Ahamada", None, aff, ["roundtable"], 3)])


@message
@client("gmail")
def h4_07(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "رابطة العاملات المنزليات المهاجرات في الأردن"
    body = f"""السلام عليكم،

نحن في {aff}، وهي رابطة تديرها العاملات المهاجرات أنفسهن، نودّ المشاركة في الاستعراض الإقليمي من خلال متحدثتين من عضواتنا:

أولاً:
الاسم: تيغيست ألمايهو
المسمى الوظيفي: المنسّقة العامة للرابطة
الدور المطلوب: مقرّرة لعرض الرسائل الرئيسية لأصحاب المصلحة

ثانياً:
الاسم: ماريسول دي لا كروز
المسمى الوظيفي: مسؤولة التواصل المجتمعي
الدور المطلوب: مداخلة في المائدة المستديرة الرابعة (البيانات وعدم التمييز)

الجهة لكلتيهما: {aff}

نرجو إعلامنا إن كانت هناك حاجة إلى ترجمة من الإنجليزية أو الأمهرية.

مع الشكر والتقدير
سلمى عودة
متطوعة - الرابطة
0791 552 410
"""
    root = multipart("alternative", [text(body, cte="b64"), text(gmail_html(body, rtl=True), "html", cte="b64")], b())
    meta = dict(from_name="رابطة العاملات المهاجرات", from_email="mdw.league.jo@gmail.example.com",
                subject="مشاركة رابطة العاملات المنزليات المهاجرات في الاستعراض الإقليمي",
                received_at=at(2, 3, 13, 58, 20), lag=14, relay="mail-lj1-f181.google.com",
                mid="<CAHx4bM9eR2tY6uI0oP3aS7dF1gJ5kL8zX2cV4nQ@mail.gmail.com>")
    return meta, root, L(
        "speaker_request", "ar",
        "migrant-led organisation; two speakers in labelled blocks; the affiliation is on one shared line "
        "('الجهة لكلتيهما') and in the intro; transliterated foreign names; the title of the first includes "
        "'للرابطة'; rapporteur + roundtable 4 ('الرابعة'); sender (volunteer) is not a speaker",
        [SP("تيغيست ألمايهو", "المنسّقة العامة للرابطة", aff, ["rapporteur"]),
         SP("ماريسول دي لا كروز", "مسؤولة التواصل المجتمعي", aff, ["roundtable"], 4)])


@message
@client("outlook")
def h4_08(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "Kenyan Community Workers' Association in Lebanon (KCWAL)"
    body = f"""Dear colleagues in the GCM review team,

I am writing to recommend Ms. Grace Wanjiru Mwangi, co-founder and chairperson of the {aff}, as a speaker for the stakeholder segment.

Grace has led the association since 2016 and coordinated the emergency food and repatriation support for more than 900 Kenyan workers after the Beirut port explosion. Her voice as a migrant worker leader would add a lot to the discussion. She would like to take part in the open discussion of the Multi-Stakeholder Consultation on 23 February and, if a slot is still available, she would also be glad to serve as rapporteur.

Grace is copied here and can confirm directly. Her mobile is +961 76 218 450 (WhatsApp).

Many thanks and best wishes,

Elena Marchetti
Programme Specialist, Labour Migration
Regional Office for the Arab States, Beirut
T: +961 1 752 400 ext. 233

This message is intended only for the addressee and may contain privileged information. Views expressed are those of the sender and do not necessarily reflect those of the Organization.
"""
    root = multipart("alternative", [text(body), text(outlook_html(mso(body), "EN-US"), "html")], b())
    meta = dict(from_name="Elena Marchetti", from_email="marchetti@ro-arabstates.example.int",
                cc="Grace Mwangi <gracewanjiru.kcwal@gmail.example.com>",
                subject="Recommendation: migrant worker leader as speaker (Multi-Stakeholder Consultation)",
                received_at=at(2, 3, 16, 33, 48), lag=27,
                mid="<DB7PR10MB2250A1E7C4F3B08D92C5E6F1A7D10@DB7PR10MB2250.eurprd10.prod.example.int>",
                headers=outlook(8, "en-us"))
    return meta, root, L(
        "speaker_request", "en",
        "UN staff member nominates an outside person (copied); title precedes the affiliation in one phrase "
        "('co-founder and chairperson of the ...'); two roles in prose, the second conditional; the sender's own "
        "title and office are in the signature",
        [SP("Grace Wanjiru Mwangi", "co-founder and chairperson", aff, ["open_discussion", "rapporteur"])])


@message
@client("apple")
def h4_09(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Bonjour,

Je souhaiterais participer à la discussion ouverte de la consultation multipartite du 23 février, en particulier sur la question des données et de la recherche sur les migrations de retour au Maghreb.

Merci de me tenir informé des modalités pratiques.

Bien cordialement,

--
Karim Mansouri
Maître de conférences en géographie
Institut Méditerranéen d'Études des Mobilités (IMEM)
Aix-en-Provence
Tél. +33 6 71 24 58 09
"""
    root = multipart("alternative", [text(body), text(apple_html(body), "html")], b())
    meta = dict(from_name="Karim Mansouri", from_email="karim.mansouri@imem-aix.example.fr",
                subject="Consultation multipartite du 23 février", received_at=at(2, 4, 15, 11, 30),
                sender_tz=tz(1), lag=18, mid=MID_09, headers=APPLE)
    return meta, root, L(
        "speaker_request", "fr",
        "the speaker's name, title and affiliation appear only in the signature; 'discussion ouverte de la "
        "consultation multipartite' = open_discussion; the city line under the affiliation is not part of it",
        [SP("Karim Mansouri", "Maître de conférences en géographie",
            "Institut Méditerranéen d'Études des Mobilités (IMEM)", ["open_discussion"])])


@message
@client("gmail")
def h4_10(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "Yemeni Diaspora Network in Europe (YDNE)"
    body = f"""Dear GCM Regional Review team,

On behalf of the {aff}, I am pleased to submit our voluntary GCM review report (attached). The report was prepared with input from our member associations in Germany, the Netherlands, France and the UK, and looks at Objectives 19 and 20 (diaspora contributions and remittances) from the perspective of Yemenis abroad.

We would also like to nominate our Chair of the Board, Dr. Samira Al-Haddad, to serve as rapporteur and deliver the key messages from the stakeholders. Dr. Al-Haddad is a public health researcher and has chaired YDNE since 2018.

Please do not hesitate to contact me if anything is missing.

Kind regards,
Adel Bamatraf
Secretary, YDNE
Rotterdam, NL | +31 6 2841 7730
"""
    report = tiny_pdf(["Yemeni Diaspora Network in Europe (YDNE)", "Voluntary GCM Review Report - February 2021",
                       "Objectives 19 and 20: diaspora contributions and remittances",
                       "1. Remittance corridors to Yemen since 2015", "2. Recommendations"],
                      "YDNE Voluntary GCM Review 2021")
    root = multipart("mixed", [multipart("alternative", [text(body), text(gmail_html(body), "html")], b()),
                               attach(report, "application/pdf", "YDNE_GCM_Voluntary_Review_Feb2021.pdf")], b())
    meta = dict(from_name="Adel Bamatraf", from_email="secretary.ydne@gmail.example.com",
                subject="YDNE voluntary report + rapporteur nomination", received_at=at(2, 4, 21, 17, 5),
                sender_tz=tz(1), lag=10, relay="mail-wr1-f44.google.com",
                mid="<CAKd2sQ7vT0wX3yZ5aB8cE1fG4hI7jK0lM3nO6pR@mail.gmail.com>")
    return meta, root, L(
        "both", "en",
        "report PDF attached plus a rapporteur nomination in prose; title before the name ('our Chair of the "
        "Board, Dr. ...'); the sender (Secretary) is not the speaker; both parts on time",
        [SP("Samira Al-Haddad", "Chair of the Board", aff, ["rapporteur"])],
        ["YDNE_GCM_Voluntary_Review_Feb2021.pdf"])


@message
@client("gmail")
def h4_11(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """حضرات المنظمين الكرام،

تحية طيبة،

أودّ أن أرشّح لكم زميلتي الأستاذة نوال بن عمر للمداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين، نظراً لخبرتها الطويلة في توثيق أوضاع المهاجرين في مراكز الاحتجاز على الساحل الليبي.

المرشّحة: نوال بن عمر
صفتها: باحثة مستقلة
(لا تنتمي حالياً إلى أي مؤسسة، وقد عملت سابقاً مع عدة منظمات دولية)

بريدها الإلكتروني: nawal.benomar@proton.example.ch

مع فائق الاحترام،

د. منير الحسيني
أستاذ القانون الدولي العام
كلية الحقوق – جامعة قرطاج الخاصة
"""
    root = multipart("alternative", [text(body, cte="b64"), text(gmail_html(body, rtl=True), "html", cte="b64")], b())
    meta = dict(from_name="Mounir Husseini", from_email="mounir.husseini@gmail.example.com",
                subject="ترشيح للمائدة المستديرة الثانية", received_at=at(2, 5, 10, 42, 9), sender_tz=tz(1),
                lag=7, relay="mail-ed1-f50.google.com",
                mid="<CAM5pR1tY8uW2eQ4zX7cV0bN3mA6sD9fG2hJ5kLo@mail.gmail.com>")
    return meta, root, L(
        "speaker_request", "ar",
        "an academic nominates a colleague; the nominee explicitly has no affiliation (null) while the signer's "
        "university is in the signature; honorific الأستاذة in prose only; roundtable as an ordinal ('الثانية')",
        [SP("نوال بن عمر", "باحثة مستقلة", None, ["roundtable"], 2)])


@message
@client("thunderbird")
def h4_12(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Dear Sir/Madam,

Our association, the Somali Diaspora Council of the Gulf (SDCG), would
like to request a floor intervention in the plenary session of the
Regional Review Conference for Mr. Abdirahman Yusuf Warsame, who will
speak on behalf of the Council.

Mr. Warsame has worked with Somali migrant families in Kuwait, Qatar
and the UAE for over ten years, mainly on documentation and access to
schooling for children.

Apologies for sending this on the last day, we only received the
invitation through a partner this week.

Regards,

Hodan Ali Farah
SDCG secretariat
+974 5571 3380
"""
    root = text(body, charset="us-ascii", cte=None, flowed=True)
    meta = dict(from_name="Hodan Ali Farah", from_email="sdcg.secretariat@sdcg-gulf.example.org",
                subject="Request for floor intervention - SDCG", received_at=at(2, 5, 21, 40, 26),
                sender_tz=tz(3), lag=33, mid="<c41e7b92-06fa-4d38-9e21-b7a35f0d8c16@sdcg-gulf.example.org>",
                headers=THUNDERBIRD + ["Content-Language: en-US"])
    return meta, root, L(
        "speaker_request", "en",
        "hard-wrapped plain text, format=flowed; the speaker has no title (null); the affiliation is 'Our "
        "association, the ...' and wraps over a line break; sender apologises for being late but it is on time "
        "(5 Feb 21:40 Beirut)",
        [SP("Abdirahman Yusuf Warsame", None, "Somali Diaspora Council of the Gulf (SDCG)", ["plenary"])])


@message
@client("outlook")
def h4_13(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    aff = "Observatoire Tunisien des Migrations et du Développement (OTMD)"
    inner = f"""<p class=MsoNormal>Madame, Monsieur,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>L&#8217;{escape(aff, quote=False)} a l&#8217;honneur de proposer <b>Mme Hela Ben Romdhane</b>, chercheuse principale à l&#8217;Observatoire, pour assurer le rôle de rapporteuse chargée de présenter les messages clés des parties prenantes à l&#8217;issue de la consultation multipartite.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mme Ben Romdhane a coordonné en 2020 l&#8217;enquête nationale sur la migration de retour et a déjà exercé cette fonction lors du forum social maghrébin.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Veuillez agréer, Madame, Monsieur, nos salutations distinguées.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Mehdi Jaziri</b><br>Directeur exécutif<br>OTMD &#8211; Les Berges du Lac, Tunis<br>Tél.&nbsp;: +216 71 960 244<o:p></o:p></p>
<p class=MsoNormal><span style="font-size:8.0pt;color:#7F7F7F">Avis de confidentialité : ce courriel et ses pièces jointes sont strictement confidentiels. Toute diffusion non autorisée est interdite.<o:p></o:p></span></p>"""
    root = text(outlook_html(inner, "FR"), "html")
    meta = dict(from_name="Mehdi Jaziri", from_email="direction@otmd.example.tn",
                subject="Proposition de rapporteuse - consultation multipartite du 23 février",
                received_at=at(2, 5, 23, 41, 2), sender_tz=tz(1), lag=54,
                mid="<001d01d6fbf4$a2c4e910$e84ebb30$@otmd.example.tn>", headers=outlook(13, "fr-fr"))
    return meta, root, L(
        "speaker_request", "fr",
        "HTML-only Outlook with entities (&#8217;); director proposes a colleague as 'rapporteuse' (feminine form); "
        "the affiliation is elided with L&#8217; in front; received 23:41 Beirut on 5 Feb (Date header 22:40 "
        "+0100): on time",
        [SP("Hela Ben Romdhane", "chercheuse principale", aff, ["rapporteur"])])


@message
@client("apple")
def h4_14(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """السلام عليكم
ارجو قبول مشاركتي في النقاش المفتوح للمشاورة يوم ٢٣ فبراير
وشكرا

عمر عبد الله الزين
منسق برامج الشباب
منظمة شباب بلا حدود للتنمية
الخرطوم
0912 345 678

أُرسلت من الـ iPhone الخاص بي"""
    root = text(body, cte="qp")
    meta = dict(from_name="Omer Elzein", from_email="omer.elzein@yahoo.example.com",
                subject="مشاركة في النقاش المفتوح", received_at=at(2, 6, 9, 12, 44), lag=40,
                relay="sonic309-21.consmr.mail.ir2.yahoo.example.com",
                mid="<E2A7C5D1-3B9F-4E60-8A12-5D4C9B7F0E38@yahoo.example.com>", headers=IPHONE)
    return meta, root, L(
        "speaker_request", "ar",
        "terse iPhone message, late (6 Feb 09:12, after the speaker deadline); name, title and affiliation only "
        "in the signature lines; Arabic-Indic digits in the date; 'النقاش المفتوح للمشاورة' = open_discussion",
        [SP("عمر عبد الله الزين", "منسق برامج الشباب", "منظمة شباب بلا حدود للتنمية", ["open_discussion"])])


@message
@client("apple")
def h4_15(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Merci beaucoup pour la confirmation, c'est noté.

Bonne journée,
Karim Mansouri

Le 4 févr. 2021 à 14:12, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + quote("""Bonjour Karim Mansouri,

Nous accusons réception de votre demande de prise de parole pour l'examen
régional du Pacte mondial sur les migrations dans la région arabe. L'équipe
reviendra vers vous au sujet des modalités.

Cordialement,
L'équipe de l'examen régional du PMM (États arabes)""") + "\n"
    root = multipart("alternative", [text(body), text(apple_html(body), "html")], b())
    meta = dict(from_name="Karim Mansouri", from_email="karim.mansouri@imem-aix.example.fr",
                subject="Re: Accusé de réception - Consultation multipartite du 23 février",
                received_at=at(2, 8, 8, 50, 14), sender_tz=tz(1), lag=21,
                mid="<1F5D8A3C-0E27-4B96-9C41-A8E3D6B2F701@imem-aix.example.fr>",
                in_reply_to=ACK_09, references=MID_09 + "\r\n " + ACK_09, headers=APPLE)
    return meta, root, L(
        "other", "fr",
        "thank-you reply to our acknowledgement of h4-09, adds nothing new: no acknowledgement; the quoted "
        "acknowledgement mentions a speaking request",
        thread_of="h4-09.eml", acknowledge=False)


@message
@client("apple")
def h4_16(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Hi,

Sorry I missed the Friday deadline - is there still room for me to speak at roundtable 4 (data and evidence)? I'm a lecturer in demography at the Gulf Institute for Population Studies and have been working on labour migration statistics in the GCC.

Dr. Faisal Al-Mutawa

Sent from my iPhone"""
    root = text(body, cte="qp")
    meta = dict(from_name="Faisal Al-Mutawa", from_email="f.almutawa@gips.example.edu.kw",
                subject="Speaking at RT4?", received_at=at(2, 8, 14, 22, 37), sender_tz=tz(3), lag=16,
                mid="<5C0E9A27-D413-48B6-B2F8-61A7E3C94D0B@gips.example.edu.kw>", headers=IPHONE)
    return meta, root, L(
        "speaker_request", "en",
        "late (8 Feb) and says so; iPhone one-liner; title and affiliation in a contracted first-person sentence "
        "('I'm a lecturer in demography at the ...'); 'Dr.' before the signed name",
        [SP("Faisal Al-Mutawa", "lecturer in demography", "Gulf Institute for Population Studies",
            ["roundtable"], 4)])


@message
@client("outlook")
def h4_17(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Dear Sir/Madam,

Our Department registered two participants for the Multi-Stakeholder Consultation and the Regional Review Conference, but the invitation we received by post did not include the draft agenda or the concept note.

Could you kindly share the latest version of the agenda (with the times of the plenary sessions and the roundtables, and the time zone used) so that we can plan our delegation's participation?

With thanks and regards,

Rami Khalil Nassar
Head of International Cooperation Section
Department of Migration Affairs
Ministry of Labour and Social Affairs
Tel: +962 6 580 2219
"""
    root = multipart("alternative", [text(body), text(outlook_html(mso(body), "EN-US"), "html")], b())
    meta = dict(from_name="Rami Nassar", from_email="r.nassar@mlsa-dma.example.gov.jo",
                subject="Request for the draft agenda", received_at=at(2, 9, 10, 3, 55), lag=39,
                mid="<003c01d6fec2$71b8a0d0$5529e270$@mlsa-dma.example.gov.jo>", headers=outlook(17, "en-us"))
    return meta, root, L(
        "other", "en",
        "request for the agenda from a ministry; names plenary sessions and roundtables and gives a name and "
        "title in the signature, but nobody asks to speak")


@message
@client("gmail")
def h4_18(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """السلام عليكم ورحمة الله،

أنا مدير برامج في جمعية تعمل مع اللاجئين السوريين في تركيا، وقد تلقينا دعوتكم للمؤتمر الإقليمي.

أحمل جواز سفر سورياً وأقيم في إسطنبول. هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال كان حضورياً، هل يمكنكم تزويدنا برسالة دعوة رسمية لتقديمها إلى السفارة للحصول على التأشيرة، وما هي المدة اللازمة لذلك؟

مع جزيل الشكر،
باسل قدور
"""
    root = multipart("alternative", [text(body, cte="b64"), text(gmail_html(body, rtl=True), "html", cte="b64")], b())
    meta = dict(from_name="Basel Kaddour", from_email="basel.kaddour@gmail.example.com",
                subject="استفسار عن التأشيرة ورسالة الدعوة", received_at=at(2, 9, 16, 48, 12), sender_tz=tz(3),
                lag=8, relay="mail-pf1-f169.google.com",
                mid="<CAGt7yH3kR9pW1eX5vB2nM8sQ4dZ6cA0fJ3uL7oT@mail.gmail.com>")
    return meta, root, L("other", "ar", "visa / invitation-letter question; the sender describes his job but asks "
                                        "for no speaking role")


@message
@client("gmail")
def h4_19(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    name = "التقرير الطوعي الجماعي - الشبكة العربية لحقوق المهاجرين.pdf"
    body = """الزملاء الأعزاء في فريق الاستعراض الإقليمي،

تحية طيبة،

باسم الشبكة العربية لحقوق المهاجرين، يسعدنا أن نرفق لكم التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أعدّته إحدى عشرة منظمة عضواً في الشبكة من الأردن ولبنان ومصر وتونس والمغرب والعراق.

يتناول التقرير الأهداف 2 و6 و13 و15 من الاتفاق، مع فصل خاص عن أثر جائحة كوفيد-19 على العمال المهاجرين، ويتضمن ملحقاً بأسماء المنظمات المشاركة.

نرجو تأكيد الاستلام.

مع خالص التقدير،
لينا حداد
منسقة الشبكة
الشبكة العربية لحقوق المهاجرين
بيروت | عمّان | تونس
"""
    report = tiny_pdf(["Arab Network for Migrants' Rights - collective voluntary GCM review report",
                       "Prepared by 11 member organisations (Jordan, Lebanon, Egypt, Tunisia, Morocco, Iraq)",
                       "Objectives 2, 6, 13 and 15", "Chapter 5: COVID-19 and migrant workers",
                       "Annex: participating organisations"], "ANMR collective voluntary report 2021")
    root = multipart("mixed", [multipart("alternative", [text(body, cte="b64"),
                                                         text(gmail_html(body, rtl=True), "html", cte="b64")], b()),
                               attach(report, "application/pdf", name)], b())
    meta = dict(from_name="Lina Haddad", from_email="coordination.anmr@gmail.example.com",
                subject="التقرير الطوعي الجماعي للشبكة العربية لحقوق المهاجرين", received_at=at(2, 11, 12, 30, 4),
                lag=11, relay="mail-wm1-f67.google.com",
                mid="<CAJq3vN6xT1rY4wZ8bC2eF5hI9kM0pS3uV7aD1gL@mail.gmail.com>")
    return meta, root, L(
        "voluntary_report", "ar",
        "collective report of a network (11 members) as one PDF with a long Arabic RFC 2231 file name; the annex "
        "is inside the same PDF; the coordinator's signature is not a speaker", reports=[name])


@message
@client("gmail")
def h4_20(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    body = """Bonjour,

Notre association est inscrite pour la consultation multipartite du 23 février et la conférence des 24 et 25 février. Quelques questions pratiques :

1) Les horaires indiqués dans le programme sont-ils à l'heure de Beyrouth ? Nous serons connectés depuis Nouakchott (GMT).
2) Y aura-t-il une interprétation vers le français pendant les tables rondes, ou seulement en plénière ?
3) Recevrons-nous un lien Zoom différent pour chaque journée ?

Merci d'avance pour vos réponses.

Cordialement,
Aminetou Mint Sidi
Association Mauritanienne pour l'Accueil des Migrants (AMAM)
"""
    root = multipart("alternative", [text(body), text(gmail_html(body), "html")], b())
    meta = dict(from_name="Aminetou Mint Sidi", from_email="amam.mauritanie@gmail.example.com",
                subject="Questions pratiques - horaires et interprétation", received_at=at(2, 12, 11, 15, 48),
                sender_tz=tz(0), lag=13, relay="mail-wr1-f41.google.com",
                mid="<CAL8uP0wE3rT6yU9iO2aS5dF8gH1jK4lZ7xC0vBn@mail.gmail.com>")
    return meta, root, L(
        "other", "fr",
        "logistics questions (time zone, interpretation, Zoom links); mentions roundtables and plenary but "
        "requests no speaking role; a name and an affiliation are in the signature")


@message
@client("thunderbird")
def h4_21(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    name = "LILMR voluntary GCM review 2021 - final.pdf"
    body = """Dear GCM review team,

Please find attached the voluntary GCM review report of the Levant Institute
for Labour and Migration Research (LILMR), covering Objectives 6 (fair
recruitment and decent work) and 22 (portability of social security
entitlements) in Lebanon, Jordan and Syria.

Kindly confirm that the file opens correctly; our webmail sometimes changes
the file type of PDF attachments.

Best regards,

Dr. Ziad Rahhal
Senior Research Fellow
Levant Institute for Labour and Migration Research (LILMR)
Hamra, Beirut - Tel. +961 1 354 870

--
This e-mail has been scanned for viruses by the LILMR mail gateway.
"""
    report = tiny_pdf(["Levant Institute for Labour and Migration Research (LILMR)",
                       "Voluntary GCM Review Report 2021", "Objective 6: fair recruitment and decent work",
                       "Objective 22: portability of social security entitlements"], "LILMR GCM review 2021")
    part = attach(report, "application/octet-stream", name)
    root = multipart("mixed", [text(body, charset="us-ascii", cte=None), part], b())
    meta = dict(from_name="Ziad Rahhal", from_email="z.rahhal@lilmr.example.org",
                subject="Voluntary GCM review report - LILMR", received_at=at(2, 14, 19, 5, 31), lag=25,
                relay="webmail.lilmr.example.org", mid="<a7c9e1d3f5b7.1613322306@webmail.lilmr.example.org>",
                headers=["User-Agent: Roundcube Webmail/1.4.10"])
    return meta, root, L(
        "voluntary_report", "en",
        "report PDF sent as application/octet-stream (type only from the .pdf name); hard-wrapped body; the "
        "signature (Dr., title, institute) is not a speaker request; virus-scan footer", reports=[name])


@message
@client("outlook")
def h4_22(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    name = "Rapport volontaire – Examen du Pacte mondial – Horizons Solidaires.docx"
    body = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'association Horizons Solidaires Maroc sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, dans le cadre de l'examen régional pour la région arabe.

Le rapport porte principalement sur l'accès des migrants subsahariens aux services de base à Casablanca et à Tanger (objectifs 15 et 16).

Nous vous remercions de bien vouloir en accuser réception.

Bien cordialement,

Soukaïna Berrada
Chargée de programmes
Horizons Solidaires Maroc
Tél. : +212 6 61 47 20 38
"""
    cid = "image001.png@01D70383.5E0B4A10"
    html = outlook_html(mso(body) + f'\n<p class=MsoNormal><img width=96 height=48 src="cid:{cid}" alt="Logo HSM">'
                        "</p>", "FR")
    docx = tiny_docx(["Horizons Solidaires Maroc", "Rapport volontaire - Examen régional du Pacte mondial (2021)",
                      "1. Accès aux services de base (objectif 15)", "2. Inclusion et cohésion (objectif 16)"])
    related = multipart("related", [multipart("alternative", [text(body), text(html, "html")], b()),
                                    attach(tiny_png((230, 120, 20)), "image/png", "image001.png", cid=cid)],
                        b(), type="multipart/alternative")
    root = multipart("mixed", [related, attach(docx, DOCX_TYPE, name, style="2047")], b())
    meta = dict(from_name="Soukaïna Berrada", from_email="s.berrada@horizons-solidaires.example.ma",
                subject="Rapport volontaire - Horizons Solidaires Maroc", received_at=at(2, 15, 12, 44, 19),
                sender_tz=tz(1), lag=62, mid="<004e01d70382$5e0b4a10$1a21de30$@horizons-solidaires.example.ma>",
                headers=outlook(22, "fr-fr"))
    return meta, root, L(
        "voluntary_report", "fr",
        "Outlook mixed > related > alternative; DOCX file name with en dashes and accents sent as RFC 2047 "
        "encoded words inside quoted parameters; the inline logo image001.png is not part of the report",
        reports=[name])


@message
@client("outlook")
def h4_23(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    name = "Cedar_Centre_GCM_VR_2021_final.docx"
    body = """السادة المحترمين،

تحية طيبة وبعد،

مرفق طيّه التقرير الطوعي لمركز الأرز للسياسات الاجتماعية حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان، والذي يركّز على الحماية الاجتماعية للعمال المهاجرين في ظل الأزمة الاقتصادية.

نعتذر عن إرسال التقرير في اليوم الأخير، إذ تأخرنا في استكمال المراجعة الداخلية.

وتفضلوا بقبول فائق الاحترام،

جورج أبي نادر
مدير الأبحاث
مركز الأرز للسياسات الاجتماعية
الأشرفية – بيروت
+961 3 118 274
"""
    docx = tiny_docx(["مركز الأرز للسياسات الاجتماعية", "التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة 2021",
                      "الفصل الأول: الحماية الاجتماعية للعمال المهاجرين"], rtl=True)
    alt = multipart("alternative", [text(body, charset="windows-1256"),
                                    text(outlook_html(mso(body), "AR-LB", rtl=True, charset="windows-1256"), "html", "windows-1256")], b())
    root = multipart("mixed", [alt, attach(docx, DOCX_TYPE, name)], b())
    meta = dict(from_name="جورج أبي نادر", from_email="g.abinader@cedar-csp.example.org.lb",
                hdr_charset="windows-1256", subject="التقرير الطوعي - مركز الأرز للسياسات الاجتماعية",
                received_at=at(2, 16, 18, 5, 43), lag=58,
                mid="<006101d70483$c1f25a30$45d70e90$@cedar-csp.example.org.lb>", headers=outlook(23, "ar-lb"))
    return meta, root, L(
        "voluntary_report", "ar",
        "received on the last day of the report deadline (on time) though the sender apologises for lateness; "
        "windows-1256 body and RFC 2047 headers; Latin DOCX file name", reports=[name])


@message
@client("thunderbird")
def h4_24(b: Boundaries) -> tuple[Meta, MIMEBase, Label]:
    name = "Rapport AEAM - PMM 2021.pdf"
    body = """Bonjour,

Avec nos excuses pour ce retard (coupures internet à Oran ces derniers
jours), vous trouverez ci-joint le rapport volontaire de l'Association
El Amel pour l'Accompagnement des Migrants (AEAM) dans le cadre de
l'examen régional du Pacte mondial sur les migrations.

Nous espérons qu'il pourra encore être pris en compte.

Salutations,

Nadir Belkacem
Président de l'AEAM
Oran, Algérie
"""
    report = tiny_pdf(["Association El Amel pour l'Accompagnement des Migrants (AEAM)",
                       "Rapport volontaire - Pacte mondial sur les migrations - 2021",
                       "1. Contexte", "2. Recommandations"], "Rapport AEAM PMM 2021")
    root = multipart("mixed", [text(body, charset="utf-8", cte="qp", flowed=True),
                               attach(report, "application/pdf", name)], b())
    meta = dict(from_name="AEAM Oran", from_email="aeam.oran@aeam-dz.example.org",
                subject="Rapport volontaire AEAM (avec retard)", received_at=at(2, 17, 10, 30, 6),
                sender_tz=tz(1), lag=29, mid="<3e8f1a5c-92b4-4d07-a6e1-c5b80f274d93@aeam-dz.example.org>",
                headers=THUNDERBIRD + ["Content-Language: fr"])
    return meta, root, L(
        "voluntary_report", "fr",
        "late report (17 Feb, after the 16 Feb deadline) and the sender says so; simple Thunderbird "
        "mixed [text, PDF]; file name with spaces", reports=[name])


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        fname = f"h4-{n:02d}.eml"
        assert fn.__name__ == f"h4_{n:02d}", fn.__name__
        meta, root, label = fn(Boundaries(STYLE[fn.__name__], n))
        with open(os.path.join(folder, fname), "wb") as fh:
            fh.write(render(n, meta, root))
        rat = meta["received_at"]
        cat = label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": fname, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout4"))
