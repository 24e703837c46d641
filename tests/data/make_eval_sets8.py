#!/usr/bin/env python3
"""Eighth-author evaluation set for gcm-intake: tests/data/holdout8 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets8.py
Written without reading intake/, rules/ or the other authors' sets.  Each message is one function returning
(envelope, MIME tree, label); the files are numbered h8-01 ... h8-24 in order of arrival at the mailbox.
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
CALL_MID = "<AM6PR02MB4471C3B05E2D9A8F61B07A22E4B99@AM6PR02MB4471.eurprd02.prod.outlook.example.com>"


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def R(d, h, mi, s=0, mo=2):
    """Server receipt time, Beirut (UTC+02:00)."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def wrap(text, width=72):
    """Hard-wrap every paragraph line the way Thunderbird/Pine do (signatures and short lines untouched)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


# ----------------------------------------------------------------- tiny attachment payloads
def tiny_png(rgb, w=40, h=16):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title):
    """A valid one-page PDF (Helvetica, Latin-1 text) with a correct xref table."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 790 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /CreationDate (D:20210208100000+02'00') >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs, rtl=False):
    """A minimal valid WordprocessingML package built with zipfile (fixed timestamps, reproducible)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r>{rtl_run}<w:t xml:space="preserve">{escape(p, quote=False)}</w:t></w:r></w:p>' for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr/></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 8, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
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
    elif ctype == "application/octet-stream":
        p = MIMEApplication(data)
    else:
        p = MIMEApplication(data, subtype)
    disp = "inline" if inline_cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail / Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", f"<{inline_cid}>")
    return p


def multipart(kind, parts, boundary=None, **params):
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- client HTML styles
def gmail_html(text, rtl=False):
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir=RTL' if rtl else "", inner))


def mso_paras(text):
    return "\n".join("<p class=MsoNormal>%s</p>" % ("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))
                                                     or "&nbsp;")
                     for para in text.split("\n\n"))


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">') for ln in text.split("\n"))
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


def render(m, root, n):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 9}])\r\n"
         f"\tby mx1.iom.int (Postfix) with ESMTPS id 4Dh8{n:02d}Pq{'kRtWxyzVbNmL'[n % 12]}Z\r\n"
         f"\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)"]
    if m.get("inner_received"):
        h.append(m["inner_received"] + "; " + format_datetime(sent))
    h.append(f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}")
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
    h.extend(m.get("extra_headers", []))
    h.append("MIME-Version: 1.0")
    for i, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:  # fixed boundaries keep the output reproducible
            part.set_boundary(f"----=_Part_{n}_{i}.1612{n * 7919 + i:06d}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n, lang):
    return ["Thread-Topic: GCM Regional Review", f"Thread-Index: AdcB{n * 53:04d}Wm3sQ8kLhT0yPp7Rz4vN1g==",
            "Content-Language: " + lang, "X-Mailer: Microsoft Outlook 16.0"]


GMAIL = ["X-Google-Smtp-Source: ABdhPJw7kXq2b9Rm1TzYv0cL4nPe8sUa3FdGh6Jk5QwErTy"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]

CALL_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021).

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021.

Kind regards,
GCM Regional Review Secretariat"""


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


MESSAGES = {}


def message(fn):
    MESSAGES[fn.__name__] = fn
    return fn


# ================================================================= speaker requests, English
@message
def unwomen_country_office():
    plain = """Dear colleagues,

Further to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, the UN Women Jordan Country Office would like to request a floor intervention in Roundtable 3 (social inclusion and cohesion, access to basic services, remittances and diaspora contributions) on 24-25 February.

Our proposed speaker is Rania Khoury-Haddad (Programme Specialist, Women's Economic Empowerment, UN Women Jordan Country Office). Rania leads our work with migrant women workers in the garment sector and in domestic work, and coordinated the gender inputs to the national GCM review.

Please let me know if you need a short bio or any further information.

Best regards,

Martina Vogel-Aziz
Partnerships and Coordination Analyst
UN Women | Jordan Country Office
Tel: +962 6 520 4471 | Mob: +962 79 612 0385

-----
This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.
"""
    root = alt(plain, outlook_html(mso_paras(plain), "EN-US"), boundary="_000_VI1PR0701MB2893A1_")
    meta = dict(from_name="Martina Vogel-Aziz", from_email="martina.vogel-aziz@unwomen.example.org",
                subject="UN Women Jordan - speaker request for Roundtable 3", received_at=R(2, 10, 14, 37),
                mid="<VI1PR0701MB28931F0C2D4E5A6B7C8D9E0FA1B2C@VI1PR0701MB2893.eurprd07.prod.outlook.example.com>",
                extra_headers=outlook(1, "en-US"), lag=41)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rania Khoury-Haddad", "Programme Specialist, Women's Economic Empowerment",
                              "UN Women Jordan Country Office", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="UN agency country office; speaker given as 'Name (Title, Organisation)' with a comma inside "
                       "the title; the sender (analyst) is not the speaker; roundtable theme spelled out next to the "
                       "number; UN disclaimer")
    return meta, root, label


@message
def migrant_women_group():
    plain = """Hello,

my name is Meseret Alemu Tadesse, i am from Ethiopia and i live in Beirut since 11 years. I am with the Ethiopian Women Domestic Workers Solidarity Group in Lebanon, we are migrant women helping each others, especialy the sisters who run away from the employer house or have no papers.

We hear about the regional review meeting from our friends in other organisation. We want to speak in the round table number 2 about protection of human rights, because many of our sisters are in detention and in the kafala system is very hard for them.

Please tell me if this is posible and what we need to do. Sorry my english is not so good.

Thank you very much
Meseret
+961 76 418 902
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000b3c1f205ba7e44d1")
    meta = dict(from_name="meseret alemu", from_email="meseret.alemu88@gmail.example.com",
                subject="want to speak at meeting", received_at=R(3, 21, 47, 5), relay="mail-wr1-f54.google.example.com",
                mid="<CAM3kZ9Tq0v2pG7nXrYw1eHs8LdJ4uKa6oBf5iNc2x@mail.gmail.example.com>", extra_headers=GMAIL, lag=3)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Meseret Alemu Tadesse", None, "Ethiopian Women Domestic Workers Solidarity Group in Lebanon",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led women's group, simple second-language English with typos and lower-case 'i'; no "
                       "title given (null); 'round table number 2'; display name lower case and shorter than the full "
                       "name in the body")
    return meta, root, label


@message
def research_centre_two_speakers():
    aff = "Centre for Migration and Labour Studies (CMLS), Nile Valley University"
    rows = [("Organisation", "Name", "Title", "Requested role"),
            (aff, "Dr. Hind Abdelrahim", "Associate Professor and Director, CMLS",
             "Rapporteur (key messages of the stakeholders)"),
            (aff, "Mr. Tamer Gaafar", "Research Fellow",
             "Floor intervention, Roundtable 4 (data and evidence-based policies)")]
    table = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n{}\n</table>".format("\n".join("<tr>{}</tr>".format("".join(
            "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{}{}{}</p></td>".format("<b>" if i == 0 else "", escape(c, quote=False), "</b>" if i == 0 else "") for c in r))
            for i, r in enumerate(rows)))
    intro = ("Dear GCM Regional Review team,\n\nOn behalf of the Centre for Migration and Labour Studies (CMLS), "
             "Nile Valley University, I am pleased to submit the following nominations for speaking roles at the "
             "Multi-Stakeholder Consultation and the Regional Review Conference:")
    outro = ("Both colleagues contributed to the Centre's 2020 survey of returning migrant workers and can speak in "
             "Arabic or English.\n\nWith best wishes,\n\nAmal Siddig\nCentre Administrator\nCentre for Migration and "
             "Labour Studies | Nile Valley University\n+249 183 776 210")
    html = outlook_html(mso_paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + mso_paras(outro), "EN-GB")
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    root = alt(plain, html, boundary="_000_DB7PR08MB3017C2A4_")
    meta = dict(from_name="CMLS Admin", from_email="cmls.admin@nvu.example.edu",
                subject="Nominations for speaking roles - CMLS", received_at=R(4, 13, 5, 12),
                mid="<DB7PR08MB30174B6E8A1C2D3F0E9A7B6C5D4E3@DB7PR08MB3017.eurprd08.prod.outlook.example.com>",
                extra_headers=outlook(3, "en-GB"), lag=57)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Hind Abdelrahim", "Associate Professor and Director, CMLS", aff, ["rapporteur"]),
                           SP("Tamer Gaafar", "Research Fellow", aff, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="university research centre; two speakers in a table whose columns run affiliation, name, "
                       "title, role (plain part tab-separated); honorifics Dr./Mr. inside the name cells; affiliation "
                       "includes the university after the acronym; sender is the centre administrator, not a speaker")
    return meta, root, label


@message
def nhri_reply_to_call():
    new = wrap("""Dear Organizers,

Thank you for the kind invitation. The Independent National Human Rights Commission (INHRC) would like to take the floor in the plenary session of the Regional Review Conference. Our speaker will be:

Commissioner - Dr. Amna Osman Fadlalla

Dr. Fadlalla chairs the Commission's working group on migration, trafficking and displacement. We will also send our contribution to the voluntary review in the coming days.

Best regards,
Osman Babiker
Focal Point for Migration
Independent National Human Rights Commission
Khartoum
Tel. +249 91 230 5517""")
    header = "On 20/01/2021 14:02, GCM Regional Review Arab States wrote:"
    plain = new + "\n\n" + header + "\n" + quote(wrap(CALL_EN)) + "\n"
    root = text_part(plain, "plain", "utf-8", "qp", flowed=False)
    meta = dict(from_name="Osman Babiker", from_email="o.babiker@inhrc.example.sd",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=R(5, 11, 20, 48), mid="<7b1e2c55-0f3a-4d9e-b812-6a0c4f9d2e31@inhrc.example.sd>",
                in_reply_to=CALL_MID, references=CALL_MID, extra_headers=THUNDERBIRD, lag=18)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Amna Osman Fadlalla", "Commissioner",
                              "Independent National Human Rights Commission (INHRC)", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="national human rights institution; Thunderbird reply quoting the organisers' call ('>' lines "
                       "with all roles and the report deadline); 'Title - Dr. Name' on one line; report only announced "
                       "('in the coming days'), so speaker_request, not both; hard-wrapped at 72")
    return meta, root, label


@message
def late_returnees_org():
    plain = """Dear Sir/Madam,

Please accept our apologies for sending this after the deadline, our board only met yesterday. We would be grateful if you could still consider the following nomination:

Organisation: Egyptian Initiative for Returning Migrants (EIRM)
Name: Mr. Sherif Naguib
Position: Legal Officer
Session: Roundtable 1 - regular pathways, decent work and drivers of migration

Mr. Naguib has been supporting Egyptian workers returning from Libya and the Gulf since 2015.

Kind regards,
Heba Mansour
Executive Director, EIRM
Cairo, Egypt | +20 100 552 8731

Sent from my Galaxy"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Heba Mansour", from_email="heba.mansour@eirm-eg.example.org",
                subject="Late nomination - EIRM", received_at=R(7, 14, 32, 20),
                mid="<2b7d3f90-88e1-4c4b-a3a2-5e17c9d06b11@eirm-eg.example.org>", lag=12,
                extra_headers=["X-Mailer: Samsung Email"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Sherif Naguib", "Legal Officer", "Egyptian Initiative for Returning Migrants (EIRM)",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (Sunday 7 February) and says so; labelled lines in the order organisation, name, "
                       "position, session; 'Position' instead of 'Title'; sender (executive director) nominates a colleague")
    return meta, root, label


# ================================================================= speaker requests, Arabic
@message
def gulf_recruitment_reform():
    plain = """السادة الكرام في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

يسعدنا في مبادرة الخليج لإصلاح ممارسات التوظيف (GRRI) أن نتقدم بطلب المشاركة في أعمال المؤتمر الإقليمي يومي 24 و25 فبراير 2021، ونرشّح لذلك كلاً من:

1- السيد فيصل عبدالله المري – Executive Director – مداخلة في الجلسة العامة
2- السيدة ديما يوسف الحربي – Senior Policy Officer – مداخلة في المائدة المستديرة الأولى (المسارات النظامية والعمل اللائق)

تعمل المبادرة منذ 2016 على إلغاء رسوم التوظيف التي يتحملها العمال وعلى تحسين الرقابة على مكاتب الاستقدام في دول الخليج.

وتفضلوا بقبول فائق الاحترام،

نورة الكواري
Communications Coordinator
GRRI | الدوحة
+974 4412 9083
"""
    root = alt(plain, outlook_html(mso_paras(plain), "AR-QA", rtl=True), boundary="_000_AM0PR03MB5732E9_")
    meta = dict(from_name="نورة الكواري", from_email="n.alkuwari@grri-gulf.example.org",
                subject="ترشيح متحدثين – مبادرة الخليج لإصلاح ممارسات التوظيف", received_at=R(1, 12, 30, 9),
                sender_tz=tz(3), mid="<AM0PR03MB5732A0B1C2D3E4F5A6B7C8D9E0F1A@AM0PR03MB5732.eurprd03.prod.outlook.example.com>",
                extra_headers=outlook(6, "ar-QA"), lag=33)
    aff = "مبادرة الخليج لإصلاح ممارسات التوظيف (GRRI)"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فيصل عبدالله المري", "Executive Director", aff, ["plenary"]),
                           SP("ديما يوسف الحربي", "Senior Policy Officer", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="Gulf recruitment-reform NGO; Arabic body with English job titles between dashes; two speakers "
                       "with honorifics السيد/السيدة; roundtable as ordinal word 'الأولى'; signer (communications "
                       "coordinator) not a speaker; Date header +03:00")
    return meta, root, label


@message
def faith_charity_signature():
    plain = """مساء الخير،

أرغب بالمشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم 23 شباط. نعمل منذ سنوات مع العاملات المنزليات المهاجرات في جبل لبنان وكسروان بالتعاون مع الرعايا والأديرة، ونستقبل في مركز الإيواء التابع لنا نساء خرجن من منازل أصحاب العمل من دون أوراق.

أتمنى أن تتاح لنا الفرصة لنقل أصواتهن.

مع الشكر والتقدير،

--
سمر نعمة
منسقة برنامج دعم العاملات المهاجرات
مؤسسة بيت الرجاء للخدمة الاجتماعية
مؤسسة كنسية غير ربحية – جونيه، لبنان
هاتف: 117 482 3 961+
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="00000000000071a2c805ba5d9f03")
    meta = dict(from_name="Samar Nehme", from_email="samar.nehme@beitrajaa.example.org.lb",
                subject="المشاركة في النقاش المفتوح", received_at=R(2, 9, 5, 44),
                relay="mail-ej1-f41.google.example.com",
                mid="<CAF7dJpR8wT3mQ1vZx4kH0yBn6cLs9eGa2uP5oIf7r@mail.gmail.example.com>", extra_headers=GMAIL, lag=6)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سمر نعمة", "منسقة برنامج دعم العاملات المهاجرات", "مؤسسة بيت الرجاء للخدمة الاجتماعية",
                              ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="faith-based charity; first-person request, name/title/affiliation only in the signature after "
                       "'--'; the line after the affiliation describes it (church non-profit, city) and is not part of "
                       "it; From display name in Latin script")
    return meta, root, label


@message
def ministry_labelled_affiliation_first():
    plain = """السادة المنظمون المحترمون،

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، نود إعلامكم برغبة الوزارة في تقديم مداخلة خلال إحدى الجلسات العامة للمؤتمر، وفيما يلي بيانات المتحدث:

الجهة: وزارة العمل / مديرية شؤون العمال الوافدين
الاسم: المهندس خالد إبراهيم الزعبي
الصفة: مدير مديرية شؤون العمال الوافدين
نوع المشاركة: مداخلة في الجلسة العامة

وتفضلوا بقبول فائق الاحترام،

مكتب التعاون الدولي
وزارة العمل
هاتف: 5802666 6 962+

تنويه: هذه الرسالة وما يرفق بها موجهة حصراً إلى المرسل إليه وقد تحتوي على معلومات سرية. إذا وصلتك هذه الرسالة بالخطأ يرجى إبلاغ المرسل وحذفها.
"""
    root = alt(plain, outlook_html(mso_paras(plain), "AR-JO", rtl=True), charset="windows-1256",
               boundary="_000_HE1PR0502MB3C4D_")
    meta = dict(from_name="مكتب التعاون الدولي", from_email="intl.coop@mol.example.gov.jo", hdr_charset="windows-1256",
                subject="طلب مداخلة في الجلسة العامة – وزارة العمل", received_at=R(4, 10, 40, 2),
                mid="<HE1PR0502MB3C4D5E6F7A8B9C0D1E2F3A4B5C6D7@HE1PR0502MB3C4D.eurprd05.prod.outlook.example.com>",
                extra_headers=outlook(8, "ar-JO"), lag=71)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد إبراهيم الزعبي", "مدير مديرية شؤون العمال الوافدين",
                              "وزارة العمل / مديرية شؤون العمال الوافدين", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="ministry; labelled lines in the order affiliation, name, title; professional honorific "
                       "'المهندس' before the name; 'الصفة' for title; windows-1256 body and headers; Arabic disclaimer")
    return meta, root, label


@message
def independent_researcher_no_affiliation():
    plain = """مرحبا،
معكم د. وليد سعيد القاسمي، باحث مستقل، أكتب منذ سنوات حول هجرة العمالة اليمنية إلى دول الخليج. أرغب بالمشاركة في النقاش المفتوح يوم ٢٣ شباط إن أمكن.
مع الشكر

أُرسلت من الـ iPhone"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Waleed Alqasimi", from_email="w.alqasimi@icloud.example.com",
                subject="مشاركة", received_at=R(3, 23, 10, 26), sender_tz=tz(3), relay="st43p00im-ztfb10061701.me.example.com",
                mid="<9C2E5B71-4A0D-4F3E-B6C8-17D2E9A0F4B3@icloud.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"], lag=8)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("وليد سعيد القاسمي", "باحث مستقل", None, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="independent researcher, no affiliation (null); abbreviated honorific 'د.' before the name; "
                       "Arabic-Indic date digits; iPhone, personal address, Date header +03:00 already 4 February")
    return meta, root, label


@message
def union_late_roundtable2():
    plain = """الإخوة والأخوات في أمانة المؤتمر،

تحية نقابية،

نعتذر عن التأخر في إرسال هذا الطلب بسبب انشغالنا بمتابعة أوضاع العمال المصروفين من العمل. يرشّح اتحاد نقابات عمال النقل والخدمات الزميلة ريما عبد الحميد، أمينة شؤون المرأة العاملة في الاتحاد، للمداخلة في المائدة المستديرة الثانية المتعلقة بحماية حقوق الإنسان للمهاجرين.

نأمل أن يتسع الوقت لقبول هذا الترشيح.

مع التحية،
جورج طنوس
أمين العلاقات الخارجية
اتحاد نقابات عمال النقل والخدمات
بيروت – 01/370 884
"""
    root = text_part(plain, "plain", "windows-1256", "qp")
    meta = dict(from_name="جورج طنوس", from_email="ext.relations@transport-unions.example.org.lb",
                hdr_charset="windows-1256", subject="ترشيح للمائدة المستديرة الثانية",
                received_at=R(9, 12, 15, 51), mid="<000501d6fed4$8a9b0c10$9fd12430$@transport-unions.example.org.lb>",
                extra_headers=["X-Mailer: Microsoft Outlook 14.0", "Content-Language: ar-lb"], lag=29)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريما عبد الحميد", "أمينة شؤون المرأة العاملة", "اتحاد نقابات عمال النقل والخدمات",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="trade union, late (9 February) and apologises; nominee in prose with union honorific "
                       "'الزميلة'; affiliation by reference ('في الاتحاد') to the union named just before; roundtable as "
                       "ordinal word 'الثانية'; plain text windows-1256")
    return meta, root, label


# ================================================================= speaker requests, French
@message
def moroccan_no_accents():
    plain = """Bonjour,

Je me permet de vous ecrire au nom de l'Association Marocaine pour l'Accueil et l'Integration des Migrants (AMAIM) basee a Oujda.
Suite a votre invitation, nous souhaitons que notre secretaire generale Mme Khadija Ait Benhaddou intervienne dans la table ronde 2 (droits humains des migrants, gestion des frontieres, detention). Elle suit depuis 2014 les refoulements a la frontiere et l'acces des migrants subsahariens aux soins.

Merci de nous confirmer la reception.

Cordialement
Abdelilah Zerouali
Charge de communication - AMAIM
06 61 48 27 93
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000e4f9a105ba4c7b20")
    meta = dict(from_name="Abdelilah Zerouali", from_email="amaim.oujda@gmail.example.com",
                subject="Participation table ronde AMAIM", received_at=R(1, 17, 48, 30), sender_tz=tz(1),
                relay="mail-wm1-f47.google.example.com",
                mid="<CAKp2Wv5tNq8rX0mYz3bJ7eLg1dHs4uQa9oCf6iRn8@mail.gmail.example.com>", extra_headers=GMAIL, lag=4)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Khadija Ait Benhaddou", "secretaire generale",
                              "Association Marocaine pour l'Accueil et l'Integration des Migrants (AMAIM)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Moroccan sender, French without accents ('secretaire generale', 'Integration'); title before "
                       "'Mme' and the name; Maghrebi name with 'Ait'; shared Gmail address; the signer is not the speaker")
    return meta, root, label


@message
def tunisian_two_speakers_title_dash():
    plain = """Madame, Monsieur,

Le Forum Tunisien pour la Mobilité et les Droits (FTMD) souhaite contribuer aux travaux de l'examen régional du Pacte mondial sur les migrations et vous propose les deux personnes suivantes :

- Discussion ouverte de la consultation multipartite (23 février) : Chargée de plaidoyer – Mme Ons Ben Romdhane
- Rapporteur des messages clés des parties prenantes : Coordinateur régional – M. Slim Chebbi

Vous trouverez leurs coordonnées ci-dessous si besoin.
Ons Ben Romdhane : +216 98 412 330
Slim Chebbi : +216 22 708 154

Bien cordialement,

Hatem Jaziri
Président du FTMD
Tunis
"""
    root = alt(plain, outlook_html(mso_paras(plain), "FR"), boundary="_000_PR3PR01MB6A7B_")
    meta = dict(from_name="Hatem Jaziri", from_email="presidence@ftmd.example.tn",
                subject="Examen régional PMM : propositions d'intervenants FTMD", received_at=R(3, 15, 30, 18),
                sender_tz=tz(1), mid="<PR3PR01MB6A7B8C9D0E1F2A3B4C5D6E7F8A9B0@PR3PR01MB6A7B.eurprd01.prod.outlook.example.com>",
                extra_headers=outlook(12, "fr-FR"), lag=52)
    aff = "Forum Tunisien pour la Mobilité et les Droits (FTMD)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ons Ben Romdhane", "Chargée de plaidoyer", aff, ["open_discussion"]),
                           SP("Slim Chebbi", "Coordinateur régional", aff, ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="Tunisian NGO; two speakers each on one line 'role : Title – Mme/M. Name' (title before the "
                       "name, en dash); names repeated in a phone list; signer (president) is not a speaker")
    return meta, root, label


@message
def comorian_diaspora_html_table():
    aff_full = "Fédération des Associations Comoriennes de France et d'Europe (FACFE)"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>\n'
            "<p>Bonsoir,</p>\n"
            f"<p>La {escape(aff_full, quote=False)} souhaite prendre la parole lors de la conférence régionale des 24 et 25 février. "
            "Voici les informations demandées :</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0">\n'
            "<tr><th>Nom</th><th>Fonction</th><th>Structure</th><th>Session souhaitée</th></tr>\n"
            "<tr><td>Dr Saïd Abdou Mmadi</td><td>Vice-président chargé des transferts et du développement local</td>"
            "<td>FACFE (Marseille)</td><td>Table ronde 3 (inclusion sociale, transferts de fonds, diaspora)</td></tr>\n"
            "</table>\n"
            "<p>La FACFE regroupe 37 associations de la diaspora comorienne à Marseille, Paris, Lyon et Bruxelles.</p>\n"
            "<p>Nous restons disponibles pour tout complément.<br>Salutations fraternelles,</p>\n"
            '<div class="moz-signature">-- <br>Zaïnaba Youssouf<br>Secrétaire générale FACFE<br>'
            "+33 6 71 42 09 88</div>\n</body></html>\n")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Zaïnaba Youssouf", from_email="secretariat@facfe.example.fr",
                subject="Demande d'intervention - FACFE - table ronde 3", received_at=R(4, 20, 12, 40),
                sender_tz=tz(1), mid="<e6f1a8d2-3c47-49b5-9a0e-82d5c1f07b64@facfe.example.fr>",
                extra_headers=THUNDERBIRD, lag=15)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Saïd Abdou Mmadi", "Vice-président chargé des transferts et du développement local",
                              aff_full, ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="diaspora federation in Europe; HTML-only (Thunderbird) with a table: the structure cell only "
                       "has the acronym and a city, the full name with acronym is in the intro sentence; 'Dr' without "
                       "a dot in the name cell; signer (secretary general) not the speaker")
    return meta, root, label


@message
def djibouti_signature_self():
    plain = """Bonsoir,

Je souhaiterais faire une intervention en séance plénière lors de la conférence régionale d'examen du Pacte mondial (24-25 février), notamment sur la situation des migrants éthiopiens et somaliens en transit vers le Yémen et les retours forcés.

Je vous remercie par avance de votre retour.

Bien à vous,

Fatouma Houmed Ali
Directrice exécutive
Union pour le Développement et la Protection des Migrants à Djibouti (UDPMD)
Tél : +253 77 84 12 60
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_5B21C9E4-7F3A-4D8B-A6E0-2C91D47F8B35")
    meta = dict(from_name="Fatouma Houmed", from_email="f.houmed@udpmd.example.dj",
                subject="Demande d'intervention en plénière", received_at=R(5, 21, 40, 3), sender_tz=tz(3),
                mid="<8F4C2A19-6B3E-4D71-9E05-A3C7B1D2F640@udpmd.example.dj>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"], lag=37)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Fatouma Houmed Ali", "Directrice exécutive",
                              "Union pour le Développement et la Protection des Migrants à Djibouti (UDPMD)", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="the sender proposes herself in the first person; name, title and affiliation only in the "
                       "signature; display name shorter than the signature name; Apple Mail; Date header +03:00 "
                       "(22:39 for the sender), received 21:40 Beirut on the last day, on time")
    return meta, root, label


# ================================================================= voluntary reports
@message
def report_en_pdf_logo():
    plain = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Sudanese Migrants Community Council - Cairo (SMCC). The report was prepared through six community meetings held in Cairo, Giza and Alexandria in December and January, and reflects the views of about 140 Sudanese and South Sudanese migrants.

We remain available for any clarification.

Warm regards,

Adil Kuku Tia
Chairperson
Sudanese Migrants Community Council - Cairo
[SMCC logo]
"""
    html = outlook_html(mso_paras(plain.replace("[SMCC logo]\n", ""))
                        + '\n<p class=MsoNormal><img width=80 height=32 src="cid:image001.png@01D70157.4A2B3C10" '
                          'alt="SMCC"></p>', "EN-US")
    body = multipart("related", [alt(plain, html),
                                 attachment(tiny_png((30, 110, 60)), "image/png", "image001.png",
                                            inline_cid="image001.png@01D70157.4A2B3C10")],
                     type="multipart/alternative")
    pdf = tiny_pdf(["Sudanese Migrants Community Council - Cairo (SMCC)",
                    "Voluntary GCM Review Report - Arab Region, February 2021",
                    "1. Methodology: six community consultations, 140 participants.",
                    "2. Objective 15: access to basic services for migrants in Egypt.",
                    "3. Objective 16: inclusion and social cohesion.",
                    "4. Recommendations."], "SMCC Voluntary GCM Review Report")
    root = multipart("mixed", [body, attachment(pdf, "application/pdf", "SMCC_GCM_Voluntary_Review_2021.pdf")],
                     boundary="_006_MR2P264MB0115D_")
    meta = dict(from_name="Adil Kuku Tia", from_email="chair@smcc-cairo.example.org",
                subject="SMCC voluntary GCM review report", received_at=R(12, 16, 2, 55),
                mid="<MR2P264MB01150A1B2C3D4E5F6A7B8C9D0E1F2@MR2P264MB0115.FRAP264.PROD.OUTLOOK.example.com>",
                extra_headers=outlook(15, "en-US"), lag=48)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["SMCC_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="migrant-led community council; PDF report plus an inline signature logo (image001.png) that is "
                       "not part of the report; multipart/related inside multipart/mixed")
    return meta, root, label


@message
def report_ar_collective_docx():
    plain = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

باسم أعضاء التحالف العربي لحماية العمال المهاجرين (14 منظمة من 9 دول عربية)، نرفق لكم التقرير الطوعي الجماعي الخاص بمراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. وقد أُعد التقرير عبر ثلاث ورش عمل افتراضية شارك فيها ممثلو المنظمات الأعضاء، وتجدون قائمة المنظمات المشاركة في الصفحة الأخيرة منه.

مع خالص التقدير،

منسقة التحالف
لمى الحسيني
التحالف العربي لحماية العمال المهاجرين
"""
    fname = "التقرير الطوعي الجماعي - التحالف العربي لحماية العمال المهاجرين.docx"
    doc = tiny_docx(["التقرير الطوعي الجماعي لمراجعة تنفيذ الاتفاق العالمي من أجل الهجرة",
                     "التحالف العربي لحماية العمال المهاجرين – شباط/فبراير 2021",
                     "أولاً: المنهجية", "ثانياً: الهدف 6 – التوظيف العادل والعمل اللائق",
                     "ثالثاً: الهدف 13 – الاحتجاز كملاذ أخير", "رابعاً: التوصيات",
                     "ملحق: قائمة المنظمات الأعضاء المشاركة"], rtl=True)
    root = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True)), attachment(doc, DOCX, fname)],
                     boundary="0000000000008e2a9f05bb61c4d7")
    meta = dict(from_name="لمى الحسيني", from_email="coordination.acpmw@gmail.example.com",
                subject="التقرير الطوعي الجماعي – التحالف العربي لحماية العمال المهاجرين", received_at=R(15, 18, 20, 14),
                relay="mail-lf1-f52.google.example.com",
                mid="<CAGh5Yp9rU2wN7kTz0xQm4eVb1cJs8dLa3oHf6iPn4@mail.gmail.example.com>", extra_headers=GMAIL, lag=5)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="collective report of a network of 14 organisations; DOCX with a long Arabic file name "
                       "(RFC 2231, spaces and a dash); Gmail address of the coordination")
    return meta, root, label


@message
def report_fr_octet_stream():
    plain = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Collectif Algerien pour les Droits des Migrants (CADM) dans le cadre de l'examen regional du Pacte mondial sur les migrations.

Desole pour l'envoi tardif, nous avons finalise la relecture ce soir.

Cordialement,
Yacine Bouzidi
Coordinateur du CADM
Oran - Algerie
"""
    fname = "Rapport_examen_volontaire_PMM_CADM_2021.pdf"
    pdf = tiny_pdf(["Collectif Algerien pour les Droits des Migrants (CADM)",
                    "Rapport d'examen volontaire du Pacte mondial sur les migrations",
                    "Fevrier 2021", "1. Contexte national", "2. Objectifs 8, 10 et 13", "3. Recommandations"],
                   "Rapport CADM PMM 2021")
    root = multipart("mixed", [text_part(plain, "plain", "iso-8859-1", "qp", flowed=True),
                               attachment(pdf, "application/octet-stream", fname)],
                     boundary="------------A3F07C21D8E94B5A6C2E1F04")
    meta = dict(from_name="Yacine Bouzidi", from_email="y.bouzidi@cadm-dz.example.org",
                subject="Rapport volontaire CADM - examen regional PMM", received_at=R(16, 22, 47, 31), sender_tz=tz(1),
                mid="<5d0e9b73-1f2a-4c68-8e3b-7a9f0c4d2e15@cadm-dz.example.org>", extra_headers=THUNDERBIRD, lag=21)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="PDF report sent as application/octet-stream (only the .pdf name and %PDF bytes say what it "
                       "is); received 22:47 Beirut on the report deadline day, on time although the sender calls it "
                       "late; French without accents; ISO-8859-1 format=flowed")
    return meta, root, label


@message
def report_en_late_docx():
    plain = """Dear colleagues,

I hope this email finds you well. I know the deadline for the voluntary reports was on Tuesday, but our last consultation with the community associations in Birmingham and Sheffield only took place yesterday evening. Please find attached our contribution, I hope it can still be taken into account for the regional review.

Many thanks for your understanding.

Best wishes,
Nabil Al-Shaibani
Policy Lead
Yemeni Diaspora Development Network UK (YDDN-UK)
Registered charity in England and Wales
"""
    fname = "YDDN-UK GCM voluntary report Feb2021.docx"
    doc = tiny_docx(["Yemeni Diaspora Development Network UK (YDDN-UK)",
                     "Voluntary GCM Review Report - Arab Region, February 2021",
                     "1. Diaspora contributions and remittances to Yemen (Objectives 19 and 20)",
                     "2. Consular services and documentation (Objective 4)", "3. Recommendations"])
    root = multipart("mixed", [alt(plain, outlook_html(mso_paras(plain), "EN-GB")),
                               attachment(doc, DOCX, fname)], boundary="_004_LO2P265MB3C1D_")
    meta = dict(from_name="Nabil Al-Shaibani", from_email="nabil@yddn-uk.example.org.uk",
                subject="GCM voluntary report - YDDN-UK (late submission)", received_at=R(18, 11, 30, 7),
                sender_tz=tz(0), mid="<LO2P265MB3C1D2E3F4A5B6C7D8E9F0A1B2C3D4@LO2P265MB3C1D.GBRP265.PROD.OUTLOOK.example.com>",
                extra_headers=outlook(18, "en-GB"), lag=39)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="diaspora organisation in Europe; report received Thursday 18 February, after the report "
                       "deadline (late); DOCX file name with spaces; Date header in UTC")
    return meta, root, label


@message
def report_ar_forwarded_pdf():
    fwd = """---------- Forwarded message ---------
From: Rasha Odeh <rasha.odeh@bousla-centre.example.org>
Date: Tue, Feb 9, 2021 at 4:12 PM
Subject: التقرير الطوعي - النسخة النهائية
To: Mahmoud Saqer <m.saqer@bousla-centre.example.org>


أستاذ محمود،
مرفق النسخة النهائية من التقرير بعد إدخال ملاحظات فريق الحماية. يرجى إرساله إلى عنوان الاستعراض الإقليمي.
رشا
"""
    plain = """السلام عليكم،

نرسل إليكم أدناه التقرير الطوعي لمركز البوصلة للإرشاد القانوني للعمال المهاجرين حول تنفيذ الاتفاق العالمي من أجل الهجرة.

محمود صقر
المدير التنفيذي
مركز البوصلة للإرشاد القانوني للعمال المهاجرين

""" + fwd
    fname = "GCM_Voluntary_Report_Bousla_Centre_AR.pdf"
    pdf = tiny_pdf(["Bousla Centre for Legal Counselling of Migrant Workers",
                    "GCM Voluntary Review Report (Arabic version) - February 2021",
                    "Objectives 6, 7 and 16 - findings and recommendations"], "Bousla GCM voluntary report")
    root = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True)), attachment(pdf, "application/pdf", fname)],
                     boundary="000000000000c7d50a05bb0e2f91")
    meta = dict(from_name="Mahmoud Saqer", from_email="m.saqer@bousla-centre.example.org",
                subject="Fwd: التقرير الطوعي - النسخة النهائية", received_at=R(10, 9, 48, 26),
                relay="mail-pj1-f44.google.example.com",
                mid="<CAPn4Xq7sV1eR8mZy2wKt0bHc5dJu9gLa6oNf3iQr1@mail.gmail.example.com>", extra_headers=GMAIL, lag=7)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="Gmail forward of a colleague's internal message; the report PDF is attached to the forward; "
                       "subject starts with 'Fwd:' and the quoted block has English header labels")
    return meta, root, label


# ================================================================= both
@message
def both_fr_docx_rapporteure():
    plain = """Madame, Monsieur,

Le Centre Libanais des Droits des Travailleurs Étrangers (CLDTE) a l'honneur de vous transmettre en pièce jointe son rapport volontaire d'examen de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Par ailleurs, nous proposons Mme Joëlle Sfeir-Nassar, Responsable du pôle juridique, pour assurer le rôle de rapporteure des messages clés des parties prenantes.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Antoine Khalil
Directeur
CLDTE – Beyrouth
+961 1 612 904
"""
    fname = "Rapport volontaire CLDTE - Pacte mondial 2021.docx"
    doc = tiny_docx(["Centre Libanais des Droits des Travailleurs Étrangers (CLDTE)",
                     "Rapport volontaire d'examen du Pacte mondial sur les migrations – février 2021",
                     "1. Le système de la kafala", "2. Accès à la justice des travailleuses domestiques",
                     "3. Recommandations"])
    root = multipart("mixed", [alt(plain, outlook_html(mso_paras(plain), "FR")),
                               attachment(doc, DOCX, fname)], boundary="_005_DB9PR06MB7E8F_")
    meta = dict(from_name="Antoine Khalil", from_email="direction@cldte.example.org.lb",
                subject="CLDTE : rapport volontaire et proposition de rapporteure", received_at=R(4, 17, 55, 48),
                mid="<DB9PR06MB7E8F9A0B1C2D3E4F5A6B7C8D9E0F1@DB9PR06MB7E8F.eurprd06.prod.outlook.example.com>",
                extra_headers=outlook(20, "fr-FR"), lag=44)
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Joëlle Sfeir-Nassar", "Responsable du pôle juridique",
                              "Centre Libanais des Droits des Travailleurs Étrangers (CLDTE)", ["rapporteur"])],
                 report_attachments=[fname], thread_of=None,
                 notes="report (DOCX, spaces in the name) and a rapporteur nomination in one message, both on time; "
                       "feminine 'rapporteure'; hyphenated surname; signer (director) is not the speaker")
    return meta, root, label


# ================================================================= other
@message
def other_en_logistics():
    plain = """Hi there,

A quick practical question: will the consultation on 23 February and the conference be fully online? If so, which platform will be used (Zoom, Teams, Webex?) and will there be interpretation between Arabic, English and French? Some of our members only speak Arabic.

Also, do participants need to register individually or is one registration per organisation enough?

Thanks in advance,
Lucy Mwangi
Programme Officer
Migrant Workers Voice East Africa - Gulf Chapter
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000004b8e1d05bb1a6f3c")
    meta = dict(from_name="Lucy Mwangi", from_email="lucy.mwangi@mwv-ea.example.org",
                subject="Online or in person? interpretation?", received_at=R(8, 8, 55, 2), sender_tz=tz(3),
                relay="mail-ed1-f49.google.example.com",
                mid="<CADs7Tq3wP0eX5nMz8yRv2kLb4cJh1gUa9oFf2iKm6@mail.gmail.example.com>", extra_headers=GMAIL, lag=9)
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (platform, interpretation, registration); mentions the consultation and "
                       "the conference but asks for no speaking role; signature has name, title and organisation")
    return meta, root, label


ACK_TUNIS = "<ack.GCM-FR-0007.20210203T1341@gcm-intake.iom.int>"


@message
def other_fr_thanks_reply():
    plain = """Merci beaucoup pour votre retour rapide !

Bonne journée,
Hatem Jaziri

Le 03/02/2021 à 14:41, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre message « Examen régional PMM : propositions d'intervenants FTMD ».
> Votre demande de prise de parole sera examinée par le secrétariat et vous serez informé(e) de la suite
> qui lui sera donnée.
>
> Secrétariat de l'examen régional du Pacte mondial sur les migrations
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    tunis_mid = "<PR3PR01MB6A7B8C9D0E1F2A3B4C5D6E7F8A9B0@PR3PR01MB6A7B.eurprd01.prod.outlook.example.com>"
    meta = dict(from_name="Hatem Jaziri", from_email="presidence@ftmd.example.tn",
                subject="RE: Accusé de réception : Examen régional PMM : propositions d'intervenants FTMD",
                received_at=R(4, 9, 12, 16), sender_tz=tz(1),
                mid="<PR3PR01MB6A7B1F2E3D4C5B6A7980F1E2D3C4B5A@PR3PR01MB6A7B.eurprd01.prod.outlook.example.com>",
                in_reply_to=ACK_TUNIS, references=tunis_mid + "\r\n " + ACK_TUNIS,
                extra_headers=outlook(22, "fr-FR"), lag=35)
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="tunisian_two_speakers_title_dash",
                 notes="thank-you reply to our acknowledgement of the FTMD request: adds nothing new, so no "
                       "acknowledgement; References name the original request")
    return meta, root, label


@message
def other_ar_agenda_request():
    plain = """السادة الأفاضل،

تحية طيبة،

نرجو التكرم بتزويدنا بجدول الأعمال والبرنامج التفصيلي للمشاورة مع أصحاب المصلحة المتعددين (23 شباط) وللمؤتمر الإقليمي (24 و25 شباط)، مع توزيع الموائد المستديرة الأربع على اليومين، وذلك لترتيب مشاركة أعضاء الجمعية.

ولكم جزيل الشكر،

سعاد الفيتوري
جمعية الأمل لرعاية المهاجرين – طرابلس
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f1a6b305bb2c8e47")
    meta = dict(from_name="Souad Elfitouri", from_email="souad.fitouri@alamal-ly.example.org",
                subject="طلب جدول الأعمال", received_at=R(10, 13, 37, 58), relay="mail-oi1-f173.google.example.com",
                mid="<CAL9eWr2tN6pY3mQz1xVs8kHb0cJd4gTa7oRf5iMn2@mail.gmail.example.com>", extra_headers=GMAIL, lag=4)
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda; mentions the consultation, conference and the four roundtables but "
                       "proposes no speaker")
    return meta, root, label


@message
def other_fr_visa_question():
    plain = """Bonjour,

Nous avons soumis la semaine derniere une demande d'intervention pour notre presidente. Est-ce que la conference du 24-25 fevrier aura lieu en presentiel a Beyrouth ou seulement en ligne ? Si c'est en presentiel, les ressortissants marocains ont-ils besoin d'un visa pour le Liban et est-ce que l'OIM peut fournir une lettre d'invitation pour le consulat ?

Merci d'avance,
Hajar El Moussaoui
Assistante administrative
Réseau Femmes Migrantes Souss-Massa
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a8c2e905bb0b1d66")
    meta = dict(from_name="Hajar El Moussaoui", from_email="rfm.soussmassa@gmail.example.com",
                subject="question visa / presentiel", received_at=R(6, 10, 3, 41), sender_tz=tz(1),
                relay="mail-wr1-f42.google.example.com",
                mid="<CAJm1Rq8vT4eN2wXz7yPs0kGb5cLh3dUa6oEf9iWn5@mail.gmail.example.com>", extra_headers=GMAIL, lag=6)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / in-person question; refers to an earlier speaking request (not in this set) but "
                       "proposes nobody new; no accents in the body; received after the speaker deadline, which does "
                       "not matter for 'other'")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = [(key, *fn()) for key, fn in MESSAGES.items()]
    built.sort(key=lambda b: b[1]["received_at"])
    files = {key: f"h8-{i:02d}.eml" for i, (key, *_rest) in enumerate(built, 1)}
    labels = []
    for key, meta, root, label in built:
        name = files[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, int(name[3:5])))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": files[label["thread_of"]] if label["thread_of"] else None,
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout8"))
