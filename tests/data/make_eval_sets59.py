#!/usr/bin/env python3
"""Write the blind evaluation set holdout59 (24 raw .eml messages + labels.json).

Deterministic, standard library only:
    /tmp/venv/bin/python tests/data/make_eval_sets59.py

Theme of this set: Levant and Iraq (Lebanon, Syria, Jordan, Iraq, Palestine); universities and research
centres, municipalities, faith-based charities, refugee-led groups, a parliamentarian's office.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import struct
import textwrap
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout59")
POL = policy.compat32.clone(linesep="\r\n", max_line_length=0)
MBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))


# ----------------------------------------------------------------------------------------------
# building blocks
# ----------------------------------------------------------------------------------------------
def qenc(b):
    s = ""
    for c in b:
        ch = chr(c)
        if c == 32:
            s += "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            s += ch
        else:
            s += "=%02X" % c
    return s


def ew(text, charset="UTF-8", enc="B", maxbytes=None):
    """RFC 2047 encoded words, split at character boundaries, folded."""
    if maxbytes is None:
        maxbytes = 42 if enc == "B" else 18
    words, cur = [], b""
    for ch in text:
        b = ch.encode(charset)
        if cur and len(cur) + len(b) > maxbytes:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode("ascii")))
        else:
            out.append("=?%s?Q?%s?=" % (charset, qenc(w)))
    return "\n ".join(out)


def subj(text, charset="UTF-8", enc="B", prefix=""):
    if text.isascii():
        return prefix + text
    return prefix + ew(text, charset, enc)


def addr(name, email, charset="UTF-8", enc="B"):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.;:()"@'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s\n <%s>" % (ew(name, charset, enc), email)


def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", ct=None):
    m = Message()
    m["Content-Type"] = ct or 'text/%s; charset="%s"' % (subtype, charset)
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "7bit":
        assert text.isascii()
        payload = text
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    if not payload.endswith("\n"):
        payload += "\n"
    m.set_payload(payload)
    return m


def mp(subtype, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, extra, boundary)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def apart(data, ctype, disp, cid=None, extra_headers=()):
    m = Message()
    m["Content-Type"] = ctype
    m["Content-Disposition"] = disp
    m["Content-Transfer-Encoding"] = "base64"
    if cid:
        m["Content-ID"] = "<%s>" % cid
    for n, v in extra_headers:
        m[n] = v
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def rfc2231(name, first="filename", maxchunk=None):
    """filename*=utf-8''... (optionally split into filename*0*, filename*1* continuations)."""
    from urllib.parse import quote
    enc = quote(name.encode("utf-8"), safe="")
    if not maxchunk or len(enc) <= maxchunk:
        return "%s*=utf-8''%s" % (first, enc)
    chunks, i = [], 0
    while i < len(enc):
        j = min(i + maxchunk, len(enc))
        while j < len(enc) and "%" in enc[j - 2:j]:  # do not cut a %XX escape
            j -= 1
        chunks.append(enc[i:j])
        i = j
    out = []
    for k, c in enumerate(chunks):
        out.append("%s*%d*=%s%s" % (first, k, "utf-8''" if k == 0 else "", c))
    return ";\n\t".join(out)


def flow(text, width=72):
    """format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        w = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out += [x + " " for x in w[:-1]] + [w[-1]]
    return "\n".join(out)


def html_lines(text):
    paras = text.strip("\n").split("\n\n")
    return ["<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras]


def gmail_html(text, rtl=False):
    d = 'dir="rtl"' if rtl else 'dir="ltr"'
    body = "".join("<div>%s</div><div><br></div>\n" % p for p in html_lines(text))
    return '<div %s>%s</div>\n' % (d, body)


def outlook_html(text, charset="utf-8", rtl=False, lang="EN-US", font="Calibri", extra_after=""):
    d = ' dir="RTL"' if rtl else ""
    align = ' style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    ps = "".join('<p class="MsoNormal"%s><span lang="%s" style="font-family:&quot;%s&quot;,sans-serif">%s</span></p>\n'
                 % (align, "AR-SA" if rtl else lang, font, p) for p in html_lines(text))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n'
            '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n'
            % (charset, lang, d, ps, extra_after))


def apple_html(text):
    body = "".join("<div>%s</div><div><br></div>" % p for p in html_lines(text))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">%s</body></html>\n' % body)


def make_pdf(lines, title="Report"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 15 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Title (%s) /Producer (Microsoft Word) /CreationDate (D:20210201090000+02'00') >>" % esc(title),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode("ascii")
    out += "".join("%010d 00000 n \n" % o for o in offs).encode("ascii")
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode("ascii")
    return out


def make_docx(paras):
    xmlh = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ct = (xmlh + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (xmlh + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False)
                   for p in paras)
    doc = (xmlh + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_png(rgb=(0x1F, 0x4E, 0x79), size=16):
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def mid(key, domain):
    h = hashlib.sha256(("holdout59/" + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:28], domain)


def bnd(key, n=0):
    return "----=_Part_%s" % hashlib.sha256(("b59/%s/%d" % (key, n)).encode()).hexdigest()[:24]


def gbnd(key, n=0):
    return "0000000000" + hashlib.sha256(("g59/%s/%d" % (key, n)).encode()).hexdigest()[:18]


def rcv(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=BEIRUT)


def trace(key, received_at, env_from, relay, ip, client=None):
    smtpid = hashlib.sha256(("id59/" + key).encode()).hexdigest()[:12].upper()
    hs = [("Return-Path", "<%s>" % env_from if env_from else "<>"),
          ("Delivered-To", MBOX),
          ("Received", "from %s (%s [%s])\n\tby mx1.iom.int (Postfix) with ESMTPS id 4D%s\n\tfor <%s>; %s (EET)"
           % (relay, relay, ip, smtpid, MBOX, format_datetime(received_at)))]
    if client:
        hs.append(("Received", client))
    return hs


def finalize(body, headers):
    saved = list(body._headers)
    body._headers = []
    for n, v in headers:
        body[n] = v
    body["MIME-Version"] = "1.0"
    for n, v in saved:
        body[n] = v
    return body


def flatten(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(m, unixfrom=False)
    return buf.getvalue()


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


MESSAGES = []


def message(key, received_at, category, language, acknowledge, speakers=(), report_attachments=(),
            thread_of=None, notes=""):
    def deco(fn):
        MESSAGES.append(dict(key=key, received_at=received_at, category=category, language=language,
                             acknowledge=acknowledge, speakers=list(speakers),
                             report_attachments=list(report_attachments), thread_of=thread_of, notes=notes,
                             build=fn))
        return fn
    return deco


ACK_SUBJECT_EN = "Acknowledgement of receipt - GCM Regional Review, Arab region"
ACK_SUBJECT_FR = "Accusé de réception - Examen régional du PMM, région arabe"
ACK_SUBJECT_AR = "إشعار استلام - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"


def ack_id(key):
    h = hashlib.sha256(("ack59/" + key).encode()).hexdigest()
    return "<ack.%s.%s@gcm-intake.iom.int>" % (h[:10], h[10:20])


# ----------------------------------------------------------------------------------------------
# the messages (keys A..X, numbered later by time of receipt)
# ----------------------------------------------------------------------------------------------
@message("A", rcv(2021, 2, 1, 10, 12, 7), "speaker_request", "en", True,
         speakers=[sp("Ali Kadhim Al-Rubaie", "Head of the Department of Sociology", "University of Kufa",
                      ["roundtable"], 2)],
         notes="title contains 'of' twice and is followed by ', University of Kufa' on the same signature "
               "line: the split is at the comma, not at the first 'of'. Name only in the signature (body is "
               "first person, 'Prof.' honorific dropped); role in words ('intervene in the second "
               "roundtable'). Gmail multipart/alternative, quoted-printable; Date header in +0300 (Iraq).")
def build_A(k, r):
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

I would like to intervene in the second roundtable during the conference on 24-25 February. Our department has been running a three-year survey of returnee and displaced households in Najaf and Karbala, and I would be glad to share some of the findings on access to documentation and to the labour market.

I have filled in the online registration form. Please let me know if you need anything else from me.

With best regards,

Prof. Ali Kadhim Al-Rubaie
Head of the Department of Sociology, University of Kufa
Najaf, Iraq
Mobile: +964 780 000 4417
"""
    body = mp("alternative", [tpart(text), tpart(gmail_html(text), "html")], gbnd(k))
    frm = "ali.alrubaie@uokufa.example.edu.iq"
    hs = trace(k, r, frm, "mail-wr1-f54.google.com", "209.85.221.54",
               "by mail-wr1-f54.google.com with SMTP id a12so9182wrx.4\n\tfor <%s>; Mon, 01 Feb 2021 00:12:05 -0800 (PST)" % MBOX)
    hs += [("From", addr("Ali Al-Rubaie", frm)), ("Date", "Mon, 1 Feb 2021 11:12:01 +0300"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", "Request for a speaking role - Roundtable 2 - University of Kufa"), ("To", MBOX)]
    return finalize(body, hs)


AR_B = """السادة الأفاضل في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسعدني أن أتقدم بطلب المشاركة بصفة مقرر يتولى عرض الرسائل الرئيسية لأصحاب المصلحة.

بيانات المتحدث:
الاسم: الدكتورة ريم عبد الكريم الزعبي
المسمى الوظيفي: أستاذة مشاركة
الجهة: قسم الدراسات السكانية والهجرة - كلية الآداب والعلوم الإنسانية - جامعة اليرموك

وتفضلوا بقبول فائق الاحترام والتقدير،

د. ريم الزعبي
أستاذة مشاركة
قسم الدراسات السكانية والهجرة
كلية الآداب والعلوم الإنسانية - جامعة اليرموك
إربد - الأردن
"""


@message("B", rcv(2021, 2, 1, 14, 30, 41), "speaker_request", "ar", True,
         speakers=[sp("ريم عبد الكريم الزعبي", "أستاذة مشاركة",
                      "قسم الدراسات السكانية والهجرة - كلية الآداب والعلوم الإنسانية - جامعة اليرموك",
                      ["rapporteur"])],
         notes="Arabic labelled lines; the name line carries the honorific 'الدكتورة' (not part of the name); "
               "affiliation is a university sub-unit chain 'قسم ... - كلية ... - جامعة اليرموك' on one line "
               "(the signature splits it over two lines and abbreviates the name to 'د. ريم الزعبي'). Outlook "
               "windows-1256 quoted-printable text + HTML, RFC 2047 windows-1256 subject and display name. "
               "Her out-of-office answers the acknowledgement; she later replaces herself (thread).")
def build_B(k, r):
    cs = "windows-1256"
    body = mp("alternative", [tpart(AR_B, charset=cs), tpart(outlook_html(AR_B, cs, rtl=True), "html", cs)], bnd(k))
    frm = "reem.zoubi@yu.example.edu.jo"
    hs = trace(k, r, frm, "mail.yu.example.edu.jo", "192.0.2.61",
               "from EXCH01.yu.example.edu.jo (10.20.1.5) by EXCH02.yu.example.edu.jo (10.20.1.6)\n\twith "
               "Microsoft SMTP Server id 15.1.2176.2; Mon, 1 Feb 2021 14:30:37 +0200")
    hs += [("From", addr("ريم الزعبي", frm, cs)), ("To", '"gcmrrarabstates@iom.int" <%s>' % MBOX),
           ("Subject", subj("طلب مشاركة بصفة مقرر - الاستعراض الإقليمي للاتفاق العالمي للهجرة", cs)),
           ("Thread-Topic", subj("طلب مشاركة بصفة مقرر - الاستعراض الإقليمي للاتفاق العالمي للهجرة", cs)),
           ("Date", "Mon, 1 Feb 2021 12:30:33 +0000"), ("Message-ID", mid(k, "EXCH01.yu.example.edu.jo")),
           ("Content-Language", "ar-JO"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return finalize(body, hs)


@message("C", rcv(2021, 2, 1, 14, 33, 2), "auto_reply", "ar", False,
         notes="Exchange out-of-office in Arabic answering the acknowledgement sent for the previous request "
               "(same sender): Auto-Submitted: auto-replied, X-Auto-Response-Suppress, null Return-Path; "
               "In-Reply-To points to our acknowledgement, not to a corpus message. Never acknowledge.")
def build_C(k, r):
    text = """شكراً لرسالتكم.
أنا خارج المكتب حتى يوم الأحد 7 شباط 2021 مع إمكانية محدودة للوصول إلى البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع سكرتاريا القسم على البريد: popstudies@yu.example.edu.jo

Thank you for your email. I am out of the office until Sunday 7 February 2021 with limited access to email.
"""
    cs = "windows-1256"
    body = mp("alternative", [tpart(text, charset=cs), tpart(outlook_html(text, cs, rtl=True), "html", cs)], bnd(k))
    frm = "reem.zoubi@yu.example.edu.jo"
    hs = trace(k, r, None, "mail.yu.example.edu.jo", "192.0.2.61")
    hs += [("From", addr("ريم الزعبي", frm, cs)), ("To", MBOX),
           ("Subject", subj(ACK_SUBJECT_AR, cs, prefix=ew("رد تلقائي: ", cs) + "\n ")),
           ("Date", "Mon, 1 Feb 2021 12:32:59 +0000"), ("Message-ID", mid(k, "EXCH02.yu.example.edu.jo")),
           ("In-Reply-To", ack_id("B")), ("References", ack_id("B")),
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", frm), ("Content-Language", "ar-JO")]
    return finalize(body, hs)


FR_D = """Madame, Monsieur,

Au nom de l'Association Libanaise pour l'Accueil et l'Insertion des Migrants (ALAIM), je vous remercie pour votre invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nous souhaiterions proposer deux intervenants :

Mme Joëlle Abi Nader, présidente de l'ALAIM, souhaiterait prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Le Dr Fadi Karam, notre médecin coordinateur, qui suit depuis 2016 l'accès aux soins des travailleuses domestiques migrantes à Beyrouth et au Mont-Liban, pourrait quant à lui intervenir dans la troisième table ronde thématique.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

-- 
Nayla Sfeir
Chargée de communication
ALAIM - Association Libanaise pour l'Accueil et l'Insertion des Migrants
Rue Gouraud, Gemmayzé, Beyrouth - Liban
Tél. : +961 1 000 372
"""


@message("D", rcv(2021, 2, 2, 9, 5, 19), "speaker_request", "fr", True,
         speakers=[sp("Joëlle Abi Nader", "présidente",
                      "Association Libanaise pour l'Accueil et l'Insertion des Migrants (ALAIM)",
                      ["open_discussion"]),
                   sp("Fadi Karam", "médecin coordinateur",
                      "Association Libanaise pour l'Accueil et l'Insertion des Migrants (ALAIM)",
                      ["roundtable"], 3)],
         notes="Lebanese association; two speakers in prose, each after an honorific ('Mme', 'Le Dr') that is "
               "not part of the name; the sender (Nayla Sfeir, communication officer) is not a speaker; the "
               "affiliation is given in full with its acronym only in the first sentence, then as 'l'ALAIM' "
               "and 'notre'; roundtable as an ordinal word ('troisième table ronde'). Thunderbird "
               "format=flowed, 8bit UTF-8.")
def build_D(k, r):
    body = tpart(flow(FR_D), charset="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed")
    frm = "communication@alaim-liban.example.org"
    hs = trace(k, r, frm, "smtp.alaim-liban.example.org", "203.0.113.41")
    hs += [("To", MBOX), ("From", addr("Nayla Sfeir - ALAIM", frm)),
           ("Subject", subj("Demande d'intervention - ALAIM (Liban)")),
           ("Message-ID", mid(k, "alaim-liban.example.org")), ("Date", "Tue, 2 Feb 2021 09:05:12 +0200"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\n Thunderbird/78.7.0"),
           ("Content-Language", "fr")]
    return finalize(body, hs)


@message("E", rcv(2021, 2, 2, 11, 48, 0), "other", "fr", False, thread_of="D",
         notes="thank-you reply to the service's acknowledgement of the ALAIM request: adds nothing new, so it "
               "is not acknowledged (acknowledge false). The quoted acknowledgement repeats both speakers' names "
               "and roles: they must not be re-extracted. References name the original request (thread_of) and "
               "our acknowledgement.")
def build_E(k, r):
    text = """Bonjour,

Merci beaucoup pour votre accusé de réception, c'est bien noté.

Bonne journée,
Nayla

Le 02/02/2021 à 09:06, gcmrrarabstates@iom.int a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre demande d'intervention reçue le 2 février 2021.
> Intervenants proposés : Joëlle Abi Nader (discussion ouverte) ; Fadi Karam (table ronde 3).
> Le secrétariat reviendra vers vous après la date limite du 5 février 2021.
>
> Secrétariat du Réseau régional des Nations Unies sur les migrations - région arabe

-- 
Nayla Sfeir
Chargée de communication
ALAIM - Association Libanaise pour l'Accueil et l'Insertion des Migrants
"""
    body = tpart(flow(text), charset="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed")
    frm = "communication@alaim-liban.example.org"
    hs = trace(k, r, frm, "smtp.alaim-liban.example.org", "203.0.113.41")
    hs += [("Subject", subj(ACK_SUBJECT_FR, "UTF-8", "Q", prefix="Re: ")),
           ("To", MBOX), ("References", mid("D", "alaim-liban.example.org") + "\n " + ack_id("D")),
           ("From", addr("Nayla Sfeir - ALAIM", frm)), ("Message-ID", mid(k, "alaim-liban.example.org")),
           ("Date", "Tue, 2 Feb 2021 11:47:51 +0200"), ("In-Reply-To", ack_id("D")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\n Thunderbird/78.7.0"),
           ("Content-Language", "fr")]
    return finalize(body, hs)


REPORT_F = "Saadnayel_Municipality_GCM_Voluntary_Review_2021.pdf"


@message("F", rcv(2021, 2, 2, 16, 40, 3), "voluntary_report", "en", True, report_attachments=[REPORT_F],
         notes="municipality's voluntary report as PDF; Outlook layout multipart/mixed > multipart/related > "
               "alternative, with the inline signature logo image001.png (not part of the report). The "
               "sender's signature title ('Head of the Social Affairs Unit') is not a speaker request; long "
               "confidentiality disclaimer.")
def build_F(k, r):
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Municipality of Saadnayel (Bekaa, Lebanon). The report covers the period 2019-2020 and focuses on local service provision to Syrian refugees and migrant workers, municipal curfews, and access to civil documentation (GCM objectives 4, 7 and 15).

The report was prepared with the municipal council and two local committees.

Kind regards,

Mahmoud Shehadeh
Head of the Social Affairs Unit
Municipality of Saadnayel
Bekaa, Lebanon
T: +961 8 000 519

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. The Municipality accepts no liability for any damage caused by viruses transmitted by this e-mail.
"""
    h = outlook_html(text, extra_after='<p class="MsoNormal"><img width="64" height="64" id="Picture_x0020_1" '
                                       'src="cid:image001.png@01D6F95A.3C1B2E40" alt="Saadnayel"></p>\n')
    alt = mp("alternative", [tpart(text, charset="us-ascii", cte="7bit"), tpart(h, "html", "us-ascii", "quoted-printable")],
             bnd(k, 2))
    logo = apart(make_png((0x2E, 0x7D, 0x32)), 'image/png; name="image001.png"',
                 'inline; filename="image001.png"; size=%d' % len(make_png((0x2E, 0x7D, 0x32))),
                 cid="image001.png@01D6F95A.3C1B2E40")
    rel = mp("related", [alt, logo], bnd(k, 1), extra='\n\ttype="multipart/alternative";')
    pdf = make_pdf(["Municipality of Saadnayel - Voluntary GCM Review Report 2021",
                    "1. Context: Saadnayel hosts about 40,000 Syrian refugees and 1,200 migrant workers.",
                    "2. Objective 4: civil documentation and birth registration support desk.",
                    "3. Objective 7: reducing vulnerabilities; municipal social services.",
                    "4. Objective 15: access to basic services; water and waste management.",
                    "5. Recommendations to the Regional Review."], "Saadnayel GCM report")
    att = apart(pdf, 'application/pdf; name="%s"' % REPORT_F,
                'attachment; filename="%s"; size=%d;\n\tcreation-date="Tue, 02 Feb 2021 14:38:10 GMT"' % (REPORT_F, len(pdf)))
    body = mp("mixed", [rel, att], bnd(k, 0))
    frm = "social.affairs@saadnayel-municipality.example.gov.lb"
    hs = trace(k, r, frm, "mail.saadnayel-municipality.example.gov.lb", "198.51.100.77")
    hs += [("From", addr("Mahmoud Shehadeh", frm)), ("To", '"gcmrrarabstates@iom.int" <%s>' % MBOX),
           ("Subject", "Voluntary GCM Review Report - Municipality of Saadnayel"),
           ("Thread-Topic", "Voluntary GCM Review Report - Municipality of Saadnayel"),
           ("Date", "Tue, 2 Feb 2021 14:39:58 +0000"), ("Message-ID", mid(k, "saadnayel-municipality.example.gov.lb")),
           ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    return finalize(body, hs)


@message("G", rcv(2021, 2, 3, 11, 20, 15), "speaker_request", "ar", True,
         speakers=[sp("محمد الحمصي", "منسق الشبكة", "Syrian Refugee Voices Network (SRVN)", ["open_discussion"])],
         notes="colloquial Levantine Arabic from an iPhone, refugee-led group; organisation name written in "
               "English inside the Arabic text; only the first name in the body, full name and title in the "
               "signature; role in words ('النقاش المفتوح تبع المشاورة'); one-word subject; Arabic "
               "'أُرسلت من الـ iPhone'.")
def build_G(k, r):
    text = """مرحبا،

أنا محمد من Syrian Refugee Voices Network (SRVN)، نحنا مجموعة لاجئين سوريين بلبنان، عم نشتغل على قضايا الإقامة والترحيل وأوضاع العمال بالمخيمات بالبقاع وعكار.

حابب شارك بالنقاش المفتوح تبع المشاورة يوم 23 شباط إذا ممكن، لأنه مهم يكون في صوت للاجئين أنفسهم مش بس المنظمات.

شكراً كتير الكم

محمد الحمصي
منسق الشبكة
Syrian Refugee Voices Network (SRVN)

أُرسلت من الـ iPhone
"""
    body = tpart(text, charset="utf-8", ct='text/plain;\n\tcharset=utf-8')
    frm = "m.homsi.srvn@mailbox.example.com"
    hs = trace(k, r, frm, "smtp.mailbox.example.com", "198.51.100.140")
    hs += [("From", addr("Mohammad Homsi", frm)), ("Date", "Wed, 3 Feb 2021 11:20:09 +0200"),
           ("Subject", subj("مشاركة")), ("Message-Id", mid(k, "mailbox.example.com")),
           ("To", MBOX), ("X-Mailer", "iPhone Mail (18C66)")]
    return finalize(body, hs)


@message("H", rcv(2021, 2, 3, 15, 2, 44), "speaker_request", "en", True,
         speakers=[sp("Suhair Al-Khasawneh", "Member of Parliament; Rapporteur of the Labour and Social Development Committee",
                      "House of Representatives of the Hashemite Kingdom of Jordan", ["plenary"])],
         notes="a parliamentarian's office: the sender (chief of staff) nominates the MP; 'H.E. Dr.' honorifics "
               "not part of the name; the title contains 'Rapporteur' (a committee function), which is not the "
               "rapporteur role: the requested role is a plenary floor intervention. Apple Mail, QP.")
def build_H(k, r):
    text = """Dear Secretariat of the Regional UN Network on Migration,

On behalf of H.E. Dr. Suhair Al-Khasawneh, I would like to request a floor intervention for her in one of the plenary sessions of the Regional Review Conference on 24-25 February 2021.

Name: H.E. Dr. Suhair Al-Khasawneh
Title: Member of Parliament; Rapporteur of the Labour and Social Development Committee
Affiliation: House of Representatives of the Hashemite Kingdom of Jordan

Dr. Al-Khasawneh has followed the amendments to the Labour Law concerning migrant domestic workers and would like to speak on the role of parliaments in GCM implementation.

Please address all correspondence to me, copying her office.

Best regards,

Tamer Odat
Chief of Staff
Office of H.E. Dr. Suhair Al-Khasawneh, MP
Amman, Jordan
"""
    body = mp("alternative", [tpart(text, charset="us-ascii", ct="text/plain;\n\tcharset=us-ascii", cte="7bit"),
                              tpart(apple_html(text), "html", "us-ascii", "quoted-printable", ct="text/html;\n\tcharset=us-ascii")],
              "Apple-Mail=_" + hashlib.sha256(b"H59").hexdigest()[:8].upper() + "-2C1E-4B7A-9F3D-0E7A41C2D9B6")
    frm = "tamer.odat@mp-office.example.jo"
    hs = trace(k, r, frm, "smtp.mp-office.example.jo", "203.0.113.88")
    hs += [("From", addr("Tamer Odat", frm)),
           ("Subject", "Plenary intervention request - H.E. Dr. Suhair Al-Khasawneh, MP (Jordan)"),
           ("Message-Id", "<D3F1A7C2-6E0B-4A8E-B5C1-%s@mp-office.example.jo>" % hashlib.sha256(b"H59m").hexdigest()[:12].upper()),
           ("Date", "Wed, 3 Feb 2021 15:02:31 +0200"), ("Cc", "office@mp-office.example.jo"), ("To", MBOX),
           ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    return finalize(body, hs)


REPORT_I = "Rapport_volontaire_FSTE_PMM_fevrier2021.docx"


@message("I", rcv(2021, 2, 4, 10, 31, 9), "both", "fr", True,
         speakers=[sp("Elias Haddad", "Directeur des programmes", "Fondation Sainte-Thecle pour l'Entraide (FSTE)",
                      ["plenary"])],
         report_attachments=[REPORT_I],
         notes="both, on time: DOCX report plus a speaker request in the same message; French typed without "
               "accents ('seance pleniere', 'Thecle'), labels keep the spelling as written; faith-based charity "
               "in Syria; speaker introduced with 'M.' and with title/affiliation in a sentence; the sender "
               "(advocacy officer) is not the speaker. Organisation webmail (Roundcube), us-ascii 7bit.")
def build_I(k, r):
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Fondation Sainte-Thecle pour l'Entraide (FSTE) sur la mise en oeuvre du Pacte mondial pour les migrations en Syrie (Alep et Homs), prepare avec nos equipes de terrain et les paroisses partenaires.

Par ailleurs, nous souhaiterions proposer M. Elias Haddad, Directeur des programmes de la FSTE, pour une intervention en seance pleniere lors de la conference des 24 et 25 fevrier.

Nous vous remercions de votre attention.

Cordialement,

Marie-Rose Khoury
Responsable du plaidoyer
FSTE - Alep, Syrie
"""
    docx = make_docx(["Fondation Sainte-Thecle pour l'Entraide (FSTE)",
                      "Rapport volontaire sur la mise en oeuvre du PMM - Syrie, fevrier 2021",
                      "1. Contexte : deplacement interne et retours a Alep et Homs.",
                      "2. Objectifs 7 et 15 : vulnerabilites et acces aux services de base.",
                      "3. Recommandations."])
    att = apart(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n name=%s' % REPORT_I,
                'attachment;\n filename=%s;\n size=%d' % (REPORT_I, len(docx)))
    body = mp("mixed", [tpart(text, charset="US-ASCII", cte="7bit", ct="text/plain; charset=US-ASCII;\n format=flowed"), att],
              "=_" + hashlib.sha256(b"I59").hexdigest()[:32])
    frm = "plaidoyer@fste-alep.example.org"
    hs = trace(k, r, frm, "webmail.fste-alep.example.org", "192.0.2.117",
               "from [10.0.0.23] by webmail.fste-alep.example.org with HTTP (HTTP/1.1 POST);\n\tThu, 04 Feb 2021 10:31:02 +0200")
    hs += [("Date", "Thu, 04 Feb 2021 10:31:02 +0200"), ("From", addr("Marie-Rose Khoury", frm)), ("To", MBOX),
           ("Subject", "Rapport volontaire PMM et demande d'intervention - FSTE"),
           ("Message-ID", "<%s@fste-alep.example.org>" % hashlib.sha256(b"I59mid").hexdigest()[:32]),
           ("X-Sender", frm), ("User-Agent", "Roundcube Webmail/1.4.10")]
    return finalize(body, hs)


AR_J = """السلام عليكم ورحمة الله وبركاته،

تحية طيبة من البصرة،

نحن في منظمة شط العرب للإغاثة والتنمية نرغب بحضور المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة، ولدينا بعض الاستفسارات قبل التسجيل:
١- هل سيعقد المؤتمر حضورياً في بيروت أم عبر الإنترنت فقط؟
٢- في حال كان حضورياً، هل تقدم الأمانة رسالة دعوة رسمية لغرض الحصول على تأشيرة دخول إلى لبنان؟
٣- هل ستتوفر ترجمة فورية بين العربية والإنجليزية والفرنسية في جميع الجلسات والطاولات المستديرة؟

مع جزيل الشكر،
زينب حسن الموسوي
مسؤولة البرامج
منظمة شط العرب للإغاثة والتنمية - البصرة، العراق
"""


@message("J", rcv(2021, 2, 4, 18, 5, 30), "other", "ar", True,
         notes="logistics questions (in-person or online, visa invitation letter, interpretation) numbered with "
               "Arabic-Indic digits; mentions the conference and the roundtables but requests no speaking role "
               "and submits no report; sender's title and organisation in the signature are not a speaker. "
               "Gmail, base64 UTF-8 text and HTML.")
def build_J(k, r):
    body = mp("alternative", [tpart(AR_J, cte="base64"), tpart(gmail_html(AR_J, rtl=True), "html", cte="base64")], gbnd(k))
    frm = "zainab.almousawi@mailbox.example.com"
    hs = trace(k, r, frm, "mail-ed1-f44.google.com", "209.85.208.44",
               "by mail-ed1-f44.google.com with SMTP id z22so7312edb.1\n\tfor <%s>; Thu, 04 Feb 2021 08:05:28 -0800 (PST)" % MBOX)
    hs += [("From", addr("زينب الموسوي", frm)), ("Date", "Thu, 4 Feb 2021 19:05:24 +0300"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", subj("استفسار بخصوص الحضور والتأشيرة والترجمة الفورية")), ("To", MBOX)]
    return finalize(body, hs)


@message("K", rcv(2021, 2, 5, 13, 10, 2), "speaker_request", "ar", True, thread_of="B",
         speakers=[sp("سامر يوسف العمري", "محاضر",
                      "قسم الدراسات السكانية والهجرة - كلية الآداب والعلوم الإنسانية - جامعة اليرموك",
                      ["rapporteur"])],
         notes="follow-up that replaces the speaker of the earlier request (In-Reply-To/References set): the "
               "new speaker is introduced in a sentence after the honorific 'الأستاذ'; the role is only given "
               "by reference ('الدور نفسه المذكور في رسالتي أدناه' = rapporteur, stated in the quoted "
               "original). The quoted original ('-----Original Message-----', not '>'-prefixed) still holds "
               "the old speaker's labelled lines: only the new speaker counts. On time (5 Feb, 13:10).")
def build_K(k, r):
    cs = "windows-1256"
    text = """السادة الكرام،
تحية طيبة،

إلحاقاً برسالتي أدناه، أعتذر عن عدم تمكني من المشاركة في المؤتمر لظرف طارئ. وعليه نقترح أن يحل محلي زميلي الأستاذ سامر يوسف العمري، وهو محاضر في قسم الدراسات السكانية والهجرة - كلية الآداب والعلوم الإنسانية - جامعة اليرموك، لأداء الدور نفسه المذكور في رسالتي أدناه.

مع الشكر والتقدير،
د. ريم الزعبي

-----Original Message-----
From: Reem Zoubi <reem.zoubi@yu.example.edu.jo>
Sent: Monday, February 1, 2021 2:30 PM
To: gcmrrarabstates@iom.int
Subject: طلب مشاركة بصفة مقرر - الاستعراض الإقليمي للاتفاق العالمي للهجرة

""" + AR_B
    body = mp("alternative", [tpart(text, charset=cs), tpart(outlook_html(text, cs, rtl=True), "html", cs)], bnd(k))
    frm = "reem.zoubi@yu.example.edu.jo"
    hs = trace(k, r, frm, "mail.yu.example.edu.jo", "192.0.2.61",
               "from EXCH01.yu.example.edu.jo (10.20.1.5) by EXCH02.yu.example.edu.jo (10.20.1.6)\n\twith "
               "Microsoft SMTP Server id 15.1.2176.2; Fri, 5 Feb 2021 13:09:58 +0200")
    s = "طلب مشاركة بصفة مقرر - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    hs += [("From", addr("ريم الزعبي", frm, cs)), ("To", '"gcmrrarabstates@iom.int" <%s>' % MBOX),
           ("Subject", "RE: " + ew(s, cs)), ("Thread-Topic", subj(s, cs)),
           ("Thread-Index", "AQHW+KxbQ2d7Yw1hT0Wc3n1r5Zq4ZQ=="),
           ("Date", "Fri, 5 Feb 2021 11:09:55 +0000"), ("Message-ID", mid(k, "EXCH01.yu.example.edu.jo")),
           ("References", mid("B", "EXCH01.yu.example.edu.jo")), ("In-Reply-To", mid("B", "EXCH01.yu.example.edu.jo")),
           ("Content-Language", "ar-JO")]
    return finalize(body, hs)


@message("L", rcv(2021, 2, 5, 16, 22, 10), "other", "ar", True, thread_of="J",
         notes="reply to her own earlier question adding a missing detail (delegation of two people with Iraqi "
               "passports, need for an invitation letter): still a logistics question, thread_of the first "
               "message; the '>'-quoted earlier question is below. No speaker, no report.")
def build_L(k, r):
    quoted = "\n".join((">" + (" " + l if l else "")) for l in AR_J.rstrip("\n").split("\n"))
    text = """عذراً، نسيت أن أذكر في رسالتي السابقة أن وفد المنظمة سيتكون من شخصين يحملان جوازات سفر عراقية، لذلك نحتاج إلى رسالة الدعوة الرسمية إذا كان المؤتمر حضورياً.

مع الشكر،
زينب

في الخميس، ٤ فبراير ٢٠٢١ في ٧:٠٥ م تمت كتابة ما يلي بواسطة زينب الموسوي <zainab.almousawi@mailbox.example.com>:

""" + quoted + "\n"
    body = mp("alternative", [tpart(text, cte="base64"), tpart(gmail_html(text, rtl=True), "html", cte="base64")], gbnd(k))
    frm = "zainab.almousawi@mailbox.example.com"
    hs = trace(k, r, frm, "mail-ej1-f41.google.com", "209.85.218.41",
               "by mail-ej1-f41.google.com with SMTP id w1so8815ejf.11\n\tfor <%s>; Fri, 05 Feb 2021 06:22:08 -0800 (PST)" % MBOX)
    hs += [("References", mid("J", "mail.gmail.com")), ("In-Reply-To", mid("J", "mail.gmail.com")),
           ("From", addr("زينب الموسوي", frm)), ("Date", "Fri, 5 Feb 2021 17:22:03 +0300"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", subj("استفسار بخصوص الحضور والتأشيرة والترجمة الفورية", prefix="Re: ")), ("To", MBOX)]
    return finalize(body, hs)


@message("M", rcv(2021, 2, 5, 23, 50, 12), "speaker_request", "fr", True,
         speakers=[sp("Karim Nassif", "Chercheur postdoctoral",
                      "Observatoire libanais des mobilités et de l'exil (OLME)", ["roundtable"], 4)],
         notes="edge: received 23:50:12 Beirut time on 5 February (Date header 22:50 +0100 from Paris): on time. "
               "First-person sentence gives name and affiliation ('Je m'appelle ..., je suis chercheur "
               "postdoctoral à l'...'), signature gives the capitalised title; two roundtables in order of "
               "preference ('n° 4, ou à défaut la 2'): first choice 4. Gmail QP.")
def build_M(k, r):
    text = """Bonsoir,

Je m'appelle Karim Nassif, je suis chercheur postdoctoral à l'Observatoire libanais des mobilités et de l'exil (OLME), actuellement en mission à Paris. Pardon pour l'heure tardive : j'espère que ma demande arrive encore dans les délais.

Je souhaiterais intervenir dans la table ronde thématique n° 4, ou à défaut la 2, afin de présenter nos travaux sur les retours de la diaspora libanaise depuis l'effondrement financier de 2019.

Bien à vous,

Karim Nassif
Chercheur postdoctoral
Observatoire libanais des mobilités et de l'exil (OLME)
Beyrouth / Paris
"""
    body = mp("alternative", [tpart(text), tpart(gmail_html(text), "html")], gbnd(k))
    frm = "karim.nassif.olme@mailbox.example.com"
    hs = trace(k, r, frm, "mail-wm1-f48.google.com", "209.85.128.48",
               "by mail-wm1-f48.google.com with SMTP id g10so9911wmh.2\n\tfor <%s>; Fri, 05 Feb 2021 13:50:10 -0800 (PST)" % MBOX)
    hs += [("From", addr("Karim Nassif", frm)), ("Date", "Fri, 5 Feb 2021 22:50:04 +0100"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", subj("Demande d'intervention – table ronde thématique n° 4", "UTF-8", "Q")), ("To", MBOX)]
    return finalize(body, hs)


@message("N", rcv(2021, 2, 6, 0, 10, 5), "speaker_request", "en", True,
         speakers=[sp("Khalida Murad Shamo", "Co-founder and Director", "Sinjar Survivors' Voice (SSV)", ["plenary"]),
                   sp("Dilshad Hesso Qasim", "Advocacy Officer", "Sinjar Survivors' Voice (SSV)", ["roundtable"], 1),
                   sp("Nareen Elias Khalaf", "Youth Representative", "Yazidi Youth Forum", ["open_discussion"])],
         notes="edge, late by ten minutes: received 00:10:05 on 6 February Beirut time, while the Date header "
               "(Sat 01:09:58 +0300, i.e. 00:09:58 Beirut) is already past it while the body says 'we are sending "
               "this on the last day'. Three speakers "
               "in an HTML table (the text part renders it with tabs), one from another organisation; "
               "'Ms.'/'Mr.' prefixes in the table cells are not part of the names. Yahoo Mail.")
def build_N(k, r):
    rows = [("Ms. Khalida Murad Shamo", "Co-founder and Director", "Sinjar Survivors' Voice (SSV)", "Plenary session"),
            ("Mr. Dilshad Hesso Qasim", "Advocacy Officer", "Sinjar Survivors' Voice (SSV)", "Thematic roundtable 1"),
            ("Ms. Nareen Elias Khalaf", "Youth Representative", "Yazidi Youth Forum", "Open discussion (23 Feb)")]
    intro = ("Dear GCM Regional Review team,\n\nI hope this reaches you on time, we are sending this on the last day, "
             "sorry, we had a long power cut in Duhok this evening. Sinjar Survivors' Voice (SSV) is a group led by "
             "displaced Yazidi survivors. We would like to propose the following speakers:")
    outro = "Thank you for considering our request.\n\nBest,\nVian Barakat\nSSV volunteer coordinator"
    text = intro + "\n\nName\tTitle\tOrganisation\tRole\n" + "\n".join("\t".join(x) for x in rows) + "\n\n" + outro + "\n"
    cell = '<td style="border:1px solid #999;padding:4px">%s</td>'
    table = ('<table style="border-collapse:collapse"><tbody><tr>' + "".join(cell % h for h in ("Name", "Title", "Organisation", "Role"))
             + "</tr>" + "".join("<tr>" + "".join(cell % html.escape(c) for c in row) + "</tr>" for row in rows)
             + "</tbody></table>")
    hb = ('<html><head></head><body><div class="ydp3c1d2e4ayahoo-style-wrap" style="font-family:Helvetica Neue, '
          'Helvetica, Arial, sans-serif;font-size:13px;">' + "".join("<div>%s</div><div><br></div>" % p for p in html_lines(intro))
          + table + "<div><br></div>" + "".join("<div>%s</div><div><br></div>" % p for p in html_lines(outro))
          + "</div></body></html>\n")
    body = mp("alternative", [tpart(text), tpart(hb, "html")], "----=_Part_" + hashlib.sha256(b"N59").hexdigest()[:7] + "_1160311021.1612559345123")
    frm = "ssv.sinjar@yahoo.example.com"
    hs = trace(k, r, frm, "sonic309-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.12",
               "from 185.71.0.14 by sonic309-21.consmr.mail.ir2.yahoo.example.com with HTTP; Fri, 5 Feb 2021 22:10:01 +0000")
    hs += [("Date", "Sat, 6 Feb 2021 01:09:58 +0300 (AST)"), ("From", addr("Sinjar Survivors' Voice", frm)),
           ("To", "\"gcmrrarabstates@iom.int\" <%s>" % MBOX),
           ("Message-ID", "<%s.%s@mail.yahoo.example.com>" % (hashlib.sha256(b"N59a").hexdigest()[:10], "1160311021")),
           ("Subject", "Speakers proposed by SSV (Sinjar) - plenary, roundtable 1, open discussion"),
           ("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    return finalize(body, hs)


REPORT_O = "تقرير جمعية نور الرحمة الخيرية - الاستعراض الطوعي.pdf"


@message("O", rcv(2021, 2, 8, 9, 45, 0), "voluntary_report", "ar", True, report_attachments=[REPORT_O],
         notes="faith-based charity in Mosul; Gmail layout with the Arabic PDF name RFC 2047-encoded inside the "
               "quoted name/filename parameters (not RFC 2231); base64 text and HTML; the PDF content is in "
               "English although the mail is Arabic.")
def build_O(k, r):
    text = """السادة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون،

تحية طيبة وبعد،

يسر جمعية نور الرحمة الخيرية في الموصل أن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي يتناول أوضاع النازحين العائدين إلى الموصل وسهل نينوى خلال عامي ٢٠١٩ و٢٠٢٠، وخاصة ما يتعلق بالوثائق المدنية وسبل العيش.

نرجو التفضل بتأكيد الاستلام.

مع فائق الاحترام،
الأب يوسف متي
رئيس الهيئة الإدارية
جمعية نور الرحمة الخيرية - الموصل
"""
    alt = mp("alternative", [tpart(text, cte="base64"), tpart(gmail_html(text, rtl=True), "html", cte="base64")], gbnd(k, 1))
    pdf = make_pdf(["Nour Al-Rahma Charitable Society - Mosul",
                    "Voluntary GCM Review Report, February 2021",
                    "1. Return of displaced families to Mosul and the Nineveh Plains.",
                    "2. Objective 4: civil documentation for returnees.",
                    "3. Objective 19: livelihoods and local reconstruction.",
                    "4. Recommendations."], "Nour Al-Rahma GCM report")
    q = ew(REPORT_O, maxbytes=60).replace("\n ", " ")
    att = apart(pdf, 'application/pdf; \n\tname="%s"' % q, 'attachment; \n\tfilename="%s"' % q,
                extra_headers=[("X-Attachment-Id", "f_kkv3x9z10")])
    att._headers = [h for h in att._headers if h[0] != "Content-ID"]
    att._headers.insert(3, ("Content-ID", "<f_kkv3x9z10>"))
    body = mp("mixed", [alt, att], gbnd(k, 0))
    frm = "nour.alrahma.mosul@mailbox.example.com"
    hs = trace(k, r, frm, "mail-lj1-f170.google.com", "209.85.208.170",
               "by mail-lj1-f170.google.com with SMTP id u4so3011ljh.6\n\tfor <%s>; Sun, 07 Feb 2021 23:44:58 -0800 (PST)" % MBOX)
    hs += [("From", addr("جمعية نور الرحمة الخيرية", frm)), ("Date", "Mon, 8 Feb 2021 10:44:52 +0300"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", subj("التقرير الطوعي لجمعية نور الرحمة الخيرية - الموصل")), ("To", MBOX)]
    return finalize(body, hs)


REPORT_P = "Rapport_collectif_Réseau_Cèdre_pour_les_droits_des_migrants_PMM_2021.docx"


@message("P", rcv(2021, 2, 9, 15, 12, 33), "voluntary_report", "fr", True, report_attachments=[REPORT_P],
         notes="collective report of a Lebanese network (seven member associations listed in the body, which "
               "are not speakers); DOCX name with accents in RFC 2231 continuations (filename*0*/filename*1*); "
               "Thunderbird format=flowed, 8bit UTF-8. The body announces that the network 'will send its "
               "speaker proposal separately' (no speaker in this message).")
def build_P(k, r):
    text = """Madame, Monsieur,

Le Réseau Cèdre pour les droits des migrants (RCDM) a l'honneur de vous transmettre en pièce jointe son rapport collectif d'examen volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé conjointement par les sept associations membres du réseau : Amel Tripoli, Insan Saïda, Caritas-Zahlé (antenne migrants), Kafa Akkar, Dar el-Karama, Association Najdeh Tyr et le Collectif des travailleurs migrants du Kesrouan.

Nous vous enverrons séparément, le cas échéant, la proposition d'intervenant du réseau.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Hiba Rahal
Secrétaire exécutive
Réseau Cèdre pour les droits des migrants (RCDM)
Jounieh, Liban
"""
    docx = make_docx(["Réseau Cèdre pour les droits des migrants (RCDM)",
                      "Rapport collectif d'examen volontaire du PMM - Liban, février 2021",
                      "Objectifs 6, 7 et 16 : recrutement équitable, système de kafala, inclusion.",
                      "Recommandations au Réseau régional des Nations Unies sur les migrations."])
    ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\t' + rfc2231(REPORT_P, "name", 40)
    att = apart(docx, ct, "attachment;\n\t" + rfc2231(REPORT_P, "filename", 40))
    body = mp("mixed", [tpart(flow(text), charset="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8; format=flowed"), att],
              "------------" + hashlib.sha256(b"P59").hexdigest()[:24].upper())
    frm = "secretariat@reseau-cedre.example.org"
    hs = trace(k, r, frm, "smtp.reseau-cedre.example.org", "203.0.113.150")
    hs += [("To", MBOX), ("From", addr("Hiba Rahal - Réseau Cèdre", frm, enc="Q")),
           ("Subject", subj("Rapport collectif d'examen volontaire du PMM – Réseau Cèdre (RCDM)", "UTF-8", "Q")),
           ("Message-ID", mid(k, "reseau-cedre.example.org")), ("Date", "Tue, 9 Feb 2021 15:12:27 +0200"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101\n Thunderbird/78.7.1"),
           ("Content-Language", "fr-FR")]
    return finalize(body, hs)


@message("Q", rcv(2021, 2, 10, 10, 5, 0), "other", "fr", True,
         notes="HTML-only question about the report format (template, length, language, collective vs "
               "individual, PDF or Word): keyword-heavy but submits nothing. Organisation webmail, French "
               "with accents, QP.")
def build_Q(k, r):
    text = """Bonjour,

Notre association prépare son rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations et nous aurions quelques questions avant de l'envoyer :

- Existe-t-il un modèle ou un plan à suivre ?
- Y a-t-il un nombre maximum de pages ?
- Le rapport peut-il être rédigé en arabe, ou faut-il une version en français ou en anglais ?
- Un rapport collectif avec deux autres associations de Ramallah est-il accepté, et faut-il l'envoyer en PDF ou en Word ?

Merci d'avance pour votre réponse.

Salutations cordiales,
Lina Barghouthi
Association Palestinienne Jeunesse et Mobilité (APJM), Ramallah
"""
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
         '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n'
         + "".join("<p>%s</p>\n" % p for p in html_lines(text)) + "</body></html>\n")
    body = tpart(h, "html", "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")
    frm = "l.barghouthi@apjm-ramallah.example.ps"
    hs = trace(k, r, frm, "mail.apjm-ramallah.example.ps", "192.0.2.203",
               "from [10.1.1.9] by mail.apjm-ramallah.example.ps with HTTP (HTTP/1.1 POST);\n\tWed, 10 Feb 2021 10:04:55 +0200")
    hs += [("Date", "Wed, 10 Feb 2021 10:04:55 +0200"), ("From", addr("Lina Barghouthi", frm)), ("To", MBOX),
           ("Subject", subj("Question sur le format du rapport volontaire", "UTF-8", "Q")),
           ("Message-ID", "<%s@apjm-ramallah.example.ps>" % hashlib.sha256(b"Q59").hexdigest()[:32]),
           ("X-Sender", frm), ("User-Agent", "Roundcube Webmail/1.4.9")]
    return finalize(body, hs)


REPORT_R = "HCLMS_Voluntary_GCM_Review_Report_2021.pdf"


@message("R", rcv(2021, 2, 11, 12, 40, 20), "both", "en", True,
         speakers=[sp("Yousef Abu Sneineh", "Director", "Hebron Centre for Labour Mobility Studies (HCLMS)",
                      ["roundtable"], 3)],
         report_attachments=[REPORT_R],
         notes="both, received 11 February: the report is on time but the speaker part is late, so on_time is "
               "false (the sender even says so). Speaker in a sentence ('our Director, Dr. ...'), 'Dr.' not part "
               "of the name; affiliation in full with acronym only in the first sentence; two roundtables "
               "('third ... or, failing that, the first'): first choice 3. Gmail multipart/mixed.")
def build_R(k, r):
    text = """Dear colleagues,

On behalf of the Hebron Centre for Labour Mobility Studies (HCLMS), please find attached our voluntary GCM review report, which looks at Palestinian workers commuting across the Green Line and to the Gulf, and at the recruitment fees they pay.

We understand that the deadline for speaking roles has passed, but if there is still any possibility, we would like to nominate our Director, Dr. Yousef Abu Sneineh, to take the floor in the third thematic roundtable (or, failing that, the first).

Many thanks and best regards,

Asmaa Tamimi
Research and Publications Officer
HCLMS - Hebron, Palestine
"""
    alt = mp("alternative", [tpart(text), tpart(gmail_html(text), "html")], gbnd(k, 1))
    pdf = make_pdf(["Hebron Centre for Labour Mobility Studies (HCLMS)",
                    "Voluntary GCM Review Report 2021",
                    "1. Cross-Green-Line commuting workers and permit brokers.",
                    "2. Objective 6: fair and ethical recruitment; fees and debts.",
                    "3. Objective 22: portability of social security entitlements.",
                    "4. Recommendations."], "HCLMS GCM report")
    att = apart(pdf, 'application/pdf; name="%s"' % REPORT_R, 'attachment; filename="%s"' % REPORT_R,
                extra_headers=[("X-Attachment-Id", "f_kl0a8c2m0"), ("Content-ID", "<f_kl0a8c2m0>")])
    body = mp("mixed", [alt, att], gbnd(k, 0))
    frm = "asmaa.tamimi@hclms.example.ps"
    hs = trace(k, r, frm, "mail-pl1-f173.google.com", "209.85.214.173",
               "by mail-pl1-f173.google.com with SMTP id b8so1140plh.12\n\tfor <%s>; Thu, 11 Feb 2021 02:40:18 -0800 (PST)" % MBOX)
    hs += [("From", addr("Asmaa Tamimi", frm)), ("Date", "Thu, 11 Feb 2021 12:40:12 +0200"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", "HCLMS voluntary GCM review report + speaker nomination"), ("To", MBOX)]
    return finalize(body, hs)


REPORT_S = "CDMS_Duhok_Voluntary_GCM_Report_2021.pdf"


@message("S", rcv(2021, 2, 12, 8, 58, 41), "voluntary_report", "en", True, report_attachments=[REPORT_S],
         notes="Gmail forward ('---------- Forwarded message ---------'): the report's author (a university "
               "research centre director) is in the forwarded block, the sender is a research assistant; the "
               "forwarded text says a speaking role is undecided and would be requested separately, so this is "
               "not a speaker request; the forwarded part also contains the review address.")
def build_S(k, r):
    text = """Dear GCM team,

Dr. Bayar asked me to forward the report below to you, as his message bounced back from the address he used. Apologies for the delay.

Regards,
Rozh Abdulla
Research Assistant, CDMS

---------- Forwarded message ---------
From: Bayar Hawrami <b.hawrami@uod.example.edu.iq>
Date: Wed, Feb 10, 2021 at 4:12 PM
Subject: Voluntary GCM review report - CDMS, University of Duhok
To: <gcmrrarabstates@iom.org>
Cc: Rozh Abdulla <rozh.abdulla@uod.example.edu.iq>


Dear colleagues at gcmrrarabstates@iom.int,

Please find attached the voluntary GCM review report of the Centre for Displacement and Migration Studies (CDMS), College of Humanities, University of Duhok. It draws on our 2020 panel survey of IDP and refugee households in the Kurdistan Region of Iraq.

We have not yet decided whether to request a speaking role; if we do, we will write to you separately.

Best wishes,
Bayar Hawrami
Director, CDMS
"""
    alt = mp("alternative", [tpart(text), tpart(gmail_html(text), "html")], gbnd(k, 1))
    pdf = make_pdf(["Centre for Displacement and Migration Studies (CDMS), University of Duhok",
                    "Voluntary GCM Review Report 2021",
                    "1. Panel survey of 1,450 IDP and refugee households (2020).",
                    "2. Objectives 2, 5 and 16: drivers, regular pathways, inclusion.",
                    "3. Recommendations for the Kurdistan Region and federal authorities."], "CDMS GCM report")
    att = apart(pdf, 'application/pdf; name="%s"' % REPORT_S, 'attachment; filename="%s"' % REPORT_S,
                extra_headers=[("X-Attachment-Id", "f_kl2b1q7d0"), ("Content-ID", "<f_kl2b1q7d0>")])
    body = mp("mixed", [alt, att], gbnd(k, 0))
    frm = "rozh.abdulla@uod.example.edu.iq"
    hs = trace(k, r, frm, "mail-qk1-f182.google.com", "209.85.222.182",
               "by mail-qk1-f182.google.com with SMTP id 145so3324qkk.9\n\tfor <%s>; Thu, 11 Feb 2021 22:58:39 -0800 (PST)" % MBOX)
    hs += [("From", addr("Rozh Abdulla", frm)), ("Date", "Fri, 12 Feb 2021 09:58:33 +0300"),
           ("Message-ID", mid(k, "mail.gmail.com")),
           ("Subject", "Fwd: Voluntary GCM review report - CDMS, University of Duhok"), ("To", MBOX),
           ("Cc", addr("Bayar Hawrami", "b.hawrami@uod.example.edu.iq"))]
    return finalize(body, hs)


REPORT_T = "تقرير بلدية المفرق الكبرى - الاتفاق العالمي للهجرة.docx"


@message("T", rcv(2021, 2, 14, 19, 20, 0), "both", "ar", True,
         speakers=[sp("عمر سليمان الخوالدة", "مدير وحدة التنمية المحلية", "بلدية المفرق الكبرى", ["roundtable"], 4)],
         report_attachments=[REPORT_T],
         notes="both, 14 February: report on time, speaker part late, so on_time false. Municipality in Jordan; "
               "speaker in a sentence after the honorific 'الأستاذ', title and affiliation joined by 'في'; "
               "roundtable as an ordinal word ('الطاولة المستديرة الرابعة'). Outlook, base64 UTF-8 text and "
               "HTML; Arabic DOCX name as RFC 2231 (filename*=utf-8''...) plus an RFC 2047 name= parameter.")
def build_T(k, r):
    text = """السادة الأمانة العامة للشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم طيه تقرير بلدية المفرق الكبرى الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي يتناول أثر استضافة اللاجئين السوريين على الخدمات البلدية وسوق العمل المحلي.

كما نود ترشيح الأستاذ عمر سليمان الخوالدة، مدير وحدة التنمية المحلية في بلدية المفرق الكبرى، للمداخلة في الطاولة المستديرة الرابعة خلال المؤتمر، مع الاعتذار عن التأخر في إرسال الترشيح.

وتفضلوا بقبول فائق الاحترام،

م. ليث بني خالد
وحدة الشراكات والتعاون الدولي
بلدية المفرق الكبرى - المملكة الأردنية الهاشمية
"""
    alt = mp("alternative", [tpart(text, cte="base64"), tpart(outlook_html(text, "utf-8", rtl=True), "html", cte="base64")], bnd(k, 1))
    docx = make_docx(["Greater Mafraq Municipality - Voluntary GCM Review Report",
                      "تقرير بلدية المفرق الكبرى حول تنفيذ الاتفاق العالمي من أجل الهجرة",
                      "1. Municipal services under refugee hosting pressure.",
                      "2. Local labour market and work permits (Objectives 6 and 18).",
                      "3. Recommendations."])
    ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="%s"' % ew(REPORT_T, maxbytes=60).replace("\n ", "\n\t")
    att = apart(docx, ct, "attachment;\n\t" + rfc2231(REPORT_T, "filename") + ";\n\tsize=%d" % len(docx))
    body = mp("mixed", [alt, att], bnd(k, 0))
    frm = "partnerships@mafraq-municipality.example.gov.jo"
    hs = trace(k, r, frm, "mail.mafraq-municipality.example.gov.jo", "198.51.100.201",
               "from MAFEX01.mafraq.local (10.1.0.4) by MAFEX02.mafraq.local (10.1.0.5)\n\twith "
               "Microsoft SMTP Server id 15.0.1497.2; Sun, 14 Feb 2021 19:19:56 +0200")
    hs += [("From", addr("ليث بني خالد", frm)), ("To", '"gcmrrarabstates@iom.int" <%s>' % MBOX),
           ("Subject", subj("تقرير بلدية المفرق الكبرى الطوعي وترشيح متحدث")),
           ("Thread-Topic", subj("تقرير بلدية المفرق الكبرى الطوعي وترشيح متحدث")),
           ("Date", "Sun, 14 Feb 2021 17:19:52 +0000"), ("Message-ID", mid(k, "MAFEX01.mafraq.local")),
           ("Accept-Language", "ar-JO, en-US"), ("Content-Language", "ar-JO"), ("X-MS-Has-Attach", "yes")]
    return finalize(body, hs)


REPORT_U = "Rapport_CFRB_PMM_2021.pdf"


@message("U", rcv(2021, 2, 16, 23, 50, 0), "voluntary_report", "fr", True, report_attachments=[REPORT_U],
         notes="edge: received 23:50:00 Beirut time on 16 February, the report deadline day: on time. Refugee-led "
               "women's collective; very short iPhone mail ('Envoyé de mon iPhone'), multipart/mixed with the "
               "PDF between two text parts, French without most accents.")
def build_U(k, r):
    t1 = """Bonsoir,

Ci-joint le rapport volontaire du Collectif des femmes refugiees de la Bekaa (CFRB), juste a temps j'espere !

"""
    t2 = """
Sawsan Hamdan
CFRB

Envoyé de mon iPhone
"""
    pdf = make_pdf(["Collectif des femmes refugiees de la Bekaa (CFRB)",
                    "Rapport volontaire - Pacte mondial sur les migrations, 2021",
                    "1. Violences basees sur le genre dans les campements informels.",
                    "2. Acces aux documents de sejour et a l'enregistrement des naissances.",
                    "3. Recommandations."], "Rapport CFRB")
    att = apart(pdf, 'application/pdf;\n\tx-unix-mode=0644;\n\tname="%s"' % REPORT_U, 'attachment;\n\tfilename="%s"' % REPORT_U)
    ub = "Apple-Mail-" + hashlib.sha256(b"U59").hexdigest()[:8].upper() + "-77A1-4C0F-8E21-5B90D7A3C6E1"
    body = mp("mixed", [tpart(t1, charset="us-ascii", cte="7bit", ct="text/plain;\n\tcharset=us-ascii"), att,
                        tpart(t2, charset="utf-8", ct="text/plain;\n\tcharset=utf-8")], ub)
    frm = "sawsan.hamdan.cfrb@mailbox.example.com"
    hs = trace(k, r, frm, "smtp.mailbox.example.com", "198.51.100.141")
    hs += [("From", addr("Sawsan Hamdan", frm)), ("Date", "Tue, 16 Feb 2021 23:49:52 +0200"),
           ("Subject", "Rapport volontaire CFRB"), ("Message-Id", mid(k, "mailbox.example.com")),
           ("To", MBOX), ("X-Mailer", "iPhone Mail (18D52)")]
    return finalize(body, hs)


REPORT_V = "RFMSU_GCM_Report_final.pdf"


@message("V", rcv(2021, 2, 17, 0, 10, 30), "voluntary_report", "en", True, report_attachments=[REPORT_V],
         notes="edge, late: received 00:10:30 on 17 February Beirut time (ten minutes after the report deadline); "
               "the sender apologises for being 'a few minutes late'. Outlook for iOS, base64 UTF-8; Reply-To is "
               "a team list that does not exist (the acknowledgement bounces, next message).")
def build_V(k, r):
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Refugee and Forced Migration Studies Unit (RFMSU), Faculty of International Studies, University of Jordan. Apologies for sending it a few minutes late - our final proofreading took longer than planned.

Kind regards,
Dana Qudah
RFMSU

Get Outlook for iOS
"""
    alt = mp("alternative", [tpart(text, cte="base64"), tpart(gmail_html(text), "html", cte="base64")], bnd(k, 1))
    pdf = make_pdf(["Refugee and Forced Migration Studies Unit (RFMSU), University of Jordan",
                    "Voluntary GCM Review Report - final",
                    "1. Refugee work permits in Jordan, 2016-2020.",
                    "2. Objectives 5, 6 and 18.",
                    "3. Recommendations."], "RFMSU GCM report")
    att = apart(pdf, 'application/pdf; name="%s"' % REPORT_V, 'attachment; filename="%s"; size=%d' % (REPORT_V, len(pdf)))
    body = mp("mixed", [alt, att], bnd(k, 0))
    frm = "dana.qudah@ju.example.edu.jo"
    hs = trace(k, r, frm, "mail.ju.example.edu.jo", "192.0.2.190")
    hs += [("From", addr("Dana Qudah", frm)), ("To", MBOX), ("Reply-To", "rfmsu-team@ju.example.edu.jo"),
           ("Subject", "RFMSU voluntary GCM report"), ("Date", "Wed, 17 Feb 2021 00:10:21 +0200"),
           ("Message-ID", mid(k, "ju.example.edu.jo")), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", "yes")]
    return finalize(body, hs)


@message("W", rcv(2021, 2, 17, 0, 11, 40), "bounce", "en", False,
         notes="Postfix DSN (multipart/report; report-type=delivery-status, 5.1.1 user unknown) for the "
               "acknowledgement sent to the Reply-To address of the previous message; the returned headers "
               "(text/rfc822-headers) carry the acknowledgement subject. Never acknowledge.")
def build_W(k, r):
    ackmid = ack_id("V")
    t = """This is the mail system at host smtp-out.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rfmsu-team@ju.example.edu.jo>: host mail.ju.example.edu.jo[192.0.2.190] said:
    550 5.1.1 <rfmsu-team@ju.example.edu.jo>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    p1 = tpart(t, charset="us-ascii", cte="7bit", ct="text/plain; charset=us-ascii")
    p1["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    for n, v in [("Reporting-MTA", "dns; smtp-out.iom.int"), ("X-Postfix-Queue-ID", "4DgH2K0Zq1z9sW"),
                 ("X-Postfix-Sender", "rfc822; gcmrrarabstates@iom.int"),
                 ("Arrival-Date", "Wed, 17 Feb 2021 00:11:37 +0200 (EET)")]:
        b1[n] = v
    b2 = Message()
    for n, v in [("Final-Recipient", "rfc822; rfmsu-team@ju.example.edu.jo"),
                 ("Original-Recipient", "rfc822;rfmsu-team@ju.example.edu.jo"), ("Action", "failed"),
                 ("Status", "5.1.1"), ("Remote-MTA", "dns; mail.ju.example.edu.jo"),
                 ("Diagnostic-Code", "smtp; 550 5.1.1 <rfmsu-team@ju.example.edu.jo>: Recipient address\n    rejected: User unknown in virtual mailbox table")]:
        b2[n] = v
    ds.set_payload([b1, b2])
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
Received: from gcm-intake.iom.int (gcm-intake.iom.int [10.8.0.12])
	by smtp-out.iom.int (Postfix) with ESMTPS id 4DgH2K0Zq1z9sW
	for <rfmsu-team@ju.example.edu.jo>; Wed, 17 Feb 2021 00:11:37 +0200 (EET)
From: gcmrrarabstates@iom.int
To: rfmsu-team@ju.example.edu.jo
Subject: Re: RFMSU voluntary GCM report - %s
In-Reply-To: %s
Message-ID: %s
Date: Wed, 17 Feb 2021 00:11:36 +0200
Auto-Submitted: auto-replied
""" % (ACK_SUBJECT_EN, mid("V", "ju.example.edu.jo"), ackmid)
    p3 = tpart(hdrs, charset="us-ascii", cte="7bit", ct="text/rfc822-headers")
    p3["Content-Description"] = "Undelivered Message Headers"
    body = mp("report", [p1, ds, p3], "4DgH2L1b6Yz9sX.1613513500/smtp-out.iom.int", extra=" report-type=delivery-status;")
    hs = [("Return-Path", "<>"), ("Delivered-To", MBOX),
          ("Received", "by smtp-out.iom.int (Postfix)\n\tid 4DgH2L1b6Yz9sX; %s (EET)" % format_datetime(r)),
          ("Date", format_datetime(r) + " (EET)"), ("From", "MAILER-DAEMON@smtp-out.iom.int (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", MBOX), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<20210216221140.4DgH2L1b6Yz9sX@smtp-out.iom.int>")]
    return finalize(body, hs)


@message("X", rcv(2021, 2, 19, 10, 0, 0), "speaker_request", "fr", True,
         speakers=[sp("Hala Mroueh", "Maître de conférences", "Faculté de santé publique, Université libanaise", [])],
         notes="late (19 February) speaker request from a university faculty; name, title and affiliation only in "
               "the signature, after 'Dr'; no role stated ('prendre la parole lors de la conférence' does not say "
               "plenary or roundtable), so roles is empty. Apple Mail, QP text + HTML.")
def build_X(k, r):
    text = """Bonjour,

Je viens seulement de recevoir votre invitation par le biais d'une collègue. Je souhaiterais prendre la parole lors de la conférence régionale, si c'est encore possible, pour présenter nos travaux sur la santé des travailleuses migrantes au Liban pendant la pandémie.

Avec mes remerciements,

Dr Hala Mroueh
Maître de conférences – Faculté de santé publique, Université libanaise
Fanar, Liban
"""
    body = mp("alternative", [tpart(text, ct="text/plain;\n\tcharset=utf-8"),
                              tpart(apple_html(text), "html", ct="text/html;\n\tcharset=utf-8")],
              "Apple-Mail=_" + hashlib.sha256(b"X59").hexdigest()[:8].upper() + "-5E2D-4F11-A0C7-3B8E91D2F4A6")
    frm = "hala.mroueh@ul.example.edu.lb"
    hs = trace(k, r, frm, "smtp.ul.example.edu.lb", "203.0.113.9")
    hs += [("From", addr("Hala Mroueh", frm)),
           ("Subject", subj("Demande de prise de parole – conférence régionale PMM", "UTF-8", "Q")),
           ("Message-Id", "<8C0E5B7A-1F2D-4D3C-9A6B-%s@ul.example.edu.lb>" % hashlib.sha256(b"X59m").hexdigest()[:12].upper()),
           ("Date", "Fri, 19 Feb 2021 09:59:51 +0200"), ("To", MBOX),
           ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    return finalize(body, hs)


# ----------------------------------------------------------------------------------------------
def main():
    msgs = sorted(MESSAGES, key=lambda m: m["received_at"])
    assert len(msgs) == 24 and len({m["received_at"] for m in msgs}) == 24
    files = {m["key"]: "h59-%02d.eml" % i for i, m in enumerate(msgs, 1)}
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    sdl = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
    rdl = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
    labels = []
    for m in msgs:
        msg = m["build"](m["key"], m["received_at"])
        raw = flatten(msg)
        with open(os.path.join(OUT, files[m["key"]]), "wb") as f:
            f.write(raw)
        cat, ra = m["category"], m["received_at"]
        on_time = {"speaker_request": ra <= sdl, "voluntary_report": ra <= rdl,
                   "both": ra <= sdl and ra <= rdl}.get(cat)
        labels.append({
            "file": files[m["key"]],
            "received_at": ra.isoformat(),
            "category": cat,
            "language": m["language"],
            "acknowledge": m["acknowledge"],
            "on_time": on_time,
            "speakers": m["speakers"],
            "report_attachments": m["report_attachments"],
            "thread_of": files[m["thread_of"]] if m["thread_of"] else None,
            "notes": m["notes"],
        })
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
