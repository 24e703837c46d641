#!/usr/bin/env python3
"""Evaluation set holdout47 for gcm-intake: tests/data/holdout47 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets47.py
Written without reading intake/ or rules/: each message is spelled out below (headers, client
style, body, attachments) next to the label it should get (format of /work/shared/corpus/LABELS.md).
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


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def R(d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """Server receipt time, February 2021, Beirut time."""
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """Minimal valid one-page PDF (Helvetica, Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
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


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tiny_docx(paragraphs: list[str], table: list[list[str]] | None = None, rtl: bool = False) -> bytes:
    """Minimal valid DOCX (WordprocessingML in a zip with fixed timestamps)."""
    def para(text: str) -> str:
        bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return f'<w:p>{bidi}<w:r>{rpr}<w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r></w:p>'
    body = "".join(para(p) for p in paragraphs)
    if table:
        rows = "".join("<w:tr>{}</w:tr>".format("".join(f"<w:tc><w:tcPr><w:tcW w:w=\"4500\" w:type=\"dxa\"/></w:tcPr>{para(c)}</w:tc>" for c in row)) for row in table)
        body += ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                 f'<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>{rows}</w:tbl>')
        body += para("")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
         flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    if charset == "us-ascii":
        cs.body_encoding = None
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, charset: str = "utf-8", cte: str = "qp", boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", disposition: str = "attachment"):
    p = MIMEApplication(data, ctype.split("/")[1])
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook / Gmail: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:  # Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    return p


def mixed(body, attachments, boundary: str | None = None) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in attachments:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div{}>{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
            f'<body lang={lang} link="#0563C1" vlink="#954F72"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n')


def paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in p.split("\n")))
        for p in body.split("\n\n"))


def apple_html(body: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">'
            + "".join("<div>%s</div>" % (escape(ln, quote=False) or "<br>") for ln in body.split("\n"))
            + "</body></html>\n")


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in body.split("\n"))


# ----------------------------------------------------------------- envelope
def enc(s: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), email)


def render(m: dict, root) -> bytes:
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + m['n'] * 9}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id "
         f"{m['qid']}\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}",
         "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
         "To: " + m.get("to", f"GCM Regional Review Arab States <{MAILBOX}>")]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + enc(m["subject"], m.get("hdr_charset", "utf-8")),
          "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h += m.get("extra_headers", [])
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n: int, lang: str) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 53:04d}Rw3mQ8kZ2Ue7vXb1cA==",
            "Content-Language: " + lang]


GMAIL = []
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]
APPLE = ["X-Mailer: Apple Mail (2.3654.40.0.2.32)"]

# ----------------------------------------------------------------- the organisers' call (quoted in replies)
CALL_EN = """Dear colleagues,

IOM, ESCWA and the members of the Regional UN Network on Migration for the Arab region are pleased to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region: a multi-stakeholder consultation on 23 February 2021 and the regional review conference on 24-25 February 2021.

Stakeholders wishing to take the floor in the open discussion of the multi-stakeholder consultation, to deliver the stakeholders' key messages as rapporteur, or to make a floor intervention in a plenary session or in one of the four thematic roundtables of the conference are kindly requested to send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

Voluntary GCM review reports can be submitted to the same address until Tuesday, 16 February 2021.

Best regards,
GCM Regional Review Secretariat"""

CALL_AR = """الزملاء الأعزاء،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية المعنية بالهجرة في المنطقة العربية بدعوتكم إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية: المشاورة بين أصحاب المصلحة المتعددين يوم 23 شباط/فبراير 2021، والمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.

ويُرجى من أصحاب المصلحة الراغبين في المشاركة في النقاش المفتوح للمشاورة، أو في عرض الرسائل الرئيسية بصفة مقرر، أو في تقديم مداخلة في إحدى الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع، إرسال اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

ويمكن إرسال تقارير الاستعراض الطوعي للاتفاق العالمي إلى العنوان نفسه حتى يوم الثلاثاء 16 شباط/فبراير 2021.

مع خالص التحية،
أمانة الاستعراض الإقليمي"""

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= messages
MID_01 = "<AM6PR0102MB3344A1C7E2B94D0F5E61A7C2D9F80@AM6PR0102MB3344.eurprd01.prod.outlook.example.com>"
MID_13 = "<5F2A9C31.7D0B4E12@agalra.example.ae>"
ACK_13 = "<ack.20210202T1431.7f3c2a@gcm-intake.iom.int>"


@message
def h47_01():
    plain = """Dear GCM Regional Review team,

Further to the invitation received last week, the Social Service Department of
our Archdiocese would like to request a speaking slot at the regional review
conference. Please find the details of our proposed speaker below:

Name: Fr. Georges Haddad
Title: Director of Social Services
Affiliation: Saint Elias Orthodox Social Service
Session: Thematic Roundtable 3 (social inclusion, access to basic services)

Fr. Georges has coordinated our assistance to migrant domestic workers and
refugee families in Beirut and Mount Lebanon since 2015.

With thanks and best wishes,

Maya Khoury
Programme Officer
Saint Elias Orthodox Social Service
Achrafieh, Beirut - Lebanon
T +961 1 334 518 | M +961 3 772 409
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="_000_AM6PR0102MB3344A1C7E2B94D0F5E61A7C2D9F80_")
    meta = dict(from_name="Maya Khoury", from_email="m.khoury@stelias-social.example.org",
                subject="Speaker request - GCM Regional Review - Saint Elias Orthodox Social Service",
                received_at=R(1, 10, 14, 22), mid=MID_01, extra_headers=outlook(1, "en-US"), lag=51)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Georges Haddad", "Director of Social Services", "Saint Elias Orthodox Social Service",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines; clerical honorific 'Fr.' is not part of the name; the sender (programme "
                       "officer) is not the speaker; title corrected later by a follow-up (h47-16)")
    return meta, root, label


@message
def h47_02():
    plain = """السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

يتشرف الاتحاد العام لنقابات عمال الزراعة والري في مصر بأن يرشح للمشاركة في المؤتمر الإقليمي يومي 24 و25 فبراير 2021 كلاً من:

1- السيد محمود عبد الفتاح الشرقاوي، نائب رئيس الاتحاد، لإلقاء مداخلة في الجلسة العامة.
2- السيدة نجلاء حسن البنا، مسؤولة ملف العمالة الموسمية، للمشاركة في المائدة المستديرة الأولى الخاصة بمسارات الهجرة النظامية والعمل اللائق.

ونحيطكم علماً بأن الاتحاد يضم أكثر من أربعين نقابة فرعية في محافظات الدلتا والصعيد، ويتابع أوضاع العمال الزراعيين المصريين العاملين في الأردن ولبنان وليبيا.

وتفضلوا بقبول وافر الاحترام،

عادل منصور
أمين العلاقات الخارجية
الاتحاد العام لنقابات عمال الزراعة والري
القاهرة - جمهورية مصر العربية
ت: 23917604 (202+)
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000a41c7b05ba3e91f2")
    meta = dict(from_name="عادل منصور", from_email="adel.mansour.agri@gmail.example.com",
                subject="ترشيح متحدثين - الاتحاد العام لنقابات عمال الزراعة والري",
                received_at=R(2, 11, 3, 47), mid="<CAK9vR2d+8fQm1Yx7LhT0e3WnB4u@mail.gmail.example.com>",
                extra_headers=GMAIL, lag=22, relay="mail-wr1-f54.google.example.com")
    aff = "الاتحاد العام لنقابات عمال الزراعة والري"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمود عبد الفتاح الشرقاوي", "نائب رئيس الاتحاد", aff, ["plenary"]),
                           SP("نجلاء حسن البنا", "مسؤولة ملف العمالة الموسمية", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers of a farm workers' federation in a numbered list after السيد/السيدة "
                       "(honorifics, not names); affiliation only in the intro sentence and the signature ('في مصر' "
                       "is location); roundtable as an ordinal word ('الأولى'); the sender is not a speaker; Gmail base64")
    return meta, root, label


@message
def h47_03():
    plain = """Bonjour,

Suite à l'appel diffusé par l'OIM, je souhaiterais prendre la parole lors de
la discussion ouverte de la consultation multipartite du 23 février. Notre
clinique juridique accompagne depuis 2017 des migrants subsahariens à Fès et à
Oujda sur les questions d'accès à la justice et de régularisation, et nous
aimerions partager ce que nous observons sur le terrain (objectifs 4, 7 et 15).

Je reste à votre disposition pour tout complément.

Bien cordialement,

--
Pr. Salma Berrada
Professeure de droit public, responsable de la Clinique juridique des migrations
Faculté de droit de l'Université Al Qaraouiyine Nouvelle
Fès, Maroc
+212 6 61 48 30 27
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000007e5d2b05ba4c0a11")
    meta = dict(from_name="Salma Berrada", from_email="salma.berrada@fd-uaqn.example.ma",
                subject="Demande de prise de parole - consultation du 23 février",
                received_at=R(2, 16, 40, 5), mid="<CAF3nT8xJp2Qw0=mR4vK5eYb7Lc9oA@mail.gmail.example.com>",
                sender_tz=tz(1), extra_headers=GMAIL, lag=18, relay="mail-ej1-f41.google.example.com")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Salma Berrada",
                              "Professeure de droit public, responsable de la Clinique juridique des migrations",
                              "Faculté de droit de l'Université Al Qaraouiyine Nouvelle", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="the sender proposes herself in the first person; name, title and affiliation only in the "
                       "signature ('Pr.' honorific, two-part title, city on its own line); 'discussion ouverte de la "
                       "consultation multipartite' = open_discussion; Date header +01:00")
    return meta, root, label


@message
def h47_04():
    plain = """Madame, Monsieur,

Au nom du Réseau des Associations de Migrants de Retour en Afrique de l'Ouest et au Maghreb (RAMR-AOM), nous avons l'honneur de vous transmettre en pièce jointe notre rapport collectif d'examen volontaire de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé collectivement par les onze associations membres du réseau, présentes en Guinée, au Mali, au Sénégal, en Mauritanie, au Maroc et en Tunisie. Il porte principalement sur les objectifs 19, 20 et 21 (contribution des diasporas, envois de fonds, retour et réintégration dans la dignité), à partir d'une enquête menée auprès de 214 personnes de retour entre octobre et décembre 2020.

Nous vous serions reconnaissants de bien vouloir nous confirmer la bonne réception du document.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mamadou Saliou Bah
Coordinateur régional
Réseau des Associations de Migrants de Retour en Afrique de l'Ouest et au Maghreb (RAMR-AOM)
Secrétariat exécutif - Conakry, Guinée
Tél. : +224 622 41 87 06
"""
    pdf = tiny_pdf(["RAMR-AOM - Rapport collectif d'examen volontaire du Pacte mondial sur les migrations",
                    "Fevrier 2021", "1. Introduction et methodologie", "2. Objectifs 19, 20 et 21",
                    "3. Recommandations"], "Rapport collectif RAMR-AOM")
    root = mixed(text(plain, "plain", "utf-8", None, flowed=True),
                 [attachment(pdf, "application/pdf", "RAMR-AOM_Rapport_collectif_examen_PMM_2021.pdf")],
                 boundary="------------A4C2B19E07D3F8A1B6E02C55")
    meta = dict(from_name="Mamadou Saliou Bah", from_email="coordination@ramr-aom.example.org",
                subject="Rapport collectif d'examen volontaire du PMM - RAMR-AOM",
                received_at=R(10, 12, 25, 9), mid="<3b7e0f42-91c2-4d6a-a7f1-0c58e2d9b614@ramr-aom.example.org>",
                sender_tz=tz(0), extra_headers=THUNDERBIRD, lag=33)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["RAMR-AOM_Rapport_collectif_examen_PMM_2021.pdf"], thread_of=None,
                 notes="collective report of a network of returnee associations (eleven members); Thunderbird "
                       "format=flowed 8bit body; Date header in UTC")
    return meta, root, label


@message
def h47_05():
    html = outlook_html("""<p class=MsoNormal>Dear GCM Review Secretariat,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Warm greetings from Amman. Dar Al-Aman Shelter would like to propose two speakers for the regional review. Their details are in the table below:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Name</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Position</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Organization</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Session</b></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal>Dr. Rania Obeidat</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Executive Director</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Dar Al-Aman Shelter for Survivors of Trafficking</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Roundtable 2 &#8211; human rights, trafficking and detention</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal>Ms. Grace Wanjiru Kamau</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>&nbsp;</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Dar Al-Aman Shelter for Survivors of Trafficking</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Open discussion (23 Feb)</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Ms. Kamau is a survivor and peer counsellor who volunteers with our case management team; she would speak in English.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Many thanks and kind regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Lubna Haddadin</b><br>Partnerships &amp; Communication Officer<br>Dar Al-Aman Shelter for Survivors of Trafficking<br>Amman, Jordan | +962 6 552 1938</p>""", lang="EN-GB")
    root = text(html, "html", "utf-8", "qp")
    meta = dict(from_name="Lubna Haddadin", from_email="lubna.h@daraman-shelter.example.jo",
                subject="Two speakers - Dar Al-Aman Shelter", received_at=R(3, 9, 47, 30),
                mid="<00a101d6f9f7$5e6c1d20$1b445760$@daraman-shelter.example.jo>",
                extra_headers=outlook(5, "en-gb"), lag=62)
    aff = "Dar Al-Aman Shelter for Survivors of Trafficking"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rania Obeidat", "Executive Director", aff, ["roundtable"], 2),
                           SP("Grace Wanjiru Kamau", None, aff, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message, two speakers in a table; the second speaker's position cell is "
                       "empty (title null; 'survivor and peer counsellor' in prose is a description, not a title); "
                       "'Dr.'/'Ms.' not part of the names; the sender is not a speaker")
    return meta, root, label


@message
def h47_06():
    plain = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة - المكتب الإقليمي
م/ ترشيح

تحية طيبة..

استناداً إلى الدعوة الموجهة إلى وزارتنا للمشاركة في أعمال الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرنا أن نعلمكم بترشيح الدكتور حيدر عبد الأمير الساعدي، المدير العام لدائرة شؤون المغتربين في وزارة الخارجية العراقية، لإلقاء كلمة جمهورية العراق في الجلسة العامة للمؤتمر الإقليمي.

راجين التفضل بتزويدنا بالترتيبات الفنية الخاصة بالمداخلة ومدتها.

مع التقدير.

قسم العلاقات متعددة الأطراف
دائرة شؤون المغتربين
وزارة الخارجية - جمهورية العراق
بغداد
"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-IQ", rtl=True), charset="windows-1256",
               boundary="----=_NextPart_000_0041_01D6FA3C.9B2E7F10")
    meta = dict(from_name="قسم العلاقات متعددة الأطراف", from_email="multilateral.expat@mofa-iq.example.iq",
                hdr_charset="windows-1256", subject="ترشيح للمداخلة في الجلسة العامة - جمهورية العراق",
                received_at=R(3, 12, 8, 51), mid="<004101d6fa2b$9b2e7f10$d18b6e30$@mofa-iq.example.iq>",
                sender_tz=tz(3), extra_headers=outlook(6, "ar-iq"), lag=75)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("حيدر عبد الأمير الساعدي", "المدير العام لدائرة شؤون المغتربين",
                              "وزارة الخارجية العراقية", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="ministry nomination in one prose sentence: honorific الدكتور before the name; the title "
                       "embeds the department ('المدير العام لدائرة شؤون المغتربين') and the affiliation follows it "
                       "('في وزارة الخارجية العراقية'); sent from a section mailbox; windows-1256; Date header +03:00")
    return meta, root, label


@message
def h47_07():
    plain = """Bonjour,

Je fais partie de l'Association des Ressortissants Guinéens au Liban et j'ai
bien reçu votre invitation pour la consultation du 23 février et la
conférence des 24 et 25 février.

Je voudrais savoir si les réunions auront lieu à Beyrouth en présentiel ou
uniquement en ligne. Si c'est en présentiel, est-ce que l'OIM peut fournir une
lettre d'invitation pour la demande de visa ? Deux membres de notre bureau
sont actuellement à Conakry et doivent obtenir un visa pour entrer au Liban,
et leurs passeports expirent en juin.

Merci d'avance pour votre réponse.

Ibrahima Sow
Secrétaire à l'organisation
Association des Ressortissants Guinéens au Liban (ARGL)
+961 76 308 215
"""
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Ibrahima Sow", from_email="ibrahima.sow.argl@yahoo.example.fr",
                subject="Question visa / format de la conférence", received_at=R(4, 8, 52, 14),
                mid="<1820391447.2093114.1612421520118@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"], lag=14,
                relay="sonic313-21.consmr.mail.ir2.yahoo.example.com")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / format question from a diaspora association; mentions the consultation, the "
                       "conference and the invitation and signs with a full name, title and affiliation, but asks "
                       "for no speaking role")
    return meta, root, label


@message
def h47_08():
    plain = """Hello po! Pls register me for roundtable 2. Maricel Dizon, Chairperson, Kapatiran Migrant Workers Association (KMWA). Thank u

Sent from my iPhone"""
    root = text(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Maricel", from_email="maricel.dizon83@gmail.example.com",
                subject="Roundtable", received_at=R(4, 21, 16, 2),
                mid="<7A1D0F3E-5C42-4B89-9E0A-2F6B81C3D5E7@gmail.example.com>",
                extra_headers=IPHONE, lag=130, relay="mail-pj1-f45.google.example.com")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Maricel Dizon", "Chairperson", "Kapatiran Migrant Workers Association (KMWA)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="one-line message typed on a phone (Filipino 'po', 'Pls', 'u'); name, title and affiliation "
                       "comma-separated in a single sentence; From display name is the first name only; "
                       "'Sent from my iPhone'")
    return meta, root, label


@message
def h47_09():
    plain = """مساء الخير،

بالإشارة إلى رسالتكم أدناه، ترغب جمعية سيدات الريف التعاونية للتصنيع الغذائي في المشاركة بمداخلة ضمن المائدة المستديرة الثالثة (الإدماج الاجتماعي والحصول على الخدمات الأساسية)، وذلك من خلال:

الاسم: السيدة آمنة محمد الزعبي
الصفة: رئيسة الهيئة الإدارية
الجهة: جمعية سيدات الريف التعاونية للتصنيع الغذائي - إربد

تعمل الجمعية مع نساء أردنيات ولاجئات سوريات في إنتاج المواد الغذائية وتسويقها منذ 2014.

مع الشكر،
رزان العمري
منسقة المشاريع
0795 331 862

في الثلاثاء، 2 فبراير 2021 في 11:04 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
"""
    plain += quote(CALL_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000c2e90a05ba6f1d48")
    meta = dict(from_name="Razan Al-Omari", from_email="razan.omari.coop@gmail.example.com",
                subject="Re: دعوة - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(4, 18, 33, 40), mid="<CAM2pQ7t-Wn9xK4rB1fZ8yH3eL0sD6uV@mail.gmail.example.com>",
                in_reply_to="<invitation-ar.20210202.0904@iom.int>",
                references="<invitation-ar.20210202.0904@iom.int>",
                extra_headers=GMAIL, lag=20, relay="mail-wm1-f66.google.example.com")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("آمنة محمد الزعبي", "رئيسة الهيئة الإدارية", "جمعية سيدات الريف التعاونية للتصنيع الغذائي",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail reply quoting the organisers' Arabic call ('>' prefixed), which carries the misprinted "
                       "speaker deadline (23 February), every role and the voluntary-report call; women's "
                       "cooperative; honorific السيدة in the name line; ' - إربد' is the city, left out of the "
                       "affiliation; the sender (project coordinator) is not the speaker")
    return meta, root, label


@message
def h47_10():
    plain = """Bonjour,

Veuillez trouver ci-joint le formulaire de demande de prise de parole de la
Compagnie Masrah Al Ubour, dûment rempli.

Cordialement,
Hela

--
Compagnie Masrah Al Ubour - théâtre et migrations
Tunis
"""
    form = tiny_docx(["Formulaire de demande de prise de parole",
                      "Examen régional du Pacte mondial sur les migrations - région arabe"],
                     table=[["Nom et prénom", "Hela Ben Amor"],
                            ["Fonction", "Directrice artistique"],
                            ["Organisation", "Compagnie Masrah Al Ubour"],
                            ["Session souhaitée", "Séance plénière (24 ou 25 février)"],
                            ["Langue", "Français / arabe"]])
    root = mixed(alt(plain, gmail_html(plain), boundary="000000000000f18c3305ba7a22b0"),
                 [attachment(form, DOCX_TYPE, "Formulaire_prise_de_parole_Masrah_Al_Ubour.docx")],
                 boundary="000000000000f18c3205ba7a22ae")
    meta = dict(from_name="Hela Ben Amor", from_email="hela.benamor@masrah-alubour.example.tn",
                subject="Formulaire de prise de parole", received_at=R(5, 11, 20, 18),
                mid="<CAD8kL4nV2qX7-Rt0mW3bZ9hJ1yF5eG@mail.gmail.example.com>", sender_tz=tz(1),
                extra_headers=GMAIL, lag=16, relay="mail-ed1-f53.google.example.com")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hela Ben Amor", "Directrice artistique", "Compagnie Masrah Al Ubour", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="the body only says a form is attached: name, title, organisation and session are in a table "
                       "inside the DOCX form (not a report); the signature gives the theatre company with a "
                       "tagline ('- théâtre et migrations') and the city")
    return meta, root, label


@message
def h47_11():
    plain = """Dear colleagues,

Please find attached Raseef Data's voluntary GCM review report: "Counting the
uncounted: what public data says (and doesn't say) about migrant deaths and
detention in the Arab region". It is based on a year of scraping and
verifying official statements, court records and media reports in Egypt,
Libya, Lebanon and Iraq, and focuses on Objectives 1, 3, 8 and 13.

We would also be glad to contribute to the conference itself. Our data
editor, Nour El-Din Sabry, has volunteered to serve as rapporteur and present
the stakeholders' key messages. He leads our regional migration data desk and
can present in English or Arabic.

Best,
Yasmine

Yasmine Fathy
Managing Editor | Raseef Data
Independent data journalism from the Arab region
Cairo, Egypt
WhatsApp/Signal +20 100 482 7713
"""
    pdf = tiny_pdf(["Counting the uncounted - Raseef Data voluntary GCM review report 2021",
                    "Objectives 1, 3, 8 and 13", "Methodology", "Findings", "Recommendations"],
                   "Raseef Data GCM voluntary review")
    root = mixed(alt(plain, gmail_html(plain), boundary="0000000000003a7e5105ba8b6c91"),
                 [attachment(pdf, "application/pdf", "RaseefData_GCM_voluntary_review_Feb2021.pdf")],
                 boundary="0000000000003a7e5005ba8b6c8f")
    meta = dict(from_name="Yasmine Fathy", from_email="yasmine@raseefdata.example.com",
                subject="Voluntary review report + rapporteur proposal (Raseef Data)", received_at=R(5, 15, 2, 44),
                mid="<CAJ6oE1s_Yq3bN8mT5rW0kX2vZ7cH9pA@mail.gmail.example.com>",
                extra_headers=GMAIL, lag=25, relay="mail-lf1-f47.google.example.com")
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Nour El-Din Sabry", "data editor", "Raseef Data", ["rapporteur"])],
                 report_attachments=["RaseefData_GCM_voluntary_review_Feb2021.pdf"], thread_of=None,
                 notes="both, on time for each part (5 February); data journalism outlet; the speaker is a colleague "
                       "described in prose ('Our data editor, ...'), title lower-case before the name; affiliation "
                       "by reference ('Our') to the organisation named in the first sentence and the signature")
    return meta, root, label


@message
def h47_12():
    plain = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

مرفق طيه تقرير غرفة تجارة وصناعة صفاقس حول مساهمة القطاع الخاص في تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ولا سيما ما يتعلق بالاستقدام العادل وتنقل اليد العاملة بين تونس وليبيا ودول الخليج (الأهداف 5 و6 و18).

نرجو التكرم بتأكيد الاستلام.

مع فائق الاحترام،

منير القلال
مدير إدارة الدراسات والعلاقات الدولية
غرفة تجارة وصناعة صفاقس
الهاتف: 216 74 296 120+
"""
    docx = tiny_docx(["تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة",
                      "غرفة تجارة وصناعة صفاقس - فبراير 2021",
                      "أولاً: مقدمة", "ثانياً: الاستقدام العادل", "ثالثاً: التوصيات"], rtl=True)
    part = attachment(docx, "application/octet-stream", "تقرير غرفة صفاقس - الاتفاق العالمي للهجرة.docx",
                      style="2047")
    root = mixed(alt(plain, outlook_html(paras(plain), lang="AR-TN", rtl=True),
                     boundary="_000_VI1PR0801MB21763B9F1E2A0C4D7B8E5A21C0F42VI1PR0801MB2176_"),
                 [part], boundary="_004_VI1PR0801MB21763B9F1E2A0C4D7B8E5A21C0F42VI1PR0801MB2176_")
    meta = dict(from_name="Mounir Gallal", from_email="m.gallal@ccis-sfax.example.tn",
                subject="تقرير الاستعراض الطوعي - غرفة تجارة وصناعة صفاقس", received_at=R(11, 10, 36, 12),
                mid="<VI1PR0801MB21763B9F1E2A0C4D7B8E5A21C0F42@VI1PR0801MB2176.eurprd08.prod.outlook.example.com>",
                sender_tz=tz(1), extra_headers=outlook(12, "fr-FR"), lag=48)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير غرفة صفاقس - الاتفاق العالمي للهجرة.docx"], thread_of=None,
                 notes="chamber of commerce report; the DOCX is sent as application/octet-stream with an Arabic "
                       "name RFC 2047-encoded inside the quoted parameters; English From display name; "
                       "Content-Language fr-FR although the body is Arabic")
    return meta, root, label


DISCLAIMER = """DISCLAIMER: This e-mail message and any attachments are confidential and may be legally
privileged. They are intended solely for the use of the individual or entity to whom they are
addressed. If you are not the intended recipient, you are hereby notified that any use,
dissemination, distribution, copying or disclosure of this message or its attachments, in whole
or in part, is strictly prohibited. If you have received this message in error, please notify
the sender immediately by return e-mail and delete this message and all copies from your system.
The Arab Gulf Association of Licensed Recruitment Agencies (AGALRA) does not accept liability for
any errors or omissions in the contents of this message which arise as a result of e-mail
transmission, nor for any loss or damage caused by viruses. Any views or opinions expressed in
this message are solely those of the author and do not necessarily represent those of AGALRA or
its member agencies. Nothing in this message shall be construed as a contractual offer,
acceptance or commitment binding AGALRA unless expressly confirmed in writing by an authorised
signatory. AGALRA is registered with the Department of Economic Development under licence
no. 000000 (example). Please consider the environment before printing this e-mail.
تنبيه: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك هذه الرسالة عن طريق الخطأ
فيرجى إبلاغ المرسل فوراً وحذفها."""


@message
def h47_13():
    plain = """Dear Sir/Madam,

With reference to the call for speakers for the Regional Review of the Global
Compact for Migration in the Arab region, the Arab Gulf Association of Licensed
Recruitment Agencies (AGALRA) would like to request a floor intervention in
Roundtable 1 on regular pathways and decent work.

Our proposed speaker is Mr. Faisal Rahman Qureshi, Vice-Chairman of the Board of
AGALRA, who chairs our working group on the Employer Pays Principle and ethical
recruitment from South Asia.

We look forward to your confirmation.

Regards,

Anjali Menon
Manager - Member Relations
Arab Gulf Association of Licensed Recruitment Agencies (AGALRA)
Office 1403, Business Bay, Dubai, UAE
Tel: +971 4 558 2201 | Mob: +971 55 914 3372
www.agalra.example.ae

""" + DISCLAIMER + "\n"
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Anjali Menon", from_email="anjali.menon@agalra.example.ae",
                subject="Request for floor intervention - Roundtable 1 - AGALRA", received_at=R(2, 14, 28, 3),
                mid=MID_13, sender_tz=tz(4), lag=44,
                extra_headers=["X-Mailer: Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3953)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Faisal Rahman Qureshi", "Vice-Chairman of the Board",
                              "Arab Gulf Association of Licensed Recruitment Agencies (AGALRA)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="recruitment agencies' association; speaker in prose with 'Mr.' and a title followed by "
                       "'of AGALRA' (acronym only; the full name with acronym is in the first paragraph); long "
                       "bilingual legal disclaimer after the signature; Date header +04:00")
    return meta, root, label


@message
def h47_14():
    plain = """Bonjour Mesdames et Messieurs,

L'Association des Maliens de l'Extérieur - section Maroc souhaite
proposer son président, M. Boubacar Kéita, pour une intervention
lors de la table ronde thématique n° 2 (droits humains des migrants,
gestion des frontières, traite et détention) de la conférence des
24 et 25 février.

M. Kéita est installé à Rabat depuis 2009 ; il suit en particulier la
situation des migrants maliens bloqués à la frontière algéro-marocaine
et les retours dits « volontaires ». Il parle français et bambara.

Nous vous remercions de l'attention portée à notre demande.

Pour le bureau,
Aminata Traoré
Chargée de communication
Association des Maliens de l'Extérieur - section Maroc (AME-Maroc)
Rabat
Tél : +212 6 70 22 81 94
"""
    root = text(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="Aminata Traoré", from_email="ame.maroc@laposte.example.net", hdr_charset="iso-8859-1",
                subject="Proposition d'intervenant - table ronde 2", received_at=R(3, 17, 5, 26), sender_tz=tz(1),
                mid="<6c1e4b2a-0f7d-8e3b-55a9-d02c7e61f4a8@laposte.example.net>", extra_headers=THUNDERBIRD, lag=29)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Boubacar Kéita", "président",
                              "Association des Maliens de l'Extérieur - section Maroc (AME-Maroc)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Malian diaspora association nominating its president in prose ('son président, M. ...'): the "
                       "title comes before the name, lower-case; 'section Maroc' is part of the association's name; "
                       "'table ronde thématique n° 2'; hard-wrapped ISO-8859-1 Thunderbird text; the sender "
                       "(communication officer) is not the speaker")
    return meta, root, label


@message
def h47_15():
    plain = """السلام عليكم ورحمة الله وبركاته،

أرجو التفضل بتزويدنا بجدول الأعمال التفصيلي للمشاورة بين أصحاب المصلحة المتعددين (23 شباط) وللمؤتمر الإقليمي (24-25 شباط)، مع أسماء الجلسات ومواعيدها بتوقيت بيروت، إذ نرغب في متابعة أعمال المؤتمر مع طلبة الدراسات العليا في برنامج الهجرة واللجوء.

وهل سيتاح جدول الأعمال باللغة العربية أيضاً؟

مع الشكر والتقدير،

م.د. زينب كاظم الجبوري
قسم علم الاجتماع - كلية الآداب
جامعة الرافدين الأهلية
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="00000000000091d4c805bb1e7f03")
    meta = dict(from_name="زينب الجبوري", from_email="zainab.aljubouri@rafidain-uni.example.iq",
                subject="طلب جدول الأعمال", received_at=R(9, 13, 14, 55), sender_tz=tz(3),
                mid="<CAN5sD0q=Lx8eT2vB7mK4wY1hR9fP3cZ@mail.gmail.example.com>", extra_headers=GMAIL, lag=21,
                relay="mail-qt1-f170.google.example.com")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the detailed agenda from an academic; wants to follow the sessions with students "
                       "(no speaking role); Arabic academic title abbreviation 'م.د.' in the signature")
    return meta, root, label


@message
def h47_16():
    plain = """Dear colleagues,

A small correction to our request below: Fr. Georges Haddad's title should read
"Director General of Social Services" (not "Director of Social Services").
Everything else is unchanged - Roundtable 3.

Apologies for the confusion and many thanks,
Maya

Maya Khoury
Programme Officer
Saint Elias Orthodox Social Service
Achrafieh, Beirut - Lebanon
T +961 1 334 518 | M +961 3 772 409

From: Maya Khoury <m.khoury@stelias-social.example.org>
Sent: Monday, February 1, 2021 10:13 AM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Speaker request - GCM Regional Review - Saint Elias Orthodox Social Service

Dear GCM Regional Review team,

Further to the invitation received last week, the Social Service Department of
our Archdiocese would like to request a speaking slot at the regional review
conference. Please find the details of our proposed speaker below:

Name: Fr. Georges Haddad
Title: Director of Social Services
Affiliation: Saint Elias Orthodox Social Service
Session: Thematic Roundtable 3 (social inclusion, access to basic services)
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="_000_AM6PR0102MB33445D8E1F0A2B3C4D5E6F708192A_")
    meta = dict(from_name="Maya Khoury", from_email="m.khoury@stelias-social.example.org",
                subject="RE: Speaker request - GCM Regional Review - Saint Elias Orthodox Social Service",
                received_at=R(4, 9, 2, 37), in_reply_to=MID_01, references=MID_01,
                mid="<AM6PR0102MB33445D8E1F0A2B3C4D5E6F708192A@AM6PR0102MB3344.eurprd01.prod.outlook.example.com>",
                extra_headers=outlook(16, "en-US"), lag=39)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Georges Haddad", "Director General of Social Services",
                              "Saint Elias Orthodox Social Service", ["roundtable"], 3)],
                 report_attachments=[], thread_of="h47-01.eml",
                 notes="follow-up correcting the speaker's title; the new title is in quotes in the new text, the "
                       "old one in the negation and in the quoted original (Outlook header block, not '>'-prefixed); "
                       "roundtable restated; affiliation only in the signature and the quoted original")
    return meta, root, label


@message
def h47_17():
    plain = """الأستاذة الكريمة،

شكراً على ردكم السريع. إليكم البيانات المطلوبة:

اسم المتحدث: عمار الحلبي
المسمى الوظيفي: مدير البرامج
الجهة: رابطة المغتربين السوريين للتنمية

ونود أن يكون ذلك ضمن المائدة المستديرة الرابعة إن أمكن، فعملنا يتركز على جمع البيانات حول أوضاع السوريين في مصر والسودان.

مع التحية،
عمار

On Wed, 3 Feb 2021 at 16:22, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Mr. Al-Halabi,
>
> Thank you for your message and for your interest in the Regional Review.
> To register a speaking role, could you please send us the name, title and
> organizational affiliation of the speaker, and indicate the session you
> are interested in (open discussion, rapporteur, plenary or one of the four
> thematic roundtables) by Friday, 5 February 2021?
>
> Kind regards,
> GCM Regional Review Secretariat
>
> On Wed, 3 Feb 2021 at 11:05, Ammar Al-Halabi <ammar.halabi@sdda-network.example.org> wrote:
>> Hello,
>> We are a Syrian diaspora association based in Cairo and would like to
>> take part in the conference. How can we register a speaker?
>> Thanks, Ammar
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000005be9f405ba7f3a62")
    mid_secretariat = "<DB7PR09MB2210C84A1E3F9B2D07E6A5F43C1D0@DB7PR09MB2210.eurprd09.prod.outlook.example.com>"
    mid_first = "<CAB1hE7pQ3-sZ9vM2nK6dY0tL4wR8xFc@sdda-network.example.org>"
    meta = dict(from_name="Ammar Al-Halabi", from_email="ammar.halabi@sdda-network.example.org",
                subject="Re: Speaking role at the GCM regional review", received_at=R(5, 10, 6, 15),
                mid="<CAB1hE7pT8-kW3xN5qJ2mV0rG6yS4bLd@sdda-network.example.org>",
                in_reply_to=mid_secretariat, references=f"{mid_first} {mid_secretariat}",
                extra_headers=GMAIL, lag=24, relay="mail-io1-f48.google.example.com")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عمار الحلبي", "مدير البرامج", "رابطة المغتربين السوريين للتنمية", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="Arabic answer in an English thread (English subject, quoted English secretariat message and "
                       "the sender's earlier English question, which are not in this set): acknowledge in Arabic; "
                       "Syrian diaspora group; the speaker is the sender, also named in Latin script in From; "
                       "'الرابعة' ordinal word; 'إن أمكن'")
    return meta, root, label


@message
def h47_18():
    plain = """Madame, Monsieur,

Nous vous prions tout d'abord de bien vouloir excuser ce retard : une coupure
de courant prolongée à Djibouti-ville et la maladie de notre rédactrice
principale nous ont empêchés de finaliser notre contribution avant le 16
février.

Vous trouverez néanmoins ci-joint le rapport d'examen volontaire de
l'Observatoire Djiboutien des Migrations et de la Mobilité (ODMM) sur la
mise en œuvre du Pacte mondial, consacré aux migrants éthiopiens et somaliens
en transit sur la route de l'Est. Nous espérons qu'il pourra encore être pris
en compte dans la synthèse régionale.

Avec nos remerciements et nos excuses renouvelées,

Dr Idriss Houmed Ali
Directeur
Observatoire Djiboutien des Migrations et de la Mobilité (ODMM)
Tél. : +253 21 35 47 90
"""
    pdf = tiny_pdf(["ODMM - Rapport d'examen volontaire du Pacte mondial sur les migrations",
                    "Djibouti, fevrier 2021", "La route de l'Est : migrants en transit", "Recommandations"],
                   "Rapport ODMM PMM 2021")
    root = mixed(alt(plain, outlook_html(paras(plain), lang="FR"),
                     boundary="----=_NextPart_001_0077_01D705E1.2A3B4C50"),
                 [attachment(pdf, "application/pdf", "Rapport examen volontaire PMM - ODMM.pdf")],
                 boundary="----=_NextPart_000_0076_01D705E1.2A3B4C50")
    meta = dict(from_name="ODMM Djibouti", from_email="contact@odmm-djibouti.example.dj",
                subject="Rapport d'examen volontaire PMM - ODMM (avec nos excuses pour le retard)",
                received_at=R(18, 14, 47, 3), sender_tz=tz(3),
                mid="<007601d705d0$2a3b4c50$7eb1e4f0$@odmm-djibouti.example.dj>",
                extra_headers=outlook(18, "fr"), lag=66)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport examen volontaire PMM - ODMM.pdf"], thread_of=None,
                 notes="late report (18 February) with an apology and a reason; PDF name with spaces and a hyphen; "
                       "the body names the 16 February deadline; From display name is the organisation")
    return meta, root, label


@message
def h47_19():
    plain = """Dear GCM Review colleagues,

Greetings from the Regional Office. A few practical questions ahead of next
week so that we can brief our delegation:

1. Will the consultation on 23 Feb and the conference on 24-25 Feb run on the
   same Zoom link, or will separate links be sent for each roundtable?
2. Will Arabic/English/French interpretation be available in all sessions,
   including the roundtables?
3. Is there a time limit for floor interventions (we were told 3 minutes)?
4. Should observers register individually?

Our roundtable speaker was already confirmed by the organisers, so this is only
about the logistics.

Thanks a lot,
Henrik

Henrik Lindqvist
Programme Specialist (Labour Migration)
UN Regional Office for Decent Work - Arab States (example)
Beirut, Lebanon
Tel: +961 1 752 400 ext. 318
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-GB"), boundary="_000_VI1PR10MB2044F1A2B3C4D5E6F7081920AB3_")
    meta = dict(from_name="Henrik Lindqvist", from_email="lindqvist@undw-arabstates.example.org",
                subject="Logistics - Zoom links and interpretation for 23-25 Feb", received_at=R(12, 11, 31, 8),
                mid="<VI1PR10MB2044F1A2B3C4D5E6F7081920AB3@VI1PR10MB2044.eurprd10.prod.outlook.example.com>",
                extra_headers=outlook(19, "en-GB"), lag=35)
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (Zoom links, interpretation, time limits, observers) from a UN office; "
                       "mentions roundtables, floor interventions and 'our roundtable speaker' without proposing one; "
                       "numbered list")
    return meta, root, label


@message
def h47_20():
    plain = """Bonjour,

Je me permets de vous écrire au nom du Collectif Tunisien des Familles de Migrants Disparus (CTFMD), Sfax.

Je sais que la date limite était vendredi dernier, mais nous n'avons reçu l'invitation que ce week-end par une association partenaire. Si c'est encore possible, nous aimerions que Mme Samia Jlassi, mère d'un jeune disparu en mer en 2018 et porte-parole des familles, puisse intervenir à la table ronde 2 sur la protection des droits des migrants.

Merci de nous dire si c'est envisageable.

Bien à vous,
Walid Mabrouk
CTFMD
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000d73f1a05bae2c814")
    meta = dict(from_name="Walid Mabrouk", from_email="walid.mabrouk.ctfmd@gmail.example.com",
                subject="Demande d'intervention (en retard) - table ronde 2", received_at=R(8, 9, 41, 50),
                sender_tz=tz(1), mid="<CAH0rW5vB9-nP2xM8kQ3tE6yJ1dF4gLs@mail.gmail.example.com>",
                extra_headers=GMAIL, lag=19, relay="mail-wr1-f43.google.example.com")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Samia Jlassi", None, "Collectif Tunisien des Familles de Migrants Disparus (CTFMD)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February) and says so; no title for the speaker ('mère d'un jeune disparu' and "
                       "'porte-parole des familles' are descriptions in prose; title null); ', Sfax' is the location, "
                       "'Tunisien' is part of the name; 'Mme' honorific; sender is not the speaker")
    return meta, root, label


@message
def h47_21():
    plain = """حضرات أمانة الاستعراض الإقليمي،

تحية طيبة،

نرسل إليكم مرفقاً تقرير الاستعراض الطوعي الذي أعدّته جمعية حماية العاملات في الخدمة المنزلية حول تنفيذ الاتفاق العالمي من أجل الهجرة في لبنان خلال الفترة 2019-2020، مع التركيز على نظام الكفالة وأوضاع العاملات بعد انفجار مرفأ بيروت والأزمة الاقتصادية.

شكراً لكم،

ريتا عون
منسقة المناصرة
جمعية حماية العاملات في الخدمة المنزلية
+961 70 418 552
"""
    pdf = tiny_pdf(["Voluntary GCM review report - Lebanon 2019-2020",
                    "Association for the Protection of Domestic Workers (example)", "Kafala", "Recommendations"],
                   "Voluntary review report")
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_5C1B9E07-2D4A-4F3B-8E61-0A7C93D2B4F1"),
                 [attachment(pdf, "application/pdf", "تقرير الاستعراض الطوعي - جمعية حماية العاملات.pdf")],
                 boundary="Apple-Mail=_0F3E8A21-7B6C-4D59-A2E4-91C5D7B38F06")
    meta = dict(from_name="Rita Aoun", from_email="rita.aoun@pdw-lebanon.example.org",
                subject="تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة", received_at=R(14, 19, 12, 40),
                mid="<A3D9F1C2-84B7-4E5A-9C60-7B21E8D4F093@pdw-lebanon.example.org>", extra_headers=APPLE, lag=31)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["تقرير الاستعراض الطوعي - جمعية حماية العاملات.pdf"], thread_of=None,
                 notes="Apple Mail; Arabic PDF name in RFC 2231 encoding; English From display name; short "
                       "covering note, the report is the attachment")
    return meta, root, label


@message
def h47_22():
    plain = """Well received, many thanks!

Best regards,
Anjali

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 4:31 PM
To: Anjali Menon <anjali.menon@agalra.example.ae>
Subject: Acknowledgement: Request for floor intervention - Roundtable 1 - AGALRA

Dear Anjali Menon,

Thank you for your message. We confirm receipt of your request for a speaking
role at the Regional Review of the Global Compact for Migration in the Arab
region. The organisers will be in touch about the programme.

GCM Regional Review Secretariat

""" + DISCLAIMER + "\n"
    root = text(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Anjali Menon", from_email="anjali.menon@agalra.example.ae",
                subject="RE: Acknowledgement: Request for floor intervention - Roundtable 1 - AGALRA",
                received_at=R(3, 8, 15, 27), sender_tz=tz(4), lag=41, in_reply_to=ACK_13,
                references=f"{MID_13} {ACK_13}", mid="<7E1B4D90.2C6A3F85@agalra.example.ae>",
                extra_headers=["X-Mailer: Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3953)"])
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h47-13.eml",
                 notes="thank-you reply to our acknowledgement of h47-13: adds nothing new, so no acknowledgement; "
                       "the quoted acknowledgement talks about a speaking role; same long disclaimer as h47-13")
    return meta, root, label


@message
def h47_23():
    plain = """مساء الخير
أعتذر عن التأخر في الإرسال، أرغب بالمشاركة في النقاش المفتوح يوم 23 شباط.
الاسم: لمى يوسف الخطيب
صحفية مستقلة، أكتب عن العمال المهاجرين في الأردن ولبنان

أُرسلت من هاتفي"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail-2B7E5C91-4A0D-4F8E-B3C6-19D2E7A0F5B8")
    meta = dict(from_name="Lama Al-Khatib", from_email="lama.khatib.press@icloud.example.com",
                subject="مشاركة", received_at=R(6, 0, 3, 9), lag=290,
                mid="<5D8F2A61-C39E-4B07-A1F4-6E20B9C7D835@icloud.example.com>",
                extra_headers=IPHONE, relay="st43p00im-ztdg10073201.me.example.com")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("لمى يوسف الخطيب", "صحفية مستقلة", None, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="late: received 00:03 on 6 February Beirut time although the phone's Date header reads "
                       "23:58 on 5 February (queued on the phone); the sender apologises for the delay; short phone message; a freelance journalist with no organisation (affiliation "
                       "null); Arabic 'Sent from my iPhone'; one-word subject")
    return meta, root, label


@message
def h47_24():
    plain = """Bonsoir,

Veuillez trouver ci-joint le rapport d'examen volontaire de l'Association Amal pour les Femmes Migrantes sur la mise en œuvre du Pacte mondial au Maroc (objectifs 6, 7 et 16 : travail décent, vulnérabilités et autonomisation des migrantes).

Le rapport s'appuie sur nos permanences d'accueil à Tanger et à Casablanca et sur des entretiens avec 58 femmes migrantes originaires d'Afrique de l'Ouest et centrale.

Bien cordialement,

Fatou Ndiaye
Chargée de plaidoyer
Association Amal pour les Femmes Migrantes
Tanger
"""
    docx = tiny_docx(["Association Amal pour les Femmes Migrantes",
                      "Rapport d'examen volontaire du Pacte mondial sur les migrations - Maroc, février 2021",
                      "1. Contexte", "2. Objectifs 6, 7 et 16", "3. Recommandations"])
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_E2C7A9F4-1B3D-4E86-9F0A-5D2B7C81E634"),
                 [attachment(docx, DOCX_TYPE, "Rapport_Amal_examen_volontaire_Pacte_mondial.docx")],
                 boundary="Apple-Mail=_8B41D6E2-93F7-4C0A-B5E8-2A7F1C9D3E50")
    meta = dict(from_name="Fatou Ndiaye", from_email="plaidoyer@amal-femmes-migrantes.example.ma",
                subject="Rapport d'examen volontaire - Association Amal", received_at=R(15, 21, 5, 33),
                sender_tz=tz(1), mid="<9C2E7B14-5A3F-4D81-8E06-B1F4A7C29D53@amal-femmes-migrantes.example.ma>",
                extra_headers=APPLE, lag=27)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_Amal_examen_volontaire_Pacte_mondial.docx"], thread_of=None,
                 notes="women migrants' association report as DOCX from Apple Mail; quoted-printable UTF-8 body "
                       "with 'œ'; the signature's city is on its own line; straightforward, on time")
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
        name = f"h47-{i:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta["n"] = i
        meta["qid"] = f"4DbH7k{i:02d}Qz9w"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
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
    build(os.path.join(HERE, "holdout47"))
