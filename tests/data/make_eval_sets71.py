#!/usr/bin/env python3
"""Write the blind evaluation set holdout71 (24 raw .eml messages + labels.json).

Theme: migrants' own self-organised groups and informal networks (WhatsApp communities,
neighbourhood committees, football teams, choirs, church and mosque committees) in the Gulf,
Lebanon, Libya and the Maghreb.  Deterministic, standard library only:

    /tmp/venv/bin/python tests/data/make_eval_sets71.py
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import shutil
import struct
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout71")
POL = policy.compat32.clone(linesep="\r\n")
TO = "gcmrrarabstates@iom.int"
TO_NAMED = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


# ----------------------------------------------------------------------------- attachments
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, scanned=False):
    """A tiny valid one-page PDF.  scanned=True: one grey image, no text layer (phone scan)."""
    objs = []
    if scanned:
        w, h = 24, 32
        raster = b"".join(bytes(((x * 7 + y * 3) % 40) + 200 for x in range(w)) for y in range(h))
        data = zlib.compress(raster, 9)
        content = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
        objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
        objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                    + data + b"\nendstream")
    else:
        parts = [b"BT /F1 11 Tf 56 790 Td 14 TL"]
        for ln in lines:
            parts.append(b"(" + pdf_escape(ln).encode("latin-1") + b") Tj T*")
        parts.append(b"ET")
        content = b"\n".join(parts) + b"\n"
        objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
        objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_png(w=8, h=6):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in ((20 + 25 * x) % 256, 120, (200 - 20 * y) % 256))
                   for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------- MIME helpers
def flow(text, width=72):
    """format=flowed: soft-wrap long lines, keeping a trailing space on soft breaks."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, delsp=False):
    p = Message()
    params = {"charset": charset}
    if flowed:
        params["format"] = "flowed"
        if delsp:
            params["delsp"] = "yes"
    p.add_header("Content-Type", "text/" + subtype, **params)
    p["Content-Transfer-Encoding"] = cte
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        payload = raw.decode("ascii")
    p.set_payload(payload)
    return p


def multipart(subtype, parts, boundary, **extra):
    m = Message()
    m.add_header("Content-Type", "multipart/" + subtype, boundary=boundary, **extra)
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, name, style="plain", inline=False):
    """style: plain (ASCII name), 2231 (RFC 2231 filename*, RFC 2047 name= like Apple/Thunderbird),
    2047 (RFC 2047 encoded word inside quotes, like Gmail/Outlook)."""
    p = Message()
    disp = "inline" if inline else "attachment"
    if style == "plain":
        p.add_header("Content-Type", ctype, name=name)
        p.add_header("Content-Disposition", disp, filename=name)
    elif style == "2231":
        enc = Header(name, "utf-8").encode(linesep=" ")
        p["Content-Type"] = '%s;\n name="%s"' % (ctype, enc)
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", name))
    elif style == "2047":
        enc = Header(name, "utf-8").encode(linesep=" ")
        p["Content-Type"] = '%s; name="%s"' % (ctype, enc)
        p["Content-Disposition"] = '%s; filename="%s"' % (disp, enc)
    else:
        raise ValueError(style)
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def addr(name, email_addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset=charset)


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def beirut(s):
    return dt.datetime.fromisoformat(s)


def received_line(host, ip, qid, when):
    return ("from %s (%s [%s])\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (EET)"
            % (host, host, ip, qid, TO, format_datetime(when)))


def message(received_at, trace, headers, body):
    """trace: (host, ip, qid, [extra Received lines]); headers: list of (name, value); body: MIME part."""
    when = beirut(received_at)
    host, ip, qid, more = trace
    m = Message()
    m["Return-Path"] = "<%s>" % trace_return_path(headers)
    m["Delivered-To"] = TO
    m["Received"] = received_line(host, ip, qid, when)
    for r in more:
        m["Received"] = r
    for k, v in headers:
        m[k] = v
    if m["MIME-Version"] is None:
        m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)
    return m


def trace_return_path(headers):
    for k, v in headers:
        if k.lower() == "x-envelope-from":
            return v
    for k, v in headers:
        if k.lower() == "from":
            s = str(v)
            if "<" in s:
                return s[s.rindex("<") + 1:s.rindex(">")]
            return s
    return ""


def html_wrap(inner, lang="en", rtl=False, outlook=False, charset="utf-8"):
    d = ' dir="rtl"' if rtl else ""
    head = ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n')
    if outlook:
        tag = {"en": "EN-US", "fr": "FR", "ar": "AR-SA"}[lang]
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n' + head + '<body lang="' + tag + '"' + d
                + '>\n<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    return ('<html>' + head + '<body>\n<div dir="' + ("rtl" if rtl else "ltr") + '">' + inner
            + '</div>\n</body>\n</html>\n')


def paras_to_html(text, tag="p"):
    import html as _h
    out = []
    for block in text.split("\n\n"):
        out.append("<%s>%s</%s>" % (tag, "<br>\n".join(_h.escape(x, quote=False) for x in block.split("\n")), tag))
    return "\n".join(out)


def alt(text, html_inner, b, charset="utf-8", cte="quoted-printable", html_cte=None, rtl=False,
        outlook=False, lang="en"):
    h = html_wrap(html_inner, lang=lang, rtl=rtl, outlook=outlook, charset=charset)
    return multipart("alternative", [text_part(text, "plain", charset, cte),
                                     text_part(h, "html", charset, html_cte or cte)], b)


# ----------------------------------------------------------------------------- the messages
MSGS = []   # (filename, Message)
LABELS = []


def add(n, slug, received_at, category, language, ack, on_time, speakers, report_attachments,
        thread_of, notes, msg):
    fname = "h71-%02d.eml" % n
    MSGS.append((fname, msg))
    LABELS.append({
        "file": fname, "received_at": received_at, "category": category, "language": language,
        "acknowledge": ack, "on_time": on_time, "speakers": speakers,
        "report_attachments": report_attachments, "thread_of": thread_of, "notes": notes,
        "_slug": slug,
    })


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


MID = {
    1: "<CAK7xq2Vt0b9WmG1nF4c+Zp_kcnl0126aR3@mail.gmail.example.com>",
    2: "<AM0PR10MB3107E1B0C2D94AF1A6E0B7C1D5A40@AM0PR10MB3107.EURPRD10.PROD.OUTLOOK.example.com>",
    3: "<5c1e9a0b-7d2f-4a63-9e0c-0d8a71c3f2b4@clcso-oujda.example.ma>",
    4: "<CAK7xq2XmPq4hL0-ZrW8e1sK2b_kcnl0129Yt7@mail.gmail.example.com>",
    5: "<DB7P191MB0345A2F4E7C81B6D90E3C2A7E1C60@DB7P191MB0345.EURP191.PROD.OUTLOOK.example.com>",
    6: "<CAHq0rZ3p9Ld6oT2sK4jV8mN1x_rabitatchad0201@mail.gmail.example.com>",
    7: "<DB9PR01MB7243C6A0E2B1A44F8D9F31E2B7A20@DB9PR01MB7243.eurprd01.prod.outlook.example.com>",
    8: "<3f8a1c52e0d94b7a@webmail.egm-alger.example.dz>",
    9: "<6E1B3F0C-9A24-4C8E-B5D7-22A9F0E4C871@icloud.example.com>",
    10: "<A7C2E9D4-51F3-4B08-8E6A-3D0F9B1C2E77@almir-rabat.example.ma>",
    11: "<1984512367.2201743.1612462180553@mail.yahoo.example.com>",
    12: "<0B5E8F21-6C3A-47D9-A1E4-95F2C7D8B303@alquoz-mosque.example.ae>",
    13: "<VI1PR07MB5520B9D04E1F7A3C2E8D61F4A3C30@VI1PR07MB5520.eurprd07.prod.outlook.example.com>",
    14: "<CAFv8mW2rT5kYp1Lh0Qe9_lvcmuscat0206Zq4@mail.gmail.example.com>",
    15: "<CAJ3bN1u7Xq0Fh2-nileFC0206Wg5rT@mail.gmail.example.com>",
    16: "<e0a7f3b1c9d24c5e8a61b2f4d7e93c05@MUSEXCH01.mwmc-uae.example.ae>",
    17: "<DB9PR01MB72431F0A5C3E2D7B9A4E8F06C1B90@DB9PR01MB7243.eurprd01.prod.outlook.example.com>",
    18: "<1419682035.52218.1612869300417.JavaMail.zimbra@arsn-nouadhibou.example.mr>",
    19: "<20210210060030.7C4D21A0B3E@mx1.iom.int>",
    20: "<CAE2pF0s9Vb3mK7-cemoFwd0211Lq8Yt1@mail.gmail.example.com>",
    21: "<MR2P264MB0417D3A1F6C2B8E49A07C5D1B2E70@MR2P264MB0417.FRAP264.PROD.OUTLOOK.example.com>",
    22: "<9D3E2A71-B8C4-4F15-A0E6-7C21D5F8E4A9@yemeni-forum-jeddah.example.sa>",
    23: "<CAGm4sT0xW8Kp2Nq5-sabha0217Rf3Zb6@mail.gmail.example.com>",
    24: "<PR3PR08MB5691A4C7E2D0B3F58C1A9E70D2F40@PR3PR08MB5691.eurprd08.prod.outlook.example.com>",
}
ACK_07 = "<ack-20210202-0902-7f3c1a@gcmrr.iom.int>"
ACK_13 = "<ack-20210205-1203-4b9e2d@gcmrr.iom.int>"
ACK_12 = "<ack-20210205-0557-2c6f8a@gcmrr.iom.int>"

# ---------------------------------------------------------------- 01 en speaker, "Mama Grace"
t01 = """Dear GCM Regional Review team,

Greetings from Beirut. I am writing on behalf of the Kenyan Community Network Lebanon (KCNL), a WhatsApp-based network of around 900 Kenyan women working in homes in Beirut, Jounieh and Saida. The invitation was shared in our group and many sisters are happy that migrants themselves can take part.

We would like to propose someone to speak in the open discussion of the multi-stakeholder consultation on 23 February: the person who holds our community together, known to everyone as Mama Grace. She has lived in Lebanon for 19 years, she runs our emergency fund and she helped hundreds of women who lost their jobs during the crisis and after the port explosion. People trust her because she has lived all of it herself.

Please let us know what else you need from us. Most of us only have phones, so it would help if the meeting link works on a phone.

Kind regards,
Wanjiru
KCNL admin team
"""
add(1, "speaker-en-mama-grace-described", "2021-01-26T11:02:00+02:00", "speaker_request", "en", True, True,
    [sp("Mama Grace", None, "Kenyan Community Network Lebanon (KCNL)", ["open_discussion"])], [], None,
    "Nominator (Wanjiru, admin) is not the speaker; the speaker is only described and known by a nickname "
    "('known to everyone as Mama Grace'): no legal name, no title (what she does is described, not a title). "
    "Affiliation is the WhatsApp network named with acronym in the first paragraph; Gmail multipart/alternative QP.",
    message("2021-01-26T11:02:00+02:00",
            ("mail-wr1-f41.google.example.com", "209.85.221.41", "4DQ0Jk1bT2zL4", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("From", "Wanjiru Kamau <wanjiru.kamau.kcnl@gmail.example.com>"),
             ("Date", "Tue, 26 Jan 2021 11:01:37 +0200"),
             ("Message-ID", MID[1]),
             ("Subject", "Speaker for the open discussion - Kenyan Community Network Lebanon"),
             ("To", TO)],
            alt(t01, paras_to_html(t01, "div"), "000000000000a1c3f205b9cb0e71")))

# ---------------------------------------------------------------- 02 ar speaker, Outlook windows-1256
t02 = """السادة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة - المنطقة العربية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرنا أن نرشح ممثلا عن لجنتنا لتقديم مداخلة في المائدة المستديرة الثالثة، وبياناته كالتالي:

الاسم: الأستاذ عثمان الطيب محمد نور
الصفة: رئيس اللجنة
الجهة: لجنة أبناء الجالية السودانية بحي الصابري

تأسست اللجنة عام 2012 بمبادرة من أبناء الجالية المقيمين في الحي، وتعمل على مساعدة العمال المهاجرين في السكن والعلاج وتسوية أوضاعهم، وتنظم لقاء شهريا في مسجد الحي.

وتفضلوا بقبول فائق الاحترام والتقدير،

عثمان الطيب
لجنة أبناء الجالية السودانية بحي الصابري
بنغازي - ليبيا
هاتف: 00218 91 000 4417
"""
h02 = paras_to_html(t02, "p").replace("<p>", '<p class="MsoNormal" dir="RTL" style="text-align:right">')
add(2, "speaker-ar-outlook-1256-labelled-rt3", "2021-01-27T13:40:00+02:00", "speaker_request", "ar", True, True,
    [sp("عثمان الطيب محمد نور", "رئيس اللجنة", "لجنة أبناء الجالية السودانية بحي الصابري", ["roundtable"], 3)],
    [], None,
    "Formal Arabic, Outlook HTML+text in windows-1256 quoted-printable, RFC 2047 windows-1256 subject and "
    "display name. Labelled lines, but the name line carries the honorific 'الأستاذ' (not part of the name); the "
    "sender signs with a shorter form of his own name (عثمان الطيب). Roundtable in words ('المائدة المستديرة "
    "الثالثة'); city (بنغازي) only in the signature, not part of the affiliation.",
    message("2021-01-27T13:40:00+02:00",
            ("mail-eopbgr130071.outbound.protection.outlook.example.com", "40.107.13.71", "4DQmW81cPxz9k",
             ["from AM0PR10MB3107.EURPRD10.PROD.OUTLOOK.example.com ([fe80::5d1:44a2:9c0e:1b7])\n\tby "
              "AM0PR10MB3107.EURPRD10.PROD.OUTLOOK.example.com with mapi id 15.20.3784.019;\n\tWed, 27 Jan 2021 "
              "11:39:52 +0000"]),
            [("From", addr("عثمان الطيب", "osman.eltayeb@sabri-sudcom.example.ly", "windows-1256")),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Subject", Header("ترشيح متحدث - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة", "windows-1256")),
             ("Thread-Topic", Header("ترشيح متحدث - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة", "windows-1256")),
             ("Thread-Index", "AdbzkQ1m4H0e2Z7YSqOxk0Jt8b3FHA=="),
             ("Date", "Wed, 27 Jan 2021 11:39:50 +0000"),
             ("Message-ID", MID[2]),
             ("Accept-Language", "ar-LB, en-US"),
             ("Content-Language", "ar-LB"),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", "")],
            alt(t02, h02, "_000_AM0PR10MB3107E1B0C2D94AF1A6E0B7C1D5A40AM0PR10MB3107EURP_",
                charset="windows-1256", rtl=True, outlook=True, lang="ar")))

# ---------------------------------------------------------------- 03 fr report, Thunderbird flowed + RFC 2231
t03 = """Madame, Monsieur,

Au nom du Collectif des Leaders Communautaires Subsahariens d'Oujda (CLCSO), nous avons le plaisir de vous transmettre en pièce jointe notre rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport est collectif : il a été préparé lors de trois réunions avec les responsables des communautés guinéenne, ivoirienne, camerounaise, malienne et congolaise d'Oujda, ainsi qu'avec le comité des femmes de la paroisse Saint-Louis. Il est rédigé en anglais pour faciliter sa diffusion régionale.

Nous restons à votre disposition pour toute précision.

Bien cordialement,

-- 
Honorine Mbarga
Secrétaire générale
Collectif des Leaders Communautaires Subsahariens d'Oujda (CLCSO)
Oujda, Maroc
"""
n03 = "Rapport_révision_PMM_CLCSO_Oujda.pdf"
pdf03 = make_pdf(["Voluntary GCM Review Report - CLCSO Oujda (Morocco), January 2021",
                  "Collective contribution of Guinean, Ivorian, Cameroonian, Malian and Congolese community leaders.",
                  "1. Access to health care and birth registration", "2. Evictions and returns to the South",
                  "3. Recommendations to the Regional Review"])
add(3, "report-fr-thunderbird-flowed-rfc2231", "2021-01-28T16:05:00+02:00", "voluntary_report", "fr", True, True,
    [], [n03], None,
    "Thunderbird, text/plain format=flowed 8bit; collective report (several communities listed, none of them "
    "proposes a speaker). Attachment name with an accent, RFC 2231 filename* plus RFC 2047 name=; the PDF is in "
    "English while the mail is French.",
    message("2021-01-28T16:05:00+02:00",
            ("smtp.clcso-oujda.example.ma", "196.200.131.18", "4DRP6n0kDFz7q", []),
            [("To", TO),
             ("From", "Honorine Mbarga <honorine.mbarga@clcso-oujda.example.ma>"),
             ("Subject", Header("Rapport volontaire PMM – contribution collective des communautés d'Oujda", "utf-8")),
             ("Message-ID", MID[3]),
             ("Date", "Thu, 28 Jan 2021 15:04:41 +0100"),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\n Thunderbird/78.6.1"),
             ("MIME-Version", "1.0"),
             ("Content-Language", "fr")],
            multipart("mixed", [text_part(flow(t03), "plain", "utf-8", "8bit", flowed=True),
                                attachment(pdf03, "application/pdf", n03, "2231")],
                      "------------8C0E4B3A2D1F9E6B7A5C0D41")))

# ---------------------------------------------------------------- 04 en speaker follow-up adds the real name
q01 = "\n".join(("> " + ln) if ln else ">" for ln in t01.rstrip("\n").split("\n"))
t04 = """Hello again,

Sorry, I realised I did not give you her real name. Mama Grace is Grace Achieng Otieno. She is the Chairlady of KCNL since 2016. The request is the same as before, the open discussion on 23 Feb.

Thank you,
Wanjiru

On Tue, Jan 26, 2021 at 11:01 AM Wanjiru Kamau <wanjiru.kamau.kcnl@gmail.example.com> wrote:

""" + q01 + "\n"
add(4, "speaker-en-followup-adds-real-name", "2021-01-29T09:12:00+02:00", "speaker_request", "en", True, True,
    [sp("Grace Achieng Otieno", "Chairlady", "Kenyan Community Network Lebanon (KCNL)", ["open_discussion"])],
    [], "h71-01.eml",
    "Gmail reply to her own earlier message (In-Reply-To h71-01) that only adds the missing detail: the real name "
    "and title of 'Mama Grace'. Role given by reference ('the same as before') and in the quoted original; the "
    "full affiliation with acronym only appears in the quoted original (the new text says just 'KCNL').",
    message("2021-01-29T09:12:00+02:00",
            ("mail-wm1-f52.google.example.com", "209.85.128.52", "4DRpQ23yV6zB1", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("References", MID[1]),
             ("In-Reply-To", MID[1]),
             ("From", "Wanjiru Kamau <wanjiru.kamau.kcnl@gmail.example.com>"),
             ("Date", "Fri, 29 Jan 2021 09:11:44 +0200"),
             ("Message-ID", MID[4]),
             ("Subject", "Re: Speaker for the open discussion - Kenyan Community Network Lebanon"),
             ("To", TO)],
            alt(t04, paras_to_html(t04, "div"), "000000000000f7d21805ba0c6a93")))

# ---------------------------------------------------------------- 05 fr speaker, self-nomination, title lower case
t05 = """Bonjour,

Je m'appelle Moussa Traoré, président de l'Association Sportive des Migrants Maliens de Tripoli (ASMMT). Notre association regroupe une équipe de football et un comité d'entraide pour les travailleurs maliens de Tripoli et de Janzour.

Je souhaite prendre la parole lors d'une séance plénière de la conférence des 24 et 25 février, pour parler des détentions arbitraires et de l'accès aux soins pour les migrants en Libye.

Je reste joignable sur WhatsApp au +218 92 000 5561.

Merci d'avance,
Moussa

Envoyé à partir de Outlook
"""
add(5, "speaker-fr-self-nomination-lowercase-title", "2021-01-30T18:30:00+02:00", "speaker_request", "fr", True, True,
    [sp("Moussa Traoré", "président", "Association Sportive des Migrants Maliens de Tripoli (ASMMT)", ["plenary"])],
    [], None,
    "Self-nomination in one sentence: 'Je m'appelle Moussa Traoré, président de l'Association ...': the title is "
    "written in lower case right after the name, affiliation with acronym. Role 'séance plénière'. Signed with "
    "first name only; Outlook.com HTML+text, RFC 2047 display name and subject.",
    message("2021-01-30T18:30:00+02:00",
            ("mail-oln040092072062.outbound.protection.outlook.example.com", "40.92.72.62", "4DSlHk4T0Pz3x", []),
            [("From", addr("Moussa Traoré", "moussa.traore.asmmt@outlook.example.com")),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Subject", Header("Demande de prise de parole - Examen régional du Pacte mondial sur les migrations", "utf-8")),
             ("Thread-Topic", Header("Demande de prise de parole - Examen régional du Pacte mondial sur les migrations", "utf-8")),
             ("Thread-Index", "AQHW9yRk2m0Zf8cQ3UOp5l1vT3wEzg=="),
             ("Date", "Sat, 30 Jan 2021 16:29:47 +0000"),
             ("Message-ID", MID[5]),
             ("Accept-Language", "fr-FR, en-US"),
             ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "")],
            alt(t05, paras_to_html(t05, "div"), "_000_DB7P191MB0345A2F4E7C81B6D90E3C2A7E1C60DB7P191MB0345EURP_",
                outlook=True, lang="fr")))

# ---------------------------------------------------------------- 06 ar both, Tunisian Arabic mixed with French
t06 = """السلام عليكم،

أنا محمد صالح أبكر، secrétaire général متاع رابطة الجالية التشادية في تونس. بعثنالكم le rapport volontaire متاعنا على الاتفاق العالمي للهجرة في pièce jointe (fichier Word).

زيد على هذا، نحب نشارك بمداخلة في la table ronde numéro 2 كان ممكن، باش نحكي على وضعية الطلبة والعمال التشاديين في تونس، خاصة مشكل la carte de séjour والخطايا متاع تجاوز الإقامة.

إذا تحتاجو حتى معلومة أخرى قولولي.

يعطيكم الصحة،
محمد صالح أبكر
رابطة الجالية التشادية في تونس
+216 22 000 318
"""
n06 = "Rapport_Rabita_Tchad_Tunisie_PMM.docx"
docx06 = make_docx(["Rapport volontaire - Revue régionale du Pacte mondial pour les migrations",
                    "رابطة الجالية التشادية في تونس", "1. Situation des étudiants et travailleurs tchadiens",
                    "2. Carte de séjour et pénalités de dépassement", "3. Recommandations"])
h06 = paras_to_html(t06, "div")
add(6, "both-ar-tunisian-french-words-docx-rt2", "2021-02-01T12:20:00+02:00", "both", "ar", True, True,
    [sp("محمد صالح أبكر", "secrétaire général", "رابطة الجالية التشادية في تونس", ["roundtable"], 2)],
    [n06], None,
    "Colloquial Tunisian Arabic with French words inside the sentences (title 'secrétaire général', 'le rapport "
    "volontaire', 'pièce jointe', 'la table ronde numéro 2'): acknowledgement in Arabic. Self-nomination, title in "
    "French inside an Arabic sentence. Report attached as DOCX (Gmail, base64 UTF-8 body).",
    message("2021-02-01T12:20:00+02:00",
            ("mail-ed1-f65.google.example.com", "209.85.208.65", "4DTnC81ZqLz6R", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("From", addr("محمد صالح أبكر", "rabita.tchad.tunis@gmail.example.com")),
             ("Date", "Mon, 1 Feb 2021 11:19:36 +0100"),
             ("Message-ID", MID[6]),
             ("Subject", Header("rapport volontaire + طلب مداخلة - رابطة الجالية التشادية في تونس", "utf-8")),
             ("To", TO)],
            multipart("mixed", [
                multipart("alternative", [text_part(t06, "plain", "utf-8", "base64"),
                                          text_part(html_wrap(h06, rtl=True), "html", "utf-8", "base64")],
                          "0000000000003e5a1705ba42c1d7"),
                attachment(docx06, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", n06)],
                "0000000000003e5a1905ba42c1d9")))

# ---------------------------------------------------------------- 07 en speaker, three speakers in a table
t07 = """Dear Regional UN Network on Migration team,

Namaste and greetings from Doha.

I coordinate volunteers for a few Nepali community groups in Qatar (our football league, a choir and a health circle). After discussing in our WhatsApp groups, we would like to propose three speakers for the Regional Review. I will not speak myself.

Name\tTitle\tOrganisation\tPreferred session
Mr. Ram Bahadur Thapa\tTeam Captain\tNepali Workers' Football League Qatar (NWFLQ)\tPlenary
Prof. Anita Sharma\tConductor\tHimalayan Voices Choir Doha\tRoundtable 1 (or Roundtable 4)
Dr. Suresh Adhikari\tVolunteer doctor\tNepali Community Health Circle\tRapporteur

All three speak English well. Ram and Suresh work shifts, so a session after 4 pm Doha time would be easier for them.

With best regards,

Bishnu Prasad Gurung
Volunteer Coordinator
Nepali Workers' Football League Qatar (NWFLQ)
Industrial Area, Street 24, Doha, Qatar
Mobile: +974 5500 0712
"Together on the field, together in life"
"""
rows07 = [("Name", "Title", "Organisation", "Preferred session"),
          ("Mr. Ram Bahadur Thapa", "Team Captain", "Nepali Workers' Football League Qatar (NWFLQ)", "Plenary"),
          ("Prof. Anita Sharma", "Conductor", "Himalayan Voices Choir Doha", "Roundtable 1 (or Roundtable 4)"),
          ("Dr. Suresh Adhikari", "Volunteer doctor", "Nepali Community Health Circle", "Rapporteur")]
pre07, post07 = t07.split("Name\tTitle", 1)[0], t07.split("Rapporteur\n", 1)[1]
table07 = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
           + "\n".join("<tr>" + "".join('<td style="padding:0 5.4pt"><p class="MsoNormal">%s</p></td>'
                                        % c for c in r) + "</tr>"
                       for r in rows07) + "\n</table>")
h07 = (paras_to_html(pre07.strip("\n"), "p").replace("<p>", '<p class="MsoNormal">') + "\n" + table07 + "\n"
       + paras_to_html(post07.strip("\n"), "p").replace("<p>", '<p class="MsoNormal">'))
add(7, "speaker-en-outlook-table-three-speakers", "2021-02-02T10:45:00+02:00", "speaker_request", "en", True, True,
    [sp("Ram Bahadur Thapa", "Team Captain", "Nepali Workers' Football League Qatar (NWFLQ)", ["plenary"]),
     sp("Anita Sharma", "Conductor", "Himalayan Voices Choir Doha", ["roundtable"], 1),
     sp("Suresh Adhikari", "Volunteer doctor", "Nepali Community Health Circle", ["rapporteur"])],
    [], None,
    "Three speakers in a small table (HTML table; tab-separated rows in the text part), each with an honorific "
    "(Mr., Prof., Dr.) to drop and a different group and role; Prof. Sharma gives two roundtables (1 first, 4 as "
    "alternative: roundtable 1). The nominator explicitly will not speak; his own signature has a title and an "
    "organisation that must not become a fourth speaker.",
    message("2021-02-02T10:45:00+02:00",
            ("mail-db8eur05on2101.outbound.protection.outlook.example.com", "40.107.20.101", "4DVHp05sQxz2N", []),
            [("From", "Bishnu Prasad Gurung <bishnu.gurung@nwflq.example.qa>"),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Subject", "Speaker nominations from Nepali community groups in Qatar"),
             ("Thread-Topic", "Speaker nominations from Nepali community groups in Qatar"),
             ("Thread-Index", "Adb5RcT4m2qW0dHkQ8a1Zx3oJm7LuA=="),
             ("Date", "Tue, 2 Feb 2021 08:44:51 +0000"),
             ("Message-ID", MID[7]),
             ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "")],
            alt(t07, h07, "_000_DB9PR01MB7243C6A0E2B1A44F8D9F31E2B7A20DB9PR01MB7243eurp_", outlook=True)))

# ---------------------------------------------------------------- 08 fr other, visa / in person question
t08 = """Bonjour,

Nous sommes le comité de l'Église évangélique des migrants d'Alger et nous avons bien reçu votre invitation, merci.

Avant de nous organiser, nous avons deux questions pratiques :
1) La consultation du 23 février et la conférence des 24-25 février se tiennent-elles en ligne, ou faut-il se déplacer à Beyrouth ?
2) Si c'est en présentiel, faut-il un visa pour le Liban, et pouvez-vous fournir une lettre d'invitation pour l'ambassade ? Plusieurs de nos membres ont des passeports camerounais et congolais.

Merci pour votre réponse.

Serge Ekambi
pour le comité de l'Église évangélique des migrants d'Alger
"""
add(8, "other-fr-visa-in-person-question", "2021-02-02T15:00:00+02:00", "other", "fr", True, None, [], [], None,
    "Logistics question (online or in Beirut? visa and invitation letter) from a church committee; no speaker "
    "is proposed and no report sent. Organisation webmail (Roundcube), format=flowed 8bit, RFC 2047 subject.",
    message("2021-02-02T15:00:00+02:00",
            ("webmail.egm-alger.example.dz", "41.111.180.22", "4DVP9t1mLbz5C", []),
            [("MIME-Version", "1.0"),
             ("Date", "Tue, 02 Feb 2021 13:59:40 +0100"),
             ("From", "Serge Ekambi <comite@egm-alger.example.dz>"),
             ("To", TO),
             ("Subject", Header("Question : visa / participation en présentiel ?", "utf-8")),
             ("Message-ID", MID[8]),
             ("X-Sender", "comite@egm-alger.example.dz"),
             ("User-Agent", "Roundcube Webmail/1.4.10")],
            text_part(flow(t08), "plain", "utf-8", "8bit", flowed=True, delsp=False)))

# ---------------------------------------------------------------- 09 ar other, interpretation question, iPhone
t09 = """مرحبا،

نحنا مجموعة نساء إثيوبيات عم نشتغل بالبيوت بلبنان، عنا مجموعة واتساب اسمها "أخوات أديس في بيروت" وفيها أكتر من 400 وحدة. شفنا الدعوة للمؤتمر وحابين نشارك.

سؤالي: هل رح يكون في ترجمة فورية للغة الأمهرية؟ كتير من الأعضاء ما بيحكو عربي منيح ولا إنكليزي. وإذا ما في، فينا نجيب وحدة منا تترجم لهن عالزوم؟

وكمان بدنا نعرف إذا الرابط بيشتغل عالتلفون لأنو ما عنا كمبيوتر.

شكرا كتير
تيغست

أُرسلت من الـ iPhone الخاص بي
"""
add(9, "other-ar-interpretation-question-iphone", "2021-02-03T09:30:00+02:00", "other", "ar", True, None, [], [], None,
    "Lebanese colloquial Arabic from a WhatsApp group of Ethiopian domestic workers: asks about Amharic "
    "interpretation and whether the link works on a phone; 'حابين نشارك' expresses interest but proposes no "
    "speaker. Latin-script display name, Arabic iPhone signature, text/plain base64.",
    message("2021-02-03T09:30:00+02:00",
            ("mr85p00im-zteg06021901.me.example.com", "17.58.23.186", "4DW1xL3n5Pz8H", []),
            [("From", "Tigist Alemu <tigist.alemu88@icloud.example.com>"),
             ("Mime-Version", "1.0 (1.0)"),
             ("Subject", Header("سؤال عن الترجمة", "utf-8")),
             ("Date", "Wed, 3 Feb 2021 09:29:38 +0200"),
             ("Message-Id", MID[9]),
             ("To", TO),
             ("X-Mailer", "iPhone Mail (18C66)")],
            text_part(t09, "plain", "utf-8", "base64")))
del MSGS[-1][1]["MIME-Version"]

# ---------------------------------------------------------------- 10 fr both, Apple Mail, rapporteur
t10a = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire de l'Association Lumière des Migrants de Rabat (ALMIR) sur la mise en œuvre du Pacte mondial pour les migrations au Maroc.

Nous souhaitons également proposer une intervenante :

Mme Clarisse Ngo Mbock
Chargée de plaidoyer
Association Lumière des Migrants de Rabat (ALMIR)

Elle accepterait volontiers le rôle de rapporteure, pour présenter les messages clés des parties prenantes.

Bien à vous,

Jean-Pierre Mvondo
Coordinateur, ALMIR
Rabat – Maroc

"""
n10 = "ALMIR_rapport_volontaire_PMM_2021.pdf"
pdf10 = make_pdf(["ALMIR - Association Lumiere des Migrants de Rabat", "Rapport volontaire - Examen regional du PMM",
                  "Janvier 2021", "Objectifs 6, 7, 15 et 16 du Pacte mondial"])
add(10, "both-fr-applemail-pdf-rapporteur", "2021-02-03T17:00:00+02:00", "both", "fr", True, True,
    [sp("Clarisse Ngo Mbock", "Chargée de plaidoyer", "Association Lumière des Migrants de Rabat (ALMIR)", ["rapporteur"])],
    [n10], None,
    "Both, on time. Nominator (coordinator) is not the speaker; speaker block on separate lines with 'Mme' to drop; "
    "role in words ('rôle de rapporteure'); the signature 'Coordinateur, ALMIR' belongs to the sender, not the "
    "speaker. Apple Mail multipart/mixed with a trailing empty text part after the PDF.",
    message("2021-02-03T17:00:00+02:00",
            ("smtp.almir-rabat.example.ma", "105.158.40.7", "4DWDfQ0tC1z4M", []),
            [("From", "Jean-Pierre Mvondo <jp.mvondo@almir-rabat.example.ma>"),
             ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.40.0.2.32\\))"),
             ("Subject", Header("Rapport volontaire et proposition d'intervenante – ALMIR Rabat", "utf-8")),
             ("Message-Id", MID[10]),
             ("Date", "Wed, 3 Feb 2021 15:59:31 +0100"),
             ("To", TO),
             ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")],
            multipart("mixed", [text_part(t10a, "plain", "utf-8", "quoted-printable"),
                                attachment(pdf10, "application/pdf", n10),
                                text_part("\n", "plain", "us-ascii", "7bit")],
                      "Apple-Mail=_4C2B8E0D-1F7A-4E93-9D05-6A3B1C8E2F40")))
del MSGS[-1][1]["MIME-Version"]

# ---------------------------------------------------------------- 11 fr speaker, franglais, two speakers in prose
t11 = """Bonjour,

Je vous ecris au nom du Reseau des Migrants Ivoiriens de Sfax (RMIS), c'est notre groupe WhatsApp de plus de 600 membres, on s'organise surtout pour l'entraide et les urgences.

On voudrait proposer deux speakers. Mme Fatoumata Kone, notre porte-parole, voudrait faire une intervention dans la roundtable 3 sur le decent work et les salaires impayes. Et M. Ibrahima Sow, notre tresorier, voudrait participer a l'open discussion du 23 fevrier, surtout sur les papiers et la carte de sejour.

Merci de nous dire si c'est ok et quelles sont les next steps.

Cordialement
Aya Konan
Admin du groupe RMIS
"""
h11 = paras_to_html(t11, "div").replace("<div>", '<div dir="ltr" data-setdir="false">')
add(11, "speaker-fr-franglais-two-speakers-prose-yahoo", "2021-02-04T20:10:00+02:00", "speaker_request", "fr", True, True,
    [sp("Fatoumata Kone", "porte-parole", "Reseau des Migrants Ivoiriens de Sfax (RMIS)", ["roundtable"], 3),
     sp("Ibrahima Sow", "tresorier", "Reseau des Migrants Ivoiriens de Sfax (RMIS)", ["open_discussion"])],
    [], None,
    "French written without accents and mixed with English inside the sentences ('deux speakers', 'la roundtable 3 "
    "sur le decent work', 'l'open discussion', 'next steps'). Two speakers in one prose paragraph with Mme / M. to "
    "drop; titles are 'notre porte-parole' / 'notre tresorier' (kept as written, unaccented); affiliation only "
    "given as the network ('notre groupe'). Nominator (admin) is not a speaker. Yahoo Mail.",
    message("2021-02-04T20:10:00+02:00",
            ("sonic301-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.98", "4DX0sR6FyWz1J", []),
            [("Date", "Thu, 4 Feb 2021 18:09:40 +0000 (UTC)"),
             ("From", "Aya Konan <aya.konan.rmis@yahoo.example.fr>"),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Message-ID", MID[11]),
             ("Subject", "Proposition de speakers - Reseau des Migrants Ivoiriens de Sfax"),
             ("MIME-Version", "1.0"),
             ("X-Mailer", "WebService/1.1.17576 YMailNorrin Mozilla/5.0 (Windows NT 10.0; Win64; x64)")],
            alt(t11, h11, "----=_Part_2201742_1180953470.1612462180552")))

# ---------------------------------------------------------------- 12 en report, photo-scanned PDF, iPhone
t12 = """Assalamu alaikum,

Please find attached the report of Al Quoz Bangladeshi Workers Mosque Committee for the GCM regional review.

The report is handwritten in English by our committee members (4 pages). We do not have a computer, so I took photos of the pages with my phone and made them into one PDF. Sorry if some parts are not clear. It covers wages, housing in labour camps and the repatriation of workers during Covid.

If you cannot read it please tell me and I will try to send better photos.

Md Abdul Karim
Secretary, Al Quoz Bangladeshi Workers Mosque Committee

Sent from my iPhone
"""
n12 = "Scanned Document.pdf"
add(12, "report-en-iphone-photo-scanned-pdf", "2021-02-05T07:55:00+02:00", "voluntary_report", "en", True, True,
    [], [n12], None,
    "The report is a photo-scan: the PDF holds only an image (no text layer), and the body explains it is a "
    "handwritten report photographed with a phone. Generic iPhone file name 'Scanned Document.pdf'. Sender gives "
    "his title and committee in one line, but nobody asks to speak. Date header +0400 (Dubai).",
    message("2021-02-05T07:55:00+02:00",
            ("mail.alquoz-mosque.example.ae", "94.200.51.14", "4DXLw02hRkz6D", []),
            [("From", "Md Abdul Karim <md.karim@alquoz-mosque.example.ae>"),
             ("Mime-Version", "1.0 (1.0)"),
             ("Subject", "GCM report from Al Quoz mosque committee"),
             ("Date", "Fri, 5 Feb 2021 09:54:31 +0400"),
             ("Message-Id", MID[12]),
             ("To", TO),
             ("X-Mailer", "iPhone Mail (18D52)")],
            multipart("mixed", [text_part(t12.split("Sent from my iPhone")[0], "plain", "us-ascii", "7bit"),
                                attachment(make_pdf([], scanned=True), "application/pdf", n12),
                                text_part("\n\nSent from my iPhone\n", "plain", "us-ascii", "7bit")],
                      "Apple-Mail-7E1C9B40-2D5A-4F3E-8A61-0C9D4E7B2F18")))
del MSGS[-1][1]["MIME-Version"]

# ---------------------------------------------------------------- 13 ar speaker, Gulf, list, English org names
t13 = """السادة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،

السلام عليكم ورحمة الله وبركاته،

نحن مجموعة من لجان العمال المهاجرين في منطقة مصفح بأبوظبي، نلتقي في المسجد وفي ملعب المنطقة كل جمعة. يسرنا أن نرشح المتحدثين التاليين للمشاركة في مؤتمر الاستعراض الإقليمي:

1. السيد خالد عبد الرحيم الفكي، منسق في Sudanese Community Football League (SCFL)، للمداخلة في المائدة المستديرة الأولى.
2. الدكتورة آمنة يوسف إدريس، طبيبة متطوعة مع Mussafah Workers Mosque Committee، للمداخلة في الجلسة العامة.

أما أنا فلن أتحدث، وأنا جهة الاتصال للمتابعة.

مع خالص التحية،

حسن إبراهيم عبد الله
نائب رئيس اللجنة | Mussafah Workers Mosque Committee
مصفح - أبوظبي، الإمارات العربية المتحدة
جوال: +971 50 000 2291
"""
h13 = paras_to_html(t13, "p").replace("<p>", '<p class="MsoNormal" dir="RTL" style="text-align:right">')
add(13, "speaker-ar-gulf-list-english-org-names", "2021-02-05T14:00:00+02:00", "speaker_request", "ar", True, True,
    [sp("خالد عبد الرحيم الفكي", "منسق", "Sudanese Community Football League (SCFL)", ["roundtable"], 1),
     sp("آمنة يوسف إدريس", "طبيبة متطوعة", "Mussafah Workers Mosque Committee", ["plenary"])],
    [], None,
    "Formal Arabic with English organisation names inside Arabic sentences; two speakers in a numbered list with "
    "honorifics 'السيد' and 'الدكتورة' to drop; title and organisation joined by 'في' / 'مع'. The sender (vice-"
    "chair, same mosque committee in the signature) says he will not speak. Outlook HTML+text, base64 UTF-8.",
    message("2021-02-05T14:00:00+02:00",
            ("mail-ve1eur03on2092.outbound.protection.outlook.example.com", "40.107.5.92", "4DXWkz4LrPz0T", []),
            [("From", addr("حسن إبراهيم عبد الله", "hassan.ibrahim@mwmc-uae.example.ae")),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Subject", Header("ترشيح متحدثين من لجان العمال في مصفح - Regional Review GCM", "utf-8")),
             ("Thread-Topic", Header("ترشيح متحدثين من لجان العمال في مصفح - Regional Review GCM", "utf-8")),
             ("Thread-Index", "AQHW+8dXk3bH2p0LmE6vQz1xY4cR7A=="),
             ("Date", "Fri, 5 Feb 2021 11:59:43 +0000"),
             ("Message-ID", MID[13]),
             ("Accept-Language", "ar-AE, en-US"),
             ("Content-Language", "ar-AE"),
             ("X-MS-Has-Attach", "")],
            alt(t13, h13, "_000_VI1PR07MB5520B9D04E1F7A3C2E8D61F4A3C30VI1PR07MB5520eurp_", cte="base64",
                rtl=True, outlook=True, lang="ar")))

# ---------------------------------------------------------------- 14 en speaker, 23:50 on the deadline, name in signature
t14 = """Dear Sir/Madam,

Sorry for writing so late on the last day. After our Friday practice tonight the choir members agreed that I should ask for a floor intervention in a plenary session of the conference.

Most of our members are Sri Lankan women working in households and hotels in Oman, and for many of them the choir is the only place they meet other people. I would like to speak about weekly rest days, keeping passports with the worker, and being able to call family at home.

Thank you for considering this request.

Warm regards,
Dilani Perera
Choir Director, Lanka Voices Choir Muscat
+968 9100 0453
"""
add(14, "speaker-en-edge-2350-name-in-signature", "2021-02-05T23:50:12+02:00", "speaker_request", "en", True, True,
    [sp("Dilani Perera", "Choir Director", "Lanka Voices Choir Muscat", ["plenary"])], [], None,
    "Edge: received 23:50 Beirut on 5 February (on time) although the Date header says Sat 6 Feb 01:49 +0400. "
    "Self-nomination where the name appears only in the signature (From shows the choir's shared account 'LVC "
    "Muscat'); title and organisation in one comma-separated line.",
    message("2021-02-05T23:50:12+02:00",
            ("mail-lj1-f170.google.example.com", "209.85.208.170", "4DXmS52bWzz9F", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("From", "LVC Muscat <lankavoices.muscat@gmail.example.com>"),
             ("Date", "Sat, 6 Feb 2021 01:49:58 +0400"),
             ("Message-ID", MID[14]),
             ("Subject", "Request to speak - plenary"),
             ("To", TO)],
            alt(t14, paras_to_html(t14, "div"), "000000000000c8e47905ba9f3b26")))

# ---------------------------------------------------------------- 15 ar speaker, 00:10 the day after, Egyptian colloquial, no role
t15 = """السلام عليكم

احنا فريق النيل لكرة القدم، فريق عمال مصريين في برج حمود في بيروت، بنلعب مع بعض كل حد من سنة 2014. عايزين نرشح كابتن الفريق السيد محمود عبد العال عشان يتكلم في المؤتمر بتاعكم ويحكي عن مشاكل الإقامة والكفيل اللي بنواجهها.

آسفين على التأخير، الشغل كان كتير الأسبوع ده.

ياريت تردوا علينا
أحمد سعيد
"""
add(15, "speaker-ar-late-0010-egyptian-no-role", "2021-02-06T00:10:30+02:00", "speaker_request", "ar", True, False,
    [sp("محمود عبد العال", "كابتن الفريق", "فريق النيل لكرة القدم", [])], [], None,
    "Late edge: received 00:10 Beirut on 6 February (ten minutes after the speaker deadline). Egyptian colloquial "
    "Arabic; nominator (أحمد سعيد) is not the speaker; honorific 'السيد' after the title; no role stated ('يتكلم "
    "في المؤتمر'), so roles is empty. Gmail Android, text/plain only, base64.",
    message("2021-02-06T00:10:30+02:00",
            ("mail-qk1-f177.google.example.com", "209.85.222.177", "4DXn0Q5HcSz2W", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("From", addr("أحمد سعيد", "ahmed.saeed.nilefc@gmail.example.com")),
             ("Date", "Sat, 6 Feb 2021 00:10:14 +0200"),
             ("Message-ID", MID[15]),
             ("Subject", Header("ترشيح من فريق النيل", "utf-8")),
             ("To", TO)],
            text_part(t15, "plain", "utf-8", "base64")))

# ---------------------------------------------------------------- 16 ar auto-reply to our acknowledgement of 13
t16 = """شكرا لرسالتك. أنا خارج المكتب في إجازة حتى 14 فبراير 2021 ولن أتمكن من الرد على البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع الأخ خالد الفكي على الرقم +971 50 000 3374.

Thank you for your email. I am on leave until 14 February 2021 with limited access to email.

حسن إبراهيم عبد الله
"""
add(16, "autoreply-ar-outlook-ooo-to-ack", "2021-02-06T08:03:00+02:00", "auto_reply", "ar", False, None, [], [], None,
    "Exchange out-of-office (Auto-Submitted: auto-replied) answering our acknowledgement of h71-13; bilingual "
    "Arabic/English, mentions a colleague's name and phone (not a speaker). Never acknowledge.",
    message("2021-02-06T08:03:00+02:00",
            ("mail.mwmc-uae.example.ae", "86.96.201.37", "4DY02m7VjKz3P", []),
            [("From", addr("حسن إبراهيم عبد الله", "hassan.ibrahim@mwmc-uae.example.ae")),
             ("To", TO),
             ("Subject", Header("رد تلقائي: إشعار استلام - طلب المشاركة كمتحدث", "utf-8")),
             ("Thread-Topic", Header("إشعار استلام - طلب المشاركة كمتحدث", "utf-8")),
             ("Date", "Sat, 6 Feb 2021 06:02:51 +0000"),
             ("Message-ID", MID[16]),
             ("References", MID[13] + "\n " + ACK_13),
             ("In-Reply-To", ACK_13),
             ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "hassan.ibrahim@mwmc-uae.example.ae"),
             ("Content-Language", "ar-AE")],
            text_part(t16, "plain", "utf-8", "base64")))

# ---------------------------------------------------------------- 17 en thank-you reply to our acknowledgement of 07
t17 = """Dear colleagues,

Thank you very much for the confirmation. Our members were very happy to hear it. We are looking forward to the meeting.

Best regards,
Bishnu

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 12:02 PM
To: Bishnu Prasad Gurung <bishnu.gurung@nwflq.example.qa>
Subject: Acknowledgement of your speaker request / GCM Regional Review

Dear Bishnu Prasad Gurung,

Thank you for your message. We confirm receipt of your request for speaking roles at the Regional Review of the Global Compact for Migration in the Arab region (23-25 February 2021). The secretariat will review all requests and contact the proposed speakers in due course.

Kind regards,
Regional UN Network on Migration - Arab region
"""
add(17, "other-en-thank-you-reply-to-ack", "2021-02-07T11:20:00+02:00", "other", "en", False, None, [], [], "h71-07.eml",
    "Human thank-you reply to our acknowledgement of h71-07 (In-Reply-To our ack, References h71-07): adds "
    "nothing new, so no acknowledgement; the quoted acknowledgement mentions speaking roles and dates.",
    message("2021-02-07T11:20:00+02:00",
            ("mail-db8eur05on2109.outbound.protection.outlook.example.com", "40.107.20.109", "4DYdH84xKrz7S", []),
            [("From", "Bishnu Prasad Gurung <bishnu.gurung@nwflq.example.qa>"),
             ("To", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
             ("Subject", "RE: Acknowledgement of your speaker request / GCM Regional Review"),
             ("Thread-Topic", "Acknowledgement of your speaker request / GCM Regional Review"),
             ("Thread-Index", "Adb5RcT4m2qW0dHkQ8a1Zx3oJm7LuAC6Hj2w"),
             ("Date", "Sun, 7 Feb 2021 09:19:45 +0000"),
             ("Message-ID", MID[17]),
             ("References", MID[7] + "\n " + ACK_07),
             ("In-Reply-To", ACK_07),
             ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "")],
            alt(t17, paras_to_html(t17, "p").replace("<p>", '<p class="MsoNormal">'),
                "_000_DB9PR01MB72431F0A5C3E2D7B9A4E8F06C1B90DB9PR01MB7243eurp_", outlook=True)))

# ---------------------------------------------------------------- 18 fr other, report format question, HTML only
h18 = """<p>Bonjour,</p>
<p>L&#39;Association des Ressortissants S&eacute;n&eacute;galais de Nouadhibou (ARSN) souhaite participer &agrave; l&#39;examen r&eacute;gional par un rapport volontaire. Beaucoup de nos membres (p&ecirc;cheurs et commer&ccedil;antes) ne lisent pas le fran&ccedil;ais, et nous pr&eacute;f&eacute;rerions recueillir leurs t&eacute;moignages en wolof et en pulaar.</p>
<p>Nos questions :</p>
<ul>
<li>Peut-on envoyer le rapport sous forme de messages vocaux WhatsApp ou d&#39;une courte vid&eacute;o ?</li>
<li>Existe-t-il un mod&egrave;le (<i>template</i>) ou un nombre de pages maximum ?</li>
<li>Le d&eacute;lai du 16 f&eacute;vrier s&#39;applique-t-il aussi aux contributions orales ?</li>
</ul>
<p>Merci d&#39;avance,</p>
<p>Ndeye Fatou Diop<br>Secr&eacute;taire administrative<br>ARSN &ndash; Nouadhibou, Mauritanie</p>"""
add(18, "other-fr-html-only-report-format-question", "2021-02-09T13:15:00+02:00", "other", "fr", True, None, [], [], None,
    "HTML-only message (no text alternative, accents as HTML entities) from Zimbra webmail: questions about the "
    "report format (voice notes, video, template, deadline for oral contributions). Announces a future report but "
    "submits nothing and proposes no speaker.",
    message("2021-02-09T13:15:00+02:00",
            ("zimbra.arsn-nouadhibou.example.mr", "41.188.64.30", "4DZw1b0TmQz5L", []),
            [("Date", "Tue, 9 Feb 2021 11:14:36 +0000 (GMT)"),
             ("From", "Ndeye Fatou Diop <secretariat@arsn-nouadhibou.example.mr>"),
             ("To", TO),
             ("Message-ID", MID[18]),
             ("Subject", Header("Format du rapport volontaire : vocal ou vidéo possible ?", "utf-8")),
             ("MIME-Version", "1.0"),
             ("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)"),
             ("Thread-Index", "p0kW2fXq7R1cZm0bT8nA4eYv5sHdJQ==")],
            text_part('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                      'color: #000000">' + h18 + "</div></body></html>\n", "html", "utf-8", "7bit")))

# ---------------------------------------------------------------- 19 en bounce of our acknowledgement to 12
b19_text = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<md.karim@alquoz-mosque.example.ae>: host mail.alquoz-mosque.example.ae[94.200.51.14]
    said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)
"""
ds19a = Message()
ds19a["Reporting-MTA"] = "dns; mx1.iom.int"
ds19a["X-Postfix-Queue-ID"] = "7C4D21A0B3E"
ds19a["X-Postfix-Sender"] = "rfc822; gcmrrarabstates@iom.int"
ds19a["Arrival-Date"] = "Fri,  5 Feb 2021 07:57:02 +0200 (EET)"
ds19b = Message()
ds19b["Final-Recipient"] = "rfc822; md.karim@alquoz-mosque.example.ae"
ds19b["Original-Recipient"] = "rfc822;md.karim@alquoz-mosque.example.ae"
ds19b["Action"] = "failed"
ds19b["Status"] = "4.2.2"
ds19b["Remote-MTA"] = "dns; mail.alquoz-mosque.example.ae"
ds19b["Diagnostic-Code"] = "smtp; 452 4.2.2 Mailbox full"
ds19 = Message()
ds19["Content-Description"] = "Delivery report"
ds19["Content-Type"] = "message/delivery-status"
ds19.set_payload([ds19a, ds19b])
hd19 = Message()
hd19["Content-Description"] = "Undelivered Message Headers"
hd19["Content-Type"] = "text/rfc822-headers"
hd19.set_payload("""Received: by mx1.iom.int (Postfix, from userid 1004)
	id 7C4D21A0B3E; Fri,  5 Feb 2021 07:57:02 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Md Abdul Karim <md.karim@alquoz-mosque.example.ae>
Subject: Acknowledgement of receipt: voluntary GCM review report
Date: Fri, 5 Feb 2021 07:57:01 +0200
Message-ID: %s
In-Reply-To: %s
Auto-Submitted: auto-replied
""" % (ACK_12, MID[12]))
txt19 = Message()
txt19["Content-Description"] = "Notification"
txt19["Content-Type"] = "text/plain; charset=us-ascii"
txt19.set_payload(b19_text)
body19 = multipart("report", [txt19, ds19, hd19], "7C4D21A0B3E.1612936830/mx1.iom.int", **{"report-type": "delivery-status"})
add(19, "bounce-en-postfix-mailbox-full-ack", "2021-02-10T08:00:30+02:00", "bounce", "en", False, None, [], [], None,
    "Postfix DSN (multipart/report, delivery-status) after 5 days of 452 4.2.2 'Mailbox full' for our "
    "acknowledgement to the sender of h71-12; returned headers only (text/rfc822-headers) naming h71-12 in "
    "In-Reply-To. Never acknowledge; not a new submission.",
    message("2021-02-10T08:00:30+02:00",
            ("localhost", "127.0.0.1", "4Db9mQ1ZRkz7C", []),
            [("X-Envelope-From", ""),
             ("Date", "Wed, 10 Feb 2021 08:00:30 +0200 (EET)"),
             ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
             ("Subject", "Undelivered Mail Returned to Sender"),
             ("To", TO),
             ("Auto-Submitted", "auto-replied"),
             ("MIME-Version", "1.0"),
             ("Message-Id", MID[19])],
            body19))
_m = MSGS[-1][1]
del _m["Received"]
# bounce: locally generated, received line from the local pickup
del _m["Return-Path"]
_rest = [(k, v) for k, v in _m.items()]
for k in set(k for k, _ in _rest):
    del _m[k]
_m["Return-Path"] = "<>"
_m["Delivered-To"] = TO
_m["Received"] = "by mx1.iom.int (Postfix)\n\tid 4Db9mQ1ZRkz7C; " + format_datetime(beirut("2021-02-10T08:00:30+02:00")) + " (EET)"
for k, v in _rest:
    if k not in ("Return-Path", "Delivered-To", "X-Envelope-From"):
        _m[k] = v

# ---------------------------------------------------------------- 20 fr report, Gmail forward, RFC 2047 DOCX name
t20 = """Bonjour,

Je vous transfère ci-dessous le message du pasteur Emmanuel Kabongo avec le rapport de notre collectif en pièce jointe. Il l'avait envoyé le 9 février mais à une mauvaise adresse (gcmrrarabstate@iom.int, sans le « s »), et il vient seulement de recevoir le message d'erreur.

Cordialement,
Grâce Mbuyi
Secrétariat du CEMO

---------- Forwarded message ---------
De : Emmanuel Kabongo <pasteur.kabongo@gmail.example.com>
Date: mar. 9 févr. 2021 à 18:22
Subject: Rapport volontaire PMM - CEMO Oran
To: <gcmrrarabstate@iom.int>


Mesdames, Messieurs,

Veuillez trouver ci-joint la contribution du Collectif des Églises de Maison d'Oran (CEMO) à l'examen régional du Pacte mondial sur les migrations. Elle rassemble les observations de onze petites communautés de prière d'Oran, d'Aïn Témouchent et de Mostaganem, composées majoritairement de migrants d'Afrique centrale.

Que Dieu vous bénisse,
Emmanuel Kabongo
Pasteur coordinateur, CEMO
"""
n20 = "Contribution CEMO Oran – examen régional PMM.docx"
docx20 = make_docx(["Collectif des Églises de Maison d'Oran (CEMO)", "Contribution à l'examen régional du PMM",
                    "Observations de onze communautés de prière (Oran, Aïn Témouchent, Mostaganem)",
                    "Recommandations"])
add(20, "report-fr-gmail-forwarded-docx-rfc2047", "2021-02-11T10:30:00+02:00", "voluntary_report", "fr", True, True,
    [], [n20], None,
    "Gmail forward ('---------- Forwarded message ---------' with French 'De :' line) of a report first sent to a "
    "mistyped address; the forwarder is not the author. DOCX attached to the forward, name with en dash and accent "
    "as an RFC 2047 encoded word. The pastor's signature has a title but no one asks to speak.",
    message("2021-02-11T10:30:00+02:00",
            ("mail-wr1-f54.google.example.com", "209.85.221.54", "4DbqS03JdGz1V", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("References", "<CAPk2mRfq0wE7bN1-oran0209Lq3@mail.gmail.example.com>"),
             ("In-Reply-To", "<CAPk2mRfq0wE7bN1-oran0209Lq3@mail.gmail.example.com>"),
             ("From", addr("Grâce Mbuyi", "secretariat.cemo@gmail.example.com")),
             ("Date", "Thu, 11 Feb 2021 09:29:37 +0100"),
             ("Message-ID", MID[20]),
             ("Subject", "Fwd: Rapport volontaire PMM - CEMO Oran"),
             ("To", TO)],
            multipart("mixed", [
                multipart("alternative", [text_part(t20, "plain", "utf-8", "quoted-printable"),
                                          text_part(html_wrap(paras_to_html(t20, "div")), "html", "utf-8",
                                                    "quoted-printable")],
                          "000000000000d4b1e705bb0f8a21"),
                attachment(docx20, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", n20,
                           "2047")],
                "000000000000d4b1e905bb0f8a23")))

# ---------------------------------------------------------------- 21 fr report, PDF + team photo (not part of report)
t21 = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Sportive et Culturelle Espoir Africain de Tanger (ASCEAT) dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Nous joignons aussi une photo de notre équipe prise lors du tournoi interquartiers de janvier, pour votre information seulement : elle ne fait pas partie du rapport et n'est pas destinée à être publiée.

Sportivement,

Ousmane Baldé
Secrétaire général – ASCEAT
Quartier Boukhalef, Tanger
Tél. : +212 6 00 00 47 15

AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement aux personnes auxquelles ils sont adressés. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer. Toute utilisation, diffusion ou copie non autorisée est interdite.
Pensez à l'environnement avant d'imprimer ce message.
"""
n21, p21 = "Rapport_volontaire_ASCEAT_2021.pdf", "photo_equipe_tournoi_janvier.png"
pdf21 = make_pdf(["ASCEAT - Association Sportive et Culturelle Espoir Africain de Tanger",
                  "Rapport volontaire - Examen regional du Pacte mondial (PMM)", "Fevrier 2021",
                  "Sport, inclusion et acces aux droits des jeunes migrants a Tanger"])
add(21, "report-fr-outlook-pdf-plus-photo-decoy", "2021-02-15T19:40:00+02:00", "voluntary_report", "fr", True, True,
    [], [n21], None,
    "Two attachments: the PDF report and a team photo (PNG) that the body says is NOT part of the report; long "
    "French confidentiality disclaimer; sender's title in the signature but no speaker request. Outlook HTML+text.",
    message("2021-02-15T19:40:00+02:00",
            ("mail-mr2fra01on2070.outbound.protection.outlook.example.com", "40.107.9.70", "4DfJ8y2XkVz4B", []),
            [("From", addr("Ousmane Baldé", "contact@asceat-tanger.example.ma")),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Subject", "Rapport volontaire - Association Sportive et Culturelle Espoir Africain de Tanger"),
             ("Thread-Topic", "Rapport volontaire - Association Sportive et Culturelle Espoir Africain de Tanger"),
             ("Thread-Index", "AdcDv0y6Qm3Zt8Hk2aE1RfXwL5nC9g=="),
             ("Date", "Mon, 15 Feb 2021 17:39:44 +0000"),
             ("Message-ID", MID[21]),
             ("Accept-Language", "fr-FR, en-US"),
             ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes")],
            multipart("mixed", [
                alt(t21, paras_to_html(t21, "p").replace("<p>", '<p class="MsoNormal">'),
                    "_000_MR2P264MB0417D3A1F6C2B8E49A07C5D1B2E70MR2P264MB0417FRAP_", outlook=True, lang="fr"),
                attachment(pdf21, "application/pdf", n21),
                attachment(make_png(), "image/png", p21)],
                "_004_MR2P264MB0417D3A1F6C2B8E49A07C5D1B2E70MR2P264MB0417FRAP_")))

# ---------------------------------------------------------------- 22 ar report, 23:50 on the report deadline, Apple Mail RFC 2231
t22 = """السلام عليكم ورحمة الله،

الإخوة في أمانة الاستعراض الإقليمي،

نرفق لكم التقرير الطوعي لملتقى أبناء الجالية اليمنية في جدة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وقد أعددناه بشكل جماعي مع لجان الأحياء التابعة للملتقى في حي البوادي وحي الصفا.

نعتذر عن الإرسال في آخر لحظة، فقد انتهينا من مراجعته الليلة.

أخوكم
عبد الرحمن ناجي الحميري
ملتقى أبناء الجالية اليمنية في جدة

"""
n22 = "التقرير الطوعي - ملتقى الجالية اليمنية.docx"
docx22 = make_docx(["التقرير الطوعي لملتقى أبناء الجالية اليمنية في جدة",
                    "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - 2021",
                    "أولا: أوضاع العمالة اليمنية", "ثانيا: التوصيات"])
add(22, "report-ar-edge-2350-applemail-rfc2231", "2021-02-16T23:50:05+02:00", "voluntary_report", "ar", True, True,
    [], [n22], None,
    "Edge: received 23:50 Beirut on 16 February (on time for the report deadline) while the Date header already "
    "reads Wed 17 Feb 00:49 +0300 (Jeddah). Collective report of neighbourhood committees; Arabic DOCX file name "
    "as RFC 2231 filename* (and RFC 2047 name=), Apple Mail with trailing text part.",
    message("2021-02-16T23:50:05+02:00",
            ("smtp.yemeni-forum-jeddah.example.sa", "188.48.17.203", "4DgC4J6RrQz2X", []),
            [("From", addr("عبد الرحمن ناجي الحميري", "a.alhumairi@yemeni-forum-jeddah.example.sa")),
             ("Mime-Version", "1.0 (Mac OS X Mail 13.4 \\(3608.120.23.2.4\\))"),
             ("Subject", Header("التقرير الطوعي لملتقى أبناء الجالية اليمنية في جدة", "utf-8")),
             ("Message-Id", MID[22]),
             ("Date", "Wed, 17 Feb 2021 00:49:40 +0300"),
             ("To", TO),
             ("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")],
            multipart("mixed", [text_part(t22, "plain", "utf-8", "base64"),
                                attachment(docx22, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           n22, "2231"),
                                text_part("\n", "plain", "us-ascii", "7bit")],
                      "Apple-Mail=_0E9A2C41-7B3D-4F58-91C6-D2E8A4F07B35")))
del MSGS[-1][1]["MIME-Version"]

# ---------------------------------------------------------------- 23 ar report, late, Gmail RFC 2047 PDF name
t23 = """بسم الله الرحمن الرحيم

الإخوة الكرام،

تجدون في المرفق تقرير تجمع أبناء الجالية النيجرية في سبها حول أوضاع المهاجرين في جنوب ليبيا ومدى تطبيق الاتفاق العالمي للهجرة.

نعتذر عن التأخير، الإنترنت والكهرباء مقطوعين عندنا في سبها من أسبوع، وما قدرنا نرسل التقرير قبل الموعد. نرجو أن تقبلوه.

مع الشكر
إدريس موسى آدم
تجمع أبناء الجالية النيجرية في سبها
"""
n23 = "تقرير تجمع الجالية النيجرية - سبها 2021.pdf"
pdf23 = make_pdf(["Report of the Nigerien Community Gathering in Sabha (Libya)", "GCM Regional Review - February 2021",
                  "Detention, kidnapping for ransom and access to water in southern Libya"])
add(23, "report-ar-late-gmail-rfc2047-pdf", "2021-02-17T09:25:00+02:00", "voluntary_report", "ar", True, False,
    [], [n23], None,
    "Late report (17 February, after the extended 16 February deadline), apologising for power and internet cuts; "
    "Arabic PDF file name as an RFC 2047 encoded word (Gmail), Arabic display name and subject; PDF text in "
    "English.",
    message("2021-02-17T09:25:00+02:00",
            ("mail-wm1-f47.google.example.com", "209.85.128.47", "4DgTn1bQ0Fz8K", []),
            [("Authentication-Results", "mx1.iom.int;\n\tspf=pass smtp.mailfrom=gmail.example.com"),
             ("MIME-Version", "1.0"),
             ("From", addr("إدريس موسى آدم", "idriss.moussa.adam@gmail.example.com")),
             ("Date", "Wed, 17 Feb 2021 09:24:41 +0200"),
             ("Message-ID", MID[23]),
             ("Subject", Header("تقرير الجالية النيجرية في سبها - الاتفاق العالمي للهجرة", "utf-8")),
             ("To", TO)],
            multipart("mixed", [
                multipart("alternative", [text_part(t23, "plain", "utf-8", "base64"),
                                          text_part(html_wrap(paras_to_html(t23, "div"), rtl=True), "html",
                                                    "utf-8", "base64")],
                          "000000000000b2f90605bb8a4d16"),
                attachment(pdf23, "application/pdf", n23, "2047")],
                "000000000000b2f90805bb8a4d18")))

# ---------------------------------------------------------------- 24 en both, late, Outlook with -----Original Message-----
t24 = """Dear GCM Regional Review team,

Please accept our apologies for sending this after the deadline. Our area of Tripoli had no electricity and almost no internet for more than a week.

Attached is the voluntary GCM review report of our committee. We also still hope that our secretary can take part as a speaker, please see her message below.

Best regards,
Yonas Gebremedhin
Treasurer
Eritrean Community Committee in Tripoli (ECCT)
Gargaresh, Tripoli, Libya

-----Original Message-----
From: Senait Tesfay <senait.tesfay@ecct-tripoli.example.ly>
Sent: Monday, February 15, 2021 8:41 PM
To: Yonas Gebremedhin <yonas.g@ecct-tripoli.example.ly>
Subject: RE: GCM report

Yonas,

The report is final now, please send it to the UN address when the internet is back. And please ask for me to speak, I would like to intervene in the second roundtable. If they need my details: Senait Tesfay, I work as Secretary at the Eritrean Community Committee in Tripoli (ECCT) and I also coordinate the women's group of our church.

Thanks,
Senait

This e-mail and any attachments are intended only for the addressee and may contain confidential information. If you are not the intended recipient, please notify the sender and delete it. The ECCT is a volunteer community committee and does not accept liability for the content of personal messages.
"""
n24 = "ECCT_Voluntary_GCM_Review_Report_2021.pdf"
pdf24 = make_pdf(["Eritrean Community Committee in Tripoli (ECCT)", "Voluntary GCM Review Report - February 2021",
                  "Detention, documentation and safe pathways for Eritrean migrants in Libya"])
add(24, "both-en-late-original-message-rt2", "2021-02-17T15:30:00+02:00", "both", "en", True, False,
    [sp("Senait Tesfay", "Secretary", "Eritrean Community Committee in Tripoli (ECCT)", ["roundtable"], 2)],
    [n24], None,
    "Late 'both' (17 February: after both deadlines). The speaker is not the sender: her request, name, title and "
    "affiliation ('I work as Secretary at ...') and the role ('the second roundtable') are only in the quoted "
    "'-----Original Message-----' block; the sender's own signature (Treasurer, same committee) is not a speaker. "
    "Disclaimer at the end. Outlook HTML+text with PDF.",
    message("2021-02-17T15:30:00+02:00",
            ("mail-vi1eur04on2130.outbound.protection.outlook.example.com", "40.107.8.130", "4DgfW87LnZz3R", []),
            [("From", "Yonas Gebremedhin <yonas.g@ecct-tripoli.example.ly>"),
             ("To", "\"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>"),
             ("Subject", "Late submission: ECCT voluntary GCM report + speaker"),
             ("Thread-Topic", "Late submission: ECCT voluntary GCM report + speaker"),
             ("Thread-Index", "AdcFBz3k7LqU1wS2Q0eNm6fYp8rH4Q=="),
             ("Date", "Wed, 17 Feb 2021 13:29:38 +0000"),
             ("Message-ID", MID[24]),
             ("Accept-Language", "en-GB, en-US"),
             ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "yes")],
            multipart("mixed", [
                alt(t24, paras_to_html(t24, "p").replace("<p>", '<p class="MsoNormal">'),
                    "_000_PR3PR08MB5691A4C7E2D0B3F58C1A9E70D2F40PR3PR08MB5691eurp_", outlook=True),
                attachment(pdf24, "application/pdf", n24)],
                "_004_PR3PR08MB5691A4C7E2D0B3F58C1A9E70D2F40PR3PR08MB5691eurp_")))


# ----------------------------------------------------------------------------- write
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fname, msg in MSGS:
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=POL).flatten(msg)
        data = buf.getvalue()
        # normalise any stray bare LF into CRLF (the mail store keeps CRLF)
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
    labels = [{k: v for k, v in e.items() if not k.startswith("_")} for e in LABELS]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(MSGS), OUT))


if __name__ == "__main__":
    main()
