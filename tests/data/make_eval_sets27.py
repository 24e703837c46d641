#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout27 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets27.py
Written without reading intake/ or rules/.  Each message is a small function returning the envelope
(headers, client style), the MIME body and the expected label (format of /work/shared/corpus/LABELS.md).
All names and organisations are invented.
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




def make_docx(paragraphs, rtl=False):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    def para(text):
        ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text, quote=False))
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
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(para(p) for p in paragraphs)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
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
        blocks.append("<div>%s</div>" % "<br>".join(escape(l, quote=False) for l in para.split("\n")))
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
        out.append("<p class=%s>%s</p>" % (cls, "<br>\n".join(escape(l, quote=False) for l in para.split("\n"))))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join("<div class=\"\">%s</div>" % (escape(l, quote=False) or "<br class=\"\">") for l in text.split("\n"))
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


# ----------------------------------------------------------------- the quoted invitation letter
INVITE_EN_RT = """Stakeholders may request a speaking role by e-mail to gcmrrarabstates@iom.int, giving the name, title and organizational affiliation of the speaker, by Friday 5 February 2021. Floor interventions may be requested in a plenary session or in one of the four thematic roundtables:
- Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration (Objectives 2, 5, 6, 12, 18)
- Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention (Objectives 4, 8, 9, 10, 11, 13, 14, 21)
- Roundtable 3: Social inclusion and cohesion, access to basic services, remittances and diaspora contributions (Objectives 15, 16, 19, 20, 22)
- Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation (Objectives 1, 3, 7, 17, 23)"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ================================================================= holdout27 messages
MID_03 = "<8d1f2a7e-3b5c-4e9a-a0d2-6c7f1e4b9a31@sdaam.example.ma>"
ACK_03 = "<ack.GCM-FR-0142.20210203T0741@gcm-intake.iom.int>"
MID_11 = "<CAKw7tZb3R9vN1xQm4Hc8pLs2dF6gY0eU5aJiO3k@mail.gmail.com>"
MID_INVITE = "<AM6PR03MB4187A2C9E0F1D3B5B8E7C21AD9A10@AM6PR03MB4187.eurprd03.prod.outlook.com>"

DISCLAIMER_EN = ("DISCLAIMER: This message and any attachments are confidential and intended solely for the\n"
                 "addressee. If you have received it in error, please notify the sender and delete it.")


@message
def h01():
    plain = """Dear colleagues,

I hope this email finds you well.

Following the invitation to the Regional Review of the GCM in the Arab region, the Cedar
Psychosocial Support Network (CPSN) would like to propose our Executive Director,
Dr. Karim Abi Nader, as a speaker at the regional conference. We would be grateful if he
could make a floor intervention in the thematic roundtable on social inclusion and cohesion
and access to basic services, given our work on mental health services for migrant domestic
workers and refugees in Lebanon.

Dr. Abi Nader is a clinical psychologist and has led CPSN since 2014.

Please let me know if you need anything else from our side.

Best regards,
Rana Khoury
Programme Manager | Cedar Psychosocial Support Network (CPSN)
Beirut, Lebanon
+961 1 385 204 | www.cpsn-lb.example.org
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a41c7205ba4f2e01")
    meta = dict(from_name="Rana Khoury", from_email="rana.khoury@cpsn-lb.example.org",
                subject="Speaker nomination - CPSN - GCM Regional Review",
                received_at=R(2021, 2, 2, 10, 14, 22), lag=6,
                mid="<CAFp2Lx9Qd7mR3sV0bT8nH1kW5cY4eJ6gU2aZiO7@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Karim Abi Nader", "Executive Director", "Cedar Psychosocial Support Network (CPSN)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="sender (Programme Manager) nominates her director; roundtable given by theme only "
                       "(social inclusion, basic services = roundtable 3); hard-wrapped prose")
    return meta, root, label


@message
def h02():
    aff = "النقابة المستقلة للعاملين في البناء والأخشاب – الأردن"
    plain = """السادة فريق المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، نرجو التكرم بتسجيل ممثلَي النقابة التاليين كمتحدثين في المؤتمر الإقليمي:

الاسم\tالمسمى الوظيفي\tالجهة\tنوع المداخلة
السيد محمود العتوم\tرئيس النقابة\t%(aff)s\tمداخلة في الجلسة العامة
السيدة هالة الزعبي\tمسؤولة ملف العمال المهاجرين\t%(aff)s\tالمائدة المستديرة الأولى

علماً بأن النقابة تضم أكثر من ثلاثة آلاف عامل مهاجر من مصر وسوريا وبنغلاديش.

وتفضلوا بقبول فائق الاحترام،

م. سامر النسور
أمين السر
%(aff)s
عمّان، شارع الجاردنز
هاتف: ‎+962 6 569 3312
""" % {"aff": aff}
    rows = [("الاسم", "المسمى الوظيفي", "الجهة", "نوع المداخلة"),
            ("السيد محمود العتوم", "رئيس النقابة", aff, "مداخلة في الجلسة العامة"),
            ("السيدة هالة الزعبي", "مسؤولة ملف العمال المهاجرين", aff, "المائدة المستديرة الأولى")]
    table = "<table class=grid dir=rtl border=1 cellspacing=0 cellpadding=0>" + "".join(
        "<tr>" + "".join("<td><p class=MsoNormal>%s</p></td>" % escape(c, quote=False) for c in r) + "</tr>"
        for r in rows) + "</table>"
    head, rest = plain.split("الاسم\t", 1)
    tail = rest.split("\n\n", 1)[1]
    html = outlook_html(paras(head.strip()) + "\n" + table + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(tail.strip()),
                        lang="AR-JO", rtl=True)
    root = alt(plain, html, boundary="----=_NextPart_000_0027_01D6FAE1.3C5D7B20")
    meta = dict(from_name="سامر النسور", from_email="secretary@iucw-jo.example.org",
                subject="ترشيح متحدثين – النقابة المستقلة للعاملين في البناء والأخشاب",
                received_at=R(2021, 2, 4, 13, 5, 41), lag=70,
                mid="<002701d6fae1$3c5d7b20$b518f160$@iucw-jo.example.org>", extra_headers=outlook_headers(2, "ar-jo"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود العتوم", "رئيس النقابة", aff, ["plenary"], None),
                           SP("هالة الزعبي", "مسؤولة ملف العمال المهاجرين", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an Outlook HTML table (tab-separated in the plain part); honorifics "
                       "السيد/السيدة; the sender (أمين السر, with م. prefix) is not a speaker")
    return meta, root, label


@message
def h03():
    plain = """Bonjour,

Suite à l'invitation reçue par l'intermédiaire de nos partenaires, je souhaiterais
intervenir lors de la table ronde n°2 consacrée à la protection des droits humains
des migrants (gestion des frontières, traite, détention). Notre service accompagne
chaque année plusieurs centaines de personnes migrantes, en particulier des femmes
et des mineurs non accompagnés, et nous aimerions partager ce que nous observons
sur le terrain.

Vous trouverez mes coordonnées ci-dessous.

Bien à vous,

--
Sœur Marie-Noëlle Kaboré
Responsable du pôle accueil et orientation
Service Diocésain d'Accueil et d'Accompagnement des Migrants (SDAAM)
12, rue de l'Église – Rabat, Maroc
Tél. : +212 6 61 23 45 78
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="SDAAM Accueil", from_email="accueil@sdaam.example.ma",
                subject="Demande d'intervention - table ronde 2",
                received_at=R(2021, 2, 3, 9, 40, 3), sender_tz=tz(1), lag=12, mid=MID_03,
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Marie-Noëlle Kaboré", "Responsable du pôle accueil et orientation",
                              "Service Diocésain d'Accueil et d'Accompagnement des Migrants (SDAAM)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination; name, title and affiliation only in the signature after '--'; generic "
                       "From display name; religious honorific 'Sœur' dropped from the name")
    return meta, root, label


@message
def h04():
    plain = """Dear Sir/Madam,

On behalf of the National Institute for Population and Migration Statistics (NIPMS), please find
attached our voluntary GCM review report, prepared in consultation with the national working group on
migration data, for consideration in the Regional Review of the Global Compact for Migration in the
Arab region.

The report focuses on Objective 1 (accurate and disaggregated data) and Objective 3 (information at all
stages of migration).

Kindly confirm receipt.

With best regards,

Dr. Yasmine Fawzy
Head, Migration Statistics Division
National Institute for Population and Migration Statistics (NIPMS)
Tel: +20 2 2403 1187 | Fax: +20 2 2403 1190

""" + DISCLAIMER_EN + "\n"
    html = outlook_html(paras(plain), lang="EN-US")
    pdf = tiny_pdf(["NIPMS - Voluntary GCM Review Report", "Regional Review, Arab region, February 2021",
                    "1. Introduction", "2. Objective 1: accurate and disaggregated data",
                    "3. Objective 3: information at all stages of migration"], title="NIPMS GCM voluntary review")
    root = mixed(alt(plain, html, boundary="_000_VI1PR0402MB3391B2C4_alt_"),
                 [attachment(pdf, "application/pdf", "NIPMS_GCM_Voluntary_Review_2021.pdf")],
                 boundary="_004_VI1PR0402MB3391B2C4_")
    meta = dict(from_name="Yasmine Fawzy", from_email="y.fawzy@nipms.example.gov.eg",
                subject="Voluntary GCM Review Report - NIPMS",
                received_at=R(2021, 2, 15, 16, 22, 9), lag=44,
                mid="<VI1PR0402MB3391B2C4E1A7D0F93C2B8A55D1A40@VI1PR0402MB3391.eurprd04.prod.outlook.com>",
                extra_headers=outlook_headers(4, "en-US"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NIPMS_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="plain report submission from a statistics office, PDF attachment, legal disclaimer")
    return meta, root, label


@message
def h05():
    fname = "تقرير الاستعراض الطوعي - اللجنة الوطنية لمكافحة الاتجار بالبشر.docx"
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي،

تحية طيبة،

تهديكم الأمانة الفنية للجنة الوطنية لمكافحة الاتجار بالبشر أطيب تحياتها، وترفق طيه التقرير الطوعي الخاص باستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع التركيز على الهدف العاشر (منع الاتجار بالأشخاص ومكافحته والقضاء عليه).

نرجو التفضل بالإفادة بالاستلام.

مع خالص التقدير،

الأمانة الفنية
اللجنة الوطنية لمكافحة الاتجار بالبشر
"""
    html = outlook_html(paras(plain), lang="AR-SA", rtl=True)
    docx = make_docx(["التقرير الطوعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة",
                      "اللجنة الوطنية لمكافحة الاتجار بالبشر – شباط/فبراير 2021",
                      "أولاً: مقدمة", "ثانياً: الإطار التشريعي", "ثالثاً: حماية الضحايا"], rtl=True)
    root = mixed(alt(plain, html, boundary="----=_NextPart_001_0041_01D702A4.9E3F1C60"),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             fname, style="2047")],
                 boundary="----=_NextPart_000_0040_01D702A4.9E3F1C60")
    meta = dict(from_name="الأمانة الفنية - اللجنة الوطنية", from_email="tech.secretariat@ncat.example.gov.qa",
                subject="التقرير الطوعي – الاتفاق العالمي من أجل الهجرة", received_at=R(2021, 2, 14, 11, 30, 55),
                sender_tz=tz(3), lag=38, mid="<004001d702a4$9e3f1c60$da bd5520$@ncat.example.gov.qa>".replace(" ", ""),
                extra_headers=outlook_headers(5, "ar-sa"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="DOCX with an Arabic file name encoded Outlook-style (RFC 2047 inside the parameter); "
                       "sender's Date in +03:00")
    return meta, root, label


@message
def h06():
    plain = """Madame, Monsieur,

Au nom des 17 associations membres de la Plateforme Maghreb-Sahel des Organisations de Migrants
(PMSOM), nous avons le plaisir de vous transmettre en pièce jointe notre rapport collectif de
revue volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été élaboré lors de trois ateliers en ligne (Tunis, Oujda, Agadez) entre novembre
2020 et janvier 2021, avec la participation d'organisations dirigées par des personnes migrantes.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Ibrahima Sow
Coordinateur régional
Plateforme Maghreb-Sahel des Organisations de Migrants (PMSOM)
+216 71 902 455
"""
    html = ('<div dir="ltr">' + gmail_html(plain) + '<div><img src="cid:ii_kl8x2f0p0" alt="logo PMSOM" '
            'width="120" height="60"><br></div></div>\n')
    pdf = tiny_pdf(["Rapport collectif de revue volontaire du Pacte mondial sur les migrations",
                    "Plateforme Maghreb-Sahel des Organisations de Migrants (PMSOM)", "Fevrier 2021",
                    "Organisations signataires : 17"], title="Rapport collectif PMSOM")
    body = related(alt(plain, html, boundary="000000000000d8e3f905bb7a1c02"),
                   [attachment(tiny_png((200, 120, 30)), "image/png", "logo_pmsom.png", inline_cid="ii_kl8x2f0p0")],
                   boundary="000000000000d8e3f805bb7a1c01")
    root = mixed(body, [attachment(pdf, "application/pdf", "Rapport_collectif_PMSOM_revue_PMM_2021.pdf")],
                 boundary="000000000000d8e3f705bb7a1c00")
    meta = dict(from_name="Ibrahima Sow", from_email="coordination.pmsom@gmail.com",
                subject="Rapport collectif de revue volontaire - PMSOM",
                received_at=R(2021, 2, 16, 21, 47, 30), sender_tz=tz(1), lag=5,
                mid="<CAGt5Nq1Lz8wK3rT7bX0mD4hF9vS2eP6cY1aUjQ8@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_collectif_PMSOM_revue_PMM_2021.pdf"], thread_of=None,
                 notes="collective report of a network; inline signature logo is not part of the report; received "
                       "two hours before the report deadline (on time)")
    return meta, root, label


@message
def h07():
    plain = """Hi, this is Chinedu Okafor from Nigerian Community Welfare Association Lebanon. I would like to speak at roundtable 1 about decent work for our people here. Thanks

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Chinedu Okafor", from_email="chinedu.okafor82@yahoo.com",
                subject="Speaking", received_at=R(2021, 2, 5, 22, 48, 17), lag=3,
                mid="<A7C0E5B2-9F41-4D3A-8E6B-2C1D0F9A7B34@yahoo.com>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Chinedu Okafor", None, "Nigerian Community Welfare Association Lebanon",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message, no title given; one run-on line; late evening of the deadline day "
                       "(on time)")
    return meta, root, label


@message
def h08():
    plain = """السلام عليكم ورحمة الله،

أنا عضو في جمعية الجالية السودانية للتنمية، ونرغب في حضور المؤتمر الإقليمي يومي 24 و25 فبراير. هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال كان حضورياً، هل تقدّم المنظمة الدولية للهجرة خطاب دعوة للحصول على تأشيرة دخول إلى لبنان لحاملي جواز السفر السوداني؟

شكراً جزيلاً،
عثمان الطيب
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000005f2b1a05bb1e4c93")
    meta = dict(from_name="Osman Eltayeb", from_email="osman.eltayeb.sd@gmail.com",
                subject="استفسار عن التأشيرة", received_at=R(2021, 2, 6, 18, 2, 44), lag=4,
                mid="<CAMq0Vb6Xc2nP8sL4tR1wE7yH3gK9dJ5fA0uZiT2@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / format question; wants to attend, proposes no speaker; Latin display name, Arabic body")
    return meta, root, label


@message
def h09():
    plain = """Madame, Monsieur,

Je soussigné, Pr. Abdelhak Benmoussa, Professeur de droit international
public à la Faculté des Sciences Juridiques et Politiques - Université
Ibn Battouta de Tanger, ai l'honneur de solliciter la possibilité de
remplir le rôle de rapporteur lors de l'examen régional du Pacte mondial
pour les migrations dans la région arabe, afin de présenter les
messages clés des parties prenantes.

Je coordonne depuis 2017 le master « Migrations, droits et mobilités »
et j'ai participé à la consultation nationale marocaine de 2020.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes
salutations distinguées.

Pr. A. Benmoussa
"""
    root = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Abdelhak Benmoussa", from_email="a.benmoussa@fsjp.uibt.example.ac.ma",
                subject="Candidature - rapporteur - examen régional PMM",
                received_at=R(2021, 2, 1, 8, 12, 36), sender_tz=tz(1), lag=19,
                mid="<20210201071217.Horde.xK3mQ9bT0rV2Lw8nYc5pAa1@webmail.uibt.example.ac.ma>",
                extra_headers=["User-Agent: Horde Application Framework 5"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Abdelhak Benmoussa", "Professeur de droit international public",
                              "Faculté des Sciences Juridiques et Politiques - Université Ibn Battouta de Tanger",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="formal self-nomination 'Je soussigné'; title and affiliation hard-wrapped across lines; "
                       "Latin-1 quoted-printable; rapporteur role")
    return meta, root, label


@message
def h10():
    orig = """Dear partners,

The Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region
will take place on 23-25 February 2021 (multi-stakeholder consultation on 23 February, regional
conference on 24-25 February).

""" + INVITE_EN_RT + """

Best regards,
GCM Regional Review Secretariat"""
    plain = """Hello IOM team,

Kabayan Airwaves Qatar would like to join. We propose our Station Manager Maria Cristina Dela Paz
to speak in Roundtable 3, because our listeners send remittances home every month and many of
them have questions about access to health care here.

Thank you po and God bless!

Jun Villanueva
Volunteer coordinator, Kabayan Airwaves Qatar (migrant-run community radio)
+974 5531 9086

On Thu, 28 Jan 2021 at 11:02, GCM Regional Review <gcmrrarabstates@iom.int> wrote:
""" + quote(orig)
    root = alt(plain, gmail_html(plain), boundary="000000000000b71e3c05ba2f9d41")
    meta = dict(from_name="Jun Villanueva", from_email="kabayanairwaves.qa@gmail.com",
                subject="Re: Invitation - Regional Review of the GCM in the Arab region - speaking roles",
                received_at=R(2021, 1, 29, 19, 3, 12), sender_tz=tz(3), lag=7,
                mid="<CAEz4Rw8Mn1bT6qK0yV3sL7cH2dX9fG5aP1uJiW6@mail.gmail.com>",
                in_reply_to=MID_INVITE, references=MID_INVITE)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maria Cristina Dela Paz", "Station Manager", "Kabayan Airwaves Qatar",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' invitation quoting the full list of four roundtables and the "
                       "deadline; own choice is 'Roundtable 3'; sender is not the speaker")
    return meta, root, label


@message
def h11():
    aff = "رابطة الدفاع عن حقوق النساء – البصرة"
    plain = """الإخوة والأخوات في فريق المراجعة الإقليمية المحترمين

تحية طيبة

يسرّ %s أن ترشّح السيدة نور الهدى كاظم للمشاركة في المناقشة المفتوحة ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط. وسنوافيكم بمسمّاها الوظيفي لاحقاً بعد اعتماده من الهيئة الإدارية.

مع التقدير
زينب عبد الرزاق
رئيسة الرابطة
""" % aff
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000e4a9d105ba51c7f2")
    meta = dict(from_name="زينب عبد الرزاق", from_email="womenrights.basra@gmail.com",
                subject="ترشيح للمشاركة في المشاورة", received_at=R(2021, 2, 2, 14, 20, 7), sender_tz=tz(3), lag=9,
                mid=MID_11)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("نور الهدى كاظم", None, aff, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="nominates a colleague for the open discussion of 23 Feb; title explicitly postponed "
                       "(null); completed in h27-20")
    return meta, root, label


@message
def h12():
    ack = """Bonjour,

Nous accusons réception de votre demande d'intervention pour la Revue régionale du Pacte mondial
sur les migrations dans la région arabe. Elle sera examinée par le comité d'organisation.

Cordialement,
Secrétariat de la Revue régionale du PMM"""
    plain = """Merci beaucoup pour votre confirmation !
Bonne journée,
Sœur Marie-Noëlle

Le 03/02/2021 à 08:41, gcmrrarabstates@iom.int a écrit :
""" + quote(ack)
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="SDAAM Accueil", from_email="accueil@sdaam.example.ma",
                subject="Re: Accusé de réception - Demande d'intervention - table ronde 2",
                received_at=R(2021, 2, 3, 15, 10, 48), sender_tz=tz(1), lag=10,
                mid="<f2b9c4d1-7a63-4e08-9b1c-5d2e8a0f3c77@sdaam.example.ma>",
                in_reply_to=ACK_03, references=MID_03 + "\r\n " + ACK_03,
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h27-03.eml",
                 notes="thank-you reply to our acknowledgement of h27-03, adds nothing new: no acknowledgement")
    return meta, root, label


@message
def h13():
    fname = "BREN_Voluntary_GCM_Review_Feb2021.docx"
    inner = paras("""Dear GCM Regional Review team,

Greetings from Dhaka.

Please find attached the voluntary GCM review report of the Bangladesh Returnee Entrepreneurs Network (BREN), a network of 1,200 returnee migrant workers from the Gulf and Jordan who have started small businesses back home.

We would also like to request a floor intervention in the plenary session of the regional conference for our Chairperson, Md. Rafiqul Islam Bhuiyan, who returned from Saudi Arabia in 2012 and founded BREN in 2016.

Thanking you and with warm regards,""") + """
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Tahmina Akter</b><br>Program Officer<br>Bangladesh Returnee Entrepreneurs Network (BREN)<br>House 14, Road 7, Dhanmondi, Dhaka 1205<br>Mobile: +880 1711 420 358</p>"""
    plain = """Dear GCM Regional Review team,

Greetings from Dhaka.

Please find attached the voluntary GCM review report of the Bangladesh Returnee Entrepreneurs Network (BREN), a network of 1,200 returnee migrant workers from the Gulf and Jordan who have started small businesses back home.

We would also like to request a floor intervention in the plenary session of the regional conference for our Chairperson, Md. Rafiqul Islam Bhuiyan, who returned from Saudi Arabia in 2012 and founded BREN in 2016.

Thanking you and with warm regards,

Tahmina Akter
Program Officer
Bangladesh Returnee Entrepreneurs Network (BREN)
House 14, Road 7, Dhanmondi, Dhaka 1205
Mobile: +880 1711 420 358
"""
    docx = make_docx(["Voluntary GCM Review - Bangladesh Returnee Entrepreneurs Network (BREN)",
                      "February 2021", "1. Reintegration of returnee migrant workers (Objective 21)",
                      "2. Skills recognition (Objective 18)"])
    root = mixed(alt(plain, outlook_html(inner, lang="EN-US"), boundary="----=_NextPart_001_0019_01D6FA9C.51E2A3B0"),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)],
                 boundary="----=_NextPart_000_0018_01D6FA9C.51E2A3B0")
    meta = dict(from_name="Tahmina Akter", from_email="program@bren-bd.example.org",
                subject="BREN voluntary report and speaker request", received_at=R(2021, 2, 4, 7, 55, 20),
                sender_tz=tz(6), lag=61, mid="<001801d6fa9c$51e2a3b0$f5a7eb10$@bren-bd.example.org>",
                extra_headers=outlook_headers(13, "en-us"))
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Md. Rafiqul Islam Bhuiyan", "Chairperson",
                              "Bangladesh Returnee Entrepreneurs Network (BREN)", ["plenary"], None)],
                 report_attachments=[fname], thread_of=None,
                 notes="report DOCX plus a plenary request for the Chairperson in one message; 'Md.' is part of "
                       "the Bangladeshi name, not an honorific; Date header in +06:00")
    return meta, root, label


@message
def h14():
    plain = """الجمهورية اللبنانية
وزارة العمل
المديرية العامة – مديرية شؤون العمالة الوافدة

الرقم: 2021/318/ع.و
التاريخ: 7 شباط 2021

إلى: المنظمة الدولية للهجرة – المكتب الإقليمي للشرق الأوسط وشمال أفريقيا
الموضوع: المشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة

تحية طيبة وبعد،

بالإشارة إلى الموضوع أعلاه، تودّ وزارة العمل إعلامكم برغبتها في تقديم مداخلة في الجلسة العامة للمؤتمر الإقليمي، يلقيها الدكتور فادي حداد، مدير مديرية شؤون العمالة الوافدة في وزارة العمل.

نعتذر عن التأخر في إرسال هذا الطلب نظراً للإجراءات الإدارية، ونأمل أن يتسنى لكم أخذه بعين الاعتبار.

وتفضلوا بقبول الاحترام.

المدير العام لوزارة العمل
"""
    html = outlook_html(paras(plain), lang="AR-LB", rtl=True)
    root = alt(plain, html, boundary="----=_NextPart_000_0063_01D6FD5B.2A40E910")
    meta = dict(from_name="Ministry of Labour - Diwan", from_email="diwan@labor.example.gov.lb",
                subject="طلب مداخلة في الجلسة العامة – وزارة العمل", received_at=R(2021, 2, 7, 12, 30, 2), lag=120,
                mid="<006301d6fd5b$2a40e910$7ec2bb30$@labor.example.gov.lb>", extra_headers=outlook_headers(14, "ar-lb"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فادي حداد", "مدير مديرية شؤون العمالة الوافدة", "وزارة العمل", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="official letter with reference number and letterhead; received after the speaker deadline "
                       "and apologises for it (on_time false); title contains the directorate name")
    return meta, root, label


@message
def h15():
    aff = "Collectif des Camerounais Résidant au Maroc (CCRM)"
    plain = """Bonsoir,

Je me permets de vous écrire au nom du %s.
Nous souhaitons proposer deux personnes pour prendre la parole lors de la table
ronde sur la protection des droits des migrants, les frontières et la détention :

- M. Serge Ngono Essomba
- Mme Clarisse Mbarga, trésorière du collectif

Nous nous excusons pour ce retard, nous venons seulement de recevoir l'invitation.

Fraternellement,
Serge Ngono Essomba
CCRM – Casablanca
+212 6 70 55 21 09
""" % aff
    root = alt(plain, gmail_html(plain), boundary="0000000000003d9a6e05bac0f1b7")
    meta = dict(from_name="Serge Ngono", from_email="ccrm.maroc@gmail.com",
                subject="Demande de prise de parole CCRM", received_at=R(2021, 2, 8, 9, 15, 40), sender_tz=tz(1),
                lag=8, mid="<CAHn6Yt3Pq9wL2xV5bR8mK1sD4gF7eJ0cT3aUiX9@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Serge Ngono Essomba", None, aff, ["roundtable"], 2),
                           SP("Clarisse Mbarga", "trésorière du collectif", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a dash list, the first (the sender) without a title; roundtable given by "
                       "theme only (rights, borders, detention = 2); sent after the deadline (on_time false)")
    return meta, root, label


@message
def h16():
    fname = "RRME_GCM_voluntary_report.pdf"
    plain = """Dear Regional Review Secretariat,

RecruitRight Middle East (RRME) is an online recruitment platform that applies the employer-pays
principle for workers hired from Nepal, the Philippines and Kenya into Qatar, the UAE and Jordan.

As a private sector stakeholder, we are pleased to share our voluntary GCM review report
(attached), covering our experience with Objective 6 on fair and ethical recruitment.

Kind regards,
Omar Siddiqui
Head of Compliance & Partnerships
RecruitRight Middle East (RRME) | Doha, Qatar
"""
    pdf = tiny_pdf(["RecruitRight Middle East (RRME)", "Voluntary GCM Review Report - Objective 6",
                    "Fair and ethical recruitment, 2019-2020"], title="RRME voluntary report")
    att = MIMEApplication(pdf, "octet-stream")
    att.add_header("Content-Disposition", "attachment", filename=fname)
    att.set_param("name", fname)
    root = mixed(text_part(plain, "plain", "utf-8", "qp"), [att], boundary="=_a71f0c3e9b2d4d58b6e1c0f2")
    meta = dict(from_name="Omar Siddiqui", from_email="omar.siddiqui@recruitright-me.example.com",
                subject="Voluntary report - RecruitRight Middle East", received_at=R(2021, 2, 10, 12, 0, 31),
                sender_tz=tz(3), lag=15, mid="<1612951200.8827.rrme@mailer.recruitright-me.example.com>",
                extra_headers=["X-Mailer: Zoho Mail"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="PDF report sent as application/octet-stream; private sector stakeholder")
    return meta, root, label


@message
def h17():
    plain = """السادة فريق المراجعة الإقليمية

مرحباً،

نرجو تسجيل طلب المداخلة التالي:

الاسم الكامل: رهف الحلبي
الصفة: مسؤولة المناصرة
المنظمة: جمعية جسور لدعم اللاجئين السوريين – إربد
نوع المشاركة: مداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين)

مع الشكر

احصل على Outlook لـ Android"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Rahaf Halabi", from_email="rahaf.halabi@outlook.com",
                subject="طلب مداخلة", received_at=R(2021, 2, 5, 16, 40, 9), lag=14,
                mid="<HE1PR0801MB2137D4A9F6C2E3B15E8F0A21C7D30@HE1PR0801MB2137.eurprd08.prod.outlook.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رهف الحلبي", "مسؤولة المناصرة", "جمعية جسور لدعم اللاجئين السوريين – إربد",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="labelled key: value lines from Outlook for Android, base64 body; affiliation includes the "
                       "city after a dash")
    return meta, root, label


@message
def h18():
    plain = """Bonjour,

L'Association Tunisienne pour l'Intégration des Migrants Subsahariens (ATIMS) a bien
reçu l'invitation à la revue régionale et vous en remercie.

Pourriez-vous nous faire parvenir l'ordre du jour provisoire de la conférence des
24 et 25 février ainsi que la note conceptuelle des tables rondes ? Nous souhaiterions
préparer notre participation en amont avec nos membres.

Avec nos remerciements anticipés,

Hela Trabelsi
Chargée de communication – ATIMS
Sfax, Tunisie
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000c2f7a805bb2d6e18")
    meta = dict(from_name="Hela Trabelsi", from_email="communication.atims@gmail.com",
                subject="Demande d'ordre du jour", received_at=R(2021, 2, 9, 10, 26, 5), sender_tz=tz(1), lag=6,
                mid="<CAJr8Tq2Mv5bN0xW3kL9sD6hF1gY4eP7cR2aUiZ5@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda and concept note; mentions the roundtables but proposes no speaker")
    return meta, root, label


@message
def h19():
    plain = """Dear colleagues,

A couple of practical questions from IOM Iraq on behalf of our civil society partners in Erbil and Basra:

1. Will simultaneous Arabic-English interpretation be available in the thematic roundtables, or only in the plenary?
2. Will the Zoom links be sent only to registered speakers, or to all registered participants?
3. Is there a technical rehearsal planned before 24 February?

Many thanks in advance,

Dana Mahmoud
Programme Assistant, Migration Governance Unit
IOM Iraq Country Office
Baghdad | +964 751 740 3318

Please consider the environment before printing this email.
"""
    html = outlook_html(paras(plain), lang="EN-US")
    root = alt(plain, html, boundary="_000_DB7PR02MB4632E1F0C39A8B4D77A1D38DD2E80_")
    meta = dict(from_name="MAHMOUD Dana", from_email="dmahmoud@iom.example.int",
                subject="Interpretation and Zoom links - regional conference", received_at=R(2021, 2, 18, 11, 3, 50),
                sender_tz=tz(3), lag=40,
                mid="<DB7PR02MB4632E1F0C39A8B4D77A1D38DD2E80@DB7PR02MB4632.eurprd02.prod.outlook.com>",
                extra_headers=outlook_headers(19, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions from an IOM country office (numbered list); mentions speakers and "
                       "roundtables without proposing anyone")
    return meta, root, label


@message
def h20():
    earlier = """الإخوة والأخوات في فريق المراجعة الإقليمية المحترمين

تحية طيبة

يسرّ رابطة الدفاع عن حقوق النساء – البصرة أن ترشّح السيدة نور الهدى كاظم للمشاركة في المناقشة المفتوحة ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط. وسنوافيكم بمسمّاها الوظيفي لاحقاً بعد اعتماده من الهيئة الإدارية.

مع التقدير
زينب عبد الرزاق
رئيسة الرابطة"""
    plain = """تحية طيبة،

إلحاقاً برسالتنا أدناه، نود إفادتكم بأن المسمى الوظيفي للسيدة نور الهدى كاظم هو: منسقة برنامج حماية العاملات المهاجرات.

مع الشكر
زينب

في الثلاثاء، 2 فبراير 2021 في 3:20 م، كتب womenrights.basra@gmail.com:
""" + quote(earlier)
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f1b3c805ba62d9a4")
    meta = dict(from_name="زينب عبد الرزاق", from_email="womenrights.basra@gmail.com",
                subject="Re: ترشيح للمشاركة في المشاورة", received_at=R(2021, 2, 3, 10, 2, 26), sender_tz=tz(3),
                lag=5, mid="<CAKw7tZb9P2sQ6mR1xL8cV4nH0dF3gY7eU1aJiK5@mail.gmail.com>",
                in_reply_to=MID_11, references=MID_11)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("نور الهدى كاظم", "منسقة برنامج حماية العاملات المهاجرات",
                              "رابطة الدفاع عن حقوق النساء – البصرة", ["open_discussion"], None)],
                 report_attachments=[], thread_of="h27-11.eml",
                 notes="follow-up completing h27-11 with the missing title; role and affiliation only in the quoted "
                       "earlier message")
    return meta, root, label


@message
def h21():
    fname = "Rapport revue volontaire PMM – Terre d'Asile Gabès.pdf"
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport de revue volontaire du Pacte mondial pour les migrations
de l'association Terre d'Asile Gabès, qui porte sur l'accès des migrants aux services de santé
et à l'éducation dans le sud tunisien.

Nous sommes conscients que la date limite du 16 février est dépassée : notre assemblée générale
n'a pu valider le texte que le 17 au soir. Nous espérons qu'il pourra néanmoins être pris en compte.

Cordialement,

Mehdi Ben Salah
Président, Terre d'Asile Gabès
"""
    pdf = tiny_pdf(["Terre d'Asile Gabes", "Rapport de revue volontaire du Pacte mondial pour les migrations",
                    "Acces aux services de sante et a l'education"], title="Rapport revue volontaire PMM")
    root = mixed(text_part(plain, "plain", "utf-8", "qp", flowed=True),
                 [attachment(pdf, "application/pdf", fname)], boundary="------------8A2F1C6D3E9B0470C5D21E84")
    meta = dict(from_name="Mehdi Ben Salah", from_email="terredasile.gabes@planet.example.tn",
                subject="Rapport de revue volontaire - Terre d'Asile Gabès", received_at=R(2021, 2, 18, 0, 37, 14),
                sender_tz=tz(1), lag=16, mid="<3b7e0a95-c2d4-41f8-8e6a-9d1c5f2b7e03@planet.example.tn>",
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="report received after the report deadline (on_time false); non-ASCII PDF file name "
                       "(RFC 2231) with an en dash and an apostrophe")
    return meta, root, label


@message
def h22():
    fwd = """---------- Forwarded message ---------
From: Hassan Al-Shami <h.alshami@gilmr.example.edu.kw>
Date: Wed, Feb 3, 2021 at 4:51 PM
Subject: GCM regional review - speaker
To: Amal Farouk <a.farouk@gilmr.example.edu.kw>


Dear Amal,

Could you please send our nomination to the organisers before Friday: I would like to propose
Dr. Lina Matar, Senior Research Fellow at the Gulf Institute for Labour Mobility Research (GILMR),
to speak in Roundtable 4 (data and evidence-based policies). Her work on the labour migration
survey is directly relevant.

Thanks,
Hassan

--
Prof. Hassan Al-Shami
Director, GILMR"""
    plain = """Dear colleagues,

Please see below the request from our Director.

Best,
Amal

Amal Farouk
Research Assistant
Gulf Institute for Labour Mobility Research (GILMR)
Kuwait City

""" + fwd + "\n"
    root = alt(plain, gmail_html(plain), boundary="00000000000081a2f405ba7c3e55")
    meta = dict(from_name="Amal Farouk", from_email="a.farouk@gilmr.example.edu.kw",
                subject="Fwd: GCM regional review - speaker", received_at=R(2021, 2, 4, 17, 22, 13), sender_tz=tz(3),
                lag=11, mid="<CAPx1Lm7Qw4nR9tV2bY6sK0cH8dF3gJ5eA1uZiM4@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Lina Matar", "Senior Research Fellow",
                              "Gulf Institute for Labour Mobility Research (GILMR)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="forward: the request is in the forwarded message; neither the forwarder (Research "
                       "Assistant) nor the Director is the speaker")
    return meta, root, label


@message
def h23():
    aff = "جمعية الأمل لرعاية أسر العاملين بالخارج – أسيوط"
    html = ('<html><body dir="rtl" style="font-family:Tahoma;font-size:13px">'
            '<p>السادة الأفاضل،</p>'
            '<p>تحية طيبة وبعد،</p>'
            '<p>تتشرف <b>%s</b> بترشيح <b>الأستاذ/ عمرو عبد الحميد</b> ليكون مقرراً يعرض الرسائل الرئيسية '
            'لأصحاب المصلحة خلال المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة.</p>'
            '<p>ويعمل الأستاذ عمرو منذ سنوات مع أسر العمال المصريين في دول الخليج والأردن.</p>'
            '<p>وتفضلوا بقبول وافر الاحترام،<br>مجلس إدارة الجمعية</p>'
            '<p style="color:#888;font-size:11px">هاتف: ‎+20 88 236 4410</p>'
            '</body></html>\n') % escape(aff, quote=False)
    root = text_part(html, "html", "utf-8", "b64")
    meta = dict(from_name="جمعية الأمل", from_email="alamal.assiut@yahoo.com",
                subject="ترشيح مقرر – جمعية الأمل", received_at=R(2021, 2, 1, 13, 0, 18), lag=22,
                mid="<1812645091.2211937.1612177200118@mail.yahoo.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عمرو عبد الحميد", None, aff, ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only base64 body; honorific 'الأستاذ/' before the name; no title; rapporteur role "
                       "phrased as presenting the stakeholders' key messages")
    return meta, root, label


@message
def h24():
    plain = """Bonjour,

Je suis Amira Gharbi, consultante indépendante en migration et genre, basée à Tunis.
Je souhaiterais faire une intervention en plénière lors de la conférence régionale
des 24-25 février, sur la situation des travailleuses domestiques migrantes.

Je reste disponible pour tout échange.

Bien cordialement,
Amira Gharbi
+216 98 412 337

Envoyé de mon iPad"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail-7C2E1A90-4B3D-4F58-9E61-0D8A2B5C3F14")
    meta = dict(from_name="Amira Gharbi", from_email="amira.gharbi@gnet.example.tn",
                subject="Intervention en plénière", received_at=R(2021, 2, 5, 11, 10, 52), sender_tz=tz(1), lag=9,
                mid="<5E9B3C71-0A2D-4F86-B1E4-7C3D9A2F6B08@gnet.example.tn>",
                extra_headers=["X-Mailer: iPad Mail (18D52)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Amira Gharbi", "consultante indépendante en migration et genre", None,
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="independent consultant: no organisational affiliation (null); 'Envoyé de mon iPad'")
    return meta, root, label


# ----------------------------------------------------------------- writer
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
        meta["qid"] = "5F%02dWq27Zk" % i
        for j, part in enumerate(root.walk()):
            if part.is_multipart() and part.get_boundary() is None:
                part.set_boundary("----=_Part_27%02d_%d" % (i, j))
        name = "%s%02d.eml" % (prefix, i)
        assert fn.__name__ == "h%02d" % i, (fn.__name__, name)
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
    build(os.path.join(HERE, "holdout27"), "h27-", MESSAGES)
