#!/usr/bin/env python3
"""Write the blind evaluation set holdout96 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets96.py
Theme: mail written on phones by people in a hurry -- very short messages, voice-dictation slips,
code-switching (French/Arabic, English with Arabic words, Arabizi), WhatsApp-style brevity.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import shutil
import zipfile
import zlib
from email.charset import Charset, BASE64, QP
from email.header import Header
from mailgen import (HERE, BOX, BEIRUT, WD, MO, sp)

OUT = os.path.join(HERE, "holdout96")
CRLF = "\r\n"


# ------------------------------------------------------------------ dates
def at(s):
    """'2021-02-05 23:57:40' Beirut wall clock -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIRUT)


def rfcdate(d, hours=None, zone=None):
    if hours is not None:
        d = d.astimezone(dt.timezone(dt.timedelta(hours=hours)))
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                                   d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    if zone:
        s += " (%s)" % zone
    return s


def received_top(host, ip, when, qid):
    return ("from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s" % (host, host, ip, qid, BOX, rfcdate(when, 2, "EET")))


# ------------------------------------------------------------------ headers
def enc(text, b="B"):
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        cs = Charset("utf-8")
        cs.header_encoding = BASE64 if b == "B" else QP
        return Header(text, cs).encode(linesep="\r\n")


def addr(name, mail, b="B"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc(name, b), mail)


# ------------------------------------------------------------------ bodies
def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF


def qp(text):
    data = text.replace("\r\n", "\n").encode("utf-8")
    return crlf(quopri.encodestring(data).decode("ascii"))


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str with CRLF, already transfer-encoded

    def render(self):
        out = ["%s: %s" % (k, v) for k, v in self.headers]
        return CRLF.join(out) + CRLF + CRLF + self.body


def text_part(text, subtype="plain", cte="quoted-printable", charset="utf-8", extra=None, ct_params=""):
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(crlf(text).encode(charset))
    else:  # 7bit / 8bit
        body = crlf(text)
    if not body.endswith(CRLF):
        body += CRLF
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, ct_params)),
         ("Content-Transfer-Encoding", cte)]
    return Part(h + (extra or []), body)


def file_part(ctype, filename, data, disp="attachment", rfc2047=False, extra=None, inline_cid=None):
    if rfc2047:
        fn = '"%s"' % enc(filename)
    else:
        fn = '"%s"' % filename
    h = [("Content-Type", "%s;\r\n\tname=%s" % (ctype, fn))]
    if inline_cid:
        h.append(("Content-ID", "<%s>" % inline_cid))
    h.append(("Content-Disposition", "%s;\r\n\tfilename=%s" % (disp, fn)))
    h.append(("Content-Transfer-Encoding", "base64"))
    return Part(h + (extra or []), b64(data))


def multipart(subtype, boundary, parts, preamble=""):
    body = preamble
    for p in parts:
        body += "--" + boundary + CRLF + p.render()
        if not body.endswith(CRLF):
            body += CRLF
    body += "--" + boundary + "--" + CRLF
    return Part([("Content-Type", 'multipart/%s;\r\n\tboundary="%s"' % (subtype, boundary))], body)


def message(headers, top):
    """headers: list of (name, value); top: Part whose headers become message headers."""
    lines = ["%s: %s" % (k, v) for k, v in headers if v is not None]
    lines += ["%s: %s" % (k, v) for k, v in top.headers]
    raw = CRLF.join(lines) + CRLF + CRLF + top.body
    raw = crlf(raw)
    return raw.encode("utf-8")


# ------------------------------------------------------------------ attachment bytes
def pdf_bytes(title, lines):
    """A small, valid one-page PDF with Helvetica text (ASCII only)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 790
    ops = ["BT", "/F1 16 Tf", "50 %d Td" % y, "(%s) Tj" % esc(title), "/F1 10 Tf"]
    for ln in lines:
        ops.append("0 -18 Td")
        ops.append("(%s) Tj" % esc(ln))
    ops.append("ET")
    stream = zlib.compress(("\n".join(ops) + "\n").encode("latin-1"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Microsoft\\256 Word for Microsoft 365) /CreationDate (D:20210201090000+02'00') >>"
         % esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
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


def docx_bytes(paragraphs):
    """A small but structurally real .docx (fixed zip timestamps -> deterministic)."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '<w:sectPr/></w:body></w:document>'),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


def jpeg_bytes(seed):
    """Small JPEG-looking bytes (SOI, JFIF APP0, filler, EOI)."""
    filler = bytes((seed * 37 + i * 11) % 251 for i in range(1800))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xdb\x00\x43\x00" + filler[:64] + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
            + filler + b"\xff\xd9")


def png_bytes():
    import struct

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w, h = 24, 12
    raw = b"".join(b"\x00" + bytes((x * 9 + y * 5) % 256 for x in range(w * 3)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_html(text, rtl=False):
    """Gmail-style HTML rendering of a plain text body."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    rows = []
    for ln in text.split("\n"):
        rows.append("<div%s>%s</div>" % (d if rtl else ' dir="auto"', html_escape(ln) if ln else "<br>"))
    return '<div%s>%s</div>\n' % (d, "".join(rows))


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


# ------------------------------------------------------------------ the messages
MSGS = []   # (file, raw bytes, label)


def add(n, raw, label):
    fname = "h96-%02d.eml" % n
    label = dict(label)
    label["file"] = fname
    order = ["file", "received_at", "category", "language", "acknowledge", "on_time", "speakers",
             "report_attachments", "thread_of", "notes"]
    MSGS.append((fname, raw, {k: label[k] for k in order}))


def iso(d):
    return d.isoformat()


def std_top(host, ip, when, qid, mail_from):
    return [("Return-Path", "<%s>" % mail_from),
            ("Delivered-To", BOX),
            ("Received", received_top(host, ip, when, qid))]


MID = {}


def build():
    # ---------------------------------------------------------------- 01 ar speaker, Levantine, iPhone
    r = at("2021-02-02 09:14:33")
    body = ("مرحبا،\n"
            "حابين نرشّح الست ريما الخوري، المديرة التنفيذية ل\"جمعية كرامة لدعم العمال المهاجرين\"، "
            "لتحكي بالنقاش المفتوح تبع المشاورة يوم ٢٣ شباط.\n"
            "يعطيكن العافية\n"
            "ليال\n\n"
            "أُرسلت من iPhone\n")
    top = text_part(body, cte="base64")
    MID[1] = "<5A1F0C2E-7B3D-4E61-9A08-2C44D1E7F301@karama-mw.example.org>"
    hdrs = std_top("mail.karama-mw.example.org", "198.51.100.31", r, "4DVb1k0Qz1x9", "layal.s@karama-mw.example.org") + [
        ("From", addr("ليال صعب", "layal.s@karama-mw.example.org")),
        ("Subject", enc("مداخلة")),
        ("Message-Id", MID[1]),
        ("Date", rfcdate(r - dt.timedelta(seconds=13), 2)),
        ("To", BOX),
        ("Mime-Version", "1.0 (1.0)"),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(1, message(hdrs, top), dict(
        received_at=iso(r), category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريما الخوري", "المديرة التنفيذية", "جمعية كرامة لدعم العمال المهاجرين", ["open_discussion"])],
        report_attachments=[], thread_of=None,
        notes="Levantine colloquial, two sentences from an iPhone; speaker proposed by a colleague (sender is not the "
              "speaker); 'الست' is an honorific; affiliation glued to the preposition ل and in quotes; role only as "
              "'تحكي بالنقاش المفتوح تبع المشاورة'."))

    # ---------------------------------------------------------------- 02 en speaker, run-together line
    r = at("2021-02-03 16:41:05")
    body = ("Hi pls add speaker for roundtable 2\n"
            "Yusuf Al Amin program coordinator Doha Migrant Workers Support Network\n"
            "thx\n\n"
            "Sent from my iPhone\n")
    top = text_part(body, cte="7bit", charset="us-ascii")
    MID[2] = "<9C0E57AB-31F2-4D8A-B7C5-0F1A2B3C4D52@dmwsn.example.org>"
    hdrs = std_top("smtp.dmwsn.example.org", "203.0.113.40", r, "4DW2Hq3LkTz1", "maha.k@dmwsn.example.org") + [
        ("From", "Maha K <maha.k@dmwsn.example.org>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "speaker"),
        ("Message-Id", MID[2]),
        ("Date", rfcdate(r - dt.timedelta(seconds=14), 3)),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(2, message(hdrs, top), dict(
        received_at=iso(r), category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Yusuf Al Amin", "program coordinator", "Doha Migrant Workers Support Network", ["roundtable"], 2)],
        report_attachments=[], thread_of=None,
        notes="name, title and organisation run together on one line with no punctuation; the boundaries "
              "(name / 'program coordinator' / org) must be inferred; sender signs with nothing but the iPhone footer; "
              "Date header in +0300."))

    # ---------------------------------------------------------------- 03 fr speaker, Maghrebi, title missing
    r = at("2021-02-01 11:22:10")
    body3 = ("Salam alikoum,\n"
             "Nous souhaitons proposer Mme Salma Benali de l'association Tanmia Migrations (ATM) pour intervenir "
             "dans la table ronde 3 inchallah.\n"
             "Je vous envoie son titre exact dés que possible\n"
             "Saha w merci\n"
             "Karim\n\n"
             "Envoyé de mon iPhone")
    top = text_part(body3 + "\n", cte="quoted-printable")
    MID[3] = "<B2D4F6A8-1C3E-4A5B-8D7F-90E1F2A3B403@tanmia-migrations.example.dz>"
    hdrs = std_top("mx.tanmia-migrations.example.dz", "192.0.2.77", r, "4DTnC52xWq3v", "karim.mansouri@tanmia-migrations.example.dz") + [
        ("From", "Karim Mansouri <karim.mansouri@tanmia-migrations.example.dz>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=12), 1)),
        ("Subject", "Table ronde 3"),
        ("Message-Id", MID[3]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18C66)"),
    ]
    add(3, message(hdrs, top), dict(
        received_at=iso(r), category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Benali", None, "association Tanmia Migrations (ATM)", ["roundtable"], 3)],
        report_attachments=[], thread_of=None,
        notes="Algerian French with Arabic formulas (Salam alikoum, inchallah, Saha w merci); title explicitly "
              "announced for later so title is null; 'Mme' honorific; completed by h96-04."))

    # ---------------------------------------------------------------- 04 fr one-line reply completing the title
    r = at("2021-02-01 11:31:47")
    body = ("Chargée de plaidoyer et des partenariats\n\n"
            "Envoyé de mon iPhone\n\n"
            "> Le 1 févr. 2021 à 10:22, Karim Mansouri <karim.mansouri@tanmia-migrations.example.dz> a écrit :\n"
            ">\n" + quote(body3) + "\n")
    top = text_part(body, cte="quoted-printable")
    MID[4] = "<1E3A5C7E-9F0B-4D2C-A6E8-B1C3D5E7F904@tanmia-migrations.example.dz>"
    hdrs = std_top("mx.tanmia-migrations.example.dz", "192.0.2.77", r, "4DTnQ01vHr8m", "karim.mansouri@tanmia-migrations.example.dz") + [
        ("From", "Karim Mansouri <karim.mansouri@tanmia-migrations.example.dz>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=7), 1)),
        ("Subject", "Re: Table ronde 3"),
        ("Message-Id", MID[4]),
        ("References", MID[3]),
        ("In-Reply-To", MID[3]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18C66)"),
    ]
    add(4, message(hdrs, top), dict(
        received_at=iso(r), category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma Benali", "Chargée de plaidoyer et des partenariats", "association Tanmia Migrations (ATM)",
                     ["roundtable"], 3)],
        report_attachments=[], thread_of="h96-03.eml",
        notes="one-line reply that only gives the missing title; who it belongs to, the organisation and the "
              "roundtable are only in the quoted original (h96-03); no greeting, no name in the new text."))

    # ---------------------------------------------------------------- 05 ar speaker, Arabizi
    r = at("2021-02-04 21:05:00")
    body = ("Marhaba,\n"
            "ana Rami mn jam3iyet Insan lal Hou2ou2, baddna nrasha7 zamilti Nour Haddad, mas2oulet el monasara "
            "3ana, la tkoun rapporteur w t2oul el key messages taba3 el stakeholders\n"
            "iza fi shi na2es 5abrouni\n"
            "شكراً\n"
            "رامي\n")
    alt = multipart("alternative", "0000000000006f3b9e05ba88c1d2", [
        text_part(body, cte="quoted-printable"),
        text_part(gmail_html(body.rstrip("\n")), subtype="html", cte="quoted-printable"),
    ])
    MID[5] = "<CAHk7x2Vb0sT9m_Jq4pYw8R3nQe5Lz1ua6Df0GhXc2Ki7oPv=Ng@mail.gmail.com>"
    hdrs = std_top("mail-ej1-f53.google.com", "209.85.218.53", r, "4DWpP70g9Zs2", "rami.insan.lb@gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Rami Khoury <rami.insan.lb@gmail.com>"),
        ("Date", rfcdate(r - dt.timedelta(seconds=4), 2)),
        ("Message-ID", MID[5]),
        ("Subject", "speaker 3al rapporteur"),
        ("To", BOX),
    ]
    add(5, message(hdrs, alt), dict(
        received_at=iso(r), category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("Nour Haddad", "mas2oulet el monasara", "jam3iyet Insan lal Hou2ou2", ["rapporteur"])],
        report_attachments=[], thread_of=None,
        notes="Lebanese Arabic written almost entirely in Arabizi (Latin letters and digits 3/2/5/7) with English "
              "words (rapporteur, key messages, stakeholders) and an Arabic-script sign-off; the acknowledgement "
              "should be in Arabic; title and organisation only exist in Arabizi."))

    # ---------------------------------------------------------------- 06 en speaker, name only
    r = at("2021-02-04 10:02:15")
    body6 = ("Dear team\n"
             "We would like Omar Qasem to speak at roundtable 1. Will send his title + org details later today, "
             "on the road now.\n"
             "Best\n"
             "Fatima\n\n"
             "Sent from my iPhone")
    top = text_part(body6 + "\n", cte="7bit", charset="us-ascii")
    MID[6] = "<6D8F0A2C-4E6B-4C8D-9E0F-A1B2C3D4E506@ksmwr.example.org>"
    hdrs = std_top("mail.ksmwr.example.org", "198.51.100.120", r, "4DWKt21nRm0c", "f.alenezi@ksmwr.example.org") + [
        ("From", "Fatima Al-Enezi <f.alenezi@ksmwr.example.org>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=12), 3)),
        ("Subject", "Speaker roundtable 1"),
        ("Message-Id", MID[6]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(6, message(hdrs, top), dict(
        received_at=iso(r), category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Omar Qasem", None, None, ["roundtable"], 1)],
        report_attachments=[], thread_of=None,
        notes="name and roundtable only; title and organisation promised later (h96-07); the sender's organisation "
              "appears only in her e-mail domain, which is not a written affiliation."))

    # ---------------------------------------------------------------- 07 en one-line reply, dictated
    r = at("2021-02-04 10:47:51")
    body = ("Sorry forgot, Omar title is Legal Officer at Kuwait Society for Migrant Workers Rights\n\n"
            "Sent from my iPhone\n\n"
            "> On Feb 4, 2021, at 11:02 AM, Fatima Al-Enezi <f.alenezi@ksmwr.example.org> wrote:\n"
            ">\n" + quote(body6) + "\n")
    top = text_part(body, cte="7bit", charset="us-ascii")
    MID[7] = "<0F2B4D6F-8A1C-4E3D-B5F7-C9D1E3F5A707@ksmwr.example.org>"
    hdrs = std_top("mail.ksmwr.example.org", "198.51.100.120", r, "4DWLv83pTn4d", "f.alenezi@ksmwr.example.org") + [
        ("From", "Fatima Al-Enezi <f.alenezi@ksmwr.example.org>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=11), 3)),
        ("Subject", "Re: Speaker roundtable 1"),
        ("Message-Id", MID[7]),
        ("References", MID[6]),
        ("In-Reply-To", MID[6]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(7, message(hdrs, top), dict(
        received_at=iso(r), category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Omar Qasem", "Legal Officer", "Kuwait Society for Migrant Workers Rights", ["roundtable"], 1)],
        report_attachments=[], thread_of="h96-06.eml",
        notes="one dictated line completing h96-06 (first name only, 'Omar title is' without possessive); full name "
              "and roundtable are only in the quoted original."))

    # ---------------------------------------------------------------- 08 en speakers, edge before (Riyadh)
    r = at("2021-02-05 23:57:40")
    body = ("Hello,\n"
            "Hope not too late!! Sending 2 names for floor intervention in the plenty session (plenary sorry, voice typing)\n\n"
            "1. Dr. Hana Al-Otaibi, Associate Professor, Arabian Gulf Centre for Migration Studies (AGCMS)\n"
            "2. Mr. Faisal Rahman, community liaison at same centre\n\n"
            "Yours\n"
            "Hana\n\n"
            "Sent from my iPhone\n")
    alt = multipart("alternative", "000000000000a1c27f05baa9e3f4", [
        text_part(body, cte="7bit", charset="UTF-8"),
        text_part(gmail_html(body.rstrip("\n")), subtype="html", cte="quoted-printable", charset="UTF-8"),
    ])
    MID[8] = "<CAM3r8qW+Zp4N0xYk2L7sVd9Bf6Hc1Tj5Ge8Uo3Ri0Ea4Kw7Qy_A@mail.gmail.com>"
    hdrs = std_top("mail-wr1-f42.google.com", "209.85.221.42", r, "4DXb9c1qMt7n", "hana.otaibi.agcms@gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Hana Al-Otaibi <hana.otaibi.agcms@gmail.com>"),
        ("Date", rfcdate(r - dt.timedelta(seconds=11), 3)),
        ("Message-ID", MID[8]),
        ("Subject", "Speakers plenary"),
        ("To", BOX),
    ]
    add(8, message(hdrs, alt), dict(
        received_at=iso(r), category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hana Al-Otaibi", "Associate Professor", "Arabian Gulf Centre for Migration Studies (AGCMS)", ["plenary"]),
                  sp("Faisal Rahman", "community liaison", "Arabian Gulf Centre for Migration Studies (AGCMS)", ["plenary"])],
        report_attachments=[], thread_of=None,
        notes="deadline edge: received 23:57:40 Beirut on 5 Feb (on time) but the Date header reads Sat 6 Feb 00:57 "
              "+0300 (Riyadh); voice-typing slip 'plenty session' corrected in brackets; second speaker's "
              "affiliation only as 'same centre'; the sender is also the first speaker."))

    # ---------------------------------------------------------------- 09 fr speaker, edge after (Casablanca)
    r = at("2021-02-06 00:03:20")
    body = ("Bonsoir,\n"
            "Pour la plénière : coordinateur régional du Collectif Migrants Maghreb Solidarité (CMMS), "
            "M. Youssef El Idrissi.\n"
            "Désolée pour le retard, coupure de réseau ici\n"
            "Bonne soirée\n"
            "Nadia\n\n"
            "Obtenir Outlook pour iOS\n")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div dir="ltr">Bonsoir,</div><div dir="ltr">Pour la plénière : coordinateur régional du Collectif '
             'Migrants Maghreb Solidarité (CMMS), M. Youssef El Idrissi.</div><div dir="ltr">Désolée pour le retard, '
             'coupure de réseau ici</div><div dir="ltr">Bonne soirée</div><div dir="ltr">Nadia<br></div>'
             '<div dir="ltr"><br></div><div class="ms-outlook-ios-signature" dir="ltr">Obtenir '
             '<a href="https://aka.ms/o0ukef">Outlook pour iOS</a></div></body></html>\n')
    alt = multipart("alternative", "_000_VI1PR0602MB3342A8C1E5F6D7B2A9C0E4F1VI1PR0602MB3342_", [
        text_part(body, cte="base64"),
        text_part(htmlb, subtype="html", cte="base64"),
    ])
    MID[9] = "<VI1PR0602MB3342A8C1E5F6D7B2A9C0E4F1@VI1PR0602MB3342.eurprd06.prod.outlook.example.com>"
    hdrs = std_top("mail-vi1eur04.outbound.protection.outlook.example.com", "40.107.8.91", r, "4DXbK40rWn1p",
                   "nadia.cmms@outlook.example.com") + [
        ("From", "Nadia Bennani <nadia.cmms@outlook.example.com>"),
        ("To", '"%s" <%s>' % ("gcmrrarabstates@iom.int", BOX)),
        ("Subject", "=?utf-8?Q?Intervenant_pl=C3=A9ni=C3=A8re?="),
        ("Thread-Topic", "=?utf-8?Q?Intervenant_pl=C3=A9ni=C3=A8re?="),
        ("Thread-Index", "AQHW/BVkq3Rk0m1xTk2m8hJ2cG7bPQ=="),
        ("Date", rfcdate(r - dt.timedelta(seconds=11), 1)),
        ("Message-ID", MID[9]),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    add(9, message(hdrs, alt), dict(
        received_at=iso(r), category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Youssef El Idrissi", "coordinateur régional", "Collectif Migrants Maghreb Solidarité (CMMS)", ["plenary"])],
        report_attachments=[], thread_of=None,
        notes="deadline edge: Date header reads Fri 5 Feb 23:03 +0100 (Casablanca), which looks on time, but it was "
              "received 00:03:20 Beirut on 6 Feb: late; order is title, organisation, then 'M.' + name; base64 "
              "Outlook for iOS multipart/alternative."))

    # ---------------------------------------------------------------- 10 ar auto reply (Dubai)
    r = at("2021-02-10 08:00:05")
    body = ("شكراً لرسالتكم.\n"
            "أنا خارج المكتب في مهمة رسمية حتى يوم الأحد ١٤ فبراير ٢٠٢١ مع إمكانية محدودة للاطلاع على البريد الإلكتروني.\n"
            "بخصوص المشاركة في المؤتمر أو إرسال التقارير يرجى التواصل مع الزميل أحمد سالم على البريد a.salem@gdmf.example.ae\n\n"
            "Thank you for your email. I am out of the office until Sunday 14 February 2021.\n")
    top = text_part(body, cte="base64")
    MID[10] = "<2b9e0d54f7a14c3c9e1f0a8b7c6d5e4f@DXBEXCH02.gdmf.example.ae>"
    hdrs = std_top("mail.gdmf.example.ae", "192.0.2.210", r, "4DZ1Rs6yBp2q", "") + [
        ("From", addr("سامي العلي", "s.alali@gdmf.example.ae")),
        ("To", BOX),
        ("Subject", enc("رد تلقائي: استلام مشاركتكم - المراجعة الإقليمية للميثاق العالمي للهجرة")),
        ("Thread-Topic", enc("استلام مشاركتكم - المراجعة الإقليمية للميثاق العالمي للهجرة")),
        ("Date", rfcdate(r - dt.timedelta(seconds=3), 4)),
        ("Message-ID", MID[10]),
        ("In-Reply-To", "<ack-20210209-0017@gcmrr.iom.int>"),
        ("References", "<ack-20210209-0017@gcmrr.iom.int>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "ar-AE"),
        ("MIME-Version", "1.0"),
    ]
    hdrs[0] = ("Return-Path", "<>")
    add(10, message(hdrs, top), dict(
        received_at=iso(r), category="auto_reply", language="ar", acknowledge=False, on_time=None,
        speakers=[], report_attachments=[], thread_of=None,
        notes="Exchange out-of-office in Arabic (English line at the end) answering one of our acknowledgements; "
              "mentions participating in the conference and sending reports; Auto-Submitted: auto-replied, "
              "null Return-Path; same person as the speaker proposed in h96-17 but must not be acknowledged."))

    # ---------------------------------------------------------------- 11 ar report, Gulf, iPhone, RFC 2047 name
    r = at("2021-02-12 22:15:40")
    body = ("السلام عليكم\n"
            "مرفق لكم التقرير الطوعي حقنا عن تنفيذ الميثاق العالمي\n"
            "تحياتي\n\n"
            "أُرسلت من iPhone\n")
    fn11 = "التقرير الطوعي - جمعية النور.pdf"
    mixed = multipart("mixed", "Apple-Mail-7E4C2A10-5B3D-4F6E-8A9C-1D2E3F4A5B11", [
        text_part(body, cte="base64"),
        file_part("application/pdf", fn11,
                  pdf_bytes("Al-Nour Society - GCM Voluntary Review 2021",
                            ["Kuwait - implementation of the Global Compact for Migration",
                             "1. Context", "2. Objectives 6, 7 and 16", "3. Recommendations"]),
                  disp="inline", rfc2047=True),
    ])
    MID[11] = "<3C5E7A9C-0D2F-4B6A-8C1E-2F4A6C8E0B11@alnour-kw.example.org>"
    hdrs = std_top("smtp.alnour-kw.example.org", "203.0.113.145", r, "4DcR2m7vXk5w", "info@alnour-kw.example.org") + [
        ("From", addr("جمعية النور", "info@alnour-kw.example.org")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=9), 3)),
        ("Subject", enc("تقرير")),
        ("Message-Id", MID[11]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(11, message(hdrs, mixed), dict(
        received_at=iso(r), category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        speakers=[], report_attachments=[fn11], thread_of=None,
        notes="Gulf colloquial ('حقنا') two-liner from an iPhone; PDF with an Arabic RFC 2047-encoded file name, "
              "Content-Disposition inline (Apple Mail)."))

    # ---------------------------------------------------------------- 12 fr report, Levantine French, docx + logo
    r = at("2021-02-15 13:05:00")
    body = ("Bonjour ya jama3a,\n\n"
            "Ci-joint le rapport volontaire collectif de la Coalition libanaise pour les droits des travailleurs "
            "migrants, préparé avec 6 associations partenaires.\n"
            "Yalla, enfin fini 😅\n"
            "Merci bcp w yaatikon el 3afye\n\n"
            "Joëlle\n"
            "--\n"
            "Joëlle Abi Nader\n"
            "Coalition libanaise pour les droits des travailleurs migrants\n")
    fn12 = "Rapport_volontaire_PMM_Coalition_LB_final.docx"
    html12 = gmail_html(body.rstrip("\n").split("\n--\n")[0]) + (
        '<div dir="ltr"><span>--</span><br><b>Joëlle Abi Nader</b><br>Coalition libanaise pour les droits des '
        'travailleurs migrants<br><img src="cid:ii_kl5m2x0a0" width="120" height="60"></div>\n')
    related = multipart("related", "0000000000007a4c1e05bb6f22d8", [
        text_part(html12, subtype="html", cte="quoted-printable"),
        file_part("image/png", "logo_coalition.png", png_bytes(), disp="inline", inline_cid="ii_kl5m2x0a0",
                  extra=[("X-Attachment-Id", "ii_kl5m2x0a0")]),
    ])
    alt = multipart("alternative", "0000000000007a4c1c05bb6f22d7", [text_part(body, cte="quoted-printable"), related])
    mixed = multipart("mixed", "0000000000007a4c1f05bb6f22d9", [
        alt,
        file_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn12,
                  docx_bytes(["Rapport volontaire collectif - Pacte mondial pour des migrations sûres, ordonnées et régulières",
                              "Coalition libanaise pour les droits des travailleurs migrants",
                              "1. Contexte national", "2. Travail domestique et système de kafala",
                              "3. Recommandations"]),
                  extra=[("X-Attachment-Id", "f_kl5m2x1b1")]),
    ])
    MID[12] = "<CAF9p2Lm0Qx7_Rt4Ns1Vb8Kd3Hj6Wz0Yc5Ue2Gf9Io4Ta7Pe1Mg@mail.gmail.com>"
    hdrs = std_top("mail-lj1-f176.google.com", "209.85.208.176", r, "4DdT5k8wYm6x", "joelle.abinader@gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", addr("Joëlle Abi Nader", "joelle.abinader@gmail.com", b="Q")),
        ("Date", rfcdate(r - dt.timedelta(seconds=6), 2)),
        ("Message-ID", MID[12]),
        ("Subject", enc("Rapport volontaire PMM – Coalition", b="Q")),
        ("To", BOX),
    ]
    add(12, message(hdrs, mixed), dict(
        received_at=iso(r), category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        speakers=[], report_attachments=[fn12], thread_of=None,
        notes="Lebanese French mixed with Arabizi ('ya jama3a', 'w yaatikon el 3afye') and an emoji; DOCX report "
              "plus an inline signature logo (not part of the report) in multipart/related; the signature names "
              "the sender, not a speaker."))

    # ---------------------------------------------------------------- 13 fr report, edge before (Paris), Thunderbird
    r = at("2021-02-16 23:58:31")
    body = ("Bonsoir,\n\n"
            "Veuillez trouver ci-joint le rapport d'examen volontaire du PMM de notre réseau (version PDF). \n"
            "Désolés pour l'envoi tardif, il est presque minuit à Beyrouth je crois, on espère être dans les délais.\n\n"
            "Cordialement,\n"
            "-- \n"
            "Bassel Chami\n"
            "Réseau syrien-français pour les droits des exilés (RSFDE)\n")
    fn13 = "RSFDE_rapport_PMM_2021.pdf"
    mixed = multipart("mixed", "------------9A7E2C4B1D3F5A6E8C0B2D4F", [
        text_part(body, cte="8bit", ct_params="; format=flowed"),
        file_part("application/pdf", fn13,
                  pdf_bytes("RSFDE - Rapport d'examen volontaire du PMM",
                            ["Reseau syrien-francais pour les droits des exiles", "Introduction",
                             "Objectifs 1, 3, 15 et 21", "Conclusions"])),
    ], preamble="This is a multi-part message in MIME format.\r\n")
    MID[13] = "<e4a1c9d2-7b3f-4e58-a0c6-91d2f3b4c513@rsfde.example.fr>"
    hdrs = std_top("smtp.rsfde.example.fr", "192.0.2.13", r, "4DfG0p9zQn7y", "bassel.chami@rsfde.example.fr") + [
        ("To", BOX),
        ("From", "Bassel Chami <bassel.chami@rsfde.example.fr>"),
        ("Subject", "Rapport volontaire PMM - RSFDE"),
        ("Message-ID", MID[13]),
        ("Date", rfcdate(r - dt.timedelta(seconds=21), 1)),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
        ("MIME-Version", "1.0"),
        ("Content-Language", "fr"),
    ]
    add(13, message(hdrs, mixed), dict(
        received_at=iso(r), category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        speakers=[], report_attachments=[fn13], thread_of=None,
        notes="deadline edge: received 23:58:31 Beirut on 16 Feb (on time); Date header 22:58 +0100 (Paris); the "
              "sender worries about being late; Thunderbird 8bit format=flowed with a signature naming a person "
              "and organisation (not a speaker)."))

    # ---------------------------------------------------------------- 14 en report, edge after (New York), Outlook iOS
    r = at("2021-02-17 00:04:12")
    body = ("Hi - attaching our voluntary GCM review report + annex w the data tables. Sorry its last minute, long "
            "day here in NY.\n"
            "Thanks\n"
            "Layla\n\n"
            "Get Outlook for iOS\n")
    fn14a = "Diaspora_Voices_GCM_Review_2021.pdf"
    fn14b = "Annex_data_tables.pdf"
    mixed = multipart("mixed", "_004_BN6PR11MB1susp4C2B8E0A7D3F1C6E9A5BBN6PR11MB1_", [
        text_part(body, cte="quoted-printable"),
        file_part("application/pdf", fn14a,
                  pdf_bytes("Diaspora Voices Network - GCM Voluntary Review 2021",
                            ["Arab diaspora organisations in North America", "Part I - Remittances",
                             "Part II - Return and reintegration", "Part III - Recommendations"])),
        file_part("application/pdf", fn14b,
                  pdf_bytes("Annex - data tables", ["Table 1 Survey respondents by country",
                                                   "Table 2 Remittance costs 2019-2020"])),
    ])
    MID[14] = "<BN6PR11MB1804C2B8E0A7D3F1C6E9A5B0@BN6PR11MB1804.namprd11.prod.outlook.example.com>"
    hdrs = std_top("mail-bn8nam12.outbound.protection.outlook.example.com", "40.107.237.55", r, "4DfG4r1aSp8z",
                   "layla.h@diasporavoices.example.org") + [
        ("From", "Layla Haddad <layla.h@diasporavoices.example.org>"),
        ("To", '"gcmrrarabstates@iom.int" <%s>' % BOX),
        ("Subject", "GCM review report"),
        ("Thread-Topic", "GCM review report"),
        ("Thread-Index", "AQHXBNp0c2lN8v5yQkS8r3JmZp0aUA=="),
        ("Date", rfcdate(r - dt.timedelta(seconds=11), -5)),
        ("Message-ID", MID[14]),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ]
    add(14, message(hdrs, mixed), dict(
        received_at=iso(r), category="voluntary_report", language="en", acknowledge=True, on_time=False,
        speakers=[], report_attachments=[fn14a, fn14b], thread_of=None,
        notes="deadline edge: Date header Tue 16 Feb 17:04 -0500 (New York) looks on time, but received 00:04:12 "
              "Beirut on 17 Feb: late; report and its data annex are both part of the submission."))

    # ---------------------------------------------------------------- 15 ar report, Egyptian, docx + photo
    r = at("2021-02-14 19:30:22")
    body = ("مساء الخير\n"
            "بعتلكم التقرير بتاعنا عن الميثاق العالمي للهجرة، ملف وورد مرفق. وكمان حاطين صورة من ورشة العمل اللي "
            "عملناها مع الشركاء لو حبيتوا تستخدموها\n"
            "لو في أي ملاحظات ابعتولنا\n"
            "شكراً جزيلاً\n"
            "منى\n")
    fn15 = "taqrir_GCM_masr_2021.docx"
    alt = multipart("alternative", "000000000000c3d41a05bb4e7f10", [
        text_part(body, cte="base64"),
        text_part(gmail_html(body.rstrip("\n"), rtl=True), subtype="html", cte="base64"),
    ])
    mixed = multipart("mixed", "000000000000c3d41c05bb4e7f12", [
        alt,
        file_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn15,
                  docx_bytes(["تقرير الاستعراض الطوعي للميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                              "مبادرة الجسور لدعم المهاجرين - القاهرة", "أولاً: السياق", "ثانياً: التوصيات"]),
                  extra=[("X-Attachment-Id", "f_kl3n8q2c0")]),
        file_part("image/jpeg", "IMG_20210130_112233.jpg", jpeg_bytes(15),
                  extra=[("X-Attachment-Id", "f_kl3n8q2d1")]),
    ])
    MID[15] = "<CAGx4Rt7Lm1Wq9_Np3Kd6Vb0Hs8Jz2Yf5Ue1Ci7Oa4Tg9Pk2Me@mail.gmail.com>"
    hdrs = std_top("mail-wm1-f44.google.com", "209.85.128.44", r, "4DcZ8n3xRt1u", "mona.elgesr@gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", addr("منى عبد الحميد", "mona.elgesr@gmail.com")),
        ("Date", rfcdate(r - dt.timedelta(seconds=5), 2)),
        ("Message-ID", MID[15]),
        ("Subject", enc("التقرير")),
        ("To", BOX),
    ]
    add(15, message(hdrs, mixed), dict(
        received_at=iso(r), category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        speakers=[], report_attachments=[fn15], thread_of=None,
        notes="Egyptian colloquial from Gmail on a phone; the report is 'ملف وورد' (DOCX, romanised file name) "
              "while a workshop photo is also attached and is not part of the report."))

    # ---------------------------------------------------------------- 16 en report, Sudan, English + Arabic words
    r = at("2021-02-10 14:20:00")
    body16 = ("Salam alaikum,\n"
              "Please find attached the collective voluntary report from the Sudanese civil society platform on "
              "migration, inshallah its ok. We are 11 organizations. Shukran for extending the dead line\n"
              "Regards\n"
              "Abdelrahman\n\n"
              "Sent from Yahoo Mail on Android")
    fn16 = "Sudan CSO Platform - GCM voluntary review.pdf"
    htmlb = ('<html><head></head><body><div class="ydp4f2a1c0yahoo-style-wrap">' +
             "".join("<div>%s</div>" % (html_escape(l) or "<br>") for l in body16.split("\n")[:-2]) +
             '</div><div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct">'
             'Sent from Yahoo Mail on Android</a></div></body></html>\n')
    alt = multipart("alternative", "----=_Part_2231094_1876203945.1612959600123", [
        text_part(body16 + "\n", cte="7bit", charset="UTF-8"),
        text_part(htmlb, subtype="html", cte="7bit", charset="UTF-8"),
    ])
    mixed = multipart("mixed", "----=_Part_2231093_512398871.1612959600122", [
        alt,
        file_part("application/pdf", fn16,
                  pdf_bytes("Sudanese Civil Society Platform on Migration - GCM Voluntary Review",
                            ["Collective report of 11 organisations", "Khartoum, February 2021",
                             "1. Irregular migration and trafficking", "2. Displacement", "3. Recommendations"])),
    ])
    MID[16] = "<1874523019.2231095.1612959600124@mail.yahoo.example.com>"
    hdrs = std_top("sonic312-21.consmr.mail.ne1.yahoo.example.com", "66.163.187.147", r, "4DbL6p2wQs0t",
                   "abdelrahman.osman77@yahoo.example.com") + [
        ("Date", "Wed, 10 Feb 2021 12:19:58 +0000 (UTC)"),
        ("From", "Abdelrahman Osman <abdelrahman.osman77@yahoo.example.com>"),
        ("To", '"%s" <%s>' % (BOX, BOX)),
        ("Message-ID", MID[16]),
        ("Subject", "Report"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.17648 YMailNorrin Mozilla/5.0 (Linux; Android 10)"),
    ]
    add(16, message(hdrs, mixed), dict(
        received_at=iso(r), category="voluntary_report", language="en", acknowledge=True, on_time=True,
        speakers=[], report_attachments=[fn16], thread_of=None,
        notes="English sprinkled with Arabic words (Salam alaikum, inshallah, Shukran); collective report of 11 "
              "organisations; file name with spaces; Yahoo Mail Android, Date header in UTC; subject just 'Report'."))

    # ---------------------------------------------------------------- 17 ar both, misprinted deadline, late speaker
    r = at("2021-02-09 12:40:10")
    body = ("تحية طيبة،\n"
            "نرفق لكم تقرير المراجعة الطوعية الخاص بمؤسستنا.\n"
            "كما نود ترشيح د. سامي العلي، مستشار السياسات في مؤسسة الخليج للتنمية والهجرة، لتقديم مداخلة في "
            "الجلسة العامة، علماً بأن آخر موعد حسب الدعوة هو الجمعة ٢٣ فبراير.\n"
            "مع الشكر\n\n"
            "أُرسلت من iPhone\n")
    fn17 = "GDMF_GCM_Report_2021.pdf"
    mixed = multipart("mixed", "Apple-Mail-2F8D4B6A-0C1E-4A3B-9D5F-7E9A1B3C5D17", [
        text_part(body, cte="quoted-printable"),
        file_part("application/pdf", fn17,
                  pdf_bytes("Gulf Foundation for Development and Migration - GCM Review",
                            ["Voluntary GCM review report", "Dubai, February 2021",
                             "Labour mobility and fair recruitment", "Recommendations"])),
    ])
    MID[17] = "<7A9C1E3A-5B7D-4F0E-8B2D-4F6A8C0E2A17@gdmf.example.ae>"
    hdrs = std_top("mail.gdmf.example.ae", "192.0.2.210", r, "4DZ0Kq5wNm9s", "s.alali@gdmf.example.ae") + [
        ("From", addr("سامي العلي", "s.alali@gdmf.example.ae")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=8), 4)),
        ("Subject", enc("تقرير + مداخلة")),
        ("Message-Id", MID[17]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(17, message(hdrs, mixed), dict(
        received_at=iso(r), category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("سامي العلي", "مستشار السياسات", "مؤسسة الخليج للتنمية والهجرة", ["plenary"])],
        report_attachments=[fn17], thread_of=None,
        notes="report on time but the speaker request (9 Feb) is late: the sender relies on the Arabic letter's "
              "misprinted 'Friday 23 February'; 'د.' honorific; the sender proposes himself in the third person."))

    # ---------------------------------------------------------------- 18 fr both, edge after (Tunis)
    r = at("2021-02-06 00:10:44")
    body = ("Bonsoir,\n"
            "1) ci-joint notre rapport volontaire (pdf)\n"
            "2) intervenante pour la table ronde n°4 :\n"
            "Présidente – Association tunisienne pour l'accueil des migrants (ATAM) – Dr Ines Trabelsi\n\n"
            "Merci, 3aychkom\n"
            "Sami\n")
    fn18 = "ATAM - rapport volontaire PMM.pdf"
    alt = multipart("alternative", "000000000000e5f61b05baaa0a21", [
        text_part(body, cte="quoted-printable", charset="UTF-8"),
        text_part(gmail_html(body.rstrip("\n")), subtype="html", cte="quoted-printable", charset="UTF-8"),
    ])
    mixed = multipart("mixed", "000000000000e5f61d05baaa0a23", [
        alt,
        file_part("application/pdf", fn18,
                  pdf_bytes("ATAM - Rapport volontaire sur le PMM",
                            ["Association tunisienne pour l'accueil des migrants", "Sfax / Tunis, fevrier 2021",
                             "Accueil, protection, acces aux services", "Recommandations"]),
                  extra=[("X-Attachment-Id", "f_kkt2b9ye0")]),
    ])
    MID[18] = "<CAJb5Wn2Qe8Lr0_Ut6Mz3Ka9Vd1Hy7Pg4Xc0Fs2Io8Tb5Nl3Rw@mail.gmail.com>"
    hdrs = std_top("mail-ed1-f65.google.com", "209.85.208.65", r, "4DXbR92sYq5a", "sami.atam.tn@gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Sami Gharbi <sami.atam.tn@gmail.com>"),
        ("Date", rfcdate(r - dt.timedelta(seconds=14), 1)),
        ("Message-ID", MID[18]),
        ("Subject", "rapport + intervenante TR4"),
        ("To", BOX),
    ]
    add(18, message(hdrs, mixed), dict(
        received_at=iso(r), category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Ines Trabelsi", "Présidente", "Association tunisienne pour l'accueil des migrants (ATAM)",
                     ["roundtable"], 4)],
        report_attachments=[fn18], thread_of=None,
        notes="deadline edge: Date header Fri 5 Feb 23:10 +0100 (Tunis) but received 00:10:44 Beirut on 6 Feb, so "
              "the speaker part is late while the report part is on time -> on_time false; speaker line in the "
              "order title – organisation – 'Dr' name, separated by en dashes; Tunisian 3aychkom."))

    # ---------------------------------------------------------------- 19 en both, HTML-only table
    r = at("2021-02-03 08:55:00")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body dir="auto"><div dir="ltr">Hi, report attached 👍 &amp; our 2 speakers below</div>'
             '<div dir="ltr"><br></div>'
             '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             '<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Org</b></td><td><b>Slot</b></td></tr>'
             '<tr><td>Ms. Aisha Mubarak</td><td>Head of Research</td><td>Bahrain Migrant Rights Observatory (BMRO)</td>'
             '<td>Open discussion 23 Feb</td></tr>'
             '<tr><td>Mr. Joseph Mathew</td><td>Volunteer Coordinator</td><td>BMRO</td><td>Roundtable 2</td></tr>'
             '</table><div dir="ltr"><br></div><div dir="ltr">Tks, Aisha</div>'
             '<div dir="ltr"><br>Sent from my iPhone</div></body></html>\n')
    fn19 = "BMRO voluntary report GCM.pdf"
    mixed = multipart("mixed", "Apple-Mail-4B6D8F0A-2C4E-4F1A-B3D5-E7F9A1C3E519", [
        text_part(htmlb, subtype="html", cte="quoted-printable"),
        file_part("application/pdf", fn19,
                  pdf_bytes("BMRO - Voluntary GCM review report",
                            ["Bahrain Migrant Rights Observatory", "Domestic workers, wage protection, access to justice",
                             "Recommendations to the Regional Review"]), disp="inline"),
    ])
    MID[19] = "<9E1A3C5E-7F9B-4D2A-8E4C-6A8C0E2A4C19@bmro.example.org>"
    hdrs = std_top("smtp.bmro.example.org", "198.51.100.19", r, "4DVyT47kPw3b", "aisha.m@bmro.example.org") + [
        ("From", "Aisha Mubarak <aisha.m@bmro.example.org>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=10), 3)),
        ("Subject", "Report + speakers"),
        ("Message-Id", MID[19]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(19, message(hdrs, mixed), dict(
        received_at=iso(r), category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Aisha Mubarak", "Head of Research", "Bahrain Migrant Rights Observatory (BMRO)", ["open_discussion"]),
                  sp("Joseph Mathew", "Volunteer Coordinator", "Bahrain Migrant Rights Observatory (BMRO)", ["roundtable"], 2)],
        report_attachments=[fn19], thread_of=None,
        notes="HTML-only body (no text/plain) with the two speakers in a table; second speaker's organisation only as "
              "the acronym 'BMRO'; honorifics Ms./Mr. in the name cells; the first speaker is the sender."))

    # ---------------------------------------------------------------- 20 ar other, Egyptian question
    r = at("2021-02-08 15:00:00")
    body = ("صباح الخير، هو ينفع نبعت التقرير باللغة الإنجليزية ولا لازم يبقى بالعربي؟ "
            "وآخر ميعاد ١٦ ولا اتمد تاني؟ شكراً\n")
    alt = multipart("alternative", "000000000000f1a2b305bac5d6e7", [
        text_part(body, cte="base64"),
        text_part(gmail_html(body.rstrip("\n"), rtl=True), subtype="html", cte="base64"),
    ])
    MID[20] = "<CAOp9Ks3Xw7Nb1_Ld5Ry2Tm8Gq0Vf4Hc6Ua3Ej9Iz1Wo7Pn5Kb@mail.gmail.com>"
    hdrs = std_top("mail-pj1-f47.google.com", "209.85.216.47", r, "4DYt3w0mKq8c", "tarek.ngo.alex@gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", addr("طارق سليم", "tarek.ngo.alex@gmail.com")),
        ("Date", rfcdate(r - dt.timedelta(seconds=3), 2)),
        ("Message-ID", MID[20]),
        ("Subject", enc("سؤال")),
        ("To", BOX),
    ]
    add(20, message(hdrs, alt), dict(
        received_at=iso(r), category="other", language="ar", acknowledge=True, on_time=None,
        speakers=[], report_attachments=[], thread_of=None,
        notes="one-line Egyptian colloquial question about the report language and deadline: mentions the report "
              "and the 16th but submits nothing."))

    # ---------------------------------------------------------------- 21 en other, thanks reply to our ack of h96-16
    r = at("2021-02-11 09:12:00")
    ack_id = "<ack-20210210-0009@gcmrr.iom.int>"
    body = ("Great shukran 🙏\n\n"
            "Sent from Yahoo Mail on Android\n\n"
            "  On Wed, 10 Feb 2021 at 14:25, GCM Regional Review Arab States<gcmrrarabstates@iom.int> wrote:\n"
            "   Dear Abdelrahman Osman,\n"
            "Thank you. We confirm receipt of your voluntary GCM review report (Sudan CSO Platform - GCM voluntary "
            "review.pdf).\n"
            "Regional UN Network on Migration for the Arab Region\n")
    top = text_part(body, cte="quoted-printable", charset="UTF-8")
    MID[21] = "<1209384756.2544871.1613027518334@mail.yahoo.example.com>"
    hdrs = std_top("sonic305-13.consmr.mail.ne1.yahoo.example.com", "66.163.186.201", r, "4DbwF18nTz2v",
                   "abdelrahman.osman77@yahoo.example.com") + [
        ("Date", "Thu, 11 Feb 2021 07:11:58 +0000 (UTC)"),
        ("From", "Abdelrahman Osman <abdelrahman.osman77@yahoo.example.com>"),
        ("To", "GCM Regional Review Arab States <%s>" % BOX),
        ("Message-ID", MID[21]),
        ("In-Reply-To", ack_id),
        ("References", "%s\r\n %s" % (MID[16], ack_id)),
        ("Subject", "Re: Acknowledgement of receipt / Report"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.17648 YMailNorrin Mozilla/5.0 (Linux; Android 10)"),
    ]
    add(21, message(hdrs, top), dict(
        received_at=iso(r), category="other", language="en", acknowledge=False, on_time=None,
        speakers=[], report_attachments=[], thread_of="h96-16.eml",
        notes="two-word thank-you ('Great shukran' + emoji) replying to our acknowledgement of h96-16: adds nothing, "
              "must not be acknowledged; the quoted acknowledgement repeats the report file name and 'voluntary GCM "
              "review report'."))

    # ---------------------------------------------------------------- 22 fr other, logistics, darija mix
    r = at("2021-02-18 10:30:00")
    body = ("Salam, svp est-ce que le lien de connexion pour le 23 va être envoyé par mail? w wach kayna traduction "
            "simultanée en français? merci bzaf\n\n"
            "Envoyé de mon iPhone\n")
    top = text_part(body, cte="quoted-printable")
    MID[22] = "<5F7B9D1F-3A5C-4E7A-9C1E-3A5C7E9A1C22@amdh-migrations.example.ma>"
    hdrs = std_top("mail.amdh-migrations.example.ma", "203.0.113.222", r, "4DgM7s2xVb9e", "h.alaoui@amdh-migrations.example.ma") + [
        ("From", "Hicham Alaoui <h.alaoui@amdh-migrations.example.ma>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfcdate(r - dt.timedelta(seconds=9), 1)),
        ("Subject", "Lien 23 fev"),
        ("Message-Id", MID[22]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    add(22, message(hdrs, top), dict(
        received_at=iso(r), category="other", language="fr", acknowledge=True, on_time=None,
        speakers=[], report_attachments=[], thread_of=None,
        notes="Moroccan French mixed with darija in Latin letters ('w wach kayna', 'merci bzaf'); logistics "
              "question (connection link, interpretation) after both deadlines; no submission."))

    # ---------------------------------------------------------------- 23 ar other, Algerian darija, misprint question
    r = at("2021-02-04 13:20:00")
    body = ("السلام عليكم\n"
            "خويا في الرسالة بالعربية مكتوب آخر أجل للمتدخلين الجمعة 23 فيفري، وفي الفرنسية 5 فيفري. واش هو الصحيح؟ "
            "باش نبعثو الأسماء\n"
            "يعطيك الصحة\n")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body><div dir="rtl" style="font-family:Tahoma">' +
             "<br>".join(html_escape(l) for l in body.rstrip("\n").split("\n")) +
             '</div><div><br></div><div dir="ltr">Envoyé depuis mon smartphone Samsung Galaxy.</div></body></html>\n')
    top = text_part(htmlb, subtype="html", cte="base64")
    MID[23] = "<20210204112000.Horde.Qx7vK2m9Lp3Nw1Rt5Yb8ZcA@webmail.nadjda.example.dz>"
    hdrs = std_top("webmail.nadjda.example.dz", "192.0.2.140", r, "4DWR9c6vLk1f", "contact@nadjda.example.dz") + [
        ("From", addr("جمعية النجدة", "contact@nadjda.example.dz")),
        ("To", BOX),
        ("Subject", enc("آخر أجل")),
        ("Date", rfcdate(r - dt.timedelta(seconds=2), 1)),
        ("Message-ID", MID[23]),
        ("MIME-Version", "1.0"),
    ]
    add(23, message(hdrs, top), dict(
        received_at=iso(r), category="other", language="ar", acknowledge=True, on_time=None,
        speakers=[], report_attachments=[], thread_of=None,
        notes="HTML-only Algerian darija ('خويا', 'واش', 'باش نبعثو', 'فيفري') asking which speaker deadline is right "
              "(Arabic misprint 23 Feb vs 5 Feb); announces names will follow but proposes no speaker; French "
              "Samsung footer although the message is Arabic."))

    # ---------------------------------------------------------------- 24 fr bounce of one of our acknowledgements
    r = at("2021-02-13 09:00:00")
    human = ("Ceci est le système de messagerie de smtp-out.wanadoo.example.fr.\n\n"
             "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n"
             "Il s'agit d'une erreur permanente. Les adresses suivantes ont échoué :\n\n"
             "  <asso.solidarite.exiles@wanadoo.example.fr>\n"
             "    550 5.1.1 Adresse d'au moins un destinataire invalide / Recipient address rejected: "
             "User unknown\n")
    dsn = ("Reporting-MTA: dns; smtp-out.wanadoo.example.fr\n"
           "X-Postfix-Queue-ID: 7C2E41A0033\n"
           "Arrival-Date: Sat, 13 Feb 2021 07:59:55 +0000 (UTC)\n\n"
           "Final-Recipient: rfc822; asso.solidarite.exiles@wanadoo.example.fr\n"
           "Original-Recipient: rfc822;asso.solidarite.exiles@wanadoo.example.fr\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.wanadoo.example.fr\n"
           "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    orig = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: asso.solidarite.exiles@wanadoo.example.fr\n"
            "Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Examen_r=C3=A9gional_du_PMM?=\n"
            "Date: Sat, 13 Feb 2021 09:59:50 +0200\n"
            "Message-ID: <ack-20210213-0004@gcmrr.iom.int>\n")
    rep = multipart("report", "7C2E41A0033.1613203195/smtp-out.wanadoo.example.fr", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=utf-8"),
              ("Content-Transfer-Encoding", "8bit")], crlf(human)),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], crlf(dsn)),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
             crlf(orig)),
    ], preamble="This is a MIME-encapsulated message.\r\n\r\n")
    rep.headers[0] = ("Content-Type", 'multipart/report; report-type=delivery-status;\r\n\tboundary="%s"'
                      % "7C2E41A0033.1613203195/smtp-out.wanadoo.example.fr")
    MID[24] = "<20210213075955.7C2E41A0033@smtp-out.wanadoo.example.fr>"
    hdrs = std_top("smtp-out.wanadoo.example.fr", "192.0.2.99", r, "4DcxS40pMr3g", "") + [
        ("Date", rfcdate(r - dt.timedelta(seconds=5), 1)),
        ("From", "MAILER-DAEMON@smtp-out.wanadoo.example.fr (Mail Delivery System)"),
        ("Subject", "=?utf-8?Q?Message_non_remis_/_Undelivered_Mail_Returned_to_Sender?="),
        ("To", BOX),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", MID[24]),
    ]
    hdrs[0] = ("Return-Path", "<>")
    add(24, message(hdrs, rep), dict(
        received_at=iso(r), category="bounce", language="fr", acknowledge=False, on_time=None,
        speakers=[], report_attachments=[], thread_of=None,
        notes="French Postfix DSN (multipart/report delivery-status) for one of our own acknowledgements; the "
              "returned headers carry an 'Accusé de réception' subject about the PMM review."))


def main():
    build()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    for fname, raw, label in MSGS:
        assert len(raw) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
        labels.append(label)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(MSGS), OUT))


if __name__ == "__main__":
    main()
