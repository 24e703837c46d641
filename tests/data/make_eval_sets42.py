#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout42 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets42.py
Written without reading intake/ or rules/.  One record per message: envelope, MIME body and label.
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
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout42")
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
INVITATION_ID = "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com>"

# a 1x1 transparent GIF, used as a signature logo
LOGO = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
        b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(2021, 2, day, hh, mm, ss, tzinfo=BEIRUT)


# ----------------------------------------------------------------- attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
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
        (f"<< /Title ({esc(title)}) /Producer (Microsoft Word) >>").encode("latin-1"),
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
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"))
    return out.getvalue()


DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text(body: str, subtype: str = "plain", cte: str = "qp", charset: str = "utf-8") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    part = MIMEText(body, subtype, cs)
    if cte == "8bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def alternative(plain: str, html: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte))
    m.attach(text(html, "html", cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231", disposition: str = "attachment",
           cid: str | None = None) -> MIMEBase:
    main, sub = ctype.split("/")
    part: MIMEBase = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", enc)
        part.add_header("Content-Disposition", disposition, filename=enc)
    else:
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        part.add_header("Content-ID", f"<{cid}>")
    return part


def multipart(kind: str, *parts: Any) -> MIMEMultipart:
    m = MIMEMultipart(kind)
    for p in parts:
        m.attach(p)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(body: str, rtl: bool = False, logo_cid: str | None = None) -> str:
    paras = "\n".join("<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False)
                                                                         for ln in p.split("\n")))
                      for p in body.split("\n\n"))
    logo = f'<p class=MsoNormal><img width=120 height=40 src="cid:{logo_cid}"></p>' if logo_cid else ""
    return ('<html><head><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang=EN-US{}><div class=WordSection1>\n{}\n{}\n</div></body></html>\n'
            .format(' dir="RTL"' if rtl else "", paras, logo))


def hdr(value: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8").encode(linesep="\r\n")


def address(name: str, email: str) -> str:
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


CLIENTS = {
    "gmail": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                   "Thunderbird/78.7.0")],
    "apple": [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")],
    "iphone": [("X-Mailer", "iPhone Mail (18D52)")],
    "android": [("X-Mailer", "Android Mail")],
}


def render(n: int, m: dict[str, Any]) -> bytes:
    host = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(tz(m.get("tz", 2)))
    msg = m["body"]
    lines = [
        ("Return-Path", "<{}>".format(m["from_email"])),
        ("Delivered-To", MAILBOX),
        ("Received", f"from mail.{host} (mail.{host} [192.0.2.{10 + n}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS"
                     f" id 4Dq{n * 7919 % 100000:05d}H42\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)"),
        ("From", address(m["from_name"], m["from_email"])),
        ("To", m.get("to", f"GCM Regional Review Arab States <{MAILBOX}>")),
    ]
    if m.get("cc"):
        lines.append(("Cc", m["cc"]))
    lines += [
        ("Subject", hdr(m["subject"])),
        ("Date", format_datetime(sent)),
        ("Message-ID", "<{}>".format(m["mid"])),
    ]
    if m.get("in_reply_to"):
        lines.append(("In-Reply-To", m["in_reply_to"]))
        lines.append(("References", m.get("references", m["in_reply_to"])))
    lines += CLIENTS[m["client"]]
    # envelope headers first, then the MIME headers, as a server would store them
    mime = [(k, v) for k, v in msg.items() if k.lower() != "mime-version"]
    for k in {k for k, _ in msg.items()}:
        del msg[k]
    for k, v in lines + [("MIME-Version", "1.0")] + mime:
        msg[k] = v
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{n * 1000 + i}_{1612137600 + n * 3607}.h42")
    buf = io.BytesIO()
    BytesGenerator(buf, policy=compat32.clone(linesep="\r\n"), maxheaderlen=0).flatten(msg)
    return buf.getvalue()


def sp(name: str, title: str | None, aff: str | None, roles: list[str], rt: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


# ----------------------------------------------------------------- the messages
CALL_EN = """Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration
in the Arab region have the honour to invite you to the first Regional Review
Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM)
in the Arab region (24-25 February 2021) and to the Multi-Stakeholder
Consultation (23 February 2021).

Interested stakeholders are invited to express their willingness to
participate in the open discussion of the Multi-Stakeholder Consultation, to
deliver the key messages from the stakeholders as a rapporteur, and to provide
floor intervention during the plenary sessions and the four thematic
roundtables as a speaker. Please send the name, title and organizational
affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February
2021.

The deadline for submissions of voluntary GCM review reports to
gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021.

Kind regards,
GCM Regional Review Secretariat"""


def m01() -> dict[str, Any]:
    plain = """Dear Secretariat,

Thank you for the invitation. The Kerala Migrant Welfare Forum would like to
propose a speaker for the thematic roundtables:

Dr. Priya Nair, Senior Research Fellow, Kerala Migrant Welfare Forum (KMWF)

Dr. Nair would prefer Roundtable 2, as her work is on wage protection and
recruitment costs of Indian workers in Oman and Kuwait. If that roundtable is
full, Roundtable 3 would also be fine.

Warm regards,
Suresh Menon
Programme Officer, KMWF
+91 471 255 0193

On Tue, Feb 2, 2021 at 3:00 PM GCM Regional Review Arab States <
gcmrrarabstates@iom.int> wrote:

""" + "\n".join(("> " + ln).rstrip() for ln in CALL_EN.split("\n")) + "\n"
    html = gmail_html(plain.split("\n\nOn Tue")[0]) + (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Feb 2, 2021 at 3:00 PM GCM Regional '
        'Review Arab States &lt;<a href="mailto:gcmrrarabstates@iom.int">gcmrrarabstates@iom.int</a>&gt; wrote:<br>'
        '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">' + gmail_html(CALL_EN) + "</blockquote></div>\n")
    return dict(
        from_name="Suresh Menon", from_email="suresh.menon@kmwf.example.org", client="gmail", tz=5.5,
        subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
        mid="CAF3x9Lq2+kMWF0042a@mail.gmail.com", in_reply_to=INVITATION_ID,
        received_at=at(3, 9, 14, 22), body=alternative(plain, html),
        label=dict(category="speaker_request", language="en", on_time=True,
                   speakers=[sp("Priya Nair", "Senior Research Fellow", "Kerala Migrant Welfare Forum (KMWF)",
                                ["roundtable"], 2)],
                   notes="Gmail reply with the organisers' call '>'-quoted (it names every role and the report "
                         "deadline); speaker on one comma-separated line with 'Dr.'; first choice Roundtable 2, "
                         "fallback 3; the sender (Programme Officer) is not the speaker."))


def m02() -> dict[str, Any]:
    body = """Madame, Monsieur,

Suite à votre invitation, l'Association des femmes marocaines de retour de
migration a le plaisir de vous proposer sa présidente pour intervenir lors de
la Conférence régionale d'examen. Vous trouverez ses coordonnées ci-dessous
(en arabe, telles qu'elles doivent figurer sur la liste des intervenants) :

1. Nom et prénom : فاطمة الزهراء بنعلي
2. Fonction : رئيسة الجمعية
3. Organisation : جمعية النساء المغربيات العائدات من الهجرة
4. Session souhaitée : table ronde thématique n° 3

Mme Benali s'exprimera en arabe.

Restant à votre disposition,

Hind Ouazzani
Chargée de communication
Association des femmes marocaines de retour de migration
Tél. : +212 5 37 70 21 48
"""
    return dict(
        from_name="Hind Ouazzani", from_email="h.ouazzani@afrm-maroc.example.ma", client="thunderbird", tz=1,
        subject="Proposition d'intervenante - table ronde 3", mid="7b1e5d0a-42f2-3c1d-afrm@afrm-maroc.example.ma",
        received_at=at(3, 12, 41, 5), body=text(body, cte="8bit"),
        label=dict(category="speaker_request", language="fr", on_time=True,
                   speakers=[sp("فاطمة الزهراء بنعلي", "رئيسة الجمعية", "جمعية النساء المغربيات العائدات من الهجرة",
                                ["roundtable"], 3)],
                   notes="numbered list with French labels ('Nom et prénom :', 'Fonction :') and Arabic values; "
                         "French body, so acknowledge in French; the organisation also appears in French in the "
                         "body and signature (label keeps the form given on the Organisation line); the sender "
                         "is the communication officer, not the speaker."))


def m03() -> dict[str, Any]:
    plain = """Dear Colleagues,

I am writing on behalf of my Director, Mr. Tomasz Wierzbicki, who would like
to request a floor intervention during one of the plenary sessions of the
Regional Review Conference on 24-25 February.

His details are:
Name: Tomasz Wierzbicki
Title: Director
Organization: ILO Country Office for Kuwait and Bahrain

Should you need a short bio or photo, please do not hesitate to contact me.

Best regards,

Noor Al-Saffar
Executive Assistant to the Director
ILO Country Office for Kuwait and Bahrain
T: +965 2224 6310 | M: +965 6650 1187

The information in this e-mail is confidential and intended solely for the
addressee(s). If you are not the intended recipient, please notify the sender
and delete this message.
"""
    return dict(
        from_name="Noor Al-Saffar", from_email="alsaffar@ilo-kwbh.example.org", client="outlook", tz=3,
        subject="Request for plenary intervention - ILO Director", lag=75,
        mid="AM6PR03MB4411C2E0B8A1F9E42B7C0D6AA9F2@AM6PR03MB4411.eurprd03.prod.outlook.example.com",
        received_at=at(3, 16, 2, 50), body=alternative(plain, outlook_html(plain)),
        label=dict(category="speaker_request", language="en", on_time=True,
                   speakers=[sp("Tomasz Wierzbicki", "Director", "ILO Country Office for Kuwait and Bahrain",
                                ["plenary"])],
                   notes="written by an executive assistant on behalf of her director; her own title and name "
                         "are in the signature; confidentiality disclaimer; Outlook text+HTML."))


def m04() -> dict[str, Any]:
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>Bonjour,</p>
<p>La Mission franciscaine d'accompagnement des migrants (MIFAM), basée à Rabat,
souhaite proposer deux intervenants pour la consultation régionale et la
conférence :</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Nom</th><th>Fonction</th><th>Organisation</th><th>Session</th></tr>
<tr><td>Frère Matthieu Kaboré</td><td>Coordinateur de la pastorale des migrants</td><td>MIFAM</td>
<td>Discussion ouverte (23 février)</td></tr>
<tr><td>Mme Aïssata Traoré</td><td>Juriste, chargée de l'accueil juridique</td><td>MIFAM</td>
<td>Table ronde 4</td></tr>
</table>
<p>Nous vous remercions pour cette initiative et restons disponibles.</p>
<p>Fraternellement,<br>
Sœur Claire Delorme<br>
Secrétariat de la MIFAM<br>
+212 6 61 38 04 92</p>
</body></html>
"""
    return dict(
        from_name="Secretariat MIFAM", from_email="secretariat@mifam.example.org", client="thunderbird", tz=1,
        subject="Intervenants MIFAM - consultation du 23 février et conférence",
        mid="c0ffee42-0004-4d1a-9b6e-mifam@mifam.example.org",
        received_at=at(4, 10, 22, 11), body=text(html, "html"),
        label=dict(category="speaker_request", language="fr", on_time=True,
                   speakers=[sp("Matthieu Kaboré", "Coordinateur de la pastorale des migrants",
                                "Mission franciscaine d'accompagnement des migrants (MIFAM)", ["open_discussion"]),
                             sp("Aïssata Traoré", "Juriste, chargée de l'accueil juridique",
                                "Mission franciscaine d'accompagnement des migrants (MIFAM)", ["roundtable"], 4)],
                   notes="HTML-only, two speakers in an HTML table; the table cells only say 'MIFAM', the full name "
                         "is in the introduction ('basée à Rabat' is a location, not part of it); religious "
                         "honorific 'Frère' and 'Mme' are not part of the names; shared secretariat mailbox."))


def m05() -> dict[str, Any]:
    body = """السلام عليكم
أود المشاركة في النقاش المفتوح يوم ٢٣ فبراير
محمود الفاخري - منسق شبكة شباب ليبيا للتطوع
شكرا

مرسل من الـ iPhone الخاص بي
"""
    return dict(
        from_name="Mahmoud Elfakhri", from_email="m.fakhri.ly@gmail.example.com", client="iphone", tz=2, lag=12,
        subject="مشاركة", mid="E3B7A1C4-42D5-4F0E-9A61-LYVOL0005@gmail.example.com",
        received_at=at(4, 22, 47, 30), body=text(body, cte="b64"),
        label=dict(category="speaker_request", language="ar", on_time=True,
                   speakers=[sp("محمود الفاخري", "منسق", "شبكة شباب ليبيا للتطوع", ["open_discussion"])],
                   notes="short message written on a phone; name, title and organisation on one dash-separated "
                         "line ('منسق شبكة ...' with no separator between title and organisation); one-word "
                         "subject; English From display name; Arabic-Indic date."))


def m06() -> dict[str, Any]:
    body = """السادة الأفاضل في سكرتارية الاستعراض الإقليمي،
تحية طيبة وبعد،

تتشرف العيادة القانونية لحقوق الإنسان بكلية الحقوق في جامعة الدلتا بترشيح
الدكتورة سلوى عبد الحميد، أستاذة القانون الدولي العام ومديرة العيادة، لتقديم
مداخلة في المائدة المستديرة الموضوعية الثانية، وذلك انطلاقا من عمل العيادة
في مجال المساعدة القانونية للمهاجرين العالقين وضحايا الاتجار بالبشر.

ونرجو التكرم بإفادتنا بالترتيبات الفنية للمشاركة عن بعد.

وتفضلوا بقبول فائق الاحترام والتقدير،

أحمد يسري
منسق برامج العيادة القانونية
كلية الحقوق - جامعة الدلتا
هاتف: ‎+20 50 224 7713
"""
    return dict(
        from_name="أحمد يسري", from_email="a.yousry@law.delta-univ.example.edu", client="outlook", tz=2,
        subject="ترشيح للمشاركة في المائدة المستديرة الثانية",
        mid="VI1PR06MB5521A0B42E7D3C91F6A0DELTA@VI1PR06MB5521.eurprd06.prod.outlook.example.com",
        received_at=at(4, 13, 5, 2), body=alternative(body, outlook_html(body, rtl=True), cte="b64"),
        label=dict(category="speaker_request", language="ar", on_time=True,
                   speakers=[sp("سلوى عبد الحميد", "أستاذة القانون الدولي العام ومديرة العيادة",
                                "العيادة القانونية لحقوق الإنسان بكلية الحقوق في جامعة الدلتا", ["roundtable"], 2)],
                   notes="third-person prose nomination ('تتشرف ... بترشيح الدكتورة ...'), honorific 'الدكتورة' "
                         "not part of the name; roundtable as an ordinal word ('الثانية'); the sender coordinates "
                         "the clinic and is not the speaker; hard-wrapped lines; a bidi mark in the phone number."))


def m07() -> dict[str, Any]:
    plain = """Dear colleagues,

Our centre would like to take the floor in Roundtable 1 of the Regional Review
Conference. We run free primary care and mental health services for migrant
workers and have data from some 11,000 consultations in 2020 that we think are
relevant to the discussion on access to basic services. I would be the
speaker myself.

Many thanks and kind regards,

--
Dr. Joseph Mathew
Medical Director
Al Noor Migrant Health Centre
Manama, Kingdom of Bahrain
Tel +973 1772 5520 | Mob +973 3944 1086
www.alnoor-mhc.example.org
"""
    return dict(
        from_name="Joseph Mathew", from_email="jmathew@alnoor-mhc.example.org", client="apple", tz=3,
        subject="Speaking slot - Roundtable 1", mid="A7D2C1E0-42B7-4E1B-8C47-ALNOOR0007@alnoor-mhc.example.org",
        received_at=at(5, 8, 30, 44), body=text(plain, cte="qp"),
        label=dict(category="speaker_request", language="en", on_time=True,
                   speakers=[sp("Joseph Mathew", "Medical Director", "Al Noor Migrant Health Centre",
                                ["roundtable"], 1)],
                   notes="speaker details only in the signature ('I would be the speaker myself'); the city on "
                         "the next signature line is a location, not part of the affiliation."))


def m08() -> dict[str, Any]:
    body = """Bonjour,

Avec un peu de retard (nous espérons que ce sera encore possible),
l'Association des Guinéens de l'Extérieur pour le Développement (AGED)
souhaite proposer M. Mamadou Saliou Bah pour une intervention lors de la
session plénière de la conférence des 24 et 25 février.

M. Bah suit depuis plusieurs années la situation des jeunes Guinéens
bloqués en Libye et au Maroc.

Cordialement,

Kadiatou Diallo
Secrétaire générale
AGED
"""
    return dict(
        from_name="Kadiatou Diallo", from_email="kadiatou.diallo.aged@yahoo.example.fr", client="android", tz=0,
        subject="Candidature intervention plénière AGED", mid="1612595642.42008.aged@mail.yahoo.example.fr",
        received_at=at(6, 9, 14, 2), body=text(body, cte="qp"),
        label=dict(category="speaker_request", language="fr", on_time=False,
                   speakers=[sp("Mamadou Saliou Bah", None,
                                "Association des Guinéens de l'Extérieur pour le Développement (AGED)", ["plenary"])],
                   notes="late (Saturday 6 February) and says so; the speaker's title is not given (null); the "
                         "sender's own title in the signature belongs to her, not to the speaker."))


def m09() -> dict[str, Any]:
    body = """السادة المنظمون المحترمون،

بالإشارة إلى دعوتكم الكريمة، يسر المجموعة البرلمانية لحقوق العمال المهاجرين
أن ترشح كلا من:

المتحدث الأول
الاسم: د. مريم يوسف العنزي
الصفة: رئيسة المجموعة البرلمانية
الجهة: المجموعة البرلمانية لحقوق العمال المهاجرين
نوع المشاركة: مداخلة في الجلسة العامة

المتحدث الثاني
الاسم: السيد فهد ناصر المطيري
الصفة: مقرر المجموعة
الجهة: المجموعة البرلمانية لحقوق العمال المهاجرين
نوع المشاركة: مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة

مع خالص الشكر والتقدير،
أمانة سر المجموعة البرلمانية
"""
    return dict(
        from_name="أمانة سر المجموعة البرلمانية", from_email="caucus.secretariat@parl-mw.example.kw",
        client="outlook", tz=3, subject="ترشيح متحدثين - المجموعة البرلمانية لحقوق العمال المهاجرين",
        mid="PR3PR08MB5802B42C7EE0AF19D0PARL9@PR3PR08MB5802.eurprd08.prod.outlook.example.com",
        received_at=at(3, 11, 50, 0), body=alternative(body, outlook_html(body, rtl=True)),
        label=dict(category="speaker_request", language="ar", on_time=True,
                   speakers=[sp("مريم يوسف العنزي", "رئيسة المجموعة البرلمانية",
                                "المجموعة البرلمانية لحقوق العمال المهاجرين", ["plenary"]),
                             sp("فهد ناصر المطيري", "مقرر المجموعة", "المجموعة البرلمانية لحقوق العمال المهاجرين",
                                ["rapporteur"])],
                   notes="two speakers in labelled blocks; honorifics 'د.' and 'السيد' are not part of the names; "
                         "the second speaker's title contains the word 'مقرر' and the role line 'مقرر لعرض الرسائل "
                         "الرئيسية' is the rapporteur role; From display name is the caucus secretariat."))


def m10() -> dict[str, Any]:
    body = """Hello,

I hope this finds you well. I would like to ask if I can speak at roundtable
3 of the regional review.

Name: Hiwot Tesfaye
Position: Community Mobiliser
Organisation: none at the moment, I speak in my personal capacity as a
former domestic worker

I came to Lebanon in 2012 and now I help Ethiopian women who lost their jobs
and their papers during the crisis. I think our voice should be heard
directly.

Thank you,
Hiwot
"""
    return dict(
        from_name="Hiwot Tesfaye", from_email="hiwot.tesfaye84@gmail.example.com", client="gmail", tz=2,
        subject="Request to speak", mid="CAJ8q2vP0Wn+HT42x010@mail.gmail.com",
        received_at=at(5, 19, 3, 37), body=alternative(body, gmail_html(body), cte="b64"),
        label=dict(category="speaker_request", language="en", on_time=True,
                   speakers=[sp("Hiwot Tesfaye", "Community Mobiliser", None, ["roundtable"], 3)],
                   notes="no affiliation (explicitly 'none', personal capacity): affiliation null; the "
                         "Organisation line has a value that is not an organisation; roundtable number wrapped "
                         "onto the next line; personal Gmail."))


def m11() -> dict[str, Any]:
    body = """Mesdames, Messieurs,

En réponse à l'appel à intervenants, je me permets de proposer ma candidature
pour le rôle de rapporteur chargé de présenter les messages clés des parties
prenantes :

- Nom et prénom : Dr Oumar Sangaré
- Titre : Président
- Organisation : Collectif des Maliens du Maghreb pour la Solidarité (COMAS), Tunis

Le COMAS fédère une vingtaine d'associations de ressortissants maliens en
Tunisie, en Algérie et au Maroc.

Veuillez agréer, Mesdames, Messieurs, l'expression de mes salutations
distinguées.

Dr Oumar Sangaré
Président du COMAS
Tél. : +216 98 412 730
"""
    return dict(
        from_name="Oumar Sangare", from_email="o.sangare@comas.example.tn", client="outlook", tz=1,
        subject="Candidature - rapporteur (COMAS)",
        mid="DB9PR02MB7310E42B9D1C0A77F3COMAS11@DB9PR02MB7310.eurprd02.prod.outlook.example.com",
        received_at=at(3, 17, 25, 9), body=alternative(body, outlook_html(body)),
        label=dict(category="speaker_request", language="fr", on_time=True,
                   speakers=[sp("Oumar Sangaré", "Président",
                                "Collectif des Maliens du Maghreb pour la Solidarité (COMAS)", ["rapporteur"])],
                   notes="dashed list with 'Dr' before the name (not part of it); ', Tunis' after the "
                         "organisation is its location and is left out; From display name without the accent."))


def m12() -> dict[str, Any]:
    body = """Dear GCM Regional Review team,

Apologies for the late submission - we only received the invitation through
a partner last week.

FairHire Gulf would welcome the opportunity to share the private sector's
perspective on ethical recruitment and zero-fee hiring in Roundtable II.

Proposed speaker: Mr. Vikram Sethi, Chief Operating Officer

Kind regards,
Vikram Sethi
COO | FairHire Gulf Recruitment Platform
Dubai, UAE | +971 4 557 2290
"""
    return dict(
        from_name="Vikram Sethi", from_email="vikram@fairhire-gulf.example.com", client="outlook", tz=4,
        subject="Speaker nomination - private sector (Roundtable II)",
        mid="BN8PR12MB3347F42AA91E0C5D2FHG12@BN8PR12MB3347.namprd12.prod.outlook.example.com",
        received_at=at(8, 10, 40, 18), body=alternative(body, outlook_html(body)),
        label=dict(category="speaker_request", language="en", on_time=False,
                   speakers=[sp("Vikram Sethi", "Chief Operating Officer", "FairHire Gulf Recruitment Platform",
                                ["roundtable"], 2)],
                   notes="late (8 February); roundtable as Roman numeral 'II'; the body uses the short name "
                         "'FairHire Gulf', the fuller form is in the signature after 'COO |'; title given in full "
                         "on the speaker line and abbreviated in the signature."))


def m13() -> dict[str, Any]:
    body = """تحية طيبة،

نحيل إليكم أدناه رسالة مكتب المدير العام بخصوص المشاركة في المؤتمر.

مع التحية،
ليلى البلوشية
قسم التعاون الدولي

---------- Forwarded message ---------
From: مكتب المدير العام <dg.office@nose.example.om>
Date: Wed, Feb 3, 2021 at 9:02 AM
Subject: المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة
To: ليلى البلوشية <l.albalushi@nose.example.om>

الأخت ليلى،
يرجى إبلاغ المنظمين برغبة المكتب في المشاركة بمداخلة في الجلسة العامة، وبيانات
المتحدث كالتالي:
الاسم: سعادة السيد سالم بن حمد الحارثي
المنصب: المدير العام
الجهة: المكتب الوطني لشؤون المغتربين
وشكرا.
"""
    return dict(
        from_name="ليلى البلوشية", from_email="l.albalushi@nose.example.om", client="gmail", tz=4,
        subject="Fwd: المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة",
        mid="CAM5v8kR1sNOSE42fw13@mail.gmail.com",
        received_at=at(4, 8, 20, 5), lag=90, body=alternative(body, gmail_html(body, rtl=True), cte="b64"),
        label=dict(category="speaker_request", language="ar", on_time=True,
                   speakers=[sp("سالم بن حمد الحارثي", "المدير العام", "المكتب الوطني لشؤون المغتربين",
                                ["plenary"])],
                   notes="forwarded internal message (Gmail 'Forwarded message' block) from a ministry's national "
                         "office for emigrants; the forwarder is not the speaker; honorifics 'سعادة السيد' not part "
                         "of the name."))


def m14() -> dict[str, Any]:
    body = """Good day!

Please find below the details of our nominee for the Regional Review. She
would like to join the open discussion on 23 Feb and, if possible, also speak
in roundtable 4.

+--------------+----------------------------------------------------------+
| Name         | Ms. Maria Lourdes Dizon                                  |
| Title        | Chairperson                                              |
| Organisation | Sampaguita Domestic Workers' Cooperative (SDWC) - Kuwait |
| Session      | Open discussion (23 Feb) + Roundtable 4                  |
+--------------+----------------------------------------------------------+

Maraming salamat po and God bless.

Rowena Castillo
Secretary, SDWC
+965 9871 2254
"""
    return dict(
        from_name="Rowena Castillo", from_email="sdwc.kuwait@gmail.example.com", client="gmail", tz=3,
        subject="Nominee for GCM regional review - SDWC", mid="CAL7t4kQp9SDWC42abc14@mail.gmail.com",
        received_at=at(5, 14, 12, 55), body=alternative(body, gmail_html(body)),
        label=dict(category="speaker_request", language="en", on_time=True,
                   speakers=[sp("Maria Lourdes Dizon", "Chairperson",
                                "Sampaguita Domestic Workers' Cooperative (SDWC)", ["open_discussion", "roundtable"], 4)],
                   notes="details in a plain-text ASCII table; ' - Kuwait' after the organisation is its location; "
                         "one speaker with two roles (open discussion and roundtable 4); nominated by the "
                         "cooperative's secretary."))


def m15() -> dict[str, Any]:
    body = """السادة الكرام،

تحية طيبة،

باسم أعضاء الشبكة المغاربية لحقوق المهاجرين، يسعدنا أن نرسل إليكم مرفقا
تقريرنا الجماعي الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في بلدان المغرب العربي، والذي ساهمت في إعداده سبع
جمعيات أعضاء في الجزائر والمغرب وتونس وليبيا وموريتانيا.

نرجو تأكيد الاستلام.

مع فائق الاحترام،
يوسف بن عمارة
منسق الشبكة المغاربية لحقوق المهاجرين
"""
    pdf = tiny_pdf(["Maghreb Network for Migrants' Rights", "Collective voluntary GCM review report, 2021",
                    "Seven member associations: Algeria, Morocco, Tunisia, Libya, Mauritania."],
                   "Collective GCM report")
    name = "التقرير الجماعي - الشبكة المغاربية لحقوق المهاجرين.pdf"
    return dict(
        from_name="يوسف بن عمارة", from_email="coord@rmdm.example.org", client="thunderbird", tz=1,
        subject="التقرير الطوعي الجماعي للشبكة المغاربية لحقوق المهاجرين",
        mid="5a42e1f0-0015-4b7c-8e2d-rmdm@rmdm.example.org",
        received_at=at(9, 10, 5, 40),
        body=multipart("mixed", text(body, cte="8bit"), attach(pdf, "application/pdf", name)),
        label=dict(category="voluntary_report", language="ar", on_time=True, report_attachments=[name],
                   notes="collective report of a network (seven member associations); Arabic PDF name as RFC 2231 "
                         "parameters; the signature title is not a speaker request."))


def m16() -> dict[str, Any]:
    body = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Amal pour
l'insertion des migrants (AAIM) dans le cadre de l'examen régional du Pacte
mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport porte principalement sur les objectifs 7, 15 et 16 du Pacte et
s'appuie sur nos activités à Oran et Tlemcen en 2019-2020.

Nous vous prions d'agréer nos salutations distinguées.

Nassima Berrahou
Chargée de projets
Association Amal pour l'insertion des migrants (AAIM)
Oran, Algérie

Avant d'imprimer, pensez à l'environnement.
"""
    docx = tiny_docx(["Rapport volontaire - Examen régional du PMM 2021",
                      "Association Amal pour l'insertion des migrants (AAIM)",
                      "Objectifs 7, 15 et 16 : accès aux services de base, protection, inclusion."])
    name = "Rapport_volontaire_AAIM_PMM_2021.docx"
    return dict(
        from_name="Nassima Berrahou", from_email="n.berrahou@aaim-dz.example.org", client="outlook", tz=1,
        subject="Rapport volontaire AAIM - examen régional du Pacte mondial",
        mid="PAXPR07MB8126D42F0E9B3A11C6AAIM16@PAXPR07MB8126.eurprd07.prod.outlook.example.com",
        received_at=at(12, 15, 33, 21),
        body=multipart("mixed",
                       MIMEMultipart("related", _subparts=[
                           alternative(body, outlook_html(body, logo_cid="image001.gif@01D70142.AAIM")),
                           attach(LOGO, "image/gif", "image001.gif", disposition="inline",
                                  cid="image001.gif@01D70142.AAIM")]),
                       attach(docx, "application/" + DOCX, name)),
        label=dict(category="voluntary_report", language="fr", on_time=True, report_attachments=[name],
                   notes="Outlook layout mixed > related > alternative with an inline signature logo "
                         "(image001.gif), which is not part of the report; DOCX report."))


def m17() -> dict[str, Any]:
    body = """Bonjour,

Ci-joint notre contribution à l'examen régional du PMM : le rapport de
l'Observatoire tunisien des migrations de retour sur la réintégration des
migrants de retour (2019-2020).

Bien à vous,
Slim Gharbi
Observatoire tunisien des migrations de retour
"""
    pdf = tiny_pdf(["Observatoire tunisien des migrations de retour",
                    "Contribution volontaire a l'examen regional du PMM - fevrier 2021"], "Rapport OTMR")
    name = "Rapport_OTMR_examen_PMM.pdf"
    return dict(
        from_name="Slim Gharbi", from_email="slim.gharbi@otmr.example.tn", client="apple", tz=1,
        subject="Contribution OTMR", mid="D4E1B0A7-42F3-4C8E-B2D1-OTMR0017@otmr.example.tn",
        received_at=at(15, 18, 2, 7),
        body=multipart("mixed", text(body, cte="qp"), attach(pdf, "application/octet-stream", name)),
        label=dict(category="voluntary_report", language="fr", on_time=True, report_attachments=[name],
                   notes="PDF report sent as application/octet-stream (Apple Mail); the subject says "
                         "'Contribution', not 'rapport'; 'tunisien' is part of the organisation's name."))


def m18() -> dict[str, Any]:
    body = """Dear Secretariat,

Please accept our sincere apologies for sending this a day after the deadline:
our board only approved the final text last night.

Attached is the voluntary GCM review report of the Arab Youth Volunteers for
Migrants Network (AYVMN), based on a survey of 340 young volunteers in eight
countries.

Best,
Karim Haddad
Network Coordinator, AYVMN
"""
    pdf = tiny_pdf(["Arab Youth Volunteers for Migrants Network (AYVMN)",
                    "Voluntary GCM Review Report - February 2021",
                    "Survey of 340 volunteers in eight countries."], "AYVMN GCM report")
    name = "AYVMN_Voluntary_GCM_Review_Report.pdf"
    return dict(
        from_name="Karim Haddad", from_email="karim.haddad@ayvmn.example.org", client="gmail", tz=2,
        subject="AYVMN voluntary GCM review report (late, apologies)", mid="CAK2n7xHw0AYVMN42r18@mail.gmail.com",
        received_at=at(17, 8, 45, 12),
        body=multipart("mixed", alternative(body, gmail_html(body)), attach(pdf, "application/pdf", name)),
        label=dict(category="voluntary_report", language="en", on_time=False, report_attachments=[name],
                   notes="late (17 February) and says so; youth volunteering network."))


def m19() -> dict[str, Any]:
    body = """السادة سكرتارية الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

مرفق لكم تقرير الاتحاد العام لنقابات عمال البناء والأخشاب حول أوضاع العمال
المهاجرين في قطاع البناء ومدى تنفيذ أهداف الاتفاق العالمي للهجرة ذات
الصلة، ولا سيما الهدف السادس المتعلق بالتوظيف العادل والعمل اللائق.

وتفضلوا بقبول فائق الاحترام،

عيسى جاسم المناعي
الأمين العام المساعد
الاتحاد العام لنقابات عمال البناء والأخشاب
المنامة - مملكة البحرين
"""
    docx = tiny_docx(["تقرير الاتحاد العام لنقابات عمال البناء والأخشاب",
                      "أوضاع العمال المهاجرين في قطاع البناء والهدف السادس من الاتفاق العالمي للهجرة"], rtl=True)
    name = "تقرير الاتحاد - الاتفاق العالمي للهجرة.docx"
    return dict(
        from_name="Isa Al-Mannai", from_email="isa.almannai@gfbwu.example.bh", client="outlook", tz=3,
        subject="تقرير الاتحاد العام لنقابات عمال البناء",
        mid="AS8PR04MB8040A42C19E7D2B50GFBWU19@AS8PR04MB8040.eurprd04.prod.outlook.example.com",
        received_at=at(14, 11, 18, 36),
        body=multipart("mixed",
                       MIMEMultipart("related", _subparts=[
                           alternative(body, outlook_html(body, rtl=True, logo_cid="image001.gif@01D702A1.GFBWU"),
                                       cte="b64"),
                           attach(LOGO, "image/gif", "image001.gif", disposition="inline",
                                  cid="image001.gif@01D702A1.GFBWU")]),
                       attach(docx, "application/" + DOCX, name, style="2047")),
        label=dict(category="voluntary_report", language="ar", on_time=True, report_attachments=[name],
                   notes="construction workers' federation; Arabic DOCX name RFC 2047-encoded inside quoted "
                         "parameters (Outlook style); inline logo decoy; English From display name."))


def m20() -> dict[str, Any]:
    body = """Bonjour à toute l'équipe,

Le Centre d'écoute et d'orientation des migrants (CEOM) a le plaisir de vous
transmettre en pièce jointe son rapport volontaire sur la mise en œuvre du
Pacte mondial pour les migrations en Algérie.

Par ailleurs, notre directrice, Mme Lamia Boukhari, souhaiterait intervenir
lors de la table ronde n°1 de la conférence régionale.

Avec nos remerciements,

Yacine Meziane
Assistant de direction - CEOM
Tél. : +213 21 63 48 05
"""
    pdf = tiny_pdf(["Centre d'ecoute et d'orientation des migrants (CEOM)",
                    "Rapport volontaire - mise en oeuvre du PMM en Algerie, 2021"], "Rapport CEOM")
    name = "CEOM - rapport volontaire PMM.pdf"
    return dict(
        from_name="Yacine Meziane", from_email="direction@ceom-dz.example.org", client="thunderbird", tz=1,
        subject="Rapport volontaire et demande d'intervention - CEOM",
        mid="9e42b7c1-0020-4f3a-a1d0-ceom@ceom-dz.example.org",
        received_at=at(4, 15, 55, 48),
        body=multipart("mixed", text(body, cte="8bit"), attach(pdf, "application/pdf", name)),
        label=dict(category="both", language="fr", on_time=True, report_attachments=[name],
                   speakers=[sp("Lamia Boukhari", "directrice",
                                "Centre d'écoute et d'orientation des migrants (CEOM)", ["roundtable"], 1)],
                   notes="both in one message, both on time; the speaker's title only as 'notre directrice' "
                         "in prose, her affiliation only by reference to the organisation named earlier; "
                         "'table ronde n°1'; the sender (assistant) is not the speaker; 'œ' in the body."))


def m21() -> dict[str, Any]:
    body = """Dear organisers,

I cover migration for the Gulf Daily Ledger and would like to follow the
Regional Review Conference on 24-25 February.

Could you tell me whether the sessions will be open to the press, whether
there will be simultaneous interpretation (Arabic/English/French), and how
to obtain the connection link? I am not requesting a speaking slot.

Many thanks,
Rania Youssef
Migration Correspondent
Migration Desk, The Gulf Daily Ledger
"""
    return dict(
        from_name="Rania Youssef", from_email="r.youssef@gulfledger.example.com", client="outlook", tz=3,
        subject="Press access and interpretation - GCM Regional Review",
        mid="DM6PR11MB4657B42A0F3C9E21E8GDL21@DM6PR11MB4657.namprd11.prod.outlook.example.com",
        received_at=at(10, 12, 27, 3), body=alternative(body, outlook_html(body)),
        label=dict(category="other", language="en", on_time=None,
                   notes="logistics question from a journalist (press access, interpretation, link); says "
                         "explicitly that no speaking slot is requested though the signature carries a name, "
                         "title and organisation."))


def m22() -> dict[str, Any]:
    body = """شكرا جزيلا على التأكيد، ونتمنى لكم التوفيق في تنظيم الاستعراض.

يوسف بن عمارة

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 9, 2021 10:06 AM
Subject: تم استلام التقرير الطوعي / Voluntary report received

شكرا لكم. لقد استلمنا تقريركم الطوعي بخصوص الاستعراض الإقليمي للاتفاق العالمي
للهجرة.
"""
    return dict(
        from_name="يوسف بن عمارة", from_email="coord@rmdm.example.org", client="thunderbird", tz=1,
        subject="Re: تم استلام التقرير الطوعي / Voluntary report received",
        mid="5a42e1f0-0022-4b7c-8e2d-rmdm@rmdm.example.org",
        in_reply_to="<ack-20210209-0806-0042@gcm-intake.iom.int>",
        references="<5a42e1f0-0015-4b7c-8e2d-rmdm@rmdm.example.org> <ack-20210209-0806-0042@gcm-intake.iom.int>",
        received_at=at(9, 11, 2, 26), body=text(body, cte="8bit"),
        label=dict(category="other", language="ar", on_time=None, acknowledge=False,
                   thread_of="h42-15.eml",
                   notes="thank-you reply to our acknowledgement of h42-15: adds nothing new, so no "
                         "acknowledgement; quotes the acknowledgement subject that mentions the voluntary report."))


def m23() -> dict[str, Any]:
    body = """Bonjour,

Notre comité souhaiterait suivre les travaux de la consultation du 23 février.
Serait-il possible de recevoir l'ordre du jour (même provisoire) ainsi que la
note conceptuelle en français ?

Merci d'avance,

Alpha Condé Kourouma
Comité d'entraide des migrants subsahariens de Sfax
"""
    return dict(
        from_name="Comite Entraide Sfax", from_email="comite.entraide.sfax@gmail.example.com", client="gmail",
        tz=1, subject="Demande ordre du jour", mid="CAH6p3mZt1CEMSS42od23@mail.gmail.com",
        received_at=at(11, 9, 37, 15), body=alternative(body, gmail_html(body)),
        label=dict(category="other", language="fr", on_time=None,
                   notes="request for the agenda and concept note; names a person and organisation but asks "
                         "for no speaking role."))


def m24() -> dict[str, Any]:
    body = """مرحبا،

أنا من السودان وأعمل مع منظمة أهلية في الخرطوم، وأرغب في حضور المؤتمر
الإقليمي. هل يحتاج المشاركون إلى تأشيرة دخول، وهل تقدم المنظمة رسالة دعوة
رسمية لتقديمها إلى السفارة؟ أم أن المؤتمر سيعقد عبر الإنترنت فقط؟

شكرا لكم
عوض الكريم إدريس
"""
    return dict(
        from_name="Awad Elkarim Idris", from_email="awad.idris@hotmail.example.com", client="outlook", tz=2,
        subject="استفسار عن التأشيرة",
        mid="AM0P190MB0724C42D0A8E1F93B7VISA24@AM0P190MB0724.EURP190.PROD.OUTLOOK.example.com",
        received_at=at(12, 20, 11, 49), body=alternative(body, outlook_html(body, rtl=True), cte="b64"),
        label=dict(category="other", language="ar", on_time=None,
                   notes="visa / invitation letter question; mentions the conference, no submission."))


MESSAGES = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12,
            m13, m14, m15, m16, m17, m18, m19, m20, m21, m22, m23, m24]


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    labels = []
    for n, make in enumerate(MESSAGES, 1):
        m = make()
        fname = f"h42-{n:02d}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(render(n, m))
        lab = m["label"]
        labels.append({
            "file": fname,
            "received_at": m["received_at"].isoformat(),
            "category": lab["category"],
            "language": lab["language"],
            "acknowledge": lab.get("acknowledge", True),
            "on_time": lab["on_time"],
            "speakers": lab.get("speakers", []),
            "report_attachments": lab.get("report_attachments", []),
            "thread_of": lab.get("thread_of"),
            "notes": lab["notes"],
        })
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
