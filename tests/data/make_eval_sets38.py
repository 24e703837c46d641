#!/usr/bin/env python3
"""Evaluation set holdout38 for gcm-intake: tests/data/holdout38 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets38.py
Written without reading intake/ or rules/.  Each message is a function returning (envelope, MIME tree, label).
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
FIXED = (2021, 2, 1, 8, 30, 0)


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def R(d, h, mi, s=0, mo=2):
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ---------------------------------------------------------------- tiny attachments
def tiny_png(rgb=(0, 94, 160), w=16, h=8):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, producer="Microsoft Word for Microsoft 365"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"] + ["(%s) Tj T*" % esc(x) for x in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Producer (%s) >>" % esc(producer)).encode("latin-1"),
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs, rtl=False):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (bidi, rpr, escape(p, quote=False)) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body)),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---------------------------------------------------------------- MIME helpers
def text(body, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}[cte]
    p = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        p.set_param("format", "flowed")
    return p


def alt(plain, html, boundary, charset="utf-8", cte="qp"):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    return m


def mixed(boundary, *parts):
    m = MIMEMultipart("mixed", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def att(data, ctype, filename, style="2231", inline_cid=None):
    main, sub = ctype.split("/")
    p = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
    disp = "inline" if inline_cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", "<%s>" % inline_cid)
    return p


def gmail_html(body, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>%s</div>" % "<br>".join(escape(x, quote=False) for x in para.split("\n"))
              for para in body.split("\n\n")]
    return "<div%s>%s</div>\n" % (d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            "</head>\n<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n"
            "</div></body></html>\n" % (lang, d, inner))


def mso(body):
    out = []
    for para in body.split("\n\n"):
        out.append("<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(x, quote=False) for x in para.split("\n")))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def quote(body, prefix="> "):
    return "\n".join((prefix + x).rstrip() for x in body.split("\n"))


def hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def address(name, email):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, "utf-8").encode(linesep="\r\n"), email)


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <%s>" % m["from_email"], "Delivered-To: " + MAILBOX,
         "Received: from %s (%s [203.0.113.%d])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
         "\tfor <%s>; %s" % (relay, relay, 20 + m["n"] * 3, m["qid"], MAILBOX, format_datetime(rat)),
         "From: " + address(m["from_name"], m["from_email"]),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + hdr(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
        h.append("References: " + m.get("references", m["in_reply_to"]))
    h += m.get("extra", [])
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dR2mXk9QwTe6yLp1vN==" % (n * 41),
            "Content-Language: " + lang]


GMAIL = ["X-Gm-Message-State: AOAM531hZ8vQ2pKx"]
IPHONE = ["X-Mailer: iPhone Mail (18C66)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= the week's mail
MID05 = "<CAF7uN0x3kQ2bP9rT1mW8cYd5vJ6hL4sE0gA2zR@mail.gmail.com>"
ACK05 = "<ack.20210209T091544.h7Qz@gcm-intake.iom.int>"


@message
def h38_01():
    plain = """Dear GCM Regional Review team,

Greetings from Kathmandu and Doha.

Please find below the details of our speaker for the Regional Conference:

Name: Bishnu Prasad Adhikari
Title: General Secretary
Organisation: Pravasi Nepali Workers Solidarity Network (PNWSN)
Session: Roundtable 1 (regular pathways and decent work)

Mr. Adhikari worked for nine years in construction in Qatar before returning
to Nepal and now coordinates our help desks in Doha, Kuwait City and Riyadh.

Thanks and regards,
Sunita Gurung
Programme Officer, PNWSN
+977 1 4410 328
"""
    root = alt(plain, gmail_html(plain), "000000000000b1e6a805ba5c2f11")
    meta = dict(from_name="Sunita Gurung", from_email="sunita.gurung.pnwsn@gmail.com",
                subject="Speaker nomination - PNWSN", received_at=R(1, 10, 42, 9), sender_tz=tz(3), lag=18,
                mid="<CAK2p9vR7mYxQ1sT4dN0bW6eH3jL8uF5cZ@mail.gmail.com>", relay="mail-ed1-f54.google.com",
                extra=GMAIL)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Bishnu Prasad Adhikari", "General Secretary",
                              "Pravasi Nepali Workers Solidarity Network (PNWSN)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines; sender (programme officer) is not the speaker; 'Mr.' in the bio; cities in the bio "
                       "are not the affiliation")
    return meta, root, label


@message
def h38_02():
    plain = """حضرة السادة في فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

تتشرف نقابة الممرضات والممرضين في لبنان بترشيح الدكتورة ريما فرحات، أمينة سر النقابة
ومسؤولة ملف الممرضين العاملين في الخارج، للمشاركة بمداخلة في المائدة المستديرة الثالثة
المتعلقة بالإدماج الاجتماعي والحصول على الخدمات الأساسية.

تعمل الدكتورة فرحات منذ سنوات على متابعة أوضاع الممرضين اللبنانيين الذين هاجروا إلى دول
الخليج وأوروبا، وعلى ظروف عمل الممرضات المهاجرات في المستشفيات اللبنانية.

نرجو التفضل بإعلامنا بأي معلومات إضافية مطلوبة.

مع فائق الاحترام،

النقيب جورج خوري
نقابة الممرضات والممرضين في لبنان
بيروت - الأشرفية
هاتف: 01 565 412 961+
"""
    html = outlook_html(mso(plain), lang="AR-SA", rtl=True)
    root = alt(plain, html, "_000_VI1PR0602MB3389A1C0E2D44F3B9A7E1C2BVI1PR0602MB3389eurp_")
    meta = dict(from_name="George Khoury", from_email="naqib@ordre-infirmiers.example.lb",
                subject="ترشيح متحدثة - نقابة الممرضات والممرضين في لبنان", received_at=R(2, 13, 5, 44),
                mid="<VI1PR0602MB3389A1C0E2D44F3B9A7E1C2BVI1PR0602MB3389@VI1PR0602MB3389.eurprd06.prod.outlook.com>",
                relay="mail-vi1eur05on2070.outbound.protection.outlook.com", extra=outlook(2, "ar-LB"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريما فرحات", "أمينة سر النقابة ومسؤولة ملف الممرضين العاملين في الخارج",
                              "نقابة الممرضات والممرضين في لبنان", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="prose nomination with honorific 'الدكتورة' (not part of the name); title wraps across a hard "
                       "line break; roundtable as ordinal word 'الثالثة'; signer's own title 'النقيب' is not the "
                       "speaker's; English display name, Arabic body")
    return meta, root, label


@message
def h38_03():
    plain = """Madame, Monsieur,

Je souhaiterais intervenir lors de la séance plénière de la Conférence régionale
des 24 et 25 février, au nom de notre Ligue, sur la question des expulsions
collectives et de l'accès des migrants subsahariens à la justice en Tunisie.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

--
Hichem Ben Salah
Vice-président
Ligue tunisienne pour la défense des droits de l'Homme (LTDH)
Section de Sfax
Tél. : +216 74 211 097 / +216 98 540 316

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
leurs destinataires.
"""
    root = text(plain, cte="qp", flowed=False)
    meta = dict(from_name="Hichem Ben Salah", from_email="h.bensalah@ltdh-sfax.example.tn",
                subject="Demande de prise de parole - plénière", received_at=R(3, 9, 17, 2), sender_tz=tz(1),
                mid="<7b2e41c9-03aa-4d5e-9c1b-5a6e8f0d2c71@ltdh-sfax.example.tn>", extra=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hichem Ben Salah", "Vice-président",
                              "Ligue tunisienne pour la défense des droits de l'Homme (LTDH)", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="French from an Arabic-named sender; speaker is the sender, name/title/affiliation only in the "
                       "signature; 'Section de Sfax' is a branch line, not part of the affiliation; Thunderbird")
    return meta, root, label


@message
def h38_04():
    plain = """Dear colleagues,

On behalf of the Migrant Domestic Workers Network in the Middle East (MDWN-ME), we
would like to propose the following three speakers:

* Ms. Meseret Tadesse, Chairperson, MDWN-ME - open discussion of the
  multi-stakeholder consultation on 23 February
* Ms. Kumari Wijesinghe, Sri Lankan Domestic Workers Association in Lebanon -
  roundtable 2 (protecting human rights of migrants)
* Ms. Akosua Mensah, Outreach Coordinator, Ghanaian Women Workers Forum -
  plenary

All three are themselves current or former domestic workers. Ms. Wijesinghe's
position in her association is still being confirmed by their board, we will
share it as soon as possible.

Interpretation into Amharic, Sinhala or Twi would not be needed, they will speak
in English.

In solidarity,
Marie-Claire Haddad
Coordinator, MDWN-ME secretariat
Beirut
"""
    root = text(plain, cte="qp", flowed=True)
    meta = dict(from_name="MDWN-ME Secretariat", from_email="secretariat@mdwn-me.example.org",
                subject="Three speakers from the Migrant Domestic Workers Network",
                received_at=R(3, 16, 48, 30), mid="<e9d3a0b1f2c4.4a7b@mdwn-me.example.org>",
                extra=["User-Agent: Roundcube Webmail/1.4.10"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Meseret Tadesse", "Chairperson",
                              "Migrant Domestic Workers Network in the Middle East (MDWN-ME)", ["open_discussion"], None),
                           SP("Kumari Wijesinghe", None, "Sri Lankan Domestic Workers Association in Lebanon",
                              ["roundtable"], 2),
                           SP("Akosua Mensah", "Outreach Coordinator", "Ghanaian Women Workers Forum",
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="three speakers in a bulleted list with wrapped continuation lines; second speaker has no title "
                       "(explicitly pending); first speaker's affiliation given only as acronym in the bullet, fuller "
                       "form in the intro; each speaker a different role; 'Ms.' honorific; format=flowed")
    return meta, root, label


@message
def h38_05():
    plain = """Dear Regional Review team,

Please find attached the voluntary GCM review submission of the UNICEF Yemen
Country Office, focusing on children on the move along the Eastern Route
(Objectives 7, 13 and 16).

The document was cleared by the Representative's office this morning.

Best regards,
Hana Al-Maqtari
Child Protection Specialist (Migration)
UNICEF Yemen Country Office | Sana'a
Mobile: +967 711 204 588

[UNICEF for every child]
"""
    pdf = tiny_pdf(["UNICEF Yemen Country Office", "Voluntary GCM Review - Children on the Move",
                    "1. Context: arrivals from the Horn of Africa", "2. Protection responses", "3. Recommendations"])
    root = mixed("000000000000d4c1e205bb0a1f3e",
                 alt(plain, gmail_html(plain), "000000000000d4c1df05bb0a1f3c"),
                 att(pdf, "application/pdf", "UNICEF_Yemen_GCM_voluntary_review_Feb2021.pdf"))
    meta = dict(from_name="Hana Al-Maqtari", from_email="hmaqtari@unicef.example.org",
                subject="UNICEF Yemen - voluntary GCM review", received_at=R(8, 14, 22, 51), sender_tz=tz(3),
                mid=MID05, relay="mail-wr1-f49.google.com", extra=GMAIL)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["UNICEF_Yemen_GCM_voluntary_review_Feb2021.pdf"], thread_of=None,
                 notes="plain PDF report from a UN agency country office; signature placeholder for a logo; "
                       "Date header in +03:00")
    return meta, root, label


@message
def h38_06():
    plain = """الزملاء الأعزاء في المنظمة الدولية للهجرة،

تحية طيبة،

باسم الشبكة العربية لحقوق العمال المهاجرين (أنوار) والمنظمات الأعضاء فيها في مصر والأردن
ولبنان والكويت واليمن، نرفق لكم التقرير الطوعي الجماعي للشبكة حول تنفيذ الاتفاق العالمي من
أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.

أعدّ التقرير بالتشاور مع 27 منظمة عضوًا خلال شهري كانون الأول وكانون الثاني.

مع التحية،
منسقة الشبكة
سلوى عبد الحميد
"""
    doc = tiny_docx(["التقرير الطوعي الجماعي", "الشبكة العربية لحقوق العمال المهاجرين (أنوار)",
                     "أولًا: المنهجية", "ثانيًا: النتائج الرئيسية", "ثالثًا: التوصيات"], rtl=True)
    root = mixed("000000000000a7f0c105bb8e3d52",
                 alt(plain, gmail_html(plain, rtl=True), "000000000000a7f0bf05bb8e3d50"),
                 att(doc, DOCX, "التقرير الطوعي الجماعي - شبكة أنوار.docx"))
    meta = dict(from_name="سلوى عبد الحميد", from_email="anwar.network.coord@gmail.com",
                subject="التقرير الطوعي الجماعي لشبكة أنوار", received_at=R(11, 20, 3, 12),
                mid="<CAGx4hT9sQ0mW2vYk7pR1nL5bD8cF3eJ6uZ@mail.gmail.com>", relay="mail-lj1-f170.google.com",
                extra=GMAIL)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي الجماعي - شبكة أنوار.docx"], thread_of=None,
                 notes="collective report of a regional network on behalf of member organisations; Arabic DOCX file "
                       "name in RFC 2231 encoding; signer's title before the name")
    return meta, root, label


@message
def h38_07():
    plain = """Bonjour,

Veuillez trouver ci-joint la contribution du Service Jésuite des Réfugiés (JRS), bureau
de Beyrouth, au processus d'examen volontaire du Pacte mondial sur les migrations.

Notre messagerie a changé récemment, si la pièce jointe ne s'ouvre pas correctement,
n'hésitez pas à me le signaler et je vous la renverrai.

Avec mes salutations les meilleures,

P. Antoine Saadé, s.j.
Directeur du bureau de Beyrouth
Service Jésuite des Réfugiés (JRS)
"""
    pdf = tiny_pdf(["Service Jesuite des Refugies (JRS) - Beyrouth",
                    "Examen volontaire du Pacte mondial sur les migrations", "Fevrier 2021"])
    p = MIMEApplication(pdf, "octet-stream")
    p.set_param("name", "JRS_Beyrouth_contribution_PMM.pdf")
    p.add_header("Content-Disposition", "attachment", filename="JRS_Beyrouth_contribution_PMM.pdf")
    root = mixed("----=_Part_118204_1739520688.1612870500112", text(plain, charset="iso-8859-1"), p)
    meta = dict(from_name="Antoine Saade", from_email="beyrouth.director@jrs-mena.example.org",
                subject="Contribution JRS Beyrouth - examen volontaire PMM", received_at=R(9, 11, 35, 0),
                mid="<1318872443.118205.1612870500113@webmail.jrs-mena.example.org>",
                extra=["X-Mailer: Zimbra 8.8.15_GA_3928 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3928)"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["JRS_Beyrouth_contribution_PMM.pdf"], thread_of=None,
                 notes="PDF report sent as application/octet-stream; ISO-8859-1 body; 'P.' (Father) and 's.j.' "
                       "around the signer's name")
    return meta, root, label


@message
def h38_08():
    inner = mso("""Dear Sir/Madam,

With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab Region, our Directorate would like to nominate the following official to deliver a statement in the plenary session of the Regional Conference:""")
    inner += """
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal style="margin-left:36pt"><b>Brigadier Fahad Al-Mutairi</b><br>
Director, Residency Affairs and Labour Migration Department<br>
Migration Affairs Directorate, Ministry of Interior &#8211; State of Kuwait</p>
<p class=MsoNormal>&nbsp;</p>
""" + mso("""Kindly note that Brigadier Al-Mutairi will deliver his statement in Arabic.

Best regards,

Dalal Al-Enezi
International Cooperation Section
Migration Affairs Directorate | Ministry of Interior
Tel: +965 2252 9914""") + """
<p class=MsoNormal><span style="font-size:8.0pt;color:#7F7F7F">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.</span></p>"""
    root = text(outlook_html(inner), "html")
    meta = dict(from_name="Dalal Al-Enezi", from_email="d.alenezi@moi-migration.example.kw",
                subject="Nomination for Plenary Statement - Ministry of Interior, Kuwait",
                received_at=R(4, 10, 12, 37), sender_tz=tz(3),
                mid="<AM6PR08MB4118C3E7A1F20D9B44E8A7C1F1B90@AM6PR08MB4118.eurprd08.prod.outlook.com>",
                relay="mail-am6eur05on2102.outbound.protection.outlook.com", extra=outlook(8, "en-US"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Fahad Al-Mutairi", "Director, Residency Affairs and Labour Migration Department",
                              "Migration Affairs Directorate, Ministry of Interior", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook; nominee is not the sender; military rank 'Brigadier' is an honorific, not "
                       "the title; title contains a comma; '- State of Kuwait' is the country, left out; disclaimer")
    return meta, root, label


@message
def h38_09():
    plain = """السلام عليكم
نرغب بالمشاركة في المائدة المستديرة الثانية (حماية حقوق المهاجرين)
المتحدث: منجي الدريدي - تعاضدية الصيد البحري التقليدي، جرجيس
رقم الهاتف 98 412 630 216+
شكرا

أُرسلت من الـ iPhone
"""
    root = text(plain, cte="b64")
    meta = dict(from_name="Monji Dridi", from_email="monji.dridi1968@yahoo.example.fr",
                subject="مشاركة", received_at=R(4, 22, 51, 3), sender_tz=tz(1), lag=40,
                mid="<5C1D2E3F-A4B5-4C6D-8E7F-90A1B2C3D4E5@yahoo.example.fr>", extra=IPHONE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("منجي الدريدي", None, "تعاضدية الصيد البحري التقليدي", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message; no title given; city after the affiliation ('، جرجيس') is a location; "
                       "one-word subject; base64 body; Latin-script display name")
    return meta, root, label


@message
def h38_10():
    plain = """Bonjour,

Je fais partie du collectif artistique Traversées (Alger) et nous aimerions
assister à la Conférence régionale des 24-25 février.

Est-ce que la conférence se tient à Beyrouth en présentiel ou uniquement en ligne ?
Si c'est en présentiel, faut-il un visa libanais pour des ressortissants algériens,
et l'OIM peut-elle nous fournir une lettre d'invitation pour le consulat ?

Merci d'avance pour votre réponse.

Yasmine Belkacem
Collectif Traversées
"""
    root = alt(plain, gmail_html(plain), "0000000000002b9c7e05bb6a8d41")
    meta = dict(from_name="Yasmine Belkacem", from_email="yasmine.belkacem.art@gmail.com",
                subject="Question visa / lettre d'invitation", received_at=R(6, 15, 2, 47), sender_tz=tz(1),
                mid="<CAMb3qX8nV1pR6tY0wK4sH9dL2cJ7eF5gA@mail.gmail.com>", relay="mail-pj1-f41.google.com",
                extra=GMAIL)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question from an artists' collective; wants to attend, does not ask "
                       "for a speaking role")
    return meta, root, label


MID11_A = "<CAD1fT7kQ9pX2mV5sR8bN0cW3yH6jL4eG@mail.gmail.com>"
MID11_B = "<DB7PR02MB5114A2E8C3F19B0D7E6A4C11B8D20@DB7PR02MB5114.eurprd02.prod.outlook.com>"


@message
def h38_11():
    plain = """Dear all,

Thanks Abebe and Grace, agreed: Kwame speaks for all of us. I am adding the IOM
mailbox so that this is on record.

Dear IOM colleagues,

The African Diaspora Associations in the Gulf coalition would like to register
Mr. Kwame Owusu-Ansah, President of the Ghana Diaspora Welfare Association (GDWA),
as our joint speaker for Roundtable 3 (social inclusion, remittances and diaspora
contributions) on 24-25 February.

Best,
Rowena Dizon
Kanlungan Filipino Migrant Center, Dubai

On Tue, 2 Feb 2021 at 19:12, Grace Nakato <grace.nakato@ugwa-gulf.example.org> wrote:
> Fine with me. Tsegaye told me he cannot do it anyway because of work, so
> Kwame is the best option.
>
> From: Abebe Girma <abebe.girma@ethiocomm-uae.example.org>
> Sent: Tuesday, 2 February 2021 17:40
> To: Rowena Dizon; Grace Nakato; Kwame Owusu-Ansah
> Subject: Re: GCM regional review - who speaks for us?
>
> Hi all, I suggested Tsegaye Bekele (our vice-chair) for roundtable 4 last
> week but I think one voice for the whole coalition is stronger. I propose
> Kwame, President of GDWA, for roundtable 3.
>
> Abebe
"""
    root = alt(plain, gmail_html(plain), "000000000000f15c2a05bb7c9e80")
    meta = dict(from_name="Rowena Dizon", from_email="rowena.dizon@kanlungan-dxb.example.org",
                to=("Abebe Girma <abebe.girma@ethiocomm-uae.example.org>, "
                    "Grace Nakato <grace.nakato@ugwa-gulf.example.org>, " + MAILBOX),
                cc="Kwame Owusu-Ansah <president@gdwa.example.org>",
                subject="Re: GCM regional review - who speaks for us?", received_at=R(3, 8, 14, 26), sender_tz=tz(4),
                mid="<CAPq7vN2xR5kT8mW1sY4bH0cL3dJ9eF6gU@mail.gmail.com>", in_reply_to=MID11_A,
                references=MID11_B + "\r\n " + MID11_A, relay="mail-io1-f66.google.com", extra=GMAIL)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Kwame Owusu-Ansah", "President", "Ghana Diaspora Welfare Association (GDWA)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="reply-all in a thread among partner organisations, the mailbox added to To; quoted thread "
                       "names a dropped candidate (Tsegaye Bekele, roundtable 4); the speaker's organisation is not "
                       "the sender's; a coalition is mentioned as the collective sponsor")
    return meta, root, label


INVITE_AR = """يسرّ المنظمة الدولية للهجرة، بالنيابة عن الفريق الإقليمي لشبكة الأمم المتحدة المعنية بالهجرة
في الدول العربية، دعوتكم إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة
الآمنة والمنظمة والنظامية في المنطقة العربية.

ويمكن لأصحاب المصلحة تقديم تقارير طوعية عن تنفيذ الاتفاق العالمي إلى العنوان
gcmrrarabstates@iom.int في موعد أقصاه يوم الثلاثاء 16 شباط/فبراير 2021.

كما يمكن طلب الكلمة في النقاش المفتوح للمشاورة مع أصحاب المصلحة المتعددين (23 شباط/فبراير)،
أو بصفة مقرر يقدّم الرسائل الرئيسية لأصحاب المصلحة، أو بمداخلة في الجلسة العامة أو في إحدى
الموائد المستديرة المواضيعية الأربع (24-25 شباط/فبراير)، مع ذكر اسم المتحدث ومسمّاه الوظيفي
والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021."""


@message
def h38_12():
    plain = """السادة الأفاضل،

شكرًا على الدعوة الكريمة.

يسرّنا ترشيح السيد أمادو كوليبالي، رئيس رابطة الطلاب الأفارقة في مصر، ليكون مقررًا يقدّم
الرسائل الرئيسية لأصحاب المصلحة. والسيد كوليبالي طالب ماجستير في العلاقات الدولية بجامعة
القاهرة، وقد شارك في عدة مشاورات إقليمية حول حقوق الطلاب والعمال المهاجرين.

ونحن على استعداد للمشاركة في الأعمال التحضيرية.

مع الشكر والتقدير،
فاطمة الزهراء إدريس
أمينة العلاقات الخارجية - رابطة الطلاب الأفارقة في مصر

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تاريخ الإرسال: الخميس، 21 يناير 2021 11:00 ص
الموضوع: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

""" + INVITE_AR + "\n"
    html = outlook_html(mso(plain), lang="AR-EG", rtl=True)
    root = alt(plain, html, "_000_HE1PR0401MB2218D6B0A9C14E27B3F5A8E0C4D10HE1PR0401MB2218eurp_")
    meta = dict(from_name="Fatma Idriss", from_email="external@asae-egypt.example.org",
                subject="RE: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(2, 18, 27, 55),
                mid="<HE1PR0401MB2218D6B0A9C14E27B3F5A8E0C4D10@HE1PR0401MB2218.eurprd04.prod.outlook.com>",
                in_reply_to="<invite-ar.20210121T0900@iom.int>",
                relay="mail-he1eur04on2119.outbound.protection.outlook.com", extra=outlook(12, "ar-EG"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أمادو كوليبالي", "رئيس",
                              "رابطة الطلاب الأفارقة في مصر", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' Arabic call quoted below (all roles, report deadline and the "
                       "misprinted 23 February speaker deadline are in the quote); honorific 'السيد'; title 'رئيس' "
                       "directly followed by the affiliation; his university studies are a decoy; sender is not "
                       "the speaker")
    return meta, root, label


@message
def h38_13():
    plain = """Madame, Monsieur,

Suite à l'appel à participation, la Chaire Mobilités et Entrepreneuriat Migrant
(CMEM) souhaite proposer deux intervenants pour la Conférence régionale :

+----------------------+----------------------------+-----------------------------------------------------+-----------------+
| Nom                  | Fonction                   | Institution                                         | Session         |
+----------------------+----------------------------+-----------------------------------------------------+-----------------+
| Pr Nadia Chebbi      | Titulaire de la chaire     | Chaire Mobilités et Entrepreneuriat Migrant (CMEM)  | Plénière        |
| M. Walid Jaziri      | Chercheur associé          | Chaire Mobilités et Entrepreneuriat Migrant (CMEM)  | Table ronde 4   |
+----------------------+----------------------------+-----------------------------------------------------+-----------------+

La Chaire travaille depuis 2018 sur les données relatives à l'entrepreneuriat des
migrants subsahariens en Tunisie, ce qui rejoint les thèmes de la table ronde 4.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Sarra Mabrouk
Assistante de recherche
Chaire Mobilités et Entrepreneuriat Migrant (CMEM)
École supérieure de commerce de Sfax
"""
    root = text(plain, charset="utf-8", cte="qp")
    meta = dict(from_name="Sarra Mabrouk", from_email="cmem.assistant@esc-sfax.example.tn",
                subject="Proposition d'intervenants - CMEM", received_at=R(5, 11, 9, 40), sender_tz=tz(1),
                mid="<a81f3c02-77d4-49be-b0e5-1c9f6d2a4e38@esc-sfax.example.tn>", extra=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Nadia Chebbi", "Titulaire de la chaire",
                              "Chaire Mobilités et Entrepreneuriat Migrant (CMEM)", ["plenary"], None),
                           SP("Walid Jaziri", "Chercheur associé",
                              "Chaire Mobilités et Entrepreneuriat Migrant (CMEM)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an ASCII table (wide lines); 'Pr' and 'M.' honorifics in the name column; "
                       "the host school in the signature is not in the table's affiliation; sender not a speaker")
    return meta, root, label


@message
def h38_14():
    plain = """Dear Sir / Madam,

Please find attached the voluntary review report of the Lanka Migrant Welfare Forum
(LMWF) on the situation of Sri Lankan migrant workers in Kuwait and the Gulf.

We also kindly request to make a floor intervention in Roundtable 3 on social
inclusion and access to services. I will speak myself.

Thank you and best regards,

Chaminda Perera
Founder & President
Lanka Migrant Welfare Forum (LMWF)
Farwaniya, Kuwait
+965 9904 1872
"""
    pdf = tiny_pdf(["Lanka Migrant Welfare Forum (LMWF)", "Voluntary GCM Review Report 2021",
                    "Sri Lankan migrant workers in Kuwait"])
    body = alt(plain, apple_html_like(plain), "Apple-Mail=_6E2A41B7-3C90-4F1D-A5E8-7B20C9D4F113")
    root = mixed("Apple-Mail=_9B4D7C21-0E5F-4A83-B6C1-2F8E3D0A9C55", body,
                 att(pdf, "application/pdf", "LMWF GCM Review Report 2021.pdf"))
    meta = dict(from_name="Chaminda Perera", from_email="chaminda.lmwf@icloud.example.com",
                subject="LMWF voluntary report and request to speak", received_at=R(4, 19, 40, 18), sender_tz=tz(3),
                mid="<F2C9A1D3-8B74-4E0A-9D15-6C3B2E7F0A48@icloud.example.com>",
                extra=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Chaminda Perera", "Founder & President", "Lanka Migrant Welfare Forum (LMWF)",
                              ["roundtable"], 3)],
                 report_attachments=["LMWF GCM Review Report 2021.pdf"], thread_of=None,
                 notes="report and speaker request in one message, both on time; speaker is the sender ('I will "
                       "speak myself'), details only in the signature; file name with spaces; location line "
                       "'Farwaniya, Kuwait' not part of the affiliation")
    return meta, root, label


def apple_html_like(body):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">' + "".join('<div class="">%s</div>' % (escape(x, quote=False) or '<br class="">')
                                  for x in body.split("\n")) + "</body></html>\n")


@message
def h38_15():
    plain = """مساء الخير،

نرجو التكرم بتزويدنا بجدول أعمال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير، مع توزيع
الجلسات والموائد المستديرة على اليومين، حتى نتمكن من تحديد من سيحضر من فريقنا.

وهل ستكون هناك ترجمة فورية إلى العربية في جميع الجلسات؟

ولكم جزيل الشكر،
منى السيد
مسؤولة البرامج
المبادرة المصرية لدعم العائدين من الخارج
"""
    root = alt(plain, gmail_html(plain, rtl=True), "00000000000061a4f305bb9b2c70")
    meta = dict(from_name="منى السيد", from_email="mona.elsayed@returnees-eg.example.org",
                subject="طلب جدول الأعمال", received_at=R(10, 17, 55, 21),
                mid="<CAH0z5rK2mP8xT1wQ6vB3nY9cL4dS7eJ0gF@mail.gmail.com>", relay="mail-qk1-f180.google.com",
                extra=GMAIL)
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="agenda request with an interpretation question; names, title and organisation appear only "
                       "as the sender's signature, no speaking role is asked for")
    return meta, root, label


@message
def h38_16():
    plain = """Dear colleagues,

I realise the deadline for speaking requests was last Friday and apologise for the late
message: our internal clearance took longer than expected.

If there is still space, the Refugee and Migrant Health Project of the WHO Country
Office in Lebanon would like to propose Dr. Samer Nassif, Technical Officer for Health
Information, to intervene in the roundtable on data and evidence-based policies
(roundtable 4).

Many thanks for your understanding,

Lara Azar
Project Assistant
Refugee and Migrant Health Project | WHO Country Office, Lebanon
T: +961 1 612 970 | Ext. 34
"""
    html = outlook_html(mso(plain))
    root = alt(plain, html, "_000_PR3PR09MB5427B0E91C3A4F62D8E7A05C9A3E0PR3PR09MB5427eurp_")
    meta = dict(from_name="AZAR, Lara", from_email="azarl@who-lb.example.int",
                subject="Late request - speaker for roundtable 4", received_at=R(8, 9, 41, 6),
                mid="<PR3PR09MB5427B0E91C3A4F62D8E7A05C9A3E0@PR3PR09MB5427.eurprd09.prod.outlook.com>",
                relay="mail-pr3eur09on2052.outbound.protection.outlook.com", extra=outlook(16, "en-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Samer Nassif", "Technical Officer for Health Information",
                              "Refugee and Migrant Health Project of the WHO Country Office in Lebanon",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="late (Monday 8 February) and says so; nominee is not the sender; 'Dr.'; the affiliation is a "
                       "project of an office ('of the WHO Country Office in Lebanon' is the fullest form written); "
                       "roundtable named by theme and number; 'Last, First' display name")
    return meta, root, label


@message
def h38_17():
    plain = """Bonjour,

Je m'appelle Dr Amina Tazi-Fournier, consultante indépendante et chercheuse sur les
migrations de retour au Maghreb.

Je souhaiterais participer à la discussion ouverte de la consultation multipartite
du 23 février, si possible.

Cordialement,
Amina Tazi-Fournier

Envoyé depuis Outlook pour Android
"""
    root = text(plain, cte="qp")
    meta = dict(from_name="Amina Tazi-Fournier", from_email="a.tazifournier@outlook.example.com",
                subject="Participation discussion ouverte 23/02", received_at=R(5, 21, 16, 33), sender_tz=tz(1),
                mid="<VE1P190MB0812F4A0C3E58D27B1E9A6C0D8F40@VE1P190MB0812.EURP190.PROD.OUTLOOK.COM>",
                relay="mail-ve1eur03olkn0814.outbound.protection.outlook.com",
                extra=["X-Mailer: Outlook for Android"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Amina Tazi-Fournier", "consultante indépendante et chercheuse sur les migrations de "
                              "retour au Maghreb", None, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="independent consultant proposing herself: no organisational affiliation (null); 'Dr' "
                       "honorific; title is a descriptive phrase; sent from a phone on the last day (21:16)")
    return meta, root, label


@message
def h38_18():
    plain = """السادة المحترمون،

مرفق طيه التقرير الطوعي للرابطة اليمنية لحقوق الإنسان حول أوضاع المهاجرين في اليمن
وتنفيذ الاتفاق العالمي للهجرة. نعتذر عن التأخير بسبب انقطاع الإنترنت والكهرباء في عدن
خلال الأيام الماضية، ونأمل أن يؤخذ التقرير بعين الاعتبار.

مع الاحترام،
عبد الرحمن باوزير
رئيس الرابطة اليمنية لحقوق الإنسان
عدن
"""
    pdf = tiny_pdf(["Yemeni League for Human Rights", "Voluntary GCM review report (Arabic original)",
                    "Aden, February 2021"])
    root = mixed("000000000000c02e9a05bbb6f4d8",
                 alt(plain, gmail_html(plain, rtl=True), "000000000000c02e9805bbb6f4d6"),
                 att(pdf, "application/pdf", "تقرير الرابطة اليمنية - الاتفاق العالمي للهجرة.pdf", style="2047"))
    meta = dict(from_name="عبد الرحمن باوزير", from_email="yemeni.league.hr@gmail.com",
                subject="التقرير الطوعي - الرابطة اليمنية لحقوق الإنسان", received_at=R(18, 7, 48, 2),
                sender_tz=tz(3), mid="<CAJq1wE6mT9pX3sV8kR2bN5cY0dH4fL7gA@mail.gmail.com>",
                relay="mail-ot1-f47.google.com", extra=GMAIL)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير الرابطة اليمنية - الاتفاق العالمي للهجرة.pdf"], thread_of=None,
                 notes="late (18 February) and apologises; Arabic PDF file name as RFC 2047 encoded word inside the "
                       "quoted parameter; Date header in +03:00")
    return meta, root, label


@message
def h38_19():
    plain = """Madame, Monsieur,

Suite à votre appel, le Barreau de Constantine a l'honneur de vous transmettre la
candidature suivante pour une prise de parole :

Nom et prénom : Maître Lamia Bouzid
Qualité : Avocate, présidente de la commission des droits de l'Homme
Organisme : Barreau de Constantine
Rôle souhaité : intervention en table ronde II (protection des droits des migrants)

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pour le Bâtonnier,
Le secrétariat
"""
    html = outlook_html(mso(plain), lang="FR")
    root = alt(plain, html, "_000_AS8PR04MB7733E1F20B94C6D3A8E2F59B7C2A0AS8PR04MB7733eurp_")
    meta = dict(from_name="Secrétariat du Bâtonnier", from_email="secretariat@barreau-constantine.example.dz",
                subject="Candidature - prise de parole (Barreau de Constantine)", received_at=R(5, 15, 58, 12),
                sender_tz=tz(1),
                mid="<AS8PR04MB7733E1F20B94C6D3A8E2F59B7C2A0@AS8PR04MB7733.eurprd04.prod.outlook.com>",
                relay="mail-as8eur04on2090.outbound.protection.outlook.com", extra=outlook(19, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Lamia Bouzid", "Avocate, présidente de la commission des droits de l'Homme",
                              "Barreau de Constantine", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="labelled French lines ('Nom et prénom :', 'Qualité :', 'Organisme :'); 'Maître' honorific; "
                       "the city is part of the bar association's name; roundtable as Roman numeral; shared "
                       "secretariat mailbox with accented display name")
    return meta, root, label


@message
def h38_20():
    plain = """Dear team,

Many thanks for confirming receipt. Much appreciated!

Best,
Hana

Sent from my iPhone

> On 9 Feb 2021, at 12:15, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Hana Al-Maqtari,
>
> We acknowledge with thanks receipt of your voluntary GCM review submission
> (UNICEF_Yemen_GCM_voluntary_review_Feb2021.pdf).
>
> GCM Regional Review team
"""
    root = MIMEText(plain, "plain", "us-ascii")
    meta = dict(from_name="Hana Al-Maqtari", from_email="hmaqtari@unicef.example.org",
                subject="Re: Acknowledgement: UNICEF Yemen - voluntary GCM review", received_at=R(9, 12, 3, 30),
                sender_tz=tz(3), mid="<8E1B6F20-4C7D-4A9E-B3F5-D02C71A9E6B4@unicef.example.org>",
                in_reply_to=ACK05, references=MID05 + "\r\n " + ACK05, extra=IPHONE)
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h38-05.eml",
                 notes="thank-you replying to our acknowledgement of h38-05 from a phone: adds nothing new, must not "
                       "be acknowledged; the quoted acknowledgement names the report file")
    return meta, root, label


@message
def h38_21():
    plain = """السادة فريق الاستعراض الإقليمي - المنظمة الدولية للهجرة،

تهديكم القنصلية العامة لجمهورية إثيوبيا الديمقراطية الاتحادية في دبي أطيب تحياتها، وتتشرف
بإبلاغكم برغبتها في أن يلقي السيد تسفاي ولدي ميكائيل، الملحق العمالي بالقنصلية، كلمة في
الجلسة العامة للمؤتمر الإقليمي.

وتعتذر القنصلية عن تأخر هذا الطلب بسبب إجراءات الموافقة من الوزارة في أديس أبابا.

وتغتنم القنصلية العامة هذه المناسبة لتعرب لكم عن فائق تقديرها واحترامها.

قسم الشؤون العمالية
القنصلية العامة لجمهورية إثيوبيا الديمقراطية الاتحادية - دبي
"""
    html = outlook_html(mso(plain), lang="AR-AE", rtl=True)
    root = alt(plain, html, "_000_DB8PR03MB6201C9A4E7F01B2D5E83A6F4B1C90DB8PR03MB6201eurp_")
    meta = dict(from_name="Labour Section - Consulate General", from_email="labour@ethcg-dubai.example.gov.et",
                subject="طلب إلقاء كلمة في الجلسة العامة", received_at=R(6, 9, 15, 48), sender_tz=tz(4),
                mid="<DB8PR03MB6201C9A4E7F01B2D5E83A6F4B1C90@DB8PR03MB6201.eurprd03.prod.outlook.com>",
                relay="mail-db8eur03on2115.outbound.protection.outlook.com", extra=outlook(21, "ar-AE"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("تسفاي ولدي ميكائيل", "الملحق العمالي بالقنصلية",
                              "القنصلية العامة لجمهورية إثيوبيا الديمقراطية الاتحادية في دبي", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (Saturday 6 February) and apologises; diplomatic third-person prose; honorific "
                       "'السيد'; 'في دبي' is part of the consulate's name in the body (the signature has ' - دبي'); "
                       "English display name for an Arabic message; sender is a section, not the speaker")
    return meta, root, label


@message
def h38_22():
    plain = """Bonjour,

Notre association a envoyé la semaine dernière une demande de prise de parole pour la
table ronde 1. Pourriez-vous nous indiquer comment nous recevrons le lien de connexion,
et si l'interprétation en français sera assurée pendant les tables rondes ?

Par ailleurs, les horaires du programme sont-ils indiqués en heure de Beyrouth ?

Merci beaucoup et bonne journée,

Aïssatou Ndiaye
Chargée de communication
Association des Migrants Subsahariens de Tunisie (AMST)
"""
    root = alt(plain, gmail_html(plain), "000000000000e83b1d05bc21a7f2")
    meta = dict(from_name="Aissatou Ndiaye", from_email="communication.amst@gmail.com",
                subject="Lien de connexion et interprétation", received_at=R(12, 10, 27, 9), sender_tz=tz(1),
                mid="<CALx9nR3vK6pT0mW2sY8bH5cQ1dJ4eF7gZ@mail.gmail.com>", relay="mail-wm1-f52.google.com",
                extra=GMAIL)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (connection link, interpretation, time zone) that refers to an earlier "
                       "speaker request not in this set; proposes nobody; signature has name/title/affiliation")
    return meta, root, label


@message
def h38_23():
    plain = """Bonsoir,

Je vous transfère ci-dessous le message de notre présidente avec le rapport de la
Fédération en pièce jointe. Elle l'avait envoyé à une ancienne adresse par erreur.

Cordialement,
Rym Ferchichi
Secrétariat FTAM

---------- Forwarded message ---------
De : Samia Gharbi <samia.gharbi@ftam.example.tn>
Date: lun. 15 févr. 2021 à 18:52
Subject: Rapport volontaire FTAM - Pacte mondial
To: <gcm.arabstates@iom-old.example.int>


Madame, Monsieur,

Au nom de la Fédération tunisienne des associations pour les migrants (FTAM), qui
regroupe 14 associations de Tunis, Sfax, Médenine et Gafsa, j'ai le plaisir de
vous transmettre notre rapport d'examen volontaire de la mise en œuvre du Pacte
mondial.

Bien à vous,
Samia Gharbi
Présidente de la FTAM
"""
    doc = tiny_docx(["Fédération tunisienne des associations pour les migrants (FTAM)",
                     "Rapport d'examen volontaire du Pacte mondial", "1. Introduction", "2. Constats",
                     "3. Recommandations"])
    root = mixed("0000000000008a5f3b05bb6e2d19",
                 alt(plain, gmail_html(plain), "0000000000008a5f3905bb6e2d17"),
                 att(doc, DOCX, "Rapport_volontaire_FTAM_février2021.docx"))
    meta = dict(from_name="Secrétariat FTAM", from_email="secretariat.ftam@gmail.com",
                subject="Fwd: Rapport volontaire FTAM - Pacte mondial", received_at=R(16, 22, 41, 37),
                sender_tz=tz(1), mid="<CAE2kP7xQ0vR5mT8sW1bN4cY9dH3jL6fG@mail.gmail.com>",
                relay="mail-ej1-f53.google.com", extra=GMAIL)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_FTAM_février2021.docx"], thread_of=None,
                 notes="forward (Gmail 'Forwarded message') of a report first sent to a wrong address; collective "
                       "federation report; accented DOCX file name (RFC 2231); received 22:41 on the report deadline "
                       "day, on time")
    return meta, root, label


@message
def h38_24():
    plain = """الإخوة والأخوات في المنظمة الدولية للهجرة،

تحية طيبة،

نرجو تسجيل المتحدثين التاليين من جمعية الجالية الإثيوبية في عدن:

الاسم | الصفة | الجلسة
هيروت أسفاو | رئيسة لجنة النساء في الجمعية | النقاش المفتوح (23 فبراير)
يوهانس تيكلي | مسؤول ملف المحتجزين | المائدة المستديرة رقم 2

شكرًا لكم،
أحمد سعيد بارجاش
سكرتير الجمعية
"""
    rows = [("الاسم", "الصفة", "الجلسة"),
            ("هيروت أسفاو", "رئيسة لجنة النساء في الجمعية", "النقاش المفتوح (23 فبراير)"),
            ("يوهانس تيكلي", "مسؤول ملف المحتجزين", "المائدة المستديرة رقم 2")]
    table = "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">%s</table>" % "".join(
        "<tr>%s</tr>" % "".join("<td>%s</td>" % escape(c, quote=False) for c in r) for r in rows)
    html = ('<div dir="rtl"><div>الإخوة والأخوات في المنظمة الدولية للهجرة،</div><div><br></div>'
            "<div>تحية طيبة،</div><div><br></div>"
            "<div>نرجو تسجيل المتحدثين التاليين من جمعية الجالية الإثيوبية في عدن:</div><div><br></div>"
            + table + "<div><br></div><div>شكرًا لكم،</div><div>أحمد سعيد بارجاش</div>"
            "<div>سكرتير الجمعية</div></div>\n")
    root = alt(plain, html, "000000000000497c0e05ba1d8b63")
    meta = dict(from_name="أحمد بارجاش", from_email="ethiopian.community.aden@gmail.com",
                subject="تسجيل متحدثين", received_at=R(31, 12, 4, 50, mo=1), sender_tz=tz(3),
                mid="<CAN4sQ8xV1mT6pK9wR2bY5cH0dL3jE7fG@mail.gmail.com>", relay="mail-lf1-f44.google.com",
                extra=GMAIL)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("هيروت أسفاو", "رئيسة لجنة النساء في الجمعية", "جمعية الجالية الإثيوبية في عدن",
                              ["open_discussion"], None),
                           SP("يوهانس تيكلي", "مسؤول ملف المحتجزين", "جمعية الجالية الإثيوبية في عدن",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a table (pipe-separated in text, HTML table in the Gmail HTML part); the "
                       "affiliation is only in the intro sentence, not in the table; 'في عدن' is part of the "
                       "community association's name; received in January")
    return meta, root, label


# ---------------------------------------------------------------- writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    sd, rd = R(5, 23, 59, 59), R(16, 23, 59, 59)
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        name = "h38-%02d.eml" % i
        assert fn.__name__ == "h38_%02d" % i, fn.__name__
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = "5F%02dK8vR2q" % i
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout38"))
