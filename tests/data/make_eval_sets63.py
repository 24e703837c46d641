#!/usr/bin/env python3
"""Write the blind evaluation set holdout63 (24 messages + labels.json).

Theme: media, culture and community actors in Lebanon, Jordan, Palestine and Egypt.
Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets63.py
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import urllib.parse
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout63")
BEIRUT = dt.timezone(dt.timedelta(hours=2))
UTC = dt.timezone.utc
ME = "gcmrrarabstates@iom.int"


# ------------------------------------------------------------------ documents
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"({esc(l)}) Tj T*" for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_docx(paragraphs):
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
    body = "".join(
        "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>"
        % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# 1x1 transparent PNG (logo decoy)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


# ------------------------------------------------------------------ MIME helpers
def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=""):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        data = text.replace("\n", "\r\n").encode(charset)
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(text.encode(charset)).decode("ascii"))
    else:  # 8bit / 7bit
        m.set_payload(text.encode(charset).decode("ascii", "surrogateescape"))
    return m


def attach(data, maintype, subtype, disposition):
    """disposition: full raw Content-Disposition value; name param for Content-Type given separately."""
    if maintype == "image":
        p = MIMEImage(data, subtype)
    else:
        p = MIMEApplication(data, subtype)
    return p


def file_part(data, subtype, ctype_name, disposition, maintype="application", extra_headers=()):
    p = MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    del p["Content-Type"]
    p["Content-Type"] = f"{maintype}/{subtype}; {ctype_name}" if ctype_name else f"{maintype}/{subtype}"
    # move Content-Transfer-Encoding after Content-Type
    cte = p["Content-Transfer-Encoding"]
    del p["Content-Transfer-Encoding"]
    p["Content-Transfer-Encoding"] = cte
    for k, v in extra_headers:
        p[k] = v
    p["Content-Disposition"] = disposition
    return p


def rfc2047(s, charset="utf-8", enc="B"):
    data = s.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "!*+-/") else
                ("_" if b == 32 else f"={b:02X}") for b in data)
    return f"=?{charset}?Q?{q}?="


def hdr(s, charset="utf-8"):
    """Encode a header value as real clients do (RFC 2047, folded)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>" if name else email
    except UnicodeEncodeError:
        return f"{Header(name, charset, maxlinelen=76).encode()} <{email}>"


def rfc2231(name, key="filename", charset="utf-8", split=0):
    q = urllib.parse.quote(name.encode(charset), safe="")
    if not split:
        return f"{key}*={charset}''{q}"
    chunks, i = [], 0
    while i < len(q):
        j = min(i + split, len(q))
        while "%" in q[j - 2:j] and j < len(q):  # do not cut a %XX escape
            j += 1
        chunks.append(q[i:j])
        i = j
    parts = [f"{key}*0*={charset}''{chunks[0]}"] + [f"{key}*{n}*={c}" for n, c in enumerate(chunks[1:], 1)]
    return ";\n ".join(parts)


def flowed(text, width=72):
    """Wrap paragraphs as format=flowed (soft breaks end with a space)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
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


def html_of(text, rtl=False, font="Calibri"):
    import html as h
    d = ' dir="rtl"' if rtl else ""
    paras = "".join(f"<p class=MsoNormal{d}>{h.escape(l, quote=False) or '&nbsp;'}</p>\n" for l in text.split("\n"))
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\">"
            f"<style>p.MsoNormal{{margin:0;font-family:{font},sans-serif;font-size:11pt}}</style></head>"
            f"<body lang=EN-US{d}><div class=WordSection1>\n{paras}</div></body></html>")


def gmail_html(text, rtl=False):
    import html as h
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    lines = "".join(f"<div>{h.escape(l, quote=False) or '<br>'}</div>" for l in text.split("\n"))
    return f"<div{d}>{lines}</div>\n"


def serialize(mime, headers):
    """headers: list of (name, value) in order; value already encoded ASCII (may contain '\n ' folds)."""
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32).flatten(mime)
    raw = buf.getvalue()
    mh, body = raw.split(b"\n\n", 1)
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    out = head.encode("ascii") + b"MIME-Version: 1.0\n" + b"\n".join(
        l for l in mh.split(b"\n") if not l.startswith(b"MIME-Version")) + b"\n\n" + body
    out = re.sub(rb"\r?\n", b"\r\n", out)
    return out


def envelope(n, sender, frm, subject, date, received, host, ip, extra=(), to=ME, helo=None):
    """Standard trace + origin headers."""
    rid = hashlib.sha1(f"h63-{n}".encode()).hexdigest()[:12].upper()
    dom = sender.split("@")[1]
    hs = [
        ("Return-Path", f"<{sender}>"),
        ("Delivered-To", ME),
        ("Received", f"from {helo or 'mail.' + dom} ({helo or 'mail.' + dom} [{ip}])\n\tby mx1.iom.int (Postfix) "
                     f"with ESMTPS id {rid}\n\tfor <{ME}>; {format_datetime(received)}"),
        ("Authentication-Results", f"mx1.iom.int;\n\tspf=pass smtp.mailfrom={dom}"),
        ("From", frm),
        ("To", to),
        ("Subject", subject),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid(n, host)),
    ]
    return hs + list(extra)


def msgid(n, host):
    return f"<{hashlib.md5(f'h63-{n}-{host}'.encode()).hexdigest()[:20]}@{host}>"


def boundary(n, k=0):
    return "----=_Part_" + hashlib.md5(f"b{n}-{k}".encode()).hexdigest()[:24]


def alt(n, plain, html, k=0):
    m = MIMEMultipart("alternative", boundary=boundary(n, k))
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    return m


def mixed(n, parts, k=9, sub="mixed"):
    m = MIMEMultipart(sub, boundary=boundary(n, k))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def B(y, mo, d, h, mi, s=0, tz=BEIRUT):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def sp(name, title, aff, roles, rt=None):
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


MESSAGES = []


def msg(key, received, label, build):
    MESSAGES.append((received, key, label, build))


# ================================================================== messages
# ---- 1: en speaker, nominator, title in parentheses after the name (Gmail)
def m_jijs(n, rec):
    text = """Dear colleagues of the Regional UN Network on Migration,

On behalf of the Jordan Independent Journalists Syndicate (JIJS), I am pleased to nominate our Secretary-General for a speaking role at the Regional Review of the Global Compact for Migration.

Nominee: Prof. Samer Al-Qudah (Secretary-General)
Requested role: floor intervention in a plenary session (24 or 25 February)

Prof. Al-Qudah has covered labour migration to Jordan for more than twenty years and also teaches media ethics at the university. JIJS brings together some 400 freelance and independent journalists in Amman, Irbid and Zarqa, several of whom are themselves migrants or refugees.

Please let me know if you need his CV or a photo.

Kind regards,
Dima Haddad
Communications Officer
Jordan Independent Journalists Syndicate (JIJS)
Amman, Jordan
"""
    body = alt(n, text_part(text), text_part(gmail_html(text), "html"))
    h = envelope(n, "dima.haddad@jijs-jo.example.org", addr("Dima Haddad", "dima.haddad@jijs-jo.example.org"),
                 "Speaker nomination - JIJS - plenary session", rec - dt.timedelta(seconds=31), rec,
                 "mail.gmail.com", "198.51.100.21", helo="mail-ed1-f41.google.com")
    return serialize(body, h)


msg("jijs", B(2021, 1, 28, 10, 12, 7), dict(
    category="speaker_request", language="en", acknowledge=True,
    speakers=[sp("Samer Al-Qudah", "Secretary-General", "Jordan Independent Journalists Syndicate (JIJS)", ["plenary"])],
    report_attachments=[], thread_of=None,
    notes="nominator (Dima Haddad, signature) is not the speaker; speaker's title given only in parentheses after "
          "the name ('Prof. Samer Al-Qudah (Secretary-General)'), 'Prof.' is an honorific; affiliation only by "
          "'our' + the organisation named in the opening sentence/signature; 'teaches media ethics at the university' is a decoy affiliation."),
    m_jijs)


# ---- 2: ar colloquial Levantine speaker request from an iPhone
def m_lama(n, rec):
    text = """مرحبا شباب،
كيفكن؟ إن شاء الله مناح.

أنا لمى الحلبي، بشتغل منسقة مشاريع مع تجمع الفنانين المهاجرين في لبنان. نحنا مجموعة فنانين سودانيين وسوريين وإثيوبيين عايشين ببيروت وعم نعمل مسرح ورسم وموسيقى مع العمال المهاجرين.

وصلتنا الدعوة تبعكن وحابين نشارك أكيد. بدي احكي بالطاولة المستديرة التالتة إذا في مجال، لأنو موضوعها كتير قريب من شغلنا.
شو لازم نبعتلكن كمان؟

يسلمو كتير
لمى

Sent from my iPhone
"""
    body = text_part(text, cte="base64")
    h = envelope(n, "lama.halabi88@icloud.example.com", addr("Lama", "lama.halabi88@icloud.example.com"),
                 hdr("مشاركة بالمؤتمر"), rec - dt.timedelta(seconds=12), rec, "icloud.example.com", "198.51.100.34",
                 extra=[("X-Mailer", "iPhone Mail (18C66)")])
    return serialize(body, h)


msg("lama", B(2021, 1, 29, 21, 37, 40), dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("لمى الحلبي", "منسقة مشاريع", "تجمع الفنانين المهاجرين في لبنان", ["roundtable"], 3)],
    report_attachments=[], thread_of=None,
    notes="colloquial Levantine Arabic ('بشتغل', 'بدي احكي', 'شو لازم نبعتلكن'); title and organisation inside a "
          "sentence; roundtable number as colloquial ordinal 'التالتة' (= الثالثة, 3); signature is only the first "
          "name 'لمى'; From display name is an English first name only; iPhone plain text, base64, no HTML."),
    m_lama)


# ---- 3: fr speaker, Lebanese union known by its acronym (Thunderbird, format=flowed)
def m_ujil(n, rec):
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation, l'UJIL souhaite prendre la parole lors de la Revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Je me permets de proposer ma propre candidature : je suis en charge, au sein du bureau exécutif de l'UJIL, du dossier des journalistes migrants et réfugiés au Liban. Nous souhaiterions faire une intervention depuis la salle lors de la table ronde thématique n° 2.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

-- 
Carole Abi Nader
Vice-présidente
Union des journalistes indépendants du Liban (UJIL)
Rue Hamra, Beyrouth – Liban
Tél. : +961 1 000 000
"""
    body = text_part(flowed(text), cte="8bit", extra="; format=flowed")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    h = envelope(n, "c.abinader@ujil-liban.example.org",
                 addr("Carole Abi Nader", "c.abinader@ujil-liban.example.org"),
                 rfc2047("Demande d'intervention – UJIL – table ronde 2", enc="Q"),
                 rec - dt.timedelta(seconds=20), rec, "ujil-liban.example.org", "198.51.100.47",
                 extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                        ("Content-Language", "fr")])
    return serialize(body, h)


msg("ujil", B(2021, 1, 31, 11, 5, 3), dict(
    category="speaker_request", language="fr", acknowledge=True,
    speakers=[sp("Carole Abi Nader", "Vice-présidente", "Union des journalistes indépendants du Liban (UJIL)",
                 ["roundtable"], 2)],
    report_attachments=[], thread_of=None,
    notes="Lebanese union referred to only by its acronym 'l'UJIL' in the body; full name, the speaker's name and "
          "title only in the signature (after '-- '); self-nomination ('ma propre candidature'); 'table ronde "
          "thématique n° 2'; Thunderbird text/plain format=flowed 8bit UTF-8; Q-encoded subject with en dashes."),
    m_ujil)


# ---- 4: ar voluntary report, Outlook windows-1256, Arabic PDF name, logo decoy
def m_faith_jo(n, rec):
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،
تحية طيبة وبعد،

يسرنا أن نرفق لكم طيه التقرير الطوعي الذي أعده مجلس القادة الدينيين للعيش المشترك في الأردن حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويركز التقرير على دور المؤسسات الدينية في مواجهة خطاب الكراهية ضد المهاجرين واللاجئين وفي تقديم الدعم النفسي والاجتماعي لهم.

وتفضلوا بقبول فائق الاحترام والتقدير،

أمانة سر المجلس
مجلس القادة الدينيين للعيش المشترك في الأردن
عمان - الأردن
"""
    name = "تقرير مجلس القادة الدينيين - الاتفاق العالمي للهجرة.pdf"
    pdf = make_pdf(["Council of Religious Leaders for Coexistence in Jordan",
                    "Voluntary GCM Review Report - January 2021",
                    "1. Faith institutions and hate speech against migrants",
                    "2. Psychosocial support through places of worship"])
    html = html_of(text, rtl=True, font="Arial").replace(
        "</div></body>", '<p><img width=120 height=40 src="cid:image001.png@01D6F8A1.5C3B2E10"></p></div></body>')
    related = mixed(n, [text_part(html, "html", "windows-1256"),
                        file_part(PNG, "png", 'name="image001.png"', 'inline; filename="image001.png"',
                                  maintype="image", extra_headers=[("Content-ID", "<image001.png@01D6F8A1.5C3B2E10>")])],
                    k=2, sub="related")
    body = mixed(n, [alt(n, text_part(text, charset="windows-1256"), related),
                     file_part(pdf, "pdf", f'name="{rfc2047(name)}"', "attachment;\n " + rfc2231(name, split=60))])
    h = envelope(n, "amanat.sir@faithcouncil-jo.example.org",
                 addr("مجلس القادة الدينيين", "amanat.sir@faithcouncil-jo.example.org", "windows-1256"),
                 hdr("التقرير الطوعي لمراجعة الاتفاق العالمي للهجرة - مجلس القادة الدينيين", "windows-1256"),
                 rec - dt.timedelta(seconds=44), rec, "faithcouncil-jo.example.org", "198.51.100.58",
                 extra=[("Thread-Topic", hdr("التقرير الطوعي", "windows-1256")),
                        ("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-JO"),
                        ("X-Mailer", "Microsoft Outlook 16.0")])
    return serialize(body, h)


msg("faith_jo", B(2021, 2, 1, 13, 22, 15), dict(
    category="voluntary_report", language="ar", acknowledge=True, speakers=[],
    report_attachments=["تقرير مجلس القادة الدينيين - الاتفاق العالمي للهجرة.pdf"], thread_of=None,
    notes="Outlook: windows-1256 text part, HTML in multipart/related with an inline logo image001.png (not part "
          "of the report); Arabic PDF name as RFC 2231 continuations in Content-Disposition and RFC 2047 in the "
          "Content-Type name; From display name and subject windows-1256 RFC 2047; the PDF text is in English."),
    m_faith_jo)


# ---- 5: en both, speaker named in one sentence, DOCX attached (Apple Mail)
def m_qysc(n, rec):
    text = """Dear Network team,

Please find attached the voluntary GCM review report of Al-Quds Youth Sports Club (QYSC). It describes how our football and basketball programmes bring together young refugees, migrants and host-community children in East Jerusalem and Jericho, and the barriers they face in accessing sports facilities and travelling to matches.

Our Head of Community Programmes, Mr. Nabil Awad, would like to intervene in the fourth roundtable.

Thanks a lot and good luck with the preparations.

Rami Saadeh
Administrative Officer, QYSC
"""
    name = "QYSC_GCM_Voluntary_Review_2021.docx"
    docx = make_docx(["Al-Quds Youth Sports Club (QYSC)", "Voluntary GCM Review Report 2021",
                      "Sport as a space of inclusion for young migrants and refugees."])
    body = mixed(n, [text_part(text),
                     file_part(docx, "vnd.openxmlformats-officedocument.wordprocessingml.document",
                               f'name="{name}"', f'attachment;\n\tfilename={name}')])
    h = envelope(n, "rami.saadeh@qysc-ps.example.org", addr("Rami Saadeh", "rami.saadeh@qysc-ps.example.org"),
                 "GCM voluntary report + speaker - Al-Quds Youth Sports Club", rec - dt.timedelta(seconds=9), rec,
                 "qysc-ps.example.org", "198.51.100.62",
                 extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    return serialize(body, h)


msg("qysc", B(2021, 2, 2, 16, 48, 22), dict(
    category="both", language="en", acknowledge=True,
    speakers=[sp("Nabil Awad", "Head of Community Programmes", "Al-Quds Youth Sports Club (QYSC)", ["roundtable"], 4)],
    report_attachments=["QYSC_GCM_Voluntary_Review_2021.docx"], thread_of=None,
    notes="both: report attached (DOCX, Apple Mail, unquoted filename) and the speaker named in a single sentence "
          "('Our Head of Community Programmes, Mr. Nabil Awad, would like to intervene in the fourth roundtable'); "
          "speaker is not the sender (Rami Saadeh); affiliation only via 'Our' + club named earlier; roundtable as "
          "ordinal word 'fourth'."),
    m_qysc)


# ---- 6: fr other: interpretation question (Gmail)
def m_interp(n, rec):
    text = """Bonjour,

Notre association prépare sa demande d'intervention, que nous vous enverrons d'ici quelques jours. Avant cela, nous aimerions savoir :

1) Y aura-t-il une interprétation simultanée en français pendant les tables rondes thématiques et la séance plénière ?
2) Un intervenant peut-il s'exprimer en arabe dialectal (libanais), ou faut-il utiliser l'arabe standard ?

Plusieurs de nos jeunes membres ne parlent pas anglais et ce point est décisif pour le choix de la personne.

Merci d'avance,
Joëlle Karam
Association culturelle et sportive des jeunes de Bourj Hammoud
"""
    body = alt(n, text_part(text), text_part(gmail_html(text), "html"))
    h = envelope(n, "joelle.karam.bh@gmail.example.com", addr("Joëlle Karam", "joelle.karam.bh@gmail.example.com"),
                 hdr("Question : interprétation en français ?"), rec - dt.timedelta(seconds=5), rec,
                 "mail.gmail.com", "198.51.100.21", helo="mail-wr1-f54.google.com")
    return serialize(body, h)


msg("interp", B(2021, 2, 3, 9, 14, 51), dict(
    category="other", language="fr", acknowledge=True, speakers=[], report_attachments=[], thread_of=None,
    notes="question about interpretation (French, Lebanese dialect) using speaker-request vocabulary "
          "('demande d'intervention', 'tables rondes', 'séance plénière', 'intervenant') but proposing nobody; the "
          "request itself is only announced."),
    m_interp)


# ---- 7: en speaker, three speakers in an HTML table (Outlook), disclaimer
def m_ncpc(n, rec):
    rows = [("Name", "Title", "Organisation", "Requested role"),
            ("Dr. Mona Fathy", "Chairperson", "Network of Community Protection Committees (NCPC)",
             "Rapporteur (stakeholders' key messages)"),
            ("Mr. Adel Girgis", "Coordinator, Ard El Lewa Committee",
             "Network of Community Protection Committees (NCPC)", "Roundtable 1"),
            ("Ms. Grace Achol Deng", "Community Mobiliser", "South Sudanese Women's Community Committee – Cairo",
             "Open discussion (23 February)")]
    intro = """Dear Sir/Madam,

Further to the invitation letter of the Regional UN Network on Migration, the Network of Community Protection Committees (NCPC) would like to nominate the following three speakers:
"""
    outro = """
I am not a nominee myself but will remain the focal point for any follow-up.

Best regards,

Heba Mostafa
Partnerships Officer | NCPC
Giza, Egypt | +20 2 0000 0000

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Any views expressed are those of the author and do not necessarily represent those of NCPC or its member committees.
"""
    plain = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    import html as H
    trs = "".join("<tr>" + "".join(
        f"<td style='border:solid windowtext 1.0pt;padding:0 5.4pt'><p class=MsoNormal>{'<b>' if i == 0 else ''}"
        f"{H.escape(c, quote=False)}{'</b>' if i == 0 else ''}</p></td>" for c in r) + "</tr>\n"
        for i, r in enumerate(rows))
    html = html_of(intro).replace("</div></body>", f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n{trs}</table>\n"
                                  + html_of(outro).split("<div class=WordSection1>\n")[1])
    body = alt(n, text_part(plain, charset="us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"),
               text_part(html, "html"))
    h = envelope(n, "h.mostafa@ncpc-eg.example.org", addr("Heba Mostafa", "h.mostafa@ncpc-eg.example.org"),
                 "Nomination of speakers - NCPC Egypt", rec - dt.timedelta(seconds=38), rec,
                 "ncpc-eg.example.org", "198.51.100.73",
                 extra=[("Thread-Topic", "Nomination of speakers - NCPC Egypt"), ("X-MS-Has-Attach", ""),
                        ("Content-Language", "en-US")])
    return serialize(body, h)


msg("ncpc", B(2021, 2, 3, 15, 30, 2), dict(
    category="speaker_request", language="en", acknowledge=True,
    speakers=[sp("Mona Fathy", "Chairperson", "Network of Community Protection Committees (NCPC)", ["rapporteur"]),
              sp("Adel Girgis", "Coordinator, Ard El Lewa Committee", "Network of Community Protection Committees (NCPC)",
                 ["roundtable"], 1),
              sp("Grace Achol Deng", "Community Mobiliser", "South Sudanese Women's Community Committee – Cairo",
                 ["open_discussion"])],
    report_attachments=[], thread_of=None,
    notes="three speakers in a 4-column table (HTML table; tab-separated rows in the text part); honorifics "
          "Dr./Mr./Ms. inside the Name cells; one title contains a comma ('Coordinator, Ard El Lewa Committee') "
          "that must not be split into title + affiliation; third speaker has a different organisation with an "
          "en dash; sender says she is not a nominee; long confidentiality disclaimer."),
    m_ncpc)


# ---- 8: ar formal speaker request, الدكتورة, title + organisation on one line (Gmail base64)
PS_TEXT = """حضرات السادة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة - المنطقة العربية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، يسر رابطة الإعلاميين الفلسطينيين المستقلين أن ترشح للمداخلة من القاعة في إحدى الجلسات العامة:

الدكتورة سهى البرغوثي، رئيسة لجنة الحريات الإعلامية، رابطة الإعلاميين الفلسطينيين المستقلين

وللدكتورة البرغوثي خبرة طويلة في رصد أوضاع الصحفيين اللاجئين في المخيمات وتغطية قضايا العمال الفلسطينيين في الخارج.

وتفضلوا بقبول فائق الاحترام،
مكتب العلاقات العامة
رابطة الإعلاميين الفلسطينيين المستقلين - رام الله
"""
PS_SUBJECT = "طلب مداخلة في الجلسة العامة"
PS_FROM = ("رابطة الإعلاميين المستقلين", "pr@rabita-media-ps.example.org")


def m_rabita(n, rec):
    body = alt(n, text_part(PS_TEXT, cte="base64"), text_part(gmail_html(PS_TEXT, rtl=True), "html", cte="base64"))
    h = envelope(n, PS_FROM[1], addr(*PS_FROM), hdr(PS_SUBJECT), rec - dt.timedelta(seconds=14), rec,
                 "mail.gmail.com", "198.51.100.21", helo="mail-lj1-f172.google.com")
    return serialize(body, h)


msg("rabita", B(2021, 2, 4, 11, 2, 30), dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("سهى البرغوثي", "رئيسة لجنة الحريات الإعلامية", "رابطة الإعلاميين الفلسطينيين المستقلين", ["plenary"])],
    report_attachments=[], thread_of=None,
    notes="formal Arabic; the speaker on one comma-separated line 'الدكتورة NAME، TITLE، ORGANISATION' (الدكتورة "
          "is an honorific); role 'المداخلة من القاعة في إحدى الجلسات العامة' = plenary; sender is the press office, "
          "not the speaker; the signature adds the city ('- رام الله') to the organisation; Gmail base64; the From "
          "display name spans two RFC 2047 encoded-words split inside a word (policy.default shows a stray space)."),
    m_rabita)


# ---- 9: fr speaker, no accents, name only in the signature (Yahoo)
def m_camb(n, rec):
    text = """Bonjour,

Je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 fevrier. Je travaille comme coordinatrice au Collectif des Artistes Migrants de Beyrouth (CAMB), ou nous accompagnons des musiciennes et comediennes migrantes, notamment des travailleuses domestiques ethiopiennes et kenyanes.

Merci d'avance pour votre retour.

Cordialement
Nayla Sfeir
CAMB
"""
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">' + "".join(
                f"<div>{l or '<br>'}</div>" for l in text.split("\n")) + "</div></body></html>")
    body = alt(n, text_part(text, charset="UTF-8", cte="7bit"), text_part(html, "html", "UTF-8", "7bit"))
    h = envelope(n, "nayla.sfeir@yahoo.example.com", addr("nayla sfeir", "nayla.sfeir@yahoo.example.com"),
                 "participation discussion ouverte 23 fevrier", rec - dt.timedelta(seconds=3), rec,
                 "yahoo.example.com", "198.51.100.85", helo="sonic307-2.consmr.mail.ir2.yahoo.example.com",
                 extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    return serialize(body, h)


msg("camb", B(2021, 2, 4, 19, 40, 9), dict(
    category="speaker_request", language="fr", acknowledge=True,
    speakers=[sp("Nayla Sfeir", "coordinatrice", "Collectif des Artistes Migrants de Beyrouth (CAMB)", ["open_discussion"])],
    report_attachments=[], thread_of=None,
    notes="French typed without accents ('fevrier', 'ou', 'comediennes'); self-nomination with the name only in "
          "the signature; title and organisation in a sentence ('Je travaille comme coordinatrice au ...'); "
          "lower-case display name; Yahoo 7bit multipart/alternative."),
    m_camb)


# ---- 10: en speaker at the edge (23:50 Beirut on 5 Feb), no role, Date in UTC (org webmail)
def m_f4ri(n, rec):
    text = """Hello,

I hope this reaches you before the deadline. My name is Karim Ezzat and I work as Programme Officer at Football for Refugees Initiative (F4RI), a community sports project in 6th of October City, Egypt, that uses football to connect young refugees from Sudan, Syria and Eritrea with Egyptian youth.

I would be grateful for the opportunity to speak at the conference and share what we have learned about social cohesion through sport. I am flexible regarding the session.

Best,
Karim
--
Football for Refugees Initiative
www.f4ri.example.org
"""
    body = text_part(text, charset="UTF-8", cte="7bit", extra="; format=flowed")
    body.replace_header("Content-Type", "text/plain; charset=US-ASCII; format=flowed")
    h = envelope(n, "karim.ezzat@f4ri.example.org", addr("Karim Ezzat", "karim.ezzat@f4ri.example.org"),
                 "Speaking role request (hopefully not too late!)",
                 dt.datetime(2021, 2, 5, 21, 49, 41, tzinfo=UTC), rec, "f4ri.example.org", "198.51.100.97",
                 extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    return serialize(body, h)


msg("f4ri", B(2021, 2, 5, 23, 50, 0), dict(
    category="speaker_request", language="en", acknowledge=True,
    speakers=[sp("Karim Ezzat", "Programme Officer", "Football for Refugees Initiative (F4RI)", [])],
    report_attachments=[], thread_of=None,
    notes="deadline edge: received 23:50 Beirut on Fri 5 Feb (on time); Date header in +0000 (21:49); no role "
          "stated ('I am flexible regarding the session') so roles empty; title and organisation in a sentence "
          "('I work as Programme Officer at ...'); Roundcube webmail, plain text only."),
    m_f4ri)


# ---- 11: fr speaker late edge (00:10 on 6 Feb), two roles, Outlook windows-1252
def m_crrdh(n, rec):
    text = """Madame, Monsieur,

Le Conseil des responsables religieux pour la dignité humaine (CRRDH), qui réunit des représentants chrétiens et musulmans engagés auprès des travailleurs migrants au Liban, souhaite proposer comme intervenante Mme Rima Khairallah, secrétaire générale du CRRDH.

Mme Khairallah serait disposée à assumer le rôle de rapporteur chargé de présenter les messages clés des parties prenantes. Elle souhaiterait également intervenir depuis la salle lors d'une séance plénière.

Avec nos excuses pour cet envoi tardif, et nos meilleures salutations.

Georges Khoury
Chargé de communication
Conseil des responsables religieux pour la dignité humaine (CRRDH)
Jdeideh, Metn – Liban
"""
    body = alt(n, text_part(text, charset="windows-1252"), text_part(html_of(text), "html", "windows-1252"))
    h = envelope(n, "g.khoury@crrdh.example.org", addr("Georges Khoury", "g.khoury@crrdh.example.org"),
                 hdr("Proposition d'intervenante – CRRDH", "windows-1252"),
                 B(2021, 2, 6, 0, 9, 12), rec, "crrdh.example.org", "198.51.100.108",
                 extra=[("Thread-Topic", hdr("Proposition d'intervenante – CRRDH", "windows-1252")),
                        ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")])
    return serialize(body, h)


msg("crrdh", B(2021, 2, 6, 0, 10, 0), dict(
    category="speaker_request", language="fr", acknowledge=True,
    speakers=[sp("Rima Khairallah", "secrétaire générale", "Conseil des responsables religieux pour la dignité humaine (CRRDH)",
                 ["rapporteur", "plenary"])],
    report_attachments=[], thread_of=None,
    notes="late by ten minutes: received 00:10 Beirut on Sat 6 Feb (Date header 00:09:12 +0200); one speaker "
          "with two roles (rapporteur + séance plénière); 'Mme' honorific; title lower-case in prose "
          "('secrétaire générale du CRRDH'); sender Georges Khoury is not the speaker; Outlook windows-1252 QP."),
    m_crrdh)


# ---- 12: fr auto-reply to the acknowledgement of the CRRDH message
def m_ooo(n, rec):
    text = """Bonjour,

Je suis absent du bureau jusqu'au lundi 15 février inclus, avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter le secrétariat du CRRDH : secretariat@crrdh.example.org.

Cordialement,
Georges Khoury
"""
    body = text_part(text, charset="windows-1252")
    h = envelope(n, "g.khoury@crrdh.example.org", addr("Georges Khoury", "g.khoury@crrdh.example.org"),
                 hdr("Réponse automatique : Accusé de réception – Proposition d'intervenante – CRRDH", "windows-1252"),
                 rec - dt.timedelta(seconds=1), rec, "crrdh.example.org", "198.51.100.108",
                 extra=[("In-Reply-To", "<ack-20210206-0010-7f3a@iom.int>"),
                        ("References", msgid(11, "crrdh.example.org") + " <ack-20210206-0010-7f3a@iom.int>"),
                        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("Content-Language", "fr-FR")])
    return serialize(body, h)


# ---- 13: ar other: reply adding the missing contact details to the Rabita request
def m_rabita_add(n, rec):
    quoted = "\n".join("> " + l if l else ">" for l in PS_TEXT.rstrip("\n").split("\n"))
    text = f"""السادة الكرام،
استكمالا لرسالتنا السابقة، نرسل لكم بيانات التواصل مع الدكتورة سهى البرغوثي التي سقطت سهوا:
البريد الإلكتروني: suha.barghouthi@rabita-media-ps.example.org
الهاتف: +970 2 000 0000

مع الشكر،
مكتب العلاقات العامة

‫في الخميس، 4 فبراير 2021 في 11:02 ص، كتب رابطة الإعلاميين المستقلين <{PS_FROM[1]}>:‬
{quoted}
"""
    body = alt(n, text_part(text, cte="base64"), text_part(gmail_html(text, rtl=True), "html", cte="base64"))
    h = envelope(n, PS_FROM[1], addr(*PS_FROM), hdr("Re: " + PS_SUBJECT), rec - dt.timedelta(seconds=10), rec,
                 "mail.gmail.com", "198.51.100.21", helo="mail-lj1-f177.google.com",
                 extra=[("In-Reply-To", msgid(8, "mail.gmail.com")), ("References", msgid(8, "mail.gmail.com"))])
    return serialize(body, h)


# ---- 14: en other: thank-you reply to our acknowledgement of the JIJS nomination
def m_thanks(n, rec):
    text = """Many thanks for the quick confirmation! We look forward to hearing from you about the programme.

Best,
Dima

On Thu, 28 Jan 2021 at 10:13, GCM Regional Review <gcmrrarabstates@iom.int> wrote:
> Dear Dima Haddad,
>
> Thank you for your message. We acknowledge receipt of your request for a
> speaking role for Samer Al-Qudah (Secretary-General, Jordan Independent
> Journalists Syndicate (JIJS)) - plenary session.
>
> The secretariat will confirm the programme in due course.
>
> Regional UN Network on Migration - Arab region
"""
    body = alt(n, text_part(text), text_part(gmail_html(text), "html"))
    h = envelope(n, "dima.haddad@jijs-jo.example.org", addr("Dima Haddad", "dima.haddad@jijs-jo.example.org"),
                 "Re: Acknowledgement: Speaker nomination - JIJS - plenary session", rec - dt.timedelta(seconds=8),
                 rec, "mail.gmail.com", "198.51.100.21", helo="mail-ed1-f47.google.com",
                 extra=[("In-Reply-To", "<ack-20210128-1013-1c9d@iom.int>"),
                        ("References", msgid(1, "mail.gmail.com") + "\n <ack-20210128-1013-1c9d@iom.int>")])
    return serialize(body, h)


# ---- 15: fr voluntary report as a download link (no attachment)
def m_rcqt(n, rec):
    text = """Madame, Monsieur,

Le Réseau des comités de quartier de Tripoli (RCQT) a le plaisir de vous transmettre son rapport volontaire d'examen du Pacte mondial sur les migrations. Le fichier (38 Mo, avec photos) dépasse la taille autorisée par notre messagerie ; vous pouvez le télécharger ici :

https://drive.example.com/file/d/1RCQT-rapport-volontaire-PMM-2021/view?usp=sharing

Le rapport a été rédigé collectivement par les sept comités de quartier membres du réseau (Bab el-Tebbaneh, Qobbeh, Mina, Abou Samra, Zahrieh, Tell et Bahsas) à partir de groupes de discussion avec des familles migrantes et réfugiées.

N'hésitez pas à nous écrire si le lien ne fonctionne pas.

Bien à vous,

Samir Dib
Coordinateur
Réseau des comités de quartier de Tripoli (RCQT)
"""
    body = alt(n, text_part(text, charset="iso-8859-1"), text_part(html_of(text), "html", "iso-8859-1"))
    h = envelope(n, "coordination@rcqt.example.org", addr("RCQT - Samir Dib", "coordination@rcqt.example.org"),
                 hdr("Rapport volontaire PMM – Réseau des comités de quartier de Tripoli"),
                 rec - dt.timedelta(seconds=27), rec, "rcqt.example.org", "198.51.100.119",
                 extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)")])
    return serialize(body, h)


# ---- 16: ar both, Arabic with English organisation name, labelled lines, speaker part late
def m_acsc(n, rec):
    text = """السادة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
تحية طيبة،

مرفق لكم التقرير الطوعي الخاص بنادينا حول الاتفاق العالمي من أجل الهجرة، والذي يغطي برامجنا الرياضية للشباب اللاجئين والعمال المهاجرين في شرق عمان.

كما نود ترشيح المتحدث التالي:
الاسم: الأستاذ خالد العمري
المسمى الوظيفي: المدير التنفيذي
الجهة: Amman Community Sports Club (ACSC)
نوع المشاركة: المداخلة في النقاش المفتوح خلال المشاورة متعددة أصحاب المصلحة يوم 23 شباط

نعتذر عن التأخر في إرسال طلب المشاركة.

مع التحية،
رنا الخطيب
منسقة البرامج
Amman Community Sports Club (ACSC)
"""
    name = "ACSC_GCM_Review_2021.pdf"
    pdf = make_pdf(["Amman Community Sports Club (ACSC)", "Voluntary GCM review - February 2021",
                    "Sport programmes for young refugees and migrant workers in East Amman."])
    body = mixed(n, [alt(n, text_part(text, cte="base64"), text_part(html_of(text, rtl=True, font="Arial"), "html",
                                                                      cte="base64")),
                     file_part(pdf, "pdf", f'name="{name}"', f'attachment; filename="{name}"')])
    h = envelope(n, "programs@acsc-jo.example.org", addr("Rana Al-Khatib", "programs@acsc-jo.example.org"),
                 hdr("التقرير الطوعي + ترشيح متحدث - ACSC"), rec - dt.timedelta(seconds=50), rec,
                 "acsc-jo.example.org", "198.51.100.126",
                 extra=[("Thread-Topic", hdr("التقرير الطوعي + ترشيح متحدث - ACSC")), ("X-MS-Has-Attach", "yes"),
                        ("Content-Language", "en-US")])
    return serialize(body, h)


# ---- 17: en voluntary report forwarded by a colleague (Gmail "Forwarded message")
def m_pcrn(n, rec):
    text = """Hi,

Forwarding the report below from Yousef, our office email has been down since yesterday. Could you please confirm receipt to both of us?

Thanks,
Samira

---------- Forwarded message ---------
From: Yousef Tamimi <y.tamimi@pcrn-ps.example.org>
Date: Wed, 10 Feb 2021 at 18:22
Subject: Final PCRN report for the GCM review
To: Samira Odeh <samira.odeh@gmail.example.com>


Dear Samira,

Attached is the final version of the voluntary GCM review report of the Palestinian Community Radio Network (PCRN), approved by the board today. Please send it to gcmrrarabstates@iom.int.

Best,
Yousef Tamimi
Programme Director, PCRN
"""
    name = "PCRN_GCM_Voluntary_Report_Final.pdf"
    pdf = make_pdf(["Palestinian Community Radio Network (PCRN)", "Voluntary GCM Review Report - Final",
                    "Community radio and the voices of Palestinian migrants and returnees."])
    body = mixed(n, [alt(n, text_part(text), text_part(gmail_html(text), "html")),
                     file_part(pdf, "pdf", f'name="{name}"', f'attachment; filename="{name}"',
                               extra_headers=[("Content-ID", "<f_kl0x9a2b0>"), ("X-Attachment-Id", "f_kl0x9a2b0")])])
    h = envelope(n, "samira.odeh@gmail.example.com", addr("Samira Odeh", "samira.odeh@gmail.example.com"),
                 "Fwd: Final PCRN report for the GCM review", rec - dt.timedelta(seconds=6), rec,
                 "mail.gmail.com", "198.51.100.21", helo="mail-wm1-f49.google.com",
                 extra=[("Cc", "Yousef Tamimi <y.tamimi@pcrn-ps.example.org>")])
    return serialize(body, h)


# ---- 18: fr voluntary report, DOCX with accented RFC 2231 name (Outlook windows-1252)
def m_cfms(n, rec):
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Comité des femmes migrantes de Saïda dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Ce rapport s'appuie sur nos ateliers de théâtre-forum et de radio communautaire menés en 2020 avec des femmes migrantes et réfugiées (syriennes, palestiniennes, bangladaises et soudanaises).

Bien cordialement,

Hiba Ammar
Responsable du plaidoyer
Comité des femmes migrantes de Saïda
Saïda – Liban

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer.
"""
    name = "Rapport_volontaire_PMM_Comité_femmes_migrantes_Saïda.docx"
    docx = make_docx(["Comite des femmes migrantes de Saida", "Rapport volontaire - Pacte mondial sur les migrations",
                      "Theatre-forum et radio communautaire avec des femmes migrantes."])
    body = mixed(n, [alt(n, text_part(text, charset="windows-1252"), text_part(html_of(text), "html", "windows-1252")),
                     file_part(docx, "vnd.openxmlformats-officedocument.wordprocessingml.document",
                               f'name="{rfc2047(name, "iso-8859-1", "Q")}"',
                               "attachment;\n " + rfc2231(name, split=50))])
    h = envelope(n, "h.ammar@cfms-saida.example.org", addr("Hiba Ammar", "h.ammar@cfms-saida.example.org"),
                 hdr("Rapport volontaire – Comité des femmes migrantes de Saïda", "windows-1252"),
                 rec - dt.timedelta(seconds=41), rec, "cfms-saida.example.org", "198.51.100.133",
                 extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    return serialize(body, h)


# ---- 19: en bounce of our acknowledgement to the Saida committee
def m_bounce(n, rec):
    orig_id = "<ack-20210212-1715-a41e@iom.int>"
    arrival = format_datetime(rec - dt.timedelta(seconds=5))
    raw = f"""Return-Path: <>
Delivered-To: {ME}
Received: from mail.cfms-saida.example.org (mail.cfms-saida.example.org [198.51.100.133])
\tby mx1.iom.int (Postfix) with ESMTPS id 7A2C91B44E
\tfor <{ME}>; {format_datetime(rec)}
Received: by mail.cfms-saida.example.org (Postfix)
\tid 4F3B2A0C11; {format_datetime(rec - dt.timedelta(seconds=2))}
Date: {format_datetime(rec - dt.timedelta(seconds=2))}
From: MAILER-DAEMON@mail.cfms-saida.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {ME}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4F3B2A0C11.1613142980/mail.cfms-saida.example.org"
Message-Id: <20210212151620.4F3B2A0C11@mail.cfms-saida.example.org>

This is a MIME-encapsulated message.

--4F3B2A0C11.1613142980/mail.cfms-saida.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.cfms-saida.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.ammar@cfms-saida.example.org>: maildrop: maildir over quota.

--4F3B2A0C11.1613142980/mail.cfms-saida.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.cfms-saida.example.org
X-Postfix-Queue-ID: 4F3B2A0C11
X-Postfix-Sender: rfc822; {ME}
Arrival-Date: {arrival}

Final-Recipient: rfc822; h.ammar@cfms-saida.example.org
Original-Recipient: rfc822;h.ammar@cfms-saida.example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--4F3B2A0C11.1613142980/mail.cfms-saida.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: GCM Regional Review <{ME}>
To: Hiba Ammar <h.ammar@cfms-saida.example.org>
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_Rapport_volontaire?=
Date: {format_datetime(rec - dt.timedelta(seconds=6))}
Message-ID: {orig_id}
In-Reply-To: {msgid(18, "cfms-saida.example.org")}
Auto-Submitted: auto-replied

--4F3B2A0C11.1613142980/mail.cfms-saida.example.org--
"""
    return re.sub(r"\r?\n", "\r\n", raw).encode("ascii")


# ---- 20: ar other: visa / invitation letter question, HTML only
def m_visa(n, rec):
    import html as H
    paras = [
        "السادة المنظمون المحترمون،",
        "تحية طيبة وبعد،",
        "نحن في مجلس الكنائس والمساجد للعمل الإنساني في القاهرة نرغب في متابعة المؤتمر الإقليمي، ولدينا استفساران:",
        "١- هل يعقد المؤتمر حضوريا في بيروت أم عبر الإنترنت فقط؟",
        "٢- في حال كان حضوريا، هل يمكن للأمانة إصدار رسائل دعوة رسمية لتسهيل الحصول على تأشيرة الدخول إلى لبنان لحاملي الجوازات المصرية والسودانية؟",
        "علما بأننا لم نقرر بعد من سيمثل المجلس.",
        "مع خالص الشكر،",
        "ماجدة إسكندر",
        "مسؤولة العلاقات الخارجية",
    ]
    html = ('<html dir="rtl"><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Tahoma">'
            + "".join(f"<p>{H.escape(p, quote=False)}</p>" for p in paras) + "</body></html>")
    body = text_part(html, "html", cte="base64")
    h = envelope(n, "external@ccm-humanitarian.example.org",
                 addr("ماجدة إسكندر", "external@ccm-humanitarian.example.org"),
                 hdr("استفسار بخصوص التأشيرة ورسائل الدعوة"), rec - dt.timedelta(seconds=19), rec,
                 "ccm-humanitarian.example.org", "198.51.100.141")
    return serialize(body, h)


# ---- 21: ar voluntary report at the edge (23:50 on 16 Feb), Yahoo, RFC 2047 Arabic PDF name
def m_ainshams(n, rec):
    text = """السلام عليكم ورحمة الله،

نرسل إليكم التقرير الطوعي لاتحاد لجان الأهالي لدعم اللاجئين في عين شمس، ونأمل أن يصلكم قبل انتهاء المهلة اليوم.

يتناول التقرير تجربة اللجان الشعبية في حل النزاعات بين الجيران وتوفير فصول محو الأمية للأطفال اللاجئين.

شكرا جزيلا
محمود عبد الغني
اتحاد لجان الأهالي لدعم اللاجئين - عين شمس
"""
    name = "تقرير لجان الأهالي - عين شمس.pdf"
    pdf = make_pdf(["Federation of Residents' Committees for Refugee Support - Ain Shams",
                    "Voluntary GCM Review Report, February 2021"])
    html = ('<html><head></head><body><div class="yahoo-style-wrap" dir="rtl" style="font-family:Arial;">' + "".join(
        f"<div>{l or '<br>'}</div>" for l in text.split("\n")) + "</div></body></html>")
    enc = rfc2047(name)
    body = mixed(n, [alt(n, text_part(text), text_part(html, "html")),
                     file_part(pdf, "pdf", f'name="{enc}"', f'attachment; filename="{enc}"')])
    h = envelope(n, "m.abdelghany@yahoo.example.com", addr("محمود عبد الغني", "m.abdelghany@yahoo.example.com"),
                 hdr("التقرير الطوعي - لجان الأهالي عين شمس"), B(2021, 2, 16, 23, 49, 31), rec,
                 "yahoo.example.com", "198.51.100.85", helo="sonic316-11.consmr.mail.ir2.yahoo.example.com",
                 extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    return serialize(body, h)


# ---- 22: en voluntary report late edge (00:10 on 17 Feb), DOCX with spaces, long signature
def m_mdwtc(n, rec):
    text = """Dear colleagues,

Just before midnight, as promised: please find attached the voluntary GCM review report of our collective, submitted on 16 February.

The report documents how theatre and storytelling workshops helped migrant domestic workers in Lebanon speak publicly about the kafala system, and includes recommendations for States and for media outlets.

With warm regards,

Aster Bekele
Founder and Artistic Coordinator
Migrant Domestic Workers' Theatre Collective (MDWTC)
Beirut | Lebanon
Facebook: /MDWTC.Beirut | Instagram: @mdwtc_beirut
"Our stories, our stage"

This message may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
"""
    name = "MDWTC voluntary report GCM.docx"
    docx = make_docx(["Migrant Domestic Workers' Theatre Collective (MDWTC)", "Voluntary GCM review report",
                      "Theatre, storytelling and the kafala system."])
    body = mixed(n, [alt(n, text_part(text), text_part(gmail_html(text), "html")),
                     file_part(docx, "vnd.openxmlformats-officedocument.wordprocessingml.document",
                               f'name="{name}"', f'attachment; filename="{name}"')])
    h = envelope(n, "mdwtc.beirut@gmail.example.com", addr("MDWTC Beirut", "mdwtc.beirut@gmail.example.com"),
                 "Voluntary report - MDWTC", dt.datetime(2021, 2, 16, 22, 9, 40, tzinfo=UTC), rec,
                 "mail.gmail.com", "198.51.100.21", helo="mail-ej1-f43.google.com")
    return serialize(body, h)


# ---- 23: fr both late (Thunderbird), speaker in prose, roundtable 3 (or 1), PDF RFC 2231
def m_lsqs(n, rec):
    text = """Bonjour,

Veuillez trouver ci-joint, avec un peu de retard, le rapport de la Ligue sportive des quartiers de Saïda (LSQS) sur la mise en oeuvre du Pacte mondial.

Par ailleurs, nous aimerions que M. Karim Bou Saab, entraîneur et médiateur communautaire à la LSQS, puisse intervenir dans la table ronde 3 (ou à défaut la table ronde 1). Il encadre depuis 2016 des équipes mixtes de jeunes Libanais, Syriens et Palestiniens.

Sportivement,
Walid Hariri
Secrétaire de la LSQS
"""
    name = "Rapport LSQS - Pacte mondial sur les migrations - février 2021.pdf"
    pdf = make_pdf(["Ligue sportive des quartiers de Saida (LSQS)", "Rapport volontaire - Pacte mondial sur les migrations",
                    "Fevrier 2021"])
    body = mixed(n, [text_part(flowed(text), cte="8bit", extra="; format=flowed"),
                     file_part(pdf, "pdf", 'name="=?UTF-8?Q?Rapport_LSQS_-_Pacte_mondial_sur_les_migrations_-_f?=\n'
                                           ' =?UTF-8?Q?=C3=A9vrier_2021=2Epdf?="',
                               "attachment;\n " + rfc2231(name, split=40))])
    body.get_payload(0).replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    h = envelope(n, "secretariat@lsqs-saida.example.org", addr("Walid Hariri", "secretariat@lsqs-saida.example.org"),
                 "Rapport LSQS + demande d'intervention", rec - dt.timedelta(seconds=15), rec,
                 "lsqs-saida.example.org", "198.51.100.152",
                 extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                        ("Content-Language", "fr")])
    return serialize(body, h)


# ---- 24: ar speaker late, two speakers, "-----Original Message-----" block (Outlook)
def m_faith_eg(n, rec):
    text = """السادة الأفاضل،
تحية طيبة،

نرجو التكرم باعتماد المتحدثين الواردة أسماؤهم في الرسالة أدناه، مع العلم أن السيد مينا فوزي سيتولى دور المقرر لعرض الرسائل الرئيسية لأصحاب المصلحة، أما الأستاذة هالة عبد الحميد فترغب في المداخلة في الطاولة المستديرة الثانية.
ونعتذر عن التأخير بسبب انشغال المجلس بالتحضير للقاء السنوي.

مع التقدير،
سامح نجيب
سكرتير المجلس

-----Original Message-----
From: رئاسة المجلس <presidency@ccsc-eg.example.org>
Sent: Thursday, February 18, 2021 4:12 PM
To: سامح نجيب <secretary@ccsc-eg.example.org>
Subject: ترشيحات المؤتمر الإقليمي للهجرة

الأخ سامح،
برجاء إرسال الترشيحين التاليين إلى الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة:
1. السيد مينا فوزي - منسق برنامج الحوار بين الأديان - مجلس القيادات الدينية للتماسك المجتمعي
2. الأستاذة هالة عبد الحميد - مسؤولة ملف اللاجئين - مجلس القيادات الدينية للتماسك المجتمعي
وشكرا.
"""
    body = alt(n, text_part(text, charset="windows-1256"), text_part(html_of(text, rtl=True, font="Arial"), "html",
                                                                     "windows-1256"))
    h = envelope(n, "secretary@ccsc-eg.example.org", addr("سامح نجيب", "secretary@ccsc-eg.example.org", "windows-1256"),
                 hdr("ترشيح متحدثين - مجلس القيادات الدينية للتماسك المجتمعي", "windows-1256"),
                 rec - dt.timedelta(seconds=33), rec, "ccsc-eg.example.org", "198.51.100.167",
                 extra=[("Thread-Topic", hdr("ترشيح متحدثين", "windows-1256")), ("Content-Language", "ar-EG"),
                        ("X-Mailer", "Microsoft Outlook 16.0")])
    return serialize(body, h)


msg("ooo", B(2021, 2, 6, 0, 11, 5), dict(
    category="auto_reply", language="fr", acknowledge=False, speakers=[], report_attachments=[], thread_of=None,
    notes="out-of-office reply (Auto-Submitted: auto-replied) to the acknowledgement of the late CRRDH request, "
          "from the same sender; References name that request; subject repeats 'Proposition d'intervenante'."),
    m_ooo)
msg("rabita_add", B(2021, 2, 6, 10, 30, 44), dict(
    category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[], thread_of="rabita",
    notes="reply adding a missing detail (the speaker's e-mail and phone) to the earlier request; the whole earlier "
          "request, with the speaker line, is quoted with '>' below: not a new speaker request; received after "
          "the speaker deadline but no deadline applies to it; same split RFC 2047 display name as the original."),
    m_rabita_add)
msg("thanks", B(2021, 2, 7, 9, 5, 18), dict(
    category="other", language="en", acknowledge=False, speakers=[], report_attachments=[], thread_of="jijs",
    notes="thank-you reply to our acknowledgement: adds nothing new, must not be acknowledged (loop risk); the "
          "quoted acknowledgement repeats the speaker's name, title and organisation."),
    m_thanks)
msg("rcqt", B(2021, 2, 9, 12, 20, 36), dict(
    category="voluntary_report", language="fr", acknowledge=True, speakers=[], report_attachments=[], thread_of=None,
    notes="report submitted as a download link in the body (file too large), nothing attached, so "
          "report_attachments is empty; collective report of seven committees; ISO-8859-1 QP (Zimbra)."),
    m_rcqt)
msg("acsc", B(2021, 2, 10, 14, 5, 50), dict(
    category="both", language="ar", acknowledge=True,
    speakers=[sp("خالد العمري", "المدير التنفيذي", "Amman Community Sports Club (ACSC)", ["open_discussion"])],
    report_attachments=["ACSC_GCM_Review_2021.pdf"], thread_of=None,
    notes="both, received 10 Feb: report part on time, speaker part late, so on_time false; Arabic body with an "
          "English organisation name; speaker on labelled lines with honorific 'الأستاذ' inside the name field; "
          "sender (Rana Al-Khatib, programme coordinator) is not the speaker; Content-Language en-US although Arabic."),
    m_acsc)
msg("pcrn", B(2021, 2, 11, 10, 40, 12), dict(
    category="voluntary_report", language="en", acknowledge=True, speakers=[],
    report_attachments=["PCRN_GCM_Voluntary_Report_Final.pdf"], thread_of=None,
    notes="Gmail forward ('---------- Forwarded message ---------'): the author (Yousef Tamimi, PCRN) is in the "
          "forwarded block and in Cc, the sender is a colleague; forwarded text contains the review address."),
    m_pcrn)
msg("cfms", B(2021, 2, 12, 17, 15, 8), dict(
    category="voluntary_report", language="fr", acknowledge=True, speakers=[],
    report_attachments=["Rapport_volontaire_PMM_Comité_femmes_migrantes_Saïda.docx"], thread_of=None,
    notes="DOCX name with é and ï as RFC 2231 continuations (utf-8) in Content-Disposition and an ISO-8859-1 "
          "RFC 2047 Q name in Content-Type; windows-1252 body; French confidentiality disclaimer."),
    m_cfms)
msg("bounce", B(2021, 2, 12, 17, 16, 20), dict(
    category="bounce", language="en", acknowledge=False, speakers=[], report_attachments=[], thread_of=None,
    notes="Postfix DSN (multipart/report delivery-status, 5.2.2 mailbox over quota) for our acknowledgement of the "
          "Saida committee's report; returned headers mention 'Rapport volontaire'."),
    m_bounce)
msg("visa", B(2021, 2, 14, 12, 0, 27), dict(
    category="other", language="ar", acknowledge=True, speakers=[], report_attachments=[], thread_of=None,
    notes="HTML-only Arabic question (format of the conference, invitation letters for visas); explicitly no "
          "representative chosen yet; Arabic-Indic numerals in the list."),
    m_visa)
msg("ainshams", B(2021, 2, 16, 23, 50, 0), dict(
    category="voluntary_report", language="ar", acknowledge=True, speakers=[],
    report_attachments=["تقرير لجان الأهالي - عين شمس.pdf"], thread_of=None,
    notes="deadline edge: received 23:50 Beirut on 16 Feb (on time); Yahoo; Arabic PDF name RFC 2047-encoded "
          "inside quoted filename/name parameters."),
    m_ainshams)
msg("mdwtc", B(2021, 2, 17, 0, 10, 0), dict(
    category="voluntary_report", language="en", acknowledge=True, speakers=[],
    report_attachments=["MDWTC voluntary report GCM.docx"], thread_of=None,
    notes="late by ten minutes: received 00:10 Beirut on 17 Feb although the Date header (22:09 +0000 on 16 Feb) "
          "and body ('submitted on 16 February', 'just before midnight') say otherwise; DOCX name with spaces; "
          "long signature with social handles and disclaimer."),
    m_mdwtc)
msg("lsqs", B(2021, 2, 18, 10, 25, 31), dict(
    category="both", language="fr", acknowledge=True,
    speakers=[sp("Karim Bou Saab", "entraîneur et médiateur communautaire", "Ligue sportive des quartiers de Saïda (LSQS)",
                 ["roundtable"], 3)],
    report_attachments=["Rapport LSQS - Pacte mondial sur les migrations - février 2021.pdf"], thread_of=None,
    notes="both, both parts late (18 Feb); speaker in prose with 'M.' honorific, not the sender; two roundtables "
          "'table ronde 3 (ou à défaut la table ronde 1)': first choice 3; title 'entraîneur et médiateur "
          "communautaire' before 'à la LSQS'; PDF name with spaces and é in RFC 2231 continuations; Thunderbird "
          "format=flowed 8bit."),
    m_lsqs)
msg("faith_eg", B(2021, 2, 20, 11, 45, 3), dict(
    category="speaker_request", language="ar", acknowledge=True,
    speakers=[sp("مينا فوزي", "منسق برنامج الحوار بين الأديان", "مجلس القيادات الدينية للتماسك المجتمعي", ["rapporteur"]),
              sp("هالة عبد الحميد", "مسؤولة ملف اللاجئين", "مجلس القيادات الدينية للتماسك المجتمعي", ["roundtable"], 2)],
    report_attachments=[], thread_of=None,
    notes="late (20 Feb); the two speakers' titles and organisation are only in the quoted internal "
          "'-----Original Message-----' block (dash-separated list with honorifics السيد/الأستاذة), while their "
          "roles are in the new text above (المقرر; الطاولة المستديرة الثانية); sender and the quoted writer are "
          "not speakers; Outlook windows-1256."),
    m_faith_eg)


# ================================================================== write
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    order = sorted(MESSAGES, key=lambda m: m[0])
    files = {}
    for i, (rec, key, label, build) in enumerate(order, 1):
        files[key] = f"h63-{i:02d}.eml"
    # cross-message Message-ID references are built from these positions
    assert (files["jijs"], files["rabita"], files["crrdh"], files["cfms"]) == \
        ("h63-01.eml", "h63-08.eml", "h63-11.eml", "h63-18.eml"), files
    labels = []
    for i, (rec, key, label, build) in enumerate(order, 1):
        raw = build(i, rec)
        with open(os.path.join(OUT, files[key]), "wb") as f:
            f.write(raw)
        cat = label["category"]
        sd, rd = B(2021, 2, 5, 23, 59, 59), B(2021, 2, 16, 23, 59, 59)
        on_time = {"speaker_request": rec <= sd, "voluntary_report": rec <= rd,
                   "both": rec <= sd and rec <= rd}.get(cat)
        labels.append({
            "file": files[key], "received_at": rec.isoformat(), "category": cat, "language": label["language"],
            "acknowledge": label["acknowledge"], "on_time": on_time, "speakers": label["speakers"],
            "report_attachments": label["report_attachments"],
            "thread_of": files[label["thread_of"]] if label["thread_of"] else None, "notes": label["notes"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} messages to {OUT}")


if __name__ == "__main__":
    main()
