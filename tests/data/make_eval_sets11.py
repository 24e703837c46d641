#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout11 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets11.py
Written without reading intake/ or rules/.  Each message is one function returning its envelope
(headers, client style), its MIME tree and its expected label (format of /work/shared/corpus/LABELS.md).
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
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def tz(h: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """A server receive time in 2021, Beirut time."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(30, 110, 70), w=32, h=16) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Report", producer="Microsoft Word for Microsoft 365") -> bytes:
    """A minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 780 Td"] + ["(%s) Tj T*" % esc(ln) for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20210201090000+02'00') >>"
         % (esc(title), esc(producer))).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
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


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       'wordprocessingml.document.main+xml"/>'
       '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
       'core-properties+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/></Relationships>')


def tiny_docx(heading, paragraphs, author="user") -> bytes:
    """A minimal valid WordprocessingML package with fixed timestamps (reproducible bytes)."""
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p)
                   for p in [heading, *paragraphs])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (escape(heading), escape(author)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                           ("word/document.xml", doc), ("docProps/core.xml", core)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    return MIMEText(text.replace("\r\n", "\n"), subtype, cs)


def alt(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data, ctype, filename, style="2231", disposition="attachment", cid=None):
    maintype, subtype = ctype.split("/")
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook / Gmail: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:  # RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        p.add_header("Content-ID", "<%s>" % cid)
    return p


def multipart(kind, parts, boundary=None, **params):
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML per client
def gmail_html(text, rtl=False, quoted=None, attribution=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n"))
              for para in text.strip("\n").split("\n\n")]
    out = '<div%s>%s</div>' % (d, "<div><br></div>".join(blocks))
    if quoted is not None:
        q = "<br>".join(escape(ln, quote=False) for ln in quoted.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (escape(attribution), q))
    return out + "\n"


def paras(text):
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))
        for para in text.strip("\n").split("\n\n"))


def outlook_html(inner, lang="EN-US", rtl=False, charset="utf-8"):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.t td{border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt}--></style></head>\n'
            '<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>'
            '<div class=WordSection1>\n%s\n</div></body></html>\n' % (charset, lang, d, inner))


def outlook_quote_html(header_lines, body):
    head = "<br>\n".join("<b>%s</b> %s" % (escape(k), escape(v)) for k, v in header_lines)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class=MsoNormal>%s</p></div>\n<p class=MsoNormal>&nbsp;</p>\n%s' % (head, paras(body)))


def outlook_quote_plain(header_lines, body):
    return "\n".join("%s %s" % kv for kv in header_lines) + "\n\n" + body


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                      for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc(s, charset="utf-8"):
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
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <%s>" % m["from_email"], "Delivered-To: " + MAILBOX,
         "Received: from %s (%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
         % (relay, relay, 20 + 9 * m["n"] % 200, m["qid"], MAILBOX, format_datetime(rat))]
    if m.get("inner_received"):
        h.append(m["inner_received"] % {"date": format_datetime(sent)})
    h.append("Authentication-Results: mx2.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
             % (host, host))
    h.append("From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")))
    h.append("To: " + m.get("to", MAILBOX))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc(m["subject"], m.get("hdr_charset", "utf-8")))
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


def outlook(n, lang, topic=None):
    hs = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dWm3kQz8rT0yLx5aPq2Nfg==" % (n * 53),
          "Content-Language: " + lang]
    if topic:
        hs.insert(1, "Thread-Topic: " + enc(topic))
    return hs


GMAIL_RECEIVED = "Received: by mail-wr1-f41.google.com with SMTP id c12so4410231wrx.7\r\n\tfor <%s>; %%(date)s" % MAILBOX

# ----------------------------------------------------------------- the organisers' call and reminder
CALL_SUBJECT = "Invitation: Regional Review of the Global Compact for Migration in the Arab region, 23-25 February 2021"
CALL_EN = """Dear colleagues,

On behalf of the Regional United Nations Network on Migration for the Arab States, co-chaired by IOM and ESCWA, we are pleased to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region. A multi-stakeholder consultation will be held virtually on 23 February 2021, followed by the Regional Review Conference on 24-25 February 2021.

Stakeholders are encouraged to:
1. Submit a voluntary GCM review report to gcmrrarabstates@iom.int by Tuesday 16 February 2021;
2. Request a speaking role by sending the name, title and organizational affiliation of the proposed speaker to gcmrrarabstates@iom.int by Friday 5 February 2021.

Speaking roles include taking part in the open discussion of the multi-stakeholder consultation, serving as rapporteur to deliver the key messages of stakeholders to the Conference, and making a floor intervention in a plenary session or in one of the four thematic roundtables:
Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration
Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention
Roundtable 3: Social inclusion, access to services, remittances and diaspora contributions
Roundtable 4: Data, evidence-based policy, non-discrimination and international cooperation

Please note that the number of speaking slots is limited and that the Secretariat will confirm the final list of speakers in due course.

Kind regards,
GCM Regional Review Secretariat
IOM Regional Office for the Middle East and North Africa"""

REMINDER_EN = """Dear partners,

This is a friendly reminder that requests for speaking roles at the Regional Review of the GCM in the Arab region (open discussion of the multi-stakeholder consultation, rapporteur, or floor intervention in the plenary or in one of the four thematic roundtables) should reach us by Friday 5 February 2021, with the name, title and organizational affiliation of the speaker.

Voluntary GCM review reports are welcome until Tuesday 16 February 2021.

Best regards,
GCM Regional Review Secretariat"""

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= messages
MID_01 = "<VI1PR09MB4127A3C9E0D51F7B22E6A0F4D2BF0@VI1PR09MB4127.eurprd09.prod.outlook.example.com>"
MID_CALL = "<DBBPR02MB70316F2A9D3C51B0E84A77C1F2B90@DBBPR02MB7031.eurprd02.prod.outlook.example.com>"


@message
def h11_01():
    hdr = [("From:", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
           ("Sent:", "Monday, January 25, 2021 3:12 PM"), ("To:", "undisclosed-recipients"),
           ("Subject:", CALL_SUBJECT)]
    top = """Dear GCM Regional Review team,

Further to your invitation below, the Kenya Gulf Diaspora Alliance (KGDA) would like to request a floor intervention in Roundtable 3 (social inclusion, access to services, remittances and diaspora contributions).

Our proposed speaker is Mr. Daniel Kiprono Mutai, Chairperson of KGDA, based in Doha. He has led the Alliance's work on remittance costs and on the reintegration of returnees since 2017.

Kindly confirm receipt.

Best regards,

Wanjiru Kamau
Secretary, Kenya Gulf Diaspora Alliance (KGDA)
Tel: +974 5512 8840 | +254 722 410 377
"""
    disclaimer = ("DISCLAIMER: This email and any files transmitted with it are confidential and intended solely "
                  "for the use of the individual or entity to whom they are addressed.")
    plain = top + "\n" + disclaimer + "\n\n" + "_" * 32 + "\n" + outlook_quote_plain(hdr, CALL_EN) + "\n"
    html = outlook_html(paras(top) + '\n<p class=MsoNormal><span style="font-size:8.0pt;color:gray">%s</span></p>\n'
                        '<p class=MsoNormal>&nbsp;</p>\n' % escape(disclaimer) + outlook_quote_html(hdr, CALL_EN))
    root = alt(plain, html, boundary="_000_VI1PR09MB4127A3C9E0D51F7B22E6A0F4D2BF0VI1PR09MB4127eurp_")
    meta = dict(from_name="Wanjiru Kamau", from_email="w.kamau@kgda.example.org", relay="mail-db8eur05.outbound.example.com",
                subject="RE: " + CALL_SUBJECT, received_at=R(1, 26, 11, 5, 14), sender_tz=tz(3), lag=52,
                mid=MID_01, in_reply_to=MID_CALL, references=MID_CALL, extra_headers=outlook(1, "en-US", CALL_SUBJECT))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Daniel Kiprono Mutai", "Chairperson", "Kenya Gulf Diaspora Alliance (KGDA)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook reply on top of the organisers' call (quoted without '>' after an Outlook header "
                       "block): the quoted call names every role, all four roundtables and both deadlines; the "
                       "sender (Secretary) nominates the Chairperson; 'Chairperson of KGDA' uses the acronym, the "
                       "full name is in the first sentence; 'based in Doha' is not part of the affiliation")
    return meta, root, label


MID_02 = "<000601d6f4a1$2b7c9e10$82d5da30$@phan.example.ps>"


@message
def h11_02():
    intro = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،
تحية طيبة وبعد،

تتشرف شبكة الوصول الصحي الفلسطينية بترشيح اثنين من كوادرها للمشاركة كمتحدثين في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية يومي 24 و25 شباط/فبراير 2021، وذلك في المائدتين المستديرتين الثالثة والرابعة، وفق الجدول التالي:"""
    rows = [("Name", "Position", "Organization", "Requested session"),
            ("Dr. Rania Odeh", "Director of Community Health Programmes", "Palestinian Health Access Network (PHAN)",
             "Roundtable 3 - access to basic services"),
            ("Eng. Samer Khalil", "Health Information Systems Officer", "Palestinian Health Access Network (PHAN)",
             "Roundtable 4 - data and evidence")]
    outro = """علماً بأن الدكتورة رانيا تتحدث العربية والإنجليزية، وأن المهندس سامر سيقدّم عرضاً موجزاً حول أنظمة البيانات الصحية الخاصة بالعمال المهاجرين والعائدين.

وتفضلوا بقبول فائق الاحترام والتقدير،

محمود الزعبي
منسق العلاقات الخارجية
شبكة الوصول الصحي الفلسطينية
رام الله – فلسطين
هاتف: +970 2 298 4410"""
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    table = ('<table class=t dir=ltr border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
             + "\n".join("<tr>%s</tr>" % "".join("<td><p class=MsoNormal>%s%s%s</p></td>"
                                                  % ("<b>" if i == 0 else "", escape(c), "</b>" if i == 0 else "")
                                                  for c in r) for i, r in enumerate(rows))
             + "\n</table>")
    html = outlook_html(paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro), lang="AR-SA", rtl=True)
    root = alt(plain, html, boundary="----=_NextPart_000_0007_01D6F4B2.2B7E4A60")
    meta = dict(from_name="Mahmoud Al-Zoubi", from_email="m.zoubi@phan.example.ps",
                subject="ترشيح متحدثين - شبكة الوصول الصحي الفلسطينية / PHAN speakers",
                received_at=R(1, 27, 13, 20, 41), lag=66, mid=MID_02, extra_headers=outlook(2, "ar-SA"))
    aff = "Palestinian Health Access Network (PHAN)"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("Rania Odeh", "Director of Community Health Programmes", aff, ["roundtable"], 3),
                           SP("Samer Khalil", "Health Information Systems Officer", aff, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="Arabic letter, speaker details only in an English table (tab-separated in text/plain, "
                       "HTML table in the RTL Outlook body); two nominees, honorifics 'Dr.' and 'Eng.' in the "
                       "cells; the Arabic prose names the organisation in Arabic; the signer is not a speaker")
    return meta, root, label


MID_03 = "<CAF7n2kQ9xR4Lb0pWm8-Tz3vH6cYd1sAe5uJ0gN2@mail.gmail.com>"


@message
def h11_03():
    plain = """Bonjour,

Je me permets de vous écrire suite à l'appel à participation pour l'examen
régional du Pacte mondial sur les migrations. Je souhaiterais prendre part
à la discussion ouverte lors de la consultation multipartite du 23 février,
au nom de notre association qui accompagne depuis 2012 les migrants
subsahariens en transit à Oran et à Maghnia.

Merci de me confirmer la bonne réception de ce message.

Bien cordialement,

--
أمينة بلقاسم
رئيسة جمعية التضامن مع المهاجرين
وهران - الجزائر
الهاتف: 0550 12 34 87 (213+)
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000003c8d9e05b9f2a41b")
    meta = dict(from_name="Amina Belkacem", from_email="amina.belkacem.oran@gmail.example.com",
                relay="mail-wr1-f41.google.com", inner_received=GMAIL_RECEIVED,
                subject="Demande de participation - consultation du 23 février",
                received_at=R(1, 28, 21, 47, 5), sender_tz=tz(1), lag=3, mid=MID_03)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("أمينة بلقاسم", "رئيسة", "جمعية التضامن مع المهاجرين", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="French body, first person, hard-wrapped; name, title and association only in an Arabic "
                       "signature ('رئيسة جمعية ...' = president of the association, construct form), the From "
                       "display name is the Latin spelling; 'discussion ouverte ... consultation multipartite' = "
                       "open_discussion; acknowledge in French")
    return meta, root, label


@message
def h11_04():
    plain = """Bonjour,

Dans le cadre de la préparation de notre couverture de l'examen régional du
Pacte mondial pour les migrations, pourriez-vous nous transmettre l'ordre du
jour provisoire de la conférence des 24 et 25 février ainsi que la note
conceptuelle, si elle est disponible ?

Nous souhaiterions également savoir si les séances plénières seront
retransmises en ligne et si des journalistes peuvent suivre les débats en
tant qu'observateurs.

Avec nos remerciements,

Karima Ould Ali
Secrétaire de rédaction
Réseau des journalistes pour les migrations en Afrique du Nord (RJMAN)
Nouakchott / Tunis
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    root.set_param("format", "flowed")
    meta = dict(from_name="Karima Ould Ali", from_email="redaction@rjman.example.org",
                subject="Ordre du jour de la conférence régionale PMM", received_at=R(1, 29, 10, 2, 37),
                sender_tz=tz(0), lag=18, mid="<5c1f0a2e-7d3b-4e8a-b1f6-93c2d4e7a015@rjman.example.org>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the provisional agenda and concept note from a journalists' network; asks "
                       "about web streaming and observers; a name, title and organisation appear in the signature "
                       "but no speaking role is requested")
    return meta, root, label


@message
def h11_05():
    plain = """Dear colleagues,

Greetings from Dhaka. Please find below the details of our nominee for a
speaking role at the Regional Review of the GCM in the Arab region:

   Name of speaker : Ms. Shirin Akhter
   Designation     : Deputy Director (Programmes)
   Organisation    : Bangladeshi Migrant Women Workers' Forum (BMWWF), Dhaka
   Session         : Thematic Roundtable 2 - Protecting the human rights of
                     migrants (border governance, smuggling, trafficking
                     and detention)
   Contact         : shirin.akhter@bmwwf.example.org.bd / +880 1711 452093

Ms. Akhter has worked with women domestic workers returning from Saudi
Arabia, Jordan and Lebanon for more than ten years and coordinates our
shelter and legal aid desk at Hazrat Shahjalal International Airport.

We also intend to send our voluntary review report before the deadline.

With warm regards,

Nazma Begum Chowdhury
Executive Director
BMWWF
House 34, Road 7, Dhanmondi, Dhaka 1205, Bangladesh
Phone: +880 2 9116 742
"""
    root = text_part(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Nazma Begum Chowdhury", from_email="ed@bmwwf.example.org.bd",
                subject="Nomination of speaker - GCM Regional Review (Arab States)",
                received_at=R(1, 31, 9, 15, 2), sender_tz=tz(6), lag=41,
                mid="<3f9a2c71-08be-4d15-a6e2-1b7c5d90e3f4@bmwwf.example.org.bd>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.6.1", "Content-Language: en-US"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Shirin Akhter", "Deputy Director (Programmes)",
                              "Bangladeshi Migrant Women Workers' Forum (BMWWF)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="'Dear colleagues, please find below' + aligned 'Label : value' block with 'Designation' "
                       "for the title; the session value wraps over three lines; the organisation is followed by "
                       "', Dhaka' (city, not part of it); a report is only announced (no attachment); the sender "
                       "(Executive Director) nominates a colleague")
    return meta, root, label


MID_06 = "<CAM4pXr7Nc2vB8hQ0sW3kZt6gLf9yE1dJ5aR7uK3@mail.gmail.com>"
BODY_06 = """السلام عليكم ورحمة الله وبركاته،

نود في مؤسسة دار الأمان لرعاية النساء المهاجرات بالقاهرة أن نرشح الأستاذة نجلاء فؤاد عبد الحميد للمشاركة بمداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين، نظراً لخبرتها الطويلة في متابعة قضايا النساء ضحايا الاتجار بالبشر والمحتجزات.

نرجو التكرم بتأكيد استلام الطلب.

مع خالص الشكر والتقدير،
هبة الله مصطفى
مؤسسة دار الأمان
+20 2 2735 9014"""


@message
def h11_06():
    root = alt(BODY_06 + "\n", gmail_html(BODY_06, rtl=True), boundary="000000000000a7d41e05ba3c6f27")
    meta = dict(from_name="هبة الله مصطفى", from_email="hebatallah.mostafa@daralaman.example.org.eg",
                relay="mail-ej1-f66.google.com", subject="ترشيح للمشاركة في المائدة المستديرة الثانية",
                received_at=R(2, 1, 12, 30, 12), lag=9, mid=MID_06)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("نجلاء فؤاد عبد الحميد", None, "مؤسسة دار الأمان لرعاية النساء المهاجرات",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="nominee given in prose after the honorific 'الأستاذة'; no title (added in a follow-up the "
                       "next day); the affiliation is followed by 'بالقاهرة' (city with attached preposition) and "
                       "the signature repeats it in short form; roundtable as the ordinal 'الثانية'")
    return meta, root, label


ACK_02 = "<ack-20210127-1122-7f3e@gcm-intake.iom.int>"


@message
def h11_07():
    hdr = [("From:", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
           ("Sent:", "Wednesday, January 27, 2021 1:22 PM"), ("To:", "Mahmoud Al-Zoubi <m.zoubi@phan.example.ps>"),
           ("Subject:", "تم الاستلام: ترشيح متحدثين - شبكة الوصول الصحي الفلسطينية / PHAN speakers")]
    ack = """السيد محمود الزعبي المحترم،

نشكركم على رسالتكم. نؤكد استلام طلبكم للمشاركة كمتحدثين في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، وسيتواصل معكم فريق الأمانة بشأن قائمة المتحدثين النهائية.

مع التحية،
أمانة الاستعراض الإقليمي"""
    top = """شكراً جزيلاً على تأكيد الاستلام، وبانتظار التفاصيل المتعلقة بالمشاركة.

مع التحية،
محمود الزعبي"""
    plain = top + "\n\n" + "_" * 32 + "\n" + outlook_quote_plain(hdr, ack) + "\n"
    html = outlook_html(paras(top) + "\n<p class=MsoNormal>&nbsp;</p>\n" + outlook_quote_html(hdr, ack),
                        lang="AR-SA", rtl=True)
    root = alt(plain, html, boundary="----=_NextPart_000_0019_01D6F8A4.0C9E3B70")
    meta = dict(from_name="Mahmoud Al-Zoubi", from_email="m.zoubi@phan.example.ps",
                subject="RE: تم الاستلام: ترشيح متحدثين - شبكة الوصول الصحي الفلسطينية / PHAN speakers",
                received_at=R(2, 1, 14, 10, 55), lag=38, mid="<001901d6f89b$0c9e3b70$26dab250$@phan.example.ps>",
                in_reply_to=ACK_02, references=MID_02 + " " + ACK_02, extra_headers=outlook(7, "ar-SA"))
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h11-02.eml",
                 notes="thank-you reply to our acknowledgement of h11-02, adds nothing new: do not acknowledge; "
                       "References carry the original request's Message-ID; the quoted acknowledgement mentions "
                       "speakers")
    return meta, root, label


MID_08 = "<8b3d6f20-4c9e-1a7b-d52e-0f6a9c3b8e41@cumsem.example.ma>"
BODY_08 = """Madame, Monsieur,

Au nom du Consortium universitaire Maghreb-Sahel pour l'étude des
migrations (CUMSEM), qui réunit onze laboratoires de recherche au Maroc,
en Mauritanie, au Mali et au Niger, j'ai l'honneur de proposer la
candidature du Pr Abdelkader Zerrouki, coordinateur scientifique du
CUMSEM, pour une intervention lors de la table ronde thématique n° 4
(données, politiques fondées sur des éléments probants et coopération
internationale).

Le Pr Zerrouki pourra notamment présenter les résultats de l'enquête
régionale 2019-2020 sur les migrants de retour.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Dr Salma Idrissi Bouzidi
Chargée de la coordination
CUMSEM - Faculté des lettres et des sciences humaines, Agadir
Tél. : +212 5 28 22 71 40"""


@message
def h11_08():
    root = text_part(BODY_08 + "\n", "plain", "utf-8", "qp")
    meta = dict(from_name="Salma Idrissi Bouzidi", from_email="s.idrissi@cumsem.example.ma",
                subject="Proposition d'intervenant - table ronde 4", received_at=R(2, 1, 16, 45, 20),
                sender_tz=tz(1), lag=27, mid=MID_08,
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Abdelkader Zerrouki", "coordinateur scientifique",
                              "Consortium universitaire Maghreb-Sahel pour l'étude des migrations (CUMSEM)",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="academic consortium; honorific 'Pr' (no dot) before the name; title followed by the "
                       "acronym only ('coordinateur scientifique du CUMSEM'), the full name is in the first "
                       "sentence, hard-wrapped across lines; 'table ronde thématique n° 4'; the signer (Dr, "
                       "coordination officer) is not the speaker")
    return meta, root, label


@message
def h11_09():
    top = """عذراً، سقط سهواً ذكر المسمى الوظيفي للأستاذة نجلاء في رسالتي السابقة:
الأستاذة نجلاء فؤاد عبد الحميد هي مديرة وحدة الدعم القانوني والنفسي في المؤسسة.

شكراً لتفهمكم،
هبة الله"""
    attribution = ("في الاثنين، 1 فبراير 2021 في 12:30 م تمت كتابة ما يلي بواسطة هبة الله مصطفى "
                   "<hebatallah.mostafa@daralaman.example.org.eg>:")
    plain = top + "\n\n" + attribution + "\n\n" + quote(BODY_06) + "\n"
    html = gmail_html(top, rtl=True, quoted=BODY_06, attribution=attribution)
    root = alt(plain, html, boundary="0000000000004b9c2d05ba4f1e83")
    meta = dict(from_name="هبة الله مصطفى", from_email="hebatallah.mostafa@daralaman.example.org.eg",
                relay="mail-ej1-f66.google.com", subject="Re: ترشيح للمشاركة في المائدة المستديرة الثانية",
                received_at=R(2, 2, 9, 5, 48), lag=7, mid="<CAM4pXr5jW0sT2yQ8nD6vFb1kGz3hC9eL7xP4mR2@mail.gmail.com>",
                in_reply_to=MID_06, references=MID_06)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("نجلاء فؤاد عبد الحميد", "مديرة وحدة الدعم القانوني والنفسي",
                              "مؤسسة دار الأمان لرعاية النساء المهاجرات", ["roundtable"], 2)],
                 report_attachments=[], thread_of="h11-06.eml",
                 notes="follow-up in the same Gmail thread that only adds the missing title; affiliation ('في "
                       "المؤسسة') and roundtable are only in the quoted original; the speaker is not the sender")
    return meta, root, label


@message
def h11_10():
    plain = """Dear Colleagues,

Warm greetings from the Filipino Migrant Workers Network in the Gulf (FMWN-Gulf)!

Following your call for speaking roles, we would like to put forward the following:

Rapporteur: Ms. Maria Cristina Dela Cruz-Santos, Secretary-General, FMWN-Gulf
Plenary intervention: Prof. Ramon T. Villanueva, Senior Research Fellow, Philippine Institute for Overseas Employment Studies (PIOES)

Prof. Villanueva is our long-time research partner and has agreed to speak on the situation of Filipino seafarers and domestic workers stranded during the pandemic.

Mabuhay and thank you!

Jocelyn Reyes Bautista
Communications Officer | FMWN-Gulf
Manama, Kingdom of Bahrain
Mobile/WhatsApp: +973 3644 1208
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000e1f5a705ba55c7d9")
    meta = dict(from_name="Jocelyn Bautista", from_email="fmwn.gulf@gmail.example.com",
                relay="mail-pj1-f52.google.com", inner_received=GMAIL_RECEIVED,
                subject="Speakers - FMWN-Gulf", received_at=R(2, 2, 15, 30, 26), sender_tz=tz(3), lag=5,
                mid="<CAN9sYq3Hd7kT1vP5bX0mR8wLc2fE6jA4gZ9uQ1n@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maria Cristina Dela Cruz-Santos", "Secretary-General",
                              "Filipino Migrant Workers Network in the Gulf (FMWN-Gulf)", ["rapporteur"], None),
                           SP("Ramon T. Villanueva", "Senior Research Fellow",
                              "Philippine Institute for Overseas Employment Studies (PIOES)", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="role written first on each line ('Rapporteur: Ms. ...', 'Plenary intervention: Prof. "
                       "...'); two speakers from two organisations; the first line gives only the acronym "
                       "'FMWN-Gulf', its full form is in the greeting; compound surname, middle initial; sender "
                       "is a shared Gmail address")
    return meta, root, label


@message
def h11_11():
    plain = """سعادة منسق الأمانة الفنية للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترم،

تهديكم الهيئة الوطنية لحقوق الإنسان والمظالم أطيب تحياتها، وبالإشارة إلى الدعوة الكريمة للمشاركة في أعمال الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّها أن تبلغكم بترشيح سعادة الأستاذة الدكتورة ليلى عبد الرحيم المنصوري، المفوضة الخاصة لشؤون العمال المهاجرين بالهيئة، لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 فبراير 2021.

وتود الهيئة أن تشير إلى أن سعادتها ستتناول في مداخلتها تجربة الهيئة في تلقي شكاوى العمال المهاجرين ومعالجتها خلال عام 2020.

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة التعاون الدولي
الهيئة الوطنية لحقوق الإنسان والمظالم
هاتف: 4471 4402 974+

تنويه: هذه الرسالة وما تتضمنه من مرفقات سرية ومخصصة للمرسل إليه فقط. إذا وصلتكم هذه الرسالة عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.
Disclaimer: This message and its attachments are confidential and intended solely for the addressee.
"""
    html = outlook_html(paras(plain), lang="AR-QA", rtl=True, charset="windows-1256")
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0033_01D6FA1E.5D4C8B20")
    meta = dict(from_name="إدارة التعاون الدولي", from_email="intl.coop@nhrog.example.qa", hdr_charset="windows-1256",
                subject="ترشيح للمداخلة في الجلسة العامة - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=R(2, 3, 11, 0, 9), sender_tz=tz(3), lag=74,
                mid="<003301d6fa0d$5d4c8b20$17e5a160$@nhrog.example.qa>", extra_headers=outlook(11, "ar-QA"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ليلى عبد الرحيم المنصوري", "المفوضة الخاصة لشؤون العمال المهاجرين",
                              "الهيئة الوطنية لحقوق الإنسان والمظالم", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="formal letter from a national human rights institution / ombudsperson; stacked honorifics "
                       "'سعادة الأستاذة الدكتورة' before the name; affiliation only by reference ('بالهيئة') and in "
                       "the first sentence and signature; 'الجلسة العامة' = plenary; windows-1256; bilingual "
                       "disclaimer; the letter opens with 'سعادة' addressed to the organisers")
    return meta, root, label


@message
def h11_12():
    inner = """<p class=MsoNormal>Dear Sir/Madam,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, the Technical Secretariat of the National Tripartite Committee on Labour Migration (NTCLM) of the Arab Republic of Egypt wishes to register <b>H.E. Dr. Tarek Abdel-Moneim Hafez</b>, Chair of the NTCLM, to deliver a floor intervention in the plenary session of the Regional Review Conference on 24-25 February 2021.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The NTCLM brings together the Ministry of Manpower, the Federation of Egyptian Industries and the Egyptian Trade Union Federation, and H.E. Dr. Hafez will present the tripartite perspective on fair recruitment and the protection of Egyptian workers abroad.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>We remain at your disposal for any additional information.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b><span style="color:#1F3864">Mona Sherif</span></b><br>
<span style="color:#1F3864">Technical Secretariat Coordinator<br>
National Tripartite Committee on Labour Migration<br>
3 Youssef Abbas St., Nasr City, Cairo<br>
Tel.: +20 2 2260 7713</span></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><span style="font-size:7.5pt;color:#7F7F7F">This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Please consider the environment before printing this e-mail.</span></p>"""
    root = text_part(outlook_html(inner, lang="EN-US"), "html", "utf-8", "qp")
    meta = dict(from_name="Mona Sherif", from_email="techsec@ntclm.example.gov.eg",
                subject="Registration of speaker - NTCLM Egypt - Plenary", received_at=R(2, 3, 17, 20, 33),
                lag=58, mid="<AM6PR04MB5112D0E8C3A47B9F61E2C054A3F99@AM6PR04MB5112.eurprd04.prod.outlook.example.com>",
                relay="mail-am6eur04.outbound.example.com", extra_headers=outlook(12, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tarek Abdel-Moneim Hafez", "Chair",
                              "National Tripartite Committee on Labour Migration (NTCLM)", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message; tripartite government/employers/workers body; stacked honorifics "
                       "'H.E. Dr.' in bold; title 'Chair of the NTCLM' uses the acronym, the full name with acronym "
                       "appears earlier followed by 'of the Arab Republic of Egypt'; the sender signs as "
                       "coordinator of the same committee and is not the speaker")
    return meta, root, label


@message
def h11_13():
    text = """Madame, Monsieur,

Le Foyer Al-Karama, qui accueille à Beyrouth des travailleuses domestiques migrantes en situation de détresse, souhaite proposer l'intervention de Mme Joëlle Abi Nader, responsable de l'accompagnement juridique, en séance plénière, et si possible également lors de la table ronde n°2 consacrée à la protection des droits humains des migrants.

Mme Abi Nader pourra s'exprimer en français, en arabe ou en anglais.

Nous vous remercions par avance de l'attention portée à notre demande.

Bien à vous,

Carla Haddad
Directrice
Foyer Al-Karama
Achrafieh, Beyrouth – Liban
Tél. +961 1 49 20 33"""
    html = outlook_html(paras(text), lang="FR")
    root = alt(text + "\n", html, boundary="_000_DB7PR10MB2245F3A1C9E06B27D84F1C0E9D7C0DB7PR10MB2245EURP_")
    meta = dict(from_name="Carla Haddad", from_email="direction@foyer-alkarama.example.lb",
                subject="Demande d'intervention - Foyer Al-Karama", received_at=R(2, 4, 10, 40, 16), lag=44,
                mid="<DB7PR10MB2245F3A1C9E06B27D84F1C0E9D7C0@DB7PR10MB2245.EURPRD10.PROD.OUTLOOK.example.com>",
                relay="mail-db7eur10.outbound.example.com", extra_headers=outlook(13, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Joëlle Abi Nader", "responsable de l'accompagnement juridique", "Foyer Al-Karama",
                              ["plenary", "roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="shelter for migrant domestic workers; the director nominates a colleague ('Mme ...'), "
                       "title after the name in lower case; two roles: plenary and, 'si possible également', "
                       "roundtable n°2; affiliation only as the subject of the first sentence and in the signature")
    return meta, root, label


@message
def h11_14():
    top = """Madame, Monsieur,

Suite à notre message du 1er février, le Pr Zerrouki souhaiterait
finalement assurer le rôle de rapporteur (présentation des messages clés
des parties prenantes) plutôt qu'une intervention en table ronde, s'il
reste une place.

Les autres informations sont inchangées.

Bien cordialement,

Dr Salma Idrissi Bouzidi
Chargée de la coordination - CUMSEM
"""
    attribution = "Le 01/02/2021 à 15:44, Salma Idrissi Bouzidi a écrit :"
    plain = top + "\n" + attribution + "\n" + quote(BODY_08) + "\n"
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Salma Idrissi Bouzidi", from_email="s.idrissi@cumsem.example.ma",
                subject="Re: Proposition d'intervenant - table ronde 4", received_at=R(2, 4, 18, 5, 3),
                sender_tz=tz(1), lag=21, mid="<a41e7c09-5b2d-4f3a-9e86-c07d1b2f5a93@cumsem.example.ma>",
                in_reply_to=MID_08, references=MID_08,
                extra_headers=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                               "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Abdelkader Zerrouki", "coordinateur scientifique",
                              "Consortium universitaire Maghreb-Sahel pour l'étude des migrations (CUMSEM)",
                              ["rapporteur"], None)],
                 report_attachments=[], thread_of="h11-08.eml",
                 notes="request to change the role only (roundtable 4 -> rapporteur); the new text gives only "
                       "'le Pr Zerrouki', the full name, title and affiliation are in the '>'-quoted original, "
                       "whose 'table ronde thématique n° 4' and the subject's 'table ronde 4' are the old role; the full "
                       "affiliation breaks across two '>' lines")
    return meta, root, label


@message
def h11_15():
    top = """Dear team,

We would like to take the floor in Roundtable 1 (regular pathways and decent work). The speaker will be myself, details below.

Best,
Grace

--
Grace Nakato
Executive Director
Uganda Returnee Migrant Workers Association (URMWA)
Plot 12, Kira Road, Kampala
+256 772 318 906"""
    attribution = ("On Wed, Feb 3, 2021 at 11:04 AM GCM Regional Review Arab States "
                   "<gcmrrarabstates@iom.int> wrote:")
    plain = top + "\n\n" + attribution + "\n\n" + quote(REMINDER_EN) + "\n"
    root = alt(plain, gmail_html(top, quoted=REMINDER_EN, attribution=attribution),
               boundary="000000000000f2a8b605ba8e0c31")
    mid_rem = "<DBBPR02MB7031A1C4E2F95D0B36E8C1A7F2BC1@DBBPR02MB7031.eurprd02.prod.outlook.example.com>"
    meta = dict(from_name="Grace Nakato", from_email="grace.nakato@urmwa.example.ug", relay="mail-lj1-f44.google.com",
                subject="Re: Reminder: speaking role requests due Friday 5 February", received_at=R(2, 5, 19, 55, 40),
                sender_tz=tz(3), lag=6, mid="<CAG1rT8mWq5zK3nB0vY7dH2pXc9sF4eL6aJ1uN8w@mail.gmail.com>",
                in_reply_to=mid_rem, references=mid_rem)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Grace Nakato", "Executive Director",
                              "Uganda Returnee Migrant Workers Association (URMWA)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="short Gmail reply on top of the organisers' reminder ('>'-quoted, lists all roles and both "
                       "deadlines); the speaker is the sender ('myself') and her details are only in the '--' "
                       "signature; migrant-led returnee association; received on the deadline day")
    return meta, root, label


@message
def h11_16():
    plain = """مرحباً،

أنا صحفي مستقل مقيم في الخرطوم، أغطي قضايا الهجرة والعمالة السودانية في دول الخليج منذ ٢٠١٤، وأرغب في المشاركة في النقاش المفتوح خلال المشاورة مع أصحاب المصلحة يوم ٢٣ فبراير.

الاسم: عثمان الطيب حمد النيل
الهاتف/واتساب: +249 91 234 5567

مع الشكر

Sent from my iPhone"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Osman Eltayeb", from_email="osman.eltayeb.journalist@yahoo.example.com",
                relay="sonic305-21.consmr.mail.ne1.yahoo.example.com",
                subject="طلب مشاركة", received_at=R(2, 6, 8, 40, 22), lag=12,
                mid="<F7C2A9E1-3B5D-4C80-9A16-2E4D8B0C7F53@yahoo.example.com>",
                extra_headers=["X-Mailer: iPhone Mail (18C66)"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عثمان الطيب حمد النيل", "صحفي مستقل", None, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February); freelance journalist with no organisation (affiliation null); "
                       "title only in first-person prose, name on a labelled line; Arabic-Indic digits; "
                       "'النقاش المفتوح خلال المشاورة' = open_discussion; English 'Sent from my iPhone'; base64 "
                       "single-part body; Latin From display name")
    return meta, root, label


@message
def h11_17():
    plain = """Hello,

Our network sent a request for a speaking slot in Roundtable 3 last week. Could you kindly advise on the following practical points:

1. Which platform will be used for the conference (Zoom, Webex, Teams)? Will the links be shared with all registered participants or only with the speakers?
2. Will simultaneous interpretation be available in English? Several of our members do not speak Arabic.
3. When will speakers be informed whether their request has been accepted, and is there a time limit for each intervention?

Many thanks in advance.

Kind regards,
Dilani Wickramasinghe
Programme Officer
Sri Lanka Migrant Workers' Solidarity Network (SLMWSN)
Colombo 05, Sri Lanka
Tel: +94 11 258 3371
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000c5b07d05baa21e64")
    meta = dict(from_name="Dilani Wickramasinghe", from_email="dilani.w@slmwsn.example.lk",
                relay="mail-pf1-f170.google.com", subject="Practical questions - GCM regional review conference",
                received_at=R(2, 6, 10, 2, 51), sender_tz=tz(5.5), lag=8,
                mid="<CAK7vQ2xN9dF4hT1mZ6pW3sB8cR0yL5gE2jU7aK9@mail.gmail.com>")
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (platform, interpretation, timing); refers to an earlier speaker request "
                       "that is not in this set and mentions 'Roundtable 3' and 'speaking slot', but proposes no "
                       "speaker; numbered list; Date header in +05:30")
    return meta, root, label


@message
def h11_18():
    plain = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

أنا منسق البرامج في منظمة سوريّة تعمل مع اللاجئين والعائدين، وقد تلقينا الدعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة. أودّ الاستفسار عمّا يلي:
- هل ستُعقد اجتماعات 24 و25 شباط حضورياً في بيروت أم عبر الإنترنت فقط؟
- في حال كانت حضورية، هل يمكنكم تزويدنا برسالة دعوة رسمية لتقديم طلب تأشيرة الدخول إلى لبنان، علماً بأنني أحمل جواز سفر سورياً وأقيم حالياً في غازي عنتاب؟
- هل تتكفل الجهة المنظمة بتكاليف السفر والإقامة للمشاركين من منظمات المجتمع المدني؟

مع الشكر الجزيل،
ماهر الحلبي
منظمة بسمة أمل للإغاثة والتنمية
غازي عنتاب – تركيا
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000009e1d4c05bad0a7f2")
    meta = dict(from_name="Maher Alhalabi", from_email="maher.halabi@basmatamal.example.org",
                relay="mail-wm1-f48.google.com", subject="استفسار بخصوص التأشيرة والحضور",
                received_at=R(2, 8, 13, 30, 7), sender_tz=tz(3), lag=10,
                mid="<CAJ3hW6pR1zT8kN5vB2mX9dQ4sF7cL0yE6gA3uP1@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / in-person attendance question (invitation letter for a Lebanese visa, travel costs); "
                       "the writer gives his role and organisation but asks no speaking slot")
    return meta, root, label


@message
def h11_19():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour les migrations de la Fédération de la Diaspora Comorienne dans les Pays Arabes (FDCPA), préparé avec nos associations membres aux Émirats, en Arabie saoudite, au Qatar et à Oman.

Par ailleurs, nous souhaiterions que notre présidente, Mme Zaïnaba Said Mohamed, puisse intervenir lors de la table ronde 3 (inclusion sociale, transferts de fonds et contributions de la diaspora). Nous savons que la date du 5 février est passée, mais nous n'avons reçu l'invitation que la semaine dernière.

En vous remerciant,

Ibrahim Ahmed Soilihi
Secrétaire général, FDCPA
+971 50 614 2287
"""
    rep = tiny_docx("Rapport volontaire d'examen du Pacte mondial - FDCPA - 2021",
                    ["Fédération de la Diaspora Comorienne dans les Pays Arabes (FDCPA)",
                     "1. Méthodologie : consultations avec 14 associations membres.",
                     "2. Objectifs 19 et 20 : transferts de fonds et contributions de la diaspora.",
                     "3. Recommandations."], author="FDCPA")
    body = alt(plain, gmail_html(plain), boundary="000000000000718e2a05bae9d4b0")
    root = multipart("mixed", [body, attachment(rep, DOCX, "FDCPA_Rapport_volontaire_PMM_2021.docx")],
                     boundary="000000000000718e2b05bae9d4b2")
    meta = dict(from_name="Ibrahim Ahmed Soilihi", from_email="sg.fdcpa@gmail.example.com",
                relay="mail-ed1-f53.google.com", inner_received=GMAIL_RECEIVED,
                subject="Rapport volontaire FDCPA + demande d'intervention", received_at=R(2, 9, 11, 25, 30),
                sender_tz=tz(4), lag=14, mid="<CAE5nK8rT2wQ6hZ0pV3xB9mD1sG7cY4fL8jR5uN2@mail.gmail.com>")
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Zaïnaba Said Mohamed", "présidente",
                              "Fédération de la Diaspora Comorienne dans les Pays Arabes (FDCPA)", ["roundtable"], 3)],
                 report_attachments=["FDCPA_Rapport_volontaire_PMM_2021.docx"], thread_of=None,
                 notes="both; received 9 February: the report is on time, the speaker request is late (and says "
                       "so), so on_time is false; title only as 'notre présidente' before 'Mme'; DOCX report; "
                       "diaspora federation")
    return meta, root, label


@message
def h11_20():
    text = """Madame, Monsieur,

Au nom de l'Association Tunisienne de Santé Communautaire et Migration (ATSCM), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'accès aux soins des migrants subsahariens à Sfax et à Médenine (objectif 15) et sur la situation sanitaire dans les centres d'accueil pendant la pandémie.

Restant à votre disposition,

Bien cordialement,

Dr Hatem Gharbi
Président de l'ATSCM
17, avenue Habib Bourguiba – 3000 Sfax
Tél. : +216 74 401 662"""
    img = attachment(tiny_png(), "image/png", "image001.png", disposition="inline", cid="image001.png@01D6FFB2.4A1C7E30")
    html = outlook_html(paras(text) + '\n<p class=MsoNormal><img width=96 height=48 src="cid:image001.png@01D6FFB2.4A1C7E30"></p>',
                        lang="FR")
    body = multipart("related", [alt(text + "\n", html, boundary="----=_NextPart_002_0044_01D6FFB2.4A1C7E30"), img],
                     boundary="----=_NextPart_001_0043_01D6FFB2.4A1C7E30", type="multipart/alternative")
    rep = tiny_docx("Rapport volontaire ATSCM - Pacte mondial sur les migrations - février 2021",
                    ["Association Tunisienne de Santé Communautaire et Migration",
                     "Accès aux soins des migrants à Sfax et Médenine (objectif 15)."], author="ATSCM")
    root = multipart("mixed", [body, attachment(rep, DOCX, "Rapport_volontaire_ATSCM_février_2021.docx")],
                     boundary="----=_NextPart_000_0042_01D6FFB2.4A1C7E30")
    meta = dict(from_name="ATSCM - Présidence", from_email="presidence@atscm.example.tn",
                subject="Rapport volontaire ATSCM - Examen régional du PMM", received_at=R(2, 10, 15, 0, 44),
                sender_tz=tz(1), lag=39, mid="<004201d6ffa1$4a1c7e30$de557a90$@atscm.example.tn>",
                extra_headers=outlook(20, "fr-FR"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_ATSCM_février_2021.docx"], thread_of=None,
                 notes="health NGO; Outlook mixed > related > alternative with an inline signature logo "
                       "(image001.png, not part of the report); DOCX name with 'é' in RFC 2231 encoding; signer "
                       "with 'Dr' and a title is not a speaker request")
    return meta, root, label


@message
def h11_21():
    plain = """السادة الأفاضل،

تحية طيبة وبعد،

يسرنا في مركز الخليج لدراسات العمالة الوافدة أن نرفق لكم التقرير الطوعي للمركز حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في دول مجلس التعاون الخليجي، مساهمةً في الاستعراض الإقليمي.

يتضمن التقرير قراءة في إصلاحات نظام الكفالة خلال الفترة 2018-2020 وتوصيات بشأن الهدفين 6 و22.

مع خالص التحية،

الدكتور فيصل بن سعيد العامري
مدير المركز
مركز الخليج لدراسات العمالة الوافدة
أبوظبي – الإمارات العربية المتحدة
"""
    rep = tiny_pdf(["Gulf Centre for Expatriate Labour Studies (GCELS)",
                    "Voluntary GCM Review Report - Arab Region 2021",
                    "Kafala reforms 2018-2020 and recommendations on Objectives 6 and 22."],
                   title="GCELS Voluntary GCM Review 2021")
    body = text_part(plain, "plain", "utf-8", "b64")
    att = MIMEApplication(rep, "octet-stream")
    att.set_param("name", "GCELS_GCM_Voluntary_Review_2021.pdf")
    att.add_header("Content-Disposition", "attachment", filename="GCELS_GCM_Voluntary_Review_2021.pdf")
    root = multipart("mixed", [body, att], boundary="=_7a0c3e91b5d24f86a1e0d9c2b4f3a578")
    meta = dict(from_name="مركز الخليج لدراسات العمالة الوافدة", from_email="director@gcels.example.ae",
                relay="webmail.gcels.example.ae", subject="التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=R(2, 14, 9, 48, 3), sender_tz=tz(4), lag=33,
                mid="<20210214114736.Horde.x7Qm2pKc3vT9rW1a@webmail.gcels.example.ae>",
                extra_headers=["User-Agent: Horde Application Framework 5"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["GCELS_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="PDF report sent as application/octet-stream (webmail), recognisable only by its .pdf "
                       "name; base64 Arabic plain-text body; From display name is the organisation; the signer "
                       "'الدكتور ... مدير المركز' is not a speaker request")
    return meta, root, label


@message
def h11_22():
    plain = """Dear GCM Regional Review Secretariat,

On behalf of the South Asian Migrant Rights Network (SAMRN), please find attached our collective voluntary GCM review report for the Arab region.

The report was prepared jointly by 12 member organisations in Nepal, Bangladesh, Sri Lanka, India and Pakistan, together with community groups of South Asian workers in Kuwait, Qatar, Saudi Arabia and the UAE. It focuses on recruitment fees, wage theft and access to justice (Objectives 6, 7 and 16).

The list of contributing organisations is included in Annex A of the report.

With best regards,

Ramesh Prasad Adhikari
Regional Coordinator
South Asian Migrant Rights Network (SAMRN)
Kathmandu, Nepal | +977 1 4412 908
"""
    rep = tiny_pdf(["South Asian Migrant Rights Network (SAMRN)",
                    "Collective Voluntary GCM Review Report - Arab Region - February 2021",
                    "Prepared by 12 member organisations.", "Annex A: contributing organisations."],
                   title="SAMRN collective GCM review")
    body = alt(plain, gmail_html(plain), boundary="00000000000083fb1c05bb4e9a10")
    root = multipart("mixed", [body, attachment(rep, "application/pdf",
                                                "SAMRN_Collective_Voluntary_GCM_Review_2021.pdf")],
                     boundary="00000000000083fb1e05bb4e9a12")
    meta = dict(from_name="Ramesh Adhikari", from_email="coordinator@samrn.example.org",
                relay="mail-qk1-f180.google.com", inner_received=GMAIL_RECEIVED,
                subject="SAMRN collective voluntary GCM review report", received_at=R(2, 15, 16, 30, 18),
                sender_tz=tz(5.75), lag=11, mid="<CAP2wL7nQ4zR9kT1vB6xM3dH8sF0cY5gE1jN4uA7@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["SAMRN_Collective_Voluntary_GCM_Review_2021.pdf"], thread_of=None,
                 notes="collective report of a regional network (12 members); Gmail; Date header in +05:45 "
                       "(Nepal)")
    return meta, root, label


@message
def h11_23():
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Collectif des Communautés Subsahariennes en Tunisie (CCST) sur la mise en œuvre du Pacte mondial sur les migrations.

Nous vous prions d'excuser cet envoi de dernière minute : le rapport a été validé ce soir par notre assemblée.

Fraternellement,

Aïssatou Diallo
Porte-parole du CCST
Tunis"""
    rep = tiny_pdf(["Collectif des Communautes Subsahariennes en Tunisie (CCST)",
                    "Rapport volontaire - Pacte mondial sur les migrations - 2021"],
                   title="Rapport CCST", producer="macOS Version 10.15.7 Quartz PDFContext")
    body = alt(text + "\n", apple_html(text), boundary="Apple-Mail=_9B1E2C4D-7F30-4A85-B6E1-0C3D5A7F9E21")
    root = multipart("mixed", [body, attachment(rep, "application/pdf", "Rapport CCST - PMM 2021.pdf")],
                     boundary="Apple-Mail=_5D8A0F3B-2C6E-4917-A4D0-8E1B7C9F3A62")
    meta = dict(from_name="Aïssatou Diallo", from_email="ccst.tunisie@orange.example.tn", relay="smtp.orange.example.tn",
                subject="Rapport volontaire du CCST", received_at=R(2, 16, 22, 10, 31), sender_tz=tz(1), lag=19,
                mid="<2E7F4A1C-9B3D-4E08-A5C6-1D0F8B3E7A94@orange.example.tn>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport CCST - PMM 2021.pdf"], thread_of=None,
                 notes="migrant-led collective; received 16 February at 22:10 Beirut time (21:10 in the +01:00 "
                       "Date header): on time; apologises for the late sending; Apple Mail; file name with spaces")
    return meta, root, label


@message
def h11_24():
    fwd = """---------- Forwarded message ---------
From: Tigist Alemu <tigist.alemu.edwal@gmail.example.com>
Date: Tue, Feb 16, 2021 at 10:52 PM
Subject: GCM voluntary report - EDWAL
To: <gcmrarabstates@iom.int>


Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Ethiopian Domestic Workers Association in Lebanon (EDWAL), a migrant-led association founded by Ethiopian domestic workers in Beirut.

Thank you.

Tigist Alemu
Chairperson, EDWAL"""
    top = """Hello,

Our chairperson sent the report below last night but we just noticed the address was misspelled, so I am forwarding it to the correct address. Sorry for the delay.

Regards,
Hanna Girma
Volunteer, EDWAL"""
    plain = top + "\n\n" + fwd + "\n"
    rep = tiny_pdf(["Ethiopian Domestic Workers Association in Lebanon (EDWAL)",
                    "Voluntary GCM Review Report - February 2021"], title="EDWAL GCM review")
    html = gmail_html(top) + '<br><div class="gmail_quote">' + gmail_html(fwd) + "</div>\n"
    body = alt(plain, html, boundary="000000000000b4c71e05bb6f8d35")
    root = multipart("mixed", [body, attachment(rep, "application/pdf", "EDWAL_GCM_Voluntary_Review_Feb2021.pdf")],
                     boundary="000000000000b4c72005bb6f8d37")
    meta = dict(from_name="Hanna Girma", from_email="hanna.girma.lb@gmail.example.com", relay="mail-wr1-f54.google.com",
                inner_received=GMAIL_RECEIVED, subject="Fwd: GCM voluntary report - EDWAL",
                received_at=R(2, 17, 10, 20, 12), lag=4, mid="<CAH8mT3kW1zQ7nR5vB0xL9dF2sG6cY4eJ8pN1uK3@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["EDWAL_GCM_Voluntary_Review_Feb2021.pdf"], thread_of=None,
                 notes="late (17 February): forwarded by a volunteer because the original of 16 February went to a "
                       "misspelled address (shown in the forward header, never received here); on_time follows the "
                       "receive time of this message; migrant-led association")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(funcs, 1):
        name = "h11-%02d.eml" % i
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = "4DQm%02dXk9Lw" % i
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
    build(os.path.join(HERE, "holdout11"), MESSAGES)
