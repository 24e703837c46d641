#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout33 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets33.py
Written without reading intake/ or rules/.  Each message is a function returning its envelope
(headers, client style), its MIME tree (tiny valid PDF/DOCX attachments built here) and its
expected label in the format of /work/shared/corpus/LABELS.md.  A plain week of the mailbox:
8 Arabic, 8 English, 8 French; 14 speaker requests, 5 voluntary reports, 1 both, 4 other.
"""
import datetime as dt
import io
import json
import os
import struct
import zipfile
import zlib
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
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


def make_docx(heading, paragraphs=(), rtl=False):
    """Minimal valid DOCX built with zipfile (fixed timestamps, so the bytes are reproducible)."""
    bidi = "<w:bidi/>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(text, style=None):
        ppr = "<w:pPr>{}{}</w:pPr>".format(f'<w:pStyle w:val="{style}"/>' if style else "", bidi)
        return f'<w:p>{ppr}<w:r>{rtl_run}<w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r></w:p>'
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
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


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
            + "".join("<div class=\"\">{}</div>".format(escape(ln, quote=False) or "<br class=\"\">") for ln in text.split("\n"))
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



# ================================================================= holdout33 messages
MID_05 = "<CAM7vRw2kQ9pL4xT0bN8sY3fH6dJ1eA5uZc@mail.gmail.com>"
ACK_05 = "<ack.GCM-AR-0112.20210208T0931@gcm-intake.iom.int>"
MID_08 = "<5B0C2E71-9A3D-4E8F-B1C6-7D2A40F9E3B8@yahoo.fr>"

FR_CALL = """Les parties prenantes souhaitant prendre la parole sont invitées à en faire la demande par courriel à l'adresse gcmrrarabstates@iom.int, en indiquant le nom, le titre et l'affiliation institutionnelle de l'intervenant, au plus tard le vendredi 5 février 2021. Les demandes peuvent porter sur :
- la discussion ouverte de la consultation multipartite (23 février) ;
- la présentation des messages clés en qualité de rapporteur ;
- une intervention en séance plénière ou dans l'une des quatre tables rondes thématiques (24-25 février) :
  Table ronde 1 : voies de migration régulière, travail décent et facteurs de migration
  Table ronde 2 : droits humains des migrants, gouvernance des frontières, traite et détention
  Table ronde 3 : inclusion sociale, accès aux services de base, transferts de fonds et diasporas
  Table ronde 4 : données, politiques fondées sur des preuves et coopération internationale
Les rapports volontaires d'examen du Pacte mondial peuvent être transmis à la même adresse jusqu'au mardi 16 février 2021."""


@message
def h01():
    plain = """Dear colleagues,

Further to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, the ILO Fair Migration Project team in Beirut would like to request a floor intervention in Roundtable 1 (regular pathways, decent work and drivers of migration).

Proposed speaker:
Name: Mr. Tarek Nassif
Title: Chief Technical Adviser, Fair Migration Project
Affiliation: International Labour Organization (ILO) Regional Office for Arab States

Mr. Nassif will draw on the project's work with recruitment agencies and labour ministries in Jordan, Lebanon and Kuwait.

Many thanks and best regards,

Hiba Saab
Programme Assistant | Fair Migration Project
ILO Regional Office for Arab States
Aresco Centre, Justinien Street, Kantari, Beirut
Tel: +961 1 752 400 ext. 318
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="----=_NextPart_000_0A1B_01D6F9C2.3E4F5A60")
    meta = dict(from_name="Hiba Saab", from_email="saab.h@ilo-fmp.example.org",
                subject="Speaker request - Roundtable 1 - ILO Fair Migration Project",
                received_at=R(2021, 2, 1, 10, 14, 22), mid="<0a1b01d6f87c$3e4f5a60$bae50f20$@ilo-fmp.example.org>",
                extra_headers=outlook_headers(1, "en-us"), lag=64)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tarek Nassif", "Chief Technical Adviser, Fair Migration Project",
                              "International Labour Organization (ILO) Regional Office for Arab States", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines; 'Mr.' inside the Name line is not part of the name; title carries the project "
                       "name after a comma; sender (programme assistant) is not the speaker")
    return meta, root, label


@message
def h02():
    plain = """Bonjour,

Je me permets de vous écrire pour exprimer le souhait de participer à la
discussion ouverte lors de la consultation multipartite du 23 février.
Notre permanence accueille chaque semaine une soixantaine de personnes
migrantes, principalement originaires d'Afrique de l'Ouest et centrale, et
nous aimerions témoigner des difficultés d'accès aux soins et au séjour
que nous constatons.

En vous remerciant pour votre attention,

Bien cordialement,

--
Sœur Anne-Marie Kaboré
Responsable de la Permanence Migrants
Action Solidaire Saint-Augustin (ASSA) - Tunis
Tél. : +216 71 345 902 / +216 98 120 447
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=False)
    meta = dict(from_name="Permanence Migrants ASSA", from_email="permanence.migrants@assa-tunis.example.tn",
                subject="Demande de participation - consultation du 23 février",
                received_at=R(2021, 2, 2, 16, 3, 9), sender_tz=tz(1), lag=40,
                mid="<7f2e9c14-3a1b-8d0e-55c2-91ab4e7d2f30@assa-tunis.example.tn>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
                               "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Anne-Marie Kaboré", "Responsable de la Permanence Migrants",
                              "Action Solidaire Saint-Augustin (ASSA)", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="first-person request; name, title and affiliation only in the signature after '--'; "
                       "'Sœur' is a religious honorific, not part of the name; '- Tunis' is the location; "
                       "From display name is the desk, not the person; hard-wrapped lines")
    return meta, root, label


@message
def h03():
    plain = """Dear GCM Regional Review team,

On behalf of the Arab Region Domestic Workers' Network (ARDWN), please find below our two proposed speakers for the regional conference.

Name
Title
Organisation
Requested role
Ms. Chandrika Perera
Outreach Coordinator
Sri Lankan Domestic Workers' Association in Lebanon (SLDWA)
Roundtable 2
Ms. Blessing Okonkwo
Founding member
Arab Region Domestic Workers' Network (ARDWN)
Rapporteur (key messages)

Both are domestic workers themselves and will speak in English.

Warm regards,
Ruth Alemu
ARDWN Coordination Team
"""
    rows = [("Ms. Chandrika Perera", "Outreach Coordinator",
             "Sri Lankan Domestic Workers' Association in Lebanon (SLDWA)", "Roundtable 2"),
            ("Ms. Blessing Okonkwo", "Founding member", "Arab Region Domestic Workers' Network (ARDWN)",
             "Rapporteur (key messages)")]
    cell = '<td style="border:1px solid #999;padding:4px">%s</td>'
    table = ('<table style="border-collapse:collapse"><tbody><tr>'
             + "".join(cell % "<b>%s</b>" % h for h in ("Name", "Title", "Organisation", "Requested role")) + "</tr>"
             + "".join("<tr>" + "".join(cell % escape(c, quote=False) for c in r) + "</tr>" for r in rows)
             + "</tbody></table>")
    html = ('<div dir="ltr"><div>Dear GCM Regional Review team,</div><div><br></div><div>On behalf of the Arab Region '
            "Domestic Workers&#39; Network (ARDWN), please find below our two proposed speakers for the regional "
            "conference.</div><div><br></div>" + table + "<div><br></div><div>Both are domestic workers themselves "
            "and will speak in English.</div><div><br></div><div>Warm regards,</div><div>Ruth Alemu</div>"
            "<div>ARDWN Coordination Team</div></div>\n")
    root = alt(plain, html, cte="qp", boundary="000000000000a1c3d205ba7f2e11")
    meta = dict(from_name="ARDWN Coordination", from_email="ardwn.network@gmail.com",
                subject="ARDWN speakers - GCM regional review", received_at=R(2021, 2, 3, 13, 27, 50), lag=12,
                mid="<CAK4rT8wYp2Lm6nQ0zX1vB9sE3hJ7dF5gU@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Chandrika Perera", "Outreach Coordinator",
                              "Sri Lankan Domestic Workers' Association in Lebanon (SLDWA)", ["roundtable"], 2),
                           SP("Blessing Okonkwo", "Founding member", "Arab Region Domestic Workers' Network (ARDWN)",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an HTML table (Gmail; the plain part lists the cells one per line); first "
                       "speaker's organisation differs from the network sending; 'Ms.' inside the name cells")
    return meta, root, label


@message
def h04():
    plain = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية نقابية وبعد،

يتشرف الاتحاد العام لنقابات عمال البناء والأخشاب في الأردن بترشيح الأستاذ محمود عبد الكريم العزام، نائب رئيس الاتحاد ورئيس لجنة العمال الوافدين، لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.

ويمثل الاتحاد أكثر من أربعين ألف عامل في قطاع البناء، بينهم عدد كبير من العمال المصريين والسوريين، ونرى أن صوت العمال يجب أن يكون حاضراً في هذا الاستعراض.

وتفضلوا بقبول فائق الاحترام،

أمين السر
خالد يوسف الطراونة
هاتف: 0795123468
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000004f7a1b05ba8c3d22")
    meta = dict(from_name="خالد الطراونة", from_email="k.tarawneh.union@gmail.com",
                subject="ترشيح لإلقاء كلمة في الجلسة العامة", received_at=R(2021, 2, 4, 9, 41, 5), lag=20,
                mid="<CAF9pLq3xR7mW2nT8sV0bY4cK6hJ1dG5eZ@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد الكريم العزام", "نائب رئيس الاتحاد ورئيس لجنة العمال الوافدين",
                              "الاتحاد العام لنقابات عمال البناء والأخشاب في الأردن", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="trade-union prose; honorific 'الأستاذ' before the name; title in apposition; 'الجلسة العامة' = "
                       "plenary; the signer (secretary) is not the speaker; 'في الأردن' is part of the federation's name")
    return meta, root, label


@message
def h05():
    plain = """السادة المنظمون،

مرفق طيّه التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، الذي أعدّته الشبكة العربية لحقوق المهاجرين واللاجئين بمشاركة أربع عشرة منظمة عضواً في مصر والسودان ولبنان والأردن واليمن وموريتانيا.

يتناول التقرير أوضاع العمال المهاجرين في القطاعات غير المنظمة، وإجراءات الاحتجاز والترحيل، والوصول إلى العدالة.

مع خالص الشكر،

منى فاروق
منسقة الشبكة العربية لحقوق المهاجرين واللاجئين
القاهرة
"""
    pdf = tiny_pdf(["Arab Network for the Rights of Migrants and Refugees",
                    "Collective Voluntary GCM Review Report - February 2021",
                    "14 member organisations: Egypt, Sudan, Lebanon, Jordan, Yemen, Mauritania"], "ANRMR report")
    body = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000c2d4e605ba9a7b33")
    root = mixed(body, [attachment(pdf, "application/pdf", "التقرير الطوعي الجماعي - الشبكة العربية.pdf", style="2231")],
                 boundary="000000000000c2d4e805ba9a7b35")
    meta = dict(from_name="منى فاروق", from_email="mona.farouk.anrmr@gmail.com",
                subject="التقرير الطوعي الجماعي للشبكة العربية لحقوق المهاجرين واللاجئين",
                received_at=R(2021, 2, 7, 20, 5, 47), lag=18, mid=MID_05)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي الجماعي - الشبكة العربية.pdf"], thread_of=None,
                 notes="collective report of a 14-member network; Arabic PDF name in RFC 2231 encoding; a thank-you "
                       "reply to the acknowledgement follows")
    return meta, root, label


@message
def h06():
    plain = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint la contribution de la Direction de la Protection des Travailleurs Migrants du Ministère des Affaires Sociales au rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce document présente les mesures prises en 2019-2020 en matière d'accès à la protection sociale, de lutte contre les pratiques de recrutement abusives et de coopération avec les pays d'origine.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Le Directeur
Dr. Mohamed Salem Ould Bah

Ministère des Affaires Sociales, de l'Enfance et de la Famille
Nouakchott - République Islamique de Mauritanie

AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation non autorisée est interdite.
"""
    docx = make_docx("Rapport volontaire - Pacte mondial sur les migrations",
                     ["Direction de la Protection des Travailleurs Migrants",
                      "1. Accès à la protection sociale", "2. Recrutement équitable", "3. Coopération bilatérale"])
    body = alt(plain, outlook_html(paras(plain), lang="FR"), boundary="----=_NextPart_001_0044_01D6FB10.A2C3D4E0")
    root = mixed(body, [attachment(docx, DOCX, "Rapport_volontaire_PMM_DPTM_MASEF.docx")],
                 boundary="----=_NextPart_000_0043_01D6FB10.A2C3D4E0")
    meta = dict(from_name="Direction Protection Travailleurs Migrants", from_email="dptm@masef.example.mr",
                subject="Transmission du rapport volontaire - Examen régional du PMM",
                received_at=R(2021, 2, 12, 12, 30, 3), sender_tz=tz(0), lag=75,
                mid="<004301d6fb10$a2c3d4e0$e84a7ea0$@masef.example.mr>", extra_headers=outlook_headers(6, "fr-fr"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_DPTM_MASEF.docx"], thread_of=None,
                 notes="ministry directorate, formal letter; DOCX attachment; 'Dr.' in the signature; legal disclaimer; "
                       "Date header in UTC")
    return meta, root, label


@message
def h07():
    plain = """Dear Sir/Madam,

Greetings from Doha.

Please find attached the voluntary GCM review report of the Nepali Migrant Workers Welfare Forum Qatar (NMWWFQ). The report was prepared after consultations with about 300 Nepali workers in construction, security and hospitality, and covers wage protection, access to health care and repatriation of remains.

Kindly confirm receipt.

Best regards,
Bikash Shrestha
General Secretary
Nepali Migrant Workers Welfare Forum Qatar (NMWWFQ)
Mob: +974 5512 8843
"""
    pdf = tiny_pdf(["Nepali Migrant Workers Welfare Forum Qatar", "Voluntary GCM Review Report 2021",
                    "Wage protection - Health care - Repatriation"], "NMWWFQ report")
    p = MIMEBase("application", "octet-stream")
    p.set_payload(pdf)
    encoders.encode_base64(p)
    p.set_param("name", "NMWWFQ GCM Review Report.pdf")
    p.add_header("Content-Disposition", "attachment", filename="NMWWFQ GCM Review Report.pdf")
    root = mixed(text_part(plain, "plain", "us-ascii", cte=None), [p], boundary="=_b7d3a09e5f1c2e84")
    meta = dict(from_name="Bikash Shrestha", from_email="nmwwfq@mail.example.qa",
                subject="Voluntary report submission", received_at=R(2021, 2, 14, 19, 52, 38), sender_tz=tz(3),
                lag=52, mid="<20210214175145.b7d3a09e5f1c2e84@mail.example.qa>", relay="webmail.mail.example.qa",
                extra_headers=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NMWWFQ GCM Review Report.pdf"], thread_of=None,
                 notes="PDF sent as application/octet-stream (webmail), file name with spaces; the signer's title is "
                       "not a speaker request")
    return meta, root, label


@message
def h08():
    plain = """Bonjour
Je voudrais intervenir dans la table ronde 3 sur l'inclusion et les diasporas.
Ibrahima Sow, Association des Ressortissants Sénégalais en Mauritanie (ARSM)
Merci

Envoyé de mon iPhone"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Ibrahima Sow", from_email="ibrahima.sow78@yahoo.fr", subject="Table ronde 3",
                received_at=R(2021, 2, 3, 21, 16, 2), sender_tz=tz(0), lag=33, mid=MID_08,
                extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ibrahima Sow", None, "Association des Ressortissants Sénégalais en Mauritanie (ARSM)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message; no title given (null); 'en Mauritanie' is part of the association's "
                       "name; the sender completes it in a follow-up reply")
    return meta, root, label


@message
def h09():
    plain = """السلام عليكم ورحمة الله،

أنا مدعوّة للمشاركة في المؤتمر الإقليمي يومَي 24 و25 شباط/فبراير ضمن وفد منظمتنا من السودان، وأود أن أستفسر: هل سيُعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال الحضور الشخصي، هل يمكنكم تزويدنا بخطاب دعوة رسمي لتقديمه إلى السفارة اللبنانية في الخرطوم للحصول على التأشيرة؟ علماً بأن إجراءات التأشيرة تستغرق عادة ثلاثة أسابيع.

شكراً جزيلاً على تعاونكم.

إخلاص الطيب
منظمة نداء للتنمية والهجرة
الخرطوم
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="00000000000071a2b305bab1c4d5")
    meta = dict(from_name="Ikhlas Eltayeb", from_email="ikhlas.eltayeb@gmail.com",
                subject="استفسار بخصوص التأشيرة وخطاب الدعوة", received_at=R(2021, 2, 8, 11, 2, 40), lag=25,
                mid="<CAN2hQ5tZw8Ks1pR7mV3xB0dL6fY9cJ4uE@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question; mentions participation in the conference and gives an "
                       "organisation, but asks for no speaking role; English From display name, Arabic body")
    return meta, root, label


@message
def h10():
    plain = """Dear Organizers,

I am writing on behalf of Dr. Nour El-Din Hamdan, Director of Research at the Gulf Labour Markets Policy Institute (GLMPI), who would like to request a floor intervention in the plenary session of the regional conference.

Dr. Hamdan is currently travelling and asked me to send this request on his behalf before the deadline. His short bio is below for your reference:

Dr. Nour El-Din Hamdan leads GLMPI's research programme on labour mobility, kafala reform and wage protection systems in the GCC countries. He previously taught labour economics at a university in Kuwait.

Please do not hesitate to contact me should you need any further information.

Kind regards,

Reem Al-Sulaiti
Executive Assistant to the Director of Research
Gulf Labour Markets Policy Institute (GLMPI)
West Bay, Doha, Qatar
T +974 4412 7730

Disclaimer: The information contained in this email is intended only for the use of the addressee and may be confidential. If you have received it in error, please delete it and notify the sender.
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-GB"), boundary="----=_NextPart_000_01B7_01D6FA33.55C1E8A0")
    meta = dict(from_name="Reem Al-Sulaiti", from_email="r.alsulaiti@glmpi.example.qa",
                subject="Request for floor intervention - Dr. Nour El-Din Hamdan (GLMPI)",
                received_at=R(2021, 2, 4, 14, 48, 19), sender_tz=tz(3), lag=80,
                mid="<01b701d6fa33$55c1e8a0$01458de0$@glmpi.example.qa>", extra_headers=outlook_headers(10, "en-gb"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Nour El-Din Hamdan", "Director of Research", "Gulf Labour Markets Policy Institute (GLMPI)",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="written on behalf of the speaker by his executive assistant, whose own title and signature "
                       "also name the organisation; 'Dr.' is an honorific; bio paragraph mentions a past job; "
                       "', Doha, Qatar' in the signature is the address")
    return meta, root, label


@message
def h11():
    new = """Madame, Monsieur,

En réponse à votre appel ci-dessous, la Commission des droits humains et des migrations de l'Union des Jeunes Avocats du Sud (UJAS) souhaite proposer l'intervention de son président, Maître Hatem Jelassi, avocat au barreau, dans la table ronde n° 2 consacrée aux droits humains des migrants.

Me Jelassi assure depuis 2017 la défense de migrants placés en rétention à Médenine et Ben Guerdane.

Cordialement,

Asma Trabelsi
Secrétaire de la Commission
UJAS - Gabès
"""
    quoted = "\nLe 25/01/2021 à 10:02, GCM Regional Review Arab States a écrit :\n" + quote(FR_CALL)
    plain = new + quoted + "\n"
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Asma Trabelsi", from_email="commission.dh@ujas.example.tn",
                subject="Re: Examen régional du Pacte mondial sur les migrations - appel aux parties prenantes",
                received_at=R(2021, 2, 5, 17, 33, 51), sender_tz=tz(1), lag=36,
                mid="<b81f20c4-6d3e-4f7a-9c12-0e5d8a7b3f41@ujas.example.tn>",
                in_reply_to="<invitation.20210125.arabstates@iom.int>",
                references="<invitation.20210125.arabstates@iom.int>",
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1",
                               "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hatem Jelassi", "président", "Commission des droits humains et des migrations de l'Union "
                              "des Jeunes Avocats du Sud (UJAS)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="reply quoting the organisers' call ('>' lines list every role, all four roundtables, the "
                       "report deadline); honorific 'Maître'/'Me'; title given as 'son président'; the secretary "
                       "writing is not the speaker; sent on the deadline day")
    return meta, root, label


@message
def h12():
    html = outlook_html("""<p class=MsoNormal dir=RTL style='text-align:right'>السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،</p>
<p class=MsoNormal dir=RTL style='text-align:right'>&nbsp;</p>
<p class=MsoNormal dir=RTL style='text-align:right'>تحية طيبة وبعد،</p>
<p class=MsoNormal dir=RTL style='text-align:right'>&nbsp;</p>
<p class=MsoNormal dir=RTL style='text-align:right'>تود إدارة شؤون العمالة الوافدة بوزارة التنمية الاجتماعية والعمل أن ترشّح السيدة ريم عادل الكواري، رئيسة قسم السياسات والتعاون الدولي، للمشاركة بمداخلة في المائدة المستديرة الرابعة المعنية بالبيانات والسياسات القائمة على الأدلة والتعاون الدولي.</p>
<p class=MsoNormal dir=RTL style='text-align:right'>&nbsp;</p>
<p class=MsoNormal dir=RTL style='text-align:right'>وتفضلوا بقبول فائق الاحترام والتقدير،</p>
<p class=MsoNormal dir=RTL style='text-align:right'>&nbsp;</p>
<p class=MsoNormal dir=RTL style='text-align:right'><b>سعاد المهندي</b><br>مكتب مدير الإدارة<br>إدارة شؤون العمالة الوافدة<br>هاتف: 44063215 974+</p>
<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>This message is intended only for the addressee. Ministry of Social Development and Labour.</span></p>""",
                        lang="AR-QA", rtl=True)
    root = text_part(html, "html", "utf-8", "b64")
    meta = dict(from_name="سعاد المهندي", from_email="s.almohannadi@msdl.example.qa",
                subject="ترشيح للمشاركة في المائدة المستديرة الرابعة", received_at=R(2021, 2, 2, 10, 6, 44),
                sender_tz=tz(3), lag=58, mid="<00d101d6f945$2f8b6c30$8ea24490$@msdl.example.qa>",
                extra_headers=outlook_headers(12, "ar-qa"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم عادل الكواري", "رئيسة قسم السياسات والتعاون الدولي",
                              "إدارة شؤون العمالة الوافدة بوزارة التنمية الاجتماعية والعمل", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook HTML-only (no text/plain part), base64; ministry directorate; honorific 'السيدة'; "
                       "roundtable as an ordinal word ('الرابعة'); the sender (director's office) is not the speaker")
    return meta, root, label


@message
def h13():
    plain = """Dear IOM colleagues,

Please find attached the voluntary review report of the Gulf-South Asia Diaspora Investment Forum (GSADIF) on the implementation of the Global Compact for Migration, with a focus on remittance costs and diaspora investment channels between Pakistan, Bangladesh and the GCC countries.

We would also like to request a speaking slot in Roundtable 3 (social inclusion, remittances and diaspora contributions) for our Vice-Chair, Mr. Imran Qureshi.

Mr. Qureshi has 20 years of experience in Islamic finance and diaspora bonds.

With best wishes,

Saira Malik
Head of Programmes, GSADIF
Dubai | Lahore
+971 4 388 2150

Sent from Outlook for Android
"""
    pdf = tiny_pdf(["Gulf-South Asia Diaspora Investment Forum", "Voluntary GCM Review 2021",
                    "Remittance costs and diaspora investment channels"], "GSADIF GCM review")
    body = alt(plain, outlook_html(paras(plain)), boundary="_000_AM6PR0702MB3590F1B2C3D4E5F6AM6PR0702MB35_")
    root = mixed(body, [attachment(pdf, "application/pdf", "GSADIF_Voluntary_GCM_Review_2021.pdf")],
                 boundary="_004_AM6PR0702MB3590F1B2C3D4E5F6AM6PR0702MB35_")
    meta = dict(from_name="Saira Malik", from_email="saira.malik@gsadif.example.org",
                subject="GSADIF voluntary report + speaker request RT3", received_at=R(2021, 2, 5, 12, 20, 7),
                sender_tz=tz(4), lag=29, mid="<AM6PR0702MB3590F1B2C3D4E5F6@AM6PR0702MB3590.eurprd07.prod.outlook.com>",
                extra_headers=["X-MS-Has-Attach: yes", "Content-Language: en-GB"])
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Imran Qureshi", "Vice-Chair", "Gulf-South Asia Diaspora Investment Forum (GSADIF)",
                              ["roundtable"], 3)],
                 report_attachments=["GSADIF_Voluntary_GCM_Review_2021.pdf"], thread_of=None,
                 notes="report (PDF) and speaker request in one message, both on time; title given as 'our Vice-Chair' "
                       "before the name; affiliation by reference to the organisation named in the report sentence; "
                       "Outlook for Android signature")
    return meta, root, label


@message
def h14():
    plain = """Hello,

A quick practical question: will the roundtables on 24-25 February have simultaneous interpretation between Arabic, English and French? Several of our members are more comfortable in Arabic.

Also, will the Zoom links be sent to registered participants only, or to each organisation? We registered three people through the online form last week.

Thanks a lot,
Daniel Tesfaye
Migrant Community Support Centre
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000009d8e7f05babc1a2b")
    meta = dict(from_name="Daniel Tesfaye", from_email="daniel.mcsc@gmail.com",
                subject="Interpretation and Zoom links?", received_at=R(2021, 2, 10, 15, 44, 12), lag=14,
                mid="<CAB6jW1qNx4Rt9mP2sL7vK0cZ3hF8dY5eG@mail.gmail.com>")
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (interpretation, Zoom links); mentions roundtables and participants "
                       "but requests no speaking role")
    return meta, root, label


@message
def h15():
    plain = """بسم الله الرحمن الرحيم

الإخوة الكرام في أمانة الاستعراض الإقليمي،

تحية طيبة،

نرغب في منظمة أطباء من أجل الكرامة - برنامج العيادات المتنقلة في ترشيح اثنين من فريقنا للمشاركة في أعمال الاستعراض:

1- الدكتور عمر حسن بامطرف، المدير الطبي لبرنامج العيادات المتنقلة في عدن ولحج، للمشاركة في النقاش المفتوح للتشاور متعدد أصحاب المصلحة يوم 23 فبراير.
2- السيدة فاطمة صالح العولقي، منسقة الحماية والإحالة، لمداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين).

يعمل فريقنا مع المهاجرين الإثيوبيين والصوماليين العالقين على الطريق الشرقي منذ 2018.

مع التحية،
م. ياسر باعباد
مسؤول العلاقات الخارجية
منظمة أطباء من أجل الكرامة
"""
    root = alt(plain, gmail_html(plain, rtl=True), charset="windows-1256", boundary="000000000000e4f5a605bac0b1c2")
    meta = dict(from_name="Yasser Baabbad", from_email="y.baabbad@dfd-yemen.example.org",
                subject="ترشيح متحدثين - منظمة أطباء من أجل الكرامة", received_at=R(2021, 2, 4, 19, 12, 26),
                sender_tz=tz(3), lag=47, mid="<CAD3sV7pXk1Qm5nR9tW2yB6cL0hJ4fG8uZ@mail.gmail.com>")
    aff = "منظمة أطباء من أجل الكرامة - برنامج العيادات المتنقلة"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عمر حسن بامطرف", "المدير الطبي لبرنامج العيادات المتنقلة في عدن ولحج", aff,
                              ["open_discussion"], None),
                           SP("فاطمة صالح العولقي", "منسقة الحماية والإحالة", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a numbered list with honorifics (الدكتور / السيدة), different roles; "
                       "affiliation only in the opening sentence ('نرغب في منظمة ... - برنامج العيادات المتنقلة'); "
                       "windows-1256; the signer (external relations officer, 'م.' = engineer) is not a speaker")
    return meta, root, label


@message
def h16():
    plain = """Bonjour,

Pourriez-vous nous faire parvenir l'ordre du jour détaillé de la consultation du 23 février et de la conférence des 24 et 25 février, avec les horaires de chaque table ronde ? Nous devons organiser la participation de nos membres en conséquence.

Merci d'avance et bonne journée,

Mme Yasmine Cherkaoui
Chargée de communication
Collectif Marocain pour les Droits des Migrants (CMDM)
Rabat
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_6C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F")
    meta = dict(from_name="Yasmine Cherkaoui", from_email="y.cherkaoui@cmdm.example.ma",
                subject="Demande de l'ordre du jour", received_at=R(2021, 2, 11, 9, 55, 31), sender_tz=tz(1), lag=22,
                mid="<3D4E5F60-7182-4A93-B4C5-D6E7F8091A2B@cmdm.example.ma>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda; signature with title and organisation is not a speaker request")
    return meta, root, label


@message
def h17():
    plain = """Dear Sir/Madam,

I hope this email finds you well. My name is Aisha Bello, I am a PhD candidate working
on the return and reintegration of Nigerian women who migrated for domestic work to
Lebanon and Oman. I only saw the invitation today through a colleague and I apologise
for writing after the deadline.

If it is still possible, I would be grateful for the opportunity to take part in the
open discussion on 23 February and share some preliminary findings from my fieldwork
in Lagos and Benin City.

Thank you for considering this request.

Best wishes,
Aisha
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000f1a2b305bad4c5d6")
    meta = dict(from_name="Aisha Bello", from_email="aisha.bello.research@gmail.com",
                subject="Late request to take part in the open discussion", received_at=R(2021, 2, 8, 18, 37, 4),
                sender_tz=tz(1), lag=19, mid="<CAE8tY2rQm6Wp0nK4sX9vB1dL7hF3cJ5gU@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Aisha Bello", "PhD candidate", None, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February) and says so; no affiliation given (no university named), so null; "
                       "self-introduction in prose with hard-wrapped lines; cities of fieldwork are not affiliations")
    return meta, root, label


@message
def h18():
    new = """Re-bonjour,

Je complète mon message précédent : je suis le Secrétaire général de l'ARSM.

Cordialement
Ibrahima Sow

Envoyé de mon iPhone
"""
    quoted = """
> Le 3 févr. 2021 à 19:15, Ibrahima Sow <ibrahima.sow78@yahoo.fr> a écrit :
>
> Bonjour
> Je voudrais intervenir dans la table ronde 3 sur l'inclusion et les diasporas.
> Ibrahima Sow, Association des Ressortissants Sénégalais en Mauritanie (ARSM)
> Merci
>
> Envoyé de mon iPhone
"""
    root = text_part(new + quoted, "plain", "utf-8", "qp")
    meta = dict(from_name="Ibrahima Sow", from_email="ibrahima.sow78@yahoo.fr", subject="Re: Table ronde 3",
                received_at=R(2021, 2, 4, 8, 2, 45), sender_tz=tz(0), lag=30,
                mid="<9C4D1A22-0E7B-4F3C-A8D5-61B2E0F7C9A4@yahoo.fr>", in_reply_to=MID_08, references=MID_08,
                extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ibrahima Sow", "Secrétaire général",
                              "Association des Ressortissants Sénégalais en Mauritanie (ARSM)", ["roundtable"], 3)],
                 report_attachments=[], thread_of="h33-08.eml",
                 notes="follow-up reply adding the missing title; the affiliation (full form) and roundtable are "
                       "only in the quoted original; new text gives the acronym only")
    return meta, root, label


@message
def h19():
    plain = """السادة الأفاضل،

تحية طيبة،

نرسل إليكم مرفقاً تقرير مدرسة الأمل المجتمعية حول تجربة اللاجئين والمهاجرين السودانيين في الوصول إلى التعليم في القاهرة، كمساهمة في الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة. المدرسة يديرها لاجئون منذ عام 2012 وتستقبل اليوم نحو 450 طالباً وطالبة.

نأمل أن يُؤخذ التقرير بعين الاعتبار.

مع التقدير،
عوض الله آدم إسحق
مدير المدرسة
مدرسة الأمل المجتمعية - القاهرة
"""
    docx = make_docx("تقرير مدرسة الأمل المجتمعية - الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة",
                     ["الوصول إلى التعليم", "التوثيق والإقامة", "التوصيات"], rtl=True)
    body = alt(plain, outlook_html(paras(plain), lang="AR-EG", rtl=True), boundary="----=_NextPart_001_0077_01D7001A.11B2C3D0")
    root = mixed(body, [attachment(docx, DOCX, "تقرير مدرسة الأمل - الاتفاق العالمي للهجرة.docx", style="2047")],
                 boundary="----=_NextPart_000_0076_01D7001A.11B2C3D0")
    meta = dict(from_name="Al Amal Community School", from_email="alamal.school.cairo@outlook.com",
                subject="تقرير طوعي - مدرسة الأمل المجتمعية", received_at=R(2021, 2, 16, 21, 48, 30), lag=44,
                mid="<007601d7001a$11b2c3d0$35084970$@outlook.com>", extra_headers=outlook_headers(19, "ar-eg"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير مدرسة الأمل - الاتفاق العالمي للهجرة.docx"], thread_of=None,
                 notes="refugee-led community school; DOCX with an Arabic name in RFC 2047 encoded words inside the "
                       "quoted parameters (Outlook style); received the evening of the report deadline (on time); "
                       "English From display name")
    return meta, root, label


@message
def h20():
    plain = """السادة المنظمون المحترمون،

أعتذر عن التأخر في إرسال هذا الطلب بسبب انشغالنا بالاجتماع السنوي للغرفة.

أرجو التكرم بالموافقة على مشاركتي بكلمة في الجلسة العامة للمؤتمر، لعرض وجهة نظر القطاع الخاص في استقدام العمالة وتكاليف التوظيف.

الاسم: أحمد فيصل الحمادي
الصفة: الأمين العام
الجهة: غرفة التجارة والصناعة العربية الآسيوية

مع الشكر والتقدير
"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True), boundary="----=_NextPart_000_00A4_01D6FC55.3B7E9F20")
    meta = dict(from_name="أحمد الحمادي", from_email="sg@aacci.example.ae",
                subject="طلب المشاركة بكلمة في الجلسة العامة", received_at=R(2021, 2, 6, 9, 12, 55),
                sender_tz=tz(4), lag=61, mid="<00a401d6fc55$3b7e9f20$b27bdd60$@aacci.example.ae>",
                extra_headers=outlook_headers(20, "ar-ae"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أحمد فيصل الحمادي", "الأمين العام", "غرفة التجارة والصناعة العربية الآسيوية",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February morning) with an apology; labelled lines (الاسم / الصفة / الجهة); "
                       "sender is the speaker; private sector")
    return meta, root, label


@message
def h21():
    fwd = """Bonjour,

Je vous transfère le rapport de l'USTMM, que notre secrétaire général n'a pas pu envoyer lui-même faute de connexion (il est en déplacement). Désolée pour le retard.

Bien à vous,
Leïla Amrani
Assistante administrative, USTMM

---------- Forwarded message ---------
De : Abdelaziz Bennani <a.bennani@ustmm.example.ma>
Date: mar. 16 févr. 2021 à 23:40
Subject: Rapport volontaire PMM - USTMM
To: Leïla Amrani <l.amrani@ustmm.example.ma>

Leïla, merci d'envoyer ce rapport demain matin à l'adresse gcmrrarabstates@iom.int, je n'arrive pas à l'envoyer d'ici.

Le rapport de l'Union Syndicale des Travailleurs Migrants du Maghreb (USTMM) porte sur les saisonnières agricoles, le recrutement et la portabilité des droits sociaux.

Abdelaziz Bennani
Secrétaire général
"""
    pdf = tiny_pdf(["Union Syndicale des Travailleurs Migrants du Maghreb (USTMM)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Fevrier 2021"], "USTMM rapport PMM")
    body = alt(fwd, gmail_html(fwd), boundary="000000000000b3c4d505bb2e1f20")
    root = mixed(body, [attachment(pdf, "application/pdf", "Rapport_USTMM_PMM_2021.pdf")],
                 boundary="000000000000b3c4d705bb2e1f22")
    meta = dict(from_name="Leïla Amrani", from_email="l.amrani@ustmm.example.ma",
                subject="Fwd: Rapport volontaire PMM - USTMM", received_at=R(2021, 2, 17, 10, 12, 9), sender_tz=tz(1),
                lag=27, mid="<CAG1rT5xWm9Qp3nL7sV0bK2cY8hJ4dF6eZ@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_USTMM_PMM_2021.pdf"], thread_of=None,
                 notes="late (17 February): forwarded by an assistant the morning after the deadline; the forwarded "
                       "header is dated 16 February 23:40 and contains the review address; the report was never "
                       "sent to the mailbox before; French body with an English Gmail forward header")
    return meta, root, label


@message
def h22():
    plain = """شكراً جزيلاً على التأكيد، ونتمنى لكم التوفيق في أعمال الاستعراض.

منى فاروق

Sent from my iPhone

> On 8 Feb 2021, at 11:31, gcmrrarabstates@iom.int wrote:
>
> شكراً لكم. تم استلام تقريركم الطوعي بتاريخ 7 شباط/فبراير 2021.
> GCM Regional Review - Arab States
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="منى فاروق", from_email="mona.farouk.anrmr@gmail.com",
                subject="Re: تم استلام تقريركم الطوعي", received_at=R(2021, 2, 8, 12, 4, 16), lag=15,
                mid="<F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@gmail.com>", in_reply_to=ACK_05,
                references=MID_05 + " " + ACK_05, extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h33-05.eml",
                 notes="thank-you reply to our acknowledgement of h33-05, adds nothing new: do not acknowledge; "
                       "References carries the original report's Message-ID")
    return meta, root, label


@message
def h23():
    plain = """Dear GCM review team,

Greetings from Beirut. I am Meseret Haile, chairperson of the Ethiopian Migrant
Women's Mutual Aid Group (EMWMAG), a migrant-led group of current and former
domestic workers in Lebanon.

We would like to speak in the roundtable on protecting the human rights of
migrants (roundtable two), about workers stranded after the port explosion and
the economic crisis, and the situation of those who lost their documents.

Thank you,

Meseret Haile
Chairperson, EMWMAG
+961 70 418 622
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Meseret Haile", from_email="emwmag.lebanon@protonmail.example",
                subject="Request to speak - roundtable on human rights of migrants",
                received_at=R(2021, 2, 1, 20, 40, 33), lag=9,
                mid="<xQ3vT8pK1mW6nR0sZ4bY7cL2hF9dJ5gU@protonmail.example>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Meseret Haile", "chairperson",
                              "Ethiopian Migrant Women's Mutual Aid Group (EMWMAG)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led group; first-person prose, hard-wrapped; affiliation split over a line break; "
                       "roundtable number as a word ('roundtable two') plus its theme; 'We' but one speaker")
    return meta, root, label


@message
def h24():
    plain = """Madame, Monsieur,

Suite à l'appel à contributions, le Centre d'Études Sahariennes et Méditerranéennes (CESM) souhaite proposer une personne pour présenter les messages clés des parties prenantes en qualité de rapporteur :

- Nom : Pr Aminata Mint El Hadj
- Fonction : Professeure de sociologie, coordinatrice du pôle Migrations
- Institution : Centre d'Études Sahariennes et Méditerranéennes (CESM), Nouakchott

Mme Mint El Hadj a coordonné en 2020 l'enquête nationale sur les migrants en transit.

Avec nos salutations distinguées,

M. Cheikh Ould Sidi
Chargé de la coopération, CESM
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000002a3b4c05ba9f0d1e")
    meta = dict(from_name="Cheikh Ould Sidi", from_email="cooperation@cesm.example.mr",
                subject="Proposition de rapporteur - CESM", received_at=R(2021, 2, 5, 22, 41, 18), sender_tz=tz(0),
                lag=24, mid="<CAH5kR8tWp1Qm4nX7sV2bL9cY0dJ3fG6eU@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Aminata Mint El Hadj", "Professeure de sociologie, coordinatrice du pôle Migrations",
                              "Centre d'Études Sahariennes et Méditerranéennes (CESM)", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="academic; rapporteur role in prose ('présenter les messages clés ... en qualité de "
                       "rapporteur'); honorific 'Pr' inside the Nom line; ', Nouakchott' is the location; dashed "
                       "labelled lines with a space before the colon; received late on the deadline day (on time); "
                       "'appel à contributions' wording although no report is sent")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, prefix, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = f"4DHm33{i:02d}hT3m"
        name = f"{prefix}{i:02d}.eml"
        assert fn.__name__ == "h" + name[4:-4], (fn.__name__, name)
        raw = render(meta, root)
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(raw)
        cat = label["category"]
        rat = meta["received_at"]
        sd, rd = R(2021, 2, 5, 23, 59, 59), R(2021, 2, 16, 23, 59, 59)
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
    build(os.path.join(HERE, "holdout33"), "h33-", MESSAGES)
