#!/usr/bin/env python3
"""Write the blind evaluation set holdout69 (24 raw .eml messages + labels.json).

Theme: women's rights organisations and shelters across the Arab region (Morocco, Tunisia, Egypt,
Jordan, Lebanon, Yemen, Oman), networks of migrant domestic workers and survivors' groups.
All people, organisations and addresses are invented.  Standard library only, deterministic.

usage: /tmp/venv/bin/python tests/data/make_eval_sets69.py
"""
import base64
import datetime as dt
import html
import io
import json
import os
import struct
import zipfile
import zlib
from email import charset as ecs
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout69")
BOX = "gcmrrarabstates@iom.int"
TZ = {h: dt.timezone(dt.timedelta(hours=h)) for h in (0, 1, 2, 3, 4)}
BEIRUT = TZ[2]
POLICY = compat32.clone(linesep="\r\n")

LABELS = []


# ----------------------------------------------------------------------------- helpers
def t(s, tz=2):
    """'2021-02-01 09:12:30' in the given UTC offset."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ[tz])


def cs(name, enc="qp"):
    c = ecs.Charset(name)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64}[enc]
    return c


def text_part(body, charset="utf-8", enc="qp", subtype="plain", flowed=False):
    if enc == "b64":  # clients base64-encode CRLF text
        body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    if subtype == "html":
        body = body.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % charset)
    p = MIMEText(body, subtype, cs(charset, enc))
    if flowed:
        p.set_param("format", "flowed")
    return p


def flow(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space."""
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
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def to_html(text, rtl=False, font="Calibri"):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
    d = ' dir="rtl"' if rtl else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body{d}><div style="font-family:{font},sans-serif;font-size:11pt">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def enc_word(s, charset="utf-8"):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode("ascii"))


def addr(name, email_addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def attach(data, maintype, subtype, filename, style="2231"):
    """style: '2231' (RFC 2231 filename*), '2047' (encoded-word in quotes, Outlook), 'plain'."""
    if maintype == "application":
        p = MIMEApplication(data, subtype)
    elif maintype == "image":
        p = MIMEImage(data, subtype)
    else:
        p = MIMEBase(maintype, subtype)
        p.set_payload(data)
    if style == "2231":
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    elif style == "2047":
        # Outlook: several encoded-words (each under 76 characters) inside one quoted parameter
        w = " ".join(Header(filename, "utf-8", maxlinelen=76).encode(maxlinelen=76).split())
        p.set_param("name", w)
        p.add_header("Content-Disposition", "attachment", filename=w)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def pdf(lines):
    """A tiny valid one-page PDF with the given ASCII text lines."""
    content = "BT /F1 11 Tf 72 760 Td 14 TL\n" + "".join(
        "(%s) '\n" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def docx(paragraphs):
    """A tiny valid DOCX (zip with word/document.xml), fixed timestamps."""
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def png(w=8, h=4, rgb=(128, 30, 90)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def received(recv, host, ip, sent_host=None, sent_delay=25):
    """Received header lines, top one at recv (Beirut)."""
    ids = "%X" % (abs(hash_str(host + recv.isoformat())) % (16 ** 10))
    top = ("from %s (%s [%s])\r\n\tby mx1.iom.int (Postfix) with ESMTPS id 4D%s\r\n\tfor <%s>; %s (EET)"
           % (host, host, ip, ids, BOX, format_datetime(recv)))
    lines = [top]
    if sent_host:
        lines.append("by %s with HTTP; %s" % (sent_host, format_datetime(recv - dt.timedelta(seconds=sent_delay))))
    return lines


def hash_str(s):
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def finish(msg, recv, hdrs, trace):
    """Put trace + message headers before the MIME headers, in a real-looking order."""
    mime = [(k, v) for k, v in msg.items() if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")]
    for k in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
        del msg[k]
    msg["Return-Path"] = "<%s>" % trace["return_path"] if trace.get("return_path") is not None else "<>"
    msg["Delivered-To"] = BOX
    for r in received(recv, trace["host"], trace["ip"], trace.get("sent_host")):
        msg["Received"] = r
    dom = trace["host"].split(".", 1)[1] if "." in trace["host"] else trace["host"]
    msg["Authentication-Results"] = "mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s" % dom
    have_mv = False
    for k, v in hdrs:
        msg[k] = v
    for k, v in mime:
        if k.lower() == "mime-version":
            have_mv = True
        msg[k] = v
    if not have_mv:
        msg["MIME-Version"] = "1.0"
    return msg


def write(n, msg, label):
    fname = "h69-%02d.eml" % n
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(msg)
    data = buf.getvalue()
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    write_label(fname, label)


def write_raw(n, data, label):
    fname = "h69-%02d.eml" % n
    data = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    write_label(fname, label)


def write_label(fname, label):
    e = {"file": fname}
    e.update(label)
    LABELS.append({k: e[k] for k in ("file", "received_at", "category", "language", "acknowledge", "on_time",
                                      "speakers", "report_attachments", "thread_of", "notes")})


def sp(name, title, affiliation, roles, roundtable=None):
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def lab(recv, category, language, on_time, speakers=(), reports=(), thread_of=None, acknowledge=True, notes=""):
    return {"received_at": recv.isoformat(), "category": category, "language": language,
            "acknowledge": acknowledge, "on_time": on_time, "speakers": list(speakers),
            "report_attachments": list(reports), "thread_of": thread_of, "notes": notes}


def alt(plain, html_body, boundary, charset="utf-8", enc="qp", flowed=False):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text_part(plain, charset, enc, flowed=flowed))
    m.attach(text_part(html_body, charset, enc, subtype="html"))
    return m


def mixed(first, attachments, boundary):
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(first)
    for a in attachments:
        m.attach(a)
    return m


MID = {}  # file number -> Message-ID


# ----------------------------------------------------------------------------- messages
def m01():
    recv = t("2021-02-01 09:12:41")
    body = (
        "شكراً لرسالتكم.\n\n"
        "أنا خارج المكتب في مهمة ميدانية حتى يوم الأحد 7 شباط/فبراير 2021، مع وصول محدود إلى البريد الإلكتروني.\n"
        "للأمور العاجلة المتعلقة ببرنامج الإيواء يرجى التواصل مع الزميلة مريم الرواحي على العنوان "
        "maryam.rawahi@tumaanina-oman.example.org\n\n"
        "مع خالص التحية،\n"
        "خديجة اليحيائية\n"
        "جمعية دار الطمأنينة لرعاية النساء - مسقط\n")
    msg = alt(body, to_html(body, rtl=True, font="Arial"), "----=_NextPart_000_01A3_01D6F88B.5C2E7A10",
              charset="windows-1256", enc="qp")
    MID[1] = "<a1f0c2b8e4d94c7aa3b1@EXCH01.tumaanina-oman.example.org>"
    hdrs = [
        ("From", addr("خديجة اليحيائية", "khadija.yahyai@tumaanina-oman.example.org", "windows-1256")),
        ("To", addr("Regional UN Network on Migration - GCM Review", BOX)),
        ("Subject", subj("رد تلقائي: Invitation: Regional Review of the Global Compact for Migration in the Arab Region", "windows-1256")),
        ("Date", format_datetime(recv.astimezone(TZ[4]) - dt.timedelta(seconds=2))),
        ("Message-ID", MID[1]),
        ("In-Reply-To", "<GCMRR-invitation-20210129@iom.int>"),
        ("References", "<GCMRR-invitation-20210129@iom.int>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "khadija.yahyai@tumaanina-oman.example.org"),
        ("Content-Language", "ar-OM"),
    ]
    finish(msg, recv, hdrs, {"return_path": "", "host": "mail.tumaanina-oman.example.org", "ip": "198.51.100.41"})
    write(1, msg, lab(recv, "auto_reply", "ar", None, acknowledge=False, notes=(
        "Exchange out-of-office reply (Auto-Submitted: auto-replied, empty Return-Path) in Arabic to the invitation; "
        "subject mixes the Arabic prefix 'رد تلقائي:' with the English invitation subject; names a colleague and a date, "
        "windows-1256 QP body. Never acknowledge.")))


def m02():
    recv = t("2021-02-01 16:40:12")
    plain = (
        "Dear colleagues,\n\n"
        "Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.\n\n"
        "Al-Karama Shelter for Women and Girls would like to put forward one of our senior staff for the role of "
        "rapporteur, delivering the stakeholders' key messages to the conference.\n\n"
        "Nominee: Dr. Hala Qudah – Head of Legal Aid Unit – Al-Karama Shelter for Women and Girls (KSWG)\n\n"
        "Dr. Qudah has represented survivors of trafficking and migrant domestic workers before the Jordanian courts "
        "for over ten years and coordinated our contribution to the national GCM consultation.\n\n"
        "Kind regards,\n\n"
        "Rania Saadeh\n"
        "Executive Director\n"
        "Al-Karama Shelter for Women and Girls (KSWG)\n"
        "Jabal Al-Weibdeh, Amman – Jordan\n"
        "Tel: +962 6 555 0142\n")
    msg = alt(plain, to_html(plain, font="Arial"), "000000000000a4c1e205ba3c7f21")
    MID[2] = "<CAJx8kQz3vR7pL1-Wm5nE0ogq9Fh2DdVt4bKx6Yc@mail.gmail.com>"
    hdrs = [
        ("From", addr("Rania Saadeh", "rania.saadeh@alkarama-shelter.example.org")),
        ("Date", format_datetime(recv - dt.timedelta(seconds=4))),
        ("Message-ID", MID[2]),
        ("Subject", subj("Nomination – Rapporteur – GCM Regional Review")),
        ("To", BOX),
    ]
    finish(msg, recv, hdrs, {"return_path": "rania.saadeh@alkarama-shelter.example.org",
                             "host": "mail-sor-f41.google.com", "ip": "209.85.220.41",
                             "sent_host": "mail.alkarama-shelter.example.org"})
    write(2, msg, lab(recv, "speaker_request", "en", True, speakers=[
        sp("Hala Qudah", "Head of Legal Aid Unit", "Al-Karama Shelter for Women and Girls (KSWG)", ["rapporteur"])],
        notes=("nominee on one line after 'Nominee:' with fields separated by en dashes; honorific 'Dr.' not part of the name; "
               "the sender (Executive Director) signs with her own name, title and the same organisation but is not the speaker; "
               "role 'rapporteur' stated in prose before the nominee line.")))


def m03():
    recv = t("2021-02-02 09:05:33")
    plain = (
        "السادة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،\n"
        "تحية طيبة وبعد،\n\n"
        "بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، "
        "يسر مؤسسة أمان لحماية المرأة (عدن - اليمن) أن ترشح كلا من:\n\n"
        "1- السيدة نجلاء عبد الرحمن الحضرمي، المديرة التنفيذية للمؤسسة، لإلقاء مداخلة في الجلسة العامة؛\n"
        "2- الأخت منى، منسقة برنامج دعم الناجيات من الاتجار بالبشر في المؤسسة، للمشاركة في المائدة المستديرة الثانية.\n\n"
        "علما بأن الأخت منى تفضل عدم نشر اسمها الكامل لأسباب تتعلق بسلامتها.\n\n"
        "وتفضلوا بقبول فائق الاحترام والتقدير،\n\n"
        "عفاف الصبري\n"
        "مسؤولة العلاقات الخارجية\n"
        "مؤسسة أمان لحماية المرأة\n"
        "عدن - الجمهورية اليمنية\n")
    msg = alt(plain, to_html(plain, rtl=True, font="Simplified Arabic"), "----=_NextPart_000_0043_01D6F93A.7B19C2E0",
              charset="windows-1256", enc="qp")
    MID[3] = "<004201d6f929$b61fe8a0$225fb9e0@amanwomen-ye.example.org>"
    hdrs = [
        ("From", addr("عفاف الصبري", "afaf.sabri@amanwomen-ye.example.org", "windows-1256")),
        ("To", BOX),
        ("Subject", subj("ترشيح متحدثتين - مؤسسة أمان لحماية المرأة", "windows-1256")),
        ("Date", format_datetime(recv.astimezone(TZ[3]) - dt.timedelta(seconds=20))),
        ("Message-ID", MID[3]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdbzKbYf6KAiX7ngQ7u1mWx0p3JY4Q=="),
        ("Content-Language", "ar-ye"),
    ]
    finish(msg, recv, hdrs, {"return_path": "afaf.sabri@amanwomen-ye.example.org",
                             "host": "smtp.amanwomen-ye.example.org", "ip": "203.0.113.77"})
    org = "مؤسسة أمان لحماية المرأة"
    write(3, msg, lab(recv, "speaker_request", "ar", True, speakers=[
        sp("نجلاء عبد الرحمن الحضرمي", "المديرة التنفيذية", org, ["plenary"]),
        sp("منى", "منسقة برنامج دعم الناجيات من الاتجار بالبشر", org, ["roundtable"], 2)],
        notes=("two women proposed in a numbered list: the first by full name with the honorific 'السيدة' (not part of the name), "
               "the second by first name only ('الأخت منى') with her title; affiliation given as 'للمؤسسة'/'في المؤسسة' and "
               "resolved to the organisation named in the opening sentence; roles 'الجلسة العامة' = plenary and "
               "'المائدة المستديرة الثانية' = roundtable 2; sender (external relations officer) is not a speaker; windows-1256 QP.")))


def m04():
    recv = t("2021-02-02 14:30:08")
    plain = flow(
        "Madame, Monsieur,\n\n"
        "Suite à votre lettre d'invitation à la Revue régionale du Pacte mondial pour des migrations sûres, ordonnées et "
        "régulières, j'ai le plaisir de vous proposer la candidature de Mme Samia Ben Romdhane, de l'association Voix des "
        "Femmes Migrantes de Sfax (VFMS), dont elle est la trésorière, pour une intervention lors de la table ronde "
        "thématique n° 4.\n\n"
        "Mme Ben Romdhane accompagne depuis 2015 les travailleuses domestiques subsahariennes victimes d'exploitation à "
        "Sfax et a coordonné notre permanence juridique pendant la crise sanitaire.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
        "-- \n"
        "Hédia Trabelsi\n"
        "Présidente\n"
        "Voix des Femmes Migrantes de Sfax (VFMS)\n"
        "Route de Gremda km 3, Sfax – Tunisie\n")
    msg = text_part(plain, "utf-8", "qp", flowed=True)
    MID[4] = "<7c2e9a41-5b1d-4f0e-9d2a-3e6b8f1c0a55@vfms-sfax.example.tn>"
    hdrs = [
        ("Message-ID", MID[4]),
        ("Date", format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=9))),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
        ("Content-Language", "fr"),
        ("To", BOX),
        ("From", addr("Hédia Trabelsi", "presidente@vfms-sfax.example.tn")),
        ("Subject", subj("Proposition d'intervenante – table ronde 4")),
    ]
    finish(msg, recv, hdrs, {"return_path": "presidente@vfms-sfax.example.tn",
                             "host": "mail.vfms-sfax.example.tn", "ip": "198.51.100.214"})
    write(4, msg, lab(recv, "speaker_request", "fr", True, speakers=[
        sp("Samia Ben Romdhane", "trésorière", "Voix des Femmes Migrantes de Sfax (VFMS)", ["roundtable"], 4)],
        notes=("title comes after the organisation in a relative clause ('de l'association ..., dont elle est la trésorière'); "
               "honorific 'Mme' not part of the name; roundtable written 'table ronde thématique n° 4'; the signature block "
               "(Présidente, same organisation) belongs to the nominator; Thunderbird format=flowed QP with soft line breaks "
               "inside the organisation name.")))


def m05():
    recv = t("2021-02-03 11:20:51")
    plain = (
        "Dear GCM Regional Review team,\n\n"
        "We are preparing to nominate one of our members for a floor intervention in one of the thematic roundtables. "
        "She is a former domestic worker and a survivor, and she is much more comfortable speaking in Arabic.\n\n"
        "Could you please let us know:\n"
        "1. May the speaker deliver her intervention in Arabic?\n"
        "2. Will simultaneous interpretation into English and French be available in the roundtables, or only in the plenary?\n"
        "3. Can she speak with her camera off, for safety reasons?\n\n"
        "We will send her name, title and affiliation before the 5 February deadline once we have your answer.\n\n"
        "Many thanks,\n"
        "Nadia Fahmy\n"
        "Programme Officer | Egyptian Forum for Survivors of Violence (EFSV)\n"
        "Giza, Egypt\n")
    msg = alt(plain, to_html(plain, font="Helvetica"), "Apple-Mail=_5D1C3E0A-8B47-4F2C-9E61-2A7D04B3C9F8",
              charset="us-ascii", enc="qp")
    MID[5] = "<5E2B9F10-3A4C-4D7E-B8F1-0C6A2D9E4B71@efsv-egypt.example.org>"
    hdrs = [
        ("From", addr("Nadia Fahmy", "nadia.fahmy@efsv-egypt.example.org")),
        ("Content-Type", None),
        ("Subject", "Question: can our speaker deliver her intervention in Arabic?"),
        ("Date", format_datetime(recv - dt.timedelta(seconds=3))),
        ("Message-Id", MID[5]),
        ("To", BOX),
        ("X-Mailer", "Apple Mail (2.3608.120.23.2.4)"),
    ]
    hdrs = [h for h in hdrs if h[1] is not None]
    finish(msg, recv, hdrs, {"return_path": "nadia.fahmy@efsv-egypt.example.org",
                             "host": "smtp.efsv-egypt.example.org", "ip": "203.0.113.150"})
    write(5, msg, lab(recv, "other", "en", None, notes=(
        "question whether the speaker may speak in Arabic, about interpretation and camera: it announces a future "
        "nomination for a roundtable but proposes no named speaker (the only name is the sender's signature); "
        "keyword-heavy (roundtable, speaker, deadline).")))


def m06():
    recv = t("2021-02-03 17:05:27")
    plain = (
        "Dear Sir/Madam,\n\n"
        "I am writing on behalf of Warda Shelter for Women Survivors of Violence in Beirut to propose Ms. Dalia Mroueh "
        "to make a floor intervention in the plenary session of the Regional Review conference.\n\n"
        "Dalia has led our work with migrant domestic workers who left abusive employers since the 2020 port explosion.\n\n"
        "I will confirm her exact title in a separate email, as she has just changed position.\n\n"
        "Best regards,\n\n"
        "Maya Khoury\n"
        "Communications Officer\n"
        "Warda Shelter for Women Survivors of Violence\n"
        "Badaro, Beirut, Lebanon\n\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it "
        "in error, please notify the sender and delete it. Warda Shelter does not accept liability for any errors or omissions.\n")
    msg = alt(plain, to_html(plain), "_000_DB8PR09MB31245E7A0C1F2D9B4E6C3A7DDB8PR09MB3124eurp_",
              charset="utf-8", enc="qp")
    MID[6] = "<DB8PR09MB31245E7A0C1F2D9B4E6C3A7DDB8PR09MB3124@DB8PR09MB3124.eurprd09.prod.outlook.com>"
    hdrs = [
        ("From", addr("Maya Khoury", "maya.khoury@wardashelter-lb.example.org")),
        ("To", addr("gcmrrarabstates", BOX)),
        ("Subject", "Speaker proposal - plenary - Warda Shelter"),
        ("Thread-Topic", "Speaker proposal - plenary - Warda Shelter"),
        ("Thread-Index", "AQHW+j3kT0aZm1c2Rk2X9cQv7d0l9A=="),
        ("Date", format_datetime(recv - dt.timedelta(seconds=6))),
        ("Message-ID", MID[6]),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ]
    finish(msg, recv, hdrs, {"return_path": "maya.khoury@wardashelter-lb.example.org",
                             "host": "EUR05-DB8-obe.outbound.protection.outlook.com", "ip": "40.107.20.94"})
    write(6, msg, lab(recv, "speaker_request", "en", True, speakers=[
        sp("Dalia Mroueh", None, "Warda Shelter for Women Survivors of Violence", ["plenary"])],
        notes=("speaker's title explicitly missing ('I will confirm her exact title in a separate email'): title null; "
               "honorific 'Ms.'; nominator's title (Communications Officer) must not be attached to the speaker; "
               "completed later by h69-09.")))


def m07():
    recv = t("2021-02-03 19:45:02")
    plain = (
        "مرحبا،\n\n"
        "أنا بشتغل منسقة مناصرة بالـ Migrant Domestic Workers Solidarity Network (MDWSN) ببيروت، "
        "ومنحب نشارك بالنقاش المفتوح تبع المشاورة يوم ٢٣ شباط. إذا في مجال تسجلوني كمتحدثة بكون كتير ممنونة 🙏\n\n"
        "نحنا شبكة من عاملات منزليات مهاجرات وناجيات من الإتجار، وبدنا صوتنا يكون موجود بهالنقاش.\n\n"
        "شكرا كتير\n"
        "ريتا أبو جودة\n\n"
        "Sent from my iPhone\n")
    msg = text_part(plain, "utf-8", "b64")
    MID[7] = "<E3A7B1C2-9D4F-4A61-8C0E-7F2B5D6A1E93@icloud.example.com>"
    hdrs = [
        ("Content-Type", None),
        ("From", addr("Rita A.J.", "rita.aj@icloud.example.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", format_datetime(recv - dt.timedelta(seconds=11))),
        ("Subject", subj("مشاركة بالنقاش المفتوح")),
        ("Message-Id", MID[7]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    hdrs = [h for h in hdrs if h[1] is not None]
    finish(msg, recv, hdrs, {"return_path": "rita.aj@icloud.example.com",
                             "host": "mr85p00im-ztdg06021101.me.example.com", "ip": "17.58.23.181"})
    write(7, msg, lab(recv, "speaker_request", "ar", True, speakers=[
        sp("ريتا أبو جودة", "منسقة مناصرة", "Migrant Domestic Workers Solidarity Network (MDWSN)", ["open_discussion"])],
        notes=("colloquial Lebanese Arabic self-nomination from an iPhone (base64 UTF-8, emoji); full name only in the signature "
               "(From display name is a Latin abbreviation 'Rita A.J.'); title and English organisation name with acronym in a "
               "sentence ('بشتغل منسقة مناصرة بالـ ...'); role 'النقاش المفتوح تبع المشاورة' = open_discussion; Arabic-Indic digits.")))


def m08():
    recv = t("2021-02-04 08:30:45")
    plain = (
        "Madame, Monsieur,\n\n"
        "Au nom du Réseau Marocain des Femmes Migrantes et Réfugiées (REMAFEM), veuillez trouver ci-joint notre rapport "
        "volontaire collectif sur la mise en œuvre du Pacte mondial au Maroc, élaboré avec neuf associations membres de "
        "Tanger, Rabat, Oujda et Agadir.\n\n"
        "Par ailleurs, nous souhaitons proposer notre coordinatrice nationale pour une prise de parole lors de la table ronde 1 :\n\n"
        "Nom : Zineb El Alaoui\n"
        "Fonction : Coordinatrice nationale\n"
        "Organisation : Réseau Marocain des Femmes Migrantes et Réfugiées (REMAFEM)\n\n"
        "Nous restons à votre disposition pour toute information complémentaire.\n\n"
        "Bien cordialement,\n\n"
        "Khadija Ouazzani\n"
        "Chargée de communication – REMAFEM\n"
        "Rabat, Maroc\n")
    body = alt(plain, to_html(plain, font="Calibri"), "B_3695102445_1874321950", charset="utf-8", enc="qp")
    fname = "Rapport volontaire – REMAFEM (Maroc).pdf"
    a = attach(pdf(["Reseau Marocain des Femmes Migrantes et Refugiees (REMAFEM)",
                    "Rapport volontaire collectif - Pacte mondial pour les migrations", "Maroc, fevrier 2021",
                    "1. Contexte  2. Femmes migrantes et acces a la protection  3. Recommandations"]),
               "application", "pdf", fname, "2231")
    msg = mixed(body, [a], "B_3695102445_1532409876")
    MID[8] = "<A3F0C1D2-7E8B-4B29-9C51-REMAFEM0204@remafem-maroc.example.ma>"
    hdrs = [
        ("User-Agent", "Microsoft-MacOutlook/16.45.21011103"),
        ("Date", format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=30))),
        ("Subject", subj("Rapport volontaire REMAFEM + proposition d'intervenante (table ronde 1)")),
        ("From", addr("Khadija Ouazzani", "k.ouazzani@remafem-maroc.example.ma")),
        ("To", addr("GCM Regional Review", BOX)),
        ("Message-ID", MID[8]),
        ("Thread-Topic", "Rapport volontaire REMAFEM + proposition d'intervenante (table ronde 1)"),
    ]
    finish(msg, recv, hdrs, {"return_path": "k.ouazzani@remafem-maroc.example.ma",
                             "host": "smtp.remafem-maroc.example.ma", "ip": "198.51.100.63"})
    write(8, msg, lab(recv, "both", "fr", True, speakers=[
        sp("Zineb El Alaoui", "Coordinatrice nationale", "Réseau Marocain des Femmes Migrantes et Réfugiées (REMAFEM)",
           ["roundtable"], 1)], reports=[fname],
        notes=("report (PDF, RFC 2231 file name with en dash, accents and parentheses) and a speaker request in one message; "
               "labelled 'Nom / Fonction / Organisation' lines with a space before the colon; sender signs as "
               "'Chargée de communication – REMAFEM' and is not the speaker; 'table ronde 1' in the subject and body.")))


REPORT_EG = "CCWLA_GCM_Voluntary_Review_2021.pdf"
ANNEX_EG = "Annex 1 - Case data 2019-2020.docx"


def m10():
    recv = t("2021-02-04 15:10:19")
    plain = (
        "Dear Regional UN Network on Migration secretariat,\n\n"
        "Please find attached the voluntary GCM review report of the Cairo Centre for Women's Legal Aid (CCWLA), together "
        "with its annex on the cases of migrant and refugee women we assisted in 2019-2020.\n\n"
        "The report focuses on objectives 6, 7 and 10 (fair recruitment, vulnerabilities, trafficking).\n\n"
        "With best regards,\n"
        "Heba Mansour\n"
        "Research and Advocacy Coordinator\n"
        "Cairo Centre for Women's Legal Aid (CCWLA)\n"
        "15 Talaat Harb St., Downtown Cairo\n\n"
        "________________________________\n"
        "DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely "
        "for the addressee. Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient, any "
        "disclosure, copying, distribution or any action taken in reliance on it is prohibited.\n")
    body = alt(plain, to_html(plain), "_000_VI1PR08MB52317A0E94C3F1B2D6E84B19A0749VI1PR08MB5231eurp_")
    a = attach(pdf(["Cairo Centre for Women's Legal Aid (CCWLA)", "Voluntary GCM Review Report - February 2021",
                    "Objectives 6, 7 and 10", "Findings: recruitment fees, confiscation of documents, shelter access"]),
               "application", "pdf", REPORT_EG, "plain")
    msg = mixed(body, [a], "_004_VI1PR08MB52317A0E94C3F1B2D6E84B19A0749VI1PR08MB5231eurp_")
    MID[10] = "<VI1PR08MB52317A0E94C3F1B2D6E84B19A0749@VI1PR08MB5231.eurprd08.prod.outlook.com>"
    hdrs = [
        ("From", addr("Heba Mansour", "h.mansour@ccwla-eg.example.org")),
        ("To", addr("gcmrrarabstates@iom.int", BOX)),
        ("Subject", "Voluntary GCM Review Report - CCWLA"),
        ("Thread-Topic", "Voluntary GCM Review Report - CCWLA"),
        ("Date", format_datetime(recv - dt.timedelta(seconds=5))),
        ("Message-ID", MID[10]),
        ("Accept-Language", "en-GB"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    finish(msg, recv, hdrs, {"return_path": "h.mansour@ccwla-eg.example.org",
                             "host": "EUR04-VI1-obe.outbound.protection.outlook.com", "ip": "40.107.8.110"})
    write(10, msg, lab(recv, "voluntary_report", "en", True, reports=[REPORT_EG], notes=(
        "first half of a report sent in two messages: the body announces the report 'together with its annex' but only "
        "the PDF is attached; the annex follows in h69-11; long legal disclaimer; sender's title in the signature "
        "is not a speaker request.")))


def m11():
    recv = t("2021-02-04 15:32:40")
    plain = (
        "Apologies – here is the annex I forgot to attach to my previous message.\n\n"
        "Best,\n"
        "Heba\n\n"
        "________________________________\n"
        "From: Heba Mansour <h.mansour@ccwla-eg.example.org>\n"
        "Sent: Thursday, February 4, 2021 3:10 PM\n"
        "To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>\n"
        "Subject: Voluntary GCM Review Report - CCWLA\n\n"
        "Dear Regional UN Network on Migration secretariat,\n\n"
        "Please find attached the voluntary GCM review report of the Cairo Centre for Women's Legal Aid (CCWLA), together "
        "with its annex on the cases of migrant and refugee women we assisted in 2019-2020.\n\n"
        "The report focuses on objectives 6, 7 and 10 (fair recruitment, vulnerabilities, trafficking).\n\n"
        "With best regards,\n"
        "Heba Mansour\n"
        "Research and Advocacy Coordinator\n"
        "Cairo Centre for Women's Legal Aid (CCWLA)\n")
    body = alt(plain, to_html(plain), "_000_VI1PR08MB5231C4D2A1B09E7F3A6C5D20A0749VI1PR08MB5231eurp_")
    a = attach(docx(["Annex 1 - Case data 2019-2020", "Cairo Centre for Women's Legal Aid (CCWLA)",
                     "Cases assisted: 212 women (147 migrant domestic workers, 65 refugees)",
                     "Main issues: unpaid wages 41%, document confiscation 33%, violence 26%"]),
               "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", ANNEX_EG, "plain")
    msg = mixed(body, [a], "_004_VI1PR08MB5231C4D2A1B09E7F3A6C5D20A0749VI1PR08MB5231eurp_")
    MID[11] = "<VI1PR08MB5231C4D2A1B09E7F3A6C5D20A0749@VI1PR08MB5231.eurprd08.prod.outlook.com>"
    hdrs = [
        ("From", addr("Heba Mansour", "h.mansour@ccwla-eg.example.org")),
        ("To", addr("gcmrrarabstates@iom.int", BOX)),
        ("Subject", "Re: Voluntary GCM Review Report - CCWLA"),
        ("Thread-Topic", "Voluntary GCM Review Report - CCWLA"),
        ("Date", format_datetime(recv - dt.timedelta(seconds=4))),
        ("Message-ID", MID[11]),
        ("References", MID[10]),
        ("In-Reply-To", MID[10]),
        ("Accept-Language", "en-GB"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    finish(msg, recv, hdrs, {"return_path": "h.mansour@ccwla-eg.example.org",
                             "host": "EUR04-VI1-obe.outbound.protection.outlook.com", "ip": "40.107.8.98"})
    write(11, msg, lab(recv, "voluntary_report", "en", True, reports=[ANNEX_EG], thread_of="h69-10.eml", notes=(
        "second half of a two-message report: 'here is the annex I forgot' (DOCX) as a reply to h69-10 (In-Reply-To set); "
        "the quoted original mentions the report PDF, which is not attached here; one-line new text signed with a first name only.")))


def m09():
    recv = t("2021-02-04 10:22:14")
    plain = (
        "Dear colleagues,\n\n"
        "Further to my email below: Dalia's title is Head of Case Management (as of this month).\n\n"
        "Apologies for the two-step submission.\n\n"
        "Best regards,\n"
        "Maya\n\n"
        "From: Maya Khoury <maya.khoury@wardashelter-lb.example.org>\n"
        "Sent: Wednesday, February 3, 2021 5:05 PM\n"
        "To: gcmrrarabstates <gcmrrarabstates@iom.int>\n"
        "Subject: Speaker proposal - plenary - Warda Shelter\n\n"
        "Dear Sir/Madam,\n\n"
        "I am writing on behalf of Warda Shelter for Women Survivors of Violence in Beirut to propose Ms. Dalia Mroueh "
        "to make a floor intervention in the plenary session of the Regional Review conference.\n\n"
        "Dalia has led our work with migrant domestic workers who left abusive employers since the 2020 port explosion.\n\n"
        "I will confirm her exact title in a separate email, as she has just changed position.\n\n"
        "Best regards,\n\n"
        "Maya Khoury\n"
        "Communications Officer\n"
        "Warda Shelter for Women Survivors of Violence\n"
        "Badaro, Beirut, Lebanon\n")
    msg = alt(plain, to_html(plain), "_000_DB8PR09MB3124A7C0E52F1B9D8E3A6F40DB8PR09MB3124eurp_")
    MID[9] = "<DB8PR09MB3124A7C0E52F1B9D8E3A6F40DB8PR09MB3124@DB8PR09MB3124.eurprd09.prod.outlook.com>"
    hdrs = [
        ("From", addr("Maya Khoury", "maya.khoury@wardashelter-lb.example.org")),
        ("To", addr("gcmrrarabstates", BOX)),
        ("Subject", "RE: Speaker proposal - plenary - Warda Shelter"),
        ("Thread-Topic", "Speaker proposal - plenary - Warda Shelter"),
        ("Thread-Index", "AQHW+j3kT0aZm1c2Rk2X9cQv7d0l9KrP3xYA"),
        ("Date", format_datetime(recv - dt.timedelta(seconds=6))),
        ("Message-ID", MID[9]),
        ("References", MID[6]),
        ("In-Reply-To", MID[6]),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
    ]
    finish(msg, recv, hdrs, {"return_path": "maya.khoury@wardashelter-lb.example.org",
                             "host": "EUR05-DB8-obe.outbound.protection.outlook.com", "ip": "40.107.20.71"})
    write(9, msg, lab(recv, "speaker_request", "en", True, speakers=[
        sp("Dalia Mroueh", "Head of Case Management", "Warda Shelter for Women Survivors of Violence", ["plenary"])],
        thread_of="h69-06.eml",
        notes=("reply that adds the missing detail (the speaker's title) to h69-06; the speaker is referred to by first name "
               "only in the new text, full name, organisation and the plenary role are only in the quoted original; "
               "the completed record is the label (title no longer null).")))


def m12():
    recv = t("2021-02-05 17:20:36")
    rows = [
        ("Farah Haddadin", "Programme Director", "Al-Nour Women's Shelter, Irbid", "Roundtable 1"),
        ("Dr. Nour El Houda Mansouri", "Researcher", "Tunisian Observatory for Migrant Women (OTFM)", "Plenary"),
        ("Rahma Al-Qadhi", "Case Manager", "Yemeni Women's Refuge Network (YWRN)", "Open discussion (23 Feb)"),
    ]
    w = [max(len(r[i]) for r in rows + [("Name", "Title", "Organisation", "Session")]) for i in range(4)]
    fmt = "| " + " | ".join("%%-%ds" % x for x in w) + " |"
    sep = "|" + "|".join("-" * (x + 2) for x in w) + "|"
    table = "\n".join([fmt % ("Name", "Title", "Organisation", "Session"), sep] + [fmt % r for r in rows])
    intro = ("Dear colleagues,\n\n"
             "On behalf of the Arab Women's Network against Trafficking and Forced Labour (AWNAT), I am pleased to propose "
             "the following three speakers from our member organisations:\n\n")
    outro = ("\n\nAll three have confirmed their availability on 23-25 February.\n\n"
             "Warm regards,\n"
             "Lina Abdelhadi\n"
             "Regional Coordinator, AWNAT\n")
    plain = intro + table + outro
    trs = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:3px">%s</td>' % html.escape(c) for c in r)
                  + "</tr>\n" for r in rows)
    hb = ('<html><body><div dir="ltr">' + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>")
                                                  for p in intro.strip().split("\n\n"))
          + '<table style="border-collapse:collapse">\n<tr><th>Name</th><th>Title</th><th>Organisation</th><th>Session</th></tr>\n'
          + trs + "</table>"
          + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in outro.strip().split("\n\n"))
          + "</div></body></html>\n")
    msg = alt(plain, hb, "0000000000003f9b2a05ba9c1d44")
    MID[12] = "<CAP4fH2m7Zq0T9xwE1bK3sYd8uLr5NcVa6gJ@mail.gmail.com>"
    hdrs = [
        ("From", addr("Lina Abdelhadi", "lina.abdelhadi@awnat.example.org")),
        ("Date", format_datetime(recv - dt.timedelta(seconds=8))),
        ("Message-ID", MID[12]),
        ("Subject", "AWNAT speakers for the GCM Regional Review"),
        ("To", BOX),
    ]
    finish(msg, recv, hdrs, {"return_path": "lina.abdelhadi@awnat.example.org",
                             "host": "mail-sor-f65.google.com", "ip": "209.85.220.65",
                             "sent_host": "mail.awnat.example.org"})
    write(12, msg, lab(recv, "speaker_request", "en", True, speakers=[
        sp("Farah Haddadin", "Programme Director", "Al-Nour Women's Shelter, Irbid", ["roundtable"], 1),
        sp("Nour El Houda Mansouri", "Researcher", "Tunisian Observatory for Migrant Women (OTFM)", ["plenary"]),
        sp("Rahma Al-Qadhi", "Case Manager", "Yemeni Women's Refuge Network (YWRN)", ["open_discussion"])],
        notes=("three speakers in a table (ASCII pipe table in text/plain, HTML table in text/html) from three different "
               "member organisations, none of them the sender's network; 'Dr.' inside the table cell is an honorific; "
               "affiliation 'Al-Nour Women's Shelter, Irbid' includes the city after a comma; session column gives "
               "Roundtable 1 / Plenary / Open discussion; sender (Regional Coordinator, AWNAT) is not a speaker.")))


def m13():
    recv = t("2021-02-05 23:50:17")
    plain = (
        "Bonsoir,\n\n"
        "Je me permets de vous ecrire (un peu tard, desolee) pour proposer ma candidature pour une intervention en seance "
        "pleniere de la conference des 24 et 25 fevrier.\n\n"
        "Je suis chargee de projet a l'Association Nour pour les Femmes Migrantes (ANFM) a Tunis, ou je suis les dossiers "
        "des travailleuses domestiques ivoiriennes bloquees en Tunisie depuis la fermeture des frontieres.\n\n"
        "Cordialement\n\n"
        "Amel Jaziri\n"
        "Chargee de projet, Association Nour pour les Femmes Migrantes (ANFM)\n"
        "Tel : +216 71 000 318\n")
    hb = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
          'sans-serif;font-size:13px;">' + "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>")
                                                   for p in plain.strip().split("\n\n")) + "</div></body></html>\n")
    msg = alt(plain, hb, "----=_Part_2318841_1603926157.1612561817042")
    MID[13] = "<1204817725.2318842.1612561817043@mail.yahoo.example.com>"
    hdrs = [
        ("Date", format_datetime(recv.astimezone(TZ[0]))),
        ("From", addr("Amel Jaziri", "amel.jaziri@yahoo.example.fr")),
        ("To", addr("gcmrrarabstates@iom.int", BOX)),
        ("Message-ID", MID[13]),
        ("Subject", "candidature intervention seance pleniere"),
        ("X-Mailer", "WebService/1.1.17648 YMailNorrin"),
    ]
    finish(msg, recv, hdrs, {"return_path": "amel.jaziri@yahoo.example.fr",
                             "host": "sonic301-21.consmr.mail.ir2.yahoo.example.com", "ip": "77.238.176.98"})
    write(13, msg, lab(recv, "speaker_request", "fr", True, speakers=[
        sp("Amel Jaziri", "Chargee de projet", "Association Nour pour les Femmes Migrantes (ANFM)", ["plenary"])],
        notes=("at the edge: received 23:50 Beirut on Friday 5 Feb (21:50 UTC; the Date header is in UTC) = on time; "
               "French written without accents ('seance pleniere', 'chargee de projet'); self-nomination, name only in the "
               "signature; title and organisation on one line separated by a comma; Yahoo webmail.")))


def m14():
    recv = t("2021-02-06 00:10:04")
    plain = (
        "السلام عليكم ورحمة الله،\n\n"
        "معلش اتأخرنا شوية في الرد بسبب ضغط الشغل، بس حابين نرشح زميلتنا الأستاذة سماح فؤاد، مديرة وحدة الدعم النفسي "
        "بمركز سند لدعم الناجيات من العنف، إنها تتكلم في المائدة المستديرة الثالثة.\n\n"
        "الأستاذة سماح بتشتغل مع الستات المهاجرات واللاجئات في القاهرة والجيزة من أكتر من ٨ سنين.\n\n"
        "ولو فيه أي بيانات تانية مطلوبة يا ريت تبلغونا.\n\n"
        "شكرا جزيلا،\n"
        "هالة عبد العزيز\n"
        "المديرة التنفيذية - مركز سند\n")
    msg = alt(plain, to_html(plain, rtl=True, font="Arial"), "000000000000c71e0805baa1e2f9")
    MID[14] = "<CAK9wR2pQ7nX0Lm3Tg8Ey5Vd1HcZ6bFs4Uja@mail.gmail.com>"
    hdrs = [
        ("From", addr("هالة عبد العزيز", "hala.abdelaziz@sanad-center.example.org")),
        ("Date", format_datetime(recv - dt.timedelta(seconds=3))),
        ("Message-ID", MID[14]),
        ("Subject", subj("ترشيح متحدثة - المائدة المستديرة الثالثة")),
        ("To", BOX),
    ]
    finish(msg, recv, hdrs, {"return_path": "hala.abdelaziz@sanad-center.example.org",
                             "host": "mail-sor-f69.google.com", "ip": "209.85.220.69",
                             "sent_host": "mail.sanad-center.example.org"})
    write(14, msg, lab(recv, "speaker_request", "ar", False, speakers=[
        sp("سماح فؤاد", "مديرة وحدة الدعم النفسي", "مركز سند لدعم الناجيات من العنف", ["roundtable"], 3)],
        notes=("at the edge and late: received 00:10 Beirut on Saturday 6 Feb (Date header 00:10 +0200, the sender's evening "
               "'5 Feb' intent does not count); Egyptian colloquial Arabic; honorific 'الأستاذة'; organisation with the "
               "attached preposition 'بمركز'; roundtable 'المائدة المستديرة الثالثة' = 3; sender (المديرة التنفيذية) is not the speaker.")))


def m15():
    recv = t("2021-02-06 09:03:27")
    d = format_datetime(recv)
    raw = f"""Return-Path: <>
Delivered-To: {BOX}
Received: from mwinf5d61.me-wanadoo.example.net (smtp11.smtpout.orange.example.fr [80.12.242.133])
	by mx1.iom.int (Postfix) with ESMTPS id 4DXr2b0Jk7z9
	for <{BOX}>; {d} (EET)
Authentication-Results: mx1.iom.int;
	spf=pass smtp.helo=mwinf5d61.me-wanadoo.example.net
From: Mail Delivery System <MAILER-DAEMON@mwinf5d61.me-wanadoo.example.net>
To: {BOX}
Subject: =?utf-8?Q?Message_non_d=C3=A9livr=C3=A9_/_Undelivered_Mail_Returned_to_Sender?=
Date: {format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=2))}
Message-ID: <20210206070325.6A1B2C3D4E@mwinf5d61.me-wanadoo.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6A1B2C3D4E.1612595005/mwinf5d61.me-wanadoo.example.net"

This is a MIME-encapsulated message.

--6A1B2C3D4E.1612595005/mwinf5d61.me-wanadoo.example.net
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ce message a été créé automatiquement par le logiciel de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

<contact.anfm@orange.example.fr> : boîte aux lettres inexistante
    (550 5.1.1 Adresse d'au moins un destinataire invalide)

--6A1B2C3D4E.1612595005/mwinf5d61.me-wanadoo.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mwinf5d61.me-wanadoo.example.net
X-Postfix-Queue-ID: 6A1B2C3D4E
Arrival-Date: Sat,  6 Feb 2021 08:03:21 +0100 (CET)

Final-Recipient: rfc822; contact.anfm@orange.example.fr
Original-Recipient: rfc822;contact.anfm@orange.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <contact.anfm@orange.example.fr>: Recipient
    address rejected: Adresse d'au moins un destinataire invalide

--6A1B2C3D4E.1612595005/mwinf5d61.me-wanadoo.example.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{BOX}>
From: GCM Regional Review <{BOX}>
To: Amel Jaziri <amel.jaziri@yahoo.example.fr>
Cc: contact.anfm@orange.example.fr
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_/_candidature_intervention_seance_pleniere?=
Date: Sat, 06 Feb 2021 09:03:12 +0200
Message-ID: <ack-20210206070312.41c7@iom.int>
In-Reply-To: {MID[13]}

--6A1B2C3D4E.1612595005/mwinf5d61.me-wanadoo.example.net--
"""
    write_raw(15, raw, lab(recv, "bounce", "fr", None, acknowledge=False, notes=(
        "French-language DSN (multipart/report; report-type=delivery-status, 5.1.1) for an acknowledgement copied to an "
        "organisation address; returned headers mention 'candidature intervention seance pleniere' and reference h69-13's "
        "Message-ID only inside the text/rfc822-headers part; never acknowledge.")))


def m16():
    recv = t("2021-02-07 13:30:55")
    plain = flow(
        "Bien reçu, merci beaucoup pour votre confirmation rapide et bonne continuation à toute l'équipe !\n\n"
        "Bien à vous,\n"
        "Hédia\n\n"
        "Le 02/02/2021 à 16:05, GCM Regional Review a écrit :\n"
        "> Madame,\n"
        ">\n"
        "> Nous accusons réception de votre proposition d'intervenante pour la table\n"
        "> ronde 4 (Mme Samia Ben Romdhane). Le programme définitif vous sera\n"
        "> communiqué ultérieurement.\n"
        ">\n"
        "> Secrétariat de la Revue régionale du Pacte mondial sur les migrations\n")
    msg = text_part(plain, "utf-8", "qp", flowed=True)
    ack = "<ack-20210202140512.9e3f@iom.int>"
    MID[16] = "<0b3d5e7a-2c4f-4e81-b6a9-8d1f3c5e7a90@vfms-sfax.example.tn>"
    hdrs = [
        ("Subject", subj("Re: Accusé de réception – Proposition d'intervenante – table ronde 4")),
        ("To", addr("GCM Regional Review", BOX)),
        ("References", MID[4] + "\r\n " + ack),
        ("From", addr("Hédia Trabelsi", "presidente@vfms-sfax.example.tn")),
        ("Message-ID", MID[16]),
        ("Date", format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=7))),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
        ("In-Reply-To", ack),
        ("Content-Language", "fr"),
    ]
    finish(msg, recv, hdrs, {"return_path": "presidente@vfms-sfax.example.tn",
                             "host": "mail.vfms-sfax.example.tn", "ip": "198.51.100.214"})
    write(16, msg, lab(recv, "other", "fr", None, acknowledge=False, thread_of="h69-04.eml", notes=(
        "thank-you reply to our acknowledgement of h69-04 (In-Reply-To = the acknowledgement, References also name h69-04): "
        "adds nothing new, so no acknowledgement; the quoted acknowledgement repeats the speaker's name and 'table ronde 4' "
        "but this is not a new speaker request.")))


REPORT_JO = "تقرير الاستعراض الطوعي - شبكة تضامن العاملات المنزليات.docx"


def m17():
    recv = t("2021-02-08 09:40:22")
    plain = (
        "السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة - الأمانة الفنية للاستعراض الإقليمي،\n"
        "تحية طيبة وبعد،\n\n"
        "يسعدنا أن نرسل إليكم مرفقا التقرير الطوعي الجماعي لشبكة تضامن العاملات المنزليات المهاجرات في الأردن، "
        "والذي أعد بالتشاور مع ست منظمات نسوية ومجموعات للناجيات في عمان والزرقاء وإربد، حول تنفيذ الاتفاق العالمي "
        "من أجل الهجرة الآمنة والمنظمة والنظامية.\n\n"
        "التقرير مكتوب باللغة الإنجليزية، ويمكننا تزويدكم بملخص باللغة العربية عند الطلب.\n\n"
        "مع وافر الاحترام،\n"
        "د. سناء الطراونة\n"
        "منسقة الشبكة\n"
        "شبكة تضامن العاملات المنزليات المهاجرات - الأردن\n")
    body = alt(plain, to_html(plain, rtl=True, font="Arial"), "_000_AM6PR02MB4417E93B0D1C2F6A7B8E5C31AM6PR02MB4417eurp_",
               charset="utf-8", enc="b64")
    a = attach(docx(["Solidarity Network of Migrant Domestic Workers - Jordan",
                     "Collective Voluntary GCM Review Report, February 2021",
                     "Prepared with six women's organisations and survivors' groups (Amman, Zarqa, Irbid)",
                     "Key issues: kafala, access to shelters, wage theft, COVID-19 lockdown abuses"]),
               "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", REPORT_JO, "2047")
    msg = mixed(body, [a], "_004_AM6PR02MB4417E93B0D1C2F6A7B8E5C31AM6PR02MB4417eurp_")
    MID[17] = "<AM6PR02MB4417E93B0D1C2F6A7B8E5C31@AM6PR02MB4417.eurprd02.prod.outlook.com>"
    hdrs = [
        ("From", addr("سناء الطراونة", "sanaa.tarawneh@mdw-solidarity-jo.example.org")),
        ("To", addr("gcmrrarabstates@iom.int", BOX)),
        ("Subject", subj("التقرير الطوعي الجماعي - شبكة تضامن العاملات المنزليات المهاجرات")),
        ("Date", format_datetime(recv - dt.timedelta(seconds=5))),
        ("Message-ID", MID[17]),
        ("Accept-Language", "ar-JO, en-US"),
        ("Content-Language", "ar-JO"),
        ("X-MS-Has-Attach", "yes"),
    ]
    finish(msg, recv, hdrs, {"return_path": "sanaa.tarawneh@mdw-solidarity-jo.example.org",
                             "host": "EUR02-AM5-obe.outbound.protection.outlook.com", "ip": "40.107.0.115"})
    write(17, msg, lab(recv, "voluntary_report", "ar", True, reports=[REPORT_JO], notes=(
        "collective report from Arabic Outlook (base64 UTF-8 HTML + text); DOCX whose Arabic file name is an RFC 2047 "
        "encoded-word inside the quoted name/filename parameters; report text in English although the mail is Arabic; "
        "sender signs 'د. سناء الطراونة' but proposes no speaker.")))


def m18():
    recv = t("2021-02-09 11:02:48")
    plain = (
        "السادة أمانة الاستعراض الإقليمي المحترمين،\n"
        "تحية طيبة،\n\n"
        "نود الاستفسار عن الأمور التالية قبل إرسال تقريرنا الطوعي قبل 16 فبراير:\n\n"
        "أولا: هل ستعقد جلسات المؤتمر يومي 24 و25 فبراير حضوريا في بيروت أم افتراضيا؟\n"
        "ثانيا: في حال المشاركة الحضورية، هل تقدم الأمانة رسالة دعوة رسمية لتسهيل الحصول على التأشيرة اللبنانية لعضوات وفدنا؟\n"
        "ثالثا: هل ستتوفر ترجمة فورية من وإلى العربية في جميع الجلسات بما فيها الموائد المستديرة؟\n\n"
        "مع الشكر والتقدير،\n"
        "الدكتورة شيخة بنت حمد الكندية\n"
        "رئيسة مجلس الإدارة\n"
        "جمعية بيت الأمان لرعاية النساء - مسقط، سلطنة عمان\n")
    msg = alt(plain, to_html(plain, rtl=True, font="Traditional Arabic"), "----=_NextPart_000_0A1C_01D6FEB2.4D7E9F30",
              charset="windows-1256", enc="qp")
    MID[18] = "<000b01d6fea1$8c3d2e40$a4b78ac0$@baitalaman-om.example.org>"
    hdrs = [
        ("From", addr("شيخة الكندية", "shaikha.kindi@baitalaman-om.example.org", "windows-1256")),
        ("To", BOX),
        ("Subject", subj("استفسار بخصوص التأشيرة والترجمة الفورية", "windows-1256")),
        ("Date", format_datetime(recv.astimezone(TZ[4]) - dt.timedelta(seconds=15))),
        ("Message-ID", MID[18]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "Adb+oYw9LkB3d0xvSvSJv0u6Yq4Tzg=="),
        ("Content-Language", "ar-om"),
    ]
    finish(msg, recv, hdrs, {"return_path": "shaikha.kindi@baitalaman-om.example.org",
                             "host": "mail.baitalaman-om.example.org", "ip": "203.0.113.222"})
    write(18, msg, lab(recv, "other", "ar", None, notes=(
        "formal Arabic questions about in-person/virtual format, visa invitation letters and interpretation; mentions the "
        "report deadline and 'الموائد المستديرة' but submits nothing and proposes no speaker; windows-1256 QP; "
        "Date header in Oman time (+0400).")))


def m19():
    recv = t("2021-02-10 15:45:09")
    plain = (
        "Bonjour,\n\n"
        "Notre association souhaite soumettre un rapport volontaire dans le cadre de la Revue régionale du Pacte mondial. "
        "Avant de finaliser, pourriez-vous nous préciser :\n\n"
        "- s'il existe un modèle ou un nombre de pages maximum ;\n"
        "- si le rapport peut être rédigé en français ;\n"
        "- si un document Word est accepté ou s'il faut obligatoirement un PDF ;\n"
        "- et si la date limite du mardi 16 février est toujours valable ?\n\n"
        "Merci d'avance pour votre retour.\n\n"
        "Fatima-Zahra Bennani\n"
        "Association Dar Amal pour les Femmes (ADAF) – Casablanca\n")
    msg = alt(plain, to_html(plain, font="Arial"), "000000000000d2f7e805bafc3a18")
    MID[19] = "<CAG3kPqW8r0yN5Tz1mX7Bc4Ld9Hf2Ej6Vs_Aq@mail.gmail.com>"
    hdrs = [
        ("From", addr("Fatima-Zahra Bennani", "fz.bennani@daramal-casa.example.ma")),
        ("Date", format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=4))),
        ("Message-ID", MID[19]),
        ("Subject", subj("Question sur le format du rapport volontaire")),
        ("To", BOX),
    ]
    finish(msg, recv, hdrs, {"return_path": "fz.bennani@daramal-casa.example.ma",
                             "host": "mail-sor-f73.google.com", "ip": "209.85.220.73",
                             "sent_host": "mail.daramal-casa.example.ma"})
    write(19, msg, lab(recv, "other", "fr", None, notes=(
        "question about the report format (template, length, language, Word vs PDF, deadline): 'rapport volontaire', "
        "'soumettre' and the deadline appear but nothing is submitted and there is no attachment.")))


REPORT_OM = "Sohar_Association_GCM_voluntary_report_2021.pdf"


def m20():
    recv = t("2021-02-12 12:00:31")
    inner = (
        "أستاذة ميساء،\n\n"
        "مرفق التقرير الطوعي بصيغته النهائية بعد إضافة ملاحظات لجنة الناجيات.\n\n"
        "بخصوص المتحدثة: أقترح أن أشارك أنا بصفتي رئيسة لجنة الرصد والتوثيق في جمعية صحار لمناهضة العنف ضد المرأة، "
        "في النقاش المفتوح يوم 23 فبراير، وكذلك بمداخلة في الجلسة العامة إن أمكن.\n\n"
        "بشرى البلوشي\n"
        "رئيسة لجنة الرصد والتوثيق\n")
    plain = (
        "السادة الكرام،\n\n"
        "للتكرم بالاطلاع: مرفق تقرير جمعيتنا الطوعي، ونرشح الزميلة بشرى المذكورة أدناه للمشاركة في المؤتمر. "
        "مع الاعتذار عن التأخير.\n\n"
        "ميساء الحارثية\n"
        "رئيسة جمعية صحار لمناهضة العنف ضد المرأة\n\n"
        "---------- Forwarded message ---------\n"
        "From: بشرى البلوشي <bushra.balushi@sohar-women.example.om>\n"
        "Date: Thu, Feb 11, 2021 at 4:02 PM\n"
        "Subject: التقرير الطوعي + المتحدثة\n"
        "To: ميساء الحارثية <maisa.harthi@sohar-women.example.om>\n\n"
        + inner)
    body = alt(plain, to_html(plain, rtl=True, font="Arial"), "000000000000e81a2b05bb21f6c4")
    a = attach(pdf(["Sohar Association Against Violence against Women",
                    "Voluntary GCM Review Report 2021 (Oman)",
                    "Monitoring and documentation committee: 64 cases of migrant domestic workers",
                    "Recommendations on shelter access and labour inspection"]),
               "application", "pdf", REPORT_OM, "plain")
    msg = mixed(body, [a], "000000000000e81a2c05bb21f6c6")
    MID[20] = "<CAM7vQ1yT4nR9kX2Wp6Ld0Ez3Hb8Jc5Fs1Ug@mail.gmail.com>"
    hdrs = [
        ("From", addr("ميساء الحارثية", "maisa.harthi@sohar-women.example.om")),
        ("Date", format_datetime(recv.astimezone(TZ[4]) - dt.timedelta(seconds=6))),
        ("Message-ID", MID[20]),
        ("Subject", subj("Fwd: التقرير الطوعي + المتحدثة")),
        ("To", BOX),
    ]
    finish(msg, recv, hdrs, {"return_path": "maisa.harthi@sohar-women.example.om",
                             "host": "mail-sor-f41.google.com", "ip": "209.85.220.41",
                             "sent_host": "mail.sohar-women.example.om"})
    write(20, msg, lab(recv, "both", "ar", False, speakers=[
        sp("بشرى البلوشي", "رئيسة لجنة الرصد والتوثيق", "جمعية صحار لمناهضة العنف ضد المرأة",
           ["open_discussion", "plenary"])], reports=[REPORT_OM],
        notes=("Gmail forward ('---------- Forwarded message ---------') of a colleague's mail: the report PDF is attached to the "
               "forwarding message and the speaker nominates herself inside the forwarded text; the forwarder (رئيسة الجمعية) "
               "is not the speaker; two roles (open discussion + plenary 'إن أمكن'); received 12 Feb: report part on time but "
               "speaker part late, so on_time false for 'both'.")))


REPORT_TN = "Rapport_collectif_Pacte_mondial_migrations_Tunisie_février_2021.pdf"


def m21():
    recv = t("2021-02-15 10:30:14")
    plain = flow(
        "Madame, Monsieur,\n\n"
        "Au nom de l'Association Tunisienne pour la Protection des Travailleuses Domestiques (ATPTD) et de cinq "
        "associations partenaires de Sfax, Médenine et Gabès, nous avons l'honneur de vous transmettre ci-joint notre "
        "rapport collectif dans le cadre de l'examen volontaire du Pacte mondial.\n\n"
        "Nous vous prions de bien vouloir en accuser réception.\n\n"
        "Cordialement,\n\n"
        "Leïla Gharbi\n"
        "Secrétaire générale\n"
        "ATPTD – Tunis\n\n"
        "------------------------------------------------------------------------\n"
        "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. "
        "Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de "
        "le détruire et d'en avertir immédiatement l'expéditeur.\n")
    body = text_part(plain, "utf-8", "qp", flowed=True)
    a1 = attach(pdf(["Association Tunisienne pour la Protection des Travailleuses Domestiques (ATPTD)",
                     "Rapport collectif - examen volontaire du Pacte mondial, fevrier 2021",
                     "Partenaires : Sfax, Medenine, Gabes",
                     "Constats : travail domestique, traite, acces a la justice"]),
                "application", "pdf", REPORT_TN, "2231")
    a2 = attach(png(), "image", "png", "logo_atptd.png", "plain")
    a2.replace_header("Content-Disposition", 'inline; filename="logo_atptd.png"')
    a2["Content-ID"] = "<logo_atptd@atptd.example.tn>"
    msg = mixed(body, [a1, a2], "=_8f4c2a1d9e7b6035f1a2c4e6d8b0a9c7")
    MID[21] = "<4b1e0c7f2a9d3e5b8c6f1a0d2e4b7c9a@webmail.atptd.example.tn>"
    hdrs = [
        ("Date", format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=3))),
        ("From", addr("Leïla Gharbi", "secretariat@atptd.example.tn")),
        ("To", BOX),
        ("Subject", subj("Rapport collectif – examen volontaire du Pacte mondial – ATPTD")),
        ("Message-ID", MID[21]),
        ("X-Sender", "secretariat@atptd.example.tn"),
        ("User-Agent", "Roundcube Webmail/1.4.9"),
    ]
    finish(msg, recv, hdrs, {"return_path": "secretariat@atptd.example.tn",
                             "host": "webmail.atptd.example.tn", "ip": "198.51.100.177"})
    write(21, msg, lab(recv, "voluntary_report", "fr", True, reports=[REPORT_TN], notes=(
        "collective report from an organisation's Roundcube webmail: PDF with an RFC 2231 file name containing 'é', plus an "
        "inline PNG logo that is not part of the report; format=flowed QP body with a long confidentiality disclaimer; "
        "organisation's full name only in the body, acronym in the signature.")))


REPORT_LB = "GCM report - Survivors for Change.pdf"


def m22():
    recv = t("2021-02-16 23:50:38")
    hb = (
        '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Tahoma;font-size:12pt;direction:rtl">'
        "<p>تحية طيبة،</p>"
        "<p>نعتذر عن التأخير في الإرسال. تجدون مرفقا التقرير الطوعي لمجموعة <b>ناجيات من أجل التغيير</b> "
        "(Survivors for Change) حول تجارب العاملات المنزليات المهاجرات الناجيات من العنف في لبنان، ضمن الاستعراض "
        "الإقليمي للاتفاق العالمي من أجل الهجرة.</p>"
        "<p>التقرير باللغة الإنجليزية لأن معظم عضوات المجموعة من إثيوبيا والفلبين وسريلانكا.</p>"
        "<p>مع الشكر،<br>جمانة حداد<br>عن مجموعة ناجيات من أجل التغيير - بيروت</p>"
        "</div></body></html>\n")
    body = text_part(hb, "utf-8", "b64", subtype="html")
    a = attach(pdf(["Survivors for Change - Lebanon", "Voluntary GCM Review Report, February 2021",
                    "Testimonies of migrant domestic workers who survived violence",
                    "Recommendations: end kafala, shelter access, repatriation support"]),
               "application", "pdf", REPORT_LB, "plain")
    msg = mixed(body, [a], "--_com.samsung.android.email_4183021955519112")
    MID[22] = "<vsdv0b1qk3l6q9aq7g2hb4me.1613512237913@email.android.com>"
    hdrs = [
        ("Date", format_datetime(recv - dt.timedelta(seconds=2))),
        ("Subject", subj("التقرير الطوعي - ناجيات من أجل التغيير")),
        ("Message-ID", MID[22]),
        ("From", addr("جمانة حداد", "survivors4change.lb@gmail.example.com")),
        ("To", BOX),
        ("Importance", "normal"),
        ("X-Priority", "3"),
    ]
    finish(msg, recv, hdrs, {"return_path": "survivors4change.lb@gmail.example.com",
                             "host": "mail-sor-f49.google.com", "ip": "209.85.220.49"})
    write(22, msg, lab(recv, "voluntary_report", "ar", True, reports=[REPORT_LB], notes=(
        "at the edge: received 23:50 Beirut on Tuesday 16 Feb = on time; HTML-only body (no text/plain part, base64 UTF-8) "
        "from a mobile client; apology for the delay may mislead a deadline check; Arabic group name with the English "
        "name in parentheses; report in English.")))


REPORT_MA = "Rapport GCM Tilila.docx"


def m23():
    recv = t("2021-02-17 00:10:26")
    plain = (
        "Bonsoir,\n\n"
        "Ci-joint notre rapport pour la revue régionale, désolée pour ce léger retard (problème de connexion toute la "
        "soirée).\n\n"
        "Bien cordialement,\n"
        "Nadia Berrada\n"
        "Association Tilila d'aide aux femmes et enfants migrants, Tanger\n\n"
        "Envoyé de mon iPhone\n")
    body = text_part(plain, "utf-8", "qp")
    a = attach(docx(["Association Tilila d'aide aux femmes et enfants migrants - Tanger",
                     "Rapport volontaire - Pacte mondial pour les migrations",
                     "Accueil de 140 femmes migrantes et 60 enfants en 2020",
                     "Recommandations : regularisation, acces aux soins, lutte contre la traite"]),
               "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", REPORT_MA, "plain")
    msg = mixed(body, [a], "Apple-Mail-9C2B7E14-3F6A-4D80-A51E-7B0C2D94E6F3")
    MID[23] = "<8D4E1A2B-6C7F-4E93-B0A5-1F2E3D4C5B6A@tilila-tanger.example.ma>"
    hdrs = [
        ("Content-Type", None),
        ("From", addr("Nadia Berrada", "nadia.berrada@tilila-tanger.example.ma")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", format_datetime(recv.astimezone(TZ[1]) - dt.timedelta(seconds=14))),
        ("Subject", subj("Rapport GCM – Association Tilila")),
        ("Message-Id", MID[23]),
        ("To", BOX),
        ("X-Mailer", "iPhone Mail (18D52)"),
    ]
    hdrs = [h for h in hdrs if h[1] is not None]
    finish(msg, recv, hdrs, {"return_path": "nadia.berrada@tilila-tanger.example.ma",
                             "host": "smtp.tilila-tanger.example.ma", "ip": "203.0.113.38"})
    write(23, msg, lab(recv, "voluntary_report", "fr", False, reports=[REPORT_MA], notes=(
        "at the edge and late: received 00:10 Beirut on Wednesday 17 Feb (Date header 23:10 +0100 on the 16th, i.e. "
        "still the 16th in Morocco) = late; iPhone 'Envoyé de mon iPhone'; DOCX with a plain ASCII file name; "
        "no speaker although a person and organisation are named.")))


REPORT_AMDWL = "AMDWL voluntary review.pdf"


def m24():
    recv = t("2021-02-18 09:30:05")
    plain = (
        "Dear GCM team,\n\n"
        "Please see below a request from our colleague, and find attached our voluntary review report. I realise the "
        "deadlines have passed; we hope it can still be considered.\n\n"
        "Kind regards,\n"
        "Joumana Sleiman\n"
        "Coordinator\n"
        "Alliance of Migrant Domestic Workers in Lebanon (AMDWL)\n\n"
        "-----Original Message-----\n"
        "From: Grace Aoun <grace.aoun@amdwl.example.org>\n"
        "Sent: Wednesday, February 17, 2021 6:40 PM\n"
        "To: Joumana Sleiman <joumana.sleiman@amdwl.example.org>\n"
        "Subject: GCM review\n\n"
        "Hi Joumana,\n\n"
        "I would like to intervene in the second roundtable if possible. I work as a community organiser at AMDWL, mostly "
        "with Kenyan and Sierra Leonean women in the Dekwaneh and Bourj Hammoud areas.\n\n"
        "Thanks!\n"
        "Grace\n")
    body = alt(plain, to_html(plain), "----=_NextPart_001_01C2_01D705E1.3A8B4F20")
    a = attach(pdf(["Alliance of Migrant Domestic Workers in Lebanon (AMDWL)",
                    "Voluntary GCM Review Report, February 2021",
                    "Community consultations with 85 migrant domestic workers",
                    "Priorities: abolition of kafala, access to justice, safe return"]),
               "application", "pdf", REPORT_AMDWL, "plain")
    msg = mixed(body, [a], "----=_NextPart_000_01C1_01D705E1.3A8B4F20")
    MID[24] = "<01c001d705d0$79e2a8f0$6da7fad0$@amdwl.example.org>"
    hdrs = [
        ("From", addr("Joumana Sleiman", "joumana.sleiman@amdwl.example.org")),
        ("To", BOX),
        ("Subject", "FW: GCM review"),
        ("Date", format_datetime(recv - dt.timedelta(seconds=10))),
        ("Message-ID", MID[24]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQJ3vXzKc4mB2d8Q5eLr0aN7pW1yZg=="),
        ("Content-Language", "en-us"),
    ]
    finish(msg, recv, hdrs, {"return_path": "joumana.sleiman@amdwl.example.org",
                             "host": "smtp.amdwl.example.org", "ip": "198.51.100.88"})
    write(24, msg, lab(recv, "both", "en", False, speakers=[
        sp("Grace Aoun", "community organiser", "Alliance of Migrant Domestic Workers in Lebanon (AMDWL)", ["roundtable"], 2)],
        reports=[REPORT_AMDWL],
        notes=("late on both counts (18 Feb); Outlook forward with '-----Original Message-----': the speaker's request is in "
               "the forwarded colleague's text ('intervene in the second roundtable', 'I work as a community organiser at "
               "AMDWL'), her full name only in the forwarded From line; the organisation's full name with acronym appears only "
               "in the forwarder's signature; forwarder (Coordinator) is not the speaker.")))


def main():
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
              m21, m22, m23, m24):
        f()
    LABELS.sort(key=lambda e: e["file"])
    times = [dt.datetime.fromisoformat(e["received_at"]) for e in LABELS]
    assert times == sorted(times) and len(set(times)) == len(times), "received_at must increase with the number"
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d messages to %s" % (len(LABELS), OUT))


if __name__ == "__main__":
    main()
