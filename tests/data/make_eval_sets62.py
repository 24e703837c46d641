#!/usr/bin/env python3
"""Write the blind evaluation set holdout62 (24 raw .eml messages + labels.json).

Theme: humanitarian actors in Iraq, Syria, Yemen, Sudan and Libya (Red Crescent societies,
child-protection and disability-rights NGOs, camp-coordination networks, an INGO country office).
All people and most organisations are invented; domains use example.* names.

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets62.py
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
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout62")
BOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
INVITE_SUBJ = ("Invitation: Regional Review of the Global Compact for Migration in the Arab "
               "region - 23-25 February 2021")
PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a0e1d2e50000000049454e44ae426082")


# ----------------------------------------------------------------------------- builders
def make_pdf(lines):
    """A tiny valid one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 60 780 Td " + " ".join("(%s) '" % esc(l) for l in lines) + " ET"
    stream = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs):
    """A tiny valid DOCX (zip with [Content_Types].xml, _rels/.rels, word/document.xml)."""
    from xml.sax.saxutils import escape
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def charset(name, enc):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[enc]
    return c


def text(body, sub="plain", cs="utf-8", enc="qp", flowed=False):
    p = MIMENonMultipart("text", sub)
    p.set_payload(body, charset(cs, enc))
    del p["MIME-Version"]
    if flowed:
        p.set_param("format", "flowed")
    return p


def multi(sub, boundary, *parts):
    m = MIMEMultipart(sub, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attach(data, ctype, filename, style="2231", inline=False, cid=None):
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype)
    del p["MIME-Version"]
    p.set_payload(data)
    encoders.encode_base64(p)
    if style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=76).replace("\n ", " ")
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=enc)
    elif style == "2231":
        p.set_param("name", filename, charset="utf-8")
        p.add_header("Content-Disposition", "inline" if inline else "attachment",
                     filename=("utf-8", "", filename))
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    if cid:
        p.add_header("Content-ID", "<%s>" % cid)
    return p


def addr(name, email, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def serialize(root, headers, rcv):
    """headers: list of (name, value); rcv: dict(at, host, ip, qid, ret)."""
    content = list(root._headers)
    root._headers = []
    for k, v in headers:
        root[k] = v
    root["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() != "mime-version":
            root._headers.append((k, v))
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=compat32.clone(linesep="\r\n"))
    g.flatten(root, unixfrom=False, linesep="\r\n")
    trace = ("Return-Path: <%s>\r\n" % rcv["ret"]
             + "Delivered-To: %s\r\n" % BOX
             + "Received: from %s (%s [%s])\r\n" % (rcv["host"], rcv["host"], rcv["ip"])
             + "\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n" % rcv["qid"]
             + "\tfor <%s>; %s (EET)\r\n" % (BOX, format_datetime(rcv["at"])))
    return trace.encode("ascii") + buf.getvalue()


def at(s):
    return dt.datetime.fromisoformat(s)


def dstr(d, tz_hours=2):
    return format_datetime(d.astimezone(dt.timezone(dt.timedelta(hours=tz_hours))))


MESSAGES = []  # (file, bytes, label)


def add(file, raw, **label):
    lab = {"file": file}
    lab.update(label)
    MESSAGES.append((file, raw, lab))


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def label(received, category, language, ack, on_time, speakers, reports, thread_of, notes):
    return dict(received_at=received, category=category, language=language, acknowledge=ack,
                on_time=on_time, speakers=speakers, report_attachments=reports, thread_of=thread_of,
                notes=notes)


def flow(s, width=72):
    """format=flowed (RFC 3676): soft line breaks end with a space."""
    out = []
    for line in s.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() != "--" else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def html_of(plain, rtl=False, font="Calibri", outlook=False):
    from html import escape
    d = ' dir="rtl"' if rtl else ""
    lines = []
    for line in plain.split("\n"):
        if outlook:
            lines.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, escape(line) if line else "&nbsp;"))
        else:
            lines.append("<div%s>%s</div>" % (d, escape(line) if line else "<br>"))
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style></head>'
            % font)
    return head + '<body lang="EN-US"%s><div class="WordSection1">\n%s\n</div></body></html>' % (d, "\n".join(lines))


def std_headers(frm, to, subject, date, mid, extra=()):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", mid)]
    h.extend(extra)
    return h


# ============================================================================ messages
def m01():
    rec = at("2021-02-01T10:05:12+02:00")
    raw = (
        "Return-Path: <>\r\n"
        "Delivered-To: gcmrrarabstates@iom.int\r\n"
        "Received: by mx1.iom.int (Postfix)\r\n"
        "\tid 3B7C90E211; Mon,  1 Feb 2021 10:05:12 +0200 (EET)\r\n"
        "Date: Mon,  1 Feb 2021 10:05:12 +0200 (EET)\r\n"
        "From: MAILER-DAEMON@mx1.iom.int (Mail Delivery System)\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "To: gcmrrarabstates@iom.int\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        "\tboundary=\"3B7C90E211.1612166712/mx1.iom.int\"\r\n"
        "Message-Id: <20210201080512.3B7C90E211@mx1.iom.int>\r\n"
        "\r\n"
        "This is a MIME-encapsulated message.\r\n"
        "\r\n"
        "--3B7C90E211.1612166712/mx1.iom.int\r\n"
        "Content-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "This is the mail system at host mx1.iom.int.\r\n"
        "\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n"
        "\r\n"
        "For further assistance, please send mail to postmaster.\r\n"
        "\r\n"
        "If you do so, please include this problem report. You can\r\n"
        "delete your own text from the attached returned message.\r\n"
        "\r\n"
        "                   The mail system\r\n"
        "\r\n"
        "<protection.mosul@ngo-relief-iraq.example.org>: host\r\n"
        "    mail.ngo-relief-iraq.example.org[203.0.113.41] said: 552 5.2.2\r\n"
        "    <protection.mosul@ngo-relief-iraq.example.org>: Mailbox quota exceeded\r\n"
        "    (in reply to RCPT TO command)\r\n"
        "\r\n"
        "--3B7C90E211.1612166712/mx1.iom.int\r\n"
        "Content-Description: Delivery report\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx1.iom.int\r\n"
        "X-Postfix-Queue-ID: 3B7C90E211\r\n"
        "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\r\n"
        "Arrival-Date: Mon,  1 Feb 2021 10:04:58 +0200 (EET)\r\n"
        "\r\n"
        "Final-Recipient: rfc822; protection.mosul@ngo-relief-iraq.example.org\r\n"
        "Original-Recipient: rfc822;protection.mosul@ngo-relief-iraq.example.org\r\n"
        "Action: failed\r\n"
        "Status: 5.2.2\r\n"
        "Remote-MTA: dns; mail.ngo-relief-iraq.example.org\r\n"
        "Diagnostic-Code: smtp; 552 5.2.2\r\n"
        "    <protection.mosul@ngo-relief-iraq.example.org>: Mailbox quota exceeded\r\n"
        "\r\n"
        "--3B7C90E211.1612166712/mx1.iom.int\r\n"
        "Content-Description: Undelivered Message\r\n"
        "Content-Type: message/rfc822\r\n"
        "\r\n"
        "Received: from mail-out.iom.int (mail-out.iom.int [192.0.2.10])\r\n"
        "\tby mx1.iom.int (Postfix) with ESMTPS id 3B7C90E211\r\n"
        "\tfor <protection.mosul@ngo-relief-iraq.example.org>; Mon,  1 Feb 2021 10:04:58 +0200 (EET)\r\n"
        "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\r\n"
        "To: protection.mosul@ngo-relief-iraq.example.org\r\n"
        "Subject: Reminder: speaking roles and voluntary GCM review reports\r\n"
        "Date: Mon, 1 Feb 2021 10:04:50 +0200\r\n"
        "Message-ID: <reminder-20210201-0412@iom.int>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "Dear colleagues,\r\n"
        "\r\n"
        "This is a kind reminder that requests for a speaking role (name, title and\r\n"
        "organisational affiliation of the proposed speaker) should reach us by\r\n"
        "Friday 5 February 2021, and voluntary GCM review reports by Tuesday\r\n"
        "16 February 2021, at gcmrrarabstates@iom.int.\r\n"
        "\r\n"
        "Regional UN Network on Migration - Arab region\r\n"
        "\r\n"
        "--3B7C90E211.1612166712/mx1.iom.int--\r\n"
    ).encode("ascii")
    add("h62-01.eml", raw, **label(
        rec.isoformat(), "bounce", "en", False, None, [], [], None,
        "Postfix DSN (multipart/report, delivery-status, 5.2.2 mailbox full) returning our own reminder as a "
        "full message/rfc822 part; the returned text is keyword-heavy (speaking role, name, title, "
        "affiliation, deadlines, review reports) but nothing was submitted; never acknowledge."))


def m02():
    rec = at("2021-02-01T11:32:40+02:00")
    body = (
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au lundi 8 février 2021, avec un accès très limité à ma "
        "messagerie.\n\n"
        "Pour toute question urgente relative aux programmes de protection de l'enfance, merci de "
        "contacter M. Yacine Haddad, Coordinateur des programmes, à l'adresse "
        "yacine.haddad@enfance-sans-frontieres.example.org.\n\n"
        "Cordialement,\n"
        "Lamia Benali\n"
        "Cheffe de mission adjointe\n"
        "Enfance Sans Frontières – Mission Libye\n")
    root = text(body, "plain", "utf-8", "qp")
    hdrs = std_headers(
        addr("Lamia Benali", "lamia.benali@enfance-sans-frontieres.example.org"), BOX,
        subj("Réponse automatique : " + INVITE_SUBJ, "iso-8859-1"),
        dstr(rec - dt.timedelta(seconds=3), 1),
        "<AM6PR02MB4471A0B19E7C3D5F8AC2B1E0D4B80@AM6PR02MB4471.eurprd02.prod.outlook.example.com>",
        [("In-Reply-To", "<invitation-20210129-0001@iom.int>"),
         ("References", "<invitation-20210129-0001@iom.int>"),
         ("Auto-Submitted", "auto-replied"),
         ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "lamia.benali@enfance-sans-frontieres.example.org"),
         ("Content-Language", "fr-FR")])
    raw = serialize(root, hdrs, dict(ret="", host="mail-eopbgr80071.outbound.protection.outlook.example.com",
                                     ip="203.0.113.71", qid="4DTk2B0Zq8z1", at=rec))
    add("h62-02.eml", raw, **label(
        rec.isoformat(), "auto_reply", "fr", False, None, [], [], None,
        "French Exchange out-of-office (Auto-Submitted: auto-replied, null Return-Path) answering the "
        "invitation; the body names a contact person with title and organisation (M. Yacine Haddad, "
        "Coordinateur des programmes) who is not a proposed speaker; subject 'Réponse automatique :' is "
        "Q-encoded ISO-8859-1."))


def m03():
    rec = at("2021-02-01T16:20:05+02:00")
    body = (
        "السادة الكرام في فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،\n\n"
        "تحية طيبة وبعد،\n\n"
        "اسمي عمر الحلبي، وأعمل بصفة Protection Officer في الهلال الأحمر العربي السوري، "
        "وأود أن أعبّر عن رغبتي في تقديم مداخلة في المائدة المستديرة الثانية خلال المؤتمر "
        "يومي 24 و25 شباط/فبراير.\n\n"
        "نعمل منذ عام 2016 مع النازحين داخلياً والعائدين في ريف حلب الشمالي، وبالأخص في مجال لمّ شمل "
        "الأسر والبحث عن المفقودين، ونرغب في مشاركة الدروس المستفادة من هذا العمل.\n\n"
        "مع خالص الشكر والتقدير،\n"
        "عمر الحلبي\n"
        "Protection Officer | الهلال الأحمر العربي السوري\n"
        "حلب، سوريا\n")
    root = multi("alternative", "0000000000007c1e2b05ba44d8e1",
                 text(body, "plain", "utf-8", "b64"),
                 text('<div dir="rtl">' + body.replace("\n", "<br>\n") + "</div>", "html", "utf-8", "b64"))
    hdrs = std_headers(
        addr("عمر الحلبي", "omar.halabi.sarc@gmail.example.com"), BOX,
        subj("طلب مشاركة كمتحدث - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة"),
        dstr(rec - dt.timedelta(seconds=2)),
        "<CAOm3pX7Qd1RfH2v0u9sZkq4YtA8nB6c_WJ5eLr1iTg@mail.gmail.example.com>")
    raw = serialize(root, hdrs, dict(ret="omar.halabi.sarc@gmail.example.com", host="mail-wr1-f54.google.example.com",
                                     ip="203.0.113.54", qid="4DTsQ55mVhz3", at=rec))
    add("h62-03.eml", raw, **label(
        rec.isoformat(), "speaker_request", "ar", True, True,
        [sp("عمر الحلبي", "Protection Officer", "الهلال الأحمر العربي السوري", ["roundtable"], 2)],
        [], None,
        "Arabic sentence with the English job title 'Protection Officer' in Latin script inside it "
        "('أعمل بصفة Protection Officer في ...'); roundtable given as the ordinal word 'الثانية'; "
        "Gmail base64 UTF-8; city line 'حلب، سوريا' after the organisation is not part of it."))


def m04():
    rec = at("2021-02-02T09:41:10+02:00")
    body = (
        "Dear GCM Regional Review Team,\n\n"
        "Thank you for the invitation. On behalf of the Tigris Child Rights Alliance (TCRA), a coalition "
        "of eleven child-protection NGOs working in Ninewa, Kirkuk and Baghdad governorates, I am pleased "
        "to put forward two names for the Regional Review conference.\n\n"
        "First, we would like to nominate my colleague Dr. Yusuf Barzani, Senior Programme Adviser at "
        "TCRA, to serve as rapporteur and deliver the stakeholders' key messages. Yusuf led our "
        "consultations with displaced and returnee families last year and is well placed to summarise "
        "the discussion.\n\n"
        "Second, I would like to request a floor intervention for myself in Roundtable 3, where I would "
        "speak about unaccompanied and separated children in camps and informal settlements.\n\n"
        "Please let me know if you need anything else from us.\n\n"
        "Kind regards,\n\n"
        "Mariam Al-Tikriti\n"
        "Child Protection Coordinator\n"
        "Tigris Child Rights Alliance (TCRA)\n"
        "Erbil, Kurdistan Region of Iraq | +964 750 123 4567\n\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you "
        "have received it in error, please notify the sender and delete it.\n")
    root = multi("alternative", "_000_VI1PR08MB3280E6A9C2C0B1F4D57E8A21B4B70VI1PR08MB3280_",
                 text(body, "plain", "utf-8", "qp"),
                 text(html_of(body, outlook=True), "html", "utf-8", "qp"))
    hdrs = std_headers(
        addr("Mariam Al-Tikriti", "m.altikriti@tcra-iraq.example.org"), BOX,
        "Speaker nominations - Tigris Child Rights Alliance (TCRA)",
        dstr(rec - dt.timedelta(seconds=4), 3),
        "<VI1PR08MB3280E6A9C2C0B1F4D57E8A21B4B70@VI1PR08MB3280.eurprd08.prod.outlook.example.com>",
        [("Thread-Topic", "Speaker nominations - Tigris Child Rights Alliance (TCRA)"),
         ("Content-Language", "en-GB")])
    raw = serialize(root, hdrs, dict(ret="m.altikriti@tcra-iraq.example.org",
                                     host="mail-db8eur05on2071.outbound.protection.outlook.example.com",
                                     ip="203.0.113.80", qid="4DW1cJ2kfRz7", at=rec))
    add("h62-04.eml", raw, **label(
        rec.isoformat(), "speaker_request", "en", True, True,
        [sp("Yusuf Barzani", "Senior Programme Adviser", "Tigris Child Rights Alliance (TCRA)", ["rapporteur"]),
         sp("Mariam Al-Tikriti", "Child Protection Coordinator", "Tigris Child Rights Alliance (TCRA)",
            ["roundtable"], 3)],
        [], None,
        "sender nominates a colleague as rapporteur (title in prose 'Senior Programme Adviser at TCRA', "
        "acronym only there; full name of the organisation earlier in the body) and herself for "
        "Roundtable 3 ('for myself'): her own name/title only in the signature; 'Dr.' is not part of the "
        "name; Date header in +0300."))


def m05():
    rec = at("2021-02-02T14:12:30+02:00")
    body = (
        "Tripoli, le 2 février 2021\n\n"
        "Madame la Présidente,\n\n"
        "J'ai l'honneur de vous faire part de l'intérêt de notre association pour la Revue régionale du "
        "Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, et de vous "
        "soumettre une demande de prise de parole.\n\n"
        "À cet effet, nous avons le plaisir de proposer M. Karim Belhadj, Directeur des programmes de "
        "l'Association libyenne pour les droits des personnes handicapées (ALDPH), pour une intervention "
        "en séance plénière de la conférence des 24 et 25 février 2021. M. Belhadj suit depuis plusieurs "
        "années la situation des personnes migrantes en situation de handicap dans les centres de "
        "détention et les zones urbaines de Tripolitaine.\n\n"
        "Restant à votre disposition pour tout complément d'information, je vous prie d'agréer, Madame la "
        "Présidente, l'expression de ma haute considération.\n\n"
        "Salma Ferjani\n"
        "Présidente\n"
        "Association libyenne pour les droits des personnes handicapées (ALDPH)\n"
        "Rue de Gargaresh, Tripoli – Libye\n")
    root = multi("alternative", "_000_PR3P192MB0715D2F1E8B3A4C6F0B0C9E1A7450PR3P192MB0715_",
                 text(body, "plain", "utf-8", "qp"),
                 text(html_of(body, outlook=True, font="Times New Roman"), "html", "utf-8", "qp"))
    hdrs = std_headers(
        addr("Salma Ferjani", "presidence@aldph-libye.example.org"), BOX,
        subj("Demande de prise de parole – Revue régionale du PMM – ALDPH"),
        dstr(rec - dt.timedelta(seconds=5)),
        "<PR3P192MB0715D2F1E8B3A4C6F0B0C9E1A7450@PR3P192MB0715.EURP192.PROD.OUTLOOK.example.com>",
        [("Content-Language", "fr-FR")])
    raw = serialize(root, hdrs, dict(ret="presidence@aldph-libye.example.org",
                                     host="mail-he1eur04on0612.outbound.protection.outlook.example.com",
                                     ip="203.0.113.12", qid="4DWBq25Hmgz9", at=rec))
    add("h62-05.eml", raw, **label(
        rec.isoformat(), "speaker_request", "fr", True, True,
        [sp("Karim Belhadj", "Directeur des programmes",
            "Association libyenne pour les droits des personnes handicapées (ALDPH)", ["plenary"])],
        [], None,
        "formal 'Madame la Présidente' letter: the salutation addresses the chair, and the signatory "
        "(Salma Ferjani, Présidente of the same association) is the nominator, not the speaker; speaker "
        "'M. Karim Belhadj' with honorific 'M.'; role 'séance plénière'; affiliation follows 'de l''."))


def m06():
    rec = at("2021-02-03T08:55:02+02:00")
    body = (
        "حضرات السادة في الأمانة الفنية للمراجعة الإقليمية المحترمين،\n\n"
        "تحية طيبة وبعد،\n\n"
        "بالإشارة إلى رسالة الدعوة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة "
        "والمنظمة والنظامية، يسرّ جمعية الهلال الأحمر العراقي أن ترشّح الدكتورة هدى السامرائي، "
        "مديرة برنامج الدعم النفسي والاجتماعي في الجمعية، للمشاركة في النقاش المفتوح ضمن المشاورة "
        "مع أصحاب المصلحة المتعددين يوم 23 شباط/فبراير، وكذلك لتقديم مداخلة في الجلسة العامة "
        "للمؤتمر.\n\n"
        "وتفضلوا بقبول فائق الاحترام والتقدير.\n\n"
        "علي الجبوري\n"
        "مدير العلاقات الدولية\n"
        "جمعية الهلال الأحمر العراقي\n"
        "بغداد - العراق\n")
    root = multi("alternative", "_000_DB7PR03MB4012A1C5E0F9B8D6C4E2F1A0B3C90DB7PR03MB4012_",
                 text(body, "plain", "windows-1256", "qp"),
                 text(html_of(body, rtl=True, outlook=True, font="Simplified Arabic").replace(
                     "charset=utf-8", "charset=windows-1256"), "html", "windows-1256", "qp"))
    hdrs = std_headers(
        addr("علي الجبوري", "a.aljubouri@irc-iraq.example.org", "windows-1256"), BOX,
        subj("ترشيح للمشاركة في المشاورة والجلسة العامة", "windows-1256"),
        dstr(rec - dt.timedelta(seconds=6), 3),
        "<DB7PR03MB4012A1C5E0F9B8D6C4E2F1A0B3C90@DB7PR03MB4012.eurprd03.prod.outlook.example.com>",
        [("Content-Language", "ar-IQ")])
    raw = serialize(root, hdrs, dict(ret="a.aljubouri@irc-iraq.example.org",
                                     host="mail-am6eur05on2109.outbound.protection.outlook.example.com",
                                     ip="203.0.113.109", qid="4DWdRk0vC5z2", at=rec))
    add("h62-06.eml", raw, **label(
        rec.isoformat(), "speaker_request", "ar", True, True,
        [sp("هدى السامرائي", "مديرة برنامج الدعم النفسي والاجتماعي", "جمعية الهلال الأحمر العراقي",
            ["open_discussion", "plenary"])],
        [], None,
        "formal Arabic, windows-1256 quoted-printable text and HTML, RFC 2047 windows-1256 subject and "
        "name; the nominator (signature: علي الجبوري, مدير العلاقات الدولية) is not the speaker; honorific "
        "'الدكتورة' not part of the name; the title ends with 'في الجمعية' (back-reference to the "
        "organisation named before); two roles: open discussion (23 Feb) and plenary ('الجلسة العامة')."))


def m07_pdf():
    return make_pdf([
        "Darfur Camp Coordination Network (DCCN)",
        "Voluntary GCM Review Report - Arab Regional Review 2021",
        "",
        "1. Introduction",
        "This report reviews progress on GCM objectives 7, 15 and 23 in camps and",
        "gathering sites for internally displaced persons and migrants in Darfur.",
        "2. Key findings",
        "- Access to civil documentation remains the main barrier for returnees.",
        "- Migrants in transit are rarely included in camp registration.",
        "3. Recommendations",
        "- Include migrants in transit in CCCM site profiling.",
    ])


def m07():
    rec = at("2021-02-03T12:04:44+02:00")
    body = (
        "Dear colleagues,\n\n"
        "Please find attached the voluntary GCM review report of the Darfur Camp Coordination Network "
        "(DCCN), prepared for the Regional Review of the Global Compact for Migration in the Arab region.\n\n"
        "The report covers camps and gathering sites in North, Central and South Darfur and focuses on "
        "objectives 7, 15 and 23.\n\n"
        "We would be grateful if you could confirm receipt.\n\n"
        "Best regards,\n"
        "Abdelrahim Osman\n"
        "Network Coordinator\n"
        "Darfur Camp Coordination Network (DCCN)\n"
        "Nyala, South Darfur, Sudan\n"
        "[cid:image001.png@01D6FA11.2B5C3E80]\n\n"
        "DISCLAIMER: This message and its attachments may contain confidential information. The views "
        "expressed are those of the author and do not necessarily reflect those of the Network or its "
        "member organisations. Please consider the environment before printing this e-mail.\n")
    html = html_of(body.replace("[cid:image001.png@01D6FA11.2B5C3E80]\n", ""), outlook=True).replace(
        "</div></body>", '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D6FA11.2B5C3E80" '
        'alt="DCCN logo"></p></div></body>')
    related = multi("related", "_004_AM0PR10MB2833C6F1B2E5D7A9F0C3B1E4D2A81AM0PR10MB2833_",
                    text(html, "html", "utf-8", "qp"),
                    attach(PNG_1x1, "image/png", "image001.png", "plain", inline=True,
                           cid="image001.png@01D6FA11.2B5C3E80"))
    alt = multi("alternative", "_000_AM0PR10MB2833C6F1B2E5D7A9F0C3B1E4D2A81AM0PR10MB2833_",
                text(body, "plain", "utf-8", "qp"), related)
    root = multi("mixed", "_005_AM0PR10MB2833C6F1B2E5D7A9F0C3B1E4D2A81AM0PR10MB2833_",
                 alt, attach(m07_pdf(), "application/pdf", "DCCN_GCM_Voluntary_Review_2021.pdf", "plain"))
    hdrs = std_headers(
        addr("Abdelrahim Osman", "coordinator@dccn-darfur.example.org"), BOX,
        "Voluntary GCM Review Report - Darfur Camp Coordination Network (DCCN)",
        dstr(rec - dt.timedelta(seconds=3)),
        "<AM0PR10MB2833C6F1B2E5D7A9F0C3B1E4D2A81@AM0PR10MB2833.EURPRD10.PROD.OUTLOOK.example.com>",
        [("Content-Language", "en-US")])
    raw = serialize(root, hdrs, dict(ret="coordinator@dccn-darfur.example.org",
                                     host="mail-vi1eur04on0703.outbound.protection.outlook.example.com",
                                     ip="203.0.113.7", qid="4DWm8t3JpXz4", at=rec))
    add("h62-07.eml", raw, **label(
        rec.isoformat(), "voluntary_report", "en", True, True, [],
        ["DCCN_GCM_Voluntary_Review_2021.pdf"], None,
        "Outlook report submission with PDF plus an inline logo image001.png (multipart/related) that is "
        "not part of the report; long disclaimer; the sender's name/title in the signature is not a "
        "speaker request."))


def m08():
    rec = at("2021-02-03T17:31:09+02:00")
    body = (
        "Bonjour,\n\n"
        "Suite a votre lettre d'invitation, le Reseau soudanais pour la protection de l'enfance (RSPE) "
        "souhaite proposer deux intervenants pour la Revue regionale du Pacte mondial sur les migrations :\n\n"
        "- Mme Awatif Ibrahim Adam, coordinatrice regionale -> table ronde 1\n"
        "- M. Tarek Elnour, juriste -> discussion ouverte de la consultation multipartite du 23 fevrier\n\n"
        "Les deux intervenants parlent arabe et francais, et Mme Adam parle aussi anglais.\n\n"
        "Merci de nous confirmer la bonne reception de ce message.\n\n"
        "Cordialement,\n\n"
        "--\n"
        "Nadia Osman\n"
        "Secretaire executive, RSPE\n"
        "Khartoum, Soudan\n")
    root = text(flow(body), "plain", "utf-8", "7bit", flowed=True)
    hdrs = std_headers(
        addr("Nadia Osman", "secretariat@rspe-soudan.example.org"), BOX,
        "Intervenants RSPE - Revue regionale PMM",
        dstr(rec - dt.timedelta(seconds=7)),
        "<5e2b9c41-7d3a-4f0e-b1c8-2a6f9d0e4c17@rspe-soudan.example.org>",
        [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
         ("Content-Language", "fr")])
    raw = serialize(root, hdrs, dict(ret="secretariat@rspe-soudan.example.org", host="mail.rspe-soudan.example.org",
                                     ip="203.0.113.88", qid="4DWwF71sTqz6", at=rec))
    add("h62-08.eml", raw, **label(
        rec.isoformat(), "speaker_request", "fr", True, True,
        [sp("Awatif Ibrahim Adam", "coordinatrice regionale",
            "Reseau soudanais pour la protection de l'enfance (RSPE)", ["roundtable"], 1),
         sp("Tarek Elnour", "juriste", "Reseau soudanais pour la protection de l'enfance (RSPE)",
            ["open_discussion"])],
        [], None,
        "Thunderbird format=flowed, French written without accents; two speakers in a dash list with "
        "'->' role arrows; affiliation only in the introductory sentence (full name + acronym), not on the "
        "speaker lines; honorifics Mme/M.; later reference 'Mme Adam' uses only the last part of the "
        "name; nominator Nadia Osman signs after a '--' separator and is not a speaker."))


def m09():
    rec = at("2021-02-04T10:16:21+02:00")
    rows = [
        ("Dr. Rami Khattab", "Camp Management Coordinator", "North-West Syria Camp Coordination Forum (NWSCCF)",
         "Plenary session"),
        ("Ms. Lina Darwish", "Disability Inclusion Adviser", "Access Syria for Persons with Disabilities (ASPD)",
         "Roundtable 4"),
        ("Mr. Fadi Sweid", "Shelter and Site Planning Officer", "North-West Syria Camp Coordination Forum (NWSCCF)",
         "Open discussion (23 Feb)"),
    ]
    intro = (
        "Dear Regional Review team,\n\n"
        "Further to the invitation letter, the North-West Syria Camp Coordination Forum would like to "
        "propose the following speakers:\n\n")
    outro = (
        "\nAll three have registered on the conference platform.\n\n"
        "Regards,\n"
        "Jana Othman\n"
        "Forum Secretariat\n"
        "Gaziantep / Idlib\n")
    plain = intro + "Name\tPosition\tOrganisation\tPreferred session\n" + "".join(
        "\t".join(r) + "\n" for r in rows) + outro
    from html import escape
    cell = 'style="border:1px solid #999;padding:4px 8px"'
    table = ('<table style="border-collapse:collapse"><tr>' + "".join(
        "<th %s>%s</th>" % (cell, h) for h in ("Name", "Position", "Organisation", "Preferred session")) + "</tr>"
        + "".join("<tr>" + "".join("<td %s>%s</td>" % (cell, escape(c)) for c in r) + "</tr>" for r in rows)
        + "</table>")
    html = ('<div dir="ltr"><div>Dear Regional Review team,</div><div><br></div><div>Further to the invitation '
            'letter, the North-West Syria Camp Coordination Forum would like to propose the following speakers:'
            '</div><div><br></div>' + table + '<div><br></div><div>All three have registered on the conference '
            'platform.</div><div><br></div><div>Regards,</div><div>Jana Othman</div><div>Forum Secretariat</div>'
            '<div>Gaziantep / Idlib</div></div>')
    root = multi("alternative", "000000000000a4f3e905ba7d12c9",
                 text(plain, "plain", "utf-8", "qp"), text(html, "html", "utf-8", "qp"))
    hdrs = std_headers(
        addr("Jana Othman", "secretariat.nwsccf@gmail.example.com"), BOX,
        "Speakers - NWS Camp Coordination Forum",
        dstr(rec - dt.timedelta(seconds=2), 3),
        "<CAJx8Lr2bT0kM4qYw1vP9nE5sZg7hD3fKcU6aRm-Nq2Xy@mail.gmail.example.com>")
    raw = serialize(root, hdrs, dict(ret="secretariat.nwsccf@gmail.example.com", host="mail-ej1-f45.google.example.com",
                                     ip="203.0.113.45", qid="4DXJ7c4WQwz8", at=rec))
    add("h62-09.eml", raw, **label(
        rec.isoformat(), "speaker_request", "en", True, True,
        [sp("Rami Khattab", "Camp Management Coordinator", "North-West Syria Camp Coordination Forum (NWSCCF)",
            ["plenary"]),
         sp("Lina Darwish", "Disability Inclusion Adviser", "Access Syria for Persons with Disabilities (ASPD)",
            ["roundtable"], 4),
         sp("Fadi Sweid", "Shelter and Site Planning Officer", "North-West Syria Camp Coordination Forum (NWSCCF)",
            ["open_discussion"])],
        [], None,
        "three speakers in an HTML table (tab-separated in the text part) with honorifics Dr./Ms./Mr. inside "
        "the name cells; two organisations; roles in a 'Preferred session' column; the sender (Forum "
        "Secretariat) is not a speaker; the intro names the forum without its acronym."))


def m10_pdf():
    return make_pdf([
        "Amal Foundation for Child Protection - Yemen",
        "Voluntary Review Report on the Implementation of the GCM",
        "Submitted with the Taiz Coalition for Children on the Move",
        "",
        "Summary",
        "Children on the move in Yemen, including migrant children from the Horn of",
        "Africa, face detention, trafficking and lack of access to services.",
        "Recommendations: alternatives to child detention (Objective 13),",
        "access to basic services (Objective 15).",
    ])


def m10():
    rec = at("2021-02-04T15:47:03+02:00")
    body = (
        "السادة الأفاضل،\n\n"
        "تحية طيبة،\n\n"
        "نرفق لكم طيّه التقرير الطوعي لمؤسسة أمل لحماية الطفولة (Amal Foundation for Child Protection) "
        "حول تنفيذ الاتفاق العالمي من أجل الهجرة في اليمن، وقد أُعدّ التقرير باللغة الإنجليزية بالشراكة مع "
        "تحالف تعز للأطفال المتنقلين.\n\n"
        "كما نرغب في ترشيح المتحدثَين التاليين من المؤسسة:\n"
        "1. الأستاذ محمد عبده الشرعبي – رئيس المؤسسة – للقيام بدور المقرر وتقديم الرسائل الرئيسية "
        "لأصحاب المصلحة.\n"
        "2. الأستاذة سمية الأهدل – مسؤولة المناصرة – لتقديم مداخلة في المائدة المستديرة الرابعة.\n\n"
        "شاكرين لكم حسن تعاونكم.\n\n"
        "مع التحية،\n"
        "أروى القدسي\n"
        "مسؤولة البرامج\n"
        "مؤسسة أمل لحماية الطفولة - صنعاء\n")
    alt = multi("alternative", "000000000000d9a0c105ba81f3b2",
                text(body, "plain", "utf-8", "b64"),
                text('<div dir="rtl">' + body.replace("\n", "<br>\n") + "</div>", "html", "utf-8", "b64"))
    root = multi("mixed", "000000000000d9a0c205ba81f3b4", alt,
                 attach(m10_pdf(), "application/pdf", "Amal_Foundation_GCM_Voluntary_Report_Yemen.pdf", "plain"))
    hdrs = std_headers(
        addr("أروى القدسي", "arwa.alqudsi@amal-foundation-ye.example.org"), BOX,
        subj("التقرير الطوعي وترشيح متحدثين - مؤسسة أمل لحماية الطفولة"),
        dstr(rec - dt.timedelta(seconds=3), 3),
        "<CAHk2pVq9R0xT1wS6mZ4nL8bJ3eY7cA5fD-Ug0iNoP1Kq@mail.gmail.example.com>")
    raw = serialize(root, hdrs, dict(ret="arwa.alqudsi@amal-foundation-ye.example.org",
                                     host="mail-lf1-f43.google.example.com", ip="203.0.113.43",
                                     qid="4DXS1m2GhVz5", at=rec))
    aff = "مؤسسة أمل لحماية الطفولة (Amal Foundation for Child Protection)"
    add("h62-10.eml", raw, **label(
        rec.isoformat(), "both", "ar", True, True,
        [sp("محمد عبده الشرعبي", "رئيس المؤسسة", aff, ["rapporteur"]),
         sp("سمية الأهدل", "مسؤولة المناصرة", aff, ["roundtable"], 4)],
        ["Amal_Foundation_GCM_Voluntary_Report_Yemen.pdf"], None,
        "Arabic mail with the organisation's English name in parentheses (affiliation = Arabic + English "
        "form), English PDF report and two speakers in a numbered list with 'الأستاذ/الأستاذة' honorifics "
        "and en-dash separated titles; roles as 'دور المقرر' (rapporteur) and 'المائدة المستديرة الرابعة'; "
        "speakers' affiliation only implicit ('من المؤسسة'); sender (مسؤولة البرامج) is not a speaker."))


def m11():
    rec = at("2021-02-04T18:02:00+02:00")
    body = (
        "شكراً جزيلاً على التأكيد، وبانتظار التفاصيل الخاصة بالمائدة المستديرة.\n\n"
        "عمر\n\n"
        "-----Original Message-----\n"
        "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
        "Sent: Thursday, February 4, 2021 4:30 PM\n"
        "To: عمر الحلبي <omar.halabi.sarc@gmail.example.com>\n"
        "Subject: تأكيد استلام: طلب مشاركة كمتحدث - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة\n\n"
        "السيد عمر الحلبي المحترم،\n"
        "نشكركم على رسالتكم ونؤكد استلام طلب المشاركة كمتحدث. سيتم التواصل معكم لاحقاً بشأن "
        "البرنامج النهائي.\n"
        "أمانة المراجعة الإقليمية\n")
    root = multi("alternative", "000000000000f1c2d305ba8412aa",
                 text(body, "plain", "utf-8", "b64"),
                 text('<div dir="rtl">' + body.replace("\n", "<br>\n") + "</div>", "html", "utf-8", "b64"))
    hdrs = std_headers(
        addr("عمر الحلبي", "omar.halabi.sarc@gmail.example.com"), BOX,
        subj("Re: تأكيد استلام: طلب مشاركة كمتحدث - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة"),
        dstr(rec - dt.timedelta(seconds=2)),
        "<CAOm3pX9aK2vB7nQ0cR5tE1wY8zL4uJ6hG-Fs3dPm0Vx@mail.gmail.example.com>",
        [("In-Reply-To", "<ack-20210204-143000-0031@iom.int>"),
         ("References", "<CAOm3pX7Qd1RfH2v0u9sZkq4YtA8nB6c_WJ5eLr1iTg@mail.gmail.example.com> "
                        "<ack-20210204-143000-0031@iom.int>")])
    raw = serialize(root, hdrs, dict(ret="omar.halabi.sarc@gmail.example.com", host="mail-wm1-f49.google.example.com",
                                     ip="203.0.113.49", qid="4DXZ0s6LmRz1", at=rec))
    add("h62-11.eml", raw, **label(
        rec.isoformat(), "other", "ar", False, None, [], [], "h62-03.eml",
        "thank-you reply to our Arabic acknowledgement of h62-03 (References carries h62-03's Message-ID, "
        "In-Reply-To our acknowledgement): adds nothing new, so no acknowledgement; the quoted "
        "acknowledgement repeats the words 'طلب المشاركة كمتحدث' and the sender's full name."))


def m12():
    rec = at("2021-02-05T09:12:40+02:00")
    body = (
        "Dear colleagues,\n\n"
        "Apologies, I forgot to mention in my message of 3 February that the DCCN report is a collective "
        "submission. It is endorsed by the following member organisations of the network:\n\n"
        "- Zalingei Women's Development Association\n"
        "- Nyala Youth for Peace Initiative\n"
        "- Kalma Camp Community Committee\n"
        "- Geneina Legal Aid Centre\n\n"
        "Please record it as a collective report. There are no changes to the document itself, so I am "
        "not re-sending it.\n\n"
        "Best regards,\n"
        "Abdelrahim\n\n"
        "________________________________\n"
        "From: Abdelrahim Osman <coordinator@dccn-darfur.example.org>\n"
        "Sent: Wednesday, February 3, 2021 12:04 PM\n"
        "To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>\n"
        "Subject: Voluntary GCM Review Report - Darfur Camp Coordination Network (DCCN)\n\n"
        "Dear colleagues,\n\n"
        "Please find attached the voluntary GCM review report of the Darfur Camp Coordination Network "
        "(DCCN), prepared for the Regional Review of the Global Compact for Migration in the Arab region.\n\n"
        "We would be grateful if you could confirm receipt.\n\n"
        "Best regards,\n"
        "Abdelrahim Osman\n"
        "Network Coordinator\n"
        "Darfur Camp Coordination Network (DCCN)\n")
    root = multi("alternative", "_000_AM0PR10MB2833F0A1B2C3D4E5F6A7B8C9D0E12AM0PR10MB2833_",
                 text(body, "plain", "utf-8", "qp"),
                 text(html_of(body, outlook=True), "html", "utf-8", "qp"))
    hdrs = std_headers(
        addr("Abdelrahim Osman", "coordinator@dccn-darfur.example.org"), BOX,
        "RE: Voluntary GCM Review Report - Darfur Camp Coordination Network (DCCN)",
        dstr(rec - dt.timedelta(seconds=4)),
        "<AM0PR10MB2833F0A1B2C3D4E5F6A7B8C9D0E12@AM0PR10MB2833.EURPRD10.PROD.OUTLOOK.example.com>",
        [("In-Reply-To", "<AM0PR10MB2833C6F1B2E5D7A9F0C3B1E4D2A81@AM0PR10MB2833.EURPRD10.PROD.OUTLOOK.example.com>"),
         ("References", "<AM0PR10MB2833C6F1B2E5D7A9F0C3B1E4D2A81@AM0PR10MB2833.EURPRD10.PROD.OUTLOOK.example.com>"),
         ("Content-Language", "en-US")])
    raw = serialize(root, hdrs, dict(ret="coordinator@dccn-darfur.example.org",
                                     host="mail-vi1eur04on0704.outbound.protection.outlook.example.com",
                                     ip="203.0.113.8", qid="4DXqL43TnBz2", at=rec))
    add("h62-12.eml", raw, **label(
        rec.isoformat(), "other", "en", True, None, [], [], "h62-07.eml",
        "reply to the sender's own report submission (h62-07) adding a missing detail: the report is "
        "collective, with four endorsing organisations listed; no attachment is re-sent, so it is not a "
        "new report; Outlook 'RE:' with the original quoted under an underscore line."))


def m13():
    rec = at("2021-02-05T23:50:20+02:00")
    body = (
        "Bonsoir,\n\n"
        "Je vous transfère ci-dessous la demande de notre collègue de Tripoli, qui n'avait pas l'adresse "
        "de la Revue régionale. Il souhaite intervenir lors de la table ronde n°2. J'espère que nous sommes "
        "encore dans les délais !\n\n"
        "Bien à vous,\n"
        "Claire Dubois\n"
        "Cheffe de mission – Libye\n\n"
        "---------- Forwarded message ---------\n"
        "De : Ahmed Zway <ahmed.zway@asi-ong.example.org>\n"
        "Date: ven. 5 févr. 2021 à 18:02\n"
        "Subject: intervention Revue régionale PMM\n"
        "To: Claire Dubois <claire.dubois@asi-ong.example.org>\n\n\n"
        "Bonjour Claire,\n\n"
        "Comme convenu ce matin, voici mes coordonnées pour la demande de prise de parole. Je pourrais "
        "parler de la protection des enfants migrants non accompagnés dans les centres de détention.\n\n"
        "Merci beaucoup,\n\n"
        "Ahmed Zway\n"
        "Responsable protection de l'enfance\n"
        "Action Solidaire Internationale (ASI), bureau de Tripoli\n")
    from html import escape
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (escape(l) if l else "<br>")
                                        for l in body.split("\n")) + "</div>")
    root = multi("alternative", "00000000000071b4aa05ba9e0c41",
                 text(body, "plain", "utf-8", "qp"), text(html, "html", "utf-8", "qp"))
    hdrs = std_headers(
        addr("Claire Dubois", "claire.dubois@asi-ong.example.org"), BOX,
        subj("Fwd: intervention Revue régionale PMM"),
        dstr(rec - dt.timedelta(seconds=3), 1),
        "<CAF3qW1x_Bm7Rt2Yp8Ls0Kd4Vn9Hc6Ej5Ga-Zu1oMi7Tw@mail.gmail.example.com>")
    raw = serialize(root, hdrs, dict(ret="claire.dubois@asi-ong.example.org", host="mail-wr1-f41.google.example.com",
                                     ip="203.0.113.41", qid="4DYLw90cKdz3", at=rec))
    add("h62-13.eml", raw, **label(
        rec.isoformat(), "speaker_request", "fr", True, True,
        [sp("Ahmed Zway", "Responsable protection de l'enfance", "Action Solidaire Internationale (ASI)",
            ["roundtable"], 2)],
        [], None,
        "edge: received 23:50 Beirut on 5 Feb (Date header 22:50 +0100), on time; Gmail forward: the "
        "forwarder (Claire Dubois, Cheffe de mission) is not the speaker, the role is only in her note "
        "('table ronde n°2'), the speaker's name/title/organisation only in the forwarded signature; "
        "', bureau de Tripoli' is an office location, not part of the affiliation."))


def m14():
    rec = at("2021-02-06T00:10:15+02:00")
    body = (
        "مرحبا،\n\n"
        "حابب شارك كمتحدث بالمؤتمر إذا لسّا في مجال. أنا من جمعية إرادة لذوي الإعاقة بحمص، "
        "وشغلنا من ٢٠١٤ مع الأشخاص ذوي الإعاقة بالمخيمات ومراكز الإيواء. بعتذر عالتأخير، "
        "الكهربا والنت كانوا مقطوعين طول النهار.\n\n"
        "سلامات،\n"
        "حسان الدبس\n\n"
        "Sent from my iPhone\n")
    root = text(body, "plain", "utf-8", "b64")
    hdrs = std_headers(
        addr("Hassan", "hassan.dibs@iradah-homs.example.org"), BOX,
        subj("مشاركة بالمؤتمر"),
        dstr(rec - dt.timedelta(seconds=9), 3),
        "<7C1E4A2B-9D3F-4B8E-A6C0-5F2D8E1B3A94@iradah-homs.example.org>",
        [("X-Mailer", "iPhone Mail (18C66)")])
    raw = serialize(root, hdrs, dict(ret="hassan.dibs@iradah-homs.example.org", host="mail.iradah-homs.example.org",
                                     ip="203.0.113.66", qid="4DYMM62fTqz4", at=rec))
    add("h62-14.eml", raw, **label(
        rec.isoformat(), "speaker_request", "ar", True, False,
        [sp("حسان الدبس", None, "جمعية إرادة لذوي الإعاقة", [])],
        [], None,
        "edge: received 00:10 Beirut on 6 Feb (Date header 01:09 +0300), 10 minutes late; colloquial "
        "Levantine Arabic from an iPhone, single base64 text/plain part; full name only in the signature "
        "(display name is just 'Hassan'); no title, no role; 'بحمص' (city) follows the organisation "
        "name; Arabic-Indic digits."))


def m15():
    rec = at("2021-02-08T11:25:00+02:00")
    body = (
        "Hello,\n\n"
        "I hope this is not too late. I work as Camp Coordination Officer at the Libyan Red Crescent "
        "Society (LRCS) in Misrata, where we support displaced families from Tawergha and migrants "
        "rescued at sea.\n\n"
        "I would like to intervene in the fourth roundtable if there is still space. I only saw the "
        "invitation today because it went to an old colleague's address.\n\n"
        "Thanks a lot and stay safe\n"
        "Khaled Ben Omran\n")
    html = ("<html><head></head><body><div style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;"
            "font-size:13px;\"><div></div>" + "".join(
                "<div>%s</div>" % (l if l else "<br>") for l in body.split("\n")) + "</div></body></html>")
    root = multi("alternative", "----=_Part_1884302_611250497.1612776298771",
                 text(body, "plain", "utf-8", "7bit"), text(html, "html", "utf-8", "7bit"))
    hdrs = std_headers(
        addr("khaled benomran", "khaled_benomran@yahoo.example.com"), BOX,
        "speaker - roundtable",
        dstr(rec - dt.timedelta(seconds=2)),
        "<1884302611.1612776298771@mail.yahoo.example.com>",
        [("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    raw = serialize(root, hdrs, dict(ret="khaled_benomran@yahoo.example.com", host="sonic301-2.consmr.mail.ir2.yahoo.example.com",
                                     ip="203.0.113.30", qid="4DZ9Tq1bJdz6", at=rec))
    add("h62-15.eml", raw, **label(
        rec.isoformat(), "speaker_request", "en", True, False,
        [sp("Khaled Ben Omran", "Camp Coordination Officer", "Libyan Red Crescent Society (LRCS)",
            ["roundtable"], 4)],
        [], None,
        "late (8 Feb) Yahoo mail; title and organisation only in the sentence 'I work as ... at ... in "
        "Misrata'; roundtable given as 'the fourth roundtable'; display name 'khaled benomran' differs "
        "from the signed name 'Khaled Ben Omran'; sender is the speaker."))


def m16_docx():
    return make_docx([
        "Enfance Solidarité Internationale (ESI) – Bureau Soudan",
        "Rapport volontaire d'examen du Pacte mondial pour les migrations",
        "1. Contexte : enfants migrants et réfugiés à Khartoum et dans l'Est du Soudan.",
        "2. Progrès : accès à l'éducation (objectif 15), documentation (objectif 4).",
        "3. Recommandations : mécanismes de référencement transfrontaliers pour les enfants non accompagnés.",
    ])


def m16():
    rec = at("2021-02-09T10:40:00+02:00")
    name = "Rapport_volontaire_ESI_Soudan_févr2021.docx"
    body = (
        "Madame, Monsieur,\n\n"
        "Veuillez trouver ci-joint le rapport volontaire d'Enfance Solidarité Internationale (ESI) – "
        "Bureau Soudan dans le cadre de la Revue régionale du Pacte mondial pour les migrations.\n\n"
        "Par ailleurs, si cela est encore possible, nous souhaiterions que notre chargée de plaidoyer, "
        "Mme Hiba Abdelgadir, puisse prendre la parole lors d'une séance plénière de la conférence.\n\n"
        "En vous remerciant par avance,\n\n"
        "Sophie Marchand\n"
        "Directrice pays – Soudan\n"
        "Enfance Solidarité Internationale (ESI)\n"
        "Khartoum 2, Rue 45\n")
    alt = multi("alternative", "_000_PAXPR07MB8110B3C4D5E6F7A8B9C0D1E2F3A44PAXPR07MB8110_",
                text(body, "plain", "utf-8", "qp"), text(html_of(body, outlook=True), "html", "utf-8", "qp"))
    root = multi("mixed", "_004_PAXPR07MB8110B3C4D5E6F7A8B9C0D1E2F3A44PAXPR07MB8110_", alt,
                 attach(m16_docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        name, "2231"))
    hdrs = std_headers(
        addr("Sophie Marchand", "s.marchand@esi-soudan.example.org"), BOX,
        subj("Rapport volontaire ESI Soudan + demande d'intervention"),
        dstr(rec - dt.timedelta(seconds=4)),
        "<PAXPR07MB8110B3C4D5E6F7A8B9C0D1E2F3A44@PAXPR07MB8110.eurprd07.prod.outlook.example.com>",
        [("Content-Language", "fr-FR")])
    raw = serialize(root, hdrs, dict(ret="s.marchand@esi-soudan.example.org",
                                     host="mail-db3eur04on0620.outbound.protection.outlook.example.com",
                                     ip="203.0.113.62", qid="4DZVp84kRmz7", at=rec))
    add("h62-16.eml", raw, **label(
        rec.isoformat(), "both", "fr", True, False,
        [sp("Hiba Abdelgadir", "chargée de plaidoyer", "Enfance Solidarité Internationale (ESI)", ["plenary"])],
        [name], None,
        "'both' on 9 Feb: the report part is on time but the speaker part is after 5 Feb, so on_time is "
        "false; INGO country office; DOCX with RFC 2231 UTF-8 file name (accented 'févr'); speaker's "
        "title given as 'notre chargée de plaidoyer' before the name with 'Mme'; affiliation from the "
        "sender's organisation ('– Bureau Soudan' is the office, not part of the name)."))


def m17():
    rec = at("2021-02-10T13:05:30+02:00")
    body = (
        "السادة في أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،\n\n"
        "تحية طيبة،\n\n"
        "نعمل حالياً على إعداد تقرير طوعي جماعي باسم عدد من منظمات المجتمع المدني الليبية العاملة في "
        "مجال حماية المهاجرين وطالبي اللجوء. ونود الاستفسار: هل يمكن إرسال التقرير باللغة العربية فقط، "
        "أم يجب إرفاق ترجمة إلى اللغة الإنجليزية؟ وهل هناك عدد أقصى للصفحات؟\n\n"
        "نشكر لكم تعاونكم.\n\n"
        "فاطمة الزوي\n"
        "منسقة المشروع\n"
        "منظمة الأمان لرعاية الأطفال والأسرة - بنغازي\n")
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl"><div style="font-family:Tahoma;font-size:12pt">'
            + "".join("<p>%s</p>" % (l if l else "&nbsp;") for l in body.split("\n")) + "</div></body></html>")
    root = text(html, "html", "utf-8", "b64")
    hdrs = std_headers(
        addr("فاطمة الزوي", "f.alzway@alaman-benghazi.example.org"), BOX,
        subj("استفسار حول لغة التقرير الطوعي"),
        dstr(rec - dt.timedelta(seconds=5)),
        "<VE1PR01MB5630C1D2E3F4A5B6C7D8E9F0A1B27@VE1PR01MB5630.eurprd01.prod.outlook.example.com>",
        [("Content-Language", "ar-LY")])
    raw = serialize(root, hdrs, dict(ret="f.alzway@alaman-benghazi.example.org",
                                     host="mail-ve1eur01on0617.outbound.protection.outlook.example.com",
                                     ip="203.0.113.17", qid="4DZyH23vWnz8", at=rec))
    add("h62-17.eml", raw, **label(
        rec.isoformat(), "other", "ar", True, None, [], [], None,
        "HTML-only Arabic question (base64 UTF-8): may the voluntary report be sent in Arabic only, and is "
        "there a page limit; announces a collective report in preparation but submits nothing; signature "
        "with name/title/organisation is not a speaker request."))


def m18():
    rec = at("2021-02-11T09:20:10+02:00")
    body = (
        "Bonjour,\n\n"
        "Nous avons bien reçu la confirmation pour notre intervenant. Pourriez-vous nous indiquer si la "
        "conférence des 24 et 25 février aura lieu en présentiel à Beyrouth ou uniquement en ligne ? Dans "
        "le premier cas, est-ce que vous pourriez fournir une lettre d'invitation pour la demande de visa "
        "libanais ? Nos collègues voyageraient depuis Port-Soudan.\n\n"
        "Merci d'avance et bonne journée\n"
        "Mohamed Ali Hamid\n"
        "Association soudanaise pour l'aide aux personnes déplacées (ASAPD)\n\n"
        "Envoyé de mon Galaxy\n")
    root = multi("alternative", "--_com.samsung.android.email_2381194772083511",
                 text(body, "plain", "utf-8", "b64"),
                 text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                      "<body dir=\"auto\">" + body.replace("\n", "<br>") + "</body></html>", "html", "utf-8", "b64"))
    hdrs = std_headers(
        addr("Mohamed Ali Hamid", "asapd.sudan@gmail.example.com"), BOX,
        subj("Question visa / conférence en présentiel ?"),
        dstr(rec - dt.timedelta(seconds=3)),
        "<n9xq2k4h7r1s6p0w3t8v5y2a.1613028007@email.android.example.com>")
    raw = serialize(root, hdrs, dict(ret="asapd.sudan@gmail.example.com", host="mail-pf1-f48.google.example.com",
                                     ip="203.0.113.48", qid="4F0H5M1xQcz9", at=rec))
    add("h62-18.eml", raw, **label(
        rec.isoformat(), "other", "fr", True, None, [], [], None,
        "logistics question (in person or online? invitation letter for a Lebanese visa) from a Samsung "
        "mobile client, base64 UTF-8; refers to an already confirmed speaker without naming or proposing "
        "anyone; 'intervenant' and the dates are decoys."))


def m19_docx():
    return make_docx([
        "Hope Relief International - Yemen Country Office",
        "Voluntary GCM Review Report (final)",
        "Scope: migrants from the Horn of Africa transiting Lahj, Aden and Marib.",
        "Findings: detention conditions, lack of consular access, exploitation by smugglers.",
        "Recommendations: humanitarian corridors for stranded migrants; voluntary return assistance.",
    ])


def m19():
    rec = at("2021-02-13T14:45:00+02:00")
    name = "HRI Yemen – GCM voluntary review (final).docx"
    body = (
        "Dear GCM Regional Review Secretariat,\n\n"
        "Please see below and attached on behalf of our Country Director, who is travelling this week.\n\n"
        "Best,\n"
        "Noura Saleh\n"
        "Programme Assistant | Hope Relief International – Yemen Country Office\n\n"
        "-----Original Message-----\n"
        "From: Dr. Peter Lindqvist <p.lindqvist@hri-yemen.example.org>\n"
        "Sent: Saturday, February 13, 2021 11:02 AM\n"
        "To: Noura Saleh <n.saleh@hri-yemen.example.org>\n"
        "Subject: GCM report - please send\n\n"
        "Noura,\n\n"
        "Please send the attached final version of our voluntary GCM review report to the regional review "
        "mailbox (gcmrrarabstates@iom.int) today, with a short note that it covers our work with migrants "
        "in Lahj, Aden and Marib. Please ignore the earlier draft I shared in January.\n\n"
        "Thanks,\n"
        "Peter\n\n"
        "Peter Lindqvist, PhD\n"
        "Country Director\n"
        "Hope Relief International (HRI) – Yemen\n")
    alt = multi("alternative", "_000_DU2PR08MB7000A9B8C7D6E5F4A3B2C1D0E9F88DU2PR08MB7000_",
                text(body, "plain", "utf-8", "qp"), text(html_of(body, outlook=True), "html", "utf-8", "qp"))
    root = multi("mixed", "_004_DU2PR08MB7000A9B8C7D6E5F4A3B2C1D0E9F88DU2PR08MB7000_", alt,
                 attach(m19_docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        name, "2231"))
    hdrs = std_headers(
        addr("Noura Saleh", "n.saleh@hri-yemen.example.org"), BOX,
        "FW: GCM report - please send",
        dstr(rec - dt.timedelta(seconds=6), 3),
        "<DU2PR08MB7000A9B8C7D6E5F4A3B2C1D0E9F88@DU2PR08MB7000.eurprd08.prod.outlook.example.com>",
        [("Thread-Topic", "GCM report - please send"), ("Content-Language", "en-US")])
    raw = serialize(root, hdrs, dict(ret="n.saleh@hri-yemen.example.org",
                                     host="mail-am7eur03on0714.outbound.protection.outlook.example.com",
                                     ip="203.0.113.14", qid="4F2R7w0HsLz2", at=rec))
    add("h62-19.eml", raw, **label(
        rec.isoformat(), "voluntary_report", "en", True, True, [], [name], None,
        "INGO country office: assistant forwards the director's request ('-----Original Message-----' "
        "block, subject 'FW: GCM report - please send' without the word 'voluntary'); DOCX with RFC 2231 "
        "UTF-8 name containing an en dash and parentheses; 'earlier draft' mentioned but not attached; "
        "no speaker proposed despite names and titles."))


def m20_pdf():
    return make_pdf([
        "Iraqi League for the Rights of Persons with Disabilities",
        "Voluntary National Contribution to the GCM Regional Review - Arab States",
        "",
        "Migrants and displaced persons with disabilities in Iraq face barriers to",
        "documentation, rehabilitation services and accessible shelter in camps.",
        "Recommendation: disaggregate migration data by disability (Objective 1).",
    ])


def m20():
    rec = at("2021-02-14T20:30:12+02:00")
    name = "التقرير الطوعي - الرابطة العراقية لحقوق الأشخاص ذوي الإعاقة.pdf"
    body = (
        "الإخوة والأخوات الأعزاء،\n\n"
        "مرفق التقرير الطوعي للرابطة العراقية لحقوق الأشخاص ذوي الإعاقة بشأن تنفيذ الاتفاق العالمي "
        "من أجل الهجرة. التقرير مكتوب باللغة الإنجليزية لأن الفريق الذي أعدّه يضم خبراء من خارج "
        "العراق، ويمكننا تزويدكم بملخص بالعربية عند الطلب.\n\n"
        "مع الشكر،\n"
        "د. زينب الموسوي\n"
        "الرابطة العراقية لحقوق الأشخاص ذوي الإعاقة\n"
        "البصرة\n")
    alt = multi("alternative", "0000000000003e8b7105bb5a91d0",
                text(body, "plain", "utf-8", "b64"),
                text('<div dir="rtl">' + body.replace("\n", "<br>\n") + "</div>", "html", "utf-8", "b64"))
    root = multi("mixed", "0000000000003e8b7305bb5a91d2", alt,
                 attach(m20_pdf(), "application/pdf", name, "2047"))
    hdrs = std_headers(
        addr("Zainab Al-Mousawi", "zainab.almousawi@gmail.example.com"), BOX,
        subj("التقرير الطوعي - الاتفاق العالمي من أجل الهجرة"),
        dstr(rec - dt.timedelta(seconds=3), 3),
        "<CAGm7xT3vB0nK9qR2wY5sL8dE1hJ4cF6aP-Zo2uMi9Vw@mail.gmail.example.com>")
    raw = serialize(root, hdrs, dict(ret="zainab.almousawi@gmail.example.com", host="mail-ed1-f52.google.example.com",
                                     ip="203.0.113.52", qid="4F3Gk61pYtz3", at=rec))
    add("h62-20.eml", raw, **label(
        rec.isoformat(), "voluntary_report", "ar", True, True, [], [name], None,
        "Arabic Gmail with a PDF whose Arabic file name is RFC 2047 encoded inside the quoted filename/name "
        "parameters; the report itself is in English; display name in Latin script, body signature in "
        "Arabic with 'د.'; offer of an Arabic summary is not a second document."))


def m21_pdf():
    return make_pdf([
        "Yemen Disability Inclusion Forum (YDIF)",
        "Voluntary Review of the Global Compact for Migration - 2021",
        "Persons with disabilities among migrants and IDPs in Aden, Hadramawt and Marib.",
        "Recommendations on accessible reception, data and humanitarian inclusion.",
    ])


def m21():
    rec = at("2021-02-16T15:00:04+02:00")
    body = (
        "Dear colleagues,\n\n"
        "Please find attached the voluntary report of our forum on the implementation of the Global "
        "Compact for Migration in Yemen.\n\n"
        "I would also like to intervene in the second roundtable, to present the situation of migrants "
        "and displaced persons with disabilities.\n\n"
        "With best regards,\n\n"
        "Prof. Abdulkarim Al-Maqtari\n"
        "Chair, Yemen Disability Inclusion Forum (YDIF)\n"
        "Aden, Yemen\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">' + "".join('<div class="">%s</div>' % (l if l else '<br class="">')
                                  for l in body.split("\n")) + "</body></html>")
    alt = multi("alternative", "Apple-Mail=_2E7B5C1A-9F3D-4A6B-8C2E-1D0F5A7B3C91",
                text(body, "plain", "us-ascii", "7bit"), text(html, "html", "us-ascii", "qp"))
    root = multi("mixed", "Apple-Mail=_5A1C3E7B-2D9F-4B6A-8E0C-7F3B1D5A9C24", alt,
                 attach(m21_pdf(), "application/pdf", "YDIF GCM Voluntary Report 2021.pdf", "plain"))
    hdrs = std_headers(
        addr("Abdulkarim Al-Maqtari", "chair@ydif-yemen.example.org"), BOX,
        "YDIF voluntary report + roundtable",
        dstr(rec - dt.timedelta(seconds=5), 3),
        "<8D3F1B2A-6C4E-4F9A-B7D2-0E5C9A1F3B68@ydif-yemen.example.org>",
        [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    raw = serialize(root, hdrs, dict(ret="chair@ydif-yemen.example.org", host="mail.ydif-yemen.example.org",
                                     ip="203.0.113.33", qid="4F4qB02zNkz4", at=rec))
    add("h62-21.eml", raw, **label(
        rec.isoformat(), "both", "en", True, False,
        [sp("Abdulkarim Al-Maqtari", "Chair", "Yemen Disability Inclusion Forum (YDIF)", ["roundtable"], 2)],
        ["YDIF GCM Voluntary Report 2021.pdf"], None,
        "'both' on 16 Feb: report on time but speaker request 11 days late, so on_time false; Apple Mail; "
        "speaker is the sender, name only in the signature with 'Prof.', title and organisation on one "
        "line ('Chair, Yemen Disability Inclusion Forum (YDIF)'); 'the second roundtable' in words."))


def m22_pdf():
    return make_pdf([
        "Collectif Sahel-Libye pour la protection des migrants (CSLPM)",
        "Rapport volontaire - Pacte mondial pour les migrations",
        "Situation des migrants subsahariens dans le Fezzan et a Tripoli.",
        "Recommandations : acces aux soins, alternatives a la detention.",
    ])


def m22():
    rec = at("2021-02-16T23:50:40+02:00")
    body_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Arial;font-size:10pt">'
        "<p>Bonsoir,</p>"
        "<p>Veuillez trouver ci-joint le rapport volontaire du <b>Collectif Sahel-Libye pour la protection des "
        "migrants (CSLPM)</b> sur la mise en &oelig;uvre du Pacte mondial pour des migrations s&ucirc;res, "
        "ordonn&eacute;es et r&eacute;guli&egrave;res.</p>"
        "<p>Nous vous remercions de bien vouloir en accuser r&eacute;ception.</p>"
        "<p>Bien cordialement,<br>Le secr&eacute;tariat du CSLPM<br>Sebha &ndash; Tripoli</p>"
        "</div></body></html>")
    root = multi("mixed", "=_a7f3c9e1b5d2084f6e3a1c7b9d5f2e08",
                 text(body_html, "html", "utf-8", "qp"),
                 attach(m22_pdf(), "application/pdf", "Rapport_CSLPM_PMM_2021.pdf", "plain"))
    hdrs = std_headers(
        addr("Secrétariat CSLPM", "secretariat@cslpm.example.org", "iso-8859-1"), BOX,
        subj("Rapport volontaire CSLPM", "iso-8859-1"),
        dstr(rec - dt.timedelta(seconds=8), 1),
        "<a7f3c9e1b5d2084f6e3a1c7b9d5f2e08@webmail.cslpm.example.org>",
        [("User-Agent", "Roundcube Webmail/1.4.10")])
    raw = serialize(root, hdrs, dict(ret="secretariat@cslpm.example.org", host="webmail.cslpm.example.org",
                                     ip="203.0.113.91", qid="4F52Xr3dBvz5", at=rec))
    add("h62-22.eml", raw, **label(
        rec.isoformat(), "voluntary_report", "fr", True, True, [], ["Rapport_CSLPM_PMM_2021.pdf"], None,
        "edge: received 23:50 Beirut on 16 Feb (Date header 22:49 +0100), on time; HTML-only webmail body "
        "with HTML entities for the accents (&eacute;, &oelig;); no plain-text part; organisation signs, "
        "no person named."))


def m23_docx():
    return make_docx([
        "الجمعية السودانية لرعاية الأطفال فاقدي السند",
        "Sudanese Society for the Care of Children without Parental Care",
        "Voluntary GCM review report - February 2021",
        "Unaccompanied migrant children in Gedaref and Kassala: findings and recommendations.",
    ])


def m23():
    rec = at("2021-02-17T00:10:05+02:00")
    name = "تقرير الجمعية السودانية - الاتفاق العالمي للهجرة.docx"
    body = (
        "السادة الأفاضل في أمانة المراجعة الإقليمية،\n\n"
        "تحية طيبة وبعد،\n\n"
        "نرفق لكم التقرير الطوعي للجمعية السودانية لرعاية الأطفال فاقدي السند حول تنفيذ الاتفاق العالمي "
        "من أجل الهجرة الآمنة والمنظمة والنظامية، مع اعتذارنا عن التأخير بسبب انقطاع الشبكة.\n\n"
        "وتفضلوا بقبول وافر الاحترام،\n"
        "الطاهر إدريس\n"
        "الأمين العام\n"
        "الجمعية السودانية لرعاية الأطفال فاقدي السند - الخرطوم\n")
    alt = multi("alternative", "_000_HE1PR0901MB2244E7F6A5B4C3D2E1F0A9B8C7D6HE1PR0901MB2244_",
                text(body, "plain", "windows-1256", "qp"),
                text(html_of(body, rtl=True, outlook=True, font="Arial").replace(
                    "charset=utf-8", "charset=windows-1256"), "html", "windows-1256", "qp"))
    root = multi("mixed", "_004_HE1PR0901MB2244E7F6A5B4C3D2E1F0A9B8C7D6HE1PR0901MB2244_", alt,
                 attach(m23_docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        name, "2047"))
    hdrs = std_headers(
        addr("الطاهر إدريس", "sg@sudan-child-care.example.org", "windows-1256"), BOX,
        subj("التقرير الطوعي للجمعية السودانية لرعاية الأطفال فاقدي السند", "windows-1256"),
        dstr(rec - dt.timedelta(seconds=7)),
        "<HE1PR0901MB2244E7F6A5B4C3D2E1F0A9B8C7D6@HE1PR0901MB2244.eurprd09.prod.outlook.example.com>",
        [("Content-Language", "ar-SA")])
    raw = serialize(root, hdrs, dict(ret="sg@sudan-child-care.example.org",
                                     host="mail-he1eur02on0622.outbound.protection.outlook.example.com",
                                     ip="203.0.113.22", qid="4F53Dk5rHwz6", at=rec))
    add("h62-23.eml", raw, **label(
        rec.isoformat(), "voluntary_report", "ar", True, False, [], [name], None,
        "edge: received 00:10 Beirut on 17 Feb (Date header 00:09:58 +0200), 10 minutes after the report "
        "deadline; Outlook windows-1256 quoted-printable body; DOCX with an Arabic RFC 2047 (UTF-8) file "
        "name; apology for the delay in the body."))


def m24_pdf():
    return make_pdf([
        "Association Syrienne pour l'Enfance Deplacee (ASED)",
        "Rapport volontaire sur la mise en oeuvre du PMM - fevrier 2021",
        "Enfants deplaces et migrants dans les camps du nord-est syrien.",
    ])


def m24():
    rec = at("2021-02-18T10:15:00+02:00")
    name = "Rapport volontaire ASED – février 2021.pdf"
    body1 = (
        "Bonjour,\n\n"
        "Avec toutes nos excuses pour ce retard, vous trouverez ci-joint le rapport volontaire de "
        "l'Association Syrienne pour l'Enfance Déplacée (ASED). Nous espérons qu'il pourra malgré tout être "
        "pris en compte dans la synthèse régionale.\n\n")
    body2 = (
        "\n\nBien cordialement,\n\n"
        "Dr Yasmine Kaddour\n"
        "Directrice exécutive – ASED\n"
        "Qamishli / Paris\n")
    root = multi("mixed", "Apple-Mail=_9B2D4F6A-1C3E-4A5B-8D7F-0E2C4A6B8D13",
                 text(body1, "plain", "utf-8", "qp"),
                 attach(m24_pdf(), "application/pdf", name, "2231"),
                 text(body2, "plain", "utf-8", "qp"))
    hdrs = std_headers(
        addr("Yasmine Kaddour", "y.kaddour@ased-syrie.example.org"), BOX,
        subj("Rapport volontaire – ASED (en retard, désolés)"),
        dstr(rec - dt.timedelta(seconds=4), 1),
        "<3F8A1C5E-7B2D-4E9F-A6C1-D0B3E5F7A924@ased-syrie.example.org>",
        [("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")])
    raw = serialize(root, hdrs, dict(ret="y.kaddour@ased-syrie.example.org", host="smtp.ased-syrie.example.org",
                                     ip="203.0.113.95", qid="4F6cT70mFpz7", at=rec))
    add("h62-24.eml", raw, **label(
        rec.isoformat(), "voluntary_report", "fr", True, False, [], [name], None,
        "late report (18 Feb); Apple Mail multipart/mixed with the PDF between two text/plain parts (the "
        "signature is in the second text part); RFC 2231 UTF-8 file name with an en dash and accent."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12,
              m13, m14, m15, m16, m17, m18, m19, m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(OUT, name))
    labels = []
    for file, raw, lab in MESSAGES:
        with open(os.path.join(OUT, file), "wb") as fh:
            fh.write(raw)
        labels.append(lab)
    times = [dt.datetime.fromisoformat(l["received_at"]) for l in labels]
    assert times == sorted(times) and len(set(times)) == len(times), "received_at must increase"
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
