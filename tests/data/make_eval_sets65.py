#!/usr/bin/env python3
"""Write the blind evaluation set holdout65 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets65.py
People and organisations are invented (academic networks, university migration centres, think tanks and
a regional intergovernmental labour body across the Maghreb, Levant and Gulf).
"""
import datetime as dt
import hashlib
import io
import json
import os
import zipfile
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from mailgen import (HERE, esc, DOCX, sp)

OUT = os.path.join(HERE, "holdout65")
MAILBOX = "gcmrrarabstates@iom.int"
MAILBOX_TO = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ----------------------------------------------------------------------------------------- helpers
def h(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def rfcdate(d, pad=False, comment=None):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{d.day:02d}" if pad else str(d.day)
    s = (f"{DAYS[d.weekday()]}, {day} {MONTHS[d.month - 1]} {d.year} "
         f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")
    return s + (f" ({comment})" if comment else "")


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def at(s, hours=2):
    """'2021-02-01 10:05:12' in the given UTC offset."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(hours))


def enc(s, cs="utf-8", kind="b"):
    """RFC 2047 encoding of a header text (one encoded word per chunk); ASCII is left alone."""
    if all(ord(c) < 128 for c in s):
        return s
    c = Charset(cs)
    c.header_encoding = BASE64 if kind == "b" else QP
    return Header(s, c).encode(maxlinelen=0)


def hdr(s, cs="utf-8", kind="b", name="Subject"):
    """Header object for a subject: folded into several encoded words as mail clients do."""
    if all(ord(c) < 128 for c in s):
        return s
    c = Charset(cs)
    c.header_encoding = BASE64 if kind == "b" else QP
    return Header(s, c, header_name=name)


def addr(name, email, cs="utf-8", kind="b"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(ch in name for ch in ',.()<>@;:"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc(name, cs, kind)} <{email}>"


def charset(cs, body):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[body]
    return c


def text_part(body, subtype="plain", cs="utf-8", cte="qp", flowed=False):
    p = MIMEText(body, subtype, charset(cs, cte))
    if flowed:
        p.set_param("format", "flowed")
    del p["MIME-Version"]
    return p


def flow(text, width=72):
    """format=flowed (RFC 3676): soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() != "--" else "-- ")
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def html_outlook(text, cs="utf-8", rtl=False, lang="EN-US"):
    paras = []
    for line in text.split("\n"):
        line = esc(line) if line.strip() else "&nbsp;"
        style = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
        paras.append(f'<p class="MsoNormal"{style}><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{line}</span></p>')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n'
            f'--></style>\n</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_gmail(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    lines = [esc(l) if l.strip() else "<br>" for l in text.split("\n")]
    body = "".join(f"<div>{l}</div>" if l != "<br>" else "<div><br></div>" for l in lines)
    return f'<div{d}>{body}</div>\n'


def alternative(plain, html, cs="utf-8", cte="qp", bnd=None):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", cs, cte))
    m.attach(text_part(html, "html", cs, cte))
    if bnd:
        m.set_boundary(bnd)
    del m["MIME-Version"]
    return m


def attachment(data, ctype, name, style="plain", inline=False):
    maintype, sub = ctype.split("/")
    p = MIMEBase(maintype, sub)
    p.set_payload(data)
    encoders.encode_base64(p)
    del p["MIME-Version"]
    disp = "inline" if inline else "attachment"
    if style == "plain":
        p.set_param("name", name)
        p.add_header("Content-Disposition", disp, filename=name)
    elif style == "rfc2231":
        p.set_param("name", name, charset="utf-8")
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", name))
    elif style == "rfc2047":
        e = enc(name)
        p.replace_header("Content-Type", f'{ctype}; name="{e}"')
        p["Content-Disposition"] = f'{disp}; filename="{e}"'
    return p


def make_pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 60 780 Td 15 TL " + " ".join(f"({pesc(l)}) Tj T*" for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def make_docx(paras):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(p)}</w:t></w:r></w:p>" for p in paras)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


PDF = "application/pdf"


def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(msg)
    return buf.getvalue()


def trace(rcv, mail_from, host, ip, inner_host, inner_date, qid, via="ESMTPS"):
    dom = mail_from.split("@")[1]
    lines = [
        "Return-Path: <>" if mail_from.startswith("MAILER-DAEMON") else f"Return-Path: <{mail_from}>",
        f"Delivered-To: {MAILBOX}",
        f"Received: from {host} ({host} [{ip}])",
        f"\tby mx1.iom.int (Postfix) with {via} id {qid}",
        f"\tfor <{MAILBOX}>; {rfcdate(rcv, comment='EET')}",
        f"Received: from {inner_host}",
        f"\tby {host} with ESMTP; {rfcdate(inner_date)}",
        "Authentication-Results: mx1.iom.int;",
        f"\tspf=pass smtp.mailfrom={dom};",
        f"\tdkim=pass header.d={dom}",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


MESSAGES = []   # (file, bytes, label)


def add(num, msg, rcv, mail_from, host, ip, inner_host, sent, label, via="ESMTPS"):
    fname = f"h65-{num:02d}.eml"
    qid = "4D" + h(fname, 10).upper()
    raw = trace(rcv, mail_from, host, ip, inner_host, sent, qid, via) + serialize(msg)
    assert b"\n" not in raw.replace(b"\r\n", b""), fname
    lab = {"file": fname, "received_at": rcv.isoformat()}
    lab.update(label)
    for k in ("speakers", "report_attachments"):
        lab.setdefault(k, [])
    lab.setdefault("thread_of", None)
    order = ["file", "received_at", "category", "language", "acknowledge", "on_time", "speakers",
             "report_attachments", "thread_of", "notes"]
    MESSAGES.append((fname, raw, {k: lab[k] for k in order}))
    return fname


def mid(num, style, dom):
    s = h(f"mid{num}", 32).upper()
    if style == "gmail":
        return f"<CA+{h(f'g{num}', 20)}{s[:12]}Kq=x{s[12:20]}@mail.gmail.com>"
    if style == "outlook":
        return f"<{s[:4]}PR0{num % 9}MB{s[4:8]}{s[8:30]}@{s[:4]}PR0{num % 9}MB{s[4:8]}.eurprd0{num % 7 + 1}.prod.outlook.com>"
    if style == "apple":
        return f"<{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}@{dom}>"
    if style == "tb":
        return f"<{s[:8].lower()}-{s[8:12].lower()}-{s[12:16].lower()}-{s[16:20].lower()}-{s[20:32].lower()}@{dom}>"
    if style == "yahoo":
        return f"<{int(s[:12], 16)}.{int(s[12:20], 16)}@mail.yahoo.com>"
    return f"<{s[:24].lower()}@{dom}>"


def ack_id(num):
    return f"<ack-{h(f'ack{num}', 20)}@iom.int>"


def bnd(style, num, k=0):
    s = h(f"b{num}-{k}", 28)
    if style == "gmail":
        return "0000000000" + s[:18]
    if style == "outlook":
        return f"_00{k}_{s[:4].upper()}PR0{num % 9}MB{s[4:20].upper()}_"
    if style == "apple":
        return f"Apple-Mail={s[:8].upper()}-{s[8:12].upper()}-{s[12:16].upper()}-{s[16:20].upper()}-{s[20:28].upper()}"
    if style == "tb":
        return "------------" + s[:24]
    if style == "yahoo":
        return f"----=_Part_{int(s[:6], 16)}_{int(s[6:14], 16)}.{int(s[14:24], 16)}"
    return "=_" + s


def headers(m, pairs):
    for k, v in pairs:
        del m[k]
        m[k] = v


# ------------------------------------------------------------------------------------------ reports
# ----------------------------------------------------------------------------------------- messages
def m01():
    """Gmail forward; two speakers in a small table (HTML table + text rendering)."""
    rcv = at("2021-02-01 10:05:12")
    sent = at("2021-02-01 11:05:07", 3)
    fwd = "---------- Forwarded message ---------"
    plain = (
        "Dear GCM Regional Review team,\n\n"
        "On behalf of our Director, please see below the nomination of two speakers from our institute "
        "for the Regional Review.\n\n"
        "Kind regards,\nReem\n\n"
        "--\nReem Al-Suwaidi\nCommunications Officer\nGulf Institute for Labour Mobility Research (GILMR)\n"
        "Doha, Qatar\n\n"
        f"{fwd}\nFrom: Tariq Al-Mahmoud <t.almahmoud@gilmr.example.org>\nDate: Sun, Jan 31, 2021 at 4:12 PM\n"
        "Subject: GCM regional review - our speakers\nTo: Reem Al-Suwaidi <r.alsuwaidi@gilmr.example.org>\n\n\n"
        "Reem,\n\nCould you please send the following to the IOM mailbox for the Regional Review of the "
        "Global Compact for Migration (deadline for speakers is 5 February):\n\n"
        "Name | Title | Affiliation | Preferred role\n"
        "Dr. Hessa Al-Marri | Senior Research Fellow | Gulf Institute for Labour Mobility Research (GILMR) | "
        "Rapporteur (stakeholders' key messages)\n"
        "Mr. Omar Bashir Idris | Head of the Labour Migration Data Unit | GILMR | Roundtable 4 if possible, "
        "otherwise Roundtable 2\n\n"
        "Our voluntary report will follow separately once the Board has cleared it.\n\n"
        "Thanks,\nTariq\n\n"
        "Tariq Al-Mahmoud, PhD\nDirector\nGulf Institute for Labour Mobility Research (GILMR)\n")
    rows = [("Name", "Title", "Affiliation", "Preferred role"),
            ("Dr. Hessa Al-Marri", "Senior Research Fellow", "Gulf Institute for Labour Mobility Research (GILMR)",
             "Rapporteur (stakeholders' key messages)"),
            ("Mr. Omar Bashir Idris", "Head of the Labour Migration Data Unit", "GILMR",
             "Roundtable 4 if possible, otherwise Roundtable 2")]
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    top, rest = plain.split(fwd)
    before_tab, after_tab = rest.split("Name | Title")[0], rest.split("otherwise Roundtable 2\n")[1]
    html = (html_gmail(top.rstrip("\n")) +
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + fwd + "<br>From: <strong class=\"gmail_sendername\" dir=\"auto\">Tariq Al-Mahmoud</strong> <span dir=\"auto\">&lt;t.almahmoud@gilmr.example.org&gt;</span><br>Date: Sun, Jan 31, 2021 at 4:12 PM<br>Subject: GCM regional review - our speakers<br>To: Reem Al-Suwaidi &lt;r.alsuwaidi@gilmr.example.org&gt;<br></div><br><br>"
            + html_gmail(before_tab.split("To: Reem Al-Suwaidi <r.alsuwaidi@gilmr.example.org>\n\n\n")[1].rstrip("\n"))
            + table + html_gmail(after_tab.strip("\n")) + "</div>\n")
    m = alternative(plain, html, bnd=bnd("gmail", 1))
    msg = m
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("From", "Reem Al-Suwaidi <reem.alsuwaidi.gilmr@gmail.com>"),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(1, "gmail", "")),
                  ("Subject", "Fwd: GCM regional review - our speakers"),
                  ("To", MAILBOX)])
    reorder(msg, ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "Content-Type"])
    return add(1, msg, rcv, "reem.alsuwaidi.gilmr@gmail.com", "mail-wr1-f54.google.com", "209.85.221.54",
               "by 2002:a5d:4e0c:0:0:0:0:0 with HTTP", sent, {
        "category": "speaker_request", "language": "en", "acknowledge": True, "on_time": True,
        "speakers": [sp("Hessa Al-Marri", "Senior Research Fellow", "Gulf Institute for Labour Mobility Research (GILMR)", ["rapporteur"]),
                     sp("Omar Bashir Idris", "Head of the Labour Migration Data Unit", "Gulf Institute for Labour Mobility Research (GILMR)", ["roundtable"], 4)],
        "notes": "Gmail forward ('---------- Forwarded message ---------'): the sender (communications officer) and the "
                 "forwarded author (the Director) are not speakers; two speakers in a small table (HTML table, pipe-separated "
                 "in the text part); second row gives the affiliation only as the acronym 'GILMR' (fullest form is in row 1 "
                 "and the signatures); roundtable 4 is the first choice, 2 the fallback; 'Dr.'/'Mr.' are not part of the "
                 "names; a report is announced for later (not attached)."})


def reorder(msg, order):
    items = [(k, v) for k, v in msg._headers]
    def key(kv):
        return order.index(kv[0]) if kv[0] in order else len(order)
    msg._headers = sorted(items, key=key)


def m02():
    """Outlook, windows-1256 quoted-printable; nominator; roundtable 2 in words."""
    rcv = at("2021-02-01 14:22:40")
    sent = at("2021-02-01 12:22:31", 0)
    cs = "windows-1256"
    plain = (
        "السادة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،\n"
        "تحية طيبة وبعد،\n\n"
        "إشارة إلى رسالة الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، "
        "يسعدنا أن نرشح الدكتورة ليلى عبد الهادي، منسقة فريق البحث حول هجرة اليد العاملة في الشبكة العربية لباحثي الهجرة، "
        "لتقديم مداخلة في المائدة المستديرة الثانية يوم 24 شباط/فبراير.\n\n"
        "وتفضلوا بقبول فائق الاحترام والتقدير،\n\n"
        "سامي النجار\n"
        "أمين سر الشبكة العربية لباحثي الهجرة\n"
        "عمّان - الأردن\n")
    html = html_outlook(plain, cs, rtl=True, lang="AR-SA")
    msg = alternative(plain, html, cs=cs, cte="qp", bnd=bnd("outlook", 2))
    headers(msg, [("From", addr("سامي النجار", "s.najjar@anmr-net.example.org", cs, "b")),
                  ("To", MAILBOX_TO),
                  ("Subject", hdr("ترشيح متحدثة - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة", cs, "b")),
                  ("Thread-Topic", hdr("ترشيح متحدثة - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة", cs, "b")),
                  ("Thread-Index", "AdcCB" + h("ti2", 20)),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(2, "outlook", "")),
                  ("Accept-Language", "ar-SA, en-US"),
                  ("Content-Language", "ar-SA"),
                  ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", ""),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                  "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "Content-Type", "MIME-Version"])
    return add(2, msg, rcv, "s.najjar@anmr-net.example.org", "mail.anmr-net.example.org", "198.51.100.23",
               "VI1PR0402MB3341.eurprd04.prod.outlook.com", sent, {
        "category": "speaker_request", "language": "ar", "acknowledge": True, "on_time": True,
        "speakers": [sp("ليلى عبد الهادي", "منسقة فريق البحث حول هجرة اليد العاملة", "الشبكة العربية لباحثي الهجرة", ["roundtable"], 2)],
        "notes": "windows-1256 quoted-printable text+HTML (RTL) and RFC 2047 windows-1256 subject/display name; the sender "
                 "(network secretary, name in signature) nominates someone else; speaker, title and affiliation run together in "
                 "one Arabic sentence ('منسقة ... في الشبكة ...'); honorific 'الدكتورة' not part of the name; roundtable given as "
                 "'المائدة المستديرة الثانية'."})


def m03():
    """Thunderbird format=flowed, French; nominator; plenary. Later withdrawn (h65-18)."""
    rcv = at("2021-02-02 08:51:03")
    sent = at("2021-02-02 07:50:49", 1)
    body = (
        "Madame, Monsieur,\n\n"
        "Suite à votre lettre d'invitation à la revue régionale du Pacte mondial pour des migrations sûres, "
        "ordonnées et régulières, l'Observatoire maghrébin des mobilités a le plaisir de proposer la "
        "candidature suivante pour une intervention en séance plénière (24-25 février) :\n\n"
        "Mme Salma Berrada\n"
        "Chercheuse associée\n"
        "Observatoire maghrébin des mobilités (OMM), Rabat\n\n"
        "Mme Berrada coordonne nos travaux sur les migrations de retour et pourra intervenir en français ou en arabe.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
        "-- \n"
        "Abdellah Ouazzani\n"
        "Directeur\n"
        "Observatoire maghrébin des mobilités (OMM)\n"
        "Avenue des Nations Unies, Rabat-Agdal, Maroc\n")
    msg = text_part(flow(body), "plain", "utf-8", "8bit", flowed=True)
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("To", MAILBOX),
                  ("From", addr("Abdellah Ouazzani", "a.ouazzani@omm-maghreb.example.org")),
                  ("Subject", hdr("Candidature pour une intervention en séance plénière - Revue régionale PMM", "utf-8", "q")),
                  ("Message-ID", mid(3, "tb", "omm-maghreb.example.org")),
                  ("Date", rfcdate(sent)),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    reorder(msg, ["To", "From", "Subject", "Message-ID", "Date", "User-Agent", "MIME-Version", "Content-Type",
                  "Content-Language", "Content-Transfer-Encoding"])
    return add(3, msg, rcv, "a.ouazzani@omm-maghreb.example.org", "smtp.omm-maghreb.example.org", "203.0.113.41",
               "[192.168.10.22] (unknown [41.250.12.7])", sent, {
        "category": "speaker_request", "language": "fr", "acknowledge": True, "on_time": True,
        "speakers": [sp("Salma Berrada", "Chercheuse associée", "Observatoire maghrébin des mobilités (OMM)", ["plenary"])],
        "notes": "Thunderbird format=flowed 8bit UTF-8, Q-encoded subject; the sender (Director, signature after '-- ') "
                 "nominates someone else; speaker on three lines with 'Mme' (not part of the name) and the city appended "
                 "to the affiliation line ('..., Rabat'); role 'séance plénière'. Withdrawn later by h65-18."})


def m04():
    """Apple Mail thank-you reply to our acknowledgement of h65-01: other, no acknowledgement."""
    rcv = at("2021-02-02 16:30:27")
    sent = at("2021-02-02 17:30:19", 3)
    body = (
        "Many thanks for the quick confirmation, much appreciated.\n\n"
        "Best,\nReem\n\n"
        "> On 1 Feb 2021, at 12:31, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:\n"
        "> \n"
        "> Dear colleague,\n"
        "> \n"
        "> Thank you for your message. We confirm receipt of your request for speaking roles at the Regional Review "
        "of the Global Compact for Migration in the Arab region (23-25 February 2021). The secretariat will be in "
        "touch regarding the final programme.\n"
        "> \n"
        "> Kind regards,\n"
        "> Regional UN Network on Migration - Arab region\n")
    msg = text_part(body, "plain", "us-ascii", "8bit")
    del msg["Content-Type"]
    msg["Content-Type"] = "text/plain; charset=us-ascii"
    msg["Content-Transfer-Encoding"] = "7bit"
    del msg["Content-Transfer-Encoding"]
    msg["Content-Transfer-Encoding"] = "7bit"
    headers(msg, [("From", "Reem Al-Suwaidi <reem.alsuwaidi.gilmr@gmail.com>"),
                  ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.60.0.2.21\\))"),
                  ("Subject", "Re: Acknowledgement: Fwd: GCM regional review - our speakers"),
                  ("Date", rfcdate(sent)),
                  ("References", f"{mid(1, 'gmail', '')} {ack_id(1)}"),
                  ("To", MAILBOX_TO),
                  ("In-Reply-To", ack_id(1)),
                  ("Message-Id", mid(4, "apple", "gmail.com")),
                  ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    reorder(msg, ["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Subject", "Date",
                  "References", "To", "In-Reply-To", "Message-Id", "X-Mailer"])
    return add(4, msg, rcv, "reem.alsuwaidi.gilmr@gmail.com", "mail-wm1-f47.google.com", "209.85.128.47",
               "smtpclient.apple ([37.210.44.19])", sent, {
        "category": "other", "language": "en", "acknowledge": False, "on_time": None,
        "thread_of": "h65-01.eml",
        "notes": "thank-you reply to our acknowledgement of h65-01 (In-Reply-To = our ack, References also name h65-01); adds "
                 "nothing new, so no acknowledgement; the quoted ack mentions 'speaking roles' and dates (decoys)."})


def m05():
    """Outlook French, 'both': collective DOCX (RFC 2231 name) + rapporteur."""
    rcv = at("2021-02-03 11:14:09")
    sent = at("2021-02-03 09:14:01", 0)
    plain = (
        "Bonjour,\n\n"
        "Au nom du Réseau universitaire maghrébin sur les migrations (RUMM), qui regroupe cinq centres de recherche "
        "universitaires d'Algérie, du Maroc, de Mauritanie et de Tunisie, j'ai l'honneur de vous transmettre ci-joint "
        "notre rapport volontaire collectif de revue du Pacte mondial pour les migrations.\n\n"
        "Par ailleurs, le RUMM souhaiterait que son coordinateur assure le rôle de rapporteur chargé de présenter "
        "les messages clés des parties prenantes :\n\n"
        "Pr Hichem Mabrouk, Coordinateur régional, Réseau universitaire maghrébin sur les migrations (RUMM)\n\n"
        "Nous restons à votre disposition pour tout complément d'information.\n\n"
        "Bien cordialement,\n\n"
        "Nour Ben Salem\n"
        "Chargée de communication - Secrétariat du RUMM\n"
        "Tél. : +216 71 000 000\n\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
        "Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer.\n")
    html = html_outlook(plain, "utf-8", lang="FR")
    alt = alternative(plain, html, cs="utf-8", cte="qp", bnd=bnd("outlook", 5, 1))
    name = "Rapport volontaire PMM – RUMM – février 2021.docx"
    doc = make_docx(["Réseau universitaire maghrébin sur les migrations (RUMM)",
                     "Rapport volontaire collectif de revue du Pacte mondial pour les migrations",
                     "Revue régionale - région arabe - février 2021",
                     "1. Introduction", "2. Progrès dans la mise en oeuvre des objectifs 2, 6 et 23",
                     "3. Défis", "4. Recommandations"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("outlook", 5, 0))
    msg.attach(alt)
    msg.attach(attachment(doc, DOCX, name, "rfc2231"))
    headers(msg, [("From", addr("Nour Ben Salem", "secretariat@rumm-reseau.example.org")),
                  ("To", MAILBOX_TO),
                  ("Subject", hdr("Rapport volontaire collectif du RUMM et proposition de rapporteur", "utf-8", "q")),
                  ("Thread-Topic", hdr("Rapport volontaire collectif du RUMM et proposition de rapporteur", "utf-8", "q")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(5, "outlook", "")),
                  ("Accept-Language", "fr-FR, en-US"),
                  ("Content-Language", "fr-FR"),
                  ("X-MS-Has-Attach", "yes"),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "Subject", "Thread-Topic", "Date", "Message-ID", "Accept-Language",
                  "Content-Language", "X-MS-Has-Attach", "Content-Type", "MIME-Version"])
    return add(5, msg, rcv, "secretariat@rumm-reseau.example.org", "mail.rumm-reseau.example.org", "198.51.100.77",
               "DB7PR08MB3004.eurprd08.prod.outlook.com", sent, {
        "category": "both", "language": "fr", "acknowledge": True, "on_time": True,
        "speakers": [sp("Hichem Mabrouk", "Coordinateur régional", "Réseau universitaire maghrébin sur les migrations (RUMM)", ["rapporteur"])],
        "report_attachments": [name],
        "notes": "collective report as DOCX with an RFC 2231 UTF-8 file name (accents, en dashes) plus a rapporteur proposal "
                 "in the same message; speaker in one line 'Pr Name, Title, Affiliation (ACR)' ('Pr' not part of the name); "
                 "the sender (communications officer) is not the speaker; confidentiality disclaimer."})


def m06():
    """French out-of-office reply to our acknowledgement of h65-05."""
    rcv = at("2021-02-03 13:02:55")
    sent = at("2021-02-03 11:02:50", 0)
    body = (
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au lundi 8 février 2021 inclus, avec un accès limité à ma messagerie.\n"
        "Pour toute question urgente concernant le RUMM, merci d'écrire à contact@rumm-reseau.example.org.\n\n"
        "Cordialement,\nNour Ben Salem\n")
    msg = text_part(body, "plain", "utf-8", "qp")
    headers(msg, [("From", addr("Nour Ben Salem", "secretariat@rumm-reseau.example.org")),
                  ("To", MAILBOX_TO),
                  ("Subject", hdr("Réponse automatique : Accusé de réception - Revue régionale du PMM", "utf-8", "q")),
                  ("Thread-Topic", hdr("Accusé de réception - Revue régionale du PMM", "utf-8", "q")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(6, "outlook", "")),
                  ("In-Reply-To", ack_id(5)),
                  ("References", ack_id(5)),
                  ("Auto-Submitted", "auto-replied"),
                  ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "secretariat@rumm-reseau.example.org"),
                  ("Content-Language", "fr-FR"),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "Subject", "Thread-Topic", "Date", "Message-ID", "In-Reply-To", "References",
                  "Auto-Submitted", "X-Auto-Response-Suppress", "X-MS-Exchange-Inbox-Rules-Loop",
                  "Content-Language", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"])
    return add(6, msg, rcv, "secretariat@rumm-reseau.example.org", "mail.rumm-reseau.example.org", "198.51.100.77",
               "DB7PR08MB3004.eurprd08.prod.outlook.com", sent, {
        "category": "auto_reply", "language": "fr", "acknowledge": False, "on_time": None,
        "notes": "Exchange out-of-office answering our acknowledgement of h65-05 (Auto-Submitted: auto-replied, "
                 "X-Auto-Response-Suppress); same sender and organisation as a real submission; must not be acknowledged."})


def m07():
    """Roundcube webmail of a think tank; speaker without title (completed by h65-08)."""
    rcv = at("2021-02-03 18:45:31")
    sent = at("2021-02-03 18:45:26")
    body = (
        "Dear colleagues,\n\n"
        "Dr. Fadi Nassar from our centre would like to take part in the Regional Review as a floor speaker in one of "
        "the plenary sessions on 24 or 25 February.\n\n"
        "Please let us know if anything else is needed.\n\n"
        "Best regards,\n\n"
        "Rania Saab\n"
        "Programme Officer\n"
        "Mashreq Centre for Policy Research (MCPR)\n"
        "Hamra, Beirut - Lebanon\n"
        "www.mcpr-lb.example.org\n")
    msg = text_part(body, "plain", "us-ascii", "8bit")
    del msg["Content-Type"]
    msg["Content-Type"] = "text/plain; charset=US-ASCII; format=flowed"
    headers(msg, [("Content-Transfer-Encoding", "7bit")])
    headers(msg, [("MIME-Version", "1.0"),
                  ("Date", rfcdate(sent)),
                  ("From", "Rania Saab <r.saab@mcpr-lb.example.org>"),
                  ("To", MAILBOX),
                  ("Subject", "Speaker - GCM Regional Review"),
                  ("Organization", "Mashreq Centre for Policy Research"),
                  ("Message-ID", mid(7, "rc", "mcpr-lb.example.org")),
                  ("X-Sender", "r.saab@mcpr-lb.example.org"),
                  ("User-Agent", "Roundcube Webmail/1.4.10")])
    reorder(msg, ["MIME-Version", "Date", "From", "To", "Subject", "Organization", "Message-ID", "X-Sender",
                  "User-Agent", "Content-Type", "Content-Transfer-Encoding"])
    return add(7, msg, rcv, "r.saab@mcpr-lb.example.org", "mail.mcpr-lb.example.org", "192.0.2.144",
               "webmail.mcpr-lb.example.org (localhost [127.0.0.1])", sent, {
        "category": "speaker_request", "language": "en", "acknowledge": True, "on_time": True,
        "speakers": [sp("Fadi Nassar", None, "Mashreq Centre for Policy Research (MCPR)", ["plenary"])],
        "notes": "Roundcube plain text; the speaker's title is missing (null) and his affiliation is only 'our centre', "
                 "resolved from the sender's signature; the sender (Programme Officer) is not the speaker; 'Dr.' not part "
                 "of the name. The title is added by the reply h65-08."})


def m08():
    """Outlook reply adding the missing title to h65-07."""
    rcv = at("2021-02-04 09:20:18")
    sent = at("2021-02-04 07:20:12", 0)
    orig = mid(7, "rc", "mcpr-lb.example.org")
    plain = (
        "Dear colleagues,\n\n"
        "Apologies, I omitted Dr. Nassar's title in my message below. His details in full:\n\n"
        "Fadi Nassar\n"
        "Senior Fellow and Head of the Migration Governance Programme\n"
        "Mashreq Centre for Policy Research (MCPR)\n\n"
        "The request is unchanged: a floor intervention in a plenary session.\n\n"
        "Best regards,\nRania\n\n"
        "-----Original Message-----\n"
        "From: Rania Saab <r.saab@mcpr-lb.example.org>\n"
        "Sent: Wednesday, February 3, 2021 6:45 PM\n"
        "To: gcmrrarabstates@iom.int\n"
        "Subject: Speaker - GCM Regional Review\n\n"
        "Dear colleagues,\n\n"
        "Dr. Fadi Nassar from our centre would like to take part in the Regional Review as a floor speaker in one of "
        "the plenary sessions on 24 or 25 February.\n\n"
        "Please let us know if anything else is needed.\n\n"
        "Best regards,\n\nRania Saab\nProgramme Officer\nMashreq Centre for Policy Research (MCPR)\n"
        "Hamra, Beirut - Lebanon\nwww.mcpr-lb.example.org\n")
    msg = alternative(plain, html_outlook(plain), bnd=bnd("outlook", 8))
    headers(msg, [("From", "Rania Saab <r.saab@mcpr-lb.example.org>"),
                  ("To", MAILBOX_TO),
                  ("Subject", "RE: Speaker - GCM Regional Review"),
                  ("Thread-Topic", "Speaker - GCM Regional Review"),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(8, "outlook", "")),
                  ("References", orig),
                  ("In-Reply-To", orig),
                  ("Accept-Language", "en-US"),
                  ("Content-Language", "en-US"),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "Subject", "Thread-Topic", "Date", "Message-ID", "References", "In-Reply-To",
                  "Accept-Language", "Content-Language", "Content-Type", "MIME-Version"])
    return add(8, msg, rcv, "r.saab@mcpr-lb.example.org", "mail.mcpr-lb.example.org", "192.0.2.144",
               "AM6PR03MB4181.eurprd03.prod.outlook.com", sent, {
        "category": "speaker_request", "language": "en", "acknowledge": True, "on_time": True,
        "speakers": [sp("Fadi Nassar", "Senior Fellow and Head of the Migration Governance Programme",
                        "Mashreq Centre for Policy Research (MCPR)", ["plenary"])],
        "thread_of": "h65-07.eml",
        "notes": "reply (In-Reply-To h65-07) that completes the earlier request with the missing title; the new text restates "
                 "name/title/affiliation on three lines and confirms the plenary role; the original quoted under '-----Original Message-----' (not "
                 "'>'-prefixed) repeats the request without title."})


def m09():
    """Bilingual Arabic-first / English, Outlook base64 UTF-8: regional labour body, two speakers."""
    rcv = at("2021-02-04 12:07:44")
    sent = at("2021-02-04 10:07:38", 0)
    plain = (
        "السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،\n\n"
        "تهديكم الأمانة العامة للمكتب العربي للعمل والهجرة أطيب تحياتها، ويسرها ترشيح المتحدثَين التاليين:\n\n"
        "1) الاسم: مروان الحسيني\n"
        "   الصفة: مدير إدارة هجرة العمالة\n"
        "   الجهة: المكتب العربي للعمل والهجرة (AOLM)\n"
        "   الدور المطلوب: مداخلة في الجلسة العامة\n\n"
        "2) الاسم: هالة الشريف\n"
        "   الصفة: خبيرة أولى في سياسات الحماية الاجتماعية\n"
        "   الجهة: المكتب العربي للعمل والهجرة (AOLM)\n"
        "   الدور المطلوب: مداخلة في المائدة المستديرة الثالثة\n\n"
        "مع فائق الاحترام،\n\n"
        "---------------------------------------------\n\n"
        "Dear GCM Regional Review Secretariat,\n\n"
        "The General Secretariat of the Arab Office for Labour and Migration presents its compliments and is pleased "
        "to nominate the following two speakers:\n\n"
        "1) Name: Marwan Al-Husseini\n"
        "   Title: Director, Labour Migration Department\n"
        "   Organisation: Arab Office for Labour and Migration (AOLM)\n"
        "   Requested role: floor intervention in a plenary session\n\n"
        "2) Name: Dr. Hala El-Sherif\n"
        "   Title: Senior Expert, Social Protection Policies\n"
        "   Organisation: Arab Office for Labour and Migration (AOLM)\n"
        "   Requested role: floor intervention in the third thematic roundtable\n\n"
        "With highest regards,\n\n"
        "جميلة الزعبي | Jamila Al-Zoubi\n"
        "سكرتيرة تنفيذية | Executive Secretary\n"
        "الأمانة العامة - المكتب العربي للعمل والهجرة | General Secretariat - AOLM\n"
        "Cairo, Egypt\n")
    html = html_outlook(plain, "utf-8", rtl=False, lang="EN-US")
    msg = alternative(plain, html, cs="utf-8", cte="b64", bnd=bnd("outlook", 9))
    headers(msg, [("From", addr("جميلة الزعبي", "j.alzoubi@aolm-sec.example.int")),
                  ("To", MAILBOX_TO),
                  ("Subject", hdr("ترشيح متحدثين | Nomination of speakers - AOLM", "utf-8", "b")),
                  ("Thread-Topic", hdr("ترشيح متحدثين | Nomination of speakers - AOLM", "utf-8", "b")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(9, "outlook", "")),
                  ("Accept-Language", "ar-EG, en-US"),
                  ("Content-Language", "ar-EG"),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "Subject", "Thread-Topic", "Date", "Message-ID", "Accept-Language",
                  "Content-Language", "Content-Type", "MIME-Version"])
    return add(9, msg, rcv, "j.alzoubi@aolm-sec.example.int", "mx.aolm-sec.example.int", "203.0.113.90",
               "HE1PR0502MB3770.eurprd05.prod.outlook.com", sent, {
        "category": "speaker_request", "language": "ar", "acknowledge": True, "on_time": True,
        "speakers": [sp("مروان الحسيني", "مدير إدارة هجرة العمالة", "المكتب العربي للعمل والهجرة (AOLM)", ["plenary"]),
                     sp("هالة الشريف", "خبيرة أولى في سياسات الحماية الاجتماعية", "المكتب العربي للعمل والهجرة (AOLM)", ["roundtable"], 3)],
        "notes": "bilingual: the same text in Arabic first, then English, so the acknowledgement is Arabic and the labels use "
                 "the Arabic forms (English equivalents: Marwan Al-Husseini, 'Director, Labour Migration Department'; Hala "
                 "El-Sherif, 'Senior Expert, Social Protection Policies'; 'Arab Office for Labour and Migration (AOLM)'); a "
                 "regional intergovernmental secretariat; each speaker must be counted once, not twice; base64 UTF-8; "
                 "bilingual signature of the sender (not a speaker); 'Dr.' only in the English part."})


def m10():
    """Arabic 'both' with three attachments: report PDF, annex PDF, filled speaker form DOCX."""
    rcv = at("2021-02-04 15:33:02")
    sent = at("2021-02-04 13:32:55", 0)
    plain = (
        "السادة الكرام،\n\n"
        "تحية طيبة،\n\n"
        "يسر معهد الخليج لدراسات العمالة والسكان أن يرفق لكم تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة "
        "مع ملحق الجداول الإحصائية الخاص به، إضافة إلى استمارة المتحدث بعد تعبئتها.\n\n"
        "ونرشح للمشاركة بمداخلة في المائدة المستديرة الأولى:\n\n"
        "الدكتور سالم بن خلفان الحارثي\n"
        "مدير المعهد\n"
        "معهد الخليج لدراسات العمالة والسكان (KILPS)\n\n"
        "المرفقات:\n"
        "- KILPS_GCM_Voluntary_Review_2021.pdf (التقرير)\n"
        "- KILPS_Annex_Statistical_Tables.pdf (ملحق التقرير)\n"
        "- Speaker_Form_KILPS_Al-Harthi.docx (استمارة المتحدث)\n\n"
        "مع خالص التحية،\n\n"
        "عائشة البلوشي\n"
        "منسقة البحوث\n"
        "مسقط - سلطنة عمان\n")
    html = html_outlook(plain, "utf-8", rtl=True, lang="AR-SA")
    alt = alternative(plain, html, cs="utf-8", cte="b64", bnd=bnd("outlook", 10, 1))
    rep = make_pdf(["Khaleej Institute for Labour and Population Studies (KILPS)", "Voluntary GCM Review 2021",
                    "Regional Review of the Global Compact for Migration - Arab region", "",
                    "1. Context of labour migration in the Gulf", "2. Progress on objectives 6, 18 and 20",
                    "3. Recommendations"])
    annex = make_pdf(["KILPS - Annex to the Voluntary GCM Review 2021", "Statistical tables",
                      "Table A1. Migrant workers by sector, 2015-2020", "Table A2. Recruitment costs survey"])
    form = make_docx(["Speaker form - Regional Review of the GCM, Arab region",
                      "Name: Salem bin Khalfan Al-Harthi", "Title: Director",
                      "Organisation: Khaleej Institute for Labour and Population Studies (KILPS)",
                      "Role: floor intervention - roundtable 1"])
    names = ["KILPS_GCM_Voluntary_Review_2021.pdf", "KILPS_Annex_Statistical_Tables.pdf", "Speaker_Form_KILPS_Al-Harthi.docx"]
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("outlook", 10, 0))
    msg.attach(alt)
    for data, ct, n in ((rep, PDF, names[0]), (annex, PDF, names[1]), (form, DOCX, names[2])):
        msg.attach(attachment(data, ct, n))
    headers(msg, [("From", addr("عائشة البلوشي", "a.albalushi@kilps.example.om")),
                  ("To", MAILBOX_TO),
                  ("Subject", hdr("تقرير الاستعراض الطوعي وترشيح متحدث - KILPS", "utf-8", "b")),
                  ("Thread-Topic", hdr("تقرير الاستعراض الطوعي وترشيح متحدث - KILPS", "utf-8", "b")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(10, "outlook", "")),
                  ("Accept-Language", "ar-OM, en-US"),
                  ("Content-Language", "ar-OM"),
                  ("X-MS-Has-Attach", "yes"),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "Subject", "Thread-Topic", "Date", "Message-ID", "Accept-Language",
                  "Content-Language", "X-MS-Has-Attach", "Content-Type", "MIME-Version"])
    return add(10, msg, rcv, "a.albalushi@kilps.example.om", "mail.kilps.example.om", "192.0.2.61",
               "AM0PR10MB2963.eurprd10.prod.outlook.com", sent, {
        "category": "both", "language": "ar", "acknowledge": True, "on_time": True,
        "speakers": [sp("سالم بن خلفان الحارثي", "مدير المعهد", "معهد الخليج لدراسات العمالة والسكان (KILPS)", ["roundtable"], 1)],
        "report_attachments": [names[0], names[1]],
        "notes": "three attachments: the report and its annex make up the report, the filled speaker form (DOCX) does not; "
                 "speaker on three lines after 'الدكتور' (honorific), title 'مدير المعهد'; roundtable 'المائدة المستديرة "
                 "الأولى'; English speaker details only inside the form; sender (research coordinator) is not the speaker."})


def m11():
    """iPhone, colloquial Arabic, name only in signature, edge: 23:50 Beirut on 5 Feb, Date header 6 Feb +0300."""
    rcv = at("2021-02-05 23:50:21")
    sent = at("2021-02-06 00:50:09", 3)
    body = (
        "السلام عليكم\n\n"
        "حابب أشارك بالنقاش المفتوح تبع المشاورة يوم 23 الشهر إذا في مجال. أنا أشتغل باحث دكتوراه في "
        "مختبر دراسات الهجرة بجامعة الواحة وشغلي على العمالة المنزلية بالخليج.\n\n"
        "يعطيكم العافية\n\n"
        "يوسف القاسمي\n\n"
        "Sent from my iPhone\n")
    msg = text_part(body, "plain", "utf-8", "b64")
    headers(msg, [("From", addr("يوسف", "yousef.alqasimi@icloud.com")),
                  ("Mime-Version", "1.0 (1.0)"),
                  ("Date", rfcdate(sent)),
                  ("Subject", hdr("مشاركة بالنقاش المفتوح", "utf-8", "b")),
                  ("Message-Id", mid(11, "apple", "icloud.com")),
                  ("To", MAILBOX),
                  ("X-Mailer", "iPhone Mail (18D52)")])
    reorder(msg, ["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Date", "Subject",
                  "Message-Id", "To", "X-Mailer"])
    return add(11, msg, rcv, "yousef.alqasimi@icloud.com", "st43p00im-ztdg10063201.me.com", "17.58.63.178",
               "[10.21.4.2] ([188.71.200.14])", sent, {
        "category": "speaker_request", "language": "ar", "acknowledge": True, "on_time": True,
        "speakers": [sp("يوسف القاسمي", "باحث دكتوراه", "مختبر دراسات الهجرة بجامعة الواحة", ["open_discussion"])],
        "notes": "edge: received 23:50 Beirut on 5 Feb (on time) but the Date header says Sat 6 Feb 00:50 +0300; colloquial "
                 "Arabic from an iPhone; full name only in the signature (display name is the first name only); title and "
                 "affiliation in a sentence ('أشتغل باحث دكتوراه في ...'); open discussion in words ('النقاش المفتوح')."})


def m12():
    """Gmail French, late by ten minutes (00:10 Beirut on 6 Feb; Date header 5 Feb 23:10 +0100); no role stated."""
    rcv = at("2021-02-06 00:10:37")
    sent = at("2021-02-05 23:10:02", 1)
    plain = (
        "Bonsoir,\n\n"
        "Je me permets de vous écrire afin de proposer ma participation comme intervenante à la revue régionale du "
        "Pacte mondial sur les migrations. Je suis maître de conférences au Laboratoire d'études des migrations et des "
        "frontières (LEMF), à Oran, et mes travaux portent sur les migrations subsahariennes en transit en Algérie.\n\n"
        "Je reste disponible pour toute information complémentaire.\n\n"
        "Cordialement,\n\n"
        "Dr Nassima Hadj-Ali\n")
    msg = alternative(plain, html_gmail(plain.rstrip("\n")), bnd=bnd("gmail", 12))
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("From", addr("Nassima Hadj-Ali", "nassima.hadjali@gmail.com")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(12, "gmail", "")),
                  ("Subject", hdr("Proposition d'intervention - revue régionale du PMM", "utf-8", "q")),
                  ("To", MAILBOX)])
    reorder(msg, ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "Content-Type"])
    return add(12, msg, rcv, "nassima.hadjali@gmail.com", "mail-ed1-f44.google.com", "209.85.208.44",
               "by 2002:a17:906:3a0c:0:0:0:0 with HTTP", sent, {
        "category": "speaker_request", "language": "fr", "acknowledge": True, "on_time": False,
        "speakers": [sp("Nassima Hadj-Ali", "maître de conférences", "Laboratoire d'études des migrations et des frontières (LEMF)", [])],
        "notes": "edge: received 00:10 Beirut on Sat 6 Feb (late) although the Date header reads Fri 5 Feb 23:10 +0100; "
                 "self-nomination with title and affiliation in a sentence ('Je suis maître de conférences au ... (LEMF), à "
                 "Oran'); no role stated (roles empty); name only in the signature with 'Dr' (not part of the name)."})


def m13():
    """Yahoo, Arabic question about interpretation and visas."""
    rcv = at("2021-02-07 10:18:50")
    sent = at("2021-02-07 10:18:44")
    plain = (
        "تحية طيبة،\n\n"
        "أنا باحث في مركز وادي النيل لبحوث الهجرة، ولدي سؤالان قبل أن نرسل مساهمتنا:\n\n"
        "1- هل ستتوفر ترجمة فورية من العربية إلى الإنجليزية والفرنسية خلال الموائد المستديرة والجلسات العامة؟\n"
        "2- في حال انعقاد المؤتمر حضورياً في بيروت، هل تصدر الأمانة رسائل دعوة رسمية لتسهيل الحصول على التأشيرة؟\n\n"
        "شكراً جزيلاً لتعاونكم.\n\n"
        "عمر عبد الرحيم\n"
        "الخرطوم\n")
    html = html_gmail(plain.rstrip("\n"), rtl=True)
    msg = alternative(plain, html, cs="utf-8", cte="qp", bnd=bnd("yahoo", 13))
    headers(msg, [("Date", rfcdate(sent, pad=False) + " (UTC)"),
                  ("From", addr("Omar Abdelrahim", "omar.abdelrahim@yahoo.com")),
                  ("To", MAILBOX),
                  ("Message-ID", mid(13, "yahoo", "")),
                  ("Subject", hdr("استفسار عن الترجمة الفورية والتأشيرات", "utf-8", "b")),
                  ("MIME-Version", "1.0"),
                  ("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    msg.replace_header("Date", rfcdate(sent.astimezone(tz(0))) + " (UTC)")
    reorder(msg, ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "X-Mailer"])
    return add(13, msg, rcv, "omar.abdelrahim@yahoo.com", "sonic309-21.consmr.mail.ir2.yahoo.com", "77.238.179.83",
               "by kubenode528.mail-prod1.omega.ir2.yahoo.com (VZM Hermes SMTP Server)", sent, {
        "category": "other", "language": "ar", "acknowledge": True, "on_time": None,
        "notes": "Yahoo multipart/alternative; questions about interpretation and visa invitation letters; mentions "
                 "roundtables, plenary and 'our contribution' (decoys) but proposes no speaker and attaches nothing; "
                 "display name in Latin script, body and signature in Arabic."})


def m14():
    """Gmail Arabic with English organisation names; three speakers in a list; late (8 Feb)."""
    rcv = at("2021-02-08 11:40:06")
    sent = at("2021-02-08 11:39:58")
    plain = (
        "الزملاء الأعزاء في الأمانة،\n\n"
        "نعتذر عن التأخر في الرد. يرغب Levant Institute for Migration and Development Studies (LIMDS) في ترشيح "
        "المتحدثين التالية أسماؤهم:\n\n"
        "- الأستاذ رامي العمري - Research Director - LIMDS - المائدة المستديرة الرابعة\n"
        "- الدكتورة سناء خليل - أستاذة القانون الدولي - Faculty of Law, Al-Bayan University - النقاش المفتوح (23 شباط)\n"
        "- السيدة ديما حداد - Policy Analyst - LIMDS - مقررة لعرض الرسائل الرئيسية لأصحاب المصلحة\n\n"
        "ونرجو إعلامنا إن كان ما زال بالإمكان قبول الترشيحات بعد الموعد المحدد.\n\n"
        "مع التحية،\n"
        "رامي العمري\n"
        "Research Director | LIMDS\n"
        "Amman, Jordan\n")
    html = html_gmail(plain.rstrip("\n"), rtl=True)
    msg = alternative(plain, html, cs="utf-8", cte="b64", bnd=bnd("gmail", 14))
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("From", addr("Rami Al-Omari", "rami.omari.limds@gmail.com")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(14, "gmail", "")),
                  ("Subject", hdr("ترشيحات المتحدثين - LIMDS", "utf-8", "b")),
                  ("To", MAILBOX),
                  ("Cc", "Dima Haddad <d.haddad@limds.example.org>")])
    reorder(msg, ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Content-Type"])
    return add(14, msg, rcv, "rami.omari.limds@gmail.com", "mail-wm1-f41.google.com", "209.85.128.41",
               "by 2002:a05:600c:2d4a:0:0:0:0 with HTTP", sent, {
        "category": "speaker_request", "language": "ar", "acknowledge": True, "on_time": False,
        "speakers": [sp("رامي العمري", "Research Director", "Levant Institute for Migration and Development Studies (LIMDS)", ["roundtable"], 4),
                     sp("سناء خليل", "أستاذة القانون الدولي", "Faculty of Law, Al-Bayan University", ["open_discussion"]),
                     sp("ديما حداد", "Policy Analyst", "Levant Institute for Migration and Development Studies (LIMDS)", ["rapporteur"])],
        "notes": "late (8 Feb) and the sender says so; Arabic with English organisation names and titles; three speakers in "
                 "a dash list 'honorific name - title - affiliation - role'; honorifics الأستاذ / الدكتورة / السيدة are not "
                 "part of the names; 'LIMDS' in the list expands to the full name written in the intro sentence; the sender "
                 "is himself the first speaker; rapporteur written as 'مقررة'."})


def m15():
    """Postfix DSN: our acknowledgement of h65-14 to the Cc address bounced (user unknown)."""
    rcv = at("2021-02-08 11:41:12")
    sent = at("2021-02-08 11:41:10")
    text = (
        "This is the mail system at host mail.limds.example.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<d.haddad@limds.example.org>: host mail.limds.example.org[192.0.2.200] said:\n"
        "    550 5.1.1 <d.haddad@limds.example.org>: Recipient address rejected: User\n"
        "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = (
        "Reporting-MTA: dns; mail.limds.example.org\n"
        "X-Postfix-Queue-ID: 4DZ7Qk1xYzz9sWq\n"
        "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
        "Arrival-Date: Mon,  8 Feb 2021 11:41:08 +0200 (EET)\n")
    status2 = (
        "Final-Recipient: rfc822; d.haddad@limds.example.org\n"
        "Original-Recipient: rfc822;d.haddad@limds.example.org\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mail.limds.example.org\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <d.haddad@limds.example.org>: Recipient address\n"
        "    rejected: User unknown in virtual mailbox table\n")
    orig_headers = (
        "Return-Path: <gcmrrarabstates@iom.int>\n"
        "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
        "To: Rami Al-Omari <rami.omari.limds@gmail.com>\n"
        "Cc: Dima Haddad <d.haddad@limds.example.org>\n"
        f"Subject: =?UTF-8?B?{__import__('base64').b64encode('إشعار استلام: ترشيحات المتحدثين - LIMDS'.encode()).decode()}?=\n"
        f"Date: {rfcdate(at('2021-02-08 11:40:40'))}\n"
        f"Message-ID: {ack_id(14)}\n"
        f"In-Reply-To: {mid(14, 'gmail', '')}\n")
    msg = MIMEMultipart("report", report_type="delivery-status")
    msg.set_boundary("4DZ7Qk1xYzz9sWq.1612777270/mail.limds.example.org")
    p1 = MIMEText(text, "plain", "us-ascii")
    p1.replace_header("Content-Type", "text/plain; charset=us-ascii")
    p1["Content-Description"] = "Notification"
    del p1["MIME-Version"]
    p2 = MIMEBase("message", "delivery-status")
    for block in (status, status2):
        b = Message()
        for line in block.replace("\n    ", " ").strip("\n").split("\n"):
            k, v = line.split(": ", 1)
            b[k] = v
        p2.attach(b)
    p2["Content-Description"] = "Delivery report"
    del p2["MIME-Version"]
    p3 = MIMEBase("text", "rfc822-headers")
    p3.set_payload(orig_headers)
    p3["Content-Description"] = "Undelivered Message Headers"
    del p3["MIME-Version"]
    for p in (p1, p2, p3):
        msg.attach(p)
    headers(msg, [("Date", rfcdate(sent) + " (EET)"),
                  ("From", "MAILER-DAEMON@mail.limds.example.org (Mail Delivery System)"),
                  ("Subject", "Undelivered Mail Returned to Sender"),
                  ("To", MAILBOX),
                  ("Auto-Submitted", "auto-replied"),
                  ("MIME-Version", "1.0"),
                  ("Message-Id", "<20210208094110.5B1C2A0F31@mail.limds.example.org>")])
    msg.replace_header("Date", rfcdate(sent) + " (EET)")
    reorder(msg, ["Date", "From", "Subject", "To", "Auto-Submitted", "MIME-Version", "Content-Type", "Message-Id"])
    raw_from = "MAILER-DAEMON@mail.limds.example.org"
    return add(15, msg, rcv, raw_from, "mail.limds.example.org", "192.0.2.200",
               "localhost (localhost [127.0.0.1])", sent, {
        "category": "bounce", "language": "en", "acknowledge": False, "on_time": None,
        "notes": "Postfix DSN (multipart/report; delivery-status) for our acknowledgement of h65-14 to the Cc'd address; the "
                 "returned headers carry an Arabic RFC 2047 subject and name the original submission; must not be "
                 "acknowledged; Return-Path in the trace is the MAILER-DAEMON address."})


def m16():
    """HTML-only mail from an organisation's webmail: questions about the report format."""
    rcv = at("2021-02-09 14:26:13")
    sent = at("2021-02-09 16:26:05", 4)
    html = (
        "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">"
        "<p>Dear Secretariat,</p>"
        "<p>Our centre is preparing a voluntary GCM review report and I would be grateful for guidance on a few points "
        "before we finalise it:</p>"
        "<ol><li>Is there a template, or a recommended length (number of pages)?</li>"
        "<li>May the report be submitted in French, or only in English and Arabic?</li>"
        "<li>Should statistical annexes be sent as separate files or merged into one PDF?</li></ol>"
        "<p>We also intend to nominate a speaker from our team for one of the roundtables and will write separately "
        "about that.</p>"
        "<p>With thanks and best wishes,</p>"
        "<p><b>Dr. Layla Mansouri</b><br>Senior Lecturer in Migration Studies<br>Centre for Migration and Diaspora "
        "Studies (CMDS)<br>University of the Gulf Coast<br>Sharjah, UAE</p>"
        "<p style=\"color:#888;font-size:8pt\">This email and any attachments are confidential and may be privileged. "
        "If you are not the intended recipient, please notify the sender and delete it. The University of the Gulf "
        "Coast accepts no liability for any damage caused by this email.</p>"
        "</body></html>\n")
    msg = text_part(html, "html", "utf-8", "qp")
    headers(msg, [("MIME-Version", "1.0"),
                  ("From", "Layla Mansouri <l.mansouri@ugc-cmds.example.ac.ae>"),
                  ("To", MAILBOX),
                  ("Subject", "Questions on the format of the voluntary GCM review report"),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(16, "zimbra", "ugc-cmds.example.ac.ae")),
                  ("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"),
                  ("Thread-Index", "x" + h("ti16", 26))])
    reorder(msg, ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type",
                  "Content-Transfer-Encoding", "X-Mailer", "Thread-Index"])
    return add(16, msg, rcv, "l.mansouri@ugc-cmds.example.ac.ae", "zmta.ugc-cmds.example.ac.ae", "198.51.100.190",
               "zmbx02.ugc-cmds.example.ac.ae (zmbx02 [10.0.4.12])", sent, {
        "category": "other", "language": "en", "acknowledge": True, "on_time": None,
        "notes": "HTML-only (no text part); questions about template, length, language and annexes of the report; "
                 "announces a future speaker nomination without naming anyone (not a speaker request) and has no "
                 "report; signature with 'Dr.' and a legal disclaimer."})


def m17():
    """Gmail French from a Tunisian researcher with an Arabic signature block; individual report PDF."""
    rcv = at("2021-02-10 10:55:48")
    sent = at("2021-02-10 09:55:40", 1)
    plain = (
        "Madame, Monsieur,\n\n"
        "Veuillez trouver ci-joint ma contribution individuelle à la revue régionale du Pacte mondial pour des "
        "migrations sûres, ordonnées et régulières, sous la forme d'un rapport volontaire portant sur la mobilité "
        "des étudiants et des diplômés tunisiens vers les pays du Golfe.\n\n"
        "Je vous remercie de bien vouloir en accuser réception.\n\n"
        "Bien à vous,\n\n"
        "Amel Gharbi\n"
        "Maître-assistante en géographie humaine\n"
        "Centre tunisien d'études migratoires (CTEM)\n"
        "--\n"
        "آمال الغربي\n"
        "أستاذة مساعدة في الجغرافيا البشرية\n"
        "المركز التونسي للدراسات الهجرية\n"
        "تونس\n")
    alt = alternative(plain, html_gmail(plain.rstrip("\n")), bnd=bnd("gmail", 17, 1))
    name = "Rapport_volontaire_PMM_Gharbi_2021.pdf"
    pdf = make_pdf(["Rapport volontaire - revue regionale du PMM, region arabe",
                    "Amel Gharbi, Centre tunisien d'etudes migratoires (CTEM)",
                    "Mobilite des etudiants et diplomes tunisiens vers les pays du Golfe",
                    "1. Contexte", "2. Objectifs 5 et 18 du Pacte", "3. Recommandations"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("gmail", 17, 0))
    msg.attach(alt)
    a = attachment(pdf, PDF, name)
    a["Content-ID"] = f"<f_kkz{h('cid17', 8)}0>"
    a["X-Attachment-Id"] = f"f_kkz{h('cid17', 8)}0"
    msg.attach(a)
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("From", "Amel Gharbi <amel.gharbi.ctem@gmail.com>"),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(17, "gmail", "")),
                  ("Subject", hdr("Rapport volontaire - Revue régionale du Pacte mondial sur les migrations", "utf-8", "q")),
                  ("To", MAILBOX)])
    reorder(msg, ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "Content-Type"])
    return add(17, msg, rcv, "amel.gharbi.ctem@gmail.com", "mail-wr1-f66.google.com", "209.85.221.66",
               "by 2002:adf:f3c2:0:0:0:0:0 with HTTP", sent, {
        "category": "voluntary_report", "language": "fr", "acknowledge": True, "on_time": True,
        "report_attachments": [name],
        "notes": "French message from a Tunisian researcher whose signature repeats name/title/centre in Arabic after "
                 "'--' (the acknowledgement must still be French); individual report as a PDF; no speaker request."})


def m18():
    """Thunderbird reply withdrawing the speaker proposed in h65-03."""
    rcv = at("2021-02-11 09:12:30")
    sent = at("2021-02-11 08:12:21", 1)
    body = (
        "Madame, Monsieur,\n\n"
        "Pour des raisons de calendrier indépendantes de sa volonté, Mme Salma Berrada ne pourra malheureusement pas "
        "intervenir lors de la séance plénière. L'Observatoire retire donc sa candidature et ne propose pas de "
        "remplaçant pour cette session.\n\n"
        "Nous vous prions de nous excuser pour ce contretemps et restons attentifs aux travaux de la revue régionale.\n\n"
        "Bien cordialement,\n\n"
        "-- \n"
        "Abdellah Ouazzani\n"
        "Directeur\n"
        "Observatoire maghrébin des mobilités (OMM)\n\n"
        "Le 02/02/2021 à 10:20, GCM Regional Review Arab States a écrit :\n"
        "> Madame, Monsieur,\n"
        ">\n"
        "> Nous accusons réception de votre demande d'intervention pour la Revue régionale du Pacte mondial pour les "
        "migrations (23-25 février 2021).\n"
        ">\n"
        "> Réseau régional des Nations Unies sur les migrations - région arabe\n")
    msg = text_part(flow(body), "plain", "utf-8", "8bit", flowed=True)
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("Subject", hdr("Re: Accusé de réception : Candidature pour une intervention en séance plénière - Revue régionale PMM", "utf-8", "q")),
                  ("To", MAILBOX_TO),
                  ("References", f"{mid(3, 'tb', 'omm-maghreb.example.org')} {ack_id(3)}"),
                  ("From", addr("Abdellah Ouazzani", "a.ouazzani@omm-maghreb.example.org")),
                  ("Message-ID", mid(18, "tb", "omm-maghreb.example.org")),
                  ("Date", rfcdate(sent)),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("In-Reply-To", ack_id(3)),
                  ("Content-Language", "fr")])
    reorder(msg, ["Subject", "To", "References", "From", "Message-ID", "Date", "User-Agent", "MIME-Version",
                  "In-Reply-To", "Content-Type", "Content-Language", "Content-Transfer-Encoding"])
    return add(18, msg, rcv, "a.ouazzani@omm-maghreb.example.org", "smtp.omm-maghreb.example.org", "203.0.113.41",
               "[192.168.10.22] (unknown [41.250.12.7])", sent, {
        "category": "other", "language": "fr", "acknowledge": True, "on_time": None,
        "thread_of": "h65-03.eml",
        "notes": "withdrawal of the speaker proposed in h65-03 (reply to our acknowledgement; References names h65-03); no "
                 "replacement, so no speaker is proposed; the text still names the speaker and the plenary (decoys); "
                 "format=flowed with a '>'-quoted acknowledgement."})


def m19():
    """Thunderbird English 'both': collective DOCX (RFC 2231) + self-nomination roundtable 2; speaker part late."""
    rcv = at("2021-02-12 16:40:19")
    sent = at("2021-02-12 16:40:11")
    name = "GCM review – AUCFM collective submission.docx"
    body = (
        "Dear colleagues,\n\n"
        "Please find attached the collective voluntary GCM review prepared by the member universities of our "
        "consortium.\n\n"
        "I work as Chair of the Steering Committee at the Arab Universities Consortium on Forced Migration (AUCFM), "
        "and I would also like to intervene in the second roundtable, if slots are still available after the "
        "5 February deadline.\n\n"
        "With best regards,\n\n"
        "-- \n"
        "Prof. Ibrahim Zoubi\n"
        "AUCFM Secretariat, Irbid, Jordan\n")
    doc = make_docx(["Arab Universities Consortium on Forced Migration (AUCFM)",
                     "Collective voluntary review of the Global Compact for Migration",
                     "Contributing universities: 7 member universities in Jordan, Lebanon, Iraq and Egypt",
                     "Findings on objectives 1, 7 and 15", "Recommendations to Member States"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("tb", 19))
    msg.attach(text_part(flow(body), "plain", "utf-8", "8bit", flowed=True))
    msg.attach(attachment(doc, DOCX, name, "rfc2231"))
    msg.preamble = "This is a multi-part message in MIME format."
    del msg["MIME-Version"]
    msg["To"] = MAILBOX
    msg["From"] = "Ibrahim Zoubi <i.zoubi@aucfm.example.edu.jo>"
    msg["Subject"] = "Collective voluntary GCM review (AUCFM) and roundtable request"
    msg["Message-ID"] = mid(19, "tb", "aucfm.example.edu.jo")
    msg["Date"] = rfcdate(sent)
    msg["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
    msg["Content-Language"] = "en-GB"
    headers(msg, [("MIME-Version", "1.0")])
    reorder(msg, ["To", "From", "Subject", "Message-ID", "Date", "User-Agent", "MIME-Version", "Content-Type",
                  "Content-Language"])
    return add(19, msg, rcv, "i.zoubi@aucfm.example.edu.jo", "mail.aucfm.example.edu.jo", "192.0.2.33",
               "[10.10.1.5] (unknown [94.249.77.13])", sent, {
        "category": "both", "language": "en", "acknowledge": True, "on_time": False,
        "speakers": [sp("Ibrahim Zoubi", "Chair of the Steering Committee",
                        "Arab Universities Consortium on Forced Migration (AUCFM)", ["roundtable"], 2)],
        "report_attachments": [name],
        "notes": "'both' received 12 Feb: the report is on time but the speaker part is after 5 Feb, so on_time is false; "
                 "self-nomination in a sentence ('I work as ... at ...'), name only in the signature with 'Prof.'; "
                 "roundtable written as 'the second roundtable'; DOCX with RFC 2231 name (en dash, spaces); format=flowed."})


def m20():
    """Gmail Arabic report with an RFC 2047 Arabic file name; English organisation name in the body."""
    rcv = at("2021-02-14 12:03:57")
    sent = at("2021-02-14 12:03:49")
    name = "تقرير الاستعراض الطوعي - EMPI.pdf"
    plain = (
        "تحية طيبة وبعد،\n\n"
        "نرفق لكم تقرير الاستعراض الطوعي الذي أعده Migration Policy Lab في Eastern Mediterranean Policy Institute "
        "(EMPI) حول تنفيذ الاتفاق العالمي من أجل الهجرة في لبنان وسوريا والأردن.\n\n"
        "نرجو التكرم بتأكيد الاستلام.\n\n"
        "مع الشكر،\n"
        "د. خالد العبيدات\n"
        "Head, Migration Policy Lab - EMPI\n")
    alt = alternative(plain, html_gmail(plain.rstrip("\n"), rtl=True), cs="utf-8", cte="b64", bnd=bnd("gmail", 20, 1))
    pdf = make_pdf(["Eastern Mediterranean Policy Institute (EMPI) - Migration Policy Lab",
                    "Voluntary GCM Review Report - Lebanon, Syria, Jordan", "February 2021",
                    "1. Methodology", "2. Regular pathways and labour mobility", "3. Recommendations"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("gmail", 20, 0))
    msg.attach(alt)
    a = attachment(pdf, PDF, name, "rfc2047")
    a["Content-ID"] = f"<f_kl5{h('cid20', 8)}0>"
    a["X-Attachment-Id"] = f"f_kl5{h('cid20', 8)}0"
    msg.attach(a)
    headers(msg, [("MIME-Version", "1.0")])
    headers(msg, [("From", addr("خالد العبيدات", "khaled.obeidat.empi@gmail.com")),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(20, "gmail", "")),
                  ("Subject", hdr("تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة - EMPI", "utf-8", "b")),
                  ("To", MAILBOX)])
    reorder(msg, ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "Content-Type"])
    return add(20, msg, rcv, "khaled.obeidat.empi@gmail.com", "mail-lf1-f52.google.com", "209.85.167.52",
               "by 2002:a19:5e07:0:0:0:0:0 with HTTP", sent, {
        "category": "voluntary_report", "language": "ar", "acknowledge": True, "on_time": True,
        "report_attachments": [name],
        "notes": "Gmail, base64 UTF-8 Arabic body with English organisation names; PDF whose Arabic file name is only "
                 "given as an RFC 2047 encoded word inside the quoted name/filename parameters (Gmail style)."})


def m21():
    """Outlook: newest reply on top of two earlier quoted messages (with an IOM staff member); report PDF."""
    rcv = at("2021-02-15 17:21:09")
    sent = at("2021-02-15 15:21:01", 0)
    name = "CMRS_Voluntary_GCM_Review_Report_Feb2021.pdf"
    plain = (
        "Dear colleagues,\n\n"
        "Following Joanna's advice below, please find attached the voluntary GCM review report of the Centre for "
        "Migration and Refugee Studies (CMRS), Nile Delta University, for the Regional Review.\n\n"
        "Many thanks, Joanna, for your help.\n\n"
        "Best regards,\n"
        "Mariam\n\n"
        "Dr. Mariam El-Sayed\n"
        "Director, Centre for Migration and Refugee Studies (CMRS)\n"
        "Nile Delta University, Mansoura, Egypt\n\n"
        "From: Joanna Reyes <jreyes@iom.int>\n"
        "Sent: Tuesday, February 9, 2021 11:02 AM\n"
        "To: Mariam El-Sayed <m.elsayed@cmrs-ndu.example.edu.eg>\n"
        "Subject: RE: Query on voluntary GCM review submissions\n\n"
        "Dear Dr. El-Sayed,\n\n"
        "Yes, reports by academic institutions are very welcome as stakeholder contributions. Please send the report "
        "to gcmrrarabstates@iom.int by Tuesday 16 February 2021 (the deadline was extended). If you also wish to "
        "speak, requests for speaking roles were due by 5 February.\n\n"
        "Best,\nJoanna\n\n"
        "Joanna Reyes\nProgramme Assistant, IOM Regional Office for the Middle East and North Africa\n\n"
        "From: Mariam El-Sayed <m.elsayed@cmrs-ndu.example.edu.eg>\n"
        "Sent: Monday, February 8, 2021 3:47 PM\n"
        "To: Joanna Reyes <jreyes@iom.int>\n"
        "Subject: Query on voluntary GCM review submissions\n\n"
        "Dear Joanna,\n\n"
        "We met at the IOM workshop in Cairo last year. Our centre has drafted a review of GCM implementation in "
        "Egypt; could it be submitted as a voluntary report for the Regional Review, and to which address?\n\n"
        "Kind regards,\nMariam\n")
    alt = alternative(plain, html_outlook(plain), bnd=bnd("outlook", 21, 1))
    pdf = make_pdf(["Centre for Migration and Refugee Studies (CMRS), Nile Delta University",
                    "Voluntary GCM Review Report - Egypt", "February 2021",
                    "1. Introduction", "2. Objectives 2, 16 and 21", "3. Recommendations"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("outlook", 21, 0))
    msg.attach(alt)
    msg.attach(attachment(pdf, PDF, name))
    prev = mid(121, "outlook", "")
    first = mid(221, "outlook", "")
    headers(msg, [("From", "Mariam El-Sayed <m.elsayed@cmrs-ndu.example.edu.eg>"),
                  ("To", MAILBOX_TO),
                  ("CC", "Joanna Reyes <jreyes@iom.int>"),
                  ("Subject", "RE: Query on voluntary GCM review submissions"),
                  ("Thread-Topic", "Query on voluntary GCM review submissions"),
                  ("Date", rfcdate(sent)),
                  ("Message-ID", mid(21, "outlook", "")),
                  ("References", f"{first} {prev}"),
                  ("In-Reply-To", prev),
                  ("Accept-Language", "en-US"),
                  ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", "yes"),
                  ("MIME-Version", "1.0")])
    reorder(msg, ["From", "To", "CC", "Subject", "Thread-Topic", "Date", "Message-ID", "References", "In-Reply-To",
                  "Accept-Language", "Content-Language", "X-MS-Has-Attach", "Content-Type", "MIME-Version"])
    return add(21, msg, rcv, "m.elsayed@cmrs-ndu.example.edu.eg", "mail.cmrs-ndu.example.edu.eg", "198.51.100.12",
               "AM9PR06MB7329.eurprd06.prod.outlook.com", sent, {
        "category": "voluntary_report", "language": "en", "acknowledge": True, "on_time": True,
        "report_attachments": [name],
        "notes": "long thread: the newest reply (with the PDF) sits on top of two Outlook-quoted earlier messages between "
                 "the sender and an IOM staff member (not in this set, so thread_of is null); the quoted text mentions "
                 "deadlines and speaking roles (decoys) but no speaker is proposed; 'RE:' subject."})


def m22():
    """Yahoo French without accents; network report PDF."""
    rcv = at("2021-02-16 10:47:33")
    sent = at("2021-02-16 08:47:27", 0)
    name = "rapport_PMM_ACMM_2021.pdf"
    plain = (
        "Bonjour,\n\n"
        "Veuillez trouver ci-joint le rapport volontaire de revue du PMM prepare par l'Association des chercheurs "
        "marocains en migrations (ACMM), au nom de ses membres.\n"
        "Le rapport est en francais, un resume en arabe figure a la fin du document.\n\n"
        "Merci de confirmer la bonne reception.\n\n"
        "Cordialement\n"
        "Said Amrani\n"
        "Tresorier de l'ACMM\n"
        "Fes\n")
    alt = alternative(plain, html_gmail(plain.rstrip("\n")), cs="utf-8", cte="qp", bnd=bnd("yahoo", 22, 1))
    pdf = make_pdf(["Association des chercheurs marocains en migrations (ACMM)",
                    "Rapport volontaire de revue du Pacte mondial pour les migrations", "Fevrier 2021",
                    "1. Introduction", "2. Migrations de retour", "3. Recommandations", "Resume en arabe"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("yahoo", 22, 0))
    msg.attach(alt)
    msg.attach(attachment(pdf, PDF, name))
    headers(msg, [("Date", rfcdate(sent.astimezone(tz(0))) + " (UTC)"),
                  ("From", "Said Amrani <said.amrani@yahoo.fr>"),
                  ("To", MAILBOX),
                  ("Message-ID", mid(22, "yahoo", "")),
                  ("Subject", "rapport volontaire PMM - ACMM"),
                  ("MIME-Version", "1.0"),
                  ("X-Mailer", "WebService/1.1.17712 YahooMailAndroidMobile")])
    reorder(msg, ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "X-Mailer"])
    return add(22, msg, rcv, "said.amrani@yahoo.fr", "sonic316-12.consmr.mail.ir2.yahoo.com", "77.238.179.90",
               "by kubenode511.mail-prod1.omega.ir2.yahoo.com (VZM Hermes SMTP Server)", sent, {
        "category": "voluntary_report", "language": "fr", "acknowledge": True, "on_time": True,
        "report_attachments": [name],
        "notes": "Yahoo (Android) French written without accents; report PDF on the deadline day; mentions an Arabic summary "
                 "inside the document (language of the acknowledgement stays French)."})


def m23():
    """iPhone French, report PDF with RFC 2231 name; edge: 23:50 Beirut on 16 Feb (on time)."""
    rcv = at("2021-02-16 23:50:08")
    sent = at("2021-02-16 22:49:58", 1)
    name = "Contribution IMP – révision régionale PMM.pdf"
    body = ("Bonsoir,\n\nCi-joint la contribution de l'Institut maghrébin de prospective (IMP) à la revue régionale, "
            "in extremis. Toutes nos excuses pour l'heure tardive.\n\nMounir Trabelsi\nIMP\n")
    pdf = make_pdf(["Institut maghrebin de prospective (IMP)", "Contribution a la revue regionale du PMM",
                    "Fevrier 2021", "Scenarios migratoires 2030 pour le Maghreb"])
    msg = MIMEMultipart("mixed")
    msg.set_boundary(bnd("apple", 23, 0))
    msg.attach(text_part(body, "plain", "utf-8", "qp"))
    msg.attach(attachment(pdf, PDF, name, "rfc2231"))
    msg.attach(text_part("\n\nEnvoyé de mon iPhone\n", "plain", "utf-8", "qp"))
    msg.preamble = None
    headers(msg, [("From", "Mounir Trabelsi <mounir.trabelsi@imp-maghreb.example.tn>"),
                  ("Mime-Version", "1.0 (1.0)"),
                  ("Date", rfcdate(sent)),
                  ("Subject", hdr("Contribution IMP – revue régionale PMM", "utf-8", "q")),
                  ("Message-Id", mid(23, "apple", "imp-maghreb.example.tn")),
                  ("To", MAILBOX),
                  ("X-Mailer", "iPhone Mail (18D52)")])
    reorder(msg, ["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Date", "Subject",
                  "Message-Id", "To", "X-Mailer"])
    return add(23, msg, rcv, "mounir.trabelsi@imp-maghreb.example.tn", "mail.imp-maghreb.example.tn", "197.0.2.15",
               "[192.168.1.14] (unknown [197.15.40.2])", sent, {
        "category": "voluntary_report", "language": "fr", "acknowledge": True, "on_time": True,
        "report_attachments": [name],
        "notes": "edge: received 23:50 Beirut on 16 Feb, ten minutes before the report deadline (Date header 22:49 +0100); "
                 "iPhone multipart/mixed with the text split around the attachment ('Envoyé de mon iPhone' in the part after it); PDF with "
                 "an RFC 2231 UTF-8 name (accents, en dash)."})


def m24():
    """Apple Mail Arabic from Morocco: report PDF, late by ten minutes (00:10 Beirut on 17 Feb)."""
    rcv = at("2021-02-17 00:10:44")
    sent = at("2021-02-16 23:10:31", 1)
    name = "GCM_Review_CEMM_2021.pdf"
    body = (
        "السادة المحترمون،\n\n"
        "تجدون رفقته تقرير الاستعراض الطوعي الذي أعده مركز الدراسات المغاربية للهجرة (CEMM) في إطار الاستعراض "
        "الإقليمي للاتفاق العالمي من أجل الهجرة، وذلك قبل انتهاء الأجل المحدد في 16 فبراير.\n\n"
        "مع خالص التقدير،\n\n"
        "حسن الإدريسي\n"
        "باحث رئيسي، مركز الدراسات المغاربية للهجرة (CEMM)\n"
        "مراكش\n")
    pdf = make_pdf(["Centre d'etudes maghrebines des migrations (CEMM)", "Voluntary GCM Review 2021 - Morocco",
                    "1. Context", "2. Progress", "3. Recommendations"])
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">'
            + "".join(f'<div dir="rtl">{esc(l) if l else "<br>"}</div>' for l in body.rstrip("\n").split("\n"))
            + "</body></html>\n")
    alt = MIMEMultipart("alternative")
    alt.set_boundary(bnd("apple", 24, 1))
    alt.attach(text_part(body, "plain", "utf-8", "b64"))
    rel = MIMEMultipart("mixed")
    rel.set_boundary(bnd("apple", 24, 2))
    rel.attach(text_part(html, "html", "utf-8", "qp"))
    rel.attach(attachment(pdf, PDF, name))
    rel.attach(text_part('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body><div></div></body></html>\n', "html", "us-ascii", "8bit"))
    del rel["MIME-Version"]
    alt.attach(rel)
    del alt["MIME-Version"]
    msg = alt
    headers(msg, [("From", addr("حسن الإدريسي", "h.idrissi@cemm-marrakech.example.ma")),
                  ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.60.0.2.21\\))"),
                  ("Subject", hdr("تقرير الاستعراض الطوعي - CEMM", "utf-8", "b")),
                  ("Date", rfcdate(sent)),
                  ("Message-Id", mid(24, "apple", "cemm-marrakech.example.ma")),
                  ("To", MAILBOX),
                  ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    reorder(msg, ["Content-Type", "From", "Mime-Version", "Subject", "Date", "Message-Id", "To", "X-Mailer"])
    return add(24, msg, rcv, "h.idrissi@cemm-marrakech.example.ma", "mail.cemm-marrakech.example.ma", "196.200.1.25",
               "smtpclient.apple ([105.155.20.9])", sent, {
        "category": "voluntary_report", "language": "ar", "acknowledge": True, "on_time": False,
        "report_attachments": [name],
        "notes": "edge: received 00:10 Beirut on 17 Feb (late) although the Date header reads 16 Feb 23:10 +0100 and the "
                 "text claims it is sent before the 16 February deadline; Apple Mail alternative whose HTML branch is "
                 "multipart/mixed with the PDF between two HTML parts; Moroccan formal Arabic."})


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, raw, lab in MESSAGES:
        assert prev is None or lab["received_at"] > prev, fname
        prev = lab["received_at"]
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} messages to {OUT}")


if __name__ == "__main__":
    main()
