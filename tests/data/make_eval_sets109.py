#!/usr/bin/env python3
"""Write the blind evaluation set holdout109 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets109.py
Theme: universities and research institutes (departments, faculties, research centres, UNESCO chairs,
migration research units) writing in an academic register.
"""
import base64
import datetime as dt
import html as htmlmod
import io
import json
import os
import quopri
import shutil
import struct
import urllib.parse
import zipfile
import zlib
from email.header import Header
from mailgen import (HERE, BOX, BEIRUT, WD, MO, DOCX, sp)

OUT = os.path.join(HERE, "holdout109")
CRLF = "\r\n"


# ------------------------------------------------------------------ dates
def at(s):
    """'2021-02-05 23:57:20' Beirut wall time -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIRUT)


def rfcdate(d, hours=2, zone=None):
    d = d.astimezone(dt.timezone(dt.timedelta(hours=hours)))
    mins = hours * 60
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                                   d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    if zone:
        s += " (%s)" % zone
    return s


# ------------------------------------------------------------------ headers
def enc_words(text, charset="utf-8", q=False):
    h = Header(text, charset, header_name="Subject")
    if q:
        from email.charset import Charset, QP
        cs = Charset(charset)
        cs.header_encoding = QP
        h = Header(text, cs, header_name="Subject")
    return h.encode(linesep=CRLF, maxlinelen=76)


def hval(text, charset="utf-8", q=False):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return enc_words(text, charset, q)


def addr(name, mail, charset="utf-8", q=False):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_words(name, charset, q), mail)


def fold(name, value):
    """Fold long ASCII header values at spaces (RFC 5322)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "=?" in value or "\r\n" in value:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = " " + word
        else:
            cur = cur + " " + word if cur else word
    out.append(cur)
    return CRLF.join(out)


# ------------------------------------------------------------------ bodies
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", CRLF)


def qp(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    return crlf(quopri.encodestring(data).decode("ascii"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return crlf(base64.encodebytes(data).decode("ascii"))


def leaf(ctype, body, charset="utf-8", cte="quoted-printable", extra=(), ctparams=""):
    hdrs = []
    ct = ctype
    if ctype.startswith("text/"):
        ct += '; charset="%s"' % charset if charset != "UTF-8" else "; charset=UTF-8"
    ct += ctparams
    hdrs.append("Content-Type: " + ct)
    hdrs.append("Content-Transfer-Encoding: " + cte)
    hdrs.extend(extra)
    if isinstance(body, bytes):
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body, charset)
    elif cte == "base64":
        payload = b64(crlf(body).encode(charset))
    else:  # 7bit / 8bit
        payload = crlf(body)
    if not payload.endswith(CRLF):
        payload += CRLF
    return CRLF.join(hdrs) + CRLF + CRLF + payload


def multi(subtype, boundary, parts, params=""):
    head = 'Content-Type: multipart/%s;%s boundary="%s"%s' % (subtype, CRLF + "\t", boundary, params)
    body = ""
    for p in parts:
        body += "--" + boundary + CRLF + p
        if not p.endswith(CRLF):
            body += CRLF
    body += "--" + boundary + "--" + CRLF
    return head + CRLF + CRLF + body


def attach(ctype, data, filename, style="plain", disp="attachment", extra=()):
    """style: plain ASCII name, 2047 (encoded words in quotes, Outlook/Gmail), 2231 (filename*=)."""
    if style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=900)
        ctn = '%s; name="%s"' % (ctype, enc)
        cd = '%s; filename="%s"' % (disp, enc)
    elif style == "2231":
        pct = urllib.parse.quote(filename.encode("utf-8"), safe="")
        ctn = "%s; name*=utf-8''%s" % (ctype, pct)
        cd = "%s; filename*=utf-8''%s" % (disp, pct)
    else:
        ctn = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disp, filename)
    hdrs = ["Content-Type: " + ctn, "Content-Disposition: " + cd] + list(extra) + \
           ["Content-Transfer-Encoding: base64"]
    return CRLF.join(hdrs) + CRLF + CRLF + b64(data)


def html_doc(inner, rtl=False, font="Calibri"):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body%s><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (d, font, inner))


def t2h(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>\n") for p in paras)


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    lines = text.strip("\n").split("\n")
    out = []
    for ln in lines:
        out.append("<div%s>%s</div>" % (d, htmlmod.escape(ln) if ln else "<br>"))
    return '<div%s>%s</div>\n' % (d, "".join(out))


# ------------------------------------------------------------------ attachments
def make_pdf(lines):
    objs = []
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n"
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += "(%s) '\n" % safe
    content += "ET\n"
    stream = zlib.compress(content.encode("latin-1"), 9)
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objs.append(b"<< /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20210208101500+02'00') >>")
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _zip(files, when):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paras, when=(2021, 2, 8, 10, 0, 0)):
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)], when)


def make_xlsx(rows, when=(2021, 2, 14, 9, 0, 0)):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    srows = ""
    for i, r in enumerate(rows, 1):
        cells = "".join('<c t="inlineStr"><is><t>%s</t></is></c>' % htmlmod.escape(str(c)) for c in r)
        srows += '<row r="%d">%s</row>' % (i, cells)
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s'
             '</sheetData></worksheet>' % srows)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)], when)


def make_png(w=48, h=16, rgb=(0, 70, 127)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ------------------------------------------------------------------ message assembly
def message(*, frm, to=BOX, subject, date, mid, recv, relay, body, extra_top=(), extra=(), cc=None,
            irt=None, refs=None, subject_charset="utf-8", subject_q=False):
    """recv: aware datetime the mailbox server received it; relay: sending host name."""
    lines = []
    lines.append("Return-Path: <%s>" % frm[1])
    lines.append("Delivered-To: " + BOX)
    qid = "4D" + base64.b32encode(mid.encode())[:10].decode().replace("=", "x")
    lines.append("Received: from %s (%s [198.51.100.%d])%s\tby mx1.iom.int (Postfix) with ESMTPS id %s%s"
                 "\tfor <%s>; %s" % (relay, relay, 10 + len(mid) % 200, CRLF, qid, CRLF, BOX,
                                     rfcdate(recv, 2, "EET")))
    lines.extend(extra_top)
    lines.append("Authentication-Results: mx1.iom.int;%s\tspf=pass smtp.mailfrom=%s" % (CRLF, frm[1].split("@")[1]))
    lines.append("From: " + addr(frm[0], frm[1], subject_charset, subject_q))
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    sub = hval(subject, subject_charset, subject_q)
    lines.append("Subject: " + sub if "=?" in sub else fold("Subject", sub))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs:
        lines.append(fold("References", refs))
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    raw = CRLF.join(lines) + CRLF + body
    return raw.encode("utf-8")


MESSAGES = []
LABELS = []


def add(n, raw, recv, category, language, ack, on_time, speakers, reports, thread_of, notes):
    fname = "h109-%02d.eml" % n
    MESSAGES.append((fname, raw))
    LABELS.append({"file": fname, "received_at": recv.isoformat(), "category": category, "language": language,
                   "acknowledge": ack, "on_time": on_time, "speakers": speakers,
                   "report_attachments": reports,
                   "thread_of": None if thread_of is None else "h109-%02d.eml" % thread_of, "notes": notes})


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-US"]
GMAIL_UA = []
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]
IPHONE = ["X-Mailer: iPhone Mail (18C66)"]
OUR_ACK_01 = "<ack.h109-01.20210202T1030@gcmrr.iom.int>"
OUR_ACK_12 = "<ack.h109-12.20210204T1040@gcmrr.iom.int>"
OUR_ACK_22 = "<ack.h109-22.20210214T1950@gcmrr.iom.int>"

# =================================================================== 01 en speaker x2, Outlook QP alt
t01 = """Dear GCM Regional Review team,

Further to the invitation letter circulated by the Regional UN Network on Migration, the Department of Political Studies and Public Administration would like to propose two members of our faculty for speaking roles during the Regional Review Conference.

1. Dr. Hana Sayegh, Assistant Professor of Public Policy, Department of Political Studies and Public Administration, Levant American University (LAU), Beirut. Dr. Sayegh's current research examines the kafala system and labour mobility corridors between the Levant and the GCC; she would therefore welcome the opportunity to make a floor intervention in Roundtable 2.

2. Mr. Omar Feghali, Associate Researcher, Migration and Refugee Studies Unit (MRSU), Faculty of Arts and Sciences, Levant American University (LAU). Mr. Feghali has coordinated our student-faculty consultations on the GCM since 2019 and has kindly volunteered to serve as rapporteur and deliver the key messages of the stakeholders, should the organisers find this useful.

Both colleagues are available on 24 and 25 February and can join remotely or in person, depending on the modality retained.

We remain at your disposal for any further information.

With kind regards,

Karim Nassar, PhD
Chair, Department of Political Studies and Public Administration
Faculty of Arts and Sciences | Levant American University
P.O. Box 13-5053, Beirut, Lebanon
Tel. +961 1 786 456 ext. 1290
"""
mid01 = "<VI1PR0302MB2718C4E1A90B7713F2A3D9B4C4B49@VI1PR0302MB2718.eurprd03.prod.outlook.example.com>"
r01 = at("2021-02-02 10:14:09")
b01 = multi("alternative", "_000_VI1PR0302MB2718C4E1A90B7713F2A3D9B4C4B49VI1PR0302MB2718_", [
    leaf("text/plain", t01, "us-ascii"),
    leaf("text/html", html_doc(t2h(t01)), "us-ascii")])
add(1, message(frm=("Karim Nassar", "karim.nassar@lau-b.example.edu"),
               subject="Proposed speakers - Department of Political Studies and Public Administration (LAU)",
               date=rfcdate(r01 - dt.timedelta(seconds=6), 2), mid=mid01, recv=r01,
               relay="mail-eopbgr80053.outbound.protection.outlook.example.com", body=b01,
               extra=OUTLOOK + ["Thread-Topic: Proposed speakers - Department of Political Studies and Public Administration (LAU)",
                                "Thread-Index: AdcpY3kq7Rm0mJqVQ8yN0tqW1Hc+Xg==", "X-MS-Has-Attach:"]),
    r01, "speaker_request", "en", True, True,
    [sp("Hana Sayegh", "Assistant Professor of Public Policy",
        "Department of Political Studies and Public Administration, Levant American University (LAU), Beirut",
        ["roundtable"], 2),
     sp("Omar Feghali", "Associate Researcher",
        "Migration and Refugee Studies Unit (MRSU), Faculty of Arts and Sciences, Levant American University (LAU)",
        ["rapporteur"], None)],
    [], None,
    "two speakers proposed by a department chair who is not a speaker himself; honorifics Dr./Mr. dropped; "
    "the chair's own signature block is a distractor; 'Roundtable 2' and 'serve as rapporteur' in prose")

# =================================================================== 02 ar speaker, Gmail base64 alt, faculty before university
t02 = """السادة القائمون على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون،
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الكريمة المتعلقة بالمراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية، يسعدني أن أعرب عن رغبتي في المشاركة بمداخلة في الجلسة العامة للمؤتمر يومي 24 و25 شباط/فبراير 2021، وذلك انطلاقاً من الأبحاث التي أجريناها في الكلية حول الهجرة الداخلية والنزوح في العراق بعد عام 2014 وعلاقتها بالأهداف 2 و5 و21 من الاتفاق.

وفيما يلي بياناتي:
أعمل أستاذ مساعد في كلية العلوم السياسية - جامعة النهرين، بغداد، وأدرّس مادتي السياسات العامة ودراسات الهجرة القسرية لطلبة الدراسات العليا.

أرجو التفضل بإعلامي بالإجراءات اللاحقة، مع فائق الشكر والتقدير.

د. حيدر عبد الأمير الجبوري
كلية العلوم السياسية - جامعة النهرين
بغداد - الجادرية
"""
mid02 = "<CAH7q3kTw9xYpA0m2Lz5VbQe1J8-hR4sNcK6fPu3aXo+Gd2mE1Q@mail.gmail.com>"
r02 = at("2021-02-01 12:40:17")
b02 = multi("alternative", "0000000000004b8f1c05ba4a2c7e", [
    leaf("text/plain", t02, "UTF-8", "base64"),
    leaf("text/html", gmail_html(t02, rtl=True), "UTF-8", "base64")])
add(2, message(frm=("حيدر الجبوري", "haider.aljubouri@nahrainuniv.example.edu.iq"),
               subject="طلب المشاركة بمداخلة في الجلسة العامة - المراجعة الإقليمية للاتفاق العالمي للهجرة",
               date=rfcdate(r02 - dt.timedelta(seconds=5), 3), mid=mid02, recv=r02,
               relay="mail-wr1-f49.google.example.com", body=b02),
    r02, "speaker_request", "ar", True, True,
    [sp("حيدر عبد الأمير الجبوري", "أستاذ مساعد", "كلية العلوم السياسية - جامعة النهرين، بغداد", ["plenary"], None)],
    [], None,
    "MSA; affiliation written faculty-before-university ('كلية العلوم السياسية - جامعة النهرين'); title in prose "
    "('أعمل أستاذ مساعد في ...'); full name only in signature (From header has a shorter form); Date header +0300")

# =================================================================== 03 fr speaker, Thunderbird flowed 8bit, UNESCO chair
t03 = """Madame, Monsieur,

Suite à l'invitation du Réseau régional des Nations Unies sur les 
migrations, j'ai l'honneur de vous faire part de mon souhait de prendre 
la parole lors de la Revue régionale du Pacte mondial pour des 
migrations sûres, ordonnées et régulières.

Je suis Professeure des universités, titulaire de la Chaire UNESCO 
« Migrations, mobilités et sociétés en Méditerranée » à la Faculté des 
Sciences Humaines et Sociales de Tunis (FSHST), Université de Tunis. 
Nos travaux portent depuis une dizaine d'années sur les mobilités 
étudiantes et qualifiées entre le Maghreb, l'Afrique subsaharienne et 
l'Europe.

Je souhaiterais intervenir, si possible, dans la discussion ouverte de 
la consultation multipartite du 23 février, puis lors de la table ronde 
thématique n° 3 consacrée, si j'ai bien lu la note conceptuelle, aux 
voies de migration régulière.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes 
salutations distinguées.

-- 
Pr Sonia Ben Slimane
Chaire UNESCO « Migrations, mobilités et sociétés en Méditerranée »
FSHST - Université de Tunis
94, boulevard du 9 Avril 1938, 1007 Tunis
"""
mid03 = "<5f2b9c1e-7d3a-4e8b-a1c6-0b9e3f4d2a71@fshst.example.tn>"
r03 = at("2021-02-04 18:22:41")
b03 = leaf("text/plain", t03, "UTF-8", "8bit", ctparams="; format=flowed")
add(3, message(frm=("Sonia Ben Slimane", "sonia.benslimane@fshst.example.tn"),
               subject="Demande d'intervention - Revue régionale du Pacte mondial (Chaire UNESCO)",
               date=rfcdate(r03 - dt.timedelta(seconds=3), 1), mid=mid03, recv=r03,
               relay="smtp.fshst.example.tn", body=b03,
               extra=THUNDERBIRD + ["Content-Language: fr"]),
    r03, "speaker_request", "fr", True, True,
    [sp("Sonia Ben Slimane",
        "Professeure des universités, titulaire de la Chaire UNESCO « Migrations, mobilités et sociétés en Méditerranée »",
        "Faculté des Sciences Humaines et Sociales de Tunis (FSHST), Université de Tunis",
        ["open_discussion", "roundtable"], 3)],
    [], None,
    "title is an academic rank plus a UNESCO chair, wrapped over two lines (format=flowed); name only in the "
    "signature with 'Pr'; two roles; 'table ronde thématique n° 3'")

# =================================================================== 04 en report co-authored by three, Outlook + docx
t04 = """Voluntary GCM Review Report - co-authored by:
Dr. Rami Haddad, Associate Professor of Sociology
Dr. Lina Barakat, Assistant Professor of Public Health
Yousef Al-Nasser, Research Associate
Gulf Centre for Migration Research (GCMR), College of Humanities and Social Sciences, Hamad Al-Khaleej University, Doha

Dear Colleagues,

On behalf of my co-authors, I am pleased to submit the attached voluntary review of the implementation of the Global Compact for Migration, prepared as an independent academic contribution to the Regional Review in the Arab region.

The report draws on a survey of 1,140 migrant workers in the construction and domestic work sectors (fieldwork October-December 2020) and on a review of legislative reforms adopted in the region since 2018, with particular attention to Objectives 6, 7 and 22. It is submitted as a collective report of the three authors and does not necessarily reflect the views of the University.

We would be grateful if you could confirm receipt. We look forward to following the discussions online.

Sincerely,
Rami Haddad
Associate Professor of Sociology | GCMR
Hamad Al-Khaleej University
"""
mid04 = "<DB7PR02MB46251F0A8C2E9D44B7F3E20AD8B29@DB7PR02MB4625.eurprd02.prod.outlook.example.com>"
r04 = at("2021-02-09 10:05:52")
docx04 = make_docx(["Voluntary GCM Review Report", "Gulf Centre for Migration Research (GCMR)",
                    "Rami Haddad, Lina Barakat, Yousef Al-Nasser", "1. Introduction",
                    "This report reviews progress on GCM Objectives 6, 7 and 22 ...",
                    "Table 3. Recruitment fees reported by respondents, by sector"], (2021, 2, 8, 17, 30, 0))
fn04 = "Haddad_Barakat_AlNasser_GCM_Voluntary_Review_2021.docx"
b04 = multi("mixed", "_004_DB7PR02MB46251F0A8C2E9D44B7F3E20AD8B29DB7PR02MB4625eurp_", [
    multi("alternative", "_000_DB7PR02MB46251F0A8C2E9D44B7F3E20AD8B29DB7PR02MB4625eurp_", [
        leaf("text/plain", t04, "us-ascii"),
        leaf("text/html", html_doc(t2h(t04)), "us-ascii")]),
    attach(DOCX, docx04, fn04)])
add(4, message(frm=("Rami Haddad", "rhaddad@hku.example.edu.qa"),
               subject="Submission: Voluntary GCM Review Report (GCMR, Hamad Al-Khaleej University)",
               date=rfcdate(r04 - dt.timedelta(seconds=9), 3), mid=mid04, recv=r04,
               relay="mail-am6eur05on2071.outbound.protection.outlook.example.com", body=b04,
               cc="Lina Barakat <lbarakat@hku.example.edu.qa>, \"Yousef Al-Nasser\" <yalnasser@hku.example.edu.qa>",
               extra=OUTLOOK + ["X-MS-Has-Attach: yes"]),
    r04, "voluntary_report", "en", True, True, [], [fn04], None,
    "three co-authors with academic ranks head the body (names + titles + long affiliation) but none is a "
    "speaker; 'follow the discussions online' is not a role request")

# =================================================================== 05 ar report, Levantine, Gmail + pdf RFC2047 arabic filename
t05 = """مرحبا،

بعتلكن مرفق التقرير الطوعي تبع مركز دراسات اللجوء والهجرة القسرية بجامعة اليرموك عن تطبيق الاتفاق العالمي للهجرة بالأردن، اشتغلنا عليه أنا ود. سهى العمري وفريق طلاب الماجستير.

التقرير جماعي وبالعربي، وإذا بدكن نسخة إنجليزي منبعتها الأسبوع الجاي ان شاء الله.

يعطيكن العافية
عمر الزعبي
باحث مساعد - مركز دراسات اللجوء والهجرة القسرية
جامعة اليرموك - إربد
"""
mid05 = "<CAFx8pN2qL0vB7sRk3mYt9Wz-c5eQhJ1uGd4aTn6oK8iVb0ZyXw@mail.gmail.com>"
r05 = at("2021-02-12 14:30:26")
fn05 = "التقرير الطوعي - مركز دراسات اللجوء والهجرة القسرية.pdf"
pdf05 = make_pdf(["Voluntary GCM review - Jordan", "Refugee and Forced Migration Studies Centre",
                  "Yarmouk University, Irbid", "February 2021"])
b05 = multi("mixed", "000000000000a71e5d05bb1f40c2", [
    multi("alternative", "000000000000a71e5a05bb1f40c0", [
        leaf("text/plain", t05, "UTF-8", "base64"),
        leaf("text/html", gmail_html(t05, rtl=True), "UTF-8", "base64")]),
    attach(PDF, pdf05, fn05, "2047", extra=["X-Attachment-Id: f_kl1n2c3d0"])])
add(5, message(frm=("Omar Al-Zoubi", "omar.zoubi@yu.example.edu.jo"),
               subject="التقرير الطوعي - الاتفاق العالمي للهجرة - الأردن",
               date=rfcdate(r05 - dt.timedelta(seconds=4), 2), mid=mid05, recv=r05,
               relay="mail-ed1-f44.google.example.com", body=b05),
    r05, "voluntary_report", "ar", True, True, [], [fn05], None,
    "Levantine colloquial ('بعتلكن', 'بدكن', 'الجاي'); attachment name is Arabic, RFC 2047-encoded; co-author "
    "named in prose is not a speaker; promise of an English version later")

# =================================================================== 06 fr report, Algiers, LATE by minutes, Thunderbird
t06 = """Bonsoir,

Veuillez trouver ci-joint la contribution du Laboratoire de recherche
sur les migrations et la mobilité humaine (LARMIH) de la Faculté des
sciences humaines et sociales, Université d'Alger 2 Abou El Kacem Saâdallah,
au titre de la Revue régionale du Pacte mondial sur les migrations.

Ce rapport volontaire a été rédigé collectivement par les chercheurs du
laboratoire (équipe « migrations de transit et politiques d'accueil »).
Désolé pour l'heure tardive, nous avons dû attendre la validation du
conseil scientifique du labo ce soir même.

Bien cordialement,

Dr Farid Bouzidi
Maître de conférences classe A
Directeur adjoint du LARMIH
"""
mid06 = "<a3c9e1f7-28b4-4d0e-9f61-7e2b5c8d4a10@univ-alger2.example.dz>"
r06 = at("2021-02-17 00:03:52")
fn06 = "Rapport_volontaire_PMM_LARMIH_fevrier2021.pdf"
pdf06 = make_pdf(["Rapport volontaire - Revue regionale du Pacte mondial sur les migrations",
                  "LARMIH - Universite d'Alger 2", "Fevrier 2021"])
b06 = multi("mixed", "------------A1C6F2E07D38B9B4E1F05C62", [
    leaf("text/plain", t06, "UTF-8", "8bit", ctparams="; format=flowed"),
    attach(PDF, pdf06, fn06)])
add(6, message(frm=("Farid Bouzidi", "f.bouzidi@univ-alger2.example.dz"),
               subject="Rapport volontaire - LARMIH / Université d'Alger 2",
               date=rfcdate(r06 - dt.timedelta(seconds=12), 1), mid=mid06, recv=r06,
               relay="mx.univ-alger2.example.dz", body=b06,
               extra=THUNDERBIRD + ["Content-Language: fr"]),
    r06, "voluntary_report", "fr", True, False, [], [fn06], None,
    "deadline edge: Date header says Tue 16 Feb 23:03 +0100 (still 16 Feb for the sender) but it reached the "
    "server at 00:03:52 Beirut on 17 Feb, i.e. late; apology for the late hour")

# =================================================================== 07 en speaker, PhD student proposes supervisor, Gmail QP
t07 = """Dear organizers,

I hope this email finds you well. My name is Rania Odeh and I'm a PhD candidate at the Faculty of Law, Zarqa Valley University (I work on statelessness and birth registration among refugee children in Jordan).

I'm writing to propose my supervisor, Prof. Samir Haddadin, as a speaker for the regional review conference. He's Professor of International Refugee Law at the Department of Public Law, Faculty of Law, Zarqa Valley University, and he led the national consultation on the GCM with the Jordanian Bar Association last year. I think his expertise would fit best in the roundtable on protection and human rights (RT4 if I read the concept note correctly), but he is flexible.

He is in cc and has agreed that I send this on his behalf :)

Many thanks and best regards,
Rania

--
Rania Odeh
PhD Candidate in Public International Law
Zarqa Valley University
"""
mid07 = "<CAGs7mE0uT1wX9cDq4RpLn2y+Kf5jB8hVz3aMe6oYt1WQsr0Njg@mail.gmail.com>"
r07 = at("2021-02-03 21:47:33")
b07 = multi("alternative", "00000000000091c2f805ba6d9e13", [
    leaf("text/plain", t07, "UTF-8", "quoted-printable"),
    leaf("text/html", gmail_html(t07), "UTF-8", "quoted-printable")])
add(7, message(frm=("Rania Odeh", "rania.odeh.phd@gmail.example.com"),
               cc="Samir Haddadin <s.haddadin@zvu.example.edu.jo>",
               subject="Speaker proposal: Prof. Samir Haddadin (Faculty of Law, Zarqa Valley University)",
               date=rfcdate(r07 - dt.timedelta(seconds=4), 2), mid=mid07, recv=r07,
               relay="mail-lj1-f181.google.example.com", body=b07),
    r07, "speaker_request", "en", True, True,
    [sp("Samir Haddadin", "Professor of International Refugee Law",
        "Department of Public Law, Faculty of Law, Zarqa Valley University", ["roundtable"], 4)],
    [], None,
    "PhD student writes and proposes her supervisor; the sender (name, 'PhD Candidate', signature) is not the "
    "speaker; roundtable given as 'RT4'; supervisor in Cc")

# =================================================================== 08 fr speaker x2, HTML-only table, from Paris, 3 min before deadline
rows08 = [("Nom", "Fonction", "Établissement", "Intervention souhaitée"),
          ("Dr Joëlle Abi Nader", "Maître de conférences",
           "Institut des sciences politiques (ISP), Faculté de droit et des sciences politiques, Université Saint-Élie, Beyrouth",
           "Table ronde 1"),
          ("M. Georges Tannous", "Chercheur associé",
           "Centre d'études des migrations levantines (CEML), Université Saint-Élie",
           "Séance plénière")]
tbl = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
for i, r in enumerate(rows08):
    tag = "th" if i == 0 else "td"
    tbl += "<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(c), tag) for c in r) + "</tr>\n"
tbl += "</table>"
h08 = html_doc("""<p class="MsoNormal">Bonsoir,</p>
<p class="MsoNormal">Je vous écris depuis Paris où je suis en séjour de recherche ce mois-ci, en espérant que ce message vous parviendra encore dans les délais.</p>
<p class="MsoNormal">L'Institut des sciences politiques souhaite proposer les deux intervenants suivants pour la Revue régionale du Pacte mondial&nbsp;:</p>
%s
<p class="MsoNormal">Les deux intervenants peuvent s'exprimer en français, en arabe ou en anglais.</p>
<p class="MsoNormal">Avec mes remerciements anticipés et mes meilleures salutations,</p>
<p class="MsoNormal">Joëlle Abi Nader<br>ISP – USE<br>+961 3 402 118</p>""" % tbl)
mid08 = "<PR1P264MB2094E7C5B1A09D3F4C6B20E1A1B39@PR1P264MB2094.FRAP264.PROD.OUTLOOK.example.com>"
r08 = at("2021-02-05 23:57:20")
b08 = leaf("text/html", h08, "utf-8", "quoted-printable")
add(8, message(frm=("Joëlle Abi Nader", "joelle.abinader@use.example.edu.lb"),
               subject="Proposition d'intervenants - ISP / Université Saint-Élie",
               date=rfcdate(r08 - dt.timedelta(seconds=8), 1), mid=mid08, recv=r08,
               relay="mail-pr1fra01on2083.outbound.protection.outlook.example.com", body=b08,
               subject_q=True, extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr-FR"]),
    r08, "speaker_request", "fr", True, True,
    [sp("Joëlle Abi Nader", "Maître de conférences",
        "Institut des sciences politiques (ISP), Faculté de droit et des sciences politiques, Université Saint-Élie, Beyrouth",
        ["roundtable"], 1),
     sp("Georges Tannous", "Chercheur associé",
        "Centre d'études des migrations levantines (CEML), Université Saint-Élie", ["plenary"], None)],
    [], None,
    "HTML-only (no text/plain) with the speakers in a table; sender is one of the two speakers; 'Dr'/'M.' in "
    "the Nom column; deadline edge: 22:57 +0100 from Paris = 23:57 Beirut on 5 Feb, on time")

# =================================================================== 09 ar speaker, Gulf colloquial, iPhone, Kuwait, LATE
t09 = """السلام عليكم ورحمة الله

مساكم الله بالخير، ياليت تضيفون اسم الدكتورة منى الفضلي للمتحدثين، حابين تشارك بالنقاش المفتوح في الاستشارة يوم ٢٣ فبراير.

البيانات:
منى سالم الفضلي
أستاذ مساعد - قسم الاجتماع والخدمة الاجتماعية
كلية العلوم الاجتماعية، جامعة الخليج الوطنية - الكويت

معذرة على التأخير، توني شفت الايميل 🙏

عبدالله الرشيدي
منسق وحدة دراسات العمالة الوافدة

Sent from my iPhone
"""
mid09 = "<8E2D4F61-3B7A-4C9E-A0D5-71F6B2C3E9A4@gnu.example.edu.kw>"
r09 = at("2021-02-06 00:04:13")
b09 = leaf("text/plain", t09, "utf-8", "base64")
add(9, message(frm=("عبدالله الرشيدي", "a.alrashidi@gnu.example.edu.kw"),
               subject="اضافة متحدثة - النقاش المفتوح",
               date=rfcdate(r09 - dt.timedelta(seconds=8), 3), mid=mid09, recv=r09,
               relay="mail.gnu.example.edu.kw", body=b09, extra=IPHONE),
    r09, "speaker_request", "ar", True, False,
    [sp("منى سالم الفضلي", "أستاذ مساعد",
        "قسم الاجتماع والخدمة الاجتماعية كلية العلوم الاجتماعية، جامعة الخليج الوطنية - الكويت",
        ["open_discussion"], None)],
    [], None,
    "Gulf colloquial ('ياليت تضيفون', 'حابين', 'توني شفت'); iPhone, base64; proposes a colleague; affiliation "
    "split over two lines (department / faculty, university); deadline edge: Date Sat 6 Feb 01:04 +0300 = "
    "00:04 Beirut, late; Arabic-Indic digits")

# =================================================================== 10 en speaker, London, Date 22:05 +0000 looks on time, LATE
t10 = """Dear colleagues,

Apologies for the last-minute message - I only came across the call for speakers this evening via a colleague's retweet.

I'm a Research Fellow at the Centre for Migration and Diaspora Studies (CMDS), Northbridge University, London, where I work on remittances and diaspora engagement in Lebanon and Syria. If there is still room, I would be glad to serve as one of the rapporteurs summarising the stakeholders' key messages - I have done this for the GFMD civil society days in 2019.

Happy to send a short bio if helpful.

Best wishes,
Marwan

Northbridge University
School of Global Affairs | Centre for Migration and Diaspora Studies
Research Fellow
Marwan Qassem
Twitter: @mqassem_cmds
"""
mid10 = "<LO2P265MB3390B8F1D2C4A6E9F07D5A1BC8A29@LO2P265MB3390.GBRP265.PROD.OUTLOOK.example.com>"
r10 = at("2021-02-06 00:05:41")
b10 = leaf("text/plain", t10, "us-ascii", "7bit")
add(10, message(frm=("Qassem, Marwan", "m.qassem@northbridge.example.ac.uk"),
                subject="Rapporteur - GCM Regional Review Arab States",
                date=rfcdate(r10 - dt.timedelta(seconds=11), 0), mid=mid10, recv=r10,
                relay="mail-lo2gbr01on2102.outbound.protection.outlook.example.com", body=b10,
                extra=["X-Mailer: Microsoft Outlook for Mac 16.45", "Content-Language: en-GB"]),
    r10, "speaker_request", "en", True, False,
    [sp("Marwan Qassem", "Research Fellow",
        "Centre for Migration and Diaspora Studies (CMDS), Northbridge University, London", ["rapporteur"], None)],
    [], None,
    "deadline edge: Date header Fri 5 Feb 22:05 +0000 looks on time in London but it is 00:05 Beirut on 6 Feb, "
    "late; signature in reverse order (university, school/centre, title, name); From is 'Qassem, Marwan'")

# =================================================================== 11 fr both, Morocco, speaker part late
t11 = """Bonjour,

Nous vous prions de trouver en pièce jointe la contribution écrite du Laboratoire Migrations, Territoires et Développement (LMTD), Faculté des Lettres et des Sciences Humaines, Université Mohammed Premier, Oujda, dans le cadre de la revue régionale du PMM.

Par ailleurs, le directeur du laboratoire, le Pr Abdelhak Bennani, Professeur de l'enseignement supérieur en géographie humaine, souhaiterait faire une intervention en séance plénière, notamment sur la situation des migrants subsahariens bloqués à la frontière orientale. Nous savons que la date du 5 février est passée mais nous espérons que sa demande pourra quand même être prise en considération vu l'importance du sujet pour notre région.

Vous remerciant par avance,

Salma Ouazzani
Doctorante - Secrétariat scientifique du LMTD
FLSH Oujda
"""
mid11 = "<CAKp2Wm5Xe8rN0tQz4Yh7Bv1-dLs9cFj3gUo6Ri2aTx5MnKw8Pq@mail.gmail.com>"
r11 = at("2021-02-10 10:12:05")
fn11 = "Contribution_écrite_Revue_régionale_PMM_LMTD.docx"
docx11 = make_docx(["Contribution écrite à la Revue régionale du PMM", "LMTD - FLSH Oujda",
                    "Migrants subsahariens à la frontière orientale du Maroc"], (2021, 2, 9, 22, 10, 0))
b11 = multi("mixed", "0000000000003e7b9a05bafb8c41", [
    multi("alternative", "0000000000003e7b9805bafb8c3f", [
        leaf("text/plain", t11, "UTF-8", "quoted-printable"),
        leaf("text/html", gmail_html(t11), "UTF-8", "quoted-printable")]),
    attach(DOCX, docx11, fn11, "2231", extra=["X-Attachment-Id: f_kkz0p1q70"])])
add(11, message(frm=("Salma Ouazzani", "lmtd.oujda@gmail.example.com"),
                subject="Contribution écrite LMTD + demande d'intervention",
                date=rfcdate(r11 - dt.timedelta(seconds=7), 1), mid=mid11, recv=r11,
                relay="mail-wm1-f41.google.example.com", body=b11),
    r11, "both", "fr", True, False,
    [sp("Abdelhak Bennani", "Professeur de l'enseignement supérieur en géographie humaine",
        "Laboratoire Migrations, Territoires et Développement (LMTD), Faculté des Lettres et des Sciences Humaines, Université Mohammed Premier, Oujda",
        ["plenary"], None)],
    [fn11], None,
    "both: report on time (10 Feb) but speaker request after 5 Feb, so on_time false (sender admits it); "
    "speaker is the lab director, introduced by his role before his name; title as written after the name; "
    "sender is a PhD student on a generic lab Gmail address; RFC 2231 accented file name")

# =================================================================== 12 ar both, Outlook windows-1256 QP, list of 2 speakers + pdf
t12 = """حضرات السادة في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمين،

تحية طيبة،

يسرّ وحدة أبحاث الهجرة واللجوء في معهد العلوم الاجتماعية - الجامعة اللبنانية أن ترفق طيّه تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان (2018-2020)، وهو تقرير جماعي أعدّه فريق الوحدة.

كما نودّ اقتراح المتحدثَين التاليين للمشاركة في أعمال المؤتمر:

- الاسم: أ.د. سليم حداد
  الصفة: أستاذ علم الاجتماع ورئيس وحدة أبحاث الهجرة واللجوء
  الدور المقترح: المقرر لعرض الرسائل الرئيسية لأصحاب المصلحة

- الاسم: د. ريم عيسى
  الصفة: باحثة مشاركة
  الدور المقترح: مداخلة في المائدة المستديرة الثالثة

وتفضلوا بقبول فائق الاحترام،

نادين شمعون
أمانة سر الوحدة
وحدة أبحاث الهجرة واللجوء - معهد العلوم الاجتماعية - الجامعة اللبنانية
"""
mid12 = "<AM6PR03MB5160A7D2E94C1B38F6E2A0CDA4B49@AM6PR03MB5160.eurprd03.prod.outlook.example.com>"
r12 = at("2021-02-04 12:30:44")
AFF12 = "وحدة أبحاث الهجرة واللجوء - معهد العلوم الاجتماعية - الجامعة اللبنانية"
fn12 = "تقرير المراجعة الطوعية - وحدة أبحاث الهجرة واللجوء.pdf"
pdf12 = make_pdf(["Voluntary review report - Lebanon 2018-2020", "Migration and Asylum Research Unit",
                  "Institute of Social Sciences - Lebanese University"])
b12 = multi("mixed", "_004_AM6PR03MB5160A7D2E94C1B38F6E2A0CDA4B49AM6PR03MB5160eurp_", [
    multi("alternative", "_000_AM6PR03MB5160A7D2E94C1B38F6E2A0CDA4B49AM6PR03MB5160eurp_", [
        leaf("text/plain", t12, "windows-1256", "quoted-printable"),
        leaf("text/html", html_doc(t2h(t12), rtl=True, font="Simplified Arabic").replace("utf-8", "windows-1256"),
             "windows-1256", "quoted-printable")]),
    attach(PDF, pdf12, fn12, "2047")])
add(12, message(frm=("نادين شمعون", "mru.iss@ul.example.edu.lb"),
                subject="التقرير الطوعي واقتراح متحدثين - وحدة أبحاث الهجرة واللجوء",
                date=rfcdate(r12 - dt.timedelta(seconds=6), 2), mid=mid12, recv=r12,
                relay="mail-db8eur05on2050.outbound.protection.outlook.example.com", body=b12,
                subject_charset="windows-1256",
                extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ar-LB", "X-MS-Has-Attach: yes"]),
    r12, "both", "ar", True, True,
    [sp("سليم حداد", "أستاذ علم الاجتماع ورئيس وحدة أبحاث الهجرة واللجوء", AFF12, ["rapporteur"], None),
     sp("ريم عيسى", "باحثة مشاركة", AFF12, ["roundtable"], 3)],
    [fn12], None,
    "windows-1256 QP; speakers in a labelled list with 'أ.د.'/'د.' prefixes to strip; the speakers' "
    "affiliation is only implied (the sending unit, written in the letter and the signature); "
    "roundtable given as an ordinal word ('الثالثة'); report is collective")

# =================================================================== 13 en report v2, reply to 04, Riyadh time looks late, ON TIME
t13 = """Dear Colleagues,

Please find attached a revised version (v2) of our voluntary GCM review report, which replaces the version submitted on 9 February. We corrected an error in Table 3 (recruitment fees by sector) and added the Arabic executive summary requested by several of our partners.

Apologies for the late hour, and many thanks for your patience.

Best regards,
Rami

Rami Haddad, PhD
Associate Professor of Sociology | GCMR
Hamad Al-Khaleej University

-----Original Message-----
From: Rami Haddad <rhaddad@hku.example.edu.qa>
Sent: Tuesday, February 9, 2021 11:05 AM
To: gcmrrarabstates@iom.int
Cc: Lina Barakat <lbarakat@hku.example.edu.qa>; Yousef Al-Nasser <yalnasser@hku.example.edu.qa>
Subject: Submission: Voluntary GCM Review Report (GCMR, Hamad Al-Khaleej University)

Voluntary GCM Review Report - co-authored by:
Dr. Rami Haddad, Associate Professor of Sociology
Dr. Lina Barakat, Assistant Professor of Public Health
Yousef Al-Nasser, Research Associate
[...]
"""
mid13 = "<DB7PR02MB4625E93B07F1C2A8D5B6F41CD8B29@DB7PR02MB4625.eurprd02.prod.outlook.example.com>"
r13 = at("2021-02-16 23:58:31")
fn13 = "Haddad_Barakat_AlNasser_GCM_Voluntary_Review_2021_v2.docx"
docx13 = make_docx(["Voluntary GCM Review Report (v2)", "Gulf Centre for Migration Research (GCMR)",
                    "Rami Haddad, Lina Barakat, Yousef Al-Nasser", "Arabic executive summary",
                    "Table 3 (corrected). Recruitment fees reported by respondents, by sector"],
                   (2021, 2, 16, 23, 40, 0))
b13 = multi("mixed", "_004_DB7PR02MB4625E93B07F1C2A8D5B6F41CD8B29DB7PR02MB4625eurp_", [
    multi("alternative", "_000_DB7PR02MB4625E93B07F1C2A8D5B6F41CD8B29DB7PR02MB4625eurp_", [
        leaf("text/plain", t13, "us-ascii"),
        leaf("text/html", html_doc(t2h(t13)), "us-ascii")]),
    attach(DOCX, docx13, fn13)])
add(13, message(frm=("Rami Haddad", "rhaddad@hku.example.edu.qa"),
                subject="RE: Submission: Voluntary GCM Review Report (GCMR, Hamad Al-Khaleej University) - REVISED v2",
                date=rfcdate(r13 - dt.timedelta(seconds=11), 3), mid=mid13, recv=r13,
                relay="mail-am6eur05on2071.outbound.protection.outlook.example.com", body=b13,
                cc="Lina Barakat <lbarakat@hku.example.edu.qa>, \"Yousef Al-Nasser\" <yalnasser@hku.example.edu.qa>",
                irt=mid04, refs=mid04, extra=OUTLOOK + ["X-MS-Has-Attach: yes"]),
    r13, "voluntary_report", "en", True, True, [], [fn13], 4,
    "revised report replacing h109-04 (thread); deadline edge: Date header Wed 17 Feb 00:58 +0300 looks late "
    "but it is 23:58 Beirut on 16 Feb, on time; quoted original repeats the three co-authors (not speakers)")

# =================================================================== 14 en both, Sudan, Gmail plain, pdf
t14 = """Dear Regional Review Secretariat,

Greetings from Khartoum.

Attached please find the voluntary review report prepared by the Centre for Peace and Development Studies (CPDS), Faculty of Economic and Social Studies, Nile Valley University, on the implementation of the GCM in Sudan, with a focus on mixed migration along the eastern route and on the situation of returnees from Libya.

We would also like to nominate our Director to take part in the open discussion of the multi-stakeholder consultation on 23 February:

Name: Amna Elsheikh
Title: Associate Professor and Director, CPDS
Affiliation: Centre for Peace and Development Studies (CPDS), Nile Valley University

The internet connection in Khartoum is sometimes unstable, so we kindly request that the Zoom link be shared a few days in advance so that we can test it.

Best regards,
Tarig Osman
Research Assistant, CPDS
"""
mid14 = "<CAMr5Tz1hW8qE3bVn0yK7pGd-xJ2sLc9fQa4uRo6iBm3NeYt5Hw@mail.gmail.com>"
r14 = at("2021-02-03 13:18:50")
fn14 = "CPDS_GCM_Voluntary_Review_Sudan_Feb2021.pdf"
pdf14 = make_pdf(["Voluntary Review of the GCM - Sudan", "Centre for Peace and Development Studies (CPDS)",
                  "Nile Valley University, Khartoum"])
b14 = multi("mixed", "000000000000f2a61c05ba6b7d55", [
    leaf("text/plain", t14, "UTF-8", "7bit"),
    attach(PDF, pdf14, fn14, extra=["X-Attachment-Id: f_kkp9y4m20", "Content-ID: <f_kkp9y4m20>"])])
add(14, message(frm=("Tarig Osman", "cpds.nvu@gmail.example.com"),
                subject="CPDS voluntary report + nomination for open discussion",
                date=rfcdate(r14 - dt.timedelta(seconds=5), 2, "CAT"), mid=mid14, recv=r14,
                relay="mail-io1-f52.google.example.com", body=b14),
    r14, "both", "en", True, True,
    [sp("Amna Elsheikh", "Associate Professor and Director, CPDS",
        "Centre for Peace and Development Studies (CPDS), Faculty of Economic and Social Studies, Nile Valley University",
        ["open_discussion"], None)],
    [fn14], None,
    "both in one message; speaker in a Name/Title/Affiliation block, but the fullest affiliation written is in "
    "the first paragraph (with the faculty); the title repeats the acronym; sender is a research assistant on a "
    "generic address; Date header zone named (CAT)")

# =================================================================== 15 ar speaker follow-up to 02, Gmail reply base64, corrects title & role
t15 = """السادة المحترمون،

إلحاقاً برسالتي السابقة، أود تصحيح اللقب العلمي: أستاذ مشارك وليس أستاذ مساعد كما ورد سهواً، إذ صدر أمر الترقية الشهر الماضي.

كما أرجو، إن أمكن، تحويل طلبي من الجلسة العامة إلى مداخلة في المائدة المستديرة الثانية، لكونها أقرب إلى موضوع بحثي عن النزوح الداخلي.

مع الشكر والتقدير،
حيدر الجبوري
أستاذ مشارك
كلية العلوم السياسية - جامعة النهرين

‫في الاثنين، ١ فبراير ٢٠٢١ في ١:٤٠ م تمت كتابة ما يلي بواسطة حيدر الجبوري <haider.aljubouri@nahrainuniv.example.edu.iq>:‬
> السادة القائمون على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون،
> تحية طيبة وبعد،
>
> بالإشارة إلى رسالة الدعوة الكريمة ... يسعدني أن أعرب عن رغبتي في المشاركة بمداخلة في الجلسة العامة للمؤتمر
>
> أعمل أستاذ مساعد في كلية العلوم السياسية - جامعة النهرين، بغداد
>
> د. حيدر عبد الأمير الجبوري
"""
mid15 = "<CAH7q3kRz4mNb2Xc8Vt1Lp0-eW6gQyJ5sDk9fAu7hTo3Ki1PrBw@mail.gmail.com>"
r15 = at("2021-02-05 20:10:39")
b15 = multi("alternative", "000000000000c5d93a05ba9f1b02", [
    leaf("text/plain", t15, "UTF-8", "base64"),
    leaf("text/html", gmail_html(t15, rtl=True), "UTF-8", "base64")])
add(15, message(frm=("حيدر الجبوري", "haider.aljubouri@nahrainuniv.example.edu.iq"),
                subject="Re: طلب المشاركة بمداخلة في الجلسة العامة - المراجعة الإقليمية للاتفاق العالمي للهجرة",
                date=rfcdate(r15 - dt.timedelta(seconds=6), 3), mid=mid15, recv=r15,
                relay="mail-wr1-f49.google.example.com", body=b15, irt=mid02, refs=mid02),
    r15, "speaker_request", "ar", True, True,
    [sp("حيدر الجبوري", "أستاذ مشارك", "كلية العلوم السياسية - جامعة النهرين", ["roundtable"], 2)],
    [], 2,
    "follow-up to h109-02 that changes the title (أستاذ مشارك instead of أستاذ مساعد) and the role (plenary -> "
    "roundtable 2); the quoted original still says أستاذ مساعد / الجلسة العامة; roundtable as ordinal word; "
    "Gmail Arabic attribution line with bidi marks")

# =================================================================== 16 fr other, citing question, Thunderbird latin-1 QP
t16 = """Bonjour,

Je suis maître de conférences en démographie à l'Institut supérieur des
sciences humaines de Tunis (ISSHT), Université de Tunis El Manar, et je
finalise avec deux collègues un article sur la mise en oeuvre du PMM au
Maghreb pour la Revue européenne des migrations internationales.

Nous aimerions citer le rapport de synthèse de la revue régionale (et,
le cas échéant, certains rapports volontaires des parties prenantes).
Pourriez-vous nous indiquer :
- si un rapport de synthèse sera publié, et à quelle date approximative ;
- la forme de citation recommandée (auteur institutionnel : Réseau
  régional des Nations Unies sur les migrations ? OIM ? CESAO ?) ;
- si les rapports volontaires seront mis en ligne, et s'ils peuvent être
  cités nommément.

Merci d'avance pour votre aide.

Bien à vous,
Mehdi Gharbi
"""
mid16 = "<3b7e0f2a-9c41-5d86-b2e7-14a8f6c0d93e@issht.example.tn>"
r16 = at("2021-02-18 11:26:03")
b16 = leaf("text/plain", t16, "iso-8859-1", "quoted-printable", ctparams="; format=flowed")
add(16, message(frm=("Mehdi Gharbi", "mehdi.gharbi@issht.example.tn"),
                subject="Question : comment citer la revue régionale du PMM dans un article",
                date=rfcdate(r16 - dt.timedelta(seconds=4), 1), mid=mid16, recv=r16,
                relay="smtp.issht.example.tn", body=b16, subject_charset="iso-8859-1", subject_q=True,
                extra=THUNDERBIRD + ["Content-Language: fr"]),
    r16, "other", "fr", True, None, [], [], None,
    "question about citing the regional review in a journal article; the sender states an academic rank and "
    "affiliation but proposes no speaker and submits nothing; latin-1 QP; after both deadlines (irrelevant)")

# =================================================================== 17 en other, observers + interpretation, Outlook plain
t17 = """Dear Sir/Madam,

I coordinate the MA programme in Migration and Refugee Studies at the Institute of Graduate Studies, Middle East Technical College (Kuwait campus). A group of 14 second-year MA students would very much like to follow the Regional Review conference on 24-25 February as observers, as part of their course on global migration governance.

Could you please let us know:
(a) whether the plenary and roundtable sessions will be open to observers, and if so how they should register;
(b) whether simultaneous interpretation (Arabic/English/French) will be provided on the online platform.

The students will not request speaking time.

Thank you in advance,

Dr. Lubna Farouk
Associate Professor & Director of Graduate Studies
Institute of Graduate Studies | Middle East Technical College
"""
mid17 = "<SN6PR11MB3104D2F8A7C91E4B0A6F3D25C5A19@SN6PR11MB3104.namprd11.prod.outlook.example.com>"
r17 = at("2021-02-08 09:41:27")
b17 = leaf("text/plain", t17, "us-ascii", "7bit")
add(17, message(frm=("Lubna Farouk", "lfarouk@metc.example.edu.kw"),
                subject="Observers from MA programme - interpretation?",
                date=rfcdate(r17 - dt.timedelta(seconds=6), 3), mid=mid17, recv=r17,
                relay="mail-sn1nam02on2061.outbound.protection.outlook.example.com", body=b17,
                extra=OUTLOOK),
    r17, "other", "en", True, None, [], [], None,
    "logistics questions (observers, interpretation) from an academic with rank and long affiliation; mentions "
    "plenary and roundtable sessions but explicitly requests no speaking time")

# =================================================================== 18 ar other, Moroccan darija, deadline misprint question
t18 = """السلام عليكم،

بغيت نسول واحد السؤال عافاكم: فالرسالة بالعربية مكتوب بلي آخر أجل باش نطلبو الكلمة هو الجمعة 23 فبراير، ولكن فالنسخة الفرنسية مكتوب 5 فبراير. شنو هو التاريخ الصحيح؟

وزيد، حنا مجموعة ديال طلبة الماستر "الهجرة والتنمية" فكلية الآداب والعلوم الإنسانية ظهر المهراز بفاس، وخدامين على تقرير صغير على الشباب والهجرة غير النظامية. واش يمكن لينا نصيفطوه كتقرير طوعي ولا خاصو يكون من جمعية ولا مؤسسة؟

شكرا بزاف
يوسف العلوي
طالب باحث - ماستر الهجرة والتنمية
"""
mid18 = "<CAJz1Np7Tq4Wd0Rv9Xb3Kc6-mH2sFe8gLy5uAo1iQn7BtPw4ZxA@mail.gmail.com>"
r18 = at("2021-02-07 16:55:02")
b18 = multi("alternative", "000000000000e49b6c05bac3f721", [
    leaf("text/plain", t18, "UTF-8", "base64"),
    leaf("text/html", gmail_html(t18, rtl=True), "UTF-8", "base64")])
add(18, message(frm=("Youssef Alaoui", "youssef.alaoui.master@gmail.example.com"),
                subject="سؤال على الآجال",
                date=rfcdate(r18 - dt.timedelta(seconds=5), 1), mid=mid18, recv=r18,
                relay="mail-wm1-f54.google.example.com", body=b18),
    r18, "other", "ar", True, None, [], [], None,
    "Moroccan darija question about the Arabic misprint (23 Feb vs 5 Feb) and whether a students' report is "
    "eligible; mentions 'تقرير طوعي' and 'نطلبو الكلمة' but neither submits a report nor asks for a role")

# =================================================================== 19 en other, thank-you reply to our ack of 01
t19 = """Many thanks for the confirmation - much appreciated. We look forward to hearing from you regarding the programme.

Best,
Karim

Karim Nassar, PhD
Chair, Department of Political Studies and Public Administration
Faculty of Arts and Sciences | Levant American University

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 10:30 AM
To: Karim Nassar <karim.nassar@lau-b.example.edu>
Subject: Acknowledgement of receipt - speaking role request

Dear Karim Nassar,

Thank you for your message. We confirm receipt of your request for a speaking role at the Regional Review of the Global Compact for Migration in the Arab region. [...]
"""
mid19 = "<VI1PR0302MB27180F3A6D2B8C9E41A7F5D2C4B49@VI1PR0302MB2718.eurprd03.prod.outlook.example.com>"
r19 = at("2021-02-03 09:00:14")
b19 = leaf("text/plain", t19, "us-ascii", "quoted-printable")
add(19, message(frm=("Karim Nassar", "karim.nassar@lau-b.example.edu"),
                subject="RE: Acknowledgement of receipt - speaking role request",
                date=rfcdate(r19 - dt.timedelta(seconds=4), 2), mid=mid19, recv=r19,
                relay="mail-eopbgr80053.outbound.protection.outlook.example.com", body=b19,
                irt=OUR_ACK_01, refs=mid01 + " " + OUR_ACK_01, extra=OUTLOOK),
    r19, "other", "en", False, None, [], [], 1,
    "thank-you reply to our acknowledgement of h109-01, adds nothing new: must not be acknowledged; quoted ack "
    "mentions 'speaking role request'")

# =================================================================== 20 ar auto_reply, bilingual OOO
t20 = """شكراً لرسالتكم. أنا خارج المكتب في إجازة بحثية حتى 15 شباط/فبراير 2021 مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة المتعلقة بوحدة أبحاث الهجرة واللجوء يرجى التواصل مع أ. نادين شمعون: mru.iss@ul.example.edu.lb

Thank you for your email. I am on research leave until 15 February 2021 with limited access to email.
For urgent matters regarding the Migration and Asylum Research Unit please contact Ms Nadine Chamoun.

أ.د. سليم حداد
"""
mid20 = "<AM6PR03MB51602B7F0E19C4D8A3F6E11CDA4B49@AM6PR03MB5160.eurprd03.prod.outlook.example.com>"
r20 = at("2021-02-04 12:45:19")
b20 = leaf("text/plain", t20, "utf-8", "base64")
add(20, message(frm=("سليم حداد", "salim.haddad@ul.example.edu.lb"),
                subject="Automatic reply: إشعار باستلام - التقرير الطوعي واقتراح متحدثين",
                date=rfcdate(r20 - dt.timedelta(seconds=2), 2), mid=mid20, recv=r20,
                relay="mail-db8eur05on2050.outbound.protection.outlook.example.com", body=b20,
                irt=OUR_ACK_12, refs=OUR_ACK_12,
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Inbox-Rules-Loop: salim.haddad@ul.example.edu.lb", "Content-Language: ar-LB"]),
    r20, "auto_reply", "ar", False, None, [], [], None,
    "bilingual Arabic/English out-of-office from one of the speakers proposed in h109-12 (our ack was cc'd to "
    "him); names a unit and a contact but is machine-generated")

# =================================================================== 21 fr bounce, multipart/report
r21 = at("2021-02-14 19:52:07")
mid21 = "<20210214175207.6C1F2A0043@mx.use.example.edu.lb>"
dsn_text = """Ceci est le système de messagerie de l'Université Saint-Élie (mx.use.example.edu.lb).

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il est joint ci-dessous.

<labo.migrations@use.example.edu.lb> : l'adresse n'existe pas (550 5.1.1 User unknown)

Pour toute aide, contactez le service informatique (postmaster@use.example.edu.lb).
"""
dsn_status = """Reporting-MTA: dns; mx.use.example.edu.lb
X-Postfix-Queue-ID: 6C1F2A0043
Arrival-Date: Sun, 14 Feb 2021 19:52:05 +0200 (EET)

Final-Recipient: rfc822; labo.migrations@use.example.edu.lb
Original-Recipient: rfc822;labo.migrations@use.example.edu.lb
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.use.example.edu.lb
Diagnostic-Code: smtp; 550 5.1.1 <labo.migrations@use.example.edu.lb>: Recipient address rejected: User unknown in local recipient table
"""
dsn_hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Rita Khoury <rita.khoury@use.example.edu.lb>
Cc: labo.migrations@use.example.edu.lb
Subject: =?utf-8?B?QWNjdXPDqSBkZSByw6ljZXB0aW9uIC0gcmFwcG9ydCB2b2xvbnRhaXJl?=
Date: Sun, 14 Feb 2021 19:51:58 +0200
Message-ID: """ + OUR_ACK_22 + """
"""
b21 = multi("report", "6C1F2A0043.1613325127/mx.use.example.edu.lb", [
    "Content-Description: Notification\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n" + crlf(dsn_text),
    "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" + crlf(dsn_status),
    "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n" + crlf(dsn_hdrs)],
    params="; report-type=delivery-status")
add(21, message(frm=("Système de messagerie", "MAILER-DAEMON@mx.use.example.edu.lb"),
                subject="Non remis : Accusé de réception - rapport volontaire",
                date=rfcdate(r21 - dt.timedelta(seconds=1), 2, "EET"), mid=mid21, recv=r21,
                relay="mx.use.example.edu.lb", body=b21, subject_q=True,
                extra=["Auto-Submitted: auto-replied"]),
    r21, "bounce", "fr", False, None, [], [], None,
    "French-language DSN (multipart/report) for our acknowledgement of h109-22 cc'd to a dead lab address; "
    "mentions 'rapport volontaire' in the returned headers")
# the From header of a bounce is usually a bare address; rewrite the display name line
MESSAGES[-1] = (MESSAGES[-1][0], MESSAGES[-1][1].replace(
    b"Return-Path: <MAILER-DAEMON@mx.use.example.edu.lb>", b"Return-Path: <>"))

# =================================================================== 22 fr report, Levantine French, iPhone, RFC2231 pdf (en dash)
t22 = """Bonsoir,

Ci-joint le rapport collectif préparé par les étudiants du Master 2 « Migrations et sociétés » et leurs enseignantes, Département de sociologie, Faculté des lettres et des sciences humaines, Université Saint-Élie, dans le cadre de la revue régionale du Pacte mondial.

C'est un travail modeste mais on a essayé de faire entendre la voix des travailleuses domestiques migrantes au Liban, surtout après l'explosion du 4 août. Merci de nous confirmer la bonne réception svp, et si le format pose problème on peut vous envoyer une version Word.

Bien à vous,
Rita Khoury
Chargée d'enseignement
cc : labo migrations

Envoyé de mon iPhone
"""
mid22 = "<B7A2E1C4-9F3D-4A6B-8E05-2C1D7F9A3B68@use.example.edu.lb>"
r22 = at("2021-02-14 19:40:22")
fn22 = "Rapport collectif – Master Migrations et sociétés – USE.pdf"
pdf22 = make_pdf(["Rapport collectif - Revue regionale du PMM", "Master 2 Migrations et societes",
                  "Departement de sociologie - Universite Saint-Elie"])
b22 = multi("mixed", "Apple-Mail-7C3A1E92-4B0D-4F2E-A8C1-5D6E9B2F0A47", [
    leaf("text/plain", t22, "utf-8", "quoted-printable"),
    attach(PDF, pdf22, fn22, "2231")])
add(22, message(frm=("Rita Khoury", "rita.khoury@use.example.edu.lb"),
                cc="labo.migrations@use.example.edu.lb",
                subject="Rapport collectif Master Migrations - Revue régionale",
                date=rfcdate(r22 - dt.timedelta(seconds=9), 2), mid=mid22, recv=r22,
                relay="smtp.use.example.edu.lb", body=b22, extra=IPHONE),
    r22, "voluntary_report", "fr", True, True, [], [fn22], None,
    "Levantine French, iPhone; collective student/teacher report; attachment name with en dashes and accents "
    "(RFC 2231); offers a Word version later")

# =================================================================== 23 fr speaker x2, Algeria, Yahoo alt QP, prose list
t23 = """Bonjour Madame, Monsieur,

Dans le cadre de la Revue régionale du Pacte mondial pour les migrations, l'Unité de recherche Migrations et Mobilités (URMM) du Centre de recherche en sciences sociales d'Oran (CRSSO) a l'honneur de proposer deux intervenants :

- Mme Nassima Belkacem, maître de recherche classe A, cheffe de l'URMM, pour une intervention dans la table ronde 4 (si c'est bien celle consacrée au retour et à la réintégration, sinon celle qui s'en rapproche le plus) ;

- M. Yacine Hamidi, chercheur associé à l'URMM et doctorant à l'Université Oran 2 Mohamed Ben Ahmed, pour la discussion ouverte de la consultation du 23 février.

Les deux intervenants travaillent sur les harraga et sur les migrants subsahariens à Oran et Maghnia. Ils peuvent intervenir en arabe ou en français.

Cordialement

Secrétariat de l'URMM - CRSSO
Oran, Algérie

Envoyé de Yahoo Mail pour Android
"""
mid23 = "<1612534805.2847361.1612534812044@mail.yahoo.example.com>"
r23 = at("2021-02-05 16:20:12")
b23 = multi("alternative", "----=_Part_2847360_912384712.1612534805123", [
    leaf("text/plain", t23, "UTF-8", "quoted-printable"),
    leaf("text/html", "<html><head></head><body><div class=\"ydp3f1c2a9byahoo-style-wrap\">" + t2h(t23) +
         "</div></body></html>", "UTF-8", "quoted-printable")])
add(23, message(frm=("URMM CRSSO", "urmm.crsso@yahoo.example.fr"),
                subject="Proposition de deux intervenants - URMM/CRSSO",
                date=rfcdate(r23 - dt.timedelta(seconds=7), 1), mid=mid23, recv=r23,
                relay="sonic311-21.consmr.mail.ir2.yahoo.example.com", body=b23,
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"]),
    r23, "speaker_request", "fr", True, True,
    [sp("Nassima Belkacem", "maître de recherche classe A, cheffe de l'URMM",
        "Unité de recherche Migrations et Mobilités (URMM) du Centre de recherche en sciences sociales d'Oran (CRSSO)",
        ["roundtable"], 4),
     sp("Yacine Hamidi", "chercheur associé",
        "Unité de recherche Migrations et Mobilités (URMM) du Centre de recherche en sciences sociales d'Oran (CRSSO)",
        ["open_discussion"], None)],
    [], None,
    "two speakers proposed by an anonymous secretariat (Yahoo address); titles lower-case and run into the "
    "affiliation; second speaker has a double affiliation (URMM + university as a doctoral student); "
    "roundtable 4 with a hedge")

# =================================================================== 24 ar report, Egyptian, Outlook related+mixed, report + annex + logo
t24 = """السادة الأفاضل،

تحية طيبة وبعد،

مرفق لحضراتكم التقرير الطوعي الخاص ببرنامج دراسات الهجرة واللاجئين - كلية الاقتصاد والعلوم السياسية - جامعة النيل الأوسط، ومعاه ملحق الجداول الإحصائية في ملف إكسل منفصل، لأن الجداول كانت كبيرة ومش هتظهر كويس في الـ PDF.

التقرير ده حصيلة ورشتين عملناهم مع باحثين وطلبة دراسات عليا في ديسمبر ويناير، وبيركز على الهدفين 18 و19 من الاتفاق.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول وافر الاحترام،

م. ياسمين عبد الحميد
مدرس مساعد - برنامج دراسات الهجرة واللاجئين
كلية الاقتصاد والعلوم السياسية - جامعة النيل الأوسط
"""
mid24 = "<HE1PR07MB3290C1A8F4E6B27D9A03F5B2E5A19@HE1PR07MB3290.eurprd07.prod.outlook.example.com>"
r24 = at("2021-02-15 16:02:48")
fn24a = "التقرير الطوعي - برنامج دراسات الهجرة واللاجئين 2021.pdf"
fn24b = "ملحق الجداول الإحصائية.xlsx"
pdf24 = make_pdf(["Voluntary GCM review report", "Migration and Refugee Studies Programme",
                  "Faculty of Economics and Political Science - Middle Nile University", "Objectives 18 and 19"])
xlsx24 = make_xlsx([["Indicator", "2018", "2019", "2020"], ["Graduates working abroad (%)", "11.2", "12.5", "9.8"],
                    ["Skills recognition agreements", "2", "3", "3"]])
png24 = make_png()
h24 = html_doc(t2h(t24) + '\n<p><img width="48" height="16" src="cid:image001.png@01D703A1.6B2C4E10" '
               'alt="logo"></p>', rtl=True, font="Arial")
b24 = multi("mixed", "_006_HE1PR07MB3290C1A8F4E6B27D9A03F5B2E5A19HE1PR07MB3290eurp_", [
    multi("related", "_005_HE1PR07MB3290C1A8F4E6B27D9A03F5B2E5A19HE1PR07MB3290eurp_", [
        multi("alternative", "_000_HE1PR07MB3290C1A8F4E6B27D9A03F5B2E5A19HE1PR07MB3290eurp_", [
            leaf("text/plain", t24, "utf-8", "base64"),
            leaf("text/html", h24, "utf-8", "base64")]),
        attach("image/png", png24, "image001.png", disp="inline",
               extra=["Content-ID: <image001.png@01D703A1.6B2C4E10>"])], params='; type="multipart/alternative"'),
    attach(PDF, pdf24, fn24a, "2047"),
    attach(XLSX, xlsx24, fn24b, "2047")])
add(24, message(frm=("Yasmine Abdelhamid", "yasmine.abdelhamid@mnu.example.edu.eg"),
                subject="التقرير الطوعي - برنامج دراسات الهجرة واللاجئين - جامعة النيل الأوسط",
                date=rfcdate(r24 - dt.timedelta(seconds=5), 2), mid=mid24, recv=r24,
                relay="mail-he1eur04on2089.outbound.protection.outlook.example.com", body=b24,
                extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ar-EG", "X-MS-Has-Attach: yes"]),
    r24, "voluntary_report", "ar", True, True, [], [fn24a, fn24b], None,
    "Egyptian colloquial within a formal frame ('ومعاه', 'مش هتظهر كويس'); report = PDF + Excel annex (both "
    "count), inline signature logo image001.png does not; Arabic file names RFC 2047; rank مدرس مساعد but no "
    "speaker")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fname, raw in MESSAGES:
        assert b"\n" not in raw.replace(b"\r\n", b""), fname
        assert len(raw) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
