#!/usr/bin/env python3
"""Evaluation set holdout44 for gcm-intake: 24 raw messages + labels.json (format of LABELS.md).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets44.py
Written without reading intake/ or rules/: an ordinary week of the review mailbox.
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

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None) -> dict:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF with Helvetica text (Latin-1 only)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 14 TL 56 780 Td\n" + "\n".join(f"({esc(ln)}) Tj T*" for ln in lines)
              + "\nET").encode("latin-1")
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
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{escape(p, quote=False)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME parts
def text(body: str, subtype: str = "plain", cte: str = "qp", charset: str = "utf-8") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(body, subtype, cs)
    if cte == "8bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def alt(plain: str, html: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte))
    m.attach(text(html, "html", cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231", disposition: str = "attachment"):
    p = MIMEApplication(data, ctype.split("/")[1])
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


def mixed(*parts) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html><head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style>'
            '</head>\n<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir="RTL"' if rtl else "", inner))


def paras(body: str) -> str:
    return "\n".join("<p class=MsoNormal>%s</p>" % ("<br>\n".join(escape(ln, quote=False) for ln in p.split("\n"))
                                                   or "&nbsp;") for p in body.split("\n\n"))


def quote(body: str) -> str:
    return "\n".join((">" + (" " + ln if ln else "")) for ln in body.split("\n"))


# ----------------------------------------------------------------- envelope
def addr(name: str | None, email: str) -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def subj(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-us"]
GMAIL: list[str] = []
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]
IPHONE = ["X-Mailer: iPhone Mail (18C66)"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]
ANDROID = ["X-Mailer: Samsung Email 6.1"]


def render(n: int, m: dict, root) -> bytes:
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 20 + 3 * n))).astimezone(m.get("sender_tz", BEIRUT))
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from mail.{host} (mail.{host} [203.0.113.{20 + n}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS"
         f" id 5C{n:02d}H44Q{n * 7}\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
         "From: " + addr(m["from_name"], m["from_email"]), "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + subj(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h += ["In-Reply-To: " + m["in_reply_to"], "References: " + m.get("references", m["in_reply_to"])]
    h += m.get("headers", [])
    h.append("MIME-Version: 1.0")
    for i, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n:02d}{i}_44{n * 7919 + i * 104729:010d}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID = {n: f"<h44.{n:02d}.{s}>" for n, s in {
    1: "BY5PR04MB6712A1B2C3D4E5F6@hawiya-lb.example.org",
    5: "CAF8w2sQ0kT_ncw-eg.example.org@mail.gmail.com",
    18: "BY5PR04MB6712F9E8D7C6B5A4@hawiya-lb.example.org",
}.items()}
ACK_05 = "<ack.GCM-AR-0112.20210209T1012@gcm-intake.iom.int>"

INVITE_AR = """يسرّ المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
ويمكن لأصحاب المصلحة تقديم تقارير استعراض طوعية عبر البريد الإلكتروني gcmrrarabstates@iom.int في موعد أقصاه 16 شباط/فبراير 2021.
كما يمكن طلب الكلمة، مع ذكر اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، للمشاركة في النقاش المفتوح للمشاورة مع أصحاب المصلحة المتعددين، أو كمقرر لعرض الرسائل الرئيسية، أو بمداخلة في الجلسة العامة أو في إحدى الموائد المستديرة المواضيعية الأربع."""


# ================================================================= messages
@message
def h44_01():
    plain = """Dear GCM Regional Review team,

Further to the invitation letter, Hawiya Migrant Workers Support Centre would
like to request two speaking slots at the Regional Conference (24-25 February).

Speaker 1
Name: Ms. Maya Khoury
Title: Programme Coordinator, Domestic Workers Unit
Organization: Hawiya Migrant Workers Support Centre
Requested slot: Roundtable 2 (human rights, border governance, detention)

Speaker 2
Name: Mr. Georges Abi Nader
Title: Legal Officer
Organization: Hawiya Migrant Workers Support Centre
Requested slot: floor intervention in the plenary

Please let us know if you need any further information.

Best regards,

Rita Sfeir
Communications Officer
Hawiya Migrant Workers Support Centre
Badaro, Beirut - Lebanon
T: +961 1 385 402 | M: +961 3 712 905

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it.
"""
    meta = dict(from_name="Rita Sfeir", from_email="rita.sfeir@hawiya-lb.example.org",
                subject="Speaking slots - Hawiya Centre", received_at=R(2, 1, 11, 42, 7), mid=MID[1],
                headers=OUTLOOK)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maya Khoury", "Programme Coordinator, Domestic Workers Unit",
                              "Hawiya Migrant Workers Support Centre", ["roundtable"], 2),
                           SP("Georges Abi Nader", "Legal Officer", "Hawiya Migrant Workers Support Centre",
                              ["plenary"])],
                 notes="two speakers in labelled blocks with 'Ms.'/'Mr.' on the name lines; the title contains a "
                       "comma; sender (communications officer) is not a speaker; second speaker is withdrawn "
                       "later (h44-18); ', Beirut - Lebanon' is the address only")
    return meta, alt(plain, outlook_html(paras(plain))), label


@message
def h44_02():
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أتشرف بإعلامكم برغبتي في المشاركة في النقاش المفتوح خلال المشاورة مع أصحاب المصلحة المتعددين يوم 23 شباط/فبراير 2021. أنا الدكتور وليد الزعبي، أستاذ مشارك ومنسق برنامج دراسات اللاجئين والهجرة القسرية في جامعة اليرموك الأهلية، وقد أشرفت خلال السنوات الماضية على عدة مسوح ميدانية حول أوضاع اللاجئين السوريين في شمال الأردن.

أرجو التكرم بتأكيد استلام طلبي.

مع خالص الشكر والتقدير،
د. وليد الزعبي
"""
    meta = dict(from_name="Walid Zoubi", from_email="walid.zoubi1975@gmail.example.com",
                subject="طلب المشاركة في النقاش المفتوح", received_at=R(2, 1, 20, 15, 33),
                mid="<CAK2mE9vZ0hQ7_zoubi01xT@mail.gmail.com>", sender_tz=BEIRUT)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("وليد الزعبي", "أستاذ مشارك ومنسق برنامج دراسات اللاجئين والهجرة القسرية",
                              "جامعة اليرموك الأهلية", ["open_discussion"])],
                 notes="first-person prose with the honorific 'الدكتور'; the title names a programme and the "
                       "affiliation follows 'في'; English display name on a personal webmail address")
    return meta, alt(plain, gmail_html(plain, rtl=True), cte="b64"), label


@message
def h44_03():
    intro = """Madame, Monsieur,

Le Syndicat général de l'enseignement de base (SGEB) souhaite participer activement
à la conférence régionale des 24 et 25 février. Vous trouverez ci-dessous nos deux
intervenants proposés :"""
    rows = [("Nom", "Fonction", "Organisation", "Intervention souhaitée"),
            ("Hédi Mabrouk", "Secrétaire général adjoint", "Syndicat général de l'enseignement de base (SGEB)",
             "Séance plénière"),
            ("Sonia Ben Ammar", "Chargée des relations internationales",
             "Syndicat général de l'enseignement de base (SGEB)", "Table ronde 1 (voies régulières, travail décent)")]
    outro = """Nous restons à votre disposition pour tout complément.

Salutations syndicales,

Faouzi Trabelsi
Bureau exécutif – SGEB
Place Mohamed Ali, Tunis
Tél. : +216 71 332 118"""
    plain_table = "\n".join(f"{r[0]:<16} | {r[1]:<38} | {r[3]}" for r in rows)
    plain = intro + "\n\n" + plain_table + "\n\n" + outro + "\n"
    table = "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">{}</table>".format("".join(
        "<tr>{}</tr>".format("".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % escape(c, quote=False) for c in r))
        for i, r in enumerate(rows)))
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<p>{}</p>{}<p>{}</p></body></html>\n".format(escape(intro).replace("\n", "<br>\n"), table, escape(outro).replace("\n", "<br>\n")))
    meta = dict(from_name="Faouzi Trabelsi", from_email="f.trabelsi@sgeb-tn.example.org",
                subject="Demande de prise de parole – SGEB", received_at=R(2, 2, 10, 5, 12), sender_tz=tz(1),
                mid="<7d1e0a52-8c34-4b1f-9e0d-sgeb03@sgeb-tn.example.org>", headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hédi Mabrouk", "Secrétaire général adjoint",
                              "Syndicat général de l'enseignement de base (SGEB)", ["plenary"]),
                           SP("Sonia Ben Ammar", "Chargée des relations internationales",
                              "Syndicat général de l'enseignement de base (SGEB)", ["roundtable"], 1)],
                 notes="teachers' union; two speakers in an HTML table (the plain-text alternative drops the "
                       "organisation column); sender is not a speaker")
    return meta, alt(plain, html), label


@message
def h44_04():
    plain = """Dear colleagues,

On behalf of the Cedar Research Foundation for Social Policy, please find attached
our voluntary GCM review report, "Labour migration governance in Lebanon and Jordan
since 2018: progress against GCM Objectives 6 and 22".

The report draws on 46 interviews with recruitment agencies, municipal officials
and migrant workers. We would be glad to see it reflected in the regional synthesis.

Kind regards,

Dr. Nadim Haddad
Senior Research Fellow
Cedar Research Foundation for Social Policy
Hamra Street, Beirut | +961 1 745 220

P Please consider the environment before printing this e-mail.
"""
    pdf = tiny_pdf(["Cedar Research Foundation for Social Policy", "Voluntary GCM Review Report - February 2021",
                    "Labour migration governance in Lebanon and Jordan since 2018"], "CRF voluntary GCM report")
    meta = dict(from_name="Nadim Haddad", from_email="n.haddad@cedar-rf.example.org",
                subject="Voluntary GCM review report - Cedar Research Foundation", received_at=R(2, 8, 14, 2, 40),
                mid="<AM6PR02MB4411C0FFEE2021@cedar-rf.example.org>", headers=OUTLOOK)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["CRF_GCM_Voluntary_Review_2021.pdf"],
                 notes="plain report submission by a research foundation; 'Dr.' in the signature is not a "
                       "speaker request")
    return meta, mixed(alt(plain, outlook_html(paras(plain))),
                       attach(pdf, PDF, "CRF_GCM_Voluntary_Review_2021.pdf")), label


@message
def h44_05():
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي

تحية طيبة،

يسر المجلس القومي للمرأة – وحدة المرأة المهاجرة أن يرفق لكم تقرير الاستعراض الطوعي الخاص بتنفيذ الاتفاق العالمي
من أجل الهجرة الآمنة والمنظمة والنظامية، مع التركيز على أوضاع العاملات المصريات في الخارج والعائدات.

وتفضلوا بقبول وافر الاحترام،

نهى عبد العزيز
منسقة وحدة المرأة المهاجرة
المجلس القومي للمرأة
"""
    docx = tiny_docx(["تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة", "المجلس القومي للمرأة – 2021",
                      "أوضاع العاملات المهاجرات والعائدات"], rtl=True)
    meta = dict(from_name="نهى عبد العزيز", from_email="noha.abdelaziz@ncw-eg.example.org",
                subject="تقرير الاستعراض الطوعي - المجلس القومي للمرأة", received_at=R(2, 9, 9, 48, 15),
                mid=MID[5])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير الاستعراض الطوعي - المجلس القومي للمرأة.docx"],
                 notes="Gmail layout; Arabic DOCX file name in RFC 2231 encoding; hard-wrapped Arabic line; a "
                       "thank-you reply to the acknowledgement follows (h44-23)")
    return meta, mixed(alt(plain, gmail_html(plain, rtl=True), cte="b64"),
                       attach(docx, DOCX, "تقرير الاستعراض الطوعي - المجلس القومي للمرأة.docx")), label


@message
def h44_06():
    plain = """Bonjour,

Au nom du Réseau Maghreb-Sahel des Associations de Migrants (RMSAM), je vous
transmets ci-joint notre rapport volontaire collectif d'examen du Pacte mondial.

Ce rapport a été préparé conjointement par les huit associations membres du réseau
au Maroc, en Tunisie, en Mauritanie et en Algérie, à la suite de trois ateliers
de consultation tenus en ligne en janvier 2021.

Nous vous remercions de bien vouloir en accuser réception.

Cordialement,

--
Aminata Koné
Coordinatrice régionale
Réseau Maghreb-Sahel des Associations de Migrants (RMSAM)
Rabat, Maroc
+212 6 61 48 20 93
"""
    pdf = tiny_pdf(["Reseau Maghreb-Sahel des Associations de Migrants (RMSAM)",
                    "Rapport volontaire collectif - Pacte mondial sur les migrations", "Fevrier 2021"],
                   "Rapport collectif RMSAM")
    meta = dict(from_name="Aminata Koné", from_email="coordination@rmsam.example.org",
                subject="Rapport volontaire collectif RMSAM – Pacte mondial", received_at=R(2, 11, 17, 26, 3),
                sender_tz=tz(1), mid="<b44c6f0e-19a2-4d77-a0c1-rmsam06@rmsam.example.org>", headers=THUNDERBIRD)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_collectif_RMSAM_PMM_2021.pdf"],
                 notes="collective report of a network of eight member associations; plain text only "
                       "(Thunderbird), signature after '--'")
    return meta, mixed(text(plain, cte="8bit"), attach(pdf, PDF, "Rapport_collectif_RMSAM_PMM_2021.pdf")), label


@message
def h44_07():
    plain = """Dear Sir/Madam,

The Amal Women's Legal Aid Centre would like to propose a speaker for Roundtable 2
on protecting the human rights of migrants.

Our proposed speaker is Ms. Hanan Qaddoumi, Senior Lawyer at the Centre, who leads
our work on detention monitoring and on cases of migrant domestic workers.

Or, if she is not available on the day, our Executive Director Ms. Samar Odeh
would take the floor instead.

With thanks and best wishes,
Lubna Masri
Project Assistant
Amal Women's Legal Aid Centre (AWLAC)
Amman, Jordan
Tel: +962 6 4650 331
"""
    meta = dict(from_name="Lubna Masri", from_email="lubna.masri@awlac.example.org",
                subject="Speaker proposal for Roundtable 2", received_at=R(2, 3, 13, 18, 51),
                mid="<DB8PR10MB3370AWLAC07@awlac.example.org>", headers=OUTLOOK)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Hanan Qaddoumi", "Senior Lawyer", "Amal Women's Legal Aid Centre (AWLAC)",
                              ["roundtable"], 2),
                           SP("Samar Odeh", "Executive Director", "Amal Women's Legal Aid Centre (AWLAC)",
                              ["roundtable"], 2)],
                 notes="speaker plus a substitute ('Or, if she is not available ... instead'): both listed, the "
                       "substitute second; affiliation by reference ('at the Centre') with the full name and "
                       "acronym in the signature; title before the name for the substitute")
    return meta, alt(plain, outlook_html(paras(plain), lang="EN-GB")), label


@message
def h44_08():
    plain = """بسم الله الرحمن الرحيم

جمهورية العراق
وزارة الهجرة والمهجرين
دائرة شؤون المغتربين
العدد: م.غ/٣/٢١٤
التاريخ: ٣ شباط ٢٠٢١

إلى / المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة

م / ترشيح متحدث

تحية طيبة...

استناداً إلى دعوتكم الكريمة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة
والنظامية، نرشح السيد أحمد كاظم الموسوي، مدير عام دائرة شؤون المغتربين، لإلقاء مداخلة في الجلسة العامة
يومي ٢٤–٢٥ شباط ٢٠٢١.

مع التقدير...

قسم العلاقات والإعلام
دائرة شؤون المغتربين – وزارة الهجرة والمهجرين
بغداد
"""
    meta = dict(from_name="دائرة شؤون المغتربين", from_email="relations@expat-dept.example.iq",
                subject="ترشيح متحدث - العدد م.غ/٣/٢١٤", received_at=R(2, 4, 10, 30, 18), sender_tz=tz(3),
                mid="<000c01d6fa55$e1b2c3d4$a5b6c7d8$@expat-dept.example.iq>", headers=OUTLOOK[:1])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("أحمد كاظم الموسوي", "مدير عام دائرة شؤون المغتربين",
                              "وزارة الهجرة والمهجرين", ["plenary"])],
                 notes="government letterhead, reference number and date pasted at the top of the body; 'السيد' "
                       "as Mr. is not part of the name; the title names the directorate, the ministry is the "
                       "affiliation; sender is an office, display name Arabic; Arabic-Indic digits")
    return meta, alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True)), label


@message
def h44_09():
    plain = """Bonjour, je souhaite intervenir à la table ronde 3 (diaspora et inclusion).
Moussa Traoré, Radio Sawt Al Mouhajir - Casablanca.
Merci

Envoyé de mon iPhone
"""
    meta = dict(from_name="Moussa Traoré", from_email="moussatraore.radio@gmail.example.com",
                subject="Intervention table ronde", received_at=R(2, 5, 19, 4, 37), sender_tz=tz(1),
                mid="<9E1C4A77-2F0B-4C1D-B3A8-5D6E7F809A1B@gmail.example.com>", headers=IPHONE)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Moussa Traoré", None, "Radio Sawt Al Mouhajir", ["roundtable"], 3)],
                 notes="short message written on a phone; no title (null); community radio whose name is "
                       "Arabic in Latin script, '- Casablanca' is its location; sent on the deadline day")
    return meta, text(plain, cte="qp"), label


@message
def h44_10():
    html = ('<div dir="ltr"><div>Hello GCM team,</div><div><br></div><div>I\'d love to contribute to the review as '
            "rapporteur for the stakeholders' key messages. Our network brings together around 120 musicians, "
            "painters and filmmakers with a migration background across Lebanon, Jordan and Egypt, and we have "
            "been collecting testimonies from members since last summer.</div><div><br></div><div>Looking forward "
            'to hearing from you!</div><div><br></div><div>Warmly,</div>-- <br><div dir="ltr" '
            'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Yara Nassif</b><div>Network '
            'Coordinator | <span style="color:#8e44ad">Mosaic Migrant Artists Network</span></div><div>+961 70 418 '
            '226</div><div><a href="http://www.mosaic-artists.example.org">www.mosaic-artists.example.org</a></div>'
            "</div></div></div>\n")
    meta = dict(from_name="Yara Nassif", from_email="yara@mosaic-artists.example.org",
                subject="Rapporteur - Mosaic", received_at=R(2, 2, 16, 51, 9),
                mid="<CAN4p0rT8sYw_mosaic10Qz@mail.gmail.com>", headers=GMAIL)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Yara Nassif", "Network Coordinator", "Mosaic Migrant Artists Network",
                              ["rapporteur"])],
                 notes="HTML-only Gmail message; the sender volunteers herself and her name, title and "
                       "organisation appear only in the signature ('Title | Organisation' on one line)")
    return meta, text(html, "html", cte="qp"), label


@message
def h44_11():
    new = """السلام عليكم،

رداً على رسالتكم أدناه، نرجو تسجيل طلبنا للمشاركة بمداخلة في المائدة المستديرة الرابعة (البيانات والتعاون الدولي):

الاسم: مها عثمان الطيب
الصفة: أمينة الشؤون الخارجية
الجهة: رابطة السودانيين في المهجر للتنمية

مع الشكر،
مها عثمان
"""
    quoted = """في الأحد، ٣١ يناير ٢٠٢١ في ١٠:١٢ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + quote(INVITE_AR)
    plain = new + "\n" + quoted + "\n"
    meta = dict(from_name="Maha Osman", from_email="maha.osman.sd@gmail.example.com",
                subject="Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(2, 3, 21, 40, 2), sender_tz=tz(2),
                mid="<CAB7sDn0_maha11Kq@mail.gmail.com>", in_reply_to="<invitation.2021-01-31@iom.int>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("مها عثمان الطيب", "أمينة الشؤون الخارجية", "رابطة السودانيين في المهجر للتنمية",
                              ["roundtable"], 4)],
                 notes="reply quoting the organisers' Arabic call ('>'-prefixed), which mentions voluntary "
                       "reports, every role and the misprinted '23 February' deadline; roundtable as ordinal word "
                       "'الرابعة'; labelled lines with 'الصفة'; signature uses a shorter form of the name")
    return meta, alt(plain, gmail_html(plain, rtl=True), cte="b64"), label


@message
def h44_12():
    plain = """Dear organisers,

Our Bishop's office has a speaker confirmed for the conference, and I have two
practical questions:
1. Will simultaneous interpretation Arabic/English/French be available on the Zoom
   platform, and will speakers need to test their connection beforehand?
2. When will the connection links be sent out?

Many thanks in advance.

Revd Canon Michael Awad
Diocesan Refugee & Migration Officer
Episcopal Diocese of Egypt - Office for Refugee Ministry
Zamalek, Cairo
"""
    meta = dict(from_name="Michael Awad", from_email="refugee.office@anglican-eg.example.org",
                subject="Interpretation and Zoom links", received_at=R(2, 10, 12, 7, 44),
                mid="<5f2a-awad12-ab3c@anglican-eg.example.org>", headers=APPLE)
    label = dict(category="other", language="en", acknowledge=True, speakers=[],
                 notes="logistics questions (interpretation, Zoom links) from a church office that mentions "
                       "an already confirmed speaker without proposing anyone")
    return meta, text(plain, cte="qp"), label


@message
def h44_13():
    fwd = """---------- Forwarded message ---------
De : Paul-Henri Ekotto <ph.ekotto@acct-tn.example.org>
Date: mar. 2 févr. 2021 à 18:22
Subject: Proposition d'intervenant pour la consultation
To: Bureau ACCT <bureau@acct-tn.example.org>

Chers membres du bureau,

Comme convenu lors de notre réunion de samedi, je propose que notre vice-présidente,
Mme Clarisse Ngo Mbida, représente l'Association des Camerounais de Tunisie (ACCT)
lors de la discussion ouverte de la consultation multipartite du 23 février.

Pouvez-vous transmettre cette proposition aux organisateurs ?

Paul-Henri"""
    plain = """Bonsoir,

Veuillez trouver ci-dessous la proposition de notre association pour la discussion
ouverte du 23 février. Merci de la prendre en compte.

Bien à vous,
Bureau ACCT

""" + fwd + "\n"
    meta = dict(from_name="Bureau ACCT", from_email="bureau@acct-tn.example.org",
                subject="Fwd: Proposition d'intervenant pour la consultation", received_at=R(2, 3, 19, 55, 26),
                sender_tz=tz(1), mid="<CAJq1ACCT13fwd_Zz0@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Clarisse Ngo Mbida", "vice-présidente", "Association des Camerounais de Tunisie (ACCT)",
                              ["open_discussion"])],
                 notes="forwarded internal message: the nomination is in the forwarded text, written by a member "
                       "to the association's own office; title lower-case before the name ('notre "
                       "vice-présidente, Mme ...'); sender is a shared mailbox")
    return meta, alt(plain, gmail_html(plain)), label


@message
def h44_14():
    plain = """مرحبا،

اسمي رهف الحلبي، لاجئة سورية مقيمة في بيروت منذ ٢٠١٤ وناشطة في قضايا النساء اللاجئات. أرغب بالمشاركة بمداخلة في المائدة المستديرة الثالثة حول الإدماج والحصول على الخدمات الأساسية، لأنقل تجربة النساء في المخيمات غير الرسمية.

شكراً لكم
رهف

أُرسلت من هاتفي Samsung Galaxy
"""
    meta = dict(from_name="Rahaf", from_email="rahaf.halabi94@gmail.example.com",
                subject="مشاركة", received_at=R(2, 4, 23, 12, 50),
                mid="<rahaf14-0f3d-4a11@email.android.com>", headers=ANDROID)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("رهف الحلبي", "ناشطة في قضايا النساء اللاجئات", None, ["roundtable"], 3)],
                 notes="individual refugee writing for herself from a phone: no organisation (affiliation null); "
                       "the 'title' is a self-description; one-word subject; display name is the first name only")
    return meta, text(plain, cte="b64"), label


@message
def h44_15():
    plain = """Dear GCM Review Secretariat,

Please find attached the voluntary review report of the Arab Forum of Organisations
of Persons with Disabilities (AFOPD) on the inclusion of migrants and refugees with
disabilities in GCM implementation (Objectives 15 and 17).

In addition, we kindly request a floor intervention in Roundtable 4 for:

Mr. Karim Saadeh - Policy and Advocacy Manager, AFOPD

Mr. Saadeh is a wheelchair user; we would be grateful if the online platform
supports screen readers and captioning.

Best regards,
Dalia Fares
Executive Secretary
Arab Forum of Organisations of Persons with Disabilities (AFOPD)
"""
    pdf = tiny_pdf(["Arab Forum of Organisations of Persons with Disabilities (AFOPD)",
                    "Voluntary GCM review report", "Migrants and refugees with disabilities"], "AFOPD GCM report")
    meta = dict(from_name="Dalia Fares", from_email="dalia.fares@afopd.example.org",
                subject="AFOPD voluntary report + speaker request (Roundtable 4)", received_at=R(2, 5, 15, 31, 0),
                mid="<VI1PR08MB5120AFOPD15@afopd.example.org>", headers=OUTLOOK)
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Karim Saadeh", "Policy and Advocacy Manager",
                              "Arab Forum of Organisations of Persons with Disabilities (AFOPD)", ["roundtable"], 4)],
                 report_attachments=["AFOPD Voluntary GCM Review Report.pdf"],
                 notes="both on time (received 5 February); the speaker line uses only the acronym, the full "
                       "name with acronym is in the body and signature; an accessibility request follows")
    return meta, mixed(alt(plain, outlook_html(paras(plain))),
                       attach(pdf, PDF, "AFOPD Voluntary GCM Review Report.pdf")), label


@message
def h44_16():
    plain = """Bonjour,

Je fais partie de la délégation de l'Union des Ivoiriens du Liban qui suivra la
conférence régionale. Est-ce que la conférence des 24 et 25 février se tient
uniquement en ligne, ou faut-il prévoir un visa pour le Liban ? Dans ce cas,
pouvez-vous nous fournir une lettre d'invitation pour le consulat ?

Merci d'avance,
Serge Kouassi
"""
    meta = dict(from_name="Serge Kouassi", from_email="serge.kouassi@yahoo.example.fr",
                subject="Question visa / lettre d'invitation", received_at=R(2, 6, 11, 20, 5),
                mid="<1198237.44.1612603205@mail.yahoo.example.fr>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[],
                 notes="visa / invitation-letter question; names an organisation and the conference dates but "
                       "proposes no speaker")
    return meta, text(plain, cte="qp", charset="utf-8"), label


@message
def h44_17():
    plain = """السادة الكرام،

مرفق طيه تقرير الاستعراض الطوعي المعد من قبل مشروع "مدن آمنة للنازحين والمهاجرين" التابع لموئل الأمم المتحدة
في الموصل، وهو يتناول الحصول على السكن والخدمات الأساسية للعائدين والمهاجرين.

نعتذر عن التأخير بسبب انقطاع الإنترنت في المدينة خلال الأيام الماضية.

مع التحية،
م. زينب الجبوري
مسؤولة المشروع
"""
    pdf = tiny_pdf(["UN-Habitat Iraq - Safe Cities for Displaced Persons and Migrants (Mosul)",
                    "Voluntary GCM review report", "Housing and basic services"], "Safe Cities report")
    part = attach(pdf, "application/octet-stream", "SafeCities_Mosul_GCM_report.pdf")
    meta = dict(from_name="Zainab Al-Jubouri", from_email="zainab.aljubouri@unhabitat-iq.example.org",
                subject="تقرير الاستعراض الطوعي - مشروع مدن آمنة", received_at=R(2, 18, 9, 14, 26),
                sender_tz=tz(3), mid="<zainab17.8821@unhabitat-iq.example.org>", headers=THUNDERBIRD)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["SafeCities_Mosul_GCM_report.pdf"],
                 notes="late (18 February) and apologises; the PDF is sent as application/octet-stream; UN-Habitat "
                       "project; 'م.' (engineer) in the signature")
    return meta, mixed(text(plain, cte="b64"), part), label


@message
def h44_18():
    new = """Dear GCM team,

Following up on my email below: unfortunately Mr. Georges Abi Nader will not be
able to attend because of a court hearing on 24 February, so please withdraw his
name from the plenary list. Ms. Maya Khoury remains our speaker for Roundtable 2.

Apologies for any inconvenience.

Best regards,
Rita Sfeir
Communications Officer
Hawiya Migrant Workers Support Centre
"""
    orig = h44_01()[0]
    quoted_src = h44_01()[1].get_payload()[0].get_payload(decode=True).decode("utf-8")
    quoted = ("From: Rita Sfeir <rita.sfeir@hawiya-lb.example.org>\nSent: Monday, February 1, 2021 11:41 AM\n"
              "To: gcmrrarabstates@iom.int\nSubject: " + orig["subject"] + "\n\n" + quoted_src)
    plain = new + "\n" + quoted
    meta = dict(from_name="Rita Sfeir", from_email="rita.sfeir@hawiya-lb.example.org",
                subject="RE: Speaking slots - Hawiya Centre", received_at=R(2, 4, 9, 3, 15), mid=MID[18],
                in_reply_to=MID[1], headers=OUTLOOK)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maya Khoury", "Programme Coordinator, Domestic Workers Unit",
                              "Hawiya Migrant Workers Support Centre", ["roundtable"], 2)],
                 thread_of="h44-01.eml",
                 notes="withdraws one of the two speakers of h44-01 (Outlook reply, original quoted without '>'); "
                       "remaining speaker's title only in the quoted original; the withdrawn speaker's labelled "
                       "block is still in the quote")
    return meta, alt(plain, outlook_html(paras(plain))), label


@message
def h44_19():
    plain = """Monsieur, Madame,

Je me permets de vous écrire, avec un peu de retard je le reconnais, pour proposer
l'intervention de notre syndicat lors de la séance plénière de la conférence
régionale :

- Nom : M. Abdelkrim Bennani
- Fonction : Secrétaire général
- Organisation : Fédération nationale des boulangers et pâtissiers (FNBP)

Les boulangeries marocaines emploient un nombre croissant de travailleurs migrants
subsahariens, souvent sans contrat ; nous souhaitons témoigner de cette réalité.

Veuillez agréer, Monsieur, Madame, l'expression de nos salutations distinguées.

Latifa Idrissi
Assistante de direction, FNBP
Casablanca
"""
    meta = dict(from_name="FNBP Secrétariat", from_email="secretariat@fnbp-ma.example.ma",
                subject="Demande d'intervention - FNBP", received_at=R(2, 8, 12, 36, 41), sender_tz=tz(1),
                mid="<000d01d6fe0a$fnbp19$2b1c$@fnbp-ma.example.ma>", headers=OUTLOOK[:1])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Abdelkrim Bennani", "Secrétaire général",
                              "Fédération nationale des boulangers et pâtissiers (FNBP)", ["plenary"])],
                 notes="late (8 February) and says so; bakers' union; labelled dashed list with 'M.' before "
                       "the name and a space before the colon; sender is an assistant")
    return meta, alt(plain, outlook_html(paras(plain), lang="FR")), label


@message
def h44_20():
    plain = """تحية طيبة،

نرجو التكرم بتزويدنا بجدول أعمال المؤتمر الإقليمي (٢٤–٢٥ شباط) وبرنامج المشاورة مع أصحاب المصلحة يوم ٢٣ شباط،
حتى نتمكن من تحديد الجلسات التي سيتابعها فريقنا.

ولكم جزيل الشكر،
سارة المنصوري
مؤسسة الخليج للبحوث الاجتماعية – الدوحة
"""
    meta = dict(from_name="سارة المنصوري", from_email="s.almansouri@gulfsrf.example.qa",
                subject="طلب جدول الأعمال", received_at=R(2, 12, 10, 2, 58), sender_tz=tz(3),
                mid="<sara20-agenda@gulfsrf.example.qa>", headers=APPLE)
    label = dict(category="other", language="ar", acknowledge=True, speakers=[],
                 notes="request for the agenda and consultation programme; no speaker and no report")
    return meta, text(plain, cte="qp"), label


@message
def h44_21():
    plain = """Bonjour à toute l'équipe,

Le Collectif des travailleurs migrants subsahariens au Maroc souhaite proposer
un intervenant pour la consultation multipartite du 23 février. Voici ses
coordonnées :

Nom et prénom :\tDIALLO Mamadou Saliou
Fonction :\tPorte-parole national
Structure :\tCollectif des travailleurs migrants subsahariens au Maroc (CTMSM)
Rôle souhaité :\tDiscussion ouverte ; présentation des messages clés (rapporteur)

Dans l'attente de votre retour, recevez nos meilleures salutations.

Ibrahima Sow
Chargé de communication – CTMSM
Tél. : +212 6 70 11 52 08
"""
    meta = dict(from_name="Ibrahima Sow", from_email="ibrahima.sow@ctmsm.example.org",
                subject="Proposition d'intervenant – CTMSM", received_at=R(2, 2, 8, 47, 19), sender_tz=tz(1),
                mid="<c0de21a1-ctmsm-4e5f@ctmsm.example.org>", headers=THUNDERBIRD)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("DIALLO Mamadou Saliou", "Porte-parole national",
                              "Collectif des travailleurs migrants subsahariens au Maroc (CTMSM)",
                              ["open_discussion", "rapporteur"])],
                 notes="migrant-led collective; tab-separated labelled lines with 'Nom et prénom' (surname in "
                       "capitals first); two roles on one line; 'au Maroc' is part of the organisation's name")
    return meta, text(plain, cte="8bit"), label


@message
def h44_22():
    plain = """Dear colleagues,

Apologies for the late submission, we only received the invitation this week.

We would like to propose our founder, Dr. Priya Fernando, Director of the Gulf
Domestic Workers Solidarity Network, Doha, for a floor intervention in
Roundtable 1 (regular pathways and decent work).

Thank you for your consideration.

Sent from my iPhone
"""
    meta = dict(from_name="Anjali Perera", from_email="anjali.gdwsn@gmail.example.com",
                subject="Speaker - Roundtable 1", received_at=R(2, 6, 0, 12, 44), sender_tz=tz(3),
                mid="<F0A1B2C3-22D4-4E5F-8A9B-0C1D2E3F4A5B@gmail.example.com>", headers=IPHONE)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Priya Fernando", "Director", "Gulf Domestic Workers Solidarity Network",
                              ["roundtable"], 1)],
                 notes="late by about 13 minutes (00:12 Beirut on 6 February; Date header 01:12 +0300); 'Dr.' not in the "
                       "name; ', Doha' is the location, not part of the name; sender nominates her founder and "
                       "gives no signature")
    return meta, text(plain, cte="qp"), label


@message
def h44_23():
    new = """شكراً جزيلاً على التأكيد، ونتمنى لكم التوفيق في أعمال المؤتمر.

نهى
"""
    quoted = """في ٩ فبراير ٢٠٢١ ١٠:١٢ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + quote("""شكراً لكم. نؤكد استلام تقرير الاستعراض الطوعي المرسل بتاريخ 9 شباط/فبراير 2021.
فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة""")
    plain = new + "\n" + quoted + "\n"
    meta = dict(from_name="نهى عبد العزيز", from_email="noha.abdelaziz@ncw-eg.example.org",
                subject="Re: تم استلام تقرير الاستعراض الطوعي", received_at=R(2, 9, 11, 3, 47),
                mid="<CAF8w2sQ0kT_ncw23thanks@mail.gmail.com>", in_reply_to=ACK_05,
                references=MID[5] + " " + ACK_05)
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], thread_of="h44-05.eml",
                 notes="thank-you reply to our acknowledgement of h44-05 (References names both): adds nothing "
                       "new, so no acknowledgement; the quoted acknowledgement mentions the voluntary report")
    return meta, alt(plain, gmail_html(plain, rtl=True), cte="b64"), label


@message
def h44_24():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour
des migrations sûres, ordonnées et régulières préparé par l'Observatoire
tunisien des migrations de retour (OTMR), consacré à la réintégration des
migrants tunisiens de retour de Libye et d'Italie.

Je reste à votre disposition pour toute question.

Cordialement,

Dr Mehdi Jaziri
Directeur de recherche
Observatoire tunisien des migrations de retour (OTMR)
Sfax, Tunisie

Ce message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le
destinataire, merci de le détruire et d'en avertir l'expéditeur.
"""
    docx = tiny_docx(["Observatoire tunisien des migrations de retour (OTMR)",
                      "Rapport volontaire d'examen du Pacte mondial sur les migrations", "Février 2021"])
    meta = dict(from_name="Mehdi Jaziri", from_email="mehdi.jaziri@otmr.example.tn",
                subject="Rapport volontaire OTMR", received_at=R(2, 16, 22, 41, 30), sender_tz=tz(1),
                mid="<otmr24.20210216.2141@otmr.example.tn>", headers=APPLE)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport volontaire OTMR – Pacte mondial 2021.docx"],
                 notes="on time on the last evening (22:41 Beirut on 16 February, Date header 21:41 +0100); "
                       "DOCX name with an en dash in RFC 2231 encoding; 'Dr' without a dot in the signature")
    return meta, mixed(alt(plain, f"<html><body>{paras(plain)}</body></html>\n"),
                       attach(docx, DOCX, "Rapport volontaire OTMR – Pacte mondial 2021.docx")), label


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = f"h44-{n:02d}.eml"
        assert fn.__name__ == f"h44_{n:02d}", fn.__name__
        meta, root, label = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(n, meta, root))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label.get("report_attachments", []),
                       "thread_of": label.get("thread_of"), "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout44"))
