#!/usr/bin/env python3
"""Blind evaluation set holdout58 for the GCM regional review e-mail intake service.

Writes tests/data/holdout58/h58-01.eml ... h58-24.eml and labels.json (format of
/work/shared/corpus/LABELS.md).  Standard library only, deterministic (fixed boundaries, dates,
Message-IDs, zip timestamps).  People and organisations are invented (Gulf set: Saudi Arabia, UAE,
Qatar, Kuwait, Bahrain, Oman).
"""
import base64
import io
import json
import os
import quopri
import struct
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout58")
US = "gcmrrarabstates@iom.int"
GEN_POLICY = policy.compat32.clone(linesep="\r\n")


# --------------------------------------------------------------------------- attachments
def make_pdf(lines):
    """Tiny valid one-page PDF (Helvetica text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 12 Tf 72 760 Td 16 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paragraphs):
    """Minimal valid DOCX (zip with [Content_Types].xml, _rels/.rels, word/document.xml)."""
    from xml.sax.saxutils import escape
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_png():
    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    raw = b"\x00\x1f\x4e\x79"  # one RGB pixel, filter byte 0
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- MIME helpers
def enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode("ascii")  # 7bit


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(enc_body(body.encode(charset), cte))
    return m


def multi(subtype, parts, boundary, params=""):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"' + params
    for p in parts:
        m.attach(p)
    return m


def b64word(s, charset="utf-8"):
    return "=?" + charset + "?B?" + base64.b64encode(s.encode(charset)).decode("ascii") + "?="


def qword(s, charset="iso-8859-1"):
    out = []
    for ch in s.encode(charset):
        c = chr(ch)
        if c.isascii() and c.isalnum() or c in "-.!*+/":
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % ch)
    return "=?" + charset + "?Q?" + "".join(out) + "?="


def attachment(data, ctype, filename, style="plain", inline=False, cid=None):
    """style: plain (ASCII name), 2231 (RFC 2231 filename*=), 2047 (encoded word in quotes),
    2047q (ISO-8859-1 Q encoded word)."""
    m = Message()
    disp = "inline" if inline else "attachment"
    if style == "plain":
        m["Content-Type"] = f'{ctype}; name="{filename}"'
        m["Content-Disposition"] = f'{disp}; filename="{filename}"'
    elif style == "2231":
        m["Content-Type"] = ctype
        m.set_param("name", ("utf-8", "", filename))
        m["Content-Disposition"] = disp
        m.set_param("filename", ("utf-8", "", filename), header="Content-Disposition")
    elif style == "2047":
        w = b64word(filename)
        m["Content-Type"] = f'{ctype}; name="{w}"'
        m["Content-Disposition"] = f'{disp}; filename="{w}"'
    elif style == "2047q":
        w = qword(filename)
        m["Content-Type"] = f'{ctype}; name="{w}"'
        m["Content-Disposition"] = f'{disp}; filename="{w}"'
    if cid:
        m["Content-ID"] = f"<{cid}>"
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def addr(name, email_addr, charset=None):
    if charset:
        return formataddr((name, email_addr), charset=charset)
    return formataddr((name, email_addr))


def subj(s, charset=None):
    if charset is None:
        return s
    return Header(s, charset, header_name="Subject")


def finish(body_msg, headers, received_at, rcv_from, rcv_ip, queue_id, rcv_date, return_path):
    """Serialise with CRLF; prepend the headers our MX adds (Return-Path, Delivered-To, Received)."""
    root = body_msg
    mime_headers = list(root._headers)
    root._headers = []
    for k, v in headers:
        root[k] = v
    if not any(k.lower() == "mime-version" for k, _ in headers):
        root["MIME-Version"] = "1.0"
    root._headers.extend(mime_headers)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(root)
    trace = (f"Return-Path: <{return_path}>\r\n"
             f"Delivered-To: {US}\r\n"
             f"Received: from {rcv_from} ({rcv_from} [{rcv_ip}])\r\n"
             f"\tby mx1.iom.int (Postfix) with ESMTPS id {queue_id}\r\n"
             f"\tfor <{US}>; {rcv_date} (EET)\r\n").encode("ascii")
    return trace + buf.getvalue()


LABELS = []
FILES = {}


def add(num, raw, received_at, category, language, acknowledge, on_time, speakers, reports, thread_of,
        notes):
    fname = f"h58-{num:02d}.eml"
    FILES[fname] = raw
    LABELS.append({
        "file": fname, "received_at": received_at, "category": category, "language": language,
        "acknowledge": acknowledge, "on_time": on_time, "speakers": speakers,
        "report_attachments": reports, "thread_of": thread_of, "notes": notes,
    })


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def F(n):
    return f"h58-{n:02d}.eml"


MID = {n: f"<h58-{n:02d}.{k}>" for n, k in {
    2: "CAM7x9kQ2fLr0pW1Zb@mail.gmail.com",
    5: "AM6PR02MB4471B2D1E0C5@AM6PR02MB4471.eurprd02.prod.outlook.com",
    13: "PR3P193MB0904A1C7D2E3@PR3P193MB0904.EURP193.PROD.OUTLOOK.COM",
    17: "CAHt4bS8vQx2mN1Lr9@mail.gmail.com",
}.items()}

# =========================================================================== 01 bounce (en)
INVITE_SUBJ = "Invitation: Regional Review of the Global Compact for Migration - Arab Region, 23-25 February 2021"
raw01 = f"""Return-Path: <>
Delivered-To: {US}
Received: from mail.gulfrecruiters.example.com (mail.gulfrecruiters.example.com [192.0.2.44])
\tby mx1.iom.int (Postfix) with ESMTPS id 4DQh1k0Zq7z9
\tfor <{US}>; Thu, 28 Jan 2021 09:14:05 +0200 (EET)
Received: from Debian-exim by mail.gulfrecruiters.example.com with local (Exim 4.92)
\tid 1l4yWd-0003Ab-7K
\tfor {US}; Thu, 28 Jan 2021 10:14:03 +0300
X-Failed-Recipients: secretariat@gulfrecruiters.example.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.gulfrecruiters.example.com>
To: {US}
Content-Type: multipart/report; report-type=delivery-status; boundary=1611818043-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1l4yWd-0003Ab-7K@mail.gulfrecruiters.example.com>
Date: Thu, 28 Jan 2021 10:14:03 +0300

--1611818043-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  secretariat@gulfrecruiters.example.com
    mailbox is full: retry timeout exceeded

--1611818043-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.gulfrecruiters.example.com

Action: failed
Final-Recipient: rfc822;secretariat@gulfrecruiters.example.com
Status: 5.0.0
Diagnostic-Code: X-Exim; mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/secretariat)

--1611818043-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <{US}>
Received: from mx1.iom.int ([198.51.100.10])
\tby mail.gulfrecruiters.example.com with esmtps (Exim 4.92)
\tid 1l4uA2-0001Qp-3c
\tfor secretariat@gulfrecruiters.example.com; Wed, 27 Jan 2021 13:05:12 +0300
From: GCM Regional Review Arab States <{US}>
To: secretariat@gulfrecruiters.example.com
Subject: {INVITE_SUBJ}
Date: Wed, 27 Jan 2021 10:05:02 +0000
Message-ID: <AM0PR09MB2897C1E5D4A3F2B1@AM0PR09MB2897.eurprd09.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear colleagues,

On behalf of the Regional UN Network on Migration for the Arab region, we
are pleased to invite you to the Regional Review of the Global Compact for
Safe, Orderly and Regular Migration: multi-stakeholder consultation on
23 February 2021 and regional review conference on 24-25 February 2021.

Stakeholders may submit a voluntary GCM review report to
{US} by 16 February 2021, and may request a speaking role
(open discussion, rapporteur, plenary or thematic roundtable) by sending
the name, title and organisational affiliation of the proposed speaker
by Friday 5 February 2021.

GCM Regional Review Secretariat

--1611818043-eximdsn-1804289383--
"""
add(1, raw01.replace("\n", "\r\n").encode("ascii"), "2021-01-28T09:14:05+02:00", "bounce", "en", False, None,
    [], [], None,
    "Exim DSN (multipart/report; delivery-status; mailbox full, permanent) for the invitation the secretariat "
    "sent; the returned message/rfc822 is the full invitation text with both deadlines, the roles and the "
    "review address, so a naive reader sees a request for speakers/reports. Never acknowledge.")

# =========================================================================== 02 speaker (ar) self, open discussion
t02 = """السادة الكرام في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة،

تحية طيبة وبعد،

اطلعت على رسالة الدعوة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وأرغب في المشاركة بصفتي منسقة البرامج في الجمعية الكويتية لدعم العمالة المنزلية، وذلك في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير 2021.

تعمل الجمعية منذ عام 2012 على تقديم الإرشاد القانوني والإيواء المؤقت للعاملات المنزليات، وأود أن أعرض بإيجاز ما رصدناه خلال فترة الجائحة.

شاكرة لكم حسن تعاونكم،

نورة خالد العنزي
منسقة البرامج
الجمعية الكويتية لدعم العمالة المنزلية
الكويت
"""
h02 = "<div dir=\"rtl\">" + "".join(
    f"<div>{l}</div>" if l else "<div><br></div>" for l in t02.strip("\n").split("\n")) + "</div>\n"
m = multi("alternative", [text(t02, cte="base64"), text(h02, "html", cte="base64")],
          "000000000000a1b2c305ba4f8e21")
raw = finish(m, [
    ("From", addr("نورة العنزي", "noura.alenezi.kw@gmail.example.com", "utf-8")),
    ("Date", "Mon, 1 Feb 2021 12:22:31 +0300"),
    ("Message-ID", MID[2]),
    ("Subject", subj("طلب مشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة", "utf-8")),
    ("To", US),
], None, "mail-wr1-f54.google.example.com", "209.85.221.54", "4DTkQ25Lx1z7", "Mon, 1 Feb 2021 11:22:40 +0200",
    "noura.alenezi.kw@gmail.example.com")
add(2, raw, "2021-02-01T11:22:40+02:00", "speaker_request", "ar", True, True,
    [sp("نورة خالد العنزي", "منسقة البرامج", "الجمعية الكويتية لدعم العمالة المنزلية", ["open_discussion"])],
    [], None,
    "Arabic self-nomination ('أرغب في المشاركة بصفتي منسقة البرامج في ...'): title and organisation only in the "
    "بصفتي clause and the signature; full name only in the signature (From display name is shorter, 'نورة "
    "العنزي'); role = open discussion of the multi-stakeholder consultation on 23 Feb; Gmail base64 UTF-8.")

# =========================================================================== 03 speaker (en) HTML-only table
h03 = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-US" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, please find below the details of our nominee for a speaking role:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="180" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Name</b></p></td>
<td width="360" style="padding:0cm 5.4pt"><p class="MsoNormal">Mr. Rashid Saeed Al Mansoori</p></td></tr>
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Title</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Head of Labour Market Policy</p></td></tr>
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Organisation</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Gulf Employers&#39; Forum on Labour Mobility (GEFLM)</p></td></tr>
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Country</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">United Arab Emirates</p></td></tr>
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Session</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Floor intervention &ndash; Thematic Roundtable 3</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mr. Al Mansoori will join online from Abu Dhabi. Kindly send any correspondence to me in copy.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,</p>
<p class="MsoNormal"><b>Joanna Reyes</b><br>Executive Assistant to the Secretary-General<br>
Gulf Employers&#39; Forum on Labour Mobility<br>P.O. Box 4410, Abu Dhabi, UAE | T +971 2 555 0142</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. GEFLM accepts no liability for any views expressed herein that are not those of the Forum.</span></p>
</div></body></html>
"""
m = text(h03, "html", cte="quoted-printable")
raw = finish(m, [
    ("From", addr("Joanna Reyes", "j.reyes@geflm.example.org")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", "Nomination - Speaking role - GEFLM"),
    ("Thread-Topic", "Nomination - Speaking role - GEFLM"),
    ("Thread-Index", "AdcBz1Q2k9RkP7wXT0qk3sI1m0AbCw=="),
    ("Date", "Tue, 2 Feb 2021 12:05:03 +0000"),
    ("Message-ID", "<DB6PR0101MB2231E4F0A9C8D7B6@DB6PR0101MB2231.eurprd01.prod.exchangelabs.com>"),
    ("Accept-Language", "en-US"),
    ("Content-Language", "en-US"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
], None, "mail-db6eur01.outbound.protection.outlook.example.com", "40.107.2.61", "4DVRy83tKbz1",
    "Tue, 2 Feb 2021 14:05:12 +0200", "j.reyes@geflm.example.org")
add(3, raw, "2021-02-02T14:05:12+02:00", "speaker_request", "en", True, True,
    [sp("Rashid Saeed Al Mansoori", "Head of Labour Market Policy",
        "Gulf Employers' Forum on Labour Mobility (GEFLM)", ["roundtable"], 3)],
    [], None,
    "Outlook HTML-only (no text/plain part): speaker in a 2-column field/value table; 'Mr.' inside the name "
    "cell; apostrophe as &#39; entity; a 'Country' row and the nominator's own name/title (Executive Assistant, "
    "signature) are decoys; the signature shows the organisation without the acronym, the table with it.")

# =========================================================================== 04 speaker (fr) non-native, Bahrain
t04 = """Madame, Monsieur,

Suite à votre lettre d'invitation concernant la Revue régionale du Pacte mondial pour les migrations, notre association a l'honneur de vous proposer Monsieur Khalid Jassim Al-Mahmood pour faire une intervention dans la séance plénière de la conférence au 24-25 février.

Il est le Secrétaire général de l'Association Bahreïnienne des Agences de Recrutement (ABAR) depuis 2015 et il a beaucoup d'expérience sur le sujet du recrutement équitable et les frais de recrutement payés par les travailleurs.

Monsieur Al-Mahmood parle le français un peu, mais il préfère faire son intervention en arabe si c'est possible avec l'interprétation.

Nous restons à votre disposition pour tout information complémentaire.

Veuillez agréer, Madame, Monsieur, nos salutations les meilleurs.

Hessa Yousif Buali
Responsable des relations internationales
Association Bahreïnienne des Agences de Recrutement (ABAR)
Manama, Royaume de Bahreïn
"""
m = text(t04, charset="iso-8859-1", cte="quoted-printable")
raw = finish(m, [
    ("From", addr("Hessa Buali", "hessa.buali@abar-bh.example.org")),
    ("To", US),
    ("Subject", subj("Proposition d'intervenant - Revue régionale PMM", "iso-8859-1")),
    ("Date", "Wed, 3 Feb 2021 11:47:25 +0300"),
    ("Message-ID", "<000001d6fa0e$7c1b2e40$74518ac0$@abar-bh.example.org>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "fr"),
], None, "mail.abar-bh.example.org", "203.0.113.19", "4DW2Lm6nPqz4", "Wed, 3 Feb 2021 10:47:33 +0200",
    "hessa.buali@abar-bh.example.org")
add(4, raw, "2021-02-03T10:47:33+02:00", "speaker_request", "fr", True, True,
    [sp("Khalid Jassim Al-Mahmood", "Secrétaire général",
        "Association Bahreïnienne des Agences de Recrutement (ABAR)", ["plenary"])],
    [], None,
    "French written by a non-native speaker from a Bahraini recruitment-agency association ('au 24-25 "
    "février', 'tout information', 'salutations les meilleurs'); the nominator (signature, with her own "
    "title) is not the speaker; 'Monsieur' is not part of the name; title given in a sentence ('Il est le "
    "Secrétaire général de ...'); role 'séance plénière'; asks for Arabic interpretation (not a question "
    "message: still a speaker request). ISO-8859-1 quoted-printable, RFC 2047 Q subject.")

# =========================================================================== 05 speaker (ar) two speakers, Saudi
t05 = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الكريم بشأن المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية (23-25 فبراير 2021)، يسر الرابطة الوطنية لشركات ومكاتب الاستقدام أن ترشح كلاً من:

1- الدكتور سلطان بن فهد القحطاني، رئيس مجلس الإدارة، للمداخلة في المائدة المستديرة الثانية.
2- الأستاذة ريم عبدالله الشهري، مديرة الشؤون القانونية، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفتها مقررة.

وتفضلوا بقبول فائق الاحترام والتقدير،

عبدالرحمن صالح الدوسري
مدير العلاقات العامة
الرابطة الوطنية لشركات ومكاتب الاستقدام
الرياض - المملكة العربية السعودية
"""
h05 = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head>"
       "<body lang=\"AR-SA\"><div class=\"WordSection1\">\n" + "".join(
           f"<p class=\"MsoNormal\" dir=\"RTL\"><span lang=\"AR-SA\" style=\"font-family:'Simplified Arabic'\">"
           f"{l if l else '&nbsp;'}</span></p>\n" for l in t05.strip("\n").split("\n")) + "</div></body></html>\n")
m = multi("alternative", [text(t05, charset="windows-1256"), text(h05, "html", charset="windows-1256")],
          "_000_AM6PR02MB4471B2D1E0C5AM6PR02MB4471eurp_")
raw = finish(m, [
    ("From", addr("عبدالرحمن الدوسري", "a.aldosari@nrra-sa.example.org", "windows-1256")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", subj("ترشيح متحدثين - المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256")),
    ("Thread-Topic", subj("ترشيح متحدثين - المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256")),
    ("Date", "Wed, 3 Feb 2021 14:29:51 +0000"),
    ("Message-ID", MID[5]),
    ("Accept-Language", "ar-SA, en-US"),
    ("Content-Language", "ar-SA"),
], None, "mail-am6eur02.outbound.protection.outlook.example.com", "40.107.3.88", "4DW9xR2sTgz6",
    "Wed, 3 Feb 2021 16:30:00 +0200", "a.aldosari@nrra-sa.example.org")
add(5, raw, "2021-02-03T16:30:00+02:00", "speaker_request", "ar", True, True,
    [sp("سلطان بن فهد القحطاني", "رئيس مجلس الإدارة", "الرابطة الوطنية لشركات ومكاتب الاستقدام",
        ["roundtable"], 2),
     sp("ريم عبدالله الشهري", "مديرة الشؤون القانونية", "الرابطة الوطنية لشركات ومكاتب الاستقدام",
        ["rapporteur"])],
    [], None,
    "Formal Arabic Outlook message in windows-1256 (text + HTML): two speakers in a numbered list, each "
    "'honorific name، title، role'; honorifics الدكتور / الأستاذة are not part of the names; roundtable as "
    "'المائدة المستديرة الثانية' (2); rapporteur described as presenting the stakeholders' key messages "
    "'بصفتها مقررة'; affiliation only stated once for the association (applies to both); the sender "
    "(signature, مدير العلاقات العامة) is not a speaker.")

# =========================================================================== 06 report (en) church group PDF
t06 = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Abu Dhabi Interchurch Migrant Care Network (AIMCN). It is a collective report, prepared together with four parish-based migrant welfare committees in Abu Dhabi and Al Ain, and covers GCM objectives 6, 7 and 16.

We are not requesting a speaking slot, but several of our volunteers would like to follow the conference online.

With thanks and best wishes,

Bernadette Okafor-Lim
Coordinator, Abu Dhabi Interchurch Migrant Care Network (AIMCN)
"""
h06 = "<div dir=\"ltr\">" + "".join(f"<div>{l}</div>" if l else "<div><br></div>"
                                   for l in t06.strip("\n").split("\n")) + "</div>\n"
pdf06 = make_pdf(["Abu Dhabi Interchurch Migrant Care Network (AIMCN)",
                  "Voluntary GCM Review Report - Arab Region, 2021",
                  "Collective report with four parish migrant welfare committees.",
                  "Objectives 6, 7 and 16: recruitment, vulnerabilities, inclusion."])
m = multi("mixed", [
    multi("alternative", [text(t06), text(h06, "html")], "000000000000c4d5e605ba8a7712"),
    attachment(pdf06, "application/pdf", "AIMCN_GCM_Voluntary_Review_2021.pdf"),
], "000000000000c4d5e805ba8a7714")
raw = finish(m, [
    ("From", addr("Bernadette Okafor-Lim", "aimcn.coordinator@gmail.example.com")),
    ("Date", "Thu, 4 Feb 2021 11:12:37 +0400"),
    ("Message-ID", "<CAE9pQw3kT7vRn2Bz0xYq@mail.gmail.com>"),
    ("Subject", "Voluntary GCM review report - AIMCN"),
    ("To", US),
], None, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DWm8c1FhJz2", "Thu, 4 Feb 2021 09:12:45 +0200",
    "aimcn.coordinator@gmail.example.com")
add(6, raw, "2021-02-04T09:12:45+02:00", "voluntary_report", "en", True, True, [],
    ["AIMCN_GCM_Voluntary_Review_2021.pdf"], None,
    "Collective voluntary report from a migrant-workers' church network, PDF attachment (Gmail, QP); "
    "explicitly not a speaker request although it talks about participation; received well before the "
    "report deadline.")

# =========================================================================== 07 other (fr) interpretation, no accents
t07 = """Bonjour,

Est-ce qu'il y aura une interpretation simultanee en francais pendant la 
consultation du 23 fevrier et pendant les tables rondes du 24 et 25 
fevrier ? Plusieurs membres de notre association ne parlent ni anglais ni 
arabe.

Aussi, faut-il s'inscrire separement pour suivre la conference sans 
prendre la parole ?

Merci d'avance pour votre reponse,

Mariam Diallo
Association des femmes migrantes africaines de Doha
"""
m = text(t07, charset="us-ascii", cte="7bit", flowed=True)
raw = finish(m, [
    ("To", US),
    ("From", addr("Mariam Diallo", "mariam.diallo@afmad-qa.example.org")),
    ("Subject", "Question interpretation - revue regionale PMM"),
    ("Message-ID", "<5e1f0c2a-77b3-4a61-9e0d-3c1b2a4f8d10@afmad-qa.example.org>"),
    ("Date", "Thu, 4 Feb 2021 14:40:02 +0300"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
    ("Content-Language", "fr"),
], None, "mail.afmad-qa.example.org", "198.51.100.73", "4DWxP40GmVz5", "Thu, 4 Feb 2021 13:40:10 +0200",
    "mariam.diallo@afmad-qa.example.org")
add(7, raw, "2021-02-04T13:40:10+02:00", "other", "fr", True, None, [], [], None,
    "Question about French interpretation and registration to follow without speaking; French typed without "
    "accents (language detection); Thunderbird format=flowed; mentions roundtables and the consultation date "
    "but proposes no speaker.")

# =========================================================================== 08 both (ar) DOCX RFC 2231 + plenary speaker
t08 = """السلام عليكم ورحمة الله وبركاته،

نرفق لكم طيه التقرير الطوعي لمراجعة تنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدته Oman Domestic Workers Support Initiative (ODWSI) بالتعاون مع عدد من المتطوعين. التقرير مكتوب باللغة الإنجليزية.

كما نود اقتراح السيد هلال بن ناصر الحارثي، المدير التنفيذي للمبادرة، لتقديم مداخلة في الجلسة العامة يوم 24 فبراير.

مع خالص الشكر والتقدير،

عائشة سعيد الرواحي
منسقة المشاريع
Oman Domestic Workers Support Initiative (ODWSI)
مسقط، سلطنة عمان
"""
h08 = "<div dir=\"rtl\">" + "".join(f"<div>{l}</div>" if l else "<div><br></div>"
                                   for l in t08.strip("\n").split("\n")) + "</div>\n"
docx08 = make_docx(["Oman Domestic Workers Support Initiative (ODWSI)",
                    "Voluntary GCM Review Report 2021",
                    "This report reviews GCM implementation for domestic workers in Oman."])
fn08 = "تقرير_المراجعة_الطوعية_ODWSI.docx"
m = multi("mixed", [
    multi("alternative", [text(t08, cte="base64"), text(h08, "html", cte="base64")],
          "0000000000007e8f9a05baa1c3d1"),
    attachment(docx08, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn08,
               style="2231"),
], "0000000000007e8f9c05baa1c3d3")
raw = finish(m, [
    ("From", addr("عائشة الرواحي", "odwsi.oman@gmail.example.com", "utf-8")),
    ("Date", "Fri, 5 Feb 2021 13:04:52 +0400"),
    ("Message-ID", "<CAKz5R0f2nXw8pQ1yT3v@mail.gmail.com>"),
    ("Subject", subj("التقرير الطوعي وترشيح متحدث - ODWSI", "utf-8")),
    ("To", US),
], None, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DXHb71pKcz8", "Fri, 5 Feb 2021 11:05:00 +0200",
    "odwsi.oman@gmail.example.com")
add(8, raw, "2021-02-05T11:05:00+02:00", "both", "ar", True, True,
    [sp("هلال بن ناصر الحارثي", "المدير التنفيذي", "Oman Domestic Workers Support Initiative (ODWSI)",
        ["plenary"])],
    [fn08], None,
    "Both in one Arabic message: DOCX report (English content) with an Arabic RFC 2231 file name, plus one "
    "speaker 'السيد ...، المدير التنفيذي للمبادرة' (السيد = Mr., not part of the name; affiliation by reference "
    "'للمبادرة' = the English-named organisation in the body/signature); role الجلسة العامة = plenary; sent "
    "the day of the speaker deadline, on time for both parts.")

# =========================================================================== 09 speaker (en) iPhone 23:50 edge
t09 = """Hi,

Sorry this is so last minute, I only saw the invitation today. We would like to propose our welfare coordinator Anita D’Souza to speak at the open discussion on 23 Feb, or as rapporteur if you still need someone for the key messages. She runs the weekend legal clinic of the Kuwait Migrant Workers’ Fellowship (KMWF), the migrant ministry of St. Paul’s parish in Salmiya.

Thanks and God bless
Ben

Sent from my iPhone
"""
m = text(t09, cte="quoted-printable")
raw = finish(m, [
    ("Content-Disposition", "inline"),
    ("From", addr("Ben Fernandes", "ben.fernandes@icloud.example.com")),
    ("Mime-Version", "1.0 (1.0)"),
    ("Date", "Sat, 6 Feb 2021 00:50:09 +0300"),
    ("Subject", "Speaker - KMWF"),
    ("Message-Id", "<7A1C9E54-2B3D-4F60-8E1A-5C9D0B2E7F31@icloud.example.com>"),
    ("To", US),
    ("X-Mailer", "iPhone Mail (18C66)"),
], None, "mr85p00im-zteg06021601.me.example.com", "17.58.23.190", "4DXcZ35yWmz3",
    "Fri, 5 Feb 2021 23:50:14 +0200", "ben.fernandes@icloud.example.com")
add(9, raw, "2021-02-05T23:50:14+02:00", "speaker_request", "en", True, True,
    [sp("Anita D’Souza", "welfare coordinator", "Kuwait Migrant Workers’ Fellowship (KMWF)",
        ["open_discussion", "rapporteur"])],
    [], None,
    "Edge: received 23:50 Beirut on 5 Feb (on time) while the Date header (+0300, Kuwait) already reads Sat 6 "
    "Feb 00:50. iPhone plain text with typographic apostrophes (’) in the name and organisation; nominator "
    "'Ben' is not the speaker; title in lower case in prose ('our welfare coordinator'); two roles offered as "
    "alternatives ('open discussion ... or as rapporteur'); the parish named after the organisation is not the "
    "affiliation.")

# =========================================================================== 10 speaker (fr) 00:10 late, signature only
t10 = """Bonjour,

Je souhaiterais intervenir lors de la quatrième table ronde thématique, en tant que représentante des travailleuses domestiques migrantes francophones aux Émirats. Notre réseau accompagne depuis 2016 plus de 600 femmes venues de Madagascar, du Cameroun et de Côte d’Ivoire.

Je reste disponible pour tout échange préalable.

Bien cordialement,

Aïcha Benali-Traoré
Présidente
Réseau d'entraide des travailleuses domestiques migrantes (REDOM)
Dubaï, Émirats arabes unis
+971 50 123 4567
"""
h10 = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
       "<body style=\"word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
       + "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in t10.strip("\n").split("\n"))
       + "</body></html>\n")
m = multi("alternative", [text(t10), text(h10, "html")],
          "Apple-Mail=_3F2A1B0C-9D8E-4F7A-B6C5-D4E3F2A1B0C9")
raw = finish(m, [
    ("From", addr("Aïcha Benali-Traoré", "presidente@redom-uae.example.org", "utf-8")),
    ("Subject", subj("Demande d’intervention – table ronde thématique", "utf-8")),
    ("Date", "Sat, 6 Feb 2021 02:10:17 +0400"),
    ("Message-Id", "<A3E5C7D9-1B2F-4A6C-8E0D-2F4B6D8A0C1E@redom-uae.example.org>"),
    ("To", US),
    ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)"),
], None, "mail.redom-uae.example.org", "192.0.2.151", "4DXcm02RtJz9", "Sat, 6 Feb 2021 00:10:22 +0200",
    "presidente@redom-uae.example.org")
add(10, raw, "2021-02-06T00:10:22+02:00", "speaker_request", "fr", True, False,
    [sp("Aïcha Benali-Traoré", "Présidente",
        "Réseau d'entraide des travailleuses domestiques migrantes (REDOM)", ["roundtable"], 4)],
    [], None,
    "Edge, late: 00:10 Beirut on Sat 6 Feb (Date header +0400 says 02:10). Self-nomination with name, title "
    "and organisation only in the signature block (title on its own line); roundtable number in words "
    "('quatrième table ronde thématique'); Apple Mail text+HTML, UTF-8 QP, RFC 2047 display name and subject.")

# =========================================================================== 11 both (fr) PDF 2047 + speaker, speaker part late
t11 = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Commission nationale koweïtienne des droits de l'homme (CNKDH) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières au Koweït.

Par ailleurs, nous souhaiterions que M. Fahad Mubarak Al-Ajmi, Commissaire chargé des droits des travailleurs migrants au sein de la Commission, puisse prendre la parole lors de la table ronde n° 1. Nous sommes conscients que la date limite du 5 février est dépassée et vous remercions de votre compréhension.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Dalal Hamad Al-Rashidi
Chargée des relations internationales
CNKDH - Koweït
"""
h11 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
       "<body lang=\"FR\"><div class=\"WordSection1\">\n" + "".join(
           f"<p class=\"MsoNormal\">{l if l else '&nbsp;'}</p>\n" for l in t11.strip("\n").split("\n"))
       + "</div></body></html>\n")
pdf11 = make_pdf(["Commission nationale koweitienne des droits de l'homme (CNKDH)",
                  "Rapport volontaire - Pacte mondial pour les migrations, 2021",
                  "Mise en oeuvre au Koweit: protection des travailleurs migrants."])
fn11 = "Rapport_volontaire_CNKDH_PMM_2021.pdf"
m = multi("mixed", [
    multi("alternative", [text(t11, charset="windows-1252"), text(h11, "html", charset="windows-1252")],
          "_000_VI1PR07MB5120C2A3D4E5F6A7VI1PR07MB5120eurp_"),
    attachment(pdf11, "application/pdf", fn11, style="2047"),
], "_004_VI1PR07MB5120C2A3D4E5F6A7VI1PR07MB5120eurp_")
raw = finish(m, [
    ("From", addr("Dalal Al-Rashidi", "d.alrashidi@cnkdh-kw.example.org")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", subj("Rapport volontaire CNKDH et proposition d'intervenant", "windows-1252")),
    ("Date", "Mon, 8 Feb 2021 08:29:44 +0000"),
    ("Message-ID", "<VI1PR07MB5120C2A3D4E5F6A7@VI1PR07MB5120.eurprd07.prod.outlook.com>"),
    ("Accept-Language", "fr-FR, ar-KW"),
    ("Content-Language", "fr-FR"),
    ("X-MS-Has-Attach", "yes"),
], None, "mail-vi1eur07.outbound.protection.outlook.example.com", "40.107.7.101", "4DZ0qT7bHkz2",
    "Mon, 8 Feb 2021 10:30:00 +0200", "d.alrashidi@cnkdh-kw.example.org")
add(11, raw, "2021-02-08T10:30:00+02:00", "both", "fr", True, False,
    [sp("Fahad Mubarak Al-Ajmi", "Commissaire chargé des droits des travailleurs migrants",
        "Commission nationale koweïtienne des droits de l'homme (CNKDH)", ["roundtable"], 1)],
    [fn11], None,
    "Both from a national human-rights commission: PDF report (on time for 16 Feb) + one speaker (late, "
    "after 5 Feb, which the sender acknowledges) => on_time false. Speaker's affiliation given by reference "
    "('au sein de la Commission'); fullest form with acronym is in the first paragraph; 'M.' not part of the "
    "name; 'table ronde n° 1'; windows-1252 with œ; RFC 2047 (B) attachment name.")

# =========================================================================== 12 other (en) format question, Yahoo
t12 = """Good afternoon,

We are preparing a short voluntary report for the GCM regional review on behalf of our members and have three questions:

1) Is there a template or a maximum length for the voluntary report?
2) Can we submit it in Arabic only, or do you also need an English version?
3) Is the 16 February deadline firm, or can we send it a few days later?

Many thanks,
Yusuf Al-Aradi
Policy Officer
Manama Chamber of Small Enterprises

Sent from Yahoo Mail on Android
"""
h12 = ("<html><head></head><body><div class=\"ydp3f1c2b9eyahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
       "Helvetica, Arial, sans-serif;font-size:13px;\">" + "".join(
           f"<div>{l}</div>" if l else "<div><br></div>" for l in t12.strip("\n").split("\n"))
       + "</div></body></html>\n")
m = multi("alternative", [text(t12, cte="7bit" if t12.isascii() else "quoted-printable"), text(h12, "html")],
          "----=_Part_2417785_1290374021.1612791720311")
raw = finish(m, [
    ("Date", "Mon, 8 Feb 2021 13:42:00 +0000 (UTC)"),
    ("From", addr("Yusuf Al-Aradi", "yusuf_aradi@yahoo.example.com")),
    ("To", US),
    ("Message-ID", "<1290374021.2417786.1612791720313@mail.yahoo.example.com>"),
    ("Subject", "Questions on voluntary report format"),
    ("X-Mailer", "WebService/1.1.17648 YMailNorrin"),
], None, "sonic309-21.consmr.mail.ir2.yahoo.example.com", "77.238.179.86", "4DZBv61NqWz7",
    "Mon, 8 Feb 2021 15:42:10 +0200", "yusuf_aradi@yahoo.example.com")
add(12, raw, "2021-02-08T15:42:10+02:00", "other", "en", True, None, [], [], None,
    "Questions about the voluntary report (template, length, language, firmness of the 16 Feb deadline) from "
    "a chamber of commerce: report keywords everywhere but nothing attached or submitted; Yahoo Mail, "
    "signature with name/title/organisation that must not be taken as a speaker.")

# =========================================================================== 13 report (fr) PDF 2047-Q + inline logo
t13 = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour les migrations dans la région arabe, l'Association des Travailleurs Migrants Francophones au Qatar (ATMFQ) a le plaisir de vous transmettre ci-joint son rapport volontaire.

Le rapport porte principalement sur l'accès à la justice et sur les conditions de logement des travailleurs migrants.

Avec nos salutations distinguées,

Jean-Baptiste Nkurunziza
Secrétaire exécutif
ATMFQ - Doha, Qatar
[logo ATMFQ]
"""
h13 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
       "<body lang=\"FR\"><div class=\"WordSection1\">\n" + "".join(
           f"<p class=\"MsoNormal\">{l if l else '&nbsp;'}</p>\n" for l in t13.strip("\n").split("\n")[:-1])
       + "<p class=\"MsoNormal\"><img width=\"120\" height=\"40\" src=\"cid:image001.png@01D6FEB2.4A1C3B20\" "
         "alt=\"logo ATMFQ\"></p>\n</div></body></html>\n")
pdf13 = make_pdf(["Association des Travailleurs Migrants Francophones au Qatar (ATMFQ)",
                  "Rapport volontaire - Examen regional du PMM, fevrier 2021",
                  "Acces a la justice et logement des travailleurs migrants."])
fn13 = "Rapport_examen_volontaire_PMM_ATMFQ_février_2021.pdf"
m = multi("mixed", [
    multi("related", [
        multi("alternative", [text(t13, charset="windows-1252"), text(h13, "html", charset="windows-1252")],
              "_000_PR3P193MB0904A1C7D2E3PR3P193MB0904EURP_"),
        attachment(make_png(), "image/png", "image001.png", inline=True, cid="image001.png@01D6FEB2.4A1C3B20"),
    ], "_006_PR3P193MB0904A1C7D2E3PR3P193MB0904EURP_", '; type="multipart/alternative"'),
    attachment(pdf13, "application/pdf", fn13, style="2047q"),
], "_007_PR3P193MB0904A1C7D2E3PR3P193MB0904EURP_")
raw = finish(m, [
    ("From", addr("Jean-Baptiste Nkurunziza", "jb.nkurunziza@atmfq.example.org")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", subj("Rapport volontaire - ATMFQ (examen régional PMM)", "iso-8859-1")),
    ("Date", "Tue, 9 Feb 2021 13:33:31 +0000"),
    ("Message-ID", MID[13]),
    ("Content-Language", "fr-FR"),
    ("X-MS-Has-Attach", "yes"),
], None, "mail-pr3eur19.outbound.protection.outlook.example.com", "40.107.19.52", "4DZqK84CnRz1",
    "Tue, 9 Feb 2021 15:33:40 +0200", "jb.nkurunziza@atmfq.example.org")
add(13, raw, "2021-02-09T15:33:40+02:00", "voluntary_report", "fr", True, True, [], [fn13], None,
    "Outlook report with an ISO-8859-1 Q-encoded (RFC 2047) PDF name containing 'é'; an inline signature "
    "logo image001.png (multipart/related) is not part of the report; windows-1252 body.")

# =========================================================================== 14 speaker (ar) forwarded, attaché, late
t14 = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

نحيل إليكم أدناه طلب سعادة الملحق العمالي بشأن المشاركة في المؤتمر الإقليمي، مع الاعتذار عن التأخير في الإرسال بسبب إجراءات الموافقة الداخلية.

مع خالص التحية،

منى عادل فهمي
سكرتارية المكتب العمالي
سفارة جمهورية مصر العربية لدى دولة الكويت

-----Original Message-----
From: أحمد فتحي عبد الرحيم 
Sent: Wednesday, February 3, 2021 11:20 AM
To: منى عادل فهمي 
Subject: المشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة

الأستاذة منى،

برجاء إرسال طلب مشاركتي في المؤتمر الإقليمي إلى العنوان gcmrrarabstates@iom.int، حيث أرغب في تقديم مداخلة في الجلسة العامة حول حماية حقوق العمال المصريين في دول الخليج وآليات تسوية النزاعات العمالية.

مع الشكر،

أحمد فتحي عبد الرحيم
الملحق العمالي
سفارة جمهورية مصر العربية لدى دولة الكويت
"""
h14 = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
       "</head><body lang=\"AR-SA\"><div class=\"WordSection1\">\n" + "".join(
           f"<p class=\"MsoNormal\" dir=\"RTL\">{l if l else '&nbsp;'}</p>\n"
           for l in t14.strip("\n").split("\n")) + "</div></body></html>\n")
m = multi("alternative", [text(t14, charset="windows-1256"), text(h14, "html", charset="windows-1256")],
          "_000_HE1PR0802MB2291F3E4D5C6HE1PR0802MB2291eurp_")
raw = finish(m, [
    ("From", addr("منى عادل فهمي", "labour.office@egyemb-kw.example.org", "windows-1256")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", subj("FW: المشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256")),
    ("Date", "Wed, 10 Feb 2021 07:04:58 +0000"),
    ("Message-ID", "<HE1PR0802MB2291F3E4D5C6@HE1PR0802MB2291.eurprd08.prod.outlook.com>"),
    ("Content-Language", "ar-SA"),
], None, "mail-he1eur08.outbound.protection.outlook.example.com", "40.107.8.77", "4Db5Ts0YpMz3",
    "Wed, 10 Feb 2021 09:05:10 +0200", "labour.office@egyemb-kw.example.org")
add(14, raw, "2021-02-10T09:05:10+02:00", "speaker_request", "ar", True, False,
    [sp("أحمد فتحي عبد الرحيم", "الملحق العمالي", "سفارة جمهورية مصر العربية لدى دولة الكويت", ["plenary"])],
    [], None,
    "Embassy labour attaché's request forwarded by his secretary in an Outlook '-----Original Message-----' "
    "block (windows-1256): the speaker is the forwarded sender, not the From; the inner 'Sent' date (3 Feb) is "
    "before the deadline but the message was received 10 Feb => late; 'سعادة' and 'الأستاذة' are honorifics; "
    "the secretary's signature (same embassy) is a decoy speaker; role الجلسة العامة = plenary.")

# =========================================================================== 15 speaker (en) three speakers, flowed, late
t15 = """Dear colleagues,

Further to the invitation, the Emirates Association of Licensed 
Recruitment Agencies (EALRA) would like to propose three speakers for the 
regional review conference. We understand the deadline was 5 February and 
hope that late nominations can still be considered.

Name                        | Position           | Session
----------------------------+--------------------+----------------------
Dr. Omar Khalfan Al Suwaidi | Chairman           | Roundtable 1
Priya Raghunathan           | Compliance Manager | Roundtable 1 (or 2)
Tariq Hameed                | Board Member       | Plenary (24 February)

All three are based at EALRA's Dubai office and will connect remotely.

Best regards,

-- 
Khalid Obaid
Membership Officer | EALRA
Emirates Association of Licensed Recruitment Agencies
Dubai, UAE
"""
m = text(t15, charset="us-ascii", cte="7bit", flowed=True)
raw = finish(m, [
    ("To", US),
    ("From", addr("Khalid Obaid", "membership@ealra.example.ae")),
    ("Subject", "EALRA speaker nominations - GCM Regional Review"),
    ("Message-ID", "<8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f@ealra.example.ae>"),
    ("Date", "Thu, 11 Feb 2021 13:11:35 +0400"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
    ("Content-Language", "en-GB"),
], None, "mail.ealra.example.ae", "203.0.113.200", "4DbpR72WxKz5", "Thu, 11 Feb 2021 11:11:40 +0200",
    "membership@ealra.example.ae")
ealra = "Emirates Association of Licensed Recruitment Agencies (EALRA)"
add(15, raw, "2021-02-11T11:11:40+02:00", "speaker_request", "en", True, False,
    [sp("Omar Khalfan Al Suwaidi", "Chairman", ealra, ["roundtable"], 1),
     sp("Priya Raghunathan", "Compliance Manager", ealra, ["roundtable"], 1),
     sp("Tariq Hameed", "Board Member", ealra, ["plenary"])],
    [], None,
    "Late (11 Feb): three speakers in a plain-text pipe table (Thunderbird format=flowed; the organisation "
    "name in the prose is split by a flowed soft line break); affiliation stated once for all three; 'Dr.' "
    "is not part of the name; 'Roundtable 1 (or 2)' => first choice 1; sender (signature, Membership "
    "Officer) is not a speaker.")

# =========================================================================== 16 auto_reply (fr) OOO to our ack for 10
t16 = """Bonjour,

Je suis en congé jusqu'au 21 février 2021 avec un accès limité à ma messagerie. Pour toute question urgente concernant le REDOM, merci d'écrire à contact@redom-uae.example.org.

Bien cordialement,
Aïcha Benali-Traoré
"""
m = text(t16)
raw = finish(m, [
    ("From", addr("Aïcha Benali-Traoré", "presidente@redom-uae.example.org", "utf-8")),
    ("To", US),
    ("Subject", subj("Réponse automatique : Accusé de réception – demande d’intervention", "utf-8")),
    ("Date", "Fri, 12 Feb 2021 10:44:58 +0400"),
    ("Message-Id", "<autoreply.1613112298.presidente@redom-uae.example.org>"),
    ("In-Reply-To", "<ack-20210212-0641.h58-10@gcmrr.iom.int>"),
    ("References", "<A3E5C7D9-1B2F-4A6C-8E0D-2F4B6D8A0C1E@redom-uae.example.org> "
                   "<ack-20210212-0641.h58-10@gcmrr.iom.int>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Precedence", "auto_reply"),
], None, "mail.redom-uae.example.org", "192.0.2.151", "4DcJh91MvTz6", "Fri, 12 Feb 2021 08:45:03 +0200",
    "presidente@redom-uae.example.org")
add(16, raw, "2021-02-12T08:45:03+02:00", "auto_reply", "fr", False, None, [], [], None,
    "French out-of-office reply to the service's acknowledgement of h58-10 (same sender, References contain "
    "h58-10's Message-ID): Auto-Submitted: auto-replied + Precedence: auto_reply; never acknowledge (mail loop).")

# =========================================================================== 17 report (ar) PDF Arabic 2047 name
t17 = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

تحية طيبة وبعد،

يسر الهيئة الوطنية لرصد حقوق العمال الوافدين في دولة الكويت أن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي للهجرة خلال الفترة 2019-2020، وذلك إسهامًا منها في أعمال المراجعة الإقليمية.

وسيتواصل معكم زملاؤنا لاحقًا بخصوص المشاركة في جلسات المؤتمر.

وتفضلوا بقبول فائق الاحترام،

د. لطيفة جاسم المطيري
رئيسة قسم الدراسات والبحوث
الهيئة الوطنية لرصد حقوق العمال الوافدين
"""
h17 = "<div dir=\"rtl\">" + "".join(f"<div>{l}</div>" if l else "<div><br></div>"
                                   for l in t17.strip("\n").split("\n")) + "</div>\n"
pdf17 = make_pdf(["National Authority for Monitoring Migrant Workers' Rights - Kuwait",
                  "Voluntary GCM review report 2019-2020 (Arabic original, English summary)"])
fn17 = "تقرير_المراجعة_الطوعية_2021.pdf"
m = multi("mixed", [
    multi("alternative", [text(t17, cte="base64"), text(h17, "html", cte="base64")],
          "000000000000f1e2d305bb1a2b3c"),
    attachment(pdf17, "application/pdf", fn17, style="2047"),
], "000000000000f1e2d505bb1a2b3e")
raw = finish(m, [
    ("From", addr("لطيفة المطيري", "latifa.almutairi.nammwr@gmail.example.com", "utf-8")),
    ("Date", "Sat, 13 Feb 2021 14:02:47 +0300"),
    ("Message-ID", MID[17]),
    ("Subject", subj("التقرير الطوعي للهيئة الوطنية لرصد حقوق العمال الوافدين", "utf-8")),
    ("To", US),
], None, "mail-lf1-f43.google.example.com", "209.85.167.43", "4Dd0sW3FkLz8", "Sat, 13 Feb 2021 13:02:55 +0200",
    "latifa.almutairi.nammwr@gmail.example.com")
add(17, raw, "2021-02-13T13:02:55+02:00", "voluntary_report", "ar", True, True, [], [fn17], None,
    "Arabic report from a Kuwaiti rights body, PDF with an Arabic RFC 2047 (base64) file name in quotes "
    "(Gmail style); announces that colleagues will write later about participation in the sessions: no "
    "speaker is proposed; the signer (د.) is not a speaker.")

# =========================================================================== 18 other (fr) reply to 13 adding detail
t18 = """Madame, Monsieur,

J'ai oublié de préciser dans mon message que notre rapport est un rapport collectif : il a été préparé avec trois autres associations de la diaspora au Qatar (l'Amicale des Sénégalais de Doha, le Collectif des travailleurs camerounais au Qatar et l'association Solidarité Bénin-Golfe). Merci d'en tenir compte dans la liste des contributions.

Bien à vous,

Jean-Baptiste Nkurunziza
Secrétaire exécutif
ATMFQ - Doha, Qatar

________________________________
De : Jean-Baptiste Nkurunziza <jb.nkurunziza@atmfq.example.org>
Envoyé : mardi 9 février 2021 16:33
À : gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Objet : Rapport volontaire - ATMFQ (examen régional PMM)

Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour les migrations dans la région arabe, l'Association des Travailleurs Migrants Francophones au Qatar (ATMFQ) a le plaisir de vous transmettre ci-joint son rapport volontaire.

Le rapport porte principalement sur l'accès à la justice et sur les conditions de logement des travailleurs migrants.

Avec nos salutations distinguées,

Jean-Baptiste Nkurunziza
"""
m = text(t18, charset="windows-1252")
raw = finish(m, [
    ("From", addr("Jean-Baptiste Nkurunziza", "jb.nkurunziza@atmfq.example.org")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", subj("RE: Rapport volontaire - ATMFQ (examen régional PMM)", "iso-8859-1")),
    ("Date", "Sun, 14 Feb 2021 15:25:22 +0000"),
    ("Message-ID", "<PR3P193MB0904B7C8D9E0@PR3P193MB0904.EURP193.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", MID[13]),
    ("References", MID[13]),
    ("Content-Language", "fr-FR"),
], None, "mail-pr3eur19.outbound.protection.outlook.example.com", "40.107.19.58", "4DdgN15XqBz4",
    "Sun, 14 Feb 2021 17:25:30 +0200", "jb.nkurunziza@atmfq.example.org")
add(18, raw, "2021-02-14T17:25:30+02:00", "other", "fr", True, None, [], [], F(13),
    "Reply to the sender's own report message h58-13 (In-Reply-To set) that only adds a missing detail (the "
    "report is collective, co-authors listed); no attachment: not a new report submission; quotes the "
    "original message (Outlook '________' header block, not '>' prefixed) including 'ci-joint son rapport "
    "volontaire'. New information, so it is acknowledged.")

# =========================================================================== 19 both (en) PDF + self speaker, late speaker part
t19 = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Qatar Business Council for Workforce Mobility (QBCWM), prepared by our labour-mobility working group.

I would also like to ask whether I could still take the floor. I work as Senior Policy Advisor at the Qatar Business Council for Workforce Mobility (QBCWM) and would like to intervene in the second roundtable, on fair recruitment and decent work. I realise the speaker deadline has passed.

Kind regards,

Layla Hassan Al-Kuwari
Senior Policy Advisor | QBCWM
Doha, Qatar

________________________________
This message (including any attachments) is intended only for the use of the individual or entity to which it is addressed and may contain information that is non-public, proprietary, privileged, confidential and exempt from disclosure under applicable law. If you are not the intended recipient, you are hereby notified that any use, dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify us immediately by e-mail and delete this message. Thank you.
"""
h19 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
       "<body lang=\"EN-GB\"><div class=\"WordSection1\">\n" + "".join(
           f"<p class=\"MsoNormal\">{l if l else '&nbsp;'}</p>\n" for l in t19.strip("\n").split("\n"))
       + "</div></body></html>\n")
pdf19 = make_pdf(["Qatar Business Council for Workforce Mobility (QBCWM)",
                  "Voluntary GCM Review - February 2021",
                  "Employer perspectives on fair recruitment and labour mobility."])
fn19 = "QBCWM_Voluntary_GCM_Review.pdf"
m = multi("mixed", [
    multi("alternative", [text(t19, charset="us-ascii"), text(h19, "html", charset="us-ascii")],
          "_000_AS8PR04MB7722D1C2B3A4AS8PR04MB7722eurp_"),
    attachment(pdf19, "application/pdf", fn19),
], "_004_AS8PR04MB7722D1C2B3A4AS8PR04MB7722eurp_")
raw = finish(m, [
    ("From", addr("Layla Hassan Al-Kuwari", "l.alkuwari@qbcwm.example.qa")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", "QBCWM voluntary GCM review report + speaking request"),
    ("Date", "Tue, 16 Feb 2021 08:14:19 +0000"),
    ("Message-ID", "<AS8PR04MB7722D1C2B3A4@AS8PR04MB7722.eurprd04.prod.outlook.com>"),
    ("Content-Language", "en-GB"),
    ("X-MS-Has-Attach", "yes"),
], None, "mail-as8eur04.outbound.protection.outlook.example.com", "40.107.4.90", "4DfQ3m6TrGz2",
    "Tue, 16 Feb 2021 10:14:27 +0200", "l.alkuwari@qbcwm.example.qa")
add(19, raw, "2021-02-16T10:14:27+02:00", "both", "en", True, False,
    [sp("Layla Hassan Al-Kuwari", "Senior Policy Advisor",
        "Qatar Business Council for Workforce Mobility (QBCWM)", ["roundtable"], 2)],
    [fn19], None,
    "Both: PDF report on time (16 Feb, morning) + self-nomination 'I work as Senior Policy Advisor at ...' "
    "and 'intervene in the second roundtable' (2); the speaker part is late => on_time false; name only in "
    "the signature/From; long legal disclaimer.")

# =========================================================================== 20 report (ar) iPhone 23:50 edge
t20 = """مساء الخير،

مرفق تقرير مجموعة دعم العاملات المنزليات في البحرين (BDWSG) للمراجعة الطوعية للاتفاق العالمي للهجرة. آسفين على التأخير، كنا ننتظر الموافقة النهائية من الأعضاء.

تحياتي،
زينب

أُرسلت من الـ iPhone
"""
pdf20 = make_pdf(["Bahrain Domestic Workers Support Group (BDWSG)",
                  "Voluntary GCM review report, February 2021"])
m = multi("mixed", [
    text(t20, cte="base64"),
    attachment(pdf20, "application/pdf", "Report_BDWSG_GCM.pdf"),
], "Apple-Mail-8E4D2C1B-7A6F-4E3D-9C2B-1A0F9E8D7C6B")
raw = finish(m, [
    ("From", addr("زينب", "zainab.bdwsg@icloud.example.com", "utf-8")),
    ("Mime-Version", "1.0 (1.0)"),
    ("Date", "Wed, 17 Feb 2021 00:50:33 +0300"),
    ("Subject", subj("تقرير BDWSG", "utf-8")),
    ("Message-Id", "<4F3E2D1C-0B9A-4877-A665-5D4C3B2A1908@icloud.example.com>"),
    ("To", US),
    ("X-Mailer", "iPhone Mail (18D52)"),
], None, "mr85p00im-hyfv06011401.me.example.com", "17.58.23.181", "4Dfn2X0JsYz7", "Tue, 16 Feb 2021 23:50:40 +0200",
    "zainab.bdwsg@icloud.example.com")
add(20, raw, "2021-02-16T23:50:40+02:00", "voluntary_report", "ar", True, True, [],
    ["Report_BDWSG_GCM.pdf"], None,
    "Edge: received 23:50 Beirut on 16 Feb (on time) while the Date header (+0300, Bahrain) reads Wed 17 Feb "
    "00:50; colloquial Gulf Arabic from an iPhone (base64 UTF-8, Arabic 'Sent from my iPhone'); first name "
    "only; apologises for being late although it is not.")

# =========================================================================== 21 report (fr) DOCX 2231, 00:10 late
t21 = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire révisé de l'Observatoire Golfe Migrations et Travail (OGMT) pour l'examen régional du Pacte mondial sur les migrations.

Nous nous excusons pour l'envoi tardif.

Cordialement,
Karim Haddad-Salem
Chercheur principal, OGMT
Doha
"""
docx21 = make_docx(["Observatoire Golfe Migrations et Travail (OGMT)",
                    "Rapport volontaire révisé - Pacte mondial sur les migrations, 2021"])
fn21 = "rapport-volontaire-révisé-OGMT.docx"
m = multi("mixed", [
    text(t21),
    attachment(docx21, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn21,
               style="2231"),
], "=_a1b2c3d4e5f60718293a4b5c6d7e8f90")
raw = finish(m, [
    ("Date", "Wed, 17 Feb 2021 01:10:01 +0300"),
    ("From", addr("Karim Haddad-Salem", "k.haddad@ogmt.example.org")),
    ("To", US),
    ("Subject", subj("Rapport volontaire OGMT (version révisée)", "utf-8")),
    ("Message-ID", "<1613513401.9f8e7d6c5b4a@webmail.ogmt.example.org>"),
    ("X-Mailer", "Zimbra 8.8.15_GA_3959 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)"),
], None, "webmail.ogmt.example.org", "198.51.100.140", "4Dfp7Q5LmWz3", "Wed, 17 Feb 2021 00:10:05 +0200",
    "k.haddad@ogmt.example.org")
add(21, raw, "2021-02-17T00:10:05+02:00", "voluntary_report", "fr", True, False, [], [fn21], None,
    "Edge, late: 00:10 Beirut on 17 Feb (Date header +0300 says 01:10). Organisation webmail (Zimbra), "
    "text/plain only, DOCX with an RFC 2231 UTF-8 file name containing 'é'; 'révisé' although no earlier "
    "version from this sender is in the set (thread_of null); title and acronym in one line "
    "('Chercheur principal, OGMT').")

# =========================================================================== 22 other (ar) thank-you reply to ack of 17
t22 = """شكرًا جزيلًا على التأكيد، وبالتوفيق في أعمال المؤتمر.

د. لطيفة

في السبت، 13 فبراير 2021 في 2:10 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> السيدة لطيفة جاسم المطيري،
>
> نشكركم على إرسال التقرير الطوعي للهيئة الوطنية لرصد حقوق العمال الوافدين، وقد تم استلامه بتاريخ 13 فبراير 2021.
>
> أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة
"""
h22 = ("<div dir=\"rtl\"><div>شكرًا جزيلًا على التأكيد، وبالتوفيق في أعمال المؤتمر.</div><div><br></div>"
       "<div>د. لطيفة</div></div><br><div class=\"gmail_quote\"><div dir=\"rtl\" class=\"gmail_attr\">"
       "في السبت، 13 فبراير 2021 في 2:10 م، كتب GCM Regional Review Arab States &lt;<a href=\"mailto:"
       "gcmrrarabstates@iom.int\">gcmrrarabstates@iom.int</a>&gt;:<br></div><blockquote class=\"gmail_quote\" "
       "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
       "<div dir=\"rtl\">السيدة لطيفة جاسم المطيري،<br><br>نشكركم على إرسال التقرير الطوعي للهيئة الوطنية لرصد "
       "حقوق العمال الوافدين، وقد تم استلامه بتاريخ 13 فبراير 2021.<br><br>أمانة المراجعة الإقليمية للاتفاق "
       "العالمي للهجرة</div></blockquote></div>\n")
m = multi("alternative", [text(t22, cte="base64"), text(h22, "html", cte="base64")],
          "0000000000003c4d5e05bb8f9a0b")
raw = finish(m, [
    ("From", addr("لطيفة المطيري", "latifa.almutairi.nammwr@gmail.example.com", "utf-8")),
    ("Date", "Thu, 18 Feb 2021 10:30:04 +0300"),
    ("Message-ID", "<CAHt4bS9wRy3nO2Ms0@mail.gmail.com>"),
    ("In-Reply-To", "<ack-20210213-1210.h58-17@gcmrr.iom.int>"),
    ("References", MID[17] + " <ack-20210213-1210.h58-17@gcmrr.iom.int>"),
    ("Subject", subj("Re: تأكيد استلام: التقرير الطوعي للهيئة الوطنية لرصد حقوق العمال الوافدين", "utf-8")),
    ("To", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
], None, "mail-lf1-f50.google.example.com", "209.85.167.50", "4DgN6y2TbHz9", "Thu, 18 Feb 2021 09:30:12 +0200",
    "latifa.almutairi.nammwr@gmail.example.com")
add(22, raw, "2021-02-18T09:30:12+02:00", "other", "ar", False, None, [], [], F(17),
    "Thank-you reply to the service's Arabic acknowledgement of h58-17 (References carry h58-17's Message-ID "
    "and the ack's); adds nothing new => no acknowledgement; the quoted ack mentions the voluntary report "
    "(Gmail '>' quote with Arabic attribution line).")

# =========================================================================== 23 speaker (ar) colloquial, English signature, late
t23 = """هلا والله،

ودي أعرف إذا للحين فيه مجال أشارك كمقررة في المؤتمر؟ أدري إن الموعد انتهى بس الدعوة ما وصلتنا إلا متأخر. ودي أقدم الرسائل الرئيسية لأصحاب المصلحة باسم شبكتنا.

مشكورين وما تقصرون

Dana Mohammed Al-Sulaiti
Director, Qatar Migrant Domestic Workers Network (QMDWN)
Doha, Qatar
"""
h23 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
       "<body><div dir=\"rtl\">" + "".join(f"<p>{l}</p>" for l in t23.split("\n\n")[0:3])
       + "</div><div dir=\"ltr\"><p>Dana Mohammed Al-Sulaiti<br>Director, Qatar Migrant Domestic Workers "
         "Network (QMDWN)<br>Doha, Qatar</p></div></body></html>\n")
m = multi("alternative", [text(t23, cte="base64"), text(h23, "html", cte="base64")],
          "_000_DB7PR02MB3980A9B8C7D6DB7PR02MB3980eurp_")
raw = finish(m, [
    ("From", addr("Dana Al-Sulaiti", "dana@qmdwn.example.qa")),
    ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
    ("Subject", subj("مشاركة كمقررة", "utf-8")),
    ("Date", "Sat, 20 Feb 2021 09:59:52 +0000"),
    ("Message-ID", "<DB7PR02MB3980A9B8C7D6@DB7PR02MB3980.eurprd02.prod.outlook.com>"),
    ("Content-Language", "ar-QA"),
], None, "mail-db7eur02.outbound.protection.outlook.example.com", "40.107.2.95", "4Dhk9P1ZcWz6",
    "Sat, 20 Feb 2021 12:00:00 +0200", "dana@qmdwn.example.qa")
add(23, raw, "2021-02-20T12:00:00+02:00", "speaker_request", "ar", True, False,
    [sp("Dana Mohammed Al-Sulaiti", "Director", "Qatar Migrant Domestic Workers Network (QMDWN)",
        ["rapporteur"])],
    [], None,
    "Colloquial Gulf Arabic body phrased as a question ('ودي أعرف إذا للحين فيه مجال أشارك كمقررة') but it is "
    "a self-nomination as rapporteur; name/title/organisation only in an English signature ('Director, "
    "Organisation (ACRONYM)' on one line); late; acknowledge in Arabic although the signature is English.")

# =========================================================================== 24 report (en) Gmail forward, late
t24 = """Dear team,

Our report was sent on 15 February to a wrong address (gcmrr-arabstates@iom.int) and we only noticed today that it bounced. Forwarding it below with the attachment - we hope it can still be considered.

Regards,
Sultan Al Balushi
Communications Officer
Muscat Employers' Association for Fair Recruitment (MEAFR)

---------- Forwarded message ---------
From: Khalfan Al Habsi <khalfan.alhabsi@meafr.example.om>
Date: Mon, Feb 15, 2021 at 3:12 PM
Subject: MEAFR voluntary GCM review report
To: <gcmrr-arabstates@iom.int>


Dear Secretariat,

On behalf of the Muscat Employers' Association for Fair Recruitment (MEAFR), please find attached our voluntary report for the GCM regional review in the Arab region.

Best regards,
Khalfan Al Habsi
Secretary-General, MEAFR
"""
h24 = "<div dir=\"ltr\">" + "".join(f"<div>{l}</div>" if l else "<div><br></div>"
                                   for l in t24.strip("\n").split("\n")) + "</div>\n"
pdf24 = make_pdf(["Muscat Employers' Association for Fair Recruitment (MEAFR)",
                  "Voluntary GCM review report - final version, February 2021"])
fn24 = "MEAFR GCM voluntary review - final.pdf"
m = multi("mixed", [
    multi("alternative", [text(t24, charset="us-ascii", cte="7bit"), text(h24, "html", charset="us-ascii")],
          "000000000000d5e6f705bbc1a2b3"),
    attachment(pdf24, "application/pdf", fn24),
], "000000000000d5e6f905bbc1a2b5")
raw = finish(m, [
    ("From", addr("Sultan Al Balushi", "sultan.albalushi@meafr.example.om")),
    ("Date", "Mon, 22 Feb 2021 13:39:51 +0400"),
    ("Message-ID", "<CAFw2Lm7rT9xK0pQz4s@mail.gmail.com>"),
    ("Subject", "Fwd: MEAFR voluntary GCM review report"),
    ("To", US),
], None, "mail-ot1-f45.google.example.com", "209.85.210.45", "4Dk2Zt8NpFz1", "Mon, 22 Feb 2021 11:40:00 +0200",
    "sultan.albalushi@meafr.example.om")
add(24, raw, "2021-02-22T11:40:00+02:00", "voluntary_report", "en", True, False, [], [fn24], None,
    "Gmail '---------- Forwarded message ---------' of a report first sent on 15 Feb to a wrong address: the "
    "forwarded Date is before the deadline but this mailbox received it on 22 Feb => late; the attachment "
    "travels at top level of the forward; file name with spaces; two signatures, no speaker.")


def main():
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    for fname, raw in FILES.items():
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(FILES)} messages + labels.json to {OUT}")


if __name__ == "__main__":
    main()
