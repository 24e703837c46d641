#!/usr/bin/env python3
"""Evaluation set holdout43 for gcm-intake: 24 raw messages (h43-01.eml ...) + labels.json.

Deterministic, standard library only: /tmp/venv/bin/python tests/data/make_eval_sets43.py
Written from LABELS.md and the dev corpus only (not from intake/ or rules/).  Each message is a
function returning (envelope, MIME tree, label).
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


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def R(d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receive time, February 2021, Beirut."""
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=BEIRUT)


# ------------------------------------------------------------------ attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 14 TL 56 780 Td\n" + "\n".join(f"({esc(x)}) Tj T*" for x in lines)
              + "\nET").encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
            b" /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            (f"<< /Title ({esc(title)}) /Producer (LibreOffice 7.0) >>").encode("latin-1")]
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
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + "<w:sectPr/></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ MIME helpers
def text(body: str, subtype: str = "plain", cte: str = "qp", charset: str = "utf-8") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)


def alt(plain: str, html: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte))
    m.attach(text(html, "html", cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231") -> MIMEApplication:
    p = MIMEApplication(data, ctype.split("/")[1])
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


def mixed(body: Any, *parts: Any) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for p in parts:
        m.attach(p)
    return m


def gmail_html(plain: str, rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in b.split("\n"))) for b in plain.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(plain: str, rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    ps = "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(x, quote=False) for x in b.split("\n")))
        for b in plain.split("\n\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal'
            '{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
            f'<body lang=EN-US{d}><div class=WordSection1>\n{ps}\n</div></body></html>\n')


def hdr(s: str) -> str:
    return s if all(ord(c) < 128 for c in s) else Header(s, "utf-8").encode(linesep="\r\n")


def address(name: str | None, email: str) -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def render(env: dict[str, Any], root: Any, n: int) -> bytes:
    rat: dt.datetime = env["received_at"]
    sent = (rat - dt.timedelta(seconds=env.get("lag", 23))).astimezone(env.get("tz", BEIRUT))
    host = env["from_email"].split("@")[1]
    relay = env.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(env["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + n * 3}])\r\n"
         f"\tby mx1.iom.int (Postfix) with ESMTPS id 4DhQ{n:02d}K43z\r\n"
         f"\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host}",
         "From: " + address(env["from_name"], env["from_email"]),
         "To: " + env.get("to", MAILBOX)]
    if env.get("cc"):
        h.append("Cc: " + env["cc"])
    h += ["Subject: " + hdr(env["subject"]), "Date: " + format_datetime(sent),
          "Message-ID: " + env["mid"]]
    if env.get("reply_to_mid"):
        h += ["In-Reply-To: " + env["reply_to_mid"], "References: " + env["reply_to_mid"]]
    h += env.get("extra", [])
    h.append("MIME-Version: 1.0")
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n:02d}{k:02d}_43a7c91e.1612{n:02d}{k:02d}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def SP(name: str, title: str | None, aff: str | None, roles: list[str], rt: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


def L(category: str, language: str, notes: str, speakers: list[dict[str, Any]] | None = None,
      reports: list[str] | None = None, thread_of: str | None = None, acknowledge: bool = True) -> dict[str, Any]:
    return {"category": category, "language": language, "acknowledge": acknowledge, "speakers": speakers or [],
            "report_attachments": reports or [], "thread_of": thread_of, "notes": notes}


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-us"]
GMAIL = []  # Gmail adds no X-Mailer
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
TBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]

MESSAGES: list[Callable[[], tuple[dict[str, Any], Any, dict[str, Any]]]] = []


def message(fn: Callable[[], tuple[dict[str, Any], Any, dict[str, Any]]]) -> Callable[..., Any]:
    MESSAGES.append(fn)
    return fn


MID_04 = "<CAF7tq2Lw9xUe0pN3kR8mYb1Hs6dVa4Jg5Zc2oT@mail.gmail.com>"


# ================================================================== messages
@message
def h01():
    plain = """Dear Colleagues,

With reference to the invitation to the Regional Review of the Global Compact
for Migration in the Arab region, the Red Sea Seafarers' Union would like to
request a floor intervention in Roundtable 1 on regular pathways and decent
work. Our members on vessels calling at Djibouti, Jeddah and Aden are among the
most exposed to abandonment and unpaid wages.

Speaker details:
Name: Abdourahman Said Farah
Title: General Secretary
Organisation: Red Sea Seafarers' Union (RSSU)

Best regards,

Hawa Ismail Robleh
Communications Officer | Red Sea Seafarers' Union (RSSU)
Boulevard de la Republique, Djibouti
Tel: +253 21 35 48 90 | Mob: +253 77 81 42 06

DISCLAIMER: This email and any files transmitted with it are confidential and
intended solely for the use of the individual or entity to whom they are
addressed. If you have received this email in error please notify the sender.
"""
    env = dict(from_name="Hawa Ismail Robleh", from_email="h.robleh@rssu-dj.example.org",
               subject="Request for speaking slot - Roundtable 1", received_at=R(1, 10, 14, 6), tz=tz(3),
               mid="<001b01d6f87c$2e91a0c0$8bb4e240$@rssu-dj.example.org>", extra=OUTLOOK)
    label = L("speaker_request", "en", "labelled lines; the sender (communications officer) is not the speaker; "
              "disclaimer after the signature", [SP("Abdourahman Said Farah", "General Secretary",
                                                    "Red Sea Seafarers' Union (RSSU)", ["roundtable"], 1)])
    return env, alt(plain, outlook_html(plain)), label


@message
def h02():
    plain = """السلام عليكم ورحمة الله وبركاته

أنا مها عثمان الطيب، منسقة برامج الهجرة في المجلس الوطني للشباب السوداني - الخرطوم، وأرغب في
التقدم بطلب لأكون المقررة التي تعرض الرسائل الرئيسية لأصحاب المصلحة في الاستعراض الإقليمي.
عملنا خلال العامين الماضيين مع الشباب العائدين من ليبيا ومصر، ونود أن يكون صوت الشباب حاضراً.

مع خالص الشكر والتقدير
مها
"""
    env = dict(from_name="Maha Osman", from_email="maha.osman.eltayeb@gmail.example.com",
               subject="طلب المشاركة كمقررة", received_at=R(1, 19, 42, 30), tz=tz(2),
               mid="<CAM3pQ8rZ1vD4nYt7Wc2Xe5LfH0bKs9uJa6gR3m@mail.gmail.com>", extra=GMAIL)
    label = L("speaker_request", "ar", "first-person prose, Gmail; affiliation followed by the city ('- الخرطوم') "
              "which is left out; role = rapporteur ('المقررة التي تعرض الرسائل الرئيسية')",
              [SP("مها عثمان الطيب", "منسقة برامج الهجرة", "المجلس الوطني للشباب السوداني", ["rapporteur"])])
    return env, alt(plain, gmail_html(plain, rtl=True)), label


@message
def h03():
    intro = """Madame, Monsieur,

Suite à votre courrier d'invitation, le Service Catholique d'Entraide et de Secours (SCES) souhaite proposer deux intervenants pour la conférence régionale des 24 et 25 février :

"""
    rows = [("Nom", "Fonction", "Organisation", "Session souhaitée"),
            ("Sœur Marie-Claire Nkurunziza", "Directrice nationale", "Service Catholique d'Entraide et de Secours (SCES)",
             "Séance plénière"),
            ("M. Elias Gebremeskel", "Responsable du programme d'accueil des migrants",
             "Service Catholique d'Entraide et de Secours (SCES)", "Table ronde 2")]
    outro = """Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Dr Jean-Baptiste Mwamba
Secrétaire général adjoint
SCES – Djibouti
+253 21 34 12 77"""
    plain = intro + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    table = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>" + "".join(
        "<tr>{}</tr>".format("".join(f"<td><p class=MsoNormal>{escape(c, quote=False)}</p></td>" for c in r))
        for r in rows) + "</table>"
    html = outlook_html(intro.strip() + "\n\n@@TABLE@@\n\n" + outro).replace(
        "<p class=MsoNormal>@@TABLE@@</p>", table)
    env = dict(from_name="Jean-Baptiste Mwamba", from_email="jb.mwamba@sces-dj.example.org",
               subject="Propositions d'intervenants – SCES", received_at=R(2, 9, 5, 44), tz=tz(3),
               mid="<000f01d6f93a$77c1d2e0$67457680$@sces-dj.example.org>", extra=OUTLOOK)
    label = L("speaker_request", "fr", "two speakers in an Outlook table (tab-separated in the plain part); "
              "'Sœur' and 'M.' are honorifics; the sender (Dr, deputy secretary-general) is not a speaker; "
              "signature 'SCES – Djibouti' is a location",
              [SP("Marie-Claire Nkurunziza", "Directrice nationale",
                  "Service Catholique d'Entraide et de Secours (SCES)", ["plenary"]),
               SP("Elias Gebremeskel", "Responsable du programme d'accueil des migrants",
                  "Service Catholique d'Entraide et de Secours (SCES)", ["roundtable"], 2)])
    return env, alt(plain, html), label


@message
def h04():
    plain = """Hello,

I would like to request to speak at roundtable 3 (social inclusion, remittances and
diaspora). My name is Tigist Alemu Bekele and I am the chairperson of our
association; we support Ethiopian domestic workers in Riyadh and Jeddah.

Thank you,
Tigist
"""
    env = dict(from_name="Tigist Alemu", from_email="tigist.alemu84@gmail.example.com",
               subject="speaking request", received_at=R(2, 21, 3, 12), tz=tz(3), mid=MID_04, extra=GMAIL)
    label = L("speaker_request", "en", "self-nomination; the association is not named (affiliation null) - "
              "completed in the follow-up h43-05",
              [SP("Tigist Alemu Bekele", "chairperson", None, ["roundtable"], 3)])
    return env, alt(plain, gmail_html(plain)), label


@message
def h05():
    plain = """Sorry, I forgot to write the name of the organisation. It is the Habesha
Migrant Workers' Association (HMWA).

Best,
Tigist

On Tue, Feb 2, 2021 at 10:02 PM Tigist Alemu <tigist.alemu84@gmail.example.com> wrote:
> Hello,
>
> I would like to request to speak at roundtable 3 (social inclusion, remittances and
> diaspora). My name is Tigist Alemu Bekele and I am the chairperson of our
> association; we support Ethiopian domestic workers in Riyadh and Jeddah.
>
> Thank you,
> Tigist
"""
    env = dict(from_name="Tigist Alemu", from_email="tigist.alemu84@gmail.example.com",
               subject="Re: speaking request", received_at=R(3, 8, 47, 55), tz=tz(3),
               mid="<CAF7tq2Mx0yVf1qO4lS9nZc2It7eWb5Kh6Ad3pU@mail.gmail.com>", reply_to_mid=MID_04, extra=GMAIL)
    label = L("speaker_request", "en", "follow-up reply completing h43-04: adds only the organisation; "
              "name, title and roundtable are in the '>'-quoted original",
              [SP("Tigist Alemu Bekele", "chairperson", "Habesha Migrant Workers' Association (HMWA)",
                  ["roundtable"], 3)], thread_of="h43-04.eml")
    return env, alt(plain, gmail_html(plain)), label


@message
def h06():
    plain = """حضرات القائمين على الاستعراض الإقليمي المحترمين،

تحية طيبة،

تتشرف جمعية المحامين المتطوعين لحقوق العمال المهاجرين بترشيح رئيسها الأستاذ فراس نبيل الزعبي لإلقاء
مداخلة في الجلسة العامة للمؤتمر الإقليمي (24-25 شباط/فبراير)، حول الوصول إلى العدالة
وسبل الانتصاف للعمال المهاجرين في الأردن.

وتفضلوا بقبول فائق الاحترام،

المحامية ديما الخوالدة
مديرة المشاريع | Projects Director
جمعية المحامين المتطوعين لحقوق العمال المهاجرين
Volunteer Lawyers for Migrant Workers' Rights Association (VLMWRA)
عمّان، الأردن | Amman, Jordan
هاتف / Tel: +962 6 465 3390
"""
    env = dict(from_name="Dima Khawaldeh", from_email="dima.k@vlmwra.example.jo",
               subject="ترشيح متحدث للجلسة العامة", received_at=R(3, 12, 20, 8), tz=tz(2),
               mid="<002301d6fa1c$5d0e8b90$172ba2b0$@vlmwra.example.jo>", extra=OUTLOOK)
    label = L("speaker_request", "ar", "bilingual signature (Arabic and English lines) belongs to the sender, not "
              "the speaker; speaker named in prose with 'الأستاذ' (honorific for lawyers) and title 'رئيسها'; "
              "the organisation is written in Arabic (body, signature) and in English with its acronym (signature): the label "
              "takes the English form with the acronym, as in dev 022",
              [SP("فراس نبيل الزعبي", "رئيس", "Volunteer Lawyers for Migrant Workers' Rights Association (VLMWRA)",
                  ["plenary"])])
    return env, alt(plain, outlook_html(plain, rtl=True)), label


@message
def h07():
    plain = """Bonjour,
Je souhaiterais intervenir à la table ronde 4 (données et coopération internationale).
Aminata Ben Slimane, chercheuse, Institut Tunisien des Relations Internationales (ITRI)
Merci

Envoyé de mon iPhone
"""
    env = dict(from_name="Aminata Ben Slimane", from_email="a.benslimane@itri.example.tn",
               subject="Intervention table ronde 4", received_at=R(3, 17, 31, 2), tz=tz(1),
               mid="<8E2C4B71-0D3A-4F5E-9B16-7A2D8C3E1F40@itri.example.tn>", extra=IPHONE)
    label = L("speaker_request", "fr", "short phone message: name, title and affiliation on one comma-separated "
              "line; 'Tunisien' is part of the institute's name, not a location",
              [SP("Aminata Ben Slimane", "chercheuse", "Institut Tunisien des Relations Internationales (ITRI)",
                  ["roundtable"], 4)])
    return env, text(plain, cte="8bit"), label


@message
def h08():
    plain = """Dear IOM team,

Greetings from the South Asian Migrant Workers Forum!

We would like to nominate our member Mr. Chaminda Perera to take part in the
open discussion of the multi-stakeholder consultation on 23 February. Chaminda
worked for eleven years as a construction worker in Dubai and Abu Dhabi and now
volunteers with our legal help desk for Sri Lankan and Pakistani workers.

Please let us know if you need anything else.

Warm regards,
Asma Qureshi
on behalf of the SAMWF Secretariat

South Asian Migrant Workers Forum (SAMWF)
Al Qusais, Dubai, UAE | WhatsApp +971 55 902 1174
"""
    env = dict(from_name="SAMWF Info", from_email="info@samwf.example.ae",
               subject="Nomination for open discussion 23 Feb", received_at=R(4, 8, 12, 40), tz=tz(4),
               mid="<CAK1sWq5Dy2Xm8oTf3Pa9Rz6Lg4Hn0bVc7Ej1uQ@mail.gmail.com>", extra=GMAIL)
    label = L("speaker_request", "en", "shared info@ mailbox signed by a person who is not the speaker; "
              "nominee has no title ('our member'); affiliation as written in the signature with acronym",
              [SP("Chaminda Perera", None, "South Asian Migrant Workers Forum (SAMWF)", ["open_discussion"])])
    return env, alt(plain, gmail_html(plain)), label


INVITE_AR = """السيدات والسادة أصحاب المصلحة،

تتشرف المنظمة الدولية للهجرة، بالشراكة مع أعضاء شبكة الأمم المتحدة للهجرة في المنطقة العربية، بدعوتكم إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
ويمكن لأصحاب المصلحة تقديم تقارير استعراض طوعية للاتفاق العالمي بحلول يوم الثلاثاء 16 شباط/فبراير 2021.
كما يمكن طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، سواء للمشاركة في النقاش المفتوح للمشاورة أو لإلقاء مداخلة في الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع."""


@message
def h09():
    plain = """الإخوة الكرام في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

رداً على دعوتكم الكريمة، يسعدنا في شبكة دور الإيواء الآمنة للنساء المهاجرات في اليمن أن نطلب
مداخلة في المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين، على أن تتحدث باسم الشبكة:

السيدة أمة الرحمن عبده قاسم
المديرة التنفيذية للشبكة

ولكم جزيل الشكر،
عدن

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسلت: الأربعاء، 27 يناير 2021 11:02 ص
إلى: undisclosed-recipients
الموضوع: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

""" + INVITE_AR + "\n"
    env = dict(from_name="شبكة دور الإيواء الآمنة", from_email="safehouses.network@yemen-shelters.example.org",
               subject="RE: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
               received_at=R(4, 11, 55, 18), tz=tz(3),
               mid="<004101d6fad8$1a2b3c40$4e5f6a70$@yemen-shelters.example.org>",
               extra=OUTLOOK[:1] + ["Content-Language: ar-ye"])
    label = L("speaker_request", "ar", "reply to the organisers' call quoting it (Outlook header block, not '>'): "
              "the quote carries the report deadline and the misprinted speaker date; 'السيدة' honorific; "
              "title 'المديرة التنفيذية للشبكة' (fullest written); 'في اليمن' is part of the network's name (no "
              "separator), so it stays in the affiliation; From display name is the network",
              [SP("أمة الرحمن عبده قاسم", "المديرة التنفيذية للشبكة",
                  "شبكة دور الإيواء الآمنة للنساء المهاجرات في اليمن", ["roundtable"], 2)])
    return env, alt(plain, outlook_html(plain, rtl=True)), label


@message
def h10():
    plain = """Bonjour Madame, Monsieur,

Je me permets de vous écrire, avec un peu de retard je le sais, pour demander à
prendre la parole lors de la table ronde n°1 sur les voies de migration
régulières et le travail décent. Notre fédération accompagne les travailleurs
saisonniers agricoles du nord du Maroc.

En vous remerciant par avance,

--
Khadija Amrani
Présidente
Fédération des Associations Agricoles du Nord (FAAN)
Larache – Maroc
Tél. : +212 6 61 27 45 93
"""
    env = dict(from_name="Khadija Amrani", from_email="k.amrani@faan.example.ma",
               subject="Demande de prise de parole", received_at=R(8, 11, 2, 9), tz=tz(1),
               mid="<5c9e1a7b-3f20-4d8e-a1b6-0e7f2c4d9a83@faan.example.ma>", extra=TBIRD)
    label = L("speaker_request", "fr", "late (8 February) and says so; name, title and affiliation only in the "
              "Thunderbird signature ('-- '); 'table ronde n°1'; location line 'Larache – Maroc' not part of "
              "the affiliation",
              [SP("Khadija Amrani", "Présidente", "Fédération des Associations Agricoles du Nord (FAAN)",
                  ["roundtable"], 1)])
    return env, text(plain, cte="8bit"), label


@message
def h11():
    plain = """Dear Sir/Madam,

On behalf of the Confederation of Free Trade Unions of the Horn (CFTUH), I am
pleased to put forward two speakers for the Regional Review:

Brother Yonas Tesfamariam, our Deputy General Secretary, would like to
intervene in the plenary session on 24 February; and Sister Ifrah Mohamed Jama,
Head of the Women Workers' Committee, would like to take the floor in the
thematic roundtable on protecting the human rights of migrants (roundtable 2),
or failing that roundtable 1.

In solidarity,

Abdiqani Hersi Nur
International Relations Secretary
CFTUH
Hargeisa
+252 63 442 1809
"""
    env = dict(from_name="Abdiqani Hersi Nur", from_email="intl@cftuh.example.org",
               subject="CFTUH speakers - GCM Regional Review", received_at=R(4, 14, 30, 51), tz=tz(3),
               mid="<AM6PR04MB5463A1B2C3D4E5F6@AM6PR04MB5463.eurprd04.prod.example.com>", extra=OUTLOOK)
    label = L("speaker_request", "en", "two speakers in prose with trade-union honorifics ('Brother', 'Sister'); "
              "title after the name between commas; roundtable 2 first choice with 1 as fallback; "
              "affiliation written in full only in the opening line",
              [SP("Yonas Tesfamariam", "Deputy General Secretary", "Confederation of Free Trade Unions of the Horn "
                  "(CFTUH)", ["plenary"]),
               SP("Ifrah Mohamed Jama", "Head of the Women Workers' Committee",
                  "Confederation of Free Trade Unions of the Horn (CFTUH)", ["roundtable"], 2)])
    return env, alt(plain, outlook_html(plain)), label


@message
def h12():
    plain = """مساء الخير

نرغب في مركز ابن بطوطة الثقافي بالمشاركة في النقاش المفتوح يوم 23 فبراير،
وسيمثلنا الأخ عبدالقادر محمد ورسمه.

شكراً
"""
    env = dict(from_name="Ibn Battuta Cultural Centre", from_email="ibnbattuta.centre@gmail.example.com",
               subject="المشاركة في النقاش المفتوح", received_at=R(6, 9, 12, 27), tz=tz(3),
               mid="<CAD9vNe4Qa7Ws1zXp6Ur2Tm8Kj3Gb5Hy0Fc9lO@mail.gmail.com>", extra=GMAIL)
    label = L("speaker_request", "ar", "late (6 February morning); very short; no title (null); 'الأخ' is an "
              "informal honorific, not part of the name",
              [SP("عبدالقادر محمد ورسمه", None, "مركز ابن بطوطة الثقافي", ["open_discussion"])])
    return env, alt(plain, gmail_html(plain, rtl=True)), label


@message
def h13():
    plain = """Monsieur le Directeur régional,

J'ai l'honneur de vous faire part de l'intérêt de la Commission nationale pour
les réfugiés et les migrants (CNRM) de prendre part à la Revue régionale du
Pacte mondial pour des migrations sûres, ordonnées et régulières.

A cet effet, je vous propose que M. Ali Houmed Daoud, Directeur de la protection
et de l'assistance, intervienne au nom de la Commission lors de la séance
plénière du 24 février 2021.

Veuillez agréer, Monsieur le Directeur régional, l'expression de ma haute
considération.

Le Président de la Commission
Ismaïl Omar Guedi

Commission nationale pour les réfugiés et les migrants
Cité ministérielle, Djibouti
"""
    env = dict(from_name="Secretariat CNRM", from_email="secretariat@cnrm.example.dj",
               subject="Participation de la CNRM - Revue régionale PMM", received_at=R(5, 23, 41, 10), tz=tz(3),
               lag=40, mid="<20210206004050.3F2A1C0B@cnrm.example.dj>", extra=TBIRD)
    label = L("speaker_request", "fr", "received 23:41 Beirut on 5 February (Date header already 6 February 00:40 "
              "+0300): on time; formal government letter; 'M.' honorific; acronym given in the body",
              [SP("Ali Houmed Daoud", "Directeur de la protection et de l'assistance",
                  "Commission nationale pour les réfugiés et les migrants (CNRM)", ["plenary"])])
    return env, text(plain, cte="qp"), label


@message
def h14():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi there,</p>
<p>RemitEasy would like to contribute the private sector perspective on the cost of remittances at the
regional conference. Please find the speaker details below:</p>
<p><b>Name:</b> Dr. Faisal Al-Harbi<br>
<b>Position:</b> Chief Compliance Officer<br>
<b>Company:</b> RemitEasy Financial Technologies LLC<br>
<b>Session:</b> Roundtable 3 &ndash; remittances and diaspora contributions</p>
<p>Many thanks,<br>Noura</p>
<hr>
<p style="color:#888;font-size:8pt">Noura Al-Mutairi | Partnerships Lead | RemitEasy Financial Technologies LLC<br>
Riyadh, KSA | +966 11 520 8841<br>
RemitEasy is licensed by the competent authority. This message is confidential.</p>
</body></html>
"""
    env = dict(from_name="Noura Al-Mutairi", from_email="noura@remiteasy.example.sa",
               subject="Speaker nomination - RemitEasy", received_at=R(5, 15, 8, 33), tz=tz(3),
               mid="<0100017773a1b2c3-4d5e6f70-8192-4a3b-9c8d-7e6f5a4b3c2d-000000@email.example.com>")
    label = L("speaker_request", "en", "HTML-only message (no text/plain); bold labels 'Position'/'Company'; "
              "'Dr.' not part of the name; sender is not the speaker; private sector",
              [SP("Faisal Al-Harbi", "Chief Compliance Officer", "RemitEasy Financial Technologies LLC",
                  ["roundtable"], 3)])
    return env, text(html, "html", cte="qp"), label


@message
def h15():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة،

تحية طيبة وبعد،

نرفق لكم طيّه التقرير الطوعي الجماعي للشبكة الإقليمية لحماية المهاجرين في القرن الأفريقي واليمن،
الذي أُعدّ بمشاركة اثنتي عشرة منظمة عضواً في جيبوتي والصومال واليمن وإثيوبيا، ويغطي تنفيذ
أهداف الاتفاق العالمي خلال الفترة 2019-2020.

نرجو التكرم بتأكيد الاستلام.

مع فائق الاحترام،
م. خالد سعيد باوزير
منسق الشبكة
"""
    pdf = tiny_pdf(["Regional Network for Migrant Protection in the Horn of Africa and Yemen",
                    "Collective Voluntary GCM Review Report - January 2021", "12 member organisations"],
                   "RNMP Collective GCM Report")
    env = dict(from_name="خالد باوزير", from_email="k.bawazir@rnmp-hoa.example.org",
               subject="التقرير الطوعي الجماعي للشبكة الإقليمية", received_at=R(9, 13, 17, 45), tz=tz(3),
               mid="<003a01d6fee5$9c8b7a60$d5a26f20$@rnmp-hoa.example.org>", extra=OUTLOOK)
    label = L("voluntary_report", "ar", "collective report of a network (12 members), PDF with an ASCII name; "
              "Arabic From display name (RFC 2047)", reports=["RNMP_Collective_Voluntary_GCM_Report_2021.pdf"])
    return env, mixed(alt(plain, outlook_html(plain, rtl=True)),
                      attach(pdf, PDF, "RNMP_Collective_Voluntary_GCM_Report_2021.pdf")), label


@message
def h16():
    plain = """Dear Regional Review team,

Please find attached the voluntary GCM review report of the Lanka Migrant
Workers' Solidarity Network (LMWSN) - Jordan chapter. It draws on interviews with
64 Sri Lankan workers in the garment sector in the Qualified Industrial Zones.

Kind regards,
Nirosha Fernando
Coordinator, LMWSN Jordan
"""
    docx = tiny_docx(["Voluntary GCM Review Report", "Lanka Migrant Workers' Solidarity Network - Jordan",
                      "1. Introduction", "2. Findings on Objectives 6 and 7"])
    env = dict(from_name="Nirosha Fernando", from_email="nirosha.lmwsn@gmail.example.com",
               subject="Voluntary GCM review report - LMWSN Jordan", received_at=R(11, 10, 26, 3), tz=tz(2),
               mid="<CAN5fTr8Lp3Yw0Qe6Zb9Xa1Mk4Hj7Uc2Vd8sR@mail.gmail.com>", extra=GMAIL)
    label = L("voluntary_report", "en", "plain Gmail submission with a DOCX (built without python-docx)",
              reports=["LMWSN_Jordan_GCM_voluntary_report.docx"])
    return env, mixed(alt(plain, gmail_html(plain)),
                      attach(docx, DOCX, "LMWSN_Jordan_GCM_voluntary_report.docx")), label


@message
def h17():
    plain = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'Association Libanaise pour
les Droits des Travailleuses Domestiques (ALDTD) sur la mise en oeuvre du Pacte
mondial. Nous nous excusons pour ce léger retard, dû à la validation par notre
conseil d'administration.

Cordialement,

Rita Khoury
Chargée de plaidoyer - ALDTD
Beyrouth
"""
    pdf = tiny_pdf(["Association Libanaise pour les Droits des Travailleuses Domestiques",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Fevrier 2021"], "Rapport ALDTD")
    env = dict(from_name="Rita Khoury", from_email="rita.khoury@aldtd.example.lb",
               subject="Rapport volontaire ALDTD", received_at=R(17, 20, 14, 36), tz=tz(2),
               mid="<b2e4c6a8-1d3f-4a5b-8c7d-9e0f1a2b3c4d@aldtd.example.lb>", extra=TBIRD)
    label = L("voluntary_report", "fr", "late (17 February) and says so; the PDF is sent as "
              "application/octet-stream (file name ends in .pdf)", reports=["Rapport_ALDTD_PMM_2021.pdf"])
    return env, mixed(text(plain, cte="8bit"),
                      attach(pdf, "application/octet-stream", "Rapport_ALDTD_PMM_2021.pdf")), label


@message
def h18():
    plain = """Madame, Monsieur,

L'Institut d'Études Politiques et de Relations Internationales de Khartoum
(IEPRIK) a le plaisir de vous transmettre, en pièce jointe, sa contribution à
l'examen régional : un rapport volontaire consacré aux migrations de retour et à
la réintégration au Soudan.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Pr Hassan Abdelrahim El-Nour
Directeur du département des études migratoires
IEPRIK
"""
    pdf = tiny_pdf(["IEPRIK - Rapport volontaire d'examen du Pacte mondial", "Migrations de retour et reintegration",
                    "Khartoum, fevrier 2021"], "IEPRIK rapport volontaire")
    env = dict(from_name="Hassan El-Nour", from_email="h.elnour@ieprik.example.sd",
               subject="Contribution de l'IEPRIK – rapport volontaire", received_at=R(12, 9, 48, 20), tz=tz(2),
               mid="<002c01d70115$e4d3c2b0$aec14710$@ieprik.example.sd>", extra=OUTLOOK[:1] + ["Content-Language: fr-fr"])
    label = L("voluntary_report", "fr", "academic institute; PDF name with accents in RFC 2047 (Outlook style); "
              "'Khartoum' is part of the institute's name",
              reports=["Rapport volontaire IEPRIK – Pacte mondial 2021.pdf"])
    return env, mixed(alt(plain, outlook_html(plain)),
                      attach(pdf, PDF, "Rapport volontaire IEPRIK – Pacte mondial 2021.pdf", style="2047")), label


@message
def h19():
    plain = """تحية طيبة

مرفق تقرير الاستعراض الطوعي الخاص بالجمعية الإريترية للتكافل في المملكة العربية السعودية.

مع الشكر
سلمى تسفاي
"""
    docx = tiny_docx(["تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة",
                      "الجمعية الإريترية للتكافل", "المحور الأول: الوصول إلى الخدمات"], rtl=True)
    name = "تقرير الجمعية الإريترية للتكافل.docx"
    env = dict(from_name="Salma Tesfay", from_email="salma.tesfay@outlook.example.com",
               subject="تقرير طوعي", received_at=R(15, 22, 5, 11), tz=tz(3),
               mid="<6A0C2E41-9B7D-4F13-A5C8-D2E4F6081B3A@outlook.example.com>", extra=APPLE)
    label = L("voluntary_report", "ar", "short Arabic body; Arabic DOCX file name as RFC 2231; sent the day before "
              "the report deadline", reports=[name])
    return env, mixed(text(plain, cte="b64"), attach(docx, DOCX, name)), label


@message
def h20():
    plain = """Bonjour à toute l'équipe,

Le Collectif Maghreb Mobilités Solidaires (CMMS) vous adresse ci-joint son rapport
volontaire sur la mise en œuvre du Pacte mondial en Tunisie, en Algérie et au Maroc.

Par la même occasion, nous souhaiterions que notre coordinatrice régionale,
Mme Sana Ben Romdhane, puisse intervenir dans la troisième table ronde thématique
(inclusion sociale, transferts de fonds et diaspora).

Bien à vous,
Walid Trabelsi
Chargé de communication, CMMS - Tunis
"""
    pdf = tiny_pdf(["Collectif Maghreb Mobilites Solidaires (CMMS)", "Rapport volontaire - Pacte mondial",
                    "Tunisie, Algerie, Maroc"], "CMMS rapport")
    env = dict(from_name="Walid Trabelsi", from_email="walid.trabelsi@cmms.example.tn",
               subject="Rapport volontaire du CMMS + proposition d'intervenante", received_at=R(4, 16, 52, 0),
               tz=tz(1), mid="<F1A2B3C4-D5E6-47F8-9A0B-1C2D3E4F5A6B@cmms.example.tn>", extra=APPLE)
    label = L("both", "fr", "report attached and speaker proposed in the same message, both on time; "
              "roundtable as an ordinal word ('troisième'); 'Mme' honorific; sender is not the speaker",
              [SP("Sana Ben Romdhane", "coordinatrice régionale", "Collectif Maghreb Mobilités Solidaires (CMMS)",
                  ["roundtable"], 3)], reports=["CMMS_Rapport_volontaire_PMM.pdf"])
    return env, mixed(alt(plain, gmail_html(plain)), attach(pdf, PDF, "CMMS_Rapport_volontaire_PMM.pdf")), label


@message
def h21():
    plain = """Hello,

Quick question: will there be simultaneous interpretation into Arabic and French
during the roundtables, and will the sessions be on Zoom or another platform?
Some of our members have limited bandwidth and would like to plan ahead.

Thanks,
Bilal Ahmed
Overseas Pakistani Workers Welfare Association (OPWWA)
Sent from Outlook for Android
"""
    env = dict(from_name="Bilal Ahmed", from_email="bilal.ahmed@opwwa.example.pk",
               subject="Interpretation and platform?", received_at=R(8, 7, 33, 19), tz=tz(5),
               mid="<HE1PR0802MB2345ABCD6789EF01@HE1PR0802MB2345.eurprd08.prod.example.com>", extra=OUTLOOK[:1])
    label = L("other", "en", "logistics question (interpretation, platform); mentions roundtables but proposes "
              "no speaker")
    return env, text(plain, cte="8bit"), label


@message
def h22():
    plain = """Merci beaucoup pour votre confirmation !

Bonne journée,
Aminata

Le 3 févr. 2021 à 17:32, gcmrrarabstates@iom.int a écrit :
> Madame,
>
> Nous accusons réception de votre demande de prise de parole pour la Revue
> régionale du Pacte mondial pour les migrations (table ronde 4).
>
> Secrétariat de la Revue régionale
"""
    ack_mid = "<ack.GCM-FR-0017.20210203T1532@gcm-intake.iom.int>"
    env = dict(from_name="Aminata Ben Slimane", from_email="a.benslimane@itri.example.tn",
               subject="Re: Accusé de réception – demande de prise de parole", received_at=R(4, 9, 10, 44),
               tz=tz(1), mid="<3B7D9F11-6C2E-4A80-B5D4-E8F0A1C2D3E4@itri.example.tn>", reply_to_mid=ack_mid,
               extra=IPHONE)
    label = L("other", "fr", "thank-you reply to our acknowledgement of h43-07 (quotes it, In-Reply-To the ack): "
              "adds nothing new, so no acknowledgement; quote mentions 'table ronde 4'", thread_of="h43-07.eml",
              acknowledge=False)
    return env, text(plain + "\nEnvoyé de mon iPhone\n", cte="8bit"), label


@message
def h23():
    plain = """السادة المنظمون المحترمون،

نرجو التكرم بتزويدنا بجدول الأعمال التفصيلي للمؤتمر الإقليمي يومي 24 و25 شباط/فبراير
ومواعيد الموائد المستديرة، حتى نتمكن من تحديد من سيحضر من زملائنا.

وشكراً لكم
د. ليلى العبدالله
قسم الشؤون الدولية
اللجنة الوطنية لشؤون العمالة الوافدة
"""
    env = dict(from_name="ليلى العبدالله", from_email="l.alabdullah@ncewa.example.ae",
               subject="طلب جدول الأعمال", received_at=R(10, 10, 3, 58), tz=tz(4),
               mid="<001501d6ff9b$c3d2e1f0$4b5c6d70$@ncewa.example.ae>", extra=OUTLOOK[:1] + ["Content-Language: ar-ae"])
    label = L("other", "ar", "request for the agenda from a public body; mentions the roundtables and attendance "
              "but nominates no speaker")
    return env, alt(plain, outlook_html(plain, rtl=True)), label


@message
def h24():
    plain = """مرحباً،

أنا أحمد نور الدين من جمعية الفلاحين في سهل تهامة. هل سيُعقد المؤتمر الإقليمي حضورياً؟
وإذا كان كذلك، هل تساعدون المشاركين في الحصول على تأشيرة الدخول؟ جواز سفري يمني
وأحتاج وقتاً لإجراءات السفارة.

شكراً جزيلاً

مرسل من هاتفي Huawei
"""
    env = dict(from_name="Ahmed Noureddine", from_email="ahmed.noureddine77@yahoo.example.com",
               subject="استفسار عن التأشيرة", received_at=R(12, 18, 40, 5), tz=tz(3),
               mid="<1187654321.2345678.1613148000000@mail.yahoo.example.com>",
               extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = L("other", "ar", "visa / in-person attendance question; the writer introduces himself with an "
              "organisation but asks for no speaking role; sent from a phone")
    return env, alt(plain, gmail_html(plain, rtl=True)), label


# ------------------------------------------------------------------ writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        env, root, label = fn()
        name = f"h43-{i:02d}.eml"
        assert fn.__name__ == f"h{i:02d}", fn.__name__
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(env, root, i))
        rat = env["received_at"]
        cat = label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout43"))
