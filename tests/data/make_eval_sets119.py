#!/usr/bin/env python3
"""Write the blind evaluation set holdout119 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets119.py
Theme: interim, acting and shared posts ('Acting', 'a.i.', 'ad interim', 'Deputy', 'Vice-', 'par interim',
Arabic bil-inaba / bil-wakala / na'ib), co-chairs and co-founders, speakers proposed by title only, titles that
change between two messages (Kuwait, Bahrain, Jordan, Lebanon, Tunisia, Algeria, Libya).
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import shutil
import zipfile
from email.charset import Charset, BASE64, QP
from email.header import Header
from mailgen import (HERE, BOX, BEIRUT, WD, MO, DOCX)

OUT = os.path.join(HERE, "holdout119")


def at(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIRUT)


def rfcdate(d, hours=2, minus_seconds=0, zone=None):
    d = (d - dt.timedelta(seconds=minus_seconds)).astimezone(dt.timezone(dt.timedelta(hours=hours)))
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                                   d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    return s + (" (%s)" % zone if zone else "")


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded header value (ASCII text returned unchanged)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if enc == "B" else QP
        return Header(text, cs).encode(maxlinelen=76)


def addr(name, mail, charset="utf-8", enc="B"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), mail)


# ------------------------------------------------------------------ MIME parts (bytes, LF; CRLF at the end)
def leaf(ctype, body, charset="utf-8", cte="quoted-printable", name=None, disp=None, extra=()):
    data = body.encode(charset) if isinstance(body, str) else body
    h = []
    if ctype.startswith("text/"):
        h.append('Content-Type: %s; charset="%s"' % (ctype, charset))
    elif name:
        h.append('Content-Type: %s;\n\tname="%s"' % (ctype, name))
    else:
        h.append("Content-Type: %s" % ctype)
    h.extend(extra)
    if disp:
        h.append("Content-Disposition: %s" % disp)
    h.append("Content-Transfer-Encoding: %s" % cte)
    if cte == "base64":
        payload = base64.encodebytes(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                                     if ctype.startswith("text/") else data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return "\n".join(h).encode("ascii") + b"\n\n" + payload


def multi(subtype, parts, boundary, extra_params=""):
    head = ('Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, extra_params, boundary)).encode()
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return head + b"\n\n" + body


def alt(plain, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", plain, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def html_of(text, font="Calibri"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                     .replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(paras)))


def html_rtl(text):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append('<div dir="rtl">' + block.replace("&", "&amp;").replace("<", "&lt;")
                     .replace(">", "&gt;").replace("\n", "<br>") + "</div><div dir=\"rtl\"><br></div>")
    return '<div dir="rtl">%s</div>\n' % "\n".join(paras)


# ------------------------------------------------------------------ attachments
def pdf_bytes(title, lines):
    text = "BT /F1 12 Tf 72 760 Td 16 TL (%s) Tj " % title
    for ln in lines:
        text += "T* (%s) Tj " % ln.replace("(", "[").replace(")", "]")
    text += "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20210210101500+02'00') >>"
        % title,
    ]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode()
    return out


def docx_bytes(paragraphs):
    buf = io.BytesIO()
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
         'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
         'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
         'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
         'openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p.replace("&", "&amp;").replace("<", "&lt;")
                   for p in paragraphs)
         + "</w:body></w:document>"),
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files:
            zi = zipfile.ZipInfo(n, date_time=(2021, 2, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()


PDF = "application/pdf"


def attach(ctype, data, fname, inline=False):
    """Attachment leaf; non-ASCII names as RFC 2231 (filename*) plus RFC 2047 name= (Outlook/Gmail style)."""
    try:
        fname.encode("ascii")
        nm = '"%s"' % fname
        disp = '%s;\n\tfilename="%s"' % ("inline" if inline else "attachment", fname)
        return leaf(ctype, data, cte="base64", name=fname, disp=disp)
    except UnicodeEncodeError:
        enc = ew(fname).replace("\n", "")
        from urllib.parse import quote
        disp = "attachment;\n\tfilename*=utf-8''%s" % quote(fname.encode("utf-8"))
        h = 'Content-Type: %s;\n\tname="%s"\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n' % (
            ctype, enc, disp)
        return h.encode("ascii") + b"\n" + base64.encodebytes(data)


# ------------------------------------------------------------------ message assembly
MESSAGES = []
LABELS = []


def received(host, ip, recv, sid):
    return ("Received: from %s (%s [%s])\n\tby mx1.iom.int (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (host, host, ip, sid, BOX, rfcdate(recv, 2, 0, "EET")))


def message(n, recv, headers, body, label):
    """headers: list of 'Name: value' strings (From, To, ... without Received); body: bytes incl. its
    Content-Type headers (a leaf or multi())."""
    fname = "h119-%02d.eml" % n
    head = "\n".join(headers)
    raw = head.encode("ascii") + b"\nMIME-Version: 1.0\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append((fname, raw))
    lab = {"file": fname, "received_at": recv.isoformat()}
    lab.update(label)
    LABELS.append(lab)
    return fname


def sp(name, title, aff, roles=(), rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": list(roles), "roundtable": rt}


def lab(cat, lang, ack, on_time, speakers=(), atts=(), thread=None, notes=""):
    return {"category": cat, "language": lang, "acknowledge": ack, "on_time": on_time,
            "speakers": list(speakers), "report_attachments": list(atts), "thread_of": thread, "notes": notes}


def ontime(cat, recv):
    s = recv <= at("2021-02-05 23:59:59")
    r = recv <= at("2021-02-16 23:59:59")
    return {"speaker_request": s, "voluntary_report": r, "both": s and r}.get(cat)


def build():
    # ---------------------------------------------------------------- 01 en speaker, Acting Executive Director
    r = at("2021-02-01 10:14:22")
    plain = """Dear GCM Regional Review team,

Further to your kind invitation dated 26 January, the Kuwait Society for Migrant Workers' Welfare (KSMWW) wishes to request a speaking slot in the plenary session on 24 or 25 February.

We propose that Ms. Hessa Al-Mutairi, our Acting Executive Director, delivers the intervention. Ms. Al-Mutairi has been leading the Society since October and oversees our shelter and legal aid programmes for domestic workers.

She can speak in English or Arabic, whichever suits the session.

Kindly confirm receipt.

Best regards,

Bader Al-Enezi
Communications Officer
Kuwait Society for Migrant Workers' Welfare (KSMWW)
Tel: +965 2224 0000 | Kuwait City
"""
    body = alt(plain, html_of(plain), "_000_AM6PR0602MB34211C9E01A_")
    message(1, r, [
        received("mail.ksmww.example.org", "198.51.100.21", r, "4DTq1x0Kz9z1"),
        "From: Bader Al-Enezi <b.alenezi@ksmww.example.org>",
        "To: \"gcmrrarabstates@iom.int\" <gcmrrarabstates@iom.int>",
        "Subject: Request for speaking slot - Plenary - KSMWW",
        "Thread-Topic: Request for speaking slot - Plenary - KSMWW",
        "Thread-Index: AdbwKQ2sPNDvW5BnRteDm1u8k2q4Zg==",
        "Date: " + rfcdate(r, 3, 3),
        "Message-ID: <AM6PR0602MB34211C9E01A4F2B7A1B3D5C2E9F10@AM6PR0602MB3421.eurprd06.prod.outlook.com>",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
    ], body, lab("speaker_request", "en", True, True,
                 [sp("Hessa Al-Mutairi", "Acting Executive Director",
                     "Kuwait Society for Migrant Workers' Welfare (KSMWW)", ["plenary"])],
                 notes="sender (communications officer, own title in signature) is not the speaker; the title keeps "
                       "'Acting'; 'Ms.' is not part of the name."))

    # ---------------------------------------------------------------- 02 ar speaker, bil-inaba, Gmail base64
    r = at("2021-02-02 13:05:10")
    plain = """السادة القائمين على المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،
تحية طيبة وبعد،

يسرّ مركز الأفق للمساعدة القانونية والدعم (عمّان) أن يطلب المشاركة بمداخلة في الطاولة المستديرة الثالثة، وذلك وفق البيانات التالية:

الاسم: عمر يوسف الخطيب
الصفة: المدير التنفيذي بالإنابة
الجهة: مركز الأفق للمساعدة القانونية والدعم

علماً بأن الأستاذ عمر يتولى إدارة المركز بالإنابة منذ مطلع هذا العام، وسنعلمكم في حال حدوث أي تغيير.

مع فائق الاحترام،
لينا العمري
منسقة البرامج
"""
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"),
                                 leaf("text/html", html_rtl(plain), cte="base64")], "000000000000a1b2c305ba4c9d21")
    message(2, r, [
        received("mail-wr1-f54.google.com", "209.85.221.54", r, "4DVKs22mQPz1x"),
        "From: " + addr("لينا العمري", "lina.omari.ofuq@gmail.com"),
        "Date: " + rfcdate(r, 2, 4),
        "Message-ID: <CAJq7vQ1mZk2xN0Y9f3hTbL5wR8eKdP2sA4uGcV6nH0oE1iJ7Xg@mail.gmail.com>",
        "Subject: " + ew("طلب مداخلة - الطاولة المستديرة الثالثة"),
        "To: " + BOX,
    ], body, lab("speaker_request", "ar", True, True,
                 [sp("عمر يوسف الخطيب", "المدير التنفيذي بالإنابة", "مركز الأفق للمساعدة القانونية والدعم",
                     ["roundtable"], 3)],
                 notes="labelled Arabic lines; title 'المدير التنفيذي بالإنابة' (acting) must keep 'بالإنابة'; "
                       "roundtable as an ordinal word; sender (programme coordinator) is not the speaker; "
                       "base64 Gmail parts."))

    # ---------------------------------------------------------------- 03 fr speaker, Directrice par interim
    r = at("2021-02-01 16:40:03")
    plain = """Bonjour,

Suite à votre lettre d'invitation, l'Observatoire Tunisien des Mobilités (OTM) souhaiterait prendre la parole lors de la table ronde thématique n°2.

Notre intervenante sera Mme Sonia Ben Romdhane, Directrice par intérim de l'OTM depuis le départ de notre directeur en décembre. Elle souhaite également participer à la discussion ouverte de la consultation du 23 février si c'est possible.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

--
Mehdi Trabelsi
Chargé de plaidoyer
Observatoire Tunisien des Mobilités (OTM)
Rue du Lac Biwa, Les Berges du Lac, Tunis
"""
    body = leaf("text/plain", plain, cte="8bit")
    body = body.replace(b'charset="utf-8"', b'charset=UTF-8; format=flowed')
    message(3, r, [
        received("smtp.otm-tunisie.example.org", "198.51.100.33", r, "4DTzQ81LwJz2"),
        "To: " + BOX,
        "From: Mehdi Trabelsi <m.trabelsi@otm-tunisie.example.org>",
        "Subject: " + ew("Demande de prise de parole - Table ronde n°2 - OTM", "utf-8", "Q"),
        "Message-ID: <5c1e0a7d-3b2f-4e19-9a8c-7d2e61f0b4a3@otm-tunisie.example.org>",
        "Date: " + rfcdate(r, 1, 2),
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
        "Content-Language: fr",
    ], body, lab("speaker_request", "fr", True, True,
                 [sp("Sonia Ben Romdhane", "Directrice par intérim", "Observatoire Tunisien des Mobilités (OTM)",
                     ["roundtable", "open_discussion"], 2)],
                 notes="speaker in prose ('Mme', not part of the name); title 'Directrice par intérim'; two roles "
                       "(roundtable n°2 and the open discussion); Thunderbird format=flowed 8bit. The title changes "
                       "in the follow-up h119-16."))

    # ---------------------------------------------------------------- 04 en other, speaker not named yet
    r = at("2021-01-29 11:20:45")
    plain = """Dear colleagues,

Thank you for the invitation to the Regional Review. The Beirut Centre for Migrant Rights (BCMR) would very much like to take the floor at Roundtable 1.

Our Director will confirm the name of the speaker next week - we are in the middle of a leadership transition and the board meets on Wednesday. I will write again as soon as we know who it will be.

Could you also let us know if the roundtables will have Arabic-English interpretation?

Many thanks,
Joelle

--
Joelle Haddad
Programme Manager
Beirut Centre for Migrant Rights (BCMR)
Mar Mikhael, Beirut
"""
    body = alt(plain, html_of(plain, "Arial"), "000000000000f3e8d105b9f0aa77")
    m04 = message(4, r, [
        received("mail-ej1-f43.google.com", "209.85.218.43", r, "4DRm7f0cT2z3"),
        "From: Joelle Haddad <joelle.haddad.bcmr@gmail.com>",
        "Date: " + rfcdate(r, 2, 3),
        "Message-ID: <CAHx9w2LpQ3r7FzT0vBd8nJ1kYe5mS4aU6oWcGi2xRt9hVf1Lq@mail.gmail.com>",
        "Subject: BCMR - speaking slot at Roundtable 1 (speaker name to follow)",
        "To: " + BOX,
    ], body, lab("other", "en", True, None, [],
                 notes="asks for a roundtable slot but names no person yet ('Our Director will confirm the name "
                       "next week'): no speaker can be recorded, so not a speaker_request yet; also a logistics "
                       "question (interpretation). Completed by the reply h119-05."))

    # ---------------------------------------------------------------- 05 en speaker, follow-up naming a.i. director
    r = at("2021-02-05 23:56:41")
    plain = """Dear all,

Apologies for the delay, as promised here is our speaker for Roundtable 1:

Karim Nassar, Director a.i., Beirut Centre for Migrant Rights (BCMR)

Karim was appointed Director ad interim by the board this week. His bio will follow on Monday.

Best,
Joelle

On Fri, Jan 29, 2021 at 11:20 AM Joelle Haddad <joelle.haddad.bcmr@gmail.com> wrote:
> Dear colleagues,
>
> Thank you for the invitation to the Regional Review. The Beirut Centre for
> Migrant Rights (BCMR) would very much like to take the floor at Roundtable 1.
>
> Our Director will confirm the name of the speaker next week - we are in the
> middle of a leadership transition and the board meets on Wednesday. I will
> write again as soon as we know who it will be.
>
> Could you also let us know if the roundtables will have Arabic-English
> interpretation?
>
> Many thanks,
> Joelle
>
> --
> Joelle Haddad
> Programme Manager
> Beirut Centre for Migrant Rights (BCMR)
> Mar Mikhael, Beirut
"""
    body = alt(plain, html_of(plain, "Arial"), "0000000000004c2a7e05baa0c1d3")
    message(5, r, [
        received("mail-wm1-f47.google.com", "209.85.128.47", r, "4DXWl10b3Kz7"),
        "From: Joelle Haddad <joelle.haddad.bcmr@gmail.com>",
        "Date: " + rfcdate(r, 1, 3),
        "Message-ID: <CAHx9w2Jr0kT5uYb3QeN7mD2pHs8fWc4vLa1ZoX6gEi9tRn3Bw@mail.gmail.com>",
        "In-Reply-To: <CAHx9w2LpQ3r7FzT0vBd8nJ1kYe5mS4aU6oWcGi2xRt9hVf1Lq@mail.gmail.com>",
        "References: <CAHx9w2LpQ3r7FzT0vBd8nJ1kYe5mS4aU6oWcGi2xRt9hVf1Lq@mail.gmail.com>",
        "Subject: Re: BCMR - speaking slot at Roundtable 1 (speaker name to follow)",
        "To: " + BOX,
    ], body, lab("speaker_request", "en", True, True,
                 [sp("Karim Nassar", "Director a.i.", "Beirut Centre for Migrant Rights (BCMR)",
                     ["roundtable"], 1)],
                 thread=m04,
                 notes="completes h119-04 with the name; deadline edge: received 23:56:41 Beirut on 5 Feb, Date "
                       "header 22:56 +0100 (sender in Europe): on time. Title 'Director a.i.' (body also says 'ad "
                       "interim'); the quoted original still says 'Our Director' without a name."))

    # ---------------------------------------------------------------- 06 ar speaker, two co-chairs, Gulf, iPhone
    r = at("2021-02-03 20:11:09")
    plain = """السلام عليكم ورحمة الله

حياكم الله، بخصوص الدعوة للمراجعة الإقليمية، حابين نرشح الرئيسين المشاركين لشبكة البحرين لحماية العمالة المنزلية عشان يشاركون مع بعض في الجلسة العامة:

- الأستاذة نورة الدوسري – الرئيسة المشاركة
- الأستاذ جاسم العلوي – الرئيس المشارك

إذا ما يصير اثنين في نفس الجلسة خبرونا وبنختار واحد منهم.

وشكراً
عبدالله

Sent from my iPhone"""
    body = leaf("text/plain", plain, cte="quoted-printable")
    message(6, r, [
        received("mail.batelco-nw.example.net", "198.51.100.61", r, "4DWGf03Y1sz4"),
        "Content-Transfer-Encoding: quoted-printable",
        "From: " + addr("Abdulla Saleh", "abdulla.saleh@bnpdw.example.org"),
        "Date: " + rfcdate(r, 3, 6),
        "Subject: " + ew("ترشيح الرئيسين المشاركين للجلسة العامة"),
        "Message-Id: <A3F1C9D2-7B4E-4E8A-9C61-2D5F0E8B7A11@bnpdw.example.org>",
        "To: " + BOX,
        "X-Mailer: iPhone Mail (18C66)",
    ], body.split(b"\n", 0)[0].replace(b"Content-Transfer-Encoding: quoted-printable\n", b""),
        lab("speaker_request", "ar", True, True,
            [sp("نورة الدوسري", "الرئيسة المشاركة", "شبكة البحرين لحماية العمالة المنزلية", ["plenary"]),
             sp("جاسم العلوي", "الرئيس المشارك", "شبكة البحرين لحماية العمالة المنزلية", ["plenary"])],
            notes="two co-chairs proposed together (Gulf colloquial, iPhone); 'الأستاذة/الأستاذ' are honorifics; "
                  "affiliation only in the sentence introducing them ('الرئيسين المشاركين لشبكة ...'); the sender "
                  "offers to pick one if two are too many: both are proposed."))

    # ---------------------------------------------------------------- 07 ar speaker, Libya, abbreviation م.ع in signature
    r = at("2021-02-04 09:32:51")
    plain = """السلام عليكم

نحب نأكدولكم انه المنظمة الليبية للهجرة الآمنة تبي تشارك بمداخلة في الطاولة المستديرة الرابعة (الهجرة والعودة وإعادة الإدماج). المداخلة حنقدمها أنا شخصياً.

بالتوفيق للجميع

م.ع / صالح بوزيد
المنظمة الليبية للهجرة الآمنة - بنغازي
هاتف: +218 91 000 0000
"""
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"),
                                 leaf("text/html", html_rtl(plain), cte="base64")], "00000000000077d5e905ba7b3c10")
    message(7, r, [
        received("mail-pj1-f52.google.com", "209.85.216.52", r, "4DWvb44Jk1z9"),
        "From: " + addr("صالح بوزيد", "saleh.bouzid.lsmo@gmail.com"),
        "Date: " + rfcdate(r, 2, 2),
        "Message-ID: <CAKp1sX8QnR2vT6mW0zJ4bY7cLf3hE9dG5aUoP1iNk8eSr2Mw@mail.gmail.com>",
        "Subject: " + ew("مداخلة - الطاولة الرابعة"),
        "To: " + BOX,
    ], body, lab("speaker_request", "ar", True, True,
                 [sp("صالح بوزيد", "م.ع", "المنظمة الليبية للهجرة الآمنة", ["roundtable"], 4)],
                 notes="Libyan colloquial; the sender is the speaker ('حنقدمها أنا شخصياً') and his name and title "
                       "appear only in the signature, title as the abbreviation 'م.ع' (مدير عام) before a slash; "
                       "roundtable as the ordinal word 'الرابعة'."))

    # ---------------------------------------------------------------- 08 fr both, Algeria, Vice-presidente, DOCX
    r = at("2021-02-05 21:14:30")
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Algérienne pour la Protection des Migrants (AAPM) sur la mise en oeuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Algérie.

Par la même occasion, nous souhaitons proposer notre Vice-présidente, Mme Amel Khelifi, comme rapporteuse chargée de présenter les messages clés des parties prenantes. Mme Khelifi assure également la présidence par intérim de l'association depuis janvier.

Avec nos salutations distinguées,

Rachid Benali
Secrétaire général
AAPM - Oran
"""
    rep = docx_bytes(["Association Algérienne pour la Protection des Migrants (AAPM)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "1. Contexte", "2. Progrès et défis (objectifs 7, 15 et 21)", "3. Recommandations"])
    body = multi("mixed", [alt(plain, html_of(plain), "----=_NextPart_001_0012_01D6FBF2.5C1A3B40",
                               cte="quoted-printable"),
                           attach(DOCX, rep, "Rapport_AAPM_PMM_2021.docx")],
                 "----=_NextPart_000_0011_01D6FBF2.5C1A3B40")
    m08 = message(8, r, [
        received("smtp.aapm-dz.example.org", "198.51.100.82", r, "4DXSd27Hx2z5"),
        "From: " + addr("Rachid Benali", "sg@aapm-dz.example.org"),
        "To: <%s>" % BOX,
        "Subject: " + ew("Rapport volontaire AAPM + proposition de rapporteuse", "iso-8859-1", "Q"),
        "Date: " + rfcdate(r, 1, 5),
        "Message-ID: <001101d6fbf2$5c1a3b40$144eb1c0$@aapm-dz.example.org>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AQHW+/JcGjtA1E6xwDCf8r2mQkLp3A==",
        "Content-Language: fr",
    ], body, lab("both", "fr", True, True,
                 [sp("Amel Khelifi", "Vice-présidente",
                     "Association Algérienne pour la Protection des Migrants (AAPM)", ["rapporteur"])],
                 ["Rapport_AAPM_PMM_2021.docx"],
                 notes="both, on time (21:14 Beirut on 5 Feb); the speaker is the 'Vice-présidente' who is also "
                       "interim president (title as proposed: Vice-présidente); the sender signs as Secrétaire "
                       "général but is not a speaker; 'rapporteuse' = rapporteur role."))

    # ---------------------------------------------------------------- 09 en both, Jordan, ED abbreviation, PDF
    r = at("2021-02-04 15:48:02")
    plain = """Hi,

pls find attached JLWC's voluntary GCM review report (individual submission).

we would also like to request a floor intervention for our ED, Dana Haddad, in the plenary. Dana is acting in the role until the board appoints a permanent ED in March, so her title for the programme can just be ED.

thanks!
Sami

Sami Qudah | Research Lead
Jordan Labour Watch Collective (JLWC)
Amman
"""
    rep = pdf_bytes("JLWC Voluntary GCM Review Report 2021",
                    ["Jordan Labour Watch Collective", "Objectives 6, 16 and 22", "Submitted February 2021"])
    body = multi("mixed", [alt(plain, html_of(plain, "Helvetica"), "Apple-Mail=_1D2E3F40-5A6B-4C7D-8E9F-A0B1C2D3E4F5"),
                           attach(PDF, rep, "JLWC_GCM_voluntary_review_2021.pdf")],
                 "Apple-Mail=_0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D")
    m09 = message(9, r, [
        received("mail.jlwc.example.org", "198.51.100.90", r, "4DWzK52Vb8z6"),
        "From: Sami Qudah <sami@jlwc.example.org>",
        "Subject: JLWC report + speaker",
        "Date: " + rfcdate(r, 2, 2),
        "Message-Id: <6E2B1F3A-9C4D-4F10-8A7B-5D3C2E1F0A9B@jlwc.example.org>",
        "To: " + BOX,
        "X-Mailer: Apple Mail (2.3608.120.23.2.4)",
    ], body, lab("both", "en", True, True,
                 [sp("Dana Haddad", "ED", "Jordan Labour Watch Collective (JLWC)", ["plenary"])],
                 ["JLWC_GCM_voluntary_review_2021.pdf"],
                 notes="title only as the abbreviation 'ED', and the sender explicitly asks to keep 'ED' although "
                       "she is acting; informal lower-case Apple Mail; both parts on time. A revised report "
                       "follows in h119-15."))

    # ---------------------------------------------------------------- 10 fr speaker, Lebanon, HTML-only table
    r = at("2021-02-02 09:03:17")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,sans-serif;font-size:12pt;color:#000000">
<p>Bonjour Madame, Monsieur,</p>
<p>Le Mouvement Libanais pour les Travailleurs Migrants (MLTM) serait honor&eacute; de participer &agrave; la Revue r&eacute;gionale. Vous trouverez ci-dessous nos deux intervenants propos&eacute;s&nbsp;:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Nom</th><th>Fonction</th><th>Organisation</th><th>Session souhait&eacute;e</th></tr>
<tr><td>M. Georges Khoury</td><td>Vice-Pr&eacute;sident</td><td>MLTM</td><td>S&eacute;ance pl&eacute;ni&egrave;re</td></tr>
<tr><td>Mme Nada Saliba</td><td>co-fondatrice et Directrice adjointe</td><td>MLTM</td><td>Table ronde 2 (sinon 3)</td></tr>
</table>
<p>Ya3tikon el 3afye pour l'organisation, et n'h&eacute;sitez pas &agrave; revenir vers nous.</p>
<p>Cordialement,<br>
Rita Mouawad<br>
Assistante de direction - MLTM<br>
Jdeideh, Metn - Liban</p>
</div></body></html>
"""
    body = leaf("text/html", html, cte="quoted-printable")
    message(10, r, [
        received("mail-eopbgr80093.outbound.protection.outlook.com", "40.107.8.93", r, "4DVCx63Nq9z8"),
        "From: Rita Mouawad <rita.mouawad@outlook.com>",
        "To: \"gcmrrarabstates@iom.int\" <%s>" % BOX,
        "Subject: " + ew("Participation MLTM - Revue régionale PMM", "utf-8", "Q"),
        "Thread-Topic: Participation MLTM - Revue regionale PMM",
        "Thread-Index: AQHW+TmPq3c2tHwP0Eal1nXyZrT8Dw==",
        "Date: " + rfcdate(r, 2, 4),
        "Message-ID: <VI1PR07MB5822E4A1B2C3D4E5F6A7B8C9D0E1F@VI1PR07MB5822.eurprd07.prod.outlook.com>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
    ], body, lab("speaker_request", "fr", True, True,
                 [sp("Georges Khoury", "Vice-Président", "Mouvement Libanais pour les Travailleurs Migrants (MLTM)",
                     ["plenary"]),
                  sp("Nada Saliba", "co-fondatrice et Directrice adjointe",
                     "Mouvement Libanais pour les Travailleurs Migrants (MLTM)", ["roundtable"], 2)],
                 notes="HTML-only (Outlook.com) with the two speakers in a table; the table gives only the acronym "
                       "MLTM, the full name is in the prose; second speaker has a shared title 'co-fondatrice et "
                       "Directrice adjointe'; roundtable first choice 2 ('sinon 3'); Levantine Arabizi line."))

    # ---------------------------------------------------------------- 11 ar report, Kuwait, edge before 16 Feb
    r = at("2021-02-16 23:57:12")
    plain = """السادة الأعزاء في أمانة المراجعة الإقليمية،

مرفق لكم التقرير الطوعي الجماعي المقدم من ائتلاف الكويت للمجتمع المدني بشأن الهجرة، والذي شاركت في إعداده سبع جمعيات أعضاء في الائتلاف.

نعتذر عن التأخر في الإرسال حتى اللحظات الأخيرة، فقد اعتمدت الهيئة الإدارية النسخة النهائية مساء اليوم.

وتفضلوا بقبول فائق الاحترام والتقدير،

فيصل الرشيدي
نائب رئيس الائتلاف
ائتلاف الكويت للمجتمع المدني بشأن الهجرة
"""
    rep = pdf_bytes("Kuwait Civil Society Coalition on Migration - Collective Voluntary GCM Report",
                    ["7 member associations", "Kuwait, February 2021"])
    fn11 = "التقرير الطوعي الجماعي - ائتلاف الكويت.pdf"
    body = multi("mixed", [alt(plain, html_rtl(plain), "_000_DB7PR08MB3003A1B2C3D4E5F6_"),
                           attach(PDF, rep, fn11)], "_004_DB7PR08MB3003A1B2C3D4E5F6_")
    message(11, r, [
        received("mail-db8eur05on2071.outbound.protection.outlook.com", "40.107.20.71", r, "4Dg9tY0m3Qz1"),
        "From: " + addr("فيصل الرشيدي", "f.alrashidi@kcscm.example.org"),
        "To: \"gcmrrarabstates@iom.int\" <%s>" % BOX,
        "Subject: " + ew("التقرير الطوعي الجماعي - ائتلاف الكويت"),
        "Date: " + rfcdate(r, 3, 5),
        "Message-ID: <DB7PR08MB3003A1B2C3D4E5F6A7B8C9D0E1F2@DB7PR08MB3003.eurprd08.prod.outlook.com>",
        "Accept-Language: ar-KW, en-US",
        "Content-Language: ar-KW",
        "X-MS-Has-Attach: yes",
    ], body, lab("voluntary_report", "ar", True, True, [], [fn11],
                 notes="deadline edge: received 23:57:12 Beirut on 16 Feb while the Date header already says "
                       "Wed 17 Feb 00:57 +0300 (Kuwait): on time; collective report; Arabic PDF name in RFC 2231 "
                       "(filename*) and RFC 2047 (name=); signer is 'نائب رئيس' but proposes no speaker."))

    # ---------------------------------------------------------------- 12 en report, Bahrain, late edge from London
    r = at("2021-02-17 00:03:20")
    plain = """Dear GCM Regional Review Secretariat,

On behalf of the Bahrain Migrant Justice Initiative, please find attached our voluntary review report on the implementation of the Global Compact for Migration in Bahrain, submitted today, 16 February, in line with the extended deadline.

I am currently in London, hence the late hour on my side. Our Acting Chair, who signed off on the report, sends her regards.

Kind regards,

Yusuf Jaffar
Deputy Director
Bahrain Migrant Justice Initiative (BMJI)
"""
    rep = docx_bytes(["Bahrain Migrant Justice Initiative (BMJI)", "Voluntary GCM Review Report",
                      "Findings on objectives 5, 6 and 13", "Annex: methodology"])
    body = multi("mixed", [alt(plain, html_of(plain), "_000_LO2P265MB3117C0F1E2D3A4B5_"),
                           attach(DOCX, rep, "BMJI GCM Voluntary Review - Feb 2021.docx")],
                 "_004_LO2P265MB3117C0F1E2D3A4B5_")
    message(12, r, [
        received("mail-lo2gbr01on0112.outbound.protection.outlook.com", "104.47.21.112", r, "4DgB1Z5s0Wz3"),
        "From: Yusuf Jaffar <y.jaffar@bmji.example.org>",
        "To: \"gcmrrarabstates@iom.int\" <%s>" % BOX,
        "Subject: BMJI - Voluntary GCM Review Report",
        "Date: " + rfcdate(r, 0, 4),
        "Message-ID: <LO2P265MB3117C0F1E2D3A4B5C6D7E8F9A0B1@LO2P265MB3117.GBRP265.PROD.OUTLOOK.COM>",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: yes",
    ], body, lab("voluntary_report", "en", True, False, [], ["BMJI GCM Voluntary Review - Feb 2021.docx"],
                 notes="late edge: Date header Tue 16 Feb 22:03 +0000 and the body says 'submitted today, 16 "
                       "February', but received 00:03:20 on 17 Feb Beirut time; 'Deputy Director' signature and "
                       "'Acting Chair' mention are not a speaker request."))

    # ---------------------------------------------------------------- 13 fr report, Tunisia, ad interim signer
    r = at("2021-02-12 14:22:00")
    plain = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire collectif de la Coordination Tunisienne Migrations et Droits (CTMD), élaboré avec quatre associations membres (Sfax, Médenine, Gabès et Tunis).

N'hésitez pas à nous contacter pour toute question.

Cordialement,

Hatem Jaziri
Secrétaire général ad interim
Coordination Tunisienne Migrations et Droits (CTMD)
"""
    rep = pdf_bytes("CTMD - Rapport volontaire collectif PMM 2021",
                    ["Coordination Tunisienne Migrations et Droits", "Tunis, fevrier 2021"])
    body = multi("mixed", [leaf("text/plain", plain, cte="8bit"),
                           attach(PDF, rep, "CTMD_rapport_volontaire_PMM.pdf")],
                 "------------8C2E4A1F0B3D5E7A9C1B2D4F")
    message(13, r, [
        received("smtp.ctmd-tn.example.org", "198.51.100.13", r, "4DcQ3n1Rk7z4"),
        "To: " + BOX,
        "From: Hatem Jaziri <h.jaziri@ctmd-tn.example.org>",
        "Subject: Rapport volontaire collectif - CTMD",
        "Message-ID: <b7d4e2a9-1c3f-4a5e-8b6d-0f2e9c7a1d34@ctmd-tn.example.org>",
        "Date: " + rfcdate(r, 1, 3),
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1",
        "Content-Language: fr",
    ], body, lab("voluntary_report", "fr", True, True, [], ["CTMD_rapport_volontaire_PMM.pdf"],
                 notes="plain collective report; the signer's interim title ('Secrétaire général ad interim') is "
                       "not a speaker proposal."))

    # ---------------------------------------------------------------- 14 ar report in body, Jordan
    r = at("2021-02-10 12:01:33")
    plain = """تحية طيبة،

نرجو التكرم باعتماد النص التالي كتقرير طوعي مقدم من جمعية سنابل لدعم العمال المهاجرين في الأردن، إذ تعذّر علينا إرفاقه كملف بسبب مشكلة في البريد:

التقرير الطوعي لمراجعة الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – الأردن

أولاً: المقدمة
تعمل الجمعية منذ عام 2012 مع العمال المهاجرين في قطاعي الزراعة والعمل المنزلي في المفرق وإربد وعمّان.

ثانياً: التقدم المحرز
- تسهيل إجراءات تصاريح العمل خلال عام 2020 (الهدف 6).
- حملات توعية حول الحماية من الاتجار بالبشر (الهدف 10).

ثالثاً: التحديات
- فقدان كثير من العمال لوظائفهم خلال الجائحة وتراكم غرامات الإقامة.
- ضعف الوصول إلى العدالة وخدمات الترجمة.

رابعاً: التوصيات
- إعفاء العمال من غرامات تجاوز الإقامة.
- إشراك منظمات المجتمع المدني في متابعة تنفيذ الاتفاق.

مع الشكر،
رنا الزعبي
نائب المدير
جمعية سنابل لدعم العمال المهاجرين
"""
    body = multi("alternative", [leaf("text/plain", plain, "windows-1256", "quoted-printable"),
                                 leaf("text/html", '<html><body dir="rtl">' + html_rtl(plain) + "</body></html>",
                                      "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0045_01D6FF8A.3E2C1B00")
    message(14, r, [
        received("mail.sanabel-jo.example.org", "198.51.100.14", r, "4DbG0p2Tt5z2"),
        "From: " + addr("رنا الزعبي", "rana.zoubi@sanabel-jo.example.org", "windows-1256", "B"),
        "To: <%s>" % BOX,
        "Subject: " + ew("التقرير الطوعي - جمعية سنابل", "windows-1256", "B"),
        "Date: " + rfcdate(r, 2, 6),
        "Message-ID: <004501d6ff8a$3e2c1b00$ba845100$@sanabel-jo.example.org>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: ar-jo",
    ], body, lab("voluntary_report", "ar", True, True, [], [],
                 notes="report pasted in the body (no attachment); windows-1256 quoted-printable; signer 'نائب "
                       "المدير' (deputy) is not proposed as a speaker."))

    # ---------------------------------------------------------------- 15 en report revision of 09
    r = at("2021-02-15 18:30:44")
    plain = """Hi again,

attached is a revised version of our report (v2) - we corrected the figures in section 3 and added the annex on recruitment fees. please replace the version I sent on 4 Feb.

small update as well: Dana is no longer acting, the board confirmed her as Executive Director last week. the speaker request stays as it is.

thanks
Sami

> On 4 Feb 2021, at 15:48, Sami Qudah <sami@jlwc.example.org> wrote:
>
> Hi,
>
> pls find attached JLWC's voluntary GCM review report (individual submission).
>
> we would also like to request a floor intervention for our ED, Dana Haddad, in the plenary. Dana is acting in the role until the board appoints a permanent ED in March, so her title for the programme can just be ED.
>
> thanks!
> Sami
>
> Sami Qudah | Research Lead
> Jordan Labour Watch Collective (JLWC)
> Amman
"""
    rep = pdf_bytes("JLWC Voluntary GCM Review Report 2021 - v2",
                    ["Jordan Labour Watch Collective", "Revised 15 February 2021", "Annex: recruitment fees"])
    body = multi("mixed", [leaf("text/plain", plain, cte="quoted-printable"),
                           attach(PDF, rep, "JLWC_GCM_voluntary_review_2021_v2.pdf")],
                 "Apple-Mail=_7F6E5D4C-3B2A-4190-8F7E-6D5C4B3A2910")
    message(15, r, [
        received("mail.jlwc.example.org", "198.51.100.90", r, "4DfT8m3Wq1z6"),
        "From: Sami Qudah <sami@jlwc.example.org>",
        "Subject: Re: JLWC report + speaker",
        "Date: " + rfcdate(r, 2, 2),
        "Message-Id: <9A8B7C6D-5E4F-4321-9ABC-DEF012345678@jlwc.example.org>",
        "In-Reply-To: <6E2B1F3A-9C4D-4F10-8A7B-5D3C2E1F0A9B@jlwc.example.org>",
        "References: <6E2B1F3A-9C4D-4F10-8A7B-5D3C2E1F0A9B@jlwc.example.org>",
        "To: " + BOX,
        "X-Mailer: Apple Mail (2.3608.120.23.2.4)",
    ], body, lab("voluntary_report", "en", True, True, [], ["JLWC_GCM_voluntary_review_2021_v2.pdf"],
                 thread=m09,
                 notes="revised report (v2) replacing the one of h119-09; also reports that the speaker's title "
                       "changed (now 'Executive Director', no longer acting) but says the speaker request 'stays "
                       "as it is' (no new request, and after the speaker deadline): category voluntary_report; "
                       "the quoted original still contains the speaker request."))

    # ---------------------------------------------------------------- 16 fr speaker update of 03 (title changed)
    r = at("2021-02-05 10:12:08")
    plain = """Bonjour,

Petite mise à jour concernant notre demande du 1er février : Mme Sonia Ben Romdhane a été confirmée hier par le conseil d'administration. Son titre n'est donc plus « Directrice par intérim » mais Directrice exécutive de l'Observatoire Tunisien des Mobilités (OTM). Merci d'en tenir compte pour le programme.

La demande reste la même (table ronde n°2 et discussion ouverte du 23 février).

Bien cordialement,

--
Mehdi Trabelsi
Chargé de plaidoyer
Observatoire Tunisien des Mobilités (OTM)

Le 01/02/2021 à 15:40, Mehdi Trabelsi a écrit :
> Bonjour,
>
> Suite à votre lettre d'invitation, l'Observatoire Tunisien des Mobilités
> (OTM) souhaiterait prendre la parole lors de la table ronde thématique n°2.
>
> Notre intervenante sera Mme Sonia Ben Romdhane, Directrice par intérim de
> l'OTM depuis le départ de notre directeur en décembre. Elle souhaite
> également participer à la discussion ouverte de la consultation du 23
> février si c'est possible.
>
> Nous restons à votre disposition pour tout complément d'information.
>
> Bien cordialement,
"""
    body = leaf("text/plain", plain, cte="8bit")
    body = body.replace(b'charset="utf-8"', b"charset=UTF-8; format=flowed")
    m16 = message(16, r, [
        received("smtp.otm-tunisie.example.org", "198.51.100.33", r, "4DXB9c2Fm0z2"),
        "Subject: " + ew("Re: Demande de prise de parole - Table ronde n°2 - OTM", "utf-8", "Q"),
        "To: " + BOX,
        "References: <5c1e0a7d-3b2f-4e19-9a8c-7d2e61f0b4a3@otm-tunisie.example.org>",
        "From: Mehdi Trabelsi <m.trabelsi@otm-tunisie.example.org>",
        "Message-ID: <e2a9f4c1-6d8b-4b3e-a1c7-90d5f3e2b816@otm-tunisie.example.org>",
        "Date: " + rfcdate(r, 1, 2),
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0",
        "In-Reply-To: <5c1e0a7d-3b2f-4e19-9a8c-7d2e61f0b4a3@otm-tunisie.example.org>",
        "Content-Language: fr",
    ], body, lab("speaker_request", "fr", True, True,
                 [sp("Sonia Ben Romdhane", "Directrice exécutive", "Observatoire Tunisien des Mobilités (OTM)",
                     ["roundtable", "open_discussion"], 2)],
                 thread="h119-03.eml",
                 notes="title changed between two messages: the update replaces 'Directrice par intérim' (still in "
                       "the quote and mentioned in the body) by 'Directrice exécutive'; roles restated in the "
                       "body; Thunderbird '>' quoting."))

    # ---------------------------------------------------------------- 17 ar other, Algeria darija question
    r = at("2021-02-08 17:45:00")
    plain = """السلام عليكم

عندي سؤال صغير: رئيس الجمعية تاعنا راهو مريض وما يقدرش يحضر، نائب الرئيس يقدر يشارك في بلاصتو في المؤتمر يوم ٢٤ ولا لازم نبعثولكم طلب جديد؟ وزيد واش كاين ترجمة للفرنسية في الجلسات؟

شكرا بزاف
كريمة
جمعية الهجرة والتضامن - وهران
"""
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"),
                                 leaf("text/html", html_rtl(plain), cte="base64")], "000000000000c9b8a705bad2e611")
    message(17, r, [
        received("mail-ot1-f41.google.com", "209.85.210.41", r, "4DZ3w06Rt4z5"),
        "From: " + addr("Karima B.", "karima.b.oran@gmail.com"),
        "Date: " + rfcdate(r, 1, 3),
        "Message-ID: <CAMz3yF5tK0pW8rN2dQ7hJ4vS1bX9cL6eA3uGoY0iZk5mTr8Pq@mail.gmail.com>",
        "Subject: " + ew("سؤال على المشاركة"),
        "To: " + BOX,
    ], body, lab("other", "ar", True, None, [],
                 notes="Algerian darija question: can the vice-president replace the sick president, and is there "
                       "French interpretation; nobody is named and no new request is made."))

    # ---------------------------------------------------------------- 18 fr other, thanks for the acknowledgement of 08
    r = at("2021-02-06 09:10:11")
    plain = """Bien reçu, merci beaucoup pour votre confirmation rapide.

Bonne journée,
R. Benali

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : vendredi 5 février 2021 20:15
À : sg@aapm-dz.example.org
Objet : Accusé de réception - Rapport volontaire et demande de prise de parole

Madame, Monsieur,

Nous accusons réception de votre rapport volontaire et de votre demande de prise de parole pour la Revue régionale du Pacte mondial pour les migrations dans la région arabe.

Le secrétariat
"""
    body = alt(plain, html_of(plain), "----=_NextPart_000_0019_01D6FC6B.1A2B3C40")
    message(18, r, [
        received("smtp.aapm-dz.example.org", "198.51.100.82", r, "4DXqS01Lm6z5"),
        "From: " + addr("Rachid Benali", "sg@aapm-dz.example.org"),
        "To: \"GCM Regional Review Arab States\" <%s>" % BOX,
        "Subject: " + ew("RE: Accusé de réception - Rapport volontaire et demande de prise de parole", "iso-8859-1",
                         "Q"),
        "Date: " + rfcdate(r, 1, 5),
        "Message-ID: <001901d6fc6b$1a2b3c40$4e81b4c0$@aapm-dz.example.org>",
        "In-Reply-To: <ack.h119-08.20210205T191500@gcmrrarabstates.iom.int>",
        "References: <001101d6fbf2$5c1a3b40$144eb1c0$@aapm-dz.example.org> "
        "<ack.h119-08.20210205T191500@gcmrrarabstates.iom.int>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: fr",
    ], body, lab("other", "fr", False, None, [], thread=m08,
                 notes="thank-you reply to our acknowledgement of h119-08, adds nothing new: do not acknowledge; "
                       "the quoted acknowledgement mentions a report and a speaking request."))

    # ---------------------------------------------------------------- 19 en other, Kuwait ministry logistics
    r = at("2021-02-11 08:55:40")
    plain = """Dear Sir/Madam,

The Office of the Acting Assistant Undersecretary for Labour Affairs would be grateful for the following information regarding the Regional Review Conference (24-25 February 2021):

1. Will the Zoom links be personal, or can a Deputy attend in place of the registered participant?
2. Is there a deadline to register observers from government entities?
3. Will the recordings of the plenary sessions be made public?

Thank you in advance.

Regards,
Office of the Acting Assistant Undersecretary
Labour Affairs Sector
State of Kuwait
"""
    body = alt(plain, html_of(plain, "Times New Roman"), "_000_KW1PR01MB0911B2C3D4E5_")
    message(19, r, [
        received("mail.labour-gov.example.kw", "198.51.100.119", r, "4DcDn75Pk3z7"),
        "From: \"Office of the A. Asst. Undersecretary\" <au.office@labour-gov.example.kw>",
        "To: <%s>" % BOX,
        "Subject: Queries - Regional Review Conference 24-25 Feb",
        "Date: " + rfcdate(r, 3, 4),
        "Message-ID: <KW1PR01MB0911B2C3D4E5F6A7B8C9@KW1PR01MB0911.labour-gov.example.kw>",
        "Accept-Language: en-US, ar-KW",
        "Content-Language: en-US",
    ], body, lab("other", "en", True, None, [],
                 notes="logistics questions from a government office whose name carries 'Acting' and mentions a "
                       "'Deputy': no speaker proposed, no report."))

    # ---------------------------------------------------------------- 20 en auto_reply to our ack of 01
    r = at("2021-02-01 10:16:05")
    plain = """Thank you for your email. I am out of the office until 7 February with limited access to email.

For urgent matters, please contact our Acting Executive Director, Ms. Hessa Al-Mutairi (h.almutairi@ksmww.example.org), or our Deputy Director, Mr. Nawaf Al-Shammari.

Bader Al-Enezi
Communications Officer, KSMWW
"""
    body = alt(plain, html_of(plain), "_000_AM6PR0602MB3421OOF77A1_")
    message(20, r, [
        received("mail.ksmww.example.org", "198.51.100.21", r, "4DTq4B2Lw0z1"),
        "From: Bader Al-Enezi <b.alenezi@ksmww.example.org>",
        "To: GCM Regional Review Arab States <%s>" % BOX,
        "Subject: Automatic reply: Acknowledgement - Request for speaking slot - Plenary - KSMWW",
        "Thread-Topic: Acknowledgement - Request for speaking slot - Plenary - KSMWW",
        "Date: " + rfcdate(r, 3, 1),
        "Message-ID: <AM6PR0602MB3421OOF77A1B2C3D4E5F60718@AM6PR0602MB3421.eurprd06.prod.outlook.com>",
        "In-Reply-To: <ack.h119-01.20210201T081500@gcmrrarabstates.iom.int>",
        "References: <ack.h119-01.20210201T081500@gcmrrarabstates.iom.int>",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: b.alenezi@ksmww.example.org",
        "Content-Language: en-US",
    ], body, lab("auto_reply", "en", False, None, [],
                 notes="Exchange out-of-office reply to our acknowledgement of h119-01; names the Acting Executive "
                       "Director and a Deputy Director as contacts (not a speaker request)."))

    # ---------------------------------------------------------------- 21 fr speaker, Algeria, SG, edge before 5 Feb
    r = at("2021-02-05 23:41:18")
    plain = """Bonsoir,

Désolé pour l'heure tardive, on a finalisé ça ce soir en réunion de bureau.

Le Collectif Algérien Migrations et Droits (CAMED) souhaite que notre SG, M. Yacine Merabet, prenne part à la discussion ouverte de la consultation multipartite du 23 février. Il interviendra en français ou en arabe.

Merci et bonne soirée,

Lamia Ait Saadi
co-fondatrice, CAMED
Alger

Envoyé de mon iPhone"""
    body = leaf("text/plain", plain, cte="quoted-printable")
    message(21, r, [
        received("smtp.camed-dz.example.org", "198.51.100.121", r, "4DXVr52Kb1z8"),
        "From: Lamia Ait Saadi <lamia.aitsaadi@camed-dz.example.org>",
        "Content-Type: text/plain;\n\tcharset=utf-8",
        "Date: " + rfcdate(r, 1, 3),
        "Subject: " + ew("Demande d'intervention – discussion ouverte – CAMED", "utf-8", "Q"),
        "Message-Id: <8D1C4B2A-F3E5-4C6D-9B7A-1E2F3A4B5C6D@camed-dz.example.org>",
        "To: " + BOX,
        "X-Mailer: iPhone Mail (18D52)",
    ], body.replace(b'Content-Type: text/plain; charset="utf-8"\n', b""),
        lab("speaker_request", "fr", True, True,
            [sp("Yacine Merabet", "SG", "Collectif Algérien Migrations et Droits (CAMED)", ["open_discussion"])],
            notes="deadline edge: received 23:41:18 Beirut on 5 Feb (Date 22:41 +0100, Algiers): on time; title "
                  "only as the abbreviation 'SG'; the sender (a co-founder) is not the speaker; 'M.' is an "
                  "honorific."))

    # ---------------------------------------------------------------- 22 ar speaker, Lebanon Levantine, late edge from Dubai
    r = at("2021-02-06 00:02:31")
    plain = """مرحبا،

بعتذر عالتأخير، كنت مسافرة وهلق وصلت على دبي.

حابين نرشّح من جمعية سند للعاملات المهاجرات (SANAD) نائبة رئيسة الهيئة الإدارية ريم الحاج لتكون المقرّرة يلي بتقدّم الرسائل الرئيسية لأصحاب المصلحة. ريم عم تتابع ملف العاملات بالخدمة المنزلية من سنين وعندها خبرة كبيرة بالموضوع.

إذا في شي ناقص خبروني.

شكراً كتير،
مايا
"""
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"),
                                 leaf("text/html", html_rtl(plain), cte="base64")], "0000000000002f1e3d05baa2f4c9")
    message(22, r, [
        received("mail-qk1-f180.google.com", "209.85.222.180", r, "4DXW4t0Zc6z9"),
        "From: " + addr("Maya Farhat", "maya.farhat.sanad@gmail.com"),
        "Date: " + rfcdate(r, 4, 4),
        "Message-ID: <CAOp4rL2wE8tH1nV6gJ0kS3bY9fQ5xM7dC2aUzR4iT8oNs1Kv@mail.gmail.com>",
        "Subject: " + ew("ترشيح مقرّرة - جمعية سند"),
        "To: " + BOX,
    ], body, lab("speaker_request", "ar", True, False,
                 [sp("ريم الحاج", "نائبة رئيسة الهيئة الإدارية", "جمعية سند للعاملات المهاجرات (SANAD)",
                     ["rapporteur"])],
                 notes="late edge: received 00:02:31 Beirut on 6 Feb (Date header 02:02 +0400, Dubai); Levantine "
                       "colloquial; title and organisation come before the name in one run ('من جمعية ... نائبة "
                       "رئيسة الهيئة الإدارية ريم الحاج'); 'المقرّرة' = rapporteur; sender is not the speaker."))

    # ---------------------------------------------------------------- 23 ar both, Libya, bil-wakala, speaker part late
    r = at("2021-02-09 11:30:00")
    plain = """السادة أمانة المراجعة الإقليمية المحترمين،

تحية طيبة وبعد،

نرفق لكم طيه التقرير الطوعي للشبكة الليبية لحقوق المهاجرين واللاجئين حول تنفيذ الاتفاق العالمي من أجل الهجرة في ليبيا.

كما نتقدم بطلب منح كلمة في الجلسة العامة للمؤتمر لـ:
السيد خالد الورفلي – الأمين العام بالوكالة للشبكة الليبية لحقوق المهاجرين واللاجئين

ونعتذر عن تأخر طلب المداخلة نظراً للظروف الصعبة وانقطاع الإنترنت.

وتقبلوا فائق الاحترام،
المكتب التنفيذي
الشبكة الليبية لحقوق المهاجرين واللاجئين – طرابلس
"""
    rep = docx_bytes(["الشبكة الليبية لحقوق المهاجرين واللاجئين", "التقرير الطوعي - المراجعة الإقليمية للاتفاق العالمي",
                      "المحور الأول: الاحتجاز", "المحور الثاني: العودة الطوعية"])
    fn23 = "تقرير الشبكة الليبية.docx"
    body = multi("mixed", [alt(plain, html_rtl(plain), "----=_NextPart_001_0077_01D6FEC1.2A3B4C50"),
                           attach(DOCX, rep, fn23)], "----=_NextPart_000_0076_01D6FEC1.2A3B4C50")
    message(23, r, [
        received("mail.lnmrr.example.ly", "198.51.100.123", r, "4DbF1s8Jx2z3"),
        "From: " + addr("الشبكة الليبية لحقوق المهاجرين", "info@lnmrr.example.ly"),
        "To: <%s>" % BOX,
        "Subject: " + ew("التقرير الطوعي وطلب كلمة - الشبكة الليبية"),
        "Date: " + rfcdate(r, 2, 7),
        "Message-ID: <007601d6fec1$2a3b4c50$7eb1e4f0$@lnmrr.example.ly>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: ar-ly",
    ], body, lab("both", "ar", True, False,
                 [sp("خالد الورفلي", "الأمين العام بالوكالة", "الشبكة الليبية لحقوق المهاجرين واللاجئين",
                     ["plenary"])],
                 [fn23],
                 notes="both on 9 Feb: the report part is on time but the speaker part is late, so on_time is "
                       "false; title 'الأمين العام بالوكالة' (acting) followed by the affiliation with 'لـ'-style "
                       "genitive ('للشبكة'); 'السيد' is an honorific; sent from the organisation's shared mailbox."))

    # ---------------------------------------------------------------- 24 fr bounce of our ack to 16
    r = at("2021-02-05 10:13:00")
    human = """Ceci est le logiciel postfix de otm-tunisie.example.org.

J'ai le regret de vous informer que votre message n'a pas pu être délivré à un ou plusieurs destinataires.

<m.trabelsi@otm-tunisie.example.org> : la boîte aux lettres est pleine
    (552 5.2.2 Mailbox full - quota exceeded)
"""
    dsn = """Reporting-MTA: dns; smtp.otm-tunisie.example.org
X-Postfix-Queue-ID: 7C2D41A0F3
Arrival-Date: Fri,  5 Feb 2021 09:12:40 +0100 (CET)

Final-Recipient: rfc822; m.trabelsi@otm-tunisie.example.org
Original-Recipient: rfc822;m.trabelsi@otm-tunisie.example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
"""
    orig = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: m.trabelsi@otm-tunisie.example.org
Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Demande_de_prise_de_parole?=
Date: Fri, 5 Feb 2021 10:12:38 +0200
Message-ID: <ack.h119-16.20210205T081238@gcmrrarabstates.iom.int>
In-Reply-To: <e2a9f4c1-6d8b-4b3e-a1c7-90d5f3e2b816@otm-tunisie.example.org>
"""
    body = multi("report", [leaf("text/plain", human, cte="8bit", extra=("Content-Description: Notification",)),
                            leaf("message/delivery-status", dsn.encode("ascii"), cte="7bit",
                                 extra=("Content-Description: Delivery report",)),
                            leaf("text/rfc822-headers", orig, "us-ascii", "7bit",
                                 extra=("Content-Description: Undelivered Message Headers",))],
                 "7C2D41A0F3.1612512780/smtp.otm-tunisie.example.org", " report-type=delivery-status;")
    message(24, r, [
        "Return-Path: <>",
        received("smtp.otm-tunisie.example.org", "198.51.100.33", r, "4DXBC01Gh3z2"),
        "Date: Fri,  5 Feb 2021 09:12:59 +0100 (CET)",
        "From: MAILER-DAEMON@otm-tunisie.example.org (Mail Delivery System)",
        "Subject: " + ew("Notification d'échec de distribution", "utf-8", "Q"),
        "To: " + BOX,
        "Auto-Submitted: auto-replied",
        "Message-Id: <20210205081259.9E1F21A0F5@smtp.otm-tunisie.example.org>",
    ], body, lab("bounce", "fr", False, None, [],
                 notes="French-localised Postfix DSN (mailbox full, 5.2.2) for our acknowledgement of h119-16; "
                       "text/rfc822-headers quote the acknowledgement (French subject); never acknowledge."))


def main():
    MESSAGES.clear()
    LABELS.clear()
    build()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fname, raw in MESSAGES:
        assert len(raw) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
    for e in LABELS:
        assert e["on_time"] == ontime(e["category"], dt.datetime.fromisoformat(e["received_at"])), e["file"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
