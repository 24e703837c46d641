#!/usr/bin/env python3
"""Evaluation set holdout39 for gcm-intake: tests/data/holdout39 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets39.py
Written independently of intake/ and rules/: each message is a function returning its envelope
(headers, client style), its MIME tree and its expected label (format of shared/corpus/LABELS.md).
"""
import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)

Built = tuple[dict[str, Any], MIMEBase, dict[str, Any]]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def R(d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receipt time in February 2021, Beirut time."""
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=BEIRUT)


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF with Helvetica text (Latin-1 only)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 14 TL 60 780 Td\n" + "\n".join(f"({esc(x)}) Tj T*" for x in lines)
              + "\nET").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 6.4) >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f"<w:p>{bidi}<w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>"
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
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>"),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME blocks
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(body, subtype, cs)
    if cte == "8bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def alt(plain: str, html: str, cte: str = "qp", boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte=cte))
    m.attach(text(html, "html", cte=cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231", disposition: str = "attachment") -> MIMEBase:
    p = MIMEApplication(data, ctype.split("/")[1])
    if ctype.split("/")[1] != p.get_content_subtype():
        p.set_type(ctype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    return p


def mixed(*parts: MIMEBase, boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(body: str, lang: str = "EN-US", rtl: bool = False) -> str:
    ps = "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(x, quote=False) for x in para.split("\n")))
        for para in body.split("\n\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal'
            '{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={}{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir=RTL' if rtl else "", ps))


def apple_html(body: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(x, quote=False) or '<br class="">') for x in body.split("\n"))
            + "</body></html>\n")


def quote(body: str) -> str:
    return "\n".join((">" + (" " + x if x else "")).rstrip() for x in body.split("\n"))


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: %s"]
GMAIL: list[str] = []
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]
APPLE = ["X-Mailer: Apple Mail (2.3608.120.23.2.4)"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
ANDROID = ["X-Mailer: Android Mail"]


def outlook(lang: str) -> list[str]:
    return [OUTLOOK[0], OUTLOOK[1] % lang]


# ----------------------------------------------------------------- envelope
def hdr(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, mail: str) -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), mail)


def render(m: dict[str, Any], root: MIMEBase, n: int) -> bytes:
    domain = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + domain)
    h = [
        "Return-Path: <{}>".format(m["from_email"]),
        "Delivered-To: " + MAILBOX,
        f"Received: from {relay} ({relay} [203.0.113.{20 + n * 3}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS"
        f" id 4Dq{n:02d}Zk39Xw\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
        "From: " + address(m["from_name"], m["from_email"]),
        "To: " + m.get("to", MAILBOX),
    ]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + hdr(m["subject"]))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("extra", []))
    h.append("MIME-Version: 1.0")
    for i, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"----=_Part_{n:02d}{i}_39{n * 7919 % 100000:05d}.161{n:02d}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES: list[Callable[[], Built]] = []


def message(fn: Callable[[], Built]) -> Callable[[], Built]:
    MESSAGES.append(fn)
    return fn


MID = {
    1: "<DB7PR04MB5012A1C3E2F94B7D8E61C0A4B93F0@DB7PR04MB5012.eurprd04.prod.outlook.com>",
    3: "<5e1c2a7b-93f4-4d0a-b8e2-6f1c0d2a9b41@cjm-nouakchott.example.mr>",
    11: "<DB7PR04MB5012F7A09C1D44E2B3C5D8E1A40A2@DB7PR04MB5012.eurprd04.prod.outlook.com>",
}
ACK_03 = "<ack-20210202-0417.gcm-intake@iom.int>"

CALL_FR = """Les parties prenantes qui souhaitent prendre la parole sont invitées à en faire la demande par
courriel à gcmrrarabstates@iom.int, en indiquant le nom, le titre et l'affiliation
organisationnelle de l'orateur ou de l'oratrice, au plus tard le vendredi 5 février 2021. Les
demandes peuvent porter sur la discussion ouverte de la consultation multipartite (23 février),
sur le rôle de rapporteur chargé de présenter les messages clés des parties prenantes, ou sur une
intervention en séance plénière ou dans l'une des quatre tables rondes thématiques (24-25 février).

Les parties prenantes sont également encouragées à soumettre un rapport volontaire d'examen du
PMM au plus tard le mardi 16 février 2021."""


# ================================================================= the week's mail
@message
def h39_01() -> Built:
    body = """Dear Colleagues,

Please find below the letter of the Council nominating its representative for the Regional Review.
The signed copy will follow by post.

Best regards,
Maryam Al-Sayegh
Executive Assistant to the Chairperson

-----------------------------------------------------------------
NATIONAL COUNCIL FOR HUMAN RIGHTS AND MIGRANT WELFARE
Office of the Chairperson
Ref.: NCHRMW/OUT/2021/047
Date: 1 February 2021
-----------------------------------------------------------------

To: The Organizing Team, Regional Review of the Global Compact for Migration
in the Arab Region
gcmrrarabstates@iom.int

Subject: Nomination of a speaker - Regional Review of the GCM, 24-25 February 2021

The National Council for Human Rights and Migrant Welfare presents its compliments and,
with reference to your invitation letter, has the honour to nominate Dr. Yusuf Ebrahim
Al-Mannai, Commissioner and Chair of the Migrant Workers' Rights Committee, to deliver
a floor intervention in Roundtable 2 (protecting the human rights of migrants: border
governance, smuggling, trafficking and detention).

The Council would be grateful if the nominee could be added to the list of speakers.

Please accept the assurances of our highest consideration.

Hamad Khalifa Al-Dossary
Chairperson

----
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it.
"""
    root = alt(body, outlook_html(body, "EN-GB"))
    meta = dict(from_name="Maryam Al-Sayegh", from_email="m.alsayegh@nchrmw.example.bh",
                subject="Nomination letter - NCHRMW speaker for the Regional Review",
                received_at=R(1, 10, 14, 7), sender_tz=tz(3), mid=MID[1], extra=outlook("en-GB"))
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Yusuf Ebrahim Al-Mannai",
                              "Commissioner and Chair of the Migrant Workers' Rights Committee",
                              "National Council for Human Rights and Migrant Welfare", ["roundtable"], 2)],
                 notes="nomination letter pasted in the body with letterhead, reference number and date; the "
                       "name is hard-wrapped across two lines after 'Dr.'; sender (assistant) and signatory "
                       "(Chairperson) are not the speaker; title contains 'and'. Replaced later by h39-11.")
    return meta, root, label


@message
def h39_02() -> Built:
    body = """حضرات المنظمين الكرام،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في المنطقة العربية، يسعدني أن أرشّح زميلي الدكتور فيصل عبد العزيز الحربي، أستاذ
اقتصاديات العمل المشارك في معهد الخليج للدراسات السكانية والهجرة، للمشاركة بمداخلة في المائدة
المستديرة الرابعة الخاصة بالبيانات والسياسات القائمة على الأدلة، نظراً لعمله الطويل على قواعد بيانات
سوق العمل في دول مجلس التعاون.

وتفضلوا بقبول فائق الاحترام،

نوف القحطاني
منسقة البرامج البحثية
معهد الخليج للدراسات السكانية والهجرة
جوال: +966 55 318 4270
"""
    root = alt(body, gmail_html(body, rtl=True), cte="b64")
    meta = dict(from_name="نوف القحطاني", from_email="nouf.alqahtani@gulfpopstudies.example.sa",
                subject="ترشيح متحدث - المائدة المستديرة الرابعة", received_at=R(1, 13, 2, 41), sender_tz=tz(3),
                mid="<CAF3k9Lx2mQ7rZt0vB8yWn4D1cHs5Ue6oP_aJq@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("فيصل عبد العزيز الحربي", "أستاذ اقتصاديات العمل المشارك",
                              "معهد الخليج للدراسات السكانية والهجرة", ["roundtable"], 4)],
                 notes="Arabic prose nomination of a colleague with 'الدكتور'; title runs straight into 'في' + "
                       "institute; roundtable as ordinal word 'الرابعة'; hard-wrapped lines; base64 Gmail parts.")
    return meta, root, label


@message
def h39_03() -> Built:
    body = """Bonjour,

Suite à votre invitation, je souhaiterais participer à la discussion ouverte de la
consultation multipartite du 23 février, afin d'y porter la voix des travailleurs migrants
subsahariens et des personnes en transit que notre clinique accompagne au quotidien.

Je reste à votre disposition pour toute information complémentaire.

Bien à vous,

--
Me Aminetou Mint Sidi Ould Ely
Avocate, responsable du pôle assistance juridique
Clinique Juridique des Migrants - Nouakchott
Tél. : +222 36 41 77 02
"""
    root = text(body, cte="8bit")
    root.set_param("format", "flowed")
    meta = dict(from_name="Aminetou Mint Sidi", from_email="aminetou.sidi@cjm-nouakchott.example.mr",
                subject="Participation à la discussion ouverte du 23 février", received_at=R(2, 9, 37, 12),
                sender_tz=tz(0), mid=MID[3], extra=THUNDERBIRD + ["Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Aminetou Mint Sidi Ould Ely", "Avocate, responsable du pôle assistance juridique",
                              "Clinique Juridique des Migrants", ["open_discussion"], None)],
                 notes="first person, name/title/affiliation only in the signature after '-- '; 'Me' (Maître) "
                       "honorific; ' - Nouakchott' is the location, left out; From display name is shorter "
                       "than the signature name.")
    return meta, root, label


@message
def h39_04() -> Built:
    plain = """Dear GCM Regional Review team,

On behalf of the Gulf Professional Drivers' Association (GPDA), a member-based association of
Pakistani, Indian and Nepali drivers working in the Gulf, we would like to request two speaking
slots:

| Name                | Title                      | Organisation                                  | Session                    |
|---------------------|----------------------------|-----------------------------------------------|----------------------------|
| Muhammad Arif Khan  | General Secretary          | Gulf Professional Drivers' Association (GPDA) | Plenary                    |
| Rajesh Kumar Pillai | Welfare and Legal Officer  | Gulf Professional Drivers' Association (GPDA) | Roundtable 1 (decent work) |

Both speakers can join online from Dubai. Please let us know if you need their short bios.

Thank you and regards,
Imran Siddiqui
Coordinator, GPDA
+971 50 661 2093
"""
    rows = [("Muhammad Arif Khan", "General Secretary", "Gulf Professional Drivers' Association (GPDA)", "Plenary"),
            ("Rajesh Kumar Pillai", "Welfare and Legal Officer", "Gulf Professional Drivers' Association (GPDA)",
             "Roundtable 1 (decent work)")]
    table = "".join("<tr>{}</tr>".format("".join(f"<td>{escape(c, quote=False)}</td>" for c in r)) for r in rows)
    html = ('<div dir="ltr"><div>Dear GCM Regional Review team,</div><div><br></div><div>On behalf of the Gulf '
            "Professional Drivers' Association (GPDA), a member-based association of Pakistani, Indian and Nepali "
            "drivers working in the Gulf, we would like to request two speaking slots:</div><div><br></div>"
            '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Name</th><th>Title</th><th>Organisation</th>'
            f"<th>Session</th></tr>{table}</table><div><br></div><div>Both speakers can join online from Dubai. Please "
            "let us know if you need their short bios.</div><div><br></div><div>Thank you and regards,<br>Imran "
            "Siddiqui<br>Coordinator, GPDA<br>+971 50 661 2093</div></div>\n")
    root = alt(plain, html)
    meta = dict(from_name="Imran Siddiqui", from_email="gpda.coordination@gmail.example.com",
                subject="Speaking request - GPDA (2 speakers)", received_at=R(2, 16, 48, 3), sender_tz=tz(4),
                mid="<CAM8hY2pQz7Lw3KrT9nVx1Bf0sDj6Ge4cUa_iR@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Muhammad Arif Khan", "General Secretary",
                              "Gulf Professional Drivers' Association (GPDA)", ["plenary"], None),
                           SP("Rajesh Kumar Pillai", "Welfare and Legal Officer",
                              "Gulf Professional Drivers' Association (GPDA)", ["roundtable"], 1)],
                 notes="two speakers in a table (ASCII pipe table in text/plain, HTML table in text/html); "
                       "different roles per row; the sender (Coordinator) is not a speaker; 'from Dubai' is "
                       "not part of the affiliation.")
    return meta, root, label


@message
def h39_05() -> Built:
    body = """السلام عليكم،

أود أن أتقدم بطلب للمشاركة كمقرر (rapporteur) لعرض الرسائل الرئيسية لأصحاب المصلحة خلال
الاستعراض الإقليمي، وذلك بصفتي مديراً لعيادة قانونية تقدم المساعدة للعمال المهاجرين واللاجئين
في إقليم كردستان العراق منذ عام 2015.

يمكنكم التواصل معي على الرقم أدناه لأي استفسار.

مع خالص الشكر والتقدير

Karwan Aziz Rasul
Director
Kurdistan Legal Aid Clinic for Migrants and Refugees (KLAC)
Erbil, Kurdistan Region - Iraq
Mob: +964 750 412 8836
www.klac-krg.example.org
"""
    root = alt(body, outlook_html(body, "EN-US", rtl=True))
    meta = dict(from_name="Karwan Aziz", from_email="karwan.aziz@klac-krg.example.org",
                subject="طلب المشاركة كمقرر", received_at=R(2, 20, 11, 55), sender_tz=tz(3),
                mid="<VI1PR08MB3390E5B8A2C74D19F0A6B72E9C1D4@VI1PR08MB3390.eurprd08.prod.outlook.com>",
                extra=outlook("en-US"))
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("Karwan Aziz Rasul", "Director",
                              "Kurdistan Legal Aid Clinic for Migrants and Refugees (KLAC)", ["rapporteur"], None)],
                 notes="Arabic body, English signature (Content-Language en-US): acknowledge in Arabic; the body "
                       "only describes the organisation ('عيادة قانونية'), the labels come from the signature; "
                       "the address line 'Erbil, Kurdistan Region - Iraq' is not part of the affiliation.")
    return meta, root, label


@message
def h39_06() -> Built:
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello,</p>
<p>I am writing from <b>Eritrean Community Sports and Youth Club (ECSYC)</b>, a migrant-led club that runs
football leagues and homework support for young Eritrean and Ethiopian migrants in Riyadh and Jeddah.</p>
<p>We would like to take part in the <u>open discussion</u> of the multi-stakeholder consultation on
23 February. Our speaker would be:</p>
<ul>
<li><b>Name:</b> Selam Tesfaye Gebremariam</li>
<li><b>Position:</b> Youth Programme Coordinator</li>
<li><b>Organisation:</b> Eritrean Community Sports and Youth Club (ECSYC)</li>
</ul>
<p>She speaks English, Arabic and Tigrinya.</p>
<p>With thanks,<br>Dawit Haile<br>Chairman, ECSYC</p>
</body></html>
"""
    root = text(html, "html")
    meta = dict(from_name="Dawit Haile", from_email="ecsyc.club@outlook.example.com",
                subject="Open discussion 23 Feb - request", received_at=R(3, 11, 5, 30), sender_tz=tz(3),
                mid="<AM0PR10MB2577B1E0C3D84F21A9E7B06D2C8F1@AM0PR10MB2577.EURPRD10.PROD.OUTLOOK.COM>",
                extra=["X-Mailer: Outlook.com"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Selam Tesfaye Gebremariam", "Youth Programme Coordinator",
                              "Eritrean Community Sports and Youth Club (ECSYC)", ["open_discussion"], None)],
                 notes="HTML-only message (no text/plain); labelled list items inside <b> tags; the sender "
                       "(Chairman) is not the speaker.")
    return meta, root, label


@message
def h39_07() -> Built:
    body = """Madame, Monsieur,

En réponse à votre appel ci-dessous, le Collectif Tunisien pour une Mobilité Solidaire (CTMS)
souhaite proposer l'intervention de sa vice-présidente, Mme Olfa Ben Hamida, enseignante-chercheuse
à l'Université de Sfax, dans la table ronde thématique n° 3 (inclusion sociale, accès aux services
de base, transferts de fonds et diaspora).

Titre : Vice-présidente
Organisation : Collectif Tunisien pour une Mobilité Solidaire (CTMS)

Cordialement,
Hichem Trabelsi
Chargé de communication, CTMS - Tunis

Le mer. 27 janv. 2021 à 15:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
""" + quote(CALL_FR) + "\n"
    root = alt(body, gmail_html(body))
    meta = dict(from_name="Hichem Trabelsi", from_email="hichem.trabelsi@ctms.example.tn",
                subject="Re: Examen régional du Pacte mondial pour les migrations - appel aux parties prenantes",
                received_at=R(3, 15, 20, 44), sender_tz=tz(1),
                mid="<CAB7vQ0pN3xT8kLm2Wd5Zr9Hs1Yf4Ec6Ju_oA@mail.gmail.com>",
                in_reply_to="<invitation-2021-01-27.gcm-arab@iom.int>",
                references="<invitation-2021-01-27.gcm-arab@iom.int>", extra=GMAIL)
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Olfa Ben Hamida", "Vice-présidente",
                              "Collectif Tunisien pour une Mobilité Solidaire (CTMS)", ["roundtable"], 3)],
                 notes="reply quoting the French call ('>' prefixed), which lists every role and the report "
                       "deadline; the speaker has a second position (enseignante-chercheuse à l'Université de "
                       "Sfax) that is not her title here; 'n° 3'; the sender is not the speaker.")
    return meta, root, label


@message
def h39_08() -> Built:
    body = """Hi, pls add me as speaker for roundtable 2 on the 24th.
Joseph Mathew, State Coordinator, Kerala Pravasi Workers Forum (KPWF)
Thanks

Sent from my iPhone
"""
    root = text(body, charset="us-ascii", cte="7bit")
    meta = dict(from_name="Joseph Mathew", from_email="josephmathew.kpwf@yahoo.example.com",
                subject="Speaker", received_at=R(3, 22, 47, 9), sender_tz=tz(3), lag=6,
                mid="<8C5E1F3A-77B2-4D09-A1E6-3F9B20C4D7E5@yahoo.example.com>", extra=IPHONE)
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Joseph Mathew", "State Coordinator", "Kerala Pravasi Workers Forum (KPWF)",
                              ["roundtable"], 2)],
                 notes="short phone message, comma-separated name/title/affiliation on one line, one-word "
                       "subject, 'Sent from my iPhone'.")
    return meta, root, label


@message
def h39_09() -> Built:
    body = """السادة المحترمون،

اسمي محمد الأمين عثمان، باحث في قضايا الهجرة واللجوء من السودان، وأعمل بشكل مستقل منذ تقاعدي.
أرغب في التسجيل لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 فبراير، حول أوضاع
العمال السودانيين العائدين من ليبيا.

مع الشكر،
محمد الأمين عثمان
الخرطوم
هاتف: 249912773041+
"""
    root = text(body, cte="b64")
    meta = dict(from_name="Mohamed Elamin Osman", from_email="m.elamin.osman@gmail.example.com",
                subject="طلب مداخلة في الجلسة العامة", received_at=R(4, 8, 31, 50), sender_tz=tz(2),
                mid="<CAKw5Rz1Hq9pD2cX7fM0yLt3Vn8bJe4Gs6Ua_kE@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("محمد الأمين عثمان", "باحث في قضايا الهجرة واللجوء", None, ["plenary"], None)],
                 notes="independent researcher: no affiliation (null); 'من السودان' and 'الخرطوم' are places, "
                       "not an organisation; English From display name with an Arabic body; plain text only.")
    return meta, root, label


@message
def h39_10() -> Built:
    body = """Chers organisateurs,

L'Union Syndicale des Travailleurs Migrants du Maghreb (USTMM) souhaite être représentée lors de la
Conférence régionale des 24 et 25 février 2021.

Nous proposons M. Brahim Ould Mohamed Salem, Secrétaire général adjoint chargé des migrations, pour une
intervention en séance plénière et, si possible, dans la table ronde 1 consacrée aux voies de migration
régulière et au travail décent.

Nous vous remercions par avance et vous prions d'agréer nos salutations syndicales.

Fatimetou Ba
Secrétariat de l'USTMM
Nouakchott - Mauritanie
Tél : +222 45 25 13 60

________________________________
Ce message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de
le détruire et d'en avertir l'expéditeur.
"""
    root = alt(body, outlook_html(body, "FR"))
    meta = dict(from_name="Secrétariat USTMM", from_email="secretariat@ustmm.example.org",
                subject="Demande de prise de parole - USTMM", received_at=R(4, 12, 16, 2), sender_tz=tz(0),
                mid="<PR3P191MB0841C2D7E9A04B36F15E82A0D7B3C@PR3P191MB0841.EURP191.PROD.OUTLOOK.COM>",
                extra=outlook("fr-FR"))
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Brahim Ould Mohamed Salem", "Secrétaire général adjoint chargé des migrations",
                              "Union Syndicale des Travailleurs Migrants du Maghreb (USTMM)",
                              ["plenary", "roundtable"], 1)],
                 notes="trade union nominating a colleague in prose ('M.'); two roles (plenary and roundtable 1 "
                       "'si possible'); RFC 2047 From display name; disclaimer; sender is a secretariat.")
    return meta, root, label


@message
def h39_11() -> Built:
    body = """Dear Colleagues,

Further to our letter Ref. NCHRMW/OUT/2021/047 of 1 February, please note that Dr. Yusuf Al-Mannai
will unfortunately not be able to participate due to a prior commitment.

The Council therefore nominates in his place Ms. Hessa Abdulla Bu Ali, Director of Complaints and
Monitoring, National Council for Human Rights and Migrant Welfare (NCHRMW), for the same roundtable.

We apologise for any inconvenience.

Best regards,
Maryam Al-Sayegh
Executive Assistant to the Chairperson
National Council for Human Rights and Migrant Welfare

From: Maryam Al-Sayegh
Sent: Monday, 1 February 2021 11:13
To: gcmrrarabstates@iom.int
Subject: Nomination letter - NCHRMW speaker for the Regional Review

Dear Colleagues,

Please find below the letter of the Council nominating its representative for the Regional Review.
[...]
has the honour to nominate Dr. Yusuf Ebrahim Al-Mannai, Commissioner and Chair of the Migrant
Workers' Rights Committee, to deliver a floor intervention in Roundtable 2 (protecting the human
rights of migrants: border governance, smuggling, trafficking and detention).
"""
    root = alt(body, outlook_html(body, "EN-GB"))
    meta = dict(from_name="Maryam Al-Sayegh", from_email="m.alsayegh@nchrmw.example.bh",
                subject="RE: Nomination letter - NCHRMW speaker for the Regional Review",
                received_at=R(4, 14, 2, 26), sender_tz=tz(3), mid=MID[11], in_reply_to=MID[1],
                references=MID[1], extra=outlook("en-GB"))
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Hessa Abdulla Bu Ali", "Director of Complaints and Monitoring",
                              "National Council for Human Rights and Migrant Welfare (NCHRMW)", ["roundtable"], 2)],
                 thread_of="h39-01.eml",
                 notes="follow-up replacing the speaker of h39-01; roundtable only 'the same roundtable' (2, from "
                       "the quoted original, which still names the old speaker); Outlook quote without '>'.")
    return meta, root, label


@message
def h39_12() -> Built:
    body = """سعادة منسقي الاستعراض الإقليمي المحترمين،

نعتذر عن تأخرنا في الرد على دعوتكم بسبب ظروف العمل.

ترغب الغرفة الوطنية لمكاتب الاستقدام في المشاركة في المائدة المستديرة رقم 1 (المسارات النظامية
والعمل اللائق)، ونرشح لذلك:

الاسم: عبد الرحمن بن سعد الشهري
الصفة: نائب رئيس الغرفة
الجهة: الغرفة الوطنية لمكاتب الاستقدام

وتقبلوا خالص التحية،
سكرتارية الغرفة
"""
    root = alt(body, outlook_html(body, "AR-SA", rtl=True))
    meta = dict(from_name="الغرفة الوطنية لمكاتب الاستقدام", from_email="info@nrac-chamber.example.sa",
                subject="مشاركة الغرفة في المؤتمر الإقليمي", received_at=R(7, 10, 42, 18), sender_tz=tz(3),
                mid="<AS8PR02MB6950D4E1B27A4C8E93F0A15C62B7E@AS8PR02MB6950.eurprd02.prod.outlook.com>",
                extra=outlook("ar-SA"))
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("عبد الرحمن بن سعد الشهري", "نائب رئيس الغرفة", "الغرفة الوطنية لمكاتب الاستقدام",
                              ["roundtable"], 1)],
                 notes="late (7 February), apologises for the delay; labelled lines with 'الصفة' for the title; "
                       "recruitment agencies' chamber (private sector); From display name is the organisation.")
    return meta, root, label


@message
def h39_13() -> Built:
    body = """Bonjour à toute l'équipe,

Je me permets de vous écrire bien que la date soit dépassée, en espérant qu'il reste une place.

Notre association caritative évangélique accompagne depuis 2012 les travailleuses domestiques
migrantes au Liban (hébergement d'urgence, accompagnement administratif). Nous aimerions proposer :

Nom : Mme Ruth Kamara
Organisation : Mission Évangélique d'Entraide aux Migrants (MEEM)
Table ronde souhaitée : 2

Avec nos remerciements et nos bénédictions,
Élise Haddad
"""
    root = alt(body, apple_html(body), boundary="Apple-Mail=_9C41E0B2-5A7D-4F18-B3C6-2E8D07A1F594")
    meta = dict(from_name="Elise Haddad", from_email="elise.haddad@meem-liban.example.org",
                subject="Demande tardive - table ronde 2", received_at=R(8, 19, 3, 37), sender_tz=tz(2),
                mid="<B4E27C19-0D3A-4F6B-9E15-7A8C2D4F6B01@meem-liban.example.org>", extra=APPLE)
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Ruth Kamara", None, "Mission Évangélique d'Entraide aux Migrants (MEEM)",
                              ["roundtable"], 2)],
                 notes="late (8 February) and says so; no title given (null), only 'Mme' before the name; "
                       "evangelical charity; labelled lines; 'Table ronde souhaitée : 2'; Apple Mail.")
    return meta, root, label


@message
def h39_14() -> Built:
    body = """تحية طيبة،

يتشرف مركز الأمان لحماية النساء المهاجرات في رام الله بترشيح متحدثتين للمشاركة في أعمال الاستعراض
الإقليمي:

1- السيدة ريم خليل أبو عيشة، مديرة المركز، للقيام بدور المقرر وعرض الرسائل الرئيسية لأصحاب المصلحة.
2- السيدة دعاء محمود القواسمي، أخصائية اجتماعية ومسؤولة ملف الإيواء، لمداخلة في المائدة المستديرة
الثانية (حماية حقوق الإنسان للمهاجرين).

الجهة: مركز الأمان لحماية النساء المهاجرات

مع التحية،
ريم أبو عيشة
"""
    root = alt(body, gmail_html(body, rtl=True), cte="b64")
    meta = dict(from_name="Reem Abu Aisha", from_email="alaman.centre@gmail.example.com",
                subject="ترشيح متحدثتين - مركز الأمان", received_at=R(5, 17, 26, 4), sender_tz=tz(2),
                mid="<CAH2nX8sWq4Lr0pZ7kB1vTm9Dc3Yf6Ej5Gu_hQ@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("ريم خليل أبو عيشة", "مديرة المركز", "مركز الأمان لحماية النساء المهاجرات",
                              ["rapporteur"], None),
                           SP("دعاء محمود القواسمي", "أخصائية اجتماعية ومسؤولة ملف الإيواء",
                              "مركز الأمان لحماية النساء المهاجرات", ["roundtable"], 2)],
                 notes="women's shelter, two speakers in a numbered list after 'السيدة'; different roles; "
                       "'في رام الله' is the location, not in the label; the sender is the first speaker; "
                       "ordinal 'الثانية' wrapped onto the next line.")
    return meta, root, label


@message
def h39_15() -> Built:
    body = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Remittance Futures Institute (RFI), a
think tank working on the cost and digitalisation of remittances between the Gulf and South Asia.

The report covers Objectives 19 and 20 and draws on a survey of 1,200 remittance senders in
Saudi Arabia, Bahrain and Oman.

Kind regards,

Dr. Anjali Raghavan
Senior Fellow | Remittance Futures Institute (RFI)
T +44 20 7946 0315 | www.rfi-think.example.org

Please consider the environment before printing this email.
"""
    pdf = tiny_pdf(["Remittance Futures Institute (RFI)", "Voluntary GCM Review Report 2021",
                    "Objectives 19 and 20: remittances and financial inclusion"], "RFI GCM Review 2021")
    root = mixed(alt(body, outlook_html(body, "EN-GB")),
                 attach(pdf, "application/pdf", "RFI_Voluntary_GCM_Review_Report_Feb2021.pdf"))
    meta = dict(from_name="Anjali Raghavan", from_email="a.raghavan@rfi-think.example.org",
                subject="Voluntary GCM review report - Remittance Futures Institute",
                received_at=R(9, 12, 55, 10), sender_tz=tz(0),
                mid="<LO2P265MB4412F09D1C7B45A3E2B6C7D80F915@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM>",
                extra=outlook("en-GB"))
    label = dict(category="voluntary_report", language="en", report_attachments=[
        "RFI_Voluntary_GCM_Review_Report_Feb2021.pdf"],
                 notes="plain PDF report from a think tank on remittances; signature with title is not a "
                       "speaker request.")
    return meta, root, label


@message
def h39_16() -> Built:
    body = """الزملاء الأعزاء في فريق الاستعراض الإقليمي،

نيابةً عن الشبكة العربية للمنظمات التي يقودها المهاجرون، يسرنا أن نرسل إليكم التقرير الطوعي الجماعي
لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة، والذي أُعدّ بمشاركة 11 منظمة عضواً في كل من الأردن
ولبنان والعراق وسوريا والسودان وموريتانيا.

التقرير مرفق بصيغة Word.

مع أطيب التحيات،
لجنة التنسيق
الشبكة العربية للمنظمات التي يقودها المهاجرون
"""
    docx = tiny_docx(["التقرير الطوعي الجماعي", "الشبكة العربية للمنظمات التي يقودها المهاجرون",
                      "استعراض تنفيذ الاتفاق العالمي من أجل الهجرة 2021"], rtl=True)
    root = mixed(alt(body, gmail_html(body, rtl=True), cte="b64"),
                 attach(docx, DOCX, "التقرير الجماعي للشبكة العربية - الاتفاق العالمي للهجرة.docx"))
    meta = dict(from_name="الشبكة العربية للمنظمات التي يقودها المهاجرون", from_email="arab.mlo.network@gmail.example.com",
                subject="التقرير الطوعي الجماعي", received_at=R(11, 16, 30, 0), sender_tz=tz(2),
                mid="<CAJ6mT3qVx0Rk8Lz2Wp5Nf9Bs1Dh7Gc4Ye_uM@mail.gmail.com>", extra=GMAIL)
    label = dict(category="voluntary_report", language="ar",
                 report_attachments=["التقرير الجماعي للشبكة العربية - الاتفاق العالمي للهجرة.docx"],
                 notes="collective report of a network (11 members); Arabic DOCX file name in RFC 2231; "
                       "sender is the network's coordination committee.")
    return meta, root, label


@message
def h39_17() -> Built:
    body = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour les migrations
de l'Observatoire Mauritanien des Droits des Migrants (OMDM).

En vous remerciant,

Sidi Mohamed Ould Babah
Chargé de suivi-évaluation
OMDM
"""
    pdf = tiny_pdf(["Observatoire Mauritanien des Droits des Migrants (OMDM)",
                    "Rapport volontaire d'examen du PMM - fevrier 2021"], "Rapport OMDM PMM")
    part = attach(pdf, "application/octet-stream", "Rapport_OMDM_examen_PMM_2021.pdf")
    root = mixed(text(body, charset="iso-8859-1"), part)
    meta = dict(from_name="Sidi Mohamed Ould Babah", from_email="omdm.rim@yahoo.example.fr",
                subject="Rapport volontaire OMDM", received_at=R(12, 10, 8, 47), sender_tz=tz(0),
                mid="<1613124480.8821.ymail@yahoo.example.fr>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = dict(category="voluntary_report", language="fr",
                 report_attachments=["Rapport_OMDM_examen_PMM_2021.pdf"],
                 notes="PDF report sent as application/octet-stream (webmail); ISO-8859-1 quoted-printable body.")
    return meta, root, label


@message
def h39_18() -> Built:
    body = """Dear Sir/Madam,

Sorry for the late submission. We had problems to collect the data from our members in time.

Attached please find the voluntary GCM review report of Bangladeshi Migrant Workers Welfare
Society - Gulf Chapter (BMWWS-GC).

Regards,
Md. Shafiqul Islam
President, BMWWS-GC
Manama, Bahrain
"""
    docx = tiny_docx(["Bangladeshi Migrant Workers Welfare Society - Gulf Chapter",
                      "Voluntary GCM review report", "February 2021"])
    root = mixed(text(body, charset="us-ascii", cte="7bit"),
                 attach(docx, DOCX, "BMWWS GCM report 2021.docx"))
    meta = dict(from_name="Shafiqul Islam", from_email="bmwws.gulf@gmail.example.com",
                subject="GCM voluntary report - BMWWS", received_at=R(17, 13, 11, 21), sender_tz=tz(3),
                mid="<CAD1pW7rYz3Mq5Kx0Lt8Vb2Nh6Fs9Jc4Ge_aT@mail.gmail.com>", extra=ANDROID)
    label = dict(category="voluntary_report", language="en", report_attachments=["BMWWS GCM report 2021.docx"],
                 notes="late (17 February) and apologises; DOCX with spaces in the file name; diaspora group.")
    return meta, root, label


@message
def h39_19() -> Built:
    body = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

مرفق طيه تقرير لجنة شؤون العمال الوافدين في مجلس النواب حول تنفيذ الاتفاق العالمي للهجرة، كمساهمة
في الاستعراض الإقليمي.

ونود الإشارة إلى أن اللجنة قد تطلب لاحقاً المشاركة في أعمال المؤتمر.

مع فائق الاحترام،
أمانة سر اللجنة
"""
    pdf = tiny_pdf(["Parliamentary Committee on Expatriate Workers' Affairs",
                    "Contribution to the Regional Review of the GCM, 2021"], "Committee report")
    root = mixed(alt(body, outlook_html(body, "AR-SA", rtl=True)),
                 attach(pdf, "application/pdf", "تقرير لجنة شؤون العمال الوافدين.pdf", style="2047"))
    meta = dict(from_name="أمانة سر لجنة شؤون العمال الوافدين", from_email="expat.committee@parliament.example.bh",
                subject="تقرير طوعي - لجنة شؤون العمال الوافدين", received_at=R(15, 9, 44, 5), sender_tz=tz(3),
                mid="<BN8PR11MB3701A4C9E2D1B47F05E3D68A91C20@BN8PR11MB3701.namprd11.prod.outlook.com>",
                extra=outlook("ar-BH"))
    label = dict(category="voluntary_report", language="ar",
                 report_attachments=["تقرير لجنة شؤون العمال الوافدين.pdf"],
                 notes="parliamentary committee; Outlook-style RFC 2047 encoded Arabic PDF name inside quoted "
                       "parameters; mentions a possible later speaking request (none made now).")
    return meta, root, label


@message
def h39_20() -> Built:
    body = """Bonjour,

Au nom de l'Association Égyptienne des Travailleurs Migrants de Retour (AETMR), je vous transmets
en pièce jointe notre rapport volontaire d'examen du PMM.

Nous souhaiterions également intervenir dans la table ronde thématique IV (données, politiques
fondées sur des éléments probants et coopération internationale). Notre intervenant serait :

Dr Tarek Fawzy Abdelmalek, responsable du pôle recherche, AETMR

Bien cordialement,

Nermine Saad
Directrice exécutive
Association Égyptienne des Travailleurs Migrants de Retour (AETMR)
Le Caire, Égypte
"""
    pdf = tiny_pdf(["Association Egyptienne des Travailleurs Migrants de Retour (AETMR)",
                    "Rapport volontaire d'examen du PMM 2021"], "AETMR rapport PMM")
    root = mixed(alt(body, gmail_html(body)), attach(pdf, "application/pdf", "AETMR_rapport_volontaire_PMM.pdf"))
    meta = dict(from_name="Nermine Saad", from_email="nermine.saad@aetmr.example.eg",
                subject="Rapport volontaire + demande d'intervention (AETMR)", received_at=R(4, 18, 52, 33),
                sender_tz=tz(2), mid="<CAG9sY1wPx5Mq2Rz8Kt0Vn3Lb7Dj4Hc6Fe_oW@mail.gmail.com>", extra=GMAIL)
    label = dict(category="both", language="fr", report_attachments=["AETMR_rapport_volontaire_PMM.pdf"],
                 speakers=[SP("Tarek Fawzy Abdelmalek", "responsable du pôle recherche",
                              "Association Égyptienne des Travailleurs Migrants de Retour (AETMR)",
                              ["roundtable"], 4)],
                 notes="both, on time; speaker on one comma-separated line with 'Dr' (no period) and the "
                       "acronym only, the full name of the organisation is in the first sentence/signature; "
                       "roundtable as Roman numeral 'IV'.")
    return meta, root, label


@message
def h39_21() -> Built:
    body = """Dear organizers,

Our Director will take part in the Roundtable on 24 February (we sent the request last week). Could you
please tell us:
- which platform will be used (Zoom or Teams) and when the link will be shared;
- whether Arabic-English interpretation will be available;
- how long each floor intervention may be.

Many thanks,
Priya Nair
Programme Assistant
IOM Project "Safe Migration Pathways for South Asian Workers"
"""
    root = alt(body, outlook_html(body))
    meta = dict(from_name="Priya Nair", from_email="pnair@smp-southasia.example.org",
                subject="Logistics for 24 February", received_at=R(10, 11, 26, 40), sender_tz=tz(5),
                mid="<SG2PR06MB3085D7A1F4E29B0C53D6E8A7F0B41@SG2PR06MB3085.apcprd06.prod.outlook.com>",
                extra=outlook("en-US"))
    label = dict(category="other", language="en",
                 notes="logistics question (platform, interpretation, speaking time) about a request sent "
                       "earlier (not in this set); mentions a roundtable but proposes no speaker.")
    return meta, root, label


@message
def h39_22() -> Built:
    body = """Merci beaucoup pour votre accusé de réception.

Bonne journée,
Aminetou Mint Sidi

Le 02/02/2021 à 09:40, gcmrrarabstates@iom.int a écrit :
> Nous accusons réception de votre demande de prise de parole.
>
> Le 02/02/2021 à 09:36, Aminetou Mint Sidi a écrit :
>> Bonjour,
>>
>> Suite à votre invitation, je souhaiterais participer à la discussion ouverte de la
>> consultation multipartite du 23 février.
"""
    root = text(body, cte="8bit")
    root.set_param("format", "flowed")
    meta = dict(from_name="Aminetou Mint Sidi", from_email="aminetou.sidi@cjm-nouakchott.example.mr",
                subject="Re: Accusé de réception - Participation à la discussion ouverte du 23 février",
                received_at=R(2, 11, 2, 15), sender_tz=tz(0),
                mid="<0b7d3e91-2c44-4a18-9f6e-5a1d8c3b7e20@cjm-nouakchott.example.mr>",
                in_reply_to=ACK_03, references=f"{MID[3]} {ACK_03}",
                extra=THUNDERBIRD + ["Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, thread_of="h39-03.eml",
                 notes="thank-you replying to our acknowledgement of h39-03 and adding nothing new: do not "
                       "acknowledge; the quoted original repeats the speaking request.")
    return meta, root, label


@message
def h39_23() -> Built:
    body = """مساء الخير،

هل يمكن تزويدنا بجدول الأعمال التفصيلي للاستشارة يوم 23 فبراير وللمؤتمر يومي 24 و25 فبراير؟ نحتاجه
لتحديد أعضاء الوفد الذين سيتابعون الجلسات.

شكراً جزيلاً
هبة الدوري
منظمة رعاية المهاجرين في البصرة

Sent from my Samsung Galaxy smartphone.
"""
    root = text(body, cte="b64")
    meta = dict(from_name="Hiba Al-Douri", from_email="hiba.aldouri@mwo-basra.example.iq",
                subject="جدول الأعمال", received_at=R(13, 20, 14, 59), sender_tz=tz(3),
                mid="<a81f2c60-4d3e-47b9-b21e-9c0f5e6d3a72@email.android.com>", extra=ANDROID)
    label = dict(category="other", language="ar",
                 notes="request for the agenda from a phone (English device footer); mentions the consultation "
                       "and conference dates but nothing is submitted.")
    return meta, root, label


@message
def h39_24() -> Built:
    body = """Bonjour,

Je suis invité à intervenir à la conférence régionale et je voudrais savoir si la conférence se tiendra
en présentiel à Beyrouth ou uniquement en ligne. Dans le premier cas, l'OIM peut-elle fournir une lettre
d'invitation pour ma demande de visa (passeport soudanais) ? Le consulat demande un délai de trois semaines.

Cordialement,
Khalid Adam Yagoub
"""
    root = text(body, charset="iso-8859-1")
    meta = dict(from_name="Khalid Adam", from_email="khalid.adam.yagoub@hotmail.example.fr",
                subject="Question visa / lettre d'invitation", received_at=R(6, 9, 58, 12), sender_tz=tz(1),
                mid="<VI1P190MB0398E1B72A4C5D8F6E0B39A2C7D15@VI1P190MB0398.EURP190.PROD.OUTLOOK.COM>",
                extra=["X-Mailer: Outlook.com"])
    label = dict(category="other", language="fr",
                 notes="visa / invitation-letter question; 'invité à intervenir' refers to an existing role, "
                       "no speaking request is made; no organisation.")
    return meta, root, label


# ----------------------------------------------------------------- writer
def on_time(category: str, received: dt.datetime) -> bool | None:
    if category == "speaker_request":
        return received <= SPEAKER_DEADLINE
    if category == "voluntary_report":
        return received <= REPORT_DEADLINE
    if category == "both":
        return received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE
    return None


def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        name = f"h39-{n:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), fn.__name__
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, n))
        rat = meta["received_at"]
        labels.append({"file": name, "received_at": rat.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label.get("acknowledge", True),
                       "on_time": on_time(label["category"], rat), "speakers": label.get("speakers", []),
                       "report_attachments": label.get("report_attachments", []),
                       "thread_of": label.get("thread_of"), "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout39"))
