#!/usr/bin/env python3
"""Build the two independent labelled evaluation sets (tests/data/tuning and tests/data/holdout).

Each folder receives 24 raw RFC 5322 messages (CRLF line endings) and a labels.json in the format of
the shared corpus LABELS.md.  Everything is deterministic: boundaries, Message-IDs, queue ids, PDF,
DOCX and PNG attachments are derived from fixed seeds, so re-running the script reproduces the same
bytes.  Run with:  /tmp/venv/bin/python tests/data/make_eval_sets.py

The messages were written from the invitation letter only (not from the code or rules under test).
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import struct
import textwrap
import zipfile
import zlib
from email import policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
GCM = "gcmrrarabstates@iom.int"
GCM_NAME = "GCM Regional Review Arab States"
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=2)))
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=2)))
CRLF_POLICY = policy.compat32.clone(linesep="\r\n")
TZ_NAMES = {0: "GMT", 60: "CET", 120: "EET", 180: "+03", 240: "+04", -300: "EST", -480: "PST"}


# --------------------------------------------------------------------------------------------
# small deterministic binary attachments
# --------------------------------------------------------------------------------------------

def make_pdf(title, lines, author="", seed=""):
    """A small valid one-page PDF (Helvetica, Latin-1 text) with a correct xref table."""
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = ["BT", "/F1 15 Tf", "56 780 Td", "18 TL", f"({esc(title)}) Tj", "/F1 10 Tf", "14 TL", "T*"]
    for ln in lines:
        for piece in textwrap.wrap(ln, 95) or [""]:
            body.append(f"({esc(piece)}) '")
    body.append("ET")
    stream = "\n".join(body).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (" + esc(title) + ") /Author (" + esc(author) + ") /Producer (Microsoft Word 2016)"
         " /CreationDate (D:20210201100000+02'00') >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = hashlib.md5((title + seed).encode()).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_docx(title, paragraphs, author="", rtl=False):
    import docx  # python-docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    h = d.add_heading(title, 0)
    if rtl:
        h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for p in paragraphs:
        para = d.add_paragraph(p)
        if rtl:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.core_properties
    fixed = dt.datetime(2021, 2, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so the bytes are reproducible
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_png(w, h, rgb, stripe=None):
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    rows = []
    for y in range(h):
        col = stripe if (stripe and (y // 4) % 2) else rgb
        rows.append(b"\x00" + bytes(col) * w)
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

def text_part(text, subtype, charset, cte, params=None):
    """A text/* leaf with an explicit charset and transfer encoding."""
    part = Message()
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:
        raise ValueError(cte)
    ctype = f'text/{subtype}; charset="{charset}"'
    for k, v in (params or {}).items():
        ctype += f"; {k}={v}"
    part["Content-Type"] = ctype
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def b64_part(data, maintype, subtype, filename=None, disposition="attachment", cid=None,
             name_style="rfc2231", size=True):
    part = MIMEBase(maintype, subtype)
    del part["MIME-Version"]
    if filename is not None:
        ascii_name = all(ord(c) < 128 for c in filename)
        if ascii_name:
            part.set_param("name", filename)
            part.add_header("Content-Disposition", disposition, filename=filename)
        elif name_style == "rfc2047":  # Gmail / Apple style
            enc = Header(filename, "utf-8").encode(maxlinelen=10000)
            del part["Content-Type"]
            part["Content-Type"] = f'{maintype}/{subtype}; name="{enc}"'
            part["Content-Disposition"] = f'{disposition}; filename="{enc}"'
        else:  # Outlook / Thunderbird: RFC 2231 filename*, RFC 2047 name=
            enc = Header(filename, "utf-8").encode(maxlinelen=10000)
            del part["Content-Type"]
            part["Content-Type"] = f'{maintype}/{subtype}; name="{enc}"'
            part.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    if cid:
        part["Content-ID"] = f"<{cid}>"
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def is_arabic(s):
    return sum(1 for c in s if "\u0600" <= c <= "\u06ff") > 20


def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line if line.startswith("> ") or line == "-- " else line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_to_html_blocks(text, p_open, p_close, br="<br>", quote_open="<blockquote>", quote_close="</blockquote>"):
    """Plain text to HTML blocks: blank lines split paragraphs, '>' lines become one blockquote."""
    lines = text.split("\n")
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append(p_open + br.join(html.escape(x, quote=False) for x in para) + p_close)
            para.clear()

    def flush_quote():
        if quote:
            inner = "\n".join(quote)
            out.append(quote_open + text_to_html_blocks(inner, "<div>", "</div>", br) + quote_close)
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            flush_para()
            quote.append(ln[2:] if ln.startswith("> ") else ln[1:])
            continue
        flush_quote()
        if ln.strip() == "":
            flush_para()
        else:
            para.append(ln)
    flush_para()
    flush_quote()
    return "\n".join(out)


def render_html(client, text, rtl, charset, extra_html=None, logo_cid=None):
    d = ' dir="rtl"' if rtl else ""
    body = extra_html if extra_html is not None else None
    if client in ("gmail", "android"):
        if body is None:
            body = text_to_html_blocks(text, "<div>", "</div><div><br></div>",
                                       quote_open='<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                                  'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        return f'<div dir="{"rtl" if rtl else "ltr"}">{body}</div>\n'
    if client == "outlook":
        if body is None:
            body = text_to_html_blocks(text, '<p class="MsoNormal">', "<o:p></o:p></p>",
                                       br="<br>\n", quote_open='<div style="border:none;border-left:solid #E1E1E1 1.0pt;padding:0cm 0cm 0cm 4.0pt">',
                                       quote_close="</div>")
        if logo_cid:
            body += (f'\n<p class="MsoNormal"><img width="160" height="48" style="width:1.6666in;height:.5in" '
                     f'id="Picture_x0020_1" src="cid:{logo_cid}" alt="logo"><o:p></o:p></p>')
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            '@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n'
            '\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style>\n</head>\n'
            f'<body lang="{"AR-SA" if rtl else "EN-US"}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1"{d}>\n{body}\n</div>\n</body>\n</html>\n')
    if client in ("apple", "iphone"):
        if body is None:
            body = text_to_html_blocks(text, '<div class="">', '</div><div class=""><br class=""></div>',
                                       br='<br class="">', quote_open='<blockquote type="cite" class="">')
        if client == "iphone":
            return (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                    f'<body dir="auto"><div dir="{"rtl" if rtl else "ltr"}">{body}</div></body></html>')
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
                f'class=""><div{d} class="">{body}</div></body></html>')
    if client == "yahoo":
        if body is None:
            body = text_to_html_blocks(text, "<div>", "</div><div><br></div>")
        return ('<html><head></head><body><div class="ydp3f2a yahoo-style-wrap" style="font-family:Helvetica Neue, '
                f'Helvetica, Arial, sans-serif;font-size:16px;"><div dir="{"rtl" if rtl else "ltr"}" '
                f'data-setdir="false">{body}</div></div></body></html>')
    if client == "webmail":
        if body is None:
            body = text_to_html_blocks(text, "<p>", "</p>")
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
                f'<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif"{d}>\n{body}\n</body></html>\n')
    raise ValueError(client)


CLIENTS = {
    "gmail": dict(hdr=[], mid="gmail"),
    "android": dict(hdr=[], mid="gmail"),
    "outlook": dict(hdr=[("X-Mailer", "Microsoft Outlook 16.0")], mid="outlook"),
    "o365": dict(hdr=[], mid="o365"),
    "apple": dict(hdr=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")], mid="apple"),
    "iphone": dict(hdr=[("X-Mailer", "iPhone Mail (18D52)")], mid="apple"),
    "ipad": dict(hdr=[("X-Mailer", "iPad Mail (18D52)")], mid="apple"),
    "thunderbird": dict(hdr=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                             "Thunderbird/78.7.1")], mid="tb"),
    "yahoo": dict(hdr=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")], mid="yahoo"),
    "webmail": dict(hdr=[("User-Agent", "Roundcube Webmail/1.4.10")], mid="rc"),
}


class Rand:
    def __init__(self, seed):
        self.r = random.Random(hashlib.sha256(seed.encode()).hexdigest())

    def s(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        h = self.s(n, "0123456789abcdef")
        return h.upper() if upper else h

    def ip(self):
        return f"{self.r.choice(['198.51.100', '203.0.113'])}.{self.r.randint(2, 250)}"


def message_id(style, domain, R):
    if style == "gmail":
        return f"<CA{R.s(2)}{R.s(38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>"
    if style == "outlook":
        return f"<000{R.hex(1)}01d6{R.hex(4)}${R.hex(8)}${R.hex(8)}$@{domain}>"
    if style == "o365":
        box = f"{R.s(2, 'ABDV')}{R.r.randint(0, 9)}PR{R.r.randint(10, 99)}MB{R.r.randint(1000, 9999)}"
        return f"<{box}{R.hex(28, True)}@{box}.eurprd{R.r.randint(1, 9):02d}.prod.outlook.example.com>"
    if style == "apple":
        return f"<{R.hex(8, True)}-{R.hex(4, True)}-{R.hex(4, True)}-{R.hex(4, True)}-{R.hex(12, True)}@{domain}>"
    if style == "tb":
        return f"<{R.hex(8)}-{R.hex(4)}-{R.hex(4)}-{R.hex(4)}-{R.hex(12)}@{domain}>"
    if style == "yahoo":
        return f"<{R.r.randint(100000000, 999999999)}.{R.r.randint(100000, 999999)}.{R.r.randint(1612000000000, 1613999999999)}@mail.yahoo.example.com>"
    if style == "rc":
        return f"<{R.hex(32)}@{domain}>"
    raise ValueError(style)


def fmt_date(d):
    return re.sub(r"^(\w{3}), 0(\d)", r"\1, \2", format_datetime(d))


def tzname(d):
    return TZ_NAMES.get(int(d.utcoffset().total_seconds() // 60), "")


def enc_header(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode(maxlinelen=76)


def enc_addr(name, addr, charset):
    if name is None:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return f"{Header(name, charset).encode(maxlinelen=76)} <{addr}>"


def fold(name, value):
    """Fold a plain (ASCII) header at spaces so that lines stay below 78 characters."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], f"{name}:"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur.strip() != f"{name}:":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------------------------

MSGIDS = {}  # (folder, file) -> Message-ID


def build(folder, m):
    R = Rand(folder + m["file"])
    client = m["client"]
    cinfo = CLIENTS[client]
    charset = m.get("charset", "utf-8")
    frm_name, frm_addr = m["from"]
    domain = frm_addr.split("@", 1)[1]
    rec = dt.datetime.fromisoformat(m["received"])
    date = dt.datetime.fromisoformat(m["date"]) if m.get("date") else rec - dt.timedelta(seconds=R.r.randint(15, 200))
    rtl = m.get("rtl", is_arabic(m["text"]) if m.get("text") else False)
    mid = message_id(cinfo["mid"], m.get("mid_domain", domain), R)
    MSGIDS[(folder, m["file"])] = mid

    # ---------------- body
    text = m.get("text")
    if text is not None and client == "thunderbird":
        text = flowed(text)
    tparams = {"format": "flowed"} if client == "thunderbird" else None
    if text is not None:
        text_cte = m.get("text_cte") or ("base64" if rtl and charset == "utf-8" else "quoted-printable")
        if client in ("apple", "iphone", "ipad") and not rtl:
            text_cte = m.get("text_cte") or "quoted-printable"
        if client == "thunderbird" and all(ord(c) < 128 for c in text):
            text_cte = "7bit"
    hclient = {"o365": "outlook", "ipad": "iphone"}.get(client, client)
    logo = m.get("logo")  # (filename, png bytes) inline in signature (Outlook)
    logo_cid = None
    if logo:
        logo_cid = f"{logo[0]}@01D6{R.hex(4, True)}.{R.hex(8, True)}"
    html_text = None
    if m.get("html", True) and client != "thunderbird":
        html_text = render_html(hclient, text or "", rtl, charset, m.get("html_body"), logo_cid)
    if text is None:
        body = text_part(html_text, "html", charset, m.get("html_cte", "quoted-printable"))
    elif html_text is None:
        body = text_part(text, "plain", charset, text_cte, tparams)
    else:
        body = MIMEMultipart("alternative")
        del body["MIME-Version"]
        body.attach(text_part(text, "plain", charset, text_cte, tparams))
        body.attach(text_part(html_text, "html", charset, "quoted-printable" if not rtl or charset != "utf-8" else "base64"))
    if logo:
        rel = MIMEMultipart("related", type="multipart/alternative")
        del rel["MIME-Version"]
        rel.attach(body)
        rel.attach(b64_part(logo[1], "image", "png", logo[0], disposition="inline", cid=logo_cid))
        body = rel
    atts = m.get("attachments", [])
    if atts:
        mixed = MIMEMultipart("mixed")
        del mixed["MIME-Version"]
        mixed.attach(body)
        style = "rfc2047" if client in ("gmail", "android", "apple", "iphone", "ipad", "yahoo") else "rfc2231"
        for a in atts:
            if a[0] == "message":
                part = MIMEMessage(a[1])
                del part["MIME-Version"]
                part["Content-Disposition"] = "attachment"
                mixed.attach(part)
                continue
            fname, data = a
            ext = fname.rsplit(".", 1)[-1].lower()
            mt = {"pdf": ("application", "pdf"),
                  "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                  "png": ("image", "png")}[ext]
            mixed.attach(b64_part(data, mt[0], mt[1], fname, name_style=style))
        body = mixed
    # boundaries in the style of the client
    def multiparts(p):  # do not descend into attached messages (they keep their own boundaries)
        if p.get_content_maintype() == "multipart":
            yield p
            for sub in p.get_payload():
                yield from multiparts(sub)

    n = 0
    for part in multiparts(body):
        if True:
            n += 1
            if client in ("gmail", "android"):
                b = "0000000000" + R.hex(16)
            elif client in ("outlook",):
                b = f"----=_NextPart_{n - 1:03d}_{R.hex(4, True)}_01D6{R.hex(4, True)}.{R.hex(8, True)}"
            elif client == "o365":
                b = f"_{n - 1:03d}_{R.s(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
            elif client in ("apple", "iphone", "ipad"):
                b = f"Apple-Mail={R.hex(8, True)}-{R.hex(4, True)}-{R.hex(4, True)}-{R.hex(4, True)}-{R.hex(12, True)}"
            elif client == "yahoo":
                b = f"----=_Part_{R.r.randint(1000000, 9999999)}_{R.r.randint(100000000, 999999999)}.{R.r.randint(1612000000000, 1613999999999)}"
            elif client == "thunderbird":
                b = "------------" + R.s(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            else:
                b = "=_" + R.hex(32)
            part.set_boundary(b)

    # ---------------- headers
    H = []
    H.append(("Return-Path", f"<{frm_addr}>"))
    H.append(("Delivered-To", GCM))
    ip = R.ip()
    qid = "4D" + R.s(10, "ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    if client in ("gmail", "android"):
        relay = f"mail-{R.r.choice(['wr1', 'wm1', 'ej1', 'lf1'])}-f{R.r.randint(41, 99)}.google.example.com"
    elif client == "o365":
        relay = f"mail-{R.r.choice(['db8', 'am6', 've1'])}eur{R.r.randint(2, 5):02d}on{R.r.randint(2050, 2140)}.outbound.protection.outlook.example.com"
    elif client == "yahoo":
        relay = f"sonic{R.r.randint(301, 399)}-{R.r.randint(10, 40)}.consmr.mail.ir2.yahoo.example.com"
    else:
        relay = m.get("relay", f"mail.{domain}")
    H.append(("Received", f"from {relay} ({relay} [{ip}])\n\tby mx1.iom.int (Postfix) with ESMTPS id {qid}\n"
                          f"\tfor <{GCM}>; {fmt_date(rec)} ({tzname(rec)})"))
    sub_t = date + dt.timedelta(seconds=R.r.randint(1, 12))
    if client in ("gmail", "android"):
        H.append(("Received", f"by {relay} with SMTP id {R.s(6, 'abcdefghijklmnopqrstuvwxyz')}{R.r.randint(100000, 999999)}"
                              f"{R.s(3, 'abcdefghijklmnopqrstuvwxyz')}.{R.r.randint(1, 9)}\n"
                              f"        for <{GCM}>; {fmt_date(sub_t.astimezone(dt.timezone(dt.timedelta(hours=-8))))} (PST)"))
    elif client in ("outlook", "thunderbird", "apple", "iphone", "ipad", "webmail"):
        cip = R.ip()
        H.append(("Received", f"from [{cip}] (unknown [{cip}])\n\t(Authenticated sender: {frm_addr.split('@')[0]})\n"
                              f"\tby {relay} (Postfix) with ESMTPSA id {R.hex(10, True)};\n\t{fmt_date(sub_t)}"))
    elif client == "o365":
        H.append(("Received", f"from {R.s(2, 'ABDV')}{R.r.randint(0, 9)}PR{R.r.randint(10, 99)}MB{R.r.randint(1000, 9999)}.eurprd0{R.r.randint(1, 9)}.prod.outlook.example.com\n"
                              f"\t([fe80::{R.hex(4)}:{R.hex(4)}]) by {relay}\n\twith mapi id 15.20.3846.{R.r.randint(10, 60)}; "
                              f"{fmt_date(sub_t.astimezone(dt.UTC)).replace('-0000', '+0000')}"))
    H.append(("Authentication-Results", f"mx1.iom.int;\n\tspf=pass smtp.mailfrom={domain}"))
    order_from = [("From", enc_addr(frm_name, frm_addr, charset))]
    to = m.get("to", [(GCM_NAME, GCM)] if m.get("to_named") else [(None, GCM)])
    order_from.append(("To", ", ".join(enc_addr(n_, a_, charset) for n_, a_ in to)))
    if m.get("cc"):
        order_from.append(("Cc", ", ".join(enc_addr(n_, a_, charset) for n_, a_ in m["cc"])))
    subj = enc_header(m["subject"], charset)
    refs = []
    irt = None
    for r in m.get("references", []):
        refs.append(MSGIDS[(folder, r)] if not r.startswith("<") else r)
    if m.get("in_reply_to"):
        r = m["in_reply_to"]
        irt = MSGIDS[(folder, r)] if not r.startswith("<") else r
    if client in ("outlook", "o365"):
        H += order_from
        if client == "o365":
            H.append(("Subject", subj))
            H.append(("Thread-Topic", subj))
            H.append(("Thread-Index", base64.b64encode(R.r.randbytes(22)).decode()))
        H.append(("Date", fmt_date(date)))
        H.append(("Message-ID", mid))
        if refs:
            H.append(("References", " ".join(refs)))
        if irt:
            H.append(("In-Reply-To", irt))
        if client == "outlook":
            H.append(("Subject", subj))
        H += cinfo["hdr"]
        if client == "outlook":
            H.append(("Thread-Index", base64.b64encode(R.r.randbytes(22)).decode()))
        lang = m.get("content_language", "ar-sa" if rtl else "en-us")
        H.append(("Content-Language", lang))
        if client == "o365":
            H.append(("Accept-Language", lang))
            H.append(("X-MS-Has-Attach", "yes" if atts else ""))
            H.append(("X-MS-TNEF-Correlator", ""))
    else:
        if client in ("apple", "iphone", "ipad"):
            H.append(("Content-Type", None))  # placeholder: Apple puts MIME headers first
            H += order_from[:1]
            H.append(("Subject", subj))
            H.append(("Date", fmt_date(date)))
            H.append(("Message-Id", mid))
            if irt:
                H.append(("In-Reply-To", irt))
            if refs:
                H.append(("References", " ".join(refs)))
            H += order_from[1:]
            H += cinfo["hdr"]
        else:
            if client in ("gmail", "android"):
                H.append(("MIME-Version", "1.0"))
                if refs:
                    H.append(("References", " ".join(refs)))
                if irt:
                    H.append(("In-Reply-To", irt))
                H += order_from[:1]
                H.append(("Date", fmt_date(date)))
                H.append(("Message-ID", mid))
                H.append(("Subject", subj))
                H += order_from[1:]
            else:
                H += order_from[:1]
                H += order_from[1:]
                if refs:
                    H.append(("References", " ".join(refs)))
                if irt:
                    H.append(("In-Reply-To", irt))
                H.append(("Subject", subj))
                H.append(("Message-ID", mid))
                H.append(("Date", fmt_date(date)))
                H += cinfo["hdr"]
                if client == "thunderbird":
                    H.append(("Content-Language", "ar" if rtl else m.get("content_language", "en-US")))
    for k, v in m.get("extra_headers", []):
        H.append((k, v))

    # serialize: our header block, then the MIME entity (its own Content-Type etc.)
    body_bytes = body.as_bytes(policy=CRLF_POLICY)
    mime_head, mime_body = body_bytes.split(b"\r\n\r\n", 1)
    if client in ("gmail", "android", "apple", "iphone", "ipad"):
        pass
    lines = []
    for k, v in H:
        if k == "Content-Type" and v is None:  # Apple: MIME headers first
            lines.append(mime_head.decode("ascii"))
            lines.append("Mime-Version: 1.0 (Mac OS X Mail 14.0 \\(3654.40.0.2.32\\))" if client == "apple"
                         else "Mime-Version: 1.0 (1.0)")
            continue
        if "\n" in v:
            lines.append(f"{k}: {v}")
        else:
            lines.append(fold(k, v))
    if client not in ("apple", "iphone", "ipad"):
        if client not in ("gmail", "android"):
            lines.append("MIME-Version: 1.0")
        lines.append(mime_head.decode("ascii"))
    head = "\r\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n")
    raw = head.encode("ascii") + b"\r\n\r\n" + mime_body
    assert b"\n" not in raw.replace(b"\r\n", b""), m["file"]
    return raw


def inner_message(m, folder):
    """A message/rfc822 payload (forward as attachment) built with the same machinery, minus trace headers."""
    raw = build(folder, m)
    # drop trace headers the original sender's copy would not carry
    head, body = raw.split(b"\r\n\r\n", 1)
    keep, skip = [], False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            if not skip:
                keep.append(line)
            continue
        name = line.split(b":", 1)[0].lower()
        skip = name in (b"return-path", b"delivered-to", b"received", b"authentication-results")
        if not skip:
            keep.append(line)
    from email import message_from_bytes
    return message_from_bytes(b"\r\n".join(keep) + b"\r\n\r\n" + body, policy=policy.compat32)


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------

def S(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def label(m):
    L = m["label"]
    rec = dt.datetime.fromisoformat(m["received"])
    cat = L["category"]
    if cat == "voluntary_report":
        on_time = rec <= REPORT_DEADLINE
    elif cat == "speaker_request":
        on_time = rec <= SPEAKER_DEADLINE
    elif cat == "both":
        on_time = rec <= SPEAKER_DEADLINE and rec <= REPORT_DEADLINE
    else:
        on_time = None
    if "on_time" in L:
        assert L["on_time"] == on_time, (m["file"], L["on_time"], on_time)
    return {
        "file": m["file"],
        "received_at": m["received"],
        "category": cat,
        "language": L["language"],
        "acknowledge": L.get("acknowledge", True),
        "on_time": on_time,
        "speakers": L.get("speakers", []),
        "report_attachments": L.get("report_attachments", []),
        "thread_of": L.get("thread_of"),
        "notes": L.get("notes", ""),
    }


def write_set(folder_name, messages):
    folder = os.path.join(HERE, folder_name)
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    # build in order of arrival so that follow-ups can reference earlier Message-IDs
    for m in sorted(messages, key=lambda x: dt.datetime.fromisoformat(x["received"])):
        atts = []
        for a in m.get("attachments", []):
            if a[0] == "message":
                atts.append(("message", inner_message(a[1], folder_name + "/inner")))
            else:
                atts.append(a)
        m2 = dict(m, attachments=atts)
        raw = build(folder_name, m2)
        with open(os.path.join(folder, m["file"]), "wb") as f:
            f.write(raw)
    labels = [label(m) for m in sorted(messages, key=lambda x: x["file"])]
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels



# ============================================================================================
# common pieces
# ============================================================================================

def logo(color, stripe=(255, 255, 255)):
    return make_png(64, 24, color, stripe)


def report_pdf(title, org, lines, author=""):
    body = [org, ""] + lines + ["", "Prepared for the Regional Review of the Global Compact for Safe, Orderly and Regular "
                                    "Migration in the Arab region, February 2021."]
    return make_pdf(title, body, author=author, seed=org)


INVITATION_EN_QUOTE = """Dear Madam/Sir,

On behalf of IOM, ESCWA and the partners of the Regional UN Network on Migration, we are pleased to invite your organization to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region: a multi-stakeholder consultation on 23 February 2021, followed by the Regional Review Conference on 24-25 February 2021.

Stakeholders are invited to express interest in the following speaking roles:
- taking part in the open discussion of the multi-stakeholder consultation (23 February);
- serving as rapporteur to deliver the key messages of stakeholders to the Conference;
- making a floor intervention in a plenary session (24-25 February);
- making a floor intervention in one of the four thematic roundtables:
  Roundtable 1: Objectives 2, 5, 6, 12 and 18
  Roundtable 2: Objectives 4, 8, 9, 10, 11, 13, 14 and 21
  Roundtable 3: Objectives 3, 7, 15, 16, 19, 20 and 22
  Roundtable 4: Objectives 1, 17 and 23

Please send the name, title and organizational affiliation of the proposed speaker to gcmrrarabstates@iom.int by Friday 5 February 2021. Stakeholders are also encouraged to submit voluntary GCM review reports, individual or collective, to the same address.

Kind regards,
GCM Regional Review Secretariat"""

INVITATION_AR_QUOTE = """السيدات والسادة،

بالنيابة عن المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) وشركائهما في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة، يسرنا دعوتكم إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، والذي يتضمن استشارة متعددة أصحاب المصلحة يوم 23 شباط/فبراير 2021 ومؤتمر الاستعراض الإقليمي يومي 24 و25 شباط/فبراير 2021.

ندعو أصحاب المصلحة إلى إبداء اهتمامهم بأحد الأدوار التالية:
- المشاركة في النقاش المفتوح خلال الاستشارة متعددة أصحاب المصلحة؛
- تولي دور المقرر لعرض الرسائل الرئيسية لأصحاب المصلحة؛
- تقديم مداخلة من القاعة في إحدى الجلسات العامة؛
- تقديم مداخلة من القاعة في إحدى الموائد المستديرة المواضيعية الأربع:
  المائدة المستديرة 1: الأهداف 2 و5 و6 و12 و18
  المائدة المستديرة 2: الأهداف 4 و8 و9 و10 و11 و13 و14 و21
  المائدة المستديرة 3: الأهداف 3 و7 و15 و16 و19 و20 و22
  المائدة المستديرة 4: الأهداف 1 و17 و23

يرجى إرسال اسم المتحدث المقترح وصفته والجهة التي ينتمي إليها إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

مع أطيب التحيات،
أمانة الاستعراض الإقليمي"""


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


# ============================================================================================
# TUNING set
# ============================================================================================

T = []

T.append(dict(
    file="t01.eml", client="gmail", received="2021-02-01T10:42:17+02:00",
    **{"from": ("Rania Odeh", "rania.odeh@mizancentre.example.org")},
    subject="Request for speaking role - Roundtable III",
    text="""Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region. On behalf of the Mizan Centre for Migrant Workers' Rights, I would like to request a floor intervention in Roundtable III.

Our proposed speaker is myself:
Rania Odeh - Executive Director, Mizan Centre for Migrant Workers' Rights (MCMWR), Amman

We work primarily with domestic workers and agricultural workers in the Jordan Valley and would be glad to share findings from our 2020 case monitoring.

Kind regards,
Rania

-- 
Rania Odeh
Executive Director
Mizan Centre for Migrant Workers' Rights (MCMWR)
Jabal Al-Weibdeh, Amman 11191, Jordan
+962 6 461 2290 | +962 79 550 1834
"Rights without borders"
""",
    label=dict(category="speaker_request", language="en", speakers=[
        S("Rania Odeh", "Executive Director", "Mizan Centre for Migrant Workers' Rights (MCMWR)", ["roundtable"], 3)],
        notes="self-nomination; roundtable written in Roman numerals ('Roundtable III')"),
))

T.append(dict(
    file="t02.eml", client="outlook", charset="iso-8859-1", received="2021-02-03T16:05:40+02:00",
    date="2021-02-03T15:03:58+01:00", content_language="fr-fr",
    **{"from": ("Nadia Chraibi", "n.chraibi@fondation-orient-occident.example.ma")},
    to_named=True,
    subject="Candidature pour une intervention - Table ronde n°2",
    text="""Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, la Fondation Orient-Occident a le plaisir de vous proposer la candidature de M. Karim Benali, qui est responsable du pôle juridique de la Fondation à Rabat, pour une intervention depuis la salle lors de la table ronde n°2 (24-25 février).

M. Benali accompagne depuis plus de dix ans des personnes migrantes en situation de vulnérabilité, notamment en matière d'accès à la justice, de protection des victimes de la traite et de régularisation. Il interviendra en français.

Nous nous sommes par ailleurs inscrits en ligne comme demandé dans la lettre.

Nous restons à votre entière disposition pour tout complément d'information.

Bien cordialement,

Nadia Chraibi
Chargée de partenariats
Fondation Orient-Occident
Avenue Abderrahim Bouabid, Rabat - Maroc
Tél. : +212 5 37 75 12 34

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au(x) destinataire(s) mentionné(s) ci-dessus. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
""",
    label=dict(category="speaker_request", language="fr", speakers=[
        S("Karim Benali", "responsable du pôle juridique", "Fondation Orient-Occident", ["roundtable"], 2)],
        notes="colleague nominated in prose ('qui est responsable du pôle juridique de la Fondation'); sender is not the speaker; iso-8859-1; 'table ronde n°2'"),
))

T.append(dict(
    file="t03.eml", client="outlook", charset="windows-1256", received="2021-02-04T09:31:05+02:00",
    content_language="ar-eg",
    **{"from": ("محمود عبد الرحيم", "m.abdelrahim@egyhr-forum.example.org")},
    subject="طلب مداخلة في الجلسة العامة - المنتدى المصري لحقوق الإنسان والهجرة",
    text="""السادة القائمون على الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون،

تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الكريم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يتشرف المنتدى المصري لحقوق الإنسان والهجرة بترشيح الأستاذ الدكتور سامح فؤاد، رئيس مجلس أمناء المنتدى، لإلقاء مداخلة من القاعة خلال إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير 2021.

ويتمتع الدكتور سامح بخبرة تزيد على عشرين عاماً في مجال القانون الدولي لحقوق الإنسان وحماية العمال المصريين في الخارج، وستتناول مداخلته أوضاع العمالة المصرية العائدة في ظل جائحة كوفيد-19.

وتفضلوا بقبول فائق الاحترام والتقدير،

محمود عبد الرحيم
مدير البرامج
المنتدى المصري لحقوق الإنسان والهجرة
القاهرة - جمهورية مصر العربية
هاتف: 0020223945871
""",
    label=dict(category="speaker_request", language="ar", speakers=[
        S("سامح فؤاد", "رئيس مجلس أمناء", "المنتدى المصري لحقوق الإنسان والهجرة", ["plenary"])],
        notes="windows-1256; double honorific 'الأستاذ الدكتور' to strip; title given as 'رئيس مجلس أمناء المنتدى' (affiliation named in full elsewhere); sender's own title is a decoy"),
))

T.append(dict(
    file="t04.eml", client="outlook", received="2021-02-12T14:22:10+02:00",
    **{"from": ("Georges Khoury", "g.khoury@cmsn-lebanon.example.org")}, to_named=True,
    subject="Submission of Voluntary GCM Review Report - Cedar Migrant Solidarity Network",
    logo=("image001.png", logo((0, 102, 51))),
    text="""Dear GCM Regional Review Secretariat,

Further to your invitation letter, please find attached the voluntary GCM review report of the Cedar Migrant Solidarity Network (CMSN), a coalition of 14 Lebanese and migrant-led organisations.

The report reviews progress on Objectives 6, 7, 15 and 16 in Lebanon between 2018 and 2020, with a focus on the kafala system, access to services during the COVID-19 pandemic and the impact of the 4 August Beirut port explosion on migrant domestic workers.

We would be grateful if you could confirm receipt.

Best regards,

Georges Khoury
Advocacy & Research Officer
Cedar Migrant Solidarity Network (CMSN)
Mar Mikhael, Beirut - Lebanon
T: +961 1 447 210 | M: +961 3 218 904
www.cmsn-lebanon.example.org

Please consider the environment before printing this e-mail.
""",
    attachments=[("CMSN_Voluntary_GCM_Review_Lebanon_2021.pdf", report_pdf(
        "Voluntary GCM Review Report - Lebanon 2021", "Cedar Migrant Solidarity Network (CMSN)",
        ["1. Introduction", "This collective report was prepared by 14 member organisations of CMSN.",
         "2. Objective 6: fair recruitment and decent work", "3. Objective 7: reducing vulnerabilities",
         "4. Objectives 15 and 16: access to services and inclusion", "5. Recommendations"], "G. Khoury"))],
    label=dict(category="voluntary_report", language="en", report_attachments=["CMSN_Voluntary_GCM_Review_Lebanon_2021.pdf"],
               notes="Outlook HTML with inline signature logo (image001.png) that is not part of the report"),
))

T.append(dict(
    file="t05.eml", client="gmail", received="2021-02-05T21:48:33+02:00", date="2021-02-05T22:46:02+03:00",
    **{"from": ("Omar Kareem", "omar.kareem@indm-iraq.example.org")},
    subject="تقرير الاستعراض الطوعي وترشيح مقرّرة - الشبكة العراقية للنزوح والهجرة",
    text="""السادة فريق الاستعراض الإقليمي المحترمون،

تحية طيبة،

نرفق لكم طيّه التقرير الطوعي للشبكة العراقية للنزوح والهجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في العراق، والذي أُعدّ بالتشاور مع 23 منظمة عضواً في محافظات نينوى وأربيل والبصرة وبغداد.

كما يسعدنا أن نرشّح زميلتنا السيدة لانا جمال، منسقة برامج الحماية في الشبكة العراقية للنزوح والهجرة، لتولي دور المقرّر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة خلال الاستشارة متعددة أصحاب المصلحة يوم 23 شباط/فبراير.

نرجو التفضل بتأكيد الاستلام.

مع خالص التحيات،

-- 
Omar Kareem
Director
Iraqi Network for Displacement and Migration (INDM)
60 Meter Street, Erbil, Kurdistan Region - Iraq
+964 750 123 4567
""",
    attachments=[("التقرير الطوعي - الشبكة العراقية للنزوح والهجرة 2021.docx", make_docx(
        "التقرير الطوعي للشبكة العراقية للنزوح والهجرة 2021",
        ["مقدمة", "منهجية إعداد التقرير بالتشاور مع 23 منظمة عضواً.", "التقدم المحرز في تنفيذ أهداف الاتفاق العالمي.",
         "التحديات والتوصيات."], author="INDM", rtl=True))],
    label=dict(category="both", language="ar",
               speakers=[S("لانا جمال", "منسقة برامج الحماية", "الشبكة العراقية للنزوح والهجرة", ["rapporteur"])],
               report_attachments=["التقرير الطوعي - الشبكة العراقية للنزوح والهجرة 2021.docx"],
               notes="Arabic body with English signature of the sender (not the speaker); RFC 2047 Arabic file name; "
                     "both parts on time (Friday 5 Feb 21:48, Date header in +03:00)"),
))

T.append(dict(
    file="t06.eml", client="thunderbird", charset="iso-8859-1", received="2021-02-08T11:03:00+02:00",
    date="2021-02-08T10:01:44+01:00", content_language="fr",
    **{"from": ("Hela Mejri", "hela.mejri@atdm.example.tn")},
    subject="Questions pratiques - consultation du 23 février",
    text="""Bonjour,

Nous avons bien reçu l'invitation et nous nous sommes inscrits via le formulaire en ligne. J'aurais quelques questions pratiques :

1. Le lien de connexion sera-t-il envoyé à chaque participant inscrit ou uniquement au point focal de l'organisation ?
2. Une interprétation simultanée arabe/français sera-t-elle assurée pendant les tables rondes ?
3. Faut-il s'inscrire séparément pour la consultation du 23 février et pour la conférence des 24 et 25 février ?

Par ailleurs, notre rapport volontaire est en cours de finalisation et vous parviendra avant le 16 février.

Merci d'avance pour vos réponses.

Cordialement,
Hela Mejri
Association Tunisienne pour le Développement et la Migration (ATDM)
Sfax, Tunisie

-- 
"Ensemble pour une migration digne"
""",
    label=dict(category="other", language="fr",
               notes="logistics questions; mentions roundtables and a report still to come (neither a report nor a speaker request); "
                     "Thunderbird plain text format=flowed, iso-8859-1"),
))

T07_ROWS = [
    ("Fatima Al-Sayegh", "Secretary-General", "GMWUA", "Open discussion, multi-stakeholder consultation (23 Feb)"),
    ("Joseph Mathew", "Coordinator, Domestic Workers' Committee", "Kuwait Domestic Workers Association (KDWA)", "Thematic roundtable 1"),
    ("Hassan Darwish", "Legal Adviser", "GMWUA", "Plenary - floor intervention"),
]
T07_TEXT_TOP = """Dear Sir/Madam,

On behalf of the Gulf Migrant Workers Union Alliance (GMWUA), I am pleased to submit the following nominations for speaking roles at the GCM Regional Review for the Arab region:
"""
T07_TEXT_BOTTOM = """Ms. Al-Sayegh and Mr. Darwish will speak in Arabic; Mr. Mathew will speak in English.

Kindly let us know if any further information is needed.

With solidarity,

Priya Menon
Communications Officer
Gulf Migrant Workers Union Alliance (GMWUA)
Kuwait City, Kuwait
+965 2240 1188

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it and notify the sender.
"""


def t07_text():
    rows = [("Name", "Title", "Organisation", "Speaking role requested")] + T07_ROWS
    cells = "\n\n".join("\n".join(r) for r in rows)
    return T07_TEXT_TOP + "\n" + cells + "\n\n" + T07_TEXT_BOTTOM


def t07_html():
    def p(x):
        return f'<p class="MsoNormal">{html.escape(x, quote=False)}<o:p></o:p></p>'
    top = "\n".join(p(x) for x in T07_TEXT_TOP.strip().split("\n") if x)
    head = ("Name", "Title", "Organisation", "Speaking role requested")
    tr = ['<tr>' + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>{h}</b><o:p></o:p></p></td>' for h in head) + '</tr>']
    for r in T07_ROWS:
        tr.append('<tr>' + "".join(f'<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt">{p(c)}</td>' for c in r) + '</tr>')
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
             + "\n".join(tr) + "\n</table>")
    bottom = text_to_html_blocks(T07_TEXT_BOTTOM, '<p class="MsoNormal">', "<o:p></o:p></p>", br="<br>\n")
    return top + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + table + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + bottom


T.append(dict(
    file="t07.eml", client="outlook", received="2021-02-05T17:20:44+02:00", date="2021-02-05T18:18:30+03:00",
    **{"from": ("Priya Menon", "priya.menon@gmwua.example.org")}, to_named=True,
    cc=[("Fatima Al-Sayegh", "fatima.alsayegh@gmwua.example.org")],
    subject="GMWUA - nominations for speaking roles", text=t07_text(), html_body=t07_html(),
    label=dict(category="speaker_request", language="en", speakers=[
        S("Fatima Al-Sayegh", "Secretary-General", "Gulf Migrant Workers Union Alliance (GMWUA)", ["open_discussion"]),
        S("Joseph Mathew", "Coordinator, Domestic Workers' Committee", "Kuwait Domestic Workers Association (KDWA)", ["roundtable"], 1),
        S("Hassan Darwish", "Legal Adviser", "Gulf Migrant Workers Union Alliance (GMWUA)", ["plenary"])],
        notes="three speakers in an HTML table (plain part lists the cells one per line); table gives only the acronym GMWUA, "
              "full name is in the body; sender (Priya Menon) is not a speaker"),
))

T.append(dict(
    file="t08.eml", client="yahoo", received="2021-02-10T13:12:26+02:00",
    **{"from": ("آمنة عثمان", "amna.osman@sudwomen.example.sd")},
    subject="إجابات الاستبيان - منظمة نساء السودان من أجل الهجرة الآمنة",
    text="""الأخوة الكرام في فريق الاستعراض الإقليمي،

السلام عليكم ورحمة الله،

تعذّر علينا فتح رابط الاستبيان الإلكتروني الخاص بأصحاب المصلحة بسبب ضعف الإنترنت، لذا نرسل لكم إجاباتنا أدناه:

1. اسم المنظمة: منظمة نساء السودان من أجل الهجرة الآمنة
2. نوع الجهة: منظمة مجتمع مدني
3. البلد: السودان (الخرطوم وكسلا)
4. أهداف الاتفاق العالمي التي تعمل عليها المنظمة: الهدف 7 والهدف 10 والهدف 16
5. أبرز التحديات: ضعف التمويل، وصعوبة الوصول إلى المهاجرات في المناطق الحدودية، وغياب البيانات المصنفة حسب النوع الاجتماعي
6. هل ستحضرون الاستشارة يوم 23 فبراير؟ نعم، بمشاركة عضوتين من المنظمة

شاكرين لكم حسن تعاونكم.

آمنة عثمان
منسقة المشاريع

أرسلت من Yahoo Mail على Android
""",
    label=dict(category="other", language="ar",
               notes="survey answers sent by e-mail; substantive content about GCM objectives but not a voluntary report; "
                     "'attending' the consultation is not a speaking request"),
))

T.append(dict(
    file="t09.eml", client="gmail", received="2021-02-15T23:10:05+02:00", date="2021-02-15T22:06:41+01:00",
    **{"from": ("Mehdi Jaziri", "mehdi.jaziri@ctdm-tunisie.example.org")},
    subject="Rapport volontaire du CTDM - Examen régional du PMM",
    text="""Chère équipe,

Au nom du Collectif tunisien pour les droits des migrants (CTDM), j'ai le plaisir de vous transmettre en pièces jointes notre rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations en Tunisie, élaboré collectivement par les 11 associations membres du Collectif, ainsi que son annexe comportant nos recommandations détaillées.

Le rapport porte en particulier sur les objectifs 2, 7, 8 et 15, avec un accent sur la situation des migrants subsahariens à Sfax et Médenine et sur les départs irréguliers de jeunes Tunisiens.

Je vous serais reconnaissant de bien vouloir en accuser réception.

Bien à vous,

Mehdi Jaziri
Coordinateur
Collectif tunisien pour les droits des migrants (CTDM)
Tunis
""",
    attachments=[
        ("Rapport_volontaire_CTDM_PMM_2021.docx", make_docx(
            "Rapport volontaire du CTDM sur la mise en oeuvre du Pacte mondial en Tunisie",
            ["1. Introduction et méthodologie", "2. Objectif 2 : facteurs négatifs et départs irréguliers",
             "3. Objectifs 7 et 8 : vulnérabilités et sauvetage en mer", "4. Objectif 15 : accès aux services de base",
             "5. Conclusions"], author="CTDM")),
        ("Annexe_Recommandations_CTDM.pdf", make_pdf("Annexe - Recommandations du CTDM", [
            "Recommandation 1 : adopter une loi nationale sur l'asile.",
            "Recommandation 2 : garantir l'accès aux soins pour toutes les personnes migrantes.",
            "Recommandation 3 : suspendre les expulsions collectives."], author="CTDM", seed="t09")),
        ("logo_CTDM.png", logo((200, 30, 30))),
    ],
    label=dict(category="voluntary_report", language="fr",
               report_attachments=["Rapport_volontaire_CTDM_PMM_2021.docx", "Annexe_Recommandations_CTDM.pdf"],
               notes="collective report in DOCX plus a PDF annex (both part of the report); a logo PNG attached separately is not"),
))

T10_TEXT = """Dear GCM Regional Review team,

Please accept our apologies for this late message, as our office in Aden was closed for several days due to the power cuts.

The Yemen Relief and Mobility Foundation would like to nominate Mr. Abdulrahman Al-Haddad to take part in the open discussion of the multi-stakeholder consultation on 23 February. He has been leading our work with migrants from the Horn of Africa stranded in Yemen since 2017.

Thank you for your understanding.

Regards,
Salma Ba-Wazir
Yemen Relief and Mobility Foundation
Aden, Yemen

Sent from my Galaxy
"""

T.append(dict(
    file="t10.eml", client="android", received="2021-02-09T08:57:12+02:00", date="2021-02-09T09:55:20+03:00",
    **{"from": ("Salma Ba-Wazir", "s.bawazir@yrmf.example.org")},
    subject="Speaker nomination - Yemen Relief and Mobility Foundation",
    text=T10_TEXT,
    label=dict(category="speaker_request", language="en", speakers=[
        S("Abdulrahman Al-Haddad", None, "Yemen Relief and Mobility Foundation", ["open_discussion"])],
        notes="late speaker request (9 Feb); the speaker's title is not given"),
))

T11_TEXT = """السادة منظمي الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة المحترمين،

تحية طيبة وبعد،

يسرّنا إفادتكم برغبة معالي السيد خالد بن ناصر الدوسري، رئيس المجلس الوطني لشؤون العمالة الوافدة، في تقديم مداخلة من القاعة ضمن المائدة المستديرة الثانية للمؤتمر.

نرجو التكرم بإفادتنا بالترتيبات اللازمة والتوقيت المتوقع للمداخلة.

مع خالص التقدير،

ريم المناعي
مكتب رئيس المجلس

أُرسلت من الـ iPhone
"""

T.append(dict(
    file="t11.eml", client="iphone", received="2021-02-02T19:40:10+02:00", date="2021-02-02T20:38:51+03:00",
    **{"from": ("ريم المناعي", "r.almannai@ncewa.example.bh")},
    subject="ترشيح للمشاركة في المائدة المستديرة الثانية",
    text=T11_TEXT,
    label=dict(category="speaker_request", language="ar", speakers=[
        S("خالد بن ناصر الدوسري", "رئيس", "المجلس الوطني لشؤون العمالة الوافدة", ["roundtable"], 2)],
        notes="honorifics 'معالي السيد' to strip; government-adjacent council; roundtable written as 'المائدة المستديرة الثانية'; "
              "sent from iPhone by the president's office"),
))

T.append(dict(
    file="t12.eml", client="apple", received="2021-02-14T18:30:22+02:00", date="2021-02-14T20:28:47+04:00",
    **{"from": ("Nasser Al-Amiri", "n.alamiri@glmo.example.ae")},
    subject="GLMO voluntary report + speaker proposal",
    text="""Dear colleagues,

Please find attached the voluntary review report of the Gulf Labour Mobility Observatory (GLMO) on the implementation of the Global Compact for Migration in the GCC countries, covering labour market reforms, wage protection systems and the reform of sponsorship arrangements since 2018.

We would also be honoured if Prof. Leila Mansour, Professor of Labour Economics and Senior Fellow at GLMO, who is the lead author of the report, could make a floor intervention in one of the plenary sessions on 24 or 25 February. Her CV is attached for your reference.

Warm regards,

Nasser Al-Amiri
Director, Gulf Labour Mobility Observatory (GLMO)
Dubai, United Arab Emirates
""",
    attachments=[
        ("GLMO_GCM_Voluntary_Review_2021.pdf", report_pdf("Voluntary GCM Review - GCC countries 2021",
                                                          "Gulf Labour Mobility Observatory (GLMO)",
                                                          ["Labour market reforms", "Wage protection systems",
                                                           "Sponsorship reform since 2018"], "L. Mansour")),
        ("CV_Prof_Leila_Mansour.pdf", make_pdf("Curriculum Vitae - Leila Mansour", [
            "Professor of Labour Economics", "Senior Fellow, Gulf Labour Mobility Observatory",
            "PhD in Economics, 2006"], author="L. Mansour", seed="t12cv")),
    ],
    label=dict(category="both", language="en",
               speakers=[S("Leila Mansour", "Professor of Labour Economics", "Gulf Labour Mobility Observatory (GLMO)", ["plenary"])],
               report_attachments=["GLMO_GCM_Voluntary_Review_2021.pdf"],
               notes="report on time but the speaker part is after 5 Feb, so on_time false; the CV attachment is not part of the report"),
))

T.append(dict(
    file="t13.eml", client="apple", received="2021-02-04T12:15:30+02:00", date="2021-02-04T11:12:09+01:00",
    **{"from": ("Samira El Idrissi", "samira.elidrissi@fadme.example.fr")},
    subject="Propositions d'intervenants - FADME",
    text="""Madame, Monsieur,

La Fédération des Associations de la Diaspora Marocaine en Europe (FADME) vous remercie pour son invitation à l'Examen régional du Pacte mondial sur les migrations.

Nous souhaiterions proposer deux intervenants :

- moi-même, Samira El Idrissi, présidente de la FADME, pour une intervention depuis la salle lors de la troisième table ronde ;
- M. Youssef Ait Lahcen, chargé de plaidoyer à la FADME, qui se porte candidat au rôle de rapporteur chargé de présenter les messages clés des parties prenantes à l'issue de la consultation.

Nous vous transmettrons notre rapport volontaire d'ici la date limite du 16 février.

Avec nos salutations distinguées,

Samira El Idrissi
Présidente
FADME – Fédération des Associations de la Diaspora Marocaine en Europe
Bruxelles · Paris · Amsterdam
""",
    label=dict(category="speaker_request", language="fr", speakers=[
        S("Samira El Idrissi", "présidente", "Fédération des Associations de la Diaspora Marocaine en Europe (FADME)", ["roundtable"], 3),
        S("Youssef Ait Lahcen", "chargé de plaidoyer", "Fédération des Associations de la Diaspora Marocaine en Europe (FADME)", ["rapporteur"])],
        notes="self-nomination plus a colleague; 'la troisième table ronde'; report only announced for later"),
))

T.append(dict(
    file="t14.eml", client="yahoo", received="2021-02-16T22:40:15+02:00", date="2021-02-16T23:37:58+03:00",
    **{"from": ("منى الشرعبي", "mona.sharabi@aman-yemen.example.org")},
    subject="التقرير الطوعي لمؤسسة أمان (في متن الرسالة)",
    text="""السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة،

نظراً لتعذر إرفاق الملف بسبب ضعف الاتصال بالإنترنت في صنعاء هذا المساء، ننسخ لكم أدناه نص التقرير الطوعي لمؤسسة أمان لحماية النساء المهاجرات والنازحات:

التقرير الطوعي لمؤسسة أمان حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في اليمن

أولاً: مقدمة
تعمل مؤسسة أمان منذ عام 2015 على تقديم الحماية والدعم النفسي والقانوني للنساء المهاجرات والنازحات في صنعاء والحديدة ولحج. ويغطي هذا التقرير الفترة من 2018 إلى 2020.

ثانياً: أبرز التطورات
- استمرار تدفق المهاجرين من القرن الأفريقي رغم النزاع وجائحة كوفيد-19.
- تزايد حالات الاحتجاز التعسفي والعنف القائم على النوع الاجتماعي ضد المهاجرات.
- محدودية وصول المهاجرات إلى الخدمات الصحية والقانونية.

ثالثاً: التحديات
غياب إطار قانوني وطني لحماية المهاجرين، وضعف التنسيق بين الجهات الإنسانية، ونقص البيانات المصنفة حسب الجنس والعمر.

رابعاً: التوصيات
1. وقف احتجاز المهاجرين وإيجاد بدائل مجتمعية له (الهدف 13).
2. ضمان وصول المهاجرات إلى الخدمات الأساسية دون تمييز (الهدف 15).
3. دعم برامج العودة الطوعية الآمنة والكريمة وإعادة الإدماج (الهدف 21).

مع خالص الشكر والتقدير،
منى الشرعبي
المديرة التنفيذية
مؤسسة أمان لحماية النساء المهاجرات والنازحات
""",
    label=dict(category="voluntary_report", language="ar",
               notes="report pasted in the body because the attachment failed; received 22:40 on the deadline day (on time)"),
))

T.append(dict(
    file="t15.eml", client="o365", received="2021-02-17T00:41:09+02:00", date="2021-02-16T17:38:52-05:00",
    **{"from": ("Mohamed Elamin", "m.elamin@sdn-na.example.ca")}, to_named=True,
    subject="Voluntary GCM review report - Sudanese Diaspora Network North America",
    text="""Dear GCM Regional Review team,

Our voluntary GCM review report is too large to send by email (23 MB, with photographs from our community consultations in Toronto, Ottawa and Calgary), so I am sharing it through the following link:

https://wetransfer.example.com/downloads/7c1e0a9d2f4b/sdnna-gcm-report

The link will remain active for 7 days. The report was prepared by the Sudanese Diaspora Network - North America (SDN-NA) and focuses on diaspora engagement and remittances (Objectives 19 and 20).

Please let me know if you have any difficulty downloading it.

Best regards,
Mohamed Elamin
Board Member, SDN-NA
Toronto, ON, Canada
""",
    label=dict(category="voluntary_report", language="en",
               notes="report shared as a download link (no attachment); Date header still 16 Feb in Toronto but the server "
                     "received it at 00:41 on 17 Feb Beirut time: late"),
))

ACK_T09 = "<ack.GCM-AR-0031.20210216061502.7f3c@iom.int>"
T.append(dict(
    file="t16.eml", client="gmail", received="2021-02-16T09:20:31+02:00", date="2021-02-16T08:20:02+01:00",
    **{"from": ("Mehdi Jaziri", "mehdi.jaziri@ctdm-tunisie.example.org")},
    subject="Re: Accusé de réception - Rapport volontaire du CTDM - Examen régional du PMM",
    in_reply_to=ACK_T09, references=["t09.eml", ACK_T09],
    text="""Merci beaucoup pour votre accusé de réception.
Bonne journée à toute l'équipe.

Mehdi

Le mar. 16 févr. 2021 à 07:15, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Cher Mehdi Jaziri,
>
> Nous accusons réception de votre rapport volontaire, reçu le 15 février 2021.
> Référence : GCM-AR-0031
>
> Cordialement,
> Secrétariat de l'Examen régional du PMM - région arabe
""",
    label=dict(category="other", language="fr", acknowledge=False, thread_of="t09.eml",
               notes="pure thank-you reply to our acknowledgement: nothing new, must not be acknowledged"),
))

T.append(dict(
    file="t17.eml", client="gmail", received="2021-02-03T10:05:44+02:00",
    **{"from": ("ريم حداد", "reem.haddad@adala-mw.example.lb")},
    subject="Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
    in_reply_to="<CAinvAR27jan2021gcmrr0001xQ@mail.iom.int>", references=["<CAinvAR27jan2021gcmrr0001xQ@mail.iom.int>"],
    text="""تحية طيبة،

شكراً جزيلاً على الدعوة. تودّ جمعية عدالة للعمال المهاجرين المشاركة بمداخلة من القاعة في المائدة المستديرة التي تتناول الهدف 6 الخاص بالتوظيف العادل والأخلاقي وظروف العمل اللائق، نظراً لعملنا المباشر مع العاملات في الخدمة المنزلية في لبنان.

وستقدّم المداخلة كاتبة هذه الرسالة.

مع التحية،
ريم حداد
مديرة البرامج
جمعية عدالة للعمال المهاجرين
بيروت - لبنان

في الأربعاء، 27 يناير 2021 في 3:12 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + quote(INVITATION_AR_QUOTE) + "\n",
    label=dict(category="speaker_request", language="ar", speakers=[
        S("ريم حداد", "مديرة البرامج", "جمعية عدالة للعمال المهاجرين", ["roundtable"], 1)],
        notes="reply quoting the Arabic invitation (all roles listed as decoys, misprinted deadline); roundtable identified only "
              "by topic (objective 6), which the quoted list maps to roundtable 1; speaker is 'the writer of this message'"),
))

T.append(dict(
    file="t18.eml", client="android", received="2021-02-09T15:12:40+02:00", date="2021-02-09T16:10:58+03:00",
    **{"from": ("Salma Ba-Wazir", "s.bawazir@yrmf.example.org")},
    subject="Re: Speaker nomination - Yemen Relief and Mobility Foundation",
    in_reply_to="t10.eml", references=["t10.eml"],
    text="""Dear team,

Further to my email below, I forgot to mention Mr. Al-Haddad's position: he is our Programme Manager for Mixed Migration. His full name is Abdulrahman Saleh Al-Haddad.

Best,
Salma

On Tue, 9 Feb 2021, 09:55 Salma Ba-Wazir, <s.bawazir@yrmf.example.org> wrote:
""" + quote(T10_TEXT.strip()) + "\n",
    label=dict(category="speaker_request", language="en", thread_of="t10.eml", speakers=[
        S("Abdulrahman Saleh Al-Haddad", "Programme Manager for Mixed Migration", "Yemen Relief and Mobility Foundation", ["open_discussion"])],
        notes="follow-up completing the title (and full name) of the speaker of t10; role and affiliation only in the quoted message; late"),
))

T.append(dict(
    file="t19.eml", client="gmail", received="2021-02-05T10:02:18+02:00", date="2021-02-05T08:01:40+00:00",
    **{"from": ("Aminetou Mint Salem", "aminetou.salem@ammd.example.mr")},
    subject="Contribution de l'AMMD : rapport volontaire et demande d'intervention",
    text="""Bonjour,

L'Association Mauritanienne pour la Mobilité et les Droits (AMMD) souhaite contribuer à l'Examen régional du Pacte mondial sur les migrations de deux manières.

1) Rapport volontaire
N'ayant pas pu finaliser la mise en page, nous vous transmettons notre rapport directement dans le corps de ce message :

RAPPORT VOLONTAIRE DE L'AMMD SUR LA MISE EN ŒUVRE DU PACTE MONDIAL EN MAURITANIE

Contexte. La Mauritanie est à la fois pays d'origine, de transit et de destination. Nouadhibou reste un point de départ vers les îles Canaries, dont la fréquentation a fortement augmenté en 2020.

Progrès constatés. Adoption de la stratégie nationale de gestion des migrations, meilleure coordination avec les pays voisins et ouverture de deux centres d'accueil pour les personnes vulnérables.

Défis. Accès limité aux documents d'état civil pour les migrants, détention administrative prolongée à Nouadhibou, absence de données fiables sur les travailleurs migrants dans le secteur de la pêche.

Recommandations. (1) Garantir l'enregistrement des naissances pour tous les enfants (objectif 4) ; (2) mettre fin à la détention des enfants (objectif 13) ; (3) associer la société civile au suivi du Pacte.

2) Demande d'intervention
Notre secrétaire général, M. Cheikh Ould Ahmed, souhaiterait prendre la parole lors d'une séance plénière de la conférence.

Restant à votre disposition,

Aminetou Mint Salem
Chargée de communication, AMMD
Nouakchott, Mauritanie
""",
    label=dict(category="both", language="fr", speakers=[
        S("Cheikh Ould Ahmed", "secrétaire général", "Association Mauritanienne pour la Mobilité et les Droits (AMMD)", ["plenary"])],
        notes="report pasted in the body and a speaker request in the same message; title before the name ('Notre secrétaire général, M. ...')"),
))

T.append(dict(
    file="t20.eml", client="iphone", received="2021-02-05T13:30:06+02:00", date="2021-02-05T14:28:33+03:00",
    **{"from": ("ريم المناعي", "r.almannai@ncewa.example.bh")},
    subject="رد: ترشيح للمشاركة في المائدة المستديرة الثانية",
    in_reply_to="t11.eml", references=["t11.eml"],
    text="""السادة المنظمين المحترمين،

إلحاقاً برسالتنا السابقة بتاريخ 2 فبراير، نود إفادتكم بأنه نظراً لارتباط معالي رئيس المجلس بالتزامات رسمية خارج البلاد في الموعد المحدد، فسيشارك بدلاً منه سعادة الدكتور فيصل العنزي، الأمين العام للمجلس الوطني لشؤون العمالة الوافدة، في المائدة المستديرة الثانية ذاتها.

شاكرين تعاونكم،

ريم المناعي
مكتب رئيس المجلس
المجلس الوطني لشؤون العمالة الوافدة
المنامة - مملكة البحرين

أُرسلت من الـ iPhone

> في 2 فبراير 2021، الساعة 8:38 م، كتب ريم المناعي <r.almannai@ncewa.example.bh>:
""" + quote(T11_TEXT.strip()) + "\n",
    label=dict(category="speaker_request", language="ar", thread_of="t11.eml", speakers=[
        S("فيصل العنزي", "الأمين العام", "المجلس الوطني لشؤون العمالة الوافدة", ["roundtable"], 2)],
        notes="replacement speaker for t11 (only the new speaker is proposed); honorifics 'سعادة الدكتور'; quoted original names the replaced speaker"),
))

T.append(dict(
    file="t21.eml", client="iphone", received="2021-02-18T11:00:37+02:00",
    **{"from": ("Joëlle Abi Nader", "joelle.abinader@smliban.example.lb")},
    subject="Rapport volontaire - délai dépassé ?",
    text="""Bonjour,

Nous sommes un petit collectif de bénévoles (Solidarité Migrants Liban) et nous avons malheureusement manqué la date limite du 16 février pour l'envoi du rapport volontaire, en raison du confinement général au Liban.

Serait-il encore possible de vous transmettre notre contribution d'ici la fin de la semaine ? Dans ce cas, faut-il respecter un format ou un nombre de pages particulier ?

Merci d'avance et bonne journée,
Joëlle Abi Nader
Solidarité Migrants Liban

Envoyé de mon iPhone
""",
    label=dict(category="other", language="fr",
               notes="question about submitting a report after the deadline; no report attached"),
))

T.append(dict(
    file="t22.eml", client="gmail", received="2021-02-16T17:45:10+02:00", date="2021-02-16T16:44:37+01:00",
    **{"from": ("Mehdi Jaziri", "mehdi.jaziri@ctdm-tunisie.example.org")},
    subject="Re: Rapport volontaire du CTDM - Examen régional du PMM",
    in_reply_to="t09.eml", references=["t09.eml"],
    text="""Chère équipe,

Suite à une dernière relecture par nos associations membres, veuillez trouver ci-joint la version révisée de notre rapport (v2), qui remplace celle envoyée hier soir. Les modifications concernent principalement les chiffres de la section 3 et l'ajout de deux recommandations. L'annexe reste inchangée.

Toutes nos excuses pour ce double envoi.

Bien à vous,
Mehdi Jaziri
Coordinateur, CTDM

Le lun. 15 févr. 2021 à 22:06, Mehdi Jaziri <mehdi.jaziri@ctdm-tunisie.example.org> a écrit :
> Chère équipe,
>
> Au nom du Collectif tunisien pour les droits des migrants (CTDM), j'ai le plaisir de vous transmettre en pièces jointes notre rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations en Tunisie, élaboré collectivement par les 11 associations membres du Collectif, ainsi que son annexe comportant nos recommandations détaillées.
>
> Bien à vous,
> Mehdi Jaziri
""",
    attachments=[("Rapport_volontaire_CTDM_PMM_2021_v2.docx", make_docx(
        "Rapport volontaire du CTDM sur la mise en oeuvre du Pacte mondial en Tunisie (version 2)",
        ["1. Introduction et méthodologie", "2. Objectif 2", "3. Objectifs 7 et 8 (chiffres révisés)",
         "4. Objectif 15", "5. Conclusions et recommandations (deux recommandations ajoutées)"], author="CTDM"))],
    label=dict(category="voluntary_report", language="fr", thread_of="t09.eml",
               report_attachments=["Rapport_volontaire_CTDM_PMM_2021_v2.docx"],
               notes="revised version of the t09 report (v2 replaces v1, annex not resent); reply to the sender's own first message"),
))

T.append(dict(
    file="t23.eml", client="gmail", received="2021-02-04T14:00:55+02:00", date="2021-02-04T14:58:12+03:00",
    **{"from": ("حسين الساعدي", "hussein.alsaadi@basracms.example.iq")},
    subject="Fwd: طلب مشاركة في النقاش المفتوح",
    text="""السادة المحترمون،

أعيد إليكم أدناه رسالة الدكتور عادل الموسوي، إذ تبيّن أنها أُرسلت سابقاً إلى عنوان بريد غير صحيح.

مع التقدير،
حسين الساعدي
مسؤول الاتصال

---------- الرسالة المعاد توجيهها ---------
من: عادل الموسوي <adel.almousawi@basracms.example.iq>
التاريخ: الأحد، 31 يناير 2021 في 11:20 ص
الموضوع: طلب مشاركة في النقاش المفتوح
إلى: <gcmrrarabstate@iom.int>

تحية طيبة،

أرغب في المشاركة في النقاش المفتوح ضمن الاستشارة متعددة أصحاب المصلحة يوم 23 شباط، للحديث عن أوضاع العائدين والنازحين في جنوب العراق.

د. عادل الموسوي
المدير التنفيذي
مركز البصرة لدراسات الهجرة
البصرة - العراق
""",
    label=dict(category="speaker_request", language="ar", speakers=[
        S("عادل الموسوي", "المدير التنفيذي", "مركز البصرة لدراسات الهجرة", ["open_discussion"])],
        notes="inline Gmail forward (Arabic UI headers) of a request first sent to a mistyped address; speaker is the forwarded "
              "author, not the sender; 'د.' to strip"),
))

T.append(dict(
    file="t24.eml", client="outlook", received="2021-02-01T16:30:03+02:00", date="2021-02-01T15:27:44+01:00",
    **{"from": ("Walid Gharbi", "w.gharbi@tfsmr.example.tn")},
    subject="Speaker proposal",
    text="""Dear organisers,

Thank you for the invitation to the regional review conference.

The Tunisian Forum for Social Mobility Research would like to propose Dr. Amel Ben Youssef, Senior Researcher at the Forum, as a speaker at the conference. Dr. Ben Youssef recently coordinated a study on the reintegration of returning Tunisian migrants and would be happy to contribute in whichever session you consider most appropriate.

Looking forward to hearing from you.

Best regards,

Walid Gharbi
Chargé de programmes
Tunisian Forum for Social Mobility Research (TFSMR)
Rue du Lac Léman, Les Berges du Lac, 1053 Tunis
Tél. : +216 71 965 442

Avis de confidentialité : ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.
""",
    label=dict(category="speaker_request", language="en", speakers=[
        S("Amel Ben Youssef", "Senior Researcher", "Tunisian Forum for Social Mobility Research (TFSMR)", [])],
        notes="no role stated ('whichever session you consider most appropriate'); English body with French signature lines and disclaimer"),
))

TUNING = T

# ============================================================================================
# HOLDOUT set (written separately: other people, organisations and phrasings)
# ============================================================================================

H = []

H.append(dict(
    file="h01.eml", client="gmail", received="2021-02-01T12:20:40+02:00",
    **{"from": ("هبة الزعبي", "heba.zoubi@jlo-sj.example.jo")},
    subject="طلب دور متحدث - المائدة المستديرة رقم 4",
    text="""مساء الخير،

أرجو التكرم بتسجيل طلبي للتحدث في المؤتمر وفق البيانات التالية:

الاسم: هبة الزعبي
المسمى الوظيفي: باحثة رئيسية
الجهة: مرصد العمل الأردني للعدالة الاجتماعية
الدور المطلوب: مداخلة من القاعة في المائدة المستديرة رقم 4
لغة المداخلة: العربية

مع الشكر الجزيل،
هبة
""",
    label=dict(category="speaker_request", language="ar", speakers=[
        S("هبة الزعبي", "باحثة رئيسية", "مرصد العمل الأردني للعدالة الاجتماعية", ["roundtable"], 4)],
        notes="labelled fields in Arabic; self-nomination; 'المائدة المستديرة رقم 4'"),
))

H.append(dict(
    file="h02.eml", client="apple", received="2021-02-11T09:45:12+02:00",
    **{"from": ("Abubakr Hamid", "abubakr.hamid@smmrg.example.sd")},
    subject="Voluntary report – Sudan Mixed Migration Research Group",
    text="""Hello,

I hope this finds you well. Attached please find our voluntary GCM review report, "Mixed Migration through Sudan: Protection Gaps and Opportunities, 2018–2020", together with a two-page executive summary of the same report for easier circulation among participants.

The report is submitted by the Sudan Mixed Migration Research Group (SMMRG), in collaboration with two community-based organisations in Gedaref and Kassala.

Many thanks,
Abubakr

Abubakr Hamid, PhD
Research Coordinator
Sudan Mixed Migration Research Group (SMMRG)
Khartoum 2, Khartoum, Sudan
“Knowledge for safer journeys”
""",
    attachments=[
        ("SMMRG_GCM_Voluntary_Report_Full.pdf", report_pdf(
            "Mixed Migration through Sudan: Protection Gaps and Opportunities, 2018-2020",
            "Sudan Mixed Migration Research Group (SMMRG)",
            ["Executive summary", "1. Routes and profiles", "2. Protection gaps in Gedaref and Kassala",
             "3. Progress on GCM Objectives 7, 8 and 10", "4. Recommendations"], "A. Hamid")),
        ("SMMRG_GCM_Voluntary_Report_Executive_Summary.pdf", make_pdf(
            "Executive Summary - Mixed Migration through Sudan", ["Key findings", "Key recommendations"],
            author="A. Hamid", seed="h02es")),
        ("SMMRG_logo.png", logo((10, 60, 140))),
    ],
    label=dict(category="voluntary_report", language="en",
               report_attachments=["SMMRG_GCM_Voluntary_Report_Full.pdf", "SMMRG_GCM_Voluntary_Report_Executive_Summary.pdf"],
               notes="full report plus its executive summary (both make up the report); logo PNG is not part of it"),
))

H03_TEXT = """Madame, Monsieur,

Le Syndicat National des Travailleurs de l'Agriculture et des Migrants (SNTAM) souhaite proposer les intervenants suivants pour l'Examen régional du Pacte mondial sur les migrations :

- M. Hamid Zerouali, secrétaire général adjoint du SNTAM : intervention depuis la salle à la table ronde III ;
- Mme Fatima-Zahra Lamrani, responsable de la commission des travailleuses saisonnières du SNTAM : intervention lors d'une séance plénière.

Nos intervenants s'exprimeront en arabe et en français.

Cordialement,

Brahim Ouchen
Secrétaire national chargé des relations internationales
SNTAM - Agadir, Maroc
"""


def h03_html():
    def p(x):
        return f'<p class="MsoNormal">{html.escape(x, quote=False)}<o:p></o:p></p>'
    return "\n".join([
        p("Madame, Monsieur,"), p("\u00a0"),
        p("Le Syndicat National des Travailleurs de l'Agriculture et des Migrants (SNTAM) souhaite proposer les "
          "intervenants suivants pour l'Examen régional du Pacte mondial sur les migrations :"),
        '<ul style="margin-top:0cm" type="disc">',
        '<li class="MsoListParagraph" style="margin-left:0cm">M. <b>Hamid Zerouali</b>, secrétaire général adjoint du SNTAM : '
        'intervention depuis la salle à la table ronde III ;<o:p></o:p></li>',
        '<li class="MsoListParagraph" style="margin-left:0cm">Mme <b>Fatima-Zahra Lamrani</b>, responsable de la commission des '
        'travailleuses saisonnières du SNTAM : intervention lors d\'une séance plénière.<o:p></o:p></li>',
        '</ul>',
        p("Nos intervenants s'exprimeront en arabe et en français."), p("\u00a0"), p("Cordialement,"), p("\u00a0"),
        '<p class="MsoNormal"><b>Brahim Ouchen</b><br>\nSecrétaire national chargé des relations internationales<br>\n'
        'SNTAM - Agadir, Maroc<o:p></o:p></p>'])


H.append(dict(
    file="h03.eml", client="outlook", charset="iso-8859-1", received="2021-02-02T15:10:27+02:00",
    date="2021-02-02T14:08:53+01:00", content_language="fr-ma",
    **{"from": ("Brahim Ouchen", "b.ouchen@sntam.example.ma")}, to_named=True,
    subject="SNTAM : proposition d'intervenants pour l'Examen régional",
    text=H03_TEXT, html_body=h03_html(),
    label=dict(category="speaker_request", language="fr", speakers=[
        S("Hamid Zerouali", "secrétaire général adjoint", "Syndicat National des Travailleurs de l'Agriculture et des Migrants (SNTAM)", ["roundtable"], 3),
        S("Fatima-Zahra Lamrani", "responsable de la commission des travailleuses saisonnières",
          "Syndicat National des Travailleurs de l'Agriculture et des Migrants (SNTAM)", ["plenary"])],
        notes="trade union; two speakers in an HTML bullet list (names in bold); 'table ronde III'; affiliation written as 'du SNTAM', full name in the opening sentence"),
))

H.append(dict(
    file="h04.eml", client="android", received="2021-02-06T10:00:12+02:00", date="2021-02-06T10:58:40+03:00",
    **{"from": ("بدر العتيبي", "bader.alotaibi@kdwra.example.kw")},
    subject="استفسار حول طريقة المشاركة",
    text="""السلام عليكم ورحمة الله وبركاته،

نود الاستفسار عمّا إذا كان المؤتمر سيُعقد حضورياً في بيروت أم افتراضياً بالكامل عبر الإنترنت، وهل ستتوفر ترجمة فورية بين العربية والإنجليزية خلال الجلسات العامة والموائد المستديرة؟

كما نرجو إفادتنا إن كان بإمكان أكثر من ممثل عن الجمعية حضور الاستشارة يوم 23 فبراير.

وجزاكم الله خيراً،
بدر العتيبي
أمين سر الجمعية الكويتية لحقوق العمالة المنزلية
""",
    label=dict(category="other", language="ar",
               notes="logistics question (format, interpretation, number of attendees); mentions plenary sessions and roundtables without asking to speak"),
))

H05_INNER = dict(
    file="h05-inner", client="gmail", received="2021-02-01T09:14:30+02:00",
    **{"from": ("Mariam Al-Khatib", "m.alkhatib@awmp.example.org")},
    to=[(None, "gcmrr-arabstates@iom.int")],
    subject="Request to serve as rapporteur - Dr. Mariam Al-Khatib",
    text="""Dear GCM Regional Review Team,

I would like to express my interest in serving as the rapporteur who will present the key messages of stakeholders at the multi-stakeholder consultation on 23 February.

The Arab Women Migrants Platform (AWMP) brings together 40 women-led organisations from 12 Arab countries, and I previously served as rapporteur of a regional civil society consultation on migration in 2019.

Best regards,
Dr. Mariam Al-Khatib
Secretary General
Arab Women Migrants Platform (AWMP)
""",
)

H.append(dict(
    file="h05.eml", client="o365", received="2021-02-03T13:00:21+02:00",
    **{"from": ("Lina Barakat", "lina.barakat@awmp.example.org")}, to_named=True,
    subject="FW: Request to serve as rapporteur - Dr. Mariam Al-Khatib",
    text="""Dear colleagues,

Please find attached the request of our Secretary General, Dr. Mariam Al-Khatib, which she sent on 1 February to an incorrect address. We would be grateful if it could still be considered.

Kind regards,
Lina Barakat
Executive Assistant to the Secretary General
Arab Women Migrants Platform (AWMP)
Amman - Jordan
""",
    attachments=[("message", H05_INNER)],
    label=dict(category="speaker_request", language="en", speakers=[
        S("Mariam Al-Khatib", "Secretary General", "Arab Women Migrants Platform (AWMP)", ["rapporteur"])],
        notes="Outlook forward with the original request attached as message/rfc822 (sent first to a mistyped address); "
              "speaker is the author of the attached message, not the sender"),
))

H06_TEXT = """Bonjour,

Avec nos excuses pour ce léger retard, dû à une panne de notre serveur, nous vous prions de trouver ci-joint la contribution volontaire de Migrations Solidaires Bruxelles (MSB) à l'examen régional du Pacte mondial sur les migrations, consacrée aux liens entre la diaspora arabe en Belgique et les pays d'origine (objectifs 19 et 20).

Nous espérons qu'elle pourra encore être prise en compte.

Bien cordialement,

Nour Elkhalil
Coordinatrice
Migrations Solidaires Bruxelles (MSB)
Rue de Brabant 112, 1030 Schaerbeek
+32 2 215 08 77
"""

H.append(dict(
    file="h06.eml", client="thunderbird", received="2021-02-17T09:15:33+02:00", date="2021-02-17T08:14:05+01:00",
    content_language="fr",
    **{"from": ("Nour Elkhalil", "nour.elkhalil@msb-bxl.example.be")},
    subject="Contribution volontaire - Examen régional PMM (région arabe)",
    text=H06_TEXT,
    attachments=[("Contribution_MSB_examen_regional_PMM.pdf", report_pdf(
        "Contribution volontaire - Migrations Solidaires Bruxelles", "Migrations Solidaires Bruxelles (MSB)",
        ["1. La diaspora arabe en Belgique", "2. Transferts de fonds (objectif 20)",
         "3. Engagement de la diaspora (objectif 19)", "4. Recommandations"], "N. Elkhalil"))],
    label=dict(category="voluntary_report", language="fr",
               report_attachments=["Contribution_MSB_examen_regional_PMM.pdf"],
               notes="report called a 'contribution volontaire'; received 17 Feb (late) with an apology"),
))

H.append(dict(
    file="h07.eml", client="outlook", charset="windows-1256", received="2021-02-04T11:30:50+02:00",
    date="2021-02-04T10:28:31+01:00", content_language="ar-ma",
    **{"from": ("سعاد الإدريسي", "souad.idrissi@atlas-dm.example.ma")},
    subject="التقرير الطوعي لجمعية الأطلس وطلب مداخلة",
    text="""السيدات والسادة أعضاء فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

يشرفنا أن نضع بين أيديكم تقرير جمعية الأطلس للتنمية والهجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة في المغرب (مرفق بصيغة Word).

كما نلتمس منكم قبول ترشيح الأستاذ عبد الإله بنعلي، رئيس جمعية الأطلس للتنمية والهجرة، للمشاركة في النقاش المفتوح للاستشارة يوم 23 فبراير، وكذلك لإلقاء مداخلة من القاعة في الجلسة العامة للمؤتمر إن أمكن.

مع فائق التقدير والاحترام،

سعاد الإدريسي
الكاتبة العامة
جمعية الأطلس للتنمية والهجرة
بني ملال - المغرب
""",
    attachments=[("تقرير جمعية الأطلس - الاتفاق العالمي للهجرة.docx", make_docx(
        "تقرير جمعية الأطلس للتنمية والهجرة حول تنفيذ الاتفاق العالمي من أجل الهجرة",
        ["تقديم", "الهجرة في جهة بني ملال خنيفرة", "التقدم المحرز والتحديات", "التوصيات"], author="Atlas", rtl=True))],
    label=dict(category="both", language="ar",
               speakers=[S("عبد الإله بنعلي", "رئيس", "جمعية الأطلس للتنمية والهجرة", ["open_discussion", "plenary"])],
               report_attachments=["تقرير جمعية الأطلس - الاتفاق العالمي للهجرة.docx"],
               notes="windows-1256 body; DOCX with an Arabic RFC 2231 file name; one speaker asking for two roles; honorific 'الأستاذ'"),
))

H.append(dict(
    file="h08.eml", client="o365", received="2021-02-07T20:15:08+02:00", date="2021-02-07T21:13:22+03:00",
    **{"from": ("Shilan Aziz", "shilan.aziz@krso.example.iq")}, to_named=True,
    subject="RE: Invitation – Regional Review of the Global Compact for Migration in the Arab region",
    in_reply_to="<DB6PR0801MB1909C3A1E5F4A7B2D90E11C4B5F20@DB6PR0801MB1909.eurprd08.prod.outlook.example.com>",
    references=["<DB6PR0801MB1909C3A1E5F4A7B2D90E11C4B5F20@DB6PR0801MB1909.eurprd08.prod.outlook.example.com>"],
    text="""Dear Sir/Madam,

Thank you for this invitation. The Kurdistan Returnees Support Organisation (KRSO) would like to request a floor intervention in the roundtable dealing with border management, smuggling and trafficking (Objectives 9, 10 and 11). Our speaker would be Mr. Dilshad Rasul, Head of the Protection Department at KRSO, who has monitored returns at the Iraq-Turkey and Iraq-Syria borders for five years.

I apologise if this reaches you after the 5 February deadline; we only received the invitation through a partner this week.

Best regards,
Shilan Aziz
Programme Officer
Kurdistan Returnees Support Organisation (KRSO)
Duhok, Kurdistan Region of Iraq

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 27, 2021 3:12 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Invitation – Regional Review of the Global Compact for Migration in the Arab region

""" + INVITATION_EN_QUOTE + "\n",
    label=dict(category="speaker_request", language="en", speakers=[
        S("Dilshad Rasul", "Head of the Protection Department", "Kurdistan Returnees Support Organisation (KRSO)", ["roundtable"], 2)],
        notes="Outlook reply above the full invitation (all roles and roundtables listed as decoys); roundtable named by topic and "
              "objectives (9, 10, 11) which the quoted list maps to roundtable 2; late (7 Feb)"),
))

H.append(dict(
    file="h09.eml", client="gmail", received="2021-02-05T23:55:10+02:00", date="2021-02-05T22:54:47+01:00",
    **{"from": ("Sami Trabelsi", "sami.trabelsi.socio@mailbox.example.com")},
    subject="Demande de prise de parole - discussion ouverte du 23 février",
    text="""Bonjour,

Je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, afin de présenter quelques résultats de ma thèse sur les trajectoires des jeunes harraga tunisiens après leur retour.

Sami Trabelsi
Doctorant en sociologie des migrations

Merci par avance.
""",
    label=dict(category="speaker_request", language="fr", speakers=[
        S("Sami Trabelsi", "Doctorant en sociologie des migrations", None, ["open_discussion"])],
        notes="individual researcher with no affiliation (null); received 23:55 Beirut on 5 Feb, just on time (Date header 22:54 +01:00)"),
))

H.append(dict(
    file="h10.eml", client="gmail", received="2021-02-16T11:00:27+02:00", date="2021-02-16T11:58:03+03:00",
    **{"from": ("وليد العبسي", "waleed.alabsi@ymcc.example.ye")},
    subject="تقرير جماعي طوعي - ائتلاف منظمات المجتمع المدني اليمنية المعنية بالهجرة",
    text="""الإخوة والأخوات في فريق الاستعراض الإقليمي،

تحية طيبة،

نيابة عن ائتلاف منظمات المجتمع المدني اليمنية المعنية بالهجرة (يضم 9 منظمات في عدن وتعز والحديدة والمكلا)، نرفق لكم تقريرنا الطوعي الجماعي حول تنفيذ الاتفاق العالمي للهجرة في اليمن خلال الفترة 2018-2020، مع التركيز على المهاجرين العالقين القادمين من القرن الأفريقي والعائدين اليمنيين.

نأمل أن يُدرج التقرير ضمن وثائق الاستعراض الإقليمي.

وتقبلوا خالص التحية،
وليد العبسي
منسق الائتلاف
عدن - اليمن
+967 2 234 567
""",
    attachments=[("التقرير الطوعي الجماعي - اليمن 2021.pdf", report_pdf(
        "Collective voluntary GCM review report - Yemen 2021",
        "Coalition of Yemeni civil society organisations working on migration",
        ["Stranded migrants from the Horn of Africa", "Yemeni returnees", "Recommendations"], "W. Alabsi"))],
    label=dict(category="voluntary_report", language="ar",
               report_attachments=["التقرير الطوعي الجماعي - اليمن 2021.pdf"],
               notes="collective report; PDF with an Arabic file name encoded RFC 2047 inside quotes (Gmail style)"),
))

H.append(dict(
    file="h11.eml", client="o365", received="2021-02-09T14:00:18+02:00", date="2021-02-09T12:00:01+00:00",
    **{"from": ("Khalid Mahmoud", "khalid.mahmoud@edan-uk.example.org")}, to_named=True,
    subject="Query: format of voluntary GCM review reports",
    text="""Dear GCM Regional Review team,

The Egyptian Diaspora Action Network (EDAN), based in London and Manchester, is preparing a short voluntary review report on the engagement of the Egyptian diaspora in the UK.

Could you please advise whether there is a template or a maximum length for voluntary reports, and whether they may be submitted in English only or should also be translated into Arabic?

We also understood that the deadline for reports has been extended to 16 February - could you confirm this?

Many thanks,
Khalid Mahmoud
Trustee, EDAN
London, UK
""",
    label=dict(category="other", language="en",
               notes="question about the report format and deadline; talks about a report but none is submitted"),
))

H.append(dict(
    file="h12.eml", client="outlook", charset="iso-8859-1", received="2021-02-05T09:00:44+02:00",
    date="2021-02-05T07:59:10+01:00", content_language="fr-ma",
    **{"from": ("Brahim Ouchen", "b.ouchen@sntam.example.ma")}, to_named=True,
    subject="RE: SNTAM : proposition d'intervenants pour l'Examen régional",
    in_reply_to="h03.eml", references=["h03.eml"],
    text="""Madame, Monsieur,

Suite à notre message du 2 février, nous vous informons que M. Hamid Zerouali ne pourra malheureusement pas participer pour raisons de santé. Il sera remplacé à la table ronde III par Mme Khadija Amrani, membre du bureau exécutif du SNTAM.

Avec nos remerciements,

Brahim Ouchen
Secrétaire national chargé des relations internationales
SNTAM - Agadir, Maroc

-----Message d'origine-----
De : Brahim Ouchen <b.ouchen@sntam.example.ma>
Envoyé : mardi 2 février 2021 14:08
À : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Objet : SNTAM : proposition d'intervenants pour l'Examen régional

""" + H03_TEXT,
    label=dict(category="speaker_request", language="fr", thread_of="h03.eml", speakers=[
        S("Khadija Amrani", "membre du bureau exécutif",
          "Syndicat National des Travailleurs de l'Agriculture et des Migrants (SNTAM)", ["roundtable"], 3)],
        notes="replacement speaker for h03 (only the new speaker is proposed; the quoted original lists the old ones); "
              "full union name only in the quoted message; on time (5 Feb morning)"),
))

H13_TEXT = """مرحباً،
أرغب بترشيح نفسي لدور المقرر الذي يقدم الرسائل الرئيسية لأصحاب المصلحة.
نور الهدى السيد

أرسلت من Yahoo Mail على Android
"""

H.append(dict(
    file="h13.eml", client="yahoo", received="2021-02-03T22:10:36+02:00",
    **{"from": ("Nour Elsayed", "nour.elsayed87@yahoo.example.com")},
    subject="مقرر",
    text=H13_TEXT, rtl=True,
    label=dict(category="speaker_request", language="ar", speakers=[
        S("نور الهدى السيد", None, None, ["rapporteur"])],
        notes="very short self-nomination, no title or affiliation; 'السيد' is the family name here, not an honorific"),
))

H.append(dict(
    file="h14.eml", client="yahoo", received="2021-02-04T08:45:09+02:00",
    **{"from": ("Nour Elsayed", "nour.elsayed87@yahoo.example.com")},
    subject="Re: مقرر",
    in_reply_to="h13.eml", references=["h13.eml"],
    text="""صباح الخير،

استكمالاً لرسالتي أمس بخصوص دور المقرر، أعتذر لعدم ذكر بياناتي كاملة: أعمل منسقة مناصرة في جمعية تضامن لدعم العاملات المنزليات (تضامن) في الإسكندرية.

مع الشكر،
نور الهدى السيد

في الأربعاء، ٣ فبراير ٢٠٢١ ١٠:١٠ م، كتب Nour Elsayed <nour.elsayed87@yahoo.example.com>:
""" + quote(H13_TEXT.strip()) + "\n",
    label=dict(category="speaker_request", language="ar", thread_of="h13.eml", speakers=[
        S("نور الهدى السيد", "منسقة مناصرة", "جمعية تضامن لدعم العاملات المنزليات (تضامن)", ["rapporteur"])],
        notes="follow-up completing the title and affiliation of h13; role only in the quoted message; Arabic-Indic digits in the quote line"),
))

H.append(dict(
    file="h15.eml", client="gmail", received="2021-02-02T10:10:55+02:00", date="2021-02-02T10:09:31+02:00",
    **{"from": ("Yasmine Fawzy", "yasmine.fawzy@ccmlr.example.eg")},
    subject="Report + speaker – CCMLR",
    text="""Hi all,

Two things from the Cairo Centre for Migration and Labour Rights (CCMLR):

1. Our voluntary GCM review report (final version) can be downloaded here, as the file exceeds your attachment limit:
https://www.dropbox.example.com/s/q8d3kz0w1x/CCMLR_voluntary_GCM_report_2021.pdf?dl=0

2. We would like to propose our executive director - myself - for a floor intervention in Roundtable #1, particularly on fair recruitment.

Thanks a lot and looking forward to the review!

Yasmine Fawzy
Executive Director | CCMLR
Garden City, Cairo, Egypt
Twitter: @ccmlr_eg
""",
    label=dict(category="both", language="en", speakers=[
        S("Yasmine Fawzy", "Executive Director", "Cairo Centre for Migration and Labour Rights (CCMLR)", ["roundtable"], 1)],
        notes="report as a download link (no attachment) plus a self-nomination where the name is only in the signature; 'Roundtable #1'"),
))

H16_TEXT_QUOTED = "\n".join("> " + ln if ln else ">" for ln in H06_TEXT.strip().split("\n"))
H.append(dict(
    file="h16.eml", client="thunderbird", received="2021-02-19T10:30:02+02:00", date="2021-02-19T09:29:40+01:00",
    content_language="fr",
    **{"from": ("Nour Elkhalil", "nour.elkhalil@msb-bxl.example.be")},
    subject="Re: Contribution volontaire - Examen régional PMM (région arabe)",
    in_reply_to="h06.eml", references=["h06.eml"],
    text="""Bonjour,

Je me permets de revenir vers vous au sujet de notre contribution envoyée le 17 février (voir ci-dessous). Pourriez-vous nous confirmer qu'elle a bien été reçue et qu'elle sera prise en compte malgré le retard ?

Merci d'avance,
Nour Elkhalil
MSB

Le 17/02/2021 à 08:14, Nour Elkhalil a écrit :
""" + H16_TEXT_QUOTED + "\n",
    label=dict(category="other", language="fr", thread_of="h06.eml",
               notes="'did you receive it?' follow-up to h06; the report is not sent again (quoted text only)"),
))

H.append(dict(
    file="h17.eml", client="outlook", received="2021-02-15T13:20:03+02:00", date="2021-02-15T14:18:26+03:00",
    **{"from": ("Fatema Jaffar", "f.jaffar@bcmwa.example.bh")}, to_named=True,
    subject="التقرير الطوعي - مركز البحرين لمناصرة العمال المهاجرين",
    text="""تحية طيبة وبعد،

يسرّ مركز البحرين لمناصرة العمال المهاجرين أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وذلك بصيغتي PDF وWord تسهيلاً للاطلاع عليه.

يتناول التقرير إصلاحات نظام تصاريح العمل المرن وحماية الأجور والوصول إلى العدالة.

نرجو إفادتنا بالاستلام.

مع التحية،

Fatema Jaffar
Senior Advocacy Officer
Bahrain Center for Migrant Workers Advocacy (BCMWA)
Manama, Kingdom of Bahrain
Tel: +973 1729 4410

DISCLAIMER: This e-mail and any attachment are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
    attachments=[
        ("BCMWA_GCM_Voluntary_Report_AR.pdf", report_pdf("BCMWA voluntary GCM review report (Arabic version)",
                                                         "Bahrain Center for Migrant Workers Advocacy (BCMWA)",
                                                         ["Flexible work permit reform", "Wage protection",
                                                          "Access to justice"], "F. Jaffar")),
        ("BCMWA_GCM_Voluntary_Report_AR.docx", make_docx("التقرير الطوعي لمركز البحرين لمناصرة العمال المهاجرين",
                                                          ["تصاريح العمل المرن", "حماية الأجور", "الوصول إلى العدالة"],
                                                          author="BCMWA", rtl=True)),
    ],
    label=dict(category="voluntary_report", language="ar",
               report_attachments=["BCMWA_GCM_Voluntary_Report_AR.pdf", "BCMWA_GCM_Voluntary_Report_AR.docx"],
               notes="Arabic body with an English signature and disclaimer; the same report in PDF and Word (both listed)"),
))

H.append(dict(
    file="h18.eml", client="apple", received="2021-02-12T08:10:05+02:00",
    **{"from": ("Abubakr Hamid", "abubakr.hamid@smmrg.example.sd")},
    subject="Re: Acknowledgement of receipt – Voluntary report – Sudan Mixed Migration Research Group",
    in_reply_to="<ack.GCM-AR-0024.20210211080214.91ad@iom.int>",
    references=["h02.eml", "<ack.GCM-AR-0024.20210211080214.91ad@iom.int>"],
    text="""Dear team,

Many thanks for confirming receipt — much appreciated.

Best,
Abubakr

> On 11 Feb 2021, at 10:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Abubakr Hamid,
>
> We acknowledge receipt of your voluntary GCM review report, received on 11 February 2021.
> Reference: GCM-AR-0024
>
> Kind regards,
> GCM Regional Review Secretariat
""",
    label=dict(category="other", language="en", acknowledge=False, thread_of="h02.eml",
               notes="thank-you reply to our acknowledgement of h02; adds nothing, not to be acknowledged"),
))

H.append(dict(
    file="h19.eml", client="apple", received="2021-02-05T18:00:00+02:00", date="2021-02-05T16:58:41+01:00",
    **{"from": ("Omar Tazi", "omar.tazi@ommd.example.ma")},
    subject="OMMD - rapport volontaire et proposition d'intervenante",
    text="""Madame, Monsieur,

L'Observatoire Marocain des Migrations et du Développement (OMMD) a l'honneur de vous adresser, en pièce jointe, son rapport volontaire sur la mise en œuvre du Pacte mondial au Maroc (2018-2020).

Nous souhaiterions en outre que Pr Hajar Benjelloun, directrice scientifique de l'OMMD, puisse intervenir lors de la quatrième table ronde. Vous trouverez son CV ci-joint.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Omar Tazi
Directeur exécutif
OMMD
Casablanca
""",
    attachments=[
        ("Rapport_OMMD_Pacte_Mondial_2021.docx", make_docx(
            "Rapport volontaire de l'OMMD sur la mise en oeuvre du Pacte mondial au Maroc (2018-2020)",
            ["Introduction", "La stratégie nationale d'immigration et d'asile", "Les Marocains du monde",
             "Recommandations"], author="OMMD")),
        ("CV_Hajar_Benjelloun.docx", make_docx("Curriculum vitae - Hajar Benjelloun",
                                               ["Directrice scientifique, OMMD", "Professeure de démographie"],
                                               author="H. Benjelloun")),
    ],
    label=dict(category="both", language="fr",
               speakers=[S("Hajar Benjelloun", "directrice scientifique",
                           "Observatoire Marocain des Migrations et du Développement (OMMD)", ["roundtable"], 4)],
               report_attachments=["Rapport_OMMD_Pacte_Mondial_2021.docx"],
               notes="'la quatrième table ronde'; 'Pr' honorific; CV in DOCX alongside the DOCX report (not part of it)"),
))

H.append(dict(
    file="h20.eml", client="thunderbird", received="2021-02-04T17:45:31+02:00",
    **{"from": ("Dina Saab", "dina.saab@amrn.example.org")},
    subject="AMRN speaker nominations (3)",
    text="""Dear organisers,

The Arab Migration Research Network (AMRN) would like to nominate the following three speakers:

1) Prof. Ziad Hamdan
   Director, Institute for Refugee and Migration Studies (IRMS)
   -> open discussion of the multi-stakeholder consultation (23 Feb)

2) Dina Saab (myself)
   Research Fellow, AMRN
   -> floor intervention, Roundtable 4

3) Tarek Nasser, AMRN
   -> also Roundtable 4 (as a back-up to me if only one slot is available)

Kind regards,
Dina Saab

-- 
Dina Saab | Research Fellow
Arab Migration Research Network (AMRN)
Hamra, Beirut
""",
    label=dict(category="speaker_request", language="en", speakers=[
        S("Ziad Hamdan", "Director", "Institute for Refugee and Migration Studies (IRMS)", ["open_discussion"]),
        S("Dina Saab", "Research Fellow", "Arab Migration Research Network (AMRN)", ["roundtable"], 4),
        S("Tarek Nasser", None, "Arab Migration Research Network (AMRN)", ["roundtable"], 4)],
        notes="plain-text numbered list of three speakers with different affiliations; third has no title; 'Prof.' to strip"),
))

H.append(dict(
    file="h21.eml", client="ipad", received="2021-02-05T16:00:12+02:00", date="2021-02-05T14:59:50+01:00",
    **{"from": ("أنيس الماجري", "anis.mejri@otmds.example.tn")},
    subject="ترشيح الدكتورة سلمى الغربي - المائدة المستديرة الثالثة",
    text="""السادة والسيدات المنظمون،

تحية طيبة،

يتشرف المرصد التونسي للهجرة والتنمية المستدامة بترشيح الدكتورة سلمى الغربي، رئيسة المرصد، لتقديم مداخلة في المائدة المستديرة الثالثة، بالنظر إلى اشتغالها على قضايا إدماج المهاجرين والتماسك الاجتماعي.

وسنوافيكم بتقريرنا الطوعي قبل 16 فبراير إن شاء الله.

مع خالص التحيات،
أنيس الماجري
مكلّف بالاتصال
المرصد التونسي للهجرة والتنمية المستدامة
صفاقس - تونس

أُرسلت من جهاز iPad الخاص بي
""",
    label=dict(category="speaker_request", language="ar", speakers=[
        S("سلمى الغربي", "رئيسة", "المرصد التونسي للهجرة والتنمية المستدامة", ["roundtable"], 3)],
        notes="honorific 'الدكتورة'; 'المائدة المستديرة الثالثة'; report only announced; Tunisian sender writing in Arabic"),
))

H.append(dict(
    file="h22.eml", client="outlook", received="2021-02-16T23:58:40+02:00", date="2021-02-17T01:56:12+04:00",
    **{"from": ("Said Al-Harthy", "s.alharthy@nclmd.example.om")}, to_named=True,
    subject="RE: Invitation – Regional Review of the Global Compact for Migration in the Arab region",
    in_reply_to="<DB6PR0801MB1909C3A1E5F4A7B2D90E11C4B5F20@DB6PR0801MB1909.eurprd08.prod.outlook.example.com>",
    references=["<DB6PR0801MB1909C3A1E5F4A7B2D90E11C4B5F20@DB6PR0801MB1909.eurprd08.prod.outlook.example.com>"],
    logo=("image002.png", logo((120, 20, 40), (230, 200, 120))),
    text="""Dear Sir/Madam,

With reference to the invitation below, please find attached the voluntary GCM review contribution of the National Council for Labour and Migration Dialogue (NCLMD), a tripartite consultative body bringing together government, employers' and workers' representatives.

Please accept our apologies for the late hour of this submission.

Yours sincerely,

Said Al-Harthy
Head of International Cooperation
National Council for Labour and Migration Dialogue (NCLMD)
Muscat, Sultanate of Oman

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 27, 2021 5:12 PM
Subject: Invitation – Regional Review of the Global Compact for Migration in the Arab region

""" + INVITATION_EN_QUOTE + "\n",
    attachments=[("NCLMD_Voluntary_GCM_Review_Contribution.pdf", report_pdf(
        "Voluntary GCM Review Contribution - Oman", "National Council for Labour and Migration Dialogue (NCLMD)",
        ["Tripartite dialogue on labour migration", "Wage protection", "Skills recognition (Objective 18)"], "S. Al-Harthy"))],
    label=dict(category="voluntary_report", language="en",
               report_attachments=["NCLMD_Voluntary_GCM_Review_Contribution.pdf"],
               notes="received 23:58:40 on 16 Feb (on time) although the Date header reads 17 Feb 01:56 +04:00; reply quoting the "
                     "invitation with speaking roles as decoys; government-adjacent body; inline logo"),
))

H.append(dict(
    file="h23.eml", client="webmail", received="2021-02-03T09:05:19+02:00",
    **{"from": ("Hiba Karam", "hiba.karam@clem.example.lb")},
    subject="Candidature - table ronde n° 1 et rapporteure",
    text=None,
    html_body="""<p>Bonjour,</p>
<p>Je me permets de vous &eacute;crire au nom du Centre Libanais pour l'&Eacute;tude des Migrations (CLEM).</p>
<p>Je souhaiterais intervenir &agrave; la table ronde n&deg; 1 (objectifs 2, 5, 6, 12 et 18) et je me porte &eacute;galement candidate pour le r&ocirc;le de rapporteure des messages cl&eacute;s des parties prenantes.</p>
<p>Hiba Karam, chercheuse associ&eacute;e au CLEM</p>
<p>Bien &agrave; vous,<br />Hiba Karam</p>
<div id="signature">--&nbsp;<br />CLEM &ndash; Beyrouth<br />+961 1 339 870</div>""",
    label=dict(category="speaker_request", language="fr", speakers=[
        S("Hiba Karam", "chercheuse associée", "Centre Libanais pour l'Étude des Migrations (CLEM)", ["roundtable", "rapporteur"], 1)],
        notes="HTML-only message with HTML entities; one speaker asking for two roles; 'table ronde n° 1'"),
))

H.append(dict(
    file="h24.eml", client="outlook", charset="iso-8859-1", received="2021-02-10T12:00:41+02:00",
    date="2021-02-10T11:00:02+01:00", content_language="fr-fr",
    **{"from": ("Rachid Belkacem", "r.belkacem@aaam-oran.example.dz")}, to_named=True,
    subject="Inscription de participants - consultation du 23 février",
    text="""Bonjour,

Notre association souhaite inscrire les trois personnes suivantes en tant que participants (sans prise de parole) à la consultation multipartite du 23 février et à la conférence :

- Mme Amina Bouzid, présidente
- M. Rachid Belkacem, trésorier
- Mme Lynda Ait Ouali, chargée de projets

Le formulaire d'inscription en ligne ne semble pas accepter les adresses en .dz, d'où ce message.

Cordialement,
Rachid Belkacem
Association Algérienne pour l'Accueil des Migrants (AAAM)
Oran, Algérie
""",
    label=dict(category="other", language="fr",
               notes="registration of three attendees with names and titles, explicitly without speaking ('sans prise de parole'): not a speaker request"),
))

HOLDOUT = H


if __name__ == "__main__":
    for name, msgs in (("tuning", TUNING), ("holdout", HOLDOUT)):
        assert len(msgs) == 24 and len({m["file"] for m in msgs}) == 24, name
        write_set(name, msgs)
        print(f"{name}: {len(msgs)} messages")
