#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout32 (24 raw messages + labels.json).

Deterministic, standard library only: /tmp/venv/bin/python tests/data/make_eval_sets32.py
Written without reading intake/ or rules/. Each message is listed with its expected label (format of
/work/shared/corpus/LABELS.md). Names and organisations are invented.
"""
import datetime as dt
import io
import json
import os
import zipfile
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout32")
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# ------------------------------------------------------------------ attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF (Helvetica, Latin-1 text) with a correct xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"] + [f"({esc(x)}) Tj T*" for x in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (Microsoft Word) >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list[str], rtl: bool = False) -> bytes:
    """Minimal WordprocessingML package built with zipfile (fixed timestamps: reproducible bytes)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f'<w:p>{bidi}<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# ------------------------------------------------------------------ MIME helpers
_boundary = [0]


def _bnd(m: MIMEMultipart) -> MIMEMultipart:
    _boundary[0] += 1
    n = _boundary[0]
    m.set_boundary(f"----=_Part_{n:04d}_32{7919 * n % 1000003:06d}")
    return m


def text(body: str, subtype: str = "plain", cte: str = "qp", flowed: bool = False) -> MIMEText:
    cs = Charset("utf-8")
    cs.body_encoding = BASE64 if cte == "b64" else QP
    part = MIMEText(body, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    del part["MIME-Version"]
    return part


def alt(plain: str, html: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative", _subparts=[text(plain, "plain", cte), text(html, "html", cte)])
    del m["MIME-Version"]
    return _bnd(m)


def attach(data: bytes, ctype: str, filename: str, style: str = "2231") -> MIMEApplication:
    p = MIMEApplication(data, ctype.split("/")[1])
    del p["MIME-Version"]
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    elif style == "2047":  # Outlook: encoded words in quoted parameters
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "attachment", filename=enc)
    else:  # Gmail / Thunderbird / Apple Mail: RFC 2231
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


def mixed(body, *parts) -> MIMEMultipart:
    m = MIMEMultipart("mixed", _subparts=[body, *parts])
    del m["MIME-Version"]
    return _bnd(m)


def gmail_html(plain: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(x, quote=False) for x in p.split("\n")))
              for p in plain.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n--></style></head>\n'
            '<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir=RTL' if rtl else "", inner))


def mso(plain: str) -> str:
    out = []
    for para in plain.split("\n\n"):
        out.append("<p class=MsoNormal>{}<o:p></o:p></p>".format("<br>\n".join(escape(x, quote=False)
                                                                       for x in para.split("\n"))))
        out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def addr(name: str, email_addr: str) -> str:
    return formataddr((name, email_addr), charset="utf-8") if name else email_addr


def hdr(value: str) -> str:
    return value if all(ord(c) < 128 for c in value) else Header(value, "utf-8").encode(maxlinelen=76)


def render(*, received: dt.datetime, sent: dt.datetime, frm: tuple[str, str], subject: str, mid: str,
           entity, client: list[tuple[str, str]] = (), to: str = MAILBOX, cc: str | None = None,
           in_reply_to: str | None = None, references: str | None = None, relay: str = "") -> bytes:
    domain = frm[1].split("@")[1]
    relay = relay or f"mail.{domain}"
    rec_date = format_datetime(received.astimezone(BEIRUT)).replace("+0200", "+0200 (EET)")
    heads = [
        ("Return-Path", f"<{frm[1]}>"),
        ("Delivered-To", MAILBOX),
        ("Received", f"from {relay} ({relay} [192.0.2.{10 + len(mid) % 200}])\r\n"
                     f"\tby mx1.iom.int (Postfix) with ESMTPS id 4DQ{mid[:8].upper()}\r\n"
                     f"\tfor <{MAILBOX}>; {rec_date}"),
        ("MIME-Version", "1.0"),
        ("Date", format_datetime(sent)),
        ("From", addr(*frm)),
        ("To", to),
    ]
    if cc:
        heads.append(("Cc", cc))
    heads.append(("Subject", hdr(subject)))
    heads.append(("Message-ID", f"<{mid}@{domain}>"))
    if in_reply_to:
        heads.append(("In-Reply-To", in_reply_to))
    if references:
        heads.append(("References", references))
    heads.extend(client)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(entity)
    head = "".join(f"{k}: {v}\r\n" for k, v in heads).encode("ascii")
    return (head + buf.getvalue()).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def msgid(mid: str, frm_addr: str) -> str:
    return "<{}@{}>".format(mid, frm_addr.split("@")[1])


GMAIL = [("X-Mailer", "Gmail")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcA3k9mQ2V0ZXN0aW5nMzI="),
           ("Content-Language", "en-US")]
OUTLOOK_FR = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")]
OUTLOOK_AR = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-SA")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                              "Thunderbird/78.7.0")]
APPLE = [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
IPHONE = [("X-Mailer", "iPhone Mail (18C66)")]
ANDROID = [("X-Mailer", "Android Mail")]
PHONE = [("X-Mailer", "iPhone Mail (18D52)")]


def at(y_m_d_h_m_s: str, offset: float = 2) -> dt.datetime:
    return dt.datetime.strptime(y_m_d_h_m_s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(offset))


def spk(name, title, aff, roles, rt=None) -> dict:
    return {"name": name, "title": title, "affiliation": aff, "roles": roles, "roundtable": rt}


MESSAGES: list[tuple[bytes, dict]] = []


def add(file: str, raw: bytes, received: dt.datetime, category: str, language: str, speakers=(),
        reports=(), thread_of=None, acknowledge=True, notes="") -> None:
    sp_dl = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
    rp_dl = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)
    on_time = {"speaker_request": received <= sp_dl, "voluntary_report": received <= rp_dl,
               "both": received <= sp_dl and received <= rp_dl}.get(category)
    MESSAGES.append((raw, {
        "file": file, "received_at": received.astimezone(BEIRUT).isoformat(), "category": category,
        "language": language, "acknowledge": acknowledge, "on_time": on_time, "speakers": list(speakers),
        "report_attachments": list(reports), "thread_of": thread_of, "notes": notes}))


# ------------------------------------------------------------------ the week's mail
def m01() -> None:
    frm = ("Yazan Obeidat", "y.obeidat@jgupdw.example.jo")
    body = """Dear Organizers,

Greetings from Aqaba.

Further to your invitation to the Regional Review of the Global Compact for
Migration in the Arab region, our union would like to request a floor
intervention in the plenary session on 24-25 February. Many of the port
workers we represent are migrant workers from Egypt, Syria and South Asia and
we think their voice should be heard.

Speaker details:
Name: Brother Yazan Obeidat
Title: General Secretary
Organization: Jordanian General Union of Port and Dock Workers (JGUPDW)

We remain at your disposal for any further information.

In solidarity,

Yazan Obeidat
General Secretary
Jordanian General Union of Port and Dock Workers (JGUPDW)
Port Road, Aqaba - Jordan
Tel: +962 3 201 4477 | Mob: +962 79 555 0142
"""
    rec = at("2021-02-01 10:14:37")
    raw = render(received=rec, sent=at("2021-02-01 11:14:21", 3), frm=frm,
                 subject="Request for floor intervention - Plenary - JGUPDW", mid="CAF7x01qQ@mail.gmail.com",
                 entity=alt(body, gmail_html(body)), client=GMAIL)
    add("h32-01.eml", raw, rec, "speaker_request", "en",
        [spk("Yazan Obeidat", "General Secretary", "Jordanian General Union of Port and Dock Workers (JGUPDW)",
             ["plenary"])],
        notes="labelled lines; 'Brother' (trade-union form of address) is not part of the name; the "
              "signature repeats the details with the city and phone numbers.")


def m02() -> None:
    frm = ("زينب الموسوي", "zainab.almusawi.basra@gmail.example.com")
    body = """السلام عليكم ورحمة الله وبركاته

تحية طيبة وبعد،

أنا زينب كاظم الموسوي، رئيسة جمعية نساء البصرة التعاونية للإنتاج الريفي، وهي جمعية تضم
أكثر من مئتي امرأة من العائدات والنازحات في محافظة البصرة، بعضهن عملن سابقاً في دول الخليج.

يسعدني أن أعبّر عن رغبتي في المشاركة كمتحدثة في المائدة المستديرة الثانية خلال المؤتمر
الإقليمي لاستعراض الاتفاق العالمي للهجرة، لعرض تجربة الجمعية في إعادة إدماج العائدات
اقتصادياً.

مع خالص الشكر والتقدير

زينب الموسوي
جوال: ‎+964 780 412 3399
"""
    rec = at("2021-02-02 14:41:08")
    raw = render(received=rec, sent=at("2021-02-02 15:40:55", 3), frm=frm,
                 subject="طلب مشاركة كمتحدثة - المائدة المستديرة الثانية", mid="CAJ02zainabMusawi",
                 entity=alt(body, gmail_html(body, rtl=True), cte="b64"), client=GMAIL)
    add("h32-02.eml", raw, rec, "speaker_request", "ar",
        [spk("زينب كاظم الموسوي", "رئيسة", "جمعية نساء البصرة التعاونية للإنتاج الريفي", ["roundtable"], 2)],
        notes="first-person prose; the title and the affiliation run together ('رئيسة جمعية ...'); the "
              "signature uses a shorter name; roundtable as an ordinal word ('الثانية'); personal webmail.")


def m03() -> None:
    frm = ("Olfa Ben Salem", "olfa.bensalem@cmaim-sfax.example.tn")
    body = """Bonjour,

Suite à votre invitation, je souhaiterais prendre part à la discussion
ouverte de la consultation multipartite du 23 février. Notre centre reçoit
chaque semaine des travailleurs migrants subsahariens et nous aimerions
partager quelques constats sur l'accès aux services municipaux.

Merci d'avance pour votre retour.

Bien cordialement,

--
Olfa Ben Salem
Responsable du centre
Centre Municipal d'Accueil et d'Information des Migrants (CMAIM) - Sfax
Avenue Habib Bourguiba, 3000 Sfax, Tunisie
Tél. : +216 74 210 388
"""
    rec = at("2021-02-02 09:03:51")
    raw = render(received=rec, sent=at("2021-02-02 08:03:44", 1), frm=frm,
                 subject="Participation à la consultation multipartite du 23 février", mid="a3c1f0e2-32b0-cmaim",
                 entity=text(body, flowed=True), client=THUNDERBIRD)
    add("h32-03.eml", raw, rec, "speaker_request", "fr",
        [spk("Olfa Ben Salem", "Responsable du centre",
             "Centre Municipal d'Accueil et d'Information des Migrants (CMAIM)", ["open_discussion"])],
        notes="name, title and affiliation only in the signature block; ' - Sfax' after the organisation is "
              "its location, left out of the label; plain text only, format=flowed.")


def m04() -> None:
    frm = ("Priya Raman", "coordination@gmdwn.example.org")
    plain = """Dear colleagues at the GCM Regional Review Secretariat,

On behalf of the Gulf Migrant Domestic Workers Network (GMDWN), please find
attached our collective voluntary GCM review report. It was prepared jointly by
nine member organisations in Bahrain, Kuwait, Oman, Qatar and the UAE, after
three rounds of online consultations with domestic workers' community leaders
in December and January.

The report focuses on GCM objectives 6, 7 and 15 (fair recruitment, reducing
vulnerabilities and access to basic services).

We would be grateful if you could confirm receipt.

Best regards,

Priya Raman
Regional Coordinator
Gulf Migrant Domestic Workers Network (GMDWN)
M: +973 3655 0912
www.gmdwn.example.org

This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it.
"""
    pdf = tiny_pdf(["Gulf Migrant Domestic Workers Network (GMDWN)",
                    "Collective Voluntary GCM Review Report - February 2021",
                    "Contributing organisations: 9 member organisations in 5 countries",
                    "1. Fair and ethical recruitment (Objective 6)",
                    "2. Reducing vulnerabilities in migration (Objective 7)",
                    "3. Access to basic services (Objective 15)"], "GMDWN collective GCM report")
    rec = at("2021-02-12 16:22:40")
    raw = render(received=rec, sent=at("2021-02-12 17:22:31", 3), frm=frm,
                 subject="GMDWN collective voluntary GCM review report", mid="DB7PR03MB4471A0C2GMDWN",
                 entity=mixed(alt(plain, outlook_html(mso(plain))),
                              attach(pdf, "application/pdf", "GMDWN_Collective_Voluntary_GCM_Report_2021.pdf")),
                 client=OUTLOOK)
    add("h32-04.eml", raw, rec, "voluntary_report", "en", reports=["GMDWN_Collective_Voluntary_GCM_Report_2021.pdf"],
        notes="collective report from a network of nine organisations; Outlook text+HTML with a confidentiality "
              "disclaimer.")


def m05() -> None:
    frm = ("Hiba Khalil | برنامج قانون اللاجئين", "refugee.law@mashriq-univ.example.edu.jo")
    body = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

يسرّنا في برنامج قانون اللاجئين والهجرة القسرية بكلية الحقوق في جامعة المشرق للعلوم أن نرسل
إليكم مرفقاً تقريرنا الطوعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة
والنظامية، والذي أعدّه فريق البرنامج بالتعاون مع طلبة العيادة القانونية.

نرجو التكرّم بتأكيد الاستلام.

مع فائق الاحترام،

د. هبة خليل
منسقة برنامج قانون اللاجئين والهجرة القسرية
كلية الحقوق - جامعة المشرق للعلوم
عمّان، الأردن
هاتف: 0096265355000 فرعي 2417
"""
    name = "التقرير الطوعي لاستعراض الاتفاق العالمي للهجرة - برنامج قانون اللاجئين.docx"
    docx = tiny_docx(["التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                      "برنامج قانون اللاجئين والهجرة القسرية - كلية الحقوق - جامعة المشرق للعلوم",
                      "أولاً: المنهجية", "ثانياً: الوصول إلى العدالة", "ثالثاً: التوصيات"], rtl=True)
    rec = at("2021-02-09 11:37:02")
    raw = render(received=rec, sent=at("2021-02-09 11:36:50", 2), frm=frm,
                 subject="التقرير الطوعي - برنامج قانون اللاجئين والهجرة القسرية", mid="CAH05mashriqLaw",
                 entity=mixed(alt(body, gmail_html(body, rtl=True), cte="b64"),
                              attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     name)),
                 client=GMAIL)
    add("h32-05.eml", raw, rec, "voluntary_report", "ar", reports=[name],
        notes="university refugee law programme; long Arabic DOCX file name in RFC 2231 encoding; mixed-script "
              "From display name.")


def m06() -> dict:
    frm = ("Direction de la Mobilité Internationale - ANEC", "dmi@anec.example.ma")
    plain = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres,
ordonnées et régulières, l'Agence Nationale de l'Emploi et des Compétences (ANEC)
a l'honneur de vous transmettre ci-joint son rapport volontaire.

Le rapport présente notamment les programmes de placement à l'international,
l'accompagnement des travailleurs saisonniers et les dispositifs de réinsertion
des migrants de retour.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karima Alaoui Mdaghri
Chef de la Division de la Coopération
Direction de la Mobilité Internationale
Agence Nationale de l'Emploi et des Compétences (ANEC)
Rabat - Maroc
Tél : +212 5 37 77 12 40
"""
    pdf = tiny_pdf(["Agence Nationale de l'Emploi et des Competences (ANEC)",
                    "Rapport volontaire - Examen regional du PMM - region arabe",
                    "1. Placement a l'international", "2. Travailleurs saisonniers",
                    "3. Reinsertion des migrants de retour"], "Rapport ANEC PMM")
    att = attach(pdf, "application/octet-stream", "Rapport volontaire PMM - ANEC.pdf")
    rec = at("2021-02-15 13:05:44")
    raw = render(received=rec, sent=at("2021-02-15 12:05:30", 1), frm=frm,
                 subject="Rapport volontaire de l'ANEC - Examen régional du PMM", mid="MRXP264MB0932ANEC06",
                 entity=mixed(alt(plain, outlook_html(mso(plain), "FR")), att), client=OUTLOOK_FR)
    add("h32-06.eml", raw, rec, "voluntary_report", "fr", reports=["Rapport volontaire PMM - ANEC.pdf"],
        notes="national employment agency; the PDF is sent as application/octet-stream (file name with "
              "spaces); accented subject.")
    return {"mid": msgid("MRXP264MB0932ANEC06", frm[1]), "frm": frm}


def m07() -> None:
    frm = ("Ma. Cristina Dela Cruz", "fmwag.secretariat@gmail.example.com")
    plain = """Dear Sir/Madam,

Good day! The Filipino Migrant Workers Alliance in the Gulf (FMWAG) would like
to nominate two speakers for the Regional Review Conference:

Name | Title | Organization | Role
Ma. Cristina Dela Cruz | Chairperson | Filipino Migrant Workers Alliance in the Gulf (FMWAG) | Plenary
Atty. Jose Ramil Santos | Legal Officer | Filipino Migrant Workers Alliance in the Gulf (FMWAG) | Roundtable 3

Thank you and God bless.

Ma. Cristina Dela Cruz
Chairperson, FMWAG
Riyadh, KSA
+966 55 018 7731
"""
    rows = [("Ma. Cristina Dela Cruz", "Chairperson", "Filipino Migrant Workers Alliance in the Gulf (FMWAG)",
             "Plenary"),
            ("Atty. Jose Ramil Santos", "Legal Officer", "Filipino Migrant Workers Alliance in the Gulf (FMWAG)",
             "Roundtable 3")]
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             "<tr><th>Name</th><th>Title</th><th>Organization</th><th>Role</th></tr>{}</table>".format("".join("<tr>{}</tr>".format("".join(f"<td>{escape(c)}</td>" for c in r)) for r in rows)))
    html = ('<div dir="ltr"><div>Dear Sir/Madam,</div><div><br></div><div>Good day! The Filipino Migrant Workers '
            "Alliance in the Gulf (FMWAG) would like to nominate two speakers for the Regional Review Conference:"
            f"</div><div><br></div>{table}<div><br></div><div>Thank you and God bless.</div><div><br></div>"
            "<div>Ma. Cristina Dela Cruz<br>Chairperson, FMWAG<br>Riyadh, KSA<br>+966 55 018 7731</div></div>\n")
    rec = at("2021-02-03 19:48:12")
    raw = render(received=rec, sent=at("2021-02-03 20:48:01", 3), frm=frm,
                 subject="Nomination of speakers - FMWAG", mid="CAK07fmwagNomination", entity=alt(plain, html),
                 client=GMAIL)
    add("h32-07.eml", raw, rec, "speaker_request", "en",
        [spk("Ma. Cristina Dela Cruz", "Chairperson", "Filipino Migrant Workers Alliance in the Gulf (FMWAG)",
             ["plenary"]),
         spk("Jose Ramil Santos", "Legal Officer", "Filipino Migrant Workers Alliance in the Gulf (FMWAG)",
             ["roundtable"], 3)],
        notes="two speakers in a table (HTML table, pipe-separated rows in the text part); 'Ma.' is part of the "
              "Filipino given name (Maria), 'Atty.' is an honorific; the sender is the first speaker.")


def m08() -> None:
    frm = ("Secrétariat SDAM", "secretariat@sdam-diocese.example.ma")
    body = """Bonjour,

Je vous écris de la part du Père Emmanuel Kaboré, coordinateur du Service
Diocésain d'Accompagnement des Migrants (SDAM), qui est actuellement en
déplacement à Oujda et n'a qu'un accès limité à sa messagerie.

Le Père Kaboré souhaiterait intervenir lors de la table ronde 1 de la
conférence régionale, sur la protection des migrants en transit et l'accès
aux soins.

Il reste joignable au +212 6 61 40 22 95 si besoin.

Avec nos remerciements,

Agnès Fournier
Assistante administrative
SDAM - Service Diocésain d'Accompagnement des Migrants
"""
    rec = at("2021-02-04 10:26:19")
    raw = render(received=rec, sent=at("2021-02-04 09:26:05", 1), frm=frm,
                 subject="Demande d'intervention - Père Emmanuel Kaboré (SDAM)", mid="9F2C4E1B-08AB-SDAM",
                 entity=text(body), client=APPLE)
    add("h32-08.eml", raw, rec, "speaker_request", "fr",
        [spk("Emmanuel Kaboré", "coordinateur", "Service Diocésain d'Accompagnement des Migrants (SDAM)",
             ["roundtable"], 1)],
        notes="written on behalf of the speaker by an assistant (her own name and title sign the mail); "
              "'Père' is an honorific; the affiliation name wraps over two lines; signature gives another "
              "form ('SDAM - Service ...').")


def m09() -> None:
    frm = ("أحمد عوض", "ahmad.awad@pal-diaspora.example.ps")
    body = """السادة المنظمون،

أرجو إفادتنا بخصوص إجراءات التأشيرة لحضور المؤتمر الإقليمي يومي ٢٤ و٢٥ فبراير. نحن وفد
من ثلاثة أشخاص من اتحاد الجاليات الفلسطينية في المهجر، اثنان منا يحملان وثيقة سفر للاجئين
الفلسطينيين. هل يمكن للمنظمة الدولية للهجرة إصدار رسائل دعم لطلب التأشيرة؟ وهل ستكون هناك
إمكانية للمشاركة عن بُعد في حال تعذّر السفر؟

وشكراً جزيلاً

أحمد عوض
اتحاد الجاليات الفلسطينية في المهجر
"""
    rec = at("2021-02-08 12:10:33")
    raw = render(received=rec, sent=at("2021-02-08 12:10:20", 2), frm=frm, subject="استفسار بخصوص التأشيرة",
                 mid="20210208121020.AW09", entity=text(body, cte="b64"), client=THUNDERBIRD)
    add("h32-09.eml", raw, rec, "other", "ar",
        notes="visa question (travel documents for Palestinian refugees, invitation letters, remote "
              "participation): names a person and an organisation but proposes no speaker.")


def m10() -> None:
    frm = ("OSMAN, Farah", "osmanf@who-jor.example.int")
    plain = """Dear colleagues,

Could you kindly share the draft agenda of the Regional Review Conference and the
programme of the multi-stakeholder consultation on 23 February? We would like
to see in which session the health of migrants is addressed, so that we can
brief our Representative in advance.

Many thanks,
Farah

Dr Farah Osman
Technical Officer, Health Systems and Migration
WHO Country Office Jordan
"""
    rec = at("2021-02-10 08:55:47")
    raw = render(received=rec, sent=at("2021-02-10 08:55:38", 2), frm=frm,
                 subject="Draft agenda - GCM Regional Review", mid="AM0PR04MB5187WHO10",
                 entity=alt(plain, outlook_html(mso(plain))), client=OUTLOOK)
    add("h32-10.eml", raw, rec, "other", "en",
        notes="request for the agenda from a WHO country office; From in 'LAST, First' form; no speaking "
              "role is requested.")


def m11() -> None:
    frm = ("Mamadou Saliou Barry", "msbarry.argt@gmail.example.com")
    body = """Bonjour Madame, Monsieur

je sais que la date du 5 fevrier est passée, mais je me permets quand meme
de vous écrire car nous n'avons reçu l'invitation que samedi.

Je souhaite intervenir dans la table ronde n°4 au nom de notre association.
Mamadou Saliou Barry, Association des Ressortissants Guinéens en Tunisie (ARGT)

merci de votre compréhension
cordialement
"""
    rec = at("2021-02-08 21:17:05")
    raw = render(received=rec, sent=at("2021-02-08 20:16:58", 1), frm=frm,
                 subject="demande intervention table ronde", mid="CAG11argtBarry",
                 entity=alt(body, gmail_html(body)), client=GMAIL)
    add("h32-11.eml", raw, rec, "speaker_request", "fr",
        [spk("Mamadou Saliou Barry", None, "Association des Ressortissants Guinéens en Tunisie (ARGT)",
             ["roundtable"], 4)],
        notes="late (8 February) and says so; no title given (null); 'table ronde n°4'; informal writing, "
              "missing accents.")


def m12() -> None:
    frm = ("محمد علي الورفلي", "ylvn.libya@gmail.example.com")
    quoted = """> السادة أصحاب المصلحة في المنطقة العربية،
>
> تتشرف المنظمة الدولية للهجرة والإسكوا وأعضاء شبكة الأمم المتحدة الإقليمية للهجرة في
> المنطقة العربية بدعوتكم إلى المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي من أجل الهجرة
> الآمنة والمنظمة والنظامية في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١) وإلى مشاورة أصحاب
> المصلحة المتعددين (٢٣ فبراير ٢٠٢١).
>
> وسنكون شاكرين إن تم إرسال طلبات المداخلة/التحدث جنبًا إلى جنب مع الاسم والمسمى الوظيفي
> والمؤسسة التنظيمية التي ينتمي إليها المتحدث إلى البريد الإلكتروني gcmrrarabstates@iom.int
> بحلول يوم الجمعة ٢٣ فبراير ٢٠٢١.
>
> وقد تم تمديد الموعد النهائي لتقديم التقارير الطوعية لاستعراض الاتفاق العالمي للهجرة إلى
> البريد الإلكتروني gcmrrarabstates@iom.int حتى ١٦ فبراير ٢٠٢١.
"""
    body = """مساء الخير،

بالإشارة إلى دعوتكم الكريمة أدناه، نود ترشيح الأستاذ محمد علي الورفلي، منسق شبكة المتطوعين
الشباب لدعم المهاجرين، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفته مقرراً.

الشبكة تضم ١٢٠ متطوعاً في طرابلس ومصراتة وسبها، ونعمل في الإسعاف الأولي والإحالة.

مع التحية
فريق الشبكة

في الثلاثاء، ٢ فبراير ٢٠٢١ في ٣:٠٠ م تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + quoted
    rec = at("2021-02-03 18:02:26")
    raw = render(received=rec, sent=at("2021-02-03 18:02:11", 2), frm=frm,
                 subject="Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                 mid="CAM12ylvnLibya", in_reply_to="<invitation-20210202@iom.int>",
                 references="<invitation-20210202@iom.int>",
                 entity=alt(body, gmail_html(body, rtl=True), cte="b64"), client=GMAIL)
    add("h32-12.eml", raw, rec, "speaker_request", "ar",
        [spk("محمد علي الورفلي", "منسق", "شبكة المتطوعين الشباب لدعم المهاجرين", ["rapporteur"])],
        notes="reply to the organisers' call quoting the Arabic invitation ('>'-prefixed) with the misprinted "
              "speaker deadline and the report call; 'الأستاذ' is an honorific; written in the third person by "
              "the network team although the speaker is the From name; title and affiliation run together "
              "('منسق شبكة ...').")


def m13() -> dict:
    frm = ("Grace Wanjiru", "gracewanjiru84@yahoo.example.com")
    body = """Hello, I would like to request to speak at roundtable 2 on the 24th. Grace Wanjiru Mwangi, Welfare Officer. I work with Kenyan domestic workers here.
Thanks

Sent from my iPhone
"""
    rec = at("2021-02-04 21:33:48")
    raw = render(received=rec, sent=at("2021-02-04 22:33:40", 3), frm=frm, subject="Speaking request",
                 mid="F1E3B6A2-13C4-4D1E-9B77-KWWA13", entity=text(body), client=IPHONE)
    add("h32-13.eml", raw, rec, "speaker_request", "en",
        [spk("Grace Wanjiru Mwangi", "Welfare Officer", None, ["roundtable"], 2)],
        notes="short message from a phone, one long unwrapped line; the affiliation is not given (null) "
              "('Kenyan domestic workers' describes who she works with, not an organisation).")
    return {"mid": msgid("F1E3B6A2-13C4-4D1E-9B77-KWWA13", frm[1]), "frm": frm, "body": body}


def m14() -> None:
    frm = ("Md. Rafiqul Islam", "bewf.bahrain@gmail.example.com")
    plain = """Respected Sir/Madam,

Assalamu Alaikum. Please find attached the voluntary GCM review report of the
Bangladeshi Expatriate Workers Forum (BEWF), Bahrain chapter. The report was
prepared with inputs from 60 workers in construction and cleaning services.

We also request a speaking slot for our President in thematic roundtable 1
(the first one, on migrant workers and labour mobility):

Mr. Md. Rafiqul Islam
President
Bangladeshi Expatriate Workers Forum (BEWF)

With best regards,
Md. Rafiqul Islam
President, BEWF
Manama, Kingdom of Bahrain
Cell: +973 3912 4480
"""
    pdf = tiny_pdf(["Bangladeshi Expatriate Workers Forum (BEWF)", "Voluntary GCM Review Report 2021",
                    "Findings from consultations with 60 migrant workers", "Recommendations"],
                   "BEWF GCM voluntary report")
    rec = at("2021-02-04 15:09:30")
    raw = render(received=rec, sent=at("2021-02-04 16:09:22", 3), frm=frm,
                 subject="Voluntary GCM report and speaker request - BEWF", mid="CAB14bewfReport",
                 entity=mixed(alt(plain, gmail_html(plain)),
                              attach(pdf, "application/pdf", "BEWF_GCM_Voluntary_Report_2021.pdf")),
                 client=GMAIL)
    add("h32-14.eml", raw, rec, "both", "en",
        [spk("Md. Rafiqul Islam", "President", "Bangladeshi Expatriate Workers Forum (BEWF)", ["roundtable"], 1)],
        reports=["BEWF_GCM_Voluntary_Report_2021.pdf"],
        notes="report and speaker request in one message, both on time; 'Mr.' is an honorific but 'Md.' "
              "(Mohammad) is part of the Bangladeshi name; 'Bahrain chapter' is not part of the label.")


def m15(prev: dict) -> None:
    frm = prev["frm"]
    body = """Bonjour,

Nous accusons bonne réception de votre message et vous en remercions.

Cordialement,

Karima Alaoui Mdaghri
Chef de la Division de la Coopération
Agence Nationale de l'Emploi et des Compétences (ANEC)

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 15 février 2021 14:10
À : Direction de la Mobilité Internationale - ANEC <dmi@anec.example.ma>
Objet : Accusé de réception : Rapport volontaire de l'ANEC - Examen régional du PMM

Madame, Monsieur,

Nous accusons réception de votre rapport volontaire d'examen du PMM. Merci de
votre contribution.

Secrétariat de l'Examen régional du PMM
"""
    ack = "<ack-anec-20210215@iom.int>"
    rec = at("2021-02-15 15:31:12")
    raw = render(received=rec, sent=at("2021-02-15 14:31:03", 1), frm=frm,
                 subject="RE: Accusé de réception : Rapport volontaire de l'ANEC - Examen régional du PMM",
                 mid="MRXP264MB0932ANEC15", in_reply_to=ack, references="{} {}".format(prev["mid"], ack),
                 entity=alt(body, outlook_html(mso(body), "FR")), client=OUTLOOK_FR)
    add("h32-15.eml", raw, rec, "other", "fr", thread_of="h32-06.eml", acknowledge=False,
        notes="thank-you reply to our acknowledgement of h32-06: adds nothing new, must not be acknowledged; "
              "the quoted acknowledgement mentions the voluntary report.")


def m16() -> None:
    frm = ("مكتب الأمين العام - الجمعية الوطنية لشركات ومكاتب الاستقدام", "sg.office@nara-sa.example.sa")
    inner = """<p class=MsoNormal dir=RTL>السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة &nbsp;&nbsp;المحترمين<o:p></o:p></p>
<p class=MsoNormal dir=RTL><o:p>&nbsp;</o:p></p>
<p class=MsoNormal dir=RTL>السلام عليكم ورحمة الله وبركاته،<o:p></o:p></p>
<p class=MsoNormal dir=RTL>تود الجمعية الوطنية لشركات ومكاتب الاستقدام إبداء رغبتها في تقديم مداخلة خلال الجلسة العامة للمؤتمر الإقليمي، وذلك وفق البيانات التالية:<o:p></o:p></p>
<p class=MsoNormal dir=RTL><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid dir=rtl border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td width=160 style='background:#D9E2F3'><p class=MsoNormal dir=RTL><b>الاسم</b><o:p></o:p></p></td>
<td width=320><p class=MsoNormal dir=RTL>الدكتور فهد بن سعد العتيبي<o:p></o:p></p></td></tr>
<tr><td width=160 style='background:#D9E2F3'><p class=MsoNormal dir=RTL><b>المسمى الوظيفي</b><o:p></o:p></p></td>
<td width=320><p class=MsoNormal dir=RTL>رئيس مجلس الإدارة<o:p></o:p></p></td></tr>
<tr><td width=160 style='background:#D9E2F3'><p class=MsoNormal dir=RTL><b>الجهة</b><o:p></o:p></p></td>
<td width=320><p class=MsoNormal dir=RTL>الجمعية الوطنية لشركات ومكاتب الاستقدام<o:p></o:p></p></td></tr>
<tr><td width=160 style='background:#D9E2F3'><p class=MsoNormal dir=RTL><b>نوع المشاركة</b><o:p></o:p></p></td>
<td width=320><p class=MsoNormal dir=RTL>مداخلة في الجلسة العامة<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal dir=RTL><o:p>&nbsp;</o:p></p>
<p class=MsoNormal dir=RTL>وتقبلوا خالص التحية والتقدير،<o:p></o:p></p>
<p class=MsoNormal dir=RTL><o:p>&nbsp;</o:p></p>
<p class=MsoNormal dir=RTL><b>مكتب الأمين العام</b><o:p></o:p></p>
<p class=MsoNormal dir=RTL>الجمعية الوطنية لشركات ومكاتب الاستقدام<o:p></o:p></p>
<p class=MsoNormal dir=RTL>الرياض - المملكة العربية السعودية | هاتف: 920001234<o:p></o:p></p>
<p class=MsoNormal dir=RTL><span style='font-size:8.0pt;color:gray'>تنبيه: هذه الرسالة وما تحويه من مرفقات سرية ومخصصة للمرسل إليه فقط.</span><o:p></o:p></p>"""
    rec = at("2021-02-01 13:48:55")
    raw = render(received=rec, sent=at("2021-02-01 14:48:40", 3), frm=frm,
                 subject="طلب مداخلة في الجلسة العامة", mid="AS8PR10MB6042NARA16",
                 entity=text(outlook_html(inner, "AR-SA", rtl=True), "html", cte="b64"), client=OUTLOOK_AR)
    add("h32-16.eml", raw, rec, "speaker_request", "ar",
        [spk("فهد بن سعد العتيبي", "رئيس مجلس الإدارة", "الجمعية الوطنية لشركات ومكاتب الاستقدام", ["plenary"])],
        notes="Outlook HTML-only message (no text/plain part), details in a two-column table; 'الدكتور' is an "
              "honorific; private recruitment agencies' association; sent from the secretary-general's office "
              "mailbox, not by the speaker.")


def m17() -> None:
    frm = ("Thomas Lindqvist", "tlindqvist@unicef-mena.example.org")
    plain = """Dear GCM Regional Review team,

I am pleased to put forward Dr. Amina Yusuf Hassan, Child Protection Specialist
(Migration) in our section, as a speaker for the thematic Roundtable III on
24-25 February. Amina leads our work with national child protection systems on
unaccompanied and separated children on the move, and would speak to the
situation of children in mixed migration flows in the region.

Please do not hesitate to contact her directly (ayhassan@unicef-mena.example.org)
for any logistics.

Best,
Thomas

Thomas Lindqvist
Chief, Child Protection Section
UNICEF Middle East and North Africa Regional Office (MENARO)
Amman, Jordan
Mobile: +962 79 700 1845
"""
    rec = at("2021-02-05 11:02:14")
    raw = render(received=rec, sent=at("2021-02-05 11:02:06", 2), frm=frm,
                 subject="Speaker for Roundtable III - UNICEF MENARO", mid="VI1PR06MB4430UNICEF17",
                 cc="Amina Yusuf Hassan <ayhassan@unicef-mena.example.org>",
                 entity=alt(plain, outlook_html(mso(plain))), client=OUTLOOK)
    add("h32-17.eml", raw, rec, "speaker_request", "en",
        [spk("Amina Yusuf Hassan", "Child Protection Specialist (Migration)",
             "UNICEF Middle East and North Africa Regional Office (MENARO)", ["roundtable"], 3)],
        notes="a section chief nominates a colleague (the speaker is in Cc, not the sender); the affiliation is "
              "only in the sender's signature ('our section'); Roman numeral 'Roundtable III'; the title "
              "wraps across a line break.")


def m18() -> None:
    frm = ("UJIRM", "contact@ujirm.example.ma")
    body = """Madame, Monsieur,

L'Union des Journalistes pour une Information Responsable sur les Migrations
(UJIRM) souhaite proposer deux intervenants :

- Mme Salma Berrada, Secrétaire générale de l'UJIRM, pour la discussion
  ouverte de la consultation multipartite (23 février) ;
- M. Hicham Tazi, membre du bureau exécutif, pour la table ronde
  thématique 2 (24 ou 25 février).

Nous restons à votre disposition.

Salutations confraternelles,

Le bureau de l'UJIRM
Casablanca
"""
    rec = at("2021-02-05 17:45:09")
    raw = render(received=rec, sent=at("2021-02-05 16:45:00", 1), frm=frm,
                 subject="Proposition d'intervenants - UJIRM", mid="5e1d7f02-18aa-ujirm",
                 entity=text(body), client=THUNDERBIRD)
    add("h32-18.eml", raw, rec, "speaker_request", "fr",
        [spk("Salma Berrada", "Secrétaire générale",
             "Union des Journalistes pour une Information Responsable sur les Migrations (UJIRM)",
             ["open_discussion"]),
         spk("Hicham Tazi", "membre du bureau exécutif",
             "Union des Journalistes pour une Information Responsable sur les Migrations (UJIRM)",
             ["roundtable"], 2)],
        notes="two speakers in a dashed list, each with a different role; the affiliation is written once in "
              "full (with acronym) at the top and only as 'l'UJIRM' for the speakers; journalists' syndicate.")


def m19() -> None:
    frm = ("مركز حقوق العمال المهاجرين", "info@mwrc-ps.example.org")
    plain = """تحية طيبة،

نعتذر عن التأخير في الإرسال بسبب ظروف الإغلاق. مرفق التقرير الطوعي لمركز حقوق العمال
المهاجرين حول تنفيذ الاتفاق العالمي للهجرة، ونأمل أن يتم أخذه بعين الاعتبار.

مع الشكر،
لينا حدّاد
مديرة المركز
"""
    name = "تقرير مركز حقوق العمال المهاجرين - الاتفاق العالمي.pdf"
    pdf = tiny_pdf(["Migrant Workers' Rights Centre", "Voluntary GCM review report (Arabic)", "2021"],
                   "MWRC report")
    rec = at("2021-02-18 10:20:41")
    raw = render(received=rec, sent=at("2021-02-18 10:20:30", 2), frm=frm,
                 subject="التقرير الطوعي - مركز حقوق العمال المهاجرين", mid="DB9PR02MB7001MWRC19",
                 entity=mixed(alt(plain, outlook_html(mso(plain), "AR-SA", rtl=True), cte="b64"),
                              attach(pdf, "application/pdf", name, style="2047")),
                 client=OUTLOOK_AR)
    add("h32-19.eml", raw, rec, "voluntary_report", "ar", reports=[name],
        notes="late (18 February, after the 16 February report deadline) and apologises for it; Arabic file "
              "name as RFC 2047 encoded-words inside the quoted parameters (Outlook).")


def m20(prev: dict) -> None:
    frm = prev["frm"]
    question = "<q-kwwa-20210205@iom.int>"
    body = """Sorry about that. It's the Kenyan Workers Welfare Association, Doha. I am the welfare officer there.

Grace

Sent from my iPhone

> On 5 Feb 2021, at 11:40, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Ms Mwangi,
>
> Thank you for your request. Could you please let us know the organisation you represent?
>
> Best regards,
> GCM Regional Review Secretariat
>
>> On 4 Feb 2021, at 22:33, Grace Wanjiru <gracewanjiru84@yahoo.example.com> wrote:
>>
""" + "".join(">> " + line + "\n" if line else ">>\n" for line in prev["body"].rstrip("\n").split("\n"))
    rec = at("2021-02-05 12:58:27")
    raw = render(received=rec, sent=at("2021-02-05 13:58:19", 3), frm=frm, subject="Re: Speaking request",
                 mid="0C7A55D9-20B1-47F0-A1C3-KWWA20", in_reply_to=question,
                 references="{} {}".format(prev["mid"], question), entity=text(body), client=IPHONE)
    add("h32-20.eml", raw, rec, "speaker_request", "en",
        [spk("Grace Wanjiru Mwangi", "Welfare Officer", "Kenyan Workers Welfare Association", ["roundtable"], 2)],
        thread_of="h32-13.eml",
        notes="follow-up in an ordinary conversation: answers the secretariat's question with the missing "
              "affiliation; name, title and roundtable only in the quoted original; ', Doha' is the location, "
              "left out of the label.")


def m21() -> None:
    frm = ("Dr Anis Gharbi", "anis.gharbi@ftdmr.example.tn")
    body = """Madame, Monsieur,

Le Forum Tunisien pour les Droits des Migrants et des Réfugiés (FTDMR)
souhaite que son vice-président, le Dr Anis Gharbi, puisse porter les
messages clés des parties prenantes en qualité de rapporteur, et
intervenir également lors d'une séance plénière de la conférence.

Le Dr Gharbi est enseignant-chercheur en droit public et coordonne
depuis 2018 l'observatoire des violations des droits des migrants du
Forum.

Veuillez agréer, Madame, Monsieur, nos salutations les meilleures.

Anis Gharbi
Vice-président, FTDMR
Tunis

Envoyé de mon iPad
"""
    rec = at("2021-02-05 22:41:36")
    raw = render(received=rec, sent=at("2021-02-05 21:41:29", 1), frm=frm,
                 subject="FTDMR - rapporteur et intervention en plénière", mid="B3A2D1C0-21EF-FTDMR",
                 entity=text(body), client=[("X-Mailer", "iPad Mail (18C66)")])
    add("h32-21.eml", raw, rec, "speaker_request", "fr",
        [spk("Anis Gharbi", "Vice-président", "Forum Tunisien pour les Droits des Migrants et des Réfugiés (FTDMR)",
             ["rapporteur", "plenary"])],
        notes="one speaker, two roles (rapporteur and plenary); 'Dr' is an honorific; the speaker writes about "
              "himself in the third person; 'Tunisien' is part of the name; received 22:41 Beirut time on "
              "5 February (Date header 21:41 +0100): on time; hard-wrapped prose.")


def m22() -> None:
    frm = ("Hussein Jabbar", "h.jabbar@molsa.example.iq")
    body = """السادة في المنظمة الدولية للهجرة المحترمون

تحية طيبة

نود الاستفسار عن الترتيبات اللوجستية ليوم المشاورة (٢٣ شباط): هل ستُعقد عبر منصة Zoom أم
Webex؟ وهل ستتوفر ترجمة فورية إلى العربية في الموائد المستديرة؟ ومتى سيتم إرسال روابط
الدخول إلى المشاركين المسجلين؟

مع التقدير

حسين جبار
قسم العلاقات الدولية
وزارة العمل والشؤون الاجتماعية - جمهورية العراق

Sent from my Samsung Galaxy smartphone.
"""
    rec = at("2021-02-11 09:47:03")
    raw = render(received=rec, sent=at("2021-02-11 10:46:55", 3), frm=frm, subject="استفسار لوجستي",
                 mid="android.22.molsa.20210211", entity=text(body, cte="b64"), client=ANDROID)
    add("h32-22.eml", raw, rec, "other", "ar",
        notes="logistics question (platform, interpretation, links) from a ministry; mentions the consultation "
              "and the roundtables but requests nothing; English phone footer under an Arabic body; Iraqi month "
              "name 'شباط'.")


def m23() -> None:
    frm = ("مكتب الملحق العمالي", "labour.attache.riyadh@mol-sd.example.sd")
    body = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة
المحترمين

الموضوع: ترشيح متحدث

بالإشارة إلى الموضوع أعلاه، يرشح مكتب الملحق العمالي بسفارة جمهورية السودان لدى المملكة العربية
السعودية سعادة الملحق العمالي الأستاذ/ عثمان الطيب محمد أحمد للتحدث في المائدة المستديرة الرابعة.

نأسف للتأخير في الرد نظراً لعطلة نهاية الأسبوع.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

مكتب الملحق العمالي
سفارة جمهورية السودان - الرياض
"""
    rec = at("2021-02-06 09:12:48")
    raw = render(received=rec, sent=at("2021-02-06 10:12:40", 3), frm=frm, subject="ترشيح متحدث",
                 mid="AM7PR08MB5500SD23", entity=alt(body, outlook_html(mso(body), "AR-SA", rtl=True), cte="b64"),
                 client=OUTLOOK_AR)
    add("h32-23.eml", raw, rec, "speaker_request", "ar",
        [spk("عثمان الطيب محمد أحمد", "الملحق العمالي", "مكتب الملحق العمالي بسفارة جمهورية السودان لدى المملكة العربية السعودية",
             ["roundtable"], 4)],
        notes="late (6 February, morning); labour attaché's office nominates its attaché; honorifics 'سعادة' and "
              "'الأستاذ/' around the title and name; the office name includes the embassy ('لدى المملكة العربية السعودية' is part of it; the signature adds the city); "
              "roundtable as an ordinal word ('الرابعة').")


def m24() -> None:
    frm = ("Jean-Pierre Mbemba", "jp.mbemba@camsm.example.ma")
    inner_body = """Chers collègues,

Veuillez trouver ci-joint la version finale de notre rapport volontaire pour
l'examen régional du PMM, adoptée hier par le conseil d'administration.
Merci de bien vouloir le transmettre à l'adresse indiquée par l'OIM.

Fraternellement,
Aminata Traoré
Présidente du CAMSM
"""
    body = """Bonjour,

Je vous transfère ci-dessous le rapport du Conseil des Associations de Migrants
Subsahariens au Maroc (CAMSM), comme demandé par notre présidente.

Bien à vous,
Jean-Pierre Mbemba
Chargé de communication, CAMSM

---------- Forwarded message ---------
De : Aminata Traoré <a.traore@camsm.example.ma>
Date: mer. 10 févr. 2021 à 18:22
Subject: Rapport PMM - version finale
To: Jean-Pierre Mbemba <jp.mbemba@camsm.example.ma>

""" + inner_body
    name = "Rapport_CAMSM_examen_PMM_2021.docx"
    docx = tiny_docx(["Conseil des Associations de Migrants Subsahariens au Maroc (CAMSM)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "1. Accès aux documents de séjour", "2. Accès à la santé et à l'éducation",
                      "3. Recommandations"])
    rec = at("2021-02-11 10:05:17")
    raw = render(received=rec, sent=at("2021-02-11 09:05:09", 1), frm=frm, subject="Fwd: Rapport PMM - version finale",
                 mid="CAF24camsmFwd",
                 entity=mixed(alt(body, gmail_html(body)),
                              attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     name)),
                 client=GMAIL)
    add("h32-24.eml", raw, rec, "voluntary_report", "fr", reports=[name],
        notes="forwarded (Gmail 'Forwarded message' block) by the communication officer on behalf of the "
              "president; the report DOCX is attached to the forward.")


def main() -> None:
    m01()
    m02()
    m03()
    m04()
    m05()
    anec = m06()
    m07()
    m08()
    m09()
    m10()
    m11()
    m12()
    grace = m13()
    m14()
    m15(anec)
    m16()
    m17()
    m18()
    m19()
    m20(grace)
    m21()
    m22()
    m23()
    m24()
    os.makedirs(OUT, exist_ok=True)
    for raw, label in MESSAGES:
        with open(os.path.join(OUT, label["file"]), "wb") as f:
            f.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump([label for _, label in MESSAGES], f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
