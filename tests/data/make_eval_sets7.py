#!/usr/bin/env python3
"""Seventh-author evaluation set for gcm-intake: tests/data/holdout7 (24 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets7.py
(python-docx is needed for the DOCX attachments; everything else is the standard library).

Written without reading intake/, rules/ or the other holdout generators.  Each message is one
function returning (envelope, MIME tree, label); the writer adds the server headers, serialises
with CRLF line endings and derives on_time from received_at and the two deadlines.
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
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def at(day, h, mi, s=0, month=2):
    """Server receive time, Beirut (+02:00)."""
    return dt.datetime(2021, month, day, h, mi, s, tzinfo=BEIRUT)


# ------------------------------------------------------------------ attachment payloads
def png(rgb, w=32, h=10):
    rows = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def pdf(lines, title, producer="Microsoft® Word for Microsoft 365"):
    """One-page PDF with Helvetica text (Latin-1)."""
    def lit(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT /F1 12 Tf 15 TL 60 770 Td"] + ["(%s) Tj T*" % lit(x) for x in lines] + ["ET"]
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20210201090000+02'00') >>"
         % (lit(title), lit(producer))).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def docx(heading, paragraphs, table=None, author="user"):
    """Small DOCX written by python-docx, re-zipped with fixed timestamps so the bytes are stable."""
    import docx as pydocx
    d = pydocx.Document()
    props = d.core_properties
    props.author = props.last_modified_by = author
    props.created = props.modified = dt.datetime(2021, 2, 1, 9, 0, 0)
    props.revision = 2
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            for cell, value in zip(t.add_row().cells, row, strict=True):
                cell.text = value
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ MIME parts
def text(body, subtype="plain", charset="utf-8", cte="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    if charset == "us-ascii":
        cs.body_encoding = None
    return MIMEText(body.replace("\r\n", "\n"), subtype, cs)


def alternative(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attach(data, ctype, filename, naming="2231", cid=None):
    """Attachment part; naming: '2231' (Gmail, Thunderbird, Apple) or '2047' (Outlook) for non-ASCII names."""
    main, sub = ctype.split("/")
    part = MIMEImage(data, sub) if main == "image" else MIMEApplication(data, sub)
    disposition = "inline" if cid else "attachment"
    if filename.isascii():
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disposition, filename=filename)
    elif naming == "2047":
        encoded = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", encoded)
        part.add_header("Content-Disposition", disposition, filename=encoded)
    else:
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        part.add_header("Content-ID", "<%s>" % cid)
    return part


def multipart(kind, parts, boundary=None, **params):
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


# ------------------------------------------------------------------ HTML as mail clients write it
def gmail_html(body, rtl=False, quoted_html=""):
    direction = "rtl" if rtl else "ltr"
    blocks = ["<div>%s</div>" % "<br>".join(escape(x, quote=False) for x in para.split("\n"))
              for para in body.split("\n\n")]
    return '<div dir="%s">%s</div>%s\n' % (direction, "<div><br></div>".join(blocks), quoted_html)


def gmail_quote(header_line, quoted, rtl=False):
    direction = "rtl" if rtl else "ltr"
    inner = "<br>\n".join(escape(x, quote=False) for x in quoted.split("\n"))
    return ('<br><div class="gmail_quote"><div dir="%s" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex"><div dir="%s">%s</div></blockquote></div>'
            % (direction, escape(header_line, quote=False), direction, inner))


def mso_paras(body):
    out = []
    for para in body.split("\n\n"):
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>"
                   % "<br>\n".join(escape(x, quote=False) for x in para.split("\n")))
    return "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n".join(out)


def outlook_html(inner, lang="EN-US", rtl=False):
    direction = ' dir=RTL' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/'
            '12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n'
            '@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal '
            '{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
            '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style></head>\n'
            '<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % (lang, direction, inner))


def mso_table(rows, header=True):
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
           'style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        cells = []
        for value in row:
            v = escape(value, quote=False)
            if header and i == 0:
                v = "<b>%s</b>" % v
            cells.append('<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                         '<p class=MsoNormal>%s<o:p></o:p></p></td>' % v)
        out.append("<tr>%s</tr>" % "".join(cells))
    out.append("</table>")
    return "\n".join(out)


def apple_html(body):
    divs = "".join('<div class="">%s</div>' % (escape(x, quote=False) or '<br class="">')
                   for x in body.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">%s</body></html>\n' % divs)


def quote_gt(body):
    return "\n".join(("> " + x).rstrip() for x in body.split("\n"))


# ------------------------------------------------------------------ envelope
def hdr(value, charset="utf-8"):
    if value.isascii():
        return value
    return Header(value, charset, header_name="Subject").encode(linesep="\r\n")


def address(name, mail, charset="utf-8"):
    if not name:
        return mail
    if name.isascii():
        return formataddr((name, mail))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), mail)


def outlook_headers(seed, lang):
    return ["Thread-Topic: %s" % hdr(seed[0]), "Thread-Index: AQH%sWq3bZ9yRkC2p0cT5eXw==" % seed[1],
            "X-MS-Has-Attach: %s" % seed[2], "X-MS-TNEF-Correlator:", "Content-Language: %s" % lang,
            "X-Mailer: Microsoft Outlook 16.0"]


def render(env, root, n):
    sender_domain = env["from_email"].split("@", 1)[1]
    received = env["received_at"]
    sent = (received - dt.timedelta(seconds=env.get("lag", 23))).astimezone(env.get("sender_tz", BEIRUT))
    relay = env.get("relay", "mail.%s" % sender_domain)
    lines = [
        "Return-Path: <%s>" % env["from_email"],
        "Delivered-To: %s" % MAILBOX,
        "Received: from %s (%s [203.0.113.%d])\r\n\tby mx2.iom.int (Postfix) with ESMTPS id 4DV%02dk7Xq%sz\r\n"
        "\tfor <%s>; %s (EET)" % (relay, relay, 20 + 9 * n, n, "JRW"[n % 3], MAILBOX, format_datetime(received)),
        "Received: from [10.%d.4.%d] by %s with %s; %s"
        % (n, 30 + n, relay, env.get("submission", "ESMTPSA"), format_datetime(sent)),
        "Authentication-Results: mx2.iom.int; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s"
        % (sender_domain, sender_domain),
        "From: %s" % address(env["from_name"], env["from_email"], env.get("charset", "utf-8")),
        "To: %s" % env.get("to", MAILBOX),
    ]
    if env.get("cc"):
        lines.append("Cc: %s" % env["cc"])
    lines.append("Subject: %s" % hdr(env["subject"], env.get("charset", "utf-8")))
    lines.append("Date: %s" % format_datetime(sent))
    lines.append("Message-ID: %s" % env["mid"])
    if env.get("in_reply_to"):
        lines.append("In-Reply-To: %s" % env["in_reply_to"])
    if env.get("references"):
        lines.append("References: %s" % env["references"])
    lines.extend(env.get("extra", []))
    lines.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(lines) + "\r\n").encode("ascii") + out.getvalue()


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def label(category, language, speakers=(), reports=(), thread_of=None, acknowledge=True, notes=""):
    return {"category": category, "language": language, "acknowledge": acknowledge, "speakers": list(speakers),
            "report_attachments": list(reports), "thread_of": thread_of, "notes": notes}


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# Message-IDs that other messages refer to.
MID_INVITE_EN = "<AM6PR0302MB3318B6E0A1C94D2F8E7B55C1D2B19@AM6PR0302MB3318.eurprd03.prod.outlook.com>"
MID_03 = "<CAN4r7Xq2d0bW9kL1sYtFv3mP8cJe6uHzR5gA0nT@mail.gmail.com>"
MID_16 = "<8e1f2a4c7b0d93e5a6f1c2d8b7e40a91@webmail.asam-souss.example.ma>"
MID_17 = "<CAKd6QwM0t3sVb8yNz1eRf5hXj2cLp9aG4uY7oI3@mail.gmail.com>"
MID_ACK_16 = "<ack.20210212T091214.fr.5c0e7a@gcm-intake.iom.int>"

INVITE_EN = """Dear Colleagues,

The Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab
region will take place virtually, with a multi-stakeholder consultation on 23 February 2021 and the
Regional Review Conference on 24-25 February 2021.

Stakeholders are encouraged to submit voluntary GCM review reports to gcmrrarabstates@iom.int by
Tuesday 16 February 2021.

Stakeholders wishing to take the floor may request to (a) take part in the open discussion of the
multi-stakeholder consultation; (b) deliver the key messages of stakeholders as rapporteur; or
(c) make a floor intervention in a plenary session or in one of the four thematic roundtables of the
Conference. Requests should indicate the name, title and organizational affiliation of the speaker
and reach gcmrrarabstates@iom.int by Friday 5 February 2021.

We look forward to your participation.

GCM Regional Review Secretariat"""


# ================================================================== speaker requests
@message
def h7_01():
    rows = [["Name", "Title", "Organization", "Requested session"],
            ["Ms. Hiba Qasem", "Head of the Migrant Workers Desk",
             "General Federation of Transport and Logistics Workers (GFTLW)", "Roundtable 2"],
            ["Mr. Yousef Awwad", "Legal Counsel",
             "General Federation of Transport and Logistics Workers (GFTLW)", "Roundtable 4"]]
    inner = (mso_paras("Dear GCM Regional Review team,\n\nGreetings from Amman.\n\nFurther to your kind invitation, the "
                       "General Federation of Transport and Logistics Workers (GFTLW) would like to request two floor "
                       "interventions in the thematic roundtables of the Regional Review Conference (24-25 February "
                       "2021), as follows:")
             + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso_table(rows)
             + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             + mso_paras("Both colleagues are available on both days. Please do not hesitate to contact me if you "
                         "need anything further.\n\nWith best regards,")
             + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             '<p class=MsoNormal><b><span style="color:#1F3864">Omar Khatib</span></b><br>\n'
             'International Relations Officer<br>\nGFTLW | Amman, Jordan<br>\nTel: +962 6 555 0147 | '
             'Mob: +962 79 555 2381<o:p></o:p></p>\n<p class=MsoNormal><span style="font-size:8.0pt;color:gray">'
             'This message and any attachments are confidential and intended solely for the addressee. If you have '
             'received it in error, please notify the sender and delete it.</span><o:p></o:p></p>')
    root = text(outlook_html(inner, "EN-US"), "html")
    env = dict(from_name="Omar Khatib", from_email="o.khatib@gftlw.example.jo",
               subject="Request for floor interventions - GFTLW", received_at=at(2, 11, 42, 9), sender_tz=tz(2),
               mid="<000f01d6f94c$2a7e5b10$7f7a1130$@gftlw.example.jo>",
               extra=outlook_headers(("Request for floor interventions - GFTLW", "Kx4", "no"), "en-us"))
    lab = label("speaker_request", "en", [
        SP("Hiba Qasem", "Head of the Migrant Workers Desk",
           "General Federation of Transport and Logistics Workers (GFTLW)", ["roundtable"], 2),
        SP("Yousef Awwad", "Legal Counsel",
           "General Federation of Transport and Logistics Workers (GFTLW)", ["roundtable"], 4)],
        notes="HTML-only Outlook message; two speakers in an HTML table, each for a different roundtable (2 and "
              "4); honorifics Ms./Mr. inside the name cells; the sender (signature) is not a speaker")
    return env, root, lab


@message
def h7_02():
    plain = """تحية طيبة وبعد،

أكتب إليكم باسم Bridges Domestic Workers Initiative (BDWI)، وهي مبادرة يقودها عاملات وعمال منازل مهاجرون في لبنان، ردّاً على دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة.

نودّ أن نعبّر عن رغبتنا في القيام بدور المقرّر (rapporteur) لعرض الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر، إذ شاركنا في المشاورات التحضيرية مع عدد من الشبكات المحلية.

بيانات المتحدثة:
الاسم: ريم العطار
المسمّى الوظيفي: منسّقة المناصرة
الجهة: Bridges Domestic Workers Initiative (BDWI)

مع جزيل الشكر،
ريم
--
Reem El Attar | ريم العطار
Advocacy Coordinator, BDWI
+961 3 412 758
"""
    root = alternative(plain, gmail_html(plain, rtl=True), boundary="000000000000a1c3e905ba2f71d4")
    env = dict(from_name="Reem El Attar", from_email="reem.elattar@bdwi.example.org",
               subject="طلب المشاركة كمقررة - BDWI", received_at=at(31, 13, 5, 44, month=1),
               mid="<CAF7pLq0s9W2mXc1vB4nR8eTy6uJ3kD5hZ0aQiGo@mail.gmail.com>", submission="HTTP")
    lab = label("speaker_request", "ar", [
        SP("ريم العطار", "منسّقة المناصرة", "Bridges Domestic Workers Initiative (BDWI)", ["rapporteur"])],
        notes="Arabic body with a Latin-script organisation name (also as affiliation); the signature repeats "
              "name and title in English transliteration ('Reem El Attar', 'Advocacy Coordinator'); the label "
              "keeps the Arabic labelled lines")
    return env, root, lab


PLAIN_03 = """Madame, Monsieur,

Suite à votre invitation à l'examen régional du Pacte mondial pour des
migrations sûres, ordonnées et régulières dans la région arabe, j'ai le
plaisir de vous proposer la candidature de notre collègue M. Abdelkrim
Ben Salah, chargé de mission plaidoyer au sein de l'AHSM, pour une
intervention en séance plénière lors de la conférence des 24 et 25
février 2021.

M. Ben Salah suit depuis quatre ans les questions d'accès aux soins et
de régularisation des travailleurs migrants à Sfax et à Médenine.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

Samira Ouled Kaddour
Directrice exécutive
Association Horizons Solidaires pour les Migrants (AHSM)
15, rue Habib Thameur - 3000 Sfax, Tunisie
Tél. : +216 74 555 219
"""


@message
def h7_03():
    root = alternative(PLAIN_03, gmail_html(PLAIN_03), boundary="000000000000c4d2a705ba3b2e81")
    env = dict(from_name="Samira Ouled Kaddour", from_email="direction.ahsm@gmail.example.com",
               subject="Candidature pour une intervention en plénière - AHSM", received_at=at(1, 10, 20, 31),
               sender_tz=tz(1), mid=MID_03, relay="mail-ej1-f51.google.example.com", submission="HTTP")
    lab = label("speaker_request", "fr", [
        SP("Abdelkrim Ben Salah", "chargé de mission plaidoyer",
           "Association Horizons Solidaires pour les Migrants (AHSM)", ["plenary"])],
        notes="the executive director nominates a colleague (sender is not the speaker); hard-wrapped lines split "
              "the speaker's name across two lines; affiliation only as 'AHSM' next to the name, full form in the "
              "signature; title later corrected in h7-06")
    return env, root, lab


@message
def h7_04():
    new = """Dear colleagues,

Thank you for the invitation below. I would be glad to take part in the open discussion of the multi-stakeholder consultation on 23 February, in particular on labour mobility and skills partnerships.

Best regards,
Karim

Dr. Karim Nassif
Senior Research Fellow
Mashreq Institute for Migration Policy (MIMP)
Hamra Street, Beirut, Lebanon
T +961 1 555 384"""
    quoted_hdr = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                  "Sent: Wednesday, January 20, 2021 4:02 PM\n"
                  "To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                  "Subject: Invitation - Regional Review of the GCM in the Arab Region, 23-25 February 2021")
    plain = new + "\n\n" + quoted_hdr + "\n\n" + INVITE_EN + "\n"
    inner = (mso_paras(new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             + mso_paras(quoted_hdr) + "</div>\n" + mso_paras(INVITE_EN))
    root = alternative(plain, outlook_html(inner, "EN-GB"), boundary="_000_DB7PR03MB41382F0C6E5A1B9DF13A82C4B3B19DB7PR0_")
    env = dict(from_name="Karim Nassif", from_email="k.nassif@mimp-lb.example.org",
               subject="RE: Invitation - Regional Review of the GCM in the Arab Region, 23-25 February 2021",
               received_at=at(3, 16, 48, 2), mid="<DB7PR03MB41382F0C6E5A1B9DF13A82C4B3B19@DB7PR03MB4138.eurprd03.prod.outlook.com>",
               in_reply_to=MID_INVITE_EN, references=MID_INVITE_EN,
               relay="EUR03-DB5-obe.outbound.protection.outlook.com",
               extra=outlook_headers(("Invitation - Regional Review of the GCM in the Arab Region, 23-25 February "
                                      "2021", "9dA", "no"), "en-GB"))
    lab = label("speaker_request", "en", [
        SP("Karim Nassif", "Senior Research Fellow", "Mashreq Institute for Migration Policy (MIMP)",
           ["open_discussion"])],
        notes="reply to the organisers' invitation quoted in Outlook style (not '>'-prefixed), which lists every "
              "role and both deadlines; the request itself is one sentence and the speaker details are only in "
              "the signature ('Dr.' dropped from the name)")
    return env, root, lab


@message
def h7_05():
    cover = """الزملاء الأعزاء في فريق الاستعراض الإقليمي،

تجدون أدناه ترشيح شريكنا في الجامعة للمشاركة في المؤتمر، وقد طلب منّا إرساله إليكم لأنه لم يتلقَّ الدعوة مباشرة.

مع التحية،
سامر الخوري
منسّق البرامج – الشبكة العربية للتنمية والهجرة"""
    fwd_hdr = """---------- Forwarded message ---------
From: Fadi Al Halabi <f.halabi@east-uas.example.edu>
Date: Wed, Feb 3, 2021 at 7:12 PM
Subject: ترشيح للمشاركة في المائدة المستديرة
To: Samer Khoury <samer.khoury@arabdevmig.example.org>"""
    original = """عزيزي سامر،

أرجو التكرّم بإحالة الترشيح التالي إلى سكرتارية الاستعراض الإقليمي:

يسعدنا ترشيح الدكتور فادي الحلبي، أستاذ مشارك في علم الاجتماع، جامعة الشرق للعلوم التطبيقية، للمشاركة بمداخلة في المائدة المستديرة الأولى حول مسارات الهجرة النظامية والعمل اللائق.

مع خالص الشكر،
فادي"""
    plain = cover + "\n\n" + fwd_hdr + "\n\n" + original + "\n"
    html = gmail_html(cover, rtl=True, quoted_html=(
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>'
        % ("<br>".join(escape(x, quote=False) for x in fwd_hdr.split("\n")), gmail_html(original, rtl=True))))
    root = alternative(plain, html, boundary="0000000000005e7b1f05ba6c0d93")
    env = dict(from_name="Samer Khoury", from_email="samer.khoury@arabdevmig.example.org",
               subject="Fwd: ترشيح للمشاركة في المائدة المستديرة", received_at=at(4, 9, 31, 17), sender_tz=tz(3),
               mid="<CAGm1Zq8d4Rt0aXp6Lw3uN9sYb2eKc5vH7jF1oTi@mail.gmail.com>", submission="HTTP")
    lab = label("speaker_request", "ar", [
        SP("فادي الحلبي", "أستاذ مشارك في علم الاجتماع", "جامعة الشرق للعلوم التطبيقية", ["roundtable"], 1)],
        notes="forwarded by a partner organisation with a short cover note; the nomination is inside the Gmail "
              "'Forwarded message' block; neither the forwarder nor his network is the speaker; 'الدكتور' not "
              "part of the name; 'المائدة المستديرة الأولى'")
    return env, root, lab


@message
def h7_06():
    new = """Madame, Monsieur,

Une petite correction à notre message ci-dessous : le titre exact de
M. Abdelkrim Ben Salah est « Responsable du plaidoyer régional » (et non
chargé de mission plaidoyer). Le reste est inchangé : il souhaite
intervenir en séance plénière.

Avec nos excuses pour ce désagrément,

Samira Ouled Kaddour
Directrice exécutive, AHSM"""
    qline = "Le lun. 1 févr. 2021 à 09:20, Samira Ouled Kaddour <direction.ahsm@gmail.example.com> a écrit :"
    plain = new + "\n\n" + qline + "\n\n" + quote_gt(PLAIN_03) + "\n"
    root = alternative(plain, gmail_html(new, quoted_html=gmail_quote(qline, PLAIN_03)),
                       boundary="000000000000f3a91c05ba51d6e2")
    env = dict(from_name="Samira Ouled Kaddour", from_email="direction.ahsm@gmail.example.com",
               subject="Re: Candidature pour une intervention en plénière - AHSM", received_at=at(3, 8, 55, 12),
               sender_tz=tz(1), mid="<CAN4r7XrU5kq1Jd8wQ0cZ2bVf6nHt3yL9sE4aPmo@mail.gmail.com>",
               in_reply_to=MID_03, references=MID_03, relay="mail-ej1-f47.google.example.com", submission="HTTP")
    lab = label("speaker_request", "fr", [
        SP("Abdelkrim Ben Salah", "Responsable du plaidoyer régional",
           "Association Horizons Solidaires pour les Migrants (AHSM)", ["plenary"])],
        thread_of="h7-03.eml",
        notes="correction of the title given in h7-03 (reply, original quoted with '>'); the old title appears "
              "in the new text as the one being replaced and again in the quote; full affiliation only in the "
              "quoted signature")
    return env, root, lab


@message
def h7_07():
    plain = """Hello,

On behalf of the Sudanese Professionals Diaspora Network (SPDN-UK) we would like to nominate Amna Osman Babiker to speak at roundtable 3 (diaspora contributions). She has worked with our members on the cost of sending money home for several years and can share what we have learned.

Many thanks and apologies for the last minute email
Tariq

Sent from my iPhone"""
    root = text(plain, "plain", "us-ascii", "8bit")
    env = dict(from_name="Tariq Mahjoub", from_email="tariq.mahjoub@spdn-uk.example.org",
               subject="Nomination roundtable 3", received_at=at(5, 21, 17, 40), sender_tz=tz(0), lag=35,
               mid="<7D4C1B92-0E8A-4F33-9B51-6A2E3C8D1F07@spdn-uk.example.org>",
               extra=["X-Mailer: iPhone Mail (18D52)"])
    lab = label("speaker_request", "en", [
        SP("Amna Osman Babiker", None, "Sudanese Professionals Diaspora Network (SPDN-UK)", ["roundtable"], 3)],
        notes="short iPhone message from a diaspora network: speaker nominated by someone else, no title given "
              "(her work is described, no job title); sent late on the deadline day from London (Date header "
              "19:17 +0000) but on time")
    return env, root, lab


@message
def h7_08():
    plain = """السادة المحترمين،

أرجو تسجيل طلبي لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 شباط/فبراير.

الاسم: منى الشريف
الصفة: باحثة مستقلة في قضايا الهجرة والعمل

أعتذر عن التأخير، فلم تصلني الدعوة إلا أمس عن طريق إحدى الزميلات.

مع الشكر والتقدير
منى"""
    root = alternative(plain, outlook_html(mso_paras(plain), "AR-SA", rtl=True), cte="b64",
                       boundary="_000_VI1PR0601MB2207C4A1E93B58F0D6A2E17C82B49VI1PR0601MB_")
    env = dict(from_name="Mona Alsharif", from_email="mona.alsharif@outlook.example.com",
               subject="طلب مداخلة في الجلسة العامة", received_at=at(6, 9, 12, 26), sender_tz=tz(3),
               mid="<VI1PR0601MB2207C4A1E93B58F0D6A2E17C82B49@VI1PR0601MB2207.eurprd06.prod.outlook.com>",
               relay="EUR04-VI1-obe.outbound.protection.outlook.com",
               extra=outlook_headers(("طلب مداخلة في الجلسة العامة", "b7Q", "no"), "ar-SA"))
    lab = label("speaker_request", "ar", [
        SP("منى الشريف", "باحثة مستقلة في قضايا الهجرة والعمل", None, ["plenary"])],
        notes="independent researcher: no organisational affiliation (affiliation null); received Saturday 6 "
              "February, after the speaker deadline (late); base64 text parts")
    return env, root, lab


@message
def h7_09():
    rows = [["Nom", "Mme Mariam Konaté"],
            ["Fonction", "Présidente"],
            ["Organisation", "Collectif des Travailleurs Migrants Subsahariens au Maghreb (CTMSM)"],
            ["Session souhaitée", "Table ronde n° 2 – protection des droits humains des migrants"],
            ["Langue d'intervention", "français"]]
    inner = (mso_paras("Bonjour,\n\nNous vous remercions pour l'invitation. Le CTMSM, collectif créé et dirigé par "
                       "des travailleuses et travailleurs migrants, souhaite prendre la parole lors de la "
                       "conférence régionale. Vous trouverez ci-dessous les informations concernant notre "
                       "intervenante :")
             + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso_table(rows, header=False)
             + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
             + mso_paras("Bien à vous,\n\nLe secrétariat du CTMSM\nCasablanca – Maroc\n+212 5 22 55 01 36"))
    root = text(outlook_html(inner, "FR"), "html", cte="qp")
    env = dict(from_name="Secrétariat CTMSM", from_email="secretariat@ctmsm.example.ma",
               subject="Demande de prise de parole – CTMSM", received_at=at(2, 15, 3, 55), sender_tz=tz(1),
               mid="<003b01d6f96a$8c41e2d0$a4c5a870$@ctmsm.example.ma>",
               extra=outlook_headers(("Demande de prise de parole – CTMSM", "Lm2", "no"), "fr-fr"))
    lab = label("speaker_request", "fr", [
        SP("Mariam Konaté", "Présidente", "Collectif des Travailleurs Migrants Subsahariens au Maghreb (CTMSM)",
           ["roundtable"], 2)],
        notes="HTML-only Outlook message; details only in a two-column table (label / value); sent by a shared "
              "secretariat mailbox, the speaker is the president; 'Table ronde n° 2'; 'Mme' not part of the name")
    return env, root, lab


@message
def h7_10():
    plain = """Dear GCM Regional Review Secretariat,

I am writing to request to serve as one of the rapporteurs delivering
the stakeholders' key messages at the Regional Review Conference on
24-25 February. Should the rapporteur roles already be filled, I would
be equally happy to make a floor intervention in Roundtable 4 on data
and evidence-based policies.

My details are:
Nour El-Dine Sabbagh
Assistant Professor of Demography
Graduate Institute of Population Studies, Gulf Coast University

Over the past two years our institute has worked with three national
statistical offices in the region on measuring labour migration, and I
would be glad to bring that perspective.

Kind regards,
Nour

--
Nour El-Dine Sabbagh, PhD
Assistant Professor of Demography
Graduate Institute of Population Studies
Gulf Coast University
+974 4455 7263
"""
    root = alternative(plain, gmail_html(plain), boundary="000000000000d8f4b205ba0c3e57")
    env = dict(from_name="Nour Sabbagh", from_email="nsabbagh@gcu.example.edu.qa",
               subject="Rapporteur / roundtable request", received_at=at(29, 18, 40, 3, month=1), sender_tz=tz(3),
               mid="<CAB2vT9qLz4wN1eYh7Rk0oS6xD3cFm8uJa5pGiKe@mail.gmail.com>",
               relay="mail-wr1-f43.google.example.com", submission="HTTP")
    lab = label("speaker_request", "en", [
        SP("Nour El-Dine Sabbagh", "Assistant Professor of Demography",
           "Graduate Institute of Population Studies, Gulf Coast University", ["rapporteur", "roundtable"], 4)],
        notes="two roles in order of preference: rapporteur first, roundtable 4 as fallback; hard-wrapped plain "
              "text; the From display name ('Nour Sabbagh') is shorter than the name given in the body; "
              "signature splits the affiliation over two lines and adds 'PhD'")
    return env, root, lab


@message
def h7_11():
    plain = """مساء الخير،

أرغب في المشاركة بمداخلة ضمن المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين، إن أمكن ذلك.

مع الشكر

سلوى الدباغ
مسؤولة برنامج الحماية القانونية
جمعية المرفأ للمساعدة القانونية
طرابلس
هاتف: ‎+218 91 555 7712

أُرسلت من الـ iPhone الخاص بي"""
    root = text(plain, "plain", "utf-8", "b64")
    env = dict(from_name="سلوى الدباغ", from_email="salwa.dabbagh@almarfa-legal.example.ly",
               subject="مداخلة - المائدة المستديرة الثانية", received_at=at(4, 22, 6, 18), sender_tz=tz(2), lag=41,
               mid="<5B8E0C27-31D4-4A9F-A6E2-0F7C93B1D4A8@almarfa-legal.example.ly>",
               extra=["X-Mailer: iPhone Mail (18C66)"])
    lab = label("speaker_request", "ar", [
        SP("سلوى الدباغ", "مسؤولة برنامج الحماية القانونية", "جمعية المرفأ للمساعدة القانونية",
           ["roundtable"], 2)],
        notes="one-sentence iPhone request by the speaker herself; name, title and affiliation only in the "
              "signature block (followed by the city, a phone number with a bidi mark and the iPhone footer)")
    return env, root, lab


@message
def h7_12():
    plain = """Dear Sir/Madam,

Apologies for this late submission - we only received the invitation through our regional network this week.

Oasis Relief and Development (ORD) would like to nominate Ms. Farah Zeidan, our Livelihoods Programme Coordinator, to make a floor intervention in the roundtable on regular pathways and decent work (Roundtable 1). Farah coordinates our cash-for-work and vocational training programmes for migrant and refugee workers in northern Iraq.

We would be grateful if the request could still be considered.

Kind regards,

Jonathan Aziz
Programme Director
Oasis Relief and Development (ORD)
Erbil, Iraq | +964 750 555 0193

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the person or entity to which it is addressed and may contain confidential or privileged material. Any review, retransmission or other use by persons other than the intended recipient is prohibited."""
    inner = mso_paras(plain)
    root = alternative(plain, outlook_html(inner, "EN-US"), boundary="_000_PR3PR08MB5721A9D4C3B06E18F27D4E0AB1C59PR3PR08MB5721_")
    env = dict(from_name="Jonathan Aziz", from_email="j.aziz@oasis-rd.example.org",
               subject="Speaker nomination - ORD - Roundtable 1", received_at=at(8, 10, 27, 50), sender_tz=tz(3),
               mid="<PR3PR08MB5721A9D4C3B06E18F27D4E0AB1C59@PR3PR08MB5721.eurprd08.prod.outlook.com>",
               relay="EUR05-AM6-obe.outbound.protection.outlook.com",
               extra=outlook_headers(("Speaker nomination - ORD - Roundtable 1", "c1F", "no"), "en-US"))
    lab = label("speaker_request", "en", [
        SP("Farah Zeidan", "Livelihoods Programme Coordinator", "Oasis Relief and Development (ORD)",
           ["roundtable"], 1)],
        notes="late (Monday 8 February); programme director nominates a colleague; title after the name as an "
              "appositive ('our Livelihoods Programme Coordinator'); roundtable given by theme and number; long "
              "confidentiality notice")
    return env, root, lab


@message
def h7_13():
    plain = """Madame, Monsieur,

Je me permets de vous écrire afin de solliciter une prise de parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Je suis maîtresse de conférences en sociologie au Laboratoire Migrations et Sociétés Méditerranéennes (LAMISOM), où je coordonne une enquête sur les femmes migrantes employées dans l'agriculture saisonnière entre le Maroc, la Tunisie et l'Europe du Sud.

Je vous remercie par avance de l'attention portée à ma demande.

Bien cordialement,

Nadia Belkacem
LAMISOM – Marseille
06 55 41 27 90"""
    root = alternative(plain, apple_html(plain), boundary="Apple-Mail=_6E2B4A1D-93C0-4F58-B7D2-1A8E5C3F0B94")
    env = dict(from_name="Nadia Belkacem", from_email="nadia.belkacem@lamisom.example.fr",
               subject="Demande de prise de parole - consultation du 23 février", received_at=at(5, 17, 50, 8),
               sender_tz=tz(1), mid="<C2A41F7E-8B3D-4E06-A9C5-70D1E2F4B836@lamisom.example.fr>",
               extra=["X-Mailer: Apple Mail (2.3654.60.0.2.21)"])
    lab = label("speaker_request", "fr", [
        SP("Nadia Belkacem", "maîtresse de conférences en sociologie",
           "Laboratoire Migrations et Sociétés Méditerranéennes (LAMISOM)", ["open_discussion"])],
        notes="prose self-request; title and affiliation only inside a sentence ('Je suis maîtresse de "
              "conférences en sociologie au ...'), name only in the signature; 'discussion ouverte de la "
              "consultation multipartite' = open_discussion")
    return env, root, lab


@message
def h7_14():
    plain = """السادة / سكرتارية الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، ترشّح الهيئة الوطنية المستقلة لحقوق الإنسان كلاً من:

1- السيدة هالة المطيري، رئيسة وحدة حقوق العمال المهاجرين، للقيام بدور المقرّر وعرض الرسائل الرئيسية لأصحاب المصلحة.
2- الدكتور بدر السالم، مستشار قانوني في الهيئة، لإلقاء مداخلة في الجلسة العامة.

وتفضلوا بقبول فائق الاحترام والتقدير،

ماجد الراشد
مدير إدارة التعاون الدولي
الهيئة الوطنية المستقلة لحقوق الإنسان
هاتف: 2255 4418 965+

تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط."""
    root = alternative(plain, outlook_html(mso_paras(plain), "AR-SA", rtl=True), charset="windows-1256",
                       boundary="----=_NextPart_000_0042_01D6F871.5C3A2B10")
    env = dict(from_name="ماجد الراشد", from_email="m.alrashed@nihr.example.kw", charset="windows-1256",
               subject="ترشيح متحدثين - الهيئة الوطنية المستقلة لحقوق الإنسان", received_at=at(1, 12, 14, 37),
               sender_tz=tz(3), mid="<004201d6f871$5c3a2b10$14ae8130$@nihr.example.kw>",
               extra=outlook_headers(("ترشيح متحدثين - الهيئة الوطنية المستقلة لحقوق الإنسان", "pV8", "no"), "ar-kw"))
    lab = label("speaker_request", "ar", [
        SP("هالة المطيري", "رئيسة وحدة حقوق العمال المهاجرين", "الهيئة الوطنية المستقلة لحقوق الإنسان",
           ["rapporteur"]),
        SP("بدر السالم", "مستشار قانوني", "الهيئة الوطنية المستقلة لحقوق الإنسان", ["plenary"])],
        notes="two speakers with different roles (rapporteur, plenary) in a numbered list; honorifics السيدة and "
              "الدكتور dropped; affiliation named once before the list ('في الهيئة' for the second); the sender "
              "(signature) is not a speaker; windows-1256")
    return env, root, lab


# ================================================================== voluntary reports
@message
def h7_15():
    plain = """Dear colleagues,

On behalf of the 14 member organisations of the Levant-Gulf Migrant Rights Network (LGMRN), please find attached our collective voluntary GCM review report for the Regional Review in the Arab region.

The report was prepared through three national consultations (Lebanon, Jordan, Kuwait) held in December and January, and covers GCM objectives 6, 7, 13, 15 and 16.

We would appreciate a confirmation of receipt.

Best regards,

Dalia Mourad
Network Coordinator
Levant-Gulf Migrant Rights Network (LGMRN)
www.lgmrn.example.org"""
    inner = (mso_paras(plain.rsplit("\n\n", 1)[0])
             + '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><img width=120 height=38 '
             'src="cid:image001.png@01D70399.4A2B1C30" alt="LGMRN logo"><br>\n'
             + "<br>\n".join(escape(x, quote=False) for x in plain.rsplit("\n\n", 1)[1].split("\n")) + "</p>")
    body = multipart("related", [alternative(plain, outlook_html(inner, "EN-GB"),
                                             boundary="_000_AS8PR02MB6934E1B70FA24C9D3B5E68A1D7F02AS8PR02MB6934_"),
                                 attach(png((120, 40, 60)), "image/png", "image001.png",
                                        cid="image001.png@01D70399.4A2B1C30")],
                     boundary="_004_AS8PR02MB6934E1B70FA24C9D3B5E68A1D7F02AS8PR02MB6934_",
                     type="multipart/alternative")
    report = pdf(["Levant-Gulf Migrant Rights Network (LGMRN)",
                  "Collective Voluntary GCM Review Report - Arab Region, February 2021",
                  "1. Methodology: national consultations in Lebanon, Jordan and Kuwait",
                  "2. Objective 6: fair and ethical recruitment",
                  "3. Objective 7: addressing and reducing vulnerabilities"], "LGMRN collective GCM review")
    root = multipart("mixed", [body, attach(report, "application/pdf",
                                             "LGMRN_Collective_GCM_Voluntary_Review_Feb2021.pdf")],
                     boundary="_005_AS8PR02MB6934E1B70FA24C9D3B5E68A1D7F02AS8PR02MB6934_")
    env = dict(from_name="Dalia Mourad", from_email="coordination@lgmrn.example.org",
               subject="LGMRN collective voluntary GCM review report", received_at=at(15, 16, 22, 4),
               mid="<AS8PR02MB6934E1B70FA24C9D3B5E68A1D7F02@AS8PR02MB6934.eurprd02.prod.outlook.com>",
               relay="EUR02-AM5-obe.outbound.protection.outlook.com",
               extra=outlook_headers(("LGMRN collective voluntary GCM review report", "Tz6", "yes"), "en-GB"))
    lab = label("voluntary_report", "en", reports=["LGMRN_Collective_GCM_Voluntary_Review_Feb2021.pdf"],
                notes="collective report of a 14-member network; Outlook message with an inline logo (image001.png, "
                      "not part of the report) and the PDF; asks for confirmation of receipt")
    return env, root, lab


@message
def h7_16():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport d'examen volontaire du Pacte mondial
pour les migrations élaboré par l'Association Souss Accueil et Migrations
(ASAM), Agadir.

Ce rapport rend compte de nos actions d'accueil et d'accompagnement des
migrants en transit dans la région Souss-Massa en 2019-2020.

Cordialement,
Hassan Aït Oufkir
Chargé de communication - ASAM
"""
    report = docx("Rapport d'examen volontaire du Pacte mondial pour les migrations - ASAM",
                  ["Association Souss Accueil et Migrations (ASAM), Agadir, février 2021.",
                   "1. Contexte : migrants en transit dans la région Souss-Massa.",
                   "2. Objectifs 7 et 15 : réduction des vulnérabilités et accès aux services de base.",
                   "3. Recommandations."], author="ASAM")
    root = multipart("mixed", [text(plain, "plain", "utf-8", "8bit"),
                               attach(report, "application/octet-stream",
                                      "Rapport_examen_volontaire_PMM_ASAM.docx")],
                     boundary="=_5d7c1e0a9b2f4836e1a0c4f7b3d29e85")
    env = dict(from_name="Hassan Ait Oufkir", from_email="communication@asam-souss.example.ma",
               subject="Rapport volontaire PMM - ASAM", received_at=at(12, 11, 5, 21), sender_tz=tz(1),
               mid=MID_16, relay="webmail.asam-souss.example.ma", submission="HTTP (Roundcube)",
               extra=["User-Agent: Roundcube Webmail/1.4.10"])
    lab = label("voluntary_report", "fr", reports=["Rapport_examen_volontaire_PMM_ASAM.docx"],
                notes="DOCX report sent as application/octet-stream by a webmail client (only the .docx extension "
                      "tells what it is); 8bit plain text body")
    return env, root, lab


PLAIN_17 = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسرّ شبكة الجسور للهجرة والتنمية أن ترسل إليكم تقرير الاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مرفقاً بهذه الرسالة.

أما الملحق الإحصائي فسنرسله في رسالة منفصلة نظراً لحجمه.

مع خالص التحية،
ليلى الحسيني
المديرة التنفيذية
شبكة الجسور للهجرة والتنمية
عمّان - الأردن"""


@message
def h7_17():
    report = pdf(["Al-Jusur Network for Migration and Development",
                  "Voluntary GCM Review Report 2021 (Arabic original, English summary)",
                  "Summary: labour migration governance in Jordan and Iraq, 2019-2020",
                  "Annex 1 (statistical data) sent separately"], "Al-Jusur voluntary GCM review")
    name = "تقرير الاستعراض الطوعي - شبكة الجسور.pdf"
    root = multipart("mixed", [alternative(PLAIN_17, gmail_html(PLAIN_17, rtl=True),
                                           boundary="000000000000b2e7d405bb1f48c6"),
                               attach(report, "application/pdf", name)],
                     boundary="000000000000b2e7d605bb1f48c8")
    env = dict(from_name="Layla Husseini", from_email="layla.husseini@aljusur-net.example.org",
               subject="تقرير الاستعراض الطوعي - شبكة الجسور للهجرة والتنمية", received_at=at(10, 14, 30, 48),
               mid=MID_17, relay="mail-ed1-f66.google.example.com", submission="HTTP")
    lab = label("voluntary_report", "ar", reports=[name],
                notes="first of two messages: main report (Arabic file name, RFC 2231); announces that the "
                      "statistical annex follows separately (h7-18)")
    return env, root, lab


@message
def h7_18():
    new = """السادة المحترمين،

إلحاقاً برسالتنا أدناه، تجدون مرفقاً الملحق رقم 1 (البيانات الإحصائية) الخاص بتقرير الاستعراض الطوعي للشبكة.

مع الشكر،
ليلى الحسيني"""
    qline = "في الأربعاء، 10 فبراير 2021 في 2:30 م، كتب Layla Husseini <layla.husseini@aljusur-net.example.org>:"
    plain = new + "\n\n" + qline + "\n\n" + quote_gt(PLAIN_17) + "\n"
    annex = docx("الملحق 1 - بيانات إحصائية",
                 ["شبكة الجسور للهجرة والتنمية - تقرير الاستعراض الطوعي 2021"],
                 table=[["السنة", "عدد الحالات", "الحالات المحالة"], ["2019", "412", "96"], ["2020", "538", "141"]],
                 author="Layla")
    name = "الملحق 1 - بيانات إحصائية.docx"
    root = multipart("mixed", [alternative(plain, gmail_html(new, rtl=True,
                                                             quoted_html=gmail_quote(qline, PLAIN_17, rtl=True)),
                                           boundary="0000000000004c9a1e05bb2f8d37"),
                               attach(annex, DOCX_TYPE, name)], boundary="0000000000004c9a2005bb2f8d39")
    env = dict(from_name="Layla Husseini", from_email="layla.husseini@aljusur-net.example.org",
               subject="Re: تقرير الاستعراض الطوعي - شبكة الجسور للهجرة والتنمية", received_at=at(11, 9, 2, 15),
               mid="<CAKd6QwP7yXa2Nf0cR4jUb9sLm1tHe8vGq3oWz5k@mail.gmail.com>", in_reply_to=MID_17,
               references=MID_17, relay="mail-ed1-f41.google.example.com", submission="HTTP")
    lab = label("voluntary_report", "ar", reports=[name], thread_of="h7-17.eml",
                notes="second half of the report sent in two messages: the annex (DOCX, Arabic file name) as a "
                      "reply quoting the first message; the main PDF is not re-attached")
    return env, root, lab


@message
def h7_19():
    plain = """Dear team,

Please find attached the voluntary GCM review report of the Nile Valley Migrant Support Association (NVMSA). We are sorry it comes a day after the deadline, our board only approved it last night.

Best,
Mariam Fahmy
NVMSA

Sent from my iPhone"""
    report = pdf(["Nile Valley Migrant Support Association (NVMSA)",
                  "Voluntary review of the implementation of the Global Compact for Migration",
                  "Cairo, February 2021"], "NVMSA voluntary GCM review 2021", producer="Pages")
    name = "NVMSA voluntary GCM review 2021.pdf"
    root = multipart("mixed", [text(plain, "plain", "us-ascii", "8bit"), attach(report, "application/pdf", name)],
                     boundary="Apple-Mail-9F3C2E1A-7B40-4D85-A216-3E5F0C9B8D71")
    env = dict(from_name="Mariam Fahmy", from_email="mariam.fahmy@nvmsa.example.org.eg",
               subject="NVMSA voluntary report", received_at=at(17, 8, 41, 30), lag=52,
               mid="<E91B4D3A-62C7-4F08-8A1E-5D2C7B0F3E46@nvmsa.example.org.eg>",
               extra=["X-Mailer: iPhone Mail (18D52)"])
    lab = label("voluntary_report", "en", reports=[name],
                notes="late report (Wednesday 17 February, the day after the report deadline) sent from an iPhone; "
                      "file name with spaces")
    return env, root, lab


# ================================================================== both
@message
def h7_20():
    plain = """Bonjour,

L'Association des Algériens de la Diaspora pour le Développement (AADD), basée à Lyon, a le plaisir de vous adresser en pièce jointe sa contribution à l'examen volontaire du Pacte mondial pour les migrations.

Nous souhaiterions également que notre vice-président, M. Mourad Benhaddou, puisse intervenir lors de la table ronde 3 (inclusion sociale, transferts de fonds et contributions des diasporas).

Restant à votre disposition,

Kheira Zitouni
Secrétaire générale
AADD - 12, rue Saint-Polycarpe, 69001 Lyon
07 55 18 43 62"""
    report = docx("Contribution de l'AADD à l'examen volontaire du Pacte mondial pour les migrations",
                  ["Association des Algériens de la Diaspora pour le Développement (AADD), Lyon, février 2021.",
                   "Objectif 19 : créer les conditions permettant aux diasporas de contribuer au développement.",
                   "Objectif 20 : transferts de fonds plus rapides, plus sûrs et moins coûteux."], author="AADD")
    name = "AADD - Rapport volontaire PMM 2021.docx"
    root = multipart("mixed", [alternative(plain, gmail_html(plain), boundary="000000000000e6a0f305ba7d2c11"),
                               attach(report, DOCX_TYPE, name)], boundary="000000000000e6a0f505ba7d2c13")
    env = dict(from_name="Kheira Zitouni", from_email="aadd.lyon@gmail.example.com",
               subject="Contribution AADD - examen du Pacte mondial + demande d'intervention",
               received_at=at(4, 19, 35, 10), sender_tz=tz(1), mid="<CAE3h9Vn5xKs2Lq7dWb0Rt4pMy1cZf8uJg6oNaQe@mail.gmail.com>",
               relay="mail-wm1-f52.google.example.com", submission="HTTP")
    lab = label("both", "fr", [
        SP("Mourad Benhaddou", "vice-président", "Association des Algériens de la Diaspora pour le Développement (AADD)",
           ["roundtable"], 3)],
        reports=[name],
        notes="report (DOCX) and a speaker request in one message, both before their deadlines; the secretary "
              "general nominates the vice-president; title given as 'notre vice-président'; transliterated "
              "Algerian names")
    return env, root, lab


# ================================================================== other
@message
def h7_21():
    plain = """Dear colleagues,

A few practical questions on behalf of partners in our working group, some of whom have already requested to speak at the Conference:

1. Will simultaneous interpretation (Arabic/English/French) be available for those speaking in the thematic roundtables?
2. How many minutes will each floor intervention be?
3. Can speakers share slides, and when will the link to the virtual platform be sent?

Many thanks in advance,

Sofia Lindqvist
Migration Data Officer
Inter-Agency Working Group on Migration Data (Arab States)
Amman"""
    root = alternative(plain, outlook_html(mso_paras(plain), "EN-US"),
                       boundary="_000_AM0PR10MB3187D2F6A41C0E93B7A5D18E40F12AM0PR10MB3187_")
    env = dict(from_name="Sofia Lindqvist", from_email="s.lindqvist@iawg-migdata.example.org",
               subject="Practical questions - interpretation and speaking time", received_at=at(9, 13, 14, 22),
               mid="<AM0PR10MB3187D2F6A41C0E93B7A5D18E40F12@AM0PR10MB3187.eurprd10.prod.outlook.com>",
               relay="EUR01-HE1-obe.outbound.protection.outlook.com",
               extra=outlook_headers(("Practical questions - interpretation and speaking time", "Wq0", "no"), "en-US"))
    lab = label("other", "en",
                notes="logistics questions (interpretation, length of interventions, slides, platform link); "
                      "mentions speaking, speakers and roundtables but proposes nobody; sender's title and "
                      "affiliation in the signature")
    return env, root, lab


@message
def h7_22():
    plain = """السلام عليكم ورحمة الله،

نرجو إفادتنا إن كان المؤتمر الإقليمي يومي 24 و25 شباط/فبراير سيُعقد حضورياً في بيروت أم عبر الإنترنت فقط. وفي حال انعقاده حضورياً، هل يمكن تزويدنا برسالة دعوة رسمية لتقديم طلب التأشيرة لاثنين من أعضاء جمعيتنا؟ جوازا سفرهما سودانيان.

ولكم جزيل الشكر،
عبد الرحمن إدريس
جمعية الأمل للمهاجرين والعائدين - الخرطوم"""
    root = alternative(plain, gmail_html(plain, rtl=True), boundary="00000000000071c5a205ba8e3f20")
    env = dict(from_name="Abdelrahman Idris", from_email="amal.migrants.kh@gmail.example.com",
               subject="استفسار بخصوص التأشيرة", received_at=at(7, 10, 50, 5), sender_tz=tz(2),
               mid="<CAM8eB1rYv6Tq3Xn0Ps9Lk2dUw5hGj7cZo4mRfAi@mail.gmail.com>",
               relay="mail-lf1-f54.google.example.com", submission="HTTP")
    lab = label("other", "ar",
                notes="visa / invitation-letter question for an in-person attendance; no submission")
    return env, root, lab


@message
def h7_23():
    inner = mso_paras("""Madame, Monsieur,

Notre organisation compte suivre les travaux de la consultation multipartite du 23 février et de la conférence régionale des 24 et 25 février.

Pourriez-vous nous transmettre l'ordre du jour ou le programme provisoire des sessions, ainsi que les horaires (heure de Beyrouth) ?

Avec nos remerciements,

Yacine Bouzid
Chargé de projets
Observatoire Maghrébin des Mobilités Humaines (OMMH)
Alger""")
    root = text(outlook_html(inner, "FR"), "html")
    env = dict(from_name="Yacine Bouzid", from_email="y.bouzid@ommh.example.dz",
               subject="Demande d'ordre du jour", received_at=at(8, 15, 28, 44), sender_tz=tz(1),
               mid="<000601d6fe31$d24b8e10$76e2aa30$@ommh.example.dz>",
               extra=outlook_headers(("Demande d'ordre du jour", "Hn5", "no"), "fr-dz"))
    lab = label("other", "fr", notes="HTML-only Outlook request for the agenda and session times; no submission")
    return env, root, lab


@message
def h7_24():
    new = """Merci beaucoup pour la confirmation de réception.

Bonne journée,
Hassan"""
    ack = """Madame, Monsieur,

Nous accusons réception de votre rapport d'examen volontaire (Rapport_examen_volontaire_PMM_ASAM.docx), reçu le 12 février 2021. Il sera transmis au comité d'organisation de l'examen régional.

Secrétariat de l'examen régional du Pacte mondial pour les migrations"""
    qline = ("Le 12/02/2021 10:12, GCM Regional Review Arab States a écrit :")
    plain = new + "\n\n" + qline + "\n" + quote_gt(ack) + "\n"
    root = text(plain, "plain", "utf-8", "8bit")
    refs = "%s\r\n %s" % (MID_16, MID_ACK_16)
    env = dict(from_name="Hassan Ait Oufkir", from_email="communication@asam-souss.example.ma",
               subject="Re: Accusé de réception - Rapport volontaire PMM - ASAM", received_at=at(12, 16, 40, 3),
               sender_tz=tz(1), mid="<3f0c9d21b6e84a7f5c2e10d8a9b4f7e6@webmail.asam-souss.example.ma>",
               in_reply_to=MID_ACK_16, references=refs, relay="webmail.asam-souss.example.ma",
               submission="HTTP (Roundcube)", extra=["User-Agent: Roundcube Webmail/1.4.10"])
    lab = label("other", "fr", thread_of="h7-16.eml", acknowledge=False,
                notes="thank-you replying to our acknowledgement of h7-16 (In-Reply-To = the acknowledgement, "
                      "References also name h7-16); adds nothing new, so no acknowledgement; the quoted "
                      "acknowledgement names the report file")
    return env, root, lab


# ------------------------------------------------------------------ writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(folder, name))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = "h7-%02d.eml" % n
        assert fn.__name__ == "h7_%02d" % n, fn.__name__
        env, root, lab = fn()
        raw = render(env, root, n)
        assert b"boundary=\"=====" not in raw, "%s: set every multipart boundary (reproducibility)" % name
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(raw)
        received = env["received_at"]
        category = lab["category"]
        on_time = {"speaker_request": received <= SPEAKER_DEADLINE,
                   "voluntary_report": received <= REPORT_DEADLINE,
                   "both": received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE}.get(category)
        labels.append({"file": name, "received_at": received.isoformat(), "category": category,
                       "language": lab["language"], "acknowledge": lab["acknowledge"], "on_time": on_time,
                       "speakers": lab["speakers"], "report_attachments": lab["report_attachments"],
                       "thread_of": lab["thread_of"], "notes": lab["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout7"))
