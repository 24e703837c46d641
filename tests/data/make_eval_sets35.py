#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout35 (24 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets35.py
Written without reading intake/ or rules/.  Standard library only (DOCX built with zipfile).
Each message is a function returning (envelope meta, MIME root, expected label).
"""
import datetime as dt
import io
import json
import os
import struct
import zipfile
import zlib
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

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
EET = dt.timezone(dt.timedelta(hours=2))


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(20, 90, 160), w=24, h=12):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Document"):
    """Minimal valid one-page PDF, Helvetica, Latin-1 text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word for Office 365) >>" % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_docx(heading, paragraphs=(), rtl=False):
    """Minimal valid WordprocessingML package with fixed timestamps."""
    def para(text, style=None):
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "", "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text, quote=False))
    body = para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:creator>user</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created></cp:coreProperties>'
        % escape(heading, quote=False),
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body>%s<w:sectPr/></w:body></w:document>' % body,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    if charset in ("us-ascii",):
        cs.body_encoding = None
    text = text.replace("\r\n", "\n")
    part = MIMEText(text, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data, ctype, filename, style="2231", inline_cid=None):
    maintype, subtype = ctype.split("/")
    if maintype == "image":
        p = MIMEImage(data, subtype)
    else:
        p = MIMEApplication(data, subtype)
    ascii_name = all(ord(c) < 128 for c in filename)
    disp = "inline" if inline_cid else "attachment"
    if ascii_name:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook style: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail / Thunderbird style: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", "<%s>" % inline_cid)
    return p


def mixed(body, attachments, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in attachments:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


def related(body, images, boundary=None):
    m = MIMEMultipart("related", type="multipart/alternative")
    m.attach(body)
    for i in images:
        m.attach(i)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = []
    for para in text.split("\n\n"):
        blocks.append("<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
    return '<div%s>%s</div>\n' % (d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "table.grid td{border:solid #999 1.0pt;padding:2pt 5pt}--></style></head>\n"
            "<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n</div></body></html>\n"
            % (lang, d, inner))


def paras(text, cls="MsoNormal"):
    out = []
    for para in text.split("\n\n"):
        out.append("<p class=%s>%s</p>" % (cls, "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join("<div class=\"\">%s</div>" % (escape(ln, quote=False) or "<br class=\"\">") for ln in text.split("\n"))
            + "</body></html>\n")


# ----------------------------------------------------------------- envelope
def enc_header(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), email)


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = rat - dt.timedelta(seconds=m.get("lag", 31))
    sent = sent.astimezone(m.get("sender_tz", EET))
    h = []
    h.append("Return-Path: <%s>" % m.get("return_path", m["from_email"]))
    h.append("Delivered-To: " + MAILBOX)
    relay = m.get("relay", "mail." + host)
    h.append("Received: from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (EET)"
             % (relay, relay, m.get("ip", "198.51.100.%d" % (10 + m["n"] * 7)), m["qid"], MAILBOX,
                format_datetime(rat)))
    if m.get("inner_received"):
        h.append(m["inner_received"] % {"date": format_datetime(sent)})
    h.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
             % (m["from_email"].split("@")[1], m["from_email"].split("@")[1]))
    h.append("From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")))
    h.append("To: " + m.get("to", MAILBOX))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    for extra in m.get("extra_headers", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    body = buf.getvalue()
    return ("\r\n".join(h) + "\r\n").encode("ascii") + body


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcA%sQk7VZ1bXn2Q0uRr3yS1w==", "Content-Language: %s"]


def outlook_headers(n, lang):
    return [OUTLOOK[0], OUTLOOK[1] % ("%04d" % (n * 37)), OUTLOOK[2] % lang]


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}



# ================================================================= holdout35 messages
MID_03 = "<000601d6f9c2$5a7e1b20$0f7a5160$@ugtm-confed.example.tn>"
ACK_03 = "<ack.GCM-FR-0017.20210203T1012@gcm-intake.iom.int>"
CALL_MID = "<DB8PR05MB6027A1C3E2F4B5D6E7F80912@DB8PR05MB6027.eurprd05.prod.outlook.com>"


@message
def h35_01():
    plain = """Dear GCM Review Team,

Greetings from the Kerala Pravasi Welfare Forum.

Further to the invitation for the Regional Review of the Global Compact for
Migration in the Arab region, we would like to request a floor intervention
for our General Secretary, Mr. Anil Kumar Menon, in Roundtable 3 (social
inclusion, access to services, remittances and diaspora contributions).

Mr. Menon has been working with Malayali workers in the UAE and Oman for
over twenty years, particularly on wage protection and the return and
reintegration of workers after the pandemic.

Kindly let us know if any further information is needed.

With warm regards,

Shaji Varghese
Secretary (Programmes)
Kerala Pravasi Welfare Forum (KPWF)
P.O. Box 48213, Sharjah, UAE
Mob: +971 50 612 3384
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000b2f7c105ba6c4d21")
    meta = dict(from_name="Shaji Varghese", from_email="kpwf.sharjah@gmail.example.com",
                subject="Request for speaking slot - Roundtable 3 - KPWF",
                received_at=R(2021, 2, 2, 9, 14, 40), sender_tz=tz(4), lag=38,
                mid="<CAM7pXq2Tz0rWk5bNd1YfJ8sHc3LvA4eG6uE9oRi@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Anil Kumar Menon", "General Secretary", "Kerala Pravasi Welfare Forum (KPWF)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="hard-wrapped Gmail prose; the sender (Secretary) nominates the General Secretary with 'Mr.'; "
                       "affiliation written in full only in the signature (with acronym); P.O. Box/Sharjah is an address")
    return meta, root, label


@message
def h35_02():
    plain = """السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

نود إفادتكم برغبة دار الأمان لإيواء العاملات المهاجرات في المشاركة بمداخلة خلال المؤتمر الإقليمي، وفيما يلي البيانات المطلوبة:

1. اسم المتحدثة: فاطمة عبد الله الجودر
2. المسمى الوظيفي: مديرة الدار
3. الجهة: دار الأمان لإيواء العاملات المهاجرات – المنامة
4. نوع المشاركة: مداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين)

مع خالص الشكر والتقدير،

مريم حسن
منسقة البرامج
هاتف: 17 452 390 973+
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000007c1e4a05ba7d0e93")
    meta = dict(from_name="Maryam Hasan", from_email="programs@dar-alaman.example.bh",
                subject="طلب مداخلة - دار الأمان",
                received_at=R(2021, 2, 3, 13, 5, 12), sender_tz=tz(3), lag=41,
                mid="<CAPq1nR8hWz3Ks0dVb7TyL2mFc9xJ4eA5uG6oNi@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فاطمة عبد الله الجودر", "مديرة الدار", "دار الأمان لإيواء العاملات المهاجرات",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="details as a numbered Arabic list; city after a dash in the affiliation line (location, left out); "
                       "ordinal 'الثانية'; the signer (programme coordinator) is not the speaker; From name in Latin script")
    return meta, root, label


@message
def h35_03():
    plain = """Madame, Monsieur,

Suite à l'invitation à l'examen régional du Pacte mondial pour des migrations sûres,
ordonnées et régulières dans la région arabe, l'Union Générale des Travailleurs
Migrants et Frontaliers (UGTMF) souhaite proposer deux intervenants :

- M. Hédi Ben Romdhane, Secrétaire général adjoint, pour une intervention en séance
  plénière ;
- Mme Samia Trabelsi, Responsable du département juridique, pour une intervention
  dans la table ronde n° 1 (voies de migration régulières et travail décent).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations
syndicales.

Lotfi Gharbi
Chargé des relations extérieures
UGTMF - Tunis
Tél. : +216 71 560 224

--
Ce courriel et les documents qui y sont joints sont confidentiels et destinés
exclusivement à leurs destinataires.
"""
    root = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Lotfi Gharbi", from_email="relations.ext@ugtm-confed.example.tn",
                subject="Propositions d'intervenants UGTMF - examen régional PMM",
                received_at=R(2021, 2, 2, 17, 48, 2), sender_tz=tz(1), lag=52, mid=MID_03,
                extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"])
    aff = "Union Générale des Travailleurs Migrants et Frontaliers (UGTMF)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hédi Ben Romdhane", "Secrétaire général adjoint", aff, ["plenary"]),
                           SP("Samia Trabelsi", "Responsable du département juridique", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers of a trade union, one plenary and one roundtable; list items wrapped over two "
                       "lines; latin-1 quoted-printable; signature gives only 'UGTMF - Tunis'")
    return meta, root, label


@message
def h35_04():
    plain = """Dear Sir/Madam,

Kindly find attached the voluntary GCM review report prepared by the National
Committee for Combating Trafficking in Persons, State of Kuwait, as a contribution
to the Regional Review of the Global Compact for Migration in the Arab region.

The report covers the Committee's work in 2019-2020, including the shelter
referral mechanism and the amendments to the domestic workers' law.

Best regards,

Eng. Nasser Al-Mutairi
Rapporteur, National Committee for Combating Trafficking in Persons
Tel: +965 2248 1170

DISCLAIMER: This e-mail and any attachment are intended only for the named
recipient(s) and may contain confidential information. If you have received it
in error, please notify the sender and delete it.
"""
    html = outlook_html(paras(plain), lang="EN-US")
    pdf = tiny_pdf(["National Committee for Combating Trafficking in Persons - State of Kuwait",
                    "Voluntary GCM Review Report 2021", "1. Introduction", "2. Objectives 10 and 11"],
                   title="Voluntary GCM Review - Kuwait NCCTIP")
    root = mixed(alt(plain, html, boundary="_000_AM6PR02MB4417E2_"),
                 [attachment(pdf, "application/pdf", "NCCTIP_Voluntary_GCM_Review_2021.pdf")],
                 boundary="_004_AM6PR02MB4417E2_")
    meta = dict(from_name="Nasser Al-Mutairi", from_email="n.almutairi@ncctip.example.gov.kw",
                subject="Voluntary GCM Review Report - National Committee for Combating Trafficking in Persons",
                received_at=R(2021, 2, 11, 10, 22, 5), sender_tz=tz(3), lag=64,
                mid="<AM6PR02MB4417E2C0A1B7D3E9F5A24C1BE2A0@AM6PR02MB4417.eurprd02.prod.outlook.com>",
                extra_headers=outlook_headers(4, "en-US"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NCCTIP_Voluntary_GCM_Review_2021.pdf"], thread_of=None,
                 notes="government committee report, Outlook with disclaimer; signer's title 'Rapporteur' is not a "
                       "request for the rapporteur role")
    return meta, root, label


@message
def h35_05():
    plain = """السلام عليكم ورحمة الله وبركاته،

تحية طيبة،

مرفق لكم التقرير الطوعي لجمعية الهلال الأحمر في محافظة ظفار حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير خدمات الإغاثة والدعم النفسي المقدمة للعمال المهاجرين خلال جائحة كوفيد-19 وبرامج إعادة الروابط العائلية.

نرجو التكرم بتأكيد الاستلام.

مع التحية،
قسم البرامج والعلاقات الدولية
جمعية الهلال الأحمر - ظفار
"""
    fname = "التقرير الطوعي - الهلال الأحمر ظفار.docx"
    docx = make_docx("التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة",
                     ["جمعية الهلال الأحمر - ظفار", "أولاً: المقدمة", "ثانياً: الخدمات المقدمة للمهاجرين"], rtl=True)
    root = mixed(alt(plain, gmail_html(plain, rtl=True), boundary="000000000000e41a0b05baf31c72"),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)],
                 boundary="000000000000e41a0c05baf31c74")
    meta = dict(from_name="الهلال الأحمر ظفار", from_email="intl.relations@rc-dhofar.example.om",
                subject="التقرير الطوعي للاتفاق العالمي للهجرة",
                received_at=R(2021, 2, 14, 11, 37, 50), sender_tz=tz(4), lag=29,
                mid="<CAK3vY0pQw8Zs7eNh2LcRt5bMx1Fd9gJ4aU6iOk@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="Arabic DOCX file name (RFC 2231) with spaces and a dash; asks for confirmation of receipt")
    return meta, root, label


@message
def h35_06():
    plain = """Bonjour,

Nous avons bien noté que la consultation multipartite aura lieu le 23 février.
Pourriez-vous nous préciser si une interprétation simultanée arabe/français sera
assurée, et à quel moment le lien de connexion sera communiqué aux participants ?

Par ailleurs, faut-il s'inscrire séparément pour les deux journées de la
conférence (24 et 25 février) ?

Merci d'avance,

Claire Dumont
Chargée de mission
Collectif Solidarité Migrants Liban
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Claire Dumont", from_email="c.dumont@csml.example.org",
                subject="Question logistique - interprétation et lien de connexion",
                received_at=R(2021, 2, 9, 15, 3, 44), lag=33,
                mid="<b3f0c2e1-7a54-4d2e-9b61-0e8c4a1f5d27@csml.example.org>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (interpretation, connection link, registration); mentions the consultation "
                       "and conference dates but requests no role")
    return meta, root, label


@message
def h35_07():
    rows = [("Name", "Title", "Organisation", "Requested role"),
            ("Dr. Priya Raghunathan", "Executive Director", "Ethical Recruitment Initiative for the Gulf (ERIG)",
             "Rapporteur (key messages)"),
            ("Mr. Tomás Okafor-Reyes", "Senior Programme Officer", "Ethical Recruitment Initiative for the Gulf (ERIG)",
             "Roundtable 1 - regular pathways and decent work")]
    cells = "\n".join("<tr>%s</tr>" % "".join(
        ("<td><p class=MsoNormal><b>%s</b></p></td>" if i == 0 else "<td><p class=MsoNormal>%s</p></td>")
        % escape(c, quote=False) for c in r) for i, r in enumerate(rows))
    html = outlook_html("""<p class=MsoNormal>Dear colleagues,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you for the invitation to the Regional Review. Please find below the details of the two colleagues we would like to propose as speakers:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=grid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
%s
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Happy to share short bios if useful.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best wishes,</p>
<p class=MsoNormal>Rania</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Rania Aoun</b> | Partnerships Coordinator<br>ERIG | Dubai International Humanitarian City, Office 214<br>+971 4 368 2210 | www.erig.example.org</p>""" % cells)
    plain = """Dear colleagues,

Thank you for the invitation to the Regional Review. Please find below the details of the two colleagues we would like to propose as speakers:

Name\tTitle\tOrganisation\tRequested role
Dr. Priya Raghunathan\tExecutive Director\tEthical Recruitment Initiative for the Gulf (ERIG)\tRapporteur (key messages)
Mr. Tomás Okafor-Reyes\tSenior Programme Officer\tEthical Recruitment Initiative for the Gulf (ERIG)\tRoundtable 1 - regular pathways and decent work

Happy to share short bios if useful.

Best wishes,
Rania

Rania Aoun | Partnerships Coordinator
ERIG | Dubai International Humanitarian City, Office 214
+971 4 368 2210 | www.erig.example.org
"""
    root = alt(plain, html, boundary="_000_DU2PR10MB5190C7A_")
    meta = dict(from_name="Rania Aoun", from_email="rania.aoun@erig.example.org",
                subject="ERIG speakers - Regional Review of the GCM (Arab region)",
                received_at=R(2021, 2, 4, 10, 51, 27), sender_tz=tz(4), lag=70,
                mid="<DU2PR10MB5190C7A3B1E24F6D8A9C0E57B21F@DU2PR10MB5190.eurprd10.prod.outlook.com>",
                extra_headers=outlook_headers(7, "en-US"))
    aff = "Ethical Recruitment Initiative for the Gulf (ERIG)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Priya Raghunathan", "Executive Director", aff, ["rapporteur"]),
                           SP("Tomás Okafor-Reyes", "Senior Programme Officer", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an HTML table (header row, honorifics Dr./Mr. inside the name cells); the "
                       "signer is not a speaker; plain part flattens the table with tabs")
    return meta, root, label


@message
def h35_08():
    plain = """Bonjour,

Je vous transfère ci-dessous la proposition de notre doyen, qui n'a pas pu vous
l'envoyer directement (problème de messagerie). Merci de bien vouloir en tenir compte.

Cordialement,
Inès Kabbaj
Secrétariat de la Clinique

-------- Message transféré --------
Sujet : Proposition d'intervenante - consultation multipartite
Date : Wed, 3 Feb 2021 21:14:06 +0100
De : Pr Abdelhak Tazi <a.tazi@fsjes-univ.example.ma>
Pour : Ines Kabbaj <clinique.droit@fsjes-univ.example.ma>

Chère Inès,

Pouvez-vous transmettre au secrétariat du Pacte mondial (gcmrrarabstates@iom.int)
notre demande : nous souhaitons que Mme Salma Idrissi-Alami, Coordinatrice de la
Clinique juridique des droits des migrants de la Faculté de droit de Rabat,
participe à la discussion ouverte de la consultation multipartite du 23 février.

Merci,
A. Tazi
Doyen
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Clinique juridique - FSJES", from_email="clinique.droit@fsjes-univ.example.ma",
                subject="TR: Proposition d'intervenante - consultation multipartite",
                received_at=R(2021, 2, 4, 9, 2, 18), sender_tz=tz(1), lag=47,
                mid="<6d1b2f8e-3c47-4a90-b5e2-91f0a7c3d8e4@fsjes-univ.example.ma>",
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.0",
                               "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Salma Idrissi-Alami", "Coordinatrice",
                              "Clinique juridique des droits des migrants de la Faculté de droit de Rabat",
                              ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="forwarded (Thunderbird 'Message transféré' block); the dean asks a colleague to pass on the "
                       "nomination; title and affiliation run together ('Coordinatrice de la Clinique ... de la "
                       "Faculté de droit de Rabat': title 'Coordinatrice', the clinic with its faculty as affiliation); "
                       "Rabat is part of the faculty's name; neither the forwarder nor "
                       "the dean is the speaker")
    return meta, root, label


@message
def h35_09():
    plain = """Hello
I want to speak in roundtable 2 about domestic workers in Oman. My name is Grace Nakato, Uganda Migrant Domestic Workers Association (UMDWA). Is it ok?

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", cte=None)
    meta = dict(from_name="Grace Nakato", from_email="gracenakato88@yahoo.example.com", subject="Speaking",
                received_at=R(2021, 2, 5, 19, 26, 3), sender_tz=tz(4), lag=122,
                mid="<5B7E1F02-9C3A-4E8D-A6B4-2D0F8C1E7A93@yahoo.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Grace Nakato", None, "Uganda Migrant Domestic Workers Association (UMDWA)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message on deadline day (Date header reads 21:24 +04:00); no title; "
                       "self-nomination; personal mailbox")
    return meta, root, label


@message
def h35_10():
    call = """Dear partners,

The Regional Review of the Global Compact for Safe, Orderly and Regular
Migration in the Arab region will take place with a multi-stakeholder
consultation on 23 February 2021 and a regional conference on 24-25 February 2021.

Stakeholders wishing to take the floor are invited to indicate, by Friday 5
February 2021, the name, title and organizational affiliation of the speaker and
the requested role: participation in the open discussion of the multi-stakeholder
consultation, delivering key messages as rapporteur, or a floor intervention in
the plenary or in one of the four thematic roundtables.

Best regards,
GCM Regional Review Secretariat
gcmrrarabstates@iom.int"""
    plain = """تحية طيبة،

شكراً على الدعوة. تود منظمة راسان لحقوق العمال المهاجرين (أربيل، إقليم كوردستان العراق) ترشيح السيدة شيلان عمر أحمد، مسؤولة المناصرة في المنظمة، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرّرة خلال الاستشارة يوم 23 شباط.

مع التقدير،
كاروان محمود
المدير التنفيذي
منظمة راسان – أربيل
07504418273 964+

From: GCM Regional Review Secretariat <gcmrrarabstates@iom.int>
Sent: Monday, January 25, 2021 11:02 AM
Subject: Call for speakers - Regional Review of the GCM in the Arab region

%s
""" % call
    html = outlook_html(paras(plain.split("\nFrom: ")[0]), lang="AR-IQ", rtl=True) \
        .replace("</div></body>", "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal>"
                 "<b>From:</b> GCM Regional Review Secretariat &lt;gcmrrarabstates@iom.int&gt;<br><b>Sent:</b> "
                 "Monday, January 25, 2021 11:02 AM<br><b>Subject:</b> Call for speakers - Regional Review of the "
                 "GCM in the Arab region</p></div>" + paras(call) + "</div></body>")
    root = alt(plain, html, boundary="_000_VI1PR08MB3391B2D_")
    meta = dict(from_name="Karwan Mahmood", from_email="director@rasan-mwr.example.krd",
                subject="RE: Call for speakers - Regional Review of the GCM in the Arab region",
                received_at=R(2021, 2, 1, 12, 40, 9), sender_tz=tz(3), lag=58,
                mid="<VI1PR08MB3391B2D0E4F17A6C9D35E8B1C04A@VI1PR08MB3391.eurprd08.prod.outlook.com>",
                in_reply_to=CALL_MID, references=CALL_MID, extra_headers=outlook_headers(10, "ar-IQ"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("شيلان عمر أحمد", "مسؤولة المناصرة",
                              "منظمة راسان لحقوق العمال المهاجرين", ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="Arabic reply above the quoted English call for speakers (which lists every role); honorific "
                       "السيدة; 'بصفة مقرّرة' = rapporteur; the location in parentheses after the "
                       "name is not part of the affiliation; signature shortens it to 'منظمة راسان – أربيل'")
    return meta, root, label


@message
def h35_11():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial élaboré
par l'Association des Égyptiens de la Diaspora pour le Développement (AEDD), fruit
de consultations menées à Paris, Marseille et Alexandrie auprès de migrants et de
familles de migrants.

Nous souhaiterions également que notre présidente, Dr Nevine Aboul-Naga, puisse
intervenir lors de la séance plénière du 24 février.

Nous vous remercions de votre attention.

Bien cordialement,

Karim Mansour
Secrétaire général de l'AEDD
06 72 18 44 90
"""
    fname = "AEDD_rapport_volontaire_PMM_2021.docx"
    docx = make_docx("Rapport volontaire d'examen du Pacte mondial - AEDD",
                     ["Association des Égyptiens de la Diaspora pour le Développement",
                      "1. Contexte", "2. Transferts de fonds et investissement de la diaspora"])
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_5C2E8A41-0B7D-4F93-A6E1-7D3C9B20F481"),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)],
                 boundary="Apple-Mail=_8A10F3D6-2E4B-47C9-B5A2-6F1E0D9C3B72")
    meta = dict(from_name="Karim Mansour", from_email="k.mansour@aedd-diaspora.example.fr",
                subject="Rapport volontaire AEDD + demande d'intervention en plénière",
                received_at=R(2021, 2, 5, 16, 12, 33), sender_tz=tz(1), lag=27,
                mid="<1F6A2D93-8B04-4C7E-9E15-A3B0C5D7E2F8@aedd-diaspora.example.fr>",
                extra_headers=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"])
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Nevine Aboul-Naga", "présidente",
                              "Association des Égyptiens de la Diaspora pour le Développement (AEDD)", ["plenary"])],
                 report_attachments=[fname], thread_of=None,
                 notes="report (DOCX) and a plenary request in one message, both on time (deadline day for the "
                       "speaker part); 'notre présidente, Dr ...' (title before the name, honorific without a dot); "
                       "cities in the report description are not part of the name")
    return meta, root, label


@message
def h35_12():
    plain = """Dear Secretariat,

I have been proposed by my organisation to speak at the regional conference on 24-25
February. Could you please confirm whether the conference will be held in person in
Beirut or online only? If in person, would IOM be able to provide an invitation letter
for the visa application? I hold a Bangladeshi passport and the Lebanese embassy in
Dhaka requires an official invitation.

Many thanks,

Md. Rafiqul Islam
Research Fellow
Bangladesh Returnee Migrants Research Unit (BRMRU)
Dhaka, Bangladesh
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a6d3f905bb1e8c40")
    meta = dict(from_name="Rafiqul Islam", from_email="rafiq.brmru@gmail.example.com",
                subject="Visa / invitation letter for the conference",
                received_at=R(2021, 2, 8, 8, 19, 55), sender_tz=tz(6), lag=36,
                mid="<CAHy6tB0mXq9Lc2zPw4DfR7nVs1Kj8eA3uG5oTi@mail.gmail.com>")
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question from someone 'proposed to speak' (not a speaking request "
                       "itself); signature with name, title and affiliation is not a nomination")
    return meta, root, label


@message
def h35_13():
    plain = """Dear GCM Regional Review team,

On behalf of the 27 member organisations of the Gulf Migrant Rights Network (GMRN),
I am pleased to submit our collective voluntary GCM review report. The report was
drafted through national consultations in Saudi Arabia, Kuwait, Bahrain, Qatar, Oman
and the UAE between October 2020 and January 2021, and reflects the views of
migrant-led groups, community associations and legal aid providers.

The list of contributing organisations is included in Annex 1 of the report.

We remain available for any clarification.

Warm regards,

Deepa Ramesh
Network Coordinator | Gulf Migrant Rights Network (GMRN)
+973 3614 0728 | coordination@gmrn.example.org
"""
    html = outlook_html(paras(plain) + '<p class=MsoNormal><img width=96 height=48 src="cid:image001.png@01D7031A.4B2C9E10" '
                        'alt="GMRN logo"></p>', lang="EN-GB")
    pdf = tiny_pdf(["Gulf Migrant Rights Network (GMRN)", "Collective Voluntary GCM Review Report",
                    "Arab region - February 2021", "Annex 1: Contributing organisations"],
                   title="GMRN collective voluntary GCM review")
    body = related(alt(plain, html, boundary="_000_PR3P195MB0716E_"),
                   [attachment(tiny_png((10, 110, 90)), "image/png", "image001.png",
                               inline_cid="image001.png@01D7031A.4B2C9E10")],
                   boundary="_006_PR3P195MB0716E_")
    root = mixed(body, [attachment(pdf, "application/pdf", "GMRN - Collective Voluntary GCM Review Report (Feb 2021).pdf")],
                 boundary="_007_PR3P195MB0716E_")
    meta = dict(from_name="Deepa Ramesh", from_email="coordination@gmrn.example.org",
                subject="Collective voluntary GCM review report - Gulf Migrant Rights Network",
                received_at=R(2021, 2, 15, 18, 4, 21), sender_tz=tz(3), lag=81,
                mid="<PR3P195MB0716E9A2C4B18D7F3E60A5C2D91B@PR3P195MB0716.EURP195.PROD.OUTLOOK.COM>",
                extra_headers=outlook_headers(13, "en-GB"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["GMRN - Collective Voluntary GCM Review Report (Feb 2021).pdf"], thread_of=None,
                 notes="collective report of a network; inline signature logo (image001.png) is not part of the "
                       "report; file name with spaces and parentheses")
    return meta, root, label


@message
def h35_14():
    plain = """Madame, Monsieur,

J'ai l'honneur de vous faire parvenir, en pièce jointe, la contribution de la
Direction de l'Inspection du Travail et de la Protection Sociale au rapport
volontaire d'examen de la mise en œuvre du Pacte mondial pour les migrations.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Le Directeur de l'Inspection du Travail
Mohamed Salem Ould Bah
Ministère de la Fonction publique, du Travail et de la Modernisation de l'Administration
Nouakchott
"""
    pdf = tiny_pdf(["Direction de l'Inspection du Travail et de la Protection Sociale",
                    "Rapport volontaire - Pacte mondial pour les migrations", "Fevrier 2021"],
                   title="Rapport volontaire PMM - DITPS")
    att = attachment(pdf, "application/octet-stream", "Rapport_PMM_DITPS_fev2021.pdf")
    root = mixed(text_part(plain, "plain", "utf-8", "qp"), [att], boundary="=_alternative 0041A3C2C1258672_=")
    meta = dict(from_name="DITPS Secretariat", from_email="ditps@travail.example.gov.mr",
                subject="Rapport volontaire - Pacte mondial sur les migrations",
                received_at=R(2021, 2, 16, 14, 45, 0), sender_tz=tz(0), lag=140,
                mid="<OF4E2A7B19.3C5D8E01-ON0041A3C2.00258672@travail.example.gov.mr>",
                extra_headers=["X-Mailer: IBM Notes Release 9.0.1FP10 SHF68 February 06, 2018"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_PMM_DITPS_fev2021.pdf"], thread_of=None,
                 notes="PDF sent as application/octet-stream from a ministry's Notes client; deadline day; the "
                       "message calls it a 'contribution ... au rapport volontaire'")
    return meta, root, label


@message
def h35_15():
    plain = """بسم الله الرحمن الرحيم

الإخوة الكرام في أمانة الاستعراض الإقليمي،

السلام عليكم ورحمة الله وبركاته،

نرغب في المشاركة بمداخلة في المائدة المستديرة الثالثة المتعلقة بالإدماج الاجتماعي والحصول على الخدمات الأساسية، لعرض تجربتنا في تقديم الدعم الغذائي والإيواء المؤقت للعمال المهاجرين المتضررين من فقدان العمل خلال الجائحة.

نعتذر عن التأخر في الإرسال.

وجزاكم الله خيراً،

الشيخ عبد الرحمن سعيد الكندي
رئيس مجلس الأمناء
جمعية مسجد النور الخيرية
صحار - سلطنة عُمان
جوال: 99 512 774 968+
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Abdulrahman Al-Kindi", from_email="alnoor.charity@hotmail.example.com",
                subject="طلب مداخلة في المائدة المستديرة الثالثة",
                received_at=R(2021, 2, 7, 20, 11, 39), sender_tz=tz(4), lag=45,
                mid="<DB7P191MB0428C3E1A5B9F2D704E6A8C1B3F0@DB7P191MB0428.EURP191.PROD.OUTLOOK.COM>",
                extra_headers=["X-MS-Has-Attach: ", "Content-Language: ar-OM"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عبد الرحمن سعيد الكندي", "رئيس مجلس الأمناء", "جمعية مسجد النور الخيرية",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="mosque-based charity; speaker is the sender and identified only in the signature, with the "
                       "honorific الشيخ; two days after the speaker deadline (apologises for the delay); base64 body")
    return meta, root, label


@message
def h35_16():
    plain = """Dear Sir or Madam,

The Stella Maris Seafarers' Welfare Mission in the Gulf would like to propose a
speaker for the plenary session of the Regional Conference.

Our Port Chaplain and Welfare Manager, Rev. Joseph Mathew Kallarakkal, has supported
abandoned crews in the ports of Jebel Ali, Khor Fakkan and Sohar for the past eight
years and could speak to the situation of seafarers as a particularly invisible group
of migrant workers under Objectives 6 and 7.

I would be grateful if you could consider this request.

Yours faithfully,

Capt. Ramón D. Villanueva (retd.)
Chairman, Board of Trustees
Stella Maris Seafarers' Welfare Mission in the Gulf
Tel +971 6 528 1190 | Fax +971 6 528 1191
"""
    root = text_part(plain, "plain", "windows-1252", "qp")
    meta = dict(from_name="Ramon Villanueva", from_email="chairman@stellamaris-gulf.example.org",
                subject="Plenary speaker proposal - seafarers",
                received_at=R(2021, 2, 3, 7, 55, 16), sender_tz=tz(4), lag=36,
                mid="<000b01d6f9ea$91c2d4e0$b548c7a0$@stellamaris-gulf.example.org>",
                extra_headers=["X-Mailer: Microsoft Outlook 14.0", "Content-Language: en-gb"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Joseph Mathew Kallarakkal", "Port Chaplain and Welfare Manager",
                              "Stella Maris Seafarers' Welfare Mission in the Gulf", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="nominates someone else; title before the name with 'and' inside; honorific 'Rev.'; "
                       "'in the Gulf' is part of the mission's name; sender's own title/honorific 'Capt.' is a decoy")
    return meta, root, label


@message
def h35_17():
    plain = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمين

تحية طيبة وبعد،

يسر الجهاز المركزي للإحصاء وتقنية المعلومات في مملكة البحرين المشاركة في أعمال الاستعراض الإقليمي، ونرشح لذلك كلاً من:

- الدكتور خالد يوسف المناعي، مدير إدارة الإحصاءات السكانية والاجتماعية، للمشاركة في النقاش المفتوح ضمن الاستشارة متعددة أصحاب المصلحة يوم 23 فبراير.
- السيدة هيا جاسم بوعلاي، رئيسة قسم إحصاءات الهجرة والعمالة، لتقديم مداخلة في المائدة المستديرة الرابعة الخاصة بالبيانات والسياسات القائمة على الأدلة.

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
الجهاز المركزي للإحصاء وتقنية المعلومات
"""
    html = outlook_html(paras(plain), lang="AR-BH", rtl=True)
    root = alt(plain, html, charset="windows-1256", cte="qp", boundary="----=_NextPart_000_01A4_01D6FA8E.3B7C5D20")
    meta = dict(from_name="العلاقات الدولية", from_email="intl.relations@csi.example.gov.bh",
                hdr_charset="windows-1256", subject="ترشيح متحدثين - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=R(2021, 2, 4, 12, 30, 48), sender_tz=tz(3), lag=90,
                mid="<01a401d6fa7d$3b7c5d20$b274f760$@csi.example.gov.bh>", extra_headers=outlook_headers(17, "ar-bh"))
    aff = "الجهاز المركزي للإحصاء وتقنية المعلومات"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد يوسف المناعي", "مدير إدارة الإحصاءات السكانية والاجتماعية", aff,
                              ["open_discussion"]),
                           SP("هيا جاسم بوعلاي", "رئيسة قسم إحصاءات الهجرة والعمالة", aff, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="statistics office nominating two officials (honorifics الدكتور / السيدة) with different roles; "
                       "affiliation in the intro sentence followed by 'في مملكة البحرين' "
                       "(location, left out) and again in the signature; windows-1256")
    return meta, root, label


@message
def h35_18():
    plain = """Bonjour,

Je me permets de vous écrire afin de solliciter une prise de parole lors de la
table ronde 2 (protection des droits humains des migrants), le 24 ou le 25 février.

Je suis Mme Hajar El Fassi, chercheuse indépendante et ancienne juriste
d'ONG, travaillant depuis 2016 sur la détention administrative des migrants
subsahariens au Maghreb.

Avec mes remerciements anticipés,

Hajar El Fassi
+212 6 61 27 93 40
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000003d9e8a05ba8e1f62")
    meta = dict(from_name="Hajar El Fassi", from_email="hajar.elfassi@gmail.example.com",
                subject="Demande de prise de parole - table ronde 2",
                received_at=R(2021, 2, 4, 22, 48, 7), sender_tz=tz(1), lag=33,
                mid="<CAF5uR2kQz7Wm0pLc9NhYt3vBd8Xs1eJ6aG4oEi@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hajar El Fassi", "chercheuse indépendante", None, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="individual without an organisational affiliation ('chercheuse indépendante'; 'ancienne "
                       "juriste d'ONG' is past and unnamed); self-introduction with 'Je suis Mme ...'")
    return meta, root, label


@message
def h35_19():
    ack = """Madame, Monsieur,

Nous accusons réception de votre demande de prise de parole du 2 février 2021
(référence GCM-FR-0017). Elle sera examinée par le comité d'organisation et
une réponse vous sera communiquée avant la consultation.

Secrétariat de l'examen régional du Pacte mondial sur les migrations"""
    plain = """Bien reçu, merci beaucoup.

Bonne journée,
Lotfi Gharbi
UGTMF

Le 03/02/2021 à 10:12, gcmrrarabstates@iom.int a écrit :
%s
""" % quote(ack)
    root = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Lotfi Gharbi", from_email="relations.ext@ugtm-confed.example.tn",
                subject="RE: Accusé de réception - demande de prise de parole (GCM-FR-0017)",
                received_at=R(2021, 2, 3, 11, 26, 40), sender_tz=tz(1), lag=39,
                mid="<000e01d6fa26$b81f3a90$28a5afb0$@ugtm-confed.example.tn>",
                in_reply_to=ACK_03, references="%s %s" % (MID_03, ACK_03),
                extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h35-03.eml",
                 notes="thank-you in reply to our acknowledgement of h35-03, adds nothing new: must not be "
                       "acknowledged; the quoted acknowledgement mentions a speaking request")
    return meta, root, label


@message
def h35_20():
    plain = """مرحباً،

نرفق لكم تقريرنا الطوعي حول مساهمة التقنيات المالية في خفض تكلفة التحويلات المالية للعمال المهاجرين (الهدف 20 من الاتفاق العالمي)، مع بيانات من مستخدمي تطبيقنا في السعودية والكويت ومصر.

نعتذر عن التأخير بيوم واحد، ونأمل أن يتسنى لكم أخذه بعين الاعتبار.

تحياتي،
ليلى الشمري
الشريك المؤسس والرئيسة التنفيذية
حوالة+ للتقنيات المالية
الرياض
"""
    fname = "تقرير حوالة بلس - الاتفاق العالمي للهجرة.pdf"
    pdf = tiny_pdf(["Hawala Plus Fintech - Voluntary GCM Review Report", "Objective 20: Remittances",
                    "February 2021"], title="Hawala Plus GCM report")
    root = mixed(alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f3b81205bb8a4c19"),
                 [attachment(pdf, "application/pdf", fname, style="2047")],
                 boundary="000000000000f3b81405bb8a4c1b")
    meta = dict(from_name="Layla Al-Shammari", from_email="layla@hawalaplus.example.sa",
                subject="التقرير الطوعي - حوالة+",
                received_at=R(2021, 2, 17, 9, 12, 5), sender_tz=tz(3), lag=30,
                mid="<CAJt4nW9pXz2Lk7eQb0YcR5mFs3Vd1gA8uH6oPi@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="remittance start-up; report received the morning after the report deadline (late, says so); "
                       "Arabic PDF file name as RFC 2047 encoded words inside the quoted parameter")
    return meta, root, label


@message
def h35_21():
    plain = """Bonjour à toute l'équipe,

Je souhaiterais intervenir dans la table ronde III (inclusion sociale, accès aux
services de base) ou, à défaut, dans la table ronde 2, pour porter la voix des
travailleuses domestiques migrantes au Liban, en particulier celles qui se sont
retrouvées sans emploi ni papiers depuis l'explosion du port.

Merci de me tenir informée.

Aminata Diop
Présidente
Alliance des Travailleuses Migrantes au Liban (ATML)
Beyrouth - +961 70 318 662
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_E0B7C2A9-5D31-4F8E-9A62-1C4D7B3E8F05")
    meta = dict(from_name="Aminata Diop", from_email="atml.liban@gmail.example.com",
                subject="Intervention table ronde",
                received_at=R(2021, 2, 1, 19, 40, 58), lag=22,
                mid="<7C3E9A15-4B2D-4E8F-B6A1-0D5F2C8E9B37@gmail.example.com>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Aminata Diop", "Présidente", "Alliance des Travailleuses Migrantes au Liban (ATML)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led organisation; self-request with name, title and affiliation only in the "
                       "signature; first choice 'table ronde III', fallback roundtable 2; 'au Liban' is part of the name")
    return meta, root, label


@message
def h35_22():
    html = outlook_html("""<p class=MsoNormal dir=RTL>السادة المسؤولون عن تنظيم الاستعراض الإقليمي للاتفاق العالمي للهجرة،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>تحية طيبة وبعد،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>تتشرف رابطة العائدين المصريين من الخليج بترشيح <b>الأستاذ محمود فتحي عبد العال</b>، نائب رئيس مجلس الإدارة، لإلقاء مداخلة باسم الرابطة في إحدى الجلسات العامة للمؤتمر الإقليمي يومي 24 و25 فبراير، حول إعادة إدماج العمال العائدين وحماية حقوقهم التأمينية.</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>وتفضلوا بقبول وافر الاحترام،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL><b>سامح عبد الحميد</b><br>مدير المكتب التنفيذي<br>رابطة العائدين المصريين من الخليج<br>القاهرة – ت: 27 356 418 2 20+</p>
<p class=MsoNormal><span style="font-size:8.0pt;color:gray">This message is confidential. If you received it by mistake, please delete it.</span></p>""",
                        lang="AR-EG", rtl=True)
    root = text_part(html, "html", "utf-8", "b64")
    meta = dict(from_name="Sameh Abdelhamid", from_email="exec.office@egy-returnees.example.eg",
                subject="ترشيح متحدث في الجلسة العامة",
                received_at=R(2021, 2, 5, 11, 7, 26), lag=61,
                mid="<AS8P193MB1285D4A7C2E9B01F3E6C5A8D2B71@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>",
                extra_headers=outlook_headers(22, "ar-EG"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود فتحي عبد العال", "نائب رئيس مجلس الإدارة", "رابطة العائدين المصريين من الخليج",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook (base64), no text/plain part; honorific الأستاذ; 'إحدى الجلسات العامة' = "
                       "plenary; English disclaimer; sender (office director) is not the speaker")
    return meta, root, label


@message
def h35_23():
    plain = """Dear colleagues,

Apologies for the late submission, I only just saw the call. WFP would be keen to
contribute to the roundtable on regular pathways, decent work and the drivers of
migration (Roundtable 1).

Our proposed speaker is Ms. Ingrid Solberg, Head of Programme, World Food Programme
(WFP) Iraq Country Office. She leads our work on livelihoods and resilience for
returnees and host communities in Ninewa and Anbar.

Please let me know whether this is still possible.

Best,
Omar

Omar Haddadin
Partnerships Officer
WFP Iraq | Baghdad
Mobile: +964 780 911 4402

World Food Programme - Saving Lives, Changing Lives
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="_000_VI1P190MB0351A2E_")
    meta = dict(from_name="Omar HADDADIN", from_email="omar.haddadin@wfp.example.org",
                subject="Speaker proposal - Roundtable 1 (WFP)",
                received_at=R(2021, 2, 6, 8, 15, 42), sender_tz=tz(3), lag=55,
                mid="<VI1P190MB0351A2E8C4D7B09F1E3A6C5D2B8E@VI1P190MB0351.EURP190.PROD.OUTLOOK.COM>",
                extra_headers=outlook_headers(23, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ingrid Solberg", "Head of Programme", "World Food Programme (WFP) Iraq Country Office",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="UN agency country office; the morning after the speaker deadline (late); affiliation wrapped "
                       "over two lines; signature's 'WFP Iraq | Baghdad' is a shorter form")
    return meta, root, label


@message
def h35_24():
    plain = """السلام عليكم،

هل يمكن تزويدنا بجدول أعمال المؤتمر الإقليمي (24-25 فبراير) والاستشارة متعددة أصحاب المصلحة، مع توقيت الجلسات وأسماء الموائد المستديرة؟ نرغب في متابعة الجلسات مع طلاب الماجستير في القانون الدولي.

شكراً جزيلاً

د. رنا العبيدي
كلية القانون - جامعة الكوفة

أُرسلت من هاتفي Huawei"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Rana Al-Obaidi", from_email="rana.alobaidi@uokufa.example.edu.iq",
                subject="طلب جدول الأعمال",
                received_at=R(2021, 2, 12, 21, 3, 17), sender_tz=tz(3), lag=48,
                mid="<a8c41e3f-2b97-4d05-8e16-5f7a0c9d2b63@uokufa.example.edu.iq>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda, written on a phone; mentions the roundtables and sessions but asks for "
                       "no speaking role")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    sd, rd = R(2021, 2, 5, 23, 59, 59), R(2021, 2, 16, 23, 59, 59)
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = "4F%s%02d%s" % ("Hb35", i, "kW2x")
        name = "h35-%02d.eml" % i
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat = label["category"]
        rat = meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout35"), MESSAGES)
