#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout49 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets49.py
Written without reading intake/ or rules/.  An ordinary week or three of the review mailbox: 8 Arabic,
8 English and 8 French messages (14 speaker requests, 5 voluntary reports, 1 both, 4 other), each
spelled out as a letter (headers, client style, body parts, attachments) next to its expected label.
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


def tz(h: int, m: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(30, 110, 90), w=20, h=10):
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
        ("<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) >>" % esc(title)).encode("latin-1"),
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


CT_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
RELS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')


def make_docx(heading, paragraphs=(), rtl=False, author="user"):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps: reproducible bytes)."""
    bidi = "<w:bidi/>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(text, style=None):
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "", bidi)
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rtl_run, escape(text, quote=False))
    body = para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created></cp:coreProperties>'
            % (escape(heading, quote=False), escape(author, quote=False)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT_XML), ("_rels/.rels", RELS_XML),
                           ("word/document.xml", doc), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    if charset == "us-ascii":
        cs.body_encoding = None
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


def attachment(data, ctype, filename, style="2231", inline_cid=None, disposition=None):
    maintype, subtype = ctype.split("/")
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disp = disposition or ("inline" if inline_cid else "attachment")
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook / Gmail style: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Thunderbird / Apple Mail style: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", "<%s>" % inline_cid)
    return p


def multipart(kind, parts, boundary=None, **params):
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
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
            "table.MsoTableGrid td{border:solid windowtext 1.0pt;padding:0cm 5.4pt}--></style></head>\n"
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
    sent = (rat - dt.timedelta(seconds=m.get("lag", 29))).astimezone(m.get("sender_tz", EET))
    h = ["Return-Path: <%s>" % m["from_email"], "Delivered-To: " + MAILBOX]
    relay = m.get("relay", "mail." + host)
    h.append("Received: from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (EET)"
             % (relay, relay, m.get("ip", "203.0.113.%d" % (9 + m["n"] * 9)), m["qid"], MAILBOX, format_datetime(rat)))
    if m.get("inner_received"):
        h.append(m["inner_received"] % {"date": format_datetime(sent)})
    h.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
             % (host, host))
    h.append("From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")))
    h.append("To: " + m.get("to", "GCM Regional Review Arab States <%s>" % MAILBOX))
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


def outlook_headers(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dRk3XZ9bNq2P0uLr7yT4w==" % (n * 41),
            "Content-Language: %s" % lang]


GMAIL_RECEIVED = "Received: by mail-wr1-f49.google.com with SMTP id x%02dso1187233wrq;\r\n\t%%(date)s"
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ================================================================= shared message ids
MID_01 = "<CAF7pNq3vR1x0T8kLmW2bZc9uEh4sYd6gJ5oKi1A@mail.gmail.com>"
MID_11 = "<CAMw2Xb8tQy5kE7nHd0fUr3sVg1LpZa4oJ9cNm6B@mail.gmail.com>"
SEC_ASK_01 = "<VI1PR08MB5312A4C0D2E1F7B9C3D4E5F6A7B8C@VI1PR08MB5312.eurprd08.prod.outlook.example.com>"
SEC_ASK2_01 = "<VI1PR08MB5312B9E8F7A6D5C4B3A2F1E0D9C8B@VI1PR08MB5312.eurprd08.prod.outlook.example.com>"
ACK_01 = "<ack.GCM-EN-0007.20210201T0715@gcm-intake.iom.int>"
ACK_11 = "<ack.GCM-EN-0052.20210204T1311@gcm-intake.iom.int>"
INVITE_MID = "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com>"

INVITE_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (24-25 شباط/فبراير 2021) وإلى مشاورة أصحاب المصلحة المتعددين (23 شباط/فبراير 2021).

ويُدعى أصحاب المصلحة المهتمون إلى إبداء رغبتهم في المشاركة في النقاش المفتوح خلال مشاورة أصحاب المصلحة المتعددين، أو في تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، أو في تقديم مداخلة خلال الجلسات العامة والموائد المستديرة المواضيعية الأربع. يرجى إرسال اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها إلى gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

وقد تم تمديد الموعد النهائي لتقديم تقارير الاستعراض الطوعية للاتفاق العالمي إلى يوم الثلاثاء 16 شباط/فبراير 2021."""


# ================================================================= the messages, in order of arrival
@message
def h49_01():
    plain = """Dear GCM Review team,

Greetings from Beirut.

I am writing on behalf of Probashi Shromik Odhikar Forum (PSOF), a self
organised group of Bangladeshi migrant workers in Lebanon. We are very happy
to see that migrants themselves are invited to speak at the regional review.

We would like to propose our member Ms. Shathi Akter Munni to take the floor
in Roundtable 1 (regular pathways and decent work). Shathi came to Lebanon in
2012 as a domestic worker and now she helps other women from Bangladesh with
their papers, the embassy and the General Security. She can speak in English
and Bangla.

Please let us know what else is needed from our side.

Thanks and regards
Mizanur Rahman
General Secretary, PSOF
+961 3 482 917
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a1c3f905ba3e7d21")
    meta = dict(from_name="Mizanur Rahman", from_email="psof.lebanon@gmail.example.com",
                subject="Speaker for Roundtable 1 - PSOF", received_at=R(2021, 2, 1, 9, 14, 22), lag=3,
                mid=MID_01, inner_received=GMAIL_RECEIVED % 1, relay="mail-wr1-f49.google.com")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Shathi Akter Munni", None, "Probashi Shromik Odhikar Forum (PSOF)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led group; the sender (General Secretary) nominates a member whose title is not "
                       "given (null; supplied later in h49-10); hard-wrapped plain text; 'Ms.' not part of the name")
    return meta, root, label


@message
def h49_02():
    plain = """السادة/ المنظمة الدولية للهجرة – فريق المراجعة الإقليمية للاتفاق العالمي للهجرة
تحية طيبة وبعد،،،

بالإشارة إلى الدعوة الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، نتشرف بإفادتكم برغبة مديرية القوى العاملة بمحافظة الفيوم في المشاركة بمداخلة ضمن أعمال المائدة المستديرة الأولى الخاصة بتعزيز مسارات الهجرة النظامية والعمل اللائق.

وترشح المديرية لإلقاء المداخلة:
الأستاذ/ محمود عبد الحميد سرور – مدير عام المديرية

علمًا بأن المديرية تتولى متابعة عقود العمل بالخارج لأبناء المحافظة بالتنسيق مع مكاتب التمثيل العمالي.

برجاء التكرم بإفادتنا بالترتيبات الفنية اللازمة.

وتفضلوا بقبول وافر الاحترام،،،

مكتب مدير عام المديرية
مديرية القوى العاملة بمحافظة الفيوم
ت: 0846348210 – فاكس: 0846348211

تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك هذه الرسالة عن طريق الخطأ يرجى إخطار المرسل وحذفها فورًا."""
    html = outlook_html(paras(plain), lang="AR-EG", rtl=True)
    root = alt(plain, html, boundary="_000_HE1PR0602MB31466B2C9D0E1F2A3B4C5D6E7HE1PR0602MB3146_")
    meta = dict(from_name="مكتب مدير عام القوى العاملة", from_email="dg.office@manpower-fayoum.example.gov.eg",
                subject="ترشيح للمداخلة - المائدة المستديرة الأولى", received_at=R(2021, 2, 1, 12, 40, 5), lag=64,
                mid="<HE1PR0602MB31466B2C9D0E1F2A3B4C5D6E7@HE1PR0602MB3146.eurprd06.prod.outlook.example.com>",
                extra_headers=outlook_headers(2, "ar-EG"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد الحميد سرور", "مدير عام المديرية", "مديرية القوى العاملة بمحافظة الفيوم",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="governorate labour directorate (public body) nominating its director general; honorific "
                       "'الأستاذ/' before the name; title refers back to 'المديرية'; the governorate is part of the "
                       "directorate's name; sent by the director's office (not the speaker); Arabic disclaimer")
    return meta, root, label


@message
def h49_03():
    plain = """Bonjour,

Je me permets de vous écrire suite à l'appel relayé par la Plateforme Exil & Accueil concernant
l'examen régional du Pacte mondial sur les migrations.

Notre compagnie de théâtre de marionnettes mène depuis 2016 des ateliers
avec des jeunes exilés arrivés seuls en Belgique (une septantaine de jeunes
l'an passé, majoritairement syriens, soudanais et érythréens). Les
spectacles sont créés avec eux et tournent ensuite dans les écoles.

Je souhaiterais intervenir moi-même lors de la table ronde 3 (inclusion
sociale et cohésion, accès aux services), pour témoigner de ce que la
culture peut apporter à l'accueil. Savez-vous me dire si les interventions
se font à distance ? Je peux m'exprimer en français ou en anglais.

D'avance, je vous remercie.

Au plaisir,
Bien à vous,

Hafsa Bouzidi
Coordinatrice artistique
Compagnie Les Fils Tendus asbl
Rue de l'Intendant 47 – 1080 Molenbeek-Saint-Jean
+32 (0)2 411 72 90 – GSM +32 (0)486 52 19 07
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_5E2A7C10-3B9D-4F61-A8E2-0C4D6B1F9A37")
    meta = dict(from_name="Hafsa Bouzidi", from_email="hafsa@lesfilstendus.example.be",
                subject="Demande d'intervention - table ronde 3", received_at=R(2021, 2, 1, 17, 5, 48),
                sender_tz=tz(1), lag=36, mid="<7C41E0B2-9A55-4D3E-B1F8-2E6A0C7D94B1@lesfilstendus.example.be>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hafsa Bouzidi", "Coordinatrice artistique", "Compagnie Les Fils Tendus asbl",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Belgian French ('septantaine', 'Savez-vous me dire', 'Au plaisir', 'asbl'); the writer proposes "
                       "herself ('moi-même'): name, title and affiliation only in the signature; the body mentions "
                       "another organisation (Plateforme Exil & Accueil) as the relay of the call; puppet theatre")
    return meta, root, label


@message
def h49_04():
    rows = [("Dr. Ziad Khoury", "Urban Policy Researcher", "Lebanese Coalition for Housing Rights (LCHR)",
             "Roundtable 3 – social inclusion, access to basic services"),
            ("Ms. Marie-Joe Saadé", "Legal Aid Coordinator", "Lebanese Coalition for Housing Rights (LCHR)",
             "Plenary session (floor intervention)")]
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\"border-collapse:collapse\">"
             "<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal><b>Title</b></p></td>"
             "<td><p class=MsoNormal><b>Organisation</b></p></td><td><p class=MsoNormal><b>Session</b></p></td></tr>"
             + "".join("<tr>%s</tr>" % "".join("<td><p class=MsoNormal>%s</p></td>" % escape(c) for c in r) for r in rows)
             + "</table>")
    intro = ("Dear colleagues,\n\nFurther to the invitation to the Regional Review of the GCM in the Arab region, the "
             "Lebanese Coalition for Housing Rights would like to propose two speakers, as per the table below:")
    outro = ("Both speakers have worked on evictions and rent disputes affecting migrant domestic workers and refugee "
             "households since the August 2020 port explosion.\n\nWe remain at your disposal for any further "
             "information.\n\nBest regards,\n\nNour Kassab\nNetwork Coordinator\nLebanese Coalition for Housing Rights "
             "(LCHR)\nMar Mikhael, Beirut – Lebanon\nT: +961 1 566 103")
    html = outlook_html(paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro), lang="EN-GB")
    plain = intro + "\n\n" + "\n\n".join("\n\n".join(r) for r in [("Name", "Title", "Organisation", "Session")] + rows) \
        + "\n\n" + outro + "\n"
    root = alt(plain, html, boundary="_000_AM6PR10MB2184C1D2E3F4A5B6C7D8E9F0A1B2AM6PR10MB2184_")
    meta = dict(from_name="Nour Kassab", from_email="n.kassab@lchr-lb.example.org",
                subject="LCHR speakers - GCM Regional Review", received_at=R(2021, 2, 2, 11, 22, 40), lag=51,
                mid="<AM6PR10MB2184C1D2E3F4A5B6C7D8E9F0A1B2@AM6PR10MB2184.EURPRD10.PROD.OUTLOOK.example.com>",
                extra_headers=outlook_headers(4, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ziad Khoury", "Urban Policy Researcher", "Lebanese Coalition for Housing Rights (LCHR)",
                              ["roundtable"], 3),
                           SP("Marie-Joe Saadé", "Legal Aid Coordinator", "Lebanese Coalition for Housing Rights (LCHR)",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an Outlook HTML table (Name/Title/Organisation/Session); the plain-text "
                       "alternative puts every cell on its own line; honorifics 'Dr.'/'Ms.' inside the name cells; "
                       "the sender (Network Coordinator) is not a speaker; 'Beirut – Lebanon' is only the address")
    return meta, root, label


@message
def h49_05():
    plain = """السلام عليكم ورحمة الله وبركاته،

أرجو التكرم بالاطلاع على استمارة الترشيح أدناه للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة.

استمارة ترشيح متحدث
1. الاسم الكامل: د. ريم فؤاد العبادي
2. المسمى الوظيفي: أستاذة مشاركة في الصحة العامة
3. الجهة / المؤسسة: قسم الصحة العامة وطب المجتمع، كلية الطب، جامعة وادي الأردن
4. نوع المشاركة المطلوبة: مداخلة في الجلسة العامة
5. موضوع المداخلة: وصول العمال المهاجرين إلى الرعاية الصحية الأولية واللقاحات ضد كوفيد-19
6. البريد الإلكتروني: r.abbadi@jvu.example.edu.jo
7. الهاتف: +962 79 614 2387

مع خالص الشكر والتقدير،
ريم العبادي
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000005b7e2105ba4f61c9")
    meta = dict(from_name="Reem Al-Abbadi", from_email="r.abbadi@jvu.example.edu.jo",
                subject="استمارة ترشيح متحدث - د. ريم العبادي", received_at=R(2021, 2, 2, 14, 3, 17), lag=5,
                mid="<CAKq7Rz2vN0xW4bT9mHs3fLc8yPd1uGe6jA5oKi2@mail.gmail.com>",
                inner_received=GMAIL_RECEIVED % 5, relay="mail-wr1-f49.google.com")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم فؤاد العبادي", "أستاذة مشاركة في الصحة العامة",
                              "قسم الصحة العامة وطب المجتمع، كلية الطب، جامعة وادي الأردن", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="numbered form pasted from Word ('1. الاسم الكامل: ...'); honorific 'د.' inside the name field; "
                       "affiliation is a department, faculty and university in one comma-separated field; the form "
                       "also has topic, e-mail and phone fields; English From display name, Arabic body (base64)")
    return meta, root, label


@message
def h49_06():
    plain = """Bonjour,

Nous préparons notre participation à la consultation du 23 février et à la
conférence des 24 et 25 février, et j'aurais deux questions pratiques :

1) Les réunions auront-elles lieu uniquement en ligne (Zoom ?) ou y aura-t-il
   aussi une participation en présentiel à Beyrouth ?
2) Une interprétation vers le français sera-t-elle assurée pendant les tables
   rondes ? Plusieurs de nos membres ne maîtrisent ni l'anglais ni l'arabe
   classique.

Merci d'avance pour votre retour.

Cordialement,

Rim Jaziri
Chargée de projets
Association Tunisienne d'Appui aux Migrants (ATAM)
Sfax – Tunisie
"""
    root = text_part(plain, "plain", "utf-8", cte=None, flowed=True)
    root.replace_header("Content-Transfer-Encoding", "8bit")
    meta = dict(from_name="Rim Jaziri", from_email="rim.jaziri@atam-tn.example.org",
                subject="Questions pratiques : format des réunions et interprétation",
                received_at=R(2021, 2, 2, 16, 48, 2), sender_tz=tz(1), lag=21,
                mid="<4b7e2c91-0f3a-6d18-a5c2-8e1f9b0d3a76@atam-tn.example.org>", extra_headers=THUNDERBIRD)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (online or in person, French interpretation in the roundtables); mentions "
                       "the consultation and the roundtables but proposes no speaker; signature with a title")
    return meta, root, label


@message
def h49_07():
    new = """السادة الأفاضل،
تحية طيبة،

ردًا على رسالتكم أدناه، يسعد جمعية النساء القاضيات في المغرب العربي أن تقترح الزميلة القاضية سناء بن رمضان، رئيسة لجنة الهجرة وحقوق الإنسان بالجمعية، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرّرة خلال مشاورة أصحاب المصلحة المتعددين.

وقد أشرفت الزميلة على إعداد دليل تدريبي للقضاة حول ضمانات المحاكمة العادلة للمهاجرين في وضعية غير نظامية، وشاركت في المشاورات الوطنية لسنة 2020.

ونلفت انتباهكم إلى أن النص العربي للدعوة يذكر يوم الجمعة 23 فبراير، ونفترض أن المقصود هو 5 فبراير كما في النص الإنجليزي.

مع فائق الاحترام،
لمياء القصّار
الكاتبة العامة
جمعية النساء القاضيات في المغرب العربي
تونس"""
    plain = new + "\n\nفي الثلاثاء، 2 فبراير 2021 في 3:00 م، كتب GCM Regional Review Arab States <" + MAILBOX + ">:\n\n" \
        + quote(INVITE_AR) + "\n"
    root = alt(plain, gmail_html(new, rtl=True) + '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-right:1px #ccc solid;padding-right:1ex">'
               + gmail_html(INVITE_AR, rtl=True) + "</blockquote></div>\n", cte="b64",
               boundary="000000000000d2a8c705ba5b13e8")
    meta = dict(from_name="لمياء القصار", from_email="secretariat.afjm@gmail.example.com",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=R(2021, 2, 3, 10, 31, 9), sender_tz=tz(1), lag=4,
                mid="<CAPt5Wn0sL3yH8dK2qRv7fXb1mJc9uZe4gT6oAi3@mail.gmail.com>",
                in_reply_to=INVITE_MID, references=INVITE_MID,
                inner_received=GMAIL_RECEIVED % 7, relay="mail-wr1-f49.google.com")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سناء بن رمضان", "رئيسة لجنة الهجرة وحقوق الإنسان",
                              "جمعية النساء القاضيات في المغرب العربي", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="women judges' association; reply quoting the Arabic call ('>'-prefixed), which lists every role, "
                       "the voluntary-report deadline and the misprinted 'الجمعة 23 شباط/فبراير'; the writer also "
                       "mentions the misprint in her own text; 'القاضية' and 'الزميلة' precede the name; title "
                       "ends with 'بالجمعية' (by reference); the sender (secretary general) is not the speaker")
    return meta, root, label


@message
def h49_08():
    plain = """Dear colleagues,

Ms. Leyla Hamdan, Project Coordinator of the SCRIMS-MENA project at the United
Nations Office on Drugs and Crime (UNODC), would like to request a floor
intervention in Roundtable 2 on border governance, smuggling, trafficking and
detention.

Ms. Hamdan has coordinated since 2019 the project's work with prosecutors and
coast guards in Egypt, Libya and Tunisia on the protection of smuggled
migrants' rights during investigations. She would focus her intervention on
GCM Objectives 9 and 10 and on the lessons from joint trainings held in 2020.

She is available on both days of the conference and can join remotely.

Best regards,

Leyla Hamdan
Project Coordinator | SCRIMS-MENA
United Nations Office on Drugs and Crime
Regional Office for the Middle East and North Africa
Cairo, Egypt | +20 2 2735 9841
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-US"),
               boundary="_000_DM6PR09MB4712D3E4F5A6B7C8D9E0F1A2B3C4DM6PR09MB4712_")
    meta = dict(from_name="Leyla Hamdan", from_email="leyla.hamdan@un.example.org",
                subject="Request for floor intervention - Roundtable 2", received_at=R(2021, 2, 3, 13, 57, 33),
                lag=40, mid="<DM6PR09MB4712D3E4F5A6B7C8D9E0F1A2B3C4@DM6PR09MB4712.namprd09.prod.outlook.example.com>",
                extra_headers=outlook_headers(8, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Leyla Hamdan", "Project Coordinator", "United Nations Office on Drugs and Crime (UNODC)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="the writer speaks about herself in the third person ('Ms. Leyla Hamdan ... would like', 'She "
                       "is available') and signs with the same name; UN agency project: the project acronym "
                       "(SCRIMS-MENA) qualifies the title, the affiliation is the agency with its acronym; the "
                       "agency name is hard-wrapped across two lines; regional office/city only in the signature")
    return meta, root, label


@message
def h49_09():
    plain = """Bonjour,

Suite à votre appel, je souhaiterais participer à la discussion ouverte de la
consultation multipartite du 23 février.

Depuis 2019 notre équipe vérifie les rumeurs et fausses informations qui
circulent sur les réseaux sociaux au sujet des migrants subsahariens en
Tunisie (plus de 140 articles de vérification publiés). Il nous semble
important que la question de la désinformation et des discours de haine soit
abordée au titre de l'objectif 17 du Pacte.

Cordialement,

--
Yassine Gharbi
Rédacteur en chef
VériMig – plateforme tunisienne de vérification des faits sur les migrations
www.verimig.example.tn | +216 98 407 315
"""
    root = text_part(plain, "plain", "utf-8", cte="qp", flowed=True)
    meta = dict(from_name="Yassine Gharbi", from_email="redaction@verimig.example.tn",
                subject="Participation à la discussion ouverte du 23 février", received_at=R(2021, 2, 3, 18, 20, 11),
                sender_tz=tz(1), lag=17, mid="<a91f3c6e-2d7b-48e0-b5a4-6c0e1d9f7b32@verimig.example.tn>",
                extra_headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Yassine Gharbi", "Rédacteur en chef",
                              "VériMig – plateforme tunisienne de vérification des faits sur les migrations",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="fact-checking platform; first person, name, title and affiliation only in the Thunderbird "
                       "signature (after '--'); the affiliation line is the platform name with its descriptor; "
                       "'discussion ouverte de la consultation multipartite' = open_discussion; generic sender address")
    return meta, root, label


@message
def h49_10():
    new = """Dear Ms. Rania,

Thank you for both your emails, I answer them together here.

1) About the title: Shathi's title is Community Organiser. So her full
details are:
Shathi Akter Munni - Community Organiser - Probashi Shromik Odhikar Forum
(PSOF) - Roundtable 1

2) About the connection: yes she will join online from our office in Beirut,
she does not need travel support. We will test Zoom before with her.

Sorry for the late answer, this week we had some emergencies in the
community.

Regards
Mizanur"""
    ask2 = """Dear Mr. Rahman,

Further to my previous message, could you also confirm whether Ms. Munni
would join online or in person? The conference will be held in a hybrid
format and we need to plan connections.

Best regards,
Rania Fakhoury
GCM Regional Review Secretariat"""
    ask1 = """Dear Mr. Rahman,

Thank you for your nomination of Ms. Shathi Akter Munni for Roundtable 1.
Could you kindly send us her title (position) within PSOF, so that we can
complete the list of speakers?

Best regards,
Rania Fakhoury
GCM Regional Review Secretariat"""
    orig = h49_01()[0]
    plain = (new + "\n\nOn Wed, 3 Feb 2021 at 16:40, GCM Regional Review Arab States <" + MAILBOX + "> wrote:\n\n"
             + quote(ask2) + "\n\nOn Tue, 2 Feb 2021 at 10:05, GCM Regional Review Arab States <" + MAILBOX
             + "> wrote:\n\n" + quote(ask1) + "\n>\n> On Mon, 1 Feb 2021 at 09:14, Mizanur Rahman <"
             + orig["from_email"] + "> wrote:\n" + quote(quote(h49_01()[1].get_payload()[0].get_payload(decode=True)
                                                         .decode("utf-8").rstrip())) + "\n")
    root = alt(plain, gmail_html(plain), boundary="000000000000f4e1a205ba6a9d37")
    meta = dict(from_name="Mizanur Rahman", from_email=orig["from_email"],
                subject="Re: Speaker for Roundtable 1 - PSOF", received_at=R(2021, 2, 4, 8, 45, 26), lag=3,
                mid="<CAF7pNq5Ls8w2QeYt3Xc0vHb7dRm9uKi1gJ6oZa4@mail.gmail.com>",
                in_reply_to=SEC_ASK2_01, references=" ".join([MID_01, ACK_01, SEC_ASK_01, SEC_ASK2_01]),
                inner_received=GMAIL_RECEIVED % 10, relay="mail-wr1-f49.google.com")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Shathi Akter Munni", "Community Organiser", "Probashi Shromik Odhikar Forum (PSOF)",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of="h49-01.eml",
                 notes="answers two earlier secretariat messages at once (title request, online/in-person question), "
                       "quoting both and the original nomination; completes h49-01 with the missing title; the "
                       "details line is dash-separated and the affiliation wraps across two lines")
    return meta, root, label


@message
def h49_11():
    plain = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Eritrean Refugee
Women's Initiative (ERWI), prepared with the women of our community groups in
Khartoum, Kassala and Gedaref. It covers mainly Objectives 7, 10, 15 and 16.

We would also like to request a floor intervention in the plenary session for
our Chairperson, Ms. Senait Tesfamariam Gebru.

With many thanks,

Senait Tesfamariam Gebru
Chairperson
Eritrean Refugee Women's Initiative (ERWI)
Khartoum, Sudan
+249 91 238 4410
"""
    docx = make_docx("ERWI - Voluntary GCM Review Report 2021",
                     ["Eritrean Refugee Women's Initiative (ERWI)",
                      "1. Introduction and methodology: 6 focus groups, 58 participants.",
                      "2. Objective 10: trafficking and extortion along the eastern route.",
                      "3. Objective 15: access to health and education for refugee women.",
                      "4. Recommendations."], author="ERWI")
    root = multipart("mixed", [alt(plain, gmail_html(plain), boundary="0000000000007a0c3e05ba73c2a9"),
                               attachment(docx, DOCX_TYPE, "ERWI_GCM_voluntary_review_2021.docx")],
                     boundary="0000000000007a0c4005ba73c2ab")
    meta = dict(from_name="ERWI Sudan", from_email="erwi.sudan@gmail.example.com",
                subject="ERWI voluntary GCM report + speaker request", received_at=R(2021, 2, 4, 15, 10, 42),
                lag=6, mid=MID_11, inner_received=GMAIL_RECEIVED % 11, relay="mail-wr1-f49.google.com")
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Senait Tesfamariam Gebru", "Chairperson", "Eritrean Refugee Women's Initiative (ERWI)",
                              ["plenary"], None)],
                 report_attachments=["ERWI_GCM_voluntary_review_2021.docx"], thread_of=None,
                 notes="diaspora/refugee-led group in Sudan; report (DOCX) and a plenary request in one message, "
                       "both on time; the speaker is also the signer, named in the third person in the body; the "
                       "From display name is the organisation; 'Khartoum, Sudan' is a location line")
    return meta, root, label


@message
def h49_12():
    plain = """السلام عليكم ورحمة الله
حياكم الله وشحالكم

شفنا الدعوة اللي وصلتنا من ربعنا في الشبكة، ونبغى نشارك في النقاش المفتوح يوم ٢٣ فبراير ان شاء الله. احنا فريق تطوعي نشتغل مع العمالة الوافدة في صحار من خمس سنين، ونشوف كل يوم مشاكلهم مع السكن والرواتب المتأخرة، وودنا نوصل صوتهم.

اللي بيتكلم بيكون أنا إن شاء الله.
واذا تبون أي شي ثاني خبروني، رقمي تحت.

تسلمون وما قصرتوا

أخوكم
سالم بن خلفان البلوشي
منسق الفريق
فريق أيادي الخير التطوعي - صحار
+968 9245 6718
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000c81e5a05ba7d0f44")
    meta = dict(from_name="Salim Al Balushi", from_email="salim.albalushi88@gmail.example.com",
                subject="المشاركة في النقاش المفتوح", received_at=R(2021, 2, 4, 21, 36, 54), sender_tz=tz(4),
                lag=7, mid="<CAGh1Yk6pS0zQ3nWb8Rt2vLx5cMd7uEj9fA4oTi5@mail.gmail.com>",
                inner_received=GMAIL_RECEIVED % 12, relay="mail-wr1-f49.google.com")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالم بن خلفان البلوشي", "منسق الفريق", "فريق أيادي الخير التطوعي", ["open_discussion"],
                              None)],
                 report_attachments=[], thread_of=None,
                 notes="Gulf (Omani) dialect ('حياكم الله وشحالكم', 'نبغى', 'ودنا', 'تبون'); the writer proposes "
                       "himself ('اللي بيتكلم بيكون أنا'): details only in the signature; '- صحار' is the location "
                       "and not part of the affiliation; Arabic-Indic date digits; Latin From display name; sent "
                       "from Oman (+04:00)")
    return meta, root, label


@message
def h49_13():
    plain = """Madame, Monsieur,

Le Syndicat National des Marins-Pêcheurs Artisanaux de Mauritanie (SNMPAM)
a l'honneur de vous faire part de son souhait de participer à l'examen
régional du Pacte mondial sur les migrations.

Nous proposons :
- notre Secrétaire général, M. Ahmed Salem Ould Mbarek, pour une intervention
  en séance plénière ;
- Mme Coumba Ndiaye, chargée des relations avec les pêcheurs migrants, pour la
  table ronde n° 1 (voies de migration régulières et travail décent).

Les pêcheurs sénégalais, maliens et gambiens représentent aujourd'hui près
d'un tiers des équipages de la pêche artisanale à Nouadhibou ; leurs
conditions de travail et de séjour sont au cœur de notre action.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Brahim Ould Sidi
Chargé de la communication
SNMPAM – Nouadhibou
Tél. : +222 45 74 12 09
"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"),
               boundary="_000_PR3P193MB0876E5F6A7B8C9D0E1F2A3B4C5D6PR3P193MB0876_")
    meta = dict(from_name="Brahim Ould Sidi", from_email="communication@snmpam.example.mr",
                subject="Participation du SNMPAM - propositions d'intervenants", received_at=R(2021, 2, 5, 11, 2, 37),
                sender_tz=tz(0), lag=58,
                mid="<PR3P193MB0876E5F6A7B8C9D0E1F2A3B4C5D6@PR3P193MB0876.EURP193.PROD.OUTLOOK.example.com>",
                extra_headers=outlook_headers(13, "fr-FR"))
    aff = "Syndicat National des Marins-Pêcheurs Artisanaux de Mauritanie (SNMPAM)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ahmed Salem Ould Mbarek", "Secrétaire général", aff, ["plenary"], None),
                           SP("Coumba Ndiaye", "chargée des relations avec les pêcheurs migrants", aff,
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="fishermen's union; two speakers in a dashed list, title before the name for the first "
                       "('notre Secrétaire général, M. ...') and after it for the second; 'de Mauritanie' is part of "
                       "the union's name; affiliation only in the opening sentence (signature has 'SNMPAM – "
                       "Nouadhibou'); the sender (communication officer) is not a speaker; Date header in UTC")
    return meta, root, label


@message
def h49_14():
    plain = """Hello
I want to register for speaking in the plenary session. My name Khaled Odeh from Jordanian Syndicate of Truck Drivers and Transport Workers, we have many Egyptian and Syrian drivers members.
Thanks

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", cte=None)
    meta = dict(from_name="Khaled Odeh", from_email="khaled.odeh77@yahoo.example.com",
                subject="Speaking", received_at=R(2021, 2, 5, 22, 41, 8), lag=12,
                mid="<5A0E7B93-C2D1-4F68-9E3A-71B4D0C85F26@yahoo.example.com>", extra_headers=IPHONE)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Khaled Odeh", None, "Jordanian Syndicate of Truck Drivers and Transport Workers",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="short message typed on a phone, no signature, 'Sent from my iPhone'; no title (null); "
                       "'Jordanian' is part of the syndicate's name; received late on the deadline day but on time")
    return meta, root, label


@message
def h49_15():
    plain = """Bonjour,

Je me permets de revenir vers vous, avec toutes nos excuses pour ce léger
retard par rapport au délai d'hier : le sous-bureau de l'OIM à Médenine
souhaiterait appuyer la candidature de M. Issoufou Maman Sani, président de
l'Association des Ressortissants Nigériens en Tunisie (ARNT), pour une
intervention lors de la table ronde thématique consacrée à l'inclusion
sociale, à l'accès aux services de base et aux contributions des diasporas
(table ronde 3).

M. Maman Sani accompagne depuis plusieurs années les ressortissants nigériens
dans le sud tunisien et a été un relais essentiel pendant la crise sanitaire.
Il s'exprimera en français.

Nous restons disponibles pour faciliter sa connexion le jour J.

Bien cordialement,

Inès Trabelsi
Assistante de programme
Organisation internationale pour les migrations (OIM)
Sous-bureau de Médenine, Tunisie

Avertissement : Ce courriel et ses pièces jointes sont destinés exclusivement
à leurs destinataires. L'OIM décline toute responsabilité en cas d'altération.
"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"),
               boundary="_000_AS8PR04MB7654F6A7B8C9D0E1F2A3B4C5D6E7AS8PR04MB7654_")
    meta = dict(from_name="TRABELSI Ines", from_email="itrabelsi@iom.example.int",
                subject="Candidature intervenant table ronde 3 - ARNT (appui OIM Médenine)",
                received_at=R(2021, 2, 6, 9, 30, 15), sender_tz=tz(1), lag=47,
                mid="<AS8PR04MB7654F6A7B8C9D0E1F2A3B4C5D6E7@AS8PR04MB7654.eurprd04.prod.outlook.example.com>",
                extra_headers=outlook_headers(15, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Issoufou Maman Sani", "président",
                              "Association des Ressortissants Nigériens en Tunisie (ARNT)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February), the sender says so; an IOM sub-office nominates a migrant "
                       "community leader: the sender's own organisation (OIM) is not the speaker's affiliation; "
                       "roundtable named by its theme and then 'table ronde 3'; 'en Tunisie' is part of the name")
    return meta, root, label


@message
def h49_16():
    plain = """السلام عليكم

أعرف أن آخر موعد كان يوم الجمعة الماضي، لكن الانترنت عندنا في سبها كان مقطوعاً أغلب الأسبوع، فأرجو قبول طلبي إن أمكن.

اسمي فرج عبد السلام الزوي، باحث مستقل في قضايا الهجرة عبر الصحراء، مقيم في سبها بجنوب ليبيا. أرغب في تقديم مداخلة في المائدة المستديرة رقم 2 (حماية حقوق الإنسان للمهاجرين وإدارة الحدود والاحتجاز)، وعندي معطيات ميدانية عن مراكز الاحتجاز في الجنوب.

وشكراً جزيلاً
فرج الزوي
0925418736
"""
    root = text_part(plain, "plain", "utf-8", cte="b64")
    meta = dict(from_name="faraj alzway", from_email="faraj.alzway@yahoo.example.com",
                subject="طلب مداخلة متأخر", received_at=R(2021, 2, 8, 10, 5, 31), lag=9,
                mid="<1421988373.2210457.1612771522@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فرج عبد السلام الزوي", "باحث مستقل في قضايا الهجرة عبر الصحراء", None,
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February), the writer knows it; independent researcher: no affiliation (null), the "
                       "city 'سبها' is where he lives, not an organisation; first-person prose; lowercase Latin From "
                       "display name; the signature repeats a shorter form of the name")
    return meta, root, label


@message
def h49_17():
    plain = """Dear team,

Thank you very much for confirming that you received our report and the
request for Ms. Senait. We look forward to the conference.

Warm regards,
Hiwet
on behalf of ERWI

On Thu, 4 Feb 2021 at 15:11, GCM Regional Review Arab States <""" + MAILBOX + """> wrote:
> Dear Senait Tesfamariam Gebru,
>
> Thank you for your message to the Regional Review of the Global Compact for
> Migration in the Arab region. We confirm receipt of your voluntary GCM review
> report (1 file) and of your speaking-role request. This is an automatic
> acknowledgement; the secretariat will contact you if more information is needed.
>
> GCM Regional Review Secretariat
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000002f6b8d05baa1e470")
    meta = dict(from_name="ERWI Sudan", from_email="erwi.sudan@gmail.example.com",
                subject="Re: Acknowledgement of receipt - ERWI voluntary GCM report + speaker request",
                received_at=R(2021, 2, 8, 12, 18, 3), lag=5,
                mid="<CAMw2Xb9uRz6lF8oIe1gVs4tWh2MqAb5pK0dOn7C@mail.gmail.com>",
                in_reply_to=ACK_11, references=MID_11 + " " + ACK_11,
                inner_received=GMAIL_RECEIVED % 17, relay="mail-wr1-f49.google.com")
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h49-11.eml",
                 notes="thank-you reply to the service's acknowledgement of h49-11 that adds nothing new: do not "
                       "acknowledge; the quoted acknowledgement mentions the report and the speaking-role request; "
                       "written by a colleague (Hiwet) from the organisation's shared address")
    return meta, root, label


@message
def h49_18():
    plain = """السادة المنظمين المحترمين،
تحية طيبة،

نحن مجموعة من أعضاء الجالية السودانية العاملين في مجال دعم المهاجرين، وقد تم قبول مشاركة أحد زملائنا في المؤتمر. نود الاستفسار عما يلي:
- هل سيُعقد المؤتمر حضورياً في بيروت أم عن بُعد فقط؟
- في حال الحضور، هل يحتاج حاملو الجواز السوداني إلى تأشيرة مسبقة لدخول لبنان، وهل يمكنكم إصدار خطاب دعوة رسمي لتقديمه إلى السفارة في الخرطوم؟
- وهل تتحمل الجهة المنظمة تكاليف السفر والإقامة؟

مع الشكر والتقدير،
محمد عثمان الطيب
منسق البرامج
منظمة جسور للتنمية والهجرة
الخرطوم – السودان
"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True),
               boundary="_000_DB7PR02MB4421A7B8C9D0E1F2A3B4C5D6E7F8DB7PR02MB4421_")
    meta = dict(from_name="محمد عثمان الطيب", from_email="m.eltayeb@jusur-sd.example.org",
                subject="استفسار بخصوص التأشيرة وحضور المؤتمر", received_at=R(2021, 2, 9, 11, 47, 29), lag=38,
                mid="<DB7PR02MB4421A7B8C9D0E1F2A3B4C5D6E7F8@DB7PR02MB4421.eurprd02.prod.outlook.example.com>",
                extra_headers=outlook_headers(18, "ar-SA"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter / travel-cost question from a Sudanese diaspora organisation; "
                       "mentions that a colleague's participation was accepted but proposes no speaker; signature "
                       "with title and organisation")
    return meta, root, label


@message
def h49_19():
    plain = """Bonjour,

Serait-il possible de recevoir l'ordre du jour détaillé de la consultation du
23 février et de la conférence des 24-25 février (horaires des tables rondes
et des séances plénières) ? Nous souhaiterions organiser la participation de
nos membres en conséquence.

Merci beaucoup et bonne journée,

Salma Benjelloun
Responsable du pôle plaidoyer
Collectif Jeunesse Migrations et Citoyenneté (CJMC)
Rabat

Envoyé de mon Samsung Galaxy
"""
    root = text_part(plain, "plain", "utf-8", cte="qp")
    meta = dict(from_name="Salma Benjelloun", from_email="s.benjelloun@cjmc.example.ma",
                subject="Demande de l'ordre du jour", received_at=R(2021, 2, 10, 10, 12, 44), sender_tz=tz(1),
                lag=26, mid="<mg0xq2bk4r8w1e7p5c3y9t6n.1612944738231@email.android.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the detailed agenda; mentions roundtables and plenaries but proposes no speaker; "
                       "sent from an Android phone ('Envoyé de mon Samsung Galaxy') with a full signature")
    return meta, root, label


@message
def h49_20():
    plain = """Dear Sir/Madam,

On behalf of Paguyuban Pekerja Migran Indonesia (PAPEMI) – Jordan Chapter, please find
attached our voluntary GCM review report. The report is based on a survey of
212 Indonesian domestic workers in Amman, Zarqa and Irbid conducted between
October and December 2020, and covers Objectives 6, 7 and 16.

We apologise that the report is only available in English for now; an
Indonesian version will be shared with our members.

Kind regards,

Dewi Lestari Wulandari
Chairperson
Paguyuban Pekerja Migran Indonesia (PAPEMI) – Jordan Chapter
Mobile: +962 77 903 5128
"""
    inner = outlook_html(paras(plain)
                         + '\n<p class=MsoNormal><img width=120 height=60 src="cid:image001.png@01D6FFA1.3C2B1E40" '
                         'alt="PAPEMI logo"></p>', lang="EN-US")
    rel = multipart("related", [alt(plain, inner, boundary="_000_HE1PR0102MB2870_alt_"),
                                attachment(tiny_png(), "image/png", "image001.png",
                                           inline_cid="image001.png@01D6FFA1.3C2B1E40")],
                    boundary="_004_HE1PR0102MB2870_rel_", type="multipart/alternative")
    pdf = tiny_pdf(["PAPEMI Jordan Chapter", "Voluntary GCM Review Report - February 2021",
                    "Survey of 212 Indonesian domestic workers", "Objectives 6, 7 and 16"], "PAPEMI GCM report")
    root = multipart("mixed", [rel, attachment(pdf, "application/pdf", "PAPEMI_Jordan_GCM_Voluntary_Report_Feb2021.pdf")],
                     boundary="_005_HE1PR0102MB2870_mixed_")
    meta = dict(from_name="Dewi Lestari Wulandari", from_email="papemi.jordan@outlook.example.com",
                subject="Voluntary GCM Review Report - PAPEMI Jordan", received_at=R(2021, 2, 11, 16, 3, 56), lag=72,
                mid="<HE1PR0102MB2870B8C9D0E1F2A3B4C5D6E7F8A9@HE1PR0102MB2870.eurprd01.prod.outlook.example.com>",
                extra_headers=outlook_headers(20, "en-US"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["PAPEMI_Jordan_GCM_Voluntary_Report_Feb2021.pdf"], thread_of=None,
                 notes="Outlook layout mixed > related > alternative: the inline signature logo image001.png is not "
                       "part of the report; migrant-led organisation of Indonesian domestic workers; the signer's "
                       "title is not a speaker request")
    return meta, root, label


@message
def h49_21():
    plain = """السادة فريق المراجعة الإقليمية المحترمين،

تحية طيبة وبعد،

يسرّ الشبكة الإقليمية للشباب المهاجر واللاجئ في المنطقة العربية أن ترسل إليكم مرفقاً التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدّته سبع منظمات شبابية أعضاء في الشبكة:
- ملتقى شباب المهجر (الأردن)
- مبادرة جيل العبور (لبنان)
- جمعية شباب بلا حدود (تونس)
- شبكة الطلبة الأفارقة في المغرب
- رابطة الشباب السوداني في القاهرة (مصر)
- مجموعة صوت الشباب اليمني (اليمن)
- نادي الشباب المهاجر (ليبيا)

ويركّز التقرير على الهدفين 7 و16، وعلى أثر جائحة كوفيد-19 على تعليم الشباب المهاجرين وعملهم.

مع خالص التحية،
منسقة الشبكة
ديما الحوراني
"""
    pdf = tiny_pdf(["Regional Network of Migrant and Refugee Youth in the Arab Region",
                    "Collective voluntary GCM review report (Arabic original)", "7 member organisations",
                    "Objectives 7 and 16"], "Collective youth report")
    fname = "التقرير الطوعي الجماعي - الشبكة الإقليمية للشباب المهاجر.pdf"
    root = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000e93b1705bab8a611"),
                               attachment(pdf, "application/pdf", fname, style="2047")],
                     boundary="000000000000e93b1905bab8a613")
    meta = dict(from_name="ديما الحوراني", from_email="youth.network.arab@gmail.example.com",
                subject="التقرير الطوعي الجماعي للشبكة الإقليمية للشباب المهاجر", received_at=R(2021, 2, 13, 13, 25, 7),
                sender_tz=tz(2), lag=8, mid="<CAJd4Vm7qT1yR6oXc3Pw9sLb0eKf8uHa2gN5iZj6@mail.gmail.com>",
                inner_received=GMAIL_RECEIVED % 21, relay="mail-wr1-f49.google.com")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="collective report of a network of migrant youth (seven member organisations listed); Gmail "
                       "style Arabic file name as RFC 2047 encoded-words inside quoted filename/name parameters; "
                       "signer's role line before her name")
    return meta, root, label


@message
def h49_22():
    orig = """Chers collègues,

Veuillez trouver ci-joint le rapport volontaire du Bureau de Secours et
d'Entraide Arménien (BSEA) sur la mise en œuvre du Pacte mondial au Liban,
en particulier pour les travailleuses migrantes et les familles déplacées
accueillies dans nos centres de Bourj Hammoud.

Pourriez-vous le transmettre à l'adresse indiquée dans l'appel ? Ma boîte
refuse les adresses externes depuis la mise à jour.

Avec mes bénédictions,
Père Krikor Hagopian
Directeur, BSEA"""
    plain = """Bonjour,

Je vous transfère ci-dessous le rapport de notre bureau, à la demande du
Père Krikor, pour l'examen régional du Pacte mondial.

Bien cordialement,
Talar Manoukian
Assistante administrative – BSEA
Bourj Hammoud, Liban

-----Message d'origine-----
De : Krikor Hagopian <direction@bsea-lb.example.org>
Envoyé : lundi 15 février 2021 09:12
À : Talar Manoukian <t.manoukian@bsea-lb.example.org>
Objet : Rapport volontaire PMM - BSEA

""" + orig + "\n"
    pdf = tiny_pdf(["Bureau de Secours et d'Entraide Armenien (BSEA)", "Rapport volontaire - Pacte mondial sur les migrations",
                    "Liban, fevrier 2021"], "Rapport BSEA")
    root = multipart("mixed", [alt(plain, outlook_html(paras(plain), lang="FR"),
                                   boundary="_000_VI1PR07MB6210_alt_"),
                               attachment(pdf, "application/pdf", "Rapport_volontaire_BSEA_PMM_2021.pdf")],
                     boundary="_004_VI1PR07MB6210_mixed_")
    meta = dict(from_name="Talar Manoukian", from_email="t.manoukian@bsea-lb.example.org",
                subject="TR: Rapport volontaire PMM - BSEA", received_at=R(2021, 2, 15, 10, 2, 19), lag=55,
                mid="<VI1PR07MB6210C9D0E1F2A3B4C5D6E7F8A9B0@VI1PR07MB6210.eurprd07.prod.outlook.example.com>",
                extra_headers=outlook_headers(22, "fr-FR"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_BSEA_PMM_2021.pdf"], thread_of=None,
                 notes="Outlook forward ('TR:', '-----Message d'origine-----') by an assistant of an Armenian church "
                       "relief office; the report's author is in the forwarded header; the PDF travels with the "
                       "forward; 'Père' honorific; no speaker proposed")
    return meta, root, label


@message
def h49_23():
    plain = """السادة/ فريق المراجعة الإقليمية للاتفاق العالمي للهجرة
تحية طيبة وبعد،

نرفق لكم طيّه التقرير الطوعي لرابطة أبناء السودان بالمهجر حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول أوضاع السودانيين في مصر والأردن ولبنان، وقضايا التوثيق والتحويلات المالية ومساهمة المغتربين في التنمية.

نعتذر عن التأخير، ونرجو تأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام
عوض الكريم بابكر
أمين العلاقات الخارجية
رابطة أبناء السودان بالمهجر
"""
    docx = make_docx("تقرير الاستعراض الطوعي للاتفاق العالمي للهجرة - رابطة أبناء السودان بالمهجر",
                     ["أولاً: المنهجية", "ثانياً: التوثيق والإقامة", "ثالثاً: التحويلات المالية", "رابعاً: التوصيات"],
                     rtl=True, author="Awad")
    fname = "تقرير الرابطة - الاستعراض الطوعي 2021.docx"
    body = alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True), charset="windows-1256",
               boundary="----=_NextPart_001_0031_01D70495.1A2B3C40")
    root = multipart("mixed", [body, attachment(docx, "application/octet-stream", fname, style="2047")],
                     boundary="----=_NextPart_000_0030_01D70495.1A2B3C40")
    meta = dict(from_name="عوض الكريم بابكر", from_email="awad.babiker@sudan-diaspora.example.org",
                hdr_charset="windows-1256", subject="التقرير الطوعي - رابطة أبناء السودان بالمهجر",
                received_at=R(2021, 2, 16, 20, 12, 38), sender_tz=tz(2), lag=83,
                mid="<003001d70495$1a2b3c40$4e5f6a70$@sudan-diaspora.example.org>",
                extra_headers=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: AdcElRorPEBOX2pw",
                               "Content-Language: ar-sa"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="Sudanese diaspora association; the DOCX is sent as application/octet-stream (old Outlook), "
                       "Arabic file name RFC 2047-encoded in quoted parameters; windows-1256 body and headers; "
                       "evening of the report deadline day (on time) although the writer apologises for a delay")
    return meta, root, label


@message
def h49_24():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Forum tunisien pour la
mobilité et les droits des migrants (FTMDM) dans le cadre de l'examen
régional du Pacte mondial sur les migrations. Nous espérons qu'il pourra
encore être pris en compte : il est envoyé ce mardi 16 février au soir.

Le rapport traite notamment de l'accès à la justice, de la détention
administrative et des expulsions vers les frontières sud.

Bien à vous,

Mehdi Ayari
Coordinateur du pôle recherche
FTMDM – Tunis
"""
    docx = make_docx("FTMDM - Rapport volontaire d'examen du Pacte mondial sur les migrations (version finale)",
                     ["1. Contexte", "2. Accès à la justice et détention administrative",
                      "3. Expulsions et refoulements", "4. Recommandations"], author="FTMDM")
    root = multipart("mixed", [text_part(plain, "plain", "utf-8", cte="qp", flowed=True),
                               attachment(docx, DOCX_TYPE, "FTMDM_Rapport_volontaire_PMM_VF.docx")],
                     boundary="------------A3C5E7092B4D6F81E0A2C4E6")
    meta = dict(from_name="Mehdi Ayari", from_email="m.ayari@ftmdm.example.tn",
                subject="Rapport volontaire FTMDM - examen régional PMM", received_at=R(2021, 2, 17, 0, 35, 20),
                sender_tz=tz(1), lag=44, mid="<e7d2b0a4-5c19-4f83-a6e1-0b9c3d7f2e58@ftmdm.example.tn>",
                extra_headers=THUNDERBIRD)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["FTMDM_Rapport_volontaire_PMM_VF.docx"], thread_of=None,
                 notes="late: the Date header (Tue 16 Feb 23:34 +0100) and the body ('ce mardi 16 février au soir') "
                       "say 16 February, but the server received it at 00:35 on 17 February Beirut time; Thunderbird, "
                       "format=flowed")
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
        meta["qid"] = "4DZk%02dq9Wm" % i
        name = "h49-%02d.eml" % i
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
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
    build(os.path.join(HERE, "holdout49"), MESSAGES)
