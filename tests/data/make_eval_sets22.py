#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout22 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets22.py
Written without reading intake/ or rules/.  The emphasis is conversation: a week of this mailbox as
threads (a speaker request completed after the organisers ask for the title, a replaced speaker, a
withdrawal, a report and its corrected version, a thank-you to an acknowledgement, replies to the
organisers' call and reminder).  Each message is a function returning (envelope, MIME tree, label).
"""
import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
ORGANISERS = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"
EET = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=EET)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=EET)

Label = dict[str, Any]
Built = tuple[dict[str, Any], Any, Label]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=EET)


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + ["(%s) Tj T*" % esc(ln) for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (LibreOffice 7.0) /CreationDate (D:20210201090000+02'00') >>"
         % esc(title)).encode("latin-1"),
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
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps: reproducible bytes)."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>user</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, rpr, escape(p))
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                           ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    return MIMEText(text.replace("\r\n", "\n"), subtype, cs)


def alt(plain: str, html: str, charset: str = "utf-8", cte: str = "qp", boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", inline: bool = False) -> MIMEApplication:
    p = MIMEApplication(data, ctype.split("/")[1])
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook: encoded words inside the quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Thunderbird / Gmail / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    return p


def mixed(body: Any, parts: list[Any], boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in parts:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(text: str, rtl: bool = False) -> str:
    """Gmail-like HTML; lines starting with '>' become a gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    own, quoted = [], []
    for line in text.split("\n"):
        (quoted if (line.startswith(">") or quoted) else own).append(line)
    blocks = ["<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n"))
              for para in "\n".join(own).strip("\n").split("\n\n")]
    out = "<div%s>%s</div>" % (d, "<div><br></div>".join(blocks))
    if quoted:
        lines = [ln[1:].lstrip(" ") if ln.startswith(">") else ln for ln in quoted]
        out += ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % "<br>".join(escape(ln, quote=False) for ln in lines))
    return out + "\n"


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>"
            "</head>\n<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n"
            "</div></body></html>\n" % (lang, d, inner))


def paras(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        out.append("<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join("<div class=\"\">%s</div>" % (escape(ln, quote=False) or "<br class=\"\">")
                      for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


def outlook_quote(from_: str, sent: str, to: str, subject: str, body: str, cc: str | None = None) -> str:
    head = "From: %s\nSent: %s\nTo: %s\n" % (from_, sent, to)
    if cc:
        head += "Cc: %s\n" % cc
    return "________________________________\n" + head + "Subject: %s\n\n%s" % (subject, body)


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
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), email)


def render(m: dict[str, Any], root: Any) -> bytes:
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", EET))
    relay = m.get("relay", "mail." + host)
    h = [
        "Return-Path: <%s>" % m["from_email"],
        "Delivered-To: " + MAILBOX,
        "Received: from %s (%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
        % (relay, relay, 20 + m["n"] * 9, m["qid"], MAILBOX, format_datetime(rat)),
        "Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
        % (host, host),
        "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
        "To: " + m.get("to", MAILBOX),
    ]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("extra_headers", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook_headers(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dRk2VZ1cXn3Q0uTr8yS2w==" % (n * 41),
            "Content-Language: " + lang]


# ----------------------------------------------------------------- Message-IDs (threads)
MID = {
    1: "<AM6PR02MB4471C3E0A2B7D91F5E6A0C12B9B50@AM6PR02MB4471.eurprd02.prod.outlook.com>",
    4: "<AM6PR02MB44718F13C5D0E2A7B4C9F061B9B40@AM6PR02MB4471.eurprd02.prod.outlook.com>",
    5: "<d41f7c2e-8a3b-4e61-9c05-77e1b2a9f3d4@rjm-anmo.example.org>",
    8: "<000d01d6fa41$3e5a7b20$bb0f7160$@bcmes.example.tn>",
    19: "<6b0e2d95-31c4-4f7a-a8e2-0c9d5b1f7e28@rjm-anmo.example.org>",
    20: "<001301d6ff8b$9a2c4e10$ce86ea30$@mpdf.example.ps>",
    21: "<5C1E9A7D-0B3F-4C28-9E16-A47D2F60B8E3@bdic-gulf.example.org>",
}
Q_ORG_04 = "<AM0PR08MB3025E6A1B4C7D9F2A0E3B8C5D1F40@AM0PR08MB3025.eurprd08.prod.outlook.com>"
REMINDER_10 = "<AM0PR08MB30257B9D2E4F6A1C3B5D7E9F0A1B20@AM0PR08MB3025.eurprd08.prod.outlook.com>"
CALL_AR = "<AM0PR08MB3025A0C1E2F3B4D5C6E7F8A9B0C1D2@AM0PR08MB3025.eurprd08.prod.outlook.com>"
THREAD_13 = "<5f2a8c91-7d3e-4b06-b1f4-2e9c0a6d8b37@mgmws.example.org>"
ORG_13 = "<AM0PR08MB30252C4E6A8B0D2F4A6C8E0B2D4F60@AM0PR08MB3025.eurprd08.prod.outlook.com>"
ACK_20 = "<ack.GCM-AR-0117.20210210T1031@gcm-intake.iom.int>"

MESSAGES: list[Callable[[], Built]] = []


def message(fn: Callable[[], Built]) -> Callable[[], Built]:
    MESSAGES.append(fn)
    return fn


# ================================================================= the week's mail
AGMTUC = "Arab Gulf and Mashreq Trade Union Confederation (AGMTUC)"
BODY_01 = """Dear Sir/Madam,

Greetings from the Arab Gulf and Mashreq Trade Union Confederation (AGMTUC).

With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab
region, the Confederation would like to nominate Brother Yousif Abdulla Al-Mahrous to take the floor
during the plenary session of the Regional Review Conference (24-25 February 2021).

Brother Yousif has followed the GCM process on behalf of our affiliated unions since 2018 and will speak
on the situation of migrant workers under the kafala system and on access to social protection.

We remain at your disposal for any further information.

Best regards,

Rania Khoury
Executive Assistant
Arab Gulf and Mashreq Trade Union Confederation (AGMTUC)
Manama, Kingdom of Bahrain
Tel: +973 1729 4410 | Fax: +973 1729 4411

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If
you have received it in error please notify the sender and delete it. AGMTUC accepts no liability for
any damage caused by viruses transmitted by this e-mail."""


@message
def h22_01() -> Built:
    root = alt(BODY_01, outlook_html(paras(BODY_01), "EN-GB"), boundary="_000_AM6PR02MB4471C3E0A2B7D91F5E6A0C12B9B50_")
    meta = dict(from_name="Rania Khoury", from_email="r.khoury@agmtuc.example.org",
                subject="Speaker nomination - AGMTUC - GCM Regional Review", received_at=R(2, 1, 9, 47, 12),
                sender_tz=tz(3), lag=41, relay="mail-am6eur02on2071.outbound.protection.outlook.com", mid=MID[1],
                extra_headers=outlook_headers(1, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Yousif Abdulla Al-Mahrous", None, AGMTUC, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="nominated by an executive assistant (her title is in the signature, not his); trade-union "
                       "honorific 'Brother' is not part of the name; the speaker's title is missing (the organisers "
                       "ask for it, completed in h22-04); affiliation by reference ('the Confederation')")
    return meta, root, label


@message
def h22_02() -> Built:
    plain = """السلام عليكم ورحمة الله،

تحية طيبة من إربد،

اطلعنا على دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، ونودّ كمبادرة
يقودها شباب لاجئون أن يكون لنا صوت في النقاش المفتوح خلال المشاورة مع أصحاب المصلحة المتعددين يوم
23 شباط/فبراير. سأتولى المداخلة بنفسي، وسأركز على تجربة الشباب اللاجئين في الوصول إلى التعليم والعمل.

نرجو إعلامنا إن كانت هناك أي معلومات إضافية مطلوبة.

مع خالص الشكر والتقدير،

--
أحمد ياسين الحمصي
منسق البرامج الشبابية
مبادرة جسور للشباب اللاجئين
إربد - الأردن
جوال: +962 79 418 2637
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000004a7e1b05ba45c3d2")
    meta = dict(from_name="Ahmad Yassin", from_email="ahmad.yassin.jusoor@gmail.example.com",
                subject="طلب المشاركة في النقاش المفتوح", received_at=R(2, 1, 14, 5, 38), lag=6,
                relay="mail-wr1-f44.google.com", mid="<CAK7pQ2rT9vW0xY1zA2bC3dE4fG5hJ6kL7mN8pQ9rS0t@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أحمد ياسين الحمصي", "منسق البرامج الشبابية", "مبادرة جسور للشباب اللاجئين",
                              ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="the sender proposes himself ('سأتولى المداخلة بنفسي'); name, title and affiliation only in the "
                       "signature; From display name is a shorter Latin-script form of the name; hard-wrapped "
                       "Arabic prose; personal webmail")
    return meta, root, label


@message
def h22_03() -> Built:
    plain = """Madame, Monsieur,

Au nom de la Plateforme des ONG comoriennes pour la migration et le développement (PONAC-MD), j'ai
l'honneur de vous transmettre ci-joint notre rapport volontaire d'examen de la mise en œuvre du Pacte
mondial pour des migrations sûres, ordonnées et régulières aux Comores.

Ce rapport est le fruit d'un travail collectif de nos onze organisations membres de Grande Comore,
d'Anjouan et de Mohéli, ainsi que de deux associations de la diaspora comorienne à Marseille et à
Mayotte. Il porte en particulier sur les objectifs 7, 8, 19 et 21.

Nous vous remercions de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Saïd Ahmed Mohamed
Coordinateur national
PONAC-MD
Moroni, Union des Comores
Tél. : +269 773 45 18
"""
    pdf = tiny_pdf(["Plateforme des ONG comoriennes pour la migration et le developpement (PONAC-MD)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Rapport collectif de 11 organisations membres et 2 associations de la diaspora",
                    "1. Contexte national", "2. Objectifs 7, 8, 19 et 21", "3. Recommandations"],
                   "Rapport volontaire PONAC-MD")
    root = mixed(text_part(plain, "plain", "utf-8", "qp"),
                 [attachment(pdf, "application/pdf", "Rapport_volontaire_PMM_Comores_PONAC-MD_février2021.pdf")],
                 boundary="------------9C1A3E5B7D0F2A4C6E8B0D2F")
    meta = dict(from_name="Saïd Ahmed Mohamed", from_email="coordination@ponac-md.example.km",
                subject="Rapport volontaire - PONAC-MD (Comores)", received_at=R(2, 2, 10, 20, 4), sender_tz=tz(3),
                lag=17, mid="<e2a7c5d1-9b44-4f0a-8d63-1c7b9e2f4a60@ponac-md.example.km>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_Comores_PONAC-MD_février2021.pdf"], thread_of=None,
                 notes="collective report of a national platform (11 members + 2 diaspora associations); Thunderbird; "
                       "accented PDF name in RFC 2231; the signer's title is not a speaker request")
    return meta, root, label


@message
def h22_04() -> Built:
    org_q = """Dear Ms Khoury,

Thank you for your message and for the nomination. To complete the speakers' list, could you please let
us know the title / position of Mr Al-Mahrous within the Confederation?

Kind regards,
GCM Regional Review Secretariat
IOM Regional Office for the Middle East and North Africa"""
    plain = ("""Dear colleagues,

Apologies for the omission. The title is: Assistant General Secretary for Migrant Workers and Equality.

Please let me know if anything else is needed.

Best regards,
Rania

Rania Khoury
Executive Assistant
Arab Gulf and Mashreq Trade Union Confederation (AGMTUC)
Tel: +973 1729 4410

""" + outlook_quote(ORGANISERS, "Tuesday, February 2, 2021 11:05 AM", "Rania Khoury <r.khoury@agmtuc.example.org>",
                    "RE: Speaker nomination - AGMTUC - GCM Regional Review", org_q)
        + "\n\n" + outlook_quote("Rania Khoury <r.khoury@agmtuc.example.org>", "Monday, February 1, 2021 10:46 AM",
                                 MAILBOX, "Speaker nomination - AGMTUC - GCM Regional Review", BODY_01))
    root = alt(plain, outlook_html(paras(plain), "EN-GB"), boundary="_000_AM6PR02MB44718F13C5D0E2A7B4C9F061B9B40_")
    meta = dict(from_name="Rania Khoury", from_email="r.khoury@agmtuc.example.org",
                subject="RE: Speaker nomination - AGMTUC - GCM Regional Review", received_at=R(2, 2, 15, 31, 9),
                sender_tz=tz(3), lag=38, relay="mail-am6eur02on2062.outbound.protection.outlook.com", mid=MID[4],
                in_reply_to=Q_ORG_04, references="%s %s" % (MID[1], Q_ORG_04),
                extra_headers=outlook_headers(4, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Yousif Abdulla Al-Mahrous", "Assistant General Secretary for Migrant Workers and Equality",
                              AGMTUC, ["plenary"])],
                 report_attachments=[], thread_of="h22-01.eml",
                 notes="completes h22-01 after the organisers asked for the title ('The title is: ...'); the name, "
                       "affiliation and plenary role are only in the quoted Outlook thread (not '>'-prefixed); the "
                       "sender's own title in her signature must not be taken for the speaker's")
    return meta, root, label


RJM = "Réseau des journalistes pour les migrations en Afrique du Nord et au Moyen-Orient (RJM-ANMO)"
BODY_05 = """Bonjour,

Le Réseau des journalistes pour les migrations en Afrique du Nord et au Moyen-Orient (RJM-ANMO)
souhaite prendre part à la Conférence d'examen régional des 24 et 25 février. Nous proposons deux
intervenant·e·s :

- comme rapporteure (messages clés des parties prenantes) :
Mme Hanane Berrada / Rédactrice en chef adjointe / RJM-ANMO

- pour une intervention dans la table ronde thématique n° 2 (droits humains, frontières, traite) :
M. Tarek Belhadj / Journaliste d'investigation, coordinateur du pôle Maghreb / RJM-ANMO

Nous nous sommes inscrits en ligne. Merci de nous confirmer la bonne réception.

Cordialement,
Inès Chebbi
Chargée de communication, RJM-ANMO
+216 98 114 327"""


@message
def h22_05() -> Built:
    root = alt(BODY_05, gmail_html(BODY_05), boundary="000000000000c7e2a905ba5d1e44")
    meta = dict(from_name="Inès Chebbi", from_email="ines.chebbi@rjm-anmo.example.org",
                subject="Demande d'intervention - RJM-ANMO", received_at=R(2, 2, 17, 2, 50), sender_tz=tz(1), lag=9,
                relay="mail-ej1-f51.google.com", mid=MID[5])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hanane Berrada", "Rédactrice en chef adjointe", RJM, ["rapporteur"]),
                           SP("Tarek Belhadj", "Journaliste d'investigation, coordinateur du pôle Maghreb", RJM,
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers as 'Nom / Titre / Organisation' on one line each; the lines only give the "
                       "acronym, the full network name is in the first sentence; rapporteur written 'rapporteure'; "
                       "the sender (communication officer) is not a speaker; withdrawn later (h22-19)")
    return meta, root, label


@message
def h22_06() -> Built:
    plain = """السادة المنظمين للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

تتشرف الجمعية التعاونية لنساء البادية بمطروح بأن ترشح زميلتنا السيدة سالمة عيد القطعاني، منسقة
مشروعات التمكين الاقتصادي بالجمعية، لتقديم مداخلة في المائدة المستديرة الرابعة يوم 24 أو 25 فبراير،
حول أثر هجرة الرجال على النساء في المجتمعات البدوية ودور التعاونيات في دعم الأسر.

والسيدة سالمة في نسخة هذه الرسالة، ويمكنكم التواصل معها مباشرة بخصوص أي ترتيبات.

وتفضلوا بقبول فائق الاحترام،

فاطمة سليمان أبو زيد
رئيسة مجلس الإدارة
الجمعية التعاونية لنساء البادية بمطروح
مرسى مطروح – جمهورية مصر العربية
ت: 0020 46 493 2851
"""
    root = alt(plain, outlook_html(paras(plain), "AR-EG", rtl=True), boundary="_000_DB7PR04MB51862F0A_")
    meta = dict(from_name="فاطمة أبو زيد", from_email="chair@bedouin-women-coop.example.eg",
                cc=addr("سالمة القطعاني", "salma.elkatany@bedouin-women-coop.example.eg"),
                subject="ترشيح متحدثة – المائدة المستديرة الرابعة", received_at=R(2, 3, 11, 14, 26), lag=52,
                mid="<DB7PR04MB51862F0A9C3E1B7D5A4F2E6C8B0D1@DB7PR04MB5186.eurprd04.prod.outlook.com>",
                relay="mail-db8eur05on2049.outbound.protection.outlook.com", extra_headers=outlook_headers(6, "ar-EG"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالمة عيد القطعاني", "منسقة مشروعات التمكين الاقتصادي",
                              "الجمعية التعاونية لنساء البادية بمطروح", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="the chair nominates a colleague who is in Cc (the Cc display name is a shorter form of her "
                       "name); honorific السيدة; title and affiliation hard-wrapped across lines, affiliation by "
                       "reference ('بالجمعية'); roundtable as ordinal word 'الرابعة'")
    return meta, root, label


@message
def h22_07() -> Built:
    plain = """Dear GCM Regional Review Team,

Greetings from Kampala!

Please find attached the voluntary GCM review report of the Uganda Association of Returned Migrant
Workers (UARMW). It documents the experiences of 212 Ugandan women and men who returned from Saudi
Arabia, the UAE, Jordan and Oman between 2018 and 2020, with a focus on recruitment fees, contract
substitution and reintegration.

In addition, we would kindly like to request a floor intervention in Roundtable 1 (regular pathways
and decent work) for our Chairperson, Ms. Grace Namuli Ssekandi, a returnee herself.

Thank you for this opportunity.

Warm regards,

Ivan Okello
Programme Officer, UARMW
Plot 14, Kira Road, Kampala
+256 772 318 904
"""
    docx = tiny_docx(["Uganda Association of Returned Migrant Workers (UARMW)",
                      "Voluntary GCM Review Report - Arab Region, February 2021",
                      "1. Methodology: 212 returnee interviews", "2. Recruitment fees and contract substitution",
                      "3. Reintegration", "4. Recommendations"])
    root = mixed(alt(plain, gmail_html(plain), boundary="000000000000e1a3c505ba6f2b11"),
                 [attachment(docx, DOCX, "UARMW_Voluntary_GCM_Report_Feb2021.docx")],
                 boundary="000000000000e1a3c305ba6f2b13")
    meta = dict(from_name="Ivan Okello", from_email="programmes@uarmw.example.ug",
                subject="UARMW voluntary report + speaker request RT1", received_at=R(2, 3, 16, 40, 2),
                sender_tz=tz(3), lag=11, relay="mail-ed1-f53.google.com",
                mid="<CAF3xZ8kQ1r2s3T4u5V6w7X8y9Z0aB1cD2eF3gH4iJ5k@mail.gmail.com>")
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Grace Namuli Ssekandi", "Chairperson",
                              "Uganda Association of Returned Migrant Workers (UARMW)", ["roundtable"], 1)],
                 report_attachments=["UARMW_Voluntary_GCM_Report_Feb2021.docx"], thread_of=None,
                 notes="report (DOCX) and speaker request in one message, both on time; organisation name "
                       "hard-wrapped across two lines; speaker (Ms., title before the name) is not the sender")
    return meta, root, label


BCMES = "Banque Coopérative Maghrébine de l'Épargne Solidaire (BCMES)"
BODY_08 = """Madame, Monsieur,

En réponse à votre aimable invitation, la Banque Coopérative Maghrébine de l'Épargne Solidaire (BCMES)
souhaite intervenir lors d'une séance plénière de la Conférence régionale, sur le thème des transferts
de fonds des migrants et de l'inclusion financière de leurs familles.

Notre intervenant sera M. Lotfi Gharbi, Directeur des partenariats et de la finance inclusive.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Meriem Jaziri
Direction de la communication institutionnelle
BCMES - 47, avenue Habib Bourguiba, Sousse
Tél. : +216 73 221 905

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses
destinataires. Toute utilisation non conforme à sa destination est interdite. La BCMES décline toute
responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié."""


@message
def h22_08() -> Built:
    root = alt(BODY_08, outlook_html(paras(BODY_08), "FR"), charset="iso-8859-1",
               boundary="----=_NextPart_000_000E_01D6FA52.4F6B8C30")
    meta = dict(from_name="Meriem Jaziri", from_email="m.jaziri@bcmes.example.tn",
                subject="Demande d'intervention en plénière - BCMES", received_at=R(2, 3, 18, 22, 41), sender_tz=tz(1),
                lag=64, mid=MID[8], hdr_charset="iso-8859-1", extra_headers=outlook_headers(8, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Lotfi Gharbi", "Directeur des partenariats et de la finance inclusive", BCMES,
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="cooperative bank; ISO-8859-1; speaker on a separate line after 'M.'; the sender (communication "
                       "department) is not the speaker; long French disclaimer; speaker replaced later (h22-11)")
    return meta, root, label


@message
def h22_09() -> Built:
    rows = [("الاسم", "المنصب", "الجهة", "نوع المشاركة"),
            ("د. كريم جبار الساعدي", "مقرر لجنة الهجرة والمهجرين", "مجلس النواب العراقي",
             "مداخلة في الجلسة العامة")]
    intro = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون

تحية طيبة..

بناءً على توجيه السيد رئيس لجنة الهجرة والمهجرين، نرفق لكم أدناه بيانات ممثل اللجنة الذي يرغب في المشاركة
في أعمال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021:"""
    outro = """مع التقدير

مكتب لجنة الهجرة والمهجرين
مجلس النواب العراقي – بغداد"""
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 dir=rtl style="border-collapse:collapse">'
             + "".join("<tr>%s</tr>" % "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                                              "<p class=MsoNormal>%s</p></td>" % escape(c) for c in r) for r in rows)
             + "</table>")
    html = outlook_html(paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro), "AR-IQ", rtl=True)
    root = text_part(html, "html", "utf-8", "b64")
    meta = dict(from_name="لجنة الهجرة والمهجرين", from_email="migration.committee@parliament.example.iq",
                subject="المشاركة في المؤتمر الإقليمي للاستعراض", received_at=R(2, 4, 9, 5, 33), sender_tz=tz(3),
                lag=75, relay="mail-vi1eur05on2090.outbound.protection.outlook.com",
                mid="<VI1PR07MB6286A5C3E7B9D1F0A2C4E6B8D0F2A4@VI1PR07MB6286.eurprd07.prod.outlook.com>",
                extra_headers=outlook_headers(9, "ar-IQ"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("كريم جبار الساعدي", "مقرر لجنة الهجرة والمهجرين", "مجلس النواب العراقي", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="parliamentary committee; HTML-only message (no text/plain part), details in an "
                       "RTL HTML table with a header row; 'د.' is an honorific; the title contains 'مقرر' (committee rapporteur) but the "
                       "requested role is a plenary intervention; From display name is the committee")
    return meta, root, label


@message
def h22_10() -> Built:
    reminder = """Dear partners,

This is a friendly reminder that requests for speaking roles at the Regional Review of the GCM in the
Arab region must reach gcmrrarabstates@iom.int by Friday 5 February 2021. Please indicate the name,
title and organisational affiliation of the speaker and the session:
- open discussion of the multi-stakeholder consultation (23 February)
- rapporteur delivering the stakeholders' key messages
- floor intervention in the plenary or in one of the four thematic roundtables (24-25 February):
  RT1 regular pathways and decent work; RT2 human rights, border governance and trafficking;
  RT3 social inclusion, access to services, remittances and diaspora; RT4 data, non-discrimination
  and international cooperation.
Voluntary GCM review reports can be sent to the same address until Tuesday 16 February 2021.

With best regards,
GCM Regional Review Secretariat"""
    plain = ("yes RT3 pls - Dr Efua Boateng, Programme Lead, Ghanaian Palliative Care Nurses in the Gulf (GPCN-G)\n\n"
             "Sent from my iPhone\n\n> On 4 Feb 2021, at 11:02, GCM Regional Review Arab States "
             "<gcmrrarabstates@iom.int> wrote:\n>\n" + quote(reminder) + "\n")
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Efua Boateng", from_email="efua.boateng@gpcn-gulf.example.org",
                subject="Re: Reminder: speaking roles at the GCM Regional Review - deadline 5 February",
                received_at=R(2, 4, 12, 48, 7), sender_tz=tz(4), lag=95,
                mid="<A91C3F72-5D0E-4B8A-9E63-2F17C4D8B0A5@gpcn-gulf.example.org>",
                in_reply_to=REMINDER_10, references=REMINDER_10,
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Efua Boateng", "Programme Lead", "Ghanaian Palliative Care Nurses in the Gulf (GPCN-G)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="terse mobile reply to the organisers' reminder (not in this set): 'yes RT3 pls - Dr Name, "
                       "Title, Org' on one line; the quoted reminder lists every role, all roundtables and the "
                       "report deadline; Date header in +04:00")
    return meta, root, label


@message
def h22_11() -> Built:
    plain = ("""Madame, Monsieur,

Suite à un changement dans l'agenda de notre direction, nous vous prions de bien vouloir remplacer
M. Lotfi Gharbi par Mme Sonia Ben Amor, Directrice générale adjointe, pour la même intervention
en plénière.

Avec nos excuses pour ce changement et nos remerciements,

Meriem Jaziri
Direction de la communication institutionnelle
BCMES - 47, avenue Habib Bourguiba, Sousse
Tél. : +216 73 221 905

""" + "-----Message d'origine-----\nDe : Meriem Jaziri <m.jaziri@bcmes.example.tn>\n"
        "Envoyé : mercredi 3 février 2021 17:21\nÀ : gcmrrarabstates@iom.int\n"
        "Objet : Demande d'intervention en plénière - BCMES\n\n" + BODY_08)
    root = alt(plain, outlook_html(paras(plain), "FR"), charset="iso-8859-1",
               boundary="----=_NextPart_000_0021_01D6FB1D.8E0A4C70")
    meta = dict(from_name="Meriem Jaziri", from_email="m.jaziri@bcmes.example.tn",
                subject="RE: Demande d'intervention en plénière - BCMES - changement d'intervenant",
                received_at=R(2, 4, 16, 3, 55), sender_tz=tz(1), lag=58, hdr_charset="iso-8859-1",
                mid="<002101d6fb0f$8e0a4c70$aa1ee550$@bcmes.example.tn>", in_reply_to=MID[8], references=MID[8],
                extra_headers=outlook_headers(11, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Sonia Ben Amor", "Directrice générale adjointe", BCMES, ["plenary"])],
                 report_attachments=[], thread_of="h22-08.eml",
                 notes="'remplacer M. X par Mme Y': only the new speaker counts; role by reference ('la même "
                       "intervention en plénière'); affiliation only in the signature acronym and the quoted "
                       "original ('-----Message d'origine-----'), which still names the old speaker")
    return meta, root, label


@message
def h22_12() -> Built:
    call = """السيدات والسادة ممثلي أصحاب المصلحة،

يسرّ مكتب المنظمة الدولية للهجرة الإقليمي، بالنيابة عن شبكة الأمم المتحدة المعنية بالهجرة، دعوتكم إلى
المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
ويمكن لأصحاب المصلحة طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث
ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، للمشاركة في
النقاش المفتوح للمشاورة، أو كمقرر يعرض الرسائل الرئيسية، أو بمداخلة في الجلسة العامة أو في إحدى
الموائد المستديرة المواضيعية الأربع.
كما ندعوكم إلى إرسال تقارير الاستعراض الطوعية إلى العنوان نفسه.

مع خالص التحية،
أمانة الاستعراض الإقليمي"""
    plain = """مساء الخير،

بالإشارة إلى رسالتكم أدناه، يرغب مركزنا في تقديم مداخلة في المائدة المستديرة رقم ٢ (حماية حقوق الإنسان
للمهاجرين)، وبيانات المتحدثة كالتالي:

الاسم: الأستاذة نورة عبدالله الجودر
المسمى الوظيفي: مستشارة قانونية أولى
الجهة: مركز العون القانوني للعمالة الوافدة

ولكم جزيل الشكر.

حسين المرزوق
مدير البرامج
مركز العون القانوني للعمالة الوافدة – المنامة، البحرين
+973 3394 7720

في الأحد، 31 يناير 2021 في 10:15 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + quote(call) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="00000000000077c10b05ba7d8e90")
    meta = dict(from_name="Hussain Al-Marzooq", from_email="h.almarzooq@lac-migrant.example.bh",
                subject="Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(2, 4, 20, 37, 14), sender_tz=tz(3), lag=8, relay="mail-lj1-f180.google.com",
                mid="<CAN9hT3uV4w5X6y7Z8a9B0c1D2e3F4g5H6i7J8k9L0mN@mail.gmail.com>",
                in_reply_to=CALL_AR, references=CALL_AR)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("نورة عبدالله الجودر", "مستشارة قانونية أولى", "مركز العون القانوني للعمالة الوافدة",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="reply quoting the organisers' Arabic call (with the misprinted 'الجمعة 23 شباط/فبراير' and the "
                       "report call); roundtable in Arabic-Indic digit ('رقم ٢'); honorific الأستاذة in the name line; "
                       "the sender (programme director) is not the speaker; English From display name")
    return meta, root, label


@message
def h22_13() -> Built:
    first = """Dear GCM team,

A quick question before we send anything: can migrant workers themselves take the floor at the
regional review, or only NGO staff? And will there be interpretation into Vietnamese? Many of the
women we work with in Kuwait and Saudi Arabia speak some English but would be more comfortable in
their own language.

Best,
Linh"""
    answer = """Dear Linh,

Thank you for your question. Speaking roles are open to all stakeholders, including migrants and
migrant-led organisations. Interpretation will be available in Arabic, English and French only.
If you wish to request a speaking role, please send us the name, title and organisational
affiliation of the speaker and the session you are interested in, by 5 February 2021.

Kind regards,
GCM Regional Review Secretariat"""
    plain = ("""On 28/01/2021 14:12, GCM Regional Review Arab States wrote:
""" + quote(answer) + """
>
> On 27/01/2021 09:40, Tran Mai Linh wrote:
""" + quote(quote(first)) + """

Dear colleagues,

Thank you for the clarification. After discussing with the group, we would like to propose
Ms. Nguyen Thi Thu Ha, Chair of the Vietnamese Domestic Workers' Mutual Aid Group (Kuwait), as
one of the rapporteurs delivering the stakeholders' key messages. She will speak in English.

Best regards,
Tran Mai Linh
Mekong-Gulf Migrant Workers Solidarity (MGMWS)
Hanoi / Kuwait City
+84 24 3715 6620

""" + "-- \nMGMWS - for safe and fair migration from the Mekong to the Gulf\n")
    root = text_part(plain, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Tran Mai Linh", from_email="linh.tran@mgmws.example.org",
                subject="Re: Question on speaking roles and interpretation", received_at=R(2, 5, 10, 26, 40),
                sender_tz=tz(7), lag=14, mid="<0b8d4e27-6c1a-4f93-9d05-3a7e2c1b8f64@mgmws.example.org>",
                in_reply_to=ORG_13, references="%s %s" % (THREAD_13, ORG_13),
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: en-GB"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Nguyen Thi Thu Ha", "Chair", "Vietnamese Domestic Workers' Mutual Aid Group",
                              ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="bottom-posted: the request is below a two-level '>' quoted thread (a January question and "
                       "the organisers' answer, not in this set); speaker in prose with 'Ms.'; '(Kuwait)' is a "
                       "location, not part of the affiliation; the sender's organisation differs from the "
                       "speaker's; Vietnamese name order; format=flowed")
    return meta, root, label


@message
def h22_14() -> Built:
    plain = """Madame, Monsieur,

La Direction générale de la Diaspora du Ministère des Affaires étrangères et de la Coopération
internationale de l'Union des Comores prévoit de participer à la Conférence régionale des 24 et
25 février 2021.

Pourriez-vous nous préciser si la conférence se tiendra en présentiel à Beyrouth ou en ligne ?
Dans le premier cas, notre délégation (deux personnes, titulaires de passeports diplomatiques
comoriens) aura besoin d'une lettre d'invitation officielle pour la demande de visa auprès de
l'ambassade du Liban. Quels seraient les délais pour l'obtenir ?

Dans l'attente de votre retour, veuillez agréer l'expression de notre haute considération.

Abdallah Msa Ali
Chef du Service des Comoriens de l'Extérieur
Direction générale de la Diaspora – MAECI
Moroni, Union des Comores
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="DG Diaspora - MAECI Comores", from_email="dg.diaspora@maeci.example.km",
                subject="Demande d'information - visa et modalités de participation", received_at=R(2, 5, 13, 10, 22),
                sender_tz=tz(3), lag=31, mid="<20210205141004.7A3C21E0B4@webmail.maeci.example.km>",
                extra_headers=["User-Agent: Roundcube Webmail/1.4.10"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[], thread_of=None,
                 notes="visa / participation modality question from a ministry: names a delegation and the "
                       "conference dates but requests no speaking role")
    return meta, root, label


@message
def h22_15() -> Built:
    plain = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة،

أنا الدكتور ماهر يوسف الحلبي، أستاذ مشارك في علم الاجتماع، أعمل منذ سنوات على دراسات الشتات السوري في
أوروبا وعلاقته بالتنمية في بلدان المنشأ. أرغب في المشاركة في النقاش المفتوح للمشاورة متعددة أصحاب
المصلحة يوم 23 شباط، وتقديم ملاحظات حول مساهمات المغتربين وتحويلاتهم.

أعتذر عن التأخر في الكتابة، وأرجو أن يكون الطلب ما زال ممكناً.

مع الشكر والتقدير،
ماهر الحلبي
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000009f0e4d05ba8e3c11")
    meta = dict(from_name="Maher Al-Halabi", from_email="maher.halabi.research@gmail.example.com",
                subject="طلب مشاركة", received_at=R(2, 5, 21, 54, 3), sender_tz=tz(1), lag=5,
                relay="mail-wm1-f52.google.com", mid="<CAP4sD5fG6h7J8k9L0m1N2o3P4q5R6s7T8u9V0w1X2yZ@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ماهر يوسف الحلبي", "أستاذ مشارك في علم الاجتماع", None, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="first-person prose with honorific الدكتور; no affiliation given (null); the sender apologises "
                       "for writing late but it arrives 21:54 on 5 February Beirut time (Date header +01:00): on time")
    return meta, root, label


@message
def h22_16() -> Built:
    plain = """الإخوة والأخوات في فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين

تحية طيبة وبعد،

نعتذر عن تأخرنا في إرسال طلبنا بسبب انقطاع الإنترنت في صنعاء خلال الأيام الماضية، ونأمل قبوله.
يرغب ملتقى العائدين اليمنيين من دول الخليج في المشاركة بالمتحدثَين التاليين:

1- الأستاذ عبد الرقيب محمد الشرعبي – رئيس الملتقى – مداخلة في الجلسة العامة
2- السيدة أمة الرحمن علي الوصابي – مسؤولة ملف النساء العائدات – المائدة المستديرة الأولى

وتقبلوا خالص التحية والتقدير

عن الملتقى
محمد حسن العديني
السكرتير التنفيذي
ملتقى العائدين اليمنيين من دول الخليج – صنعاء
"""
    root = alt(plain, outlook_html(paras(plain), "AR-YE", rtl=True), charset="windows-1256",
               boundary="----=_NextPart_000_0007_01D6FC6A.1B2C3D40")
    meta = dict(from_name="ملتقى العائدين اليمنيين", from_email="info@yemeni-returnees.example.ye",
                hdr_charset="windows-1256", subject="طلب مشاركة - ملتقى العائدين اليمنيين",
                received_at=R(2, 6, 9, 31, 18), sender_tz=tz(3), lag=120,
                mid="<000701d6fc6a$1b2c3d40$51848dc0$@yemeni-returnees.example.ye>",
                extra_headers=outlook_headers(16, "ar-ye"))
    aff = "ملتقى العائدين اليمنيين من دول الخليج"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عبد الرقيب محمد الشرعبي", "رئيس الملتقى", aff, ["plenary"]),
                           SP("أمة الرحمن علي الوصابي", "مسؤولة ملف النساء العائدات", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February) and says so; two speakers on dash-separated numbered lines with "
                       "honorifics (الأستاذ / السيدة); affiliation only in the intro and signature; windows-1256; "
                       "the signer (executive secretary) is not a speaker")
    return meta, root, label


@message
def h22_17() -> Built:
    plain = """Bonjour,

Je sais que la date limite pour les demandes d'intervention était le 5 février, mais je me permets
tout de même de vous écrire : je souhaiterais intervenir en séance plénière pour porter la voix des
migrants subsahariens installés au Maroc, en particulier des femmes et des étudiants.

Si ce n'est plus possible, merci de nous tenir informés des autres façons de contribuer.

Bien à vous,

Dr. Blessing Adaeze Okafor
Secrétaire générale
Association des Ressortissants Nigérians au Maroc (ARNM)
Hay Nahda, Rabat – Maroc
Tél. : +212 6 61 42 87 30

Envoyé de mon Galaxy
"""
    root = alt(plain, "<div dir=\"auto\">" + "<br>".join(escape(ln) for ln in plain.split("\n")) + "</div>\n",
               boundary="--_com.samsung.android.email_1612703000123456")
    meta = dict(from_name="Blessing Okafor", from_email="blessing.okafor@arnm.example.ma",
                subject="Demande d'intervention (plénière)", received_at=R(2, 7, 14, 2, 26), sender_tz=tz(1), lag=44,
                mid="<k9f2x7.q1w3e5r7t9y2@email.android.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Blessing Adaeze Okafor", "Secrétaire générale",
                              "Association des Ressortissants Nigérians au Maroc (ARNM)", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="late (7 February) and says so; the sender proposes herself ('je souhaiterais intervenir'); "
                       "name, title and affiliation only in the signature, name with 'Dr.'; Samsung mobile client")
    return meta, root, label


@message
def h22_18() -> Built:
    plain = """Dear GCM Regional Review Secretariat,

I hope this finds you well.

Could you please share the draft agenda of the Regional Review Conference (24-25 February), and if
available the concept notes of the four thematic roundtables? Our Regional Bureau is considering which
sessions our colleagues should follow, especially the roundtable on regular pathways and decent work.

Many thanks in advance.

Best regards,

Samira Qassem
Programme Policy Officer (Migration and Social Protection)
WFP Regional Bureau for the Middle East, Northern Africa and Eastern Europe
Cairo, Egypt | +20 2 2528 1730

World Food Programme
Saving Lives, Changing Lives
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="_000_PR3P192MB0843E4C6A8B0D2F4_")
    meta = dict(from_name="Samira QASSEM", from_email="samira.qassem@wfp.example.org",
                subject="Request for agenda and roundtable concept notes", received_at=R(2, 8, 10, 45, 51),
                lag=47, relay="mail-pr3eur01on2121.outbound.protection.outlook.com",
                mid="<PR3P192MB0843E4C6A8B0D2F4A6C8E0B2D4F6@PR3P192MB0843.EURP192.PROD.OUTLOOK.COM>",
                extra_headers=outlook_headers(18, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[],
                 report_attachments=[], thread_of=None,
                 notes="agenda request from a UN agency office; mentions the roundtables and one theme but proposes "
                       "no speaker; long signature with title and office")
    return meta, root, label


@message
def h22_19() -> Built:
    plain = ("""Bonjour,

Je reviens vers vous au sujet de notre demande ci-dessous. Pour des raisons indépendantes de notre
volonté (couverture des élections prévue les mêmes jours), Mme Berrada et M. Belhadj ne pourront
finalement pas être disponibles. Le RJM-ANMO retire donc sa demande d'intervention.

Nous suivrons bien sûr les travaux en ligne et relaierons les messages clés de la conférence.

Toutes nos excuses, et merci pour votre compréhension.

Inès Chebbi
Chargée de communication, RJM-ANMO

Le mar. 2 févr. 2021 à 16:02, Inès Chebbi <ines.chebbi@rjm-anmo.example.org> a écrit :
""" + quote(BODY_05) + "\n")
    root = alt(plain, gmail_html(plain), boundary="00000000000031b9fa05bab8c7d2")
    meta = dict(from_name="Inès Chebbi", from_email="ines.chebbi@rjm-anmo.example.org",
                subject="Re: Demande d'intervention - RJM-ANMO", received_at=R(2, 9, 11, 20, 37), sender_tz=tz(1),
                lag=7, relay="mail-ej1-f49.google.com", mid=MID[19], in_reply_to=MID[5], references=MID[5])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[], thread_of="h22-05.eml",
                 notes="withdrawal of the two-speaker request h22-05: no speaker is proposed any more although the "
                       "quoted original still holds the labelled speaker lines; the secretariat should drop them")
    return meta, root, label


@message
def h22_20() -> Built:
    plain = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

مرفق طيه تقرير الاستعراض الطوعي الذي أعدّه منتدى المغتربين الفلسطينيين للتنمية حول تنفيذ الاتفاق العالمي
من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول بشكل خاص الأهداف 19 و20 و22 (مساهمات المغتربين،
والتحويلات المالية، ونقل الضمان الاجتماعي).

نرجو التكرم بتأكيد الاستلام.

مع التحية،
م. ع.
"""
    docx = tiny_docx(["منتدى المغتربين الفلسطينيين للتنمية",
                      "تقرير الاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة – شباط/فبراير 2021",
                      "أولاً: المنهجية", "ثانياً: الأهداف 19 و20 و22", "ثالثاً: التوصيات"], rtl=True)
    fname = "تقرير الاستعراض الطوعي - منتدى المغتربين الفلسطينيين.docx"
    root = mixed(alt(plain, outlook_html(paras(plain), "AR-SA", rtl=True), boundary="_000_001301d6ff8b_"),
                 [attachment(docx, DOCX, fname, style="2047")], boundary="_004_001301d6ff8b_")
    meta = dict(from_name="Mahmoud Abdelhadi", from_email="m.abdelhadi@mpdf.example.ps",
                subject="تقرير الاستعراض الطوعي - منتدى المغتربين الفلسطينيين للتنمية",
                received_at=R(2, 10, 10, 29, 45), lag=36, mid=MID[20], extra_headers=outlook_headers(20, "ar-SA"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="Arabic DOCX name RFC 2047-encoded inside quoted parameters (Outlook); the sender signs with "
                       "initials only ('م. ع.'), the From display name is in Latin script; thanked for the "
                       "acknowledgement in h22-23")
    return meta, root, label


BDIC = "Bangladesh Diaspora Investment Council - Gulf (BDIC-Gulf)"


@message
def h22_21() -> Built:
    plain = """Dear Colleagues,

On behalf of the Bangladesh Diaspora Investment Council - Gulf (BDIC-Gulf), please find attached our
voluntary GCM review report. The report looks at remittance costs, diaspora bonds and investment
schemes for Bangladeshi workers in the GCC countries (Objectives 19 and 20), based on a survey of
1,140 members and interviews with six remittance service providers.

We would be grateful for an acknowledgement of receipt.

With kind regards,

Md. Rafiqul Islam Chowdhury
Member Secretary
BDIC-Gulf
Doha, Qatar | +974 5531 8842
"""
    pdf = tiny_pdf(["Bangladesh Diaspora Investment Council - Gulf (BDIC-Gulf)",
                    "Voluntary GCM Review Report 2021", "Table 2: Average remittance cost per USD 200 sent",
                    "Objectives 19 and 20"], "BDIC-Gulf GCM Voluntary Report")
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_B3E1C6A9-2D47-4F80-9E15-6A7C3D2B1F0E"),
                 [attachment(pdf, "application/pdf", "BDIC-Gulf_GCM_Voluntary_Report_2021.pdf")],
                 boundary="Apple-Mail=_4A2F7C91-8E3D-4B56-A0C2-9D1E6F3B7A58")
    meta = dict(from_name="Rafiqul Islam Chowdhury", from_email="rafiq.chowdhury@bdic-gulf.example.org",
                subject="Voluntary GCM Review Report - BDIC-Gulf", received_at=R(2, 11, 19, 40, 20), sender_tz=tz(3),
                lag=19, mid=MID[21], extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["BDIC-Gulf_GCM_Voluntary_Report_2021.pdf"], thread_of=None,
                 notes="diaspora investment council; Apple Mail; hard-wrapped body; replaced the next day by a "
                       "corrected version (h22-22)")
    return meta, root, label


@message
def h22_22() -> Built:
    prev = """Dear Colleagues,

On behalf of the Bangladesh Diaspora Investment Council - Gulf (BDIC-Gulf), please find attached our
voluntary GCM review report. [...]"""
    plain = """Dear Colleagues,

Apologies - we noticed that the remittance cost figures in Table 2 of the report sent yesterday were
in BDT instead of USD. Please find attached the corrected version and kindly disregard the earlier
file.

With kind regards,
Rafiq

Md. Rafiqul Islam Chowdhury
Member Secretary, BDIC-Gulf

> On 11 Feb 2021, at 20:40, Rafiqul Islam Chowdhury <rafiq.chowdhury@bdic-gulf.example.org> wrote:
>
""" + quote(prev) + "\n"
    pdf = tiny_pdf(["Bangladesh Diaspora Investment Council - Gulf (BDIC-Gulf)",
                    "Voluntary GCM Review Report 2021 - corrected version (12 February 2021)",
                    "Table 2: Average remittance cost per USD 200 sent (corrected, in USD)",
                    "Objectives 19 and 20"], "BDIC-Gulf GCM Voluntary Report (corrected)")
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_C07D2E8F-1A5B-4C39-8D64-E2F9A1B3C5D7"),
                 [attachment(pdf, "application/pdf", "BDIC-Gulf_GCM_Voluntary_Report_2021_corrected.pdf")],
                 boundary="Apple-Mail=_6E9B1D3F-5A7C-4E20-B8D1-3F5A7C9E1B24")
    meta = dict(from_name="Rafiqul Islam Chowdhury", from_email="rafiq.chowdhury@bdic-gulf.example.org",
                subject="Re: Voluntary GCM Review Report - BDIC-Gulf (corrected version)",
                received_at=R(2, 12, 9, 12, 6), sender_tz=tz(3), lag=21,
                mid="<8D2B4F61-3C7E-4A95-B0D8-1E6F2A9C4B37@bdic-gulf.example.org>", in_reply_to=MID[21],
                references=MID[21], extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["BDIC-Gulf_GCM_Voluntary_Report_2021_corrected.pdf"], thread_of="h22-21.eml",
                 notes="corrected version of h22-21 sent the next day as a reply: replaces the earlier file "
                       "('kindly disregard the earlier file'); only the new PDF is the report")
    return meta, root, label


@message
def h22_23() -> Built:
    ack = """عزيزنا/عزيزتنا،

نشكركم على إرسال تقرير الاستعراض الطوعي. نؤكد استلام الملف المرفق وسيتم إطلاع فريق الاستعراض الإقليمي عليه.

أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية"""
    plain = ("""شكراً جزيلاً على التأكيد، وبالتوفيق في أعمال المؤتمر.

م. ع.

""" + outlook_quote("GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                    "Wednesday, February 10, 2021 10:31 AM", "Mahmoud Abdelhadi <m.abdelhadi@mpdf.example.ps>",
                    "RE: تقرير الاستعراض الطوعي - منتدى المغتربين الفلسطينيين للتنمية", ack))
    root = alt(plain, outlook_html(paras(plain), "AR-SA", rtl=True), boundary="_000_002a01d70118_")
    meta = dict(from_name="Mahmoud Abdelhadi", from_email="m.abdelhadi@mpdf.example.ps",
                subject="RE: تقرير الاستعراض الطوعي - منتدى المغتربين الفلسطينيين للتنمية",
                received_at=R(2, 12, 13, 30, 12), lag=29, mid="<002a01d70118$5c3e7a90$14bb6fb0$@mpdf.example.ps>",
                in_reply_to=ACK_20, references="%s %s" % (MID[20], ACK_20), extra_headers=outlook_headers(23, "ar-SA"))
    label = dict(category="other", language="ar", acknowledge=False, speakers=[],
                 report_attachments=[], thread_of="h22-20.eml",
                 notes="thank-you reply to the service's acknowledgement of h22-20, adding nothing new: must not be "
                       "acknowledged (mail loop); the quoted acknowledgement mentions the voluntary report")
    return meta, root, label


@message
def h22_24() -> Built:
    plain = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire de l'Alliance des Travailleuses Migrantes du Liban (ATML)
sur la mise en œuvre du Pacte mondial. Nous sommes désolées pour le retard : plusieurs de nos membres
ont été malades du Covid et la relecture a pris plus de temps que prévu.

Le rapport a été rédigé par les travailleuses elles-mêmes (Éthiopie, Philippines, Sri Lanka,
Cameroun, Bangladesh), avec l'appui de deux juristes bénévoles.

Merci de votre compréhension,

Rose-Marie Ngo Bassong
pour le comité de coordination de l'ATML
Beyrouth
"""
    pdf = tiny_pdf(["Alliance des Travailleuses Migrantes du Liban (ATML)",
                    "Rapport volontaire - Pacte mondial pour les migrations - fevrier 2021",
                    "Redige par les travailleuses migrantes membres de l'ATML"], "Rapport ATML PMM 2021")
    att = attachment(pdf, "application/octet-stream", "Rapport_ATML_PMM_2021.pdf")
    root = mixed(text_part(plain, "plain", "utf-8", "qp"), [att], boundary="=_7c3f9a1e5b2d8046c1e9f3a7b5d20")
    meta = dict(from_name="Rose-Marie Ngo Bassong", from_email="coordination@atml-liban.example.org",
                subject="Rapport volontaire ATML", received_at=R(2, 17, 8, 15, 33), lag=12,
                mid="<b21e9c7f4a3d6e05f8c1a2b3d4e5f607@webmail.atml-liban.example.org>",
                extra_headers=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_ATML_PMM_2021.pdf"], thread_of=None,
                 notes="late (17 February, the day after the report deadline) and says so; the PDF is sent as "
                       "application/octet-stream (webmail), recognisable by name and content; migrant-led "
                       "collective; sender signs 'pour le comité de coordination'")
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
    for i, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        name = "h22-%02d.eml" % i
        assert fn.__name__ == "h22_%02d" % i, fn.__name__
        meta["n"] = i
        meta["qid"] = "4DbK%02dm7Zq" % i
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
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
    build(os.path.join(HERE, "holdout22"))
