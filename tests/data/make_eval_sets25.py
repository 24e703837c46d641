#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout25 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets25.py
Written without reading intake/ or rules/.  Emphasis: the many ways people write who a speaker is
(signature blocks with a department line, "X, Y at Z", "on behalf of", acronyms, branches and country
offices, French and Arabic title grammar, an unaffiliated researcher).  Each message is one function
returning (meta, MIME tree, label); files are numbered in the order the mailbox received them.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
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
OUT = os.path.join(HERE, "holdout25")
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
INVITATION_MID = "<AM6PR03MB41207C1E0B9A4D2F7E61C3A0D8F20@AM6PR03MB4120.eurprd03.prod.outlook.example.com>"

Meta = dict[str, Any]
Label = dict[str, Any]


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    """A server receive time in 2021, Beirut time."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


# ----------------------------------------------------------------- tiny attachment payloads
def tiny_pdf(lines: list[str], title: str, producer: str = "Microsoft Word for Microsoft 365") -> bytes:
    """A valid one-page PDF with Latin-1 text in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 15 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer ({esc(producer)}) /CreationDate (D:20210201090000+02'00') >>").encode("latin-1"),
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(heading: str, paragraphs: list[str], rtl: bool = False) -> bytes:
    """A minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    def para(text: str, style: str | None = None) -> str:
        ppr = ""
        if style or rtl:
            ppr = "<w:pPr>{}{}</w:pPr>".format(f'<w:pStyle w:val="{style}"/>' if style else "",
                                           "<w:bidi/>" if rtl else "")
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    body = para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/'
            'vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
            f'terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(heading)}</dc:title>'
            '<dc:creator>user</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z'
            '</dcterms:created></cp:coreProperties>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


# 1x1 transparent GIF: a signature logo, never part of a report
LOGO_GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


# ----------------------------------------------------------------- MIME building blocks
def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
              flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(text.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, charset: str = "utf-8", cte: str = "qp", boundary: str | None = None
        ) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    if boundary:
        m.set_boundary(boundary)
    return m


def attachment(data: bytes, ctype: str, filename: str, style: str = "2231", inline_cid: str | None = None
               ) -> MIMEBase:
    maintype, subtype = ctype.split("/")
    part: MIMEBase = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    disp = "inline" if inline_cid else "attachment"
    if all(ord(c) < 128 for c in filename):
        part.set_param("name", filename)
        part.add_header("Content-Disposition", disp, filename=filename)
    elif style == "2047":  # Outlook / Gmail style: encoded words inside quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        part.set_param("name", enc)
        part.add_header("Content-Disposition", disp, filename=enc)
    else:  # Thunderbird / Apple Mail style: RFC 2231
        part.set_param("name", ("utf-8", "", filename))
        part.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    if inline_cid:
        part.add_header("Content-ID", f"<{inline_cid}>")
    return part


def multipart(kind: str, parts: list[Message], boundary: str | None = None, **params: str) -> MIMEMultipart:
    m = MIMEMultipart(kind, **params)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


# ----------------------------------------------------------------- HTML as mail clients write it
def gmail_html(text: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in text.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;}}\n--></style></head>\n'
            '<body lang={} link="#0563C1" vlink="#954F72"{} style="word-wrap:break-word">\n'
            '<div class=WordSection1>\n{}\n</div>\n</body>\n</html>\n'.format(lang, ' dir=RTL' if rtl else "", inner))


def paras(text: str) -> str:
    out = ["<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
           for para in text.split("\n\n")]
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)


def apple_html(text: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">' + "".join('<div class="">%s</div>' % (escape(ln, quote=False) or '<br class="">')
                                  for ln in text.split("\n")) + "</body></html>\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------- envelope
def enc_header(s: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n")


def address(name: str | None, email: str, charset: str = "utf-8") -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, charset).encode(linesep="\r\n"), email)


def render(m: Meta, root: Message, n: int) -> bytes:
    host = m["from_email"].split("@")[1]
    rat: dt.datetime = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 40))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + host)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [192.0.2.{20 + n * 5}])\r\n"
         f"\tby mx1.iom.int (Postfix) with ESMTPS id 4DZ{n:02d}k{'WmX7rT'[n % 6:] or 'v'}Q\r\n"
         f"\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={host};\r\n\tdkim=pass header.d={host}",
         "From: " + address(m["from_name"], m["from_email"], m.get("hdr_charset", "utf-8")),
         "To: " + m.get("to", MAILBOX)]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + enc_header(m["subject"], m.get("hdr_charset", "utf-8")),
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


def outlook_headers(lang: str, seed: int) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{seed * 41 % 10000:04d}Rk2pWq9LmN3vXc8yT0b==",
            "Content-Language: " + lang]


GMAIL: list[str] = []
IPHONE = ["X-Mailer: iPhone Mail (18D52)"]
APPLE = ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"]
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str], roundtable: int | None = None
       ) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def L(category: str, language: str, speakers: list[dict[str, Any]] | None = None,
      reports: list[str] | None = None, thread_of: str | None = None, acknowledge: bool = True,
      notes: str = "") -> Label:
    return dict(category=category, language=language, acknowledge=acknowledge, speakers=speakers or [],
                report_attachments=reports or [], thread_of=thread_of, notes=notes)


MESSAGES: list[Callable[[], tuple[Meta, Message, Label]]] = []


def message(fn: Callable[[], tuple[Meta, Message, Label]]) -> Callable[[], tuple[Meta, Message, Label]]:
    MESSAGES.append(fn)
    return fn


MID_SUDAN = "<CAF7p2kq8xT0wB3nLm5cY_9zR4uHd1eJs6vGa0oQ@mail.gmail.com>"
ACK_SUDAN = "<ack.GCM-AR-0047.20210205T0934@gcm-intake.iom.int>"

# ================================================================= speaker requests


@message
def kasapi() -> tuple[Meta, Message, Label]:
    plain = """Dear GCM Regional Review team,

Good day! My name is Maricel Dizon, Coordinator at Kasapi Domestic Workers
Collective - Lebanon. We are a migrant-led group of Filipino domestic workers
in Beirut and Mount Lebanon, around 300 members, all volunteers.

I would like to request a speaking slot in Roundtable 2 (protecting the
human rights of migrants) at the conference on 24-25 February. Many of our
members were left without salary or papers after the port explosion and
during the lockdowns, and some are still waiting for repatriation. We want
their voice to be heard directly and not only through the NGOs.

I can speak in English or Tagalog with interpretation. Please let me know if
you need anything else from me.

Thank you and God bless,
Maricel
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000b1d2e305ba6c4f10")
    meta = dict(from_name="Maricel Dizon", from_email="maricel.dizon.kdwc@gmail.example.com",
                subject="Request to speak - Roundtable 2", received_at=R(1, 28, 19, 12, 44), lag=6,
                mid="<CAH2k9Rp0dX-7vLq3mN8sWf1yB4tZe6cUo5jGa2i@mail.gmail.com>", extra_headers=GMAIL)
    label = L("speaker_request", "en",
              [SP("Maricel Dizon", "Coordinator", "Kasapi Domestic Workers Collective - Lebanon", ["roundtable"], 2)],
              notes="first-person 'Name, Title at Organisation' sentence, hard-wrapped in the middle of the "
                    "organisation name; the country suffix is part of how the collective names itself; "
                    "personal webmail; roundtable given as 'Roundtable 2' with its theme")
    return meta, root, label


@message
def nhri_oman() -> tuple[Meta, Message, Label]:
    plain = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، تتشرف اللجنة الوطنية المستقلة لحقوق الإنسان بإبلاغكم برغبتها في تقديم مداخلة خلال إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير 2021، تتناول جهود اللجنة في رصد أوضاع العمال الوافدين وتلقي شكاواهم.

وسيتولى تقديم المداخلة الموقّع أدناه.

وتفضلوا بقبول فائق الاحترام والتقدير،

سالم بن حمد الكلباني
مدير دائرة الرصد والشكاوى
اللجنة الوطنية المستقلة لحقوق الإنسان
مسقط – سلطنة عُمان
هاتف: 24561180 968+
"""
    html = outlook_html(paras(plain), lang="AR-SA", rtl=True)
    root = alt(plain, html, charset="windows-1256", boundary="----=_NextPart_000_0031_01D6F93A.5B1E2C40")
    meta = dict(from_name="سالم الكلباني", from_email="s.alkalbani@nihrc-om.example.org", hdr_charset="windows-1256",
                subject="طلب مداخلة في الجلسة العامة – الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                received_at=R(2, 2, 10, 5, 31), sender_tz=tz(4), lag=83,
                mid="<003101d6f93a$5b1e2c40$1156a4c0$@nihrc-om.example.org>",
                extra_headers=outlook_headers("ar-sa", 2))
    label = L("speaker_request", "ar",
              [SP("سالم بن حمد الكلباني", "مدير دائرة الرصد والشكاوى", "اللجنة الوطنية المستقلة لحقوق الإنسان",
                  ["plenary"])],
              notes="the body only says 'the undersigned' will speak: name, title and organisation come from the "
                    "signature block, department and organisation on separate lines; the From display name is "
                    "shorter than the signed name (without 'بن حمد'); windows-1256; plenary as 'الجلسات العامة'")
    return meta, root, label


@message
def barreau_tanger() -> tuple[Meta, Message, Label]:
    plain = """Madame, Monsieur,

Au nom de la Commission des droits des migrants et des réfugiés du Barreau de Tanger, j'ai l'honneur de vous proposer deux intervenants pour la conférence régionale des 24 et 25 février 2021 :

1. Me Yasmina Bekkali, présidente de la Commission des droits des migrants et des réfugiés du Barreau de Tanger – table ronde n°2 (protection des droits humains des migrants, gestion des frontières, détention) ;

2. Me Othmane Squalli, avocat au Barreau de Tanger – intervention en séance plénière.

Nos confrères assurent depuis 2016 une permanence juridique gratuite pour les personnes migrantes interpellées dans la région de Tanger-Tétouan-Al Hoceïma.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Me Yasmina Bekkali
Avocate
Barreau de Tanger
Tél. : +212 5 39 94 27 16
"""
    html = outlook_html(paras(plain), lang="FR")
    root = alt(plain, html, boundary="----=_NextPart_000_0044_01D6FA5E.2C7D9B80")
    meta = dict(from_name="Yasmina Bekkali", from_email="y.bekkali@avocats-tanger.example.ma",
                subject="Proposition d'intervenants - Barreau de Tanger", received_at=R(2, 3, 13, 47, 2),
                sender_tz=tz(1), lag=51, mid="<004401d6fa5e$2c7d9b80$857ad280$@avocats-tanger.example.ma>",
                extra_headers=outlook_headers("fr", 3))
    aff = "Barreau de Tanger"
    label = L("speaker_request", "fr",
              [SP("Yasmina Bekkali", "présidente de la Commission des droits des migrants et des réfugiés", aff,
                  ["roundtable"], 2),
               SP("Othmane Squalli", "avocat", aff, ["plenary"])],
              notes="two speakers in a numbered list with the lawyers' honorific 'Me' (Maître), not part of the name; "
                    "the first speaker's title contains the commission she chairs, the Bar is the organisation; "
                    "she signs as 'Avocate' although her list title is the chair; 'table ronde n°2'")
    return meta, root, label


@message
def ilo_project() -> tuple[Meta, Message, Label]:
    plain = """Dear colleagues,

Further to the invitation letter, I would like to request a floor intervention
in Roundtable 1 on regular pathways and decent work. Our project has been
working with the ministries of labour of Jordan, Lebanon and Oman and with
recruitment agencies in three countries of origin on fair recruitment in the
Gulf and Levant corridors, and we would like to share some of the lessons
learned, in particular on recruitment fees and costs.

My contact details are below. Happy to send a short bio if needed.

Best regards,

Dr. Priya Raghunathan
Chief Technical Adviser
Fair Recruitment in the Arab States Corridors (FRASC) Project
ILO Regional Office for Arab States
Beirut, Lebanon
Tel: +961 1 752 400 ext. 131

________________________________
This e-mail and any attachments are intended solely for the addressee. The
views expressed are those of the author and do not necessarily reflect the
views of the International Labour Organization.
"""
    html = outlook_html(paras(plain), lang="EN-GB")
    root = alt(plain, html, boundary="_000_DB7PR02MB39411A2C5F7E0B6D93F1DB7PR02MB3941eurp_")
    meta = dict(from_name="Raghunathan, Priya", from_email="raghunathan@ilo-roas.example.org",
                subject="GCM Regional Review - request for floor intervention (Roundtable 1)",
                received_at=R(2, 1, 11, 30, 7), lag=29,
                mid="<DB7PR02MB39411A2C5F7E0B6D93F1@DB7PR02MB3941.eurprd02.prod.outlook.example.com>",
                extra_headers=["Thread-Topic: GCM Regional Review - request for floor intervention (Roundtable 1)",
                               "Accept-Language: en-GB, en-US", "Content-Language: en-GB"])
    label = L("speaker_request", "en",
              [SP("Priya Raghunathan", "Chief Technical Adviser", "ILO Regional Office for Arab States",
                  ["roundtable"], 1)],
              notes="details only in the signature: title, then the project line, then the UN agency's regional "
                    "office (the affiliation); 'Dr.' is an honorific; From display name in 'Last, First' form; "
                    "disclaimer names the full agency name")
    return meta, root, label


@message
def commune_zarzis() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Je me permets de vous écrire pour proposer l'intervention de M. Hédi Ben Ammar, deuxième adjoint au maire chargé des affaires sociales et de la migration de la Commune de Zarzis, lors de la séance plénière du 24 ou du 25 février.

Notre commune accueille chaque année de nombreux migrants secourus en mer et a mis en place avec la société civile un dispositif d'accueil que M. Ben Ammar pourrait présenter.

Cordialement,
Sonia Trabelsi
Chargée de communication – Commune de Zarzis

Envoyé de mon iPhone"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Sonia Trabelsi", from_email="sonia.trabelsi@commune-zarzis.example.tn",
                subject="Intervention Commune de Zarzis", received_at=R(2, 4, 21, 36, 18), sender_tz=tz(1), lag=12,
                mid="<5D2A7C91-0E3F-4B8A-9C61-7F2E08B4D3A5@commune-zarzis.example.tn>", extra_headers=IPHONE)
    label = L("speaker_request", "fr",
              [SP("Hédi Ben Ammar", "deuxième adjoint au maire chargé des affaires sociales et de la migration",
                  "Commune de Zarzis", ["plenary"])],
              notes="sender (communication officer, with her own title) nominates an elected official; long French "
                    "title with 'chargé de' joined to the organisation by 'de la'; 'M.' honorific; iPhone plain text")
    return meta, root, label


@message
def sudan_oman() -> tuple[Meta, Message, Label]:
    plain = """السلام عليكم ورحمة الله وبركاته

أنا عوض الله محمد الطيب، أمين الشؤون الاجتماعية بجمعية الجالية السودانية بمسقط، وأرغب في تقديم مداخلة في المائدة المستديرة الثالثة الخاصة بالإدماج الاجتماعي والتحويلات المالية ومساهمات المغتربين.

نعمل منذ سنوات على مساعدة العمال السودانيين في السلطنة في قضايا الإقامة والتحويلات وإعادة الجثامين، ولدينا تجربة نود عرضها.

ولكم جزيل الشكر
عوض الله
0096899314527
"""
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000004e7a1c05ba8f3d22")
    meta = dict(from_name="Awadalla Eltayeb", from_email="awadalla.eltayeb@gmail.example.com",
                subject="طلب مشاركة", received_at=R(2, 5, 9, 33, 50), sender_tz=tz(4), lag=9,
                mid=MID_SUDAN, extra_headers=GMAIL)
    label = L("speaker_request", "ar",
              [SP("عوض الله محمد الطيب", "أمين الشؤون الاجتماعية", "جمعية الجالية السودانية بمسقط",
                  ["roundtable"], 3)],
              notes="first-person prose; the title is joined to the organisation with the Arabic preposition "
                    "'بـ' ('أمين الشؤون الاجتماعية بجمعية ...'), and the organisation name itself ends with a place "
                    "('بمسقط'); Latin-script From display name; roundtable as the ordinal 'الثالثة'. "
                    "Our acknowledgement gets a thank-you reply later")
    return meta, root, label


@message
def yemen_health() -> tuple[Meta, Message, Label]:
    html = outlook_html("""<p class=MsoNormal>Dear GCM Regional Review Secretariat,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Aden Community Health Initiative (ACHI) would like to request speaking roles for two of our staff at the Regional Review Conference:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Name</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Position</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Organization</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>Session requested</b></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal>Dr. Amal Ba-Obaid</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Medical Coordinator, Migrant Health Programme</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>ACHI</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Roundtable 2</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class=MsoNormal>Mr. Nasser Al-Qubati</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>&#8211;</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>ACHI</p></td>
<td style="padding:0cm 5.4pt"><p class=MsoNormal>Plenary</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Dr. Ba-Obaid runs our mobile clinics for migrants from the Horn of Africa along the southern coast. Mr. Al-Qubati will share testimonies collected at the disembarkation points.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>With thanks and regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Huda Saleh Bamatraf</b><br>Programme Manager<br>Aden Community Health Initiative (ACHI)<br>Khormaksar, Aden, Yemen<br>+967 2 231 908</p>""", lang="EN-US")
    root = text_part(html, "html", "utf-8", "qp")
    meta = dict(from_name="Huda Bamatraf", from_email="h.bamatraf@achi-yemen.example.org",
                subject="Speaking roles - ACHI", received_at=R(2, 2, 14, 58, 0), sender_tz=tz(3), lag=66,
                mid="<00a201d6f96c$3b9e1d20$b2da5760$@achi-yemen.example.org>",
                extra_headers=outlook_headers("en-us", 7))
    aff = "Aden Community Health Initiative (ACHI)"
    label = L("speaker_request", "en",
              [SP("Amal Ba-Obaid", "Medical Coordinator, Migrant Health Programme", aff, ["roundtable"], 2),
               SP("Nasser Al-Qubati", None, aff, ["plenary"])],
              notes="HTML-only Outlook table with two speakers; the Organization column only has the acronym, the "
                    "full name '... (ACHI)' is in the intro and the signature; second speaker's position is a dash "
                    "(title null); 'Dr.'/'Mr.' honorifics; the sender (programme manager) is not a speaker")
    return meta, root, label


@message
def independent_researcher() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Je suis chercheuse indépendante et je travaille depuis une dizaine d'années
sur les travailleuses domestiques migrantes au Liban et en Jordanie (je n'ai
plus de rattachement institutionnel depuis la fin de mon contrat
post-doctoral l'an dernier).

Je souhaiterais prendre part à la discussion ouverte de la consultation
multipartite du 23 février. Je sais que la date limite pour les demandes de
prise de parole était hier, je m'en excuse, mais j'espère qu'il est encore
possible de m'inscrire.

Bien à vous,

Dr Inès Kacimi
"""
    root = alt(plain, gmail_html(plain), boundary="000000000000e92f1a05baa7c4d8")
    meta = dict(from_name="Inès Kacimi", from_email="ines.kacimi@gmail.example.com",
                subject="Participation à la discussion ouverte du 23 février", received_at=R(2, 6, 11, 4, 26),
                sender_tz=tz(1), lag=7, mid="<CAGt5nW2q-Lk8vRx0cP3mJ7dYb9sFh1eZa4oUi6T@mail.gmail.com>",
                extra_headers=GMAIL)
    label = L("speaker_request", "fr",
              [SP("Inès Kacimi", "chercheuse indépendante", None, ["open_discussion"])],
              notes="late (6 February) and says so; an unaffiliated independent researcher: affiliation null, the "
                    "parenthesis says she has no institution; title only in the first-person sentence; 'Dr' "
                    "without a dot in the signature")
    return meta, root, label


INVITE_AR = """السيدات والسادة ممثلي أصحاب المصلحة،

يسر المنظمة الدولية للهجرة، بصفتها منسقة شبكة الأمم المتحدة المعنية بالهجرة، دعوتكم إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية: المشاورة مع أصحاب المصلحة المتعددين يوم 23 شباط/فبراير 2021، والمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.

ويمكن لأصحاب المصلحة طلب الكلمة للمشاركة في النقاش المفتوح خلال المشاورة، أو لعرض الرسائل الرئيسية بصفة مقرر، أو لتقديم مداخلة في الجلسة العامة أو في إحدى الموائد المستديرة المواضيعية الأربع، وذلك بإرسال اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

كما ندعوكم إلى تقديم تقارير الاستعراض الطوعية في موعد أقصاه يوم الثلاثاء 16 شباط/فبراير 2021.

مع خالص التحية،
فريق الاستعراض الإقليمي"""


@message
def tifawin_coop() -> tuple[Meta, Message, Label]:
    plain = """تحية طيبة وبعد،

بالإشارة إلى رسالتكم أدناه، يسعدنا أن نطلب المشاركة بمداخلة في المائدة المستديرة الأولى حول تعزيز مسارات الهجرة النظامية والعمل اللائق.

المتحدثة: السيدة خديجة أيت باها، رئيسة تعاونية تيفاوين النسائية لتثمين الأعشاب الطبية بإقليم تارودانت.

تضم التعاونية 46 امرأة، بينهن عاملات موسميات سابقات في الحقول الإسبانية، وتود السيدة أيت باها أن تتحدث عن تجربة العودة وإعادة الإدماج.

مع الشكر،
رشيد أوعلي
مكلف بالتواصل

في الثلاثاء، 19 يناير 2021 في 10:02 ص، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:
""" + quote(INVITE_AR) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), boundary="000000000000f3a08b05ba3e61c7")
    meta = dict(from_name="Cooperative Tifawin", from_email="coop.tifawin@gmail.example.com",
                subject="Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                received_at=R(1, 30, 12, 21, 9), sender_tz=tz(1), lag=14,
                mid="<CAM9x1Ld4Qe-Rt2vNp7sKw0fYz3bHc8jUo6gA5iE@mail.gmail.com>",
                in_reply_to=INVITATION_MID, references=INVITATION_MID, extra_headers=GMAIL)
    label = L("speaker_request", "ar",
              [SP("خديجة أيت باها", "رئيسة", "تعاونية تيفاوين النسائية لتثمين الأعشاب الطبية", ["roundtable"], 1)],
              notes="reply quoting the organisers' Arabic call ('>'-prefixed), which lists every role, the report "
                    "call and the misprinted 'Friday 23 February' deadline; the title is the first word of an Arabic "
                    "construct ('رئيسة تعاونية ...'), the place after the name ('بإقليم تارودانت') is not part of "
                    "it; honorific السيدة; the sender (communication officer) is not the speaker")
    return meta, root, label


@message
def employers_gfera() -> tuple[Meta, Message, Label]:
    plain = """Dear Sir/Madam,

I am writing on behalf of Mr. Faisal Al-Harthy, Vice-Chairman of the Labour Market Committee of the Gulf Federation of Employers and Recruitment Agencies (GFERA), who would like to take the floor in the plenary session and, if time allows, in the fourth thematic roundtable (data, evidence-based policies and international cooperation).

Mr. Al-Harthy will speak on the experience of employers with the new wage protection systems and on the reform of sponsorship arrangements.

Kindly confirm receipt.

Best regards,

Rhea Fernandes
Executive Assistant to the Vice-Chairman
GFERA Secretariat | Muscat, Sultanate of Oman
T +968 2479 6610

DISCLAIMER: This message is confidential and intended only for the named recipient(s). If you have received it in error please notify the sender and delete it.
"""
    html = outlook_html(paras(plain), lang="EN-US")
    root = alt(plain, html, boundary="----=_NextPart_000_0102_01D6FBC8.9A3E4F10")
    meta = dict(from_name="Rhea Fernandes", from_email="rhea.fernandes@gfera.example.om",
                subject="Speaking request - Mr. Faisal Al-Harthy, GFERA", received_at=R(2, 5, 15, 10, 43),
                sender_tz=tz(4), lag=38, mid="<010201d6fbc8$9a3e4f10$cebaed30$@gfera.example.om>",
                extra_headers=outlook_headers("en-us", 10))
    label = L("speaker_request", "en",
              [SP("Faisal Al-Harthy", "Vice-Chairman of the Labour Market Committee",
                  "Gulf Federation of Employers and Recruitment Agencies (GFERA)", ["plenary", "roundtable"], 4)],
              notes="'I am writing on behalf of Mr. X, Title of the Committee of the Organisation (ACRONYM)': the "
                    "committee is part of the title, the federation is the affiliation; two roles (plenary and "
                    "'fourth thematic roundtable'); the sender is an executive assistant whose signature title "
                    "mentions 'Vice-Chairman' too; employers' federation")
    return meta, root, label


@message
def entraide_liban() -> tuple[Meta, Message, Label]:
    plain = """Chère équipe,

Entraide Saint-Joseph souhaite se porter candidate pour le rôle de rapporteur de la consultation multipartite du 23 février, c'est-à-dire la présentation des messages clés des parties prenantes.

Je me propose personnellement : j'ai coordonné l'an dernier les consultations nationales de la société civile sur le Pacte mondial au Liban et je connais bien les contributions des organisations de la région.

Bien fraternellement,

Carla Nehmé
Responsable plaidoyer
Pôle Migrants et Réfugiés
Entraide Saint-Joseph – Liban
Achrafieh, Beyrouth • +961 3 418 207
"""
    root = alt(plain, apple_html(plain), boundary="Apple-Mail=_8C4D2E1A-5F7B-4A90-B3C6-1D9E0F2A7B84")
    meta = dict(from_name="Carla Nehmé", from_email="c.nehme@entraide-sj.example.org",
                subject="Candidature rapporteur – consultation multipartite", received_at=R(2, 1, 18, 3, 55),
                lag=22, mid="<7B1E9F30-2C4D-4E6A-8B15-C3D0A9E2F471@entraide-sj.example.org>", extra_headers=APPLE)
    label = L("speaker_request", "fr",
              [SP("Carla Nehmé", "Responsable plaidoyer", "Entraide Saint-Joseph – Liban", ["rapporteur"])],
              notes="the body says only 'je me propose personnellement': name, title and organisation come from "
                    "the signature, which puts a department line ('Pôle Migrants et Réfugiés') between the title "
                    "and the organisation; faith-based charity with a country suffix; Apple Mail")
    return meta, root, label


@message
def parliamentarians_forum() -> tuple[Meta, Message, Label]:
    html = outlook_html("""<p class=MsoNormal dir=RTL>السادة فريق الاستعراض الإقليمي المحترمين،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>تحية طيبة وبعد،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>يرغب الملتقى البرلماني العربي للهجرة واللجوء في أن يمثّله سعادة النائب الدكتور مروان العتوم في الجلسة العامة للمؤتمر الإقليمي، وفيما يلي البيانات المطلوبة:</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL><b>الاسم:</b> مروان العتوم<br>
<b>الصفة:</b> نائب رئيس الملتقى، عضو لجنة العمل والتنمية الاجتماعية في مجلس النواب<br>
<b>الجهة:</b> الملتقى البرلماني العربي للهجرة واللجوء<br>
<b>نوع المشاركة:</b> مداخلة في الجلسة العامة</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>ونعتذر عن التأخر في إرسال الطلب بسبب انعقاد الدورة البرلمانية الاستثنائية الأسبوع الماضي، ونأمل أن يتسع البرنامج لهذه المداخلة.</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>مع فائق الاحترام،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>أمانة سر الملتقى البرلماني العربي للهجرة واللجوء<br>عمّان – الأردن</p>""", lang="AR-JO", rtl=True)
    root = text_part(html, "html", "utf-8", "b64")
    meta = dict(from_name="أمانة سر الملتقى", from_email="secretariat@apfma.example.org",
                subject="طلب مداخلة – الملتقى البرلماني العربي للهجرة واللجوء", received_at=R(2, 8, 12, 40, 15),
                lag=57, mid="<001f01d6fe0c$8e2a4b70$aa7ee250$@apfma.example.org>",
                extra_headers=outlook_headers("ar-jo", 12))
    label = L("speaker_request", "ar",
              [SP("مروان العتوم", "نائب رئيس الملتقى، عضو لجنة العمل والتنمية الاجتماعية في مجلس النواب",
                  "الملتقى البرلماني العربي للهجرة واللجوء", ["plenary"])],
              notes="late (8 February) with an apology; HTML-only, base64; labelled lines (الاسم / الصفة / الجهة) "
                    "after a prose intro with stacked honorifics ('سعادة النائب الدكتور'); the الصفة line holds two "
                    "functions; regional parliamentarians' forum writing from a secretariat address")
    return meta, root, label


@message
def lanka_bahrain() -> tuple[Meta, Message, Label]:
    plain = """Hello,

I want to request to speak in the roundtable 3 about remittances and diaspora. I am from Lanka Migrant Workers Welfare Circle Bahrain, we are a volunteer group of Sri Lankan workers helping our people with salary cases and sending money home.

Regards
Chaminda Perera

Sent from my iPhone"""
    root = text_part(plain, "plain", "us-ascii", None)
    meta = dict(from_name="Chaminda Perera", from_email="chaminda.p1979@yahoo.example.com",
                subject="Speak request", received_at=R(2, 4, 8, 52, 30), sender_tz=tz(3), lag=19,
                mid="<A9E3F5C2-6B1D-4F08-92E7-3D5C8A0B14F6@yahoo.example.com>", extra_headers=IPHONE)
    label = L("speaker_request", "en",
              [SP("Chaminda Perera", None, "Lanka Migrant Workers Welfare Circle Bahrain", ["roundtable"], 3)],
              notes="short iPhone message from a migrant-led volunteer group; 'I am from <organisation>' with the "
                    "country written as part of the group name; no title (null); roundtable 3 in lower case")
    return meta, root, label


@message
def gulf_university_centre() -> tuple[Meta, Message, Label]:
    plain = """حضرات السادة المحترمين،

تحية طيبة،

يسرّني باسم كلية العلوم الاجتماعية أن أرشّح زميلتنا للقيام بدور المقرّر خلال المشاورة مع أصحاب المصلحة المتعددين يوم 23 فبراير، وعرض الرسائل الرئيسية لأصحاب المصلحة، وذلك وفق البيانات الآتية:

- الاسم: أ.د. ليلى بن سعيد
- الوظيفة: أستاذة علم الاجتماع ومديرة المركز
- الجهة: مركز دراسات الهجرة والتنقل البشري – جامعة الخليج للعلوم الإنسانية
- الدور المقترح: مقرّرة

وقد أشرفت الأستاذة الدكتورة بن سعيد على عدد من الدراسات حول العمالة المنزلية في دول الخليج.

مع التقدير،

د. يوسف المناعي
عميد كلية العلوم الاجتماعية
جامعة الخليج للعلوم الإنسانية
المنامة، مملكة البحرين
"""
    html = outlook_html(paras(plain), lang="AR-BH", rtl=True)
    root = alt(plain, html, boundary="----=_NextPart_000_0057_01D6FA44.D1C38E20")
    meta = dict(from_name="Dean - Faculty of Social Sciences", from_email="dean.fss@guhs.example.bh",
                subject="ترشيح مقرّرة للمشاورة مع أصحاب المصلحة", received_at=R(2, 3, 9, 15, 4), sender_tz=tz(3),
                lag=44, mid="<005701d6fa44$d1c38e20$75caaa60$@guhs.example.bh>",
                extra_headers=outlook_headers("ar-bh", 14))
    label = L("speaker_request", "ar",
              [SP("ليلى بن سعيد", "أستاذة علم الاجتماع ومديرة المركز",
                  "مركز دراسات الهجرة والتنقل البشري – جامعة الخليج للعلوم الإنسانية", ["rapporteur"])],
              notes="dash-prefixed labelled lines; academic honorific 'أ.د.' on the name line; the title refers to "
                    "'the centre' while the affiliation line gives centre and university joined by a dash; the "
                    "sender (a dean, with 'د.') is not the speaker; From display name is a function in English")
    return meta, root, label


# ================================================================= both
@message
def kenya_jeddah() -> tuple[Meta, Message, Label]:
    plain = """Dear Regional Review team,

Greetings from Jeddah. Please find attached the voluntary GCM review report of
the Kenya Community Welfare Association (KCWA) - Jeddah Chapter. It is based
on a survey of 212 Kenyan domestic and hospitality workers in the Western
Region and on the cases our help desk handled in 2019-2020.

In addition, I would like to request a floor intervention in Roundtable 2
(human rights of migrants) to present the main findings.

Kind regards,

Grace Wanjiru Kamau
Chairperson, KCWA Jeddah Chapter
+966 55 873 4102
"""
    report = tiny_pdf(["Kenya Community Welfare Association (KCWA) - Jeddah Chapter",
                       "Voluntary GCM Review Report 2021",
                       "Survey of 212 Kenyan workers in the Western Region"], "KCWA Voluntary GCM Review 2021")
    root = multipart("mixed", [alt(plain, gmail_html(plain), boundary="000000000000a41b7f05ba7d9e03"),
                               attachment(report, "application/pdf", "KCWA_Voluntary_GCM_Review_2021.pdf")],
                     boundary="000000000000a41b8105ba7d9e05")
    meta = dict(from_name="Grace Kamau", from_email="kcwa.jeddah@gmail.example.com",
                subject="KCWA voluntary report + speaker request", received_at=R(2, 4, 16, 27, 13), sender_tz=tz(3),
                lag=15, mid="<CAK4m7Tz1pW-Qa8sRn2dXv5cLb0yFe9hGo3jUi7N@mail.gmail.com>", extra_headers=GMAIL)
    label = L("both", "en",
              [SP("Grace Wanjiru Kamau", "Chairperson",
                  "Kenya Community Welfare Association (KCWA) - Jeddah Chapter", ["roundtable"], 2)],
              reports=["KCWA_Voluntary_GCM_Review_2021.pdf"],
              notes="both, on time; the speaker is the sender, named only in the signature ('Title, ACRONYM Branch' "
                    "on one line); the full organisation name with acronym and chapter is in the body; From display "
                    "name drops the middle name")
    return meta, root, label


# ================================================================= voluntary reports
@message
def maghreb_network_report() -> tuple[Meta, Message, Label]:
    plain = """السادة فريق الاستعراض الإقليمي،

تحية طيبة،

نرفق لكم التقرير الجماعي للاستعراض الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة، الذي أعدّته شبكة التضامن المغاربية مع المهاجرين بمشاركة إحدى عشرة جمعية عضوًا في المغرب والجزائر وتونس وليبيا وموريتانيا.

يتناول التقرير الأهداف 2 و7 و8 و13 و15، ويتضمن توصيات موجهة إلى الحكومات وإلى شبكة الأمم المتحدة المعنية بالهجرة.

مع خالص التحيات،
منسقية الشبكة
"""
    report = tiny_pdf(["Maghreb Solidarity Network with Migrants", "Collective voluntary GCM review report",
                       "11 member associations - Objectives 2, 7, 8, 13, 15"], "Collective GCM review")
    root = multipart("mixed", [alt(plain, gmail_html(plain, rtl=True), boundary="0000000000009c2e4d05bb1a7f61"),
                               attachment(report, "application/pdf",
                                          "التقرير الجماعي - شبكة التضامن المغاربية.pdf", style="2047")],
                     boundary="0000000000009c2e4e05bb1a7f63")
    meta = dict(from_name="Réseau Maghrébin Solidarité Migrants", from_email="rmsm.coordination@gmail.example.com",
                subject="التقرير الجماعي للاستعراض الطوعي – شبكة التضامن المغاربية مع المهاجرين",
                received_at=R(2, 12, 17, 45, 2), sender_tz=tz(1), lag=11,
                mid="<CAD3e8Yh6Lq-Vn1sTx4pWk7zRb2cMf0aGu9jEo5K@mail.gmail.com>", extra_headers=GMAIL)
    label = L("voluntary_report", "ar", reports=["التقرير الجماعي - شبكة التضامن المغاربية.pdf"],
              notes="collective report of a network of eleven associations; Arabic PDF name as RFC 2047 encoded "
                    "words inside quoted parameters (Gmail style); French From display name, Arabic body")
    return meta, root, label


@message
def atam_docx() -> tuple[Meta, Message, Label]:
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tunisienne pour l'Accueil des Migrants (ATAM) dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Le rapport porte principalement sur l'accès aux services de base (objectif 15) et sur la lutte contre la discrimination (objectif 17), à partir de notre expérience d'accompagnement à Sfax et à Médenine.

Nous vous remercions de bien vouloir en accuser réception.

Cordialement,

Mehdi Jaziri
Chargé de projets
ATAM – Association Tunisienne pour l'Accueil des Migrants
"""
    html = outlook_html(paras(plain) + '\n<p class=MsoNormal><img width=120 height=40 src="cid:image001.gif@01D70392.4E1A2B30" '
                        'alt="Logo ATAM"></p>\n<p class=MsoNormal><span style="font-size:7.5pt;color:gray">Ce message '
                        "et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le "
                        "supprimer.</span></p>", lang="FR")
    body = multipart("related", [alt(plain, html, boundary="----=_NextPart_002_00B4_01D70392.4E1A2B30"),
                                 attachment(LOGO_GIF, "image/gif", "image001.gif",
                                            inline_cid="image001.gif@01D70392.4E1A2B30")],
                     boundary="----=_NextPart_001_00B3_01D70392.4E1A2B30", type="multipart/alternative")
    report = tiny_docx("Rapport volontaire – ATAM – Examen régional du PMM 2021",
                       ["Accès aux services de base (objectif 15).",
                        "Lutte contre la discrimination (objectif 17).",
                        "Recommandations aux autorités et aux partenaires."])
    root = multipart("mixed", [body, attachment(
        report, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Rapport volontaire ATAM - PMM 2021.docx")], boundary="----=_NextPart_000_00B2_01D70392.4E1A2B30")
    meta = dict(from_name="Mehdi Jaziri", from_email="m.jaziri@atam-tunisie.example.tn",
                subject="Rapport volontaire ATAM – examen régional PMM", received_at=R(2, 15, 10, 22, 48),
                sender_tz=tz(1), lag=47, mid="<00b201d70392$4e1a2b30$ea4e8190$@atam-tunisie.example.tn>",
                extra_headers=outlook_headers("fr", 17))
    label = L("voluntary_report", "fr", reports=["Rapport volontaire ATAM - PMM 2021.docx"],
              notes="Outlook mixed > related > alternative; DOCX report with spaces in its name; the inline "
                    "signature logo image001.gif is not part of the report; signature title is not a speaker request")
    return meta, root, label


@message
def yemen_octet_stream_late() -> tuple[Meta, Message, Label]:
    plain = """Dear colleagues,

Apologies for the delay, our connection was down for most of yesterday.
Attached is the voluntary GCM review report of the Horn-Yemen Migrant Health
Network, covering access to health care for migrants transiting through
Yemen (Objectives 7 and 15).

Best,
Abdirahman Yusuf Farah
Network Focal Point
Horn-Yemen Migrant Health Network (HYMHN)
Sana'a / Aden
"""
    report = tiny_pdf(["Horn-Yemen Migrant Health Network (HYMHN)", "Voluntary GCM Review Report",
                       "Access to health care for migrants in transit (Objectives 7, 15)"], "HYMHN GCM review",
                      producer="LibreOffice 6.4")
    att = MIMEBase("application", "octet-stream")
    att.set_payload(report)
    encoders.encode_base64(att)
    att.set_param("name", "Yemen_Migrant_Health_GCM_Review.pdf")
    att.add_header("Content-Disposition", "attachment", filename="Yemen_Migrant_Health_GCM_Review.pdf")
    root = multipart("mixed", [text_part(plain, "plain", "utf-8", None, flowed=True), att],
                     boundary="------------3C8E1F0A9B2D4E6F7A8B9C0D")
    meta = dict(from_name="Abdirahman Yusuf Farah", from_email="focalpoint@hymhn.example.org",
                subject="HYMHN voluntary GCM review report", received_at=R(2, 17, 9, 41, 36), sender_tz=tz(3),
                lag=25, mid="<1e7c4a2b-8f3d-4c9e-b061-5d2a9e8f7c31@hymhn.example.org>", extra_headers=THUNDERBIRD)
    label = L("voluntary_report", "en", reports=["Yemen_Migrant_Health_GCM_Review.pdf"],
              notes="late (17 February, apologises); the PDF is sent as application/octet-stream (Thunderbird "
                    "could not detect the type), recognisable only by its .pdf name and content")
    return meta, root, label


@message
def jordan_union_docx() -> tuple[Meta, Message, Label]:
    plain = """الإخوة والأخوات في فريق الاستعراض الإقليمي،

تحية نقابية وبعد،

يسرّ اتحاد النقابات العمالية المستقلة في الأردن أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، ويركّز على أوضاع العمال المهاجرين في قطاعات الزراعة والإنشاءات والعمل المنزلي، وعلى حقهم في التنظيم النقابي.

نرجو التكرم بتأكيد الاستلام.

مع التحية النقابية،
ماجدة الزعبي
مسؤولة ملف العمال المهاجرين
اتحاد النقابات العمالية المستقلة – الأردن
"""
    html = outlook_html(paras(plain), lang="AR-JO", rtl=True)
    report = tiny_docx("التقرير الطوعي لاتحاد النقابات العمالية المستقلة – الأردن",
                       ["أوضاع العمال المهاجرين في الزراعة والإنشاءات والعمل المنزلي.",
                        "الحق في التنظيم النقابي والمفاوضة الجماعية."], rtl=True)
    root = multipart("mixed", [alt(plain, html, charset="windows-1256",
                                   boundary="----=_NextPart_001_0078_01D7048A.3F6B1C20"),
                               attachment(report, "application/vnd.openxmlformats-officedocument."
                                          "wordprocessingml.document", "GCM_Review_Union_Report_AR.docx")],
                     boundary="----=_NextPart_000_0077_01D7048A.3F6B1C20")
    meta = dict(from_name="ماجدة الزعبي", from_email="m.alzoubi@fitu-jo.example.org", hdr_charset="windows-1256",
                subject="التقرير الطوعي – اتحاد النقابات العمالية المستقلة", received_at=R(2, 16, 21, 5, 40),
                lag=62, mid="<007701d7048a$3f6b1c20$be215160$@fitu-jo.example.org>",
                extra_headers=outlook_headers("ar-jo", 19))
    label = L("voluntary_report", "ar", reports=["GCM_Review_Union_Report_AR.docx"],
              notes="trade union report on the last evening before the deadline (on time); windows-1256 body and "
                    "RFC 2047 headers; Latin DOCX name with an Arabic document inside")
    return meta, root, label


@message
def ctdml_report() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Au nom du Collectif des travailleuses domestiques migrantes au Liban
(CTDML), je vous transmets notre rapport volontaire pour l'examen régional
du Pacte mondial. Il a été rédigé collectivement par des travailleuses
éthiopiennes, kényanes, malgaches et philippines lors de six ateliers
tenus en décembre et janvier.

Merci de nous confirmer la bonne réception.

Solidairement,
Tigist Alemu
pour le CTDML
"""
    report = tiny_pdf(["Collectif des travailleuses domestiques migrantes au Liban (CTDML)",
                       "Rapport volontaire - Examen regional du Pacte mondial 2021",
                       "Redige collectivement lors de six ateliers"], "Rapport CTDML")
    root = multipart("mixed", [text_part(plain, "plain", "utf-8", None, flowed=True),
                               attachment(report, "application/pdf", "Rapport_CTDML_Pacte_mondial_2021.pdf")],
                     boundary="------------A1B2C3D4E5F60718293A4B5C")
    meta = dict(from_name="Tigist Alemu", from_email="ctdml.liban@riseup.example.net",
                subject="Rapport volontaire du CTDML", received_at=R(2, 10, 20, 14, 9), lag=31,
                mid="<8c2f0e61-3b7a-4d95-a2e8-f1c9b04d6e37@riseup.example.net>", extra_headers=THUNDERBIRD)
    label = L("voluntary_report", "fr", reports=["Rapport_CTDML_Pacte_mondial_2021.pdf"],
              notes="migrant-led domestic workers' collective; Thunderbird format=flowed hard-wrapped text; "
                    "signed 'pour le CTDML'")
    return meta, root, label


# ================================================================= other
@message
def visa_question() -> tuple[Meta, Message, Label]:
    plain = """Dear Sir/Madam,

I am the secretary of the Ethiopian Community Association in Kuwait and we
would like to follow the conference on 24-25 February. Will it be held in
person in Beirut or online only? If it is in person, can your office provide
an invitation letter for the visa to Lebanon? My passport is Ethiopian and the
embassy asks for an official letter.

Thank you,
Dawit Haile Mariam
"""
    root = alt(plain, gmail_html(plain), boundary="00000000000071d3ae05bb0f2c48")
    meta = dict(from_name="Dawit Haile Mariam", from_email="dawit.hmariam@gmail.example.com",
                subject="Visa letter for the conference?", received_at=R(2, 9, 14, 2, 55), sender_tz=tz(3), lag=8,
                mid="<CAJ8p3Vr5Kt-Wm0xQn6sLd2yHb9cZf4eAo1gTi7R@mail.gmail.com>", extra_headers=GMAIL)
    label = L("other", "en",
              notes="visa/format question with the writer's function and organisation: not a speaker request "
                    "('follow the conference')")
    return meta, root, label


@message
def agenda_request() -> tuple[Meta, Message, Label]:
    plain = """Bonjour,

Pourriez-vous nous faire parvenir l'ordre du jour provisoire de la consultation du 23 février et de la conférence des 24 et 25 février, ainsi que la répartition des objectifs entre les quatre tables rondes ? Nous souhaitons préparer la participation de nos membres.

Avec nos remerciements,

Nadia El Fassi
Secrétaire générale
Union des Associations de Migrants de Retour (UAMR) – Fès
"""
    html = outlook_html(paras(plain), lang="FR")
    root = alt(plain, html, boundary="----=_NextPart_000_0019_01D7000F.6C2B3A90")
    meta = dict(from_name="UAMR Secrétariat", from_email="contact@uamr-fes.example.ma",
                subject="Demande d'ordre du jour", received_at=R(2, 11, 9, 48, 33), sender_tz=tz(1), lag=40,
                mid="<001901d7000f$6c2b3a90$444eafb0$@uamr-fes.example.ma>", extra_headers=outlook_headers("fr", 22))
    label = L("other", "fr",
              notes="agenda request that mentions the consultation, the conference and the four roundtables, with a "
                    "full signature (title, organisation, acronym): nobody is proposed as a speaker")
    return meta, root, label


@message
def interpretation_question() -> tuple[Meta, Message, Label]:
    plain = """Bonjour Madame, Monsieur,

Notre intervenante a été retenue pour la table ronde 3, merci. Une question pratique : y aura-t-il une interprétation simultanée arabe-français pendant les tables rondes, et le lien de connexion sera-t-il envoyé à chaque intervenant ou seulement à l'organisation ?

Bien cordialement,
Youssef Benjelloun
Association Passerelles Migrations – Oujda

Envoyé depuis mon Galaxy"""
    root = text_part(plain, "plain", "utf-8", "qp")
    meta = dict(from_name="Youssef Benjelloun", from_email="y.benjelloun@passerelles-oujda.example.ma",
                subject="Interprétation et lien de connexion", received_at=R(2, 18, 16, 30, 21), sender_tz=tz(1),
                lag=17, mid="<n3k8q2-x7d1-4b6c-9e0a@email.android.com>", extra_headers=[])
    label = L("other", "fr",
              notes="logistics question (interpretation, connection link) after the deadlines, from someone whose "
                    "speaker was already accepted (request not in this set): mentions 'intervenante' and 'table "
                    "ronde 3' but proposes no one; Android mail")
    return meta, root, label


@message
def sudan_thanks() -> tuple[Meta, Message, Label]:
    ack = """السيد عوض الله محمد الطيب،

نشكركم على رسالتكم. تم تسجيل طلبكم تقديم مداخلة في المائدة المستديرة الثالثة خلال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021، وسيتواصل معكم فريق الاستعراض الإقليمي لتأكيد البرنامج.

رقم المرجع: GCM-AR-0047

فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة – المنطقة العربية"""
    plain = """شكرا جزيلا لكم، وفقكم الله.

في الجمعة، 5 فبراير 2021 في 9:34 ص، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:
""" + quote(ack) + "\n"
    root = alt(plain, gmail_html(plain, rtl=True), boundary="0000000000002b8e9f05baa3d1c6")
    meta = dict(from_name="Awadalla Eltayeb", from_email="awadalla.eltayeb@gmail.example.com",
                subject="Re: تم استلام طلبكم – GCM-AR-0047", received_at=R(2, 6, 8, 17, 3), sender_tz=tz(4), lag=10,
                mid="<CAF7p2kq9yU1xC4oMn6dZ_0aS5vIe2fKt7wHb1pR@mail.gmail.com>",
                in_reply_to=ACK_SUDAN, references=f"{MID_SUDAN} {ACK_SUDAN}", extra_headers=GMAIL)
    label = L("other", "ar", thread_of="sudan_oman", acknowledge=False,
              notes="thank-you reply to our acknowledgement of the Sudanese community request, quoting it (the "
                    "quote repeats the roundtable and the name): adds nothing new, so no acknowledgement")
    return meta, root, label


# ----------------------------------------------------------------- writer
def on_time(category: str, rat: dt.datetime) -> bool | None:
    return {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
            "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(category)


def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    built = [(fn.__name__, *fn()) for fn in MESSAGES]
    built.sort(key=lambda b: b[1]["received_at"])
    names = {key: f"h25-{i:02d}.eml" for i, (key, _m, _r, _l) in enumerate(built, 1)}
    labels = []
    for i, (key, meta, root, label) in enumerate(built, 1):
        name = names[key]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root, i))
        rat = meta["received_at"]
        labels.append({"file": name, "received_at": rat.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label["acknowledge"],
                       "on_time": on_time(label["category"], rat), "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"],
                       "thread_of": names[label["thread_of"]] if label["thread_of"] else None,
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(OUT)
