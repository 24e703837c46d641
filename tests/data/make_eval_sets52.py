#!/usr/bin/env python3
"""Independent evaluation set for gcm-intake: tests/data/holdout52 (24 raw messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets52.py
Written without reading intake/ or rules/.  Each message is one function returning its envelope
metadata, its MIME tree and its expected label (format of /work/shared/corpus/LABELS.md).
"""
import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
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
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
MAILBOX = "gcmrrarabstates@iom.int"
BEIRUT = dt.timezone(dt.timedelta(hours=2))


def tz(h: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=h))


def R(mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(2021, mo, d, h, mi, s, tzinfo=BEIRUT)


def SP(name: str, title: str | None, affiliation: str | None, roles: list[str],
       roundtable: int | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "affiliation": affiliation, "roles": roles, "roundtable": roundtable}


# ----------------------------------------------------------------- attachments
def tiny_pdf(lines: list[str], title: str) -> bytes:
    """One-page PDF (Helvetica, ASCII text) with a correct xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Title ({esc(title)}) /Producer (LibreOffice 6.4) >>").encode("latin-1"),
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
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body = "".join(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr/></w:body></w:document>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return out.getvalue()


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----------------------------------------------------------------- MIME helpers
def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = "qp",
         flowed: bool = False) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte or "")
    part = MIMEText(body.replace("\r\n", "\n"), subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alt(plain: str, html: str, charset: str = "utf-8", cte: str = "qp") -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", charset, cte))
    m.attach(text(html, "html", charset, cte))
    return m


def attach(data: bytes, ctype: str, filename: str, style: str = "2231", disposition: str = "attachment") -> MIMEBase:
    maintype, subtype = ctype.split("/")
    p = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
    if all(ord(c) < 128 for c in filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disposition, filename=filename)
    elif style == "2047":
        enc = Header(filename, "utf-8").encode(maxlinelen=10000)
        p.set_param("name", enc)
        p.add_header("Content-Disposition", disposition, filename=enc)
    else:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", disposition, filename=("utf-8", "", filename))
    return p


def mixed(*parts: Any) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def gmail_html(body: str, rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    blocks = ["<div>{}</div>".format("<br>".join(escape(ln, quote=False) for ln in para.split("\n")))
              for para in body.split("\n\n")]
    return '<div dir="{}">{}</div>\n'.format(d, "<div><br></div>".join(blocks))


def outlook_html(inner: str, lang: str = "EN-US", rtl: bool = False) -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
            'p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style></head>\n'
            '<body lang={} link="#0563C1"{}><div class=WordSection1>\n{}\n</div></body></html>\n'.format(lang, ' dir="RTL"' if rtl else "", inner))


def paras(body: str) -> str:
    return "\n<p class=MsoNormal>&nbsp;</p>\n".join(
        "<p class=MsoNormal>{}</p>".format("<br>\n".join(escape(ln, quote=False) for ln in para.split("\n")))
        for para in body.split("\n\n"))


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in body.split("\n"))


def hdr(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def addr(name: str | None, email: str) -> str:
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "{} <{}>".format(Header(name, "utf-8").encode(linesep="\r\n"), email)


def outlook(lang: str, n: int) -> list[str]:
    return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdcB{n * 53:04d}Wm3xQ8pLr2Ze1tY7kA==",
            "Content-Language: " + lang]


def render(m: dict[str, Any], root: Any) -> bytes:
    domain = m["from_email"].split("@")[1]
    rat = m["received_at"]
    sent = (rat - dt.timedelta(seconds=m.get("lag", 27))).astimezone(m.get("sender_tz", BEIRUT))
    relay = m.get("relay", "mail." + domain)
    h = ["Return-Path: <{}>".format(m["from_email"]), "Delivered-To: " + MAILBOX,
         f"Received: from {relay} ({relay} [203.0.113.{20 + m['n'] * 9}])\r\n"
         f"\tby mx1.iom.int (Postfix) with ESMTPS id 4F{m['n']:02d}Zk52vQ\r\n"
         f"\tfor <{MAILBOX}>; {format_datetime(rat)} (EET)",
         f"Authentication-Results: mx1.iom.int;\r\n\tspf=pass smtp.mailfrom={domain}",
         "From: " + addr(m["from_name"], m["from_email"]),
         "To: " + m.get("to", f"GCM Regional Review Arab States <{MAILBOX}>")]
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h += ["Subject: " + hdr(m["subject"]), "Date: " + format_datetime(sent), "Message-ID: " + m["mid"]]
    if m.get("in_reply_to"):
        h.append("In-Reply-To: " + m["in_reply_to"])
    if m.get("references"):
        h.append("References: " + m["references"])
    h += m.get("extra", [])
    h.append("MIME-Version: 1.0")
    for i, part in enumerate(root.walk()):
        del part["MIME-Version"]
        if part.is_multipart():  # fixed boundaries keep the output byte-for-byte reproducible
            part.set_boundary(f"----=_NextPart_{m['n']:03d}_{i:04d}_01D6F{m['n'] * 7919 % 99991:05X}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(root)
    return ("\r\n".join(h) + "\r\n").encode("ascii") + buf.getvalue()


# ----------------------------------------------------------------- the organisers' call (quoted in replies)
CALL_EN = """Dear colleagues,

IOM, ESCWA and the Regional UN Network on Migration for the Arab region are pleased to invite you to the
Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region:
multi-stakeholder consultation on 23 February 2021 and Regional Review Conference on 24-25 February 2021.

Stakeholders wishing to take the floor are kindly requested to send the name, title and organizational
affiliation of the proposed speaker to gcmrrarabstates@iom.int by Friday 5 February 2021, indicating whether
they wish to (a) take part in the open discussion of the consultation, (b) deliver the key messages of
stakeholders as rapporteur, or (c) make a floor intervention in a plenary session or in one of the four
thematic roundtables.

Voluntary GCM review reports may be sent to the same address until Tuesday 16 February 2021.

Best regards,
GCM Regional Review Secretariat"""

MESSAGES: list[Callable[[], tuple[dict[str, Any], Any, dict[str, Any]]]] = []


def message(fn: Callable[[], tuple[dict[str, Any], Any, dict[str, Any]]]) -> Callable[..., Any]:
    MESSAGES.append(fn)
    return fn


def label(category: str, language: str, speakers: list[dict[str, Any]], notes: str,
          report_attachments: list[str] | None = None, thread_of: str | None = None,
          acknowledge: bool = True) -> dict[str, Any]:
    return dict(category=category, language=language, acknowledge=acknowledge, speakers=speakers,
                report_attachments=report_attachments or [], thread_of=thread_of, notes=notes)


MID19 = "<BY5PR11MB4035A6E9D21C0F2B7D93A4C1E1B29@BY5PR11MB4035.namprd11.prod.outlook.example.com>"
ACK19 = "<ack.20210209T1441.GCM-EN-0117@gcm-intake.iom.int>"


# ================================================================= messages
@message
def h52_01() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Dear GCM Regional Review team,

Further to your invitation, the Djibouti Port and Dock Workers' Union (DPDWU) would like to propose
the following speakers for the Regional Review Conference:

- Ahmed Youssouf Daher (General Secretary, Djibouti Port and Dock Workers' Union) - plenary
- Hodan Ali Robleh (Chair of the Women's Committee, Djibouti Port and Dock Workers' Union) - roundtable 1

Both can speak in English and French. Our union organises around 2,300 dockers and port logistics
workers, a growing share of them migrants from Ethiopia and Yemen working on short-term contracts.

Please do not hesitate to contact me for any additional information.

Best regards,

Mahad Farah Abdillahi
International Relations Officer
DPDWU - Djibouti Port and Dock Workers' Union
Tel: +253 21 35 48 17 | Mob: +253 77 80 12 64

This e-mail and any attachments are confidential and intended solely for the addressee. If you have
received it in error, please notify the sender and delete it."""
    root = alt(plain, outlook_html(paras(plain)))
    meta = dict(from_name="Mahad Farah Abdillahi", from_email="m.abdillahi@dpdwu.example.dj",
                subject="Speakers - DPDWU - GCM Regional Review", received_at=R(1, 28, 10, 14, 22),
                sender_tz=tz(3), mid="<000901d6f56b$2a7c1e90$7f745bb0$@dpdwu.example.dj>", extra=outlook("en-US", 1))
    aff = "Djibouti Port and Dock Workers' Union (DPDWU)"
    return meta, root, label("speaker_request", "en", [
        SP("Ahmed Youssouf Daher", "General Secretary", aff, ["plenary"]),
        SP("Hodan Ali Robleh", "Chair of the Women's Committee", aff, ["roundtable"], 1)],
        "two speakers as 'Name (Title, Organisation) - role' lines; the sender (international relations officer) "
        "is not a speaker; the lines give the union's name without its acronym, the fullest form "
        "'... Union (DPDWU)' is in the intro; early (28 January)")


@message
def h52_02() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """السلام عليكم ورحمة الله،

تحية طيبة،

يسعدنا في جمعية العائدات للتنمية والإدماج أن نعرب عن رغبتنا في المشاركة في النقاش المفتوح
ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير.

ونرشح للمداخلة السيدة ليلى بوعزيزي بصفتها منسقة برنامج الإدماج الاقتصادي للنساء العائدات،
وقد رافقت خلال السنتين الماضيتين أكثر من 180 امرأة عائدة من ليبيا وإيطاليا في ولايات الجنوب التونسي.

مع الشكر والتقدير،
سنية المحجوب
الكاتبة العامة
جمعية العائدات للتنمية والإدماج – قابس، تونس
الهاتف: 216 75 270 418+"""
    root = alt(plain, gmail_html(plain, rtl=True), cte="b64")
    meta = dict(from_name="جمعية العائدات", from_email="assoc.aidat.gabes@gmail.example.com",
                relay="mail-wr1-f54.google.example.com",
                subject="طلب مداخلة في النقاش المفتوح", received_at=R(1, 29, 13, 2, 40), sender_tz=tz(1),
                mid="<CAF7r2Kx0pQwL3bn9ZyT5vE1hGd8sMu4oJc6aR2iW@mail.gmail.com>")
    return meta, root, label("speaker_request", "ar", [
        SP("ليلى بوعزيزي", "منسقة برنامج الإدماج الاقتصادي للنساء العائدات",
           "جمعية العائدات للتنمية والإدماج", ["open_discussion"])],
        "title given after 'بصفتها' in prose; honorific السيدة not part of the name; the speaker's affiliation is "
        "the sender's association (named in the intro and signature, ' – قابس، تونس' is its location); "
        "sender (general secretary) is not the speaker; Gmail base64")


@message
def h52_03() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Madame, Monsieur,

Au nom du Réseau des Associations Guinéennes du Maghreb (RAGM), j'ai l'honneur de vous
transmettre en pièce jointe notre rapport volontaire d'examen du Pacte mondial pour des
migrations sûres, ordonnées et régulières.

Ce rapport collectif a été préparé par les onze associations membres du réseau au Maroc,
en Algérie et en Tunisie, à partir d'ateliers tenus entre octobre et décembre 2020. Il porte
principalement sur les objectifs 4 (documents d'identité), 7 (vulnérabilités) et 15 (accès
aux services de base).

Nous vous remercions de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Mamadou Saliou Barry
Coordinateur régional
Réseau des Associations Guinéennes du Maghreb (RAGM)
Rabat - Maroc
+212 6 61 24 87 03
"""
    pdf = tiny_pdf(["Reseau des Associations Guineennes du Maghreb (RAGM)",
                    "Rapport volontaire d'examen du Pacte mondial sur les migrations",
                    "Rapport collectif - 11 associations membres - janvier 2021",
                    "1. Introduction", "2. Objectif 4 : documents d'identite", "3. Objectif 7", "4. Objectif 15"],
                   "Rapport collectif RAGM")
    root = mixed(text(plain, flowed=True, cte=None),
                 attach(pdf, PDF, "RAGM_Rapport_volontaire_collectif_PMM_2021.pdf"))
    meta = dict(from_name="Mamadou Saliou Barry", from_email="coordination@ragm-reseau.example.org",
                subject="Rapport volontaire collectif du RAGM - Pacte mondial sur les migrations",
                received_at=R(2, 1, 11, 47, 5), sender_tz=tz(1),
                mid="<7b1d0c2e-91f4-2a6b-3e58-0d4c9af61b27@ragm-reseau.example.org>",
                extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                       "Thunderbird/78.7.0", "Content-Language: fr"])
    return meta, root, label("voluntary_report", "fr", [],
                             "collective report of a network (11 member associations) as a PDF; Thunderbird, "
                             "format=flowed 8bit body; the signature title is not a speaker request",
                             ["RAGM_Rapport_volontaire_collectif_PMM_2021.pdf"])


@message
def h52_04() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Hello,

Quick question about the practical arrangements for the 23-25 February meetings. Will the
sessions be held on Zoom or on another platform, and will there be simultaneous interpretation
between Arabic, English and French? Some of our community volunteers only follow in Arabic.

Also, can two colleagues from the same organisation connect with one registration, or does each
person need their own link?

Many thanks,
Rima

Rima Haddad
Programme Officer | Bridges for Domestic Workers
Beirut, Lebanon
+961 1 398 442"""
    root = text(plain, cte="qp")
    meta = dict(from_name="Rima Haddad", from_email="rima.haddad@bridges-dw.example.org",
                subject="Platform and interpretation for 23-25 Feb?", received_at=R(2, 2, 9, 31, 12),
                mid="<20210202073058.5521.49203@bridges-dw.example.org>")
    return meta, root, label("other", "en", [],
                             "logistics question (platform, interpretation, registrations); names and an "
                             "organisation appear but nobody asks to speak")


@message
def h52_05() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Madame, Monsieur,

Le Réseau des Avocates pour les Droits des Migrants (RADEM) souhaite prendre part à la
table ronde thématique n°2 consacrée à la protection des droits humains des migrants
(gestion des frontières, trafic, traite et détention).

Nous proposons que Maître Fatoumata Sangaré, Présidente du RADEM, y intervienne. Avocate au
barreau de Tunis depuis 2009, elle assure la défense de migrants subsahariens en rétention et
coordonne notre permanence juridique gratuite.

Dans l'attente de votre retour, nous vous prions d'agréer nos respectueuses salutations.

Awa Traoré
Chargée de communication
Réseau des Avocates pour les Droits des Migrants (RADEM)
Tél. : +216 98 413 276

-----
Ce courriel est confidentiel. S'il vous a été adressé par erreur, merci d'en informer l'expéditrice
et de le supprimer."""
    root = alt(plain, outlook_html(paras(plain), lang="FR"))
    meta = dict(from_name="RADEM - Communication", from_email="communication@radem.example.tn",
                subject="Proposition d'intervenante - table ronde 2", received_at=R(2, 2, 15, 20, 48),
                sender_tz=tz(1), lag=64, mid="<002b01d6f96c$5e4a2f10$1adf8d30$@radem.example.tn>",
                extra=outlook("fr-FR", 5))
    return meta, root, label("speaker_request", "fr", [
        SP("Fatoumata Sangaré", "Présidente",
           "Réseau des Avocates pour les Droits des Migrants (RADEM)", ["roundtable"], 2)],
        "lawyer introduced as 'Maître' (honorific, not part of the name); title 'Présidente' (written "
        "'Présidente du RADEM', the organisation by its acronym); 'Avocate au barreau de Tunis' is background, not the title; the "
        "sender (communication officer) is not the speaker; 'table ronde thématique n°2'")


@message
def h52_06() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """بسم الله الرحمن الرحيم

الإخوة والأخوات الكرام في أمانة الاستعراض الإقليمي،

السلام عليكم ورحمة الله وبركاته، وبعد،

نود المشاركة بمداخلة في المائدة المستديرة الثالثة الخاصة بالإدماج والتماسك الاجتماعي والحصول
على الخدمات الأساسية، إذ تقدّم مؤسستنا منذ 2015 الإيواء والوجبات والرعاية الصحية الأولية للمهاجرين
العالقين في المدينة، بالتعاون مع الزاوية ومتطوعيها.

وسأتولى المداخلة بنفسي إن تفضلتم بالموافقة.

وجزاكم الله خيرا.

محمد الأمين الطاهري
مدير البرامج الاجتماعية
مؤسسة النور الصوفية للأعمال الخيرية – الدار البيضاء
الهاتف: 212522481937+"""
    root = alt(plain, outlook_html(paras(plain), lang="AR-MA", rtl=True), charset="windows-1256")
    meta = dict(from_name="Mohamed Lamine Tahiri", from_email="m.tahiri@fondation-nour.example.ma",
                subject="مشاركة في المائدة المستديرة الثالثة", received_at=R(2, 2, 18, 5, 33), sender_tz=tz(1),
                mid="<000401d6f982$9b3c6a20$d1b53e60$@fondation-nour.example.ma>", extra=outlook("ar-MA", 6))
    return meta, root, label("speaker_request", "ar", [
        SP("محمد الأمين الطاهري", "مدير البرامج الاجتماعية", "مؤسسة النور الصوفية للأعمال الخيرية",
           ["roundtable"], 3)],
        "the sender proposes himself ('سأتولى المداخلة بنفسي'): name, title and affiliation only in the "
        "signature (' – الدار البيضاء' is the location); roundtable as an ordinal word ('الثالثة'); From display "
        "name in Latin script; windows-1256")


@message
def h52_07() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    html = outlook_html("""<p class=MsoNormal>Dear colleagues,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>UNFPA is happy to contribute to the Regional Review. Please find below the details of our
proposed speaker for the thematic roundtables on 24-25 February:</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
<tr><td width=160 valign=top><p class=MsoNormal><b>Name</b></p></td>
<td width=380 valign=top><p class=MsoNormal>Dr. Mariam Fahmy</p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Title</b></p></td>
<td valign=top><p class=MsoNormal>Project Coordinator, Reproductive Health for Migrant Women Project</p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Organization</b></p></td>
<td valign=top><p class=MsoNormal>United Nations Population Fund (UNFPA)</p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Session</b></p></td>
<td valign=top><p class=MsoNormal>Roundtable 3 &#8211; social inclusion, access to basic services</p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Language</b></p></td>
<td valign=top><p class=MsoNormal>English / Arabic</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Sherif Naguib</b><br>Programme Assistant<br>UNFPA Egypt<br>Cairo<br>T: +20 2 2765 3318</p>""")
    root = text(html, "html", cte="qp")
    meta = dict(from_name="Sherif Naguib", from_email="naguib@unfpa.example.org",
                subject="UNFPA speaker - GCM Regional Review roundtables", received_at=R(2, 3, 10, 40, 7),
                mid="<DB9PR02MB7290E1C4F8A31B6D2C9E5F07A3B10@DB9PR02MB7290.eurprd02.prod.outlook.example.com>",
                extra=outlook("en-US", 7))
    return meta, root, label("speaker_request", "en", [
        SP("Mariam Fahmy", "Project Coordinator, Reproductive Health for Migrant Women Project",
           "United Nations Population Fund (UNFPA)", ["roundtable"], 3)],
        "HTML-only Outlook message with a two-column table (Name/Title/Organization/Session); 'Dr.' not part of "
        "the name; the title cell contains a comma (title plus project name); the signature says only 'UNFPA Egypt'; "
        "sender (programme assistant) is not the speaker")


@message
def h52_08() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Bonjour,

Nous avons bien reçu votre invitation, merci !

L'École de cirque social Les Étoiles du Bouregreg, à Salé, travaille depuis six ans avec des
jeunes marocains et des jeunes migrants d'Afrique de l'Ouest (ateliers d'acrobatie, jonglage,
théâtre). Nous aimerions beaucoup que Inès Kouassi, qui anime l'atelier interculturel, prenne la
parole lors de la discussion ouverte de la consultation du 23 février pour témoigner de cette
expérience.

Bien cordialement,

Youssef Benjelloun
Les Étoiles du Bouregreg
06 62 17 48 90"""
    root = alt(plain, gmail_html(plain))
    meta = dict(from_name="Youssef Benjelloun", from_email="etoilesdubouregreg@gmail.example.com",
                relay="mail-ej1-f41.google.example.com", subject="Participation discussion ouverte 23 février",
                received_at=R(2, 3, 12, 55, 30), sender_tz=tz(1),
                mid="<CAM3pZ8w1vRk5JxQ0nT7cBy2LdH4sFe9uGa6oKi1m@mail.gmail.com>")
    return meta, root, label("speaker_request", "fr", [
        SP("Inès Kouassi", None, "École de cirque social Les Étoiles du Bouregreg", ["open_discussion"])],
        "no title given for the nominee ('qui anime l'atelier interculturel' is a description, not a title): "
        "title null; the organisation's full name is only in prose ('à Salé' is its location); the signature has "
        "the short form 'Les Étoiles du Bouregreg'; sender is not the speaker")


@message
def h52_09() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """السادة المحترمون في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

يسرّ معهد الديموغرافيا والدراسات السكانية بجامعة الساحل أن يرفق لكم تقريره الطوعي حول تنفيذ
الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي يستند إلى نتائج المسح الوطني للهجرة
الدولية 2019-2020 وإلى تحليل بيانات الإقامة والعمل.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام،

أ.د. عبد الرزاق المكّي
مدير المعهد
معهد الديموغرافيا والدراسات السكانية – جامعة الساحل
"""
    fname = "التقرير الطوعي - معهد الديموغرافيا 2021.docx"
    docx = tiny_docx(["التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة",
                      "معهد الديموغرافيا والدراسات السكانية", "1. المنهجية", "2. النتائج الرئيسية",
                      "3. التوصيات"], rtl=True)
    root = mixed(alt(plain, outlook_html(paras(plain), lang="AR-SA", rtl=True)), attach(docx, DOCX, fname, "2047"))
    meta = dict(from_name="عبد الرزاق المكي", from_email="idep.director@u-sahel.example.edu",
                subject="التقرير الطوعي لمعهد الديموغرافيا والدراسات السكانية", received_at=R(2, 3, 16, 30, 3),
                sender_tz=tz(1), mid="<002c01d6fa3d$11e8a5b0$35b9f110$@u-sahel.example.edu>",
                extra=outlook("ar-SA", 9))
    return meta, root, label("voluntary_report", "ar", [],
                             "university institute's report as a DOCX with an Arabic file name (RFC 2047 encoded "
                             "word inside the quoted name/filename parameters, Outlook style); the director's "
                             "signature is not a speaker request", [fname])


@message
def h52_10() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Dear Secretariat,

Thank you for the invitation. The Pakistan Community Welfare Forum (PCWF) in Bahrain would like to
nominate our Vice President, Mr. Imran Qureshi, to deliver the key messages of stakeholders as
rapporteur at the consultation on 23 February. He chaired the migrant workers' caucus of last
year's national dialogue and is comfortable in English and Urdu, with some Arabic.

Warm regards,
Sadia Rehman
General Secretary, PCWF
+973 3944 1207

On Tue, 26 Jan 2021 at 14:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + quote(CALL_EN)
    root = alt(plain, gmail_html(plain))
    meta = dict(from_name="Sadia Rehman", from_email="pcwf.bahrain@gmail.example.com",
                relay="mail-pj1-f66.google.example.com",
                subject="Re: Invitation - Regional Review of the GCM in the Arab region (23-25 February 2021)",
                received_at=R(2, 4, 8, 50, 16), sender_tz=tz(3),
                mid="<CAOq4nR7zXt2Kb8mY1wL0dVf5Hs9pEj3uTc6aQ@mail.gmail.com>",
                in_reply_to="<DB8PR04MB7715C2A9E0F14B3D6A8E1F20B4D20@DB8PR04MB7715.eurprd04.prod.outlook.example.com>",
                references="<DB8PR04MB7715C2A9E0F14B3D6A8E1F20B4D20@DB8PR04MB7715.eurprd04.prod.outlook.example.com>")
    return meta, root, label("speaker_request", "en", [
        SP("Imran Qureshi", "Vice President", "Pakistan Community Welfare Forum (PCWF)", ["rapporteur"])],
        "reply to the organisers' call, quoted with '>' (the quote lists every role and the report deadline); "
        "nominates someone else; 'Mr.' not part of the name; 'in Bahrain' is the location; the sender's own "
        "title (General Secretary) is in her signature")


@message
def h52_11() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association des Camerounais Solidaires du Maroc
(ACSM) sur la mise en oeuvre du Pacte mondial pour les migrations, en particulier sur l'accès à la
régularisation et au travail décent des ressortissants d'Afrique centrale au Maroc.

Par ailleurs, notre président, M. Jean-Claude Mbarga Essomba, souhaiterait faire une intervention
lors d'une séance plénière de la conférence (24 ou 25 février).

Nom : Jean-Claude Mbarga Essomba
Fonction : Président
Organisation : Association des Camerounais Solidaires du Maroc (ACSM)

Nous restons disponibles pour tout complément d'information.

Cordialement,

Brigitte Ngo Nlend
Secrétaire générale - ACSM
Casablanca
+212 6 70 33 91 58"""
    pdf = tiny_pdf(["Association des Camerounais Solidaires du Maroc (ACSM)",
                    "Rapport volontaire - Pacte mondial pour les migrations", "Fevrier 2021",
                    "Regularisation, travail decent, acces aux soins"], "Rapport ACSM PMM")
    root = mixed(alt(plain, gmail_html(plain)), attach(pdf, PDF, "Rapport ACSM - Pacte mondial 2021.pdf"))
    meta = dict(from_name="Brigitte Ngo Nlend", from_email="acsm.secretariat@gmail.example.com",
                relay="mail-wm1-f47.google.example.com",
                subject="Rapport volontaire ACSM + demande d'intervention en plénière",
                received_at=R(2, 4, 11, 15, 44), sender_tz=tz(1),
                mid="<CAN1cE5v8qTy3Lw7KjZ0pRf2Mh6sBd9oXu4aGi@mail.gmail.com>")
    return meta, root, label("both", "fr", [
        SP("Jean-Claude Mbarga Essomba", "Président", "Association des Camerounais Solidaires du Maroc (ACSM)",
           ["plenary"])],
        "report (PDF with spaces in the file name) and a plenary request in one message, both on time; labelled "
        "'Nom / Fonction / Organisation' lines with a space before the colon; 'du Maroc' is part of the name",
        ["Rapport ACSM - Pacte mondial 2021.pdf"])


@message
def h52_12() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """مرحبا،

أنا سلوى الإدريسي، مؤسِّسة موقع "صوت العابرين" للصحافة المواطنة، وهو منصة ينشر فيها مهاجرون
ومهاجرات قصصهم بأنفسهم بالعربية والفرنسية منذ 2018.

أرغب في الترشح لدور المقرِّرة التي تقدّم الرسائل الرئيسية لأصحاب المصلحة في ختام المشاورة يوم
23 فبراير، فقد غطّى فريقنا المشاورات الوطنية الثلاث الأخيرة ولدينا خبرة في تلخيص النقاشات.

شكراً جزيلاً،
سلوى
"""
    root = text(plain, cte="b64")
    meta = dict(from_name="Salwa Idrissi", from_email="salwa.idrissi@sawt-alabirin.example.net",
                subject="ترشح لدور المقرر", received_at=R(2, 4, 14, 2, 9), sender_tz=tz(1),
                mid="<a41f0c7e-2b93-4d15-8e6a-c37d90b4f128@sawt-alabirin.example.net>",
                extra=["User-Agent: Roundcube Webmail/1.4.10"])
    return meta, root, label("speaker_request", "ar", [
        SP("سلوى الإدريسي", "مؤسِّسة", "موقع \"صوت العابرين\" للصحافة المواطنة", ["rapporteur"])],
        "self-nomination in first-person prose, no signature block; the only title is 'مؤسِّسة' (founder, with a "
        "shadda); affiliation is a citizen-journalism site written with its quotation marks; role described "
        "rather than named ('المقرِّرة التي تقدّم الرسائل الرئيسية')")


@message
def h52_13() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Dear colleagues,

OHCHR would like to propose Ms. Rania Saadeh, Human Rights Officer (Migration), to take the floor
in Roundtable 2 on the human rights of migrants (border governance, smuggling, trafficking and
detention). She follows immigration detention and returns across the region.

Happy to share a short bio if useful.

Best,
Tomas

Tomas Lindqvist
Associate Human Rights Officer
OHCHR
Tel. +961 1 978 215"""
    root = alt(plain, outlook_html(paras(plain)))
    meta = dict(from_name="Tomas Lindqvist", from_email="tomas.lindqvist@ohchr.example.org",
                subject="OHCHR speaker for Roundtable 2", received_at=R(2, 4, 17, 33, 51),
                mid="<AM6PR10MB2246B8D0E3C14F7A59D2C6E1F9A40@AM6PR10MB2246.eurprd10.prod.outlook.example.com>",
                extra=outlook("en-GB", 13))
    return meta, root, label("speaker_request", "en", [
        SP("Rania Saadeh", "Human Rights Officer (Migration)", "OHCHR", ["roundtable"], 2)],
        "the organisation is written only as its acronym 'OHCHR' (no expansion anywhere); a UN entity "
        "nominating a staff member; title contains parentheses; the sender's title in the signature is not the "
        "speaker's")


@message
def h52_14() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """السلام عليكم
نرغب بالمشاركة في المائدة المستديرة الأولى
المتحدث: خالد العنزي - أمين السر - رابطة السائقين الوافدين
شكرا

أُرسلت من الـ iPhone"""
    root = text(plain, cte="b64")
    meta = dict(from_name="خالد", from_email="khaled.anazi77@icloud.example.com",
                relay="st43p00im-zteg10063401.me.example.com", subject="مشاركة",
                received_at=R(2, 5, 9, 12, 4), sender_tz=tz(3), lag=41,
                mid="<6C2E9A71-3F0B-4D84-B5A2-8E1D47C09F36@icloud.example.com>",
                extra=["X-Mailer: iPhone Mail (18C66)"])
    return meta, root, label("speaker_request", "ar", [
        SP("خالد العنزي", "أمين السر", "رابطة السائقين الوافدين", ["roundtable"], 1)],
        "short message written on a phone: one dash-separated line 'Name - Title - Organisation', one-word "
        "subject, Arabic 'Sent from my iPhone'; roundtable as an ordinal word ('الأولى')")


@message
def h52_15() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Hi, please see below - we'd like Dr. Sahra for roundtable 4. Thanks!

Abdirahman

-----Original Message-----
From: Sahra Abdi Warsame <s.warsame@hamyn.example.org>
Sent: Thursday, February 4, 2021 9:47 PM
To: Abdirahman Osman <a.osman@hamyn.example.org>
Subject: RE: GCM review - who speaks?

Yes I can do it, data and evidence-based policy is exactly my area. For the form:
Sahra Abdi Warsame, Research and Data Lead, Horn of Africa Migrant Youth Network (HAMYN).
Can you send it to the IOM address tomorrow? I'm travelling to Hargeisa in the morning.

Sahra

-----Original Message-----
From: Abdirahman Osman <a.osman@hamyn.example.org>
Sent: Thursday, February 4, 2021 6:15 PM
To: Sahra Abdi Warsame <s.warsame@hamyn.example.org>
Subject: GCM review - who speaks?

Sahra, the deadline for the speakers at the Arab States GCM review is Friday. Would you take
the roundtable on data (RT4)? They need name, title and affiliation. If not, I'll ask Faisal.

Abdirahman Osman
Executive Coordinator
Horn of Africa Migrant Youth Network (HAMYN)
Cairo | +20 100 482 7715"""
    root = alt(plain, outlook_html(paras(plain)))
    meta = dict(from_name="Abdirahman Osman", from_email="a.osman@hamyn.example.org",
                subject="FW: GCM review - who speaks?", received_at=R(2, 5, 13, 48, 26),
                mid="<VI1PR03MB4511F02C7D9B38E1A6D4C2B0E8F31@VI1PR03MB4511.eurprd03.prod.outlook.example.com>",
                references="<VI1PR03MB4511A6B3C0E2D9F14B7C8E5D2A710@VI1PR03MB4511.eurprd03.prod.outlook.example.com>",
                extra=outlook("en-US", 15))
    return meta, root, label("speaker_request", "en", [
        SP("Sahra Abdi Warsame", "Research and Data Lead", "Horn of Africa Migrant Youth Network (HAMYN)",
           ["roundtable"], 4)],
        "body is mostly a forwarded internal exchange (Outlook '-----Original Message-----' blocks, not "
        "'>'-quoted) under a one-line request on top; the speaker's details are in the quoted reply, the "
        "quoted signature is the sender's own (Executive Coordinator, not the speaker); 'Dr.' only in the top "
        "line; 'RT4' and 'roundtable 4' both appear")


@message
def h52_16() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    fwd = """Madame, Monsieur,

Le Conseil régional de Médenine souhaite participer à la table ronde n°4 (données, politiques
fondées sur des éléments probants et coopération internationale) de la Conférence d'examen régional.

Intervenant proposé : M. Habib Zouari, Vice-président chargé de la coopération décentralisée
et de la mobilité, Conseil régional de Médenine.

Le Conseil régional coordonne depuis 2019 un observatoire local des mobilités avec les communes
frontalières et plusieurs universités partenaires.

Avec mes salutations distinguées,

Habib Zouari
Vice-président
Conseil régional de Médenine"""
    plain = """Bonsoir,

Je vous transfère ci-dessous la demande de M. le Vice-président, qui n'a pas pu vous l'envoyer
directement (problème de messagerie).

Bien cordialement,
Olfa Gharbi
Assistante de direction - Conseil régional de Médenine

-------- Message transféré --------
Sujet : Demande d'intervention - table ronde 4
Date : Fri, 5 Feb 2021 18:02:11 +0100
De : Habib Zouari <h.zouari.crm@gmail.example.com>
Pour : Olfa Gharbi <o.gharbi@cr-medenine.example.tn>

""" + fwd
    root = text(plain, cte=None, flowed=True)
    meta = dict(from_name="Olfa Gharbi", from_email="o.gharbi@cr-medenine.example.tn",
                subject="Fwd: Demande d'intervention - table ronde 4", received_at=R(2, 5, 21, 10, 2),
                sender_tz=tz(1), mid="<5e0a7c13-d2b8-6f41-9a37-b1c04e2d8f65@cr-medenine.example.tn>",
                extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"])
    return meta, root, label("speaker_request", "fr", [
        SP("Habib Zouari", "Vice-président chargé de la coopération décentralisée et de la mobilité",
           "Conseil régional de Médenine", ["roundtable"], 4)],
        "forwarded by an assistant (Thunderbird 'Message transféré' block, not quoted with '>'); the speaker is "
        "the author of the forwarded text; full title in the prose line, short 'Vice-président' in his "
        "signature; 'de Médenine' is part of the council's name; on time (21:10 on 5 February)")


@message
def h52_17() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    html = outlook_html("""<p class=MsoNormal dir=RTL>السادة أمانة الاستعراض الإقليمي المحترمين،</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>نعتذر عن التأخير بسبب انقطاع الإنترنت في مكتبنا خلال الأيام الماضية. نرجو التكرم بقبول ترشيح
المتحدثين التاليين باسم رابطة الجالية الصومالية للتنمية في مصر:</p>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<table class=MsoTableGrid dir=RTL border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr><td><p class=MsoNormal><b>الاسم</b></p></td><td><p class=MsoNormal><b>الصفة</b></p></td>
<td><p class=MsoNormal><b>الجهة</b></p></td><td><p class=MsoNormal><b>المشاركة المطلوبة</b></p></td></tr>
<tr><td><p class=MsoNormal>فاطمة حسن جامع</p></td><td><p class=MsoNormal>رئيسة الرابطة</p></td>
<td><p class=MsoNormal>رابطة الجالية الصومالية للتنمية في مصر</p></td>
<td><p class=MsoNormal>النقاش المفتوح في المشاورة</p></td></tr>
<tr><td><p class=MsoNormal>د. عبد القادر محمود نور</p></td><td><p class=MsoNormal>باحث مستقل في شؤون اللجوء</p></td>
<td><p class=MsoNormal>&nbsp;</p></td>
<td><p class=MsoNormal>المائدة المستديرة الثانية</p></td></tr>
</table>
<p class=MsoNormal dir=RTL>&nbsp;</p>
<p class=MsoNormal dir=RTL>مع خالص الشكر،</p>
<p class=MsoNormal dir=RTL>أحمد يوسف شيخ<br>منسق المشاريع<br>رابطة الجالية الصومالية للتنمية في مصر<br>الجيزة – 01012839476</p>""",
                        lang="AR-EG", rtl=True)
    plain = """السادة أمانة الاستعراض الإقليمي المحترمين،

نعتذر عن التأخير بسبب انقطاع الإنترنت في مكتبنا خلال الأيام الماضية. نرجو التكرم بقبول ترشيح
المتحدثين التاليين باسم رابطة الجالية الصومالية للتنمية في مصر:

الاسم\tالصفة\tالجهة\tالمشاركة المطلوبة
فاطمة حسن جامع\tرئيسة الرابطة\tرابطة الجالية الصومالية للتنمية في مصر\tالنقاش المفتوح في المشاورة
د. عبد القادر محمود نور\tباحث مستقل في شؤون اللجوء\t\tالمائدة المستديرة الثانية

مع خالص الشكر،
أحمد يوسف شيخ
منسق المشاريع
رابطة الجالية الصومالية للتنمية في مصر
الجيزة – 01012839476"""
    root = alt(plain, html)
    meta = dict(from_name="Ahmed Youssef Sheikh", from_email="projects@somali-dev-egypt.example.org",
                subject="ترشيح متحدثين - رابطة الجالية الصومالية", received_at=R(2, 6, 9, 20, 37),
                mid="<001e01d6fc51$0a7e3c40$1f7ab4c0$@somali-dev-egypt.example.org>", extra=outlook("ar-EG", 17))
    return meta, root, label("speaker_request", "ar", [
        SP("فاطمة حسن جامع", "رئيسة الرابطة", "رابطة الجالية الصومالية للتنمية في مصر", ["open_discussion"]),
        SP("عبد القادر محمود نور", "باحث مستقل في شؤون اللجوء", None, ["roundtable"], 2)],
        "late (6 February, apologises for the delay); two speakers in an HTML table (tab-separated rows in the "
        "plain part); the second speaker is an independent researcher with an empty organisation cell: "
        "affiliation null (not the sender's association); 'د.' not part of the name; 'في مصر' is part of the name")


@message
def h52_18() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Bonjour Madame, Monsieur,

Je sais que la date limite pour les demandes d'intervention était vendredi dernier, mais nous
n'avons reçu l'invitation que ce week-end par un partenaire. Si cela est encore possible,
l'Association des Ivoiriens Actifs en Tunisie (AIAT) souhaiterait être représentée par
Mme Adjoua Rosine Kouamé, Trésorière de l'association, lors de la discussion ouverte du 23 février
et, si possible, à la table ronde 2 sur la protection des droits.

Mme Kouamé accompagne depuis 2017 les travailleuses domestiques ivoiriennes confrontées à la
confiscation de leur passeport.

Merci d'avance pour votre compréhension.

Konan Serge Yao
Président de l'AIAT
+216 55 602 318

Envoyé de mon Samsung Galaxy"""
    root = alt(plain, "<div dir=\"auto\">{}</div>\n".format("<br>".join(escape(ln, quote=False) for ln in plain.split("\n"))))
    meta = dict(from_name="Serge Yao", from_email="aiat.tunisie@yahoo.example.fr",
                relay="sonic302-21.consmr.mail.ir2.yahoo.example.com",
                subject="Demande tardive - intervention AIAT", received_at=R(2, 8, 10, 5, 55), sender_tz=tz(1),
                mid="<1384920571.2210457.1612775125401@mail.yahoo.example.com>",
                extra=["X-Mailer: WebService/1.1.17648 YMailNorrin"])
    return meta, root, label("speaker_request", "fr", [
        SP("Adjoua Rosine Kouamé", "Trésorière", "Association des Ivoiriens Actifs en Tunisie (AIAT)",
           ["open_discussion", "roundtable"], 2)],
        "late (8 February) and says so; one speaker, two roles (open discussion and roundtable 2); 'Mme' not part "
        "of the name; title 'Trésorière' (written 'Trésorière de l'association'); 'en Tunisie' is part of "
        "the name; sender (president) is not the speaker; sent from a phone via Yahoo")


@message
def h52_19() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Dear GCM Review Secretariat,

Please find attached the voluntary GCM review report of the Afghan Migrant Workers Support Network
(AMWSN). The report looks at recruitment costs, wage theft and access to consular services for
Afghan workers in the Gulf, drawing on case files from our helpline (2019-2020).

We would be grateful for a confirmation of receipt.

Kind regards,

Farid Ahmadzai
Programme Manager
Afghan Migrant Workers Support Network (AMWSN)
Sharjah, UAE | +971 50 338 2194

DISCLAIMER: This message may contain confidential information. If you are not the intended recipient,
please delete it and notify the sender."""
    pdf = tiny_pdf(["Afghan Migrant Workers Support Network (AMWSN)", "Voluntary GCM Review Report",
                    "February 2021", "1. Recruitment costs", "2. Wage theft", "3. Consular assistance"],
                   "AMWSN Voluntary GCM Review Report")
    root = mixed(alt(plain, outlook_html(paras(plain))),
                 attach(pdf, "application/octet-stream", "AMWSN_Voluntary_GCM_Review_Report_Feb2021.pdf"))
    meta = dict(from_name="Farid Ahmadzai", from_email="farid.ahmadzai@amwsn.example.org",
                subject="AMWSN - Voluntary GCM Review Report", received_at=R(2, 9, 14, 40, 18), sender_tz=tz(4),
                lag=52, mid=MID19, extra=outlook("en-US", 19))
    return meta, root, label("voluntary_report", "en", [],
                             "report PDF sent as application/octet-stream (the file name ends in .pdf); the "
                             "sender's title in the signature is not a speaker request; disclaimer",
                             ["AMWSN_Voluntary_GCM_Review_Report_Feb2021.pdf"])


@message
def h52_20() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """السادة المنظمون المحترمون،

تحية طيبة وبعد،

بالإشارة إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، نرجو التكرم
بتزويدنا بجدول الأعمال المفصّل للمشاورة (23 فبراير) والمؤتمر (24-25 فبراير)، مع أسماء المتحدثين
في الجلسات العامة إن أمكن، وذلك لتحديد الزملاء الذين سيتابعون كل جلسة من الإدارة.

وتفضلوا بقبول فائق الاحترام،

مريم عبد الله الكوهجي
رئيسة قسم التعاون الدولي
إدارة شؤون العمالة الوافدة
هاتف: 17 58 63 29 973+

يحتوي هذا البريد الإلكتروني على معلومات سرية، فإذا وصلك عن طريق الخطأ يرجى إبلاغ المرسل وحذفه."""
    root = alt(plain, outlook_html(paras(plain), lang="AR-BH", rtl=True))
    meta = dict(from_name="Maryam A. Alkoheji", from_email="m.alkoheji@labour-affairs.example.bh",
                subject="طلب جدول الأعمال - الاستعراض الإقليمي", received_at=R(2, 10, 11, 0, 41), sender_tz=tz(3),
                mid="<3F8A1C0D5B7E4A2F9C6D@EXCH02.labour-affairs.example.bh>", extra=outlook("ar-BH", 20))
    return meta, root, label("other", "ar", [],
                             "request for the agenda from a government department; mentions 'أسماء المتحدثين' "
                             "and plenary sessions but proposes nobody; sender's title in the signature")


@message
def h52_21() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Bonjour,

Je suis membre de la Coordination des Guinéens de l'extérieur pour le développement et j'ai été
invitée par notre réseau à suivre la conférence des 24 et 25 février. Je réside à Abidjan.
Si la conférence se tient en présentiel à Beyrouth, est-ce que votre bureau peut fournir une
lettre d'invitation pour la demande de visa libanais ? Ou bien tout se passe en ligne ?

Merci de votre réponse.

Mariama Camara"""
    root = text(plain, cte="qp")
    meta = dict(from_name="Mariama Camara", from_email="mariama.camara88@outlook.example.fr",
                relay="EUR05-VI1-obe.outbound.protection.outlook.example.com",
                subject="Question visa pour la conférence", received_at=R(2, 11, 10, 25, 3), sender_tz=tz(0),
                mid="<PR3P193MB0743A91E6D2C4B1F8E0A7D3C9B2E1@PR3P193MB0743.EURP193.PROD.OUTLOOK.example.com>")
    return meta, root, label("other", "fr", [],
                             "visa / invitation letter question from an individual; organisation named in prose "
                             "but no speaking role or report")


@message
def h52_22() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Thank you, well received.

Best,
Farid

Sent from my iPhone

> On 9 Feb 2021, at 16:41, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Farid Ahmadzai,
>
> We confirm receipt of your voluntary GCM review report
> (AMWSN_Voluntary_GCM_Review_Report_Feb2021.pdf), received on 9 February 2021.
>
> GCM Regional Review Secretariat"""
    root = text(plain, cte="qp")
    meta = dict(from_name="Farid Ahmadzai", from_email="farid.ahmadzai@amwsn.example.org",
                subject="Re: Acknowledgement of receipt - voluntary GCM review report",
                received_at=R(2, 12, 9, 3, 16), sender_tz=tz(4), lag=38,
                mid="<E2B94C17-5A0F-4E3D-8C61-7F9A2D05B3E8@amwsn.example.org>",
                in_reply_to=ACK19, references=MID19 + "\r\n " + ACK19,
                extra=["X-Mailer: iPhone Mail (18D52)"])
    return meta, root, label("other", "en", [],
                             "thank-you reply to our acknowledgement that adds nothing new: do not acknowledge; "
                             "quotes our acknowledgement, which names the report file; follows up h52-19",
                             thread_of="h52-19.eml", acknowledge=False)


@message
def h52_23() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """حضرات المسؤولين في أمانة الاستعراض الإقليمي،

مرفق تقرير منظمة "درب" لحقوق العاملات في الخدمة المنزلية حول تنفيذ الاتفاق العالمي من أجل الهجرة
في لبنان، ويغطي الفترة 2019-2020 بما فيها أثر انفجار مرفأ بيروت والأزمة الاقتصادية على العاملات
المهاجرات.

مع الشكر،
جنى خوري
منسقة الأبحاث – منظمة درب
76 412 903 961+"""
    fname = "تقرير درب - الاتفاق العالمي للهجرة.pdf"
    pdf = tiny_pdf(["Darb - Domestic Workers' Rights", "Voluntary GCM review report - Lebanon 2019-2020"],
                   "Darb GCM report")
    root = mixed(alt(plain, gmail_html(plain, rtl=True), cte="b64"), attach(pdf, PDF, fname))
    meta = dict(from_name="Jana Khoury", from_email="research@darb-lb.example.org",
                relay="mail-lf1-f52.google.example.com", subject="تقرير طوعي - منظمة درب",
                received_at=R(2, 15, 19, 45, 9), mid="<CAKp9dW3mT0xYr5Nz7Lq1bV2Jf8gHc4sEo6uZa@mail.gmail.com>")
    return meta, root, label("voluntary_report", "ar", [],
                             "report as a PDF with an Arabic file name (RFC 2231 filename*), sent the day before "
                             "the report deadline; organisation name in quotation marks", [fname])


@message
def h52_24() -> tuple[dict[str, Any], Any, dict[str, Any]]:
    plain = """Madame, Monsieur,

Avec nos excuses pour ce retard, indépendant de notre volonté (panne de notre serveur), veuillez
trouver ci-joint la contribution de la Coopérative Saveurs Partagées au processus d'examen régional
du Pacte mondial. Notre coopérative de restauration est gérée par onze migrants et migrantes
originaires de Côte d'Ivoire, de Guinée et du Cameroun installés à Sfax.

Le document présente notre expérience d'insertion économique et nos recommandations sur l'accès
au statut d'auto-entrepreneur pour les personnes étrangères.

Bien à vous,

Nadège Tchoumi
Gérante
Coopérative Saveurs Partagées
Tél. : +216 29 447 105"""
    docx = tiny_docx(["Coopérative Saveurs Partagées", "Contribution à l'examen régional du Pacte mondial",
                      "1. Présentation de la coopérative", "2. Obstacles rencontrés", "3. Recommandations"])
    fname = "Contribution_Saveurs_Partagées_PMM.docx"
    root = mixed(alt(plain, outlook_html(paras(plain), lang="FR")), attach(docx, DOCX, fname))
    meta = dict(from_name="Nadège Tchoumi", from_email="contact@saveurs-partagees.example.tn",
                subject="Contribution - examen régional Pacte mondial (envoi tardif)",
                received_at=R(2, 17, 10, 12, 30), sender_tz=tz(1),
                mid="<001701d7051c$4ab2e9d0$e018bd70$@saveurs-partagees.example.tn>", extra=outlook("fr-FR", 24))
    return meta, root, label("voluntary_report", "fr", [],
                             "late (17 February) and says so; the report is called a 'contribution'; DOCX built "
                             "with an accented file name (RFC 2231); migrant-run restaurant cooperative",
                             [fname])


# ----------------------------------------------------------------- writer
def build(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(folder, f))
    sd, rd = R(2, 5, 23, 59, 59), R(2, 16, 23, 59, 59)
    labels = []
    for i, fn in enumerate(MESSAGES, 1):
        meta, root, lab = fn()
        name = f"h52-{i:02d}.eml"
        assert fn.__name__ == f"h52_{i:02d}", fn.__name__
        meta["n"] = i
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(render(meta, root))
        rat = meta["received_at"]
        cat = lab["category"]
        on_time = {"speaker_request": rat <= sd, "voluntary_report": rat <= rd,
                   "both": rat <= sd and rat <= rd}.get(cat)
        labels.append({"file": name, "received_at": rat.isoformat(), "category": cat, "language": lab["language"],
                       "acknowledge": lab["acknowledge"], "on_time": on_time, "speakers": lab["speakers"],
                       "report_attachments": lab["report_attachments"], "thread_of": lab["thread_of"],
                       "notes": lab["notes"]})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    build(os.path.join(HERE, "holdout52"))
