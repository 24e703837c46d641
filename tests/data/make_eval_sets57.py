#!/usr/bin/env python3
"""Write the blind evaluation set holdout57 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets57.py
Maghreb set: trade unions, diaspora associations, a regional bar association, a municipal
migrant-reception office, women's cooperatives (Morocco, Algeria, Tunisia, Libya, Mauritania).
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import textwrap
import urllib.parse
import zipfile
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout57")
POL = policy.compat32.clone(linesep="\r\n")
SVC = "gcmrrarabstates@iom.int"
ACK_DOMAIN = "iom.int"


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


BEI = tz(2)


# ------------------------------------------------------------------ documents
def make_pdf(lines):
    """A tiny valid one-page PDF showing ASCII text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paras):
    """A tiny valid DOCX (zip with [Content_Types].xml, _rels/.rels, word/document.xml)."""
    from xml.sax.saxutils import escape
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------ MIME helpers
class B:
    """Deterministic boundaries per message."""
    n = 0
    seed = ""

    @classmethod
    def next(cls, style="gmail"):
        cls.n += 1
        h = hashlib.sha1(f"{cls.seed}/{cls.n}".encode()).hexdigest()
        if style == "outlook":
            return f"_00{cls.n}_{h[:8].upper()}{h[8:16].upper()}_"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "tb":
            return f"------------{h[:24]}"
        if style == "yahoo":
            return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1612000000000 + cls.n}"
        return f"0000000000{h[:16]}"


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "base64":  # clients base64-encode CRLF text
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False, extra=None):
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct = f"text/{subtype}; charset={charset}; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(encode_body(body, charset, cte))
    return m


def flow(paragraphs_text, width=72):
    """format=flowed: wrap long lines, soft breaks end with a space."""
    out = []
    for line in paragraphs_text.split("\n"):
        if len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def multi(subtype, parts, style="gmail", extra=None):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{B.next(style)}"'
    for k, v in (extra or []):
        m[k] = v
    for p in parts:
        m.attach(p)
    return m


def fname_params(name, how):
    """Return (content-type name param, content-disposition filename param) strings."""
    if how == "ascii":
        return f'name="{name}"', f'filename="{name}"'
    if how == "2231":
        q = urllib.parse.quote(name.encode("utf-8"), safe="")
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    if how == "2231cont":
        q = urllib.parse.quote(name.encode("utf-8"), safe="")
        chunks, cur = [], ""
        i = 0
        while i < len(q):
            step = 3 if q[i] == "%" else 1
            if len(cur) + step > 40:
                chunks.append(cur)
                cur = ""
            cur += q[i:i + step]
            i += step
        chunks.append(cur)
        fn = ";\n ".join(f"filename*{k}*={'utf-8' + chr(39) * 2 if k == 0 else ''}{c}" for k, c in enumerate(chunks))
        nm = ";\n ".join(f"name*{k}*={'utf-8' + chr(39) * 2 if k == 0 else ''}{c}" for k, c in enumerate(chunks))
        return nm, fn
    if how.startswith("2047"):
        cs = how.split(":")[1] if ":" in how else "utf-8"
        enc = Header(name, cs, maxlinelen=10000).encode(maxlinelen=10000)
        return f'name="{enc}"', f'filename="{enc}"'
    raise ValueError(how)


def attachment(data, ctype, name, how="ascii", disp="attachment", extra=None):
    m = Message()
    nparam, fparam = fname_params(name, how)
    m["Content-Type"] = f"{ctype}; {nparam}"
    m["Content-Disposition"] = f"{disp}; {fparam}"
    m["Content-Transfer-Encoding"] = "base64"
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def hdr(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name)


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"'):
            return f'"{name}" <{email_}>'
        return f"{name} <{email_}>"
    except UnicodeEncodeError:
        h = Header(name, charset, header_name="From")
        h.append(f"<{email_}>", "us-ascii")
        return h


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def build(fname, received, sent, frm, subject, body, msgid, client_hdrs=(), to=SVC, cc=None,
          in_reply_to=None, references=None, extra=(), from_charset="utf-8", subj_charset="utf-8",
          relay=None, return_path=None):
    """Assemble the top-level message; body is a Message whose headers become the MIME headers."""
    name, email_ = frm
    domain = email_.split("@")[1]
    relay = relay or f"mail.{domain}"
    m = Message()
    m["Return-Path"] = f"<{return_path if return_path is not None else email_}>"
    m["Delivered-To"] = SVC
    qid = hashlib.sha1(fname.encode()).hexdigest()[:12].upper()
    m["Received"] = (f"from {relay} ({relay} [198.51.100.{int(qid[:2], 16) % 200 + 20}])\n"
                     f"\tby mx1.iom.int (Postfix) with ESMTPS id 4D{qid}\n"
                     f"\tfor <{SVC}>; {format_datetime(received)} (EET)")
    m["Received"] = f"by {relay} with HTTP; {format_datetime(sent)}"
    m["MIME-Version"] = "1.0"
    m["From"] = addr(name, email_, from_charset)
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = msgid
    m["Subject"] = hdr(subject, subj_charset)
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in list(client_hdrs) + list(extra):
        m[k] = v
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # keep 8bit (surrogate-escaped) payloads as they are
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(m)
    raw = buf.getvalue()
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    return raw


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


LABELS = []


def label(fname, received, category, language, acknowledge, on_time, speakers, attachments, thread_of, notes):
    LABELS.append({"file": fname, "received_at": received.isoformat(), "category": category,
                   "language": language, "acknowledge": acknowledge, "on_time": on_time,
                   "speakers": speakers, "report_attachments": attachments, "thread_of": thread_of,
                   "notes": notes})


def html_from_text(t, rtl=False, outlook=False):
    from xml.sax.saxutils import escape
    d = ' dir="rtl"' if rtl else ""
    if outlook:
        paras = "".join(f'<p class="MsoNormal"{d}>{escape(l) if l else "&nbsp;"}</p>\n' for l in t.split("\n"))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
                f'</head><body lang="EN-US"><div class="WordSection1">\n{paras}</div></body></html>\n')
    inner = "<br>\n".join(escape(l) for l in t.split("\n"))
    return f'<div{d}>{inner}</div>\n'


INVITE_ID = "<VI1PR0301MB2412B7C3D4E1A9F2@VI1PR0301MB2412.eurprd03.prod.outlook.com>"


def main():
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))

    # ---------------------------------------------------------------- 01 en speaker, ' | ' line
    f = "h57-01.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 1, 27, 10, 12, 31, tzinfo=BEI)
    t = ("Dear colleagues,\n\n"
         "Further to your invitation to the Regional Review of the Global Compact for Migration, "
         "I would like to intervene in the second roundtable on behalf of our federation, which brings "
         "together transport workers' unions from Morocco, Algeria and Tunisia, many of them truck "
         "drivers and seafarers who cross the region's borders every week.\n\n"
         "I have already completed the online registration form.\n\n"
         "Kind regards,\n\n"
         "Sami Ben Youssef\n"
         "Head of Migrant Workers Desk | Maghreb Federation of Transport Workers' Unions (MFTWU)\n"
         "Tunis, Tunisia\n"
         "+216 71 340 118\n")
    body = multi("alternative", [text(t), text(html_from_text(t), subtype="html")])
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=19), ("Sami Ben Youssef", "sami.benyoussef@mftwu.example.org"),
          "GCM Regional Review - request to speak (roundtable)", body,
          "<CAH7xq2Lr0mBenY8w3kQf5T1@mail.gmail.com>", relay="mail-wm1-f41.google.com")
    label(f, rec, "speaker_request", "en", True, True,
          [sp("Sami Ben Youssef", "Head of Migrant Workers Desk",
              "Maghreb Federation of Transport Workers' Unions (MFTWU)", ["roundtable"], 2)], [], None,
          "sender is the speaker; name, title and organisation only in the signature, title and organisation on "
          "one line separated by ' | '; roundtable number as an ordinal word ('the second roundtable').")

    # ---------------------------------------------------------------- 02 fr speaker, numbered list, 2 speakers
    f = "h57-02.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 1, 28, 9, 30, 5, tzinfo=BEI)
    t = ("Madame, Monsieur,\n\n"
         "Suite à votre lettre d'invitation, l'Association Marocaine pour l'Accueil et l'Accompagnement "
         "des Migrants (AMAAM) a le plaisir de vous proposer deux intervenants pour la Revue régionale "
         "du Pacte mondial pour des migrations sûres, ordonnées et régulières :\n\n"
         "1. Mme Naïma El Idrissi, Présidente de l'AMAAM, pour le rôle de rapporteuse (présentation "
         "des messages clés des parties prenantes) ;\n"
         "2. M. Youssef Aït Benhaddou, Chargé de plaidoyer, pour une intervention dans la table ronde "
         "thématique n°3.\n\n"
         "Nos deux intervenants se sont inscrits en ligne. Je reste à votre disposition pour tout "
         "complément d'information.\n\n"
         "Bien cordialement,\n\n"
         "-- \n"
         "Khadija Amrani\n"
         "Secrétaire générale\n"
         "AMAAM - Rabat, Maroc\n"
         "Tél. : +212 537 70 12 45\n")
    body = text(flow(t), cte="8bit", flowed=True)
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=12), ("Khadija Amrani", "secretariat@amaam.example.ma"),
          "Proposition d'intervenants - Revue régionale PMM - AMAAM", body,
          "<5f0e2a71-93c4-4d2b-a0a5-6b1c2d9e8f70@amaam.example.ma>",
          client_hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                       ("Content-Language", "fr")])
    aff = "Association Marocaine pour l'Accueil et l'Accompagnement des Migrants (AMAAM)"
    label(f, rec, "speaker_request", "fr", True, True,
          [sp("Naïma El Idrissi", "Présidente", aff, ["rapporteur"]),
           sp("Youssef Aït Benhaddou", "Chargé de plaidoyer", aff, ["roundtable"], 3)], [], None,
          "Moroccan NGO nominates two people in a numbered list; the sender (secrétaire générale) is not a "
          "speaker; honorifics Mme/M. not part of names; affiliation written in full only in the opening "
          "sentence, later only as 'l'AMAAM'; 'rapporteuse' (feminine); 'table ronde thématique n°3'; "
          "Thunderbird format=flowed 8bit with soft line breaks.")

    # ---------------------------------------------------------------- 03 ar speaker, الاسم/الصفة/الجهة block, windows-1256
    f = "h57-03.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 1, 29, 14, 5, 40, tzinfo=BEI)
    t = ("السادة الأفاضل في أمانة شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،\n"
         "تحية طيبة وبعد،\n\n"
         "بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
         "والمنظمة والنظامية، يسرّنا أن نرشح ممثلة عن رابطتنا لإلقاء مداخلة في الجلسة العامة للمؤتمر، "
         "وفيما يلي بياناتها:\n\n"
         "الاسم: الدكتورة سعاد بن عيسى\n"
         "الصفة: نائبة رئيس الرابطة\n"
         "الجهة: رابطة الكفاءات الجزائرية في المهجر\n\n"
         "وتفضلوا بقبول فائق الاحترام والتقدير،\n\n"
         "مراد قاسمي\n"
         "الأمين العام\n"
         "رابطة الكفاءات الجزائرية في المهجر - الجزائر العاصمة\n")
    h = html_from_text(t, rtl=True, outlook=True).replace("charset=utf-8", "charset=windows-1256")
    body = multi("alternative", [text(t, "windows-1256"), text(h, "windows-1256", subtype="html")], style="outlook")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=25), ("مراد قاسمي", "m.kacimi@rkadm.example.dz"),
          "ترشيح متحدثة للجلسة العامة - الاستعراض الإقليمي", body,
          "<AM6PR08MB41207A1C3E5D8B2F9C41@AM6PR08MB4120.eurprd08.prod.outlook.com>",
          client_hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-dz"),
                       ("Thread-Index", "AdbuQ3l0cGxhbnRpbmdzcGVha2Vy")],
          from_charset="windows-1256", subj_charset="windows-1256", relay="EUR05-AM6-obe.outbound.protection.outlook.com")
    label(f, rec, "speaker_request", "ar", True, True,
          [sp("سعاد بن عيسى", "نائبة رئيس الرابطة", "رابطة الكفاءات الجزائرية في المهجر", ["plenary"])], [], None,
          "speaker details in a 'الاسم: / الصفة: / الجهة:' block; honorific 'الدكتورة' inside the name field is not "
          "part of the name; nominated by the secretary general (sender, not a speaker); role 'مداخلة في الجلسة العامة' "
          "= plenary; Outlook windows-1256 quoted-printable, RFC 2047 windows-1256 subject and display name.")

    # ---------------------------------------------------------------- 04 en other: interpretation + format question
    f = "h57-04.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 1, 30, 11, 20, 14, tzinfo=BEI)
    t = ("Hello,\n\n"
         "We received the invitation to the regional review, thank you. Two practical questions before we "
         "send anything:\n\n"
         "1. Will there be simultaneous interpretation into Arabic and French during the roundtables? Some of "
         "our members are not comfortable speaking in English.\n"
         "2. Does the voluntary report have to follow a template, or can we send it as a free-form Word "
         "document in Arabic? Is there a maximum length?\n\n"
         "Many thanks,\n"
         "Hana\n\n"
         "Hana Elgheriani\n"
         "Tawasul Association for Migrant Families, Tripoli\n")
    body = text(t, cte="7bit")
    body.replace_header("Content-Type", "text/plain; charset=us-ascii")
    build(f, rec, rec - dt.timedelta(seconds=9), ("Hana Elgheriani", "hana.elgheriani@tawasul.example.ly"),
          "Questions: interpretation and report format", body,
          "<8E1B2F7A-3C44-4D0E-9A61-2B7F0C5D1E93@tawasul.example.ly>",
          client_hdrs=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    label(f, rec, "other", "en", True, None, [], [], None,
          "questions about interpretation and report format only; mentions roundtables, speaking and the "
          "voluntary report but proposes no speaker and submits nothing; numbered list that is not a speaker list.")

    # ---------------------------------------------------------------- 05 fr both: coop, name in signature, PDF
    f = "h57-05.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 1, 16, 40, 22, tzinfo=BEI)
    t1 = ("Bonjour,\n\n"
          "Veuillez trouver ci-joint le rapport volontaire de notre coopérative sur la mise en œuvre du Pacte "
          "mondial pour les migrations, centré sur les femmes rurales qui partent travailler comme saisonnières "
          "dans les exploitations agricoles à l'étranger.\n\n"
          "Je souhaiterais également prendre la parole lors de la discussion ouverte de la consultation "
          "multipartite du 23 février.\n\n")
    t2 = ("\n\nAvec mes salutations les meilleures,\n\n"
          "Fatma Jlassi\n"
          "Présidente\n"
          "Coopérative Agricole Féminine El Amal (CAFEA)\n"
          "Kairouan - Tunisie\n")
    att = "Rapport PMM - Coopérative El Amal.pdf"
    pdf = make_pdf(["Cooperative Agricole Feminine El Amal (CAFEA) - Kairouan",
                    "Rapport volontaire sur la mise en oeuvre du Pacte mondial pour les migrations",
                    "1. Contexte: migration saisonniere des femmes rurales",
                    "2. Objectifs 6 et 7 du PMM: recrutement equitable, reduction des vulnerabilites",
                    "3. Recommandations"])
    body = multi("mixed", [text(t1), attachment(pdf, "application/pdf", att, "2231", disp="inline"), text(t2)],
                 style="apple")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=30), ("Fatma Jlassi", "cafea.kairouan@gnet.example.tn"),
          "Rapport volontaire + demande de prise de parole", body,
          "<A31C55E2-0B7F-4E1D-8D2A-7C90F1E4B6A2@gnet.example.tn>",
          client_hdrs=[("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")])
    label(f, rec, "both", "fr", True, True,
          [sp("Fatma Jlassi", "Présidente", "Coopérative Agricole Féminine El Amal (CAFEA)", ["open_discussion"])],
          [att], None,
          "both: PDF report plus a request by the sender herself; name, title and organisation only in the "
          "signature (body says 'notre coopérative' / 'je'); Apple Mail multipart/mixed with the PDF inline "
          "between two text parts (signature in the second), RFC 2231 file name with accents and spaces.")

    # ---------------------------------------------------------------- 06 ar report as reply to the invitation
    f = "h57-06.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 2, 10, 5, 48, tzinfo=BEI)
    inv = ("السيدات والسادة،\n"
           "تتشرف شبكة الأمم المتحدة الإقليمية المعنية بالهجرة في المنطقة العربية بدعوتكم للمشاركة في الاستعراض "
           "الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (المشاورة متعددة أصحاب المصلحة في "
           "٢٣ فبراير ٢٠٢١ والمؤتمر في ٢٤-٢٥ فبراير ٢٠٢١).\n"
           "ندعوكم إلى تقديم تقارير طوعية عن تنفيذ الاتفاق العالمي إلى العنوان gcmrrarabstates@iom.int.\n"
           "وللراغبين في التحدث، يرجى إرسال اسم المتحدث وصفته وجهة انتمائه في موعد أقصاه يوم الجمعة ٢٣ فبراير ٢٠٢١.\n"
           "مع خالص التحيات،\n"
           "أمانة الشبكة الإقليمية\n")
    new = ("السلام عليكم ورحمة الله،\n\n"
           "نرفق لكم طيه التقرير الطوعي للجمعية الموريتانية للمهاجرين العائدين حول تنفيذ الاتفاق العالمي من أجل "
           "الهجرة في موريتانيا، وهو تقرير فردي يتناول أوضاع المهاجرين العائدين من أوروبا ودول الخليج وبرامج "
           "إعادة إدماجهم.\n\n"
           "نرجو تأكيد الاستلام.\n\n"
           "مع خالص التحيات،\n"
           "محمد الأمين ولد أحمدو\n"
           "رئيس الجمعية الموريتانية للمهاجرين العائدين\n"
           "نواكشوط\n")
    head = "في الثلاثاء، ٢٦ يناير ٢٠٢١ في ١١:٠٢ ص كتب GCM Regional Review <gcmrrarabstates@iom.int>:\n"
    t = new + "\n" + head + "".join("> " + l + "\n" for l in inv.rstrip("\n").split("\n"))
    from xml.sax.saxutils import escape
    h = (html_from_text(new, rtl=True) + '<br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">'
         + escape(head.strip()) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_from_text(inv, rtl=True)
         + "</blockquote></div>\n")
    att = "التقرير الطوعي - الجمعية الموريتانية للمهاجرين العائدين.pdf"
    pdf = make_pdf(["Mauritanian Association of Returning Migrants", "Voluntary GCM Review Report 2021",
                    "Returnees from Europe and the Gulf: reintegration (GCM Objective 21)", "Recommendations"])
    body = multi("mixed", [multi("alternative", [text(t, cte="base64"), text(h, cte="base64", subtype="html")]),
                           attachment(pdf, "application/pdf", att, "2047",
                                      extra=[("X-Attachment-Id", "f_kkn3b0xq0")])])
    build(f, rec, rec - dt.timedelta(seconds=14), ("محمد الأمين ولد أحمدو", "amrm.nouakchott@gmail.example.com"),
          "Re: دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة", body,
          "<CAO3vKq9Zt1Hh5XW2eN0a8uYbLmRJd7sQ@mail.gmail.com>",
          in_reply_to=INVITE_ID, references=INVITE_ID, relay="mail-ed1-f52.google.com")
    label(f, rec, "voluntary_report", "ar", True, True, [], [att], None,
          "report sent as a reply to the invitation, whose Arabic text is quoted below ('> ' and gmail_quote "
          "blockquote) with the call for speakers and the misprinted 'الجمعة ٢٣ فبراير' deadline: the quote must not "
          "make it a speaker request; Gmail base64 parts, Arabic PDF name RFC 2047-encoded inside quoted "
          "name/filename parameters; the sender is the association's president but proposes no speaker.")

    # ---------------------------------------------------------------- 07 ar speaker, colloquial Moroccan, Yahoo
    f = "h57-07.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 2, 15, 50, 3, tzinfo=BEI)
    t = ("سلام عليكم،\n\n"
         "أنا سعيد الحمداوي، منسق المشاريع ف جمعية مغاربة إيطاليا للتضامن والتنمية. بغيت نشارك كمتحدث ف "
         "الطاولة المستديرة الرابعة إلى كان ممكن، حيت عندنا تجربة مزيانة مع العمال الموسميين ديال الفلاحة "
         "ف جنوب إيطاليا وكيفاش كيرجعو للمغرب.\n\n"
         "سجلت ف الاستمارة ديال الأونلاين البارح.\n\n"
         "شكرا بزاف والله يعاونكم\n"
         "سعيد\n")
    body = multi("alternative", [text(t), text(html_from_text(t, rtl=True), subtype="html")], style="yahoo")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=6), ("Said Hamdaoui", "said.hamdaoui77@yahoo.example.com"),
          "طلب مداخلة", body, "<1048277311.2231904.1612273797123@mail.yahoo.com>",
          client_hdrs=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")], relay="sonic305-21.consmr.mail.ir2.yahoo.com")
    label(f, rec, "speaker_request", "ar", True, True,
          [sp("سعيد الحمداوي", "منسق المشاريع", "جمعية مغاربة إيطاليا للتضامن والتنمية", ["roundtable"], 4)], [], None,
          "colloquial Moroccan Arabic (Darija: 'بغيت نشارك', 'ف', 'ديال'); self-introduction in a sentence "
          "('أنا ..., منسق المشاريع ف ...'); roundtable as an ordinal word ('الرابعة'); From display name in Latin "
          "script ('Said Hamdaoui'), signature only a first name; Yahoo.")

    # ---------------------------------------------------------------- 08 en report, municipal office, Outlook DOCX
    f = "h57-08.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 3, 9, 15, 10, tzinfo=BEI)
    t = ("Dear GCM Regional Review Secretariat,\n\n"
         "On behalf of the Municipality of Sfax, please find attached the voluntary GCM review report prepared by "
         "our Migrant Reception and Orientation Office. It covers the reception of sub-Saharan migrants and of "
         "Tunisian returnees in the city in 2019-2020, and our cooperation with local civil society.\n\n"
         "We are not requesting a speaking slot this time, but colleagues will follow the conference online.\n\n"
         "Best regards,\n\n"
         "Olfa Mejri\n"
         "Head, Migrant Reception and Orientation Office | Municipality of Sfax\n"
         "Avenue Habib Bourguiba, Sfax, Tunisia\n\n"
         "________________________________\n"
         "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
         "If you have received it in error, please notify the sender and delete it. The Municipality of Sfax "
         "accepts no liability for any damage caused by viruses.\n")
    att = "Sfax_Migrant_Reception_Office_GCM_Review_2021.docx"
    docx = make_docx(["Municipality of Sfax - Migrant Reception and Orientation Office",
                      "Voluntary GCM Review Report 2021",
                      "1. Reception of migrants in Sfax", "2. Returnees", "3. Partnerships and recommendations"])
    body = multi("mixed", [multi("alternative", [text(t, "us-ascii"),
                                                 text(html_from_text(t, outlook=True).replace("utf-8", "us-ascii"),
                                                      "us-ascii", subtype="html")], style="outlook"),
                           attachment(docx, DOCX_CT, att)], style="outlook")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=21), ("Olfa Mejri", "o.mejri@commune-sfax.example.tn"),
          "GCM Voluntary Review - Municipality of Sfax", body,
          "<DB7PR02MB39456E0F2A11C7D8B5E3@DB7PR02MB3945.eurprd02.prod.outlook.com>",
          client_hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
          relay="EUR02-DB7-obe.outbound.protection.outlook.com")
    label(f, rec, "voluntary_report", "en", True, True, [], [att], None,
          "municipal migrant-reception office report (DOCX); the signature has a 'Head, Office | Municipality' "
          "line that looks like speaker details and the body mentions a 'speaking slot', explicitly declined; "
          "disclaimer; Outlook HTML + text.")
    ack08 = "<ack-h57-08.20210203091530@iom.int>"

    # ---------------------------------------------------------------- 09 en auto reply (to our ack of 08)
    f = "h57-09.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 3, 9, 16, 40, tzinfo=BEI)
    t = ("I am out of the office until Monday 15 February 2021 with limited access to e-mail.\n\n"
         "For urgent matters related to migrant reception, please contact the office on +216 74 400 220 or "
         "reception.migrants@commune-sfax.example.tn.\n\n"
         "Olfa Mejri\n")
    body = multi("alternative", [text(t, "us-ascii", cte="7bit"),
                                 text(html_from_text(t, outlook=True).replace("utf-8", "us-ascii"), "us-ascii",
                                      cte="7bit", subtype="html")], style="outlook")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=3), ("Olfa Mejri", "o.mejri@commune-sfax.example.tn"),
          "Automatic reply: Acknowledgement of receipt - your voluntary GCM review report", body,
          "<DB7PR02MB3945A0C1E29F48B7@DB7PR02MB3945.eurprd02.prod.outlook.com>",
          in_reply_to=ack08, references=ack08,
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "o.mejri@commune-sfax.example.tn")],
          relay="EUR02-DB7-obe.outbound.protection.outlook.com", return_path="")
    label(f, rec, "auto_reply", "en", False, None, [], [], None,
          "Exchange out-of-office reply to the acknowledgement of h57-08 (Auto-Submitted: auto-replied, empty "
          "Return-Path); comes from the same person as a real submission a minute earlier; must not be "
          "acknowledged.")

    # ---------------------------------------------------------------- 10 fr speaker, bar association, no accents, iPhone, ' - '
    f = "h57-10.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 3, 15, 30, 44, tzinfo=BEI)
    t = ("Bonjour,\n\n"
         "Suite a votre invitation, je souhaite faire une intervention en seance pleniere au nom de notre "
         "conference, sur l'acces des migrants a la justice et a l'aide juridictionnelle au Maghreb.\n\n"
         "Mes coordonnees :\n"
         "Me Hichem Trabelsi\n"
         "President de la Commission migration et asile - Conference Maghrebine des Barreaux (CMB)\n\n"
         "Cordialement\n\n"
         "Envoye de mon iPhone\n")
    body = text(flow(t, 76), "us-ascii", cte="7bit", flowed=True)
    body.replace_header("Content-Type", "text/plain; charset=us-ascii; format=flowed")
    body_text = flow(t, 76)
    body.set_payload(body_text)
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=11), ("Hichem Trabelsi", "hichem.trabelsi@cmb-barreaux.example.tn"),
          "Demande d'intervention - pleniere", body,
          "<6D2E9F10-7A3B-4C58-B1E2-0F9A8C7D6E54@cmb-barreaux.example.tn>",
          client_hdrs=[("X-Mailer", "iPhone Mail (18C66)")])
    label(f, rec, "speaker_request", "fr", True, True,
          [sp("Hichem Trabelsi", "President de la Commission migration et asile",
              "Conference Maghrebine des Barreaux (CMB)", ["plenary"])], [], None,
          "French typed without accents (us-ascii, iPhone, format=flowed); lawyer's honorific 'Me' (Maître) before "
          "the name; title and organisation on one line separated by ' - ' (the title itself contains no dash); "
          "'seance pleniere' = plenary.")

    # ---------------------------------------------------------------- 11 ar speaker, 2 speakers in prose, English org name
    f = "h57-11.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 4, 12, 0, 17, tzinfo=BEI)
    t = ("تحية طيبة،\n\n"
         "يسر Libyan Network for Migrant Workers' Rights (LNMWR) أن تقترح متحدثين اثنين للمؤتمر الإقليمي: "
         "الأستاذ عبد الحكيم الورفلي، منسق الشبكة، للمداخلة في الطاولة المستديرة الأولى، والسيدة ربيعة الزوي، "
         "مسؤولة الحماية في الشبكة، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير.\n\n"
         "مع التحية،\n"
         "ناصر البرعصي\n"
         "مساعد إداري\n"
         "Libyan Network for Migrant Workers' Rights (LNMWR)\n"
         "بنغازي - ليبيا\n")
    body = multi("alternative", [text(t, cte="base64"),
                                 text(html_from_text(t, rtl=True, outlook=True), cte="base64", subtype="html")],
                 style="outlook")
    build(f, rec, rec - dt.timedelta(seconds=8), ("Nasser Elbaraasi", "admin@lnmwr.example.ly"),
          "ترشيح متحدثين - LNMWR", body,
          "<VI1PR04MB5520C8D1F7A6E3B2@VI1PR04MB5520.eurprd04.prod.outlook.com>",
          client_hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-ly")],
          relay="EUR04-VI1-obe.outbound.protection.outlook.com")
    aff = "Libyan Network for Migrant Workers' Rights (LNMWR)"
    label(f, rec, "speaker_request", "ar", True, True,
          [sp("عبد الحكيم الورفلي", "منسق الشبكة", aff, ["roundtable"], 1),
           sp("ربيعة الزوي", "مسؤولة الحماية", aff, ["open_discussion"])], [], None,
          "two speakers in one Arabic sentence, each 'honorific name، title، role'; honorifics الأستاذ/السيدة not "
          "part of names; organisation only in English inside Arabic text ('يسر Libyan Network ... أن'); second "
          "title written 'مسؤولة الحماية في الشبكة' (the 'في الشبكة' is the affiliation); sender is an "
          "administrative assistant, not a speaker; Outlook base64 UTF-8.")

    # ---------------------------------------------------------------- 12 fr other: visa / format of the conference
    f = "h57-12.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 5, 9, 10, 2, tzinfo=BEI)
    t = ("Bonjour,\n\n"
         "Nous souhaiterions savoir si la conférence des 24 et 25 février se tiendra en présentiel à Beyrouth ou "
         "en ligne. Si elle a lieu en présentiel, la CESAO ou l'OIM peuvent-elles fournir une lettre d'invitation "
         "pour la demande de visa ? Certains de nos membres ont un passeport algérien et résident en France.\n\n"
         "Merci d'avance pour votre réponse.\n\n"
         "Rachid Boukhalfa\n"
         "Trésorier, Association des Algériens de Lyon pour la Solidarité (AALS)\n")
    body = multi("alternative", [text(t), text(html_from_text(t), subtype="html")])
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=5), ("Rachid Boukhalfa", "rachid.boukhalfa@gmail.example.com"),
          "Question visa / conférence en présentiel ?", body,
          "<CAJx8m1pQ4vR7tYw2Ez9LkN3oFh6UaG0bD@mail.gmail.com>", relay="mail-wr1-f66.google.com")
    label(f, rec, "other", "fr", True, None, [], [], None,
          "visa / in-person question from a diaspora association; signature 'Trésorier, Association ... (AALS)' "
          "looks like speaker details but nobody asks to speak; sent on the speaker deadline day.")

    # ---------------------------------------------------------------- 13 en speaker, HTML-only table, 23:50 edge
    f = "h57-13.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 5, 23, 50, 0, tzinfo=BEI)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n'
         "<p>Dear Secretariat,</p>\n"
         "<p>Please find below the two speakers proposed by the Free Union of Mauritanian Fishery Workers "
         "(FUMFW) for the regional review conference. Apologies for the late hour, we hope it is still in "
         "time.</p>\n"
         '<table border="1" cellpadding="4" style="border-collapse: collapse">\n'
         "<tr><th>Name</th><th>Position</th><th>Requested role</th></tr>\n"
         "<tr><td>Mr. Ahmedou Ould Sidi</td><td>Secretary General</td><td>Plenary session (floor intervention)</td></tr>\n"
         "<tr><td>Ms. Mariem Mint Bouh</td><td>Women Workers' Officer</td><td>Thematic roundtable 4</td></tr>\n"
         "</table>\n"
         "<p>Best regards,<br>Brahim Ould Cheikh<br>Communication Officer, FUMFW<br>Nouakchott, Mauritania</p>\n"
         "</body></html>\n")
    body = text(h, subtype="html")
    body.replace_header("Content-Type", "text/html; charset=UTF-8")
    sent13 = rec.astimezone(tz(0)) - dt.timedelta(seconds=23)
    build(f, rec, sent13, ("Brahim Ould Cheikh", "communication@fumfw.example.mr"),
          "Speakers - FUMFW - GCM Regional Review", body,
          "<3b7c1e90a4f2d5c8e6b1a7f0c9d2e4b3@fumfw.example.mr>",
          client_hdrs=[("User-Agent", "Roundcube Webmail/1.4.10")])
    aff = "Free Union of Mauritanian Fishery Workers (FUMFW)"
    label(f, rec, "speaker_request", "en", True, True,
          [sp("Ahmedou Ould Sidi", "Secretary General", aff, ["plenary"]),
           sp("Mariem Mint Bouh", "Women Workers' Officer", aff, ["roundtable"], 4)], [], None,
          "edge: received 23:50:00 Beirut on 5 February (Date header 21:49 +0000): on time. HTML-only mail "
          "(organisation webmail) with the two speakers in a table; 'Mr.'/'Ms.' inside the name cells are "
          "honorifics, 'Ould'/'Mint' are part of the names; the sender (communication officer) is not a speaker.")

    # ---------------------------------------------------------------- 14 ar speaker, 00:10 edge late, sentence
    f = "h57-14.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 6, 0, 10, 4, tzinfo=BEI)
    t = ("السادة المحترمون في أمانة الاستعراض الإقليمي،\n\n"
         "أعمل منسقاً لقسم العمال المهاجرين في الكونفدرالية الديمقراطية للعمال المغاربيين، وأود أن أتطوع "
         "للقيام بدور المقرر الذي يقدم الرسائل الرئيسية لأصحاب المصلحة في ختام المشاورة.\n\n"
         "أرجو أن يصلكم طلبي في الوقت المحدد.\n\n"
         "مع التقدير،\n"
         "عزيز الطالبي\n"
         "منسق قسم العمال المهاجرين\n"
         "الكونفدرالية الديمقراطية للعمال المغاربيين (CDTM)\n"
         "الدار البيضاء\n")
    body = text(flow(t), cte="8bit", flowed=True)
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=9), ("عزيز الطالبي", "aziz.talbi@cdtm.example.ma"),
          "طلب القيام بدور المقرر", body,
          "<c41f7a2e-58b0-4d93-9e1c-2a6f3b8d0e71@cdtm.example.ma>",
          client_hdrs=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                       ("Content-Language", "ar")])
    label(f, rec, "speaker_request", "ar", True, False,
          [sp("عزيز الطالبي", "منسق قسم العمال المهاجرين", "الكونفدرالية الديمقراطية للعمال المغاربيين (CDTM)",
              ["rapporteur"])], [], None,
          "edge: Date header Fri 5 Feb 23:09:55 +0100 (still Friday in Casablanca) but received 00:10:04 on "
          "6 February Beirut time: late. Role in a sentence ('دور المقرر الذي يقدم الرسائل الرئيسية'); body gives "
          "the title in the accusative ('أعمل منسقاً لقسم ...'), the signature in the nominative form used in the "
          "label; Latin acronym after the Arabic name; Thunderbird format=flowed 8bit.")

    # ---------------------------------------------------------------- 15 en speaker late 8 Feb, nominator, no role
    f = "h57-15.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 8, 10, 30, 26, tzinfo=BEI)
    t = ("Dear organisers,\n\n"
         "I know the deadline for speakers was last Friday, but I hope you can still consider our nomination. "
         "The Algerian Diaspora Network in Europe (ADNE) would like to propose Prof. Karima Hamdi, Vice-President "
         "of ADNE, as a speaker at the regional review. She has been researching the return of Algerian migrants "
         "from France and Spain for fifteen years and coordinated our contribution to the national consultation.\n\n"
         "Warm regards,\n"
         "Lotfi Zerrouki\n"
         "ADNE volunteer, Marseille\n")
    body = multi("alternative", [text(t), text(html_from_text(t), subtype="html")], style="yahoo")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=7), ("Lotfi Zerrouki", "lotfi.zerrouki@yahoo.example.fr"),
          "Nomination of a speaker (ADNE)", body, "<771920544.4410238.1612773000221@mail.yahoo.com>",
          client_hdrs=[("X-Mailer", "WebService/1.1.17648 YMailNodin")], relay="sonic311-13.consmr.mail.ir2.yahoo.com")
    label(f, rec, "speaker_request", "en", True, False,
          [sp("Karima Hamdi", "Vice-President", "Algerian Diaspora Network in Europe (ADNE)", [])], [], None,
          "late (8 February) and says so; a volunteer nominates someone else; no role stated (roles empty); "
          "honorific 'Prof.' not part of the name; title written as 'Vice-President of ADNE'.")

    # ---------------------------------------------------------------- 16 fr collective report DOCX RFC 2231 continuations
    f = "h57-16.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 9, 11, 0, 9, tzinfo=BEI)
    t = ("Madame, Monsieur,\n\n"
         "Au nom du Réseau Tunisien pour les Droits des Migrants (RTDM), j'ai l'honneur de vous transmettre "
         "ci-joint notre rapport volontaire collectif sur la mise en œuvre du Pacte mondial pour les migrations "
         "en Tunisie. Il a été rédigé avec sept associations membres, dont deux syndicats régionaux et une "
         "coopérative de femmes de Médenine.\n\n"
         "Nous vous remercions de bien vouloir en accuser réception.\n\n"
         "Cordialement,\n"
         "Amel Chebbi\n"
         "Coordinatrice, RTDM\n")
    att = "Rapport_collectif_PMM_Réseau_Tunisien_Droits_Migrants.docx"
    docx = make_docx(["Réseau Tunisien pour les Droits des Migrants (RTDM)",
                      "Rapport volontaire collectif - Pacte mondial pour les migrations", "Membres: 7 associations"])
    body = multi("mixed", [text(flow(t), cte="8bit", flowed=True), attachment(docx, DOCX_CT, att, "2231cont")],
                 style="tb")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=15), ("Amel Chebbi", "coordination@rtdm.example.tn"),
          "Rapport volontaire collectif - RTDM", body,
          "<e2a94c17-3f5b-4a80-b6d1-91c0f7e25a38@rtdm.example.tn>",
          client_hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                       ("Content-Language", "fr")])
    label(f, rec, "voluntary_report", "fr", True, True, [], [att], None,
          "collective report (7 member organisations) as DOCX; file name with 'é' split into RFC 2231 "
          "continuations (filename*0*/filename*1*...); format=flowed 8bit body; signature 'Coordinatrice, RTDM' is "
          "not a speaker.")
    ack16 = "<ack-h57-16.20210209110030@iom.int>"

    # ---------------------------------------------------------------- 17 en other: adds missing detail to 13
    f = "h57-17.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 10, 14, 20, 37, tzinfo=BEI)
    t = ("Dear Secretariat,\n\n"
         "Further to my message of last Friday night, here are the contact e-mails of our two speakers, which I "
         "forgot to include:\n\n"
         "- Ahmedou Ould Sidi: a.ouldsidi@fumfw.example.mr\n"
         "- Mariem Mint Bouh: m.mintbouh@fumfw.example.mr\n\n"
         "Both have now completed the online registration.\n\n"
         "Best regards,\n"
         "Brahim\n\n"
         "On 2021-02-05 21:49, Brahim Ould Cheikh wrote:\n"
         "> Dear Secretariat,\n"
         "> Please find below the two speakers proposed by the Free Union of Mauritanian Fishery Workers (FUMFW)\n"
         "> for the regional review conference.\n"
         "> Name | Position | Requested role\n"
         "> Mr. Ahmedou Ould Sidi | Secretary General | Plenary session (floor intervention)\n"
         "> Ms. Mariem Mint Bouh | Women Workers' Officer | Thematic roundtable 4\n")
    body = text(t, cte="7bit")
    body.replace_header("Content-Type", "text/plain; charset=US-ASCII; format=flowed")
    mid13 = "<3b7c1e90a4f2d5c8e6b1a7f0c9d2e4b3@fumfw.example.mr>"
    build(f, rec, rec.astimezone(tz(0)) - dt.timedelta(seconds=12), ("Brahim Ould Cheikh", "communication@fumfw.example.mr"),
          "Re: Speakers - FUMFW - GCM Regional Review", body,
          "<9d01f5a7e3c2b8d4a6f0e1c7b5a3d92e@fumfw.example.mr>", in_reply_to=mid13, references=mid13,
          client_hdrs=[("User-Agent", "Roundcube Webmail/1.4.10")])
    label(f, rec, "other", "en", True, None, [], [], "h57-13.eml",
          "reply adding a missing detail (speakers' e-mail addresses) to the speaker request h57-13; the quoted "
          "original repeats the speaker table with roles, but no new or changed speaker is proposed; after the "
          "speaker deadline, which does not apply to this follow-up.")

    # ---------------------------------------------------------------- 18 ar report Outlook windows-1256, 2047 windows-1256 filename
    f = "h57-18.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 11, 9, 40, 51, tzinfo=BEI)
    t = ("حضرات السادة المحترمين،\n"
         "تحية طيبة وبعد،\n\n"
         "يسعدنا أن نرسل إليكم في المرفق التقرير الطوعي لجمعية الجالية التونسية للتنمية والتضامن حول تنفيذ الاتفاق "
         "العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويركز التقرير على أوضاع العمال التونسيين في دول الخليج "
         "وعلى التحويلات المالية ومساهمة الجالية في التنمية المحلية.\n\n"
         "مع فائق الاحترام،\n"
         "ليلى المحجوب\n"
         "مسؤولة البرامج\n"
         "جمعية الجالية التونسية للتنمية والتضامن\n")
    h = html_from_text(t, rtl=True, outlook=True).replace("charset=utf-8", "charset=windows-1256")
    att = "تقرير الجمعية حول الاتفاق العالمي للهجرة.pdf"
    pdf = make_pdf(["Tunisian Diaspora Association for Development and Solidarity",
                    "Voluntary GCM Review Report", "Tunisian workers in the Gulf; remittances (Objective 20)"])
    body = multi("mixed", [multi("alternative", [text(t, "windows-1256"), text(h, "windows-1256", subtype="html")],
                                 style="outlook"),
                           attachment(pdf, "application/pdf", att, "2047:windows-1256")], style="outlook")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=33), ("ليلى المحجوب", "l.mahjoub@jctds.example.tn"),
          "التقرير الطوعي - جمعية الجالية التونسية للتنمية والتضامن", body,
          "<PR3PR09MB52648F1A0C2E7D6B9A@PR3PR09MB5264.eurprd09.prod.outlook.com>",
          client_hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-tn")],
          from_charset="windows-1256", subj_charset="windows-1256", relay="EUR03-PR3-obe.outbound.protection.outlook.com")
    label(f, rec, "voluntary_report", "ar", True, True, [], [att], None,
          "Outlook windows-1256 (quoted-printable body, RFC 2047 windows-1256 subject, display name and PDF file "
          "name inside quoted parameters); the signature gives a title and organisation but no speaker is "
          "proposed.")

    # ---------------------------------------------------------------- 19 en both, forwarded, speaker part late
    f = "h57-19.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 12, 13, 15, 28, tzinfo=BEI)
    t = ("Dear GCM team,\n\n"
         "Please see below and attached the voluntary report of our union. We would also be very grateful if "
         "Ms. Ouazzani, who drafted the report, could take the floor in roundtable 2. I realise we are late for "
         "the speakers, apologies.\n\n"
         "Best,\n"
         "Hassan Belkadi\n"
         "Communication Officer, NUMAW\n\n"
         "---------- Forwarded message ---------\n"
         "From: Zineb Ouazzani <z.ouazzani@numaw.example.ma>\n"
         "Date: Thu, 11 Feb 2021 at 16:02\n"
         "Subject: NUMAW report for the GCM review - final\n"
         "To: Hassan Belkadi <h.belkadi@numaw.example.ma>\n\n\n"
         "Dear Hassan,\n\n"
         "Attached is the final version of our GCM voluntary report, validated by the executive bureau. Could you "
         "send it to the regional review address?\n\n"
         "Thanks,\n"
         "Zineb Ouazzani\n"
         "Head of Research and Advocacy\n"
         "National Union of Moroccan Agricultural Workers (NUMAW)\n"
         "Agadir, Morocco\n")
    att = "NUMAW_GCM_Voluntary_Report_Final.pdf"
    pdf = make_pdf(["National Union of Moroccan Agricultural Workers (NUMAW)", "GCM Voluntary Report - Final",
                    "Seasonal agricultural workers: recruitment, contracts, return"])
    body = multi("mixed", [multi("alternative", [text(t), text(html_from_text(t), subtype="html")]),
                           attachment(pdf, "application/pdf", att, extra=[("X-Attachment-Id", "f_kl0q9m2d0")])])
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=10), ("Hassan Belkadi", "h.belkadi@numaw.example.ma"),
          "Fwd: NUMAW report for the GCM review - final", body,
          "<CAF2kLp0Wq7nRz3Yx8Vb1Ht5Mc9JdE4sAu@mail.gmail.com>", relay="mail-wm1-f48.google.com")
    label(f, rec, "both", "en", True, False,
          [sp("Zineb Ouazzani", "Head of Research and Advocacy",
              "National Union of Moroccan Agricultural Workers (NUMAW)", ["roundtable"], 2)],
          [att], None,
          "forwarded message ('---------- Forwarded message ---------'); the speaker is named only as "
          "'Ms. Ouazzani' in the new text, her full name, title and organisation are in the forwarded "
          "signature; the forwarder (sender) is not a speaker; received 12 February: the report part is on time "
          "but the speaker part is late, so on_time is false.")

    # ---------------------------------------------------------------- 20 fr thank-you reply to our ack of 16
    f = "h57-20.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 14, 17, 30, 12, tzinfo=BEI)
    t = ("Merci beaucoup pour votre accusé de réception, et bon courage pour la préparation de la conférence.\n\n"
         "Amel\n\n"
         "Le 09/02/2021 à 11:00, GCM Regional Review a écrit :\n"
         "> Madame, Monsieur,\n"
         "> Nous accusons réception de votre rapport volontaire\n"
         "> « Rapport_collectif_PMM_Réseau_Tunisien_Droits_Migrants.docx », reçu le 9 février 2021.\n"
         "> Cordialement,\n"
         "> Le secrétariat du Réseau régional des Nations Unies sur les migrations\n")
    body = text(flow(t), cte="8bit", flowed=True)
    mid16 = "<e2a94c17-3f5b-4a80-b6d1-91c0f7e25a38@rtdm.example.tn>"
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=4), ("Amel Chebbi", "coordination@rtdm.example.tn"),
          "Re: Accusé de réception - Rapport volontaire collectif - RTDM", body,
          "<0b7d3e61-a2f4-49c8-8e15-c6d9f2a07b43@rtdm.example.tn>", in_reply_to=ack16,
          references=f"{mid16} {ack16}",
          client_hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                       ("Content-Language", "fr")])
    label(f, rec, "other", "fr", False, None, [], [], "h57-16.eml",
          "thank-you reply to our acknowledgement of h57-16 that adds nothing new: do not acknowledge; the quoted "
          "acknowledgement names the report file, but nothing is attached.")

    # ---------------------------------------------------------------- 21 ar report edge 23:50, iPhone, cooperative
    f = "h57-21.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 16, 23, 50, 0, tzinfo=BEI)
    t1 = ("السلام عليكم،\n\n"
          "هذا التقرير الطوعي لتعاونية نساء نواذيبو للصيد التقليدي حول الاتفاق العالمي من أجل الهجرة. نعتذر عن "
          "التأخير في الإرسال بسبب انقطاع الإنترنت.\n\n"
          "مريم بنت الشيخ\n"
          "رئيسة التعاونية\n")
    t2 = "\n\nأُرسلت من الـ iPhone\n"
    att = "rapport_cooperative_femmes_nouadhibou.pdf"
    pdf = make_pdf(["Cooperative des femmes de Nouadhibou pour la peche artisanale",
                    "Rapport volontaire PMM 2021", "Femmes transformatrices de poisson et migrants ouest-africains"])
    body = multi("mixed", [text(t1, cte="base64"), attachment(pdf, "application/pdf", att, disp="inline"),
                           text(t2, cte="base64")], style="apple")
    build(f, rec, rec.astimezone(tz(0)) - dt.timedelta(seconds=48), ("مريم بنت الشيخ", "mariem.cheikh.ndb@icloud.example.com"),
          "التقرير الطوعي", body, "<F7A2C019-5B3E-4D61-A8E0-3C9B1D7F2E46@icloud.example.com>",
          client_hdrs=[("X-Mailer", "iPhone Mail (18D52)")], relay="ms11p00im-qufo17281601.me.com")
    label(f, rec, "voluntary_report", "ar", True, True, [], [att], None,
          "edge: received 23:50:00 Beirut on 16 February (Date header 21:49 +0000): on time despite the "
          "apology for lateness; iPhone multipart/mixed with the PDF inline between two base64 text parts; the "
          "report (French file name and text) differs in language from the Arabic mail.")

    # ---------------------------------------------------------------- 22 fr report late 00:10, Outlook windows-1252
    f = "h57-22.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 17, 0, 10, 2, tzinfo=BEI)
    t = ("Bonsoir,\n\n"
         "Veuillez trouver ci-joint le rapport volontaire de l'Union Syndicale des Travailleurs Migrants d'Algérie "
         "(USTMA), transmis avant la date limite du 16 février comme demandé.\n\n"
         "Bien à vous,\n\n"
         "Nacer Belaïd\n"
         "Secrétaire national chargé des relations extérieures\n"
         "USTMA - Alger\n")
    h = html_from_text(t, outlook=True).replace("charset=utf-8", "charset=windows-1252")
    att = "USTMA_Rapport_volontaire_PMM.docx"
    docx = make_docx(["Union Syndicale des Travailleurs Migrants d'Algérie (USTMA)", "Rapport volontaire PMM 2021"])
    body = multi("mixed", [multi("alternative", [text(t, "windows-1252"), text(h, "windows-1252", subtype="html")],
                                 style="outlook"),
                           attachment(docx, DOCX_CT, att)], style="outlook")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=22), ("Nacer Belaïd", "n.belaid@ustma.example.dz"),
          "Rapport volontaire PMM - USTMA", body,
          "<MR2P264MB0418E5B7C1A9F3D6@MR2P264MB0418.FRAP264.PROD.OUTLOOK.COM>",
          client_hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")],
          from_charset="iso-8859-1", relay="FRA01-MR2-obe.outbound.protection.outlook.com")
    label(f, rec, "voluntary_report", "fr", True, False, [], [att], None,
          "edge: Date header Tue 16 Feb 23:09:40 +0100 and the text claims it is sent 'avant la date limite', but "
          "received 00:10:02 on 17 February Beirut time: late. Outlook windows-1252 quoted-printable, "
          "ISO-8859-1 encoded display name.")
    ack22 = "<ack-h57-22.20210217001030@iom.int>"

    # ---------------------------------------------------------------- 23 fr bounce (ack to 22's sender)
    f = "h57-23.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 17, 0, 11, 32, tzinfo=BEI)
    t = ("Ceci est le programme de messagerie du serveur mail.ustma.example.dz.\n\n"
         "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n"
         "Il est joint ci-dessous.\n\n"
         "<n.belaid@ustma.example.dz> : la boîte aux lettres du destinataire est pleine (quota dépassé)\n"
         "552 5.2.2 Mailbox full\n")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mail.ustma.example.dz"
    b1["X-Postfix-Queue-ID"] = "4DgH2k0Zb1z9"
    b1["Arrival-Date"] = format_datetime(rec.astimezone(tz(1)) - dt.timedelta(seconds=2))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; n.belaid@ustma.example.dz"
    b2["Action"] = "failed"
    b2["Status"] = "5.2.2"
    b2["Diagnostic-Code"] = "smtp; 552 5.2.2 Mailbox full"
    ds.set_payload([b1, b2])
    rh = text("From: GCM Regional Review <gcmrrarabstates@iom.int>\n"
              "To: n.belaid@ustma.example.dz\n"
              "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_PMM_-_USTMA?=\n"
              f"Date: {format_datetime(rec - dt.timedelta(seconds=60))}\n"
              f"Message-ID: {ack22}\n"
              "In-Reply-To: <MR2P264MB0418E5B7C1A9F3D6@MR2P264MB0418.FRAP264.PROD.OUTLOOK.COM>\n",
              "us-ascii", cte="7bit", subtype="rfc822-headers")
    rh.replace_header("Content-Type", "text/rfc822-headers")
    rep = Message()
    rep["Content-Type"] = f'multipart/report; report-type=delivery-status; boundary="{B.next("gmail")}"'
    rep.attach(text(t, cte="8bit", extra=[("Content-Description", "Notification")]))
    rep.attach(ds)
    rep.attach(rh)
    build(f, rec, rec.astimezone(tz(1)), ("Mail Delivery System", "MAILER-DAEMON@mail.ustma.example.dz"),
          "Non remis : Accusé de réception - Rapport volontaire PMM - USTMA", rep,
          "<20210216231132.4DgH2k0Zb1z9@mail.ustma.example.dz>", return_path="",
          extra=[("Auto-Submitted", "auto-replied")])
    label(f, rec, "bounce", "fr", False, None, [], [], None,
          "French-localised Postfix DSN (mailbox full, 5.2.2) for our acknowledgement of h57-22; multipart/report "
          "with text/rfc822-headers of the acknowledgement, whose subject mentions the voluntary report; "
          "must not be acknowledged.")

    # ---------------------------------------------------------------- 24 ar both, late, DOCX RFC 2231 Arabic name
    f = "h57-24.eml"; B.seed = f; B.n = 0
    rec = dt.datetime(2021, 2, 19, 10, 30, 45, tzinfo=BEI)
    t = ("إلى أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،\n\n"
         "نرسل إليكم مرفقاً تقرير النقابة التونسية لعمال البناء والأشغال العمومية عن أوضاع عمال البناء المهاجرين "
         "من بلدان جنوب الصحراء في تونس. كما نقترح أن يتحدث الأستاذ منير الحامدي، الكاتب العام للنقابة، في "
         "الطاولة المستديرة الثالثة.\n\n"
         "نعلم أن المواعيد قد انقضت، ونأمل أن تتمكنوا من قبول مساهمتنا.\n\n"
         "والسلام،\n"
         "سنية العياري\n"
         "مكلفة بالإعلام\n"
         "النقابة التونسية لعمال البناء والأشغال العمومية - صفاقس\n")
    att = "تقرير النقابة - الاتفاق العالمي للهجرة.docx"
    docx = make_docx(["النقابة التونسية لعمال البناء والأشغال العمومية", "التقرير الطوعي حول الاتفاق العالمي للهجرة",
                      "Construction workers from sub-Saharan Africa in Tunisia"])
    body = multi("mixed", [text(t), attachment(docx, DOCX_CT, att, "2231")], style="apple")
    build(f, rec, rec.astimezone(tz(1)) - dt.timedelta(seconds=17), ("سنية العياري", "s.ayari@stbtp.example.tn"),
          "تقرير وطلب مداخلة - النقابة التونسية لعمال البناء", body,
          "<B92E41D7-06A3-4F85-9C1B-E7D0A5F3C824@stbtp.example.tn>",
          client_hdrs=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    label(f, rec, "both", "ar", True, False,
          [sp("منير الحامدي", "الكاتب العام", "النقابة التونسية لعمال البناء والأشغال العمومية",
              ["roundtable"], 3)],
          [att], None,
          "both, and both parts late (19 February); speaker nominated in prose by the press officer (sender); "
          "honorific 'الأستاذ' not part of the name; title written 'الكاتب العام للنقابة' (label keeps the title, "
          "'للنقابة' refers back to the organisation named earlier in the sentence); Arabic DOCX name in RFC 2231; Apple Mail.")

    LABELS.sort(key=lambda e: e["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
