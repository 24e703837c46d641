"""Mail-building helpers shared by the generators of the blind evaluation sets.

The generators from holdout144 on build their 24 messages with these (headers, MIME parts, small
PDF/DOCX/PNG files, transport headers) and write them with EvalSet; most earlier generators import
the ones they used to carry as identical copies. Standard library only; deterministic.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import re
import zipfile
import zlib
import struct
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.parser import Parser

HERE = os.path.dirname(os.path.abspath(__file__))
BOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
POL = policy.compat32.clone(linesep="\r\n")

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(d, zone_name=None):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                                   d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    if zone_name:
        s += " (%s)" % zone_name
    return s


def at(s):
    """'2021-02-05 23:50:12' Beirut time -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIRUT)


def tz(d, hours):
    return d.astimezone(dt.timezone(dt.timedelta(hours=hours)))


def sent_at(when, hours, lag=4):
    """The sender's Date: `lag` seconds before the server received it (`when`), in the sender's UTC offset."""
    return tz(when - dt.timedelta(seconds=lag), hours)


# ---------------------------------------------------------------- header helpers
def hdr(text, charset="utf-8", enc="B"):
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "B" else QP
    return Header(text, cs)


def re_hdr(prefix, text, charset="utf-8"):
    """'Re: ' kept as plain ASCII before the encoded words, as Gmail does."""
    h = Header(prefix, "us-ascii")
    cs = Charset(charset)
    cs.header_encoding = BASE64
    h.append(text, cs)
    return h


def addr(name, email_addr, charset="utf-8", enc="B"):
    """Display name (RFC 2047 encoded if not ASCII) + address."""
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        h = hdr(name, charset, enc)
        h.append(" <%s>" % email_addr, "us-ascii")
        return h


# ---------------------------------------------------------------- part helpers
def leaf(ctype, body, charset="utf-8", cte="quoted-printable", params=None, disp=None, extra=None):
    """A single MIME leaf.  body: str (encoded with charset) or bytes."""
    m = Message(policy=POL)
    data = body.encode(charset) if isinstance(body, str) else body
    ct = ctype
    if ctype.startswith("text/"):
        ct += '; charset="%s"' % charset
    for k, v in (params or []):
        ct += "; %s=%s" % (k, v)
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if disp:
        m["Content-Disposition"] = disp
    for k, v in (extra or []):
        m[k] = v
    if cte == "base64" and ctype.startswith("text/"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        payload = data.decode("ascii")
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary, params=None):
    m = Message(policy=POL)
    ct = "multipart/%s" % subtype
    for k, v in (params or []):
        ct += "; %s=%s" % (k, v)
    m["Content-Type"] = ct
    m.set_boundary(boundary)
    for p in parts:
        m.attach(p)
    return m


def header_block(m, rows):
    for k, v in rows:
        if v is not None:
            m[k] = v


def html_wrap(inner, dir_=None, charset="utf-8"):
    d = ' dir="%s"' % dir_ if dir_ else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s>\n%s\n</body></html>\n' % (charset, d, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text2html(t):
    out = []
    for para in t.split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


def alt(text, boundary, html=None, rtl=False, b64=False, charset="utf-8"):
    """multipart/alternative: text/plain + text/html (built from the text when html is not given)."""
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body><div%s>%s</div></body></html>\n' % (charset, d, text2html(text)))
    cte = "base64" if b64 else "quoted-printable"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def html_only(inner, rtl=False, b64=False, lang=None, newlines=False):
    """A lone utf-8 text/html part: `inner` in a minimal page (newlines=True puts it on lines of its own)."""
    attrs = (' lang="%s"' % lang if lang else "") + (' dir="rtl"' if rtl else "")
    nl = "\n" if newlines else ""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body%s>%s%s%s</body></html>\n' % (attrs, nl, inner, nl))
    return leaf("text/html", page, cte="base64" if b64 else "quoted-printable")


def flowed(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        prefix = ""
        if line.startswith(">"):
            prefix = line[:len(line) - len(line.lstrip(">"))] + " "
            line = line[len(prefix):] if line.startswith(prefix) else line[len(prefix) - 1:]
        words = line.split(" ")
        cur = prefix
        for w in words:
            if cur != prefix and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = prefix + w
            else:
                cur = (cur + " " + w) if cur != prefix else prefix + w
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- attachments
def make_pdf(lines):
    """A tiny valid one-page PDF showing the given ASCII lines."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        ln = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += "(%s) Tj T*\n" % ln
    content += "ET\n"
    cb = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
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
    """A tiny valid DOCX (zip with word/document.xml), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '</w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def make_png(w=8, h=8, rgb=(0, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def rfc2231(name, charset="utf-8"):
    from urllib.parse import quote
    return "%s''%s" % (charset, quote(name.encode(charset), safe=""))


def rfc2231_cont(param, name, chunk=60):
    """param*0*=utf-8''...; param*1*=... (continuations split at character boundaries)."""
    from urllib.parse import quote
    pieces, cur = [], ""
    for ch in name:
        q = quote(ch.encode("utf-8"), safe="")
        if cur and len(cur) + len(q) > chunk:
            pieces.append(cur)
            cur = ""
        cur += q
    if cur:
        pieces.append(cur)
    return ["%s*%d*=%s%s" % (param, k, "utf-8''" if k == 0 else "", p) for k, p in enumerate(pieces)]


def b_word(name, charset="utf-8"):
    return "=?%s?B?%s?=" % (charset.upper(), base64.b64encode(name.encode(charset)).decode("ascii"))


# ---------------------------------------------------------------- message assembly
def received(d, host, ip, qid, helo=None):
    return ("from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s" % (helo or host, host, ip, qid, BOX, rfcdate(d, "EET")))


def top(body, rows):
    """Put transport + message headers on top of a body part (Message)."""
    m = Message(policy=POL)
    for k, v in rows:
        if v is not None:
            m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # keep 8bit payloads byte-exact (get_payload() would decode them)
    return m


def serialize(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(m)
    data = buf.getvalue()
    # normalise every line ending to CRLF
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    # compat32 folds a long first token onto its own line ('Message-ID: CRLF <...>'); clients don't
    data = re.sub(rb"(?m)^([A-Za-z][A-Za-z0-9-]*): \r\n[ \t]+", rb"\1: ", data)
    return data


# Shared by several of the later generators: a Postfix bounce's fixed notice, a report PDF, a Gmail-style HTML
# part and the headers Outlook adds.
POSTFIX_NOTICE = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""


def rep_pdf(title, who, sections):
    lines = [title, who, "Voluntary GCM review - Regional Review of the GCM, Arab region 2021", ""]
    lines += ["%d. %s" % (k, s) for k, s in enumerate(sections, 1)]
    return make_pdf(lines)


def quote_block(text):
    """'>'-quote a block, as Gmail, Thunderbird and Apple Mail do."""
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def ack_id(tag):
    """The Message-ID our acknowledgement carried in the evaluation sets' threads."""
    return "<ack.%s@gcmrrarabstates.iom.int>" % tag


def logo(cid, rgb, name="image001.png"):
    """A signature's inline logo (24 x 12 pixels), referred to by its Content-ID."""
    return leaf("image/png", make_png(24, 12, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def outlook_html(text, lang="EN-US", img_cid=None, rtl=False):
    """An Outlook HTML body: one MsoNormal paragraph per paragraph of the text, the signature's logo after them."""
    d = ' dir="rtl"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(p).replace("\n", "<br>\n"))
                    for p in text.strip("\n").split("\n\n"))
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid) if img_cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="%s" link="#0563C1"%s><div class="WordSection1"%s>'
            '%s%s</div></body></html>\n' % (lang, d, d, paras, img))


def outlook_hdrs(topic, index, lang="en-US", has_attach="no"):
    return [("Thread-Topic", topic), ("Thread-Index", index), ("Content-Language", lang),
            ("X-MS-Has-Attach", has_attach), ("X-MS-TNEF-Correlator", "")]


def outlook_rows(topic, index, lang="en-US", has_attach="no"):
    return [("Thread-Topic", topic), ("Thread-Index", index), ("Content-Language", lang),
            ("X-MS-Has-Attach", has_attach), ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0")]


class EvalSet:
    """The messages of one set (holdout<number>), added in order, then written out with their labels."""

    def __init__(self, number):
        self.number = number
        self.out = os.path.join(HERE, "holdout%d" % number)
        self.messages = []

    def add(self, num, when, msg, label):
        fname = "h%d-%02d.eml" % (self.number, num)
        lab = {"file": fname, "received_at": when.isoformat()}
        lab.update(label)
        full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                        "speakers", "report_attachments", "thread_of", "notes"]}
        for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
            if full[k] is None and default is not None:
                full[k] = default
        self.messages.append((fname, serialize(msg), full))

    def write(self):
        """Replace the folder's messages and labels.json with the ones added, in order of arrival."""
        os.makedirs(self.out, exist_ok=True)
        for n in os.listdir(self.out):
            if n.endswith(".eml") or n == "labels.json":
                os.remove(os.path.join(self.out, n))
        labels = []
        prev = None
        for fname, data, lab in self.messages:
            assert len(data) < 1024 * 1024, fname
            with open(os.path.join(self.out, fname), "wb") as fh:
                fh.write(data)
            r = dt.datetime.fromisoformat(lab["received_at"])
            assert prev is None or r > prev, fname
            prev = r
            labels.append(lab)
        with open(os.path.join(self.out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote %d messages to %s" % (len(self.messages), self.out))


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


def std_rows(when, host, ip, qid, frm, subject, date, mid, to=BOX, extra=None, ret=None):
    rows = [("Return-Path", "<%s>" % ret if ret else None),
            ("Delivered-To", BOX),
            ("Received", received(when, host, ip, qid))]
    rows += list(extra or [])
    rows += [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", mid)]
    return rows

def exchange_ooo_rows(when, host, ip, qid, sender, mid, orig_subject, orig_id, ack, lang, delay):
    """The headers of an Exchange out-of-office answering our acknowledgement of a message (orig_subject, orig_id):
    a null Return-Path, Auto-Submitted, In-Reply-To and References to the acknowledgement and the message, and
    Exchange's own loop header naming the mailbox that answered. `delay` is sent_at's (hours, lag)."""
    subject = "Automatic reply: Acknowledgement of receipt - " + orig_subject
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack),
                   ("Thread-Topic", "Acknowledgement of receipt - " + orig_subject), ("Content-Language", lang),
                   ("X-MS-Exchange-Inbox-Rules-Loop", re.search(r"<([^>]+)>", sender).group(1))]



def mk(when, sent, host, ip, qid, frm, subject, mid, body, extra=None, ret=None, cc=None, to=BOX):
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent), mid, to=to, extra=extra, ret=ret)
    if cc:
        rows.insert([k for k, _ in rows].index("Subject"), ("Cc", cc))
    return top(body, rows)


def attach(ctype, data, fname, inline=False):
    """Attachment leaf; non-ASCII names as RFC 2231 (disposition) + RFC 2047 (name), as Outlook/Gmail do."""
    try:
        fname.encode("ascii")
        p = [("name", '"%s"' % fname)]
        d = '%s; filename="%s"' % ("inline" if inline else "attachment", fname)
    except UnicodeEncodeError:
        p = [("name", '"%s"' % b_word(fname))]
        d = "%s; filename*=%s" % ("inline" if inline else "attachment", rfc2231(fname))
    return leaf(ctype, data, cte="base64", params=p, disp=d)




def dsn_report(text, dsn, returned_headers, boundary):
    """A bounce's multipart/report (RFC 3464): the human notice, the delivery-status blocks (`dsn`, blank-line
    separated) and the returned message's headers, as Postfix writes them."""
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", returned_headers, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    return multi("report", [p1, p2, p3], boundary, params=[("report-type", "delivery-status")])
