#!/usr/bin/env python3
"""Tenth-author evaluation set for gcm-intake: tests/data/holdout10 (24 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets10.py
Written without reading intake/, rules/ or the other authors' sets (holdout4-9).  The MIME building
blocks follow make_eval_sets3.py (stdlib email package, CRLF, fixed boundaries and ids); every
message below is one function returning (envelope, MIME tree, expected label).
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


def fixed_zip(data):
    """Rewrite a zip with fixed timestamps so the DOCX bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(heading, paragraphs=(), table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "user"
    cp.created = cp.modified = dt.datetime(2021, 2, 1, 9, 0, 0)
    cp.last_modified_by = "user"
    cp.revision = 1
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row, strict=True):
                c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


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


# ----------------------------------------------------------------- quoting helpers
def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.split("\n"))


def outlook_quote_header(frm, sent, to, subject, cc=None):
    lines = ["From: " + frm, "Sent: " + sent, "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subject)
    return "\n".join(lines)


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


DISCLAIMER_EN = ("DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the "
                 "addressee. If you have received it in error, please notify the sender and delete it. Views "
                 "expressed are those of the author and do not necessarily reflect those of the organisation.")

# ================================================================= holdout10 messages
MID_02 = "<AM6PR09MB4127C3D9E18F2A6B5D0C7E41A9@AM6PR09MB4127.eurprd09.prod.outlook.com>"
MID_21 = "<DB8PR04MB7715A2F0C6E93B1D4E8A52F7C1@DB8PR04MB7715.eurprd04.prod.outlook.com>"
ACK_21 = "<ack.GCM-EN-0187.20210215T1641@gcm-intake.iom.int>"
CALL_MID = "<CALL-AR-20210128.0914.4f2a@iom.int>"


@message
def h10_01():
    plain = """Bonjour,

Je me permets de vous écrire au sujet de l'Examen régional du Pacte mondial
sur les migrations pour la région arabe.

Notre ONG prévoit d'envoyer une délégation de trois personnes aux travaux des
23, 24 et 25 février. Pourriez-vous nous confirmer si la conférence se tiendra
en présentiel (et dans quelle ville) ou uniquement en ligne ?

Dans le premier cas, l'OIM pourrait-elle délivrer des lettres d'invitation
nominatives pour nos demandes de visa ? Nos collègues voyagent avec des
passeports mauritaniens et les délais de rendez-vous au consulat sont
actuellement d'environ trois semaines. Nous pouvons vous envoyer les copies des
passeports si nécessaire.

Nous préparons par ailleurs une proposition d'intervention que nous vous
ferons parvenir avant le 5 février.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations
distinguées.

Khadijetou Mint Sidi
Chargée de programmes
ONG Tiyar Al Amal - Nouakchott
Tél. : +222 36 41 27 93
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000007d3e1a05b9f2c401")
    meta = dict(from_name="Khadijetou Mint Sidi", from_email="k.mintsidi@tiyar-alamal.example.mr",
                subject="Question visa / format de la conférence - Examen régional PMM",
                received_at=R(2021, 1, 27, 12, 4, 51), sender_tz=tz(0), lag=18, relay="mail-wm1-f47.google.com",
                mid="<CAM9xQe4Lr2Tz7vK1pW0bN8sYd3Hf6uJ5gA2cE9o@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / meeting-format question; mentions a delegation of three and a speaking proposal that "
                       "will come later, but nobody is proposed yet; hard-wrapped Gmail text")
    return meta, root, label


@message
def h10_02():
    plain = """Dear GCM Regional Review team,

Further to the invitation letter received last week, the Secretariat of the
Horn-Gulf Mobility Platform (HGMP) is pleased to share the composition of its
delegation to the Regional Review of the Global Compact for Migration in the
Arab region:

1. Amb. (ret.) Omar Dirieh Bouh - Chair of the Steering Board
2. Ms. Hodan Ismail Robleh - Senior Programme Officer, Protection
3. Mr. Tesfaldet Gebremariam - Data and Research Associate

We would like to request speaking roles for two of them:

- Amb. Omar Dirieh Bouh: floor intervention in a plenary session (24 or 25 February)
- Ms. Hodan Ismail Robleh: floor intervention in Roundtable 2 (protecting the human
  rights of migrants: border governance, smuggling, trafficking and detention)

Mr. Gebremariam will follow the proceedings and support the delegation.

HGMP brings together government focal points, port authorities and civil society
from Djibouti, Somalia, Ethiopia, Yemen and Oman working on mixed movements across
the Gulf of Aden.

With best regards,

Nasra Abdillahi Farah
Coordinator, HGMP Secretariat
Djibouti | +253 21 35 47 80 | www.hgmp.example.dj

""" + DISCLAIMER_EN + "\n"
    html = outlook_html(paras(plain), lang="EN-GB")
    root = alt(plain, html, boundary="_000_AM6PR09MB4127C3D9E18F2A6B5D0C7E41A9AM6PR09MB4127eurp_")
    meta = dict(from_name="Nasra Abdillahi Farah", from_email="secretariat@hgmp.example.dj",
                subject="HGMP delegation and speaking roles - GCM Regional Review Arab region",
                received_at=R(2021, 1, 29, 12, 40, 12), sender_tz=tz(3), lag=53,
                relay="EUR05-AM6-obe.outbound.protection.outlook.com", mid=MID_02,
                extra_headers=outlook_headers(2, "en-GB"))
    aff = "Horn-Gulf Mobility Platform (HGMP)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Omar Dirieh Bouh", "Chair of the Steering Board", aff, ["plenary"], None),
                           SP("Hodan Ismail Robleh", "Senior Programme Officer, Protection", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="regional body; delegation of three listed with titles, only two will speak (second list); "
                       "'Amb. (ret.)' honorific; title with a comma ('Senior Programme Officer, Protection'); the "
                       "sender's own title also has a comma; roundtable theme wrapped over two lines; disclaimer")
    return meta, root, label


@message
def h10_03():
    plain = """السادة منظمي الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية المحترمين،

تحية طيبة وبعد،

تتقدم المنظمة السودانية لإعادة إدماج العائدين (SORRA) بطلب مشاركة السيدة إخلاص عبد الرحيم الطيب، منسقة برامج سبل العيش بالمنظمة، كمتحدثة في المائدة المستديرة الأولى حول تعزيز مسارات الهجرة النظامية والعمل اللائق ومعالجة دوافع الهجرة، وذلك نظراً لخبرتها الطويلة في العمل مع العائدين من ليبيا ودول الخليج في ولايتي الخرطوم وكسلا.

نرجو التكرم بتأكيد استلام هذا الطلب.

مع وافر التقدير والاحترام،

م. عثمان الأمين بشير
المدير التنفيذي
SORRA - الخرطوم
هاتف: +249 912 448 307
"""
    root = alt(plain, gmail_html(plain, rtl=True), charset="utf-8", cte="b64", boundary="000000000000c41e8805ba2f1d93")
    meta = dict(from_name="عثمان الأمين بشير", from_email="osman.bashir.sorra@gmail.example.com",
                subject="طلب مشاركة متحدثة - المائدة المستديرة الأولى",
                received_at=R(2021, 1, 31, 19, 5, 38), sender_tz=tz(2), lag=14, relay="mail-ej1-f52.google.com",
                mid="<CAF3kT0vQ9mZ1xW7bR4nJ2sH8yP5dL6gU0aE3cK7@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("إخلاص عبد الرحيم الطيب", "منسقة برامج سبل العيش",
                              "المنظمة السودانية لإعادة إدماج العائدين (SORRA)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="Arabic organisation name followed by its English acronym; nominee after the honorific "
                       "السيدة, title followed by 'بالمنظمة' (affiliation only by reference); roundtable as the "
                       "ordinal word الأولى; the signer ('م.' engineer, executive director) is not the speaker; "
                       "signature gives only the acronym; base64 Gmail parts")
    return meta, root, label


@message
def h10_04():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة،

باسم أمانة شبكة المدن العربية للإدماج والتنوع (ACIDN)، يسعدنا أن نرشّح أحد رؤساء البلديات الأعضاء في الشبكة للمشاركة في أعمال الاستعراض الإقليمي، وفيما يلي بياناته:

- الاسم: المهندس خالد مفتاح الزروق
- الصفة: نائب عميد البلدية
- الجهة: بلدية طرابلس المركز (عضو في الشبكة)
- المشاركة المطلوبة: النقاش المفتوح في المشاورة متعددة أصحاب المصلحة يوم 23 فبراير، وكذلك مداخلة في المائدة المستديرة الثالثة (الإدماج والتماسك الاجتماعي والحصول على الخدمات الأساسية)

وللعلم، ستتابع الأستاذة ديما الحوراني، مسؤولة البرامج في الأمانة، أعمال المؤتمر دون طلب كلمة.

وتفضلوا بقبول فائق الاحترام،

ديما الحوراني
مسؤولة البرامج
أمانة شبكة المدن العربية للإدماج والتنوع (ACIDN)
عمّان - الأردن
+962 6 552 1834
"""
    html = outlook_html(paras(plain), lang="AR-JO", rtl=True)
    root = alt(plain, html, charset="windows-1256", cte="qp", boundary="----=_NextPart_000_0041_01D6F8A3.2B9C4E70")
    meta = dict(from_name="ديما الحوراني", from_email="programmes@acidn.example.org", hdr_charset="windows-1256",
                subject="ترشيح متحدث - شبكة المدن العربية للإدماج والتنوع (ACIDN)",
                received_at=R(2021, 2, 1, 13, 0, 27), sender_tz=tz(2), lag=74,
                mid="<004101d6f892$2b9c4e70$82d4eb50$@acidn.example.org>",
                extra_headers=outlook_headers(4, "ar-jo"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد مفتاح الزروق", "نائب عميد البلدية", "بلدية طرابلس المركز",
                              ["open_discussion", "roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="city network nominating a municipal official: the speaker's affiliation is the municipality, "
                       "not the sending network (the 'عضو في الشبكة' aside is not part of it); honorific المهندس; "
                       "one speaker, two roles (open discussion + roundtable الثالثة); the sender, named in the body "
                       "with الأستاذة, attends without speaking; dashed labelled list; windows-1256")
    return meta, root, label


INVITE_AR = """السادة والسيدات ممثلي أصحاب المصلحة،

تتشرف المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا، بالنيابة عن شبكة الأمم المتحدة المعنية بالهجرة، بدعوتكم إلى المشاورة الإقليمية متعددة أصحاب المصلحة (23 شباط/فبراير 2021) والمؤتمر الإقليمي للاستعراض (24-25 شباط/فبراير 2021).

يمكن لأصحاب المصلحة طلب الكلمة بإرسال اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، وذلك للمشاركة في:
- النقاش المفتوح في المشاورة متعددة أصحاب المصلحة؛
- تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر؛
- مداخلة في الجلسة العامة أو في إحدى الموائد المستديرة المواضيعية الأربع:
  المائدة المستديرة 1: مسارات الهجرة النظامية والعمل اللائق ودوافع الهجرة
  المائدة المستديرة 2: حماية حقوق الإنسان للمهاجرين وإدارة الحدود والتهريب والاتجار والاحتجاز
  المائدة المستديرة 3: الإدماج الاجتماعي والخدمات الأساسية والتحويلات ومساهمات المغتربين
  المائدة المستديرة 4: البيانات وعدم التمييز والتعاون الدولي

كما ندعوكم إلى إرسال تقاريركم الطوعية لاستعراض الاتفاق العالمي في موعد أقصاه 16 شباط/فبراير 2021.

مع التحية،
فريق الاستعراض الإقليمي"""


@message
def h10_05():
    plain = """الأخوة الأعزاء في فريق الاستعراض الإقليمي،

بالإشارة إلى رسالتكم أدناه، يرشّح تجمع محامي عدن للدفاع عن حقوق المهاجرين الأستاذ المحامي فهد ناصر الحميدي، رئيس وحدة التقاضي الاستراتيجي في التجمع، لتقديم مداخلة في المائدة المستديرة 2 الخاصة بحماية حقوق الإنسان للمهاجرين، حيث يتابع منذ 2018 قضايا احتجاز المهاجرين القادمين من القرن الأفريقي في مراكز الاحتجاز بعدن ولحج.

نرجو إفادتنا بالخطوات التالية.

مع الشكر والتقدير،
المحامية سماح عبدالقوي
منسقة التجمع
جوال: +967 777 314 620

في الخميس، 28 يناير 2021 في 11:14 ص، كتب GCM Regional Review <gcmrrarabstates@iom.int>:

""" + quote(INVITE_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), charset="utf-8", cte="b64", boundary="000000000000e5a0d205ba4c77e2")
    meta = dict(from_name="تجمع محامي عدن", from_email="aden.lawyers.migrants@gmail.example.com",
                subject="رد: دعوة للمشاركة - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(2021, 2, 1, 16, 30, 9), sender_tz=tz(3), lag=22, relay="mail-lf1-f43.google.com",
                mid="<CAK2pV7sN0bX4mR9tE1wQ6yL3hD8fG5jU2cA0zO4@mail.gmail.com>",
                in_reply_to=CALL_MID, references=CALL_MID)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فهد ناصر الحميدي", "رئيس وحدة التقاضي الاستراتيجي",
                              "تجمع محامي عدن للدفاع عن حقوق المهاجرين", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="reply quoting the organisers' Arabic call ('>'-prefixed) which lists every role, all four "
                       "roundtables, the misprinted speaker deadline (23 Feb) and the report call: only the new text "
                       "counts; lawyers' collective; honorific 'الأستاذ المحامي'; the signer (المحامية, coordinator) is "
                       "not the speaker; affiliation in the sentence before the name")
    return meta, root, label


@message
def h10_06():
    plain = """Dear Sir/Madam,

Please find below the nomination of the Bahrain Employers' Federation for Labour Mobility (BEFLM) for the Regional Review of the Global Compact for Migration:

Role: Floor intervention - Roundtable 1 (regular pathways, decent work)
Speaker: Mr. Jassim Abdulla Al-Sayegh
Title: Head, Labour Market Policy Unit
Organisation: Bahrain Employers' Federation for Labour Mobility (BEFLM)

Mr. Al-Sayegh will be accompanied by Ms. Noor Haider (Policy Analyst), who will attend but not take the floor.

Kindly copy me on all correspondence, as Mr. Al-Sayegh is travelling this week.

Best regards,

Reem Al-Mahmood
Executive Assistant to the Secretary General
Bahrain Employers' Federation for Labour Mobility
T +973 1753 2210 | M +973 3912 0456
Manama, Kingdom of Bahrain

""" + DISCLAIMER_EN + "\n"
    html = outlook_html(paras(plain), lang="EN-US")
    root = alt(plain, html, boundary="_000_4B1E7C0A2D9F4E31A6C85B0E7D2F9A14beflmexamplebh_")
    meta = dict(from_name="Reem Al-Mahmood", from_email="reem.almahmood@beflm.example.bh",
                cc="\"Jassim Al-Sayegh\" <j.alsayegh@beflm.example.bh>",
                subject="BEFLM nomination - Roundtable 1 speaker",
                received_at=R(2021, 2, 2, 11, 20, 44), sender_tz=tz(3), lag=66,
                mid="<4B1E7C0A2D9F4E31A6C85B0E7D2F9A14@EXCH01.beflm.example.bh>",
                extra_headers=outlook_headers(6, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Jassim Abdulla Al-Sayegh", "Head, Labour Market Policy Unit",
                              "Bahrain Employers' Federation for Labour Mobility (BEFLM)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="employers' body; 'Role: / Speaker: / Title: / Organisation:' labelled lines with the role "
                       "first; title contains a comma; a second person (Policy Analyst) attends without speaking; "
                       "the sender is an executive assistant; speaker in Cc; disclaimer")
    return meta, root, label


@message
def h10_07():
    plain = """Bonsoir,

Suite à l'appel à propositions d'intervenants, je souhaiterais intervenir lors
de la table ronde n°2 (protection des droits humains des migrants), notamment
sur la détention administrative et l'accès effectif à un avocat aux frontières
et dans les ports.

Je reste à votre disposition pour tout complément.

Bien à vous,

-- 
Me Salma Oukacha
Avocate, coordinatrice du pôle contentieux
Collectif des Avocats pour les Droits des Personnes Migrantes (CADPM)
Casablanca - Maroc
+212 6 61 24 37 09
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Salma Oukacha", from_email="s.oukacha@cadpm-avocats.example.ma",
                subject="Demande d'intervention - table ronde 2",
                received_at=R(2021, 2, 2, 22, 10, 3), sender_tz=tz(1), lag=40,
                mid="<9b2e41c7-5a0d-4f63-b8e2-7c1d06a3f952@cadpm-avocats.example.ma>",
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.6.1",
                               "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Salma Oukacha", "Avocate, coordinatrice du pôle contentieux",
                              "Collectif des Avocats pour les Droits des Personnes Migrantes (CADPM)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination in the first person; name, title and affiliation only in the '-- ' signature; "
                       "'Me' (Maître) honorific not part of the name; title with a comma; 'table ronde n°2'; "
                       "Thunderbird format=flowed")
    return meta, root, label


@message
def h10_08():
    rows = [("د. رغد كاظم الساعدي", "رئيسة قسم الدراسات", "مرصد العراق لحقوق العمال المهاجرين (IMWRO)",
             "مقررة لعرض الرسائل الرئيسية لأصحاب المصلحة"),
            ("السيد بشير حمه علي", "منسق ميداني", "IMWRO - مكتب أربيل", "مداخلة في المائدة المستديرة الرابعة")]
    table = "".join("<tr>%s</tr>" % "".join("<td style='border:solid #999 1.0pt;padding:2pt 5pt'>"
                                            "<p class=MsoNormal>%s</p></td>" % escape(c) for c in r) for r in rows)
    head = "".join("<td style='border:solid #999 1.0pt;background:#D9E2F3;padding:2pt 5pt'>"
                   "<p class=MsoNormal><b>%s</b></p></td>" % h
                   for h in ("الاسم", "المسمى الوظيفي", "الجهة", "المشاركة المطلوبة"))
    inner = ("<p class=MsoNormal>السادة فريق الاستعراض الإقليمي المحترمون،</p>\n"
             "<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal>تحية طيبة،</p>\n"
             "<p class=MsoNormal>يسر مرصد العراق لحقوق العمال المهاجرين (IMWRO) أن يقدم ترشيحاته للمشاركة في "
             "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، وذلك على النحو المبين في "
             "الجدول أدناه:</p>\n<p class=MsoNormal>&nbsp;</p>\n"
             "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 dir=rtl "
             "style='border-collapse:collapse;border:none'><tr>" + head + "</tr>" + table + "</table>\n"
             "<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal>علماً بأن الدكتورة رغد شاركت في إعداد التقرير الوطني للمجتمع المدني حول العمالة "
             "الوافدة في العراق لعام 2020.</p>\n<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal>مع خالص التحيات،</p>\n<p class=MsoNormal>&nbsp;</p>\n"
             "<p class=MsoNormal><b>علي حسين الموسوي</b><br>مدير المرصد<br>بغداد - الكرادة<br>"
             "هاتف: +964 770 418 2256</p>")
    root = text_part(outlook_html(inner, lang="AR-IQ", rtl=True), "html", "utf-8", "b64")
    meta = dict(from_name="IMWRO", from_email="info@imwro.example.iq",
                subject="ترشيحات مرصد العراق لحقوق العمال المهاجرين - الاستعراض الإقليمي",
                received_at=R(2021, 2, 3, 9, 30, 16), sender_tz=tz(3), lag=88,
                mid="<00a301d6f9fe$61c2b0d0$2547f170$@imwro.example.iq>",
                extra_headers=outlook_headers(8, "ar-iq"))
    aff = "مرصد العراق لحقوق العمال المهاجرين (IMWRO)"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رغد كاظم الساعدي", "رئيسة قسم الدراسات", aff, ["rapporteur"], None),
                           SP("بشير حمه علي", "منسق ميداني", aff, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message (base64), two speakers in an HTML table with honorifics (د., السيد) "
                       "inside the name cells; the second speaker's affiliation cell reads 'IMWRO - مكتب أربيل' "
                       "(fullest form is in the intro); rapporteur + roundtable الرابعة; the signer is not a speaker")
    return meta, root, label


@message
def h10_09():
    plain = """Madame, Monsieur,

La Commune de Nouadhibou a l'honneur de proposer Mme Mariem Sidi Ethmane, chargée de la coopération décentralisée et des migrations, au sein de la Commune de Nouadhibou, pour une intervention en séance plénière lors de la conférence régionale des 24 et 25 février 2021.

Ville portuaire et principal point de départ vers les îles Canaries, Nouadhibou accueille une population migrante importante venue d'Afrique de l'Ouest ; la Commune a mis en place en 2019 un guichet d'orientation des migrants en partenariat avec les associations locales. Mme Sidi Ethmane en assure la coordination.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour le Maire et par délégation,
Le Secrétaire général

Ahmed Salem Ould Mohamed Vall
Commune de Nouadhibou - République Islamique de Mauritanie
Tél. : +222 45 74 51 08
"""
    html = outlook_html(paras(plain), lang="FR")
    root = alt(plain, html, charset="windows-1252", cte="qp", boundary="----=_NextPart_000_0019_01D6FA13.5E0A7C80")
    meta = dict(from_name="Secrétariat général - Commune de Nouadhibou", from_email="sg@commune-nouadhibou.example.mr",
                hdr_charset="windows-1252",
                subject="Proposition d'intervenante - séance plénière - Commune de Nouadhibou",
                received_at=R(2021, 2, 3, 14, 47, 55), sender_tz=tz(0), lag=102,
                mid="<001901d6fa13$5e0a7c80$1a1f7580$@commune-nouadhibou.example.mr>",
                extra_headers=outlook_headers(9, "fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mariem Sidi Ethmane", "chargée de la coopération décentralisée et des migrations",
                              "Commune de Nouadhibou", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="city government; 'Mme X, chargée de ..., au sein de ...' pattern; 'séance plénière'; signed "
                       "'Pour le Maire et par délégation' by the Secrétaire général (not the speaker); windows-1252 "
                       "quoted-printable with an encoded display name")
    return meta, root, label


@message
def h10_10():
    fwd = """Bonsoir Présidente,

Comme convenu lors de la réunion du bureau de samedi, voici les éléments à
transmettre à l'OIM :

Intervenant : M. Djamal Soilihi Msa
Fonction : secrétaire général adjoint, chargé des projets de co-développement
Structure : Fédération des Associations Comoriennes de Marseille (FACOM)
Souhait : table ronde 3 (inclusion, transferts de fonds et contributions des diasporas)

Djamal a coordonné l'étude 2020 sur les envois de fonds vers Ngazidja et Mohéli.

Je te laisse transmettre.
Amitiés,
Youssouf"""
    plain = """Bonjour,

Je vous transfère ci-dessous la proposition validée par notre bureau. Merci de
bien vouloir en tenir compte.

Cordialement,

Moinecha Ali Bacar
Présidente de la FACOM
06 51 42 88 07

---------- Forwarded message ---------
De : Youssouf Said Hamidou <y.saidhamidou@facom-marseille.example.fr>
Date: mer. 3 févr. 2021 à 21:40
Subject: Intervenant table ronde diaspora
To: Moinecha Ali Bacar <presidence@facom-marseille.example.fr>


""" + fwd + "\n"
    root = alt(plain, gmail_html(plain), boundary="0000000000003f9c2b05ba7e0d18")
    meta = dict(from_name="Moinecha Ali Bacar", from_email="presidence@facom-marseille.example.fr",
                subject="Fwd: Intervenant table ronde diaspora",
                received_at=R(2021, 2, 4, 10, 2, 37), sender_tz=tz(1), lag=19, relay="mail-wr1-f66.google.com",
                mid="<CAN7dR2wK8sP0vY3bM6tQ1xJ9hF4gL5nE2aU7cO1@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Djamal Soilihi Msa", "secrétaire général adjoint, chargé des projets de co-développement",
                              "Fédération des Associations Comoriennes de Marseille (FACOM)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="diaspora association; the speaker's details are only in the forwarded message (Gmail 'Forwarded "
                       "message' block, French header labels); neither the forwarder (Présidente) nor the author of the "
                       "forwarded mail is the speaker; 'Intervenant / Fonction / Structure / Souhait' labels; title "
                       "with a comma")
    return meta, root, label


@message
def h10_11():
    orig = outlook_quote_header("Nasra Abdillahi Farah", "Friday, 29 January 2021 13:39",
                                "gcmrrarabstates@iom.int",
                                "HGMP delegation and speaking roles - GCM Regional Review Arab region")
    orig_body = """Dear GCM Regional Review team,

Further to the invitation letter received last week, the Secretariat of the
Horn-Gulf Mobility Platform (HGMP) is pleased to share the composition of its
delegation to the Regional Review of the Global Compact for Migration in the
Arab region:

1. Amb. (ret.) Omar Dirieh Bouh - Chair of the Steering Board
2. Ms. Hodan Ismail Robleh - Senior Programme Officer, Protection
3. Mr. Tesfaldet Gebremariam - Data and Research Associate

We would like to request speaking roles for two of them:

- Amb. Omar Dirieh Bouh: floor intervention in a plenary session (24 or 25 February)
- Ms. Hodan Ismail Robleh: floor intervention in Roundtable 2 (protecting the human
  rights of migrants: border governance, smuggling, trafficking and detention)

Mr. Gebremariam will follow the proceedings and support the delegation.

With best regards,

Nasra Abdillahi Farah
Coordinator, HGMP Secretariat"""
    plain = """Dear colleagues,

A quick update to our message below: Ms. Hodan Ismail Robleh will unfortunately be on mission in Bossaso on 24-25 February. We would therefore like Mr. Tesfaldet Gebremariam, our Data and Research Associate, to take the floor in Roundtable 2 in her place.

The request for Amb. Dirieh Bouh in the plenary is unchanged.

Apologies for the change and many thanks,

Nasra

Nasra Abdillahi Farah
Coordinator, HGMP Secretariat
Djibouti | +253 21 35 47 80

""" + orig + "\n\n" + orig_body + "\n"
    html = outlook_html(paras(plain), lang="EN-GB")
    root = alt(plain, html, boundary="_000_AM6PR09MB41275E0B7A3C4D2F91E6A8C3B0AM6PR09MB4127eurp_")
    meta = dict(from_name="Nasra Abdillahi Farah", from_email="secretariat@hgmp.example.dj",
                subject="RE: HGMP delegation and speaking roles - GCM Regional Review Arab region",
                received_at=R(2021, 2, 4, 17, 55, 2), sender_tz=tz(3), lag=47,
                relay="EUR05-AM6-obe.outbound.protection.outlook.com",
                mid="<AM6PR09MB41275E0B7A3C4D2F91E6A8C3B0@AM6PR09MB4127.eurprd09.prod.outlook.com>",
                in_reply_to=MID_02, references=MID_02, extra_headers=outlook_headers(11, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tesfaldet Gebremariam", "Data and Research Associate", "Horn-Gulf Mobility Platform (HGMP)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of="h10-02.eml",
                 notes="replacement announced in a reply: the new speaker takes over Roundtable 2 from the earlier "
                       "nominee; the unchanged plenary nomination is only restated by surname, not proposed anew; the "
                       "quoted original (Outlook header block, not '>'-prefixed) still lists the old speakers; "
                       "affiliation only in the quoted original/by 'our'")
    return meta, root, label


@message
def h10_12():
    plain = """Bonjour,

Au nom de l'Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax), association fondée et dirigée par des personnes migrantes, je vous transmets en pièce jointe notre rapport volontaire sur la mise en œuvre du Pacte mondial en Tunisie (6 pages).

Nous souhaitons également proposer notre vice-présidente, Mme Awa Fofana Koné, comme rapporteuse chargée de restituer les messages clés des parties prenantes lors de la consultation du 23 février. Elle a animé les trois ateliers communautaires qui ont servi à préparer le rapport.

Merci d'avance pour votre retour.

Jean-Baptiste Koffi Mensah
Président, ATMS-Sfax
+216 52 903 417
"""
    pdf = tiny_pdf(["Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax)",
                    "Rapport volontaire - Pacte mondial sur les migrations - Tunisie 2021",
                    "1. Acces au travail decent et aux titres de sejour",
                    "2. Acces a la sante et a l'education", "3. Recommandations"], "Rapport volontaire ATMS-Sfax")
    body = alt(plain, gmail_html(plain), boundary="000000000000a8e2f405ba8a31c6")
    root = mixed(body, [attachment(pdf, "application/pdf", "ATMS-Sfax_Rapport_volontaire_PMM_2021.pdf")],
                 boundary="000000000000a8e2f705ba8a31c8")
    meta = dict(from_name="ATMS Sfax", from_email="atms.sfax@gmail.example.com",
                subject="Rapport volontaire + proposition de rapporteuse - ATMS-Sfax",
                received_at=R(2021, 2, 4, 18, 20, 40), sender_tz=tz(1), lag=25, relay="mail-ed1-f68.google.com",
                mid="<CAB5wQ3tL9nM2xK7vR0sY4hJ8dP1fG6uE3cA9zT2@mail.gmail.com>")
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Awa Fofana Koné", "vice-présidente",
                              "Association des Travailleurs Migrants Subsahariens de Sfax (ATMS-Sfax)", ["rapporteur"],
                              None)],
                 report_attachments=["ATMS-Sfax_Rapport_volontaire_PMM_2021.pdf"], thread_of=None,
                 notes="migrant-led organisation; report PDF and a rapporteur nomination in one message, both on time; "
                       "title before the name ('notre vice-présidente, Mme ...'); the sender (Président) is not the "
                       "speaker; 'rapporteuse chargée de restituer les messages clés' = rapporteur")
    return meta, root, label


@message
def h10_13():
    plain = """Hello,
my name is Abdirahman Warsame Jibril, I'm with the Somali Youth Network on Migration (SYNM) in Hargeisa. I would like to take part in the open discussion on 23 Feb, especially on young people taking the eastern route through Yemen. Is it still possible to register? I can connect online.
Thanks a lot
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000d17b6a05baa3e902")
    meta = dict(from_name="Abdirahman Jibril", from_email="abdirahman.jibril@gmail.example.com",
                subject="open discussion 23 feb",
                received_at=R(2021, 2, 5, 21, 12, 30), sender_tz=tz(3), lag=9, relay="mail-pj1-f49.google.com",
                mid="<CAOa4r1xV2mN8tK0bW5sQ7yL3hD9fG6jU1cE4zP8@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Abdirahman Warsame Jibril", None, "Somali Youth Network on Migration (SYNM)",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="phone message with no signature, lower-case start; youth network; no title given (null); "
                       "display name shorter than the full name in the body; 'in Hargeisa' is a place, not part of "
                       "the affiliation; on time (evening of the deadline day)")
    return meta, root, label


@message
def h10_14():
    plain = """مساء الخير
أود المشاركة في النقاش المفتوح يوم 23 فبراير
د. منيرة فهد العنزي - باحثة مستقلة في قضايا العمالة المنزلية
مع الشكر

أُرسلت من الـ iPhone الخاص بي
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Munira", from_email="munira.alenezi@icloud.example.com",
                subject="مشاركة",
                received_at=R(2021, 2, 5, 23, 41, 20), sender_tz=tz(3), lag=64, relay="pv50p00im-ztdg10021201.me.example.com",
                mid="<7C1B9E2A-4D3F-4A80-9E6B-2F5C8D1A0B37@icloud.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("منيرة فهد العنزي", "باحثة مستقلة في قضايا العمالة المنزلية", None,
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="three-line iPhone message; independent researcher, so no affiliation (null); honorific 'د.'; "
                       "Date header (+03:00, Kuwait) already reads Sat 6 Feb 00:40 but the server received it Fri 5 Feb "
                       "23:41 Beirut time: on time; one-word subject; Latin display name")
    return meta, root, label


@message
def h10_15():
    plain = """Dear colleagues,

I realise the deadline for speaking requests passed yesterday - my apologies, the invitation only reached our office this week through the Resident Coordinator's Office.

If there is still space, I would be grateful for the opportunity to make a short floor intervention in Roundtable 3 on social inclusion and access to basic services, drawing on our work with municipalities hosting migrants and displaced people in Sudan and Jordan.

Kind regards,
Nadia

Dr. Nadia Hassan Karrar
Head, Migration and Urban Inclusion Unit
United Nations Joint Programme on Migration and Cities (UN-JPMC)
Regional Office for Arab States, Amman
Tel. +962 6 500 4417 | Mobile +962 79 744 0125
"""
    html = outlook_html(paras(plain), lang="EN-US")
    root = alt(plain, html, boundary="_000_VI1PR0602MB3390B2D41E7F0A8C69B5E1F24DVI1PR0602MB3390eurp_")
    meta = dict(from_name="Nadia Hassan Karrar", from_email="nadia.karrar@un-jpmc.example.org",
                subject="Late request - floor intervention Roundtable 3",
                received_at=R(2021, 2, 6, 9, 5, 48), sender_tz=tz(2), lag=36,
                relay="EUR03-VI1-obe.outbound.protection.outlook.com",
                mid="<VI1PR0602MB3390B2D41E7F0A8C69B5E1F24D@VI1PR0602MB3390.eurprd06.prod.outlook.com>",
                extra_headers=outlook_headers(15, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Nadia Hassan Karrar", "Head, Migration and Urban Inclusion Unit",
                              "United Nations Joint Programme on Migration and Cities (UN-JPMC)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February) and says so; UN entity; self-nomination with details only in the "
                       "signature; title with a comma; the regional office line under the affiliation is a location")
    return meta, root, label


@message
def h10_16():
    plain = """Madame, Monsieur,

Le Cabinet de l'Honorable Ibrahim Mzé Abdou, Président de la Commission des relations extérieures et de la coopération de l'Assemblée de l'Union des Comores, a l'honneur de solliciter une prise de parole en séance plénière lors de la conférence régionale d'examen du Pacte mondial sur les migrations (24-25 février 2021).

L'Honorable Mzé Abdou souhaiterait présenter les travaux parlementaires en cours sur la protection des ressortissants comoriens dans les pays du Golfe et sur la mobilisation de la diaspora.

Conscients que le délai du 5 février est dépassé, nous espérons que cette demande pourra néanmoins être examinée.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Soifiat Mohamed Chanfi
Chef de cabinet
Cabinet de l'Honorable Ibrahim Mzé Abdou
Assemblée de l'Union des Comores - Moroni
Tél. : +269 773 28 14
"""
    html = outlook_html(paras(plain), lang="FR")
    root = alt(plain, html, boundary="----=_NextPart_000_0027_01D6FE04.19B3A1C0")
    meta = dict(from_name="Cabinet Hon. Mzé Abdou", from_email="cabinet.mzeabdou@assemblee-km.example.km",
                subject="Demande de prise de parole - séance plénière - Honorable Ibrahim Mzé Abdou",
                received_at=R(2021, 2, 8, 11, 15, 26), sender_tz=tz(3), lag=58,
                mid="<002701d6fe04$19b3a1c0$4d1ae540$@assemblee-km.example.km>",
                extra_headers=outlook_headers(16, "fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ibrahim Mzé Abdou", "Président de la Commission des relations extérieures et de la coopération",
                              "Assemblée de l'Union des Comores", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February) and says so; a parliamentarian's office writing on his behalf; honorific "
                       "'l'Honorable'; title and affiliation run together in one phrase ('Président de la Commission "
                       "... de l'Assemblée de l'Union des Comores'); the chef de cabinet signs")
    return meta, root, label


@message
def h10_17():
    plain = """Dear Organizers,

Good day! We are writing on behalf of the Philippine Overseas Workers Council - Kuwait (POWC-K), a community organization of Filipino household service workers, nurses and drivers.

We would like to ask a few practical questions about the 23-25 February meetings:

1. Will the sessions be held on Zoom or on another platform, and will the links be sent by e-mail?
2. Is interpretation available in English, or only Arabic and French?
3. Many of our members work on shifts. Will the roundtables be recorded so they can watch later?
4. Can several members follow the sessions under one registration?

Our chairperson is especially interested in following the roundtable on remittances and diaspora contributions.

Thank you very much and God bless.

Respectfully yours,

Maricel D. Santos-Villanueva
Secretary, POWC-K
Salmiya, Kuwait
+965 6604 1937
"""
    root = alt(plain, gmail_html(plain), boundary="00000000000051c0e705bad3f4a7")
    meta = dict(from_name="POWC Kuwait", from_email="powc.kuwait@yahoo.example.com",
                subject="Questions on platform, interpretation and recordings",
                received_at=R(2021, 2, 8, 14, 2, 11), sender_tz=tz(3), lag=27, relay="sonic310-21.consmr.mail.ne1.yahoo.example.com",
                mid="<1498262037.2210457.1612785699011@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (platform, interpretation, recordings, registration) from an Asian-origin "
                       "diaspora community group; mentions the roundtables and its chairperson's interest in one, but "
                       "proposes no speaker; numbered list")
    return meta, root, label


@message
def h10_18():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

نرجو التكرم بتزويدنا بجدول الأعمال التفصيلي للمشاورة الإقليمية متعددة أصحاب المصلحة (23 فبراير) وللمؤتمر الإقليمي (24-25 فبراير)، بما في ذلك مواعيد انعقاد الموائد المستديرة الأربع بتوقيت بيروت، وأسماء الجهات الميسّرة لكل مائدة، والمنصة الإلكترونية التي ستُستخدم، وذلك لكي نتمكن من تنسيق متابعة أعضاء الجمعية للجلسات.

كما نود الاستفسار عمّا إذا كان جدول الأعمال سيُتاح باللغة العربية.

ولكم جزيل الشكر،

فاطمة عبدالله الرشيدي
أمينة السر
الجمعية الكويتية لحقوق العمالة الوافدة (KAMWR)
الكويت
"""
    html = outlook_html(paras(plain), lang="AR-KW", rtl=True)
    root = alt(plain, html, charset="windows-1256", cte="qp", boundary="----=_NextPart_000_0033_01D6FEC8.7A41D2E0")
    meta = dict(from_name="الجمعية الكويتية لحقوق العمالة الوافدة", from_email="secretary@kamwr.example.kw",
                hdr_charset="windows-1256", subject="طلب جدول الأعمال - الاستعراض الإقليمي",
                received_at=R(2021, 2, 9, 10, 33, 47), sender_tz=tz(3), lag=81,
                mid="<003301d6fec8$7a41d2e0$6ec578a0$@kamwr.example.kw>",
                extra_headers=outlook_headers(18, "ar-kw"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the detailed agenda, roundtable times, facilitators and platform; mentions the four "
                       "roundtables and the consultation but proposes no speaker; windows-1256 Outlook message with an "
                       "encoded organisational display name")
    return meta, root, label


@message
def h10_19():
    inner = """د. سالم،

تحية طيبة،

مرفق النسخة النهائية من التقرير الطوعي للمركز حول تنفيذ الاتفاق العالمي من أجل الهجرة في سلطنة عُمان، بعد إدراج ملاحظات اللجنة العلمية. يرجى إرساله إلى العنوان المخصص لدى المنظمة الدولية للهجرة قبل الموعد النهائي.

مع التحية،
ليلى بنت حمد البوسعيدية
باحثة رئيسية - فريق التقرير"""
    plain = """السادة فريق الاستعراض الإقليمي،

تحية طيبة،

أحيل إليكم أدناه التقرير الطوعي لمركز صحار لدراسات الهجرة والتنمية (SCMDS) الذي أعدّه فريق البحث في المركز.

مع خالص التقدير،

د. سالم بن علي الكندي
مدير المركز
مركز صحار لدراسات الهجرة والتنمية (SCMDS)
صحار - سلطنة عُمان

""" + outlook_quote_header("ليلى بنت حمد البوسعيدية <l.albusaidi@scmds.example.om>",
                           "Tuesday, February 9, 2021 4:12 PM", "سالم بن علي الكندي <director@scmds.example.om>",
                           "النسخة النهائية من التقرير الطوعي") + "\n\n" + inner + "\n"
    html = outlook_html(paras(plain), lang="AR-OM", rtl=True)
    body = alt(plain, html, boundary="_000_2F7C0D91B4E843A6A1C9E05B7D3F8A26scmdsexampleom_")
    pdf = tiny_pdf(["Sohar Centre for Migration and Development Studies (SCMDS)",
                    "Voluntary GCM Review Report - Sultanate of Oman - February 2021",
                    "Executive summary", "Objectives 6, 10 and 22", "Recommendations"], "SCMDS Voluntary GCM Review")
    root = mixed(body, [attachment(pdf, "application/pdf", "SCMDS_Voluntary_GCM_Review_Oman_2021_final.pdf")],
                 boundary="_004_2F7C0D91B4E843A6A1C9E05B7D3F8A26scmdsexampleom_")
    meta = dict(from_name="سالم بن علي الكندي", from_email="director@scmds.example.om",
                subject="FW: النسخة النهائية من التقرير الطوعي",
                received_at=R(2021, 2, 10, 8, 45, 33), sender_tz=tz(4), lag=71,
                mid="<2F7C0D91B4E843A6A1C9E05B7D3F8A26@MBX02.scmds.example.om>",
                extra_headers=outlook_headers(19, "ar-om"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["SCMDS_Voluntary_GCM_Review_Oman_2021_final.pdf"], thread_of=None,
                 notes="academic centre; Outlook 'FW:' of an internal message: the report author is in the forwarded "
                       "part, the director forwards it; English 'FW:' prefix and English file name with an Arabic "
                       "body; the forwarded text asks to send the report to IOM (already done by this message)")
    return meta, root, label


@message
def h10_20():
    plain = """Camarades, Mesdames et Messieurs,

Veuillez trouver ci-joint le rapport de l'Union Syndicale des Travailleurs
Migrants et Saisonniers de Mauritanie (USTMS) dans le cadre de l'examen
régional volontaire du Pacte mondial sur les migrations.

Le rapport porte sur les conditions de travail des pêcheurs et des
travailleurs saisonniers migrants à Nouadhibou et Nouakchott, le
recrutement et l'accès à la protection sociale.

Salutations syndicales.

Brahim Ould Ahmedou
Secrétaire aux relations extérieures
USTMS
"""
    pdf = tiny_pdf(["Union Syndicale des Travailleurs Migrants et Saisonniers de Mauritanie (USTMS)",
                    "Rapport - Examen regional du Pacte mondial sur les migrations - 2021",
                    "1. Peche artisanale et travail saisonnier", "2. Recrutement", "3. Protection sociale"],
                   "Rapport USTMS")
    body = text_part(plain, "plain", "utf-8", "qp")
    root = mixed(body, [attachment(pdf, "application/octet-stream", "Rapport USTMS - Pacte mondial.pdf")],
                 boundary="=_6d0b2a8f41c93e7d5a1f0b84c2e96a37")
    meta = dict(from_name="USTMS", from_email="ustms.mauritanie@webmail.example.mr",
                subject="Rapport USTMS - Examen régional PMM",
                received_at=R(2021, 2, 12, 15, 0, 14), sender_tz=tz(0), lag=33,
                mid="<6d0b2a8f41c93e7d5a1f0b84c2e96a37@webmail.example.mr>",
                extra_headers=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport USTMS - Pacte mondial.pdf"], thread_of=None,
                 notes="trade union; the PDF report is sent as application/octet-stream (webmail), file name with "
                       "spaces; 'rapport' announced in a hard-wrapped plain-text body; the signer's title is not a "
                       "speaker request")
    return meta, root, label


@message
def h10_21():
    plain = """Dear GCM Regional Review Team,

On behalf of the Network of Asian Migrant Community Associations in the Gulf (NAMCA-Gulf), I am pleased to submit our collective voluntary GCM review report.

The report was prepared jointly by 11 member associations of Nepali, Sri Lankan, Bangladeshi, Filipino, Indian and Pakistani workers in Bahrain, Kuwait, Oman, Qatar and the UAE, based on community consultations held online in December 2020 and January 2021. It focuses on fair recruitment (Objective 6), access to justice and wage protection (Objectives 6 and 7) and remittance costs (Objective 20).

We would be grateful if you could confirm receipt.

Warm regards,

Pradeep Shrestha
Regional Coordinator
Network of Asian Migrant Community Associations in the Gulf (NAMCA-Gulf)
Dubai, UAE | +971 50 318 7742
"""
    logo_cid = "image001.png@01D703A1.6C2B4E90"
    html = outlook_html(paras(plain).replace(
        "Regional Coordinator<br>", "Regional Coordinator<br>\n<img width=96 height=48 src=\"cid:%s\"><br>" % logo_cid),
        lang="EN-US")
    rel = related(alt(plain, html, boundary="_000_DB8PR04MB7715A2F0C6E93B1D4E8A52F7C1DB8PR04MB7715eurp_"),
                  [attachment(tiny_png((200, 60, 40)), "image/png", "image001.png", inline_cid=logo_cid)],
                  boundary="_005_DB8PR04MB7715A2F0C6E93B1D4E8A52F7C1DB8PR04MB7715eurp_")
    pdf = tiny_pdf(["Network of Asian Migrant Community Associations in the Gulf (NAMCA-Gulf)",
                    "Collective Voluntary GCM Review Report 2021",
                    "Prepared by 11 member associations", "1. Fair recruitment", "2. Wage protection",
                    "3. Remittance costs"], "NAMCA-Gulf Collective Voluntary GCM Review 2021")
    root = mixed(rel, [attachment(pdf, "application/pdf", "NAMCA-Gulf_Collective_Voluntary_GCM_Review_2021.pdf")],
                 boundary="_006_DB8PR04MB7715A2F0C6E93B1D4E8A52F7C1DB8PR04MB7715eurp_")
    meta = dict(from_name="Pradeep Shrestha", from_email="coordinator@namca-gulf.example.org",
                subject="Collective voluntary GCM review report - NAMCA-Gulf",
                received_at=R(2021, 2, 15, 16, 40, 5), sender_tz=tz(4), lag=49,
                relay="EUR04-DB8-obe.outbound.protection.outlook.com", mid=MID_21,
                extra_headers=outlook_headers(21, "en-US"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NAMCA-Gulf_Collective_Voluntary_GCM_Review_2021.pdf"], thread_of=None,
                 notes="collective report of a network of 11 Asian-origin diaspora associations; Outlook "
                       "mixed > related > alternative with an inline signature logo (image001.png) that is not part "
                       "of the report; objectives listed in prose")
    return meta, root, label


@message
def h10_22():
    plain = """Many thanks for confirming receipt, much appreciated.

Best,
Pradeep

On Mon, 15 Feb 2021 at 18:41, GCM Regional Review <gcmrrarabstates@iom.int> wrote:

> Dear Pradeep Shrestha,
>
> Thank you for your message. We confirm receipt of your voluntary GCM review
> report (NAMCA-Gulf_Collective_Voluntary_GCM_Review_2021.pdf), received on
> 15 February 2021, within the deadline. It will be shared with the Regional
> Review team.
>
> Kind regards,
> GCM Regional Review - Arab States
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000009b7e3105bb6a0c44")
    meta = dict(from_name="Pradeep Shrestha", from_email="pradeep.shrestha.namca@gmail.example.com",
                subject="Re: Acknowledgement of receipt - voluntary GCM review report",
                received_at=R(2021, 2, 16, 9, 12, 58), sender_tz=tz(4), lag=15, relay="mail-oi1-f176.google.com",
                mid="<CAJ8fT2nW5sK1vP9bR3xQ0yM7hL4dG6uE8cA2zN5@mail.gmail.com>",
                in_reply_to=ACK_21, references="%s %s" % (MID_21, ACK_21))
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h10-21.eml",
                 notes="thank-you reply to our acknowledgement, adding nothing new: do not acknowledge; sent from the "
                       "coordinator's personal Gmail rather than the address of the submission; the quoted "
                       "acknowledgement names the report file")
    return meta, root, label


@message
def h10_23():
    plain = """Bonsoir,

Vous trouverez ci-joint le rapport volontaire du Collectif de la Diaspora Djiboutienne en Europe (CDDE) pour l'examen régional du Pacte mondial sur les migrations.

Il s'agit d'un travail collectif de nos associations membres à Paris, Lyon, Bruxelles et Rotterdam, centré sur les transferts de fonds, la reconnaissance des qualifications et l'engagement de la diaspora dans le développement local.

Merci de nous confirmer la bonne réception.

Bien cordialement,

Hawa Daher Guelleh
Secrétaire générale du CDDE
Paris
"""
    doc = make_docx("Collectif de la Diaspora Djiboutienne en Europe (CDDE) - Rapport volontaire 2021",
                    ["Introduction et méthodologie.", "1. Transferts de fonds.",
                     "2. Reconnaissance des qualifications.", "3. Recommandations."])
    body = alt(plain, apple_html(plain), boundary="Apple-Mail=_8C4E2A17-3B6D-4F09-A5E1-7D2B9C0F4E63")
    root = mixed(body, [attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Rapport_volontaire_CDDE_février_2021.docx")],
                 boundary="Apple-Mail=_1F7A3C59-8E2D-4B60-9C14-6A0E5D3B7F28")
    meta = dict(from_name="Hawa Daher Guelleh", from_email="h.daherguelleh@cdde-diaspora.example.fr",
                subject="Rapport volontaire CDDE", received_at=R(2021, 2, 16, 22, 48, 36), sender_tz=tz(1), lag=52,
                mid="<5E9A0C3B-71D4-4E2F-8B6A-0C9D1E7F2A45@cdde-diaspora.example.fr>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_CDDE_février_2021.docx"], thread_of=None,
                 notes="European diaspora collective; DOCX with an accented file name (RFC 2231); received 22:48 Beirut "
                       "time on the last day (Date header 21:47 +0100): on time; Apple Mail")
    return meta, root, label


@message
def h10_24():
    plain = """السلام عليكم،

نعتذر عن التأخر في إرسال التقرير بسبب انقطاع الاتصالات في سبها خلال الأسبوع الماضي.

مرفق التقرير الطوعي لجمعية الواحة لدعم المهاجرين في الجنوب الليبي حول أوضاع المهاجرين العابرين في فزان، ونأمل أن يُؤخذ بعين الاعتبار رغم فوات الموعد.

مع الشكر،
عبد السلام محمد الحضيري
رئيس الجمعية
"""
    doc = make_docx("جمعية الواحة لدعم المهاجرين في الجنوب الليبي - التقرير الطوعي 2021",
                    ["أوضاع المهاجرين العابرين في فزان.", "التوصيات."])
    body = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f0c83e05bbb2a917")
    root = mixed(body, [attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "التقرير_الطوعي_جمعية_الواحة.docx")],
                 boundary="000000000000f0c84005bbb2a919")
    meta = dict(from_name="جمعية الواحة", from_email="alwaha.sabha@gmail.example.com",
                subject="التقرير الطوعي - جمعية الواحة (متأخر)",
                received_at=R(2021, 2, 18, 20, 30, 2), sender_tz=tz(2), lag=17, relay="mail-wm1-f53.google.com",
                mid="<CAGh6pX1nV4sM9tK2bW8rQ0yL5dJ3fH7uE1cA6zR9@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير_الطوعي_جمعية_الواحة.docx"], thread_of=None,
                 notes="late (18 February) and says so; Arabic DOCX file name in RFC 2231; short body")
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
        meta["qid"] = "7F%s%02d%s" % ("Hb2W", i, "kN4q")
        name = "%s%02d.eml" % (prefix, i)
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
    build(os.path.join(HERE, "holdout10"), "h10-", MESSAGES)
