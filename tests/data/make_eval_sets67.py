#!/usr/bin/env python3
"""Write the blind evaluation set tests/data/holdout67/ (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets67.py
People and organisations are invented: employers' federations, recruitment agencies, hotel and
construction workers' unions and private companies in the Maghreb and the Gulf.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import shutil
import struct
import zipfile
import zlib
import io
from email import policy
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout67")
POL = policy.compat32.clone(linesep="\r\n")
SERVICE = "gcmrrarabstates@iom.int"
INVITE_SUBJ_EN = "Invitation: Regional Review of the Global Compact for Migration in the Arab Region, 23-25 February 2021"


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


BEIRUT = tz(2)


def rdt(y, mo, d, h, mi, s):
    """received time, Beirut (UTC+02:00 in Jan/Feb 2021)"""
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=BEIRUT)


def local(received, offset_h, minus_s):
    return (received - dt.timedelta(seconds=minus_s)).astimezone(tz(offset_h))


# ----------------------------------------------------------------------------- attachments


def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT\n/F1 11 Tf\n14 TL\n50 790 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    sb = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream",
        ("<< /Title (%s) /Producer (Microsoft Word) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_docx(paragraphs):
    from xml.sax.saxutils import escape
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_png(w=16, h=8, rgb=(0, 93, 170)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------- MIME helpers


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def addr(name, email_addr, cs="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset=cs)


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", extra=""):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (sub, cs, extra)
    m["Content-Transfer-Encoding"] = cte
    raw = body.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:  # 7bit
        payload = raw.decode("ascii")
    m.set_payload(payload)
    return m


def multi(sub, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;\r\n\tboundary="%s"%s' % (sub, boundary, extra)
    for p in parts:
        m.attach(p)
    return m


def rfc2047_words(name):
    words, chunk = [], ""
    for ch in name:
        if len((chunk + ch).encode("utf-8")) > 30:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return " ".join("=?UTF-8?B?%s?=" % base64.b64encode(w.encode("utf-8")).decode("ascii") for w in words)


def attachment(data, ctype, filename, style="plain", disposition="attachment", cid=None):
    m = Message()
    if style == "plain":
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        if disposition:
            m["Content-Disposition"] = '%s; filename="%s"' % (disposition, filename)
    elif style == "2047":
        enc = rfc2047_words(filename)
        m["Content-Type"] = '%s; name="%s"' % (ctype, enc)
        m["Content-Disposition"] = '%s; filename="%s"' % (disposition, enc)
    elif style == "2231":
        m["Content-Type"] = ctype
        m.set_param("name", filename, charset="UTF-8")
        m.add_header("Content-Disposition", disposition, filename=("UTF-8", "", filename))
    if cid:
        m["Content-ID"] = "<%s>" % cid
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def html_doc(inner, rtl=False, cs="utf-8"):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body%s style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % (cs, d, inner))


def paras_html(text_body):
    from html import escape
    out = []
    for block in text_body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(escape(l, quote=False) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def qid(key):
    return hashlib.sha256(key.encode()).hexdigest()[:12].upper()


def finish(key, body, received, headers, sender, relay_host, relay_ip, client_line=None, return_path=None):
    """Prefix trace headers and serialise with CRLF."""
    for k, v in reversed(headers):
        body._headers.insert(0, (k, v))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=POL).flatten(body)
    rp = return_path if return_path is not None else "<%s>" % sender
    trace = "Return-Path: %s\r\nDelivered-To: %s\r\n" % (rp, SERVICE)
    trace += ("Received: from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id 4D%s\r\n"
              "\tfor <%s>; %s (EET)\r\n" % (relay_host, relay_host, relay_ip, qid(key), SERVICE,
                                              format_datetime(received)))
    if client_line:
        trace += client_line.replace("\n", "\r\n") + "\r\n"
    data = trace.encode("ascii") + buf.getvalue()
    assert b"\n" not in data.replace(b"\r\n", b"")
    return data


# ----------------------------------------------------------------------------- messages

MESSAGES = []  # dicts: key, received, build(), label fields


def msg(key, received, category, language, acknowledge, speakers, report_attachments, notes, thread_of=None):
    def deco(fn):
        MESSAGES.append(dict(key=key, received=received, category=category, language=language,
                             acknowledge=acknowledge, speakers=speakers, report_attachments=report_attachments,
                             notes=notes, thread_of=thread_of, build=fn))
        return fn
    return deco


def sp(name, title, affiliation, roles, roundtable=None):
    return dict(name=name, title=title, affiliation=affiliation, roles=roles, roundtable=roundtable)


MID = {
    "S1": "<DB8PR04MB6732E1A94F0C2B7D5E3A9C11D9A20@DB8PR04MB6732.eurprd04.prod.outlook.com>",
    "S2": "<CAG7kPq3xVb1Lm0Yw9T2fRk4ZdN8sQe5uHj6cXa1oE2r7iBn0wQ@mail.gmail.com>",
    "O1": "<1207643519.88412.1611731140755.JavaMail.zimbra@csnarp.example.tn>",
    "S3": "<000c01d6f54b$6a1f2e30$3e5d8a90$@kfhrw.example.org.kw>",
    "R1": "<CAF3pZk9WqL2v8nR0cYxT4mB7sHe1uJd5gAo6iKt3fNy8bVq2Xw@mail.gmail.com>",
    "ACK_R1": "<ack.20210131.112251.r1@iom.int>",
    "O3": "<CAF3pZk8aN4c2LrT9vWqY1mB0sHe7uJd3gAo5iKx2fNy6bVq1Zx@mail.gmail.com>",
    "S4": "<4c9e2b71-5f0a-3d8e-a1b6-07e2c94f3d58@atlasrecrutement.example.tn>",
    "S5": "<7E2B91C4-3A5D-4F08-9B6E-1D2C3F4A5B60@alnoorcontracting.example.qa>",
    "S6": "<AM0PR10MB2915C3E7A1B2D4F6A8C0E2D4B6A8C0E2@AM0PR10MB2915.EURPRD10.PROD.OUTLOOK.COM>",
    "ACK_S6": "<ack.20210202.173530.s6@iom.int>",
    "AR": "<e3f1a7c2b9d84a6f8c1e2d3b4a5f6e7d@najdmanpower.example.sa>",
    "B1": "<9F3C2A18-6B4E-4D71-A0C5-83E2F1D6B749@bhtwu.example.bh>",
    "S7": "<CAJ2nQw5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7y@mail.gmail.com>",
    "ACK_S7": "<ack.20210204.122530.s7@iom.int>",
    "BN": "<20210204122605.7A3C41E0F2@mx1.iom.int>",
    "B3": "<PR3P192MB0716A2B4C6D8E0F2A4B6C8D0E2F4A6B8@PR3P192MB0716.EURP192.PROD.OUTLOOK.COM>",
    "S8": "<CAH5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW@mail.gmail.com>",
    "S9": "<5D8E1F2A-7B3C-4E9D-8F0A-1B2C3D4E5F6A@gmail.com>",
    "B2": "<CAK9uY2tR5eW8qA1sD4fG7hJ0kL3zX6cV9bN2mQ5wE8rT1yU4iO@mail.gmail.com>",
    "O2": "<001a01d6fdf2$4b5c6d70$e2154850$@alnoorcontracting.example.qa>",
    "R2": "<VI1PR0601MB2208E4F6A8C0B2D4E6F8A0C2B4D6E8F0@VI1PR0601MB2208.eurprd06.prod.outlook.com>",
    "R3": "<b2d4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d0f@eara.example.ae>",
    "R5": "<CAM4xT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO@mail.gmail.com>",
    "O4": "<CAM4xT7yU3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iP@mail.gmail.com>",
    "R6": "<1613512190123.4471829.1613512190456@mail.yahoo.com>",
    "R4": "<MR2P264MB0433B6D8F0A2C4E6B8D0F2A4C6E8B0D2@MR2P264MB0433.FRAP264.PROD.OUTLOOK.COM>",
}

GCEF = "Gulf Contractors' Employers Federation (GCEF)"


# 1 ------------------------------------------------------------------ S1: Outlook table main/alternate
@msg("S1", rdt(2021, 1, 25, 10, 14, 7), "speaker_request", "en", True,
     [sp("Khalid Saeed Al Mansoori", "Secretary-General", GCEF, ["plenary"]),
      sp("Rashid Hamad Al Nuaimi", "Head of Labour Affairs", GCEF, ["plenary"])],
     [],
     "Outlook HTML + text alternative with a table of two speakers, 'Main speaker' and 'Alternate'; the alternate's "
     "row says only 'GCEF' (fullest form is in the prose and the signature); honorifics 'Mr.' and 'Eng.' are in the "
     "table cells and are not part of the names; the role ('floor intervention in a plenary session') is stated once "
     "for both; long confidentiality disclaimer; the sender (Policy Officer) is not a speaker.")
def b_s1(k, r):
    plain = """Dear colleagues of the Regional UN Network on Migration,

With reference to your invitation letter to the Regional Review of the Global Compact for Migration in the Arab region, the Gulf Contractors' Employers Federation (GCEF) would like to request a floor intervention in a plenary session of the conference (24-25 February 2021).

Please find below our nominated speaker and an alternate, in case the main speaker is not available on the day:

Role\tName\tTitle\tOrganization
Main speaker\tMr. Khalid Saeed Al Mansoori\tSecretary-General\tGulf Contractors' Employers Federation (GCEF)
Alternate\tEng. Rashid Hamad Al Nuaimi\tHead of Labour Affairs\tGCEF

We remain at your disposal for any further information.

Best regards,

Layla Al Suwaidi
Policy Officer
Gulf Contractors' Employers Federation (GCEF)
P.O. Box 40712, Abu Dhabi, United Arab Emirates
T: +971 2 000 1187 | www.gcef.example.ae

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the use of the addressee(s). If you have received this e-mail in error, please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the Gulf Contractors' Employers Federation. The Federation accepts no liability for any damage caused by any virus transmitted by this e-mail.
"""
    td = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">%s</td>'
    rows = [("Role", "Name", "Title", "Organization"),
            ("Main speaker", "Mr. Khalid Saeed Al Mansoori", "Secretary-General",
             "Gulf Contractors&#39; Employers Federation (GCEF)"),
            ("Alternate", "Eng. Rashid Hamad Al Nuaimi", "Head of Labour Affairs", "GCEF")]
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
             + "\n".join("<tr>" + "".join(td % ("<b>%s</b>" % c if i == 0 else c) for c in row) + "</tr>"
                         for i, row in enumerate(rows)) + "\n</table>")
    inner = ("""<div class="WordSection1">
<p class="MsoNormal">Dear colleagues of the Regional UN Network on Migration,</p>
<p class="MsoNormal">With reference to your invitation letter to the Regional Review of the Global Compact for Migration in the Arab region, the Gulf Contractors&#39; Employers Federation (GCEF) would like to request a floor intervention in a plenary session of the conference (24-25 February 2021).</p>
<p class="MsoNormal">Please find below our nominated speaker and an alternate, in case the main speaker is not available on the day:</p>
""" + table + """
<p class="MsoNormal">We remain at your disposal for any further information.</p>
<p class="MsoNormal">Best regards,</p>
<p class="MsoNormal"><b>Layla Al Suwaidi</b><br>Policy Officer<br>Gulf Contractors&#39; Employers Federation (GCEF)<br>P.O. Box 40712, Abu Dhabi, United Arab Emirates<br>T: +971 2 000 1187 | www.gcef.example.ae</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the use of the addressee(s). If you have received this e-mail in error, please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the Gulf Contractors&#39; Employers Federation. The Federation accepts no liability for any damage caused by any virus transmitted by this e-mail.</span></p>
</div>""")
    body = multi("alternative", [text(plain, cs="us-ascii"), text(html_doc(inner, cs="us-ascii"), "html", cs="us-ascii")],
                 "_000_DB8PR04MB6732E1A94F0C2B7D5E3A9C11D9A20DB8PR04MB6732eurp_")
    snd = "l.alsuwaidi@gcef.example.ae"
    h = [("From", addr("Layla Al Suwaidi", snd)), ("To", SERVICE),
         ("Subject", "Request for speaking role - GCEF - Regional Review of the GCM"),
         ("Thread-Topic", "Request for speaking role - GCEF - Regional Review of the GCM"),
         ("Thread-Index", "AdbzQ1Yk8r2mJcRfTnKxw0e5PqLm3A=="),
         ("Date", format_datetime(local(r, 4, 19))), ("Message-ID", MID["S1"]),
         ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")]
    return finish(k, body, r, h, snd, "mail-eopbgr80071.outbound.protection.outlook.com", "40.107.8.71")


# 2 ------------------------------------------------------------------ S2: fr Gmail nominator
FNTHT = "Fédération Nationale des Travailleurs de l'Hôtellerie et du Tourisme (FNTHT)"


@msg("S2", rdt(2021, 1, 26, 16, 40, 22), "speaker_request", "fr", True,
     [sp("Samira Benkirane", "Secrétaire générale adjointe", FNTHT, ["roundtable"], 2)],
     [],
     "Gmail multipart/alternative, quoted-printable UTF-8 French with accents; the nominator (communication officer) "
     "is not the speaker and signs the mail; speaker introduced as 'Mme Samira Benkirane' (Mme not part of the name); "
     "roundtable given in words as 'deuxième table ronde thématique'; RFC 2047 encoded subject and display name.")
def b_s2(k, r):
    plain = """Madame, Monsieur,

Suite à votre lettre d'invitation à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Fédération Nationale des Travailleurs de l'Hôtellerie et du Tourisme (FNTHT) souhaite proposer Mme Samira Benkirane, Secrétaire générale adjointe de la fédération, pour intervenir lors de la deuxième table ronde thématique.

Mme Benkirane suit depuis plusieurs années la situation des travailleuses et travailleurs migrants employés dans les hôtels de Marrakech et d'Agadir.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

Younès El Idrissi
Chargé de communication
FNTHT - Casablanca
"""
    html = '<div dir="ltr">' + paras_html(plain) + "</div>\n"
    body = multi("alternative", [text(plain), text(html, "html")], "000000000000a8c41e05b9d2f3c7")
    snd = "younes.elidrissi.fntht@gmail.com"
    h = [("MIME-Version", "1.0"), ("From", addr("Younès El Idrissi", snd)),
         ("Date", format_datetime(local(r, 1, 4))), ("Message-ID", MID["S2"]),
         ("Subject", hdr("Proposition d'intervenante – table ronde – FNTHT")), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-wr1-f54.google.com", "209.85.221.54")


# 3 ------------------------------------------------------------------ O1: fr remote participation
@msg("O1", rdt(2021, 1, 27, 9, 5, 41), "other", "fr", True, [], [],
     "HTML-only question (remote participation and French interpretation, as an HTML list) from an organisation's Zimbra webmail; mentions "
     "'intervenir' and the speaker deadline, and names the sender and her organisation, but proposes no speaker and "
     "submits nothing.")
def b_o1(k, r):
    plain = """Bonjour,

Nous avons bien reçu l'invitation à l'Examen régional du Pacte mondial sur les migrations.

Notre chambre syndicale souhaiterait y participer, mais nos membres sont basés à Tunis, Sousse et Sfax et ne pourront probablement pas se déplacer. Pourriez-vous nous préciser :
- s'il est possible de participer à distance (Zoom, Webex ou autre), y compris pour intervenir pendant la consultation du 23 février ;
- si une interprétation vers le français est prévue pendant les tables rondes ;
- si la date limite du 5 février pour les demandes d'intervention s'applique aussi aux participants en ligne.

Merci d'avance pour votre réponse.

Cordialement,
Hela Mejri
Chargée des relations extérieures
Chambre Syndicale Nationale des Agences de Recrutement et de Placement (CSNARP)
"""
    from html import escape as _esc

    def escape(x):
        return _esc(x, quote=False)
    parts = plain.strip("\n").split("\n\n")
    items = [l[2:] for l in parts[2].split("\n")[1:]]
    inner = ("<p>%s</p>\n<p>%s</p>\n<p>%s</p>\n<ul>\n%s\n</ul>\n<p>%s</p>\n<p>%s</p>" % (
        escape(parts[0]), escape(parts[1]), escape(parts[2].split("\n")[0]),
        "\n".join("<li>%s</li>" % escape(i) for i in items), escape(parts[3]),
        "<br>\n".join(escape(l) for l in parts[4].split("\n"))))
    body = text('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + inner + "</div></body></html>\n", "html")
    snd = "h.mejri@csnarp.example.tn"
    h = [("Date", format_datetime(local(r, 1, 2))), ("From", addr("Hela Mejri", snd)), ("To", SERVICE),
         ("Message-ID", MID["O1"]),
         ("Subject", hdr("Participation à distance et interprétation ?")),
         ("MIME-Version", "1.0"), ("X-Mailer", "Zimbra 8.8.15_GA_3928 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3928)"),
         ("Thread-Index", "q8Zr1Kf0m3AxYt2Q5bP9sLw7Jc4E1g==")]
    return finish(k, body, r, h, snd, "mta.csnarp.example.tn", "197.2.14.88")


# 4 ------------------------------------------------------------------ S3: ar Outlook windows-1256, two speakers prose
KFHRW = "الاتحاد الكويتي لعمال الفنادق والمطاعم"


@msg("S3", rdt(2021, 1, 28, 11, 30, 12), "speaker_request", "ar", True,
     [sp("هالة عبد الرحمن الصباغ", "مستشارة السياسات العمالية", KFHRW, ["rapporteur"]),
      sp("فهد ناصر العنزي", "أمين الصندوق", KFHRW, ["open_discussion"])],
     [],
     "Outlook, windows-1256 quoted-printable text + HTML, formal Arabic; two speakers in one prose paragraph with "
     "different roles (rapporteur; open discussion of the consultation); honorifics 'الدكتورة' and 'السيد' not part "
     "of the names; the second speaker's affiliation is only 'في الاتحاد نفسه' (same federation as the first); the "
     "English name of the union appears only in the signature.")
def b_s3(k, r):
    plain = """السادة الأفاضل في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرنا أن نرشح الدكتورة هالة عبد الرحمن الصباغ، مستشارة السياسات العمالية في الاتحاد الكويتي لعمال الفنادق والمطاعم، للقيام بدور المقرر وتقديم الرسائل الرئيسية لأصحاب المصلحة، كما نرشح السيد فهد ناصر العنزي، أمين الصندوق في الاتحاد نفسه، للمشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم 23 فبراير.

نرجو التكرم بتأكيد استلام هذا الطلب.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب الأمين العام
الاتحاد الكويتي لعمال الفنادق والمطاعم
Kuwait Federation of Hotel and Restaurant Workers
"""
    html = html_doc(paras_html(plain), rtl=True, cs="windows-1256")
    body = multi("alternative", [text(plain, cs="windows-1256"), text(html, "html", cs="windows-1256")],
                 "----=_NextPart_000_000D_01D6F564.8F7A4C20")
    snd = "sg.office@kfhrw.example.org.kw"
    h = [("From", addr("مكتب الأمين العام", snd, "windows-1256")), ("To", SERVICE),
         ("Subject", hdr("ترشيح متحدثين - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة", "windows-1256")),
         ("Date", format_datetime(local(r, 3, 22))), ("Message-ID", MID["S3"]), ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzWk0fQ2v7mR8aT5yLcE1nXp4bHg=="),
         ("Content-Language", "ar-kw")]
    return finish(k, body, r, h, snd, "smtp.kfhrw.example.org.kw", "185.6.42.19")


# 5 ------------------------------------------------------------------ R1: ar Gmail PDF rfc2047
R1_FILE = "تقرير الاستعراض الطوعي - نقابة عمال البناء والإنشاءات.pdf"


@msg("R1", rdt(2021, 1, 31, 13, 22, 50), "voluntary_report", "ar", True, [], [R1_FILE],
     "Gmail, base64 UTF-8 Arabic body; the PDF's Arabic file name is RFC 2047 encoded (split into several encoded "
     "words) in both name= and filename=; the report text itself is in English; a collective report of the union "
     "and two partner committees.")
def b_r1(k, r):
    plain = """السلام عليكم ورحمة الله،

نرفق لكم التقرير الطوعي لنقابة عمال البناء والإنشاءات في سلطنة عمان حول تنفيذ الاتفاق العالمي من أجل الهجرة، وهو تقرير جماعي أعددناه بالتعاون مع لجنتي العمال في مسقط وصحار، وذلك في إطار الاستعراض الإقليمي للمنطقة العربية.

التقرير باللغة الإنجليزية، ويمكننا إرسال ملخص بالعربية عند الطلب.

مع خالص التحية،
سالم بن خميس الحارثي
نقابة عمال البناء والإنشاءات - مسقط
"""
    pdf = make_pdf(["Voluntary GCM Review Report - Regional Review, Arab States 2021",
                    "Submitted by: Construction and Building Workers Union, Oman (collective report)",
                    "With: Muscat and Sohar workers' committees",
                    "1. Fair recruitment and recruitment fees (GCM Objective 6)",
                    "2. Decent work and wage protection for migrant construction workers",
                    "3. Access to justice and complaint mechanisms",
                    "4. Recommendations to governments and employers"], "Voluntary GCM Review Report")
    html = '<div dir="rtl">' + paras_html(plain) + "</div>\n"
    alt = multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                "000000000000f1d2a805ba2b6c31")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", R1_FILE, "2047")], "000000000000f1d2aa05ba2b6c33")
    snd = "salem.alharthi.cbwu@gmail.com"
    h = [("MIME-Version", "1.0"), ("From", addr("سالم الحارثي", snd)),
         ("Date", format_datetime(local(r, 4, 5))), ("Message-ID", MID["R1"]),
         ("Subject", hdr("التقرير الطوعي - نقابة عمال البناء والإنشاءات")), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-ej1-f41.google.com", "209.85.218.41")


# 6 ------------------------------------------------------------------ O3: ar thank-you reply to our ack of R1
@msg("O3", rdt(2021, 2, 1, 8, 47, 3), "other", "ar", False, [], [],
     "Thank-you reply to the service's Arabic acknowledgement of the report (In-Reply-To the acknowledgement, "
     "References include the original report): adds nothing new, so no acknowledgement (mail-loop risk); the quoted "
     "acknowledgement mentions the voluntary report and the deadline; thread_of set to the report it follows up.",
     thread_of="R1")
def b_o3(k, r):
    plain = """شكرا جزيلا على التأكيد، وبالتوفيق في تنظيم الاستعراض.

سالم

‫في الأحد، 31 يناير 2021 في 1:23 م كتب ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬
> السيد/ة المحترم/ة،
>
> نشكركم على رسالتكم. نؤكد استلام تقريركم الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة
> (المرفق: تقرير الاستعراض الطوعي - نقابة عمال البناء والإنشاءات.pdf)،
> وقد ورد قبل الموعد النهائي (16 فبراير 2021).
>
> مع التحية،
> أمانة الاستعراض الإقليمي - شبكة الأمم المتحدة الإقليمية المعنية بالهجرة
"""
    html = '<div dir="rtl">' + paras_html(plain) + "</div>\n"
    body = multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                 "000000000000c3e4b905ba3f0a12")
    snd = "salem.alharthi.cbwu@gmail.com"
    h = [("MIME-Version", "1.0"), ("References", "%s %s" % (MID["R1"], MID["ACK_R1"])),
         ("In-Reply-To", MID["ACK_R1"]), ("From", addr("سالم الحارثي", snd)),
         ("Date", format_datetime(local(r, 4, 4))), ("Message-ID", MID["O3"]),
         ("Subject", hdr("Re: تأكيد استلام: التقرير الطوعي - نقابة عمال البناء والإنشاءات")), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-ej1-f45.google.com", "209.85.218.45")


# 7 ------------------------------------------------------------------ S4: fr Thunderbird flowed, no accents
@msg("S4", rdt(2021, 2, 1, 15, 10, 35), "speaker_request", "fr", True,
     [sp("Anis Trabelsi", "Directeur general", "Atlas Recrutement International", ["open_discussion"])],
     [],
     "Thunderbird, text/plain format=flowed (soft line breaks inside sentences), French typed without accents "
     "('fevrier', 'Directeur general'); the speaker is the sender, his name only in the signature; title and "
     "organisation on one line 'Directeur general, Atlas Recrutement International' (a private recruitment agency); "
     "role 'discussion ouverte de la consultation multipartite'.")
def b_s4(k, r):
    plain = ("Bonjour,\n\n"
             "Suite a votre invitation, je souhaiterais prendre la parole lors de la \n"
             "discussion ouverte de la consultation multipartite du 23 fevrier 2021.\n\n"
             "Notre agence place chaque annee plusieurs centaines de travailleurs \n"
             "tunisiens dans le batiment et l'hotellerie au Qatar et en Arabie \n"
             "saoudite, et nous aimerions partager notre experience du recrutement \n"
             "equitable (zero frais pour les travailleurs).\n\n"
             "Merci de me confirmer la bonne reception.\n\n"
             "Cordialement\n\n"
             "-- \n"
             "Anis Trabelsi\n"
             "Directeur general, Atlas Recrutement International\n"
             "Immeuble Les Berges du Lac, Tunis\n"
             "Tel : +216 71 000 452\n")
    body = text(plain, cs="us-ascii", cte="7bit", extra="; format=flowed")
    snd = "a.trabelsi@atlasrecrutement.example.tn"
    h = [("To", SERVICE), ("From", addr("Anis Trabelsi", snd)),
         ("Subject", "Demande d'intervention - consultation du 23 fevrier"), ("Message-ID", MID["S4"]),
         ("Date", format_datetime(local(r, 1, 6))),
         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
         ("MIME-Version", "1.0"), ("Content-Language", "fr")]
    return finish(k, body, r, h, snd, "smtp.atlasrecrutement.example.tn", "41.229.87.12")


# 8 ------------------------------------------------------------------ S5: en Apple Mail, roundtable 3 (withdrawn later)
@msg("S5", rdt(2021, 2, 2, 12, 0, 48), "speaker_request", "en", True,
     [sp("Maryam Al-Hashimi", "Group Director of Human Resources", "Al Noor Contracting Company W.L.L.",
         ["roundtable"], 3)],
     [],
     "Apple Mail multipart/alternative; the speaker is the sender and describes herself in a sentence ('I work as "
     "Group Director of Human Resources at Al Noor Contracting Company W.L.L.'); roundtable in words ('the third "
     "roundtable'); the company is a private construction firm in Qatar; later withdrawn by a separate message.")
def b_s5(k, r):
    plain = """Dear Sir/Madam,

I am writing to request a speaking role at the Regional Review of the Global Compact for Migration.

My name is Maryam Al-Hashimi and I work as Group Director of Human Resources at Al Noor Contracting Company W.L.L., a construction company based in Doha employing around 6,000 workers, most of them migrants from South Asia and East Africa.

I would like to intervene in the third roundtable, to share what we have learned from moving to an employer-pays recruitment model and from our worker welfare committees.

I look forward to hearing from you.

Kind regards,
Maryam
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + paras_html(plain).replace("<p>", '<div class="">').replace("</p>", '</div><div class=""><br class=""></div>')
            + "</body></html>\n")
    body = multi("alternative", [text(plain, cs="us-ascii", cte="7bit"), text(html, "html", cte="quoted-printable")],
                 "Apple-Mail=_5C1E8A3F-2D7B-4E09-8A61-3F0B9C2D4E71")
    snd = "maryam.alhashimi@alnoorcontracting.example.qa"
    h = [("From", addr("Maryam Al-Hashimi", snd)), ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.60.0.2.21\\))"),
         ("Subject", "Speaking role request - GCM Regional Review"),
         ("Message-Id", MID["S5"]), ("Date", format_datetime(local(r, 3, 9))), ("To", SERVICE),
         ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    return finish(k, body, r, h, snd, "mail.alnoorcontracting.example.qa", "78.100.23.7")


# 9 ------------------------------------------------------------------ S6: ar one-liner, PDF letter names speaker
NOM_FILE = "Nomination_Letter_NMRC.pdf"


@msg("S6", rdt(2021, 2, 2, 19, 35, 16), "speaker_request", "ar", True,
     [sp("Turki Abdullah Al-Shehri", "Chief Operating Officer", "Najd Manpower Recruitment Company (NMRC)",
         ["plenary"])],
     [],
     "One-line Arabic e-mail ('مرفق خطاب ترشيح متحدث من شركتنا'); the speaker, title, company and role are only in "
     "the attached formal letter (PDF, in English), so the labelled values are not in the mail text; the letter is "
     "not a voluntary report; 'Mr.' in the letter is not part of the name; the sender is not the speaker.")
def b_s6(k, r):
    plain = "السادة الكرام، مرفق خطاب ترشيح متحدث من شركتنا للمشاركة في المؤتمر. مع التحية\n\nمنصور الدوسري\n"
    pdf = make_pdf(["Najd Manpower Recruitment Company (NMRC)",
                    "Riyadh, 2 February 2021 - Ref. NMRC/OUT/2021/044",
                    "",
                    "To: Regional UN Network on Migration - Arab Region (IOM / ESCWA)",
                    "Subject: Nomination of a speaker - Regional Review of the GCM, 24-25 February 2021",
                    "",
                    "Dear Sir/Madam,",
                    "We are pleased to nominate Mr. Turki Abdullah Al-Shehri, Chief Operating Officer,",
                    "Najd Manpower Recruitment Company (NMRC), to deliver a floor intervention in the",
                    "plenary session of the Regional Review conference on 24-25 February 2021.",
                    "Mr. Al-Shehri oversees the recruitment of domestic and hospitality workers and",
                    "our ethical recruitment compliance programme.",
                    "",
                    "Yours faithfully,",
                    "Mansour Al-Dosari, Government Relations Manager, NMRC"], "Nomination letter")
    html = html_doc('<p dir="rtl">السادة الكرام، مرفق خطاب ترشيح متحدث من شركتنا للمشاركة في المؤتمر. مع التحية</p>\n'
                    '<p dir="rtl">منصور الدوسري</p>', rtl=True)
    alt = multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                "_000_AM0PR10MB2915C3E7A1B2D4F6A8C0E2D4B6A8C0E2AM0PR10MB2915EURP_")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", NOM_FILE)],
                 "_004_AM0PR10MB2915C3E7A1B2D4F6A8C0E2D4B6A8C0E2AM0PR10MB2915EURP_")
    snd = "m.aldosari@najdmanpower.example.sa"
    h = [("From", addr("منصور الدوسري", snd)), ("To", SERVICE),
         ("Subject", hdr("ترشيح متحدث - شركة نجد للاستقدام")),
         ("Thread-Topic", hdr("ترشيح متحدث - شركة نجد للاستقدام")),
         ("Date", format_datetime(local(r, 3, 26))), ("Message-ID", MID["S6"]),
         ("Accept-Language", "ar-SA, en-US"), ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes"),
         ("MIME-Version", "1.0")]
    return finish(k, body, r, h, snd, "mail-am6eur05on2080.outbound.protection.outlook.com", "40.107.22.80")


# 10 ----------------------------------------------------------------- AR: ar out-of-office to our ack of S6
@msg("AR", rdt(2021, 2, 2, 19, 36, 2), "auto_reply", "ar", False, [], [],
     "Exchange out-of-office reply (Arabic, with an English copy below) to the service's acknowledgement of the "
     "nomination; Auto-Submitted: auto-replied and X-Auto-Response-Suppress; the quoted subject contains "
     "'ترشيح متحدث'; must not be acknowledged.")
def b_ar(k, r):
    plain = """أنا خارج المكتب حتى 7 فبراير 2021 مع إمكانية محدودة للوصول إلى البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع السيد نايف العتيبي على n.alotaibi@najdmanpower.example.sa

I am out of the office until 7 February 2021 with limited access to e-mail. For urgent matters please contact Mr. Naif Al-Otaibi at n.alotaibi@najdmanpower.example.sa
"""
    html = html_doc(paras_html(plain), rtl=True)
    body = multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                 "_000_e3f1a7c2b9d84a6f8c1e2d3b4a5f6e7dnajdmanpowerexamplesa_")
    snd = "m.aldosari@najdmanpower.example.sa"
    h = [("From", addr("منصور الدوسري", snd)), ("To", addr("GCM Regional Review Arab States", SERVICE)),
         ("Subject", hdr("رد تلقائي: تأكيد استلام: ترشيح متحدث - شركة نجد للاستقدام")),
         ("Thread-Topic", hdr("تأكيد استلام: ترشيح متحدث - شركة نجد للاستقدام")),
         ("Date", format_datetime(local(r, 3, 3))), ("Message-ID", MID["AR"]),
         ("In-Reply-To", MID["ACK_S6"]), ("References", MID["ACK_S6"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "m.aldosari@najdmanpower.example.sa"),
         ("Content-Language", "ar-SA"), ("MIME-Version", "1.0")]
    return finish(k, body, r, h, snd, "mail-am6eur05on2081.outbound.protection.outlook.com", "40.107.22.81",
                  return_path="<>")


# 11 ----------------------------------------------------------------- B1: ar both, iPhone colloquial, docx
B1_FILE = "BHTWU_GCM_Voluntary_Review_2021.docx"
BHTWU = "Bahrain Hotel & Tourism Workers Union (BHTWU)"


@msg("B1", rdt(2021, 2, 3, 10, 2, 29), "both", "ar", True,
     [sp("جاسم محمد البوعينين", "رئيس النقابة", BHTWU, ["rapporteur"])],
     [B1_FILE],
     "iPhone mail, colloquial Gulf Arabic with the union's English name and acronym inside the Arabic sentence; a "
     "voluntary report (DOCX) and a rapporteur nomination in the same message; honorific-like 'الأخ' (brother, used "
     "as Mr.) not part of the name; signature 'أُرسلت من الـ iPhone'.")
def b_b1(k, r):
    plain = """مرحبا،

احنا في Bahrain Hotel & Tourism Workers Union (BHTWU) حابين نرسل لكم تقريرنا الطوعي عن الاتفاق العالمي للهجرة، تلقونه مرفق.

وكمان نرشح الأخ جاسم محمد البوعينين، رئيس النقابة، يكون مقرر ويقدم الرسائل الرئيسية لأصحاب المصلحة في المشاورة.

يعطيكم العافية
نوف

أُرسلت من الـ iPhone
"""
    docx = make_docx(["Bahrain Hotel & Tourism Workers Union (BHTWU)",
                      "Voluntary GCM Review Report 2021",
                      "Section 1: Migrant workers in hotels and tourism in Bahrain",
                      "Section 2: Flexible work permit and its effects on hotel workers",
                      "Section 3: Recommendations"])
    body = multi("mixed", [text(plain, cte="base64"),
                           attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      B1_FILE)],
                 "Apple-Mail-6B4E9F3C-2A18-4D71-A0C5-83E2F1D6B749")
    snd = "nouf.bhtwu@bhtwu.example.bh"
    h = [("Content-Transfer-Encoding", "7bit"), ("From", addr("Nouf", snd)), ("Mime-Version", "1.0 (1.0)"),
         ("Date", format_datetime(local(r, 3, 31))), ("Subject", hdr("التقرير الطوعي + ترشيح مقرر")),
         ("Message-Id", MID["B1"]), ("To", SERVICE), ("X-Mailer", "iPhone Mail (18C66)")]
    return finish(k, body, r, h, snd, "mail.bhtwu.example.bh", "89.148.10.33")


# 12 ----------------------------------------------------------------- S7: en three speakers in a list
@msg("S7", rdt(2021, 2, 4, 14, 25, 10), "speaker_request", "en", True,
     [sp("Hichem Ben Salah", "Vice-President", "Union of Maghreb Employers (UME)", ["roundtable"], 1),
      sp("Nadia Ouali", "Labour Mobility Adviser",
         "Moroccan Federation of Temporary Employment Agencies (FMETT)", ["roundtable"], 4),
      sp("Omar Zerhouni", "Legal Counsel", "Algerian Confederation of Construction Employers (ACCE)",
         ["rapporteur", "plenary"])],
     [],
     "Three speakers in a numbered list, each 'Name - Title, Organisation - role'; the second gives two roundtables "
     "('roundtable 4 or, failing that, roundtable 2': first choice 4); the third asks to be rapporteur 'or otherwise a "
     "plenary intervention' (both roles listed); honorifics Mr./Ms.; Reply-To a different (dead) address, so the "
     "acknowledgement bounces.")
def b_s7(k, r):
    plain = """Dear Secretariat,

On behalf of the Union of Maghreb Employers (UME) and two of its member federations, I would like to propose the following speakers for the Regional Review:

1. Mr. Hichem Ben Salah - Vice-President, Union of Maghreb Employers (UME) - floor intervention in the first thematic roundtable
2. Ms. Nadia Ouali - Labour Mobility Adviser, Moroccan Federation of Temporary Employment Agencies (FMETT) - roundtable 4 or, failing that, roundtable 2
3. Mr. Omar Zerhouni - Legal Counsel, Algerian Confederation of Construction Employers (ACCE) - rapporteur for the stakeholders' key messages, or otherwise a plenary intervention

All three will attend in person in Beirut if the situation allows.

Please send any correspondence to our events team (address in Reply-To).

Best,
Sofiane Haddadi
Programme Coordinator, UME Secretariat
Rabat
"""
    html = '<div dir="ltr">' + paras_html(plain) + "</div>\n"
    body = multi("alternative", [text(plain), text(html, "html")], "0000000000004b2c7e05ba8f1d20")
    snd = "sofiane.haddadi.ume@gmail.com"
    h = [("MIME-Version", "1.0"), ("From", addr("Sofiane Haddadi", snd)),
         ("Reply-To", "events@ume-maghreb.example.org"),
         ("Date", format_datetime(local(r, 1, 7))), ("Message-ID", MID["S7"]),
         ("Subject", "Speakers proposed by UME and member federations"), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-wm1-f47.google.com", "209.85.128.47")


# 13 ----------------------------------------------------------------- BN: en bounce of the ack to S7's Reply-To
@msg("BN", rdt(2021, 2, 4, 14, 26, 5), "bounce", "en", False, [], [],
     "Postfix DSN (multipart/report; report-type=delivery-status, 5.1.1 user unknown) for the acknowledgement sent "
     "to the Reply-To address of the UME speaker request; the returned headers (text/rfc822-headers) quote the "
     "acknowledgement subject with 'speakers'; must not be acknowledged.")
def b_bn(k, r):
    human = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<events@ume-maghreb.example.org>: host mx.ume-maghreb.example.org[196.200.131.9]
    said: 550 5.1.1 <events@ume-maghreb.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    p1 = text(human, cs="us-ascii", cte="7bit")
    p1.replace_header("Content-Type", "text/plain; charset=us-ascii")
    p1["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    a = Message()
    a["Reporting-MTA"] = "dns; mx1.iom.int"
    a["X-Postfix-Queue-ID"] = "7A3C41E0F2"
    a["X-Postfix-Sender"] = "rfc822; gcmrrarabstates@iom.int"
    a["Arrival-Date"] = format_datetime(rdt(2021, 2, 4, 14, 25, 31))
    b = Message()
    b["Final-Recipient"] = "rfc822; events@ume-maghreb.example.org"
    b["Original-Recipient"] = "rfc822;events@ume-maghreb.example.org"
    b["Action"] = "failed"
    b["Status"] = "5.1.1"
    b["Remote-MTA"] = "dns; mx.ume-maghreb.example.org"
    b["Diagnostic-Code"] = ("smtp; 550 5.1.1 <events@ume-maghreb.example.org>: Recipient address rejected: "
                            "User unknown in virtual mailbox table")
    ds.set_payload([a, b])
    returned = """Return-Path: <gcmrrarabstates@iom.int>
Received: from intake.iom.int (intake.iom.int [10.20.4.17])
	by mx1.iom.int (Postfix) with ESMTPS id 7A3C41E0F2
	for <events@ume-maghreb.example.org>; Thu,  4 Feb 2021 14:25:31 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: events@ume-maghreb.example.org
Subject: Acknowledgement: Speakers proposed by UME and member federations
Date: Thu, 04 Feb 2021 12:25:30 -0000
Message-ID: <ack.20210204.122530.s7@iom.int>
In-Reply-To: <CAJ2nQw5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7y@mail.gmail.com>
Auto-Submitted: auto-replied
"""
    p3 = text(returned, "rfc822-headers", cs="us-ascii", cte="7bit")
    p3.replace_header("Content-Type", "text/rfc822-headers")
    p3["Content-Description"] = "Undelivered Message Headers"
    body = multi("report", [p1, ds, p3], "7A3C41E0F2.1612441565/mx1.iom.int", extra="; report-type=delivery-status")
    snd = "MAILER-DAEMON@mx1.iom.int"
    h = [("Date", format_datetime(local(r, 2, 0))), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", SERVICE),
         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("Message-Id", MID["BN"])]
    return finish(k, body, r, h, snd, "localhost", "127.0.0.1", return_path="<>")


# 14 ----------------------------------------------------------------- B3: fr both, Outlook docx RFC 2231
B3_FILE = "Rapport_volontaire_PMM_Fédération_hôtelière_2021.docx"
FMIH = "Fédération Marocaine de l'Industrie Hôtelière (FMIH)"


@msg("B3", rdt(2021, 2, 5, 18, 0, 44), "both", "fr", True,
     [sp("Rachid Alaoui", "Président de la Commission Emploi et Compétences", FMIH, ["plenary", "roundtable"], 3)],
     [B3_FILE],
     "Outlook, French employers' federation: voluntary report (DOCX, accented file name in RFC 2231 filename*= and "
     "name*=) plus a speaking request by the sender himself; two roles ('séance plénière' and 'table ronde 3'); name, "
     "title and organisation on three separate signature lines; on time for both deadlines (speaker deadline day).")
def b_b3(k, r):
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Fédération Marocaine de l'Industrie Hôtelière (FMIH) sur la mise en œuvre du Pacte mondial pour les migrations (PMM), au titre de l'examen régional.

Par ailleurs, je souhaiterais intervenir lors d'une séance plénière de la conférence ainsi qu'à la table ronde 3, afin de présenter le point de vue des employeurs du secteur hôtelier sur la mobilité de la main-d'œuvre.

Je vous remercie de bien vouloir accuser réception.

Bien à vous,

Rachid Alaoui
Président de la Commission Emploi et Compétences
Fédération Marocaine de l'Industrie Hôtelière (FMIH)
Avenue Hassan II, Rabat
"""
    docx = make_docx(["Fédération Marocaine de l'Industrie Hôtelière (FMIH)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations, 2021",
                      "1. Recrutement des travailleurs saisonniers",
                      "2. Reconnaissance des compétences", "3. Recommandations"])
    html = html_doc(paras_html(plain).replace("<p>", '<p class="MsoNormal">'))
    alt = multi("alternative", [text(plain), text(html, "html")],
                "_000_PR3P192MB0716A2B4C6D8E0F2A4B6C8D0E2F4A6B8PR3P192MB0716EURP_")
    body = multi("mixed", [alt, attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           B3_FILE, "2231")],
                 "_004_PR3P192MB0716A2B4C6D8E0F2A4B6C8D0E2F4A6B8PR3P192MB0716EURP_")
    snd = "r.alaoui@fmih.example.ma"
    h = [("From", addr("Rachid Alaoui", snd)), ("To", SERVICE),
         ("Subject", hdr("Rapport volontaire PMM + demande d'intervention – FMIH")),
         ("Date", format_datetime(local(r, 1, 12))), ("Message-ID", MID["B3"]),
         ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"),
         ("MIME-Version", "1.0")]
    return finish(k, body, r, h, snd, "mail-pr3p192cu002.outbound.protection.outlook.com", "40.107.12.102")


# 15 ----------------------------------------------------------------- S8: ar edge 23:50 Beirut (Date header says 6 Feb)
GSRC = "شركة مهارات الخليج للاستقدام"


@msg("S8", rdt(2021, 2, 5, 23, 50, 12), "speaker_request", "ar", True,
     [sp("عبد الله فهد القحطاني", "مدير الامتثال", GSRC, ["plenary"])],
     [],
     "Edge of the speaker deadline: received 23:50:12 Beirut on Friday 5 February (on time), but the Date header is "
     "in Riyadh time (00:50 on 6 February +0300); Gmail base64 UTF-8; the speaker is the sender, his name only in "
     "the signature ('عبد الله فهد القحطاني | مدير الامتثال'); the body says 'بصفتي مدير الامتثال في الشركة'; "
     "role 'الجلسة العامة' (plenary); the From display name spells the name differently ('عبدالله القحطاني', no middle name).")
def b_s8(k, r):
    plain = """السادة أمانة الاستعراض الإقليمي،

أرجو قبول طلبي لإلقاء مداخلة في الجلسة العامة للمؤتمر (24-25 فبراير)، بصفتي مدير الامتثال في الشركة، حول تجربتنا في تطبيق مبادئ الاستقدام العادل للعمالة المنزلية.

أعتذر عن التأخر في الإرسال، وأتمنى أن يصلكم الطلب قبل انتهاء المهلة.

مع الشكر والتقدير،

عبد الله فهد القحطاني | مدير الامتثال
شركة مهارات الخليج للاستقدام
الرياض - المملكة العربية السعودية
"""
    html = '<div dir="rtl">' + paras_html(plain) + "</div>\n"
    body = multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                 "000000000000d7a35b05ba9c2e48")
    snd = "a.alqahtani.gsrc@gmail.com"
    h = [("MIME-Version", "1.0"), ("From", addr("عبدالله القحطاني", snd)),
         ("Date", format_datetime(local(r, 3, 6))), ("Message-ID", MID["S8"]),
         ("Subject", hdr("طلب مداخلة في الجلسة العامة")), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-pl1-f181.google.com", "209.85.214.181")


# 16 ----------------------------------------------------------------- S9: fr late 00:10 Beirut, iPhone (Date 23:10 +0100)
FAEB = "Fédération Algérienne des Entrepreneurs du Bâtiment (FAEB)"


@msg("S9", rdt(2021, 2, 6, 0, 10, 31), "speaker_request", "fr", True,
     [sp("Mehdi Bouzid", "chargé de mission", FAEB, ["roundtable"], 4)],
     [],
     "Late by ten minutes: received 00:10:31 Beirut on 6 February although the Date header shows 23:10 on 5 "
     "February (+0100, Algiers); iPhone mail ('Envoyé de mon iPhone'); the nominator is not the speaker; 'M.' is not "
     "part of the name; roundtable in Roman numerals ('table ronde IV').")
def b_s9(k, r):
    plain = """Bonsoir,

Je vous propose la candidature de M. Mehdi Bouzid, chargé de mission à la Fédération Algérienne des Entrepreneurs du Bâtiment (FAEB), pour une intervention dans la table ronde IV.

Désolée pour l'heure tardive.

Cordialement,
Lamia Saadi

Envoyé de mon iPhone
"""
    body = text(plain)
    snd = "lamia.saadi.faeb@gmail.com"
    h = [("From", addr("Lamia Saadi", snd)), ("Mime-Version", "1.0 (1.0)"),
         ("Date", format_datetime(local(r, 1, 9))), ("Subject", hdr("Candidature intervenant table ronde")),
         ("Message-Id", MID["S9"]), ("To", SERVICE), ("X-Mailer", "iPhone Mail (18D52)")]
    return finish(k, body, r, h, snd, "mail-wr1-f43.google.com", "209.85.221.43")


# 17 ----------------------------------------------------------------- B2: en both, speaker part late
B2_FILE = "DesertPearl_GCM_VR_2021.pdf"


@msg("B2", rdt(2021, 2, 6, 11, 20, 9), "both", "en", True,
     [sp("Tarek Nasser", "Head of Sustainability", "Desert Pearl Hotels & Resorts LLC", ["roundtable"], 1)],
     [B2_FILE],
     "Report (PDF) and speaking request from a private hotel group; received on 6 February: the report part is on "
     "time but the speaker part is after the 5 February deadline, so on_time is false; roundtable as 'Roundtable 1'; "
     "title and company in one line 'Head of Sustainability, Desert Pearl Hotels & Resorts LLC'.")
def b_b2(k, r):
    plain = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of Desert Pearl Hotels & Resorts LLC, covering our fair recruitment and worker accommodation practices across our properties in Oman and the UAE.

I would also be grateful for the opportunity to speak in Roundtable 1, if any slots remain.

Best regards,

Tarek Nasser
Head of Sustainability, Desert Pearl Hotels & Resorts LLC
Muscat | Dubai
"""
    pdf = make_pdf(["Desert Pearl Hotels & Resorts LLC",
                    "Voluntary GCM Review Report - February 2021",
                    "Fair recruitment: employer-pays principle since 2019",
                    "Worker accommodation standards and grievance mechanism",
                    "Commitments for 2021-2022"], "Voluntary GCM Review")
    html = '<div dir="ltr">' + paras_html(plain) + "</div>\n"
    alt = multi("alternative", [text(plain), text(html, "html")], "000000000000e2b4c805baa7d911")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", B2_FILE)], "000000000000e2b4ca05baa7d913")
    snd = "tarek.nasser@desertpearl.example.om"
    h = [("MIME-Version", "1.0"), ("From", addr("Tarek Nasser", snd)),
         ("Date", format_datetime(local(r, 4, 5))), ("Message-ID", MID["B2"]),
         ("Subject", "Voluntary report + speaking request - Desert Pearl Hotels & Resorts"), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-ed1-f52.google.com", "209.85.208.52")


# 18 ----------------------------------------------------------------- O2: en withdrawal of S5's speaker
@msg("O2", rdt(2021, 2, 8, 9, 15, 55), "other", "en", True, [], [],
     "Withdrawal: 'Ms. Al-Hashimi will no longer be able to take part', sent by her assistant as an Outlook reply "
     "with a '-----Original Message-----' block quoting the original request (which still contains the speaker, "
     "title and 'third roundtable'); no replacement is proposed, so no speaker; thread_of the original request.",
     thread_of="S5")
def b_o2(k, r):
    plain = """Dear Secretariat,

Further to the e-mail below, please note that Ms. Al-Hashimi will no longer be able to take part in the Regional Review, due to a change in her travel schedule. Kindly withdraw her from the list of speakers of the roundtable.

We apologise for any inconvenience and thank you for your understanding.

Regards,
Hind Karam
Executive Assistant to the Group Director of Human Resources
Al Noor Contracting Company W.L.L.

-----Original Message-----
From: Maryam Al-Hashimi <maryam.alhashimi@alnoorcontracting.example.qa>
Sent: Tuesday, February 2, 2021 1:00 PM
To: gcmrrarabstates@iom.int
Subject: Speaking role request - GCM Regional Review

Dear Sir/Madam,

I am writing to request a speaking role at the Regional Review of the Global Compact for Migration.

My name is Maryam Al-Hashimi and I work as Group Director of Human Resources at Al Noor Contracting Company W.L.L., a construction company based in Doha employing around 6,000 workers, most of them migrants from South Asia and East Africa.

I would like to intervene in the third roundtable, to share what we have learned from moving to an employer-pays recruitment model and from our worker welfare committees.

I look forward to hearing from you.

Kind regards,
Maryam
"""
    html = html_doc(paras_html(plain).replace("<p>", '<p class="MsoNormal">'), cs="us-ascii")
    body = multi("alternative", [text(plain, cs="us-ascii"), text(html, "html", cs="us-ascii")],
                 "_000_001a01d6fdf24b5c6d70e2154850alnoorcontractingexampleqa_")
    snd = "hind.karam@alnoorcontracting.example.qa"
    h = [("From", addr("Hind Karam", snd)), ("To", SERVICE),
         ("Cc", addr("Maryam Al-Hashimi", "maryam.alhashimi@alnoorcontracting.example.qa")),
         ("References", MID["S5"]), ("In-Reply-To", MID["S5"]),
         ("Subject", "RE: Speaking role request - GCM Regional Review"),
         ("Date", format_datetime(local(r, 3, 14))), ("Message-ID", MID["O2"]), ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH0f2Y9rK1bN3sW6tA8cQ0eDvXmLgJ4h5Kq"),
         ("Content-Language", "en-us")]
    return finish(k, body, r, h, snd, "mail.alnoorcontracting.example.qa", "78.100.23.7")


# 19 ----------------------------------------------------------------- R2: fr generic document1.pdf + inline logo
@msg("R2", rdt(2021, 2, 9, 10, 40, 18), "voluntary_report", "fr", True, [], ["document1.pdf"],
     "Outlook HTML with an inline signature logo (image001.png, multipart/related) and a report attached under the "
     "generic name 'document1.pdf'; only the body says it is the voluntary GCM review report; the logo is not part "
     "of the report.")
def b_r2(k, r):
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport d'examen volontaire du Pacte mondial sur les migrations préparé par notre syndicat (document1.pdf), dans le cadre de l'examen régional pour la région arabe.

Ce rapport présente la situation des travailleurs migrants subsahariens dans les hôtels de la côte tunisienne et nos recommandations.

Avec nos salutations distinguées,

Nizar Gharbi
Secrétaire général adjoint
Syndicat National des Travailleurs du Tourisme et de l'Hôtellerie (SNTTH)
Tunis
"""
    html = html_doc(paras_html(plain).replace("<p>", '<p class="MsoNormal">')
                    + '\n<p class="MsoNormal"><img width="16" height="8" src="cid:image001.png@01D6FEB1.2A3B4C50" alt="SNTTH"></p>')
    related = multi("related", [text(html, "html"),
                                attachment(make_png(), "image/png", "image001.png", disposition="inline",
                                           cid="image001.png@01D6FEB1.2A3B4C50")],
                    "_007_VI1PR0601MB2208E4F6A8C0B2D4E6F8A0C2B4D6E8F0VI1PR0601MB2208_", extra='; type="text/html"')
    alt = multi("alternative", [text(plain), related],
                "_000_VI1PR0601MB2208E4F6A8C0B2D4E6F8A0C2B4D6E8F0VI1PR0601MB2208_")
    pdf = make_pdf(["Syndicat National des Travailleurs du Tourisme et de l'H\xf4tellerie (SNTTH)",
                    "Rapport d'examen volontaire - Pacte mondial sur les migrations (PMM)",
                    "Examen regional - Region arabe - 2021",
                    "1. Contexte", "2. Travailleurs migrants dans l'hotellerie", "3. Recommandations"],
                   "Document1")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", "document1.pdf")],
                 "_008_VI1PR0601MB2208E4F6A8C0B2D4E6F8A0C2B4D6E8F0VI1PR0601MB2208_")
    snd = "n.gharbi@sntth.example.tn"
    h = [("From", addr("Nizar Gharbi", snd)), ("To", SERVICE),
         ("Subject", hdr("Rapport - Examen régional PMM")),
         ("Date", format_datetime(local(r, 1, 17))), ("Message-ID", MID["R2"]),
         ("Accept-Language", "fr-FR"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"),
         ("MIME-Version", "1.0")]
    return finish(k, body, r, h, snd, "mail-vi1eur04on0611.outbound.protection.outlook.com", "40.107.8.111")


# 20 ----------------------------------------------------------------- R3: en Thunderbird docx RFC 2231
R3_FILE = "GCM Voluntary Review – Emirates Association of Recruitment Agencies.docx"


@msg("R3", rdt(2021, 2, 11, 14, 2, 37), "voluntary_report", "en", True, [], [R3_FILE],
     "Thunderbird (format=flowed); collective report of an association of private recruitment agencies in a DOCX "
     "whose name contains an en dash, so it is RFC 2231 encoded (filename*=UTF-8''...); the mail mentions that the "
     "association's director 'may wish to present it at the conference' but asks for no speaking role.")
def b_r3(k, r):
    plain = ("Dear colleagues,\n\n"
             "Attached is the voluntary GCM review report of the Emirates Association \n"
             "of Recruitment Agencies (EARA). It is a collective report prepared with \n"
             "17 of our member agencies in Dubai, Abu Dhabi and Sharjah.\n\n"
             "Our director may wish to present it at the conference at a later stage; \n"
             "we will write separately if so.\n\n"
             "Kind regards,\n"
             "Fatima Rahmani\n"
             "Research and Policy Unit, EARA\n")
    docx = make_docx(["Emirates Association of Recruitment Agencies (EARA)",
                      "Voluntary GCM Review Report - collective submission of 17 member agencies",
                      "Objective 6: fair and ethical recruitment", "Objective 15: access to basic services",
                      "Recommendations"])
    body = multi("mixed", [text(plain, cs="us-ascii", cte="7bit", extra="; format=flowed"),
                           attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      R3_FILE, "2231")],
                 "------------6B0D3A1F8C2E4D5A7B9C1E3F")
    snd = "f.rahmani@eara.example.ae"
    h = [("To", SERVICE), ("From", addr("Fatima Rahmani", snd)),
         ("Subject", "EARA voluntary GCM review report"), ("Message-ID", MID["R3"]),
         ("Date", format_datetime(local(r, 4, 8))),
         ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
         ("MIME-Version", "1.0"), ("Content-Language", "en-GB")]
    return finish(k, body, r, h, snd, "smtp.eara.example.ae", "94.200.61.5")


# 21 ----------------------------------------------------------------- R5: fr Gmail forwarded report
R5_FILE = "Rapport_examen_volontaire_SNTBTP_2021.pdf"


@msg("R5", rdt(2021, 2, 12, 10, 11, 0), "voluntary_report", "fr", True, [], [R5_FILE],
     "Gmail forward ('---------- Forwarded message ---------') by an assistant of the union president's e-mail "
     "that carried the report; the PDF is attached to the forward; the forwarded header block is in French "
     "partly localised ('De :' but 'Subject:' and 'To:'); the president's name and union appear only inside the forwarded block; French typed without accents in the assistant's line ('president', 'piece jointe').")
def b_r5(k, r):
    plain = """Bonjour,

Je vous transmets ci-dessous le message de notre president avec le rapport en piece jointe.

Amel Rahmouni
Assistante de direction, SNTBTP

---------- Forwarded message ---------
De : Karim Benali <k.benali.sntbtp@gmail.com>
Date: jeu. 11 févr. 2021 à 17:42
Subject: Rapport volontaire PMM
To: Amel Rahmouni <amel.rahmouni.sntbtp@gmail.com>


Amel,

Merci de transmettre au secrétariat de l'examen régional (gcmrrarabstates@iom.int) notre rapport d'examen volontaire sur la mise en œuvre du Pacte mondial pour les migrations, ci-joint.

Karim Benali
Président du Syndicat National des Travailleurs du Bâtiment et des Travaux Publics (SNTBTP)
Alger
"""
    pdf = make_pdf(["Syndicat National des Travailleurs du B\xe2timent et des Travaux Publics (SNTBTP)",
                    "Rapport d'examen volontaire - PMM - 2021",
                    "Travailleurs migrants sur les chantiers en Alg\xe9rie",
                    "Recommandations"], "Rapport SNTBTP")
    html = '<div dir="ltr">' + paras_html(plain) + "</div>\n"
    alt = multi("alternative", [text(plain), text(html, "html")], "000000000000a1b2c305bab1e744")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", R5_FILE)], "000000000000a1b2c505bab1e746")
    snd = "amel.rahmouni.sntbtp@gmail.com"
    h = [("MIME-Version", "1.0"), ("From", addr("Amel Rahmouni", snd)),
         ("Date", format_datetime(local(r, 1, 4))), ("Message-ID", MID["R5"]),
         ("Subject", "Fwd: Rapport volontaire PMM"), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-wr1-f49.google.com", "209.85.221.49")


# 22 ----------------------------------------------------------------- O4: fr reply adding a missing detail to R5
@msg("O4", rdt(2021, 2, 12, 10, 34, 27), "other", "fr", True, [], [],
     "Reply to the forwarded report adding a missing detail (the report is collective: co-authored with a hotel "
     "workers' federation); no new attachment and no speaker; quotes the earlier forward with '>' lines; "
     "thread_of the report message (In-Reply-To set).",
     thread_of="R5")
def b_o4(k, r):
    plain = """Bonjour,

J'ai oublié de préciser que le rapport est présenté conjointement par le SNTBTP et la Fédération des Travailleurs de l'Hôtellerie de Béjaïa (FTHB) : il s'agit donc d'un rapport collectif.

Cordialement,
Amel Rahmouni

Le ven. 12 févr. 2021 à 09:10, Amel Rahmouni <amel.rahmouni.sntbtp@gmail.com> a écrit :
> Bonjour,
>
> Je vous transmets ci-dessous le message de notre president avec le rapport en piece jointe.
>
> Amel Rahmouni
> Assistante de direction, SNTBTP
"""
    html = '<div dir="ltr">' + paras_html(plain) + "</div>\n"
    body = multi("alternative", [text(plain), text(html, "html")], "000000000000b7c8d905bab23f51")
    snd = "amel.rahmouni.sntbtp@gmail.com"
    h = [("MIME-Version", "1.0"), ("References", MID["R5"]), ("In-Reply-To", MID["R5"]),
         ("From", addr("Amel Rahmouni", snd)),
         ("Date", format_datetime(local(r, 1, 5))), ("Message-ID", MID["O4"]),
         ("Subject", "Re: Fwd: Rapport volontaire PMM"), ("To", SERVICE)]
    return finish(k, body, r, h, snd, "mail-wr1-f50.google.com", "209.85.221.50")


# 23 ----------------------------------------------------------------- R6: en Yahoo edge on time
R6_FILE = "VR_report_final.pdf"


@msg("R6", rdt(2021, 2, 16, 23, 50, 40), "voluntary_report", "en", True, [], [R6_FILE],
     "Edge of the report deadline: received 23:50:40 Beirut on 16 February (on time) while the Date header shows "
     "01:50 on 17 February (+0400, Dubai); Yahoo Mail; a workers' forum's report; the sender apologises for being "
     "'late' although it is not.")
def b_r6(k, r):
    plain = """Hello,

Sorry for sending this so late - please find attached the voluntary GCM review report of the Gulf Building and Wood Workers' Forum (GBWWF), on behalf of our member committees in the UAE, Qatar and Kuwait.

Thanks,
Joseph Anand Kumar
Coordinator, GBWWF
"""
    pdf = make_pdf(["Gulf Building and Wood Workers' Forum (GBWWF)",
                    "Voluntary GCM Review Report 2021",
                    "Heat stress, wage theft and access to justice for construction workers",
                    "Recommendations"], "VR report")
    html = ('<html><head></head><body><div class="ydp4b2c1a9yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + paras_html(plain) + "</div></body></html>\n")
    alt = multi("alternative", [text(plain, cs="UTF-8"), text(html, "html", cs="UTF-8")],
                "----=_Part_4471829_1024551738.1613512190457")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", R6_FILE)],
                 "----=_Part_4471828_1183912654.1613512190456")
    snd = "gbwwf_coordinator@yahoo.com"
    h = [("Date", format_datetime(local(r, 4, 10))), ("From", addr("Joseph Anand Kumar", snd)),
         ("To", SERVICE), ("Message-ID", MID["R6"]), ("Subject", "Voluntary GCM review report - GBWWF"),
         ("MIME-Version", "1.0"), ("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    return finish(k, body, r, h, snd, "sonic310-21.consmr.mail.ir2.yahoo.com", "77.238.176.97")


# 24 ----------------------------------------------------------------- R4: ar late 00:10 Beirut (Date 23:10 +0100)
R4_FILE = "GCM_Voluntary_Review_FNAET.pdf"


@msg("R4", rdt(2021, 2, 17, 0, 10, 5), "voluntary_report", "ar", True, [], [R4_FILE],
     "Late by ten minutes: received 00:10:05 Beirut on 17 February although the Date header shows 23:10 on 16 "
     "February (+0100, Rabat); Outlook HTML + text in base64 UTF-8, Moroccan Arabic wording with the federation's "
     "French acronym; the PDF report is in English.")
def b_r4(k, r):
    plain = """السلام عليكم،

تجدون رفقته التقرير الطوعي للجامعة الوطنية لوكالات التشغيل المؤقت بالمغرب (FNAET) بخصوص استعراض تنفيذ الاتفاق العالمي من أجل الهجرة في إطار الاستعراض الإقليمي للمنطقة العربية.

المرجو تأكيد التوصل.

مع أطيب التحيات،
نادية بنموسى
مكلفة بالدراسات
الجامعة الوطنية لوكالات التشغيل المؤقت بالمغرب - الدار البيضاء
"""
    pdf = make_pdf(["National Federation of Temporary Employment Agencies of Morocco (FNAET)",
                    "Voluntary GCM Review Report 2021",
                    "Seasonal agricultural and hospitality placements abroad",
                    "Recommendations"], "GCM Voluntary Review")
    html = html_doc(paras_html(plain).replace("<p>", '<p class="MsoNormal" dir="RTL">'), rtl=True)
    alt = multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                "_000_MR2P264MB0433B6D8F0A2C4E6B8D0F2A4C6E8B0D2MR2P264MB0433FRAP_")
    body = multi("mixed", [alt, attachment(pdf, "application/pdf", R4_FILE)],
                 "_004_MR2P264MB0433B6D8F0A2C4E6B8D0F2A4C6E8B0D2MR2P264MB0433FRAP_")
    snd = "n.benmoussa@fnaet.example.ma"
    h = [("From", addr("نادية بنموسى", snd)), ("To", SERVICE),
         ("Subject", hdr("التقرير الطوعي - الاتفاق العالمي من أجل الهجرة - FNAET")),
         ("Date", format_datetime(local(r, 1, 21))), ("Message-ID", MID["R4"]),
         ("Accept-Language", "ar-MA, fr-FR"), ("Content-Language", "ar-MA"), ("X-MS-Has-Attach", "yes"),
         ("MIME-Version", "1.0")]
    return finish(k, body, r, h, snd, "mail-mr2fra01on0433.outbound.protection.outlook.com", "40.107.9.33")


# ----------------------------------------------------------------------------- main

SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def on_time(cat, r):
    if cat == "speaker_request":
        return r <= SPEAKER_DEADLINE
    if cat == "voluntary_report":
        return r <= REPORT_DEADLINE
    if cat == "both":
        return r <= SPEAKER_DEADLINE and r <= REPORT_DEADLINE
    return None


def main():
    msgs = sorted(MESSAGES, key=lambda m: m["received"])
    assert len(msgs) == 24 and len({m["received"] for m in msgs}) == 24
    names = {m["key"]: "h67-%02d.eml" % i for i, m in enumerate(msgs, 1)}
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    for m in msgs:
        data = m["build"](m["key"], m["received"])
        with open(os.path.join(OUT, names[m["key"]]), "wb") as f:
            f.write(data)
        labels.append({
            "file": names[m["key"]],
            "received_at": m["received"].isoformat(),
            "category": m["category"],
            "language": m["language"],
            "acknowledge": m["acknowledge"],
            "on_time": on_time(m["category"], m["received"]),
            "speakers": m["speakers"],
            "report_attachments": m["report_attachments"],
            "thread_of": names[m["thread_of"]] if m["thread_of"] else None,
            "notes": m["notes"],
        })
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
