#!/usr/bin/env python3
"""Fourteenth-author evaluation set for gcm-intake: tests/data/holdout14 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets14.py
Written without reading intake/, rules/ or the other authors' sets.  The messages follow one week and a
half of the mailbox in time order (file number = arrival order); each function returns the envelope,
the MIME tree and the expected label.
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
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

Built = tuple[dict[str, Any], Message, dict[str, Any]]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, h: int, m: int, s: int = 0) -> dt.datetime:
    """Server arrival time in February 2021, Beirut time."""
    return dt.datetime(2021, 2, day, h, m, s, tzinfo=BEIRUT)


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachment payloads
def tiny_png(rgb: tuple[int, int, int], w: int = 20, h: int = 10) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF with Helvetica text (Latin-1 only), valid xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 780 Td"] + ["(%s) Tj T*" % esc(ln) for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (LibreOffice 7.0) >>" % esc(title)).encode("latin-1"),
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


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal WordprocessingML package built with zipfile, fixed timestamps."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, escape(p, quote=False))
                   for p in paragraphs)
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- MIME helpers
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
         flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if cte == "8bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
    if flowed:
        part.set_param("format", "flowed")
    return part


def alternative(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    return m


def mixed(first: Message, parts: list[Message], boundary: str) -> MIMEMultipart:
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(first)
    for p in parts:
        m.attach(p)
    return m


def related(body: Message, images: list[Message], boundary: str) -> MIMEMultipart:
    m = MIMEMultipart("related", boundary=boundary, type="multipart/alternative")
    m.attach(body)
    for img in images:
        m.attach(img)
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231", cid: str | None = None) -> Message:
    """Attachment part; non-ASCII names as RFC 2231 (Gmail, Thunderbird) or RFC 2047 (Outlook)."""
    main, sub = ctype.split("/")
    part: Message
    if main == "image":
        part = MIMEImage(data, sub)
    elif ctype == "application/octet-stream":
        part = MIMEBase(main, sub)
        part.set_payload(data)
        encoders.encode_base64(part)
    else:
        part = MIMEApplication(data, sub)
    disposition = "inline" if cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":
        encoded = Header(filename, "utf-8").encode(maxlinelen=1000)
        part.set_param("name", encoded)
        part.add_header("Content-Disposition", disposition, filename=encoded)
    else:
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        part.add_header("Content-ID", "<%s>" % cid)
    return part


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = ["<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n"))
              for para in body.split("\n\n")]
    return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'td{border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt}\n--></style></head>\n'
            '<body lang=%s link="#0563C1" vlink="#954F72"%s><div class=WordSection1>\n%s\n</div></body></html>\n'
            % (lang, ' dir=RTL' if rtl else "", inner))


def msonormal(body: str) -> str:
    out = []
    for para in body.split("\n\n"):
        out.append("<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(body: str) -> str:
    lines = "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">') for ln in body.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">%s</body></html>\n' % lines)


def quote(body: str) -> str:
    return "\n".join(("> " + ln).rstrip() for ln in body.split("\n"))


# ----------------------------------------------------------------- envelope
def header_value(value: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8", header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, mail: str) -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "%s <%s>" % (Header(name, "utf-8").encode(linesep="\r\n"), mail)


def render(n: int, meta: dict[str, Any], root: Message) -> bytes:
    arrived: dt.datetime = meta["received_at"]
    sent = (arrived - dt.timedelta(seconds=meta.get("lag", 20))).astimezone(meta.get("sender_tz", BEIRUT))
    domain = meta["from_email"].split("@")[1]
    relay = meta.get("relay", "smtp." + domain)
    lines = [
        "Return-Path: <%s>" % meta["from_email"],
        "Delivered-To: " + MAILBOX,
        "Received: from %s (%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id 7B%02dC4E1A%02d\r\n"
        "\tfor <%s>; %s" % (relay, relay, 20 + 3 * n, n, n * 7 % 100, MAILBOX, format_datetime(arrived)),
        "Authentication-Results: mx2.iom.int; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s" % (domain, domain),
        "From: " + address(meta.get("from_name"), meta["from_email"]),
        "To: " + meta.get("to", MAILBOX),
    ]
    if meta.get("cc"):
        lines.append("Cc: " + meta["cc"])
    lines += ["Subject: " + header_value(meta["subject"]), "Date: " + format_datetime(sent),
              "Message-ID: " + meta["mid"]]
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
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dRt0kq8bSXm2VZ7hFQ3p1g==" % (n * 53),
            "Content-Language: " + lang]


THUNDERBIRD = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.1"

INVITATION_FR = """Chers Parties Prenantes de la Région Arabe,

L'OIM, la CESAO et les membres du Réseau Régional des Nations Unies sur les migrations dans la Région Arabe ont l'honneur de vous inviter à la première Conférence Régionale d'Examen du PMM dans la région arabe (24-25 février 2021) et à la Consultation Multipartite (23 février 2021).

Nous vous serions reconnaissants de nous faire parvenir les soumissions d'intérêt pour l'un des rôles d'orateur, ainsi que le nom, le titre et l'affiliation organisationnelle de l'orateur, à gcmrrarabstates@iom.int avant le vendredi 5 février 2021. La date limite pour la soumission des rapports d'examen volontaire du PMM a été prolongée jusqu'au mardi 16 février 2021.

GCM Regional Review Arab States"""

MID = {
    "clinic": "<AM6PR08MB4213C7D2A9E1F0B35A6C1E42D9A10@AM6PR08MB4213.eurprd08.prod.outlook.com>",
    "clinic_ack": "<ack.20210202T1124.4f1c@gcm-intake.iom.int>",
}

MESSAGES: list[Callable[[], Built]] = []


def message(fn: Callable[[], Built]) -> Callable[[], Built]:
    MESSAGES.append(fn)
    return fn


# ================================================================= the messages, in arrival order
@message
def h14_01() -> Built:
    plain = """الرقم: م و ح إ/2021/047
التاريخ: 1 شباط/فبراير 2021

السادة/ الأمانة الفنية للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية        المحترمين

الموضوع: ترشيح متحدثة في المؤتمر الإقليمي للاستعراض

تهديكم المفوضية الوطنية لحقوق الإنسان والحريات العامة أطيب تحياتها، وبالإشارة إلى دعوتكم الكريمة للمشاركة في أعمال المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ المفوضية أن ترشّح الدكتورة أمل عثمان الطاهر، عضو مجلس المفوضين ورئيسة لجنة حقوق المهاجرين واللاجئين، لتقديم مداخلة في المائدة المستديرة الثانية.

وقد أشرفت الدكتورة أمل خلال العامين الماضيين على زيارات الرصد إلى مراكز الإيواء والاحتجاز في ولايات الشرق، وعلى إعداد التقرير الموازي للمفوضية حول أوضاع العمال المهاجرين.

وتفضلوا بقبول فائق الاحترام والتقدير،

الأمين العام
المفوضية الوطنية لحقوق الإنسان والحريات العامة
الخرطوم – جمهورية السودان
هاتف: +249 183 774 210
"""
    html = outlook_html(msonormal(plain), "AR-SA", rtl=True)
    root = alternative(plain, html, "----=_NextPart_000_0031_01D6F86A.2C4E5B10", "windows-1256")
    meta = dict(from_name="مكتب الأمين العام", from_email="sg.office@nchrf-sd.example.org",
                subject="ترشيح متحدثة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة",
                received_at=at(1, 10, 14, 37), sender_tz=tz(2), lag=64,
                mid="<003101d6f859$2c4e5b10$84eb1130$@nchrf-sd.example.org>", extra=outlook(1, "ar-sa"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أمل عثمان الطاهر", "عضو مجلس المفوضين ورئيسة لجنة حقوق المهاجرين واللاجئين",
                              "المفوضية الوطنية لحقوق الإنسان والحريات العامة", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="formal letter with reference number from a national human rights commission; nominee given "
                       "with الدكتورة and a two-part title joined by و; signed by a function (الأمين العام) with no "
                       "name; 'المائدة المستديرة الثانية'; windows-1256 Outlook; the From display name is an office")
    return meta, root, label


@message
def h14_02() -> Built:
    plain = """Dear GCM Regional Review Secretariat,

Further to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, the Bahrain Federation of Private Sector Employers (BFPSE) would like to nominate a speaker from one of our member companies.

We propose Ms. Reema Al-Sayegh, Head of Workforce Planning at Dilmun Facility Services W.L.L., for a floor intervention in Roundtable 1. Dilmun Facility Services employs some 3,400 workers from nine countries of origin and has piloted the employer-pays recruitment model and wage protection in cooperation with the Labour Market Regulatory Authority since 2019. Ms. Al-Sayegh led that pilot and can speak to the practical lessons for employers.

We would be grateful if you could confirm receipt and let us know the expected length of interventions.

Yours sincerely,

Yusuf Janahi
Secretary-General
Bahrain Federation of Private Sector Employers (BFPSE)
Diplomatic Area, Manama, Kingdom of Bahrain
T: +973 1753 6620 | www.bfpse.example.bh

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. BFPSE accepts no liability for any views expressed herein which are those of the individual sender.
"""
    inline_logo = attach(tiny_png((12, 70, 120)), "image/png", "image001.png", cid="image001.png@01D6F8A4.5F1E2D30")
    html = outlook_html(msonormal(plain.replace("\nDISCLAIMER", "\n\nDISCLAIMER"))
                        + '\n<p class=MsoNormal><img width=120 height=40 src="cid:image001.png@01D6F8A4.5F1E2D30"></p>',
                        "EN-GB")
    root = related(alternative(plain, html, "----=_NextPart_001_0044_01D6F8A4.5F1E2D30"), [inline_logo],
                   "----=_NextPart_000_0043_01D6F8A4.5F1E2D30")
    meta = dict(from_name="Yusuf Janahi", from_email="y.janahi@bfpse.example.bh",
                subject="BFPSE nomination - speaker for Roundtable 1", received_at=at(1, 16, 40, 5), sender_tz=tz(3),
                lag=48, mid="<004301d6f893$5f1e2d30$1d5a8790$@bfpse.example.bh>", extra=outlook(2, "en-gb"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Reema Al-Sayegh", "Head of Workforce Planning", "Dilmun Facility Services W.L.L.",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="employers' federation nominates a speaker from a member company: the speaker's affiliation "
                       "(Dilmun Facility Services W.L.L.) differs from the sender's; title with a preposition "
                       "('Head of Workforce Planning at ...'); 'Ms.' honorific; the signer is not a speaker; also "
                       "asks a question; inline logo and disclaimer")
    return meta, root, label


@message
def h14_03() -> Built:
    plain = """Madame, Monsieur,

Suite à votre invitation du 2 février, l'Association Marocaine des
Inspectrices et Inspecteurs du Travail (AMIIT) souhaite prendre part
aux travaux de la Conférence régionale d'examen du Pacte mondial.

Nous avons l'honneur de vous proposer les deux intervenants suivants :

1) Mme Naïma Bensouda, Présidente de l'AMIIT, pour une intervention
   en séance plénière ;

2) M. Hicham El Ouafi, Secrétaire général adjoint, pour une
   intervention dans la table ronde thématique n° 1.

Nos membres assurent au quotidien le contrôle des conditions de travail
des travailleurs migrants dans l'agriculture et le bâtiment, et notre
contribution portera sur le rôle de l'inspection du travail dans la
lutte contre les pratiques de recrutement abusives.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

--
Naïma Bensouda
Présidente
Association Marocaine des Inspectrices et Inspecteurs du Travail (AMIIT)
Rabat - Maroc
Tél. : +212 5 37 70 42 18
"""
    root = text(plain, "plain", "iso-8859-1", "qp", flowed=True)
    meta = dict(from_name="Naïma Bensouda", from_email="presidence@amiit.example.ma",
                subject="AMIIT - proposition d'intervenants - examen régional du PMM",
                received_at=at(2, 9, 5, 12), sender_tz=tz(1), lag=39,
                mid="<8c0e2b7a-5d41-4f6e-9a3c-71e0d2b4c915@amiit.example.ma>",
                extra=[THUNDERBIRD, "Content-Language: fr"])
    aff = "Association Marocaine des Inspectrices et Inspecteurs du Travail (AMIIT)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Naïma Bensouda", "Présidente", aff, ["plenary"]),
                           SP("Hicham El Ouafi", "Secrétaire général adjoint", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a numbered list, hard-wrapped Thunderbird text (ISO-8859-1, format=flowed); "
                       "affiliation only in the "
                       "intro sentence (wrapped over a line break) and the signature; the sender is the first "
                       "speaker; 'table ronde thématique n° 1'")
    return meta, root, label


@message
def h14_04() -> Built:
    rows = [("Dr. Nabil Haddadin", "Medical Director", "Sahab Community Health Clinic for Migrant Workers",
             "Roundtable 3 (floor intervention)"),
            ("Ms. Sabina Thapa Magar", "Community Health Worker", "Sahab Community Health Clinic for Migrant Workers",
             "Open discussion, 23 February")]
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
             "<tr>" + "".join("<td><p class=MsoNormal><b>%s</b></p></td>" % h
                              for h in ("Name", "Position", "Organization", "Speaking role")) + "</tr>\n"
             + "\n".join("<tr>" + "".join("<td><p class=MsoNormal>%s</p></td>" % escape(c) for c in r) + "</tr>"
                         for r in rows) + "\n</table>")
    inner = """<p class=MsoNormal>Dear colleagues,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please find below our nominations for the Regional Review. Our clinic in Sahab (Amman governorate) provides free primary care to around 900 migrant workers a month, mostly from Bangladesh, Nepal, Sri Lanka and Egypt, and we would like to bring the health perspective to the discussion.</p>
<p class=MsoNormal>&nbsp;</p>
%s
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Ms. Thapa Magar will speak in English; she can also answer questions in Nepali and Hindi.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Many thanks,</p>
<p class=MsoNormal>Lina Qaisi</p>
<p class=MsoNormal><span style="color:#2E75B6">Operations Manager | Sahab Community Health Clinic for Migrant Workers</span></p>
<p class=MsoNormal><span style="color:#2E75B6">Sahab Industrial City, Amman, Jordan | +962 6 402 1185</span></p>""" % table
    root = text(outlook_html(inner, "EN-US"), "html", "utf-8", "qp")
    meta = dict(from_name="Lina Qaisi", from_email="lina.qaisi@sahabclinic.example.jo",
                subject="Nominations for speaking roles - Sahab migrant health clinic",
                received_at=at(2, 11, 22, 48), lag=33, relay="mail-am6eur05on2071.outbound.protection.outlook.com",
                mid=MID["clinic"], extra=outlook(4, "en-US"))
    aff = "Sahab Community Health Clinic for Migrant Workers"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Nabil Haddadin", "Medical Director", aff, ["roundtable"], 3),
                           SP("Sabina Thapa Magar", "Community Health Worker", aff, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message (no text/plain part); two speakers in a table with honorifics "
                       "(Dr., Ms.) in the name cells; compound surname 'Thapa Magar'; the sender (operations "
                       "manager) is not a speaker")
    return meta, root, label


@message
def h14_05() -> Built:
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

تودّ مديرية شؤون العمالة الوافدة في الوزارة متابعة التحضيرات للمؤتمر الإقليمي المزمع عقده يومي 24 و25 شباط/فبراير 2021، ونرجو التكرم بتزويدنا بما يلي:
1. مشروع جدول الأعمال التفصيلي للمؤتمر وللمشاورة مع أصحاب المصلحة يوم 23 شباط/فبراير، باللغة العربية إن أمكن؛
2. المذكرة المفاهيمية الخاصة بالموائد المستديرة الأربع؛
3. توضيح ما إذا كانت الجلسات ستُعقد عبر الاتصال المرئي فقط أم بحضور جزئي.

وذلك لغايات تحديد الوفد المشارك وإعداد مواد الإحاطة.

وتفضلوا بقبول فائق الاحترام،

م. رائد سليمان العمري
رئيس قسم التعاون الدولي
مديرية شؤون العمالة الوافدة
هاتف: +962 6 580 2214 / فرعي 311
"""
    root = alternative(plain, outlook_html(msonormal(plain), "AR-JO", rtl=True),
                       "----=_NextPart_000_0012_01D6F96F.8A3C1D20")
    meta = dict(from_name="Raed Al-Omari", from_email="r.alomari@mol-migrantaffairs.example.gov.jo",
                subject="طلب جدول الأعمال والمذكرة المفاهيمية - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة",
                received_at=at(2, 18, 30, 2), lag=71, mid="<001201d6f95e$8a3c1d20$9eb45760$@example.gov.jo>",
                extra=outlook(5, "ar-jo"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda and concept note from a ministry directorate; mentions the "
                       "roundtables, the consultation and 'الوفد المشارك' but proposes no speaker; the signer's "
                       "title is in the signature only; Latin display name on an Arabic message")
    return meta, root, label


@message
def h14_06() -> Built:
    plain = """Bonjour,

Je vous transfère ci-dessous la demande de notre directeur exécutif, qui est en mission à Oujda cette semaine avec un accès limité à sa messagerie.

Bien cordialement,

Yasmine Berrada
Assistante de direction
Fondation Sanad pour l'accompagnement des migrants (FSAM)
Tél. : +212 5 22 48 31 06

-----Message d'origine-----
De : Driss Amrani <d.amrani@fsam.example.ma>
Envoyé : mardi 2 février 2021 22:41
À : Yasmine Berrada <y.berrada@fsam.example.ma>
Objet : Demande de prise de parole - examen régional PMM

Yasmine,

Peux-tu transmettre ceci à l'adresse de l'examen régional (gcmrrarabstates@iom.int) avant vendredi ? Je voudrais demander une prise de parole à la table ronde thématique n°2, au nom de la Fondation. Nous travaillons avec l'OIM depuis 2017 sur l'accompagnement des migrants en situation de vulnérabilité et de retour volontaire, et il me semble important d'y apporter l'expérience du terrain.

Nom : Driss Amrani
Fonction : Directeur exécutif
Organisation : Fondation Sanad pour l'accompagnement des migrants (FSAM)

Merci !
Driss

Envoyé de mon iPhone
"""
    root = alternative(plain, outlook_html(msonormal(plain), "FR"), "----=_NextPart_000_0027_01D6FA11.3B6E0C40")
    meta = dict(from_name="Yasmine Berrada", from_email="y.berrada@fsam.example.ma",
                subject="TR: Demande de prise de parole - examen régional PMM", received_at=at(3, 8, 47, 20),
                sender_tz=tz(1), lag=55, mid="<002701d6fa00$3b6e0c40$b24a24c0$@fsam.example.ma>",
                extra=outlook(6, "fr-fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Driss Amrani", "Directeur exécutif",
                              "Fondation Sanad pour l'accompagnement des migrants (FSAM)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="the request is inside a forwarded message (Outlook 'TR:' with '-----Message d'origine-----' "
                       "block, not '>'-quoted); the forwarder (assistante de direction) is not the speaker; "
                       "labelled 'Nom / Fonction / Organisation' lines only in the forwarded part; 'table ronde "
                       "thématique n°2'")
    return meta, root, label


@message
def h14_07() -> Built:
    plain = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في فريق الاستعراض الإقليمي،

تتشرف جمعية الجالية السودانية للتكافل في عمّان بترشيح الأستاذ عثمان الطيب محمد، مدير البرامج في جمعية الجالية السودانية للتكافل، للمشاركة بمداخلة في المائدة المستديرة الثالثة.

الأستاذ عثمان يتابع منذ سنوات ملفات التعليم والرعاية الصحية لأبناء الجالية وطالبي اللجوء السودانيين في الأردن، وهو على استعداد للتحدث باللغتين العربية والإنجليزية.

ولكم جزيل الشكر

نعمات إبراهيم الحاج
رئيسة الهيئة الإدارية
جمعية الجالية السودانية للتكافل – عمّان، الأردن
0791 442 687
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "000000000000b21f4a05ba5c3e71")
    meta = dict(from_name="Neamat Elhag", from_email="sudanese.takaful.amman@gmail.example.com",
                subject="ترشيح للمائدة المستديرة الثالثة", received_at=at(3, 11, 10, 44), lag=9,
                relay="mail-wr1-f52.google.com", mid="<CAB7yQx2mV0dK4pL9sN3eT6wR1uJ8hF5cZ2aG7oE@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عثمان الطيب محمد", "مدير البرامج", "جمعية الجالية السودانية للتكافل",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="title with a preposition ('مدير البرامج في جمعية ...'); honorific الأستاذ; the sender "
                       "(رئيسة الهيئة الإدارية) nominates a colleague; the signature adds the city ('– عمّان، "
                       "الأردن') which is not part of the affiliation; diaspora association, Gmail")
    return meta, root, label


@message
def h14_08() -> Built:
    plain = """Thank you so much for the quick confirmation, much appreciated!
We look forward to the consultation.

Best,
Lina

Lina Qaisi
Operations Manager | Sahab Community Health Clinic for Migrant Workers

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 11:24 AM
To: Lina Qaisi <lina.qaisi@sahabclinic.example.jo>
Subject: Receipt: Nominations for speaking roles - Sahab migrant health clinic

Dear Lina Qaisi,

Thank you for your message. We confirm receipt of your request for speaking roles at the Regional Review of the Global Compact for Migration in the Arab region. The organisers will contact the proposed speakers in due course.

GCM Regional Review Arab States
"""
    root = alternative(plain, outlook_html(msonormal(plain), "EN-US"), "_000_AM6PR08MB4213D0E1F2A3B4C5D6E7F8091A2B3AM6PR08MB4213eurp_")
    meta = dict(from_name="Lina Qaisi", from_email="lina.qaisi@sahabclinic.example.jo",
                subject="RE: Receipt: Nominations for speaking roles - Sahab migrant health clinic",
                received_at=at(3, 12, 2, 15), lag=29, relay="mail-am6eur05on2071.outbound.protection.outlook.com",
                mid="<AM6PR08MB4213F1A0B9C8D7E6A5B4C3D2E1F0A@AM6PR08MB4213.eurprd08.prod.outlook.com>",
                in_reply_to=MID["clinic_ack"], references=MID["clinic"] + "\r\n " + MID["clinic_ack"],
                extra=outlook(8, "en-US"))
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h14-04.eml",
                 notes="thank-you reply to our acknowledgement of h14-04 (In-Reply-To our ack id, References the "
                       "original): adds nothing new, so no acknowledgement; the quoted ack mentions speaking roles")
    return meta, root, label


@message
def h14_09() -> Built:
    plain = """Dear GCM team,

Good evening. I would like to request a speaking slot in roundtable no. 4 if still possible. We are a very small group (honestly it is mostly me plus some volunteers on weekends) but we have been collecting data for 3 years on wage theft and unpaid end-of-service benefits among Bangladeshi workers in Qatar, from the cases that come to us, and nobody else has these numbers.

I can send a short summary of the data before the meeting if useful.

Thank you and regards

--
Md. Rafiqul Islam
Founder & Volunteer Coordinator
Probash Bondhu Initiative (PBI), Doha
WhatsApp: +974 5512 8830
"""
    root = alternative(plain, gmail_html(plain), "0000000000004c8e2105ba6b1f3d")
    meta = dict(from_name="Rafiq Islam", from_email="probashbondhu.qa@gmail.example.com",
                subject="Request to speak - roundtable 4", received_at=at(3, 20, 55, 31), sender_tz=tz(3), lag=7,
                relay="mail-ej1-f49.google.com", mid="<CAN3sP5wQ8rT1yV4uX7zA0bC3dE6fG9hJ2kL5mN8@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Md. Rafiqul Islam", "Founder & Volunteer Coordinator", "Probash Bondhu Initiative (PBI)",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="one-person NGO; speaker details only in the signature ('Md.' is the usual abbreviation of "
                       "Mohammad and part of the name, not an honorific); the signature line adds ', Doha' to the "
                       "affiliation; title with '&'; display name differs from the signature name; 'roundtable no. 4'")
    return meta, root, label


@message
def h14_10() -> Built:
    plain = """Bonjour,

Le collectif souhaite prendre part à la discussion ouverte de la consultation multipartite du 23 février. C'est moi qui interviendrai : nous travaillons depuis 2016 avec des jeunes migrants subsahariens à Casablanca à travers le théâtre et la photographie, et nous aimerions parler de la place des récits des migrants eux-mêmes.

Bien à vous,

--
Selma Haddouche
Coordinatrice artistique
Collectif Traversées
Arts, récits et migrations – Casablanca
+212 6 61 47 20 93

Le 2 févr. 2021 à 14:00, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + quote(INVITATION_FR) + "\n"
    root = alternative(plain, apple_html(plain), "Apple-Mail=_6D2A1C4E-8B3F-4E71-A9D0-5C7E2B1F3A86")
    meta = dict(from_name="Selma Haddouche", from_email="selma@collectif-traversees.example.ma",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=at(4, 10, 30, 9), sender_tz=tz(1), lag=18,
                mid="<B7E4F2A1-3C9D-4A58-8E06-1F2B3C4D5E6F@collectif-traversees.example.ma>",
                in_reply_to="<invitation.20210202@iom.int>", references="<invitation.20210202@iom.int>",
                extra=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Selma Haddouche", "Coordinatrice artistique", "Collectif Traversées",
                              ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' call quoting the French part of the invitation ('>'-quoted, with "
                       "both deadlines and 'rapports d'examen volontaire'); English subject of the invitation; "
                       "name, title and affiliation only in the signature ('C'est moi qui interviendrai'); the "
                       "line under the collective's name is a tagline with the city; artists' collective")
    return meta, root, label


@message
def h14_11() -> Built:
    plain = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Association of Returned Migrant Workers from the Gulf - Ghana (ARMWG). The report draws on a survey of 212 returnees to Greater Accra, Ashanti and the Northern Region and focuses on Objectives 6 (fair recruitment), 21 (return and reintegration) and 20 (remittances).

We would also like our Executive Secretary, Mr. Kofi Boateng-Asare, to serve as rapporteur and deliver the stakeholders' key messages. He returned from Saudi Arabia in 2014 and has coordinated the Association's reintegration desk since then.

Kindly acknowledge receipt.

Yours faithfully,

Abena Owusu (Mrs.)
Programmes Officer
Association of Returned Migrant Workers from the Gulf - Ghana (ARMWG)
P.O. Box KN 2245, Kaneshie, Accra
Tel: +233 24 418 9073
"""
    report = tiny_pdf(["Association of Returned Migrant Workers from the Gulf - Ghana (ARMWG)",
                       "Voluntary GCM Review Report 2021",
                       "Survey of 212 returnees: recruitment, return and reintegration.",
                       "Objectives 6, 20 and 21 ..."], "ARMWG Voluntary GCM Review 2021")
    root = mixed(text(plain, "plain", "utf-8", "8bit"),
                 [attach(report, "application/pdf", "ARMWG GCM voluntary review report 2021.pdf")],
                 "----=_Part_1184263_902118445.1612437612004")
    meta = dict(from_name="Abena Owusu", from_email="armwg.ghana@yahoo.example.com",
                subject="Submission of Voluntary GCM Review Report and Request for Rapporteur Role - ARMWG",
                received_at=at(4, 14, 15, 40), sender_tz=tz(0), lag=62, relay="sonic315-21.consmr.mail.ne1.yahoo.com",
                mid="<1184263.902118445.1612437612004@mail.yahoo.example.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Kofi Boateng-Asare", "Executive Secretary",
                              "Association of Returned Migrant Workers from the Gulf - Ghana (ARMWG)", ["rapporteur"])],
                 report_attachments=["ARMWG GCM voluntary review report 2021.pdf"], thread_of=None,
                 notes="report PDF plus a rapporteur nomination, both on time; returnees' association; title before "
                       "the name ('our Executive Secretary, Mr. ...'), hyphenated surname; the signer '(Mrs.)' is "
                       "not the speaker; Yahoo plain text, file name with spaces")
    return meta, root, label


@message
def h14_12() -> Built:
    plain = """مرحبا
كيفكم؟ شفت الإعلان عن الاستشارة يوم ٢٣ شباط وحابة أحكي بالنقاش المفتوح إذا في مجال 🙏
أنا ميس العبادي، بشتغل منسقة ميدانية بمبادرة بيتنا للعاملات المهاجرات، إحنا مجموعة صغيرة بعمّان بنساعد العاملات المنزليات اللي بيطلعوا من بيوت الكفلاء وما معهم أوراق.
بس بدي أعرف إذا لازم أبعت شي تاني ولا هيك بيكفي؟
يعطيكم العافية
ميس

Sent from my Samsung Galaxy smartphone."""
    root = text(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Mais", from_email="mais.abbadi88@hotmail.example.com", subject="مشاركة بالنقاش المفتوح",
                received_at=at(4, 22, 40, 3), lag=14, relay="EUR04-DB3-obe.outbound.protection.outlook.com",
                mid="<DB8P191MB0582A1B2C3D4E5F60718293A4B5C6D7E8@DB8P191MB0582.EURP191.PROD.OUTLOOK.COM>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ميس العبادي", "منسقة ميدانية", "مبادرة بيتنا للعاملات المهاجرات", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="colloquial (Levantine) Arabic from a phone: 'حابة أحكي بالنقاش المفتوح' = open discussion; "
                       "details in first-person prose ('بشتغل منسقة ميدانية بمبادرة ...'); emoji; ends with a "
                       "question; Arabic-Indic date digits; English 'Sent from my Samsung' footer; base64 body")
    return meta, root, label


@message
def h14_13() -> Built:
    plain = """السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية نقابية وبعد،

ترغب النقابة المستقلة لعمال المناطق الصناعية المؤهلة في المشاركة في أعمال المؤتمر الإقليمي، ونرشّح لذلك كلاً من:

الاسم: السيد منير الخوالدة
الصفة: رئيس النقابة
المشاركة المطلوبة: مداخلة في الجلسة العامة

الاسم: السيدة شميلة أكتر
الصفة: مسؤولة لجنة العاملات المهاجرات
المشاركة المطلوبة: مداخلة في المائدة المستديرة الأولى (مسارات الهجرة النظامية والعمل اللائق)

علماً بأن السيدة شميلة عاملة مهاجرة من بنغلاديش تعمل في قطاع الألبسة منذ عام 2011، وستتحدث بالإنجليزية أو البنغالية مع ترجمة.

مع التحية،
أمانة سر النقابة المستقلة لعمال المناطق الصناعية المؤهلة
إربد – الأردن
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "000000000000e93a7d05ba7f2c18")
    meta = dict(from_name="أمانة سر النقابة", from_email="qiz.workers.union@gmail.example.com",
                subject="ترشيحات النقابة للمؤتمر الإقليمي", received_at=at(5, 9, 20, 27), lag=11,
                relay="mail-lj1-f173.google.com", mid="<CAE4kT7nB2xR9vW1qY5mL8sD3fH6jU0pC4aZ7oN1@mail.gmail.com>")
    aff = "النقابة المستقلة لعمال المناطق الصناعية المؤهلة"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("منير الخوالدة", "رئيس النقابة", aff, ["plenary"]),
                           SP("شميلة أكتر", "مسؤولة لجنة العاملات المهاجرات", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="trade union, two speakers in labelled blocks (الاسم / الصفة / المشاركة المطلوبة) with "
                       "honorifics السيد/السيدة inside the name lines; affiliation only in the intro and the "
                       "signature (signed by the secretariat, no person); 'المائدة المستديرة الأولى' followed by its "
                       "theme in brackets; Bangladeshi worker's name in Arabic script")
    return meta, root, label


@message
def h14_14() -> Built:
    plain = """Bonjour,

Je me permets de vous écrire pour demander à intervenir dans la table ronde 3 de la conférence régionale.

Je suis chargée de projets à l'Association Pont des Rives (APR) à Oujda, où j'accompagne depuis 2018 des femmes migrantes ivoiriennes, guinéennes et camerounaises pour l'accès aux soins et à la scolarisation des enfants. Je suis moi-même arrivée au Maroc en 2013.

Mon nom : Awa Koné

Merci d'avance et bonne fin de semaine,
Awa
"""
    root = alternative(plain, gmail_html(plain), "0000000000007a1d6e05ba7fc4b2")
    meta = dict(from_name="Awa Kone", from_email="awa.kone.apr@gmail.example.com",
                subject="demande d'intervention table ronde 3", received_at=at(5, 15, 48, 51), sender_tz=tz(1), lag=6,
                relay="mail-wm1-f48.google.com", mid="<CAF9pR2sV6tY3wZ8xA1bD4eG7hK0mN3qS6uW9yB2@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Awa Koné", "chargée de projets", "Association Pont des Rives (APR)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination; title with a preposition ('chargée de projets à l'Association ... à Oujda'), "
                       "lower-case title; the name only on a 'Mon nom :' line (display name without the accent); "
                       "migrant-led perspective, Gmail")
    return meta, root, label


@message
def h14_15() -> Built:
    plain = """Hello, my name is Tigist Alemu from Habesha Sisters Mutual Aid Group in Riyadh. I want to speak in the plenary about the women who are stuck after their contract finish and cannot go home. We are many women helping each other, we are not registered organisation but we are 40 members.
Please tell me if it is ok.
Thank you

Sent from my iPhone"""
    root = text(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Tigist Alemu", from_email="tigist.alemu21@icloud.example.com", subject="Speak",
                received_at=at(5, 21, 3, 56), sender_tz=tz(3), lag=95, relay="st43p00im-ztdg10063901.me.com",
                mid="<5A1E7C93-2B40-4D8F-96E2-0C3F1B7A8D54@icloud.example.com>",
                extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tigist Alemu", None, "Habesha Sisters Mutual Aid Group", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="short iPhone message in simple English; no title given (null); unregistered migrant-led "
                       "group ('from ... in Riyadh', the city is not part of it); one-word subject; received the "
                       "evening of the speaker deadline (Date header 22:02 +03:00), on time")
    return meta, root, label


@message
def h14_16() -> Built:
    plain = """حضرات السادة المحترمين،

أعتذر عن تأخر الرسالة بسبب انقطاع الإنترنت في المنطقة طوال المساء، وآمل أن تُقبل ضمن المهلة.

أتقدم بطلب المشاركة في تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر خلال المشاورة يوم 23 شباط/فبراير. أنا هيوا عبدالله رسول، أستاذ مساعد في قسم الدراسات السكانية والهجرة بجامعة أربيل الأهلية، وقد عملت مقرراً لورشتين وطنيتين حول النزوح والعودة في إقليم كوردستان العراق خلال عامي 2019 و2020.

مع فائق التقدير،
د. هيوا عبدالله رسول
قسم الدراسات السكانية والهجرة
جامعة أربيل الأهلية – أربيل، إقليم كوردستان العراق
+964 750 481 2276
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "000000000000f5c2b805ba81d7e9")
    meta = dict(from_name="Hiwa Abdullah Rasul", from_email="hiwa.rasul@epu-private.example.edu.iq",
                subject="طلب المشاركة بصفة مقرر - المشاورة الإقليمية 23 شباط",
                received_at=at(6, 0, 13, 26), sender_tz=tz(3), lag=41, relay="mail-pf1-f170.google.com",
                mid="<CAH1nM4pQ7rS0tU3vW6xY9zA2bC5dE8fG1hJ4kL7@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("هيوا عبدالله رسول", "أستاذ مساعد", "قسم الدراسات السكانية والهجرة بجامعة أربيل الأهلية",
                              ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="late by 14 minutes: received 00:13 on 6 February Beirut time (Date header 01:12 +03:00); the "
                       "writer hopes it is within the deadline; self-nomination as rapporteur in prose; university "
                       "department; 'د.' before the name in the signature only")
    return meta, root, label


@message
def h14_17() -> Built:
    plain = """Bonjour Madame, Monsieur,

Je sais que la date limite était vendredi dernier, mais je n'ai reçu l'information que ce week-end par un ami. Je souhaiterais intervenir dans la table ronde n°2 et, si c'est possible, aussi faire une courte intervention en séance plénière.

Je suis Ibrahima Sow, médiateur interculturel, je travaille de manière indépendante avec les migrants bloqués à Tanger et dans la forêt de Belyounech depuis 2017 (accompagnement vers les services de santé, les associations et le HCR).

Si ce n'est plus possible je comprendrai.

Cordialement
Ibrahima Sow
+212 6 98 31 52 07
"""
    root = alternative(plain, gmail_html(plain), "000000000000c37b9805bab2e41f")
    meta = dict(from_name="Ibrahima Sow", from_email="ibrahima.sow.tanger@gmail.example.com",
                subject="Intervention table ronde 2 + plénière", received_at=at(8, 11, 26, 7), sender_tz=tz(1), lag=9,
                relay="mail-wr1-f41.google.com", mid="<CAJ6vB9nX2mQ5tR8wY1zC4eF7hK0pS3uV6yA9bD2@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ibrahima Sow", "médiateur interculturel", None, ["roundtable", "plenary"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February) and says so; one speaker, two roles (table ronde n°2 first, plenary "
                       "'si c'est possible'); independent mediator: no affiliation (null); Tanger is a place")
    return meta, root, label


@message
def h14_18() -> Built:
    plain = """Bonjour,

Notre réseau envisage de proposer une intervenante pour l'une des tables rondes, mais avant de finaliser nous aurions quelques questions pratiques :

- Quelle est la durée prévue des interventions dans les tables rondes (3 minutes, 5 minutes) ?
- Y aura-t-il une interprétation simultanée arabe/français, ou faut-il intervenir en anglais ?
- Est-il possible d'envoyer une intervention pré-enregistrée en cas de mauvaise connexion ? La connexion à Nouadhibou est souvent instable.
- Les liens de connexion seront-ils envoyés à chaque intervenant ou à l'organisation ?

Merci pour votre retour.

Cordialement,

Mohamed Salem Ould Bah
Chargé de communication
Réseau des Associations de Migrants et Pêcheurs du Littoral (RAMPL)
Nouadhibou – Mauritanie
"""
    root = text(plain, "plain", "utf-8", "8bit")
    meta = dict(from_name="RAMPL - Communication", from_email="communication@rampl.example.mr",
                subject="Questions pratiques - tables rondes 24-25 février", received_at=at(8, 15, 0, 44),
                sender_tz=tz(0), lag=120, mid="<9f2d61e0-a7c4-4b3e-8d15-6c0b2e9a7f43@rampl.example.mr>",
                extra=[THUNDERBIRD, "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (length of interventions, interpretation, pre-recorded video, links) "
                       "before a speaker request that is only planned: nobody is named; sender's own title in the "
                       "signature is not a nomination")
    return meta, root, label


@message
def h14_19() -> Built:
    plain = """Madame, Monsieur,

J'ai été retenu pour intervenir lors de la conférence régionale et je souhaiterais savoir si celle-ci se tiendra en présentiel, au moins en partie. Le cas échéant, pourriez-vous me faire parvenir une lettre d'invitation officielle afin que je puisse déposer une demande de visa ? Je suis de nationalité guinéenne et réside au Maroc ; les délais de rendez-vous au consulat sont actuellement d'environ trois semaines.

Je vous remercie par avance.

Bien cordialement,

Dr Mamadou Saliou Bah
Enseignant-chercheur
Faculté des sciences juridiques, économiques et sociales de Salé
"""
    root = alternative(plain, outlook_html(msonormal(plain), "FR"), "_000_PR3P195MB06418E2B3C4D5A6F7081920AB1C2PR3P195MB0641EURP_")
    meta = dict(from_name="Mamadou Saliou Bah", from_email="ms.bah@fsjes-sale.example.ac.ma",
                subject="Lettre d'invitation pour visa - conférence régionale PMM", received_at=at(10, 10, 12, 30),
                sender_tz=tz(1), lag=37, relay="EUR05-VI1-obe.outbound.protection.outlook.com",
                mid="<PR3P195MB06412C7E4A9B1D3F5E80A6B2C1D4PR3P195MB0641@PR3P195MB0641.EURP195.PROD.OUTLOOK.COM>",
                extra=outlook(19, "fr-FR"))
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question from someone already selected as a speaker: proposes "
                       "no one, so not a speaker request; 'Dr' without a period; his title in the signature only")
    return meta, root, label


@message
def h14_20() -> Built:
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسرّنا أن نرفق لكم التقرير الطوعي لجمعية الأيدي المتضامنة لدعم العمالة الوافدة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في مملكة البحرين خلال الفترة 2019-2020، ويتناول بشكل خاص أوضاع عاملات المنازل ونظام تصاريح العمل المرنة وآليات تلقي الشكاوى.

نأمل أن يحظى التقرير باهتمامكم، ونحن على استعداد لتقديم أي إيضاحات إضافية.

مع خالص التقدير،
فاطمة عبدالرحيم المحميد
منسقة البحوث والمناصرة
جمعية الأيدي المتضامنة لدعم العمالة الوافدة
المنامة – مملكة البحرين
هاتف: +973 1729 4405

تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
This email and any attachments are confidential and intended solely for the addressee.
"""
    cid = "image002.jpg@01D7004B.6A2E1F90"
    html = outlook_html(msonormal(plain) + '\n<p class=MsoNormal><img width=96 height=48 src="cid:%s"></p>' % cid,
                        "AR-BH", rtl=True)
    body = related(alternative(plain, html, "----=_NextPart_002_0061_01D7004B.6A2E1F90"),
                   [attach(tiny_png((150, 30, 60)), "image/png", "image002.png", cid=cid)],
                   "----=_NextPart_001_0060_01D7004B.6A2E1F90")
    report = tiny_pdf(["Solidarity Hands Society for Migrant Workers Support - Bahrain",
                       "Voluntary GCM Review Report 2019-2020 (Arabic original, English summary)",
                       "Domestic workers, flexible work permits, complaint mechanisms ..."],
                      "Voluntary GCM Review Report 2021")
    root = mixed(body, [attach(report, "application/pdf", "التقرير الطوعي - جمعية الأيدي المتضامنة 2021.pdf",
                               style="2047")], "----=_NextPart_000_005F_01D7004B.6A2E1F90")
    meta = dict(from_name="Fatima Al-Mahmeed", from_email="research@solidarityhands.example.bh",
                subject="التقرير الطوعي لجمعية الأيدي المتضامنة - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=at(11, 13, 40, 18), sender_tz=tz(3), lag=83,
                mid="<006001d7003a$6a2e1f90$3e8a5eb0$@solidarityhands.example.bh>", extra=outlook(20, "ar-bh"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي - جمعية الأيدي المتضامنة 2021.pdf"], thread_of=None,
                 notes="Outlook layout mixed > related > alternative; Arabic PDF name as RFC 2047 inside the quoted "
                       "parameters; the inline signature image (image002.png) is not part of the report; bilingual "
                       "disclaimer; the signature title is not a speaker request")
    return meta, root, label


@message
def h14_21() -> Built:
    plain = """Dear GCM Regional Review team,

On behalf of the Philippine Migrants Advocacy Network - Middle East (PMAN-ME), I am pleased to submit our collective voluntary GCM review report. It was prepared with our 14 member organisations in Saudi Arabia, Qatar, Bahrain, Kuwait and the UAE through six online focus group discussions held between November 2020 and January 2021, and covers access to justice, repatriation during COVID-19 and the situation of undocumented workers.

The list of member organisations is in Annex A of the report.

Maraming salamat po and best regards,

Jocelyn Dela Cruz-Reyes
Regional Coordinator
Philippine Migrants Advocacy Network - Middle East (PMAN-ME)
Mobile/Viber: +966 55 318 4407
"""
    report = tiny_pdf(["Philippine Migrants Advocacy Network - Middle East (PMAN-ME)",
                       "Collective Voluntary GCM Review Report 2021",
                       "Prepared with 14 member organisations in 5 countries.",
                       "Annex A: member organisations"], "PMAN-ME collective GCM report")
    root = mixed(alternative(plain, gmail_html(plain), "000000000000a8d4c205bb0e6f21"),
                 [attach(report, "application/pdf", "PMAN-ME_Collective_GCM_Voluntary_Review_2021.pdf")],
                 "000000000000a8d4c405bb0e6f23")
    meta = dict(from_name="Jocelyn Dela Cruz-Reyes", from_email="coordinator.pmanme@gmail.example.com",
                subject="PMAN-ME collective voluntary GCM review report", received_at=at(12, 9, 55, 2),
                sender_tz=tz(3), lag=10, relay="mail-ot1-f67.google.com",
                mid="<CAL2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["PMAN-ME_Collective_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="collective report of a diaspora network with 14 member organisations; Tagalog courtesy "
                       "phrase in the closing; signature title is not a speaker request")
    return meta, root, label


@message
def h14_22() -> Built:
    plain = """السادة المحترمين،

تحية طيبة،

مرفق التقرير الطوعي للمرصد السوداني للهجرة والعمل عن تنفيذ أهداف الاتفاق العالمي للهجرة في السودان (2019-2020)، مع التركيز على هجرة الشباب إلى دول الخليج وليبيا، والعائدين، وتحويلات المغتربين.

نرجو إفادتنا باستلام التقرير، فقد واجهنا مشكلة في إرسال الملف عبر البريد الرسمي للمرصد فأرسلناه من هذا العنوان.

وشكراً
عوض الكريم بابكر
الباحث الرئيسي
المرصد السوداني للهجرة والعمل – الخرطوم
"""
    report = tiny_pdf(["Sudan Migration and Labour Observatory",
                       "Voluntary GCM Review Report - Sudan 2019-2020",
                       "Youth labour migration, returnees, diaspora remittances ..."], "SMLO GCM review")
    root = mixed(text(plain, "plain", "utf-8", "b64"),
                 [attach(report, "application/octet-stream", "SMLO_GCM_Voluntary_Review_Sudan_AR.pdf")],
                 "------------0A2F6C1B8E3D4957A1C2B3E4")
    meta = dict(from_name="Awad Elkarim Babiker", from_email="awadbabiker.smlo@outlook.example.com",
                subject="التقرير الطوعي - المرصد السوداني للهجرة والعمل", received_at=at(15, 16, 31, 49),
                sender_tz=tz(2), lag=27, extra=[THUNDERBIRD],
                mid="<e3b1f4a2-9c07-4d6e-b5a8-2f1c0d9e7b63@outlook.example.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["SMLO_GCM_Voluntary_Review_Sudan_AR.pdf"], thread_of=None,
                 notes="the report PDF is attached as application/octet-stream (only the .pdf name tells what it "
                       "is); sent from a personal address instead of the observatory's; asks for confirmation; "
                       "Thunderbird, base64 body")
    return meta, root, label


@message
def h14_23() -> Built:
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial
pour des migrations sûres, ordonnées et régulières élaboré par le
Laboratoire Mobilités et Territoires (LAMOT) du Département de géographie
de l'Université du Souss, Agadir.

Ce rapport s'appuie sur nos enquêtes de terrain menées en 2019 et 2020
auprès des travailleurs saisonniers de la plaine du Souss et des migrants
subsahariens installés à Agadir et Tiznit.

Nous restons à votre disposition pour toute précision.

Respectueusement,

Pr Hassan Aït Oubella
Directeur du LAMOT
Département de géographie - Université du Souss
"""
    report = tiny_docx(["Rapport volontaire d'examen du Pacte mondial sur les migrations - 2021",
                        "Laboratoire Mobilités et Territoires (LAMOT), Université du Souss",
                        "1. Travailleurs saisonniers de la plaine du Souss",
                        "2. Migrants subsahariens à Agadir et Tiznit", "3. Recommandations"])
    root = mixed(text(plain, "plain", "utf-8", "8bit", flowed=True),
                 [attach(report, DOCX_TYPE, "Rapport_volontaire_PMM_LAMOT_Université_du_Souss.docx")],
                 "------------B5E2D0A9C4F17E3B6D8A2C10")
    meta = dict(from_name="Hassan Aït Oubella", from_email="h.aitoubella@univ-souss.example.ac.ma",
                subject="Rapport volontaire LAMOT - Pacte mondial sur les migrations", received_at=at(16, 18, 2, 55),
                sender_tz=tz(1), lag=44, extra=[THUNDERBIRD, "Content-Language: fr"],
                mid="<4a7c2e19-0b6d-4f83-9e15-d2c8a3b7f061@univ-souss.example.ac.ma>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_LAMOT_Université_du_Souss.docx"], thread_of=None,
                 notes="university laboratory report as DOCX on the last day of the report deadline; accented file "
                       "name in RFC 2231 encoding; hard-wrapped Thunderbird text")
    return meta, root, label


@message
def h14_24() -> Built:
    plain = """Dear colleagues,

Apologies for missing the 16 February deadline - our final internal review was delayed by the university's exam period. Please find attached the voluntary GCM review report of the Department of Migration and Displacement Studies, Hawler Institute for Social Research (HISR), on the situation of returnees and internally displaced persons in the Kurdistan Region of Iraq. We would be very grateful if it could still be considered.

Best wishes,

Dr. Shilan Karim Aziz
Head of Department
Department of Migration and Displacement Studies
Hawler Institute for Social Research (HISR), Erbil
"""
    report = tiny_docx(["Voluntary GCM Review Report - Kurdistan Region of Iraq",
                        "Department of Migration and Displacement Studies, HISR",
                        "Returnees and internally displaced persons, 2019-2020", "Recommendations"])
    root = mixed(alternative(plain, outlook_html(msonormal(plain), "EN-GB"), "_000_VI1PR0402MB3390A7B2C1D0E9F8_"),
                 [attach(report, DOCX_TYPE, "HISR_GCM_Voluntary_Review_KRI_final.docx")],
                 "_004_VI1PR0402MB3390A7B2C1D0E9F8_")
    meta = dict(from_name="Shilan Karim Aziz", from_email="shilan.aziz@hisr.example.edu.krd",
                subject="HISR voluntary GCM review report (late submission)", received_at=at(18, 10, 45, 20),
                sender_tz=tz(3), lag=58, relay="EUR02-VE1-obe.outbound.protection.outlook.com",
                mid="<VI1PR0402MB3390A7B2C1D0E9F8B6C5D4E3F2A1@VI1PR0402MB3390.eurprd04.prod.outlook.com>",
                extra=outlook(24, "en-GB"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["HISR_GCM_Voluntary_Review_KRI_final.docx"], thread_of=None,
                 notes="late report (18 February), apologises; university department in the Kurdistan Region; "
                       "the signer's title (Head of Department) is not a speaker request")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(folder, name))
    speaker_deadline, report_deadline = at(5, 23, 59, 59), at(16, 23, 59, 59)
    labels = []
    previous = None
    for n, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        name = "h14-%02d.eml" % n
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        arrived = meta["received_at"]
        assert previous is None or arrived > previous, name
        previous = arrived
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(n, meta, root))
        category = label["category"]
        on_time = {"speaker_request": arrived <= speaker_deadline, "voluntary_report": arrived <= report_deadline,
                   "both": arrived <= speaker_deadline and arrived <= report_deadline}.get(category)
        labels.append({"file": name, "received_at": arrived.isoformat(), "category": category,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout14"))
