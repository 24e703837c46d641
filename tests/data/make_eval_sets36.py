#!/usr/bin/env python3
"""Evaluation set holdout36 for gcm-intake: tests/data/holdout36 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets36.py
Written without reading intake/ or rules/.  A plain week of the review mailbox: each message is a
small record (envelope, client style, body, attachments) next to its expected label; files are
numbered in order of arrival.
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


def make_docx(heading, paragraphs, rtl=False):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
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
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
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


# ----------------------------------------------------------------- client header sets
def outlook_headers(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}R2m9Lk1pQe8vYt3Zw7x==",
            "Content-Language: " + lang]


IPHONE = ["X-Mailer: iPhone Mail (18C66)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]

MESSAGES = {}


def message(fn):
    MESSAGES[fn.__name__] = fn
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


MID_INVITE = "<CALL-GCM-RR-ARAB-20210125.0912@iom.int>"
MID_KMPGS = "<CAF7kq2Wn0pZ_vR4sLx9eH3mT1bY8cU5dJ6gA2oQ@mail.gmail.com>"
MID_ETH = "<DB7PR04MB5012C8E1F3A2B4D6E9F0A1B2C3D4@DB7PR04MB5012.eurprd04.prod.outlook.com>"
ACK_ETH = "<ack.GCM-EN-0042.20210204T1530@gcm-intake.iom.int>"


# ================================================================= Arabic
@message
def municipal_phone():
    plain = """مساء الخير

نرغب بالمشاركة بمداخلة في المائدة المستديرة الثالثة (الإدماج الاجتماعي والخدمات الأساسية) خلال المؤتمر الإقليمي.
المتحدث: المهندس جورج الحداد، رئيس لجنة الشؤون الاجتماعية في اتحاد بلديات ساحل المتن الجنوبي
رقم الهاتف للتواصل ٠٣٨٤٧٢١٥

مع الشكر

أُرسلت من الـ iPhone"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="George Haddad", from_email="g.haddad.sm@gmail.com",
                subject="طلب مداخلة", received_at=R(2021, 2, 1, 20, 14, 37), lag=6,
                mid="<5B1E7A20-9C3D-4F8E-A1B2-C3D4E5F60718@gmail.com>", extra_headers=IPHONE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("جورج الحداد", "رئيس لجنة الشؤون الاجتماعية", "اتحاد بلديات ساحل المتن الجنوبي",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="written on a phone: plain text only, base64, no signature; honorific 'المهندس' not part of "
                       "the name; title and affiliation in one comma-joined line ('في' links them); roundtable as "
                       "the ordinal 'الثالثة'; From display name in Latin script")
    return meta, root, label


@message
def refugee_centre_two():
    plain = """حضرات السادة في فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في المنطقة العربية، يسعدنا في مركز الدراسات حول اللجوء والتهجير القسري أن نرشّح
اثنين من باحثينا للمشاركة على النحو الآتي:

- الدكتور خالد العمري، مدير المركز، للمشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين
يوم 23 شباط/فبراير.
- السيدة ريم أبو زيد، باحثة مساعدة، لتقديم مداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان
للمهاجرين.

وتفضلوا بقبول فائق الاحترام،

د. خالد العمري
مدير مركز الدراسات حول اللجوء والتهجير القسري
إربد - الأردن
هاتف: +962 2 7251 884"""
    root = alt(plain, gmail_html(plain, rtl=True))
    root.set_boundary("000000000000a3c1f205ba7d2e91")
    meta = dict(from_name="خالد العمري", from_email="k.alomari@crfd-research.example.jo",
                subject="ترشيح متحدثَين – مركز الدراسات حول اللجوء والتهجير القسري",
                received_at=R(2021, 2, 2, 11, 3, 12), lag=4,
                mid="<CAN3vT8k_Pq1Lw9zYx0RbF5mC7sD2hE4jG6uK8aN@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد العمري", "مدير", "مركز الدراسات حول اللجوء والتهجير القسري",
                              ["open_discussion"], None),
                           SP("ريم أبو زيد", "باحثة مساعدة", "مركز الدراسات حول اللجوء والتهجير القسري",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers with different roles in a dashed list, honorifics 'الدكتور'/'السيدة'; the "
                       "affiliation is only in the opening sentence and signature ('مدير المركز' in the list: title 'مدير'); hard-wrapped "
                       "lines split the role descriptions; city after the name in the signature is a location")
    return meta, root, label


@message
def childhood_council():
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين

تحية طيبة،

يرغب المجلس الوطني لشؤون الطفولة والأمومة في إلقاء كلمة خلال الجلسة العامة للمؤتمر الإقليمي (24-25 شباط/فبراير 2021)
حول حماية الأطفال المهاجرين غير المصحوبين.

بيانات المتحدث:
الاسم: سهى عبد الجليل
الجهة: المجلس الوطني لشؤون الطفولة والأمومة

وسنوافيكم بأي معلومات إضافية عند الطلب.

مع خالص التقدير
إدارة العلاقات الدولية
المجلس الوطني لشؤون الطفولة والأمومة
بغداد"""
    inner = paras(plain)
    root = alt(plain, outlook_html(inner, lang="AR-SA", rtl=True))
    meta = dict(from_name="International Relations Dept.", from_email="intl.relations@ncca-iq.example.org",
                subject="طلب كلمة في الجلسة العامة", received_at=R(2021, 2, 3, 10, 41, 5), lag=40,
                sender_tz=tz(3), mid="<00c201d6fa0e$7d31a2b0$77946810$@ncca-iq.example.org>",
                extra_headers=outlook_headers(3, "ar-sa"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سهى عبد الجليل", None, "المجلس الوطني لشؤون الطفولة والأمومة", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines without a title line (title null); sent from a department mailbox whose "
                       "signature is not a person; 'الجلسة العامة' = plenary; Date header in +03:00")
    return meta, root, label


@message
def syria_network_report():
    plain = """السادة في فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرسل إليكم مرفقاً التقرير الطوعي الجماعي لشبكة منظمات المجتمع المدني السورية للهجرة واللجوء حول تنفيذ الاتفاق
العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أُعدّ بمشاركة 17 منظمة عضواً في الشبكة داخل سوريا
وفي دول الجوار.

نرجو تأكيد الاستلام.

مع التحية،
لمى السيد
منسقة الشبكة
شبكة منظمات المجتمع المدني السورية للهجرة واللجوء
غازي عنتاب / بيروت"""
    pdf = tiny_pdf(["Syrian Civil Society Network on Migration and Asylum", "Collective voluntary GCM review report",
                    "January 2021", "1. Introduction", "2. Implementation of GCM objectives by member organisations"],
                   title="Collective voluntary GCM review")
    body = alt(plain, gmail_html(plain, rtl=True))
    body.set_boundary("000000000000f1e2d305ba8e4c77")
    root = mixed(body, [attachment(pdf, "application/pdf", "التقرير الطوعي الجماعي - الشبكة السورية.pdf")],
                 boundary="000000000000f1e2d505ba8e4c79")
    meta = dict(from_name="Lama Al-Sayed", from_email="lama.alsayed.net@gmail.com",
                subject="التقرير الطوعي الجماعي للشبكة", received_at=R(2021, 2, 9, 14, 22, 48), lag=9,
                sender_tz=tz(3), mid="<CAK9mW2r_Nd7Vq4xLp0sJe5hZ1bT3yG8fU6cO2iR@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي الجماعي - الشبكة السورية.pdf"], thread_of=None,
                 notes="collective report of a network; Arabic PDF file name in RFC 2231 encoding; sent from a "
                       "personal Gmail address")
    return meta, root, label


@message
def returnees_docx():
    plain = """السيدات والسادة المحترمين

تحية طيبة وبعد

تجدون في المرفق تقرير جمعية العائدين العراقيين للتنمية المستدامة عن الاستعراض الطوعي للاتفاق العالمي للهجرة،
ويتناول بشكل خاص الهدف 21 (العودة الآمنة والكريمة وإعادة الإدماج المستدام).

نعتذر عن أي تأخير، وشكراً لجهودكم.

أحمد كاظم الموسوي
رئيس الهيئة الإدارية
جمعية العائدين العراقيين للتنمية المستدامة
النجف – العراق
جوال: 07801234567

تنويه: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسل إليه فقط."""
    docx = make_docx("تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة",
                     ["جمعية العائدين العراقيين للتنمية المستدامة", "الهدف 21: العودة وإعادة الإدماج",
                      "أولاً: المقدمة", "ثانياً: التحديات"], rtl=True)
    body = alt(plain, outlook_html(paras(plain), lang="AR-IQ", rtl=True))
    root = mixed(body, [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "تقرير الجمعية - الاستعراض الطوعي.docx", style="2047")])
    meta = dict(from_name="أحمد كاظم الموسوي", from_email="a.almousawi@irda-iq.example.org",
                subject="تقرير الاستعراض الطوعي - جمعية العائدين العراقيين", received_at=R(2021, 2, 15, 19, 7, 30),
                lag=55, sender_tz=tz(3), mid="<001901d703a1$c5e2b7a0$51a826e0$@irda-iq.example.org>",
                extra_headers=outlook_headers(5, "ar-iq"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير الجمعية - الاستعراض الطوعي.docx"], thread_of=None,
                 notes="DOCX with an Arabic name, Outlook-style RFC 2047 encoded words in the parameters; 'نعتذر عن "
                       "أي تأخير' although it arrives the day before the report deadline (on time); disclaimer")
    return meta, root, label


@message
def sudan_visa():
    plain = """السلام عليكم ورحمة الله

أنا عضو في رابطة الجالية السودانية في القاهرة ونرغب في حضور المؤتمر الإقليمي يومي 24 و25 فبراير.
هل ينعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وإذا كان حضورياً، هل تساعدون المشاركين في الحصول على
تأشيرة دخول إلى لبنان؟ جوازات سفرنا سودانية.

ولكم جزيل الشكر

عثمان الطيب"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Osman Eltayeb", from_email="osman.eltayeb77@yahoo.com",
                subject="استفسار عن التأشيرة", received_at=R(2021, 2, 4, 13, 55, 2), lag=12,
                mid="<1382245671.2211903.1612439690112@mail.yahoo.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / attendance question; gives a name and an association but asks to attend, not to speak")
    return meta, root, label


@message
def radio_reply_invite():
    invite = """من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسلت: الاثنين، 25 كانون الثاني/يناير 2021 09:12 ص
إلى: شركاء المجتمع المدني
الموضوع: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

ويمكن لأصحاب المصلحة طلب الكلمة بالبريد الإلكتروني إلى gcmrrarabstates@iom.int مع ذكر اسم المتحدث ومسمّاه الوظيفي
والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، سواء للمشاركة في النقاش المفتوح خلال
المشاورة مع أصحاب المصلحة المتعددين، أو لعرض الرسائل الرئيسية بصفة مقرر، أو لمداخلة في الجلسات العامة أو في
إحدى الموائد المستديرة المواضيعية الأربع."""
    plain = """تحية طيبة،

ردّاً على دعوتكم أدناه، تودّ إذاعة صوت النساء المجتمعية أن تقترح الزميلة بشرى المقطري، مديرة البرامج
في الإذاعة، لتقوم بدور المقرر وعرض الرسائل الرئيسية لأصحاب المصلحة.

مع الشكر والتقدير،
نادية الشرعبي
المديرة التنفيذية – إذاعة صوت النساء المجتمعية
تعز، اليمن

________________________________
""" + invite
    root = alt(plain, outlook_html(paras(plain), lang="AR-YE", rtl=True))
    meta = dict(from_name="نادية الشرعبي", from_email="director@womenvoice-radio.example.org",
                subject="رد: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(2021, 2, 4, 21, 36, 19), lag=70, sender_tz=tz(3),
                mid="<003f01d6fb2a$1a9c44e0$4fd4cea0$@womenvoice-radio.example.org>",
                in_reply_to=MID_INVITE, references=MID_INVITE, extra_headers=outlook_headers(7, "ar-ye"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("بشرى المقطري", "مديرة البرامج", "إذاعة صوت النساء المجتمعية", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' call quoting it (Outlook separator, not '>'); the quoted call lists "
                       "all four roles and the misprinted date; the sender (executive director) nominates a colleague; "
                       "'في الإذاعة' refers back to the affiliation")
    return meta, root, label


@message
def farmers_late():
    plain = """السادة المنظمون،

تحية طيبة

نعلم أن الموعد المحدد لطلبات المداخلات قد انقضى، ولكننا نأمل أن تتمكنوا من إدراج اسم رئيس الجمعية التعاونية
الزراعية لصغار المزارعين في الصعيد ضمن المتحدثين في المائدة المستديرة الأولى حول مسارات الهجرة النظامية
والعمل اللائق، نظراً لتجربة الجمعية مع العمالة الموسمية.

الاسم: محمود عبد الحميد سليمان
الصفة: رئيس مجلس الإدارة
الجمعية: الجمعية التعاونية الزراعية لصغار المزارعين في الصعيد

وشكراً
منى فاروق
مسؤولة المشروعات
01001234567"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Mona Farouk", from_email="mona.farouk.coop@gmail.com",
                subject="طلب مداخلة متأخر - المائدة المستديرة الأولى", received_at=R(2021, 2, 7, 12, 18, 40), lag=5,
                mid="<CAB2nQ7x_Lk4Wm9pZr1Tf8vE3sY6dH0jU5gC7aK2@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد الحميد سليمان", "رئيس مجلس الإدارة",
                              "الجمعية التعاونية الزراعية لصغار المزارعين في الصعيد", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (7 February) and says so; the sender (projects officer) is not the speaker; labelled "
                       "lines with 'الصفة'/'الجمعية' instead of the usual labels; roundtable as ordinal 'الأولى'")
    return meta, root, label


# ================================================================= English
@message
def employers_assistant():
    plain = """Dear GCM Regional Review Secretariat,

On behalf of Mr. Walid Nasrallah, Director-General of the Levant Employers' Federation (LEF), I would
like to request a floor intervention for him in the plenary session of the Regional Review Conference
on 24-25 February 2021. Mr. Nasrallah would speak on the private sector's role in fair recruitment.

Please let me know if you need any further information.

Kind regards,

Carla Khoury
Executive Assistant to the Director-General
Levant Employers' Federation (LEF)
T: +961 1 338 412 | M: +961 70 118 245
www.lef-levant.example.org

This message and any attachments are intended solely for the addressee and may contain confidential
information. If you have received this message in error, please notify the sender and delete it."""
    root = alt(plain, outlook_html(paras(plain), lang="EN-US"))
    meta = dict(from_name="Carla Khoury", from_email="c.khoury@lef-levant.example.org",
                subject="Speaking request - LEF Director-General", received_at=R(2021, 2, 2, 9, 47, 55), lag=38,
                mid="<01ab01d6f93b$5c6d7e80$157a7b80$@lef-levant.example.org>",
                extra_headers=outlook_headers(9, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Walid Nasrallah", "Director-General", "Levant Employers' Federation (LEF)",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="an assistant writes for her director: the signature (name, title) is the assistant's, the "
                       "speaker is in the first sentence after 'Mr.'; her title contains the director's title")
    return meta, root, label


@message
def disability_table():
    rows = [("Name", "Title", "Organization", "Session"),
            ("Dr. Samer Qaddoura", "President", "Arab Alliance for Disability Rights (AADR)", "Roundtable 4"),
            ("Ms. Hiba Nassar", "Inclusion Programme Officer", "Arab Alliance for Disability Rights (AADR)",
             "Plenary")]
    cells = "".join("<tr>{}</tr>".format("".join('<td style="border:solid #999 1.0pt;padding:2pt 5pt"><p class=MsoNormal>'
                                            f"{escape(c)}</p></td>" for c in r)) for r in rows)
    inner = f"""<p class=MsoNormal>Dear colleagues,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Further to the invitation, the Arab Alliance for Disability Rights would like to propose the
following two speakers for the Regional Review Conference:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">{cells}</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>We would be grateful if sign language interpretation (Arabic) and captioning could be made
available for both sessions.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal>Hiba Nassar</p>
<p class=MsoNormal>AADR Secretariat | Amman</p>"""
    plain = """Dear colleagues,

Further to the invitation, the Arab Alliance for Disability Rights would like to propose the following
two speakers for the Regional Review Conference:

Name

Title

Organization

Session

Dr. Samer Qaddoura

President

Arab Alliance for Disability Rights (AADR)

Roundtable 4

Ms. Hiba Nassar

Inclusion Programme Officer

Arab Alliance for Disability Rights (AADR)

Plenary

We would be grateful if sign language interpretation (Arabic) and captioning could be made available
for both sessions.

Best regards,
Hiba Nassar
AADR Secretariat | Amman"""
    root = alt(plain, outlook_html(inner, lang="EN-GB"))
    meta = dict(from_name="AADR Secretariat", from_email="secretariat@aadr-arab.example.org",
                subject="AADR speakers - Regional Review Conference", received_at=R(2021, 2, 3, 15, 29, 11), lag=44,
                mid="<02cd01d6fa35$0b1c2d30$21546f90$@aadr-arab.example.org>", extra_headers=outlook_headers(10, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Samer Qaddoura", "President", "Arab Alliance for Disability Rights (AADR)",
                              ["roundtable"], 4),
                           SP("Hiba Nassar", "Inclusion Programme Officer", "Arab Alliance for Disability Rights (AADR)",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an Outlook table (plain part flattens it into one cell per paragraph); "
                       "honorifics 'Dr.'/'Ms.' inside the name cells; shared mailbox; the signer is also the second "
                       "speaker; accessibility request is not a role")
    return meta, root, label


@message
def afghan_gmail_html():
    html = gmail_html("""Hello,

I hope this finds you well. My name is Farid Rahimi and I am the volunteer coordinator of Afghan Community Link - Dubai, a small migrant-led group supporting Afghan workers and their families in the UAE.

I would like to take part in the open discussion on 23 February (multi-stakeholder consultation), to share what our members experience with recruitment fees and documentation.

Thanks a lot,
Farid

--
Farid Rahimi
Afghan Community Link
+971 55 210 4477""")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Farid Rahimi", from_email="farid.rahimi.acl@gmail.com",
                subject="Request to speak - open discussion", received_at=R(2021, 2, 3, 22, 2, 33), lag=7,
                sender_tz=tz(4), mid="<CAH5pR1z_Mw8Kx3qNv0Yd6tB2sL9eF4gJ7uA1cP3@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Farid Rahimi", "volunteer coordinator", "Afghan Community Link", ["open_discussion"],
                              None)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail HTML-only (no text/plain part); self-introduction in prose; lower-case title; "
                       "' - Dubai' after the organisation is its location (dropped), the signature has the bare name")
    return meta, root, label


@message
def filipino_no_title():
    plain = """Good day!

We are writing from KMPGS to request a speaking slot for our organization in Roundtable 3 (social
inclusion, access to services, remittances and diaspora).

Speaker: Maricel Dela Cruz
Organization: Kapisanan ng mga Migranteng Pilipino sa Gitnang Silangan (KMPGS)

She is a former domestic worker and has been organizing Filipino household workers in Kuwait and
Jordan for over ten years.

Thank you and God bless.

Jonalyn Reyes
KMPGS Secretariat"""
    root = alt(plain, gmail_html(plain))
    root.set_boundary("0000000000004b7e0c05ba6f1d22")
    meta = dict(from_name="KMPGS Secretariat", from_email="kmpgs.secretariat@gmail.com",
                subject="Speaker for Roundtable 3 - KMPGS", received_at=R(2021, 2, 4, 8, 31, 50), lag=6,
                sender_tz=tz(3), mid=MID_KMPGS)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maricel Dela Cruz", None, "Kapisanan ng mga Migranteng Pilipino sa Gitnang Silangan "
                              "(KMPGS)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="no title given (null; completed in a follow-up); 'former domestic worker' is a description, "
                       "not her title; Tagalog organisation name with acronym; the sender is not the speaker")
    return meta, root, label


@message
def filipino_followup():
    plain = """Hi again,

Sorry, we forgot to include her title in our earlier email. Maricel Dela Cruz is the Chairperson of
KMPGS.

Thanks!
Jonalyn

On Thu, Feb 4, 2021 at 9:31 AM KMPGS Secretariat <kmpgs.secretariat@gmail.com> wrote:

> Good day!
>
> We are writing from KMPGS to request a speaking slot for our organization in Roundtable 3 (social
> inclusion, access to services, remittances and diaspora).
>
> Speaker: Maricel Dela Cruz
> Organization: Kapisanan ng mga Migranteng Pilipino sa Gitnang Silangan (KMPGS)
>
> She is a former domestic worker and has been organizing Filipino household workers in Kuwait and
> Jordan for over ten years.
>
> Thank you and God bless.
>
> Jonalyn Reyes
> KMPGS Secretariat"""
    root = alt(plain, gmail_html(plain))
    root.set_boundary("000000000000c92d1a05ba70a3f4")
    meta = dict(from_name="KMPGS Secretariat", from_email="kmpgs.secretariat@gmail.com",
                subject="Re: Speaker for Roundtable 3 - KMPGS", received_at=R(2021, 2, 4, 16, 5, 8), lag=6,
                sender_tz=tz(3), mid="<CAF7kq2Wn9xQ_tR0sLp3eH8mV5bY1cU2dJ4gB6oZ@mail.gmail.com>",
                in_reply_to=MID_KMPGS, references=MID_KMPGS)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maricel Dela Cruz", "Chairperson", "Kapisanan ng mga Migranteng Pilipino sa Gitnang "
                              "Silangan (KMPGS)", ["roundtable"], 3)],
                 report_attachments=[], thread_of="filipino_no_title",
                 notes="follow-up adding the missing title ('the Chairperson of KMPGS'); the roundtable and the full "
                       "organisation name are only in the quoted earlier message")
    return meta, root, label


@message
def legal_clinic_octet():
    plain = """Dear Review Team,

Please find attached the voluntary GCM review submitted by the Migrant Workers Legal Aid Clinic at the
Faculty of Law. The report draws on 312 cases handled by the clinic in 2019-2020 (wage theft, passport
confiscation, detention pending deportation).

Should the file not open, I can send it again in another format.

Best wishes,
Dr. Yasmine Abdelnour
Clinic Supervisor
Migrant Workers Legal Aid Clinic
Cairo

________________________________
DISCLAIMER: This e-mail is confidential. The views expressed are those of the author and not
necessarily of the University."""
    pdf = tiny_pdf(["Migrant Workers Legal Aid Clinic", "Voluntary GCM Review - February 2021",
                    "Findings from 312 cases (2019-2020)"], title="Voluntary GCM Review")
    body = alt(plain, outlook_html(paras(plain), lang="EN-US"))
    att = attachment(pdf, "application/octet-stream", "MWLAC_GCM_Voluntary_Review_Feb2021.pdf")
    root = mixed(body, [att])
    meta = dict(from_name="Yasmine Abdelnour", from_email="y.abdelnour@law-clinic.example.edu.eg",
                subject="Voluntary GCM review - Migrant Workers Legal Aid Clinic", received_at=R(2021, 2, 11, 12, 40, 2),
                lag=35, mid="<AM6PR0402MB3591A1B2C3D4E5F6A7B8C9D0E1F2@AM6PR0402MB3591.eurprd04.prod.outlook.com>",
                extra_headers=outlook_headers(14, "en-US"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["MWLAC_GCM_Voluntary_Review_Feb2021.pdf"], thread_of=None,
                 notes="PDF attached as application/octet-stream (only the .pdf name tells); academic legal clinic; "
                       "university disclaimer")
    return meta, root, label


@message
def ethiopian_both():
    plain = """Dear GCM team,

Greetings from Beirut.

1) Attached is our voluntary review report on the GCM, prepared with the members of our association
(migrant domestic workers from Ethiopia, Kenya and Sri Lanka).

2) We would also like to ask for a floor intervention in roundtable two (human rights, detention), by:
Tigist Alemu - Founder and Coordinator, Ethiopian Domestic Workers Association in Lebanon (EDWA)

Many thanks,
Tigist

Sent from Outlook"""
    docx = make_docx("Voluntary GCM Review - EDWA", ["Ethiopian Domestic Workers Association in Lebanon",
                                                      "Kafala, wages and access to justice", "Recommendations"])
    body = alt(plain, gmail_html(plain))
    root = mixed(body, [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "EDWA GCM review 2021.docx")])
    meta = dict(from_name="Tigist Alemu", from_email="edwa.lebanon@outlook.com",
                subject="Report + speaker request EDWA", received_at=R(2021, 2, 4, 15, 22, 14), lag=19,
                mid=MID_ETH)
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Tigist Alemu", "Founder and Coordinator",
                              "Ethiopian Domestic Workers Association in Lebanon (EDWA)", ["roundtable"], 2)],
                 report_attachments=["EDWA GCM review 2021.docx"], thread_of=None,
                 notes="both in one short numbered message, on time for both parts; roundtable as the word 'two'; "
                       "'in Lebanon' is part of the organisation's name; the sender is the speaker")
    return meta, root, label


@message
def ethiopian_thanks():
    plain = """Thank you so much for confirming! We look forward to the conference.

Tigist

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 3:30 PM
To: edwa.lebanon@outlook.com
Subject: Acknowledgement: Report + speaker request EDWA

Dear Tigist Alemu,

Thank you for your message. We confirm receipt of your voluntary GCM review report and of your request
for a speaking role. The organisers will be in touch regarding the programme.

GCM Regional Review team"""
    root = alt(plain, gmail_html(plain))
    meta = dict(from_name="Tigist Alemu", from_email="edwa.lebanon@outlook.com",
                subject="RE: Acknowledgement: Report + speaker request EDWA", received_at=R(2021, 2, 4, 18, 47, 3),
                lag=21, mid="<DB7PR04MB50127F2A9C1E3B5D8A0F6C4E2B1D@DB7PR04MB5012.eurprd04.prod.outlook.com>",
                in_reply_to=ACK_ETH, references=MID_ETH + " " + ACK_ETH)
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="ethiopian_both",
                 notes="thank-you replying to our acknowledgement: adds nothing new, so no acknowledgement; the "
                       "quoted acknowledgement mentions report and speaking role")
    return meta, root, label


# ================================================================= French
@message
def teachers_signature():
    plain = """Bonjour,

Suite à votre invitation, je souhaiterais intervenir lors de la séance plénière de la Conférence
d'examen régional, afin de présenter la situation des enfants de migrants dans l'école publique.

Bien à vous,

--
Brahim Ould Sidi
Secrétaire général adjoint
Syndicat Indépendant des Enseignants de Mauritanie (SIEM)
Tél. : +222 36 41 27 90
Nouakchott"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Brahim Ould Sidi", from_email="b.ouldsidi@siem-mr.example.org",
                subject="Demande d'intervention - plénière", received_at=R(2021, 2, 1, 11, 52, 20), lag=14,
                sender_tz=tz(0), mid="<8d1c4e2a-5b7f-4a9e-b3c1-2f6e0d9a8b74@siem-mr.example.org>",
                extra_headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Brahim Ould Sidi", "Secrétaire général adjoint",
                              "Syndicat Indépendant des Enseignants de Mauritanie (SIEM)", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="first-person request; name, title and affiliation only in the '-- ' signature (Thunderbird, "
                       "format=flowed); 'de Mauritanie' is part of the union's name; Date header in UTC")
    return meta, root, label


@message
def armenian_nominee():
    plain = """Madame, Monsieur,

L'Association Culturelle et Sociale Arménienne du Liban (ACSAL) a l'honneur de proposer la candidature
de Mme Anahid Kéchichian, vice-présidente de l'association, pour une intervention lors de la table ronde
n° 3 consacrée à l'inclusion sociale et à la cohésion.

Mme Kéchichian coordonne depuis 2013 notre programme d'accompagnement des familles arméniennes
arrivées de Syrie.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Garo Manoukian
Secrétaire
ACSAL – Bourj Hammoud, Liban
+961 3 552 918"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"))
    meta = dict(from_name="Garo Manoukian", from_email="secretariat@acsal-lb.example.org",
                subject="Candidature ACSAL - table ronde 3", received_at=R(2021, 2, 2, 16, 10, 44), lag=52,
                mid="<000501d6f970$b3e8a1c0$1bb9e540$@acsal-lb.example.org>", extra_headers=outlook_headers(18, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Anahid Kéchichian", "vice-présidente",
                              "Association Culturelle et Sociale Arménienne du Liban (ACSAL)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="the secretary nominates the vice-president (Mme), title after the name as an apposition "
                       "('vice-présidente de l'association': the complement refers back to the organisation); 'table ronde n° 3' split across a hard line break; "
                       "'du Liban' is part of the name, the signature's place is a location")
    return meta, root, label


@message
def moroccan_two_speakers():
    plain = """Bonjour à toute l'équipe,

La Plateforme des Associations et Communautés Subsahariennes au Maroc (PACSM) souhaite proposer deux
intervenant·e·s :

1. M. Serge Kouassi Yao, président de la PACSM : rapporteur (présentation des messages clés des parties
prenantes) ;
2. Aminata Traoré : discussion ouverte de la consultation multipartite du 23 février.

Merci de nous confirmer la bonne réception.

Cordialement,
Aminata Traoré
Chargée de communication, PACSM
Rabat"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Aminata Traore", from_email="aminata.traore@pacsm.example.ma",
                subject="Proposition de deux intervenants PACSM", received_at=R(2021, 2, 3, 12, 5, 27), lag=17,
                sender_tz=tz(1), mid="<4f2a9c1e-88b0-4d3e-a51f-c7e2b9d04a61@pacsm.example.ma>",
                extra_headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Serge Kouassi Yao", "président",
                              "Plateforme des Associations et Communautés Subsahariennes au Maroc (PACSM)",
                              ["rapporteur"], None),
                           SP("Aminata Traoré", "Chargée de communication",
                              "Plateforme des Associations et Communautés Subsahariennes au Maroc (PACSM)",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a numbered list; the second is the sender and her title is only in the "
                       "signature ('Chargée de communication, PACSM'); first title written 'président de la PACSM'; inclusive writing 'intervenant·e·s'; "
                       "From header without the accent")
    return meta, root, label


@message
def rural_women_late():
    plain = """Bonjour,

Je me permets de vous écrire malgré la date limite du 5 février, en espérant qu'il reste une place.

Nous aimerions que Mme Saïda Ben Ammar, présidente du Collectif des Femmes Rurales de Kairouan, puisse
intervenir dans la table ronde 1 (voies de migration régulière, travail décent).

Avec mes remerciements,
Hela Jaziri

Envoyé de mon iPhone"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Hela Jaziri", from_email="hela.jaziri@gnet.example.tn",
                subject="Demande d'intervention table ronde 1", received_at=R(2021, 2, 6, 9, 12, 55), lag=8,
                sender_tz=tz(1), mid="<7A4C2E19-D03B-4F6A-9E81-5B2C0D7F3A96@gnet.example.tn>", extra_headers=IPHONE)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Saïda Ben Ammar", "présidente", "Collectif des Femmes Rurales de Kairouan",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (6 February morning) and says so; nominee described in prose after 'Mme'; 'de Kairouan' "
                       "is part of the collective's name; the sender's own role is not given")
    return meta, root, label


@message
def djibouti_ministry_docx():
    plain = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint le rapport d'examen volontaire de la République de
Djibouti sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières,
établi par la Direction de la Population et des Migrations.

Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma haute considération.

Houmed Ali Daoud
Directeur de la Population et des Migrations
Ministère de l'Intérieur
République de Djibouti"""
    docx = make_docx("Rapport d'examen volontaire du Pacte mondial sur les migrations - Djibouti",
                     ["Direction de la Population et des Migrations", "Février 2021", "1. Contexte national",
                      "2. Progrès accomplis"])
    body = alt(plain, outlook_html(paras(plain), lang="FR"))
    root = mixed(body, [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Rapport_examen_volontaire_PMM_Djibouti_février2021.docx", style="2047")])
    meta = dict(from_name="DPM Djibouti", from_email="dpm@interieur.example.dj",
                subject="Transmission du rapport d'examen volontaire - Djibouti", received_at=R(2021, 2, 12, 10, 3, 41),
                lag=62, sender_tz=tz(3), mid="<000d01d7011f$7e2a9b50$7a7fd1f0$@interieur.example.dj>",
                extra_headers=outlook_headers(21, "fr-FR"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_examen_volontaire_PMM_Djibouti_février2021.docx"], thread_of=None,
                 notes="government submission with a formal letter in the body; DOCX name with an accent in RFC 2047 "
                       "encoded words; Date header in +03:00")
    return meta, root, label


@message
def lebanon_forward_late():
    inner_plain = """Chère Rania,

Voici la version finale de notre rapport volontaire sur le Pacte mondial, validée par le bureau.
Peux-tu l'envoyer à l'adresse de l'OIM ?

Merci,
Élie"""
    pdf = tiny_pdf(["Centre Libanais pour les Droits des Travailleurs Migrants (CLDTM)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Fevrier 2021"],
                   title="Rapport volontaire CLDTM")
    fwd = """Bonjour,

Je vous transfère ci-dessous le rapport volontaire du Centre Libanais pour les Droits des Travailleurs
Migrants (CLDTM). Toutes nos excuses pour ce léger retard, dû à la validation par notre bureau.

Bien cordialement,
Rania Salameh
Chargée de projets, CLDTM

---------- Forwarded message ---------
De : Élie Abou Jaoudé <e.aboujaoude@cldtm.example.org>
Date: mer. 17 févr. 2021 à 09:41
Subject: Rapport volontaire - version finale
To: Rania Salameh <r.salameh@cldtm.example.org>

""" + inner_plain
    body = alt(fwd, gmail_html(fwd))
    body.set_boundary("000000000000e8a7b305bb8f2c10")
    root = mixed(body, [attachment(pdf, "application/pdf", "CLDTM_rapport_volontaire_PMM_VF.pdf")],
                 boundary="000000000000e8a7b505bb8f2c12")
    meta = dict(from_name="Rania Salameh", from_email="r.salameh@cldtm.example.org",
                subject="Fwd: Rapport volontaire - version finale", received_at=R(2021, 2, 17, 10, 6, 29), lag=5,
                mid="<CAM4tY7q_Rb2Nx8wKv1Zs5pD3fL0hE9jG6uC2aT7@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["CLDTM_rapport_volontaire_PMM_VF.pdf"], thread_of=None,
                 notes="late (17 February, the day after the report deadline) and apologises; Gmail forward of an "
                       "internal message, the PDF rides on the forward; sender is not the report's author")
    return meta, root, label


@message
def agenda_request():
    plain = """Bonjour,

Pourriez-vous nous faire parvenir l'ordre du jour (ou le programme provisoire) de la consultation du
23 février et de la conférence des 24 et 25 février ? Nous souhaitons préparer la participation de notre
délégation, en particulier savoir à quelle heure débute chaque table ronde.

Merci d'avance.

Cordialement,

Dr. Abdirahman Warsame Ali
Coordinateur régional
Réseau de la Diaspora Somalienne en France (RDSF)"""
    root = alt(plain, gmail_html(plain))
    meta = dict(from_name="Abdirahman Warsame", from_email="a.warsame@rdsf.example.fr",
                subject="Ordre du jour de la consultation et de la conférence", received_at=R(2021, 2, 8, 17, 30, 12),
                lag=11, sender_tz=tz(1), mid="<CAG8sV3n_Hk0Pw5yLq2Xc7tE1bM9dR4fJ6uA3oW8@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda; mentions 'notre délégation' and 'table ronde' and carries a full "
                       "signature, but proposes no speaker")
    return meta, root, label


@message
def interpretation_logistics():
    plain = """Bonjour,

Une question pratique : la consultation du 23 février se tiendra-t-elle uniquement en ligne (Zoom ?) et
une interprétation simultanée vers le français sera-t-elle assurée ? Plusieurs membres de notre réseau
ne parlent ni l'arabe ni l'anglais.

Par ailleurs, à quelle date recevrons-nous le lien de connexion ?

Merci beaucoup,
Khadija Mint Ely
Réseau des Associations de Retournés (RAR)

Envoyé depuis Yahoo Mail pour Android"""
    root = alt(plain, gmail_html(plain))
    meta = dict(from_name="Khadija Mint Ely", from_email="khadija.mintely@yahoo.fr",
                subject="Interprétation et lien de connexion", received_at=R(2021, 2, 15, 12, 44, 38), lag=16,
                sender_tz=tz(0), mid="<1029384756.3344551.1613385862001@mail.yahoo.com>",
                extra_headers=["X-Mailer: WebService/1.1.17712 YMailNorrin Mozilla/5.0 (Linux; Android 10)"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (online format, French interpretation, connection link) from a returnees' "
                       "network; no request or submission")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, prefix):
    """Write the messages in order of arrival as PREFIX-NN.eml, plus labels.json."""
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = [(key, *fn()) for key, fn in MESSAGES.items()]
    built.sort(key=lambda b: b[1]["received_at"])
    names = {key: f"{prefix}-{i:02d}.eml" for i, (key, _, _, _) in enumerate(built, 1)}
    sd, rd = R(2021, 2, 5, 23, 59, 59), R(2021, 2, 16, 23, 59, 59)
    labels = []
    for i, (key, meta, root, label) in enumerate(built, 1):
        meta["n"] = i
        meta["qid"] = f"4DRb{i:02d}Mk9w"
        name = names[key]
        for j, part in enumerate(root.walk()):
            if part.is_multipart() and part.get_boundary() is None:
                part.set_boundary(f"----=_NextPart_{i:03d}_{j:04d}_01D6FA2B.5C3E8F40")
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat = label["category"]
        rat = meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        thread = label["thread_of"]
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": names[thread] if thread else None, "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout36"), "h36")
