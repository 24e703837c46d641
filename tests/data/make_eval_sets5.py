#!/usr/bin/env python3
"""Fifth independent evaluation set for gcm-intake: tests/data/holdout5 (24 raw messages + labels.json).

Run from the repository root:  /tmp/venv/bin/python tests/data/make_eval_sets5.py
Deterministic and standard library only.  Each message is serialised by hand (CRLF line ends) so that
the layout of the mail client that "sent" it (Outlook desktop and web, Gmail, Thunderbird, Apple Mail,
Yahoo, Roundcube, Samsung Email) can be reproduced; its expected label sits next to it.  Written without
reading intake/ or rules/, in the format of /work/shared/corpus/LABELS.md.  All people and
organisations are invented.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import struct
import textwrap
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
from urllib.parse import quote as pct

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
ORGANISERS = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


BEIRUT = tz(2)
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def feb(day, h, mi, s=0):
    """A server reception time in February 2021, Beirut time."""
    return dt.datetime(2021, 2, day, h, mi, s, tzinfo=BEIRUT)


# ----------------------------------------------------------------- tiny but valid documents
def tiny_png(rgb, w=32, h=20):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines, title, producer="Microsoft Word for Microsoft 365"):
    """One-page PDF 1.4 with Helvetica text (Latin-1) and a correct xref table."""
    def lit(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "15 TL", "60 770 Td"] + ["(%s) Tj T*" % lit(x) for x in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (D:20210201090000+02'00') >>"
         % (lit(title), lit(producer))).encode("latin-1"),
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


_CT_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.document.main+xml"/>'
           '<Override PartName="/docProps/core.xml" '
           'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
_RELS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
             'core-properties" Target="docProps/core.xml"/></Relationships>')
_CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
             '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-02-01T09:00:00Z'
             '</dcterms:created></cp:coreProperties>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tiny_docx(title, paragraphs, table=None, author="user"):
    """Minimal WordprocessingML package (document, core properties, one optional two-column table)."""
    def para(text, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(text, quote=False))
    body = [para(title, bold=True)] + [para(p) for p in paragraphs]
    if table:
        rows = []
        for row in table:
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>%s</w:tc>' % para(c, i == 0)
                            for i, c in enumerate(row))
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>%s</w:tbl>' % "".join(rows))
        body.append(para(""))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (_W, "".join(body)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", _CT_XML), ("_rels/.rels", _RELS_XML),
                           ("docProps/core.xml", _CORE_XML % (escape(title), escape(author))),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------- MIME entities (headers, body), LF inside
def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", style="outlook", flowed=False):
    data = body.replace("\r\n", "\n").encode(charset)
    fmt = "; format=flowed" if flowed else ""
    if style == "apple":
        ctype = "Content-Type: text/%s;\n\tcharset=%s%s" % (subtype, charset, fmt)
    elif style == "gmail":
        ctype = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset.upper(), fmt)
    else:
        ctype = "Content-Type: text/%s; charset=%s%s" % (subtype, charset if style == "tb" else '"%s"' % charset, fmt)
    return [ctype, "Content-Transfer-Encoding: " + cte], encode_body(data, cte)


def multi(subtype, boundary, parts, params=""):
    body = io.BytesIO()
    for headers, payload in parts:
        body.write(b"--" + boundary.encode() + b"\n")
        body.write(("\n".join(headers) + "\n\n").encode("ascii"))
        body.write(payload if payload.endswith(b"\n") else payload + b"\n")
        body.write(b"\n")
    body.write(b"--" + boundary.encode() + b"--\n")
    return ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)], body.getvalue()


def rfc2231(param, value):
    """param*=utf-8''... split into continuations of about 60 characters, never inside a %XX escape."""
    enc = pct(value, safe="")
    tokens, i = [], 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        tokens.append(enc[i:i + step])
        i += step
    chunks, cur = [], ""
    for t in tokens:
        if len(cur) + len(t) > 60:
            chunks.append(cur)
            cur = ""
        cur += t
    chunks.append(cur)
    if len(chunks) == 1:
        return "%s*=utf-8''%s" % (param, chunks[0])
    return ";\n ".join("%s*%d*=%s%s" % (param, n, "utf-8''" if n == 0 else "", c) for n, c in enumerate(chunks))


def ew(value, charset="utf-8"):
    """RFC 2047 encoded words (folded between words), for quoted name= parameters as Outlook/Gmail write them."""
    return Header(value, charset).encode(linesep="\n ", maxlinelen=70)


def attachment(data, ctype, filename, style="plain", disposition="attachment", cid=None, charset="utf-8",
               extra_ct=""):
    if style == "plain":
        name_p, file_p = 'name="%s"' % filename, 'filename="%s"' % filename
    elif style == "2047":
        name_p = 'name="%s"' % ew(filename, charset)
        file_p = 'filename="%s"' % ew(filename, charset)
    else:  # "2231": Thunderbird / Roundcube: encoded-word name=, RFC 2231 filename*
        name_p = 'name="%s"' % ew(filename, charset)
        file_p = rfc2231("filename", filename)
    headers = ["Content-Type: %s;%s\n %s" % (ctype, extra_ct, name_p)]
    if cid:
        headers.append("Content-ID: <%s>" % cid)
    headers += ["Content-Disposition: %s;\n %s" % (disposition, file_p), "Content-Transfer-Encoding: base64"]
    return headers, base64.encodebytes(data)


# ----------------------------------------------------------------- HTML as the clients write it
def outlook_html(inner, lang="EN-US", rtl=False):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>\n<meta name=Generator content="Microsoft Word 15 '
            '(filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            'table.MsoTableGrid\n\t{border:solid windowtext 1.0pt;}\n--></style></head>\n'
            '<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % (lang, ' dir=RTL' if rtl else "", inner))


def mso_paras(plain, rtl=False):
    d = ' dir=RTL style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    out = []
    for line in plain.split("\n"):
        out.append("<p class=MsoNormal%s>%s<o:p></o:p></p>" % (d, escape(line, quote=False) or "&nbsp;"))
    return "\n".join(out)


def gmail_html(plain, rtl=False, quote_from=None):
    """Gmail: <div dir=...> per paragraph line; text after quote_from goes into a gmail_quote block."""
    main, quoted = plain, None
    if quote_from is not None:
        k = plain.index(quote_from)
        main, quoted = plain[:k], plain[k:]
    d = "rtl" if rtl else "ltr"

    def block(t):
        return "".join("<div>%s</div>" % (escape(x, quote=False) or "<br>") for x in t.rstrip("\n").split("\n"))
    html = '<div dir="%s">%s</div>' % (d, block(main))
    if quoted is not None:
        head, _, rest = quoted.partition("\n\n")
        if all(x.startswith(">") for x in rest.strip("\n").split("\n")):
            rest = "\n".join(x[1:].lstrip(" ") for x in rest.strip("\n").split("\n"))
            html += ('<br><div class="gmail_quote"><div dir="%s" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                     % (d, escape(head, quote=False).replace("\n", "<br>"), block(rest)))
        else:
            html += ('<br><div class="gmail_quote"><div dir="%s" class="gmail_attr">%s</div><br><br>'
                     '<div dir="%s">%s</div></div>'
                     % (d, escape(head, quote=False).replace("\n", "<br>"), d, block(rest)))
    return html + "\n"


def simple_html(plain, wrapper, line="<div>%s</div>", empty="<div><br></div>"):
    return wrapper % "\n".join(line % escape(x, quote=False) if x else empty for x in plain.split("\n"))


# ----------------------------------------------------------------- envelope
def hdr(name, value, charset="utf-8"):
    if all(ord(c) < 128 for c in value):
        return "%s: %s" % (name, value)
    return "%s: %s" % (name, Header(value, charset, header_name=name).encode(linesep="\n"))


def address(name, addr, charset="utf-8"):
    if name is None:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return "%s <%s>" % (Header(name, charset).encode(linesep="\n"), addr)


def render(env, root):
    received_at = env["received_at"]
    sent = (received_at - dt.timedelta(seconds=env["lag"])).astimezone(env["sender_tz"])
    domain = env["from_addr"].split("@")[1]
    relay = env.get("relay", "mail." + domain)
    lines = [
        "Return-Path: <%s>" % env["from_addr"],
        "Delivered-To: " + MAILBOX,
        "Received: from %s (%s [%s])\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (relay, relay, env["ip"], env["qid"], MAILBOX, format_datetime(received_at)),
    ]
    if env.get("inner_received"):
        lines.append("Received: " + env["inner_received"] + "; " + format_datetime(sent - dt.timedelta(seconds=2)))
    lines.append("Authentication-Results: mx1.iom.int;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s"
                 % (domain, domain))
    cs = env.get("hdr_charset", "utf-8")
    lines.append("From: " + address(env["from_name"], env["from_addr"], cs))
    lines.append("To: " + env.get("to", MAILBOX))
    if env.get("cc"):
        lines.append("Cc: " + env["cc"])
    lines.append(hdr("Subject", env["subject"], cs))
    if env.get("thread_topic"):
        lines.append(hdr("Thread-Topic", env["thread_topic"], cs))
    lines.append("Date: " + format_datetime(sent))
    lines.append("Message-ID: " + env["mid"])
    if env.get("in_reply_to"):
        lines.append("In-Reply-To: " + env["in_reply_to"])
    if env.get("references"):
        lines.append("References: " + env["references"])
    lines += env.get("extra", [])
    lines.append(env.get("mime_version", "MIME-Version: 1.0"))
    headers, body = root
    raw = ("\n".join(lines + headers) + "\n\n").encode("ascii") + body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def outlook_extra(n, lang, attach=False):
    return ["Thread-Index: AdcA%04dVq3kR7mTQeOx2b5Lw9NZ1g==" % (n * 41),
            "Accept-Language: %s" % lang, "Content-Language: %s" % lang,
            "X-MS-Has-Attach: %s" % ("yes" if attach else ""), "X-MS-TNEF-Correlator: ",
            "X-Mailer: Microsoft Outlook 16.0"]


def flowed(text_, width=72):
    """format=flowed: paragraphs wrapped at width, soft breaks marked by a trailing space."""
    out = []
    for line in text_.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join(out)


def SP(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- the messages, in order of arrival
MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


CALL_MID = "<DB9PR02MB72114A3C5E1F0D2C9A7E3B4D6F80@DB9PR02MB7211.eurprd02.prod.outlook.com>"
MID_05 = "<CAKq7vN3xR0d9Yt2mH5sWb1LpJ8eF4uA6cZ0oG3iT@mail.gmail.com>"
ACK_05 = "<gcm-ack-20210203T082951-0005@gcmrrarabstates.iom.int>"
MID_22 = "<3f9b2c71e0a84d5d9e6f1a2b7c8d4e05@mail.alrased-mw.example.org>"
ACK_22 = "<gcm-ack-20210216T201112-0022@gcmrrarabstates.iom.int>"

CALL_EN = """Dear colleagues,

The first Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region will take place on 24-25 February 2021, preceded by a Multi-Stakeholder Consultation on 23 February 2021.

Stakeholders wishing to take the floor are invited to indicate whether they would like to (a) take part in the open discussion of the Multi-Stakeholder Consultation, (b) serve as rapporteur and deliver the key messages of stakeholders to the Conference, or (c) make a floor intervention in a plenary session or in one of the four thematic roundtables. Please send the name, title and organizational affiliation of each proposed speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

Voluntary GCM review reports can be sent to the same address until Tuesday, 16 February 2021.

With best regards,
GCM Regional Review Secretariat"""


@message
def h5_01():
    plain = """Dear GCM Regional Review team,

Thank you for sharing the call. The Mashriq Youth for Migrant Rights Network (MYMRN) would like to propose two young speakers from our network:

1. Ms. Rawan Haddadin, Youth Advocacy Lead, MYMRN - to take part in the open discussion of the multi-stakeholder consultation on 23 February
2. Mr. Karim Oueidat, Member of the Steering Committee, MYMRN - floor intervention in Roundtable 4

Both are under 30 and have been leading our peer research with young migrants and refugees in Jordan and Lebanon since 2019. Rawan would speak in Arabic and Karim in English. Happy to share short bios if needed.

Best regards,
Dana

Dana Khreisat
Programme Officer
Mashriq Youth for Migrant Rights Network (MYMRN)
Amman, Jordan | +962 79 614 2280
www.mymrn.example.org

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, January 29, 2021 4:05 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Call for speakers and voluntary reports - Regional Review of the GCM in the Arab region

""" + CALL_EN + "\n"
    root = multi("alternative", "_000_AM6PR03MB50914F2B7C1D0E3A8B2C6D9E4F1A0AM6PR03MB5091eurp_", [
        text(plain), text(outlook_html(mso_paras(plain)), "html")])
    env = dict(from_name="Dana Khreisat", from_addr="dana.khreisat@mymrn.example.org",
               to=ORGANISERS,
               subject="RE: Call for speakers and voluntary reports - Regional Review of the GCM in the Arab region",
               thread_topic="Call for speakers and voluntary reports - Regional Review of the GCM in the Arab region",
               received_at=feb(1, 9, 12, 40), sender_tz=BEIRUT, lag=84,
               relay="mail-am6eur03on2091.outbound.protection.outlook.com",
               inner_received="from AM6PR03MB5091.eurprd03.prod.outlook.com ([fe80::5d1c:9a2e:b7f4:61c0]) by "
                              "AM6PR03MB5091.eurprd03.prod.outlook.com ([fe80::5d1c:9a2e:b7f4:61c0%6]) with mapi id "
                              "15.20.3805.028",
               mid="<AM6PR03MB50914F2B7C1D0E3A8B2C6D9E4F1A0@AM6PR03MB5091.eurprd03.prod.outlook.com>",
               in_reply_to=CALL_MID, references=CALL_MID, extra=outlook_extra(1, "en-US"))
    aff = "Mashriq Youth for Migrant Rights Network (MYMRN)"
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Rawan Haddadin", "Youth Advocacy Lead", aff, ["open_discussion"]),
                           SP("Karim Oueidat", "Member of the Steering Committee", aff, ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="Outlook reply to the organisers' call, quoted below in Outlook style (not '>'), and the call "
                       "lists every role and the report deadline; youth network proposing two speakers with Ms./Mr.; "
                       "the numbered lines give only the acronym MYMRN, the full name is in the intro and signature; "
                       "the sender (Programme Officer) is not a speaker")
    return env, root, label


@message
def h5_02():
    rows = [
        ("Nom et prénom", "Aminata KONATÉ"),
        ("Fonction / titre", "Présidente"),
        ("Organisation", "Collectif des Associations de Migrants Subsahariens au Maroc (CAMSM)"),
        ("Pays", "Maroc"),
        ("Courriel", "a.konate@camsm.example.ma"),
        ("Type d'intervention souhaitée", "☐ Discussion ouverte (consultation multipartite, 23 février)\n"
                                          "☐ Rapporteur(e) – messages clés des parties prenantes\n"
                                          "☐ Intervention en séance plénière\n"
                                          "☒ Intervention en table ronde thématique – n° : 2"),
        ("Langue d'intervention", "Français"),
    ]
    intro = """Bonjour,

Suite à l'appel à intervenants qui nous a été transmis par nos partenaires, veuillez trouver ci-dessous la fiche de proposition du Collectif des Associations de Migrants Subsahariens au Maroc (CAMSM).

FICHE DE PROPOSITION D'INTERVENANT(E)
"""
    outro = """
Restant à votre disposition pour tout complément d'information,

Bien cordialement,

Le secrétariat du CAMSM
Rabat – Maroc
Tél. : +212 5 37 70 41 18
"""
    plain = intro + "\n" + "\n".join("%s\t%s" % (k, v.replace("\n", "\n\t")) for k, v in rows) + "\n" + outro
    cells = []
    for k, v in rows:
        val = "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % escape(x, quote=False) for x in v.split("\n"))
        cells.append('<tr><td width=220 valign=top style="width:165pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                     '<p class=MsoNormal><b>%s<o:p></o:p></b></p></td><td width=380 valign=top style="width:285pt;'
                     'border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt">%s</td></tr>'
                     % (escape(k, quote=False), val))
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;'
             'border:none">\n%s\n</table>' % "\n".join(cells))
    html = outlook_html(mso_paras(intro.rstrip("\n")) + "\n" + table + "\n" + mso_paras(outro), lang="FR")
    root = multi("alternative", "_000_PR3P192MB07394E8A1B2C3D4E5F6A7B8C9D0E1PR3P192MB0739EURP_", [
        text(plain), text(html, "html")])
    env = dict(from_name="Secrétariat CAMSM", from_addr="contact@camsm.example.ma",
               subject="Fiche de proposition d'intervenant – Examen régional du Pacte mondial (CAMSM)",
               received_at=feb(1, 16, 40, 5), sender_tz=tz(1), lag=61,
               relay="mail-pr3fra01on2118.outbound.protection.outlook.com",
               inner_received="from PR3P192MB0739.EURP192.PROD.OUTLOOK.COM ([fe80::a4b1:2c3d:4e5f:6071]) by "
                              "PR3P192MB0739.EURP192.PROD.OUTLOOK.COM ([fe80::a4b1:2c3d:4e5f:6071%7]) with mapi id "
                              "15.20.3805.024",
               mid="<PR3P192MB07394E8A1B2C3D4E5F6A7B8C9D0E1@PR3P192MB0739.EURP192.PROD.OUTLOOK.COM>",
               extra=outlook_extra(2, "fr-FR"))
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Aminata KONATÉ", "Présidente",
                              "Collectif des Associations de Migrants Subsahariens au Maroc (CAMSM)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="Word nomination form pasted into the body: an HTML table, tab-separated in the plain part; "
                       "the form lists all four intervention types with ☐/☒ boxes and only the ticked one (table ronde "
                       "n° : 2) is requested; surname in capitals; sent by a secretariat")
    return env, root, label


@message
def h5_03():
    body = """Madame, Monsieur,

L'Association des Travailleurs Sénégalais de Tunisie (ATST) a l'honneur de proposer sa vice-présidente chargée des femmes migrantes, Mme Fatou Ndiaye-Sall, pour présenter en qualité de rapporteuse les messages clés des parties prenantes lors de la consultation multipartite du 23 février 2021.

Mme Ndiaye-Sall accompagne depuis 2016 les travailleuses domestiques ouest-africaines à Tunis, Sousse et Sfax, notamment sur les pénalités de dépassement de séjour et l'accès aux soins. Elle a coordonné en 2020 la consultation nationale des associations de migrants organisée avec nos partenaires syndicaux.

Nous vous remercions par avance de l'attention portée à cette candidature et restons à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--\x20
Ibrahima Sarr
Président
Association des Travailleurs Sénégalais de Tunisie (ATST)
Tél. : +216 98 412 305
"""
    root = text(flowed(body), charset="UTF-8", cte="8bit", style="tb", flowed=True)
    root[0].insert(1, "Content-Language: fr")
    env = dict(from_name="Ibrahima Sarr", from_addr="ibrahima.sarr@atst-tunisie.example.tn",
               subject="Proposition d'une rapporteuse - ATST",
               received_at=feb(2, 11, 5, 22), sender_tz=tz(1), lag=7,
               relay="smtp.atst-tunisie.example.tn",
               inner_received="from [192.168.1.34] (unknown [197.14.52.210])\n\t(Authenticated sender: "
                              "ibrahima.sarr)\n\tby smtp.atst-tunisie.example.tn (Postfix) with ESMTPSA id 6B1F2A0C41",
               mid="<5c1e8f27-3a9d-4b6e-9f02-7d41c8a0e6b3@atst-tunisie.example.tn>",
               extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\n"
                      " Thunderbird/78.7.0"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Fatou Ndiaye-Sall", "vice-présidente chargée des femmes migrantes",
                              "Association des Travailleurs Sénégalais de Tunisie (ATST)", ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="Thunderbird format=flowed, 8bit, hard-wrapped at 72 so the name and title break across lines; "
                       "nominee described in prose ('sa vice-présidente ..., Mme ...'); 'rapporteuse' (feminine) = "
                       "rapporteur; the signer (Président) is not the speaker")
    return env, root, label


@message
def h5_04():
    plain = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في أعمال الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة في المنطقة العربية، المزمع عقده يومي 24 و25 شباط/فبراير 2021، تود وزارة العمل والشؤون الاجتماعية إعلامكم بترشيح السيد/ عادل ناصر الزبيدي، مدير قسم تنظيم استقدام العمالة الأجنبية في الوزارة، لإلقاء مداخلة باسم الوزارة خلال الجلسة العامة للمؤتمر.

مرفق طيه الكتاب الرسمي الخاص بالترشيح. ويمكن التواصل مع المرشح مباشرة على البريد الإلكتروني: a.alzubaidi@molsa.example.gov

وتفضلوا بقبول فائق الاحترام والتقدير،

م. سناء كاظم الربيعي
مدير دائرة العلاقات والتعاون الدولي
وزارة العمل والشؤون الاجتماعية
هاتف: 7180 554 1 964+
"""
    html = outlook_html(mso_paras(plain, rtl=True), lang="AR-SA", rtl=True)
    body = multi("alternative", "_000_VI1PR08MB52737C3B9A0E4D1F2A6B8C0D5E7F2VI1PR08MB5273eurp_", [
        text(plain, charset="windows-1256"), text(html, "html", charset="windows-1256")])
    letter = tiny_pdf(["Ministry of Labour and Social Affairs", "International Relations and Cooperation Department",
                       "Ref.: IRC/4/2/1127    Date: 1 February 2021",
                       "Subject: Nomination for the Regional Review of the GCM in the Arab region",
                       "(Arabic original, scanned)"], "Nomination letter", producer="Canon iR-ADV C5535 PDF")
    root = multi("mixed", "_004_VI1PR08MB52737C3B9A0E4D1F2A6B8C0D5E7F2VI1PR08MB5273eurp_", [
        body, attachment(letter, "application/pdf", "كتاب ترشيح - الاستعراض الإقليمي.pdf", style="2047",
                         charset="windows-1256")])
    env = dict(from_name="دائرة العلاقات والتعاون الدولي", from_addr="irc@molsa.example.gov",
               hdr_charset="windows-1256",
               subject="ترشيح ممثل الوزارة للمداخلة في الجلسة العامة - الاستعراض الإقليمي للاتفاق العالمي",
               received_at=feb(2, 14, 30, 48), sender_tz=tz(3), lag=102,
               relay="mail-vi1eur08on2130.outbound.protection.outlook.com",
               inner_received="from VI1PR08MB5273.eurprd08.prod.outlook.com ([fe80::8c2e:71d4:a90b:3f15]) by "
                              "VI1PR08MB5273.eurprd08.prod.outlook.com ([fe80::8c2e:71d4:a90b:3f15%4]) with mapi id "
                              "15.20.3825.019",
               mid="<VI1PR08MB52737C3B9A0E4D1F2A6B8C0D5E7F2@VI1PR08MB5273.eurprd08.prod.outlook.com>",
               extra=outlook_extra(4, "ar-SA", attach=True))
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("عادل ناصر الزبيدي", "مدير قسم تنظيم استقدام العمالة الأجنبية",
                              "وزارة العمل والشؤون الاجتماعية", ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="government ministry nomination, formal letter in windows-1256 (body, RFC 2047 subject, "
                       "display name and attachment name); honorific written 'السيد/' with a slash; affiliation only "
                       "by reference ('في الوزارة') and in the signature; the signer (م. = engineer, department head) "
                       "is not the speaker; the attached PDF is the scanned nomination letter, not a report")
    return env, root, label


@message
def h5_05():
    plain = """مرحباً،

بعد الاطلاع على الدعوة، نود في رابطة الجالية السودانية في لبنان ترشيح السيدة هبة يوسف عطية للمداخلة في المائدة المستديرة الثالثة خلال المؤتمر الإقليمي.

تعمل هبة مع الرابطة منذ تأسيسها، وتتابع أوضاع العمال والطلاب السودانيين في بيروت وجبل لبنان، خاصة بعد انفجار المرفأ.

مع الشكر،
مريم عثمان
أمينة السر
رابطة الجالية السودانية في لبنان
"""
    root = multi("alternative", "000000000000b3c7e105ba6a41f2", [
        text(plain, cte="base64", style="gmail"), text(gmail_html(plain, rtl=True), "html", cte="base64",
                                                       style="gmail")])
    env = dict(from_name="Mariam Osman", from_addr="mariam.osman.sd@gmail.example.com",
               subject="ترشيح للمائدة المستديرة الثالثة",
               received_at=feb(3, 10, 20, 14), sender_tz=BEIRUT, lag=5, relay="mail-wm1-f54.google.com",
               inner_received="by mail-wm1-f54.google.com with SMTP id o10so3719523wmc.1\n"
                              "        for <gcmrrarabstates@iom.int>",
               mid=MID_05)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("هبة يوسف عطية", None, "رابطة الجالية السودانية في لبنان", ["roundtable"], 3)],
                 report_attachments=[], thread_of=None,
                 notes="diaspora association; speaker's title missing (null) and supplied later in h5-07; the title in "
                       "the signature (أمينة السر) is the sender's, not the nominee's; 'المائدة المستديرة الثالثة'; "
                       "Gmail base64 parts, English display name")
    return env, root, label


@message
def h5_06():
    html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Dear organizers,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I would like to request a speaking slot during the Regional Review Conference. Please find my details below:</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<b>Name:</b> Dr. Tarek Naccache</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<b>Position:</b> Senior Research Fellow</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<b>Institution:</b> Beirut Institute for Social Research (BISR)</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<b>Preferred session:</b> Thematic Roundtable 2</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
My current work looks at detention and deportation practices affecting migrant workers in the Levant, and I
co-authored the 2020 regional mapping of alternatives to immigration detention.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Best regards,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Tarek</div>
<div id="Signature">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 10pt; color: rgb(96, 96, 96);"><br>
<b>Tarek Naccache, PhD</b><br>
Senior Research Fellow<br>
Beirut Institute for Social Research<br>
Hamra, Beirut | +961 1 350 612 ext. 214</div>
</div>
<div style="font-size: 8pt; color: rgb(128, 128, 128);"><br>
The information in this e-mail is intended only for the person to whom it is addressed. If you believe this
e-mail was sent to you in error, please notify the sender and delete it. BISR accepts no liability for the
content of this e-mail.</div>
</body>
</html>
"""
    root = text(html, "html", charset="iso-8859-1")
    env = dict(from_name="Tarek Naccache", from_addr="t.naccache@bisr.example.org",
               subject="Speaking slot request - Dr. Tarek Naccache (BISR)",
               received_at=feb(3, 13, 55, 31), sender_tz=BEIRUT, lag=3,
               relay="mail-eopbgr80112.outbound.protection.outlook.com",
               inner_received="from HE1PR0601MB2618.eurprd06.prod.outlook.com ([fe80::39d6:e1f7:c20a:95b4]) by "
                              "HE1PR0601MB2618.eurprd06.prod.outlook.com ([fe80::39d6:e1f7:c20a:95b4%3]) with mapi id "
                              "15.20.3825.030",
               mid="<HE1PR0601MB26183D7A2E9C1B0F4A5D6E7F8091A@HE1PR0601MB2618.eurprd06.prod.outlook.com>",
               extra=["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ",
                      "X-MS-TNEF-Correlator: ", "msip_labels: "])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Tarek Naccache", "Senior Research Fellow", "Beirut Institute for Social Research (BISR)",
                              ["roundtable"], 2)],
                 report_attachments=[], thread_of=None,
                 notes="HTML-only message from Outlook on the web, iso-8859-1 quoted-printable; labelled lines in <b> "
                       "tags; 'Dr.' in the name line and ', PhD' in the signature are not part of the name; the "
                       "signature gives the institute without its acronym, the labelled line with it")
    return env, root, label


@message
def h5_07():
    plain = """شكراً على سرعة الرد.

استكمالاً للبيانات المطلوبة: المسمى الوظيفي للسيدة هبة يوسف عطية في رابطة الجالية السودانية في لبنان هو منسقة برنامج الإدماج المجتمعي، والمداخلة كما ذكرنا في المائدة المستديرة الثالثة.

مع التحية،
مريم

\u202bفي الأربعاء، 3 فبراير 2021 في 10:29 ص تمت كتابة ما يلي بواسطة \u202aGCM Regional Review Arab States\u202c\u200f <\u202agcmrrarabstates@iom.int\u202c\u200f>:\u202c

> السيدة مريم عثمان،
>
> نشكركم على رسالتكم، ونؤكد استلام طلب المداخلة المقدَّم في إطار الاستعراض الإقليمي
> للاتفاق العالمي من أجل الهجرة في المنطقة العربية.
>
> يُرجى تزويدنا بالمسمى الوظيفي للمتحدثة المقترحة.
>
> فريق الاستعراض الإقليمي
"""
    k = plain.index("\u202bفي الأربعاء")
    root = multi("alternative", "0000000000004f2a9d05ba7c11e3", [
        text(plain, cte="base64", style="gmail"),
        text(gmail_html(plain, rtl=True, quote_from=plain[k:]), "html", cte="base64", style="gmail")])
    env = dict(from_name="Mariam Osman", from_addr="mariam.osman.sd@gmail.example.com",
               subject="Re: ترشيح للمائدة المستديرة الثالثة",
               received_at=feb(4, 8, 45, 3), sender_tz=BEIRUT, lag=6, relay="mail-wr1-f46.google.com",
               inner_received="by mail-wr1-f46.google.com with SMTP id b8so4102661wrq.6\n"
                              "        for <gcmrrarabstates@iom.int>",
               mid="<CAKq7vN2hT8pLm4sQx0cRw6YbE1fU9dA3jZ7oK5nV@mail.gmail.com>",
               in_reply_to=ACK_05, references=MID_05 + "\n " + ACK_05)
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("هبة يوسف عطية", "منسقة برنامج الإدماج المجتمعي", "رابطة الجالية السودانية في لبنان",
                              ["roundtable"], 3)],
                 report_attachments=[], thread_of="h5-05.eml",
                 notes="Gmail reply to our acknowledgement of h5-05 supplying the missing title: adds new information, "
                       "so acknowledge; roundtable given by reference ('كما ذكرنا') and only by ordinal; Gmail's "
                       "Arabic attribution line with bidi control characters; quoted acknowledgement is '>'-prefixed")
    return env, root, label


@message
def h5_08():
    plain = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif Algérien Solidarité Migrants (CASM) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Algérie, préparé avec nos antennes d'Oran, de Tamanrasset et d'Alger.

Nous souhaiterions également que notre coordinatrice nationale, Mme Lamia Benyahia, puisse intervenir lors de la table ronde n° 2, le 24 ou le 25 février selon le programme.

Merci de nous confirmer la bonne réception.

Cordialement,
Yacine Merabet
Chargé de communication – CASM
+213 5 55 64 21 09
"""
    report = tiny_pdf(["Collectif Algerien Solidarite Migrants (CASM)",
                       "Rapport volontaire - Examen regional du Pacte mondial (2021)",
                       "1. Contexte  2. Objectifs 8, 9 et 13  3. Recommandations"], "Rapport CASM PMM 2021")
    body = multi("alternative", "000000000000d18a6e05ba8d3c47", [
        text(plain, style="gmail"), text(gmail_html(plain), "html", style="gmail")])
    root = multi("mixed", "000000000000d18a7005ba8d3c49", [
        body, attachment(report, "application/pdf", "Rapport_CASM_PMM_2021.pdf")])
    env = dict(from_name="Yacine Merabet", from_addr="casm.algerie@gmail.example.com",
               subject="Rapport volontaire CASM + proposition d'intervenante",
               received_at=feb(4, 12, 10, 9), sender_tz=tz(1), lag=8, relay="mail-ej1-f51.google.com",
               inner_received="by mail-ej1-f51.google.com with SMTP id w1so11925541ejf.11\n"
                              "        for <gcmrrarabstates@iom.int>",
               mid="<CAL3vB0rXw5mQ2pT8yN1sKc4dHf7eJ9aU6zG0iR2o@mail.gmail.com>")
    label = dict(category="both", language="fr", acknowledge=True,
                 speakers=[SP("Lamia Benyahia", "coordinatrice nationale", "Collectif Algérien Solidarité Migrants (CASM)",
                              ["roundtable"], 2)],
                 report_attachments=["Rapport_CASM_PMM_2021.pdf"], thread_of=None,
                 notes="report PDF and a speaker request in one message, both on time; nominee is a colleague of the "
                       "sender, title in lower case before 'Mme'; affiliation given once in the first paragraph")
    return env, root, label


@message
def h5_09():
    plain = """السلام عليكم ورحمة الله،

أرغب في المشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم 23 فبراير، إذ أعمل حالياً على دراسة حول هجرة الكفاءات من دول المغرب العربي إلى دول الخليج وأود طرح بعض نتائجها الأولية.

شكراً لكم

د. ريم عبدالله القحطاني
أستاذة مساعدة في علم الاجتماع
جامعة الخليج للعلوم الإنسانية
جوال: +966 55 214 7730
"""
    html = simple_html(plain, '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica '
                              'Neue, Helvetica, Arial, sans-serif;font-size:13px;" dir="rtl">\n%s\n</div></body></html>\n',
                       line='<div dir="rtl">%s</div>', empty='<div dir="rtl"><br></div>')
    root = multi("alternative", "----=_Part_1840217_1290453176.1612459523418", [
        text(plain, cte="quoted-printable", style="tb"), text(html, "html", cte="quoted-printable", style="tb")])
    env = dict(from_name="ريم القحطاني", from_addr="reem.alqahtani@yahoo.example.com",
               subject="المشاركة في النقاش المفتوح",
               received_at=feb(4, 19, 25, 50), sender_tz=tz(3), lag=27, relay="sonic305-21.consmr.mail.ir2.yahoo.com",
               inner_received="from sonic.gate.mail.ne1.yahoo.com by sonic305-21.consmr.mail.ir2.yahoo.com with HTTP",
               mid="<1290453176.1840218.1612459523419@mail.yahoo.com>",
               extra=["X-Mailer: WebService/1.1.17648 YMailNorrin Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("ريم عبدالله القحطاني", "أستاذة مساعدة في علم الاجتماع", "جامعة الخليج للعلوم الإنسانية",
                              ["open_discussion"])],
                 report_attachments=[], thread_of=None,
                 notes="self-nomination; name, title and affiliation only in the signature, name after 'د.'; the "
                       "display name is shorter than the signature name; 'النقاش المفتوح' = open_discussion; Yahoo Mail")
    return env, root, label


@message
def h5_10():
    plain = """Dear GCM Regional Review team,

Please find attached the completed speaker nomination form for our Executive Director, Ms. Grace Wanjiru Mwangi. She would like to make a floor intervention in Roundtable 1 on behalf of the Alliance.

Her short bio and contact details are in the form. Kindly copy me on any correspondence, as Grace is travelling until 12 February.

Kind regards,

Peter Odhiambo
Communications Officer
East Africa–Gulf Migrant Workers Alliance (EAGMWA)
Nairobi | Doha
Tel: +254 722 418 903

DISCLAIMER: This email and any attachments are confidential and intended solely for the use of the addressee. If you have received it in error, please notify the sender and delete it. EAGMWA does not accept liability for any errors or omissions in the contents of this message.
"""
    sig_split = plain.index("DISCLAIMER")
    html_inner = (mso_paras(plain[:sig_split].rstrip("\n"))
                  + '\n<p class=MsoNormal><img width=140 height=48 id="Picture_x0020_1" '
                    'src="cid:image001.png@01D6FB8E.2C4A9F10" alt="EAGMWA logo"><o:p></o:p></p>\n'
                  + '<p class=MsoNormal><span style="font-size:7.5pt;color:gray">%s</span></p>'
                  % escape(plain[sig_split:].strip(), quote=False))
    alt = multi("alternative", "_000_DB8PR10MB36285B1C9F2E4A7D0B3C6E8F1A2D4DB8PR10MB3628EURP_", [
        text(plain), text(outlook_html(html_inner, lang="EN-GB"), "html")])
    related = multi("related", "_005_DB8PR10MB36285B1C9F2E4A7D0B3C6E8F1A2D4DB8PR10MB3628EURP_", [
        alt, attachment(tiny_png((12, 84, 140)), "image/png", "image001.png", disposition="inline",
                        cid="image001.png@01D6FB8E.2C4A9F10")], params=';\n\ttype="multipart/alternative"')
    form = tiny_docx("GCM Regional Review (Arab region) – Speaker nomination form", [
        "Please complete one form per proposed speaker."], table=[
        ("Full name", "Grace Wanjiru Mwangi"),
        ("Title / position", "Executive Director"),
        ("Organisation", "East Africa–Gulf Migrant Workers Alliance (EAGMWA)"),
        ("Country", "Kenya (regional office in Doha, Qatar)"),
        ("Email", "g.mwangi@eagmwa.example.org"),
        ("Session requested", "Roundtable 1"),
        ("Language", "English, Kiswahili"),
        ("Short bio", "Grace has led EAGMWA since 2016 and previously worked as a domestic worker in Qatar and "
                      "Bahrain. She sits on the advisory group of the regional fair recruitment initiative.")],
        author="Peter Odhiambo")
    root = multi("mixed", "_006_DB8PR10MB36285B1C9F2E4A7D0B3C6E8F1A2D4DB8PR10MB3628EURP_", [
        related, attachment(form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Speaker nomination form_GMwangi.docx")])
    env = dict(from_name="Peter Odhiambo", from_addr="p.odhiambo@eagmwa.example.org",
               subject="Speaker nomination - EAGMWA - Roundtable 1",
               received_at=feb(5, 10, 2, 17), sender_tz=tz(3), lag=58,
               relay="mail-db8eur10on2097.outbound.protection.outlook.com",
               inner_received="from DB8PR10MB3628.EURPRD10.PROD.OUTLOOK.COM ([fe80::d04e:3b17:2a6c:9e18]) by "
                              "DB8PR10MB3628.EURPRD10.PROD.OUTLOOK.COM ([fe80::d04e:3b17:2a6c:9e18%5]) with mapi id "
                              "15.20.3825.032",
               mid="<DB8PR10MB36285B1C9F2E4A7D0B3C6E8F1A2D4@DB8PR10MB3628.EURPRD10.PROD.OUTLOOK.COM>",
               extra=outlook_extra(10, "en-GB", attach=True))
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Grace Wanjiru Mwangi", "Executive Director",
                              "East Africa–Gulf Migrant Workers Alliance (EAGMWA)", ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="details split between the body (name, 'our Executive Director', Roundtable 1; affiliation "
                       "from the sender's signature) and an attached DOCX nomination form repeating them: the DOCX is "
                       "a form, not a report; en dash in the organisation name; inline logo; disclaimer; sender is "
                       "not the speaker")
    return env, root, label


@message
def h5_11():
    plain = """Bonjour,

Maîtresse de conférences en droit public à l'Université de Provence-Méditerranée, je travaille depuis plusieurs années sur la protection des travailleurs migrants dans les pays du Golfe et sur la coopération internationale en matière de données migratoires.

Je souhaiterais intervenir lors de la 4e table ronde thématique de la conférence régionale, si cela est encore possible.

Avec mes remerciements,

Hélène Marchetti-Saïdi

Envoyé de mon iPad"""
    root = text(plain, style="apple")
    env = dict(from_name="Hélène Marchetti-Saïdi", from_addr="helene.marchetti-saidi@univ-provmed.example.fr",
               subject="Intervention - table ronde 4",
               received_at=feb(5, 13, 40, 26), sender_tz=tz(1), lag=14, relay="smtpout.univ-provmed.example.fr",
               inner_received="from smtpclient.apple (unknown [90.112.47.18])\n\tby smtpout.univ-provmed.example.fr "
                              "(Postfix) with ESMTPSA id 4DXb0L2mQz",
               mid="<9A3F6C0E-52B1-4D7A-8E29-1F0C4B7D6A35@univ-provmed.example.fr>",
               mime_version="Mime-Version: 1.0 (1.0)", extra=["X-Mailer: iPad Mail (18D52)"])
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Hélène Marchetti-Saïdi", "Maîtresse de conférences en droit public",
                              "Université de Provence-Méditerranée", ["roundtable"], 4)],
                 report_attachments=[], thread_of=None,
                 notes="academic self-nomination in prose: title and affiliation in an opening apposition without "
                       "'je suis', name only as the closing signature; '4e table ronde'; Apple Mail on iPad, "
                       "quoted-printable plain text only, 'Envoyé de mon iPad'")
    return env, root, label


@message
def h5_12():
    plain = """السادة فريق الاستعراض الإقليمي المحترمين،

بتوجيه من الأمين العام، نحيل إليكم أدناه ترشيحات الاتحاد للمشاركة في المؤتمر الإقليمي.

مع التحية،
سارة الحداد
مكتب العلاقات الدولية
الاتحاد النقابي لعمال الخدمات والعمالة المنزلية

---------- الرسالة المُعاد توجيهها ---------
من: حسن علي الشامي <h.alshami@sudw-union.example.org>
التاريخ: الجمعة، 5 فبراير 2021 في 4:52 م
الموضوع: ترشيحات المؤتمر الإقليمي
إلى: سارة الحداد <s.alhaddad@sudw-union.example.org>


الأخت سارة،

يرجى إرسال ترشيحات الاتحاد التالية إلى عنوان الاستعراض الإقليمي (gcmrrarabstates@iom.int) قبل نهاية اليوم:

1- الأخ حسن علي الشامي، الأمين العام للاتحاد، مداخلة في الجلسة العامة.
2- الأخت نوال سعيد بركات، رئيسة لجنة المرأة العاملة، مداخلة في المائدة المستديرة الأولى.

مع الشكر
حسن
"""
    k = plain.index("---------- الرسالة")
    root = multi("alternative", "0000000000007c41b905baa2e9d5", [
        text(plain, cte="base64", style="gmail"),
        text(gmail_html(plain, rtl=True, quote_from=plain[k:]), "html", cte="base64", style="gmail")])
    env = dict(from_name="سارة الحداد", from_addr="s.alhaddad@sudw-union.example.org",
               subject="Fwd: ترشيحات المؤتمر الإقليمي",
               received_at=feb(5, 18, 15, 44), sender_tz=BEIRUT, lag=9, relay="mail-lf1-f45.google.com",
               inner_received="by mail-lf1-f45.google.com with SMTP id v24so10522118lfr.7\n"
                              "        for <gcmrrarabstates@iom.int>",
               mid="<CAPx2tS9eW1nH4vB7qK0mR3cY6uJ8dF5aL2oZ9iG@mail.gmail.com>")
    aff = "الاتحاد النقابي لعمال الخدمات والعمالة المنزلية"
    label = dict(category="speaker_request", language="ar", acknowledge=True,
                 speakers=[SP("حسن علي الشامي", "الأمين العام للاتحاد", aff, ["plenary"]),
                           SP("نوال سعيد بركات", "رئيسة لجنة المرأة العاملة", aff, ["roundtable"], 1)],
                 report_attachments=[], thread_of=None,
                 notes="trade union; Gmail forward (Arabic interface headers من/التاريخ/الموضوع/إلى): the nominations "
                       "are only in the forwarded part, the first nominee is the forwarded message's author; union "
                       "honorifics الأخ/الأخت are not part of the names; affiliation only in the forwarder's signature")
    return env, root, label


@message
def h5_13():
    plain = """Hello,

My name is Mercy Adjei Boateng from Migrant Domestic Workers Voice Lebanon (MDWV). I would like to speak in the plenary session about the kafala system and what happened to domestic workers after the port explosion, many of us lost our jobs and are still stuck without papers.

Thank you and God bless

Sent from my iPhone"""
    root = text(plain, charset="us-ascii", cte="7bit", style="apple")
    env = dict(from_name="Mercy Boateng", from_addr="mercyboateng88@icloud.example.com",
               subject="Request to speak",
               received_at=feb(5, 21, 40, 2), sender_tz=BEIRUT, lag=11, relay="st43p00im-ztfb10071701.me.com",
               inner_received="from smtpclient.apple (unknown [185.89.87.140])\n\tby st43p00im-ztfb10071701.me.com "
                              "(Postfix) with ESMTPSA id 2C4A3E0A0D9",
               mid="<4E8D2B71-0C9A-4F3E-B5D6-81A7C2E9F034@icloud.example.com>",
               mime_version="Mime-Version: 1.0 (1.0)", extra=["X-Mailer: iPhone Mail (18D52)"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Mercy Adjei Boateng", None, "Migrant Domestic Workers Voice Lebanon (MDWV)",
                              ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="migrant-led group; iPhone, plain 7bit; no title given (null); self-introduction 'My name is "
                       "... from ...'; display name shorter than the name in the body; evening of the deadline day")
    return env, root, label


@message
def h5_14():
    body = """Dear colleagues,

I hope it is not too late - it is still Friday evening here in Rotterdam. I would like to volunteer as rapporteur for the multi-stakeholder consultation on 23 February, to deliver the key messages of the stakeholders to the Conference.

I have facilitated the diaspora track of the Africa-Europe civil society dialogues on migration since 2017, so I am used to summarising many voices into a few clear messages. I speak English, Arabic and Somali.

With kind regards,

--\x20
Ahmed Yusuf Farah
Chair of the Board
Horn of Africa Diaspora Council in Europe (HADCE)
+31 6 4127 9930
"""
    root = text(flowed(body), charset="utf-8", cte="7bit", style="tb", flowed=True)
    root[0].insert(1, "Content-Language: en-GB")
    env = dict(from_name="Ahmed Yusuf Farah", from_addr="a.farah@hadce.example.nl",
               subject="Rapporteur - multi-stakeholder consultation 23 Feb",
               received_at=feb(6, 0, 47, 12), sender_tz=tz(1), lag=38, relay="smtp.hadce.example.nl",
               inner_received="from [10.0.0.12] (dhcp-84-27.ziggo.example.nl [84.27.190.44])\n\t(Authenticated "
                              "sender: a.farah@hadce.example.nl)\n\tby smtp.hadce.example.nl (Postfix) with ESMTPSA id "
                              "0A3C1E2B77",
               mid="<b7e40d3a-6f21-4c8e-a915-2d0f3c6b8e41@hadce.example.nl>",
               extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101\n"
                      " Thunderbird/78.7.1"])
    label = dict(category="speaker_request", language="en", acknowledge=True,
                 speakers=[SP("Ahmed Yusuf Farah", "Chair of the Board", "Horn of Africa Diaspora Council in Europe (HADCE)",
                              ["rapporteur"])],
                 report_attachments=[], thread_of=None,
                 notes="late: the Date header reads Fri 5 Feb 23:46 +0100 and the sender says it is still Friday, but "
                       "the server received it at 00:47 on 6 February Beirut time; self-nomination as rapporteur, "
                       "details in the signature; Thunderbird format=flowed")
    return env, root, label


@message
def h5_15():
    plain = """Bonjour,

Je sais que la date limite pour les demandes de prise de parole était le 5 février, mais je me permets tout de même de vous écrire.

Je m'appelle Moussa Keïta, je suis journaliste indépendant et ancien travailleur migrant en Libye et en Algérie. Je souhaiterais intervenir lors de la séance plénière du 24 février pour témoigner des conditions de détention des migrants subsahariens dans la région.

Si ce n'est plus possible, je comprendrai tout à fait.

Merci d'avance,
Moussa Keïta
Bamako / Tunis
"""
    root = multi("alternative", "000000000000a9e3f105bad1c6f8", [
        text(plain, style="gmail"), text(gmail_html(plain), "html", style="gmail")])
    env = dict(from_name="Moussa Keita", from_addr="moussa.keita.journaliste@gmail.example.com",
               subject="Demande d'intervention (plénière du 24 février)",
               received_at=feb(8, 10, 30, 37), sender_tz=tz(1), lag=6, relay="mail-wr1-f41.google.com",
               inner_received="by mail-wr1-f41.google.com with SMTP id l12so16480113wry.4\n"
                              "        for <gcmrrarabstates@iom.int>",
               mid="<CAF9jM3qY1cN6rT0wE4vB8sH2kD5gU7aX0zL3pI6o@mail.gmail.com>")
    label = dict(category="speaker_request", language="fr", acknowledge=True,
                 speakers=[SP("Moussa Keïta", "journaliste indépendant", None, ["plenary"])],
                 report_attachments=[], thread_of=None,
                 notes="late (8 February), the sender says so; individual with no organisational affiliation (null); "
                       "title in prose ('je suis journaliste indépendant'); display name without the diaeresis")
    return env, root, label


@message
def h5_16():
    plain = """Dear GCM team,

I registered last week for the Regional Review Conference as an observer for Cedar Relief Initiative. Could you please let us know:

- whether the conference on 24-25 February will be fully online, and on which platform (Zoom, Webex...)?
- whether simultaneous interpretation into Arabic will be available in the roundtables?
- when the connection links will be sent to registered participants?

Two of my colleagues would also like to follow the sessions. Can they use the same registration or should each of them register separately?

Many thanks in advance,

Rania Mouawad
Programme Assistant
Cedar Relief Initiative
Beirut, Lebanon
"""
    html = simple_html(plain, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                              '</head><body><div style="font-family:Calibri,sans-serif;font-size:12pt">\n%s\n'
                              '</div></body></html>\n', line="<div>%s</div>", empty="<div><br></div>")
    root = multi("alternative", "B_3695466027_1420951385", [text(plain, style="tb"), text(html, "html", style="tb")])
    env = dict(from_name="Rania Mouawad", from_addr="rania.mouawad@cedarrelief.example.org",
               subject="Practical questions - Regional Review Conference 24-25 Feb",
               received_at=feb(8, 15, 20, 8), sender_tz=BEIRUT, lag=19, relay="mail.cedarrelief.example.org",
               mid="<7D1E4C2A-93B0-4F6D-A5E8-0C2B91F3D746@cedarrelief.example.org>",
               extra=["User-Agent: Microsoft-MacOutlook/16.45.21011103", "Thread-Topic: Practical questions - "
                      "Regional Review Conference 24-25 Feb", "Content-Language: en-US"])
    label = dict(category="other", language="en", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="logistics questions (platform, interpretation, links, registration) from a registered "
                       "observer; mentions roundtables and colleagues but proposes no speaker; Outlook for Mac")
    return env, root, label


@message
def h5_17():
    plain = """Madame, Monsieur,

Nous avons bien reçu la lettre d'invitation à l'examen régional du Pacte mondial sur les migrations dans la région arabe et vous en remercions.

Afin de préparer au mieux notre participation, pourriez-vous nous transmettre l'ordre du jour provisoire de la conférence des 24 et 25 février ainsi que la note conceptuelle des quatre tables rondes thématiques ? Ces documents n'étaient pas joints au courriel que nous avons reçu.

Avec nos remerciements anticipés,

Sonia Ben Amor
Responsable des partenariats
Association Tunisienne pour l'Insertion des Migrants (ATIM)
Tél. : +216 71 842 560

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
"""
    root = multi("alternative", "_000_AM0PR07MB61843A9F2D5C8E1B7046F3A2C9D1EAM0PR07MB6184eurp_", [
        text(plain), text(outlook_html(mso_paras(plain), lang="FR"), "html")])
    env = dict(from_name="Sonia Ben Amor", from_addr="s.benamor@atim-tunisie.example.tn",
               subject="Demande d'ordre du jour et de note conceptuelle",
               received_at=feb(9, 11, 0, 45), sender_tz=tz(1), lag=71,
               relay="mail-am6eur05on2102.outbound.protection.outlook.com",
               inner_received="from AM0PR07MB6184.eurprd07.prod.outlook.com ([fe80::6a9c:13e2:f4b0:27d1]) by "
                              "AM0PR07MB6184.eurprd07.prod.outlook.com ([fe80::6a9c:13e2:f4b0:27d1%7]) with mapi id "
                              "15.20.3846.019",
               mid="<AM0PR07MB61843A9F2D5C8E1B7046F3A2C9D1E@AM0PR07MB6184.eurprd07.prod.outlook.com>",
               extra=outlook_extra(17, "fr-FR"))
    label = dict(category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="request for the provisional agenda and concept note; mentions the invitation, the four "
                       "roundtables and dates but submits nothing; signature title and organisation are not a "
                       "speaker; long French disclaimer")
    return env, root, label


@message
def h5_18():
    plain = """Dear GCM Regional Review team,

Please find attached the National Voluntary GCM Review Report, submitted on behalf of the National Committee on Migration, as transmitted by the Director of the Migration Policy Unit (see below).

Best regards,

Lina Abu Ghazaleh
International Cooperation Officer
Ministry of Labour – Migration Policy Unit
Tel: +962 6 580 2266 ext. 315

From: Dr. Faisal Al-Momani <f.almomani@mol.example.gov>
Sent: Tuesday, February 9, 2021 6:12 PM
To: Lina Abu Ghazaleh <l.abughazaleh@mol.example.gov>
Cc: Migration Policy Unit <mpu@mol.example.gov>
Subject: National Voluntary GCM Review - final

Dear Lina,

Attached is the final English version of the National Voluntary GCM Review Report, as endorsed by the National Committee on Migration on 8 February. Kindly forward it to the regional review secretariat (gcmrrarabstates@iom.int) tomorrow, with copy to the Committee members.

The Arabic version will follow once the translation is cleared.

Regards,
Faisal
"""
    k = plain.index("From: Dr.")
    inner = (mso_paras(plain[:k].rstrip("\n"))
             + '\n<p class=MsoNormal><img width=96 height=96 id="Picture_x0020_2" '
               'src="cid:image001.png@01D6FF3A.5B8E1C20" alt="Ministry of Labour"><o:p></o:p></p>\n'
             + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + mso_paras(plain[k:]) + "\n</div>")
    alt = multi("alternative", "_000_VI1PR0302MB33172E5D8A4C1F9B0E7D2A6C3B8F5VI1PR0302MB3317eurp_", [
        text(plain), text(outlook_html(inner, lang="EN-US"), "html")])
    related = multi("related", "_004_VI1PR0302MB33172E5D8A4C1F9B0E7D2A6C3B8F5VI1PR0302MB3317eurp_", [
        alt, attachment(tiny_png((150, 30, 40), 40, 40), "image/png", "image001.png", disposition="inline",
                        cid="image001.png@01D6FF3A.5B8E1C20")], params=';\n\ttype="multipart/alternative"')
    report = tiny_pdf(["National Voluntary GCM Review Report 2021",
                       "Prepared by the National Committee on Migration",
                       "Part I: Methodology and consultations", "Part II: Progress on the 23 GCM objectives",
                       "Part III: Challenges and next steps"], "National Voluntary GCM Review Report 2021")
    root = multi("mixed", "_005_VI1PR0302MB33172E5D8A4C1F9B0E7D2A6C3B8F5VI1PR0302MB3317eurp_", [
        related, attachment(report, "application/pdf", "National Voluntary GCM Review Report 2021 - EN (final).pdf")])
    env = dict(from_name="Lina Abu Ghazaleh", from_addr="l.abughazaleh@mol.example.gov",
               cc="Migration Policy Unit <mpu@mol.example.gov>",
               subject="FW: National Voluntary GCM Review - final",
               thread_topic="National Voluntary GCM Review - final",
               received_at=feb(10, 9, 40, 16), sender_tz=BEIRUT, lag=49,
               relay="mail-vi1eur03on2120.outbound.protection.outlook.com",
               inner_received="from VI1PR0302MB3317.eurprd03.prod.outlook.com ([fe80::c95e:27b1:04fa:d8e3]) by "
                              "VI1PR0302MB3317.eurprd03.prod.outlook.com ([fe80::c95e:27b1:04fa:d8e3%3]) with mapi id "
                              "15.20.3846.029",
               mid="<VI1PR0302MB33172E5D8A4C1F9B0E7D2A6C3B8F5@VI1PR0302MB3317.eurprd03.prod.outlook.com>",
               references="<VI1PR0302MB3317C0A4B19E2D5F7A38B6E1D9C02@VI1PR0302MB3317.eurprd03.prod.outlook.com>",
               extra=outlook_extra(18, "en-US", attach=True))
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["National Voluntary GCM Review Report 2021 - EN (final).pdf"], thread_of=None,
                 notes="government submission forwarded by a ministry officer (Outlook 'FW:', quoted header block with "
                       "'Dr.'); the forwarded text contains the review address; inline logo image001.png is not part "
                       "of the report; file name with spaces and parentheses; an Arabic version is only announced")
    return env, root, label


@message
def h5_19():
    plain = """السادة القائمون على الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرغب في الاستفسار عمّا إذا كان المؤتمر الإقليمي يومي 24 و25 شباط/فبراير سيُعقد حضورياً أم عبر الإنترنت. ففي حال انعقاده حضورياً، نرجو إفادتنا بمكان الانعقاد وبإمكانية تزويدنا برسالة دعوة رسمية لتقديم طلبات التأشيرة لوفد مؤسستنا المكوّن من شخصين، علماً بأن إجراءات التأشيرة من صنعاء قد تستغرق أكثر من ثلاثة أسابيع.

ولكم جزيل الشكر،

عبدالرحمن محمد الشرعبي
مدير البرامج
مؤسسة مرافئ للتنمية والهجرة الآمنة
صنعاء – الجمهورية اليمنية
"""
    root = multi("alternative", "_000_AS8PR01MB74921B6E0C3D9F5A2E8B7C4D1F60AAS8PR01MB7492eurp_", [
        text(plain, cte="base64"), text(outlook_html(mso_paras(plain, rtl=True), lang="AR-SA", rtl=True), "html",
                                        cte="base64")])
    env = dict(from_name="Abdulrahman Al-Sharabi", from_addr="a.alsharabi@marafi-foundation.example.org",
               subject="استفسار بخصوص التأشيرة ومكان انعقاد المؤتمر",
               received_at=feb(11, 12, 15, 29), sender_tz=tz(3), lag=66,
               relay="mail-as8eur01on2135.outbound.protection.outlook.com",
               inner_received="from AS8PR01MB7492.eurprd01.prod.outlook.com ([fe80::21b9:e8c4:7d3a:5f02]) by "
                              "AS8PR01MB7492.eurprd01.prod.outlook.com ([fe80::21b9:e8c4:7d3a:5f02%4]) with mapi id "
                              "15.20.3846.035",
               mid="<AS8PR01MB74921B6E0C3D9F5A2E8B7C4D1F60A@AS8PR01MB7492.eurprd01.prod.outlook.com>",
               extra=outlook_extra(19, "ar-SA"))
    label = dict(category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[],
                 thread_of=None,
                 notes="visa and venue question (in person or online, invitation letter for a two-person delegation); "
                       "no names proposed, the signature is the sender's; English display name, Arabic body; Outlook "
                       "base64 UTF-8")
    return env, root, label


@message
def h5_20():
    plain = """Dear Sir/Madam,

Greetings from the Ethiopian Migrant Workers' Solidarity Group.

Attached please find our voluntary report for the GCM regional review. It was written together with 26 of our members, all current or former domestic workers in Lebanon, Jordan and Kuwait, based on the group discussions we held in December and January. We also attach a photo from one of the sessions in case you want to use it (the women in the photo gave their consent).

We hope our voices will be heard in the review.

Best regards,
Tigist Alemu
Coordinator
Ethiopian Migrant Workers' Solidarity Group (EMWSG)
Beirut
"""
    report = tiny_pdf(["Ethiopian Migrant Workers' Solidarity Group (EMWSG)",
                       "Voluntary report for the GCM Regional Review - Arab region, February 2021",
                       "Voices of domestic workers in Lebanon, Jordan and Kuwait"], "EMWSG voluntary report GCM 2021")
    body = multi("alternative", "0000000000003b8e2c05bb22d4a1", [
        text(plain, style="gmail"), text(gmail_html(plain), "html", style="gmail")])
    root = multi("mixed", "0000000000003b8e2e05bb22d4a3", [
        body, attachment(report, "application/pdf", "EMWSG voluntary report GCM 2021 final.pdf"),
        attachment(tiny_png((200, 170, 120), 48, 32), "image/png", "IMG-20210117-WA0012.png")])
    env = dict(from_name="Tigist Alemu", from_addr="emwsg.beirut@gmail.example.com",
               subject="Voluntary report - Ethiopian Migrant Workers' Solidarity Group",
               received_at=feb(12, 16, 5, 51), sender_tz=BEIRUT, lag=7, relay="mail-ed1-f48.google.com",
               inner_received="by mail-ed1-f48.google.com with SMTP id s11so10270373edd.5\n"
                              "        for <gcmrrarabstates@iom.int>",
               mid="<CAGs4hN1pV8wE2kQ6yT0rB3mJ9cX5dL7aU1zF4oK@mail.gmail.com>")
    label = dict(category="voluntary_report", language="en", acknowledge=True, speakers=[],
                 report_attachments=["EMWSG voluntary report GCM 2021 final.pdf"], thread_of=None,
                 notes="migrant-led group; PDF report plus a photo attachment (WhatsApp-style PNG name) that is not "
                       "part of the report; the signature title is not a speaker request")
    return env, root, label


@message
def h5_21():
    body = """Madame, Monsieur,

Au nom des sept organisations membres du Réseau Euro-Maghrébin Citoyenneté et Migrations (REMCM), j'ai le plaisir de vous transmettre en pièce jointe notre rapport collectif de contribution à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été élaboré entre novembre 2020 et février 2021 par :
- l'Association Horizons Migrants (Tunis) ;
- le Comité de Vigilance pour les Droits des Exilés (Oujda) ;
- Femmes Migrantes en Action (Marseille) ;
- le Centre d'Études et d'Appui aux Diasporas (Alger) ;
- Solidarités Sahel-Maghreb (Nouakchott) ;
- l'Observatoire Citoyen des Frontières (Bruxelles) ;
- le Collectif Jeunesse et Mobilité (Casablanca).

Il porte principalement sur les objectifs 5, 7, 13 et 15 du Pacte.

Nous vous remercions de bien vouloir nous en accuser réception.

Bien cordialement,

--\x20
Nadia Chergui
Coordinatrice du REMCM
Réseau Euro-Maghrébin Citoyenneté et Migrations
"""
    name = "Rapport collectif REMCM – Examen régional du Pacte mondial (février 2021).docx"
    doc = tiny_docx("Rapport collectif du REMCM – Examen régional du Pacte mondial sur les migrations", [
        "Introduction et méthodologie", "1. Voies de migration régulière (objectif 5)",
        "2. Réduction des vulnérabilités (objectif 7)", "3. Détention administrative (objectif 13)",
        "4. Accès aux services de base (objectif 15)", "Recommandations"], author="Nadia Chergui")
    root = multi("mixed", "------------A7C2E90F41B35D6E81F0C4B2", [
        text(flowed(body), charset="UTF-8", cte="8bit", style="tb", flowed=True),
        attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name,
                   style="2231")])
    env = dict(from_name="Nadia Chergui", from_addr="coordination@remcm.example.org",
               subject="Rapport collectif du REMCM - examen régional du Pacte mondial",
               received_at=feb(15, 18, 30, 3), sender_tz=tz(1), lag=12, relay="smtp.remcm.example.org",
               inner_received="from [192.168.0.17] (lfbn-mrs-1-144-27.w86-229.abo.example.fr [86.229.40.27])\n\t"
                              "(Authenticated sender: coordination@remcm.example.org)\n\tby smtp.remcm.example.org "
                              "(Postfix) with ESMTPSA id 7E21C3A0F8",
               mid="<e2c91f4b-7d30-4a85-b6e1-93f0a2d5c847@remcm.example.org>",
               extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\n"
                      " Thunderbird/78.7.1", "Content-Language: fr"])
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=[name], thread_of=None,
                 notes="collective report of a seven-member network (members listed in the body); Thunderbird, "
                       "format=flowed 8bit; long DOCX name with en dash, accents and parentheses as RFC 2231 "
                       "continuations (filename*0*=, filename*1*=...) and an RFC 2047 name=")
    return env, root, label


@message
def h5_22():
    plain = """السادة فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لمركز الراصد لحقوق العمال المهاجرين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في دولة الكويت وسلطنة عُمان خلال الفترة 2019-2020.

نعتذر عن تأخر الإرسال إلى اليوم الأخير بسبب استكمال المراجعة القانونية للتقرير.

مع خالص التقدير،
فاطمة جاسم المطيري
رئيسة المركز
مركز الراصد لحقوق العمال المهاجرين
"""
    report = tiny_pdf(["Al-Rased Centre for Migrant Workers' Rights",
                       "Voluntary GCM review report - Kuwait and Oman, 2019-2020",
                       "(Arabic text)"], "Al-Rased voluntary report 2021", producer="LibreOffice 7.0")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<div dir="rtl">\n'
            + "\n".join("<p>%s</p>" % escape(p, quote=False).replace("\n", "<br />") for p in plain.strip().split("\n\n"))
            + "\n</div>\n</body></html>\n")
    alt = multi("alternative", "=_4c7f1e0a9b3d2e8f5a6c1b0d7e9f3a24", [
        text(plain, style="tb"), text(html, "html", style="tb")])
    root = multi("mixed", "=_9a0d3b6c2e4f81a7c5d0e9b3f6a2c148", [
        alt, attachment(report, "application/octet-stream", "التقرير الطوعي - مركز الراصد 2021.pdf", style="2231")])
    env = dict(from_name="مركز الراصد", from_addr="info@alrased-mw.example.org",
               subject="التقرير الطوعي - مركز الراصد لحقوق العمال المهاجرين",
               received_at=feb(16, 22, 10, 33), sender_tz=tz(3), lag=4, relay="mail.alrased-mw.example.org",
               inner_received="from localhost (localhost [127.0.0.1])\n\tby mail.alrased-mw.example.org (Postfix) with "
                              "ESMTPA id 3A9F21C07B",
               mid=MID_22, extra=["User-Agent: Roundcube Webmail/1.4.9", "X-Sender: info@alrased-mw.example.org"])
    label = dict(category="voluntary_report", language="ar", acknowledge=True, speakers=[],
                 report_attachments=["التقرير الطوعي - مركز الراصد 2021.pdf"], thread_of=None,
                 notes="Roundcube webmail: the PDF is sent as application/octet-stream (only the .pdf name tells what "
                       "it is), Arabic file name in RFC 2231 filename* and RFC 2047 name=; received 22:10 on the "
                       "report deadline day (Date header 23:10 +0300), on time")
    return env, root, label


@message
def h5_23():
    plain = """شكراً جزيلاً على تأكيد الاستلام، ونتمنى لكم التوفيق في أعمال المؤتمر.

فاطمة المطيري

في 2021-02-16 23:11، GCM Regional Review Arab States كتب:
> السيدة فاطمة جاسم المطيري،
>
> نشكركم على رسالتكم، ونؤكد استلام التقرير الطوعي المقدَّم إلى الاستعراض
> الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية.
>
> فريق الاستعراض الإقليمي
"""
    root = text(plain, charset="UTF-8", style="tb", flowed=True)
    env = dict(from_name="مركز الراصد", from_addr="info@alrased-mw.example.org",
               subject="Re: تأكيد استلام - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
               received_at=feb(17, 9, 5, 40), sender_tz=tz(3), lag=4, relay="mail.alrased-mw.example.org",
               inner_received="from localhost (localhost [127.0.0.1])\n\tby mail.alrased-mw.example.org (Postfix) with "
                              "ESMTPA id 5D0E8B1A93",
               mid="<8c4e1a07d2f9b3e6a5c0d4f7e1b2a938@mail.alrased-mw.example.org>",
               in_reply_to=ACK_22, references=MID_22 + "\n " + ACK_22,
               extra=["User-Agent: Roundcube Webmail/1.4.9", "X-Sender: info@alrased-mw.example.org"])
    label = dict(category="other", language="ar", acknowledge=False, speakers=[], report_attachments=[],
                 thread_of="h5-22.eml",
                 notes="pure thank-you reply to our acknowledgement of h5-22 (Roundcube, '>'-quoted): adds nothing, "
                       "so no acknowledgement; the quoted text mentions the voluntary report")
    return env, root, label


@message
def h5_24():
    plain = """Bonjour,

Avec un jour de retard, veuillez trouver ci-joint le rapport volontaire de la Fédération des Associations de la Diaspora Tunisienne en Europe (FADTE) pour l'examen régional du Pacte mondial. Nous espérons qu'il pourra encore être pris en compte.

Bien à vous,
Karim Jaziri
Secrétaire général adjoint, FADTE



Envoyé depuis mon smartphone Samsung Galaxy."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body '
            'dir="auto">' + "".join('<div dir="auto">%s</div>' % (escape(x, quote=False) or "<br>")
                                     for x in plain.split("\n")) + "</body></html>\n")
    body = multi("alternative", "--_com.samsung.android.email_1108215624118640", [
        text(plain, style="gmail", cte="base64"), text(html, "html", style="gmail", cte="base64")])
    report = tiny_pdf(["Federation des Associations de la Diaspora Tunisienne en Europe (FADTE)",
                       "Rapport volontaire - Pacte mondial pour des migrations sures, ordonnees et regulieres",
                       "Fevrier 2021"], "Rapport volontaire FADTE PMM 2021")
    root = multi("mixed", "--_com.samsung.android.email_1108215624118641", [
        body, attachment(report, "application/pdf", "Rapport_volontaire_FADTE_PMM_2021.pdf")])
    env = dict(from_name="Karim Jaziri", from_addr="k.jaziri@fadte.example.eu",
               subject="Rapport volontaire FADTE",
               received_at=feb(17, 11, 45, 19), sender_tz=tz(1), lag=24, relay="smtp.fadte.example.eu",
               inner_received="from [10.137.52.8] (unknown [92.184.105.31])\n\tby smtp.fadte.example.eu (Postfix) with "
                              "ESMTPSA id 1B7D4E2F90",
               mid="<hk3w9a1f2c8s4q0e7m5x6v.1613555095123@email.android.com>")
    label = dict(category="voluntary_report", language="fr", acknowledge=True, speakers=[],
                 report_attachments=["Rapport_volontaire_FADTE_PMM_2021.pdf"], thread_of=None,
                 notes="late report (17 February, 'avec un jour de retard'); Samsung Email on Android, base64 parts "
                       "with dir=auto HTML; diaspora federation; 'Envoyé depuis mon smartphone Samsung Galaxy.'")
    return env, root, label


# ----------------------------------------------------------------- writer
def build(folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        env, root, label = fn()
        name = "h5-%02d.eml" % n
        assert fn.__name__ == "h5_%02d" % n, fn.__name__
        env["ip"] = "198.51.100.%d" % (20 + n * 9)
        env["qid"] = "4DcH%02dq%sZ" % (n, "KpW7rN"[n % 6:] + "Ym3x")
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(env, root))
        rat, cat = env["received_at"], label["category"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat,
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout5"))
