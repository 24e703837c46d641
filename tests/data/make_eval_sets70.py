#!/usr/bin/env python3
"""Write the blind evaluation set holdout70 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets70.py
People and organisations are invented (labour ministries' partners, statistics offices, employers and
unions' joint committees, UN agency country offices in Iraq, Jordan, Egypt, Morocco, Libya, Sudan, Gulf).
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import urllib.parse
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout70")
POL = policy.compat32.clone(linesep="\r\n")
MBOX = "gcmrrarabstates@iom.int"


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


BEY = tz(2)


# ----------------------------------------------------------------------------- documents
def make_pdf(lines):
    """A tiny valid one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 12 Tf", "72 760 Td", "14 TL"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs):
    """A tiny valid DOCX (zip with [Content_Types].xml, _rels/.rels, word/document.xml)."""
    from xml.sax.saxutils import escape
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# tiny 1x1 PNG (logo / signature image decoys)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


# ----------------------------------------------------------------------------- MIME helpers
def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra_ct=""):
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    p["Content-Type"] = ct + extra_ct
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        raw = body.replace("\n", "\r\n").encode(charset)
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(body.encode(charset)).decode("ascii"))
    elif cte == "8bit":
        p.set_payload(body.encode(charset).decode("ascii", "surrogateescape"))
    else:  # 7bit
        body.encode("ascii")
        p.set_payload(body)
    return p


def b64word(s):
    return "=?utf-8?B?%s?=" % base64.b64encode(s.encode("utf-8")).decode("ascii")


def rfc2231(attr, value, chunk=None):
    """RFC 2231 parameter; with chunk, split into continuations attr*0*, attr*1* ... (Apple Mail style)."""
    enc = urllib.parse.quote(value.encode("utf-8"), safe="")
    if not chunk:
        return "%s*=utf-8''%s" % (attr, enc)
    tokens, i = [], 0
    while i < len(enc):
        if enc[i] == "%":
            tokens.append(enc[i:i + 3])
            i += 3
        else:
            tokens.append(enc[i])
            i += 1
    pieces, cur = [], ""
    for t in tokens:
        if len(cur) + len(t) > chunk:
            pieces.append(cur)
            cur = ""
        cur += t
    pieces.append(cur)
    out = []
    for n, pc in enumerate(pieces):
        out.append("%s*%d*=%s%s" % (attr, n, "utf-8''" if n == 0 else "", pc))
    return ";\n ".join(out)


def attachment(data, ctype, name, style="ascii", inline=False, cid=None):
    p = Message()
    disp = "inline" if inline else "attachment"
    if style == "2231":
        p["Content-Type"] = "%s;\n %s" % (ctype, rfc2231("name", name))
        p["Content-Disposition"] = "%s;\n %s" % (disp, rfc2231("filename", name))
    elif style == "2231c":  # Apple Mail: continuations
        p["Content-Disposition"] = "%s;\n %s" % (disp, rfc2231("filename", name, chunk=45))
        p["Content-Type"] = "%s;\n %s" % (ctype, rfc2231("name", name, chunk=45))
    elif style == "2047":
        p["Content-Type"] = '%s; name="%s"' % (ctype, b64word(name))
        p["Content-Disposition"] = '%s; filename="%s"' % (disp, b64word(name))
    else:
        p["Content-Type"] = '%s; name="%s"' % (ctype, name)
        p["Content-Disposition"] = '%s; filename="%s"' % (disp, name)
    if cid:
        p["Content-ID"] = "<%s>" % cid
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(subtype, boundary, parts, extra=""):
    p = Message()
    p["Content-Type"] = 'multipart/%s;\n boundary="%s"%s' % (subtype, boundary, extra)
    for x in parts:
        p.attach(x)
    return p


def addr(name, email_addr):
    if name is None:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (b64word(name), email_addr)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8")


def html_wrap(inner, rtl=False, outlook=False):
    d = ' dir="rtl"' if rtl else ""
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-US"%s>\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (d, inner))
    return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", inner)


def paras_html(text, tag="div"):
    import html as h
    out = []
    for ln in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, h.escape(ln) if ln.strip() else "<br>", tag))
    return "\n".join(out)


def finalize(body, received_at, sender_host, ip, headers, client_rcv=None):
    """Put trace + given headers in front of the MIME headers of body (a Message)."""
    mime = body._headers
    rcv = ("from %s (%s [%s])\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (EET)"
           % (sender_host, sender_host, ip, received_at.strftime("4D%d%H%M%SxQ"), MBOX,
              format_datetime(received_at.astimezone(BEY))))
    trace = [("Return-Path", "<%s>" % headers["_return"]),
             ("Delivered-To", MBOX),
             ("Received", rcv)]
    if client_rcv:
        trace.append(("Received", client_rcv))
    rest = [(k, v) for k, v in headers.items() if not k.startswith("_")]
    if not any(k.lower() == "mime-version" for k, _ in rest):
        rest.append(("MIME-Version", "1.0"))
    body._headers = []
    for k, v in trace + rest:
        body[k] = v
    body._headers.extend(mime)
    return body


def ser(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
    return buf.getvalue()


MESSAGES = []


def add(msg, label):
    MESSAGES.append((msg, label))


def D(y, mo, d, h, mi, s=0, z=BEY):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=z)


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


def lab(cat, lang, ack, on_time, speakers=(), reports=(), thread=None, notes=""):
    return {"category": cat, "language": lang, "acknowledge": ack, "on_time": on_time,
            "speakers": list(speakers), "report_attachments": list(reports), "thread_of": thread,
            "notes": notes}


DISCLAIMER_ILO = ("The information contained in this e-mail is intended only for the addressee(s). If you have "
                  "received it in error, please notify the sender and delete it. The views expressed are those of "
                  "the author and do not necessarily reflect the views of the International Labour Organization.")


MID = {}


# ============================================================================ 01 en speaker (ILO -> MoL counterpart)
def m01():
    r = D(2021, 1, 25, 11, 20, 14)
    MID[1] = "<DB8PR05MB6123A1F0C7E94B2D8A3F11C9BA4C0@DB8PR05MB6123.eurprd05.prod.outlook.com>"
    txt = """Dear colleagues of the Regional UN Network on Migration,

Thank you for sharing the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

On behalf of the ILO Country Office for Jordan, I am pleased to propose our counterpart at the Ministry of Labour, who has led the national consultations on labour migration governance this year, for a floor intervention in Roundtable 2.

Her details are as follows:
Name: Dr. Reem Al-Tarawneh
Title: Director, Migrant Workers Directorate
Organisation: Ministry of Labour, Hashemite Kingdom of Jordan

Please note that the ILO itself is not requesting a speaking slot; we are happy to support the Ministry in preparing the intervention.

With best regards,

Omar Khasawneh
National Programme Officer - Labour Migration
ILO Country Office for Jordan
International Labour Organization
Amman, Jordan | Tel: +962 6 000 0000

""" + DISCLAIMER_ILO + "\n"
    html = html_wrap(paras_html(txt, "p class=\"MsoNormal\"").replace("</p class=\"MsoNormal\">", "</p>"), outlook=True)
    body = multipart("alternative", "_000_DB8PR05MB6123A1F0C7E94B2D8A3F11C9BA4C0DB8PR05MB6123eurp_",
                     [text_part(txt, cte="quoted-printable", charset="us-ascii"),
                      text_part(html, "html", cte="quoted-printable", charset="us-ascii")])
    finalize(body, r, "mail-db8eur05on2090.outbound.protection.outlook.com", "40.107.20.90", {
        "_return": "khasawneh@ilo.example.org",
        "From": addr("Omar Khasawneh", "khasawneh@ilo.example.org"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": "Speaker proposal - Ministry of Labour Jordan - Roundtable 2",
        "Thread-Topic": "Speaker proposal - Ministry of Labour Jordan - Roundtable 2",
        "Date": format_datetime(D(2021, 1, 25, 9, 20, 3, tz(0))),
        "Message-ID": MID[1],
        "Accept-Language": "en-US",
        "Content-Language": "en-US",
        "X-MS-Has-Attach": "",
    })
    add(body, lab("speaker_request", "en", True, True,
                  [sp("Reem Al-Tarawneh", "Director, Migrant Workers Directorate",
                      "Ministry of Labour, Hashemite Kingdom of Jordan", ["roundtable"], 2)],
                  notes="UN staff member (ILO country office) proposes a government counterpart ('our counterpart at "
                        "the Ministry of Labour'); the sender and the ILO are not speakers (explicitly says ILO requests "
                        "no slot). Title with comma in one line ('Director, Migrant Workers Directorate'); 'Dr.' to strip; "
                        "long ILO disclaimer; Outlook text+HTML, Date header in UTC."))


# ============================================================================ 02 ar speaker, official letter
def m02():
    r = D(2021, 1, 27, 10, 5, 41)
    MID[2] = "<AM6PR10MB2775F1B0E3D64C5A9B7E22D4C0A10@AM6PR10MB2775.EURPRD10.PROD.OUTLOOK.COM>"
    txt = """الأمانة الفنية للشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المنطقة العربية المحترمين

تهدي اللجنة الوطنية المشتركة لأصحاب العمل والنقابات العمالية في العراق أطيب تحياتها إلى الأمانة الفنية للشبكة الإقليمية، وبالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، تتشرف بترشيح السيد حيدر كاظم الجبوري، أمين سر اللجنة، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.

مرفق طيه كتاب الترشيح الرسمي.

وتغتنم اللجنة هذه المناسبة لتعرب لكم عن فائق الاحترام والتقدير.

د. عبد الستار الربيعي
رئيس اللجنة
بغداد – جمهورية العراق
"""
    html = html_wrap(paras_html(txt, "p"), rtl=True, outlook=True).replace("charset=utf-8", "charset=windows-1256")
    alt = multipart("alternative", "_000_AM6PR10MB2775F1B0E3D64C5A9B7E22D4C0A10AM6PR10MB2775EURP_",
                    [text_part(txt, charset="windows-1256"),
                     text_part(html, "html", charset="windows-1256")])
    pdf = make_pdf(["Joint National Committee of Employers and Trade Unions - Iraq",
                    "Ref. 2021/17 - Nomination letter (scanned)",
                    "Nomination of Mr. Haidar Kadhim Al-Jubouri for a plenary floor intervention."])
    body = multipart("mixed", "_004_AM6PR10MB2775F1B0E3D64C5A9B7E22D4C0A10AM6PR10MB2775EURP_",
                     [alt, attachment(pdf, "application/pdf", "كتاب الترشيح 2021-17.pdf", "2047")])
    finalize(body, r, "mail-am6eur10on2119.outbound.protection.outlook.com", "40.107.6.119", {
        "_return": "secretariat@jncet-iq.example.org",
        "From": addr("اللجنة الوطنية المشتركة", "secretariat@jncet-iq.example.org"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": subj("ترشيح متحدث – المراجعة الإقليمية للاتفاق العالمي للهجرة"),
        "Date": format_datetime(D(2021, 1, 27, 11, 5, 30, tz(3))),
        "Message-ID": MID[2],
        "Content-Language": "ar-IQ",
        "X-MS-Has-Attach": "yes",
    })
    add(body, lab("speaker_request", "ar", True, True,
                  [sp("حيدر كاظم الجبوري", "أمين سر اللجنة",
                      "اللجنة الوطنية المشتركة لأصحاب العمل والنقابات العمالية في العراق", ["plenary"], None)],
                  notes="formal Arabic official-letter style ('تهدي ... أطيب تحياتها ... تتشرف بترشيح'); 'السيد' to strip; "
                        "the signer (د. عبد الستار الربيعي, رئيس اللجنة) is not the speaker; plenary given as 'إحدى الجلسات "
                        "العامة'. The attached PDF is the nomination letter, NOT a voluntary report. windows-1256 QP, "
                        "RFC 2047 Arabic attachment name, Iraq time zone in Date."))


# ============================================================================ 03 fr speaker, HCP Morocco, signature only
def m03():
    r = D(2021, 1, 29, 15, 47, 9)
    MID[3] = "<5c1e7a2b-90d4-4f3e-a1b8-2f0e6d9c3a71@hcp.example.ma>"
    txt = """Bonjour,

Suite à la lettre d'invitation relative à l'examen régional du Pacte
mondial pour des migrations sûres, ordonnées et régulières, je
souhaiterais prendre part à la discussion ouverte de la consultation
multipartite du 23 février.

Nos travaux récents portent sur la mesure des migrations de travail et
l'enquête nationale sur la migration internationale ; je pourrais
partager quelques résultats utiles aux échanges.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

-- 
Mohamed Amine Berrada
Chef du Service des statistiques migratoires
Haut-Commissariat au Plan (HCP)
Rabat - Maroc
Tél. : +212 5 37 00 00 00
"""
    body = text_part(txt, charset="UTF-8", cte="8bit", flowed=True)
    finalize(body, r, "smtp.hcp.example.ma", "196.200.131.20", {
        "_return": "ma.berrada@hcp.example.ma",
        "Message-ID": MID[3],
        "Date": "Fri, 29 Jan 2021 14:47:02 +0100",
        "MIME-Version": "1.0",
        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1",
        "Content-Language": "fr",
        "To": MBOX,
        "From": addr("BERRADA", "ma.berrada@hcp.example.ma"),
        "Subject": subj("Demande de prise de parole – examen régional PMM"),
    })
    add(body, lab("speaker_request", "fr", True, True,
                  [sp("Mohamed Amine Berrada", "Chef du Service des statistiques migratoires",
                      "Haut-Commissariat au Plan (HCP)", ["open_discussion"], None)],
                  notes="Moroccan statistics body; the speaker is the sender and his full name appears only in the "
                        "signature (display name is just the surname 'BERRADA'); role 'discussion ouverte de la "
                        "consultation multipartite'. Thunderbird format=flowed 8bit, '-- ' signature separator."))


# ============================================================================ 04 en speaker, three roles one person
def m04():
    r = D(2021, 2, 1, 16, 42, 55)
    MID[4] = "<CAJ8sQp3n0XrE2wT+7VbK1mD9yFh4uLc_6aZ0oG@mail.gmail.com>"
    txt = """Dear GCM Regional Review team,

I am writing on behalf of the Joint Employers-Workers Committee on Labour Migration (JEWC) in Amman, which brings together the national employers' chamber and the general federation of trade unions.

We would like to propose Mr. Fadi Nsour, our Head of Policy, as a speaker. Ideally he would take part in the open discussion of the multi-stakeholder consultation on 23 February, and then, if possible, deliver a floor intervention in a plenary session. If the plenary is oversubscribed, a slot in Roundtable 4 would also work for us.

Many thanks in advance, and please let me know if you need anything else.

Kind regards,
Dana Shboul
Coordinator, JEWC
"""
    html = html_wrap(paras_html(txt))
    body = multipart("alternative", "0000000000003a9f1105ba4c7d21",
                     [text_part(txt, charset="UTF-8"), text_part(html, "html", charset="UTF-8")])
    finalize(body, r, "mail-wr1-f54.google.com", "209.85.221.54", {
        "_return": "dana.shboul@gmail.com",
        "MIME-Version": "1.0",
        "From": addr("Dana Shboul", "dana.shboul@gmail.com"),
        "Date": "Mon, 1 Feb 2021 17:42:48 +0300",
        "Message-ID": MID[4],
        "Subject": "Speaker nomination - JEWC Jordan",
        "To": MBOX,
    })
    add(body, lab("speaker_request", "en", True, True,
                  [sp("Fadi Nsour", "Head of Policy", "Joint Employers-Workers Committee on Labour Migration (JEWC)",
                      ["open_discussion", "plenary", "roundtable"], 4)],
                  notes="one person asked for three roles in order of preference: open discussion, then plenary 'if "
                        "possible', then Roundtable 4 as fallback; nominator (Dana Shboul, 'Coordinator, JEWC') is not "
                        "the speaker; affiliation only by reference ('our Head of Policy') to the organisation named in "
                        "the first paragraph; 'Mr.' to strip. Gmail from a personal address."))


# ============================================================================ 05 ar speaker, colloquial, English org
def m05():
    r = D(2021, 2, 2, 13, 15, 27)
    MID[5] = "<CAHv2Kq9Lr7mT0eYx+pN3sWc8Bf1dZg_Qa5uJ4hR@mail.gmail.com>"
    txt = """أهلاً فريق المراجعة الإقليمية،

إزيكم؟ إحنا في Joint Committee of Egyptian Employers and Trade Unions (JCET) حابين نرشح اتنين من زمايلنا للمؤتمر:

١- د. منى عبد الحميد – Senior Researcher – عايزة تتكلم في الطاولة المستديرة الأولى
٢- أ. كريم فؤاد – Programme Officer – ممكن يكون المقرر اللي هيقدم الرسائل الرئيسية لأصحاب المصلحة

لو محتاجين أي بيانات تانية قولولنا.
شكراً جداً

نهى سليمان
JCET – Cairo
"""
    html = html_wrap(paras_html(txt), rtl=True)
    body = multipart("alternative", "000000000000b71c0205ba5e2f83",
                     [text_part(txt, charset="UTF-8", cte="base64"), text_part(html, "html", charset="UTF-8", cte="base64")])
    finalize(body, r, "mail-ej1-f43.google.com", "209.85.218.43", {
        "_return": "noha.soliman.jcet@gmail.com",
        "MIME-Version": "1.0",
        "From": addr("نهى سليمان", "noha.soliman.jcet@gmail.com"),
        "Date": "Tue, 2 Feb 2021 13:15:20 +0200",
        "Message-ID": MID[5],
        "Subject": subj("ترشيح متحدثين من JCET"),
        "To": MBOX,
    })
    aff = "Joint Committee of Egyptian Employers and Trade Unions (JCET)"
    add(body, lab("speaker_request", "ar", True, True,
                  [sp("منى عبد الحميد", "Senior Researcher", aff, ["roundtable"], 1),
                   sp("كريم فؤاد", "Programme Officer", aff, ["rapporteur"], None)],
                  notes="colloquial Egyptian Arabic with English organisation name and English titles; two speakers in a "
                        "numbered list with Arabic-Indic numerals; honorifics 'د.' and 'أ.' to strip; roundtable 1 as "
                        "'الطاولة المستديرة الأولى'; rapporteur only described ('المقرر اللي هيقدم الرسائل الرئيسية'); "
                        "sender (نهى سليمان) is not a speaker. Gmail base64 UTF-8."))


# ============================================================================ 06 fr both, Apple Mail, docx
def m06():
    r = D(2021, 2, 3, 9, 30, 12)
    MID[6] = "<8F2D4C61-3B7A-4E90-9C15-A7D2E6F0B348@cmem.example.ma>"
    txt = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du PMM préparé par le Comité mixte employeurs-syndicats pour la mobilité de la main-d'œuvre (CMEM), en concertation avec nos partenaires du ministère de l'Emploi.

Par ailleurs, nous souhaitons proposer Mme Khadija Ouazzani, Secrétaire générale du CMEM, pour une intervention dans la table ronde n°3.

Nous vous remercions de votre attention.

Cordialement,

Rachid Lahlou
Chargé de communication – CMEM
Casablanca
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word;">' + paras_html(txt) + "</body></html>\n")
    alt = multipart("alternative", "Apple-Mail=_6C0E1B27-94A3-4D5F-8E21-3FA0C9D7B152",
                    [text_part(txt, charset="utf-8"), text_part(html, "html", charset="utf-8")])
    name = "Rapport volontaire PMM – CMEM (février 2021).docx"
    docx = make_docx(["Comité mixte employeurs-syndicats pour la mobilité de la main-d'œuvre (CMEM)",
                      "Rapport volontaire d'examen du Pacte mondial pour les migrations",
                      "1. Contexte  2. Progrès réalisés  3. Défis  4. Recommandations"])
    body = multipart("mixed", "Apple-Mail=_0B9A7E44-1D2C-4F86-A3E5-7C18D0F6B29E",
                     [alt, attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      name, "2231c")])
    finalize(body, r, "smtp.cmem.example.ma", "196.12.205.77", {
        "_return": "r.lahlou@cmem.example.ma",
        "From": addr("Rachid Lahlou", "r.lahlou@cmem.example.ma"),
        "Mime-Version": "1.0 (Mac OS X Mail 14.0 \\(3654.40.0.2.32\\))",
        "Subject": subj("Rapport volontaire PMM et proposition d'intervenante – CMEM"),
        "Date": "Wed, 3 Feb 2021 08:30:05 +0100",
        "To": MBOX,
        "Message-Id": MID[6],
        "X-Mailer": "Apple Mail (2.3654.40.0.2.32)",
    })
    add(body, lab("both", "fr", True, True,
                  [sp("Khadija Ouazzani", "Secrétaire générale",
                      "Comité mixte employeurs-syndicats pour la mobilité de la main-d'œuvre (CMEM)", ["roundtable"], 3)],
                  reports=[name],
                  notes="both: DOCX report attached plus a speaker proposal; speaker is not the sender, title+acronym in "
                        "one phrase ('Secrétaire générale du CMEM') so the full affiliation comes from the first "
                        "paragraph; 'Mme' to strip; roundtable as 'table ronde n°3'; 'œ' ligature; Apple Mail RFC 2231 "
                        "continuation (filename*0*/*1*) with en dash and accent in the file name."))


# ============================================================================ 07 en report, UNDP Sudan, Outlook logo
def m07():
    r = D(2021, 2, 3, 15, 2, 48)
    MID[7] = "<HE1PR0801MB2204C3E9F5A1B7D60E4A9F21D8B70@HE1PR0801MB2204.eurprd08.prod.outlook.com>"
    name = "Sudan UN Network on Migration - GCM Voluntary Review 2021.pdf"
    txt = """Dear Secretariat,

On behalf of the UN Network on Migration in Sudan, please find attached our collective voluntary GCM review report, prepared with the Ministry of Labour and Administrative Reform, the Central Bureau of Statistics and the UN agencies of the country network (IOM, ILO, UNHCR, UNICEF, UNDP).

We remain available for any clarification.

Best regards,

Amani Elfadil
Migration and Development Specialist
United Nations Development Programme (UNDP) Sudan
Khartoum, Sudan

[UNDP logo]
CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
"""
    html = html_wrap(paras_html(txt, "p").replace("[UNDP logo]", '<img src="cid:image001.png@01D6FA1C.2B3E4F50" width="60">'),
                     outlook=True)
    alt = multipart("alternative", "_000_HE1PR0801MB2204C3E9F5A1B7D60E4A9F21D8B70HE1PR0801MB2204_",
                    [text_part(txt, charset="us-ascii"), text_part(html, "html", charset="us-ascii")])
    rel = multipart("related", "_006_HE1PR0801MB2204C3E9F5A1B7D60E4A9F21D8B70HE1PR0801MB2204_",
                    [alt, attachment(PNG, "image/png", "image001.png", inline=True, cid="image001.png@01D6FA1C.2B3E4F50")],
                    extra=';\n type="multipart/alternative"')
    pdf = make_pdf(["United Nations Network on Migration in Sudan",
                    "Voluntary GCM Review - Collective Report 2021",
                    "Objectives 5, 6 and 23: progress, gaps, recommendations."])
    body = multipart("mixed", "_007_HE1PR0801MB2204C3E9F5A1B7D60E4A9F21D8B70HE1PR0801MB2204_",
                     [rel, attachment(pdf, "application/pdf", name)])
    finalize(body, r, "mail-he1eur08on2078.outbound.protection.outlook.com", "40.107.13.78", {
        "_return": "amani.elfadil@undp.example.org",
        "From": addr("Amani Elfadil", "amani.elfadil@undp.example.org"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": "Voluntary GCM review report - UN Network on Migration in Sudan",
        "Date": format_datetime(D(2021, 2, 3, 15, 2, 40, BEY)),
        "Message-ID": MID[7],
        "X-MS-Has-Attach": "yes",
        "Content-Language": "en-US",
    })
    add(body, lab("voluntary_report", "en", True, True, reports=[name],
                  notes="collective report from a UN country network (UNDP Sudan staff sending); PDF attachment plus an "
                        "inline logo image001.png that is not part of the report; the UN agencies listed in the body "
                        "are not speakers; Outlook related/alternative/mixed nesting and confidentiality notice."))


# ============================================================================ 08 ar other, interpretation question
def m08():
    r = D(2021, 2, 4, 8, 40, 33)
    MID[8] = "<1612420826.417293.1@mail.yahoo.com>"
    txt = """السلام عليكم

عندي سؤال بخصوص الترجمة الفورية في المؤتمر: هل حتكون في ترجمة للعربي في الطاولات المستديرة ولا بس في الجلسات العامة؟
وكمان لو حبينا نعمل مداخلة، ممكن تكون بالعربي ولا لازم بالإنجليزي؟

وشكراً كتير
مها إدريس
مكتب اليونيسف – الخرطوم
"""
    html = '<html><head></head><body><div class="ydp3f2a1b7cyahoo-style-wrap" dir="rtl">' + paras_html(txt) + "</div></body></html>\n"
    body = multipart("alternative", "----=_Part_417292_1960475431.1612420826417",
                     [text_part(txt, charset="UTF-8"), text_part(html, "html", charset="UTF-8")])
    finalize(body, r, "sonic305-21.consmr.mail.ir2.yahoo.com", "77.238.176.150", {
        "_return": "maha_idris@yahoo.com",
        "Date": "Thu, 4 Feb 2021 06:40:26 +0000 (UTC)",
        "From": addr("Maha Idris", "maha_idris@yahoo.com"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Message-ID": MID[8],
        "Subject": subj("سؤال عن الترجمة"),
        "MIME-Version": "1.0",
        "X-Mailer": "WebService/1.1.17597 YMailNorrin",
    })
    add(body, lab("other", "ar", True, None,
                  notes="colloquial Arabic question about interpretation in roundtables and plenary: mentions "
                        "'مداخلة', 'الطاولات المستديرة', 'الجلسات العامة' but proposes no speaker (hypothetical 'لو "
                        "حبينا'); Yahoo, English display name."))


# ============================================================================ 09 en speaker from info@ shared mailbox
def m09():
    r = D(2021, 2, 4, 12, 0, 19)
    MID[9] = "<b6f19c0e42d7a8c1e05f3a9d27b4c810@webmail.glmo.example.org>"
    txt = """Dear Secretariat,

Further to your kind invitation, I would like to intervene in the second roundtable on behalf of our Observatory, drawing on our recent survey of recruitment costs in the GCC.

Kind regards,

Tariq Al-Mansoori
Research Coordinator
Gulf Labour Mobility Observatory (GLMO)
Muscat, Sultanate of Oman
"""
    body = text_part(txt, charset="US-ASCII", cte="7bit", flowed=True)
    finalize(body, r, "webmail.glmo.example.org", "185.93.241.12", {
        "_return": "info@glmo.example.org",
        "MIME-Version": "1.0",
        "Date": "Thu, 04 Feb 2021 14:00:11 +0400",
        "From": addr("GLMO Info", "info@glmo.example.org"),
        "To": MBOX,
        "Subject": "Speaking request - Roundtable",
        "Message-ID": MID[9],
        "X-Sender": "info@glmo.example.org",
        "User-Agent": "Roundcube Webmail/1.4.10",
    })
    add(body, lab("speaker_request", "en", True, True,
                  [sp("Tariq Al-Mansoori", "Research Coordinator", "Gulf Labour Mobility Observatory (GLMO)",
                      ["roundtable"], 2)],
                  notes="sent from a shared info@ mailbox (display name 'GLMO Info'); the speaker is the person in the "
                        "signature only; roundtable number in words ('the second roundtable'); Roundcube webmail, +0400."))


# ============================================================================ 10 fr speaker, edge 23:50 Beirut
def m10():
    r = D(2021, 2, 5, 23, 50, 6)
    MID[10] = "<PR3P194MB0828E1D4B7A92C3F6E0D5B8AC4F21@PR3P194MB0828.EURP194.PROD.OUTLOOK.COM>"
    txt = """Bonsoir,

Le Bureau du HCR au Maroc souhaite proposer la candidature de M. Anas El Idrissi pour une intervention en séance plénière lors de la conférence des 24 et 25 février :

Nom : Anas El Idrissi
Fonction : Chargé de protection
Organisation : Haut Commissariat des Nations Unies pour les réfugiés (HCR) – Bureau du Maroc

Avec nos excuses pour cet envoi tardif.

Bien cordialement,

Salma Bennani
Associée aux relations extérieures
HCR Maroc | Rabat
"""
    html = html_wrap(paras_html(txt, "p"), outlook=True).replace("charset=utf-8", "charset=windows-1252")
    body = multipart("alternative", "_000_PR3P194MB0828E1D4B7A92C3F6E0D5B8AC4F21PR3P194MB0828EURP_",
                     [text_part(txt, charset="windows-1252"), text_part(html, "html", charset="windows-1252")])
    finalize(body, r, "mail-pr3eur19on2131.outbound.protection.outlook.com", "40.107.3.131", {
        "_return": "bennanis@unhcr.example.org",
        "From": addr("Salma Bennani", "bennanis@unhcr.example.org"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": subj("Proposition d'intervenant – séance plénière – HCR Maroc"),
        "Date": "Fri, 5 Feb 2021 22:49:58 +0100",
        "Message-ID": MID[10],
        "Content-Language": "fr-FR",
        "X-MS-Has-Attach": "",
    })
    add(body, lab("speaker_request", "fr", True, True,
                  [sp("Anas El Idrissi", "Chargé de protection",
                      "Haut Commissariat des Nations Unies pour les réfugiés (HCR) – Bureau du Maroc", ["plenary"], None)],
                  notes="edge: received 23:50 Beirut on Fri 5 Feb (Date header 22:49 +0100), so on time; nominator "
                        "(Salma Bennani) is not the speaker; labelled block with French labels 'Nom/Fonction/"
                        "Organisation'; 'M.' to strip; plenary as 'séance plénière'; windows-1252 QP."))


# ============================================================================ 11 ar speaker, late 00:10, iPhone
def m11():
    r = D(2021, 2, 6, 0, 10, 4)
    MID[11] = "<A3C9E1F2-7B64-4D08-B5A1-9E2F3C8D7041@gmail.com>"
    txt = """السلام عليكم ورحمة الله

أنا الدكتورة سارة عثمان الطيب، أعمل كباحثة أولى في الجهاز المركزي للإحصاء، الخرطوم، وأرغب في المشاركة كمتحدثة في المؤتمر الإقليمي لمراجعة الاتفاق العالمي للهجرة إذا أمكن ذلك.

مع الشكر والتقدير

أُرسلت من الـ iPhone
"""
    body = text_part(txt, charset="utf-8", cte="base64")
    finalize(body, r, "mail-wm1-f41.google.com", "209.85.128.41", {
        "_return": "sara.eltayeb.cbs@gmail.com",
        "From": addr("Sara Eltayeb", "sara.eltayeb.cbs@gmail.com"),
        "Mime-Version": "1.0 (1.0)",
        "Date": "Sat, 6 Feb 2021 00:09:57 +0200",
        "Subject": subj("طلب مشاركة كمتحدثة"),
        "Message-Id": MID[11],
        "To": MBOX,
        "X-Mailer": "iPhone Mail (18D52)",
    })
    add(body, lab("speaker_request", "ar", True, False,
                  [sp("سارة عثمان الطيب", "باحثة أولى", "الجهاز المركزي للإحصاء", [], None)],
                  notes="late edge: received 00:10 Beirut on Sat 6 Feb (Date header 00:09 +0200), after the speaker "
                        "deadline; self-introduction in a sentence ('أعمل كباحثة أولى في الجهاز المركزي للإحصاء، "
                        "الخرطوم') with honorific 'الدكتورة' to strip; no role stated; Latin display name differs from "
                        "the Arabic name; iPhone single-part base64."))


# ============================================================================ 12 fr other, thank-you reply to ack of 10
def m12():
    r = D(2021, 2, 6, 10, 12, 37)
    ack = "<ack-20210206-0812-h7k2@gcmrrarabstates.iom.int>"
    txt = """Bonjour,

Merci beaucoup pour votre accusé de réception, c'est bien noté.

Bonne fin de semaine,
Salma

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : samedi 6 février 2021 07:12
À : Salma Bennani <bennanis@unhcr.example.org>
Objet : Accusé de réception : Proposition d'intervenant – séance plénière – HCR Maroc

Madame, Monsieur,

Nous accusons réception de votre demande de prise de parole pour M. Anas El Idrissi (séance plénière). Le secrétariat reviendra vers vous après examen des demandes.

Secrétariat de l'examen régional du PMM
"""
    html = html_wrap(paras_html(txt, "p"), outlook=True).replace("charset=utf-8", "charset=windows-1252")
    body = multipart("alternative", "_000_PR3P194MB08289A0C4E2D7F1B6C3E8D5AF1E20PR3P194MB0828EURP_",
                     [text_part(txt, charset="windows-1252"), text_part(html, "html", charset="windows-1252")])
    finalize(body, r, "mail-pr3eur19on2139.outbound.protection.outlook.com", "40.107.3.139", {
        "_return": "bennanis@unhcr.example.org",
        "From": addr("Salma Bennani", "bennanis@unhcr.example.org"),
        "To": addr("GCM Regional Review Arab States", MBOX),
        "Subject": subj("RE: Accusé de réception : Proposition d'intervenant – séance plénière – HCR Maroc"),
        "Date": "Sat, 6 Feb 2021 09:12:30 +0100",
        "Message-ID": "<PR3P194MB08289A0C4E2D7F1B6C3E8D5AF1E20@PR3P194MB0828.EURP194.PROD.OUTLOOK.COM>",
        "References": "%s\n %s" % (MID[10], ack),
        "In-Reply-To": ack,
        "Content-Language": "fr-FR",
    })
    add(body, lab("other", "fr", False, None, thread="h70-10.eml",
                  notes="thank-you reply to our acknowledgement of h70-10 (adds nothing new, so no acknowledgement); "
                        "the quoted acknowledgement repeats the speaker name and 'séance plénière', which must not be "
                        "extracted as a new request; Outlook quote header 'De : / Envoyé : / Objet :'."))


# ============================================================================ 13 fr other, unaccented question
def m13():
    r = D(2021, 2, 8, 11, 30, 2)
    MID[13] = "<CAF3kd9Yq2ZrBnW0x-Lp7TuE8vJc1Hs_4oGa6mQ@mail.gmail.com>"
    txt = """Bonjour,

Nous preparons une contribution de l'Observatoire regional de l'emploi de l'Oriental (OREO) pour l'examen regional du PMM.

Quelques questions :
- est-ce que le rapport volontaire peut etre envoye en francais ou faut-il une version en anglais ?
- y a-t-il un modele a suivre ou un nombre de pages maximum ?
- la date limite du 16 fevrier est-elle ferme ?

Merci d'avance pour votre retour.

Youssef Amrani
OREO - Oujda
"""
    html = html_wrap(paras_html(txt))
    body = multipart("alternative", "000000000000e8d4a105bad1c6f2",
                     [text_part(txt, charset="UTF-8"), text_part(html, "html", charset="UTF-8")])
    finalize(body, r, "mail-lf1-f47.google.com", "209.85.167.47", {
        "_return": "y.amrani.oreo@gmail.com",
        "MIME-Version": "1.0",
        "From": addr("Youssef Amrani", "y.amrani.oreo@gmail.com"),
        "Date": "Mon, 8 Feb 2021 10:29:55 +0100",
        "Message-ID": MID[13],
        "Subject": "Question sur le format du rapport volontaire",
        "To": MBOX,
    })
    add(body, lab("other", "fr", True, None,
                  notes="French typed without accents ('preparons', 'regional', 'fevrier'); questions about report "
                        "language, template, length and whether the 16 February deadline is firm; announces a future "
                        "report but submits nothing."))


# ============================================================================ 14 fr auto_reply (OOO to our ack of 13)
def m14():
    r = D(2021, 2, 9, 9, 0, 44)
    ack = "<ack-20210208-1402-q9w3@gcmrrarabstates.iom.int>"
    txt = """Bonjour,

Je suis absent du bureau jusqu'au lundi 15 février 2021 inclus, avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter le secrétariat de l'Observatoire au +212 5 36 00 00 00.

Cordialement,
Youssef Amrani
"""
    body = text_part(txt, charset="UTF-8")
    finalize(body, r, "mail-lf1-f50.google.com", "209.85.167.50", {
        "_return": "",
        "MIME-Version": "1.0",
        "From": addr("Youssef Amrani", "y.amrani.oreo@gmail.com"),
        "Date": "Tue, 9 Feb 2021 08:00:37 +0100",
        "Message-ID": "<CAF3kd9ZpR0vMxE4-auto+Tq1wYb7Nc2Lh8sUe@mail.gmail.com>",
        "Subject": subj("Réponse automatique : Re: Question sur le format du rapport volontaire"),
        "To": addr("GCM Regional Review Arab States", MBOX),
        "In-Reply-To": ack,
        "References": ack,
        "Auto-Submitted": "auto-replied",
        "X-Autoreply": "yes",
    })
    add(body, lab("auto_reply", "fr", False, None,
                  notes="French out-of-office (Gmail vacation responder) answering our acknowledgement of h70-13; "
                        "Auto-Submitted: auto-replied, empty Return-Path; written like a person's note and signed."))


# ============================================================================ 15 en speaker late, HTML-only table
def m15():
    r = D(2021, 2, 10, 14, 20, 51)
    MID[15] = "<0a1b2c3d4e5f60718293a4b5c6d7e8f9.unicef-ly@mail.unicef.example.org>"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Dear colleagues,</p>
<p>Apologies for coming back to you after the deadline. UNICEF Libya would like to propose two speakers for the
Regional Review conference: one colleague from our office and our counterpart at the Ministry of Labour.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Title</th><th>Organisation</th><th>Session</th></tr>
<tr><td>Dr. Ali Ben Omran</td><td>Chief, Social Policy</td><td>UNICEF Libya Country Office</td><td>Roundtable&nbsp;1</td></tr>
<tr><td>Ms. Hanan Zway</td><td>Labour Migration Focal Point</td><td>Ministry of Labour and Rehabilitation, Libya</td><td>Plenary</td></tr>
</table>
<p>We would be grateful if you could still consider them.</p>
<p>Best regards,<br>
Laila Gheriani<br>
Partnerships Officer<br>
UNICEF Libya Country Office | Tunis-based team</p>
</body></html>
"""
    body = text_part(html, "html", charset="utf-8")
    finalize(body, r, "mx-out2.unicef.example.org", "193.42.111.26", {
        "_return": "lgheriani@unicef.example.org",
        "From": addr("Laila Gheriani", "lgheriani@unicef.example.org"),
        "To": MBOX,
        "Subject": "Late speaker proposals - UNICEF Libya",
        "Date": "Wed, 10 Feb 2021 13:20:44 +0100",
        "Message-ID": MID[15],
        "MIME-Version": "1.0",
        "X-Mailer": "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)",
    })
    add(body, lab("speaker_request", "en", True, False,
                  [sp("Ali Ben Omran", "Chief, Social Policy", "UNICEF Libya Country Office", ["roundtable"], 1),
                   sp("Hanan Zway", "Labour Migration Focal Point", "Ministry of Labour and Rehabilitation, Libya",
                      ["plenary"], None)],
                  notes="late (10 Feb, sender admits it); HTML-only message with an HTML table of two speakers; "
                        "honorifics 'Dr.'/'Ms.' inside the Name cells; 'Roundtable&nbsp;1' entity; title with comma "
                        "('Chief, Social Policy'); the sender in the signature (Laila Gheriani) is not a speaker; "
                        "organisation webmail (Zimbra)."))


# ============================================================================ 16 ar report, Jordan DoS, Gmail 2047 PDF
def m16():
    r = D(2021, 2, 11, 10, 0, 26)
    MID[16] = "<CAN7pQ3x_Rk8Lw1VzT5yHc0Eb9Mf2Ju4Gd6sOa@mail.gmail.com>"
    name = "التقرير الطوعي - دائرة الإحصاءات العامة.pdf"
    txt = """السادة فريق المراجعة الإقليمية المحترمين،
تحية طيبة وبعد،

مرفق التقرير الطوعي لدائرة الإحصاءات العامة في المملكة الأردنية الهاشمية حول مراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويركز على الهدف الأول (جمع البيانات الدقيقة والمصنفة).

مع خالص التقدير،

م. ليث العبادي
رئيس قسم إحصاءات الهجرة
دائرة الإحصاءات العامة – عمّان
"""
    html = html_wrap(paras_html(txt), rtl=True)
    alt = multipart("alternative", "000000000000f19e4b05bb0d7a13",
                    [text_part(txt, charset="UTF-8", cte="base64"), text_part(html, "html", charset="UTF-8", cte="base64")])
    pdf = make_pdf(["Department of Statistics - Hashemite Kingdom of Jordan",
                    "Voluntary GCM Review Report, February 2021",
                    "Objective 1: collect and utilize accurate and disaggregated data."])
    body = multipart("mixed", "000000000000f19e4d05bb0d7a15",
                     [alt, attachment(pdf, "application/pdf", name, "2047")])
    finalize(body, r, "mail-ed1-f65.google.com", "209.85.208.65", {
        "_return": "laith.abbadi.dos@gmail.com",
        "MIME-Version": "1.0",
        "From": addr("ليث العبادي", "laith.abbadi.dos@gmail.com"),
        "Date": "Thu, 11 Feb 2021 11:00:19 +0300",
        "Message-ID": MID[16],
        "Subject": subj("التقرير الطوعي لدائرة الإحصاءات العامة – الأردن"),
        "To": MBOX,
    })
    add(body, lab("voluntary_report", "ar", True, True, reports=[name],
                  notes="Arabic report submission from a national statistics office; Gmail RFC 2047 (B) Arabic PDF "
                        "file name; the sender's title in the signature must not turn it into a speaker request; "
                        "'م.' (engineer) honorific in the signature; Jordan +0300."))


# ============================================================================ 17 fr report, forwarded
def m17():
    r = D(2021, 2, 12, 9, 45, 3)
    MID[17] = "<CAG5tYw8_Mn2Qp0Lx7Ra3Vc9Eh1Kb4Zd6Jf-Ui@mail.gmail.com>"
    name = "Contribution ONMT - Examen régional PMM.pdf"
    txt = """Bonjour,

Je vous transfère ci-dessous le message de l'ONMT, qui nous a été adressé par erreur au lieu de l'adresse du secrétariat. Le rapport est en pièce jointe.

Bien à vous,
Hicham Tazi
Bureau de l'OIT pour les pays du Maghreb

---------- Forwarded message ---------
De : Nadia Chraïbi <n.chraibi@onmt.example.ma>
Date: jeu. 11 févr. 2021 à 17:20
Subject: Rapport volontaire - examen régional du PMM
To: Hicham Tazi <tazi@ilo.example.org>


Monsieur,

Veuillez trouver ci-joint la contribution de l'Observatoire national du marché du travail (ONMT) à l'examen régional du Pacte mondial pour les migrations, à transmettre au secrétariat.

Cordialement,
Nadia Chraïbi
Cheffe de projet, ONMT – Rabat
"""
    html = html_wrap(paras_html(txt))
    alt = multipart("alternative", "0000000000002c7b9e05bb1e4f60",
                    [text_part(txt, charset="UTF-8"), text_part(html, "html", charset="UTF-8")])
    pdf = make_pdf(["Observatoire national du marche du travail (ONMT)",
                    "Contribution a l'examen regional du PMM - fevrier 2021",
                    "Migrations de travail : donnees, politiques, recommandations."])
    body = multipart("mixed", "0000000000002c7ba005bb1e4f62",
                     [alt, attachment(pdf, "application/pdf", name, "2047")])
    finalize(body, r, "mail-wr1-f44.google.com", "209.85.221.44", {
        "_return": "tazi@ilo.example.org",
        "MIME-Version": "1.0",
        "From": addr("Hicham Tazi", "tazi@ilo.example.org"),
        "Date": "Fri, 12 Feb 2021 08:44:56 +0100",
        "Message-ID": MID[17],
        "Subject": subj("Fwd: Rapport volontaire - examen régional du PMM"),
        "To": MBOX,
    })
    add(body, lab("voluntary_report", "fr", True, True, reports=[name],
                  notes="report forwarded by a third party (ILO office) with a Gmail '---------- Forwarded message "
                        "---------' block in French; the PDF is attached to the forwarding message; the report's "
                        "owner (ONMT) is only in the forwarded part; accented file name in RFC 2047."))


# ============================================================================ 18 en both, Iraq joint committee, Original Message
def m18():
    r = D(2021, 2, 13, 12, 30, 17)
    MID[18] = "<VI1PR0602MB3390E7C2A9D41F5B8E6A0C3DF7B12@VI1PR0602MB3390.eurprd06.prod.outlook.com>"
    name = "IJCLM GCM Voluntary Review Report.pdf"
    txt = """Dear colleagues,

Please find attached the voluntary GCM review report of the Iraqi Joint Committee of Employers and Trade Unions on Labour Migration (IJCLM).

We realise that the deadline for speaking roles has passed, but we would still be grateful if our Chair could serve as rapporteur delivering the stakeholders' key messages. His details are in his note below.

Best regards,

Zainab Al-Rubaie
Programme Assistant
IJCLM Secretariat, Baghdad

-----Original Message-----
From: Muhannad Al-Saadi <m.alsaadi@ijclm.example.iq>
Sent: Thursday, February 11, 2021 3:10 PM
To: Zainab Al-Rubaie <z.alrubaie@ijclm.example.iq>
Subject: RE: GCM regional review

Zainab,

Please send the report and put me forward as rapporteur if they still accept it. For the record:

Muhannad Al-Saadi
Chair
Iraqi Joint Committee of Employers and Trade Unions on Labour Migration (IJCLM)

Thanks,
Muhannad
"""
    html = html_wrap(paras_html(txt, "p"), outlook=True)
    alt = multipart("alternative", "_000_VI1PR0602MB3390E7C2A9D41F5B8E6A0C3DF7B12VI1PR0602MB3390_",
                    [text_part(txt, charset="us-ascii"), text_part(html, "html", charset="us-ascii")])
    pdf = make_pdf(["Iraqi Joint Committee of Employers and Trade Unions on Labour Migration (IJCLM)",
                    "Voluntary GCM Review Report 2021",
                    "Fair recruitment, decent work and social protection for migrant workers."])
    body = multipart("mixed", "_004_VI1PR0602MB3390E7C2A9D41F5B8E6A0C3DF7B12VI1PR0602MB3390_",
                     [alt, attachment(pdf, "application/pdf", name)])
    finalize(body, r, "mail-vi1eur06on2060.outbound.protection.outlook.com", "40.107.4.60", {
        "_return": "z.alrubaie@ijclm.example.iq",
        "From": addr("Zainab Al-Rubaie", "z.alrubaie@ijclm.example.iq"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": "IJCLM voluntary GCM review report and rapporteur proposal",
        "Date": "Sat, 13 Feb 2021 13:30:09 +0300",
        "Message-ID": MID[18],
        "X-MS-Has-Attach": "yes",
        "Content-Language": "en-US",
    })
    add(body, lab("both", "en", True, False,
                  [sp("Muhannad Al-Saadi", "Chair",
                      "Iraqi Joint Committee of Employers and Trade Unions on Labour Migration (IJCLM)",
                      ["rapporteur"], None)],
                  reports=[name],
                  notes="both: report on time (13 Feb) but speaker part late (after 5 Feb), so on_time false; the "
                        "speaker's details are only in an internal note quoted under '-----Original Message-----' "
                        "(name/title/affiliation on separate lines); the sender (Zainab Al-Rubaie) is not a speaker."))


# ============================================================================ 19 ar other, reply adding detail to 16
def m19():
    r = D(2021, 2, 14, 11, 5, 50)
    txt = """السادة الكرام،

إلحاقاً برسالتي السابقة، نسيت أن أذكر أن التقرير أُعدّ بالتعاون مع وزارة العمل ومكتب منظمة العمل الدولية في عمّان، ونرجو الإشارة إلى ذلك عند تجميع التقارير الطوعية. لا توجد نسخة معدلة من التقرير.

مع الشكر،
ليث العبادي

في الخميس، ١١ فبراير ٢٠٢١ في ١١:٠٠ ص تمت كتابة ما يلي بواسطة ليث العبادي <laith.abbadi.dos@gmail.com>:

> السادة فريق المراجعة الإقليمية المحترمين،
> تحية طيبة وبعد،
>
> مرفق التقرير الطوعي لدائرة الإحصاءات العامة في المملكة الأردنية الهاشمية حول مراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.
>
> م. ليث العبادي
> رئيس قسم إحصاءات الهجرة
"""
    html = html_wrap(paras_html(txt), rtl=True)
    body = multipart("alternative", "0000000000008a3d7c05bb3f9e21",
                     [text_part(txt, charset="UTF-8", cte="base64"), text_part(html, "html", charset="UTF-8", cte="base64")])
    finalize(body, r, "mail-ed1-f52.google.com", "209.85.208.52", {
        "_return": "laith.abbadi.dos@gmail.com",
        "MIME-Version": "1.0",
        "References": MID[16],
        "In-Reply-To": MID[16],
        "From": addr("ليث العبادي", "laith.abbadi.dos@gmail.com"),
        "Date": "Sun, 14 Feb 2021 12:05:43 +0300",
        "Message-ID": "<CAN7pQ3zW4e_Hv9Kb2Rc6Tm1Ly8Xa0Df5Gs3Nj@mail.gmail.com>",
        "Subject": subj("Re: التقرير الطوعي لدائرة الإحصاءات العامة – الأردن"),
        "To": MBOX,
    })
    add(body, lab("other", "ar", True, None, thread="h70-16.eml",
                  notes="reply to the sender's own report message h70-16 adding a missing detail (report prepared with "
                        "the Ministry of Labour and the ILO office); no new attachment ('لا توجد نسخة معدلة'); the "
                        "quoted original mentions the attached report. Arabic Gmail quote header with Arabic-Indic "
                        "digits."))


# ============================================================================ 20 fr report, Outlook windows-1252, 2047 name
def m20():
    r = D(2021, 2, 15, 17, 40, 22)
    MID[20] = "<DB6PR0301MB2471B3F8A0C95E2D7A4C1E6B9D3F0@DB6PR0301MB2471.eurprd03.prod.outlook.com>"
    name = "Rapport_CCTE_Examen_régional_PMM.pdf"
    txt = """Madame, Monsieur,

Au nom du Conseil consultatif tripartite de l'emploi (CCTE), qui réunit le ministère du Travail et de l'Insertion professionnelle, les organisations d'employeurs et les centrales syndicales, j'ai l'honneur de vous transmettre notre rapport volontaire d'examen de la mise en œuvre du Pacte mondial.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pr. Abdelhak Mernissi
Rapporteur général du CCTE
Rabat

Avis de confidentialité : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
"""
    html = html_wrap(paras_html(txt, "p"), outlook=True).replace("charset=utf-8", "charset=windows-1252")
    alt = multipart("alternative", "_000_DB6PR0301MB2471B3F8A0C95E2D7A4C1E6B9D3F0DB6PR0301MB2471_",
                    [text_part(txt, charset="windows-1252"), text_part(html, "html", charset="windows-1252")])
    pdf = make_pdf(["Conseil consultatif tripartite de l'emploi (CCTE) - Maroc",
                    "Rapport volontaire d'examen du Pacte mondial pour les migrations",
                    "Fevrier 2021"])
    body = multipart("mixed", "_004_DB6PR0301MB2471B3F8A0C95E2D7A4C1E6B9D3F0DB6PR0301MB2471_",
                     [alt, attachment(pdf, "application/pdf", name, "2047"),
                      attachment(PNG, "image/png", "signature_CCTE.png")])
    finalize(body, r, "mail-db6eur03on2108.outbound.protection.outlook.com", "40.107.5.108", {
        "_return": "secretariat@ccte.example.ma",
        "From": addr("Abdelhak Mernissi", "secretariat@ccte.example.ma"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": subj("Transmission du rapport volontaire du CCTE – examen régional PMM"),
        "Date": "Mon, 15 Feb 2021 16:40:15 +0100",
        "Message-ID": MID[20],
        "X-MS-Has-Attach": "yes",
        "Content-Language": "fr-FR",
    })
    add(body, lab("voluntary_report", "fr", True, True, reports=[name],
                  notes="report only: the signer's title 'Rapporteur général du CCTE' is a decoy for the rapporteur "
                        "role (no speaking request); PDF with accented RFC 2047 name plus a signature image that is "
                        "not part of the report; windows-1252 QP with 'œ'; 'Pr.' honorific."))


# ============================================================================ 21 en report, edge 23:50 Beirut, Gulf +0400
def m21():
    r = D(2021, 2, 16, 23, 50, 31)
    MID[21] = "<F7E2B9C4-5A13-4D86-9E0F-1B8C7D2A6E53@glsn.example.ae>"
    name = "GLSN_GCM_review_final.pdf"
    txt = """Dear team,

Apologies for the late hour - attached is the voluntary GCM review report of the Gulf Labour Statistics Network (GLSN). Hope it still makes it in time.

Best,
Huda Al Shamsi
GLSN

Sent from my iPhone
"""
    pdf = make_pdf(["Gulf Labour Statistics Network (GLSN)",
                    "Voluntary GCM Review Report - final",
                    "Labour migration statistics in the GCC: 2018-2020."])
    body = multipart("mixed", "Apple-Mail-9C41E2B7-6D3A-4F85-B0E1-2A7C5D8F3E96",
                     [text_part(txt, charset="us-ascii", cte="7bit"),
                      attachment(pdf, "application/pdf", name)])
    finalize(body, r, "smtp.glsn.example.ae", "94.200.17.33", {
        "_return": "huda.alshamsi@glsn.example.ae",
        "From": addr("Huda Al Shamsi", "huda.alshamsi@glsn.example.ae"),
        "Mime-Version": "1.0 (1.0)",
        "Date": "Wed, 17 Feb 2021 01:50:24 +0400",
        "Subject": "GLSN voluntary report",
        "Message-Id": MID[21],
        "To": MBOX,
        "X-Mailer": "iPhone Mail (18D52)",
    })
    add(body, lab("voluntary_report", "en", True, True, reports=[name],
                  notes="edge: received 23:50 Beirut on Tue 16 Feb (on time) while the Date header reads Wed 17 Feb "
                        "01:50 +0400 (UAE); iPhone mail, plain text + PDF, sender apologises for the late hour."))


# ============================================================================ 22 ar report, late 00:10, Outlook base64 1256, docx 2231
def m22():
    r = D(2021, 2, 17, 0, 10, 12)
    MID[22] = "<AS8PR04MB7925C1E4B6A03F9D2E5B7A8C4F61D@AS8PR04MB7925.eurprd04.prod.outlook.com>"
    name = "تقرير اللجنة الليبية المشتركة - الاتفاق العالمي.docx"
    txt = """السادة الأمانة الفنية للمراجعة الإقليمية المحترمون،

تحية طيبة وبعد،

نرفق لكم طيه التقرير الطوعي للجنة الليبية المشتركة لأصحاب العمل والنقابات حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في ليبيا، راجين التكرم بإدراجه ضمن المساهمات، مع الاعتذار عن التأخير بسبب انقطاع الكهرباء.

وتفضلوا بقبول فائق الاحترام،

أ. فرج المقريف
مقرر اللجنة
طرابلس – ليبيا
"""
    html = html_wrap(paras_html(txt, "p"), rtl=True, outlook=True).replace("charset=utf-8", "charset=windows-1256")
    alt = multipart("alternative", "_000_AS8PR04MB7925C1E4B6A03F9D2E5B7A8C4F61DAS8PR04MB7925_",
                    [text_part(txt, charset="windows-1256", cte="base64"),
                     text_part(html, "html", charset="windows-1256", cte="base64")])
    docx = make_docx(["Libyan Joint Committee of Employers and Trade Unions",
                      "Voluntary GCM review report - Libya 2021",
                      "التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة"])
    body = multipart("mixed", "_004_AS8PR04MB7925C1E4B6A03F9D2E5B7A8C4F61DAS8PR04MB7925_",
                     [alt, attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      name, "2231")])
    finalize(body, r, "mail-as8eur04on2097.outbound.protection.outlook.com", "40.107.8.97", {
        "_return": "f.almegrief@ljc-ly.example.org",
        "From": addr("فرج المقريف", "f.almegrief@ljc-ly.example.org"),
        "To": '"gcmrrarabstates@iom.int" <gcmrrarabstates@iom.int>',
        "Subject": subj("التقرير الطوعي – اللجنة الليبية المشتركة لأصحاب العمل والنقابات"),
        "Date": "Wed, 17 Feb 2021 00:10:03 +0200",
        "Message-ID": MID[22],
        "X-MS-Has-Attach": "yes",
        "Content-Language": "ar-LY",
    })
    add(body, lab("voluntary_report", "ar", True, False, reports=[name],
                  notes="late edge: received 00:10 Beirut on Wed 17 Feb, ten minutes after the report deadline; "
                        "formal Arabic; the signer's title 'مقرر اللجنة' is not a rapporteur request; Outlook "
                        "windows-1256 base64; DOCX with RFC 2231 Arabic file name."))


# ============================================================================ 23 bounce en (our ack to 21)
def m23():
    r = D(2021, 2, 17, 8, 3, 27)
    ack = "<ack-20210217-0601-z4p8@gcmrrarabstates.iom.int>"
    human = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<huda.alshamsi@glsn.example.ae>: host smtp.glsn.example.ae[94.200.17.33] said:
    552 5.2.2 <huda.alshamsi@glsn.example.ae>: Recipient address rejected:
    Mailbox full (in reply to RCPT TO command)
"""
    p1 = text_part(human, charset="us-ascii", cte="7bit")
    p1["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    f1 = Message()
    f1["Reporting-MTA"] = "dns; mx1.iom.int"
    f1["X-Postfix-Queue-ID"] = "4DgQ7n2xVbz1"
    f1["X-Postfix-Sender"] = "rfc822; gcmrrarabstates@iom.int"
    f1["Arrival-Date"] = "Wed, 17 Feb 2021 08:01:12 +0200 (EET)"
    f2 = Message()
    f2["Final-Recipient"] = "rfc822; huda.alshamsi@glsn.example.ae"
    f2["Original-Recipient"] = "rfc822;huda.alshamsi@glsn.example.ae"
    f2["Action"] = "failed"
    f2["Status"] = "5.2.2"
    f2["Remote-MTA"] = "dns; smtp.glsn.example.ae"
    f2["Diagnostic-Code"] = "smtp; 552 5.2.2 <huda.alshamsi@glsn.example.ae>: Recipient address rejected: Mailbox full"
    ds.set_payload([f1, f2])
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Huda Al Shamsi <huda.alshamsi@glsn.example.ae>
Subject: Acknowledgement of receipt: GLSN voluntary report
Date: Wed, 17 Feb 2021 08:01:10 +0200
Message-ID: %s
In-Reply-To: %s
Auto-Submitted: auto-replied
""" % (ack, MID[21])
    p3 = text_part(hdrs, "rfc822-headers", charset="us-ascii", cte="7bit")
    p3.replace_header("Content-Type", "text/rfc822-headers")
    p3["Content-Description"] = "Undelivered Message Headers"
    body = multipart("report", "4DgQ7n2xVbz1.1613541807/mx1.iom.int", [p1, ds, p3],
                     extra='; report-type=delivery-status')
    body.replace_header("Content-Type", 'multipart/report; report-type=delivery-status;\n '
                                        'boundary="4DgQ7n2xVbz1.1613541807/mx1.iom.int"')
    body["Content-Transfer-Encoding"] = "8bit"
    body.preamble = "This is a MIME-encapsulated message."
    finalize(body, r, "localhost", "127.0.0.1", {
        "_return": "",
        "Date": "Wed, 17 Feb 2021 08:03:27 +0200 (EET)",
        "From": "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)",
        "Subject": "Undelivered Mail Returned to Sender",
        "To": MBOX,
        "Auto-Submitted": "auto-replied",
        "Message-Id": "<20210217060327.5B2C31A0F4@mx1.iom.int>",
    })
    add(body, lab("bounce", "en", False, None,
                  notes="Postfix DSN (552 5.2.2 mailbox full) for our acknowledgement of h70-21; returned headers "
                        "(text/rfc822-headers) mention the GLSN voluntary report; must not be acknowledged."))


# ============================================================================ 24 ar both, late, UNDP Iraq, Apple Mail
def m24():
    r = D(2021, 2, 19, 9, 25, 40)
    MID[24] = "<3D9B7E21-C4A6-4F08-8B53-E1F27A6C9D04@undp.example.org>"
    name = "UNDP Iraq - GCM contribution.pdf"
    txt = """تحية طيبة،

أعمل مسؤولاً عن برنامج الهجرة والتنمية في مكتب برنامج الأمم المتحدة الإنمائي في العراق (UNDP Iraq)، وأود أن أرسل لكم مساهمتنا في المراجعة الإقليمية (مرفقة)، مع الاعتذار عن التأخر في الإرسال.

كما أرغب، إن أمكن، في المشاركة في النقاش المفتوح للتشاور متعدد أصحاب المصلحة يوم ٢٣ فبراير.

مع خالص الشكر،

علي حسين الموسوي
مسؤول برنامج الهجرة والتنمية
UNDP – بغداد
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" style="word-wrap: break-word;">' + paras_html(txt) + "</body></html>\n")
    alt = multipart("alternative", "Apple-Mail=_5E8A1C93-2B7D-4F60-A4E9-D03C6B1F7A28",
                    [text_part(txt, charset="utf-8"), text_part(html, "html", charset="utf-8")])
    pdf = make_pdf(["UNDP Iraq", "Contribution to the Regional Review of the GCM - Arab States",
                    "Migration and development programme: lessons 2019-2020."])
    body = multipart("mixed", "Apple-Mail=_A71F3C08-9E24-4B6D-8C51-F2E0D7B94A36",
                     [alt, attachment(pdf, "application/pdf", name, "2231c")])
    finalize(body, r, "mail-out.undp.example.org", "192.0.2.45", {
        "_return": "ali.almousawi@undp.example.org",
        "From": addr("علي حسين الموسوي", "ali.almousawi@undp.example.org"),
        "Mime-Version": "1.0 (Mac OS X Mail 14.0 \\(3654.40.0.2.32\\))",
        "Subject": subj("مساهمة UNDP العراق في المراجعة الإقليمية وطلب مشاركة"),
        "Date": "Fri, 19 Feb 2021 10:25:33 +0300",
        "To": MBOX,
        "Message-Id": MID[24],
        "X-Mailer": "Apple Mail (2.3654.40.0.2.32)",
    })
    add(body, lab("both", "ar", True, False,
                  [sp("علي حسين الموسوي", "مسؤول برنامج الهجرة والتنمية",
                      "مكتب برنامج الأمم المتحدة الإنمائي في العراق (UNDP Iraq)", ["open_discussion"], None)],
                  reports=[name],
                  notes="both, entirely late (19 Feb: after both deadlines); the sender is the speaker, introduced in "
                        "a sentence ('أعمل مسؤولاً عن ... في مكتب ...') with the title as written in the signature and "
                        "the fullest affiliation (Arabic + English acronym) in the body; open discussion as 'النقاش "
                        "المفتوح للتشاور متعدد أصحاب المصلحة'; Apple Mail RFC 2231 continuation file name."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12,
              m13, m14, m15, m16, m17, m18, m19, m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    labels = []
    prev = None
    rcv_times = []
    for i, (msg, label) in enumerate(MESSAGES, 1):
        fn = "h70-%02d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(ser(msg))
        labels.append(dict(file=fn, received_at=None, **label))
        rcv_times.append(msg)
    # received_at comes from the top Received header written by finalize
    from email.utils import parsedate_to_datetime
    for entry, msg in zip(labels, rcv_times):
        top = str(msg.get_all("Received")[0])
        d = parsedate_to_datetime(top.rsplit(";", 1)[1].replace("(EET)", "").strip())
        entry["received_at"] = d.isoformat()
        if prev is not None:
            assert d > prev, entry["file"]
        prev = d
    ordered = []
    for e in labels:
        ordered.append({k: e[k] for k in ("file", "received_at", "category", "language", "acknowledge", "on_time",
                                          "speakers", "report_attachments", "thread_of", "notes")})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(ordered, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
