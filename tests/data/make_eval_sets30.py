#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout30 (24 raw messages + labels.json).

Deterministic, standard library only: run with  /tmp/venv/bin/python tests/data/make_eval_sets30.py
Written without reading intake/ or rules/.  A plain week of the mailbox: 8 Arabic, 8 English,
8 French messages; 14 speaker requests, 5 voluntary reports, 1 both, 4 other.
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
from email.utils import format_datetime, formataddr
from html import escape
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout30")
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=int(hours * 60)))


# ----------------------------------------------------------------- attachment payloads
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """Minimal valid one-page PDF (Helvetica, ASCII/Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /CreationDate (D:20210210090000+02'00') >>").encode("latin-1"),
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(
        f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(p, quote=False)}</w:t></w:r></w:p>'
        for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>"),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME building blocks
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)


def alt(plain: str, html: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte=cte))
    m.attach(text(html, "html", cte=cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "plain") -> MIMEBase:
    """style: 'plain' (ASCII name), '2231' (RFC 2231 UTF-8 name), '2047' (Gmail-style encoded-word)."""
    maintype, subtype = ctype.split("/", 1)
    p = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
    if style == "2231":
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    elif style == "2047":
        enc = Header(filename, "utf-8").encode()
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def mixed(body: MIMEBase, *atts: MIMEBase) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in atts:
        m.attach(a)
    return m


def html_doc(inner: str, lang: str = "en", rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ""
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body{d}><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            f"{inner}</div></body></html>")


def paras(s: str) -> str:
    """Plain text -> simple HTML paragraphs (Gmail-like)."""
    return "".join(f"<div>{escape(ln) if ln else '<br>'}</div>" for ln in s.split("\n"))


def hdr(value: str) -> str | Header:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8")


def addr(name: str, email_addr: str) -> str:
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((Header(name, "utf-8").encode(), email_addr))


# ----------------------------------------------------------------- message records
MESSAGES: list[dict[str, Any]] = []


def letter(n: int, *, frm: tuple[str, str], subject: str, sent: dt.datetime, delay_s: int, body: MIMEBase,
           label: dict[str, Any], mailer: str | None = None, relay: str | None = None,
           in_reply_to: str | None = None, references: str | None = None, cc: str | None = None,
           extra: dict[str, str] | None = None) -> None:
    fname = f"h30-{n:02d}.eml"
    received = (sent + dt.timedelta(seconds=delay_s)).astimezone(BEIRUT)
    domain = frm[1].split("@", 1)[1]
    relay = relay or f"mail.{domain}"
    msg = body
    stamp = format_datetime(received)
    msg["Return-Path"] = f"<{frm[1]}>"
    msg["Delivered-To"] = MAILBOX
    msg["Received"] = (f"from {relay} ({relay} [203.0.113.{10 + n * 7}])\r\n\tby mx2.iom.int (Postfix) "
                       f"with ESMTPS id 4DV{n:02d}K7q{n * 37:04d}\r\n\tfor <{MAILBOX}>; {stamp}")
    msg["From"] = addr(*frm)
    msg["To"] = MAILBOX
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = hdr(subject)
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<h30.{n:02d}.{int(sent.timestamp())}@{domain}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    first = ["Return-Path", "Delivered-To", "Received"]
    items = list(msg.items())
    for k in {k for k, _ in items}:
        del msg[k]
    for k, v in sorted(items, key=lambda kv: first.index(kv[0]) if kv[0] in first else len(first)):
        msg[k] = v
    base = {"file": fname, "received_at": received.isoformat(), "acknowledge": True,
            "speakers": [], "report_attachments": [], "thread_of": None}
    base.update(label)
    MESSAGES.append({"file": fname, "msg": msg, "label": base})


def spk(name: str, title: str | None, aff: str | None, roles: list[str], rt: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


def msgid(n: int, sent: dt.datetime, domain: str) -> str:
    return f"<h30.{n:02d}.{int(sent.timestamp())}@{domain}>"


# ================================================================= the week's mail
RIYADH, DUBAI, CAIRO, RABAT, NOUAKCHOTT, MORONI = tz(3), tz(4), tz(2), tz(1), tz(0), tz(3)
OUTLOOK = "Microsoft Outlook 16.0"
DISCLAIMER_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee.\n"
                 "If you have received it in error, please notify the sender and delete it. Views\n"
                 "expressed are those of the author and not necessarily those of the organisation.")

# --- 01 en: union communications officer writes on behalf of the General Secretary (plenary)
letter(1, frm=("Joseph Mathew", "comms@gcbwu.example.org"),
       subject="Request for speaking slot - General Secretary, GCBWU",
       sent=dt.datetime(2021, 2, 1, 10, 12, 40, tzinfo=DUBAI), delay_s=9, mailer=OUTLOOK,
       body=text(
           "Dear Colleagues,\n\n"
           "Greetings from the Gulf Construction and Building Workers' Union (GCBWU).\n\n"
           "I am writing on behalf of our General Secretary, Brother Ramesh Pillai, who\n"
           "would like to make a floor intervention in the plenary session of the\n"
           "Regional Review Conference on 24-25 February. Construction workers make up\n"
           "a large share of the migrant workforce in the region and he would like to\n"
           "speak on wage protection and heat stress.\n\n"
           "Name: Ramesh Pillai\n"
           "Title: General Secretary\n"
           "Organisation: Gulf Construction and Building Workers' Union (GCBWU)\n\n"
           "Kindly send any correspondence to me and copy him at gs@gcbwu.example.org.\n\n"
           "With solidarity,\n\n"
           "Joseph Mathew\n"
           "Communications Officer | GCBWU\n"
           "Tel: +971 4 555 0192 | Mob: +971 50 555 7731\n", cte="8bit"),
       label={"category": "speaker_request", "language": "en", "on_time": True,
              "speakers": [spk("Ramesh Pillai", "General Secretary",
                               "Gulf Construction and Building Workers' Union (GCBWU)", ["plenary"])],
              "notes": "written on behalf of the speaker by a communications officer whose own name and "
                       "title are in the signature; 'Brother' is a union form of address, not part of the name."})

# --- 02 ar: Red Crescent society, labelled lines, roundtable 1 in words
AR02 = ("السادة المنظمون المحترمون،\n\n"
        "تحية طيبة وبعد،\n\n"
        "بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة\n"
        "في المنطقة العربية، يسر جمعية الهلال الأحمر القمري أن ترشح السيدة زينب عبد الله مداحي\n"
        "لمداخلة في المائدة المستديرة الأولى، وفيما يلي البيانات المطلوبة:\n\n"
        "الاسم: زينب عبد الله مداحي\n"
        "المسمى الوظيفي: مسؤولة برنامج الهجرة وإعادة الروابط العائلية\n"
        "الجهة: جمعية الهلال الأحمر القمري\n\n"
        "وتفضلوا بقبول فائق الاحترام والتقدير.\n\n"
        "سعيد محمد علي\n"
        "الأمين العام\n"
        "جمعية الهلال الأحمر القمري - موروني\n"
        "هاتف: +269 773 0000\n")
letter(2, frm=("Said Mohamed Ali", "sg@croissantrouge-km.example.org"),
       subject="ترشيح متحدثة - المائدة المستديرة الأولى",
       sent=dt.datetime(2021, 2, 1, 13, 5, 2, tzinfo=MORONI), delay_s=14, mailer=OUTLOOK,
       body=alt(AR02, html_doc(paras(AR02), "ar", rtl=True), cte="b64"),
       label={"category": "speaker_request", "language": "ar", "on_time": True,
              "speakers": [spk("زينب عبد الله مداحي", "مسؤولة برنامج الهجرة وإعادة الروابط العائلية",
                               "جمعية الهلال الأحمر القمري", ["roundtable"], 1)],
              "notes": "sender (Secretary-General, in the signature) is not the speaker; roundtable given as "
                       "'المائدة المستديرة الأولى'; signature adds the city ' - موروني' to the society's name."})

# --- 03 fr: returnee entrepreneurs' cooperative, Mme, 'table ronde III'
FR03 = ("Madame, Monsieur,\n\n"
        "Au nom de la Coopérative des entrepreneurs de retour du Souss (CERS), je\n"
        "souhaiterais solliciter un temps de parole lors de la table ronde III de\n"
        "la Conférence d'examen régional des 24 et 25 février.\n\n"
        "- Nom : Mme Naïma Bouzid\n"
        "- Fonction : Présidente\n"
        "- Organisation : Coopérative des entrepreneurs de retour du Souss (CERS)\n\n"
        "Notre coopérative réunit une soixantaine de migrants de retour d'Europe et\n"
        "du Golfe qui ont créé des activités agricoles et artisanales dans la région\n"
        "d'Agadir.\n\n"
        "Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.\n\n"
        "Naïma Bouzid\n"
        "CERS - Agadir, Maroc\n"
        "+212 6 61 00 24 87\n")
letter(3, frm=("Naima Bouzid", "naima.bouzid@cers-souss.example.ma"),
       subject="Demande d'intervention - table ronde III",
       sent=dt.datetime(2021, 2, 1, 16, 47, 9, tzinfo=RABAT), delay_s=6, relay="mail-wr1-f45.google.com",
       body=alt(FR03, html_doc(paras(FR03), "fr")),
       label={"category": "speaker_request", "language": "fr", "on_time": True,
              "speakers": [spk("Naïma Bouzid", "Présidente",
                               "Coopérative des entrepreneurs de retour du Souss (CERS)", ["roundtable"], 3)],
              "notes": "roundtable in Roman numerals ('table ronde III'); 'Mme' before the name; sender is the "
                       "speaker; display name without the diaeresis."})

# --- 04 en: diaspora association, two speakers, second with no title or affiliation
letter(4, frm=("Dr. Anil Kumar Menon", "anil.menon@iwwf-doha.example.org"),
       subject="Participation in GCM Regional Review - two speakers",
       sent=dt.datetime(2021, 2, 2, 9, 31, 55, tzinfo=RIYADH), delay_s=11, relay="mail-pj1-f52.google.com",
       body=alt(t04 := (
           "Dear Sir/Madam,\n\n"
           "The Indian Workers' Welfare Forum (IWWF), Doha, is happy to take part in the\n"
           "Regional Review. We would like to propose two speakers:\n\n"
           "1) Dr. Anil Kumar Menon, President, Indian Workers' Welfare Forum (IWWF) - as\n"
           "rapporteur to present the stakeholders' key messages, if this is possible.\n\n"
           "2) Ms. Priya Nair, a returnee domestic worker who will share her own\n"
           "experience, for a floor intervention in Roundtable 2.\n\n"
           "Ms. Nair is not a member of staff; we would support her connection on the day.\n\n"
           "Best regards,\n"
           "Dr. Anil Kumar Menon\n"
           "President, IWWF\n"
           "+974 5555 1023\n"), html_doc(paras(t04))),
       label={"category": "speaker_request", "language": "en", "on_time": True,
              "speakers": [spk("Anil Kumar Menon", "President", "Indian Workers' Welfare Forum (IWWF)", ["rapporteur"]),
                           spk("Priya Nair", None, None, ["roundtable"], 2)],
              "notes": "two speakers in a numbered list; second one has neither title nor affiliation "
                       "(a returnee worker, explicitly not staff); ', Doha' is the location, not the name."})

# --- 05 ar: consular department of a ministry of foreign affairs, prose, الدكتور, plenary
AR05 = ("السادة/ المنظمة الدولية للهجرة - المكتب الإقليمي\n"
        "تحية طيبة،\n\n"
        "يطيب لإدارة شؤون المواطنين بالخارج بوزارة الشؤون الخارجية والتعاون الإفريقي\n"
        "والموريتانيين في الخارج أن تبلغكم برغبة الدكتور محمد الأمين ولد أحمد سالم، مدير شؤون\n"
        "المواطنين بالخارج، في إلقاء كلمة خلال الجلسة العامة للمؤتمر يومي ٢٤ و٢٥ فبراير ٢٠٢١.\n\n"
        "وسيتناول في مداخلته تجربة الإدارة في الخدمات القنصلية المقدمة للجاليات الموريتانية\n"
        "في دول الخليج وغرب إفريقيا.\n\n"
        "مع خالص التحية،\n\n"
        "مكتب السكرتاريا\n"
        "إدارة شؤون المواطنين بالخارج\n"
        "نواكشوط\n")
letter(5, frm=("Secrétariat DCE", "secretariat.dce@diplomatie.example.mr"),
       subject="طلب مداخلة في الجلسة العامة",
       sent=dt.datetime(2021, 2, 2, 11, 20, 0, tzinfo=NOUAKCHOTT), delay_s=23, mailer=OUTLOOK,
       body=alt(AR05, html_doc(paras(AR05), "ar", rtl=True), cte="b64"),
       label={"category": "speaker_request", "language": "ar", "on_time": True,
              "speakers": [spk("محمد الأمين ولد أحمد سالم", "مدير شؤون المواطنين بالخارج",
                               "إدارة شؤون المواطنين بالخارج بوزارة الشؤون الخارجية والتعاون الإفريقي "
                               "والموريتانيين في الخارج", ["plenary"])],
              "notes": "all details in one prose sentence, name after the honorific 'الدكتور', title in apposition; "
                       "sent by a secretariat mailbox with a French display name; affiliation is a department "
                       "inside a ministry, hard-wrapped across two lines."})

# --- 06 fr: Senegalese diaspora association in Mauritania, M., no title, plenary
letter(6, frm=("Association Sénégalais de Nouadhibou", "asn.nouadhibou@example.sn"),
       subject="Inscription orateur - séance plénière",
       sent=dt.datetime(2021, 2, 2, 18, 2, 31, tzinfo=NOUAKCHOTT), delay_s=8, relay="mail-ed1-f41.google.com",
       body=text(
           "Bonjour,\n\n"
           "Nous avons bien reçu la lettre d'invitation et nous vous remercions.\n\n"
           "L'Association des ressortissants sénégalais de Nouadhibou (ARSN) souhaite\n"
           "que M. Ousmane Ndiaye prenne la parole en séance plénière pour parler de la\n"
           "situation des pêcheurs et des travailleurs saisonniers sénégalais en\n"
           "Mauritanie.\n\n"
           "Merci de nous confirmer la suite.\n\n"
           "Cordialement,\n"
           "Pour le bureau de l'ARSN\n"
           "Fatou Diallo\n"
           "Tél. +222 46 00 12 34\n", cte="qp"),
       label={"category": "speaker_request", "language": "fr", "on_time": True,
              "speakers": [spk("Ousmane Ndiaye", None, "Association des ressortissants sénégalais de Nouadhibou (ARSN)",
                               ["plenary"])],
              "notes": "no title given for the speaker; written by another board member; display name of the "
                       "mailbox differs from the association's name written in the body."})

# --- 07 en: UN Women country office, Outlook HTML-only, details in a table
H07 = ("<p>Dear GCM Regional Review Secretariat,</p>"
       "<p>Further to the invitation, UN Women would like to nominate the following colleague for the "
       "open discussion of the multi-stakeholder consultation on 23 February:</p>"
       '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
       "<tr><td><b>Name</b></td><td>Ms. Layla Haddad-Rizk</td></tr>"
       "<tr><td><b>Title</b></td><td>Programme Specialist, Women&#39;s Economic Empowerment</td></tr>"
       "<tr><td><b>Organisation</b></td><td>UN Women Egypt Country Office</td></tr>"
       "<tr><td><b>Email</b></td><td>layla.haddad-rizk@unwomen.example.org</td></tr></table>"
       "<p>Many thanks and kind regards,</p>"
       '<p style="color:#1f497d">Mona El-Sherif<br>Programme Associate<br>UN Women Egypt Country Office'
       "<br>Cairo, Egypt<br>T: +20 2 2555 0190</p>")
b07 = text(html_doc(H07), "html", cte="qp")
letter(7, frm=("Mona El-Sherif", "mona.el-sherif@unwomen.example.org"),
       subject="Nomination - open discussion 23 Feb", mailer=OUTLOOK,
       sent=dt.datetime(2021, 2, 2, 14, 44, 12, tzinfo=CAIRO), delay_s=5, body=b07,
       extra={"Thread-Index": "AdcJKxP0q8mXy1tBTUuPWAoA7u0Pjw==", "X-MS-Has-Attach": ""},
       label={"category": "speaker_request", "language": "en", "on_time": True,
              "speakers": [spk("Layla Haddad-Rizk", "Programme Specialist, Women's Economic Empowerment",
                               "UN Women Egypt Country Office", ["open_discussion"])],
              "notes": "Outlook HTML-only (no text/plain part); details in a two-column table; the title "
                       "contains a comma and an HTML entity apostrophe; sender is a colleague, not the speaker."})

# --- 08 ar: governorate social affairs office, details only in the signature, open discussion
letter(8, frm=("خالد الزهراني", "k.alzahrani@social-jeddah.example.sa"),
       subject="المشاركة في النقاش المفتوح",
       sent=dt.datetime(2021, 2, 3, 8, 55, 40, tzinfo=RIYADH), delay_s=7, relay="mail-lf1-f54.google.com",
       body=text(
           "السلام عليكم ورحمة الله وبركاته\n\n"
           "أود المشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم ٢٣ فبراير،\n"
           "للحديث عن برامج الدعم الاجتماعي المقدمة للعمالة الوافدة وأسرها على مستوى المحافظة.\n\n"
           "شاكرين لكم حسن تعاونكم.\n\n"
           "--\n"
           "خالد بن سعد الزهراني\n"
           "رئيس قسم الرعاية الاجتماعية\n"
           "مكتب الشؤون الاجتماعية بمحافظة جدة\n"
           "جوال: +966 55 500 1844\n", cte="b64"),
       label={"category": "speaker_request", "language": "ar", "on_time": True,
              "speakers": [spk("خالد بن سعد الزهراني", "رئيس قسم الرعاية الاجتماعية",
                               "مكتب الشؤون الاجتماعية بمحافظة جدة", ["open_discussion"])],
              "notes": "first-person request; name, title and affiliation only in the signature block; the "
                       "signature name is longer than the display name; governorate name is part of the office's name."})

# --- 09 fr: think-tank researcher, roundtable not yet chosen (followed up in 12)
S09 = dt.datetime(2021, 2, 3, 11, 38, 20, tzinfo=tz(1))
FR09 = ("Bonjour,\n\n"
        "Le Centre tunisien d'études sur les migrations et la mobilité (CTEMM) souhaite\n"
        "proposer Dr Hela Ben Slimane, chercheuse principale, pour une intervention\n"
        "dans l'une des tables rondes thématiques. Je vous confirme le choix de la\n"
        "table ronde dans les prochains jours, après consultation de l'équipe.\n\n"
        "Bien à vous,\n\n"
        "Hela Ben Slimane\n"
        "Chercheuse principale - CTEMM\n"
        "Tunis\n")
letter(9, frm=("Hela Ben Slimane", "h.benslimane@ctemm.example.tn"),
       subject="Proposition d'intervenante - CTEMM",
       sent=S09, delay_s=12, mailer="Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
       body=text(FR09, cte="qp"),
       label={"category": "speaker_request", "language": "fr", "on_time": True,
              "speakers": [spk("Hela Ben Slimane", "Chercheuse principale",
                               "Centre tunisien d'études sur les migrations et la mobilité (CTEMM)", ["roundtable"])],
              "notes": "roundtable role without a number yet (chosen in a follow-up); 'Dr' without a period; "
                       "speaker writes about herself in the third person."})

# --- 10 en: short phone message, Ugandan migrant-led group, no title
letter(10, frm=("Grace Namutebi", "gracenamutebi@example.com"),
       subject="Speaking",
       sent=dt.datetime(2021, 2, 3, 21, 14, 3, tzinfo=RIYADH), delay_s=18, relay="mail-yb1-f178.google.com",
       body=text(
           "Hello, I'm Grace Namutebi from Uganda Migrant Workers Community Riyadh (UMWCR). "
           "Kindly put my name for the open discussion on 23rd. Thanks\n\n"
           "Sent from my iPhone\n", cte="8bit"),
       extra={"X-Mailer": "iPhone Mail (18C66)"},
       label={"category": "speaker_request", "language": "en", "on_time": True,
              "speakers": [spk("Grace Namutebi", None, "Uganda Migrant Workers Community Riyadh (UMWCR)",
                               ["open_discussion"])],
              "notes": "two-line phone message, no title, no greeting/closing; 'Riyadh' is part of the group's "
                       "name (the acronym includes it); 'on 23rd' is the only pointer to the open discussion."})

# --- 11 ar: Sudanese community association, two speakers in a table (HTML + plain)
AR11_PLAIN = ("السادة الأفاضل،\n\n"
              "تتقدم رابطة الجالية السودانية بالإمارات بطلب مشاركة متحدثَين في المؤتمر:\n\n"
              "الاسم | الصفة | الجهة | نوع المشاركة\n"
              "عوض الكريم إبراهيم | رئيس الرابطة | رابطة الجالية السودانية بالإمارات | الجلسة العامة\n"
              "سلمى حسن الطيب | مسؤولة ملف المرأة | رابطة الجالية السودانية بالإمارات | المائدة المستديرة ٤\n\n"
              "مع الشكر والتقدير\n"
              "أمانة الرابطة\n")
rows11 = [ln.split(" | ") for ln in AR11_PLAIN.split("\n") if " | " in ln]
H11 = ("<p>السادة الأفاضل،</p><p>تتقدم رابطة الجالية السودانية بالإمارات بطلب مشاركة متحدثَين في المؤتمر:</p>"
       '<table border="1" cellpadding="3">'
       + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows11)
       + "</table><p>مع الشكر والتقدير<br>أمانة الرابطة</p>")
letter(11, frm=("رابطة الجالية السودانية", "sudanese.community.uae@example.com"),
       subject="طلب مشاركة متحدثين",
       sent=dt.datetime(2021, 2, 4, 10, 2, 17, tzinfo=DUBAI), delay_s=9, relay="mail-wm1-f67.google.com",
       body=alt(AR11_PLAIN, html_doc(H11, "ar", rtl=True), cte="b64"),
       label={"category": "speaker_request", "language": "ar", "on_time": True,
              "speakers": [spk("عوض الكريم إبراهيم", "رئيس الرابطة", "رابطة الجالية السودانية بالإمارات", ["plenary"]),
                           spk("سلمى حسن الطيب", "مسؤولة ملف المرأة", "رابطة الجالية السودانية بالإمارات",
                               ["roundtable"], 4)],
              "notes": "two speakers in a table (HTML table, pipe-separated in the plain part); roundtable "
                       "number in an Arabic-Indic digit; country is part of the association's name."})

# --- 12 fr: follow-up reply to 09 giving the roundtable number
letter(12, frm=("Hela Ben Slimane", "h.benslimane@ctemm.example.tn"),
       subject="Re: Proposition d'intervenante - CTEMM",
       sent=dt.datetime(2021, 2, 4, 15, 3, 44, tzinfo=tz(1)), delay_s=10,
       mailer="Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
       in_reply_to=msgid(9, S09, "ctemm.example.tn"),
       body=text(
           "Bonjour,\n\n"
           "Suite à mon message ci-dessous : après discussion avec l'équipe, nous\n"
           "retenons la table ronde 2. Merci d'en prendre note.\n\n"
           "Bien cordialement,\n"
           "Hela Ben Slimane\n\n"
           "Le 03/02/2021 à 11:38, Hela Ben Slimane a écrit :\n"
           + "".join("> " + ln + "\n" if ln else ">\n" for ln in FR09.rstrip("\n").split("\n")), cte="qp"),
       label={"category": "speaker_request", "language": "fr", "on_time": True,
              "speakers": [spk("Hela Ben Slimane", "Chercheuse principale",
                               "Centre tunisien d'études sur les migrations et la mobilité (CTEMM)",
                               ["roundtable"], 2)],
              "thread_of": "h30-09.eml",
              "notes": "follow-up to h30-09 adding only the roundtable number; speaker, title and affiliation "
                       "are only in the '>'-quoted original."})

# --- 13 en: think tank report, PDF, Outlook, disclaimer
PDF13 = "GCM Review - Gulf Labour Mobility Institute.pdf"
letter(13, frm=("Omar Al-Khatib", "o.alkhatib@glmi.example.org"),
       subject="Voluntary GCM review report - Gulf Labour Mobility Institute", mailer=OUTLOOK,
       sent=dt.datetime(2021, 2, 9, 17, 26, 5, tzinfo=DUBAI), delay_s=31,
       body=mixed(alt(t13 := (
           "Dear colleagues,\n\n"
           "Please find attached the voluntary GCM review report prepared by the Gulf\n"
           "Labour Mobility Institute (GLMI), covering progress on objectives 6, 7 and\n"
           "16 in the GCC countries since 2018.\n\n"
           "We would be glad to answer any questions.\n\n"
           "Kind regards,\n"
           "Omar Al-Khatib\n"
           "Senior Research Fellow\n"
           "Gulf Labour Mobility Institute | Dubai, UAE\n"
           "T +971 4 555 0877\n\n" + DISCLAIMER_EN + "\n"), html_doc(paras(t13))),
           attach(tiny_pdf(["Gulf Labour Mobility Institute", "Voluntary GCM Review Report, February 2021",
                            "1. Introduction", "2. Objectives 6, 7 and 16"], "GLMI GCM review"),
                  "application/pdf", PDF13)),
       label={"category": "voluntary_report", "language": "en", "on_time": True, "report_attachments": [PDF13],
              "notes": "plain report submission with spaces and a hyphen in the PDF name; confidentiality "
                       "disclaimer at the end."})

# --- 14 ar: collective report from a network, PDF with Arabic file name (Gmail RFC 2047)
PDF14 = "التقرير الطوعي المشترك - الشبكة العربية لحقوق العمال المهاجرين.pdf"
AR14 = ("الزملاء الأعزاء في فريق الاستعراض الإقليمي،\n\n"
        "نرسل إليكم مرفقاً التقرير الطوعي المشترك الذي أعدته الشبكة العربية لحقوق العمال المهاجرين\n"
        "بمشاركة ١٤ منظمة عضواً من ثماني دول عربية، في إطار الاستعراض الإقليمي للاتفاق العالمي\n"
        "من أجل الهجرة الآمنة والمنظمة والنظامية.\n\n"
        "نرجو تأكيد الاستلام.\n\n"
        "مع التحية،\n"
        "ريم منصور\n"
        "منسقة الشبكة العربية لحقوق العمال المهاجرين\n"
        "بيروت\n")
letter(14, frm=("Reem Mansour", "coordination.arnmwr@example.org"),
       subject="التقرير الطوعي المشترك للشبكة",
       sent=dt.datetime(2021, 2, 11, 12, 40, 51, tzinfo=BEIRUT), delay_s=6, relay="mail-ej1-f44.google.com",
       body=mixed(alt(AR14, html_doc(paras(AR14), "ar", rtl=True), cte="b64"),
                  attach(tiny_pdf(["Arab Network for Migrant Workers' Rights", "Joint voluntary GCM review report",
                                   "Contributions from 14 member organisations"], "Joint report"),
                         "application/pdf", PDF14, style="2047")),
       label={"category": "voluntary_report", "language": "ar", "on_time": True, "report_attachments": [PDF14],
              "notes": "collective report of a network of 14 organisations; Arabic attachment name as a Gmail-style "
                       "RFC 2047 encoded-word; PDF content in English."})

# --- 15 fr: Lebanese NGO report, PDF, Thunderbird, RFC 2231 accented name
PDF15 = "Rapport_volontaire_PMF-Liban_février2021.pdf"
letter(15, frm=("Carole Abi Nader", "carole.abinader@pmf-liban.example.org"),
       subject="Rapport volontaire d'examen du PMM - Plateforme Migrants et Familles",
       sent=dt.datetime(2021, 2, 12, 9, 15, 37, tzinfo=BEIRUT), delay_s=4,
       mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1",
       body=mixed(text(
           "Chers collègues,\n\n"
           "Veuillez trouver ci-joint le rapport volontaire de la Plateforme Migrants et\n"
           "Familles (PMF-Liban) dans le cadre de l'examen régional du Pacte mondial sur\n"
           "les migrations. Le rapport porte sur la situation des travailleuses\n"
           "domestiques migrantes et sur l'accès aux documents d'état civil.\n\n"
           "Bien cordialement,\n"
           "Carole Abi Nader\n"
           "Directrice exécutive, PMF-Liban\n"
           "Beyrouth - +961 1 555 330\n", cte="qp"),
           attach(tiny_pdf(["Plateforme Migrants et Familles", "Rapport volontaire - examen du PMM",
                            "Fevrier 2021"], "Rapport PMF"), "application/pdf", PDF15, style="2231")),
       label={"category": "voluntary_report", "language": "fr", "on_time": True, "report_attachments": [PDF15],
              "notes": "accented file name in RFC 2231 encoding; French uses 'PMM' (Pacte mondial sur les "
                       "migrations) rather than 'GCM'."})

# --- 16 en: employers' federation, DOCX sent as application/octet-stream
DOCX16 = "EFME_GCM_voluntary_review_final.docx"
letter(16, frm=("Hisham Farouk", "h.farouk@efme.example.org"),
       subject="FW: EFME contribution - GCM regional review", mailer=OUTLOOK,
       sent=dt.datetime(2021, 2, 15, 14, 2, 26, tzinfo=CAIRO), delay_s=13,
       body=mixed(text(
           "Dear GCM team,\n\n"
           "Forwarding below the contribution of the Employers' Federation of the Middle\n"
           "East (EFME) to the regional review, as approved by our board. The report is\n"
           "attached in Word format.\n\n"
           "Regards,\n"
           "Hisham Farouk\n"
           "Policy Adviser, EFME\n\n"
           "From: Nadia Samir <n.samir@efme.example.org>\n"
           "Sent: Monday, February 15, 2021 12:40 PM\n"
           "To: Hisham Farouk <h.farouk@efme.example.org>\n"
           "Subject: EFME contribution - GCM regional review\n\n"
           "Hisham, final version attached after the board's comments - can you send it\n"
           "to IOM today please? Thanks, Nadia\n", cte="qp"),
           attach(tiny_docx(["Employers' Federation of the Middle East (EFME)",
                             "Voluntary GCM review report - fair recruitment and skills partnerships"]),
                  "application/octet-stream", DOCX16)),
       label={"category": "voluntary_report", "language": "en", "on_time": True, "report_attachments": [DOCX16],
              "notes": "DOCX labelled application/octet-stream; forwarded internal note (Outlook header block) "
                       "quoted under the cover text."})

# --- 17 ar: bar association's migration committee: report (DOCX) + speaker (roundtable 4)
DOCX17 = "تقرير لجنة الهجرة واللجوء - نقابة المحامين.docx"
AR17 = ("السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة\n\n"
        "تحية طيبة وبعد،\n\n"
        "أولاً: نرفق لكم التقرير الطوعي للجنة الهجرة واللجوء بنقابة المحامين في طرابلس\n"
        "حول المساعدة القانونية للمهاجرين وضحايا الاتجار.\n\n"
        "ثانياً: نرشح الأستاذة ندى كرم، رئيسة لجنة الهجرة واللجوء، للمشاركة بمداخلة في\n"
        "المائدة المستديرة الرابعة.\n\n"
        "وتفضلوا بقبول الاحترام.\n\n"
        "أمين سر اللجنة\n"
        "المحامي طارق سليمان\n"
        "هاتف: +961 6 555 412\n")
letter(17, frm=("Tarek Sleiman", "migration.committee@tripolibar.example.lb"),
       subject="تقرير طوعي وترشيح متحدثة - لجنة الهجرة واللجوء",
       sent=dt.datetime(2021, 2, 4, 13, 30, 2, tzinfo=BEIRUT), delay_s=8, mailer=OUTLOOK,
       body=mixed(alt(AR17, html_doc(paras(AR17), "ar", rtl=True), cte="b64"),
                  attach(tiny_docx(["تقرير لجنة الهجرة واللجوء", "المساعدة القانونية للمهاجرين وضحايا الاتجار"],
                                   rtl=True), DOCX, DOCX17, style="2231")),
       label={"category": "both", "language": "ar", "on_time": True, "report_attachments": [DOCX17],
              "speakers": [spk("ندى كرم", "رئيسة لجنة الهجرة واللجوء",
                               "لجنة الهجرة واللجوء بنقابة المحامين في طرابلس", ["roundtable"], 4)],
              "notes": "report and nomination in numbered paragraphs (أولاً/ثانياً); 'الأستاذة' is the honorific "
                       "for lawyers; affiliation only written as 'لجنة الهجرة واللجوء بنقابة المحامين في طرابلس' "
                       "in the first paragraph; Arabic DOCX name in RFC 2231."})

# --- 18 fr: observatory report, DOCX, received after the report deadline
DOCX18 = "Contribution OMDM - examen régional PMM.docx"
letter(18, frm=("Youssef El Idrissi", "y.elidrissi@omdm.example.ma"),
       subject="Contribution de l'OMDM - désolé pour le retard",
       sent=dt.datetime(2021, 2, 17, 10, 5, 44, tzinfo=RABAT), delay_s=20, relay="mail-wr1-f41.google.com",
       body=mixed(alt(t18 := (
           "Madame, Monsieur,\n\n"
           "Avec un jour de retard, dont nous nous excusons, voici la contribution de\n"
           "l'Observatoire marocain de la diaspora et des migrations (OMDM) à l'examen\n"
           "régional du Pacte mondial. Nous espérons qu'elle pourra encore être prise en\n"
           "compte dans la synthèse.\n\n"
           "Cordialement,\n"
           "Pr. Youssef El Idrissi\n"
           "Directeur, OMDM - Rabat\n"), html_doc(paras(t18), "fr")),
           attach(tiny_docx(["Observatoire marocain de la diaspora et des migrations",
                             "Contribution a l'examen regional du Pacte mondial sur les migrations"]),
                  DOCX, DOCX18, style="2231")),
       label={"category": "voluntary_report", "language": "fr", "on_time": False, "report_attachments": [DOCX18],
              "notes": "arrives the day after the extended report deadline and says so; file name with spaces "
                       "and an accent."})

# --- 19 en: visa question from a Nigerian diaspora organisation
letter(19, frm=("Chinedu Okafor", "chinedu.okafor@nidocme.example.org"),
       subject="Visa support letter for the conference?",
       sent=dt.datetime(2021, 2, 5, 9, 48, 10, tzinfo=DUBAI), delay_s=15, relay="mail-pg1-f193.google.com",
       body=text(
           "Good morning,\n\n"
           "Our chairman would like to attend the conference in person if it is held in\n"
           "Cairo. He holds a Nigerian passport and resides in Dubai. Could IOM provide a\n"
           "letter of invitation for the visa application, and is the meeting in person\n"
           "or online only?\n\n"
           "Thank you,\n"
           "Chinedu Okafor\n"
           "Secretary, Nigerians in Diaspora Organisation - Middle East (NIDO-ME)\n"
           "+971 52 555 6610\n", cte="8bit"),
       label={"category": "other", "language": "en", "on_time": None,
              "notes": "visa/invitation-letter question; mentions attending the conference but proposes no "
                       "speaking role."})

# --- 20 ar: logistics question (connection details, interpretation)
letter(20, frm=("منى العتيبي", "mona.alotaibi@ksu-students.example.sa"),
       subject="استفسار عن رابط المشاركة والترجمة",
       sent=dt.datetime(2021, 2, 8, 19, 22, 33, tzinfo=RIYADH), delay_s=9, relay="mail-qk1-f172.google.com",
       body=text(
           "مساء الخير،\n\n"
           "هل سيتم إرسال رابط الاجتماع عبر البريد الإلكتروني لكل المسجلين؟ وهل تتوفر ترجمة فورية\n"
           "بين العربية والإنجليزية والفرنسية خلال الموائد المستديرة؟\n\n"
           "شكراً جزيلاً\n\n"
           "مرسل من جهاز Samsung Galaxy الخاص بي\n", cte="b64"),
       label={"category": "other", "language": "ar", "on_time": None,
              "notes": "logistics question (meeting link, interpretation) mentioning the roundtables without "
                       "asking to speak; Samsung mobile footer."})

# --- 21 fr: thank-you replying to our acknowledgement (nothing new)
ACK21 = "<ack.2021020811.3391@gcmrrarabstates.iom.int>"
letter(21, frm=("Abdou Karim Sow", "ak.sow@jeunesse-migrante.example.sn"),
       subject="RE: Accusé de réception - Examen régional du PMM",
       sent=dt.datetime(2021, 2, 9, 8, 10, 0, tzinfo=NOUAKCHOTT), delay_s=7, mailer=OUTLOOK,
       in_reply_to=ACK21,
       body=text(
           "Merci beaucoup pour votre confirmation. Bonne préparation de la conférence !\n\n"
           "Abdou Karim Sow\n\n"
           "-----Message d'origine-----\n"
           "De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
           "Envoyé : lundi 8 février 2021 11:02\n"
           "À : Abdou Karim Sow <ak.sow@jeunesse-migrante.example.sn>\n"
           "Objet : Accusé de réception - Examen régional du PMM\n\n"
           "Madame, Monsieur,\n"
           "Nous accusons réception de votre message et vous en remercions.\n", cte="qp"),
       label={"category": "other", "language": "fr", "acknowledge": False, "on_time": None,
              "notes": "thank-you in reply to one of our acknowledgements (not in this set): adds nothing, "
                       "must not be acknowledged; the quoted acknowledgement is the organisers' text."})

# --- 22 en: late speaker request replying to the organisers' call, quoting it
letter(22, frm=("Siti Rahayu", "siti@hotline-pmi.example.id"),
       subject="RE: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
       sent=dt.datetime(2021, 2, 8, 14, 5, 18, tzinfo=tz(7)), delay_s=12, mailer=OUTLOOK,
       in_reply_to="<invitation.gcmrr.2021@iom.int>",
       body=text(
           "Dear Organisers,\n\n"
           "Apologies for the late reply, we only saw the invitation now. Our helpline\n"
           "would still very much like to contribute. We propose:\n\n"
           "Name: Siti Rahayu\n"
           "Position: Helpline Coordinator\n"
           "Organization: Migrant Domestic Workers Helpline Indonesia - Middle East\n"
           "Preferred: roundtable on protection (Roundtable 1)\n\n"
           "Best regards,\n"
           "Siti Rahayu\n"
           "WhatsApp +62 812 5555 0193\n\n"
           "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
           "Sent: Friday, January 22, 2021 3:00 PM\n"
           "Subject: Invitation - Regional Review of the Global Compact for Migration in the Arab Region\n\n"
           "Dear Colleagues,\n"
           "Stakeholders are invited to submit voluntary GCM review reports by 16 February\n"
           "2021. Stakeholders wishing to take part in the open discussion, to serve as\n"
           "rapporteur, or to make a floor intervention in the plenary or in one of the\n"
           "four thematic roundtables are requested to send the name, title and\n"
           "affiliation of the speaker by Friday 5 February 2021.\n", cte="qp"),
       label={"category": "speaker_request", "language": "en", "on_time": False,
              "speakers": [spk("Siti Rahayu", "Helpline Coordinator",
                               "Migrant Domestic Workers Helpline Indonesia - Middle East", ["roundtable"], 1)],
              "notes": "received three days after the speaker deadline; reply quoting the organisers' call "
                       "(Outlook style, not '>'-prefixed) which lists every role and the report call; "
                       "' - Middle East' is part of the helpline's name."})

# --- 23 ar: student association, minutes after the speaker deadline
letter(23, frm=("فيصل الحربي", "f.alharbi@migration-students.example.sa"),
       subject="طلب مشاركة طالب في الجلسة العامة",
       sent=dt.datetime(2021, 2, 6, 1, 12, 30, tzinfo=RIYADH), delay_s=16, relay="mail-io1-f48.google.com",
       body=alt(ar23 := (
           "السلام عليكم،\n\n"
           "أرجو قبول مشاركتي بكلمة قصيرة في الجلسة العامة باسم جمعية طلاب دراسات الهجرة\n"
           "بجامعة الملك عبدالعزيز.\n\n"
           "الاسم: فيصل عبدالرحمن الحربي\n"
           "الصفة: رئيس الجمعية (طالب دكتوراه)\n\n"
           "وشكراً.\n"), html_doc(paras(ar23), "ar", rtl=True), cte="b64"),
       label={"category": "speaker_request", "language": "ar", "on_time": False,
              "speakers": [spk("فيصل عبدالرحمن الحربي", "رئيس الجمعية (طالب دكتوراه)",
                               "جمعية طلاب دراسات الهجرة بجامعة الملك عبدالعزيز", ["plenary"])],
              "notes": "sent 01:12 Riyadh time on 6 Feb = 00:12 Beirut: 13 minutes after the speaker deadline; "
                       "affiliation only in the prose and hard-wrapped over two lines."})

# --- 24 fr: request for the agenda
letter(24, frm=("Dr Aminata Traoré", "aminata.traore@univ-nkc.example.mr"),
       subject="Demande de l'ordre du jour",
       sent=dt.datetime(2021, 2, 10, 12, 33, 9, tzinfo=NOUAKCHOTT), delay_s=10, relay="mail-oi1-f180.google.com",
       body=text(
           "Bonjour,\n\n"
           "Pourriez-vous m'envoyer le programme provisoire (ordre du jour) de la\n"
           "consultation du 23 février et de la conférence des 24-25 février, avec les\n"
           "thèmes des quatre tables rondes ? Je souhaite le partager avec mes étudiants.\n\n"
           "Merci d'avance,\n"
           "Dr Aminata Traoré\n"
           "Maître de conférences, Université de Nouakchott\n\n"
           "Envoyé de mon iPad\n", cte="qp"),
       label={"category": "other", "language": "fr", "on_time": None,
              "notes": "agenda request naming the roundtables and dates; an academic signature with title and "
                       "affiliation but no speaking request."})


# ----------------------------------------------------------------- output
def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    pol = compat32.clone(linesep="\r\n")
    labels = []
    for m in MESSAGES:
        parts = [p for p in m["msg"].walk() if p.is_multipart()]
        for i, part in enumerate(parts):  # fixed boundaries keep the output byte-for-byte reproducible
            part.set_boundary(f"----=_Part_{m['file'][4:6]}{i}_30{i}7.16{m['file'][4:6]}")
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m["msg"])
        with open(os.path.join(OUT, m["file"]), "wb") as f:
            f.write(buf.getvalue())
        labels.append(m["label"])
    fields = ["file", "received_at", "category", "language", "acknowledge", "on_time", "speakers",
              "report_attachments", "thread_of", "notes"]
    labels = [{k: e[k] for k in fields} for e in labels]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
