#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout23 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets23.py
Written from LABELS.md and the dev corpus only, without reading intake/ or rules/.  Each message is one
function returning (envelope, MIME tree, label); the writer adds Received/Date/Message-ID headers, CRLF
line endings, and derives on_time from received_at and the two deadlines.
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

Env = dict[str, Any]
Label = dict[str, Any]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, hour: int, minute: int, second: int = 0, month: int = 2) -> dt.datetime:
    """Server receive time, Beirut."""
    return dt.datetime(2021, month, day, hour, minute, second, tzinfo=BEIRUT)


def sp(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ------------------------------------------------------------------------------------ attachments
def png(rgb: tuple[int, int, int], w: int = 32, h: int = 10) -> bytes:
    rows = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def pdf(lines: list[str], title: str, producer: str = "Microsoft Word for Microsoft 365") -> bytes:
    """One-page PDF with Helvetica text (Latin-1), valid xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 12 Tf 15 TL 60 770 Td\n" + "\n".join("(%s) Tj T*" % esc(x) for x in lines) + "\nET"
    stream = content.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20210201090000+02'00') >>"
         % (esc(title), esc(producer))).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def docx(paragraphs: list[str], rtl: bool = False, author: str = "user") -> bytes:
    """Minimal WordprocessingML package built with zipfile (fixed timestamps, reproducible)."""
    bidi = "<w:bidi/>" if rtl else ""
    body = "".join(
        '<w:p><w:pPr>%s</w:pPr><w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (bidi, "<w:rtl/>" if rtl else "", escape(p, quote=False)) for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>',
        "docProps/core.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % escape(author),
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:body>%s<w:sectPr/></w:body></w:document>' % body,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------------------------ MIME parts
def text(body: str, subtype: str = "plain", cte: str = "qp", flowed: bool = False) -> MIMEText:
    cs = Charset("utf-8")
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alternative(plain: str, html: str, boundary: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte))
    m.attach(text(html, "html", cte))
    m.set_boundary(boundary)
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231") -> Message:
    main, sub = ctype.split("/", 1)
    part: Message = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
    if filename.isascii():
        part.set_param("name", filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
    elif style == "2047":  # Outlook: RFC 2047 encoded word inside the quoted parameter
        enc = Header(filename, "utf-8").encode(maxlinelen=2000)
        part.set_param("name", enc)
        part.add_header("Content-Disposition", "attachment", filename=enc)
    else:  # Gmail, Thunderbird: RFC 2231
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return part


def inline_image(data: bytes, filename: str, cid: str) -> Message:
    part = MIMEImage(data, "png")
    part.set_param("name", filename)
    part.add_header("Content-Disposition", "inline", filename=filename)
    part.add_header("Content-ID", "<%s>" % cid)
    return part


def multipart(sub: str, parts: list[Message], boundary: str, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(sub, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = []
    for para in body.split("\n\n"):
        lines = "<br>".join(escape(x, quote=False) for x in para.split("\n"))
        blocks.append("<div>%s</div>" % lines)
    return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            '\n--></style></head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (lang, ' dir="RTL"' if rtl else "", inner))


def mso(body: str, rtl: bool = False) -> str:
    attr = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    out = []
    for line in body.split("\n"):
        out.append('<p class="MsoNormal"%s>%s</p>' % (attr, escape(line, quote=False) if line else "&nbsp;"))
    return "\n".join(out)


def quoted(body: str) -> str:
    return "\n".join(("> " + x).rstrip() for x in body.split("\n"))


# ------------------------------------------------------------------------------------ envelope
def mailbox(name: str | None, email: str) -> str:
    if name is None:
        return email
    if name.isascii():
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, "utf-8").encode(linesep="\r\n"), email)


def subject_header(s: str) -> str:
    return s if s.isascii() else Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def render(env: Env, root: Message, n: int) -> bytes:
    domain = env["from_email"].split("@", 1)[1]
    received = env["received_at"]
    sent = (received - dt.timedelta(seconds=env.get("lag", 23))).astimezone(env.get("sender_tz", BEIRUT))
    relay = env.get("relay", "mail.%s" % domain)
    lines = [
        "Return-Path: <%s>" % env["from_email"],
        "Delivered-To: %s" % MAILBOX,
        "Received: from %s (%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id 4DT%02dk9Zq%dW\r\n"
        "\tfor <%s>; %s" % (relay, relay, 20 + 9 * n, n, n % 7, MAILBOX, format_datetime(received)),
    ]
    if env.get("client_received"):
        lines.append(env["client_received"] % format_datetime(sent))
    lines += [
        "Authentication-Results: mx2.iom.int;\r\n\tdkim=pass header.d=%s;\r\n\tspf=pass smtp.mailfrom=%s"
        % (domain, domain),
        "From: %s" % mailbox(env["from_name"], env["from_email"]),
        "To: %s" % env.get("to", "GCM Regional Review Arab States <%s>" % MAILBOX),
    ]
    if env.get("cc"):
        lines.append("Cc: %s" % env["cc"])
    lines += [
        "Subject: %s" % subject_header(env["subject"]),
        "Date: %s" % format_datetime(sent),
        "Message-ID: %s" % env["message_id"],
    ]
    if env.get("in_reply_to"):
        lines.append("In-Reply-To: %s" % env["in_reply_to"])
    if env.get("references"):
        lines.append("References: %s" % env["references"])
    lines += env.get("headers", [])
    lines.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(lines) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(lang: str, n: int) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: AdcB%04dY2mZ9eKxQyGv1sTn8o3Lw==" % (n * 53),
            "Content-Language: %s" % lang]


GMAIL_RECEIVED = "Received: by mail-wr1-f%d.google.example.com with SMTP id q7so%d;\r\n        %%s"
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n"
               " Thunderbird/78.7.0"]

MESSAGES: list[Callable[[], tuple[Env, Message, Label]]] = []


def message(fn: Callable[[], tuple[Env, Message, Label]]) -> Callable[[], tuple[Env, Message, Label]]:
    MESSAGES.append(fn)
    return fn


def label(category: str, language: str, notes: str, speakers: list[dict[str, Any]] | None = None,
          reports: list[str] | None = None, acknowledge: bool = True, thread_of: str | None = None) -> Label:
    return {"category": category, "language": language, "acknowledge": acknowledge,
            "speakers": speakers or [], "report_attachments": reports or [], "thread_of": thread_of,
            "notes": notes}


MID_02 = "<CAF3pq8Hs0tLw2nYk5-RbVd1mZc7gXJe9uA4oQ6yT@mail.gmail.example.com>"
ACK_02 = "<ack-20210201T1206-0017@gcm-intake.iom.int>"
MID_05 = "<AM6PR09MB41127E0C3D55A2B9F1C4A7E2D3B90@AM6PR09MB4112.eurprd09.prod.outlook.example.com>"


# ==================================================================================== messages
@message
def h23_01() -> tuple[Env, Message, Label]:
    plain = """Dear GCM Regional Review team,

Warm greetings from Dubai.

On behalf of the Kenya Diaspora Professionals Network – Gulf Chapter
(KDPN-Gulf), I would like to express our interest in taking the floor
during the thematic roundtable on social inclusion, access to services,
remittances and diaspora contributions (Roundtable 3).

Our network brings together some 600 Kenyan nurses, engineers, teachers
and accountants working in the UAE, Qatar and Oman, and we have been
running a financial literacy and remittance-cost programme since 2018.

Proposed speaker:
Name: Dr. Wanjiru Kamau-Otieno
Title: Chairperson
Organisation: Kenya Diaspora Professionals Network – Gulf Chapter (KDPN-Gulf)

I would be grateful for a confirmation of receipt.

Kind regards,
Wanjiru

--
Dr. Wanjiru Kamau-Otieno
Chairperson | KDPN-Gulf
+971 50 555 3812
"""
    root = alternative(plain, gmail_html(plain), "000000000000a1c4d305ba61f2e7")
    env = dict(from_name="Wanjiru Kamau-Otieno", from_email="wanjiru.kamauotieno@gmail.example.com",
               subject="Speaking slot request - Roundtable 3 - KDPN-Gulf", received_at=at(1, 9, 42, 11, month=2),
               sender_tz=tz(4), lag=4, relay="mail-wr1-f54.google.example.com",
               client_received=GMAIL_RECEIVED % (54, 4471902),
               message_id="<CAK7wD2mP0qE5s-vN3hXb8LtR1yUa6cF9jZo4GiK@mail.gmail.example.com>")
    return env, root, label(
        "speaker_request", "en",
        "plain labelled lines; the speaker is the sender; 'Dr.' is an honorific; affiliation with an en dash and "
        "the acronym in brackets; roundtable given by theme and number",
        [sp("Wanjiru Kamau-Otieno", "Chairperson", "Kenya Diaspora Professionals Network – Gulf Chapter (KDPN-Gulf)",
            ["roundtable"], 3)])


@message
def h23_02() -> tuple[Env, Message, Label]:
    plain = """السادة المنظمين المحترمين،
السلام عليكم ورحمة الله وبركاته،

نحن في جمعية صيادي الساحل الغربي للتنمية والإنقاذ البحري (صبراتة - ليبيا) نتابع منذ سنوات حوادث غرق قوارب المهاجرين قبالة سواحلنا، ويشارك صيادونا في انتشال الناجين بإمكانيات بسيطة ودون أي حماية قانونية.

ونرغب في ترشيح رئيس الجمعية السيد عمر المبروك القماطي لتقديم مداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين وإدارة الحدود، لنقل تجربة الصيادين ومطالبهم.

مع الشكر والتقدير،

سالم أبوعجيلة الزنتاني
أمين سر الجمعية
جمعية صيادي الساحل الغربي للتنمية والإنقاذ البحري
هاتف: 00218 91 555 0147
"""
    root = alternative(plain, gmail_html(plain, rtl=True), "0000000000004e7b1105ba7c3d19", cte="b64")
    env = dict(from_name="سالم الزنتاني", from_email="sabratha.fishers.assoc@gmail.example.com",
               subject="طلب مداخلة - جمعية صيادي الساحل الغربي", received_at=at(1, 12, 5, 40),
               relay="mail-wr1-f41.google.example.com", client_received=GMAIL_RECEIVED % (41, 9920314),
               message_id=MID_02, lag=3)
    return env, root, label(
        "speaker_request", "ar",
        "secretary nominates the association's president (not the sender); 'السيد' is an honorific; title is "
        "relative ('رئيس الجمعية'); the place in brackets after the association's name is not part of it",
        [sp("عمر المبروك القماطي", "رئيس الجمعية", "جمعية صيادي الساحل الغربي للتنمية والإنقاذ البحري",
            ["roundtable"], 2)])


@message
def h23_03() -> tuple[Env, Message, Label]:
    rows = [("Mme Hélène Dubreuil-Amrani", "Coordinatrice du pôle Accueil et Orientation",
             "Caritas Oriental – Bureau des migrants", "Table ronde 2 (droits humains, frontières)"),
            ("M. Moussa Keïta", "Médiateur interculturel", "Caritas Oriental – Bureau des migrants",
             "Séance plénière")]
    intro = """Madame, Monsieur,

Suite à la lettre d'invitation reçue le 20 janvier, le Bureau des migrants de Caritas Oriental (Oujda) souhaite proposer deux intervenants pour la Conférence régionale des 24 et 25 février :"""
    outro = """M. Keïta, lui-même arrivé au Maroc en 2014, accompagne depuis cinq ans les personnes migrantes subsahariennes dans l'accès aux soins et à la scolarisation.

Nous restons à votre disposition pour tout complément.

Bien cordialement,

Benoît Lagarde
Directeur
Caritas Oriental – Bureau des migrants
12, rue Ibn Sina – Oujda, Maroc
Tél. : +212 5 36 55 41 09"""
    plain = intro + "\n\n" + "\n\n".join(
        "Nom\tFonction\tOrganisation\tSession souhaitée" if i == 0 else "\t".join(rows[i - 1])
        for i in range(3)) + "\n\n" + outro + "\n"
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tr>'
             + "".join('<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>%s</b></p></td>'
                       % h for h in ("Nom", "Fonction", "Organisation", "Session souhaitée"))
             + "</tr>\n"
             + "".join("<tr>" + "".join('<td style="padding:0cm 5.4pt"><p class="MsoNormal">%s</p></td>'
                                         % escape(c, quote=False) for c in r) + "</tr>\n" for r in rows)
             + "</table>")
    html = outlook_html(mso(intro) + "\n<p class=\"MsoNormal\">&nbsp;</p>\n" + table
                        + "\n<p class=\"MsoNormal\">&nbsp;</p>\n" + mso(outro), lang="FR")
    root = alternative(plain, html, "_000_MR2P264MB0851A3C0F4E99B2D71C6A8F0B3A90MR2P264MB0851FRAP_")
    env = dict(from_name="Benoît Lagarde", from_email="direction@caritas-oriental.example.ma",
               subject="Proposition d'intervenants – Caritas Oriental", received_at=at(2, 10, 20, 5),
               sender_tz=tz(1), lag=48,
               message_id="<MR2P264MB0851A3C0F4E99B2D71C6A8F0B3A90@MR2P264MB0851.FRAP264.prod.outlook.example.com>",
               headers=outlook("fr-FR", 3))
    return env, root, label(
        "speaker_request", "fr",
        "two speakers in an Outlook table (tab-separated cells in the plain part); 'Mme'/'M.' honorifics; "
        "different roles per speaker; the sender (director) is not a speaker",
        [sp("Hélène Dubreuil-Amrani", "Coordinatrice du pôle Accueil et Orientation",
            "Caritas Oriental – Bureau des migrants", ["roundtable"], 2),
         sp("Moussa Keïta", "Médiateur interculturel", "Caritas Oriental – Bureau des migrants", ["plenary"])])


@message
def h23_04() -> tuple[Env, Message, Label]:
    body = """Dear Colleagues,

Please find attached the voluntary GCM review report prepared by the Lanka Overseas Workers' Solidarity Union (LOWSU) for the Regional Review in the Arab region.

The report draws on 42 interviews with Sri Lankan domestic and construction workers in Saudi Arabia, Kuwait and Jordan conducted between October and December 2020, and focuses on Objectives 6, 7 and 15.

We would appreciate it if you could confirm receipt.

In solidarity,

Chaminda Wickramasinghe
General Secretary
Lanka Overseas Workers' Solidarity Union (LOWSU)
No. 48/2, Baseline Road, Colombo 09, Sri Lanka
Tel: +94 11 555 8830

"""
    html = outlook_html(mso(body) + '\n<p class="MsoNormal"><img width="120" height="38" '
                        'src="cid:image001.png@01D6FE8A.4C3B2F10" alt="LOWSU"></p>', lang="EN-GB")
    alt = alternative(body + "[LOWSU]\n", html, "_000_VI1PR0402MB3344B1E2A7C9D05F66A3E8B1C7D40VI1PR0402MB3344eurp_")
    rel = multipart("related", [alt, inline_image(png((150, 20, 40)), "image001.png", "image001.png@01D6FE8A.4C3B2F10")],
                    "_004_VI1PR0402MB3344B1E2A7C9D05F66A3E8B1C7D40VI1PR0402MB3344eurp_", type="multipart/alternative")
    name = "LOWSU_GCM_Voluntary_Review_Feb2021.pdf"
    report = pdf(["Lanka Overseas Workers' Solidarity Union (LOWSU)", "Voluntary GCM Review Report",
                  "Regional Review of the GCM in the Arab region, February 2021", "",
                  "1. Methodology  2. Findings on Objectives 6, 7 and 15  3. Recommendations"],
                 "LOWSU Voluntary GCM Review")
    root = multipart("mixed", [rel, attach(report, "application/pdf", name)],
                     "_005_VI1PR0402MB3344B1E2A7C9D05F66A3E8B1C7D40VI1PR0402MB3344eurp_")
    env = dict(from_name="Chaminda Wickramasinghe", from_email="gensec@lowsu.example.lk",
               subject="LOWSU voluntary GCM review report", received_at=at(9, 16, 33, 2),
               sender_tz=dt.timezone(dt.timedelta(hours=5, minutes=30)),
               lag=52, message_id="<VI1PR0402MB3344B1E2A7C9D05F66A3E8B1C7D40@VI1PR0402MB3344.eurprd04.prod."
               "outlook.example.com>", headers=outlook("en-GB", 4))
    return env, root, label(
        "voluntary_report", "en", "Outlook PDF report; the inline signature logo image001.png is not part of the "
        "report; Date header in +05:30", reports=[name])


@message
def h23_05() -> tuple[Env, Message, Label]:
    body = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة
المنظمة الدولية للهجرة – المكتب الإقليمي

تحية طيبة،

باسم شبكة منظمات المجتمع المدني السودانية للهجرة (شمس)، يسعدنا أن نرفق لكم التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أعدّته أربع عشرة منظمة عضواً في الشبكة من الخرطوم وكسلا والقضارف وبورتسودان، بعد ثلاث ورش تشاورية عُقدت عبر الإنترنت خلال شهر يناير.

يتناول التقرير بشكل خاص أوضاع العابرين عبر شرق السودان، وضحايا الاتجار بالبشر، والعائدين من ليبيا.

نرجو التكرم بتأكيد الاستلام.

مع وافر التقدير،

م. إيمان عبد الباقي حسن
المنسقة العامة
شبكة منظمات المجتمع المدني السودانية للهجرة (شمس)
الخرطوم – السودان
+249 91 555 2760
"""
    html = outlook_html(mso(body, rtl=True), lang="AR-SA", rtl=True)
    name = "التقرير_الطوعي_الجماعي_شبكة_شمس.docx"
    report = docx(["التقرير الطوعي الجماعي لشبكة منظمات المجتمع المدني السودانية للهجرة (شمس)",
                   "استعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – المنطقة العربية 2021",
                   "المنظمات المشاركة: أربع عشرة منظمة عضواً",
                   "أولاً: المنهجية. ثانياً: النتائج. ثالثاً: التوصيات."], rtl=True, author="Eiman A.")
    root = multipart("mixed", [alternative(body, html, "_000_AM6PR09MB41127E0C3D55A2B9F1C4A7E2D3B90_", cte="b64"),
                               attach(report, DOCX_TYPE, name, style="2231")],
                     "_004_AM6PR09MB41127E0C3D55A2B9F1C4A7E2D3B90_")
    env = dict(from_name="Eiman Abdelbagi", from_email="coordination@shams-network.example.sd",
               subject="التقرير الطوعي الجماعي - شبكة شمس", received_at=at(11, 12, 10, 31), lag=66,
               message_id=MID_05, headers=outlook("ar-SA", 5))
    return env, root, label(
        "voluntary_report", "ar",
        "collective report of a network (14 member organisations); DOCX with an Arabic file name (RFC 2231); "
        "'م.' (engineer) honorific in the signature", reports=[name])


@message
def h23_06() -> tuple[Env, Message, Label]:
    body = """Bonjour,

Nous vous transmettons en piece jointe le rapport volontaire du Collectif des
Ressortissants Maliens au Maroc (CRMM) dans le cadre de la revue regionale du
Pacte mondial sur les migrations.

Le rapport porte sur la situation des travailleurs maliens dans l'agriculture
et le batiment a Casablanca, Rabat et Agadir, et sur l'acces aux papiers.

Merci de nous confirmer la bonne reception.

Cordialement,
Bakary Coulibaly
Secretaire general du CRMM
06 55 31 74 20
"""
    name = "Rapport CRMM - revue PMM 2021.pdf"
    report = pdf(["Collectif des Ressortissants Maliens au Maroc (CRMM)", "Rapport volontaire - Revue regionale du PMM",
                  "Fevrier 2021"], "Rapport CRMM", producer="LibreOffice 6.4")
    att = MIMEApplication(report, "octet-stream")
    att.set_param("name", name)
    att.add_header("Content-Disposition", "attachment", filename=name)
    root = multipart("mixed", [text(body, cte="8bit"), att], "=_9f2c1a7e05d4b3a8c6e1f0d2b4a7c9e3")
    env = dict(from_name="CRMM Maroc", from_email="crmm.maroc@menara.example.ma",
               subject="Rapport volontaire CRMM", received_at=at(12, 21, 47, 9), sender_tz=tz(1), lag=6,
               message_id="<9f2c1a7e05d4b3a8c6e1f0d2b4a7c9e3@webmail.menara.example.ma>",
               headers=["User-Agent: Roundcube Webmail/1.4.9"])
    return env, root, label(
        "voluntary_report", "fr",
        "webmail without accents, hard-wrapped; PDF report sent as application/octet-stream with spaces in its "
        "name", reports=[name])


@message
def h23_07() -> tuple[Env, Message, Label]:
    body = """Dear Sir/Madam,

Our Federation has registered two participants for the Regional Review Conference
on 24-25 February. Could you kindly clarify a few practical points:

1. Will the conference take place fully online, and on which platform (Zoom, Webex, Teams)?
2. Will simultaneous interpretation be available in Arabic, English and French?
3. Will the links be sent individually to each registered participant, or to the focal point?

Thank you in advance for your help.

Best regards,

Nour El-Din Sabbagh
Policy Officer, Labour and Social Affairs
Federation of Gulf Employers in Hospitality and Services (FGEHS)
Manama, Kingdom of Bahrain
T +973 1755 2046

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it.
"""
    root = text(body, cte="qp")
    env = dict(from_name="Nour El-Din Sabbagh", from_email="n.sabbagh@fgehs.example.bh",
               subject="Conference logistics - platform and interpretation", received_at=at(18, 8, 55, 40),
               sender_tz=tz(3), lag=17, message_id="<20210218095523.7713.41@fgehs.example.bh>",
               headers=outlook("en-US", 7))
    return env, root, label(
        "other", "en", "logistics questions after both deadlines; an employers' federation with a title and "
        "affiliation in the signature, but nobody is proposed as a speaker")


@message
def h23_08() -> tuple[Env, Message, Label]:
    body = """شكراً جزيلاً على سرعة الرد، وبالتوفيق للجميع.

أُرسلت من هاتفي المحمول

في الإثنين، ١ فبراير ٢٠٢١ في ١٢:٠٧ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

> السيد/ة المحترم/ة،
>
> نشكركم على رسالتكم. تم استلام طلب المداخلة الخاص بكم وسيتم التواصل معكم لاحقاً بشأن البرنامج النهائي.
>
> مع التحية،
> فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية
"""
    root = alternative(body, gmail_html(body, rtl=True), "000000000000c3e8f905ba7d41b2", cte="b64")
    env = dict(from_name="سالم الزنتاني", from_email="sabratha.fishers.assoc@gmail.example.com",
               subject="Re: إشعار باستلام طلبكم", received_at=at(2, 9, 15, 2), lag=2,
               relay="mail-wr1-f41.google.example.com", client_received=GMAIL_RECEIVED % (41, 9931077),
               message_id="<CAF3pq8Jt4uMx7oBn2-QeWc5kYh0dLKr3vS8pA1zX@mail.gmail.example.com>",
               in_reply_to=ACK_02, references="%s\r\n %s" % (MID_02, ACK_02))
    return env, root, label(
        "other", "ar", "thank-you reply from a phone to our acknowledgement of h23-02, quoting it; adds nothing "
        "new: no acknowledgement", acknowledge=False, thread_of="h23-02.eml")


@message
def h23_09() -> tuple[Env, Message, Label]:
    body = """Madame, Monsieur,

La Fondation Sahel-Maghreb pour la Mobilité Humaine (FSMMH) a bien reçu l'invitation à la Conférence
régionale d'examen du Pacte mondial et vous en remercie.

Afin de préparer au mieux notre participation, pourriez-vous nous faire parvenir l'ordre du jour
détaillé des journées des 23, 24 et 25 février, ainsi que la note conceptuelle en français si elle
est disponible ? Nous souhaiterions également savoir à quelle heure (heure de Beyrouth) débutent
les travaux.

Avec nos remerciements anticipés, veuillez agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Aminata Traoré-Diakité
Chargée de programmes
Fondation Sahel-Maghreb pour la Mobilité Humaine (FSMMH)
Nouakchott – Mauritanie
"""
    root = text(body, cte="8bit", flowed=False)
    env = dict(from_name="Aminata Traoré-Diakité", from_email="a.traore@fsmmh.example.mr",
               subject="Demande d'ordre du jour", received_at=at(15, 11, 30, 24), sender_tz=tz(0), lag=31,
               message_id="<3b7f2e10-5c4a-4d9e-a1b6-0f8e2d4c7a91@fsmmh.example.mr>", headers=THUNDERBIRD)
    return env, root, label("other", "fr", "request for the agenda and the concept note; mentions all three "
                            "event dates but asks for no speaking role")


@message
def h23_10() -> tuple[Env, Message, Label]:
    body = """Bonjour,

Je suis le président de l'Association des Migrants de Retour de la région de Kayes (AMRK), au Mali.
Deux membres de notre bureau souhaitent suivre la Conférence. Est-ce qu'il faut un visa pour le Liban
pour les Maliens, et est-ce que l'OIM peut nous faire une lettre d'invitation pour l'ambassade ?
Ou bien la conférence se fait seulement en ligne ?

Merci de votre réponse rapide car les démarches prennent du temps chez nous.

Mamadou Sissoko
AMRK – Kayes

Envoyé de mon iPhone
"""
    root = text(body, cte="qp")
    env = dict(from_name="Mamadou Sissoko", from_email="amrk.kayes@yahoo.example.fr",
               subject="Visa pour Beyrouth", received_at=at(3, 17, 2, 50), sender_tz=tz(0), lag=12,
               message_id="<6F1C2B9E-3A07-4E58-9D12-7B4E0A8C5F63@yahoo.example.fr>", headers=IPHONE)
    return env, root, label("other", "fr", "visa / invitation-letter question sent from an iPhone; a "
                            "returnee association wants to attend, no speaking role requested")


@message
def h23_11() -> tuple[Env, Message, Label]:
    body = """Dear organisers,

I would like to request a floor intervention in the plenary session of the Regional Review Conference on behalf of our municipality, to share our experience with the local integration of migrant agricultural workers and refugees in the Jordan Valley.

Thank you and best regards,

Eng. Rami Khalil Haddadin
Head, Local Development and Social Services Unit
Greater Wadi Hanna Municipality
Tel: +962 5 357 0193 | Mob: +962 79 555 4820

Get Outlook for iOS
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + "<br>".join(escape(x, quote=False) for x in body.split("\n")[:-3])
            + '</div><div dir="ltr"><br></div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS'
            '</a></div></body></html>\n')
    root = alternative(body, html, "_000_DB9PR06MB7243D8C1F05B3E7A9C2D61A4E5F70DB9PR06MB7243eurp_")
    env = dict(from_name="Rami Haddadin", from_email="r.haddadin@wadihanna-municipality.example.jo",
               subject="Request for floor intervention", received_at=at(4, 22, 10, 13), lag=29,
               message_id="<DB9PR06MB7243D8C1F05B3E7A9C2D61A4E5F70@DB9PR06MB7243.eurprd06.prod.outlook.example.com>",
               headers=["X-Mailer: Outlook-iOS/720.4944384.prod.iphone (4.71.0)", "Content-Language: en-US"])
    return env, root, label(
        "speaker_request", "en",
        "name, title and affiliation only in the signature of the sender, who is the speaker; 'Eng.' honorific; "
        "title contains a comma; Outlook for iOS footer",
        [sp("Rami Khalil Haddadin", "Head, Local Development and Social Services Unit",
            "Greater Wadi Hanna Municipality", ["plenary"])])


@message
def h23_12() -> tuple[Env, Message, Label]:
    body = """السادة/ المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين
تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، تتشرف الهيئة الوطنية لتنظيم العمالة الوافدة بدولة ليبيا بترشيح كل من:

1. السيد/ فتحي امحمد الورفلي، مدير إدارة التعاون الدولي، لإلقاء مداخلة في الجلسة العامة.
2. الأستاذة نجاة الطاهر بن سعود، للمشاركة في المائدة المستديرة الأولى حول مسارات الهجرة النظامية والعمل اللائق.

وتفضلوا بقبول فائق الاحترام والتقدير.

مكتب التعاون الدولي
الهيئة الوطنية لتنظيم العمالة الوافدة
طرابلس – ليبيا
"""
    html = outlook_html(mso(body, rtl=True), lang="AR-LY", rtl=True)
    root = alternative(body, html, "_000_PR3P191MB0977E4A2C1B9D0F3A6C58E7D2B1A4PR3P191MB0977EURP_", cte="b64")
    env = dict(from_name="International Cooperation Office", from_email="intl.coop@nbmwr.example.ly",
               subject="ترشيح متحدثين - الهيئة الوطنية لتنظيم العمالة الوافدة", received_at=at(3, 13, 40, 7),
               lag=40, message_id="<PR3P191MB0977E4A2C1B9D0F3A6C58E7D2B1A4@PR3P191MB0977.EURP191.prod.outlook."
               "example.com>", headers=outlook("ar-LY", 12))
    aff = "الهيئة الوطنية لتنظيم العمالة الوافدة"
    return env, root, label(
        "speaker_request", "ar",
        "government body nominates two people in a numbered list; the second has no title (null); 'السيد/' and "
        "'الأستاذة' are honorifics; affiliation given once for both; sent from a shared office mailbox",
        [sp("فتحي امحمد الورفلي", "مدير إدارة التعاون الدولي", aff, ["plenary"]),
         sp("نجاة الطاهر بن سعود", None, aff, ["roundtable"], 1)])


@message
def h23_13() -> tuple[Env, Message, Label]:
    body = """Bonjour,

Je vous écris de la part de la Pr. Nadia Aït Lahcen, qui dirige notre
clinique juridique, pour proposer son intervention lors de la table
ronde n° 4 (données, politiques fondées sur des éléments probants,
non-discrimination et coopération internationale).

Nom : Nadia Aït Lahcen
Fonction : Professeure de droit international, directrice de la clinique
Structure : Clinique juridique Migrations et Droits (CJMD), Faculté de droit, Université Souss-Atlas

La clinique accompagne depuis 2017 des personnes migrantes dans leurs
démarches de régularisation et publie chaque année une note sur la
jurisprudence marocaine en matière de séjour.

Je reste à votre disposition pour toute information complémentaire.

Bien à vous,

--
Ilyas Benjelloun
Étudiant en Master 2 Droit des migrations, assistant de la CJMD
Université Souss-Atlas – Agadir
"""
    root = text(body, cte="8bit", flowed=True)
    env = dict(from_name="Ilyas Benjelloun", from_email="ilyas.benjelloun@etu.usa-agadir.example.ma",
               subject="Proposition d'intervention - table ronde 4 - CJMD", received_at=at(4, 9, 5, 18),
               sender_tz=tz(1), lag=35, message_id="<b1e8d4f2-7a36-4c0b-9e25-3d6f8a1c0b47@etu.usa-agadir.example.ma>",
               headers=THUNDERBIRD)
    return env, root, label(
        "speaker_request", "fr",
        "a student writes on behalf of his professor; 'Pr.' honorific; labelled lines with a space before the "
        "colon; hard-wrapped format=flowed; 'table ronde n° 4'; the student's own signature is not the speaker",
        [sp("Nadia Aït Lahcen", "Professeure de droit international, directrice de la clinique",
            "Clinique juridique Migrations et Droits (CJMD), Faculté de droit, Université Souss-Atlas",
            ["roundtable"], 4)])


@message
def h23_14() -> tuple[Env, Message, Label]:
    body = """Dear colleagues,

I hope this finds you well.

Through our project we work closely with several migrant-led groups in Lebanon, and we would like to put forward a speaker who can bring the voice of migrant domestic workers directly into the multi-stakeholder consultation on 23 February.

We are nominating Ms. Tigist Alemayehu, Founder and Coordinator of the Ethiopian Domestic Workers' Mutual Aid Group (EDW-MAG) in Beirut, to take part in the open discussion of the consultation. Ms. Alemayehu speaks Amharic, Arabic and English and has agreed to be nominated.

Please note that the project is not requesting a speaking slot for itself.

With best regards,

Sophie Marchetti
Project Officer
FAIR-DW Project – Fair Recruitment and Decent Work for Migrant Domestic Workers
Beirut

The views expressed in this message are those of the sender and do not necessarily reflect the position of the organisation.
"""
    html = outlook_html(mso(body), lang="EN-GB")
    root = alternative(body, html, "_000_BEZP281MB2107C6E4A93D1F2B085E7C6A4D1B2BEZP281MB2107DEUP_")
    env = dict(from_name="Sophie Marchetti", from_email="marchetti@fairdw-project.example.org",
               subject="Nomination for the open discussion - 23 February", received_at=at(4, 15, 20, 44),
               lag=58, message_id="<BEZP281MB2107C6E4A93D1F2B085E7C6A4D1B2@BEZP281MB2107.DEUP281.prod.outlook."
               "example.com>", headers=outlook("en-GB", 14))
    return env, root, label(
        "speaker_request", "en",
        "project officer nominates someone from another (migrant-led) organisation; the sender's project is "
        "not the affiliation; 'Ms.' honorific; title before the affiliation in prose",
        [sp("Tigist Alemayehu", "Founder and Coordinator", "Ethiopian Domestic Workers' Mutual Aid Group (EDW-MAG)",
            ["open_discussion"])])


@message
def h23_15() -> tuple[Env, Message, Label]:
    call = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (24-25 شباط/فبراير 2021) وإلى مشاورة أصحاب المصلحة المتعددين (23 شباط/فبراير 2021).

ويمكن لأصحاب المصلحة طلب الكلمة في النقاش المفتوح، أو تقديم الرسائل الرئيسية بصفة مقرر، أو تقديم مداخلة في الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع، بإرسال اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها إلى gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

كما تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي حتى يوم الثلاثاء 16 شباط/فبراير 2021.

مع التحية،
فريق الاستعراض الإقليمي"""
    body = """السلام عليكم،

نشكركم على الدعوة. تود عيادة الأمل المجتمعية لصحة المهاجرين في عمّان ترشيح الدكتورة ريم سليمان الخطيب، المديرة الطبية للعيادة، للمشاركة في المائدة المستديرة الثالثة (الإدماج الاجتماعي والحصول على الخدمات الأساسية)، للحديث عن وصول العمال المهاجرين غير النظاميين إلى الرعاية الصحية الأولية خلال جائحة كورونا.

مع خالص الشكر،
لينا حدّاد
منسقة المشاريع
عيادة الأمل المجتمعية لصحة المهاجرين

في الخميس، 21 يناير 2021 في 11:02 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + quoted(call) + "\n"
    root = alternative(body, gmail_html(body, rtl=True), "000000000000f7a2c605baa09d61", cte="b64")
    env = dict(from_name="Lina Haddad", from_email="lina.haddad.amal@gmail.example.com",
               subject="Re: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
               received_at=at(5, 12, 30, 8), lag=3, relay="mail-wr1-f67.google.example.com",
               client_received=GMAIL_RECEIVED % (67, 2208815),
               message_id="<CAN9rG1xVb6Kp3eTq0-MfWs8hYd2oLZj5cR7nA4uE@mail.gmail.example.com>",
               in_reply_to="<call-ar-20210121@gcmrr.iom.int>", references="<call-ar-20210121@gcmrr.iom.int>")
    return env, root, label(
        "speaker_request", "ar",
        "reply quoting the organisers' Arabic call (which lists every role, the misprinted 'الجمعة 23 شباط' "
        "speaker deadline and the report deadline); only the new text counts; 'الدكتورة' honorific; the sender "
        "(project coordinator) is not the speaker",
        [sp("ريم سليمان الخطيب", "المديرة الطبية للعيادة", "عيادة الأمل المجتمعية لصحة المهاجرين",
            ["roundtable"], 3)])


@message
def h23_16() -> tuple[Env, Message, Label]:
    body = """Bonjour,

Je sais que le délai était hier soir, désolé… Est-il encore possible d'inscrire Mme Joëlle Haddad-Sfeir de l'association Passerelles Migrants Liban pour une intervention en séance plénière ?

Merci d'avance,
Karim Nassar

Envoyé de mon iPhone
"""
    root = text(body, cte="qp")
    env = dict(from_name="Karim Nassar", from_email="karim.nassar@passerelles-liban.example.org",
               subject="Intervention plénière", received_at=at(6, 8, 12, 37), lag=9,
               message_id="<E2A7C410-9B3F-4D65-8A1E-5C07F2B9D384@passerelles-liban.example.org>", headers=IPHONE)
    return env, root, label(
        "speaker_request", "fr",
        "late (Saturday 6 February morning) and says so; speaker's title missing (null); affiliation in prose "
        "after 'de l'association'; iPhone",
        [sp("Joëlle Haddad-Sfeir", None, "Passerelles Migrants Liban", ["plenary"])])


@message
def h23_17() -> tuple[Env, Message, Label]:
    body = """Good evening,

Forwarding below the nomination from our President, as discussed with her this afternoon. Apologies for sending it only today.

Regards,
Jomar Villanueva
Secretary, FMWC-UAE

---------- Forwarded message ---------
From: Rowena Dela Cruz <rowena.delacruz@fmwc-uae.example.org>
Date: Fri, Feb 5, 2021 at 3:12 PM
Subject: GCM review nomination
To: Jomar Villanueva <jomar.v@fmwc-uae.example.org>


Hi Jomar,

Pls send this to the IOM address for the regional review before the deadline tonight.

We would like to volunteer as rapporteur to deliver the key messages from the stakeholders. Details:

Name: Rowena Bautista Dela Cruz
Position: President
Organization: Filipino Migrant Workers Circle - UAE (FMWC-UAE)

Thanks!
Weng

Sent from my iPhone
"""
    root = alternative(body, gmail_html(body), "000000000000e61b9a05baa4e0c7")
    env = dict(from_name="Jomar Villanueva", from_email="jomar.v@fmwc-uae.example.org",
               subject="Fwd: GCM review nomination", received_at=at(5, 18, 45, 3), sender_tz=tz(4), lag=5,
               message_id="<CAB2hN7uLq4Wz0yEc9-TgPs3mVd6kXRf1aJ8oD5bS@mail.gmail.example.com>",
               client_received=GMAIL_RECEIVED % (12, 6610934), relay="mail-wr1-f12.google.example.com")
    return env, root, label(
        "speaker_request", "en",
        "forwarded by the secretary: the details are only inside the forwarded message (labelled 'Position' / "
        "'Organization'); nickname 'Weng' in the sign-off; rapporteur role; sender in UTC+4",
        [sp("Rowena Bautista Dela Cruz", "President", "Filipino Migrant Workers Circle - UAE (FMWC-UAE)",
            ["rapporteur"])])


@message
def h23_18() -> tuple[Env, Message, Label]:
    body = """السلام عليكم ورحمة الله

أرغب في تقديم مداخلة في الجلسة العامة للمؤتمر الإقليمي.

الاسم: د. عادل بن ناصر الحربي
الصفة: مستشار مستقل في سياسات سوق العمل والهجرة

شاكر ومقدر

أُرسلت من الـ iPhone الخاص بي
"""
    root = text(body, cte="b64")
    env = dict(from_name="Adel Alharbi", from_email="adel.alharbi.consult@icloud.example.com",
               subject="مداخلة", received_at=at(5, 21, 50, 16), sender_tz=tz(3), lag=14,
               message_id="<1D4F8A20-6C3B-4E7D-B9A5-02E8C7F1D356@icloud.example.com>", headers=IPHONE)
    return env, root, label(
        "speaker_request", "ar",
        "short iPhone message; independent consultant: no affiliation (null); 'د.' honorific; 'بن' is part of "
        "the name; Date header in +03:00 reads 22:49, still before the deadline",
        [sp("عادل بن ناصر الحربي", "مستشار مستقل في سياسات سوق العمل والهجرة", None, ["plenary"])])


@message
def h23_19() -> tuple[Env, Message, Label]:
    body = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the South Asian
Migrant Workers' Rights Collective (SAMWRC), covering workers from India,
Bangladesh, Nepal and Sri Lanka in Oman and the UAE.

In addition, we would like to request a floor intervention in
Roundtable 1 on regular pathways, decent work and the drivers of
migration. Our speaker would be:

  Mr. Arjun Menon Pillai
  Programme Director
  South Asian Migrant Workers' Rights Collective (SAMWRC), Muscat / Kochi

Thank you,

Arjun Menon Pillai
SAMWRC
+968 9555 1204 / +91 94470 55512
"""
    name = "SAMWRC_GCM_Voluntary_Report_2021.docx"
    report = docx(["South Asian Migrant Workers' Rights Collective (SAMWRC)",
                   "Voluntary GCM Review Report - Arab region 2021",
                   "1. Recruitment costs  2. Wage protection  3. Access to justice  4. Recommendations"],
                  author="Arjun M.")
    root = multipart("mixed", [text(body, cte="8bit", flowed=True), attach(report, DOCX_TYPE, name)],
                     "------------A7C1E03F5B2D94E861F0C2B7")
    env = dict(from_name="Arjun Menon Pillai", from_email="arjun.pillai@samwrc.example.org",
               subject="SAMWRC - voluntary report + speaker request (Roundtable 1)", received_at=at(4, 11, 0, 27),
               sender_tz=tz(4), lag=40, message_id="<5e3d0b7a-2c41-4f8e-9b16-a8d7c3e0f254@samwrc.example.org>",
               headers=THUNDERBIRD)
    return env, root, label(
        "both", "en",
        "report (DOCX) and speaker request in one message; affiliation line followed by cities after a comma "
        "(not part of the name); indented speaker block; 'Mr.' honorific",
        [sp("Arjun Menon Pillai", "Programme Director", "South Asian Migrant Workers' Rights Collective (SAMWRC)",
            ["roundtable"], 1)], reports=[name])


@message
def h23_20() -> tuple[Env, Message, Label]:
    body = """Madame, Monsieur,

Veuillez trouver ci-joint, avec nos excuses pour ce léger retard dû à la validation interne, le rapport volontaire de l'Observatoire régional des migrations Souss-Massa (ORMSM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hanane El Idrissi
Responsable des études
Observatoire régional des migrations Souss-Massa (ORMSM)
Tél. : +212 5 28 55 90 13

"""
    html = outlook_html(mso(body), lang="FR")
    name = "Rapport_volontaire_ORMSM_Février2021.pdf"
    report = pdf(["Observatoire regional des migrations Souss-Massa (ORMSM)",
                  "Rapport volontaire - Examen regional du Pacte mondial", "Fevrier 2021"], "Rapport ORMSM")
    root = multipart("mixed", [alternative(body, html, "_000_PAZP264MB3019A5D2F1C78E6B49D0A3C1F2E7BPAZP264MB3019FRAP_"),
                               attach(report, "application/pdf", name, style="2047")],
                     "_004_PAZP264MB3019A5D2F1C78E6B49D0A3C1F2E7BPAZP264MB3019FRAP_")
    env = dict(from_name="Hanane El Idrissi", from_email="h.elidrissi@ormsm.example.ma",
               subject="Rapport volontaire ORMSM – examen régional du PMM", received_at=at(17, 9, 40, 55),
               sender_tz=tz(1), lag=44, message_id="<PAZP264MB3019A5D2F1C78E6B49D0A3C1F2E7B@PAZP264MB3019.FRAP264."
               "prod.outlook.example.com>", headers=outlook("fr-FR", 20))
    return env, root, label(
        "voluntary_report", "fr",
        "late report (17 February, after the extended deadline) that apologises for the delay; Outlook "
        "RFC 2047 file name with 'é'", reports=[name])


@message
def h23_21() -> tuple[Env, Message, Label]:
    body = """السادة الكرام،

تحية طيبة،

لم تصلنا الدعوة إلا مؤخراً عن طريق إحدى المنظمات الشريكة، ونأمل أن يكون من الممكن قبول طلبنا رغم انتهاء المهلة.

تود منظمة شباب من أجل الهجرة الآمنة (الخرطوم) ترشيح الأستاذ مجتبى عثمان إدريس، منسق البرامج بالمنظمة، لتقديم مداخلة في المائدة المستديرة الثانية حول حماية حقوق المهاجرين ومكافحة التهريب والاتجار بالبشر.

ولكم جزيل الشكر.

عن المنظمة
هبة الطيب
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div style="font-family:Tahoma, Geneva, sans-serif;font-size:14px;direction:rtl;text-align:right">'
            + "".join("<div>%s</div>" % (escape(x, quote=False) or "<br>") for x in body.split("\n"))
            + "</div></body></html>\n")
    root = text(html, "html", cte="b64")
    env = dict(from_name="Youth for Safe Migration", from_email="ysm.khartoum@yahoo.example.com",
               subject="طلب مشاركة متأخر", received_at=at(8, 10, 20, 19), lag=21,
               message_id="<1193485520.612044.1612772398001@mail.yahoo.example.com>",
               headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    return env, root, label(
        "speaker_request", "ar",
        "late (8 February) and says so; HTML-only Yahoo message; 'الأستاذ' honorific; title is the whole "
        "appositive ('منسق البرامج بالمنظمة'); place in brackets after the organisation's name",
        [sp("مجتبى عثمان إدريس", "منسق البرامج بالمنظمة", "منظمة شباب من أجل الهجرة الآمنة", ["roundtable"], 2)])


@message
def h23_22() -> tuple[Env, Message, Label]:
    body = """Dear Sir/Madam,

The Gulf Construction and Allied Workers' Trade Union Network (GCAW-TUN) wishes to propose the following speakers for the Regional Review:

•  Mr. Yousef Jaber Al-Kindi, General Secretary – to serve as rapporteur and deliver the key messages from the stakeholders;
•  Ms. Priya Raghunathan – floor intervention in Roundtable 1 (regular pathways and decent work). Ms. Raghunathan is a former construction site cook who now organises women workers in labour camps.

Both speakers will join online.

Kind regards,

Yousef Al-Kindi
General Secretary
Gulf Construction and Allied Workers' Trade Union Network (GCAW-TUN)
Tel. +968 2455 8871

CONFIDENTIALITY NOTICE: This message is intended only for the use of the addressee(s). Any unauthorised use, disclosure or copying is prohibited.
"""
    html = outlook_html(mso(body), lang="EN-US")
    root = alternative(body, html, "_000_SN6PR11MB2734F0A9C2D51E7B38A6D4C9E1F08SN6PR11MB2734namp_")
    env = dict(from_name="Yousef Al-Kindi", from_email="gensec@gcaw-tun.example.org",
               subject="Speakers - GCAW-TUN", received_at=at(5, 16, 5, 33), sender_tz=tz(4), lag=37,
               message_id="<SN6PR11MB2734F0A9C2D51E7B38A6D4C9E1F08@SN6PR11MB2734.namprd11.prod.outlook.example.com>",
               headers=outlook("en-US", 22))
    aff = "Gulf Construction and Allied Workers' Trade Union Network (GCAW-TUN)"
    return env, root, label(
        "speaker_request", "en",
        "trade union proposes two speakers in a bulleted list; the second has no title (null; her background "
        "is described in prose); the sender is also the first speaker; different roles",
        [sp("Yousef Jaber Al-Kindi", "General Secretary", aff, ["rapporteur"]),
         sp("Priya Raghunathan", None, aff, ["roundtable"], 1)])


@message
def h23_23() -> tuple[Env, Message, Label]:
    body = """Bonjour à toute l'équipe,

Je souhaiterais prendre part à la discussion ouverte de la consultation
multipartite du 23 février et, si c'est possible, intervenir également
lors de la table ronde III sur l'inclusion sociale et l'accès aux
services, au nom de notre réseau.

Merci de me tenir informée.

Bien cordialement,

--
Khadija Moutawakil-Benali
Chargée de plaidoyer régional
Réseau maghrébin Femmes et Mobilités (REFEM)
Tunis | +216 71 555 208
"""
    root = text(body, cte="qp")
    env = dict(from_name="Khadija Moutawakil-Benali", from_email="k.moutawakil@refem.example.tn",
               subject="Participation consultation 23/02 et table ronde", received_at=at(3, 20, 15, 48),
               sender_tz=tz(1), lag=26, message_id="<c7e41b92-0d35-4a8f-b627-19e5f3a0d8c4@refem.example.tn>",
               headers=THUNDERBIRD)
    return env, root, label(
        "speaker_request", "fr",
        "the sender is the speaker and her details are only in the signature; two roles (open discussion and "
        "roundtable); roundtable in Roman numerals ('table ronde III')",
        [sp("Khadija Moutawakil-Benali", "Chargée de plaidoyer régional", "Réseau maghrébin Femmes et Mobilités (REFEM)",
            ["open_discussion", "roundtable"], 3)])


@message
def h23_24() -> tuple[Env, Message, Label]:
    body = """السادة الأفاضل،

نعتذر عن الخطأ، فقد أرسلنا إليكم يوم الخميس الماضي نسخة غير نهائية من التقرير. نرفق لكم طيه النسخة النهائية المعتمدة من التقرير الطوعي الجماعي لشبكة شمس بصيغة PDF، ونرجو اعتمادها بدلاً من النسخة السابقة.

مع الشكر والتقدير،
إيمان عبد الباقي
المنسقة العامة – شبكة شمس

________________________________
من: Eiman Abdelbagi <coordination@shams-network.example.sd>
تاريخ الإرسال: الخميس، 11 فبراير، 2021 12:09 م
إلى: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
الموضوع: التقرير الطوعي الجماعي - شبكة شمس

السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة
...
"""
    html = outlook_html(mso(body, rtl=True), lang="AR-SA", rtl=True)
    name = "تقرير_شبكة_شمس_النسخة_النهائية.pdf"
    report = pdf(["SHAMS Network - Collective Voluntary GCM Review Report (final version)",
                  "Sudanese Civil Society Network on Migration", "February 2021"], "SHAMS final report")
    root = multipart("mixed", [alternative(body, html, "_000_AM6PR09MB4112C1D70F3E8A2B5D94E6C0A7F31_", cte="b64"),
                               attach(report, "application/pdf", name, style="2047")],
                     "_004_AM6PR09MB4112C1D70F3E8A2B5D94E6C0A7F31_")
    env = dict(from_name="Eiman Abdelbagi", from_email="coordination@shams-network.example.sd",
               subject="RE: التقرير الطوعي الجماعي - شبكة شمس", received_at=at(14, 10, 5, 12), lag=71,
               message_id="<AM6PR09MB4112C1D70F3E8A2B5D94E6C0A7F31@AM6PR09MB4112.eurprd09.prod.outlook.example.com>",
               in_reply_to=MID_05, references=MID_05, headers=outlook("ar-SA", 24))
    return env, root, label(
        "voluntary_report", "ar",
        "revised final version replacing the DOCX of h23-05 (Outlook reply, In-Reply-To set, Arabic Outlook "
        "quote header); PDF with an Arabic RFC 2047 file name", reports=[name], thread_of="h23-05.eml")


# ==================================================================================== writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        env, root, lab = fn()
        name = "h23-%02d.eml" % n
        assert fn.__name__ == "h23_%02d" % n, fn.__name__
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(env, root, n))
        received = env["received_at"]
        on_time = {"speaker_request": received <= SPEAKER_DEADLINE,
                   "voluntary_report": received <= REPORT_DEADLINE,
                   "both": received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE}.get(lab["category"])
        labels.append({"file": name, "received_at": received.isoformat(), "category": lab["category"],
                       "language": lab["language"], "acknowledge": lab["acknowledge"], "on_time": on_time,
                       "speakers": lab["speakers"], "report_attachments": lab["report_attachments"],
                       "thread_of": lab["thread_of"], "notes": lab["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout23"))
