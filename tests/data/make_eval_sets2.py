#!/usr/bin/env python3
"""Build the second pair of labelled evaluation sets (tests/data/tuning2, tests/data/holdout2).

Written independently of the code under test.  Every message is described by one `Mail` record
(sender, client, text, attachments, label); `render()` turns it into raw RFC 5322 bytes (CRLF) the
way the named mail client and our Postfix MX would.  Output is deterministic: no clock, no random
module, fixed MIME boundaries, fixed zip timestamps inside DOCX files.

usage: python make_eval_sets2.py [OUTPUT_ROOT]   (default: the folder of this script)
"""
import datetime as dt
import hashlib
import html
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from email import charset as cs_mod
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
MAILBOX = "gcmrrarabstates@iom.int"
OURS = "GCM Regional Review <gcmrrarabstates@iom.int>"


def h(*parts):
    """Short deterministic hex digest."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


# --------------------------------------------------------------------------- attachments
def pdf_bytes(title, lines):
    """A small valid one-page PDF (Helvetica, Latin-1 text) with a correct xref table."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 16 Tf", "72 770 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for ln in lines:
        ops += [f"({esc(ln)}) Tj", "0 -14 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (eval-sets-2) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png_bytes(w, h_, rgb):
    """A tiny solid-colour PNG (logos, photos)."""
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    row = b"\x00" + bytes(rgb) * w
    raw = row * h_
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def docx_bytes(heading, paragraphs=(), table=None, rtl=False):
    """A DOCX built with python-docx, re-zipped with fixed timestamps so the bytes are stable."""
    import docx  # python-docx
    d = docx.Document()
    d.core_properties.author = "eval"
    d.core_properties.created = dt.datetime(2021, 1, 30, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2021, 1, 30, 9, 0, 0)
    d.core_properties.last_modified_by = "eval"
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row, strict=False):
                c.text = v
    if rtl:
        d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


@dataclass
class Att:
    name: str
    data: bytes
    ctype: str = "application/pdf"
    inline_cid: str = None      # set: inline image in multipart/related
    style: str = "2231"         # how a non-ASCII file name is written: "2231" or "2047"


def pdf(name, title, *lines):
    return Att(name, pdf_bytes(title, list(lines) or ["Voluntary GCM review - stakeholder contribution."]))


def docx_att(name, heading, paragraphs=(), table=None, style="2231"):
    return Att(name, docx_bytes(heading, paragraphs, table),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style=style)


def logo(name="image001.png", cid=None, rgb=(30, 90, 160)):
    return Att(name, png_bytes(24, 12, rgb), "image/png", inline_cid=cid or f"{name}@01D6FA00.5C3B2E10")


def photo(name, rgb=(150, 120, 100)):
    return Att(name, png_bytes(32, 40, rgb), "image/png")


# --------------------------------------------------------------------------- the message record
@dataclass
class Mail:
    file: str
    received: str                    # local Beirut time "2021-02-03T08:12:40"
    sender: tuple                    # (display name, address)
    subject: str
    text: str                        # plain body; "" when the client sends HTML only
    client: str = "gmail"            # gmail, gmail_android, outlook, outlook_html_only, apple, iphone,
                                     # thunderbird, roundcube
    html: str = None                 # explicit HTML body (else derived from text for html clients)
    charset: str = "utf-8"
    rtl: bool = False
    tz: int = 120                    # minutes east of UTC shown in the Date header
    lag: int = 37                    # seconds between Date and reception
    attachments: list = field(default_factory=list)
    reply_to: str = None             # file of an earlier message of this set (this one answers it)
    via_ack: bool = False            # the reply answers our acknowledgement of reply_to
    cc: str = None
    # label
    category: str = "speaker_request"
    language: str = "en"
    acknowledge: bool = True
    speakers: list = field(default_factory=list)
    report: list = field(default_factory=list)
    thread_of: str = None
    notes: str = ""


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation,
            "roles": list(roles), "roundtable": roundtable}


# --------------------------------------------------------------------------- rendering
def _cs(name, enc):
    c = cs_mod.Charset(name)
    c.body_encoding = {"qp": cs_mod.QP, "b64": cs_mod.BASE64, "8bit": None}[enc]
    if name.lower() in ("utf-8", "windows-1256", "iso-8859-1"):
        c.header_encoding = cs_mod.BASE64 if name.lower() != "iso-8859-1" else cs_mod.QP
    return c


def text_to_html(text, rtl=False, flavour="gmail"):
    """Simple paragraphs; consecutive '>' lines become a blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()
    for ln in text.split("\n"):
        if ln.startswith(">"):
            quote.append(ln[1:].lstrip(" "))
            continue
        flush_quote()
        if flavour == "outlook":
            out.append('<p class="MsoNormal"' + (' dir="RTL" style="text-align:right"' if rtl else "") + ">"
                       + (html.escape(ln) if ln.strip() else "&nbsp;") + "</p>")
        else:
            out.append((html.escape(ln) if ln.strip() else "") + "<br>")
    flush_quote()
    body = "\n".join(out)
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    if flavour == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/'
                '2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 '
                '(filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;'
                'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}'
                '\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-US" '
                'link="#0563C1" vlink="#954F72"' + d + '>\n<div class="WordSection1">\n' + body
                + "\n</div>\n</body>\n</html>\n")
    if flavour == "apple":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
                + d + ">\n" + body + "\n</body></html>\n")
    if flavour == "thunderbird":
        return ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
                '  </head>\n  <body' + d + '>\n' + body + "\n  </body>\n</html>\n")
    return '<div' + d + '>' + body + "</div>\n"


class Renderer:
    def __init__(self, prefix):
        self.prefix = prefix
        self.mids = {}        # file -> Message-ID
        self.subjects = {}
        self.counter = 0

    # ---- identifiers in each client's style
    def message_id(self, m):
        k = h(self.prefix, m.file)
        dom = m.sender[1].split("@", 1)[1]
        c = m.client
        if c in ("gmail", "gmail_android"):
            return f"<CA{k[:2].upper()}+{k[2:14]}{k[14:40].upper()}=={k[40:44]}@mail.gmail.com>"
        if c.startswith("outlook"):
            return (f"<{k[:4].upper()}PR{k[4:6].upper()}MB{k[6:10].upper()}{k[10:30].upper()}@"
                    f"{k[30:34].upper()}PR{k[34:36].upper()}MB{k[36:40].upper()}.eurprd0{int(k[40], 16) % 9 + 1}.prod.outlook.com>")
        if c in ("apple", "iphone"):
            u = k[:32].upper()
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
        if c == "thunderbird":
            return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@{dom}>"
        return f"<{k[:32]}@{dom}>"

    def boundary(self, m, n):
        k = h(self.prefix, m.file, "b", n)
        c = m.client
        if c in ("gmail", "gmail_android"):
            return "000000000000" + k[:12]
        if c.startswith("outlook"):
            return f"_00{n}_{k[:4].upper()}PR{k[4:6]}MB{k[6:14].upper()}_"
        if c in ("apple", "iphone"):
            u = k[:32].upper()
            return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
        if c == "thunderbird":
            return "------------" + k[:24].upper()
        return "=_" + k[:32]

    # ---- bodies
    def body(self, m):
        c = m.client
        enc_text = {"gmail": "qp", "gmail_android": "b64", "outlook": "qp", "apple": "qp",
                    "iphone": "qp", "thunderbird": "8bit", "roundcube": "qp",
                    "outlook_html_only": "qp"}[c]
        if m.charset in ("windows-1256",):
            enc_text = "qp"
        if m.rtl and c in ("gmail", "gmail_android"):
            enc_text = "b64"
        txtcs = _cs(m.charset, enc_text)
        parts_text = []
        if c != "outlook_html_only" and m.text:
            t = MIMEText(m.text.replace("\n", "\r\n") if False else m.text, "plain", txtcs)
            if c == "thunderbird" and not m.html:
                t.set_param("format", "flowed")
            parts_text.append(t)
        want_html = m.html is not None or c in ("gmail", "gmail_android", "outlook", "apple") or \
            (c == "outlook_html_only")
        if want_html:
            flav = {"gmail": "gmail", "gmail_android": "gmail", "outlook": "outlook",
                    "outlook_html_only": "outlook", "apple": "apple", "thunderbird": "thunderbird",
                    "iphone": "apple", "roundcube": "gmail"}[c]
            markup = m.html if m.html is not None else text_to_html(m.text, m.rtl, flav)
            if m.charset != "utf-8":
                markup = markup.replace("charset=utf-8", f"charset={m.charset}").replace(
                    "charset=UTF-8", f"charset={m.charset}")
            parts_text.append(MIMEText(markup, "html", _cs(m.charset, "b64" if (m.rtl and c.startswith("gmail"))
                                                           else ("8bit" if c == "thunderbird" and m.charset == "utf-8"
                                                                 else "qp"))))
        if len(parts_text) == 1:
            core = parts_text[0]
        else:
            core = MIMEMultipart("alternative", boundary=self.boundary(m, 1), _subparts=parts_text)
        inline = [a for a in m.attachments if a.inline_cid]
        files = [a for a in m.attachments if not a.inline_cid]
        if inline:
            rel = MIMEMultipart("related", boundary=self.boundary(m, 2), _subparts=[core])
            rel.set_param("type", core.get_content_type())
            for a in inline:
                rel.attach(self.attachment(m, a))
            core = rel
        if files:
            mixed = MIMEMultipart("mixed", boundary=self.boundary(m, 3), _subparts=[core])
            for a in files:
                mixed.attach(self.attachment(m, a))
            core = mixed
        return core

    def attachment(self, m, a):
        maintype, subtype = a.ctype.split("/")
        ascii_name = all(ord(ch) < 128 for ch in a.name)
        if ascii_name:
            pname = a.name
        elif a.style == "2047":
            pname = Header(a.name, "utf-8").encode(maxlinelen=10000)
        else:
            pname = ("utf-8", "", a.name)
        if maintype == "image":
            p = MIMEImage(a.data, subtype, name=pname)
        else:
            p = MIMEApplication(a.data, subtype, name=pname)
        cte = p["Content-Transfer-Encoding"]
        del p["Content-Transfer-Encoding"]
        if a.inline_cid:
            p.add_header("Content-ID", f"<{a.inline_cid}>")
        p.add_header("Content-Disposition", "inline" if a.inline_cid else "attachment", filename=pname)
        if m.client.startswith("outlook") and not a.inline_cid:
            p.add_header("Content-Description", a.name if ascii_name else Header(a.name, "utf-8").encode())
        p["Content-Transfer-Encoding"] = cte
        return p

    # ---- headers
    def hdr(self, name, value, cs="utf-8"):
        if all(ord(ch) < 128 for ch in value):
            enc = Header(value, "us-ascii", header_name=name).encode(linesep="\r\n", maxlinelen=78)
        else:
            enc = Header(value, cs, header_name=name).encode(linesep="\r\n", maxlinelen=76)
        return f"{name}: {enc}\r\n"

    def addr(self, name, address, cs="utf-8"):
        if all(ord(ch) < 128 for ch in name):
            return formataddr((name, address))
        return formataddr((name, address), charset=cs)

    def render(self, m):
        rcv = dt.datetime.fromisoformat(m.received).replace(tzinfo=BEIRUT)
        sent = (rcv - dt.timedelta(seconds=m.lag)).astimezone(dt.timezone(dt.timedelta(minutes=m.tz)))
        mid = self.message_id(m)
        self.mids[m.file] = mid
        k = h(self.prefix, m.file, "ids")
        name, address = m.sender
        dom = address.split("@", 1)[1]
        gmail = m.client.startswith("gmail") or dom == "gmail.com"
        ip = f"198.51.100.{int(k[:2], 16) % 250 + 2}"
        if gmail:
            relay = f"mail-{['wr1', 'ej1', 'lf1', 'pj1', 'wm1'][int(k[2], 16) % 5]}-f{int(k[3:5], 16) % 90 + 10}.google.com"
            ip = f"209.85.{int(k[5:7], 16) % 200 + 10}.{int(k[7:9], 16) % 250 + 2}"
        elif m.client.startswith("outlook"):
            relay = f"mail-{['db8', 'am6', 'he1', 'vi1', 've1'][int(k[9], 16) % 5]}eur0{int(k[10], 16) % 5 + 1}on2{int(k[11:13], 16) % 90 + 10}.outbound.protection.outlook.com"
            ip = f"40.107.{int(k[5:7], 16) % 200 + 10}.{int(k[7:9], 16) % 250 + 2}"
        else:
            relay = f"smtp.{dom}"
        qid = "4D" + k[10:20].replace("0", "Q").replace("1", "x")[:10]
        rcv_date = format_datetime(rcv) + " (EET)"
        lines = [f"Return-Path: <{address}>\r\n", f"Delivered-To: {MAILBOX}\r\n",
                 f"Received: from {relay} ({relay} [{ip}])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id {qid}\r\n"
                 f"\tfor <{MAILBOX}>; {rcv_date}\r\n"]
        hop = rcv - dt.timedelta(seconds=max(1, m.lag // 3))
        if gmail:
            pst = dt.timezone(dt.timedelta(hours=-8))
            lines.append(f"Received: by 2002:a05:{k[20:24]}:{k[24:28]}:0:0:0:0 with SMTP id {k[28:40]};\r\n"
                         f"\t{format_datetime(hop.astimezone(pst))} (PST)\r\n")
        elif m.client.startswith("outlook"):
            lines.append(f"Received: from {k[20:24].upper()}PR{k[24:26]}MB{k[26:30].upper()}.eurprd04.prod.outlook.com\r\n"
                         f"\t([fe80::{k[30:34]}:{k[34:38]}]) by {k[20:24].upper()}PR{k[24:26]}MB{k[26:30].upper()}"
                         f".eurprd04.prod.outlook.com\r\n\t([fe80::{k[30:34]}:{k[34:38]}%5]) with mapi id 15.20.3825.030;"
                         f" {format_datetime(hop.astimezone(dt.UTC))}\r\n")
        else:
            lines.append(f"Received: from [10.{int(k[40:42], 16)}.{int(k[42:44], 16)}.{int(k[44:46], 16) % 250 + 2}]"
                         f" (unknown [203.0.113.{int(k[46:48], 16) % 250 + 2}])\r\n\t(Authenticated sender: "
                         f"{address.split('@')[0]})\r\n\tby {relay} (Postfix) with ESMTPSA id {k[48:58].upper()};\r\n"
                         f"\t{format_datetime(hop.astimezone(dt.timezone(dt.timedelta(minutes=m.tz))))}\r\n")
        lines.append(f"Authentication-Results: mx1.iom.int;\r\n\tdkim=pass header.d={dom};\r\n\tspf=pass smtp.mailfrom={dom}\r\n")
        hcs = "windows-1256" if m.charset == "windows-1256" else ("iso-8859-1" if m.charset == "iso-8859-1" else "utf-8")
        frm = self.addr(name, address, hcs)
        lines.append(f"From: {frm}\r\n")
        lines.append(f"To: {'GCM Regional Review <' + MAILBOX + '>' if m.client.startswith('outlook') else MAILBOX}\r\n")
        if m.cc:
            lines.append(f"Cc: {m.cc}\r\n")
        lines.append(self.hdr("Subject", m.subject, hcs))
        if m.client.startswith("outlook"):
            lines.append(self.hdr("Thread-Topic", m.subject.split(": ", 1)[-1] if m.reply_to else m.subject, hcs))
            lines.append(f"Thread-Index: AdcA{k[60:64]}{k[20:40]}\r\n")
        lines.append(f"Date: {format_datetime(sent)}\r\n")
        lines.append(f"Message-ID: {mid}\r\n")
        if m.reply_to:
            orig = self.mids[m.reply_to]
            if m.via_ack:
                ack = f"<ack.{h(self.prefix, m.reply_to, 'ack')[:20]}@gcm-intake.iom.int>"
                lines.append(f"In-Reply-To: {ack}\r\n")
                lines.append(f"References: {orig}\r\n {ack}\r\n")
            else:
                lines.append(f"In-Reply-To: {orig}\r\n")
                lines.append(f"References: {orig}\r\n")
        if m.client.startswith("outlook"):
            lines.append("Accept-Language: en-US\r\n")
            lines.append(f"Content-Language: {'ar-SA' if m.rtl else ('fr-FR' if m.language == 'fr' else 'en-US')}\r\n")
            lines.append(f"X-MS-Has-Attach: {'yes' if m.attachments else ''}\r\n")
            lines.append("X-MS-TNEF-Correlator: \r\n")
        elif m.client == "apple":
            lines.append("X-Mailer: Apple Mail (2.3654.40.0.2.32)\r\n")
        elif m.client == "iphone":
            lines.append("X-Mailer: iPhone Mail (18D52)\r\n")
        elif m.client == "thunderbird":
            lines.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n"
                         " Thunderbird/78.7.1\r\n")
            lines.append(f"Content-Language: {m.language}\r\n")
        elif m.client == "roundcube":
            lines.append("User-Agent: Roundcube Webmail/1.4.10\r\n")
        body = self.body(m)
        for part in body.walk():
            del part["MIME-Version"]
        body["MIME-Version"] = "1.0"
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=998)).flatten(body)
        raw = "".join(lines).encode("ascii") + buf.getvalue()
        return raw, rcv

    def label(self, m, rcv):
        if m.category == "speaker_request":
            on_time = rcv <= SPEAKER_DEADLINE
        elif m.category == "voluntary_report":
            on_time = rcv <= REPORT_DEADLINE
        elif m.category == "both":
            on_time = rcv <= SPEAKER_DEADLINE and rcv <= REPORT_DEADLINE
        else:
            on_time = None
        return {"file": m.file, "received_at": rcv.isoformat(), "category": m.category,
                "language": m.language, "acknowledge": m.acknowledge, "on_time": on_time,
                "speakers": m.speakers, "report_attachments": m.report,
                "thread_of": m.thread_of, "notes": m.notes}


def build(folder, prefix, mails):
    os.makedirs(folder, exist_ok=True)
    for n in os.listdir(folder):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(folder, n))
    r = Renderer(prefix)
    labels = []
    for m in mails:
        raw, rcv = r.render(m)
        with open(os.path.join(folder, m.file), "wb") as f:
            f.write(raw)
        labels.append(r.label(m, rcv))
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


# --------------------------------------------------------------------------- quoted invitation letter
INVITE_EN = """Dear Colleagues,

The International Organization for Migration (IOM) and the United Nations Economic and Social
Commission for Western Asia (ESCWA), on behalf of the Regional UN Network on Migration, are pleased
to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration
(GCM) in the Arab Region: a multi-stakeholder consultation on 23 February 2021 and the regional
review conference on 24-25 February 2021 (virtual).

Stakeholders are encouraged to submit individual or collective voluntary GCM review reports to
gcmrrarabstates@iom.int by Tuesday 16 February 2021.

Stakeholders wishing to take the floor are invited to send the name, title and organizational
affiliation of the proposed speaker to the same address by Friday 5 February 2021, indicating
whether they wish to (a) take part in the open discussion of the multi-stakeholder consultation,
(b) serve as rapporteur delivering the key messages of stakeholders, (c) deliver a floor
intervention in a plenary session, or (d) deliver a floor intervention in one of the four thematic
roundtables:
  Roundtable 1: Regular pathways, fair recruitment and decent work (Objectives 2, 5, 6, 12, 18)
  Roundtable 2: Border governance, trafficking, smuggling, detention and return (Objectives 4, 8, 9, 10, 11, 13, 14, 21)
  Roundtable 3: Inclusion, access to services and combating discrimination (Objectives 1, 3, 7, 15, 16, 17, 22)
  Roundtable 4: Diaspora, remittances and international cooperation (Objectives 19, 20, 23)

Kind regards,
GCM Regional Review Secretariat"""

INVITE_FR = """Madame, Monsieur,

L'Organisation internationale pour les migrations (OIM) et la Commission économique et sociale des
Nations Unies pour l'Asie occidentale (CESAO), au nom du Réseau régional des Nations Unies sur les
migrations, ont le plaisir de vous inviter à la Revue régionale du Pacte mondial pour des
migrations sûres, ordonnées et régulières dans la région arabe : consultation multipartite le
23 février 2021 et conférence régionale les 24 et 25 février 2021 (en ligne).

Les parties prenantes souhaitant prendre la parole sont invitées à communiquer le nom, la fonction
et l'organisation de l'intervenant proposé à gcmrrarabstates@iom.int avant le vendredi 5 février
2021, en précisant si elles souhaitent a) participer à la discussion ouverte de la consultation
multipartite, b) agir en tant que rapporteur présentant les messages clés des parties prenantes,
c) intervenir lors d'une séance plénière, ou d) intervenir dans l'une des quatre tables rondes
thématiques :
  Table ronde 1 : Voies de migration régulière, recrutement équitable et travail décent
  Table ronde 2 : Gouvernance des frontières, traite, trafic illicite, rétention et retour
  Table ronde 3 : Inclusion, accès aux services et lutte contre la discrimination
  Table ronde 4 : Diaspora, envois de fonds et coopération internationale

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
Secrétariat de la Revue régionale du PMM"""


def quote(text):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.split("\n"))


def table_html(rows, rtl=False, header=True, outlook=True):
    """A bordered table as Outlook/Word pastes it."""
    d = ' dir="rtl"' if rtl else ""
    out = [f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"{d} '
           'style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            inner = html.escape(cell)
            if header and i == 0:
                inner = f"<b>{inner}</b>"
            out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal">{inner}</p></td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_page(inner, rtl=False, lang="EN-US"):
    d = ' dir="RTL"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'table.MsoTableGrid {border:solid windowtext 1.0pt;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72"{d}>\n<div class="WordSection1">\n'
            + inner + "\n</div>\n</body>\n</html>\n")


def P(text, rtl=False):
    a = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    return "\n".join(f'<p class="MsoNormal"{a}>' + (html.escape(ln) if ln.strip() else "&nbsp;") + "</p>"
                     for ln in text.split("\n"))


# =========================================================================== tuning2
def tuning():
    M = []
    M.append(Mail(
        "u01.eml", "2021-02-03T08:12:40", ("Tariq Osman", "tariq.osman.smsn@gmail.com"), "RT2",
        "Pls put me down for RT2 (the border/trafficking one).\n"
        "Tariq Osman, prog officer, Sudanese Migrant Solidarity Network (SMSN)\nThx\n\nSent from my iPhone\n",
        client="iphone", lag=21,
        speakers=[sp("Tariq Osman", "prog officer", "Sudanese Migrant Solidarity Network (SMSN)", ["roundtable"], 2)],
        notes="terse mobile message; abbreviated title 'prog officer'; 'RT2' only"))

    M.append(Mail(
        "u02.eml", "2021-02-01T11:03:10",
        ("الاتحاد العربي لعمال النقل والخدمات", "secretariat@aftsw-union.example.org"),
        "ترشيح متحدث باسم الحركة النقابية - الاستعراض الإقليمي للاتفاق العالمي",
        "السادة المنظمة الدولية للهجرة – فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،\n\n"
        "تحية طيبة وبعد،\n\n"
        "بالإشارة إلى كتابكم الكريم بشأن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
        "والنظامية في المنطقة العربية، يسرّ الاتحاد العربي لعمال النقل والخدمات أن يرشّح أحد أعضاء أمانته العامة "
        "لإلقاء مداخلة باسم الحركة النقابية العربية خلال الجلسة العامة للمؤتمر.\n\n"
        "والمرشح هو الأستاذ منير بن سالم، الأمين العام المساعد المكلّف بملف العمال المهاجرين، وقد تابع على مدى "
        "سنوات قضايا العمال المهاجرين في قطاعي النقل البري والخدمات في دول الخليج والمغرب العربي.\n\n"
        "نرجو التكرم بتأكيد استلام هذا الترشيح، وموافاتنا بأي معلومات إضافية لازمة.\n\n"
        "وتفضلوا بقبول فائق الاحترام والتقدير،\n\n"
        "د. عادل الكيلاني\nالأمين العام\nالاتحاد العربي لعمال النقل والخدمات\n"
        "عمّان – المملكة الأردنية الهاشمية\nهاتف: +962 6 555 0142\n",
        client="outlook", charset="windows-1256", rtl=True, language="ar", lag=44,
        speakers=[sp("منير بن سالم", "الأمين العام المساعد المكلّف بملف العمال المهاجرين",
                     "الاتحاد العربي لعمال النقل والخدمات", ["plenary"])],
        notes="formal Arabic letter (يسرّ ... أن يرشّح), candidate in the following paragraph; "
              "signatory (Secretary-General) is not the speaker; windows-1256"))

    M.append(Mail(
        "u03.eml", "2021-02-02T16:47:05", ("Secrétariat PAMD", "secretariat@pamd-maroc.example.org"),
        "Revue régionale du Pacte mondial – proposition d'intervenante",
        "Madame, Monsieur,\n\n"
        "Suite à l'invitation conjointe de l'OIM et de la CESAO relative à la Revue régionale du Pacte mondial "
        "pour des migrations sûres, ordonnées et régulières dans la région arabe, nous avons l'honneur de vous "
        "proposer la candidature de Mme Khadija EL AMRANI pour une intervention lors de la troisième table ronde.\n\n"
        "Mme EL AMRANI est chargée de plaidoyer au sein de la Plateforme des Associations Marocaines de la "
        "Diaspora (PAMD) depuis 2017. Elle coordonne notamment nos travaux sur l'accès des migrants de retour aux "
        "services sociaux et sur la lutte contre les discriminations.\n\n"
        "Nous restons à votre disposition pour tout complément d'information et vous prions d'agréer, Madame, "
        "Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Hicham Tazi\nSecrétaire général\nPlateforme des Associations Marocaines de la Diaspora (PAMD)\n"
        "12, rue Oued Ziz, Agdal – Rabat\nTél. : +212 5 37 00 00 00\n« Ensemble, ici et là-bas »\n",
        client="outlook", tz=60, language="fr", lag=52,
        speakers=[sp("Khadija EL AMRANI", "chargée de plaidoyer",
                     "Plateforme des Associations Marocaines de la Diaspora (PAMD)", ["roundtable"], 3)],
        notes="'Nous avons l'honneur de vous proposer'; all-caps surname with particle; 'la troisième table "
              "ronde'; title in the next paragraph; signatory is not the speaker"))

    u04_rows = [["Name", "Dr. Nadia Al-Khatib"], ["Title", "Senior Research Fellow"],
                ["Organization", "Middle East Migration Policy Institute (MEMPI)"],
                ["Session", "Roundtable IV"], ["Email", "n.alkhatib@mempi.example.org"]]
    M.append(Mail(
        "u04.eml", "2021-02-01T14:20:33", ("Lina Saadeh", "l.saadeh@mempi.example.org"),
        "Speaker nomination - MEMPI - Roundtable IV", "", client="outlook_html_only",
        html=outlook_page(P("Dear colleagues,\n\nFurther to the invitation to the Regional Review of the GCM in the "
                            "Arab region, please find below the details of our proposed speaker:\n")
                          + table_html(u04_rows, header=False)
                          + P("\nKind regards,\n\nLina Saadeh\nProgramme Assistant\nMEMPI | Amman, Jordan")),
        lag=30,
        speakers=[sp("Nadia Al-Khatib", "Senior Research Fellow", "Middle East Migration Policy Institute (MEMPI)",
                     ["roundtable"], 4)],
        notes="HTML-only Outlook message, details in a two-column table; roman numeral IV; sender is an assistant"))

    M.append(Mail(
        "u05.eml", "2021-02-04T10:05:51", ("Maya Khoury", "maya.khoury@lcmwr.example.org"),
        "LCMWR - voluntary GCM review report & request to speak",
        "Dear GCM Regional Review Secretariat,\n\n"
        "On behalf of the Lebanese Centre for Migrant Workers' Rights (LCMWR), I am pleased to share our voluntary "
        "review report on the implementation of the GCM in Lebanon (attached), prepared with input from migrant "
        "domestic worker community groups in Beirut and Tripoli.\n\n"
        "We would also welcome the opportunity to contribute to the discussions. Our Head of Advocacy, Ms. Rania "
        "Aziz, would like to deliver a floor intervention in one of the plenary sessions on 24-25 February. Rania "
        "has led our work on the reform of the kafala system since 2018.\n\n"
        "Please do not hesitate to contact me should you need anything further.\n\nBest regards,\n\n"
        "Maya Khoury\nResearch & Communications Officer\nLebanese Centre for Migrant Workers' Rights (LCMWR)\n"
        "Badaro, Beirut, Lebanon | +961 1 000 000\nwww.lcmwr.example.org\n",
        client="outlook", lag=48, category="both",
        attachments=[logo("image001.png"), pdf("LCMWR_GCM_Voluntary_Review_2021.pdf", "LCMWR Voluntary GCM Review 2021",
                                               "Lebanese Centre for Migrant Workers' Rights", "Kafala reform and GCM objective 6")],
        speakers=[sp("Rania Aziz", "Head of Advocacy", "Lebanese Centre for Migrant Workers' Rights (LCMWR)", ["plenary"])],
        report=["LCMWR_GCM_Voluntary_Review_2021.pdf"],
        notes="title before the name ('Our Head of Advocacy, Ms. Rania Aziz'); affiliation only from the "
              "sender's organisation; inline logo is not part of the report"))

    M.append(Mail(
        "u06.eml", "2021-02-10T19:32:08", ("حسن العبيدي", "hasan.obaidi88@gmail.com"),
        "استفسار حول المشاركة عن بعد",
        "السلام عليكم ورحمة الله،\n\n"
        "أود الاستفسار عن طريقة المشاركة في المشاورة يوم 23 شباط: هل ستكون عبر منصة زوم أم منصة أخرى؟ وهل ستتوفر "
        "ترجمة فورية إلى العربية في جلسات الموائد المستديرة؟ كما أرجو إعلامي إن كان رابط الدخول سيُرسل إلى جميع "
        "المسجلين أم فقط إلى المتحدثين.\n\nشكراً لتعاونكم\n\nحسن العبيدي\nمنظمة أمل للتنمية - البصرة\n\n"
        "مرسل من هاتف Samsung Galaxy الذكي الخاص بي.\n",
        client="gmail_android", rtl=True, tz=180, category="other", language="ar", lag=15,
        notes="logistics question (platform, interpretation, link); mentions roundtables and speakers but asks for no role"))

    M.append(Mail(
        "u07.eml", "2021-02-12T15:40:12", ("Sami Gharbi", "s.gharbi@ctmd-tunisie.example.org"),
        "Rapport volontaire - Collectif Tunisien Migration et Droits",
        "Bonjour,\n\n"
        "Veuillez trouver ci-joint le rapport volontaire collectif élaboré par les membres du Collectif Tunisien "
        "Migration et Droits (CTMD) dans le cadre de la Revue régionale du Pacte mondial sur les migrations. Ce "
        "rapport a été rédigé à l'issue de trois ateliers de consultation tenus à Sfax, Médenine et Tunis en "
        "janvier 2021 et réunit les contributions de 14 associations.\n\n"
        "Nous vous saurions gré de bien vouloir en accuser réception.\n\nCordialement,\n\n-- \nSami Gharbi\n"
        "Coordinateur du CTMD\nTunis\n",
        client="thunderbird", tz=60, category="voluntary_report", language="fr", lag=26,
        attachments=[docx_att("Rapport_volontaire_PMM_CTMD_fev2021.docx", "Rapport volontaire - CTMD",
                              ["Collectif Tunisien Migration et Droits", "Contribution a la revue regionale du PMM"])],
        report=["Rapport_volontaire_PMM_CTMD_fev2021.docx"],
        notes="collective report as DOCX; Thunderbird plain text"))

    M.append(Mail(
        "u08.eml", "2021-02-05T22:38:44", ("Priya Menon", "priya.menon@gcscm-gulf.example.org"),
        "GCSCM nominations - GCM Regional Review",
        "Dear IOM/ESCWA team,\n\n"
        "Apologies for the late hour - we finalised our nominations at our coalition call this evening. The Gulf "
        "Civil Society Coalition on Migration (GCSCM) would like to propose the following speakers:\n\n"
        "1) Ms. Grace Mutua - Chairperson, Kenyan Domestic Workers Association (Gulf Chapter). Role: rapporteur, "
        "delivering the stakeholders' key messages.\n"
        "2) Dr. Faisal bin Rashid Al-Harthy - Associate Professor of Sociology, Gulf College of Social Sciences. "
        "Role: floor intervention in Roundtable 1.\n"
        "3) Mr. Rohan D'Souza - Programme Coordinator, Migrant Rights Helpdesk Bahrain. Role: open discussion of "
        "the multi-stakeholder consultation on 23 February.\n\n"
        "All three have registered through the online form. Could you please confirm receipt?\n\n"
        "Warm regards,\nPriya Menon\nCoordinator, GCSCM Secretariat\nDubai, UAE\nMobile: +971 50 000 0000\n",
        client="gmail", tz=240, lag=40,
        speakers=[sp("Grace Mutua", "Chairperson", "Kenyan Domestic Workers Association (Gulf Chapter)", ["rapporteur"]),
                  sp("Faisal bin Rashid Al-Harthy", "Associate Professor of Sociology", "Gulf College of Social Sciences",
                     ["roundtable"], 1),
                  sp("Rohan D'Souza", "Programme Coordinator", "Migrant Rights Helpdesk Bahrain", ["open_discussion"])],
        notes="three speakers, three organisations, three roles; Date header reads Sat 6 Feb 00:38 +0400 but it "
              "arrived Fri 5 Feb 22:38 Beirut time, so on time; sender (coalition) is not a speaker"))

    M.append(Mail(
        "u09.eml", "2021-02-02T21:14:02", ("Salma Husseini", "salma.h@jwwa-jo.example.org"), "مشاركة",
        "مرحباً،\nأود المشاركة بمداخلة في المائدة المستديرة الثانية.\n"
        "سلمى الحسيني – جمعية النساء العاملات في الأردن\nمع الشكر\n\nأُرسلت من الـ iPhone\n",
        client="iphone", language="ar", lag=18,
        speakers=[sp("سلمى الحسيني", None, "جمعية النساء العاملات في الأردن", ["roundtable"], 2)],
        notes="short iPhone message; no title given (null); Latin display name, Arabic name in body"))

    M.append(Mail(
        "u10.eml", "2021-02-03T13:05:17", ("Mohamed Lemine Ould Ahmed", "ml.ouldahmed@gmail.com"),
        "Demande d'intervention",
        "Bonjour,\n\n"
        "Je souhaite intervenir à la table ronde n°1 et, si l'organisation le permet, prendre également la parole "
        "lors de la discussion ouverte de la consultation multipartite du 23 février.\n\n"
        "Je travaille depuis plusieurs années sur les questions de recrutement équitable des travailleurs "
        "mauritaniens et subsahariens à destination des pays du Golfe.\n\nBien cordialement,\n\n"
        "Mohamed Lemine Ould Ahmed\nPrésident\nAssociation Mauritanienne pour les Droits des Migrants (AMDM)\n"
        "Nouakchott – Mauritanie\n+222 00 00 00 00\n",
        client="gmail", tz=0, language="fr", lag=33,
        speakers=[sp("Mohamed Lemine Ould Ahmed", "Président",
                     "Association Mauritanienne pour les Droits des Migrants (AMDM)", ["roundtable", "open_discussion"], 1)],
        notes="self-nomination, details only in the signature; particle 'Ould'; two roles ('table ronde n°1' "
              "first, open discussion second)"))

    M.append(Mail(
        "u11.eml", "2021-02-16T23:41:20", ("Hana Saeed", "h.saeed@agisr.example.org"),
        "Voluntary GCM review report - AGISR (download link)",
        "Dear Review Secretariat,\n\n"
        "Please find our voluntary GCM review report at the link below (the file is 14 MB and was rejected by our "
        "mail server as an attachment):\n\n"
        "https://drive.example.com/file/d/1aB3xQ9GCMreviewAGISR/view?usp=sharing\n\n"
        "Title: \"Labour Mobility and the GCM in the Gulf: A Voluntary Stakeholder Review\", prepared by the "
        "Arabian Gulf Institute for Social Research (AGISR).\n\n"
        "The link is valid until 31 March. Kindly let me know if you cannot open it.\n\n"
        "Regards,\nHana Saeed\nProfessor of Economics, AGISR\n",
        client="roundcube", tz=0, category="voluntary_report", lag=58,
        notes="report only as a download link (no attachment); arrives 23:41 Beirut on the deadline day, "
              "Date header in UTC (21:40)"))

    M.append(Mail(
        "u12.eml", "2021-02-15T12:22:49", ("زينب كاظم", "baytalaman.iq@gmail.com"),
        "تقرير طوعي - منظمة بيت الأمان لحقوق المهاجرين والنازحين",
        "السادة الأفاضل في المنظمة الدولية للهجرة والإسكوا،\n\nتحية طيبة،\n\n"
        "نرفق لكم التقرير الطوعي الخاص بمنظمة بيت الأمان لحقوق المهاجرين والنازحين حول تنفيذ الاتفاق العالمي "
        "من أجل الهجرة في العراق للفترة 2019-2020، وقد أُعدّ بالتشاور مع شبكة من المنظمات المحلية في أربيل "
        "والموصل والبصرة.\n\nكما نرفق نسخة من شعار المنظمة لاستخدامه عند الحاجة.\n\nمع التقدير،\n\n"
        "زينب كاظم\nمسؤولة البرامج\nمنظمة بيت الأمان لحقوق المهاجرين والنازحين\nبغداد - العراق\n",
        client="gmail", rtl=True, tz=180, category="voluntary_report", language="ar", lag=29,
        attachments=[Att("التقرير الطوعي - بيت الأمان 2021.pdf",
                         pdf_bytes("Bayt Al-Aman voluntary GCM report 2021", ["Iraq 2019-2020"]), style="2047"),
                     Att("شعار المنظمة.png", png_bytes(40, 40, (0, 120, 60)), "image/png", style="2047")],
        report=["التقرير الطوعي - بيت الأمان 2021.pdf"],
        notes="Arabic attachment names in RFC 2047 form (Gmail); the logo attachment is not part of the report"))

    M.append(Mail(
        "u13.eml", "2021-02-02T10:11:30", ("Karim Ben Youssef", "karim.benyoussef@fadtf.example.fr"),
        "Re: Invitation – Revue régionale du Pacte mondial sur les migrations dans la région arabe",
        "Bonjour,\n\n"
        "Merci pour cette invitation. La Fédération des Associations de la Diaspora Tunisienne en France (FADTF) "
        "souhaiterait prendre la parole lors de la table ronde consacrée à la diaspora et aux envois de fonds.\n\n"
        "Intervenant proposé : Karim Ben Youssef, vice-président chargé des relations internationales.\n\n"
        "Bien à vous,\nKarim\n\n"
        "Le 28 janv. 2021 à 12:05, GCM Regional Review <gcmrrarabstates@iom.int> a écrit :\n\n"
        + quote(INVITE_FR) + "\n",
        client="apple", tz=60, language="fr", lag=24,
        speakers=[sp("Karim Ben Youssef", "vice-président chargé des relations internationales",
                     "Fédération des Associations de la Diaspora Tunisienne en France (FADTF)", ["roundtable"], 4)],
        notes="roundtable named only by theme ('diaspora et envois de fonds'); number 4 follows from the quoted "
              "invitation list; quoted letter mentions every role (decoys)"))

    M.append(Mail(
        "u14.eml", "2021-02-03T09:02:11", ("Hicham Tazi", "secretariat@pamd-maroc.example.org"),
        "RE: Accusé de réception – Revue régionale du Pacte mondial – proposition d'intervenante",
        "Bonjour,\n\nBien reçu, merci beaucoup.\n\nCordialement,\n\nHicham Tazi\nSecrétaire général – PAMD\n\n"
        "-----Message d'origine-----\nDe : GCM Regional Review <gcmrrarabstates@iom.int>\n"
        "Envoyé : mardi 2 février 2021 17:12\nÀ : Secrétariat PAMD <secretariat@pamd-maroc.example.org>\n"
        "Objet : Accusé de réception – Revue régionale du Pacte mondial – proposition d'intervenante\n\n"
        "Nous accusons réception de votre message concernant la Revue régionale du Pacte mondial. "
        "Votre demande sera examinée par le secrétariat.\n",
        client="outlook", tz=60, reply_to="u03.eml", via_ack=True, category="other", language="fr",
        acknowledge=False, thread_of="u03.eml", lag=35,
        notes="pure thank-you reply to our acknowledgement of u03: adds nothing, must not be acknowledged"))

    M.append(Mail(
        "u15.eml", "2021-02-05T17:55:03", ("Omar Haddad", "omar.haddad@yom-yemen.example.org"),
        "التقرير الطوعي وطلب المشاركة كمقرر",
        "الإخوة والأخوات في فريق الاستعراض الإقليمي،\n\nتحية طيبة وبعد،\n\n"
        "يسعدني أن أرفق لكم التقرير الطوعي للمرصد حول أوضاع المهاجرين العابرين في اليمن وتنفيذ أهداف الاتفاق "
        "العالمي، ونسخة من ملخصه التنفيذي.\n\n"
        "كما أود أن أرشّح نفسي لتولي دور المقرر الذي سيعرض الرسائل الرئيسية لأصحاب المصلحة، نظراً لمشاركتي في "
        "تنسيق المشاورات الوطنية التي سبقت إعداد هذا التقرير.\n\nوتفضلوا بقبول الاحترام،\n\n-- \n"
        "Dr. Omar Haddad\nExecutive Director | Yemeni Observatory for Migration (YOM)\n"
        "Aden, Yemen | +967 2 000 000\nTwitter: @YOM_Yemen\n",
        client="thunderbird", tz=180, rtl=True, category="both", language="ar", lag=41,
        attachments=[docx_att("YOM_Voluntary_GCM_Review_Yemen_2021.docx", "Yemeni Observatory for Migration",
                              ["Voluntary GCM review: transit migrants in Yemen"]),
                     pdf("YOM_Executive_Summary.pdf", "YOM - Executive summary", "Summary of the voluntary review")],
        speakers=[sp("Omar Haddad", "Executive Director", "Yemeni Observatory for Migration (YOM)", ["rapporteur"])],
        report=["YOM_Voluntary_GCM_Review_Yemen_2021.docx", "YOM_Executive_Summary.pdf"],
        notes="Arabic body, English signature: the self-nominated speaker's name/title/affiliation are only in "
              "the English signature; report plus its executive summary (both part of the report)"))

    M.append(Mail(
        "u16.eml", "2021-02-08T11:26:40", ("Claire Dubois", "claire.dubois@solidarite-med.example.org"),
        "Questions sur le rapport volontaire",
        "Bonjour,\n\n"
        "Notre association prépare une contribution écrite sur la situation des migrants tunisiens et algériens "
        "de retour. Deux questions :\n"
        "1. Est-il possible de soumettre le rapport volontaire en français, ou faut-il obligatoirement une "
        "version anglaise ?\n2. Y a-t-il une longueur maximale recommandée ?\n\n"
        "Par ailleurs, pouvez-vous confirmer que la date limite pour les rapports a bien été reportée au "
        "16 février ?\n\nMerci d'avance,\n\nClaire Dubois\nChargée de mission, Solidarité Méditerranée\nMarseille\n",
        client="outlook", tz=60, category="other", language="fr", lag=27,
        notes="questions about a report still in preparation; no report, no speaker"))

    M.append(Mail(
        "u17.eml", "2021-02-05T15:12:09", ("Lina Saadeh", "l.saadeh@mempi.example.org"),
        "RE: Speaker nomination - MEMPI - Roundtable IV",
        "Dear colleagues,\n\n"
        "Further to my email of 1 February (below), I regret to inform you that Dr. Al-Khatib will be travelling "
        "on 24-25 February and will not be able to take part. We would therefore like to propose our colleague "
        "Mr. Samer Qudah, Policy Analyst at MEMPI, as our speaker for Roundtable IV instead.\n\n"
        "Apologies for any inconvenience.\n\nKind regards,\nLina\n\n"
        "Lina Saadeh\nProgramme Assistant\nMEMPI | Amman, Jordan\n\n"
        "From: Lina Saadeh\nSent: Monday, February 1, 2021 2:20 PM\nTo: gcmrrarabstates@iom.int\n"
        "Subject: Speaker nomination - MEMPI - Roundtable IV\n\n"
        "Dear colleagues,\n\nFurther to the invitation to the Regional Review of the GCM in the Arab region, please "
        "find below the details of our proposed speaker:\n\nName: Dr. Nadia Al-Khatib\nTitle: Senior Research Fellow\n"
        "Organization: Middle East Migration Policy Institute (MEMPI)\nSession: Roundtable IV\n"
        "Email: n.alkhatib@mempi.example.org\n\nKind regards,\n\nLina Saadeh\n",
        client="outlook", reply_to="u04.eml", thread_of="u04.eml", lag=39,
        speakers=[sp("Samer Qudah", "Policy Analyst", "Middle East Migration Policy Institute (MEMPI)", ["roundtable"], 4)],
        notes="replacement speaker in a reply to u04; the quoted original names the withdrawn speaker (not a "
              "speaker of this message); organisation's full name only in the quoted part"))

    u18_html = outlook_page(
        P("حضرات السادة المحترمين،\n\nتهدي الأمانة الفنية للجنة الوطنية لمكافحة الاتجار بالأشخاص أطيب تحياتها، "
          "وتتشرف بإفادتكم بأسماء ممثليها المقترحين للمشاركة في أعمال الاستعراض الإقليمي للاتفاق العالمي من أجل "
          "الهجرة:", rtl=True)
        + '\n<ul dir="rtl" style="margin-top:0cm">\n'
        '<li class="MsoNormal" dir="RTL" style="text-align:right">معالي الدكتور خالد الروسان، رئيس اللجنة الوطنية '
        'لمكافحة الاتجار بالأشخاص – مداخلة في الجلسة العامة</li>\n'
        '<li class="MsoNormal" dir="RTL" style="text-align:right">السيدة هند العلي، مديرة وحدة حماية الضحايا في '
        'الأمانة الفنية للجنة – مداخلة في المائدة المستديرة الثانية</li>\n</ul>\n'
        + P("\nوتفضلوا بقبول فائق الاحترام.\n\nالأمانة الفنية\nاللجنة الوطنية لمكافحة الاتجار بالأشخاص", rtl=True),
        rtl=True, lang="AR-SA")
    M.append(Mail(
        "u18.eml", "2021-02-04T13:40:27", ("الأمانة الفنية - اللجنة الوطنية", "ts.office@nctip.example.gov"),
        "أسماء ممثلي اللجنة الوطنية في الاستعراض الإقليمي", "", client="outlook_html_only", html=u18_html,
        rtl=True, tz=180, language="ar", lag=50,
        speakers=[sp("خالد الروسان", "رئيس", "اللجنة الوطنية لمكافحة الاتجار بالأشخاص", ["plenary"]),
                  sp("هند العلي", "مديرة وحدة حماية الضحايا", "اللجنة الوطنية لمكافحة الاتجار بالأشخاص",
                     ["roundtable"], 2)],
        notes="HTML-only bulleted list; honorifics معالي الدكتور / السيدة; the first speaker's title and "
              "affiliation run together ('رئيس اللجنة ...'); the second's affiliation is 'the committee' by "
              "reference"))

    M.append(Mail(
        "u19.eml", "2021-02-05T21:03:37", ("Association Tamkine Migrants", "tamkine.migrants@gmail.com"),
        "Contribution + intervention (discussion ouverte)",
        "Bonjour à toute l'équipe,\n\n"
        "Vous trouverez en pièce jointe le rapport volontaire de l'Association Tamkine pour l'inclusion des "
        "migrants (ATIM), basée à Oujda, sur la mise en œuvre du Pacte mondial au niveau local.\n\n"
        "Nous souhaiterions aussi participer à la discussion ouverte du 23 février. Notre intervenante serait "
        "Mme Samira Berrada, responsable du pôle juridique de l'ATIM (son CV et sa photo sont joints, au cas où).\n\n"
        "Merci et bonne soirée,\nYasmine Alaoui\nChargée de communication – ATIM\nOujda, Maroc\n",
        client="gmail", tz=60, category="both", language="fr", lag=22,
        attachments=[pdf("ATIM_rapport_volontaire_PMM.pdf", "ATIM - Rapport volontaire PMM", "Oujda, fevrier 2021"),
                     pdf("CV_Samira_Berrada.pdf", "Curriculum vitae - Samira Berrada", "Juriste"),
                     photo("photo_S_Berrada.png")],
        speakers=[sp("Samira Berrada", "responsable du pôle juridique",
                     "Association Tamkine pour l'inclusion des migrants (ATIM)", ["open_discussion"])],
        report=["ATIM_rapport_volontaire_PMM.pdf"],
        notes="report PDF plus the speaker's CV (PDF) and photo: only the report counts; sender is not the speaker"))

    M.append(Mail(
        "u20.eml", "2021-02-09T16:44:19", ("Atlas Migrants Support", "contact@atlasmigrants.example.ma"),
        "Speaker proposal - Atlas Migrants Support Association",
        "Dear Sir/Madam,\n\n"
        "I hope this message finds you well. I apologise for writing after the deadline; we only received the "
        "invitation through a partner last week.\n\n"
        "Atlas Migrants Support Association would be honoured to contribute to the Regional Review. We would like "
        "to propose our Founder and Director, Mr. Youssef El Mansouri, for a floor intervention in roundtable two. "
        "Mr. El Mansouri has twenty years of experience supporting sub-Saharan migrants in transit in Morocco.\n\n"
        "With thanks and best regards,\nImane Chraibi\nPartnerships Officer\n",
        client="gmail", tz=60, lag=31,
        speakers=[sp("Youssef El Mansouri", "Founder and Director", "Atlas Migrants Support Association",
                     ["roundtable"], 2)],
        notes="late (9 Feb); title with 'and' before the name; 'roundtable two' in words; particle 'El'"))

    form_rows = [["البيان", "التفاصيل"], ["الاسم الكامل", "عبد الرحمن النتشة"], ["المسمى الوظيفي", "مستشار قانوني"],
                 ["الجهة / المنظمة", "جمعية الجسور لدعم العمال المهاجرين"],
                 ["الجلسة المطلوبة", "المائدة المستديرة الأولى"], ["البريد الإلكتروني", "a.natsheh@aljusour.example.ps"]]
    M.append(Mail(
        "u21.eml", "2021-02-03T12:00:56", ("روان التميمي", "rawan.tamimi@aljusour.example.ps"),
        "استمارة ترشيح متحدث",
        "تحية طيبة،\n\nمرفق استمارة ترشيح المتحدث الخاصة بجمعيتنا للمشاركة في الاستعراض الإقليمي، مع خالص الشكر.\n\n"
        "روان التميمي\nجمعية الجسور لدعم العمال المهاجرين – فلسطين\n",
        client="outlook", rtl=True, language="ar", lag=46,
        attachments=[docx_att("استمارة_ترشيح_متحدث.docx", "استمارة ترشيح متحدث - الاستعراض الإقليمي",
                              ["يرجى تعبئة الجدول التالي"], form_rows)],
        speakers=[sp("عبد الرحمن النتشة", "مستشار قانوني", "جمعية الجسور لدعم العمال المهاجرين", ["roundtable"], 1)],
        notes="speaker details only in the attached DOCX form (table); the sender is not the speaker; Arabic "
              "file name (RFC 2231)"))

    M.append(Mail(
        "u22.eml", "2021-02-11T09:15:00", ("Ahmed Yassin", "a.yassin@emw-eg.example.org"),
        "Re: Online survey - GCM regional review",
        "Hello,\n\n"
        "Our online form submission failed twice (error after page 3), so here are our answers to the "
        "stakeholder survey by email:\n\n"
        "Q1. Organisation type: national NGO (Egypt)\n"
        "Q2. GCM objectives most relevant to your work: 7, 10, 17\n"
        "Q3. Have you been consulted by national authorities on GCM implementation? Partially - one workshop in 2019.\n"
        "Q4. Main challenges: access to data; restrictions on civil society registration; lack of follow-up.\n"
        "Q5. Good practice you would like to highlight: community paralegal network for Sudanese and Eritrean "
        "migrants in Cairo and Alexandria.\n\nBest,\nAhmed Yassin\nEgyptian Migration Watch\n",
        client="thunderbird", category="other", lag=19,
        notes="survey answers by e-mail: neither a report nor a speaker request"))

    M.append(Mail(
        "u23.eml", "2021-02-01T17:30:02", ("Leïla Aït-Ahmed", "l.aitahmed@remjd.example.be"),
        "Prise de parole – Revue régionale du Pacte mondial",
        "Madame, Monsieur,\n\n"
        "Je me permets de vous écrire afin de manifester mon intérêt pour une prise de parole lors de la Revue "
        "régionale. Je suis coordinatrice du Réseau euro-maghrébin des jeunes de la diaspora (REMJD), basé à "
        "Bruxelles, et nous souhaiterions faire entendre la voix des jeunes issus de l'immigration.\n\n"
        "Je reste disponible pour tout échange.\n\n"
        "Leïla Aït-Ahmed\nCoordinatrice\nRéseau euro-maghrébin des jeunes de la diaspora (REMJD)\nBruxelles\n",
        client="outlook", tz=60, language="fr", lag=36,
        speakers=[sp("Leïla Aït-Ahmed", "Coordinatrice", "Réseau euro-maghrébin des jeunes de la diaspora (REMJD)", [])],
        notes="speaking request with no role or session stated (roles empty); hyphenated name with diaeresis"))

    M.append(Mail(
        "u24.eml", "2021-02-17T00:21:45", ("محمود عبد القادر", "coordination@scsm-sudan.example.org"),
        "التقرير الطوعي الجماعي - تحالف المجتمع المدني السوداني للهجرة",
        "السادة فريق الاستعراض الإقليمي،\n\n"
        "نعتذر عن التأخر في الإرسال بسبب انقطاع الإنترنت. ندرج أدناه نص التقرير الطوعي الجماعي للتحالف "
        "(تعذّر إرفاقه كملف):\n\n"
        "التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة في السودان\n\n"
        "أولاً: المنهجية\nأُعدّ هذا التقرير من خلال مشاورات مع 11 منظمة أعضاء في التحالف في الخرطوم وكسلا "
        "والقضارف خلال شهر يناير 2021.\n\n"
        "ثانياً: التقدم المحرز\nاعتماد الاستراتيجية الوطنية لمكافحة الاتجار بالبشر، وتحسن نسبي في التنسيق بين "
        "الجهات الحكومية والمنظمات المدنية في شرق السودان.\n\n"
        "ثالثاً: التحديات\nضعف البيانات حول المهاجرين العابرين، وصعوبة وصول المهاجرين غير النظاميين إلى "
        "الخدمات الصحية والتعليمية، وغياب آليات الإحالة.\n\n"
        "رابعاً: التوصيات\n1- إنشاء قاعدة بيانات وطنية مصنفة حسب النوع والعمر.\n"
        "2- إشراك منظمات المجتمع المدني في لجان متابعة الاتفاق العالمي.\n"
        "3- ضمان حق المهاجرين في الرعاية الصحية الأساسية بغض النظر عن وضعهم القانوني.\n\n"
        "محمود عبد القادر\nمنسق التحالف\nتحالف المجتمع المدني السوداني للهجرة\nالخرطوم\n",
        client="outlook", charset="windows-1256", rtl=True, tz=0, category="voluntary_report", language="ar",
        lag=135,
        notes="collective report pasted in the body (no attachment), windows-1256; Date header reads Tue 16 Feb "
              "22:19 +0000 but it arrived 17 Feb 00:21 Beirut: late"))

    M.append(Mail(
        "u25.eml", "2021-02-04T08:50:39", ("Joy Fernandez", "joy.fernandez@gdwsu.example.org"),
        "FW: Nomination for GCM review",
        "Hello,\n\nForwarding the note below from our President. Please let us know if anything else is needed.\n\n"
        "Thanks,\nJoy Fernandez\nAdmin Officer, GDWSU\n\n"
        "From: Maria Santos <president@gdwsu.example.org>\nSent: Wednesday, February 3, 2021 9:14 PM\n"
        "To: Joy Fernandez <joy.fernandez@gdwsu.example.org>\nSubject: Nomination for GCM review\n\n"
        "Joy, please send this to the IOM address:\n\n"
        "The Gulf Domestic Workers Solidarity Union (GDWSU) nominates Ms. Leah Abad, our Vice-President and a "
        "domestic worker in Kuwait for twelve years, to speak at the roundtable dealing with labour migration, "
        "recruitment and decent work.\n\nMaria Santos\nPresident, GDWSU\n",
        client="outlook", tz=180, lag=44,
        speakers=[sp("Leah Abad", "Vice-President", "Gulf Domestic Workers Solidarity Union (GDWSU)", ["roundtable"])],
        notes="forwarded internal note; forwarder and president are not speakers; roundtable given only by theme "
              "and no theme list is quoted, so roundtable null"))

    M.append(Mail(
        "u26.eml", "2021-02-04T09:30:00", ("Salma Husseini", "salma.h@jwwa-jo.example.org"), "Re: مشاركة",
        "صباح الخير،\n\nبالإشارة إلى طلبكم، صفتي: منسقة مشاريع الحماية في جمعية النساء العاملات في الأردن.\n\n"
        "سلمى\n\nأُرسلت من الـ iPhone\n\n"
        "> في ٣ شباط ٢٠٢١، الساعة ١١:٠٢ ص، كتب GCM Regional Review <gcmrrarabstates@iom.int>:\n>\n"
        "> شكراً لرسالتكم. يرجى تزويدنا بالمسمى الوظيفي للمتحدثة المقترحة.\n>\n"
        ">> في ٢ شباط ٢٠٢١، الساعة ٩:١٤ م، كتبت Salma Husseini:\n"
        ">> مرحباً،\n>> أود المشاركة بمداخلة في المائدة المستديرة الثانية.\n"
        ">> سلمى الحسيني – جمعية النساء العاملات في الأردن\n>> مع الشكر\n",
        client="iphone", reply_to="u09.eml", via_ack=True, language="ar", thread_of="u09.eml", lag=16,
        speakers=[sp("سلمى الحسيني", "منسقة مشاريع الحماية", "جمعية النساء العاملات في الأردن", ["roundtable"], 2)],
        notes="reply completing the missing title of u09; name and roundtable only in the quoted original"))

    M.append(Mail(
        "u27.eml", "2021-02-15T10:08:31", ("Sami Gharbi", "s.gharbi@ctmd-tunisie.example.org"),
        "Re: Rapport volontaire - Collectif Tunisien Migration et Droits",
        "Bonjour,\n\n"
        "Suite à des remarques de deux associations membres, nous vous adressons une version révisée de notre "
        "rapport (v2, ci-jointe), qui remplace celle envoyée le 12 février. Les modifications portent sur la "
        "section 3 (données sur les migrants en situation irrégulière à Sfax) et sur les recommandations.\n\n"
        "Merci de ne tenir compte que de cette version.\n\nCordialement,\nSami Gharbi\n\n"
        "Le 12/02/2021 à 14:40, Sami Gharbi a écrit :\n"
        "> Bonjour,\n>\n> Veuillez trouver ci-joint le rapport volontaire collectif élaboré par les membres du\n"
        "> Collectif Tunisien Migration et Droits (CTMD) dans le cadre de la Revue régionale du\n"
        "> Pacte mondial sur les migrations.\n",
        client="thunderbird", tz=60, reply_to="u07.eml", category="voluntary_report", language="fr",
        thread_of="u07.eml", lag=23,
        attachments=[docx_att("Rapport_volontaire_PMM_CTMD_fev2021_v2.docx", "Rapport volontaire - CTMD (v2)",
                              ["Version revisee du 15 fevrier 2021"])],
        report=["Rapport_volontaire_PMM_CTMD_fev2021_v2.docx"],
        notes="revised report replacing u07 (reply to the sender's own message)"))

    M.append(Mail(
        "u28.eml", "2021-02-16T18:02:14", ("Reem Odeh", "r.odeh@cmsp-jo.example.org"),
        "Voluntary GCM Review - Centre for Mobility and Social Policy",
        "Dear colleagues,\n\n"
        "Attached please find the voluntary GCM review report of the Centre for Mobility and Social Policy (CMSP), "
        "together with its statistical annex (Annex I, tables on labour migration flows in Jordan 2015-2020).\n\n"
        "The report was prepared by a team of four researchers and validated at a stakeholders' workshop held "
        "online on 8 February.\n\nBest wishes,\n\nReem Odeh\nDirector, CMSP\nAmman\n",
        client="outlook", category="voluntary_report", lag=40,
        attachments=[logo("image001.png", rgb=(200, 80, 20)),
                     pdf("CMSP_GCM_Voluntary_Review.pdf", "CMSP Voluntary GCM Review", "Jordan"),
                     pdf("CMSP_Annex_I_statistics.pdf", "Annex I - statistics", "Labour migration flows 2015-2020")],
        report=["CMSP_GCM_Voluntary_Review.pdf", "CMSP_Annex_I_statistics.pdf"],
        notes="report plus statistical annex (both part of the report); inline signature logo is not"))

    M.append(Mail(
        "u29.eml", "2021-02-19T14:03:22", ("Nour El Houda Ben Ali", "nourelhouda.benali@gmail.com"),
        "طلب رسالة الدعوة ورابط التسجيل",
        "مساء الخير،\n\n"
        "أنا باحثة في مجال الهجرة بجامعة صفاقس، ووصلني خبر المؤتمر متأخرة. هل يمكن إرسال رسالة الدعوة ورابط "
        "التسجيل لحضور المؤتمر يومي 24 و25 شباط كمستمعة؟ وهل يُشترط أن أكون ممثلة لمنظمة؟\n\n"
        "مع الشكر،\nنور الهدى بن علي\n",
        client="gmail", rtl=True, tz=60, category="other", language="ar", lag=28,
        notes="asks to attend as a listener (not a speaking request); Latin display name, Arabic body"))

    u30_rows = [["Nom", "Fonction", "Organisation", "Session"],
                ["M. Mehdi Ben Ammar", "Chargé de recherche",
                 "Institut de recherche sur les mobilités méditerranéennes (IRMM)", "Séance plénière"],
                ["Mme Sophie Lambert", "Responsable du plaidoyer",
                 "Coordination Euro-Méditerranéenne Migrations et Droits (CEMMD)", "RT 2"]]
    u30_html = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
                '  <body>\n    <p>Bonjour,</p>\n    <p>Au nom de la Coordination Euro-Méditerranéenne Migrations et '
                'Droits (CEMMD), je vous transmets ci-dessous nos deux propositions d\'intervention :</p>\n'
                '    <table border="1" cellspacing="0" cellpadding="4">\n'
                + "\n".join("      <tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in u30_rows)
                + '\n    </table>\n    <p>Bien cordialement,</p>\n    <div class="moz-signature">-- <br>Aurélie Martin'
                  '<br>Coordinatrice de projets – CEMMD<br>Paris</div>\n  </body>\n</html>\n')
    u30_text = ("Bonjour,\n\nAu nom de la Coordination Euro-Méditerranéenne Migrations et Droits (CEMMD), je vous "
                "transmets ci-dessous nos deux propositions d'intervention :\n\n"
                + "\n".join("\t".join(r) for r in u30_rows)
                + "\n\nBien cordialement,\n\n-- \nAurélie Martin\nCoordinatrice de projets – CEMMD\nParis\n")
    M.append(Mail(
        "u30.eml", "2021-02-06T00:20:44", ("Aurélie Martin", "aurelie.martin@cemmd.example.fr"),
        "Propositions d'intervention CEMMD", u30_text, client="thunderbird", html=u30_html, tz=60, language="fr",
        lag=46,
        speakers=[sp("Mehdi Ben Ammar", "Chargé de recherche",
                     "Institut de recherche sur les mobilités méditerranéennes (IRMM)", ["plenary"]),
                  sp("Sophie Lambert", "Responsable du plaidoyer",
                     "Coordination Euro-Méditerranéenne Migrations et Droits (CEMMD)", ["roundtable"], 2)],
        notes="HTML table with two speakers of two organisations; Date header Fri 5 Feb 23:19 +0100 looks on "
              "time but it arrived 6 Feb 00:20 Beirut: late"))
    return M



# =========================================================================== holdout2
def holdout():
    M = []
    M.append(Mail(
        "k01.eml", "2021-02-03T22:47:10", ("Yasser Abdelhamid", "yasser.abdelhamid77@gmail.com"), "طلب مداخلة",
        "السلام عليكم\nبرجاء تسجيل اسمي للمداخلة في الجلسة العامة:\n"
        "د. ياسر عبد الحميد - باحث أول - المركز المصري لدراسات الهجرة والتنمية\nوشكرا\n\nمُرسل من هاتفي المحمول\n",
        client="gmail_android", rtl=True, language="ar", lag=12,
        speakers=[sp("ياسر عبد الحميد", "باحث أول", "المركز المصري لدراسات الهجرة والتنمية", ["plenary"])],
        notes="terse mobile Arabic; 'الجلسة العامة' = plenary; honorific د. dropped from the name"))

    M.append(Mail(
        "k02.eml", "2021-02-02T12:31:45", ("Office of the Chairperson - NCHRMW", "chair.office@nchrmw.example.qa"),
        "Nomination of speaker - Plenary session - NCHRMW",
        "Dear Sir/Madam,\n\n"
        "The National Commission for Human Rights and Migrant Welfare (NCHRMW) presents its compliments to the "
        "International Organization for Migration and the United Nations Economic and Social Commission for "
        "Western Asia and, with reference to the invitation to the Regional Review of the Global Compact for Safe, "
        "Orderly and Regular Migration in the Arab Region, has the honour to nominate H.E. Ambassador Saad "
        "Al-Muhannadi, Chairperson of the Commission, to deliver a statement during the plenary session on "
        "24 February 2021.\n\n"
        "The official nomination letter is attached for your records.\n\n"
        "The Commission avails itself of this opportunity to renew to IOM and ESCWA the assurances of its highest "
        "consideration.\n\nOffice of the Chairperson\nNational Commission for Human Rights and Migrant Welfare\nDoha\n\n"
        "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If "
        "you have received it in error, please notify the sender and delete it.\n",
        client="outlook", tz=180, lag=55,
        attachments=[pdf("NCHRMW_nomination_letter_ref_21-044.pdf", "Nomination letter ref. 21/044",
                         "Nomination of the Chairperson to the plenary session")],
        speakers=[sp("Saad Al-Muhannadi", "Chairperson", "National Commission for Human Rights and Migrant Welfare (NCHRMW)",
                     ["plenary"])],
        notes="diplomatic note-verbale style; 'H.E. Ambassador' is honorific; title written as 'Chairperson of the "
              "Commission'; attached nomination letter is not a report; disclaimer"))

    M.append(Mail(
        "k03.eml", "2021-02-04T18:26:37", ("Amina Benjelloun", "a.benjelloun@horizons-migrations.example.ma"),
        "Propositions d'intervenants – Revue régionale PMM",
        "Chère équipe,\n\nSuite à votre invitation, nous souhaitons proposer deux intervenants :\n\n"
        "– moi-même, Amina Benjelloun, directrice exécutive de l'association Horizons Migrations, pour la table "
        "ronde n°2 ;\n"
        "– M. Rachid OUALI, enseignant-chercheur à l'Université Ibn Zohr d'Agadir et membre de notre conseil "
        "scientifique, pour une intervention en séance plénière.\n\n"
        "Nous vous remercions par avance et restons à votre disposition.\n\nAmina\n\n"
        "Amina Benjelloun | Directrice exécutive | Horizons Migrations | Casablanca\n",
        client="apple", tz=60, language="fr", lag=20,
        speakers=[sp("Amina Benjelloun", "directrice exécutive", "Horizons Migrations", ["roundtable"], 2),
                  sp("Rachid OUALI", "enseignant-chercheur", "Université Ibn Zohr d'Agadir", ["plenary"])],
        notes="self-nomination ('moi-même') plus a colleague from another institution; all-caps surname; "
              "roles differ per speaker"))

    M.append(Mail(
        "k04.eml", "2021-02-01T10:18:55", ("جمعية التضامن مع المهاجرين", "contact@tadamon-sfax.example.tn"),
        "المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
        "السادة المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)،\n\n"
        "تحية طيبة وبعد،\n\n"
        "إشارةً إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، تتشرّف جمعية "
        "التضامن مع المهاجرين بصفاقس بأن تقترح مشاركة رئيسة الجمعية الأستاذة ليلى بن عمر بمداخلة في المائدة "
        "المستديرة الرابعة، وذلك بالنظر إلى خبرتها في مرافقة عائلات المهاجرين المفقودين ومبادرات أبناء الجالية "
        "التونسية في الخارج.\n\n"
        "مع فائق التقدير والاحترام،\n\nعن الهيئة المديرة\nالكاتب العام: نبيل الطرابلسي\n",
        client="outlook", charset="windows-1256", rtl=True, tz=60, language="ar", lag=47,
        speakers=[sp("ليلى بن عمر", "رئيسة الجمعية", "جمعية التضامن مع المهاجرين بصفاقس", ["roundtable"], 4)],
        notes="title before the name with honorific (رئيسة الجمعية الأستاذة ...); 'الرابعة' in words; "
              "signatory (الكاتب العام) is not the speaker; windows-1256"))

    M.append(Mail(
        "k05.eml", "2021-02-11T14:56:12", ("Thomas Varghese", "t.varghese@rfbww-me.example.org"),
        "Voluntary GCM review report - RFBWW-ME",
        "Dear GCM review team,\n\n"
        "Please find attached the voluntary review report of the Regional Federation of Building and Wood "
        "Workers – Middle East (RFBWW-ME) on the implementation of GCM Objective 6 (fair recruitment) and "
        "Objective 22 (social protection) in the construction sector, together with Annex A (case studies from "
        "Qatar, Kuwait and Saudi Arabia).\n\n"
        "Best regards,\n\nThomas Varghese\nRegional Education Officer\nRFBWW-ME | Beirut office\n"
        "Organise. Educate. Protect.\n",
        client="outlook", category="voluntary_report", lag=34,
        attachments=[logo("image002.png", rgb=(220, 40, 40)),
                     pdf("RFBWW-ME_GCM_review_2021_final.pdf", "RFBWW-ME voluntary GCM review", "Construction sector"),
                     docx_att("Annex A - case studies.docx", "Annex A - case studies",
                              ["Qatar", "Kuwait", "Saudi Arabia"])],
        report=["RFBWW-ME_GCM_review_2021_final.pdf", "Annex A - case studies.docx"],
        notes="trade union report PDF plus a DOCX annex (both part of the report); inline logo; slogan in signature"))

    M.append(Mail(
        "k06.eml", "2021-02-07T20:12:00", ("Hamid Laroussi", "h.laroussi@atml-lyon.example.fr"),
        "Consultation du 23 février - modalités",
        "Bonjour,\n\n"
        "Pourriez-vous nous préciser si la consultation du 23 février et la conférence des 24 et 25 février se "
        "tiendront uniquement en ligne ? Faut-il s'inscrire séparément pour chacune des deux réunions ? Nous "
        "aimerions également savoir si l'interprétation en français sera assurée.\n\n"
        "Merci d'avance pour votre retour.\n\nHamid Laroussi\n"
        "Association des Travailleurs Maghrébins de Lyon\n",
        client="roundcube", tz=60, category="other", language="fr", lag=17,
        notes="logistics questions only"))

    k07_html = ('<div dir="ltr"><div>Dear colleagues,</div><div><br></div><div>As our report is short we are sending '
                'it directly in the body of this email.</div><div><br></div>'
                '<div><b>VOLUNTARY GCM REVIEW – IRAQI YOUTH FOR SAFE MIGRATION (IYSM)</b></div><div><br></div>'
                '<div><b>1. Background.</b> IYSM is a volunteer network of 60 young people in Erbil, Duhok and '
                'Sulaymaniyah raising awareness of the risks of irregular migration to Europe.</div><div><br></div>'
                '<div><b>2. Progress.</b> Objective 3: an information campaign reached 12,000 young people in 2020; '
                'cooperation with the Directorate of Labour on job counselling.</div><div><br></div>'
                '<div><b>3. Gaps.</b> No reintegration support for young returnees; families of missing migrants '
                'receive no information.</div><div><br></div>'
                '<div><b>4. Recommendations.</b> A returnee support desk in each governorate; a hotline for '
                'families of missing migrants.</div><div><br></div>'
                '<div>In addition, we would like our programme manager, Mustafa Jabbar, to take part in the open '
                'discussion on 23 February.</div><div><br></div><div>Kind regards,</div><div>Aisha Mohammed</div>'
                '<div>Founder, Iraqi Youth for Safe Migration (IYSM)</div><div>Erbil</div></div>\n')
    k07_text = ("Dear colleagues,\n\nAs our report is short we are sending it directly in the body of this email.\n\n"
                "*VOLUNTARY GCM REVIEW – IRAQI YOUTH FOR SAFE MIGRATION (IYSM)*\n\n"
                "*1. Background.* IYSM is a volunteer network of 60 young people in Erbil, Duhok and Sulaymaniyah "
                "raising awareness of the risks of irregular migration to Europe.\n\n"
                "*2. Progress.* Objective 3: an information campaign reached 12,000 young people in 2020; "
                "cooperation with the Directorate of Labour on job counselling.\n\n"
                "*3. Gaps.* No reintegration support for young returnees; families of missing migrants receive no "
                "information.\n\n*4. Recommendations.* A returnee support desk in each governorate; a hotline for "
                "families of missing migrants.\n\nIn addition, we would like our programme manager, Mustafa Jabbar, "
                "to take part in the open discussion on 23 February.\n\nKind regards,\nAisha Mohammed\n"
                "Founder, Iraqi Youth for Safe Migration (IYSM)\nErbil\n")
    M.append(Mail(
        "k07.eml", "2021-02-10T09:44:31", ("Aisha Mohammed", "aisha.m@iysm-iraq.example.org"),
        "Voluntary review (in body) + open discussion", k07_text, html=k07_html, client="gmail", tz=180,
        category="both", lag=26,
        speakers=[sp("Mustafa Jabbar", "programme manager", "Iraqi Youth for Safe Migration (IYSM)", ["open_discussion"])],
        notes="report pasted in the body (no attachment) plus a speaker: report part on time, speaker part late "
              "(10 Feb), so on_time false; title before the name in lower case"))

    M.append(Mail(
        "k08.eml", "2021-02-14T23:10:05", ("سعيد العمراني", "s.amrani@rmmd-maroc.example.ma"),
        "التقرير الطوعي الجماعي - الشبكة المغربية للهجرة والتنمية",
        "السلام عليكم ورحمة الله وبركاته،\n\n"
        "تجدون رفقته التقرير الطوعي الجماعي للشبكة المغربية للهجرة والتنمية، الذي ساهمت في إعداده 22 جمعية من "
        "جهات الشرق وسوس ماسة وطنجة تطوان الحسيمة، في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة.\n\n"
        "نرجو تأكيد التوصل.\n\nمع خالص التحيات،\n\nسعيد العمراني\nالمنسق الوطني\n"
        "الشبكة المغربية للهجرة والتنمية\nالرباط\n",
        client="thunderbird", tz=60, rtl=True, category="voluntary_report", language="ar", lag=29,
        attachments=[docx_att("التقرير_الجماعي_الشبكة_المغربية_للهجرة_والتنمية.docx", "Rapport collectif RMMD",
                              ["Contribution collective de 22 associations"])],
        report=["التقرير_الجماعي_الشبكة_المغربية_للهجرة_والتنمية.docx"],
        notes="collective report DOCX with an Arabic file name in RFC 2231 form; Moroccan usage 'رفقته'"))

    form = [["Rubrique", "Réponse"], ["Nom et prénom", "Karima BOUZID"],
            ["Fonction", "Vice-présidente chargée des programmes"],
            ["Organisation", "Ligue algérienne pour l'accueil des migrants (LAAM)"],
            ["Session souhaitée", "Table ronde III"], ["Langue d'intervention", "Français"]]
    M.append(Mail(
        "k09.eml", "2021-02-04T15:33:20", ("Nassima Haddadi", "n.haddadi@laam-dz.example.org"),
        "Formulaire de proposition d'intervenant – LAAM",
        "Bonjour,\n\nVeuillez trouver ci-joint le formulaire de proposition d'intervenant de notre organisation, "
        "dûment rempli.\n\nCordialement,\n\nN. Haddadi\nAssistante de direction\n"
        "Ligue algérienne pour l'accueil des migrants (LAAM)\nAlger\n",
        client="outlook", tz=60, language="fr", lag=38,
        attachments=[docx_att("Formulaire_intervenant_LAAM.docx", "Formulaire de proposition d'intervenant",
                              ["Revue regionale du PMM - region arabe"], form)],
        speakers=[sp("Karima BOUZID", "Vice-présidente chargée des programmes",
                     "Ligue algérienne pour l'accueil des migrants (LAAM)", ["roundtable"], 3)],
        notes="speaker only in the attached DOCX form table; 'Table ronde III'; the sender (assistant) is not "
              "the speaker"))

    M.append(Mail(
        "k10.eml", "2021-02-01T08:05:11", ("Dina Farouk", "dina.farouk@nims-eg.example.org"), "rapporteur",
        "Hi - nominating myself for the rapporteur role. Dina Farouk, Research Associate, Nile Institute for "
        "Mobility Studies (NIMS), Cairo.\nDina\n\nSent from my iPhone\n",
        client="iphone", lag=9,
        speakers=[sp("Dina Farouk", "Research Associate", "Nile Institute for Mobility Studies (NIMS)", ["rapporteur"])],
        notes="terse one-line self-nomination from a phone"))

    k11_rows = [["الاسم", "الصفة", "الجهة", "المشاركة المطلوبة"],
                ["الأستاذة جنى فرحات", "منسقة الشبكة", "الشبكة اللبنانية لمناهضة العنصرية (لامع)", "المقرر"],
                ["السيد علي حمادة", "—", "نقابة عمال الخدمات في بيروت", "الجلسة العامة"],
                ["الدكتورة ميرنا خوري", "أستاذة علم الاجتماع", "الجامعة اللبنانية", "المائدة المستديرة الثالثة"]]
    M.append(Mail(
        "k11.eml", "2021-02-05T12:15:40", ("Layal Nasr", "layal.nasr@lamea-lb.example.org"),
        "مقترحات المتحدثين - الشبكة اللبنانية لمناهضة العنصرية", "", client="outlook_html_only", rtl=True,
        html=outlook_page(P("تحية طيبة،\n\nيسعدنا أن نقترح الأسماء التالية للمشاركة في الاستعراض الإقليمي:\n", rtl=True)
                          + table_html(k11_rows, rtl=True)
                          + P("\nمع الشكر والتقدير،\nليال نصر\nالشبكة اللبنانية لمناهضة العنصرية (لامع)\nبيروت", rtl=True),
                          rtl=True, lang="AR-SA"),
        language="ar", lag=43,
        speakers=[sp("جنى فرحات", "منسقة الشبكة", "الشبكة اللبنانية لمناهضة العنصرية (لامع)", ["rapporteur"]),
                  sp("علي حمادة", None, "نقابة عمال الخدمات في بيروت", ["plenary"]),
                  sp("ميرنا خوري", "أستاذة علم الاجتماع", "الجامعة اللبنانية", ["roundtable"], 3)],
        notes="HTML-only Arabic table, three speakers of three organisations; one title cell is a dash (null); "
              "honorifics in the name cells"))

    M.append(Mail(
        "k12.eml", "2021-02-16T16:20:00", ("Farid Hamdani", "farid.hamdani@gmail.com"),
        "Rapport volontaire CADM – lien de téléchargement",
        "Bonjour,\n\n"
        "Le fichier de notre rapport volontaire étant trop volumineux (photos et annexes), nous l'avons déposé sur "
        "notre espace de partage :\nhttps://cloud.example.org/s/8fPqA2LmZkT\nMot de passe : PMM2021\n\n"
        "Titre : « Migrations, droits et territoires : contribution de la société civile algérienne à l'examen "
        "du Pacte mondial », Collectif Algérien pour les Droits des Migrants (CADM).\n\n"
        "Bien cordialement,\nFarid Hamdani\nCADM – Oran\n",
        client="gmail", tz=60, category="voluntary_report", language="fr", lag=22,
        notes="report only as a password-protected download link; report_attachments empty"))

    M.append(Mail(
        "k13.eml", "2021-02-03T11:45:08", ("Yousra Ben Salah", "yousra.bensalah@tamaj.example.tn"),
        "Re: Invitation: Regional Review of the GCM in the Arab Region",
        "Dear organisers,\n\n"
        "Thank you for this invitation. Our organisation, the Tunisian Association for Migrants' Access to "
        "Justice (TAMAJ), would like to speak on the panel on border governance, trafficking and return, in view "
        "of our work with persons intercepted at sea.\n\n"
        "Proposed speaker: Ms Yousra Ben Salah, Legal Aid Coordinator.\n\nMany thanks,\nYousra Ben Salah\n"
        "TAMAJ – Tunis\n\n"
        "On Thu, Jan 28, 2021 at 11:05 AM GCM Regional Review <gcmrrarabstates@iom.int> wrote:\n\n"
        + quote(INVITE_EN) + "\n",
        client="gmail", tz=60, lag=30,
        speakers=[sp("Yousra Ben Salah", "Legal Aid Coordinator",
                     "Tunisian Association for Migrants' Access to Justice (TAMAJ)", ["roundtable"], 2)],
        notes="'panel on border governance, trafficking and return' = Roundtable 2 per the quoted invitation "
              "list; quoted letter mentions every role (decoys); self-nomination"))

    M.append(Mail(
        "k14.eml", "2021-02-09T10:10:10", ("فتحي جابر", "f.jaber@agri-union.example.eg"),
        "الرد على استبيان أصحاب المصلحة",
        "السادة الأفاضل،\n\nرداً على الاستبيان المرفق بالدعوة، نوافيكم بإجاباتنا:\n\n"
        "1- نوع الجهة: نقابة عمالية.\n"
        "2- الأهداف الأكثر صلة بعملنا: الهدف 6 (التوظيف العادل) والهدف 22 (الحماية الاجتماعية).\n"
        "3- هل تمت استشارتكم من قبل السلطات الوطنية؟ لا.\n"
        "4- أبرز التحديات: غياب عقود العمل المكتوبة للعمال الموسميين، وضعف التفتيش.\n"
        "5- ممارسة جيدة: اتفاق ثنائي تجريبي لتنظيم العمالة الموسمية.\n\n"
        "مع خالص التحية،\nفتحي جابر\nأمين الشؤون الخارجية\nالنقابة العامة للعاملين بالزراعة والري\n",
        client="outlook", rtl=True, category="other", language="ar", lag=41,
        notes="survey answers in the body; not a report and not a speaker request"))

    M.append(Mail(
        "k15.eml", "2021-02-04T16:05:02", ("Office of the Chairperson - NCHRMW", "chair.office@nchrmw.example.qa"),
        "RE: Nomination of speaker - Plenary session - NCHRMW",
        "Dear Sir/Madam,\n\n"
        "Further to our message of 2 February 2021, please be informed that, owing to a scheduling conflict, H.E. "
        "the Chairperson will be represented at the plenary session by Dr. Mariam Al-Sulaiti, Commissioner and "
        "Head of the Migrant Workers' Affairs Unit at the Commission, who will deliver the statement on his "
        "behalf.\n\nWith highest consideration,\n\nOffice of the Chairperson\n"
        "National Commission for Human Rights and Migrant Welfare\nDoha\n\n"
        "From: Office of the Chairperson - NCHRMW\nSent: Tuesday, February 2, 2021 1:31 PM\n"
        "To: gcmrrarabstates@iom.int\nSubject: Nomination of speaker - Plenary session - NCHRMW\n\n"
        "The National Commission for Human Rights and Migrant Welfare (NCHRMW) presents its compliments to the "
        "International Organization for Migration and the United Nations Economic and Social Commission for "
        "Western Asia and ... has the honour to nominate H.E. Ambassador Saad Al-Muhannadi, Chairperson of the "
        "Commission, to deliver a statement during the plenary session on 24 February 2021.\n",
        client="outlook", tz=180, reply_to="k02.eml", thread_of="k02.eml", lag=49,
        speakers=[sp("Mariam Al-Sulaiti", "Commissioner and Head of the Migrant Workers' Affairs Unit",
                     "National Commission for Human Rights and Migrant Welfare (NCHRMW)", ["plenary"])],
        notes="replacement of the k02 speaker; title with 'and'; 'the Commission' resolved from the signature/"
              "quote; the quoted original names the replaced speaker"))

    M.append(Mail(
        "k16.eml", "2021-02-03T17:07:45", ("Georges Haddad", "g.haddad@aldtm.example.lb"),
        "Rapport volontaire ALDTM et proposition d'intervention",
        "Madame, Monsieur,\n\n"
        "Nous avons le plaisir de vous transmettre en pièce jointe le rapport volontaire de l'Association "
        "Libanaise pour la Dignité des Travailleurs Migrants (ALDTM) sur la mise en œuvre du Pacte mondial au "
        "Liban en 2019-2020.\n\n"
        "Par ailleurs, notre directrice des programmes, Mme Carla Abou Jaoudé, souhaiterait intervenir lors de "
        "la deuxième table ronde.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations les meilleures.\n\n"
        "Georges Haddad\nSecrétaire général\nAssociation Libanaise pour la Dignité des Travailleurs Migrants (ALDTM)\n"
        "Achrafieh, Beyrouth – Liban\n« La dignité n'a pas de frontières »\n\n"
        "Avertissement : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
        "destinataires.\n",
        client="outlook", category="both", language="fr", lag=36,
        attachments=[logo("image001.png", rgb=(0, 70, 140)),
                     pdf("ALDTM - Rapport volontaire PMM 2021.pdf", "ALDTM - Rapport volontaire PMM 2021", "Liban")],
        speakers=[sp("Carla Abou Jaoudé", "directrice des programmes",
                     "Association Libanaise pour la Dignité des Travailleurs Migrants (ALDTM)", ["roundtable"], 2)],
        report=["ALDTM - Rapport volontaire PMM 2021.pdf"],
        notes="report + speaker; title before the name; 'la deuxième table ronde'; slogan and disclaimer; "
              "signatory is not the speaker"))

    M.append(Mail(
        "k17.eml", "2021-02-08T13:22:09", ("المجلس الوطني لشؤون الأسرة", "info@ncfa-council.example.org"),
        "ترشيح للمشاركة في الاستعراض الإقليمي",
        "حضرات السادة في المنظمة الدولية للهجرة المحترمين،\n\nتحية طيبة وبعد،\n\n"
        "يتشرف المجلس الوطني لشؤون الأسرة بترشيح سعادة الدكتورة منى الحمادي، الأمينة العامة للمجلس، للمشاركة "
        "بمداخلة في المائدة المستديرة المعنية بإدماج المهاجرين وحصولهم على الخدمات.\n\n"
        "ونعتذر عن التأخر في إرسال هذا الترشيح لأسباب إدارية.\n\nوتفضلوا بقبول فائق الاحترام،\n\n"
        "مكتب الأمين العام\nالمجلس الوطني لشؤون الأسرة\n",
        client="outlook", charset="windows-1256", rtl=True, tz=180, language="ar", lag=52,
        speakers=[sp("منى الحمادي", "الأمينة العامة", "المجلس الوطني لشؤون الأسرة", ["roundtable"])],
        notes="late (8 Feb); honorific سعادة الدكتورة; roundtable named only by theme with no list quoted, so "
              "roundtable null; windows-1256"))

    M.append(Mail(
        "k18.eml", "2021-02-12T18:30:00", ("Oumaima Belkadi", "oumaima.belkadi@gmail.com"),
        "Question : rapport collectif et rapports individuels",
        "Bonjour,\n\n"
        "Notre coalition regroupe 9 associations, dont certaines préparent aussi leur propre rapport. Est-il "
        "possible de soumettre à la fois un rapport collectif et des rapports individuels ? Les rapports "
        "seront-ils publiés sur le site de la CESAO ?\n\nMerci beaucoup,\nOumaima Belkadi\n"
        "Coalition Marocaine pour la Mobilité Humaine\n",
        client="gmail", tz=60, category="other", language="fr", lag=14,
        notes="question about report formats; no report attached"))

    M.append(Mail(
        "k19.eml", "2021-02-05T19:47:30", ("Nadia El Ouafi", "nadia.elouafi@passerelles-med.example.fr"),
        "Candidature – table ronde",
        "Bonjour,\n\n"
        "Je me permets de vous proposer ma candidature pour intervenir dans la table ronde sur l'inclusion sociale "
        "et l'accès aux services de base.\n\n"
        "Nadia El Ouafi, fondatrice et directrice de l'association Passerelles Méditerranée (Marseille), qui "
        "accompagne depuis 2009 des femmes migrantes d'origine maghrébine.\n\nCordialement,\nNadia El Ouafi\n",
        client="gmail", tz=60, language="fr", lag=25,
        speakers=[sp("Nadia El Ouafi", "fondatrice et directrice", "Passerelles Méditerranée", ["roundtable"])],
        notes="roundtable named only by theme and no list quoted: roundtable null; title with 'et'"))

    M.append(Mail(
        "k20.eml", "2021-02-05T10:30:00", ("Fahad Al-Ajmi", "f.alajmi@ksdww.example.kw"),
        "تقرير طوعي + طلب مداخلة",
        "تحية طيبة،\n\n"
        "نرفق لكم تقريرنا الطوعي حول أوضاع العمالة المنزلية في الكويت وتنفيذ الاتفاق العالمي من أجل الهجرة.\n\n"
        "كما نرغب بمداخلة في المائدة المستديرة رقم 1، ونرشّح لذلك مديرة البرامج لدينا السيدة رنا الحاج.\n\n"
        "مع الشكر،\n\nFahad Al-Ajmi\nBoard Member\nKuwait Society for Domestic Workers' Welfare (KSDWW)\nKuwait City\n",
        client="gmail", rtl=True, tz=180, category="both", language="ar", lag=31,
        attachments=[pdf("KSDWW_voluntary_report_GCM.pdf", "KSDWW voluntary report", "Domestic work in Kuwait")],
        speakers=[sp("رنا الحاج", "مديرة البرامج", "Kuwait Society for Domestic Workers' Welfare (KSDWW)",
                     ["roundtable"], 1)],
        report=["KSDWW_voluntary_report_GCM.pdf"],
        notes="Arabic body, English signature; speaker in Arabic with title before the name, her organisation "
              "only in the sender's English signature; sender is not the speaker"))

    M.append(Mail(
        "k21.eml", "2021-02-18T11:12:00", ("Dr. Sanaa Barakat", "s.barakat@mha-mena.example.org"),
        "Late submission: MHA-MENA voluntary GCM review",
        "Dear colleagues,\n\n"
        "Apologies for the delay - our validation meeting had to be postponed twice. Please find attached the "
        "voluntary GCM review of the Migrant Health Alliance – MENA (MHA-MENA), focusing on Objective 15 (access "
        "to basic services). We hope it can still be taken into account.\n\n"
        "Best regards,\nSanaa Barakat\nChair, MHA-MENA\n",
        client="outlook", category="voluntary_report", lag=44,
        attachments=[pdf("MHA-MENA_GCM_Voluntary_Review.pdf", "MHA-MENA voluntary GCM review", "Objective 15")],
        report=["MHA-MENA_GCM_Voluntary_Review.pdf"],
        notes="late report (18 Feb)"))

    M.append(Mail(
        "k22.eml", "2021-02-05T11:02:50", ("Amina Benjelloun", "a.benjelloun@horizons-migrations.example.ma"),
        "Re: Accusé de réception – Propositions d'intervenants – Revue régionale PMM",
        "Bonjour,\n\n"
        "Merci pour votre accusé de réception. Je me permets d'ajouter une troisième proposition, si cela est "
        "encore possible : Mme Houda Ezzahraoui, juriste et coordinatrice de la clinique juridique d'Horizons "
        "Migrations, souhaiterait participer à la discussion ouverte de la consultation du 23 février.\n\n"
        "Bien à vous,\nAmina Benjelloun\n\n"
        "> Le 4 févr. 2021 à 18:40, GCM Regional Review <gcmrrarabstates@iom.int> a écrit :\n>\n"
        "> Nous accusons réception de votre message. Votre demande sera examinée par le secrétariat.\n",
        client="apple", tz=60, reply_to="k03.eml", via_ack=True, thread_of="k03.eml", language="fr", lag=19,
        speakers=[sp("Houda Ezzahraoui", "juriste et coordinatrice de la clinique juridique", "Horizons Migrations",
                     ["open_discussion"])],
        notes="reply to our acknowledgement that adds a new speaker (so it must be acknowledged); only the "
              "new speaker is listed"))

    M.append(Mail(
        "k23.eml", "2021-02-04T20:20:20", ("محمد نور الخطيب", "mn.khatib@ssp-de.example.de"), "طلب مشاركة",
        "مساء الخير،\n\n"
        "أرغب في المشاركة في النقاش المفتوح للمشاورة يوم ٢٣ شباط، وأبدي استعدادي أيضاً لتولي مهمة المقرر إذا "
        "احتجتم لذلك.\n\n"
        "محمد نور الخطيب\nمدير تنفيذي، منصة السوريين في ألمانيا للمناصرة\nبرلين\n\nأُرسلت من الـ iPhone\n",
        client="iphone", tz=60, language="ar", lag=11,
        speakers=[sp("محمد نور الخطيب", "مدير تنفيذي", "منصة السوريين في ألمانيا للمناصرة",
                     ["open_discussion", "rapporteur"])],
        notes="two roles for one speaker (open discussion first, rapporteur as an offer); diaspora sender in "
              "Berlin"))

    k24_rows = [["Name", "Title", "Organization", "Session"],
                ["Mohamed BENALI", "Policy Advisor", "Maghreb Diaspora Network Canada (MDNC)", "Roundtable II"],
                ["Aicha OULD SIDI", "Founder and Chair", "Mauritanian Women Abroad Association (MWAA)", "Plenary"]]
    M.append(Mail(
        "k24.eml", "2021-02-05T23:05:14", ("Samir Haddouche", "s.haddouche@mdnc.example.ca"),
        "Speakers - Maghreb Diaspora Network Canada & MWAA", "", client="outlook_html_only",
        html=outlook_page(P("Good afternoon,\n\nPlease find below our two proposed speakers for the Regional "
                            "Review of the GCM in the Arab region:\n") + table_html(k24_rows)
                          + P("\nThank you,\n\nSamir Haddouche\nMDNC – Montréal")),
        tz=-300, lag=34,
        speakers=[sp("Mohamed BENALI", "Policy Advisor", "Maghreb Diaspora Network Canada (MDNC)", ["roundtable"], 2),
                  sp("Aicha OULD SIDI", "Founder and Chair", "Mauritanian Women Abroad Association (MWAA)", ["plenary"])],
        notes="HTML-only table; all-caps surnames; 'Roundtable II'; Date header Fri 5 Feb 16:04 -0500 = 23:04 "
              "Beirut, on time"))

    M.append(Mail(
        "k25.eml", "2021-02-16T23:59:40", ("Rita Nakhlé", "rita.nakhle@olma-liban.example.org"),
        "Rapport volontaire - Observatoire libanais des migrations et de l'asile",
        "Madame, Monsieur,\n\n"
        "Veuillez trouver ci-joint le rapport volontaire de l'Observatoire libanais des migrations et de l'asile "
        "(OLMA) dans le cadre de la Revue régionale du Pacte mondial.\n\n"
        "Avec nos excuses pour cet envoi de dernière minute.\n\nRita Nakhlé\nChargée d'études, OLMA\nBeyrouth\n",
        client="roundcube", charset="iso-8859-1", category="voluntary_report", language="fr", lag=28,
        attachments=[pdf("Rapport_Société_Civile_Liban_PMM.pdf", "OLMA - Rapport volontaire", "Liban 2021")],
        report=["Rapport_Société_Civile_Liban_PMM.pdf"],
        notes="arrives 23:59:40 on the report deadline day (on time); latin-1 body; accented file name (RFC 2231)"))

    M.append(Mail(
        "k26.eml", "2021-02-15T09:40:00", ("سعيد العمراني", "s.amrani@rmmd-maroc.example.ma"),
        "Re: تأكيد الاستلام - التقرير الطوعي الجماعي - الشبكة المغربية للهجرة والتنمية",
        "شكراً جزيلاً على التأكيد، وبالتوفيق في أشغال الاستعراض.\n\nسعيد العمراني\n\n"
        "> تم استلام رسالتكم المتعلقة بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، وستتم دراستها من قبل "
        "الأمانة.\n",
        client="thunderbird", tz=60, rtl=True, reply_to="k08.eml", via_ack=True, category="other", language="ar",
        acknowledge=False, thread_of="k08.eml", lag=18,
        notes="pure thank-you reply to our acknowledgement of k08: must not be acknowledged"))

    M.append(Mail(
        "k27.eml", "2021-02-02T14:48:00", ("Sara Mahmoud", "sara.mahmoud@anmhi.example.org"),
        "FW: RT3 nomination",
        "Dear IOM colleagues,\n\nPlease see below the nomination from our Director. Apologies for the forward.\n\n"
        "Regards,\nSara Mahmoud\nOffice Manager, ANMHI\n\n"
        "________________________________\n"
        "From: Walid Kanaan <w.kanaan@anmhi.example.org>\nSent: Tuesday, February 2, 2021 1:15 PM\n"
        "To: Sara Mahmoud <sara.mahmoud@anmhi.example.org>\nSubject: RT3 nomination\n\n"
        "Sara,\n\nPlease forward to the IOM address: the Arab Network for Migrant Health and Inclusion (ANMHI) "
        "nominates Dr. Huda Sabbagh, our Senior Health Policy Officer, for RT3.\n\nThanks,\nWalid\n\n"
        "Dr. Walid Kanaan\nDirector, ANMHI\n",
        client="outlook", lag=33,
        speakers=[sp("Huda Sabbagh", "Senior Health Policy Officer", "Arab Network for Migrant Health and Inclusion (ANMHI)",
                     ["roundtable"], 3)],
        notes="forwarded internal note: two decoy names (forwarder and director, both with titles); 'RT3'"))

    M.append(Mail(
        "k28.eml", "2021-02-08T10:00:00", ("Georges Haddad", "g.haddad@aldtm.example.lb"),
        "RE: Accusé de réception – Rapport volontaire ALDTM et proposition d'intervention",
        "Bonjour,\n\n"
        "Merci pour l'accusé de réception. Pourriez-vous nous indiquer quand les intervenants retenus seront "
        "informés ? Mme Abou Jaoudé doit organiser son agenda en conséquence.\n\nCordialement,\nGeorges Haddad\n\n"
        "De : GCM Regional Review <gcmrrarabstates@iom.int>\nEnvoyé : mercredi 3 février 2021 17:20\n"
        "Objet : Accusé de réception – Rapport volontaire ALDTM et proposition d'intervention\n\n"
        "Nous accusons réception de votre message. Votre demande sera examinée par le secrétariat.\n",
        client="outlook", reply_to="k16.eml", via_ack=True, category="other", language="fr", thread_of="k16.eml",
        lag=40,
        notes="reply to our acknowledgement that thanks but asks a new question: acknowledge true; mentions the "
              "speaker again but proposes nobody new"))

    M.append(Mail(
        "k29.eml", "2021-02-02T15:15:15", ("Amal Alsaqqaf", "amal.alsaqqaf@gmail.com"), "الرغبة في المشاركة",
        "السادة القائمين على الاستعراض الإقليمي،\n\n"
        "أنا باحثة مستقلة مهتمة بقضايا هجرة النساء من اليمن والقرن الأفريقي، وأرغب بالمشاركة كمتحدثة في المؤتمر "
        "إن أمكن.\n\nمع الاحترام،\nأمل السقاف\n",
        client="gmail", rtl=True, tz=180, language="ar", lag=27,
        speakers=[sp("أمل السقاف", "باحثة مستقلة", None, [])],
        notes="independent researcher: no affiliation (null); no role or session stated (roles empty)"))

    M.append(Mail(
        "k30.eml", "2021-02-06T00:00:31", ("Ibrahim Adam", "ibrahim.adam.dda@gmail.com"),
        "Joint nomination - DDA-UK & RMLC",
        "Dear Secretariat,\n\nJust in time I hope! A joint nomination from two partner organisations:\n\n"
        "- Ibrahim Adam, Community Organiser, Darfur Diaspora Association UK (DDA-UK) – plenary\n"
        "- Hawa Suleiman, Legal Officer, Refugee & Migrant Legal Clinic Khartoum (RMLC) – roundtable 2\n\n"
        "Best,\nIbrahim\n",
        client="gmail", tz=120, lag=33,
        speakers=[sp("Ibrahim Adam", "Community Organiser", "Darfur Diaspora Association UK (DDA-UK)", ["plenary"]),
                  sp("Hawa Suleiman", "Legal Officer", "Refugee & Migrant Legal Clinic Khartoum (RMLC)",
                     ["roundtable"], 2)],
        notes="Date header Fri 5 Feb 23:59:58 +0200 but received 6 Feb 00:00:31: late by 32 seconds; two "
              "speakers of two organisations"))
    return M


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name, fn in (("tuning2", tuning), ("holdout2", holdout)):
        labels = build(os.path.join(root, name), name, fn())
        print(f"{name}: {len(labels)} messages")


if __name__ == "__main__":
    main(sys.argv)
