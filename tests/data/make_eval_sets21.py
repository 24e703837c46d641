#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout21 (24 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets21.py
Standard library only (DOCX files are assembled with zipfile).  Written without reading intake/ or
rules/.  Emphasis of this set: how people write organisations and titles (units inside ministries and
universities, branches and country offices, names with for/of/pour/de/لـ, acronyms given once in full
and then alone, translated names, qualifiers such as Acting, Deputy, a.i., par intérim, بالإنابة, نائب).
Each message is a function returning (envelope, MIME tree, label), numbered in order of arrival.
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
EET = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=EET)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=EET)
FIXED_ZIP_TIME = (2021, 2, 1, 9, 0, 0)

Letter = tuple[dict[str, Any], Message, dict[str, Any]]


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receipt time (Beirut, UTC+02:00), always in 2021."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=EET)


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb: tuple[int, int, int], w: int = 32, h: int = 12) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines: list[str], title: str) -> bytes:
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "\n".join(["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(x)}) Tj T*" for x in lines] + ["ET"])
    data = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 7.0) >>").encode("latin-1"),
    ]
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>\
</Relationships>"""

DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>%s</dc:title><dc:creator>%s</dc:creator>\
<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>\
</cp:coreProperties>"""


def make_docx(title: str, paragraphs: list[str], author: str = "user", rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package with fixed timestamps (reproducible bytes)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r>{rtl_run}<w:t xml:space="preserve">{xml_escape(p)}</w:t></w:r></w:p>'
                   for p in [title] + paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}<w:sectPr/></w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS),
                           ("docProps/core.xml", DOCX_CORE % (xml_escape(title), xml_escape(author))),
                           ("word/document.xml", document)):
            z.writestr(zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
              flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    html = html.replace("charset=utf-8", "charset=" + charset, 1)
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", inline_cid: str | None = None,
               disposition: str | None = None) -> MIMEBase:
    maintype, subtype = ctype.split("/")
    p: MIMEBase = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disp = disposition or ("inline" if inline_cid else "attachment")
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook / Gmail: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", f"<{inline_cid}>")
    return p


def multipart(kind: str, parts: list[Message], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            f"--></style></head>\n<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\"{d}>"
            f"<div class=WordSection1>\n{inner}\n</div></body></html>\n")


def paras(text: str) -> str:
    out = ["<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(x, quote=False) for x in para.split("\n")))
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">' + "".join('<div class="">%s</div>' % (escape(x, quote=False) or '<br class="">')
                                  for x in text.split("\n")) + "</body></html>\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + x).rstrip() for x in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc_header(s: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), email)


def render(m: dict[str, Any], root: Message, n: int) -> bytes:
    domain = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", EET))
    relay = m.get("relay", "mail." + domain)
    hs = m.get("hdr_charset", "utf-8")
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 5}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id "
         f"4DbW{n:02d}q7Zs\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain}",
         "From: " + addr(m["from_name"], m["from_email"], hs),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + enc_header(m["subject"], hs), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
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


def outlook_headers(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}Tq9LmW2xR8kPz1vNc5h3Ag==",
            "Content-Language: " + lang]


THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
               "Content-Language: fr"]


# ----------------------------------------------------------------- the organisers' call (quoted in replies)
CALL_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) وأعضاء شبكة الأمم المتحدة الإقليمية المعنية بالهجرة بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (24-25 شباط/فبراير 2021) وإلى مشاورة أصحاب المصلحة المتعددين (23 شباط/فبراير 2021).

ويمكن لأصحاب المصلحة المهتمين التعبير عن رغبتهم في المشاركة في النقاش المفتوح للمشاورة، أو في عرض الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، أو في تقديم مداخلة خلال الجلسات العامة أو الموائد المستديرة المواضيعية الأربع، وذلك بإرسال اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها إلى البريد الإلكتروني gcmrrarabstates@iom.int بحلول يوم الجمعة 23 شباط/فبراير 2021.

المائدة المستديرة الأولى: مسارات الهجرة النظامية والعمل اللائق
المائدة المستديرة الثانية: حقوق الإنسان للمهاجرين وإدارة الحدود
المائدة المستديرة الثالثة: الإدماج الاجتماعي والخدمات الأساسية والمغتربون
المائدة المستديرة الرابعة: البيانات والتعاون الدولي

فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية"""


MESSAGES: list[Callable[[], Letter]] = []


def message(fn: Callable[[], Letter]) -> Callable[[], Letter]:
    MESSAGES.append(fn)
    return fn


MID_03 = "<000f01d6f87c$1a2b3c40$4e5f6a70$@mol-welfare.example.om>"
ACK_03 = "<ack.GCM-AR-0014.20210201T1022@gcm-intake.iom.int>"


# ================================================================= holdout21 messages
@message
def h21_01() -> Letter:
    plain = """Dear GCM Regional Review Team,

On behalf of the Office of the Labour Ombudsman (OLO) in Amman, I would like to request a speaking slot for our Deputy Ombudsman in Roundtable 2 (protecting the human rights of migrants). Since 2018 the OLO has received around 1,900 complaints a year from migrant domestic and agricultural workers, and we would like to share what we have learnt about complaint channels that workers can use without fear of losing their residence status.

Speaker details:
Name: Dr. Rami Al-Zoubi
Title: Deputy Ombudsman for Labour and Migrant Workers' Complaints
Organisation: Office of the Labour Ombudsman (OLO)

Dr. Al-Zoubi can speak in Arabic or English. Please let me know if you need his bio or a photo.

With best regards,

Tamara Haddadin
Legal Officer | Complaints Unit
OLO - Office of the Labour Ombudsman
Tel: +962 6 560 4471 | Ext. 212
www.olo.example.jo

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. The OLO accepts no liability for any damage caused by viruses transmitted by this e-mail.
"""
    root = alt(plain, outlook_html(paras(plain), "EN-GB"), "----=_NextPart_000_0031_01D6F55B.3E2A1C90")
    meta = dict(from_name="Tamara Haddadin", from_email="t.haddadin@olo.example.jo",
                subject="Speaking role request - Roundtable 2 - Office of the Labour Ombudsman",
                received_at=R(1, 28, 10, 14, 22), lag=63, mid="<003101d6f54a$3e2a1c90$ba7e55b0$@olo.example.jo>",
                extra_headers=outlook_headers(1, "en-gb"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rami Al-Zoubi", "Deputy Ombudsman for Labour and Migrant Workers' Complaints",
                              "Office of the Labour Ombudsman (OLO)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines; sender (Legal Officer) is not the speaker; title with 'Deputy' and 'for'; "
                       "acronym given with the full name, then alone and reversed ('OLO - Office of ...') in the "
                       "signature; 'Dr.' not part of the name")
    return meta, root, label


@message
def h21_02() -> Letter:
    plain = """Madame, Monsieur,

Dans la perspective de la consultation multipartite du 23 février et de la
conférence régionale des 24 et 25 février, pourriez-vous nous faire parvenir
l'ordre du jour provisoire ainsi que la note conceptuelle ? Le courrier
d'invitation que nous avons reçu fait référence à ces documents mais ils ne
figuraient pas en pièce jointe.

Nous souhaiterions les partager avec nos associations membres afin de
préparer au mieux notre participation.

En vous remerciant par avance,

Bien cordialement,

Yasmine Berrada
Chargée de programme « Mobilités et droits »
Fondation Ibn Battuta pour la mobilité solidaire
Casablanca - Maroc
"""
    root = text_part(plain, "plain", "utf-8", cte=None, flowed=True)
    root.replace_header("Content-Transfer-Encoding", "8bit")
    meta = dict(from_name="Yasmine Berrada", from_email="y.berrada@fibms.example.ma",
                subject="Demande de l'ordre du jour - consultation multipartite du 23 février",
                received_at=R(1, 31, 12, 5, 48), sender_tz=tz(1), lag=21,
                mid="<5b7e0c2a-91d4-4f3b-a6e8-2c19d7f04b61@fibms.example.ma>", extra_headers=THUNDERBIRD)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda and concept note; Thunderbird plain text, format=flowed, 8bit, "
                       "hard-wrapped; names the sender's foundation and title but proposes no speaker")
    return meta, root, label


@message
def h21_03() -> Letter:
    plain = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرنا إفادتكم برغبة وزارة العمل في سلطنة عُمان في تقديم مداخلة خلال الجلسة العامة، ونرشح لذلك:

الاسم: الفاضلة/ شيخة بنت سالم الحارثية
المسمى الوظيفي: نائبة مدير الدائرة
جهة العمل: دائرة شؤون العمالة الوافدة، المديرية العامة للرعاية العمالية، وزارة العمل

وتفضلوا بقبول فائق الاحترام والتقدير،

خالد بن حمد البلوشي
مكتب المدير العام للرعاية العمالية
وزارة العمل - سلطنة عُمان
هاتف: 24688150 968+
"""
    root = alt(plain, outlook_html(paras(plain), "AR-OM", rtl=True), "----=_NextPart_000_000F_01D6F88D.1A2B3C40",
               charset="windows-1256")
    meta = dict(from_name="مكتب المدير العام للرعاية العمالية", from_email="dgw.office@mol-welfare.example.om",
                hdr_charset="windows-1256", subject="ترشيح متحدث - الجلسة العامة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي",
                received_at=R(2, 1, 10, 21, 37), sender_tz=tz(4), lag=88, mid=MID_03,
                extra_headers=outlook_headers(3, "ar-om"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("شيخة بنت سالم الحارثية", "نائبة مدير الدائرة",
                              "دائرة شؤون العمالة الوافدة، المديرية العامة للرعاية العمالية، وزارة العمل",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="ministry unit nested three levels deep, comma-separated, as the affiliation; Omani honorific "
                       "'الفاضلة/' before the name; title with نائبة; From display name is an office; signer is not "
                       "the speaker; windows-1256")
    return meta, root, label


@message
def h21_04() -> Letter:
    plain = """Madame, Monsieur,

Suite à l'appel à contributions pour l'examen régional du Pacte mondial sur
les migrations, je souhaiterais intervenir lors de la table ronde 4
(données, politiques fondées sur des données probantes et coopération
internationale) afin de présenter les premiers résultats de l'enquête
longitudinale que notre observatoire conduit depuis 2019 auprès de
1 200 ménages de migrants de retour dans le Centre-Ouest tunisien.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

--
Pr Nizar Ghodbane
Directeur adjoint
Observatoire des migrations et de la mobilité (OMM), Université de Kairouan
Tél. : +216 77 301 948 | Fax : +216 77 301 950
https://omm.univ-kairouan.example.tn
"""
    root = text_part(plain, "plain", "utf-8", cte="qp")
    meta = dict(from_name="Nizar Ghodbane", from_email="nizar.ghodbane@univ-kairouan.example.tn",
                subject="Demande d'intervention - table ronde 4", received_at=R(2, 1, 16, 48, 2), sender_tz=tz(1),
                lag=17, mid="<9d3f5a7e-0c41-4b2e-8f16-73a2e95c0d18@univ-kairouan.example.tn>",
                extra_headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Nizar Ghodbane", "Directeur adjoint",
                              "Observatoire des migrations et de la mobilité (OMM), Université de Kairouan",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="first-person request; name, title and affiliation only in the signature after '--'; the "
                       "affiliation is a unit inside a university ('..., Université de Kairouan'); honorific 'Pr' "
                       "without a dot; body says only 'notre observatoire'")
    return meta, root, label


@message
def h21_05() -> Letter:
    plain = """Dear colleagues,

I write on behalf of the Interfaith Network for Migrant Dignity (INMD), a network of 23 churches, mosques and faith-based charities in Lebanon, Jordan and Cyprus that accompany migrant domestic workers.

INMD would like to nominate Sister Rita Khalil to take part in the open discussion of the multi-stakeholder consultation on 23 February. Sister Rita is Coordinator a.i. of the Domestic Workers Accompaniment Programme at INMD and has spent the last twelve years running shelters and legal referral services in Beirut and Jounieh. She would speak in English.

Her contact details are rita.khalil@inmd.example.org, +961 3 118 274.

Warm regards,
Mireille

Mireille Abou Jaoude
Executive Secretary
Interfaith Network for Migrant Dignity
Beirut, Lebanon
"""
    root = alt(plain, gmail_html(plain), "000000000000b3c9a105ba61f2d4")
    meta = dict(from_name="Mireille Abou Jaoude", from_email="mireille.aboujaoude@inmd.example.org",
                subject="INMD nomination - open discussion 23 Feb", received_at=R(2, 2, 9, 3, 11), lag=12,
                relay="mail-wr1-f54.google.com", mid="<CAF7qLm2rX0zE8bN3kPdV5sHt9uJw1cYg6aQ4oTn@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rita Khalil", "Coordinator a.i. of the Domestic Workers Accompaniment Programme",
                              "Interfaith Network for Migrant Dignity (INMD)", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="faith-based network nominating someone else; religious honorific 'Sister' not part of the "
                       "name; title in prose with 'a.i.' and 'of the ... Programme'; affiliation given in full with "
                       "acronym in the first paragraph, 'at INMD' next to the title, full name without acronym in "
                       "the signature; sender (Executive Secretary) is not the speaker")
    return meta, root, label


@message
def h21_06() -> Letter:
    aff = "رابطة العاملين المصريين في دولة الكويت"
    rows = [("الأستاذ/ عادل فتحي الشرقاوي", "رئيس الرابطة", aff, "عرض الرسائل الرئيسية بصفة مقرر"),
            ("السيدة/ نجلاء عبد الحميد موسى", "-", aff, "مداخلة في الجلسة العامة")]
    head = ("الاسم", "الصفة", "الجهة", "المشاركة المطلوبة")
    intro = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

تتشرف رابطة العاملين المصريين في دولة الكويت بترشيح العضوين التاليين للمشاركة في أعمال المؤتمر الإقليمي:"""
    outro = """السيدة نجلاء تعمل منذ عشر سنوات مع العاملات المصريات في قطاع الخدمات والتمريض.

وتفضلوا بقبول وافر الاحترام،
محمود سعيد عبد الله
أمين الصندوق
رابطة العاملين المصريين - الكويت
جوال: 99814527 965+"""
    plain = intro + "\n\n" + "\t".join(head) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 dir=rtl '
             'style="border-collapse:collapse;border:none">\n<tr>{}</tr>\n{}\n</table>'.format("".join(f"<td><p class=MsoNormal><b>{c}</b></p></td>" for c in head),
                "\n".join("<tr>{}</tr>".format("".join(f"<td><p class=MsoNormal>{escape(c)}</p></td>" for c in r))
                          for r in rows)))
    html = outlook_html(paras(intro) + "\n" + table + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro),
                        "AR-KW", rtl=True)
    root = alt(plain, html, "----=_NextPart_000_0054_01D6F93E.5C1D2A80")
    meta = dict(from_name="محمود سعيد عبد الله", from_email="m.saeed@ecwk.example.com.kw",
                subject="ترشيحات رابطة العاملين المصريين في الكويت", received_at=R(2, 2, 13, 37, 50),
                sender_tz=tz(3), lag=51, mid="<005401d6f93e$5c1d2a80$1457f180$@ecwk.example.com.kw>",
                extra_headers=outlook_headers(6, "ar-kw"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عادل فتحي الشرقاوي", "رئيس الرابطة", aff, ["rapporteur"], None),
                           SP("نجلاء عبد الحميد موسى", None, aff, ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an Outlook HTML table (tab-separated in the plain part); honorifics "
                       "'الأستاذ/' and 'السيدة/' inside the name cells; second speaker's title cell is '-' (no "
                       "title); affiliation with 'في دولة الكويت' while the signature shortens it to '... - الكويت'; "
                       "signer (treasurer) is not a speaker")
    return meta, root, label


@message
def h21_07() -> Letter:
    plain = """شكراً جزيلاً على سرعة الرد والتأكيد.
مع خالص التحية،
خالد البلوشي

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 12:22 PM
To: مكتب المدير العام للرعاية العمالية <dgw.office@mol-welfare.example.om>
Subject: تأكيد استلام - الاستعراض الإقليمي للاتفاق العالمي (GCM-AR-0014)

السادة مكتب المدير العام للرعاية العمالية،

نشكركم على رسالتكم ونؤكد استلام طلب المداخلة المقدَّم إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية.

الرقم المرجعي: GCM-AR-0014

فريق الاستعراض الإقليمي
"""
    root = alt(plain, outlook_html(paras(plain), "AR-OM", rtl=True), "----=_NextPart_000_0022_01D6FA12.7B8C9D10",
               charset="windows-1256")
    meta = dict(from_name="مكتب المدير العام للرعاية العمالية", from_email="dgw.office@mol-welfare.example.om",
                hdr_charset="windows-1256", subject="RE: تأكيد استلام - الاستعراض الإقليمي للاتفاق العالمي (GCM-AR-0014)",
                received_at=R(2, 3, 8, 12, 40), sender_tz=tz(4), lag=70,
                mid="<002201d6fa01$7b8c9d10$72a4d730$@mol-welfare.example.om>",
                in_reply_to=ACK_03, references=MID_03 + "\r\n " + ACK_03, extra_headers=outlook_headers(7, "ar-om"))
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h21-03.eml",
                 notes="thank-you reply to our acknowledgement of h21-03 (Outlook 'Original Message' quote, not "
                       "'>'-prefixed); adds nothing new, so no acknowledgement")
    return meta, root, label


@message
def h21_08() -> Letter:
    plain = """Dear colleagues,

Further to the invitation from IOM and ESCWA, UN Women would like to propose a rapporteur to deliver the stakeholders' key messages at the multi-stakeholder consultation on 23 February.

We propose Ms. Salma Idrissi Alami, our Programme Specialist a.i. for Gender and Labour Migration at the UN Women Multi-Country Office for the Maghreb. Salma has coordinated the regional consultations with women migrant workers' groups in Morocco, Tunisia and Algeria over the past year and is well placed to synthesise the discussion. She works in English, French and Arabic.

Please do not hesitate to contact me or Salma directly (salma.idrissialami@unwomen.example.org) should you need further information.

Best regards,

Ingrid Solheim
Deputy Representative
UN Women Multi-Country Office for the Maghreb
Rabat, Morocco
T: +212 537 63 21 40

UN Women - United Nations Entity for Gender Equality and the Empowerment of Women
Please consider the environment before printing this e-mail.
"""
    root = alt(plain, outlook_html(paras(plain), "EN-US"), "_000_AM6PR09MB31274C2E8F0A1B9D5E6F7A1AAM6PR09MB3127eurp_")
    meta = dict(from_name="Ingrid Solheim", from_email="ingrid.solheim@unwomen.example.org",
                subject="UN Women nomination - rapporteur, GCM regional review (Arab States)",
                received_at=R(2, 3, 11, 55, 9), sender_tz=tz(1), lag=35, relay="mail-eopbgr130084.outbound.example.com",
                mid="<AM6PR09MB31274C2E8F0A1B9D5E6F7A1AAM6PR09MB3127@AM6PR09MB3127.eurprd09.prod.outlook.example.com>",
                extra_headers=["Thread-Topic: UN Women nomination - rapporteur, GCM regional review (Arab States)",
                               "Content-Language: en-US", "X-MS-Has-Attach: "])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Salma Idrissi Alami", "Programme Specialist a.i. for Gender and Labour Migration",
                              "UN Women Multi-Country Office for the Maghreb", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="UN agency country office; speaker in prose ('our Programme Specialist a.i. for ... at the "
                       "...'), title with 'a.i.' and 'for'; the sender (Deputy Representative, same office) is not "
                       "the speaker; the signature's long-form agency name is not the speaker's affiliation as given")
    return meta, root, label


@message
def h21_09() -> Letter:
    html = outlook_html("""<p class=MsoNormal>Madame, Monsieur,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>J'ai l'honneur de vous transmettre, au nom de Monsieur le B&acirc;tonnier, la candidature de notre consœur pour une intervention lors de la conférence régionale d'examen du Pacte mondial&nbsp;:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td style="padding:2pt 6pt"><p class=MsoNormal><b>Nom&nbsp;:</b></p></td><td style="padding:2pt 6pt"><p class=MsoNormal>Me Karima Lahlou-Benkirane</p></td></tr>
<tr><td style="padding:2pt 6pt"><p class=MsoNormal><b>Fonction&nbsp;:</b></p></td><td style="padding:2pt 6pt"><p class=MsoNormal>Présidente par intérim de la Commission des droits des migrants et des réfugiés</p></td></tr>
<tr><td style="padding:2pt 6pt"><p class=MsoNormal><b>Organisme&nbsp;:</b></p></td><td style="padding:2pt 6pt"><p class=MsoNormal>Ordre des avocats près la Cour d'appel d'Oujda (هيئة المحامين بوجدة)</p></td></tr>
<tr><td style="padding:2pt 6pt"><p class=MsoNormal><b>Intervention souhaitée&nbsp;:</b></p></td><td style="padding:2pt 6pt"><p class=MsoNormal>table ronde thématique n°&nbsp;2 (droits humains des migrants, gouvernance des frontières)</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Maître Lahlou-Benkirane assure depuis 2016 l'assistance juridique des migrants subsahariens interpellés dans la région de l'Oriental.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Mounia El Amrani</b><br>Secrétariat du Bâtonnier<br>Ordre des avocats d'Oujda<br>Tél.&nbsp;: +212 536 68 42 10</p>""", "FR")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Secretariat Batonnier Oujda", from_email="secretariat@barreau-oujda.example.ma",
                subject="Candidature - intervention table ronde 2 - Ordre des avocats d'Oujda",
                received_at=R(2, 3, 17, 30, 26), sender_tz=tz(1), lag=58,
                mid="<001d01d6fa4f$8e9fa0b0$abdfe210$@barreau-oujda.example.ma>",
                extra_headers=outlook_headers(9, "fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Karima Lahlou-Benkirane",
                              "Présidente par intérim de la Commission des droits des migrants et des réfugiés",
                              "Ordre des avocats près la Cour d'appel d'Oujda (هيئة المحامين بوجدة)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message with a two-column label/value table; bar association; lawyer's "
                       "honorific 'Me'/'Maître' not part of the name; title 'par intérim' naming a commission; "
                       "affiliation field carries the Arabic name in parentheses; signature shortens the "
                       "organisation; 'n°&nbsp;2' with a non-breaking space")
    return meta, root, label


@message
def h21_10() -> Letter:
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial
préparé par la Ligue des femmes pour l'égalité et la citoyenneté (LFEC), à
partir des ateliers menés à Sfax, Médenine et Tunis avec des travailleuses
migrantes subsahariennes et des Tunisiennes de retour.

Par ailleurs, la LFEC souhaiterait que sa vice-présidente, Mme Amel
Ferchichi, intervienne lors de la table ronde 3 (inclusion sociale, accès
aux services de base, diasporas), le 24 ou le 25 février.

Restant à votre disposition,

Cordialement,

Hela Saidani
Chargée de communication
Ligue des femmes pour l'égalité et la citoyenneté (LFEC)
الرابطة النسائية من أجل المساواة والمواطنة
Tunis
"""
    body = alt(plain, apple_html(plain), "Apple-Mail=_7E1D4C20-5B3A-4F8E-9C61-0A2B3D4E5F60")
    docx = make_docx("Rapport volontaire LFEC - Examen regional du Pacte mondial 2021",
                     ["1. Contexte", "2. Travailleuses migrantes et acces aux services",
                      "3. Recommandations"], author="Hela Saidani")
    root = multipart("mixed", [body, attachment(docx, DOCX_TYPE, "Rapport volontaire LFEC - PMM 2021.docx")],
                     "Apple-Mail=_4C0B2E19-8D7A-4E63-B1F5-29A8C6D3E7F1")
    meta = dict(from_name="Hela Saidani", from_email="h.saidani@lfec.example.tn",
                subject="Rapport volontaire LFEC + demande d'intervention", received_at=R(2, 4, 10, 2, 15),
                sender_tz=tz(1), lag=29, mid="<C2E7F3A1-6B4D-4E8F-A019-5D3C7B2E8F40@lfec.example.tn>",
                extra_headers=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"])
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Amel Ferchichi", "vice-présidente",
                              "Ligue des femmes pour l'égalité et la citoyenneté (LFEC)", ["roundtable"], 3)],
                 report_attachments=["Rapport volontaire LFEC - PMM 2021.docx"], thread_of=None,
                 notes="both, on time; women's rights league with its Arabic name on the next signature line; "
                       "speaker in prose ('sa vice-présidente, Mme ...') with the name split across a hard-wrapped "
                       "line; affiliation by reference ('la LFEC'), full form earlier; Apple Mail")
    return meta, root, label


@message
def h21_11() -> Letter:
    plain = """السلام عليكم ورحمة الله،

بناءً على الدعوة أدناه، أتقدم بطلب تقديم مداخلة في المائدة المستديرة الأولى حول مسارات الهجرة النظامية والعمل اللائق، لعرض تجربة تعاونيتنا في تنظيم العمال الزراعيين الموسميين القادمين من مناطق أخرى في المغرب ومن دول جنوب الصحراء.

الاسم: عبد الرحيم أيت الحاج
الصفة: رئيس التعاونية بالإنابة
الجهة: تعاونية الأمل للعمال الزراعيين الموسميين باشتوكة آيت باها

وشكراً.

عبد الرحيم

في الأربعاء، 20 يناير 2021 في 3:05 م كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + quote(CALL_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), "0000000000007a1f0c05ba87d3e2")
    meta = dict(from_name="Abderrahim Ait Elhaj", from_email="abderrahim.aitelhaj@gmail.example.com",
                subject="Re: دعوة: المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(2, 4, 14, 48, 3), sender_tz=tz(1), lag=8, relay="mail-ej1-f66.google.com",
                mid="<CAKd9wZp4TnQ1rS7vB3mY0xJ6eL2hF8cN5gU1iWk@mail.gmail.com>",
                in_reply_to="<CAL0a7cGcmRR.invite.20210120@iom.int>",
                references="<CAL0a7cGcmRR.invite.20210120@iom.int>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عبد الرحيم أيت الحاج", "رئيس التعاونية بالإنابة",
                              "تعاونية الأمل للعمال الزراعيين الموسميين باشتوكة آيت باها", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail reply quoting the organisers' Arabic call (which lists every role, the four "
                       "roundtables and the misprinted 'الجمعة 23 شباط/فبراير' deadline); farmworkers' cooperative "
                       "with a place name joined by 'بـ'; title with 'بالإنابة'; Latin-script From display name; "
                       "roundtable as the ordinal 'الأولى'")
    return meta, root, label


@message
def h21_12() -> Letter:
    plain = """Dear Sir/Madam

I would like to request to speak at the plenary session of the conference.

Name: Daw Khin Myat Noe
Title: Community Health Volunteer

I have been living in Jeddah for 19 years and I help women from the Myanmar community to reach clinics and get their papers renewed. I can speak English and some Arabic.

Thank you

Sent from my iPhone
"""
    root = text_part(plain, "plain", "us-ascii", cte=None)
    meta = dict(from_name="Khin Myat Noe", from_email="khinmyatnoe.jed@yahoo.example.com",
                subject="Request to speak", received_at=R(2, 4, 19, 21, 44), sender_tz=tz(3), lag=96,
                relay="sonic310-24.consmr.mail.ne1.yahoo.example.com",
                mid="<3A9E2F71-0B6C-4D58-9E13-6F7C8A2B1D04@yahoo.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Khin Myat Noe", "Community Health Volunteer", None, ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="individual from the Myanmar community in Jeddah; no organisation given (affiliation null; "
                       "'the Myanmar community' is not an organisation); Burmese honorific 'Daw' not part of the "
                       "name; short iPhone message, us-ascii 7bit")
    return meta, root, label


@message
def h21_13() -> Letter:
    plain = """Madame, Monsieur,

Le Collectif des ressortissants camerounais au Maroc (CRCM), section de
Tanger, a le plaisir de vous proposer la candidature suivante pour une prise
de parole lors de la conférence régionale :

+--------------+-----------------------------------------------+
| Nom          | M. Emmanuel Tchoua Nkeng                      |
| Fonction     | Secrétaire général adjoint                    |
| Organisation | CRCM Tanger                                   |
| Session      | Table ronde n° 1 (voies régulières, travail   |
|              | décent)                                       |
+--------------+-----------------------------------------------+

M. Tchoua Nkeng accompagne depuis 2015 les travailleurs camerounais du
secteur du textile et de la pêche à Tanger et à Larache.

Veuillez agréer nos salutations distinguées.

Pour le bureau,
Clarisse Ewodo Mballa
Présidente, CRCM section de Tanger
+212 6 61 47 90 32
"""
    root = text_part(plain, "plain", "utf-8", cte="qp")
    meta = dict(from_name="Clarisse Ewodo Mballa", from_email="crcm.tanger@gmail.example.com",
                subject="Candidature CRCM Tanger - conférence régionale PMM", received_at=R(2, 5, 9, 40, 18),
                sender_tz=tz(1), lag=24, relay="mail-wm1-f47.google.com",
                mid="<8f0b1c2d-3e4f-4a5b-9c6d-7e8f9a0b1c2d@gmail.example.com>", extra_headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Emmanuel Tchoua Nkeng", "Secrétaire général adjoint",
                              "Collectif des ressortissants camerounais au Maroc (CRCM), section de Tanger",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="ASCII-art table in plain text, session cell wrapped over two rows; the table gives only "
                       "'CRCM Tanger', the fullest form (with acronym and branch) is in the first sentence, "
                       "hard-wrapped; 'M.' not part of the name; sender (branch president) is not the speaker")
    return meta, root, label


@message
def h21_14() -> Letter:
    plain = """مساء الخير،

أرغب في المشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم 23 شباط، للحديث عن أوضاع العاملات المهاجرات في الجنوب بعد الأزمة الاقتصادية وانفجار المرفأ، وعن تجربة الرابطة في المرافقة القانونية.

مع الشكر والتقدير

--
ريما فخري ضاهر
نائبة رئيسة الرابطة
رابطة حقوق المرأة العاملة في لبنان - فرع الجنوب
صيدا، شارع رياض الصلح، بناية الحلبي، الطابق الثاني
هاتف: 722 731 7 961+
"""
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000e4d5c6b705ba8f01a2")
    meta = dict(from_name="Rima Daher", from_email="rima.daher@wwrl-lb.example.org",
                subject="طلب مشاركة في النقاش المفتوح", received_at=R(2, 5, 15, 6, 31), lag=14,
                relay="mail-ed1-f52.google.com", mid="<CAGh2nVb8Q3wK6pT0yR5dM1sX9cL4fZ7eA2uJ8oI@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريما فخري ضاهر", "نائبة رئيسة الرابطة",
                              "رابطة حقوق المرأة العاملة في لبنان - فرع الجنوب", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="first person; name, title and affiliation only in the signature; branch of a women's "
                       "rights league; title with نائبة; the address line under the affiliation is not part of "
                       "it; From display name in Latin script and shorter than the signature name")
    return meta, root, label


@message
def h21_15() -> Letter:
    plain = """Bonsoir,

Au nom de l'Association des ressortissants nigériens en Algérie (ARNA), je
vous prie de bien vouloir enregistrer les demandes de prise de parole
suivantes :

- notre président, M. Moussa Garba Tanko, souhaite faire une intervention en
séance plénière ;
- Mme Hadiza Issa Maïga, qui accompagne depuis 2017 les femmes nigériennes de
retour d'Algérie à Agadez et à Zinder, souhaiterait intervenir dans la
troisième table ronde (inclusion sociale et accès aux services).

Tous deux s'exprimeront en français. Nous nous excusons pour l'envoi tardif,
la connexion a été coupée toute la journée.

Salutations,

Ibrahim Soumana
Secrétaire chargé de l'information, ARNA
Alger

Envoyé depuis Yahoo Mail pour Android
"""
    root = alt(plain, gmail_html(plain), "----=_Part_2841905_1170584320.1612557612044")
    meta = dict(from_name="Ibrahim Soumana", from_email="ibrahim.soumana@yahoo.example.fr",
                subject="Demande prise de parole ARNA", received_at=R(2, 5, 22, 40, 12), sender_tz=tz(1), lag=180,
                relay="sonic302-21.consmr.mail.ir2.yahoo.example.com",
                mid="<1729385604.2841906.1612557612045@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YahooMailAndroidMobile"])
    aff = "Association des ressortissants nigériens en Algérie (ARNA)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Moussa Garba Tanko", "président", aff, ["plenary"], None),
                           SP("Hadiza Issa Maïga", None, aff, ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a dashed list with hard-wrapped lines; first title is 'notre président' "
                       "before the name; second speaker has no title (a description of her work only); roundtable "
                       "as the ordinal 'troisième'; sent 21:40 +01:00 = 22:40 Beirut, on time despite 'envoi "
                       "tardif'; sender is not a speaker")
    return meta, root, label


@message
def h21_16() -> Letter:
    plain = """Dear GCM team,

Apologies for the late request, we only received the invitation from our embassy yesterday.

I am Muhammad Arshad Chaudhry, Deputy General Secretary (Outreach) of the Pakistani Overseas Workers' Welfare Forum (POWWF), Riyadh Chapter. I would like to make a floor intervention in Roundtable 1 on regular pathways and decent work, mainly on recruitment fees and the kafala transfer rules as they affect Pakistani drivers and construction workers.

If it is too late for the list of speakers, I would still be grateful to attend.

Regards
M. Arshad Chaudhry
POWWF Riyadh
+966 55 318 2274

Sent from my iPhone
"""
    root = text_part(plain, "plain", "utf-8", cte=None)
    root.replace_header("Content-Transfer-Encoding", "7bit")
    meta = dict(from_name="Arshad Chaudhry", from_email="arshad.chaudhry@powwf-riyadh.example.org",
                subject="Speaker request roundtable 1", received_at=R(2, 6, 9, 12, 45), sender_tz=tz(3), lag=71,
                mid="<E5B1A2C3-D4E5-4F60-8A71-B2C3D4E5F607@powwf-riyadh.example.org>",
                extra_headers=["X-Mailer: iPhone Mail (18D61)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Muhammad Arshad Chaudhry", "Deputy General Secretary (Outreach)",
                              "Pakistani Overseas Workers' Welfare Forum (POWWF), Riyadh Chapter",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (6 Feb, says so); diaspora group's city chapter; acronym between the name and "
                       "'Riyadh Chapter'; title with a parenthesised qualifier; signature shortens the name "
                       "('M. Arshad Chaudhry', where 'M.' is an initial, not an honorific) and the organisation")
    return meta, root, label


@message
def h21_17() -> Letter:
    plain = """Madame, Monsieur,

La Commune de Sfax, membre du Réseau des villes maghrébines solidaires
(RVMS), souhaiterait être associée à la conférence régionale d'examen du
Pacte mondial des 24 et 25 février.

Nous proposons l'intervention de Mme Olfa Zribi, Directrice par intérim des
relations internationales et de la coopération décentralisée de la Commune
de Sfax, en séance plénière ou, à défaut, dans la table ronde 3 consacrée à
l'inclusion sociale.

Nous avons bien noté que la date indiquée dans l'invitation était le 5
février et vous prions d'excuser ce retard, dû à la validation interne par
le conseil municipal.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute
considération.

Sami Kallel
Chef du service de la coopération internationale
Commune de Sfax
Tél. : +216 74 400 118
"""
    html = outlook_html(paras(plain), "FR")
    root = alt(plain, html, "----=_NextPart_000_0068_01D6FE0B.3B4C5D60")
    meta = dict(from_name="Kallel Sami", from_email="s.kallel@commune-sfax.example.tn",
                subject="Conférence régionale PMM - proposition d'intervenante (Commune de Sfax)",
                received_at=R(2, 8, 11, 27, 4), sender_tz=tz(1), lag=46,
                mid="<006801d6fdfa$3b4c5d60$b1e51820$@commune-sfax.example.tn>",
                extra_headers=outlook_headers(17, "fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Olfa Zribi",
                              "Directrice par intérim des relations internationales et de la coopération décentralisée",
                              "Commune de Sfax", ["plenary", "roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 Feb, says so); city government, member of a city network (the network is not the "
                       "affiliation); long title with 'par intérim' and 'de la' joined to the affiliation by 'de la "
                       "Commune de Sfax', hard-wrapped; plenary first, roundtable 3 as fallback; From display name "
                       "'Last First'")
    return meta, root, label


@message
def h21_18() -> Letter:
    plain = """Dear organisers,

Our colleague Dr. Yusuf Hamdan has been confirmed as a speaker in one of the roundtables, and a few of our members would like to follow the sessions online.

Could you let us know:
1. whether there will be interpretation between Arabic, English and French in the roundtables, or only in the plenary;
2. whether the connection link will be the same for the 23 February consultation and the 24-25 February conference;
3. whether observers need to register separately.

Many thanks,

Lubna Qteishat
Projects Officer
Committee on Migrant and Refugee Learners
Education Workers' Union of Jordan (EWUJ)
"""
    root = alt(plain, outlook_html(paras(plain)), "----=_NextPart_000_0101_01D6FEE2.4F5061A0")
    meta = dict(from_name="Lubna Qteishat", from_email="l.qteishat@ewuj.example.jo",
                subject="Interpretation and connection details", received_at=R(2, 9, 13, 3, 57), lag=39,
                mid="<010101d6fed1$4f5061a0$edf124e0$@ewuj.example.jo>", extra_headers=outlook_headers(18, "en-us"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (interpretation, connection link, observers); mentions an already "
                       "confirmed speaker ('Dr. ...') and a union committee in the signature but proposes no one")
    return meta, root, label


@message
def h21_19() -> Letter:
    plain = """السادة الأفاضل في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

نود الاستفسار عما إذا كانت أعمال المؤتمر الإقليمي والمشاورة ستُعقد حضورياً في بيروت أم عبر الإنترنت فقط، إذ إن ممثلنا المقيم في انجمينا يحتاج إلى تأشيرة دخول إلى لبنان، ولا توجد سفارة لبنانية في تشاد.

وفي حال كان الحضور ممكناً، هل تستطيع المنظمة الدولية للهجرة تزويدنا برسالة دعوة رسمية لتقديمها إلى القنصلية في الخرطوم أو في القاهرة؟

مع الشكر الجزيل مقدماً،

آدم يعقوب محمد
منسق البرامج
المنتدى التشادي للهجرة والتنمية
انجمينا - تشاد
"""
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000a0b1c2d305bb01e4f5")
    meta = dict(from_name="آدم يعقوب محمد", from_email="adam.yacoub@ftmd-tchad.example.org",
                subject="استفسار بخصوص التأشيرة والحضور", received_at=R(2, 10, 10, 44, 29), sender_tz=tz(1),
                lag=19, relay="mail-lf1-f45.google.com", mid="<CAN5xYp1kR8dT3vQ7wL0mB6zH2gS9fJ4cE1aU5nV@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / in-person attendance question from a Chad-based organisation (Arabic-speaking, "
                       "+01:00); mentions 'ممثلنا' but proposes no named speaker")
    return meta, root, label


@message
def h21_20() -> Letter:
    fname = "التقرير الطوعي الجماعي - الشبكة العمانية للهجرة 2021.pdf"
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

يسر الشبكة العُمانية لمنظمات المجتمع المدني المعنية بالهجرة أن ترفق لكم التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، والذي أعدته سبع جمعيات أعضاء في الشبكة (في مسقط وصحار وصلالة ونزوى) بالتشاور مع مجموعات من العمال المهاجرين.

ونرجو التكرم بتأكيد الاستلام.

مع خالص الشكر والتقدير،

منى بنت عبدالله الرواحية
منسقة الشبكة بالإنابة
الشبكة العُمانية لمنظمات المجتمع المدني المعنية بالهجرة
مسقط - سلطنة عُمان
"""
    body = alt(plain, outlook_html(paras(plain), "AR-OM", rtl=True), "----=_NextPart_001_0077_01D7005C.6A7B8C90",
               charset="windows-1256")
    pdf = tiny_pdf(["Omani Network of Civil Society Organisations on Migration",
                    "Collective voluntary GCM review report - February 2021",
                    "Contributing members: 7 associations (Muscat, Sohar, Salalah, Nizwa)"], "Collective report")
    root = multipart("mixed", [body, attachment(pdf, "application/pdf", fname, style="2047")],
                     "----=_NextPart_000_0076_01D7005C.6A7B8C90")
    meta = dict(from_name="منى الرواحية", from_email="muna.rawahi@oncsm.example.om", hdr_charset="windows-1256",
                subject="التقرير الطوعي الجماعي للشبكة العُمانية", received_at=R(2, 11, 9, 15, 6), sender_tz=tz(4),
                lag=62, mid="<007601d7004b$6a7b8c90$3f72a5b0$@oncsm.example.om>", extra_headers=outlook_headers(20, "ar-om"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="collective report of a network (seven member associations); Arabic PDF file name as RFC 2047 "
                       "encoded words inside quoted parameters; signer's title with بالإنابة is not a speaker "
                       "request; windows-1256 body")
    return meta, root, label


@message
def h21_21() -> Letter:
    fname = "AFPEA_GCM_Voluntary_Review_Feb2021.docx"
    plain = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review submitted by the Arab Federation of Private Employment Agencies (AFPEA). The report sets out the self-regulation measures adopted by our 140 member agencies in Egypt, Jordan, Lebanon and the GCC countries since 2018, including the employer-pays principle and the AFPEA Code of Conduct on ethical recruitment.

We would welcome the opportunity to discuss it further during the conference.

Yours sincerely,

Hany Mostafa Selim
Acting Secretary-General
Arab Federation of Private Employment Agencies (AFPEA)
Cairo | Dubai
Tel: +20 2 2753 1846
"""
    cid = "image001.png@01D70125.A1B2C3D0"
    html = outlook_html(paras(plain) + f'\n<p class=MsoNormal><img width=96 height=36 src="cid:{cid}" alt="AFPEA"></p>')
    body = multipart("related", [alt(plain, html, "----=_NextPart_002_0093_01D70125.A1B2C3D0"),
                                 attachment(tiny_png((0, 84, 140)), "image/png", "image001.png", inline_cid=cid)],
                     "----=_NextPart_001_0092_01D70125.A1B2C3D0", type="multipart/alternative")
    docx = make_docx("AFPEA - Voluntary GCM Review 2021",
                     ["Section 1: Member agencies and coverage", "Section 2: Ethical recruitment and fees",
                      "Section 3: Recommendations (Objective 6)"], author="AFPEA Secretariat")
    root = multipart("mixed", [body, attachment(docx, DOCX_TYPE, fname)], "----=_NextPart_000_0091_01D70125.A1B2C3D0")
    meta = dict(from_name="Hany Selim", from_email="h.selim@afpea.example.org",
                subject="AFPEA voluntary GCM review", received_at=R(2, 12, 12, 50, 33), lag=55,
                mid="<009101d70114$a1b2c3d0$e516b570$@afpea.example.org>", extra_headers=outlook_headers(21, "en-us"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="private recruitment agencies' federation; DOCX report; inline signature logo image001.png "
                       "in multipart/related is not part of it; 'discuss it further during the conference' and an "
                       "'Acting Secretary-General' signature are not a speaker request")
    return meta, root, label


@message
def h21_22() -> Letter:
    fname = "Rapport_ATDMR_PMM_2021.pdf"
    plain = """Bonjour,

Ci-joint le rapport volontaire de l'Association tchadienne pour la défense
des droits des migrants de retour (ATDMR) sur la mise en oeuvre du Pacte
mondial au Tchad et le long de la route vers la Libye.

Merci de nous confirmer la bonne réception.

Mahamat Abakar Ousmane
Coordonnateur national, ATDMR
N'Djamena
"""
    pdf = tiny_pdf(["Association tchadienne pour la defense des droits des migrants de retour (ATDMR)",
                    "Rapport volontaire sur la mise en oeuvre du Pacte mondial - fevrier 2021",
                    "1. Retours depuis la Libye et le Niger", "2. Recommandations"], "Rapport ATDMR")
    att = MIMEApplication(pdf, "octet-stream")
    att.set_param("name", fname)
    att.add_header("Content-Disposition", "attachment", filename=fname)
    root = multipart("mixed", [text_part(plain, "plain", "iso-8859-1", "qp"), att], "=_4f8e2a1c9b7d3e05")
    meta = dict(from_name="Mahamat Abakar Ousmane", from_email="atdmr.tchad@webmail.example.td",
                subject="Rapport volontaire ATDMR", received_at=R(2, 15, 16, 9, 52), sender_tz=tz(1), lag=33,
                relay="webmail.example.td", mid="<20210215150919.Horde.k3Zp7WxQ2mN9vR4tY8bL1aC@webmail.example.td>",
                extra_headers=["User-Agent: Horde Application Framework 5"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="Horde webmail: PDF sent as application/octet-stream (type only from the .pdf name); "
                       "ISO-8859-1 plain text only; hard-wrapped; 'oe' typed for 'œ'")
    return meta, root, label


@message
def h21_23() -> Letter:
    fname = "MWSC_Voluntary_GCM_Report_2021.pdf"
    plain = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Migrant Women's Solidarity Collective - Cairo (MWSC), known in Arabic as تجمع تضامن النساء المهاجرات. MWSC is led by migrant and refugee women from Sudan, South Sudan, Eritrea and Ethiopia living in Greater Cairo.

The report was written collectively by our steering committee; the Arabic version will follow next month.

In solidarity,

Awut Deng Malual
Steering Committee member, MWSC
"""
    body = alt(plain, gmail_html(plain), "000000000000c8d9e0f105bb5a6b7c")
    pdf = tiny_pdf(["Migrant Women's Solidarity Collective - Cairo (MWSC)",
                    "Voluntary GCM review report, February 2021",
                    "Led by migrant and refugee women in Greater Cairo"], "MWSC report")
    root = multipart("mixed", [body, attachment(pdf, "application/pdf", fname)], "000000000000c8d9df05bb5a6b7a")
    meta = dict(from_name="Awut Deng", from_email="mwsc.cairo@gmail.example.com",
                subject="MWSC voluntary report - GCM review", received_at=R(2, 16, 21, 34, 10), lag=15,
                relay="mail-wr1-f41.google.com", mid="<CAPz3kLw9mR2tX6vN1bQ8yH4sD0fJ7gC5eA3uK1o@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="migrant-led collective; organisation name followed by its Arabic name inside an English "
                       "body; received on the last evening of the report deadline (on time); 'Arabic version will "
                       "follow' announces no further attachment now")
    return meta, root, label


@message
def h21_24() -> Letter:
    fname = "تقرير مرصد الهجرة والتنقل - جامعة طرابلس الأهلية.docx"
    plain = """حضرات السادة المحترمين،

نرفق لكم طيه التقرير الطوعي الذي أعده مرصد الهجرة والتنقل التابع لمعهد العلوم الاجتماعية في جامعة طرابلس الأهلية حول تنفيذ الاتفاق العالمي من أجل الهجرة في لبنان، مع الاعتذار عن التأخر في الإرسال بسبب إقفال الجامعة خلال فترة الإغلاق العام.

نأمل أن يؤخذ التقرير بعين الاعتبار في التقرير الإقليمي.

وتفضلوا بقبول الاحترام،

د. جنى كرم المصري
مديرة المرصد بالإنابة
مرصد الهجرة والتنقل - معهد العلوم الاجتماعية
جامعة طرابلس الأهلية
"""
    body = alt(plain, apple_html(plain), "Apple-Mail=_9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D")
    docx = make_docx("التقرير الطوعي لمرصد الهجرة والتنقل 2021",
                     ["أولاً: المنهجية", "ثانياً: العمال المهاجرون في لبنان", "ثالثاً: التوصيات"],
                     author="مرصد الهجرة والتنقل", rtl=True)
    root = multipart("mixed", [body, attachment(docx, DOCX_TYPE, fname)],
                     "Apple-Mail=_1B2C3D4E-5F60-4718-92A3-B4C5D6E7F809")
    meta = dict(from_name="Jana Karam El Masri", from_email="j.elmasri@ulat.example.edu.lb",
                subject="التقرير الطوعي - مرصد الهجرة والتنقل", received_at=R(2, 17, 10, 5, 41), lag=22,
                mid="<F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B@ulat.example.edu.lb>",
                extra_headers=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="late (17 Feb, says so); university observatory inside an institute inside a university; "
                       "Arabic DOCX name with spaces and a hyphen as RFC 2231; Apple Mail; signer's 'بالإنابة' "
                       "title is not a speaker request")
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
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = f"h21-{n:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta, root, label = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, n))
        rat = meta["received_at"]
        labels.append({"file": name, "received_at": rat.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label["acknowledge"],
                       "on_time": on_time(label["category"], rat), "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"], "thread_of": label["thread_of"],
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout21"))
