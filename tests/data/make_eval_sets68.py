#!/usr/bin/env python3
"""Write the blind evaluation set holdout68 (24 raw .eml messages + labels.json).

Deterministic, standard library only:
    /tmp/venv/bin/python tests/data/make_eval_sets68.py
Theme: migrant community groups in the Arab region (Filipino, Ethiopian, Nepali, Sri Lankan and Kenyan
groups in the Gulf and Lebanon; Sudanese and Eritrean groups writing in Arabic; Senegalese, Ivorian and
Cameroonian associations in Morocco and Tunisia writing in French).
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout68")
BOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
POL = policy.compat32.clone(linesep="\r\n", max_line_length=998)  # clients do not fold short headers


class Enc:
    """RFC 2047 header value, folded at 76 like mail clients do whatever the policy's line length."""

    def __init__(self, text, charset, name):
        self.h = Header(text, charset, header_name=name)

    def encode(self, linesep="\n", maxlinelen=None):
        return self.h.encode(linesep=linesep, maxlinelen=76)


# ----------------------------------------------------------------------------------------------- helpers
def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def beirut(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=BEIRUT)


def enc_header(text, charset="utf-8"):
    """RFC 2047 encode text (only when it is not plain ASCII)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return ("__encode__", text, charset)  # turned into a Header with the right header_name in finish()


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, delsp=False):
    p = MIMENonMultipart("text", subtype, charset=charset)
    if flowed:
        p.set_param("format", "flowed")
        if delsp:
            p.set_param("delsp", "yes")
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(plain, html, boundary, charset="utf-8", cte="quoted-printable"):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(tpart(plain, "plain", charset, cte))
    m.attach(tpart(html, "html", charset, cte))
    return m


def html_of(text, rtl=False, font="Calibri"):
    """Simple Outlook/Gmail-like HTML rendering of a plain text body."""
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = esc.split("\n\n")
    d = ' dir="rtl"' if rtl else ""
    body = "".join('<p class="MsoNormal"%s>%s</p>\n' % (d, p.replace("\n", "<br>\n")) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-family:"%s",sans-serif;}</style></head>\n'
            '<body lang="EN-US"%s>\n<div class="WordSection1">\n%s</div>\n</body></html>\n' % (font, d, body))


def attachment(data, maintype, subtype, filename, style="plain", inline_cid=None):
    """style: plain (ASCII name), rfc2231 (filename*=utf-8''...), rfc2047 (=?UTF-8?B?...?= in quotes)."""
    p = MIMEBase(maintype, subtype)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    disp = "inline" if inline_cid else "attachment"
    if style == "plain":
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "rfc2231":
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    elif style == "rfc2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=76, linesep="")
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disp, filename=enc)
    if inline_cid:
        p["Content-ID"] = "<%s>" % inline_cid
    return p


def make_pdf(lines):
    """A tiny valid one-page PDF with the given ASCII lines of text."""
    text = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        "(%s) '\n" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET"
    stream = text.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
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
    """A minimal valid DOCX (zip with [Content_Types].xml, _rels/.rels, word/document.xml)."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


# a 1x1 PNG (signature logo decoy)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def finish(msg, headers, received_at, sent, relay, ip, qid, mailfrom, extra_received=None):
    """Put headers in client order, then prepend the server's trace headers; return CRLF bytes."""
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # clients write it once, in the top-level header only
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    given = {k.lower() for k, _ in headers}
    for k, v in headers:
        if isinstance(v, tuple) and v[0] == "__encode__":
            v = Enc(v[1], v[2], k)
        msg[k] = v
    msg["Date"] = format_datetime(sent)
    for k, v in body_headers:
        if k.lower() not in given:
            msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
    body = buf.getvalue()
    rcv = format_datetime(received_at) + " (EET)"
    trace = ("Return-Path: <%s>\r\n"
             "Delivered-To: %s\r\n"
             "Received: from %s (%s [%s])\r\n"
             "\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
             "\tfor <%s>; %s\r\n" % (mailfrom, BOX, relay, relay, ip, qid, BOX, rcv))
    if extra_received:
        trace += extra_received
    return trace.encode("ascii") + body


def label(category, language, ack, speakers=(), reports=(), thread_of=None, notes=""):
    return {"category": category, "language": language, "acknowledge": ack,
            "speakers": list(speakers), "report_attachments": list(reports),
            "thread_of": thread_of, "notes": notes}


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": list(roles),
            "roundtable": roundtable}


MESSAGES = []  # (key, received_at, bytes, label)


def add(key, received_at, raw, lab):
    MESSAGES.append((key, received_at, raw, lab))


# message ids that other messages refer to
MID = {
    "A": "<CAK7vQm1x9FmwaKuw8pRkT3hJ2q0bN5s+9yXcWq2Lr8dZ@mail.gmail.com>",
    "Q": "<AM0PR10MB3187E2C4B61D4F9A0E77D3A1C2B90@AM0PR10MB3187.eurprd10.prod.outlook.example.com>",
    "ACK_Q": "<gcmrr-ack-20210209-0117@iom.int>",
}


# ----------------------------------------------------------------------------------------------- A
def msg_A():
    rec = beirut(2021, 2, 1, 10, 14, 22)
    sent = (rec - dt.timedelta(seconds=19)).astimezone(tz(3))
    plain = (
        "Dear Sir/Madam,\n\n"
        "Greetings from Kuwait!\n\n"
        "On behalf of the Filipino Migrant Workers Alliance \u2013 Kuwait Chapter (FMWA-Kuwait), I would like "
        "to request a speaking role during the Regional Review of the Global Compact for Migration. We would "
        "like to have a floor intervention in one of the thematic roundtables, as our members have a lot to "
        "share on labour mobility, contract substitution and access to justice.\n\n"
        "Proposed speaker:\n"
        "Maria Cristina D. Villanueva\n"
        "Chairperson, Filipino Migrant Workers Alliance \u2013 Kuwait Chapter (FMWA-Kuwait)\n\n"
        "Thank you and more power!\n\n"
        "Maria Cristina D. Villanueva\n"
        "Chairperson\n"
        "FMWA-Kuwait\n"
        "Salmiya, Kuwait\n"
        "+965 5xx xx 214\n")
    html = ('<div dir="ltr">' + plain.replace("&", "&amp;").replace("\n\n", "</div><div><br></div><div>")
            .replace("\n", "<br>") + "</div>\n")
    m = alt(plain, html, "000000000000a1c45205ba3f1e77")
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("Maria Cristina Villanueva", "mcd.villanueva@gmail.example.com")),
        ("Message-ID", MID["A"]),
        ("Subject", "Request for speaking slot - FMWA Kuwait"),
        ("To", BOX),
    ], rec, sent, "mail-wr1-f54.google.example.com", "209.85.221.54", "4DTk3L0m7Qz1", "mcd.villanueva@gmail.example.com")
    add("A", rec, raw, label("speaker_request", "en", True, [
        sp("Maria Cristina D. Villanueva", "Chairperson",
           "Filipino Migrant Workers Alliance \u2013 Kuwait Chapter (FMWA-Kuwait)", ["roundtable"], None)],
        notes="Filipino name with middle initial ('D.'), absent from the From display name; Chairperson of a "
              "country chapter with acronym, title and organisation on one line ('Chairperson, X (FMWA-Kuwait)') "
              "plus a signature split over lines with the acronym only); 'one of the thematic roundtables' gives the role but no number (roundtable null). The "
              "number arrives later in a reply (see thread)."))


# ----------------------------------------------------------------------------------------------- B
def msg_B():
    rec = beirut(2021, 2, 2, 11, 3, 40)
    sent = (rec - dt.timedelta(seconds=26)).astimezone(tz(3))
    body = (
        '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style>p.MsoNormal{margin:0;font-family:"Simplified Arabic",serif;font-size:14pt}</style></head>\n'
        '<body lang="AR-SA" dir="rtl"><div class="WordSection1">\n'
        '<p class="MsoNormal">حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،</p>\n'
        '<p class="MsoNormal">السلام عليكم ورحمة الله وبركاته، وبعد،</p>\n'
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">يسرّ جمعية الجالية الإريترية في جدة أن ترشّح رئيس لجنتها التنفيذية للمشاركة في '
        'المناقشة المفتوحة ضمن المشاورة متعددة أصحاب المصلحة المقررة يوم 23 فبراير 2021، وذلك لعرض أوضاع '
        'المهاجرين الإريتريين في المملكة وما يواجهونه في تجديد الإقامات والحصول على الوثائق.</p>\n'
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<table dir="rtl" border="1" cellpadding="4" style="border-collapse:collapse">\n'
        '<tr><td><b>الاسم</b></td><td>الأستاذ إدريس محمد نور</td></tr>\n'
        '<tr><td><b>المسمى الوظيفي</b></td><td>رئيس اللجنة التنفيذية</td></tr>\n'
        '<tr><td><b>الجهة</b></td><td>جمعية الجالية الإريترية في جدة</td></tr>\n'
        '</table>\n'
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">وتفضلوا بقبول فائق الاحترام والتقدير،</p>\n'
        '<p class="MsoNormal"><b>أمانة السر</b><br>جمعية الجالية الإريترية في جدة<br>'
        'جدة – المملكة العربية السعودية</p>\n'
        '</div></body></html>\n')
    m = tpart(body, "html", "utf-8", "base64")
    raw = finish(m, [
        ("From", addr("أمانة سر الجمعية", "secretariat@eritrean-jeddah.example.org")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", enc_header("ترشيح للمشاركة في المناقشة المفتوحة - الجالية الإريترية بجدة")),
        ("Thread-Topic", enc_header("ترشيح للمشاركة في المناقشة المفتوحة - الجالية الإريترية بجدة")),
        ("Message-ID", "<DB9PR02MB7012A55C3E0D9F1B2C6E84D1B4B50@DB9PR02MB7012.eurprd02.prod.outlook.example.com>"),
        ("Accept-Language", "ar-SA, en-US"),
        ("Content-Language", "ar-SA"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-eopbgr80071.outbound.protection.outlook.example.com", "40.107.8.71", "4DVS2t3YcZz9",
        "secretariat@eritrean-jeddah.example.org")
    add("B", rec, raw, label("speaker_request", "ar", True, [
        sp("إدريس محمد نور", "رئيس اللجنة التنفيذية", "جمعية الجالية الإريترية في جدة", ["open_discussion"])],
        notes="HTML-only (base64 UTF-8, no text/plain alternative) formal Arabic; speaker details in an HTML "
              "table whose name cell carries the honorific 'الأستاذ' (not part of the name); sent by the "
              "association's secretariat (display name 'أمانة سر الجمعية'), not by the speaker; role is "
              "'المناقشة المفتوحة' of the 23 Feb consultation."))


# ----------------------------------------------------------------------------------------------- C
def msg_C():
    rec = beirut(2021, 2, 2, 16, 27, 5)
    sent = rec - dt.timedelta(seconds=31)
    plain = (
        "السادة الأفاضل في أمانة الاستعراض الإقليمي،\n\n"
        "تحية طيبة وبعد،\n\n"
        "بالإشارة إلى رسالة الدعوة الكريمة بشأن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
        "والمنظمة والنظامية، يسرّنا في رابطة السودانيين في لبنان أن نرشّح الدكتورة سلمى عبد الرحيم، نائبة رئيس "
        "الرابطة، لتقوم بدور المقرّرة التي تقدّم الرسائل الرئيسية لأصحاب المصلحة أمام المؤتمر.\n\n"
        "وللدكتورة سلمى خبرة طويلة في متابعة قضايا العاملات المهاجرات في لبنان.\n\n"
        "وتفضلوا بقبول فائق الاحترام،\n\n"
        "عثمان الطيب\n"
        "أمين السر\n"
        "رابطة السودانيين في لبنان\n"
        "بيروت\n")
    m = alt(plain, html_of(plain, rtl=True, font="Arial"), "_000_VI1PR0302MB33451D6E8B9C0A4F2E1D7C33VI1PR0302MB3345_",
            charset="windows-1256", cte="quoted-printable")
    # the HTML part is declared windows-1256 too: fix its meta tag
    m.get_payload()[1].set_payload(quopri.encodestring(
        html_of(plain, rtl=True, font="Arial").replace("charset=utf-8", "charset=windows-1256")
        .encode("windows-1256")).decode("ascii"))
    raw = finish(m, [
        ("From", addr("عثمان الطيب", "osman.eltayeb@sudanese-lb.example.org", "windows-1256")),
        ("To", "\"gcmrrarabstates@iom.int\" <%s>" % BOX),
        ("Subject", enc_header("ترشيح مقرّرة – رابطة السودانيين في لبنان", "windows-1256")),
        ("Thread-Topic", enc_header("ترشيح مقرّرة – رابطة السودانيين في لبنان", "windows-1256")),
        ("Thread-Index", "AdcHf2Q4m1xkT0bqRk2p8xWcL3YqVg=="),
        ("Message-ID", "<VI1PR0302MB33451D6E8B9C0A4F2E1D7C33@VI1PR0302MB3345.eurprd03.prod.outlook.example.com>"),
        ("Accept-Language", "ar-LB, en-US"),
        ("Content-Language", "ar-LB"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-vi1eur03on2052.outbound.protection.outlook.example.com", "40.107.103.52", "4DVbPq1xJrz4",
        "osman.eltayeb@sudanese-lb.example.org")
    add("C", rec, raw, label("speaker_request", "ar", True, [
        sp("سلمى عبد الرحيم", "نائبة رئيس الرابطة", "رابطة السودانيين في لبنان", ["rapporteur"])],
        notes="windows-1256 text and HTML (quoted-printable) with windows-1256 RFC 2047 subject and display name; "
              "the sender (أمين السر, signs the mail) nominates someone else; the speaker carries the honorific "
              "'الدكتورة' and her title is an apposition inside the sentence; rapporteur role given as "
              "'بدور المقرّرة التي تقدّم الرسائل الرئيسية' (feminine form, with shadda)."))


# ----------------------------------------------------------------------------------------------- D
def msg_D():
    rec = beirut(2021, 2, 3, 9, 41, 17)
    sent = (rec - dt.timedelta(seconds=14)).astimezone(tz(3))
    quoted = (
        "Dear Sir/Madam,\n\nGreetings from Kuwait!\n\n"
        "On behalf of the Filipino Migrant Workers Alliance \u2013 Kuwait Chapter (FMWA-Kuwait), I would like "
        "to request a speaking role during the Regional Review of the Global Compact for Migration. We would "
        "like to have a floor intervention in one of the thematic roundtables, as our members have a lot to "
        "share on labour mobility, contract substitution and access to justice.\n\n"
        "Proposed speaker:\nMaria Cristina D. Villanueva\n"
        "Chairperson, Filipino Migrant Workers Alliance \u2013 Kuwait Chapter (FMWA-Kuwait)\n\n"
        "Thank you and more power!\n\nMaria Cristina D. Villanueva\nChairperson\nFMWA-Kuwait\n"
        "Salmiya, Kuwait\n+965 5xx xx 214\n")
    qtext = "".join(("> " + l if l else ">") + "\n" for l in quoted.split("\n")[:-1])
    new = ("Hello again,\n\n"
           "Sorry, I forgot to say in my email which roundtable we want. Our preference is Roundtable 2 and if "
           "that one is already full then Roundtable 4 is also ok for us. All other details are the same as "
           "below.\n\n"
           "Thank you po,\n"
           "Cristina\n\n")
    plain = new + "On Mon, Feb 1, 2021 at 11:14 AM Maria Cristina Villanueva <mcd.villanueva@gmail.example.com> wrote:\n\n" + qtext
    html = ('<div dir="ltr">' + new.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") +
            '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Feb 1, 2021 at 11:14 AM '
            'Maria Cristina Villanueva &lt;<a href="mailto:mcd.villanueva@gmail.example.com">'
            'mcd.villanueva@gmail.example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '<div dir="ltr">' + quoted.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") +
            "</div></blockquote></div>\n")
    m = alt(plain, html, "000000000000f0d91e05ba6c2e41")
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("References", MID["A"]),
        ("In-Reply-To", MID["A"]),
        ("From", addr("Maria Cristina Villanueva", "mcd.villanueva@gmail.example.com")),
        ("Message-ID", "<CAK7vQm3Tz0pq8YbG5Ux1eJr4kW6sDm+Vh2aPcN7oF1yLb@mail.gmail.com>"),
        ("Subject", "Re: Request for speaking slot - FMWA Kuwait"),
        ("To", BOX),
    ], rec, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DVx8n2Hq4z2", "mcd.villanueva@gmail.example.com")
    add("D", rec, raw, label("speaker_request", "en", True, [
        sp("Maria Cristina D. Villanueva", "Chairperson",
           "Filipino Migrant Workers Alliance \u2013 Kuwait Chapter (FMWA-Kuwait)", ["roundtable"], 2)],
        thread_of="A",
        notes="Gmail reply (In-Reply-To/References) that only adds the missing roundtable number: first choice "
              "Roundtable 2, fallback 4 (label the first choice). Signed with the middle name 'Cristina' only; "
              "name, title and affiliation are only in the '>'-quoted original."))


# ----------------------------------------------------------------------------------------------- E
def msg_E():
    rec = beirut(2021, 2, 3, 12, 0, 31)
    sent = (rec - dt.timedelta(seconds=3)).astimezone(dt.timezone.utc)
    plain = (
        "Thank you for your email.\n\n"
        "I am out of the office until Monday 15 February 2021 with very limited access to email. Your message "
        "regarding speakers and reports will be attended to on my return.\n\n"
        "For urgent matters of the Kenya Community Welfare Association - UAE (KCWA-UAE), kindly contact our "
        "office on info@kcwa-uae.example.org or +971 4 xxx 5512.\n\n"
        "Regards,\n"
        "Joseph Kamau Mwangi\n"
        "Welfare Coordinator, KCWA-UAE\n")
    m = alt(plain, html_of(plain), "_000_DXBP216MB0412C7E1F5A8B93D4E62CC1AD0DXBP216MB0412_", cte="quoted-printable")
    raw = finish(m, [
        ("From", addr("Joseph Kamau Mwangi", "j.mwangi@kcwa-uae.example.org")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", "Automatic reply: REMINDER: GCM Regional Review - speaker requests due Friday 5 February"),
        ("Thread-Topic", "REMINDER: GCM Regional Review - speaker requests due Friday 5 February"),
        ("Thread-Index", "AQHW+ggf0bQkM3r2R0a1xZcW8yN9Lw=="),
        ("Message-ID", "<DXBP216MB0412C7E1F5A8B93D4E62CC1AD0@DXBP216MB0412.ARETP216.PROD.OUTLOOK.example.com>"),
        ("References", "<gcmrr-reminder-20210203@iom.int>"),
        ("In-Reply-To", "<gcmrr-reminder-20210203@iom.int>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "j.mwangi@kcwa-uae.example.org"),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-ve1eur01on0612.outbound.protection.outlook.example.com", "40.107.14.112", "4DW2Kc5sYbz7", "")
    add("E", rec, raw, label("auto_reply", "en", False,
        notes="English Exchange out-of-office (Auto-Submitted: auto-replied, null Return-Path) to the "
              "secretariat's speaker-deadline reminder; subject contains 'speaker requests' and the body mentions "
              "speakers, reports, a person's name and title, but nothing is submitted and it must never be "
              "acknowledged."))


# ----------------------------------------------------------------------------------------------- F
PDF_F = make_pdf([
    "Rapport volontaire - Pacte mondial sur les migrations (PMM)",
    "Examen regional - Region arabe - fevrier 2021",
    "Contribution collective des associations senegalaises en Tunisie",
    "1. Acces aux titres de sejour et regularisation",
    "2. Travail decent et protection sociale",
    "3. Recommandations",
])


def msg_F():
    rec = beirut(2021, 2, 3, 18, 22, 10)
    sent = (rec - dt.timedelta(seconds=22)).astimezone(tz(1))
    text = (
        "Madame, Monsieur,\r\n\r\n"
        "Veuillez trouver ci-joint le rapport volontaire sur la mise en \u0153uvre du \r\n"
        "Pacte mondial pour des migrations s\u00fbres, ordonn\u00e9es et r\u00e9guli\u00e8res, \r\n"
        "\u00e9labor\u00e9 collectivement par cinq associations s\u00e9n\u00e9galaises \r\n"
        "pr\u00e9sentes \u00e0 Tunis, Sfax et Sousse.\r\n\r\n"
        "Notre pr\u00e9sident vous \u00e9crira s\u00e9par\u00e9ment au sujet d'une \u00e9ventuelle prise \r\n"
        "de parole.\r\n\r\n"
        "Avec nos salutations distingu\u00e9es,\r\n\r\n"
        "-- \r\n"
        "Mamadou Lamine Diop\r\n"
        "Secr\u00e9taire ex\u00e9cutif\r\n"
        "Association des Ressortissants S\u00e9n\u00e9galais en Tunisie (ARST)\r\n"
        "Tunis\r\n").replace("\r\n", "\n")
    m = MIMEMultipart("mixed", boundary="------------7A3C1E0F9B2D4A6E8C0B1D3F")
    m.preamble = "This is a multi-part message in MIME format."
    m.attach(tpart(text, "plain", "utf-8", "quoted-printable", flowed=True))
    fname = "Rapport_volontaire_PMM_S\u00e9n\u00e9galais_Tunisie.pdf"
    m.attach(attachment(PDF_F, "application", "pdf", fname, "rfc2231"))
    raw = finish(m, [
        ("To", BOX),
        ("From", addr("Mamadou Lamine Diop", "ml.diop@arst-tunisie.example.org")),
        ("Subject", enc_header("Rapport volontaire PMM \u2013 associations s\u00e9n\u00e9galaises de Tunisie")),
        ("Message-ID", "<5f2a9c1e-3b7d-4e0a-9c61-2d8e4f7a1b03@arst-tunisie.example.org>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
        ("MIME-Version", "1.0"),
        ("Content-Language", "fr"),
    ], rec, sent, "smtp.arst-tunisie.example.org", "197.14.52.33", "4DW9fR0bLkz3", "ml.diop@arst-tunisie.example.org")
    add("F", rec, raw, label("voluntary_report", "fr", True, reports=[fname],
        notes="Thunderbird format=flowed (soft line breaks with trailing spaces, quoted-printable); collective "
              "report as PDF with an RFC 2231 encoded file name (accents); the body announces that the "
              "president will write separately about speaking, which is not a speaker request (no one proposed)."))


# ----------------------------------------------------------------------------------------------- G
def msg_G():
    rec = beirut(2021, 2, 4, 8, 55, 2)
    sent = rec - dt.timedelta(seconds=17)
    plain = (
        "Dear colleagues,\n\n"
        "Please find below the two speakers proposed by the Ethiopian Community Support Network in Lebanon "
        "(ECSN) for the Regional Review of the GCM:\n\n"
        "Name\tTitle\tOrganisation\tSession\n"
        "Ms. Tigist Alemu\tCoordinator\tECSN\tThematic roundtable 1 (floor intervention)\n"
        "Ms. Hana Gebremedhin\tOutreach Volunteer\tECSN\tOpen discussion (23 February)\n\n"
        "Both will connect from Beirut. Hana will speak in Amharic and English.\n\n"
        "Kind regards,\n\n"
        "Tigist Alemu\n"
        "Coordinator\n"
        "Ethiopian Community Support Network in Lebanon (ECSN)\n"
        "Beirut, Lebanon\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) "
        "and may contain information about individuals who are in a vulnerable situation. If you have received "
        "it in error, please delete it and notify the sender.\n")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="EN-GB"><div class="WordSection1">\n'
        '<p class="MsoNormal">Dear colleagues,</p><p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Please find below the two speakers proposed by the Ethiopian Community Support '
        'Network in Lebanon (ECSN) for the Regional Review of the GCM:</p><p class="MsoNormal">&nbsp;</p>\n'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        '<tr><td><b>Name</b></td><td><b>Title</b></td><td><b>Organisation</b></td><td><b>Session</b></td></tr>\n'
        '<tr><td>Ms. Tigist Alemu</td><td>Coordinator</td><td>ECSN</td>'
        '<td>Thematic roundtable 1 (floor intervention)</td></tr>\n'
        '<tr><td>Ms. Hana Gebremedhin</td><td>Outreach Volunteer</td><td>ECSN</td>'
        '<td>Open discussion (23 February)</td></tr>\n</table>\n'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Both will connect from Beirut. Hana will speak in '
        'Amharic and English.</p><p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Kind regards,</p><p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal"><b>Tigist Alemu</b><br>Coordinator<br>Ethiopian Community Support Network in '
        'Lebanon (ECSN)<br>Beirut, Lebanon</p><p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal" style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail and any '
        'attachments are intended only for the named recipient(s) and may contain information about individuals '
        'who are in a vulnerable situation. If you have received it in error, please delete it and notify the '
        'sender.</p>\n</div></body></html>\n')
    m = alt(plain, html, "_000_AS8PR08MB6410B2E95D1C47F3A0E6BB72C2B8AS8PR08MB6410_")
    raw = finish(m, [
        ("From", addr("Tigist Alemu", "tigist.alemu@ecsn-lebanon.example.org")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", "Speakers for GCM Regional Review - ECSN Lebanon"),
        ("Thread-Topic", "Speakers for GCM Regional Review - ECSN Lebanon"),
        ("Thread-Index", "AdcKq7mV9xDq1q0rS6uF2hQf6cV1Qw=="),
        ("Message-ID", "<AS8PR08MB6410B2E95D1C47F3A0E6BB72C2B8@AS8PR08MB6410.eurprd08.prod.outlook.example.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-am6eur05on2089.outbound.protection.outlook.example.com", "40.107.22.89", "4DWMt81Rfvz6",
        "tigist.alemu@ecsn-lebanon.example.org")
    aff = "Ethiopian Community Support Network in Lebanon (ECSN)"
    add("G", rec, raw, label("speaker_request", "en", True, [
        sp("Tigist Alemu", "Coordinator", aff, ["roundtable"], 1),
        sp("Hana Gebremedhin", "Outreach Volunteer", aff, ["open_discussion"])],
        notes="two speakers in an Outlook HTML table (tab-separated in the text part); the table's Organisation "
              "column has the acronym only, the full form is in the first sentence and the signature; 'Ms.' is an "
              "honorific; Ethiopian two-part names (given name + father's name, not a family surname); sender is "
              "also the first speaker; confidentiality disclaimer."))


# ----------------------------------------------------------------------------------------------- H
def msg_H():
    rec = beirut(2021, 2, 4, 13, 10, 44)
    sent = rec - dt.timedelta(seconds=12)
    plain = (
        "السلام عليكم،\n\n"
        "نحن رابطة الشباب الإريتري في القاهرة، ونودّ المشاركة في حضور المؤتمر الإقليمي. لدينا سؤال بخصوص "
        "الترجمة: هل ستتوفر ترجمة فورية إلى اللغة العربية في الموائد المستديرة، وخصوصاً المائدة المستديرة "
        "الثانية؟ وهل يمكن توفير ترجمة إلى اللغة التغرينية؟ كثير من أعضائنا لا يتحدثون الإنجليزية ولا الفرنسية.\n\n"
        "ونفكّر في ترشيح أحد أعضائنا للحديث، لكننا نريد أولاً أن نعرف لغات العمل المتاحة.\n\n"
        "شكراً جزيلاً\n"
        "أبرهام تسفاي\n"
        "رابطة الشباب الإريتري – القاهرة\n")
    html = ('<div dir="rtl">' + plain.replace("\n\n", "</div><div dir=\"rtl\"><br></div><div dir=\"rtl\">")
            .replace("\n", "<br>") + "</div>\n")
    m = alt(plain, html, "0000000000003b8e7605ba7d5c1f", cte="base64")
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("Abraham Tesfay", "abraham.tesfay.cairo@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAPx2f8Rk1Lw7eTz0+3NgD5qYh6mVbU9cX4sJa2WpE1oQ@mail.gmail.com>"),
        ("Subject", enc_header("استفسار عن الترجمة الفورية")),
        ("To", BOX),
    ], rec, sent, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DWVp30TqNz1",
        "abraham.tesfay.cairo@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    add("H", rec, raw, label("other", "ar", True,
        notes="question about interpretation (Arabic, Tigrinya) asked in Arabic by an Eritrean youth group; "
              "mentions 'المائدة المستديرة الثانية' and an intention to nominate a speaker later, but nobody is "
              "proposed; Gmail base64 UTF-8 with a Latin display name."))


# ----------------------------------------------------------------------------------------------- I
def msg_I():
    rec = beirut(2021, 2, 4, 21, 37, 9)
    sent = (rec - dt.timedelta(seconds=8)).astimezone(tz(1))
    plain = (
        "Bonjour,\n\n"
        "Suite \u00e0 votre lettre d\u2019invitation, je souhaiterais prendre la parole lors d\u2019une session "
        "pl\u00e9ni\u00e8re de la conf\u00e9rence des 24 et 25 f\u00e9vrier, afin de porter la voix des migrants "
        "subsahariens install\u00e9s au Maroc, notamment sur l\u2019acc\u00e8s aux soins et \u00e0 la scolarisation "
        "des enfants.\n\n"
        "Je reste \u00e0 votre disposition pour toute information compl\u00e9mentaire.\n\n"
        "Bien cordialement,\n\n"
        "M. Jean-Pierre Mbarga Nkolo\n"
        "Pr\u00e9sident, Association des Camerounais Solidaires au Maroc (ACSM)\n"
        "Rabat \u2013 Maroc\n"
        "T\u00e9l. : +212 6 xx xx 31 07\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div><div class=""><br class=""></div>' % p.replace("\n", '<br class="">')
                      for p in plain.strip().split("\n\n")) + "</body></html>")
    m = alt(plain, html, "Apple-Mail=_4C1A7E52-93B0-4F2D-8E61-0D9A3B5C7F21")
    raw = finish(m, [
        ("From", addr("JP Mbarga", "jp.mbarga@icloud.example.com")),
        ("Content-Type-Placeholder", "x"),
        ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.60.0.2.21\\))"),
        ("Subject", enc_header("Demande de prise de parole \u2013 s\u00e9ance pl\u00e9ni\u00e8re")),
        ("Message-Id", "<6E3B1F0A-2C4D-4A8E-B7F9-1D5C0E2A9B43@icloud.example.com>"),
        ("To", BOX),
        ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)"),
    ], rec, sent, "mr85p00im-zteg06021901.me.example.com", "17.58.23.191", "4DWjN12cGtz8",
        "jp.mbarga@icloud.example.com")
    raw = raw.replace(b"Content-Type-Placeholder: x\r\n", b"", 1)
    add("I", rec, raw, label("speaker_request", "fr", True, [
        sp("Jean-Pierre Mbarga Nkolo", "Pr\u00e9sident", "Association des Camerounais Solidaires au Maroc (ACSM)",
           ["plenary"])],
        notes="Apple Mail; the full name is only in the signature (display name 'JP Mbarga'), preceded by the "
              "honorific 'M.'; title and organisation on one line ('Pr\u00e9sident, X (ACSM)'); role "
              "'session pl\u00e9ni\u00e8re'; typographic apostrophes; Date header in Morocco time (+0100)."))


# ----------------------------------------------------------------------------------------------- J
DOCX_J = make_docx([
    "Kenya Diaspora Welfare Association - Saudi Arabia (KDWA-KSA)",
    "Voluntary Review Report on the implementation of the Global Compact for Migration",
    "Regional Review of the GCM in the Arab region, February 2021",
    "Prepared with St. Joseph Kenyan Fellowship (Riyadh) and Jeddah Kenyan Christian Community.",
    "Objective 6: Fair and ethical recruitment. Objective 7: Addressing vulnerabilities.",
])


def msg_J():
    rec = beirut(2021, 2, 5, 11, 20, 0)
    sent = (rec - dt.timedelta(seconds=41)).astimezone(tz(3))
    plain = (
        "Dear GCM Regional Review Secretariat,\n\n"
        "Kindly find attached the voluntary GCM review report of the Kenya Diaspora Welfare Association \u2013 "
        "Saudi Arabia (KDWA-KSA), prepared together with two Kenyan church fellowships in Riyadh and Jeddah.\n\n"
        "In addition, we would like to propose our Secretary General, Mr. Peter Otieno Ochieng, as rapporteur "
        "to deliver the stakeholders' key messages. Peter coordinated the community consultations that fed "
        "into the report and is available on all three days.\n\n"
        "Warm regards,\n\n"
        "Wanjiru Njoroge (Ms.)\n"
        "Programme Officer\n"
        "Kenya Diaspora Welfare Association \u2013 Saudi Arabia (KDWA-KSA)\n"
        "Riyadh\n"
        "[cid:image001.png@01D6FB9A.4C2E1F30]\n")
    html = html_of(plain.replace("[cid:image001.png@01D6FB9A.4C2E1F30]\n", "")).replace(
        "</div>\n</body>", '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D6FB9A.4C2E1F30">'
        '</p>\n</div>\n</body>')
    rel = MIMEMultipart("related", boundary="_004_DB7PR01MB5021E6A3B0C94F8D1E27AA63C2B7DB7PR01MB5021_",
                        type="multipart/alternative")
    rel.attach(alt(plain, html, "_000_DB7PR01MB5021E6A3B0C94F8D1E27AA63C2B7DB7PR01MB5021_"))
    rel.attach(attachment(PNG, "image", "png", "image001.png", "plain", inline_cid="image001.png@01D6FB9A.4C2E1F30"))
    m = MIMEMultipart("mixed", boundary="_005_DB7PR01MB5021E6A3B0C94F8D1E27AA63C2B7DB7PR01MB5021_")
    m.attach(rel)
    fname = "KDWA-KSA_GCM_Voluntary_Review_2021.docx"
    m.attach(attachment(DOCX_J, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                        fname, "plain"))
    raw = finish(m, [
        ("From", addr("Wanjiru Njoroge", "w.njoroge@kdwa-ksa.example.org")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", enc_header("Voluntary GCM Report and Rapporteur nomination \u2013 KDWA-KSA")),
        ("Thread-Topic", enc_header("Voluntary GCM Report and Rapporteur nomination \u2013 KDWA-KSA")),
        ("Thread-Index", "AdcLZk2rX0y8m3QbTgeJ1d4n0vR7HA=="),
        ("Message-ID", "<DB7PR01MB5021E6A3B0C94F8D1E27AA63C2B7@DB7PR01MB5021.eurprd01.prod.outlook.example.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-db8eur05on2061.outbound.protection.outlook.example.com", "40.107.20.61", "4DX0Fy6kQmz5",
        "w.njoroge@kdwa-ksa.example.org")
    add("J", rec, raw, label("both", "en", True, [
        sp("Peter Otieno Ochieng", "Secretary General",
           "Kenya Diaspora Welfare Association \u2013 Saudi Arabia (KDWA-KSA)", ["rapporteur"])],
        reports=[fname],
        notes="report (DOCX) and a rapporteur nomination in one Outlook message; the sender (Programme Officer, "
              "'(Ms.)' after her name) is not the speaker; the speaker's title comes before his name ('our "
              "Secretary General, Mr. ...'); inline signature logo image001.png is not part of the report; "
              "received on the speaker deadline day, so both parts are on time."))


# ----------------------------------------------------------------------------------------------- K
def msg_K():
    rec = beirut(2021, 2, 5, 14, 2, 51)
    sent = rec - dt.timedelta(seconds=24)
    plain = (
        "Hello Madam/Sir,\n\n"
        "My name is Kumari Wijesinghe, I am from Sri Lanka and I work as a domestic worker in Beirut since "
        "2012. My friend show me your letter. I want to speak in the open discussion on 23 February about our "
        "problems, kafala, passport kept by the madam and salary not paid for months. I am not from any "
        "organisation, I speak for myself and for my friends.\n\n"
        "Please tell me if it is possible. I can join on zoom from my phone on my day off.\n\n"
        "Thank you very much\n"
        "Kumari\n\n"
        "Sent from my iPhone\n")
    m = tpart(plain, "plain", "us-ascii", "quoted-printable")
    raw = finish(m, [
        ("Content-Type-Placeholder", "x"),
        ("From", addr("Kumari", "kumari.wije85@yahoo.example.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "speak at meeting"),
        ("Message-Id", "<9C0E4B7A-51D2-4F3E-A8B6-7E2D1C0F5A94@yahoo.example.com>"),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ], rec, sent, "sonic313-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.150", "4DX5Wm0pHzz3",
        "kumari.wije85@yahoo.example.com")
    raw = raw.replace(b"Content-Type-Placeholder: x\r\n", b"", 1)
    add("K", rec, raw, label("speaker_request", "en", True, [
        sp("Kumari Wijesinghe", "domestic worker", None, ["open_discussion"])],
        notes="a Sri Lankan domestic worker writing for herself from a personal Yahoo address via iPhone Mail "
              "(plain text only, 'Sent from my iPhone'); display name and signature give only 'Kumari', the full "
              "name is in the first sentence; title only as 'I work as a domestic worker in Beirut'; explicitly no "
              "organisation (affiliation null; 'madam' is her employer, not an addressee); non-native English."))


# ----------------------------------------------------------------------------------------------- L
PDF_L = make_pdf([
    "Collectif des Associations Camerounaises de Tunisie (CACT)",
    "Rapport volontaire sur la mise en oeuvre du PMM - 2021",
    "Synthese des consultations menees a Tunis, Sfax et Medenine",
    "Recommandations aux Etats et aux partenaires",
])


def msg_L():
    rec = beirut(2021, 2, 5, 17, 45, 30)
    sent = (rec - dt.timedelta(seconds=16)).astimezone(tz(1))
    plain = (
        "Bonjour \u00e0 toute l'\u00e9quipe,\n\n"
        "Au nom du Collectif des Associations Camerounaises de Tunisie (CACT), je vous transmets en pi\u00e8ce "
        "jointe notre rapport volontaire sur la mise en \u0153uvre du Pacte mondial.\n\n"
        "Nous souhaitons \u00e9galement proposer Mme Brigitte Ngo Bikoko, charg\u00e9e de plaidoyer au sein du "
        "CACT, pour une intervention depuis la salle lors de la table ronde n\u00b01.\n\n"
        "Merci de nous confirmer la bonne r\u00e9ception.\n\n"
        "Serge Fotso\n"
        "Coordinateur administratif \u2013 CACT\n"
        "Tunis\n")
    html = ('<div dir="ltr">' + plain.replace("&", "&amp;").replace("\n\n", "</div><div><br></div><div>")
            .replace("\n", "<br>") + "</div>\n")
    m = MIMEMultipart("mixed", boundary="000000000000c7a2e805ba9a7f3d")
    m.attach(alt(plain, html, "000000000000c79fe405ba9a7f3b"))
    fname = "Rapport_CACT_PMM_2021.pdf"
    m.attach(attachment(PDF_L, "application", "pdf", fname, "plain"))
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("Serge Fotso", "serge.fotso.cact@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAM9pQ4eV2yT6kLr0xHc3+Z7nB1sWd8uAf5gJ0Kq2mXtRe@mail.gmail.com>"),
        ("Subject", enc_header("Rapport volontaire + proposition d'intervenante (CACT)")),
        ("To", BOX),
    ], rec, sent, "mail-wr1-f48.google.example.com", "209.85.221.48", "4DXF2s7vLbz4",
        "serge.fotso.cact@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    add("L", rec, raw, label("both", "fr", True, [
        sp("Brigitte Ngo Bikoko", "charg\u00e9e de plaidoyer",
           "Collectif des Associations Camerounaises de Tunisie (CACT)", ["roundtable"], 1)],
        reports=[fname],
        notes="report PDF plus a speaker in one Gmail message; speaker ('Mme', not part of the name; 'Ngo' is "
              "part of a Cameroonian name) is not the sender; title in a sentence ('charg\u00e9e de plaidoyer au "
              "sein du CACT'), affiliation's full form only in the first sentence; roundtable written "
              "'table ronde n\u00b01'; sent the afternoon of 5 Feb, so both parts are on time."))


# ----------------------------------------------------------------------------------------------- M
def msg_M():
    rec = beirut(2021, 2, 5, 23, 50, 12)
    sent = (rec - dt.timedelta(seconds=9)).astimezone(tz(1))
    plain = (
        "Bonsoir,\n\n"
        "Desole pour l'heure tardive. L'Association des Ivoiriens de Tunisie (AIT) souhaite proposer deux "
        "intervenants :\n\n"
        "- Mme Awa Kone, presidente de l'AIT, pour la table ronde 4 (intervention depuis la salle)\n"
        "- M. Yao Kouadio Serge, tresorier, comme rapporteur pour presenter les messages cles des parties "
        "prenantes\n\n"
        "Merci de bien vouloir confirmer la reception.\n\n"
        "Cordialement\n"
        "Awa Kone\n\n"
        "Envoye depuis mon telephone Android\n")
    m = tpart(plain, "plain", "utf-8", "7bit")
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("Awa Kone", "awa.kone.ait@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAH3nR8xW5qZ1-Lp7Tb0vK2mJd9sYe4Fg6cUa3oN8iQw@mail.gmail.com>"),
        ("Subject", "Intervenants AIT - revue regionale PMM"),
        ("To", BOX),
    ], rec, sent, "mail-ot1-f44.google.example.com", "209.85.210.44", "4DXVh95kPmz2", "awa.kone.ait@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    aff = "Association des Ivoiriens de Tunisie (AIT)"
    add("M", rec, raw, label("speaker_request", "fr", True, [
        sp("Awa Kone", "presidente", aff, ["roundtable"], 4),
        sp("Yao Kouadio Serge", "tresorier", aff, ["rapporteur"])],
        notes="edge of the speaker deadline: received 23:50 Beirut on Fri 5 Feb (on time; Date header 22:50 "
              "+0100); French typed without accents from an Android phone; two speakers in a dash list with "
              "'Mme'/'M.' honorifics; Ivorian surname-first order ('Yao Kouadio Serge'); titles without "
              "organisation, which must be taken from the sentence ('de l'AIT' → the full form)."))


# ----------------------------------------------------------------------------------------------- N
def msg_N():
    rec = beirut(2021, 2, 6, 0, 10, 5)
    sent = (rec - dt.timedelta(seconds=13)).astimezone(tz(3))
    plain = (
        "السلام عليكم يا جماعة،\n\n"
        "معليش اتأخرنا شوية، الدعوة وصلتنا متأخرة. نحن في Sudanese Community Association in Qatar (SCAQ) "
        "عايزين نشارك بمتحدث في المائدة المستديرة التالتة، عشان نتكلم عن أوضاع العمال السودانيين في الخليج "
        "وموضوع الكفيل.\n\n"
        "المتحدث حيكون أنا إن شاء الله.\n\n"
        "ولكم الشكر\n\n"
        "محمد الأمين عثمان\n"
        "منسق البرامج – SCAQ\n"
        "الدوحة\n")
    html = ('<div dir="rtl">' + plain.replace("\n\n", "</div><div dir=\"rtl\"><br></div><div dir=\"rtl\">")
            .replace("\n", "<br>") + "</div>\n")
    m = alt(plain, html, "000000000000e41b9c05baa0d2c8")
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("Mohamed Elamin", "m.elamin.scaq@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAB5tV1oR8xPq3Yh7-Kd2Wn0cLz6eJa9sMf4uGi1bTv@mail.gmail.com>"),
        ("Subject", enc_header("طلب مشاركة كمتحدث - الجالية السودانية بقطر")),
        ("To", BOX),
    ], rec, sent, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DXWb03TnRz9", "m.elamin.scaq@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    add("N", rec, raw, label("speaker_request", "ar", True, [
        sp("محمد الأمين عثمان", "منسق البرامج", "Sudanese Community Association in Qatar (SCAQ)", ["roundtable"], 3)],
        notes="late by ten minutes: received 00:10 Beirut on Sat 6 Feb (Date header 01:09 +0300, Doha); "
              "colloquial Sudanese Arabic ('التالتة' = third, 'حيكون أنا' = the speaker is me); English "
              "organisation name with acronym inside the Arabic sentence; speaker is the sender, full Arabic "
              "name only in the signature (Latin display name 'Mohamed Elamin')."))


# ----------------------------------------------------------------------------------------------- O
def msg_O():
    rec = beirut(2021, 2, 8, 10, 30, 0)
    sent = (rec - dt.timedelta(seconds=28)).astimezone(tz(3))
    plain = (
        "Dear Secretariat,\n\n"
        "Please accept our sincere apologies for the delay. Our nomination below was sent on 4 February to a "
        "wrong address and we only realised this today. We would be very grateful if it could still be "
        "considered.\n\n"
        "Best regards,\n"
        "Ramesh Adhikari\n"
        "Communications Officer, NMWSF\n\n"
        "-----Original Message-----\n"
        "From: Ramesh Adhikari\n"
        "Sent: Thursday, February 4, 2021 3:12 PM\n"
        "To: gcm-review@escwa-un.example.org\n"
        "Subject: Speaker nomination - Nepali Migrant Workers Solidarity Forum\n\n"
        "Dear Sir/Madam,\n\n"
        "The Nepali Migrant Workers Solidarity Forum (NMWSF), a volunteer network of Nepali workers in Qatar, "
        "Kuwait and Saudi Arabia, is pleased to nominate Ms. Sarita Kumari Tamang, our General Secretary, for a "
        "floor intervention in the plenary session on 24 February 2021.\n\n"
        "Ms. Tamang has worked with stranded and undocumented Nepali workers since 2015.\n\n"
        "Best regards,\n"
        "Ramesh Adhikari\n"
        "Communications Officer\n"
        "Nepali Migrant Workers Solidarity Forum (NMWSF)\n"
        "Doha, Qatar\n")
    m = alt(plain, html_of(plain), "_000_PR3P192MB0889A2D7C6E14B0F93D5E810C1B6PR3P192MB0889_")
    raw = finish(m, [
        ("From", addr("Ramesh Adhikari", "ramesh.adhikari@nmwsf.example.org")),
        ("To", addr("gcmrrarabstates@iom.int", BOX)),
        ("Subject", "FW: Speaker nomination - Nepali Migrant Workers Solidarity Forum (late, apologies)"),
        ("Thread-Topic", "Speaker nomination - Nepali Migrant Workers Solidarity Forum (late, apologies)"),
        ("Thread-Index", "AdcLQp0a7Wm3rY5vTkG2zD0x8Nf1ZwCK2pLq"),
        ("Message-ID", "<PR3P192MB0889A2D7C6E14B0F93D5E810C1B6@PR3P192MB0889.EURP192.PROD.OUTLOOK.example.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-he1eur04on0623.outbound.protection.outlook.example.com", "40.107.7.123", "4DYtLq1mWsz6",
        "ramesh.adhikari@nmwsf.example.org")
    add("O", rec, raw, label("speaker_request", "en", True, [
        sp("Sarita Kumari Tamang", "General Secretary", "Nepali Migrant Workers Solidarity Forum (NMWSF)",
           ["plenary"])],
        notes="late request with an apology (received Mon 8 Feb): the forwarded original ('-----Original "
              "Message-----', dated 4 Feb, sent to a wrong address) looks on time but only the receipt here "
              "counts; Nepali name with 'Kumari' as middle name, referred to as 'Ms. Tamang'; the sender "
              "(Communications Officer) is not the speaker; title in apposition after the name."))


# ----------------------------------------------------------------------------------------------- P
def msg_P():
    rec = beirut(2021, 2, 8, 15, 12, 40)
    sent = (rec - dt.timedelta(seconds=6)).astimezone(tz(1))
    plain = (
        "Bonjour,\n\n"
        "Nous sommes en train de finaliser le rapport volontaire de la F\u00e9d\u00e9ration des Associations "
        "S\u00e9n\u00e9galaises du Maroc (FASM) et nous avons quelques questions :\n\n"
        "1. Le rapport peut-il \u00eatre r\u00e9dig\u00e9 en fran\u00e7ais uniquement, ou faut-il aussi une "
        "version anglaise ?\n"
        "2. Y a-t-il un nombre maximum de pages ?\n"
        "3. Faut-il envoyer un PDF ou un document Word ?\n\n"
        "Nous comptons l'envoyer avant le 16 f\u00e9vrier.\n\n"
        "Merci d'avance,\n\n"
        "Fatou Ndiaye Sarr\n"
        "Charg\u00e9e de communication, FASM \u2013 Casablanca\n")
    m = alt(plain, html_of(plain, font="Verdana"), "=_b1e7c04d2f9a8e35c6d0f71a42b9e803")
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("Content-Type-Placeholder", "x"),
        ("From", addr("Fatou Ndiaye Sarr", "f.sarr@fasm-maroc.example.org")),
        ("To", BOX),
        ("Subject", enc_header("Questions sur le format du rapport volontaire", "iso-8859-1")),
        ("Organization", enc_header("F\u00e9d\u00e9ration des Associations S\u00e9n\u00e9galaises du Maroc", "iso-8859-1")),
        ("Message-ID", "<8d41f7a2c93e5b06e1f2a7c4d9b03e58@fasm-maroc.example.org>"),
        ("User-Agent", "Roundcube Webmail/1.4.10"),
    ], rec, sent, "webmail.fasm-maroc.example.org", "105.159.44.12", "4DZ3Qx8rTkz1", "f.sarr@fasm-maroc.example.org")
    raw = raw.replace(b"Content-Type-Placeholder: x\r\n", b"", 1)
    add("P", rec, raw, label("other", "fr", True,
        notes="organisation webmail (Roundcube); questions about the report format (language, length, PDF or "
              "Word): full of report keywords ('rapport volontaire', '16 f\u00e9vrier') but nothing is attached "
              "or submitted."))


# ----------------------------------------------------------------------------------------------- Q
PDF_Q = make_pdf([
    "Eritrean Community Forum in Khartoum",
    "Voluntary GCM Review Report - Regional Review, Arab region, 2021",
    "1. Situation of Eritrean refugees and migrants in Sudan",
    "2. Access to documentation, work permits and education",
    "3. Recommendations on GCM objectives 4, 15 and 16",
])
FNAME_Q = "تقرير الاستعراض الطوعي - منتدى الجالية الإريترية.pdf"


def msg_Q():
    rec = beirut(2021, 2, 9, 12, 5, 18)
    sent = rec - dt.timedelta(seconds=35)
    plain = (
        "السادة الكرام في فريق الاستعراض الإقليمي،\n\n"
        "تحية طيبة،\n\n"
        "يسرّنا أن نرفق لكم التقرير الطوعي لمنتدى الجالية الإريترية بالخرطوم حول تنفيذ الاتفاق العالمي من أجل "
        "الهجرة الآمنة والمنظمة والنظامية. التقرير مكتوب باللغة الإنجليزية لأن معظم شركائنا يعملون بها، ويسعدنا "
        "تقديم ملخص بالعربية إذا لزم الأمر.\n\n"
        "مع خالص الشكر والتقدير،\n\n"
        "صالح إبراهيم همد\n"
        "منسق المنتدى\n"
        "منتدى الجالية الإريترية بالخرطوم\n")
    html = html_of(plain, rtl=True, font="Arial").replace("charset=utf-8", "charset=windows-1256")
    altp = MIMEMultipart("alternative", boundary="_000_AM0PR10MB3187E2C4B61D4F9A0E77D3A1C2B90AM0PR10MB3187_")
    altp.attach(tpart(plain, "plain", "windows-1256", "base64"))
    altp.attach(tpart(html, "html", "windows-1256", "base64"))
    m = MIMEMultipart("mixed", boundary="_004_AM0PR10MB3187E2C4B61D4F9A0E77D3A1C2B90AM0PR10MB3187_")
    m.attach(altp)
    m.attach(attachment(PDF_Q, "application", "pdf", FNAME_Q, "rfc2047"))
    raw = finish(m, [
        ("From", addr("صالح إبراهيم همد", "saleh.hamad@ecf-khartoum.example.org", "windows-1256")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", enc_header("التقرير الطوعي - منتدى الجالية الإريترية بالخرطوم", "windows-1256")),
        ("Thread-Topic", enc_header("التقرير الطوعي - منتدى الجالية الإريترية بالخرطوم", "windows-1256")),
        ("Thread-Index", "AdcO7rLx2m9QpT1aRk8vWn3dZc0y5g=="),
        ("Message-ID", MID["Q"]),
        ("Accept-Language", "ar-SA, en-US"),
        ("Content-Language", "ar-SA"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-am6eur05on2083.outbound.protection.outlook.example.com", "40.107.22.83", "4DZpK21wXcz7",
        "saleh.hamad@ecf-khartoum.example.org")
    add("Q", rec, raw, label("voluntary_report", "ar", True, reports=[FNAME_Q],
        notes="Outlook, windows-1256 text and HTML (base64); Arabic mail whose attached report (PDF) is in English; "
              "the attachment name is Arabic with spaces, RFC 2047 encoded (UTF-8) in both name= and filename=."))


# ----------------------------------------------------------------------------------------------- R
DOCX_R = make_docx([
    "مبادرة المهاجرات السودانيات في الأردن",
    "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
    "Voluntary GCM review report - Sudanese Women Migrants Initiative, Amman, February 2021",
])
FNAME_R = "التقرير_الطوعي_مبادرة_المهاجرات_السودانيات.docx"


def msg_R():
    rec = beirut(2021, 2, 10, 19, 40, 2)
    sent = rec - dt.timedelta(seconds=20)
    plain = (
        "الإخوة والأخوات في أمانة الاستعراض الإقليمي،\n\n"
        "تحية طيبة وبعد،\n\n"
        "نرفق لكم طيّه التقرير الطوعي لمبادرة المهاجرات السودانيات في الأردن، وقد أعددناه بعد سلسلة جلسات "
        "استماع مع عاملات سودانيات في عمّان والزرقاء.\n\n"
        "كما نرغب، إن أمكن رغم فوات الموعد المحدد لطلبات المداخلات، في أن تشارك المنسقة العامة للمبادرة، "
        "السيدة نفيسة عبد الله بابكر، بمداخلة في المائدة المستديرة الرابعة.\n\n"
        "مع الشكر والتقدير،\n"
        "آمنة حسن إدريس\n"
        "مبادرة المهاجرات السودانيات في الأردن\n")
    html = ('<div dir="rtl">' + plain.replace("\n\n", "</div><div dir=\"rtl\"><br></div><div dir=\"rtl\">")
            .replace("\n", "<br>") + "</div>\n")
    m = MIMEMultipart("mixed", boundary="00000000000081f3d105bb02a6e4")
    m.attach(alt(plain, html, "00000000000081f3ce05bb02a6e2", cte="base64"))
    m.attach(attachment(DOCX_R, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                        FNAME_R, "rfc2047"))
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("آمنة حسن", "amna.hassan.swmi@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAEq7Wp0Hn4sYb2-Xv9Kt5Lc1dR8oFm3gZa6uJi2Nw@mail.gmail.com>"),
        ("Subject", enc_header("تقرير طوعي وطلب مداخلة - مبادرة المهاجرات السودانيات في الأردن")),
        ("To", BOX),
    ], rec, sent, "mail-lf1-f54.google.example.com", "209.85.167.54", "4Db5Nm2rVqz5", "amna.hassan.swmi@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    add("R", rec, raw, label("both", "ar", True, [
        sp("نفيسة عبد الله بابكر", "المنسقة العامة", "مبادرة المهاجرات السودانيات في الأردن", ["roundtable"], 4)],
        reports=[FNAME_R],
        notes="report (DOCX, Arabic RFC 2047 file name, Gmail) plus a speaker request in one message on 10 Feb: "
              "the report part is on time but the speaker part is late (deadline 5 Feb, acknowledged by the "
              "sender), so on_time is false; speaker is not the sender, title before the name ('المنسقة العامة "
              "للمبادرة'), honorific 'السيدة'; roundtable given as an ordinal word ('الرابعة')."))


# ----------------------------------------------------------------------------------------------- S
PDF_S = make_pdf([
    "Sri Lanka Community Forum - Lebanon (SLCF-L)",
    "Voluntary Review of the Global Compact for Migration",
    "Collective report with three Sri Lankan associations in Beirut and Mount Lebanon",
    "Findings: repatriation, wage theft, access to consular services",
])


def msg_S():
    rec = beirut(2021, 2, 11, 9, 15, 33)
    sent = rec - dt.timedelta(seconds=11)
    plain = (
        "Dear Team,\n\n"
        "Attached please find the voluntary GCM review report of the Sri Lanka Community Forum \u2013 Lebanon "
        "(SLCF-L). This is a collective report prepared together with three Sri Lankan associations in Beirut "
        "and Mount Lebanon.\n\n"
        "We do not request a speaking slot this time, but we hope the findings can inform the roundtables.\n\n"
        "Best,\n"
        "Nirosha Fernando\n"
        "Project Assistant | SLCF-L\n"
        "Dekwaneh, Lebanon\n")
    html = ('<div dir="ltr">' + plain.replace("&", "&amp;").replace("\n\n", "</div><div><br></div><div>")
            .replace("\n", "<br>") + '<img src="cid:ii_kl0slcf1" alt="SLCF_logo.png" width="96" height="32"></div>\n')
    rel = MIMEMultipart("related", boundary="0000000000005c2e1805bb0f4d7a")
    rel.attach(alt(plain, html, "0000000000005c2e1705bb0f4d79"))
    rel.attach(attachment(PNG, "image", "png", "SLCF_logo.png", "plain", inline_cid="ii_kl0slcf1"))
    m = MIMEMultipart("mixed", boundary="0000000000005c2e1905bb0f4d7b")
    m.attach(rel)
    fname = "SLCF-L_Voluntary_GCM_Review_Report_Feb2021.pdf"
    m.attach(attachment(PDF_S, "application", "pdf", fname, "plain"))
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("From", addr("Nirosha Fernando", "nirosha.slcf@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAJ2mXk9Vt4Rb1-Yq8Ld6Wn3sPz0cHf7eGa5uKo2TiM@mail.gmail.com>"),
        ("Subject", "SLCF-L voluntary GCM review report"),
        ("To", BOX),
    ], rec, sent, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DbTf73QhYz2", "nirosha.slcf@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    add("S", rec, raw, label("voluntary_report", "en", True, reports=[fname],
        notes="collective report PDF from Gmail with an inline signature logo (SLCF_logo.png, not part of the "
              "report); the body explicitly declines a speaking slot and mentions 'roundtables' (no speaker)."))


# ----------------------------------------------------------------------------------------------- T
def msg_T():
    rec = beirut(2021, 2, 11, 14, 0, 20)
    sent = rec - dt.timedelta(seconds=18)
    quoted = (
        "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
        "Sent: Tuesday, February 9, 2021 2:30 PM\n"
        "To: صالح إبراهيم همد <saleh.hamad@ecf-khartoum.example.org>\n"
        "Subject: RE: التقرير الطوعي - منتدى الجالية الإريترية بالخرطوم\n\n"
        "السيد صالح إبراهيم همد المحترم،\n\n"
        "نشكركم على إرسال التقرير الطوعي، وقد تم استلامه في 9 فبراير 2021. سيُنشر التقرير على صفحة الاستعراض "
        "الإقليمي.\n\n"
        "مع التحية،\n"
        "أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة\n")
    plain = ("شكراً جزيلاً على تأكيد الاستلام، وبالتوفيق في المؤتمر.\n\n"
             "صالح\n\n"
             "________________________________\n" + quoted)
    html = html_of(plain, rtl=True, font="Arial").replace("charset=utf-8", "charset=windows-1256")
    m = alt(plain, html, "_000_AM0PR10MB31879F0B2E7D4C1A5E63B0D8C2B91AM0PR10MB3187_", charset="windows-1256",
            cte="quoted-printable")
    raw = finish(m, [
        ("From", addr("صالح إبراهيم همد", "saleh.hamad@ecf-khartoum.example.org", "windows-1256")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", enc_header("RE: التقرير الطوعي - منتدى الجالية الإريترية بالخرطوم", "windows-1256")),
        ("Thread-Topic", enc_header("التقرير الطوعي - منتدى الجالية الإريترية بالخرطوم", "windows-1256")),
        ("Thread-Index", "AdcO7rLx2m9QpT1aRk8vWn3dZc0y5gBDx1k2AAC7fQ=="),
        ("Message-ID", "<AM0PR10MB31879F0B2E7D4C1A5E63B0D8C2B91@AM0PR10MB3187.eurprd10.prod.outlook.example.com>"),
        ("References", "%s %s" % (MID["Q"], MID["ACK_Q"])),
        ("In-Reply-To", MID["ACK_Q"]),
        ("Accept-Language", "ar-SA, en-US"),
        ("Content-Language", "ar-SA"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-am6eur05on2070.outbound.protection.outlook.example.com", "40.107.22.70", "4DbcW04LsTz8",
        "saleh.hamad@ecf-khartoum.example.org")
    add("T", rec, raw, label("other", "ar", False, thread_of="Q",
        notes="thank-you reply to our acknowledgement of the earlier report (In-Reply-To = the acknowledgement, "
              "References also name the original report): adds nothing new, so no acknowledgement; the quoted "
              "acknowledgement (Outlook header block, not '>'-prefixed) mentions 'التقرير الطوعي' and a date; "
              "windows-1256 quoted-printable."))


# ----------------------------------------------------------------------------------------------- U
def msg_U():
    rec = beirut(2021, 2, 12, 10, 5, 0)
    sent = (rec - dt.timedelta(seconds=21)).astimezone(tz(1))
    plain = (
        "Bonjour Madame, Monsieur,\n\n"
        "Je suis membre de l'Association des Ressortissants Ivoiriens de Marrakech (ARIM). Si une partie de la "
        "conf\u00e9rence du 24-25 f\u00e9vrier a lieu en pr\u00e9sentiel \u00e0 Beyrouth, faut-il un visa pour "
        "les Ivoiriens r\u00e9sidant au Maroc, et l'organisation peut-elle fournir une lettre d'invitation pour "
        "l'ambassade ? Ou bien la conf\u00e9rence est-elle enti\u00e8rement virtuelle ?\n\n"
        "Merci pour votre r\u00e9ponse.\n\n"
        "Marie-Laure Kouassi\n")
    html = ('<html><body><div style="color:#000; background-color:#fff; font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px"><div dir="ltr">' +
            plain.replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>") +
            "</div></div></body></html>")
    m = alt(plain, html, "----=_Part_1843207_902143617.1613120679821")
    raw = finish(m, [
        ("From", addr("Marie-Laure Kouassi", "ml_kouassi@yahoo.example.fr")),
        ("To", "\"gcmrrarabstates@iom.int\" <%s>" % BOX),
        ("Message-ID", "<1183920754.1843208.1613120679822@mail.yahoo.example.com>"),
        ("Subject", enc_header("Visa / lettre d'invitation pour la conf\u00e9rence ?")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.17712 YMailNorrin"),
    ], rec, sent, "sonic302-3.consmr.mail.ir2.yahoo.example.com", "77.238.176.82", "4DcPr65KjXz3",
        "ml_kouassi@yahoo.example.fr")
    add("U", rec, raw, label("other", "fr", True,
        notes="Yahoo webmail; visa/invitation-letter question from a member of an Ivorian association in Morocco; "
              "gives a name and an organisation but asks no speaking role and submits nothing."))


# ----------------------------------------------------------------------------------------------- V
DOCX_V = make_docx([
    "Union des Associations Ivoiriennes du Maroc (UAIM)",
    "Rapport volontaire sur la mise en oeuvre du Pacte mondial pour les migrations",
    "Revue regionale - region arabe - fevrier 2021",
])
FNAME_V = "Rapport_PMM_UAIM_f\u00e9vrier_2021.docx"


def msg_V():
    rec = beirut(2021, 2, 15, 16, 48, 27)
    sent = (rec - dt.timedelta(seconds=15)).astimezone(tz(1))
    fwd_sent = dt.datetime(2021, 2, 15, 11, 2, 0, tzinfo=tz(1))
    new = ("Bonjour,\n\n"
           "Je vous transf\u00e8re ci-dessous le rapport volontaire de l'Union des Associations Ivoiriennes du "
           "Maroc (UAIM), finalis\u00e9 par notre commission juridique. C'est la version d\u00e9finitive.\n\n"
           "Bien \u00e0 vous,\n"
           "Ibrahim Ouattara\n"
           "Secr\u00e9taire g\u00e9n\u00e9ral adjoint, UAIM\n\n")
    fwd = ("---------- Forwarded message ---------\n"
           "De : Adjoua N'Guessan <adjoua.nguessan.uaim@gmail.example.com>\n"
           "Date: lun. 15 f\u00e9vr. 2021 \u00e0 11:02\n"
           "Subject: rapport final PMM\n"
           "To: Ibrahim Ouattara <ibrahim.ouattara.uaim@gmail.example.com>\n\n\n"
           "Salut Ibrahim,\n\n"
           "Voici la version finale du rapport avec les corrections de la commission. Tu peux l'envoyer "
           "\u00e0 l'OIM.\n\n"
           "Adjoua\n")
    plain = new + fwd
    html = ('<div dir="ltr">' + new.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") +
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
            fwd.split("\n\n\n")[0].replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") +
            '<br></div><br><br><div dir="ltr">' + fwd.split("\n\n\n")[1].replace("\n\n", "</div><div><br></div><div>")
            .replace("\n", "<br>") + "</div></div></div>\n")
    m = MIMEMultipart("mixed", boundary="000000000000d5e8a105bb6c91f2")
    m.attach(alt(plain, html, "000000000000d5e89f05bb6c91f0"))
    m.attach(attachment(DOCX_V, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                        FNAME_V, "rfc2047"))
    raw = finish(m, [
        ("MIME-Version", "1.0"),
        ("References", "<CAFn6Tq1Lw8Yp3-Kx0Vb5Rz2dHm9sJe4cUg7oAi1Nt@mail.gmail.com>"),
        ("In-Reply-To", "<CAFn6Tq1Lw8Yp3-Kx0Vb5Rz2dHm9sJe4cUg7oAi1Nt@mail.gmail.com>"),
        ("From", addr("Ibrahim Ouattara", "ibrahim.ouattara.uaim@gmail.example.com")),
        ("Date-Placeholder", "x"),
        ("Message-ID", "<CAFn6Tq3Pz0Wk7-Rb4Yx1Lc8dJm2sHe5gVa9uNi6Qo@mail.gmail.com>"),
        ("Subject", "Fwd: rapport final PMM"),
        ("To", BOX),
    ], rec, sent, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DfL1p9RxWz6",
        "ibrahim.ouattara.uaim@gmail.example.com")
    raw = raw.replace(b"Date-Placeholder: x\r\n", b"", 1)
    del fwd_sent
    add("V", rec, raw, label("voluntary_report", "fr", True, reports=[FNAME_V],
        notes="Gmail forward ('---------- Forwarded message ---------') of an internal mail, with the DOCX "
              "kept as attachment (RFC 2047 encoded name with an accent); the subject 'Fwd: rapport final PMM' "
              "and the internal References point outside this set; the forwarding sender's own text carries "
              "the submission."))


# ----------------------------------------------------------------------------------------------- W
PDF_W = make_pdf([
    "Sudanese Community in Riyadh - Voluntary GCM Review Report",
    "Prepared by the Committee of Sudanese Workers in Riyadh",
    "Topics: iqama renewal, exit and re-entry visas, wage protection system",
])
FNAME_W = "تقرير_الجالية_السودانية_بالرياض.pdf"


def msg_W():
    rec = beirut(2021, 2, 16, 23, 50, 41)
    sent = (rec - dt.timedelta(seconds=30)).astimezone(tz(3))
    text = (
        "السلام عليكم ورحمة الله،\n\n"
        "مرفق التقرير الطوعي للجالية السودانية بالرياض عن تنفيذ الاتفاق العالمي \n"
        "للهجرة، نأمل أن يصلكم قبل انتهاء المهلة المحددة.\n\n"
        "نعتذر عن الإرسال في هذه الساعة المتأخرة.\n\n"
        "-- \n"
        "د. الطاهر عبد الماجد\n"
        "رئيس لجنة الشؤون الاجتماعية\n"
        "الجالية السودانية بالرياض\n")
    m = MIMEMultipart("mixed", boundary="------------E3B7A90C15D24F6E8A1C7B2D")
    m.preamble = "This is a multi-part message in MIME format."
    m.attach(tpart(text, "plain", "utf-8", "base64", flowed=True))
    m.attach(attachment(PDF_W, "application", "pdf", FNAME_W, "rfc2231"))
    raw = finish(m, [
        ("To", BOX),
        ("From", addr("الطاهر عبد الماجد", "eltahir.abdelmagid@sudanese-riyadh.example.org")),
        ("Subject", enc_header("التقرير الطوعي - الجالية السودانية بالرياض")),
        ("Message-ID", "<a7c3e1d9-4f2b-48e6-9b0a-5d1f3c8e2a64@sudanese-riyadh.example.org>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
        ("MIME-Version", "1.0"),
        ("Content-Language", "ar"),
    ], rec, sent, "mail.sudanese-riyadh.example.org", "185.84.108.21", "4DgCz14mNbz2",
        "eltahir.abdelmagid@sudanese-riyadh.example.org")
    add("W", rec, raw, label("voluntary_report", "ar", True, reports=[FNAME_W],
        notes="edge of the report deadline: received 23:50:41 Beirut on Tue 16 Feb (on time), but the Date "
              "header reads Wed 17 Feb 00:50 +0300 (Riyadh), which looks late; Thunderbird format=flowed in "
              "base64 UTF-8; Arabic PDF name in RFC 2231 form."))


# ----------------------------------------------------------------------------------------------- X
PDF_X = make_pdf([
    "Association des Senegalais de Sale et Rabat (ASSR)",
    "Rapport volontaire - Pacte mondial pour les migrations",
    "Examen regional de la region arabe - 2021",
])


def msg_X():
    rec = beirut(2021, 2, 17, 0, 10, 9)
    sent = (rec - dt.timedelta(seconds=14)).astimezone(tz(1))
    plain = (
        "Madame, Monsieur,\n\n"
        "Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'Association des "
        "S\u00e9n\u00e9galais de Sal\u00e9 et Rabat (ASSR) dans le cadre de l'examen r\u00e9gional du Pacte "
        "mondial sur les migrations.\n\n"
        "Nous esp\u00e9rons qu'il vous parvient dans les d\u00e9lais.\n\n"
        "Veuillez agr\u00e9er, Madame, Monsieur, l'expression de nos salutations distingu\u00e9es.\n\n"
        "Cheikh Tidiane Ba\n"
        "Pr\u00e9sident de l'ASSR\n\n"
        "Ce message et ses pi\u00e8ces jointes sont confidentiels et destin\u00e9s exclusivement \u00e0 leurs "
        "destinataires.\n")
    fname = "Rapport_volontaire_ASSR_2021.pdf"
    m = MIMEMultipart("mixed", boundary="_004_MRXP264MB0733B5D1E9C24A0F87E3A6D2C9F4MRXP264MB0733_")
    m.attach(alt(plain, html_of(plain), "_000_MRXP264MB0733B5D1E9C24A0F87E3A6D2C9F4MRXP264MB0733_"))
    m.attach(attachment(PDF_X, "application", "pdf", fname, "plain"))
    raw = finish(m, [
        ("From", addr("Cheikh Tidiane Ba", "ct.ba@assr-maroc.example.org")),
        ("To", addr("GCM Regional Review Arab States", BOX)),
        ("Subject", "Rapport volontaire ASSR - PMM"),
        ("Thread-Topic", "Rapport volontaire ASSR - PMM"),
        ("Thread-Index", "AdcEqR8m0tY2Lk7vQbN5xWp1cZd3Hg=="),
        ("Message-ID", "<MRXP264MB0733B5D1E9C24A0F87E3A6D2C9F4@MRXP264MB0733.FRAP264.PROD.OUTLOOK.example.com>"),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ], rec, sent, "mail-mr2fra01on0614.outbound.protection.outlook.example.com", "40.107.9.114", "4DgD8k2ZpRz7",
        "ct.ba@assr-maroc.example.org")
    add("X", rec, raw, label("voluntary_report", "fr", True, reports=[fname],
        notes="ten minutes late: received 00:10 Beirut on Wed 17 Feb, while the Date header reads Tue 16 Feb "
              "23:09 +0100 (Morocco), which looks on time; the sender even hopes it arrives 'dans les d\u00e9lais'; "
              "Outlook with a confidentiality footer."))


# ----------------------------------------------------------------------------------------------- main
def main():
    for f in (msg_A, msg_B, msg_C, msg_D, msg_E, msg_F, msg_G, msg_H, msg_I, msg_J, msg_K, msg_L, msg_M, msg_N,
              msg_O, msg_P, msg_Q, msg_R, msg_S, msg_T, msg_U, msg_V, msg_W, msg_X):
        f()
    MESSAGES.sort(key=lambda m: m[1])
    names = {}
    for i, (key, rec, raw, lab) in enumerate(MESSAGES, 1):
        names[key] = "h68-%02d.eml" % i
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    sd = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
    rd = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
    for key, rec, raw, lab in MESSAGES:
        fname = names[key]
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
        cat = lab["category"]
        if cat == "speaker_request":
            on_time = rec <= sd
        elif cat == "voluntary_report":
            on_time = rec <= rd
        elif cat == "both":
            on_time = rec <= sd and rec <= rd
        else:
            on_time = None
        labels.append({
            "file": fname,
            "received_at": rec.isoformat(),
            "category": cat,
            "language": lab["language"],
            "acknowledge": lab["acknowledge"],
            "on_time": on_time,
            "speakers": lab["speakers"],
            "report_attachments": lab["report_attachments"],
            "thread_of": names[lab["thread_of"]] if lab["thread_of"] else None,
            "notes": lab["notes"],
        })
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
