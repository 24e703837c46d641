#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout29 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets29.py
Written from /work/shared/corpus/LABELS.md and the dev corpus only, without reading intake/ or rules/.
Each message is a function returning (envelope, MIME tree, expected label); names and organisations
are invented.
"""
import datetime as dt
import io
import json
import os
import zipfile
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))
SPEAKER_DEADLINE = dt.datetime(2021, 2, 5, 23, 59, 59, tzinfo=BEIRUT)
REPORT_DEADLINE = dt.datetime(2021, 2, 16, 23, 59, 59, tzinfo=BEIRUT)


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(d: int, h: int, mi: int, s: int = 0, mo: int = 2) -> dt.datetime:
    """Server receipt time, Beirut (UTC+02:00)."""
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


# ----------------------------------------------------------------- tiny documents
def tiny_pdf(lines: list[str], title: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 7.0) >>").encode("latin-1"),
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
    """Minimal valid WordprocessingML package built with zipfile (fixed timestamps)."""
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    body = "".join(f"<w:p>{bidi}<w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>"
                   for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>"),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0)), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)


def alt(plain: str, html: str, cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", cte=cte))
    m.attach(text(html, "html", cte=cte))
    return m


def attach(data: bytes, ctype: str, filename: str, disposition: str = "attachment") -> MIMEBase:
    main, sub = ctype.split("/")
    p = MIMEApplication(data, sub) if main == "application" else MIMEBase(main, sub)
    if main != "application":
        p.set_payload(data)
        encoders.encode_base64(p)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    return p


def mixed(*parts: MIMEBase) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format("rtl" if rtl else "ltr", "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style>'
            '</head>\n<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir="RTL"' if rtl else "", inner))


def paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
        for para in body.split("\n\n"))


def quote(body: str) -> str:
    return "\n".join(("> " + ln).rstrip() for ln in body.split("\n"))


def hdr(s: str) -> str:
    return s if all(ord(c) < 128 for c in s) else Header(s, "utf-8").encode(linesep="\r\n")


def address(name: str | None, mail: str) -> str:
    if name is None:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), mail)


OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: %s"]
GMAIL = []
IPHONE = ["X-Mailer: iPhone Mail (18C66)"]
ANDROID = []
THUNDERBIRD = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"]
APPLE = ["X-Mailer: Apple Mail (2.3654.40.0.2.32)"]


def render(n: int, env: dict, root: MIMEBase) -> bytes:
    host = env["from"][1].split("@")[1]
    rat = env["received_at"]
    sent = (rat - dt.timedelta(seconds=env.get("lag", 23))).astimezone(env.get("tz", BEIRUT))
    h = [f"Return-Path: <{env['from'][1]}>", "Delivered-To: " + MAILBOX,
         f"Received: from mail.{host} (mail.{host} [203.0.113.{20 + n}])\r\n\tby mx2.iom.int (Postfix) with ESMTPS"
         f" id 7Q{n * 131:04d}K29\r\n\tfor <{MAILBOX}>; {format_datetime(rat)}",
         "From: " + address(*env["from"]), "To: " + env.get("to", MAILBOX)]
    if env.get("cc"):
        h.append("Cc: " + env["cc"])
    h += ["Subject: " + hdr(env["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + env["mid"]]
    if env.get("irt"):
        h.append("In-Reply-To: " + env["irt"])
        h.append("References: " + env.get("refs", env["irt"]))
    h += env.get("headers", [])
    h.append("MIME-Version: 1.0")
    for k, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n}_{k}.16121{n * 977 + k:05d}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


def L(category: str, language: str, speakers: list | None = None, reports: list | None = None,
      thread_of: str | None = None, acknowledge: bool = True, notes: str = "") -> dict:
    return {"category": category, "language": language, "acknowledge": acknowledge, "speakers": speakers or [],
            "report_attachments": reports or [], "thread_of": thread_of, "notes": notes}


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


MID01 = "<CAK7fPz0wQm4R1b_2uVnT8yLd3sHq6eJx9aG5cN@mail.gmail.com>"
MID11 = "<5f2a9c1e-7b3d-4e08-9a61-c4d2e8b0f713@rtmd-tn.example.org>"
ACK11 = "<ack.20210208.0411.fr@gcm-intake.iom.int>"
ACK01 = "<ack.20210128.0027.en@gcm-intake.iom.int>"


# ================================================================= messages
@message
def h29_01():
    body = """Dear colleagues,

Further to the invitation for the Regional Review of the GCM in the Arab region, the
Gulf Seafarers' and Dockworkers' Union would like to request a speaking slot in
Roundtable 2.

Name: Rodel Santos Macaraeg
Title: Welfare and Repatriation Officer
Organisation: Gulf Seafarers' and Dockworkers' Union (GSDU)

Rodel has followed the cases of crews abandoned in Gulf ports since 2019.

Best regards,
Marites Dizon
Membership Secretary, GSDU
Manama, Bahrain
+973 3912 4470
"""
    root = alt(body, gmail_html(body))
    env = dict(**{"from": ("Marites Dizon", "gsdu.secretariat@gmail.com")}, subject="Speaker request - Roundtable 2",
               received_at=at(28, 10, 14, 5, mo=1), mid=MID01, tz=tz(3), headers=GMAIL)
    label = L("speaker_request", "en", [SP("Rodel Santos Macaraeg", "Welfare and Repatriation Officer",
                                           "Gulf Seafarers' and Dockworkers' Union (GSDU)", ["roundtable"], 2)],
              notes="labelled lines with 'Organisation:'; sender (membership secretary) is not the speaker; "
                    "a follow-up later corrects the title")
    return env, root, label


@message
def h29_02():
    body = """السادة المحترمون في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة
الآمنة والمنظمة والنظامية، نود إعلامكم برغبة دائرة التفتيش في وزارة العمل والشؤون الاجتماعية
بجمهورية العراق في إلقاء مداخلة خلال الجلسة العامة للمؤتمر.

وسيمثل الدائرة السيد علي كاظم الجبوري، مدير قسم تفتيش العمل وحماية العمال الأجانب.

مع خالص التقدير والاحترام،

حيدر عبد الأمير
مسؤول العلاقات الدولية
دائرة التفتيش - وزارة العمل والشؤون الاجتماعية
بغداد
"""
    root = alt(body, outlook_html(paras(body), "AR-IQ", rtl=True))
    env = {"from": ("حيدر عبد الأمير", "h.abdulameer@molsa-insp.example.iq"),
           "subject": "طلب مداخلة في الجلسة العامة", "received_at": at(29, 11, 2, 40, mo=1), "tz": tz(3),
           "mid": "<000b01d6f632$1e2a4c70$5a7ee550$@molsa-insp.example.iq>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "ar-iq"]}
    label = L("speaker_request", "ar", [SP("علي كاظم الجبوري", "مدير قسم تفتيش العمل وحماية العمال الأجانب",
                                           "دائرة التفتيش - وزارة العمل والشؤون الاجتماعية", ["plenary"])],
              notes="labour ministry inspection directorate; speaker in prose after honorific السيد; the body names "
                    "the body as 'دائرة التفتيش في وزارة العمل ... بجمهورية العراق', the label takes the signature form")
    return env, root, label


@message
def h29_03():
    plain = """Bonjour,

L'Observatoire universitaire des migrations et de la mobilité de l'Université de Sfax (OUMM)
souhaite proposer deux intervenants :

+------------------------+-----------------------------------+----------------------------------+
| Nom                    | Fonction                          | Rôle souhaité                    |
+------------------------+-----------------------------------+----------------------------------+
| Pr Hédi Ben Amor       | Directeur de l'Observatoire       | Discussion ouverte (23 février)  |
| Mme Salma Triki        | Doctorante et chargée d'enquêtes  | Table ronde 3                    |
+------------------------+-----------------------------------+----------------------------------+

Les deux intervenants sont rattachés à l'OUMM.

Bien cordialement,

Salma Triki
OUMM - Faculté des lettres et sciences humaines de Sfax
"""
    rows = [("Pr Hédi Ben Amor", "Directeur de l'Observatoire", "Discussion ouverte (23 février)"),
            ("Mme Salma Triki", "Doctorante et chargée d'enquêtes", "Table ronde 3")]
    table = ("<table border=1 cellspacing=0 cellpadding=4><tr><th>Nom</th><th>Fonction</th><th>Rôle souhaité</th></tr>"
             + "".join("<tr>{}</tr>".format("".join(f"<td>{escape(c)}</td>" for c in r)) for r in rows) + "</table>")
    html = ("<div>Bonjour,</div><div><br></div><div>L'Observatoire universitaire des migrations et de la mobilité de "
            f"l'Université de Sfax (OUMM) souhaite proposer deux intervenants :</div><div><br></div>{table}<div><br></div>"
            "<div>Les deux intervenants sont rattachés à l'OUMM.</div><div><br></div><div>Bien cordialement,</div>"
            "<div><br></div><div>Salma Triki<br>OUMM - Faculté des lettres et sciences humaines de Sfax</div>\n")
    root = alt(plain, html)
    env = {"from": ("Salma Triki", "salma.triki@oumm-sfax.example.tn"), "subject": "Proposition d'intervenants - OUMM",
           "received_at": at(1, 9, 47, 12), "tz": tz(1), "mid": "<a1c0e7d2-33f8-4b0e-bb1a-77f9c2d05e64@oumm-sfax.example.tn>",
           "headers": THUNDERBIRD + ["Content-Language: fr"]}
    aff = "Observatoire universitaire des migrations et de la mobilité de l'Université de Sfax (OUMM)"
    label = L("speaker_request", "fr", [SP("Hédi Ben Amor", "Directeur de l'Observatoire", aff, ["open_discussion"]),
                                        SP("Salma Triki", "Doctorante et chargée d'enquêtes", aff, ["roundtable"], 3)],
              notes="two speakers in a table (ASCII in text, <table> in HTML); honorifics 'Pr' and 'Mme' not part of "
                    "names; affiliation given once in the intro sentence; the sender is the second speaker")
    return env, root, label


@message
def h29_04():
    body = """Hello,

I am a member of the Kenyan Diaspora Youth Network in the Gulf and I saw the announcement
of the regional conference on 24-25 February. Is it held in person in Beirut or online?
If in person, can IOM provide an invitation letter for a visa? I hold a Kenyan passport
and live in Doha.

Thank you
Brian Otieno Wafula
+974 5581 0392
"""
    root = text(body)
    env = {"from": ("Brian Wafula", "brian.wafula92@outlook.com"), "subject": "Visa for the conference?",
           "received_at": at(1, 20, 31, 44), "tz": tz(3), "mid": "<AM6PR04MB5160A2C1E94B7D0F1C39DA55C4B69@AM6PR04MB5160.eurprd04.prod.outlook.com>",
           "headers": ["Content-Language: en-GB"]}
    label = L("other", "en", notes="visa / invitation letter question; names himself and a network but asks for "
                                   "no speaking role")
    return env, root, label


@message
def h29_05():
    body = """السلام عليكم

مرفق التقرير الطوعي الخاص بتجمّع العاملات المنزليات المهاجرات في البحرين حول تنفيذ الاتفاق
العالمي من أجل الهجرة، ويشمل شهادات ١٢ عاملة من إثيوبيا والفلبين وسريلانكا.

نرجو تأكيد الاستلام.

مع الشكر
فاطمة حسن يوسف
منسقة التجمّع
"""
    pdf = tiny_pdf(["Collective of Migrant Women Domestic Workers - Bahrain",
                    "Voluntary GCM Review Report, February 2021",
                    "1. Access to justice  2. Kafala reform  3. Health coverage"], "CMWDW GCM report")
    root = mixed(alt(body, gmail_html(body, rtl=True), cte="b64"),
                 attach(pdf, "application/pdf", "CMWDW_GCM_voluntary_report_2021.pdf"))
    env = {"from": ("Fatima Hassan", "cmwdw.bahrain@gmail.com"), "subject": "التقرير الطوعي",
           "received_at": at(2, 13, 5, 9), "tz": tz(3), "mid": "<CAF3nY2u8sVq0kR5t7xDp1wLz4eMh6bJc9gA2oQ@mail.gmail.com>"}
    label = L("voluntary_report", "ar", reports=["CMWDW_GCM_voluntary_report_2021.pdf"],
              notes="Gmail, base64 body; Arabic-Indic digits; English From display name")
    return env, root, label


@message
def h29_06():
    body = """Bonjour,

Suite à votre lettre d'invitation, nous souhaiterions que notre directrice puisse
présenter les messages clés des parties prenantes en tant que rapporteuse, si cela
est encore possible.

Vous trouverez ses coordonnées ci-dessous.

Cordialement,

--
Dr Roukia Houmed Ali
Directrice exécutive
Centre d'Appui Juridique aux Migrants et Réfugiés de Djibouti (CAJMRD)
Boulevard de la République, Djibouti
Tél. : +253 21 35 48 90

Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le
destinataire, merci de le supprimer.
"""
    root = text(body)
    env = {"from": ("CAJMRD Direction", "direction@cajmrd.example.dj"), "subject": "Rapporteur - consultation GCM",
           "received_at": at(2, 16, 40, 0), "tz": tz(3), "mid": "<20210202164000.11a7.direction@cajmrd.example.dj>",
           "headers": THUNDERBIRD}
    label = L("speaker_request", "fr", [SP("Roukia Houmed Ali", "Directrice exécutive",
                                           "Centre d'Appui Juridique aux Migrants et Réfugiés de Djibouti (CAJMRD)",
                                           ["rapporteur"])],
              notes="speaker only in the signature ('notre directrice'); 'Dr' not part of the name; 'de Djibouti' is "
                    "part of the organisation's name, the address line is not; role as 'rapporteuse'")
    return env, root, label


@message
def h29_07():
    inner = paras("""Dear GCM Regional Review team,

On behalf of the Overseas Filipino Workers' Solidarity Network, I would like to nominate our
chairperson to speak at the conference, preferably in the roundtable on protecting the human
rights of migrants (border governance, smuggling, trafficking and detention).

Name: Ma. Cristina Dela Peña-Reyes
Position: Chairperson

Many thanks and stay safe.

Warm regards,""") + (
        "\n<p class=MsoNormal>&nbsp;</p>\n<p class=MsoNormal><b>Jun-Jun Villanueva</b><br>Programme Assistant<br>"
        "Overseas Filipino Workers' Solidarity Network (OFWSN), Doha<br>Mobile: +974 6610 2287</p>")
    root = text(outlook_html(inner, "EN-PH"), "html")
    env = {"from": ("Jun-Jun Villanueva", "jvillanueva@ofwsn.example.org"), "subject": "OFWSN nomination",
           "received_at": at(3, 8, 22, 31), "tz": tz(3), "mid": "<000a01d6f9f8$2bd15e80$83741b80$@ofwsn.example.org>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "en-ph"]}
    label = L("speaker_request", "en", [SP("Ma. Cristina Dela Peña-Reyes", "Chairperson",
                                           "Overseas Filipino Workers' Solidarity Network (OFWSN)", ["roundtable"], 2)],
              notes="Outlook HTML-only (no text/plain); roundtable given by its theme, not its number (2); "
                    "affiliation's fullest form with acronym only in the signature, ', Doha' is the location; "
                    "'Ma.' is the usual short form of Maria, part of the name")
    return env, root, label


@message
def h29_08():
    body = """Bonjour,

Merci beaucoup pour votre accusé de réception, c'est bien noté.

Bonne journée,
Nizar Mabrouk

Envoyé de mon iPhone

> Le 8 févr. 2021 à 10:11, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Madame, Monsieur,
>
> Nous accusons réception de votre rapport volontaire d'examen du Pacte mondial pour les
> migrations, reçu le 8 février 2021. Il sera transmis au secrétariat de l'examen régional.
>
> Cordialement,
> Secrétariat de l'examen régional du PMM - États arabes
"""
    root = text(body)
    env = {"from": ("Nizar Mabrouk", "n.mabrouk@rtmd-tn.example.org"),
           "subject": "Re: Accusé de réception - Rapport volontaire PMM", "received_at": at(8, 11, 2, 18),
           "tz": tz(1), "mid": "<9D3E1B6A-4C2F-4A77-8E0B-2F6C51A9D0E4@rtmd-tn.example.org>",
           "irt": ACK11, "refs": MID11 + " " + ACK11, "headers": IPHONE}
    label = L("other", "fr", thread_of="h29-11.eml", acknowledge=False,
              notes="thank-you replying to our acknowledgement of the report: nothing new, must not be acknowledged; "
                    "quoted acknowledgement mentions the voluntary report")
    return env, root, label


@message
def h29_09():
    body = """مساء الخير
أرغب بالمشاركة بمداخلة في المائدة المستديرة الرابعة
سارة محمود عودة - مركز بيسان لحقوق اللاجئين، رام الله
شكرا

أُرسلت من الـ iPhone
"""
    root = text(body, cte="b64")
    env = {"from": ("Sara Odeh", "sara.odeh.biss@gmail.com"), "subject": "مشاركة",
           "received_at": at(3, 19, 12, 55), "mid": "<7A1F0C3E-92B4-4D1E-A6C8-3B5D0E9F2A17@gmail.com>",
           "headers": IPHONE}
    label = L("speaker_request", "ar", [SP("سارة محمود عودة", None, "مركز بيسان لحقوق اللاجئين", ["roundtable"], 4)],
              notes="short message from a phone; no title; name and affiliation on one dash-separated line; "
                    "'، رام الله' is the location; roundtable as ordinal word (الرابعة)")
    return env, root, label


@message
def h29_10():
    body = """Dear Sir/Madam,

I am writing on behalf of Hon. Dr. Amal Yusuf Al-Mansoori, Member of the Council of
Representatives of the Kingdom of Bahrain and Chair of the Arab Parliamentarians' Caucus on
Migration and Displacement (APCMD), who would be honoured to deliver a floor intervention during the plenary session of the regional
conference on 24-25 February.

Should you need any further information, please do not hesitate to contact me directly.

Yours faithfully,

Khalid Rashid Al-Naimi
Chief of Staff to the Chair
Arab Parliamentarians' Caucus on Migration and Displacement
Doha, Qatar | Tel: +974 4430 1186

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely
for the use of the individual or entity to whom they are addressed.
"""
    root = alt(body, outlook_html(paras(body), "EN-GB"))
    env = {"from": ("Khalid Al-Naimi", "k.alnaimi@apcmd.example.org"), "subject": "Plenary intervention - APCMD Chair",
           "received_at": at(4, 9, 30, 2), "tz": tz(3), "mid": "<001c01d6fac3$4e8a2f10$eb9e8d30$@apcmd.example.org>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "en-gb"]}
    label = L("speaker_request", "en", [SP("Amal Yusuf Al-Mansoori",
                                           "Chair",
                                           "Arab Parliamentarians' Caucus on Migration and Displacement (APCMD)",
                                           ["plenary"])],
              notes="written on behalf of another person (chief of staff, with his own title); 'Hon. Dr.' not part of "
                    "the name; she holds two positions in one prose phrase: the role she speaks in is Chair of the "
                    "caucus (the affiliation, hard-wrapped across lines)")
    return env, root, label


@message
def h29_11():
    body = """Madame, Monsieur,

Au nom du Réseau tunisien pour les migrations et la dignité (RTMD), j'ai le plaisir de vous
transmettre ci-joint notre rapport volontaire collectif d'examen du Pacte mondial pour des
migrations sûres, ordonnées et régulières.

Ce rapport a été préparé conjointement par les onze associations membres du réseau, à
Tunis, Sfax, Médenine et Zarzis, à la suite de trois ateliers de consultation tenus en
décembre 2020 et janvier 2021.

Nous restons à votre disposition pour tout complément.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nizar Mabrouk
Coordinateur du RTMD
"""
    docx = tiny_docx(["Réseau tunisien pour les migrations et la dignité (RTMD)",
                      "Rapport volontaire collectif - Examen régional du PMM 2021",
                      "1. Méthodologie  2. Objectifs 2, 5, 6  3. Recommandations"])
    root = mixed(text(body), attach(docx, DOCX_TYPE, "Rapport_collectif_RTMD_PMM_2021.docx"))
    env = {"from": ("Nizar Mabrouk", "n.mabrouk@rtmd-tn.example.org"),
           "subject": "Rapport volontaire collectif - RTMD", "received_at": at(8, 10, 4, 37), "tz": tz(1),
           "mid": MID11, "headers": THUNDERBIRD + ["Content-Language: fr-FR"]}
    label = L("voluntary_report", "fr", reports=["Rapport_collectif_RTMD_PMM_2021.docx"],
              notes="collective report of an 11-member network; DOCX; sender's title is not a speaker request")
    return env, root, label


@message
def h29_12():
    invite = """السادة والسيدات أصحاب المصلحة،

تتشرف المنظمة الدولية للهجرة ولجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا بدعوتكم إلى
المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير 2021 والمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.
ويمكن لأصحاب المصلحة تقديم تقارير طوعية عن تنفيذ الاتفاق العالمي في موعد أقصاه 16 شباط/فبراير 2021.
ويمكن طلب الكلمة مع ذكر اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها في موعد أقصاه
يوم الجمعة 23 شباط/فبراير 2021، سواء في النقاش المفتوح أو كمقرر أو في الجلسة العامة أو في
إحدى الموائد المستديرة الأربع."""
    body = """تحية طيبة،

نشكركم على الدعوة. نرغب في طلب مداخلة في المائدة المستديرة الثانية (حماية حقوق الإنسان للمهاجرين)
باسم الأستاذة المحامية ريم خليل النجار، المستشارة القانونية الأولى في عيادة العون القانوني
للاجئين والمهاجرين - جامعة القدس الأهلية.

مع الاحترام،
يوسف الدجاني
منسق العيادة

----- الرسالة الأصلية -----
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
التاريخ: 20 كانون الثاني/يناير 2021
الموضوع: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

""" + quote(invite) + "\n"
    root = alt(body, gmail_html(body, rtl=True), cte="b64")
    env = {"from": ("يوسف الدجاني", "legalclinic.rm@gmail.com"),
           "subject": "رد: دعوة: الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية",
           "received_at": at(4, 14, 48, 20), "mid": "<CAG9pLk1Zr4xQ2vN8tB0mW6sJe3yHd5uC7aF1oR@mail.gmail.com>",
           "irt": "<invitation.20210120@iom.int>"}
    label = L("speaker_request", "ar", [SP("ريم خليل النجار", "المستشارة القانونية الأولى",
                                           "عيادة العون القانوني للاجئين والمهاجرين - جامعة القدس الأهلية",
                                           ["roundtable"], 2)],
              notes="reply quoting the organisers' call (with the misprinted 'الجمعة 23 شباط' deadline and the "
                    "report call): quoted text must not drive category or deadline; honorific 'الأستاذة المحامية'; "
                    "refugee legal aid clinic of a university, the university is part of the affiliation")
    return env, root, label


@message
def h29_13():
    body = """Dear Sir / Madam,

Please find attached the voluntary GCM review report of the Gulf-South Asia Chamber of
Commerce (GSACC), prepared with our Fair Recruitment Working Group of 27 member companies.

Kind regards,

Priyanka Raghavan
Policy Analyst | Gulf-South Asia Chamber of Commerce
Seef District, Manama | T +973 1756 0021
"""
    pdf = tiny_pdf(["Gulf-South Asia Chamber of Commerce (GSACC)", "Voluntary GCM Review Report 2021",
                    "Employer perspectives on fair recruitment (Objective 6)"], "GSACC GCM Review")
    part = MIMEBase("application", "octet-stream")
    part.set_payload(pdf)
    encoders.encode_base64(part)
    part.set_param("name", "GSACC_GCM_Review_Report_Feb2021.pdf")
    part.add_header("Content-Disposition", "attachment", filename="GSACC_GCM_Review_Report_Feb2021.pdf")
    root = mixed(text(body), part)
    env = {"from": ("Priyanka Raghavan", "policy@gsacc.example.bh"), "subject": "GSACC voluntary report",
           "received_at": at(9, 12, 20, 4), "tz": tz(3), "mid": "<1612865980.48213.policy@gsacc.example.bh>",
           "headers": ["X-Mailer: Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"]}
    label = L("voluntary_report", "en", reports=["GSACC_GCM_Review_Report_Feb2021.pdf"],
              notes="PDF attached as application/octet-stream (type only from the .pdf name); chamber of commerce")
    return env, root, label


@message
def h29_14():
    body = """Bonjour à toute l'équipe,

Je me permets de vous écrire pour solliciter la possibilité de prendre la parole lors de la
discussion ouverte de la consultation multipartite du 23 février. Je travaille depuis dix ans
sur les droits des travailleuses migrantes au Liban et en Jordanie.

Mes coordonnées :
Mme Dalia Aoun-Chamoun
Consultante indépendante en genre et migration

Merci d'avance pour votre retour.
Bien à vous,
Dalia
"""
    root = alt(body, gmail_html(body))
    env = {"from": ("Dalia Aoun", "dalia.aoun.chamoun@gmail.com"), "subject": "Demande de prise de parole 23/02",
           "received_at": at(4, 18, 3, 51), "mid": "<CAM2xR8hWt5vL0pQ3nD7sK1yBf9eJu4cG6aZ2oE@mail.gmail.com>"}
    label = L("speaker_request", "fr", [SP("Dalia Aoun-Chamoun", "Consultante indépendante en genre et migration",
                                           None, ["open_discussion"])],
              notes="independent consultant: no organisational affiliation (null); 'Mme' not part of the name; "
                    "From display name shorter than the full hyphenated name")
    return env, root, label


@message
def h29_15():
    body = """السادة في سكرتارية الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسر منظمة الجالية الصومالية للتنمية والعودة (SCDR) أن ترفق لكم تقريرها الطوعي حول تنفيذ
الاتفاق العالمي من أجل الهجرة في الصومال وجيبوتي.

كما نرغب في المشاركة بمداخلة في المائدة المستديرة الأولى (المسارات النظامية والعمل اللائق)،
ونرشح لذلك:
الاسم: عبدي فارح إسماعيل
الصفة: مدير البرامج
الجهة: منظمة الجالية الصومالية للتنمية والعودة (SCDR)

وتفضلوا بقبول وافر الاحترام،
هودان علي جامع
المديرة التنفيذية
مقديشو - الصومال | +252 61 552 7730
"""
    pdf = tiny_pdf(["Somali Community for Development and Return (SCDR)", "GCM Voluntary Review - Somalia and Djibouti",
                    "February 2021"], "SCDR GCM report")
    root = mixed(alt(body, outlook_html(paras(body), "AR-SA", rtl=True)),
                 attach(pdf, "application/pdf", "SCDR_Voluntary_Report_GCM_2021.pdf"))
    env = {"from": ("Hodan Ali Jama", "hodan.jama@scdr-so.example.org"), "subject": "تقرير طوعي وطلب مداخلة - SCDR",
           "received_at": at(5, 15, 26, 40), "tz": tz(3), "mid": "<002f01d6fbb8$91c3a6d0$b54af470$@scdr-so.example.org>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "en-us"]}
    label = L("both", "ar", [SP("عبدي فارح إسماعيل", "مدير البرامج", "منظمة الجالية الصومالية للتنمية والعودة (SCDR)",
                                ["roundtable"], 1)], ["SCDR_Voluntary_Report_GCM_2021.pdf"],
              notes="both, on time (5 Feb); labelled Arabic lines (الاسم/الصفة/الجهة); Latin acronym inside Arabic; "
                    "signer (executive director) is not the speaker; Content-Language en-us but Arabic body")
    return env, root, label


@message
def h29_16():
    body = """Dear colleagues,

A small correction to my message below: Rodel's title is Senior Welfare and Repatriation
Officer (he was promoted last month). Everything else stays the same, Roundtable 2.

Apologies for the confusion.

Best,
Marites

On Thu, Jan 28, 2021 at 11:13 AM Marites Dizon <gsdu.secretariat@gmail.com> wrote:

""" + quote("""Dear colleagues,

Further to the invitation for the Regional Review of the GCM in the Arab region, the
Gulf Seafarers' and Dockworkers' Union would like to request a speaking slot in
Roundtable 2.

Name: Rodel Santos Macaraeg
Title: Welfare and Repatriation Officer
Organisation: Gulf Seafarers' and Dockworkers' Union (GSDU)

Rodel has followed the cases of crews abandoned in Gulf ports since 2019.

Best regards,
Marites Dizon
Membership Secretary, GSDU""") + "\n"
    root = alt(body, gmail_html(body))
    env = {"from": ("Marites Dizon", "gsdu.secretariat@gmail.com"), "subject": "Re: Speaker request - Roundtable 2",
           "received_at": at(1, 8, 55, 17), "tz": tz(3), "irt": MID01,
           "mid": "<CAK7fPz2bYt0Lq8Rw3vN5xMd1sHp6eJc4aG9uZ@mail.gmail.com>"}
    label = L("speaker_request", "en", [SP("Rodel Santos Macaraeg", "Senior Welfare and Repatriation Officer",
                                           "Gulf Seafarers' and Dockworkers' Union (GSDU)", ["roundtable"], 2)],
              thread_of="h29-01.eml",
              notes="follow-up reply correcting the speaker's title; name and affiliation only in the quoted original; "
                    "roundtable restated")
    return env, root, label


@message
def h29_17():
    body = """Madame, Monsieur,

Le ministère souhaiterait recevoir l'ordre du jour provisoire et le programme détaillé de la
consultation du 23 février et de la conférence régionale des 24 et 25 février 2021, afin de
préparer la participation de notre délégation.

Pourriez-vous également nous indiquer les langues de travail ?

Avec nos remerciements,

Fatouma Daher Robleh
Cheffe du service de la coopération multilatérale
Direction des affaires consulaires et des Djiboutiens de l'étranger
"""
    root = alt(body, outlook_html(paras(body), "FR"))
    env = {"from": ("Fatouma Daher Robleh", "f.daher@dace-gouv.example.dj"), "subject": "Demande d'ordre du jour",
           "received_at": at(10, 10, 31, 8), "tz": tz(3), "mid": "<003101d6ff8c$0e1d9a20$2a58ce60$@dace-gouv.example.dj>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "fr-FR"]}
    label = L("other", "fr", notes="request for the agenda and working languages from a ministry; the title in the "
                                   "signature is not a speaker request")
    return env, root, label


@message
def h29_18():
    body = """السلام عليكم ورحمة الله،

نعتذر عن التأخر في إرسال طلبنا بسبب انقطاع الإنترنت لدى زملائنا في عدن. نرجو قبول ترشيح
المتحدثين التاليين من شبكة شباب المهجر اليمني:

١- الاسم / مريم عبد الله باوزير - المسمى / منسقة الشبكة في الخليج - الدور: النقاش المفتوح
٢- الاسم / أنس محمد الصبري - المسمى / مسؤول المناصرة - الدور: مداخلة في الجلسة العامة

الجهة: شبكة شباب المهجر اليمني (YDYN)

مع الشكر والتقدير
أنس الصبري
"""
    root = text(body, cte="b64")
    env = {"from": ("Anas Alsabri", "ydyn.network@gmail.com"), "subject": "ترشيح متحدثين - شبكة شباب المهجر اليمني",
           "received_at": at(7, 13, 14, 9), "tz": tz(3), "mid": "<CAH1qW4tXv7nM2rB9pL0sK3yDe5fJu8cG6aY1oT@mail.gmail.com>"}
    aff = "شبكة شباب المهجر اليمني (YDYN)"
    label = L("speaker_request", "ar", [SP("مريم عبد الله باوزير", "منسقة الشبكة في الخليج", aff, ["open_discussion"]),
                                        SP("أنس محمد الصبري", "مسؤول المناصرة", aff, ["plenary"])],
              notes="late (7 February), apologises; two speakers on numbered Arabic-Indic lines with '/' and '-' "
                    "separators; shared affiliation on a separate line; youth-led diaspora network; sender is speaker 2")
    return env, root, label


@message
def h29_19():
    body = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

يرفق المجلس البلدي لبلدة وادي الرمل تقريره الطوعي عن تجربة البلدية في إدماج العمال المهاجرين
والنازحين في الخدمات المحلية خلال عام 2020.

وتفضلوا بقبول الاحترام،

م. رامي فؤاد الحداد
رئيس لجنة الشؤون الاجتماعية
المجلس البلدي لبلدة وادي الرمل
"""
    name = "تقرير المجلس البلدي - الاتفاق العالمي للهجرة.docx"
    docx = tiny_docx(["تقرير المجلس البلدي لبلدة وادي الرمل", "الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة 2021",
                      "الإدماج المحلي والخدمات البلدية"], rtl=True)
    root = mixed(alt(body, outlook_html(paras(body), "AR-LB", rtl=True)), attach(docx, DOCX_TYPE, name))
    env = {"from": ("Municipal Council Wadi al-Raml", "social.committee@wadiraml-mun.example.org"),
           "subject": "التقرير الطوعي - المجلس البلدي", "received_at": at(12, 9, 8, 45),
           "mid": "<000701d7010a$5c9e3b10$15dab130$@wadiraml-mun.example.org>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "ar-lb"]}
    label = L("voluntary_report", "ar", reports=[name],
              notes="municipal council; Arabic DOCX file name as RFC 2231; signature title and 'م.' (engineer) "
                    "are not a speaker request")
    return env, root, label


@message
def h29_20():
    body = """Dear organisers,

I know the deadline for speaking requests was last Friday and I apologise for writing late,
our board only met on Sunday. If there is still any possibility, we would like to propose:

 * Name: Tigist Alemayehu Bekele
 * Title: Chairperson
 * Organisation: Ethiopian Community Solidarity Association in Lebanon (ECSAL)
 * Preferred session: Roundtable 3 (social inclusion, access to services), otherwise Roundtable 4

Thank you for your understanding.

Kind regards,
Mekdes Tadesse
Volunteer, ECSAL
"""
    root = alt(body, gmail_html(body))
    env = {"from": ("Mekdes Tadesse", "ecsal.lebanon@gmail.com"), "subject": "Late speaker request - ECSAL",
           "received_at": at(8, 21, 40, 26), "mid": "<CAB6tP9wYr2mK5vQ0nL8sD3xFe1hJu7cG4aR9oW@mail.gmail.com>"}
    label = L("speaker_request", "en", [SP("Tigist Alemayehu Bekele", "Chairperson",
                                           "Ethiopian Community Solidarity Association in Lebanon (ECSAL)",
                                           ["roundtable"], 3)],
              notes="late (8 February), says so; bulleted labelled lines; two roundtable choices, first is 3; "
                    "'in Lebanon' is part of the organisation's name; sender is a volunteer, not the speaker")
    return env, root, label


@message
def h29_21():
    body = """مرحباً،

نود الاستفسار عن الترتيبات اللوجستية للمشاورة يوم 23 شباط: هل ستُعقد عبر منصة Zoom أم
Webex؟ وهل ستتوفر ترجمة فورية بين العربية والإنجليزية والفرنسية؟ ومتى سيتم إرسال رابط
الانضمام إلى المشاركين المسجلين؟

شكراً جزيلاً
لمى الحمصي
جمعية بيت السوريين للإغاثة والتنمية
"""
    root = alt(body, gmail_html(body, rtl=True), cte="b64")
    env = {"from": ("لمى الحمصي", "lama.homsi@baytsyrians.example.org"), "subject": "استفسار عن الترتيبات اللوجستية",
           "received_at": at(15, 17, 52, 3), "tz": tz(3), "mid": "<CAE8rN3kWq6xT1vM9pB2sL5yHd0fJu4cG7aQ3oP@mail.gmail.com>"}
    label = L("other", "ar", notes="logistics question (platform, interpretation, link); mentions the consultation "
                                   "but proposes no speaker")
    return env, root, label


@message
def h29_22():
    body = """Mesdames, Messieurs,

Le Réseau interconfessionnel des maisons d'accueil pour migrants (RIMAM) souhaite
intervenir lors de la conférence régionale. Nous proposons :

Nom : Père Élie Karam
Fonction : Coordinateur régional
Organisation : Réseau interconfessionnel des maisons d'accueil pour migrants (RIMAM)
Session : séance plénière et, si possible, table ronde n° 4 (données et coopération
internationale)

Avec nos remerciements et nos meilleures salutations,

Sœur Mireille Haddad
Secrétariat du RIMAM - Beyrouth
Tél. +961 1 44 83 27
"""
    root = alt(body, outlook_html(paras(body), "FR"))
    env = {"from": ("Secretariat RIMAM", "secretariat@rimam.example.org"), "subject": "Demande d'intervention - RIMAM",
           "received_at": at(5, 21, 10, 30), "mid": "<004401d6fbf0$7a3c2e50$6eb48af0$@rimam.example.org>",
           "headers": [OUTLOOK[0], OUTLOOK[1] % "fr-FR"]}
    label = L("speaker_request", "fr", [SP("Élie Karam", "Coordinateur régional",
                                           "Réseau interconfessionnel des maisons d'accueil pour migrants (RIMAM)",
                                           ["plenary", "roundtable"], 4)],
              notes="interfaith shelter network; clerical honorific 'Père' not part of the name; two roles (plenary "
                    "and table ronde n° 4, value wrapped over two lines); received 5 Feb 21:10, on time")
    return env, root, label


@message
def h29_23():
    body = """Dear Sir/Madam
Assalamu alaikum. Our association want to nominate one speaker as rapporteur for key messages
of stakeholders:
- Nasima Akter Khanom, General Secretary, Bangladeshi Migrant Workers Welfare Association (BMWWA)
She is working with Bangladeshi workers in Kuwait and Qatar since 2012.
Thanking you
Mohammad Jahangir Alam
President BMWWA

Sent from my Samsung Galaxy smartphone.
"""
    root = text(body)
    env = {"from": ("Jahangir Alam", "bmwwa.kw@yahoo.com"), "subject": "Nomination of rapporteur",
           "received_at": at(5, 9, 3, 12), "tz": tz(3), "mid": "<1612508550.3391.77bmwwa@smtp.mail.yahoo.com>"}
    label = L("speaker_request", "en", [SP("Nasima Akter Khanom", "General Secretary",
                                           "Bangladeshi Migrant Workers Welfare Association (BMWWA)", ["rapporteur"])],
              notes="origin-country group; name, title, affiliation comma-separated on one dashed line; non-native "
                    "English; sent from an Android phone; the sender (president) is not the speaker")
    return env, root, label


@message
def h29_24():
    fwd = """Bonjour Amina,

Comme convenu, voici notre rapport volontaire. Pourrais-tu le transmettre à l'adresse de la
revue régionale ? Je n'arrive pas à l'envoyer depuis ma messagerie.

Merci,
Saïd Mohamed Abdallah
Président, Union des associations de la diaspora comorienne (UADC)
"""
    body = """Bonjour,

Je vous transfère ci-dessous le message de notre président avec le rapport de l'UADC. Nous
sommes conscients du retard et espérons qu'il pourra tout de même être pris en compte.

Cordialement,
Amina Soilihi
Chargée de communication, UADC

-------- Message transféré --------
Sujet : Rapport volontaire UADC
Date : Tue, 16 Feb 2021 22:48:10 +0100
De : Saïd Mohamed Abdallah <said.abdallah@uadc.example.org>
Pour : Amina Soilihi <amina.soilihi@uadc.example.org>

""" + fwd
    pdf = tiny_pdf(["Union des associations de la diaspora comorienne (UADC)", "Rapport volontaire PMM - fevrier 2021"],
                   "Rapport UADC")
    root = mixed(text(body), attach(pdf, "application/pdf", "Rapport_volontaire_UADC_PMM.pdf"))
    env = {"from": ("Amina Soilihi", "amina.soilihi@uadc.example.org"), "subject": "Fwd: Rapport volontaire UADC",
           "received_at": at(17, 11, 26, 50), "tz": tz(1), "mid": "<b6e1f2a4-08c7-4d39-9e5f-1a2b3c4d5e6f@uadc.example.org>",
           "headers": THUNDERBIRD + ["Content-Language: fr"]}
    label = L("voluntary_report", "fr", reports=["Rapport_volontaire_UADC_PMM.pdf"],
              notes="late (17 February): forwarded by a colleague the morning after; the forwarded inner message is "
                    "dated 16 Feb 22:48 +0100 (on time for the author) but the mailbox received it on the 17th")
    return env, root, label


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    labels = []
    for n, fn in enumerate(MESSAGES, 1):
        name = f"h29-{n:02d}.eml"
        assert fn.__name__ == f"h29_{n:02d}", fn.__name__
        env, root, label = fn()
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(n, env, root))
        rat = env["received_at"]
        on_time = {"speaker_request": rat <= SPEAKER_DEADLINE, "voluntary_report": rat <= REPORT_DEADLINE,
                   "both": rat <= SPEAKER_DEADLINE and rat <= REPORT_DEADLINE}.get(label["category"])
        labels.append({"file": name, "received_at": rat.isoformat(), "category": label["category"],
                       "language": label["language"], "acknowledge": label["acknowledge"], "on_time": on_time,
                       "speakers": label["speakers"], "report_attachments": label["report_attachments"],
                       "thread_of": label["thread_of"], "notes": label["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout29"))
