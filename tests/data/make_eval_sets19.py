#!/usr/bin/env python3
"""Independent evaluation set holdout19 for gcm-intake: tests/data/holdout19 (24 raw messages + labels.json).

Deterministic, standard library only (DOCX built with zipfile, PDF by hand), CRLF line endings.
Run with:  /tmp/venv/bin/python tests/data/make_eval_sets19.py
Written without reading intake/ or rules/.  Each message is a function returning (meta, MIME tree, label);
files are numbered h19-01 ... h19-24 in the order the mailbox received them, like a real week of mail.
Emphasis of this set: the many ways people give a speaker's name, title and affiliation.
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
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
INVITE_MID = "<AM0PR02MB5571C3E0B1A2D4F6E8A9B0C1D2E3F4A5@AM0PR02MB5571.eurprd02.prod.outlook.com>"


def tz(h: int, m: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """A server receive time in February 2021, Beirut time."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(30, 100, 150), w=20, h=10) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Report") -> bytes:
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
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
    """Minimal valid WordprocessingML package, fixed timestamps so the bytes are reproducible."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{xml_escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
         'core-properties+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xml_escape(paragraphs[0])}</dc:title><dc:creator>user'
         '</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
         '</cp:coreProperties>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<w:document xmlns:w="{ns}"><w:body>{body}<w:sectPr/></w:body></w:document>'),
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


def attachment(data, ctype, filename, style="2231", inline_cid=None, disposition=None):
    maintype, subtype = ctype.split("/")
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disp = disposition or ("inline" if inline_cid else "attachment")
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook: encoded words inside the quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail / Thunderbird / Apple Mail: RFC 2231
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


# ----------------------------------------------------------------- HTML per client
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return "<div{}>{}</div>\n".format(d, "<div><br></div>".join(blocks))


def paras(text, cls="MsoNormal"):
    out = ["<p class={}>{}</p>".format(cls, "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\""
            " xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta name=Generator content=\"Microsoft Word 15 "
            "(filtered medium)\"><style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\","
            "sans-serif;} table.grid td{border:solid #A6A6A6 1.0pt;padding:2pt 5pt}--></style></head>\n"
            f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n")


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                      for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc_header(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), email_)


def render(m, root, n):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = [
        "Return-Path: <{}>".format(m["from_email"]),
        "Delivered-To: " + MAILBOX,
        f"Received: from {relay} ({relay} [203.0.113.{20 + n * 3}])\r\n"
        f"\tby mx2.iom.int (Postfix) with ESMTPS id 4DbR{n:02d}q7Zk\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
        f"Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}",
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


def outlook_headers(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 53:04d}nQ2v8wXyT0KpLm3sZ4eR7g==",
            "Content-Language: " + lang]


IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n"
               " Thunderbird/78.7.1"]

# The organisers' call, as stakeholders quote it when they reply to it.
CALL_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021).

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021."""

CALL_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١) وإلى مشاورة أصحاب المصلحة المتعددين (٢٣ فبراير ٢٠٢١).

وسنكون شاكرين إن تم إرسال طلبات المداخلة/التحدث جنبًا إلى جنب مع الاسم والمسمى الوظيفي والمؤسسة التنظيمية التي ينتمي إليها المتحدث إلى البريد الإلكتروني gcmrrarabstates@iom.int بحلول يوم الجمعة ٢٣ فبراير ٢٠٢١.

وقد تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي للهجرة إلى البريد الإلكتروني gcmrrarabstates@iom.int حتى ١٦ فبراير ٢٠٢١.

GCM Regional Review Arab States"""

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= Arabic
@message
def ar_shelter_title_then_name():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسعدنا في جمعية البيت الآمن لإيواء العاملات المهاجرات بمملكة البحرين أن نرشّح مديرة البرامج السيدة منيرة عبدالله الكعبي لتقديم مداخلة في المائدة المستديرة الثانية، وذلك لخبرتها الطويلة في متابعة حالات العاملات المنزليات اللواتي تعرّضن للاستغلال أو الاتجار، وفي التنسيق مع الجهات الرسمية بشأن إجراءات الإيواء والعودة.

نرجو التكرم بتأكيد استلام الترشيح، ولكم جزيل الشكر.

وتفضلوا بقبول فائق الاحترام،

د. خليل إبراهيم المطوّع
رئيس مجلس الإدارة
جمعية البيت الآمن لإيواء العاملات المهاجرات
المنامة – مملكة البحرين
هاتف: 17 254 390 973+
"""
    html = outlook_html(paras(plain), lang="AR-BH", rtl=True)
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0023_01D6FA0B.5E1C2D30")
    meta = dict(from_name="جمعية البيت الآمن", from_email="info@safehouse-bh.example.org", hdr_charset="windows-1256",
                subject="ترشيح متحدثة للمائدة المستديرة الثانية", received_at=R(2, 3, 10, 22, 14),
                sender_tz=tz(3), lag=63, mid="<002301d6fa0b$5e1c2d30$1a548790$@safehouse-bh.example.org>",
                extra_headers=outlook_headers(1, "ar-bh"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("منيرة عبدالله الكعبي", "مديرة البرامج", "جمعية البيت الآمن لإيواء العاملات المهاجرات",
                              ["roundtable"], 2)],
                 notes="title before the name inside one sentence ('مديرة البرامج السيدة ...'); honorific السيدة not "
                       "part of the name; 'بمملكة البحرين' is a location, not part of the affiliation; the signer "
                       "(chairman, د.) is not the speaker; 'المائدة المستديرة الثانية' = 2; windows-1256 Outlook")
    return meta, root, label


@message
def ar_returnees_numbered_two():
    plain = """الإخوة الأعزاء في فريق الاستعراض الإقليمي،

السلام عليكم ورحمة الله وبركاته،

تود مؤسسة العودة الكريمة لإعادة إدماج العائدين (عدن) المشاركة في أعمال المؤتمر الإقليمي، ونرشّح لذلك الزميلين التاليين:

1. الدكتور فؤاد علي الحبيشي، المدير التنفيذي للمؤسسة – مداخلة في الجلسة العامة
2. السيدة سماح أحمد باشراحيل، منسقة برنامج الحماية المجتمعية – المائدة المستديرة الرابعة

علماً بأن المؤسسة تعمل منذ 2016 على استقبال العائدين من دول الخليج والمهاجرين العالقين من القرن الأفريقي ومساعدتهم على إعادة الاندماج.

مع خالص الشكر والتقدير
وضاح سالم بن بريك
مسؤول العلاقات والشراكات
مؤسسة العودة الكريمة لإعادة إدماج العائدين
+967 2 231 448
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000b7e4a905ba5d2f31")
    meta = dict(from_name="Waddah Bin Breik", from_email="waddah.binbreik@gmail.com",
                subject="ترشيحات مؤسسة العودة الكريمة - المؤتمر الإقليمي للهجرة", received_at=R(2, 4, 13, 5, 40),
                sender_tz=tz(3), lag=18, relay="mail-wm1-f47.google.com",
                mid="<CAK3rQpV7n2Lw0eX9sT4bH6yJ1uD8mF5cZ2aG0kR@mail.gmail.com>")
    aff = "مؤسسة العودة الكريمة لإعادة إدماج العائدين"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فؤاد علي الحبيشي", "المدير التنفيذي", aff, ["plenary"]),
                           SP("سماح أحمد باشراحيل", "منسقة برنامج الحماية المجتمعية", aff, ["roundtable"], 4)],
                 notes="two speakers as numbered lines 'honorific name، title – session'; affiliation only in the "
                       "intro sentence (with '(عدن)' after it) and the signature; 'للمؤسسة' after the first title refers back to it; honorifics الدكتور/السيدة; the "
                       "sender (partnerships officer, personal Gmail, English display name) is not a speaker")
    return meta, root, label


@message
def ar_legal_clinic_self_rapporteur():
    plain = """تحية طيبة،

اسمي عبدالقادر محمد ورسمي، أستاذ مشارك في القانون الدولي ومدير العيادة القانونية في كلية الحقوق بجامعة القرن الأفريقي للعلوم في مقديشو. أكتب إليكم لأعبّر عن رغبتي في القيام بدور المقرّر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة في ختام المشاورة يوم 23 فبراير.

تعمل العيادة مع طلاب الحقوق على تقديم المساعدة القانونية المجانية للمهاجرين العابرين والعائدين من اليمن، وقد شاركتُ في إعداد المساهمة الوطنية للمجتمع المدني الصومالي في الاستعراض.

أشكركم مسبقاً، وأنا جاهز لأي استفسار.

د. عبدالقادر محمد ورسمي
أستاذ مشارك – مدير العيادة القانونية
كلية الحقوق – جامعة القرن الأفريقي للعلوم
مقديشو، الصومال
+252 61 5 448 203
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="00000000000051c8e205ba4f8a90")
    meta = dict(from_name="Abdulkadir Warsame", from_email="a.warsame@hau-law.example.so",
                subject="طلب المشاركة كمقرر - الاستعراض الإقليمي", received_at=R(2, 2, 19, 47, 5),
                sender_tz=tz(3), lag=22, relay="mail-ej1-f52.google.com",
                mid="<CAP0vE2nTz8QwR4kY6mB1xJ9sL3dH7cU5fA0gN2p@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عبدالقادر محمد ورسمي", "أستاذ مشارك في القانون الدولي ومدير العيادة القانونية",
                              "كلية الحقوق بجامعة القرن الأفريقي للعلوم", ["rapporteur"])],
                 notes="sender is the speaker, first person ('اسمي ...'); title and affiliation in one prose "
                       "sentence, the legal clinic belongs to the title ('مدير العيادة القانونية في كلية الحقوق "
                       "...'); the signature splits them differently with dashes and adds د.; 'في مقديشو' is a city; "
                       "'دور المقرّر' = rapporteur")
    return meta, root, label


@message
def ar_reply_quoting_call_no_title():
    plain = """مساء الخير،

ردّاً على دعوتكم أدناه، يرغب ملتقى الشتات الفلسطيني للهجرة والتنمية في المشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم 23 شباط، ونرشّح لذلك السيد ماجد يوسف عوض الله.

يعمل الملتقى مع الفلسطينيين المهجّرين من سوريا إلى لبنان وإلى دول الخليج وأوروبا، ويهمّنا أن يُسمع صوتهم في الاستعراض.

مع الشكر،
لينا عوض الله
ملتقى الشتات الفلسطيني للهجرة والتنمية

‫في الثلاثاء، ٢ فبراير ٢٠٢١ في ٣:٠٠ م تمت كتابة ما يلي بواسطة ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬

""" + quote(CALL_EN) + "\n>\n" + quote(CALL_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000003a9d1f05ba5f0c42")
    meta = dict(from_name="Lina Awadallah", from_email="lina.awadallah@pdmd-forum.example.ps",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=R(2, 4, 16, 31, 52), lag=14, relay="mail-lj1-f178.google.com",
                mid="<CAM7sP1wQx4nE0rT8yK2bV6hD3jU9fL5cG1aZ7mR@mail.gmail.com>",
                in_reply_to=INVITE_MID, references=INVITE_MID)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ماجد يوسف عوض الله", None, "ملتقى الشتات الفلسطيني للهجرة والتنمية",
                              ["open_discussion"])],
                 notes="reply to the organisers' call, quoted with '>' in English and Arabic (the quoted Arabic text "
                       "has the misprinted deadline and mentions reports, rapporteur, plenary, roundtables); the nominee "
                       "has no title (null); the sender shares his family name but is not the speaker; 'النقاش "
                       "المفتوح' = open_discussion")
    return meta, root, label


@message
def ar_late_signature_only_branch():
    plain = """مرحبا،
ارجو تسجيلي للمداخلة في المائدة المستديرة الرابعة (البيانات)، واعتذر عن التأخير بسبب انقطاع الكهرباء والانترنت طوال الاسبوع الماضي.
شكرا

م. رامي نقولا حداد
رئيس قسم إحصاءات الهجرة
مديرية الإحصاءات السكانية – فرع حلب
0944 218 760

أُرسلت من الـ iPhone الخاص بي"""
    root = text_part(plain, "plain", "utf-8", cte="b64")
    meta = dict(from_name="Rami Haddad", from_email="rami.n.haddad@icloud.com",
                subject="مداخلة المائدة المستديرة الرابعة", received_at=R(2, 8, 11, 2, 31), sender_tz=tz(2),
                lag=70, relay="st43p00im-ztdg10071801.me.com",
                mid="<D41B7C0E-92A3-4F5D-8E17-6B20C3A9F4D1@icloud.com>", extra_headers=IPHONE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رامي نقولا حداد", "رئيس قسم إحصاءات الهجرة", "مديرية الإحصاءات السكانية – فرع حلب",
                              ["roundtable"], 4)],
                 notes="late (8 February), apologises; the sender asks for himself ('تسجيلي') and his details are only "
                       "in the signature, with the engineer honorific 'م.'; affiliation includes the branch ('– فرع "
                       "حلب'); iPhone plain text, Arabic 'Sent from my iPhone'")
    return meta, root, label


@message
def ar_collective_report_network():
    plain = """السادة الكرام في فريق الاستعراض الإقليمي،

تحية طيبة،

باسم شبكة المنظمات الأهلية الفلسطينية لقضايا اللجوء والهجرة، يسرّنا أن نرفق لكم التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أعدّته إحدى عشرة منظمة عضواً في الشبكة في الضفة الغربية وقطاع غزة ومخيمات لبنان والأردن، بعد سلسلة من ورش العمل التشاورية خلال كانون الثاني.

يركّز التقرير على الأهداف 7 و15 و16 و19 من الاتفاق، ويتضمن توصيات موجهة إلى الحكومات والوكالات الأممية.

نرجو تأكيد الاستلام.

مع فائق الاحترام،
سوسن خليل أبو عيشة
منسقة الشبكة
شبكة المنظمات الأهلية الفلسطينية لقضايا اللجوء والهجرة
رام الله – فلسطين
"""
    body = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000c4f2a105bb6e1d70")
    pdf = tiny_pdf(["Palestinian NGO Network on Asylum and Migration Issues",
                    "Collective Voluntary GCM Review Report - 2021 (Arabic original, English summary)",
                    "Prepared by 11 member organisations.", "Objectives 7, 15, 16 and 19.",
                    "Recommendations to governments and UN agencies ..."], "Collective GCM report 2021")
    root = mixed(body, [attachment(pdf, "application/pdf", "التقرير الجماعي للشبكة - الاتفاق العالمي للهجرة 2021.pdf")],
                 boundary="000000000000c4f2a305bb6e1d71")
    meta = dict(from_name="سوسن أبو عيشة", from_email="coordination@pngo-ami.example.ps",
                subject="التقرير الطوعي الجماعي - شبكة المنظمات الأهلية الفلسطينية", received_at=R(2, 15, 12, 40, 3),
                lag=16, relay="mail-wr1-f66.google.com",
                mid="<CAF9xT2mQw5rB8nK0eY3hV7uJ4dL1sC6gP9aZ2oE@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الجماعي للشبكة - الاتفاق العالمي للهجرة 2021.pdf"],
                 notes="collective report of a network (11 member organisations); Arabic PDF name in RFC 2231; "
                       "base64 text parts; the signer's title is not a speaker request")
    return meta, root, label


@message
def ar_report_octet_stream():
    plain = """السادة المحترمين،

تحية طيبة وبعد،

مرفق طيّه التقرير الطوعي لغرفة التجارة العربية الأفريقية المشتركة (مكتب الشارقة) حول دور القطاع الخاص في تنفيذ الاتفاق العالمي من أجل الهجرة، ولا سيما ما يتعلق بالاستقدام العادل وحماية أجور العمال القادمين من أوغندا وكينيا وإثيوبيا.

وتفضلوا بقبول فائق الاحترام،

هشام عبدالرحيم النقبي
مدير إدارة الدراسات والسياسات
غرفة التجارة العربية الأفريقية المشتركة – مكتب الشارقة
هاتف: 5 593 1120 6 971+
______________________________
إخلاء مسؤولية: هذه الرسالة ومرفقاتها سرية ومخصصة فقط للمرسل إليه. إذا وصلتك عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
"""
    html = outlook_html(paras(plain), lang="AR-AE", rtl=True)
    body = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_001_0041_01D7010C.4A6B2E80")
    docx = tiny_docx(["Arab-African Joint Chamber of Commerce - Sharjah Office",
                      "Voluntary GCM Review Report 2021: the private sector and fair recruitment",
                      "1. Recruitment fees and costs", "2. Wage protection", "3. Recommendations"])
    root = mixed(body, [attachment(docx, "application/octet-stream", "AAJCC_Voluntary_GCM_Report_2021.docx")],
                 boundary="----=_NextPart_000_0040_01D7010C.4A6B2E80")
    meta = dict(from_name="Hisham Al Naqbi", from_email="h.alnaqbi@aajcc-shj.example.ae",
                subject="التقرير الطوعي - غرفة التجارة العربية الأفريقية المشتركة", received_at=R(2, 12, 9, 55, 48),
                sender_tz=tz(4), lag=51, mid="<004001d7010c$4a6b2e80$def18b80$@aajcc-shj.example.ae>",
                extra_headers=outlook_headers(7, "ar-ae"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["AAJCC_Voluntary_GCM_Report_2021.docx"],
                 notes="the DOCX report is sent as application/octet-stream (only the .docx name tells what it is); "
                       "private sector (chamber of commerce) with a branch office; Arabic disclaimer; windows-1256")
    return meta, root, label


@message
def ar_other_visa():
    plain = """السلام عليكم،

أنا عضو في اتحاد الشباب اليمني في المهجر، وقد أرسلنا لكم ترشيحنا عبر الاستبيان الإلكتروني. سؤالي: هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال كان حضورياً، هل تقدّم المنظمة خطاب دعوة يساعدنا في الحصول على تأشيرة الدخول إلى لبنان؟ فحاملو الجواز اليمني يحتاجون إلى موافقة مسبقة وتستغرق عدة أسابيع.

شكراً جزيلاً
صالح الأهدل
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000007e2b9c05bb0a4f13")
    meta = dict(from_name="صالح الأهدل", from_email="saleh.alahdal92@gmail.com",
                subject="استفسار بخصوص التأشيرة", received_at=R(2, 9, 14, 20, 9), sender_tz=tz(3), lag=12,
                relay="mail-pl1-f181.google.com", mid="<CAN5hQ0rW3xM7tB2yE9kV4nJ8uS1dF6cL0gZ3aP@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[],
                 notes="visa / attendance question; mentions a nomination made through the online survey but "
                       "proposes nobody here")
    return meta, root, label


# ================================================================= English
@message
def en_two_sentences_head_of_research():
    plain = """Dear GCM Regional Review team,

Greetings from Manama.

We would like to propose Dr. Anjali Menon Krishnan for a floor intervention in Roundtable 3. She is the head of research at the Indian Workers' Solidarity Circle (IWSC) and has led our surveys of Indian and Nepali workers on remittance costs and access to health care in Bahrain since 2017.

Her CV can be shared on request.

With warm regards,

Thomas Varghese
General Secretary, IWSC
+973 3902 6614
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000004c7a5b05ba6e9d02")
    meta = dict(from_name="Thomas Varghese", from_email="gensec.iwsc@gmail.com",
                subject="Speaker proposal - Roundtable 3", received_at=R(2, 3, 15, 12, 26), sender_tz=tz(3),
                lag=9, relay="mail-io1-f45.google.com",
                mid="<CAD2kW9pT6vN0sX3yR8mB1hE5jQ7uL4cF2aG9nZ0@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Anjali Menon Krishnan", "head of research", "Indian Workers' Solidarity Circle (IWSC)",
                              ["roundtable"], 3)],
                 notes="speaker's details across two sentences ('We would like to propose Dr. X ... She is the head of "
                       "research at Y'), title in lower case; the sender (General Secretary) is not the speaker; "
                       "Gmail address of the organisation")
    return meta, root, label


@message
def en_unhcr_country_office():
    plain = """Dear colleagues,

Further to the invitation, UNHCR would like to request a floor intervention in one of the plenary sessions of the Regional Review Conference. Please find the speaker's details below:

Name: Ms. Hodan Abdi Farah
Title: Associate Protection Officer, Mixed Movements Unit
Organisation: UNHCR Country Office in Yemen

Ms. Farah covers the arrivals on the southern coast and the return of Somali refugees under the Assisted Spontaneous Return programme.

Best regards,
Marco Bellini
Senior Protection Officer
UNHCR Country Office in Yemen | Sana'a / Aden
Mobile: +967 71 222 0456 | bellini@unhcr.example.org

This message is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged or confidential. If you have received it in error, please notify the sender and delete it.
"""
    html = outlook_html(paras(plain), lang="EN-GB")
    root = alt(plain, html, boundary="_000_DB8PR04MB6713A2C5E1F0B7D9E4C3DB8PR04MB6713eurp_")
    meta = dict(from_name="Marco Bellini", from_email="bellini@unhcr.example.org",
                subject="UNHCR speaker - plenary - GCM Regional Review Arab States", received_at=R(2, 5, 14, 10, 4),
                sender_tz=tz(3), lag=33, relay="mail-db8eur04on2071.outbound.protection.outlook.com",
                mid="<DB8PR04MB6713A2C5E1F0B7D9E4C3@DB8PR04MB6713.eurprd04.prod.outlook.com>",
                extra_headers=outlook_headers(10, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Hodan Abdi Farah", "Associate Protection Officer, Mixed Movements Unit",
                              "UNHCR Country Office in Yemen", ["plenary"])],
                 notes="labelled lines; title contains a comma and a unit; affiliation is a country office; the "
                       "signature of the sender (another officer of the same office) adds '| Sana'a / Aden'; UN "
                       "disclaimer")
    return meta, root, label


@message
def en_three_speakers_numbered_sessions():
    plain = """Dear Sir/Madam,

The East Africa Migrant Workers Network - Gulf Chapter (EAMWN-Gulf) brings together associations of Kenyan, Ugandan, Eritrean and Ethiopian workers in the GCC countries. After consulting our members we would like to propose the following three speakers:

1. Mr. Peter Okello Ochieng, Chairperson, Uganda Migrant Workers Association - Oman Branch -> Roundtable 1
2. Ms. Wanjiru Kamau Njeri, Welfare Officer, Kenya Domestic Workers Welfare Group (KDWWG), Kuwait -> Plenary (floor intervention)
3. Ms. Selam Tekle Berhane, Community Paralegal, EAMWN-Gulf -> Open discussion of the consultation on 23 Feb

All three have confirmed their availability and can speak in English; Ms. Berhane also speaks Arabic.

Kind regards,
Esther Nakato
Coordinator, EAMWN-Gulf
Doha, Qatar
WhatsApp +974 5512 8830
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000f19e3805ba7b6c21")
    meta = dict(from_name="EAMWN Gulf", from_email="eamwn.gulf@gmail.com",
                subject="Nominations: 3 speakers from EAMWN-Gulf", received_at=R(2, 5, 21, 34, 50), sender_tz=tz(3),
                lag=11, relay="mail-qt1-f195.google.com", mid="<CAE8uY3nR0wT6xK9pB2mV5hS1jQ4dL7cF0aG3eZ8@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Peter Okello Ochieng", "Chairperson", "Uganda Migrant Workers Association - Oman Branch",
                              ["roundtable"], 1),
                           SP("Wanjiru Kamau Njeri", "Welfare Officer", "Kenya Domestic Workers Welfare Group (KDWWG)",
                              ["plenary"]),
                           SP("Selam Tekle Berhane", "Community Paralegal",
                              "East Africa Migrant Workers Network - Gulf Chapter (EAMWN-Gulf)", ["open_discussion"])],
                 notes="three speakers as numbered lines 'honorific Name, Title, Organisation -> session'; the first "
                       "affiliation contains ' - Oman Branch' (hyphen also used elsewhere as a separator), the second "
                       "is followed by a country, the third is only the acronym on its line (full form in the intro); "
                       "the coordinator who signs is not a speaker")
    return meta, root, label


@message
def en_nurses_html_table():
    rows = [("Dr. Ratna Sari Wulandari", "Head of Policy, Migration Unit",
             "Indonesian Nurses Association - Gulf Council (INA-GC)", "Roundtable 1"),
            ("Mr. Budi Hartono Saputra", "Chair, Welfare Committee",
             "Indonesian Nurses Association - Gulf Council (INA-GC)", "Roundtable 3")]
    head = ("Name", "Position", "Organization", "Session")
    table = ("<table class=grid border=1 cellspacing=0 cellpadding=0 style=\"border-collapse:collapse\">\n"
             "<tr>" + "".join(f"<td style=\"background:#D9E2F3\"><p class=MsoNormal><b>{c}</b></p></td>"
                              for c in head) + "</tr>\n"
             + "\n".join("<tr>" + "".join(f"<td><p class=MsoNormal>{escape(c)}</p></td>" for c in r) + "</tr>"
                         for r in rows) + "\n</table>")
    inner = ("<p class=MsoNormal>Dear Organizing Committee,</p>\n<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal>Warm greetings from Riyadh. Our association represents more than 4,000 Indonesian "
             "nurses working in hospitals across the GCC. We respectfully submit our request for two speaking "
             "roles:</p>\n<p class=MsoNormal>&nbsp;</p>\n" + table + "\n<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal>We hope to share the experience of health workers during the COVID-19 pandemic, "
             "including contract terminations and delayed repatriation.</p>\n<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal>Thank you and best regards,</p>\n<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal><b>Siti Rahmawati, S.Kep., Ns.</b><br>Secretary<br>INA-GC Secretariat, Riyadh<br>"
             "Tel. +966 55 310 4472</p>")
    root = text_part(outlook_html(inner, lang="EN-US"), "html", "utf-8", "qp")
    meta = dict(from_name="Siti Rahmawati", from_email="secretariat@ina-gc.example.org",
                subject="Request for speaking roles - INA-GC", received_at=R(2, 2, 11, 8, 19), sender_tz=tz(3),
                lag=58, mid="<003101d6f93e$7d2c4a10$77848e30$@ina-gc.example.org>",
                extra_headers=outlook_headers(12, "en-us"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ratna Sari Wulandari", "Head of Policy, Migration Unit",
                              "Indonesian Nurses Association - Gulf Council (INA-GC)", ["roundtable"], 1),
                           SP("Budi Hartono Saputra", "Chair, Welfare Committee",
                              "Indonesian Nurses Association - Gulf Council (INA-GC)", ["roundtable"], 3)],
                 notes="HTML-only Outlook message; two speakers in an HTML table (Name/Position/Organization/Session) "
                       "with honorifics in the name cells; titles with a comma and a unit; the secretary who signs "
                       "(with Indonesian nursing degrees after her name) is not a speaker")
    return meta, root, label


@message
def en_late_iphone_no_title():
    plain = """Hi,
Sorry for the last minute email. Eritrean Diaspora Youth Link (EDYL) would like to nominate Semhar Tesfai Ghebre to speak at roundtable 2 on protection and detention.
Thank you
Daniel

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", cte=None)
    meta = dict(from_name="Daniel Habte", from_email="daniel.habte@edyl.example.org",
                subject="Roundtable 2 nomination", received_at=R(2, 6, 0, 14, 27), sender_tz=tz(1), lag=96,
                mid="<5B2E8A1C-03D4-4F76-9B8E-C21A7F0D3E65@edyl.example.org>", extra_headers=IPHONE)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Semhar Tesfai Ghebre", None, "Eritrean Diaspora Youth Link (EDYL)", ["roundtable"], 2)],
                 notes="late by 14 minutes: received 00:14 on 6 February Beirut time although the Date header (+01:00) "
                       "still reads 5 February 23:12; no title for the nominee (null); terse iPhone message")
    return meta, root, label


@message
def en_both_report_and_open_discussion():
    plain = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of Homecoming Reintegration Initiative Kenya (HRIK), covering our work since 2019 with Kenyan workers returning from Saudi Arabia, the UAE and Lebanon (Objectives 7, 16 and 21).

In addition, our Programme Director, Mr. Joseph Mwangi Kariuki, would like to take part in the open discussion of the Multi-Stakeholder Consultation on 23 February.

I have also attached our organisational profile for your information.

Kind regards,

Mercy Achieng Otieno
Communications Officer
Homecoming Reintegration Initiative Kenya (HRIK)
Mombasa, Kenya | +254 722 410 385

Sent from Outlook
"""
    body = alt(plain, gmail_html(plain), boundary="_000_PR3P195MB0781C4D2E8A1F6B0D3E2PR3P195MB0781EURP_")
    rep = tiny_pdf(["Homecoming Reintegration Initiative Kenya (HRIK)", "Voluntary GCM Review Report, February 2021",
                    "Returnees from the Gulf and Lebanon: reintegration outcomes", "Objectives 7, 16, 21",
                    "Recommendations ..."], "HRIK Voluntary GCM Review 2021")
    prof = tiny_pdf(["HRIK - Organisational profile", "Founded 2014, Mombasa", "Board, staff and partners"],
                    "HRIK profile")
    root = mixed(body, [attachment(rep, "application/pdf", "HRIK_GCM_Voluntary_Review_2021.pdf"),
                        attachment(prof, "application/pdf", "HRIK_Profile_2021.pdf")],
                 boundary="_004_PR3P195MB0781C4D2E8A1F6B0D3E2PR3P195MB0781EURP_")
    meta = dict(from_name="Mercy Otieno", from_email="mercy.otieno@outlook.com",
                subject="HRIK voluntary report and open discussion participation", received_at=R(2, 4, 10, 45, 2),
                sender_tz=tz(3), lag=29, relay="mail-he1eur02olkn2010.outbound.protection.outlook.com",
                mid="<PR3P195MB0781C4D2E8A1F6B0D3E2@PR3P195MB0781.EURP195.PROD.OUTLOOK.COM>")
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Joseph Mwangi Kariuki", "Programme Director",
                              "Homecoming Reintegration Initiative Kenya (HRIK)", ["open_discussion"])],
                 report_attachments=["HRIK_GCM_Voluntary_Review_2021.pdf"],
                 notes="report PDF plus an organisational profile PDF that is not part of the report; colleague "
                       "nominated with 'our Programme Director, Mr. ...' (title before the name, affiliation by "
                       "reference); returnee reintegration NGO; personal outlook.com address")
    return meta, root, label


@message
def en_report_chapter_logo():
    plain = """Dear Sir/Madam,

On behalf of the Uganda Diaspora Workers Association - UAE Chapter, I am pleased to submit our voluntary GCM review report (attached). The report is based on a survey of 212 Ugandan workers in Dubai, Sharjah and Abu Dhabi and focuses on recruitment fees, passport retention and access to justice.

We apologise for sending it on the last day and hope it can still be considered.

Yours faithfully,

Grace Namubiru
Secretary General
Uganda Diaspora Workers Association - UAE Chapter
P.O. Box 11842, Dubai | +971 50 774 2019

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the addressee.
"""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=96 height=48 '
                        'src="cid:image001.png@01D7049A.2C6E1B50" alt="UDWA logo"></p>', lang="EN-GB")
    body = related(alt(plain, html, boundary="----=_NextPart_002_0063_01D7049A.2C6E1B50"),
                   [attachment(tiny_png((180, 20, 30)), "image/png", "image001.png",
                               inline_cid="image001.png@01D7049A.2C6E1B50")],
                   boundary="----=_NextPart_001_0062_01D7049A.2C6E1B50")
    rep = tiny_pdf(["Uganda Diaspora Workers Association - UAE Chapter", "Voluntary GCM Review Report, February 2021",
                    "Survey of 212 Ugandan workers", "Recruitment fees, passport retention, access to justice"],
                   "UDWA-UAE Voluntary GCM Report")
    root = mixed(body, [attachment(rep, "application/pdf", "UDWA-UAE Voluntary GCM Report Feb2021.pdf")],
                 boundary="----=_NextPart_000_0061_01D7049A.2C6E1B50")
    meta = dict(from_name="Grace Namubiru", from_email="sg@udwa-uae.example.org",
                subject="Submission of Voluntary GCM Review Report - UDWA UAE Chapter", received_at=R(2, 16, 18, 40, 11),
                sender_tz=tz(4), lag=44, mid="<006101d7049a$2c6e1b50$864b51f0$@udwa-uae.example.org>",
                extra_headers=outlook_headers(15, "en-gb"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["UDWA-UAE Voluntary GCM Report Feb2021.pdf"],
                 notes="report on the last day (16 Feb, on time); PDF name with spaces; inline signature logo "
                       "image001.png in multipart/related is not part of the report; disclaimer")
    return meta, root, label


@message
def en_other_logistics():
    plain = """Dear colleagues,

Two of our staff will follow the conference on 24-25 February. Could you please let us know:
- whether the sessions will be held on Zoom or on another platform, and when the links will be sent;
- whether simultaneous interpretation into English will be available in all roundtables;
- the start time of the sessions (Beirut time?).

Many thanks in advance.

Best regards,
Nasser Ali Juma
Data and Research Officer
Gulf Migration Statistics Centre (GMSC)
Muscat, Oman
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-US"), boundary="----=_NextPart_000_0019_01D6FFB1.0D3E5A70")
    meta = dict(from_name="Nasser Ali Juma", from_email="n.juma@gmsc.example.om",
                subject="Conference logistics - platform and interpretation", received_at=R(2, 10, 16, 5, 37),
                sender_tz=tz(4), lag=40, mid="<001901d6ffb1$0d3e5a70$27bb0f50$@gmsc.example.om>",
                extra_headers=outlook_headers(16, "en-us"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[],
                 notes="logistics question (platform, interpretation, times); signature with a title and a "
                       "statistics centre is not a speaker request")
    return meta, root, label


# ================================================================= French
MID_MAITRE = "<000a01d6f87b$3b1d5e20$b1581a60$@oddm-djibouti.example.dj>"
ACK_MAITRE = "<ack.GCM-AR-0007.20210201T1034@gcm-intake.iom.int>"


@message
def fr_maitre_observatoire():
    plain = """Madame, Monsieur,

Suite à votre invitation, nous avons l'honneur de vous proposer Me Fatouma Houmed Abdillahi, conseillère juridique de l'Observatoire djiboutien des droits des migrants (ODDM), pour une intervention lors de la table ronde n°2.

Avocate au barreau de Djibouti, Me Houmed accompagne depuis 2015 les migrants éthiopiens et yéménites en transit à Obock et assure la formation des agents de la police des frontières.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Ahmed Daher Robleh
Secrétaire exécutif
Observatoire djiboutien des droits des migrants (ODDM)
Boulevard de la République, Djibouti
Tél. : +253 21 35 48 77
"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_000_000B_01D6F88C.3B1D5E20")
    meta = dict(from_name="ODDM - Secrétariat exécutif", from_email="secretariat@oddm-djibouti.example.dj",
                subject="Proposition d'intervenante - table ronde n°2 - ODDM", received_at=R(2, 1, 10, 33, 40),
                sender_tz=tz(3), lag=47, mid=MID_MAITRE, extra_headers=outlook_headers(17, "fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Fatouma Houmed Abdillahi", "conseillère juridique",
                              "Observatoire djiboutien des droits des migrants (ODDM)", ["roundtable"], 2)],
                 notes="'Me' (Maître) honorific before the name; affiliation after an elided article "
                       "(\"de l'Observatoire ...\"); a second sentence adds 'Avocate au barreau de Djibouti', a "
                       "profession, not the title given; 'table ronde n°2'; the signer is not the speaker")
    return meta, root, label


@message
def fr_thank_you_reply():
    plain = """Bonjour,

Merci beaucoup pour votre accusé de réception rapide.

Bien cordialement,
Ahmed Daher Robleh

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 1 février 2021 11:34
À : ODDM - Secrétariat exécutif <secretariat@oddm-djibouti.example.dj>
Objet : Accusé de réception - GCM-AR-0007

Madame, Monsieur,

Nous accusons réception de votre demande de prise de parole pour l'examen régional du Pacte mondial pour les migrations dans la région arabe.

Référence : GCM-AR-0007

L'équipe de l'examen régional
"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_000_0011_01D6F898.8A2C4B10")
    meta = dict(from_name="ODDM - Secrétariat exécutif", from_email="secretariat@oddm-djibouti.example.dj",
                subject="RE: Accusé de réception - GCM-AR-0007", received_at=R(2, 1, 15, 2, 18), sender_tz=tz(3),
                lag=39, mid="<001101d6f898$8a2c4b10$9e84e130$@oddm-djibouti.example.dj>",
                in_reply_to=ACK_MAITRE, references=MID_MAITRE + "\r\n " + ACK_MAITRE,
                extra_headers=outlook_headers(24, "fr"))
    label = dict(category="other", language="fr", acknowledge=False, speakers=[],
                 thread_of="fr_maitre_observatoire",
                 notes="pure thank-you in reply to our acknowledgement of the ODDM request (References carry both); "
                       "adds nothing, so no acknowledgement; the quoted acknowledgement mentions a speaking request")
    return meta, root, label


@message
def fr_catholic_first_person_plenary():
    plain = """Bonjour,

Je me présente : Jean-Baptiste Ndong Essono, responsable du pôle accueil
et orientation de l'Entraide catholique Saint-Joseph (délégation de
Sfax). Je souhaiterais prendre la parole lors d'une des séances
plénières de la conférence régionale (24-25 février), pour rendre compte
de la situation des migrants subsahariens bloqués dans le sud tunisien
depuis le début de la pandémie.

Je reste à votre disposition pour tout complément d'information.

Fraternellement,

Jean-Baptiste Ndong Essono
Entraide catholique Saint-Joseph - Sfax
+216 74 402 915

--
Ce courriel a été vérifié par le logiciel antivirus Avast.
"""
    root = text_part(plain, "plain", "utf-8", cte="qp", flowed=True)
    meta = dict(from_name="Jean-Baptiste Ndong Essono", from_email="jb.ndong@entraide-stjoseph.example.tn",
                subject="Demande de prise de parole en plénière", received_at=R(2, 5, 18, 3, 26), sender_tz=tz(1),
                lag=35, mid="<7c4e1a2b-5f83-4d09-b6e2-3a1f9c8d0e57@entraide-stjoseph.example.tn>",
                extra_headers=THUNDERBIRD + ["Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Jean-Baptiste Ndong Essono", "responsable du pôle accueil et orientation",
                              "Entraide catholique Saint-Joseph (délégation de Sfax)", ["plenary"])],
                 notes="sender is the speaker ('Je me présente : ...'); title and affiliation in one hard-wrapped "
                       "sentence (format=flowed), affiliation with an elided article and a branch in parentheses; the "
                       "signature writes it differently ('- Sfax'); Catholic charity; antivirus footer")
    return meta, root, label


@message
def fr_two_speakers_one_without_details():
    plain = """Bonjour à toute l'équipe,

L'Association des Comoriens pour le Développement et la Migration (ACDM) souhaite proposer deux intervenantes pour la conférence régionale :

- Mme Zaharia Said Omar, présidente de l'ACDM, pour la table ronde 3 (diasporas et transferts de fonds) ;
- Mme Nasra Ahmed Mohamed, qui a travaillé huit ans comme employée de maison à Dubaï et à Riyad avant de rentrer à Moroni, et qui souhaiterait témoigner en séance plénière.

Mme Ahmed Mohamed s'exprimera en arabe ; elle n'est pas membre de l'association, mais nous l'accompagnons depuis son retour.

Merci d'avance et belle journée,
Anlia Mzé
Chargée de communication - ACDM
Moroni / Marseille
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000008d3b6f05ba5e7a14")
    meta = dict(from_name="ACDM Comores", from_email="acdm.comores@gmail.com",
                subject="Propositions d'intervenantes ACDM", received_at=R(2, 3, 9, 17, 44), sender_tz=tz(3),
                lag=15, relay="mail-ot1-f52.google.com", mid="<CAB4mT7vX0nR3wK6pE9yH2sJ5uQ8dL1cF4aG7eZ2@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Zaharia Said Omar", "présidente",
                              "Association des Comoriens pour le Développement et la Migration (ACDM)", ["roundtable"], 3),
                           SP("Nasra Ahmed Mohamed", None, None, ["plenary"])],
                 notes="two speakers in a dashed list; the first has 'présidente de l'ACDM' (acronym only, full form "
                       "in the intro); the second is a returned domestic worker with neither title nor affiliation "
                       "(both null, and the message says she is not a member); 'table ronde 3'")
    return meta, root, label


@message
def fr_signature_only_self_open_discussion():
    plain = """Madame, Monsieur,

Je souhaiterais prendre part a la discussion ouverte de la consultation
multipartite du 23 fevrier, notamment pour presenter nos travaux sur la
mesure des migrations de retour et des transferts de fonds a partir des
enquetes menages.

Avec mes remerciements,

Dr Hawa Moussa Abdallah
Cheffe de projet, Département des statistiques démographiques
Institut national de la statistique et des études migratoires (INSEM)
Nouakchott - Mauritanie
Tél. : +222 45 25 87 10
"""
    root = text_part(plain, "plain", "iso-8859-1", cte="qp")
    meta = dict(from_name="Hawa Moussa Abdallah", from_email="h.moussa@insem.example.mr", hdr_charset="iso-8859-1",
                subject="Participation à la discussion ouverte du 23 février", received_at=R(2, 4, 20, 40, 7),
                sender_tz=tz(0), lag=52, mid="<e2b9c7a1-4d60-48f3-9a15-7c3e0b8d2f46@insem.example.mr>",
                extra_headers=THUNDERBIRD + ["Content-Language: fr-FR"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hawa Moussa Abdallah", "Cheffe de projet, Département des statistiques démographiques",
                              "Institut national de la statistique et des études migratoires (INSEM)",
                              ["open_discussion"])],
                 notes="sender asks for herself; name, title and affiliation only in the signature ('Dr' without a "
                       "dot); title with a department after a comma; body typed without accents, signature with "
                       "them; ISO-8859-1 quoted-printable; statistics office")
    return meta, root, label


@message
def fr_report_docx_chamber():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint la contribution de la Chambre de commerce et d'industrie de la diaspora comorienne (CCIDC) à l'examen régional du Pacte mondial, sous la forme d'un rapport volontaire portant sur les transferts de fonds et l'investissement de la diaspora (objectifs 19 et 20).

Nous restons à votre disposition.

Cordialement,

Ibrahim Soilihi Mmadi
Directeur des études
CCIDC
Tél. : +269 773 14 52
"""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=110 height=40 '
                        'src="cid:image002.jpg@01D70056.1E4C7A20" alt="CCIDC"></p>', lang="FR")
    body = related(alt(plain, html, boundary="----=_NextPart_002_0037_01D70056.1E4C7A20"),
                   [attachment(tiny_png((10, 80, 40)), "image/png", "image002.png",
                               inline_cid="image002.jpg@01D70056.1E4C7A20")],
                   boundary="----=_NextPart_001_0036_01D70056.1E4C7A20")
    docx = tiny_docx(["Rapport volontaire - Pacte mondial pour les migrations (2021)",
                      "Chambre de commerce et d'industrie de la diaspora comorienne (CCIDC)",
                      "Objectif 19 : contribution des diasporas au développement",
                      "Objectif 20 : transferts de fonds plus rapides, plus sûrs et moins coûteux",
                      "Recommandations"])
    root = mixed(body, [attachment(docx, DOCX, "Rapport_volontaire_PMM_CCIDC_2021.docx")],
                 boundary="----=_NextPart_000_0035_01D70056.1E4C7A20")
    meta = dict(from_name="Ibrahim Soilihi Mmadi", from_email="etudes@ccidc.example.km",
                subject="Contribution CCIDC - examen régional du Pacte mondial", received_at=R(2, 11, 11, 25, 3),
                sender_tz=tz(3), lag=66, mid="<003501d70056$1e4c7a20$5ae46e60$@ccidc.example.km>",
                extra_headers=outlook_headers(21, "fr"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_CCIDC_2021.docx"],
                 notes="chamber of commerce; report called 'contribution ... sous la forme d'un rapport volontaire'; "
                       "DOCX attachment, inline logo in multipart/related is not part of the report")
    return meta, root, label


@message
def fr_late_report_journalists():
    plain = """Bonjour,

Avec un jour de retard, dont nous vous prions de bien vouloir nous excuser, le Syndicat des journalistes indépendants de Mauritanie (SJIM) vous transmet son rapport volontaire sur le traitement médiatique des migrations et la mise en œuvre de l'objectif 17 du Pacte mondial.

Bien à vous,

Mohamed Vall Ould Sidi
Secrétaire général adjoint, chargé des droits et libertés
SJIM - Nouakchott
"""
    body = alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_001_0052_01D704F3.6F1A3D90")
    pdf = tiny_pdf(["Syndicat des journalistes independants de Mauritanie (SJIM)",
                    "Rapport volontaire - Pacte mondial pour les migrations", "Objectif 17 : discours public",
                    "Fevrier 2021"], "Rapport SJIM PMM 2021")
    root = mixed(body, [attachment(pdf, "application/pdf", "Rapport SJIM – Pacte mondial – février 2021.pdf",
                                   style="2047")],
                 boundary="----=_NextPart_000_0051_01D704F3.6F1A3D90")
    meta = dict(from_name="Mohamed Vall Ould Sidi", from_email="sga.libertes@sjim.example.mr",
                subject="Rapport volontaire SJIM (avec retard)", received_at=R(2, 17, 9, 12, 55), sender_tz=tz(0),
                lag=48, mid="<005101d704f3$6f1a3d90$4d4eb8b0$@sjim.example.mr>", extra_headers=outlook_headers(22, "fr"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport SJIM – Pacte mondial – février 2021.pdf"],
                 notes="late report (17 February, says so); journalists' syndicate; PDF name with en dashes and 'é' "
                       "as RFC 2047 encoded words in quoted parameters (Outlook style); 'œ' in the body")
    return meta, root, label


@message
def fr_other_agenda_request():
    plain = """Madame, Monsieur,

Le Réseau des parlementaires arabes et africains pour les migrations (RPAAM) suivra avec intérêt les travaux de la conférence régionale. Pourriez-vous nous faire parvenir l'ordre du jour provisoire ainsi que la note conceptuelle en français, afin que nos membres puissent préparer leur participation ?

Avec nos remerciements anticipés,

Le Secrétariat du RPAAM
Tunis

Envoyé de mon iPhone"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail-7E1C0B2A-4D93-4F6E-A8B5-29C3D0E1F7A4")
    meta = dict(from_name="Secrétariat RPAAM", from_email="secretariat@rpaam.example.org",
                subject="Demande de l'ordre du jour", received_at=R(2, 8, 15, 50, 21), sender_tz=tz(1), lag=27,
                mid="<9A0F3E21-6C4B-47D8-B2E5-1D7C8F09A3B6@rpaam.example.org>", extra_headers=IPHONE)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[],
                 notes="request for the agenda and concept note from a regional parliamentarians' network; "
                       "'préparer leur participation' is not a speaker request")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = [(fn.__name__, *fn()) for fn in MESSAGES]
    built.sort(key=lambda b: b[1]["received_at"])
    names = {key: f"h19-{i:02d}.eml" for i, (key, _, _, _) in enumerate(built, 1)}
    labels = []
    for i, (key, meta, root, label) in enumerate(built, 1):
        name = names[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, i))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        thread_of = label.get("thread_of")
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat, "language": label["language"],
                       "acknowledge": label["acknowledge"], "on_time": on_time, "speakers": label["speakers"],
                       "report_attachments": label.get("report_attachments", []),
                       "thread_of": names[thread_of] if thread_of else None, "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout19"))
