#!/usr/bin/env python3
"""Write the blind evaluation set holdout61 (24 raw .eml messages + labels.json).

Deterministic, standard library only.  Run from /work/main:
    /tmp/venv/bin/python tests/data/make_eval_sets61.py
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import shutil
import struct
import textwrap
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout61")
BEIRUT = dt.timezone(dt.timedelta(hours=2))
CET = dt.timezone(dt.timedelta(hours=1))
OURS = "gcmrrarabstates@iom.int"


# --------------------------------------------------------------------------- documents
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 790 Td 15 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    stream_b = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream_b)).encode() + b" >>\nstream\n" + stream_b + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_docx(paragraphs, rtl=False):
    def para(t):
        bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
        rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
        return ('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (bidi, rpr, html.escape(t, quote=False)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + "".join(para(p) for p in paragraphs) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 1, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_png(rgb=(0, 90, 156)):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- MIME helpers
def _strip_mv(p):
    del p["MIME-Version"]
    return p


def text(body, subtype="plain", charset="utf-8", cte="base64", flowed=False):
    p = _strip_mv(MIMENonMultipart("text", subtype, charset=charset))
    if flowed:
        p.set_param("format", "flowed")
    data = body.encode(charset)
    if cte == "base64":
        data = body.replace("\n", "\r\n").encode(charset)
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        payload = data.decode("ascii")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def multi(subtype, parts, boundary, top=False):
    m = MIMEMultipart(subtype, boundary=boundary)
    if not top:
        del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def enc_words(s):
    """RFC 2047 B-encoded words, each <= 75 characters, joined by spaces."""
    words, cur = [], ""
    for ch in s:
        if len(base64.b64encode((cur + ch).encode("utf-8"))) > 60:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return " ".join("=?UTF-8?B?%s?=" % base64.b64encode(w.encode("utf-8")).decode("ascii") for w in words)


def attachment(data, ctype, filename, style="plain", inline=False, cid=None):
    maintype, subtype = ctype.split("/")
    p = _strip_mv(MIMEBase(maintype, subtype))
    disp = "inline" if inline else "attachment"
    if style == "2231":
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    elif style == "2047":
        e = enc_words(filename)
        p.set_param("name", e)
        p.add_header("Content-Disposition", disp, filename=e)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    if cid:
        p["Content-ID"] = "<%s>" % cid
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def html_of(body, font="Calibri", rtl=False):
    paras = body.strip("\n").split("\n\n")
    d = ' dir="rtl"' if rtl else ""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body%s style="font-family:%s,sans-serif;font-size:11pt">' % (d, font)]
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def flow(body, width=72):
    """format=flowed: soft line breaks end with a space."""
    out = []
    for line in body.split("\n"):
        if line == "-- " or len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend([x + " " for x in parts[:-1]] + [parts[-1]])
    return "\n".join(out)


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8")


def serialize(msg, received_at, host, ip, sender, extra_trace=""):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(msg)
    qid = base64.b32encode(("%s%s" % (host, received_at.isoformat())).encode())[:12].decode()
    trace = ("Return-Path: <%s>\r\n"
             "Delivered-To: %s\r\n"
             "Received: from %s (%s [%s])\r\n"
             "\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
             "\tfor <%s>; %s (EET)\r\n"
             "%s"
             "Authentication-Results: mx1.iom.int;\r\n"
             "\tspf=pass smtp.mailfrom=%s\r\n"
             % (sender, OURS, host, host, ip, qid, OURS, format_datetime(received_at), extra_trace,
                sender.split("@")[-1] if "@" in sender else host))
    return trace.encode("ascii") + buf.getvalue()


def headers(m, frm, subject, date, mid, to=OURS, cc=None, extra=()):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj(subject)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    for k, v in extra:
        m[k] = v
    # move the MIME headers after the envelope ones, as clients write them
    for h in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        vals = m.get_all(h)
        if vals:
            del m[h]
            for v in vals:
                m[h] = v
    return m


def R(day, hh, mm, ss=0, month=2):
    return dt.datetime(2021, month, day, hh, mm, ss, tzinfo=BEIRUT)


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


MESSAGES = []


def add(msgbytes, received, category, language, ack, on_time, speakers, reports, thread_of, notes):
    n = len(MESSAGES) + 1
    MESSAGES.append({
        "bytes": msgbytes,
        "label": {
            "file": "h61-%02d.eml" % n,
            "received_at": received.isoformat(),
            "category": category, "language": language, "acknowledge": ack, "on_time": on_time,
            "speakers": speakers, "report_attachments": reports, "thread_of": thread_of, "notes": notes,
        }})


# =========================================================================== 01
def m01():
    rcv = R(27, 13, 42, 10, month=1)
    date = dt.datetime(2021, 1, 27, 12, 41, 52, tzinfo=CET)
    body = """Dear colleagues,

Please see below the request of our Chair, who is travelling this week and asked me to pass it on to you. Could you kindly confirm receipt?

Many thanks and best regards,
Lina

Lina Haddad | Office Manager
SGDF Berlin office | Oranienstrasse 12, 10999 Berlin
Tel. +49 30 5550 1842

-----Original Message-----
From: Tarek Al-Jundi <t.aljundi@sgdf-berlin.example.de>
Sent: Tuesday, January 26, 2021 9:14 PM
To: Lina Haddad <office@sgdf-berlin.example.de>
Subject: GCM regional review - speaking

Lina,

Could you please write to the GCM regional review secretariat (gcmrrarabstates@iom.int) and tell them I would like to intervene in the second roundtable? Labour mobility and skills recognition is exactly where our members have something to say. I will register online myself.

Thanks,
T.

--
Dr. Tarek Al-Jundi
Chairman of the Board
Syrian-German Diaspora Forum e.V. (SGDF)
Oranienstrasse 12 | 10999 Berlin | Germany
www.sgdf-berlin.example.de
"""
    alt = multi("alternative", [text(body, cte="quoted-printable", charset="us-ascii"),
                                text(html_of(body), "html", cte="quoted-printable", charset="us-ascii")],
                "_000_AM0PR07MB4417B2C1SGDF_", top=True)
    headers(alt, addr("Lina Haddad", "office@sgdf-berlin.example.de"),
            "FW: GCM regional review - speaking", date,
            "<AM0PR07MB44171F9D2B3C4A5E6@AM0PR07MB4417.eurprd07.prod.outlook.com>",
            extra=[("Thread-Topic", "GCM regional review - speaking"), ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(serialize(alt, rcv, "mail-eopbgr80071.outbound.protection.outlook.com", "40.107.8.71",
                  "office@sgdf-berlin.example.de"),
        rcv, "speaker_request", "en", True, True,
        [sp("Tarek Al-Jundi", "Chairman of the Board", "Syrian-German Diaspora Forum e.V. (SGDF)",
            ["roundtable"], 2)], [], None,
        "Sender (office manager, named in the cover-note signature) is not the speaker; the speaker's name, "
        "title and organisation appear only in the signature of the forwarded '-----Original Message-----' "
        "block; 'Dr.' is an honorific; role written as 'intervene in the second roundtable'; the cover "
        "signature uses the acronym only ('SGDF Berlin office').")


# =========================================================================== 02
def m02():
    rcv = R(29, 11, 5, 33, month=1)
    date = dt.datetime(2021, 1, 29, 10, 5, 12, tzinfo=CET)
    intro = ("Madame, Monsieur,\n\nSuite à votre lettre d'invitation à l'Examen régional du Pacte mondial "
             "pour les migrations, la Fédération des Associations Marocaines de Belgique (FAMB) a le plaisir "
             "de vous proposer deux intervenant·e·s :")
    rows = [("Mme Nadia El Ouafi", "Présidente", "FAMB", "Intervention en séance plénière"),
            ("M. Youssef Benhammou", "Chargé de plaidoyer migrations",
             "Fédération des Associations Marocaines de Belgique", "Table ronde thématique n° 3")]
    outro = ("Nous restons à votre disposition pour tout complément d'information.\n\n"
             "Bien cordialement,\n\nSecrétariat de la FAMB\nRue de Ribaucourt 27, 1080 Bruxelles\n"
             "secretariat@famb.example.be")
    plain = (intro + "\n\n" + "Nom\tFonction\tOrganisation\tRôle souhaité\n"
             + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n")
    th = "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><b>%s</b></td>' % h
                 for h in ("Nom", "Fonction", "Organisation", "Rôle souhaité"))
    trs = "".join("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">%s</td>'
                                   % html.escape(c) for c in r) + "</tr>\n" for r in rows)
    hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
             '<body lang="FR-BE" style="font-family:Calibri,sans-serif">\n'
             + "".join("<p class=MsoNormal>%s</p>\n" % html.escape(p) for p in intro.split("\n\n"))
             + '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
             + "<tr>" + th + "</tr>\n" + trs + "</table>\n"
             + "".join("<p class=MsoNormal>%s</p>\n" % html.escape(p).replace("\n", "<br>\n")
                       for p in outro.split("\n\n"))
             + "</body></html>\n")
    alt = multi("alternative", [text(plain, cte="quoted-printable"), text(hbody, "html", cte="quoted-printable")],
                "_000_DB8PR03MB5921FAMB_", top=True)
    headers(alt, addr("Secrétariat FAMB", "secretariat@famb.example.be"),
            "Proposition d'intervenant·e·s – FAMB – Examen régional du PMM", date,
            "<DB8PR03MB59213E1A77C04B2D9@DB8PR03MB5921.eurprd03.prod.outlook.com>",
            extra=[("Content-Language", "fr-BE"), ("X-Mailer", "Microsoft Outlook 16.0")])
    fam = "Fédération des Associations Marocaines de Belgique (FAMB)"
    add(serialize(alt, rcv, "mail-db8eur03on2091.outbound.protection.outlook.com", "40.107.7.91",
                  "secretariat@famb.example.be"),
        rcv, "speaker_request", "fr", True, True,
        [sp("Nadia El Ouafi", "Présidente", fam, ["plenary"]),
         sp("Youssef Benhammou", "Chargé de plaidoyer migrations", fam, ["roundtable"], 3)], [], None,
        "Two speakers in an Outlook HTML table (Nom / Fonction / Organisation / Rôle souhaité), tab-separated "
        "in the text part; 'Mme' and 'M.' inside the name cells are honorifics; the table gives the "
        "organisation once as the acronym 'FAMB' and once without it, the fullest form (with acronym) is in "
        "the intro sentence; RFC 2047 subject and display name; sent by a generic secretariat mailbox.")


# =========================================================================== 03
def m03():
    rcv = R(1, 16, 20, 45)
    date = dt.datetime(2021, 2, 1, 16, 20, 31, tzinfo=BEIRUT)
    body = "مرفق طيّه استمارة الترشيح للمشاركة كمتحدثة، مع الشكر.\n"
    form = make_docx([
        "استمارة طلب دور متحدث/ة",
        "المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – المنطقة العربية",
        "الاسم الكامل: الأستاذة رنا خوري",
        "المسمى الوظيفي: منسقة العلاقات الخارجية",
        "الجهة / المنظمة: نقابة العاملات المنزليات المهاجرات في لبنان",
        "البريد الإلكتروني: rana.k@ddwu-lb.example.org",
        "الدور المطلوب (يرجى الاختيار):",
        "☐ المشاركة في النقاش المفتوح للتشاور متعدد أصحاب المصلحة (23 شباط)",
        "☐ مقرر/ة لعرض الرسائل الرئيسية لأصحاب المصلحة",
        "☒ مداخلة من القاعة في جلسة عامة",
        "☐ مداخلة من القاعة في إحدى الموائد المستديرة المواضيعية الأربع",
    ], rtl=True)
    alt = multi("alternative", [text(body), text('<div dir="rtl">%s</div>\n' % html.escape(body.strip()), "html")],
                "000000000000a1c3f205ba4a61aa")
    m = multi("mixed", [alt, attachment(form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "استمارة المتحدثين - النقابة.docx", "2047")],
              "000000000000a1c3f405ba4a61ac", top=True)
    headers(m, addr("نقابة العاملات المنزليات", "ddwu.lebanon@gmail.example.com"),
            "ترشيح متحدثة", date, "<CAF3x9Lm7Qp2+yR0aZ1kT8vN4wYb6Hc5uD_E3sJ@mail.gmail.com>")
    add(serialize(m, rcv, "mail-wr1-f54.google.com", "209.85.221.54", "ddwu.lebanon@gmail.example.com"),
        rcv, "speaker_request", "ar", True, True,
        [sp("رنا خوري", "منسقة العلاقات الخارجية", "نقابة العاملات المنزليات المهاجرات في لبنان", ["plenary"])],
        [], None,
        "One-line Arabic body; all speaker details are only in the attached Word form (DOCX, RFC 2047 file "
        "name), so the label values are not in the mail text; the role is the ticked box (☒) among the four "
        "listed options; 'الأستاذة' is an honorific; the DOCX is a form, not a report (report_attachments "
        "empty); display name is a shortened organisation name.")


# =========================================================================== 04
def m04():
    rcv = R(2, 12, 31, 2)
    date = dt.datetime(2021, 2, 2, 11, 30, 47, tzinfo=CET)
    body = """Dear Madam or Sir,

We received the invitation to the regional review through our partners in Tunis, thank you.

Before we decide who from our association will follow the conference, may I ask whether simultaneous interpretation (Arabic / English / French) will be available in the thematic roundtables, or only in the plenary? Several of our members speak Arabic and Italian but not English.

Also, will the sessions be recorded?

Kind regards,

Sami Gharbi
Associazione Comunità Tunisina di Milano
Via Padova 88, 20132 Milano
"""
    p = text(body, cte="quoted-printable")
    p["MIME-Version"] = "1.0"
    headers(p, addr("Sami Gharbi", "sami.gharbi@actm-milano.example.it"),
            "Question on interpretation", date,
            "<8E1B4C2A-55D3-4F0E-9A77-2C61D0E3B5A4@actm-milano.example.it>",
            extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(serialize(p, rcv, "smtp.actm-milano.example.it", "198.51.100.44", "sami.gharbi@actm-milano.example.it"),
        rcv, "other", "en", True, None, [], [], None,
        "Logistics question (interpretation in the roundtables, recording); mentions roundtables, plenary and "
        "'who will follow the conference' but proposes no speaker; plain-text Apple Mail.")


# =========================================================================== 05
ID05 = "<CAGh5r2k0Wq+ATNMI7vB3xN9e_Pq1Lz8mYc4dF6oRt2u@mail.gmail.com>"


def m05():
    rcv = R(3, 10, 12, 40)
    date = dt.datetime(2021, 2, 3, 9, 12, 21, tzinfo=CET)
    body = """Dear GCM Regional Review team,

On behalf of the Arab Towns Network for Migration and Inclusion (ATNMI), please find attached our voluntary GCM review report, prepared jointly by eleven member municipalities in Tunisia, Morocco, Jordan and Lebanon.

We would also like to propose two speakers:

1. Ms. Hajer Mansouri, Deputy Mayor for Social Affairs, Municipality of Sousse - as rapporteur for the stakeholders' key messages
2. Mr. Walid Chehab, Programme Coordinator, ATNMI - floor intervention in roundtable 3

Both have registered on the conference platform.

Best regards,
Walid Chehab
Programme Coordinator
Arab Towns Network for Migration and Inclusion (ATNMI)
Secretariat hosted in Valencia, Spain
"""
    pdf = make_pdf(["Arab Towns Network for Migration and Inclusion (ATNMI)",
                    "Voluntary GCM Review Report - Arab Region, 2021",
                    "1. Local authorities and migrant inclusion",
                    "2. Access to services regardless of status",
                    "3. Recommendations for the regional review"])
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Arial"), "html", cte="quoted-printable")],
                "0000000000004e7b1b05ba6b2f10")
    m = multi("mixed", [alt, attachment(pdf, "application/pdf", "ATNMI_Voluntary_GCM_Review_Report.pdf")],
              "0000000000004e7b1d05ba6b2f12", top=True)
    headers(m, addr("Walid Chehab", "walid.chehab@atnmi.example.org"),
            "ATNMI - voluntary GCM review report + speakers", date, ID05)
    add(serialize(m, rcv, "mail-ej1-f47.google.com", "209.85.218.47", "walid.chehab@atnmi.example.org"),
        rcv, "both", "en", True, True,
        [sp("Hajer Mansouri", "Deputy Mayor for Social Affairs", "Municipality of Sousse", ["rapporteur"]),
         sp("Walid Chehab", "Programme Coordinator", "Arab Towns Network for Migration and Inclusion (ATNMI)",
            ["roundtable"], 3)],
        ["ATNMI_Voluntary_GCM_Review_Report.pdf"], None,
        "Both: PDF report plus two speakers in a numbered list; the first speaker's affiliation is a member "
        "municipality, not the sending network; the second speaker is the sender, given with the acronym "
        "only in the list but in full (with acronym) in the signature; 'Ms.'/'Mr.' honorifics; Gmail QP.")


# =========================================================================== 06
def m06():
    rcv = R(3, 18, 47, 5)
    date = dt.datetime(2021, 2, 3, 17, 46, 50, tzinfo=CET)
    body = """Bonjour,

Suite a la lettre d'invitation recue par notre federation, je me permets de vous ecrire directement.

Je suis directeur des affaires sociales a la Confederation tunisienne des employeurs et de l'artisanat (CTEA) et je souhaiterais intervenir lors de la premiere table ronde thematique, sur la mobilite de la main-d'oeuvre et les recrutements equitables, du point de vue des employeurs maghrebins.

Merci de me confirmer si cela est possible.

Cordialement

Slim Ben Romdhane

Envoye de Yahoo Mail sur Android
"""
    hb = ('<html><head></head><body><div class="ydp3f2b yahoo-style-wrap" style="font-family:Helvetica '
          'Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
          + "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>")
                    for p in body.strip().split("\n\n")) + "</div></body></html>\n")
    alt = multi("alternative", [text(body, charset="us-ascii", cte="7bit"),
                                text(hb, "html", charset="us-ascii", cte="7bit")],
                "----=_Part_1843297_917364528.1612370810421", top=True)
    headers(alt, addr("Slim Ben Romdhane", "slim.benromdhane@yahoo.example.fr"),
            "Demande d'intervention - table ronde", date,
            "<1843297.917364528.1612370810421@mail.yahoo.com>",
            extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(serialize(alt, rcv, "sonic313-21.consmr.mail.ir2.yahoo.com", "77.238.176.146",
                  "slim.benromdhane@yahoo.example.fr"),
        rcv, "speaker_request", "fr", True, True,
        [sp("Slim Ben Romdhane", "directeur des affaires sociales",
            "Confederation tunisienne des employeurs et de l'artisanat (CTEA)", ["roundtable"], 1)], [], None,
        "French written without any accents (Yahoo mobile); title and organisation only in a sentence "
        "('Je suis directeur ... a la ... (CTEA)'); name only in the sign-off; roundtable given as 'la "
        "premiere table ronde thematique'; private Yahoo address, not the organisation's.")


# =========================================================================== 07
ID07 = "<CAJx7Qw3+AWDN_p0Lr5tYk2mVb8nH4eF1zS9cGd6@mail.gmail.com>"
ACK07 = "<ack-20210204-0931-7f3a@iom.int>"


def m07():
    rcv = R(4, 9, 18, 27)
    date = dt.datetime(2021, 2, 4, 8, 18, 9, tzinfo=CET)
    body = """مرحبا،

نحن في Arab Women Diaspora Network - Italy (AWDN) حابين نرشّح شخصين للمؤتمر الإقليمي:

الدكتورة سهى المصري، رئيسة الشبكة، بدها تكون rapporteur يعني المقرّرة اللي بتقدّم الرسائل الرئيسية لأصحاب المصلحة.
وزميلنا الأستاذ عماد الحلبي، منسق المشاريع عنّا، حابب يشارك بالنقاش المفتوح يوم ٢٣ شباط.

إذا في أي ورقة لازم نعبّيها خبّرونا.

تحياتي،
ميساء درويش
مسؤولة التواصل – AWDN
Roma, Italia
"""
    alt = multi("alternative", [text(body), text('<div dir="rtl">' + html_of(body, "Arial") + "</div>\n", "html")],
                "000000000000c5d2e405ba7f9a01", top=True)
    headers(alt, addr("Maysa Darwish", "maysa.darwish@awdn-italia.example.it"),
            "ترشيح متحدثتين/متحدثين - AWDN", date, ID07)
    add(serialize(alt, rcv, "mail-wm1-f45.google.com", "209.85.128.45", "maysa.darwish@awdn-italia.example.it"),
        rcv, "speaker_request", "ar", True, True,
        [sp("سهى المصري", "رئيسة الشبكة", "Arab Women Diaspora Network - Italy (AWDN)", ["rapporteur"]),
         sp("عماد الحلبي", "منسق المشاريع", "Arab Women Diaspora Network - Italy (AWDN)", ["open_discussion"])],
        [], None,
        "Colloquial Levantine Arabic with the organisation name and 'rapporteur' in English inside Arabic "
        "text; two speakers in prose, neither is the sender (Maysa Darwish, communication officer); "
        "'الدكتورة' and 'الأستاذ' are honorifics; open discussion given as 'النقاش المفتوح يوم ٢٣ شباط' with "
        "Arabic-Indic digits; second speaker's title 'منسق المشاريع عنّا' (the suffix 'عنّا' = 'with us' is "
        "not part of the title).")


# =========================================================================== 08
def m08():
    rcv = R(4, 9, 33, 2)
    date = dt.datetime(2021, 2, 4, 8, 32, 58, tzinfo=CET)
    body = """شكراً لرسالتكم.
أنا خارج المكتب حتى ١٥ شباط/فبراير مع إمكانية محدودة للوصول إلى البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع info@awdn-italia.example.it

Grazie per il vostro messaggio. Sono fuori ufficio fino al 15 febbraio.

ميساء درويش – AWDN
"""
    p = text(body)
    p["MIME-Version"] = "1.0"
    headers(p, addr("Maysa Darwish", "maysa.darwish@awdn-italia.example.it"),
            "رد تلقائي: شكراً لتواصلكم – المراجعة الإقليمية للاتفاق العالمي للهجرة", date,
            "<autoreply-3c91a7e2@awdn-italia.example.it>",
            extra=[("In-Reply-To", ACK07), ("References", ID07 + " " + ACK07),
                   ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    add(serialize(p, rcv, "smtp.awdn-italia.example.it", "198.51.100.77", "maysa.darwish@awdn-italia.example.it"),
        rcv, "auto_reply", "ar", False, None, [], [], None,
        "Out-of-office reply (Arabic + Italian) to our acknowledgement of h61-07; References include h61-07's "
        "Message-ID; Auto-Submitted: auto-replied; must not be acknowledged.")


# =========================================================================== 09
def m09():
    rcv = R(5, 23, 50, 0)
    date = dt.datetime(2021, 2, 5, 22, 49, 41, tzinfo=CET)
    body = """Hello,

Apologies for the last-minute request. I'd like to ask for a speaking slot in one of the plenary sessions on 24-25 Feb.

I work as Policy Lead at the Sudanese Diaspora Council in Spain (SDCS), we support Sudanese and other East African migrants arriving through the western Mediterranean route.

Thank you,
Amira Osman

Sent from my iPhone
"""
    p = text(body, cte="quoted-printable")
    p["MIME-Version"] = "1.0 (1.0)"
    headers(p, addr("Amira Osman", "amira.osman@sdcs.example.es"), "Speaking request - plenary", date,
            "<5D0C2E7B-91A4-4F6B-B8C3-0E1F7A9D2C64@sdcs.example.es>",
            extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(serialize(p, rcv, "smtp.sdcs.example.es", "198.51.100.118", "amira.osman@sdcs.example.es"),
        rcv, "speaker_request", "en", True, True,
        [sp("Amira Osman", "Policy Lead", "Sudanese Diaspora Council in Spain (SDCS)", ["plenary"])], [], None,
        "Edge of the speaker deadline: received 23:50 Beirut on Friday 5 Feb (Date header 22:49 +0100), so on "
        "time; title and organisation only in an 'I work as ... at ...' sentence; name only in the sign-off; "
        "iPhone.")


# =========================================================================== 10
def m10():
    rcv = R(6, 0, 10, 0)
    date = dt.datetime(2021, 2, 5, 23, 9, 48, tzinfo=CET)
    body = """Madame, Monsieur,

Je me permets de vous écrire à la suite de la lettre d'invitation transmise par le réseau des associations de la diaspora algérienne en France.

Je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, afin de présenter le point de vue des jeunes de la diaspora sur les voies de migration régulière entre l'Algérie et l'Europe.

Je reste joignable au +33 6 12 34 56 78.

Bien à vous,

-- 
Mehdi Boukhalfa
Responsable du pôle plaidoyer
Collectif des Jeunes Algériens de Lyon (CJAL)
12 rue Paul Bert, 69003 Lyon
"""
    p = text(flow(body), cte="8bit", flowed=True)
    p["MIME-Version"] = "1.0"
    headers(p, addr("Mehdi Boukhalfa", "mehdi.boukhalfa@cjal.example.fr"),
            "Demande de prise de parole – discussion ouverte du 23 février", date,
            "<9a3f1c7e-5b2d-4e8a-b6f0-1c2d3e4f5a6b@cjal.example.fr>",
            extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                   ("Content-Language", "fr")])
    add(serialize(p, rcv, "smtp.cjal.example.fr", "198.51.100.150", "mehdi.boukhalfa@cjal.example.fr"),
        rcv, "speaker_request", "fr", True, False,
        [sp("Mehdi Boukhalfa", "Responsable du pôle plaidoyer", "Collectif des Jeunes Algériens de Lyon (CJAL)",
            ["open_discussion"])], [], None,
        "Late by ten minutes: received 00:10 Beirut on Saturday 6 Feb while the Date header says Fri 5 Feb "
        "23:09 +0100 (on time in the sender's zone, late in Beirut); Thunderbird format=flowed, 8bit UTF-8; "
        "name, title and organisation on separate signature lines after '-- '.")


# =========================================================================== 11
def m11():
    rcv = R(6, 10, 2, 14)
    date = dt.datetime(2021, 2, 6, 9, 1, 55, tzinfo=CET)
    body = """مرحبا مرة تانية،

نسيت أذكر بإيميلي إمبارح إنو الدكتورة سهى رح تحكي بالعربي، وعماد بيفضّل يحكي بالإنجليزي. وهيدي إيميلاتهم للتواصل المباشر:
soha.masri@awdn-italia.example.it
imad.halabi@awdn-italia.example.it

شكراً إلكن،
ميساء

‫في الخميس، ٤ فبراير ٢٠٢١ في ٨:١٨ ص، كتب ‪Maysa Darwish‬ <‪maysa.darwish@awdn-italia.example.it‬>:‬
> مرحبا،
>
> نحن في Arab Women Diaspora Network - Italy (AWDN) حابين نرشّح شخصين للمؤتمر الإقليمي:
> ...
"""
    alt = multi("alternative", [text(body), text('<div dir="rtl">' + html_of(body, "Arial") + "</div>\n", "html")],
                "000000000000f1a9b305baa01c77", top=True)
    headers(alt, addr("Maysa Darwish", "maysa.darwish@awdn-italia.example.it"),
            "Re: ترشيح متحدثتين/متحدثين - AWDN", date, "<CAJx7Qw3+AWDN_f2Ms8uXp4qWc1nL7eG3aZ0dTh9@mail.gmail.com>",
            extra=[("In-Reply-To", ID07), ("References", ID07)])
    add(serialize(alt, rcv, "mail-wm1-f45.google.com", "209.85.128.45", "maysa.darwish@awdn-italia.example.it"),
        rcv, "other", "ar", True, None, [], [], "h61-07.eml",
        "Follow-up to h61-07 (In-Reply-To) adding missing details only: the speakers' languages and e-mail "
        "addresses; no new speaker or role, so 'other' with thread_of h61-07; it says 'yesterday' although "
        "h61-07 was sent two days earlier; quoted original in Gmail's Arabic attribution line with bidi marks.")


# =========================================================================== 12
def m12():
    rcv = R(8, 11, 40, 0)
    date = dt.datetime(2021, 2, 8, 10, 39, 37, tzinfo=CET)
    body = """السادة الأفاضل في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،

تحية طيبة وبعد،

يسرّنا أن نرفق لكم طيّه التقرير الطوعي لجمعية المهاجرين المغاربة في كاتالونيا حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وذلك مساهمةً في أعمال المراجعة الإقليمية للدول العربية.

ويتناول التقرير بصورة خاصة أوضاع العمال الموسميين والقاصرين غير المصحوبين، وسبل تسوية الأوضاع الإدارية.

وتفضلوا بقبول فائق الاحترام والتقدير،

عبد الإله الزياني
الكاتب العام
جمعية المهاجرين المغاربة في كاتالونيا
Carrer de l'Hospital 56, 08001 Barcelona

AVIS LEGAL: Aquest missatge i els seus annexos son confidencials i s'adrecen exclusivament al seu destinatari.
"""
    pdf = make_pdf(["Associacio d'Immigrants Marroquins a Catalunya",
                    "Voluntary report on the implementation of the GCM - 2021",
                    "Seasonal workers, unaccompanied minors, regularisation"])
    alt = multi("alternative", [text(body, charset="windows-1256", cte="quoted-printable"),
                                text(html_of(body, "Arial", rtl=True).replace("charset=utf-8", "charset=windows-1256"),
                                     "html", charset="windows-1256", cte="quoted-printable")],
                "_000_VI1PR02MB6110AIMC_")
    m = multi("mixed", [alt, attachment(pdf, "application/pdf",
                                         "التقرير الطوعي - جمعية المهاجرين المغاربة في كاتالونيا.pdf", "2047")],
              "_004_VI1PR02MB6110AIMC_", top=True)
    headers(m, addr("عبد الإله الزياني", "secretaria@aimc-bcn.example.es"),
            "التقرير الطوعي حول الاتفاق العالمي للهجرة", date,
            "<VI1PR02MB611087C2D4E5F6A1B@VI1PR02MB6110.eurprd02.prod.outlook.com>",
            extra=[("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")])
    add(serialize(m, rcv, "mail-vi1eur02on0611.outbound.protection.outlook.com", "40.107.6.111",
                  "secretaria@aimc-bcn.example.es"),
        rcv, "voluntary_report", "ar", True, True, [],
        ["التقرير الطوعي - جمعية المهاجرين المغاربة في كاتالونيا.pdf"], None,
        "Formal Arabic Outlook mail in windows-1256 (QP) with HTML alternative; PDF with a long Arabic RFC 2047 "
        "file name split over several encoded words; report text itself in Catalan/English; Catalan legal "
        "disclaimer.")


# =========================================================================== 13
ACK05 = "<ack-20210203-1013-2b9c@iom.int>"


def m13():
    rcv = R(8, 15, 4, 9)
    date = dt.datetime(2021, 2, 8, 14, 3, 51, tzinfo=CET)
    body = """Many thanks for the confirmation, much appreciated!

Best,
Walid

On Wed, Feb 3, 2021 at 9:13 AM GCM Regional Review - Arab States <gcmrrarabstates@iom.int> wrote:

> Dear Walid Chehab,
>
> Thank you for your message. We confirm receipt of your voluntary GCM
> review report and of your speaker proposals. The secretariat will revert
> to you on the programme in due course.
>
> Regional UN Network on Migration - Arab region
"""
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Arial"), "html", cte="quoted-printable")],
                "000000000000b8f0a105bae9e0c4", top=True)
    headers(alt, addr("Walid Chehab", "walid.chehab@atnmi.example.org"),
            "Re: Acknowledgement of receipt - ATNMI - voluntary GCM review report + speakers", date,
            "<CAGh5r2k0Wq+ATNMI9pL2dS6wT_Vb3Kq7nXe1Jc8@mail.gmail.com>",
            extra=[("In-Reply-To", ACK05), ("References", ID05 + " " + ACK05)])
    add(serialize(alt, rcv, "mail-ej1-f47.google.com", "209.85.218.47", "walid.chehab@atnmi.example.org"),
        rcv, "other", "en", False, None, [], [], "h61-05.eml",
        "Thank-you reply to our acknowledgement of h61-05, adds nothing new: not acknowledged; the quoted "
        "acknowledgement mentions report and speakers; References carry h61-05's Message-ID.")


# =========================================================================== 14
ID14 = "<CAEa9Yt1+EADP_r3Nq6pLw8vXc2mKb5hF0zR4sGd@mail.gmail.com>"


def m14(docx14):
    rcv = R(9, 17, 25, 30)
    date = dt.datetime(2021, 2, 9, 16, 25, 11, tzinfo=CET)
    body = """Dear colleagues,

Please find attached the voluntary GCM review report of the Euro-Arab Diaspora Platform (EADP), a collective contribution of 23 diaspora associations in Belgium, the Netherlands and Luxembourg.

The report covers objectives 5 (regular pathways), 16 (inclusion and social cohesion) and 19 (diaspora contributions to sustainable development).

With best regards,

Khalid Amrani
Policy Officer
Euro-Arab Diaspora Platform (EADP)
Avenue de Stalingrad 40, 1000 Brussels
"""
    alt = multi("alternative", [text(body, cte="quoted-printable"),
                                text(html_of(body, "Arial").replace("</body>", '<img src="cid:ii_kkx3eadp0" alt="EADP"></body>'),
                                     "html", cte="quoted-printable")],
                "000000000000c3a8d705bafe1a92")
    rel = multi("related", [alt, attachment(make_png(), "image/png", "eadp-logo.png", inline=True, cid="ii_kkx3eadp0")],
                "000000000000c3a8d605bafe1a91")
    m = multi("mixed", [rel, attachment(docx14, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "EADP_GCM_Review_Report_2021.docx")],
              "000000000000c3a8d805bafe1a93", top=True)
    headers(m, addr("Khalid Amrani", "k.amrani@eadp.example.be"), "Voluntary GCM review report - EADP", date, ID14)
    add(serialize(m, rcv, "mail-ed1-f41.google.com", "209.85.208.41", "k.amrani@eadp.example.be"),
        rcv, "voluntary_report", "en", True, True, [], ["EADP_GCM_Review_Report_2021.docx"], None,
        "Collective report as DOCX; an inline signature logo (eadp-logo.png, multipart/related) is not part of "
        "the report; will be replaced by the revised version h61-17.")


# =========================================================================== 15
def m15():
    rcv = R(10, 14, 8, 20)
    date = dt.datetime(2021, 2, 10, 13, 8, 2, tzinfo=CET)
    body = """Madame, Monsieur,

Au nom du Syndicat des Travailleuses Domestiques Migrantes (STDM), nous vous transmettons ci-joint notre rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations au Maroc.

Par ailleurs, notre secrétaire générale, Mme Mariam Koné, souhaiterait intervenir lors de la quatrième table ronde thématique, consacrée aux droits des travailleuses et travailleurs migrants.

Nous vous remercions de votre attention.

Cordialement,

Hind Lahlou
Chargée de communication – STDM
Rabat, Maroc
"""
    pdf = make_pdf(["Syndicat des Travailleuses Domestiques Migrantes (STDM)",
                    "Rapport volontaire - Pacte mondial pour les migrations",
                    "Maroc, fevrier 2021"])
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Arial"), "html", cte="quoted-printable")],
                "0000000000003d9e2a05bafe77b1")
    m = multi("mixed", [alt, attachment(pdf, "application/pdf", "Rapport_volontaire_STDM_février2021.pdf", "2047")],
              "0000000000003d9e2c05bafe77b3", top=True)
    headers(m, addr("Hind Lahlou", "stdm.maroc@gmail.example.com"),
            "Rapport volontaire PMM – STDM + demande d'intervention", date,
            "<CAD4q8Hk2+STDM_w7Pn3sLx5vYc1mQb9tE0zR6gJ@mail.gmail.com>")
    add(serialize(m, rcv, "mail-lj1-f43.google.com", "209.85.208.43", "stdm.maroc@gmail.example.com"),
        rcv, "both", "fr", True, False,
        [sp("Mariam Koné", "secrétaire générale", "Syndicat des Travailleuses Domestiques Migrantes (STDM)",
            ["roundtable"], 4)],
        ["Rapport_volontaire_STDM_février2021.pdf"], None,
        "Both, received 10 Feb: the report part is on time but the speaker part is after 5 Feb, so on_time "
        "is false; speaker (not the sender) introduced as 'notre secrétaire générale, Mme Mariam Koné' with "
        "the affiliation only by reference ('notre'); roundtable as 'quatrième table ronde thématique'; "
        "Gmail RFC 2047 accented file name; 'œ' ligature in the body.")


# =========================================================================== 16
def m16():
    rcv = R(11, 19, 55, 48)
    date = dt.datetime(2021, 2, 11, 18, 55, 30, tzinfo=CET)
    hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">
<p>Bonjour,</p>
<p>Pourriez-vous nous confirmer que la date limite d&rsquo;envoi des rapports volontaires est bien le <strong>mardi 16 f&eacute;vrier</strong> ?</p>
<p>Notre rapport ne sera finalis&eacute; que le 17 au matin (validation par notre conseil d&rsquo;administration le 16 au soir) : sera-t-il encore pris en compte ? Et peut-on l&rsquo;envoyer en fran&ccedil;ais, ou faut-il une traduction en anglais ?</p>
<p>Merci d&rsquo;avance,</p>
<div id="signature">--<br>Farida Mebarki<br>Association Franco-Alg&eacute;rienne Solidarit&eacute; Migrants (AFASM)<br>Marseille</div>
</body></html>
"""
    p = text(hb, "html", cte="quoted-printable")
    p["MIME-Version"] = "1.0"
    headers(p, addr("Farida Mebarki", "contact@afasm.example.fr"), "Question : date limite des rapports", date,
            "<b4e1c93a72f05d8e6a1b2c3d4e5f6a7b@afasm.example.fr>",
            extra=[("User-Agent", "Roundcube Webmail/1.4.11"), ("X-Sender", "contact@afasm.example.fr")])
    add(serialize(p, rcv, "mail.afasm.example.fr", "198.51.100.201", "contact@afasm.example.fr"),
        rcv, "other", "fr", True, None, [], [], None,
        "HTML-only Roundcube mail with HTML entities for the accents; question about the report deadline, "
        "a late submission and the language of the report; announces a report but attaches none.")


# =========================================================================== 17
def m17(docx17):
    rcv = R(12, 12, 14, 6)
    date = dt.datetime(2021, 2, 12, 11, 13, 49, tzinfo=CET)
    body = """Dear colleagues,

Please find attached a revised version of our report. It replaces the version sent on 9 February: two member associations sent corrections to the figures in section 3 and we added an executive summary.

Apologies for the inconvenience.

Best regards,
Khalid Amrani
Policy Officer
Euro-Arab Diaspora Platform (EADP)

On Tue, Feb 9, 2021 at 4:25 PM Khalid Amrani <k.amrani@eadp.example.be> wrote:

> Dear colleagues,
>
> Please find attached the voluntary GCM review report of the Euro-Arab
> Diaspora Platform (EADP), a collective contribution of 23 diaspora
> associations in Belgium, the Netherlands and Luxembourg.
>
> With best regards,
> Khalid Amrani
"""
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Arial"), "html", cte="quoted-printable")],
                "000000000000e92b1105bb2c8d40")
    m = multi("mixed", [alt, attachment(docx17, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "EADP_GCM_Review_Report_2021_REVISED.docx")],
              "000000000000e92b1305bb2c8d42", top=True)
    headers(m, addr("Khalid Amrani", "k.amrani@eadp.example.be"),
            "Re: Voluntary GCM review report - EADP (REVISED version)", date,
            "<CAEa9Yt1+EADP_m8Tz2kRq5wNe7vLb1xPc4sDf@mail.gmail.com>",
            extra=[("In-Reply-To", ID14), ("References", ID14)])
    add(serialize(m, rcv, "mail-ed1-f41.google.com", "209.85.208.41", "k.amrani@eadp.example.be"),
        rcv, "voluntary_report", "en", True, True, [], ["EADP_GCM_Review_Report_2021_REVISED.docx"], "h61-14.eml",
        "Revised report that replaces the one of h61-14 (reply to the sender's own message, In-Reply-To "
        "h61-14); new DOCX with different content and name; the quoted original no longer carries the old "
        "attachment.")


# =========================================================================== 18
def m18():
    rcv = R(14, 20, 31, 55)
    date = dt.datetime(2021, 2, 14, 19, 31, 36, tzinfo=CET)
    body = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport collectif de l'Alliance Maghrébine des Organisations d'Employeurs (AMOE), élaboré avec nos membres algériens, marocains, tunisiens et mauritaniens, dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport porte sur le recrutement équitable, la reconnaissance des compétences et la portabilité des droits sociaux.

Respectueusement,

Karim Haddadi
Secrétaire exécutif
Alliance Maghrébine des Organisations d'Employeurs (AMOE)
Siège : Tunis | Bureau de liaison : Paris

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
"""
    docx = make_docx(["Alliance Maghrebine des Organisations d'Employeurs (AMOE)",
                      "Rapport collectif - Examen regional du PMM 2021",
                      "1. Recrutement equitable", "2. Reconnaissance des competences",
                      "3. Portabilite des droits sociaux"])
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Helvetica"), "html", cte="quoted-printable")],
                "Apple-Mail=_7C1A9E44-2B3D-4F5E-8A6B-9C0D1E2F3A4B")
    m = multi("mixed", [alt, attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "Rapport collectif – Employeurs du Maghreb – PMM 2021.docx", "2231")],
              "Apple-Mail=_5E2F8B11-6C4D-4A3E-9B2C-1D0E9F8A7B6C", top=True)
    headers(m, addr("Karim Haddadi", "k.haddadi@amoe.example.org"), "Rapport collectif AMOE – Examen régional PMM",
            date, "<3B7E9D2A-4C1F-4E6B-A8D5-2F0C1B9E7A63@amoe.example.org>",
            extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(serialize(m, rcv, "smtp.amoe.example.org", "198.51.100.233", "k.haddadi@amoe.example.org"),
        rcv, "voluntary_report", "fr", True, True, [],
        ["Rapport collectif – Employeurs du Maghreb – PMM 2021.docx"], None,
        "Collective employers' report; Apple Mail with RFC 2231 file name containing en dashes and spaces; "
        "long French confidentiality disclaimer; sender's title and organisation in the signature are not a "
        "speaker request.")


# =========================================================================== 19
def m19():
    rcv = R(15, 10, 45, 12)
    date = dt.datetime(2021, 2, 15, 9, 44, 50, tzinfo=CET)
    body = """حضرات السادة في أمانة المراجعة الإقليمية المحترمين،

تحية طيبة،

يسعدنا أن نرسل إليكم التقرير الطوعي لرابطة الكفاءات العربية في ألمانيا حول الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (مرفق بصيغة PDF).

كما نرجو التكرم بإدراج الدكتور مراد القاسمي، عضو مجلس الإدارة ومسؤول ملف الهجرة في الرابطة، ضمن المتحدثين في المائدة المستديرة الثانية.

وتفضلوا بقبول فائق الاحترام،

نوال بن عيسى
الأمينة العامة
رابطة الكفاءات العربية في ألمانيا
فرانكفورت

---------- Forwarded message ---------
From: Mourad Al-Qasimi <m.alqasimi@rakd.example.de>
Date: Fri, Feb 12, 2021 at 6:02 PM
Subject: التقرير - النسخة النهائية
To: Nawal Ben Aissa <sg@rakd.example.de>


نوال، هذه النسخة النهائية بعد ملاحظات المجلس. أرجو إرسالها إلى الأمانة مع طلب المداخلة.
مراد
"""
    pdf = make_pdf(["Rabitat al-Kafaat al-Arabiya fi Almaniya",
                    "Voluntary GCM review report 2021 - final version",
                    "Skills, recognition of qualifications, diaspora investment"])
    alt = multi("alternative", [text(body), text(html_of(body, "Arial", rtl=True), "html")],
                "_000_FR2P281MB0123RAKD_")
    m = multi("mixed", [alt, attachment(pdf, "application/pdf", "تقرير الرابطة الطوعي 2021.pdf", "2047")],
              "_004_FR2P281MB0123RAKD_", top=True)
    headers(m, addr("نوال بن عيسى", "sg@rakd.example.de"), "التقرير الطوعي وطلب مداخلة – رابطة الكفاءات العربية في ألمانيا",
            date, "<FR2P281MB01236A1B2C3D4E5F@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>",
            extra=[("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")])
    add(serialize(m, rcv, "mail-fr2deu01on0620.outbound.protection.outlook.com", "40.107.135.20", "sg@rakd.example.de"),
        rcv, "both", "ar", True, False,
        [sp("مراد القاسمي", "عضو مجلس الإدارة ومسؤول ملف الهجرة", "رابطة الكفاءات العربية في ألمانيا",
            ["roundtable"], 2)],
        ["تقرير الرابطة الطوعي 2021.pdf"], None,
        "Both, received 15 Feb: report on time, speaker part late (after 5 Feb), so on_time false; formal "
        "Arabic Outlook mail (base64 UTF-8) with a Gmail-style '---------- Forwarded message ---------' block "
        "from the speaker whose Latin-script name (Mourad Al-Qasimi) differs from the Arabic one; 'الدكتور' is "
        "an honorific; affiliation given by reference ('في الرابطة') after the full name; 'المائدة "
        "المستديرة الثانية'.")


# =========================================================================== 20
def m20():
    rcv = R(16, 23, 50, 0)
    date = dt.datetime(2021, 2, 16, 22, 49, 38, tzinfo=CET)
    body = """مساء الخير،
مرفق التقرير الطوعي لجمعية الجالية اليمنية في إيطاليا. نعتذر عن التأخير.

مع التحية
علي باعبود

أُرسلت من الـ iPhone
"""
    pdf = make_pdf(["Yemeni Community Association in Italy",
                    "Voluntary GCM review report, February 2021"])
    m = multi("mixed", [text(body, cte="quoted-printable"),
                        attachment(pdf, "application/pdf", "تقرير الجالية اليمنية.pdf", "2231")],
              "Apple-Mail-3F1E2D4C-9A8B-4C7D-B6E5-0F1A2B3C4D5E", top=True)
    m.replace_header("MIME-Version", "1.0 (1.0)")
    headers(m, addr("Ali Baabood", "ali.baabood@icloud.example.com"), "التقرير الطوعي", date,
            "<A7C2E1F0-3B4D-4E5F-9A6B-7C8D9E0F1A2B@icloud.example.com>",
            extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(serialize(m, rcv, "st43p00im-ztdg10073201.me.com", "17.58.63.176", "ali.baabood@icloud.example.com"),
        rcv, "voluntary_report", "ar", True, True, [], ["تقرير الجالية اليمنية.pdf"], None,
        "Edge of the report deadline: received 23:50 Beirut on Tuesday 16 Feb (Date header 22:49 +0100), on "
        "time; the sender apologises for 'the delay' although it is not late; iPhone, RFC 2231 Arabic file name, "
        "Latin-script display name.")


# =========================================================================== 21
ID21 = "<CAB2w6Kp9+ATBD_x4Qm8rNv1tLc3zYe7hG5dFs0@mail.gmail.com>"


def m21():
    rcv = R(17, 0, 10, 0)
    date = dt.datetime(2021, 2, 16, 23, 9, 55, tzinfo=CET)
    body = """Bonsoir,

Vous trouverez en pièce jointe le rapport volontaire de l'Association des Tunisiens de Belgique pour le Développement (ATBD) sur la mise en œuvre du PMM.

Bien cordialement,
Sonia Trabelsi
Présidente de l'ATBD
"""
    pdf = make_pdf(["Association des Tunisiens de Belgique pour le Developpement (ATBD)",
                    "Rapport volontaire PMM - 2021"])
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Arial"), "html", cte="quoted-printable")],
                "000000000000a7d4e205bb6f3c11")
    m = multi("mixed", [alt, attachment(pdf, "application/pdf", "Rapport volontaire ATBD.pdf")],
              "000000000000a7d4e405bb6f3c13", top=True)
    headers(m, addr("Sonia Trabelsi", "atbd.bruxelles@gmail.example.com"), "Rapport volontaire ATBD", date, ID21)
    add(serialize(m, rcv, "mail-wr1-f51.google.com", "209.85.221.51", "atbd.bruxelles@gmail.example.com"),
        rcv, "voluntary_report", "fr", True, False, [], ["Rapport volontaire ATBD.pdf"], None,
        "Late by ten minutes: received 00:10 Beirut on Wed 17 Feb while the Date header says Tue 16 Feb "
        "23:09 +0100; file name with spaces; the sender's title in the signature is not a speaker request.")


# =========================================================================== 22
def m22():
    rcv = R(17, 0, 12, 31)
    date = dt.datetime(2021, 2, 16, 23, 12, 30, tzinfo=CET)
    expl = """Ceci est le système de messagerie de mail-wr1.google.example.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<atbd.bruxelles@gmail.example.com>: boîte aux lettres pleine / mailbox full
    (552 5.2.2 The email account that you tried to reach is over quota)
"""
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mail-wr1.google.example"
    per_msg["Arrival-Date"] = "Tue, 16 Feb 2021 23:12:27 +0100"
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; atbd.bruxelles@gmail.example.com"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.2.2"
    per_rcpt["Diagnostic-Code"] = "smtp; 552 5.2.2 The email account that you tried to reach is over quota"
    ds.attach(per_msg)
    ds.attach(per_rcpt)
    hdrs = ("From: GCM Regional Review - Arab States <gcmrrarabstates@iom.int>\n"
            "To: Sonia Trabelsi <atbd.bruxelles@gmail.example.com>\n"
            "Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_Rapport_volontaire_ATBD?=\n"
            "Date: Wed, 17 Feb 2021 00:12:20 +0200\n"
            "Message-ID: <ack-20210217-0012-5d1e@iom.int>\n"
            "In-Reply-To: " + ID21 + "\n"
            "Content-Type: text/plain; charset=UTF-8\n")
    rh = text(hdrs, "rfc822-headers", charset="us-ascii", cte="7bit")
    del rh["Content-Type"]
    rh["Content-Type"] = "text/rfc822-headers"
    m = multi("report", [text(expl, cte="8bit"), ds, rh], "8F3C2A1B.1613513550/mail-wr1.google.example", top=True)
    m.set_param("report-type", "delivery-status")
    headers(m, "Mail Delivery System <MAILER-DAEMON@mail-wr1.google.example>",
            "Non remis : Accusé de réception – Rapport volontaire ATBD", date,
            "<20210216221230.8F3C2A1B@mail-wr1.google.example>",
            extra=[("Auto-Submitted", "auto-replied")])
    add(serialize(m, rcv, "mail-wr1.google.example", "209.85.221.60", ""),
        rcv, "bounce", "fr", False, None, [], [], None,
        "Delivery status notification (mailbox over quota) for our French acknowledgement of h61-21; "
        "multipart/report with text/rfc822-headers; French explanation; null Return-Path; must not be "
        "acknowledged.")


# =========================================================================== 23
def m23():
    rcv = R(18, 9, 36, 44)
    date = dt.datetime(2021, 2, 18, 8, 36, 21, tzinfo=CET)
    body = """Dear Secretariat,

I am forwarding below the report that our coordinator sent on Monday; we just realised it went to a wrong address (gcmrrarabstate@iom.int, without the s). I hope it can still be considered.

Kind regards,
Salma Ferjani
Libyan Diaspora Network in Italy (LDNI)

---------- Forwarded message ---------
From: Nouri Elmabrouk <n.elmabrouk@ldni.example.it>
Date: Mon, Feb 15, 2021 at 4:47 PM
Subject: LDNI voluntary report - GCM regional review
To: <gcmrrarabstate@iom.int>
Cc: Salma Ferjani <s.ferjani@ldni.example.it>


Dear colleagues,

Please find attached the voluntary report of the Libyan Diaspora Network in Italy (LDNI) for the GCM regional review.

Best regards,
Nouri Elmabrouk
Coordinator, LDNI
"""
    pdf = make_pdf(["Libyan Diaspora Network in Italy (LDNI)",
                    "Voluntary report - GCM regional review, Arab region 2021"])
    alt = multi("alternative", [text(body, cte="quoted-printable"), text(html_of(body, "Arial"), "html", cte="quoted-printable")],
                "0000000000005f1c8b05bb8e4d21")
    m = multi("mixed", [alt, attachment(pdf, "application/pdf", "LDNI_Voluntary_Report_GCM.pdf")],
              "0000000000005f1c8d05bb8e4d23", top=True)
    headers(m, addr("Salma Ferjani", "s.ferjani@ldni.example.it"), "Fwd: LDNI voluntary report - GCM regional review",
            date, "<CAH3n5Rt8+LDNI_q2Wv7mKp4sXb9cZe1dF6gTy@mail.gmail.com>")
    add(serialize(m, rcv, "mail-pj1-f49.google.com", "209.85.216.49", "s.ferjani@ldni.example.it"),
        rcv, "voluntary_report", "en", True, False, [], ["LDNI_Voluntary_Report_GCM.pdf"], None,
        "Late report received 18 Feb: forwarded ('---------- Forwarded message ---------') from an original "
        "sent on 15 Feb to a mistyped address; the 15 Feb date in the forwarded header does not make it on "
        "time; the attachment is on the outer message.")


# =========================================================================== 24
def m24():
    rcv = R(19, 13, 22, 18)
    date = dt.datetime(2021, 2, 19, 12, 22, 0, tzinfo=CET)
    body = """السلام عليكم،

اطّلعنا على رسالة الدعوة باللغة العربية، ونفهم منها أن آخر موعد لطلبات المداخلة هو 23 شباط/فبراير، لذلك نرسل طلبنا الآن.

أرغب في المشاركة كمتحدثة في المؤتمر لعرض تجربة العائلات اللبنانية المهاجرة في فرنسا، وأرجو إعلامي بالجلسة التي ترونها مناسبة.

مع خالص التقدير،

جنى الصايغ
مديرة، جمعية المغتربين اللبنانيين في فرنسا
باريس
"""
    alt = multi("alternative", [text(body), text(html_of(body, "Arial", rtl=True), "html")],
                "_000_PR1P264MB1842ALF_", top=True)
    headers(alt, addr("Jana Sayegh", "jana.sayegh@alf-paris.example.fr"), "طلب مداخلة في المؤتمر الإقليمي", date,
            "<PR1P264MB18429E8D7C6B5A41@PR1P264MB1842.FRAP264.PROD.OUTLOOK.COM>",
            extra=[("Content-Language", "ar-LB")])
    add(serialize(alt, rcv, "mail-pr1fra01on0703.outbound.protection.outlook.com", "40.107.12.103",
                  "jana.sayegh@alf-paris.example.fr"),
        rcv, "speaker_request", "ar", True, False,
        [sp("جنى الصايغ", "مديرة", "جمعية المغتربين اللبنانيين في فرنسا", [])], [], None,
        "Late speaker request (19 Feb): the sender relies on the misprinted '23 February' deadline of the "
        "Arabic letter; no role stated ('كمتحدثة في المؤتمر', asks the secretariat to choose), so roles is "
        "empty; name only in the signature, title and organisation on one line ('مديرة، جمعية ...'); "
        "Latin-script display name.")


def main():
    docx14 = make_docx(["Euro-Arab Diaspora Platform (EADP)", "Voluntary GCM Review Report 2021",
                        "Objective 5, Objective 16, Objective 19"])
    docx17 = make_docx(["Euro-Arab Diaspora Platform (EADP)", "Voluntary GCM Review Report 2021 - REVISED",
                        "Executive summary", "Objective 5, Objective 16, Objective 19",
                        "Section 3 figures corrected (12 February 2021)"])
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13):
        f()
    m14(docx14)
    m15(); m16()
    m17(docx17)
    for f in (m18, m19, m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    prev = None
    for m in MESSAGES:
        lab = m["label"]
        t = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or t > prev, lab["file"]
        prev = t
        with open(os.path.join(OUT, lab["file"]), "wb") as f:
            f.write(m["bytes"])
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
