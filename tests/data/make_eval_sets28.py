#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout28 (24 raw messages + labels.json).

Deterministic, standard library only (PDF and DOCX payloads are built by hand, CRLF line endings).
Run with:  /tmp/venv/bin/python tests/data/make_eval_sets28.py
Written without reading intake/ or rules/: one function per message returns its envelope, MIME tree
and expected label (format of /work/shared/corpus/LABELS.md).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
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

Meta = dict[str, Any]
Label = dict[str, Any]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receive time in February 2021, Beirut time."""
    return dt.datetime(2021, 2, day, h, mi, s, tzinfo=BEIRUT)


def sp(name: str, title: str | None, aff: str | None, roles: list[str], rt: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


# ------------------------------------------------------------------ payloads
def tiny_pdf(lines: list[str], title: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 6.4) >>").encode("latin-1"),
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


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
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
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ MIME helpers
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    return MIMEText(body, subtype, cs)


def alt(plain: str, html: str, charset: str = "utf-8", boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset))
    m.attach(text(html, "html", charset))
    if boundary:
        m.set_boundary(boundary)
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231") -> MIMEBase:
    maintype, subtype = ctype.split("/")
    p = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


def mixed(body: Message, parts: list[MIMEBase], boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={}{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir="RTL"' if rtl else "", inner))


def paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(x, quote=False) for x in para.split("\n")))
        for para in body.split("\n\n"))


def quote(body: str) -> str:
    return "\n".join(("> " + x).rstrip() for x in body.split("\n"))


def hdr(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name: str, email_addr: str) -> str:
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_addr))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email_addr)


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dkQ7VZ1bXn2Q0uRr3yS1w==", "Content-Language: %s"]
GMAIL: list[str] = []
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
TBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]


def outlook(n: int, lang: str) -> list[str]:
    return [OUTLOOK[0], OUTLOOK[1] % (n * 53), OUTLOOK[2] % lang]


def render(n: int, m: Meta, root: Message) -> bytes:
    host = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 27))).astimezone(m.get("tz", BEIRUT))
    h = [
        "Return-Path: <{}>".format(m["from_email"]),
        "Delivered-To: " + MAILBOX,
        f"Received: from mail.{host} (mail.{host} [203.0.113.{20 + n * 5}])\r\n\tby mx2.iom.int (Postfix) "
        f"with ESMTPS id 7H28{n:02d}Q\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
        "From: " + addr(m["from_name"], m["from_email"]),
        "To: " + m.get("to", MAILBOX),
    ]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + hdr(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("reply_to_mid"):
        h += ["In-Reply-To: " + m["reply_to_mid"], "References: " + m.get("references", m["reply_to_mid"])]
    h += m.get("headers", [])
    h.append("MIME-Version: 1.0")
    for j, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"=_h28-{n:02d}-part{j}_4c1e")  # generated boundaries are random
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES: list[Callable[[], tuple[Meta, Message, Label]]] = []


def message(fn: Callable[[], tuple[Meta, Message, Label]]) -> Callable[[], tuple[Meta, Message, Label]]:
    MESSAGES.append(fn)
    return fn


def label(category: str, language: str, speakers: list[dict[str, Any]], notes: str, *,
          reports: list[str] | None = None, thread_of: str | None = None, ack: bool = True) -> Label:
    return {"category": category, "language": language, "acknowledge": ack, "speakers": speakers,
            "report_attachments": reports or [], "thread_of": thread_of, "notes": notes}


# ================================================================== messages
MID03 = "<CAF9kLm2x0Pq7vT3nWz8sY4uH1dR6eJ5aB2cK0o@mail.gmail.com>"
CALL_MID = "<c0a8e1f2.gcm-call.20210128@iom.int>"


@message
def h28_01() -> tuple[Meta, Message, Label]:
    name, title, aff = "فيصل عبد الرحمن المطيري", "المستشار القانوني", "الجمعية الكويتية لرعاية العمالة الوافدة"
    plain = f"""السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة – المنطقة العربية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية، يسرّنا أن نرشّح ممثلاً عن الجمعية لتقديم مداخلة في المائدة المستديرة الثانية
(حماية حقوق الإنسان للمهاجرين).

بيانات المرشّح:
الاسم: الدكتور {name}
المسمى الوظيفي: {title}
الجهة: {aff}

وتفضلوا بقبول فائق الاحترام،

عبدالله ناصر الشمري
أمين السر
{aff}
الكويت – هاتف: 22457816 965+
"""
    root = alt(plain, outlook_html(paras(plain), "AR-KW", rtl=True), "windows-1256",
               boundary="----=_NextPart_000_0031_01D6F9A2.5E1C7B40")
    meta = dict(from_name="عبدالله الشمري", from_email="secretary@kwcare.example.kw",
                subject="ترشيح متحدث - المائدة المستديرة الثانية", received_at=at(1, 10, 14, 22), tz=tz(3),
                mid="<003101d6f8a2$5e1c7b40$1a5472c0@kwcare.example.kw>", headers=outlook(1, "ar-kw"), lag=71)
    return meta, root, label("speaker_request", "ar", [sp(name, title, aff, ["roundtable"], 2)],
                             "formal Outlook letter in windows-1256 with a labelled block; honorific الدكتور before "
                             "the name; the signer (أمين السر) is not the speaker; roundtable written in words")


@message
def h28_02() -> tuple[Meta, Message, Label]:
    aff = "Pravasi Nepali Workers Forum (PNWF)"
    plain = f"""Dear GCM Regional Review team,

Namaste and greetings from Kuwait City.

{aff} is a migrant-led organisation of Nepali workers in the Gulf,
with chapters in Kuwait, Qatar and the UAE. We would like to request two speaking
slots:

1. Mr. Bishnu Prasad Adhikari, General Secretary - plenary session (floor intervention)
2. Ms. Sarita Tamang, Women Workers' Desk Coordinator - Roundtable 1 (regular pathways
and decent work)

Both will speak in English. Please let us know if you need CVs.

With warm regards,
Ramesh Gurung
Communications Volunteer, PNWF
+965 6 998 2174
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a1c3f205ba4e77b1")
    meta = dict(from_name="PNWF Kuwait", from_email="pnwf.kuwait@gmail.example.com",
                subject="Speaker request - PNWF (2 speakers)", received_at=at(2, 19, 3, 40), tz=tz(3),
                mid="<CAG7w2sPq_Lk9xR3mZ0tY5uB8vN1dE4fH6jA2cQ@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("speaker_request", "en", [
        sp("Bishnu Prasad Adhikari", "General Secretary", aff, ["plenary"]),
        sp("Sarita Tamang", "Women Workers' Desk Coordinator", aff, ["roundtable"], 1)],
        "two speakers in a numbered list with different roles; hard-wrapped lines split the roundtable theme; "
        "the sender (communications volunteer) is not a speaker; affiliation with acronym only in the prose")


@message
def h28_03() -> tuple[Meta, Message, Label]:
    aff = "Association des Mères Migrantes d'Oran (AMMO)"
    plain = f"""Bonjour,

Je me permets de vous écrire pour demander à prendre la parole lors de la discussion
ouverte de la consultation multipartite du 23 février. Notre association accompagne
depuis 2014 des femmes migrantes avec enfants, principalement venues du Niger, du Mali
et du Cameroun, et nous aimerions partager leur expérience d'accès aux soins et à l'école.

Je reste joignable pour tout complément.

Cordialement,

--
Fatiha Benyelles
{aff}
Cité Djamel, Oran – Algérie
Tél. : +213 5 51 37 20 94
"""
    root = text(plain, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Fatiha Benyelles", from_email="f.benyelles@ammo-oran.example.dz",
                subject="Demande de prise de parole - consultation du 23 février", received_at=at(1, 13, 47, 5),
                tz=tz(1), mid=MID03, headers=TBIRD)
    return meta, root, label("speaker_request", "fr", [sp("Fatiha Benyelles", None, aff, ["open_discussion"])],
                             "speaker's name and organisation only in the signature block; no title given; "
                             "role described in prose ('discussion ouverte de la consultation multipartite')")


@message
def h28_04() -> tuple[Meta, Message, Label]:
    fname = "AFPDW_GCM_Voluntary_Review_2021_final.pdf"
    inner = paras("""Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Arab Federation of Port and Dock Workers (AFPDW), covering migrant dockworkers and seafarers in the ports of Aqaba, Salalah, Jeddah and Alexandria.

The report was adopted by our Executive Bureau on 8 February 2021. Kindly confirm receipt.

Best regards,

Tariq Haddadin
Head, International Relations Department
Arab Federation of Port and Dock Workers (AFPDW)
Aqaba, Jordan | Tel: +962 3 201 4482""") + (
        "\n<p class=MsoNormal><span style=\"font-size:7.5pt;color:gray\">DISCLAIMER: This e-mail and any attachments "
        "are confidential and intended solely for the addressee.</span></p>")
    plain = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Arab Federation of Port and Dock Workers (AFPDW), covering migrant dockworkers and seafarers in the ports of Aqaba, Salalah, Jeddah and Alexandria.

The report was adopted by our Executive Bureau on 8 February 2021. Kindly confirm receipt.

Best regards,

Tariq Haddadin
Head, International Relations Department
Arab Federation of Port and Dock Workers (AFPDW)
Aqaba, Jordan | Tel: +962 3 201 4482

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    pdf = tiny_pdf(["Arab Federation of Port and Dock Workers (AFPDW)", "Voluntary GCM Review Report 2021",
                    "1. Introduction", "2. Recruitment of migrant dockworkers (Objective 6)",
                    "3. Occupational safety and social protection (Objectives 15, 22)"], "AFPDW GCM review")
    root = mixed(alt(plain, outlook_html(inner, "EN-GB")), [attach(pdf, "application/pdf", fname)],
                 boundary="----=_NextPart_000_0047_01D70102.2B9E4F10")
    meta = dict(from_name="Tariq Haddadin", from_email="t.haddadin@afpdw.example.org",
                subject="AFPDW voluntary review report - GCM Arab region", received_at=at(12, 11, 20, 9),
                mid="<004701d70102$2b9e4f10$82dad630$@afpdw.example.org>", headers=outlook(4, "en-gb"))
    return meta, root, label("voluntary_report", "en", [], "plain Outlook submission of a PDF report with a disclaimer",
                             reports=[fname])


@message
def h28_05() -> tuple[Meta, Message, Label]:
    fname = "التقرير الطوعي - شبكة المنظمات السودانية للهجرة.docx"
    plain = """السلام عليكم ورحمة الله وبركاته،

نرفق لكم طيّه التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدّته
شبكة المنظمات السودانية للهجرة والتنمية (SNOMD) بمشاركة اثنتي عشرة منظمة عضواً في الخرطوم وكسلا
والقضارف ونيالا.

يتناول التقرير أوضاع العائدين والمهاجرين العابرين وضحايا الاتجار بالبشر، ويتضمن توصيات للحكومة
والشركاء الدوليين.

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،
منى عثمان الطيب
منسقة الشبكة
الخرطوم – السودان
+249 91 234 5170
"""
    docx = tiny_docx(["التقرير الطوعي الجماعي", "شبكة المنظمات السودانية للهجرة والتنمية (SNOMD)",
                      "أولاً: المنهجية", "ثانياً: العائدون والمهاجرون العابرون", "ثالثاً: التوصيات"], rtl=True)
    root = mixed(alt(plain, gmail_html(plain, rtl=True)), [attach(docx, DOCX, fname)],
                 boundary="000000000000c45e8a05bb01f2d3")
    meta = dict(from_name="منى الطيب", from_email="snomd.network@gmail.example.com",
                subject="التقرير الطوعي الجماعي - شبكة المنظمات السودانية", received_at=at(9, 16, 2, 51),
                mid="<CAB1x0Rz8qV2mK7pL4tW9sE3uY5dN6hJ0cA1fG@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("voluntary_report", "ar", [],
                             "collective report from a network of twelve organisations; Arabic DOCX file name "
                             "(RFC 2231, spaces and a dash)", reports=[fname])


@message
def h28_06() -> tuple[Meta, Message, Label]:
    name, title = "Marie-Claire Ndiaye", "Responsable du programme d'accueil des migrants"
    aff = "Bureau d'Entraide Catholique de Nouakchott (BECN)"
    table = (
        "<table border=1 cellspacing=0 cellpadding=4 style=\"border-collapse:collapse\">"
        "<tr><td><b>Nom</b></td><td><b>Fonction</b></td><td><b>Organisation</b></td><td><b>Session souhaitée</b></td></tr>"
        f"<tr><td>Mme {escape(name)}</td><td>{escape(title)}</td><td>{escape(aff)}</td>"
        "<td>Table ronde 3 – inclusion sociale et accès aux services de base</td></tr></table>")
    inner = (paras("""Madame, Monsieur,

Suite à la lettre d'invitation reçue le 28 janvier, le BECN souhaite proposer une intervenante pour le segment des tables rondes thématiques de la conférence régionale (24-25 février). Vous trouverez ses coordonnées dans le tableau ci-dessous :""")
             + "\n" + table + "\n" + paras("""Mme Ndiaye coordonne depuis six ans notre centre d'accueil de jour et pourra s'exprimer en français ou en anglais.

Avec nos remerciements et nos salutations distinguées,

Père Antoine Kaboré
Directeur
Bureau d'Entraide Catholique de Nouakchott
BP 4127 – Nouakchott, Mauritanie"""))
    root = text(outlook_html(inner, "FR"), "html", "utf-8", "qp")
    meta = dict(from_name="Direction BECN", from_email="direction@becn.example.mr",
                subject="Proposition d'intervenante - tables rondes", received_at=at(2, 10, 31, 17), tz=tz(0),
                mid="<000b01d6f95c$0e4a2d60$2adf8820$@becn.example.mr>", headers=outlook(6, "fr"))
    return meta, root, label("speaker_request", "fr", [sp(name, title, aff, ["roundtable"], 3)],
                             "HTML-only Outlook message; nominee's details in an HTML table; the signer (a priest, "
                             "'Père') is not the speaker; acronym expanded only in the table")


@message
def h28_07() -> tuple[Meta, Message, Label]:
    plain = """Hello, this is Dilani Perera, community mobiliser. I would like to take the floor in RT4 (data) if still possible. Many SL domestic workers have no records at all, want to raise this.
Thanks

Sent from my iPhone"""
    root = text(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Dilani P", from_email="dilani.perera84@icloud.example.com", subject="speaking RT4",
                received_at=at(5, 21, 12, 3), tz=tz(3), lag=140,
                mid="<5E0B2C91-4D7A-4F8E-B3C6-91A2D7F04E35@icloud.example.com>", headers=IPHONE)
    return meta, root, label("speaker_request", "en", [sp("Dilani Perera", "community mobiliser", None,
                                                          ["roundtable"], 4)],
                             "short phone message, a few hours before the deadline; no affiliation; 'RT4' "
                             "abbreviation; 'SL' is a nationality, not an organisation")


@message
def h28_08() -> tuple[Meta, Message, Label]:
    plain = """السادة المنظمين الكرام،

تحية طيبة،

أنا باحث مصري مقيم في القاهرة، وقد تلقيت دعوة لحضور المؤتمر الإقليمي يومي 24 و25 شباط/فبراير.
هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال الحضور الشخصي، هل يمكنكم
تزويدي برسالة دعوة رسمية لتقديمها إلى السفارة اللبنانية للحصول على التأشيرة؟

مع الشكر الجزيل،
أحمد فتحي عبد الغني
"""
    root = text(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Ahmed Fathy", from_email="ahmed.fathy.abdelghany@yahoo.example.com",
                subject="استفسار بخصوص التأشيرة", received_at=at(3, 8, 55, 40),
                mid="<1204588.771.1612335310@mail.yahoo.example.com>",
                headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    return meta, root, label("other", "ar", [], "visa / attendance-mode question; mentions the conference dates "
                             "but asks for no speaking role and submits nothing")


@message
def h28_09() -> tuple[Meta, Message, Label]:
    fname = "Rapport_volontaire_PMM_DSDS_2021.pdf"
    plain = """Monsieur le Coordonnateur,

J'ai l'honneur de vous transmettre, en pièce jointe, le rapport volontaire d'examen de la mise
en oeuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, élaboré par la
Direction de la Statistique Démographique et Sociale (DSDS), en concertation avec les services
du ministère de l'Intérieur.

Le rapport porte principalement sur l'objectif 1 (données) et l'objectif 4 (identité juridique).

Veuillez agréer, Monsieur le Coordonnateur, l'expression de ma haute considération.

Le Directeur
Dr Mohamed Lemine Ould Cheikh
Direction de la Statistique Démographique et Sociale
Nouakchott
"""
    pdf = tiny_pdf(["Republique Islamique de Mauritanie", "Direction de la Statistique Demographique et Sociale",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Objectif 1 : donnees",
                    "Objectif 4 : identite juridique"], "Rapport volontaire PMM")
    root = mixed(text(plain, "plain", "iso-8859-1", "qp"),
                 [attach(pdf, "application/octet-stream", fname)], boundary="=_8f1c2b0a4e6d3a9f")
    meta = dict(from_name="DSDS Direction", from_email="direction.dsds@stat.example.mr",
                subject="Transmission du rapport volontaire - Pacte mondial sur les migrations",
                received_at=at(11, 12, 8, 33), tz=tz(0), mid="<20210211100801.5c3e7@webmail.stat.example.mr>",
                headers=["X-Mailer: Roundcube Webmail/1.4.9"])
    return meta, root, label("voluntary_report", "fr", [],
                             "government directorate; PDF sent as application/octet-stream from webmail; "
                             "latin-1 body", reports=[fname])


@message
def h28_10() -> tuple[Meta, Message, Label]:
    aff = "Pro Bono Unit, Nasser & Qudah Law Partners"
    plain = f"""Dear Organisers,

Further to the invitation letter, I write to put forward my candidacy to serve as
rapporteur for the multi-stakeholder consultation on 23 February, delivering the
stakeholders' key messages to the conference.

Our unit has provided free legal assistance to more than 900 migrant workers in
wage-theft and passport-confiscation cases since 2017, and I coordinated the civil
society drafting group for the Jordanian national GCM consultation last autumn.

Name: Lina Qudah
Title: Senior Associate and Head of the Pro Bono Unit
Organisation: {aff}

Kind regards,
Lina Qudah

Lina Qudah | Senior Associate
Nasser & Qudah Law Partners
Amman, Jordan | T +962 6 565 0193 | M +962 79 511 2046

This message contains information that may be privileged or confidential and is the
property of Nasser & Qudah Law Partners. It is intended only for the person to whom
it is addressed.
"""
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Lina Qudah", from_email="l.qudah@nqlaw.example.jo",
                subject="Rapporteur candidacy - GCM Arab regional review", received_at=at(3, 15, 40, 2),
                mid="<DB7PR02MB4410C3E5A1F0D2B7C9E3A1B4@DB7PR02MB4410.eurprd02.prod.outlook.example.com>",
                headers=outlook(10, "en-US"))
    return meta, root, label("speaker_request", "en", [
        sp("Lina Qudah", "Senior Associate and Head of the Pro Bono Unit", aff, ["rapporteur"])],
        "self-nomination as rapporteur; labelled block gives a longer title than the signature; affiliation "
        "is a unit of a law firm; hard-wrapped lines and a legal disclaimer")


CALL_AR = """يسرّ المنظمة الدولية للهجرة، بالتعاون مع شركاء شبكة الأمم المتحدة للهجرة في المنطقة العربية، دعوتكم
للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

ويمكن لأصحاب المصلحة طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث
ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.
المائدة المستديرة الأولى: تعزيز مسارات الهجرة النظامية والعمل اللائق ومعالجة دوافع الهجرة
المائدة المستديرة الثانية: حماية حقوق الإنسان للمهاجرين
المائدة المستديرة الثالثة: الإدماج الاجتماعي والتحويلات المالية ومساهمات المغتربين
المائدة المستديرة الرابعة: البيانات والتعاون الدولي

مع أطيب التحيات،
أمانة الاستعراض الإقليمي"""


@message
def h28_11() -> tuple[Meta, Message, Label]:
    name, title, aff = "سعاد الحسيني", "منسّقة برامج الحماية", "مؤسسة بيت الأمان لدعم المهاجرات"
    body = f"""مساء الخير،

شكراً على الدعوة. اسمي {name}، {title} في {aff} (مسقط)،
وأرغب في تقديم مداخلة في المائدة المستديرة الأولى حول العمل اللائق، لا سيما أوضاع عاملات المنازل.

مع التحية،
سعاد

"""
    plain = body + "في الخميس، 28 يناير 2021 في 11:02 ص كتب GCM Regional Review <" + MAILBOX + ">:\n" + quote(CALL_AR) + "\n"
    meta = dict(from_name="Suad Al Husaini", from_email="suad.husaini@gmail.example.com",
                subject="Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=at(4, 18, 26, 14), tz=tz(4), reply_to_mid=CALL_MID,
                mid="<CAM5pX2t7Qn1Lz9vR0kW3yS8uB6dE4fH2jA7cN@mail.gmail.com>", headers=GMAIL)
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000008d2a1e05ba7c9f40")
    return meta, root, label("speaker_request", "ar", [sp(name, title, aff, ["roundtable"], 1)],
                             "Gmail reply quoting the organisers' Arabic call (with its misprinted 23 Feb deadline and "
                             "the list of all four roundtables); details in one prose sentence; city in parentheses "
                             "is not part of the affiliation; Latin-script From name")


@message
def h28_12() -> tuple[Meta, Message, Label]:
    aff = "Association des Mères Migrantes d'Oran (AMMO)"
    plain = f"""Bonjour,

Je complète ma demande d'hier : j'ai oublié de préciser ma fonction, je suis
présidente-fondatrice de l'association. En plus de la discussion ouverte du 23 février,
je souhaiterais si possible intervenir aussi dans la table ronde 3 (inclusion sociale
et accès aux services de base), le 24 ou le 25.

Merci d'avance et bonne journée,

--
Fatiha Benyelles
{aff}
Cité Djamel, Oran – Algérie
Tél. : +213 5 51 37 20 94

Le 01/02/2021 à 12:46, Fatiha Benyelles a écrit :
> Bonjour,
>
> Je me permets de vous écrire pour demander à prendre la parole lors de la discussion
> ouverte de la consultation multipartite du 23 février. Notre association accompagne
> depuis 2014 des femmes migrantes avec enfants, principalement venues du Niger, du Mali
> et du Cameroun, et nous aimerions partager leur expérience d'accès aux soins et à l'école.
>
> Je reste joignable pour tout complément.
>
> Cordialement,
"""
    root = text(plain, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Fatiha Benyelles", from_email="f.benyelles@ammo-oran.example.dz",
                subject="Re: Demande de prise de parole - consultation du 23 février", received_at=at(2, 9, 5, 48),
                tz=tz(1), reply_to_mid=MID03, mid="<7b2e91c4-0d5a-4f3e-9c81-2a6f0e4d1b73@ammo-oran.example.dz>",
                headers=TBIRD)
    return meta, root, label("speaker_request", "fr", [
        sp("Fatiha Benyelles", "présidente-fondatrice", aff, ["open_discussion", "roundtable"], 3)],
        "follow-up reply to h28-03 completing it: adds the title and a second role (table ronde 3) while keeping "
        "the open discussion; the original is quoted below", thread_of="h28-03.eml")


@message
def h28_13() -> tuple[Meta, Message, Label]:
    aff = "SafeLine Anti-Trafficking Hotline Oman (SafeLine)"
    plain = f"""Good morning,

I run the case desk at {aff}, a 24/7
hotline for workers in forced labour or trafficking situations. We would like to take part in
Roundtable 2 on protecting the human rights of migrants, as most of our 1,400 calls last year
concerned confiscated passports and irregular status after absconding charges.

The speaker would be myself, Khalid Al-Rawahi.

Best,
Khalid

--
SafeLine | Hotline 800 72 33 | safeline.example.om
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000f3b71c05ba3e90d8")
    meta = dict(from_name="Khalid Al-Rawahi", from_email="khalid@safeline.example.om",
                subject="Roundtable 2 - speaking request", received_at=at(1, 7, 58, 11), tz=tz(4),
                mid="<CAD4vR0nQ8m2Xk5tL1pW7yZ3uB9eE6fH0jS4cM@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("speaker_request", "en", [sp("Khalid Al-Rawahi", None, aff, ["roundtable"], 2)],
                             "'I run the case desk' is a description, not a title, so title is null; speaker named "
                             "at the end of the message")


@message
def h28_14() -> tuple[Meta, Message, Label]:
    fname = "GCM_Voluntary_Report_ECWA_Jordan_2021.pdf"
    name, title = "محمود عبد الحميد سالم", "رئيس الرابطة"
    aff = "رابطة الجالية المصرية للعاملين في الأردن (ECWA)"
    plain = f"""السادة الأفاضل في المنظمة الدولية للهجرة،

تحية طيبة،

مرفق طيه التقرير الطوعي لـ{aff} حول تنفيذ الاتفاق العالمي من أجل
الهجرة، ويغطي أوضاع العمال الزراعيين وعمال البناء المصريين في الأغوار وعمّان والزرقاء.

كما نرجو التكرم بإتاحة الفرصة للسيد {name}، {title}، لإلقاء مداخلة في الجلسة العامة
للمؤتمر الإقليمي يومي 24-25 فبراير.

وتقبلوا خالص الشكر والتقدير،

هبة مصطفى
مسؤولة الاتصال
رابطة الجالية المصرية للعاملين في الأردن
جوال: 0795 331 482
"""
    pdf = tiny_pdf(["Egyptian Community Workers Association in Jordan (ECWA)", "GCM Voluntary Report 2021",
                    "Agricultural and construction workers in the Jordan Valley, Amman and Zarqa"], "ECWA report")
    root = mixed(alt(plain, outlook_html(paras(plain), "AR-JO", rtl=True)),
                 [attach(pdf, "application/pdf", fname)], boundary="----=_NextPart_000_0019_01D6FA77.40C2A3E0")
    meta = dict(from_name="Heba Moustafa", from_email="heba.moustafa@ecwa-jo.example.org",
                subject="التقرير الطوعي وطلب مداخلة - رابطة الجالية المصرية", received_at=at(4, 12, 3, 56),
                mid="<001901d6fa77$40c2a3e0$c247ebe0$@ecwa-jo.example.org>", headers=outlook(14, "ar-jo"))
    return meta, root, label("both", "ar", [sp(name, title, aff, ["plenary"])],
                             "report attached and plenary speaker requested in the same message; honorific السيد; "
                             "affiliation given with the لـ prefix and the acronym in the first sentence; the sender "
                             "is the contact officer, not the speaker", reports=[fname])


@message
def h28_15() -> tuple[Meta, Message, Label]:
    plain = """Merci beaucoup pour votre accusé de réception, bien noté.

Bonne continuation à toute l'équipe.

Youssouf Mahamat

Envoyé de mon iPhone

> Le 8 févr. 2021 à 14:12, GCM Regional Review <gcmrrarabstates@iom.int> a écrit :
>
> Madame, Monsieur,
>
> Nous accusons bonne réception de votre message et vous en remercions.
> Votre contribution sera transmise à l'équipe d'organisation de l'examen régional.
>
> Cordialement,
> Secrétariat de l'examen régional du Pacte mondial sur les migrations
"""
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Youssouf Mahamat", from_email="y.mahamat@tchad-diaspora.example.td",
                subject="Re: Accusé de réception - Examen régional du Pacte mondial", received_at=at(9, 7, 44, 30),
                tz=tz(1), reply_to_mid="<ack.20210208T1212.fr.0417@gcm-intake.iom.int>",
                mid="<F1A0C7D2-3B8E-4C59-A6D1-0E7B2F93C4A8@tchad-diaspora.example.td>", headers=IPHONE)
    return meta, root, label("other", "fr", [], "thank-you reply to one of our acknowledgements (for a submission "
                             "not in this set); adds nothing new, so no acknowledgement", ack=False)


@message
def h28_16() -> tuple[Meta, Message, Label]:
    aff = "Sri Lankan Diaspora Investment Council - Gulf Chapter (SLDIC-Gulf)"
    plain = f"""Dear Sir/Madam,

Please see below the message from our Chairman regarding the Regional Review. Kindly
register his request for a floor intervention in the roundtable on remittances and
diaspora contributions (Roundtable 3).

Regards,
Nirmala Fernando
Secretariat, SLDIC-Gulf
Tel +971 4 359 7720

---------- Forwarded message ---------
From: Dr. Ranjith Wickramasinghe <chairman@sldic-gulf.example.ae>
Date: Wed, 3 Feb 2021 at 09:14
Subject: GCM review - speaking slot
To: Nirmala Fernando <secretariat@sldic-gulf.example.ae>

Nirmala,

Please send my name to IOM for the GCM regional review, roundtable 3. Title as usual:
Chairman, {aff}. I'll speak on diaspora bonds and lowering remittance costs.

Thanks,
Ranjith
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000002b9d7405ba6a0e11")
    meta = dict(from_name="SLDIC-Gulf Secretariat", from_email="secretariat@sldic-gulf.example.ae",
                subject="Fwd: GCM review - speaking slot", received_at=at(4, 9, 30, 7), tz=tz(4),
                mid="<CAE2sT9wQx4Lm1Vk8pR3nZ0yB7uD5eH6fJ2cA9g@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("speaker_request", "en", [
        sp("Ranjith Wickramasinghe", "Chairman", aff, ["roundtable"], 3)],
        "forwarded note from the speaker to his secretariat; the sender is not the speaker; name only in the "
        "forwarded From header (with 'Dr.') and first name in the sign-off; title and affiliation in one line")


@message
def h28_17() -> tuple[Meta, Message, Label]:
    aff = "دائرة الخدمات الاجتماعية - بلدية إربد الكبرى"
    plain = f"""السادة المنظمين المحترمين،

تحية طيبة وبعد،

نعتذر عن التأخر في الرد بسبب إجراءات الموافقة الداخلية. ترغب {aff} في المشاركة
في المؤتمر الإقليمي من خلال المتحدثين التاليين:

- المهندس زياد يوسف العمري، مدير الدائرة – مداخلة في الجلسة العامة
- السيدة رنا خليل بني هاني، رئيسة قسم الإرشاد الأسري – مداخلة في المائدة المستديرة الثالثة

ونأمل أن يتسع المجال لمشاركتهما رغم انقضاء الموعد.

مع الاحترام،
سكرتاريا الدائرة
هاتف: 7245110 2 962+
"""
    root = alt(plain, outlook_html(paras(plain), "AR-JO", rtl=True), boundary="----=_NextPart_000_0006_01D6FDF0.11A0B9C0")
    meta = dict(from_name="Social Services - Irbid", from_email="social.services@irbid-muni.example.jo",
                subject="طلب مشاركة متحدثين - بلدية إربد الكبرى", received_at=at(8, 10, 17, 45),
                mid="<000601d6fdf0$11a0b9c0$34e22d40$@irbid-muni.example.jo>", headers=outlook(17, "ar-jo"))
    return meta, root, label("speaker_request", "ar", [
        sp("زياد يوسف العمري", "مدير الدائرة", aff, ["plenary"]),
        sp("رنا خليل بني هاني", "رئيسة قسم الإرشاد الأسري", aff, ["roundtable"], 3)],
        "late (Mon 8 Feb) and says so; municipal department; two speakers with different roles in a dashed list; "
        "honorifics المهندس and السيدة before the names")


@message
def h28_18() -> tuple[Meta, Message, Label]:
    fname = "CoMiTT_rapport_volontaire_PMM_v3.docx"
    plain = """Chères et chers collègues,

Avec nos excuses pour ce léger retard, vous trouverez ci-joint le rapport volontaire du
Consortium de recherche Migrations, Travail et Territoires (CoMiTT), qui réunit des équipes
des universités de Sfax, Oujda et Tlemcen. Il porte sur les objectifs 5, 6 et 18 du Pacte
mondial.

N'hésitez pas à revenir vers nous pour toute question.

Bien cordialement,

Pr Hédi Jaziri
Coordinateur scientifique du CoMiTT
Faculté des Lettres et Sciences Humaines de Sfax
"""
    docx = tiny_docx(["Consortium de recherche Migrations, Travail et Territoires (CoMiTT)",
                      "Rapport volontaire d'examen du Pacte mondial", "1. Méthodologie",
                      "2. Recrutement équitable et travail décent", "3. Reconnaissance des compétences"])
    root = mixed(text(plain, "plain", "utf-8", "qp"), [attach(docx, DOCX, fname)],
                 boundary="------------A3F1C0B92D7E4A86E1F05C2B")
    meta = dict(from_name="Hédi Jaziri", from_email="hedi.jaziri@flshs-sfax.example.tn",
                subject="Rapport volontaire CoMiTT", received_at=at(17, 9, 15, 2), tz=tz(1),
                mid="<3c9d0e71-5b2a-4f86-a1e4-7f0c2d9b8e65@flshs-sfax.example.tn>", headers=TBIRD)
    return meta, root, label("voluntary_report", "fr", [],
                             "report received the morning after the extended deadline (late); research consortium; "
                             "DOCX from Thunderbird", reports=[fname])


@message
def h28_19() -> tuple[Meta, Message, Label]:
    plain = """Dear colleagues,

Could you kindly share the draft agenda of the regional conference on 24-25 February,
including the timing of the four thematic roundtables? Our office would like to plan
who follows which session.

Many thanks,
Amira Saleh
Child Protection Officer
UNICEF Field Office, Sabha
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="_000_VI1PR0701MB2864A1C2E3D4F5061728394AVI1PR0701MB2864_")
    meta = dict(from_name="Amira Saleh", from_email="asaleh@unicef.example.org",
                subject="Request for the agenda - GCM regional review", received_at=at(10, 11, 2, 28),
                mid="<VI1PR0701MB2864A1C2E3D4F5061728394A@VI1PR0701MB2864.eurprd07.prod.outlook.example.com>",
                headers=outlook(19, "en-US"))
    return meta, root, label("other", "en", [], "agenda request from a UN field office; mentions the roundtables "
                             "but proposes no speaker")


@message
def h28_20() -> tuple[Meta, Message, Label]:
    name, title = "إدريس محمد أبكر", "رئيس التجمع"
    aff = "تجمع المهاجرين التشاديين في ليبيا"
    plain = f"""السلام عليكم،

أكتب إليكم نيابةً عن الأستاذ {name}، {title}، الذي لا يتوفر لديه بريد إلكتروني حالياً.
يرغب الأستاذ إدريس في أن يكون مقرّراً ينقل الرسائل الرئيسية لأصحاب المصلحة خلال المشاورة
يوم 23 فبراير، باسم {aff}.

يمكنكم التواصل معه على الرقم 091 447 2063 218+ (واتساب).

شكراً لكم،
حواء آدم
متطوعة في التجمع – طرابلس
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000e17c9205ba5d3f62")
    meta = dict(from_name="Hawa Adam", from_email="hawa.adam.td@gmail.example.com",
                subject="طلب المشاركة كمقرر", received_at=at(4, 22, 40, 19),
                mid="<CAH8nV3qW0x5Lk2tR9pZ4mY1uB6dE7fS3jC0aK@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("speaker_request", "ar", [sp(name, title, aff, ["rapporteur"])],
                             "written on behalf of the speaker by a volunteer; honorific الأستاذ; rapporteur role in "
                             "prose ('مقرّراً ينقل الرسائل الرئيسية'); affiliation after 'باسم'")


@message
def h28_21() -> tuple[Meta, Message, Label]:
    name, title = "Achta Mahamat Saleh", "vice-présidente chargée des femmes"
    aff = "Collectif des Migrants Nigériens et Tchadiens de Tripoli (CMNTT)"
    plain = f"""Bonsoir,

Le {aff} souhaite proposer Mme {name}, {title}, pour une intervention à la table ronde 2
(droits humains des migrants, frontières, traite et détention).

Désolés pour l'heure tardive, nous avons eu des coupures d'électricité toute la journée.

Salutations fraternelles,
Le bureau du CMNTT
"""
    root = text(gmail_html(plain), "html", "utf-8", "qp")
    meta = dict(from_name="CMNTT Tripoli", from_email="cmntt.tripoli@gmail.example.com",
                subject="Intervention table ronde 2", received_at=at(6, 0, 41, 6),
                mid="<CAJ0kP6rX3m9Lz1vQ8tW2nY5uB4dE0fH7jR3cT@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("speaker_request", "fr", [sp(name, title, aff, ["roundtable"], 2)],
                             "HTML-only Gmail; received 41 minutes after the speaker deadline (late); signed by "
                             "a collective bureau; honorific Mme")


@message
def h28_22() -> tuple[Meta, Message, Label]:
    fname = "Libyan_Observatory_Migrants_Rights_GCM_Report_AR.pdf"
    plain = """تحية طيبة،

يسعدنا أن نرسل إليكم التقرير الطوعي للمرصد الليبي لحقوق المهاجرين بشأن تنفيذ الاتفاق العالمي من أجل
الهجرة في ليبيا خلال الفترة 2019-2020، ويركّز على الاحتجاز والعودة الطوعية والبحث والإنقاذ.

التقرير مرفق بصيغة PDF.

مع خالص التحية،
فريق المرصد الليبي لحقوق المهاجرين
بنغازي – ليبيا
"""
    pdf = tiny_pdf(["Libyan Observatory for Migrants' Rights", "Voluntary GCM report (Arabic version)",
                    "Detention, voluntary return, search and rescue"], "GCM report")
    root = mixed(alt(plain, outlook_html(paras(plain), "AR-LY", rtl=True)),
                 [attach(pdf, "application/pdf", fname)], boundary="----=_NextPart_000_0052_01D703A1.6F2E4D80")
    meta = dict(from_name="المرصد الليبي لحقوق المهاجرين", from_email="info@lomr.example.ly",
                subject="التقرير الطوعي - المرصد الليبي لحقوق المهاجرين", received_at=at(15, 14, 6, 50),
                mid="<005201d703a1$6f2e4d80$4d8ae780$@lomr.example.ly>", headers=outlook(22, "ar-ly"))
    return meta, root, label("voluntary_report", "ar", [], "ordinary Arabic Outlook submission, English PDF file "
                             "name, the day before the report deadline", reports=[fname])


@message
def h28_23() -> tuple[Meta, Message, Label]:
    aff = "Blue Nile Institute for Migration Research (BNIMR)"
    plain = f"""Dear Organizers,

I am writing to request a speaking role at the GCM Regional Review. I would like to
contribute to the open discussion of the multi-stakeholder consultation on 23
February and, if possible, to take the floor in Roundtable 4 (data, evidence-based
policies, non-discrimination and international cooperation).

Details:
Dr. Omer Hassan Elbashir
Research Fellow, {aff}, Khartoum

At BNIMR I lead the survey of returnees from Libya and the Gulf (n = 2,300), which
may be of interest for Objectives 1 and 3.

Best regards,
Omer

--
Omer H. Elbashir, PhD
Research Fellow | BNIMR
"""
    root = text(plain, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Omer Elbashir", from_email="o.elbashir@bnimr.example.sd",
                subject="Speaking request - open discussion and Roundtable 4", received_at=at(5, 9, 48, 36),
                mid="<9a1f3e7c-2d40-4b85-8e6a-c0b5d7f2e914@bnimr.example.sd>", headers=TBIRD)
    return meta, root, label("speaker_request", "en", [
        sp("Omer Hassan Elbashir", "Research Fellow", aff, ["open_discussion", "roundtable"], 4)],
        "two roles for one speaker; title and affiliation on one comma-separated line followed by a city; "
        "signature uses a shorter name form; hard-wrapped lines")


@message
def h28_24() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Notre collègue a bien été retenue pour intervenir à la table ronde 1. Pourriez-vous nous
indiquer si une interprétation arabe-français sera assurée pendant la session, et à quel
moment le lien de connexion sera envoyé aux intervenants ?

Merci par avance,

Sabrina Haddouche
Chargée de communication
Union Générale des Travailleurs Saisonniers – Béjaïa
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000ad3f6e05bb8c4a21")
    meta = dict(from_name="Sabrina Haddouche", from_email="s.haddouche@ugts-bejaia.example.dz",
                subject="Interprétation et lien de connexion", received_at=at(19, 16, 33, 12), tz=tz(1),
                mid="<CAK1qR7sY4n0Lm3vX9tW6pZ2uB8dE5fH1jQ0cV@mail.gmail.com>", headers=GMAIL)
    return meta, root, label("other", "fr", [], "logistics question (interpretation, connection link) about a "
                             "speaker already selected; proposes no one and submits nothing")


# ================================================================== writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        name = f"h28-{i:02d}.eml"
        assert fn.__name__ == f"h28_{i:02d}", fn.__name__
        meta, root, lab = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(i, meta, root))
        rat: dt.datetime = meta["received_at"]
        cat = lab["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat, "language": lab["language"],
                       "acknowledge": lab["acknowledge"], "on_time": on_time, "speakers": lab["speakers"],
                       "report_attachments": lab["report_attachments"], "thread_of": lab["thread_of"],
                       "notes": lab["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout28"))
