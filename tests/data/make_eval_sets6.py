#!/usr/bin/env python3
"""Sixth-author evaluation set for gcm-intake: tests/data/holdout6 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets6.py
Written without reading intake/ or rules/.  Each message below is one function returning
(envelope, MIME tree, expected label); the label format is /work/shared/corpus/LABELS.md.
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

Built = tuple[dict[str, Any], Message, dict[str, Any]]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receipt time, February 2021, Beirut time."""
    return dt.datetime(2021, 2, day, h, mi, s, tzinfo=BEIRUT)


def speaker(name: str, title: str | None, affiliation: str | None, roles: list[str],
            roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachment files
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """A valid one-page PDF (Helvetica, Latin-1 text) with a correct xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 12 Tf 15 TL 60 770 Td\n" + "".join("(%s) Tj T*\n" % esc(x) for x in lines) + "ET"
    stream = content.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (LibreOffice 7.0) /CreationDate (D:20210201090000+02'00') >>"
         % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list[str], title: str, rtl: bool = False) -> bytes:
    """A minimal valid WordprocessingML package written with zipfile (fixed timestamps)."""
    def para(text: str, style: str | None = None) -> str:
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                           "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return "<w:p>%s<w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (ppr, rpr, escape(text))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>' % ns
                + para(title, "Title") + "".join(para(p) for p in paragraphs)
                + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>user</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % escape(title),
        "word/document.xml": document,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def tiny_png(rgb: tuple[int, int, int], w: int = 32, h: int = 12) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------- MIME pieces
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    return MIMEText(body.replace("\r\n", "\n"), subtype, cs)


def alternative(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231",
           disposition: str = "attachment", cid: str | None = None) -> Message:
    """An attachment part; non-ASCII names as RFC 2231 (Thunderbird, Apple, Outlook) or RFC 2047 (Gmail)."""
    main, sub = ctype.split("/")
    part: Message = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
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
        part.add_header("Content-ID", "<%s>" % cid)
    return part


def multipart(kind: str, parts: list[Message], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(kind, boundary=boundary, **params)
    for p in parts:
        m.attach(p)
    return m


# ----------------------------------------------------------------- how each client writes HTML
def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            '--></style></head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>'
            '<div class="WordSection1">\n%s\n</div></body></html>\n'
            % (lang, ' dir="RTL"' if rtl else "", inner))


def mso_paras(body: str) -> str:
    """Outlook paragraphs: one <p> per line, an &nbsp; paragraph for each blank line."""
    out = []
    for line in body.split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (escape(line, quote=False) or "&nbsp;"))
    return "\n".join(out)


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = []
    for block in body.split("\n\n"):
        blocks.append("<div>%s</div>" % "<br>".join(escape(x, quote=False) for x in block.split("\n")))
    return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def apple_html(body: str) -> str:
    lines = "".join('<div class="">%s</div>' % (escape(x, quote=False) or '<br class="">') for x in body.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">%s</body></html>\n' % lines)


# ----------------------------------------------------------------- envelope
def encoded(s: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def mailbox(name: str | None, address: str, charset: str = "utf-8") -> str:
    if name is None:
        return address
    if all(ord(c) < 128 for c in name):
        return formataddr((name, address))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), address)


def render(env: dict[str, Any], root: Message, n: int) -> bytes:
    domain = env["from_email"].split("@")[1]
    received = env["received_at"]
    sent = (received - dt.timedelta(seconds=env.get("lag", 40))).astimezone(env.get("sender_tz", BEIRUT))
    relay = env.get("relay", "mail." + domain)
    charset = env.get("hdr_charset", "utf-8")
    h = ["Return-Path: <%s>" % env["from_email"], "Delivered-To: " + MAILBOX,
         "Received: from %s (%s [203.0.113.%d])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id 4Dk%02dYq%sZ\r\n"
         "\tfor <%s>; %s (EET)" % (relay, relay, 20 + 3 * n, n, "hwpbnmrxcz"[n % 10], MAILBOX,
                                   format_datetime(received))]
    if env.get("inner_received"):
        h.append(env["inner_received"] % format_datetime(sent.astimezone(dt.timezone.utc)))
    h.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
             % (domain, domain))
    h.append("From: " + mailbox(env["from_name"], env["from_email"], charset))
    h.append("To: " + env.get("to", MAILBOX))
    if env.get("cc"):
        h.append("Cc: " + env["cc"])
    h.append("Subject: " + encoded(env["subject"], charset))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + env["mid"])
    if env.get("in_reply_to"):
        h.append("In-Reply-To: " + env["in_reply_to"])
    if env.get("references"):
        h.append("References: " + env["references"])
    h.extend(env.get("headers", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=76)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n: int, lang: str, has_attach: bool = False) -> list[str]:
    return ["Thread-Index: AQHW%04dmB3kP0aT7E+vXzq%02dLw==" % (n * 53, n), "Accept-Language: %s" % lang,
            "Content-Language: %s" % lang, "X-MS-Has-Attach: %s" % ("yes" if has_attach else ""),
            "X-Mailer: Microsoft Outlook 16.0"]


GMAIL_RELAY = "mail-wm1-f%d.google.com"
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.1"]
APPLE_MAIL = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]

MESSAGES: list[Callable[[], Built]] = []


def message(fn: Callable[[], Built]) -> Callable[[], Built]:
    MESSAGES.append(fn)
    return fn


MID_01 = "<DB7PR02MB3961A0E5C2F14B7D8E6B2C91D9B59@DB7PR02MB3961.eurprd02.prod.outlook.example.com>"
ACK_01 = "<gcm-ack.20210201T112142.5c1e@intake.iom.int>"
INVITATION_MID = "<AM6PR04MB52781F0B6E3C2A9D4C7E8F15C8C60@AM6PR04MB5278.eurprd04.prod.outlook.example.com>"

INVITATION_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021). Please find attached the invitation letter, the concept note and the draft agenda.

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021. The online survey is open until Friday, 5 February 2021.

Kind regards,
GCM Regional Review Secretariat"""


# ================================================================= the messages, in order of receipt
@message
def h6_01() -> Built:
    plain = """Dear colleagues,

Further to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, I am writing to nominate Dr. Rania Tawfiq, Director of Programmes at the Levant Centre for Labour Mobility Studies (LCLMS), for a floor intervention in thematic Roundtable 2 of the Regional Review Conference on 24-25 February.

Dr. Tawfiq leads our research on recruitment fees, wage protection and access to justice for migrant workers in Lebanon and Jordan, and she is comfortable speaking in English or Arabic. Her short bio can be shared on request.

Kind regards,

Nour Khatib
Communications Officer
LCLMS | Hamra, Beirut
T: +961 1 748 215 | M: +961 3 552 904
www.lclms.example.org
"""
    root = alternative(plain, outlook_html(mso_paras(plain), "EN-GB"), "_000_DB7PR02MB3961A0E5C2F1_")
    env = dict(from_name="Nour Khatib", from_email="n.khatib@lclms.example.org",
               subject="Speaker nomination - Roundtable 2 - Regional Review of the GCM",
               received_at=at(1, 11, 20, 14), lag=38, mid=MID_01, relay="mail-ve1eur02.outbound.protection.outlook.example.com",
               headers=outlook(1, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Rania Tawfiq", "Director of Programmes",
                                   "Levant Centre for Labour Mobility Studies (LCLMS)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="all details in one running sentence with 'Dr.' before the name and 'Director of Programmes at "
                       "...'; the sender (communications officer) nominates a colleague and her signature gives only "
                       "the acronym")
    return env, root, label


@message
def h6_02() -> Built:
    plain = """Oujda, le 1er février 2021

À l'attention du Secrétariat de l'Examen régional du Pacte mondial
pour des migrations sûres, ordonnées et régulières
OIM / CESAO

Objet : demande de prise de parole

Madame, Monsieur,

Suite à votre lettre d'invitation, le Collectif des Travailleuses
Migrantes de l'Oriental (CTMO) a l'honneur de solliciter une prise de
parole lors de la Conférence régionale d'examen des 24 et 25 février
2021. Vous trouverez ci-dessous les informations demandées :

Nom et prénom : EL AMRANI Hajar
Fonction : Présidente
Organisation : Collectif des Travailleuses Migrantes de l'Oriental (CTMO)
Séance souhaitée : table ronde thématique n° 4

Mme EL AMRANI pourra s'exprimer en arabe et en français. Elle
souhaiterait partager l'expérience du Collectif en matière de collecte
de données sur les travailleuses saisonnières et sur leurs conditions
de retour.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Pour le Bureau exécutif,
Khadija Berrada
Secrétaire générale
CTMO - 14, rue Ibn Sina, Oujda
Tél. : +212 5 36 68 41 27
"""
    root = text(plain, "plain", "utf-8", "8bit")
    env = dict(from_name="CTMO - Secrétariat", from_email="contact@ctmo-oriental.example.ma",
               subject="Demande de prise de parole - Examen régional du PMM (région arabe)",
               received_at=at(1, 16, 45, 2), sender_tz=tz(1), lag=57,
               mid="<7b2e4f10-3c8a-4d5e-9f61-0a7c2b9d8e43@ctmo-oriental.example.ma>",
               headers=THUNDERBIRD + ["Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("EL AMRANI Hajar", "Présidente",
                                   "Collectif des Travailleuses Migrantes de l'Oriental (CTMO)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="French formal letter ('Veuillez agréer ...') with a labelled form ('Nom et prénom :', space "
                       "before the colon); family name first in capitals; 'table ronde thématique n° 4'; Thunderbird "
                       "hard-wrapped 8bit plain text, the organisation name is broken across a line in the prose; the "
                       "signer (secrétaire générale) is not the speaker")
    return env, root, label


@message
def h6_03() -> Built:
    plain = """بسم الله الرحمن الرحيم

جمعية الأمان لرعاية العمال الوافدين
الرقم: ج أ / 2021 / 047
التاريخ: 2 فبراير 2021

السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية        المحترمين
المنظمة الدولية للهجرة – اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ جمعية الأمان لرعاية العمال الوافدين أن ترشّح الأستاذ فيصل عبد الكريم الدوسري لتقديم مداخلة في المائدة المستديرة الثانية خلال أعمال المؤتمر الإقليمي يومي 24 و25 فبراير 2021.

ويشغل الأستاذ فيصل منصب رئيس وحدة الرصد القانوني في الجمعية منذ عام 2016، وقد أشرف على توثيق أكثر من ثلاثمائة حالة احتجاز وترحيل لعمال وافدين، وسيقدّم مداخلته باللغة العربية.

شاكرين لكم حسن تعاونكم، وتفضلوا بقبول فائق الاحترام والتقدير،،،

عبد الرحمن سالم المطيري
رئيس مجلس الإدارة
هاتف: 22451380 965+
"""
    root = alternative(plain, outlook_html(mso_paras(plain), "AR-KW", rtl=True),
                       "_000_AM0PR10MB2467E3B1D9C04F7A1B6D3E82A1F40_", charset="windows-1256")
    env = dict(from_name="جمعية الأمان", from_email="info@alaman-mw.example.org.kw", hdr_charset="windows-1256",
               subject="ترشيح متحدث – المائدة المستديرة الثانية – الاستعراض الإقليمي للاتفاق العالمي للهجرة",
               received_at=at(2, 10, 5, 40), sender_tz=tz(3), lag=71,
               relay="mail-am6eur05on2072.outbound.protection.outlook.example.com",
               mid="<AM0PR10MB2467E3B1D9C04F7A1B6D3E82A1F40@AM0PR10MB2467.EURPRD10.PROD.OUTLOOK.example.com>",
               headers=outlook(3, "ar-KW"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("فيصل عبد الكريم الدوسري", "رئيس وحدة الرصد القانوني",
                                   "جمعية الأمان لرعاية العمال الوافدين", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="formal Arabic letter (بسم الله، تحية طيبة وبعد، وتفضلوا بقبول فائق الاحترام); the name (with "
                       "the honorific الأستاذ) is in one paragraph and the title in the next, with the affiliation only by "
                       "reference ('في الجمعية') to the letterhead and first paragraph; the signer is not the speaker; "
                       "windows-1256")
    return env, root, label


@message
def h6_04() -> Built:
    plain = """Dear team,

Many thanks for the quick confirmation, well noted. We look forward to hearing from you about the programme and the technical arrangements.

Best,
Nour

Nour Khatib
Communications Officer
LCLMS | Hamra, Beirut
T: +961 1 748 215 | M: +961 3 552 904

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 11:21 AM
To: Nour Khatib <n.khatib@lclms.example.org>
Subject: RE: Speaker nomination - Roundtable 2 - Regional Review of the GCM

Dear Nour Khatib,

Thank you for your message. We confirm receipt of your request for a speaking role (Dr. Rania Tawfiq, Roundtable 2). The organisers will review all requests after the deadline of 5 February 2021 and will contact the selected speakers.

Kind regards,
GCM Regional Review team
"""
    root = alternative(plain, outlook_html(mso_paras(plain), "EN-GB"), "_000_DB7PR02MB3961B71F0A2E47C8_")
    env = dict(from_name="Nour Khatib", from_email="n.khatib@lclms.example.org",
               subject="RE: Speaker nomination - Roundtable 2 - Regional Review of the GCM",
               received_at=at(2, 12, 31, 5), lag=33, relay="mail-ve1eur02.outbound.protection.outlook.example.com",
               mid="<DB7PR02MB3961B71F0A2E47C8D0F6E1A3D9B59@DB7PR02MB3961.eurprd02.prod.outlook.example.com>",
               in_reply_to=ACK_01, references=MID_01 + "\r\n " + ACK_01, headers=outlook(4, "en-GB"))
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h6-01.eml",
                 notes="thank-you reply to our acknowledgement of h6-01; the quoted acknowledgement repeats the speaker "
                       "and the roundtable, but nothing new is submitted, so no acknowledgement")
    return env, root, label


@message
def h6_05() -> Built:
    plain = """السلام عليكم ورحمة الله وبركاته،

نرجو التكرم بتسجيل المشاركَين التاليين من الرابطة في المشاورة متعددة أصحاب المصلحة وفي المؤتمر الإقليمي:

المشارك الأول
الاسم: عوض الله إبراهيم محمد
الصفة: الأمين العام
الجهة: رابطة الجالية السودانية للتضامن في عمّان
المشاركة المطلوبة: المشاركة في النقاش المفتوح يوم 23 فبراير

المشاركة الثانية
الاسم: السيدة آمنة عثمان الطيب
الجهة: رابطة الجالية السودانية للتضامن في عمّان
المشاركة المطلوبة: مداخلة في الجلسة العامة

ولكم جزيل الشكر،

حسن بابكر
مسؤول العلاقات العامة بالرابطة
جوال: 962791234508+
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "0000000000004b7e1a05ba5c3d21", cte="b64")
    env = dict(from_name="رابطة الجالية السودانية", from_email="sudanese.solidarity.amman@gmail.example.com",
               subject="طلب مشاركة - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
               received_at=at(2, 19, 40, 26), lag=9, relay=GMAIL_RELAY % 44,
               mid="<CAK5w1xQ9Rr3nYp+7eTg2bH0sVd4LmUf6cJ8oZ1aN3kW@mail.gmail.com>")
    aff = "رابطة الجالية السودانية للتضامن في عمّان"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("عوض الله إبراهيم محمد", "الأمين العام", aff, ["open_discussion"]),
                           speaker("آمنة عثمان الطيب", None, aff, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="two labelled blocks (الاسم: / الصفة: / الجهة:); the second has no الصفة line, so title null, and "
                       "its name line carries the honorific السيدة; open discussion vs plenary per block; sender "
                       "(public relations officer) is not a speaker; base64 Gmail parts")
    return env, root, label


@message
def h6_06() -> Built:
    inner = """<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Au nom de la F&eacute;d&eacute;ration des Associations de Migrants Ouest-Africains au Maghreb (FAMOAM), nous avons le plaisir de vous proposer deux intervenants pour la Conf&eacute;rence r&eacute;gionale d&rsquo;examen du Pacte mondial.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Pour la table ronde 2, nous proposons <b>Mme Fatoumata KON&Eacute;</b>, charg&eacute;e de plaidoyer &agrave; la FAMOAM, qui suit depuis plusieurs ann&eacute;es les situations de refoulement et de d&eacute;tention aux fronti&egrave;res.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Notre pr&eacute;sident, <b>M. Ibrahima SOW</b>, souhaiterait par ailleurs faire une intervention en s&eacute;ance pl&eacute;ni&egrave;re.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Nous vous remercions de votre attention et restons disponibles pour tout renseignement.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Cordialement,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#C55A11">Le secr&eacute;tariat de la FAMOAM</span></b><br>Rabat &ndash; Maroc | +212 6 61 23 45 08<o:p></o:p></p>"""
    root = text(outlook_html(inner, "FR"), "html", "utf-8", "qp")
    env = dict(from_name="Secrétariat FAMOAM", from_email="secretariat@famoam.example.org",
               subject="Proposition d'intervenants - FAMOAM",
               received_at=at(3, 9, 15, 48), sender_tz=tz(1), lag=52,
               mid="<001d01d6f9f6$8b3c2a10$a1b47e30$@famoam.example.org>", headers=outlook(6, "fr-FR"))
    aff = "Fédération des Associations de Migrants Ouest-Africains au Maghreb (FAMOAM)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Fatoumata KONÉ", "chargée de plaidoyer", aff, ["roundtable"], 2),
                           speaker("Ibrahima SOW", "président", aff, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message with HTML entities; two speakers in prose, each in its own paragraph; "
                       "the second has the title before the name ('Notre président, M. ...'); surnames in capitals "
                       "with an accent (KONÉ); the affiliation is only in the opening sentence; sent by a secretariat")
    return env, root, label


@message
def h6_07() -> Built:
    plain = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Nile Diaspora Development Network (NDDN), prepared with input from our member associations in Kuwait, Saudi Arabia and the United Arab Emirates.

The report focuses on Objectives 19 and 20 (diaspora contributions and remittances) and ends with a short set of recommendations for the Arab region.

We would be grateful if you could confirm receipt.

Best regards,
Ahmed Fathy
Secretary General
Nile Diaspora Development Network (NDDN)
Cairo | +20 2 2735 9140
"""
    pdf = tiny_pdf(["Nile Diaspora Development Network (NDDN)", "Voluntary GCM Review Report - February 2021",
                    "1. Introduction and methodology", "2. Objective 19: diaspora engagement",
                    "3. Objective 20: cost and safety of remittances", "4. Recommendations"],
                   "NDDN Voluntary GCM Review 2021")
    body = text(plain, "plain", "utf-8", "qp")
    body.set_param("format", "flowed")
    root = multipart("mixed", [body, attach(pdf, "application/octet-stream", "NDDN_Voluntary_GCM_Review_2021.pdf")],
                     "=_4f1c9e0a3b7d2e85c6a1f0b9d3e7c214")
    env = dict(from_name="Ahmed Fathy", from_email="secretary@nddn.example.org",
               subject="Voluntary GCM review report - NDDN", received_at=at(3, 14, 2, 11), lag=24,
               mid="<4f1c9e0a3b7d2e85c6a1f0b9d3e7c214@nddn.example.org>",
               headers=["User-Agent: Roundcube Webmail/1.4.10"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NDDN_Voluntary_GCM_Review_2021.pdf"], thread_of=None,
                 notes="webmail (Roundcube) sends the PDF as application/octet-stream: the report must be recognised by "
                       "its .pdf name and content, not by its MIME type")
    return env, root, label


@message
def h6_08() -> Built:
    plain = """Dear Sir/Madam,

With reference to the invitation below, the Federation of Independent Trade Unions in the Mashreq would like to request a floor intervention in the first thematic roundtable. Our speaker:

Name: Mahmoud Qasem
Position: Head of the Migration Unit
Organisation: Federation of Independent Trade Unions in the Mashreq (FITUM)
Session: Roundtable 1

Brother Qasem has followed the labour migration files of the Federation since 2012, including the campaign on the kafala reform.

Best regards,

Mahmoud Qasem
Head of the Migration Unit
FITUM - Amman
Tel: +962 6 569 1140 | Mob: +962 79 660 2318

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, January 29, 2021 4:12 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

""" + INVITATION_EN + "\n"
    root = alternative(plain, outlook_html(mso_paras(plain)), "_000_HE1PR0402MB28836E2C1A7B4F9E90D5C3A1E0BD0_")
    env = dict(from_name="Mahmoud Qasem", from_email="m.qasem@fitum.example.org",
               subject="RE: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
               received_at=at(3, 17, 30, 3), lag=45, relay="mail-he1eur04.outbound.protection.outlook.example.com",
               mid="<HE1PR0402MB28836E2C1A7B4F9E90D5C3A1E0BD0@HE1PR0402MB2883.eurprd04.prod.outlook.example.com>",
               in_reply_to=INVITATION_MID, references=INVITATION_MID, headers=outlook(8, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Mahmoud Qasem", "Head of the Migration Unit",
                                   "Federation of Independent Trade Unions in the Mashreq (FITUM)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' call, quoted Outlook-style (no '>') with all four roles, the voluntary "
                       "report deadline and the survey; labelled lines with 'Position:'; title with its unit; the "
                       "speaker is the sender; 'Brother' (trade-union usage) is not part of the name")
    return env, root, label


@message
def h6_09() -> Built:
    plain = """مرحباً،

مرفق طيّه التقرير الطوعي لجمعية النهوض بالمرأة المهاجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان خلال الفترة 2019-2020، وقد أعددناه بالاستناد إلى جلسات استماع مع أكثر من ستين عاملة منزلية مهاجرة.

كما نودّ أن نطلب الكلمة في الجلسة العامة للمؤتمر الإقليمي للدكتورة هدى الزعبي، رئيسة مجلس الإدارة في جمعية النهوض بالمرأة المهاجرة.

مع جزيل الشكر،
سمر الخوري
منسقة المشاريع
جمعية النهوض بالمرأة المهاجرة
بيروت، لبنان | 961 70 418 552+
"""
    body = alternative(plain, gmail_html(plain, rtl=True), "000000000000a3f27b05ba6e0c44", cte="b64")
    pdf = tiny_pdf(["Association for the Advancement of Migrant Women - Lebanon",
                    "Voluntary GCM Review Report 2019-2020", "Based on hearings with 63 migrant domestic workers",
                    "Objectives 6, 7 and 16", "Recommendations to the Government of Lebanon"],
                   "Voluntary GCM review - Lebanon")
    root = multipart("mixed", [body, attach(pdf, "application/pdf", "التقرير الطوعي - جمعية النهوض بالمرأة المهاجرة.pdf",
                                            style="2047")],
                     "000000000000a3f27d05ba6e0c46")
    env = dict(from_name="Samar Khoury", from_email="samar.khoury.anmw@gmail.example.com",
               subject="التقرير الطوعي + طلب كلمة في الجلسة العامة",
               received_at=at(4, 11, 10, 37), lag=11, relay=GMAIL_RELAY % 52,
               mid="<CAN7p2vEo4Zq1Lk8RtY3wJ6cHb9sXm0fDa5uGi2TnQe@mail.gmail.com>")
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[speaker("هدى الزعبي", "رئيسة مجلس الإدارة", "جمعية النهوض بالمرأة المهاجرة", ["plenary"])],
                 report_attachments=["التقرير الطوعي - جمعية النهوض بالمرأة المهاجرة.pdf"], thread_of=None,
                 notes="report (PDF with an Arabic name, RFC 2047 inside the quoted parameters, Gmail style) and a "
                       "speaker request for someone else in one sentence (honorific الدكتورة); both parts on time; "
                       "Latin display name, Arabic body")
    return env, root, label


@message
def h6_10() -> Built:
    plain = """Hello, I would like to join the open discussion of the multi-stakeholder consultation on 23 Feb.
Tariq Mahfouz, Board Member, Sudanese Diaspora Council UK

Sent from my iPhone"""
    root = text(plain, "plain", "us-ascii", "7bit")
    env = dict(from_name="Tariq Mahfouz", from_email="tmahfouz@sdc-uk.example.org",
               subject="Open discussion 23 Feb", received_at=at(4, 21, 47, 19), sender_tz=tz(0), lag=64,
               mid="<6A0D2F7C-41E9-4B3A-9C55-E8F1B07D2A6C@sdc-uk.example.org>", headers=IPHONE)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Tariq Mahfouz", "Board Member", "Sudanese Diaspora Council UK", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="two-line message from a phone: self-nomination, name/title/affiliation comma-separated on one "
                       "line; 'UK' is part of the organisation name")
    return env, root, label


@message
def h6_11() -> Built:
    plain = """Bonjour,

L'Union Syndicale des Travailleurs du Maghreb (USTM) souhaite proposer les deux intervenants suivants pour la Conférence régionale d'examen du Pacte mondial sur les migrations :

1. Mme Salma JERBI, Responsable du Département des migrations et de la mobilité, pour la table ronde thématique 1 ;
2. M. Anis TRABELSI, Secrétaire général adjoint, pour une intervention en séance plénière.

Tous deux interviendront en français.

Salutations syndicales,

Mounir Gharbi
Chargé des relations internationales
Union Syndicale des Travailleurs du Maghreb (USTM)
Tél. : +216 71 354 207 / Fax : +216 71 354 210

--
Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles et sont destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer.
"""
    root = alternative(plain, outlook_html(mso_paras(plain), "FR"), "----=_NextPart_000_0023_01D6FB62.4E8A1C30")
    env = dict(from_name="USTM - Relations internationales", from_email="ri@ustm.example.tn",
               subject="Propositions d'orateurs USTM - Conférence régionale PMM",
               received_at=at(5, 9, 30, 51), sender_tz=tz(1), lag=88,
               mid="<002301d6fb62$4e8a1c30$eb9e5490$@ustm.example.tn>", headers=outlook(11, "fr"))
    aff = "Union Syndicale des Travailleurs du Maghreb (USTM)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Salma JERBI", "Responsable du Département des migrations et de la mobilité", aff,
                                   ["roundtable"], 1),
                           speaker("Anis TRABELSI", "Secrétaire général adjoint", aff, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="numbered list of two nominees (honorific, name, title, requested slot on one line each); the "
                       "first title contains 'Département ... et de la mobilité'; affiliation only in the opening "
                       "sentence and the sender's signature; French confidentiality disclaimer")
    return env, root, label


@message
def h6_12() -> Built:
    plain = """صباح الخير،

أرغب في تقديم مداخلة في المائدة المستديرة الثالثة خلال المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة، لعرض تجربتنا في برامج الإدماج الاقتصادي للعائدين والأسر التي تعتمد على التحويلات المالية.

شكراً لكم،

--
كريم الحلبي
منسق برنامج سبل العيش
مؤسسة جسور للتنمية المجتمعية
طرابلس – لبنان
جوال: 961 3 817 264+
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "00000000000071c0e905ba7f2d18", cte="qp")
    env = dict(from_name="Karim Halabi", from_email="k.halabi@jusour-dev.example.org",
               subject="طلب مداخلة - المائدة المستديرة الثالثة", received_at=at(5, 13, 5, 29), lag=8,
               relay=GMAIL_RELAY % 47, mid="<CAF3rZ8yT1oWq5Ne7Hs2bLp0Xc9Vj4Md6KuAg8Ry1Ef@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("كريم الحلبي", "منسق برنامج سبل العيش", "مؤسسة جسور للتنمية المجتمعية",
                                   ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="first-person request ('أرغب'); the speaker's name, title and organisation are only in the "
                       "signature after '--', where the city line follows the organisation; English display name")
    return env, root, label


@message
def h6_13() -> Built:
    intro = """Dear Organisers,

On behalf of the Migration Policy Lab at Cedar Valley University, I am pleased to propose the following speaker for the Regional Review Conference:"""
    outro = """Dr. Maalouf's recent work on labour market data for migrant and refugee workers was presented at the 2020 Arab Forum on Statistics.

Best regards,

Dima Sarkis
Research Coordinator | Migration Policy Lab
Cedar Valley University, Beirut
Tel. +961 1 374 374 ext. 4312"""
    head = ["Name", "Title", "Institution", "Preferred session"]
    row = ["Dr. Ziad Maalouf", "Associate Professor of Public Policy", "Migration Policy Lab, Cedar Valley University",
           "Roundtable 4"]
    plain = intro + "\n\n" + "\n\n".join(head + row) + "\n\n" + outro + "\n"
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n'
             + "".join("<tr>%s</tr>\n" % "".join(
                 '<td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                 '<p class="MsoNormal">%s%s%s<o:p></o:p></p></td>' % ("<b>" if r is head else "", escape(c),
                                                                      "</b>" if r is head else "")
                 for c in r) for r in (head, row))
             + "</table>")
    html = outlook_html(mso_paras(intro) + '\n<p class="MsoNormal">&nbsp;</p>\n' + table
                        + '\n<p class="MsoNormal">&nbsp;</p>\n' + mso_paras(outro))
    root = alternative(plain, html, "_000_VI1PR08MB4269D05E7A3C4B1F8E2D9C06B4A10_")
    env = dict(from_name="Dima Sarkis", from_email="dsarkis@cvu.example.edu.lb",
               subject="Speaker proposal - Migration Policy Lab (CVU)", received_at=at(5, 16, 20, 44), lag=39,
               relay="mail-vi1eur05.outbound.protection.outlook.example.com",
               mid="<VI1PR08MB4269D05E7A3C4B1F8E2D9C06B4A10@VI1PR08MB4269.eurprd08.prod.outlook.example.com>",
               headers=outlook(13, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Ziad Maalouf", "Associate Professor of Public Policy",
                                   "Migration Policy Lab, Cedar Valley University", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="details in an HTML table (header row + one row); in the plain alternative Outlook puts every "
                       "cell on its own line, headers first; 'Dr.' inside the name cell; the sender (research "
                       "coordinator) is not the speaker")
    return env, root, label


@message
def h6_14() -> Built:
    plain = """Hi there,

ARDN would like to put forward our Head of Advocacy, Ms. Mariam Yusuf, for the role of rapporteur delivering the stakeholders' key messages.

Mariam has coordinated our consultations with refugee and migrant community groups in Egypt and Sudan over the past year, so she is well placed to carry their views into the key messages.

Thanks a lot, and let me know if you need anything else from our side.

Best,
Peter

--
Peter Okello
Operations Coordinator
African Refugee and Diaspora Network (ARDN)
Cairo, Egypt
+20 10 2845 6631
"""
    root = alternative(plain, gmail_html(plain), "000000000000d8a4c105ba8a19f3")
    env = dict(from_name="Peter Okello", from_email="peter.okello@ardn.example.org",
               subject="ARDN - rapporteur nomination", received_at=at(5, 18, 55, 7), lag=10, relay=GMAIL_RELAY % 41,
               mid="<CAHy6Vb0wQ3mZe9Pk1Ls7TdR4jXn8Uc2FoA5gBi6Mr@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("Mariam Yusuf", "Head of Advocacy", "African Refugee and Diaspora Network (ARDN)",
                                   ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="the body names the organisation only by its acronym; the expansion is in the sender's signature; "
                       "title before the name ('our Head of Advocacy, Ms. ...'); the signer is not the speaker")
    return env, root, label


@message
def h6_15() -> Built:
    plain = """Bonsoir,

Je me permets de vous écrire pour vous faire part de mon souhait de participer à la discussion ouverte de la consultation multipartite du 23 février : je m'appelle Olivier Mabiala, doctorant en sociologie des migrations, et je travaille sur les trajectoires des étudiants subsahariens au Maroc et en Tunisie.

Je vous remercie par avance de votre réponse.

Bien cordialement,
Olivier Mabiala
"""
    root = alternative(plain, gmail_html(plain), "0000000000005e9b2a05ba8c6d07")
    env = dict(from_name="Olivier Mabiala", from_email="olivier.mabiala@gmail.example.com",
               subject="Participation à la discussion ouverte du 23 février", received_at=at(5, 22, 41, 16),
               sender_tz=tz(1), lag=13, relay=GMAIL_RELAY % 53,
               mid="<CAGm4Tq8oLz2Wx6Ny1Ve9Kb3Pd7Rs0Hf5jAc8Ui4Ew@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[speaker("Olivier Mabiala", "doctorant en sociologie des migrations", None,
                                   ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination in one running sentence ('je m'appelle ..., doctorant ...'); no affiliation "
                       "anywhere (personal address, no signature block); the countries he studies are not an "
                       "affiliation; on time (22:41 Beirut on 5 February)")
    return env, root, label


@message
def h6_16() -> Built:
    plain = """السلام عليكم،
أعتذر عن التأخر في الإرسال. هل ما زال بالإمكان تسجيل طلب للحديث؟ نرغب في أن تشارك السيدة نوال بن عيسى من جمعية صوت العاملات المنزليات في المائدة المستديرة الأولى.
مع الشكر
ليلى

أُرسلت من جهاز Samsung Galaxy الخاص بي"""
    root = alternative(plain, "<div dir=\"auto\">%s</div>\n" % "<br>".join(escape(x, quote=False)
                                                                          for x in plain.split("\n")),
                       "--_com.samsung.android.email_1802394571208460", cte="b64")
    env = dict(from_name="Leila", from_email="leila.swd@voice-dw.example.org",
               subject="طلب مداخلة", received_at=at(6, 9, 12, 33), sender_tz=tz(1), lag=21,
               mid="<b1x9q2kz7h0m3wv4ln8y6tpa.1612595512503@email.android.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[speaker("نوال بن عيسى", None, "جمعية صوت العاملات المنزليات", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (6 February morning) and the sender says so; short phone message nominating someone else "
                       "with السيدة and 'من جمعية ...'; no title given; Samsung mail client signature")
    return env, root, label


@message
def h6_17() -> Built:
    plain = """Dear Sir / Madam,

Greetings from the Ministry of Labour and Social Affairs.

We understand that the deadline for speaking requests has passed; however, we would highly appreciate it if the organisers could still consider the participation of the Ministry in the plenary session on 24 February 2021, with a floor intervention on the national labour migration strategy.

Details of the proposed speaker are as follows:

Name: AL-HARBI Fahad Saleh
Designation: Director, Department of Labour Migration
Organization: Ministry of Labour and Social Affairs

Please address any correspondence to this office.

Best regards,

Office of the Director
Department of Labour Migration
Ministry of Labour and Social Affairs
Tel: +973 1787 3300 | Fax: +973 1787 3301

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Views expressed in this e-mail do not necessarily represent the official position of the Ministry.
"""
    root = alternative(plain, outlook_html(mso_paras(plain)), "_000_6E9D4C21B7A0431F8D5E2C9A0B7F1E63molsa_")
    env = dict(from_name="Office of the Director, Labour Migration Dept.", from_email="lm.director@molsa.example.gov",
               subject="Request for speaking slot - Plenary - Regional Review GCM", received_at=at(8, 10, 35, 50),
               sender_tz=tz(3), lag=66, relay="smtp-gw2.molsa.example.gov",
               mid="<6E9D4C21B7A0431F8D5E2C9A0B7F1E63@EXCH02.molsa.example.gov>", headers=outlook(17, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[speaker("AL-HARBI Fahad Saleh", "Director, Department of Labour Migration",
                                   "Ministry of Labour and Social Affairs", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February), acknowledged by the sender; ministry; family name first in capitals; "
                       "'Designation:' instead of title, which includes the department; sent by an office mailbox; "
                       "long disclaimer")
    return env, root, label


@message
def h6_18() -> Built:
    plain = """Bonjour,

Je fais partie de la délégation de l'Association Sénégalaise des Migrants de Retour (ASMR) qui suivra les travaux de la Conférence régionale.

Pourriez-vous nous indiquer si la conférence se tiendra en présentiel à Beyrouth ? Si c'est le cas, l'OIM pourrait-elle nous fournir une lettre d'invitation pour la demande de visa ? Nos passeports sont sénégalais et le délai de traitement à l'ambassade est d'environ trois semaines.

Merci d'avance pour votre retour.

Aïssatou Diop
Chargée de communication, ASMR
Dakar – Sénégal
+221 77 645 18 90
"""
    root = alternative(plain, apple_html(plain), "Apple-Mail=_C41E7A2B-9D05-4F38-B6E1-2A7C0D9F3E58")
    env = dict(from_name="Aïssatou Diop", from_email="a.diop@asmr-senegal.example.sn",
               subject="Question visa - Conférence régionale PMM", received_at=at(9, 15, 8, 12), sender_tz=tz(0),
               lag=30, mid="<1B8E5F2C-7A04-4D93-A6C1-9E3F0B2D7C48@asmr-senegal.example.sn>", headers=APPLE_MAIL)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa and invitation-letter question from a delegation member; her name, title and organisation "
                       "are in the signature, but no speaking role is requested")
    return env, root, label


@message
def h6_19() -> Built:
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسعدنا أن نرسل إليكم مرفقاً التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، الذي أعدّته شبكة المشرق والمغرب لحقوق المهاجرين بالتشاور مع إحدى عشرة منظمة عضواً في سبعة بلدان عربية (الأردن، تونس، السودان، لبنان، مصر، المغرب، اليمن).

يتضمن التقرير قسماً خاصاً بكل بلد، إضافة إلى توصيات مشتركة بشأن بدائل الاحتجاز وإصلاح نظم الكفالة وحماية العمال المهاجرين خلال جائحة كوفيد-19.

نرجو التكرم بتأكيد الاستلام.

مع التحية،

رشا النجار
منسقة الشبكة
شبكة المشرق والمغرب لحقوق المهاجرين
تونس | 216 70 148 362+
"""
    html = outlook_html(mso_paras(plain) + '\n<p class="MsoNormal"><img width="120" height="45" '
                        'src="cid:image001.png@01D6FF3A.5B2C8E10" alt="logo"></p>', "AR-SA", rtl=True)
    related = multipart("related", [alternative(plain, html, "_000_PR3P191MB1048_alt_"),
                                    attach(tiny_png((0, 102, 153)), "image/png", "image001.png", disposition="inline",
                                           cid="image001.png@01D6FF3A.5B2C8E10")],
                        "_004_PR3P191MB1048_rel_", type="multipart/alternative")
    pdf = tiny_pdf(["Mashreq-Maghreb Network for Migrants' Rights", "Collective Voluntary GCM Review Report 2021",
                    "Prepared with 11 member organisations in 7 countries",
                    "Country sections: Jordan, Tunisia, Sudan, Lebanon, Egypt, Morocco, Yemen",
                    "Joint recommendations: alternatives to detention, kafala reform, COVID-19"],
                   "Collective Voluntary GCM Review 2021")
    root = multipart("mixed", [related, attach(pdf, "application/pdf", "MMNMR_Collective_Voluntary_Report_2021.pdf")],
                     "_005_PR3P191MB1048_mix_")
    env = dict(from_name="Rasha Najjar", from_email="coordination@mmnmr.example.org",
               subject="التقرير الطوعي الجماعي - شبكة المشرق والمغرب لحقوق المهاجرين", received_at=at(10, 12, 48, 9),
               sender_tz=tz(1), lag=47, relay="mail-pr3eur01.outbound.protection.outlook.example.com",
               mid="<PR3P191MB10482B7C9E0F4A5D1E3C8B6F7A2D4@PR3P191MB1048.EURP191.PROD.OUTLOOK.example.com>",
               headers=outlook(19, "ar-SA", has_attach=True))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["MMNMR_Collective_Voluntary_Report_2021.pdf"], thread_of=None,
                 notes="collective report of a network (11 member organisations, 7 countries); Outlook "
                       "mixed > related > alternative with an inline logo image001.png that is not part of the report; "
                       "Latin-script PDF name for an Arabic body")
    return env, root, label


@message
def h6_20() -> Built:
    plain = """السلام عليكم ورحمة الله وبركاته،

نرجو التكرم بتزويدنا بجدول الأعمال المفصّل للمؤتمر الإقليمي (24-25 فبراير) وللمشاورة متعددة أصحاب المصلحة (23 فبراير)، مع بيان مواعيد الجلسات بتوقيت بيروت وطريقة الحصول على روابط المشاركة، إذ يرغب عدد من الزملاء وطلبة الدراسات العليا في قسمنا في متابعة الأعمال.

وجزاكم الله خيراً،

د. ماجد العتيبي
أستاذ مشارك – قسم الدراسات الاجتماعية
كلية الآداب – جامعة الخليج للعلوم الإنسانية
"""
    root = alternative(plain, outlook_html(mso_paras(plain), "AR-SA", rtl=True),
                       "_000_DM6PR11MB3562A7E04C9B41D2F6E8B3A5C0D21_")
    env = dict(from_name="ماجد العتيبي", from_email="m.alotaibi@guhs.example.edu.sa",
               subject="طلب جدول أعمال المؤتمر الإقليمي", received_at=at(11, 10, 22, 45), sender_tz=tz(3), lag=55,
               relay="mail-dm6nam11.outbound.protection.outlook.example.com",
               mid="<DM6PR11MB3562A7E04C9B41D2F6E8B3A5C0D21@DM6PR11MB3562.namprd11.prod.outlook.example.com>",
               headers=outlook(20, "ar-SA"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the detailed agenda and connection links; an academic signature with title and "
                       "department, but no speaking role is requested")
    return env, root, label


@message
def h6_21() -> Built:
    plain = """Bonjour,

Je vous transfère ci-dessous le message de notre présidente, avec le rapport en pièce jointe.

Cordialement,

Hamid Zerrouki
Assistant administratif – AMDI
Tél. : +213 21 73 52 08

De : Nassima Belkacem <n.belkacem@amdi-dz.example.org>
Envoyé : jeudi 11 février 2021 18:02
À : Hamid Zerrouki <h.zerrouki@amdi-dz.example.org>
Objet : Rapport volontaire PMM - AMDI

Hamid, merci d'envoyer le message ci-dessous et le rapport à l'adresse gcmrrarabstates@iom.int dès demain matin.

Madame, Monsieur,

L'Association Migrations et Développement Intégré (AMDI) a l'honneur de vous transmettre son rapport volontaire d'examen de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Algérie, centré sur les objectifs 7, 15 et 16.

Avec nos salutations distinguées,

Nassima Belkacem
Présidente de l'AMDI
"""
    docx = tiny_docx(["Association Migrations et Développement Intégré (AMDI) – Alger",
                      "1. Contexte et méthodologie", "2. Objectif 7 : réduire les facteurs de vulnérabilité",
                      "3. Objectifs 15 et 16 : accès aux services de base et inclusion", "4. Recommandations"],
                     "Rapport volontaire d'examen du Pacte mondial – février 2021")
    body = alternative(plain, outlook_html(mso_paras(plain), "FR"), "_000_AMDI_fwd_alt_")
    root = multipart("mixed", [body, attach(docx, DOCX_TYPE, "Rapport_volontaire_PMM_AMDI_février2021.docx")],
                     "_004_AMDI_fwd_mix_")
    env = dict(from_name="Hamid Zerrouki", from_email="h.zerrouki@amdi-dz.example.org",
               subject="TR: Rapport volontaire PMM - AMDI", received_at=at(12, 9, 14, 20), sender_tz=tz(1), lag=62,
               mid="<000b01d70113$5f8e2a40$1eaa7ec0$@amdi-dz.example.org>",
               headers=outlook(21, "fr-FR", has_attach=True))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_AMDI_février2021.docx"], thread_of=None,
                 notes="Outlook forward ('TR:') by an assistant: the cover letter is in the forwarded message from the "
                       "president; DOCX name with 'é' (RFC 2231)")
    return env, root, label


@message
def h6_22() -> Built:
    plain = """السلام عليكم
مرفق تقرير مبادرة حماية العمال الموسميين الطوعي حول الاتفاق العالمي للهجرة.
تحياتي
علي

أُرسلت من الـ iPhone"""
    docx = tiny_docx(["مبادرة حماية العمال الموسميين", "التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة 2021",
                      "أولاً: أوضاع العمال الزراعيين الموسميين في سهل البقاع",
                      "ثانياً: الهدف 6 – التوظيف العادل والعمل اللائق", "ثالثاً: التوصيات"],
                     "التقرير الطوعي 2021", rtl=True)
    root = multipart("mixed", [text(plain, "plain", "utf-8", "b64"),
                               attach(docx, DOCX_TYPE, "تقرير مبادرة حماية العمال الموسميين.docx")],
                     "Apple-Mail-8C2D1E7F-3A90-4B56-9E21-D0F4A7C3B182")
    env = dict(from_name="Ali Mrad", from_email="ali.mrad@spwi-lb.example.org", subject="التقرير",
               received_at=at(15, 20, 3, 58), lag=27,
               mid="<9F2C71A4-0B3D-4E68-8A5F-C1D7E2B09364@spwi-lb.example.org>", headers=IPHONE)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير مبادرة حماية العمال الموسميين.docx"], thread_of=None,
                 notes="minimal iPhone message (one-word subject, three short lines); Arabic DOCX name (RFC 2231); "
                       "right-to-left DOCX; Latin display name")
    return env, root, label


@message
def h6_23() -> Built:
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Plateforme Citoyenne Migrations et Retour (PCMR) sur la mise en œuvre du Pacte mondial au Maroc.

Nous vous prions de bien vouloir excuser ce léger retard : le rapport devait être validé par notre conseil d'administration, qui ne s'est réuni qu'hier soir. Nous espérons qu'il pourra malgré tout être pris en compte.

Bien cordialement,

Youssef Benjelloun
Chargé de projets – PCMR
Casablanca
+212 6 62 09 47 31
"""
    pdf = tiny_pdf(["Plateforme Citoyenne Migrations et Retour (PCMR)",
                    "Rapport volontaire d'examen du Pacte mondial - Maroc, 2021",
                    "1. Retour et réintégration durable (objectif 21)",
                    "2. Reconnaissance des compétences (objectif 18)", "3. Recommandations"],
                   "Rapport volontaire PCMR 2021")
    body = alternative(plain, gmail_html(plain), "000000000000c2e8f305bb7a4e19")
    root = multipart("mixed", [body, attach(pdf, "application/pdf", "Rapport_PMM_PCMR_2021.pdf")],
                     "000000000000c2e8f505bb7a4e1b")
    env = dict(from_name="Youssef Benjelloun", from_email="y.benjelloun@pcmr.example.ma",
               subject="Rapport volontaire PCMR - Pacte mondial sur les migrations", received_at=at(17, 10, 20, 36),
               sender_tz=tz(1), lag=12, relay=GMAIL_RELAY % 49,
               mid="<CAB8sXr2nLq6Wp0Ty4Mc9Ud1Ke7Zv3Jh5oGa2Fi8Rn@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_PMM_PCMR_2021.pdf"], thread_of=None,
                 notes="late (17 February, the day after the report deadline); the sender apologises; 'œ' in the body")
    return env, root, label


@message
def h6_24() -> Built:
    plain = """Bonjour,

Notre réseau suivra en ligne la consultation multipartite du 23 février et la conférence des 24 et 25 février.

Pourriez-vous nous préciser :
- si une interprétation simultanée en français sera assurée pendant les tables rondes thématiques ;
- à partir de quand les liens de connexion seront envoyés, et s'il faut s'inscrire au préalable ;
- si les sessions seront enregistrées.

Avec mes remerciements,

Claire Vandermeulen
Chargée de mission Méditerranée
Réseau Euro-Méditerranéen Solidarités Migrantes
Bruxelles – +32 2 512 86 40
"""
    root = alternative(plain, outlook_html(mso_paras(plain), "FR-BE"), "_000_AM9PR07MB7154C3E1A0B9F42D_")
    env = dict(from_name="Claire Vandermeulen", from_email="c.vandermeulen@remsm.example.be",
               subject="Interprétation et liens de connexion - consultation du 23 février",
               received_at=at(19, 14, 50, 2), sender_tz=tz(1), lag=41,
               relay="mail-am9eur07.outbound.protection.outlook.example.com",
               mid="<AM9PR07MB7154C3E1A0B9F42D8E6C1A0F3B27@AM9PR07MB7154.eurprd07.prod.outlook.example.com>",
               headers=outlook(24, "fr-BE"))
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (interpretation, connection links, recordings) in a dashed list; mentions "
                       "the thematic roundtables and dates but requests no speaking role")
    return env, root, label


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(folder, name))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        env, root, label = fn()
        name = "h6-%02d.eml" % n
        assert fn.__name__ == "h6_%02d" % n, fn.__name__
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(env, root, n))
        received = env["received_at"]
        category = label["category"]
        on_time = {"speaker_request": received <= SPEAKER_DEADLINE, "voluntary_report": received <= REPORT_DEADLINE,
                   "both": received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE}.get(category)
        labels.append({"file": name, "received_at": received.isoformat(), "category": category,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout6"))
