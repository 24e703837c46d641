#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout46 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets46.py
Written without reading intake/ or rules/.  Each message is a function returning (meta, MIME root, label);
messages are numbered h46-01 ... in order of arrival.
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


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def R(mo, d, h, mi, s=0):
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- tiny attachments
def tiny_pdf(lines, title="Report"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
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


def tiny_docx(paragraphs, rtl=False):
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
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text_part(text, subtype="plain", charset="utf-8", cte="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    return MIMEText(text, subtype, cs)


def alt(plain, html, charset="utf-8", cte="qp", boundary=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attach(data, subtype, filename, style="2231"):
    p = MIMEApplication(data, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    elif style == "2047":  # Outlook: encoded word inside the quoted parameter
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:  # Gmail / Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


def mixed(body, *parts, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return "<div{}>{}</div>\n".format(d, "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
            f"</head>\n<body lang={lang} link=\"#0563C1\"{d}><div class=WordSection1>\n{inner}\n</div></body></html>\n")


def paras(text):
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
        for para in text.split("\n\n"))


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">') for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


def outlook_hdrs(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 41:04d}Qk7VZ1bXn2Q0uRr3yS1w==",
            "Content-Language: " + lang]


GMAIL = ["X-Mailer: Gmail"]
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]


def hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name, email):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def render(m, root, n):
    domain = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 23))).astimezone(m.get("sender_tz", BEIRUT))
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from mail.{domain} (mail.{domain} [198.51.100.{20 + n * 3}])\r\n"
         f"\tby mx1.iom.int (Postfix) with ESMTPS id 4DbR{n:02d}K9z\r\n"
         f"\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain}",
         "From: " + addr(m["from_name"], m["from_email"]), "To: " + m.get("to", MAILBOX)]
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
        if part.is_multipart() and part.get_boundary() is None:  # fixed boundaries keep the output reproducible
            part.set_boundary(f"00000000000{n:02d}{k}b05c8e1a7d3f{2 * n + k:03d}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID = {
    "nigeria": "<CAF7nq2Lw0pX9sGk4TzR1vYbM8eH3cJ6uD5aQ@mail.gmail.com>",
    "chad": "<4f1c2a9e-7b3d-4e55-9a1f-2c8d0e6b7a31@orange.td.example>",
}
ACK_CHAD = "<ack.GCM-FR-0019.20210204T0731@gcm-intake.iom.int>"

INVITE_AR = """يسرّ المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
ويُرجى من أصحاب المصلحة الراغبين في تقديم تقارير استعراض طوعية إرسالها إلى gcmrrarabstates@iom.int في موعد أقصاه الثلاثاء 16 شباط/فبراير 2021.
ويمكن طلب الكلمة (في النقاش المفتوح للمشاورة، أو بصفة مقرر لعرض الرسائل الرئيسية، أو بمداخلة في الجلسة العامة أو في إحدى الموائد المستديرة المواضيعية الأربع) مع ذكر اسم المتحدث ومسمّاه الوظيفي والجهة التي ينتمي إليها، في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021."""


# ================================================================= the week's mail
@message
def nigeria():
    plain = """Dear Organisers,

Good morning. Following the invitation circulated through our embassy's community
desk, the Nigerian Community Association in the UAE would like to request a speaking
slot at the Regional Review.

Name: Chinwe Okafor-Bello
Title: Welfare Secretary
Organisation: Nigerian Community Association in the United Arab Emirates (NCA-UAE)
Preferred session: Thematic Roundtable 3 (social inclusion, access to services, remittances)

Mrs Okafor-Bello coordinates our legal and welfare help desk in Sharjah and Abu Dhabi
and can speak to access to services for workers whose residence permits lapsed during
the pandemic.

Kind regards,
Emeka Nwosu
General Secretary, NCA-UAE
+971 50 412 7736
"""
    meta = dict(from_name="Emeka Nwosu", from_email="emeka.nwosu@nca-uae.example.org",
                subject="Request for speaking slot - GCM Regional Review (Arab region)",
                received_at=R(2, 1, 9, 12, 4), mid=MID["nigeria"], extra=GMAIL, sender_tz=tz(4))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Chinwe Okafor-Bello", "Welfare Secretary",
                              "Nigerian Community Association in the United Arab Emirates (NCA-UAE)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="labelled lines; the sender (general secretary, signature) nominates a colleague; "
                       "'Mrs' in the prose is an honorific; hard-wrapped Gmail text")
    return meta, alt(plain, gmail_html(plain)), label


@message
def nhri():
    plain = """السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة
الآمنة والمنظمة والنظامية في المنطقة العربية، يسعدني إبلاغكم بأن اللجنة الوطنية لحقوق الإنسان
في موريتانيا ترغب في تقديم مداخلة خلال الجلسة العامة للمؤتمر يومي 24 و25 شباط/فبراير.

وقد كلّفت اللجنة الدكتور محمد الأمين ولد سيدي، نائب رئيس اللجنة والمكلف بملف الهجرة واللجوء،
بإلقاء هذه المداخلة باسمها.

وتفضلوا بقبول فائق التقدير والاحترام،

فاطمة بنت أحمدو
مديرة الديوان
اللجنة الوطنية لحقوق الإنسان في موريتانيا
نواكشوط
الهاتف: +222 45 25 11 80

--
تنبيه: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط.
"""
    html = outlook_html(paras(plain), lang="AR-SA", rtl=True)
    meta = dict(from_name="Fatimetou Ahmedou", from_email="cabinet@cndh-mr.example.org",
                subject="طلب مداخلة – اللجنة الوطنية لحقوق الإنسان",
                received_at=R(2, 1, 13, 40, 51), mid="<002b01d6f88a$1d4e7f20$57dc7d60$@cndh-mr.example.org>",
                extra=outlook_hdrs(2, "ar-sa"), sender_tz=tz(0), lag=70)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("محمد الأمين ولد سيدي", "نائب رئيس اللجنة والمكلف بملف الهجرة واللجوء",
                              "اللجنة الوطنية لحقوق الإنسان في موريتانيا", ["plenary"], None)],
                 report_attachments=[], thread_of=None,
                 notes="national human rights institution; speaker named in prose after the honorific الدكتور, "
                       "nominated by the head of office (signature, not a speaker); 'في موريتانيا' is part of the "
                       "institution's name; hard-wrapped lines and a confidentiality disclaimer")
    return meta, alt(plain, html, boundary="----=_NextPart_000_002C_01D6F89A.E1A0C3B0"), label


@message
def mayors():
    plain = """Madame, Monsieur,

Le Réseau des Femmes Élues Locales du Sahel et du Maghreb (REFELSM) souhaite
participer activement à la revue régionale du Pacte mondial sur les migrations.

Nous proposons les deux intervenantes suivantes :

1) Mme Mariem Mint BOUBACAR, Maire de la commune de Tevragh Zeina et Présidente du
   réseau : participation à la discussion ouverte de la consultation multipartite
   du 23 février ;
2) Mme Khadija EL MANSOURI, Adjointe au maire chargée des affaires sociales :
   intervention dans la table ronde thématique n° 2 (droits humains des migrants,
   gouvernance des frontières).

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aminetou DIALLO
Chargée de communication – REFELSM
Tél. : +222 36 40 18 22
"""
    meta = dict(from_name="Aminetou DIALLO", from_email="communication@refelsm.example.org",
                subject="Demande de prise de parole - Réseau des Femmes Élues Locales",
                received_at=R(2, 2, 10, 5, 17), mid="<e2b7a1c0-44f1-9d3e-b2c8-refelsm0202@refelsm.example.org>",
                extra=THUNDERBIRD, sender_tz=tz(0))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mariem Mint BOUBACAR", "Maire de la commune de Tevragh Zeina et Présidente du réseau",
                              "Réseau des Femmes Élues Locales du Sahel et du Maghreb (REFELSM)",
                              ["open_discussion"], None),
                           SP("Khadija EL MANSOURI", "Adjointe au maire chargée des affaires sociales",
                              "Réseau des Femmes Élues Locales du Sahel et du Maghreb (REFELSM)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="network of women local elected officials; surnames in CAPITALS (kept as written); two "
                       "speakers in a numbered list with different roles; 'Mme' honorific; affiliation only in the "
                       "opening sentence; the sender (communication officer) is not a speaker")
    return meta, text_part(plain, cte="qp"), label


@message
def lanka_phone():
    plain = """Hi
Pls register our member Nirmala Jayasuriya to speak at roundtable 2. She is with
Lanka Domestic Workers Collective – Kuwait City. Thank you

Sent from my iPhone
"""
    meta = dict(from_name="Dilani", from_email="dilani.fernando.kw@gmail.com", subject="Speaker",
                received_at=R(2, 2, 21, 47, 30), mid="<7D1E4C2A-9B0F-4A6E-8C31-55F2B7E0A912@gmail.com>",
                extra=IPHONE, sender_tz=tz(3), lag=9)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Nirmala Jayasuriya", None, "Lanka Domestic Workers Collective", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="short phone message, plain text only; no title given (null); migrant domestic workers' "
                       "collective; '– Kuwait City' is only its location, left out of the affiliation")
    return meta, text_part(plain, cte=None), label


@message
def interpretation():
    plain = """Bonjour,

Pourriez-vous nous indiquer si une interprétation simultanée en français sera
assurée pendant la consultation du 23 février et les tables rondes des 24 et 25 ?
Plusieurs de nos membres ne sont pas à l'aise en anglais et nous aimerions savoir
sur quel canal se connecter (Zoom, Teams ?).

Merci d'avance,

Bien cordialement,
Souleymane Abakar Hissein
Coordinateur
Plateforme des Associations de la Diaspora Tchadienne (PADT)
"""
    meta = dict(from_name="Souleymane Abakar", from_email="s.abakar@padt.example.org",
                subject="Interprétation en français ?", received_at=R(2, 3, 8, 30, 2),
                mid="<CAKd2rT0x9Lq5M1eW7bN3pHs8Vf6gYc4Zu0oJa@mail.gmail.com>", extra=GMAIL, sender_tz=tz(1))
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question about interpretation and the connection platform; mentions the "
                       "consultation and roundtables but asks for no speaking role")
    return meta, alt(plain, gmail_html(plain)), label


@message
def sudan_forward():
    plain = """Dear colleagues,

Please find below the request of our Director of Programmes for a speaking role. She
asked me to forward it to you as she is travelling to Kassala this week.

Best regards,
Mustafa

Mustafa Idris Adam
Partnerships Officer
Sudanese Organization for Refugee Assistance and Protection (SORAP)
Khartoum, Sudan | +249 912 338 704

From: Awadia Babiker <a.babiker@sorap.example.org>
Sent: Tuesday, February 2, 2021 6:14 PM
To: Mustafa Idris Adam <m.idris@sorap.example.org>
Subject: speaking role GCM review

Mustafa,

Can you please send this to the IOM mailbox (gcmrrarabstates@iom.int) tomorrow:

We would like to request a floor intervention in Roundtable 2 on the protection of
the human rights of migrants (border governance, smuggling, trafficking, detention).
Speaker: Dr. Awadia Hassan Babiker, Director of Programmes, Sudanese Organization
for Refugee Assistance and Protection (SORAP), UNHCR implementing partner in eastern
Sudan.

Thanks,
Awadia
"""
    inner = paras(plain.split("From: Awadia")[0]) + (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        "<p class=MsoNormal><b>From:</b> Awadia Babiker &lt;a.babiker@sorap.example.org&gt;<br>"
        "<b>Sent:</b> Tuesday, February 2, 2021 6:14 PM<br><b>To:</b> Mustafa Idris Adam "
        "&lt;m.idris@sorap.example.org&gt;<br><b>Subject:</b> speaking role GCM review</p></div>\n"
        + paras(plain.split("Subject: speaking role GCM review\n\n")[1]))
    meta = dict(from_name="Mustafa Idris Adam", from_email="m.idris@sorap.example.org",
                subject="FW: speaking role GCM review", received_at=R(2, 3, 12, 20, 40),
                mid="<AM6PR08MB4215C3E9A7B2D1F0E8C6A45BD9F60@AM6PR08MB4215.eurprd08.prod.outlook.com>",
                extra=outlook_hdrs(6, "en-US"), lag=41)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Awadia Hassan Babiker", "Director of Programmes",
                              "Sudanese Organization for Refugee Assistance and Protection (SORAP)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook forward (FW:) by a colleague whose own name/title/affiliation sign the top; the "
                       "request is inside the forwarded original with 'Dr.'; 'UNHCR implementing partner in eastern "
                       "Sudan' is a description, not part of the name")
    return meta, alt(plain, outlook_html(inner)), label


@message
def legal_clinic():
    plain = """السلام عليكم ورحمة الله،

تحية طيبة من عيادة القانون في كلية الحقوق. نود أن نطلب أن تقوم منسقة العيادة، الأستاذة
لينا عودة، بدور المقرر في المشاورة متعددة أصحاب المصلحة، وعرض الرسائل الرئيسية لأصحاب
المصلحة في المؤتمر، علماً أن العيادة تتابع منذ عامين قضايا العمال الفلسطينيين العائدين.

مع فائق الاحترام،

--
Lina Odeh
Clinic Coordinator
Migrant Rights Legal Clinic, Faculty of Law, Canaan University
Nablus, Palestine
Tel: +970 9 238 4410 | Mob: +970 599 417 052
"""
    html = gmail_html(plain.split("--\n")[0], rtl=True) + (
        '<div dir="ltr"><div>-- </div><div><b>Lina Odeh</b></div><div>Clinic Coordinator</div>'
        "<div>Migrant Rights Legal Clinic, Faculty of Law, Canaan University</div><div>Nablus, Palestine</div>"
        "<div>Tel: +970 9 238 4410 | Mob: +970 599 417 052</div></div>\n")
    meta = dict(from_name="Lina Odeh", from_email="l.odeh@canaan-univ.example.edu",
                subject="طلب دور المقرر - عيادة القانون", received_at=R(2, 3, 16, 55, 8),
                mid="<CAMz5t1Pq8nR3kL0vW2xB7dH4jY9cE6fU1sGo@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("Lina Odeh", "Clinic Coordinator",
                              "Migrant Rights Legal Clinic, Faculty of Law, Canaan University", ["rapporteur"], None)],
                 report_attachments=[], thread_of=None,
                 notes="Arabic body (acknowledge in Arabic) with an English signature; the body names her in "
                       "Arabic after the honorific الأستاذة and calls her منسقة العيادة; the label uses the "
                       "signature's fuller English strings; 'Nablus, Palestine' is location only")
    return meta, alt(plain, html), label


@message
def chad_parentheses():
    plain = """Bonjour Madame, Monsieur,

Suite à l'invitation à la revue régionale, le Collectif des Tchadiens de l'Extérieur
pour le Développement (CTED) sollicite une prise de parole lors de la table ronde
thématique 3 (inclusion sociale, transferts de fonds et contributions de la diaspora).

Intervenant proposé : M. Idriss Mahamat Saleh (Secrétaire exécutif du CTED)

M. Mahamat Saleh est basé à Riyad et suit depuis dix ans les questions de transferts
de fonds vers le Tchad.

Cordialement,

Hawa Ousmane
Secrétariat du CTED
+966 55 318 2209
"""
    meta = dict(from_name="Secrétariat CTED", from_email="secretariat@cted.example.org",
                subject="CTED - demande d'intervention table ronde 3", received_at=R(2, 4, 9, 18, 33),
                mid=MID["chad"], sender_tz=tz(3))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Idriss Mahamat Saleh", "Secrétaire exécutif du CTED",
                              "Collectif des Tchadiens de l'Extérieur pour le Développement (CTED)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="title given after the name in parentheses; 'M.' honorific; affiliation only in the "
                       "first paragraph (acronym in brackets); shared secretariat sender; Chadian diaspora in Riyadh")
    return meta, text_part(plain, charset="iso-8859-1"), label


@message
def filipino_table():
    plain = """Dear GCM Regional Review Team,

Greetings from the Filipino Migrant Workers Federation in Saudi Arabia! We would like to
propose the following speakers for the Regional Review:

Name | Position | Organization | Session
Ma. Teresa Dizon | President | Filipino Migrant Workers Federation in Saudi Arabia (FMWF-SA) | Open discussion (23 Feb)
Rodel Santiago | Legal Affairs Officer | Filipino Migrant Workers Federation in Saudi Arabia (FMWF-SA) | Roundtable 1
Grace Ann Villanueva | Case Officer | Bayanihan Shelter Network | Roundtable 1

Thank you and God bless.

Respectfully,
Jonathan C. Reyes
Secretary General, FMWF-SA
Mobile: +966 54 770 1382
"""
    rows = [("Ma. Teresa Dizon", "President", "Filipino Migrant Workers Federation in Saudi Arabia (FMWF-SA)",
             "Open discussion (23 Feb)"),
            ("Rodel Santiago", "Legal Affairs Officer", "Filipino Migrant Workers Federation in Saudi Arabia (FMWF-SA)",
             "Roundtable 1"),
            ("Grace Ann Villanueva", "Case Officer", "Bayanihan Shelter Network", "Roundtable 1")]
    table = ('<table border="1" cellspacing="0" cellpadding="4"><tr><th>Name</th><th>Position</th>'
             "<th>Organization</th><th>Session</th></tr>"
             + "".join("<tr>{}</tr>".format("".join(f"<td>{escape(c)}</td>" for c in r)) for r in rows) + "</table>")
    html = ('<div dir="ltr"><div>Dear GCM Regional Review Team,</div><div><br></div><div>Greetings from the Filipino '
            "Migrant Workers Federation in Saudi Arabia! We would like to propose the following speakers for the "
            "Regional Review:</div><div><br></div>" + table + "<div><br></div><div>Thank you and God bless.</div>"
            "<div><br></div><div>Respectfully,</div><div>Jonathan C. Reyes</div><div>Secretary General, FMWF-SA</div>"
            "<div>Mobile: +966 54 770 1382</div></div>\n")
    meta = dict(from_name="Jonathan Reyes", from_email="fmwf.sa@gmail.com",
                subject="Proposed speakers - FMWF-SA", received_at=R(2, 4, 11, 2, 45),
                mid="<CAB4x8wT1rK9mN2pQ7vL0sD5eF3hJ6gYc8uZi@mail.gmail.com>", extra=GMAIL, sender_tz=tz(3))
    sa = "Filipino Migrant Workers Federation in Saudi Arabia (FMWF-SA)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ma. Teresa Dizon", "President", sa, ["open_discussion"], None),
                           SP("Rodel Santiago", "Legal Affairs Officer", sa, ["roundtable"], 1),
                           SP("Grace Ann Villanueva", "Case Officer", "Bayanihan Shelter Network", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="three speakers in a table (HTML table, pipe-separated in the plain part); 'Ma.' is part of "
                       "the Filipino name (abbreviation of Maria), not an honorific; 'in Saudi Arabia' is part of the "
                       "federation's name (acronym FMWF-SA); one speaker from another organisation; the "
                       "sender is not a speaker")
    return meta, alt(plain, html), label


@message
def relief_reply():
    plain = """حضرات القائمين على الاستعراض الإقليمي،

تحية طيبة،

رداً على رسالتكم أدناه، نرجو التكرم بتسجيل السيدة ريم عبد الكريم الصباغ، مديرة برامج
الحماية في مؤسسة الرحمة للإغاثة والتنمية الإسلامية، للمداخلة في المائدة المستديرة الرابعة
(البيانات والسياسات القائمة على الأدلة والتعاون الدولي).

مع الشكر والتقدير،
خالد يوسف الجبوري
مسؤول العلاقات الخارجية
مؤسسة الرحمة للإغاثة والتنمية الإسلامية

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, January 25, 2021 10:02 AM
Subject: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

""" + INVITE_AR + "\n"
    meta = dict(from_name="خالد الجبوري", from_email="k.aljubouri@rahma-relief.example.org",
                subject="RE: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
                received_at=R(2, 4, 14, 33, 12),
                mid="<DB7PR02MB3977E1F4A0C8B2D5E9F0A13CB8E20@DB7PR02MB3977.eurprd02.prod.outlook.com>",
                in_reply_to="<invite.20210125.ar@iom.int>", references="<invite.20210125.ar@iom.int>",
                extra=outlook_hdrs(10, "ar-IQ"), sender_tz=tz(3))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم عبد الكريم الصباغ", "مديرة برامج الحماية",
                              "مؤسسة الرحمة للإغاثة والتنمية الإسلامية", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="reply quoting the organisers' Arabic call (with the misprinted 23 February speaker deadline "
                       "and the report call): the quote must not drive classification; Islamic relief agency; "
                       "honorific السيدة; roundtable as an ordinal word (الرابعة); sender is not the speaker")
    return meta, alt(plain, outlook_html(paras(plain), lang="AR-IQ", rtl=True)), label


@message
def nepal_both():
    plain = """Dear Sir/Madam,

On behalf of the Nepali Workers' Welfare Forum, please find attached our voluntary GCM
review report, prepared with inputs from 14 community groups of Nepali workers in Qatar.

We would also like to request a floor intervention in the plenary session on 24 or 25
February by our chairperson, Mr. Bishnu Prasad Adhikari (Chairperson, Nepali Workers'
Welfare Forum).

Kindly acknowledge receipt.

Warm regards,
Sunita Gurung
Programme Coordinator
Nepali Workers' Welfare Forum, Doha
Phone: +974 5582 1947

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it.
"""
    pdf = tiny_pdf(["Nepali Workers' Welfare Forum", "Voluntary GCM Review Report - Qatar, 2021",
                    "1. Introduction", "2. Recruitment fees and fair recruitment (Objective 6)",
                    "3. Access to justice and wage protection", "4. Recommendations"], "NWWF GCM Review")
    body = alt(plain, outlook_html(paras(plain)))
    root = mixed(body, attach(pdf, "pdf", "NWWF_GCM_Voluntary_Review_Qatar_2021.pdf"))
    meta = dict(from_name="Sunita Gurung", from_email="sunita@nwwf.example.org",
                subject="Voluntary GCM Review Report + speaker request (NWWF)", received_at=R(2, 4, 18, 10, 55),
                mid="<001d01d6fb1a$44c2a3f0$ce47ebd0$@nwwf.example.org>", extra=outlook_hdrs(11, "en-GB"),
                sender_tz=tz(3))
    label = dict(category="both", language="en", acknowledge=True,
                 speakers=[SP("Bishnu Prasad Adhikari", "Chairperson", "Nepali Workers' Welfare Forum",
                              ["plenary"], None)],
                 report_attachments=["NWWF_GCM_Voluntary_Review_Qatar_2021.pdf"], thread_of=None,
                 notes="both, on time; title and affiliation in parentheses after the name, hard-wrapped across "
                       "lines; 'Mr.' honorific; ', Doha' in the signature is location only; disclaimer")
    return meta, root, label


@message
def film_festival_html():
    html = ("<html><body><p>Dear colleagues,</p>"
            "<p>The <b>Crossings Film Festival on Migration</b> would be glad to contribute to the Regional Review. "
            "We request a floor intervention in the <i>third thematic roundtable</i> (social inclusion and cohesion), "
            "where our programme director could present what we learned from screenings with migrant and host "
            "communities in Amman and Irbid.</p>"
            "<p>Speaker details:</p><ul><li>Name: Dr. Yara Haddadin</li><li>Title: Programme Director</li>"
            "<li>Organisation: Crossings Film Festival on Migration</li></ul>"
            "<p>Best wishes,</p><p>Omar Khalifeh<br>Festival Coordinator<br>Crossings Film Festival on Migration<br>"
            "Amman, Jordan<br>www.crossings-ff.example.org</p></body></html>\n")
    meta = dict(from_name="Omar Khalifeh", from_email="omar@crossings-ff.example.org",
                subject="Speaking request - Crossings Film Festival", received_at=R(2, 5, 10, 44, 20),
                mid="<20210205084357.1A2B3C4D5E@webmail.crossings-ff.example.org>",
                extra=["X-Mailer: Roundcube Webmail/1.4.9"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Yara Haddadin", "Programme Director", "Crossings Film Festival on Migration",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only body (no text/plain part) with a bulleted list; roundtable as 'third thematic "
                       "roundtable'; 'Dr.' honorific; the sender (festival coordinator) is not the speaker")
    return meta, text_part(html, "html"), label


@message
def mauritania_two():
    plain = """Madame, Monsieur,

L'Association Mauritanienne pour la Migration et le Développement (AMMD) a l'honneur de
solliciter deux prises de parole :

- pour la séance plénière : Dr Sidi Mohamed Ould Ely, Président de l'AMMD ;
- pour la table ronde thématique 1 (voies de migration régulières et travail décent) :
  Mme Aïssata Bâ, chargée du programme jeunesse et mobilité.

Nous vous prions d'agréer nos salutations respectueuses.

Le Secrétariat de l'AMMD
Nouakchott – Mauritanie
"""
    meta = dict(from_name="AMMD", from_email="ammd.secretariat@yahoo.fr",
                subject="Demande de prises de parole AMMD", received_at=R(2, 5, 17, 29, 3),
                mid="<1312077445.2210931.1612538920114@mail.yahoo.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"], sender_tz=tz(0))
    ammd = "Association Mauritanienne pour la Migration et le Développement (AMMD)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Sidi Mohamed Ould Ely", "Président de l'AMMD", ammd, ["plenary"], None),
                           SP("Aïssata Bâ", "chargée du programme jeunesse et mobilité", ammd, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in a dashed list, each with a different role; 'Dr' without a dot and 'Mme' "
                       "honorifics; affiliation only in the opening sentence, by reference for the second speaker")
    return meta, alt(plain, gmail_html(plain)), label


@message
def visa():
    plain = """مساء الخير،

أنا سعاد المهيري من جمعية المحامين الشباب في دولة الإمارات. هل ستُعقد جلسات المؤتمر
حضورياً في بيروت أم عبر الإنترنت فقط؟ وفي حال الحضور الشخصي، هل توفر المنظمة رسالة دعوة
لتقديمها للسفارة اللبنانية للحصول على التأشيرة؟ وكم تستغرق عادةً؟

شكراً جزيلاً
"""
    meta = dict(from_name="سعاد المهيري", from_email="suad.almuhairi@outlook.com",
                subject="استفسار بخصوص التأشيرة", received_at=R(2, 5, 20, 15, 40),
                mid="<VI1P195MB0430F6A9C1E2B3D4A5F60718C9D0@VI1P195MB0430.EURP195.PROD.OUTLOOK.COM>",
                extra=outlook_hdrs(14, "ar-AE"), sender_tz=tz(4))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / in-person attendance question; the sender introduces herself with her organisation "
                       "but asks for no speaking role")
    return meta, alt(plain, gmail_html(plain, rtl=True)), label


@message
def researcher_late():
    plain = """Dear organizers,

I apologise for writing after the deadline; I only received the invitation yesterday.

I would like to request a speaking role in the open discussion of the multi-stakeholder
consultation on 23 February.

Name: Dr. Tariq Elnour Abdelrahim
Position: Independent researcher on labour migration and remittances (Gulf-Sudan corridor)

I am not affiliated with any organization at present, but I have contributed to
several reviews of the Khartoum Process.

Sincerely,
Tariq
"""
    meta = dict(from_name="Tariq Elnour", from_email="tariq.elnour@protonmail.com",
                subject="Late request: speaking role in the open discussion", received_at=R(2, 6, 9, 14, 26),
                mid="<Xy3kQ1vBn7PzL0aR9sT2mF4cD8eH6jG5uW1oK@protonmail.com>", extra=[], sender_tz=tz(3))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tariq Elnour Abdelrahim",
                              "Independent researcher on labour migration and remittances (Gulf-Sudan corridor)",
                              None, ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (6 February) and says so; no affiliation ('not affiliated'): null; 'Dr.' honorific; "
                       "'Khartoum Process' is not an organisation of the speaker")
    return meta, text_part(plain, cte=None), label


@message
def chad_thanks():
    plain = """Merci beaucoup pour votre confirmation.

Bonne journée,
Hawa Ousmane
Secrétariat du CTED

Le jeu. 4 févr. 2021 à 09:31, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre demande de prise de parole pour M. Idriss
> Mahamat Saleh (table ronde 3). Elle sera examinée par les organisateurs.
>
> Cordialement,
> Secrétariat de la revue régionale du PMM – États arabes
"""
    meta = dict(from_name="Secrétariat CTED", from_email="secretariat@cted.example.org",
                subject="Re: Accusé de réception - demande de prise de parole", received_at=R(2, 6, 11, 30, 9),
                mid="<8a2f6c1d-3e9b-4d70-b5a4-cted0206@cted.example.org>",
                in_reply_to=ACK_CHAD, references="{} {}".format(MID["chad"], ACK_CHAD), sender_tz=tz(3))
    label = dict(category="other", language="fr", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="chad_parentheses",
                 notes="thank-you replying to our acknowledgement, adds nothing new: no acknowledgement; the "
                       "quoted acknowledgement repeats the speaker's name and roundtable")
    return meta, text_part(plain), label


@message
def egypt_union_late():
    plain = """السادة المنظمين،

تحية طيبة،

نعتذر عن التأخر في إرسال طلبنا بسبب إجراءات داخلية. نرجو النظر في تسجيل المتحدث التالي:

الاسم: الأستاذ حسن عبد الحميد الشاذلي
الصفة: أمين عام النقابة
الجهة: النقابة العامة للعاملين المصريين بالخارج
المشاركة المطلوبة: النقاش المفتوح في المشاورة يوم 23 فبراير

وتفضلوا بقبول وافر الاحترام.
"""
    meta = dict(from_name="النقابة العامة للعاملين المصريين بالخارج", from_email="info@egworkers-abroad.example.org",
                subject="طلب مشاركة متأخر", received_at=R(2, 7, 13, 2, 44),
                mid="<CAPq7s2Nw5kR8mT1vX0bL3dG6jY9eH4fU2cZa@mail.gmail.com>", extra=GMAIL)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("حسن عبد الحميد الشاذلي", "أمين عام النقابة", "النقابة العامة للعاملين المصريين بالخارج",
                              ["open_discussion"], None)],
                 report_attachments=[], thread_of=None,
                 notes="late (7 February), apologises; labelled Arabic lines (الاسم / الصفة / الجهة); honorific "
                       "الأستاذ before the name; trade union sending from its generic address")
    return meta, alt(plain, gmail_html(plain, rtl=True)), label


@message
def sports_signature_late():
    plain = """Bonjour,

Nous savons que la date est passée, mais nous souhaiterions quand même intervenir lors
d'une des tables rondes, de préférence la table ronde 3 sur l'inclusion sociale : le sport
est un formidable outil de cohésion entre jeunes migrants et jeunes Tunisiens.

Je serais moi-même l'intervenant.

Sportivement,

--
Walid Ben Ammar
Président
Association Sportive Horizons Solidaires de Sfax (ASHSS)
Tél : +216 98 450 217
"""
    meta = dict(from_name="Walid Ben Ammar", from_email="ashss.sfax@gmail.com",
                subject="Table ronde - inclusion par le sport", received_at=R(2, 9, 10, 20, 15),
                mid="<CAGt4r8Mx1qP7nL2wZ9bK5dF0jH3eY6vU8cSo@mail.gmail.com>", extra=GMAIL, sender_tz=tz(1))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Walid Ben Ammar", "Président", "Association Sportive Horizons Solidaires de Sfax (ASHSS)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="late (9 February); the sender proposes himself ('Je serais moi-même l'intervenant') and his "
                       "name, title and affiliation are only in the signature; 'de Sfax' is part of the association's "
                       "name")
    return meta, alt(plain, gmail_html(plain)), label


@message
def statistics_agenda():
    plain = """السادة الأفاضل،

تحية طيبة وبعد،

نرجو التكرم بتزويدنا بجدول الأعمال التفصيلي للمشاورة والمؤتمر الإقليمي (23-25 شباط/فبراير)،
وذلك لتحديد الزملاء المعنيين بالمشاركة من مديرية إحصاءات السكان والهجرة.

مع الشكر،
م. نادية الحمصي
رئيسة قسم إحصاءات الهجرة
الجهاز المركزي للإحصاء والمعلومات
"""
    meta = dict(from_name="Nadia Al-Homsi", from_email="n.homsi@cbsi.example.gov",
                subject="طلب جدول الأعمال", received_at=R(2, 9, 15, 45, 0),
                mid="<003101d6fee4$2b8c1a70$82a44f50$@cbsi.example.gov>", extra=outlook_hdrs(19, "ar-SY"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None, notes="request for the agenda from a statistics office; signature with title and "
                                       "organisation but no speaking role requested")
    return meta, alt(plain, outlook_html(paras(plain), lang="AR-SY", rtl=True)), label


@message
def collective_report_ar():
    plain = """الإخوة والأخوات في فريق الاستعراض الإقليمي،

تحية طيبة،

نرفق لكم التقرير الطوعي الجماعي لشبكة المهاجرات في الخليج، الذي أعدّته 9 منظمات أعضاء
في الشبكة من الكويت والبحرين وعُمان، حول تنفيذ الاتفاق العالمي من أجل الهجرة.

مع التحية،
منسقة الشبكة
"""
    pdf = tiny_pdf(["Gulf Migrant Women Network", "Collective voluntary GCM review report",
                    "Kuwait - Bahrain - Oman, February 2021", "Domestic work, kafala reform, access to shelters"],
                   "Collective report")
    fname = "التقرير الجماعي - شبكة المهاجرات في الخليج.pdf"
    root = mixed(alt(plain, gmail_html(plain, rtl=True)), attach(pdf, "pdf", fname))
    meta = dict(from_name="شبكة المهاجرات في الخليج", from_email="gmwn.network@gmail.com",
                subject="التقرير الطوعي الجماعي", received_at=R(2, 10, 12, 0, 37),
                mid="<CAHk9v3Qw6mT0pR2xL8bN1dF5jY7eG4cU9sZe@mail.gmail.com>", extra=GMAIL, sender_tz=tz(3))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="collective report of a network of 9 organisations; Arabic file name (RFC 2231); the "
                       "signature gives only a role, no name")
    return meta, root, label


@message
def ministry_docx():
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint la contribution de la Direction de la Mobilité Internationale
de la Main-d'œuvre (ministère de l'Emploi et de la Formation professionnelle) à la revue
volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Bien à vous,

Mme Salma Trabelsi
Directrice adjointe
Direction de la Mobilité Internationale de la Main-d'œuvre
"""
    docx = tiny_docx(["Revue volontaire du Pacte mondial sur les migrations",
                      "Contribution de la Direction de la Mobilité Internationale de la Main-d'œuvre",
                      "1. Cadre institutionnel", "2. Accords bilatéraux de main-d'œuvre", "3. Recommandations"])
    fname = "Contribution_DMIM_Revue_PMM_2021.docx"
    root = mixed(alt(plain, apple_html(plain)), attach(docx, DOCX, fname))
    meta = dict(from_name="Salma Trabelsi", from_email="s.trabelsi@emploi.example.gov.tn",
                subject="Revue volontaire PMM - contribution DMIM", received_at=R(2, 11, 16, 30, 18),
                mid="<5E3A9C1B-2F7D-4B88-A0C6-DMIM20210211@emploi.example.gov.tn>", extra=APPLE, sender_tz=tz(1))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="labour ministry directorate; report as a DOCX attachment, called a 'contribution'; Apple "
                       "Mail; honorific 'Mme' in the signature (no speaker)")
    return meta, root, label


@message
def sudan_docx_ar():
    plain = """السادة المحترمون،

مرفق طيه التقرير الطوعي للمرصد السوداني للهجرة المختلطة بشأن الاستعراض الإقليمي للاتفاق
العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

نرجو إفادتنا بالاستلام.

د. أمل الطيب عثمان
المديرة التنفيذية
المرصد السوداني للهجرة المختلطة
الخرطوم
"""
    docx = tiny_docx(["التقرير الطوعي - المرصد السوداني للهجرة المختلطة", "الاتفاق العالمي من أجل الهجرة 2021",
                      "أولاً: السياق", "ثانياً: الهجرة المختلطة عبر الحدود الشرقية", "ثالثاً: التوصيات"], rtl=True)
    fname = "التقرير الطوعي للمرصد السوداني للهجرة المختلطة.docx"
    root = mixed(alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True)), attach(docx, DOCX, fname, "2047"))
    meta = dict(from_name="Amal Eltayeb", from_email="amal.eltayeb@smmo.example.org",
                subject="التقرير الطوعي - المرصد السوداني للهجرة المختلطة", received_at=R(2, 14, 10, 10, 5),
                mid="<004c01d70294$9a1e2b30$ce5a8190$@smmo.example.org>", extra=outlook_hdrs(22, "ar-SA"))
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="Arabic DOCX report; Outlook-style RFC 2047 encoded file name inside the quoted parameter")
    return meta, root, label


@message
def seafarers_octet():
    plain = """Dear GCM team,

Attached please find the voluntary review submitted by the Gulf and Red Sea Seafarers'
Union on the situation of migrant seafarers (crew changes, abandonment, repatriation).

Apologies for the file type - our scanner software saves it without the proper extension
information, but it opens normally as a PDF.

Regards,
Capt. Ravi Menon
Assistant General Secretary
Gulf and Red Sea Seafarers' Union (GRSSU)
+971 4 339 5802
"""
    pdf = tiny_pdf(["Gulf and Red Sea Seafarers' Union (GRSSU)", "Voluntary GCM Review 2021",
                    "Migrant seafarers: crew changes, abandonment, repatriation"], "GRSSU GCM review")
    fname = "GRSSU_GCM_voluntary_review.pdf"
    root = mixed(text_part(plain, cte=None), attach(pdf, "octet-stream", fname))
    meta = dict(from_name="Ravi Menon", from_email="r.menon@grssu.example.org",
                subject="GRSSU voluntary review", received_at=R(2, 15, 19, 5, 46),
                mid="<a9c2e1b4d7f0.5e6d7c8b@grssu.example.org>", extra=THUNDERBIRD, sender_tz=tz(4))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="seafarers' union; the PDF is sent as application/octet-stream (named .pdf); 'Capt.' "
                       "honorific in the signature; no speaker")
    return meta, root, label


@message
def unhcr_partner_pdf():
    plain = """Madame, Monsieur,

Au nom d'Action pour le Développement et l'Assistance aux Réfugiés (ADAR), partenaire
de mise en œuvre du HCR à Nouadhibou, j'ai le plaisir de vous transmettre notre rapport
volontaire d'examen du Pacte mondial sur les migrations (PDF ci-joint).

Nous ne demandons pas de prise de parole cette année.

Salutations distinguées,

Cheikh Tidiane SY
Responsable suivi-évaluation, ADAR

Envoyé de mon Galaxy
"""
    pdf = tiny_pdf(["ADAR - Action pour le Developpement et l'Assistance aux Refugies",
                    "Rapport volontaire d'examen du Pacte mondial sur les migrations", "Fevrier 2021"], "Rapport ADAR")
    fname = "Rapport volontaire ADAR - PMM 2021.pdf"
    root = mixed(text_part(plain), attach(pdf, "pdf", fname))
    meta = dict(from_name="Cheikh Tidiane Sy", from_email="ct.sy@adar-mr.example.org",
                subject="Rapport volontaire ADAR", received_at=R(2, 16, 21, 40, 2),
                mid="<ct2ke7w1p9q3-adar0216@email.android.com>", sender_tz=tz(0))
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[fname], thread_of=None,
                 notes="UNHCR implementing partner; received 16 February 21:40, close to but before the report "
                       "deadline; explicitly declines a speaking role; file name with spaces; sent from an "
                       "Android phone")
    return meta, root, label


def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = sorted(((fn.__name__,) + fn() for fn in MESSAGES), key=lambda t: t[1]["received_at"])
    names = {key: f"h46-{i:02d}.eml" for i, (key, *_rest) in enumerate(built, 1)}
    labels = []
    for i, (key, meta, root, label) in enumerate(built, 1):
        name = names[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, i))
        rat, cat = meta["received_at"], label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": names[label["thread_of"]] if label["thread_of"] else None,
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout46"))
