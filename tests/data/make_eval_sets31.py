#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout31 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets31.py
Written without reading intake/ or rules/.  A plain week of the mailbox: 8 Arabic, 8 English, 8 French;
14 speaker requests, 5 voluntary reports, 1 both, 4 other.  Each message is a small record (envelope,
client style, MIME body, attachments) next to its expected label (format of /work/shared/corpus/LABELS.md).
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
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (Microsoft Word for Office 365) >>").encode("latin-1"),
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
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
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
        p.add_header("Content-ID", f"<{inline_cid}>")
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
        blocks.append("<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n"))))
    return '<div{}>{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "table.grid td{border:solid #999 1.0pt;padding:2pt 5pt}--></style></head>\n"
            f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n")


def paras(text, cls="MsoNormal"):
    out = []
    for para in text.split("\n\n"):
        out.append("<p class={}>{}</p>".format(cls, "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))))
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
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), email)


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = rat - dt.timedelta(seconds=m.get("lag", 31))
    sent = sent.astimezone(m.get("sender_tz", EET))
    h = []
    h.append("Return-Path: <{}>".format(m.get("return_path", m["from_email"])))
    h.append("Delivered-To: " + MAILBOX)
    relay = m.get("relay", "mail." + host)
    h.append("Received: from {} ({} [{}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id {}\r\n\tfor <{}>; {} (EET)".format(relay, relay, m.get("ip", f"198.51.100.{10 + m['n'] * 7}"), m["qid"], MAILBOX,
                format_datetime(rat)))
    if m.get("inner_received"):
        h.append(m["inner_received"] % {"date": format_datetime(sent)})
    h.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={};\r\n\tdkim=pass header.d={}".format(m["from_email"].split("@")[1], m["from_email"].split("@")[1]))
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
    return [OUTLOOK[0], OUTLOOK[1] % f"{n * 37:04d}", OUTLOOK[2] % lang]


def make_docx(heading, paragraphs=(), rtl=False):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps: reproducible bytes)."""
    def para(text, style=None):
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>{}{}</w:pPr>".format(f'<w:pStyle w:val="{style}"/>' if style else "",
                                          "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r></w:p>'
    body = para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- the organisers' call (quoted in replies)
CALL_AR = """تدعو المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا أصحاب المصلحة إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
يمكن لأصحاب المصلحة طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.
كما يمكن تقديم التقارير الطوعية لاستعراض الاتفاق العالمي في موعد أقصاه 16 شباط/فبراير 2021.
المائدة المستديرة الأولى: مسارات الهجرة النظامية والعمل اللائق
المائدة المستديرة الثانية: حماية حقوق الإنسان للمهاجرين
المائدة المستديرة الثالثة: الإدماج الاجتماعي والحصول على الخدمات الأساسية
المائدة المستديرة الرابعة: البيانات والتعاون الدولي"""


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


MID_06 = "<CAF3nQ8v_MaliAsso0Tr9kLp2Xw7Yz@mail.gmail.com>"
MID_06_ORG = "<DB8PR03MB5931A7E2C4F1B0D39E2A61C4B7F90@DB8PR03MB5931.eurprd03.prod.outlook.com>"
MID_20 = "<5F1A2C3B.7040809@fondation-tanmia.example.ma>"
ACK_20 = "<ack.GCM-FR-0112.20210212T1030@gcm-intake.iom.int>"


# ================================================================= holdout31 messages
@message
def h31_01():
    plain = """Dear Sir/Madam,

Greetings from Kuwait.

With reference to the invitation for the Regional Review of the Global Compact for
Migration in the Arab region, the Nepali Workers Welfare Forum Kuwait would like to
request a floor intervention in Roundtable 2 (protecting the human rights of migrants).

Name: Sunita Gurung
Title: General Secretary
Organization: Nepali Workers Welfare Forum Kuwait (NWWF-K)

Ms. Gurung has been supporting Nepali domestic workers in shelters and at the embassy
since 2014 and can speak in English.

Thank you and best regards,
Bishnu Thapa
Coordinator, NWWF-K
+965 6612 4087
"""
    body = alt(plain, gmail_html(plain), boundary="0000000000004f5e2a05ba3c1d01")
    meta = dict(from_name="Bishnu Thapa", from_email="nwwf.kuwait@gmail.example.com",
                subject="Speaker request - Roundtable 2 - NWWF Kuwait",
                received_at=R(2021, 2, 1, 9, 14, 22), sender_tz=tz(3), lag=8, relay="mail-wr1-f54.google.com",
                mid="<CAK7pW2rNe9Hq1vZ0tLc4sGm8Yb3Ud6Fj5Xo@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Sunita Gurung", "General Secretary",
                              "Nepali Workers Welfare Forum Kuwait (NWWF-K)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines; the sender (coordinator, in the signature) is not the speaker; 'Kuwait' is part "
                       "of the forum's name; 'Ms.' honorific in the prose; hard-wrapped Gmail text")
    return meta, body, label


@message
def h31_02():
    plain = """سعادة منسّق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترم،

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في المنطقة العربية، يسرّ اللجنة الوطنية لحقوق الإنسان بسلطنة عُمان أن تطلب
إتاحة الفرصة لإلقاء مداخلة في الجلسة العامة للمؤتمر يومي 24 و25 فبراير 2021.

وترشّح اللجنة لهذه المداخلة:
الدكتور سالم بن حمد الحارثي، نائب رئيس اللجنة الوطنية لحقوق الإنسان

وسيتناول في مداخلته جهود اللجنة في رصد أوضاع العمالة الوافدة وتلقي الشكاوى.

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة العلاقات الدولية
اللجنة الوطنية لحقوق الإنسان – مسقط
هاتف: +968 2481 6630

تنويه: هذه الرسالة وما تحويه من مرفقات سرية ومخصصة للمرسل إليه فقط.
"""
    html = outlook_html(paras(plain), lang="AR-SA", rtl=True)
    body = alt(plain, html, charset="windows-1256", cte="qp", boundary="----=_NextPart_000_0031_01D6F88A.1C2B3D40")
    meta = dict(from_name="العلاقات الدولية", from_email="intl.relations@nhrc-oman.example.om",
                hdr_charset="windows-1256", subject="طلب مداخلة في الجلسة العامة - اللجنة الوطنية لحقوق الإنسان",
                received_at=R(2021, 2, 1, 13, 2, 41), sender_tz=tz(4), lag=63,
                mid="<003101d6f87a$1c2b3d40$54819ac0$@nhrc-oman.example.om>",
                extra_headers=outlook_headers(2, "ar-om"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالم بن حمد الحارثي", "نائب رئيس",
                              "اللجنة الوطنية لحقوق الإنسان", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="national human rights institution; honorific الدكتور not part of the name; title written as 'نائب رئيس اللجنة ...' (label keeps the "
                       "title without the organisation); 'بسلطنة عُمان' and '– مسقط' are locations, not part of the affiliation; "
                       "windows-1256 Outlook alternative; sender is a department mailbox")
    return meta, body, label


@message
def h31_03():
    plain = """Madame, Monsieur,

La Clinique juridique des droits des migrants de la Faculté de droit de l'Université
d'Oran souhaite prendre part à l'examen régional du Pacte mondial pour les migrations.

Nous proposons deux intervenants :

1) Pr Amel Bouziane, professeure de droit international public et directrice de la
   clinique, pour la discussion ouverte de la consultation multipartite du 23 février ;
2) M. Yacine Merabet, juriste bénévole à la clinique, pour une intervention dans la
   table ronde thématique n° 2 (protection des droits humains des migrants).

Vous trouverez les coordonnées de la clinique ci-dessous. Nous restons à votre entière
disposition.

Bien cordialement,

Amel Bouziane
Clinique juridique des droits des migrants
Faculté de droit – Université d'Oran
Tél. : +213 41 58 22 07
"""
    body = text_part(plain, "plain", "utf-8", "qp", flowed=False)
    meta = dict(from_name="Amel Bouziane", from_email="a.bouziane@univ-oran.example.dz",
                subject="Examen régional du PMM - proposition de deux intervenants (clinique juridique)",
                received_at=R(2021, 2, 2, 10, 25, 9), sender_tz=tz(1), lag=21,
                mid="<7b1e2d9a-43c6-4f0e-b0c3-aa51d2e0f8c1@univ-oran.example.dz>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    aff = "Clinique juridique des droits des migrants de la Faculté de droit de l'Université d'Oran"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Amel Bouziane", "professeure de droit international public et directrice de la clinique",
                              aff, ["open_discussion"], None),
                           SP("Yacine Merabet", "juriste bénévole à la clinique", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="law faculty legal clinic; two speakers in a numbered list with different roles; honorifics 'Pr' "
                       "and 'M.'; the clinic's full name (hard-wrapped) only in the first sentence, the signature splits "
                       "it over two lines; the sender is also the first speaker; 'table ronde thématique n° 2'")
    return meta, body, label


@message
def h31_04():
    inner = """<p class=MsoNormal>Dear GCM Regional Review team,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The Sri Lanka Migrant Workers&#8217; Association in Kuwait (SLMWA) kindly requests a floor intervention in the first thematic roundtable on regular pathways and decent work. Details of our speaker below:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=grid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal>Mr. Nimal Perera</p></td></tr>
<tr><td><p class=MsoNormal><b>Position</b></p></td><td><p class=MsoNormal>President</p></td></tr>
<tr><td><p class=MsoNormal><b>Organisation</b></p></td><td><p class=MsoNormal>Sri Lanka Migrant Workers&#8217; Association in Kuwait (SLMWA)</p></td></tr>
<tr><td><p class=MsoNormal><b>Session</b></p></td><td><p class=MsoNormal>Roundtable 1</p></td></tr>
<tr><td><p class=MsoNormal><b>Language</b></p></td><td><p class=MsoNormal>English</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Many thanks for your consideration.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Warm regards,</p>
<p class=MsoNormal><b>Dilani Fernando</b><br>Programme Officer | SLMWA<br>Farwaniya, Kuwait<br>Mob: +965 9904 3318</p>"""
    body = text_part(outlook_html(inner), "html", "utf-8", "qp")
    meta = dict(from_name="Dilani Fernando", from_email="dilani.f@slmwa-kw.example.org",
                subject="Request for speaking slot - Roundtable 1",
                received_at=R(2021, 2, 2, 15, 48, 30), sender_tz=tz(3), lag=40,
                mid="<00a201d6f966$2b9c4e10$82d4ea30$@slmwa-kw.example.org>",
                extra_headers=outlook_headers(4, "en-us"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Nimal Perera", "President", "Sri Lanka Migrant Workers\u2019 Association in Kuwait (SLMWA)",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook HTML-only (no text/plain part); details in a two-column table with 'Position'/'Organisation' "
                       "row headers; 'Mr.' in the name cell; typographic apostrophe as an HTML entity (&#8217;); "
                       "the sender (programme officer) is not the speaker")
    return meta, body, label


@message
def h31_05():
    new = """الإخوة الأعزاء في فريق الاستعراض الإقليمي،

السلام عليكم ورحمة الله،

ردًا على دعوتكم أدناه، نرغب في المشاركة في المائدة المستديرة الثالثة (الإدماج الاجتماعي والحصول
على الخدمات الأساسية)، ونرشّح:

الاسم: السيدة إخلاص عثمان الطيب
الصفة: مديرة البيت الآمن
الجهة: دار الأمان لإيواء النساء المهاجرات والناجيات من العنف - الخرطوم

مع خالص الشكر،
منى إبراهيم
مسؤولة البرامج"""
    plain = new + "\n\n\n-----Original Message-----\nFrom: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n" \
        "Sent: Monday, January 25, 2021 10:00 AM\nSubject: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة\n\n" \
        + quote(CALL_AR)
    body = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000c7d8e905ba4e2f77")
    meta = dict(from_name="Mona Ibrahim", from_email="mona.ibrahim@dar-alaman.example.sd",
                subject="RE: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(2021, 2, 2, 19, 30, 12), sender_tz=tz(2), lag=17, relay="mail-ej1-f47.google.com",
                mid="<CAM4hT6pQx0wE2yR8uI3oP5aS7dF9gH1jK@mail.gmail.com>",
                in_reply_to="<invitation.2021-01-25.ar@iom.int>", references="<invitation.2021-01-25.ar@iom.int>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("إخلاص عثمان الطيب", "مديرة البيت الآمن",
                              "دار الأمان لإيواء النساء المهاجرات والناجيات من العنف", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="reply quoting the organisers' Arabic call ('>'-prefixed), which carries the misprinted speaker "
                       "deadline and the voluntary-report call; labelled lines 'الصفة/الجهة'; honorific السيدة in the name "
                       "line; '- الخرطوم' is the location; roundtable as ordinal word 'الثالثة'; English From name")
    return meta, body, label


@message
def h31_06():
    plain = """Bonjour,

L'Association des Ressortissants Maliens en Algérie (ARMA) souhaite participer à la
discussion ouverte de la consultation du 23 février.
Notre intervenant sera M. Bakary Traoré.

Merci de nous confirmer.

Cordialement
Aminata Koné
ARMA - Alger
"""
    body = alt(plain, gmail_html(plain), boundary="000000000000e1f2a305ba5b6c88")
    meta = dict(from_name="Aminata Koné", from_email="arma.algerie@gmail.example.com",
                subject="Participation ARMA consultation 23 février",
                received_at=R(2021, 2, 3, 8, 50, 3), sender_tz=tz(1), lag=11, relay="mail-wm1-f52.google.com",
                mid=MID_06)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Bakary Traoré", None, "Association des Ressortissants Maliens en Algérie (ARMA)",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="diaspora association; the speaker's title is missing (null); the organisers later asked for it "
                       "and the sender answered (see h31-09); 'ARMA - Alger' in the signature: Alger is the location")
    return meta, body, label


@message
def h31_07():
    plain = """Hello,

I work with the social work department of our hospital in Beirut and we were asked by
the hospital administration to follow the regional review conference as observers.

Could you please let us know whether the sessions on 24-25 February will be in person
or online, and whether interpretation into Arabic will be available? We would also need
to know if registration is required in advance, and by which date.

Thanks a lot,

Rita Khoury, LSW
Senior Social Worker
Social Work Department
Saint Elias Medical Center
Tel: +961 1 389 450 ext. 2217

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
addressee(s) and may contain confidential information.
"""
    body = alt(plain, outlook_html(paras(plain)), boundary="_000_VI1PR02MB41123E8A9B0C1D2E3F4A5B6C7D8E9VI1PR02MB4112eurp_")
    meta = dict(from_name="Rita Khoury", from_email="rkhoury@sainteliasmc.example.lb",
                subject="Regional review conference - format and interpretation?",
                received_at=R(2021, 2, 3, 11, 5, 44), lag=52,
                mid="<VI1PR02MB41123E8A9B0C1D2E3F4A5B6C7D8E9@VI1PR02MB4112.eurprd02.prod.outlook.com>",
                extra_headers=outlook_headers(7, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (format, interpretation, registration) from a hospital social work "
                       "department wanting to attend as observers: no speaking role requested despite a full signature")
    return meta, body, label


@message
def h31_08():
    plain = """الأخوة في سكرتارية الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة،

أكتب إليكم نيابةً عن الأستاذ عبد الرحمن ناجي المقطري، رئيس نقابة المعلمين اليمنيين في المهجر،
الذي يتعذّر عليه المراسلة حاليًا بسبب سفره. يرغب الأستاذ عبد الرحمن في أن يُتاح له دور المقرّر
لتقديم الرسائل الرئيسية لأصحاب المصلحة في ختام المشاورة.

للتواصل معه مباشرة: a.almaqtari@ytsd.example.org

مع التقدير،
ياسمين الشرعبي
سكرتيرة المكتب التنفيذي
نقابة المعلمين اليمنيين في المهجر
جوال: +967 77 341 2290
"""
    body = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="ياسمين الشرعبي", from_email="office@ytsd.example.org",
                subject="ترشيح مقرّر - نقابة المعلمين اليمنيين في المهجر",
                received_at=R(2021, 2, 3, 16, 40, 18), sender_tz=tz(3), lag=26,
                mid="<20210203174001.3F2A1C@ytsd.example.org>",
                extra_headers=["X-Mailer: Roundcube Webmail/1.4.9"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عبد الرحمن ناجي المقطري", "رئيس",
                              "نقابة المعلمين اليمنيين في المهجر", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="written on behalf of another person ('نيابةً عن'); honorific الأستاذ; the sender's own title "
                       "(secretary) and phone are in the signature, the speaker's email in the body; role described "
                       "as 'دور المقرّر'")
    return meta, body, label


@message
def h31_09():
    plain = """Bonjour Madame,

Merci pour votre retour. Le titre de M. Traoré est : Secrétaire général de l'ARMA.
Il interviendra bien dans la discussion ouverte du 23 février.

Bonne journée
Aminata

Le mer. 3 févr. 2021 à 15:12, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

> Chère Madame Koné,
>
> Merci pour votre message. Pourriez-vous nous indiquer le titre ou la fonction de
> M. Bakary Traoré ?
>
> Cordialement,
> Secrétariat de l'examen régional
>
> Le mer. 3 févr. 2021 à 09:50, Aminata Koné <arma.algerie@gmail.example.com> a écrit :
>> Bonjour,
>>
>> L'Association des Ressortissants Maliens en Algérie (ARMA) souhaite participer à la
>> discussion ouverte de la consultation du 23 février.
>> Notre intervenant sera M. Bakary Traoré.
>>
>> Merci de nous confirmer.
>>
>> Cordialement
>> Aminata Koné
>> ARMA - Alger
"""
    body = alt(plain, gmail_html(plain), boundary="0000000000001a2b3c05ba6d7e99")
    meta = dict(from_name="Aminata Koné", from_email="arma.algerie@gmail.example.com",
                subject="Re: Participation ARMA consultation 23 février",
                received_at=R(2021, 2, 4, 9, 12, 37), sender_tz=tz(1), lag=9, relay="mail-wm1-f52.google.com",
                mid="<CAF3nQ8v_MaliAsso1Re4kLp2Xw7Yz@mail.gmail.com>",
                in_reply_to=MID_06_ORG, references=MID_06 + "\r\n " + MID_06_ORG)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Bakary Traoré", "Secrétaire général",
                              "Association des Ressortissants Maliens en Algérie (ARMA)", ["open_discussion"], None)],
                 report_attachments=[], thread_of="h31-06.eml",
                 notes="ordinary follow-up conversation: answers the organisers' request for the missing title; "
                       "In-Reply-To is the organisers' reply (not labelled), References carries h31-06; the full "
                       "organisation name is only in the twice-quoted original, the new text says 'de l'ARMA'")
    return meta, body, label


@message
def h31_10():
    plain = """Good afternoon. Please I wish to request to speak in the plenary on 24th Feb on \
behalf of Ghanaian migrants in Lebanon. My name is Kwame Asante Boateng, I am the \
chairman of our community association here. Thank you

Sent from my iPhone"""
    body = text_part(plain, "plain", "us-ascii", cte=None)
    meta = dict(from_name="Kwame Boateng", from_email="kwameboat@yahoo.example.com",
                subject="Speaking request",
                received_at=R(2021, 2, 4, 13, 27, 5), lag=140,
                mid="<3C9E8A21-6B4F-4D7A-9E02-51F7C2A8D3B6@yahoo.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Kwame Asante Boateng", "chairman", None, ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="short message written on a phone; the association is never named ('our community "
                       "association'), so affiliation is null; the From display name drops the middle name")
    return meta, body, label


@message
def h31_11():
    plain = """السادة الكرام،

تحية طيبة،

نود إبلاغكم برغبتنا في المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير،
حيث سأتولى شخصيًا تقديم مداخلة الاتحاد حول أوضاع العمالة المنزلية ونظام الكفالة.

شاكرين تعاونكم

--
فيصل عبد العزيز الرشيدي
مسؤول مكتب العمال المهاجرين
الاتحاد العام لعمال الكويت
ت: +965 2256 1140 | ف: +965 2256 1141
"""
    body = alt(plain, gmail_html(plain, rtl=True), boundary="00000000000077aa88bb05ba7f1c")
    meta = dict(from_name="Faisal Alrashidi", from_email="migrantdesk@gfkw-union.example.kw",
                subject="المشاركة في النقاش المفتوح 23 فبراير",
                received_at=R(2021, 2, 4, 17, 3, 50), sender_tz=tz(3), lag=14,
                mid="<CAG9xM2kL1pQ7rT4vW8yZ0bN3cD5eF6gH@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فيصل عبد العزيز الرشيدي", "مسؤول مكتب العمال المهاجرين", "الاتحاد العام لعمال الكويت",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="trade union confederation's migrant desk; the body only says 'سأتولى شخصيًا' and 'الاتحاد': "
                       "name, title and affiliation are only in the signature ('--' separator); Latin-script From name")
    return meta, body, label


@message
def h31_12():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport d'examen volontaire du Pacte mondial élaboré par notre
fondation, fondé sur le suivi de 120 femmes migrantes subsahariennes accueillies à Casablanca
en 2019-2020.

Par ailleurs, nous souhaiterions intervenir lors de la table ronde 3 (inclusion sociale et
accès aux services de base). Notre intervenante :
- Nom : Khadija El Mansouri
- Fonction : Directrice du pôle accompagnement social
- Organisation : Fondation Tanmia pour l'Inclusion des Migrantes

Avec nos remerciements,

Khadija El Mansouri
Fondation Tanmia pour l'Inclusion des Migrantes
Casablanca, Maroc
"""
    body = alt(plain, apple_html(plain), boundary="Apple-Mail=_4E1B6C2A-9D3F-4A8B-B7E1-0C5D2F9A6E31")
    pdf = tiny_pdf(["Fondation Tanmia pour l'Inclusion des Migrantes",
                    "Rapport d'examen volontaire - Pacte mondial pour les migrations (2021)",
                    "Suivi de 120 femmes migrantes, Casablanca 2019-2020",
                    "1. Acces aux soins ...", "2. Acces au logement ..."], "Rapport volontaire PMM")
    root = mixed(body, [attachment(pdf, "application/pdf", "Rapport_volontaire_PMM_Fondation_Tanmia.pdf")],
                 boundary="Apple-Mail=_9A0C3E21-7B5D-4F6A-8C2E-1D3F5A7B9C04")
    meta = dict(from_name="Khadija El Mansouri", from_email="k.elmansouri@fondation-tanmia.example.ma",
                subject="Rapport volontaire PMM + demande d'intervention (table ronde 3)",
                received_at=R(2021, 2, 5, 11, 20, 15), sender_tz=tz(1), lag=33,
                mid="<A7C1E5F2-3B9D-4E60-8A21-C4D6F8B0E2A1@fondation-tanmia.example.ma>",
                extra_headers=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"])
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Khadija El Mansouri", "Directrice du pôle accompagnement social",
                              "Fondation Tanmia pour l'Inclusion des Migrantes", ["roundtable"], 3)],
                 report_attachments=["Rapport_volontaire_PMM_Fondation_Tanmia.pdf"], thread_of=None,
                 notes="both, on time (5 February); Apple Mail; dashed labelled list with a space before the colon; the "
                       "sender proposes herself; 'Casablanca, Maroc' in the signature is the location")
    return meta, root, label


@message
def h31_13():
    plain = """Dear colleagues,

UNFPA Sudan Country Office would be pleased to contribute to the Regional Review. We would
like to propose two speakers:

- Dr. Elena Marchetti, UNFPA Representative, Sudan - for a floor intervention in the plenary
  session on 24 February;
- Ms. Hawa Abdelrahim Idris, Gender and Humanitarian Programme Specialist - for roundtable
  two on the human rights of migrants, with a focus on GBV services for migrant women
  along the eastern route.

Both are with the United Nations Population Fund (UNFPA) Sudan Country Office.

Best regards,

Tariq Hassan
Partnerships and Communications Associate
UNFPA Sudan | Khartoum
"""
    body = alt(plain, outlook_html(paras(plain)), boundary="_000_AM6PR0102MB3388F1E2D3C4B5A6AM6PR0102MB3388eurp_")
    meta = dict(from_name="Tariq Hassan", from_email="thassan@unfpa.example.org",
                subject="UNFPA Sudan - proposed speakers for the GCM Regional Review",
                received_at=R(2021, 2, 5, 15, 2, 7), lag=19,
                mid="<AM6PR0102MB3388F1E2D3C4B5A6@AM6PR0102MB3388.eurprd01.prod.outlook.com>",
                extra_headers=outlook_headers(13, "en-US"))
    aff = "United Nations Population Fund (UNFPA) Sudan Country Office"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Elena Marchetti", "UNFPA Representative", aff, ["plenary"], None),
                           SP("Hawa Abdelrahim Idris", "Gender and Humanitarian Programme Specialist", aff,
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="UN agency country office; two speakers in a dashed list, each on wrapped lines; honorifics Dr./Ms.; "
                       "', Sudan' after the first title; roundtable as the word 'two'; the fullest affiliation form is "
                       "only in a separate sentence; sender (associate) not a speaker")
    return meta, body, label


@message
def h31_14():
    plain = """Madame, Monsieur,

Au nom du Forum Tunisien des Solidarités Migrantes (FTSM), je souhaite solliciter une prise
de parole pour notre présidente, Mme Hela Ben Ammar, lors de la table ronde n°4 (données et
coopération internationale), et si possible également une courte intervention en plénière.

Mme Ben Ammar est présidente du FTSM et maîtresse de conférences en démographie.

Bien à vous,
Skander Jaziri
Chargé de communication, FTSM
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
            '<p>Madame, Monsieur,</p><p>Au nom du <b>Forum Tunisien des Solidarités Migrantes (FTSM)</b>, je souhaite '
            'solliciter une prise de parole pour notre présidente, <b>Mme Hela Ben Ammar</b>, lors de la <u>table ronde '
            'n°4</u> (données et coopération internationale), et si possible également une courte intervention en '
            'plénière.</p><p>Mme Ben Ammar est présidente du FTSM et maîtresse de conférences en démographie.</p>'
            '<p>Bien à vous,<br>Skander Jaziri<br><i>Chargé de communication, FTSM</i></p></body></html>\n')
    body = alt(plain, html, boundary="------------A1B2C3D4E5F60718293A4B5C")
    meta = dict(from_name="Skander Jaziri", from_email="communication@ftsm.example.tn",
                subject="Demande de prise de parole - FTSM",
                received_at=R(2021, 2, 5, 21, 40, 26), sender_tz=tz(1), lag=12,
                mid="<e3b0c442-98fc-1c14-9afb-f4c8996fb924@ftsm.example.tn>",
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1",
                               "Content-Language: fr-FR"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hela Ben Ammar", "présidente du FTSM et maîtresse de conférences en démographie",
                              "Forum Tunisien des Solidarités Migrantes (FTSM)", ["roundtable", "plenary"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="Thunderbird text+HTML; 'Tunisien' is part of the forum's name; one speaker asking for a "
                       "roundtable ('table ronde n°4') and, secondarily, the plenary; title given in a separate sentence; "
                       "the sender (communication officer) writes on the president's behalf; late evening of deadline day")
    return meta, body, label


@message
def h31_15():
    plain = """مساء الخير،

نعتذر عن التأخر في الإرسال بسبب انقطاع الكهرباء والإنترنت يوم أمس.
نرغب في ترشيح الزميلة رهف الحمصي، مقدّمة برامج ومعدّة في إذاعة صوت المخيم المجتمعية، للمشاركة
في المائدة المستديرة رقم 3 حول الإدماج الاجتماعي، خاصة أنها تعمل منذ سنوات على برامج تخص العمال
السوريين واللاجئين في البقاع.

مع الشكر
جهاد الأحمد
مدير الإذاعة
"""
    body = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="جهاد الأحمد", from_email="radio.sawt.almukhayam@gmail.example.com",
                subject="ترشيح للمائدة المستديرة 3",
                received_at=R(2021, 2, 6, 9, 18, 44), lag=10, relay="mail-lf1-f43.google.com",
                mid="<CAD2kW7mN4pR9tY1uI6oP3aS8dF0gH5jL@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رهف الحمصي", "مقدّمة برامج ومعدّة", "إذاعة صوت المخيم المجتمعية", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February) and says so; community radio; speaker's title and affiliation run "
                       "together in one phrase ('مقدّمة برامج ومعدّة في إذاعة ...'); sender (radio director) is not the "
                       "speaker; plain text only")
    return meta, body, label


@message
def h31_16():
    plain = """Dear Regional Review Secretariat,

Apologies for the late request - we only learned about the review from a partner last week.

The Al Batinah Fishermen's Cooperative Society would like to nominate our chairman,
Mr. Khalfan bin Said Al Mamari, as rapporteur to deliver the stakeholders' key messages.
About 1,400 South Asian crew members work on our members' boats and we believe their voice
is rarely heard in these discussions.

Kind regards,
Ahmed Al Balushi
Secretary
Al Batinah Fishermen's Cooperative Society, Sohar, Sultanate of Oman
Tel +968 2684 0172
"""
    body = alt(plain, outlook_html(paras(plain)), boundary="----=_NextPart_000_0016_01D6FE0B.5E6F7A80")
    meta = dict(from_name="Ahmed Al Balushi", from_email="secretary@batinah-fishcoop.example.om",
                subject="Nomination - rapporteur - GCM Arab Regional Review",
                received_at=R(2021, 2, 8, 12, 0, 35), sender_tz=tz(4), lag=48,
                mid="<001601d6fdfb$5e6f7a80$1b4e6f80$@batinah-fishcoop.example.om>",
                extra_headers=outlook_headers(16, "en-us"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Khalfan bin Said Al Mamari", "chairman", "Al Batinah Fishermen's Cooperative Society",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February), apologises; fishermen's cooperative; 'bin' is part of the Omani name, 'Mr.' "
                       "is not; title only as 'our chairman'; ', Sohar, Sultanate of Oman' is the location")
    return meta, body, label


@message
def h31_17():
    plain = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة

تحية طيبة وبعد،

تجدون مرفقًا التقرير الطوعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
الصادر عن الإدارة العامة لشؤون الإقامة بوزارة الداخلية، ويتضمن الإجراءات المتخذة خلال عامي 2019 و2020
بشأن تنظيم إقامة العمالة الوافدة وتسوية الأوضاع.

وتفضلوا بقبول فائق الاحترام،

الإدارة العامة لشؤون الإقامة
وزارة الداخلية – دولة الكويت
"""
    body = alt(plain, outlook_html(paras(plain), lang="AR-KW", rtl=True), boundary="----=_NextPart_000_0017_01D6FEC4.2A3B4C50")
    pdf = tiny_pdf(["General Department of Residency Affairs - Ministry of Interior",
                    "Voluntary GCM Review Report 2021 (Arabic version)",
                    "Residency regularisation measures 2019-2020 ..."], "Voluntary GCM Review")
    root = mixed(body, [attachment(pdf, "application/pdf", "التقرير الطوعي - الإدارة العامة لشؤون الإقامة.pdf",
                                   style="2047")], boundary="----=_NextPart_000_0018_01D6FEC4.2A3B4C50")
    meta = dict(from_name="الإدارة العامة لشؤون الإقامة", from_email="residency.intl@moi.example.kw",
                subject="التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة",
                received_at=R(2021, 2, 9, 10, 31, 2), sender_tz=tz(3), lag=77,
                mid="<001701d6feb4$2a3b4c50$7f8091a0$@moi.example.kw>", extra_headers=outlook_headers(17, "ar-kw"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي - الإدارة العامة لشؤون الإقامة.pdf"], thread_of=None,
                 notes="ministry of interior residency department; Outlook; Arabic PDF name RFC 2047-encoded inside the "
                       "quoted name/filename parameters; English PDF content")
    return meta, root, label


@message
def h31_18():
    plain = """Bonjour,

Je suis invitée par notre réseau à suivre la conférence régionale des 24 et 25 février.
Je réside à Bamako. Est-ce que la conférence a lieu à Beyrouth en présentiel ? Si oui,
l'OIM peut-elle fournir une lettre d'invitation pour la demande de visa libanais, et
dans quel délai ?

Merci d'avance,
Mariam Coulibaly
Association Retour et Dignité - Mali
Tél : +223 76 41 22 58
"""
    body = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Mariam Coulibaly", from_email="mariam.coulibaly@orange.example.ml",
                subject="Question visa - conférence régionale 24-25 février", hdr_charset="iso-8859-1",
                received_at=R(2021, 2, 10, 14, 6, 58), sender_tz=tz(0), lag=35,
                mid="<1612965983.48211.mcoul@orange.example.ml>",
                extra_headers=["X-Mailer: Orange Messagerie 11.4.21"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question from a returnee association in Mali; ISO-8859-1 "
                       "quoted-printable; mentions the conference dates but requests no speaking role")
    return meta, body, label


@message
def h31_19():
    plain = """Dear Secretariat,

On behalf of the Gulf Domestic Workers Rights Network (GDWRN), a coalition of 11 migrant-led
and civil society organisations in Kuwait, Oman, Bahrain and Qatar, I am pleased to submit our
collective voluntary GCM review report.

The report was drafted jointly by member organisations, including associations of domestic
workers from Nepal, Sri Lanka, the Philippines, Ethiopia and Eritrea, and reflects
consultations held online in December 2020 and January 2021. The list of member organisations
is on page 2.

We would be grateful for a confirmation of receipt.

In solidarity,

Grace Achieng
Network Coordinator
Gulf Domestic Workers Rights Network (GDWRN)
www.gdwrn.example.org
"""
    body = alt(plain, gmail_html(plain), boundary="000000000000f3e4d505bb0a1b2c")
    pdf = tiny_pdf(["Gulf Domestic Workers Rights Network (GDWRN)",
                    "Collective Voluntary GCM Review Report - February 2021",
                    "Member organisations (11) ...", "Findings: Objectives 6, 7, 16 ..."], "GDWRN collective report")
    root = mixed(body, [attachment(pdf, "application/pdf", "GDWRN Collective GCM Review Report Feb2021.pdf")],
                 boundary="000000000000f3e4d705bb0a1b2d")
    meta = dict(from_name="Grace Achieng", from_email="coordinator@gdwrn.example.org",
                subject="Collective voluntary GCM review report - GDWRN",
                received_at=R(2021, 2, 11, 16, 44, 10), sender_tz=tz(3), lag=15, relay="mail-qk1-f180.google.com",
                mid="<CAB5wQ1tR8yU3iO7pA2sD6fG0hJ4kL9zX@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["GDWRN Collective GCM Review Report Feb2021.pdf"], thread_of=None,
                 notes="collective report from a network of 11 organisations; file name with spaces; the signature title "
                       "is not a speaker request")
    return meta, root, label


@message
def h31_20():
    plain = """Madame, Monsieur,

Veuillez trouver en pièce jointe le rapport volontaire de l'Observatoire libanais des
droits des travailleurs migrants sur la mise en œuvre du Pacte mondial pour des migrations
sûres, ordonnées et régulières au Liban (2019-2020).

Nous vous saurions gré de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Dr Joëlle Haddad
Coordinatrice de recherche
Observatoire libanais des droits des travailleurs migrants
Jounieh, Liban
"""
    body = text_part(plain, "plain", "utf-8", "8bit", flowed=True)
    doc = make_docx("Rapport volontaire - Pacte mondial pour les migrations",
                    ["Observatoire libanais des droits des travailleurs migrants", "Période couverte : 2019-2020",
                     "1. Contexte", "2. Recrutement équitable et travail décent", "3. Recommandations"])
    root = mixed(body, [attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Rapport_volontaire_PMM_Observatoire_libanais_2021.docx")],
                 boundary="------------0D1E2F3A4B5C6D7E8F901A2B")
    meta = dict(from_name="Joëlle Haddad", from_email="j.haddad@olda-tm.example.lb",
                subject="Rapport volontaire - Observatoire libanais des droits des travailleurs migrants",
                received_at=R(2021, 2, 12, 10, 29, 41), lag=18, mid=MID_20,
                extra_headers=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) "
                               "Gecko/20100101 Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_Observatoire_libanais_2021.docx"], thread_of=None,
                 notes="DOCX report; Thunderbird format=flowed 8bit body with 'œ'; 'libanais' is part of the "
                       "observatory's name; the thank-you h31-23 replies to our acknowledgement of it")
    return meta, root, label


@message
def h31_21():
    plain = """تحية طيبة،

مرفق طيه التقرير الطوعي لمنظمة نداء للتنمية والهجرة حول تنفيذ الاتفاق العالمي للهجرة في السودان،
مع التركيز على أوضاع المهاجرين العابرين من إريتريا وإثيوبيا في ولايتي كسلا والقضارف.

نرجو التكرم بتأكيد الاستلام.

مع خالص التحية،
عوض الكريم محمد نور
منسق المشاريع
منظمة نداء للتنمية والهجرة - كسلا
"""
    body = text_part(plain, "plain", "utf-8", "b64")
    pdf = tiny_pdf(["Nidaa Organization for Development and Migration",
                    "Voluntary GCM Review Report - Sudan, 2021", "Kassala and Gedaref states ..."], "Nidaa report")
    root = mixed(body, [attachment(pdf, "application/octet-stream", "Nidaa_GCM_Voluntary_Report_2021.pdf")],
                 boundary="=_a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4")
    meta = dict(from_name="Awad Elkarim Mohamed Nour", from_email="projects@nidaa-sd.example.org",
                subject="التقرير الطوعي - منظمة نداء",
                received_at=R(2021, 2, 14, 12, 15, 27), lag=56,
                mid="<a3f1b2c4d5e6f7081920a1b2c3d4e5f6@nidaa-sd.example.org>",
                extra_headers=["User-Agent: Roundcube Webmail/1.3.15"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["Nidaa_GCM_Voluntary_Report_2021.pdf"], thread_of=None,
                 notes="the PDF is sent as application/octet-stream (webmail); base64 Arabic plain text; Latin "
                       "From name")
    return meta, root, label


@message
def h31_22():
    plain = """السلام عليكم،

نرجو التكرم بإرسال جدول أعمال المؤتمر الإقليمي (24-25 فبراير) والمشاورة متعددة أصحاب المصلحة
(23 فبراير)، مع توضيح توقيت الجلسات بتوقيت القاهرة، حتى نتمكن من إبلاغ أعضاء الجمعية.

وشكرًا
نهى عبد الفتاح
جمعية المصريين العائدين من الخليج

أُرسلت من هاتفي Samsung Galaxy
"""
    body = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Noha Abdelfattah", from_email="noha.abdelfattah@outlook.example.com",
                subject="طلب جدول الأعمال",
                received_at=R(2021, 2, 15, 18, 2, 11), lag=24,
                mid="<AM0PR10MB2563D9B8C7A6F5E4@AM0PR10MB2563.EURPRD10.PROD.OUTLOOK.COM>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="agenda request from an Egyptian returnees' association, sent from a phone (Arabic 'sent from' "
                       "line); mentions consultation and conference dates but proposes no speaker")
    return meta, body, label


@message
def h31_23():
    plain = """Merci beaucoup pour votre accusé de réception.
Bonne continuation,
Joëlle Haddad

Le 12/02/2021 à 10:30, GCM Regional Review Arab States a écrit :
> Madame,
>
> Nous accusons réception de votre rapport volontaire
> (Rapport_volontaire_PMM_Observatoire_libanais_2021.docx), reçu le 12 février 2021.
>
> Secrétariat de l'examen régional du PMM - États arabes
"""
    body = text_part(plain, "plain", "utf-8", "8bit", flowed=True)
    meta = dict(from_name="Joëlle Haddad", from_email="j.haddad@olda-tm.example.lb",
                subject="Re: Accusé de réception - rapport volontaire",
                received_at=R(2021, 2, 15, 9, 3, 40), lag=16,
                mid="<6A2B3C4D.1020304@olda-tm.example.lb>", in_reply_to=ACK_20, references=MID_20 + "\r\n " + ACK_20,
                extra_headers=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) "
                               "Gecko/20100101 Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h31-20.eml",
                 notes="thank-you replying to our acknowledgement of h31-20: adds nothing new, do not acknowledge; the "
                       "quoted acknowledgement names the report file")
    return meta, body, label


@message
def h31_24():
    plain = """Dear all,

Please see below the voluntary report from our project team in Kassala - sorry it comes a day
late, our field office had connectivity problems yesterday.

Best,
Daniel Okoth
Project Officer

---------- Forwarded message ---------
From: Samira Abdalla <samira.abdalla@fao-ryms.example.org>
Date: Tue, Feb 16, 2021 at 6:55 PM
Subject: GCM voluntary report - FAO RYMS project
To: Daniel Okoth <daniel.okoth@fao-ryms.example.org>

Hi Daniel,
Here is the final version of the project's voluntary GCM review report, could you send it
to gcmrrarabstates@iom.int today?
Thanks, Samira

Samira Abdalla
Technical Coordinator, Rural Youth Mobility in Sudan (RYMS) project
Food and Agriculture Organization of the United Nations (FAO)
"""
    body = alt(plain, gmail_html(plain), boundary="0000000000009c8d7e05bb5f6a71")
    pdf = tiny_pdf(["FAO - Rural Youth Mobility in Sudan (RYMS) project",
                    "Voluntary GCM Review Report, February 2021", "Rural youth, seasonal migration ..."], "RYMS report")
    root = mixed(body, [attachment(pdf, "application/pdf", "RYMS_GCM_voluntary_report_final.pdf")],
                 boundary="0000000000009c8d8005bb5f6a72")
    meta = dict(from_name="Daniel Okoth", from_email="daniel.okoth@fao-ryms.example.org",
                subject="Fwd: GCM voluntary report - FAO RYMS project",
                received_at=R(2021, 2, 17, 10, 8, 19), sender_tz=tz(2), lag=13, relay="mail-io1-f66.google.com",
                mid="<CAE8rT2yU6iO1pA5sD9fG3hJ7kL0zX4cV@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["RYMS_GCM_voluntary_report_final.pdf"], thread_of=None,
                 notes="late (17 February) forwarded report of an FAO project; the forwarded part is dated 16 February "
                       "and asks to send it 'today', but receipt time decides; the forwarded text contains the review address")
    return meta, root, label


def build(folder, prefix, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    sd, rd = R(2021, 2, 5, 23, 59, 59), R(2021, 2, 16, 23, 59, 59)
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = f"5EHk31{i:02d}pQ7v"
        name = f"{prefix}-{i:02d}.eml"
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
    build(os.path.join(HERE, "holdout31"), "h31", MESSAGES)
