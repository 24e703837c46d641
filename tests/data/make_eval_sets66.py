#!/usr/bin/env python3
"""Write the blind evaluation set holdout66 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets66.py
Stakeholders of this set: youth and student groups, returnee associations, volunteer initiatives and
online activists in Egypt, Jordan, Morocco, Iraq and Sudan (all invented).
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import zipfile
from email import policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout66")
P = policy.compat32.clone(linesep="\r\n")
MBOX = "gcmrrarabstates@iom.int"


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


BEIRUT = tz(2)


# ---------------------------------------------------------------- building blocks
def enc_text(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    return raw.decode("ascii")


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, quote_cs=True):
    m = Message()
    cs = f'"{charset}"' if quote_cs else charset
    ct = f"text/{subtype}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(enc_text(text, charset, cte))
    return m


def multipart(subtype, boundary, parts, extra=""):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};{extra}\r\n boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, filename, style="plain", disp="attachment"):
    """style: plain | 2231 | 2231cont | 2047 (Gmail: encoded word inside quotes)."""
    m = Message()
    if style == "plain":
        m["Content-Type"] = f'{ctype}; name="{filename}"'
        m["Content-Disposition"] = f'{disp}; filename="{filename}"'
    elif style == "2047":
        ew = Header(filename, "utf-8").encode(maxlinelen=900)
        ew = ew.replace("\n", "").replace("\r", "")
        ew = " ".join(x for x in ew.split(" ") if x)
        m["Content-Type"] = f'{ctype}; name="{ew}"'
        m["Content-Disposition"] = f'{disp}; filename="{ew}"'
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        if style == "2231":
            m["Content-Type"] = f"{ctype};\r\n name*=utf-8''{q}"
            m["Content-Disposition"] = f"{disp};\r\n filename*=utf-8''{q}"
        else:  # continuations, as Thunderbird / Apple Mail write them
            chunks, i = [], 0
            while i < len(q):
                j = min(i + 60, len(q))
                # do not cut a %XX escape
                while j < len(q) and "%" in q[j - 2:j]:
                    j -= 1
                chunks.append(q[i:j])
                i = j
            segs = []
            for n, c in enumerate(chunks):
                segs.append((f"*{n}*=utf-8''{c}") if n == 0 else (f"*{n}*={c}"))
            m["Content-Type"] = f"{ctype};\r\n" + ";\r\n".join(" name" + s for s in segs)
            m["Content-Disposition"] = f"{disp};\r\n" + ";\r\n".join(" filename" + s for s in segs)
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def hdr(text, charset="utf-8", prefix=""):
    """Header object: the generator folds the RFC 2047 encoded words itself (no empty first line)."""
    h = Header()
    if prefix:
        h.append(prefix, "us-ascii")
    h.append(text, charset)
    return h


def addr(name, email_, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email_}>'
        return f"{name} <{email_}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(13) + chr(10))} <{email_}>"


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = "BT /F1 11 Tf 50 790 Td 15 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(body.encode('latin-1'))} >>\nstream\n{body}endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_docx(paragraphs):
    from xml.sax.saxutils import escape
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
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{paras}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def html_of(text, dir_="ltr", font="Calibri"):
    from html import escape
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(escape(l) for l in para.split("\n")) + "</p>")
    return (f'<html dir="{dir_}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'\n<body><div style="font-family:{font},sans-serif;font-size:11pt" dir="{dir_}">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def flow(text, width=72):
    """format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
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


def build(headers, body, received_at, env_from, relay, ip, qid):
    m = Message()
    for k, v in headers:
        m[k] = v
    for k, v in body._headers:
        m[k] = v
    m._payload = body._payload
    raw = m.as_bytes(policy=P)
    trace = (f"Return-Path: <{env_from}>\r\n"
             f"Delivered-To: {MBOX}\r\n"
             f"Received: from {relay} ({relay} [{ip}])\r\n"
             f"\tby mx1.iom.int (Postfix) with ESMTPS id {qid}\r\n"
             f"\tfor <{MBOX}>; {format_datetime(received_at)} (EET)\r\n")
    return trace.encode("ascii") + raw


MESSAGES = []


def add(fname, raw, label):
    label = dict(label)
    MESSAGES.append((fname, raw, label))


def lab(file, received_at, category, language, on_time, speakers=(), attachments=(), thread_of=None,
        acknowledge=True, notes=""):
    return {"file": file, "received_at": received_at.isoformat(), "category": category, "language": language,
            "acknowledge": acknowledge, "on_time": on_time, "speakers": [dict(s) for s in speakers],
            "report_attachments": list(attachments), "thread_of": thread_of, "notes": notes}


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": list(roles), "roundtable": roundtable}


def R(*a):
    """received_at, Beirut time."""
    return dt.datetime(2021, *a, tzinfo=BEIRUT)


def D(offset_h, *a):
    return format_datetime(dt.datetime(2021, *a, tzinfo=tz(offset_h)))


MID = {}


# ============================================================ 01 en speaker, details only in the subject
def m01():
    f = "h66-01.eml"
    rat = R(2, 2, 10, 12, 30)
    MID[f] = "<CAJ7mQ2vX0kTnD4p+8yH1sW_r3LqzE9uV6aB5cNf0gK2hYt@mail.gmail.example.com>"
    subj = ("Speaker request - Tamer Haddadin, Youth Programme Coordinator, Jordanian Youth for Migrants "
            "Initiative (JYMI) - Roundtable 2")
    plain = "Pls see subject line for the speaker details.\nThanks, Tamer\n"
    html = ('<div dir="ltr"><div>Pls see subject line for the speaker details.</div><div>Thanks, Tamer</div></div>\n')
    body = multipart("alternative", "000000000000a1b2c3d4e5f60718", [
        text_part(plain), text_part(html, "html")])
    h = [("MIME-Version", "1.0"),
         ("From", "Tamer Haddadin <tamer.haddadin.jo@gmail.example.com>"),
         ("Date", D(2, 2, 2, 10, 12, 4)),
         ("Message-ID", MID[f]),
         ("Subject", subj),
         ("To", MBOX)]
    raw = build(h, body, rat, "tamer.haddadin.jo@gmail.example.com", "mail-wr1-f41.google.example.com",
                "209.85.221.41", "4DVc8m1KxPz3")
    add(f, raw, lab(f, rat, "speaker_request", "en", True,
                    [sp("Tamer Haddadin", "Youth Programme Coordinator",
                        "Jordanian Youth for Migrants Initiative (JYMI)", ["roundtable"], 2)],
                    notes="very short (two lines, no greeting): name, title, affiliation and roundtable are ONLY in "
                          "the (long, folded) Subject header; the body just says 'see subject line' and signs "
                          "'Tamer'. Gmail multipart/alternative QP."))


# ============================================================ 02 ar speaker, Outlook windows-1256, nominator
def m02():
    f = "h66-02.eml"
    rat = R(2, 2, 14, 30, 5)
    MID[f] = "<VI1PR0601MB2254A7C3E1F04B2D9C8E61A7B44A0@VI1PR0601MB2254.eurprd06.prod.outlook.example.com>"
    text = ("السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المنطقة العربية المحترمين،\n\n"
            "تحية طيبة وبعد،\n\n"
            "بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
            "والمنظمة والنظامية، يسرّ جمعية العائدين من الخارج للتنمية المجتمعية أن ترشّح ممثلتها التالية "
            "لتقديم مداخلة خلال المؤتمر:\n\n"
            "الاسم: الدكتورة هبة الله عبد الستار\n"
            "الصفة: نائبة رئيس مجلس الإدارة\n"
            "الجهة: جمعية العائدين من الخارج للتنمية المجتمعية\n"
            "نوع المشاركة: مداخلة من القاعة في المائدة المستديرة المواضيعية الثالثة\n\n"
            "وتفضلوا بقبول فائق الاحترام والتقدير،\n\n"
            "محمود فتحي الشاذلي\n"
            "المدير التنفيذي\n"
            "جمعية العائدين من الخارج للتنمية المجتمعية\n"
            "أسيوط – جمهورية مصر العربية\n")
    html = html_of(text, "rtl", "Arial").replace("charset=utf-8", "charset=windows-1256")
    body = multipart("alternative", "_000_VI1PR0601MB2254A7C3E1F04B2D9C8E61A7B44A0VI1PR0601MB2254eurp_", [
        text_part(text, charset="windows-1256"), text_part(html, "html", charset="windows-1256")])
    h = [("From", addr("محمود فتحي الشاذلي", "m.elshazly@returnees-assiut.example.org", "windows-1256")),
         ("To", f'"{MBOX}" <{MBOX}>'),
         ("Subject", hdr("ترشيح متحدثة – جمعية العائدين من الخارج للتنمية المجتمعية", "windows-1256")),
         ("Thread-Topic", hdr("ترشيح متحدثة – جمعية العائدين من الخارج للتنمية المجتمعية", "windows-1256")),
         ("Thread-Index", "AdbzZk3lQ0VhX9m2TqGkq8n1cWq7Pw=="),
         ("Date", D(2, 2, 2, 14, 29, 51)),
         ("Message-ID", MID[f]),
         ("Accept-Language", "ar-EG, en-US"),
         ("Content-Language", "ar-EG"),
         ("X-MS-Has-Attach", ""),
         ("MIME-Version", "1.0")]
    raw = build(h, body, rat, "m.elshazly@returnees-assiut.example.org",
                "mail-eopbgr60071.outbound.protection.outlook.example.com", "40.107.6.71", "4DVjQ72hLmzT")
    add(f, raw, lab(f, rat, "speaker_request", "ar", True,
                    [sp("هبة الله عبد الستار", "نائبة رئيس مجلس الإدارة",
                        "جمعية العائدين من الخارج للتنمية المجتمعية", ["roundtable"], 3)],
                    notes="Outlook, windows-1256 text+HTML (QP) and windows-1256 RFC 2047 subject/display name; "
                          "the sender (executive director, his own title in the signature) nominates a colleague; "
                          "honorific 'الدكتورة' is not part of the name; compound first name 'هبة الله'; "
                          "roundtable as ordinal word 'الثالثة'."))


# ============================================================ 03 fr auto-reply
def m03():
    f = "h66-03.eml"
    rat = R(2, 2, 15, 5, 20)
    MID[f] = "<1612274719.88213.autoreply@jmm-maroc.example.ma>"
    text = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 8 février 2021 inclus, avec un accès limité "
            "à ma messagerie.\nPour toute demande urgente concernant les activités de l'association, merci de "
            "contacter contact@jmm-maroc.example.ma.\n\nCordialement,\nLoubna Tazi\n"
            "Association Jeunes Marocains du Monde\n")
    body = text_part(text)
    h = [("From", "Loubna Tazi <l.tazi@jmm-maroc.example.ma>"),
         ("To", MBOX),
         ("Subject", hdr("Réponse automatique : Invitation : Examen régional du Pacte mondial sur les migrations "
                         "– région arabe")),
         ("Date", D(1, 2, 2, 14, 5, 19)),
         ("Message-ID", MID[f]),
         ("In-Reply-To", "<invitation-2021-02-02-fr.4471@iom.int>"),
         ("References", "<invitation-2021-02-02-fr.4471@iom.int>"),
         ("Auto-Submitted", "auto-replied"),
         ("X-Autoreply", "yes"),
         ("Precedence", "auto_reply"),
         ("MIME-Version", "1.0")]
    raw = build(h, body, rat, "", "mx.jmm-maroc.example.ma", "196.200.131.17", "4DVjX02bTrzq")
    add(f, raw, lab(f, rat, "auto_reply", "fr", None, acknowledge=False,
                    notes="vacation auto-reply to the French invitation (Auto-Submitted: auto-replied, X-Autoreply, "
                          "Precedence: auto_reply, null Return-Path); written like a person, mentions the "
                          "association; never acknowledge."))


# ============================================================ 04 fr speaker, two speakers in prose, Thunderbird flowed
def m04():
    f = "h66-04.eml"
    rat = R(2, 3, 9, 20, 11)
    MID[f] = "<5b1e7c2a-93d4-4f0e-b8a1-2c6f0d9e4a13@aemr-rabat.example.ma>"
    text = ("Madame, Monsieur,\n\n"
            "Suite à votre lettre d'invitation à l'Examen régional du Pacte mondial pour des migrations sûres, "
            "ordonnées et régulières, l'Association des Étudiants Migrants de Rabat (AEMR) a le plaisir de vous "
            "proposer deux intervenants.\n\n"
            "Nous souhaiterions que M. Ibrahima Sow, Président de l'AEMR, puisse faire une intervention depuis la "
            "salle lors d'une séance plénière, le 24 ou le 25 février. Par ailleurs, Mme Salma Ouazzani, "
            "Responsable du pôle plaidoyer, aimerait prendre la parole dans la table ronde thématique n°4 ; à "
            "défaut, la table ronde n°1 lui conviendrait également.\n\n"
            "Tous deux sont étudiants à Rabat et suivent de près les questions d'accès aux titres de séjour et à "
            "l'enseignement supérieur pour les jeunes migrants.\n\n"
            "Je reste à votre disposition pour tout complément d'information.\n\n"
            "Bien cordialement,\n\n"
            "-- \n"
            "Khadija Benjelloun\n"
            "Secrétaire générale, AEMR\n"
            "Rabat – Maroc\n")
    body = text_part(flow(text), cte="8bit", flowed=True, quote_cs=False)
    h = [("Message-ID", MID[f]),
         ("Date", D(1, 2, 3, 8, 19, 47)),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.0"),
         ("Content-Language", "fr"),
         ("To", MBOX),
         ("From", "Khadija Benjelloun <sg@aemr-rabat.example.ma>"),
         ("Subject", hdr("Proposition de deux intervenants – AEMR (séance plénière / table ronde)"))]
    raw = build(h, body, rat, "sg@aemr-rabat.example.ma", "smtp.aemr-rabat.example.ma", "196.12.203.44",
                "4DW2Hn0q7Wz9")
    aff = "Association des Étudiants Migrants de Rabat (AEMR)"
    add(f, raw, lab(f, rat, "speaker_request", "fr", True,
                    [sp("Ibrahima Sow", "Président", aff, ["plenary"]),
                     sp("Salma Ouazzani", "Responsable du pôle plaidoyer", aff, ["roundtable"], 4)],
                    notes="two speakers in running prose with 'M.'/'Mme' honorifics; the affiliation is given as "
                          "'de l'AEMR' / only implied for the second speaker (full name with acronym in the first "
                          "paragraph); second speaker gives a first choice (table ronde n°4) and a fallback (n°1): "
                          "roundtable 4; the sender (Secrétaire générale) is not a speaker; Thunderbird "
                          "format=flowed 8bit, unquoted charset."))


# ============================================================ 05 en other: interpretation question
def m05():
    f = "h66-05.eml"
    rat = R(2, 3, 11, 45, 2)
    MID[f] = "<8F3A1C52-7D0B-4E61-9A2F-55C0B7D1E934@iysm-iraq.example.org>"
    text = ("Dear GCM Regional Review team,\n\n"
            "We are preparing our nomination for a speaking role and have two practical questions before we send "
            "it:\n\n"
            "1. Will simultaneous interpretation (Arabic / English / French) be available in the thematic "
            "roundtables, or only in the plenary? Our nominee would be much more comfortable speaking in Arabic.\n"
            "2. Is there a time limit for floor interventions (3 minutes? 5 minutes?)\n\n"
            "We will send the name and details of our speaker before Friday.\n\n"
            "Kind regards,\n\n"
            "Zaid Al-Obaidi\n"
            "Iraqi Youth for Safe Migration (IYSM)\n"
            "Baghdad\n")
    html = html_of(text, font="Helvetica")
    body = multipart("alternative", "Apple-Mail=_4C7E2B90-1D5A-4F3B-8E62-A0D9C3F71B25", [
        text_part(text, charset="us-ascii", cte="7bit"), text_part(html, "html", charset="us-ascii", cte="7bit")])
    h = [("From", "Zaid Al-Obaidi <zaid.obaidi@iysm-iraq.example.org>"),
         ("Subject", "Question on interpretation in the roundtables"),
         ("Message-Id", MID[f]),
         ("Date", D(3, 2, 3, 12, 44, 38)),
         ("To", MBOX),
         ("Mime-Version", "1.0 (Mac OS X Mail 14.0 \\(3654.40.0.2.32\\))"),
         ("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    raw = build(h, body, rat, "zaid.obaidi@iysm-iraq.example.org", "smtp.iysm-iraq.example.org",
                "37.236.8.102", "4DW5Lr3sYkzB")
    add(f, raw, lab(f, rat, "other", "en", None,
                    notes="question about interpretation and intervention length; announces a speaking-role "
                          "nomination but names nobody, so no speaker and not a speaker request; mentions "
                          "'roundtables', 'plenary', 'speaking role'."))


# ============================================================ 06 ar speaker, colloquial, name only in signature
def m06():
    f = "h66-06.eml"
    rat = R(2, 3, 16, 0, 40)
    MID[f] = "<CAOq9Vt3hZr7bP1w_Kk4Fm2sXy8uJd0LcE6nRq5aT3gWv=HzB1Q@mail.gmail.example.com>"
    text = ("ازيكم،\n\n"
            "انا حابب اشارك في النقاش المفتوح بتاع المشاورة يوم ٢٣ فبراير. احنا مبادرة شبابية تطوعية بنشتغل مع "
            "الشباب اللي رجعوا من ليبيا والأردن في المنيا، وعندنا حاجات كتير عايزين نقولها عن إعادة الإدماج.\n\n"
            "لو محتاجين اي بيانات تانية قولولي.\n\n"
            "شكرا جدا\n\n"
            "-- \n"
            "كريم عبد الحميد\n"
            "Minya Returnees Youth Volunteers (MRYV)\n"
            "+20 100 555 0142\n")
    html = ('<div dir="rtl">' + "".join(
        f"<div>{l if l else '<br>'}</div>" for l in text.split("-- \n")[0].split("\n")) +
        '</div><div dir="rtl">-- <br><div dir="rtl" class="gmail_signature">كريم عبد الحميد<br>'
        'Minya Returnees Youth Volunteers (MRYV)<br>+20 100 555 0142</div></div>\n')
    body = multipart("alternative", "0000000000004e6b1f05ba8c2d91", [
        text_part(text, cte="base64"), text_part(html, "html", cte="base64")])
    h = [("MIME-Version", "1.0"),
         ("From", addr("كريم عبد الحميد", "karim.abdelhamid.mryv@gmail.example.com")),
         ("Date", D(2, 2, 3, 16, 0, 12)),
         ("Message-ID", MID[f]),
         ("Subject", hdr("المشاركة في النقاش المفتوح")),
         ("To", MBOX)]
    raw = build(h, body, rat, "karim.abdelhamid.mryv@gmail.example.com", "mail-ej1-f54.google.example.com",
                "209.85.218.54", "4DW9c11QpWz6")
    add(f, raw, lab(f, rat, "speaker_request", "ar", True,
                    [sp("كريم عبد الحميد", None, "Minya Returnees Youth Volunteers (MRYV)", ["open_discussion"])],
                    notes="colloquial Egyptian Arabic, first person; name and (English) organisation name only in "
                          "the signature; no title given (null; supplied later in h66-10); role in words ('النقاش "
                          "المفتوح'); Arabic-Indic digits; Gmail base64 text and HTML."))


# ============================================================ 07 en speaker, 3 speakers in an HTML table, nominator
def m07():
    f = "h66-07.eml"
    rat = R(2, 4, 10, 10, 7)
    MID[f] = "<AM0PR10MB3187C6E2D95F41A08B7D23E4C8B19@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>"
    org = "Sudanese Returnees Association for Reintegration and Development (SRARD)"
    rows = [("Dr. Mohamed Elamin Babiker", "Chairperson", org,
             "Rapporteur (delivering the stakeholders' key messages)"),
            ("Ms. Rayan Abdelrahim", "Youth Focal Point", "Khartoum Youth Volunteers Network",
             "Floor intervention - Thematic Roundtable 1"),
            ("Mr. Musab Hamid", "Legal Aid Volunteer", "SRARD", "Floor intervention in a plenary session")]
    plain = ("Dear Colleagues,\n\n"
             f"On behalf of the {org}, I am pleased to submit the following nominations for speaking roles at the "
             "Regional Review of the Global Compact for Migration:\n\n"
             + "".join(f"{i}. {n} - {t} - {o} - {r}\n" for i, (n, t, o, r) in enumerate(rows, 1)) +
             "\nMs. Abdelrahim's network is a partner of SRARD in Khartoum and Kassala.\n\n"
             "Thank you for your consideration.\n\n"
             "Best regards,\n\n"
             "Awadia Osman\nProgramme Officer\nSRARD | Khartoum, Sudan\n")
    from html import escape
    trs = "".join(
        "<tr>" + "".join(f'<td style="border:1px solid #999;padding:3px">{escape(c)}</td>' for c in r) + "</tr>\n"
        for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>'
            '<div class="WordSection1"><p class="MsoNormal">Dear Colleagues,</p><p class="MsoNormal">&nbsp;</p>\n'
            f'<p class="MsoNormal">On behalf of the {escape(org)}, I am pleased to submit the following '
            'nominations for speaking roles at the Regional Review of the Global Compact for Migration:</p>\n'
            '<table class="MsoTableGrid" style="border-collapse:collapse">\n'
            '<tr><th>Name</th><th>Position</th><th>Organisation</th><th>Requested role</th></tr>\n'
            + trs + '</table>\n<p class="MsoNormal">Ms. Abdelrahim&#8217;s network is a partner of SRARD in '
            'Khartoum and Kassala.</p>\n<p class="MsoNormal">Thank you for your consideration.</p>\n'
            '<p class="MsoNormal">Best regards,</p><p class="MsoNormal">Awadia Osman<br>Programme Officer<br>'
            'SRARD | Khartoum, Sudan</p></div></body></html>\n')
    body = multipart("alternative", "_000_AM0PR10MB3187C6E2D95F41A08B7D23E4C8B19AM0PR10MB3187EURP_", [
        text_part(plain, charset="us-ascii"), text_part(html, "html", charset="utf-8")])
    h = [("From", "Awadia Osman <awadia.osman@srard-sd.example.org>"),
         ("To", f'"{MBOX}" <{MBOX}>'),
         ("Subject", "Nominations for speaking roles - SRARD (3 speakers)"),
         ("Thread-Topic", "Nominations for speaking roles - SRARD (3 speakers)"),
         ("Thread-Index", "AdbU6ctr8Yh0yMtqR3m2v1Dq0kS5nA=="),
         ("Date", D(0, 2, 4, 8, 9, 55)),
         ("Message-ID", MID[f]),
         ("Accept-Language", "en-GB, en-US"),
         ("Content-Language", "en-GB"),
         ("MIME-Version", "1.0")]
    raw = build(h, body, rat, "awadia.osman@srard-sd.example.org",
                "mail-vi1eur05on2061.outbound.protection.outlook.example.com", "40.107.21.61", "4DWMx5Lk0bzR")
    add(f, raw, lab(f, rat, "speaker_request", "en", True,
                    [sp("Mohamed Elamin Babiker", "Chairperson", org, ["rapporteur"]),
                     sp("Rayan Abdelrahim", "Youth Focal Point", "Khartoum Youth Volunteers Network",
                        ["roundtable"], 1),
                     sp("Musab Hamid", "Legal Aid Volunteer", org, ["plenary"])],
                    notes="three speakers in an HTML table (numbered ' - '-separated lines in the text part); "
                          "honorifics Dr./Ms./Mr. not part of the names; second speaker from a different "
                          "organisation; third speaker's organisation written only as the acronym 'SRARD' in the "
                          "table (fullest form, given in the intro, is the label); sender (Programme Officer) is "
                          "not a speaker; Date header in UTC."))


# ============================================================ 08 fr speaker, emoji, informal, iPhone
def m08():
    f = "h66-08.eml"
    rat = R(2, 4, 13, 30, 55)
    MID[f] = "<A1D0F7C4-62B8-4E3A-9C15-7F28B0E4D6A9@icloud.example.com>"
    text = ("Bonjour 😊\n\n"
            "Je m'appelle Nisrine, je bosse comme chargée de com au Collectif Jeunesse Mobile Maroc (CJMM), on "
            "fait surtout de la sensibilisation en ligne sur les risques de la migration irreguliere (TikTok, "
            "insta, lives...) 📱\n"
            "Je voudrais bien intervenir ds la 2eme table ronde si c possible 🙏🙏\n"
            "Merci d'avance !!\n\n"
            "Nisrine El Fassi\n\n"
            "Envoyé de mon iPhone\n")
    body = text_part(text, charset="utf-8", cte="quoted-printable")
    h = [("From", "Nisrine El Fassi <nisrine.elfassi@icloud.example.com>"),
         ("Mime-Version", "1.0 (1.0)"),
         ("Date", D(1, 2, 4, 12, 30, 41)),
         ("Subject", hdr("Intervention table ronde 🙏")),
         ("Message-Id", MID[f]),
         ("To", MBOX),
         ("X-Mailer", "iPhone Mail (18D52)")]
    raw = build(h, body, rat, "nisrine.elfassi@icloud.example.com", "st43p00im-ztdg10071801.me.example.com",
                "17.58.63.179", "4DWRb04nZPzK")
    add(f, raw, lab(f, rat, "speaker_request", "fr", True,
                    [sp("Nisrine El Fassi", "chargée de com", "Collectif Jeunesse Mobile Maroc (CJMM)",
                        ["roundtable"], 2)],
                    notes="online activist writing informally from an iPhone: emoji (also in the RFC 2047 subject), "
                          "SMS spelling ('ds', 'c possible', '2eme'), missing accents; first name only in the body, "
                          "full name in the signature; title in a sentence, colloquial and abbreviated ('je bosse "
                          "comme chargée de com au ...'), kept as written; roundtable '2eme table ronde'."))


# ============================================================ 09 fr other: thank-you reply to our acknowledgement of 04
def m09():
    f = "h66-09.eml"
    rat = R(2, 4, 18, 40, 3)
    MID[f] = "<0c7d2e61-4b9a-4a55-93f0-d8e1b6a2c470@aemr-rabat.example.ma>"
    ack = "<ack-20210203-0932-7781@iom.int>"
    text = ("Bonjour,\n\n"
            "Merci beaucoup pour votre confirmation, c'est bien noté de notre côté. Nous attendons le programme "
            "définitif.\n\n"
            "Bonne soirée,\n\n"
            "Khadija Benjelloun\n\n"
            "Le 03/02/2021 à 10:32, GCM Regional Review Arab States a écrit :\n"
            "> Madame, Monsieur,\n"
            ">\n"
            "> Nous accusons réception de votre demande de prise de parole pour l'Examen\n"
            "> régional du Pacte mondial sur les migrations (23-25 février 2021).\n"
            "> Intervenants enregistrés : Ibrahima Sow (séance plénière) ; Salma Ouazzani\n"
            "> (table ronde 4).\n"
            ">\n"
            "> Le secrétariat du Réseau régional des Nations Unies sur les migrations\n")
    body = text_part(flow(text), cte="8bit", flowed=True, quote_cs=False)
    h = [("Subject", hdr("Re: Accusé de réception – Proposition de deux intervenants – AEMR")),
         ("To", f"GCM Regional Review Arab States <{MBOX}>"),
         ("References", f"{MID['h66-04.eml']}\r\n {ack}"),
         ("From", "Khadija Benjelloun <sg@aemr-rabat.example.ma>"),
         ("Message-ID", MID[f]),
         ("Date", D(1, 2, 4, 17, 39, 50)),
         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.0"),
         ("MIME-Version", "1.0"),
         ("In-Reply-To", ack),
         ("Content-Language", "fr")]
    raw = build(h, body, rat, "sg@aemr-rabat.example.ma", "smtp.aemr-rabat.example.ma", "196.12.203.44",
                "4DWZ3q6mGSzc")
    add(f, raw, lab(f, rat, "other", "fr", None, thread_of="h66-04.eml", acknowledge=False,
                    notes="thank-you reply to our acknowledgement of h66-04 (In-Reply-To = the acknowledgement, "
                          "References also name h66-04): adds nothing new, so no acknowledgement; the quoted "
                          "acknowledgement repeats both speakers' names and roles, which must not create a new "
                          "speaker request."))


# ============================================================ 10 ar speaker follow-up adding the missing title
def m10():
    f = "h66-10.eml"
    rat = R(2, 5, 9, 0, 10)
    MID[f] = "<CAOq9Vt1Lp4sDw8Ye2_Nc7Hk0fQm3ZbR9xTa6vUj1oEg5Ki=Wr2A@mail.gmail.example.com>"
    text = ("صباح الخير،\n\n"
            "بخصوص طلبي للمشاركة في النقاش المفتوح، نسيت اكتب الصفة: انا منسق المبادرة.\n\n"
            "شكرا\n\n"
            "-- \n"
            "كريم عبد الحميد\n"
            "Minya Returnees Youth Volunteers (MRYV)\n\n"
            "في الأربعاء، ٣ فبراير ٢٠٢١ في ٤:٠٠ م كريم عبد الحميد <karim.abdelhamid.mryv@gmail.example.com> كتب:\n"
            "> ازيكم،\n"
            ">\n"
            "> انا حابب اشارك في النقاش المفتوح بتاع المشاورة يوم ٢٣ فبراير. احنا مبادرة شبابية تطوعية\n"
            "> بنشتغل مع الشباب اللي رجعوا من ليبيا والأردن في المنيا.\n"
            ">\n"
            "> -- \n"
            "> كريم عبد الحميد\n"
            "> Minya Returnees Youth Volunteers (MRYV)\n")
    html = ('<div dir="rtl"><div>صباح الخير،</div><div><br></div><div>بخصوص طلبي للمشاركة في النقاش المفتوح، '
            'نسيت اكتب الصفة: انا منسق المبادرة.</div><div><br></div><div>شكرا</div><div><br></div>'
            '-- <br><div class="gmail_signature">كريم عبد الحميد<br>Minya Returnees Youth Volunteers (MRYV)</div>'
            '</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">في الأربعاء، ٣ فبراير ٢٠٢١ في '
            '٤:٠٠ م كريم عبد الحميد &lt;karim.abdelhamid.mryv@gmail.example.com&gt; كتب:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-right:1px solid '
            'rgb(204,204,204);padding-right:1ex"><div dir="rtl">ازيكم،<br><br>انا حابب اشارك في النقاش المفتوح '
            'بتاع المشاورة يوم ٢٣ فبراير. احنا مبادرة شبابية تطوعية بنشتغل مع الشباب اللي رجعوا من ليبيا والأردن '
            'في المنيا.</div></blockquote></div>\n')
    body = multipart("alternative", "000000000000c3f29a05ba9b0e47", [
        text_part(text, cte="base64"), text_part(html, "html", cte="base64")])
    h = [("MIME-Version", "1.0"),
         ("References", MID["h66-06.eml"]),
         ("In-Reply-To", MID["h66-06.eml"]),
         ("From", addr("كريم عبد الحميد", "karim.abdelhamid.mryv@gmail.example.com")),
         ("Date", D(2, 2, 5, 8, 59, 44)),
         ("Message-ID", MID[f]),
         ("Subject", hdr("المشاركة في النقاش المفتوح", prefix="Re: ")),
         ("To", MBOX)]
    raw = build(h, body, rat, "karim.abdelhamid.mryv@gmail.example.com", "mail-ed1-f49.google.example.com",
                "209.85.208.49", "4DX0Tm2JyVzN")
    add(f, raw, lab(f, rat, "speaker_request", "ar", True,
                    [sp("كريم عبد الحميد", "منسق المبادرة", "Minya Returnees Youth Volunteers (MRYV)",
                        ["open_discussion"])],
                    thread_of="h66-06.eml",
                    notes="reply to his own h66-06 that adds the missing title ('نسيت اكتب الصفة: انا منسق "
                          "المبادرة'); the speaker record is the completed one (title now known); still on time "
                          "(5 Feb morning); Gmail Arabic quote header with Arabic-Indic digits."))


# ============================================================ 11 en both: DOCX report + self as rapporteur (on time)
def m11():
    f = "h66-11.eml"
    rat = R(2, 5, 12, 0, 30)
    MID[f] = "<CAH2kLx7Qe0vTn5_Rb9sWm3Jd8Pf1Yc6ZgA4uK0hEi2oNq7=Xt5Vw@mail.gmail.example.com>"
    fn = "SNMR_Voluntary_GCM_Review_Jordan_2021.docx"
    text = ("Hello,\n\n"
            "Attached is the voluntary GCM review report of our network, prepared with input from student "
            "volunteers in four universities in Amman, Irbid and Zarqa.\n\n"
            "Also, I'd like to put myself forward for the conference: I work as Research Coordinator at the "
            "Student Network for Migrant Rights (SNMR) in Amman, and I would be glad to serve as one of the "
            "rapporteurs delivering the stakeholders' key messages.\n\n"
            "Thanks a lot,\n"
            "Leen\n\n"
            "Leen Batayneh\n"
            "SNMR - Student Network for Migrant Rights\n"
            "Amman, Jordan\n")
    html = html_of(text, font="Arial")
    docx = make_docx(["Student Network for Migrant Rights (SNMR)",
                      "Voluntary GCM Review Report - Jordan - February 2021",
                      "1. Introduction: student volunteers and migrant workers in Jordan.",
                      "2. Objectives 6, 7 and 16: access to information, reducing vulnerabilities, inclusion.",
                      "3. Recommendations to the Regional Review."])
    body = multipart("mixed", "000000000000f1a7d305baa1c3e8", [
        multipart("alternative", "000000000000f1a7d105baa1c3e6", [text_part(text), text_part(html, "html")]),
        attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)])
    body.get_payload()[1].replace_header("Content-Disposition", f'attachment; filename="{fn}"')
    body.get_payload()[1]["Content-ID"] = "<f_kkr3m9tq0>"
    body.get_payload()[1]["X-Attachment-Id"] = "f_kkr3m9tq0"
    h = [("MIME-Version", "1.0"),
         ("From", "Leen Batayneh <leen.batayneh.snmr@gmail.example.com>"),
         ("Date", D(2, 2, 5, 12, 0, 2)),
         ("Message-ID", MID[f]),
         ("Subject", "Voluntary report + rapporteur"),
         ("To", MBOX)]
    raw = build(h, body, rat, "leen.batayneh.snmr@gmail.example.com", "mail-lf1-f47.google.example.com",
                "209.85.167.47", "4DX4vW1Bn9zP")
    add(f, raw, lab(f, rat, "both", "en", True,
                    [sp("Leen Batayneh", "Research Coordinator", "Student Network for Migrant Rights (SNMR)",
                        ["rapporteur"])],
                    [fn],
                    notes="both, on time (5 Feb noon, before the speaker deadline): DOCX report plus the sender "
                          "proposing herself; title and organisation in a sentence ('I work as Research "
                          "Coordinator at the ...'); first name in the sign-off, full name only in the signature; "
                          "signature writes the organisation as 'SNMR - Student Network for Migrant Rights'."))


# ============================================================ 12 fr speaker, 23:50 on the deadline day, no accents
def m12():
    f = "h66-12.eml"
    rat = R(2, 5, 23, 50, 40)
    MID[f] = "<1912437005.2291874.1612565422118@mail.yahoo.example.com>"
    text = ("Bonsoir,\n\n"
            "Desole pour l'heure tardive, on vient juste de finir notre reunion de bureau.\n"
            "Notre association souhaite que son president soit rapporteur pour porter les messages cles des "
            "parties prenantes lors de l'Examen regional :\n\n"
            "Abdelilah Ait Bouzid - President, Association Retour et Dignite (ARD)\n\n"
            "L'ARD accompagne depuis 2015 les migrants marocains de retour d'Europe et de Libye dans la region "
            "du Souss.\n\n"
            "Merci et bonne soiree,\n"
            "Hicham Ouchen\n"
            "Tresorier de l'ARD\n")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">'
            + "".join(f"<div>{l if l else '<br>'}</div>" for l in text.split("\n")) + "</div></div></body></html>\n")
    body = multipart("alternative", "----=_Part_2291873_1330247890.1612565422117", [
        text_part(text, charset="UTF-8", cte="7bit"), text_part(html, "html", charset="UTF-8", cte="7bit")])
    h = [("Date", D(1, 2, 5, 22, 50, 22)),
         ("From", "Hicham Ouchen <hicham_ouchen@yahoo.example.fr>"),
         ("Reply-To", "Hicham Ouchen <hicham_ouchen@yahoo.example.fr>"),
         ("To", f'"{MBOX}" <{MBOX}>'),
         ("Message-ID", MID[f]),
         ("Subject", "Candidature rapporteur - ARD"),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    raw = build(h, body, rat, "hicham_ouchen@yahoo.example.fr", "sonic309-21.consmr.mail.ir2.yahoo.example.com",
                "77.238.179.84", "4DXNfB3w8Szq")
    add(f, raw, lab(f, rat, "speaker_request", "fr", True,
                    [sp("Abdelilah Ait Bouzid", "President", "Association Retour et Dignite (ARD)",
                        ["rapporteur"])],
                    notes="edge: received 23:50:40 Beirut time on Friday 5 Feb (Date header 22:50 +0100): on time. "
                          "French typed without accents ('President', 'Dignite'), labels as written; speaker, title "
                          "and organisation in one line 'Name - Title, Organisation (ACR)'; sender (Tresorier) is "
                          "not the speaker; Yahoo."))


# ============================================================ 13 ar speaker, 00:10 the day after (late), Iraq
def m13():
    f = "h66-13.eml"
    rat = R(2, 6, 0, 10, 12)
    MID[f] = "<3C9E1B07-84F2-4A6D-B5E0-91D7A2F3C48B@iraqyouth-safe.example.org>"
    text = ("تحية طيبة،\n\n"
            "نرجو التفضل بقبول طلب مشاركة الأستاذ علي حسين الجبوري، رئيس منظمة شباب العراق للهجرة الآمنة، "
            "بمداخلة في الجلسة العامة للمؤتمر يوم ٢٤ أو ٢٥ شباط.\n\n"
            "نعتذر عن التأخير بسبب انقطاع الإنترنت في بغداد هذا المساء.\n\n"
            "مع التقدير\n"
            "سرى ناظم\n"
            "منظمة شباب العراق للهجرة الآمنة\n")
    html = html_of(text, "rtl", "Geeza Pro")
    body = multipart("alternative", "Apple-Mail=_0B4F7D21-6C3A-4E98-A512-D8E0F6B3C927", [
        text_part(text), text_part(html, "html")])
    h = [("From", addr("سرى ناظم", "sura.nadhim@iraqyouth-safe.example.org")),
         ("Subject", hdr("طلب مشاركة في الجلسة العامة")),
         ("Message-Id", MID[f]),
         ("Date", D(3, 2, 6, 1, 9, 58)),
         ("To", MBOX),
         ("Mime-Version", "1.0 (Mac OS X Mail 13.4 \\(3608.120.23.2.4\\))"),
         ("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")]
    raw = build(h, body, rat, "sura.nadhim@iraqyouth-safe.example.org", "smtp.iraqyouth-safe.example.org",
                "185.81.229.14", "4DXNq10Kc5zH")
    add(f, raw, lab(
        f, rat, "speaker_request", "ar", False,
        [sp("علي حسين الجبوري", "رئيس", "منظمة شباب العراق للهجرة الآمنة", ["plenary"])],
        notes="edge, late: received 00:10:12 Beirut time on 6 Feb (Date header 01:09 +0300, Baghdad): 10 minutes "
              "after the speaker deadline; the sender apologises for the delay. Honorific 'الأستاذ' not part of the "
              "name; title and organisation in one phrase ('رئيس منظمة ...'); Iraqi month name 'شباط'; the sender "
              "is not the speaker. Its acknowledgement bounces (h66-14)."))


# ============================================================ 14 en bounce of the acknowledgement sent for 13
def m14():
    f = "h66-14.eml"
    rat = R(2, 6, 0, 12, 31)
    MID[f] = "<20210205221231.4DXNsH2QvZzT@mx1.iom.int>"
    ack_mid = "<ack-20210206-0011-8823@iom.int>"
    human = ("This is the mail system at host mx1.iom.int.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<sura.nadhim@iraqyouth-safe.example.org>: host smtp.iraqyouth-safe.example.org[185.81.229.14]\n"
             "    said: 552 5.2.2 <sura.nadhim@iraqyouth-safe.example.org>: Mailbox full,\n"
             "    quota exceeded (in reply to RCPT TO command)\n")
    p1 = text_part(human, charset="us-ascii", cte="7bit")
    p1.replace_header("Content-Type", "text/plain; charset=us-ascii")
    p1["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1, b2 = Message(), Message()
    for k, v in (("Reporting-MTA", "dns; mx1.iom.int"), ("X-Postfix-Queue-ID", "4DXNs02xTmzQ"),
                 ("X-Postfix-Sender", "rfc822; gcmrrarabstates@iom.int"),
                 ("Arrival-Date", "Sat,  6 Feb 2021 00:11:05 +0200 (EET)")):
        b1[k] = v
    for k, v in (("Final-Recipient", "rfc822; sura.nadhim@iraqyouth-safe.example.org"),
                 ("Original-Recipient", "rfc822;sura.nadhim@iraqyouth-safe.example.org"),
                 ("Action", "failed"), ("Status", "5.2.2"),
                 ("Remote-MTA", "dns; smtp.iraqyouth-safe.example.org"),
                 ("Diagnostic-Code", "smtp; 552 5.2.2 <sura.nadhim@iraqyouth-safe.example.org>: Mailbox full,"
                                     "\r\n    quota exceeded")):
        b2[k] = v
    ds.set_payload([b1, b2])
    rh = Message()
    rh["Content-Description"] = "Undelivered Message Headers"
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload("Return-Path: <gcmrrarabstates@iom.int>\n"
                   "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                   "To: sura.nadhim@iraqyouth-safe.example.org\n"
                   "Subject: =?utf-8?b?2KXYtNi52KfYsSDYqNin2YTYp9iz2KrZhNin2YU=?=\n"
                   "Date: Sat, 06 Feb 2021 00:11:04 +0200\n"
                   f"Message-ID: {ack_mid}\n"
                   f"In-Reply-To: {MID['h66-13.eml']}\n"
                   "Auto-Submitted: auto-replied\n")
    body = multipart("report", "4DXNsH2QvZzT.1612563151/mx1.iom.int", [p1, ds, rh],
                     extra=" report-type=delivery-status;")
    h = [("Date", "Sat,  6 Feb 2021 00:12:31 +0200 (EET)"),
         ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", MBOX),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"),
         ("Message-Id", MID[f])]
    raw = build(h, body, rat, "", "localhost", "127.0.0.1", "4DXNsH2QvZzT")
    add(f, raw, lab(f, rat, "bounce", "en", None, acknowledge=False,
                    notes="Postfix DSN (multipart/report; delivery-status; 5.2.2 mailbox full) for the acknowledgement "
                          "sent to the h66-13 sender; only returned headers, whose Arabic subject is RFC 2047 "
                          "encoded and which reference h66-13; never acknowledge."))


# ============================================================ 15 en report PDF, Outlook, disclaimer
def m15():
    f = "h66-15.eml"
    rat = R(2, 8, 10, 30, 2)
    MID[f] = "<DB7PR02MB4120E5B38C1F47A29D06E7F1A1B09@DB7PR02MB4120.eurprd02.prod.outlook.example.com>"
    fn = "IRSV_GCM_Voluntary_Report_Feb2021.pdf"
    text = ("Dear Regional UN Network on Migration secretariat,\n\n"
            "Please find attached the voluntary GCM review report of the Iraqi Returnees Support Volunteers "
            "(IRSV), covering our work with returnees to Ninewa, Anbar and Baghdad between 2019 and 2020.\n\n"
            "The report was drafted by our volunteer team and validated by our board on 6 February.\n\n"
            "With best regards,\n\n"
            "Dr. Maha Al-Rubaie\n"
            "Board Member | Iraqi Returnees Support Volunteers (IRSV)\n"
            "Al-Mansour, Baghdad, Iraq | www.irsv-iq.example.org\n\n"
            "________________________________\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) "
            "and may contain confidential information. If you have received this e-mail in error, please notify "
            "the sender immediately and delete it. IRSV is a non-profit volunteer organisation; any views "
            "expressed are those of the sender and not necessarily of IRSV. Please consider the environment "
            "before printing this e-mail.\n")
    html = html_of(text)
    pdf = make_pdf(["Iraqi Returnees Support Volunteers (IRSV)", "Voluntary GCM Review Report - February 2021",
                    "1. Context: returns to Ninewa, Anbar and Baghdad", "2. GCM Objective 21: dignified return",
                    "3. Recommendations"])
    body = multipart("mixed", "_004_DB7PR02MB4120E5B38C1F47A29D06E7F1A1B09DB7PR02MB4120eurp_", [
        multipart("alternative", "_000_DB7PR02MB4120E5B38C1F47A29D06E7F1A1B09DB7PR02MB4120eurp_", [
            text_part(text, charset="us-ascii"), text_part(html, "html", charset="us-ascii")]),
        attachment(pdf, "application/pdf", fn)])
    body.get_payload()[1]["Content-Description"] = fn
    h = [("From", '"Maha Al-Rubaie" <maha.alrubaie@irsv-iq.example.org>'),
         ("To", f'"{MBOX}" <{MBOX}>'),
         ("Subject", "Voluntary GCM review report - Iraqi Returnees Support Volunteers (IRSV)"),
         ("Thread-Topic", "Voluntary GCM review report - Iraqi Returnees Support Volunteers (IRSV)"),
         ("Thread-Index", "Adb9Yw1c8T0rXq7pQ2e5mJk3h4vB8g=="),
         ("Date", D(0, 2, 8, 8, 29, 47)),
         ("Message-ID", MID[f]),
         ("Accept-Language", "en-US"),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", "yes"),
         ("MIME-Version", "1.0")]
    raw = build(h, body, rat, "maha.alrubaie@irsv-iq.example.org",
                "mail-db8eur05on2088.outbound.protection.outlook.example.com", "40.107.20.88", "4DZ6kT0m7xzW")
    add(f, raw, lab(f, rat, "voluntary_report", "en", True, attachments=[fn],
                    notes="Outlook: PDF report attached; long confidentiality disclaimer; the signature has a "
                          "'Dr.', a title and the organisation, but nobody asks to speak: no speaker."))


# ============================================================ 16 ar report DOCX, Gmail RFC 2047 file name
def m16():
    f = "h66-16.eml"
    rat = R(2, 9, 12, 0, 0)
    MID[f] = "<CAFx3Tq8Nw2mYb5_Hs1Rk7Lc9Vd0Pz4Ge6Ja2Uo8iKt3Xn=Ew4Q@mail.gmail.example.com>"
    fn = "التقرير الطوعي - مبادرة شباب السودان للهجرة الآمنة.docx"
    text = ("السادة أعضاء الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،\n\n"
            "السلام عليكم ورحمة الله وبركاته،\n\n"
            "يسعدنا أن نرسل لكم مرفقاً التقرير الطوعي لمبادرة شباب السودان للهجرة الآمنة حول تنفيذ الاتفاق "
            "العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. التقرير مكتوب باللغة الإنجليزية لأن فريق "
            "الصياغة ضم متطوعين من خارج السودان.\n\n"
            "نأمل أن يكون مفيداً في الاستعراض الإقليمي.\n\n"
            "مع خالص التحية،\n"
            "فريق مبادرة شباب السودان للهجرة الآمنة\n"
            "الخرطوم\n")
    html = ('<div dir="rtl">' + "".join(f"<div>{l if l else '<br>'}</div>" for l in text.split("\n")) + "</div>\n")
    docx = make_docx(["Sudan Youth Initiative for Safe Migration", "Voluntary Review of the GCM - 2021",
                      "Summary: irregular migration of young people through Libya and Egypt.",
                      "Objectives 2, 5 and 10.", "Recommendations."])
    body = multipart("mixed", "000000000000b7c4e805bae3f1a2", [
        multipart("alternative", "000000000000b7c4e605bae3f1a0", [
            text_part(text, cte="base64"), text_part(html, "html", cte="base64")]),
        attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn, "2047")])
    body.get_payload()[1]["Content-ID"] = "<f_kkw0b2a91>"
    body.get_payload()[1]["X-Attachment-Id"] = "f_kkw0b2a91"
    h = [("MIME-Version", "1.0"),
         ("From", addr("مبادرة شباب السودان", "sudanyouth.safemigration@gmail.example.com")),
         ("Date", D(2, 2, 9, 11, 59, 37)),
         ("Message-ID", MID[f]),
         ("Subject", hdr("التقرير الطوعي للاتفاق العالمي للهجرة")),
         ("To", MBOX)]
    raw = build(h, body, rat, "sudanyouth.safemigration@gmail.example.com", "mail-wm1-f65.google.example.com",
                "209.85.128.65", "4DZp0H1dNRzB")
    add(f, raw, lab(f, rat, "voluntary_report", "ar", True, attachments=[fn],
                    notes="Gmail: Arabic DOCX file name as RFC 2047 encoded words inside quoted name=/filename= "
                          "(compat32 get_filename() returns the raw =?UTF-8?B?..?=); Arabic body says the report "
                          "itself is in English; From display name is the initiative, signed by a team."))


# ============================================================ 17 fr both, speaker part late, Roundcube, RFC 2231
def m17():
    f = "h66-17.eml"
    rat = R(2, 10, 15, 0, 20)
    MID[f] = "<3f8a91c2d7e04b6a5c1e@webmail.rjmr.example.ma>"
    fn = "Rapport_volontaire_RJMR_Pacte_mondial_Migrations_février_2021.pdf"
    text = ("Bonjour,\n\n"
            "Veuillez trouver ci-joint le rapport volontaire du Réseau des Jeunes Marocains Rapatriés (RJMR) sur "
            "la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.\n\n"
            "Nous savons que la date limite pour les demandes de prise de parole est passée, mais nous "
            "souhaiterions tout de même que Mme Hajar Lamrani, coordinatrice nationale du réseau, puisse "
            "prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, si "
            "une place est encore disponible.\n\n"
            "Avec nos remerciements,\n\n"
            "Yassine Bouhlal\n"
            "Chargé de suivi-évaluation, RJMR\n"
            "Casablanca\n")
    pdf = make_pdf(["Reseau des Jeunes Marocains Rapatries (RJMR)", "Rapport volontaire - Pacte mondial - 2021",
                    "1. Contexte du retour", "2. Reintegration des jeunes rapatries", "3. Recommandations"])
    body = multipart("mixed", "=_6b0f3d2a9c8e1f47a5d2c3b4e8f90a1d", [
        text_part(text, charset="UTF-8", cte="quoted-printable", quote_cs=False),
        attachment(pdf, "application/pdf", fn, "2231cont")])
    h = [("MIME-Version", "1.0"),
         ("Date", D(1, 2, 10, 14, 0, 3)),
         ("From", addr("Yassine Bouhlal", "y.bouhlal@rjmr.example.ma")),
         ("To", MBOX),
         ("Subject", hdr("Rapport volontaire RJMR + demande de prise de parole (discussion ouverte)")),
         ("Message-ID", MID[f]),
         ("X-Sender", "y.bouhlal@rjmr.example.ma"),
         ("User-Agent", "Roundcube Webmail/1.4.10")]
    raw = build(h, body, rat, "y.bouhlal@rjmr.example.ma", "mail.rjmr.example.ma", "41.248.64.203", "4DbGq2Lw5Tz8")
    add(f, raw, lab(f, rat, "both", "fr", False,
                    [sp("Hajar Lamrani", "coordinatrice nationale", "Réseau des Jeunes Marocains Rapatriés (RJMR)",
                        ["open_discussion"])],
                    [fn],
                    notes="both, received 10 Feb: the report is on time but the speaker part is late (the sender "
                          "knows it), so on_time is false; speaker 'Mme' in prose, affiliation by reference ('du "
                          "réseau') to the RJMR named earlier; 'œ' in the body; organisation webmail (Roundcube); "
                          "PDF name with 'é' in RFC 2231 continuations (name*0*/name*1*)."))


# ============================================================ 18 en report pasted in an HTML-only body
def m18():
    f = "h66-18.eml"
    rat = R(2, 11, 9, 15, 44)
    MID[f] = "<0102017790a3c4d1-6e2b9f58-31a7-4c0e-8d45-b29e7f1c0a63-000000@eu-west-1.amazonses.example.com>"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">\n'
            '<p>Dear GCM Regional Review team,</p>\n'
            '<p>As we do not have a designed document, we paste our voluntary review directly below. Please '
            'consider it our official submission.</p>\n'
            '<h2>Voluntary GCM Review &ndash; Alexandria Youth Volunteers for Migrants (AYVM)</h2>\n'
            '<h3>1. Who we are</h3>\n'
            '<p>AYVM is a volunteer initiative of around 60 university students and young graduates in '
            'Alexandria, Egypt, created in 2017 after the Rashid boat tragedy.</p>\n'
            '<h3>2. What we did (2019&ndash;2020)</h3>\n<ul>\n'
            '<li>Awareness sessions on the risks of irregular migration in 14 schools (GCM Objective 3);</li>\n'
            '<li>Peer support for young returnees from Italy and Libya (Objective 21);</li>\n'
            '<li>Online myth-busting campaign reaching 120,000 people (Objective 17).</li>\n</ul>\n'
            '<h3>3. Challenges</h3>\n<p>Limited funding, COVID-19 restrictions, and lack of data on young '
            'returnees.</p>\n'
            '<h3>4. Recommendations</h3>\n<ol>\n<li>Involve youth volunteers in national GCM follow-up.</li>\n'
            '<li>Fund community-based reintegration for young returnees.</li>\n</ol>\n'
            '<p>Best wishes,<br>Omar Fawzy<br>Volunteer Coordinator, AYVM</p>\n</body></html>\n')
    body = text_part(html, "html", charset="UTF-8", cte="quoted-printable")
    h = [("From", "AYVM Alexandria <ayvm.alex@ayvm-eg.example.org>"),
         ("To", MBOX),
         ("Subject", "Our voluntary GCM review (in the body of this email)"),
         ("Date", D(2, 2, 11, 9, 15, 30)),
         ("Message-ID", MID[f]),
         ("MIME-Version", "1.0")]
    raw = build(h, body, rat, "ayvm.alex@ayvm-eg.example.org", "a7-12.smtp-out.eu-west-1.amazonses.example.com",
                "54.240.7.12", "4Dbv6F0c1GzL")
    add(f, raw, lab(f, rat, "voluntary_report", "en", True,
                    notes="HTML-only message (no text/plain); the voluntary report is pasted in the body with "
                          "headings and lists, no attachment (report_attachments empty); From display name is the "
                          "initiative; signature title is not a speaker request."))


# ============================================================ 19 en report, reply-all to a chain of stakeholders
def m19():
    f = "h66-19.eml"
    rat = R(2, 12, 11, 0, 5)
    MID[f] = "<CAK4pRz2Tw9nQe6_Lm0Yx3Hb8Jc5Vs1Fd7Ga4Uk2oNi9Pt=Rz6Q@mail.gmail.example.com>"
    prev1 = "<CAB9sWq0Er3tLp7_Mn2Kv5Yc8Hx1Dz4Fj6Ga0Ub3iOl7Rt=Ps2W@mail.gmail.example.com>"
    prev2 = "<CAE1mXt5Qy8wKr2_Ps4Lb7Nd0Vz3Hc6Jf9Ga1Uo5iTe8Yw=Mn3Z@mail.gmail.example.com>"
    fn = "NVYCM_Collective_Voluntary_Report_final.pdf"
    text = ("Dear all, and dear GCM Regional Review team (now in copy),\n\n"
            "Thanks everyone for the last comments. I am sharing the final version of our collective voluntary "
            "GCM review report, on behalf of the seven member groups of the Nile Valley Youth Coalition on "
            "Migration (NVYCM) in Egypt and Sudan. The report is attached.\n\n"
            "GCM team: please register this as the coalition's collective submission.\n\n"
            "Best,\nNour Eldin Saad\nNVYCM focal point\n\n"
            "On Thu, 11 Feb 2021 at 19:02, Amani Gaafar <amani.gaafar@sudanyouthvoice.example.org> wrote:\n"
            "> Looks good to me. Just one thing: should we also propose someone to speak at the\n"
            "> conference? I think it's too late though, the speaker deadline was 5 Feb.\n"
            ">\n"
            "> On Thu, 11 Feb 2021 at 14:20, Nour Eldin Saad <nour.saad.nvycm@gmail.example.com> wrote:\n"
            ">> Hi all,\n"
            ">> Here is draft 3 of the collective report with Khaled's edits on Objective 7.\n"
            ">> Please send comments by tomorrow 10 am so we can submit before the 16 Feb deadline.\n"
            ">> Nour\n")
    html = ('<div dir="ltr"><div>Dear all, and dear GCM Regional Review team (now in copy),</div><div><br></div>'
            '<div>Thanks everyone for the last comments. I am sharing the final version of our collective '
            'voluntary GCM review report, on behalf of the seven member groups of the Nile Valley Youth Coalition '
            'on Migration (NVYCM) in Egypt and Sudan. The report is attached.</div><div><br></div><div>GCM team: '
            'please register this as the coalition&#39;s collective submission.</div><div><br></div><div>Best,'
            '<br>Nour Eldin Saad<br>NVYCM focal point</div></div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">On Thu, 11 Feb 2021 at 19:02, Amani Gaafar &lt;amani.gaafar@sudanyouthvoice.'
            'example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Looks good to me. Just one thing: '
            'should we also propose someone to speak at the conference? I think it&#39;s too late though, the '
            'speaker deadline was 5 Feb.</div><br><div class="gmail_quote">On Thu, 11 Feb 2021 at 14:20, Nour '
            'Eldin Saad wrote:<blockquote class="gmail_quote"><div>Hi all,<br>Here is draft 3 of the collective '
            'report with Khaled&#39;s edits on Objective 7.<br>Please send comments by tomorrow 10 am so we can '
            'submit before the 16 Feb deadline.<br>Nour</div></blockquote></div></blockquote></div>\n')
    pdf = make_pdf(["Nile Valley Youth Coalition on Migration (NVYCM)",
                    "Collective Voluntary GCM Review Report - final", "Members: 7 youth groups, Egypt and Sudan",
                    "Objectives 7, 17 and 23", "Recommendations"])
    body = multipart("mixed", "0000000000009d2e4a05bb1c7f35", [
        multipart("alternative", "0000000000009d2e4805bb1c7f33", [text_part(text), text_part(html, "html")]),
        attachment(pdf, "application/pdf", fn)])
    body.get_payload()[1]["Content-ID"] = "<f_kl0c8e3x0>"
    body.get_payload()[1]["X-Attachment-Id"] = "f_kl0c8e3x0"
    h = [("MIME-Version", "1.0"),
         ("References", f"{prev1}\r\n {prev2}"),
         ("In-Reply-To", prev2),
         ("From", "Nour Eldin Saad <nour.saad.nvycm@gmail.example.com>"),
         ("Date", D(2, 2, 12, 10, 59, 41)),
         ("Message-ID", MID[f]),
         ("Subject", "Re: Collective GCM report - draft 3"),
         ("To", "Amani Gaafar <amani.gaafar@sudanyouthvoice.example.org>,\r\n"
                " Khaled Mostafa <k.mostafa@aswanyouth.example.org>,\r\n"
                " \"Sara El-Tayeb\" <sara.eltayeb@kassalavolunteers.example.org>"),
         ("Cc", f"Mina Girgis <mina.girgis@caireturnees.example.org>,\r\n {MBOX},\r\n"
                " Hamza Idris <hamza.idris@darfuryouthnet.example.org>")]
    raw = build(h, body, rat, "nour.saad.nvycm@gmail.example.com", "mail-pj1-f43.google.example.com",
                "209.85.216.43", "4DcPwn3KbLzF")
    add(f, raw, lab(f, rat, "voluntary_report", "en", True, attachments=[fn],
                    notes="reply-all to an internal coalition thread: the review address is only in Cc among five "
                          "other stakeholders; Subject 'Re: ... draft 3' but the attachment is the final collective "
                          "report; the quoted thread muses about proposing a speaker ('too late') without naming "
                          "anyone: no speaker; In-Reply-To points to messages outside this set."))


# ============================================================ 20 fr other: format / language / deadline question
def m20():
    f = "h66-20.eml"
    rat = R(2, 13, 10, 0, 30)
    MID[f] = "<20210213090012.7c1d3e9a@webmail.jvo-oujda.example.ma>"
    text = ("Bonjour,\n\n"
            "Nous sommes une initiative de jeunes volontaires à Oujda et nous aimerions soumettre un rapport "
            "volontaire sur le Pacte mondial. Avant de l'envoyer, quelques questions :\n\n"
            "- Y a-t-il un modèle ou un nombre de pages maximum ?\n"
            "- Pouvons-nous l'écrire en français ou faut-il une version anglaise ?\n"
            "- La date limite est-elle bien le mardi 16 février (prolongée) ?\n\n"
            "Merci d'avance pour votre réponse.\n\n"
            "Cordialement,\n"
            "Anas Berrada\n"
            "Jeunes Volontaires de l'Oriental – Oujda\n")
    html = html_of(text, font="Verdana")
    body = multipart("alternative", "=_alt_2f6e0b8d41c7a93e", [
        text_part(text), text_part(html, "html")])
    h = [("Date", D(1, 2, 13, 9, 0, 12)),
         ("From", "Anas Berrada <anas.berrada@jvo-oujda.example.ma>"),
         ("To", MBOX),
         ("Subject", hdr("Questions sur le format du rapport volontaire")),
         ("Message-ID", MID[f]),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")]
    raw = build(h, body, rat, "anas.berrada@jvo-oujda.example.ma", "mail.jvo-oujda.example.ma", "105.158.12.6",
                "4DcyRk0vMhzX")
    add(f, raw, lab(f, rat, "other", "fr", None,
                    notes="questions about the report (template, length, language, deadline) before submitting: "
                          "mentions 'rapport volontaire' and the 16 Feb deadline but submits nothing; Zimbra "
                          "webmail of an organisation."))


# ============================================================ 21 ar both, forwarded report + speaker (speaker part late)
def m21():
    f = "h66-21.eml"
    rat = R(2, 14, 16, 20, 0)
    MID[f] = "<CAGm5Wq1Yt8rKp3_Lx6Nb0Hc9Jd2Vz7Fs4Ga1Uo8iEe5Tw=Qr9M@mail.gmail.example.com>"
    fn = "تقرير_رابطة_العائدين_الاتفاق_العالمي_للهجرة.pdf"
    text = ("الإخوة الأعزاء في الشبكة الإقليمية،\n\n"
            "تحية طيبة،\n\n"
            "أعيد إليكم أدناه رسالة زميلنا مع التقرير الطوعي لرابطة العائدين من دول الخليج، إذ يبدو أنه أرسلها "
            "إلى بريدي فقط ولم تصلكم.\n\n"
            "كما نرغب في ترشيح السيد مصطفى رجب، أمين الصندوق في الرابطة، لتقديم مداخلة في المائدة المستديرة "
            "الثانية أو الرابعة حسب ما ترونه مناسباً.\n\n"
            "مع الشكر،\n"
            "عبير منصور\n"
            "رئيسة رابطة العائدين من دول الخليج – الفيوم\n\n"
            "---------- Forwarded message ---------\n"
            "From: حسام الدين فاروق <hossam.farouk.grl@gmail.example.com>\n"
            "Date: Sat, Feb 13, 2021 at 8:41 PM\n"
            "Subject: التقرير الطوعي للرابطة\n"
            "To: عبير منصور <abeer.mansour.grl@gmail.example.com>\n\n\n"
            "الأستاذة عبير،\n"
            "مرفق التقرير الطوعي النهائي للرابطة بعد إضافة ملاحظات أعضاء مجلس الإدارة، تمهيداً لإرساله إلى "
            "الأمانة قبل ١٦ فبراير.\n"
            "حسام\n")
    html = ('<div dir="rtl">' + "".join(f"<div>{l if l else '<br>'}</div>"
                                        for l in text.split("---------- Forwarded message")[0].split("\n"))
            + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
            '---------<br>From: <strong class="gmail_sendername" dir="auto">حسام الدين فاروق</strong> '
            '<span dir="auto">&lt;hossam.farouk.grl@gmail.example.com&gt;</span><br>Date: Sat, Feb 13, 2021 at '
            '8:41 PM<br>Subject: التقرير الطوعي للرابطة<br>To: عبير منصور &lt;abeer.mansour.grl@gmail.example.com'
            '&gt;<br></div><br><br><div dir="rtl">الأستاذة عبير،<br>مرفق التقرير الطوعي النهائي للرابطة بعد إضافة '
            'ملاحظات أعضاء مجلس الإدارة، تمهيداً لإرساله إلى الأمانة قبل ١٦ فبراير.<br>حسام</div></div></div>\n')
    pdf = make_pdf(["Gulf Returnees League - Fayoum", "Voluntary GCM Review Report 2021",
                    "Returnees from the Gulf states to Fayoum governorate", "Objectives 6, 21 and 22",
                    "Recommendations"])
    body = multipart("mixed", "000000000000e4b1c805bb4a2d97", [
        multipart("alternative", "000000000000e4b1c605bb4a2d95", [
            text_part(text, cte="base64"), text_part(html, "html", cte="base64")]),
        attachment(pdf, "application/pdf", fn, "2231")])
    body.get_payload()[1]["Content-ID"] = "<f_kl3d9s2w1>"
    h = [("MIME-Version", "1.0"),
         ("From", addr("عبير منصور", "abeer.mansour.grl@gmail.example.com")),
         ("Date", D(2, 2, 14, 16, 19, 36)),
         ("Message-ID", MID[f]),
         ("Subject", hdr("Fwd: التقرير الطوعي للرابطة + ترشيح متحدث")),
         ("To", MBOX)]
    raw = build(h, body, rat, "abeer.mansour.grl@gmail.example.com", "mail-qk1-f52.google.example.com",
                "209.85.222.52", "4DdR4J5mVqzD")
    add(f, raw, lab(f, rat, "both", "ar", False,
                    [sp("مصطفى رجب", "أمين الصندوق", "رابطة العائدين من دول الخليج", ["roundtable"], 2)],
                    [fn],
                    notes="Gmail forward ('---------- Forwarded message ---------') of a colleague's mail with the "
                          "PDF report (RFC 2231 Arabic file name) plus a new speaker nomination on top; received 14 "
                          "Feb: report on time but speaker part late, so on_time false; honorific 'السيد'; "
                          "roundtable 'الثانية أو الرابعة' (first choice 2); affiliation by reference ('في الرابطة') to "
                          "the organisation named earlier; the signature adds a city ('– الفيوم'); the forwarded "
                          "author and the sender are not speakers."))


# ============================================================ 22 ar other: visa / venue question, Outlook Original Message
def m22():
    f = "h66-22.eml"
    rat = R(2, 15, 21, 5, 9)
    MID[f] = "<HE1PR0802MB2476B1F3D08C4A9E7C25D63B9FE30@HE1PR0802MB2476.eurprd08.prod.outlook.example.com>"
    text = ("تحية طيبة،\n\n"
            "نود الاستفسار عما إذا كان المؤتمر سيُعقد حضورياً في بيروت أم عبر الإنترنت فقط. في حال كان حضورياً، "
            "هل تقدّم الأمانة رسائل دعوة رسمية لتسهيل الحصول على تأشيرة الدخول؟ فجوازات السفر السودانية تحتاج "
            "عادةً إلى وقت طويل لاستخراج التأشيرة.\n\n"
            "وشكراً جزيلاً،\n"
            "م. الطيب عثمان\n"
            "منسق البرامج – شبكة الشباب السوداني العائد\n\n"
            "-----Original Message-----\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "Sent: Tuesday, February 2, 2021 11:00 AM\n"
            "Subject: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية\n\n"
            "يسر الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة دعوتكم إلى المشاركة في الاستعراض الإقليمي "
            "للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (٢٣-٢٥ فبراير ٢٠٢١). يرجى إرسال التقارير "
            "الطوعية وطلبات التحدث إلى gcmrrarabstates@iom.int.\n")
    html = html_of(text, "rtl", "Arial")
    body = multipart("alternative", "_000_HE1PR0802MB2476B1F3D08C4A9E7C25D63B9FE30HE1PR0802MB2476eurp_", [
        text_part(text, cte="base64"), text_part(html, "html", cte="base64")])
    h = [("From", addr("الطيب عثمان", "eltayeb.osman@syrn-sd.example.org")),
         ("To", f'"{MBOX}" <{MBOX}>'),
         ("Subject", hdr("استفسار بخصوص التأشيرة ومكان انعقاد المؤتمر")),
         ("Thread-Topic", hdr("استفسار بخصوص التأشيرة ومكان انعقاد المؤتمر")),
         ("Thread-Index", "AdcDw8s7bYk2L0qXQm6Hf3nT1pVr9A=="),
         ("Date", D(2, 2, 15, 21, 4, 55)),
         ("Message-ID", MID[f]),
         ("Accept-Language", "ar-SA, en-US"),
         ("Content-Language", "ar-SA"),
         ("MIME-Version", "1.0")]
    raw = build(h, body, rat, "eltayeb.osman@syrn-sd.example.org",
                "mail-am6eur05on2100.outbound.protection.outlook.example.com", "40.107.22.100", "4Df2kB6sHtzY")
    add(f, raw, lab(f, rat, "other", "ar", None,
                    notes="visa / venue question in formal Arabic, Outlook base64 UTF-8; below it an Outlook "
                          "'-----Original Message-----' block quoting the Arabic invitation, which asks for reports "
                          "and speaking requests: the quoted invitation must not make this a submission. No "
                          "In-Reply-To (new message pasted over the invitation)."))


# ============================================================ 23 fr report, 23:50 on the report deadline, Thunderbird DOCX
def m23():
    f = "h66-23.eml"
    rat = R(2, 16, 23, 50, 5)
    MID[f] = "<a7e2c9d1-5f3b-48e0-9b64-0d1c8f2e7a35@amjvm.example.ma>"
    fn = "AMJVM_rapport_volontaire_PMM.docx"
    text = ("Bonsoir,\n\n"
            "Juste à temps, j'espère ! Vous trouverez en pièce jointe le rapport volontaire de l'Association "
            "Marocaine des Jeunes Volontaires pour la Migration (AMJVM) dans le cadre de l'examen régional du "
            "Pacte mondial pour les migrations.\n\n"
            "Bien à vous,\n\n"
            "-- \n"
            "Meryem Chraibi\n"
            "Présidente – AMJVM\n"
            "Fès, Maroc\n")
    docx = make_docx(["Association Marocaine des Jeunes Volontaires pour la Migration (AMJVM)",
                      "Rapport volontaire - Pacte mondial pour les migrations - 2021",
                      "1. Nos actions avec les jeunes migrants a Fes", "2. Objectifs 15 et 16",
                      "3. Recommandations"])
    body = multipart("mixed", "------------8D2F0A61C4B7E39F1A05D6C2", [
        text_part(flow(text), cte="8bit", flowed=True, quote_cs=False),
        attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)],
        extra="")
    body.replace_header("Content-Type", 'multipart/mixed;\r\n boundary="------------8D2F0A61C4B7E39F1A05D6C2"')
    h = [("To", MBOX),
         ("From", "Meryem Chraibi <presidente@amjvm.example.ma>"),
         ("Subject", "Rapport volontaire AMJVM"),
         ("Message-ID", MID[f]),
         ("Date", D(1, 2, 16, 22, 49, 48)),
         ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.7.1"),
         ("MIME-Version", "1.0"),
         ("Content-Language", "fr")]
    raw = build(h, body, rat, "presidente@amjvm.example.ma", "smtp.amjvm.example.ma", "196.92.14.77", "4Dfj2W0YqRzM")
    add(f, raw, lab(f, rat, "voluntary_report", "fr", True, attachments=[fn],
                    notes="edge: received 23:50:05 Beirut time on Tuesday 16 Feb (Date header 22:49 +0100), the "
                          "last day for reports: on time. Thunderbird format=flowed; the signature title "
                          "('Présidente') is not a speaker request."))


# ============================================================ 24 ar report, 00:10 the day after (late), two lines
def m24():
    f = "h66-24.eml"
    rat = R(2, 17, 0, 10, 20)
    MID[f] = "<E4B82C1A-97D3-4F05-A6E1-2C7D9B0F5A38@jrrn-jo.example.org>"
    fn = "Report_GCM_Returnees_Jordan.pdf"
    text = "مرفق تقريرنا الطوعي، آسفين على التأخير\n\nأُرسلت من الـ iPhone\n"
    pdf = make_pdf(["Jordan Returnees Rights Network", "GCM voluntary review report 2021",
                    "Jordanian returnees from the Gulf after COVID-19", "Recommendations"])
    body = multipart("mixed", "Apple-Mail-5C2E8A19-4D7B-43F0-B1E6-9A0D3C7F2B84", [
        text_part(text, cte="base64"),
        attachment(pdf, "application/pdf", fn),
        text_part("\n", cte="base64")])
    h = [("From", addr("ليث الخوالدة", "laith.khawaldeh@jrrn-jo.example.org")),
         ("Mime-Version", "1.0 (1.0)"),
         ("Date", D(2, 2, 17, 0, 9, 58)),
         ("Subject", hdr("التقرير")),
         ("Message-Id", MID[f]),
         ("To", MBOX),
         ("X-Mailer", "iPhone Mail (18D52)")]
    raw = build(h, body, rat, "laith.khawaldeh@jrrn-jo.example.org", "smtp.jrrn-jo.example.org", "46.185.131.9",
                "4DfjG43cXbzS")
    add(f, raw, lab(f, rat, "voluntary_report", "ar", False, attachments=[fn],
                    notes="edge, late: received 00:10:20 Beirut time on 17 Feb, ten minutes after the report "
                          "deadline; very short (one line + 'sent from iPhone', no greeting, no signature, "
                          "organisation only in the PDF); colloquial 'آسفين'; iPhone layout with the PDF between "
                          "two text parts."))


def main():
    for fn in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
               m20, m21, m22, m23, m24):
        fn()
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml") or name == "labels.json":
            os.remove(os.path.join(OUT, name))
    labels = []
    for fname, raw, label in MESSAGES:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels.append(label)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {len(labels)} messages to {OUT}")


if __name__ == "__main__":
    main()
