#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout50 (24 raw messages + labels.json).

Deterministic, standard library only: /tmp/venv/bin/python tests/data/make_eval_sets50.py
Written without reading intake/ or rules/.  Each message is a function returning (envelope, MIME tree,
expected label); files are numbered in the order the mailbox received them.
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


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
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
        blocks.append("<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
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
        out.append("<p class=%s>%s</p>" % (cls, "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))))
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join("<div class=\"\">%s</div>" % (escape(ln, quote=False) or "<br class=\"\">") for ln in text.split("\n"))
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


def make_docx(heading, paragraphs=(), rtl=False):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps: reproducible)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(text, bold=False):
        rpr = "<w:rPr><w:b/>%s</w:rPr>" % ("<w:rtl/>" if rtl else "") if bold else rtl_run
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, rpr, escape(text, quote=False))
    body = para(heading, True) + "".join(para(p) for p in paragraphs)
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
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


INVITE_EN = """Dear colleagues,

The Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region
will comprise a multi-stakeholder consultation on 23 February 2021 and a regional review conference on
24-25 February 2021.

Stakeholders are invited to submit voluntary GCM review reports to gcmrrarabstates@iom.int by Tuesday
16 February 2021.

Stakeholders may also request a speaking role, by e-mail to the same address, giving the name, title and
organizational affiliation of the speaker, by Friday 5 February 2021: to take part in the open discussion
of the multi-stakeholder consultation; to deliver the stakeholders' key messages as rapporteur; or to
make a floor intervention in a plenary session or in one of the four thematic roundtables of the
conference:
- Roundtable 1: Promoting regular pathways, decent work and addressing the drivers of migration
- Roundtable 2: Protecting the human rights of migrants: border governance, smuggling, trafficking and detention
- Roundtable 3: Social inclusion and cohesion, access to basic services, remittances and diaspora contributions
- Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation

Regional Review Secretariat
gcmrrarabstates@iom.int"""



def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.split("\n"))


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def R(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def lbl(category, language, speakers=(), reports=(), thread_of=None, notes="", acknowledge=True):
    return dict(category=category, language=language, acknowledge=acknowledge, speakers=list(speakers),
                report_attachments=list(reports), thread_of=thread_of, notes=notes)


THUNDERBIRD = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "X-Mailer: iPhone Mail (18D52)"
ANDROID = "X-Mailer: Android Mail"
MID_H13 = "<CAN8kqY2Lx0fTr7e1hQm9ZpW3sV5bJ6nA4uD8cG2oE@mail.gmail.com>"
ACK_H13 = "<ack.GCM-FR-0022.20210204T1712@gcm-intake.iom.int>"
MID_INVITE = "<invitation.gcm-rr-arab.20210125@iom.int>"


# ================================================================= holdout50 messages
@message
def h01():
    plain = """Dear Secretariat,

Further to the invitation for the Regional Review of the GCM in the Arab region, we
would like to propose General Secretary Hussein Kadhim Jabbar of the Basra Port and
Dockworkers' Union to take the floor in a plenary session of the conference (24-25
February). Brother Hussein has followed the situation of the foreign crews and casual
dock labourers at Umm Qasr for more than ten years and can speak in Arabic or English.

Please let us know if any further information is needed.

In solidarity,

Zainab Mahdi
International Relations Officer
Basra Port and Dockworkers' Union (BPDU)
Tel: +964 780 455 2193
"""
    root = text_part(plain, "plain", "utf-8", "qp", flowed=True)
    meta = dict(from_name="Zainab Mahdi", from_email="z.mahdi@bpdu-iq.example.org",
                subject="Speaker proposal - BPDU - plenary", received_at=R(2021, 2, 1, 10, 14, 22),
                sender_tz=tz(3), lag=38, mid="<6f1d2a8e-3b4c-9e07-51aa-bpdu0201@bpdu-iq.example.org>",
                extra_headers=[THUNDERBIRD, "Content-Language: en-US"])
    label = lbl("speaker_request", "en",
                [SP("Hussein Kadhim Jabbar", "General Secretary", "Basra Port and Dockworkers' Union (BPDU)",
                    ["plenary"])],
                notes="title written before the name without commas ('General Secretary Hussein Kadhim Jabbar of "
                      "the ...'); 'Brother' is a union form of address; the sender (international relations "
                      "officer) is not the speaker; acronym only in the signature")
    return meta, root, label


@message
def h02():
    plain = """السلام عليكم ورحمة الله وبركاته

تحية طيبة،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،
أرجو التكرم بتسجيل طلبي لإلقاء مداخلة في المائدة المستديرة الثالثة (الإدماج الاجتماعي والحصول على الخدمات الأساسية).

الاسم: خديجة الوزاني
الصفة: رئيسة الجمعية
الجهة: جمعية النساء المسلمات للتضامن والتنمية - فاس

مع خالص الشكر والتقدير،
خديجة الوزاني
الهاتف: 212661734520+
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000a41c7b05ba4f1e22")
    meta = dict(from_name="خديجة الوزاني", from_email="khadija.ouazzani.asmsd@gmail.example.com",
                subject="طلب مداخلة - المائدة المستديرة الثالثة", received_at=R(2021, 2, 1, 13, 2, 47),
                sender_tz=tz(1), lag=21, mid="<CAF3mR9x_p2Lw0Yk7tQe8vB1nZs4Dh6cJ5uA0gK3oM@mail.gmail.com>")
    label = lbl("speaker_request", "ar",
                [SP("خديجة الوزاني", "رئيسة الجمعية", "جمعية النساء المسلمات للتضامن والتنمية", ["roundtable"], 3)],
                notes="Arabic labelled lines (الاسم / الصفة / الجهة); the city after the dash (' - فاس') is only the "
                      "location and is left out of the affiliation; ordinal 'الثالثة'; Gmail base64 parts")
    return meta, root, label


@message
def h03():
    plain = """Madame, Monsieur,

Au nom du Réseau Sahel-Maghreb Migrations et Droits (RESAMID), j'ai l'honneur de vous
transmettre en pièce jointe notre rapport volontaire collectif d'examen du Pacte mondial
pour des migrations sûres, ordonnées et régulières.

Ce rapport a été élaboré entre novembre 2020 et janvier 2021 par les sept organisations
membres du réseau, en Mauritanie, au Maroc, en Algérie et en Tunisie, à partir de
consultations avec des migrants originaires du Mali, du Sénégal, de Guinée et de Côte
d'Ivoire. Il porte principalement sur les objectifs 7, 8, 13 et 15.

Nous vous remercions de bien vouloir en accuser réception.

Cordialement,

--
Ibrahima Kane
Coordinateur régional
Réseau Sahel-Maghreb Migrations et Droits (RESAMID)
Secrétariat : Nouakchott, Mauritanie
+222 45 29 61 08
"""
    pdf = tiny_pdf(["RESAMID - Rapport volontaire collectif", "Examen regional du Pacte mondial sur les migrations",
                    "Region arabe - fevrier 2021", "", "1. Introduction et methodologie",
                    "2. Objectifs 7, 8, 13 et 15", "3. Recommandations"], title="Rapport RESAMID")
    root = mixed(text_part(plain, "plain", "utf-8", "8bit"),
                 [attachment(pdf, "application/pdf", "RESAMID_Rapport_collectif_Pacte_mondial_2021.pdf")],
                 boundary="------------8A2C1D4E9B7F3A6051E2C0D7")
    meta = dict(from_name="Ibrahima Kane", from_email="coordination@resamid.example.org",
                subject="Rapport volontaire collectif RESAMID - Examen régional PMM",
                received_at=R(2021, 2, 2, 9, 31, 5), sender_tz=tz(0), lag=52,
                mid="<b82e6f10-77c1-4a9d-2e3f-resamid0202@resamid.example.org>",
                extra_headers=[THUNDERBIRD, "Content-Language: fr"])
    label = lbl("voluntary_report", "fr", reports=["RESAMID_Rapport_collectif_Pacte_mondial_2021.pdf"],
                notes="collective report of a seven-member network, PDF attachment; Thunderbird 8bit text; "
                      "the coordinator's title in the signature is not a speaker request")
    return meta, root, label


@message
def h04():
    rows = [("Ms. Hiba Al-Qudah", "Programme Specialist", "Roundtable 2 (protection, trafficking and detention)"),
            ("Dr. Ruth Gebremedhin", "Policy Analyst, Women Migrant Workers", "Open discussion, 23 February")]
    table = ("<table class=grid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             "<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal><b>Title</b></p></td>"
             "<td><p class=MsoNormal><b>Session</b></p></td></tr>"
             + "".join("<tr>%s</tr>" % "".join("<td><p class=MsoNormal>%s</p></td>" % escape(c) for c in r)
                       for r in rows) + "</table>")
    intro = ("Dear colleagues,\n\nThe UN Women Safe and Fair Migration Programme (Arab States) would like to "
             "request speaking roles for two colleagues, as follows:")
    outro = ("Both colleagues are based in our Amman office and will connect remotely.\n\n"
             "Many thanks and best regards,\nLeen")
    sig = ("Leen Haddadin\nProgramme Associate\nUN Women Safe and Fair Migration Programme (Arab States)\n"
           "Amman, Jordan | +962 6 520 0493")
    html = outlook_html(paras(intro) + "\n" + table + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(outro)
                        + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(sig), lang="EN-US")
    plain = (intro + "\n\n" + "\n".join("%s\t%s\t%s" % r for r in [("Name", "Title", "Session")] + rows)
             + "\n\n" + outro + "\n\n" + sig + "\n")
    root = alt(plain, html, boundary="_000_DB8PR04MB6843A1C2E5F7D9B0C3E4DB8PR04MB6843eurp_")
    meta = dict(from_name="Leen Haddadin", from_email="leen.haddadin@unwomen-arab.example.org",
                subject="Speaking roles - UN Women SFM (two speakers)", received_at=R(2021, 2, 2, 14, 48, 9),
                lag=63, mid="<DB8PR04MB6843A1C2E5F7D9B0C3E4@DB8PR04MB6843.eurprd04.example.com>",
                extra_headers=outlook_headers(4, "en-US"))
    aff = "UN Women Safe and Fair Migration Programme (Arab States)"
    label = lbl("speaker_request", "en",
                [SP("Hiba Al-Qudah", "Programme Specialist", aff, ["roundtable"], 2),
                 SP("Ruth Gebremedhin", "Policy Analyst, Women Migrant Workers", aff, ["open_discussion"])],
                notes="two speakers in an Outlook HTML table (tab-separated in the plain part); honorifics Ms./Dr. "
                      "not part of the names; a comma inside the second title; '(Arab States)' is part of the "
                      "programme name; the sender is not a speaker")
    return meta, root, label


@message
def h05():
    plain = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نود الاستفسار عمّا إذا كان المؤتمر الإقليمي يومي 24 و25 فبراير سيُعقد حضورياً أم عبر الإنترنت،
وفي حال انعقاده حضورياً، هل تستطيعون تزويدنا برسالة دعوة رسمية لتقديمها إلى السفارة للحصول
على التأشيرة؟ علماً بأن ممثلنا يحمل جواز سفر سوداني والإجراءات قد تستغرق ثلاثة أسابيع على الأقل.

ولكم جزيل الشكر.

عوض الكريم إدريس
منظمة شباب السودان للتنمية والهجرة الآمنة
الخرطوم
"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="Awad Elkarim Idris", from_email="awad.idris@sydsm.example.sd",
                subject="استفسار بخصوص التأشيرة ورسالة الدعوة", received_at=R(2021, 2, 2, 18, 5, 40),
                lag=29, mid="<20210202160511.3F2A81C04B@sydsm.example.sd>",
                extra_headers=["X-Mailer: Roundcube Webmail/1.4.10"])
    label = lbl("other", "ar",
                notes="visa / invitation-letter question; mentions 'our representative' but proposes no speaker "
                      "and no role; Latin-script display name with an Arabic body")
    return meta, root, label


@message
def h06():
    inner = """<p class=MsoNormal>Madame, Monsieur,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>La Commission des droits humains du Barreau d'Oran souhaite prendre part à l'examen régional du Pacte mondial sur les migrations.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Nous proposons que notre vice-président, Maître Farid Boukhalfa, intervienne lors de la table ronde n°&nbsp;2 consacrée à la protection des droits humains des migrants (gestion des frontières, trafic, détention). Me Boukhalfa assure depuis 2016 la défense de ressortissants subsahariens placés en centres de rétention.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><img width=120 height=60 src="cid:image001.png@01D6FA3B.5C2E8F10" alt="Barreau d'Oran"></p>
<p class=MsoNormal><b>Me Samia Cherif</b><br>Présidente de la Commission des droits humains<br>Barreau d'Oran<br>Tél. : +213 41 33 72 05</p>
<p class=MsoNormal><span style="font-size:8.0pt;color:gray">Ce courriel et ses pièces jointes sont confidentiels. S'il vous a été adressé par erreur, merci d'en informer l'expéditeur et de le supprimer.</span></p>"""
    body = text_part(outlook_html(inner, lang="FR"), "html", "utf-8", "qp")
    logo = attachment(tiny_png((120, 20, 30)), "image/png", "image001.png", inline_cid="image001.png@01D6FA3B.5C2E8F10")
    root = related(body, [logo], boundary="_004_MR2P264MB0771C3D5E8A2B4F6A9C1MR2P264MB0771FRAP_")
    root.set_param("type", "text/html")
    meta = dict(from_name="Commission DH - Barreau d'Oran", from_email="commission.dh@barreau-oran.example.dz",
                subject="Demande d'intervention - table ronde 2", received_at=R(2021, 2, 3, 10, 22, 51),
                sender_tz=tz(1), lag=41, mid="<MR2P264MB0771C3D5E8A2B4F6A9C1@MR2P264MB0771.FRAP264.example.com>",
                extra_headers=outlook_headers(6, "fr-FR"))
    label = lbl("speaker_request", "fr",
                [SP("Farid Boukhalfa", "vice-président", "Commission des droits humains du Barreau d'Oran",
                    ["roundtable"], 2)],
                notes="HTML-only Outlook message (multipart/related, no text/plain) with an inline signature logo; "
                      "title before the name ('notre vice-président, Maître ...'); 'Maître'/'Me' are honorifics; "
                      "the signer (committee president) is not the speaker; 'table ronde n° 2' with a nbsp")
    return meta, root, label


@message
def h07():
    plain = """Dear Review Secretariat,

Please find attached the voluntary GCM review report prepared by the Department of
Geography and Spatial Planning of Nouakchott Polytechnic Institute, based on our
2019-2020 survey of Malian, Senegalese and Guinean migrants in the fishing sector of
Nouadhibou.

The document is in Word format; let me know if you need a PDF version instead.

Best regards,

Dr. Aminetou Mint Sidi Baba
Head, Department of Geography and Spatial Planning
Nouakchott Polytechnic Institute
"""
    docx = make_docx("Voluntary GCM Review Report - Department of Geography and Spatial Planning",
                     ["Nouakchott Polytechnic Institute, February 2021",
                      "1. Migrant workers in the artisanal fishing sector of Nouadhibou",
                      "2. Access to services and documentation (GCM Objectives 4 and 15)",
                      "3. Data gaps and recommendations (Objective 1)"])
    att = MIMEApplication(docx, "octet-stream")
    att.set_param("name", "GCM_voluntary_report_Geography_Dept_NPI.docx")
    att.add_header("Content-Disposition", "attachment", filename="GCM_voluntary_report_Geography_Dept_NPI.docx")
    root = mixed(text_part(plain, "plain", "utf-8", "qp"), [att], boundary="=-=-=_NPI_Mailer_7c3e0f91a2=-=-=")
    meta = dict(from_name="Aminetou Mint Sidi Baba", from_email="a.sidibaba@geo.npi.example.mr",
                subject="Voluntary GCM review report - Dept. of Geography, NPI", received_at=R(2021, 2, 3, 12, 40, 3),
                sender_tz=tz(0), lag=74, mid="<5e8f2c1a9b7d43e0a6f1@webmail.npi.example.mr>",
                extra_headers=["User-Agent: Horde Application Framework 5"])
    label = lbl("voluntary_report", "en", reports=["GCM_voluntary_report_Geography_Dept_NPI.docx"],
                notes="DOCX sent as application/octet-stream (identify by file name / content, not MIME type); "
                      "academic department; signature title is not a speaker request")
    return meta, root, label


@message
def h08():
    plain = """مساء الخير
أرغب بالمشاركة في النقاش المفتوح يوم ٢٣ فبراير
عبد الله فهد الرشيدي
جمعية المتطوعين لرعاية العمالة المنزلية

أُرسلت من الـiPhone"""
    root = text_part(plain, "plain", "utf-8", "b64")
    meta = dict(from_name="عبدالله", from_email="a.alrashidi.kw@icloud.example.com",
                subject="مشاركة", received_at=R(2021, 2, 3, 20, 17, 36), sender_tz=tz(3), lag=12,
                mid="<3C1B7E0A-9F2D-4E58-A6C1-0D8B2F47E913@icloud.example.com>", extra_headers=[IPHONE])
    label = lbl("speaker_request", "ar",
                [SP("عبد الله فهد الرشيدي", None, "جمعية المتطوعين لرعاية العمالة المنزلية", ["open_discussion"])],
                notes="short phone message; compound given name 'عبد الله' (display name writes it joined: "
                      "'عبدالله'); no title (null); 'النقاش المفتوح' = open discussion; Arabic-Indic date digits")
    return meta, root, label


@message
def h09():
    plain = """Hello,

I am writing from the Ethiopian Community Association in Lebanon. A few of our members
registered for the multi-stakeholder consultation on 23 February and have some practical
questions:

1. Will there be Amharic or at least Arabic/English interpretation in the online sessions?
2. Will the Zoom link be sent to each registered person, or only to the organisation?
3. Can a participant join from a mobile phone? Several of our members do not have laptops.

Thank you for your help.

Selamawit Bekele
Ethiopian Community Association in Lebanon (ECAL)
+961 71 884 302
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000f3d26b05ba6a0c5e")
    meta = dict(from_name="Selamawit Bekele", from_email="selam.ecal@gmail.example.com",
                subject="Questions on interpretation and Zoom links", received_at=R(2021, 2, 3, 21, 3, 14),
                lag=26, mid="<CAK7tW3p9Qz1Lm4Xr8eYb2Nv6Hs0Jd5cF1uG7oA2iE@mail.gmail.com>")
    label = lbl("other", "en",
                notes="logistics questions (interpretation, Zoom links, mobile access) about the consultation; "
                      "members registered as participants, no speaking role requested")
    return meta, root, label


@message
def h10():
    plain = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

يسرّ الجمعية الكويتية لمساندة العمالة الوافدة أن ترشّح السيدة منيرة ناصر العنزي، رئيسة لجنة الرصد
والمتابعة في الجمعية، لتقديم مداخلة خلال المؤتمر الإقليمي، إما في إحدى الجلسات العامة أو في
المائدة المستديرة الثانية الخاصة بحماية حقوق الإنسان للمهاجرين، وذلك بحسب ما ترونه مناسباً.

وتفضلوا بقبول فائق الاحترام،

فيصل بدر الشمري
أمين السر
الجمعية الكويتية لمساندة العمالة الوافدة
الكويت - هاتف 96522457731+
"""
    html = outlook_html(paras(plain), lang="AR-KW", rtl=True)
    root = alt(plain, html, charset="windows-1256", cte="qp", boundary="----=_NextPart_000_0037_01D6FA88.4B1C2D30")
    meta = dict(from_name="الجمعية الكويتية لمساندة العمالة الوافدة", from_email="info@kasmw.example.kw",
                hdr_charset="windows-1256", subject="ترشيح متحدثة للمؤتمر الإقليمي",
                received_at=R(2021, 2, 4, 9, 55, 18), sender_tz=tz(3), lag=88,
                mid="<003701d6fa88$4b1c2d30$e1548790$@kasmw.example.kw>", extra_headers=outlook_headers(10, "ar-kw"))
    label = lbl("speaker_request", "ar",
                [SP("منيرة ناصر العنزي", "رئيسة لجنة الرصد والمتابعة",
                    "الجمعية الكويتية لمساندة العمالة الوافدة", ["plenary", "roundtable"], 2)],
                notes="one speaker with two alternative roles ('إما ... الجلسات العامة أو ... المائدة المستديرة "
                      "الثانية'); honorific السيدة; affiliation by reference ('في الجمعية'); the signer (secretary) "
                      "is not the speaker; windows-1256 Outlook")
    return meta, root, label


@message
def h11():
    plain = """Bonjour,

Je me permets de vous écrire au nom du Cercle des Mères Migrantes (CMM), un groupe
d'entraide de mères d'Afrique centrale et de l'Ouest installées à Rabat et Salé.

Nous souhaiterions que Mme Marie-Claire Ngo Bassa puisse intervenir lors de la table ronde
thématique 3 (inclusion sociale, accès aux services de base), pour parler de l'accès des
enfants nés au Maroc à l'état civil et à l'école.

Merci d'avance pour votre retour.

Bien à vous,
Aïcha Traoré
pour le Cercle des Mères Migrantes - Rabat
"""
    root = alt(plain, gmail_html(plain), boundary="0000000000007b2e4f05ba71d3c8")
    meta = dict(from_name="Cercle des Mères Migrantes", from_email="cercle.meres.migrantes@gmail.example.com",
                subject="Table ronde 3 - intervention", received_at=R(2021, 2, 4, 11, 8, 30), sender_tz=tz(1),
                lag=19, mid="<CAH2pX8r4Tn0Wq6Ls3dZf9Kv1Mb7Ye5gJ2cN8uR0aB@mail.gmail.com>")
    label = lbl("speaker_request", "fr",
                [SP("Marie-Claire Ngo Bassa", None, "Cercle des Mères Migrantes (CMM)", ["roundtable"], 3)],
                notes="hyphenated compound first name with a two-word surname; no title for the speaker (null); "
                      "the sender nominates someone else; '- Rabat' in the signature is a location")
    return meta, root, label


@message
def h12():
    plain = """السلام عليكم،

تجدون في المرفق التقرير الطوعي لمؤسسة الوفاق للتمويل الأصغر حول تنفيذ الاتفاق العالمي من أجل الهجرة،
ويتناول التقرير بشكل خاص الهدف 19 (تمكين المهاجرين والمغتربين من المساهمة في التنمية) والهدف 20
(تحويلات المهاجرين)، استناداً إلى تجربة برنامج القروض الصغيرة للأسر المستفيدة من التحويلات في
ولايات الحوض الشرقي ولعصابة.

نرجو تأكيد الاستلام.

مع التحية،
محمد الأمين ولد أحمد سالم
مسؤول الشراكات
مؤسسة الوفاق للتمويل الأصغر
نواكشوط - موريتانيا
"""
    pdf = tiny_pdf(["Al-Wifaq Microfinance Institution", "Voluntary GCM Review Report (Arabic version)",
                    "Objectives 19 and 20", "February 2021"], title="Wifaq GCM report")
    root = mixed(alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="00000000000051c2a905ba72e811"),
                 [attachment(pdf, "application/pdf", "تقرير الوفاق الطوعي - الاتفاق العالمي للهجرة.pdf")],
                 boundary="00000000000051c2ab05ba72e813")
    meta = dict(from_name="Mohamed Lemine Ould Ahmed Salem", from_email="partenariats@alwifaq-mf.example.mr",
                subject="التقرير الطوعي - مؤسسة الوفاق للتمويل الأصغر", received_at=R(2021, 2, 4, 13, 26, 2),
                sender_tz=tz(0), lag=33, mid="<CAM5vR1k8Yp2Nw7Qs0eTf3Lb9Hx6Dc4jZ1uA5oG8iK@mail.gmail.com>")
    label = lbl("voluntary_report", "ar", reports=["تقرير الوفاق الطوعي - الاتفاق العالمي للهجرة.pdf"],
                notes="Arabic PDF file name sent RFC 2231 (Gmail-like); microfinance institution; "
                      "Latin-script From display name, Arabic body")
    return meta, root, label


@message
def h13():
    plain = """Bonjour à toute l'équipe,

Je souhaiterais prendre la parole lors de la discussion ouverte de la consultation
multipartite du 23 février, pour présenter le travail que nous menons avec des
photographes migrants et exilés à Alger et Oran.

Bien cordialement,

--
Yasmine Belkacem-Haddad
Directrice artistique
Festival Photographique Traversées
www.festival-traversees.example.dz | +213 550 61 27 48
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000c93d1e05ba749a60")
    meta = dict(from_name="Yasmine Belkacem-Haddad", from_email="yasmine@festival-traversees.example.dz",
                subject="Discussion ouverte du 23 février", received_at=R(2021, 2, 4, 17, 9, 44), sender_tz=tz(1),
                lag=17, mid=MID_H13)
    label = lbl("speaker_request", "fr",
                [SP("Yasmine Belkacem-Haddad", "Directrice artistique", "Festival Photographique Traversées",
                    ["open_discussion"])],
                notes="first-person request; name, title and affiliation only in the signature block; hyphenated "
                      "surname; 'discussion ouverte de la consultation multipartite' = open_discussion")
    return meta, root, label


@message
def h14():
    plain = """الأخوة والأخوات في أمانة الاستعراض الإقليمي،

تحية طيبة،

يتشرف المرصد العراقي لحقوق العمال المهاجرين بترشيح اثنين من أعضائه للمشاركة في أعمال المؤتمر
الإقليمي:

- الدكتور أحمد عبد الرحمن الجبوري، أستاذ علم الاجتماع في جامعة الموصل وعضو الهيئة الاستشارية للمرصد،
للمداخلة في المائدة المستديرة الرابعة (البيانات والسياسات القائمة على الأدلة)؛
- السيدة سارة يوحنا ميخائيل، منسقة برنامج الحماية في المرصد، للمداخلة في المائدة المستديرة الأولى.

شاكرين تعاونكم.

علي حسين الساعدي
المدير التنفيذي
المرصد العراقي لحقوق العمال المهاجرين
بغداد
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000002e8a1c05ba7620f4")
    meta = dict(from_name="Ali Hussein Al-Saadi", from_email="director@iomwr-observatory.example.iq",
                subject="ترشيح متحدثين - المرصد العراقي لحقوق العمال المهاجرين",
                received_at=R(2021, 2, 4, 19, 40, 12), sender_tz=tz(3), lag=57,
                mid="<CAB9sK2m7Wq4Xp1Rt6eLf0Nd3Yv8Hc5gJ1uT4oZ7iQ@mail.gmail.com>")
    aff = "المرصد العراقي لحقوق العمال المهاجرين"
    label = lbl("speaker_request", "ar",
                [SP("أحمد عبد الرحمن الجبوري", "أستاذ علم الاجتماع في جامعة الموصل وعضو الهيئة الاستشارية للمرصد",
                    aff, ["roundtable"], 4),
                 SP("سارة يوحنا ميخائيل", "منسقة برنامج الحماية", aff, ["roundtable"], 1)],
                notes="two speakers in a dashed list, each 'honorific name, title, roundtable'; the first title is "
                      "long and names a university; the organisation is given by reference ('للمرصد' / 'في المرصد'); "
                      "ordinals الرابعة/الأولى; compound name 'عبد الرحمن'; sender not a speaker")
    return meta, root, label


@message
def h15():
    plain = """Mesdames, Messieurs,

La Fédération des Associations Sénégalaises du Maroc (FASM) a le plaisir de vous transmettre
ci-joint son rapport volontaire sur la mise en oeuvre du Pacte mondial pour les migrations
au Maroc, élaboré avec nos associations membres de Casablanca, Rabat, Tanger et Agadir.

Par la même occasion, nous sollicitons une intervention de notre Président, M. Mamadou Lamine
Diop, lors d'une séance plénière de la conférence régionale (24-25 février).

Restant à votre disposition,

Fatou Ndiaye
Secrétaire générale
Fédération des Associations Sénégalaises du Maroc (FASM)
Tél. +212 6 62 18 40 97
"""
    pdf = tiny_pdf(["Federation des Associations Senegalaises du Maroc (FASM)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Fevrier 2021"], title="Rapport FASM")
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_5B2E9D41-0C7A-4F83-B1D6-8E3A7C2F09B4"),
                 [attachment(pdf, "application/pdf", "Rapport FASM - Pacte mondial 2021.pdf")],
                 boundary="Apple-Mail=_1F6C3A80-2D94-4E1B-9A57-C0B8E4D21F36")
    meta = dict(from_name="Fatou Ndiaye", from_email="sg@fasm-maroc.example.ma",
                subject="Rapport volontaire FASM + demande d'intervention", received_at=R(2021, 2, 5, 10, 2, 27),
                sender_tz=tz(1), lag=35, mid="<8D1F3B2A-6E47-4C09-B5A1-72E0D9C4F318@fasm-maroc.example.ma>",
                extra_headers=["X-Mailer: Apple Mail (2.3654.40.0.2.32)"])
    label = lbl("both", "fr",
                [SP("Mamadou Lamine Diop", "Président", "Fédération des Associations Sénégalaises du Maroc (FASM)",
                    ["plenary"])],
                reports=["Rapport FASM - Pacte mondial 2021.pdf"],
                notes="both: PDF report plus a speaker request, on time for each; speaker is the president named "
                      "in prose ('notre Président, M. ...'), not the sender; Apple Mail layout; spaces in file name")
    return meta, root, label


@message
def h16():
    new = """Dear colleagues,

Thank you for the invitation. The Lanka Returnee Migrant Workers' Association (LRMWA)
would like to request a floor intervention in Roundtable 1 on regular pathways and decent
work. Our speaker would be:

Nirosha Perera Wickramasinghe, Head of Advocacy, LRMWA

Nirosha worked for eleven years as a domestic worker in Kuwait before joining the
association, and now leads our work on fair recruitment.

Warm regards,
Chaminda Fernando
Secretary, LRMWA
Colombo, Sri Lanka
"""
    quoted = ("On Mon, 25 Jan 2021 at 16:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:\n"
              + quote(INVITE_EN))
    plain = new + "\n" + quoted + "\n"
    root = alt(plain, gmail_html(plain), boundary="00000000000069e0f305ba7a3b71")
    meta = dict(from_name="Chaminda Fernando", from_email="lrmwa.secretary@gmail.example.com",
                subject="Re: Invitation - Regional Review of the GCM in the Arab region",
                received_at=R(2021, 2, 5, 14, 33, 50), sender_tz=tz(5, 30), lag=24,
                mid="<CAD4nY6q1Vr8Zw3Tp9eKf2Mx5Lb0Hs7gJ4uC1oW6iP@mail.gmail.com>",
                in_reply_to=MID_INVITE, references=MID_INVITE)
    label = lbl("speaker_request", "en",
                [SP("Nirosha Perera Wickramasinghe", "Head of Advocacy",
                    "Lanka Returnee Migrant Workers' Association (LRMWA)", ["roundtable"], 1)],
                notes="reply to the organisers' call with the invitation quoted ('>'), which lists every role, the "
                      "four roundtables and the report call; the new text asks for Roundtable 1 only; the speaker "
                      "line uses the acronym, the full name is in the first paragraph; sender is not the speaker")
    return meta, root, label


@message
def h17():
    plain = """Bonsoir,

Je m'appelle Oumar Sissoko, je suis médiateur interculturel auprès des familles maliennes
à Oran depuis 2014. Je voudrais participer à la discussion ouverte du 23 février pour
témoigner de la situation des travailleurs saisonniers maliens en Algérie.

Je n'appartiens à aucune organisation pour le moment, je parle à titre personnel.

Merci,
Oumar Sissoko
+213 796 40 18 53
"""
    root = text_part(plain, "plain", "iso-8859-1", "qp")
    meta = dict(from_name="oumar sissoko", from_email="oumar.sissoko78@yahoo.example.fr",
                subject="participation discussion ouverte", received_at=R(2021, 2, 5, 21, 41, 9), sender_tz=tz(1),
                lag=46, mid="<1428573916.2297104.1612557622158@mail.yahoo.example.com>",
                extra_headers=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    label = lbl("speaker_request", "fr",
                [SP("Oumar Sissoko", "médiateur interculturel", None, ["open_discussion"])],
                notes="individual speaking for himself: no affiliation (null), stated explicitly; title in "
                      "first-person prose; ISO-8859-1 quoted-printable; lower-case display name")
    return meta, root, label


@message
def h18():
    plain = """Please see below the nomination from our Directorate for the regional review.
Kindly confirm receipt.

Regards,
Rana Kareem
International Cooperation Section
Ministry of Interior - General Directorate of Migration Affairs

---------- Forwarded message ---------
From: Mustafa Jalil <m.jalil@gdma.moi.example.iq>
Date: Thu, Feb 4, 2021 at 12:18 PM
Subject: Fwd: Nomination for the GCM Regional Review
To: Rana Kareem <r.kareem@gdma.moi.example.iq>

Rana, please forward this to the IOM mailbox today, the deadline is tomorrow.

---------- Forwarded message ---------
From: Office of the Director General <dg.office@gdma.moi.example.iq>
Date: Wed, Feb 3, 2021 at 3:47 PM
Subject: Nomination for the GCM Regional Review
To: Mustafa Jalil <m.jalil@gdma.moi.example.iq>

Dear Mr. Jalil,

The Director General has approved the participation of Mr. Haider Abdel-Rahman Al-Obaidi,
Deputy Director General for Residency and Foreigners' Affairs, General Directorate of
Migration Affairs, Ministry of Interior, as speaker in the plenary session of the Regional
Review conference on 24-25 February 2021.

Please transmit the nomination to the organisers.

Office of the Director General
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000a7f51905ba7b0e2c")
    meta = dict(from_name="Rana Kareem", from_email="r.kareem@gdma.moi.example.iq",
                subject="Fwd: Fwd: Nomination for the GCM Regional Review", received_at=R(2021, 2, 5, 22, 6, 3),
                sender_tz=tz(3), lag=40, mid="<CAE1kT9w5Xn2Yp7Qr4dMf8Lv0Jb3Hs6cZ1uD9oR2iS@mail.gmail.com>")
    label = lbl("speaker_request", "en",
                [SP("Haider Abdel-Rahman Al-Obaidi", "Deputy Director General for Residency and Foreigners' Affairs",
                    "General Directorate of Migration Affairs, Ministry of Interior", ["plenary"])],
                notes="forward of a forward (two nested Gmail forward headers); the nomination is in the innermost "
                      "message; hyphenated compound name; two senders in the chain are not speakers; affiliation "
                      "written as directorate + ministry in the nomination (signature writes 'Ministry of Interior - "
                      "General Directorate ...')")
    return meta, root, label


@message
def h19():
    plain = """Dear Sir/Madam,

On behalf of the Gulf Kerala Pravasi Welfare Forum (GKPWF), I am pleased to submit our
voluntary report on the implementation of the Global Compact for Migration, with a focus on
Indian migrant workers in Saudi Arabia, Kuwait and Qatar (wage protection, access to justice
and return and reintegration).

Apologies for the small delay in sending it; the report was validated by our general body
only last night.

With regards,

Joseph Varghese Thomas
General Secretary, GKPWF
Riyadh | +966 55 384 2071

This message and any attachment are intended solely for the addressee and may contain
confidential information. If you have received this message in error, please delete it.
"""
    html = outlook_html(paras(plain), lang="EN-IN")
    pdf = tiny_pdf(["Gulf Kerala Pravasi Welfare Forum", "Voluntary GCM Review Report 2021",
                    "Wage protection, access to justice, return and reintegration"], title="GKPWF GCM Report")
    root = mixed(alt(plain, html, boundary="_000_PN1PR01MB5417B2C9D0E3F4A5PN1PR01MB5417INDP_"),
                 [attachment(pdf, "application/pdf", "GKPWF_GCM_Voluntary_Report_Feb2021.pdf")],
                 boundary="_004_PN1PR01MB5417B2C9D0E3F4A5PN1PR01MB5417INDP_")
    meta = dict(from_name="Joseph Varghese Thomas", from_email="gensec@gkpwf.example.org",
                subject="GKPWF - Voluntary GCM Review Report", received_at=R(2021, 2, 6, 8, 47, 48),
                sender_tz=tz(3), lag=71, mid="<PN1PR01MB5417B2C9D0E3F4A5@PN1PR01MB5417.INDPRD01.example.com>",
                extra_headers=outlook_headers(19, "en-IN"))
    label = lbl("voluntary_report", "en", reports=["GKPWF_GCM_Voluntary_Report_Feb2021.pdf"],
                notes="PDF report on time (report deadline 16 Feb) although the sender apologises for a 'delay'; "
                      "diaspora group; disclaimer in the body")
    return meta, root, label


@message
def h20():
    plain = """Merci beaucoup pour votre confirmation, c'est bien noté !
Au plaisir de vous retrouver le 23.

Yasmine

Le jeu. 4 févr. 2021 à 17:12, <gcmrrarabstates@iom.int> a écrit :
> Madame,
>
> Nous accusons réception de votre demande de prise de parole pour
> l'examen régional du Pacte mondial sur les migrations dans la région arabe.
>
> Secrétariat de l'examen régional
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000e15b2a05ba8c47d9")
    meta = dict(from_name="Yasmine Belkacem-Haddad", from_email="yasmine@festival-traversees.example.dz",
                subject="Re: Accusé de réception - Discussion ouverte du 23 février",
                received_at=R(2021, 2, 6, 9, 30, 12), sender_tz=tz(1), lag=22,
                mid="<CAN8kqY4Rz7uLm2Xq0eWb5Nt8Hd1Jc6fG3oA9pK7iV@mail.gmail.com>",
                in_reply_to=ACK_H13, references="%s %s" % (MID_H13, ACK_H13))
    label = lbl("other", "fr", thread_of="h50-13.eml", acknowledge=False,
                notes="thank-you reply to our acknowledgement of h50-13 that adds nothing new: do not acknowledge; "
                      "the quoted acknowledgement mentions a speaking request")
    return meta, root, label


@message
def h21():
    plain = """Bonjour Madame, Monsieur,

Je viens seulement d'apprendre l'existence de cet examen régional par un ami. Notre
coopérative regroupe 23 tailleurs et couturières originaires du Sénégal, de Guinée et du Mali
installés à Casablanca.

Notre présidente, Mme Aminata Sow Baldé, souhaiterait prendre la parole pour expliquer les
difficultés de nos membres pour obtenir une carte de séjour avec un statut d'artisan.
Elle est disponible le 23, le 24 et le 25 février.

Merci de nous dire si c'est encore possible.

Cordialement,
Ousmane Camara
Trésorier
Coopérative des Tailleurs Africains de Casablanca (COTAC)
Envoyé de mon téléphone Samsung Galaxy
"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Ousmane Camara", from_email="cotac.casablanca@gmail.example.com",
                subject="Demande de prise de parole COTAC", received_at=R(2021, 2, 6, 9, 52, 40), sender_tz=tz(1),
                lag=15, mid="<ybx7k2m9q1wz3nf5tr8ed0cs.1612601492631@email.android.example.com>",
                extra_headers=[ANDROID])
    label = lbl("speaker_request", "fr",
                [SP("Aminata Sow Baldé", "présidente", "Coopérative des Tailleurs Africains de Casablanca (COTAC)", [])],
                notes="late (Saturday 6 February morning); no role stated (available on all three days), so roles "
                      "empty; speaker named by reference ('Notre présidente, Mme ...'); 'Casablanca' is part of the "
                      "cooperative's name; sent from an Android phone")
    return meta, root, label


@message
def h22():
    plain = """مرحباً،

نحن فريق بودكاست «على الطريق»، وهو تجمّع من الصحفيين الشباب في بغداد والبصرة ننتج حلقات عن قصص
العمال المهاجرين واللاجئين في العراق.

نرغب في تغطية المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة، فهل يمكنكم إرسال جدول
الأعمال التفصيلي وأسماء المتحدثين في الموائد المستديرة عند توفرها؟ وهل يُسمح بتسجيل الجلسات العامة؟

مع الشكر،
مريم كاظم
تجمّع بودكاست على الطريق
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000d0c4f805ba9e5b13")
    meta = dict(from_name="Maryam Kadhim", from_email="alaltariq.podcast@gmail.example.com",
                subject="طلب جدول الأعمال", received_at=R(2021, 2, 7, 12, 48, 5), sender_tz=tz(3), lag=31,
                mid="<CAG6rW0p3Ts9Xn5Lq1eYf7Mb2Kd8Hv4cJ0uE6oN3iT@mail.gmail.com>")
    label = lbl("other", "ar",
                notes="request for the agenda and the speakers' names from a podcast collective (media coverage); "
                      "mentions roundtables and plenary sessions but asks for no speaking role")
    return meta, root, label


@message
def h23():
    plain = """Dear colleagues,

Apologies for this late request - I was on mission in the field last week with limited
connectivity. If there is still any possibility, our office would like to propose a short
floor intervention in Roundtable 2 (border governance, smuggling, trafficking and detention)
on the situation of Eritrean and Ethiopian asylum-seekers in eastern Sudan.

Speaker: Ms. Grace Achieng Odhiambo
Title: Associate Protection Officer
Office: UNHCR Sub-Office Kassala

I fully understand if the list is already closed.

Best,
Grace

Grace Achieng Odhiambo
Associate Protection Officer
UNHCR Sub-Office Kassala
Mobile: +249 91 238 6604
"""
    root = alt(plain, outlook_html(paras(plain), lang="EN-GB"), boundary="_000_AM6PR10MB2531E4F7A9C1D3B5AM6PR10MB2531EURP_")
    meta = dict(from_name="Grace Achieng Odhiambo", from_email="odhiambg@unhcr-sd.example.org",
                subject="Late request - Roundtable 2 speaker (UNHCR Kassala)", received_at=R(2021, 2, 8, 8, 14, 37),
                lag=58, mid="<AM6PR10MB2531E4F7A9C1D3B5@AM6PR10MB2531.EURPRD10.example.com>",
                extra_headers=outlook_headers(23, "en-GB"))
    label = lbl("speaker_request", "en",
                [SP("Grace Achieng Odhiambo", "Associate Protection Officer", "UNHCR Sub-Office Kassala",
                    ["roundtable"], 2)],
                notes="late (8 February) and says so; labelled lines with 'Office:' instead of 'Affiliation:'; "
                      "'Kassala' is part of the sub-office's name; the sender proposes herself")
    return meta, root, label


@message
def h24():
    plain = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

نعتذر عن التأخر في إرسال التقرير بسبب انقطاع الإنترنت في مدينتنا خلال الأيام الماضية. نرفق لكم
التقرير الطوعي لرابطة المهاجرين العائدين في كردفان حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية، آملين أن يُؤخذ بعين الاعتبار.

مع خالص التقدير،

نصر الدين آدم يعقوب
رئيس الرابطة
رابطة المهاجرين العائدين في كردفان
الأبيض - السودان
هاتف: 249912774015+
"""
    docx = make_docx("التقرير الطوعي - رابطة المهاجرين العائدين في كردفان",
                     ["الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية", "فبراير 2021",
                      "أولاً: العودة وإعادة الإدماج", "ثانياً: التوصيات"], rtl=True)
    root = mixed(alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True), cte="b64",
                     boundary="_000_VI1PR07MB4410C8D2A6E9F1B3VI1PR07MB4410EURP_"),
                 [attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "تقرير رابطة العائدين كردفان 2021.docx", style="2047")],
                 boundary="_004_VI1PR07MB4410C8D2A6E9F1B3VI1PR07MB4410EURP_")
    meta = dict(from_name="Nasreldin Adam Yagoub", from_email="returnees.kordofan@outlook.example.com",
                subject="التقرير الطوعي - رابطة المهاجرين العائدين في كردفان", received_at=R(2021, 2, 17, 15, 6, 19),
                sender_tz=tz(2), lag=83, mid="<VI1PR07MB4410C8D2A6E9F1B3@VI1PR07MB4410.EURPRD07.example.com>",
                extra_headers=outlook_headers(24, "ar-SA"))
    label = lbl("voluntary_report", "ar", reports=["تقرير رابطة العائدين كردفان 2021.docx"],
                notes="late (17 February) and apologises; Arabic DOCX name in Outlook style (RFC 2047 inside quoted "
                      "parameters); 'كردفان' is part of the association's name, 'الأبيض - السودان' is its location")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, prefix, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    results = [fn() for fn in funcs]
    order = sorted(range(len(funcs)), key=lambda i: results[i][0]["received_at"])
    assert order == list(range(len(funcs))), "messages must be listed in the order they were received"
    for i, (fn, (meta, root, label)) in enumerate(zip(funcs, results, strict=True), 1):
        meta["n"] = i
        meta["qid"] = "5E%s%02d%s" % ("Hb9R", i, "wK2p")
        name = "%s%02d.eml" % (prefix, i)
        assert fn.__name__ == "h%02d" % i, (fn.__name__, name)
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
    build(os.path.join(HERE, "holdout50"), "h50-", MESSAGES)
