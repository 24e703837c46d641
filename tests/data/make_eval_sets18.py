#!/usr/bin/env python3
"""Evaluation set holdout18 for gcm-intake: tests/data/holdout18 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets18.py
Written without reading intake/ or rules/.  Emphasis: how mail clients shape messages (Outlook
HTML-only tables, Gmail replies with the quoted thread, Apple Mail / Thunderbird format=flowed,
iPhone, double forwards).  Each message function returns (envelope, MIME tree, label).
"""
import datetime as dt
import io
import json
import os
import textwrap
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
OUR_NAME = "GCM Regional Review Arab States"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def at(mo, d, h, mi, s=0):
    """A server reception time, Beirut time (UTC+02:00 in February 2021)."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachments (tiny, valid)
def tiny_pdf(lines, title):
    """One-page PDF with Helvetica text (ASCII lines only)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 12 Tf 15 TL 60 770 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /CreationDate (D:20210201090000+02'00') >>").encode("ascii"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs, rtl=False):
    """Minimal WordprocessingML package built with zipfile (fixed timestamps, reproducible)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rtl_run = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r>{rtl_run}<w:t xml:space="preserve">{escape(p, quote=False)}</w:t></w:r></w:p>' for p in paragraphs)
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
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         f'<w:body>{body}<w:sectPr/></w:body></w:document>'),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def attachment(data, ctype, filename, name_style="plain"):
    """name_style: 'plain' (ASCII name), '2231' (Gmail/Thunderbird), '2047' (Outlook)."""
    p = MIMEApplication(data, ctype.split("/")[1])
    if name_style == "2231":
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    elif name_style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# ----------------------------------------------------------------- text and HTML parts
def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(text, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alternative(plain, html, boundary, charset="utf-8", cte="qp"):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text_part(plain, "plain", charset, cte))
    m.attach(text_part(html, "html", charset, cte))
    return m


def mixed(body, parts, boundary):
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(body)
    for p in parts:
        m.attach(p)
    return m


def hard_wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end with a space; space-stuffing."""
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", "From ")):
            line = " " + line
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def quote(text):
    return "\n".join((">" if not line else "> " + line) for line in text.split("\n"))


def gmail_div(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        blocks.append("<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in para.split("\n"))))
    return '<div dir="{}">{}</div>'.format(d, "<div><br></div>".join(blocks))


def gmail_html(text, attr=None, quoted=None, rtl=False):
    html = gmail_div(text, rtl)
    if attr:
        html += ('<br><div class="gmail_quote"><div dir="{}" class="gmail_attr">{}<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">{}</blockquote></div>'.format("rtl" if rtl else "ltr", escape(attr, quote=False), gmail_div(quoted, rtl)))
    return html + "\n"


def outlook_html(inner, lang="EN-US", rtl=False, charset="utf-8"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/'
            'omml" xmlns="http://www.w3.org/TR/REC-html40"><head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset={}">\n<meta name=Generator content="Microsoft Word 15 (filtered '
            'medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}}\n--></style></head>\n<body lang={} link="#0563C1" vlink="#954F72"'
            '{} style=\'word-wrap:break-word\'><div class=WordSection1>\n{}\n</div>\n</body>\n</html>\n'.format(charset, lang, ' dir=RTL' if rtl else "", inner))


def outlook_paras(text):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (escape(line, quote=False) or "<o:p>&nbsp;</o:p>"))
    return "\n".join(out)


# ----------------------------------------------------------------- envelope
def enc(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def address(name, email):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


CLIENTS = {
    "outlook": lambda e: ["X-Mailer: Microsoft Outlook 16.0",
                          "Thread-Index: AdcB{}Z3kQ9vT1m0Rq2Lx8yH4w==".format(e["qid"][:6]),
                          "Content-Language: " + e.get("lang_tag", "en-us")],
    "outlook_android": lambda e: ["Content-Language: " + e.get("lang_tag", "en-us")],
    "gmail": lambda e: [],
    "apple": lambda e: ["X-Mailer: Apple Mail (2.3654.60.0.2.21)"],
    "iphone": lambda e: ["X-Mailer: iPhone Mail (18D52)"],
    "thunderbird": lambda e: ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n"
                              " Thunderbird/78.7.1", "Content-Language: " + e.get("lang_tag", "fr")],
}


def render(e, root):
    domain = e["email"].split("@")[1]
    received = e["received_at"]
    sent = (received - dt.timedelta(seconds=e.get("lag", 40))).astimezone(e.get("tz", BEIRUT))
    gmail = e["client"] == "gmail" or e["email"].endswith("@gmail.com")
    relay = e.get("relay") or (f"mail-wr1-f{40 + e['n']}.google.com" if gmail else "smtp." + domain)
    h = ["Return-Path: <{}>".format(e["email"]),
         "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + 3 * e['n']}])\r\n\tby mx1.iom.int (Postfix) with "
         f"ESMTPS id {e['qid']}\r\n\tfor <{MAILBOX}>; {format_datetime(received)} (EET)"]
    if gmail:
        h.append(f"Received: by {relay} with SMTP id {e['qid'].lower()}.{e['n']};\r\n        {format_datetime(sent)}")
    h.append(f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain};\r\n\tdkim=pass header.d={domain}")
    h.append("From: " + address(e["name"], e["email"]))
    h.append("To: " + e.get("to", MAILBOX))
    if e.get("cc"):
        h.append("Cc: " + e["cc"])
    h.append("Subject: " + enc(e["subject"]))
    h.append("Date: " + format_datetime(sent))
    h.append("Message-ID: " + e["mid"])
    if e.get("in_reply_to"):
        h.append("In-Reply-To: " + e["in_reply_to"])
    if e.get("references"):
        h.append("References: " + e["references"])
    h.extend(CLIENTS[e["client"]](e))
    h.extend(e.get("extra", []))
    h.append("MIME-Version: 1.0")
    for part in root.walk():
        del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


# ----------------------------------------------------------------- texts written by the organisers
CALL_EN = """Dear colleagues,

The Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region will comprise a multi-stakeholder consultation on 23 February 2021 and the Regional Review Conference on 24-25 February 2021.

Stakeholders are kindly invited to:
- submit a voluntary GCM review report to gcmrrarabstates@iom.int by 16 February 2021;
- request a speaking role by e-mail to the same address, indicating the name, title and organisational affiliation of the proposed speaker, by Friday 5 February 2021.

Speaking roles include: taking part in the open discussion of the multi-stakeholder consultation; serving as rapporteur to deliver the key messages of stakeholders; and floor interventions in the plenary or in one of the four thematic roundtables:
Roundtable 1: Regular pathways, decent work and the drivers of migration
Roundtable 2: Human rights of migrants, border governance, trafficking and detention
Roundtable 3: Social inclusion, access to services, diaspora and remittances
Roundtable 4: Data, evidence-based policy and international cooperation

Kind regards,
GCM Regional Review Secretariat"""

ACK_AR = """عزيزي/عزيزتي،

نشكركم على رسالتكم. نؤكد استلام طلبكم المقدم في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية.

الرقم المرجعي: GCM-AR-0017

أمانة الاستعراض الإقليمي"""

ACK_FR = """Madame, Monsieur,

Nous vous remercions de votre message. Nous accusons réception de votre contribution à l'examen régional du Pacte mondial sur les migrations dans la région arabe.

Référence : GCM-AR-0009

Le secrétariat de l'examen régional"""

REPLY_AR = """السيد المحترم،

شكراً لاهتمامكم. يرجى موافاتنا باسم كل متحدث مقترح ومسمّاه الوظيفي والجهة التي ينتمي إليها، مع تحديد الجلسة المطلوبة (النقاش المفتوح، أو المقرر، أو الجلسة العامة، أو إحدى الموائد المستديرة الأربع)، وذلك في موعد أقصاه 5 شباط/فبراير 2021.

مع التحية،
أمانة الاستعراض الإقليمي"""

MID_09 = "<CAF7yQk3mR0pZb8Wd2xJc6Tn1Lv4Hs9eGu5oAi@mail.gmail.com>"
ACK_09 = "<ack.GCM-AR-0017.20210129T1410@gcm-intake.iom.int>"
MID_20 = "<003b01d6f88e$6a1c2f30$3e548d90$@fasem.example.sn>"
ACK_20 = "<ack.GCM-AR-0009.20210201T1202@gcm-intake.iom.int>"
MID_10_Q = "<CAN2pRt6yV1sLq8Xe0bZk4Hm7Wd3Fj5uCo9gTi@mail.gmail.com>"
ASK_10 = "<reply.20210201T0935.4410@iom.int>"

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================= English
@message
def h18_01():
    inner = """<p class=MsoNormal>Dear GCM Regional Review team,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Further to your invitation, the Gulf Seafarers and Port Workers Union (GSPWU) would like to propose the following two speakers for the Regional Review Conference:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=160 style='background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Name<o:p></o:p></b></p></td>
<td width=190 style='background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Position<o:p></o:p></b></p></td>
<td width=110 style='background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Organisation<o:p></o:p></b></p></td>
<td width=170 style='background:#D9E2F3;padding:0cm 5.4pt'><p class=MsoNormal><b>Session requested<o:p></o:p></b></p></td></tr>
<tr><td style='padding:0cm 5.4pt'><p class=MsoNormal>Mr.&nbsp;Ramon B. Dizon<o:p></o:p></p></td>
<td style='padding:0cm 5.4pt'><p class=MsoNormal>Port Welfare Officer<o:p></o:p></p></td>
<td style='padding:0cm 5.4pt'><p class=MsoNormal>GSPWU<o:p></o:p></p></td>
<td style='padding:0cm 5.4pt'><p class=MsoNormal>Roundtable 2 &#8211; human rights of migrants<o:p></o:p></p></td></tr>
<tr><td style='padding:0cm 5.4pt'><p class=MsoNormal>Ms.&nbsp;Bishnu Maya Gurung<o:p></o:p></p></td>
<td style='padding:0cm 5.4pt'><p class=MsoNormal>Coordinator, Women Port Workers Desk<o:p></o:p></p></td>
<td style='padding:0cm 5.4pt'><p class=MsoNormal>GSPWU (Sohar branch)<o:p></o:p></p></td>
<td style='padding:0cm 5.4pt'><p class=MsoNormal>Plenary (24 Feb if possible)<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mr. Dizon has assisted more than 300 stranded crew members since the start of the pandemic. Both speakers can present in English.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Best regards,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='color:#1F3864'>Hamad Al-Rashdi<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='color:#1F3864'>General Secretary<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'>Gulf Seafarers and Port Workers Union<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'>P.O. Box 412, Sohar, Sultanate of Oman | Tel. +968 2684 0173<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.<o:p></o:p></span></p>"""
    root = text_part(outlook_html(inner, "EN-US"), "html", "utf-8", "qp")
    env = dict(client="outlook", name="Hamad Al-Rashdi", email="gensec@gspwu.example.om",
               subject="GSPWU speakers - GCM Regional Review", received_at=at(2, 2, 10, 14, 37), tz=tz(4),
               mid="<000d01d6f93a$51b2c6e0$f51854a0$@gspwu.example.om>", lang_tag="en-us", lag=52)
    aff = "Gulf Seafarers and Port Workers Union (GSPWU)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[sp("Ramon B. Dizon", "Port Welfare Officer", aff, ["roundtable"], 2),
                           sp("Bishnu Maya Gurung", "Coordinator, Women Port Workers Desk", aff, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="Outlook HTML-only (no text/plain); both speakers only in an HTML table whose organisation "
                       "column holds the acronym (full name in the intro sentence, fuller form used); Mr./Ms. with "
                       "&nbsp; before the names; signer (General Secretary) is not a speaker")
    return env, root, label


@message
def h18_02():
    new = """Hello,

My name is Hiwot Tesfaye and I am the founder and coordinator of Mesob Ethiopian Domestic Workers Association in Beirut. We are a group of around 400 Ethiopian women, most of us live-in workers or former live-in workers.

I would like to ask for a chance to speak in roundtable 3 about access to services, because many of our members could not get health care or shelter after the explosion and during covid. I can speak in English or Amharic (with interpreter if there is one).

Thank you very much,
Hiwot
+961 71 482 903"""
    attr = f"On Wed, Jan 20, 2021 at 3:05 PM {OUR_NAME} <{MAILBOX}> wrote:"
    plain = new + "\n\n" + attr + "\n\n" + quote(CALL_EN) + "\n"
    root = alternative(plain, gmail_html(new, attr, CALL_EN), "000000000000a3b1c205ba6e11f4")
    env = dict(client="gmail", name="Hiwot Tesfaye", email="hiwot.tesfaye.mesob@gmail.com",
               subject="Re: Regional Review of the GCM in the Arab region - call for voluntary reports and speakers",
               received_at=at(1, 27, 19, 48, 5), lag=6,
               mid="<CAKp0vW2nE7xQ4hL9sR1mT6yB3dF8cJ5uZ0aGk@mail.gmail.com>",
               in_reply_to="<invitation.20210120.1505@iom.int>", references="<invitation.20210120.1505@iom.int>")
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[sp("Hiwot Tesfaye", "founder and coordinator",
                              "Mesob Ethiopian Domestic Workers Association", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="Gmail reply to the organisers' call with the whole call quoted below 'On ... wrote:' (mentions "
                       "every role, both deadlines and the reports); self-nomination in prose by a migrant-led "
                       "domestic workers' group; personal gmail address; 'Beirut' is not part of the affiliation")
    return env, root, label


@message
def h18_03():
    plain = """Dear GCM team,

Please see below a speaking request from our Senior Research Fellow, which reached me via our Director's office. Apologies for the roundabout route - Dr. Qureshi is travelling and asked that it be sent before today's deadline.

Best regards,
Tariq

Tariq Mahmoud
Communications Officer
Gulf Institute for Labour and Mobility Policy
Kuwait City | +965 2245 8810 | www.gilmp.example.org

From: Reem Al-Ajmi <r.alajmi@gilmp.example.org>
Sent: Friday, February 5, 2021 11:02 AM
To: Tariq Mahmoud <t.mahmoud@gilmp.example.org>
Subject: FW: GCM regional review - speaking slot

Tariq, could you please send this on to the IOM mailbox (gcmrrarabstates@iom.int) today? Sana is on the road.
Thanks, Reem

---------- Forwarded message ---------
From: Sana Qureshi <sana.qureshi@gilmp.example.org>
Date: Thu, Feb 4, 2021 at 9:48 PM
Subject: GCM regional review - speaking slot
To: Reem Al-Ajmi <r.alajmi@gilmp.example.org>


Dear Reem,

Could you or Tariq forward the following to the organisers of the GCM regional review? I'd like to request a floor intervention in the plenary, ideally on 24 Feb, on the findings of our employer survey on wage protection.

Speaker: Dr. Sana Qureshi
Title: Senior Research Fellow, Labour Migration Programme
Organisation: Gulf Institute for Labour and Mobility Policy (GILMP)

Many thanks!
Sana
"""
    html = outlook_html(outlook_paras(plain), "EN-US")
    root = alternative(plain, html, "----=_NextPart_000_0047_01D6FBD2.8E3A1C70")
    env = dict(client="outlook", name="Tariq Mahmoud", email="t.mahmoud@gilmp.example.org",
               subject="FW: FW: GCM regional review - speaking slot", received_at=at(2, 5, 17, 26, 44), tz=tz(3),
               mid="<004701d6fbc1$8e3a1c70$aaae5550$@gilmp.example.org>", lang_tag="en-gb", lag=71)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[sp("Sana Qureshi", "Senior Research Fellow, Labour Migration Programme",
                              "Gulf Institute for Labour and Mobility Policy (GILMP)", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="forwarded twice (Gmail-style forward inside an Outlook 'From:/Sent:' forward, subject 'FW: FW:'); "
                       "the speaker's labelled lines are only in the innermost forward; neither the sender "
                       "(Communications Officer) nor the intermediate colleague is a speaker; 'Dr.' dropped")
    return env, root, label


@message
def h18_04():
    plain = """Dear Sir/Madam,

On behalf of Mr. Khalid Saif Al-Mandhari, Director-General of the Federation of Gulf Employers for Ethical Recruitment (FGEER), I would like to request a floor intervention for him in Roundtable 1 (regular pathways, decent work) of the Regional Review Conference.

Mr. Al-Mandhari chairs the Federation's working group on recruitment fees and would share the private sector's experience with the employer-pays principle in Oman, Qatar and Kuwait.

Kindly confirm receipt and let me know if you need his short bio.

With kind regards,

Maria Lourdes Santos
Executive Assistant to the Director-General
Federation of Gulf Employers for Ethical Recruitment (FGEER)
Muscat, Sultanate of Oman
T: +968 2456 1190 | M: +968 9912 3347

This message (including any attachments) is confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it. FGEER accepts no liability for any damage caused by viruses transmitted by this e-mail.
"""
    html = outlook_html(outlook_paras(plain), "EN-GB")
    root = alternative(plain, html, "----=_NextPart_000_0019_01D6F9E4.2D7B8A10")
    env = dict(client="outlook", name="Maria Lourdes Santos", email="dg.office@fgeer.example.om",
               subject="Request for speaking slot - Director-General, FGEER", received_at=at(2, 3, 9, 3, 12),
               tz=tz(4), mid="<001901d6f9d3$2d7b8a10$88728e30$@fgeer.example.om>", lang_tag="en-gb", lag=33)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[sp("Khalid Saif Al-Mandhari", "Director-General",
                              "Federation of Gulf Employers for Ethical Recruitment (FGEER)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="executive assistant writing on behalf of her director; her own title ('Executive Assistant to "
                       "the Director-General') and the same organisation sit in the signature; employers' federation; "
                       "long confidentiality disclaimer")
    return env, root, label


@message
def h18_05():
    text = """Dear Organisers,

Greetings from Doha.

We would like to propose our Executive Director Ms. Sarita Rai Limbu of the Nepali Migrant Workers’ Support Network (NMWSN) to take part in the open discussion of the multi-stakeholder consultation on 23 February. She has worked with returnee and in-service Nepali workers in Qatar, Kuwait and Oman for more than ten years, and she coordinated our submission to the national GCM review in Kathmandu last year.

Please let us know if anything else is needed from our side.

Warm regards,
Deepak Adhikari
Programme Officer, NMWSN
+974 5531 7702
"""
    root = text_part(flowed(text), "plain", "utf-8", "qp", flowed=True)
    env = dict(client="apple", name="Deepak Adhikari", email="deepak@nmwsn.example.org.np",
               subject="Nomination for the multi-stakeholder consultation (23 Feb)", received_at=at(2, 1, 8, 55, 20),
               tz=tz(3), mid="<6A1F0C2D-83B4-4E77-9D1A-5C2B8E0F3A61@nmwsn.example.org.np>", lag=18)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[sp("Sarita Rai Limbu", "Executive Director",
                              "Nepali Migrant Workers’ Support Network (NMWSN)", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="Apple Mail text/plain format=flowed (soft line breaks inside the sentence naming the speaker); "
                       "title before the name ('our Executive Director Ms. X of Y'); curly apostrophe in the "
                       "organisation; sender (Programme Officer) is not the speaker")
    return env, root, label


@message
def h18_06():
    text = """Dear Sir/Madam
Sorry for the late mail, our internet was down whole day. Please register our speaker for roundtable 4 (data):

Adv. Imran Yousaf Butt / Legal Officer / Overseas Pakistanis Legal Aid Forum (OPLAF)

Regards
Imran

Sent from my iPhone"""
    root = text_part(text, "plain", "us-ascii", None)
    env = dict(client="iphone", name="Imran Butt", email="imran.butt@oplaf.example.pk",
               subject="Speaker registration RT4", received_at=at(2, 6, 0, 20, 9), tz=tz(5),
               mid="<9B3E44A1-0C6D-4F2B-A8E7-71D05C2F9E38@oplaf.example.pk>", lag=95)
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[sp("Imran Yousaf Butt", "Legal Officer", "Overseas Pakistanis Legal Aid Forum (OPLAF)",
                              ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="late: received 00:20 on 6 February Beirut time (Date header 03:18 +0500); speaker details on one "
                       "'Name / Title / Organisation' line with the 'Adv.' honorific; iPhone us-ascii plain text; "
                       "self-nomination in the third person")
    return env, root, label


@message
def h18_07():
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the House of Mercy Migrant Women's Shelter in Beirut. It is based on the cases of 212 women we sheltered between January 2019 and December 2020 and focuses on Objectives 7, 13 and 15 (vulnerabilities, detention and access to basic services).

We hope it is useful for the regional review. Our director would be glad to answer any questions.

In peace,

Sr. Marianne Khoury
Programme Coordinator
House of Mercy Migrant Women's Shelter
Achrafieh, Beirut - Lebanon
Tel: +961 1 332 418
"""
    pdf = tiny_pdf(["House of Mercy Migrant Women's Shelter", "Voluntary GCM Review Report - February 2021",
                    "1. Context", "2. Objectives 7, 13 and 15", "3. Recommendations"], "HoM GCM review")
    body = text_part(hard_wrap(text), "plain", "utf-8", "qp")
    att = attachment(pdf, "application/octet-stream", "HoM_GCM_Review_Feb2021.pdf")
    root = mixed(body, [att], "------------7B1D3E2A90C4F56812AB0E3D")
    env = dict(client="thunderbird", name="Marianne Khoury", email="programmes@houseofmercy.example.org.lb",
               subject="Voluntary GCM review report - House of Mercy shelter", received_at=at(2, 15, 13, 40, 2),
               mid="<5e2c9a71-4b0d-2f83-91c6-0da7b3e41f25@houseofmercy.example.org.lb>", lang_tag="en-GB", lag=21)
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["HoM_GCM_Review_Feb2021.pdf"], thread_of=None,
                 notes="the PDF report is sent as application/octet-stream (Thunderbird, no PDF content type); "
                       "faith-based shelter, 'Sr.' (Sister) in the signature; mentions the director answering "
                       "questions, which is not a speaker request")
    return env, root, label


@message
def h18_08():
    text = """Dear Sir or Madam,

I am the focal point for the GCM review at the Association of Filipino Migrant Workers in Kuwait. Two members of our board intend to follow the conference on 24-25 February.

Could you please advise whether the conference will be held in person, and if so in which city? If travel is required, will the organisers provide an invitation letter for visa purposes? Both colleagues hold Philippine passports and Kuwaiti residence permits, and the visa process usually takes three to four weeks.

Thank you in advance.

Best regards,
Jocelyn M. Reyes
Board Secretary
Association of Filipino Migrant Workers in Kuwait (AFMWK)
Mobile: +965 6681 0245

Sent from Outlook for Android"""
    root = alternative(text, gmail_div(text) + "\n", "_000_PR3P193MB08751C2D4E5F60718293A4B5C6D7E8F9PR3P193MB0875_")
    env = dict(client="outlook_android", name="Jocelyn Reyes", email="jocelyn.reyes@outlook.example.com",
               subject="Visa / invitation letter for the conference", received_at=at(2, 8, 15, 2, 30), tz=tz(3),
               mid="<PR3P193MB0875A1B2C3D4E5F6A7B8C9D0E1F2@PR3P193MB0875.EURP193.PROD.OUTLOOK.COM>",
               lang_tag="en-US", lag=14, relay="EUR05-AM6-obe.outbound.protection.outlook.com")
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa / invitation-letter question; names the sender's title and organisation and says board "
                       "members will 'follow' the conference, which is not a speaking request; Outlook for Android")
    return env, root, label


# ================================================================= Arabic
@message
def h18_09():
    text = """السلام عليكم ورحمة الله،

تحية طيبة وبعد،

أرغب في التقدم بطلب للقيام بدور المقرر خلال المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير، وتقديم الرسائل الرئيسية لأصحاب المصلحة في المؤتمر. شاركت في إعداد المشاورات الوطنية للشباب حول الهجرة في الجزائر وتونس خلال 2020.

تجدون بياناتي في التوقيع أدناه.

مع خالص الشكر والتقدير،

--
Yacine Belkacem
Youth Engagement Coordinator
Maghreb Youth Network on Migration (MYNM)
Algiers, Algeria | +213 555 61 48 02"""
    root = alternative(text, gmail_html(text, rtl=True), "0000000000004e7c9105b9f0a2d3", cte="b64")
    env = dict(client="gmail", name="Yacine Belkacem", email="y.belkacem@mynm.example.dz",
               subject="طلب المشاركة بصفة مقرر - الاستعراض الإقليمي", received_at=at(1, 29, 13, 52, 40), tz=tz(1),
               mid=MID_09, lag=8)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[sp("Yacine Belkacem", "Youth Engagement Coordinator",
                              "Maghreb Youth Network on Migration (MYNM)", ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="Arabic body, English signature: acknowledge in Arabic; name, title and affiliation only in "
                       "the English signature ('تجدون بياناتي في التوقيع'); rapporteur described as 'تقديم الرسائل "
                       "الرئيسية'; youth network")
    return env, root, label


@message
def h18_10():
    new = """السادة أمانة الاستعراض الإقليمي المحترمين،

بالإشارة إلى ردكم أدناه، نتشرف بإفادتكم بأسماء المرشحين من لجنة حقوق المهاجرين واللاجئين بنقابة المحامين في طرابلس:

1- الأستاذ عادل محمد بن عمران – رئيس لجنة حقوق المهاجرين واللاجئين – المائدة المستديرة الثانية
2- الأستاذة سارة علي القماطي – منسقة العيادة القانونية للمهاجرين – الجلسة العامة

وتفضلوا بقبول فائق الاحترام،
المحامي فرج الورفلي
أمين سر اللجنة"""
    attr = f"في الاثنين، 1 فبراير 2021 في 9:35 ص كتب {OUR_NAME} <{MAILBOX}>:"
    asked = """مساء الخير،
نود أن نعرف إن كان بإمكان نقابة المحامين ترشيح أكثر من متحدث، وما هي البيانات المطلوبة؟
فرج الورفلي"""
    quoted = REPLY_AR + "\n\nفي الأحد، 31 يناير 2021 في 6:20 م كتب فرج الورفلي <farag.warfalli@gmail.com>:\n\n" + quote(asked)
    plain = new + "\n\n" + attr + "\n\n" + quote(quoted) + "\n"
    root = alternative(plain, gmail_html(new, attr, quoted, rtl=True), "000000000000b71f2a05ba3c8e90", cte="b64")
    env = dict(client="gmail", name="فرج الورفلي", email="farag.warfalli@gmail.com",
               subject="Re: استفسار بخصوص ترشيح المتحدثين", received_at=at(2, 3, 12, 11, 58), lag=12,
               mid="<CAN2pRt6yV1sLq8Xe0bZk4Hm7Wd3Fj5uCo9gTj+Q@mail.gmail.com>",
               in_reply_to=ASK_10, references=MID_10_Q + "\r\n " + ASK_10)
    aff = "لجنة حقوق المهاجرين واللاجئين بنقابة المحامين في طرابلس"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[sp("عادل محمد بن عمران", "رئيس لجنة حقوق المهاجرين واللاجئين", aff, ["roundtable"], 2),
                           sp("سارة علي القماطي", "منسقة العيادة القانونية للمهاجرين", aff, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="Gmail reply with the thread quoted below 'في ... كتب' (organisers' reply listing all roles, and "
                       "the sender's own earlier question); bar association, two speakers on dash-separated lines "
                       "with the lawyers' honorific الأستاذ/الأستاذة; signer (committee secretary) is not a speaker")
    return env, root, label


@message
def h18_11():
    text = """مساء الخير،

اسمي د. نهى فؤاد الشناوي، باحثة مستقلة في قضايا هجرة العمالة، مقيمة في الدوحة منذ 2012. أعددت خلال السنتين الماضيتين دراسة ميدانية حول بيانات أجور العمال المهاجرين في قطاع الإنشاءات.

أرجو التكرم بإدراج اسمي لتقديم مداخلة في المائدة المستديرة الرابعة الخاصة بالبيانات والسياسات المبنية على الأدلة.

مع الشكر،
نهى الشناوي
جوال: +974 3318 2290"""
    root = alternative(text, gmail_html(text, rtl=True), "000000000000c52e8d05ba51f7a0", cte="b64")
    env = dict(client="gmail", name="Noha Elshenawy", email="noha.elshenawy@gmail.com",
               subject="طلب مداخلة", received_at=at(2, 4, 20, 31, 17), tz=tz(3), lag=9,
               mid="<CAGx5hTm8pL2qW9vR3kY7bN0dC4jF1sZ6eUo3Aa@mail.gmail.com>")
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[sp("نهى فؤاد الشناوي", "باحثة مستقلة في قضايا هجرة العمالة", None, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="independent researcher, no organisational affiliation (affiliation null); first-person prose "
                       "with 'د.' before the name; roundtable as an ordinal word plus theme ('الرابعة'); From display "
                       "name in Latin script; 'الدوحة' is residence, not affiliation")
    return env, root, label


@message
def h18_12():
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

تحية طيبة،

يسر الهيئة الوطنية المستقلة لحقوق الإنسان أن تعرب عن اهتمامها بالمشاركة في أعمال الاستعراض الإقليمي، وترشح السيد محمد الأمين ولد أحمدو، نائب الرئيس المكلف بملف الهجرة، للمشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم 23 فبراير 2021.

ونعتذر عن التأخر في إرسال هذا الترشيح بسبب إجراءات المصادقة الداخلية.

وتقبلوا فائق عبارات التقدير والاحترام.

مكتب الرئيس
الهيئة الوطنية المستقلة لحقوق الإنسان
نواكشوط – الجمهورية الإسلامية الموريتانية
الهاتف: +222 45 29 61 73"""
    html = outlook_html(outlook_paras(text), "AR-SA", rtl=True, charset="windows-1256")
    root = alternative(text, html, "----=_NextPart_000_0031_01D6FEA2.4C1B9E20", charset="windows-1256")
    env = dict(client="outlook", name="مكتب الرئيس - الهيئة الوطنية", email="cabinet@hnidh.example.mr",
               subject="ترشيح للمشاركة في النقاش المفتوح", received_at=at(2, 9, 11, 5, 33), tz=tz(0),
               mid="<003101d6fe91$4c1b9e20$e452da60$@hnidh.example.mr>", lang_tag="ar-sa", lag=64)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[sp("محمد الأمين ولد أحمدو", "نائب الرئيس المكلف بملف الهجرة",
                              "الهيئة الوطنية المستقلة لحقوق الإنسان", ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="late (9 February), the sender apologises for the delay; national human rights institution; "
                       "'السيد' as Mr. dropped; windows-1256 Outlook; sender is an office, not a person")
    return env, root, label


@message
def h18_13():
    text = """السادة الأفاضل،

تحية طيبة،

نيابة عن الشبكة الليبية لمنظمات المجتمع المدني العاملة في مجال الهجرة، يسعدنا أن نرسل إليكم مرفقاً التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في ليبيا.

شاركت في إعداد التقرير إحدى عشرة منظمة عضواً في الشبكة من طرابلس ومصراتة وسبها وبنغازي، استناداً إلى ورش عمل عقدت عبر الإنترنت خلال شهر يناير.

نرجو تأكيد الاستلام.

مع التقدير،
سالمة الترهوني
منسقة الشبكة
هاتف: +218 91 442 7730"""
    pdf = tiny_pdf(["Libyan Network of Civil Society Organisations working on Migration",
                    "Collective voluntary GCM review report - Libya 2021 (Arabic version)",
                    "Members: 11 organisations", "Sections: context, objectives, recommendations"], "LNCSOM report")
    name = "التقرير الطوعي الجماعي - الشبكة الليبية للهجرة 2021.pdf"
    body = alternative(text, gmail_html(text, rtl=True), "000000000000e8d4a105bb0f6c21", cte="b64")
    root = mixed(body, [attachment(pdf, "application/pdf", name, "2231")], "000000000000e8d4a305bb0f6c23")
    env = dict(client="gmail", name="Salma Tarhouni", email="coordination.lncsom@gmail.com",
               subject="التقرير الطوعي الجماعي - الشبكة الليبية", received_at=at(2, 12, 14, 18, 3), lag=27,
               mid="<CAMs4cQw7Hb2Ze9nK1vP5tX8rG3yL0dJ6fUa2Bc@mail.gmail.com>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="collective report of a network of eleven organisations; Arabic PDF file name in RFC 2231 "
                       "form (Gmail); From display name in Latin script, body Arabic")
    return env, root, label


@message
def h18_14():
    text = """السادة فريق الاستعراض الإقليمي،

مرفق لكم التقرير الطوعي لجمعية العاملات المنزليات المهاجرات في الكويت حول الاتفاق العالمي للهجرة.

مع الشكر
لجنة المتابعة

Sent from my iPhone"""
    docx = tiny_docx(["التقرير الطوعي - جمعية العاملات المنزليات المهاجرات في الكويت",
                      "أولاً: السياق", "ثانياً: الأهداف 6 و7 و16", "ثالثاً: التوصيات"], rtl=True)
    body = text_part(text, "plain", "utf-8", "b64")
    root = mixed(body, [attachment(docx, DOCX_MIME, "DWAK_GCM_voluntary_report.docx")],
                 "Apple-Mail-4C2B7E91-0D3A-4F58-B6E2-19A7C0D5E834")
    env = dict(client="iphone", name="DWAK", email="dwak.kuwait@dwak.example.org.kw",
               subject="التقرير الطوعي", received_at=at(2, 16, 22, 47, 51), tz=tz(3), lag=120,
               mid="<E2B1D6C0-7F3A-4A9E-8C51-3D0B9F2E6A17@dwak.example.org.kw>")
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["DWAK_GCM_voluntary_report.docx"], thread_of=None,
                 notes="minimal iPhone message signed by a committee (no person); DOCX report; received 22:47 on 16 "
                       "February Beirut time (23:45 in the +03:00 Date header), on time; domestic workers' association")
    return env, root, label


@message
def h18_15():
    text = """السادة المنظمين المحترمين،

تحية طيبة وبعد،

تود إدارة شؤون العمالة الوافدة في وزارة الموارد البشرية والتنمية الاجتماعية الاطلاع على جدول أعمال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021 والمشاورة التي تسبقه، وذلك لتحديد أعضاء الوفد المشارك في كل جلسة.

نرجو التكرم بتزويدنا بمسودة جدول الأعمال وقائمة المتحدثين الرئيسيين حال توفرها.

وتفضلوا بقبول فائق الاحترام،

م. خليفة بن راشد البوسعيدي
رئيس قسم التعاون الدولي
إدارة شؤون العمالة الوافدة"""
    html = outlook_html(outlook_paras(text), "AR-SA", rtl=True, charset="windows-1256")
    root = alternative(text, html, "----=_NextPart_000_0056_01D6FF4B.1A2E3C40", charset="windows-1256")
    env = dict(client="outlook", name="International Cooperation Section", email="intl.coop@mhrsd.example.gov.om",
               subject="طلب جدول أعمال المؤتمر الإقليمي", received_at=at(2, 10, 9, 20, 14), tz=tz(4),
               mid="<005601d6ff3a$1a2e3c40$4e8ab4c0$@mhrsd.example.gov.om>", lang_tag="ar-om", lag=48)
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="ministry asks for the agenda and the list of keynote speakers ('قائمة المتحدثين') to plan its "
                       "delegation: no speaker proposed; English From display name, Arabic body")
    return env, root, label


@message
def h18_16():
    new = """شكراً جزيلاً على التأكيد، وبالتوفيق في التحضير للمؤتمر.

ياسين"""
    attr = f"في الجمعة، 29 يناير 2021 في 2:10 م كتب {OUR_NAME} <{MAILBOX}>:"
    plain = new + "\n\n" + attr + "\n\n" + quote(ACK_AR) + "\n"
    root = alternative(plain, gmail_html(new, attr, ACK_AR, rtl=True), "00000000000019a6b205ba00c4d7", cte="b64")
    env = dict(client="gmail", name="Yacine Belkacem", email="y.belkacem@mynm.example.dz",
               subject="Re: تأكيد استلام - GCM-AR-0017", received_at=at(1, 30, 10, 4, 11), tz=tz(1), lag=7,
               mid="<CAF7yQk3mR0pZb8Wd2xJc6Tn1Lv4Hs9eGu5oAj-3w@mail.gmail.com>",
               in_reply_to=ACK_09, references=MID_09 + "\r\n " + ACK_09)
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h18-09.eml",
                 notes="thank-you reply to our acknowledgement of h18-09 (quoted below 'في ... كتب'): adds nothing, "
                       "no acknowledgement")
    return env, root, label


# ================================================================= French
@message
def h18_17():
    text = """Madame, Monsieur,

Le Collectif Oranais de Solidarité avec les Migrants (COSM) a l'honneur de vous proposer deux intervenants pour la Conférence d'examen régional des 24 et 25 février :

- M. Abdelkader Zitouni (عبد القادر زيتوني), Président du COSM, pour une intervention en séance plénière ;
- Mme Houria Belhadj (حورية بلحاج), chargée du suivi juridique, pour la table ronde n° 2.

Mme Belhadj accompagne depuis 2016 les migrants subsahariens placés en rétention à Oran et pourra présenter les constats de notre permanence juridique.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karima Mesbah
Secrétaire administrative
COSM – 14, rue Larbi Ben M'hidi, Oran
Tél. : +213 41 39 52 07
"""
    root = text_part(flowed(text), "plain", "utf-8", "qp", flowed=True)
    env = dict(client="thunderbird", name="Karima Mesbah", email="secretariat@cosm-oran.example.dz",
               subject="Propositions d'intervenants – COSM", received_at=at(2, 2, 16, 44, 9), tz=tz(1),
               mid="<0c4f2a9e-61d3-8b7e-2a50-f3c91d8e7b04@cosm-oran.example.dz>", lang_tag="fr", lag=25)
    aff = "Collectif Oranais de Solidarité avec les Migrants (COSM)"
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[sp("Abdelkader Zitouni", "Président du COSM", aff, ["plenary"]),
                           sp("Houria Belhadj", "chargée du suivi juridique", aff, ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="French message with the speakers' names also in Arabic script in parentheses; two speakers "
                       "as a dashed list; Thunderbird format=flowed; signer (administrative secretary) not a speaker")
    return env, root, label


@message
def h18_18():
    new = """Bonjour,

Merci pour votre accusé de réception.

Par ailleurs, notre président, M. Babacar Thiam Ndour, souhaiterait intervenir au nom de la Fédération des Associations Sénégalaises au Maghreb (FASEM) lors de la séance plénière du 24 ou du 25 février, pour présenter les principales conclusions de notre rapport.

Bien cordialement,
Aïssatou Diop
Secrétaire générale – FASEM
+212 6 61 28 44 90"""
    attr = f"Le lun. 1 févr. 2021 à 12:02, {OUR_NAME} <{MAILBOX}> a écrit :"
    plain = new + "\n\n" + attr + "\n\n" + quote(ACK_FR) + "\n"
    root = alternative(plain, gmail_html(new, attr, ACK_FR), "000000000000f2c07e05ba4d19b8")
    env = dict(client="gmail", name="Aïssatou Diop", email="a.diop@fasem.example.sn",
               subject="Re: Accusé de réception – GCM-AR-0009", received_at=at(2, 3, 18, 37, 26), tz=tz(1), lag=10,
               mid="<CAD3rS8vN1qY6kX2mB9tZ4hW0pL7cF5jG3eUb@mail.gmail.com>",
               in_reply_to=ACK_20, references=MID_20 + "\r\n " + ACK_20)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[sp("Babacar Thiam Ndour", "président",
                              "Fédération des Associations Sénégalaises au Maghreb (FASEM)", ["plenary"])],
                 report_attachments=[], thread_of="h18-20.eml",
                 notes="Gmail reply to our acknowledgement of the FASEM report (h18-20), quoted below 'Le ... a écrit :'; "
                       "opens with a thanks but adds a new speaker request, so it is acknowledged; title only as "
                       "'notre président'; diaspora federation")
    return env, root, label


@message
def h18_19():
    text = """Madame, Monsieur,

Suite à votre invitation, la Commune de Nouadhibou souhaite participer à la première table ronde (voies de migration régulière et travail décent).

La commune sera représentée par M. Ahmedou OULD BAH, qui suit depuis plusieurs années les questions d'accueil des travailleurs migrants du secteur de la pêche.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Service de la coopération décentralisée
Commune de Nouadhibou
BP 58 – Nouadhibou, Mauritanie
Tél. : +222 45 74 51 20
"""
    html = outlook_html(outlook_paras(text), "FR")
    root = alternative(text, html, "----=_NextPart_000_0012_01D6FBB0.7E9D5A30")
    env = dict(client="outlook", name="Coopération décentralisée - Commune de Nouadhibou",
               email="cooperation@commune-ndb.example.mr", subject="Participation à la table ronde 1",
               received_at=at(2, 5, 16, 2, 48), tz=tz(0), mid="<001201d6fb9f$7e9d5a30$7bd80f90$@commune-ndb.example.mr>",
               lang_tag="fr", lag=41)
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[sp("Ahmedou OULD BAH", None, "Commune de Nouadhibou", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="city council; no title given for the speaker (title null; his topic is described instead); "
                       "'première table ronde' = roundtable 1; all-caps surname with particle; sent by a service, "
                       "not a person")
    return env, root, label


@message
def h18_20():
    text = """Madame, Monsieur,

Au nom de la Fédération des Associations Sénégalaises au Maghreb (FASEM), j'ai le plaisir de vous transmettre en pièce jointe notre rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été préparé avec nos associations membres de Nouakchott, Casablanca, Tunis et Alger.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Aïssatou Diop
Secrétaire générale
Fédération des Associations Sénégalaises au Maghreb (FASEM)
Casablanca – Dakar
"""
    docx = tiny_docx(["Rapport volontaire FASEM - Pacte mondial sur les migrations 2021",
                      "1. Contexte", "2. Diaspora et envois de fonds (objectifs 19 et 20)", "3. Recommandations"])
    name = "Rapport volontaire FASEM - PMM 2021.docx"
    body = alternative(text, outlook_html(outlook_paras(text), "FR"), "----=_NextPart_001_003C_01D6F88E.6A1C2F30")
    root = mixed(body, [attachment(docx, DOCX_MIME, name)], "----=_NextPart_000_003B_01D6F88E.6A1C2F30")
    env = dict(client="outlook", name="Aïssatou Diop", email="a.diop@fasem.example.sn",
               subject="Rapport volontaire – FASEM", received_at=at(2, 1, 11, 58, 30), tz=tz(0), mid=MID_20,
               lang_tag="fr", lag=58)
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="Outlook, DOCX report with spaces in the file name; diaspora federation; later followed up "
                       "by h18-18 (speaker request replying to our acknowledgement)")
    return env, root, label


@message
def h18_21():
    text = """Bonjour,

Avec un peu de retard (toutes nos excuses), veuillez trouver ci-joint la contribution de l'Observatoire libanais des migrations de travail (OLMT) à l'examen régional du Pacte mondial : notre rapport volontaire, centré sur le système de la kafala et l'accès des travailleuses domestiques à la justice.

Bien à vous,

Dr Camille Haddad-Saab
Chercheuse associée, OLMT
Rue Hamra, Beyrouth

--
Envoyé de mon iPad"""
    pdf = tiny_pdf(["Observatoire libanais des migrations de travail (OLMT)",
                    "Rapport volontaire - Examen regional du Pacte mondial, fevrier 2021",
                    "1. Kafala", "2. Acces a la justice"], "OLMT rapport volontaire")
    name = "OLMT_rapport_volontaire_PMM_2021.pdf"
    body = alternative(text, gmail_html(text), "000000000000a7e13905bb8f5d02")
    root = mixed(body, [attachment(pdf, "application/pdf", name)], "000000000000a7e13b05bb8f5d04")
    env = dict(client="gmail", name="Camille Haddad-Saab", email="c.haddadsaab@olmt.example.org.lb",
               subject="Rapport volontaire OLMT", received_at=at(2, 17, 9, 12, 6), lag=16,
               mid="<CAHq1wE5zR8mT3vB0nY6kP2xL9dF4sJ7cGu1Ad@mail.gmail.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="late: received 17 February, the day after the report deadline; think tank; the sender "
                       "apologises for the delay; 'Envoyé de mon iPad' under a Gmail body")
    return env, root, label


@message
def h18_22():
    text = """Madame, Monsieur,

Le Laboratoire Migrations, Territoires et Sociétés (LAMITS), Université de Tlemcen, a le plaisir de vous adresser ci-joint son rapport volontaire sur la mise en œuvre du Pacte mondial en Algérie (objectifs 1, 3 et 17 : données, information et lutte contre la discrimination).

Nous souhaiterions également que la directrice du laboratoire, la Pr Nassima Kaddour, puisse assurer le rôle de rapporteuse chargée de présenter les messages clés des parties prenantes.

Avec nos remerciements anticipés,

Pr Nassima Kaddour
Directrice
LAMITS – Faculté des sciences humaines et sociales
Université de Tlemcen
"""
    pdf = tiny_pdf(["Laboratoire Migrations, Territoires et Societes (LAMITS)",
                    "Rapport volontaire - Pacte mondial sur les migrations - Algerie",
                    "Objectifs 1, 3 et 17"], "LAMITS rapport")
    name = "LAMITS - Rapport volontaire PMM.pdf"
    body = alternative(text, outlook_html(outlook_paras(text), "FR"), "----=_NextPart_001_0024_01D6FAF1.3B5C7D90")
    root = mixed(body, [attachment(pdf, "application/pdf", name)], "----=_NextPart_000_0023_01D6FAF1.3B5C7D90")
    env = dict(client="outlook", name="Nassima Kaddour", email="n.kaddour@univ-tlemcen.example.dz",
               subject="Rapport volontaire et proposition de rapporteuse – LAMITS", received_at=at(2, 4, 10, 27, 55),
               tz=tz(1), mid="<002301d6fae0$3b5c7d90$b2157870$@univ-tlemcen.example.dz>", lang_tag="fr", lag=36)
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[sp("Nassima Kaddour", "directrice du laboratoire",
                              "Laboratoire Migrations, Territoires et Sociétés (LAMITS), Université de Tlemcen",
                              ["rapporteur"])],
                 report_attachments=[name], thread_of=None,
                 notes="both, on time; university migration research lab; the speaker is the sender but named in the "
                       "third person ('la directrice du laboratoire, la Pr ...'); 'rapporteuse' = rapporteur; 'Pr' "
                       "honorific")
    return env, root, label


@message
def h18_23():
    text = """Bonjour,

Nous sommes un foyer d'accueil pour femmes migrantes à Sfax et nous souhaitons suivre l'examen régional.

Pourriez-vous nous indiquer comment s'inscrire pour assister à la consultation du 23 février, s'il y aura une interprétation en français, et si le lien de connexion sera envoyé à l'avance ? Notre connexion internet est parfois instable : est-il possible de suivre par téléphone ?

Merci d'avance et bonne journée,

Sœur Bernadette Kaboré
Foyer Notre-Dame de l'Accueil, Sfax"""
    root = alternative(text, gmail_html(text), "000000000000d4b9a605bb72e018")
    env = dict(client="gmail", name="Foyer Notre-Dame de l'Accueil", email="foyer.ndaccueil.sfax@gmail.com",
               subject="Inscription et interprétation - consultation du 23 février", received_at=at(2, 15, 11, 6, 40),
               tz=tz(1), lag=11, mid="<CAL8bV2qT5nX0mR7wK3yH9cD1pF6sZ4jGe2Ae@mail.gmail.com>")
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics question (registration, interpretation, connection link) from a faith-based shelter; "
                       "wants to attend, not to speak")
    return env, root, label


@message
def h18_24():
    text = """Bonjour,

Je souhaiterais intervenir lors de la table ronde 3 (inclusion sociale, accès aux services, diaspora).

Cordialement,

--
Dr Mame Diarra Sène
Chargée de recherche
Observatoire des Migrations Ouest-Africaines au Maghreb (OMOAM)
Rabat – Maroc | +212 5 37 68 21 94"""
    root = alternative(text, gmail_html(text), "0000000000005a1f7c05ba2b94e6")
    env = dict(client="gmail", name="Mame Diarra Sene", email="md.sene@omoam.example.ma",
               subject="Table ronde 3", received_at=at(1, 31, 21, 15, 0), tz=tz(1), lag=13,
               mid="<CAB9kT4wQ1nZ7vM2xR8hL5dY0pG3sF6jCe1Af@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[sp("Mame Diarra Sène", "Chargée de recherche",
                              "Observatoire des Migrations Ouest-Africaines au Maghreb (OMOAM)", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="two-line request; name, title and affiliation only in the signature after '--'; display name "
                       "without the accent ('Sene'); 'Dr' dropped")
    return env, root, label


# ----------------------------------------------------------------- writer
def on_time(category, received):
    if category == "speaker_request":
        return received <= SPEAKER_DEADLINE
    if category == "voluntary_report":
        return received <= REPORT_DEADLINE
    if category == "both":
        return received <= SPEAKER_DEADLINE and received <= REPORT_DEADLINE
    return None


def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        name = f"h18-{i:02d}.eml"
        assert fn.__name__ == name[:-4].replace("-", "_"), fn.__name__
        env, root, label = fn()
        env["n"] = i
        env["qid"] = f"4DWq{i:02d}Kx7Lm"
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(env, root))
        received = env["received_at"]
        labels.append({"file": name, "received_at": received.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label["acknowledge"],
                       "on_time": on_time(label["category"], received), "speakers": label["speakers"],
                       "report_attachments": label["report_attachments"], "thread_of": label["thread_of"],
                       "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout18"))
