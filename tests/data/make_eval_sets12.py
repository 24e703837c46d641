#!/usr/bin/env python3
"""Evaluation set holdout12 for gcm-intake: tests/data/holdout12 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets12.py
Written independently of intake/ and rules/.  Each message is one function returning its envelope
(headers, client style), its MIME tree and its expected label (format of /work/shared/corpus/LABELS.md).
The messages are meant to read like one ordinary week and a half of the review mailbox.
"""
import datetime as dt
import io
import json
import os
import struct
import textwrap
import zipfile
import zlib
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
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
INVITE_MID = "<VI1PR0902MB2175C4E0A19B3F6D2A8E77C1B2B50@VI1PR0902MB2175.eurprd09.prod.outlook.com>"


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def R(mo, d, h, mi, s=0):
    """Server receipt time (Beirut)."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def wrap(text, width=72):
    """Wrap long lines the way Thunderbird sends format=flowed: soft breaks keep a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            out.extend([p + " " for p in pieces[:-1]] + pieces[-1:])
    return "\n".join(out)


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb, w=32, h=12):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title):
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
        ("<< /Title (%s) /Producer (Microsoft Word 2016) >>" % esc(title)).encode("latin-1"),
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


def tiny_docx(heading, paragraphs, rtl=False):
    """Minimal valid WordprocessingML package, fixed timestamps so the bytes are reproducible."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(t, bold=False):
        b = "<w:rPr><w:b/>%s</w:rPr>" % ("<w:rtl/>" if rtl else "") if bold else rpr
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, b, escape(t, quote=False))
    body = para(heading, True) + "".join(para(p) for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body),
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
    """cte: 'qp', 'b64', '8bit' or '7bit'."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("8bit", "7bit"):
        p = Message()
        p["Content-Type"] = "text/%s" % subtype
        p.set_param("charset", charset)
        if flowed:
            p.set_param("format", "flowed")
        p["Content-Transfer-Encoding"] = cte
        p.set_payload(text.encode(charset).decode("ascii", "surrogateescape"))
        return p
    cs = Charset(charset)
    cs.body_encoding = QP if cte == "qp" else BASE64
    p = MIMEText(text, subtype, cs)
    if flowed:
        p.set_param("format", "flowed")
    return p


def alt(plain, html, charset="utf-8", cte="qp"):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    return m


def attachment(data, ctype, filename, style="2231", disposition="attachment", cid=None):
    maintype, subtype = ctype.split("/")
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook / Gmail: encoded word inside the quoted parameter
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:  # Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        p.add_header("Content-ID", "<%s>" % cid)
    return p


def multipart(subtype, parts, **params):
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    return m


# ----------------------------------------------------------------- client HTML styles
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n"))
              for para in text.split("\n\n")]
    return "<div%s>%s</div>\n" % (d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            '</head>\n<body lang=%s link="#0563C1" vlink="#954F72"%s><div class=WordSection1>\n%s\n</div></body></html>\n'
            % (lang, d, inner))


def paras(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


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


OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
GMAIL_X = "X-Gm-Message-State: AOAM53%s"
IPHONE = "X-Mailer: iPhone Mail (18D52)"
THUNDERBIRD = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
APPLE = "X-Mailer: Apple Mail (2.3654.40.0.2.32)"


def render(m, root, n):
    dom = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 27))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + dom)
    h = ["Return-Path: <%s>" % m["from_email"],
         "Delivered-To: " + MAILBOX,
         "Received: from %s (%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id 4DZ%02dk7RqwXyP\r\n"
         "\tfor <%s>; %s" % (relay, relay, 20 + n * 5, n, MAILBOX, format_datetime(rat)),
         "Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s" % (dom, dom),
         "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
         "To: " + m.get("to", "GCM Regional Review Arab States <%s>" % MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("extra", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def fix_boundaries(root, tag):
    """Give every multipart a fixed, client-looking boundary (the email package would pick random ones)."""
    i = 0
    for part in root.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(tag % i)


# ----------------------------------------------------------------- quoted invitation (reply case)
INVITE_FR = """Chers Parties Prenantes de la Région Arabe,

L'OIM, la CESAO et les membres du Réseau Régional des Nations Unies sur les migrations dans la Région Arabe ont l'honneur de vous inviter à la première Conférence Régionale d'Examen du PMM dans la région arabe (24-25 février 2021) et à la Consultation Multipartite (23 février 2021).

Nous vous serions reconnaissants de nous faire parvenir les soumissions d'intérêt pour l'un des rôles d'orateur, ainsi que le nom, le titre et l'affiliation organisationnelle de l'orateur, à gcmrrarabstates@iom.int avant le vendredi 5 février 2021. La date limite pour la soumission des rapports d'examen volontaire du PMM a été prolongée jusqu'au mardi 16 février 2021."""

INVITE_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021). Please find attached the invitation letter, the concept note and the draft agenda.

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021. The online survey is open until Friday, 5 February 2021."""


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= the messages (in order of receipt)
MID_12 = "<5f3b2c1e-8a4d-4c0f-9e1b-7d2a6c9e0b41@remmd-network.example.org>"
ACK_12 = "<gcm-ack.20210204.3f9a1c@iom.int>"


@message
def h12_01():
    plain = """Dear GCM Regional Review team,

Further to the invitation letter of 2 February, the National Confederation of Free Labour Unions – Jordan (NCFLU) is pleased to nominate the following two speakers for the Regional Review Conference:

Name\t\t\tTitle\t\t\t\t\t\tRole requested
Mr. Bassam Odeh\t\tVice-President for International Affairs\tFloor intervention – plenary session
Ms. Rania Shawabkeh\tHead, Migrant Workers' Desk\t\t\tFloor intervention – Roundtable 2

Both speakers can intervene in Arabic or English. Ms. Shawabkeh has followed the situation of migrant workers in the garment factories and in agriculture since 2016 and coordinates our legal aid hotline.

We would appreciate a confirmation at your earliest convenience.

Best regards,

Nour Hamdan
International Relations Officer
National Confederation of Free Labour Unions – Jordan (NCFLU)
Tel: +962 6 465 2281 | Mobile: +962 79 552 0417
Amman – Jordan"""
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             "<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal><b>Title</b></p></td>"
             "<td><p class=MsoNormal><b>Role requested</b></p></td></tr>"
             "<tr><td><p class=MsoNormal>Mr. Bassam Odeh</p></td><td><p class=MsoNormal>Vice-President for "
             "International Affairs</p></td><td><p class=MsoNormal>Floor intervention &#8211; plenary session</p></td></tr>"
             "<tr><td><p class=MsoNormal>Ms. Rania Shawabkeh</p></td><td><p class=MsoNormal>Head, Migrant Workers&#8217; "
             "Desk</p></td><td><p class=MsoNormal>Floor intervention &#8211; Roundtable 2</p></td></tr></table>")
    intro, rest = plain.split("\n\nName", 1)
    after = rest.split("\n\n", 1)[1]
    html = outlook_html(paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(after.replace("'", "\u2019")), "EN-US")
    root = alt(plain.replace("'", "\u2019"), html)
    meta = dict(from_name="Nour Hamdan", from_email="n.hamdan@ncflu-jo.example.org",
                cc="Bassam Odeh <b.odeh@ncflu-jo.example.org>, Rania Shawabkeh <r.shawabkeh@ncflu-jo.example.org>",
                subject="NCFLU nominations - speakers for the GCM Regional Review Conference",
                received_at=R(2, 1, 9, 14, 22), lag=41, mid="<003501d6f86b$2a9c4d10$7fd4e730$@ncflu-jo.example.org>",
                extra=[OUTLOOK, "Thread-Index: AQHW+GsqnE0QfvTnMG2zJ7pTqkL4Ww==", "Content-Language: en-us"])
    aff = "National Confederation of Free Labour Unions \u2013 Jordan (NCFLU)"
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Bassam Odeh", "Vice-President for International Affairs", aff, ["plenary"]),
                           SP("Rania Shawabkeh", "Head, Migrant Workers\u2019 Desk", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a table (tab-aligned in text/plain, HTML table in the Outlook alternative); "
                       "affiliation only in the intro and the signature of the sender (who is not a speaker); "
                       "comma inside a title; both speakers in Cc")
    return meta, root, label


@message
def h12_02():
    plain = """Dear organizers,

Thank you for the invitation to the regional review. I have some practical questions please:

1) The consultation on 23 Feb and the conference 24-25 Feb will be online or in presence in Beirut? If online, which platform (Zoom, Webex..) and will you send the link to all registered participants?
2) Is there interpretation Arabic/English/French? Some of our partners in Kurdistan region do not speak Arabic well.
3) What is the time of the sessions, in Beirut time?

Many thanks in advance.

Best regards,
Shilan Aziz
Lecturer, Department of Sociology
Zagros University - Erbil"""
    root = alt(plain, gmail_html(plain), cte="b64")
    meta = dict(from_name="Shilan Aziz", from_email="shilan.aziz@zagros-uni.example.edu.iq", sender_tz=tz(3),
                subject="Questions about the regional review meeting format", received_at=R(2, 1, 13, 40, 5), lag=19,
                mid="<CAKq7wB0z3pR1nF8uXc2mVd6Yt+Jw4sLhE9aQ0iK5o_Gr3pZbNw@mail.gmail.com>",
                extra=[GMAIL_X % "1xP0kq2T8mWz4Vb7Rj0cLsA9"])
    label = dict(category="other", language="en", speakers=[], report_attachments=[], thread_of=None,
                 notes="logistics questions (format, platform, interpretation, time zone) from an academic; the "
                       "signature has a title and affiliation but nobody asks to speak")
    return meta, root, label


@message
def h12_03():
    plain = """مرحباً،

أنا أحمد خليل الحسين (Ahmad Khalil Al-Hussein)، منسّق ملتقى شباب اللاجئين في البقاع، وهو مجموعة شبابية يقودها لاجئون سوريون وفلسطينيون في لبنان.

حابب شارك بالنقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم 23 شباط، لأنو صوت الشباب اللاجئين غايب عن أغلب النقاشات حول الاتفاق العالمي، وخصوصاً موضوع الإقامات والعمل.

الاسم بالإنكليزي للتسجيل: Ahmad Khalil Al-Hussein

شكراً كتير،
أحمد
+961 70 318 442"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64")
    meta = dict(from_name="Ahmad Al-Hussein", from_email="ahmad.alhussein.bekaa@webmail.example.net",
                subject="المشاركة في النقاش المفتوح", received_at=R(2, 1, 17, 5, 48), lag=12,
                mid="<CAF9dLq3+Yw8vN2kR7pT0xHs5mUe4GjZ1cBaQ6oW_i3fKr8eVtA@mail.gmail.com>",
                extra=[GMAIL_X % "4tR2mQ9zKv1Lp8Xw3Ns6Jd0Y"])
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("أحمد خليل الحسين", "منسّق", "ملتقى شباب اللاجئين في البقاع", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="first-person request in Levantine colloquial Arabic; the name is also given in Latin letters "
                       "(twice), the From display name is a shorter Latin form; title and affiliation in one "
                       "apposition ('منسّق ملتقى ...'); no labelled lines")
    return meta, root, label


@message
def h12_04():
    plain = wrap("""Madame, Monsieur,

Suite à votre invitation, le Barreau de Gabès (Tunisie), à travers sa Commission des droits des étrangers, souhaite intervenir lors de la table ronde n° 2 de la Conférence régionale d'examen du Pacte mondial pour les migrations.

Intervenante proposée : Me Salma Trabelsi, avocate, présidente de la Commission des droits des étrangers.

Me Trabelsi assure depuis 2017 la défense de migrants subsahariens placés en rétention administrative et pourra témoigner des obstacles à l'accès à l'assistance juridique et à la procédure d'asile.

Nous restons à votre disposition et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Hichem Gharbi
Secrétaire de la Commission des droits des étrangers
Barreau de Gabès
Tél. : +216 75 271 930""")
    root = text_part(plain, "plain", "iso-8859-1", "8bit", flowed=True)
    meta = dict(from_name="Hichem Gharbi", from_email="commission.etrangers@barreau-gabes.example.tn",
                sender_tz=tz(1), hdr_charset="iso-8859-1",
                subject="Table ronde n° 2 - proposition d'intervenante - Barreau de Gabès",
                received_at=R(2, 2, 10, 22, 31), lag=9,
                mid="<a4e1c7d2-36b0-2f19-8c5e-0b9d4e7f1a62@barreau-gabes.example.tn>", extra=[THUNDERBIRD,
                                                                                             "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Salma Trabelsi", "avocate, présidente de la Commission des droits des étrangers",
                              "Barreau de Gabès", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="lawyer's honorific 'Me' (Maître) before the name, not part of it; title in lower case with a "
                       "comma; the affiliation is the bar, whose commission is part of the title; sender (commission "
                       "secretary) is not the speaker; ISO-8859-1 8bit, format=flowed wrapped at 72 (soft breaks end in a space)")
    return meta, root, label


@message
def h12_05():
    plain = """Dear Sir/Madam,

Greetings from South Asian Migrant Workers Forum (SAMWF).

Please find the attached our voluntary review report on GCM implementation in the Arab region. The report is focusing on recruitment fees, wage theft and the situation of returnee workers to Nepal, Bangladesh and Sri Lanka during COVID-19 pandemic, based on consultations with 14 member organisations in origin and destination countries.

Kindly acknowledge the receipt.

With regards,
Prakash Adhikari
Program Coordinator
SAMWF Secretariat, Kathmandu, Nepal
Phone: +977 1 4 412 806"""
    doc = tiny_docx("SAMWF - Voluntary GCM Review Report, Arab States region (2021)",
                    ["Submitted by the South Asian Migrant Workers Forum (SAMWF), February 2021.",
                     "1. Recruitment fees and related costs (Objective 6)",
                     "2. Wage theft and access to justice for returnees (Objectives 6 and 21)",
                     "3. Recommendations to origin and destination governments"])
    body = alt(plain, outlook_html(paras(plain)))
    att = MIMEApplication(doc, "octet-stream")
    att.set_param("name", "SAMWF_GCM_Voluntary_Report_Final.docx")
    att.add_header("Content-Disposition", "attachment", filename="SAMWF_GCM_Voluntary_Report_Final.docx")
    root = multipart("mixed", [body, att])
    meta = dict(from_name="SAMWF Secretariat", from_email="secretariat@samwf.example.org.np", sender_tz=tz(5, 45),
                subject="Submission of Voluntary GCM Review Report - SAMWF", received_at=R(2, 2, 15, 48, 10), lag=66,
                mid="<000f01d6f96d$9b1e5a20$d15b0e60$@samwf.example.org.np>",
                extra=[OUTLOOK, "Thread-Index: AdbJbZse4V3mJ0bUQ8iTn9kYp2H7Xw==", "Content-Language: en-us"])
    label = dict(category="voluntary_report", language="en", speakers=[],
                 report_attachments=["SAMWF_GCM_Voluntary_Report_Final.docx"], thread_of=None,
                 notes="DOCX report sent as application/octet-stream (type only recognisable from the file name); "
                       "non-native English; From display name is the secretariat; Date header in UTC+05:45")
    return meta, root, label


@message
def h12_06():
    fwd = """تحية طيبة،
نحيل إليكم ترشيحات العيادة القانونية كما وردت من منسّقتها، للتفضل بالاطلاع.
مع الشكر،
كتابة العيادة

---------- Forwarded message ---------
De : Nouzha Alaoui <n.alaoui@fsj-atlas.example.ac.ma>
Date: mar. 2 févr. 2021 à 17:52
Subject: ترشيحات للمشاركة في المائدة المستديرة الثانية
To: Clinique Migration FSJ <clinique.migration@fsj-atlas.example.ac.ma>


السلام عليكم ورحمة الله،

تتشرف العيادة القانونية للهجرة واللجوء بكلية العلوم القانونية – جامعة الأطلس (الرباط) بترشيح الأسماء التالية للمداخلة في المائدة المستديرة الثانية خلال المؤتمر الإقليمي يومي 24 و25 فبراير 2021:

1. الدكتورة نزهة العلوي، أستاذة القانون الدولي الخاص ومنسّقة العيادة
2. السيد يونس الإدريسي
3. السيدة خديجة أمزيان، محامية متمرّنة ومؤطّرة بالعيادة

ويمكن عند الحاجة الاكتفاء بمتدخّل واحد أو اثنين حسب الوقت المتاح.

مع خالص التحية،
د. نزهة العلوي
منسّقة العيادة القانونية للهجرة واللجوء"""
    root = alt(fwd, gmail_html(fwd, rtl=True), cte="b64")
    meta = dict(from_name="Clinique Migration FSJ", from_email="clinique.migration@fsj-atlas.example.ac.ma",
                sender_tz=tz(1), subject="Fwd: ترشيحات للمشاركة في المائدة المستديرة الثانية",
                received_at=R(2, 2, 19, 30, 3), lag=15,
                mid="<CAOm4b2kX7sW+q1vHn0Lr9fYc3Tz8JpD6eGu5aNi2_Bw7yQxR0g@mail.gmail.com>",
                extra=[GMAIL_X % "9bQ3fN0xW2kTz7Rm4Lp1Cv8S"])
    aff = "العيادة القانونية للهجرة واللجوء بكلية العلوم القانونية – جامعة الأطلس"
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("نزهة العلوي", "أستاذة القانون الدولي الخاص ومنسّقة العيادة", aff, ["roundtable"], 2),
                           SP("يونس الإدريسي", None, aff, ["roundtable"], 2),
                           SP("خديجة أمزيان", "محامية متمرّنة ومؤطّرة بالعيادة", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail forward (French Gmail UI 'De :' header lines) of the clinic coordinator's message; "
                       "numbered list of three nominees after honorifics (الدكتورة/السيد/السيدة), the second without a "
                       "title; roundtable as an ordinal word (الثانية) in the intro, applying to all three; affiliation "
                       "only in the intro sentence ('(الرباط)' is a place)")
    return meta, root, label


@message
def h12_07():
    plain = """Dear Colleagues,

I hope this message finds you well.

Following the invitation circulated on 2 February, I would like to express my interest in serving as rapporteur for the Multi-Stakeholder Consultation on 23 February, i.e. delivering the key messages from the stakeholders to the Regional Review Conference.

Our Centre has been working with ESCWA on the labour migration data component of the regional review, and I facilitated the two sub-regional stakeholder consultations held online for the Maghreb and the Mashreq in November and December 2020, so I am familiar with the main issues raised by civil society, trade unions and the private sector.

I remain at your disposal should you need a short bio.

With best regards,

Dr. Leïla Mansouri-Fares
Senior Research Fellow, Labour Mobility Programme
Arab Centre for Labour Market Statistics (ACLMS)
Implementing partner of the UN Economic and Social Commission for Western Asia
Beirut, Lebanon
T: +961 1 981 301 ext. 214 | www.aclms.example.org

________________________________
DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Views expressed are those of the author and do not necessarily reflect those of ACLMS or its partners. Please consider the environment before printing this e-mail."""
    root = alt(plain, outlook_html(paras(plain), "EN-GB"))
    meta = dict(from_name="Leila Mansouri-Fares", from_email="l.mansouri@aclms.example.org",
                subject="Expression of interest - rapporteur, Multi-Stakeholder Consultation 23 Feb",
                received_at=R(2, 3, 8, 55, 40), lag=33,
                mid="<DB7PR03MB4921A6F0C2D3B18E5F4A9C07D6B40@DB7PR03MB4921.eurprd03.prod.outlook.example.com>",
                extra=["Thread-Topic: Expression of interest - rapporteur, Multi-Stakeholder Consultation 23 Feb",
                       "Thread-Index: AQHW+f0rK9mFcZbDz0i8jX2VhR4nBg==", "Content-Language: en-GB",
                       "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Leïla Mansouri-Fares", "Senior Research Fellow, Labour Mobility Programme",
                              "Arab Centre for Labour Market Statistics (ACLMS)", ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination: role in the body, name/title/affiliation only in the signature; 'Dr.' is an "
                       "honorific; the From display name drops the diaeresis (Leila) but the signature has 'Leïla'; "
                       "the 'implementing partner of ...ESCWA' line is not the affiliation; long disclaimer")
    return meta, root, label


@message
def h12_08():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport d'examen volontaire du PMM élaboré par l'association Horizons Solidaires (Sfax), sur la base de 60 entretiens menés auprès de travailleuses et travailleurs migrants subsahariens entre octobre et décembre 2020.

Par ailleurs, nous souhaiterions qu'une de nos membres puisse intervenir lors de la 3e table ronde thématique :
- Nom : Mariem Ben Amor
- Fonction : chargée de projet accès aux services
- Organisation : Association Horizons Solidaires

Bien cordialement,

Mariem Ben Amor
pour le bureau exécutif d'Horizons Solidaires
+216 98 604 217"""
    pdf = tiny_pdf(["Association Horizons Solidaires - Sfax",
                     "Rapport d'examen volontaire du Pacte mondial pour les migrations (PMM)",
                     "Fevrier 2021",
                     "1. Methodologie : 60 entretiens, octobre-decembre 2020",
                     "2. Acces aux services de base (objectif 15)",
                     "3. Recommandations"], "Rapport PMM Horizons Solidaires")
    root = multipart("mixed", [alt(plain, gmail_html(plain)),
                               attachment(pdf, "application/pdf", "Rapport_PMM_Horizons_Solidaires_2021.pdf")])
    meta = dict(from_name="Mariem Ben Amor", from_email="horizons.solidaires.sfax@webmail.example.net",
                sender_tz=tz(1), subject="Rapport volontaire PMM + demande d'intervention",
                received_at=R(2, 3, 12, 10, 17), lag=21,
                mid="<CAEw2nR8pQ4+tZ6kXv1bLm0Hs9YdF3jGc7aU5oKe_N8rWq2iTfA@mail.gmail.com>",
                extra=[GMAIL_X % "2mKs8Lq0Tv3Xz9Wb6Rp1Nd4F"])
    label = dict(category="both", language="fr",
                 speakers=[SP("Mariem Ben Amor", "chargée de projet accès aux services", "Association Horizons Solidaires",
                              ["roundtable"], 3)],
                 report_attachments=["Rapport_PMM_Horizons_Solidaires_2021.pdf"], thread_of=None,
                 notes="both in one short message, on time for both deadlines; roundtable as '3e table ronde'; "
                       "dashed labelled lines with a space before the colon; the speaker is also the sender")
    return meta, root, label


@message
def h12_09():
    html = gmail_html("""Good morning dear organizers,

I am writing you on behalf of the Union of West African Migrant Workers in Morocco (UWAMM). We want to take the floor in the plenary and also in the roundtable number 1 about the labour migration.

Our speaker will be Mr. Ousmane KANTÉ, he is the General Secretary of UWAMM since 2018 and he is himself a migrant worker in the construction sector in Casablanca.

Please let us know if it is ok. We thank you in advance.

Best regards

Aminata Coulibaly
Communication officer UWAMM
+212 6 61 27 40 93""")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="UWAMM Maroc", from_email="uwamm.maroc@webmail.example.net", sender_tz=tz(1),
                subject="Participation UWAMM", received_at=R(2, 3, 16, 37, 2), lag=14,
                mid="<CAB3xQw9z+Lr5kTn2Ym8Vc0Hp7Ds4FgJ1eWa6uRi_M3oKb9pZtQ@mail.gmail.com>",
                extra=[GMAIL_X % "7cVn1Wq4Lz8Tm0Xk3Rb6Pd2J"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Ousmane KANTÉ", "General Secretary", "Union of West African Migrant Workers in Morocco (UWAMM)",
                              ["plenary", "roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Gmail message; English written by a francophone; surname in capitals with an accent; "
                       "one speaker, two roles ('the plenary and also in the roundtable number 1'); the signer "
                       "(communication officer) is not the speaker")
    return meta, root, label


@message
def h12_10():
    rows = [("الاسم", "المنصب", "الجهة", "نوع المشاركة"),
            ("الدكتور حيدر عبد الكريم الجبوري", "مدير عام دائرة الهجرة والعمالة الوافدة",
             "الهيئة الوطنية لشؤون العمالة الوافدة", "مداخلة في الجلسة العامة (24 أو 25 شباط 2021)")]
    table = ("<table border=1 cellspacing=0 cellpadding=4 dir=rtl style='border-collapse:collapse'>"
             + "".join("<tr>%s</tr>" % "".join("<td><p class=MsoNormal>%s</p></td>" % escape(c) for c in r) for r in rows)
             + "</table>")
    inner = (paras("""العدد: هـ ع و/ 214
التاريخ: 3/2/2021

إلى/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية
م/ ترشيح متحدث

تحية طيبة...

إشارةً إلى كتاب الدعوة الموجّه من المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا بشأن المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي، يسرّنا إعلامكم بترشيح الهيئة لممثلها المبيّنة بياناته في الجدول أدناه لإلقاء مداخلة باسم جمهورية العراق خلال الجلسة العامة:""")
             + "\n<p class=MsoNormal>&nbsp;</p>\n" + table + "\n<p class=MsoNormal>&nbsp;</p>\n"
             + paras("""راجين التفضل بإعلامنا بالترتيبات اللازمة ومواعيد الجلسات.

مع التقدير...

السيد مصطفى ناجي العبيدي
مدير قسم العلاقات والتعاون الدولي
الهيئة الوطنية لشؤون العمالة الوافدة – بغداد
هاتف: 7901 442 318 964+

تنويه: هذه الرسالة وأي مرفقات بها سرّية ومخصّصة للمرسَل إليه فقط."""))
    root = text_part(outlook_html(inner, "AR-IQ", rtl=True), "html", "utf-8", "b64")
    meta = dict(from_name="قسم العلاقات والتعاون الدولي", from_email="intl.relations@nalb-iq.example.gov.iq",
                sender_tz=tz(3), subject="م/ ترشيح متحدث - الهيئة الوطنية لشؤون العمالة الوافدة",
                received_at=R(2, 4, 9, 2, 11), lag=52,
                mid="<000401d6faba$0c8e3f70$25aabe50$@nalb-iq.example.gov.iq>",
                extra=[OUTLOOK, "Thread-Index: AdbaugyOP3AlqsG+Uq0d4fXr6mYh9A==", "Content-Language: ar-iq"])
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("حيدر عبد الكريم الجبوري", "مدير عام دائرة الهجرة والعمالة الوافدة",
                              "الهيئة الوطنية لشؤون العمالة الوافدة", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="formal government letter (reference number, 'م/' subject line), HTML-only Outlook body, base64; "
                       "speaker details in an HTML table with Arabic column headers; honorific الدكتور in the name "
                       "cell; the signer (السيد ..., head of international relations) is not the speaker; 'شباط' "
                       "month name")
    return meta, root, label


@message
def h12_11():
    plain = """Bonjour,

Le RISMM souhaite proposer Mme Odile Mbarga, chargée de plaidoyer régional, pour une prise de parole lors de la table ronde 4. Elle peut intervenir en français ou en anglais.

Bien à vous,

Jean-Baptiste Nguema
coordinateur
Réseau interreligieux Solidarité Migrants Maghreb (RISMM)
Rabat – Maroc
+212 5 37 70 48 12

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 15:00
À : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Objet : Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

""" + INVITE_EN + "\n\n" + INVITE_FR + "\n\nGCM Regional Review Arab States"
    html = outlook_html(paras(plain.split("\n\nDe : ")[0])
                        + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        + paras("De : " + plain.split("\n\nDe : ")[1]) + "</div>", "FR")
    root = alt(plain, html)
    meta = dict(from_name="RISMM Coordination", from_email="coordination@rismm.example.org", sender_tz=tz(1),
                subject="RE: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=R(2, 4, 11, 45, 26), lag=38, in_reply_to=INVITE_MID, references=INVITE_MID,
                mid="<001b01d6facf$4e2d8a90$ea889fb0$@rismm.example.org>",
                extra=[OUTLOOK, "Thread-Index: AQHW+TBmXrA2kD0uS0u9ZLQfTjJr3KqGb1eQ", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Odile Mbarga", "chargée de plaidoyer régional",
                              "Réseau interreligieux Solidarité Migrants Maghreb (RISMM)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook reply to the invitation quoting it in full (English and French parts, all roles, both "
                       "deadlines, not '>'-prefixed); the new text is two lines; affiliation only as the acronym in the "
                       "body, full form in the signature of the sender (faith network coordinator, not the speaker); "
                       "English subject, French body")
    return meta, root, label


@message
def h12_12():
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نيابةً عن شبكة المغرب العربي للهجرة والتنمية، التي تضم إحدى عشرة جمعية من تونس والمغرب والجزائر وموريتانيا وليبيا، يسعدنا أن نوافيكم طيّه بالتقرير الجماعي الطوعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

وقد أُعدّ التقرير بشكل تشاركي خلال ورشتَي عمل افتراضيتين في شهري ديسمبر ويناير، ويتناول بالأساس الأهداف 7 و13 و15 و23، مع ملحق بقائمة الجمعيات الأعضاء المشاركة.

نرجو التكرّم بتأكيد الاستلام.

مع فائق الاحترام والتقدير،

الأمانة التنفيذية
شبكة المغرب العربي للهجرة والتنمية
تونس العاصمة – الهاتف: +216 71 902 655"""
    pdf = tiny_pdf(["Maghreb Network for Migration and Development (REMMD)",
                    "Collective Voluntary GCM Review Report - Arab region, 2021",
                    "Prepared with 11 member associations (Tunisia, Morocco, Algeria, Mauritania, Libya)",
                    "Objectives 7, 13, 15 and 23",
                    "Annex: list of member associations"], "Rapport collectif GCM - REMMD")
    name = "التقرير الجماعي - شبكة المغرب العربي للهجرة والتنمية.pdf"
    root = multipart("mixed", [text_part(wrap(plain), "plain", "utf-8", "8bit", flowed=True),
                               attachment(pdf, "application/pdf", name, style="2231")])
    meta = dict(from_name="شبكة المغرب العربي للهجرة والتنمية", from_email="secretariat@remmd-network.example.org",
                sender_tz=tz(1), subject="التقرير الجماعي الطوعي لاستعراض الاتفاق العالمي للهجرة",
                received_at=R(2, 4, 14, 20, 9), lag=24, mid=MID_12, extra=[THUNDERBIRD, "Content-Language: ar"])
    label = dict(category="voluntary_report", language="ar", speakers=[], report_attachments=[name], thread_of=None,
                 notes="collective report of a network of eleven associations; Arabic PDF file name as RFC 2231 "
                       "(Thunderbird), 8bit format=flowed body; the annex is inside the same PDF; From display name is "
                       "the network")
    return meta, root, label


@message
def h12_13():
    plain = ("Dear Sir/Madam my name is Mohamed Osman Abdelrahim and i am writing from Sudanese Community Association in "
             "Cairo (SCAC) we are migrant-led association working with sudanese migrants and refugees in egypt since "
             "2012, we would like to request speaking slot in roundtable 3 for me to present the situation of our "
             "community regarding access to health and education and residency permits, please confirm if possible "
             "and send us the link, thank you very much for this opportunity Mohamed Osman")
    root = alt(plain, '<html><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
               '<div dir="ltr">%s</div></div></body></html>' % escape(plain, quote=False), cte="qp")
    meta = dict(from_name="mohamed osman", from_email="m.osman.scac@mailbox.example.com",
                subject="request for speaking", received_at=R(2, 4, 22, 12, 40), lag=8,
                mid="<1846201937.2604113.1612469552301@mail.mailbox.example.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Mohamed Osman Abdelrahim", None, "Sudanese Community Association in Cairo (SCAC)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="everything in one unpunctuated paragraph with lower-case 'i'; no title given (null); the "
                       "sign-off uses a shorter form of the name; webmail")
    return meta, root, label


@message
def h12_14():
    plain = """Bonjour,

Veuillez trouver en objet notre demande. M. OULD BRAHIM souhaiterait partager l'expérience de la commune en matière d'accueil et d'enregistrement des pêcheurs migrants sénégalais et maliens.

Cordialement,

Le secrétariat du Maire
Commune urbaine de Tenweich
Nouakchott – Mauritanie
Tél. : +222 45 29 61 08"""
    root = alt(plain, outlook_html(paras(plain), "FR"))
    meta = dict(from_name="Secrétariat Mairie Tenweich", from_email="secretariat.maire@tenweich.example.mr",
                sender_tz=tz(0),
                subject="Demande de prise de parole - M. Sidi Mohamed OULD BRAHIM, conseiller municipal chargé des "
                        "migrations, Commune de Tenweich - séance plénière",
                received_at=R(2, 5, 10, 31, 55), lag=47,
                mid="<001c01d6fb8a$7d2e3f10$77aabd30$@tenweich.example.mr>",
                extra=[OUTLOOK, "Thread-Index: Adb7in0uP1c0T7cCR9qXm2o5dB1uEw==", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Sidi Mohamed OULD BRAHIM", "conseiller municipal chargé des migrations",
                              "Commune urbaine de Tenweich", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="all speaker details (name in capitals, lower-case title, role) are only in the long, RFC "
                       "2047-encoded subject line; the body refers to 'en objet'; the fuller affiliation is in the "
                       "signature ('Commune urbaine de ...'), the subject has the short form; municipality")
    return meta, root, label


@message
def h12_15():
    plain = """شكراً جزيلاً على تأكيد الاستلام، ونتمنى لكم التوفيق في تنظيم المؤتمر.

الأمانة التنفيذية
شبكة المغرب العربي للهجرة والتنمية

في 04/02/2021 13:21، كتب GCM Regional Review Arab States:
> السادة شبكة المغرب العربي للهجرة والتنمية،
>
> نؤكد استلام تقريركم الطوعي لاستعراض الاتفاق العالمي للهجرة بتاريخ 4 فبراير 2021.
> سيتم تسجيله وإحالته إلى الفريق المعني.
>
> مع التحية،
> فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية"""
    root = text_part(plain, "plain", "utf-8", "8bit", flowed=True)
    meta = dict(from_name="شبكة المغرب العربي للهجرة والتنمية", from_email="secretariat@remmd-network.example.org",
                sender_tz=tz(1), subject="Re: تأكيد الاستلام: التقرير الجماعي الطوعي لاستعراض الاتفاق العالمي للهجرة",
                received_at=R(2, 5, 13, 3, 20), lag=22, in_reply_to=ACK_12, references=MID_12 + "\r\n " + ACK_12,
                mid="<7b0c9e4a-2f61-4d8a-b3c5-96e1d0a7f852@remmd-network.example.org>",
                extra=[THUNDERBIRD, "Content-Language: ar"])
    label = dict(category="other", language="ar", speakers=[], report_attachments=[], thread_of="h12-12.eml",
                 notes="thank-you reply to our acknowledgement of the collective report (References carries the "
                       "original submission): adds nothing new, so no acknowledgement; the quoted acknowledgement "
                       "talks about a voluntary report")
    label["acknowledge"] = False
    return meta, root, label


@message
def h12_16():
    plain = """Hello,

I'm a freelance journalist based in Khartoum, covering migration along the Eastern route (Ethiopia, Sudan, Libya) for several regional outlets. I would like to request a short floor intervention in the plenary on 24 or 25 Feb, on the role of media and the protection of migrants' personal data.

Name: Tasneem Elfadil
Title: Freelance journalist

Best,
Tasneem

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", "7bit")
    meta = dict(from_name="Tasneem Elfadil", from_email="tasneem.elfadil@webmail.example.net",
                subject="Speaking request - plenary", received_at=R(2, 5, 17, 48, 36), lag=71,
                mid="<3E9A7C41-52B8-4D0F-8E6A-19C4B7D2F053@webmail.example.net>", extra=[IPHONE])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Tasneem Elfadil", "Freelance journalist", None, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="journalist with no organisational affiliation (affiliation null; 'several regional outlets' is "
                       "not one); labelled Name/Title lines but no affiliation line; iPhone plain text")
    return meta, root, label


@message
def h12_17():
    plain = """Mesdames, Messieurs,

L'Amicale des ressortissants ouest-africains de Sfax (AROAS) a l'honneur de vous proposer la candidature de sa vice-présidente, Mme Fatou Ndiaye Sarr, pour une intervention en séance plénière lors de la conférence régionale des 24 et 25 février 2021.

Infirmière de formation, Mme Ndiaye Sarr est médiatrice communautaire auprès des travailleuses domestiques ivoiriennes et sénégalaises de la région de Sfax depuis 2015. Elle pourra porter la voix des femmes migrantes en situation irrégulière, qui n'ont souvent pas accès aux soins.

Dans l'attente de votre retour, nous vous prions d'agréer, Mesdames, Messieurs, l'expression de notre haute considération.

Pour l'AROAS,
Le Président
Ibrahima Sow
Sfax – Tunisie
+216 55 318 640"""
    root = alt(plain, outlook_html(paras(plain), "FR"))
    meta = dict(from_name="Ibrahima Sow", from_email="aroas.sfax@webmail.example.net", sender_tz=tz(1),
                subject="Candidature AROAS - intervention en plénière", received_at=R(2, 5, 21, 40, 14), lag=29,
                mid="<AM6PR10MB2584E3D7A0B1C4F29E6D8A53C3BB0@AM6PR10MB2584.EURPRD10.PROD.OUTLOOK.example.com>",
                extra=["Thread-Topic: " + enc_header("Candidature AROAS - intervention en plénière"),
                       "Thread-Index: AQHW+/5sQ4y6C7d0m0WjNzJx1qVp1A==", "Content-Language: fr-FR"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Fatou Ndiaye Sarr", "vice-présidente", "Amicale des ressortissants ouest-africains de Sfax (AROAS)",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="formal French letter from the president nominating the vice-president ('sa vice-présidente, "
                       "Mme ...'); later referred to by the compound surname only ('Mme Ndiaye Sarr'); 'infirmière' and "
                       "'médiatrice communautaire' describe her background, the title is the lower-case "
                       "'vice-présidente'; received 21:40 on deadline day")
    return meta, root, label


@message
def h12_18():
    plain = """الإخوة والأخوات في فريق الاستعراض الإقليمي،

نعتذر عن التأخير بسبب انقطاع الإنترنت والكهرباء في عدن خلال اليومين الماضيين.

نرغب في ترشيح:
- الأستاذة أفراح سالم باعبّاد، رئيسة مؤسسة مرافئ للتنمية والحماية، مقرّرةً لنقل الرسائل الرئيسية لأصحاب المصلحة
- الأستاذ وضّاح محمد الشعبي، مسؤول برنامج المهاجرين القادمين من القرن الأفريقي في المؤسسة، للمداخلة في المائدة المستديرة الأولى

وتقبّلوا خالص التحية
أفراح باعبّاد
مؤسسة مرافئ للتنمية والحماية – عدن

أُرسلت من الـ iPhone الخاص بي"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Afrah Ba'abbad", from_email="afrah.marafe@webmail.example.net", sender_tz=tz(3),
                subject="ترشيحات مؤسسة مرافئ", received_at=R(2, 6, 8, 20, 44), lag=96,
                mid="<B7D41E2A-9C05-4F63-A8E1-5D2C0B9F6A17@webmail.example.net>", extra=[IPHONE])
    aff = "مؤسسة مرافئ للتنمية والحماية"
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("أفراح سالم باعبّاد", "رئيسة", aff, ["rapporteur"]),
                           SP("وضّاح محمد الشعبي", "مسؤول برنامج المهاجرين القادمين من القرن الأفريقي", aff,
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (6 February morning) and apologises for it; two speakers with honorific الأستاذة/الأستاذ; "
                       "first one's title fused with the organisation ('رئيسة مؤسسة ...'), second's affiliation only "
                       "by reference ('في المؤسسة'); roles: rapporteur ('مقرّرةً') and the first roundtable (ordinal "
                       "word); Arabic 'Sent from my iPhone'; Latin From display name")
    return meta, root, label


@message
def h12_19():
    plain = wrap("""Bonjour,

Je me permets de vous écrire un peu tardivement (je n'ai eu connaissance de l'appel que ce week-end, par une collègue) : serait-il encore possible de m'inscrire pour une intervention à la 3e table ronde ? Je travaille depuis plusieurs années sur l'accès aux soins des migrants en situation irrégulière en Tunisie et en Libye, notamment pour des agences des Nations Unies et des ONG médicales.

Avec mes remerciements,

-- 
Dr Hélène Garnier-Saïdi
consultante indépendante en santé et migrations
Tunis | +216 22 418 907""")
    root = text_part(plain, "plain", "utf-8", "8bit", flowed=True)
    meta = dict(from_name="Hélène Garnier-Saïdi", from_email="h.garnier.saidi@webmail.example.net", sender_tz=tz(1),
                subject="Intervention table ronde 3", received_at=R(2, 8, 11, 15, 7), lag=18,
                mid="<e2c71b9f-4d3a-8e50-71f6-a09b3c2d5e48@webmail.example.net>", extra=[THUNDERBIRD])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Hélène Garnier-Saïdi", "consultante indépendante en santé et migrations", None,
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (Monday 8 February); format=flowed wrapped text; self-nomination with name and title only in the signature; "
                       "independent consultant: no affiliation (null; the UN agencies and NGOs are past clients); "
                       "'Dr' without a full stop; '3e table ronde'")
    return meta, root, label


@message
def h12_20():
    plain = """Bonjour,

Pourriez-vous nous faire parvenir l'ordre du jour provisoire de la conférence des 24 et 25 février, ainsi que le programme de la consultation multipartite du 23 ? Nous n'avons reçu que la lettre d'invitation et la note conceptuelle (la pièce jointe « projet d'ordre du jour » ne s'ouvre pas chez nous).

Merci d'avance et bonne journée,

Nadia Belkacem
chargée de communication
Collectif Mauritanien pour les Droits des Migrants (CMDM)"""
    root = alt(plain, gmail_html(plain), cte="qp")
    meta = dict(from_name="Nadia Belkacem", from_email="n.belkacem.cmdm@webmail.example.net", sender_tz=tz(0),
                subject="Demande d'ordre du jour", received_at=R(2, 9, 10, 0, 41), lag=16,
                mid="<CAGh6vM2q+Xw9Lz4Tn8Kp1Bc0Rd7Jy3Fs5eQa2uWi_P6oNm4kZs@mail.gmail.com>",
                extra=[GMAIL_X % "3kTz9Vb1Qm7Xw2Lp0Nc5Rs8D"])
    label = dict(category="other", language="fr", speakers=[], report_attachments=[], thread_of=None,
                 notes="request for the agenda (the draft agenda attachment of the invitation would not open); "
                       "mentions the consultation and the conference but asks for nothing else")
    return meta, root, label


@message
def h12_21():
    plain = """Madame, Monsieur,

L'Association Mauritanienne pour la Dignité des Migrants (AMDM) a l'honneur de vous transmettre, ci-joint, sa contribution à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, sous la forme d'un rapport d'examen volontaire.

Ce rapport s'appuie sur les permanences juridiques tenues à Nouadhibou et à Rosso en 2020 ; il porte principalement sur les objectifs 4 (documents d'identité), 13 (détention) et 21 (retour et réadmission).

Nous vous en souhaitons bonne réception et restons à votre disposition.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

M. Cheikh Ahmed Ould Mahfoudh
Secrétaire exécutif
Association Mauritanienne pour la Dignité des Migrants (AMDM)
Nouakchott – Mauritanie"""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=120 height=45 src="cid:image001.png@01D6FF8A.5C1B2E30"'
                        ' alt="Logo AMDM"></p>', "FR")
    logo = attachment(tiny_png((0, 110, 70)), "image/png", "image001.png", disposition="inline",
                      cid="image001.png@01D6FF8A.5C1B2E30")
    pdf = tiny_pdf(["Association Mauritanienne pour la Dignite des Migrants (AMDM)",
                    "Rapport d'examen volontaire - Pacte mondial pour les migrations",
                    "Objectifs 4, 13 et 21", "Nouakchott, fevrier 2021"], "AMDM - Rapport volontaire PMM 2021")
    body = multipart("related", [alt(plain, html), logo], type="multipart/alternative")
    root = multipart("mixed", [body, attachment(pdf, "application/pdf", "AMDM - Rapport volontaire PMM 2021.pdf")])
    meta = dict(from_name="AMDM Secrétariat", from_email="secretariat@amdm.example.mr", sender_tz=tz(0),
                subject="Rapport d'examen volontaire PMM - AMDM", received_at=R(2, 10, 15, 26, 50), lag=58,
                mid="<002301d6ffa4$8e2b6c10$aa824430$@amdm.example.mr>",
                extra=[OUTLOOK, "Thread-Index: Adb/pI4rbBHYkqZ0T0y3x1dF2WmQbg==", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", speakers=[],
                 report_attachments=["AMDM - Rapport volontaire PMM 2021.pdf"], thread_of=None,
                 notes="Outlook layout mixed > related(alternative + inline logo image001.png) + PDF; the logo is not "
                       "part of the report; file name with spaces; signature with 'M.' and a title, but no speaker "
                       "request")
    return meta, root, label


@message
def h12_22():
    plain = """السلام عليكم ورحمة الله وبركاته،

نحن منظمة مجتمع مدني من السودان (منظمة دروب للهجرة الآمنة – الخرطوم)، ونرغب في حضور المؤتمر الإقليمي يومي 24 و25 فبراير.

هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال كان حضورياً، هل يمكن أن تزوّدونا برسالة دعوة رسمية لتقديمها إلى السفارة اللبنانية في الخرطوم للحصول على تأشيرة الدخول؟

المشاركان:
- السيد عمر الطيب بابكر، المدير التنفيذي
- السيدة سارة إدريس آدم، منسّقة البرامج

ولكم جزيل الشكر،
عمر الطيب"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64")
    meta = dict(from_name="عمر الطيب", from_email="omar.eltayeb.duroob@webmail.example.net",
                subject="استفسار بخصوص التأشيرة ورسالة الدعوة", received_at=R(2, 12, 9, 41, 33), lag=20,
                mid="<CAJp5nT1w+Zr8Qx3Lm0Vb7Kc2Hy9Ds4Gf6eWa1uRo_N5iMk8qXt@mail.gmail.com>",
                extra=[GMAIL_X % "6pLw3Zt0Xk9Rm2Vb8Qn4Jc1S"])
    label = dict(category="other", language="ar", speakers=[], report_attachments=[], thread_of=None,
                 notes="visa / invitation-letter question; lists two participants with titles and an organisation in "
                       "a dashed list, but they want to attend, not to speak (after the speaker deadline anyway)")
    return meta, root, label


@message
def h12_23():
    top = """Dear IOM team,

Attached is the voluntary report of Habesha Women Mutual Aid Network - Lebanon on the GCM implementation, especially Objectives 6 and 7: domestic work under kafala, and the situation of Ethiopian women after the Beirut port explosion.

"""
    bottom = """
Sorry for sending close to the deadline, we had to translate it from Amharic.

Regards,
Meron Tadesse
Habesha Women Mutual Aid Network
Beirut"""
    pdf = tiny_pdf(["Habesha Women Mutual Aid Network - Lebanon",
                    "Voluntary GCM Review Report, February 2021",
                    "Objectives 6 and 7: domestic work, kafala, access to justice",
                    "Situation after the 4 August 2020 explosion"], "HWMAN GCM report")
    name = "HWMAN GCM report Feb 2021.pdf"
    pdf_part = attachment(pdf, "application/pdf", name, disposition="inline")
    root = multipart("mixed", [text_part(top, "plain", "us-ascii", "7bit"), pdf_part,
                               text_part(bottom, "plain", "us-ascii", "7bit")])
    meta = dict(from_name="Meron Tadesse", from_email="meron.t@hwman-lb.example.org",
                subject="Voluntary report - Habesha Women Mutual Aid Network", received_at=R(2, 15, 18, 5, 12), lag=25,
                mid="<8F1C2D7B-3E04-4A59-B6C8-0D9E1F2A7B34@hwman-lb.example.org>", extra=[APPLE])
    label = dict(category="voluntary_report", language="en", speakers=[], report_attachments=[name], thread_of=None,
                 notes="Apple Mail layout: multipart/mixed [text, PDF with Content-Disposition inline, text]; PDF name "
                       "with spaces; sent the day before the report deadline")
    return meta, root, label


@message
def h12_24():
    plain = """مساء الخير،

مرفق تقرير جمعية نساء من أجل العمل اللائق (إربد – الأردن) حول تنفيذ الاتفاق العالمي من أجل الهجرة، ويركّز على أوضاع العاملات المهاجرات في المنازل والمزارع خلال جائحة كورونا.

نعتذر عن التأخر يوماً واحداً، ونرجو قبول التقرير إن أمكن.

مع الشكر والتقدير،
رنا الزعبي
منسّقة المشاريع
جمعية نساء من أجل العمل اللائق
0795 118 402"""
    doc = tiny_docx("تقرير جمعية نساء من أجل العمل اللائق حول الاتفاق العالمي من أجل الهجرة",
                    ["أوضاع العاملات المهاجرات في المنازل والمزارع خلال جائحة كورونا", "التوصيات"], rtl=True)
    name = "تقرير جمعية نساء من أجل العمل اللائق - الاتفاق العالمي.docx"
    root = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True), cte="b64"),
                               attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          name, style="2047")])
    meta = dict(from_name="Rana Al-Zoubi", from_email="rana.zoubi.wdw@webmail.example.net",
                subject="تقرير الجمعية - الاتفاق العالمي للهجرة", received_at=R(2, 17, 10, 50, 27), lag=17,
                mid="<CAHt2bW7k+Ns4Xq9Lr1Vm6Zc0Py8Fd3Jg5eTa7uQi_K2oBw9nRs@mail.gmail.com>",
                extra=[GMAIL_X % "8wQk2Nr5Tz1Xm9Lb4Vp0Hc7F"])
    label = dict(category="voluntary_report", language="ar", speakers=[], report_attachments=[name], thread_of=None,
                 notes="late (17 February, one day after the extended deadline) and says so; Gmail style RFC 2047 "
                       "Arabic DOCX name inside quoted parameters; Latin From display name, Arabic body")
    return meta, root, label


# ----------------------------------------------------------------- writer
def on_time(category, received):
    if category == "speaker_request":
        return received <= SPEAKER_DEADLINE
    if category == "voluntary_report":
        return received <= REPORT_DEADLINE
    if category == "both":
        return received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE
    return None


def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = "h12-%02d.eml" % n
        assert fn.__name__ == "h12_%02d" % n, fn.__name__
        meta, root, label = fn()
        fix_boundaries(root, "----=_Part_%d_%%d.%d" % (n, 1612137600 + n * 3541))
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, n))
        rat = meta["received_at"]
        labels.append({"file": name, "received_at": rat.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label.get("acknowledge", True),
                       "on_time": on_time(label["category"], rat), "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"], "thread_of": label["thread_of"],
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout12"))
