#!/usr/bin/env python3
"""Write the blind evaluation set holdout60 (24 messages + labels.json).

Deterministic, standard library only:
    /tmp/venv/bin/python tests/data/make_eval_sets60.py
Set theme: Nile, Horn and Comoros (Egypt, Sudan, Somalia, Djibouti, Comoros, Yemen).
"""
import base64
import datetime as dt
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
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout60")
BOX = "gcmrrarabstates@iom.int"
TZ2 = dt.timezone(dt.timedelta(hours=2))
TZ3 = dt.timezone(dt.timedelta(hours=3))
UTC = dt.timezone.utc


# ----------------------------------------------------------------------------- documents
def make_pdf(lines):
    """A tiny valid one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 12 Tf", "72 760 Td", "14 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
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
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs):
    """A tiny valid DOCX (zip with word/document.xml), fixed timestamps."""
    from xml.sax.saxutils import escape
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_png(r, g, b):
    """A valid 2x2 RGB PNG."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes([r, g, b]) * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------- MIME helpers
def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    body = body.replace("\r\n", "\n")
    m = Message()
    params = '; charset="%s"' % charset
    if extra:
        params += "; " + extra
    m["Content-Type"] = "text/%s%s" % (subtype, params)
    data = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        payload = data.decode("ascii")
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary, extra=None):
    m = Message()
    ct = "multipart/%s" % subtype
    if extra:
        ct += "; " + extra
    m["Content-Type"] = ct
    m.set_boundary(boundary)
    for p in parts:
        m.attach(p)
    return m


def enc_words(s, charset="UTF-8", step=20):
    """RFC 2047 encoded words (B), split on character boundaries, separated by spaces."""
    chunks = [s[i:i + step] for i in range(0, len(s), step)]
    return " ".join("=?%s?B?%s?=" % (charset, base64.b64encode(c.encode(charset)).decode()) for c in chunks)


def attachment(data, ctype, filename, style="plain", inline=False, cid=None):
    """style: plain (ASCII name), rfc2231, rfc2047."""
    m = Message()
    disp = "inline" if inline else "attachment"
    if style == "plain":
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        m["Content-Disposition"] = '%s; filename="%s"' % (disp, filename)
    elif style == "rfc2047":
        ew = enc_words(filename)
        m["Content-Type"] = '%s; name="%s"' % (ctype, ew)
        m["Content-Disposition"] = '%s; filename="%s"' % (disp, ew)
    elif style == "rfc2231":
        m["Content-Type"] = ctype
        m.set_param("name", ("utf-8", "", filename))
        m["Content-Disposition"] = disp
        m.set_param("filename", ("utf-8", "", filename), header="Content-Disposition")
    if cid:
        m["Content-ID"] = "<%s>" % cid
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def addr(name, email_, charset="utf-8"):
    if not name:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset=charset)


def finish(body, received, date, frm, subject, msgid, host, ip, to=BOX, extra_headers=(),
           subj_charset="utf-8", from_charset="utf-8", helo=None, client_received=True, return_path=None):
    """Wrap a body part in top-level headers in the order a mailbox stores them."""
    top = Message()
    rp = return_path if return_path is not None else "<%s>" % frm[1]
    top["Return-Path"] = rp
    top["Delivered-To"] = BOX
    qid = "4D%s" % base64.b32encode(msgid.encode()[:10]).decode().rstrip("=")[:10]
    top["Received"] = ("from %s (%s [%s])\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                       % (helo or host, host, ip, qid, BOX, received.strftime("%a, %-d %b %Y %H:%M:%S %z") + " (EET)"))
    if client_received:
        top["Received"] = "by %s with HTTP; %s" % (host, date.strftime("%a, %-d %b %Y %H:%M:%S %z"))
    top["MIME-Version"] = "1.0"
    for k, v in extra_headers:
        top[k] = v
    top["From"] = addr(frm[0], frm[1], from_charset)
    top["To"] = to
    top["Subject"] = hdr(subject, subj_charset)
    top["Date"] = format_datetime(date)
    top["Message-ID"] = "<%s>" % msgid
    for k, v in body.items():
        top[k] = v
    if body.is_multipart():
        top.set_payload(body.get_payload())
        top.set_boundary(body.get_boundary())
    else:
        top.set_payload(body._payload)
    return top


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(msg)
    return buf.getvalue()


def html_of(text, dir_=None, font="Calibri"):
    from html import escape
    d = ' dir="%s"' % dir_ if dir_ else ""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p class=\"MsoNormal\"%s>%s</p>" % (d, "<br>\n".join(escape(x) for x in block.split("\n"))))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0;font-family:%s,sans-serif;font-size:11pt}</style></head>\n"
            "<body lang=\"EN-US\"%s><div class=\"WordSection1\">\n%s\n</div></body></html>\n"
            % (font, d, "\n".join(paras)))


def flowed(text, width=72):
    """format=flowed wrapping (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------- the messages
MESSAGES = []


def add(received, build, label):
    MESSAGES.append((received, build, label))


def T(y, mo, d, h, mi, s=0, tz=TZ2):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


OUR_ACK_05 = "ack-20210201-0817.h60@gcmrr.iom.int"
OUR_ACK_06 = "ack-20210202-1302.h60@gcmrr.iom.int"
OUR_ACK_17 = "ack-20210212-2210.h60@gcmrr.iom.int"

MID = {
    1: "DB7PR08MB3145A1C2E0F4B7D8C6A0E9D1B2@DB7PR08MB3145.eurprd08.prod.outlook.com",
    2: "CAHx7Vq2mT0p9kR4cW8e1sN5yL3uF6gJ0bD2aZ9oQ=Ey5tXw@mail.gmail.com",
    3: "5c1e8a2d-0f6b-4b3c-9a71-2e4d8f61c0a7@acjm-comores.example.org",
    4: "AM6PR10MB2710C4E3B1A2F0D9E8C7B6A5D4@AM6PR10MB2710.EURPRD10.PROD.OUTLOOK.COM",
    5: "000a01d6f878$4b1c2d30$e1548790$@admd-djibouti.example.org",
    6: "VI1PR0802MB2296E0C7D91F3A4B5C6D7E8F90@VI1PR0802MB2296.eurprd08.prod.outlook.com",
    7: "7A3C11F2-9B4E-4D0A-8C25-E61F0B3D9A47@sdrf-somalia.example.org",
    8: "1612373400.481729.1612373400113@mail.yahoo.com",
    9: "CAHKp3uN8wT1yQ6bE2rV0sM7xJ4dG9fA5cL1oP=Zh2uR6kTq@mail.gmail.com",
    10: "VI1PR0802MB22963B0A9C8D7E6F5A4B3C2D1E@VI1PR0802MB2296.eurprd08.prod.outlook.com",
    11: "c4b9d2a7f15e03e8a6d1f0b2c3e4d5a6@webmail.eynmd.example.org",
    12: "CAM9rXs0Kd4vB7nH2qL5eT8wY1zU3iO6pA9sD=Fg4hJ7k@mail.gmail.com",
    13: "E5F2A9C8-3D1B-4A6E-B7F0-1C2D3E4F5A6B@rcsm-comores.example.org",
    14: "000b01d6fef1$2a3b4c50$7f8e9d10$@admd-djibouti.example.org",
    15: "e8d7c6b5-a4f3-4e2d-9c1b-0a9f8e7d6c5b@fcam-comores.example.org",
    16: "CAE2tYh6Lp1Qw9Rz4Xc7Vb0Nm3Kj8Hg5Fd2Sa=Pu1Oi6Ly@mail.gmail.com",
    17: "MN2PR05MB6412F3A1B8C9D0E7F6A5B4C3D2@MN2PR05MB6412.namprd05.prod.outlook.com",
    18: "20210212112500.7C4B21D0F3@mx1.iom.int",
    19: "CAK5vNp8Qz2Xw7Yt1Ur4Es9Dc6Fb3Gh0Jk5Lm=Aq8Wn2Bx@mail.gmail.com",
    20: "AM0PR03MB4113D9E8F7A6B5C4D3E2F1A0B9@AM0PR03MB4113.eurprd03.prod.outlook.com",
    21: "CAFr2Bq9Zx4Vn7Ml1Kp6Jo3Ih8Gu5Ty2Rw0Eq=Sd4Fg9Hc@mail.gmail.com",
    22: "AS8PR04MB7734A6B5C4D3E2F1A0B9C8D7E6@AS8PR04MB7734.eurprd04.prod.outlook.com",
    23: "1613513392.902114.1613513392657@mail.yahoo.com",
    24: "PR3PR09MB5236B8A7C6D5E4F3A2B1C0D9E8@PR3PR09MB5236.eurprd09.prod.outlook.com",
}

DISCLAIMER = ("DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the\n"
              "addressee(s). If you have received it in error, please notify the sender and delete it.\n"
              "Views expressed are those of the author and do not necessarily reflect those of the Network.")


# 01 ------------------------------------------------------------------------------------------
def m01():
    txt = """Dear GCM Regional Review Team,

Greetings from Khartoum.

On behalf of the Sudanese Youth for Safe Migration Network (SYSMN), I am pleased to nominate our colleague Ms. Amal Osman Idris to take the floor at the Regional Review Conference. Amal serves as Programme Officer for Youth Mobility at SYSMN and has led our peer-outreach work with young returnees in Kassala and Gedaref.

She would like to intervene in the second roundtable, if possible.

I will not be speaking myself, but kindly copy me on any correspondence regarding her participation.

Kind regards,

Mohamed Elamin Babiker
Secretary-General
Sudanese Youth for Safe Migration Network (SYSMN)
Khartoum, Sudan | +249 91 234 5678

""" + DISCLAIMER + "\n"
    body = multipart("alternative", [text_part(txt, charset="us-ascii"),
                                     text_part(html_of(txt), "html", "utf-8")],
                     "_000_DB7PR08MB3145A1C2E0F4B7D8C6A0E9D1B2DB7PR08MB3145eurp_")
    return finish(body, T(2021, 1, 25, 9, 40, 12), T(2021, 1, 25, 9, 40, 5),
                  ("Mohamed Elamin Babiker", "m.babiker@sysmn.example.org"),
                  "Speaker nomination - GCM Regional Review (Roundtable 2)", MID[1],
                  "EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.91", client_received=False,
                  extra_headers=[("Thread-Topic", "Speaker nomination - GCM Regional Review (Roundtable 2)"),
                                 ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                                 ("X-MS-TNEF-Correlator", "")])


add(T(2021, 1, 25, 9, 40, 12), m01, dict(
    category="speaker_request", language="en", acknowledge=True,
    speakers=[sp("Amal Osman Idris", "Programme Officer for Youth Mobility",
                 "Sudanese Youth for Safe Migration Network (SYSMN)", ["roundtable"], 2)],
    report_attachments=[], thread_of=None,
    notes="nominator (Secretary-General, full signature block) is not the speaker; speaker's title only in a "
          "sentence ('serves as ... at SYSMN'); 'Ms.' is not part of the name; roundtable given as 'the second "
          "roundtable'; Outlook text+HTML with a confidentiality disclaimer."))


# 02 ------------------------------------------------------------------------------------------
def m02():
    txt = """مساء الخير يا جماعة،

أنا أحمد من الجمعية المصرية لصحة المهاجرين. كنت عايز أسألكم لو ينفع زميلتي الدكتورة منى عبد الحميد تاخد كلمة في النقاش المفتوح بتاع يوم ٢٣ فبراير. هي شغالة منسقة البرامج الصحية عندنا في الجمعية، وعندها خبرة كبيرة في موضوع صحة المهاجرين واللاجئين في القاهرة والإسكندرية.

لو محتاجين أي بيانات تانية قولولي وأنا أبعتها على طول.

شكراً جداً
أحمد سمير
الجمعية المصرية لصحة المهاجرين
"""
    html = ('<div dir="rtl">' + "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n"))
            + "</div>\n")
    body = multipart("alternative", [text_part(txt), text_part(html, "html")], "000000000000a1b2c3d405b9d3e6f1")
    return finish(body, T(2021, 1, 26, 13, 5, 41), T(2021, 1, 26, 13, 5, 33),
                  ("أحمد سمير", "ahmed.samir.hm@gmail.com"), "طلب كلمة لزميلتي في الاستعراض الإقليمي", MID[2],
                  "mail-wr1-f54.google.com", "209.85.221.54", client_received=False)


add(T(2021, 1, 26, 13, 5, 41), m02, dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("منى عبد الحميد", "منسقة البرامج الصحية", "الجمعية المصرية لصحة المهاجرين",
                 ["open_discussion"], None)],
    report_attachments=[], thread_of=None,
    notes="colloquial Egyptian Arabic ('عايز', 'تاخد', 'بتاع', 'شغالة'); sender asks for a role for a colleague, "
          "so the speaker is not the signer; 'الدكتورة' is an honorific; title in a colloquial sentence; "
          "organisation named by the sender ('عندنا في الجمعية'); open discussion given as 'النقاش المفتوح بتاع "
          "يوم ٢٣ فبراير' with Arabic-Indic digits; Gmail, no subject keyword for 'speaker'."))


# 03 ------------------------------------------------------------------------------------------
def m03():
    txt = """Bonjour,

Je me permets de vous écrire au nom de l'Association Comorienne pour la Jeunesse et la Mobilité (ACJM), basée à Moroni.

Nous souhaiterions savoir si une interprétation simultanée en français sera assurée pendant la consultation multipartite du 23 février ainsi que pendant les tables rondes thématiques. Plusieurs de nos membres ne parlent ni l'anglais ni l'arabe, et nous hésitons à proposer un intervenant tant que ce point n'est pas clarifié.

Par ailleurs, la plateforme utilisée sera-t-elle Zoom ou Teams ?

Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.

-- 
Saïd Ahmed Mohamed
Chargé de communication, ACJM
Moroni, Union des Comores
"""
    body = text_part(flowed(txt), charset="UTF-8", cte="8bit", extra="format=flowed")
    return finish(body, T(2021, 1, 28, 16, 20, 9, TZ2), T(2021, 1, 28, 17, 19, 58, TZ3),
                  ("Saïd Ahmed Mohamed", "said.mohamed@acjm-comores.example.org"),
                  "Question : interprétation en français pendant la consultation ?", MID[3],
                  "smtp.acjm-comores.example.org", "196.46.11.20", client_received=False,
                  extra_headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) "
                                  "Gecko/20100101 Thunderbird/78.6.1"), ("Content-Language", "fr")])


add(T(2021, 1, 28, 16, 20, 9), m03, dict(
    category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[], thread_of=None,
    notes="question about French interpretation and the platform; mentions proposing a speaker only "
          "hypothetically (no speaker proposed); Thunderbird format=flowed 8bit UTF-8, Date in Comoros time "
          "(+03:00) one hour ahead of Beirut; RFC 2047 display name with 'ï'."))


# 04 ------------------------------------------------------------------------------------------
REPORT04 = "HAMRC_Joint_GCM_Voluntary_Review_2021.pdf"
TXT04 = """Dear Regional UN Network on Migration Secretariat,

Please find attached the joint voluntary GCM review report of the Horn of Africa Migrant Rights Coalition (HAMRC). The report was prepared collectively by our member organisations in Somalia, Djibouti and Yemen through three online workshops held in December and January, and covers GCM objectives 7, 8, 15 and 21.

The full list of endorsing organisations will follow shortly, as two members are still completing their internal sign-off.

With best regards,

Hodan Ali Warsame
Coalition Coordinator
Horn of Africa Migrant Rights Coalition (HAMRC)
Mogadishu - Djibouti - Aden
"""


def m04():
    alt = multipart("alternative", [text_part(TXT04, charset="us-ascii"),
                                    text_part(html_of(TXT04).replace(
                                        "</div></body>", '<p><img src="cid:image001.png@01D6F6E1.7A3B2C10">'
                                        "</p></div></body>"), "html")],
                    "_000_AM6PR10MB2710C4E3B1A2F0D9E8C7B6A5D4AM6PR10MB2710EURP_")
    rel = multipart("related", [alt, attachment(make_png(0, 90, 160), "image/png", "image001.png", inline=True,
                                                cid="image001.png@01D6F6E1.7A3B2C10")],
                    "_005_AM6PR10MB2710C4E3B1A2F0D9E8C7B6A5D4AM6PR10MB2710EURP_",
                    extra='type="multipart/alternative"')
    pdf = make_pdf(["Horn of Africa Migrant Rights Coalition (HAMRC)",
                    "Joint Voluntary GCM Review Report - Arab Region, 2021",
                    "Prepared collectively by HAMRC member organisations",
                    "1. Context  2. Objectives 7, 8, 15, 21  3. Recommendations"])
    body = multipart("mixed", [rel, attachment(pdf, "application/pdf", REPORT04)],
                     "_006_AM6PR10MB2710C4E3B1A2F0D9E8C7B6A5D4AM6PR10MB2710EURP_")
    return finish(body, T(2021, 1, 30, 11, 0, 27), T(2021, 1, 30, 12, 0, 14, TZ3),
                  ("Hodan Ali Warsame", "coordination@hamrc.example.org"),
                  "HAMRC joint voluntary GCM review report", MID[4],
                  "EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.112", client_received=False,
                  extra_headers=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")])


add(T(2021, 1, 30, 11, 0, 27), m04, dict(
    category="voluntary_report", language="en", acknowledge=True, speakers=[],
    report_attachments=[REPORT04], thread_of=None,
    notes="collective report of a coalition sent by its coordinator (one sender, several organisations); "
          "inline logo image001.png in multipart/related is not part of the report; Date header in +03:00; "
          "announces that the list of endorsing members will follow (see h60-09)."))


# 05 ------------------------------------------------------------------------------------------
TXT05 = """Madame, Monsieur,

Suite à votre lettre d'invitation à l'Examen régional du Pacte mondial sur les migrations, l'Association pour les Droits des Migrants de Djibouti (ADMD) souhaite proposer deux intervenants :

  1. M. Ismaël Abdillahi Robleh, Président, ADMD - intervention en séance plénière ;
  2. Mme Fatouma Houssein Daher, Juriste principale, ADMD - intervention lors de la table ronde IV (protection des migrants en transit).

Les deux intervenants s'exprimeront en français.

Nous vous remercions par avance de votre confirmation.

Bien cordialement,

Fatouma Houssein Daher
Juriste principale
ADMD - Djibouti-ville
Tél. : +253 77 12 34 56
"""


def m05():
    body = multipart("alternative", [text_part(TXT05, charset="iso-8859-1"),
                                     text_part(html_of(TXT05, font="Arial").replace("utf-8", "iso-8859-1"),
                                               "html", "iso-8859-1")],
                     "----=_NextPart_000_000B_01D6F889.0E9A8E60")
    return finish(body, T(2021, 2, 1, 10, 30, 44), T(2021, 2, 1, 11, 30, 31, TZ3),
                  ("Fatouma Houssein Daher", "f.daher@admd-djibouti.example.org"),
                  "Demande de prise de parole - Examen régional du PMM", MID[5],
                  "mail.admd-djibouti.example.org", "41.189.226.14", client_received=False,
                  subj_charset="iso-8859-1",
                  extra_headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbkiS5ZzTf7M1xBQ3i0mUoAdmD2Aw=="),
                                 ("Content-Language", "fr")])


add(T(2021, 2, 1, 10, 30, 44), m05, dict(
    category="speaker_request", language="fr", acknowledge=True,
    speakers=[sp("Ismaël Abdillahi Robleh", "Président", "Association pour les Droits des Migrants de Djibouti (ADMD)",
                 ["plenary"], None),
              sp("Fatouma Houssein Daher", "Juriste principale",
                 "Association pour les Droits des Migrants de Djibouti (ADMD)", ["roundtable"], 4)],
    report_attachments=[], thread_of=None,
    notes="two speakers in a numbered list, each 'M./Mme Name, Title, ADMD - role'; the full organisation name "
          "appears only in the opening sentence, the list uses the acronym; roundtable in Roman numerals "
          "('table ronde IV'); sender is the second speaker; ISO-8859-1 quoted-printable, Outlook."))


# 06 ------------------------------------------------------------------------------------------
TXT06 = """السادة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الكريمة، يسرنا في Yemen Legal Aid Clinic for Migrants (YLACM) أن نرشح السيد عبدالله محسن الحكيمي، مدير وحدة الدعم القانوني، للقيام بدور المقرر الذي يتولى عرض الرسائل الرئيسية لأصحاب المصلحة.

يمتلك الأستاذ عبدالله خبرة تزيد على عشر سنوات في تقديم العون القانوني للمهاجرين العابرين في عدن ولحج.

وتفضلوا بقبول فائق الاحترام والتقدير،

ياسمين قاسم الشرعبي
المنسقة الإدارية
Yemen Legal Aid Clinic for Migrants
عدن - الجمهورية اليمنية
"""


def m06():
    body = multipart("alternative", [text_part(TXT06, charset="windows-1256"),
                                     text_part(html_of(TXT06, dir_="rtl", font="Simplified Arabic")
                                               .replace("utf-8", "windows-1256"), "html", "windows-1256")],
                     "_000_VI1PR0802MB2296E0C7D91F3A4B5C6D7E8F90VI1PR0802MB2296eurp_")
    return finish(body, T(2021, 2, 2, 14, 45, 3), T(2021, 2, 2, 15, 44, 51, TZ3),
                  ("ياسمين قاسم الشرعبي", "y.alsharabi@ylacm.example.org"),
                  "ترشيح مقرر - الاستعراض الإقليمي للاتفاق العالمي للهجرة", MID[6],
                  "EUR03-VE1-obe.outbound.protection.outlook.com", "40.107.5.60", client_received=False,
                  subj_charset="windows-1256", from_charset="windows-1256",
                  extra_headers=[("Content-Language", "ar-YE")])


add(T(2021, 2, 2, 14, 45, 3), m06, dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("عبدالله محسن الحكيمي", "مدير وحدة الدعم القانوني", "Yemen Legal Aid Clinic for Migrants (YLACM)",
                 ["rapporteur"], None)],
    report_attachments=[], thread_of=None,
    notes="formal Arabic with the organisation name in English inside the Arabic sentence (acronym only there); "
          "'السيد' and later 'الأستاذ' are honorifics; rapporteur given as 'دور المقرر الذي يتولى عرض الرسائل "
          "الرئيسية'; signer (administrative coordinator) is not the speaker; windows-1256 QP text+HTML, "
          "RFC 2047 windows-1256 subject and display name."))


# 07 ------------------------------------------------------------------------------------------
def m07():
    txt = ("Requesting a floor intervention in the plenary for myself - Abdirahman Yusuf Farah, Executive Director, "
           "Somali Diaspora Remittance Forum (SDRF). Report to follow separately.\n\nSent from my iPhone\n")
    body = text_part(txt, charset="us-ascii", cte="7bit")
    return finish(body, T(2021, 2, 3, 8, 12, 30), T(2021, 2, 3, 9, 12, 22, TZ3),
                  ("Abdirahman Farah", "a.farah@sdrf-somalia.example.org"), "Plenary slot", MID[7],
                  "mail.sdrf-somalia.example.org", "197.220.84.33", client_received=False,
                  extra_headers=[("X-Mailer", "iPhone Mail (18C66)")])


add(T(2021, 2, 3, 8, 12, 30), m07, dict(
    category="speaker_request", language="en", acknowledge=True,
    speakers=[sp("Abdirahman Yusuf Farah", "Executive Director", "Somali Diaspora Remittance Forum (SDRF)",
                 ["plenary"], None)],
    report_attachments=[], thread_of=None,
    notes="phone mail: one sentence, no greeting, no signature except 'Sent from my iPhone'; speaker is the "
          "sender but the display name ('Abdirahman Farah') is shorter than the full name in the body; "
          "'Report to follow' announces a report that is not attached (not a voluntary_report)."))


# 08 ------------------------------------------------------------------------------------------
REPORT08 = "RJMSD_rapport_volontaire_PMM.pdf"


def m08():
    txt = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de notre reseau sur la mise en oeuvre du PMM a Djibouti et dans la region d'Obock.

Nous souhaitons aussi participer a la discussion ouverte de la consultation multipartite du 23 fevrier. Notre intervenant sera moi-meme :
Houmed Ali Kamil
Coordinateur national
Reseau des Jeunes pour la Migration Sure - Djibouti (RJMS-D)

Cordialement,
Houmed
"""
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' +
            "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n")) + "</div></body></html>\n")
    alt = multipart("alternative", [text_part(txt, charset="UTF-8", cte="7bit"), text_part(html, "html", "UTF-8")],
                    "----=_Part_481728_1408519723.1612373400112")
    pdf = make_pdf(["Reseau des Jeunes pour la Migration Sure - Djibouti",
                    "Rapport volontaire sur la mise en oeuvre du PMM", "Djibouti et region d'Obock, 2021"])
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", REPORT08)],
                     "----=_Part_481727_1915626514.1612373400111")
    return finish(body, T(2021, 2, 3, 19, 30, 4), T(2021, 2, 3, 17, 30, 0, UTC),
                  ("Houmed Ali Kamil", "houmed.kamil@yahoo.fr"), "rapport volontaire + discussion ouverte", MID[8],
                  "sonic312-21.consmr.mail.ir2.yahoo.com", "77.238.176.159", client_received=False,
                  extra_headers=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])


add(T(2021, 2, 3, 19, 30, 4), m08, dict(
    category="both", language="fr", acknowledge=True,
    speakers=[sp("Houmed Ali Kamil", "Coordinateur national",
                 "Reseau des Jeunes pour la Migration Sure - Djibouti (RJMS-D)", ["open_discussion"], None)],
    report_attachments=[REPORT08], thread_of=None,
    notes="French written without accents (Yahoo webmail); report as PDF plus a speaker request for the open "
          "discussion in the same mail; the speaker is the sender ('moi-meme') with name/title/organisation on "
          "separate lines mid-body; Date header in UTC; both parts on time."))


# 09 ------------------------------------------------------------------------------------------
def m09():
    new = """Dear Secretariat,

Further to my message below, here is the list of organisations endorsing the HAMRC joint report, now that all members have signed off:

- Somali Women Migrants Support Association (SWMSA), Mogadishu
- Djibouti Legal Aid Network (DLAN), Djibouti
- Aden Youth Forum for Development, Aden
- Puntland Returnees Health Initiative, Bosaso
- Hargeisa Diaspora Link, Hargeisa
- Tadjourah Community Health Volunteers
- HAMRC Secretariat

Focal point for any follow-up on the report: Hodan Ali Warsame (coordination@hamrc.example.org, +252 61 555 0192).

Best regards,
Hodan
"""
    quoted = ("\nOn Sat, 30 Jan 2021 at 12:00, Hodan Ali Warsame <coordination@hamrc.example.org> wrote:\n\n"
              + quote(TXT04) + "\n")
    txt = new + quoted
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (l or "<br>") for l in new.strip("\n").split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sat, 30 Jan 2021 at 12:00, '
            'Hodan Ali Warsame &lt;coordination@hamrc.example.org&gt; wrote:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + "".join("<div>%s</div>" % (l or "<br>") for l in TXT04.strip("\n").split("\n"))
            + "</blockquote></div>\n")
    body = multipart("alternative", [text_part(txt, charset="UTF-8"), text_part(html, "html", "UTF-8")],
                     "000000000000f3e2d105ba7c91aa")
    return finish(body, T(2021, 2, 4, 10, 2, 18), T(2021, 2, 4, 11, 2, 9, TZ3),
                  ("Hodan Ali Warsame", "hamrc.coordination@gmail.com"),
                  "Re: HAMRC joint voluntary GCM review report", MID[9], "mail-ej1-f44.google.com", "209.85.218.44",
                  client_received=False,
                  extra_headers=[("References", "<%s>" % MID[4]), ("In-Reply-To", "<%s>" % MID[4])])


add(T(2021, 2, 4, 10, 2, 18), m09, dict(
    category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
    thread_of="h60-04.eml",
    notes="follow-up that adds the missing list of endorsing organisations to the collective report of h60-04 "
          "(In-Reply-To set) but no new report file; sent from a different address (Gmail) than the original; "
          "quotes the whole original; the focal-point sentence is not a speaker request."))


# 10 ------------------------------------------------------------------------------------------
def m10():
    txt = """أشكركم على رسالتكم.
أنا خارج المكتب حتى يوم الأحد ١٤ فبراير ٢٠٢١ مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع info@ylacm.example.org.

Thank you for your email.
I am out of the office until Sunday 14 February 2021 with limited access to email. For urgent matters, please contact info@ylacm.example.org.

ياسمين قاسم الشرعبي | Yasmin Qasem Al-Sharabi
"""
    body = multipart("alternative", [text_part(txt, cte="base64"), text_part(html_of(txt, dir_="rtl"), "html",
                                                                             cte="base64")],
                     "_000_VI1PR0802MB22963B0A9C8D7E6F5A4B3C2D1EVI1PR0802MB2296eurp_")
    return finish(body, T(2021, 2, 4, 15, 33, 7), T(2021, 2, 4, 16, 33, 2, TZ3),
                  ("ياسمين قاسم الشرعبي", "y.alsharabi@ylacm.example.org"),
                  "رد تلقائي: Acknowledgement of your request / إشعار باستلام طلبكم", MID[10],
                  "EUR03-VE1-obe.outbound.protection.outlook.com", "40.107.5.61", client_received=False,
                  extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                 ("In-Reply-To", "<%s>" % OUR_ACK_06), ("References", "<%s>" % OUR_ACK_06),
                                 ("Content-Language", "ar-YE")])


add(T(2021, 2, 4, 15, 33, 7), m10, dict(
    category="auto_reply", language="ar", acknowledge=False, speakers=[], report_attachments=[], thread_of=None,
    notes="Outlook out-of-office in Arabic then English (base64 UTF-8), Arabic subject prefix 'رد تلقائي:', "
          "Auto-Submitted: auto-replied; replies to our acknowledgement of h60-06 (not a labelled message); "
          "sender is the same person who sent h60-06; must not be acknowledged."))


# 11 ------------------------------------------------------------------------------------------
def m11():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:10pt">
<p>Dear Organizers,</p>
<p>Apologies for the late hour &ndash; please find below the three young speakers that the Egyptian Youth Network for Migration and Development (EYNMD) would like to propose for the Regional Review:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Name</th><th>Position</th><th>Requested session</th></tr>
<tr><td>Dr. Karim Mahmoud Fathy</td><td>Chair of the Board</td><td>Roundtable 1</td></tr>
<tr><td>Ms. Salma Adel Ragab</td><td>Youth Delegate</td><td>Open discussion (23 Feb)</td></tr>
<tr><td>Mr. Omar Hany Shawky</td><td>Volunteer Coordinator</td><td>Roundtable 3 (or Roundtable 2 if 3 is full)</td></tr>
</table>
<p>All three are members of EYNMD. Many thanks for considering them.</p>
<p>Warm regards,<br>
Nourhan Ezzat<br>
Partnerships Officer, EYNMD<br>
Giza, Egypt</p>
</body></html>
"""
    body = text_part(html, "html", "UTF-8")
    return finish(body, T(2021, 2, 5, 23, 50, 2), T(2021, 2, 5, 21, 49, 37, UTC),
                  ("Nourhan Ezzat", "partnerships@eynmd.example.org"), "Speakers from EYNMD", MID[11],
                  "webmail.eynmd.example.org", "156.220.77.5", client_received=False,
                  extra_headers=[("User-Agent", "Roundcube Webmail/1.4.10")])


add(T(2021, 2, 5, 23, 50, 2), m11, dict(
    category="speaker_request", language="en", acknowledge=True,
    speakers=[sp("Karim Mahmoud Fathy", "Chair of the Board",
                 "Egyptian Youth Network for Migration and Development (EYNMD)", ["roundtable"], 1),
              sp("Salma Adel Ragab", "Youth Delegate",
                 "Egyptian Youth Network for Migration and Development (EYNMD)", ["open_discussion"], None),
              sp("Omar Hany Shawky", "Volunteer Coordinator",
                 "Egyptian Youth Network for Migration and Development (EYNMD)", ["roundtable"], 3)],
    report_attachments=[], thread_of=None,
    notes="edge: received 23:50 Beirut on the speaker deadline day (on time), Date header in UTC (21:49); "
          "HTML-only with three speakers in a table; honorifics Dr./Ms./Mr. inside the name cells; affiliation "
          "only in the intro sentence; third speaker gives a first and second roundtable choice (3, then 2); "
          "signer is not a speaker."))


# 12 ------------------------------------------------------------------------------------------
def m12():
    txt = """السلام عليكم ورحمة الله وبركاته،

نتقدم إليكم بطلب مشاركة متحدثة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة، وفق البيانات الآتية:

الاسم: الدكتورة هالة الطيب محمد
الصفة: مديرة البرامج
الجهة: عيادة الخرطوم للمساعدة القانونية للمهاجرين
المشاركة المطلوبة: مداخلة في المائدة المستديرة الثانية

مع خالص الشكر والتقدير،
هالة الطيب
الخرطوم - السودان
"""
    html = ('<div dir="rtl">' + "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n"))
            + "</div>\n")
    body = multipart("alternative", [text_part(txt, cte="base64"), text_part(html, "html", cte="base64")],
                     "000000000000c7d8e905ba8a41f2")
    return finish(body, T(2021, 2, 6, 0, 10, 5), T(2021, 2, 5, 23, 58, 47),
                  ("Hala Altayeb", "hala.altayeb.kh@gmail.com"), "طلب مشاركة متحدثة - المائدة المستديرة الثانية",
                  MID[12], "mail-lf1-f65.google.com", "209.85.167.65", client_received=False)


add(T(2021, 2, 6, 0, 10, 5), m12, dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("هالة الطيب محمد", "مديرة البرامج", "عيادة الخرطوم للمساعدة القانونية للمهاجرين",
                 ["roundtable"], 2)],
    report_attachments=[], thread_of=None,
    notes="edge: written at 23:58 on 5 Feb (Date header) but received 00:10 Beirut on 6 Feb, so late by "
          "received_at; labelled fields with 'الدكتورة' inside the name field; roundtable as 'المائدة المستديرة "
          "الثانية'; Latin-script display name; base64 UTF-8 Gmail."))


# 13 ------------------------------------------------------------------------------------------
def m13():
    txt = """Bonjour,

Je sais que la date limite était le 5 février, mais je souhaiterais tout de même intervenir lors de la troisième table ronde thématique, si cela reste possible. Notre travail porte sur les migrants de retour de Mayotte et leur accès aux soins.

Avec mes remerciements,

Dr Nassuf Djaé Abdallah
Médecin coordinateur
Réseau Comorien Santé et Migration (RCSM)
Mutsamudu, Anjouan - Union des Comores
"""
    body = text_part(txt, charset="utf-8")
    return finish(body, T(2021, 2, 8, 9, 15, 36), T(2021, 2, 8, 10, 15, 28, TZ3),
                  ("Nassuf Djaé", "n.djae@rcsm-comores.example.org"), "Table ronde 3", MID[13],
                  "mail.rcsm-comores.example.org", "196.46.12.87", client_received=False,
                  extra_headers=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])


add(T(2021, 2, 8, 9, 15, 36), m13, dict(
    category="speaker_request", language="fr", acknowledge=True,
    speakers=[sp("Nassuf Djaé Abdallah", "Médecin coordinateur", "Réseau Comorien Santé et Migration (RCSM)",
                 ["roundtable"], 3)],
    report_attachments=[], thread_of=None,
    notes="late (8 Feb) and says so; the speaker's name appears only in the signature, with the honorific 'Dr' "
          "(no period); title and organisation on separate lines; 'troisième table ronde thématique' = roundtable 3; "
          "Apple Mail QP UTF-8, display name shorter than the signature name."))


# 14 ------------------------------------------------------------------------------------------
def m14():
    new = """Bonjour,

Merci beaucoup pour votre accusé de réception. Nous restons à votre disposition.

Bonne journée,
Fatouma Houssein Daher
"""
    orig = """De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 1 février 2021 12:17
À : Fatouma Houssein Daher <f.daher@admd-djibouti.example.org>
Objet : Accusé de réception : Demande de prise de parole - Examen régional du PMM

Madame, Monsieur,

Nous accusons bonne réception de votre demande de prise de parole pour :
- Ismaël Abdillahi Robleh (Président, ADMD) : séance plénière
- Fatouma Houssein Daher (Juriste principale, ADMD) : table ronde 4

Le Secrétariat vous contactera après la date limite du 5 février 2021.

Cordialement,
Secrétariat de l'Examen régional du PMM
"""
    txt = new + "\n-----Message d'origine-----\n" + orig
    body = multipart("alternative", [text_part(txt, charset="iso-8859-1"),
                                     text_part(html_of(txt, font="Arial").replace("utf-8", "iso-8859-1"),
                                               "html", "iso-8859-1")],
                     "----=_NextPart_000_0021_01D6FEF1.2A3B4C50")
    return finish(body, T(2021, 2, 9, 12, 0, 40), T(2021, 2, 9, 13, 0, 31, TZ3),
                  ("Fatouma Houssein Daher", "f.daher@admd-djibouti.example.org"),
                  "RE: Accusé de réception : Demande de prise de parole - Examen régional du PMM", MID[14],
                  "mail.admd-djibouti.example.org", "41.189.226.14", client_received=False,
                  subj_charset="iso-8859-1",
                  extra_headers=[("X-Mailer", "Microsoft Outlook 16.0"),
                                 ("In-Reply-To", "<%s>" % OUR_ACK_05),
                                 ("References", "<%s> <%s>" % (MID[5], OUR_ACK_05))])


add(T(2021, 2, 9, 12, 0, 40), m14, dict(
    category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
    thread_of="h60-05.eml",
    notes="thank-you reply to our acknowledgement of h60-05 that adds nothing new (no acknowledgement); the "
          "quoted acknowledgement ('-----Message d'origine-----', French Outlook header block) still lists both "
          "speakers and roles as decoys; References carry h60-05's Message-ID."))


# 15 ------------------------------------------------------------------------------------------
REPORT15 = "Rapport_volontaire_Comores_Fédération_Migrants.docx"
TXT15 = """Madame, Monsieur,

Au nom de la Fédération Comorienne des Associations de Migrants (FCAM), j'ai l'honneur de vous transmettre notre rapport volontaire pour l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, intitulé :

« Migrations entre l'Union des Comores et Mayotte : protection des mineurs non accompagnés, santé et retours dans la dignité »

Le rapport (format Word) est joint à ce message. Une version en anglais n'est malheureusement pas disponible.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Anli Mmadi Soilihi
Secrétaire général de la FCAM
Moroni, Grande Comore
"""


def m15():
    doc = make_docx(["Fédération Comorienne des Associations de Migrants (FCAM)",
                     "Migrations entre l'Union des Comores et Mayotte : protection des mineurs non accompagnés, "
                     "santé et retours dans la dignité",
                     "Rapport volontaire - Examen régional du PMM, région arabe, 2021"])
    body = multipart("mixed", [text_part(flowed(TXT15), charset="UTF-8", cte="8bit", extra="format=flowed"),
                               attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          REPORT15, style="rfc2231")],
                     "------------9C0A2B61E5F4D3A7C8B91E02")
    return finish(body, T(2021, 2, 10, 17, 40, 22), T(2021, 2, 10, 18, 40, 13, TZ3),
                  ("Anli Mmadi Soilihi", "sg@fcam-comores.example.org"),
                  "Rapport volontaire FCAM – Examen régional du PMM", MID[15],
                  "smtp.fcam-comores.example.org", "196.46.10.4", client_received=False,
                  extra_headers=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 "
                                                "Thunderbird/78.7.0"), ("Content-Language", "fr-FR")])


add(T(2021, 2, 10, 17, 40, 22), m15, dict(
    category="voluntary_report", language="fr", acknowledge=True, speakers=[], report_attachments=[REPORT15],
    thread_of=None,
    notes="Comoros; report as DOCX with an RFC 2231 UTF-8 file name containing 'é'; the report title is "
          "quoted in the body in French guillemets; Thunderbird format=flowed 8bit; RFC 2047 subject with an "
          "en dash; revised later by h60-24."))


# 16 ------------------------------------------------------------------------------------------
REPORT16 = "تقرير الاستعراض الطوعي - مؤسسة الأمل للرعاية الصحية.pdf"


def m16():
    txt = """السادة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة - المنطقة العربية،

تحية طيبة،

مرفق طيه التقرير الطوعي لمؤسسة الأمل للرعاية الصحية للمهاجرين (عدن) بشأن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع التركيز على وصول المهاجرين إلى الخدمات الصحية الأساسية.

وسنوافيكم لاحقاً بأسماء المرشحين للتحدث إن أمكن.

مع التحية،

--
Dr. Mariam Saeed Bin Break
Executive Director | Al-Amal Foundation for Migrant Health Care
Aden, Yemen
"""
    html = ('<div dir="rtl">' + "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n"))
            + "</div>\n")
    alt = multipart("alternative", [text_part(txt, charset="UTF-8", cte="base64"),
                                    text_part(html, "html", "UTF-8", cte="base64")],
                    "000000000000b1a2c305bb1d7e45")
    pdf = make_pdf(["Al-Amal Foundation for Migrant Health Care - Aden",
                    "Voluntary GCM Review Report, February 2021",
                    "Access of migrants to essential health services in Yemen"])
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", REPORT16, style="rfc2047")],
                     "000000000000b1a2c405bb1d7e47")
    return finish(body, T(2021, 2, 11, 11, 11, 50), T(2021, 2, 11, 12, 11, 39, TZ3),
                  ("مريم سعيد بن بريك", "mariam.binbreak@gmail.com"), "التقرير الطوعي - مؤسسة الأمل", MID[16],
                  "mail-wm1-f41.google.com", "209.85.128.41", client_received=False)


add(T(2021, 2, 11, 11, 11, 50), m16, dict(
    category="voluntary_report", language="ar", acknowledge=True, speakers=[], report_attachments=[REPORT16],
    thread_of=None,
    notes="Arabic body with an English signature; PDF with an Arabic RFC 2047 (base64, several encoded words) "
          "file name containing spaces; announces speaker names 'later' without proposing any (no speakers); "
          "Gmail base64 UTF-8."))


# 17 ------------------------------------------------------------------------------------------
REPORT17 = "SNBS_GCM_Voluntary_Review_Feb2021.pdf"


def m17():
    txt = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Somalia National Bureau of Statistics (SNBS), focusing on migration data and remittance statistics (GCM objectives 1 and 20).

We would also be grateful if our Director of Population and Social Statistics, Mr. Liban Ahmed Hersi, could deliver a floor intervention in Roundtable IV. We realise that the deadline for speaking requests has passed and fully understand if this is no longer possible.

Best regards,

Sagal Mohamud Jama
Data Officer, SNBS
Mogadishu, Somalia

""" + "This message was scanned for viruses by the SNBS mail gateway.\n"
    alt = multipart("alternative", [text_part(txt, charset="us-ascii"), text_part(html_of(txt), "html")],
                    "_000_MN2PR05MB6412F3A1B8C9D0E7F6A5B4C3D2MN2PR05MB6412namp_")
    pdf = make_pdf(["Somalia National Bureau of Statistics (SNBS)",
                    "Voluntary GCM Review - Migration Data and Remittance Statistics", "February 2021"])
    body = multipart("mixed", [alt, attachment(make_png(20, 120, 60), "image/png", "image002.png"),
                               attachment(pdf, "application/pdf", REPORT17)],
                     "_004_MN2PR05MB6412F3A1B8C9D0E7F6A5B4C3D2MN2PR05MB6412namp_")
    return finish(body, T(2021, 2, 12, 13, 20, 16), T(2021, 2, 12, 14, 20, 4, TZ3),
                  ("Sagal Mohamud Jama", "sagal.jama@snbs.example.so"),
                  "Voluntary GCM review report - SNBS / request for Roundtable IV", MID[17],
                  "NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.244.77", client_received=False,
                  to="%s" % BOX,
                  extra_headers=[("Cc", "stats-info@snbs.example.so"), ("Content-Language", "en-US")])


add(T(2021, 2, 12, 13, 20, 16), m17, dict(
    category="both", language="en", acknowledge=True,
    speakers=[sp("Liban Ahmed Hersi", "Director of Population and Social Statistics",
                 "Somalia National Bureau of Statistics (SNBS)", ["roundtable"], 4)],
    report_attachments=[REPORT17], thread_of=None,
    notes="report on time but speaker part late (12 Feb), so on_time false for 'both'; the sender "
          "acknowledges the speaker deadline has passed; title given as 'our Director of Population and Social "
          "Statistics' before the name; 'Roundtable IV'; a national statistics office; image002.png attachment "
          "is a signature image, not part of the report."))


# 18 ------------------------------------------------------------------------------------------
def m18():
    m = Message()
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\n\tid 7C4B21D0F3; Fri, 12 Feb 2021 13:25:00 +0200 (EET)"
    m["Date"] = "Fri, 12 Feb 2021 13:25:00 +0200 (EET)"
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-ID"] = "<%s>" % MID[18]
    m["Content-Type"] = 'multipart/report; report-type=delivery-status'
    m.set_boundary("7C4B21D0F3.1613129100/mx1.iom.int")
    m.preamble = "This is a MIME-encapsulated message."
    note = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<stats-info@snbs.example.so>: host mx.snbs.example.so[197.231.201.9] said:
    550 5.1.1 <stats-info@snbs.example.so>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
"""
    p1 = text_part(note, charset="us-ascii", cte="7bit")
    p1["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    _ds_text = ("""Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 7C4B21D0F3
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Fri, 12 Feb 2021 13:24:58 +0200 (EET)

Final-Recipient: rfc822; stats-info@snbs.example.so
Original-Recipient: rfc822;stats-info@snbs.example.so
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.snbs.example.so
Diagnostic-Code: smtp; 550 5.1.1 <stats-info@snbs.example.so>: Recipient
    address rejected: User unknown in local recipient table
""")
    import email as _email
    for block in _ds_text.split("\n\n"):
        ds.attach(_email.message_from_string(block.strip("\n") + "\n"))
    rh = Message()
    rh["Content-Description"] = "Undelivered Message Headers"
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload("""Received: by mx1.iom.int (Postfix, from userid 1002)
\tid 7C4B21D0F3; Fri, 12 Feb 2021 13:24:58 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Sagal Mohamud Jama <sagal.jama@snbs.example.so>
Cc: stats-info@snbs.example.so
Subject: Acknowledgement: Voluntary GCM review report - SNBS / request for Roundtable IV
Date: Fri, 12 Feb 2021 13:24:58 +0200
Message-ID: <%s>
In-Reply-To: <%s>
Auto-Submitted: auto-replied
""" % (OUR_ACK_17, MID[17]))
    for p in (p1, ds, rh):
        m.attach(p)
    return m


add(T(2021, 2, 12, 13, 25, 0), m18, dict(
    category="bounce", language="en", acknowledge=False, speakers=[], report_attachments=[], thread_of=None,
    notes="Postfix DSN (5.1.1 user unknown) for our acknowledgement of h60-17 sent to the Cc address; returned "
          "headers (text/rfc822-headers) carry In-Reply-To to h60-17 and the subject mentions the report and "
          "Roundtable IV; must not be acknowledged or treated as a submission."))


# 19 ------------------------------------------------------------------------------------------
def m19():
    txt = """السلام عليكم

يا جماعة دايرين نعرف المؤتمر ده حيكون حضوري في بيروت ولا أونلاين؟ لو حضوري، في زول بيساعدنا في الفيزا؟ نحنا من الخرطوم والسفارة بتاخد وقت طويل شديد.

وكمان هل في ترجمة للعربي في كل الجلسات ولا بس في الجلسة العامة؟

شكراً ليكم كتير
عثمان الصادق إبراهيم
رابطة المغتربين السودانيين للتحويلات والتنمية
"""
    html = ('<div dir="rtl">' + "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n"))
            + "</div>\n")
    body = multipart("alternative", [text_part(txt), text_part(html, "html")], "0000000000004e5f6a05bb3c2d18")
    return finish(body, T(2021, 2, 13, 10, 0, 33), T(2021, 2, 13, 10, 0, 25),
                  ("Osman Elsadig", "osman.elsadig77@gmail.com"), "استفسار عن الفيزا والترجمة", MID[19],
                  "mail-pj1-f47.google.com", "209.85.216.47", client_received=False)


add(T(2021, 2, 13, 10, 0, 33), m19, dict(
    category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[], thread_of=None,
    notes="colloquial Sudanese Arabic ('دايرين', 'حيكون', 'زول', 'نحنا', 'شديد') asking about in-person vs "
          "online, visas and Arabic interpretation; mentions 'الجلسة العامة' only in a question (no role request); "
          "Latin display name."))


# 20 ------------------------------------------------------------------------------------------
def m20():
    txt = """السادة المحترمون في أمانة الاستعراض الإقليمي،

نحيل إليكم أدناه ترشيح مؤسستنا للمشاركة بمداخلة في الجلسة العامة، مع الاعتذار عن التأخير في الإرسال بسبب انقطاع الإنترنت.

مع التحية،
مكتب الإعلام
شبكة المغتربين اليمنيين للتحويلات والتنمية

-----Original Message-----
From: Khaled Saleh Bawazir <k.bawazir@ydrn.example.org>
Sent: Sunday, February 14, 2021 11:02 AM
To: Info YDRN <info@ydrn.example.org>
Subject: ترشيح متحدث - المراجعة الإقليمية

الزملاء الأعزاء،

أرجو إرسال اسمي إلى الأمانة للمشاركة بمداخلة في الجلسة العامة (24-25 فبراير):

الأستاذ خالد صالح باوزير
رئيس مجلس الإدارة
شبكة المغتربين اليمنيين للتحويلات والتنمية (YDRN)

شكراً
خالد
"""
    body = multipart("alternative", [text_part(txt, cte="base64"),
                                     text_part(html_of(txt, dir_="rtl", font="Arial"), "html", cte="base64")],
                     "_000_AM0PR03MB4113D9E8F7A6B5C4D3E2F1A0B9AM0PR03MB4113eurp_")
    return finish(body, T(2021, 2, 14, 15, 0, 12), T(2021, 2, 14, 16, 0, 3, TZ3),
                  ("Info YDRN", "info@ydrn.example.org"), "FW: ترشيح متحدث - المراجعة الإقليمية", MID[20],
                  "EUR03-AM5-obe.outbound.protection.outlook.com", "40.107.4.58", client_received=False,
                  extra_headers=[("Content-Language", "ar-SA")])


add(T(2021, 2, 14, 15, 0, 12), m20, dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("خالد صالح باوزير", "رئيس مجلس الإدارة", "شبكة المغتربين اليمنيين للتحويلات والتنمية (YDRN)",
                 ["plenary"], None)],
    report_attachments=[], thread_of=None,
    notes="late (14 Feb); the speaker's details are only in an internal message forwarded below an Outlook "
          "'-----Original Message-----' block with English header labels; 'الأستاذ' is an honorific; the "
          "organisation name with the English acronym appears only in the forwarded part; sent from a generic "
          "info@ mailbox signed by a media office; base64 UTF-8."))


# 21 ------------------------------------------------------------------------------------------
REPORT21 = "GCM_voluntary_review_UNFPA_Sudan_final.docx"


def m21():
    txt = """Dear colleagues,

Forwarding on behalf of our Representative, who is travelling. Kindly confirm receipt.

Thanks,
Rania Abdelrahim
Programme Assistant

---------- Forwarded message ---------
From: Dr. Tarig Hassan Elnour <elnour@unfpa-sd.example.org>
Date: Sun, 14 Feb 2021 at 19:41
Subject: GCM voluntary review - contribution
To: Rania Abdelrahim <abdelrahim@unfpa-sd.example.org>

Dear Rania,

Please send the attached voluntary review contribution of the UNFPA Sudan Country Office to the GCM Regional Review secretariat (gcmrrarabstates@iom.int) before the deadline.

Best,
Tarig
"""
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n"))
            + "</div>\n")
    alt = multipart("alternative", [text_part(txt, charset="UTF-8"), text_part(html, "html", "UTF-8")],
                    "000000000000d4c3b205bb5e6f71")
    doc = make_docx(["UNFPA Sudan Country Office", "Contribution to the Voluntary GCM Review, Arab Region, 2021",
                     "Migration, sexual and reproductive health and gender-based violence services"])
    body = multipart("mixed", [alt, attachment(doc, "application/vnd.openxmlformats-officedocument."
                                                    "wordprocessingml.document", REPORT21)],
                     "000000000000d4c3b305bb5e6f73")
    return finish(body, T(2021, 2, 15, 9, 30, 51), T(2021, 2, 15, 9, 30, 40),
                  ("Rania Abdelrahim", "abdelrahim@unfpa-sd.example.org"),
                  "Fwd: GCM voluntary review - contribution", MID[21], "mail-qt1-f170.google.com", "209.85.160.170",
                  client_received=False)


add(T(2021, 2, 15, 9, 30, 51), m21, dict(
    category="voluntary_report", language="en", acknowledge=True, speakers=[], report_attachments=[REPORT21],
    thread_of=None,
    notes="Gmail '---------- Forwarded message ---------' from a UN agency country office: the assistant forwards "
          "the Representative's mail and the DOCX; the report is attached to the outer message; the forwarded "
          "header block contains the mailbox address itself."))


# 22 ------------------------------------------------------------------------------------------
REPORT22 = "CLAC-MR_Voluntary_GCM_Report_2021.pdf"


def m22():
    txt = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة
تحية طيبة وبعد،

مرفق لسيادتكم التقرير الطوعي لمركز القاهرة للمساعدة القانونية للمهاجرين واللاجئين (CLAC-MR) عن تنفيذ الاتفاق العالمي في مصر خلال الفترة 2019-2020.

كما نرجو التكرم بإتاحة الفرصة للمحامية نرمين فؤاد عبد الله، رئيسة وحدة التقاضي الاستراتيجي بالمركز، لتقديم مداخلة في الجلسة العامة أو في المائدة المستديرة الأولى.

وتفضلوا بقبول وافر الاحترام،

شريف منصور
المدير التنفيذي
مركز القاهرة للمساعدة القانونية للمهاجرين واللاجئين
"""
    alt = multipart("alternative", [text_part(txt, cte="base64"),
                                    text_part(html_of(txt, dir_="rtl", font="Arial"), "html", cte="base64")],
                    "_000_AS8PR04MB7734A6B5C4D3E2F1A0B9C8D7E6AS8PR04MB7734eurp_")
    pdf = make_pdf(["Cairo Legal Aid Centre for Migrants and Refugees (CLAC-MR)",
                    "Voluntary GCM Review Report - Egypt, 2019-2020"])
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", REPORT22)],
                     "_004_AS8PR04MB7734A6B5C4D3E2F1A0B9C8D7E6AS8PR04MB7734eurp_")
    return finish(body, T(2021, 2, 16, 23, 50, 0), T(2021, 2, 16, 23, 49, 21),
                  ("شريف منصور", "s.mansour@clac-mr.example.org"),
                  "التقرير الطوعي + طلب مداخلة - CLAC-MR", MID[22],
                  "EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.93", client_received=False,
                  extra_headers=[("Content-Language", "ar-EG")])


add(T(2021, 2, 16, 23, 50, 0), m22, dict(
    category="both", language="ar", acknowledge=True,
    speakers=[sp("نرمين فؤاد عبد الله", "رئيسة وحدة التقاضي الاستراتيجي",
                 "مركز القاهرة للمساعدة القانونية للمهاجرين واللاجئين (CLAC-MR)", ["plenary", "roundtable"], 1)],
    report_attachments=[REPORT22], thread_of=None,
    notes="edge: received 23:50 Beirut on the report deadline day, so the report is on time but the speaker "
          "part (deadline 5 Feb) is late: on_time false; 'المحامية' (lawyer) precedes the name and is not part of "
          "it; two alternative roles 'الجلسة العامة أو ... المائدة المستديرة الأولى' (plenary, roundtable 1); "
          "affiliation by reference ('بالمركز') to the centre named in the previous sentence."))


# 23 ------------------------------------------------------------------------------------------
REPORT23 = "rapport PMM - ONG Horizon Sante Migrants.pdf"


def m23():
    txt = """Bonsoir,

ci-joint notre rapport volontaire sur le PMM (ONG Horizon Sante Migrants, Djibouti). Desole pour le retard, nous avons eu un probleme de connexion toute la soiree.

Merci de bien vouloir le prendre en compte.

Aicha Mohamed Bourhan
ONG Horizon Sante Migrants
"""
    html = ('<html><head></head><body><div class="yahoo-style-wrap">' +
            "".join("<div>%s</div>" % (l or "<br>") for l in txt.strip("\n").split("\n")) + "</div></body></html>\n")
    alt = multipart("alternative", [text_part(txt, charset="UTF-8", cte="7bit"), text_part(html, "html", "UTF-8")],
                    "----=_Part_902113_88127305.1613513392656")
    pdf = make_pdf(["ONG Horizon Sante Migrants - Djibouti", "Rapport volontaire PMM 2021",
                    "Sante des migrants en transit sur la route de l'Est"])
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", REPORT23)],
                     "----=_Part_902112_1209551037.1613513392655")
    return finish(body, T(2021, 2, 17, 0, 10, 14), T(2021, 2, 17, 1, 9, 52, TZ3),
                  ("Aicha Bourhan", "aicha.bourhan@yahoo.fr"), "rapport volontaire PMM", MID[23],
                  "sonic305-9.consmr.mail.ir2.yahoo.com", "77.238.177.146", client_received=False,
                  extra_headers=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])


add(T(2021, 2, 17, 0, 10, 14), m23, dict(
    category="voluntary_report", language="fr", acknowledge=True, speakers=[], report_attachments=[REPORT23],
    thread_of=None,
    notes="edge: received 00:10 Beirut on 17 Feb, ten minutes after the report deadline (late); Date header "
          "01:09 +03:00 (Djibouti time); French without accents; PDF file name with spaces; sender apologises "
          "for the delay."))


# 24 ------------------------------------------------------------------------------------------
REPORT24 = "Rapport_volontaire_Comores_Fédération_Migrants_v2.docx"


def m24():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">Suite à notre envoi du 10 février, veuillez trouver ci-joint la <b>version révisée</b> de notre rapport volontaire (corrections des chiffres de la section 3 et ajout d'une annexe sur les retours). Elle remplace la version précédente.</p>
<p class="MsoNormal">Avec nos excuses pour ce second envoi,</p>
<p class="MsoNormal">Anli Mmadi Soilihi<br>Secrétaire général, Fédération Comorienne des Associations de Migrants (FCAM)</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De :</b> Anli Mmadi Soilihi &lt;sg@fcam-comores.example.org&gt;<br>
<b>Envoyé :</b> mercredi 10 février 2021 18:40<br>
<b>À :</b> gcmrrarabstates@iom.int<br>
<b>Objet :</b> Rapport volontaire FCAM – Examen régional du PMM</p></div>
<p class="MsoNormal">Madame, Monsieur,<br>Au nom de la Fédération Comorienne des Associations de Migrants (FCAM), j'ai l'honneur de vous transmettre notre rapport volontaire [...]</p>
</div></body></html>
"""
    doc = make_docx(["Fédération Comorienne des Associations de Migrants (FCAM)",
                     "Migrations entre l'Union des Comores et Mayotte - version révisée (v2)",
                     "Annexe : retours dans la dignité"])
    body = multipart("mixed", [text_part(html, "html", "utf-8", cte="base64"),
                               attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          REPORT24, style="rfc2047")],
                     "_004_PR3PR09MB5236B8A7C6D5E4F3A2B1C0D9E8PR3PR09MB5236eurp_")
    return finish(body, T(2021, 2, 18, 10, 5, 9), T(2021, 2, 18, 11, 4, 58, TZ3),
                  ("Anli Mmadi Soilihi", "sg@fcam-comores.example.org"),
                  "RE: Rapport volontaire FCAM – Examen régional du PMM (version révisée)", MID[24],
                  "EUR05-PR3-obe.outbound.protection.outlook.com", "40.107.21.88", client_received=False,
                  extra_headers=[("In-Reply-To", "<%s>" % MID[15]), ("References", "<%s>" % MID[15]),
                                 ("Content-Language", "fr-FR")])


add(T(2021, 2, 18, 10, 5, 9), m24, dict(
    category="voluntary_report", language="fr", acknowledge=True, speakers=[], report_attachments=[REPORT24],
    thread_of="h60-15.eml",
    notes="HTML-only Outlook reply (In-Reply-To h60-15) sending a revised DOCX that replaces the earlier report; "
          "late (18 Feb) although the original was on time; RFC 2047 encoded attachment name (not RFC 2231 as in "
          "h60-15); quoted Outlook header block in French ('De :', 'Envoyé :', 'Objet :')."))


# ----------------------------------------------------------------------------- write
def main():
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    items = sorted(MESSAGES, key=lambda x: x[0])
    assert len(items) == 24
    labels = []
    for i, (rec, build, lab) in enumerate(items, 1):
        fname = "h60-%02d.eml" % i
        assert build.__name__ == "m%02d" % i, (build.__name__, i)
        data = to_bytes(build())
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        entry = {"file": fname, "received_at": rec.isoformat(), "category": lab["category"],
                 "language": lab["language"], "acknowledge": lab["acknowledge"]}
        cat = lab["category"]
        if cat == "voluntary_report":
            ot = rec <= T(2021, 2, 16, 23, 59, 59)
        elif cat == "speaker_request":
            ot = rec <= T(2021, 2, 5, 23, 59, 59)
        elif cat == "both":
            ot = rec <= T(2021, 2, 5, 23, 59, 59) and rec <= T(2021, 2, 16, 23, 59, 59)
        else:
            ot = None
        entry["on_time"] = ot
        entry["speakers"] = lab["speakers"]
        entry["report_attachments"] = lab["report_attachments"]
        entry["thread_of"] = lab["thread_of"]
        entry["notes"] = lab["notes"]
        labels.append(entry)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
