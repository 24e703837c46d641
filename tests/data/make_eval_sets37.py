#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout37 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets37.py
An ordinary week of the gcmrrarabstates@iom.int mailbox (8 Arabic, 8 English, 8 French messages),
written without reading intake/ or rules/.  Each message is a function returning (meta, MIME root, label).
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
MAILBOX = "gcmrrarabstates@iom.int"
EET = dt.timezone(dt.timedelta(hours=2))


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(d: int, h: int, mi: int, s: int = 0, mo: int = 2) -> dt.datetime:
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF with Helvetica text (ASCII lines)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 6.4) >>").encode("latin-1"),
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


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid DOCX (zipfile only), fixed timestamps so the bytes are reproducible."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r>{rpr}<w:t xml:space="preserve">{xesc(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS),
                           ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def attach(data: bytes, subtype: str, filename: str, maintype_octet: bool = False, inline: bool = False):
    p = MIMEApplication(data, "octet-stream" if maintype_octet else subtype)
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    return p


# ----------------------------------------------------------------- text parts and client styles
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp", flowed: bool = False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, charset: str = "utf-8", cte: str = "qp"):
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    return m


def mixed(body, *parts):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for p in parts:
        m.attach(p)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
            f'<body lang={lang} link="#0563C1"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n')


def paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in p.split("\n")))
        for p in body.split("\n\n"))


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in body.split("\n"))


# ----------------------------------------------------------------- envelope
def hdr(s: str) -> str:
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
    dom = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 20))).astimezone(m.get("sender_tz", EET))
    relay = m.get("relay", "mail." + dom)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         "Received: from {0} ({0} [203.0.113.{1}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id {2}\r\n\tfor <{3}>; {4}"
         .format(relay, 20 + m["n"] * 5, m["qid"], MAILBOX, format_datetime(rat)),
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
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary("----=_Part_{}_{}.16121{:02d}".format(m["n"], k, m["n"]))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def outlook(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}Zp3mQ2kLr8sT1vWx0y==",
            "Content-Language: " + lang]



# ================================================================= the week's mail
MID = {
    "hotel": "<CAF3nZq0Lk2hW8yPz5_Rb1TdUo7iXe4sGj9mAc2v@mail.gmail.com>",
    "secr_q": "<DB8PR02MB5561A3C0F1E2D4B7A9C1E3F5D7B9A0C2@DB8PR02MB5561.eurprd02.prod.outlook.com>",
    "lawyers": "<5f1c2a9e-3b7d-4e21-9c8a-0d4e6f7a8b91@collectif-avocats.example.tn>",
    "ack_lawyers": "<ack.20210203.0921.4471@gcm-intake.iom.int>",
    "call": "<AM6PR02MB4023E1B2C3D4F5A6B7C8D9E0F1A2B3C4@AM6PR02MB4023.eurprd02.prod.outlook.com>",
}


@message
def port_union():
    plain = """Dear colleagues,

With reference to the invitation to the Regional Review of the Global Compact
for Migration in the Arab Region, the Aqaba Port and Dock Workers' General
Union would like to request a floor intervention in Roundtable 1 (regular
pathways and decent work) on 24-25 February.

Our speaker will be Mr. Fadi Qudah, Head of the Migrant Members' Committee of
the Union. Brother Fadi has been organising the Egyptian and South Asian dock
workers in the port since 2016 and speaks Arabic and English.

Kindly let us know if anything else is needed.

In solidarity,

Rania Tarawneh
International Relations Officer
Aqaba Port and Dock Workers' General Union (APDWGU)
Aqaba, Jordan | +962 3 201 4477
"""
    meta = dict(from_name="Rania Tarawneh", from_email="rania.tarawneh@apdwgu.example.jo",
                subject="Request for floor intervention - Roundtable 1 - APDWGU",
                received_at=R(1, 9, 14, 22), mid="<CAK7vR2pX9mQe4t_Lh0sNw3Bd8yUo1cZf6gJ5aE@mail.gmail.com>",
                relay="mail-wr1-f54.google.com")
    root = alt(plain, gmail_html(plain))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Fadi Qudah", "Head of the Migrant Members' Committee",
                              "Aqaba Port and Dock Workers' General Union (APDWGU)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="hard-wrapped Gmail prose; the sender (international relations officer) is not the speaker; "
                       "speaker's affiliation only as 'of the Union', the full name with acronym is in the signature; "
                       "'Aqaba, Jordan' on the next line is an address")
    return meta, root, label


@message
def sudanese_iraq():
    intro = ("السادة في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة المحترمين،\n\n"
             "تحية طيبة،\n\n"
             "تتشرف رابطة أبناء الجالية السودانية في العراق بأن ترشح الأشخاص المذكورين في الجدول أدناه "
             "للمشاركة في أعمال المشاورة والمؤتمر الإقليمي:")
    rows = [("الاسم", "الصفة", "الجهة", "المشاركة المطلوبة"),
            ("الأستاذ عثمان الطيب حمد النيل", "رئيس الرابطة", "رابطة أبناء الجالية السودانية في العراق",
             "النقاش المفتوح في المشاورة (23 شباط)"),
            ("السيدة إخلاص عبد الرحيم", "منسقة ملف العاملات المهاجرات", "رابطة أبناء الجالية السودانية في العراق",
             "المائدة المستديرة الثانية")]
    outro = "مع فائق الشكر والتقدير،\n\nمحمد صالح كرار\nأمين العلاقات الخارجية\nرابطة أبناء الجالية السودانية في العراق\nبغداد – الكرادة\nجوال: 07701234567"
    table = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 dir=rtl>" + "".join(
        "<tr>{}</tr>".format("".join(f"<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{escape(c)}</p></td>" for c in r)) for r in rows) + "</table>"
    html = outlook_html(paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro), lang="AR-IQ", rtl=True)
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    meta = dict(from_name="محمد صالح كرار", from_email="relations@sudan-iraq-league.example.org",
                subject="ترشيح متحدثين - الاستعراض الإقليمي للاتفاق العالمي للهجرة", received_at=R(1, 13, 40, 5),
                sender_tz=tz(3), mid="<000801d6f88a$2b4c6d80$81e54880$@sudan-iraq-league.example.org>",
                extra=outlook(2, "ar-iq"))
    aff = "رابطة أبناء الجالية السودانية في العراق"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عثمان الطيب حمد النيل", "رئيس الرابطة", aff, ["open_discussion"]),
                           SP("إخلاص عبد الرحيم", "منسقة ملف العاملات المهاجرات", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook HTML table (plain part tab-separated); two speakers with different roles; honorifics "
                       "الأستاذ/السيدة in the name cells; 'في العراق' is part of the league's name; "
                       "the sender (signature) is not a speaker")
    return meta, alt(plain, html), label


@message
def chad_morocco():
    plain = """Bonjour,

Suite à l'appel à participation reçu via le réseau Migrations & Droits, je
souhaiterais prendre la parole lors de la table ronde 3 (inclusion sociale,
accès aux services de base, transferts de fonds et diaspora), le 24 ou le
25 février.

Je reste disponible pour tout complément d'information.

Bien cordialement,

--
Achta Mahamat Nour
Chargée de plaidoyer
Association des Ressortissants Tchadiens au Maroc (ARTM)
Hay Riad, Rabat
Tél. : +212 6 61 48 22 07
"""
    meta = dict(from_name="Achta Mahamat Nour", from_email="achta.nour@artm-maroc.example.ma",
                subject="Demande de prise de parole - table ronde 3", received_at=R(2, 10, 5, 41), sender_tz=tz(1),
                mid="<a3c9e1f2-77d4-4b0a-8f61-2c5e9d0b4a17@artm-maroc.example.ma>",
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
                       "Content-Language: fr"])
    root = text(plain, "plain", "utf-8", None, flowed=True)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Achta Mahamat Nour", "Chargée de plaidoyer",
                              "Association des Ressortissants Tchadiens au Maroc (ARTM)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="first person ('je souhaiterais prendre la parole'): name, title and affiliation only in the "
                       "Thunderbird signature after '--'; 'au Maroc' is part of the name, 'Hay Riad, Rabat' is an "
                       "address; a decoy network name in the body")
    return meta, root, label


@message
def network_report():
    plain = """Dear GCM Regional Review team,

On behalf of the Arab Network of Migrant-Led Organisations (ANMLO), please find
attached our collective voluntary GCM review report. The report was drafted
jointly by 11 member organisations in Jordan, Lebanon, Iraq, Kuwait, Bahrain and
Oman, following three online consultations held in December and January.

The report focuses on Objectives 6, 7, 15 and 16, and includes a short annex of
testimonies collected from domestic workers and construction workers.

We would be grateful for a confirmation of receipt.

Best regards,
Joyce Mwende
Network Coordinator, ANMLO
Tel/WhatsApp: +961 70 118 392

-----
This e-mail and any attachments are confidential and intended solely for the
addressee. If you received it in error please notify the sender and delete it.
"""
    pdf = tiny_pdf(["Arab Network of Migrant-Led Organisations (ANMLO)",
                    "Collective Voluntary GCM Review Report - Arab Region 2021",
                    "Endorsed by 11 member organisations", "1. Introduction", "2. Objectives 6, 7, 15, 16"],
                   "ANMLO collective GCM review report")
    fn = "ANMLO_Collective_Voluntary_GCM_Review_2021.pdf"
    meta = dict(from_name="Joyce Mwende", from_email="coordination@anmlo.example.org",
                subject="Collective voluntary GCM review report - ANMLO", received_at=R(2, 16, 30, 12),
                mid="<CAN2sT8qW1zXe7_Yk3pLm0aRf9dH4cVb6uJ2oIg@mail.gmail.com>", relay="mail-ej1-f45.google.com")
    root = mixed(alt(plain, gmail_html(plain)), attach(pdf, "pdf", fn))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[fn], thread_of=None,
                 notes="collective report of a network (11 members); PDF attachment; confidentiality disclaimer; "
                       "early submission, nothing about speaking")
    return meta, root, label


@message
def visa_libya():
    plain = """السلام عليكم ورحمة الله،

أنا مسؤول البرامج في منظمة فزان لحقوق المهاجرين في سبها، ونرغب بالمشاركة في المؤتمر الإقليمي
يومي 24 و25 فبراير. سؤالي: هل سيكون الحضور شخصياً في بيروت أم عبر الإنترنت فقط؟
وفي حال كان حضورياً، هل تساعد المنظمة الدولية للهجرة في إصدار تأشيرة الدخول إلى لبنان لحاملي
جواز السفر الليبي؟ وما هي الوثائق المطلوبة ومتى يجب تقديمها؟

شكراً جزيلاً

علي بشير القطروني
منظمة فزان لحقوق المهاجرين
"""
    meta = dict(from_name="Ali Alqatroni", from_email="ali.qatroni@fezzan-mr.example.ly",
                subject="استفسار بخصوص التأشيرة والحضور", received_at=R(2, 18, 2, 33),
                mid="<CAB9xY2kR4wP7_mNq1sLt5eVd0fHu3oZj8gA6cX@mail.gmail.com>", relay="mail-wm1-f67.google.com")
    root = alt(plain, gmail_html(plain, rtl=True))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / attendance question; mentions wanting to take part in the conference but proposes no "
                       "speaker and asks for no speaking role; Latin-script From display name on an Arabic message")
    return meta, root, label


@message
def lawyers_secretary():
    plain = """Madame, Monsieur,

J'ai l'honneur de vous écrire au nom de Maître Hédi Ben Romdhane, Président du
Collectif des Avocats Bénévoles pour les Droits des Migrants (CABDM), qui
souhaite intervenir lors de la séance plénière de la Conférence régionale
d'examen du Pacte mondial (24-25 février 2021).

Maître Ben Romdhane, actuellement en déplacement, m'a chargée de vous
transmettre cette demande. Il pourra intervenir en arabe ou en français.

Je vous prie d'agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Sonia Trabelsi
Assistante de direction
Collectif des Avocats Bénévoles pour les Droits des Migrants - Tunis
15, rue de Marseille, 1000 Tunis
Tél. : +216 71 256 930 / Fax : +216 71 256 931
"""
    inner = paras(plain)
    meta = dict(from_name="Sonia Trabelsi", from_email="secretariat@collectif-avocats.example.tn",
                subject="Demande d'intervention - séance plénière - CABDM", received_at=R(3, 9, 20, 8),
                sender_tz=tz(1), mid=MID["lawyers"], extra=outlook(6, "fr-FR"))
    root = alt(plain, outlook_html(inner, "FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hédi Ben Romdhane", "Président",
                              "Collectif des Avocats Bénévoles pour les Droits des Migrants (CABDM)", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="a secretary writes for her organisation's president; honorific 'Maître' not part of the name; "
                       "the signer (Assistante de direction) is not the speaker; ' - Tunis' in the signature is a location")
    return meta, root, label


@message
def disabled_qatar():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt;"><p>Hello,</p>
<p>I am writing from the <strong>Migrants with Disabilities Network - Gulf (MDN-Gulf)</strong>. We would like
to request a floor intervention for one of our members in <u>Roundtable 3</u> on social inclusion and access
to basic services.</p>
<p>Speaker: <b>Mr. Rajan Pillai</b><br>Organisation: Migrants with Disabilities Network - Gulf (MDN-Gulf)</p>
<p>Mr. Pillai is a wheelchair user and will need captioning or a sign-language-friendly platform;
could you please tell us what accessibility arrangements are planned?</p>
<p>Kind regards,<br>Hana Saleh<br>MDN-Gulf volunteer team<br>Doha</p>
</div>
<div id="signature"><hr><span style="font-size:8pt;color:#888">Sent with Roundcube Webmail</span></div>
</body></html>
"""
    meta = dict(from_name="MDN-Gulf", from_email="mdn.gulf@webmail.example.qa",
                subject="Roundtable 3 - speaker from MDN-Gulf", received_at=R(3, 14, 11, 50), sender_tz=tz(3),
                mid="<8d3f0a61c2b94e7a5f1d@webmail.example.qa>", extra=["User-Agent: Roundcube Webmail/1.4.10"])
    root = text(html, "html", "utf-8", "qp")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rajan Pillai", None, "Migrants with Disabilities Network - Gulf (MDN-Gulf)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only webmail message (no text/plain); no title given for the speaker; the affiliation's "
                       "' - Gulf' is part of the name (acronym MDN-Gulf), 'Doha' under the signature is a location; "
                       "accessibility question inside the request; From display name is the acronym")
    return meta, root, label


@message
def relief_oman_letter():
    plain = "السلام عليكم،\n\nمرفق طيه ترشيحنا.\n\nمع التحية\nمكتب الشراكات\n"
    letter = ["جمعية الإحسان الخيرية للإغاثة - سلطنة عمان",
              "مسقط في 3 فبراير 2021",
              "إلى: أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
              "الموضوع: ترشيح متحدث",
              "تحية طيبة وبعد،",
              "يسر جمعية الإحسان الخيرية للإغاثة أن ترشح الدكتور سالم بن حمد الحارثي، نائب رئيس مجلس الإدارة "
              "للشؤون الإنسانية، لتقديم مداخلة في الجلسة العامة للمؤتمر الإقليمي، كما نأمل أن يتاح له "
              "المشاركة في المائدة المستديرة الأولى حول العمل اللائق ومسارات الهجرة النظامية.",
              "وتفضلوا بقبول فائق الاحترام،",
              "المدير التنفيذي",
              "جمعية الإحسان الخيرية للإغاثة"]
    fn = "خطاب ترشيح - جمعية الإحسان.docx"
    meta = dict(from_name="Partnerships Office", from_email="partnerships@ihsan-relief.example.om",
                subject="ترشيح", received_at=R(3, 20, 45, 3), sender_tz=tz(4),
                mid="<000f01d6fa56$9e8d7c60$db7a7520$@ihsan-relief.example.om>", extra=outlook(8, "ar-om"))
    root = mixed(alt(plain, outlook_html(paras(plain), "AR-OM", rtl=True)),
                 attach(tiny_docx(letter, rtl=True), DOCX, fn))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سالم بن حمد الحارثي", "نائب رئيس مجلس الإدارة للشؤون الإنسانية",
                              "جمعية الإحسان الخيرية للإغاثة", ["plenary", "roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="the body only says 'مرفق طيه ترشيحنا': speaker, title, affiliation and roles are in the "
                       "attached Word letter (Arabic file name, RFC 2231), which is a nomination, not a report; "
                       "'- سلطنة عمان' in the letterhead is the country; plenary plus roundtable 1")
    return meta, root, label


@message
def niger_phone():
    plain = """Bonjour
Je veux parler a la table ronde 2 svp (protection droits des migrants)
Moussa Garba Abdou, Association des Jeunes Nigériens de Tripoli
Merci

Envoyé de mon iPhone"""
    meta = dict(from_name="Moussa Garba", from_email="moussagarba.ajnt@gmail.example.com",
                subject="Table ronde 2", received_at=R(4, 7, 58, 14), lag=65,
                mid="<7B1E4C2D-9A30-4F6E-8C15-2D7A9E3B0F48@gmail.example.com>",
                extra=["X-Mailer: iPhone Mail (18C66)"])
    root = text(plain, "plain", "utf-8", "qp")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Moussa Garba Abdou", None, "Association des Jeunes Nigériens de Tripoli",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message, no accents on 'a', no title; 'de Tripoli' is part of the association's "
                       "name; From display name shorter than the name in the body")
    return meta, root, label


@message
def undp_agenda():
    plain = """Dear Secretariat,

Could you kindly share the draft agenda of the Regional Review Conference
(24-25 February) and of the multi-stakeholder consultation on 23 February?
Our project team would like to know at what time each of the four thematic
roundtables is scheduled, so that colleagues from our partner municipalities
can plan to follow the sessions.

Many thanks in advance,

Layla Hammoudi
Project Analyst
Local Governance and Migration Project, UNDP Iraq
"""
    meta = dict(from_name="Layla Hammoudi", from_email="layla.hammoudi@undp.example.org",
                subject="Request for agenda - GCM Regional Review", received_at=R(4, 11, 30, 44), sender_tz=tz(3),
                mid="<BY5PR11MB4021C5D7E9A1B3C5D7E9F1A3B5C7D9E1@BY5PR11MB4021.namprd11.prod.outlook.com>",
                extra=outlook(10, "en-US"))
    root = alt(plain, outlook_html(paras(plain)))
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the agenda from a UN project; mentions roundtables and the consultation but asks "
                       "for no speaking role")
    return meta, root, label


@message
def stats_report():
    plain = ("السادة المنظمة الدولية للهجرة – المكتب الإقليمي المحترمين\n\nتحية طيبة وبعد،\n\n"
             "نرفق لكم طيه التقرير الطوعي للمعهد الوطني للإحصاء والدراسات السكانية بشأن تنفيذ الاتفاق العالمي\n"
             "من أجل الهجرة، ولا سيما الهدف الأول المتعلق بجمع البيانات الدقيقة والمصنفة.\n\n"
             "مع الاحترام\n\nد. ليلى عبد الكريم الجبوري\nمديرة قسم إحصاءات الهجرة\n"
             "المعهد الوطني للإحصاء والدراسات السكانية\nهاتف: 7814 555 770 964+\n")
    fn = "التقرير الطوعي - المعهد الوطني للإحصاء 2021.docx"
    doc = tiny_docx(["التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة", "الهدف 1: البيانات"], rtl=True)
    meta = dict(from_name="ليلى الجبوري", from_email="l.aljubouri@nisps.example.iq",
                subject="التقرير الطوعي - الاتفاق العالمي من أجل الهجرة", received_at=R(4, 13, 5, 9), sender_tz=tz(3),
                mid="<001a01d6fae3$44c1d2e0$ce4578a0$@nisps.example.iq>", extra=outlook(11, "ar-iq"))
    root = mixed(alt(plain, outlook_html(paras(plain), "AR-IQ", rtl=True)), attach(doc, DOCX, fn))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[], report_attachments=[fn],
                 thread_of=None,
                 notes="government statistics institute; DOCX with an Arabic file name (RFC 2231); Arabic-Indic "
                       "layout of the phone number; signature with honorific د.")
    return meta, root, label


CALL_EN = """Dear partners,

IOM and ESCWA, on behalf of the Regional UN Network on Migration, are pleased to
invite you to the Regional Review of the Global Compact for Safe, Orderly and
Regular Migration in the Arab Region.

Stakeholders wishing to take a speaking role (open discussion of the
multi-stakeholder consultation on 23 February, rapporteur delivering the key
messages, floor intervention in the plenary or in one of the four thematic
roundtables on 24-25 February) are invited to send the name, title and
organisational affiliation of the speaker to gcmrrarabstates@iom.int by
Friday 5 February 2021. Voluntary GCM review reports can be submitted to the
same address by 16 February 2021.

GCM Regional Review Secretariat"""


@message
def rohingya_reply():
    new = """Dear GCM Regional Review Secretariat,

Thank you for this invitation. The Rohingya Women's Solidarity Circle would
like to propose Ms. Rashida Begum, our Programme Lead, to act as rapporteur
delivering the key messages of the stakeholders' consultation. Rashida has
facilitated the Rohingya community consultations in Jeddah and Riyadh.

Warm regards,
Nur Aisha Khatun
Founder, Rohingya Women's Solidarity Circle (RWSC)
+966 55 301 8824
"""
    plain = new + "\n________________________________\nFrom: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n" \
        "Sent: Thursday, January 21, 2021 10:02 AM\nSubject: Invitation - Regional Review of the GCM in the Arab Region\n\n" \
        + CALL_EN + "\n"
    meta = dict(from_name="Nur Aisha Khatun", from_email="nur.khatun@rwsc.example.org",
                subject="RE: Invitation - Regional Review of the GCM in the Arab Region", received_at=R(4, 15, 47, 30),
                sender_tz=tz(3), mid="<VI1PR04MB5150D2E4F6A8B0C2D4E6F8A0B2C4D6E8@VI1PR04MB5150.eurprd04.prod.outlook.com>",
                in_reply_to=MID["call"], references=MID["call"], extra=outlook(12, "en-GB"))
    root = alt(plain, outlook_html(paras(plain), "EN-GB"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rashida Begum", "Programme Lead", "Rohingya Women's Solidarity Circle (RWSC)",
                              ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="Outlook reply quoting the organisers' call (which lists every role, both deadlines and the "
                       "mailbox address); the new text proposes one rapporteur; the founder signing is not the speaker; "
                       "acronym only in the signature")
    return meta, root, label


@message
def gender_report_octet():
    plain = """Bonjour,

Veuillez trouver ci-joint la contribution du Centre d'Études Genre et
Migrations de l'Université Ibn Rochd de Fès à l'examen
volontaire du Pacte mondial : rapport d'examen volontaire, février 2021.

Cordialement,

Pr. Naima El Ouazzani
Directrice, Centre d'Études Genre et Migrations
"""
    fn = "Rapport_examen_volontaire_CEGM_2021.pdf"
    pdf = tiny_pdf(["Centre d'Etudes Genre et Migrations", "Rapport d'examen volontaire du Pacte mondial 2021"],
                   "Rapport CEGM")
    meta = dict(from_name="Naima El Ouazzani", from_email="n.elouazzani@cegm.example.ac.ma",
                subject="Rapport d'examen volontaire PMM - CEGM", received_at=R(4, 17, 22, 10), sender_tz=tz(1),
                mid="<20210204162152.Horde.x7QkP2mN4vR8sT1wYz0aB3c@webmail.example.ac.ma>",
                extra=["User-Agent: Horde Application Framework 5"])
    root = mixed(text(plain, "plain", "utf-8", "qp"), attach(pdf, "pdf", fn, maintype_octet=True))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[], report_attachments=[fn],
                 thread_of=None,
                 notes="the PDF is sent as application/octet-stream (only the .pdf file name tells); academic "
                       "gender studies centre; plain text only")
    return meta, root, label


@message
def hotel_first():
    plain = ("مرحباً،\n\nنود في جمعية عمال الفنادق والسياحة المهاجرين تسجيل الزميل خالد المومني للحديث في المائدة "
             "المستديرة الأولى عن أوضاع العمال المهاجرين في قطاع الفنادق.\n\nشكراً\nهبة النعيمات\n")
    meta = dict(from_name="هبة النعيمات", from_email="hiba.nuaimat@gmail.example.com",
                subject="تسجيل متحدث - المائدة المستديرة الأولى", received_at=R(4, 19, 10, 2),
                mid=MID["hotel"], relay="mail-lj1-f170.google.com")
    root = alt(plain, gmail_html(plain, rtl=True))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد المومني", None, "جمعية عمال الفنادق والسياحة المهاجرين", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="title missing (the secretariat asks for it; the answer follows); affiliation only inside the "
                       "sentence ('نود في جمعية ...'); 'الزميل' is not part of the name")
    return meta, root, label


@message
def hotel_reply():
    new = ("أهلاً بكم،\n\nالمسمى الوظيفي للزميل خالد المومني: نائب رئيس الجمعية ومسؤول ملف العمال المهاجرين.\n\n"
           "مع الشكر\nهبة\n")
    quoted = ("في الخميس، 4 فبراير 2021 في 8:31 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:\n"
              + quote("السيدة هبة المحترمة،\nشكراً لرسالتكم. يرجى تزويدنا بالمسمى الوظيفي للمتحدث المقترح.\n"
                      "مع التحية\nأمانة المراجعة الإقليمية\n\nفي الخميس، 4 فبراير 2021 في 7:09 م، كتب هبة النعيمات:\n"
                      "> نود في جمعية عمال الفنادق والسياحة المهاجرين تسجيل الزميل خالد المومني للحديث في المائدة "
                      "المستديرة الأولى"))
    plain = new + "\n" + quoted + "\n"
    meta = dict(from_name="هبة النعيمات", from_email="hiba.nuaimat@gmail.example.com",
                subject="Re: تسجيل متحدث - المائدة المستديرة الأولى", received_at=R(5, 12, 33, 40),
                mid="<CAF3nZq3Pp7vD1eXk9_Ws4HbYr2mUc8tLa0nQf5j@mail.gmail.com>", relay="mail-lj1-f171.google.com",
                in_reply_to=MID["secr_q"], references=MID["hotel"] + "\r\n " + MID["secr_q"])
    root = alt(plain, gmail_html(plain, rtl=True))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد المومني", "نائب رئيس الجمعية ومسؤول ملف العمال المهاجرين",
                              "جمعية عمال الفنادق والسياحة المهاجرين", ["roundtable"], 1)],
                 report_attachments=[], thread_of="hotel_first",
                 notes="reply to the secretariat's question adding the missing title; affiliation and roundtable only "
                       "in the quoted earlier message; References names the first message")
    return meta, root, label


@message
def radio_both():
    plain = """Bonjour à toute l'équipe,

L'émission radiophonique « Voix des Femmes Migrantes » (Radio Citoyenne
Casablanca) vous adresse :

1) son rapport d'examen volontaire du Pacte mondial, en pièce jointe ;
2) une demande d'intervention à la table ronde 3 pour notre animatrice,
   Mme Grace Ngo Mbarga, Rédactrice en chef de l'émission « Voix des Femmes
   Migrantes ».

Merci d'avance et belle journée,

Fatima-Zahra Bennani
Productrice
"""
    fn = "VFM_rapport_volontaire_PMM.pdf"
    pdf = tiny_pdf(["Voix des Femmes Migrantes", "Rapport d'examen volontaire - PMM 2021"], "VFM rapport")
    meta = dict(from_name="Fatima-Zahra Bennani", from_email="vfm.radio@gmail.example.com",
                subject="Rapport + demande d'intervention - Voix des Femmes Migrantes", received_at=R(5, 16, 40, 0),
                sender_tz=tz(1), mid="<CAJ0pL5wT2nV9_bXs7QkM3dRe1yHf6uZc4oGa8i@mail.gmail.com>",
                relay="mail-ed1-f41.google.com")
    root = mixed(alt(plain, gmail_html(plain)), attach(pdf, "pdf", fn))
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Grace Ngo Mbarga", "Rédactrice en chef de l'émission « Voix des Femmes Migrantes »",
                              "Voix des Femmes Migrantes", ["roundtable"], 3)],
                 report_attachments=[fn], thread_of=None,
                 notes="both in one numbered list; women migrants' radio programme hosted by a radio station (the "
                       "station in brackets is the host, not the programme's name); French guillemets; on time for "
                       "both deadlines")
    return meta, root, label


@message
def ilo_nomination():
    plain = """Dear colleagues,

The ILO Regional Office for Arab States would like to nominate a worker
representative rather than an ILO official for the plenary floor intervention:

  Name: Ms. Maria Santos Dela Cruz
  Title: Chairperson
  Organisation: Kuwait Domestic Workers' Association (KDWA)

Ms. Dela Cruz can be reached through us. We would also be happy for the ILO to
be listed as supporting this intervention.

Best regards,

Tomas Lindqvist
Senior Migration Specialist
ILO Regional Office for Arab States
Aresco Centre, Justinien Street, Kantari, Beirut
T: +961 1 752 400 | lindqvist@ilo.example.org

Confidentiality notice: this message may contain privileged information.
"""
    meta = dict(from_name="Tomas Lindqvist", from_email="lindqvist@ilo.example.org",
                subject="Nomination for plenary floor intervention", received_at=R(5, 21, 55, 31),
                mid="<PR3PR08MB5674B1D3F5A7C9E1B3D5F7A9C1E3B5D7@PR3PR08MB5674.eurprd08.prod.outlook.com>",
                extra=outlook(17, "en-US"))
    root = alt(plain, outlook_html(paras(plain)))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maria Santos Dela Cruz", "Chairperson", "Kuwait Domestic Workers' Association (KDWA)",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="a UN agency nominates someone from another organisation; labelled lines; the sender's own "
                       "organisation (ILO) must not become the speaker's affiliation; late evening but on time")
    return meta, root, label


@message
def orthodox_relief():
    plain = ("حضرات المسؤولين عن المراجعة الإقليمية المحترمين،\n\nنتقدم بطلب مشاركة قدس الأب يوحنا الحداد، مدير مكتب "
             "الإغاثة والتنمية التابع لمطرانية الروم الأرثوذكس في عمّان، في الجلسة العامة وفي المائدة المستديرة "
             "الثالثة (الإدماج الاجتماعي والخدمات الأساسية) إن أمكن.\n\nمع المحبة والتقدير\nجورج نصراوي\n"
             "منسق البرامج\n\nSent from my Samsung Galaxy smartphone.\n")
    meta = dict(from_name="George Nasrawi", from_email="g.nasrawi@orthodox-relief.example.jo",
                subject="طلب مشاركة", received_at=R(5, 23, 40, 12), lag=70,
                mid="<kc0f9d2a-4e1b-49aa-b7c3-2f8e5d6a1c90@email.android.com>")
    root = text(plain, "plain", "utf-8", "b64")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("يوحنا الحداد",
                              "مدير مكتب الإغاثة والتنمية التابع لمطرانية الروم الأرثوذكس في عمّان",
                              "مكتب الإغاثة والتنمية التابع لمطرانية الروم الأرثوذكس في عمّان",
                              ["plenary", "roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="20 minutes before the speaker deadline (on time); clerical honorific 'قدس الأب' not part of "
                       "the name; title and affiliation are fused ('مدير مكتب ... في عمّان'); two roles; base64 body")
    return meta, root, label


@message
def somali_late():
    plain = """Good evening,

Sorry for the late reply, our board only met tonight. The Somali Diaspora
Association in Oman would like to propose two speakers for Roundtable 2:

- Dr. Abdirahman Warsame Hersi, Secretary-General, Somali Diaspora Association in Oman
- Ms. Hodan Farah Yusuf (youth committee member)

Best,
Abdirahman
"""
    meta = dict(from_name="Abdirahman Hersi", from_email="sg@somali-oman.example.om",
                subject="Speakers Roundtable 2 - Somali Diaspora Association", received_at=R(6, 0, 20, 45),
                sender_tz=tz(4), mid="<CAM4tY7wN0pK2_Rz8qLs5eBv1dFj3xHg9uIc6oT@mail.gmail.com>",
                relay="mail-pl1-f182.google.com")
    root = alt(plain, gmail_html(plain))
    aff = "Somali Diaspora Association in Oman"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Abdirahman Warsame Hersi", "Secretary-General", aff, ["roundtable"], 2),
                           SP("Hodan Farah Yusuf", "youth committee member", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="late: received 6 Feb 00:20 Beirut time (Date header 02:20 +04:00); two speakers, the first "
                       "is also the sender; second speaker's role in brackets, affiliation implied")
    return meta, root, label


@message
def lawyers_thanks():
    plain = """Bonjour,

Merci beaucoup pour votre accusé de réception. Je transmets à Maître Ben Romdhane.

Bonne journée,
Sonia Trabelsi

> Le 3 févr. 2021 à 09:21, GCM Regional Review Arab States a écrit :
> Nous accusons réception de votre demande d'intervention.
"""
    meta = dict(from_name="Sonia Trabelsi", from_email="secretariat@collectif-avocats.example.tn",
                subject="RE: Accusé de réception - Demande d'intervention - séance plénière - CABDM",
                received_at=R(6, 9, 15, 20), sender_tz=tz(1), mid="<7e2a9c40-1d3b-4f55-a8e6-93b0c1d2e4f7@collectif-avocats.example.tn>",
                in_reply_to=MID["ack_lawyers"], references=MID["lawyers"] + "\r\n " + MID["ack_lawyers"],
                extra=outlook(20, "fr-FR"))
    root = text(plain, "plain", "utf-8", "qp")
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="lawyers_secretary",
                 notes="thank-you replying to our acknowledgement, adds nothing new: do not acknowledge; quotes the "
                       "acknowledgement")
    return meta, root, label


@message
def oujda_late():
    plain = """Madame, Monsieur,

Le Conseil communal d'Oujda souhaite être représenté à la table ronde n° 3
(inclusion et cohésion sociales) de la Conférence régionale. Nous proposons
M. Youssef Benkirane, Vice-président chargé des affaires sociales et de la
migration.

Nous nous excusons pour ce léger retard dû aux délais de validation internes.

Veuillez agréer nos salutations distinguées.

Le Cabinet du Président
Conseil communal d'Oujda
"""
    meta = dict(from_name="Cabinet du Président - Commune d'Oujda", from_email="cabinet@commune-oujda.example.ma",
                subject="Participation du Conseil communal d'Oujda - table ronde 3", received_at=R(8, 11, 0, 4),
                sender_tz=tz(1), mid="<000d01d6fe0c$11a2b3c0$34e71b40$@commune-oujda.example.ma>",
                extra=outlook(21, "fr-MA"))
    root = alt(plain, outlook_html(paras(plain), "FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Youssef Benkirane", "Vice-président chargé des affaires sociales et de la migration",
                              "Conseil communal d'Oujda", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 Feb) and says so; municipal council, the city is part of its name; title wrapped "
                       "across two lines; 'table ronde n° 3'")
    return meta, root, label


@message
def libya_forward():
    fn = "Fezzan_MR_Voluntary_Report_2021.pdf"
    plain = ("للعلم، مرفق تقرير المنظمة كما أرسلته الزميلة أمس، يرجى اعتماده.\n\nعلي القطروني\n\n"
             "---------- Forwarded message ---------\nFrom: Salma Agila <s.agila@fezzan-mr.example.ly>\n"
             "Date: Thu, 11 Feb 2021 at 18:05\nSubject: التقرير الطوعي\nTo: Ali Alqatroni <ali.qatroni@fezzan-mr.example.ly>\n\n"
             "علي، هذا التقرير الطوعي النهائي لمنظمة فزان لحقوق المهاجرين، أرجو إرساله لبريد الاستعراض الإقليمي.\n"
             "سلمى\n")
    pdf = tiny_pdf(["Fezzan Organisation for Migrants' Rights", "Voluntary GCM Review Report 2021"], "Fezzan report")
    meta = dict(from_name="Ali Alqatroni", from_email="ali.qatroni@fezzan-mr.example.ly",
                subject="Fwd: التقرير الطوعي", received_at=R(12, 10, 45, 0),
                mid="<CAB9xY2kT7vQ1_nRp4sLu8eWd3fJk6oZa2gB9cY@mail.gmail.com>", relay="mail-wm1-f68.google.com")
    root = mixed(alt(plain, gmail_html(plain, rtl=True)), attach(pdf, "pdf", fn))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[], report_attachments=[fn],
                 thread_of=None,
                 notes="Gmail forward of a colleague's message; the report author is in the forwarded header; same "
                       "sender as the earlier visa question (not a thread of it)")
    return meta, root, label


@message
def fr_logistics():
    plain = """Bonjour,

Notre intervenante étant retenue pour la table ronde 2, pourriez-vous nous
préciser la plateforme utilisée (Zoom ou Teams), s'il y aura une
interprétation simultanée arabe-français, et la durée prévue pour chaque
intervention ?

Merci d'avance,
Céline Morel
Chargée de mission, Plateforme Euro-Maghreb Migrations
"""
    meta = dict(from_name="Céline Morel", from_email="c.morel@pemm.example.fr",
                subject="Questions pratiques - table ronde 2", received_at=R(15, 14, 0, 30), sender_tz=tz(1),
                mid="<f19a7c3e-2b54-4d1f-9e60-7a8b3c2d1e05@pemm.example.fr>",
                extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"])
    root = text(plain, "plain", "utf-8", "qp", flowed=True)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (platform, interpretation, speaking time) about an already accepted "
                       "speaker; mentions a roundtable but proposes nobody")
    return meta, root, label


@message
def press_late():
    plain = """Dear Review Secretariat,

Apologies for missing the 16 February deadline. Please find attached the
voluntary GCM review submission of Free Press Maghreb-Mashreq (FPMM), which
covers the safety of migrant and refugee journalists and public discourse on
migration (Objectives 17 and 3). We hope it can still be considered.

Regards,
Omar Haddad
Research Officer, FPMM
"""
    fn = "FPMM GCM voluntary review - final.docx"
    doc = tiny_docx(["Free Press Maghreb-Mashreq (FPMM)", "Voluntary GCM review submission, February 2021",
                     "Objective 17: eliminate discrimination and shape perceptions of migration"])
    meta = dict(from_name="Omar Haddad", from_email="research@fpmm.example.org",
                subject="FPMM voluntary GCM review submission (late)", received_at=R(17, 10, 20, 18),
                mid="<0B7C4E21-5A93-4D6F-8E12-3F9A0C7B5D64@fpmm.example.org>",
                extra=["X-Mailer: Apple Mail (2.3654.40.0.2.32)"])
    root = mixed(text(plain, "plain", "utf-8", "qp"), attach(doc, DOCX, fn))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[], report_attachments=[fn],
                 thread_of=None,
                 notes="late report (17 Feb) from a press freedom group; DOCX built by hand; file name with spaces")
    return meta, root, label


def build(folder: str, prefix: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    names = {fn.__name__: f"{prefix}{i:02d}.eml" for i, fn in enumerate(MESSAGES, 1)}
    sd, rd = R(5, 23, 59, 59), R(16, 23, 59, 59)
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        meta, root, label = fn()
        meta["n"], meta["qid"] = i, f"7H{i:02d}Zq4Kx"
        name = names[fn.__name__]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": names[label["thread_of"]] if label["thread_of"] else None,
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout37"), "h37-")
