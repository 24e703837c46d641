#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout55 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets55.py
Written without reading intake/ or rules/.  Each message is one function returning the envelope
(headers, client style), the MIME body and the expected label (format of /work/shared/corpus/LABELS.md).
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
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
INVITE_MID = "<DB9PR04MB8412A1C0E77F3B25D6C1F0E9A4C30@DB9PR04MB8412.eurprd04.prod.outlook.example.com>"


def tz(h: int, m: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def at(d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachments
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
        (f"<< /Title ({esc(title)}) /Producer (Microsoft Word 2016) >>").encode("latin-1"),
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


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{ns}"><w:body>{body}<w:sectPr/></w:body></w:document>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


# 1x1 transparent GIF used as a signature logo decoy
LOGO_GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
            b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    return MIMEText(text.replace("\r\n", "\n"), subtype, cs)


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", disp: str = "attachment",
               cid: str | None = None) -> MIMEBase:
    maintype, subtype = ctype.split("/")
    p: MIMEBase = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
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
    if cid:
        p.add_header("Content-ID", f"<{cid}>")
    return p


def multi(subtype: str, parts: list, boundary: str, **params) -> MIMEMultipart:
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def gmail_html(text: str, rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return "<div{}>{}</div>\n".format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            f'</head>\n<body lang={lang} link="#0563C1"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n')


def paras(text: str) -> str:
    return "\n".join("<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in p.split("\n")))
                     for p in text.split("\n\n"))


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name: str | None, email: str) -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def render(m: dict, root) -> bytes:
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + m['n'] * 9}])\r\n\tby mx1.iom.int (Postfix) with "
         f"ESMTPS id {m['qid']}\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host}",
         "From: " + addr(m["from_name"], m["from_email"]),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + enc(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
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


def outlook(n: int, lang: str) -> list[str]:
    return ["Thread-Topic: GCM", f"Thread-Index: AdcB{n * 41:04d}R2mQx7kLs0uVbYc9pEw==",
            "X-Mailer: Microsoft Outlook 16.0", "Content-Language: " + lang]


GMAIL = ["X-Mailer: Gmail"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]


INVITE_AR = """السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) وأعضاء شبكة الأمم المتحدة
الإقليمية المعنية بالهجرة بدعوتكم إلى المشاركة في المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل
الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية (24-25 شباط/فبراير 2021) وفي المشاورة متعددة أصحاب
المصلحة (23 شباط/فبراير 2021).

ويمكن لأصحاب المصلحة الراغبين المشاركة في النقاش المفتوح للمشاورة، أو تقديم الرسائل الرئيسية بصفة مقرر، أو
الإدلاء بمداخلة في الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع، إرسال اسم المتحدث ومسمّاه
الوظيفي والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

وقد مُدّد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي إلى يوم الثلاثاء 16 شباط/فبراير 2021."""


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID = {n: f"<{v}>" for n, v in {
    1: "CAK7pTr0zQm4xW9d2LbN8sVf3hG6eYc1uJ5aR0@mail.gmail.com",
    9: "003b01d6fae4$5d7c1a20$18743e60$@hilla-council.example.iq",
}.items()}
ACK_09 = "<ack.GCM-AR-0047.20210204T1031@gcm-intake.iom.int>"


# ================================================================= messages (chronological)
@message
def h55_01():
    plain = """Dear Organizers,

Thank you for the invitation received yesterday. The General Union of Bus and
Coach Drivers (GUBCD) represents more than 2,300 drivers in Bahrain, most of
them migrant workers from South Asia and East Africa, and we would like to
take the floor in Roundtable 4 (data, non-discrimination and international
cooperation), on wage discrimination between national and migrant drivers.

Speaker:
Yusuf Jaffar Al-Sitrawi – Head of the Migrant Members Desk – General Union of Bus and Coach Drivers (GUBCD)

He will speak in English. Please let us know if a short bio is needed.

Best regards,
Noora Abdulla
International Relations Officer
GUBCD
Manama, Kingdom of Bahrain
Tel: +973 1727 4410
"""
    root = alt(plain, gmail_html(plain), "000000000000a91c3b05ba5f2e71")
    meta = dict(from_name="Noora Abdulla", from_email="noora.abdulla@gubcd.example.bh",
                subject="Speaker request - Roundtable 4 - GUBCD", received_at=at(2, 16, 20, 12), sender_tz=tz(3),
                mid=MID[1], extra=GMAIL)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Yusuf Jaffar Al-Sitrawi", "Head of the Migrant Members Desk",
                              "General Union of Bus and Coach Drivers (GUBCD)", ["roundtable"], 4)],
                 notes="'Name – Title – Organisation' on one en-dash separated line under 'Speaker:'; the sender "
                       "(international relations officer) is not the speaker; hard-wrapped body")
    return meta, root, label


@message
def h55_02():
    plain = """السادة المنظمون الكرام،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، يسعدنا في جمعية
شباب العائدين للتنمية أن نرشح إحدى عضوات مجلس إدارتنا لتقوم بدور المقرر وتقديم الرسائل الرئيسية لأصحاب
المصلحة خلال المشاورة يوم 23 فبراير.

بيانات المرشحة:
الاسم: ريم عادل الشافعي
الصفة: عضو مجلس الإدارة ومسؤولة ملف الشباب العائدين من
دول الخليج
الجهة: جمعية شباب العائدين للتنمية - أسيوط

والأستاذة ريم نفسها عادت من الكويت عام 2018 بعد سبع سنوات من العمل، وتعمل منذ ذلك الحين مع الشباب العائدين
في صعيد مصر.

وتفضلوا بقبول وافر الاحترام،

محمود عبد الحكيم سليم
رئيس مجلس الإدارة
جمعية شباب العائدين للتنمية
أسيوط - جمهورية مصر العربية
موبايل: 01006632417
"""
    root = alt(plain, gmail_html(plain, rtl=True), "000000000000f2d81b05ba6375c0", cte="b64")
    meta = dict(from_name="محمود عبد الحكيم", from_email="returnee.youth.assiut@gmail.example.com",
                subject="ترشيح مقررة - جمعية شباب العائدين للتنمية", received_at=at(2, 21, 5, 40),
                mid="<CAF3mWq8Lr2Xk0zP7hT1bYd5nV9cE4sG6jU2iA@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم عادل الشافعي", "عضو مجلس الإدارة ومسؤولة ملف الشباب العائدين من دول الخليج",
                              "جمعية شباب العائدين للتنمية", ["rapporteur"], None)],
                 notes="Arabic labelled lines; the title wraps onto a second line ('... من' / 'دول الخليج'); the "
                       "city after the association name ('- أسيوط') is a location, not part of the affiliation; "
                       "the signer (board chairman) is not the speaker; base64 Gmail parts")
    return meta, root, label


@message
def h55_03():
    plain = """Madame, Monsieur,

En réponse à l'invitation à la Conférence régionale d'examen du Pacte mondial pour les migrations, le Réseau
des Femmes Agricultrices de Tunisie (REFAT) souhaite prendre la parole lors de la table ronde n° 1
(voies de migration régulière, travail décent et facteurs de migration).

Intervenante proposée :
Nom : Mme Hayet Ben Romdhane
Fonction : DIRECTRICE EXÉCUTIVE
Organisation : Réseau des Femmes Agricultrices de Tunisie (REFAT)

Mme Ben Romdhane accompagne depuis 2016 les ouvrières agricoles saisonnières parties travailler en Espagne et
en Italie ainsi que leurs familles restées dans le gouvernorat de Jendouba.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sonia Jlassi
Chargée de communication – REFAT
Tél. : +216 78 604 221
"""
    root = alt(plain, gmail_html(plain), "0000000000003c7e4a05ba6e1d92")
    meta = dict(from_name="REFAT Communication", from_email="communication@refat.example.tn",
                subject="Demande de prise de parole – table ronde 1 – REFAT", received_at=at(3, 9, 30, 5),
                sender_tz=tz(1), mid="<CAGh2vT5pQ9mXr1Ld7kB3nWs0fY8cZ4eJ6uR1o@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hayet Ben Romdhane", "DIRECTRICE EXÉCUTIVE",
                              "Réseau des Femmes Agricultrices de Tunisie (REFAT)", ["roundtable"], 1)],
                 notes="title written in capitals ('DIRECTRICE EXÉCUTIVE'); 'Mme' on the name line is not part of "
                       "the name; 'de Tunisie' is part of the network's name; 'table ronde n° 1'; sender is the "
                       "communication officer, not the speaker")
    return meta, root, label


@message
def h55_04():
    plain = """Dear colleagues,

Writing on behalf of the Institute for Refugee Law of the University of Mount Lebanon, I would like to
request a speaking slot for myself in one of the plenary sessions of the Regional Review Conference
(24-25 February), where I would present our findings on access to legal residency for migrant domestic
workers after the 2020 crisis.

I would also like to nominate my colleague Dr. Karim Aoun, Senior Lecturer in International Refugee Law
at the Institute, for a floor intervention in Roundtable 2 (human rights, border governance, smuggling,
trafficking and detention). Karim has led our detention-monitoring clinic since 2017.

Happy to send bios or photos if useful.

With best wishes,

Dr. Maya Haddad-Saadeh
Director
Institute for Refugee Law
University of Mount Lebanon
Hadath, Lebanon | +961 5 468 120 ext. 312

This email and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender and delete it.
"""
    html = outlook_html(paras(plain), lang="EN-GB")
    root = alt(plain, html, "_000_VI1PR0602MB33410FCB2D74A0C9E13A5B18CD469VI1PR0602MB3341_")
    meta = dict(from_name="Haddad-Saadeh, Maya", from_email="m.haddadsaadeh@uml.example.edu.lb",
                subject="Speaking requests - Institute for Refugee Law (UML)", received_at=at(3, 11, 47, 31),
                mid="<VI1PR0602MB33410FCB2D74A0C9E13A5B18CD469@VI1PR0602MB3341.eurprd06.prod.outlook.example.com>",
                extra=outlook(4, "en-GB"))
    aff = "Institute for Refugee Law of the University of Mount Lebanon"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maya Haddad-Saadeh", "Director", aff, ["plenary"], None),
                           SP("Karim Aoun", "Senior Lecturer in International Refugee Law", aff, ["roundtable"], 2)],
                 notes="the sender asks to speak herself (plenary; her name and title only in the signature, "
                       "From display name in 'Last, First' form) and nominates a colleague (roundtable 2, 'at the "
                       "Institute' = same affiliation); 'Dr.' is not part of the names; confidentiality disclaimer")
    return meta, root, label


@message
def h55_05():
    new = """تحية طيبة،

نرجو التكرم بتسجيل طلبنا للمداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين)، والمتحدث
عن خط المساندة القانونية هو:

الأستاذ فادي نصر الله، منسق الوحدة القانونية، خط المساندة القانونية للعمال المهاجرين (مساند)

مع الشكر والتقدير،
رنا عيتاني
مساند – بيروت"""
    plain = new + "\n\nفي 2/2/2021 الساعة 3:00 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:\n" \
        + quote(INVITE_AR) + "\n"
    root = text_part(plain, "plain", "utf-8", None)
    root.set_param("format", "flowed")
    meta = dict(from_name="Rana Itani - Musanid", from_email="info@musanid-helpline.example.lb",
                subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                received_at=at(3, 14, 12, 9), mid="<5e1c7a20-8b3f-4d61-a2e4-91c07b6f3d58@musanid-helpline.example.lb>",
                in_reply_to=INVITE_MID, references=INVITE_MID, extra=THUNDERBIRD + ["Content-Language: ar"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("فادي نصر الله", "منسق الوحدة القانونية",
                              "خط المساندة القانونية للعمال المهاجرين (مساند)", ["roundtable"], 2)],
                 notes="Thunderbird reply quoting the Arabic invitation ('> ' prefixed) with its misprinted speaker "
                       "deadline (23 February) and the report call: the quoted part must not drive classification; "
                       "speaker on one comma-separated line after the honorific 'الأستاذ'; roundtable as ordinal word")
    return meta, root, label


@message
def h55_06():
    html = outlook_html("""<p class=MsoNormal>Dear GCM Regional Review team,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The ILO Labour Migration Governance Programme for the Arab States (LMG-AS) would like to propose the following two speakers for the thematic roundtables of the Regional Review Conference:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal><b>Title</b></p></td><td><p class=MsoNormal><b>Organization</b></p></td><td><p class=MsoNormal><b>Session</b></p></td></tr>
<tr><td><p class=MsoNormal>Ms. Deepa Gurung</p></td><td><p class=MsoNormal>Technical Officer, Fair Recruitment</p></td><td><p class=MsoNormal>ILO Labour Migration Governance Programme for the Arab States (LMG-AS)</p></td><td><p class=MsoNormal>Roundtable 1</p></td></tr>
<tr><td><p class=MsoNormal>Mr. Tariq Hamdan</p></td><td><p class=MsoNormal>National Project Coordinator</p></td><td><p class=MsoNormal>ILO Labour Migration Governance Programme for the Arab States (LMG-AS)</p></td><td><p class=MsoNormal>Roundtable 4</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Both speakers can intervene in English and Mr. Hamdan also in Arabic.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Claire Devereux</b><br>Chief Technical Adviser<br>Labour Migration Governance Programme for the Arab States<br>International Labour Organization | Regional Office for Arab States<br>Beirut, Lebanon</p>
<p class=MsoNormal><span style="font-size:8.0pt;color:gray">Please consider the environment before printing this e-mail.</span></p>""")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Claire Devereux", from_email="devereux@ilo.example.org",
                subject="LMG-AS speakers for the thematic roundtables", received_at=at(3, 17, 3, 44),
                mid="<AM6PR03MB4120E6F2B1C9D7A3F48E22C05E478@AM6PR03MB4120.eurprd03.prod.outlook.example.com>",
                extra=outlook(6, "en-US"))
    aff = "ILO Labour Migration Governance Programme for the Arab States (LMG-AS)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Deepa Gurung", "Technical Officer, Fair Recruitment", aff, ["roundtable"], 1),
                           SP("Tariq Hamdan", "National Project Coordinator", aff, ["roundtable"], 4)],
                 notes="HTML-only Outlook message; two speakers in an HTML table (Name/Title/Organization/Session); "
                       "'Ms.'/'Mr.' in the name cells; title contains a comma; the sender (Chief Technical Adviser) "
                       "is not a speaker and her signature names the organisation differently")
    return meta, root, label


@message
def h55_07():
    plain = """Bonjour
Je souhaite participer à la discussion ouverte du 23 février.
Salimata Konaté, Collectif des Migrantes Ouest-Africaines de Tunis
Merci

Envoyé de mon iPhone"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Salimata Konaté", from_email="salimata.konate@icloud.example.com",
                subject="Discussion ouverte", received_at=at(3, 22, 41, 17), sender_tz=tz(1), lag=12,
                mid="<7B4D2E91-0C3A-4F8E-B6A1-5D92C0E4F317@icloud.example.com>", extra=IPHONE)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Salimata Konaté", None, "Collectif des Migrantes Ouest-Africaines de Tunis",
                              ["open_discussion"], None)],
                 notes="short message written on a phone; no title given (null); 'de Tunis' is part of the "
                       "collective's name; 'discussion ouverte' = open_discussion; the sender is the speaker")
    return meta, root, label


@message
def h55_08():
    plain = """Bonjour,

Suite à votre invitation du 2 février, je souhaiterais intervenir lors d'une séance plénière de la
Conférence régionale (24-25 février) afin de présenter la situation des travailleurs tchadiens dans le
Royaume, notamment les chauffeurs et les ouvriers du bâtiment sans titre de séjour.

Je reste disponible pour tout complément d'information.

Bien à vous,

--
Dr Abakar Mahamat Saleh
Secrétaire général
Union des Ressortissants Tchadiens en Arabie Saoudite (URTAS)
Djeddah – Arabie saoudite
Tél. : +966 55 318 7702 / WhatsApp +235 66 21 40 87
"""
    plain = plain.replace("\n--\n", "\n-- \n")  # signature delimiter keeps its trailing space
    root = text_part(plain, "plain", "utf-8", None)
    meta = dict(from_name="Abakar Mahamat Saleh", from_email="secretariat.urtas@gmx.example.net",
                subject="Demande d'intervention en plénière", received_at=at(4, 10, 15, 2), sender_tz=tz(3),
                mid="<c2f9a4b1-37e0-4d5c-8b16-e02a9d7f4c61@gmx.example.net>", extra=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Abakar Mahamat Saleh", "Secrétaire général",
                              "Union des Ressortissants Tchadiens en Arabie Saoudite (URTAS)", ["plenary"], None)],
                 notes="name, title and affiliation only in the '-- ' signature block; 'Dr' (no dot) not part of "
                       "the name; 'en Arabie Saoudite' is part of the union's name, 'Djeddah – Arabie saoudite' on "
                       "the next line is the location; 8bit body")
    return meta, root, label


@message
def h55_09():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمون،

تحية طيبة،

يتقدم المجلس البلدي لمدينة الحلة بالشكر على دعوتكم، ويرشح المهندسة سوسن كاظم الجبوري، رئيسة لجنة النازحين
والعائدين في المجلس، للإدلاء بمداخلة في المائدة المستديرة الثالثة الخاصة بالإدماج والتماسك الاجتماعي
والحصول على الخدمات الأساسية، لعرض تجربة المدينة في استقبال العائلات النازحة والعائدة منذ عام 2017.

مع فائق الاحترام،

علي حسين المعموري
مدير مكتب رئيس المجلس
المجلس البلدي لمدينة الحلة
جمهورية العراق
"""
    html = outlook_html(paras(plain), lang="AR-IQ", rtl=True)
    root = alt(plain, html, "----=_NextPart_000_003C_01D6FAF5.1E8B6A40")
    meta = dict(from_name="مكتب رئيس المجلس البلدي", from_email="chairman.office@hilla-council.example.iq",
                subject="ترشيح متحدثة - المائدة المستديرة الثالثة", received_at=at(4, 10, 30, 48), sender_tz=tz(3),
                mid=MID[9], extra=outlook(9, "ar-iq"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سوسن كاظم الجبوري", "رئيسة لجنة النازحين والعائدين", "المجلس البلدي لمدينة الحلة",
                              ["roundtable"], 3)],
                 notes="city council nominating a councillor in prose; honorific 'المهندسة' is not part of the name; "
                       "the title wraps across a line break in the plain part; affiliation only by reference ('في "
                       "المجلس') to the council named in the same sentence; signer is not the speaker")
    return meta, root, label


@message
def h55_10():
    plain = """Dear IOM team,

I hope this finds you well. I conduct the Rainbow Voices Children's Choir in Amman: 28 children aged 8 to 14,
from Jordanian, Syrian, Iraqi, Sudanese and Filipino families.

The children have prepared a song in Arabic and English about belonging, and they would love to open or
close one of the days of the Regional Review Conference. Could you tell us:

- whether the conference will take place online only, or if there is a venue in Amman or Beirut;
- if a pre-recorded video (about 4 minutes) would be possible instead of a live performance;
- who we should send the video and the parents' consent forms to.

We are not asking for a speaking slot, just a small moment for the children.

Many thanks and warm regards,
Rania Shahin
Conductor, Rainbow Voices Children's Choir
+962 79 551 0384
"""
    root = alt(plain, gmail_html(plain), "0000000000007d3e2b05ba77c1a4")
    meta = dict(from_name="Rania Shahin", from_email="rainbowvoices.amman@gmail.example.com",
                subject="Children's choir performance at the conference?", received_at=at(4, 15, 55, 21),
                mid="<CAN8xRz2Wp6Kq1Lm4Tf9Bh3Yd7Vs0Ec5Gj2Ui8o@mail.gmail.com>", extra=GMAIL)
    label = dict(category="other", language="en", acknowledge=True, speakers=[],
                 notes="logistics question from a children's choir about performing (venue, video, consent forms); "
                       "mentions the conference days and explicitly says it is not a speaking-slot request")
    return meta, root, label


@message
def h55_11():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour des migrations sûres,
ordonnées et régulières préparé par le Forum Tunisien pour les Droits des Migrants de Retour (FTDMR).
Il porte sur la réintégration économique et sociale des migrants de retour (objectifs 7, 19 et 21).

Par ailleurs, nous souhaiterions que notre collègue M. Slim Ferchichi, chargé de programme Migration et
Retour, puisse prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Nous vous remercions de bien vouloir accuser réception.

Cordialement,

Amel Trabelsi
Coordinatrice générale
Forum Tunisien pour les Droits des Migrants de Retour (FTDMR)
Sfax – Tunisie
"""
    docx = tiny_docx(["Forum Tunisien pour les Droits des Migrants de Retour (FTDMR)",
                      "Rapport volontaire d'examen du Pacte mondial sur les migrations - 2021",
                      "1. Contexte", "2. Réintégration des migrants de retour", "3. Recommandations"])
    body = alt(plain, gmail_html(plain), "0000000000004b91e605ba7a0c33")
    root = multi("mixed", [body, attachment(docx, "application/" + DOCX, "FTDMR_Rapport_volontaire_PMM_2021.docx")],
                 "0000000000004b91e805ba7a0c35")
    meta = dict(from_name="Amel Trabelsi", from_email="a.trabelsi@ftdmr.example.tn",
                subject="FTDMR : rapport volontaire + participation à la discussion ouverte",
                received_at=at(4, 18, 10, 3), sender_tz=tz(1),
                mid="<CAE5kTq1Xs8Pm3Nd0Rw6Zb2Hf9Lc4Vy7Jg1Ua5o@mail.gmail.com>", extra=GMAIL)
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Slim Ferchichi", "chargé de programme Migration et Retour",
                              "Forum Tunisien pour les Droits des Migrants de Retour (FTDMR)", ["open_discussion"],
                              None)],
                 report_attachments=["FTDMR_Rapport_volontaire_PMM_2021.docx"],
                 notes="both, on time (4 February): DOCX report plus a colleague proposed in prose for the open "
                       "discussion; his affiliation only by reference ('notre collègue'); 'Tunisien' is part of the "
                       "forum's name, 'Sfax – Tunisie' is its location")
    return meta, root, label


@message
def h55_12():
    plain = """السلام عليكم ورحمة الله،

يرغب راديو صوت المهاجر في المشاركة في أعمال الاستعراض الإقليمي، ونقترح المتحدثَين التاليين:

| الاسم            | المسمى الوظيفي                     | الجهة            | المشاركة                    |
|------------------|------------------------------------|------------------|-----------------------------|
| ليلى أبو شقرة     | مديرة البرامج                       | راديو صوت المهاجر | النقاش المفتوح (23 فبراير)   |
| يوسف تسفاي        | معد ومقدم البرنامج الإريتري الأسبوعي | راديو صوت المهاجر | المائدة المستديرة الثالثة     |

يبث الراديو منذ 2015 برامج باللغات العربية والتغرينية والأمهرية والإنجليزية، ويستمع إليه العمال المهاجرون
في الأردن ودول الخليج.

مع التحية،
فريق راديو صوت المهاجر
عمّان
هاتف: 0791234875
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="راديو صوت المهاجر", from_email="team@migrantvoice-radio.example.jo",
                subject="طلب مشاركة - راديو صوت المهاجر", received_at=at(5, 9, 20, 36),
                mid="<20210205072000.4f1a.team@migrantvoice-radio.example.jo>",
                extra=["X-Mailer: Roundcube Webmail/1.4.10"])
    aff = "راديو صوت المهاجر"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ليلى أبو شقرة", "مديرة البرامج", aff, ["open_discussion"], None),
                           SP("يوسف تسفاي", "معد ومقدم البرنامج الإريتري الأسبوعي", aff, ["roundtable"], 3)],
                 notes="two speakers in a plain-text pipe table with different roles (open discussion, roundtable "
                       "as ordinal word 'الثالثة'); sent by the station's team mailbox, no personal signer")
    return meta, root, label


@message
def h55_13():
    plain = """Bonjour,

Je vous transfère ci-dessous la demande de notre directrice régionale concernant la Conférence régionale
d'examen du Pacte mondial.

Bien à vous,
Joël Mbarga
Assistant administratif
Fraternité Évangélique de Secours (FES) – Bureau régional Afrique du Nord

---------- Message transféré ---------
De : Élise Ndongo-Marchand <e.ndongo@fes-secours.example.org>
Date : jeu. 4 févr. 2021 à 19:02
Objet : Conférence PMM - table ronde
À : Joël Mbarga <j.mbarga@fes-secours.example.org>

Joël,

Peux-tu envoyer ce message au secrétariat de l'OIM (gcmrrarabstates@iom.int) avant vendredi ?

Je souhaite intervenir à la table ronde thématique II (protection des droits humains des migrants,
détention) pour parler de nos permanences d'accueil pour les migrants subsahariens en situation de rue.

Mes coordonnées :
Élise Ndongo-Marchand
Responsable du pôle Accueil et Orientation
Fraternité Évangélique de Secours (FES)

Merci !
Élise
"""
    root = alt(plain, gmail_html(plain), "000000000000c14f8a05ba82d6e1")
    meta = dict(from_name="Joël Mbarga", from_email="j.mbarga@fes-secours.example.org",
                subject="Fwd: Conférence PMM - table ronde", received_at=at(5, 13, 44, 50), sender_tz=tz(1),
                mid="<CAB1nVr7Hk4Zs0Wq9Pd3Lm6Xt2Fy8Rc5Ej1Ob4o@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Élise Ndongo-Marchand", "Responsable du pôle Accueil et Orientation",
                              "Fraternité Évangélique de Secours (FES)", ["roundtable"], 2)],
                 notes="forwarded ('Fwd:'): the request and the speaker's details are inside the forwarded message, "
                       "the sender is an assistant; roundtable as Roman numeral ('table ronde thématique II'); "
                       "charity office")
    return meta, root, label


@message
def h55_14():
    plain = """Madame, Monsieur,

La Corporation des Menuisiers et Ébénistes de Sfax (CMES) regroupe plus de quatre cents artisans, dont
un nombre croissant de compagnons venus d'Afrique subsaharienne.

Nous avons l'honneur de proposer M. Mohamed Ali Triki, président de la Corporation, pour une intervention
lors de la table ronde n°1 consacrée aux voies de migration régulière et au travail décent.

Veuillez excuser cet envoi tardif, nous espérons qu'il pourra être pris en compte.

Respectueusement,

Hatem Kammoun
Secrétaire de la CMES
"""
    root = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Hatem Kammoun", from_email="cmes.sfax@topnet.example.tn",
                subject="Proposition d'intervenant - table ronde 1", received_at=at(5, 23, 41, 9), sender_tz=tz(1),
                lag=52, mid="<000601d6fc0f$3a9b5e80$afd21b80$@topnet.example.tn>", extra=outlook(14, "fr"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mohamed Ali Triki", "président", "Corporation des Menuisiers et Ébénistes de Sfax (CMES)",
                              ["roundtable"], 1)],
                 notes="received 23:41 Beirut on 5 February (Date header 22:40 +0100): on time although the sender "
                       "apologises for sending late; carpenters' guild; speaker in prose, lower-case title after the "
                       "name, affiliation by reference ('de la Corporation'); 'de Sfax' is part of the name; "
                       "ISO-8859-1 quoted-printable")
    return meta, root, label


@message
def h55_15():
    plain = """Hello,

I know the deadline was yesterday, sorry, I only saw the invitation this morning when a friend forwarded it
to our WhatsApp group. I would like to speak in the plenary about the situation of Kenyan domestic workers
in Riyadh who run away from employers and cannot get exit visas.

I am not with a registered organisation, I volunteer with the women in our community.

Wanjiru Kamau
Community Mobiliser
+966 54 902 1187
"""
    root = alt(plain, gmail_html(plain), "000000000000e7a21c05ba8f4b09")
    meta = dict(from_name="Wanjiru Kamau", from_email="wanjiru.kamau84@gmail.example.com",
                subject="Request to speak", received_at=at(6, 10, 2, 27), sender_tz=tz(3),
                mid="<CAJ4pNs9Ym2Rk7Qw1Lx5Bd8Tf3Hc6Vz0Eg4Ui9o@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Wanjiru Kamau", "Community Mobiliser", None, ["plenary"], None)],
                 notes="late (6 February) and says so; no affiliation (explicitly not with an organisation), "
                       "affiliation null; personal webmail; the sender is the speaker")
    return meta, root, label


@message
def h55_16():
    plain = """Dear Sir / Madam,

With reference to your invitation letter dated 2nd February 2021 regarding the
Regional Review of the Global Compact for Migration in the Arab region, the
Pakistani Community Welfare Association Oman (PCWAO) is pleased to nominate
Mr. Imran Qureshi, General Secretary of PCWAO, to take part in the open
discussion of the Multi-Stakeholder Consultation on 23rd February and, if
possible, to act as rapporteur delivering the key messages of the
stakeholders.

We regret the delay in sending this nomination, as our executive committee
could only meet on Saturday.

Kindly confirm.

Regards,

Muhammad Aslam Chaudhry
Chairman
Pakistani Community Welfare Association Oman (PCWAO)
P.O. Box 1184, Ruwi, Sultanate of Oman
Mob: +968 9921 4470

-----------------------------------------------------------------------
DISCLAIMER: This message is intended only for the use of the addressee
and may contain information that is privileged and confidential. If you
are not the intended recipient, you are hereby notified that any
dissemination of this communication is strictly prohibited.
-----------------------------------------------------------------------
"""
    root = text_part(plain, "plain", "us-ascii", None)
    meta = dict(from_name="PCWAO Chairman", from_email="chairman@pcwao.example.om",
                subject="Nomination for Multi-Stakeholder Consultation 23 Feb", received_at=at(8, 9, 15, 40),
                sender_tz=tz(4), mid="<01a4c2f1e9b0$7d33a1c0$77e5b40a@CHAIRMAN-PC>",
                extra=["X-Mailer: Microsoft Office Outlook 12.0"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Imran Qureshi", "General Secretary", "Pakistani Community Welfare Association Oman (PCWAO)",
                              ["open_discussion", "rapporteur"], None)],
                 notes="late (8 February); one nominee, two roles (open discussion and, 'if possible', rapporteur); "
                       "hard-wrapped at 78 columns; 'Oman' is part of the association's name; the chairman signs, "
                       "not the speaker; long disclaimer")
    return meta, root, label


@message
def h55_17():
    plain = """شكراً جزيلاً على التأكيد، ونتطلع إلى المشاركة.

مع التحية،
علي حسين المعموري
مكتب رئيس المجلس البلدي لمدينة الحلة

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 11:31 AM
To: مكتب رئيس المجلس البلدي <chairman.office@hilla-council.example.iq>
Subject: تم الاستلام: ترشيح متحدثة - المائدة المستديرة الثالثة

شكراً لرسالتكم. نؤكد استلام طلب المداخلة، وسيتواصل معكم فريق التنظيم لاحقاً.
"""
    html = outlook_html(paras(plain), lang="AR-IQ", rtl=True)
    root = alt(plain, html, "----=_NextPart_000_0071_01D6FDBA.44C0E2A0")
    meta = dict(from_name="مكتب رئيس المجلس البلدي", from_email="chairman.office@hilla-council.example.iq",
                subject="RE: تم الاستلام: ترشيح متحدثة - المائدة المستديرة الثالثة", received_at=at(8, 11, 0, 14),
                sender_tz=tz(3), mid="<007101d6fdba$44c0e2a0$ce42a7e0$@hilla-council.example.iq>",
                in_reply_to=ACK_09, references=f"{MID[9]}\r\n {ACK_09}", extra=outlook(17, "ar-iq"))
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], thread_of="h55-09.eml",
                 notes="thank-you reply to our acknowledgement of h55-09 adding nothing new: do not acknowledge; "
                       "quoted acknowledgement mentions the speaker request and roundtable")
    return meta, root, label


@message
def h55_18():
    plain = """Dear colleagues,

On behalf of the Network of Eritrean Diaspora Associations in the Gulf (NEDAG), please find attached our
collective voluntary GCM review report. It was prepared jointly by seven member associations in Saudi
Arabia, the United Arab Emirates, Qatar and Kuwait, and is based on community consultations held online
between November 2020 and January 2021.

The report focuses on consular access, documentation and the situation of Eritrean migrants in detention
(Objectives 4, 13 and 14).

Kind regards,

Senait Gebremeskel
Coordinator
Network of Eritrean Diaspora Associations in the Gulf (NEDAG)
"""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=120 height=40 src="cid:image001.gif@01D6FE41.2A3B4C50"></p>')
    body = multi("related", [alt(plain, html, "_000_NEDAG01alt_"),
                             attachment(LOGO_GIF, "image/gif", "image001.gif", disp="inline",
                                        cid="image001.gif@01D6FE41.2A3B4C50")],
                 "_004_NEDAG01rel_", type="multipart/alternative")
    pdf = tiny_pdf(["Network of Eritrean Diaspora Associations in the Gulf (NEDAG)",
                    "Collective Voluntary GCM Review Report 2021", "Member associations: 7"], "NEDAG GCM Report")
    root = multi("mixed", [body, attachment(pdf, "application/pdf", "NEDAG_Collective_Voluntary_GCM_Report_2021.pdf")],
                 "_005_NEDAG01mix_")
    meta = dict(from_name="Senait Gebremeskel", from_email="coordinator@nedag.example.org",
                subject="NEDAG collective voluntary GCM review report", received_at=at(9, 14, 20, 55), sender_tz=tz(3),
                mid="<DB7PR02MB5541B9E0C2F6A7D4183E05C7A1D09@DB7PR02MB5541.eurprd02.prod.outlook.example.com>",
                extra=outlook(18, "en-US") + ["X-MS-Has-Attach: yes"])
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NEDAG_Collective_Voluntary_GCM_Report_2021.pdf"],
                 notes="collective report from a diaspora network (seven member associations); Outlook layout "
                       "mixed > related > alternative with an inline signature logo (image001.gif) that is not "
                       "part of the report")
    return meta, root, label


@message
def h55_19():
    plain = """السادة فريق الاستعراض الإقليمي المحترمون،

تحية طيبة،

يسرّ مكتب برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة) في العراق أن يرفق طيه تقريره الطوعي
لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويركز التقرير على السكن وحقوق
الأرض والملكية للنازحين والعائدين في محافظتي نينوى والأنبار.

مع خالص التقدير،

نادية فاضل الربيعي
مسؤولة برامج – الأراضي والسكن
موئل الأمم المتحدة – مكتب العراق
بغداد
"""
    docx = tiny_docx(["التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة", "موئل الأمم المتحدة - العراق",
                      "السكن وحقوق الأرض والملكية"], rtl=True)
    fname = "تقرير موئل الأمم المتحدة - العراق - الاستعراض الطوعي.docx"
    body = alt(plain, outlook_html(paras(plain), lang="AR-IQ", rtl=True), "_000_UNH19alt_")
    root = multi("mixed", [body, attachment(docx, "application/" + DOCX, fname, style="2231")], "_002_UNH19mix_")
    meta = dict(from_name="Nadia Fadhil Al-Rubaie", from_email="nadia.alrubaie@unhabitat.example.org",
                subject="التقرير الطوعي - موئل الأمم المتحدة في العراق", received_at=at(10, 12, 5, 30), sender_tz=tz(3),
                mid="<AS8PR09MB6310D4B2A9E7C1F35B08D62FE0B27@AS8PR09MB6310.eurprd09.prod.outlook.example.com>",
                extra=outlook(19, "en-US") + ["X-MS-Has-Attach: yes"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname],
                 notes="UN agency office; Arabic DOCX file name in RFC 2231 encoding; English From display name and "
                       "Content-Language en-US but Arabic body")
    return meta, root, label


@message
def h55_20():
    plain = """Bonjour,

Veuillez trouver en pièce jointe la contribution de l'Observatoire Tunisien des Mobilités Humaines (OTMH)
à l'examen régional du Pacte mondial sur les migrations (rapport volontaire, 14 pages).

Merci de nous confirmer la bonne réception.

Cordialement,
Karim Zouari
Chargé d'études, OTMH
"""
    pdf = tiny_pdf(["Observatoire Tunisien des Mobilites Humaines (OTMH)", "Rapport volontaire - Pacte mondial 2021"],
                   "Rapport OTMH")
    att = MIMEApplication(pdf, "octet-stream")
    att.set_param("name", "Rapport_PMM_OTMH_2021.pdf")
    att.add_header("Content-Disposition", "attachment", filename="Rapport_PMM_OTMH_2021.pdf")
    root = multi("mixed", [text_part(plain, "plain", "utf-8", "qp"), att], "=_b8f3c2d1e4a5f60718293a4b5c6d7e8f")
    meta = dict(from_name="Karim Zouari", from_email="k.zouari@otmh.example.tn",
                subject="Contribution OTMH - examen régional PMM", received_at=at(11, 16, 48, 2), sender_tz=tz(1),
                mid="<b8f3c2d1e4a5f607@webmail.otmh.example.tn>", extra=["User-Agent: Roundcube Webmail/1.4.9"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_PMM_OTMH_2021.pdf"],
                 notes="the PDF report is attached as application/octet-stream (webmail), recognisable only by its "
                       "file name and bytes; 'Tunisien' is part of the observatory's name")
    return meta, root, label


@message
def h55_21():
    plain = """Madame, Monsieur,

La Direction de la Coopération internationale du Ministère des Affaires sociales souhaiterait recevoir
l'ordre du jour provisoire de la Conférence régionale d'examen (24-25 février) ainsi que la note
conceptuelle, afin de préparer la participation de notre délégation.

Pourriez-vous également nous indiquer si l'ordre du jour définitif sera diffusé avant le 20 février ?

Avec nos remerciements,

Leïla Mansouri
Conseillère des affaires sociales
Direction de la Coopération internationale
Ministère des Affaires sociales – Tunis
"""
    root = alt(plain, outlook_html(paras(plain), lang="FR"), "_000_MAS21alt_")
    meta = dict(from_name="Leïla Mansouri", from_email="l.mansouri@social.example.gov.tn",
                subject="Demande de l'ordre du jour - Conférence régionale d'examen du PMM",
                received_at=at(12, 10, 22, 41), sender_tz=tz(1),
                mid="<000a01d7011c$5b7e3c10$12bab430$@social.example.gov.tn>",
                extra=outlook(21, "fr"))
    label = dict(category="other", language="fr", acknowledge=True, speakers=[],
                 notes="request for the agenda and concept note from a ministry; mentions a delegation but proposes "
                       "no speaker")
    return meta, root, label


@message
def h55_22():
    plain = """الإخوة الكرام في فريق الاستعراض الإقليمي،

تحية طيبة،

مرفق التقرير الطوعي لمرصد الهجرة والنزوح الصومالي حول تنفيذ الاتفاق العالمي من أجل الهجرة، ويتناول
أوضاع المهاجرين الصوماليين العابرين نحو اليمن ودول الخليج، ومخاطر الاتجار بالبشر على طريق الشرق.

نرجو التكرم بتأكيد الاستلام.

عبدي فارح حرسي
مدير البحوث
مرصد الهجرة والنزوح الصومالي (SMDO)
هرجيسا
"""
    body = multi("related", [alt(plain, outlook_html(paras(plain) + '\n<p class=MsoNormal><img src="cid:image001.gif@01D70296.1C2D3E40"></p>',
                                                      lang="AR-SA", rtl=True), "_000_SMDO22alt_"),
                             attachment(LOGO_GIF, "image/gif", "image001.gif", disp="inline",
                                        cid="image001.gif@01D70296.1C2D3E40")],
                 "_004_SMDO22rel_", type="multipart/alternative")
    pdf = tiny_pdf(["Somali Migration and Displacement Observatory (SMDO)", "Voluntary GCM Review Report 2021"],
                   "SMDO report")
    root = multi("mixed", [body, attachment(pdf, "application/pdf", "SMDO_GCM_Voluntary_Report_2021_AR.pdf")],
                 "_005_SMDO22mix_")
    meta = dict(from_name="Abdi Farah Hirsi", from_email="research@smdo.example.so",
                subject="التقرير الطوعي - مرصد الهجرة والنزوح الصومالي", received_at=at(14, 13, 37, 19), sender_tz=tz(3),
                mid="<HE1PR0401MB2291F7C4B0E8A9D63A1B07E4C2F18@HE1PR0401MB2291.eurprd04.prod.outlook.example.com>",
                extra=outlook(22, "ar-SA") + ["X-MS-Has-Attach: yes"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["SMDO_GCM_Voluntary_Report_2021_AR.pdf"],
                 notes="Arabic report e-mail on a Sunday (14 February) with an inline signature logo decoy "
                       "(image001.gif) in multipart/related; English file name")
    return meta, root, label


@message
def h55_23():
    plain = """السلام عليكم،

نحن وفد من ثلاثة أشخاص من اتحاد العاملين السودانيين بالخارج، ونود الاستفسار: هل سيعقد المؤتمر الإقليمي
يومي 24 و25 فبراير حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال كان حضورياً، هل تقدم المنظمة رسالة دعوة
رسمية لتسهيل الحصول على تأشيرة الدخول إلى لبنان، وكم تستغرق إجراءات التأشيرة عادة؟

وشكراً لكم.

أحمد الطيب عثمان
الخرطوم
مرسل من هاتفي Samsung Galaxy"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Ahmed Eltayeb", from_email="ahmed.eltayeb.osman@yahoo.example.com",
                subject="استفسار عن التأشيرة", received_at=at(15, 9, 47, 3),
                mid="<1613375190.82154.ahmed.eltayeb.osman@yahoo.example.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="other", language="ar", acknowledge=True, speakers=[],
                 notes="visa / venue question for a delegation; mentions the conference dates but no speaking role "
                       "and no report; Samsung mobile signature")
    return meta, root, label


@message
def h55_24():
    plain = """Dear GCM Review team,

Please find attached the voluntary GCM review report of the Nepali Workers' Solidarity Forum (NWSF).

I want to note that I am sending this on Tuesday 16 February, within the deadline, as we agreed in our
phone call last week. If it reaches you after midnight your time, please consider that it was sent
on time from our side, the delay is only due to our internet connection.

Best,

Bishnu Prasad Adhikari
Policy Coordinator
Nepali Workers' Solidarity Forum (NWSF)
"""
    docx = tiny_docx(["Nepali Workers' Solidarity Forum (NWSF)", "Voluntary GCM Review Report",
                      "Recruitment fees, wage theft and deaths of Nepali workers in the Gulf"])
    body = alt(plain, gmail_html(plain), "000000000000a4e91105bb7c2f10")
    root = multi("mixed", [body, attachment(docx, "application/" + DOCX, "NWSF_GCM_Voluntary_Report.docx")],
                 "000000000000a4e91305bb7c2f12")
    meta = dict(from_name="Bishnu Adhikari", from_email="bishnu.adhikari@nwsf.example.org.np",
                subject="NWSF voluntary GCM review report (sent 16 Feb)", received_at=at(17, 0, 52, 16),
                sender_tz=tz(0), lag=95, mid="<CAM9qHt3Vz6Pn1Kr8Wd2Lb5Xs0Fy7Ej4Gc9Uo2o@mail.gmail.com>", extra=GMAIL)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["NWSF_GCM_Voluntary_Report.docx"],
                 notes="late: received 00:52 Beirut on 17 February (Date header Tue 16 Feb 22:50 +0000); the "
                       "sender insists it was sent on time and the subject says 'sent 16 Feb'; on_time follows "
                       "the server time")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        name = f"h55-{i:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta["n"] = i
        meta["qid"] = f"4DV{i:02d}kR7qmXz"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat, "language": label["language"],
                       "acknowledge": label["acknowledge"], "on_time": on_time, "speakers": label["speakers"],
                       "report_attachments": label.get("report_attachments", []),
                       "thread_of": label.get("thread_of"), "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout55"))
