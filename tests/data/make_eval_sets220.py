#!/usr/bin/env python3
"""Write the blind evaluation set holdout220 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets220.py
Theme: mistakes and corrections (2-16 February 2021).  A French report sent with the wrong file and put right
seven minutes later with an ODT, a speaker's surname mistyped and corrected in a second Arabic mail, a report
whose PDF arrived empty and was re-sent from a phone, a password-protected PDF whose password follows in another
mail, an RTF report, a roundtable changed in a reply, a roundtable corrected in a postscript of the same mail, a
message with only a subject line (and its file), Outlook signatures made of images, a request first sent to an
IOM colleague and forwarded by her, an Arabic request sent twice (the second copy after the deadline with one
title changed), an out-of-office and a bounce answering our acknowledgements.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, esc)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(220)
add = SET.add
H = "h220-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"
ODT = "application/vnd.oasis.opendocument.text"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- small file makers of this set
def make_odt(paragraphs):
    """A tiny valid ODT (mimetype stored first, content.xml, manifest), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>'
               + "".join("<text:p>%s</text:p>" % x(p) for p in paragraphs)
               + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % ODT)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in (("mimetype", ODT, zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 2, 18, 30, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_rtf(paragraphs):
    """A small RTF file; non-ASCII characters written as \\uN? escapes, as Word does."""
    out = [r"{\rtf1\ansi\ansicpg1256\deff0{\fonttbl{\f0\fnil\fcharset178 Arial;}}\viewkind4\uc1\pard\rtlpar\f0\fs24 "]
    for p in paragraphs:
        s = ""
        for ch in p:
            if ord(ch) < 128:
                s += ch.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
            else:
                s += "\\u%d?" % ord(ch)
        out.append(s + r"\par" + "\r\n")
    out.append("}\r\n")
    return "".join(out).encode("ascii")


def make_locked_pdf(lines):
    """A one-page PDF whose trailer carries a Standard security handler (opening it asks for a password)."""
    data = make_pdf(lines)
    enc = (b" /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904"
           b" /O <6b1f0a9c33d2e57a8840c1f2d3e4b5a69788a9bacbdcedfe0f10213243546576>"
           b" /U <1a2b3c4d5e6f708192a3b4c5d6e7f8090a1b2c3d4e5f60718293a4b5c6d7e8f9> >>"
           b" /ID [<4f2a9c0e7b1d3a5c8e6f0b2d4a6c8e1f><4f2a9c0e7b1d3a5c8e6f0b2d4a6c8e1f>]")
    return data.replace(b"/Root 1 0 R >>", b"/Root 1 0 R" + enc + b" >>")


def make_xlsx_stub():
    """Not a report: a minimal zip standing in for a spreadsheet someone attached by mistake."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2021, 1, 29, 8, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, b'<?xml version="1.0"?><worksheet><sheetData><row><c t="inlineStr"><is><t>Travel claims '
                       b'January</t></is></c></row></sheetData></worksheet>')
    return buf.getvalue()


def outlook_html(text, imgs, lang="EN-US", rtl=False):
    """Outlook's HTML: one MsoNormal paragraph per block, then the signature images by cid."""
    d = ' dir="rtl"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, esc(p).replace("\n", "<br>\n"))
                    for p in text.strip("\n").split("\n\n"))
    pics = "".join('<img width="%d" height="%d" id="Picture_%d" src="cid:%s" alt="%s">'
                   % (w, h, k, cid, alt_) for k, (cid, w, h, alt_) in enumerate(imgs, 1))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="%s" link="#0563C1">'
            '<div class="WordSection1">%s<p class="MsoNormal">%s</p></div></body></html>\n' % (lang, paras, pics))


# ================================================================ 01  EN  speaker  Outlook, signature of images, roundtable 2
M01_ID = "<AM6PR08MB43121F0E7D2C9B84@AM6PR08MB4312.eurprd08.prod.outlook.example.com>"
M01_SUBJ = "Request for floor intervention - Roundtable 2 - MRH"
M01_TEXT = """Dear Secretariat,

Further to the invitation letter, the Migrant Rights Hub would like to request a floor intervention in the second thematic roundtable on 24-25 February.

Our proposed speaker:
Name: Tariq Jaber
Title: Policy Officer
Organisation: Migrant Rights Hub (MRH) - Amman, Jordan

Thanks a lot and looking forward to hearing from you.

Kind regards,

Tariq Jaber
Policy Officer
"""


def m01():
    when = at("2021-02-02 10:14:33")
    imgs = [("image001.png@01D6F93B.6A1C2E40", 160, 48, "MRH logo"),
            ("image002.png@01D6F93B.6A1C2E40", 16, 16, "Facebook"),
            ("image003.png@01D6F93B.6A1C2E40", 16, 16, "Twitter"),
            ("image004.png@01D6F93B.6A1C2E40", 16, 16, "LinkedIn"),
            ("image005.jpg@01D6F93B.6A1C2E40", 400, 60, "Banner: Rights have no borders")]
    html = outlook_html(M01_TEXT, imgs)
    parts = [leaf("text/html", html)]
    colours = [(200, 40, 30), (59, 89, 152), (29, 161, 242), (0, 119, 181), (240, 240, 240)]
    for (cid, _w, _h, _a), rgb in zip(imgs, colours):
        parts.append(logo(cid, rgb, name=cid.split("@")[0]))
    rel = multi("related", parts, "_004_AM6PR08MB43121F0E7D2C9B84_", params=[("type", '"text/html"')])
    plain = M01_TEXT + "\n[MRH logo]\n[Facebook] [Twitter] [LinkedIn]\n[Banner: Rights have no borders]\n"
    body = multi("alternative", [leaf("text/plain", plain), rel], "_000_AM6PR08MB43121F0E7D2C9B84_")
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DVBq41MkRz3", "Tariq Jaber <t.jaber@mrh-jordan.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "Adb5S0c1d2e3f4g5h6i7j8k9l0mNoQ==", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tariq Jaber", "Policy Officer", "Migrant Rights Hub (MRH)", ["roundtable"], 2)],
        notes="Outlook signature made only of images (logo, three social icons, a JPEG banner, all inline in "
              "multipart/related; X-MS-Has-Attach: yes although nothing is attached); roundtable as a word "
              "('second thematic roundtable'); the city and country after the organisation are not part of the "
              "affiliation (dev 004)."))


# ================================================================ 02  EN  auto_reply  out of office of 01's sender, answering our acknowledgement
def m02():
    when = at("2021-02-02 10:15:40")
    text = """I am out of the office until Thursday 4 February with limited access to my email.

For urgent matters, please contact info@mrh-jordan.example.org.

Tariq Jaber
Policy Officer | Migrant Rights Hub (MRH)
"""
    body = alt(text, "_000_AM6PR08MB4312OOF20210202_")
    rows = std_rows(when, "mail-am6eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
                    "4DVBr62PxTz7", "Tariq Jaber <t.jaber@mrh-jordan.example.org>",
                    "Automatic reply: Acknowledgement of receipt - " + M01_SUBJ,
                    rfcdate(sent_at(when, 2, 2)),
                    "<AM6PR08MB4312OOF5C8E21D0@AM6PR08MB4312.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="t.jaber@mrh-jordan.example.org")
    rows += [("In-Reply-To", ack_mid("4DVBq41MkRz3")), ("References", ack_mid("4DVBq41MkRz3")),
             ("Content-Language", "en-US")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office answering our acknowledgement of h220-01 a minute later; the subject repeats "
              "the speaker request and the roundtable. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  speaker  surname mistyped (corrected by 04)
M03_ID = "<CAGk2Lw7Nq1Zp4+TdY8sVb3Xc0mRf6eHu9Ja@mail.gmail.example.com>"
M03_SUBJ = "ترشيح متحدث للاستعراض الإقليمي - جمعية دروب"
M03_TEXT = """السادة الكرام في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

تتشرف جمعية دروب لدعم العمال المهاجرين بترشيح السيد يوسف الزغبي لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر خلال المؤتمر.

الاسم: يوسف الزغبي
الصفة: مدير المشاريع
الجهة: جمعية دروب لدعم العمال المهاجرين

مع فائق الاحترام،
ليلى حداد
منسقة إدارية - جمعية دروب
"""


def m03():
    when = at("2021-02-02 13:22:05")
    body = alt(M03_TEXT, "0000000000007c1e9a05ba3f21d4", html=gmail_html(M03_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DVGx31TqLz9",
           addr("Layla Haddad", "durub.assoc@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("يوسف الزغبي", "مدير المشاريع", "جمعية دروب لدعم العمال المهاجرين", ["rapporteur"])],
        notes="labelled lines (الاسم / الصفة / الجهة); the sender (an administrative coordinator) is not the speaker; "
              "'السيد' is an honorific. The surname is mistyped ('الزغبي'); recorded as written here, corrected 18 "
              "minutes later by h220-04. English From display name, base64 Gmail parts."))


# ================================================================ 04  AR  speaker  correction of the surname (reply to 03)
def m04():
    when = at("2021-02-02 13:40:12")
    text = """عذراً، خطأ في الاسم بالرسالة السابقة
الاسم الصحيح: يوسف الزعبي (بالعين وليس بالغين)
باقي البيانات كما هي.

شكراً وآسفين على الإزعاج
ليلى

في الثلاثاء، ٢ فبراير ٢٠٢١ في ١:٢٢ م، كتب Layla Haddad <durub.assoc@gmail.example.com>:
""" + gt(M03_TEXT) + "\n"
    body = alt(text, "000000000000d40b3e05ba3f62a9", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 4), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DVHLq0Wc2z5",
           addr("Layla Haddad", "durub.assoc@gmail.example.com"), re_hdr("Re: ", M03_SUBJ),
           "<CAGk2Lw5Rt8Yq2+MxB7nWc4Zd1pKs3eVo0Hj@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
        sp("يوسف الزعبي", "مدير المشاريع", "جمعية دروب لدعم العمال المهاجرين", ["rapporteur"])],
        notes="corrects the surname of h220-03 (ع not غ); title, affiliation and role only in the '>'-quoted "
              "original, which still holds the wrong name twice ('باقي البيانات كما هي'). Casual Arabic; Gmail "
              "attribution line with Arabic-Indic digits."))


# ================================================================ 05  FR  report  wrong attachment (minutes of a general assembly); put right by 06
M05_ID = "<7d41c0e2-9b3a-4f6d-a2e8-0c5b7f19e3d4@adms-tunisie.example.org>"
M05_SUBJ = "Rapport volontaire d'examen du PMM - ADMS"
M05_FILE = "PV_AG_ordinaire_2020.pdf"
M05_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association pour le Développement et la Mobilité Solidaire (ADMS) relatif à l'examen régional du Pacte mondial pour les migrations.

Nous vous en souhaitons bonne réception.

Cordialement,

Hédi Trabelsi
Trésorier, ADMS
Sfax - Tunisie
"""


def m05():
    when = at("2021-02-03 09:31:02")
    pdf = make_pdf(["Association pour le Developpement et la Mobilite Solidaire (ADMS)",
                    "Proces-verbal de l'assemblee generale ordinaire du 12 decembre 2020", "",
                    "1. Approbation du rapport moral", "2. Approbation des comptes 2020",
                    "3. Election du bureau", "4. Divers"])
    txt = leaf("text/plain", flowed(M05_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, attach("application/pdf", pdf, M05_FILE)], "------------A3C1E05F7B2D9E4C6A8F1B30")
    m = mk(when, sent_at(when, 1, 5), "smtp.adms-tunisie.example.org", "203.0.113.58", "4DVn0S2kPvz4",
           addr("Hédi Trabelsi", "h.trabelsi@adms-tunisie.example.org", enc="Q"), hdr(M05_SUBJ, enc="Q"), M05_ID,
           body, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="the body announces the report but the attached PDF is the minutes of the association's general "
              "assembly (file name 'PV_AG_ordinaire_2020.pdf', contents say so): not a report file, so "
              "report_attachments is empty; the sender says so himself seven minutes later (h220-06) and sends the "
              "right file. Not covered by LABELS.md: recorded as a report submission with nothing to file, as dev "
              "049 (download link). Place line in the signature."))


# ================================================================ 06  FR  report  right file, as ODT (reply to 05)
M06_ID = "<0b9e2f47-6a1d-4c83-95e7-d2f0a8c3b615@adms-tunisie.example.org>"
M06_FILE = "Rapport_volontaire_PMM_ADMS_2021.odt"


def m06():
    when = at("2021-02-03 09:38:44")
    text = """Madame, Monsieur,

Toutes mes excuses : je me suis trompé de pièce jointe dans mon précédent message. Merci de ne pas tenir compte du fichier « PV_AG_ordinaire_2020.pdf ».

Vous trouverez ci-joint le bon document, notre rapport volontaire au format ODT (LibreOffice). Si ce format vous pose problème, je peux vous l'envoyer en PDF.

Cordialement,

Hédi Trabelsi
Trésorier, ADMS
Sfax - Tunisie

Le 03/02/2021 à 08:30, Hédi Trabelsi a écrit :
""" + gt(M05_TEXT) + "\n"
    odt = make_odt(["Rapport volontaire d'examen du PMM - 2021",
                    "Association pour le Developpement et la Mobilite Solidaire (ADMS)",
                    "1. Introduction", "2. Methodologie", "3. Progres par objectif (5, 6, 19)",
                    "4. Defis", "5. Recommandations"])
    txt = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, attach(ODT, odt, M06_FILE)], "------------5E0D7A2C1F9B3E6D4A8C0F72")
    m = mk(when, sent_at(when, 1, 6), "smtp.adms-tunisie.example.org", "203.0.113.58", "4DVn9m4XbHz1",
           addr("Hédi Trabelsi", "h.trabelsi@adms-tunisie.example.org", enc="Q"),
           hdr("Re: " + M05_SUBJ + " (bonne pièce jointe)", enc="Q"), M06_ID, body,
           extra=[("User-Agent", TB), ("In-Reply-To", M05_ID), ("References", M05_ID), ("Content-Language", "fr")])
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 5, report_attachments=[M06_FILE],
        notes="replaces the wrong attachment of h220-05 (In-Reply-To set); the report is an ODT file "
              "(application/vnd.oasis.opendocument.text), an unusual but valid format; the body names the wrong PDF "
              "file, which is not attached here."))


# ================================================================ 07  EN  both  password-protected PDF + two speakers; Cc to a mistyped address
M07_ID = "<CAMx9Hq3Tz0Lp7+WeR4kVd1Ny8sBg2cJf5Ua@mail.gmail.example.com>"
M07_SUBJ = "AYNM submission: voluntary review report + speakers"
M07_FILE = "AYNM_GCM_Voluntary_Review_2021_protected.pdf"
M07_TEXT = """Hello,

Please find attached the voluntary GCM review report of the Arab Youth Network on Migration (AYNM). The file is password protected as it contains case testimonies; I will send the password in a separate email.

We would also like to propose two speakers:

1) Omar Khalil, Coordinator, Arab Youth Network on Migration (AYNM) - open discussion of the multi-stakeholder consultation on 23 Feb
2) Salma Darwish, Youth Advocate, Tunisian Young Migrants Forum - floor intervention in roundtable 4

Thanks!
Omar

--
Omar Khalil
Coordinator | AYNM
"""


def m07():
    when = at("2021-02-03 15:05:10")
    pdf = make_locked_pdf(["Arab Youth Network on Migration (AYNM)", "Voluntary GCM review report 2021", "",
                           "1. Introduction", "2. Methodology (youth consultations)",
                           "3. Case testimonies", "4. Recommendations"])
    a = alt(M07_TEXT, "000000000000a9d3c205ba4b17e2", html=gmail_html(M07_TEXT))
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "000000000000a9d3c405ba4b17e4")
    m = mk(when, sent_at(when, 1, 4), "mail-wr1-f66.google.example.com", "192.0.2.66", "4DVwK57HsNz2",
           "Omar Khalil <omar.khalil.aynm@gmail.example.com>", M07_SUBJ, M07_ID, body,
           cc="Rami Haddad <r.hadad@aynm.example.org>")
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M07_FILE], speakers=[
        sp("Omar Khalil", "Coordinator", "Arab Youth Network on Migration (AYNM)", ["open_discussion"]),
        sp("Salma Darwish", "Youth Advocate", "Tunisian Young Migrants Forum", ["roundtable"], 4)],
        notes="both, on time; the report PDF is password protected (/Encrypt in the trailer): it is still the "
              "report, the password follows in h220-09. Two speakers on numbered comma-separated lines; the "
              "second is from another organisation. "
              "Cc to a mistyped colleague's address, which bounces our acknowledgement (h220-08)."))


# ================================================================ 08  EN  bounce  our acknowledgement of 07 to the mistyped Cc
def m08():
    when = at("2021-02-03 15:05:58")
    text = POSTFIX_NOTICE + """
<r.hadad@aynm.example.org>: host mx.aynm.example.org[203.0.113.90] said: 550
    5.1.1 <r.hadad@aynm.example.org>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVwKq3NdTz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; r.hadad@aynm.example.org\n"
           "Original-Recipient: rfc822;r.hadad@aynm.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.aynm.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <r.hadad@aynm.example.org>: Recipient address\n"
           "    rejected: User unknown in local recipient table\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Omar Khalil <omar.khalil.aynm@gmail.example.com>\n"
            "Cc: Rami Haddad <r.hadad@aynm.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M07_SUBJ, rfcdate(when - dt.timedelta(seconds=7)), ack_mid("4DVwK57HsNz2"),
                                   M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DVwLb0Fq2z9.1612357558/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVwLb0Fq2z9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203130558.4DVwLb0Fq2z9@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 for the copy of our acknowledgement of h220-07 sent to the Cc'd colleague, whose "
              "address the sender mistyped ('r.hadad'); the returned headers name h220-07 in In-Reply-To. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 09  EN  other  the password of 07's PDF, phone
def m09():
    when = at("2021-02-03 15:12:30")
    text = """Password for the pdf: AYNM-gcm2021

Sorry, forgot to mention it's case sensitive.
Omar

Sent from my Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_1612357948123456", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f66.google.example.com", "192.0.2.66", "4DVwW02RkLz8",
           "Omar Khalil <omar.khalil.aynm@gmail.example.com>", "Re: " + M07_SUBJ,
           "<ft9w2k1x0q7r-samsung-1612357948@email.android.example.com>", body,
           extra=[("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(9, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="the password of the protected PDF of h220-07, sent from a phone: completes the earlier submission "
              "but submits nothing new. Not covered by LABELS.md: recorded as 'other' threaded to h220-07 and "
              "acknowledged as a person's message (as dev 040); the secretariat needs it to open the report."))


# ================================================================ 10  FR  speaker  details pasted from the online form, roundtable 1 (changed by 14)
M10_ID = "<MRXP264MB0871D2A4C9E1F0B3@MRXP264MB0871.FRAP264.PROD.OUTLOOK.example.com>"
M10_SUBJ = "Demande de prise de parole - CMDM"
M10_FORM = [("Nom complet", "Karima Benali"),
            ("Fonction", "Responsable du pôle plaidoyer"),
            ("Organisation", "Collectif Migrations et Droits au Maroc (CMDM)"),
            ("Type d'organisation", "Société civile / ONG"),
            ("Session souhaitée", "Table ronde thématique 1"),
            ("Inscription en ligne", "Oui (reçu n° 2021-0457)")]
M10_TEXT = """Bonjour,

Comme convenu, je vous transmets ci-dessous les informations de notre intervenante, copiées du formulaire d'inscription :

""" + "\n".join("%s :\t%s" % kv for kv in M10_FORM) + """

Restant à votre disposition.

Bien à vous,
Soukaina Alaoui
Assistante de direction
CMDM
"""


M10_INTRO = ("Comme convenu, je vous transmets ci-dessous les informations de notre intervenante, copiées du "
             "formulaire d'inscription :")
M10_SIG = ('<p class="MsoNormal">Restant à votre disposition.</p><p class="MsoNormal">Bien à vous,<br>'
           'Soukaina Alaoui<br>Assistante de direction<br>CMDM</p>')


def m10_inner():
    """The HTML body of h220-10: greeting, intro, the pasted form as a table, signature."""
    rows = "".join('<tr><td style="border:solid #BFBFBF 1.0pt;padding:3pt"><b>%s</b></td>'
                   '<td style="border:solid #BFBFBF 1.0pt;padding:3pt">%s</td></tr>' % (esc(k), esc(v))
                   for k, v in M10_FORM)
    return ('<p class="MsoNormal">Bonjour,</p><p class="MsoNormal">%s</p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">%s</table>%s'
            % (esc(M10_INTRO), rows, M10_SIG))


def fr_outlook_page(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">%s</div></body></html>\n' % inner)


def m10():
    when = at("2021-02-04 11:00:03")
    html = fr_outlook_page(m10_inner())
    body = alt(M10_TEXT, "_000_MRXP264MB0871D2A4C9E1F0B3_", html=html)
    m = mk(when, sent_at(when, 1, 5), "mail-mr2fra01on0612.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWf3N8ZqCz0", "Soukaina Alaoui <s.alaoui@cmdm.example.org>", M10_SUBJ, M10_ID, body,
           extra=outlook(M10_SUBJ, "AdcquGk4f5e6d7c8b9a0123456789Q==", lang="fr-FR"))
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima Benali", "Responsable du pôle plaidoyer", "Collectif Migrations et Droits au Maroc (CMDM)",
           ["roundtable"], 1)],
        notes="speaker details pasted from the online registration form: an HTML table in the HTML part, "
              "tab-separated 'Champ :<TAB>valeur' lines in the text part; the sender (executive assistant) is "
              "not the speaker; title written with its unit, kept. Roundtable changed to 3 the next day by h220-14."))


# ================================================================ 11  FR  both  DOCX report + two speakers, roundtable corrected in a PS
M11_ID = "<E5B7A2C0-91D4-4F3B-8A6E-2C7D0F1B9E43@rada-dz.example.org>"
M11_SUBJ = "RADA : rapport volontaire + intervenants"
M11_FILE = "Rapport_PMM_RADA_février2021.docx"


def m11():
    when = at("2021-02-04 16:45:20")
    text = """Madame, Monsieur,

Le Réseau des Associations de la Diaspora Algérienne (RADA) a le plaisir de vous adresser, en pièce jointe, sa contribution à l'examen régional du Pacte mondial : un rapport volontaire préparé avec nos associations membres de Marseille, Lyon, Montréal et Alger.

Nous souhaiterions également proposer deux intervenants pour la Conférence des 24 et 25 février :
- M. Farid Meziane, Président du RADA, pour une intervention en séance plénière ;
- Mme Nawel Aït Ali, Chargée de projets jeunesse, pour la table ronde thématique n°2.

Avec nos remerciements anticipés,

Farid Meziane
Président
Réseau des Associations de la Diaspora Algérienne (RADA)

PS : erreur de ma part ci-dessus, Mme Aït Ali souhaite intervenir à la table ronde n°4 (et non n°2). Toutes mes excuses.
"""
    doc = make_docx(["Rapport volontaire - Examen regional du PMM (Etats arabes) 2021",
                     "Reseau des Associations de la Diaspora Algerienne (RADA)",
                     "1. Introduction", "2. Methodologie", "3. Objectifs 1, 19 et 20", "4. Defis",
                     "5. Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>\n' % "".join("<div>%s</div><div><br></div>" % esc(p).replace("\n", "<br>")
                                           for p in text.strip("\n").split("\n\n")))
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
              "Apple-Mail=_3B1D9F2E-6C40-4A8B-9E17-5D2A0C8F1B64")
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "Apple-Mail=_7F0E2C4A-1B93-4D6E-8A25-C3F9B0D7E1A8")
    m = mk(when, sent_at(when, 1, 6), "smtp.rada-dz.example.org", "203.0.113.112", "4DWpT46LqXz3",
           addr("Farid Meziane", "f.meziane@rada-dz.example.org"), hdr(M11_SUBJ, enc="Q"), M11_ID, body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    rada = "Réseau des Associations de la Diaspora Algérienne (RADA)"
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M11_FILE], speakers=[
        sp("Farid Meziane", "Président", rada, ["plenary"]),
        sp("Nawel Aït Ali", "Chargée de projets jeunesse", rada, ["roundtable"], 4)],
        notes="both, on time; the second speaker's roundtable is corrected in a postscript of the same message "
              "(n°2 -> n°4): the correction wins. Affiliation of both speakers written once in full in the body and "
              "the signature ('du RADA' in the lines). Apple Mail; accented DOCX name in RFC 2231 + RFC 2047; the "
              "cities of the member associations are not part of any affiliation."))


# ================================================================ 12  AR  report  empty (0-byte) PDF (re-sent by 13)
M12_ID = "<VI1PR09MB3456B7E2A0C4D1F9@VI1PR09MB3456.eurprd09.prod.outlook.example.com>"
M12_SUBJ = "التقرير الطوعي لمؤسسة جسور - الاستعراض الإقليمي للاتفاق العالمي"
M12_FILE = "التقرير الطوعي - مؤسسة جسور.pdf"
M12_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة،

يسرّ مؤسسة جسور للتنمية والهجرة أن ترسل إليكم طيّه تقريرها الطوعي حول تنفيذ الاتفاق العالمي في المنطقة العربية، والذي أُعدّ بالتشاور مع شركائنا من منظمات المجتمع المدني والنقابات.

وتفضلوا بقبول فائق الاحترام والتقدير،

هبة الصالح
مسؤولة البرامج
مؤسسة جسور للتنمية والهجرة
"""


def m12():
    when = at("2021-02-04 20:10:00")
    html = outlook_html(M12_TEXT, [], lang="AR-SA", rtl=True)
    a = alt(M12_TEXT, "_000_VI1PR09MB3456B7E2A0C4D1F9_", html=html)
    body = multi("mixed", [a, attach("application/pdf", b"", M12_FILE)], "_004_VI1PR09MB3456B7E2A0C4D1F9_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur09on0640.outbound.protection.outlook.example.com", "198.51.100.140",
           "4DWwZ06NpGz8", addr("هبة الصالح", "h.alsaleh@jusoor-dev.example.org"), hdr(M12_SUBJ), M12_ID, body,
           extra=outlook(M12_SUBJ, "AdcrB5c6d7e8f9a0b1c2d3e4f5a6b7==", lang="ar-SA", has_attach="yes"))
    add(12, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="the attached PDF is empty (0 bytes, empty base64 body): nothing to file, so report_attachments is "
              "empty (as for the wrong file of h220-05); the sender re-sends it from her phone 16 minutes later "
              "(h220-13). Not covered by LABELS.md: recorded as a report submission with nothing to file."))


# ================================================================ 13  AR  report  re-sent from the iPhone (reply to 12)
def m13():
    when = at("2021-02-04 20:26:41")
    text = """مرحبا، انتبهت إنو الملف بالإيميل السابق طلع حجمه صفر، هاد هو مرة تانية. بتمنى يوصل هالمرة 🙏
"""
    tail = """
هبة

Sent from my iPhone

> On 4 Feb 2021, at 8:09 PM, هبة الصالح <h.alsaleh@jusoor-dev.example.org> wrote:
>
""" + gt(M12_TEXT) + "\n"
    pdf = rep_pdf("Voluntary GCM review report 2021", "Jusoor Foundation for Development and Migration",
                  ["Introduction", "Methodology", "Progress on objectives 2, 6 and 18", "Challenges",
                   "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text), attach("application/pdf", pdf, M12_FILE, inline=True),
                           leaf("text/plain", tail)], "Apple-Mail-6F1C2B9D-0E84-4A37-B5D2-91E0C3A7F4B8")
    m = mk(when, sent_at(when, 2, 11), "mail-vi1eur09on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4DWwx17QrMz2", addr("هبة الصالح", "h.alsaleh@jusoor-dev.example.org"),
           re_hdr("Re: ", M12_SUBJ), "<A7C3E91F-5B2D-4E60-9F18-D04B2A6C8E37@jusoor-dev.example.org>", body,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", M12_ID), ("References", M12_ID)])
    add(13, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 12, report_attachments=[M12_FILE],
        notes="re-sends the report whose PDF arrived empty in h220-12, same file name, now with content; Levantine "
              "dialect and an emoji; iPhone layout (text, inline PDF, text with the quoted original)."))


# ================================================================ 14  FR  speaker  roundtable changed 1 -> 3 (Outlook reply to 10)
def m14():
    when = at("2021-02-05 09:12:15")
    text = """Bonjour,

Petite modification concernant notre demande d'hier : suite à une réorganisation en interne, Mme Benali interviendrait plutôt lors de la table ronde thématique 3, et non de la 1. Les autres informations restent inchangées.

Merci d'avance et désolée pour ce changement.

Bien à vous,
Soukaina Alaoui
Assistante de direction
CMDM

De : Soukaina Alaoui <s.alaoui@cmdm.example.org>
Envoyé : jeudi 4 février 2021 10:00
À : gcmrrarabstates@iom.int
Objet : """ + M10_SUBJ + "\n\n" + M10_TEXT
    new = ('<p class="MsoNormal">Bonjour,</p><p class="MsoNormal">Petite modification concernant notre demande '
           "d'hier : suite à une réorganisation en interne, Mme Benali interviendrait plutôt lors de la table ronde "
           'thématique 3, et non de la 1. Les autres informations restent inchangées.</p><p class="MsoNormal">Merci '
           "d'avance et désolée pour ce changement.</p>"
           '<p class="MsoNormal">Bien à vous,<br>Soukaina Alaoui<br>Assistante de direction<br>CMDM</p>')
    hdrs = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
            '<b>De :</b> Soukaina Alaoui &lt;s.alaoui@cmdm.example.org&gt;<br><b>Envoyé :</b> jeudi 4 février 2021 '
            '10:00<br><b>À :</b> gcmrrarabstates@iom.int<br><b>Objet :</b> %s</p></div>' % esc(M10_SUBJ))
    html = fr_outlook_page(new + hdrs + m10_inner())
    body = alt(text, "_000_MRXP264MB0871A9F3E5C2D7B1_", html=html)
    m = mk(when, sent_at(when, 1, 5), "mail-mr2fra01on0612.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DX4kP1cWnz6", "Soukaina Alaoui <s.alaoui@cmdm.example.org>", "RE: " + M10_SUBJ,
           "<MRXP264MB0871A9F3E5C2D7B1@MRXP264MB0871.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(M10_SUBJ, "AdcquGk4f5e6d7c8b9a0123456789QAAKm3x", lang="fr-FR")
           + [("In-Reply-To", M10_ID), ("References", M10_ID)])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 10, speakers=[
        sp("Karima Benali", "Responsable du pôle plaidoyer", "Collectif Migrations et Droits au Maroc (CMDM)",
           ["roundtable"], 3)],
        notes="changes the roundtable of h220-10 from 1 to 3 (In-Reply-To set); the speaker is named by surname "
              "only in the new text ('Mme Benali'), full name, title and affiliation come from the Outlook-style "
              "quoted original (not '>'-prefixed), which still says 'Table ronde thématique 1'."))


# ================================================================ 15  EN  speaker  first sent to an IOM colleague, forwarded by her
M15_ORIG = """Dear Ms. Nassar,

As discussed over the phone yesterday, I would be glad to take the floor during one of the plenary sessions of the Regional Review Conference (24-25 February), to present our recent findings on return migration and reintegration in Egypt.

I understand the requests should include the speaker's name, title and affiliation; they are below.

With many thanks for your help,

Dr. Mahmoud Sabry
Head of the Research Unit
Cairo Centre for Migration Policy (CCMP)
Tel. +20 2 0000 0000
"""


def m15():
    when = at("2021-02-05 14:03:09")
    text = """Dear colleagues,

Forwarding the request below, which was sent to my address by mistake instead of the review mailbox. Could you please take it into account?

Many thanks,
Hiba

Hiba Nassar
Project Assistant
IOM Regional Office for the Middle East and North Africa

From: Mahmoud Sabry <m.sabry@ccmp.example.org>
Sent: Thursday, February 4, 2021 5:48 PM
To: Hiba Nassar <hnassar@iom.int>
Subject: Speaker request - GCM Regional Review

""" + M15_ORIG
    body = alt(text, "_000_PR3P193MB0654C1E8A2F4B7D0_")
    rows = std_rows(when, "mail-pr3p193mb0654.outbound.iom.int", "198.51.100.77", "4DXFv52JmSz4",
                    "Hiba Nassar <hnassar@iom.int>", "FW: Speaker request - GCM Regional Review",
                    rfcdate(sent_at(when, 2, 7)),
                    "<PR3P193MB0654C1E8A2F4B7D0@PR3P193MB0654.EURP193.PROD.OUTLOOK.example.com>",
                    ret="hnassar@iom.int")
    rows += outlook("Speaker request - GCM Regional Review", "AQHW+t0a9b8c7d6e5f4a3b2c1d0eRBAAB1Zm")
    add(15, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Mahmoud Sabry", "Head of the Research Unit", "Cairo Centre for Migration Policy (CCMP)",
                     ["plenary"])],
        notes="first sent (4 February) to an IOM staff member instead of the review address and forwarded by her "
              "on 5 February: the sender is the IOM colleague, the speaker is the author of the forwarded message; "
              "details only in his signature ('Dr.' dropped); the phrase 'they are below' points at the signature. "
              "On time either way; received_at counts."))


# ================================================================ 16  AR  speaker  two speakers, HTML-only (sent again by 17)
M16_SUBJ = "طلب مشاركة متحدثين - المرصد السوداني لحقوق المهاجرين"


def m16_html(title2):
    return ("""<div dir="rtl" style="font-family:Arial,sans-serif;font-size:14px">
<p>السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة – المنطقة العربية،</p>
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>بالإشارة إلى خطاب الدعوة، يرغب المرصد السوداني لحقوق المهاجرين في ترشيح المتحدثَين التاليين:</p>
<ol>
<li>الاسم: د. عائشة عثمان<br>الوظيفة: رئيسة المرصد<br>الجهة: المرصد السوداني لحقوق المهاجرين<br>المشاركة: النقاش المفتوح خلال مشاورة أصحاب المصلحة المتعددين (٢٣ فبراير)</li>
<li>الاسم: أحمد الطيب<br>الوظيفة: %s<br>الجهة: المرصد السوداني لحقوق المهاجرين<br>المشاركة: مداخلة في المائدة المستديرة المواضيعية الثانية</li>
</ol>
<p>وتفضلوا بقبول وافر الاحترام،</p>
<p>د. عائشة عثمان<br>رئيسة المرصد السوداني لحقوق المهاجرين<br>الخرطوم</p>
</div>""" % title2)


def m16():
    when = at("2021-02-05 21:47:30")
    body = html_only(m16_html("منسق برامج"), rtl=True, b64=True, lang="ar")
    m = mk(when, sent_at(when, 2, 7), "sonic314-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.114",
           "4DXTm80FbQz5", addr("عائشة عثمان", "sudan.migrants.obs@yahoo.example.com"), hdr(M16_SUBJ),
           "<1043827.2291865.1612554443210@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عائشة عثمان", "رئيسة المرصد", "المرصد السوداني لحقوق المهاجرين", ["open_discussion"]),
        sp("أحمد الطيب", "منسق برامج", "المرصد السوداني لحقوق المهاجرين", ["roundtable"], 2)],
        notes="HTML-only (base64) Yahoo message, two speakers in an ordered list with labelled lines; 'د.' dropped "
              "from the name; roundtable as an ordinal word ('الثانية'); city line in the signature. Sent again 22 "
              "minutes later, after the deadline, with one title changed (h220-17)."))


# ================================================================ 17  AR  speaker  the same request sent again after midnight, one title changed
def m17():
    when = at("2021-02-06 00:09:12")
    body = html_only(m16_html("منسق برامج الحماية"), rtl=True, b64=True, lang="ar")
    m = mk(when, sent_at(when, 2, 7), "sonic314-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.114",
           "4DXXc36TkVz1", addr("عائشة عثمان", "sudan.migrants.obs@yahoo.example.com"), hdr(M16_SUBJ),
           "<1187402.2307719.1612562945118@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of=H % 16, speakers=[
        sp("عائشة عثمان", "رئيسة المرصد", "المرصد السوداني لحقوق المهاجرين", ["open_discussion"]),
        sp("أحمد الطيب", "منسق برامج الحماية", "المرصد السوداني لحقوق المهاجرين", ["roundtable"], 2)],
        notes="the request of h220-16 sent again as a new message (same subject, no In-Reply-To/References, no word "
              "of explanation) with one change: the second speaker's title ('منسق برامج' -> 'منسق برامج الحماية'). "
              "Linked to h220-16 by sender and subject. Received at 00:09 on 6 February: this copy is late although "
              "the first one was on time; on_time follows received_at (dev 053)."))


# ================================================================ 18  EN  speaker  late, on behalf of the director, two speakers in a pasted form
def m18():
    when = at("2021-02-08 12:30:00")
    text = """Dear Sir/Madam,

I am writing on behalf of Ms. Rania Aziz, Executive Director of the Gulf Domestic Workers Network (GDWN), who would like to take part in the Regional Review Conference as a speaker together with a colleague.

We realise the deadline for speaker requests was last Friday. We did send the request on 3 February, but to the address printed on an old flyer (gcm.arabregion@iom.int), and only today received the delivery failure notice. We would be very grateful if it could still be considered.

Speaker 1
Full name: Rania Aziz
Position: Executive Director
Organization: Gulf Domestic Workers Network (GDWN)
Session: Plenary

Speaker 2
Full name: Joel Fernandes
Position: Case Worker, Legal Aid Desk
Organization: GDWN
Session: Roundtable 1 (or any other roundtable if 1 is full)

With best regards,

Mariam Al-Ansari
Office Manager to the Executive Director
Gulf Domestic Workers Network (GDWN)
"""
    body = alt(text, "_000_DU2PR02MB7431E0C5B9A3F6D2_")
    m = mk(when, sent_at(when, 3, 6), "mail-du2eur02on0629.outbound.protection.outlook.example.com", "198.51.100.29",
           "4DZ5gT0MqWz7", "Mariam Al-Ansari <office.ed@gdwn.example.org>",
           "Speaker request (late) - GDWN - Rania Aziz & Joel Fernandes",
           "<DU2PR02MB7431E0C5B9A3F6D2@DU2PR02MB7431.eurprd02.prod.outlook.example.com>", body,
           extra=outlook("Speaker request (late) - GDWN - Rania Aziz & Joel Fernandes",
                         "AdcEr8f1a2b3c4d5e6f7a8b9c0d1e2f3"))
    gdwn = "Gulf Domestic Workers Network (GDWN)"
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rania Aziz", "Executive Director", gdwn, ["plenary"]),
        sp("Joel Fernandes", "Case Worker, Legal Aid Desk", gdwn, ["roundtable"], 1)],
        notes="late (8 February): an earlier attempt went to a wrong address and never reached the mailbox, so "
              "only received_at counts. Sent on behalf of the director by her office manager (not a speaker). "
              "The second speaker's organisation is written as the acronym only ('GDWN'); the affiliation is the "
              "fullest form written in the message. Title written with its unit, kept; 'Ms.' dropped."))


# ================================================================ 19  FR  report  nothing but a subject line and the PDF
def m19():
    when = at("2021-02-09 17:20:05")
    fname = "AHMM_rapport_volontaire_PMM.pdf"
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Association Horizons Migrants (AHMM)",
                  ["Introduction", "Methodologie", "Objectifs 8, 9 et 21", "Defis", "Recommandations"])
    a = alt("\n", "000000000000b2e4d605bae7a1c3", html=('<html><head><meta http-equiv="Content-Type" '
                                                      'content="text/html; charset=utf-8"></head><body>'
                                                      '<div dir="ltr"><br></div></body></html>\n'))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000b2e4d805bae7a1c5")
    m = mk(when, sent_at(when, 0, 4), "mail-lj1-f52.google.example.com", "192.0.2.152", "4DZqR63HvLz0",
           "AHMM Nouakchott <ahmm.nouakchott@gmail.example.com>",
           hdr("Rapport volontaire - Association Horizons Migrants (AHMM)", enc="Q"),
           "<CAPn8Ue4Wq2Lr6+XyT0bZc5Hd3oMf7gNs1Kv@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="the message is only a subject line and a PDF: the body is empty (Gmail's blank text part and "
              "'<div dir=\"ltr\"><br></div>'); the language comes from the French subject; From display name is the "
              "organisation with its city."))


# ================================================================ 20  AR  both  RTF report + rapporteur (speaker part late), windows-1256
def m20():
    when = at("2021-02-10 10:05:00")
    fname = "تقرير_كرامة_الطوعي_2021.rtf"
    text = """السيدات والسادة في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

تتقدم منظمة كرامة لحقوق العمال بتقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مرفقاً بصيغة RTF لتعذّر تحويله إلى PDF لدينا.

كما نرشح الأستاذة رغد النعيمي، مديرة وحدة الرصد في المنظمة، لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقررة، علماً أننا اعتمدنا الموعد المذكور في النسخة العربية من خطاب الدعوة (الجمعة 23 فبراير).

مع خالص التقدير،
سامر الدباغ
المدير التنفيذي
منظمة كرامة لحقوق العمال
"""
    rtf = make_rtf(["تقرير طوعي - الاستعراض الإقليمي للاتفاق العالمي 2021", "منظمة كرامة لحقوق العمال",
                    "1. مقدمة", "2. المنهجية", "3. التقدم المحرز حسب الأهداف", "4. التحديات", "5. التوصيات"])
    html = outlook_html(text, [], lang="AR-SA", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    a = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                              leaf("text/html", html, "windows-1256", "quoted-printable")],
              "_000_AS8PR04MB8246D3F1A0B9C7E5_")
    body = multi("mixed", [a, attach("application/rtf", rtf, fname)], "_004_AS8PR04MB8246D3F1A0B9C7E5_")
    m = mk(when, sent_at(when, 3, 5), "mail-as8eur04on0611.outbound.protection.outlook.example.com", "198.51.100.211",
           "4DbLs02XfTz9", addr("سامر الدباغ", "s.dabbagh@karama-lw.example.org", charset="windows-1256"),
           hdr("التقرير الطوعي وترشيح مقررة - منظمة كرامة", charset="windows-1256"),
           "<AS8PR04MB8246D3F1A0B9C7E5@AS8PR04MB8246.eurprd04.prod.outlook.example.com>", body,
           extra=outlook("التقرير الطوعي وترشيح مقررة - منظمة كرامة", "AdcbF9e8d7c6b5a4f3e2d1c0b9a8f7==",
                         lang="ar-SA", has_attach="yes"))
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("رغد النعيمي", "مديرة وحدة الرصد", "منظمة كرامة لحقوق العمال", ["rapporteur"])],
        notes="both; the report is an RTF file (application/rtf, Arabic as \\u escapes) and on time, but the "
              "speaker part is late (10 February): the sender relied on the misprinted Arabic deadline ('الجمعة 23 "
              "فبراير'), the English/French date stands, so on_time is false. Speaker in prose; 'الأستاذة' dropped; "
              "affiliation given by reference ('في المنظمة') to the organisation named in the body and signature "
              "(dev 035). windows-1256 parts and headers."))


# ================================================================ 21  FR  other  report sent to a wrong address: must it be re-sent?
def m21():
    when = at("2021-02-11 11:40:00")
    text = """Bonjour,

Hier après-midi, j'ai envoyé le rapport volontaire de notre association à l'adresse gcmrrarabstates@iom.org au lieu de gcmrrarabstates@iom.int (faute de frappe de ma part). Je n'ai reçu aucun message d'erreur.

Pouvez-vous me dire si vous l'avez quand même reçu, ou faut-il que je vous le renvoie à cette adresse ? Le délai est bien fixé au 16 février ?

Merci par avance,

Véronique Haddad-Sarkis
Chargée de communication
Association Libanaise pour la Dignité des Travailleurs Migrants (ALDTM)
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 3), "webmail.aldtm.example.org", "203.0.113.140", "4Dbv0K9RtPz2",
           addr("Véronique Haddad-Sarkis", "communication@aldtm.example.org", charset="iso-8859-1", enc="Q"),
           hdr("Rapport envoyé à une mauvaise adresse", charset="iso-8859-1", enc="Q"),
           "<3e8a1f0c2b7d9e6a5c4f1b0d8e2a7c93@aldtm.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question: the report was sent to a mistyped address (iom.org) and never reached the mailbox; nothing "
              "is attached here, so it is not a submission. Keyword-heavy (rapport volontaire, délai, 16 février). "
              "ISO-8859-1 quoted-printable, Roundcube."))


# ================================================================ 22  AR  other  'did you get the corrected name?' (reply to 04)
M04_ID = "<CAGk2Lw5Rt8Yq2+MxB7nWc4Zd1pKs3eVo0Hj@mail.gmail.example.com>"


def m22():
    when = at("2021-02-12 09:30:00")
    text = """صباح الخير،
بس حابة أتأكد إنو وصلكم تصحيح اسم الأستاذ يوسف، لأنو بالإيميل الأوتوماتيكي اللي وصلنا منكم كان الاسم لسا مكتوب غلط.
ممكن تأكدولنا إنو الاسم المسجل هو يوسف الزعبي؟

شكراً كتير
ليلى حداد
جمعية دروب

في الثلاثاء، ٢ فبراير ٢٠٢١ في ١:٤٠ م، كتب Layla Haddad <durub.assoc@gmail.example.com>:
> عذراً، خطأ في الاسم بالرسالة السابقة
> الاسم الصحيح: يوسف الزعبي (بالعين وليس بالغين)
> باقي البيانات كما هي.
"""
    body = alt(text, "000000000000e6a1f305bb1c92d7", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f47.google.example.com", "192.0.2.47", "4Dc8Wn3KpTz4",
           addr("Layla Haddad", "durub.assoc@gmail.example.com"), re_hdr("Re: ", M03_SUBJ),
           "<CAGk2Lw1Xb6Tq9+PzN3sRc8Vd5mHe0fJa2Wy@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M03_ID + " " + M04_ID)])
    add(22, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="Levantine question in the chain h220-03 / h220-04 (In-Reply-To h220-04, References both): asks "
              "whether the corrected surname was recorded, because our automatic acknowledgement still showed the "
              "wrong one; proposes nothing new. thread_of is the first message of the chain."))


# ================================================================ 23  EN  report  PDF + a spreadsheet attached by mistake, signature of images
def m23():
    when = at("2021-02-15 16:20:00")
    fname = "MRMLN_GCM_Voluntary_Report_2021.pdf"
    decoy = "Copy of travel_claims_Jan.xlsx"
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Mashriq Refugee and Migrant Legal Network (MRMLN), please find attached our voluntary GCM review report, prepared with our member legal clinics. Apologies that it comes so close to the deadline.

Best regards,

Nour Abou Samra
Network Coordinator
MRMLN
"""
    imgs = [("image001.png@01D703A4.2E7B9C10", 180, 54, "MRMLN"),
            ("image002.png@01D703A4.2E7B9C10", 20, 20, "Twitter"),
            ("image003.png@01D703A4.2E7B9C10", 20, 20, "Facebook"),
            ("image004.png@01D703A4.2E7B9C10", 120, 40, "Member of the Regional Protection Coalition")]
    parts = [leaf("text/html", outlook_html(text, imgs))]
    for (cid, _w, _h, _a), rgb in zip(imgs, [(10, 60, 110), (29, 161, 242), (59, 89, 152), (120, 120, 120)]):
        parts.append(logo(cid, rgb, name=cid.split("@")[0]))
    rel = multi("related", parts, "_004_DB8PR01MB5521F7A3C2E0B9D4_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR01MB5521F7A3C2E0B9D4_")
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Mashriq Refugee and Migrant Legal Network (MRMLN)",
                  ["Introduction", "Methodology (member legal clinics)", "Objectives 4, 13 and 14", "Challenges",
                   "Recommendations"])
    body = multi("mixed", [a, attach("application/pdf", pdf, fname), attach(XLSX, make_xlsx_stub(), decoy)],
                 "_005_DB8PR01MB5521F7A3C2E0B9D4_")
    m = mk(when, sent_at(when, 2, 7), "mail-db8eur01on0635.outbound.protection.outlook.example.com", "198.51.100.35",
           "4DfL1m7QsRz6", "Nour Abou Samra <coordination@mrmln.example.org>",
           "MRMLN - Voluntary GCM Review Report",
           "<DB8PR01MB5521F7A3C2E0B9D4@DB8PR01MB5521.eurprd01.prod.outlook.example.com>", body,
           extra=outlook("MRMLN - Voluntary GCM Review Report", "AdcDa1b2c3d4e5f6a7b8c9d0e1f2a3b4==",
                         has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="the report PDF plus a spreadsheet of travel claims attached by mistake (not mentioned in the body, "
              "not part of the report); Outlook signature of four inline images (logo, social icons, a coalition "
              "badge) in multipart/related."))


# ================================================================ 24  FR  other  thanks, answering our acknowledgement of 06
def m24():
    when = at("2021-02-16 10:02:00")
    text = """Bonjour,

Bien reçu, merci. Et encore désolé pour la confusion avec le premier fichier.

Cordialement,
Hédi Trabelsi
ADMS

Le 03/02/2021 à 08:38, GCM Regional Review Arab States a écrit :
> Accusé de réception : nous avons bien reçu votre rapport volontaire
> (Rapport_volontaire_PMM_ADMS_2021.odt).
"""
    ack = ack_mid("4DVn9m4XbHz1")
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "smtp.adms-tunisie.example.org", "203.0.113.58", "4DfxQ25WmJz3",
           addr("Hédi Trabelsi", "h.trabelsi@adms-tunisie.example.org", enc="Q"),
           hdr("Re: Accusé de réception - Re: " + M05_SUBJ + " (bonne pièce jointe)", enc="Q"),
           "<c4a9e1d7-2f08-4b6e-9a3c-5d71f0e8b2a6@adms-tunisie.example.org>", body,
           extra=[("User-Agent", TB), ("In-Reply-To", ack), ("References", "%s %s %s" % (M05_ID, M06_ID, ack)),
                  ("Content-Language", "fr")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="a thank-you answering our acknowledgement of h220-06, two weeks later: adds nothing new, so no "
              "acknowledgement although a person wrote it (LABELS.md). References names h220-05 and h220-06; "
              "thread_of is the first message of the chain (h220-05)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
