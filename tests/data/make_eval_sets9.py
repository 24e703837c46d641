#!/usr/bin/env python3
"""Ninth-author evaluation set for gcm-intake: tests/data/holdout9 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets9.py
Written without reading intake/ or rules/.  Each message is a function returning its envelope
(meta), its MIME tree and its expected label (format of /work/shared/corpus/LABELS.md).
"""
import datetime as dt
import io
import json
import os
import zipfile
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
EET = dt.timezone(dt.timedelta(hours=2))


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=EET)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachment payloads
def tiny_pdf(lines, title="Document"):
    """Minimal valid one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + ["(%s) Tj T*" % esc(ln) for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (LibreOffice 7.0) >>" % esc(title)).encode("latin-1"),
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


def tiny_docx(paragraphs, rtl=False):
    """Minimal valid WordprocessingML package written with zipfile (fixed timestamps)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (bidi, escape(p))
                   for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body>%s</w:body></w:document>" % body,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
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


def attachment(data, ctype, filename, style="2231", disposition="attachment"):
    maintype, subtype = ctype.split("/", 1)
    p = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":  # Outlook / Gmail: encoded words inside the quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:  # Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    return p


def mixed(body, attachments, boundary=None):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in attachments:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML styles per client
def gmail_html(text, rtl=False):
    blocks = ["<div>%s</div>" % "<br>".join(escape(ln, quote=False) for ln in para.split("\n"))
              for para in text.split("\n\n")]
    return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner, lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>"
            "</head>\n<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s><div class=WordSection1>\n%s\n"
            "</div></body></html>\n" % (lang, d, inner))


def paras(text):
    out = ["<p class=MsoNormal>%s</p>" % "<br>\n".join(escape(ln, quote=False) for ln in para.split("\n"))
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                      for ln in text.split("\n"))
            + "</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


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
    sent = (rat - dt.timedelta(seconds=m.get("lag", 27))).astimezone(m.get("sender_tz", EET))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <%s>" % m["from_email"], "Delivered-To: " + MAILBOX,
         "Received: from %s (%s [203.0.113.%d])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
         "\tfor <%s>; %s (EET)" % (relay, relay, 20 + m["n"] * 9, m["qid"], MAILBOX, format_datetime(rat)),
         "Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s"
         % (host, host),
         "From: " + addr(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
         "To: " + m.get("to", "GCM Regional Review Arab States <%s>" % MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h.extend(m.get("extra_headers", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def outlook(n, lang):
    return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdcB%04dQm8ZxR2pLkT0uVw3yN4a==" % (n * 41),
            "Content-Language: " + lang]


GMAIL = []
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"]

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= holdout9 messages
MID = {
    1: "<AM6PR10MB2841C5E0F3A1B27D9E4F6A11C2A09@AM6PR10MB2841.EURPRD10.PROD.OUTLOOK.example.com>",
    3: "<CAG7kQx2pW9mR3tZ8vN1bY4uE6cH0aL5sJ2dF7gK9oT1@mail.gmail.com>",
    6: "<000b01d6f9f4$2a7c1e60$7f745b20$@hrworkers-union.example.jo>",
    7: "<CAK3nVb8rT5yW2qE9uI0oP4aS7dF1gH6jK8lZ3xC5vB@mail.gmail.com>",
    8: "<DB7PR02MB39946A1C2E8F0B35D4C7E922A4D11@DB7PR02MB3994.eurprd02.prod.outlook.example.com>",
}
ACK_08 = "<ack.20210203T150250.0009@gcmrrarabstates.iom.int>"
INVITATION_MID = "<DB6PR0801MB1911E3C4A7D2F5B08A6E1C93D5B20@DB6PR0801MB1911.eurprd08.prod.outlook.example.com>"

INVITATION_EN = """Dear Stakeholders in the Arab region,

IOM and ESCWA, on behalf of the Regional United Nations Network on Migration for the Arab region, are pleased to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region: a multi-stakeholder consultation on 23 February 2021 and the regional review conference on 24-25 February 2021.

Stakeholders are encouraged to submit a voluntary GCM review report to gcmrrarabstates@iom.int by Tuesday 16 February 2021.

Stakeholders wishing to take a speaking role (open discussion of the multi-stakeholder consultation; rapporteur delivering the stakeholders' key messages; floor intervention in a plenary session or in one of the four thematic roundtables) are requested to send the name, title and organisational affiliation of the speaker to gcmrrarabstates@iom.int by Friday 5 February 2021.

Roundtable 1: Regular pathways, decent work and the drivers of migration
Roundtable 2: Human rights of migrants, border governance, smuggling, trafficking and detention
Roundtable 3: Social inclusion, access to basic services, remittances and diaspora contributions
Roundtable 4: Data, evidence-based policies, non-discrimination and international cooperation

Kind regards,
GCM Regional Review Secretariat"""

DISCLAIMER_FR = ("AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à "
                 "l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est "
                 "interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.")


@message
def h9_01():
    rows = [("Mr. Tarek Saadeh", "General Secretary", "EMSDU", "Plenary session (24 or 25 February)"),
            ("Ms. Priya Ramanathan", "Coordinator, Migrant Seafarers Desk", "EMSDU",
             "Roundtable 2 - human rights of migrants, border governance")]
    intro = ("Dear Colleagues,\n\n"
             "On behalf of the Eastern Mediterranean Seafarers and Dockworkers Union (EMSDU), please find below our "
             "nominations for speaking roles at the Regional Review conference:")
    outro = ("Both speakers will intervene in English. Ms. Ramanathan would appreciate the possibility of "
             "sharing two slides.\n\nWith solidarity greetings,")
    sig = ("Nisreen Abou Zeid\nExecutive Assistant to the General Secretary\n"
           "Eastern Mediterranean Seafarers and Dockworkers Union (EMSDU)\n"
           "Port Road, Building 7, 3rd floor - Beirut, Lebanon\nT: +961 1 580 214 | M: +961 71 903 455")
    table_plain = "\n\n".join("%s\n%s\n%s\n%s" % r for r in rows)
    plain = (intro + "\n\nName\nPosition\nOrganisation\nSession\n\n" + table_plain + "\n\n" + outro + "\n\n" + sig
             + "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n")
    th = "".join("<td style='border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>%s</b></p></td>"
                 % c for c in ("Name", "Position", "Organisation", "Session"))
    trs = "".join("<tr>%s</tr>" % "".join(
        "<td style='border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>" % escape(c)
        for c in r) for r in rows)
    inner = (paras(intro) + "\n<p class=MsoNormal>&nbsp;</p>\n"
             "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             "<tr>%s</tr>%s</table>\n<p class=MsoNormal>&nbsp;</p>\n" % (th, trs) + paras(outro)
             + "\n<p class=MsoNormal>&nbsp;</p>\n" + paras(sig)
             + "\n<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>This e-mail and any attachments are "
               "confidential and intended solely for the addressee.</span></p>")
    root = alt(plain, outlook_html(inner, "EN-GB"), boundary="_000_AM6PR10MB2841C5E0F3A1B27D9E4F6A11C2A09AM6PR10MB2841_")
    meta = dict(from_name="Nisreen Abou Zeid", from_email="n.abouzeid@emsdu.example.org",
                subject="EMSDU nominations - speaking roles, GCM Regional Review (Arab region)",
                received_at=R(2, 1, 10, 12, 44), mid=MID[1], extra_headers=outlook(1, "en-GB"), lag=38)
    aff = "Eastern Mediterranean Seafarers and Dockworkers Union (EMSDU)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tarek Saadeh", "General Secretary", aff, ["plenary"]),
                           SP("Priya Ramanathan", "Coordinator, Migrant Seafarers Desk", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="two speakers in an Outlook table (the plain alternative flattens the cells one per line); the "
                       "table only gives the acronym, the full union name is in the intro; Mr./Ms. not part of the "
                       "names; title with a comma; sender is the executive assistant, not a speaker")
    return meta, root, label


@message
def h9_02():
    plain = """Madame, Monsieur,

Au nom de l'Association Libanaise pour l'Accompagnement des Travailleurs Étrangers (ALATE), nous avons l'honneur de proposer la candidature de notre directrice exécutive, Mme Joumana Sfeir, pour une intervention lors de la troisième table ronde thématique (inclusion sociale, accès aux services de base, transferts de fonds et contributions des diasporas), le 24 ou le 25 février.

Mme Sfeir dirige depuis 2014 nos programmes d'accueil et d'assistance juridique aux travailleuses domestiques migrantes à Beyrouth, Saïda et Tripoli. Elle pourra intervenir en français, en arabe ou en anglais.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Carla Abi Nader
Chargée de communication
ALATE – Association Libanaise pour l'Accompagnement des Travailleurs Étrangers
Rue Gouraud, Gemmayzé, Beyrouth – Liban
Tél. : +961 1 443 872 | Mob. : +961 3 218 904
"""
    root = alt(plain, gmail_html(plain), cte="b64", boundary="000000000000a41c9305ba5c21d7")
    meta = dict(from_name="Carla Abi Nader", from_email="carla.abinader@alate-liban.example.org",
                subject="Candidature - intervention table ronde 3 - ALATE",
                received_at=R(2, 1, 16, 40, 5), mid="<CAF2xR8dN0pLq7WzV4mT9cB1eY3hU6iK5oA2sG8jD0fQ@mail.gmail.com>",
                extra_headers=GMAIL, lag=22)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Joumana Sfeir", "directrice exécutive",
                              "Association Libanaise pour l'Accompagnement des Travailleurs Étrangers (ALATE)",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="French message from a Lebanese NGO (Beirut phone numbers, Lebanese names); the speaker is the "
                       "director nominated in prose ('notre directrice exécutive, Mme ...'), the sender is the "
                       "communication officer; roundtable as an ordinal word ('troisième table ronde') plus its theme")
    return meta, root, label


@message
def h9_03():
    plain = """مرحباً،

أتمنى أن تكونوا بخير. أودّ أن أطلب المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير، لعرض تجربتنا في العمل مع العاملات في الخدمة المنزلية في لبنان، ولا سيما بعد انفجار المرفأ وتداعيات الأزمة الاقتصادية على أوضاعهن.

شكراً سلفاً على تعاونكم.

--
Hadi Mrad
Project Coordinator
Alliance for Migrant Domestic Workers in Lebanon (AMDW-L)
Beirut, Lebanon | +961 70 512 336
www.amdw-l.example.org
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000007c0b2d05ba6a9e11")
    meta = dict(from_name="Hadi Mrad", from_email="hadi.mrad@amdw-l.example.org",
                subject="طلب مشاركة في النقاش المفتوح - 23 شباط",
                received_at=R(2, 2, 9, 5, 12), mid=MID[3], extra_headers=GMAIL, lag=19)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("Hadi Mrad", "Project Coordinator",
                              "Alliance for Migrant Domestic Workers in Lebanon (AMDW-L)", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="Arabic body in the first person with no name at all; name, title and affiliation only in the "
                       "English signature; acknowledge in Arabic; withdrawn and replaced later (h9-14)")
    return meta, root, label


@message
def h9_04():
    plain = """Bonjour,

Je suis actuellement en déplacement à Dakar jusqu'au 8 février, avec un accès très limité à ma messagerie. Ma collègue Mme Awa Ndiaye vous enverra dans les prochains jours la proposition d'intervenant de notre association pour la conférence régionale.

Par ailleurs, pourriez-vous nous confirmer si une interprétation arabe-français sera assurée pendant les tables rondes ?

Cordialement,
Driss Alaoui
Président, AWAM

Envoyé de mon iPhone"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail-5E2B7C90-3A41-4F1D-9B62-0C8E1D7A4F35")
    meta = dict(from_name="Driss Alaoui", from_email="d.alaoui@awam-maroc.example.ma",
                subject="Conférence régionale PMM - intervenant AWAM", received_at=R(2, 2, 13, 20, 31),
                sender_tz=tz(0), mid="<9C1F4E27-6B3A-4D8E-A5F0-2E7B8C1D3A96@awam-maroc.example.ma>",
                extra_headers=IPHONE, lag=64)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="human 'out of office'-like message (no auto-reply headers): the president is travelling and "
                       "announces that a colleague, named, will send the nomination later, so no speaker is proposed "
                       "here (Awa Ndiaye is the sender-to-be, not a speaker); also an interpretation question")
    return meta, root, label


@message
def h9_05():
    new = """Dear colleagues,

Thank you for the invitation. The Levantine Institute for Migration Research (LIMR) would welcome the opportunity to contribute to Roundtable 4 on data and evidence-based policies, drawing on our 2020 survey of return migrants in Jordan and Lebanon.

Speaker: Dr. Samer Nakhleh
Title: Research Director
Organisation: Levantine Institute for Migration Research (LIMR), Amman

Best regards,
Samer
"""
    plain = (new + "\nOn Mon, 1 Feb 2021 at 14:03, GCM Regional Review Arab States <gcmrrarabstates@iom.int> "
             "wrote:\n\n" + quote(INVITATION_EN) + "\n")
    html = (gmail_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 1 Feb 2021 at '
            '14:03, GCM Regional Review Arab States &lt;<a href="mailto:gcmrrarabstates@iom.int">'
            'gcmrrarabstates@iom.int</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px '
            '0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + gmail_html(INVITATION_EN)
            + "</blockquote></div>\n")
    root = alt(plain, html, cte="qp", boundary="000000000000e1f3a805ba73c4b8")
    meta = dict(from_name="Samer Nakhleh", from_email="s.nakhleh@limr.example.org",
                subject="Re: Invitation: Regional Review of the Global Compact for Migration in the Arab region, "
                        "23-25 February 2021",
                received_at=R(2, 2, 18, 55, 40), mid="<CAM1pX7zR4bT0wQ9nE2sV8yU5kH3cJ6aL1dG4fO7iM2@mail.gmail.com>",
                in_reply_to=INVITATION_MID, references=INVITATION_MID, extra_headers=GMAIL, lag=17)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Samer Nakhleh", "Research Director", "Levantine Institute for Migration Research (LIMR)",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="reply to the organisers' call quoting it in full ('>' quote with every role, both deadlines, the "
                       "four roundtables and the voluntary-report call): only the new text counts; 'Dr.' dropped; the "
                       "city after the affiliation is not part of it")
    return meta, root, label


@message
def h9_06():
    plain = """حضرات القائمين على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة المحترمين،

تحية نقابية وبعد،

تتشرّف النقابة العامة المستقلة للعاملين في الفنادق والمطاعم بترشيح الزميلة منار الزعبي، رئيسة لجنة العمال المهاجرين في النقابة، للقيام بدور المقرِّر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة، كما نرجو إتاحة المجال لها لتقديم مداخلة في المائدة المستديرة الأولى حول مسارات الهجرة النظامية والعمل اللائق.

وسنوافيكم بسيرتها الذاتية لاحقاً.

مع التحية والتقدير،

مكتب العلاقات الخارجية
النقابة العامة المستقلة للعاملين في الفنادق والمطاعم
عمّان – الأردن
هاتف: 4612078 6 962+
"""
    root = alt(plain, outlook_html(paras(plain), "AR-JO", rtl=True), boundary="----=_NextPart_000_000C_01D6FA05.3B8E2A70")
    meta = dict(from_name="العلاقات الخارجية - النقابة", from_email="external@hrworkers-union.example.jo",
                subject="ترشيح للمشاركة في المراجعة الإقليمية", received_at=R(2, 3, 8, 30, 9), mid=MID[6],
                extra_headers=outlook(6, "ar-jo"), lag=51)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("منار الزعبي", "رئيسة لجنة العمال المهاجرين",
                              "النقابة العامة المستقلة للعاملين في الفنادق والمطاعم", ["rapporteur", "roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="one person, two different roles (rapporteur and roundtable 'الأولى' as an ordinal word); "
                       "'الزميلة' is not part of the name; affiliation given by reference ('في النقابة') and in full in "
                       "the opening sentence; sender is an office, not a person; CV announced (sent in h9-11)")
    return meta, root, label


@message
def h9_07():
    plain = """Dear GCM team,

Hope you are well. The Sudanese Community Association in Amman would like to nominate Mr. Abdelrahim Osman, one of our founding members, to speak at the plenary session of the regional conference. He has been working with Sudanese and Yemeni refugees and migrant workers in Jordan since 2009.

I will send you his exact title and a short bio tomorrow, he is travelling today and I don't want to write something wrong.

Many thanks and regards,
Hiba Kamal
Programs Officer
Sudanese Community Association in Amman (SCAA)
+962 79 614 2207
"""
    root = alt(plain, gmail_html(plain), boundary="00000000000019d4e705ba7f0a62")
    meta = dict(from_name="Hiba Kamal", from_email="hiba.kamal@scaa-jo.example.org",
                subject="Nomination for plenary - SCAA", received_at=R(2, 3, 11, 47, 20), mid=MID[7],
                extra_headers=GMAIL, lag=15)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Abdelrahim Osman", None, "Sudanese Community Association in Amman (SCAA)",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="title not given yet ('one of our founding members' is not a title; details promised for the "
                       "next day, see h9-10); acronym only in the sender's signature; the sender's own title "
                       "(Programs Officer) must not be taken for the speaker's")
    return meta, root, label


@message
def h9_08():
    plain = """Dear colleagues,

On behalf of the Gulf Civil Society Platform on Migration (GCSPM), I am pleased to submit our joint voluntary GCM review report, prepared collectively by twelve member organisations in Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates following online consultations held in December 2020 and January 2021.

The list of contributing organisations is included on page 2 of the report. Please do not hesitate to contact me should you need any clarification.

Best regards,

Meera Pillai
Network Coordinator
Gulf Civil Society Platform on Migration (GCSPM)
Tel/WhatsApp: +973 3612 7740
"""
    pdf = tiny_pdf(["Gulf Civil Society Platform on Migration (GCSPM)",
                    "Joint Voluntary Review of the Global Compact for Migration, 2021",
                    "Prepared by 12 member organisations", "1. Introduction", "2. Contributing organisations",
                    "3. Progress on GCM objectives 6, 7 and 22"], "GCSPM Joint GCM Voluntary Review 2021")
    root = mixed(alt(plain, outlook_html(paras(plain)), boundary="_000_DB7PR02MB39946A1C2E8F0B35D4C7E922A4D11DB7PR02MB3994eurp_"),
                 [attachment(pdf, "application/pdf", "GCSPM_Joint_GCM_Voluntary_Review_2021.pdf")],
                 boundary="_004_DB7PR02MB39946A1C2E8F0B35D4C7E922A4D11DB7PR02MB3994eurp_")
    meta = dict(from_name="Meera Pillai", from_email="coordinator@gcspm.example.org",
                subject="Joint voluntary GCM review report - Gulf Civil Society Platform on Migration",
                received_at=R(2, 3, 15, 2, 47), sender_tz=tz(3), mid=MID[8], extra_headers=outlook(8, "en-US"), lag=33)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["GCSPM_Joint_GCM_Voluntary_Review_2021.pdf"], thread_of=None,
                 notes="collective report from a regional network of twelve members; the coordinator's signature is "
                       "not a speaker request")
    return meta, root, label


@message
def h9_09():
    plain = """Bonsoir,

Je me permets de vous écrire au nom du Collectif des Tunisiens de
Marseille pour la Solidarité (CTMS), association de la diaspora
tunisienne active depuis 2011 dans l'accompagnement des nouveaux
arrivants et des travailleurs saisonniers.

Je souhaiterais, si cela est possible, intervenir lors de la table
ronde n° 1 (voies de migration régulière et travail décent) afin de
témoigner de la situation des travailleurs saisonniers tunisiens en
France et en Italie.

Mes coordonnées :
Slim Gharbi
CTMS - 14 rue des Petites Maries, 13001 Marseille
Tél : +33 6 71 52 48 09

Bien à vous,

--
Slim Gharbi
"""
    root = text_part(plain, "plain", "utf-8", cte=None)
    meta = dict(from_name="Slim Gharbi", from_email="slim.gharbi@ctms-marseille.example.fr",
                subject="Demande d'intervention - table ronde 1", received_at=R(2, 3, 21, 16, 3), sender_tz=tz(1),
                mid="<5b1e7c2a-93d4-4f08-b6a1-0e2d9c8f7a31@ctms-marseille.example.fr>", extra_headers=THUNDERBIRD,
                lag=12)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Slim Gharbi", None, "Collectif des Tunisiens de Marseille pour la Solidarité (CTMS)",
                              ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="Thunderbird plain text hard-wrapped at 70 columns: the affiliation is split across two lines; "
                       "no title anywhere (null); 'table ronde n° 1' with a space; diaspora association in France")
    return meta, root, label


@message
def h9_10():
    new = """Dear team,

As promised, please find below the details of our nominee for the plenary:

Name: Abdelrahim Mohamed Osman
Title: Chairman of the Board
Organisation: Sudanese Community Association in Amman (SCAA)

Short bio: Mr. Osman holds a law degree from the University of Khartoum and has coordinated SCAA's legal aid and community outreach since 2009.

Best,
Hiba
"""
    old = ("Dear GCM team,\n\nHope you are well. The Sudanese Community Association in Amman would like to nominate "
           "Mr. Abdelrahim Osman, one of our founding members, to speak at the plenary session of the regional "
           "conference.\n\nI will send you his exact title and a short bio tomorrow.\n\nMany thanks and regards,\n"
           "Hiba Kamal\nPrograms Officer\nSudanese Community Association in Amman (SCAA)")
    plain = new + "\nOn Wed, Feb 3, 2021 at 11:47 AM Hiba Kamal <hiba.kamal@scaa-jo.example.org> wrote:\n\n" + quote(old) + "\n"
    root = alt(plain, gmail_html(plain), boundary="0000000000004a2b7e05ba8d31f9")
    meta = dict(from_name="Hiba Kamal", from_email="hiba.kamal@scaa-jo.example.org",
                subject="Re: Nomination for plenary - SCAA", received_at=R(2, 4, 9, 10, 2),
                mid="<CAK3nVb9dG2hJ7kL0zX4cV6bN1mQ8wE3rT5yU9iO2pA@mail.gmail.com>",
                in_reply_to=MID[7], references=MID[7], extra_headers=GMAIL, lag=16)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Abdelrahim Mohamed Osman", "Chairman of the Board",
                              "Sudanese Community Association in Amman (SCAA)", ["plenary"])],
                 report_attachments=[], thread_of="h9-07.eml",
                 notes="second message completing h9-07 (In-Reply-To set): the title arrives only now and the name is "
                       "given in full (middle name added); the role is in the new text ('for the plenary') and in the "
                       "quoted first message")
    return meta, root, label


@message
def h9_11():
    new = """السادة المحترمين،

إلحاقاً برسالتنا المؤرخة 3 شباط/فبراير، نرفق لكم السيرة الذاتية للزميلة منار الزعبي.

مع التحية،
مكتب العلاقات الخارجية
"""
    fwd = """________________________________
من: Manar Zoubi <manar.zoubi@hrworkers-union.example.jo>
أرسل: الأربعاء، 3 فبراير، 2021 10:14 م
إلى: العلاقات الخارجية - النقابة <external@hrworkers-union.example.jo>
الموضوع: السيرة الذاتية

مساء الخير،
مرفق السيرة الذاتية كما طلبتم.
تحياتي،
منار
"""
    plain = new + "\n" + fwd
    cv = tiny_pdf(["Curriculum Vitae - Manar Al-Zoubi", "Head, Migrant Workers Committee",
                   "Education: BA Sociology, 2008", "Experience: trade union organiser since 2010"], "CV")
    root = mixed(alt(plain, outlook_html(paras(plain), "AR-JO", rtl=True), boundary="_000_000e01d6facb$9c3d4a10$d4b7de30$_"),
                 [attachment(cv, "application/pdf", "السيرة الذاتية - منار الزعبي.pdf", style="2047")],
                 boundary="_005_000e01d6facb$9c3d4a10$d4b7de30$_")
    meta = dict(from_name="العلاقات الخارجية - النقابة", from_email="external@hrworkers-union.example.jo",
                subject="FW: السيرة الذاتية", received_at=R(2, 4, 10, 25, 18),
                mid="<000e01d6facb$9c3d4a10$d4b7de30$@hrworkers-union.example.jo>",
                extra_headers=outlook(11, "ar-jo"), lag=40)
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of="h9-06.eml",
                 notes="only forwards the CV announced in h9-06 (no In-Reply-To; linked by sender and by 'إلحاقاً "
                       "برسالتنا'): not a new request; the PDF is a CV, not a report; Outlook forward header in "
                       "Arabic; RFC 2047 Arabic file name")
    return meta, root, label


@message
def h9_12():
    inner = """<p class=MsoNormal>Madame, Monsieur,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Comme annoncé par notre président, M. Driss Alaoui, actuellement en mission, je vous transmets ci-dessous la candidature de l'Association Al Wassit pour l'Accueil des Migrants (AWAM) pour une prise de parole lors de la conférence régionale&nbsp;:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td style='border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Nom et prénom</b></p></td>
<td style='border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Fonction</b></p></td>
<td style='border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Organisation</b></p></td>
<td style='border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Session souhaitée</b></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>M. Jean-Baptiste MBARGA</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>Responsable du pôle juridique</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>AWAM &#8211; Rabat</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>Table ronde 2 (droits humains des migrants, gouvernance des frontières)</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>M. Mbarga, lui-même arrivé du Cameroun en 2012, accompagne les migrants subsahariens dans leurs démarches de régularisation.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Bien cordialement,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Awa Ndiaye</b><br>Chargée de projets<br>AWAM &#8211; Association Al Wassit pour l'Accueil des Migrants<br>Hay Riad, Rabat &#8211; Maroc<br>+212 6 61 23 45 07</p>
<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>""" + escape(DISCLAIMER_FR) + "</span></p>"
    root = text_part(outlook_html(inner, "FR"), "html", "utf-8", "qp")
    meta = dict(from_name="Awa Ndiaye", from_email="a.ndiaye@awam-maroc.example.ma",
                subject="Candidature AWAM - prise de parole conférence régionale PMM", received_at=R(2, 4, 12, 3, 55),
                sender_tz=tz(1), mid="<PR3P193MB0872A1D5E6C3B9F2E07D4B61A8C50@PR3P193MB0872.EURP193.PROD.OUTLOOK.example.com>",
                extra_headers=outlook(12, "fr-FR"), lag=29)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Jean-Baptiste MBARGA", "Responsable du pôle juridique",
                              "Association Al Wassit pour l'Accueil des Migrants (AWAM)", ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only Outlook message, the speaker is only in a table; the table's organisation cell is "
                       "'AWAM – Rabat', the full name with acronym is in the intro; the nomination announced by h9-04 "
                       "(not a reply to it, and h9-04 submitted nothing, so thread_of null); the president and the "
                       "sender named in the text are not speakers")
    return meta, root, label


@message
def h9_13():
    new = """Well received, many thanks!

Best,
Meera
"""
    ack = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 4:03 PM
To: Meera Pillai <coordinator@gcspm.example.org>
Subject: Acknowledgement of receipt: Joint voluntary GCM review report - Gulf Civil Society Platform on Migration

Dear Meera Pillai,

Thank you for your message. We confirm receipt of your voluntary GCM review report (GCSPM_Joint_GCM_Voluntary_Review_2021.pdf), received on 3 February 2021, before the deadline of 16 February 2021.

GCM Regional Review Secretariat
"""
    plain = new + "\n" + ack
    root = alt(plain, outlook_html(paras(new) + "\n<div style='border:none;border-top:solid #E1E1E1 1.0pt'>"
                                   + paras(ack) + "</div>"), boundary="_000_DB7PR02MB3994B2F1_")
    meta = dict(from_name="Meera Pillai", from_email="coordinator@gcspm.example.org",
                subject="RE: Acknowledgement of receipt: Joint voluntary GCM review report - Gulf Civil Society "
                        "Platform on Migration",
                received_at=R(2, 4, 14, 40, 8), sender_tz=tz(3),
                mid="<DB7PR02MB3994C07E5A2B1D4F3E8A9C6B1F2E0@DB7PR02MB3994.eurprd02.prod.outlook.example.com>",
                in_reply_to=ACK_08, references=MID[8] + "\r\n " + ACK_08, extra_headers=outlook(13, "en-US"), lag=21)
    label = dict(category="other", language="en", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h9-08.eml",
                 notes="thank-you reply to our acknowledgement of h9-08 (In-Reply-To is the acknowledgement, References "
                       "also name h9-08): adds nothing, must not be acknowledged; the quoted acknowledgement mentions "
                       "the report file name and the deadline")
    return meta, root, label


@message
def h9_14():
    new = """مرحباً مجدداً،

للأسف لن أتمكن من المشاركة يوم 23 شباط بسبب التزام طارئ، لذلك أودّ سحب طلبي. وستشارك بدلاً مني في النقاش المفتوح زميلتي ريم عيتاني، مسؤولة المناصرة في التحالف.

نعتذر عن أي إزعاج، وشكراً لتفهمكم.

--
Hadi Mrad
Project Coordinator
Alliance for Migrant Domestic Workers in Lebanon (AMDW-L)
Beirut, Lebanon | +961 70 512 336
"""
    old = ("مرحباً،\n\nأتمنى أن تكونوا بخير. أودّ أن أطلب المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب "
           "المصلحة يوم 23 شباط/فبراير.\n\nشكراً سلفاً على تعاونكم.\n\n--\nHadi Mrad\nProject Coordinator\n"
           "Alliance for Migrant Domestic Workers in Lebanon (AMDW-L)")
    plain = (new + "\nفي الثلاثاء، 2 فبراير 2021 في 9:04 ص تمت كتابة ما يلي بواسطة Hadi Mrad "
             "<hadi.mrad@amdw-l.example.org>:\n\n" + quote(old) + "\n")
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000d35f0c05ba9b7e40")
    meta = dict(from_name="Hadi Mrad", from_email="hadi.mrad@amdw-l.example.org",
                subject="Re: طلب مشاركة في النقاش المفتوح - 23 شباط", received_at=R(2, 4, 17, 18, 37),
                mid="<CAG7kQx3sD8fG1hJ4kL7zX0cV2bN5mQ9wE6rT3yU8iO@mail.gmail.com>",
                in_reply_to=MID[3], references=MID[3], extra_headers=GMAIL, lag=18)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم عيتاني", "مسؤولة المناصرة",
                              "Alliance for Migrant Domestic Workers in Lebanon (AMDW-L)", ["open_discussion"])],
                 report_attachments=[], thread_of="h9-03.eml",
                 notes="withdrawal and replacement: the original speaker (the sender, still in the signature and in the "
                       "quoted request) withdraws, a colleague takes his place; her affiliation only by reference "
                       "('في التحالف'), the full form is the English signature; Arabic Gmail quote header")
    return meta, root, label


@message
def h9_15():
    plain = """Chères et chers collègues,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial élaboré par la Plateforme Tunisienne pour les Droits des Migrants (PTDM) à l'issue de nos consultations de janvier à Sfax, Médenine et Tunis.

Nous souhaiterions également que notre coordinateur national, M. Hatem Jlassi, puisse prendre la parole lors de la table ronde 4 (données, politiques fondées sur des éléments probants et coopération internationale).

Bien cordialement,

Olfa Ben Romdhane
Chargée de suivi-évaluation, PTDM
Tunis
"""
    doc = tiny_docx(["Plateforme Tunisienne pour les Droits des Migrants (PTDM)",
                     "Rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                     "Février 2021", "1. Méthodologie : consultations de Sfax, Médenine et Tunis",
                     "2. Progrès et lacunes par objectif"])
    root = mixed(alt(plain, apple_html(plain), boundary="Apple-Mail=_1D7E9A40-52B3-4C8F-9E06-A3F1B2C4D5E6"),
                 [attachment(doc, DOCX, "PTDM_Rapport_volontaire_PMM_2021.docx")],
                 boundary="Apple-Mail=_6C0B8F21-7A34-4E59-B1D2-9F8E7D6C5B4A")
    meta = dict(from_name="Olfa Ben Romdhane", from_email="olfa.benromdhane@ptdm.example.tn",
                subject="Rapport volontaire PTDM + demande d'intervention", received_at=R(2, 5, 9, 45, 16),
                sender_tz=tz(1), mid="<E2A7C1B4-9D3F-4A60-8B15-7C2E4F6A9D01@ptdm.example.tn>", extra_headers=APPLE,
                lag=26)
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Hatem Jlassi", "coordinateur national",
                              "Plateforme Tunisienne pour les Droits des Migrants (PTDM)", ["roundtable"], 4)],
                 report_attachments=["PTDM_Rapport_volontaire_PMM_2021.docx"], thread_of=None,
                 notes="both on time (5 February, last day for the speaker part); DOCX report plus a request for a "
                       "colleague named in prose; the sender (suivi-évaluation officer) is not the speaker")
    return meta, root, label


@message
def h9_16():
    plain = """Madame, Monsieur,

Le Laboratoire Mobilités, Territoires et Sociétés (LMTS) de l'Université de Sfax souhaite participer aux travaux de l'examen régional. Je sollicite pour ma part une intervention en séance plénière ; ma collègue Dr Inès Ben Amor, maîtresse de conférences en démographie, souhaiterait quant à elle prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Pr Mehdi Karoui
Professeur de géographie humaine
Laboratoire Mobilités, Territoires et Sociétés (LMTS)
Faculté des Lettres et Sciences Humaines de Sfax
Tél. : +216 74 670 558

""" + DISCLAIMER_FR + "\n"
    root = alt(plain, outlook_html(paras(plain), "FR"), boundary="_000_VI1PR06MB4032F7A0_")
    meta = dict(from_name="Mehdi Karoui", from_email="mehdi.karoui@flshs.example.tn",
                subject="Examen régional PMM : demandes de prise de parole (LMTS)", received_at=R(2, 5, 15, 33, 2),
                sender_tz=tz(1), mid="<VI1PR06MB4032F7A0C8D1E2B3A4F5E6D7C8B9A0@VI1PR06MB4032.eurprd06.prod.outlook.example.com>",
                extra_headers=outlook(16, "fr-FR"), lag=44)
    aff = "Laboratoire Mobilités, Territoires et Sociétés (LMTS) de l'Université de Sfax"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Mehdi Karoui", "Professeur de géographie humaine", aff, ["plenary"]),
                           SP("Inès Ben Amor", "maîtresse de conférences en démographie", aff, ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="two speakers with different roles in one sentence: the sender himself ('pour ma part', details "
                       "in the signature, 'Pr' honorific) and a colleague ('Dr' honorific, title in apposition); the "
                       "fullest affiliation is in the first sentence, the signature splits lab and faculty")
    return meta, root, label


@message
def h9_17():
    plain = """السادة الأفاضل،
تحية طيبة وبعد،

نرجو التكرّم بقبول ترشيح الدكتور حسام الدين فرج للمشاركة بمداخلة في المائدة المستديرة الرابعة الخاصة بالبيانات والسياسات القائمة على الأدلة، وبياناته كما يلي:

الاسم: د. حسام الدين فرج
الوظيفة: أستاذ مساعد الإحصاء السكاني
جهة العمل: المركز المصري لبحوث السكان والهجرة

مع خالص الشكر، ونعتذر عن التأخر في الإرسال نظراً لظروف العمل.

أ. نهى عبد المنعم
سكرتارية المركز
"""
    root = alt(plain, outlook_html(paras(plain), "AR-EG", rtl=True), charset="windows-1256",
               boundary="----=_NextPart_000_0021_01D6FC1A.6E4B9D80")
    meta = dict(from_name="سكرتارية المركز", from_email="secretariat@ecpmr.example.eg", hdr_charset="windows-1256",
                subject="ترشيح متحدث - المائدة المستديرة الرابعة", received_at=R(2, 6, 1, 12, 26),
                mid="<002101d6fc09$6e4b9d80$4ae2d880$@ecpmr.example.eg>", extra_headers=outlook(17, "ar-eg"), lag=58)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("حسام الدين فرج", "أستاذ مساعد الإحصاء السكاني", "المركز المصري لبحوث السكان والهجرة",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="late: received at 01:12 on 6 February Beirut time, the sender apologises for the delay; "
                       "windows-1256 Outlook; honorifics 'الدكتور' and 'د.' not part of the name; labelled lines "
                       "(الاسم / الوظيفة / جهة العمل); roundtable as an ordinal word; the signer is a secretary")
    return meta, root, label


@message
def h9_18():
    plain = """Hello,

Sorry I know the deadline has passed, I only saw the invitation now through a friend. I would like to request to speak in roundtable 1 about the kafala system and domestic workers. My name is Grace Achieng Otieno, I am an independent researcher and former domestic worker, based in Beirut for 9 years now.

Thank you and God bless
Grace

Sent from my iPhone"""
    root = text_part(plain, "plain", "utf-8", cte=None)
    meta = dict(from_name="Grace Otieno", from_email="grace.otieno84@mail.example.com",
                subject="Request to speak", received_at=R(2, 8, 11, 20, 50),
                mid="<B7E1D3C2-4F5A-4B69-8E70-1A2C3D4E5F60@mail.example.com>", extra_headers=IPHONE, lag=35)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Grace Achieng Otieno", "independent researcher", None, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February) and says so; individual with no organisation (affiliation null); name in "
                       "first-person prose, fuller than the From display name; 'former domestic worker' is not the "
                       "title; 'Sent from my iPhone'")
    return meta, root, label


@message
def h9_19():
    plain = """السلام عليكم ورحمة الله،

أنا باحث من السودان وأرغب في حضور المؤتمر الإقليمي يومي 24 و25 شباط/فبراير. هل يحتاج حاملو جواز السفر السوداني إلى تأشيرة مسبقة، وهل يمكن للمنظمين إصدار رسالة دعوة رسمية لتقديمها إلى السفارة؟ وهل سيكون الحضور شخصياً أم عبر الإنترنت بسبب الجائحة؟

مع الشكر الجزيل،
معتز الطيب
باحث، مركز الدراسات الأفريقية للهجرة – الخرطوم
"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="0000000000008b1e4f05bae2c9a7")
    meta = dict(from_name="معتز الطيب", from_email="moataz.eltayeb@mail.example.com",
                subject="استفسار بخصوص التأشيرة", received_at=R(2, 9, 10, 5, 44),
                mid="<CAPv5wE2rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ@mail.gmail.com>", extra_headers=GMAIL, lag=20)
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question; gives name, title and affiliation in the signature but asks "
                       "only to attend, no speaking role")
    return meta, root, label


@message
def h9_20():
    plain = """السادة فريق المراجعة الإقليمية المحترمين،

تحية طيبة،

يسرّنا أن نرسل إليكم طيّه تقرير جمعية نداء للتنمية وحقوق المهاجرين حول الاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في إقليم كردستان العراق.

مع فائق الاحترام،
سوزان رشيد
منسقة البرامج
جمعية نداء للتنمية وحقوق المهاجرين – أربيل
"""
    doc = tiny_docx(["جمعية نداء للتنمية وحقوق المهاجرين", "تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة",
                     "شباط/فبراير 2021"], rtl=True)
    name = "تقرير جمعية نداء - المراجعة الطوعية للاتفاق العالمي.docx"
    root = mixed(text_part(plain, "plain", "utf-8", "b64", flowed=True), [attachment(doc, DOCX, name)],
                 boundary="------------A3C5E7091B2D4F6870A1C3E5")
    meta = dict(from_name="Suzan Rashid", from_email="suzan.rashid@nidaa-erbil.example.org",
                subject="تقرير المراجعة الطوعية - جمعية نداء", received_at=R(2, 10, 13, 30, 22), sender_tz=tz(3),
                mid="<4c8e2a17-b93d-5e6f-a041-7d2c9b8e1f53@nidaa-erbil.example.org>", extra_headers=THUNDERBIRD,
                lag=14)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="Thunderbird: Arabic DOCX file name in RFC 2231 form, format=flowed base64 body; English "
                       "display name, Arabic body")
    return meta, root, label


@message
def h9_21():
    plain = """Bonjour,

Veuillez trouver en pièce jointe le rapport du Collectif Algérien Migrations et Droits (CAMD) dans le cadre de la revue régionale du Pacte mondial sur les migrations.

En vous souhaitant bonne réception.

Cordialement
Lyes Boukhari
CAMD - Oran
"""
    pdf = tiny_pdf(["Collectif Algerien Migrations et Droits (CAMD)", "Contribution a la revue regionale du PMM",
                    "Fevrier 2021"], "Rapport CAMD")
    att = MIMEBase("application", "octet-stream")
    att.set_payload(pdf)
    encoders.encode_base64(att)
    att.set_param("name", "Rapport CAMD - revue PMM 2021.pdf")
    att.add_header("Content-Disposition", "attachment", filename="Rapport CAMD - revue PMM 2021.pdf")
    root = mixed(text_part(plain, "plain", "utf-8", "qp"), [att], boundary="----=_Part_1184302_904127.1613052720")
    meta = dict(from_name="Lyes Boukhari", from_email="lyes.boukhari@webmail.example.dz",
                subject="rapport CAMD", received_at=R(2, 11, 16, 12, 0), sender_tz=tz(1),
                mid="<1718204966.1184303.1613052691@webmail.example.dz>",
                extra_headers=["X-Mailer: Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"],
                lag=29)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport CAMD - revue PMM 2021.pdf"], thread_of=None,
                 notes="PDF report sent as application/octet-stream (webmail), file name with spaces; short body, "
                       "'rapport' only in lower case in the subject")
    return meta, root, label


@message
def h9_22():
    plain = """Bonjour,

Dans la perspective de la conférence régionale des 24 et 25 février, notre délégation souhaiterait disposer de l'ordre du jour (programme provisoire) ainsi que de la note conceptuelle des quatre tables rondes thématiques.

Pourriez-vous également nous indiquer si la liste des rapports volontaires reçus sera communiquée aux États participants ?

Avec nos remerciements,

Cheikh Ould Mahmoud
Conseiller technique
Ministère de l'Emploi et de la Formation professionnelle
Direction de la Mobilité de la Main-d'œuvre
Nouakchott
"""
    root = alt(plain, outlook_html(paras(plain), "FR"), boundary="_000_MR1P264MB0517A2C9_")
    meta = dict(from_name="Cheikh Ould Mahmoud", from_email="c.ouldmahmoud@emploi.example.mr",
                subject="Demande d'ordre du jour - conférence régionale PMM", received_at=R(2, 12, 10, 40, 15),
                sender_tz=tz(0), mid="<MR1P264MB0517A2C9D0E1F2A3B4C5D6E7F8A9B0@MR1P264MB0517.FRAP264.PROD.OUTLOOK.example.com>",
                extra_headers=outlook(22, "fr-FR"), lag=36)
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="ministry asking for the agenda and concept notes; mentions roundtables and voluntary reports "
                       "without submitting or requesting anything of the kind")
    return meta, root, label


@message
def h9_23():
    plain = """Dear GCM Regional Review team,

Please note that the voluntary GCM review report of the Red Sea Mixed Migration Research Hub (RSMMRH) is available at:
https://share.rsmmrh.example.org/s/GCM-Voluntary-Review-2021

The file (14 MB, with maps and annexes) was too large to attach; the link will remain active until the end of March. Please let us know if you have any difficulty accessing it.

Kind regards,

Dr. Yohannes Tesfaye
Senior Researcher | Red Sea Mixed Migration Research Hub (RSMMRH)
Djibouti | +253 77 84 12 60
"""
    root = alt(plain, outlook_html(paras(plain)), boundary="_000_AS8PR07MB7462E9_")
    meta = dict(from_name="Yohannes Tesfaye", from_email="y.tesfaye@rsmmrh.example.org",
                subject="RSMMRH voluntary GCM review report", received_at=R(2, 15, 12, 5, 38), sender_tz=tz(3),
                mid="<AS8PR07MB7462E9F0A1B2C3D4E5F6A7B8C9D0E1@AS8PR07MB7462.eurprd07.prod.outlook.example.com>",
                extra_headers=outlook(23, "en-US"), lag=41)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=[], thread_of=None,
                 notes="report submitted as a link ('is available at'), nothing attached and no report text in the "
                       "body; the signature's title is not a speaker request")
    return meta, root, label


@message
def h9_24():
    plain = """السلام عليكم،

نرفق لكم تقرير مؤسسة جسور للتنمية المجتمعية حول المراجعة الطوعية للاتفاق العالمي للهجرة. نعتذر عن التأخير في الإرسال بسبب انقطاع الكهرباء والإنترنت خلال الأيام الماضية، ونأمل أن يؤخذ التقرير بعين الاعتبار.

مع التحية،
رامي الحلبي
مؤسسة جسور للتنمية المجتمعية
"""
    pdf = tiny_pdf(["Jusour Foundation for Community Development", "GCM Voluntary Review 2021 (Arabic version)"],
                   "Jusour GCM Review")
    root = mixed(alt(plain, gmail_html(plain, rtl=True), cte="b64", boundary="000000000000f2a9c605bb7e1d04"),
                 [attachment(pdf, "application/pdf", "Jusour_GCM_Voluntary_Review_2021_AR.pdf")],
                 boundary="000000000000f2a9c805bb7e1d06")
    meta = dict(from_name="رامي الحلبي", from_email="rami.halabi@jusour.example.org",
                subject="تقرير مؤسسة جسور", received_at=R(2, 17, 9, 48, 3),
                mid="<CAJq4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW@mail.gmail.com>", extra_headers=GMAIL, lag=24)
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["Jusour_GCM_Voluntary_Review_2021_AR.pdf"], thread_of=None,
                 notes="late (17 February, report deadline was the 16th), the sender apologises; English file name, "
                       "Arabic body")
    return meta, root, label


# ----------------------------------------------------------------- writer
def build(folder, funcs):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    sd, rd = R(2, 5, 23, 59, 59), R(2, 16, 23, 59, 59)
    for i, fn in enumerate(funcs, 1):
        meta, root, label = fn()
        name = "h9-%02d.eml" % i
        assert fn.__name__ == name[:-4].replace("-", "_"), (fn.__name__, name)
        meta["n"] = i
        meta["qid"] = "4DW9%02dkTz8Lq" % i
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        cat, rat = label["category"], meta["received_at"]
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
    build(os.path.join(HERE, "holdout9"), MESSAGES)
