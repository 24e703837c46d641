"""Writes the demo Maildir (examples/mailbox/), its labelled copy (examples/labelled/) and the labels.

This module's sole job is to produce the sample mailbox byte for byte the same on every run: ten
messages in Arabic, English and French that we wrote ourselves, shaped like the mail clients
that would send them (Gmail, Outlook, Thunderbird, Apple Mail, a webmail), with real PDF and
DOCX attachments. Each file is named after its arrival time (Maildir's leading epoch seconds)
and its mtime is set to that time, because a Maildir reader (Dovecot, and ours) takes the
arrival time from the mtime, and git does not keep mtimes.

    /tmp/venv/bin/python examples/make_sample_mailbox.py            # rewrite examples/
    /tmp/venv/bin/python examples/make_sample_mailbox.py --out DIR  # write elsewhere

Needs the standard library and python-docx; the PDFs come from the small writer below.
"""

from __future__ import annotations

import argparse
import base64
import email.header
import email.utils
import hashlib
import html
import io
import json
import os
import quopri
import shutil
import textwrap
import urllib.parse
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

HERE = Path(__file__).resolve().parent
OUR_ADDRESS = "gcmrrarabstates@iom.int"
BEIRUT = timezone(timedelta(hours=2), "EET")  # Asia/Beirut in February (no DST then)
FIXED_ZIP_TIME = (2021, 2, 1, 0, 0, 0)


# --- MIME text, written by hand so that each message looks like the client that sent it ---------


def crlf(text: str) -> str:
    """Normalise line endings to CRLF, as messages travel and as our Maildir stores them."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(text: str, charset: str) -> str:
    """Quoted-printable body in `charset`, 76-column soft breaks."""
    return quopri.encodestring(text.replace("\r\n", "\n").encode(charset)).decode("ascii")


def b64(data: bytes) -> str:
    """Base64 body in 76-column lines."""
    return base64.encodebytes(data).decode("ascii")


def words(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 encoded words for a header value, folded."""
    return email.header.Header(text, charset, maxlinelen=76).encode().replace("\n", "\r\n")


def address(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value; a non-ASCII display name is RFC 2047 encoded."""
    if name.isascii():
        return email.utils.formataddr((name, addr))
    return f"{words(name, charset)} <{addr}>"


def leaf(headers: list[str], body: str) -> str:
    """One MIME part: header lines, a blank line, the already encoded body."""
    return crlf("\n".join(headers) + "\n\n" + body.rstrip("\n") + "\n")


def multipart(subtype: str, boundary: str, parts: list[str], preamble: str = "") -> str:
    """A multipart entity (its Content-Type line, preamble and parts) from already built parts."""
    body = f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"\r\n\r\n'
    body += crlf(preamble + "\n") if preamble else ""
    for part in parts:
        body += f"--{boundary}\r\n{part}"
    return body + f"--{boundary}--\r\n"


def flowed(text: str) -> str:
    """format=flowed (RFC 3676) as Thunderbird writes it: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line == "-- ":
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        out.extend(w + " " for w in wrapped[:-1])
        out.append(wrapped[-1])
    return "\n".join(out)


def gmail_html(text: str, rtl: bool = False) -> str:
    """The HTML alternative Gmail sends for a plain text: one div per line."""
    direction = "rtl" if rtl else "ltr"
    lines = "".join(f"<div>{html.escape(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="{direction}">{lines}</div>\n'


def outlook_html(text: str, rtl: bool = False, charset: str = "us-ascii") -> str:
    """The HTML alternative Outlook sends: MsoNormal paragraphs in a Word-flavoured page."""
    lang, direction = ("AR-SA", "RTL") if rtl else ("EN-US", "LTR")
    paras = "\n".join(
        f'<p class="MsoNormal" dir="{direction}">{html.escape(line) if line else "<o:p>&nbsp;</o:p>"}</p>'
        for line in text.split("\n")
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>\n"
        f'</head>\n<body lang="{lang}" dir="{direction}">\n<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>\n'
    )


def text_part(text: str, charset: str = "utf-8", cte: str = "quoted-printable", subtype: str = "plain",
              extra: str = "") -> str:
    """A text/* leaf in the given charset and transfer encoding."""
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:  # 8bit, as Thunderbird sends when the server allows it
        body = text
    return leaf([f'Content-Type: text/{subtype}; charset="{charset}"{extra}', f"Content-Transfer-Encoding: {cte}"], body)


def attachment(data: bytes, ctype: str, filename: str, style: str) -> str:
    """An attachment leaf, naming the file the way the client in `style` does."""
    if filename.isascii():
        ctype_line = f'Content-Type: {ctype}; name="{filename}"'
        disp = f'Content-Disposition: attachment; filename="{filename}"'
    elif style == "rfc2231":  # Thunderbird, Apple Mail: RFC 2231 in the disposition
        ctype_line = f'Content-Type: {ctype};\n name="{words(filename).replace(chr(13) + chr(10), "")}"'
        disp = f"Content-Disposition: attachment;\n filename*=UTF-8''{urllib.parse.quote(filename, safe='')}"
    else:  # Outlook, Gmail: RFC 2047 words inside the quoted parameters (not a standard, but common)
        encoded = words(filename).replace("\r\n", "")
        ctype_line = f'Content-Type: {ctype}; name="{encoded}"'
        disp = f'Content-Disposition: attachment; filename="{encoded}"; size={len(data)}'
    return leaf([ctype_line, disp, "Content-Transfer-Encoding: base64"], b64(data))


# --- documents ------------------------------------------------------------------------------------


def _pdf_string(line: str) -> str:
    raw = line.encode("cp1252")  # Helvetica with WinAnsiEncoding covers English and French
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(title: str, author: str, paragraphs: list[str]) -> bytes:
    """A small real PDF (A4, Helvetica, Latin text); '# ' starts a heading."""
    lines: list[tuple[bool, str]] = []
    for para in paragraphs:
        heading = para.startswith("# ")
        text = para[2:] if heading else para
        lines.extend((heading, w) for w in textwrap.wrap(text, 88) or [""])
        lines.append((False, ""))
    per_page = 48
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, filled in once the pages exist
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        ops = ["BT", "14 TL", "56 786 Td"]
        for heading, text in page:
            ops.append(f"/F{2 if heading else 1} {12 if heading else 10.5} Tf {_pdf_string(text)} Tj T*")
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (content, regular, bold)
        ))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(
        b"<< /Title %s /Author %s /Producer (make_sample_mailbox.py) /CreationDate (D:20210201000000+02'00') >>"
        % (_pdf_string(title).encode("ascii"), _pdf_string(author).encode("ascii"))
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    file_id = hashlib.md5(bytes(out)).hexdigest().encode("ascii")
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info, file_id, file_id, xref)
    return bytes(out)


def _rtl(paragraph: docx.text.paragraph.Paragraph) -> None:
    # python-docx has no API for right-to-left paragraphs: set w:bidi and w:rtl by hand
    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def make_arabic_docx(title: str, author: str, paragraphs: list[str], table: list[tuple[str, ...]]) -> bytes:
    """A small real right-to-left DOCX: title, paragraphs ('# ' = heading), one table; fixed zip dates."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = datetime(2021, 2, 1, tzinfo=UTC)
    props.revision = 1
    # Word shapes Arabic with the complex-script font, not the Latin one
    document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), "Arial")
    _rtl(document.add_heading(title, level=1))
    for para in paragraphs:
        if para.startswith("# "):
            _rtl(document.add_heading(para[2:], level=2))
        else:
            _rtl(document.add_paragraph(para))
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    grid.style = "Table Grid"
    for row, values in zip(grid.rows, table, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
            for p in cell.paragraphs:
                _rtl(p)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    # zipfile stamps entries with the current time; rewrite them with a fixed one
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# --- the messages ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One sample message: its labelled file name, bytes, arrival and label."""

    file: str
    raw: bytes
    received_at: datetime
    label: dict[str, object]


def envelope(sender_host: str, ip: str, return_path: str, received: datetime, msgid: str) -> str:
    """The lines the receiving server puts on top: Return-Path, Delivered-To, Received, SPF result."""
    queue_id = hashlib.sha1(msgid.encode()).hexdigest()[:12].upper()
    stamp = email.utils.format_datetime(received) + " (EET)"
    domain = return_path.rpartition("@")[2] or sender_host
    lines = [
        f"Return-Path: <{return_path}>",
        f"Delivered-To: {OUR_ADDRESS}",
        f"Received: from {sender_host} ({sender_host} [{ip}])\n\tby mx1.iom.int (Postfix) with ESMTPS id {queue_id}"
        f"\n\tfor <{OUR_ADDRESS}>; {stamp}",
        f"Authentication-Results: mx1.iom.int;\n\tspf=pass smtp.mailfrom={domain}",
    ]
    return crlf("\n".join(lines) + "\n")


def message(env: str, headers: list[str], entity: str) -> bytes:
    """Envelope lines, the sender's headers, MIME-Version and the top entity, as bytes."""
    return (env + crlf("\n".join(headers) + "\n") + "MIME-Version: 1.0\r\n" + entity).encode("utf-8")


def label(file: str, received: datetime, category: str, language: str, *, on_time: bool | None,
          acknowledge: bool = True, speakers: list[dict[str, object]] | None = None,
          report_attachments: list[str] | None = None, notes: str) -> dict[str, object]:
    """A label in the shared LABELS.md format."""
    return {
        "file": file,
        "received_at": received.isoformat(),
        "category": category,
        "language": language,
        "acknowledge": acknowledge,
        "on_time": on_time,
        "speakers": speakers or [],
        "report_attachments": report_attachments or [],
        "thread_of": None,
        "notes": notes,
    }


def speaker(name: str, title: str | None, affiliation: str | None, roles: list[str],
            roundtable: int | None = None) -> dict[str, object]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def at(day: int, hh: int, mm: int, ss: int) -> datetime:
    return datetime(2021, 2, day, hh, mm, ss, tzinfo=BEIRUT)


def report_en_pdf() -> Sample:
    received = at(10, 11, 24, 7)
    file = "01-report-en-gmail-pdf.eml"
    msgid = "CAF7nK2mX0qR4v8hT3d9QwZ1pLe5uY6sBj2Hc0Ng7Ro4@mail.gmail.example"
    body = (
        "Dear colleagues,\n\n"
        "On behalf of the Coastal Migrant Support Network (CMSN), please find attached our voluntary report "
        "for the regional review of the Global Compact for Migration in the Arab region.\n\n"
        "The report covers our work in 2019-2020 on objectives 7 (addressing and reducing vulnerabilities in "
        "migration), 15 (access to basic services) and 16 (inclusion and social cohesion), with a short section "
        "on the effects of COVID-19 on migrant domestic workers.\n\n"
        "We would be grateful if you could confirm receipt.\n\n"
        "Kind regards,\n\n"
        "Hannah Mercer\nPolicy Lead\nCoastal Migrant Support Network (CMSN)\n+962 6 555 0142"
    )
    name = "CMSN_Voluntary_GCM_Review_2021.pdf"
    pdf = make_pdf("Voluntary GCM Review Report - CMSN", "Hannah Mercer", [
        "# Voluntary GCM Review Report",
        "Coastal Migrant Support Network (CMSN). Submitted to the Regional Review of the Global Compact for "
        "Safe, Orderly and Regular Migration in the Arab region, February 2021.",
        "# 1. Introduction",
        "CMSN brings together 14 community organisations working with migrants in coastal cities. This report "
        "describes what our members observed and did between January 2019 and December 2020.",
        "# 2. Progress on objectives 7, 15 and 16",
        "Objective 7: our members assisted 2,310 migrants in situations of vulnerability, most of them women "
        "employed in domestic work. Referral agreements with two public hospitals were signed in 2020.",
        "Objective 15: access to primary health care improved where municipalities accepted residence "
        "certificates issued by community centres; access to schooling for migrant children remains uneven.",
        "Objective 16: joint cultural events and local dialogue committees were held in five cities.",
        "# 3. Impact of COVID-19",
        "Lockdowns left many domestic workers without wages or a way home. Emergency cash assistance reached "
        "640 households; repatriation requests far exceeded the flights available.",
        "# 4. Recommendations",
        "Extend labour law protection to domestic workers; guarantee access to health care regardless of status; "
        "include migrant-led organisations in national GCM implementation plans.",
    ])
    entity = multipart("mixed", "000000000000b3e4f205bb1c2d71", [
        multipart("alternative", "000000000000b3e4f005bb1c2d6f", [
            text_part(body), text_part(gmail_html(body), subtype="html"),
        ]),
        attachment(pdf, "application/pdf", name, "rfc2047"),
    ])
    headers = [
        "From: Hannah Mercer <hannah.mercer@coastalmigrants.example.org>",
        "Date: Wed, 10 Feb 2021 11:23:58 +0200",
        f"Message-ID: <{msgid}>",
        "Subject: CMSN voluntary GCM review report - submission",
        f"To: {OUR_ADDRESS}",
    ]
    env = envelope("mail-ed1-f41.google.example", "209.85.208.41", "hannah.mercer@coastalmigrants.example.org",
                   received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "voluntary_report", "en", on_time=True, report_attachments=[name],
        notes="Gmail: multipart/mixed with text+HTML alternative and a PDF report; plain case."))


def report_fr_pdf() -> Sample:
    received = at(15, 18, 2, 41)
    file = "02-report-fr-thunderbird-pdf.eml"
    msgid = "7c1e9a52-3b0d-4f6e-9a21-5d8e0c4b7f13@solidarite-migrants.example.org"
    body = (
        "Madame, Monsieur,\n\n"
        "Suite à votre lettre d'invitation, le Collectif Solidarité Migrants Maghreb (CSMM) a le plaisir de "
        "vous transmettre ci-joint son rapport volontaire sur la mise en œuvre du Pacte mondial pour des "
        "migrations sûres, ordonnées et régulières.\n\n"
        "Ce rapport porte sur les objectifs 2, 5 et 23 du Pacte et présente nos recommandations pour la "
        "période 2021-2022.\n\n"
        "Nous restons à votre disposition pour toute information complémentaire.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "-- \nInès Belkacem\nChargée de programmes\nCollectif Solidarité Migrants Maghreb (CSMM)\nTunis, Tunisie"
    )
    name = "Rapport_volontaire_PMM_CSMM_février_2021.pdf"
    pdf = make_pdf("Rapport volontaire - CSMM", "Inès Belkacem", [
        "# Rapport volontaire sur la mise en œuvre du Pacte mondial sur les migrations",
        "Collectif Solidarité Migrants Maghreb (CSMM) - Examen régional du Pacte mondial pour des migrations "
        "sûres, ordonnées et régulières dans la région arabe, février 2021.",
        "# 1. Présentation du collectif",
        "Le CSMM réunit neuf associations de Tunisie, d'Algérie et du Maroc qui accompagnent les personnes "
        "migrantes et leurs familles.",
        "# 2. Objectif 2 : réduire les facteurs négatifs qui poussent à émigrer",
        "Nos programmes de formation professionnelle ont touché 1 150 jeunes dans les régions de l'intérieur.",
        "# 3. Objectif 5 : des filières de migration régulière plus accessibles",
        "Les accords de mobilité de main-d'œuvre restent peu connus ; nous recommandons des guichets "
        "d'information dans chaque gouvernorat.",
        "# 4. Objectif 23 : coopération internationale",
        "Nous appelons à associer la société civile au suivi des partenariats migratoires régionaux.",
        "# 5. Recommandations 2021-2022",
        "Publier des données ventilées par sexe et par âge ; garantir l'accès à la justice des travailleurs "
        "migrants ; financer les associations de la diaspora.",
    ])
    entity = multipart("mixed", "------------8F3C2A9E1D7B4065C0E1A2F3", [
        text_part(flowed(body), charset="UTF-8", cte="8bit", extra="; format=flowed"),
        attachment(pdf, "application/pdf", name, "rfc2231"),
    ], preamble="This is a multi-part message in MIME format.")
    headers = [
        "To: " + OUR_ADDRESS,
        "From: " + address("Inès Belkacem", "ines.belkacem@solidarite-migrants.example.org"),
        "Subject: " + words("Rapport volontaire du CSMM – examen régional du PMM"),
        f"Message-ID: <{msgid}>",
        "Date: Mon, 15 Feb 2021 17:02:33 +0100",
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1",
        "Content-Language: fr",
    ]
    env = envelope("smtp.solidarite-migrants.example.org", "198.51.100.73",
                   "ines.belkacem@solidarite-migrants.example.org", received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "voluntary_report", "fr", on_time=True, report_attachments=[name],
        notes="Thunderbird: 8bit UTF-8 format=flowed body, RFC 2231 attachment name with an accent; "
              "Date header in +0100 (Tunis)."))


def report_ar_docx() -> Sample:
    received = at(16, 22, 41, 19)
    file = "03-report-ar-outlook-docx.eml"
    msgid = "DB8PR04MB6843A1F2C3D4E5F60718293AB4C5D@DB8PR04MB6843.eurprd04.prod.outlook.example"
    body = (
        "السادة الأفاضل في أمانة المراجعة الإقليمية للميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،\n\n"
        "تحية طيبة وبعد،\n\n"
        "يسرّ جمعية جسور للتنمية والهجرة أن ترفق طيّه تقريرها الطوعي حول تنفيذ الميثاق العالمي للهجرة في "
        "المنطقة العربية، وذلك استجابةً لدعوتكم الكريمة وضمن المهلة الممددة.\n\n"
        "يتناول التقرير الهدفين 6 و10 من الميثاق، ولا سيما ظروف العمل اللائق ومكافحة الاتجار بالبشر، "
        "ويتضمن توصيات موجهة إلى الحكومات ومنظمات المجتمع المدني.\n\n"
        "نرجو التكرم بتأكيد الاستلام.\n\n"
        "وتفضلوا بقبول فائق الاحترام والتقدير،\n\n"
        "هبة الزعبي\nمسؤولة المناصرة والسياسات\nجمعية جسور للتنمية والهجرة\nعمّان – الأردن"
    )
    name = "تقرير جمعية جسور - المراجعة الطوعية 2021.docx"
    document = make_arabic_docx("التقرير الطوعي لجمعية جسور للتنمية والهجرة", "هبة الزعبي", [
        "مقدَّم إلى المراجعة الإقليمية للميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، "
        "شباط/فبراير ٢٠٢١.",
        "# أولاً: الهدف ٦ – التوظيف العادل والأخلاقي وظروف العمل اللائق",
        "رصدت الجمعية خلال عامي ٢٠١٩ و٢٠٢٠ أكثر من ٤٠٠ شكوى تتعلق بحجز جوازات السفر وعدم دفع الأجور.",
        "# ثانياً: الهدف ١٠ – منع الاتجار بالأشخاص ومكافحته",
        "نظمنا ١٢ دورة تدريبية لمفتشي العمل ومقدمي الخدمات حول التعرف على ضحايا الاتجار وإحالتهم.",
        "# ثالثاً: التوصيات",
        "إلغاء رسوم التوظيف التي يتحملها العمال، وتوسيع الحماية القانونية لتشمل العمالة المنزلية، "
        "وإشراك منظمات المهاجرين في خطط التنفيذ الوطنية.",
    ], [("الهدف", "المؤشر", "٢٠٢٠"), ("٦", "شكاوى العمال المسجلة", "٤١٢"), ("١٠", "دورات تدريبية", "١٢")])
    entity = multipart("mixed", "_004_DB8PR04MB6843A1F2C3D4E5F60718293AB4C5D_", [
        multipart("alternative", "_000_DB8PR04MB6843A1F2C3D4E5F60718293AB4C5D_", [
            text_part(body, charset="windows-1256"),
            text_part(outlook_html(body, rtl=True, charset="windows-1256"), charset="windows-1256", subtype="html"),
        ]),
        attachment(document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name,
                   "rfc2047"),
    ])
    headers = [
        "From: " + address("هبة الزعبي", "h.zoubi@jusour.example.org", "windows-1256"),
        f"To: {address('GCM Regional Review - Arab States', OUR_ADDRESS)}",
        "Subject: " + words("التقرير الطوعي لجمعية جسور حول تنفيذ الميثاق العالمي للهجرة", "windows-1256"),
        "Thread-Topic: " + words("التقرير الطوعي لجمعية جسور حول تنفيذ الميثاق العالمي للهجرة", "windows-1256"),
        "Thread-Index: AdcEm4Zp1Jk2m3n4o5p6q7r8s9t0uA==",
        "Date: Tue, 16 Feb 2021 20:41:11 +0000",
        f"Message-ID: <{msgid}>",
        "Accept-Language: ar-JO, en-US",
        "Content-Language: ar-JO",
        "X-MS-Has-Attach: yes",
    ]
    env = envelope("mail-db8eur04.outbound.protection.outlook.example", "40.107.8.77", "h.zoubi@jusour.example.org",
                   received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "voluntary_report", "ar", on_time=True, report_attachments=[name],
        notes="Outlook: windows-1256 quoted-printable body, RFC 2047 Arabic attachment name in quoted "
              "parameters, right-to-left DOCX with a table; arrives 77 minutes before the extended deadline "
              "(Date header in UTC)."))


def speaker_en_labelled() -> Sample:
    received = at(1, 9, 15, 42)
    file = "04-speaker-en-labelled-roundtable2.eml"
    msgid = "AM6PR10MB2712C0FFEE55A1B2C3D4E5F6A7B8C9D0@AM6PR10MB2712.eurprd10.prod.outlook.example"
    body = (
        "Dear Secretariat,\n\n"
        "Further to the invitation letter, the Migrant Workers' Rights Forum (MWRF) would like to request a "
        "floor intervention in one of the thematic roundtables. Please find our speaker's details below:\n\n"
        "Name: Grace Adeyemi\n"
        "Title: Head of Research\n"
        "Organization: Migrant Workers' Rights Forum (MWRF)\n"
        "Preferred session: Roundtable 2\n"
        "Email: g.adeyemi@mwrf.example.org\n\n"
        "Our registration through the online form was completed on 29 January.\n\n"
        "Best regards,\n"
        "Kareem Nassar\n"
        "Communications Officer, MWRF"
    )
    entity = multipart("alternative", "_000_AM6PR10MB2712C0FFEE55A1B2C3D4E5F6A7B8C9D0_", [
        text_part(body, charset="us-ascii"), text_part(outlook_html(body), charset="us-ascii", subtype="html"),
    ])
    headers = [
        "From: Kareem Nassar <k.nassar@mwrf.example.org>",
        f"To: \"{OUR_ADDRESS}\" <{OUR_ADDRESS}>",
        "Subject: Request for speaking role - Roundtable 2",
        "Thread-Topic: Request for speaking role - Roundtable 2",
        "Date: Mon, 1 Feb 2021 07:15:36 +0000",
        f"Message-ID: <{msgid}>",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
    ]
    env = envelope("mail-am6eur05.outbound.protection.outlook.example", "40.107.22.59", "k.nassar@mwrf.example.org",
                   received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "speaker_request", "en", on_time=True,
        speakers=[speaker("Grace Adeyemi", "Head of Research", "Migrant Workers' Rights Forum (MWRF)",
                          ["roundtable"], 2)],
        notes="labelled Name/Title/Organization lines; the sender (Kareem Nassar) is not the speaker."))


def speaker_fr_prose() -> Sample:
    received = at(4, 16, 48, 3)
    file = "05-speaker-fr-prose-plenary-latin1.eml"
    msgid = "1612450079.4471.omsm@webmail.omsm.example.org"
    body = (
        "Bonjour,\n\n"
        "L'Observatoire des migrations Sahel-Maghreb (OMSM) souhaite proposer la candidature de Mme Claire "
        "Benali, chargée de plaidoyer, pour une intervention lors d'une séance plénière les 24 et 25 février. "
        "Mme Benali suit depuis plusieurs années la situation des personnes migrantes en transit au Maghreb et "
        "pourrait présenter les conclusions de nos missions de terrain.\n\n"
        "Elle s'est déjà inscrite via le formulaire en ligne.\n\n"
        "Je vous remercie par avance de votre retour.\n\n"
        "Cordialement,\n\n"
        "Julien Moreau\nDirecteur\nOMSM - Rabat"
    )
    entity = text_part(body, charset="iso-8859-1")
    headers = [
        "Date: Thu, 04 Feb 2021 15:47:59 +0100",
        "From: Julien Moreau <direction@omsm.example.org>",
        f"To: {OUR_ADDRESS}",
        "Subject: " + words("Proposition d'intervenante - séance plénière", "iso-8859-1"),
        f"Message-ID: <{msgid}>",
        "X-Mailer: Webmail OMSM 1.4.10",
    ]
    env = envelope("webmail.omsm.example.org", "203.0.113.140", "direction@omsm.example.org", received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "speaker_request", "fr", on_time=True,
        speakers=[speaker("Claire Benali", "chargée de plaidoyer", "Observatoire des migrations Sahel-Maghreb (OMSM)",
                          ["plenary"])],
        notes="prose only: speaker named after 'Mme' in a sentence, title in apposition; ISO-8859-1 "
              "single-part webmail; the sender (director) is not the speaker."))


def speaker_ar_honorific() -> Sample:
    received = at(3, 12, 5, 27)
    file = "06-speaker-ar-honorific-roundtable4-digits.eml"
    msgid = "VI1PR08MB3950B7E6D5C4A3B2918273645AB1C2D@VI1PR08MB3950.eurprd08.prod.outlook.example"
    body = (
        "السادة أمانة المراجعة الإقليمية المحترمين،\n\n"
        "تحية طيبة،\n\n"
        "بالإشارة إلى رسالة الدعوة، تتشرف الشبكة العربية للهجرة والتنمية بترشيح سعادة الدكتور خالد منصور العبيدي، "
        "مدير البرامج في الشبكة، لإلقاء مداخلة في المائدة المستديرة رقم ٤ يوم ٢٤ شباط/فبراير ٢٠٢١.\n\n"
        "وقد تم تسجيله عبر الاستمارة الإلكترونية.\n\n"
        "مع خالص التحية،\n\n"
        "سارة المصري\nمنسقة الاتصال\nالشبكة العربية للهجرة والتنمية\nبيروت – لبنان"
    )
    entity = multipart("alternative", "_000_VI1PR08MB3950B7E6D5C4A3B2918273645AB1C2D_", [
        text_part(body), text_part(outlook_html(body, rtl=True, charset="utf-8"), subtype="html"),
    ])
    subject = "طلب مداخلة في المائدة المستديرة رقم ٤"
    headers = [
        "From: " + address("سارة المصري", "s.masri@anmd.example.org", "windows-1256"),
        f"To: {OUR_ADDRESS}",
        "Subject: " + words(subject),
        "Thread-Topic: " + words(subject),
        "Date: Wed, 3 Feb 2021 10:05:20 +0000",
        f"Message-ID: <{msgid}>",
        "Accept-Language: ar-LB, en-US",
        "Content-Language: ar-LB",
        "X-MS-Has-Attach:",
    ]
    env = envelope("mail-vi1eur04.outbound.protection.outlook.example", "40.107.8.121", "s.masri@anmd.example.org",
                   received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "speaker_request", "ar", on_time=True,
        speakers=[speaker("خالد منصور العبيدي", "مدير البرامج", "الشبكة العربية للهجرة والتنمية", ["roundtable"], 4)],
        notes="honorifics 'سعادة الدكتور' before the name (not part of it); title by apposition; affiliation "
              "only by reference ('في الشبكة') to the network named before; roundtable number in Arabic-Indic "
              "digits ('رقم ٤'), which windows-1256 lacks, so Outlook sent UTF-8; RFC 2047 "
              "windows-1256 display name."))


def both_en_pdf() -> Sample:
    received = at(5, 20, 30, 55)
    file = "07-both-en-applemail-pdf-rapporteur.eml"
    msgid = "5B9D0C2E-7A41-4F3B-9E6D-2C8A1F0B3D47@youthmobility.example.net"
    body = (
        "Dear GCM review team,\n\n"
        "Please find attached the voluntary review report of the Arab Youth Mobility Network (AYMN) on GCM "
        "implementation, prepared with our member organisations in six countries.\n\n"
        "In addition, I would like to put myself forward as rapporteur to present the stakeholders' key "
        "messages at the multi-stakeholder consultation. I am the Regional Coordinator of AYMN and facilitated "
        "our members' consultations on the report.\n\n"
        "Many thanks and best wishes,\n"
        "Yasmin Khoury\n"
        "Regional Coordinator\n"
        "Arab Youth Mobility Network (AYMN)"
    )
    name = "AYMN GCM voluntary report.pdf"
    pdf = make_pdf("AYMN voluntary GCM review report", "Yasmin Khoury", [
        "# Young people on the move: a voluntary review of GCM implementation",
        "Arab Youth Mobility Network (AYMN), February 2021. Prepared with member organisations in Egypt, "
        "Jordan, Lebanon, Morocco, Sudan and Tunisia.",
        "# Key findings",
        "Young migrants face the highest recruitment costs and the least access to regular pathways. Student "
        "mobility schemes remain the main regular route for people under 25.",
        "# Recommendations",
        "Create youth advisory boards in national GCM processes; recognise skills acquired abroad; "
        "end the detention of unaccompanied children.",
    ])
    html_before, html_after = gmail_html(body).split("</div></div>")[0] + "</div>", "<div><br></div></div>"
    entity = multipart("alternative", "Apple-Mail=_4E6F2B19-3C7D-4A8E-B1F0-92D5C3E7A611", [
        text_part(body, charset="us-ascii"),
        multipart("mixed", "Apple-Mail=_0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9", [
            text_part(f"<html><body>{html_before}", charset="us-ascii", cte="7bit", subtype="html"),
            attachment(pdf, "application/pdf", name, "rfc2231"),
            text_part(f"{html_after}</body></html>", charset="us-ascii", cte="7bit", subtype="html"),
        ]),
    ])
    headers = [
        "From: Yasmin Khoury <yasmin.khoury@youthmobility.example.net>",
        "Subject: AYMN - voluntary report and rapporteur nomination",
        f"Message-Id: <{msgid}>",
        "Date: Fri, 5 Feb 2021 20:30:41 +0200",
        f"To: {OUR_ADDRESS}",
        "X-Mailer: Apple Mail (2.3654.40.0.2.32)",
    ]
    env = envelope("smtp.youthmobility.example.net", "198.51.100.18", "yasmin.khoury@youthmobility.example.net",
                   received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "both", "en", on_time=True, report_attachments=[name],
        speakers=[speaker("Yasmin Khoury", "Regional Coordinator", "Arab Youth Mobility Network (AYMN)",
                          ["rapporteur"])],
        notes="report attached and the sender proposes herself as rapporteur; Apple Mail layout "
              "(alternative > mixed with the PDF between two HTML parts); speaker part 3.5 hours before "
              "its deadline."))


def auto_reply_en() -> Sample:
    received = at(6, 10, 12, 9)
    file = "08-autoreply-en-exchange-ooo.eml"
    msgid = "3f6b2a0e9c1d4e7fa8b5c2d1e0f9a8b7@AM6PR10MB2712.eurprd10.prod.outlook.example"
    body = (
        "Thank you for your email. I am out of the office with limited access to email until Monday "
        "15 February 2021.\n\n"
        "For urgent matters concerning the Migrant Workers' Rights Forum, please contact info@mwrf.example.org.\n\n"
        "Kareem Nassar"
    )
    entity = multipart("alternative", "_000_3f6b2a0e9c1d4e7fa8b5c2d1e0f9a8b7AM6PR10MB2712eurprd10_", [
        text_part(body, charset="us-ascii"), text_part(outlook_html(body), charset="us-ascii", subtype="html"),
    ])
    ours = "gcm-ar.ack.20210201.7f3a9c@iom.int"
    headers = [
        "From: Kareem Nassar <k.nassar@mwrf.example.org>",
        f"To: GCM Regional Review - Arab States <{OUR_ADDRESS}>",
        "Subject: Automatic reply: Your request for a speaking role has been received",
        "Thread-Topic: Your request for a speaking role has been received",
        "Date: Sat, 6 Feb 2021 08:12:05 +0000",
        f"Message-ID: <{msgid}>",
        f"In-Reply-To: <{ours}>",
        f"References: <{ours}>",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: k.nassar@mwrf.example.org",
        "Content-Language: en-US",
    ]
    env = envelope("mail-am6eur05.outbound.protection.outlook.example", "40.107.22.60", "", received, msgid)
    env = env.replace("smtp.mailfrom=mail-am6eur05", "smtp.helo=mail-am6eur05")
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "auto_reply", "en", on_time=None, acknowledge=False,
        notes="Exchange out-of-office answer to one of our acknowledgements: Auto-Submitted: auto-replied, "
              "null Return-Path, In-Reply-To our Message-ID; must never be answered."))


def other_ar_question() -> Sample:
    received = at(9, 14, 20, 36)
    file = "09-other-ar-question-gmail.eml"
    msgid = "CAJ4pQm8Rt2vW6xY0zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS1tU3v@mail.gmail.example"
    body = (
        "مساء الخير،\n\n"
        "نعمل حالياً على إعداد تقرير طوعي باسم رابطة العمال المهاجرين في الخليج، ولدينا سؤالان قبل الإرسال:\n"
        "١. هل يمكن تقديم التقرير باللغة العربية فقط، أم يلزم إرفاق ترجمة إلى الإنجليزية؟\n"
        "٢. هل هناك حد أقصى لعدد الصفحات؟\n\n"
        "شكراً جزيلاً لتعاونكم.\n\n"
        "محمود الشامي"
    )
    entity = multipart("alternative", "0000000000004a7c1d05bae9f0c2", [
        text_part(body, charset="UTF-8", cte="base64"),
        text_part(gmail_html(body, rtl=True), charset="UTF-8", cte="base64", subtype="html"),
    ])
    headers = [
        "From: " + address("محمود الشامي", "mahmoud.alshami@mailbox.example"),
        "Date: Tue, 9 Feb 2021 16:20:29 +0400",
        f"Message-ID: <{msgid}>",
        "Subject: " + words("استفسار حول التقرير الطوعي"),
        f"To: {OUR_ADDRESS}",
    ]
    env = envelope("mail-lj1-f169.google.example", "209.85.208.169", "mahmoud.alshami@mailbox.example",
                   received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "other", "ar", on_time=None,
        notes="questions about a report still being written ('تقرير طوعي' in subject and body) with no "
              "attachment: not a submission; numbered with Arabic-Indic digits; base64 UTF-8 (Gmail), "
              "Date in +0400."))


def speaker_en_late_signature() -> Sample:
    received = at(8, 17, 3, 50)
    file = "10-speaker-en-late-open-discussion-signature.eml"
    msgid = "PR3P193MB0781E2D4C6A8B0F1D3E5A7C9B1D3F5A7@PR3P193MB0781.EURP193.PROD.OUTLOOK.example"
    body = (
        "Dear organisers,\n\n"
        "I hope it is not too late to ask: I would very much like to contribute to the open discussion of the "
        "multi-stakeholder consultation on 23 February. Our centre has recently completed a study on return "
        "migration and reintegration in the region that I believe would be relevant.\n\n"
        "Please let me know whether this is still possible.\n\n"
        "With best regards,\n\n"
        "Dr. Samir Toukan\n"
        "Senior Research Fellow\n"
        "Centre for Refugee and Migration Studies, University of the Levant\n"
        "Tel. +961 1 555 0198\n\n"
        "________________________________\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
        "received it in error, please notify the sender and delete it. The University of the Levant accepts no "
        "liability for any damage caused by this e-mail."
    )
    entity = multipart("alternative", "_000_PR3P193MB0781E2D4C6A8B0F1D3E5A7C9B1D3F5A7PR3P193MB0781EURP_", [
        text_part(body, charset="us-ascii"), text_part(outlook_html(body), charset="us-ascii", subtype="html"),
    ])
    headers = [
        "From: \"Dr. Samir Toukan\" <s.toukan@crms.levant-university.example.edu>",
        f"To: \"{OUR_ADDRESS}\" <{OUR_ADDRESS}>",
        "Subject: Open discussion on 23 February - participation",
        "Thread-Topic: Open discussion on 23 February - participation",
        "Date: Mon, 8 Feb 2021 15:03:44 +0000",
        f"Message-ID: <{msgid}>",
        "Accept-Language: en-GB",
        "Content-Language: en-GB",
        "X-MS-Has-Attach:",
    ]
    env = envelope("mail-pr3p193.outbound.protection.outlook.example", "40.107.9.44",
                   "s.toukan@crms.levant-university.example.edu", received, msgid)
    return Sample(file, message(env, headers, entity), received, label(
        file, received, "speaker_request", "en", on_time=False,
        speakers=[speaker("Samir Toukan", "Senior Research Fellow",
                          "Centre for Refugee and Migration Studies, University of the Levant", ["open_discussion"])],
        notes="late (8 February) request in first-person prose; name, title and affiliation only in the "
              "signature, 'Dr.' honorific; a confidentiality disclaimer follows."))


SAMPLES: tuple[Callable[[], Sample], ...] = (
    report_en_pdf, report_fr_pdf, report_ar_docx, speaker_en_labelled, speaker_fr_prose,
    speaker_ar_honorific, both_en_pdf, auto_reply_en, other_ar_question, speaker_en_late_signature,
)
NEW_COUNT = 3  # the latest arrivals wait in new/ (no client has seen them); the rest are in cur/


# --- writing --------------------------------------------------------------------------------------


def maildir_name(sample: Sample, index: int, new: bool, seen: bool) -> str:
    """Dovecot-style unique name: arrival epoch seconds first, then size; ':2,' flags only in cur/."""
    epoch = int(sample.received_at.timestamp())
    base = f"{epoch}.M{100000 + index * 7919}P{31000 + index}.mx1,S={len(sample.raw)}"
    return base if new else f"{base}:2,{'S' if seen else ''}"


def write(out: Path) -> list[Sample]:
    """Write mailbox/, labelled/ and labels.json under `out`; return the samples in arrival order."""
    samples = sorted((make() for make in SAMPLES), key=lambda s: s.received_at)
    mailbox, labelled = out / "mailbox", out / "labelled"
    for folder in (mailbox / "cur", mailbox / "new", labelled):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    (mailbox / "tmp").mkdir(parents=True, exist_ok=True)
    (mailbox / "tmp" / ".gitkeep").touch()
    for index, sample in enumerate(samples):
        new = index >= len(samples) - NEW_COUNT
        seen = sample.label["category"] != "auto_reply"  # the secretariat skipped the out-of-office
        path = mailbox / ("new" if new else "cur") / maildir_name(sample, index, new, seen)
        path.write_bytes(sample.raw)
        epoch = sample.received_at.timestamp()
        os.utime(path, (epoch, epoch))  # the Maildir arrival time, as Dovecot reads it
        (labelled / sample.file).write_bytes(sample.raw)
    labels = json.dumps([s.label for s in sorted(samples, key=lambda s: s.file)], ensure_ascii=False, indent=2)
    for target in (out / "labels.json", labelled / "labels.json"):
        target.write_text(labels + "\n", encoding="utf-8")
    return samples


def main() -> None:
    """Command line: write the sample under examples/ (or --out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: examples/)")
    args = parser.parse_args()
    for sample in write(args.out):
        print(f"{sample.received_at.isoformat()}  {sample.label['category']:<17} {sample.file}")


if __name__ == "__main__":
    main()
