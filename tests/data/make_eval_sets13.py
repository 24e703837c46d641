#!/usr/bin/env python3
"""Evaluation set holdout13 for gcm-intake: tests/data/holdout13 (24 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets13.py
Written independently of intake/ and rules/ (format: /work/shared/corpus/LABELS.md).  Each message is one
function returning (envelope, MIME tree, label); names, organisations and addresses are invented.
Standard library email package only (python-docx for the two DOCX reports), CRLF line endings.
"""
import datetime as dt
import io
import json
import os
import urllib.parse
import zipfile
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
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receive time (Beirut, UTC+02:00) in 2021."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(30, 110, 70), w=20, h=10):
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Document", producer="Microsoft Word for Microsoft 365"):
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + ["(%s) Tj T*" % esc(ln) for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) >>" % (esc(title), esc(producer))).encode("latin-1"),
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
    """Tiny DOCX via python-docx, re-zipped with fixed timestamps so the bytes are reproducible."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "user"
    cp.created = cp.modified = dt.datetime(2021, 2, 1, 9, 0, 0)
    cp.revision = 1
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def flow(text, width=72):
    """RFC 3676 format=flowed as Thunderbird writes it: long lines broken after a space (soft breaks)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + len(word) > width:
                out.append(cur)
                cur = ""
            cur += word + " "
        out.append(cur.rstrip(" "))
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    if flowed:
        text = flow(text)
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if cte == "8bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
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


def rfc2231_params(key, value, width=56):
    """key*0*=utf-8''...; key*1*=... folded one segment a line, never splitting a %XX escape."""
    q = urllib.parse.quote(value, safe="")
    chunks, i = [], 0
    while i < len(q):
        j = min(i + width, len(q))
        while j < len(q) and "%" in q[j - 2:j]:
            j -= 1
        chunks.append(q[i:j])
        i = j
    return ";\r\n".join(" %s*%d*=%s%s" % (key, k, "utf-8''" if k == 0 else "", c) for k, c in enumerate(chunks))


def attachment(data, ctype, filename, style="2231", disposition="attachment", cid=None):
    maintype, subtype = ctype.split("/")
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Gmail / Outlook style: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:  # Thunderbird / Apple Mail style: RFC 2231 with continuations
        ctype_value = p["Content-Type"]
        del p["Content-Type"]
        p["Content-Type"] = ctype_value + ";\r\n" + rfc2231_params("name", filename)
        p["Content-Disposition"] = disposition + ";\r\n" + rfc2231_params("filename", filename)
    if cid:
        p.add_header("Content-ID", "<%s>" % cid)
    return p


def multi(subtype, parts, boundary, **params):
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n"))
              for para in text.split("\n\n")]
    return '<div%s>%s</div>\n' % (d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False, charset="utf-8"):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "--></style></head>\n"
            "<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n</div></body></html>\n"
            % (charset, lang, d, inner))


def paras(text):
    out = ["<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">'
            + "".join("<div>%s</div>" % (escape(ln, quote=False) or "<br>") for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc_header(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, email, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), email)


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "smtp." + host)
    h = ["Return-Path: <%s>" % m["from_email"], "Delivered-To: " + MAILBOX,
         "Received: from %s (%s [%s])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
         % (relay, relay, m.get("ip", "192.0.2.%d" % (20 + m["n"] * 9)), m["qid"], MAILBOX, format_datetime(rat)),
         "Received: by %s with HTTP; %s" % (m.get("inner_host", "mail." + host), format_datetime(sent)),
         "Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
         % (host, host),
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
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=998)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dLm3qR8vT2kWn5yZb7xQ1sA==" % (n * 53),
            "Content-Language: " + lang]


GMAIL = "mail-%s.google.com"
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
               "Content-Language: fr"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]

# the organisers' call, as quoted in replies (English letter)
INVITE_EN = """Dear colleagues,

On behalf of the Regional UN Network on Migration for the Arab Region, we are pleased to invite you to the
Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region:
a multi-stakeholder consultation on 23 February 2021 and the regional review conference on 24-25 February 2021.

Stakeholders are invited to submit a voluntary GCM review report to gcmrrarabstates@iom.int by
Tuesday 16 February 2021.

Stakeholders may also request a speaking role (open discussion of the multi-stakeholder consultation,
rapporteur delivering the key messages, or a floor intervention in the plenary or in one of the four
thematic roundtables) by sending the name, title and organizational affiliation of the speaker to
gcmrrarabstates@iom.int by Friday 5 February 2021.

Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration
Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking, detention
Roundtable 3: Social inclusion, access to basic services, remittances and diaspora contributions
Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation

GCM Regional Review team"""

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= holdout13 messages
MID_06 = "<6f1c2a9e-3b7d-4e21-a8c5-0d94e7b1f352@rams-dz.example.org>"
ACK_06 = "<ack.GCM-AR-0019.20210203T1812@gcm-intake.iom.int>"
INVITE_MID = "<01a201d6f3e4$51c0b2a0$f5421fe0$@iom.int>"


@message
def h13_01():
    plain = """Dear Sir/Madam,

Assalam o Alaikum. I got your invitation letter from a friend at the
community welfare desk. I am Rashid Mehmood and I work as Welfare
Secretary for Pakistani workers here in Muscat, mostly drivers, masons
and cleaners in the construction sector.

I request you to kindly give me chance to speak in Roundtable 1
(regular pathways and decent work), because many of our brothers face
problems with recruitment fees and with changing sponsor, and nobody
talks about this in the meetings.

I can speak in English or Urdu. My WhatsApp is +968 9214 7730.

Thanks and regards,
Rashid Mehmood
Welfare Secretary
Muscat, Sultanate of Oman
"""
    root = text_part(plain, cte="7bit" if plain.isascii() else "qp")
    meta = dict(from_name="Rashid Mehmood", from_email="rashid.mehmood1978@gmail.example.com",
                subject="Request to speak - Roundtable 1", received_at=R(2, 1, 10, 14, 22), sender_tz=tz(4),
                lag=14, relay=GMAIL % "pj1-f44", mid="<CAN7vB0wq2Xk4mRr_9tPz3Lh8dYc1sQ6eJf0uA5nWg@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rashid Mehmood", "Welfare Secretary", None, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination, plain text, hard-wrapped, simple English; no organisation is named anywhere "
                       "(works 'for Pakistani workers here in Muscat', personal address), so affiliation null; "
                       "'Roundtable 1' with the theme in parentheses")
    return meta, root, label


@message
def h13_02():
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّ المجلس البلدي الزاوية أن يرشّح السيد عبد الحكيم الشريف، رئيس لجنة الشؤون الاجتماعية والهجرة بالمجلس، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير 2021، وذلك لعرض تجربة البلدية في التعامل مع المهاجرين العابرين وتوفير الخدمات الصحية لهم في ظل جائحة كورونا.

ونفيدكم بأن السيد الشريف يتحدث العربية والإنجليزية.

وتقبلوا فائق الاحترام والتقدير،

مكتب عميد البلدية
المجلس البلدي الزاوية
الزاوية – ليبيا
هاتف: 00218237624410
"""
    html = outlook_html(paras(plain), lang="AR-SA", rtl=True, charset="windows-1256")
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0031_01D6F88A.2C4E1B70")
    meta = dict(from_name="مكتب العميد - بلدية الزاوية", from_email="mayor.office@zawiya-council.example.ly",
                hdr_charset="windows-1256", subject="ترشيح ممثل المجلس البلدي الزاوية للمشاركة في الاستعراض الإقليمي",
                received_at=R(2, 1, 13, 2, 47), lag=71, mid="<003101d6f879$2c4e1b70$84ea5250$@zawiya-council.example.ly>",
                extra_headers=outlook(2, "ar-ly"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عبد الحكيم الشريف", "رئيس لجنة الشؤون الاجتماعية والهجرة بالمجلس",
                              "المجلس البلدي الزاوية", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="city council letter (windows-1256 Outlook); honorific السيد before the name; title refers back "
                       "to the council ('بالمجلس'); 'إحدى الجلسات العامة' = plenary; sender is the mayor's office, not "
                       "the speaker")
    return meta, root, label


@message
def h13_03():
    plain = """Dear GCM Regional Review Team,

Greetings from Indonesian Migrant Workers Solidarity Kuwait (IMWSK).

Following the invitation shared with us by our partners, we would like
to register our delegation for the regional conference on 24-25 February:

1. Ms. Siti Marlina Rahmawati - Chairperson
2. Mr. Agus Prasetyo - Legal Aid Coordinator
3. Ms. Dewi Lestari - Volunteer, shelter programme

Ms. Siti and Mr. Agus would like to take the floor: Ms. Siti in the
plenary session, and Mr. Agus in the roundtable on protecting the human
rights of migrants (Roundtable 2), where he can speak about domestic
workers who run away from employers and end up in deportation centres.
Ms. Dewi will join as observer only.

Please let us know if you need any more information.

Warm regards,

Wulan Sari
Secretary, IMWSK
Hawally, Kuwait
Mobile: +965 6603 1184
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000b7c2e105ba3f91d4")
    meta = dict(from_name="IMWSK Secretariat", from_email="imwsk.kuwait@gmail.example.com",
                subject="IMWSK - speakers for GCM regional review", received_at=R(2, 2, 9, 37, 5), sender_tz=tz(3),
                lag=11, relay=GMAIL % "lj1-f182", mid="<CAE4pXc9Rz1mWq_Lb2vN8tYh5oKs3dGf7uJ0aQeT6w@mail.gmail.com>")
    aff = "Indonesian Migrant Workers Solidarity Kuwait (IMWSK)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Siti Marlina Rahmawati", "Chairperson", aff, ["plenary"], None),
                           SP("Agus Prasetyo", "Legal Aid Coordinator", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="three people listed in a numbered delegation list, only two will speak (the third is an "
                       "observer); roles given in a later paragraph by first name ('Ms. Siti', 'Mr. Agus'); "
                       "organisation named in the greeting line; sender (secretary) not a speaker")
    return meta, root, label


@message
def h13_04():
    new = """Dear organisers,

Thank you for this invitation. The Horn of Africa Migrant and Refugee Women's Union (HARMWU) would like to request a floor intervention in Roundtable 2.

Our speaker would be:
Senait Gebremedhin
Founder and Coordinator, HARMWU

She will speak on the situation of Eritrean and Ethiopian women in Cairo who were trafficked through Sudan and the Sinai, and on access to registration for those who arrived after 2019.

With thanks,
Mahlet Tesfaye
Programme Assistant
Horn of Africa Migrant and Refugee Women's Union
Ard El Lewa, Giza, Egypt
"""
    plain = new + "\nOn Tue, Jan 26, 2021 at 4:05 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:\n" \
        + quote(INVITE_EN) + "\n"
    html = (gmail_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jan 26, 2021 at '
            '4:05 PM GCM Regional Review Arab States &lt;<a href="mailto:gcmrrarabstates@iom.int">gcmrrarabstates@iom.int'
            '</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
            'solid rgb(204,204,204);padding-left:1ex">' + gmail_html(INVITE_EN) + "</blockquote></div>\n")
    root = alt(plain, html, boundary="0000000000004e91a805ba40c6e2")
    meta = dict(from_name="Mahlet Tesfaye", from_email="harmwu.cairo@gmail.example.com",
                subject="Re: Invitation: Regional Review of the Global Compact for Migration in the Arab Region",
                received_at=R(2, 2, 11, 20, 40), lag=9, relay=GMAIL % "wm1-f53",
                mid="<CAK2sTq8Vn5xPb_Rm4zYc9Lw1hGd6oEj3uFa0kN7pQ@mail.gmail.com>",
                in_reply_to=INVITE_MID, references=INVITE_MID)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Senait Gebremedhin", "Founder and Coordinator",
                              "Horn of Africa Migrant and Refugee Women's Union (HARMWU)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' call, quoting it in full (the quoted letter lists all roles, all four "
                       "roundtables and the report call: none of it is the request); speaker as a name line plus "
                       "'Title, ACRONYM' line; full name with acronym in the first paragraph; sender is an assistant")
    return meta, root, label


@message
def h13_05():
    plain = """السادة الأفاضل،

تحية طيبة،

أودّ أن أعبّر عن رغبتي في المشاركة في المناقشة المفتوحة خلال المشاورة متعددة أصحاب المصلحة يوم 23 فبراير، حيث أعمل منذ سنوات على ملف الهجرة غير النظامية للشباب المصريين عبر ليبيا ودور البيانات في صنع السياسات.

وفيما يلي بياناتي باللغة الإنجليزية كما أرجو أن تظهر في قائمة المتحدثين:

Name: Dr. Mona El-Sherbiny
Title: Senior Research Fellow
Affiliation: Nile Centre for Migration Policy Studies (NCMPS), Cairo

مع خالص الشكر والتقدير،
منى الشربيني
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000a1f3d905ba44e07b")
    meta = dict(from_name="Mona El-Sherbiny", from_email="m.elsherbiny@ncmps.example.eg",
                subject="طلب المشاركة في المناقشة المفتوحة - الاستعراض الإقليمي", received_at=R(2, 2, 15, 48, 13),
                lag=8, relay=GMAIL % "ed1-f48", mid="<CAF9hJd3Wm6qLp_Xz2cVb8Rt4yNk0sGe5oUi1aT7rM@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("Mona El-Sherbiny", "Senior Research Fellow",
                              "Nile Centre for Migration Policy Studies (NCMPS)", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="Arabic body (acknowledge in Arabic) with the speaker's details as English labelled lines; "
                       "'Dr.' in the Name line; the Affiliation line ends with the city (', Cairo'); "
                       "'المناقشة المفتوحة خلال المشاورة متعددة أصحاب المصلحة' = open_discussion; self-nomination")
    return meta, root, label


@message
def h13_06():
    plain = """Madame, Monsieur,

Au nom du Réseau Algérien Migrations et Solidarités (RAMS), j'ai le plaisir de vous transmettre ci-joint le rapport volontaire collectif d'examen de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, élaboré conjointement par les sept associations membres du réseau (Alger, Oran, Tamanrasset, Annaba, Béjaïa, Ghardaïa et Maghnia).

Le rapport couvre la période 2018-2020 et porte notamment sur l'accès aux soins des migrants subsahariens, la situation des mineurs non accompagnés et les refoulements vers la frontière sud.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Amel Boudiaf
Coordinatrice du RAMS
Tél. : +213 (0)21 73 45 90
-- 
Réseau Algérien Migrations et Solidarités
https://rams-dz.example.org
"""
    report = make_docx("Rapport volontaire collectif - Examen du Pacte mondial sur les migrations (RAMS, 2021)",
                       ["Associations membres : sept associations d'Alger, Oran, Tamanrasset, Annaba, Béjaïa, "
                        "Ghardaïa et Maghnia.", "1. Accès aux soins", "2. Mineurs non accompagnés",
                        "3. Refoulements et frontière sud", "Recommandations"])
    root = multi("mixed", [text_part(plain, cte="8bit", flowed=True),
                           attachment(report, DOCX, "Rapport_collectif_RAMS_Pacte_mondial_février_2021.docx")],
                 "------------8A3C1D5E20F64B9077E1A2C4")
    meta = dict(from_name="Amel Boudiaf", from_email="coordination@rams-dz.example.org",
                subject="Rapport volontaire collectif – Réseau Algérien Migrations et Solidarités",
                received_at=R(2, 3, 10, 5, 31), sender_tz=tz(1), lag=22, mid=MID_06, extra_headers=THUNDERBIRD)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_collectif_RAMS_Pacte_mondial_février_2021.docx"], thread_of=None,
                 notes="collective report of a seven-member network; Thunderbird text/plain format=flowed 8bit, "
                       "signature after '-- '; DOCX name with 'é' as RFC 2231 parameter")
    return meta, root, label


@message
def h13_07():
    plain = """Bonjour,

J'espère que vous allez bien. Je vous écris on behalf of notre directrice, Mme Joëlle Karam, Executive Director du Mouvement Anti-Kafala pour les Travailleuses Domestiques (MAKTD), basé à Beyrouth.

Elle aimerait beaucoup faire une intervention dans la roundtable 2 (protection des droits humains des migrants, detention, trafficking...), surtout sur la situation des travailleuses domestiques après l'explosion du port et avec la crise économique, toutes les employées abandonnées devant les consulats etc.

Je vous envoie sa bio asap si besoin. Let me know s'il y a un template ou un format particulier pour les interventions.

Merci d'avance et have a nice day!

Rana Salameh
Communication & Advocacy Officer
MAKTD - Beyrouth
+961 3 418 220
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000007d20c605ba5612af")
    meta = dict(from_name="Rana Salameh", from_email="rana.salameh@maktd-lb.example.org",
                subject="Speaking slot - roundtable 2 - MAKTD", received_at=R(2, 3, 12, 44, 2), lag=7,
                relay=GMAIL % "wr1-f66", mid="<CAGp5Lw2Hs8yTq_Nc1xVd7Mb3zRk9oFe4uJa6iP0tW@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Joëlle Karam", "Executive Director",
                              "Mouvement Anti-Kafala pour les Travailleuses Domestiques (MAKTD)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Lebanese French mixed with English ('on behalf of', 'roundtable 2', 'asap', 'Let me know', "
                       "English subject): still French; English job title inside French prose ('Executive Director "
                       "du ...'); Mme honorific; sender nominates her director; bio promised, not attached")
    return meta, root, label


@message
def h13_08():
    plain = """Good day,

I am a lecturer at a university in Ibadan researching Nigerian migration to Libya and the Gulf, and I saw the announcement of the Regional Review on your website. I hope to attend the conference on 24-25 February.

Kindly advise whether the conference will take place in person (and in which city) or online only. If in person, can IOM issue an invitation letter that I could present to the embassy for a visa? I hold a Nigerian passport and the visa process usually takes three to four weeks, so I would need the letter as soon as possible.

Thank you in anticipation.

Dr. Chidinma Okafor-Bello
Department of Sociology
Ibadan, Nigeria
Tel: +234 803 552 1907
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000f3b81a05ba5834cd")
    meta = dict(from_name="Chidinma Okafor-Bello", from_email="chidinma.okaforbello@gmail.example.com",
                subject="Visa invitation letter for the regional conference?", received_at=R(2, 3, 16, 30, 51),
                sender_tz=tz(1), lag=13, relay=GMAIL % "qk1-f172",
                mid="<CAJ8dVr4Tn2wXm_Pk6cQb1Ls9yHg3oEf7uRa5iN0zD@mail.gmail.com>")
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question from an academic who wants to attend; mentions the "
                       "conference and her research but asks for no speaking role and submits nothing")
    return meta, root, label


@message
def h13_09():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة،
تحية طيبة وبعد،

تتشرف نقابة البحارة والعاملين بالموانئ بالإسكندرية بترشيح العضوين المبينين في الجدول أدناه للمشاركة في المؤتمر الإقليمي:

الاسم\tالصفة\tالجهة\tالمشاركة المطلوبة
محمود عبد العال\tالأمين العام للنقابة\tنقابة البحارة والعاملين بالموانئ\tالمقرر – عرض الرسائل الرئيسية لأصحاب المصلحة
نجلاء حسنين\tمسؤولة ملف البحارة المهاجرين\tنقابة البحارة والعاملين بالموانئ\tمداخلة في المائدة المستديرة الأولى

نرجو التكرم بإفادتنا بالموعد المحدد لكل مداخلة.

مع وافر الاحترام،
سكرتارية النقابة
هاتف: 4876023 3 20+
"""
    head, _, rest = plain.partition("الاسم\t")
    table_lines, _, tail = ("الاسم\t" + rest).partition("\n\n")
    rows = "".join("<tr>%s</tr>" % "".join("<td style='border:solid #999 1.0pt;padding:2pt 5pt'>"
                                             "<p class=MsoNormal>%s</p></td>" % escape(c) for c in ln.split("\t"))
                   for ln in table_lines.split("\n"))
    html = outlook_html(paras(head.rstrip("\n")) + "\n<p class=MsoNormal>&nbsp;</p>\n<table dir=rtl "
                        "class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>%s</table>\n"
                        "<p class=MsoNormal>&nbsp;</p>\n" % rows + paras(tail), lang="AR-EG", rtl=True,
                        charset="windows-1256")
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0058_01D6FA3B.91E2C6D0")
    meta = dict(from_name="نقابة البحارة - السكرتارية", from_email="secretariat@seafarers-alex.example.eg",
                hdr_charset="windows-1256", subject="ترشيح متحدثين - نقابة البحارة والعاملين بالموانئ",
                received_at=R(2, 3, 19, 12, 26), lag=64, mid="<005801d6fa2a$91e2c6d0$b5a85470$@seafarers-alex.example.eg>",
                extra_headers=outlook(9, "ar-eg"))
    aff = "نقابة البحارة والعاملين بالموانئ"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد العال", "الأمين العام للنقابة", aff, ["rapporteur"], None),
                           SP("نجلاء حسنين", "مسؤولة ملف البحارة المهاجرين", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="seafarers' union; two speakers in a 4-column table (HTML table, tab-separated rows in the "
                       "plain part); 'المقرر – عرض الرسائل الرئيسية' = rapporteur, 'المائدة المستديرة الأولى' = "
                       "roundtable 1; body says 'بالإسكندرية' after the union name but the table gives it without; "
                       "signed by the secretariat only; windows-1256")
    return meta, root, label


@message
def h13_10():
    plain = """Bonjour,

Merci beaucoup pour la confirmation, c'est bien noté.

Bonne journée,
Amel

Le 03/02/2021 à 18:12, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre envoi dans le cadre de l'examen
> régional du Pacte mondial pour les migrations dans la région arabe.
>
> Référence : GCM-AR-0019
>
> Équipe de l'examen régional
"""
    root = text_part(plain, cte="8bit", flowed=True)
    meta = dict(from_name="Amel Boudiaf", from_email="coordination@rams-dz.example.org",
                subject="Re: Accusé de réception – GCM-AR-0019", received_at=R(2, 4, 8, 55, 40), sender_tz=tz(1),
                lag=19, mid="<b2e47d10-5c8a-4f39-9e61-7a03c5d2f8b4@rams-dz.example.org>",
                in_reply_to=ACK_06, references=MID_06 + "\r\n " + ACK_06, extra_headers=THUNDERBIRD)
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h13-06.eml",
                 notes="thank-you reply to our acknowledgement of h13-06 (In-Reply-To = the acknowledgement, "
                       "References also carry the original report): adds nothing, so no acknowledgement")
    return meta, root, label


@message
def h13_11():
    plain = """Madame, Monsieur,

J'ai l'honneur de vous faire part, au nom de la Faculté de droit et des sciences politiques de l'Université Ibn Rochd de Mostaganem, de notre souhait de participer à l'examen régional du Pacte mondial sur les migrations.

La Faculté propose que le Pr Yacine Merabet (Doyen de la Faculté) intervienne lors de la table ronde n° 4 consacrée aux données, aux politiques fondées sur des éléments factuels et à la coopération internationale. Le Pr Merabet dirige depuis 2016 le Master « Droit des migrations internationales » et a coordonné l'enquête nationale sur les étudiants subsahariens en Algérie.

Vous trouverez ci-joint son curriculum vitae.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Dr Samia Khelifi
Vice-doyenne chargée des relations extérieures
Faculté de droit et des sciences politiques
Université Ibn Rochd – Mostaganem, Algérie
Tél. : +213 45 21 63 08
"""
    cv = tiny_pdf(["Curriculum vitae", "Pr Yacine Merabet", "Doyen de la Faculte de droit et des sciences politiques",
                   "Professeur de droit international public", "Publications : migrations et droit d'asile au Maghreb"],
                  "CV Yacine Merabet")
    body = alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_001_0017_01D6FAF1.4B2D8E60")
    root = multi("mixed", [body, attachment(cv, "application/pdf", "CV_Pr_Yacine_Merabet.pdf")],
                 "----=_NextPart_000_0016_01D6FAF1.4B2D8E60")
    meta = dict(from_name="Samia Khelifi", from_email="s.khelifi@fdsp-univ-ibnrochd.example.dz",
                subject="Demande d'intervention – Faculté de droit de Mostaganem", received_at=R(2, 4, 10, 40, 9),
                sender_tz=tz(1), lag=58, mid="<001601d6fae0$4b2d8e60$e188ab20$@fdsp-univ-ibnrochd.example.dz>",
                extra_headers=outlook(11, "fr-fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Yacine Merabet", "Doyen de la Faculté",
                              "Faculté de droit et des sciences politiques de l'Université Ibn Rochd de Mostaganem",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="law faculty; speaker's title in parentheses after the name ('le Pr Yacine Merabet (Doyen de la "
                       "Faculté)'); 'table ronde n° 4'; affiliation from the first paragraph (the signature splits it "
                       "over two lines); attached PDF is the speaker's CV, not a report; signer (vice-dean, 'Dr') is "
                       "not the speaker")
    return meta, root, label


@message
def h13_12():
    plain = """Dear colleagues,

I hope this finds you well. Further to the invitation circulated through the UN Country Team, I would be grateful if I could be given the floor in Roundtable 4, to present briefly what the UNCT has done with the Bureau of Statistics on migration data in the southern municipalities, and the gaps we still see.

Happy to send talking points in advance.

Many thanks and best regards,
Huda

Huda Benamer, PhD
Programme Specialist – Population Data and Mobility
United Nations Population Fund (UNFPA), Libya Country Office
Tripoli (currently home-based, Tunis)
Mobile: +216 29 318 044 | Skype: huda.benamer

This message and any attachments are intended solely for the addressee and may contain confidential information. If you have received this message in error, please notify the sender and delete it.
"""
    main, _, disclaimer = plain.rpartition("\n\nThis message")
    html = outlook_html(paras(main) + "\n<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>This message%s"
                        "</span></p>" % escape(disclaimer.rstrip("\n")), lang="EN-US")
    root = alt(plain, html, boundary="_000_DB8PR03MB5961A2C4E8F71B3D9E0A5C41DB8PR03MB5961eurp_")
    meta = dict(from_name="Huda Benamer", from_email="benamer@unfpa-ly.example.org",
                subject="Request for floor intervention - Roundtable 4", received_at=R(2, 4, 14, 22, 58),
                sender_tz=tz(1), lag=33, relay="mail-eopbgr80072.outbound.protection.outlook.com",
                mid="<DB8PR03MB5961A2C4E8F71B3D9E0A5C41DB8PR03MB5961@DB8PR03MB5961.eurprd03.prod.outlook.com>",
                extra_headers=outlook(12, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Huda Benamer", "Programme Specialist – Population Data and Mobility",
                              "United Nations Population Fund (UNFPA), Libya Country Office", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="UN country team member asking to speak herself: name, title and affiliation only in the "
                       "signature ('Huda Benamer, PhD'; title with an en dash; agency name plus country office); "
                       "body signed with the first name only; confidentiality disclaimer")
    return meta, root, label


@message
def h13_13():
    plain = """Bonjour,

La coopérative souhaite proposer notre membre Mme Khadija Oubella pour prendre la parole en séance plénière le 24 ou 25 février. Elle est revenue de Libye en 2019 et peut témoigner du parcours des femmes de retour et de leur réinsertion.

Merci de nous confirmer.

Fatima Ait Brahim
Présidente
Coopérative Féminine Tamount des Femmes de Retour
Tiznit – Maroc

Envoyé de mon iPhone
"""
    root = text_part(plain, cte="qp")
    meta = dict(from_name="Fatima Ait Brahim", from_email="coop.tamount@gmail.example.com",
                subject="Intervention plénière", received_at=R(2, 4, 21, 9, 44), sender_tz=tz(1), lag=26,
                relay=GMAIL % "wr1-f41", mid="<8E2C4F17-6B3A-4D95-A1E0-57C9D2B46F83@gmail.example.com>",
                extra_headers=IPHONE)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Khadija Oubella", None, "Coopérative Féminine Tamount des Femmes de Retour",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="women's cooperative, iPhone plain text; nominee has no title ('notre membre Mme ...'); "
                       "affiliation only in the signature of the sender (the president, not the speaker); "
                       "'séance plénière' = plenary")
    return meta, root, label


@message
def h13_14():
    html = outlook_html("""<p class=MsoNormal>Dear GCM Regional Review Secretariat,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>SLDIN is pleased to propose Mr. Kasun Wijeratne, our Director of Partnerships, as a speaker for Roundtable 3 (remittances and diaspora contributions). Kasun has led SLDIN&#8217;s work on channelling Gulf-based Sri Lankan savings into home-country SMEs and on lowering remittance costs through digital channels.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>We would be happy to share a short bio and photo if required.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b><span style='color:#1F3864'>Tharushi Fernando</span></b><br>
Executive Assistant to the Chair<br>
<b>Sri Lanka Diaspora Investment Network (SLDIN)</b><br>
Office 1204, Baniyas Road, Deira, Dubai, UAE<br>
T: +971 4 295 0381 | <a href="https://www.sldin.example.org">www.sldin.example.org</a></p>
<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>DISCLAIMER: This email is confidential and intended only for the named recipient. SLDIN accepts no liability for any damage caused by viruses transmitted by this email.</span></p>""",
                        lang="EN-GB")
    root = text_part(html, "html", cte="qp")
    meta = dict(from_name="Tharushi Fernando", from_email="tharushi.f@sldin.example.org",
                subject="SLDIN nomination - Roundtable 3", received_at=R(2, 5, 9, 31, 17), sender_tz=tz(4), lag=45,
                mid="<009e01d6fb7f$1d3a5c80$57af1580$@sldin.example.org>", extra_headers=outlook(14, "en-gb"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Kasun Wijeratne", "Director of Partnerships",
                              "Sri Lanka Diaspora Investment Network (SLDIN)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message; body gives only the acronym SLDIN, the full name appears only in "
                       "the sender's signature; title after the name as an apposition ('Mr. ..., our Director of "
                       "Partnerships,'); sender is an executive assistant")
    return meta, root, label


@message
def h13_15():
    plain = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة – المنظمة الدولية للهجرة
تحية طيبة،

بناءً على توجيهات السيد رئيس لجنة العمل والهجرة بمجلس النواب، نود إبلاغكم برغبة اللجنة في المشاركة في أعمال المؤتمر الإقليمي، وترشيح كل من:

- النائب الدكتور فرج سالم المسماري، رئيس اللجنة، لإلقاء كلمة في الجلسة العامة؛
- النائبة سعاد الورفلي، مقررة اللجنة، للمداخلة في المائدة المستديرة الرابعة المتعلقة بالبيانات والتعاون الدولي.

ونود الإشارة إلى أن اللجنة بصدد إعداد مشروع قانون لتنظيم استقدام العمالة الوافدة، وتتطلع إلى الاستفادة من تجارب دول المنطقة.

وتفضلوا بقبول فائق الاحترام،

أمانة سر لجنة العمل والهجرة
مجلس النواب – طبرق، ليبيا
"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True, charset="windows-1256"), charset="windows-1256",
               boundary="----=_NextPart_000_0104_01D6FB91.6E0A3F20")
    meta = dict(from_name="أمانة سر لجنة العمل والهجرة", from_email="labour.committee@hor-ly.example.ly",
                hdr_charset="windows-1256", subject="مشاركة لجنة العمل والهجرة بمجلس النواب في الاستعراض الإقليمي",
                received_at=R(2, 5, 12, 15, 3), lag=83, mid="<010401d6fb80$6e0a3f20$4a1ebd60$@hor-ly.example.ly>",
                extra_headers=outlook(15, "ar-ly"))
    aff = "لجنة العمل والهجرة بمجلس النواب"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فرج سالم المسماري", "رئيس اللجنة", aff, ["plenary"], None),
                           SP("سعاد الورفلي", "مقررة اللجنة", aff, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="parliament committee, two speakers in a dash list; stacked honorifics (النائب الدكتور / "
                       "النائبة) not part of the names; 'مقررة اللجنة' is her title (committee rapporteur), not the "
                       "GCM rapporteur role; titles refer back to 'اللجنة'; affiliation from the opening sentence")
    return meta, root, label


@message
def h13_16():
    plain = """مساء الخير،

نرجو التكرم بإدراج السيدة هديل النجار من جمعية سنابل الساحل لتنمية المرأة ضمن المتحدثين في المائدة المستديرة الخاصة بحماية حقوق الإنسان للمهاجرين، للحديث عن أوضاع العمال الفلسطينيين العائدين من الخليج وعائلاتهم في قطاع غزة.

نعتذر عن التأخر في الإرسال بسبب انقطاع الكهرباء.

مع الشكر،
إسراء
جمعية سنابل الساحل لتنمية المرأة - غزة

أُرسلت من الـ iPhone الخاص بي
"""
    root = text_part(plain, cte="b64")
    meta = dict(from_name="Israa", from_email="sanabel.sahel.gaza@gmail.example.com",
                subject="طلب مداخلة - المائدة المستديرة الثانية", received_at=R(2, 5, 23, 41, 12), lag=37,
                relay=GMAIL % "wm1-f47", mid="<3C9A1E52-D7F4-4B08-9E26-A1C5F08B7D39@gmail.example.com>",
                extra_headers=IPHONE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("هديل النجار", None, "جمعية سنابل الساحل لتنمية المرأة", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="received 23:41 on 5 Feb (on time, apologises for being late); roundtable number only in the "
                       "subject, body names the theme (human rights); no title for the speaker; sender signs with a "
                       "first name; Arabic iPhone footer; base64 plain text only")
    return meta, root, label


@message
def h13_17():
    plain = """Madame, Monsieur,

Nous avons bien reçu, avec un peu de retard, l'invitation à l'examen régional du Pacte mondial pour les migrations, qui nous a été transmise par le ministère du Commerce.

La Chambre Algéro-Nigérienne de Commerce et d'Industrie (CANCI) souhaiterait que son Directeur des relations internationales, M. Lounès Hadjadj, puisse assurer le rôle de rapporteur chargé de présenter les messages clés des parties prenantes lors de la conférence, au nom du secteur privé.

Nous sommes conscients que le délai du 5 février est dépassé et vous serions reconnaissants de bien vouloir examiner malgré tout cette candidature.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Karima Zerrouki
Assistante de direction
CANCI – Alger
Tél : +213 23 50 17 62
"""
    plain = plain.replace("–", "-")  # typed on a Latin-1 configured client
    root = alt(plain, outlook_html(paras(plain), lang="FR", charset="iso-8859-1"), charset="iso-8859-1",
               boundary="----=_NextPart_000_0027_01D6FE0C.5A7B3D10")
    meta = dict(from_name="Karima Zerrouki", from_email="direction@canci.example.dz", hdr_charset="iso-8859-1",
                subject="Candidature rapporteur - CANCI", received_at=R(2, 8, 11, 3, 29), sender_tz=tz(1), lag=49,
                mid="<002701d6fdfb$5a7b3d10$0f71b730$@canci.example.dz>", extra_headers=outlook(17, "fr-fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Lounès Hadjadj", "Directeur des relations internationales",
                              "Chambre Algéro-Nigérienne de Commerce et d'Industrie (CANCI)", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 Feb), the sender says so; chamber of commerce; title before the name with 'son'; "
                       "'rapporteur chargé de présenter les messages clés' = rapporteur; ISO-8859-1 text and HTML; "
                       "sender is an assistant")
    return meta, root, label


@message
def h13_18():
    plain = """السلام عليكم ورحمة الله وبركاته،

نرجو التكرم بتزويدنا بمشروع جدول أعمال المؤتمر الإقليمي للاستعراض (24-25 فبراير 2021) والمذكرة المفاهيمية، وذلك لرفعها إلى معالي الوزير لتحديد مستوى المشاركة في الوفد.

كما نرجو إفادتنا هل ستكون الجلسات باللغة العربية أم مع توفير الترجمة الفورية.

وتفضلوا بقبول خالص التحية،

سالم بن حمد الحارثي
رئيس قسم المنظمات الدولية
دائرة التعاون الدولي – وزارة العمل
سلطنة عمان
هاتف: 24811530 968+
"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-OM", rtl=True), boundary="_000_AM0PR10MB2785E3B9C1_")
    meta = dict(from_name="Salim Al Harthi", from_email="s.alharthi@mol-intl.example.om",
                subject="طلب جدول الأعمال", received_at=R(2, 8, 13, 30, 6), sender_tz=tz(4), lag=28,
                mid="<AM0PR10MB2785E3B9C1D4F6A8B0C2AM0PR10MB2785@AM0PR10MB2785.EURPRD10.PROD.OUTLOOK.COM>",
                relay="mail-eopbgr130088.outbound.protection.outlook.com", extra_headers=outlook(18, "ar-SA"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="ministry asks for the draft agenda and concept note and about interpretation; 'الوفد' and a "
                       "full signature with a title, but no speaker is proposed; English From display name")
    return meta, root, label


@message
def h13_19():
    plain = """تحية طيبة،

مرفق تقرير الاستعراض الطوعي الذي أعدّته مؤسسة روابط للمغتربين السوريين حول تنفيذ الاتفاق العالمي من أجل الهجرة، ويتناول بشكل خاص دور المغتربين السوريين في ألمانيا ودول الخليج في دعم العائلات داخل سوريا عبر التحويلات المالية، والعقبات المصرفية التي تواجهها هذه التحويلات.

كما نرغب في أن يشارك مدير البرامج في المؤسسة، الدكتور أنس الحلبي، بمداخلة في المائدة المستديرة الثالثة حول التحويلات ومساهمات المغتربين، إن كان ذلك لا يزال ممكناً.

شكراً لتعاونكم،
ريم قباني
منسقة المشاريع
مؤسسة روابط للمغتربين السوريين
غازي عنتاب
"""
    name = "تقرير روابط - الاستعراض الطوعي للاتفاق العالمي 2021.docx"
    report = make_docx("Rawabet Foundation for Syrian Expatriates - Voluntary GCM Review Report 2021",
                       ["Section 1: Remittances to families inside Syria", "Section 2: Banking obstacles",
                        "Section 3: Diaspora engagement in Germany and the Gulf"])
    body = alt(plain, apple_html(plain), boundary="Apple-Mail=_B41E7C2A-93D5-4F60-8A1B-2C7E5D90F3A6")
    root = multi("mixed", [body, attachment(report, DOCX, name)], "Apple-Mail=_0D8F3B61-2A47-4C9E-B5E0-71F4A2C6D8E3")
    meta = dict(from_name="Reem Kabbani", from_email="reem.kabbani@rawabet-syr.example.org",
                subject="تقرير مؤسسة روابط + طلب مداخلة", received_at=R(2, 9, 10, 12, 44), sender_tz=tz(3), lag=31,
                mid="<F27B9C04-5E1D-4A83-B6C2-0D9E8F71A4B5@rawabet-syr.example.org>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[SP("أنس الحلبي", "مدير البرامج", "مؤسسة روابط للمغتربين السوريين", ["roundtable"], 3)],
                 report_attachments=[name], thread_of=None,
                 notes="report and speaker request in one message on 9 Feb: report part on time, speaker part late, "
                       "so on_time false; title and affiliation by reference ('مدير البرامج في المؤسسة') with "
                       "honorific الدكتور; Apple Mail, Arabic DOCX name in RFC 2231; English From display name")
    return meta, root, label


@message
def h13_20():
    plain = """Bonjour,

Nous sommes un collectif d'associations de Sfax qui travaille avec les migrants subsahariens, et nous souhaiterions suivre les travaux de l'examen régional. Quelques questions pratiques :

- la conférence des 24 et 25 février aura-t-elle lieu entièrement en ligne ? Sur quelle plateforme (Zoom, Teams) ?
- faut-il s'inscrire à l'avance pour recevoir le lien, et jusqu'à quand ?
- une interprétation vers le français est-elle prévue pour les tables rondes ?

Nous ne demandons pas de temps de parole, seulement à pouvoir assister.

Merci d'avance,
Hichem Jaziri
Collectif Sfaxien pour la Mobilité Humaine
Sfax, Tunisie
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000c94e2705bafa71d8")
    meta = dict(from_name="Hichem Jaziri", from_email="hichem.jaziri@gmail.example.com",
                subject="Questions pratiques – participation en ligne", received_at=R(2, 10, 16, 20, 35),
                sender_tz=tz(1), lag=10, relay=GMAIL % "lf1-f53",
                mid="<CAH6nRb1Yk4vLs_Tq8wMc2Dp5zXj9oGf3uEa7iK0nS@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (online platform, registration, interpretation); mentions 'tables rondes' "
                       "and explicitly asks for no speaking time")
    return meta, root, label


@message
def h13_21():
    plain = """Dear GCM Regional Review Team,

On behalf of the Gulf Centre for Mobility and Labour Policy (GCMLP), please find attached our voluntary GCM review report for the Arab region regional review.

The report draws on 46 interviews with recruitment agencies, employers and migrant workers in Kuwait, Oman and Bahrain, and focuses on Objectives 6 (fair and ethical recruitment) and 18 (skills recognition). A short Arabic summary is included at the end of the document.

We would be grateful for a confirmation of receipt.

Kind regards,

Fatemah Al-Rashidi
Research Associate
Gulf Centre for Mobility and Labour Policy (GCMLP)
Kuwait City, State of Kuwait
Tel: +965 2224 6187

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, any disclosure, copying or distribution is prohibited.
"""
    main, _, disclaimer = plain.rpartition("\n\nThe information")
    html = outlook_html(paras(main) + '\n<p class=MsoNormal><img width=140 height=48 id="Picture_x0020_1" '
                        'src="cid:image001.png@01D70120.8C3E4A50" alt="GCMLP"></p>\n'
                        "<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>The information%s</span></p>"
                        % escape(disclaimer.rstrip("\n")), lang="EN-US")
    body = multi("related", [alt(plain, html, boundary="----=_NextPart_002_00A3_01D70120.8C3E4A50"),
                             attachment(tiny_png(), "image/png", "image001.png", disposition="inline",
                                        cid="image001.png@01D70120.8C3E4A50")],
                 "----=_NextPart_001_00A2_01D70120.8C3E4A50", type="multipart/alternative")
    report = tiny_pdf(["Gulf Centre for Mobility and Labour Policy (GCMLP)", "Voluntary GCM Review Report - February 2021",
                       "Objective 6: fair and ethical recruitment", "Objective 18: skills recognition",
                       "Annex: Arabic summary"], "GCMLP Voluntary GCM Review Report")
    root = multi("mixed", [body, attachment(report, "application/pdf",
                                            "GCMLP_Voluntary_GCM_Review_Report_Feb2021.pdf")],
                 "----=_NextPart_000_00A1_01D70120.8C3E4A50")
    meta = dict(from_name="Fatemah Al-Rashidi", from_email="f.alrashidi@gcmlp.example.org",
                subject="GCMLP voluntary GCM review report - submission", received_at=R(2, 12, 11, 47, 20),
                sender_tz=tz(3), lag=66, mid="<00a101d70120$8c3e4a50$a4badef0$@gcmlp.example.org>",
                extra_headers=outlook(21, "en-us"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["GCMLP_Voluntary_GCM_Review_Report_Feb2021.pdf"], thread_of=None,
                 notes="regional think-tank; Outlook mixed > related > alternative with an inline signature logo "
                       "(image001.png, not part of the report); legal disclaimer")
    return meta, root, label


@message
def h13_22():
    plain = """السلام عليكم،

مرفق التقرير الطوعي لجمعية الصعيد لدعم أسر المهاجرين بأسيوط عن تنفيذ الاتفاق العالمي للهجرة، ويركز على أسر الشباب الذين هاجروا إلى ليبيا وإيطاليا وما تتعرض له من ديون للسماسرة.

نرجو تأكيد الاستلام.

مع التحية،
محمد عبد الرحيم
عضو مجلس الإدارة
"""
    name = "التقرير الطوعي - جمعية الصعيد.pdf"
    report = tiny_pdf(["Upper Egypt Association for Migrants' Families - Assiut", "Voluntary GCM review report 2021",
                       "1. Families of young migrants to Libya and Italy", "2. Debts to brokers",
                       "3. Recommendations"], "Voluntary report")
    body = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000e8a61c05bb3e52f0")
    root = multi("mixed", [body, attachment(report, "application/octet-stream", name, style="2047")],
                 "000000000000e8a61e05bb3e52f2")
    meta = dict(from_name="محمد عبد الرحيم", from_email="mabdelrahim.assiut@gmail.example.com",
                subject="التقرير الطوعي", received_at=R(2, 15, 20, 5, 50), lag=18, relay=GMAIL % "ej1-f43",
                mid="<CAM3tWd7Qp1zNk_Yb5vLx9Rc2hJs4oEg8uTa6iF0mB@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="PDF report sent as application/octet-stream (type only recognisable from the .pdf name); "
                       "Arabic file name as RFC 2047 encoded-word inside the quoted name/filename parameters; "
                       "short body, base64")
    return meta, root, label


@message
def h13_23():
    plain = """Good evening,

Please find attached the voluntary GCM review report of the Network of Nigerian Migrant Associations in North Africa (NNMANA), prepared with our member associations in Tripoli, Algiers, Tunis and Rabat and the returnee desk in Benin City.

I am sending it on behalf of our Coordinator, Mr. Emeka Nwosu, as he is travelling and has network problems. Please copy him in your reply (emeka.nwosu@nnmana.example.org).

Kind regards,
Blessing Adeyemi (Volunteer)
NNMANA Secretariat, Tunis

Sent from Yahoo Mail on Android
"""
    report = make_docx("NNMANA - Voluntary GCM Review Report 2021",
                       ["Member associations: Tripoli, Algiers, Tunis, Rabat; returnee desk, Benin City.",
                        "1. Detention and deportation", "2. Return and reintegration", "3. Recommendations"])
    body = alt(plain, "<html><head></head><body><div class=\"ydp3c1f2e8ayahoo-style-wrap\">"
               + gmail_html(plain) + "</div></body></html>\n", boundary="----=_Part_1839274_1204558113.1613492712904")
    root = multi("mixed", [body, attachment(report, DOCX, "NNMANA_GCM_Voluntary_Report_2021.docx")],
                 "----=_Part_1839273_716034977.1613492712903")
    meta = dict(from_name="Blessing Adeyemi", from_email="blessing_adeyemi@yahoo.example.com",
                subject="NNMANA Voluntary Report on GCM", received_at=R(2, 16, 18, 26, 3), sender_tz=tz(1), lag=12,
                relay="sonic307-21.consmr.mail.ir2.yahoo.com",
                mid="<1839275.1204558114.1613492712905@mail.yahoo.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailAndroid"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NNMANA_GCM_Voluntary_Report_2021.docx"], thread_of=None,
                 notes="collective report of a diaspora network sent by a volunteer on behalf of the coordinator "
                       "(who asks to be copied, not a speaker); '(Volunteer)' after the sender's name; Yahoo Android")
    return meta, root, label


@message
def h13_24():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif Oranais de Soutien aux Migrants (COSM) sur la mise en œuvre du Pacte mondial à Oran et dans l'ouest algérien.

Nous avons eu des problèmes de connexion hier soir et n'avons pas pu l'envoyer avant minuit ; nous espérons qu'il pourra tout de même être pris en compte dans la synthèse régionale.

Cordialement,

Yasmina Benali
Secrétaire générale du COSM
Oran, Algérie
"""
    report = tiny_pdf(["Collectif Oranais de Soutien aux Migrants (COSM)", "Rapport volontaire - Pacte mondial",
                       "1. Acces aux soins a Oran", "2. Travail informel dans le BTP", "3. Recommandations"],
                      "Rapport COSM")
    root = multi("mixed", [text_part(plain, cte="8bit", flowed=True),
                           attachment(report, "application/pdf", "Rapport_COSM_PMM_2021.pdf")],
                 "------------E51B7A0C94D23F6801B5C7D2")
    meta = dict(from_name="Yasmina Benali", from_email="cosm.oran@example-dz.org",
                subject="Rapport volontaire COSM", received_at=R(2, 17, 9, 58, 37), sender_tz=tz(1), lag=24,
                mid="<4d7e1a93-0b6c-42f8-a5d1-e9c3b8270f16@example-dz.org>", extra_headers=THUNDERBIRD)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_COSM_PMM_2021.pdf"], thread_of=None,
                 notes="late report (17 Feb morning), sender explains the delay; Thunderbird format=flowed 8bit")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        name = "h13-%02d.eml" % i
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta["n"] = i
        meta["qid"] = "4DcR%02dz7Kq1" % i
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout13"))
