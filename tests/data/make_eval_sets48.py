#!/usr/bin/env python3
"""Evaluation set holdout48 for gcm-intake: tests/data/holdout48 (24 raw messages + labels.json).

Deterministic, standard library only, CRLF line endings.  Run with
    /tmp/venv/bin/python tests/data/make_eval_sets48.py
Written independently of intake/ and rules/: an ordinary week of the review mailbox.  Each message
is a function returning (envelope, MIME tree, label); the files are numbered in order of receipt.
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


def R(d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, 2, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachments
def tiny_pdf(lines, title):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 14 TL 56 780 Td\n" + "\n".join(f"({esc(x)}) Tj T*" for x in lines)
              + "\nET").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /CreationDate (D:20210201090000+02'00') >>").encode("latin-1"),
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


def tiny_docx(heading, paragraphs, rtl=False):
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""

    def para(t):
        return f"<w:p>{bidi}<w:r><w:t xml:space=\"preserve\">{escape(t, quote=False)}</w:t></w:r></w:p>"
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
        + para(heading) + "".join(para(p) for p in paragraphs) + "<w:sectPr/></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text_part(text, subtype="plain", cte="qp", flowed=False, charset="utf-8"):
    cs = Charset(charset)
    cs.body_encoding = {"b64": BASE64, "qp": QP}.get(cte)
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain, html, cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", cte))
    m.attach(text_part(html, "html", cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data, ctype, filename, style="2231", disposition="attachment"):
    p = MIMEApplication(data, ctype.split("/", 1)[1])
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


def mixed(body, atts, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in atts:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(text, rtl=False):
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in p.split("\n")))
              for p in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={}{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir="RTL"' if rtl else "", inner))


def mso(text):
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(x, quote=False) for x in p.split("\n")))
        for p in text.split("\n\n"))


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(x, quote=False) or '<br class="">') for x in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + x).rstrip() for x in text.split("\n"))


def enc(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name, email):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def render(m, root, n):
    host = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [198.51.100.{20 + n * 9}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS "
         f"id 4DW{n:02d}k8Rq3v\r\n\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
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
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"----=_Part_{n:02d}{k}_48{7301 + 97 * n}.16{n:02d}{k}93")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB7pQk2VZ9bXn1Q0uRr4yS2w=="]
GMAIL_BOUNDARY = "000000000000a1b2c3d405ba8f%02d"

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


INVITE_FR = """Les parties prenantes souhaitant prendre la parole sont invitées à en faire la demande par courriel à gcmrrarabstates@iom.int, en indiquant le nom, le titre et l'affiliation institutionnelle de l'intervenant(e), au plus tard le vendredi 5 février 2021. Les interventions peuvent être demandées :
- dans la discussion ouverte de la consultation multipartite (23 février 2021) ;
- en tant que rapporteur(e) présentant les messages clés des parties prenantes ;
- en séance plénière (24-25 février 2021) ;
- dans l'une des quatre tables rondes thématiques (24-25 février 2021).
Les rapports volontaires d'examen du PMM peuvent être transmis à la même adresse jusqu'au mardi 16 février 2021."""


# ================================================================= messages
@message
def kenya_table():
    plain = """Dear Colleagues,

Greetings from the Kenyan Community Welfare Association in Doha.

Following the invitation to the Regional Review of the GCM in the Arab region, we would like to request speaking slots for two of our members:

Name | Position | Organization | Session
Wanjiru Kamau-Otieno | Chairperson | Kenyan Community Welfare Association (KCWA) | Plenary
Brian Ochieng Mutua | Welfare and Legal Aid Officer | Kenyan Community Welfare Association (KCWA) | Roundtable 2

Please let us know if you need any further information from us.

Warm regards,
Esther Njeri
Secretary, KCWA
+974 5512 8830
"""
    html = ('<div dir="ltr"><div>Dear Colleagues,</div><div><br></div><div>Greetings from the Kenyan Community Welfare '
            'Association in Doha.</div><div><br></div><div>Following the invitation to the Regional Review of the GCM '
            'in the Arab region, we would like to request speaking slots for two of our members:</div><div><br></div>'
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
            '<tbody><tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Organization</b></td><td><b>Session</b></td></tr>'
            '<tr><td>Wanjiru Kamau-Otieno</td><td>Chairperson</td><td>Kenyan Community Welfare Association (KCWA)</td>'
            '<td>Plenary</td></tr><tr><td>Brian Ochieng Mutua</td><td>Welfare and Legal Aid Officer</td>'
            '<td>Kenyan Community Welfare Association (KCWA)</td><td>Roundtable 2</td></tr></tbody></table>'
            '<div><br></div><div>Please let us know if you need any further information from us.</div><div><br></div>'
            '<div>Warm regards,</div><div>Esther Njeri</div><div>Secretary, KCWA</div><div>+974 5512 8830</div></div>\n')
    root = alt(plain, html, boundary=GMAIL_BOUNDARY % 1)
    meta = dict(from_name="Esther Njeri", from_email="kcwa.doha@gmail.example.com", relay="mail-wr1-f54.google.com",
                subject="Request for speaking slots - KCWA", received_at=R(1, 10, 14, 7), sender_tz=tz(3),
                mid="<CAF3nq8Zp0Lw2xR7uT4bQm9vKc1sY6hJe5oD8aWg@mail.gmail.com>")
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Wanjiru Kamau-Otieno", "Chairperson", "Kenyan Community Welfare Association (KCWA)",
                              ["plenary"]),
                           SP("Brian Ochieng Mutua", "Welfare and Legal Aid Officer",
                              "Kenyan Community Welfare Association (KCWA)", ["roundtable"], 2)],
                 notes="Gmail multipart/alternative, two speakers in an HTML table (pipe-separated in the plain "
                       "part); sender (secretary) is not a speaker; 'in Doha' is the location only")
    return meta, root, label


@message
def ar_digits_shelter():
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

بالإشارة إلى دعوتكم المؤرخة في ٢٨ كانون الثاني/يناير ٢٠٢١، نتشرف بطلب مداخلة في المائدة المستديرة رقم ٢ (حماية حقوق الإنسان للمهاجرين) يومي ٢٤–٢٥ شباط/فبراير ٢٠٢١.

المتحدثة: السيدة ريما فخر الدين
الصفة: مديرة البرامج
الجهة: دار الأمان لحماية النساء المهاجرات

نرجو تأكيد استلام الطلب.

مع الشكر والتقدير،
جنى سركيس
منسقة إدارية – دار الأمان لحماية النساء المهاجرات، بيروت
هاتف: ٩٦١٣٤٤٧٢١٠+
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary=GMAIL_BOUNDARY % 2)
    meta = dict(from_name="جنى سركيس", from_email="jana.sarkis@daralaman.example.org",
                subject="طلب مداخلة – المائدة المستديرة ٢", received_at=R(1, 13, 40, 22),
                mid="<CAKd7Qm1vR4sT9pZ2wL6xN0yB3cH8eF5gJ7aU1iK@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("ريما فخر الدين", "مديرة البرامج", "دار الأمان لحماية النساء المهاجرات",
                              ["roundtable"], 2)],
                 notes="Arabic-Indic digits in dates, phone and the roundtable number ('رقم ٢'); honorific السيدة "
                       "before the name; the sender's signature adds ', بيروت' (location only)")
    return meta, root, label


@message
def fr_ministry():
    plain = """Objet : Participation à l'Examen régional du Pacte mondial pour les migrations – région arabe

Madame, Monsieur,

J'ai l'honneur de vous faire part de l'intérêt du Ministère de l'Emploi et de la Formation professionnelle de participer aux travaux de la Conférence régionale d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières, prévue les 24 et 25 février 2021.

À cet effet, j'ai l'honneur de vous proposer M. Hamza Belkacemi, Directeur de la mobilité internationale de la main-d'œuvre au Ministère de l'Emploi et de la Formation professionnelle, pour une intervention en séance plénière.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Pour le Ministre et par délégation,
Le Secrétaire général
Abdelkrim Taleb

Ministère de l'Emploi et de la Formation professionnelle
Tunis – République tunisienne
Tél. : +216 71 792 415
"""
    html = outlook_html(mso(plain), lang="FR")
    root = alt(plain, html)
    meta = dict(from_name="Bureau d'ordre - Secrétariat général", from_email="bo.sg@emploi.example.gov.tn",
                subject="Participation à l'Examen régional du PMM – proposition d'intervenant",
                received_at=R(2, 9, 5, 41), sender_tz=tz(1), lag=60,
                mid="<000a01d6f94b$2c7e8d10$8573a730$@emploi.example.gov.tn>",
                extra=OUTLOOK + ["Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Hamza Belkacemi", "Directeur de la mobilité internationale de la main-d'œuvre",
                              "Ministère de l'Emploi et de la Formation professionnelle", ["plenary"])],
                 notes="formal ministry letter ('J'ai l'honneur de'): speaker in prose with 'M.', title before the "
                       "affiliation with 'au'; signed by the Secretary-General, sent from a registry mailbox")
    return meta, root, label


@message
def en_cleaners_report():
    plain = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Gulf Cleaners and Domestic Services Workers' Union (GCDSWU), prepared with our members in Manama and Muharraq.

The report covers wage protection, housing conditions and access to justice for cleaners employed through subcontractors, with recommendations under Objectives 6 and 22.

Best regards,
Ramesh Pillai
General Secretary
Gulf Cleaners and Domestic Services Workers' Union (GCDSWU)
Manama, Kingdom of Bahrain
Tel +973 3921 4407

This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and notify the sender.
"""
    pdf = tiny_pdf(["GCDSWU - Voluntary GCM Review Report 2021", "Wage protection and access to justice",
                    "for cleaners in Bahrain"], "GCDSWU voluntary GCM report")
    body = alt(plain, outlook_html(mso(plain), "EN-GB"))
    root = mixed(body, [attachment(pdf, PDF, "GCDSWU_GCM_Voluntary_Review_Report_2021.pdf")])
    meta = dict(from_name="Ramesh Pillai", from_email="gensec@gcdswu.example.org",
                subject="Voluntary GCM Review Report - GCDSWU", received_at=R(2, 16, 22, 3), sender_tz=tz(3),
                mid="<003101d6f985$7a1c2e60$6e548b20$@gcdswu.example.org>",
                extra=OUTLOOK + ["Content-Language: en-gb"])
    label = dict(category="voluntary_report", language="en",
                 report_attachments=["GCDSWU_GCM_Voluntary_Review_Report_2021.pdf"],
                 notes="plain Outlook report submission with a confidentiality disclaimer; signature title "
                       "is not a speaker request")
    return meta, root, label


@message
def ar_media_two_speakers():
    plain = """الإخوة والأخوات في فريق الاستعراض الإقليمي،

السلام عليكم ورحمة الله،

تود شبكة إعلام المصريين في الخليج أن ترشح اثنين من أعضائها للمشاركة في أعمال الاستعراض الإقليمي:

١- الأستاذ كريم عبد المنعم، رئيس تحرير منصة "صوت المغترب"، شبكة إعلام المصريين في الخليج — للمشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة يوم 23 فبراير.
٢- السيدة نرمين حلمي، شبكة إعلام المصريين في الخليج — للمداخلة في المائدة المستديرة الثالثة (الإدماج والتحويلات ومساهمات المغتربين).

مع خالص التحية،
أحمد الشاذلي
المنسق العام
شبكة إعلام المصريين في الخليج
الكويت
"""
    root = text_part(plain, cte="b64")
    meta = dict(from_name="Ahmed Elshazly", from_email="a.elshazly@egmedianet.example.com",
                subject="ترشيح متحدثين - شبكة إعلام المصريين في الخليج", received_at=R(2, 21, 3, 50),
                sender_tz=tz(3), mid="<7f3a9c2e-41b8-4d0f-9e6a-2c5b8d1e0f47@egmedianet.example.com>",
                extra=["User-Agent: Roundcube Webmail/1.4.11"])
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("كريم عبد المنعم", 'رئيس تحرير منصة "صوت المغترب"', "شبكة إعلام المصريين في الخليج",
                              ["open_discussion"]),
                           SP("نرمين حلمي", None, "شبكة إعلام المصريين في الخليج", ["roundtable"], 3)],
                 notes="two speakers in a numbered list with Arabic-Indic item numbers; honorifics الأستاذ/السيدة; "
                       "second speaker has no title; roundtable as ordinal word 'الثالثة'; sender is not a speaker "
                       "and writes under a Latin display name")
    return meta, root, label


@message
def ar_signature_lawyers():
    plain = """مساء الخير،

أرغب بالمشاركة في النقاش المفتوح خلال المشاورة متعددة أصحاب المصلحة يوم ٢٣ شباط، لعرض ما توثقه تجمعنا من قضايا احتجاز العمال المهاجرين وترحيلهم في إقليم كردستان وبغداد.

شكراً لكم

المحامية لانا حسين الجبوري
منسقة وحدة المساعدة القانونية
تجمع المحامين من أجل حقوق المهاجرين في العراق
أربيل - العراق
+964 750 318 2264
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary=GMAIL_BOUNDARY % 5)
    meta = dict(from_name="Lana Hussein", from_email="lana.h.aljubouri@gmail.example.com",
                relay="mail-ej1-f41.google.com", subject="مشاركة", received_at=R(3, 8, 47, 30), sender_tz=tz(3),
                mid="<CAGh5yT2pQ8mV1nX4rZ7bK0wL3sD6fJ9cE2uA5oN@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("لانا حسين الجبوري", "منسقة وحدة المساعدة القانونية",
                              "تجمع المحامين من أجل حقوق المهاجرين في العراق", ["open_discussion"])],
                 notes="self-nomination; name, title and affiliation only in the signature, name after the "
                       "professional honorific 'المحامية'; 'في العراق' is part of the name, 'أربيل - العراق' is a "
                       "location line; one-word subject; personal webmail")
    return meta, root, label


@message
def fr_thunderbird_university():
    plain = ("Bonjour,\n\n"
             "Suite à l'appel à contributions pour l'Examen régional du Pacte mondial \n"
             "sur les migrations dans la région arabe, je me permets de vous proposer \n"
             "ma candidature pour une intervention dans la table ronde thématique n° 4 \n"
             "(données, politiques fondées sur des éléments probants et coopération \n"
             "internationale).\n\n"
             "Je dirige depuis 2017 un programme de recherche sur les statistiques \n"
             "migratoires au Maghreb et je pourrais partager nos résultats sur la \n"
             "mesure des migrations de retour.\n\n"
             "Vous trouverez mes coordonnées ci-dessous.\n\n"
             "Bien à vous,\n\n"
             "-- \n"
             "Pr Salma Idrissi-Alaoui\n"
             "Professeure de démographie\n"
             "Centre d'études sur les migrations et la mobilité (CEMM), Université \n"
             "Souss-Atlantique – Agadir\n"
             "Tél. : +212 6 61 47 20 93\n")
    root = text_part(plain, cte="8bit", flowed=True)
    meta = dict(from_name="Salma Idrissi-Alaoui", from_email="s.idrissialaoui@cemm-uiz.example.ma",
                subject="Demande d'intervention - table ronde 4", received_at=R(3, 11, 30, 12), sender_tz=tz(1),
                mid="<5b2e7a31-9c4d-0e8f-a1b6-3d7c2f9e8a10@cemm-uiz.example.ma>",
                extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
                       "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Salma Idrissi-Alaoui", "Professeure de démographie",
                              "Centre d'études sur les migrations et la mobilité (CEMM), Université Souss-Atlantique",
                              ["roundtable"], 4)],
                 notes="Thunderbird format=flowed (soft breaks with trailing spaces); details only in the '-- ' "
                       "signature; 'Pr' honorific; the affiliation line (centre + university) is soft-wrapped and "
                       "ends with '– Agadir' (location only)")
    return meta, root, label


@message
def en_apple_nurses():
    plain = """Dear Secretariat,

I am writing to request a floor intervention in Roundtable 1 (regular pathways and decent work) at the conference on 24-25 February.

Our association represents around 3,000 Indian nurses working in public and private hospitals in Kuwait, and we would like to speak about ethical recruitment and the recognition of qualifications.

Looking forward to hearing from you.

Kind regards

-- SIGSEP
Dr. Anitha Varghese
President
Indian Nurses Association Kuwait (INAK)
+965 9904 1187
www.inak.example.org
""".replace("-- SIGSEP", "-- ")
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_8C1E4B2A-7F03-4D9E-B6A5-2E0F9C3D7B18")
    meta = dict(from_name="Anitha Varghese", from_email="president@inak.example.org",
                subject="Roundtable 1 - speaking request", received_at=R(3, 19, 2, 44), sender_tz=tz(3),
                mid="<9E4B1C7A-3F2D-4E8B-A6C0-1D5F7B9E2A34@inak.example.org>",
                extra=["X-Mailer: Apple Mail (2.3654.40.0.2.32)"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Anitha Varghese", "President", "Indian Nurses Association Kuwait (INAK)",
                              ["roundtable"], 1)],
                 notes="Apple Mail, first-person request; name, title and affiliation only below the '-- ' "
                       "separator; 'Dr.' not part of the name; 'Kuwait' is part of the association's name")
    return meta, root, label


@message
def en_html_migrant_led():
    html = outlook_html("""<p class=MsoNormal>Good afternoon,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>On behalf of Uganda Migrant Workers Voice (UMWV), a migrant-led organisation of returnees and current workers in Saudi Arabia, the UAE and Oman, I would like to propose our Founder and Executive Director, Ms. Harriet Nakato Ssempala, as rapporteur to deliver the key messages of the stakeholders. She is also happy to take part in the open discussion of the multi-stakeholder consultation on 23 February.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you for this opportunity.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best,</p>
<p class=MsoNormal><b>Joseph Kato</b><br>Programmes Officer<br>Uganda Migrant Workers Voice (UMWV)<br>Plot 14, Kira Road, Kampala<br>Tel: +256 772 480 951</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><span style="font-size:7.5pt;color:gray">DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee.</span></p>""",
                        "EN-GB")
    root = text_part(html, "html")
    meta = dict(from_name="Joseph Kato", from_email="jkato@umwv.example.org",
                subject="Nomination: rapporteur - Uganda Migrant Workers Voice", received_at=R(4, 14, 5, 9),
                sender_tz=tz(3), mid="<00ae01d6faf0$91b2c3d0$b5184970$@umwv.example.org>",
                extra=OUTLOOK + ["Content-Language: en-gb"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Harriet Nakato Ssempala", "Founder and Executive Director",
                              "Uganda Migrant Workers Voice (UMWV)", ["rapporteur", "open_discussion"])],
                 notes="HTML-only Outlook message; speaker nominated by a colleague (sender's own title in the "
                       "signature is not hers); two roles, the second added in a separate sentence; disclaimer")
    return meta, root, label


@message
def ar_collective_report():
    plain = """السيدات والسادة في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

يسر الشبكة المغاربية للجمعيات العاملة مع المهاجرين أن ترسل إليكم مرفقاً التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي شاركت في إعداده إحدى عشرة جمعية عضواً في المغرب والجزائر وتونس وموريتانيا.

يتناول التقرير الحماية في المناطق الحدودية، والحصول على الرعاية الصحية، وأوضاع القاصرين غير المصحوبين.

وتفضلوا بقبول فائق الاحترام،
سعاد بن عمار
الكاتبة العامة للشبكة
الجزائر العاصمة
"""
    pdf = tiny_pdf(["Reseau maghrebin des associations travaillant avec les migrants",
                    "Rapport volontaire collectif - PMM 2021 (version arabe)"], "Collective GCM report AR")
    body = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary=GMAIL_BOUNDARY % 8)
    root = mixed(body, [attachment(pdf, PDF, "التقرير الجماعي للشبكة المغاربية - الاتفاق العالمي 2021.pdf",
                                   style="2047")], boundary="000000000000c4d5e6f705ba91c8")
    meta = dict(from_name="Souad Benammar", from_email="secretariat.rmam@gmail.example.com",
                relay="mail-wm1-f48.google.com", subject="التقرير الطوعي الجماعي", received_at=R(4, 10, 10, 55),
                sender_tz=tz(1), mid="<CAP9wR3tK6xB0nQ4mZ1vL8yT2sF5hD7cG3jE0aU6@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar",
                 report_attachments=["التقرير الجماعي للشبكة المغاربية - الاتفاق العالمي 2021.pdf"],
                 notes="collective report of a network (11 member associations); Gmail style RFC 2047-encoded Arabic "
                       "file name inside quoted parameters; base64 text parts")
    return meta, root, label


@message
def fr_visa_question():
    plain = """Bonjour,

Notre association souhaiterait envoyer deux personnes à Beyrouth pour assister en présentiel à la conférence régionale des 24 et 25 février, si un format hybride est prévu.

Nos deux membres sont de nationalité malgache. Pourriez-vous nous indiquer si l'OIM peut fournir une lettre d'invitation pour la demande de visa, et dans quel délai il faudrait la solliciter ?

Merci d'avance pour votre réponse.

Cordialement,
Fanja Rakotomalala
Trésorière
Association Fihavanana des travailleuses malgaches au Liban
"""
    root = alt(plain, gmail_html(plain), boundary=GMAIL_BOUNDARY % 9)
    meta = dict(from_name="Fanja Rakotomalala", from_email="fanja.rakotomalala@gmail.example.com",
                relay="mail-lf1-f45.google.com", subject="Question visa - conférence régionale",
                received_at=R(4, 12, 55, 18), mid="<CAM2xT7qL4wN9vB1rK6yP3sZ8dH0cF5jG2eA7uO1@mail.gmail.com>")
    label = dict(category="other", language="fr",
                 notes="visa / invitation letter question; names two attendees without naming them and without "
                       "asking to speak: not a speaker request")
    return meta, root, label


@message
def en_forwarded_institute():
    inner = """---------- Forwarded message ---------
From: Dr. Yusuf Al-Mannai <y.almannai@gulfpolicy.example.qa>
Date: Thu, 4 Feb 2021 at 09:12
Subject: GCM regional review - speaker
To: Priya Raman <p.raman@gulfpolicy.example.qa>


Priya,

Could you please send the nomination to IOM today? I would like Dr. Mariam Al-Sulaiti to take the floor in the plenary. Her details:
Dr. Mariam Al-Sulaiti
Senior Research Fellow, Labour Mobility Programme
Gulf Institute for Policy and Labour Studies (GIPLS)

Thanks,
Yusuf
"""
    plain = "Dear IOM colleagues,\n\nPlease see below the nomination from our Director for the plenary session.\n\n" \
            "Kind regards,\nPriya Raman\nResearch Assistant | GIPLS\n\n" + inner
    html = gmail_html(plain)
    root = alt(plain, html, boundary=GMAIL_BOUNDARY % 11)
    meta = dict(from_name="Priya Raman", from_email="p.raman@gulfpolicy.example.qa",
                subject="Fwd: GCM regional review - speaker", received_at=R(4, 15, 20, 2), sender_tz=tz(3),
                mid="<CAB4kW8nT1qZ6xV3rL0yM7sP2dJ9cF4hG5eA8uN2@mail.gmail.com>",
                relay="mail-pj1-f67.google.com")
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Mariam Al-Sulaiti", "Senior Research Fellow, Labour Mobility Programme",
                              "Gulf Institute for Policy and Labour Studies (GIPLS)", ["plenary"])],
                 notes="forwarded message: the speaker's details are in the forwarded part, written by the "
                       "director (also a 'Dr.'); the forwarding sender and the director are not speakers")
    return meta, root, label


@message
def en_phone_no_title():
    plain = """Hello, I would like to request to speak in the open discussion on 23 Feb. My name is Grace Atim, from Uganda Domestic Workers Diaspora Network, based in Riyadh. Thanks

Sent from my iPhone
"""
    root = text_part(plain)
    meta = dict(from_name="Grace Atim", from_email="graceatim87@yahoo.example.com", relay="sonic.mail.yahoo.example.com",
                subject="Request", received_at=R(4, 22, 41, 10), sender_tz=tz(3),
                mid="<B7C2E9F1-4A3D-4F6B-9E8A-0C1D2E3F4A5B@yahoo.example.com>",
                extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en",
                 speakers=[SP("Grace Atim", None, "Uganda Domestic Workers Diaspora Network", ["open_discussion"])],
                 notes="short message written on a phone, single paragraph; no title given; 'based in Riyadh' is a "
                       "location only; one-word subject")
    return meta, root, label


@message
def fr_docx_malagasy():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial élaboré par notre collectif, qui rassemble des travailleuses domestiques malgaches au Liban, en Jordanie et au Koweït.

Le rapport (en français) porte sur le système de la kafala, le rapatriement et l'accès aux documents d'état civil.

Avec nos remerciements,

Hanitra Randriamanana
Coordinatrice
Collectif des Travailleuses Migrantes Malgaches (CTMM)
"""
    docx = tiny_docx("Rapport volontaire d'examen du PMM – CTMM", [
        "Collectif des Travailleuses Migrantes Malgaches", "1. Contexte", "2. Kafala et rapatriement",
        "3. Recommandations"])
    body = alt(plain, outlook_html(mso(plain), "FR"))
    root = mixed(body, [attachment(docx, DOCX, "Rapport_PMM_CTMM_février2021.docx")])
    meta = dict(from_name="Hanitra Randriamanana", from_email="coordination@ctmm.example.mg",
                subject="Rapport volontaire – CTMM", received_at=R(5, 9, 20, 31), sender_tz=tz(3),
                mid="<001c01d6fb7a$3d4e5f60$b7e91c20$@ctmm.example.mg>",
                extra=OUTLOOK + ["Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", report_attachments=["Rapport_PMM_CTMM_février2021.docx"],
                 notes="DOCX report; accented file name as RFC 2231 (filename*=utf-8''...)")
    return meta, root, label


@message
def ar_committee_nominates():
    html = outlook_html(mso("""السادة / المنظمة الدولية للهجرة – المكتب الإقليمي
المحترمين

تحية طيبة وبعد،

إشارة إلى الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرنا أن نرشح سعادة الدكتور خالد يوسف المناعي، نائب رئيس اللجنة الوطنية لمكافحة الاتجار بالأشخاص، ليكون مقرراً يتولى عرض الرسائل الرئيسية لأصحاب المصلحة.

وتفضلوا بقبول فائق الاحترام والتقدير،

مريم عيسى البوعينين
رئيس قسم العلاقات الدولية
اللجنة الوطنية لمكافحة الاتجار بالأشخاص
مملكة البحرين
هاتف: +973 1754 2210

تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه."""), "AR-SA", rtl=True)
    root = text_part(html, "html", cte="b64")
    meta = dict(from_name="مريم عيسى البوعينين", from_email="m.albuainain@nctp.example.bh",
                subject="ترشيح مقرر – اللجنة الوطنية لمكافحة الاتجار بالأشخاص", received_at=R(5, 11, 5, 40),
                sender_tz=tz(3), mid="<00f201d6fb89$5a6b7c80$0e427580$@nctp.example.bh>",
                extra=OUTLOOK + ["Content-Language: ar-sa"])
    label = dict(category="speaker_request", language="ar",
                 speakers=[SP("خالد يوسف المناعي", "نائب رئيس اللجنة الوطنية لمكافحة الاتجار بالأشخاص",
                              "اللجنة الوطنية لمكافحة الاتجار بالأشخاص", ["rapporteur"])],
                 notes="HTML-only Outlook (RTL); nominee is not the sender, introduced with 'سعادة الدكتور'; title "
                       "embeds the committee name; role 'مقرراً' = rapporteur; disclaimer")
    return meta, root, label


@message
def en_octet_undp():
    plain = """Dear colleagues,

On behalf of the UNDP project "Migration and Local Development in Iraq" (MLDI), please find attached our voluntary GCM review report, which documents the work of the eight municipal migration desks supported by the project in Basra, Najaf and Mosul.

Apologies for the file format issue in my earlier attempt - our system was blocking the send. It should open as a normal PDF.

Best regards,
Dalia Hamdan
Project Coordinator, MLDI
UNDP Iraq
"""
    pdf = tiny_pdf(["UNDP Iraq - Migration and Local Development in Iraq (MLDI)",
                    "Voluntary GCM Review Report, February 2021"], "MLDI voluntary GCM review report")
    att = MIMEApplication(pdf, "octet-stream")
    att.set_param("name", "MLDI_GCM_voluntary_report_Feb2021.pdf")
    att.add_header("Content-Disposition", "attachment", filename="MLDI_GCM_voluntary_report_Feb2021.pdf")
    root = mixed(text_part(plain), [att])
    meta = dict(from_name="Dalia Hamdan", from_email="dalia.hamdan@undp.example.org",
                subject="MLDI - Voluntary GCM review report", received_at=R(5, 14, 30, 26), sender_tz=tz(3),
                mid="<DB8PR02MB5849A1C3E6F7B2D40E9A8C3BD7A90@DB8PR02MB5849.eurprd02.prod.outlook.example.com>",
                extra=["X-MS-Has-Attach: yes", "Content-Language: en-US"])
    label = dict(category="voluntary_report", language="en",
                 report_attachments=["MLDI_GCM_voluntary_report_Feb2021.pdf"],
                 notes="PDF report sent as application/octet-stream; mentions an 'earlier attempt' that never "
                       "arrived (no thread); UN agency project")
    return meta, root, label


@message
def fr_reply_quoting_call():
    plain = """Bonjour,

En réponse à votre appel ci-dessous, le Club sportif des migrants d'Oran souhaite proposer son président, M. Moussa Konaté (entraîneur et médiateur social), pour une intervention dans la table ronde 3 sur l'inclusion sociale. Le sport est pour nous un outil d'insertion des jeunes migrants et nous aimerions partager cette expérience.

Cordialement,
Lahcène Bouziane
Secrétaire
Club sportif des migrants d'Oran (CSMO)

Le 29/01/2021 à 10:02, GCM Regional Review Arab States a écrit :
""" + quote(INVITE_FR) + "\n"
    root = text_part(plain)
    meta = dict(from_name="Lahcène Bouziane", from_email="csmo.oran@example.dz",
                subject="Re: Examen régional du PMM – région arabe : appel aux parties prenantes",
                received_at=R(5, 16, 45, 3), sender_tz=tz(1),
                mid="<f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f@example.dz>",
                in_reply_to="<invitation-fr.20210129@gcm-review.iom.int>",
                references="<invitation-fr.20210129@gcm-review.iom.int>",
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.0", "Content-Language: fr"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Moussa Konaté", "président", "Club sportif des migrants d'Oran (CSMO)",
                              ["roundtable"], 3)],
                 notes="reply quoting the French call ('>'-prefixed), which lists every role and the report "
                       "deadline; speaker given in prose as 'son président, M. ...' with a descriptive parenthesis "
                       "(trainer and social mediator) that is not the title; 'd'Oran' is part of the club's name")
    return meta, root, label


@message
def ar_both_coptic():
    plain = """حضرات السادة المحترمين،

نعمة وسلام،

مرفق طيه التقرير الطوعي لجمعية مار مرقس الخيرية لرعاية الأسر المهاجرة حول تنفيذ الاتفاق العالمي للهجرة، ويتناول أوضاع الأسر المصرية العاملة في لبنان والأردن.

كما نرجو التكرم بإتاحة الفرصة للأب بيشوي عزيز، مدير برنامج الأسر المهاجرة بالجمعية، للمداخلة في المائدة المستديرة الثالثة.

مع وافر الشكر،
مينا فوزي
مسؤول الاتصال
جمعية مار مرقس الخيرية لرعاية الأسر المهاجرة
القاهرة
"""
    docx = tiny_docx("التقرير الطوعي – جمعية مار مرقس الخيرية", ["١. المقدمة", "٢. أوضاع الأسر العاملة",
                                                               "٣. التوصيات"], rtl=True)
    body = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary=GMAIL_BOUNDARY % 15)
    root = mixed(body, [attachment(docx, DOCX, "تقرير جمعية مار مرقس - الاتفاق العالمي.docx")],
                 boundary="000000000000e7f8091a05ba93d1")
    meta = dict(from_name="مينا فوزي", from_email="mina.fawzy.stmark@gmail.example.com",
                relay="mail-ed1-f53.google.com", subject="تقرير طوعي وطلب مداخلة", received_at=R(5, 20, 10, 49),
                mid="<CAN6tY1qR8wK3vZ0mB5xL2sT9dG4hF7cJ1eA3uP8@mail.gmail.com>")
    label = dict(category="both", language="ar",
                 report_attachments=["تقرير جمعية مار مرقس - الاتفاق العالمي.docx"],
                 speakers=[SP("بيشوي عزيز", "مدير برنامج الأسر المهاجرة", "جمعية مار مرقس الخيرية لرعاية الأسر المهاجرة",
                              ["roundtable"], 3)],
                 notes="both, on time (speaker part on 5 Feb evening); Coptic charity: clerical honorific 'الأب' "
                       "not part of the name; affiliation only by reference ('بالجمعية') to the organisation named "
                       "earlier; RFC 2231 Arabic DOCX name")
    return meta, root, label


@message
def fr_late_tunis():
    plain = """Bonsoir,

Je vous écris un peu tard, j'espère que ce n'est pas trop tard pour vous.

L'Observatoire tunisien des mobilités humaines (OTMH) souhaite proposer Mme Ines Ben Romdhane, chargée de recherche, pour la discussion ouverte de la consultation multipartite du 23 février, et éventuellement pour la plénière.

Cordialement,
Walid Khemiri
OTMH - Sfax
"""
    root = alt(plain, gmail_html(plain), boundary=GMAIL_BOUNDARY % 16)
    meta = dict(from_name="Walid Khemiri", from_email="walid.khemiri@otmh.example.tn",
                subject="Proposition d'intervenante - OTMH", received_at=R(6, 0, 20, 41), sender_tz=tz(1), lag=35,
                mid="<CAJ1rT5wQ9mK2vX7nB4yL0sZ6dH3cF8gE1jA5uR2@mail.gmail.com>", relay="mail-wr1-f66.google.com")
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Ines Ben Romdhane", "chargée de recherche", "Observatoire tunisien des mobilités humaines (OTMH)",
                              ["open_discussion", "plenary"])],
                 notes="late: Date header Fri 5 Feb 23:20 +0100 (still 5 February for the sender) but received "
                       "00:20 on 6 February Beirut time; second role hedged ('éventuellement'); signature "
                       "'OTMH - Sfax' gives a location")
    return meta, root, label


@message
def en_logistics_ilo():
    plain = """Dear colleagues,

A couple of practical questions ahead of the regional review:

1. Will the consultation on 23 February and the conference on 24-25 February take place on Zoom or on another platform, and when will the links be shared?
2. Will Arabic-English-French interpretation be available in the roundtables?
3. Is there a separate registration for observers from UN agencies?

Many thanks,
Tomás Ferreira
Labour Migration Specialist
ILO Regional Office for Arab States
Beirut
"""
    root = alt(plain, outlook_html(mso(plain)))
    meta = dict(from_name="Tomás Ferreira", from_email="ferreira@ilo.example.org",
                subject="Practical questions - GCM regional review", received_at=R(8, 10, 0, 14),
                mid="<AM0PR10MB3012C7B4D1E9F8A2B3C4D5E6F7081@AM0PR10MB3012.eurprd10.prod.outlook.example.com>",
                extra=["Content-Language: en-US"])
    label = dict(category="other", language="en",
                 notes="logistics questions (platform, interpretation, observer registration) from a UN agency; "
                       "mentions roundtables and dates but requests no speaking role")
    return meta, root, label


@message
def fr_thanks_reply():
    plain = ("Merci beaucoup pour votre accusé de réception.\n\n"
             "Bien à vous,\nSalma Idrissi-Alaoui\n\n"
             "Le 03/02/2021 à 11:31, gcmrrarabstates@iom.int a écrit :\n"
             "> Madame,\n>\n> Nous accusons réception de votre demande d'intervention pour l'Examen\n"
             "> régional du Pacte mondial pour les migrations (région arabe).\n>\n"
             "> Le secrétariat\n")
    root = text_part(plain, cte="8bit", flowed=True)
    meta = dict(from_name="Salma Idrissi-Alaoui", from_email="s.idrissialaoui@cemm-uiz.example.ma",
                subject="Re: Accusé de réception – demande d'intervention", received_at=R(8, 14, 12, 5),
                sender_tz=tz(1), mid="<a7c3e1f9-2b4d-6e8a-0c1e-3f5a7b9d1c2e@cemm-uiz.example.ma>",
                in_reply_to="<ack.20210203T093112.4417@gcm-intake.iom.int>",
                references="<5b2e7a31-9c4d-0e8f-a1b6-3d7c2f9e8a10@cemm-uiz.example.ma> "
                           "<ack.20210203T093112.4417@gcm-intake.iom.int>",
                extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
                       "Content-Language: fr"])
    label = dict(category="other", language="fr", acknowledge=False, thread_of="fr_thunderbird_university",
                 notes="thank-you reply to our acknowledgement of the earlier request: adds nothing new, do not "
                       "acknowledge; References name the original request")
    return meta, root, label


@message
def fr_late_no_affiliation():
    plain = """Bonjour,

Je suis doctorante en sociologie et je travaille sur les migrations subsahariennes en Algérie. Je sais que la date est passée mais serait-il encore possible de m'inscrire pour une intervention dans la table ronde n°2 (droits humains, frontières, détention) ?

Nom : Amina Belhadj
Fonction : doctorante en sociologie

Merci d'avance,
Amina
"""
    root = text_part(plain)
    meta = dict(from_name="Amina Belhadj", from_email="amina.belhadj.socio@outlook.example.fr",
                subject="Demande tardive d'intervention", received_at=R(8, 17, 48, 33), sender_tz=tz(1),
                mid="<PR3P192MB0881E2B7C9D4A1F3E5C6B7A8D9E00@PR3P192MB0881.EURP192.PROD.OUTLOOK.example.com>",
                extra=["Content-Language: fr-FR"])
    label = dict(category="speaker_request", language="fr",
                 speakers=[SP("Amina Belhadj", "doctorante en sociologie", None, ["roundtable"], 2)],
                 notes="late (8 February) and says so; no affiliation given (individual researcher, personal "
                       "webmail): affiliation null; 'table ronde n°2'")
    return meta, root, label


@message
def ar_agenda_request():
    plain = """السلام عليكم،

نرجو التكرم بتزويدنا بجدول أعمال المؤتمر الإقليمي يومي 24 و25 فبراير وبرنامج الموائد المستديرة، حتى نتمكن من تحديد من سيحضر من فريقنا.

وشكراً،
هيثم النعيمي
معهد الخليج للسياسات العامة
الدوحة
"""
    root = text_part(plain, cte="b64")
    meta = dict(from_name="Haitham Al-Nuaimi", from_email="h.nuaimi@gipp.example.qa",
                subject="جدول الأعمال", received_at=R(10, 9, 30, 8), sender_tz=tz(3),
                mid="<1612942171.83920.haitham@gipp.example.qa>",
                extra=["User-Agent: Roundcube Webmail/1.4.11"])
    label = dict(category="other", language="ar",
                 notes="request for the agenda and roundtable programme; mentions who will attend but proposes no "
                       "speaker")
    return meta, root, label


@message
def ar_late_report():
    plain = """الزملاء الأعزاء،

نعتذر عن التأخير في إرسال التقرير بسبب انقطاع الإنترنت في المكتب الأسبوع الماضي.

مرفق التقرير الطوعي لمنظمة أمان لحقوق العمال المهاجرين حول تنفيذ الاتفاق العالمي للهجرة في العراق.

مع التقدير،
زينب كاظم
منظمة أمان لحقوق العمال المهاجرين – البصرة
"""
    pdf = tiny_pdf(["Aman Organization for Migrant Workers' Rights - Iraq", "Voluntary GCM Review Report 2021"],
                   "Aman GCM report")
    root = mixed(text_part(plain, cte="b64"), [attachment(pdf, PDF, "Aman_GCM_Report_2021.pdf")],
                 boundary="----=_NextPart_000_0041_01D7050F.2A3B4C50")
    meta = dict(from_name="Zainab Kadhim", from_email="zainab.k@aman-iraq.example.org",
                subject="التقرير الطوعي - منظمة أمان", received_at=R(17, 11, 2, 37), sender_tz=tz(3),
                mid="<004101d70508$2a3b4c50$7eb1e4f0$@aman-iraq.example.org>", extra=OUTLOOK)
    label = dict(category="voluntary_report", language="ar", report_attachments=["Aman_GCM_Report_2021.pdf"],
                 notes="late report (17 February), apologises for the delay; English file name, Arabic body")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = [(fn.__name__,) + fn() for fn in MESSAGES]
    built.sort(key=lambda b: b[1]["received_at"])
    names = {key: f"h48-{i:02d}.eml" for i, (key, *_rest) in enumerate(built, 1)}
    labels = []
    for i, (key, meta, root, label) in enumerate(built, 1):
        name = names[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, i))
        cat, rat = label["category"], meta["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        thread = label.get("thread_of")
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label.get("acknowledge", True),
                       "on_time": on_time, "speakers": label.get("speakers", []),
                       "report_attachments": label.get("report_attachments", []),
                       "thread_of": names[thread] if thread else None, "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout48"))
