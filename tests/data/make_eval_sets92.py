#!/usr/bin/env python3
"""Write the blind evaluation set holdout92 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets92.py
Theme: follow-ups and threads (withdrawals, replacements, title corrections, added speakers,
revised reports, 'did you receive' questions, replies to the secretariat, thank-you replies)
in Outlook, Gmail, Apple Mail, iPhone and Thunderbird quoting styles.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import shutil
import struct
import zipfile
import zlib
from email.header import Header
from mailgen import (HERE, BOX, BEIRUT, WD, MO, esc, DOCX, sp)

OUT = os.path.join(HERE, "holdout92")
BOXNAME = "GCM Regional Review Arab States"

# Message-IDs of secretariat mail (not part of the set, only referenced)
INVITE_ID = "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.com>"
SEC_ASK_RT_ID = "<VI1PR04MB5102A7E31C0D44E2B8F1A9C3D2E10@VI1PR04MB5102.eurprd04.prod.outlook.com>"
SEC_ASK_TITLES_ID = "<VI1PR04MB5102F0B9A2C7D35E61B0C4A8E7F22@VI1PR04MB5102.eurprd04.prod.outlook.com>"
SEC_ACK08_ID = "<gcmrr-ack-20210207-140211-0093@iom.int>"
SEC_ACK12_ID = "<gcmrr-ack-20210204-123344-0071@iom.int>"


# ------------------------------------------------------------------ dates
def at(s):
    """'2021-02-05 23:50:12' Beirut wall time -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIRUT)


def rfcdate(d, hours=2, zone=None, shift=0):
    d = (d + dt.timedelta(seconds=shift)).astimezone(dt.timezone(dt.timedelta(hours=hours)))
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                                   d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    return s + (" (%s)" % zone if zone else "")


# ------------------------------------------------------------------ MIME helpers (manual, CRLF)
def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def h(text):
    """Header value: ASCII as is, else RFC 2047 (UTF-8, B)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def ha(prefix, text):
    """ASCII prefix ('RE: ') followed by encoded words."""
    hd = Header(prefix, "us-ascii", maxlinelen=76)
    hd.append(text, "utf-8")
    return hd.encode(linesep="\r\n")


def addr(name, email_addr):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email_addr)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, already transfer-encoded, CRLF

    def bytes(self):
        out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in self.headers)
        return out + b"\r\n" + self.body


def flow(body, width=72):
    """format=flowed soft wrapping (RFC 3676) of unquoted lines, as Thunderbird/Apple Mail do."""
    out = []
    for line in body.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def text(body, sub="plain", cte="quoted-printable", charset="utf-8", flowed=False, extra=()):
    if flowed and cte in ("7bit", "8bit"):
        body = flow(body)
    data = body.encode(charset)
    ct = 'text/%s; charset="%s"' % (sub, charset) if sub == "html" or not flowed else \
        'text/plain; charset=%s; format=flowed' % charset
    if cte == "quoted-printable":
        enc = crlf(quopri.encodestring(data.replace(b"\r\n", b"\n")))
    elif cte == "base64":
        enc = crlf(base64.encodebytes(crlf(data)))
    else:
        enc = crlf(data)
    if not enc.endswith(b"\r\n"):
        enc += b"\r\n"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), enc)


def attach(ctype, data, filename, disp="attachment", rfc2231=False, extra=()):
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disp, filename)
    elif rfc2231:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        ct = "%s;\r\n name*=utf-8''%s" % (ctype, q)
        cd = "%s;\r\n filename*=utf-8''%s" % (disp, q)
    else:
        enc = Header(filename, "utf-8", maxlinelen=200).encode()
        ct = '%s;\r\n name="%s"' % (ctype, enc)
        cd = '%s;\r\n filename="%s"' % (disp, enc)
    body = crlf(base64.encodebytes(data))
    return Part([("Content-Type", ct), ("Content-Disposition", cd),
                 ("Content-Transfer-Encoding", "base64")] + list(extra), body)


def multi(subtype, boundary, parts, params=""):
    ct = 'multipart/%s;%s\r\n\tboundary="%s"' % (subtype, params, boundary)
    body = b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", ct)], body)


def message(top, root):
    """top: list of (name, value) incl. Received first; root: Part."""
    hdrs = [(k, v) for k, v in top if v is not None] + [("MIME-Version", "1.0")] + root.headers
    out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in hdrs)
    return out + b"\r\n" + root.body


def received(host, ip, rid, d):
    return ("Received", "from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s" % (host, host, ip, rid, BOX, rfcdate(d, 2, "EET")))


# ------------------------------------------------------------------ fake documents
def make_pdf(lines):
    objs = []
    content = "BT /F1 12 Tf 72 760 Td 14 TL\n" + "".join(
        "(%s) Tj T*\n" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET"
    cbytes = zlib.compress(content.encode("latin-1"), 9)
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cbytes) + cbytes + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objs.append(b"<< /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20210210101500+02'00') >>")
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    # pad with a filler comment so it looks like a real multi-page report size
    return out + b"%" + bytes((i * 37 + 11) % 256 | 0x80 for i in range(6000)) + b"\n"


def make_docx(paragraphs):
    buf = io.BytesIO()
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
         'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats'
         '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocum'
         'ent/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
         '.org/wordprocessingml/2006/main"><w:body>' + "".join(
             "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p.replace("&", "&amp;").replace("<", "&lt;")
             for p in paragraphs) + "</w:body></w:document>"),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def make_png(w=40, h=16, seed=3):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in ((x * seed + y * 7) % 256, (x * 3 + y * seed) % 256, 120))
                   for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


PDF = "application/pdf"


def html_lines(t, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return "<div%s>%s</div>" % (d, "<br>\n".join(esc(l) for l in t.split("\n")))


def quote_gt(t):
    return "\n".join(("> " + l) if l else ">" for l in t.split("\n"))


def outlook_html(body, rtl=False, font="Calibri"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"%s",sans-serif;} --></style></head>\n<body lang="EN-US"%s>\n<div class="WordSection1">\n%s\n'
            '</div>\n</body></html>\n' % (font, ' dir="rtl"' if rtl else "",
                                          "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) or "&nbsp;")
                                                    for l in body.split("\n"))))


def gmail_html(new, attrib=None, quoted=None, rtl=False):
    out = '<div dir="%s">%s</div>' % ("rtl" if rtl else "ltr", "<br>".join(esc(l) for l in new.split("\n")))
    if attrib:
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attrib), "<br>".join(
                    esc(l) for l in quoted.split("\n"))))
    return out + "\n"


# ------------------------------------------------------------------ the messages
MSGS = []


def add(n, slug, when, raw, label):
    fname = "h92-%02d.eml" % n
    label = dict(label)
    label["file"] = fname
    label["received_at"] = when.isoformat()
    MSGS.append((fname, raw, label))


def L(cat, lang, ack, on_time, speakers=(), reports=(), thread=None, notes=""):
    return {"category": cat, "language": lang, "acknowledge": ack, "on_time": on_time,
            "speakers": list(speakers), "report_attachments": list(reports),
            "thread_of": None if thread is None else "h92-%02d.eml" % thread, "notes": notes}


ID = {
    1: "<AM6PR10MB2214C3E07B9A1F2D88E4C0A1F3B90@AM6PR10MB2214.EURPRD10.PROD.OUTLOOK.COM>",
    2: "<CAH7k2Fq9wYp3Lm0Rz8aT1vXe5b_ZgK4nJ6dQsU2oHc1yMw@mail.gmail.com>",
    3: "<CAKx5vN0tQ2rB8mJ3pW7fY1cL9dE4sH6gA0uZ2iO5nT8kR3v@mail.gmail.com>",
    4: "<CAF3pQ8nV1wZ7eR2tY5uI9oP0aS4dF6gH8jK1lZ3xC5vB7nM@mail.gmail.com>",
    5: "<PR3P192MB0716E8C2F1D04B59A7C3E6D0B8A41@PR3P192MB0716.EURP192.PROD.OUTLOOK.COM>",
    6: "<CAM9dW4eR7tY1uI3oP5aS8dF0gH2jK4lZ6xC8vB1nM3qW5eR@mail.gmail.com>",
    7: "<5B8E2C1D-7A4F-4E39-9C2B-3D6F1A0E8B74@krmsn.example.org>",
    8: "<4f1c2a7e-9b3d-4c58-a1e6-0d7b9f3c2e81@ctml-liban.example.org>",
    9: "<AM6PR10MB2214F19D0C3A5B7E62D4A8C0E1F77@AM6PR10MB2214.EURPRD10.PROD.OUTLOOK.COM>",
    10: "<DB7PR06MB4821B5C3A9E07D1F24C6B8A3E9D05@DB7PR06MB4821.eurprd06.prod.outlook.com>",
    11: "<E1C7A4B2-3F9D-4B61-8E0A-6C2D5F7B9A13@sanad-ksa.example.org>",
    12: "<CAH7k2Fr3xQn8Lp1Tz6bU4wYf0c_AhJ9mK2eRtV5oIc7zNq@mail.gmail.com>",
    13: "<0B3D5F71-2C8E-4A96-B4D1-7E9F0A2C6B58@sanad-kw.example.org>",
    14: "<CAJ2mR6tY9uI1oP3aS5dF7gH9jK0lZ2xC4vB6nM8qW0eR2tY@mail.gmail.com>",
    15: "<PR3P192MB07162B4D6F8A0C1E3957B2D4F6A80@PR3P192MB0716.EURP192.PROD.OUTLOOK.COM>",
    16: "<CAM9dW4fT2uY6iO8pA0sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT@mail.gmail.com>",
    17: "<9A0F3E6C-1B7D-4C25-8F4E-2D9B6A1C3E07@krmsn.example.org>",
    18: "<7d2e9b10-3c4a-4f86-b2d5-1e8a6c0f4b93@ctml-liban.example.org>",
    19: "<DB7PR06MB48217A0E2C4D6F8B1935A7C9E0B13@DB7PR06MB4821.eurprd06.prod.outlook.com>",
    20: "<BN8PR11MB3684D2A6C0E4F81B5739D1E3A7C52@BN8PR11MB3684.namprd11.prod.outlook.com>",
    21: "<VI1P190MB0398A1C5E7B9D03F2468C0E2A4B61@VI1P190MB0398.EURP190.PROD.OUTLOOK.COM>",
    22: "<CAP4xQ7wE0rT3yU6iO9pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE@mail.gmail.com>",
    23: "<AS8PR03MB7140C6E2A4B8D0F13579E1C3A5D27@AS8PR03MB7140.eurprd03.prod.outlook.com>",
    24: "<PAXP190MB1725E3B5D7F9A1C2648E0A2C4B6D8@PAXP190MB1725.EURP190.PROD.OUTLOOK.COM>",
}

OUTLOOK_HDRS = [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", "")]


def build():
    # ============================================================ 01 en speaker, Outlook (thread A opener)
    t = at("2021-02-02 10:14:22")
    b1 = """Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

The Migrant Workers' Rights Forum (MWRF) would like to nominate Dr. Rania Khoury, our Director of Programmes, to deliver a floor intervention in the plenary session of the Regional Review Conference (24-25 February). Dr. Khoury leads our work on labour migration governance and the kafala reform dialogue in Jordan and Lebanon.

Kindly let us know if you need anything else from our side (short bio, photo).

Best regards,
Omar

Omar Haddad
Communications & Outreach Officer
Migrant Workers' Rights Forum (MWRF)
Jabal Al-Weibdeh, Amman - Jordan
Tel: +962 6 461 2290
"""
    raw = message([
        received("mail-db8eur05on2104.outbound.protection.outlook.com", "40.107.20.104", "4DV7qL0mXz2", t),
        ("From", "Omar Haddad <o.haddad@mwrf-jo.example.org>"),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", "Nomination of speaker - plenary session - MWRF"),
        ("Thread-Topic", "Nomination of speaker - plenary session - MWRF"),
        ("Thread-Index", "AdcBf1nY2kP0q7xQTmW3bXvUo8Jp4A=="),
        ("Date", rfcdate(t, 2, shift=-3)),
        ("Message-ID", ID[1]),
    ] + OUTLOOK_HDRS, multi("alternative", "_000_AM6PR10MB2214C3E07B9A1F2D88E4C0A1F3B90AM6PR10MB2214_", [
        text(b1), text(outlook_html(b1), "html")]))
    add(1, "", t, raw, L("speaker_request", "en", True, True,
                         [sp("Rania Khoury", "Director of Programmes", "Migrant Workers' Rights Forum (MWRF)",
                             ["plenary"])],
                         notes="opens thread A (later withdrawn in h92-09); speaker proposed by a colleague, "
                               "title in prose as 'our Director of Programmes', acronym only in the signature-like "
                               "block and the prose."))

    # ============================================================ 09 en withdrawal (Outlook reply to 01)
    t = at("2021-02-10 16:40:51")
    b9 = """Dear GCM Regional Review team,

I am afraid I have to write with a change to our nomination below. Unfortunately, due to an unexpected travel commitment, Dr. Khoury will no longer be able to take part in the conference on 24-25 February.

Please withdraw her name from the list of speakers for the plenary. We will not be nominating anyone else at this stage, but our team will of course follow the sessions online.

Apologies for any inconvenience and many thanks for your understanding.

Kind regards,
Omar Haddad
Communications & Outreach Officer
Migrant Workers' Rights Forum (MWRF)

From: Omar Haddad <o.haddad@mwrf-jo.example.org>
Sent: Tuesday, February 2, 2021 10:14 AM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Nomination of speaker - plenary session - MWRF

""" + b1
    raw = message([
        received("mail-db8eur05on2119.outbound.protection.outlook.com", "40.107.20.119", "4DbL1s6Hq8Fz", t),
        ("From", "Omar Haddad <o.haddad@mwrf-jo.example.org>"),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", "RE: Nomination of speaker - plenary session - MWRF"),
        ("Thread-Topic", "Nomination of speaker - plenary session - MWRF"),
        ("Thread-Index", "AdcBf1nY2kP0q7xQTmW3bXvUo8Jp4AGQ1c2Z"),
        ("Date", rfcdate(t, 2, shift=-2)),
        ("Message-ID", ID[9]),
        ("References", ID[1]),
        ("In-Reply-To", ID[1]),
    ] + OUTLOOK_HDRS, multi("alternative", "_000_AM6PR10MB2214F19D0C3A5B7E62D4A8C0E1F77AM6PR10MB2214_", [
        text(b9), text(outlook_html(b9), "html")]))
    add(9, "", t, raw, L("other", "en", True, None, thread=1,
                         notes="withdrawal of the speaker proposed in h92-01, no replacement; quoted original still "
                               "contains the full nomination (name, title, plenary role) - must not be read as a "
                               "new speaker request."))

    # ============================================================ 02 fr speaker, Gmail (thread B opener)
    t = at("2021-02-01 18:05:37")
    b2 = """Bonjour,

Suite à votre courrier d'invitation, l'Association Tunisienne pour les Droits des Migrants (ATDM) souhaite proposer Mme Sonia Ben Ammar, chargée de plaidoyer, pour une intervention lors de la table ronde thématique n°2.

Mme Ben Ammar suit depuis 2018 les questions de protection des migrant·e·s subsaharien·ne·s à Sfax et Médenine.

Restant à votre disposition,
Cordialement

--
Hichem Gharbi
ATDM - Tunis
+216 71 000 482
"""
    raw = message([
        received("mail-wr1-f54.google.com", "209.85.221.54", "4DTz5n0KcVz9", t),
        ("X-Gm-Message-State", "AOAM532x4V1qk0pTz3b8sWn2Yc7uQ1rE6fD9hJ0lK3mN5pQ7sT"),
        ("From", "Hichem Gharbi <hichem.gharbi.atdm@gmail.com>"),
        ("Date", rfcdate(t, 1, shift=-2)),
        ("Message-ID", ID[2]),
        ("Subject", h("Proposition d'intervenante - table ronde 2")),
        ("To", BOX),
    ], multi("alternative", "0000000000004b1a2c05ba4e7c11", [
        text(b2, cte="quoted-printable"), text(gmail_html(b2), "html", cte="quoted-printable")]))
    add(2, "", t, raw, L("speaker_request", "fr", True, True,
                         [sp("Sonia Ben Ammar", "chargée de plaidoyer",
                             "Association Tunisienne pour les Droits des Migrants (ATDM)", ["roundtable"], 2)],
                         notes="opens thread B (speaker replaced in h92-12); Date header in +0100; speaker is not "
                               "the sender; 'table ronde thématique n°2'."))

    # ============================================================ 12 fr replacement, Gmail, References only
    t = at("2021-02-04 12:31:09")
    b12 = """Bonjour,

Petite mise à jour concernant notre proposition ci-dessous : Mme Ben Ammar ne pourra malheureusement pas être disponible les 24 et 25 février (mission terrain à Médenine).

Elle sera remplacée par son collègue Karim Jlassi, coordinateur de projets à l'ATDM, qui interviendra à sa place, toujours dans la table ronde n°2 si c'est possible pour vous.

Merci d'avance et désolé pour le changement,

Hichem
"""
    attrib12 = "Le lun. 1 févr. 2021 à 17:05, Hichem Gharbi <hichem.gharbi.atdm@gmail.com> a écrit :"
    raw = message([
        received("mail-wm1-f43.google.com", "209.85.128.43", "4DWc2Q8mLxz1", t),
        ("From", "Hichem Gharbi <hichem.gharbi.atdm@gmail.com>"),
        ("Date", rfcdate(t, 1, shift=-2)),
        ("References", ID[2]),
        ("Message-ID", ID[12]),
        ("Subject", h("Re: Proposition d'intervenante - table ronde 2")),
        ("To", BOX),
    ], multi("alternative", "000000000000c83f7d05ba8d21e4", [
        text(b12 + "\n" + attrib12 + "\n\n" + quote_gt(b2)),
        text(gmail_html(b12, attrib12, b2), "html")]))
    add(12, "", t, raw, L("speaker_request", "fr", True, True,
                          [sp("Karim Jlassi", "coordinateur de projets",
                              "Association Tunisienne pour les Droits des Migrants (ATDM)", ["roundtable"], 2)],
                          thread=2,
                          notes="replacement of the speaker of h92-02 by a colleague; linked only by References "
                                "(no In-Reply-To); new text gives only 'ATDM', full name of the organisation is in "
                                "the quoted original, which still names the withdrawn speaker."))

    # ============================================================ 24 fr auto-reply to our ack of 12
    t = at("2021-02-04 12:33:58")
    b24 = """Bonjour,

Je suis en déplacement jusqu'au lundi 8 février avec un accès limité à mes courriels.
Pour toute urgence, merci de contacter le secrétariat de l'ATDM au +216 71 000 480.

Cordialement,
Hichem Gharbi
"""
    raw = message([
        received("mail-wm1-f47.google.com", "209.85.128.47", "4DWc2T0pVfz3", t),
        ("From", "Hichem Gharbi <hichem.gharbi.atdm@gmail.com>"),
        ("To", BOX),
        ("Subject", h("Réponse automatique : Accusé de réception - demande d'intervention / "
                      "Acknowledgement of receipt")),
        ("Date", rfcdate(t, 1, shift=-1)),
        ("Message-ID", "<CAH7k2Fs0Auto4ReplyVacation8xQ1t@mail.gmail.com>"),
        ("In-Reply-To", SEC_ACK12_ID),
        ("References", ID[12] + "\r\n " + SEC_ACK12_ID),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "bulk"),
    ], text(b24, cte="quoted-printable"))
    add(24, "", t, raw, L("auto_reply", "fr", False, None,
                          notes="Gmail vacation responder answering our acknowledgement of h92-12; carries "
                                "References to h92-12 but is a robot (Auto-Submitted) - no thread_of, no "
                                "acknowledgement."))

    # ============================================================ 03 ar speaker, Gmail, Kuwait (thread C opener)
    t = at("2021-02-03 09:12:44")
    b3 = """السادة الأفاضل في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسعدنا في جمعية سند لدعم العمالة المنزلية أن نرشح الأستاذة نورة العتيبي، منسقة البرامج في الجمعية، للمشاركة في النقاش المفتوح ضمن التشاور متعدد أصحاب المصلحة يوم 23 فبراير.

الأستاذة نورة تشتغل على ملف العمالة المنزلية من سنين، وعندها خبرة طيبة في التعامل مع حالات العاملات في مراكز الإيواء.

نتمنى أن يتم قبول الترشيح، ولكم جزيل الشكر.

فهد المطيري
جمعية سند لدعم العمالة المنزلية - الكويت
"""
    raw = message([
        received("mail-ed1-f65.google.com", "209.85.208.65", "4DVv0M3nT7z5", t),
        ("From", addr("فهد المطيري", "fahad.sanad.kw@gmail.com")),
        ("Date", rfcdate(t, 3, shift=-2)),
        ("Message-ID", ID[3]),
        ("Subject", h("طلب مشاركة متحدثة - جمعية سند")),
        ("To", BOX),
    ], multi("alternative", "000000000000a1e47d05ba6c3f52", [
        text(b3, cte="base64"), text(gmail_html(b3, rtl=True), "html", cte="base64")]))
    add(3, "", t, raw, L("speaker_request", "ar", True, True,
                         [sp("نورة العتيبي", "منسقة البرامج", "جمعية سند لدعم العمالة المنزلية",
                             ["open_discussion"])],
                         notes="opens thread C (title corrected in h92-13); Gulf-flavoured MSA; honorific "
                               "'الأستاذة' to drop; title 'منسقة البرامج في الجمعية' in apposition."))

    # ============================================================ 13 ar title correction, iPhone, subject-only link
    t = at("2021-02-05 23:57:10")
    b13 = """مساء الخير
تصحيح بسيط على ايميلنا السابق بخصوص مشاركة الأستاذة نورة العتيبي في النقاش المفتوح: المسمى الوظيفي الصحيح هو "مديرة البرامج" وليس منسقة البرامج. الباقي كما هو بدون تغيير.
المعذرة على الإزعاج

فهد المطيري
جمعية سند لدعم العمالة المنزلية

أُرسلت من الـ iPhone
"""
    raw = message([
        received("mail-pj1-f41.google.com", "209.85.216.41", "4DXq6R1kBvz8", t),
        ("From", addr("فهد المطيري", "fahad.sanad.kw@gmail.com")),
        ("Date", rfcdate(t, 3, shift=-2)),
        ("Subject", ha("RE: ", "طلب مشاركة متحدثة - جمعية سند")),
        ("Message-Id", ID[13]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ], text(b13, cte="base64"))
    add(13, "", t, raw, L("speaker_request", "ar", True, True,
                          [sp("نورة العتيبي", "مديرة البرامج", "جمعية سند لدعم العمالة المنزلية",
                              ["open_discussion"])],
                          thread=3,
                          notes="correction of the title only; linked to h92-03 only by the subject 'RE: ...' (no "
                                "In-Reply-To/References, nothing quoted); Date header 6 Feb 00:57 +0300 but "
                                "received 23:57:10 Beirut on 5 Feb = on time; old title also mentioned as decoy."))

    # ============================================================ 04 en speaker, Gmail, Cairo (thread D opener)
    t = at("2021-02-04 13:40:18")
    b4 = """Dear Secretariat,

Hope this finds you well. Further to the invitation, the Nile Centre for Migration Studies (NCMS) would be glad to contribute to the thematic roundtables.

Speaker: Prof. Amr Said
Position: Head of Research
Preferred session: Roundtable 1

Prof. Said has coordinated our 2019-2020 study on return and reintegration of Egyptian workers from the Gulf.

With thanks and best wishes,
Mai Tawfik
Programme Assistant, NCMS
Garden City, Cairo
"""
    raw = message([
        received("mail-lj1-f179.google.com", "209.85.208.179", "4DWf1H7gPzz2", t),
        ("From", "Mai Tawfik <mai.tawfik.ncms@gmail.com>"),
        ("Date", rfcdate(t, 2, shift=-1)),
        ("Message-ID", ID[4]),
        ("Subject", "NCMS - speaker for roundtable"),
        ("To", BOX),
        ("Cc", "Yasmin El-Sherif <y.elsherif@ncms.example.org>"),
    ], multi("alternative", "00000000000077d0e905ba9011b2", [
        text(b4), text(gmail_html(b4), "html")]))
    add(4, "", t, raw, L("speaker_request", "en", True, True,
                         [sp("Amr Said", "Head of Research", "Nile Centre for Migration Studies (NCMS)",
                             ["roundtable"], 1)],
                         notes="opens thread D (second speaker added in h92-14); labelled lines; 'Prof.' to drop."))

    # ============================================================ 14 en added 2nd speaker, late, London
    t = at("2021-02-06 00:04:31")
    b14 = """Dear colleagues,

Further to my colleague Mai's email below, we would be very grateful if a second NCMS speaker could be added for Roundtable 1, alongside Prof. Said:

Yasmin El-Sherif, Research Fellow, based in our London office and working on Sudanese and Eritrean mobility along the Central Mediterranean route.

I realise this is coming in right at the deadline - apologies, I have only just got the green light.

Best wishes,
Yasmin
"""
    attrib14 = "On Thu, 4 Feb 2021 at 11:40, Mai Tawfik <mai.tawfik.ncms@gmail.com> wrote:"
    raw = message([
        received("mail-wr1-f45.google.com", "209.85.221.45", "4DXr0b5hQ1z4", t),
        ("From", "Yasmin El-Sherif <y.elsherif@ncms.example.org>"),
        ("Date", rfcdate(t, 0, shift=-2)),
        ("Message-ID", ID[14]),
        ("References", ID[4]),
        ("In-Reply-To", ID[4]),
        ("Subject", "Re: NCMS - speaker for roundtable"),
        ("To", BOX),
        ("Cc", "Mai Tawfik <mai.tawfik.ncms@gmail.com>"),
    ], multi("alternative", "000000000000e2f6a105baa7c3d9", [
        text(b14 + "\n" + attrib14 + "\n\n" + quote_gt(b4)),
        text(gmail_html(b14, attrib14, b4), "html")]))
    add(14, "", t, raw, L("speaker_request", "en", True, False,
                          [sp("Yasmin El-Sherif", "Research Fellow", "Nile Centre for Migration Studies (NCMS)",
                              ["roundtable"], 1)],
                          thread=4,
                          notes="adds a second speaker to h92-04 (only the new speaker is proposed here; Prof. "
                                "Said is already registered); Date header Fri 22:04 +0000 looks on time but "
                                "received 00:04:31 Beirut on 6 Feb = late; full organisation name only in the "
                                "quoted original; speaker is the sender herself."))

    # ============================================================ 05 fr report v1, Outlook, Rabat (thread E opener)
    t = at("2021-02-12 11:03:26")
    b5 = """Madame, Monsieur,

Au nom de la Plateforme Marocaine des Migrations (PMM), collectif de 14 associations de la société civile, nous avons l'honneur de vous transmettre ci-joint notre rapport volontaire de revue du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été élaboré de manière participative lors de trois ateliers régionaux (Oujda, Tanger, Agadir).

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nadia Bensaid
Chargée de coordination
Plateforme Marocaine des Migrations (PMM)
Rabat - Maroc
"""
    f5 = "Rapport_volontaire_PMM_Maroc_v1.pdf"
    raw = message([
        received("mail-pr3eur19on2071.outbound.protection.outlook.com", "40.107.24.71", "4DcF7k2Wm0z6", t),
        ("From", "Nadia Bensaid <n.bensaid@pmm-maroc.example.org>"),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", h("Rapport volontaire - Plateforme Marocaine des Migrations")),
        ("Thread-Topic", h("Rapport volontaire - Plateforme Marocaine des Migrations")),
        ("Date", rfcdate(t, 1, shift=-3)),
        ("Message-ID", ID[5]),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", "yes"),
    ], multi("mixed", "_004_PR3P192MB0716E8C2F1D04B59A7C3E6D0B8A41PR3P192MB0716EURP_", [
        multi("alternative", "_000_PR3P192MB0716E8C2F1D04B59A7C3E6D0B8A41PR3P192MB0716EURP_", [
            text(b5), text(outlook_html(b5), "html")]),
        attach(PDF, make_pdf(["Plateforme Marocaine des Migrations", "Rapport volontaire - revue du PMM",
                              "Version 1 - fevrier 2021"]), f5)]))
    add(5, "", t, raw, L("voluntary_report", "fr", True, True, reports=[f5],
                         notes="opens thread E (replaced by a revised v2 in h92-15); collective report; Date +0100."))

    # ============================================================ 15 fr revised report v2, subject-only link, edge
    t = at("2021-02-16 23:57:40")
    b15 = """Bonsoir,

Veuillez trouver ci-joint la version révisée de notre rapport (v2), qui intègre les commentaires de deux associations membres reçus cette semaine ainsi qu'une section sur les migrants en situation de handicap.

Merci de bien vouloir remplacer la version envoyée le 12 février par celle-ci et de ne pas tenir compte de la v1.

Bien cordialement,

Nadia Bensaid
Chargée de coordination
Plateforme Marocaine des Migrations (PMM)

De : Nadia Bensaid
Envoyé : vendredi 12 février 2021 10:03
À : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Objet : Rapport volontaire - Plateforme Marocaine des Migrations

""" + b5
    f15 = "Rapport_volontaire_PMM_Maroc_v2_révisé.docx"
    raw = message([
        received("mail-pr3eur19on2088.outbound.protection.outlook.com", "40.107.24.88", "4Dg2Vn9Xs3z7", t),
        ("From", "Nadia Bensaid <n.bensaid@pmm-maroc.example.org>"),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", ha("RE: ", "Rapport volontaire - Plateforme Marocaine des Migrations")),
        ("Date", rfcdate(t, 1, shift=-2)),
        ("Message-ID", ID[15]),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", "yes"),
    ], multi("mixed", "_004_PR3P192MB07162B4D6F8A0C1E3957B2D4F6A80PR3P192MB0716EURP_", [
        multi("related", "_005_PR3P192MB07162B4D6F8A0C1E3957B2D4F6A80PR3P192MB0716EURP_", [
            multi("alternative", "_000_PR3P192MB07162B4D6F8A0C1E3957B2D4F6A80PR3P192MB0716EURP_", [
                text(b15), text(outlook_html(b15.replace("Rabat - Maroc", "Rabat - Maroc\n[cid:image001.png]")),
                                "html")]),
            attach("image/png", make_png(), "image001.png", disp="inline",
                   extra=[("Content-ID", "<image001.png@01D704A1.5C3B2E90>")])], ' type="multipart/alternative";'),
        attach(DOCX, make_docx(["Plateforme Marocaine des Migrations (PMM)", "Rapport volontaire - version 2 revisee",
                                "Section 5 : migrants en situation de handicap"]), f15, rfc2231=True)]))
    add(15, "", t, raw, L("voluntary_report", "fr", True, True, reports=[f15], thread=5,
                          notes="revised report v2 replacing v1 of h92-05; linked only by the subject 'RE: ...' and "
                                "the Outlook quote header (no In-Reply-To/References); received 23:57:40 Beirut on "
                                "16 Feb (Date 22:57 +0100) = on time; RFC 2231 file name with accent; inline logo "
                                "image001.png is not part of the report."))

    # ============================================================ 06 ar speaker, Egyptian colloquial (thread F opener)
    t = at("2021-02-03 15:22:05")
    b6 = """صباح الخير / مساء الخير

إحنا في مؤسسة حماية لدعم المهاجرين واللاجئين حابين نشارك في واحدة من الموائد المستديرة الموضوعية في المؤتمر يوم 24 أو 25 فبراير.

المتحدثة المقترحة:
د. منى عبد الحميد
رئيسة مجلس الأمناء - مؤسسة حماية لدعم المهاجرين واللاجئين

لو محتاجين أي بيانات تانية ياريت تبلغونا.
شكراً جزيلاً

أحمد سامي
مسؤول الاتصال
"""
    raw = message([
        received("mail-qk1-f172.google.com", "209.85.222.172", "4DVyS9hLcqz1", t),
        ("From", addr("Ahmed Samy", "ahmed.samy.hemaya@gmail.com")),
        ("Date", rfcdate(t, 2, shift=-1)),
        ("Message-ID", ID[6]),
        ("Subject", h("مشاركة في المائدة المستديرة")),
        ("To", BOX),
    ], multi("alternative", "000000000000f93b2c05ba6f8a10", [
        text(b6), text(gmail_html(b6, rtl=True), "html")]))
    add(6, "", t, raw, L("speaker_request", "ar", True, True,
                         [sp("منى عبد الحميد", "رئيسة مجلس الأمناء", "مؤسسة حماية لدعم المهاجرين واللاجئين",
                             ["roundtable"])],
                         notes="opens thread F (roundtable number given later in h92-16); Egyptian colloquial; "
                               "asks for 'one of the' roundtables without a number; title and organisation on one "
                               "line joined by a dash."))

    # ============================================================ 16 ar reply '3' to 'which roundtable?'
    t = at("2021-02-05 21:10:33")
    sec_q = """Dear Mr. Samy,
Thank you for your message. Could you please indicate which of the four thematic roundtables (1-4) Dr. Mona Abdelhamid would like to speak in? The concept note with the roundtable themes is attached to the invitation.
Best regards,
GCM Regional Review Secretariat"""
    attrib_sec = "في الجمعة، 5 فبراير 2021 في 10:02 ص تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <gcmrrarabstates@iom.int>:"
    attrib_own = "في الأربعاء، 3 فبراير 2021 في 3:22 م تمت كتابة ما يلي بواسطة Ahmed Samy <ahmed.samy.hemaya@gmail.com>:"
    quoted16 = sec_q + "\n\n" + attrib_own + "\n\n" + quote_gt(b6)
    b16 = "3\n\nأحمد\n"
    raw = message([
        received("mail-qt1-f176.google.com", "209.85.160.176", "4DXm8c2JrFz5", t),
        ("From", addr("Ahmed Samy", "ahmed.samy.hemaya@gmail.com")),
        ("Date", rfcdate(t, 2, shift=-1)),
        ("Message-ID", ID[16]),
        ("References", ID[6] + "\r\n " + SEC_ASK_RT_ID),
        ("In-Reply-To", SEC_ASK_RT_ID),
        ("Subject", h("RE: مشاركة في المائدة المستديرة")),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
    ], multi("alternative", "0000000000003d0e6a05bab2c914", [
        text(b16 + "\n" + attrib_sec + "\n\n" + quote_gt(quoted16)),
        text(gmail_html(b16, attrib_sec, quoted16, rtl=True), "html")]))
    add(16, "", t, raw, L("speaker_request", "ar", True, True,
                          [sp("منى عبد الحميد", "رئيسة مجلس الأمناء", "مؤسسة حماية لدعم المهاجرين واللاجئين",
                              ["roundtable"], 3)],
                          thread=6,
                          notes="new text is only the digit '3' answering the secretariat's English question "
                                "'which roundtable?'; speaker details only in the doubly quoted original; "
                                "In-Reply-To is the secretariat's mail, References carries h92-06; language "
                                "follows the Arabic thread."))

    # ============================================================ 07 en report, Apple Mail, Erbil (thread G opener)
    t = at("2021-02-15 19:20:12")
    b7a = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Kurdistan Region Migrant Support Network (KRMSN), prepared jointly by our 9 member organisations in Erbil, Duhok and Sulaymaniyah.

"""
    b7b = """
Kind regards,
Shilan Aziz
Network Coordinator | KRMSN
Erbil, Kurdistan Region of Iraq

"""
    f7 = "GCM voluntary review - Kurdistan Migrant Support Network.pdf"
    raw = message([
        received("mail.krmsn.example.org", "203.0.113.57", "4Df4Kx3Tn1z2", t),
        ("From", "Shilan Aziz <shilan@krmsn.example.org>"),
        ("Subject", "Voluntary GCM review report - KRMSN"),
        ("Message-Id", ID[7]),
        ("Date", rfcdate(t, 3, shift=-4)),
        ("To", BOX),
        ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)"),
    ], multi("mixed", "Apple-Mail=_3C1A8F2E-5D7B-4E96-A0C4-8B2F1D6E9A37", [
        text(b7a, cte="7bit", flowed=True, charset="us-ascii"),
        attach(PDF, make_pdf(["Kurdistan Region Migrant Support Network (KRMSN)",
                              "Voluntary GCM Review Report 2021"]), f7, disp="inline"),
        text(b7b, cte="7bit", flowed=True, charset="us-ascii")]))
    add(7, "", t, raw, L("voluntary_report", "en", True, True, reports=[f7],
                         notes="opens thread G ('did you receive?' in h92-17); Apple Mail layout: text / inline "
                               "PDF / text; file name with spaces."))

    # ============================================================ 17 en 'did you receive?', Apple Mail reply
    t = at("2021-02-18 10:05:47")
    b17 = """Hi,

Just checking whether you received our report (sent Monday evening, see below). We haven't had any confirmation and want to make sure it reached you before the deadline.

Thanks a lot,
Shilan

"""
    attrib17 = "> On 15 Feb 2021, at 20:20, Shilan Aziz <shilan@krmsn.example.org> wrote:\n>\n"
    raw = message([
        received("mail.krmsn.example.org", "203.0.113.57", "4Dh9Pq1Lw6z3", t),
        ("From", "Shilan Aziz <shilan@krmsn.example.org>"),
        ("Subject", "Re: Voluntary GCM review report - KRMSN"),
        ("Message-Id", ID[17]),
        ("Date", rfcdate(t, 3, shift=-3)),
        ("In-Reply-To", ID[7]),
        ("References", ID[7]),
        ("To", BOX),
        ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)"),
    ], text(b17 + attrib17 + quote_gt(b7a + "<" + f7 + ">\n" + b7b).replace("\n>\n>", "\n>\n>") + "\n",
            cte="quoted-printable", flowed=True))
    add(17, "", t, raw, L("other", "en", True, None, thread=7,
                          notes="'did you receive our report?' follow-up to h92-07; mentions the report and the "
                                "deadline, quotes the attachment placeholder <...pdf> but carries no attachment; "
                                "not a resubmission."))

    # ============================================================ 08 fr both, Thunderbird, Paris (thread H opener)
    t = at("2021-02-05 23:58:30")
    b8 = """Bonsoir à toute l'équipe,

Au nom du Collectif des Travailleuses Migrantes au Liban (CTML), je vous adresse en pièce jointe notre contribution à la revue régionale (rapport volontaire, format Word).

Par la même occasion nous aimerions proposer Mme Maya Abou Jaoudé, responsable du plaidoyer au sein du collectif, pour le rôle de rapporteuse : elle pourrait porter les messages clés des parties prenantes lors de la consultation.

Désolée pour l'envoi tardif, nous avons finalisé le texte ce soir même avec nos membres à Beyrouth.

Bien à vous,
Carla Nassar
Coordinatrice - CTML (depuis Paris)
"""
    f8 = "CTML_contribution_revue_PMM_2021.docx"
    raw = message([
        received("smtp.ctml-liban.example.org", "198.51.100.23", "4DXr0Y2kT8z9", t),
        ("Message-ID", ID[8]),
        ("Date", rfcdate(t, 1, shift=-3)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
        ("Content-Language", "fr"),
        ("To", BOX),
        ("From", "Carla Nassar <carla.nassar@ctml-liban.example.org>"),
        ("Subject", h("Contribution CTML + proposition rapporteuse")),
    ], multi("mixed", "------------A0C4E29B7D1F3856E2B4C7D9", [
        text(b8, cte="8bit", flowed=True),
        attach(DOCX, make_docx(["Collectif des Travailleuses Migrantes au Liban (CTML)",
                                "Rapport volontaire - revue regionale du PMM", "Fevrier 2021"]), f8)]))
    add(8, "", t, raw, L("both", "fr", True, True,
                         [sp("Maya Abou Jaoudé", "responsable du plaidoyer",
                             "Collectif des Travailleuses Migrantes au Liban (CTML)", ["rapporteur"])],
                         reports=[f8],
                         notes="opens thread H (thank-you in h92-18); report + speaker in one Thunderbird mail "
                               "sent 22:58 +0100 = 23:58:30 Beirut on Fri 5 Feb, 90 s before the speaker deadline; "
                               "'Désolée pour l'envoi tardif' although on time; rapporteur role in prose."))

    # ============================================================ 18 fr thanks only, reply to our ack
    t = at("2021-02-08 09:12:03")
    ack_fr = """Madame, Monsieur,

Nous accusons bonne réception de votre message et vous remercions de votre contribution à la revue régionale du Pacte mondial pour les migrations dans la région arabe. Votre rapport volontaire et votre proposition d'intervenante ont été enregistrés.

Le Secrétariat de la revue régionale du PMM"""
    b18 = """Merci beaucoup pour la confirmation, bonne journée !

Carla

"""
    raw = message([
        received("smtp.ctml-liban.example.org", "198.51.100.23", "4DZ3nW7qH0z4", t),
        ("Subject", h("Re: Accusé de réception / Acknowledgement of receipt - GCM Regional Review")),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("References", ID[8] + "\r\n " + SEC_ACK08_ID),
        ("From", "Carla Nassar <carla.nassar@ctml-liban.example.org>"),
        ("Message-ID", ID[18]),
        ("Date", rfcdate(t, 1, shift=-2)),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
        ("In-Reply-To", SEC_ACK08_ID),
        ("Content-Language", "fr"),
    ], text(b18 + "Le 07/02/2021 à 13:02, GCM Regional Review Arab States a écrit :\n" + quote_gt(ack_fr) + "\n",
            cte="8bit", flowed=True))
    add(18, "", t, raw, L("other", "fr", False, None, thread=8,
                          notes="reply to our acknowledgement that only says thanks: no acknowledgement; quoted "
                                "ack mentions 'rapport volontaire' and 'proposition d'intervenante'."))

    # ============================================================ 10 ar 3 speakers, HTML-only table, Bahrain (thread I)
    t = at("2021-02-04 11:30:19")
    org10 = "الشبكة الخليجية لحقوق العمال المهاجرين"
    rows10 = [("م. خالد الدوسري", "", "الجلسة العامة"),
              ("د. ليلى الحداد", "مستشارة قانونية", "المائدة المستديرة الثانية"),
              ("سلمان الكعبي", "", "مقرر لعرض الرسائل الرئيسية")]
    table = ('<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">'
             '<tr><th>الاسم</th><th>المسمى الوظيفي</th><th>الجهة</th><th>الدور المقترح</th></tr>' +
             "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, ti or "&nbsp;", org10, r)
                     for n, ti, r in rows10) + "</table>")
    html10 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
              '<body dir="rtl" style="font-family:Simplified Arabic">\n'
              '<p>الإخوة الكرام في الأمانة،</p>\n<p>تحية طيبة،</p>\n'
              '<p>بناءً على خطاب الدعوة، نود ترشيح ممثلي الشبكة التالية أسماؤهم للمشاركة في المؤتمر الإقليمي:</p>\n'
              + table + '\n<p>سنوافيكم بالمسميات الوظيفية الناقصة في أقرب وقت.</p>\n'
              '<p>مع خالص التحية،<br>عائشة بوحجي<br>سكرتارية الشبكة - المنامة</p>\n</body></html>\n')
    raw = message([
        received("mail-db7eur06on2096.outbound.protection.outlook.com", "40.107.13.96", "4DWd8F1sKvz6", t),
        ("From", addr("عائشة بوحجي", "a.buhaji@gnmwr.example.org")),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", h("ترشيح متحدثين - الشبكة الخليجية")),
        ("Thread-Topic", h("ترشيح متحدثين - الشبكة الخليجية")),
        ("Date", rfcdate(t, 3, shift=-2)),
        ("Message-ID", ID[10]),
        ("Content-Language", "ar-BH"),
    ], text(html10, "html", cte="base64"))
    add(10, "", t, raw, L("speaker_request", "ar", True, True,
                          [sp("خالد الدوسري", None, org10, ["plenary"]),
                           sp("ليلى الحداد", "مستشارة قانونية", org10, ["roundtable"], 2),
                           sp("سلمان الكعبي", None, org10, ["rapporteur"])],
                          notes="opens thread I (titles supplied in h92-19); HTML-only base64 table, three "
                                "speakers, two without title (empty cells), honorifics 'م.' and 'د.' in the name "
                                "cells; roundtable number written as an ordinal word."))

    # ============================================================ 19 ar titles supplied, References only
    t = at("2021-02-05 14:05:52")
    sec_t = """Dear Ms. Buhaji,
Many thanks for the nominations. Could you kindly share the titles of Eng. Khalid Al-Dosari and Mr. Salman Al-Kaabi?
Kind regards,
GCM Regional Review Secretariat"""
    b19 = """الإخوة الكرام،

بالإشارة إلى استفساركم، المسميات الوظيفية كالتالي:
- المهندس خالد الدوسري: نائب رئيس الشبكة
- سلمان الكعبي: منسق المناصرة الإقليمي

وبقية البيانات كما في رسالتنا السابقة (خالد للجلسة العامة وسلمان مقرراً).

مع التحية،
عائشة بوحجي
الشبكة الخليجية لحقوق العمال المهاجرين

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسل: الجمعة، 5 فبراير، 2021 11:20 ص
إلى: عائشة بوحجي <a.buhaji@gnmwr.example.org>
الموضوع: RE: ترشيح متحدثين - الشبكة الخليجية

""" + sec_t + "\n"
    raw = message([
        received("mail-db7eur06on2131.outbound.protection.outlook.com", "40.107.13.131", "4DXf2Z6pRwz9", t),
        ("From", addr("عائشة بوحجي", "a.buhaji@gnmwr.example.org")),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", ha("RE: ", "ترشيح متحدثين - الشبكة الخليجية")),
        ("Thread-Topic", h("ترشيح متحدثين - الشبكة الخليجية")),
        ("Date", rfcdate(t, 3, shift=-2)),
        ("Message-ID", ID[19]),
        ("References", ID[10] + "\r\n " + SEC_ASK_TITLES_ID),
        ("Content-Language", "ar-BH"),
    ], multi("alternative", "_000_DB7PR06MB48217A0E2C4D6F8B1935A7C9E0B13DB7PR06MB4821eurp_", [
        text(b19), text(outlook_html(b19, rtl=True, font="Simplified Arabic"), "html")]))
    add(19, "", t, raw, L("speaker_request", "ar", True, True,
                          [sp("خالد الدوسري", "نائب رئيس الشبكة", org10, ["plenary"]),
                           sp("سلمان الكعبي", "منسق المناصرة الإقليمي", org10, ["rapporteur"])],
                          thread=10,
                          notes="reply to the secretariat's English question with the two missing titles as a "
                                "'name: title' list; linked by References only; roles restated in colloquial "
                                "shorthand ('خالد للجلسة العامة وسلمان مقرراً'); 'المهندس' used as honorific; the "
                                "original table is not quoted."))

    # ============================================================ 11 ar report, iPhone minimal, Riyadh, edge
    t = at("2021-02-16 23:58:40")
    b11 = "مرفق تقرير الاستعراض الطوعي الخاص بنا\nمع الشكر\n\nأُرسلت من الـ iPhone\n"
    f11 = "تقرير_الاستعراض_الطوعي_للاتفاق_العالمي.pdf"
    raw = message([
        received("mail-pf1-f172.google.com", "209.85.210.172", "4Dg2Wq4Yb7z1", t),
        ("From", addr("ريم الشهري", "reem.alshehri@sanad-ksa.example.org")),
        ("Date", rfcdate(t, 3, shift=-3)),
        ("Subject", h("تقرير")),
        ("Message-Id", ID[11]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ], multi("mixed", "Apple-Mail-9E2F4B71-0C3D-4A58-B6E1-7D2C9F0A3B85", [
        text(b11, cte="base64"),
        attach(PDF, make_pdf(["Voluntary review report", "Arabic version"]), f11, rfc2231=True)]))
    add(11, "", t, raw, L("voluntary_report", "ar", True, True, reports=[f11],
                          notes="iPhone, two lines, no organisation; Arabic RFC 2231 file name; Date header Wed 17 "
                                "Feb 00:58 +0300 looks late but received 23:58:40 Beirut on 16 Feb = on time."))

    # ============================================================ 20 en report, late, New York
    t = at("2021-02-17 00:03:05")
    b20 = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Arab American Migrant Solidarity Coalition (AAMSC), covering the situation of Yemeni, Syrian and Sudanese diaspora communities and their engagement with countries of origin in the Arab region.

Apologies that this reaches you at the very end of the day - our board only approved the final text this afternoon.

Sincerely,

Dr. Hana Qassem
Executive Director
Arab American Migrant Solidarity Coalition (AAMSC)
Dearborn, MI, USA
"""
    f20 = "AAMSC_GCM_Voluntary_Review_FINAL.pdf"
    raw = message([
        received("mail-bn8nam11on2052.outbound.protection.outlook.com", "40.107.236.52", "4DgPn3Lk8qz0", t),
        ("From", "Hana Qassem <hqassem@aamsc.example.org>"),
        ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
        ("Subject", "Voluntary GCM Review Report - AAMSC"),
        ("Thread-Topic", "Voluntary GCM Review Report - AAMSC"),
        ("Date", rfcdate(t, -5, shift=-3)),
        ("Message-ID", ID[20]),
    ] + OUTLOOK_HDRS[:2] + [("X-MS-Has-Attach", "yes")],
        multi("mixed", "_004_BN8PR11MB3684D2A6C0E4F81B5739D1E3A7C52BN8PR11MB3684namp_", [
            multi("alternative", "_000_BN8PR11MB3684D2A6C0E4F81B5739D1E3A7C52BN8PR11MB3684namp_", [
                text(b20), text(outlook_html(b20), "html")]),
            attach(PDF, make_pdf(["Arab American Migrant Solidarity Coalition",
                                  "GCM Voluntary Review - Final"]), f20)]))
    add(20, "", t, raw, L("voluntary_report", "en", True, False, reports=[f20],
                          notes="Date header Tue 16 Feb 17:03 -0500 looks on time in the sender's zone, but "
                                "received 00:03:05 Beirut on 17 Feb = late by 3 minutes."))

    # ============================================================ 21 fr both, Beirut, Outlook UTC date
    t = at("2021-02-05 23:54:12")
    b21 = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire du Réseau Libanais pour la Dignité des Migrants (RLDM) dans le cadre de la revue régionale du PMM.

Par ailleurs, je souhaiterais moi-même intervenir lors de la table ronde IV, et, si le temps le permet, faire une courte intervention en plénière. Mes coordonnées figurent ci-dessous.

Avec mes remerciements et mes meilleures salutations,

Rita Haddad
Coordinatrice générale | Réseau Libanais pour la Dignité des Migrants (RLDM)
Achrafieh, Beyrouth - Liban
Tél. : +961 1 330 418
"""
    f21 = "Rapport volontaire RLDM - PMM 2021.pdf"
    raw = message([
        received("mail-vi1eur05on2074.outbound.protection.outlook.com", "40.107.21.74", "4DXqz5Jm2Tz8", t),
        ("From", "Rita Haddad <rita.haddad@rldm.example.org>"),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", h("Rapport volontaire RLDM et demande d'intervention")),
        ("Thread-Topic", h("Rapport volontaire RLDM et demande d'intervention")),
        ("Date", rfcdate(t, 0, shift=-2)),
        ("Message-ID", ID[21]),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", "yes"),
    ], multi("mixed", "_004_VI1P190MB0398A1C5E7B9D03F2468C0E2A4B61VI1P190MB0398EURP_", [
        multi("alternative", "_000_VI1P190MB0398A1C5E7B9D03F2468C0E2A4B61VI1P190MB0398EURP_", [
            text(b21, cte="base64"), text(outlook_html(b21), "html", cte="base64")]),
        attach(PDF, make_pdf(["Reseau Libanais pour la Dignite des Migrants (RLDM)",
                              "Rapport volontaire - revue du PMM 2021"]), f21)]))
    add(21, "", t, raw, L("both", "fr", True, True,
                          [sp("Rita Haddad", "Coordinatrice générale",
                              "Réseau Libanais pour la Dignité des Migrants (RLDM)", ["roundtable", "plenary"], 4)],
                          reports=[f21],
                          notes="speaker is the sender ('je souhaiterais moi-même'), details only in the "
                                "signature with '|'; 'table ronde IV' roman numeral; second role conditional; "
                                "Date header 21:54 +0000 = 23:54:12 Beirut, 6 min before the speaker deadline."))

    # ============================================================ 22 ar both, Moroccan darija, late speaker part
    t = at("2021-02-06 00:02:15")
    b22 = """السلام عليكم ورحمة الله،

كنصيفطو ليكم فالمرفق التقرير الطوعي ديال جمعية الأيادي المتضامنة للتنمية والهجرة على تنفيذ الاتفاق العالمي فالجهة الشرقية.

وبغينا نقترحو الأخ يوسف بنعلي، المنسق الجهوي ديال الجمعية، باش يشارك بمداخلة فالجلسة العامة ديال المؤتمر.

سمحو لينا على التأخير، الكونكسيون كانت مقطوعة هاد العشية.

تحياتي
سعيد الإدريسي
رئيس جمعية الأيادي المتضامنة للتنمية والهجرة - وجدة
"""
    f22 = "تقرير الأيادي المتضامنة 2021.pdf"
    raw = message([
        received("mail-wr1-f66.google.com", "209.85.221.66", "4DXr0h9cWmz3", t),
        ("From", addr("Said Idrissi", "said.idrissi.ams@gmail.com")),
        ("Date", rfcdate(t, 1, shift=-2)),
        ("Message-ID", ID[22]),
        ("Subject", h("التقرير الطوعي + مداخلة")),
        ("To", BOX),
    ], multi("mixed", "000000000000b4c71805baa7e0f2", [
        multi("alternative", "000000000000b4c71605baa7e0f0", [
            text(b22, cte="base64"), text(gmail_html(b22, rtl=True), "html", cte="base64")]),
        attach(PDF, make_pdf(["Association Mains Solidaires", "Rapport volontaire 2021"]), f22)]))
    add(22, "", t, raw, L("both", "ar", True, False,
                          [sp("يوسف بنعلي", "المنسق الجهوي", "جمعية الأيادي المتضامنة للتنمية والهجرة",
                              ["plenary"])],
                          reports=[f22],
                          notes="Moroccan darija; report part on time but speaker part late: Date Fri 23:02 +0100 "
                                "= 00:02:15 Beirut on Sat 6 Feb; honorific 'الأخ'; title 'المنسق الجهوي ديال "
                                "الجمعية'; RFC 2047-encoded Arabic file name."))

    # ============================================================ 23 en other, logistics reply to invitation
    t = at("2021-02-09 13:47:29")
    b23 = """Dear colleagues,

Thank you for the invitation. Two practical questions before the 23rd:

1. Will simultaneous interpretation (Arabic/English/French) be available in the roundtables, or should our participants prepare in English?
2. Will registered participants receive the Zoom link by email, and roughly when?

Our colleagues in Aden have quite unstable connections, so we would like to test in advance if possible.

Also, FYI, our voluntary report is still being finalised and should reach you next week.

Regards,
Abdulrahman Ba-Salem
Programme Manager, Yemen Mixed Migration Observatory
Aden, Yemen

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 3:00 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Dear Stakeholders in the Arab region,

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.
"""
    raw = message([
        received("mail-am6eur03on2101.outbound.protection.outlook.com", "40.107.3.101", "4DZq1x7Rm5z2", t),
        ("From", "Abdulrahman Ba-Salem <a.basalem@ymmo.example.org>"),
        ("To", "%s <%s>" % (BOXNAME, BOX)),
        ("Subject", "RE: Invitation: Regional Review of the GCM in the Arab region - 23-25\r\n February 2021"),
        ("Thread-Topic", "Invitation: Regional Review of the GCM in the Arab region - 23-25\r\n February 2021"),
        ("Date", rfcdate(t, 3, shift=-2)),
        ("Message-ID", ID[23]),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
    ] + OUTLOOK_HDRS, multi("alternative", "_000_AS8PR03MB7140C6E2A4B8D0F13579E1C3A5D27AS8PR03MB7140eurp_", [
        text(b23), text(outlook_html(b23), "html")]))
    add(23, "", t, raw, L("other", "en", True, None,
                          notes="logistics questions (interpretation, Zoom link) in a reply to the invitation; "
                                "quoted invitation lists all roles and the speaker deadline; announces a report "
                                "'next week' without attaching it; sender's own name/title is not a speaker."))


def main():
    build()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    for fname, raw, label in sorted(MSGS, key=lambda m: m[0]):
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
        labels.append({k: label[k] for k in ["file", "received_at", "category", "language", "acknowledge",
                                             "on_time", "speakers", "report_attachments", "thread_of", "notes"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
