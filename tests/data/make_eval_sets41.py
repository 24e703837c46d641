#!/usr/bin/env python3
"""Evaluation set holdout41 for gcm-intake: tests/data/holdout41 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets41.py
Written without reading intake/ or rules/: one ordinary week of the review mailbox, each message next
to its expected label (format of /work/shared/corpus/LABELS.md).
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



def make_docx(heading, paragraphs=(), rtl=False):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    def para(text, style=None):
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                           "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text, quote=False))
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
        "<w:body>%s<w:sectPr/></w:body></w:document>" % body,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


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
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart():  # fixed boundaries keep the output byte-identical between runs
            part.set_boundary("----=_Part_%d_%d.16122%05d" % (m["n"], k, m["n"] * 977 + k))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    body = buf.getvalue()
    return ("\r\n".join(h) + "\r\n").encode("ascii") + body



def outlook_headers(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dR2mKq8TnZ0eWx4uPv7yA==" % (n * 41),
            "Content-Language: " + lang]


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


def R(mo, d, h, mi, s=0):
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def gmail_alt(plain, rtl=False):
    return alt(plain, gmail_html(plain, rtl))


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID = {i: "<%s>" % s for i, s in [
    (3, "CAKp2tW9xJ0fQm7Lr4sN1bD8eH6vY3uZ5oG-A1iE@mail.gmail.com"),
    (6, "AM6PR08MB4215C0E7A1D94F2B8C3E11D7A5B90@AM6PR08MB4215.eurprd08.prod.outlook.com"),
]}
ACK_03 = "<ack.GCM-FR-0014.20210202T1012@gcm-intake.iom.int>"


# ================================================================= messages
@message
def h41_01():
    plain = """Dear Organisers,

Good day. Following the invitation to the Regional Review of the GCM in the Arab
region, the Ghana Community Association in Qatar (GCAQ) wishes to request a
speaking slot for the thematic roundtable 3 (social inclusion, access to
services, remittances and diaspora contributions).

Name: Kwabena Asante-Mensah
Title: General Secretary
Organisation: Ghana Community Association in Qatar (GCAQ)
Session: Roundtable 3

Mr. Asante-Mensah has coordinated our welfare desk for Ghanaian domestic and
security workers in Doha since 2016.

Thank you and God bless.

Abena Owusu
Welfare Desk, GCAQ
+974 5512 0937
"""
    meta = dict(from_name="Abena Owusu", from_email="gcaq.welfare@gmail.example.com",
                subject="Request for speaking slot - Roundtable 3", received_at=R(2, 1, 10, 14, 22), sender_tz=tz(3),
                mid="<CAFq7nT0b2Lx9-Wd3vR8kY1mP4sJ6hG0eZ5cA2uN@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Kwabena Asante-Mensah", "General Secretary", "Ghana Community Association in Qatar (GCAQ)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="plain labelled lines; sender (welfare desk) is not the speaker; hyphenated surname; 'Mr.' in prose")
    return meta, gmail_alt(plain), label


@message
def h41_02():
    plain = """السيدات والسادة في فريق الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة
الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا في دائرة التشغيل بوزارة العمل والشؤون
الاجتماعية أن نرشّح السيد المذكور أدناه لإلقاء مداخلة في الجلسة العامة للمؤتمر:

الاسم: الدكتور أحمد جبار الساعدي
المنصب: مدير قسم تشغيل العمالة الوافدة
الجهة: دائرة التشغيل - وزارة العمل والشؤون الاجتماعية، جمهورية العراق

مع فائق التقدير والاحترام،

م. زينب عبد الكريم
دائرة التشغيل / شعبة العلاقات الدولية
وزارة العمل والشؤون الاجتماعية – بغداد
هاتف: 964 770 418 2290+

إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه. إذا وصلتك هذه الرسالة
عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
"""
    html = outlook_html(paras(plain), lang="AR-IQ", rtl=True)
    meta = dict(from_name="زينب عبد الكريم", from_email="z.abdulkarim@molsa.example.iq",
                subject="ترشيح متحدث للجلسة العامة – الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=R(2, 1, 11, 40, 5), sender_tz=tz(3), lag=52,
                mid="<001b01d6f86e$2c4a9e30$84dfda90$@molsa.example.iq>", extra_headers=outlook_headers(2, "ar-iq"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أحمد جبار الساعدي", "مدير قسم تشغيل العمالة الوافدة",
                              "دائرة التشغيل - وزارة العمل والشؤون الاجتماعية",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="ministry nominates an official (sender is someone else, with her own 'م.' honorific); "
                       "'الدكتور' on the name line; affiliation line ends with the country ', جمهورية العراق' "
                       "(location, left out); Outlook RTL HTML + plain; disclaimer")
    return meta, alt(plain, html), label


@message
def h41_03():
    plain = """Bonjour,

Suite à l'appel lancé pour l'examen régional du Pacte mondial sur les migrations dans
la région arabe, le Forum tunisien pour les droits des travailleurs migrants (FTDTM)
souhaiterait proposer deux intervenants. Notre président, M. Habib Ben Ammar,
souhaite prendre part à la discussion ouverte de la consultation multipartite du
23 février, et notre chargée de recherche, Mme Ines Gharbi, aimerait intervenir dans
la table ronde n° 2 sur la protection des droits humains des migrants, en s'appuyant
sur notre enquête sur la détention administrative à Sfax et Médenine.

Restant à votre disposition pour tout complément d'information.

Cordialement,

Ines Gharbi
FTDTM - Tunis
Tél. +216 71 348 905
"""
    meta = dict(from_name="Ines Gharbi", from_email="ines.gharbi@ftdtm.example.tn",
                subject="Proposition de deux intervenants - FTDTM", received_at=R(2, 1, 14, 5, 40), sender_tz=tz(1),
                mid=MID[3])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Habib Ben Ammar", "président", "Forum tunisien pour les droits des travailleurs migrants (FTDTM)",
                              ["open_discussion"], None),
                           SP("Ines Gharbi", "chargée de recherche",
                              "Forum tunisien pour les droits des travailleurs migrants (FTDTM)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in one prose paragraph, titles as 'notre président' / 'notre chargée de "
                       "recherche' before the name; different role per speaker; 'tunisien' is part of the name; "
                       "second speaker is the sender")
    return meta, text_part(plain, cte="qp", flowed=False), label


@message
def h41_04():
    inner = paras("""Dear colleagues,

Please find attached the voluntary GCM review report of the General Trade Union of Workers in Textile, Garment and Clothing Industries, prepared with the migrant worker committees of our branches in Al Hassan and Al Dulail industrial estates.

The report covers objectives 6, 7 and 16 and includes recommendations on recruitment fees and passport retention.

We remain available for any clarification.

Best regards,""") + """
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><img width=96 height=48 src="cid:image001.png@01D6F8A1.3C2E5B40"></p>
<p class=MsoNormal><b>Rania Hijazi</b><br>Head of Migrant Workers Unit<br>General Trade Union of Workers in Textile, Garment and Clothing Industries<br>Amman, Jordan | +962 6 560 3318</p>"""
    plain = """Dear colleagues,

Please find attached the voluntary GCM review report of the General Trade Union of Workers in Textile, Garment and Clothing Industries, prepared with the migrant worker committees of our branches in Al Hassan and Al Dulail industrial estates.

The report covers objectives 6, 7 and 16 and includes recommendations on recruitment fees and passport retention.

We remain available for any clarification.

Best regards,

[cid:image001.png@01D6F8A1.3C2E5B40]
Rania Hijazi
Head of Migrant Workers Unit
General Trade Union of Workers in Textile, Garment and Clothing Industries
Amman, Jordan | +962 6 560 3318
"""
    body = related(alt(plain, outlook_html(inner, "EN-GB")),
                   [attachment(tiny_png((150, 20, 40)), "image/png", "image001.png",
                               inline_cid="image001.png@01D6F8A1.3C2E5B40")])
    pdf = tiny_pdf(["Voluntary GCM Review Report 2021",
                    "General Trade Union of Workers in Textile, Garment and Clothing Industries (Jordan)",
                    "1. Recruitment fees and passport retention", "2. Access to justice for migrant garment workers"],
                   "GTU Textile GCM review")
    root = mixed(body, [attachment(pdf, "application/pdf", "GTU-Textile_GCM_Voluntary_Review_Feb2021.pdf")])
    meta = dict(from_name="Rania Hijazi", from_email="r.hijazi@textileunion.example.jo",
                subject="Voluntary GCM review report - Textile and Garment Workers Union", received_at=R(2, 2, 9, 3, 17),
                lag=40, mid="<00a201d6f922$1e0b7c20$5a227460$@textileunion.example.jo>",
                extra_headers=outlook_headers(4, "en-gb"))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["GTU-Textile_GCM_Voluntary_Review_Feb2021.pdf"], thread_of=None,
                 notes="Outlook multipart/related with inline signature logo (not part of the report); signature "
                       "title is not a speaker request")
    return meta, root, label


@message
def h41_05():
    plain = """مساء الخير،

أنا مسجّلة للمشاركة في المؤتمر الإقليمي يومي 24 و25 شباط. هل يتطلب الحضور الشخصي في بيروت
تأشيرة دخول لحاملي جواز السفر السوداني؟ وإذا كان الأمر كذلك، هل يمكن أن تزودونا برسالة دعوة
رسمية لتقديمها إلى السفارة اللبنانية في الخرطوم؟ وهل هناك إمكانية للمشاركة عن بعد في حال
تأخر التأشيرة؟

مع الشكر الجزيل،
سارة عثمان إدريس
"""
    meta = dict(from_name="Sara Osman", from_email="sara.osman.idris@yahoo.example.com",
                subject="استفسار عن التأشيرة", received_at=R(2, 2, 18, 22, 9), sender_tz=tz(2),
                mid="<1612282929.88213.YahooMailAndroidMobile@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YahooMailAndroidMobile"])
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="visa / invitation-letter question; mentions the conference days but asks "
                                        "for no speaking role; Latin display name, Arabic body")
    return meta, gmail_alt(plain, rtl=True), label


@message
def h41_06():
    html = outlook_html("""<p class=MsoNormal>Madame, Monsieur,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>L&#8217;&#338;uvre maronite d&#8217;entraide sociale (OMES) a le plaisir de vous transmettre la candidature de notre intervenante pour la table ronde th&eacute;matique 3 (inclusion sociale et acc&egrave;s aux services de base) du 24-25 f&eacute;vrier.</p>
<p class=MsoNormal>&nbsp;</p>
<table class=grid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Nom</b></p></td><td><p class=MsoNormal>Sœur Marie-Thérèse Khoury</p></td></tr>
<tr><td><p class=MsoNormal><b>Fonction</b></p></td><td><p class=MsoNormal>Responsable du programme d&#8217;accompagnement des travailleuses domestiques</p></td></tr>
<tr><td><p class=MsoNormal><b>Organisation</b></p></td><td><p class=MsoNormal>&#338;uvre maronite d&#8217;entraide sociale (OMES), Beyrouth</p></td></tr>
<tr><td><p class=MsoNormal><b>Session souhait&eacute;e</b></p></td><td><p class=MsoNormal>Table ronde 3</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Avec nos remerciements anticip&eacute;s,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Joëlle Aoun<br>Secr&eacute;tariat de direction – OMES<br>Achrafieh, Beyrouth – Liban<br>T&eacute;l. : +961 1 203 774</p>""", lang="FR")
    meta = dict(from_name="Joëlle Aoun", from_email="secretariat@omes-liban.example.org",
                subject="Candidature OMES – table ronde 3", received_at=R(2, 2, 12, 31, 48), lag=63,
                mid=MID[6], extra_headers=outlook_headers(6, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Marie-Thérèse Khoury",
                              "Responsable du programme d\u2019accompagnement des travailleuses domestiques",
                              "\u0152uvre maronite d\u2019entraide sociale (OMES)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook with an HTML table; religious honorific 'Sœur' not part of the name; "
                       "typographic apostrophes written as entities (&#8217;), kept as U+2019 in the label; ', Beyrouth' "
                       "is the location; sender is a secretary; title later corrected by h41-17")
    return meta, text_part(html, "html", "utf-8", "qp"), label


@message
def h41_07():
    plain = """Hello, I want to speak in roundtable 1 about Nepali workers and recruitment agency fees.
Ram Bahadur Thapa, Nepali Migrant Workers Solidarity Group, Riyadh.
Thank you

Sent from my iPhone
"""
    meta = dict(from_name="Ram Thapa", from_email="rambthapa88@gmail.example.com", subject="Speak roundtable",
                received_at=R(2, 2, 21, 47, 12), sender_tz=tz(3), lag=18,
                mid="<A3F1C9E2-7B44-4D0E-9F31-6C2B8E0D5A17@gmail.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ram Bahadur Thapa", None, "Nepali Migrant Workers Solidarity Group", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="very short phone message, no title; name and group on one comma-separated line with the "
                       "city; From display name shorter than the written name")
    return meta, text_part(plain, cte="7bit", charset="us-ascii"), label


@message
def h41_08():
    plain = """السادة القائمون على الاستعراض الإقليمي المحترمون،

تحية طيبة،

نرفق لكم التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدّته
الشبكة العربية لمنظمات المهاجرين واللاجئين بمشاركة 17 منظمة عضواً في الأردن ولبنان والعراق
وتونس ومصر، وذلك بعد سلسلة من المشاورات الوطنية التي عُقدت خلال كانون الثاني 2021.

نأمل أن يُدرج التقرير ضمن مدخلات أصحاب المصلحة في الاستعراض الإقليمي.

مع خالص التحية،

منسقية الشبكة العربية لمنظمات المهاجرين واللاجئين
بيروت - لبنان
"""
    pdf = tiny_pdf(["Collective voluntary GCM review report", "Arab Network of Migrant and Refugee Organisations",
                    "17 member organisations - Jordan, Lebanon, Iraq, Tunisia, Egypt"], "Collective report")
    root = mixed(gmail_alt(plain, rtl=True),
                 [attachment(pdf, "application/pdf", "التقرير الطوعي الجماعي - الشبكة العربية 2021.pdf")])
    meta = dict(from_name="الشبكة العربية لمنظمات المهاجرين", from_email="coordination.anmro@gmail.example.com",
                subject="التقرير الطوعي الجماعي للشبكة", received_at=R(2, 3, 10, 15, 0),
                mid="<CAM9vR2pXq4Lw8-Tk1nB7sD0eY5hJ3uF6oC2aG9i@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي الجماعي - الشبكة العربية 2021.pdf"], thread_of=None,
                 notes="collective report from a network of 17 organisations; Arabic file name (RFC 2231); "
                       "signed by the network's coordination, no person")
    return meta, root, label


INVITE_FR = """Les parties prenantes peuvent demander à prendre la parole en écrivant à
gcmrrarabstates@iom.int, en indiquant le nom, la fonction et l'affiliation
institutionnelle de l'intervenant·e, au plus tard le vendredi 5 février 2021.
Les interventions peuvent être demandées lors d'une séance plénière ou dans l'une
des quatre tables rondes thématiques. Les rapports volontaires d'examen du Pacte
mondial peuvent être soumis à la même adresse jusqu'au mardi 16 février 2021."""


@message
def h41_09():
    plain = """Bonjour,

La Cellule des affaires sociales de la Commune de Sousse souhaite intervenir en
séance plénière. Notre intervenant sera :

M. Mehdi Trabelsi, Chef de la cellule des affaires sociales et de l'inclusion,
Commune de Sousse

Bien à vous,
Mehdi Trabelsi

Le lun. 25 janv. 2021 à 16:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
""" + quote(INVITE_FR) + "\n"
    meta = dict(from_name="Mehdi Trabelsi", from_email="m.trabelsi@commune-sousse.example.tn",
                subject="Re: Invitation - Examen régional du Pacte mondial sur les migrations - région arabe",
                received_at=R(2, 3, 15, 48, 31), sender_tz=tz(1),
                mid="<CAD4hT8wLq1Nz6-Ys3kP0vB9eR2mJ7uC5oX1aF4g@mail.gmail.com>",
                in_reply_to="<invitation.2021-01-25@gcm-rr-arabstates.iom.int>",
                references="<invitation.2021-01-25@gcm-rr-arabstates.iom.int>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mehdi Trabelsi", "Chef de la cellule des affaires sociales et de l'inclusion",
                              "Commune de Sousse", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' call quoting it ('>'-prefixed, mentions tables rondes, reports and "
                       "their deadline); the sender proposes himself; name, title and commune on consecutive "
                       "comma-separated lines")
    return meta, gmail_alt(plain), label


@message
def h41_10():
    plain = """Dear GCM review team,

Forwarding below the request from our Centre Director, who was not sure the
message reached you because of our server issues last week. Apologies if you
receive it twice.

Best,
Maya Karam
Administrative Officer

---------- Forwarded message ---------
From: Nabil Saade <n.saade@upl-cps.example.edu.lb>
Date: Fri, Jan 29, 2021 at 5:36 PM
Subject: Rapporteur - GCM regional review
To: <gcmrrarabstates@iom.int>


Dear colleagues,

The Centre for Population Studies at the University of the Levant (CPS-UL) would
be honoured to contribute as rapporteur and deliver the stakeholders' key
messages at the Regional Review. I would propose our senior researcher,
Dr. Lina Haddad-Feghali, Associate Professor of Demography, who led our
2020 survey on migrant domestic workers in Lebanon.

With best regards,

Prof. Nabil Saade
Director, Centre for Population Studies
University of the Levant, Beirut
"""
    meta = dict(from_name="Maya Karam", from_email="m.karam@upl-cps.example.edu.lb",
                subject="Fwd: Rapporteur - GCM regional review", received_at=R(2, 3, 17, 2, 44),
                mid="<CAL8sW3qYp0Kx5-Rn2mT9vC1eH7bJ4uD6oZ3aE8f@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Lina Haddad-Feghali", "Associate Professor of Demography",
                              "Centre for Population Studies at the University of the Levant (CPS-UL)",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="forwarded by a colleague (Gmail inline forward); the request is in the forwarded part, written "
                       "by the director, who nominates a third person; 'Dr.' and 'Prof.' honorifics; the original "
                       "never reached the mailbox")
    return meta, gmail_alt(plain), label


@message
def h41_11():
    plain = """تحية طيبة،

نرغب في المشاركة في النقاش المفتوح خلال المشاورة متعددة أصحاب المصلحة يوم 23 شباط، لعرض
ملاحظات المرصد حول أوضاع المهاجرين المحتجزين في مراكز الإيواء، ونشكر لكم إتاحة هذه الفرصة.

وتقبلوا فائق الاحترام.

--
المحامية ديما فواز النعيمي
منسقة وحدة الرصد والتوثيق
المرصد اليمني لحقوق الإنسان والهجرة
جوال: 967 733 105 482+
"""
    meta = dict(from_name="Dima Alnuaimi", from_email="dima.nuaimi@yohrm.example.org",
                subject="طلب مشاركة في النقاش المفتوح", received_at=R(2, 4, 8, 27, 55), sender_tz=tz(3),
                mid="<7e3b1a52-90c4-4f1d-b6a8-2d5f0c9e4a31@yohrm.example.org>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: ar"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ديما فواز النعيمي", "منسقة وحدة الرصد والتوثيق", "المرصد اليمني لحقوق الإنسان والهجرة",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="name, title and organisation only in the signature after '--'; 'المحامية' is a professional "
                       "honorific before the name; Thunderbird plain text")
    return meta, text_part(plain, cte="b64"), label


@message
def h41_12():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour des
migrations sûres, ordonnées et régulières préparé par l'Association d'aide juridique
aux personnes migrantes (AAJPM).

Le rapport présente notre expérience d'assistance juridique (412 dossiers en 2020),
les obstacles à l'accès à la justice et nos recommandations sur les objectifs 7 et 13.

Nous vous remercions de bien vouloir en accuser réception.

Cordialement,

Me Sonia Jelassi
Avocate, coordinatrice juridique
AAJPM - Tunis
"""
    docx = make_docx("Rapport volontaire d'examen du Pacte mondial sur les migrations - AAJPM",
                     ["Association d'aide juridique aux personnes migrantes (AAJPM)",
                      "1. Accès à la justice", "2. Détention administrative", "3. Recommandations"])
    root = mixed(text_part(plain, cte="qp"),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "Rapport_volontaire_PMM_AAJPM_février2021.docx", style="2231")])
    meta = dict(from_name="Sonia Jelassi", from_email="s.jelassi@aajpm.example.tn",
                subject="Rapport volontaire d'examen - AAJPM", received_at=R(2, 4, 11, 9, 3), sender_tz=tz(1),
                mid="<f2a4c6e8-1b3d-4f5a-8c7e-9d0b2a4c6e81@aajpm.example.tn>",
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.6.1", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_PMM_AAJPM_février2021.docx"], thread_of=None,
                 notes="DOCX report with a non-ASCII file name (RFC 2231); asks for an acknowledgement of receipt; "
                       "'Me' honorific and title in the signature are not a speaker request")
    return meta, root, label


@message
def h41_13():
    plain = """Dear Madam/Sir,

On behalf of the Bangladeshi Migrant Mothers Network (BMMN), please find attached
our voluntary report for the GCM regional review.

We would also like to request a floor intervention in Roundtable 4 (data,
evidence-based policies, non-discrimination and international cooperation) for:

- Name: Ms. Shirin Akter
- Title: Founder and Coordinator
- Organization: Bangladeshi Migrant Mothers Network (BMMN)

Many members of our network are returnee domestic workers from Jordan, Lebanon and
Saudi Arabia, and their voices are seldom heard in such meetings.

Warm regards,
Nusrat Jahan
Communications volunteer, BMMN
+880 1711 402 558
"""
    pdf = tiny_pdf(["BMMN - Voluntary GCM Review Report", "Voices of returnee migrant mothers",
                    "Recommendations on data and non-discrimination"], "BMMN report")
    root = mixed(gmail_alt(plain), [attachment(pdf, "application/pdf", "BMMN Voluntary Report GCM 2021.pdf")])
    meta = dict(from_name="Nusrat Jahan", from_email="bmmn.network@gmail.example.com",
                subject="BMMN voluntary report + speaker request", received_at=R(2, 4, 13, 36, 20), sender_tz=tz(6),
                mid="<CAP1rK6nXw9Ly3-Td8mS2vB5eJ0hG7uA4oW1cF6k@mail.gmail.com>")
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Shirin Akter", "Founder and Coordinator", "Bangladeshi Migrant Mothers Network (BMMN)",
                              ["roundtable"], 4)],
                 report_attachments=["BMMN Voluntary Report GCM 2021.pdf"], thread_of=None,
                 notes="report PDF and speaker request in one message, both on time; bulleted labelled lines with "
                       "'Ms.' on the name; sender is a volunteer; file name with spaces")
    return meta, root, label


@message
def h41_14():
    plain = """السادة فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

تتقدم نقابة أصحاب ومشغلي سيارات التاكسي في إربد بطلب مداخلتين في المائدة المستديرة
الأولى الخاصة بمسارات الهجرة النظامية والعمل اللائق، وفق الجدول التالي:

| الاسم               | الصفة                    | الجهة                                       |
|---------------------|--------------------------|---------------------------------------------|
| السيد عمر الزعبي    | رئيس النقابة              | نقابة أصحاب ومشغلي سيارات التاكسي في إربد   |
| السيد محمد نور حسين | ممثل السائقين المصريين    | نقابة أصحاب ومشغلي سيارات التاكسي في إربد   |

وتفضلوا بقبول الاحترام،
أمانة سر النقابة
"""
    meta = dict(from_name="نقابة التاكسي اربد", from_email="irbid.taxi.union@hotmail.example.com",
                subject="طلب مداخلة - المائدة المستديرة الأولى", received_at=R(2, 4, 15, 2, 11),
                mid="<DB7PR02MB4521A9E3F0C7D2B81E6A4F90C3120@DB7PR02MB4521.eurprd02.prod.outlook.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عمر الزعبي", "رئيس النقابة", "نقابة أصحاب ومشغلي سيارات التاكسي في إربد",
                              ["roundtable"], 1),
                           SP("محمد نور حسين", "ممثل السائقين المصريين", "نقابة أصحاب ومشغلي سيارات التاكسي في إربد",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a plain-text pipe table; 'السيد' (Mr.) before each name; roundtable as "
                       "ordinal word 'الأولى'; 'في إربد' is part of the union's name")
    return meta, gmail_alt(plain, rtl=True), label


@message
def h41_15():
    plain = """Dear Sir/Madam,

Kindly find attached the voluntary review report of the Sudanese Workers Forum in
the Gulf (SWFG) on the implementation of the Global Compact for Migration.

Please confirm receipt.

Regards,
Elfatih Abdelrahman Musa
Secretary for External Relations
SWFG
"""
    pdf = tiny_pdf(["Sudanese Workers Forum in the Gulf (SWFG)", "GCM voluntary review report",
                    "Kafala, wage protection, consular assistance"], "SWFG report")
    root = mixed(text_part(plain, cte="7bit", charset="us-ascii"),
                 [attachment(pdf, "application/octet-stream", "SWFG_GCM_report.pdf")])
    meta = dict(from_name="Elfatih Musa", from_email="elfatih.musa@swfg.example.org",
                subject="GCM report", received_at=R(2, 8, 19, 44, 2), sender_tz=tz(3), lag=95,
                mid="<20210208164227.4F2A1C0B7E@webmail.swfg.example.org>",
                extra_headers=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["SWFG_GCM_report.pdf"], thread_of=None,
                 notes="PDF attached as application/octet-stream (Roundcube); terse subject; received after the "
                       "speaker deadline but well before the report deadline")
    return meta, root, label


@message
def h41_16():
    plain = """Merci beaucoup pour votre accusé de réception !
Bonne journée,
Ines

Le mar. 2 févr. 2021 à 10:12, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Bonjour,
>
> Nous accusons réception de votre demande de prise de parole (référence GCM-FR-0014).
> Le programme définitif sera communiqué aux intervenants retenus.
>
> L'équipe du Examen régional du Pacte mondial sur les migrations - région arabe
"""
    meta = dict(from_name="Ines Gharbi", from_email="ines.gharbi@ftdtm.example.tn",
                subject="Re: Accusé de réception - Proposition de deux intervenants - FTDTM",
                received_at=R(2, 2, 11, 3, 27), sender_tz=tz(1),
                mid="<CAKp2tW9xJ0fQm7Lr4sN1bD8eH6vY3uZ5oG-B7kR@mail.gmail.com>",
                in_reply_to=ACK_03, references=MID[3] + " " + ACK_03)
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h41-03.eml",
                 notes="thank-you reply to our acknowledgement of h41-03, adds nothing new: no acknowledgement; the "
                       "quoted acknowledgement mentions 'demande de prise de parole'")
    return meta, gmail_alt(plain), label


@message
def h41_17():
    plain = """Madame, Monsieur,

Suite à notre message d'hier, une petite correction : le titre exact de Sœur
Marie-Thérèse Khoury est « Directrice du Centre d'écoute pour les travailleuses
domestiques migrantes », et non celui indiqué dans notre tableau. Le reste
(table ronde 3, OMES) est inchangé.

Toutes nos excuses pour ce contretemps.

Joëlle Aoun
Secrétariat de direction – OMES

De : Joëlle Aoun <secretariat@omes-liban.example.org>
Envoyé : mardi 2 février 2021 12:30
À : gcmrrarabstates@iom.int
Objet : Candidature OMES – table ronde 3

Madame, Monsieur,
L'Œuvre maronite d'entraide sociale (OMES) a le plaisir de vous transmettre la candidature de notre intervenante pour la table ronde thématique 3 [...]
"""
    meta = dict(from_name="Joëlle Aoun", from_email="secretariat@omes-liban.example.org",
                subject="RE: Candidature OMES – table ronde 3 (correction du titre)", received_at=R(2, 3, 9, 10, 36),
                lag=58, mid="<AM6PR08MB4215D1F8B2E05A3C9D4F22E8B6CA1@AM6PR08MB4215.eurprd08.prod.outlook.com>",
                in_reply_to=MID[6], references=MID[6], extra_headers=outlook_headers(17, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Marie-Thérèse Khoury", "Directrice du Centre d'écoute pour les travailleuses domestiques "
                              "migrantes", "Œuvre maronite d'entraide sociale (OMES)", ["roundtable"], 3)],
                 report_attachments=[], thread_of="h41-06.eml",
                 notes="follow-up correcting the speaker's title (in French quotes « »); the body names the organisation "
                       "only as 'OMES', full name in the quoted original; 'Sœur' again before the name; Outlook "
                       "'De : / Envoyé :' quoted header, not '>'-prefixed")
    return meta, text_part(plain, cte="qp"), label


@message
def h41_18():
    plain = """السلام عليكم ورحمة الله،

نرجو التكرم بإرسال جدول أعمال المؤتمر الإقليمي (24-25 شباط) وبرنامج المشاورة متعددة أصحاب
المصلحة، مع توقيت الجلسات بتوقيت بيروت، حتى نتمكن من ترتيب مشاركة فريقنا.

وشكراً،
حسن الكواري
قسم البرامج - مؤسسة الخليج للتنمية المجتمعية
الدوحة
"""
    meta = dict(from_name="Hassan Al-Kuwari", from_email="h.alkuwari@gcdf.example.qa",
                subject="طلب جدول الأعمال", received_at=R(2, 4, 17, 55, 41), sender_tz=tz(3),
                mid="<CAN2tY7mXr5Kw0-Pb4nL8vD3eG1hS9uE6oQ2aJ7d@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="request for the agenda; mentions the consultation and the team's "
                                        "participation but proposes no speaker")
    return meta, gmail_alt(plain, rtl=True), label


@message
def h41_19():
    plain = """Bonjour,

Je me permets de vous écrire, un peu tardivement je le sais, pour proposer une intervention
dans la deuxième table ronde (protection des droits humains des migrants). Je m'appelle
Aminata Koné, je suis chercheuse indépendante et je travaille depuis plusieurs années sur
les femmes ivoiriennes employées de maison au Liban et en Tunisie.

Je comprends si la date limite ne permet plus de retenir ma proposition.

Bien cordialement,
Aminata Koné

Envoyé de mon iPad
"""
    meta = dict(from_name="Aminata Koné", from_email="aminata.kone@icloud.example.com",
                subject="Proposition d'intervention", received_at=R(2, 6, 10, 41, 9), sender_tz=tz(0),
                mid="<5C2E8A14-3F9B-47D1-A0E6-81B7D4C92F35@icloud.example.com>",
                extra_headers=["X-Mailer: iPad Mail (18D52)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Aminata Koné", "chercheuse indépendante", None, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 Feb); first-person prose, no affiliation (independent researcher); "
                       "roundtable as ordinal word 'deuxième'; mentions the deadline herself")
    return meta, alt(plain, apple_html(plain)), label


@message
def h41_20():
    plain = """Dear colleagues,

Two quick practical questions on the regional conference of 24-25 February:

1. Will simultaneous interpretation be available in Arabic, English and French in
   all sessions, including the roundtables?
2. Will participants joining online receive a separate link for each roundtable,
   or one link for the whole conference?

Our colleagues from the Kuwait office will follow remotely.

Many thanks,

Priya Raman
Project Assistant | IOM Kuwait
Tel: +965 2221 7034

Disclaimer: This e-mail is intended only for the addressee. IOM does not accept
liability for any errors or omissions in its contents.
"""
    meta = dict(from_name="RAMAN Priya", from_email="praman@iom.example.int",
                subject="Interpretation and links - regional conference", received_at=R(2, 5, 9, 30, 12),
                sender_tz=tz(3), mid="<KW1PR01MB2745E8B3C9A0D64F1A27D5E3B90C8@KW1PR01MB2745.prod.outlook.com>",
                extra_headers=outlook_headers(20, "en-US"))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="logistics question (interpretation, online links) from an IOM mission; "
                                        "numbered list and roundtables mentioned, nothing submitted")
    return meta, alt(plain, outlook_html(paras(plain))), label


@message
def h41_21():
    plain = """السادة الأفاضل،

تحية طيبة،

بالتنسيق مع بعثة المنظمة الدولية للهجرة في بيروت، نود ترشيح ممثلة عن رابطتنا لتقديم
الرسائل الرئيسية لأصحاب المصلحة بصفة مقرِّرة خلال المؤتمر الإقليمي:

الاسم: السيدة تسفاي ملاكو
الصفة: نائبة رئيسة الرابطة
الجهة: رابطة العاملات المنزليات المهاجرات في لبنان

مع الشكر والتقدير،
ريم حمدان
متطوعة - رابطة العاملات المنزليات المهاجرات في لبنان
"""
    rows = [("الاسم", "السيدة تسفاي ملاكو"), ("الصفة", "نائبة رئيسة الرابطة"),
            ("الجهة", "رابطة العاملات المنزليات المهاجرات في لبنان")]
    table = "".join('<tr><td style="border:1px solid #ccc;padding:4px"><b>%s</b></td>'
                    '<td style="border:1px solid #ccc;padding:4px">%s</td></tr>' % r for r in rows)
    html = ('<div dir="rtl"><div>السادة الأفاضل،</div><div><br></div><div>تحية طيبة،</div><div><br></div>'
            '<div>بالتنسيق مع بعثة المنظمة الدولية للهجرة في بيروت، نود ترشيح ممثلة عن رابطتنا لتقديم الرسائل '
            'الرئيسية لأصحاب المصلحة بصفة مقرِّرة خلال المؤتمر الإقليمي:</div><div><br></div>'
            '<table style="border-collapse:collapse">%s</table><div><br></div>'
            '<div>مع الشكر والتقدير،</div><div>ريم حمدان</div>'
            '<div>متطوعة - رابطة العاملات المنزليات المهاجرات في لبنان</div></div>\n' % table)
    meta = dict(from_name="ريم حمدان", from_email="reem.hamdan.mdwa@gmail.example.com",
                subject="ترشيح مقررة - رابطة العاملات المنزليات المهاجرات", received_at=R(2, 5, 14, 2, 50),
                mid="<CAB6pQ1wXt8Lr2-Ym5kN3vF0eC9hD4uG7oT1aH5j@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("تسفاي ملاكو", "نائبة رئيسة الرابطة", "رابطة العاملات المنزليات المهاجرات في لبنان",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail HTML with a table (plain part has labelled lines); 'السيدة' before a non-Arab name; "
                       "mentions the IOM mission (coordination), which is not the affiliation; 'في لبنان' part "
                       "of the name; rapporteur as 'بصفة مقرِّرة' with shadda")
    return meta, alt(plain, html), label


@message
def h41_22():
    plain = """Bonjour,

Veuillez trouver ci-joint la contribution du Collectif des photographes exilés (CPE) à
l'examen régional : un rapport volontaire de 12 pages mêlant témoignages et
recommandations, accompagné de quelques photographies intégrées au document.

Nous sommes conscients que la date du 16 février est passée et espérons qu'il
pourra tout de même être pris en compte.

Amicalement,
Walid Mourad
pour le CPE
"""
    docx = make_docx("Collectif des photographes exilés - Rapport volontaire GCM",
                     ["Témoignages", "Recommandations aux États de la région"])
    root = mixed(alt(plain, outlook_html(paras(plain), "FR")),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "CPE - rapport volontaire.docx")])
    meta = dict(from_name="Walid Mourad", from_email="collectif.cpe@outlook.example.fr",
                subject="Rapport volontaire - Collectif des photographes exilés",
                received_at=R(2, 17, 10, 21, 5), sender_tz=tz(1), lag=44,
                mid="<PR3P191MB0872B6D1E9A4F05C3E8A71D2C4F90@PR3P191MB0872.EURP191.PROD.OUTLOOK.COM>",
                extra_headers=outlook_headers(22, "fr-FR"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["CPE - rapport volontaire.docx"], thread_of=None,
                 notes="late report (17 Feb), sender acknowledges the deadline; DOCX from Outlook.com")
    return meta, root, label


@message
def h41_23():
    plain = """Dear GCM Regional Review team,

UNFPA Iraq Country Office would like to propose two speakers for the plenary
session of the regional conference:

1. Dr. Shilan Rasul Karim, Assistant Representative, UNFPA Iraq Country Office
2. Mr. Goran Aziz Salih, UNFPA Iraq Country Office (Erbil sub-office)

Both have worked on the gender dimensions of displacement and return in the
Kurdistan Region. Apologies for sending this so late.

Kind regards,

Layla Jamil
Programme Analyst, Population & Development
UNFPA Iraq Country Office
Baghdad | +964 790 155 2748
"""
    meta = dict(from_name="Layla Jamil", from_email="jamil@unfpa.example.org",
                subject="UNFPA Iraq - proposed speakers", received_at=R(2, 6, 0, 14, 30), sender_tz=tz(3), lag=41,
                mid="<BN8PR02MB5906F3C1A7D92E0B4C6E88A1D5E27@BN8PR02MB5906.namprd02.prod.outlook.com>",
                extra_headers=outlook_headers(23, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Shilan Rasul Karim", "Assistant Representative", "UNFPA Iraq Country Office",
                              ["plenary"], None),
                           SP("Goran Aziz Salih", None, "UNFPA Iraq Country Office", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late by 14 minutes (Date header 01:14 +03:00 in Baghdad = 00:14 Beirut on 6 Feb); numbered "
                       "list, second speaker has no title ('(Erbil sub-office)' is a location detail); UN agency "
                       "nominating staff; sender is a third person")
    return meta, alt(plain, outlook_html(paras(plain))), label


@message
def h41_24():
    plain = """حضرات المنظمين الكرام،

تحية طيبة وبعد،

أنا المهندس جورج فرح، نائب رئيس غرفة التجارة والصناعة للمغتربين اللبنانيين في الخليج،
وأرغب في المشاركة بمداخلة في المائدة المستديرة الثالثة حول التحويلات المالية ومساهمات
المغتربين، لعرض تجربة الغرفة في دعم الاستثمار في المناطق الريفية في لبنان. أرفقت سيرتي
الذاتية المختصرة للاطلاع.

مع وافر الاحترام،
م. جورج فرح
جوال: 971 50 614 3390+
"""
    cv = tiny_pdf(["George Farah - short CV", "Vice-President, Lebanese Expatriates Chamber of Commerce and Industry"],
                  "CV")
    root = mixed(text_part(plain, cte="b64"), [attachment(cv, "application/pdf", "CV - George Farah.pdf")])
    meta = dict(from_name="George Farah", from_email="gfarah@lecci-gulf.example.ae",
                subject="طلب مداخلة في المائدة المستديرة الثالثة", received_at=R(2, 5, 19, 31, 18), sender_tz=tz(4),
                mid="<9b4e2d71-5c8a-4e3f-a1d6-7f0c2b9e8a54@lecci-gulf.example.ae>",
                extra_headers=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.1", "Content-Language: ar"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("جورج فرح", "نائب رئيس",
                              "غرفة التجارة والصناعة للمغتربين اللبنانيين في الخليج", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="first-person prose ('أنا المهندس ...'): 'المهندس'/'م.' honorifics, title and affiliation "
                       "run together ('نائب رئيس غرفة ...'); attached PDF is a CV, not a report; sent from the Gulf "
                       "(+04:00) on deadline day")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, prefix, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    sd, rd = R(2, 5, 23, 59, 59), R(2, 16, 23, 59, 59)
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = "5E%02dVb8Rk%s" % (i, "Z2q")
        name = "%s%02d.eml" % (prefix, i)
        assert fn.__name__.replace("_", "-") == name[:-4], (fn.__name__, name)
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd, "both": rat <= sd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout41"), "h41-", MESSAGES)
