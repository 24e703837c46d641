#!/usr/bin/env python3
"""Write the blind evaluation set holdout64 (24 raw .eml messages + labels.json).

Deterministic, standard library only:
    /tmp/venv/bin/python tests/data/make_eval_sets64.py
People and organisations are invented (public/quasi-public bodies and INGO regional offices in the
Gulf, Jordan and Mauritania); domains are example.* domains.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import textwrap
import zipfile
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout64")
POL = policy.compat32.clone(linesep="\r\n")
TO = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))


# ----------------------------------------------------------------------------- helpers
def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def when(y, mo, d, h, mi, s, off=2):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")


def cs(name, enc="B"):
    c = Charset(name)
    c.header_encoding = BASE64 if enc == "B" else QP
    return c


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words as a Header object (folded by the generator)."""
    return Header(text, cs(charset, enc), maxlinelen=76)


def addr(name, address, charset=None, enc="B"):
    if charset is None:
        if any(c in name for c in ',.;:"()'):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    h = Header(name, cs(charset, enc))
    return "%s <%s>" % (h.encode(maxlinelen=998), address)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
              quote_cs=True):
    p = Message()
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if quote_cs else charset)
    if flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = b64lines(raw.replace(b"\n", b"\r\n"))
    else:  # 7bit / 8bit
        enc = raw.decode("ascii", "surrogateescape")
    p.set_payload(enc)
    return p


def multipart(subtype, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, extra, boundary)
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, ct_params, disposition, inline=False):
    p = Message()
    p["Content-Type"] = "%s;%s" % (ctype, ct_params)
    p["Content-Disposition"] = ("inline;" if inline else "attachment;") + disposition
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(b64lines(data))
    return p


def rfc2231_continued(name, chunk=40):
    """filename*0*=utf-8''..; filename*1*=... (percent-encoded, split in chunks)."""
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in name)
    pieces, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > chunk:
            pieces.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    pieces.append(cur)
    out = []
    for k, piece in enumerate(pieces):
        out.append("\n\tfilename*%d*=%s%s" % (k, "utf-8''" if k == 0 else "", piece))
    return ";".join(out)


def rfc2231_single(param, name):
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in name)
    return "\n\t%s*=utf-8''%s" % (param, enc)


def rfc2047_param(name):
    return Header(name, cs("utf-8", "B")).encode(maxlinelen=998)


def html_from_text(text, rtl=False, font="Calibri"):
    paras = text.strip("\n").split("\n\n")
    d = ' dir="rtl"' if rtl else ""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div%s style="font-family:%s,sans-serif;font-size:11pt">' % (d, font)]
    for para in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in para.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def flowed(text, width=72):
    """Format text as format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(w + " " for w in wrapped[:-1])
        out.append(wrapped[-1])
    return "\n".join(out)


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for l in lines:
        ops.append("(%s) Tj T*" % esc(l))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        buf.write(b"%010d 00000 n \n" % o)
    buf.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return buf.getvalue()


def make_docx(paragraphs, rtl=False):
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
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, html.escape(p, quote=False))
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def build(msg, headers, rcv, helo, ip, qid, return_path, inner_hop=None):
    """Serialise msg with headers (list of (name, value)) placed before the MIME headers."""
    mime = list(msg._headers)
    msg._headers = []
    for k, v in headers:
        msg[k] = v
    msg._headers.extend(mime)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg, unixfrom=False)
    body = buf.getvalue()
    rdate = rcv.strftime("%a, %-d %b %Y %H:%M:%S +0200 (EET)")
    trace = ["Return-Path: <%s>" % return_path,
             "Delivered-To: %s" % TO,
             "Received: from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
             "\tfor <%s>; %s" % (helo, helo, ip, qid, TO, rdate)]
    if inner_hop:
        trace.append(inner_hop)
    trace.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s"
                 % (return_path.split("@")[-1] or "mx1.iom.int"))
    return ("\r\n".join(trace) + "\r\n").encode("ascii") + body


MESSAGES = []  # (file, bytes, label)


def add(n, raw, label):
    fname = "h64-%02d.eml" % n
    label = dict(label)
    label["file"] = fname
    MESSAGES.append((fname, raw, label))
    return fname


def L(received_at, category, language, acknowledge, on_time, speakers, report_attachments, thread_of, notes):
    return {"received_at": received_at.isoformat(), "category": category, "language": language,
            "acknowledge": acknowledge, "on_time": on_time, "speakers": speakers,
            "report_attachments": report_attachments, "thread_of": thread_of, "notes": notes}


def S(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


MID = {}


# ----------------------------------------------------------------------------- 01 en speaker, long title
def m01():
    rcv = when(2021, 1, 28, 11, 2, 14)
    txt = """Dear Colleagues of the Regional UN Network on Migration,

With reference to your kind invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, the Supreme Council for Human Rights (SCHR) is pleased to nominate the following speaker for a floor intervention in the plenary session on 24-25 February 2021:

Name: Dr. Khalid Saeed Al-Enezi
Title: Senior Adviser to the President on Labour Mobility, Migrant Workers' Rights and Anti-Trafficking
Organisation: Supreme Council for Human Rights (SCHR)
Country: State of Kuwait

Dr. Al-Enezi has led the SCHR review of the sponsorship-related complaints received since 2019 and would be glad to share its findings.

Kindly note that SCHR will submit its written contribution separately.

With kind regards,

Noura Al-Mutairi
International Cooperation Officer | Office of the President
Supreme Council for Human Rights - SCHR
Kuwait City, State of Kuwait
T: +965 2200 0000 | www.schr-kw.example.org

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it from your system. Any views expressed in this message are those of the sender and do not necessarily represent the position of the Supreme Council for Human Rights.
"""
    msg = multipart("alternative", [text_part(txt, "plain", "us-ascii"),
                                    text_part(html_from_text(txt), "html", "us-ascii")],
                    "_000_AM6PR02MB4471E5C1A2B0C3D19F0B8C41A90AM6PR02MB4471eurp_")
    date = when(2021, 1, 28, 12, 1, 50, 3)
    mid = "<AM6PR02MB4471E5C1A2B0C3D19F0B8C41A9@AM6PR02MB4471.eurprd02.prod.outlook.com>"
    MID[1] = mid
    hdr = [("From", '"Al-Mutairi, Noura" <n.almutairi@schr-kw.example.org>'), ("To", TO),
           ("Subject", "Nomination of speaker - GCM Regional Review (plenary)"),
           ("Thread-Topic", "Nomination of speaker - GCM Regional Review (plenary)"),
           ("Thread-Index", "AdbzaGk1Q0m5b2yKQy2n1xq8h3V0Ag=="),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71",
                "4DRh1k0GQ9z1xw", "n.almutairi@schr-kw.example.org")
    add(1, raw, L(rcv, "speaker_request", "en", True, True,
                  [S("Khalid Saeed Al-Enezi",
                     "Senior Adviser to the President on Labour Mobility, Migrant Workers' Rights and Anti-Trafficking",
                     "Supreme Council for Human Rights (SCHR)", ["plenary"])],
                  [], None,
                  "nominator (International Cooperation Officer, in the signature) is not the speaker; 'Dr.' "
                  "honorific; long title containing commas (must not be split at the commas); organisation "
                  "written with acronym in the labelled line and as 'Supreme Council for Human Rights - SCHR' in the "
                  "signature; a separate 'Country:' line is not part of the affiliation; announces a written "
                  "contribution 'separately' (no report here); From display name 'Last, First'; long disclaimer."))


# ----------------------------------------------------------------------------- 02 ar speaker, form
def m02():
    rcv = when(2021, 1, 29, 14, 30, 40)
    txt = """السادة/ شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمين،

تحية طيبة وبعد،

إشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسر لجنة العمل والتنمية الاجتماعية والسكان في مجلس النواب الأردني أن ترشح سعادة الدكتورة رنا محمود العبادي للمداخلة في إحدى الموائد المستديرة المواضيعية، وفق البيانات التالية:

الاسم الثلاثي: رنا محمود العبادي
المسمى الوظيفي: مقررة اللجنة
الجهة: لجنة العمل والتنمية الاجتماعية والسكان - مجلس النواب الأردني
الدور المطلوب: مداخلة في المائدة المستديرة الثالثة

وتفضلوا بقبول فائق الاحترام،

أمانة سر اللجنة
لجنة العمل والتنمية الاجتماعية والسكان
مجلس النواب الأردني - عمّان
"""
    msg = multipart("alternative", [text_part(txt, "plain", "windows-1256"),
                                    text_part(html_from_text(txt, rtl=True, font="Simplified Arabic")
                                              .replace("charset=utf-8", "charset=windows-1256"),
                                              "html", "windows-1256")],
                    "----=_NextPart_000_01A4_01D6F64B.3C2E8A10")
    date = when(2021, 1, 29, 14, 30, 22)
    mid = "<000001d6f64b$3c2e8a10$b48b9e30$@parliament-jo.example.org>"
    MID[2] = mid
    hdr = [("From", addr("أمانة سر لجنة العمل", "labour.committee@parliament-jo.example.org", "windows-1256")),
           ("To", TO),
           ("Subject", ew("ترشيح متحدث - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة", "windows-1256")),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("MIME-Version", "1.0"),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzbC9cK3Vq0mJ9R1mQ8n2aUe4xDg=="),
           ("Content-Language", "ar-jo")]
    raw = build(msg, hdr, rcv, "mail.parliament-jo.example.org", "198.51.100.23", "4DRm0R2VxQz9Kp",
                "labour.committee@parliament-jo.example.org")
    add(2, raw, L(rcv, "speaker_request", "ar", True, True,
                  [S("رنا محمود العبادي", "مقررة اللجنة",
                     "لجنة العمل والتنمية الاجتماعية والسكان - مجلس النواب الأردني", ["roundtable"], 3)],
                  [], None,
                  "Arabic form ('الاسم الثلاثي' / 'المسمى الوظيفي' / 'الجهة' / 'الدور المطلوب'); honorifics "
                  "'سعادة الدكتورة' in the prose are not part of the name; the title 'مقررة اللجنة' (committee "
                  "rapporteur) is NOT the rapporteur role: the role asked is roundtable 3, written as the ordinal "
                  "word 'الثالثة'; sender is the committee secretariat (no personal name); windows-1256 QP, "
                  "windows-1256 B-encoded subject and display name."))


# ----------------------------------------------------------------------------- 03 fr speaker, Pr
def m03():
    rcv = when(2021, 2, 1, 9, 40, 5)
    txt = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à la Revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, l'Observatoire national des droits des migrants (ONDM) a l'honneur de vous proposer la candidature du Pr Ahmedou Ould Brahim Vall, Vice-président de l'ONDM, pour une intervention lors de la deuxième table ronde thématique.

Le Pr Ould Brahim Vall enseigne par ailleurs le droit public à l'Université de Nouakchott ; il a coordonné nos travaux sur la protection des migrants en transit le long du corridor atlantique.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

-- 
Mariem Mint Cheikhna
Secrétaire générale
Observatoire national des droits des migrants (ONDM)
Nouakchott – Mauritanie
"""
    msg = text_part(flowed(txt), "plain", "utf-8", "8bit", flowed=True)
    date = when(2021, 2, 1, 7, 39, 51, 0)
    mid = "<3f1c2a7e-9b0d-4e55-8c1a-0e7d2b6f4a19@ondm-mauritanie.example.org>"
    MID[3] = mid
    hdr = [("Subject", ew("Demande de prise de parole – Revue régionale du PMM", "utf-8", "Q")),
           ("To", TO),
           ("From", addr("Mariem Mint Cheikhna – Secrétariat général ONDM",
                         "sg@ondm-mauritanie.example.org", "utf-8", "Q")),
           ("Message-ID", mid), ("Date", format_datetime(date)),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
           ("MIME-Version", "1.0"), ("Content-Language", "fr")]
    raw = build(msg, hdr, rcv, "smtp.ondm-mauritanie.example.org", "196.200.64.18", "4DTk7m1Yq2z5Rd",
                "sg@ondm-mauritanie.example.org")
    add(3, raw, L(rcv, "speaker_request", "fr", True, True,
                  [S("Ahmedou Ould Brahim Vall", "Vice-président",
                     "Observatoire national des droits des migrants (ONDM)", ["roundtable"], 2)],
                  [], None,
                  "'Pr' honorific (no dot) is not part of the name; speaker in prose, title followed by "
                  "'de l'ONDM' (acronym only; fullest form of the organisation is in the first sentence and the "
                  "signature); the teaching post at the university is not his title here; roundtable as "
                  "'deuxième table ronde'; nominator (Secrétaire générale) is not the speaker; Thunderbird "
                  "format=flowed 8bit (the speaker's name is split across a soft line break: unflow before extracting); "
                  "Q-encoded subject and display name with en dash."))


# ----------------------------------------------------------------------------- 04 en report, Apple Mail
def m04():
    rcv = when(2021, 2, 1, 16, 5, 33)
    txt = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of Horizons Relief International, prepared by our Regional Office for the Middle East and North Africa in Amman. The report covers our programmes in Jordan, Lebanon and Iraq and focuses on GCM objectives 7, 15 and 16.

We are not requesting a speaking slot at this stage; our Regional Director may be in touch separately about the roundtables.

Best,
Tamer

Tamer Haddadin
Regional Advocacy Manager
Horizons Relief International | MENA Regional Office
Amman, Jordan
"""
    pdf = make_pdf(["Horizons Relief International - MENA Regional Office",
                    "Voluntary GCM Review Report, Arab Region, 2021",
                    "1. Context  2. Objectives 7, 15 and 16  3. Recommendations"])
    name = "HRI_MENA_GCM_Voluntary_Review_2021.pdf"
    msg = multipart("mixed", [
        text_part(txt, "plain", "utf-8"),
        attachment(pdf, "application/pdf", '\n\tname="%s"' % name, '\n\tfilename=%s' % name),
        text_part("\n\n", "plain", "us-ascii", "7bit"),
    ], "Apple-Mail=_5E0B7C2A-3D41-4A8F-9B61-2C7E0F9D1A34")
    date = when(2021, 2, 1, 16, 5, 20)
    mid = "<B7A1E4C0-52D3-4F7B-A6E9-0D2C91F83E57@horizonsrelief.example.org>"
    MID[4] = mid
    hdr = [("From", "Tamer Haddadin <t.haddadin@horizonsrelief.example.org>"),
           ("Content-Type", None), ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.40.0.2.32\\))"),
           ("Subject", ew("Voluntary GCM Review Report – Horizons Relief International (MENA Regional Office)",
                          "utf-8", "Q")),
           ("Message-Id", mid), ("Date", format_datetime(date)), ("To", TO),
           ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    hdr = [h for h in hdr if h[1] is not None]
    raw = build(msg, hdr, rcv, "smtp.horizonsrelief.example.org", "203.0.113.41", "4DTvX30bnkz2Hs",
                "t.haddadin@horizonsrelief.example.org")
    add(4, raw, L(rcv, "voluntary_report", "en", True, True, [], [name], None,
                  "report PDF attached (Apple Mail, trailing empty text part after the attachment); explicitly "
                  "says no speaking slot is requested and mentions roundtables and a Regional Director: no speaker."))


# ----------------------------------------------------------------------------- 05 ar report, Gmail RFC 2047 name
def m05():
    rcv = when(2021, 2, 2, 10, 20, 12)
    txt = """السلام عليكم ورحمة الله وبركاته،

تحية طيبة، وبعد،

يسرّ مكتب أمين المظالم العمالية في سلطنة عُمان أن يرفق طيه تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية للفترة ٢٠١٨–٢٠٢٠، ويتناول التقرير آليات تلقي شكاوى العمال المهاجرين وتسويتها، مع توصيات للمرحلة المقبلة.

نرجو التكرم بتأكيد الاستلام.

مع خالص التحيات،
سالم بن ناصر الحارثي
رئيس قسم الشكاوى والتسوية
مكتب أمين المظالم العمالية - مسقط
"""
    name = "التقرير الطوعي - مكتب أمين المظالم العمالية 2021.docx"
    docx = make_docx(["التقرير الطوعي لمكتب أمين المظالم العمالية",
                      "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة 2021",
                      "أولاً: آليات تلقي الشكاوى. ثانياً: التسوية الودية. ثالثاً: التوصيات."], rtl=True)
    htm = '<div dir="rtl">' + "<br>".join(html.escape(l) for l in txt.strip().split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(txt, "plain", "UTF-8", "base64"),
                                    text_part(htm, "html", "UTF-8", "base64")],
                    "000000000000a1c3e905ba5b7d2e")
    ename = rfc2047_param(name)
    att = attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     ' \n\tname="%s"' % ename, ' \n\tfilename="%s"' % ename)
    att["X-Attachment-Id"] = "f_kkp3q1v20"
    att["Content-ID"] = "<f_kkp3q1v20>"
    msg = multipart("mixed", [alt, att], "000000000000a1c3e705ba5b7d2f")
    date = when(2021, 2, 2, 12, 19, 58, 4)
    mid = "<CAH7qT0vJ8nq2mY4yB1uR6s+ZkQ0x9eLwK3pD5fAa_c2Vn0Ue1g@mail.gmail.com>"
    MID[5] = mid
    hdr = [("MIME-Version", "1.0"), ("From", addr("سالم بن ناصر الحارثي", "salem.alharthi.lo@gmail.example.com", "utf-8")),
           ("Date", format_datetime(date)), ("Message-ID", mid),
           ("Subject", ew("التقرير الطوعي لمكتب أمين المظالم العمالية - سلطنة عمان")), ("To", TO)]
    raw = build(msg, hdr, rcv, "mail-wr1-f54.google.com", "209.85.221.54", "4DVLq96Hhvz1Mg",
                "salem.alharthi.lo@gmail.example.com")
    add(5, raw, L(rcv, "voluntary_report", "ar", True, True, [], [name], None,
                  "Gmail style: Arabic DOCX name RFC 2047-encoded inside quoted name/filename parameters "
                  "(not RFC 2231); base64 UTF-8 text and HTML parts; 'يرفق طيه' = 'attached herewith'; Arabic-Indic "
                  "digits; sent from a personal Gmail address on behalf of the office."))


# ----------------------------------------------------------------------------- 06 fr other, interpretation
def m06():
    rcv = when(2021, 2, 2, 15, 45, 51)
    txt = """Bonjour,

Je me permets de vous ecrire au nom du service des affaires sociales de la Mairie de Nouadhibou. Nous avons bien recu la lettre d'invitation et nous envisageons de proposer un intervenant pour l'une des tables rondes.

Avant cela, pourriez-vous nous preciser si une interpretation simultanee en francais sera assuree pendant les tables rondes du 24 et 25 fevrier ? Notre intervenant pourrait-il s'exprimer en arabe (hassaniya) ou faut-il prevoir l'arabe standard ?

Merci d'avance pour votre retour.
Cordialement

Brahim Ould Mbareck
Service des affaires sociales
Mairie de Nouadhibou
"""
    htm = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
           'Helvetica, Arial, sans-serif;font-size:13px;">' +
           "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br>") for l in txt.strip().split("\n")) +
           "</div></body></html>\n")
    msg = multipart("alternative", [text_part(txt, "plain", "UTF-8"), text_part(htm, "html", "UTF-8")],
                    "----=_Part_1843275_1029384756.1612273540118")
    date = when(2021, 2, 2, 13, 45, 40, 0)
    mid = "<1029384756.1843276.1612273540119@mail.yahoo.example.com>"
    MID[6] = mid
    hdr = [("Date", format_datetime(date)), ("From", "Brahim Ould Mbareck <b.mbareck@yahoo.example.com>"),
           ("To", TO), ("Message-ID", mid),
           ("Subject", "Question interpretation - tables rondes 24/25 fevrier"), ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    raw = build(msg, hdr, rcv, "sonic310-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.147",
                "4DVTz20c1vz3Lq", "b.mbareck@yahoo.example.com")
    add(6, raw, L(rcv, "other", "fr", True, None, [], [], None,
                  "question about French interpretation and the language of interventions, written without "
                  "accents; announces that a speaker may be proposed later but names nobody: no speaker, "
                  "category other (Yahoo webmail)."))


# ----------------------------------------------------------------------------- 07 en speaker, HTML-only, signature table
def m07():
    rcv = when(2021, 2, 3, 11, 30, 8)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr">
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Dear Sir/Madam,</p>
<p>Further to the invitation letter, I would like to request a floor intervention in one of the plenary sessions of the Regional Review Conference on 24-25 February, to present our office&#8217;s work on fair recruitment and access to justice for domestic workers in the Gulf.</p>
<p>Apologies for writing from my personal account; our office e-mail is experiencing issues this week. Please send any reply to my work address.</p>
<p>Best regards,</p>
</div>
<table cellspacing="0" cellpadding="0" border="0" style="border-left:3px solid #00539b;font-family:Arial,sans-serif;font-size:9pt">
<tbody>
<tr><td style="padding:2px 8px"><b>Fatima Al Zaabi</b></td></tr>
<tr><td style="padding:2px 8px">Head of Policy and Advocacy</td></tr>
<tr><td style="padding:2px 8px">Mercy Bridge International (MBI), Gulf Regional Office</td></tr>
<tr><td style="padding:2px 8px">Abu Dhabi, United Arab Emirates&nbsp;|&nbsp;T +971 2 000 0000</td></tr>
</tbody>
</table>
</body></html>
"""
    msg = text_part(htm, "html", "utf-8", "quoted-printable")
    date = when(2021, 2, 3, 13, 29, 55, 4)
    mid = "<DB7PR04MB5020C81B2E3A4F7D0B9E6A12C1A90@DB7PR04MB5020.eurprd04.prod.outlook.com>"
    MID[7] = mid
    hdr = [("From", "Fatima Al Zaabi <fatima.alzaabi@outlook.example.com>"), ("To", TO),
           ("Reply-To", "f.alzaabi@mercybrige.example.org"),
           ("Subject", "Request for speaking role - plenary"), ("Date", format_datetime(date)),
           ("Message-ID", mid), ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "EUR04-DB3-obe.outbound.protection.outlook.example.com", "40.92.73.21",
                "4DW2fT6YcXz4Nb", "fatima.alzaabi@outlook.example.com")
    add(7, raw, L(rcv, "speaker_request", "en", True, True,
                  [S("Fatima Al Zaabi", "Head of Policy and Advocacy",
                     "Mercy Bridge International (MBI), Gulf Regional Office", ["plenary"])],
                  [], None,
                  "HTML-only (no text/plain); the speaker is the sender and her name, title and organisation "
                  "are only in the HTML signature table; personal mailbox with a Reply-To work address that "
                  "contains a typo (the acknowledgement to it bounces, see h64-08)."))


# ----------------------------------------------------------------------------- 08 en bounce
def m08():
    rcv = when(2021, 2, 3, 11, 30, 41)
    human = """This is the mail system at host smtp-out.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<f.alzaabi@mercybrige.example.org>: Host or domain name not found. Name service
    error for name=mercybrige.example.org type=AAAA: Host not found
"""
    p1 = text_part(human, "plain", "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; smtp-out.iom.int"
    b1["X-Postfix-Queue-ID"] = "4DW2fV1kQRz7Tt"
    b1["X-Postfix-Sender"] = "rfc822; gcmrrarabstates@iom.int"
    b1["Arrival-Date"] = "Wed,  3 Feb 2021 11:30:39 +0200 (EET)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; f.alzaabi@mercybrige.example.org"
    b2["Original-Recipient"] = "rfc822;f.alzaabi@mercybrige.example.org"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found. Name service error for name=mercybrige.example.org type=AAAA: Host not found"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([b1, b2])
    hdrs = ("Received: by smtp-out.iom.int (Postfix, from userid 1001)\n\tid 4DW2fV1kQRz7Tt; Wed,  3 Feb 2021 11:30:39 +0200 (EET)\n"
            "From: gcmrrarabstates@iom.int\nTo: f.alzaabi@mercybrige.example.org\n"
            "Subject: Acknowledgement of receipt: Request for speaking role - plenary\n"
            "In-Reply-To: %s\nMessage-ID: <ack.20210203113039.7f3a@iom.int>\n"
            "Date: Wed, 03 Feb 2021 11:30:39 +0200\nAuto-Submitted: auto-replied\n" % MID[7])
    p3 = Message()
    p3["Content-Description"] = "Undelivered Message Headers"
    p3["Content-Type"] = "text/rfc822-headers"
    p3.set_payload(hdrs)
    msg = multipart("report", [p1, ds, p3], "4DW2fW0s9Kz7Tx.1612344641/smtp-out.iom.int",
                    extra=" report-type=delivery-status;")
    mid = "<20210203093041.4DW2fW0s9Kz7Tx@smtp-out.iom.int>"
    MID[8] = mid
    hdr = [("Date", "Wed,  3 Feb 2021 11:30:41 +0200 (EET)"),
           ("From", "MAILER-DAEMON@smtp-out.iom.int (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", TO),
           ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("Message-Id", mid)]
    raw = build(msg, hdr, rcv, "smtp-out.iom.int", "192.0.2.25", "4DW2fW3pLdz1Vv", "")
    add(8, raw, L(rcv, "bounce", "en", False, None, [], [], None,
                  "Postfix DSN (5.4.4, domain not found) for the acknowledgement sent to the mistyped Reply-To "
                  "of h64-07; the returned headers quote the speaking-role subject; empty Return-Path; never "
                  "acknowledge."))


# ----------------------------------------------------------------------------- 09 ar three speakers
def m09():
    rcv = when(2021, 2, 3, 17, 10, 25)
    txt = """السادة فريق المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

بالإشارة إلى كتاب الدعوة، نود ترشيح الزملاء التالية أسماؤهم للمشاركة في أعمال المراجعة الإقليمية:

١- المهندس سامر خليل الحوراني، رئيس وحدة التنمية المحلية، بلدية الرصيفة الكبرى – مداخلة في المائدة المستديرة الأولى.
٢- السيدة هبة عدنان الزعبي، منسقة برنامج دمج اللاجئين والمجتمع المضيف، بلدية الرصيفة الكبرى – المشاركة في النقاش المفتوح ضمن التشاور مع أصحاب المصلحة المتعددين.
٣- الأستاذ يزن فارس القضاة، بلدية الرصيفة الكبرى – المشاركة في النقاش المفتوح أيضاً.

علماً بأن الأستاذ يزن انضم حديثاً إلى فريقنا ولم يُعتمد مسماه الوظيفي بعد.

مع الشكر والتقدير،
م. عبير سليمان النجار
مديرة الشؤون الاجتماعية
بلدية الرصيفة الكبرى
المملكة الأردنية الهاشمية
"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
           '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<div dir="rtl">\n' +
           "".join("<p>%s</p>\n" % "<br />\n".join(html.escape(l, quote=False) for l in para.split("\n"))
                   for para in txt.strip().split("\n\n")) + "</div>\n</body></html>\n")
    msg = multipart("alternative", [text_part(txt, "plain", "UTF-8", "quoted-printable", quote_cs=False),
                                    text_part(htm, "html", "UTF-8", "quoted-printable", quote_cs=False)],
                    "=_8c2f4b0e71a93d5e6f0a1b2c3d4e5f60")
    date = when(2021, 2, 3, 17, 10, 5)
    mid = "<8c2f4b0e71a93d5e6f0a1b2c3d4e5f61@russeifa-municipality.example.org>"
    MID[9] = mid
    hdr = [("MIME-Version", "1.0"), ("Date", format_datetime(date)),
           ("From", addr("عبير النجار", "a.najjar@russeifa-municipality.example.org", "utf-8")),
           ("To", TO), ("Subject", ew("طلب مشاركة ثلاثة متحدثين من بلدية الرصيفة الكبرى")),
           ("Organization", "Greater Russeifa Municipality"), ("Message-ID", mid),
           ("X-Sender", "a.najjar@russeifa-municipality.example.org"),
           ("User-Agent", "Roundcube Webmail/1.4.10")]
    raw = build(msg, hdr, rcv, "webmail.russeifa-municipality.example.org", "198.51.100.77", "4DW9tC0hS4z6Qm",
                "a.najjar@russeifa-municipality.example.org")
    aff = "بلدية الرصيفة الكبرى"
    add(9, raw, L(rcv, "speaker_request", "ar", True, True,
                  [S("سامر خليل الحوراني", "رئيس وحدة التنمية المحلية", aff, ["roundtable"], 1),
                   S("هبة عدنان الزعبي", "منسقة برنامج دمج اللاجئين والمجتمع المضيف", aff, ["open_discussion"]),
                   S("يزن فارس القضاة", None, aff, ["open_discussion"])],
                  [], None,
                  "three speakers in an Arabic-Indic numbered list, name/title/organisation comma-separated after "
                  "honorifics (المهندس / السيدة / الأستاذ, not part of the names); the third has no title (null, "
                  "the message says so); roundtable as ordinal 'الأولى'; sender (م. = engineer) is not a speaker; "
                  "organisation-hosted Roundcube webmail."))


# ----------------------------------------------------------------------------- 10 ar auto-reply
def m10():
    rcv = when(2021, 2, 3, 17, 12, 3)
    txt = """أشكركم على رسالتكم.
أنا خارج المكتب في مهمة رسمية من ٤ إلى ١١ شباط ٢٠٢١ مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للأمور العاجلة المتعلقة بالمشاركة في المؤتمرات يرجى التواصل مع مكتب الشؤون الاجتماعية على الرقم ‎+962 5 000 0000.

Thank you for your email. I am out of the office on an official mission from 4 to 11 February 2021 with limited access to email. For urgent matters, please contact the Social Affairs Office.

م. عبير سليمان النجار
"""
    msg = text_part(txt, "plain", "UTF-8", "8bit", quote_cs=False)
    date = when(2021, 2, 3, 17, 11, 58)
    mid = "<vacation.20210203171158.2b7e@russeifa-municipality.example.org>"
    MID[10] = mid
    hdr = [("Date", format_datetime(date)),
           ("From", addr("عبير النجار", "a.najjar@russeifa-municipality.example.org", "utf-8")),
           ("To", TO),
           ("Subject", ew("رد آلي: Re: شكراً لكم - تم استلام طلب المشاركة")),
           ("In-Reply-To", "<ack.20210203171041.91c2@iom.int>"),
           ("References", "%s <ack.20210203171041.91c2@iom.int>" % MID[9]),
           ("Message-ID", mid), ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
           ("X-Autoreply", "yes"), ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "webmail.russeifa-municipality.example.org", "198.51.100.77", "4DW9wM2bF1z6Qr",
                "")
    add(10, raw, L(rcv, "auto_reply", "ar", False, None, [], [], None,
                  "bilingual (Arabic then English) vacation auto-reply of the sender of h64-09 to our "
                  "acknowledgement (Auto-Submitted: auto-replied (vacation), X-Autoreply, empty Return-Path); "
                  "mentions participation in conferences; References name h64-09 but robots get no thread_of "
                  "and no acknowledgement."))


# ----------------------------------------------------------------------------- 11 fr report DOCX + annex
def m11():
    rcv = when(2021, 2, 4, 9, 5, 17)
    txt = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de Solidarités Sahel International (SSI) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, ainsi que son annexe statistique (données par région), qui fait partie intégrante du rapport.

Ce rapport a été préparé par notre bureau régional de Nouakchott en concertation avec nos partenaires communaux en Mauritanie.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

Aminata Diallo
Chargée de plaidoyer régional
Solidarités Sahel International (SSI) – Bureau régional Afrique de l'Ouest et Maghreb
Nouakchott, Mauritanie

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer.
"""
    name1 = "Rapport_volontaire_PMM_Solidarités_Sahel_2021.docx"
    name2 = "Annexe_1_Données_par_région.pdf"
    docx = make_docx(["Solidarités Sahel International – Rapport volontaire sur la mise en œuvre du PMM",
                      "1. Contexte  2. Actions  3. Difficultés  4. Recommandations"])
    pdf = make_pdf(["Solidarites Sahel International - Annexe 1", "Donnees par region (2019-2020)"])
    alt = multipart("alternative", [text_part(txt, "plain", "windows-1252"),
                                    text_part(html_from_text(txt).replace("charset=utf-8", "charset=windows-1252"),
                                              "html", "windows-1252")],
                    "_000_PR1P264MB1789A4C0E3B8D2F61C7E9B40A2PR1P264MB1789FRAP_")
    a1 = attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    rfc2231_single("name", name1), "" + rfc2231_continued(name1, 30))
    a2 = attachment(pdf, "application/pdf", rfc2231_single("name", name2), rfc2231_continued(name2, 40))
    msg = multipart("mixed", [alt, a1, a2], "_004_PR1P264MB1789A4C0E3B8D2F61C7E9B40A2PR1P264MB1789FRAP_")
    date = when(2021, 2, 4, 7, 5, 2, 0)
    mid = "<PR1P264MB1789A4C0E3B8D2F61C7E9B40A2@PR1P264MB1789.FRAP264.PROD.OUTLOOK.COM>"
    MID[11] = mid
    hdr = [("From", addr("Diallo Aminata", "aminata.diallo@solsahel.example.org")), ("To", TO),
           ("Subject", ew("Rapport volontaire PMM – Solidarités Sahel International", "windows-1252", "Q")),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("Accept-Language", "fr-FR, en-US"),
           ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "mail-pr1fra01on2080.outbound.protection.outlook.example.com", "40.107.12.80",
                "4DWXd81cQ0z8Lk", "aminata.diallo@solsahel.example.org")
    add(11, raw, L(rcv, "voluntary_report", "fr", True, True, [], [name1, name2], None,
                   "report made of a DOCX plus a PDF statistical annex declared 'partie intégrante du rapport': "
                   "both are report attachments; accented file names in RFC 2231 (filename*0*/filename*1* "
                   "continuations, name* in Content-Type); windows-1252 QP body (œ); From display name "
                   "'Last First'."))


# ----------------------------------------------------------------------------- 12 en both, title in a sentence
def m12():
    rcv = when(2021, 2, 4, 13, 25, 44)
    txt = """Dear colleagues,

I hope this finds you well. Attached please find the voluntary GCM review submitted by our Commission.

In addition, I would like to put myself forward as rapporteur to deliver the stakeholders' key messages. I work as Director of the Grievances and Mediation Unit at the Jordan Commission for Labour Inspection and Grievances, and I have followed the consultations with workers' and employers' groups over the past year.

Kind regards,
Dana

--
Dana Khreisat
Jordan Commission for Labour Inspection and Grievances (JCLIG)
Amman 11181, Jordan
"""
    name = "JCLIG_GCM_Voluntary_Review.pdf"
    pdf = make_pdf(["Jordan Commission for Labour Inspection and Grievances (JCLIG)",
                    "Voluntary GCM Review - Arab Region 2021"])
    htm = '<div dir="ltr">' + "<br>".join(html.escape(l, quote=False) for l in txt.strip().split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(txt, "plain", "UTF-8"), text_part(htm, "html", "UTF-8")],
                    "000000000000c7d12e05ba7f3b90")
    att = attachment(pdf, "application/pdf", ' name="%s"' % name, ' filename="%s"' % name)
    att["X-Attachment-Id"] = "f_kkr8b2m40"
    att["Content-ID"] = "<f_kkr8b2m40>"
    msg = multipart("mixed", [alt, att], "000000000000c7d12f05ba7f3b91")
    date = when(2021, 2, 4, 13, 25, 30)
    mid = "<CAJm8kPq3vZ9rT2wXy6n0LbE4fHs1c7uR_Dq5oGt8eKz2iW3aBA@mail.gmail.com>"
    MID[12] = mid
    hdr = [("MIME-Version", "1.0"), ("From", "Dana Khreisat <d.khreisat@jclig.example.org>"),
           ("Date", format_datetime(date)), ("Message-ID", mid),
           ("Subject", "GCM voluntary review + speaking request (rapporteur)"), ("To", TO)]
    raw = build(msg, hdr, rcv, "mail-ej1-f43.google.com", "209.85.218.43", "4DWgY62pN3z9Hc",
                "d.khreisat@jclig.example.org")
    add(12, raw, L(rcv, "both", "en", True, True,
                   [S("Dana Khreisat", "Director of the Grievances and Mediation Unit",
                      "Jordan Commission for Labour Inspection and Grievances (JCLIG)", ["rapporteur"])],
                   [name], None,
                   "report PDF plus a self-nomination as rapporteur; title and organisation only in a sentence "
                   "('I work as ... at ...', organisation without acronym there), full name and acronym only in "
                   "the signature (which has no title); Google Workspace mail."))


# ----------------------------------------------------------------------------- 13 fr speaker, no title
def m13():
    rcv = when(2021, 2, 4, 18, 40, 9)
    txt = """Bonjour,

Le Conseil régional de Dakhlet Nouadhibou souhaite participer à la Revue régionale. Nous proposons M. Cheikh Ahmed Ould Beddi pour une intervention dans la table ronde 4.

Cordialement,
Khadijetou Mint Ely
Assistante de direction
Conseil régional de Dakhlet Nouadhibou
"""
    htm = '<div dir="ltr">' + "<br>".join(html.escape(l, quote=False) for l in txt.strip().split("\n")) + "</div>\n"
    msg = multipart("alternative", [text_part(txt, "plain", "UTF-8"), text_part(htm, "html", "UTF-8")],
                    "0000000000004e8a1b05ba85c2d7")
    date = when(2021, 2, 4, 16, 39, 55, 0)
    mid = "<CAN4xR7pLw0q2Tz8vYb5m1KcJ9e3sHf6uQ_Pd0aGn4oWt7iE2Fw@mail.gmail.com>"
    MID[13] = mid
    hdr = [("MIME-Version", "1.0"), ("From", "Khadijetou Mint Ely <k.mintely.crdn@gmail.example.com>"),
           ("Date", format_datetime(date)), ("Message-ID", mid),
           ("Subject", ew("Participation Revue régionale – table ronde 4", "UTF-8", "B")), ("To", TO)]
    raw = build(msg, hdr, rcv, "mail-wm1-f41.google.com", "209.85.128.41", "4DWsK02tR7z3Pf",
                "k.mintely.crdn@gmail.example.com")
    add(13, raw, L(rcv, "speaker_request", "fr", True, True,
                   [S("Cheikh Ahmed Ould Beddi", None, "Conseil régional de Dakhlet Nouadhibou", ["roundtable"], 4)],
                   [], None,
                   "speaker's title not given (null; completed in h64-14); 'M.' honorific; the title in the "
                   "signature ('Assistante de direction') belongs to the sender, not the speaker; affiliation "
                   "from the proposing council."))


# ----------------------------------------------------------------------------- 14 fr follow-up adds title
def m14():
    rcv = when(2021, 2, 5, 10, 15, 33)
    txt = """Bonjour,

Suite à mon message d'hier, je complète les informations sur notre intervenant pour la table ronde 4 :

Nom : Cheikh Ahmed Ould Beddi
Fonction : Vice-président chargé de la coopération décentralisée et des migrations
Institution : Conseil régional de Dakhlet Nouadhibou

Cordialement,
Khadijetou Mint Ely

Le jeu. 4 févr. 2021 à 16:39, Khadijetou Mint Ely <k.mintely.crdn@gmail.example.com> a écrit :

> Bonjour,
>
> Le Conseil régional de Dakhlet Nouadhibou souhaite participer à la Revue
> régionale. Nous proposons M. Cheikh Ahmed Ould Beddi pour une intervention
> dans la table ronde 4.
>
> Cordialement,
> Khadijetou Mint Ely
> Assistante de direction
> Conseil régional de Dakhlet Nouadhibou
>
"""
    new, quoted = txt.split("\nLe jeu.", 1)
    htm = ('<div dir="ltr">' + "<br>".join(html.escape(l, quote=False) for l in new.strip().split("\n")) +
           '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le jeu.' +
           html.escape(quoted.split("\n")[0], quote=False) +
           '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
           'rgb(204,204,204);padding-left:1ex"><div dir="ltr">' +
           "<br>".join(html.escape(l[2:] if l.startswith("> ") else l.lstrip(">"), quote=False)
                       for l in quoted.split("\n")[2:] if l.startswith(">")) +
           "</div></blockquote></div>\n")
    msg = multipart("alternative", [text_part(txt, "plain", "UTF-8"), text_part(htm, "html", "UTF-8")],
                    "000000000000b52f7a05ba91e0c3")
    date = when(2021, 2, 5, 8, 15, 20, 0)
    mid = "<CAN4xR7oT1m5Qa2Zs8Lk3vXw0Jd9bHy6eRf_Cu4nPq7gYt2iK0A@mail.gmail.com>"
    MID[14] = mid
    hdr = [("MIME-Version", "1.0"), ("References", MID[13]), ("In-Reply-To", MID[13]),
           ("From", "Khadijetou Mint Ely <k.mintely.crdn@gmail.example.com>"),
           ("Date", format_datetime(date)), ("Message-ID", mid),
           ("Subject", ew("Re: Participation Revue régionale – table ronde 4", "UTF-8", "B")), ("To", TO)]
    raw = build(msg, hdr, rcv, "mail-wm1-f47.google.com", "209.85.128.47", "4DXBv91hM5z2Sd",
                "k.mintely.crdn@gmail.example.com")
    add(14, raw, L(rcv, "speaker_request", "fr", True, True,
                   [S("Cheikh Ahmed Ould Beddi", "Vice-président chargé de la coopération décentralisée et des migrations",
                      "Conseil régional de Dakhlet Nouadhibou", ["roundtable"], 4)],
                   [], "h64-13.eml",
                   "reply (In-Reply-To h64-13) completing the missing title of the same speaker; restates "
                   "roundtable 4; French labelled lines with a space before the colon; the quoted original "
                   "still has no title."))


# ----------------------------------------------------------------------------- 15 ar both, English org name
def m15():
    rcv = when(2021, 2, 5, 12, 40, 20)
    txt = """السادة الأفاضل في أمانة المراجعة الإقليمية،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي الخاص بـ National Commission for Migrant Workers' Affairs (NCMWA) حول تنفيذ الاتفاق العالمي للهجرة في دولة قطر، علماً بأن التقرير مكتوب باللغة الإنجليزية.

كما نود ترشيح الدكتورة مريم عبدالله الكواري، رئيسة قسم الرصد والتقارير في الـ NCMWA، للمشاركة في النقاش المفتوح ضمن التشاور مع أصحاب المصلحة المتعددين يوم ٢٣ فبراير، ولتقديم مداخلة في الجلسة العامة إن أمكن.

مع فائق الاحترام،

خالد جاسم المري
إدارة العلاقات الدولية
National Commission for Migrant Workers' Affairs (NCMWA)
الدوحة - قطر
"""
    name = "NCMWA_GCM_Voluntary_Report_2021.docx"
    docx = make_docx(["National Commission for Migrant Workers' Affairs (NCMWA)",
                      "Voluntary Report on the Implementation of the Global Compact for Migration, 2021",
                      "1. Labour reforms  2. Complaints  3. Recommendations"])
    alt = multipart("alternative", [text_part(txt, "plain", "utf-8", "base64"),
                                    text_part(html_from_text(txt, rtl=True, font="Arial"), "html", "utf-8", "base64")],
                    "_000_VI1PR09MB3342D1E0F7A6B5C4E3D2A1B0C9VI1PR09MB3342eurp_")
    att = attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     '\n\tname="%s"' % name, '\n\tfilename="%s"; size=%d;\n\tcreation-date="Fri, 05 Feb 2021 10:38:11 GMT";'
                     '\n\tmodification-date="Fri, 05 Feb 2021 10:38:11 GMT"' % (name, len(docx)))
    att["Content-Description"] = name
    msg = multipart("mixed", [alt, att], "_004_VI1PR09MB3342D1E0F7A6B5C4E3D2A1B0C9VI1PR09MB3342eurp_")
    date = when(2021, 2, 5, 13, 40, 5, 3)
    mid = "<VI1PR09MB3342D1E0F7A6B5C4E3D2A1B0C9@VI1PR09MB3342.eurprd09.prod.outlook.com>"
    MID[15] = mid
    hdr = [("From", addr("خالد جاسم المري", "k.almarri@ncmwa-qa.example.org", "utf-8")), ("To", TO),
           ("Subject", ew("التقرير الطوعي وطلب مشاركة - NCMWA")), ("Date", format_datetime(date)),
           ("Message-ID", mid), ("Accept-Language", "ar-QA, en-US"), ("Content-Language", "ar-QA"),
           ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "mail-vi1eur05on2049.outbound.protection.outlook.example.com", "40.107.21.49",
                "4DXGq35wB8z6Yn", "k.almarri@ncmwa-qa.example.org")
    add(15, raw, L(rcv, "both", "ar", True, True,
                   [S("مريم عبدالله الكواري", "رئيسة قسم الرصد والتقارير",
                      "National Commission for Migrant Workers' Affairs (NCMWA)", ["open_discussion", "plenary"])],
                   [name], None,
                   "Arabic body with the organisation name in English (full name with acronym, then 'الـ NCMWA'); "
                   "report DOCX (in English) plus a speaker (الدكتورة honorific, not the sender) with two roles: "
                   "open discussion on 23 Feb and a plenary intervention; Outlook base64 UTF-8; on time (5 Feb)."))


# ----------------------------------------------------------------------------- 16 en speaker edge, iPhone
def m16():
    rcv = when(2021, 2, 5, 23, 50, 12)
    txt = """Dear team,

Apologies for the late hour. Please register Mr. Rashid Saif Al Dhanhani for a floor intervention in the 2nd roundtable (or the 3rd if the 2nd is full).

Rashid Saif Al Dhanhani
Director, Fujairah Labour Welfare and Mediation Office (FLWMO)

Thanks,
Hamdan

Sent from my iPhone"""
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">' +
           "".join("<div dir=\"ltr\">%s</div>" % (html.escape(l, quote=False) or "<br>") for l in txt.split("\n")) +
           "</body></html>")
    msg = multipart("alternative", [text_part(txt, "plain", "utf-8", quote_cs=False),
                                    text_part(htm, "html", "utf-8", quote_cs=False)],
                    "Apple-Mail-7C1D0E3A-9F2B-4E6D-A8C5-1B3F5D7E9A20")
    date = when(2021, 2, 6, 1, 49, 58, 4)
    mid = "<0A6E2C1F-4B3D-4F8A-9E7C-5D1B2A3C4E5F@flwmo.example.org>"
    MID[16] = mid
    hdr = [("From", "Hamdan Al Yamahi <h.alyamahi@flwmo.example.org>"),
           ("Mime-Version", "1.0 (1.0)"), ("Date", format_datetime(date)),
           ("Subject", "Speaker - roundtable"), ("Message-Id", mid), ("To", TO),
           ("X-Mailer", "iPhone Mail (18D52)")]
    raw = build(msg, hdr, rcv, "mail.flwmo.example.org", "203.0.113.150", "4DXWm20RhJz8Tg",
                "h.alyamahi@flwmo.example.org")
    add(16, raw, L(rcv, "speaker_request", "en", True, True,
                   [S("Rashid Saif Al Dhanhani", "Director", "Fujairah Labour Welfare and Mediation Office (FLWMO)",
                      ["roundtable"], 2)],
                   [], None,
                   "edge: received 23:50:12 Beirut on 5 Feb (on time) although the Date header is Sat 6 Feb "
                   "01:49 +0400; iPhone mail; 'Mr.' honorific; title and organisation in one line "
                   "('Director, ...'); first choice 2nd roundtable (3rd as fallback); the sender Hamdan is not "
                   "the speaker."))


# ----------------------------------------------------------------------------- 17 ar speaker late, forwarded
def m17():
    rcv = when(2021, 2, 6, 0, 10, 30)
    txt = """مساء الخير،

أعتذر عن التأخير، كان المفروض يوصلكم الطلب من يومين بس ما انتبهت إنه ما انرسل. أحوّل لكم رسالة سعادة المدير بخصوص المشاركة.

تحياتي،
ريم

---------- Forwarded message ---------
From: Yousef Al-Mahmood <y.almahmood@lmoo-bh.example.org>
Date: Thu, Feb 4, 2021 at 10:02 AM
Subject: طلب مشاركة - المراجعة الإقليمية
To: Reem Al-Sayed <r.alsayed@lmoo-bh.example.org>


ريم صباح الخير،

الرجاء إرسال الطلب التالي إلى أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة:

الاسم: الدكتور يوسف عيسى المحمود
الصفة: المدير التنفيذي
الجهة: Labour Market Ombudsman Office (LMOO)
الدور: نترك للمنظمين اختيار الجلسة المناسبة

شكراً
يوسف
"""
    htm = ('<div dir="rtl">' + "<br>".join(html.escape(l, quote=False) for l in txt.split("\n---------- Forwarded")[0].strip().split("\n")) +
           '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
           'From: <strong class="gmail_sendername" dir="auto">Yousef Al-Mahmood</strong> <span dir="auto">&lt;y.almahmood@lmoo-bh.example.org&gt;</span><br>'
           'Date: Thu, Feb 4, 2021 at 10:02 AM<br>Subject: طلب مشاركة - المراجعة الإقليمية<br>'
           'To: Reem Al-Sayed &lt;r.alsayed@lmoo-bh.example.org&gt;<br></div><br><br><div dir="rtl">' +
           "<br>".join(html.escape(l, quote=False) for l in txt.split("r.alsayed@lmoo-bh.example.org>\n")[1].strip().split("\n")) +
           "</div></div></div>\n")
    msg = multipart("alternative", [text_part(txt, "plain", "UTF-8", "base64"), text_part(htm, "html", "UTF-8", "base64")],
                    "0000000000009f3c5d05baa0b1e8")
    date = when(2021, 2, 6, 1, 10, 20, 3)
    mid = "<CAKd5yT0qN3mVb8Lr2Zx7Wc1Ps9Ge4Hj6Uf_Ao0Ky5tRi3nXe8Q@mail.gmail.com>"
    MID[17] = mid
    hdr = [("MIME-Version", "1.0"), ("From", "Reem Al-Sayed <reem.alsayed.bh@gmail.example.com>"),
           ("Date", format_datetime(date)), ("Message-ID", mid),
           ("Subject", ew("Fwd: طلب مشاركة - المراجعة الإقليمية")), ("To", TO)]
    raw = build(msg, hdr, rcv, "mail-wr1-f67.google.com", "209.85.221.67", "4DXXC84KfVz5Wm",
                "reem.alsayed.bh@gmail.example.com")
    add(17, raw, L(rcv, "speaker_request", "ar", True, False,
                   [S("يوسف عيسى المحمود", "المدير التنفيذي", "Labour Market Ombudsman Office (LMOO)", [])],
                   [], None,
                   "edge: received 00:10:30 Beirut on 6 Feb (late, Date header 01:10 +0300); the request is in a "
                   "Gmail '---------- Forwarded message ---------' block dated 4 Feb (the forwarded date does not "
                   "make it on time); colloquial Arabic cover note; honorific 'الدكتور' inside the labelled name "
                   "line; organisation in English; no role stated ('نترك للمنظمين اختيار الجلسة'), so roles empty; "
                   "forwarder is not the speaker."))


# ----------------------------------------------------------------------------- 18 en other, format + visa question
def m18():
    rcv = when(2021, 2, 8, 12, 0, 40)
    txt = """Hello,

We are finalising our voluntary GCM review and have two quick questions:

1. Is there a page limit or a template for the report? Our draft is 28 pages. Can we send it as a Word file, or does it need to be a PDF?
2. If part of the conference is held in person in Beirut, will the organisers provide visa support letters for participants travelling from Qatar?

We expect to send the report before the 16 February deadline.

Many thanks,
Priya Menon
Programme Officer, Global Migrant Care Alliance (Gulf Office)
"""
    htm = ('<html><head></head><body><div class="ydp3f1c2a7eyahoo-style-wrap" style="font-family:Helvetica Neue, '
           'Helvetica, Arial, sans-serif;font-size:13px;">' +
           "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br>") for l in txt.strip().split("\n")) +
           "</div></body></html>\n")
    msg = multipart("alternative", [text_part(txt, "plain", "UTF-8"), text_part(htm, "html", "UTF-8")],
                    "----=_Part_2290154_640218734.1612778430552")
    date = when(2021, 2, 8, 13, 0, 30, 3)
    mid = "<640218734.2290155.1612778430553@mail.yahoo.example.com>"
    MID[18] = mid
    hdr = [("Date", format_datetime(date)), ("From", "Priya Menon <priya.menon.gmca@yahoo.example.com>"),
           ("To", TO), ("Message-ID", mid), ("Subject", "Questions on report format and visa letters"),
           ("MIME-Version", "1.0"), ("X-Mailer", "WebService/1.1.17648 YMailNodin")]
    raw = build(msg, hdr, rcv, "sonic303-18.consmr.mail.ir2.yahoo.example.com", "77.238.177.140",
                "4DZ1q50lBsz4Kc", "priya.menon.gmca@yahoo.example.com")
    add(18, raw, L(rcv, "other", "en", True, None, [], [], None,
                   "questions (report length/format, visa support letters) from an organisation that will send "
                   "its report later: announces but does not submit a report; the sender's signature "
                   "('Programme Officer, ...') is not a speaker proposal."))


# ----------------------------------------------------------------------------- 19 fr both, speaker part late, table
def m19():
    rcv = when(2021, 2, 9, 16, 20, 5)
    org = "Commission nationale pour la protection des droits des travailleurs migrants (CNPDTM)"
    rows = [("Nom", "Fonction", "Institution", "Rôle souhaité"),
            ("Mme Aïcha Mint Mohamed Lemine", "Présidente", "CNPDTM", "Intervention en séance plénière"),
            ("M. Ely Ould Sidi Baba", "Rapporteur général, chargé des relations avec la société civile", "CNPDTM",
             "Table ronde 1")]
    intro = ("Madame, Monsieur,\n\nNous avons l'honneur de vous transmettre ci-joint la contribution de la %s "
             "à la Revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières.\n\n"
             "Par ailleurs, nous souhaiterions que deux membres de la Commission puissent prendre la parole "
             "lors de la Conférence régionale :\n" % org)
    outro = ("\nNous savons que le délai fixé pour les demandes de prise de parole est dépassé et espérons qu'une "
             "exception pourra être envisagée.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
             "Sidi Mohamed Ould Cheikh Abdallahi\nSecrétaire permanent\n%s\nNouakchott\n" % org)
    txt = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    td = lambda c, tag="td": '<%s style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">%s</%s>' % (tag, html.escape(c, quote=False), tag)
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
             "".join("<tr>%s</tr>" % "".join(td(c, "th" if i == 0 else "td") for c in r) for i, r in enumerate(rows)) +
             "</table>")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body lang="FR">'
           '<div class="WordSection1">' +
           "".join("<p class=\"MsoNormal\">%s</p>" % html.escape(p, quote=False) for p in intro.strip().split("\n\n")) +
           table +
           "".join("<p class=\"MsoNormal\">%s</p>" % "<br>".join(html.escape(l, quote=False) for l in p.split("\n"))
                   for p in outro.strip().split("\n\n")) + "</div></body></html>\n")
    name = "Rapport_PMM_CNPDTM_fevrier_2021.pdf"
    pdf = make_pdf(["CNPDTM - Contribution a la Revue regionale du PMM", "Fevrier 2021"])
    alt = multipart("alternative", [text_part(txt, "plain", "iso-8859-1"), text_part(htm, "html", "iso-8859-1")],
                    "_000_AM0PR10MB2578B3F1C0D9E8A7B6C5D4E3F2AM0PR10MB2578EURP_")
    att = attachment(pdf, "application/pdf", '\n\tname="%s"' % name,
                     '\n\tfilename="%s"; size=%d' % (name, len(pdf)))
    att["Content-Description"] = name
    msg = multipart("mixed", [alt, att], "_004_AM0PR10MB2578B3F1C0D9E8A7B6C5D4E3F2AM0PR10MB2578EURP_")
    date = when(2021, 2, 9, 14, 19, 50, 0)
    mid = "<AM0PR10MB2578B3F1C0D9E8A7B6C5D4E3F2@AM0PR10MB2578.EURPRD10.PROD.OUTLOOK.COM>"
    MID[19] = mid
    hdr = [("From", addr("Secrétariat permanent CNPDTM", "secretariat@cnpdtm.example.org", "iso-8859-1", "Q")),
           ("To", TO), ("Subject", ew("Contribution de la CNPDTM et demande de prise de parole", "iso-8859-1", "Q")),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("Accept-Language", "fr-FR"),
           ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "mail-am0eur02on2062.outbound.protection.outlook.example.com", "40.107.13.62",
                "4DZqL70cWvz1Rb", "secretariat@cnpdtm.example.org")
    add(19, raw, L(rcv, "both", "fr", True, False,
                   [S("Aïcha Mint Mohamed Lemine", "Présidente", org, ["plenary"]),
                    S("Ely Ould Sidi Baba", "Rapporteur général, chargé des relations avec la société civile", org,
                      ["roundtable"], 1)],
                   [name], None,
                   "both, received 9 Feb: report part on time, speaker part late, so on_time false (the sender "
                   "admits it); two speakers in a table (HTML table, tab-separated in the text part) with 'Mme'/'M.' "
                   "honorifics inside the name cells; the institution column gives only the acronym (fullest form "
                   "in the body); 'Rapporteur général' is a title, not the rapporteur role (he asks for table ronde 1); "
                   "the signatory is not a speaker; ISO-8859-1 QP."))


# ----------------------------------------------------------------------------- 20 ar report PDF, windows-1256
def m20():
    rcv = when(2021, 2, 10, 11, 5, 50)
    txt = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين

تحية طيبة وبعد،

نرفق لكم تقرير المجلس الوطني لشؤون العمالة الوافدة حول الاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وذلك ضمن المهلة المحددة.

وتفضلوا بقبول وافر الاحترام والتقدير،

فهد مبارك العجمي
مدير إدارة التعاون الدولي
المجلس الوطني لشؤون العمالة الوافدة
دولة الكويت

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this email.
"""
    name = "NCEL_GCM_Review_2021_AR.pdf"
    pdf = make_pdf(["National Council for Expatriate Labour Affairs - State of Kuwait",
                    "GCM Voluntary Review 2021 (Arabic version)"])
    alt = multipart("alternative", [text_part(txt, "plain", "windows-1256"),
                                    text_part(html_from_text(txt, rtl=True, font="Arial")
                                              .replace("charset=utf-8", "charset=windows-1256"), "html", "windows-1256")],
                    "----=_NextPart_001_0093_01D6FF9B.4C1E2A30")
    att = attachment(pdf, "application/pdf", '\n\tname="%s"' % name, '\n\tfilename="%s"' % name)
    msg = multipart("mixed", [alt, att], "----=_NextPart_000_0092_01D6FF9B.4C1E2A30")
    date = when(2021, 2, 10, 12, 5, 35, 3)
    mid = "<009101d6ff8b$4c1e2a30$e45a7e90$@ncel-kw.example.org>"
    MID[20] = mid
    hdr = [("From", addr("فهد مبارك العجمي", "f.alajmi@ncel-kw.example.org", "windows-1256")), ("To", TO),
           ("Subject", ew("تقرير الاستعراض الطوعي - المجلس الوطني لشؤون العمالة الوافدة", "windows-1256")),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("MIME-Version", "1.0"),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb/i0we7f3kV1pXR3ecCw2pA0m8Dg=="),
           ("Content-Language", "ar-kw")]
    raw = build(msg, hdr, rcv, "mail.ncel-kw.example.org", "198.51.100.199", "4DbKJ15xqnz2Fv",
                "f.alajmi@ncel-kw.example.org")
    add(20, raw, L(rcv, "voluntary_report", "ar", True, True, [], [name], None,
                   "Arabic body, English PDF file name; Outlook windows-1256 QP text and HTML, windows-1256 "
                   "B-encoded subject and display name; English disclaimer."))


# ----------------------------------------------------------------------------- 21 ar other, follow-up adds contact
def m21():
    rcv = when(2021, 2, 11, 9, 30, 15)
    new = """مرحبا،

بس حبيت أضيف معلومة نسيتها بالإيميل السابق: ضابط الاتصال المسؤول عن التقرير هو الأخ ناصر الرشيدي، رقمه 22220000 (965+) وإيميله n.alrashidi@ncel-kw.example.org، إذا عندكم أي استفسار عن الأرقام الواردة في التقرير.

وشكراً،
فهد
"""
    quoted = """
-----Original Message-----
From: فهد مبارك العجمي <f.alajmi@ncel-kw.example.org>
Sent: Wednesday, February 10, 2021 12:05 PM
To: gcmrrarabstates@iom.int
Subject: تقرير الاستعراض الطوعي - المجلس الوطني لشؤون العمالة الوافدة

السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين

تحية طيبة وبعد،

نرفق لكم تقرير المجلس الوطني لشؤون العمالة الوافدة حول الاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وذلك ضمن المهلة المحددة.

وتفضلوا بقبول وافر الاحترام والتقدير،

فهد مبارك العجمي
مدير إدارة التعاون الدولي
المجلس الوطني لشؤون العمالة الوافدة
دولة الكويت
"""
    txt = new + quoted
    alt = multipart("alternative", [text_part(txt, "plain", "windows-1256"),
                                    text_part(html_from_text(txt, rtl=True, font="Arial")
                                              .replace("charset=utf-8", "charset=windows-1256"), "html", "windows-1256")],
                    "----=_NextPart_000_00A7_01D70050.1B2C3D40")
    date = when(2021, 2, 11, 10, 29, 58, 3)
    mid = "<00a601d70050$1b2c3d40$51849bc0$@ncel-kw.example.org>"
    MID[21] = mid
    hdr = [("From", addr("فهد مبارك العجمي", "f.alajmi@ncel-kw.example.org", "windows-1256")), ("To", TO),
           ("References", MID[20]), ("In-Reply-To", MID[20]),
           ("Subject", ew("RE: تقرير الاستعراض الطوعي - المجلس الوطني لشؤون العمالة الوافدة", "windows-1256")),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("MIME-Version", "1.0"),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb/i0we7f3kV1pXR3ecCw2pA0m8DgAt4Q7w"),
           ("Content-Language", "ar-kw")]
    raw = build(alt, hdr, rcv, "mail.ncel-kw.example.org", "198.51.100.199", "4Dbw0C3rJ9z7Mp",
                "f.alajmi@ncel-kw.example.org")
    add(21, raw, L(rcv, "other", "ar", True, None, [], [], "h64-20.eml",
                   "colloquial follow-up to h64-20 adding a focal point for questions on the report (a contact "
                   "person, not a speaker); Outlook reply quoting the whole earlier message under "
                   "'-----Original Message-----' (not '>'-prefixed) without the attachment: no new report."))


# ----------------------------------------------------------------------------- 22 fr thank-you to acknowledgement
def m22():
    rcv = when(2021, 2, 12, 10, 0, 25)
    txt = """Bonjour,

Merci beaucoup pour votre confirmation. Bonne continuation dans la préparation de la Revue régionale.

Bien cordialement,
Aminata

________________________________
De : gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Envoyé : jeudi 4 février 2021 07:06
À : Diallo Aminata <aminata.diallo@solsahel.example.org>
Objet : Accusé de réception – Rapport volontaire PMM – Solidarités Sahel International

Madame, Monsieur,

Nous accusons réception de votre rapport volontaire (2 pièces jointes) reçu le 4 février 2021, dans les délais. Il sera pris en compte dans la préparation de la Revue régionale du Pacte mondial pour les migrations.

Secrétariat de la Revue régionale du PMM – Réseau régional des Nations Unies sur les migrations
"""
    alt = multipart("alternative", [text_part(txt, "plain", "windows-1252"),
                                    text_part(html_from_text(txt).replace("charset=utf-8", "charset=windows-1252"),
                                              "html", "windows-1252")],
                    "_000_PR1P264MB17893D2C1B0A9F8E7D6C5B4A3FPR1P264MB1789FRAP_")
    date = when(2021, 2, 12, 8, 0, 11, 0)
    mid = "<PR1P264MB17893D2C1B0A9F8E7D6C5B4A3F@PR1P264MB1789.FRAP264.PROD.OUTLOOK.COM>"
    MID[22] = mid
    ack = "<ack.20210204070602.5d1e@iom.int>"
    hdr = [("From", addr("Diallo Aminata", "aminata.diallo@solsahel.example.org")), ("To", TO),
           ("Subject", ew("RE: Accusé de réception – Rapport volontaire PMM – Solidarités Sahel International",
                          "windows-1252", "Q")),
           ("Date", format_datetime(date)), ("Message-ID", mid), ("References", "%s %s" % (MID[11], ack)),
           ("In-Reply-To", ack), ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
           ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    raw = build(alt, hdr, rcv, "mail-pr1fra01on2091.outbound.protection.outlook.example.com", "40.107.12.91",
                "4DcSh62bTqz3Wn", "aminata.diallo@solsahel.example.org")
    add(22, raw, L(rcv, "other", "fr", False, None, [], [], "h64-11.eml",
                   "thank-you reply to our acknowledgement of h64-11 (In-Reply-To our acknowledgement, References "
                   "h64-11): adds nothing new, do not acknowledge; the quoted acknowledgement mentions the report "
                   "and attachments."))


# ----------------------------------------------------------------------------- 23 fr report in body, edge on time
def m23():
    rcv = when(2021, 2, 16, 23, 50, 40)
    txt = """Madame, Monsieur,

Notre messagerie ne nous permettant pas de joindre de fichiers volumineux ce soir, nous vous transmettons ci-dessous, dans le corps du message, le rapport volontaire de la Commission des droits de l'homme, de l'action humanitaire et des relations avec la société civile de l'Assemblée nationale.

RAPPORT VOLONTAIRE SUR LA MISE EN ŒUVRE DU PACTE MONDIAL POUR DES MIGRATIONS SÛRES, ORDONNÉES ET RÉGULIÈRES

1. Contexte
La Mauritanie est à la fois pays d'origine, de transit et de destination. La Commission a suivi en 2019-2020 l'examen de plusieurs textes relatifs à l'état civil, au travail et à la lutte contre la traite des personnes.

2. Actions législatives et de contrôle
- audition du Gouvernement sur la délivrance des titres de séjour aux travailleurs migrants ;
- missions d'information à Nouadhibou et à Rosso sur les conditions d'accueil aux postes frontières ;
- plaidoyer pour l'accès des enfants migrants à l'état civil et à l'école.

3. Difficultés
Manque de données ventilées, coordination insuffisante entre les administrations, effets de la pandémie de COVID-19 sur les travailleurs migrants saisonniers.

4. Recommandations
Renforcer le contrôle parlementaire de la mise en œuvre du Pacte, associer les communes frontalières et la société civile, et créer un mécanisme national de collecte de données sur les migrations.

Une version signée suivra par courrier.

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Le Secrétariat de la Commission
Assemblée nationale – Nouakchott
"""
    msg = text_part(txt, "plain", "windows-1252", "quoted-printable", quote_cs=False)
    date = when(2021, 2, 16, 21, 50, 28, 0)
    mid = "<20210216215028.6b1f0c3a@mail.assemblee-mr.example.org>"
    MID[23] = mid
    hdr = [("Date", format_datetime(date)),
           ("From", addr("Commission des droits de l'homme – Assemblée nationale", "cdh@assemblee-mr.example.org",
                         "windows-1252", "Q")),
           ("To", TO), ("Subject", ew("Rapport volontaire – Commission des droits de l'homme (Assemblée nationale)",
                                      "windows-1252", "Q")),
           ("Message-ID", mid), ("MIME-Version", "1.0"), ("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")]
    raw = build(msg, hdr, rcv, "mail.assemblee-mr.example.org", "196.200.80.12", "4Dg3Tq0x7Rz1Bb",
                "cdh@assemblee-mr.example.org")
    add(23, raw, L(rcv, "voluntary_report", "fr", True, True, [], [], None,
                   "edge: received 23:50:40 Beirut on 16 Feb (on time; Date header 21:50 +0000); report pasted in a "
                   "plain-text body (no attachment; 'une version signée suivra' is not an attachment); "
                   "windows-1252 QP with œ; parliamentary committee, organisation webmail (Zimbra)."))


# ----------------------------------------------------------------------------- 24 en report late edge, Original Message
def m24():
    rcv = when(2021, 2, 17, 0, 10, 15)
    txt = """Dear Secretariat,

Please find attached the voluntary GCM review report of the National Anti-Trafficking and Labour Protection Committee (NATLPC). Apologies that it reaches you slightly past midnight; the final sign-off took longer than expected (see below).

Regards,
Salim Al Hinai
Coordinator, NATLPC Technical Secretariat
Muscat, Sultanate of Oman

-----Original Message-----
From: Al Balushi, Maryam <m.albalushi@natlpc.example.org>
Sent: Tuesday, February 16, 2021 11:48 PM
To: Al Hinai, Salim <s.alhinai@natlpc.example.org>
Subject: Final GCM report - approved

Salim,

The Chair has approved the final version. Please send it to the IOM mailbox tonight as the deadline is 16 February.

Maryam
"""
    name = "NATLPC_GCM_Voluntary_Review_FINAL.pdf"
    pdf = make_pdf(["National Anti-Trafficking and Labour Protection Committee (NATLPC)",
                    "GCM Voluntary Review - Final - February 2021"])
    alt = multipart("alternative", [text_part(txt, "plain", "us-ascii"),
                                    text_part(html_from_text(txt).replace("charset=utf-8", "charset=us-ascii"), "html", "us-ascii")],
                    "_000_DB8PR03MB5866F0E1D2C3B4A5968778695ADB8PR03MB5866eurp_")
    att = attachment(pdf, "application/pdf", '\n\tname="%s"' % name, '\n\tfilename="%s"; size=%d' % (name, len(pdf)))
    att["Content-Description"] = name
    msg = multipart("mixed", [alt, att], "_004_DB8PR03MB5866F0E1D2C3B4A5968778695ADB8PR03MB5866eurp_")
    date = when(2021, 2, 17, 2, 10, 2, 4)
    mid = "<DB8PR03MB5866F0E1D2C3B4A5968778695A@DB8PR03MB5866.eurprd03.prod.outlook.com>"
    MID[24] = mid
    hdr = [("From", '"Al Hinai, Salim" <s.alhinai@natlpc.example.org>'), ("To", TO),
           ("Subject", "FW: Final GCM report - approved"), ("Date", format_datetime(date)), ("Message-ID", mid),
           ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0")]
    raw = build(msg, hdr, rcv, "mail-db8eur03on2057.outbound.protection.outlook.example.com", "40.107.8.57",
                "4Dg3q81mVHz6Ls", "s.alhinai@natlpc.example.org")
    add(24, raw, L(rcv, "voluntary_report", "en", True, False, [], [name], None,
                   "edge: received 00:10:15 Beirut on 17 Feb, late (Date header 02:10 +0400); the quoted "
                   "'-----Original Message-----' sent 16 Feb 11:48 PM and saying 'the deadline is 16 February' does "
                   "not make it on time; subject 'FW:' of an internal approval mail; sender's signature is not a "
                   "speaker."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18,
              m19, m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(OUT, name))
    labels = []
    for fname, raw, label in MESSAGES:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels.append({k: label[k] for k in ("file", "received_at", "category", "language", "acknowledge",
                                             "on_time", "speakers", "report_attachments", "thread_of", "notes")})
    prev = None
    for l in labels:
        t = dt.datetime.fromisoformat(l["received_at"])
        assert prev is None or t > prev, l["file"]
        prev = t
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
