#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout34 (24 raw messages + labels.json).

Deterministic, standard library only: /tmp/venv/bin/python tests/data/make_eval_sets34.py
Written without reading intake/ or rules/.  Each message is a function returning its envelope
metadata, its MIME tree and its expected label (format of /work/shared/corpus/LABELS.md).
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
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=EET)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=EET)


def tz(h: int, m: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def R(d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receipt time, February 2021, Beirut time."""
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None) -> dict:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(30, 110, 60), w=20, h=10) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Document") -> bytes:
    """Minimal valid one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "\n".join(["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(x)}) Tj T*" for x in lines] + ["ET"])
    stream = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 7.0) >>").encode("latin-1"),
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


def tiny_docx(paragraphs, rtl=False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         f'<w:body>{body}<w:sectPr/></w:body></w:document>'),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
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
    disp = "inline" if inline_cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail / Thunderbird: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", f"<{inline_cid}>")
    return p


def multi(kind, parts, boundary=None, **params):
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML per client
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div{}>{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            f'</head>\n<body lang={lang} link="#0563C1" vlink="#954F72"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n')


def paras(text):
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(x, quote=False) for x in para.split("\n")))
        for para in text.split("\n\n"))


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;">'
            + "".join("<div>%s</div>\n" % (escape(x, quote=False) or "<br>") for x in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + x).rstrip() for x in text.split("\n"))


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


def outlook_headers(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}Rm8XbQ2pLw9sT1kV3yZ==",
            "Content-Language: " + lang]


THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.1"]
IPHONE = ["X-Mailer: iPhone Mail (18C66)"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 27))).astimezone(m.get("sender_tz", EET))
    relay = m.get("relay", "mail." + host)
    ip = 20 + m["n"] * 5
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{ip}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id "
         f"{m['qid']}\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
         f"Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom={host}",
         "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")),
          "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
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


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def label(category, language, speakers=(), attachments=(), thread_of=None, acknowledge=True, notes=""):
    return dict(category=category, language=language, acknowledge=acknowledge, speakers=list(speakers),
                report_attachments=list(attachments), thread_of=thread_of, notes=notes)


# ================================================================= holdout34 messages
MID_01 = "<CAKp7wR2nD4fT6hJ8kL0zX1cV3bN5mQ7wE9rT1yU@mail.gmail.com>"
ACK_01 = "<ack.GCM-AR-0017.20210201T1015@gcm-intake.iom.int>"
MID_05 = "<5E2A91C4-7B3D-4F10-9A6E-0C8D2B1F4E37@gmail.com>"
ASK_05 = "<004101d6fa2b$8e3c1d20$aab45760$@iom.int>"

INVITE_AR = """يسرّ المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا، بالنيابة عن الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة، دعوتكم إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
ويمكن لأصحاب المصلحة الراغبين في أخذ الكلمة إرسال طلب إلى العنوان gcmrrarabstates@iom.int يتضمن اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها، وذلك في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، مع تحديد نوع المشاركة: المشاركة في النقاش المفتوح للمشاورة مع أصحاب المصلحة المتعددين، أو تقديم الرسائل الرئيسية بصفة مقرر، أو مداخلة في الجلسة العامة، أو مداخلة في إحدى الموائد المستديرة المواضيعية الأربع.
كما ندعوكم إلى تقديم تقاريركم الطوعية بشأن تنفيذ الاتفاق العالمي في موعد أقصاه الثلاثاء 16 شباط/فبراير 2021."""


@message
def h34_01():
    plain = """Dear GCM Regional Review team,

Further to the invitation circulated by the Regional UN Network on Migration,
please find below our request for a speaking role at the Regional Review
conference.

Name: Blaise Ngono Essomba
Title: Coordinator, Legal Aid Desk
Organisation: Cameroonian Migrants Solidarity Network in Morocco (CAMSONET)
Requested role: floor intervention in Roundtable 2 (human rights of migrants,
border governance, detention)

Mr Ngono Essomba has followed the situation of sub-Saharan migrants in the
north of Morocco since 2014 and would like to share testimonies collected by
our legal aid desk in Tangier and Nador.

Thank you in advance for your consideration.

Kind regards,
Blaise Ngono Essomba
CAMSONET
Rabat, Morocco
+212 6 61 48 30 27
"""
    meta = dict(from_name="Blaise Ngono", from_email="blaise.ngono.essomba@gmail.com",
                subject="Speaking role request - CAMSONET", received_at=R(1, 10, 12, 40), sender_tz=tz(1),
                lag=38, relay="mail-wr1-f52.google.com", mid=MID_01)
    return meta, alt(plain, gmail_html(plain), boundary="00000000000071a3c205ba4f2e18"), label(
        "speaker_request", "en", [SP("Blaise Ngono Essomba", "Coordinator, Legal Aid Desk",
                                     "Cameroonian Migrants Solidarity Network in Morocco (CAMSONET)", ["roundtable"], 2)],
        notes="labelled lines; speaker writes about himself in the third person ('Mr Ngono Essomba'); From display "
              "name shorter than the full name; hard-wrapped role line; 'in Morocco' is part of the network's name")


@message
def h34_02():
    plain = """Bonjour,

L'Association d'Entraide des Migrants Ivoiriens de Tunisie (AEMIT) souhaite
participer activement à l'examen régional du Pacte mondial. Nous proposons
deux intervenants :

1. Mme Awa Kouassi Yao, présidente de l'AEMIT, pour une intervention en
séance plénière ;
2. M. Serge Gnamien, responsable du pôle juridique, pour la table ronde
thématique n°3 (inclusion sociale, accès aux services de base).

Nous restons à votre disposition pour toute information complémentaire.

Cordialement,

Awa Kouassi Yao
Présidente
AEMIT - Association d'Entraide des Migrants Ivoiriens de Tunisie
Tél. : +216 98 412 663
"""
    meta = dict(from_name="AEMIT Tunisie", from_email="aemit.tunisie@gmail.com",
                subject="Demande de prise de parole - AEMIT", received_at=R(2, 16, 5, 11), sender_tz=tz(1),
                lag=44, relay="mail-ej1-f47.google.com",
                mid="<CAM4tQv8pX0s1dF3gH5jK7lZ9xC1vB3nM5qW7eR@mail.gmail.com>")
    aff = "Association d'Entraide des Migrants Ivoiriens de Tunisie (AEMIT)"
    return meta, alt(plain, gmail_html(plain), boundary="000000000000b3e41f05ba61c9d2"), label(
        "speaker_request", "fr", [SP("Awa Kouassi Yao", "Présidente", aff, ["plenary"]),
                                  SP("Serge Gnamien", "responsable du pôle juridique", aff, ["roundtable"], 3)],
        notes="two speakers in a numbered list with 'Mme'/'M.'; different roles (plenary, 'table ronde thématique "
              "n°3'); affiliation written once at the top for both; shared association mailbox; the first speaker "
              "also signs: title as in her signature (the list says 'présidente de l'AEMIT')")


@message
def h34_03():
    plain = """السادة المنظمون للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يتشرف المجلس الأعلى لحقوق الإنسان والحريات بأن يرشح عضو المجلس ومقرر لجنة حقوق المهاجرين واللاجئين، الأستاذ عبد الرحيم بلقاسم، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر خلال المؤتمر الإقليمي المزمع عقده يومي 24 و25 شباط/فبراير 2021.

ونود الإشارة إلى أن المجلس قد أعدّ تقريراً موازياً حول أوضاع العمال المهاجرين، وسنوافيكم به في وقت لاحق.

وتفضلوا بقبول فائق عبارات التقدير والاحترام.

سعاد المرابط
رئيسة قسم التعاون الدولي
المجلس الأعلى لحقوق الإنسان والحريات
الهاتف: 37 54 76 537 212+

تنبيه: هذه الرسالة وما تتضمنه من مرفقات سرية وموجهة حصراً إلى المرسل إليه. إذا وصلتكم عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
"""
    html = outlook_html(paras(plain), lang="AR-MA", rtl=True)
    meta = dict(from_name="سعاد المرابط", from_email="s.merabet@cshrl.example.ma", hdr_charset="windows-1256",
                subject="ترشيح مقرر - الاستعراض الإقليمي للاتفاق العالمي للهجرة", received_at=R(3, 13, 48, 2),
                sender_tz=tz(1), lag=63, mid="<000e01d6fa1c$2a4b6c80$7ee14580$@cshrl.example.ma>",
                extra_headers=outlook_headers(3, "ar-ma"))
    return meta, alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_000F_01D6FA1C.2A4B6C80"), label(
        "speaker_request", "ar", [SP("عبد الرحيم بلقاسم", "عضو المجلس ومقرر لجنة حقوق المهاجرين واللاجئين",
                                     "المجلس الأعلى لحقوق الإنسان والحريات", ["rapporteur"])],
        notes="formal nomination by a national human-rights council; sender (head of international cooperation) is "
              "not the speaker; title precedes the name and honorific الأستاذ; a report is only announced for later "
              "(not both); windows-1256 Outlook with disclaimer")


@message
def h34_04():
    plain = """Dear Colleagues,

On behalf of the Migration Observatory of the University of Nouakchott Al Aasriya, I am pleased to submit our
voluntary GCM review report, "Mixed Movements along the Atlantic Route: Implementation of GCM Objectives 7, 8
and 23 in Mauritania (2018-2020)".

The report draws on 140 interviews conducted in Nouadhibou and Nouakchott in 2020. An executive summary in
French is included at the end of the document.

We would be grateful if you could confirm receipt.

Best regards,

Dr. Cheikh Ould Sidaty
Associate Professor and Director
Migration Observatory | University of Nouakchott Al Aasriya
Tel: +222 45 25 18 90
"""
    cid = "image001.png@01D6FB0E.4C2D1A30"
    html = outlook_html(paras(plain) + f'\n<p class=MsoNormal><img width=96 height=48 src="cid:{cid}" alt="logo"></p>',
                        lang="EN-GB")
    body = multi("related", [alt(plain, html, boundary="----=_NextPart_002_0021_01D6FB0E.4C2D1A30"),
                             attachment(tiny_png(), "image/png", "image001.png", inline_cid=cid)],
                 boundary="----=_NextPart_001_0020_01D6FB0E.4C2D1A30", type="multipart/alternative")
    pdf = tiny_pdf(["Migration Observatory - University of Nouakchott Al Aasriya",
                    "Mixed Movements along the Atlantic Route", "Voluntary GCM review report, January 2021"],
                   "Voluntary GCM review report")
    fname = "MO-UNA_GCM_Voluntary_Review_Report_2021.pdf"
    root = multi("mixed", [body, attachment(pdf, "application/pdf", fname)],
                 boundary="----=_NextPart_000_001F_01D6FB0E.4C2D1A30")
    meta = dict(from_name="Cheikh Ould Sidaty", from_email="c.sidaty@una.example.mr",
                subject="Voluntary GCM review report - Migration Observatory, University of Nouakchott",
                received_at=R(9, 11, 31, 17), sender_tz=tz(0), lag=70,
                mid="<002001d6fb0e$4c2d1a30$e4874f90$@una.example.mr>", extra_headers=outlook_headers(4, "en-gb"))
    return meta, root, label("voluntary_report", "en", attachments=[fname],
                             notes="PDF report attached; inline Outlook logo image001.png is not part of the report")


@message
def h34_05():
    plain = """Bonjour, je voudrais prendre la parole à la table ronde 1 sur le travail décent, pour parler des pêcheurs migrants.
Moussa Diagne
Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou

Envoyé de mon iPhone
"""
    meta = dict(from_name="Moussa Diagne", from_email="moussadiagne.slpan@gmail.com", subject="Table ronde",
                received_at=R(3, 19, 22, 48), sender_tz=tz(0), lag=12, relay="mail-wm1-f66.google.com",
                mid=MID_05, extra_headers=IPHONE)
    return meta, text_part(plain, "plain", "utf-8", "qp"), label(
        "speaker_request", "fr", [SP("Moussa Diagne", None, "Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou",
                                     ["roundtable"], 1)],
        notes="short plain-text message typed on a phone; no title given (null); fishermen's union whose name "
              "contains the town; 'Envoyé de mon iPhone'; followed up in h34-18")


@message
def h34_06():
    plain = """مساء الخير،

نحن مجموعة من الشباب نشتغل على المسرح التفاعلي مع المهاجرين في صفاقس وجرجيس، ونحب نشاركو في النقاش المفتوح
متاع المشاورة مع أصحاب المصلحة يوم 23 فيفري. عندنا تجربة في مسرح المضطهدين مع مهاجرين من جنوب الصحراء
ونحب نعرضو شنوة تعلمنا.

شكراً برشا

--
أميرة الطرابلسي
منسقة المشاريع
التجمع الشبابي للمسرح التفاعلي "ركح"
صفاقس، تونس
+216 22 731 504
"""
    meta = dict(from_name="Amira Trabelsi", from_email="amira.trabelsi.rakah@gmail.com",
                subject="مشاركة في النقاش المفتوح", received_at=R(4, 20, 14, 9), sender_tz=tz(1), lag=31,
                relay="mail-lf1-f54.google.com", mid="<CAF9xZ2wQ4eR6tY8uI0oP2aS4dF6gH8jK0lZ1x@mail.gmail.com>")
    return meta, alt(plain, gmail_html(plain, rtl=True), boundary="000000000000d9e5a605ba7b3c41"), label(
        "speaker_request", "ar", [SP("أميرة الطرابلسي", "منسقة المشاريع", 'التجمع الشبابي للمسرح التفاعلي "ركح"',
                                     ["open_discussion"])],
        notes="Tunisian dialect in the body ('نحب نشاركو'); the body says 'we' and names nobody: name, title and "
              "affiliation only in the signature; 'فيفري' for February; Latin-script From display name")


@message
def h34_07():
    plain = """Dear Sir/Madam,

I am a programme officer with a Djiboutian NGO and I have registered to attend the Regional Review
conference on 24-25 February. Could you kindly let me know whether the conference will be held in
person or online only? If it is in person, will the organisers provide an invitation letter for the
visa application, and which embassy should we apply to? Our passports take time to process, so we
would like to start as early as possible.

Thank you very much.

Best regards,
Hodan Ali Robleh
Programme Officer
Association Djiboutienne pour l'Appui aux Migrants (ADAM)
Djibouti
Mob: +253 77 84 21 05
"""
    meta = dict(from_name="Hodan Ali Robleh", from_email="hodan.robleh@adam-dj.example.org",
                subject="Visa / invitation letter for the Regional Review", received_at=R(8, 9, 47, 55),
                sender_tz=tz(3), lag=22, mid="<7f3c2a1e-5b4d-4e6f-8a9b-1c2d3e4f5a6b@adam-dj.example.org>",
                extra_headers=THUNDERBIRD)
    return meta, text_part(plain, "plain", "utf-8", "qp", flowed=True), label(
        "other", "en", notes="visa / invitation-letter question from a registered participant; a full signature "
                             "with name, title and organisation but no speaking role requested")


@message
def h34_08():
    plain = """Madame, Monsieur,

Au nom du Réseau des Femmes Juristes pour les Droits des Migrantes au Maghreb (RFJM), j'ai le plaisir de
vous transmettre le rapport volontaire collectif élaboré par les associations membres du réseau en
Algérie, en Libye, au Maroc, en Mauritanie et en Tunisie, dans le cadre de l'examen régional du Pacte
mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport porte en particulier sur l'accès des femmes migrantes à la justice et sur la lutte contre la
traite (objectifs 10, 11 et 15). La liste des quatorze associations contributrices figure en page 2.

Restant à votre disposition,

Me Nawel Hamidi
Avocate au barreau d'Oran
Coordinatrice régionale du RFJM
"""
    docx = tiny_docx(["Réseau des Femmes Juristes pour les Droits des Migrantes au Maghreb (RFJM)",
                      "Rapport volontaire collectif - Examen régional du Pacte mondial sur les migrations",
                      "1. Accès à la justice des femmes migrantes", "2. Traite des êtres humains"])
    fname = "RFJM_Rapport_collectif_Pacte_mondial_février_2021.docx"
    root = multi("mixed", [text_part(plain, "plain", "utf-8", "qp", flowed=True),
                           attachment(docx, DOCX, fname)], boundary="------------3B9C0D6E1F2A4B5C6D7E8F90")
    meta = dict(from_name="Nawel Hamidi", from_email="n.hamidi@rfjm.example.org",
                subject="Rapport volontaire collectif du RFJM - Examen régional du Pacte mondial",
                received_at=R(12, 15, 3, 26), sender_tz=tz(1), lag=19,
                mid="<9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d@rfjm.example.org>", extra_headers=THUNDERBIRD)
    return meta, root, label("voluntary_report", "fr", attachments=[fname],
                             notes="collective report of a network of women lawyers on behalf of fourteen member "
                                   "associations; DOCX with a non-ASCII file name (RFC 2231); Thunderbird "
                                   "format=flowed; 'Me' (Maître) honorific in the signature")


@message
def h34_09():
    plain = """السلام عليكم ورحمة الله،

بالإشارة إلى دعوتكم أدناه، تود المنظمة الليبية للإغاثة والتنمية طلب مداخلة في المائدة المستديرة الرابعة
(البيانات والسياسات القائمة على الأدلة والتعاون الدولي)، على أن يتحدث باسمها:

السيد خالد الفيتوري
مدير وحدة الرصد والبيانات

مع الشكر والتقدير،
نجلاء الزوي
المنظمة الليبية للإغاثة والتنمية - طرابلس

في الأربعاء، 20 يناير 2021 في 1:05 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + quote(INVITE_AR) + "\n"
    meta = dict(from_name="نجلاء الزوي", from_email="najla.zawi@lord-ly.example.org",
                subject="Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(4, 12, 20, 33), lag=40, relay="mail-pj1-f41.google.com",
                mid="<CAE3vR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5n@mail.gmail.com>",
                in_reply_to="<invite-ar.20210120.1305@iom.int>", references="<invite-ar.20210120.1305@iom.int>")
    return meta, alt(plain, gmail_html(plain, rtl=True), boundary="0000000000004c8d2e05ba7f0a93"), label(
        "speaker_request", "ar", [SP("خالد الفيتوري", "مدير وحدة الرصد والبيانات",
                                     "المنظمة الليبية للإغاثة والتنمية", ["roundtable"], 4)],
        notes="reply to the organisers' Arabic call, quoted with '>' (it lists every role, mentions reports and "
              "carries the misprinted 23 Feb deadline); sender is not the speaker; السيد honorific; 'طرابلس' "
              "after the organisation in the signature is only its location")


@message
def h34_10():
    plain = """Dear organisers,

UNFPA's Programme on Sexual and Reproductive Health for Migrant Women in North Africa would like to propose
the following two speakers for the Regional Review conference:

Name | Title | Role requested
Dr. Salma Benhadj | Programme Coordinator | Plenary
Ms. Fatou Ndiaye | Gender and Protection Specialist | Roundtable 3

Both are based in our Tunis programme office. Please let me know if you need short bios.

Best regards,
Karim Zeroual
Programme Associate
UNFPA Programme on Sexual and Reproductive Health for Migrant Women in North Africa
"""
    rows = [("Name", "Title", "Role requested"), ("Dr. Salma Benhadj", "Programme Coordinator", "Plenary"),
            ("Ms. Fatou Ndiaye", "Gender and Protection Specialist", "Roundtable 3")]
    table = ("<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"
             + "".join("<tr>{}</tr>".format("".join(f"<td>{escape(c)}</td>" for c in r)) for r in rows) + "</table>")
    html = outlook_html(
        "<p class=MsoNormal>Dear organisers,</p><p class=MsoNormal>&nbsp;</p>\n"
        "<p class=MsoNormal>UNFPA&#8217;s Programme on Sexual and Reproductive Health for Migrant Women in North "
        "Africa would like to propose the following two speakers for the Regional Review conference:</p>\n"
        + table + "\n<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Both are based in our Tunis programme office. "
        "Please let me know if you need short bios.</p><p class=MsoNormal>&nbsp;</p>\n"
        "<p class=MsoNormal>Best regards,<br>Karim Zeroual<br>Programme Associate<br>UNFPA Programme on Sexual and "
        "Reproductive Health for Migrant Women in North Africa</p>")
    meta = dict(from_name="Karim Zeroual", from_email="zeroual@unfpa.example.org",
                subject="Proposed speakers - UNFPA migrant women programme", received_at=R(2, 9, 58, 4),
                sender_tz=tz(1), lag=51, mid="<AM6PR0402MB3479C1D2E3F4A5B6@AM6PR0402MB3479.eurprd04.example.com>",
                extra_headers=outlook_headers(10, "en-US"))
    aff = "UNFPA Programme on Sexual and Reproductive Health for Migrant Women in North Africa"
    return meta, alt(plain, html, boundary="_000_AM6PR0402MB3479C1D2E3F4A5B6_"), label(
        "speaker_request", "en", [SP("Salma Benhadj", "Programme Coordinator", aff, ["plenary"]),
                                  SP("Fatou Ndiaye", "Gender and Protection Specialist", aff, ["roundtable"], 3)],
        notes="two speakers in a table (HTML table, pipe-separated in the plain part) with honorifics Dr./Ms.; the "
              "affiliation is only in the prose and the sender's signature; sender is not a speaker; 'UNFPA's' "
              "possessive in the prose")


@message
def h34_11():
    plain = """Madame, Monsieur,

Je me permets de vous écrire au nom de M. Lahcen Aït Baha, Président de la Commission de la mobilité humaine et
des Marocains du monde du Conseil régional de Souss-Massa, actuellement en déplacement.

M. Aït Baha souhaiterait prendre la parole lors d'une séance plénière de la conférence régionale des 24 et 25
février afin de présenter l'expérience de la région en matière d'accueil et d'intégration des migrants.

Je vous remercie de bien vouloir m'adresser toute correspondance relative à cette demande, en mettant
M. Aït Baha en copie.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hanane Ouchen
Assistante de direction
Cabinet du Président de la Commission de la mobilité humaine
Conseil régional de Souss-Massa
Tél. : +212 5 28 23 41 70

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
"""
    meta = dict(from_name="Ouchen Hanane", from_email="h.ouchen@souss-massa-region.example.ma",
                cc="Lahcen Ait Baha <l.aitbaha@souss-massa-region.example.ma>",
                subject="Demande d'intervention en plénière - M. Lahcen Aït Baha", received_at=R(1, 17, 40, 12),
                sender_tz=tz(1), lag=58, mid="<003b01d6f8c4$5d6e7f80$19ab3c00$@souss-massa-region.example.ma>",
                extra_headers=outlook_headers(11, "fr-FR"))
    return meta, alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_000_003C_01D6F8C4.5D6E7F80"), label(
        "speaker_request", "fr",
        [SP("Lahcen Aït Baha", "Président de la Commission de la mobilité humaine et des Marocains du monde",
            "Conseil régional de Souss-Massa", ["plenary"])],
        notes="written on behalf of another person by his assistant (whose own title is in the signature); the "
              "speaker is in Cc; title and affiliation in one phrase ('Président de la Commission ... du Conseil "
              "régional de Souss-Massa'); From in 'Surname Given' order")


@message
def h34_12():
    plain = """Dear GCM Regional Review Team,

Please find attached the voluntary review report of the Chadian Community Association in Libya (CCAL), a
migrant-led organisation supporting Chadian workers in Tripoli, Sabha and Kufra.

We would also like to take part in the open discussion on 23 February. Our speaker would be our Secretary
General, Mr. Mahamat Abakar Issa.

Thank you,

Adoum Hassan Djibrine
Chairperson, CCAL
+218 91 552 7408
"""
    pdf = tiny_pdf(["Chadian Community Association in Libya (CCAL)", "Voluntary GCM Review Report",
                    "Situation of Chadian migrant workers, 2019-2020"], "CCAL voluntary report")
    fname = "CCAL voluntary report GCM.pdf"
    root = multi("mixed", [alt(plain, gmail_html(plain), boundary="000000000000a1f6e705ba8c5d27"),
                           attachment(pdf, "application/pdf", fname)], boundary="000000000000a1f6e905ba8c5d29")
    meta = dict(from_name="Adoum Hassan", from_email="ccal.libya@gmail.com",
                subject="CCAL report + speaker", received_at=R(4, 22, 51, 36), lag=35, relay="mail-io1-f46.google.com",
                mid="<CAGb5nM7qW9eR1tY3uI5oP7aS9dF1gH3jK5lZ7@mail.gmail.com>")
    return meta, root, label(
        "both", "en", [SP("Mahamat Abakar Issa", "Secretary General", "Chadian Community Association in Libya (CCAL)",
                          ["open_discussion"])], attachments=[fname],
        notes="report and speaker request in one message, both on time; the speaker is not the sender; title before "
              "the name after 'our'; 'in Libya' is part of the association's name; file name with spaces")


@message
def h34_13():
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

تجدون طيّه التقرير الطوعي لمؤسسة الأمل للتمويل الأصغر حول مساهمة خدمات التمويل الأصغر والتحويلات المالية في
دعم المهاجرين العائدين وأسرهم في الجزائر، وذلك في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة.

نرجو تأكيد الاستلام.

مع خالص التحية،
رشيد بوزيدي
مسؤول الشراكات
مؤسسة الأمل للتمويل الأصغر
"""
    pdf = tiny_pdf(["Fondation El Amel pour la Microfinance", "Rapport volontaire - Pacte mondial sur les migrations",
                    "Transferts de fonds et migrants de retour en Algerie"], "Rapport volontaire")
    fname = "تقرير_طوعي_مؤسسة_الأمل.pdf"
    root = multi("mixed", [alt(plain, gmail_html(plain, rtl=True), boundary="000000000000e7b2c105ba92f4a6"),
                           attachment(pdf, "application/octet-stream", fname)], boundary="000000000000e7b2c305ba92f4a8")
    meta = dict(from_name="رشيد بوزيدي", from_email="rachid.bouzidi.amel@gmail.com",
                subject="التقرير الطوعي - مؤسسة الأمل للتمويل الأصغر", received_at=R(15, 10, 6, 50), sender_tz=tz(1),
                lag=29, relay="mail-wr1-f44.google.com", mid="<CAH1jK3lZ5xC7vB9nM1qW3eR5tY7uI9oP1aS3d@mail.gmail.com>")
    return meta, root, label("voluntary_report", "ar", attachments=[fname],
                             notes="PDF report sent as application/octet-stream with an Arabic RFC 2231 file name; "
                                   "microfinance institution; asks to confirm receipt")


@message
def h34_14():
    html = outlook_html("""<p class=MsoNormal>Dear Sir/Madam,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The Directorate General of Comorians Abroad of the Ministry of Foreign Affairs and International Cooperation is pleased to nominate <b>Mr. Said Ahmed Mmadi</b>, Director of Diaspora Engagement, to make a floor intervention in the third thematic roundtable on social inclusion, remittances and diaspora contributions.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Mr. Mmadi leads the Directorate&#8217;s work on the mobilisation of diaspora investment and on consular protection of Comorian workers in the Gulf countries.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please accept the assurances of our highest consideration.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Nadjma Soilihi</b><br>Chief of Staff<br>Directorate General of Comorians Abroad<br>Ministry of Foreign Affairs and International Cooperation<br>Moroni, Union of the Comoros</p>
<p class=MsoNormal><span style="font-size:7.5pt;color:#7F7F7F">This message is intended only for the addressee. Please consider the environment before printing.</span></p>""",
                        lang="EN-US")
    meta = dict(from_name="Nadjma Soilihi", from_email="n.soilihi@diplomatie.example.km",
                subject="Nomination for the GCM Regional Review - Union of the Comoros", received_at=R(5, 14, 26, 9),
                sender_tz=tz(3), lag=66, mid="<005201d6fbb7$1e2f3a40$5a6baec0$@diplomatie.example.km>",
                extra_headers=outlook_headers(14, "en-US"))
    return meta, text_part(html, "html", "utf-8", "qp"), label(
        "speaker_request", "en",
        [SP("Said Ahmed Mmadi", "Director of Diaspora Engagement",
            "Directorate General of Comorians Abroad of the Ministry of Foreign Affairs and International Cooperation",
            ["roundtable"], 3)],
        notes="Outlook HTML-only (no text/plain part); ministry nominating an official; affiliation is a long "
              "nested phrase (directorate of a ministry), the country only in the subject and signature; roundtable as 'third thematic roundtable'; "
              "sender (Chief of Staff) is not the speaker")


@message
def h34_15():
    plain = """Bonjour,

Le Consulat général de la République du Cameroun à Rabat suit avec intérêt la préparation de l'examen
régional du Pacte mondial pour les migrations. Pourriez-vous nous faire parvenir l'ordre du jour provisoire
de la consultation du 23 février et de la conférence des 24 et 25 février, ainsi que la note conceptuelle
des tables rondes, si elle est disponible ?

Avec nos remerciements anticipés,

Service des affaires sociales et des Camerounais de l'étranger
Consulat général du Cameroun - Rabat
"""
    meta = dict(from_name="Consulat Cameroun Rabat", from_email="affaires.sociales@consulcam-rabat.example.ma",
                subject="Demande d'ordre du jour - examen régional du Pacte mondial", received_at=R(10, 11, 14, 0),
                sender_tz=tz(1), lag=41, mid="<000701d6ff8a$0b1c2d30$213e8790$@consulcam-rabat.example.ma>",
                extra_headers=outlook_headers(15, "fr-FR"))
    return meta, alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_000_0008_01D6FF8A.0B1C2D30"), label(
        "other", "fr", notes="request for the agenda and concept note from a consulate; no person named, no "
                             "submission")


@message
def h34_16():
    plain = """مرحباً،

سجّلنا للمشاركة في المشاورة يوم 23 شباط/فبراير. هل ستتوفر ترجمة فورية إلى العربية خلال الجلسات؟
ومتى سيتم إرسال رابط الاجتماع على منصة زووم؟ وهل يمكن لشخصين من نفس المنظمة استخدام الرابط نفسه؟

شكراً جزيلاً
ريم

مرسل من هاتفي Huawei
"""
    meta = dict(from_name="Reem Haddad", from_email="reem.h@mutual-aid-sy.example.org",
                subject="استفسار عن الترجمة ورابط الاجتماع", received_at=R(17, 18, 2, 44), lag=15,
                mid="<a8c1e3f5-0b2d-4f6a-9c8e-7d5b3a1f2e40@mutual-aid-sy.example.org>")
    return meta, text_part(plain, "plain", "utf-8", "b64"), label(
        "other", "ar", notes="logistics question (interpretation, Zoom link); base64 UTF-8 plain text; mobile "
                             "footer; arrives after both deadlines but has no deadline (on_time null)")


@message
def h34_17():
    plain = """Dear GCM Regional Review team,

I realise the deadline for speaking requests was last Friday, so I apologise for
writing late. I would nevertheless like to request a floor intervention in
Roundtable 1 (regular pathways and decent work), to present findings on Malian
seasonal agricultural workers in southern Algeria.

Ibrahima Keita
Independent consultant, labour migration
Bamako / Algiers
+223 76 40 19 88
"""
    meta = dict(from_name="Ibrahima Keita", from_email="ibrahima.keita.consult@gmail.com",
                subject="Late request - floor intervention Roundtable 1", received_at=R(7, 21, 4, 30), sender_tz=tz(0),
                lag=21, relay="mail-qv1-f53.google.com", mid="<B7E2C4A1-9D3F-4E8B-A6C5-2F1D0E9B8A74@gmail.com>",
                extra_headers=APPLE)
    return meta, alt(plain, apple_html(plain), boundary="Apple-Mail=_8C3E1A52-4B7D-4F09-9E2A-6D1C5B3F7A80"), label(
        "speaker_request", "en", [SP("Ibrahima Keita", "Independent consultant, labour migration", None,
                                     ["roundtable"], 1)],
        notes="late (Sunday 7 February) and says so; independent consultant with no organisational affiliation "
              "(null); details only in the signature; cities in the signature are not an affiliation")


@message
def h34_18():
    plain = """Bonjour,

Merci pour votre réponse. Je suis le secrétaire général du syndicat, élu depuis 2018.
Je confirme la table ronde 1.

Cordialement

Moussa Diagne
Secrétaire général
Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou (SLPAN)
Tél : +222 46 71 03 52

Le jeu. 4 févr. 2021 à 07:12, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Bonjour M. Diagne,
>
> Nous accusons réception de votre demande de prise de parole (table ronde 1).
> Pourriez-vous nous indiquer votre fonction au sein du syndicat ?
>
> Bien cordialement,
> L'équipe de l'examen régional
>
> -----Message d'origine-----
> De : Moussa Diagne <moussadiagne.slpan@gmail.com>
> Envoyé : mercredi 3 février 2021 19:22
> Objet : Table ronde
>
> Bonjour, je voudrais prendre la parole à la table ronde 1 sur le travail décent, pour parler des pêcheurs migrants.
> Moussa Diagne
> Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou
"""
    meta = dict(from_name="Moussa Diagne", from_email="moussadiagne.slpan@gmail.com", subject="Re: Table ronde",
                received_at=R(4, 13, 37, 5), sender_tz=tz(0), lag=24, relay="mail-wm1-f67.google.com",
                mid="<CAD2pL4kJ6hG8fD0sA2zX4cV6bN8mQ0wE2rT4y@mail.gmail.com>",
                in_reply_to=ASK_05, references=MID_05 + "\r\n " + ASK_05)
    return meta, alt(plain, gmail_html(plain), boundary="0000000000002b9f7c05ba7a1d63"), label(
        "speaker_request", "fr",
        [SP("Moussa Diagne", "Secrétaire général", "Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou (SLPAN)",
            ["roundtable"], 1)], thread_of="h34-05.eml",
        notes="follow-up in a conversation: answers the organisers' question with the missing title (in prose "
              "and in a signature that now has one, plus the acronym); quotes the earlier exchange; thread_of the "
              "phone message h34-05")


@message
def h34_19():
    plain = """السادة الكرام في فريق الاستعراض الإقليمي،

تحية نضالية وبعد،

تتقدم النقابة الوطنية المستقلة لعمال البناء والأشغال العمومية بطلب المشاركة في أعمال الاستعراض الإقليمي، حيث
نرشح الأخ مراد سعيداني، الأمين العام للنقابة، لإلقاء مداخلة في المائدة المستديرة الأولى حول العمل اللائق
ومسارات الهجرة النظامية، كما نرشح الأخت سهام بوعلام، المكلفة بملف العمال المهاجرين في المكتب الوطني، للمشاركة في
النقاش المفتوح يوم 23 فبراير.

وتقبلوا منا فائق الاحترام.

عن المكتب الوطني
كمال زروقي
المكلف بالعلاقات الخارجية
النقابة الوطنية المستقلة لعمال البناء والأشغال العمومية - الجزائر العاصمة
"""
    aff = "النقابة الوطنية المستقلة لعمال البناء والأشغال العمومية"
    meta = dict(from_name="SNATBTP Relations exterieures", from_email="relations.ext@snatbtp.example.dz",
                subject="طلب مشاركة - النقابة الوطنية المستقلة لعمال البناء", received_at=R(5, 10, 9, 41),
                sender_tz=tz(1), lag=47, mid="<001c01d6fba4$6f7a8b90$4e8fa2b0$@snatbtp.example.dz>",
                extra_headers=outlook_headers(19, "ar-dz"))
    return meta, alt(plain, outlook_html(paras(plain), lang="AR-DZ", rtl=True),
                     boundary="----=_NextPart_000_001D_01D6FBA4.6F7A8B90"), label(
        "speaker_request", "ar",
        [SP("مراد سعيداني", "الأمين العام للنقابة", aff, ["roundtable"], 1),
         SP("سهام بوعلام", "المكلفة بملف العمال المهاجرين في المكتب الوطني", aff, ["open_discussion"])],
        notes="trade union; two speakers in one prose paragraph with union honorifics الأخ/الأخت (not part of the "
              "name), each with a different role; affiliation only via 'للنقابة' and the opening sentence; the "
              "signer is not a speaker; '- الجزائر العاصمة' in the signature is a location; "
              "the first title keeps 'للنقابة' as written")


@message
def h34_20():
    plain = """السيدات والسادة،

يسرنا أن نرفق لكم التقرير الطوعي لجمعية التضامن مع المهاجرين في جيبوتي
حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع
التركيز على المهاجرين العابرين على طريق الشرق نحو اليمن ودول الخليج.

نعتذر عن التأخر في الإرسال حتى اليوم الأخير.

مع التحية،
حسن عمر إبراهيم
الأمين التنفيذي
جمعية التضامن مع المهاجرين في جيبوتي
هاتف: 253 77 12 40 63+
"""
    docx = tiny_docx(["جمعية التضامن مع المهاجرين في جيبوتي", "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة",
                      "طريق الشرق: العبور نحو اليمن ودول الخليج"], rtl=True)
    fname = "التقرير الطوعي - جمعية التضامن مع المهاجرين.docx"
    root = multi("mixed", [text_part(plain, "plain", "utf-8", "b64", flowed=True), attachment(docx, DOCX, fname)],
                 boundary="------------0A1B2C3D4E5F60718293A4B5")
    meta = dict(from_name="حسن عمر إبراهيم", from_email="h.omar@asm-djibouti.example.dj",
                subject="التقرير الطوعي لجمعية التضامن مع المهاجرين في جيبوتي", received_at=R(16, 22, 10, 8),
                sender_tz=tz(3), lag=33, mid="<5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f@asm-djibouti.example.dj>",
                extra_headers=THUNDERBIRD)
    return meta, root, label("voluntary_report", "ar", attachments=[fname],
                             notes="DOCX report received 22:10 Beirut on the last day (Date header 23:09 +03:00), "
                                   "on time; hard-wrapped Arabic, base64 format=flowed; Arabic file name (RFC 2231)")


@message
def h34_21():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association des Ressortissants Sénégalais au Maroc (ARSM) sur la mise en œuvre du Pacte mondial pour les migrations.

Nous n'avons pu finaliser la validation du document par notre bureau que ce mercredi, d'où ce léger retard. Nous espérons qu'il pourra malgré tout être pris en compte.

Bien à vous,

Ousmane Faye
Secrétaire à l'information
ARSM - Casablanca
"""
    pdf = tiny_pdf(["Association des Ressortissants Senegalais au Maroc (ARSM)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Fevrier 2021"], "Rapport ARSM")
    fname = "Rapport ARSM - PMM.pdf"
    root = multi("mixed", [alt(plain, apple_html(plain), boundary="Apple-Mail=_1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9"),
                           attachment(pdf, "application/pdf", fname)],
                 boundary="Apple-Mail=_0E1D2C3B-4A59-4867-9584-A3B2C1D0E9F8")
    meta = dict(from_name="Ousmane Faye", from_email="ousmane.faye@arsm.example.ma",
                subject="Rapport volontaire ARSM", received_at=R(18, 9, 25, 14), sender_tz=tz(1), lag=26,
                mid="<E4F5A6B7-C8D9-4E0F-A1B2-C3D4E5F6A7B8@arsm.example.ma>", extra_headers=APPLE)
    return meta, root, label("voluntary_report", "fr", attachments=[fname],
                             notes="late report (Thursday 18 February), the delay is acknowledged; Apple Mail "
                                   "PDF attachment")


@message
def h34_22():
    plain = """مساء الخير،

نعتذر عن التأخر في إرسال الطلب بسبب انقطاع الإنترنت لدينا يوم الجمعة. نرجو قبول ترشيحنا التالي:

الاسم | الصفة | الجهة | نوع المشاركة
آمنة عثمان الطيب | رئيسة الرابطة | رابطة التكافل للمهاجرين السودانيين | مداخلة في المائدة المستديرة الثانية

مع الشكر،
آمنة
"""
    rows = [("الاسم", "الصفة", "الجهة", "نوع المشاركة"),
            ("آمنة عثمان الطيب", "رئيسة الرابطة", "رابطة التكافل للمهاجرين السودانيين",
             "مداخلة في المائدة المستديرة الثانية")]
    table = ('<table dir="rtl" border="1" cellspacing="0" cellpadding="3">'
             + "".join("<tr>{}</tr>".format("".join(f"<td>{escape(c)}</td>" for c in r)) for r in rows) + "</table>")
    html = ('<div dir="rtl"><div>مساء الخير،</div><div><br></div><div>نعتذر عن التأخر في إرسال الطلب بسبب انقطاع '
            'الإنترنت لدينا يوم الجمعة. نرجو قبول ترشيحنا التالي:</div><div><br></div>' + table
            + '<div><br></div><div>مع الشكر،</div><div>آمنة</div></div>\n')
    meta = dict(from_name="Amna Osman", from_email="amna.osman.takaful@gmail.com", subject="ترشيح",
                received_at=R(6, 9, 15, 52), lag=18, relay="mail-yb1-f180.google.com",
                mid="<CAJ8fD0sA2zX4cV6bN8mQ0wE2rT4yU6iO8pL0k@mail.gmail.com>")
    return meta, alt(plain, html, boundary="0000000000005e3a8b05ba8f6c12"), label(
        "speaker_request", "ar", [SP("آمنة عثمان الطيب", "رئيسة الرابطة", "رابطة التكافل للمهاجرين السودانيين",
                                     ["roundtable"], 2)],
        notes="late (Saturday 6 February morning), apologises; details only in a table (HTML table, pipes in "
              "the plain part); the sender nominates herself and signs with her first name only")


@message
def h34_23():
    plain = """Thank you very much for the quick confirmation!

Best,
Blaise

Sent from my iPhone

> On 1 Feb 2021, at 09:15, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Blaise Ngono Essomba,
>
> Thank you for your message. We confirm receipt of your request for a speaking role
> at the Regional Review of the Global Compact for Migration in the Arab region.
>
> Reference: GCM-AR-0017
>
> GCM Regional Review team
"""
    meta = dict(from_name="Blaise Ngono", from_email="blaise.ngono.essomba@gmail.com",
                subject="Re: GCM Regional Review (Arab States) - receipt GCM-AR-0017", received_at=R(1, 11, 2, 19),
                sender_tz=tz(1), lag=14, relay="mail-wr1-f53.google.com",
                mid="<0D9C8B7A-6F5E-4D3C-B2A1-098F7E6D5C4B@gmail.com>", in_reply_to=ACK_01,
                references=MID_01 + "\r\n " + ACK_01, extra_headers=IPHONE)
    return meta, text_part(plain, "plain", "utf-8", "qp"), label(
        "other", "en", thread_of="h34-01.eml", acknowledge=False,
        notes="thank-you reply to our acknowledgement of h34-01, sent from an iPhone; adds nothing new, so no "
              "acknowledgement")


@message
def h34_24():
    plain = """Mesdames, Messieurs,

Le Service Protestant d'Entraide aux Réfugiés (SPER), service diaconal de l'Église
évangélique de Tunisie, accompagne depuis 2012 des personnes exilées originaires
d'Afrique de l'Ouest et centrale.

Nous souhaitons proposer notre coordinatrice de l'accueil des réfugiés, Mme Christine
Rakotomalala, pour une prise de parole lors de la table ronde 2 consacrée à la
protection des droits humains des migrants (gouvernance des frontières, détention).

Avec nos remerciements et nos salutations fraternelles,

Pasteur Daniel Mbarga
Aumônier et responsable du SPER
Service Protestant d'Entraide aux Réfugiés (SPER) - Tunis
+216 71 335 920
"""
    meta = dict(from_name="Daniel Mbarga", from_email="d.mbarga@sper-tunisie.example.org",
                subject="Proposition d'intervenante - table ronde 2", received_at=R(3, 8, 44, 27), sender_tz=tz(1),
                lag=39, mid="<4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d@sper-tunisie.example.org>",
                extra_headers=THUNDERBIRD)
    return meta, text_part(plain, "plain", "utf-8", "qp"), label(
        "speaker_request", "fr",
        [SP("Christine Rakotomalala", "coordinatrice de l'accueil des réfugiés",
            "Service Protestant d'Entraide aux Réfugiés (SPER)", ["roundtable"], 2)],
        notes="a church's refugee service; the speaker's name is broken across a hard-wrapped line after 'Mme'; "
              "title before the name; the signer (a pastor) is not the speaker; ' - Tunis' is only the location")


# ----------------------------------------------------------------- writer
def build(folder, prefix, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(funcs, 1):
        meta, root, lab = fn()
        name = f"{prefix}-{i:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta["n"] = i
        meta["qid"] = f"7H{i:02d}Kq3Zt9"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        rat = meta["received_at"]
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
    build(os.path.join(HERE, "holdout34"), "h34", MESSAGES)
