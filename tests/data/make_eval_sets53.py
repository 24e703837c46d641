#!/usr/bin/env python3
"""Evaluation set holdout53 for gcm-intake: tests/data/holdout53 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets53.py
Written without reading intake/, rules/ or the tests.  Each message is a record (sender, client,
headers, body, attachments) next to its expected label; files are numbered in order of receipt.
"""
from __future__ import annotations

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
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime
from html import escape
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout53")
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
POLICY = compat32.clone(linesep="\r\n")


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


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
        f"<< /Title ({esc(title)}) /Producer (Microsoft Word) >>".encode("latin-1"),
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


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f"<w:p>{ppr}<w:r>{rpr}<w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>"
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


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text(body: str, subtype: str = "plain", cte: str = "qp") -> MIMEText:
    cs = Charset("utf-8")
    cs.body_encoding = BASE64 if cte == "b64" else QP
    body = body.strip("\n") + "\n"
    if cte == "b64":  # clients base64-encode the CRLF line endings as they are
        body = body.replace("\n", "\r\n")
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part


def html_of(plain: str, rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    paras = plain.strip("\n").split("\n\n")
    inner = "".join("<div>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</div><div><br></div>\n"
                    for p in paras)
    return f"<html><head><meta charset=\"utf-8\"></head><body><div{d}>\n{inner}</div></body></html>"


def alternative(plain: str, html: str | None = None, cte: str = "qp", rtl: bool = False) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(text(plain, "plain", cte))
    m.attach(text(html or html_of(plain, rtl), "html", cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "plain") -> MIMEBase:
    maintype, subtype = ctype.split("/")
    p = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
    del p["MIME-Version"]
    if style == "2231":  # Apple Mail / Thunderbird style non-ASCII names
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    elif style == "2047":  # Gmail / Outlook style non-ASCII names
        enc = Header(filename, "utf-8").encode().replace("\n", "")
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def mixed(first: Any, *parts: MIMEBase) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    del m["MIME-Version"]
    m.attach(first)
    for p in parts:
        m.attach(p)
    return m


def hdr(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(linesep="\r\n")


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        return f'"{name}" <{email}>' if "," in name else f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode(linesep=chr(13) + chr(10))} <{email}>"


def serialise(rec: dict[str, Any], boundary_seed: int) -> bytes:
    recv: dt.datetime = rec["received"]
    sent: dt.datetime = rec["sent"]
    domain = rec["from"][1].split("@", 1)[1]
    lines = [
        f"Return-Path: <{rec['from'][1]}>",
        f"Delivered-To: {MAILBOX}",
        f"Received: from {rec.get('relay', 'smtp.' + domain)} ({rec.get('relay', 'smtp.' + domain)}"
        f" [198.51.100.{boundary_seed + 20}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id 4D53H{boundary_seed:02d}x"
        f"\r\n\tfor <{MAILBOX}>; {format_datetime(recv)} (EET)",
        f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain}",
        f"From: {addr(*rec['from'])}",
        f"To: {rec.get('to', addr('GCM Regional Review Arab States', MAILBOX))}",
    ]
    if rec.get("cc"):
        lines.append(f"Cc: {rec['cc']}")
    lines += [f"Subject: {hdr(rec['subject'])}", f"Date: {format_datetime(sent)}",
              f"Message-ID: <{rec['mid']}>"]
    if rec.get("in_reply_to"):
        lines.append(f"In-Reply-To: <{rec['in_reply_to']}>")
        lines.append("References: " + " ".join(f"<{r}>" for r in rec["references"]))
    lines += rec.get("extra", [])
    lines.append("MIME-Version: 1.0")
    body: Any = rec["body"]
    counter = [0]
    for part in body.walk():
        if part.is_multipart():
            counter[0] += 1
            part.set_boundary(f"=_h53_{boundary_seed:02d}_{counter[0]}_{rec['mid'][:8].replace('.', '')}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(body)
    head = "\r\n".join(lines).encode("ascii") + b"\r\n"
    return head + buf.getvalue()


# ----------------------------------------------------------------- texts reused
ARAB_CALL_QUOTE = """
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
مرسل: الثلاثاء، 26 كانون الثاني 2021 02:10 م
إلى: GCM Regional Review Arab States
الموضوع: دعوة: المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة في المنطقة العربية

السادة أصحاب المصلحة في المنطقة العربية،

تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في المنطقة
العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة
والمنظمة والنظامية في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١) وإلى مشاورة أصحاب المصلحة
المتعددين (٢٣ فبراير ٢٠٢١).

ويمكن لأصحاب المصلحة المهتمين المشاركة في النقاش المفتوح للمشاورة، أو تقديم الرسائل
الرئيسية بصفة مقرر، أو تقديم مداخلة خلال الجلسات العامة والموائد المستديرة المواضيعية الأربع.
وسنكون شاكرين إن تم إرسال طلبات المداخلة/التحدث مع الاسم والمسمى الوظيفي والمؤسسة
التي ينتمي إليها المتحدث إلى البريد الإلكتروني gcmrrarabstates@iom.int بحلول يوم الجمعة
٢٣ فبراير ٢٠٢١.

وقد تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي للهجرة حتى
١٦ فبراير ٢٠٢١.

مع خالص التحية،
فريق الاستعراض الإقليمي
"""

DISCLAIMER_EN = """
________________________________
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and delete it. Views
expressed are those of the author and not necessarily those of the organisation.
"""


# ----------------------------------------------------------------- the messages
def sp(name: str, title: str | None, aff: str | None, roles: list[str], rt: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


def messages() -> list[dict[str, Any]]:
    M: list[dict[str, Any]] = []

    # --- hotel workers' union, Gmail, labelled lines, roundtable 2
    b = """Dear Sir/Madam,

On behalf of the Hospitality Workers' Union of Aqaba (HWUA), I would like to
request a speaking slot at the Regional Review Conference, in thematic
roundtable 2.

Name: Khaled Obeidat
Position: Secretary General
Organisation: Hospitality Workers' Union of Aqaba (HWUA)

Around a third of our members are migrant workers from Egypt, Sri Lanka and
the Philippines employed in hotels along the Red Sea coast, and we think their
experience of the pandemic lay-offs should be heard.

Regards,
Khaled Obeidat
Secretary General, HWUA
Mob. +962 7 9555 0142
"""
    M.append(dict(key="hotel", lang="en", cat="speaker_request",
                  received=dt.datetime(2021, 1, 28, 10, 12, 40, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 1, 28, 10, 12, 31, tzinfo=BEIRUT),
                  **{"from": ("Khaled Obeidat", "khaled.obeidat.hwua@gmail.example.com")},
                  relay="mail-wr1-f54.google.example.com",
                  mid="CAKx7v0d1Q9hWua2021Jan28pQz@mail.gmail.example.com",
                  subject="Request to speak - Roundtable 2", body=alternative(b),
                  speakers=[sp("Khaled Obeidat", "Secretary General", "Hospitality Workers' Union of Aqaba (HWUA)",
                               ["roundtable"], 2)],
                  notes="plain Gmail request, labelled lines with 'Position'/'Organisation'; acronym given "
                        "after the full name in both places."))

    # --- visa question (Nigerian community group in Libya)
    b = """Good morning,

We received your invitation through the IOM office in Tripoli, thank you. Our
association would like to follow the conference. May I ask if the conference on
24-25 February will be held in person in Beirut? If so, does IOM provide a letter
to support visa applications for participants coming from Libya, and how long
before does one need to apply? Some of our members hold Nigerian passports
and need a visa for Lebanon.

If it is online only, please just send us the link when available.

Thank you and God bless,
Chinedu Okafor
Welfare Secretary
Nigerian Community Welfare Association - Tripoli
+218 91 555 2271
"""
    M.append(dict(key="visa", lang="en", cat="other",
                  received=dt.datetime(2021, 1, 29, 9, 14, 5, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 1, 29, 9, 13, 50, tzinfo=BEIRUT),
                  **{"from": ("chinedu okafor", "chinedu.okafor77@yahoo.example.com")},
                  relay="sonic312-25.consmr.mail.ne1.yahoo.example.com",
                  mid="1873344512.2210457.1611904430123@mail.yahoo.example.com",
                  subject="Visa for conference", body=alternative(b),
                  extra=["X-Mailer: WebService/1.1.17501 YMailNorrin"],
                  notes="visa/logistics question; mentions the conference dates and Nigerian passports; "
                        "no request to speak."))

    # --- riders' collective, title missing (later completed by reply)
    b = """Hello,

Riders Together Collective would like one of our members to speak at the
conference in roundtable 4. We are delivery riders in Cairo and Giza, many
of us from Sudan and South Sudan, and we want to talk about work permits
and accidents on the job.

Name: Mahmoud Fathy
Organisation: Riders Together Collective

Please tell us if anything else is needed.

Heba Salem
Coordinator, Riders Together Collective
"""
    M.append(dict(key="riders1", lang="en", cat="speaker_request",
                  received=dt.datetime(2021, 2, 1, 13, 20, 9, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 1, 13, 19, 58, tzinfo=BEIRUT),
                  **{"from": ("Riders Together", "riderstogether.eg@gmail.example.com")},
                  relay="mail-ed1-f41.google.example.com",
                  mid="CAF3rT9v8uPzRidersFeb01xk2A@mail.gmail.example.com",
                  subject="speaker for roundtable 4", body=alternative(b),
                  speakers=[sp("Mahmoud Fathy", None, "Riders Together Collective", ["roundtable"], 4)],
                  notes="speaker's title missing (null); the sender (coordinator) is not the speaker; shared "
                        "collective mailbox."))

    # --- women engineers, details twice with small differences (French)
    b = """Madame, Monsieur,

Suite à votre invitation du 26 janvier, l'Association des femmes ingénieures
du Liban souhaite proposer une intervenante pour la table ronde thématique 1.

Nom : Rania Khoury-Nassar
Fonction : Vice-présidente
Organisation : Association des femmes ingénieures du Liban (AFIL)

Mme Khoury-Nassar coordonne depuis 2018 notre programme de mentorat pour
les ingénieures réfugiées et migrantes au Liban.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

Ing. Rania Khoury
Vice-Présidente chargée des relations extérieures | AFIL
Association des Femmes Ingénieures du Liban
Beyrouth - Liban
Tél. : +961 3 555 418
"""
    M.append(dict(key="engineers", lang="fr", cat="speaker_request",
                  received=dt.datetime(2021, 2, 1, 16, 3, 44, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 1, 16, 3, 30, tzinfo=BEIRUT),
                  **{"from": ("Rania Khoury", "r.khoury@afil-liban.example.org")},
                  mid="DB7PR03MB4412A1C0AFIL0201@DB7PR03MB4412.eurprd03.prod.outlook.example.com",
                  subject="Proposition d'intervenante - table ronde 1 - AFIL",
                  body=alternative(b), extra=["Thread-Topic: Proposition d'intervenante - table ronde 1 - AFIL",
                                              "Content-Language: fr-FR", "X-MS-Has-Attach: "],
                  speakers=[sp("Rania Khoury-Nassar", "Vice-présidente",
                               "Association des femmes ingénieures du Liban (AFIL)", ["roundtable"], 1)],
                  notes="speaker details given twice with small differences: body 'Rania Khoury-Nassar' / "
                        "'Vice-présidente' vs signature 'Ing. Rania Khoury' / 'Vice-Présidente chargée des "
                        "relations extérieures'; labels follow the labelled body lines; 'Ing.' is an honorific."))

    # --- district council, Arabic reply quoting the Arabic call (misprinted deadline)
    b = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم أدناه، يرغب مجلس بلدية الواحات الشرقية في تقديم مداخلة خلال
الجلسة العامة للمؤتمر، نظراً لما تشهده البلدية من عبور أعداد كبيرة من المهاجرين.

المتحدث: السيد منصور الفيتوري
الصفة: رئيس لجنة الشؤون الاجتماعية
الجهة: مجلس بلدية الواحات الشرقية

وتفضلوا بقبول فائق الاحترام،
مكتب الإعلام والعلاقات العامة
مجلس بلدية الواحات الشرقية - ليبيا
""" + "\n" + ARAB_CALL_QUOTE
    M.append(dict(key="council", lang="ar", cat="speaker_request",
                  received=dt.datetime(2021, 2, 2, 12, 0, 17, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 2, 12, 0, 2, tzinfo=BEIRUT),
                  **{"from": ("بلدية الواحات الشرقية", "media@wahat-sharqia.example.ly")},
                  mid="AM6PR10MB2231C7WAHAT0202@AM6PR10MB2231.EURPRD10.PROD.OUTLOOK.example.com",
                  subject="رد: دعوة: المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة في المنطقة العربية",
                  body=alternative(b, cte="b64", rtl=True),
                  extra=["Content-Language: ar-LY"],
                  speakers=[sp("منصور الفيتوري", "رئيس لجنة الشؤون الاجتماعية", "مجلس بلدية الواحات الشرقية",
                               ["plenary"])],
                  notes="reply quoting the organisers' Arabic call (Outlook header block, not '>'-prefixed), "
                        "which lists all roles, the report deadline and the misprinted speaker deadline; "
                        "speaker has honorific 'السيد'; location '- ليبيا' only in the signature."))

    # --- diaspora doctors, 'Head of Advocacy at X', nominating someone else, Apple Mail
    b = """Dear colleagues,

I am writing on behalf of our network to propose Dr. Amani Osman, Head of
Advocacy at the Sudanese Diaspora Physicians Network, as a speaker for a
floor intervention in the plenary session of the Regional Review Conference.

Dr. Osman led our 2020 survey of Sudanese health workers in the Gulf and
Libya and could speak to recognition of qualifications and access to health
care for migrants in irregular situations.

Her CV can be shared on request.

With best wishes,
Tarig Elamin
Network Secretary
Sudanese Diaspora Physicians Network
"""
    M.append(dict(key="doctors", lang="en", cat="speaker_request",
                  received=dt.datetime(2021, 2, 2, 21, 5, 33, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 2, 19, 5, 20, tzinfo=tz(0)),
                  **{"from": ("Tarig Elamin", "secretary@sdpn-network.example.org")},
                  mid="6F1D2C9A-5B3E-4E0B-9C71-SDPN20210202@sdpn-network.example.org",
                  subject="Speaker nomination - plenary", body=text(b),
                  extra=["X-Mailer: Apple Mail (2.3608.120.23.2.4)"],
                  speakers=[sp("Amani Osman", "Head of Advocacy", "Sudanese Diaspora Physicians Network",
                               ["plenary"])],
                  notes="title and organisation in one phrase ('Head of Advocacy at the ...'); the sender "
                        "(network secretary) nominates someone else; 'Dr.' not part of the name; Date in UTC."))

    # --- riders reply quoting our acknowledgement, adding the missing title
    b = """Hi, sorry we forgot this. His title is Field Organiser.

So the details are:
Name: Mahmoud Fathy
Title: Field Organiser
Organisation: Riders Together Collective
Roundtable 4

Thanks
Heba

On Mon, Feb 1, 2021 at 3:41 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear Heba Salem,
>
> Thank you for your message. We confirm receipt of your request for a
> speaking role (roundtable 4) for Mahmoud Fathy, Riders Together Collective.
>
> The speaker's title was not included. Could you please send it by reply
> to this message?
>
> Kind regards,
> GCM Regional Review team
"""
    M.append(dict(key="riders2", lang="en", cat="speaker_request",
                  received=dt.datetime(2021, 2, 3, 9, 2, 11, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 3, 9, 2, 0, tzinfo=BEIRUT),
                  **{"from": ("Riders Together", "riderstogether.eg@gmail.example.com")},
                  relay="mail-ed1-f44.google.example.com",
                  mid="CAF3rT9w2kLmRidersFeb03yQ7c@mail.gmail.example.com",
                  subject="Re: Acknowledgement of receipt - speaker for roundtable 4",
                  in_reply_to="ack.20210201134101.77a1@iom.int",
                  references=["CAF3rT9v8uPzRidersFeb01xk2A@mail.gmail.example.com",
                              "ack.20210201134101.77a1@iom.int"],
                  body=alternative(b), thread_of="riders1",
                  speakers=[sp("Mahmoud Fathy", "Field Organiser", "Riders Together Collective", ["roundtable"], 4)],
                  notes="reply to our acknowledgement (quoted with '>') that adds the missing title: new "
                        "information, so acknowledge; follows up the earlier request."))

    # --- French, organisation only as acronym, signature
    b = """Madame, Monsieur,

L'ARMEL souhaite proposer sa présidente, Mme Nadia Gharbi, pour une
intervention lors de la table ronde thématique n° 3 de la Conférence
d'examen régional (24-25 février).

Mme Gharbi accompagne depuis dix ans les femmes migrantes
subsahariennes installées à Sfax.

Avec nos remerciements anticipés,

Nadia Gharbi
Présidente
ARMEL
Sfax - Tunisie
+216 98 555 310
"""
    M.append(dict(key="armel", lang="fr", cat="speaker_request",
                  received=dt.datetime(2021, 2, 3, 11, 47, 2, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 3, 10, 46, 51, tzinfo=tz(1)),
                  **{"from": ("ARMEL Sfax", "armel.sfax@topnet.example.tn")},
                  mid="1a2b3c4d5e6f.armel.20210203@topnet.example.tn",
                  subject="Demande d'intervention table ronde 3", body=text(b),
                  extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                         "Thunderbird/78.7.0", "Content-Language: fr"],
                  speakers=[sp("Nadia Gharbi", "Présidente", "ARMEL", ["roundtable"], 3)],
                  notes="organisation only as its acronym (never expanded), in the body and the signature; "
                        "the speaker is the sender, described in the third person ('sa présidente, Mme ...'); "
                        "'Sfax - Tunisie' is the location."))

    # --- UNICEF programme, HTML only, table, rapporteur
    html = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" style="font-family:Arial">
<p>السادة المنظمون المحترمون،</p>
<p>تحية طيبة،</p>
<p>يسر برنامج الأطفال المتنقلين أن يقترح الزميلة المذكورة أدناه لتقديم الرسائل الرئيسية لأصحاب المصلحة
بصفة <b>مقررة</b> خلال المؤتمر.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>الاسم</b></td><td>د. هيفاء الجبوري</td></tr>
<tr><td><b>المسمى الوظيفي</b></td><td>أخصائية حماية الطفل</td></tr>
<tr><td><b>الجهة</b></td><td>منظمة الأمم المتحدة للطفولة (اليونيسف)</td></tr>
<tr><td><b>البلد</b></td><td>العراق</td></tr>
</table>
<p>مع الشكر والتقدير،</p>
<p>سيف الدين العزاوي<br>مساعد برامج، برنامج الأطفال المتنقلين<br>بغداد<br>هاتف: +964 780 555 1934</p>
</body></html>"""
    M.append(dict(key="unicef", lang="ar", cat="speaker_request",
                  received=dt.datetime(2021, 2, 4, 10, 30, 26, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 4, 11, 30, 12, tzinfo=tz(3)),
                  **{"from": ("Saifaldeen Al-Azzawi", "salazzawi@unicef.example.org")},
                  mid="BN8PR12MB3321UNICEFIQ0204@BN8PR12MB3321.namprd12.prod.outlook.example.com",
                  subject="ترشيح مقررة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة",
                  body=text(html, "html", "b64"), extra=["Content-Language: ar-IQ"],
                  speakers=[sp("هيفاء الجبوري", "أخصائية حماية الطفل", "منظمة الأمم المتحدة للطفولة (اليونيسف)",
                               ["rapporteur"])],
                  notes="HTML-only body; speaker details in a two-column table; 'د.' honorific not part of "
                        "the name; country in its own row (not part of the affiliation); English From name, "
                        "Arabic text; the sender is not the speaker."))

    # --- Baptist church outreach: both (PDF report + plenary)
    b = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report prepared by the
Community Outreach Office of Grace Baptist Church, covering our assistance
to migrant domestic workers and refugee families in the Bekaa and Mount
Lebanon during 2019-2020.

We would also like to request a floor intervention in one of the plenary
sessions for:

Rev. Samuel Haddad
Director of Community Outreach
Grace Baptist Church

Thank you for your consideration.

Kind regards,

Maya Aoun
Programme Officer | Community Outreach Office
Grace Baptist Church
T +961 1 555 207 | M +961 70 555 981
""" + DISCLAIMER_EN
    pdf = tiny_pdf(["Grace Baptist Church - Community Outreach Office",
                    "Voluntary GCM Review Report 2021",
                    "1. Context: migrant domestic workers and refugee families in Lebanon",
                    "2. Objectives 7, 15 and 16: what we observed in 2019-2020",
                    "3. Recommendations"], "GBC voluntary GCM review")
    M.append(dict(key="church", lang="en", cat="both",
                  received=dt.datetime(2021, 2, 4, 17, 45, 38, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 4, 15, 45, 21, tzinfo=tz(0)),
                  **{"from": ("Maya Aoun", "maya.aoun@gracebaptist-lb.example.org")},
                  mid="VI1PR0402MB3371GBC0204AB12@VI1PR0402MB3371.eurprd04.prod.outlook.example.com",
                  subject="GCM voluntary report + speaker request - Grace Baptist Church",
                  body=mixed(alternative(b), attach(pdf, "application/pdf", "GBC_Outreach_GCM_Voluntary_Review.pdf")),
                  extra=["Thread-Topic: GCM voluntary report + speaker request - Grace Baptist Church",
                         "Content-Language: en-US", "X-MS-Has-Attach: yes"],
                  speakers=[sp("Samuel Haddad", "Director of Community Outreach", "Grace Baptist Church",
                               ["plenary"])],
                  attachments=["GBC_Outreach_GCM_Voluntary_Review.pdf"],
                  notes="both, on time; speaker block without labels, 'Rev.' honorific; the sender is not the "
                        "speaker; Outlook disclaimer; Date in UTC."))

    # --- trade union, French, details only in the signature
    b = """Bonsoir,

Je souhaiterais intervenir lors de la table ronde thématique n°2, au nom de
notre syndicat, sur la situation des travailleuses domestiques migrantes
au Maroc (contrats, kafala, accès à la CNSS).

Vous trouverez mes coordonnées ci-dessous.

Cordialement

--
Fatima-Zahra Bennani
Secrétaire générale adjointe
Syndicat autonome des travailleuses et travailleurs domestiques (SATD)
Casablanca, Maroc
Tél. : +212 6 61 55 45 78
"""
    M.append(dict(key="union", lang="fr", cat="speaker_request",
                  received=dt.datetime(2021, 2, 4, 20, 15, 9, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 4, 18, 14, 55, tzinfo=tz(0)),
                  **{"from": ("Fatima-Zahra Bennani", "fz.bennani@satd-maroc.example.ma")},
                  mid="5f1c2e7a-0b9d-4a63-8e2f-satd20210204@satd-maroc.example.ma",
                  subject="Intervention - table ronde 2", body=text(b),
                  extra=["User-Agent: Roundcube Webmail/1.4.10"],
                  speakers=[sp("Fatima-Zahra Bennani", "Secrétaire générale adjointe",
                               "Syndicat autonome des travailleuses et travailleurs domestiques (SATD)",
                               ["roundtable"], 2)],
                  notes="name, title and affiliation only in the signature ('--' separator); first-person "
                        "request; the body mentions CNSS, another acronym."))

    # --- Arabic, two speakers in prose joined by و (tenants' association)
    b = """السادة المنظمين الكرام،

تحية طيبة وبعد،

يسرّ جمعية حق السكن للمستأجرين أن ترشّح للمشاركة في النقاش المفتوح ضمن مشاورة أصحاب
المصلحة المتعددين يوم 23 شباط/فبراير كلاً من السيدة رنا حمدان، منسقة برنامج السكن اللائق
في الجمعية، والسيد إبراهيم كوليبالي، عضو الهيئة الإدارية في الجمعية، وهو عامل مهاجر من
ساحل العاج يقيم في لبنان منذ 2009.

نأمل أن تتاح لهما الفرصة لعرض واقع سكن العمال المهاجرين بعد انفجار المرفأ.

مع التحية،
ليلى صعب
أمينة السر
جمعية حق السكن للمستأجرين
بيروت - لبنان
هاتف: 555 431 1 961+
"""
    M.append(dict(key="tenants", lang="ar", cat="speaker_request",
                  received=dt.datetime(2021, 2, 5, 10, 22, 47, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 5, 10, 22, 30, tzinfo=BEIRUT),
                  **{"from": ("Leila Saab", "leila.saab@haqqalsakan.example.org")},
                  mid="CAH8uYw2TenantsFeb05mZr4Q@mail.gmail.example.com",
                  relay="mail-wm1-f65.google.example.com",
                  subject="ترشيح متحدثين للنقاش المفتوح",
                  body=alternative(b, cte="b64", rtl=True),
                  speakers=[sp("رنا حمدان", "منسقة برنامج السكن اللائق", "جمعية حق السكن للمستأجرين",
                               ["open_discussion"]),
                            sp("إبراهيم كوليبالي", "عضو الهيئة الإدارية", "جمعية حق السكن للمستأجرين",
                               ["open_discussion"])],
                  notes="two speakers nominated in one prose sentence joined by 'و'; honorifics السيدة/السيد; "
                        "affiliation only by reference ('في الجمعية') to the organisation named before; the "
                        "sender (secretary) is not a speaker."))

    # --- university social work department, French, nominating a colleague
    b = """Madame, Monsieur,

En ma qualité de directeur du Département de travail social, j'ai l'honneur
de proposer Mme Amel Trabelsi, maître de conférences au Département de
travail social de l'Université du Cap Bon, pour prendre part à la discussion
ouverte de la consultation multipartite du 23 février 2021.

Mme Trabelsi dirige nos travaux sur l'accompagnement social des mineurs non
accompagnés et a coordonné notre contribution à l'enquête en ligne.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Pr Mehdi Zouari
Directeur du Département de travail social
Université du Cap Bon
"""
    M.append(dict(key="univ", lang="fr", cat="speaker_request",
                  received=dt.datetime(2021, 2, 5, 18, 40, 15, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 5, 17, 40, 3, tzinfo=tz(1)),
                  **{"from": ("Mehdi Zouari", "mehdi.zouari@ucb.example.tn")},
                  mid="20210205174003.Horde.Zouari7xQ@webmail.ucb.example.tn",
                  subject="Consultation multipartite - proposition d'intervenante",
                  body=text(b), extra=["User-Agent: Horde Application Framework 5"],
                  speakers=[sp("Amel Trabelsi", "maître de conférences",
                               "Département de travail social de l'Université du Cap Bon", ["open_discussion"])],
                  notes="the department head nominates a colleague in prose; his own title and the "
                        "university appear in the signature (decoys); role 'discussion ouverte de la "
                        "consultation multipartite'; on time on the last day."))

    # --- phone, short Arabic, title missing
    b = """مرحبا
بدي شارك كمتحدث بالطاولة المستديرة الاولى
الاسم: عمر الحلبي
تجمع شباب سوريا للتطوع
شكرا

أُرسلت من الـ iPhone
"""
    M.append(dict(key="phone", lang="ar", cat="speaker_request",
                  received=dt.datetime(2021, 2, 5, 21, 12, 58, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 5, 22, 12, 49, tzinfo=tz(3)),
                  **{"from": ("Omar", "omar.halabi94@icloud.example.com")},
                  relay="st43p00im-ztdg10061801.me.example.com",
                  mid="7C0E4B1A-9F12-4D2B-A6E3-PHONE0205@icloud.example.com",
                  subject="مشاركة", body=text(b, "plain", "b64"),
                  extra=["X-Mailer: iPhone Mail (18C66)"],
                  speakers=[sp("عمر الحلبي", None, "تجمع شباب سوريا للتطوع", ["roundtable"], 1)],
                  notes="short colloquial message from a phone; no title (null); organisation on an "
                        "unlabelled line; roundtable as an ordinal word without hamza ('الاولى'); "
                        "'Sent from my iPhone' in Arabic."))

    # --- dance company, forwarded, late
    b = """Dear all,

Apologies, the message below was sent to a wrong address last week and only
bounced back to Yara today. Forwarding it now; we hope it can still be
considered.

Best,
Joud Karam
Company Manager

---------- Forwarded message ---------
From: Yara Mansour <yara@bilahudud-dance.example.org>
Date: Wed, Feb 3, 2021 at 6:12 PM
Subject: Speaker request - Bila Hudud Dance Company
To: <gcmrrarabstates@iom.int.example>

Dear GCM Regional Review team,

Bila Hudud Dance Company works with young migrant and refugee performers in
Amman and Beirut. We would like to request a floor intervention in a plenary
session to share how the arts can support social inclusion.

Name: Yara Mansour
Title: Artistic Director
Organization: Bila Hudud Dance Company

Warm regards,
Yara
"""
    M.append(dict(key="dance", lang="en", cat="speaker_request",
                  received=dt.datetime(2021, 2, 8, 11, 30, 42, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 8, 11, 30, 30, tzinfo=BEIRUT),
                  **{"from": ("Joud Karam", "joud@bilahudud-dance.example.org")},
                  mid="CAJm4pQ7DanceFwd0208bZ1@mail.gmail.example.com",
                  relay="mail-lj1-f182.google.example.com",
                  subject="Fwd: Speaker request - Bila Hudud Dance Company",
                  cc="Yara Mansour <yara@bilahudud-dance.example.org>",
                  body=alternative(b),
                  speakers=[sp("Yara Mansour", "Artistic Director", "Bila Hudud Dance Company", ["plenary"])],
                  notes="late (8 February): forwarded request whose original was dated 3 February but sent to a "
                        "wrong address; on_time follows receipt; the forwarder (company manager) is not the "
                        "speaker; details only inside the forwarded part."))

    # --- journalism unit, two speakers, one without affiliation, late
    b = """Bonjour,

Nous savons que le délai est passé, mais nous souhaiterions proposer deux
intervenants pour la table ronde 4 si des places restent disponibles :

1. M. Walid Ferchichi, rédacteur en chef de la cellule d'investigation,
   Manara Médias
2. Mme Ines Chebbi, journaliste indépendante

Ils ont mené ensemble l'enquête « Les naufragés de Zarzis » publiée en
décembre 2020.

Bien à vous,
Sarra Mejri
Manara Médias - Tunis
"""
    M.append(dict(key="journalists", lang="fr", cat="speaker_request",
                  received=dt.datetime(2021, 2, 9, 16, 40, 21, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 9, 15, 40, 8, tzinfo=tz(1)),
                  **{"from": ("Sarra Mejri", "sarra.mejri@manara-medias.example.tn")},
                  mid="CAOe2sPq1ManaraFeb09aX3@mail.gmail.example.com",
                  relay="mail-wr1-f47.google.example.com",
                  subject="Table ronde 4 - deux intervenants", body=alternative(b),
                  speakers=[sp("Walid Ferchichi", "rédacteur en chef de la cellule d'investigation", "Manara Médias",
                               ["roundtable"], 4),
                            sp("Ines Chebbi", "journaliste indépendante", None, ["roundtable"], 4)],
                  notes="late and says so; two speakers in a numbered list, the first one's affiliation "
                        "wrapped onto the next line, the second has none (freelance, null); honorifics M./Mme; "
                        "the title of an investigation in quotes."))

    # --- Tunisian collective, French report PDF
    b = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial
pour les migrations du Collectif tunisien pour la mobilité solidaire (CTMS),
dans le cadre de l'examen régional pour la région arabe.

Le rapport porte sur les objectifs 5, 13 et 21 et s'appuie sur une
quarantaine d'entretiens réalisés à Tunis, Sfax et Médenine.

Nous vous serions reconnaissants de bien vouloir en accuser réception.

Cordialement,

Sonia Ben Amor
Chargée de plaidoyer, CTMS

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement
à leurs destinataires.
"""
    pdf = tiny_pdf(["Collectif tunisien pour la mobilite solidaire (CTMS)",
                    "Rapport volontaire d'examen du Pacte mondial sur les migrations",
                    "Fevrier 2021", "1. Introduction", "2. Objectifs 5, 13 et 21", "3. Recommandations"],
                   "Rapport volontaire CTMS")
    M.append(dict(key="ctms", lang="fr", cat="voluntary_report",
                  received=dt.datetime(2021, 2, 10, 15, 22, 10, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 10, 14, 21, 58, tzinfo=tz(1)),
                  **{"from": ("Sonia Ben Amor", "s.benamor@ctms-tn.example.org")},
                  mid="d41e0f93-7c21-4b8e-a3f5-ctms20210210@ctms-tn.example.org",
                  subject="Rapport volontaire PMM - CTMS",
                  body=mixed(text(b), attach(pdf, "application/pdf", "Rapport_volontaire_PMM_CTMS_2021.pdf")),
                  extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1",
                         "Content-Language: fr"],
                  attachments=["Rapport_volontaire_PMM_CTMS_2021.pdf"],
                  notes="plain voluntary report as PDF from Thunderbird; 'PMM' (Pacte mondial sur les "
                        "migrations) instead of GCM; confidentiality footer."))

    # --- thank-you reply to our acknowledgement of the CTMS report
    b = """Bonjour,

Merci beaucoup pour votre accusé de réception. Bonne continuation pour la
préparation de la conférence.

Sonia

Le 10/02/2021 à 14:30, GCM Regional Review Arab States a écrit :
> Madame,
>
> Nous accusons réception du rapport volontaire du Collectif tunisien pour
> la mobilité solidaire (CTMS), reçu le 10 février 2021.
>
> Cordialement,
> L'équipe de l'examen régional du PMM
"""
    M.append(dict(key="thanks", lang="fr", cat="other", ack=False,
                  received=dt.datetime(2021, 2, 11, 8, 30, 40, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 11, 7, 30, 31, tzinfo=tz(1)),
                  **{"from": ("Sonia Ben Amor", "s.benamor@ctms-tn.example.org")},
                  mid="8a6c11e2-44f0-4d7a-9b3e-ctms20210211@ctms-tn.example.org",
                  subject="Re: Accusé de réception - Rapport volontaire PMM - CTMS",
                  in_reply_to="ack.20210210133002.c3f9@iom.int",
                  references=["d41e0f93-7c21-4b8e-a3f5-ctms20210210@ctms-tn.example.org",
                              "ack.20210210133002.c3f9@iom.int"],
                  body=text(b), thread_of="ctms",
                  extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"],
                  notes="thank-you reply to our acknowledgement that adds nothing new: do not acknowledge; "
                        "quotes the acknowledgement, which mentions the report."))

    # --- agenda request, French
    b = """Madame, Monsieur,

Pourriez-vous nous faire parvenir l'ordre du jour (ou le programme
provisoire) de la Conférence régionale des 24 et 25 février, ainsi que
la liste des thèmes des quatre tables rondes ? Nous souhaiterions
préparer la participation de notre équipe en conséquence.

Avec mes remerciements,

Dr Salima Haddou
Chargée d'études
Centre de recherche sur les mobilités maghrébines (CREMM)
Oran
"""
    M.append(dict(key="agenda", lang="fr", cat="other",
                  received=dt.datetime(2021, 2, 12, 10, 10, 3, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 12, 9, 9, 52, tzinfo=tz(1)),
                  **{"from": ("Salima Haddou", "s.haddou@cremm.example.dz")},
                  mid="000001d7011a$5b8e2c40$12aa84c0$@cremm.example.dz",
                  subject="Demande d'ordre du jour", body=alternative(b),
                  extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
                  notes="request for the agenda; mentions the roundtables and the conference dates, with a "
                        "full signature (name, title, organisation), but proposes no speaker."))

    # --- Ethiopian community association, Arabic, DOCX report
    b = """السادة المنظمة الدولية للهجرة المحترمين،

تحية طيبة،

مرفق طيه التقرير الطوعي لجمعية الجالية الإثيوبية في الأردن حول تنفيذ الاتفاق العالمي من أجل
الهجرة الآمنة والمنظمة والنظامية، ويتناول أوضاع العاملات في المنازل وإجراءات تسوية الأوضاع
خلال جائحة كورونا.

نرجو التكرم بتأكيد الاستلام.

مع الشكر،
مسرت تسفاي
رئيسة الجمعية
عمّان
"""
    docx = tiny_docx(["التقرير الطوعي لاستعراض الاتفاق العالمي للهجرة",
                      "جمعية الجالية الإثيوبية في الأردن - شباط 2021",
                      "أولاً: المقدمة", "ثانياً: أوضاع العاملات في المنازل", "ثالثاً: التوصيات"], rtl=True)
    M.append(dict(key="ethiopian", lang="ar", cat="voluntary_report",
                  received=dt.datetime(2021, 2, 12, 13, 0, 36, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 12, 13, 0, 21, tzinfo=BEIRUT),
                  **{"from": ("Meseret Tesfaye", "ethiopian.community.jo@gmail.example.com")},
                  relay="mail-pj1-f52.google.example.com",
                  mid="CAN7wq0eEthioFeb12tY6k@mail.gmail.example.com",
                  subject="التقرير الطوعي - الجالية الإثيوبية",
                  body=mixed(alternative(b, cte="b64", rtl=True),
                             attach(docx, DOCX, "تقرير الاستعراض الطوعي - الجالية الإثيوبية.docx", "2047")),
                  attachments=["تقرير الاستعراض الطوعي - الجالية الإثيوبية.docx"],
                  notes="voluntary report as DOCX with an Arabic file name (RFC 2047 encoded, Gmail style); "
                        "migrant-led organisation; English From name."))

    # --- regional network, collective report DOCX (Arabic)
    b = """الزملاء الأعزاء في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

باسم الشبكة الإقليمية لمنظمات العمال المهاجرين في الخليج والمشرق، يسعدنا أن نرسل إليكم
التقرير الطوعي الجماعي لاستعراض الاتفاق العالمي للهجرة، الذي أعدته 17 منظمة عضواً في
الشبكة من الأردن ولبنان والكويت والبحرين وقطر.

يتضمن التقرير ملحقاً بأسماء المنظمات المشاركة.

مع خالص التقدير،
د. جمال الرفاعي
المنسق العام للشبكة
+965 5555 7012
"""
    docx = tiny_docx(["التقرير الطوعي الجماعي لاستعراض الاتفاق العالمي للهجرة",
                      "الشبكة الإقليمية لمنظمات العمال المهاجرين في الخليج والمشرق",
                      "المنظمات المشاركة: 17 منظمة", "الملخص التنفيذي", "التوصيات"], rtl=True)
    M.append(dict(key="network", lang="ar", cat="voluntary_report",
                  received=dt.datetime(2021, 2, 15, 19, 40, 50, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 15, 20, 40, 33, tzinfo=tz(3)),
                  **{"from": ("جمال الرفاعي", "coordinator@gulf-mashreq-mwnet.example.org")},
                  mid="E1B0A7F2-6C3D-4B55-9A10-NET20210215@gulf-mashreq-mwnet.example.org",
                  subject="التقرير الطوعي الجماعي للشبكة",
                  body=mixed(text(b, "plain", "b64"),
                             attach(docx, DOCX, "تقرير_الشبكة_الجماعي_GCM_2021.docx", "2231")),
                  extra=["X-Mailer: Apple Mail (2.3654.40.0.2.32)"],
                  attachments=["تقرير_الشبكة_الجماعي_GCM_2021.docx"],
                  notes="collective report of a network of 17 organisations; DOCX with an RFC 2231 Arabic "
                        "file name (Apple Mail); Arabic From display name; Date in UTC+3."))

    # --- Bangladeshi group, report as application/octet-stream, just before deadline
    b = """Dear Sir/Madam,

Greetings from Bangladeshi Migrant Workers Solidarity Forum (BMWSF).

Kindly find attached our voluntary GCM review report for the Arab region
review. Sorry for sending on the last day, our members only finished the
consultations on Sunday.

Please confirm the receipt.

Regards
Md. Rafiqul Islam
General Secretary, BMWSF
Kuwait
Whatsapp +965 6555 3320
"""
    pdf = tiny_pdf(["Bangladeshi Migrant Workers Solidarity Forum (BMWSF)",
                    "Voluntary GCM Review Report - Arab Region", "February 2021",
                    "Wage theft, passport retention and access to justice"], "BMWSF report")
    M.append(dict(key="bmwsf", lang="en", cat="voluntary_report",
                  received=dt.datetime(2021, 2, 16, 22, 50, 7, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 16, 23, 49, 55, tzinfo=tz(3)),
                  **{"from": ("Rafiqul Islam", "bmwsf.kuwait@yahoo.example.com")},
                  relay="sonic305-20.consmr.mail.ir2.yahoo.example.com",
                  mid="1122334455.998877.1613508595000@mail.yahoo.example.com",
                  subject="GCM report BMWSF",
                  body=mixed(alternative(b),
                             attach(pdf, "application/octet-stream", "BMWSF voluntary GCM report final.pdf")),
                  extra=["X-Mailer: WebService/1.1.17648 YMailNodin"],
                  attachments=["BMWSF voluntary GCM report final.pdf"],
                  notes="report attached as application/octet-stream (file name ends in .pdf, with spaces); "
                        "received 22:50 on the report deadline day (on time; Date header 23:49 +0300)."))

    # --- Yemeni community, Arabic PDF report, late
    b = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة،

نعتذر عن التأخر في إرسال تقريرنا بسبب انقطاع الإنترنت في الأيام الماضية، ونرجو قبوله إن أمكن.

مرفق التقرير الطوعي لرابطة الجالية اليمنية في مصر.

وتقبلوا خالص التحية،
أنور باعبود
مسؤول العلاقات الخارجية
رابطة الجالية اليمنية في مصر
"""
    pdf = tiny_pdf(["Yemeni Community League in Egypt", "Voluntary GCM Review Report (Arabic version)",
                    "February 2021"], "Yemeni Community Egypt GCM report")
    M.append(dict(key="yemen", lang="ar", cat="voluntary_report",
                  received=dt.datetime(2021, 2, 18, 14, 20, 55, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 18, 14, 20, 41, tzinfo=BEIRUT),
                  **{"from": ("أنور باعبود", "anwar.baaboud@outlook.example.com")},
                  mid="PR3P195MB0711YEMEN0218@PR3P195MB0711.EURP195.PROD.OUTLOOK.example.com",
                  subject="تقرير طوعي - رابطة الجالية اليمنية في مصر",
                  body=mixed(alternative(b, cte="b64", rtl=True),
                             attach(pdf, "application/pdf", "Yemeni_Community_Egypt_GCM_Report.pdf")),
                  extra=["Content-Language: ar-EG", "X-MS-Has-Attach: yes"],
                  attachments=["Yemeni_Community_Egypt_GCM_Report.pdf"],
                  notes="late report (18 February) with an apology; English file name, Arabic body; "
                        "diaspora group."))

    # --- logistics question, Arabic
    b = """مرحباً،

نحن منظمة عراقية سجلت للمشاركة في المشاورة يوم 23 شباط. هل ستكون الجلسات عبر الإنترنت
فقط؟ وما هي المنصة المستخدمة (زووم أو ويبكس)؟ وهل ستتوفر ترجمة فورية إلى العربية؟

كذلك نرجو إعلامنا بموعد إرسال روابط الدخول.

شكراً جزيلاً
زينب الموسوي
منظمة نبض للتنمية المجتمعية - البصرة
"""
    M.append(dict(key="logistics", lang="ar", cat="other",
                  received=dt.datetime(2021, 2, 19, 12, 5, 30, tzinfo=BEIRUT),
                  sent=dt.datetime(2021, 2, 19, 13, 5, 18, tzinfo=tz(3)),
                  **{"from": ("زينب الموسوي", "zainab.almousawi@nabdh-iq.example.org")},
                  mid="CAB9xZ1kLogisticsFeb19pP0@mail.gmail.example.com",
                  relay="mail-io1-f67.google.example.com",
                  subject="استفسار عن المشاركة في المشاورة", body=alternative(b, cte="b64", rtl=True),
                  notes="logistics question (online platform, interpretation, links) from a registered "
                        "participant; no speaker or report."))
    return M


def main() -> None:
    msgs = sorted(messages(), key=lambda r: r["received"])
    names = {r["key"]: f"h53-{i:02d}.eml" for i, r in enumerate(msgs, 1)}
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    speaker_deadline = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
    report_deadline = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
    labels = []
    for i, r in enumerate(msgs, 1):
        fname = names[r["key"]]
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(serialise(r, i))
        cat, recv = r["cat"], r["received"]
        on_time = {"speaker_request": recv <= speaker_deadline,
                   "voluntary_report": recv <= report_deadline,
                   "both": recv <= speaker_deadline and recv <= report_deadline}.get(cat)
        labels.append({
            "file": fname, "received_at": recv.isoformat(), "category": cat, "language": r["lang"],
            "acknowledge": r.get("ack", True), "on_time": on_time, "speakers": r.get("speakers", []),
            "report_attachments": r.get("attachments", []),
            "thread_of": names[r["thread_of"]] if r.get("thread_of") else None, "notes": r["notes"],
        })
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
