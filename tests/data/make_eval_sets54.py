#!/usr/bin/env python3
"""Evaluation set holdout54 for gcm-intake: 24 raw messages + labels.json (format of LABELS.md).

Deterministic, standard library only (DOCX built with zipfile, PDF by hand), CRLF line endings.
Run:  /tmp/venv/bin/python tests/data/make_eval_sets54.py
Written without reading intake/ or rules/: an ordinary week of the mailbox, 8 ar / 8 en / 8 fr.
"""
import datetime as dt
import io
import json
import os
import zipfile
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout54")
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
CALL_MID = "<call-gcm-rr-arab-2021-01-20@iom.int>"


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


# ------------------------------------------------------------------ attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 7.0) >>").encode("latin-1"),
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/></Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/></Relationships>')


def tiny_docx(paragraphs: list[str], table: list[list[str]] | None = None, rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package; fixed timestamps so the bytes are reproducible."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(t: str) -> str:
        return f'<w:p>{bidi}<w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'
    body = [para(p) for p in paragraphs]
    if table:
        rows = "".join("<w:tr>{}</w:tr>".format("".join(f"<w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>{para(c)}</w:tc>" for c in row)) for row in table)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                    f'<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>{rows}</w:tbl>')
        body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'.format("".join(body)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS),
                           ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ MIME parts
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    if charset == "us-ascii":
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)


def alt(plain: str, html: str, boundary: str) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain))
    m.attach(text(html, "html"))
    m.set_boundary(boundary)
    return m


def attach(data: bytes, ctype: str, filename: str, disposition: str = "attachment") -> MIMEApplication:
    p = MIMEApplication(data, ctype.split("/", 1)[1])
    if ctype.split("/", 1)[0] != "application":
        p.replace_header("Content-Type", ctype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    return p


def mixed(body, parts, boundary: str) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir=RTL' if rtl else "", inner))


def paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
        for para in body.split("\n\n"))


def apple_html(body: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (escape(ln, quote=False) or "<br>") for ln in body.split("\n"))
            + "</body></html>\n")


def quote(body: str) -> str:
    return "\n".join(("> " + ln).rstrip() for ln in body.split("\n"))


# ------------------------------------------------------------------ envelope
def hdr(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name: str | None, email: str) -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def render(n: int, m: dict, root) -> bytes:
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]),
         "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 3}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS "
         f"id 7K{n:02d}W54Rq\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
         "From: " + addr(m["from_name"], m["from_email"]),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + hdr(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h += m.get("extra", [])
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: %s"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]
TBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str], roundtable: int | None = None) -> dict:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


RT_THEMES_EN = """- Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration
- Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention
- Roundtable 3: Social inclusion and cohesion, access to basic services, remittances and diaspora contributions
- Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation"""

CALL_AR = """السادة والسيدات أصحاب المصلحة،

تدعوكم المنظمة الدولية للهجرة، بصفتها منسّقة شبكة الأمم المتحدة المعنية بالهجرة، إلى المشاركة في
المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
ويمكن لأصحاب المصلحة طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث
ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.
المائدة المستديرة الأولى: تعزيز مسارات الهجرة النظامية والعمل اللائق ومعالجة دوافع الهجرة
المائدة المستديرة الثانية: حماية حقوق الإنسان للمهاجرين
المائدة المستديرة الثالثة: الإدماج والتماسك الاجتماعيان والحصول على الخدمات الأساسية
المائدة المستديرة الرابعة: البيانات والسياسات القائمة على الأدلة والتعاون الدولي

مع خالص التحية،
أمانة المراجعة الإقليمية"""


# ------------------------------------------------------------------ the messages
@message
def h54_01():
    plain = """Dear GCM Regional Review Team,

Greetings from the Sri Lanka Migrant Workers' Association in Kuwait (SLMWA).

Further to the invitation letter received through the Embassy, we would like to request
speaking roles for two of our office bearers at the Regional Review conference on 24-25
February 2021:

1. Mrs. Dilani Wickramasinghe, Welfare Officer, SLMWA - floor intervention in Roundtable 1
   (regular pathways, decent work)
2. Mr. Chaminda Perera, General Secretary, SLMWA - floor intervention in the plenary session

Both can join online from Kuwait. Kindly let us know if any further details are required.

Thank you and best regards,

Chaminda Perera
General Secretary
Sri Lanka Migrant Workers' Association in Kuwait (SLMWA)
Mob: +965 6 555 0142
"""
    root = alt(plain, outlook_html(paras(plain), "EN-GB"), "----=_NextPart_000_0011_01D6F86A.5B2C1E10")
    meta = dict(from_name="Chaminda Perera", from_email="gensec@slmwa-kw.example.org",
                subject="Request for speaking roles - SLMWA", received_at=R(2, 1, 10, 12, 4), sender_tz=tz(3),
                mid="<001101d6f86a$5b2c1e10$11845a30$@slmwa-kw.example.org>",
                extra=[OUTLOOK[0], OUTLOOK[1] % "en-gb"])
    aff = "Sri Lanka Migrant Workers' Association in Kuwait (SLMWA)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Dilani Wickramasinghe", "Welfare Officer", aff, ["roundtable"], 1),
                           SP("Chaminda Perera", "General Secretary", aff, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a numbered list with 'Mrs.'/'Mr.' honorifics; list lines give only the "
                       "acronym, the full name is in the greeting and signature ('in Kuwait' is part of the "
                       "name); the sender is also the second speaker; a thank-you reply follows (h54-16)")
    return meta, root, label


@message
def h54_02():
    plain = """نقابة البحارة والعاملين في الموانئ - سلطنة عُمان
الرقم: ن ب/2021/017
التاريخ: 3 فبراير 2021

السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في المنطقة العربية، يسرّنا أن نرشّح الدكتور سالم بن خميس الحارثي، مستشار الشؤون
القانونية والتفاوض الجماعي، لإلقاء مداخلة في المائدة المستديرة الأولى حول العمل اللائق ومسارات
الهجرة النظامية، وذلك لعرض تجربة النقابة في حماية البحارة المهاجرين على السفن التجارية.

وتفضلوا بقبول فائق الاحترام والتقدير،

خلفان بن سعيد البلوشي
رئيس النقابة
هاتف: 96824551230+
"""
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000a4c1e905ba6d2f11")
    meta = dict(from_name="نقابة البحارة", from_email="info@seafarers-union-om.example.org",
                subject="ترشيح متحدث - المراجعة الإقليمية للاتفاق العالمي للهجرة", received_at=R(2, 3, 11, 40, 9),
                sender_tz=tz(4), mid="<CAH7vQk2x9Lw0pN3sRt5UaYb1c@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالم بن خميس الحارثي", "مستشار الشؤون القانونية والتفاوض الجماعي",
                              "نقابة البحارة والعاملين في الموانئ", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="organisation only in the letterhead line above the greeting (location '- سلطنة عُمان' "
                       "left out); 'الدكتور' honorific; title hard-wrapped across two lines; roundtable as an "
                       "ordinal word ('الأولى'); the signatory (union president) is not the speaker")
    return meta, root, label


@message
def h54_03():
    plain = """Madame, Monsieur,

L'Ambassade de la République du Sénégal présente ses compliments au Secrétariat de la Revue
régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région
arabe et a l'honneur de lui faire part du souhait de Son Excellence Monsieur Mamadou Lamine Faye,
Ambassadeur extraordinaire et plénipotentiaire, de prendre la parole lors de la session
plénière de la Conférence régionale (24-25 février 2021).

Son Excellence souhaiterait notamment évoquer la situation des travailleurs sénégalais dans les
pays du Golfe et la coopération consulaire en matière de protection.

L'Ambassade de la République du Sénégal saisit cette occasion pour renouveler au Secrétariat
les assurances de sa haute considération.

Service de Presse et de Communication
Ambassade de la République du Sénégal – Doha, Qatar
Tél. : +974 4 455 0911
"""
    root = alt(plain, outlook_html(paras(plain), "FR"), "----=_NextPart_000_0057_01D6F9A1.0C33B2E0")
    meta = dict(from_name="Ambassade du Sénégal - Doha", from_email="presse@senegal-ambassade-qa.example.org",
                subject="Demande de prise de parole - Son Excellence l'Ambassadeur", received_at=R(2, 2, 15, 5, 30),
                sender_tz=tz(3), mid="<005701d6f9a1$0c33b2e0$249a18a0$@senegal-ambassade-qa.example.org>",
                extra=[OUTLOOK[0], OUTLOOK[1] % "fr-fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mamadou Lamine Faye", "Ambassadeur extraordinaire et plénipotentiaire",
                              "Ambassade de la République du Sénégal", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="diplomatic third-person note; speaker introduced as 'Son Excellence Monsieur' (not part "
                       "of the name); location '– Doha, Qatar' in the signature is not part of the affiliation; "
                       "the sender is a press service, not the speaker")
    return meta, root, label


@message
def h54_04():
    plain = """Hello,
Pls register me to speak at roundtable 2 on the 24th. Ravi Menon, Kerala Pravasi Welfare Forum - Muscat
Thanks

Sent from my iPhone
"""
    root = text(plain, charset="us-ascii", cte=None)
    root.set_param("format", "flowed")
    meta = dict(from_name="Ravi Menon", from_email="ravi.menon@kpwf-muscat.example.org",
                subject="Speaking request", received_at=R(2, 4, 21, 47, 12), sender_tz=tz(4), lag=9,
                mid="<6E2A7F0C-91B3-4D58-A6E1-3C0B9F4D2A77@kpwf-muscat.example.org>", extra=IPHONE)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ravi Menon", None, "Kerala Pravasi Welfare Forum", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message, plain 7bit; name and organisation run together on one line; no title; "
                       "'- Muscat' is the location, not part of the affiliation")
    return meta, root, label


@message
def h54_05():
    plain = "Bonjour, veuillez trouver ci-joint la fiche de notre intervenant. Cordialement, Khadija Ait Ouahmane\n"
    docx = tiny_docx(
        ["Revue régionale du Pacte mondial pour les migrations – région arabe",
         "Fiche de demande de prise de parole"],
        table=[["Nom et prénom", "Dr Ahmed Salem Ould Sidi"],
               ["Fonction", "Médecin coordinateur"],
               ["Organisation", "Association Mauritanienne pour la Santé des Migrants (AMSM)"],
               ["Session souhaitée", "Table ronde 3 – Inclusion sociale et accès aux services de base"],
               ["Contact", "+222 36 41 22 08"]])
    body = alt(plain, gmail_html(plain), "0000000000007d3f2a05ba5c9e40")
    root = mixed(body, [attach(docx, DOCX_MIME, "Fiche_intervenant_AMSM.docx")], "0000000000007d3f2c05ba5c9e42")
    meta = dict(from_name="Khadija Ait Ouahmane", from_email="k.aitouahmane@amsm-mr.example.org",
                subject="Prise de parole - AMSM", received_at=R(2, 1, 9, 30, 44), sender_tz=tz(0),
                mid="<CAF3kLp0Zq8Yw1vBn6Tx2Re4Hs9@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Ahmed Salem Ould Sidi", "Médecin coordinateur",
                              "Association Mauritanienne pour la Santé des Migrants (AMSM)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="one-line body; all speaker details are only in the attached DOCX form (two-column table, "
                       "'Dr' honorific); the DOCX is a speaker form, not a voluntary report; the sender is not "
                       "the speaker")
    return meta, root, label


@message
def h54_06():
    plain = """السلام عليكم ورحمة الله،

تحية طيبة،

يسعدنا أن نرسل إليكم التقرير الطوعي الجماعي للشبكة المغاربية لحقوق المهاجرين حول تنفيذ الاتفاق
العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أُعدّ بمشاركة سبع جمعيات أعضاء في المغرب
والجزائر وتونس وموريتانيا، بعد سلسلة من الورشات التشاورية عن بُعد خلال شهر يناير.

التقرير مرفق بصيغة PDF.

مع فائق التقدير،
نادية بوزيد
منسقة الشبكة المغاربية لحقوق المهاجرين
"""
    pdf = tiny_pdf(["Reseau maghrebin pour les droits des migrants", "Rapport volontaire collectif - PMM 2021",
                    "7 associations membres: Maroc, Algerie, Tunisie, Mauritanie"], "Rapport collectif RMDM")
    body = alt(plain, gmail_html(plain, rtl=True), "000000000000c2b91e05bb0a7c11")
    root = mixed(body, [attach(pdf, "application/pdf", "التقرير الطوعي الجماعي - الشبكة المغاربية.pdf")],
                 "000000000000c2b92005bb0a7c13")
    meta = dict(from_name="نادية بوزيد", from_email="coordination@rmdm-net.example.org",
                subject="التقرير الطوعي الجماعي للشبكة المغاربية لحقوق المهاجرين", received_at=R(2, 10, 14, 20, 3),
                sender_tz=tz(1), mid="<CAJ8pRt1Nw6Zq2Lm4Xk0Bv7Cy@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي الجماعي - الشبكة المغاربية.pdf"], thread_of=None,
                 notes="collective report of a network (seven member associations); Arabic PDF file name in "
                       "RFC 2231 form; base body QP UTF-8")
    return meta, root, label


@message
def h54_07():
    plain = """Good morning,

On behalf of the Bayanihan Migrant Workers Network - Qatar, please find attached our voluntary
GCM review report. It covers domestic workers, hospitality and construction, based on 212
interviews carried out in Doha and Al Khor between October and December 2020.

Apologies if the file does not open directly, our office computer saves it strangely. Please tell
us and we will send it again.

Salamat po and regards,
Maria Theresa Dizon
Documentation Officer
Bayanihan Migrant Workers Network
"""
    pdf = tiny_pdf(["Bayanihan Migrant Workers Network", "Voluntary GCM Review Report 2021"], "BMWN GCM Review")
    root = mixed(text(plain, cte=None), [attach(pdf, "application/octet-stream", "BMWN_GCM_Voluntary_Review_2021.pdf")],
                 "------------A3F1C09E7B2D4E5F60718293")
    root.preamble = "This is a multi-part message in MIME format."
    meta = dict(from_name="Maria Theresa Dizon", from_email="documentation@bayanihan-qa.example.org",
                subject="Voluntary GCM review report - Bayanihan Migrant Workers Network",
                received_at=R(2, 12, 8, 5, 51), sender_tz=tz(3),
                mid="<4b1f0a2e-7c3d-9e58-2f16-0d8a3b6c1e97@bayanihan-qa.example.org>", extra=TBIRD)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["BMWN_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="report PDF sent as application/octet-stream (type only recognisable by the .pdf name and "
                       "the %PDF magic); plain text 8bit; a Tagalog phrase in the closing")
    return meta, root, label


@message
def h54_08():
    plain = """Bonjour,

Nous avons bien noté l'invitation à la consultation multipartite du 23 février et à la
Conférence régionale des 24 et 25 février.

Pourriez-vous nous préciser si les sessions se tiendront uniquement en ligne, et si une
interprétation en français sera assurée pendant les tables rondes ? Le lien de connexion
sera-t-il envoyé à chaque participant inscrit ou seulement au point focal de l'organisation ?

Merci d'avance pour votre retour.

Bien cordialement,
Yacine Belkacem
Chargé de projets
Collectif Oranais de Solidarité avec les Migrants
"""
    root = alt(plain, apple_html(plain), "Apple-Mail=_8B2E4C61-0F3A-4D97-B1E5-7A6C2D9F0E13")
    meta = dict(from_name="Yacine Belkacem", from_email="y.belkacem@cosm-oran.example.org",
                subject="Question pratique : interprétation et lien de connexion", received_at=R(2, 18, 10, 0, 17),
                sender_tz=tz(1), mid="<5C8D2B7A-3E14-4F6B-9A02-D1E7C4B85F36@cosm-oran.example.org>", extra=APPLE)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (online format, interpretation, connection link); mentions the "
                       "consultation, roundtables and a named person with title and organisation, but proposes "
                       "no speaker")
    return meta, root, label


@message
def h54_09():
    plain = """السلام عليكم،

نشكركم على الدعوة. تودّ جمعية الشباب المسلم للتطوع ترشيح الأستاذة مريم عبد الرحمن العنزي، منسقة
برامج الشباب، للمداخلة في المائدة المستديرة الثالثة (الإدماج والتماسك الاجتماعيان).

علماً بأن الجمعية تعمل منذ سنوات مع الشباب من أبناء الجاليات المقيمة في الكويت في مجالات التعليم
والتطوع.

مع التحية،
عبد العزيز الرشيدي
أمين السر
جمعية الشباب المسلم للتطوع - الكويت

في الثلاثاء، 20 يناير 2021 في 10:05 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
"""
    plain += quote(CALL_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000f01e7a05ba8e3d55")
    meta = dict(from_name="عبد العزيز الرشيدي", from_email="secretary@mya-kw.example.org",
                subject="Re: دعوة للمشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة - المنطقة العربية",
                received_at=R(2, 5, 17, 30, 40), sender_tz=tz(3),
                mid="<CAK2wTq9Hb4Nn7Jr0Gz5Fp1Ds@mail.gmail.com>", in_reply_to=CALL_MID, references=CALL_MID)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("مريم عبد الرحمن العنزي", "منسقة برامج الشباب", "جمعية الشباب المسلم للتطوع",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail reply quoting the organisers' call ('>' lines list all four roundtables and the "
                       "misprinted 23 February deadline); 'الأستاذة' honorific; title hard-wrapped; '- الكويت' is "
                       "the location; sent on the last day, on time")
    return meta, root, label


@message
def h54_10():
    plain = """Dear Secretariat,

The Collective of Garment Workers in Irbid (CGWI) would like to put forward two speakers for the
Regional Review. Details below:

Name                  Title                      Organisation   Session
Shirin Akter          Shop-floor organiser       CGWI           Roundtable 1
Kavitha Rajendran     Legal aid coordinator      CGWI           Open discussion (23 Feb)

Shirin will speak in Bengali with a colleague interpreting into English if that is possible.

In solidarity,
Kavitha Rajendran
CGWI - Irbid, Jordan
+962 79 555 3108
"""
    root = text(plain, cte=None)
    root.set_param("format", "flowed")
    meta = dict(from_name="Kavitha Rajendran", from_email="kavitha@cgwi-jo.example.org",
                subject="CGWI speakers for GCM regional review", received_at=R(2, 3, 16, 45, 2), sender_tz=tz(2),
                mid="<b7e3c1d9-4a20-6f85-1e3b-92c0d7a4f618@cgwi-jo.example.org>", extra=TBIRD)
    aff = "Collective of Garment Workers in Irbid (CGWI)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Shirin Akter", "Shop-floor organiser", aff, ["roundtable"], 1),
                           SP("Kavitha Rajendran", "Legal aid coordinator", aff, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="plain-text table aligned with spaces (columns Name/Title/Organisation/Session); table gives "
                       "only the acronym, the full name is in the first sentence; the sender is the second speaker")
    return meta, root, label


@message
def h54_11():
    plain = """Bonjour à toute l'équipe,

Le Réseau des Femmes Migrantes Entrepreneures (REFEM) souhaite proposer Mme Awa Traoré Koné
pour une intervention lors de la table ronde 3 (inclusion sociale, transferts de fonds et
contributions de la diaspora). Mme Traoré Koné a créé en 2016 une coopérative de couture à
Casablanca qui emploie aujourd'hui quatorze femmes migrantes.

Son titre exact au sein du réseau vous sera confirmé dans les prochains jours, le bureau
devant se réunir samedi.

Bien à vous,
Sophie Ngo Mbaye
REFEM - Casablanca
"""
    root = alt(plain, apple_html(plain), "Apple-Mail=_1D4F7A92-6C3B-4E08-95A1-B2E6F0C38D74")
    meta = dict(from_name="Sophie Ngo Mbaye", from_email="contact@refem-ma.example.org",
                subject="Proposition d'intervenante - table ronde 3", received_at=R(2, 4, 12, 10, 26),
                sender_tz=tz(1), mid="<9F3E1A6B-2D5C-4B78-8E04-C7A1D3F29B60@refem-ma.example.org>", extra=APPLE)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Awa Traoré Koné", None, "Réseau des Femmes Migrantes Entrepreneures (REFEM)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="title announced for later ('vous sera confirmé'), so title null; compound surname repeated "
                       "as 'Mme Traoré Koné'; the sender signs without a title and is not the speaker")
    return meta, root, label


@message
def h54_12():
    inner = """<p class=MsoNormal dir=RTL>السادة في أمانة المراجعة الإقليمية،</p>
<p class=MsoNormal dir=RTL>تحية طيبة وبعد،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>نرفق لكم تقرير جمعية نحو الدمج لحقوق الأشخاص ذوي الإعاقة حول تنفيذ الاتفاق العالمي للهجرة،
ويركّز على أوضاع اللاجئين والمهاجرين ذوي الإعاقة في الضفة الغربية وقطاع غزة.</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>كما نرغب في أن تتولى السيدة ربى عودة، مديرة المناصرة في الجمعية، دور المقرِّرة التي تعرض
الرسائل الرئيسية لأصحاب المصلحة.</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>مع الاحترام،</p>
<p class=MsoNormal dir=RTL><b>إياد الخطيب</b><br>المدير التنفيذي<br>جمعية نحو الدمج لحقوق الأشخاص ذوي الإعاقة - رام الله<br>
هاتف: 970 2 298 4410+</p>
<p class=MsoNormal><span style="font-size:8.0pt;color:gray">This email and any attachments are confidential and
intended solely for the addressee.</span></p>"""
    plain = """السادة في أمانة المراجعة الإقليمية،
تحية طيبة وبعد،

نرفق لكم تقرير جمعية نحو الدمج لحقوق الأشخاص ذوي الإعاقة حول تنفيذ الاتفاق العالمي للهجرة،
ويركّز على أوضاع اللاجئين والمهاجرين ذوي الإعاقة في الضفة الغربية وقطاع غزة.

كما نرغب في أن تتولى السيدة ربى عودة، مديرة المناصرة في الجمعية، دور المقرِّرة التي تعرض
الرسائل الرئيسية لأصحاب المصلحة.

مع الاحترام،
إياد الخطيب
المدير التنفيذي
جمعية نحو الدمج لحقوق الأشخاص ذوي الإعاقة - رام الله
هاتف: 970 2 298 4410+

This email and any attachments are confidential and
intended solely for the addressee.
"""
    pdf = tiny_pdf(["Nahwa Aldamj - Disability Rights Association", "GCM voluntary review report, January 2021"],
                   "Nahwa Aldamj GCM Review")
    body = alt(plain, outlook_html(inner, "AR-SA", rtl=True), "----=_NextPart_001_0A2C_01D6FBB4.7E15D3A0")
    root = mixed(body, [attach(pdf, "application/pdf", "Nahwa_Aldamj_GCM_Review.pdf")],
                 "----=_NextPart_000_0A2B_01D6FBB4.7E15D3A0")
    meta = dict(from_name="Eyad Al-Khatib", from_email="director@nahwa-aldamj.example.ps",
                subject="تقرير طوعي وترشيح مقررة - جمعية نحو الدمج", received_at=R(2, 5, 13, 0, 35),
                mid="<0a2b01d6fbb4$7e15d3a0$6a417ae0$@nahwa-aldamj.example.ps>",
                extra=[OUTLOOK[0], OUTLOOK[1] % "ar-sa"])
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[SP("ربى عودة", "مديرة المناصرة", "جمعية نحو الدمج لحقوق الأشخاص ذوي الإعاقة",
                              ["rapporteur"])],
                 report_attachments=["Nahwa_Aldamj_GCM_Review.pdf"], thread_of=None,
                 notes="both, on time for both parts (5 February); rapporteur role described in prose ('المقرِّرة "
                       "التي تعرض الرسائل الرئيسية'); affiliation by reference ('في الجمعية') to the organisation "
                       "named earlier; 'السيدة' honorific; English From name and disclaimer")
    return meta, root, label


@message
def h54_13():
    inner = """<p class=MsoNormal>Dear colleagues,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>With reference to the Regional Review, our office would like to nominate the colleague below
for a floor intervention in Roundtable 2 (human rights of migrants, border governance, detention):</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal><b>Title</b></p></td>
<td><p class=MsoNormal><b>Organization</b></p></td></tr>
<tr><td><p class=MsoNormal>Ms. Hanane El Idrissi</p></td><td><p class=MsoNormal>Senior Protection Associate</p></td>
<td><p class=MsoNormal>UNHCR Mixed Movements Programme, Rabat</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Ms. El Idrissi has led our work on access to asylum procedures at the northern borders since 2018.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal>Tomas Lindqvist</p>
<p class=MsoNormal>Associate Programme Officer | UNHCR Morocco</p>
<p class=MsoNormal>Tel: +212 537 55 0190</p>"""
    root = text(outlook_html(inner, "EN-US"), "html", cte="qp")
    meta = dict(from_name="Tomas Lindqvist", from_email="lindqvis@unhcr-mmp.example.org",
                subject="Nomination for Roundtable 2", received_at=R(1, 29, 14, 0, 11), sender_tz=tz(1),
                mid="<AM6PR0102MB3341A7C2E9F0@AM6PR0102MB3341.eurprd01.prod.example.org>",
                extra=[OUTLOOK[0], OUTLOOK[1] % "en-us"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Hanane El Idrissi", "Senior Protection Associate", "UNHCR Mixed Movements Programme",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message with the speaker in an HTML table; the sender nominates a "
                       "colleague; ', Rabat' is the location; the sender's own signature names 'UNHCR Morocco' "
                       "(not the speaker's affiliation)")
    return meta, root, label


@message
def h54_14():
    plain = """Mesdames, Messieurs,

Le Conseil des Sages de la Communauté Guinéenne d'Oran a l'honneur de vous transmettre,
ci-joint, sa contribution à la revue volontaire du Pacte mondial sur les migrations.

Ce document a été préparé après trois réunions avec les responsables de quartier et les
familles, et reflète surtout les difficultés d'accès aux soins et à l'école pour les
enfants, ainsi que les problèmes de papiers.

Veuillez agréer, Mesdames, Messieurs, l'expression de nos salutations distinguées.

Elhadj Mamadou Bah
Doyen du Conseil des Sages
Tél : +213 (0)5 55 12 73 40
"""
    docx = tiny_docx(["Conseil des Sages de la Communauté Guinéenne d'Oran",
                      "Contribution à la revue volontaire du Pacte mondial sur les migrations (PMM)",
                      "1. Accès aux soins", "2. Scolarisation des enfants", "3. Documents d'état civil et séjour"])
    root = mixed(text(plain), [attach(docx, DOCX_MIME, "Rapport_PMM_Conseil_des_Sages.docx")],
                 "----=_NextPart_000_0003_01D703C6.1B5E2F90")
    meta = dict(from_name="Conseil des Sages Oran", from_email="conseildessages.oran@mail-dz.example.org",
                subject="Contribution revue volontaire PMM", received_at=R(2, 15, 19, 40, 8), sender_tz=tz(1),
                mid="<000301d703c6$1b5e2f90$5211cdb0$@mail-dz.example.org>", extra=[OUTLOOK[0]])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_PMM_Conseil_des_Sages.docx"], thread_of=None,
                 notes="community council of elders; the report is called a 'contribution à la revue volontaire'; "
                       "DOCX attachment; hard-wrapped formal letter")
    return meta, root, label


@message
def h54_15():
    plain = """تحية طيبة،

أرغب في المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير.

د. هدى الكواري
باحثة مستقلة في قضايا العمالة المنزلية
الدوحة
جوال: 974 5550 3381+
"""
    root = alt(plain, gmail_html(plain, rtl=True), "0000000000003b6a9f05ba7e21c8")
    meta = dict(from_name="Huda Al-Kuwari", from_email="huda.alkuwari.research@webmail.example.com",
                subject="مشاركة في النقاش المفتوح", received_at=R(2, 4, 9, 15, 55), sender_tz=tz(3),
                mid="<CAM5bNs8Vx3Pq1Kz7Ty4Rw0Lf@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("هدى الكواري", "باحثة مستقلة في قضايا العمالة المنزلية", None, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination with the name only in the signature ('د.' abbreviation honorific); "
                       "independent researcher: no affiliation (the city line is not an organisation); "
                       "open discussion of the consultation")
    return meta, root, label


@message
def h54_16():
    plain = """Dear Team,

Thank you very much for the confirmation. We look forward to the conference.

Best regards,
Chaminda

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 11:13 AM
To: Chaminda Perera <gensec@slmwa-kw.example.org>
Subject: RE: Request for speaking roles - SLMWA

Dear Chaminda Perera,

Thank you for your message. We confirm receipt of your request for speaking roles at the
Regional Review of the Global Compact for Migration in the Arab region. The secretariat will
be in touch with the speakers in due course.

GCM Regional Review Secretariat
"""
    root = alt(plain, outlook_html(paras(plain), "EN-GB"), "----=_NextPart_000_0024_01D6F87C.0E4A9B50")
    orig = "<001101d6f86a$5b2c1e10$11845a30$@slmwa-kw.example.org>"
    ack = "<ack-20210201091304-7f2c@iom.int>"
    meta = dict(from_name="Chaminda Perera", from_email="gensec@slmwa-kw.example.org",
                subject="RE: Request for speaking roles - SLMWA", received_at=R(2, 1, 13, 40, 27), sender_tz=tz(3),
                mid="<002401d6f87c$0e4a9b50$2adfd1f0$@slmwa-kw.example.org>", in_reply_to=ack,
                references=orig + "\r\n " + ack, extra=[OUTLOOK[0], OUTLOOK[1] % "en-gb"])
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h54-01.eml",
                 notes="thank-you reply to our acknowledgement of h54-01, adding nothing new: do not acknowledge; "
                       "the quoted acknowledgement mentions speaking roles")
    return meta, root, label


@message
def h54_17():
    plain = """Bonjour,

Je souhaiterais intervenir lors de la table ronde n°4 (données, politiques fondées sur des
éléments probants et coopération internationale), en particulier sur la collecte de
données relatives aux migrants en transit.

Bien à vous,

--
Dr Fatimata Sy
Maître de conférences
Département de droit, Institut Polytechnique de Saint-Louis (IPSL)
Tél. : +221 77 555 48 21
"""
    root = text(plain)
    root.set_param("format", "flowed")
    meta = dict(from_name="Fatimata Sy", from_email="fatimata.sy@ipsl-sn.example.edu",
                subject="Intervention table ronde 4", received_at=R(2, 2, 22, 15, 37), sender_tz=tz(0),
                mid="<e1d4a7b2-0c93-58f6-3a2e-7b91c0d4e5f8@ipsl-sn.example.edu>", extra=TBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Fatimata Sy", "Maître de conférences",
                              "Département de droit, Institut Polytechnique de Saint-Louis (IPSL)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="first-person request; name, title and affiliation only in the signature after '--' "
                       "('Dr' honorific); affiliation is department + institution on one line ('Saint-Louis' is "
                       "part of the institution's name); 'table ronde n°4'")
    return meta, root, label


@message
def h54_18():
    plain = """السلام عليكم،

نحن جمعية جزائرية تعمل مع المهاجرين في ولاية وهران، وقد تلقينا دعوة للمشاركة في المؤتمر الإقليمي
يومي 24 و25 فبراير. هل سيُعقد المؤتمر حضورياً أم عن بُعد؟ وإذا كان حضورياً، هل يمكن للمنظمة إصدار
رسالة دعم لطلب التأشيرة لعضوين من الجمعية؟

مع الشكر الجزيل،
كريمة زروقي
جمعية إدماج لمرافقة المهاجرين
"""
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000e5d07c05bafa1b39")
    meta = dict(from_name="كريمة زروقي", from_email="k.zerrouki@idmaj-dz.example.org",
                subject="استفسار حول التأشيرة", received_at=R(2, 9, 10, 30, 5), sender_tz=tz(1),
                mid="<CAN1dWq6Ye9Tr3Hp5Ls2Mk8Gb@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="visa question (in-person or online, visa support letter for two members); "
                                       "no speaker proposed, no report")
    return meta, root, label


@message
def h54_19():
    plain = """Dear Secretariat,

Please see below the request from our Secretary General, which I'm forwarding as she had
trouble with the address. Sorry it reaches you only now.

Regards,
Lamin Ceesay
Communications Officer

---------- Forwarded message ---------
From: Fatou Sanneh <sg@gwug.example.org>
Date: Thu, 4 Feb 2021 at 19:02
Subject: GCM Regional Review - speaking request
To: <gcmrrarabstates@iom,int>

Dear Sir/Madam,

The Gambian Workers' Union in the Gulf (GWUG) kindly requests a floor intervention in the
plenary session of the Regional Review conference for our Deputy Secretary General,
Ms. Amara Jallow.

Ms. Jallow represents more than 3,000 Gambian workers in Kuwait, Qatar and the UAE.

Yours faithfully,
Fatou Sanneh
Secretary General, GWUG
"""
    root = alt(plain, gmail_html(plain), "0000000000008a7e4f05bac0d266")
    meta = dict(from_name="Lamin Ceesay", from_email="communications@gwug.example.org",
                subject="Fwd: GCM Regional Review - speaking request", received_at=R(2, 7, 10, 5, 48), sender_tz=tz(0),
                mid="<CAP4hXr2Kt7Yb0Ng9Fw3Qj6Va@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Amara Jallow", "Deputy Secretary General", "Gambian Workers' Union in the Gulf (GWUG)",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="late (7 February): forwarded by a colleague; the original dated 4 February never reached "
                       "the mailbox (mistyped address 'iom,int' in the forward header), so received_at counts; "
                       "title before the name; neither the forwarder nor the original author is the speaker")
    return meta, root, label


@message
def h54_20():
    plain = """Bonjour,

Suite à votre invitation, l'Alliance des Migrants Africains pour la Dignité (AMAD), association
de migrants basée à Tanger, souhaite proposer deux intervenants :

- M. Jean-Baptiste Kaboré, coordonnateur national, pour la discussion ouverte de la
  consultation multipartite du 23 février ;
- Mme Mariam Coulibaly, chargée de la communication, pour la table ronde thématique III.

Nous restons disponibles pour tout complément.

Fraternellement,
Jean-Baptiste Kaboré
AMAD
"""
    root = text(plain, cte=None)
    root.set_param("format", "flowed")
    meta = dict(from_name="Jean-Baptiste Kaboré", from_email="amad.tanger@associations-ma.example.org",
                subject="Propositions d'intervenants AMAD", received_at=R(1, 28, 18, 22, 50), sender_tz=tz(1),
                mid="<7a3c9e21-b4d8-0f65-c2a1-58e9d3b7f040@associations-ma.example.org>", extra=TBIRD)
    aff = "Alliance des Migrants Africains pour la Dignité (AMAD)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Jean-Baptiste Kaboré", "coordonnateur national", aff, ["open_discussion"]),
                           SP("Mariam Coulibaly", "chargée de la communication", aff, ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led organisation; two speakers in a dash list with different roles; roundtable as "
                       "Roman numeral 'III'; lower-case titles; the list item is hard-wrapped; the sender is the "
                       "first speaker; 'basée à Tanger' is a location phrase")
    return meta, root, label


@message
def h54_21():
    plain = """السادة المحترمون،

تحية طيبة،

نعتذر عن التأخر في إرسال تقرير جمعيتنا بسبب ظروف خارجة عن إرادتنا. تجدون في المرفق تقرير
جمعية إدماج لمرافقة المهاجرين حول المراجعة الطوعية للاتفاق العالمي للهجرة، ونأمل أن يتم أخذه
بعين الاعتبار.

مع فائق الاحترام،
كريمة زروقي
جمعية إدماج لمرافقة المهاجرين - وهران
"""
    docx = tiny_docx(["تقرير جمعية إدماج لمرافقة المهاجرين", "المراجعة الطوعية للاتفاق العالمي من أجل الهجرة",
                      "أولاً: الحصول على الخدمات الأساسية", "ثانياً: الاحتجاز والترحيل"], rtl=True)
    body = alt(plain, gmail_html(plain, rtl=True), "000000000000a91c3e05bb7f4d02")
    root = mixed(body, [attach(docx, DOCX_MIME, "تقرير جمعية إدماج - المراجعة الطوعية.docx")],
                 "000000000000a91c4005bb7f4d04")
    meta = dict(from_name="كريمة زروقي", from_email="k.zerrouki@idmaj-dz.example.org",
                subject="تقرير المراجعة الطوعية - جمعية إدماج", received_at=R(2, 17, 11, 5, 19), sender_tz=tz(1),
                mid="<CAN1dWq7Zp2Uc8Js4Mt6Nl9Hd@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير جمعية إدماج - المراجعة الطوعية.docx"], thread_of=None,
                 notes="late report (17 February), sender apologises for the delay; Arabic DOCX name in RFC 2231; "
                       "same sender as the visa question h54-18 but a new, unrelated submission")
    return meta, root, label


@message
def h54_22():
    plain = """Dear GCM Review Secretariat,

Please find attached the voluntary GCM review report of Returnee Voices Gambia (RVG), a
network of returned migrants from Libya, Niger and the Gulf states. The report draws on
focus groups held in Banjul, Brikama and Basse in January 2021.

We hope our perspective as returnees will be useful for the regional review.

Warm regards,

Ousman Touray
Programme Coordinator
Returnee Voices Gambia (RVG)
Kanifing, The Gambia | +220 7 555 402

DISCLAIMER: This message and its attachments are intended only for the named recipient(s).
If you have received it in error, please delete it and notify the sender.
"""
    pdf = tiny_pdf(["Returnee Voices Gambia (RVG)", "Voluntary GCM Review Report - Arab region 2021"], "RVG report")
    body = alt(plain, outlook_html(paras(plain), "EN-US"), "----=_NextPart_001_0042_01D704A3.61B7C880")
    root = mixed(body, [attach(pdf, "application/pdf", "RVG_Voluntary_Report_GCM_Arab_Region.pdf")],
                 "----=_NextPart_000_0041_01D704A3.61B7C880")
    meta = dict(from_name="Ousman Touray", from_email="o.touray@rvg-gm.example.org",
                subject="Voluntary GCM Review Report - Returnee Voices Gambia", received_at=R(2, 16, 20, 50, 33),
                sender_tz=tz(0), mid="<004101d704a3$61b7c880$25255980$@rvg-gm.example.org>",
                extra=[OUTLOOK[0], OUTLOOK[1] % "en-us"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["RVG_Voluntary_Report_GCM_Arab_Region.pdf"], thread_of=None,
                 notes="report PDF on the last evening (16 February, 20:50 Beirut), on time; signature with phone "
                       "and a disclaimer")
    return meta, root, label


@message
def h54_23():
    plain = """Bonjour,

Je suis journaliste au Courrier des Migrants, hebdomadaire communautaire publié à Rabat.
Nous préparons un dossier sur la revue régionale du Pacte mondial pour les migrations.

Serait-il possible de recevoir l'ordre du jour (programme détaillé) de la consultation du
23 février et de la conférence des 24 et 25 février, avec la liste des tables rondes ?

Merci beaucoup,
Ibrahima Fall
Le Courrier des Migrants
06 55 41 20 87
"""
    root = alt(plain, gmail_html(plain), "000000000000c7e81a05bb9a3f70")
    meta = dict(from_name="Ibrahima Fall", from_email="redaction@courrierdesmigrants.example.ma",
                subject="Demande de l'ordre du jour", received_at=R(2, 19, 9, 40, 14), sender_tz=tz(1),
                mid="<CAQ9fTs3Lm5Wd2Gk7Hv1Pb4Xe@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="agenda request from a community newspaper journalist; mentions the "
                                       "consultation, conference and roundtables but asks to speak nowhere")
    return meta, root, label


@message
def h54_24():
    plain = """مساء الخير،

تتشرف مدرسة عمّان للفيلم الوثائقي بترشيح المخرجة لينا الصافي، أستاذة الإخراج الوثائقي في المدرسة،
لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي، تعرض فيها تجربة مشروع "حكايات العبور" الذي وثّق
قصص عاملات مهاجرات في الأردن ولبنان.

نعتذر إن كان الطلب قد وصل متأخراً قليلاً.

مع التحية،
رامي حداد
منسق البرامج
مدرسة عمّان للفيلم الوثائقي
"""
    root = alt(plain, apple_html(plain), "Apple-Mail=_E4B1C7D2-9A38-4F05-B6E1-0D2C8F7A3B95")
    meta = dict(from_name="Rami Haddad", from_email="programs@amman-docschool.example.org",
                subject="ترشيح متحدثة للجلسة العامة", received_at=R(2, 6, 0, 20, 14), lag=44,
                mid="<3B7E9C1F-5A24-4D86-9E03-F1A6B2C8D470@amman-docschool.example.org>", extra=APPLE)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("لينا الصافي", "أستاذة الإخراج الوثائقي", "مدرسة عمّان للفيلم الوثائقي", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="late by about 20 minutes (00:20 on 6 February Beirut; Date header 00:19); 'المخرجة' "
                       "(director) is a profession word before the name, not part of it; title given with 'في "
                       "المدرسة'; 'عمّان' is part of the school's name; the sender is not the speaker")
    return meta, root, label


# ------------------------------------------------------------------ writer
def build() -> None:
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        name = f"h54-{i:02d}.eml"
        assert fn.__name__ == f"h54_{i:02d}", fn.__name__
        meta, root, label = fn()
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(render(i, meta, root))
        rat, cat = meta["received_at"], label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat, "language": label["language"],
                       "acknowledge": label["acknowledge"], "on_time": on_time, "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"], "thread_of": label["thread_of"],
                       "notes": label["notes"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build()
