#!/usr/bin/env python3
"""Evaluation set holdout24 for gcm-intake: tests/data/holdout24 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets24.py
Written from LABELS.md and the dev corpus only, without reading intake/ or rules/.  Each message is a
function returning (envelope, MIME tree, label); files are numbered in order of arrival.
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

Meta = dict[str, Any]
Label = dict[str, Any]


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receive time, Beirut (UTC+02:00)."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


# ----------------------------------------------------------------- attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF with Helvetica text (Latin-1)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /CreationDate (D:20210201090000+02'00') >>").encode("latin-1"),
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


def tiny_png(rgb: tuple[int, int, int] = (0, 110, 70), w: int = 16, h: int = 16) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_docx(heading: str, paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal WordprocessingML package built with zipfile, fixed timestamps."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""

    def para(text: str) -> str:
        return f"<w:p>{bidi}<w:r><w:t xml:space=\"preserve\">{escape(text, quote=False)}</w:t></w:r></w:p>"
    body = "".join(para(p) for p in [heading] + paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>"),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME parts
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
         flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alternative(plain: str, html: str, cte: str = "qp", boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte=cte))
    m.attach(text(html, "html", cte=cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231") -> MIMEApplication:
    part = MIMEApplication(data, ctype.split("/", 1)[1])
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", enc)
        part.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return part


def mixed(body: Any, *parts: Any, boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir="RTL"' if rtl else "", inner))


def msonormal(body: str) -> str:
    return "\n".join("<p class=MsoNormal>%s</p>" % (escape(ln, quote=False) or "&nbsp;") for ln in body.split("\n"))


def quoted(body: str) -> str:
    return "\n".join(("> " + ln).rstrip() for ln in body.split("\n"))


# ----------------------------------------------------------------- envelope
def hdr(value: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8", header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, mail: str) -> str:
    if name is None:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), mail)


def render(n: int, m: Meta, root: Any) -> bytes:
    domain = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("tz", BEIRUT))
    relay = m.get("relay", "mail." + domain)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [192.0.2.{20 + n * 9}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id "
         f"4Dh24Q{n:02d}zK\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain}",
         "From: " + address(m.get("from_name"), m["from_email"]),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + hdr(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h += m.get("extra", [])
    h.append("MIME-Version: 1.0")
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"----=_Part_{n:02d}{k}_h24.20210201")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(lang: str, n: int) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}R2x9Lm0pQe7Vt5uKc3w==",
            "Content-Language: " + lang]


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def L(category: str, language: str, notes: str, speakers: list[dict[str, Any]] | None = None,
      reports: list[str] | None = None, acknowledge: bool = True, thread_of: str | None = None) -> Label:
    return {"category": category, "language": language, "acknowledge": acknowledge, "speakers": speakers or [],
            "report_attachments": reports or [], "thread_of": thread_of, "notes": notes}


MESSAGES: list[Callable[[], tuple[Meta, Any, Label]]] = []


def message(fn: Callable[[], tuple[Meta, Any, Label]]) -> Callable[[], tuple[Meta, Any, Label]]:
    MESSAGES.append(fn)
    return fn


# ================================================================= the messages
MID_SENEGAL = "<CAG7tR2mWq9ZpXk4Ls8dHb1NfVc0yE6uJa3oT5iM@mail.gmail.com>"
ACK_SENEGAL = "<ack.GCM-FR-0007.20210201T0652@gcm-intake.iom.int>"


@message
def nepal() -> tuple[Meta, Any, Label]:
    plain = """Dear Sir/Madam,

Greetings from Kuwait.

I am writing on behalf of the Nepali Migrant Workers Welfare Forum Kuwait
(NMWWF-K). We are a volunteer organisation of Nepali workers in Kuwait,
mostly in construction, cleaning and security companies, and we run a
weekend legal help desk in Abbasiya and Mahboula.

We would like to request a speaking opportunity at the regional review
conference, in the roundtable on regular pathways, decent work and drivers
of migration (Roundtable 1), because recruitment fees and contract
substitution are the main problems our members face.

Our proposed speaker is:
Mr. Bishnu Prasad Adhikari, General Secretary, Nepali Migrant Workers
Welfare Forum Kuwait (NMWWF-K)

He can speak in English and Nepali. Please let us know if any other
information is needed.

With best regards,
Bishnu P. Adhikari
General Secretary
NMWWF-K
Mob: +965 6 55 0 4417 (WhatsApp also)
"""
    meta = dict(from_name="Bishnu Adhikari", from_email="nmwwf.kuwait@gmail.com", relay="mail-wr1-f54.google.com",
                subject="Request for speaking - Roundtable 1", received_at=at(1, 27, 10, 14, 31), tz=tz(3), lag=4,
                mid="<CAK3hPn0xYt7Rz2QsWd8mFe4UbLc9Vg1oAi6jNk5@mail.gmail.com>")
    root = alternative(plain, gmail_html(plain), cte="b64", boundary="0000000000006b1e4a05b9d0f3a1")
    return meta, root, L(
        "speaker_request", "en",
        "plain Gmail request, hard-wrapped: the affiliation is split over two lines; speaker is the sender (signature "
        "abbreviates his name); 'Mr.' is an honorific; Roundtable 1 named both by theme and number",
        [SP("Bishnu Prasad Adhikari", "General Secretary", "Nepali Migrant Workers Welfare Forum Kuwait (NMWWF-K)",
            ["roundtable"], 1)])


@message
def iraq_parliament() -> tuple[Meta, Any, Label]:
    body = """السادة / الأمانة الفنية للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
تحية طيبة،

بالإشارة إلى دعوتكم الكريمة للمشاركة في أعمال الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ لجنة العمل والخدمات الاجتماعية والهجرة في مجلس النواب العراقي أن ترشّح السيد النائب كريم عبد الحسين الزبيدي، نائب رئيس اللجنة، لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يوم 24 أو 25 شباط/فبراير 2021، يعرض فيها جهود اللجنة في مراجعة قانون العمل وتشريعات العودة وإعادة الإدماج.

نرجو التفضل بتأكيد استلام هذا الترشيح وإعلامنا بالترتيبات اللازمة.

مع وافر الاحترام والتقدير،

فاطمة جاسم الربيعي
مديرة مكتب اللجنة
لجنة العمل والخدمات الاجتماعية والهجرة – مجلس النواب العراقي
بغداد – المنطقة الخضراء
هاتف: 7901 552 318 964+

تنويه: هذه الرسالة وأي مرفقات بها مخصصة للمرسل إليه فقط وقد تحتوي على معلومات سرية."""
    root = alternative(body, outlook_html(msonormal(body), "AR-IQ", rtl=True),
                       boundary="----=_NextPart_000_0031_01D6F5A2.4B1C9E70")
    meta = dict(from_name="مكتب لجنة العمل والهجرة", from_email="labour.committee@parliament.example.iq",
                subject="ترشيح متحدث في الجلسة العامة – الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=at(1, 28, 12, 3, 50), tz=tz(3), lag=61,
                mid="<003101d6f5a2$4b1c9e70$e1553b50$@parliament.example.iq>", extra=outlook("ar-iq", 2))
    return meta, root, L(
        "speaker_request", "ar",
        "formal Outlook letter from a parliamentary committee office; the nominee (not the signer) is introduced with "
        "two honorifics 'السيد النائب' which are not part of the name; plenary floor intervention; the signer's own "
        "title (مديرة مكتب اللجنة) is a decoy",
        [SP("كريم عبد الحسين الزبيدي", "نائب رئيس اللجنة",
            "لجنة العمل والخدمات الاجتماعية والهجرة في مجلس النواب العراقي", ["plenary"])])


@message
def seafarers() -> tuple[Meta, Any, Label]:
    rows = [("M. Mohamed Ali Trabelsi", "Secrétaire général", "Fédération Générale des Gens de Mer de Tunisie (FGGMT)",
             "Table ronde 2 (protection des droits humains)"),
            ("Mme Rim Gharbi", "Chargée des affaires juridiques", "Fédération Générale des Gens de Mer de Tunisie (FGGMT)",
             "Séance plénière")]
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             "<tr><td><b>Nom et prénom</b></td><td><b>Fonction</b></td><td><b>Organisation</b></td>"
             "<td><b>Intervention souhaitée</b></td></tr>\n"
             + "\n".join("<tr>{}</tr>".format("".join(f"<td><p class=MsoNormal>{escape(c)}</p></td>" for c in r))
                         for r in rows) + "</table>")
    inner = f"""<p class=MsoNormal>Bonjour,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Suite à l'invitation reçue pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, notre fédération souhaite proposer deux intervenants. Les marins tunisiens embarqués sur des navires étrangers restent souvent bloqués dans les ports du Golfe sans salaire ni rapatriement, et nous voudrions porter ce sujet devant les États.</p>
<p class=MsoNormal>&nbsp;</p>
{table}
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Merci de nous confirmer la bonne réception.</p>
<p class=MsoNormal>Cordialement,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Sonia Ben Romdhane</b><br>Assistante de direction – FGGMT<br>Port de La Goulette, 2060 Tunis<br>Tél. +216 71 735 220</p>"""
    plain = """Bonjour,

Suite à l'invitation reçue pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, notre fédération souhaite proposer deux intervenants. Les marins tunisiens embarqués sur des navires étrangers restent souvent bloqués dans les ports du Golfe sans salaire ni rapatriement, et nous voudrions porter ce sujet devant les États.

Nom et prénom\tFonction\tOrganisation\tIntervention souhaitée
{}

Merci de nous confirmer la bonne réception.
Cordialement,

Sonia Ben Romdhane
Assistante de direction – FGGMT
Port de La Goulette, 2060 Tunis
Tél. +216 71 735 220""".format("\n".join("\t".join(r) for r in rows))
    root = alternative(plain, outlook_html(inner, "FR"), boundary="----=_NextPart_000_0044_01D6F63B.91A2D310")
    meta = dict(from_name="Sonia Ben Romdhane", from_email="direction@fggmt.example.tn",
                subject="Intervenants FGGMT - examen régional PMM", received_at=at(1, 29, 15, 40, 2), tz=tz(1),
                lag=38, mid="<004401d6f63b$91a2d310$b4e87930$@fggmt.example.tn>", extra=outlook("fr-fr", 3))
    aff = "Fédération Générale des Gens de Mer de Tunisie (FGGMT)"
    return meta, root, L(
        "speaker_request", "fr",
        "seafarers' union; two speakers in an Outlook table (HTML, and tab-separated in the plain part) with honorifics "
        "M./Mme inside the name cells; different roles per speaker; sender (assistant) is not a speaker",
        [SP("Mohamed Ali Trabelsi", "Secrétaire général", aff, ["roundtable"], 2),
         SP("Rim Gharbi", "Chargée des affaires juridiques", aff, ["plenary"])])


@message
def logistics() -> tuple[Meta, Any, Label]:
    plain = """Hello,

Two practical questions about the consultation on 23 February:

1. Will it be fully online? If so, which platform (Zoom, Teams, Webex)?
   Our office firewall blocks some of them, so we need to test in advance.
2. Will there be interpretation into English? Two of our colleagues do
   not follow Arabic.

We registered through the online form last week.

Thanks a lot,
Meseret

Meseret Haile
Programme Assistant
Horn of Africa Migrants Support Office, Amman
"""
    meta = dict(from_name="Meseret Haile", from_email="meseret.h@hamso.example.org",
                subject="platform + interpretation for 23 Feb?", received_at=at(1, 30, 9, 22, 7), lag=30,
                mid="<5f1c2a7e-0b63-4d8e-9f3a-2c61e7d04b19@hamso.example.org>",
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.6.1", "Content-Language: en-US"])
    return meta, text(plain, cte=None, flowed=True), L(
        "other", "en",
        "logistics question (platform, interpretation) from a registered participant: no speaker, no report; "
        "signature with title and organisation must not turn it into a speaker request")


@message
def senegal() -> tuple[Meta, Any, Label]:
    plain = """Bonjour,

Notre association souhaite prendre part à la discussion ouverte de la
consultation multipartite du 23 février. Nous voulons y parler de la
situation des pêcheurs et des commerçants sénégalais installés à
Nouadhibou et Nouakchott, notamment l'accès aux titres de séjour.

Je me propose comme intervenante.

Merci d'avance et bonne journée.

--
Ndèye Fatou Sarr
Chargée de plaidoyer
Association des Ressortissants Sénégalais de Nouadhibou (ARSN)
BP 412 Nouadhibou, Mauritanie
+222 46 21 88 03
"""
    meta = dict(from_name="Ndeye Fatou Sarr", from_email="arsn.nouadhibou@gmail.com", relay="mail-ej1-f41.google.com",
                subject="Participation discussion ouverte 23 février", received_at=at(2, 1, 8, 47, 12), tz=tz(0),
                lag=6, mid=MID_SENEGAL)
    root = alternative(plain, gmail_html(plain), boundary="000000000000a41c7e05ba3d6f02")
    return meta, root, L(
        "speaker_request", "fr",
        "the body only says 'Je me propose': name, title and affiliation are only in the signature block; From "
        "display name lacks the diacritic (Ndeye) while the signature has 'Ndèye'; open discussion role",
        [SP("Ndèye Fatou Sarr", "Chargée de plaidoyer",
            "Association des Ressortissants Sénégalais de Nouadhibou (ARSN)", ["open_discussion"])])


@message
def thanks() -> tuple[Meta, Any, Label]:
    plain = """Merci beaucoup pour la confirmation, c'est bien noté.

Bonne journée,
Ndèye Fatou

Envoyé de mon iPhone

> Le 1 févr. 2021 à 06:52, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Madame, Monsieur,
>
> Nous accusons réception de votre demande de prise de parole (référence GCM-FR-0007).
> Le secrétariat reviendra vers vous après la date limite du 5 février 2021.
>
> Cordialement,
> Secrétariat de l'examen régional du PMM
"""
    meta = dict(from_name="Ndeye Fatou Sarr", from_email="arsn.nouadhibou@gmail.com", relay="mail-ej1-f41.google.com",
                subject="Re: Accusé de réception - Participation discussion ouverte 23 février",
                received_at=at(2, 1, 14, 10, 45), tz=tz(0), lag=9,
                mid="<7A1E93D2-5C40-4B8F-A2E6-19F0C3D7B845@gmail.com>", in_reply_to=ACK_SENEGAL,
                references=f"{MID_SENEGAL} {ACK_SENEGAL}", extra=["X-Mailer: iPhone Mail (18C66)"])
    return meta, text(plain, cte="qp"), L(
        "other", "fr",
        "thank-you reply from an iPhone to our acknowledgement of the earlier request: adds nothing new, so no "
        "acknowledgement; the quoted acknowledgement mentions the speaker request and the deadline",
        acknowledge=False, thread_of="senegal")


@message
def ghana() -> tuple[Meta, Any, Label]:
    plain = """Good evening,

Hope this finds you well. The Ghana Community Association in Qatar (GCAQ)
would like to nominate Mr. Kofi Mensah Asante to speak at the roundtable on
social inclusion, access to services, remittances and diaspora
contributions (roundtable 3).

Kofi has been organising our members in Doha and Al Khor since 2016 and
coordinates the association's remittance-savings groups. He would speak
about the cost of sending money home and how our community supports
workers who lose their jobs.

Thank you and God bless.

Abena Owusu-Ansah (Mrs)
Secretary, GCAQ
+974 5566 1029
"""
    meta = dict(from_name="Abena Owusu-Ansah", from_email="gcaq.secretary@yahoo.com",
                relay="sonic315-21.consmr.mail.ne1.yahoo.com",
                subject="Nomination GCAQ - Roundtable 3", received_at=at(2, 1, 19, 5, 33), tz=tz(3), lag=12,
                mid="<1842675390.2210544.1612198520617@mail.yahoo.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    root = alternative(plain, gmail_html(plain), boundary="----=_Part_2210543_1302285419.1612198520616")
    return meta, root, L(
        "speaker_request", "en",
        "diaspora association nominates someone other than the sender; the nominee's title is not given (only what "
        "he does), so title null; the sender's 'Secretary' is a decoy; roundtable named by theme and number",
        [SP("Kofi Mensah Asante", None, "Ghana Community Association in Qatar (GCAQ)", ["roundtable"], 3)])


@message
def shelter() -> tuple[Meta, Any, Label]:
    plain = """السلام عليكم ورحمة الله،

بالإشارة إلى الدعوة الخاصة بالاستعراض الإقليمي للاتفاق العالمي للهجرة، نرغب في طلب مداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين والاتجار بالبشر، وبياناتها كالتالي:

الاسم: الدكتورة هبة الله مصطفى عبد الرازق
الصفة: المديرة التنفيذية
الجهة: دار الأمان لإيواء الناجيات من الاتجار بالبشر – الإسكندرية
نوع المشاركة: مداخلة في المائدة المستديرة الثانية

وتفضلوا بقبول وافر التحية،
منى السيد
منسقة البرامج – دار الأمان
٠١٠٠٢٣٤٥٦٧٨
"""
    meta = dict(from_name="Dar Al Aman Shelter", from_email="daralaman.alex@gmail.com", relay="mail-wm1-f67.google.com",
                subject="طلب مداخلة - المائدة المستديرة الثانية", received_at=at(2, 2, 11, 30, 18), lag=5,
                mid="<CAF4pQz8Lm2NxT6wBv0cRk9YhJ3sUe1dGa7iOo5W@mail.gmail.com>")
    root = alternative(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000f2e81b05ba4e9c17")
    return meta, root, L(
        "speaker_request", "ar",
        "labelled lines (الاسم/الصفة/الجهة) with the honorific الدكتورة inside the name field; the affiliation line "
        "ends with a city after a dash ('– الإسكندرية') that is not part of the name; sender (programme coordinator) "
        "is not the speaker; phone number in Arabic-Indic digits",
        [SP("هبة الله مصطفى عبد الرازق", "المديرة التنفيذية", "دار الأمان لإيواء الناجيات من الاتجار بالبشر",
            ["roundtable"], 2)])


@message
def reply_call() -> tuple[Meta, Any, Label]:
    call = """Dear partners,

The Regional Review of the Global Compact for Safe, Orderly and Regular
Migration in the Arab region will hold a multi-stakeholder consultation on
23 February 2021 and the regional review conference on 24-25 February 2021.

Stakeholders wishing to take a speaking role (open discussion, rapporteur
delivering the stakeholders' key messages, or a floor intervention in the
plenary or in one of the four thematic roundtables) are invited to send the
name, title and organisational affiliation of the speaker to
gcmrrarabstates@iom.int by Friday 5 February 2021.

Voluntary GCM review reports may be submitted to the same address by
16 February 2021.

Best regards,
GCM Regional Review Secretariat"""
    plain = f"""Dear Secretariat,

Thank you for this call. Probashi Kallyan Network would like to volunteer
for the rapporteur role, to deliver the key messages of the stakeholders.

Speaker: Dr. Shirin Akhter Chowdhury
Title: Director, Research and Advocacy
Organisation: Probashi Kallyan Network - Bangladeshi Migrants' Rights Platform (PKN)

Dr. Chowdhury led the consultations of Bangladeshi workers' groups in
Jordan, Lebanon and Kuwait last year. We will not submit a separate report.

Regards,
Rafiqul Islam
Network Coordinator, PKN
Dhaka | Amman

On Mon, Jan 25, 2021 at 11:02 AM GCM Regional Review <gcmrrarabstates@iom.int> wrote:
{quoted(call)}
"""
    meta = dict(from_name="Rafiqul Islam", from_email="coordinator@pkn-bd.example.org",
                subject="Re: Call for speakers and voluntary reports - Regional Review of the GCM, Arab region",
                received_at=at(2, 2, 16, 55, 40), tz=tz(6), lag=14,
                mid="<CAMx2Jt9PqV4dR8bYw1nHs6LcK0fZe3uTg7oAi5N@mail.gmail.com>",
                in_reply_to="<call.2021-01-25.speakers@iom.int>", references="<call.2021-01-25.speakers@iom.int>")
    return meta, alternative(plain, gmail_html(plain), cte="qp", boundary="0000000000009c3b7105ba55e1d4"), L(
        "speaker_request", "en",
        "reply to the organisers' call, quoting it in full (the quote lists all roles and both deadlines and "
        "mentions voluntary reports); the new text asks for the rapporteur role; 'Dr.' honorific; long affiliation "
        "with a dash and the acronym in brackets; says no report will be sent",
        [SP("Shirin Akhter Chowdhury", "Director, Research and Advocacy",
            "Probashi Kallyan Network - Bangladeshi Migrants' Rights Platform (PKN)", ["rapporteur"])])


@message
def chamber() -> tuple[Meta, Any, Label]:
    plain = """Madame, Monsieur,

La Chambre de Commerce, d'Industrie et d'Agriculture de Mauritanie (CCIAM) a
l'honneur de vous proposer deux intervenants pour le segment consacré au
secteur privé :

- M. Sidi Mohamed Ould Bah, Vice-président de la CCIAM, pour une intervention
  en séance plénière ;
- Mme Aïssata Kane, de notre service des relations extérieures, pour la table
  ronde n° 1 (voies de migration régulière et travail décent).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Direction des relations extérieures
CCIAM - Avenue de l'Indépendance, Nouakchott
Tél. : +222 45 25 14 70

-----
AVERTISSEMENT : Ce courriel et ses pièces jointes sont strictement
confidentiels. Toute diffusion non autorisée est interdite.
"""
    meta = dict(from_name="CCIAM Relations Extérieures", from_email="dre@cciam.example.mr",
                subject="Propositions d'intervenants – secteur privé (CCIAM)", received_at=at(2, 3, 10, 20, 5),
                tz=tz(0), lag=52, mid="<20210203081913.7F2A1C0047@webmail.cciam.example.mr>",
                extra=["User-Agent: Roundcube Webmail/1.4.8"])
    aff = "Chambre de Commerce, d'Industrie et d'Agriculture de Mauritanie (CCIAM)"
    return meta, text(plain, "plain", "iso-8859-1", "qp"), L(
        "speaker_request", "fr",
        "chamber of commerce; two speakers in a dashed list: the first's title is written 'Vice-président de la CCIAM' (label keeps 'Vice-président', the affiliation being the chamber), "
        "the second only a department ('de notre service des relations extérieures'), so title null; Latin-1 QP "
        "body; the plenary wording is a 'segment secteur privé'",
        [SP("Sidi Mohamed Ould Bah", "Vice-président", aff, ["plenary"]),
         SP("Aïssata Kane", None, aff, ["roundtable"], 1)])


@message
def iom_project() -> tuple[Meta, Any, Label]:
    html = """<div dir="ltr"><div>Dear colleagues,</div><div><br></div>
<div>From the IOM Iraq project team in Erbil: we would like to propose one speaker for <b>Roundtable 4 (data, evidence-based policies, non-discrimination and international cooperation)</b>:</div>
<ul>
<li><b>Name:</b> Ms. Dilan Sherzad Aziz</li>
<li><b>Position:</b> Data and Research Officer</li>
<li><b>Organization:</b> IOM Iraq &#8211; Returns and Reintegration Data Project (RRDP)</li>
</ul>
<div>Dilan manages the returnee monitoring survey in Ninewa and Duhok and can present what the data says about sustainable reintegration.</div><div><br></div>
<div>Best,</div><div>Aram</div><div><br></div>
<div>--</div>
<div><font color="#1f3864"><b>Aram Khoshnaw</b></font></div>
<div>Project Manager | Returns and Reintegration Data Project</div>
<div>International Organization for Migration (IOM) | Erbil, Iraq</div>
<div>Tel: +964 750 445 2210</div>
</div>
"""
    meta = dict(from_name="Aram Khoshnaw", from_email="akhoshnaw@iom-project.example.int",
                subject="RT4 speaker proposal - IOM Iraq RRDP", received_at=at(2, 3, 13, 44, 9), tz=tz(3), lag=8,
                mid="<CAP1rW7xNb3Kc5Ms9Ld2Hq0TfVy8Ue6jZa4oGi1Q@mail.gmail.com>")
    return meta, text(html, "html", cte="qp"), L(
        "speaker_request", "en",
        "HTML-only body with a bulleted list using 'Position'/'Organization' labels; 'Ms.' honorific; an IOM project "
        "colleague writing to the IOM mailbox is still a stakeholder request; signature carries another person and "
        "a different form of the organisation",
        [SP("Dilan Sherzad Aziz", "Data and Research Officer",
            "IOM Iraq – Returns and Reintegration Data Project (RRDP)", ["roundtable"], 4)])


@message
def ministry() -> tuple[Meta, Any, Label]:
    inner = msonormal("""السادة/ المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين

تحية طيبة وبعد،

تهديكم إدارة تنظيم استقدام العمالة الوافدة بوزارة التنمية الإدارية والعمل أطيب تحياتها، وبالإشارة إلى الدعوة الموجهة لحضور المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة، نفيدكم بترشيح:

سعادة السيد/ خالد بن ناصر المهندي
مدير إدارة تنظيم استقدام العمالة الوافدة

للمشاركة بمداخلة في الجلسة العامة، وكذلك في المائدة المستديرة الأولى حول مسارات الهجرة النظامية والعمل اللائق.

وتفضلوا بقبول فائق الاحترام،

مكتب مدير الإدارة
إدارة تنظيم استقدام العمالة الوافدة
وزارة التنمية الإدارية والعمل
الدوحة

هذه الرسالة سرية ومخصصة للمرسل إليهم فقط. إذا وصلتك هذه الرسالة عن طريق الخطأ يرجى حذفها وإبلاغ المرسل.""")
    root = text(outlook_html(inner, "AR-QA", rtl=True), "html", cte="b64")
    meta = dict(from_name="Recruitment Regulation Dept. - Director Office", from_email="rrd.office@madl.example.qa",
                subject="ترشيح – المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة", received_at=at(2, 4, 10, 0, 26),
                tz=tz(3), lag=70, mid="<7c0e51f2b9a34d6e8a2f@EXCH02.madl.example.qa>", extra=outlook("ar-qa", 12))
    return meta, root, L(
        "speaker_request", "ar",
        "ministry directorate, HTML-only (base64) Outlook; honorifics 'سعادة السيد/' before the name; the nominee "
        "asks for two roles (plenary and roundtable 1); the affiliation is the directorate within the ministry, "
        "written in the opening sentence with 'بوزارة' and in full in the signature",
        [SP("خالد بن ناصر المهندي", "مدير إدارة تنظيم استقدام العمالة الوافدة",
            "إدارة تنظيم استقدام العمالة الوافدة بوزارة التنمية الإدارية والعمل", ["plenary", "roundtable"], 1)])


@message
def youth_both() -> tuple[Meta, Any, Label]:
    plain = """مرحباً،

نرسل إليكم في المرفق تقرير الاستعراض الطوعي لشبكة شباب المغرب العربي من أجل الهجرة (شمّة) حول تنفيذ الاتفاق العالمي للهجرة، وقد أعدّه فريق من الشباب المتطوعين في الجزائر وتونس وموريتانيا بعد ورشات عمل مع طلاب مهاجرين وشباب عائدين.

كما نرغب في مشاركة أحد أعضاء الشبكة في النقاش المفتوح خلال المشاورة يوم 23 فبراير:
- يوسف بلقاسم، منسق الشبكة في الجزائر

شكراً جزيلاً،
ريم عبد الله
فريق التواصل – شبكة شمّة

أُرسلت من هاتفي الـ Samsung Galaxy
"""
    pdf = tiny_pdf(["Maghreb Youth Network for Migration (SHAMMA)",
                    "Voluntary GCM review report - February 2021",
                    "1. Youth mobility and student migration", "2. Returnee youth and reintegration",
                    "3. Recommendations"], "SHAMMA voluntary GCM review")
    root = mixed(text(plain, cte="b64"), attachment(pdf, "application/pdf", "تقرير شبكة شمة - الاستعراض الطوعي.pdf"))
    meta = dict(from_name="Rim Abdallah", from_email="shamma.youth.net@gmail.com", relay="mail-lf1-f50.google.com",
                subject="تقرير طوعي + مشارك في النقاش المفتوح", received_at=at(2, 4, 17, 2, 44), tz=tz(1), lag=17,
                mid="<CAE9sLq3Wt1Xn7Pb5Mr2Kd8YhZc0Vf4uJg6oRi2T@mail.gmail.com>")
    return meta, root, L(
        "both", "ar",
        "youth network sends its report (PDF with an Arabic RFC 2231 name) and proposes a speaker in a one-line "
        "dash item 'name, title' with the affiliation only as 'الشبكة' (full name given earlier in the message); "
        "mobile Samsung footer; both parts on time",
        [SP("يوسف بلقاسم", "منسق الشبكة في الجزائر", "شبكة شباب المغرب العربي من أجل الهجرة (شمّة)",
            ["open_discussion"])],
        ["تقرير شبكة شمة - الاستعراض الطوعي.pdf"])


@message
def journalists() -> tuple[Meta, Any, Label]:
    original = """Salut Mariem,

Comme convenu à la réunion du bureau, peux-tu transmettre notre demande à
l'OIM ? Je souhaite intervenir à la table ronde 3 (inclusion sociale,
services de base, transferts de fonds et diaspora) pour parler de la
couverture médiatique des migrants en Mauritanie.

Cheikh Tidiane Ba
Vice-président chargé des programmes
Association des Journalistes pour la Migration et le Développement (AJMD)"""
    plain = f"""Bonjour,

Je vous transfère ci-dessous la demande de notre collègue.

Bien à vous,
Mariem Mint Ahmed
Secrétaire administrative – AJMD

---------- Forwarded message ---------
De : Cheikh Tidiane Ba <ctba.courrier@gmail.com>
Date: jeu. 4 févr. 2021 à 21:15
Subject: demande intervention OIM
To: Mariem AJMD <ajmd.mauritanie@gmail.com>

{original}
"""
    meta = dict(from_name="Mariem AJMD", from_email="ajmd.mauritanie@gmail.com", relay="mail-qk1-f178.google.com",
                subject="Fwd: demande intervention OIM", received_at=at(2, 5, 12, 31, 3), tz=tz(0), lag=4,
                mid="<CAH0mXv5Rt8Lq2Ns6Kd1Bw9PzYc3Jf7uEg4oTa0S@mail.gmail.com>")
    return meta, alternative(plain, gmail_html(plain), boundary="000000000000c7d2e905ba9a4b63"), L(
        "speaker_request", "fr",
        "Gmail forward: the request and the speaker's details are only in the forwarded message (the original "
        "author's signature); the forwarder (secrétaire administrative) is not the speaker; 'Salut Mariem' opening",
        [SP("Cheikh Tidiane Ba", "Vice-président chargé des programmes",
            "Association des Journalistes pour la Migration et le Développement (AJMD)", ["roundtable"], 3)])


@message
def independent() -> tuple[Meta, Any, Label]:
    plain = """Bonsoir,
Je souhaiterais intervenir à la table ronde 2 sur la protection des droits des migrants (frontières, détention).
Aminata Diop, coordinatrice
Merci

Envoyé de mon iPhone"""
    meta = dict(from_name="Aminata Diop", from_email="aminata.diop88@hotmail.fr",
                relay="EUR04-DB3-obe.outbound.protection.outlook.com",
                subject="Table ronde 2", received_at=at(2, 5, 21, 48, 57), tz=tz(1), lag=40,
                mid="<AM6PR04MB5120E4A1B3D29F7C8E0A91C2D4A90@AM6PR04MB5120.eurprd04.prod.outlook.com>",
                extra=["X-Mailer: iPhone Mail (18D52)"])
    return meta, text(plain, cte="qp"), L(
        "speaker_request", "fr",
        "terse mobile message a few hours before the deadline: title given ('coordinatrice') but no organisation "
        "anywhere (personal hotmail address), so affiliation null",
        [SP("Aminata Diop", "coordinatrice", None, ["roundtable"], 2)])


@message
def academia_late() -> tuple[Meta, Any, Label]:
    plain = """Dear GCM Regional Review team,

I hope it is not too late: the Gulf Institute for Population and Labour
Studies (GIPLS) at the College of Social Sciences would like to propose two
speakers for the regional review conference:

1) Prof. Layla Al-Sabah, Professor of Demography and Director of GIPLS --
   plenary session, on labour market data and the kafala reforms;
2) Dr. Tariq Mahmood Qureshi, Senior Research Fellow, GIPLS -- roundtable
   on data and evidence-based policies (roundtable 4).

We apologise for the slight delay; the nomination had to be cleared by the
Dean's office this evening.

Sincerely,

--
Noura Al-Ajmi
Research Coordinator
Gulf Institute for Population and Labour Studies (GIPLS)
College of Social Sciences, Kuwait
Tel. +965 2498 3315
"""
    meta = dict(from_name="Noura Al-Ajmi", from_email="n.alajmi@gipls.example.edu.kw",
                subject="GIPLS speakers - GCM regional review", received_at=at(2, 6, 0, 41, 12), tz=tz(3), lag=27,
                mid="<b3e0c6d2-9a14-47f1-8c25-6e0d1f93a7b4@gipls.example.edu.kw>",
                extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.0", "Content-Language: en-GB"])
    aff = "Gulf Institute for Population and Labour Studies (GIPLS)"
    return meta, text(plain, cte=None, flowed=True), L(
        "speaker_request", "en",
        "late: received 00:41 Beirut on 6 February (Date header 01:40 +0300); two speakers in a numbered list, "
        "'Prof.'/'Dr.' honorifics; the first title contains 'and Director of GIPLS'; the second speaker's "
        "affiliation appears only as the acronym 'GIPLS' (full form earlier and in the signature)",
        [SP("Layla Al-Sabah", "Professor of Demography and Director of GIPLS", aff, ["plenary"]),
         SP("Tariq Mahmood Qureshi", "Senior Research Fellow", aff, ["roundtable"], 4)])


@message
def visa() -> tuple[Meta, Any, Label]:
    plain = """السادة المنظمين المحترمين،

تحية طيبة،

نحن منظمة صغيرة في نواكشوط ونود حضور المؤتمر الإقليمي يومي 24 و25 فبراير. هل سيعقد المؤتمر حضورياً أم عبر الإنترنت فقط؟ وإذا كان حضورياً، هل يمكنكم تزويدنا برسالة دعوة رسمية لتقديمها إلى السفارة من أجل الحصول على التأشيرة، وهل تتحمل المنظمة تكاليف السفر؟

مع الشكر،
سيدي محمد ولد الشيخ
جمعية النخيل للتنمية والهجرة – موريتانيا
"""
    meta = dict(from_name="Sidi Mohamed Cheikh", from_email="annakhil.ong@yahoo.fr",
                relay="sonic309-15.consmr.mail.ir2.yahoo.com",
                subject="استفسار عن التأشيرة", received_at=at(2, 7, 10, 0, 15), tz=tz(0), lag=11,
                mid="<903184722.1177830.1612684800421@mail.yahoo.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNodin"])
    return meta, alternative(plain, gmail_html(plain, rtl=True), cte="b64",
                             boundary="----=_Part_1177829_640212201.1612684800420"), L(
        "other", "ar",
        "visa / invitation-letter and travel-cost question: no speaker and no report although the writer gives his "
        "name and organisation")


@message
def eritrea_late() -> tuple[Meta, Any, Label]:
    plain = """الأخوة في المنظمة الدولية للهجرة

نحن الجالية الإريترية في القاهرة، علمنا بالمؤتمر متأخرين للأسف. نطلب أن يتحدث باسمنا الأخ سليمان تسفاي قبري في المائدة المستديرة الثانية عن أوضاع طالبي اللجوء الإريتريين وصعوبة تجديد الإقامات.

رقم الهاتف 01112984450
رابطة أبناء الجالية الإريترية بالقاهرة

Sent from Yahoo Mail on Android
"""
    meta = dict(from_name="Eritrean Community Cairo", from_email="eritrean.community.cairo@yahoo.com",
                relay="sonic305-9.consmr.mail.bf2.yahoo.com",
                subject="طلب مشاركة", received_at=at(2, 8, 13, 15, 22), lag=15,
                mid="<1129847563.611204.1612782900133@mail.yahoo.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    return meta, text(plain, cte="b64"), L(
        "speaker_request", "ar",
        "late (8 February) and says so; 'الأخ' is an honorific, not part of the name; no title (null); the "
        "affiliation is only the organisation name under the phone number (the body says 'الجالية الإريترية في "
        "القاهرة' informally)",
        [SP("سليمان تسفاي قبري", None, "رابطة أبناء الجالية الإريترية بالقاهرة", ["roundtable"], 2)])


@message
def agenda() -> tuple[Meta, Any, Label]:
    plain = """Dear colleagues,

Could you please share the draft agenda / concept note of the
multi-stakeholder consultation (23 Feb) and the regional review conference
(24-25 Feb), including the timing of the four roundtables? Our protection
unit would like to brief colleagues before the sessions.

Many thanks and best regards,

Hélène Moreau
Associate Protection Officer
UNHCR Field Office Tamanrasset
"""
    meta = dict(from_name="Helene Moreau", from_email="moreau@unhcr-field.example.org",
                subject="Draft agenda of the consultation and conference", received_at=at(2, 9, 9, 5, 41), tz=tz(1),
                lag=35, mid="<DB7PR02MB4921A7C4E03B1D55F2E9C8A3B0C10@DB7PR02MB4921.eurprd02.prod.outlook.com>",
                extra=outlook("en-GB", 19))
    html = outlook_html(msonormal(plain.rstrip()), "EN-GB")
    return meta, alternative(plain, html, boundary="_000_DB7PR02MB4921A7C4E03B1D55F2E9C8A3B0C10_"), L(
        "other", "en",
        "request for the agenda from a UN field office; mentions the four roundtables and a protection unit, but "
        "asks for no speaking role and sends no report")


@message
def iraq_collective() -> tuple[Meta, Any, Label]:
    body = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسرّ الشبكة العراقية لمنظمات الهجرة والعودة (شبكة عودة) أن ترفق لكم تقريرها الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في العراق للفترة 2018–2020.

شارك في إعداد التقرير إحدى عشرة منظمة عضواً في الشبكة في بغداد والبصرة والموصل وأربيل والسليمانية، وهو يغطي الأهداف 4 و14 و16 و21 من الاتفاق مع التركيز على العائدين والنازحين داخلياً.

مرفق أيضاً شعار الشبكة للاستخدام عند الحاجة.

مع التقدير،
أحمد صباح الجبوري
المنسق العام – شبكة عودة
بغداد، الكرادة
+964 770 318 4456"""
    pdf = tiny_pdf(["Iraqi Network of Migration and Return Organisations (Awda Network)",
                    "Collective voluntary report on GCM implementation in Iraq, 2018-2020",
                    "Prepared by 11 member organisations", "Objectives 4, 14, 16 and 21"], "Awda collective report")
    logo = MIMEImage(tiny_png(), "png")
    logo.set_param("name", "awda_logo.png")
    logo.add_header("Content-Disposition", "attachment", filename="awda_logo.png")
    root = mixed(alternative(body, outlook_html(msonormal(body), "AR-IQ", rtl=True)),
                 attachment(pdf, "application/pdf", "Awda_Network_Collective_GCM_Report_2021.pdf"), logo,
                 boundary="----=_NextPart_000_0078_01D6FF9B.2E4C8A10")
    meta = dict(from_name="شبكة عودة", from_email="info@awda-network.example.iq",
                subject="التقرير الطوعي الجماعي لشبكة عودة", received_at=at(2, 10, 11, 11, 4), tz=tz(3), lag=49,
                mid="<007801d6ff9b$2e4c8a10$8ae59e30$@awda-network.example.iq>", extra=outlook("ar-iq", 20))
    return meta, root, L(
        "voluntary_report", "ar",
        "collective report of a network (11 member organisations) as a PDF with an English name; a logo PNG "
        "attached as a real attachment (not inline) is not part of the report",
        reports=["Awda_Network_Collective_GCM_Report_2021.pdf"])


@message
def teachers_college() -> tuple[Meta, Any, Label]:
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint la contribution de l'Institut supérieur de
formation des enseignants de Gafsa (ISFEG) à l'examen régional du Pacte
mondial sur les migrations : un rapport volontaire sur la scolarisation des
enfants de migrants subsahariens dans le sud tunisien et sur la formation
des enseignants à l'accueil des élèves allophones.

Le document a été rédigé par l'équipe du laboratoire « Éducation et
mobilités » avec des enseignants stagiaires.

Je reste à votre disposition pour tout complément.

Cordialement,

Pr Hédi Khelifi
Directeur des études
ISFEG – Gafsa, Tunisie
"""
    doc = tiny_docx("Rapport volontaire – Pacte mondial sur les migrations",
                    ["Institut supérieur de formation des enseignants de Gafsa (ISFEG)",
                     "Scolarisation des enfants de migrants dans le sud tunisien",
                     "Recommandations pour la formation initiale des enseignants"])
    root = mixed(text(plain, cte="qp", flowed=True),
                 attachment(doc, DOCX, "Rapport_volontaire_ISFEG_PMM_février2021.docx"))
    meta = dict(from_name="Hédi Khelifi", from_email="h.khelifi@isfeg.example.tn",
                subject="Rapport volontaire ISFEG - examen régional du PMM", received_at=at(2, 11, 15, 30, 29),
                tz=tz(1), lag=33, mid="<e41b7d09-3c52-4a8e-b16f-0d9a25c7f384@isfeg.example.tn>",
                extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1",
                       "Content-Language: fr"])
    return meta, root, L(
        "voluntary_report", "fr",
        "teachers college report as DOCX; file name with 'é' in RFC 2231 encoding; Thunderbird format=flowed; the "
        "signer's title in the signature is not a speaker request",
        reports=["Rapport_volontaire_ISFEG_PMM_février2021.docx"])


@message
def indonesia_octet() -> tuple[Meta, Any, Label]:
    plain = """Dear IOM team,

Please find attached the voluntary GCM review report of Serikat Pekerja
Migran Indonesia - Qatar (SPMI-Q), a migrant-led union of Indonesian
domestic and hospitality workers in Doha.

The report is based on a survey of 212 members done in December 2020 and
January 2021, about wage protection, passport retention, rest days and
access to the labour dispute committees.

Mohon maaf if the attachment is big, it is our first report.

Warm regards,
Siti Nurhaliza Rahayu
Chairperson, SPMI-Q

Sent from my Huawei phone
"""
    pdf = tiny_pdf(["Serikat Pekerja Migran Indonesia - Qatar (SPMI-Q)", "Voluntary GCM Review Report 2021",
                    "Survey of 212 members, Dec 2020 - Jan 2021"], "SPMI-Q GCM report")
    part = MIMEApplication(pdf, "octet-stream")
    part.set_param("name", "SPMI-Q GCM Voluntary Report 2021.pdf")
    part.add_header("Content-Disposition", "attachment", filename="SPMI-Q GCM Voluntary Report 2021.pdf")
    root = mixed(text(plain, cte=None), part, boundary="--_com.huawei.email_2fb1c0e4a7d3")
    meta = dict(from_name="Siti Nurhaliza", from_email="spmi.qatar@gmail.com", relay="mail-pj1-f44.google.com",
                subject="Report from SPMI-Q", received_at=at(2, 14, 20, 2, 18), tz=tz(3), lag=21,
                mid="<2a9f4c61-b7e0-4d35-8c1a-5e62f0b9d347@email.android.com>")
    return meta, root, L(
        "voluntary_report", "en",
        "the PDF report is sent as application/octet-stream (Huawei mail app); the name has spaces; mixed "
        "English/Indonesian phrase; the chairperson signature is not a speaker request",
        reports=["SPMI-Q GCM Voluntary Report 2021.pdf"])


@message
def returnees_docx() -> tuple[Meta, Any, Label]:
    plain = """السيدات والسادة في الأمانة الفنية،

مساء الخير،

مرفق تقرير مؤسسة جسور لدعم العائدين والمهاجرين (الفيوم – مصر) ضمن الاستعراض الطوعي للاتفاق العالمي للهجرة. نعتذر عن التأخر في الإرسال حتى اليوم الأخير، فقد انتظرنا اعتماد مجلس الأمناء.

يتناول التقرير أوضاع العمال المصريين العائدين من ليبيا والأردن والكويت خلال جائحة كورونا وبرامج إعادة الإدماج المتاحة لهم.

وتقبلوا خالص التحية،
م. شريف عادل حنا
مدير البرامج
مؤسسة جسور لدعم العائدين والمهاجرين
"""
    doc = tiny_docx("تقرير الاستعراض الطوعي للاتفاق العالمي للهجرة – مؤسسة جسور",
                    ["العمال العائدون خلال جائحة كورونا", "برامج إعادة الإدماج", "التوصيات"], rtl=True)
    root = mixed(alternative(plain, gmail_html(plain, rtl=True), cte="b64"),
                 attachment(doc, DOCX, "تقرير مؤسسة جسور - الاتفاق العالمي للهجرة.docx", style="2047"),
                 boundary="000000000000e81f4a05bb6c2d90")
    meta = dict(from_name="Sherif Adel", from_email="jusour.fayoum@gmail.com", relay="mail-ed1-f52.google.com",
                subject="تقرير مؤسسة جسور", received_at=at(2, 16, 18, 40, 55), lag=6,
                mid="<CAN5bZr2Xk8Wq1Ld7Ms4Pt0HcYf9Ve3uJa6oKi8R@mail.gmail.com>")
    return meta, root, L(
        "voluntary_report", "ar",
        "DOCX report sent on the last day (16 February, on time); Arabic file name RFC 2047-encoded inside the "
        "quoted name/filename parameters (Gmail style); the writer apologises for being late although he is not",
        reports=["تقرير مؤسسة جسور - الاتفاق العالمي للهجرة.docx"])


@message
def algeria_late() -> tuple[Meta, Any, Label]:
    plain = """Bonjour,

Avec un peu de retard (problème de connexion hier soir), voici le rapport
volontaire de l'Association d'Aide aux Migrants et Réfugiés du Hoggar
(AAMRH), Tamanrasset, sur l'application du Pacte mondial dans le Grand Sud
algérien : accès aux soins, refoulements à la frontière et situation des
femmes et des enfants en transit.

Nous espérons qu'il pourra tout de même être pris en compte.

Salutations cordiales,
Dr Karima Benaissa
Présidente de l'AAMRH
Tél. : +213 29 34 18 62
"""
    pdf = tiny_pdf(["Association d'Aide aux Migrants et Refugies du Hoggar (AAMRH)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Tamanrasset, fevrier 2021"],
                   "AAMRH rapport")
    root = mixed(alternative(plain, gmail_html(plain), cte="qp"),
                 attachment(pdf, "application/pdf", "Rapport_AAMRH_Pacte_mondial_migrations_2021.pdf"))
    meta = dict(from_name="AAMRH Tamanrasset", from_email="aamrh.tam@gmail.com", relay="mail-wr1-f45.google.com",
                subject="Rapport volontaire AAMRH (envoi tardif)", received_at=at(2, 17, 9, 12, 36), tz=tz(1), lag=5,
                mid="<CAB8dTq6Lx0Vn3Rs9Kw5Ym2GfPc7Ue1jZb4oHi9M@mail.gmail.com>")
    return meta, root, L(
        "voluntary_report", "fr",
        "late report (17 February, the day after the deadline), which the sender acknowledges; PDF attachment",
        reports=["Rapport_AAMRH_Pacte_mondial_migrations_2021.pdf"])


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = [(fn.__name__, *fn()) for fn in MESSAGES]
    built.sort(key=lambda b: b[1]["received_at"])
    names = {key: f"h24-{i:02d}.eml" for i, (key, *_rest) in enumerate(built, 1)}
    labels = []
    for i, (key, meta, root, label) in enumerate(built, 1):
        name = names[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(i, meta, root))
        rat: dt.datetime = meta["received_at"]
        cat = label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": names[label["thread_of"]] if label["thread_of"] else None,
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout24"))
