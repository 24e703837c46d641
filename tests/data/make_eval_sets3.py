#!/usr/bin/env python3
"""Third-author evaluation set for gcm-intake: tests/data/holdout3 (20 raw messages + labels.json).

Deterministic: run with  /tmp/venv/bin/python tests/data/make_eval_sets3.py
Written without reading intake/ or rules/.  Every message is spelled out below as a small
"letter" record (headers, client style, body parts, attachments) next to its expected label.
"""
import datetime as dt
import io
import json
import os
import struct
import zipfile
import zlib
from email import encoders
from email.charset import Charset, QP, BASE64
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
EET = dt.timezone(dt.timedelta(hours=2))


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


# ----------------------------------------------------------------- attachment payloads
def tiny_png(rgb=(20, 90, 160), w=24, h=12):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title="Document"):
    """Minimal valid one-page PDF, Helvetica, Latin-1 text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word for Office 365) >>" % esc(title)).encode("latin-1"),
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


def fixed_zip(data):
    """Rewrite a zip with fixed timestamps so the DOCX bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(heading, paragraphs=(), table=None, rtl=False):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "user"
    cp.created = cp.modified = dt.datetime(2021, 2, 1, 9, 0, 0)
    cp.last_modified_by = "user"
    cp.revision = 1
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte, None)
    if charset in ("us-ascii",):
        cs.body_encoding = None
    text = text.replace("\r\n", "\n")
    part = MIMEText(text, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data, ctype, filename, style="2231", inline_cid=None):
    maintype, subtype = ctype.split("/")
    if maintype == "image":
        p = MIMEImage(data, subtype)
    else:
        p = MIMEApplication(data, subtype)
    ascii_name = all(ord(c) < 128 for c in filename)
    disp = "inline" if inline_cid else "attachment"
    if ascii_name:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook style: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    else:  # Gmail / Thunderbird style: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        p.add_header("Content-ID", "<%s>" % inline_cid)
    return p


def mixed(body, attachments, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in attachments:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


def related(body, images, boundary=None):
    m = MIMEMultipart("related", type="multipart/alternative")
    m.attach(body)
    for i in images:
        m.attach(i)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = []
    for para in text.split("\n\n"):
        blocks.append("<div>%s</div>" % "<br>".join(escape(l, quote=False) for l in para.split("\n")))
    return '<div%s>%s</div>\n' % (d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "table.grid td{border:solid #999 1.0pt;padding:2pt 5pt}--></style></head>\n"
            "<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n</div></body></html>\n"
            % (lang, d, inner))


def paras(text, cls="MsoNormal"):
    out = []
    for para in text.split("\n\n"):
        out.append("<p class=%s>%s</p>" % (cls, "<br>\n".join(escape(l, quote=False) for l in para.split("\n"))))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join("<div class=\"\">%s</div>" % (escape(l, quote=False) or "<br class=\"\">") for l in text.split("\n"))
            + "</body></html>\n")


# ----------------------------------------------------------------- envelope
def enc_header(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), email)


def render(m, root):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = rat - dt.timedelta(seconds=m.get("lag", 31))
    sent = sent.astimezone(m.get("sender_tz", EET))
    h = []
    h.append("Return-Path: <%s>" % m.get("return_path", m["from_email"]))
    h.append("Delivered-To: " + MAILBOX)
    relay = m.get("relay", "mail." + host)
    h.append("Received: from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (EET)"
             % (relay, relay, m.get("ip", "198.51.100.%d" % (10 + m["n"] * 7)), m["qid"], MAILBOX,
                format_datetime(rat)))
    if m.get("inner_received"):
        h.append(m["inner_received"] % {"date": format_datetime(sent)})
    h.append("Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
             % (m["from_email"].split("@")[1], m["from_email"].split("@")[1]))
    h.append("From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")))
    h.append("To: " + m.get("to", MAILBOX))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    for extra in m.get("extra_headers", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    body = buf.getvalue()
    return ("\r\n".join(h) + "\r\n").encode("ascii") + body


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcA%sQk7VZ1bXn2Q0uRr3yS1w==", "Content-Language: %s"]


def outlook_headers(n, lang):
    return [OUTLOOK[0], OUTLOOK[1] % ("%04d" % (n * 37)), OUTLOOK[2] % lang]


# ----------------------------------------------------------------- the quoted invitation letter
INVITE_EN_RT = """Stakeholders may request a speaking role by e-mail to gcmrrarabstates@iom.int, giving the name, title and organizational affiliation of the speaker, by Friday 5 February 2021. Floor interventions may be requested in a plenary session or in one of the four thematic roundtables:
- Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration (Objectives 2, 5, 6, 12, 18)
- Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention (Objectives 4, 8, 9, 10, 11, 13, 14, 21)
- Roundtable 3: Social inclusion and cohesion, access to basic services, remittances and diaspora contributions (Objectives 15, 16, 19, 20, 22)
- Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation (Objectives 1, 3, 7, 17, 23)"""

INVITE_AR_RT = """ويمكن لأصحاب المصلحة طلب الكلمة عبر البريد الإلكتروني gcmrrarabstates@iom.int مع ذكر اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021. ويمكن طلب المداخلة في إحدى الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع:
المائدة المستديرة الأولى: تعزيز مسارات الهجرة النظامية والعمل اللائق ومعالجة دوافع الهجرة
المائدة المستديرة الثانية: حماية حقوق الإنسان للمهاجرين: إدارة الحدود وتهريب المهاجرين والاتجار بالبشر والاحتجاز
المائدة المستديرة الثالثة: الإدماج والتماسك الاجتماعيان والحصول على الخدمات الأساسية والتحويلات المالية ومساهمات المغتربين
المائدة المستديرة الرابعة: البيانات والسياسات القائمة على الأدلة وعدم التمييز والتعاون الدولي"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ================================================================= holdout3 messages
MID_Q04 = "<CAJx8pQm2vK7T0hB1nWf4s_Lq9cD3eR5uY6iO0aZ@mail.gmail.com>"
MID_Q10 = "<CAHr3k9sXw1Y0m-PzB7dQ2tLfN5vU8eJ4aG6cK1o@mail.gmail.com>"
MID_Q14 = "<004a01d6fbb1$6c2e1f40$448a5dc0$@rfmwu-gulf.example.org>"
ACK_Q04 = "<ack.GCM-AR-0031.20210204T0706@gcm-intake.iom.int>"


@message
def q01():
    plain = """السادة / فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

إشارةً إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّ مركز عمّان للدراسات الاستراتيجية في الهجرة والتنمية أن يرشّح إحدى خبيراته لتقديم مداخلة خلال أعمال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021، وذلك ضمن أعمال المائدة المستديرة الثالثة.

وفيما يلي بيانات المرشّحة:
الدكتورة سلمى بن يوسف، مديرة وحدة البحوث الميدانية في المركز، ولها خبرة تزيد على خمس عشرة سنة في قضايا إدماج العمال المهاجرين واللاجئين في المجتمعات المضيفة.

شاكرين لكم حسن تعاونكم، وتفضلوا بقبول فائق الاحترام والتقدير،

د. هشام الروسان
المدير العام
مركز عمّان للدراسات الاستراتيجية في الهجرة والتنمية
هاتف: 5531207 6 962+
عمّان – المملكة الأردنية الهاشمية
"""
    html = outlook_html(paras(plain), lang="AR-JO", rtl=True)
    root = alt(plain, html, charset="windows-1256", cte="qp", boundary="----=_NextPart_000_0012_01D6FA21.7C3B2E10")
    meta = dict(from_name="مكتب المدير العام", from_email="dg.office@acsmd.example.jo", hdr_charset="windows-1256",
                subject="ترشيح متحدثة – المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة",
                received_at=R(2021, 2, 3, 11, 42, 10), mid="<001201d6fa10$7c3b2e10$74b18a30$@acsmd.example.jo>",
                extra_headers=outlook_headers(1, "ar-jo"), lag=95)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سلمى بن يوسف", "مديرة وحدة البحوث الميدانية",
                              "مركز عمّان للدراسات الاستراتيجية في الهجرة والتنمية", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="formal Arabic letter 'يسرّ ... أن يرشّح'; nominee's details in a later paragraph with honorific الدكتورة; "
                       "affiliation only by reference ('في المركز'); the signer (director general) is not the speaker; windows-1256")
    return meta, root, label


@message
def q02():
    plain = """Hi
Count me in for roundtable 4 pls, deadline is today right?
Yousef Al-Amin - field coordinator, Gulf Domestic Workers Solidarity (GDWS), Dubai
Thx

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", cte=None)
    meta = dict(from_name="Yousef Al-Amin", from_email="y.alamin@gdws.example.ae", subject="RT4 speaker",
                received_at=R(2021, 2, 5, 22, 50, 41), sender_tz=tz(4), lag=159,
                mid="<8E2F1C4A-77B0-4F2D-9A51-3C0D6B2E91AF@gdws.example.ae>",
                extra_headers=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Yousef Al-Amin", "field coordinator", "Gulf Domestic Workers Solidarity (GDWS)",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="terse mobile message; Date header (+04:00) already reads Sat 6 Feb but the server received it "
                       "Fri 5 Feb 22:50 Beirut time, so it is on time; 'Dubai' is a city, not part of the affiliation")
    return meta, root, label


@message
def q03():
    html = outlook_html("""<p class=MsoNormal>Madame, Monsieur,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Suite à votre courrier d'invitation relatif à l'examen régional du Pacte mondial sur les migrations dans la région arabe, la Confédération Démocratique des Travailleurs Migrants (CDTM) a le plaisir de vous proposer les intervenants suivants&nbsp;:</p>
<ul style="margin-top:0cm" type=disc>
<li class=MsoNormal><b>M. Karim BEN SALAH</b>, Secrétaire général adjoint chargé des relations internationales – table ronde n°1</li>
<li class=MsoNormal><b>Mme Nadia LAHLOU</b>, Responsable du département des travailleuses migrantes – intervention en séance plénière (24 ou 25 février)</li>
</ul>
<p class=MsoNormal>Les deux camarades ont déjà participé aux consultations nationales de 2020 et pourront s'exprimer en arabe ou en français.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Nous restons à votre disposition pour toute information complémentaire.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Salutations syndicales,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Le Secrétariat de la CDTM</b><br>12, rue d'Alger – 1001 Tunis<br>Tél.&nbsp;: +216 71 335 408<br><i>Ensemble pour la dignité des travailleurs migrants</i></p>
<p class=MsoNormal><span style="font-size:7.5pt;color:gray">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.</span></p>""", lang="FR")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Secrétariat CDTM", from_email="secretariat@cdtm-syndicat.example.tn",
                subject="Propositions d'intervenants - CDTM - Examen régional du Pacte mondial",
                received_at=R(2021, 2, 4, 16, 20, 3), sender_tz=tz(1), lag=44,
                mid="<000c01d6fb0a$1f2e3d40$5d8cb7c0$@cdtm-syndicat.example.tn>",
                extra_headers=outlook_headers(3, "fr"))
    aff = "Confédération Démocratique des Travailleurs Migrants (CDTM)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Karim BEN SALAH", "Secrétaire général adjoint chargé des relations internationales", aff,
                              ["roundtable"], 1),
                           SP("Nadia LAHLOU", "Responsable du département des travailleuses migrantes", aff,
                              ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message, bulleted list; two speakers of the same union; all-caps surnames with "
                       "particle (BEN SALAH); affiliation only in the intro sentence; 'table ronde n°1'; sender is a secretariat")
    return meta, root, label


@message
def q04():
    plain = """Dear colleagues,

On behalf of the Centre for Migration and Refugee Studies (CMRS), please find attached our voluntary GCM review report for the Arab region, prepared jointly with four partner universities in Lebanon and Jordan. It covers Objectives 6, 7, 15 and 16 and draws on 43 interviews with migrant domestic workers, recruiters and employers.

I would also like to put myself forward to serve as rapporteur for the multi-stakeholder consultation on 23 February, delivering the stakeholders' key messages. I'm Associate Professor of Sociology and Founding Director of CMRS, and I served as rapporteur of the 2019 civil society forum in Beirut. A short CV is attached in case it helps.

Kind regards,
Hana

--
Hana Mikati, PhD
Associate Professor of Sociology | Founding Director
Centre for Migration and Refugee Studies (CMRS)
Saida, Lebanon | +961 7 723 914
"Knowledge for dignified mobility"
"""
    body = alt(plain, gmail_html(plain), boundary="000000000000a1b2c3d4e5f60718")
    rep = tiny_pdf(["Centre for Migration and Refugee Studies (CMRS)",
                    "Voluntary GCM Review Report - Arab Region, 2021",
                    "Objectives 6, 7, 15 and 16: findings from 43 interviews.",
                    "1. Fair recruitment and decent work ...", "2. Reducing vulnerabilities ..."],
                   "CMRS Voluntary GCM Review 2021")
    cv = tiny_pdf(["Hana Mikati, PhD - short CV", "Associate Professor of Sociology",
                   "Founding Director, CMRS (since 2015)", "Selected publications ..."], "CV")
    root = mixed(body, [attachment(rep, "application/pdf", "CMRS_GCM_Voluntary_Review_2021.pdf"),
                        attachment(cv, "application/pdf", "Mikati_CV_short.pdf")],
                 boundary="000000000000a1b2c3d4e5f60719")
    meta = dict(from_name="Hana Mikati", from_email="hana.mikati@cmrs.example.edu",
                subject="CMRS voluntary GCM review report + rapporteur volunteer",
                received_at=R(2021, 2, 4, 9, 5, 27), lag=12, relay="mail-ed1-f41.google.com", mid=MID_Q04)
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Hana Mikati", "Associate Professor of Sociology and Founding Director",
                              "Centre for Migration and Refugee Studies (CMRS)", ["rapporteur"], None)],
                 report_attachments=["CMRS_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="report PDF plus a CV PDF that is not part of the report; self-nomination as rapporteur with the "
                       "title in prose ('I'm ... of CMRS'); signature splits the title with '|' and adds 'PhD'")
    return meta, root, label


@message
def q05():
    plain = """السلام عليكم ورحمة الله وبركاته،

نرفق لكم طيّه التقرير الطوعي الخاص بمؤسسة سواحل للتنمية والإغاثة حول تنفيذ الاتفاق العالمي من أجل الهجرة في اليمن، ولا سيما أوضاع المهاجرين القادمين من القرن الأفريقي عبر السواحل الجنوبية ونقاط العبور في لحج وشبوة.

نعتذر عن التأخير في الإرسال بسبب الانقطاع المتكرر للكهرباء والإنترنت في عدن، ونأمل أن يُدرج التقرير ضمن التقارير المقدَّمة.

مع خالص الشكر والتقدير،
عبدالله باوزير
منسق المشاريع
مؤسسة سواحل للتنمية والإغاثة – عدن
"""
    body = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f3e2d1c0b9a87654")
    docx_bytes = make_docx("Sawahel Foundation for Development and Relief - Voluntary GCM Review 2021",
                           ["Context: mixed migration along the southern coast of Yemen.",
                            "Section 1: Objectives 7, 8 and 21.", "Section 2: recommendations."])
    root = mixed(body, [attachment(docx_bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "التقرير الطوعي - مؤسسة سواحل 2021.docx"),
                        attachment(tiny_png((0, 120, 110)), "image/png", "شعار المؤسسة.png")],
                 boundary="000000000000f3e2d1c0b9a87655")
    meta = dict(from_name="مؤسسة سواحل", from_email="info@sawahel-ye.example.org",
                subject="التقرير الطوعي لمؤسسة سواحل - المراجعة الإقليمية للاتفاق العالمي للهجرة",
                received_at=R(2021, 2, 14, 13, 33, 0), sender_tz=tz(3), lag=20, relay="mail-wr1-f54.google.com",
                mid="<CAPq7vB3nX0kLw9sT2eM6yR1uH4dZ8fJ5cA3oQ7g@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي - مؤسسة سواحل 2021.docx"], thread_of=None,
                 notes="Arabic DOCX file name in RFC 2231; logo PNG attachment is not part of the report; "
                       "the sender apologises for a delay but it arrived before the 16 Feb deadline")
    return meta, root, label


@message
def q06():
    plain = """Rabat, le 2 février 2021

Objet : Proposition d'intervenante - Examen régional du Pacte mondial sur les
migrations dans la région arabe (24-25 février 2021)

Madame, Monsieur,

Nous avons l'honneur de vous proposer la candidature de notre Directrice
exécutive, Mme Aïcha El Fassi, pour une prise de parole lors de l'une des
séances plénières de la conférence régionale des 24 et 25 février 2021.

Mme El Fassi dirige depuis 2014 les programmes d'accompagnement juridique de
l'Association Marocaine pour les Droits des Migrants Subsahariens (AMDMS) à
Rabat, Oujda et Tanger. Elle a contribué à la préparation du rapport national
de la société civile sur la mise en oeuvre du Pacte.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Pour le Bureau exécutif,

Mohamed Réda TAZI
Président
Association Marocaine pour les Droits des Migrants Subsahariens (AMDMS)
14, avenue Ibn Sina, Agdal - Rabat
Tél. : +212 5 37 68 21 90
"""
    root = text_part(plain, "plain", "iso-8859-1", "qp", flowed=True)
    meta = dict(from_name="AMDMS - Présidence", from_email="presidence@amdms.example.ma", hdr_charset="iso-8859-1",
                subject="Candidature - intervention en séance plénière - AMDMS",
                received_at=R(2021, 2, 2, 10, 11, 45), sender_tz=tz(1), lag=61,
                mid="<5f3a9c2e-1b7d-4e08-a6c4-2d91e0b7f35a@amdms.example.ma>",
                extra_headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.0",
                               "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Aïcha El Fassi", "Directrice exécutive",
                              "Association Marocaine pour les Droits des Migrants Subsahariens (AMDMS)", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="formal French letter 'Nous avons l'honneur de vous proposer'; title before the name "
                       "('notre Directrice exécutive, Mme ...'), wrapped over a line break; the signer (Président) is not "
                       "the speaker; iso-8859-1 plain text, format=flowed")
    return meta, root, label


@message
def q07():
    rows = [("Mr. Omar Haddad", "Legal Officer", "Jordanian Lawyers for Refugee Rights (JLRR)", "Roundtable II"),
            ("Ms. Mariam Osman Abdelrahim", "Community Mobiliser", "Sudanese Women in the Diaspora Network (SWDN)",
             "Plenary (floor intervention)"),
            ("Dr. Tarek Nasser", "Senior Researcher", "Basra Centre for Labour Studies",
             "Open discussion, 23 Feb consultation")]
    intro = ("Dear IOM / ESCWA colleagues,\n\nFollowing consultation among our member organisations, the Arab Civil "
             "Society Platform on Migration (ACSPM) is pleased to submit the following nominations for speaking roles. "
             "Each nominee has confirmed availability.")
    outro = ("The platform itself does not request a separate slot. We will share our collective voluntary report "
             "next week.\n\nWarm regards,\n\nRasha Khoury\nCoordinator\nArab Civil Society Platform on Migration (ACSPM)\n"
             "Beirut | Tunis | Amman\nwww.acspm.example.org")
    plain = intro + "\n\n" + "Name\tPosition\tOrganisation\tRequested slot\n" + \
        "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    table = ("<table class=grid border=1 cellspacing=0 cellpadding=0 style=\"border-collapse:collapse\">\n"
             "<tr>" + "".join("<td><p class=MsoNormal><b>%s</b></p></td>" % c
                              for c in ("Name", "Position", "Organisation", "Requested slot")) + "</tr>\n"
             + "\n".join("<tr>" + "".join("<td><p class=MsoNormal>%s</p></td>" % escape(c) for c in r) + "</tr>"
                         for r in rows) + "\n</table>")
    html = outlook_html(paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n" + table +
                        "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro))
    root = alt(plain, html, boundary="----=_NextPart_000_0041_01D6FB9E.2AB7C5E0")
    meta = dict(from_name="Rasha Khoury", from_email="coordination@acspm.example.org",
                subject="ACSPM nominations for speaking roles – GCM Arab Regional Review",
                received_at=R(2021, 2, 5, 17, 5, 12), lag=140,
                mid="<004101d6fbdd$2ab7c5e0$8026b1a0$@acspm.example.org>", extra_headers=outlook_headers(7, "en-gb"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Omar Haddad", "Legal Officer", "Jordanian Lawyers for Refugee Rights (JLRR)", ["roundtable"], 2),
                           SP("Mariam Osman Abdelrahim", "Community Mobiliser",
                              "Sudanese Women in the Diaspora Network (SWDN)", ["plenary"], None),
                           SP("Tarek Nasser", "Senior Researcher", "Basra Centre for Labour Studies",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="platform coordinator nominates three people of three member organisations in a 4-column table "
                       "(tab-separated in the plain part); 'Roundtable II' in roman numerals; honorifics inside the name "
                       "cells; the coordinator is not a speaker; a report is only announced")
    return meta, root, label


@message
def q08():
    plain = """السلام عليكم
ارجو تسجيلي للمداخلة في المائدة المستديرة الثانية
خالد عمر بابكر - مسؤول المناصرة - رابطة العمال السودانيين بالقاهرة
شكرا جزيلا

أُرسلت من هاتف Galaxy"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000007e6d5c4b3a291807")
    meta = dict(from_name="خالد بابكر", from_email="khalid.babiker91@gmail.example.com", subject="مشاركة",
                received_at=R(2021, 2, 8, 9, 14, 30), lag=8, relay="mail-pj1-f65.google.com",
                mid="<CAGv1oT9yK3rW7mB0xN2qL5dS8eF4hJ6uZ1cP9aE@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("خالد عمر بابكر", "مسؤول المناصرة", "رابطة العمال السودانيين بالقاهرة", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="terse mobile Arabic, one-line details separated by hyphens; roundtable as an ordinal word "
                       "('الثانية'); received 8 Feb, after the 5 Feb speaker deadline")
    return meta, root, label


@message
def q09():
    plain = """مساء الخير،

نحن في جمعية جسور للتنمية المجتمعية (طرابلس – لبنان) سجّلنا للمشاركة في الاستشارة يوم 23 شباط، ولدينا بعض الأسئلة:
1. هل ستتوفر ترجمة فورية بين العربية والفرنسية في الموائد المستديرة أم في الجلسات العامة فقط؟
2. هل سيُرسل رابط Zoom لكل يوم على حدة؟ وهل يمكن لشخصين من الجمعية استخدام التسجيل نفسه؟

وفي ما يخص الاستبيان المرفق بالدعوة، هذه إجاباتنا:
- نوع المنظمة: جمعية أهلية
- مجال العمل: حماية العاملات في الخدمة المنزلية والإحالة القانونية
- هل شاركتم في استعراضات سابقة؟ نعم، في المشاورات الوطنية عام 2020
- أولوياتنا: الهدفان 6 و7 من الاتفاق العالمي

للعلم، زميلي أرسل طلب المداخلة الخاص بنا في رسالة منفصلة الأسبوع الماضي.

مع الشكر،
ريم الشامي
جمعية جسور للتنمية المجتمعية
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000c0ffee1234abcd01")
    meta = dict(from_name="Reem Shami", from_email="reem.shami@jousour.example.org",
                subject="استفسار حول الترجمة الفورية والاستبيان",
                received_at=R(2021, 2, 10, 12, 0, 4), lag=26, relay="mail-lf1-f47.google.com",
                mid="<CAKm5sR8tV2wX4yZ6aB8cD0eF2gH4iJ6kL8mN0pQ@mail.gmail.com>")
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[], thread_of=None,
                 notes="logistics questions plus survey answers; mentions a speaking request sent separately by a "
                       "colleague but proposes nobody; Latin display name on an Arabic message")
    return meta, root, label


@message
def q10():
    plain = """Bonjour,

Je m'appelle Youssef Ben Amor et je souhaiterais prendre la parole lors de la troisième table ronde (inclusion, cohésion sociale) le 24 ou le 25 février.

Merci de me confirmer si c'est possible et de m'indiquer la marche à suivre.

Bien à vous,
Youssef
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000b7c8d9e0f1a2b3c4")
    meta = dict(from_name="Youssef Ben Amor", from_email="youssef.benamor@gmail.example.com",
                subject="Intervention table ronde",
                received_at=R(2021, 2, 1, 20, 40, 9), sender_tz=tz(1), lag=5, relay="mail-wm1-f43.google.com",
                mid=MID_Q10)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Youssef Ben Amor", None, None, ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination with no title and no organisation (both null); 'la troisième table ronde' in words")
    return meta, root, label


@message
def q11():
    plain = """Re-bonjour,

Je complète mon message d'hier : j'ai oublié de préciser que je suis trésorier de l'association Tunisiens Solidaires de Lyon (TSL), qui accompagne les familles de migrants tunisiens dans la région lyonnaise. C'est à ce titre que je souhaite intervenir.

Cordialement,

Youssef Ben Amor
Trésorier – Tunisiens Solidaires de Lyon (TSL)
06 12 48 90 33

Le lun. 1 févr. 2021 à 19:40, Youssef Ben Amor <youssef.benamor@gmail.example.com> a écrit :
""" + quote("""Bonjour,

Je m'appelle Youssef Ben Amor et je souhaiterais prendre la parole lors de la troisième table ronde (inclusion, cohésion sociale) le 24 ou le 25 février.

Merci de me confirmer si c'est possible et de m'indiquer la marche à suivre.

Bien à vous,
Youssef""") + "\n"
    root = alt(plain, gmail_html(plain), boundary="000000000000d4c3b2a1f0e9d8c7")
    meta = dict(from_name="Youssef Ben Amor", from_email="youssef.benamor@gmail.example.com",
                subject="Re: Intervention table ronde",
                received_at=R(2021, 2, 2, 8, 15, 40), sender_tz=tz(1), lag=6, relay="mail-wm1-f43.google.com",
                mid="<CAHr3k9sXw1Y0m-Qa8eR3uMgO6wV9fK5bH7dL2p@mail.gmail.com>",
                in_reply_to=MID_Q10, references=MID_Q10)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Youssef Ben Amor", "Trésorier", "Tunisiens Solidaires de Lyon (TSL)", ["roundtable"], 3)],
                 report_attachments=[], thread_of="q10.eml",
                 notes="reply to his own earlier message completing the missing title and affiliation; roundtable "
                       "number only in the quoted original")
    return meta, root, label


@message
def q12():
    plain = """الزملاء الأعزاء في فريق الاستعراض الإقليمي،
تحية طيبة،

نرفق لكم التقرير الطوعي لجمعية الأمل لرعاية العائدين والنازحين (العراق) حول تنفيذ الاتفاق العالمي من أجل الهجرة، وقد أعددناه بالتشاور مع ست منظمات محلية في نينوى والأنبار.

كما نودّ أن نرشّح رئيسة الجمعية الأستاذة نور الهدى كاظم الربيعي لتقديم مداخلة في المائدة المستديرة المعنية بالإدماج والتماسك الاجتماعيين والحصول على الخدمات الأساسية، بحسب ما ورد في رسالتكم أدناه. نعتذر عن تأخّر الترشيح ونأمل أن يكون ذلك ممكناً.

مع التقدير،

Zainab Jawad
Programme Officer
Al-Amal Association for Returnees and IDPs
Baghdad, Iraq | +964 770 418 2256

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 20, 2021 3:12 PM
Subject: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة

السادة والسيدات أصحاب المصلحة المحترمين،
تتشرف المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) بدعوتكم إلى الاستشارة المتعددة الأطراف يوم 23 شباط/فبراير 2021 وإلى المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.
""" + INVITE_AR_RT + "\n"
    html = outlook_html(paras(plain), lang="AR-IQ", rtl=True)
    body = alt(plain, html, boundary="----=_NextPart_000_00A3_01D6FF8C.51E2B700")
    rep = tiny_pdf(["Al-Amal Association for Returnees and IDPs - Iraq",
                    "Voluntary Report on the Implementation of the GCM, 2021",
                    "Consultations with six local organisations in Ninewa and Anbar."], "Al-Amal GCM report")
    root = mixed(body, [attachment(rep, "application/pdf", "AlAmal_GCM_Voluntary_Report_2021.pdf")],
                 boundary="----=_NextPart_000_00A2_01D6FF8C.51E2B700")
    meta = dict(from_name="Zainab Jawad", from_email="z.jawad@alamal-iq.example.org",
                subject="RE: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(2021, 2, 10, 10, 2, 33), sender_tz=tz(3), lag=70,
                mid="<00a301d6ff7b$51e2b700$f5a82500$@alamal-iq.example.org>",
                in_reply_to="<invitation-2021-01-20.ar@iom.int>", references="<invitation-2021-01-20.ar@iom.int>",
                extra_headers=outlook_headers(12, "ar-iq"))
    label = dict(category="both", language="ar", acknowledge=True,
                 speakers=[SP("نور الهدى كاظم الربيعي", "رئيسة الجمعية", "جمعية الأمل لرعاية العائدين والنازحين",
                              ["roundtable"], 3)],
                 report_attachments=["AlAmal_GCM_Voluntary_Report_2021.pdf"], thread_of=None,
                 notes="Arabic body with English signature; title before name ('رئيسة الجمعية الأستاذة ...'); roundtable "
                       "named only by theme, resolved to 3 from the quoted invitation list (which also carries the "
                       "misprinted 23 Feb deadline); report on time but speaker part late (10 Feb), so on_time false")
    return meta, root, label


@message
def q13():
    plain = """Hello,

Please find attached the speaker registration form, completed for our nominee. She is available on both days of the conference.

Let me know if you need anything else from our side.

Best,
Imane Chraibi
Communications Assistant
MYMI – Casablanca
"""
    body = alt(plain, gmail_html(plain), boundary="00000000000054a3b2c1d0e9f8a7")
    form = make_docx("GCM Regional Review for the Arab Region - Speaker registration form",
                     ["Please complete one form per proposed speaker."],
                     table=[["Name", "Fatima Zahra EL IDRISSI"],
                            ["Title", "Founder and President"],
                            ["Organisation", "Moroccan Youth for Migrant Inclusion (MYMI)"],
                            ["Session", "Roundtable 4"],
                            ["E-mail", "fz.elidrissi@mymi.example.ma"],
                            ["Phone", "+212 6 61 27 45 08"]])
    root = mixed(body, [attachment(form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Speaker_form_MYMI.docx")], boundary="00000000000054a3b2c1d0e9f8a8")
    meta = dict(from_name="Imane Chraibi", from_email="imane.chraibi@mymi.example.ma",
                subject="Speaker form - MYMI", received_at=R(2021, 2, 4, 15, 47, 22), sender_tz=tz(1), lag=18,
                relay="mail-ej1-f52.google.com", mid="<CAN8rT4wY6uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Fatima Zahra EL IDRISSI", "Founder and President",
                              "Moroccan Youth for Migrant Inclusion (MYMI)", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="speaker details only in the attached DOCX form (Name/Title/Organisation/Session table); the body "
                       "says 'our nominee' without a name; the sender is not the speaker; the form is not a report")
    return meta, root, label


@message
def q14():
    plain = """الإخوة والأخوات في المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) المحترمين،

تحية نقابية وبعد،

يتشرّف الاتحاد الإقليمي لنقابات العمال المهاجرين في الخليج بأن يرشّح الزميلين التاليين لتقديم مداخلات باسم الحركة النقابية خلال المؤتمر الإقليمي:

الاسم\tالصفة\tالمشاركة المطلوبة
الأستاذ سامي فهد العنزي\tالأمين العام للاتحاد\tمداخلة في الجلسة العامة
السيدة ليلى منصور\tمسؤولة ملف العمالة المنزلية\tالمائدة المستديرة الأولى

ونحن على استعداد لتزويدكم بأي معلومات إضافية.

وتفضلوا بقبول فائق الاحترام،

عن المكتب التنفيذي
يوسف الحربي
مسؤول العلاقات الخارجية
الاتحاد الإقليمي لنقابات العمال المهاجرين في الخليج
«العمل اللائق حقٌّ للجميع»
"""
    rows = [("الاسم", "الصفة", "المشاركة المطلوبة"),
            ("الأستاذ سامي فهد العنزي", "الأمين العام للاتحاد", "مداخلة في الجلسة العامة"),
            ("السيدة ليلى منصور", "مسؤولة ملف العمالة المنزلية", "المائدة المستديرة الأولى")]
    head, rest = plain.split("الاسم\t", 1)
    tail = rest.split("الأولى\n", 1)[1]
    table = ("<table class=grid dir=RTL border=1 cellspacing=0 cellpadding=0 style=\"border-collapse:collapse\">\n"
             + "\n".join("<tr>" + "".join("<td><p class=MsoNormal>%s</p></td>" % c for c in r) + "</tr>" for r in rows)
             + "\n</table>")
    html = outlook_html(paras(head.strip()) + "\n" + table + "\n" + paras(tail.strip()), lang="AR-KW", rtl=True)
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_004A_01D6FBC2.6C2E1F40")
    meta = dict(from_name="الاتحاد الإقليمي - العلاقات الخارجية", from_email="external@rfmwu-gulf.example.org",
                hdr_charset="windows-1256", subject="ترشيحات الاتحاد للمشاركة في المؤتمر الإقليمي",
                received_at=R(2021, 2, 5, 14, 30, 18), sender_tz=tz(3), lag=88, mid=MID_Q14,
                extra_headers=outlook_headers(14, "ar-kw"))
    aff = "الاتحاد الإقليمي لنقابات العمال المهاجرين في الخليج"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("سامي فهد العنزي", "الأمين العام للاتحاد", aff, ["plenary"], None),
                           SP("ليلى منصور", "مسؤولة ملف العمالة المنزلية", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="trade-union letter with a 3-column RTL table (tabs in the plain part); honorifics الأستاذ/السيدة "
                       "inside the name cells; 'الجلسة العامة' = plenary, 'المائدة المستديرة الأولى' = roundtable 1; "
                       "signer is not a speaker; windows-1256")
    return meta, root, label


@message
def q15():
    plain = """Dear colleagues,

Forwarding the message below from Dr Amna Elnour, who tried to write to you twice this evening but her messages bounced (her institute's mail server seems to be blocklisted). She is a long-standing partner of ours in Khartoum and Kassala.

Best,
Laila

Laila Mahgoub
Programme Analyst | Joint Programme on Migration Governance
United Nations, Khartoum

---------- Forwarded message ---------
From: Amna Elnour <amna.elnour@somd-sd.example.org>
Date: Fri, Feb 5, 2021 at 9:40 PM
Subject: Speaking role request - GCM Arab Regional Review
To: Laila Mahgoub <laila.mahgoub@unjp-sd.example.org>


Dear Laila,
Could you please pass this on to the GCM regional review team, as my emails keep coming back?

Dear GCM Regional Review team,

I am writing to request a floor intervention in the roundtable on protecting the human rights of migrants, in particular on border governance and on the situation of people stranded in eastern Sudan. I am a Senior Researcher at the Sudan Observatory for Mobility and Displacement (SOMD).

Many thanks,
Amna

On Wed, Jan 20, 2021 at 3:12 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
""" + quote(INVITE_EN_RT) + "\n"
    root = alt(plain, gmail_html(plain), boundary="0000000000009f8e7d6c5b4a3928")
    meta = dict(from_name="Laila Mahgoub", from_email="laila.mahgoub@unjp-sd.example.org",
                subject="Fwd: Speaking role request - GCM Arab Regional Review",
                received_at=R(2021, 2, 6, 0, 3, 20), sender_tz=tz(0), lag=280, relay="mail-qk1-f170.google.com",
                mid="<CAB2mN4bV6cX8zL0kJ2hG4fD6sA8pO0iU2yT4rE6@mail.gmail.com>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Amna Elnour", "Senior Researcher", "Sudan Observatory for Mobility and Displacement (SOMD)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="forwarded by a UN staff member who is not the speaker; roundtable named only by theme, resolved "
                       "to 2 from the quoted invitation list; Date header (UTC) is 23:58 Beirut on 5 Feb but the server "
                       "received it at 00:03 on 6 Feb, so late")
    return meta, root, label


@message
def q16():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Plateforme des Associations Franco-Maghrébines pour les Migrations (PAFM) sur la mise en œuvre du Pacte mondial, ainsi que son annexe statistique.

Nous sommes conscients que la date limite du 16 février est dépassée et espérons qu'il pourra néanmoins être pris en compte dans la synthèse régionale.

Bien cordialement,

Claire Dubois-Nasri
Chargée de mission plaidoyer
PAFM – 27, boulevard National, 13001 Marseille
"""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=120 height=60 src="cid:image001.png@01D705E1.3C0A2B90" alt="PAFM"></p>', lang="FR")
    body = related(alt(plain, html, boundary="----=_NextPart_002_0077_01D705E1.3C0A2B90"),
                   [attachment(tiny_png((200, 60, 40)), "image/png", "image001.png",
                               inline_cid="image001.png@01D705E1.3C0A2B90")],
                   boundary="----=_NextPart_001_0076_01D705E1.3C0A2B90")
    d = make_docx("PAFM - Rapport volontaire sur la mise en oeuvre du Pacte mondial (2021)",
                  ["Introduction", "Partie 1 : voies de migration régulière", "Partie 2 : diasporas et envois de fonds"])
    annex = tiny_pdf(["Annexe 1 - Donnees statistiques", "Tableau 1 : envois de fonds 2015-2020",
                      "Tableau 2 : titres de sejour delivres"], "Annexe 1")
    root = mixed(body, [attachment(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Rapport volontaire PAFM - Pacte mondial 2021.docx"),
                        attachment(annex, "application/pdf", "Annexe 1 - Données statistiques.pdf", style="2047")],
                 boundary="----=_NextPart_000_0075_01D705E1.3C0A2B90")
    meta = dict(from_name="Claire Dubois-Nasri", from_email="c.dubois-nasri@pafm.example.fr",
                subject="Rapport volontaire PAFM – examen régional du Pacte mondial",
                received_at=R(2021, 2, 18, 11, 20, 55), sender_tz=tz(1), lag=75,
                mid="<007501d705d0$3c0a2b90$b41e82b0$@pafm.example.fr>", extra_headers=outlook_headers(16, "fr"))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport volontaire PAFM - Pacte mondial 2021.docx",
                                     "Annexe 1 - Données statistiques.pdf"], thread_of=None,
                 notes="late report (18 Feb); report DOCX plus its statistical annex (RFC 2047 file name), both part of "
                       "the report; inline logo image001.png in multipart/related is not")
    return meta, root, label


@message
def q17():
    plain = """Many thanks for confirming, much appreciated.

Best,
Hana

On Thu, Feb 4, 2021 at 9:06 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Hana Mikati,
>
> Thank you for your message. We confirm receipt of your submission to the
> Regional Review of the Global Compact for Migration in the Arab region.
>
> Reference: GCM-AR-0031
>
> GCM Regional Review team
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000e1d2c3b4a5968778")
    meta = dict(from_name="Hana Mikati", from_email="hana.mikati@cmrs.example.edu",
                subject="Re: GCM Regional Review (Arab States) - receipt GCM-AR-0031",
                received_at=R(2021, 2, 4, 12, 30, 2), lag=9, relay="mail-ed1-f41.google.com",
                mid="<CAJx8pQm2vK7T0hB1nWf4s_Zz1yX2wV3uT4sR5q@mail.gmail.com>",
                in_reply_to=ACK_Q04, references=MID_Q04 + "\r\n " + ACK_Q04)
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="q04.eml",
                 notes="pure thank-you reply to our acknowledgement of q04; adds nothing, so no acknowledgement")
    return meta, root, label


@message
def q18():
    plain = """الإخوة والأخوات المحترمين،

إلحاقاً برسالتنا المؤرخة في 5 شباط/فبراير 2021، نحيطكم علماً بأن السيدة ليلى منصور تعتذر عن المشاركة لظروف صحية طارئة، ويرشّح الاتحاد بدلاً منها الأستاذ محمد صالح الكندري، نائب رئيس الاتحاد، للمداخلة في المائدة المستديرة نفسها (الأولى).

أما ترشيح الأمين العام للجلسة العامة فيبقى كما هو دون تغيير.

مع خالص التحية،
يوسف الحربي
مسؤول العلاقات الخارجية
الاتحاد الإقليمي لنقابات العمال المهاجرين في الخليج

-----Original Message-----
From: الاتحاد الإقليمي - العلاقات الخارجية <external@rfmwu-gulf.example.org>
Sent: Friday, February 5, 2021 3:29 PM
To: gcmrrarabstates@iom.int
Subject: ترشيحات الاتحاد للمشاركة في المؤتمر الإقليمي

يتشرّف الاتحاد الإقليمي لنقابات العمال المهاجرين في الخليج بأن يرشّح الزميلين التاليين ...
"""
    html = outlook_html(paras(plain), lang="AR-KW", rtl=True)
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0019_01D6FEC8.0B7D1A60")
    meta = dict(from_name="الاتحاد الإقليمي - العلاقات الخارجية", from_email="external@rfmwu-gulf.example.org",
                hdr_charset="windows-1256", subject="RE: ترشيحات الاتحاد للمشاركة في المؤتمر الإقليمي",
                received_at=R(2021, 2, 9, 10, 45, 37), sender_tz=tz(3), lag=52,
                mid="<001901d6feb7$0b7d1a60$2277a0c0$@rfmwu-gulf.example.org>",
                in_reply_to=MID_Q14, references=MID_Q14, extra_headers=outlook_headers(18, "ar-kw"))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمد صالح الكندري", "نائب رئيس الاتحاد",
                              "الاتحاد الإقليمي لنقابات العمال المهاجرين في الخليج", ["roundtable"], 1)],
                 report_attachments=[], thread_of="q14.eml",
                 notes="replacement speaker for q14 (only the new nominee is proposed; the withdrawn speaker and the "
                       "unchanged secretary-general are not listed); 'المائدة المستديرة نفسها (الأولى)'; after the "
                       "speaker deadline, so late")
    return meta, root, label


@message
def q19():
    plain = """Bonsoir,

Avec nos excuses pour cet envoi un peu tardif, le Réseau Mauritanien Migration et Développement (REMMID) vous transmet son rapport volontaire d'examen du Pacte mondial. Le fichier étant trop volumineux pour être joint, il est disponible ici (lien valable 7 jours) :
https://wetransfer.example.com/downloads/7c1e93a0b5d24f68/REMMID_rapport_volontaire_PMM_2021

Par ailleurs, nous souhaitons que notre chargé de plaidoyer, M. Sidi Mohamed OULD BRAHIM, puisse prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Bien cordialement,

Mariem Mint Ahmed
Secrétaire exécutive
REMMID – Nouakchott, Mauritanie
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_3F0A9B2C-6D1E-4A57-8C20-91B7E4D5F6A3")
    meta = dict(from_name="Mariem Mint Ahmed", from_email="mariem.mintahmed@remmid.example.mr",
                subject="Rapport volontaire REMMID et demande de prise de parole",
                received_at=R(2021, 2, 5, 23, 28, 15), sender_tz=tz(1), lag=25,
                mid="<A3D9E1F0-2B4C-4D6E-8F01-23456789ABCD@remmid.example.mr>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.40.0.2.32)"])
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Sidi Mohamed OULD BRAHIM", "chargé de plaidoyer",
                              "Réseau Mauritanien Migration et Développement (REMMID)", ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="report only as a download link (no attachment); colleague nominated with title before name; "
                       "'discussion ouverte de la consultation multipartite' = open_discussion; Date header in +01:00 "
                       "reads 22:27 while the server time is 23:28 Beirut, still on time for both parts")
    return meta, root, label


@message
def q20():
    html = outlook_html("""<p class=MsoNormal>Dear Sir or Madam,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Maghreb Diaspora Forum Europe (MDFE) would like to nominate our Head of Policy and Advocacy, Ms. Soukaina Derdouri, to take the floor in the panel on labour migration and decent work at the regional conference.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Ms. Derdouri coordinates our work with Moroccan, Algerian and Tunisian seasonal workers in Spain, Belgium and the Netherlands, and has contributed to the EU&#8211;Africa dialogue on labour mobility.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Kind regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Joost van den Berg</b><br>Operations Manager<br>Maghreb Diaspora Forum Europe (MDFE)<br>Rue de la Loi 155, 1040 Brussels<br><span style="color:#1F4E79">Connecting diasporas, building bridges</span></p>
<p class=MsoNormal><span style="font-size:7.0pt;color:gray">This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.</span></p>""", lang="EN-GB")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Joost van den Berg", from_email="j.vandenberg@mdfe.example.eu",
                subject="Nomination – MDFE speaker", received_at=R(2021, 2, 1, 15, 10, 30), sender_tz=tz(1), lag=47,
                mid="<002e01d6f89a$4a1b3c50$de5135f0$@mdfe.example.eu>", extra_headers=outlook_headers(20, "en-gb"))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Soukaina Derdouri", "Head of Policy and Advocacy", "Maghreb Diaspora Forum Europe (MDFE)",
                              ["roundtable"], None)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook; title before the name with 'and' inside it; 'panel on labour migration and "
                       "decent work' is a thematic roundtable but no theme list is quoted, so roundtable null; the "
                       "sender (Operations Manager, Dutch particle name) is not the speaker")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, prefix, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        meta["n"] = i
        meta["qid"] = "4D%s%02d%s" % ("QxK7", i, "hT3m")
        name = "%s%02d.eml" % (prefix, i)
        assert fn.__name__ == name[:-4], (fn.__name__, name)
        raw = render(meta, root)
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(raw)
        cat = label["category"]
        rat = meta["received_at"]
        sd, rd = R(2021, 2, 5, 23, 59, 59), R(2021, 2, 16, 23, 59, 59)
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
    build(os.path.join(HERE, "holdout3"), "q", MESSAGES)
