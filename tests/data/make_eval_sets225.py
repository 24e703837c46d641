#!/usr/bin/env python3
"""Write the blind evaluation set holdout225 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets225.py
Theme: attachments in every shape (26 January - 17 February 2021).  Reports as .odt (accented name), .rtf, a
scanned PDF without a text layer ('scan0001.pdf'), a zipped folder, a .doc from Word 97-2003, a PDF named only
'document.pdf' from a phone, a Word file saved with a '.pdf' extension, a report pasted into an HTML body and a
report too large to attach shared by a OneDrive link; an Arabic-named PDF report beside an Outlook letterhead image
and signature logo; speaker requests carrying a spreadsheet nomination form, a signed nomination letter with an
Arabic or accented name, CVs and photos; a question about a 60 MB report; follow-ups on a faint scan and on the
wrong extension; a thank-you to an acknowledgement; an out-of-office and a bounce.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import struct
import zipfile
import zlib

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top, esc)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(225)
add = SET.add
H = "h225-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"


# ---------------------------------------------------------------- file shapes not in mailgen
def _zip(entries, stored_first=False):
    """entries: (name, bytes); fixed timestamps; the first stored uncompressed when stored_first (ODF 'mimetype')."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, (name, data) in enumerate(entries):
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 3, 17, 20, 0))
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and k == 0) or name.endswith("/") \
                else zipfile.ZIP_DEFLATED
            zi.external_attr = (0o755 << 16) | 0x10 if name.endswith("/") else 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_odt(paragraphs):
    """A small OpenDocument text file (LibreOffice Writer)."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join("<text:p>%s</text:p>" % x(p) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % ODT)
    return _zip([("mimetype", ODT.encode("ascii")), ("META-INF/manifest.xml", manifest.encode("utf-8")),
                 ("content.xml", content.encode("utf-8"))], stored_first=True)


def make_rtf(paragraphs):
    """RTF as WordPad/Word write it (ASCII only here)."""
    out = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\\viewkind4\\uc1\\pard\\f0\\fs22 "
    for p in paragraphs:
        out += p.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}") + "\\par\n"
    return (out + "}\n").encode("ascii")


def make_scan_pdf(pages=2, w=124, h=176, seed=7):
    """A PDF made only of page images (a scanner's output): no font, no text layer."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    x = seed
    for p in range(pages):
        rows = []
        for r in range(h):
            row = bytearray()
            for c in range(w):
                x = (x * 1103515245 + 12345) & 0x7fffffff
                ink = (r % 9 in (3, 4) and 12 < c < w - 12 and (x >> 8) % 5) or (r < 14 and 30 < c < 94)
                row.append(70 + (x >> 16) % 40 if ink else 235 + (x >> 12) % 18)
            rows.append(bytes(row))
        img = zlib.compress(b"".join(rows), 9)
        n_page, n_img, n_cont = len(objs) + 1, len(objs) + 2, len(objs) + 3
        cont = b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> >>"
                    b" /Contents %d 0 R >>" % (n_img, n_cont))
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img))
                    + img + b"\nendstream")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cont) + cont + b"endstream")
        kids.append(n_page)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    objs.append(b"<< /Producer (Canon iR-ADV C5535 PDF) /Creator (Canon) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.3\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, len(objs), xref))
    return out.getvalue()


def make_doc(paragraphs):
    """A Word 97-2003 style file: OLE2 compound-file header, then the text as UTF-16 (not a full CFB)."""
    head = bytearray(512)
    head[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    head[24:34] = struct.pack("<HHHHH", 0x3E, 0x03, 0xFFFE, 9, 6)
    head[44:48] = struct.pack("<I", 1)
    head[48:52] = struct.pack("<I", 1)
    head[60:64] = struct.pack("<I", 0xFFFFFFFE)
    head[68:72] = struct.pack("<I", 0xFFFFFFFE)
    text = "\r".join(paragraphs).encode("utf-16-le")
    pad = (-len(text)) % 512
    return bytes(head) + text + b"\x00" * pad


def make_xlsx(rows):
    """A one-sheet XLSX with inline strings (rows: lists of str)."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cols = "ABCDEFGH"
    sheet = "".join('<row r="%d">%s</row>' % (r + 1, "".join(
        '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r + 1, x(v)) for c, v in enumerate(row) if v))
        for r, row in enumerate(rows))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Speakers" sheetId="1" r:id="rId1"/></sheets>'
         '</workbook>' % (ns, rel)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, sheet)),
    ]
    return _zip([(n, t.encode("utf-8")) for n, t in files])


def outlook_html(text, lang="EN-US", rtl=False, top_img=None, sig_img=None, font="Calibri"):
    """Word-generated HTML for an Outlook message, optionally with a letterhead image on top and a logo at the end."""
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s><span style="font-family:%s">%s</span></p>\n'
                    % (d, font, "<br>\n".join(esc(x) for x in p.split("\n"))) for p in text.strip("\n").split("\n\n"))
    head = '<p class="MsoNormal"><img width="600" height="90" src="cid:%s"></p>\n' % top_img if top_img else ""
    tail = '<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>\n' % sig_img if sig_img else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="%s" link="#0563C1"><div class="WordSection1"%s>\n%s%s%s</div></body></html>\n'
            % (lang, d, head, paras, tail))


def image(cid, data, name, ctype="image/png"):
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


# ================================================================ 01  FR  auto_reply  out of office answering the invitation
def m01():
    when = at("2021-01-26 09:14:52")
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 1er février 2021 inclus, avec un accès très limité à ma messagerie.
Pour toute question relative aux activités de l'Observatoire, merci d'écrire à contact@odm-tunisie.example.org.

Cordialement,
Hela Trabelsi
"""
    body = alt(text, "_000_VI1PR08MB3165OOF2021012609_")
    subj = "Réponse automatique : Invitation - Examen régional du Pacte mondial pour des migrations sûres, " \
           "ordonnées et régulières dans la région arabe"
    rows = std_rows(when, "mail-vi1eur04on0702.outbound.protection.outlook.example.com", "198.51.100.72",
                    "4DPxQ21bVkz9", "Hela Trabelsi <h.trabelsi@odm-tunisie.example.org>", hdr(subj, enc="Q"),
                    rfcdate(sent_at(when, 1, 2)),
                    "<VI1PR08MB3165OOF1A2B3C4D5@VI1PR08MB3165.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<invitation.gcm-rr-arab-2021.fr@iom.int>"), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "h.trabelsi@odm-tunisie.example.org")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office answering the French invitation letter (In-Reply-To names the invitation, not "
              "in the set); subject repeats the invitation title. Never acknowledge."))


# ================================================================ 02  AR  speaker  rapporteur; signed nomination letter with an Arabic file name
M02_FILE = "كتاب ترشيح - جمعية كرامة.pdf"


def m02():
    when = at("2021-01-28 12:06:31")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

إشارةً إلى دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، يسرّ جمعية كرامة لحقوق العمال المهاجرين أن ترشّح الأستاذ فادي نصّار، منسق برنامج حماية العمال المهاجرين في الجمعية، لتولي دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.

تجدون مرفقاً كتاب الترشيح الرسمي موقّعاً من رئيسة الهيئة الإدارية.

وتفضلوا بقبول فائق الاحترام والتقدير،

ليلى منصور
المديرة التنفيذية
جمعية كرامة لحقوق العمال المهاجرين - بيروت، لبنان
"""
    letter = make_pdf(["Karama Association for Migrant Workers' Rights", "Beirut, 27 January 2021",
                       "Nomination letter - rapporteur", "Mr Fadi Nassar, Migrant Workers Protection Programme",
                       "Signed: Chairperson of the Board"])
    a = alt(text, "000000000000b7c1e205b9f3a4d2", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", letter, M02_FILE)], "000000000000b7c1e405b9f3a4d4")
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f48.google.example.com", "192.0.2.48", "4DRM2b0Gq7z4",
           addr("Karama Association", "karama.lebanon@gmail.example.com"), hdr("ترشيح مقرر - جمعية كرامة"),
           "<CAK7mW2Rf9eTq+3bN0sZx1LpYd8uHv6gJc4o@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فادي نصّار", "منسق برنامج حماية العمال المهاجرين", "جمعية كرامة لحقوق العمال المهاجرين", ["rapporteur"])],
        notes="speaker in prose with the honorific 'الأستاذ' (dropped) and a title written with its unit, kept "
              "(as dev 012); the sender (executive director) is not the speaker; the signature's organisation line "
              "ends with the place ('- بيروت، لبنان'), not part of the affiliation. The PDF with an Arabic file name "
              "is a signed nomination letter, not a report: no report_attachments."))


# ================================================================ 03  FR  speaker  two speakers in prose; CV and photo decoys
def m03():
    when = at("2021-01-29 16:48:09")
    text = """Bonjour,

Suite à votre courrier d'invitation, l'AMFM souhaiterait proposer deux intervenants pour la Conférence d'examen régional :

- Mme Mariem Sidi Brahim, Présidente de l'AMFM, pour une intervention lors d'une des séances plénières ;
- M. Cheikh Tidiane Ba, Chargé de programmes, pour la table ronde thématique 3.

Vous trouverez en pièces jointes leurs CV ainsi qu'une photo de chacun, au cas où vous en auriez besoin pour le programme.

Bien à vous,

Mariem Sidi Brahim
Association Mauritanienne Femmes et Migrations (AMFM)
Nouadhibou, Mauritanie
Tél. +222 00 00 00 00
"""
    cv1 = make_pdf(["Mariem Sidi Brahim - Curriculum vitae", "Presidente, AMFM (depuis 2014)"])
    cv2 = make_pdf(["Cheikh Tidiane Ba - CV", "Charge de programmes, AMFM"])
    a = alt(text, "0000000000004e8d2f05ba0c1b73", html=gmail_html(text))
    parts = [a, attach("application/pdf", cv1, "CV Mariem Sidi Brahim.pdf"),
             attach("application/pdf", cv2, "CV_CT_Ba_2021.pdf"),
             attach("image/png", make_png(30, 40, (120, 90, 70)), "photo MSB.png"),
             attach("image/png", make_png(30, 40, (60, 60, 80)), "IMG_20210128_101512.png")]
    m = mk(when, sent_at(when, 0, 6), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DS0nV3xJcz1",
           "Mariem Sidi Brahim <amfm.mauritanie@gmail.example.com>",
           hdr("Proposition d'intervenants - AMFM", enc="Q"),
           "<CAF3uJ8qWn2+Zt5kR0yPc7HbVd1eLs9mXg6o@mail.gmail.example.com>",
           multi("mixed", parts, "0000000000004e8d3105ba0c1b75"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Sidi Brahim", "Présidente", "Association Mauritanienne Femmes et Migrations (AMFM)", ["plenary"]),
        sp("Cheikh Tidiane Ba", "Chargé de programmes", "Association Mauritanienne Femmes et Migrations (AMFM)",
           ["roundtable"], 3)],
        notes="two speakers in a dashed prose list naming the organisation only by acronym ('Présidente de "
              "l'AMFM'); the full name with the acronym is in the signature, followed by a place line (not part of "
              "the affiliation). Four attachments (two CVs, two photos, one named by the phone camera) are speaker "
              "material, not a report. The sender is also the first speaker."))


# ================================================================ 04  EN  speaker  two speakers, nomination form as a spreadsheet
M04_FILE = "GCM_RR_Speaker_Nomination_Form_ALRC.xlsx"


def m04():
    when = at("2021-02-01 11:32:40")
    text = """Dear GCM Regional Review team,

Please find attached our completed speaker nomination form (Excel). For ease of reference, the two nominees are:

1. Hana Yousef - Legal Aid Coordinator - thematic roundtable 4
2. Tarek Nassar - Community Outreach Officer - open discussion of the multi-stakeholder consultation on 23 February

Both are staff of our Centre; we have also registered them through the online form.

Kind regards,

Maya Jaber
Programme Manager
Amel Legal Resource Centre (ALRC) | Tripoli, Lebanon
T: +961 0 000 000
"""
    form = make_xlsx([["GCM Regional Review - Arab region 2021: speaker nomination"], [],
                      ["Name", "Title", "Organisation", "Role", "Roundtable"],
                      ["Hana Yousef", "Legal Aid Coordinator", "ALRC", "Roundtable", "4"],
                      ["Tarek Nassar", "Community Outreach Officer", "ALRC", "Open discussion (23 Feb)", ""]])
    a = alt(text, "_000_AM6PR10MB2390F1C7E5A2B04D_")
    body = multi("mixed", [a, attach(XLSX, form, M04_FILE)], "_004_AM6PR10MB2390F1C7E5A2B04D_")
    subj = "Speaker nominations - ALRC"
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur05on2061.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DTqk74WZnz7", "Maya Jaber <m.jaber@alrc-lb.example.org>", subj,
           "<AM6PR10MB2390F1C7E5A2B04D@AM6PR10MB2390.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW+IL2mNq1vB7kR0s3t5u7w9y1z3A5Bw==", has_attach="yes"))
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Yousef", "Legal Aid Coordinator", "Amel Legal Resource Centre (ALRC)", ["roundtable"], 4),
        sp("Tarek Nassar", "Community Outreach Officer", "Amel Legal Resource Centre (ALRC)", ["open_discussion"])],
        notes="the nomination form is an XLSX spreadsheet (names, titles, 'ALRC', roles); the body repeats the two "
              "nominees on dash-separated lines without the organisation, which is given as 'our Centre' and in the "
              "sender's signature (place after '|' not part of it). The sender is not a speaker. The spreadsheet "
              "is not a report."))


# ================================================================ 05  AR  report  Arabic-named PDF beside a letterhead image and a signature logo
M05_FILE = "التقرير الطوعي لاستعراض الاتفاق العالمي - مؤسسة تمكين.pdf"


def m05():
    when = at("2021-02-02 10:19:55")
    text = """السادة الكرام في فريق الاستعراض الإقليمي،
تحية طيبة وبعد،

يسعدنا أن نرفق لكم التقرير الطوعي لمؤسسة تمكين للمساعدة القانونية وحقوق الإنسان حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في الأردن، للفترة 2019-2020، مع التركيز على الأهداف 6 و7 و15.

نرجو التكرم بتأكيد الاستلام.

مع خالص الشكر والتقدير،

رزان العمري
مسؤولة الأبحاث والسياسات
مؤسسة تمكين للمساعدة القانونية وحقوق الإنسان
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Tamkeen for Legal Aid and Human Rights",
                  ["Introduction", "Methodology", "Objectives 6, 7 and 15", "Challenges", "Recommendations"])
    html = outlook_html(text, lang="AR-JO", rtl=True, top_img="image002.png@01D6F92E.6A1B3C40",
                        sig_img="image001.png@01D6F92E.6A1B3C40", font="Simplified Arabic")
    inner = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                  "_000_HE1PR04MB31215E0A9C7D2B6F_")
    rel = multi("related", [inner, logo("image001.png@01D6F92E.6A1B3C40", (0, 110, 80)),
                            image("image002.png@01D6F92E.6A1B3C40", make_png(120, 18, (230, 230, 230)),
                                  "image002.png")],
                "_006_HE1PR04MB31215E0A9C7D2B6F_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M05_FILE)], "_007_HE1PR04MB31215E0A9C7D2B6F_")
    subj = "التقرير الطوعي - مؤسسة تمكين"
    m = mk(when, sent_at(when, 2, 8), "mail-he1eur04on0615.outbound.protection.outlook.example.com", "198.51.100.15",
           "4DV5Lr2sYpz3", addr("رزان العمري", "r.alomari@tamkeen-jo.example.org"), hdr(subj),
           "<HE1PR04MB31215E0A9C7D2B6F@HE1PR04MB3121.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcpRt7Q2mXk9pLzS0aB1cD3eF5gH7iJ9A==", lang="ar-JO", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="Outlook: multipart/mixed > related (alternative + two inline images) + the PDF. The letterhead "
              "banner (image002.png) and the signature logo (image001.png) are not the report; the report's "
              "Arabic file name is sent as RFC 2231 (filename*) + RFC 2047 (name). Signature title is not a "
              "speaker request."))


# ================================================================ 06  FR  report  LibreOffice .odt with an accented name, Thunderbird
M06_FILE = "Rapport_volontaire_PMM_Solidarité_Sud.odt"


def m06():
    when = at("2021-02-03 09:57:18")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'association Solidarité Sud (Médenine, Tunisie) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le document a été rédigé sous LibreOffice (format .odt). Si vous rencontrez une difficulté pour l'ouvrir, n'hésitez pas à nous le signaler : nous pourrons vous en adresser une version PDF.

Avec nos salutations les meilleures,

--
Mohamed Ali Gharbi
Secrétaire général
Association Solidarité Sud
"""
    odt = make_odt(["Rapport volontaire - Examen régional du PMM, région arabe 2021", "Association Solidarité Sud",
                    "1. Contexte", "2. Méthodologie", "3. Objectifs 2, 5 et 21", "4. Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(ODT, odt, M06_FILE)], "------------8D1C4E6A2B0F3957E1A4C2D0")
    m = mk(when, sent_at(when, 1, 4), "smtp.solidarite-sud.example.org", "203.0.113.46", "4DVpR80cTwz6",
           "Mohamed Ali Gharbi <sg@solidarite-sud.example.org>", hdr("Rapport volontaire PMM - Solidarité Sud", enc="Q"),
           "<3e9b5f12-7c4a-4d8e-a1f0-6b2c9d8e7f10@solidarite-sud.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="report as an OpenDocument text (.odt, application/vnd.oasis.opendocument.text) whose name carries "
              "an accent ('Solidarité'): RFC 2231 filename* + RFC 2047 name; Thunderbird format=flowed 8bit body. "
              "The sender offers a PDF if needed (nothing to do)."))


# ================================================================ 07  AR  both  .doc from an old Word + plenary speaker, windows-1256
M07_FILE = "GCM Report JAWW 2021.doc"


def m07():
    when = at("2021-02-03 13:44:02")
    text = """السادة / فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة        المحترمين
تحية طيبة وبعد ،،

نرفق لكم طيه التقرير الطوعي للجمعية الأردنية لرعاية العمال الوافدين بخصوص تنفيذ الاتفاق العالمي للهجرة الآمنة والمنظمة والنظامية في الأردن.

كما نرغب بترشيح رئيس الجمعية السيد/ محمود الطاهر ، رئيس مجلس الإدارة ، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و 25 شباط 2021.

وتفضلوا بقبول فائق الاحترام ،،

سهى القضاة
سكرتيرة الجمعية
الجمعية الأردنية لرعاية العمال الوافدين
عمان - الأردن
هاتف : 5000000 6 962+
"""
    doc = make_doc(["Voluntary GCM review report", "Jordanian Association for the Welfare of Migrant Workers",
                    "1. Introduction", "2. Legal framework", "3. Objectives 6 and 7", "4. Recommendations"])
    a = alt(text, "----=_NextPart_001_0013_01D6FA21.4C2E8A30", charset="windows-1256")
    body = multi("mixed", [a, attach("application/msword", doc, M07_FILE)], "----=_NextPart_000_0012_01D6FA21.4C2E8A30")
    subj = "تقرير طوعي + طلب مداخلة"
    m = mk(when, sent_at(when, 2, 9), "mail.jaww-jo.example.org", "203.0.113.87", "4DVxF15dMkz2",
           addr("سهى القضاة", "info@jaww-jo.example.org", charset="windows-1256"), hdr(subj, "windows-1256"),
           "<000c01d6fa21$4c2e8a30$e48b9e90$@jaww-jo.example.org>", body,
           extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Adb6IUwuijDki56QRpWd8s0LYw2Brw=="),
                  ("Content-Language", "ar-jo")])
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M07_FILE], speakers=[
        sp("محمود الطاهر", "رئيس مجلس الإدارة", "الجمعية الأردنية لرعاية العمال الوافدين", ["plenary"])],
        notes="Outlook 2007, windows-1256 text and HTML, RFC 2047 windows-1256 subject and name; the report is a "
              "Word 97-2003 .doc (application/msword, OLE2 header). Speaker in prose after 'السيد/' (dropped) with "
              "the title after a comma; the speaker's organisation is given as 'الجمعية' and in full in the "
              "secretary's signature, whose place line is not part of it. Both parts on time (3 February)."))


# ================================================================ 08  EN  speaker  on behalf of the director, details in his pasted signature, HTML only
def m08():
    when = at("2021-02-03 15:02:26")
    inner = """<div style="font-family:Segoe UI,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>I am writing on behalf of Dr. Khoury, who would like to request a floor intervention in one of the plenary sessions of the Regional Review Conference on 24-25 February. He is travelling this week and asked me to send you his details, which I copy below from his email signature:</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#444">
<b>Samir Khoury, PhD</b><br>
Director, Migration Policy Lab<br>
Faculty of Social and Behavioral Sciences<br>
University of the Levant<br>
P.O. Box 00-000, Beirut
</blockquote>
<p>Please do not hesitate to contact me for anything further.</p>
<p>Best regards,<br>
Rana Aziz<br>
Executive Assistant to the Director<br>
Migration Policy Lab</p>
<p style="color:#888;font-size:9pt">Sent from Outlook on the web</p>
</div>"""
    subj = "Request for floor intervention - Dr. Samir Khoury (plenary)"
    m = mk(when, sent_at(when, 2, 6), "mail-db8eur05on2093.outbound.protection.outlook.example.com", "198.51.100.93",
           "4DW0cQ4yLsz5", "Rana Aziz <ra210@ulevant.example.edu>", subj,
           "<DB8PR05MB6012A3E7C9F0B1D4@DB8PR05MB6012.eurprd05.prod.outlook.example.com>", html_only(inner, lang="en"),
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW+ip0xZ3c5aQ7VkOsPp2rE8Gm1w=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[192.0.2.210]")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Khoury", "Director, Migration Policy Lab", "University of the Levant", ["plenary"])],
        notes="HTML-only (Outlook on the web); sent on behalf of the speaker by his assistant, whose own title is in "
              "her signature. The speaker's details are his signature pasted into a blockquote: name with the "
              "post-nominal 'PhD' (dropped like an honorific), title written with its unit on one line (kept, as "
              "dev 012), then faculty, university and address lines. Not covered by dev: the affiliation is "
              "recorded as the university line, as a secretary would register it; the faculty line is left out."))


# ================================================================ 09  AR  speaker  Levantine dialect from a phone, two speakers
M09_QID = "4DWPy76BmHz0"
M09_ID = "<1688412957.2104483.1612426903117@mail.yahoo.example.com>"


def m09():
    when = at("2021-02-04 10:21:47")
    text = """مرحبا

حابين نسجل شخصين من عنا بالمؤتمر الإقليمي:

- أحمد الزعبي، مدير المشاريع، بدو يشارك بالنقاش المفتوح يوم ٢٣ شباط
- رهف القاسم، باحثة ميدانية، بالطاولة المستديرة رقم ٢

نحنا تجمع شباب حوران للتنمية، وسجلنا على الرابط اللي بعتوه.
يعطيكم العافية

أحمد

مرسل من Yahoo Mail على Android
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 3), "sonic313-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.113", M09_QID,
           addr("Ahmad Alzoubi", "ahmad.zoubi87@yahoo.example.com"), hdr("تسجيل متحدثين"), M09_ID, body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrinAndroid")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد الزعبي", "مدير المشاريع", "تجمع شباب حوران للتنمية", ["open_discussion"]),
        sp("رهف القاسم", "باحثة ميدانية", "تجمع شباب حوران للتنمية", ["roundtable"], 2)],
        notes="Levantine dialect from a phone (Yahoo Mail on Android, plain text only); two speakers on "
              "comma-separated dashed lines, roundtable as 'الطاولة المستديرة رقم ٢' (Arabic-Indic digit); the "
              "organisation is named once in the body ('نحنا تجمع ...'), for both. English From display name. No "
              "attachment. The acknowledgement to this address bounces (h225-10)."))


# ================================================================ 11  FR  both  zipped folder (report + annexes) + roundtable 1 speaker
M11_FILE = "Contribution_RMDM_PMM_2021.zip"


def m11():
    when = at("2021-02-04 17:35:10")
    text = """Mesdames et Messieurs,

Le Réseau Mauritanien pour la Défense des Migrants (RMDM) a l'honneur de vous transmettre sa contribution à l'examen régional du Pacte mondial pour les migrations. Le dossier compressé ci-joint contient le rapport volontaire (PDF) et ses deux annexes (tableau des cas suivis et liste des organisations membres consultées).

Par ailleurs, le RMDM souhaite prendre la parole lors de la table ronde thématique n° 1. L'intervention serait assurée par M. Ahmed Ould Ely, Secrétaire exécutif du Réseau.

Nous vous prions d'agréer, Mesdames et Messieurs, l'expression de nos salutations distinguées.

Aminata Diop
Chargée de communication
Réseau Mauritanien pour la Défense des Migrants (RMDM)
Nouakchott, Mauritanie
"""
    folder = "Contribution RMDM PMM 2021/"
    z = _zip([(folder, b""),
              (folder + "Rapport volontaire RMDM - PMM 2021.pdf",
               rep_pdf("Rapport volontaire d'examen du PMM", "Reseau Mauritanien pour la Defense des Migrants (RMDM)",
                       ["Introduction", "Methodologie", "Objectifs 8, 12 et 23", "Recommandations"])),
              (folder + "Annexe 1 - Tableau des cas.xlsx",
               make_xlsx([["Annee", "Cas suivis", "Refoulements"], ["2019", "312", "41"], ["2020", "288", "63"]])),
              (folder + "Annexe 2 - Organisations membres.docx",
               make_docx(["Organisations membres consultees", "1. ...", "2. ..."]))])
    a = alt(text, "_000_PR3PR09MB5403C6A1E9D2F7B8_")
    body = multi("mixed", [a, attach("application/x-zip-compressed", z, M11_FILE)], "_004_PR3PR09MB5403C6A1E9D2F7B8_")
    subj = "Contribution du RMDM - rapport volontaire PMM et demande d'intervention"
    m = mk(when, sent_at(when, 0, 7), "mail-pr3eur09on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4DWc4m0ZRvz8", "RMDM Communication <communication@rmdm.example.org>", hdr(subj, enc="Q"),
           "<PR3PR09MB5403C6A1E9D2F7B8@PR3PR09MB5403.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcrB0fV8kLmN2pQ4rS6tU8vW0xY2z==", lang="fr-FR", has_attach="yes"))
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M11_FILE], speakers=[
        sp("Ahmed Ould Ely", "Secrétaire exécutif", "Réseau Mauritanien pour la Défense des Migrants (RMDM)",
           ["roundtable"], 1)],
        notes="the report is a ZIP of a folder holding the report PDF and two annexes (XLSX, DOCX): the ZIP, as the "
              "sender named it, is the report attachment. Speaker in prose ('M. ...', dropped; title 'Secrétaire "
              "exécutif du Réseau', the organisation given in full in the first paragraph and the signature); "
              "'table ronde thématique n° 1'. Sent by the communication officer. Both parts on time."))




# ================================================================ 10  EN  bounce  our acknowledgement of 09: mailbox full
def m10():
    when = at("2021-02-04 10:23:05")
    rcpt = "ahmad.zoubi87@yahoo.example.com"
    text = POSTFIX_NOTICE + """
<%s>: host mta7.am0.yahoodns.example.net[192.0.2.201] said:
    552 1 Requested mail action aborted, mailbox full (in reply to RCPT TO
    command)
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWQ0T2hKxz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 552 1 Requested mail action aborted, mailbox full\n"
           % (rfcdate(when - dt.timedelta(seconds=4), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Ahmad Alzoubi <%s>\n"
            "Subject: =?utf-8?b?2KXYtNi52KfYsSDYp9iz2KrZhNin2YUgLyBBY2tub3dsZWRnZW1lbnQgb2YgcmVjZWlwdA==?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "Auto-Submitted: auto-replied\n" % (rcpt, rfcdate(when - dt.timedelta(seconds=7)), ack_mid(M09_QID), M09_ID))
    body = dsn_report(text, dsn, hdrs, "4DWQ0V5kNbz9.1612426985/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWQ0V5kNbz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210204082305.4DWQ0V5kNbz9@mx1.iom.int>")]
    add(10, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, 5.2.2 mailbox full at the remote host, for our acknowledgement of h225-09 (the returned "
              "headers carry an Arabic/English encoded subject and In-Reply-To h225-09). Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 12  EN  other  a 60 MB report: link, zip or ODT?
def m12():
    when = at("2021-02-05 09:48:33")
    text = """Hello,

We are finalising our voluntary GCM review report and have two practical questions before sending it:

1) With the photographs and the annexed survey data, the file is about 60 MB. Our mail server will not send anything above 25 MB. Can we share it through a link (Google Drive or WeTransfer), or should we split it into several emails or compress it?

2) Our team works in LibreOffice. Is an .odt file acceptable, or do you need PDF or Word?

We expect to send the report next week, well before the 16 February deadline.

Thanks in advance,
Dalia Hamdan
Research Assistant, Department of Sociology and Anthropology
Gulf Coast University
"""
    body = alt(text, "000000000000c92e7105ba9d0e44", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 5), "mail-lf1-f52.google.example.com", "192.0.2.152", "4DX8sM1qFhz3",
           "Dalia Hamdan <dalia.hamdan.gcu@gmail.example.com>", "Question on sending a large report (60 MB)",
           "<CAOp4Xq9Lr7v+Wb2mT8kZs3YcN1dHf6eJu0g@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question about the size and format of a report not yet sent (link, splitting, zip, .odt): "
              "attachment-heavy vocabulary but nothing is submitted and no speaker is proposed."))


# ================================================================ 13  AR  speaker  the form pasted into the body, two roles, 23:41 on 5 February
def m13():
    when = at("2021-02-05 23:41:20")
    text = """مساء الخير،

لم نتمكن من تحميل استمارة المتحدثين كملف، لذلك ننسخ بياناتها أدناه كما هي:

------------------------------
استمارة طلب دور متحدث
الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية 2021
------------------------------
الاسم الكامل: د. نادية الحسيني
المسمى الوظيفي: رئيسة قسم الدراسات الاجتماعية
الجهة/المؤسسة: مركز الخليج لدراسات الهجرة والعمل - الكويت
الدور المطلوب (يمكن اختيار أكثر من دور):
[ ] المشاركة في النقاش المفتوح (23 شباط/فبراير)
[ ] مقرر/ة لعرض الرسائل الرئيسية
[X] مداخلة في الجلسة العامة
[X] مداخلة في مائدة مستديرة مواضيعية - رقم المائدة: 2
------------------------------

مع الشكر،
نادية
"""
    html = gmail_html(text, rtl=True)
    body = alt(text, "000000000000e1f24a05baa3c5d7", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-pj1-f44.google.example.com", "192.0.2.144", "4DXZr01tWcz5",
           addr("Nadia Al-Husseini", "n.alhusseini@gcmls.example.org"), hdr("استمارة المتحدث - مركز الخليج"),
           "<CAHn2Vy5Kq8w+Ls1bR9mTz4XdP7eGc3fJa6u@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نادية الحسيني", "رئيسة قسم الدراسات الاجتماعية", "مركز الخليج لدراسات الهجرة والعمل",
           ["plenary", "roundtable"], 2)],
        notes="the speaker form is pasted into the body as text (the file could not be attached): roles are the "
              "ticked boxes ([X]: plenary and roundtable 2), unticked boxes do not count; 'د.' dropped from the "
              "name; title written with its unit, kept; the place after the organisation ('- الكويت') is not part "
              "of the affiliation. Received 23:41 Beirut time on 5 February (Date header 00:41 +0300 on the 6th): "
              "on time."))


# ================================================================ 14  FR  speaker  late, on behalf of the president, iPhone, accented letter name
def m14():
    when = at("2021-02-08 20:12:44")
    fname = "Lettre_de_désignation_UASM.pdf"
    text = """Bonsoir,

Je me permets de vous écrire au nom de l'Union des Associations de Solidarité avec les Migrants (UASM). Notre Président, M. Brahim Lakhdar, souhaiterait intervenir lors d'une session plénière de la Conférence des 24 et 25 février.

Nous savons que la date du 5 février est passée et vous prions de nous excuser pour ce retard, dû à la tenue tardive de notre bureau exécutif. La lettre de désignation signée est jointe.

Cordialement,
Nadia Cherif
Chargée de communication - UASM

Envoyé de mon iPhone"""
    letter = make_pdf(["UASM - Lettre de designation", "M. Brahim Lakhdar, President", "Alger, le 7 fevrier 2021"])
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    p = attach("application/pdf", letter, fname)
    body = multi("mixed", [t1, p], "Apple-Mail-4F1B6C2D-8E3A-4B7C-9D0E-1F2A3B4C5D6E")
    m = mk(when, sent_at(when, 1, 9), "smtp-out.orange.example.fr", "203.0.113.190", "4DYzLq3pG6z1",
           addr("Nadia Cherif", "nadia.cherif.uasm@orange.example.fr"), hdr("Demande d'intervention - UASM", enc="Q"),
           "<6C0D9A3E-2B4F-4E1A-8C7D-5F9B0A1E2D3C@orange.example.fr>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Brahim Lakhdar", "Président", "Union des Associations de Solidarité avec les Migrants (UASM)", ["plenary"])],
        notes="late (8 February), says so; sent on behalf of the president from a phone by the communication "
              "officer; 'M.' dropped. The PDF with an accented name is a signed designation letter, not a report."))


# ================================================================ 15  EN  both  .rtf report + rapporteur: the speaker part is late
M15_QID = "4DZJ8w2nVqz4"
M15_ID = "<VI1PR07MB4738D2E9A1C6F0B3@VI1PR07MB4738.eurprd07.prod.outlook.example.com>"
M15_SUBJ = "NVMN - Voluntary GCM review report and rapporteur nomination"
M15_FILE = "NVMN GCM voluntary review.rtf"


def m15():
    when = at("2021-02-09 12:27:36")
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Nile Valley Migrants Network (NVMN), prepared jointly by our 14 member organisations in Egypt and Sudan. It is saved in Rich Text Format because several members still work with older software; please let us know if you need another format.

We would also like to propose our Regional Coordinator, Ms. Amani Osman, as one of the rapporteurs delivering the stakeholders' key messages. I am aware that the deadline for speaker requests was last Friday and hope you can still consider her.

With best regards,

Yasir Abdelrahman
Programme Officer
Nile Valley Migrants Network (NVMN)
Khartoum | Cairo
"""
    rtf = make_rtf(["NVMN - Voluntary GCM Review Report 2021", "Nile Valley Migrants Network", "1. Introduction",
                    "2. Consultation with 14 member organisations", "3. Objectives 10, 11 and 17",
                    "4. Recommendations"])
    html = outlook_html(text, sig_img="image001.png@01D6FEC3.1A2B3C40")
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D6FEC3.1A2B3C40", (10, 70, 140))],
                "_004_VI1PR07MB4738D2E9A1C6F0B3_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR07MB4738D2E9A1C6F0B3_")
    body = multi("mixed", [a, attach("application/rtf", rtf, M15_FILE)], "_005_VI1PR07MB4738D2E9A1C6F0B3_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur07on0620.outbound.protection.outlook.example.com", "198.51.100.120",
           M15_QID, "Yasir Abdelrahman <y.abdelrahman@nvmn.example.org>", M15_SUBJ, M15_ID, body,
           extra=outlook(M15_SUBJ, "AQHW/tQ1r8cL2mZ0Q0eS9b7yN4kHxA==", has_attach="yes"))
    add(15, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[M15_FILE], speakers=[
        sp("Amani Osman", "Regional Coordinator", "Nile Valley Migrants Network (NVMN)", ["rapporteur"])],
        notes="both, received 9 February: the report part (.rtf, application/rtf, spaces in the name) is on time "
              "but the speaker part is late, so on_time is false; the sender says he knows. Speaker in prose "
              "('Ms.' dropped), organisation from the first paragraph and the signature (place line not part of "
              "it). Inline signature logo image001.png is not a report file."))


# ================================================================ 16  AR  report  scanned signed report, 'scan0001.pdf', no text layer
M16_ID = "<CAGt5Rm8Wq2x+Pn7dK1sVz9YbL3eHc6fJo4i@mail.gmail.example.com>"
M16_SUBJ = "التقرير الطوعي - النقابة العامة للعاملين في الخدمات"
M16_TEXT = """السلام عليكم،

مرفق التقرير الطوعي للنقابة العامة للعاملين في الخدمات حول تنفيذ الاتفاق العالمي للهجرة، موقّعاً ومختوماً من رئيس النقابة (نسخة ممسوحة ضوئياً).

مع التحية،
خالد البنا
أمين سر النقابة
"""


def m16():
    when = at("2021-02-10 11:05:49")
    a = alt(M16_TEXT, "0000000000007a3c9b05bb02e8f1", html=gmail_html(M16_TEXT, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", make_scan_pdf(), "scan0001.pdf")], "0000000000007a3c9d05bb02e8f3")
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f71.google.example.com", "192.0.2.71", "4F0Wm31sQdz7",
           addr("خالد البنا", "union.services.gs@gmail.example.com"), hdr(M16_SUBJ), M16_ID, body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=["scan0001.pdf"],
        notes="the report is a scanned PDF named by the scanner ('scan0001.pdf'): two page images, no font and no "
              "text layer, so nothing can be read from it without OCR; the body says what it is. Followed up by "
              "h225-22."))


# ================================================================ 17  EN  report  iPhone, 'document.pdf', almost no text
def m17():
    when = at("2021-02-11 08:33:12")
    t1 = leaf("text/plain", "Dear team\n\nAttached our report for the GCM review.\n\nRegards\nJoseph Deng\nSudanese "
              "Diaspora Welfare Association\n\n", "us-ascii", "7bit")
    pdf = rep_pdf("GCM Voluntary Review Report", "Sudanese Diaspora Welfare Association",
                  ["Background", "Consultations with returnees", "Objectives 14 and 19", "Recommendations"])
    p = leaf("application/pdf", pdf, cte="base64", params=[("x-unix-mode", "0644"), ("name", '"document.pdf"')],
             disp='inline; filename="document.pdf"')
    t2 = leaf("text/plain", "\n\nSent from my iPhone", "us-ascii", "7bit")
    body = multi("mixed", [t1, p, t2], "Apple-Mail-7D2E9B14-3C5A-4F60-8B1E-2A9C0D4E6F70")
    m = mk(when, sent_at(when, 4, 8), "mail-qt1-f180.google.example.com", "192.0.2.180", "4F1B9k5rNwz2",
           "Joseph Deng <josephdeng.sdwa@gmail.example.com>", "GCM report",
           "<A7F3C2E1-9B0D-4A6E-8C5F-1D2E3F4A5B6C@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["document.pdf"],
        notes="iPhone layout (text, inline PDF, text); the file is named only 'document.pdf' and the body is two "
              "lines: the report is the only attachment. Date header in UTC+4."))


# ================================================================ 18  FR  report  a Word file saved with a '.pdf' extension
M18_ID = "<AS8PR02MB7061B5E3D9A2C4F1@AS8PR02MB7061.eurprd02.prod.outlook.example.com>"
M18_SUBJ = "Rapport volontaire PMM - AMSM"
M18_FILE = "Rapport_PMM_AMSM_VF.pdf"
M18_TEXT = """Bonjour,

Nous avons le plaisir de vous adresser ci-joint le rapport volontaire de l'Association Marocaine de Soutien aux Migrants (AMSM) sur la mise en œuvre du Pacte mondial au Maroc (2019-2020).

Restant à votre disposition,

Salma Berrada
Chargée de plaidoyer
AMSM - Oujda
"""


def m18():
    when = at("2021-02-12 10:04:27")
    wrong = make_docx(["Rapport volontaire - Examen regional du PMM 2021",
                       "Association Marocaine de Soutien aux Migrants (AMSM)", "1. Introduction",
                       "2. Objectifs 4, 15 et 16", "3. Recommandations"])
    a = alt(M18_TEXT, "_000_AS8PR02MB7061B5E3D9A2C4F1_")
    body = multi("mixed", [a, attach("application/pdf", wrong, M18_FILE)], "_004_AS8PR02MB7061B5E3D9A2C4F1_")
    m = mk(when, sent_at(when, 1, 6), "mail-as8eur02on0659.outbound.protection.outlook.example.com", "198.51.100.59",
           "4F1v0R7bKmz9", "Salma Berrada <s.berrada@amsm-maroc.example.org>", M18_SUBJ, M18_ID, body,
           extra=outlook(M18_SUBJ, "AdcBE5hG2kQ7mL0pRt3sW8vY1zA4bC==", lang="fr-FR", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="wrong extension: the file is named '.pdf' and sent as application/pdf, but its bytes are a DOCX "
              "(ZIP, word/document.xml). Recorded as named by the sender; a PDF reader will fail on it. The sender "
              "notices later (h225-23)."))


# ================================================================ 19  EN  other  thank-you answering our acknowledgement of 15
def m19():
    when = at("2021-02-12 11:16:03")
    text = """Dear colleagues,

Many thanks for the confirmation, well received.

Best,
Yasir

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 9, 2021 12:28 PM
To: Yasir Abdelrahman <y.abdelrahman@nvmn.example.org>
Subject: Acknowledgement of receipt - %s

Dear Yasir Abdelrahman,

Thank you for your message. Your submission has been received and registered.
""" % M15_SUBJ
    subj = "RE: Acknowledgement of receipt - " + M15_SUBJ
    m = mk(when, sent_at(when, 2, 4), "mail-vi1eur07on0620.outbound.protection.outlook.example.com", "198.51.100.120",
           "4F1wP24dLsz1", "Yasir Abdelrahman <y.abdelrahman@nvmn.example.org>", subj,
           "<VI1PR07MB4738F0A2C4E6B8D1@VI1PR07MB4738.eurprd07.prod.outlook.example.com>",
           alt(text, "_000_VI1PR07MB4738F0A2C4E6B8D1_"),
           extra=outlook(subj, "AQHW/tQ1r8cL2mZ0Q0eS9b7yN4kHxIAAmQ3w") + [
               ("In-Reply-To", ack_mid(M15_QID)), ("References", "%s %s" % (M15_ID, ack_mid(M15_QID)))])
    add(19, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 15,
        notes="a thank-you answering our acknowledgement of h225-15 (In-Reply-To our acknowledgement, References "
              "h225-15); adds nothing new: do not acknowledge. The quoted acknowledgement is not a submission."))


# ================================================================ 20  FR  speaker  late, details only in the signature, signature logo
def m20():
    when = at("2021-02-12 15:39:58")
    text = """Bonjour,

Je viens seulement de prendre connaissance de l'appel à intervenants. Si c'est encore possible malgré la date limite, je souhaiterais prendre la parole lors de la deuxième table ronde thématique de la Conférence, pour présenter notre travail d'accompagnement des travailleurs migrants subsahariens à Sfax.

Merci d'avance pour votre retour.

Sofiane Merabet
Chargé de projets migration
Association Tunisienne d'Aide aux Migrants (ATAM)
Sfax – Tunisie
www.atam.example.org
"""
    html = outlook_html(text, lang="FR", sig_img="image001.png@01D7013A.5C6D7E80")
    rel = multi("related", [leaf("text/html", html),
                            logo("image001.png@01D7013A.5C6D7E80", (200, 60, 20))],
                "_004_DB9PR01MB7346E2A4C6B8D0F1_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9PR01MB7346E2A4C6B8D0F1_")
    subj = "Demande de prise de parole - table ronde"
    m = mk(when, sent_at(when, 1, 5), "mail-db9eur01on0630.outbound.protection.outlook.example.com", "198.51.100.130",
           "4F27Xb3tNgz6", "Sofiane Merabet <projets@atam.example.org>", subj,
           "<DB9PR01MB7346E2A4C6B8D0F1@DB9PR01MB7346.eurprd01.prod.outlook.example.com>", a,
           extra=outlook(subj, "AdcBNyF4pZr2mT9kLq1sVw8xY3zB6c==", lang="fr-FR"))
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sofiane Merabet", "Chargé de projets migration", "Association Tunisienne d'Aide aux Migrants (ATAM)",
           ["roundtable"], 2)],
        notes="late (12 February) and says so; first-person request, the name, title and organisation are only in "
              "the signature (place line 'Sfax – Tunisie' not part of the affiliation); roundtable as an ordinal "
              "word ('deuxième table ronde'). The only attachment is the inline signature logo (image001.png): no report."))


# ================================================================ 21  AR  report  pasted in full into an HTML-only body, no file
def m21():
    when = at("2021-02-16 14:22:40")
    inner = """<div style="font-family:Arial;font-size:12pt">
<p>السادة أمانة الاستعراض الإقليمي المحترمين،</p>
<p>تعذّر علينا إرفاق التقرير بسبب مشكلة في البريد، لذا ندرجه أدناه كاملاً.</p>
<hr>
<h2>التقرير الطوعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</h2>
<p><b>الجهة المقدِّمة:</b> جمعية التضامن مع العمالة المنزلية - البحرين<br>
<b>الفترة المشمولة:</b> كانون الثاني/يناير 2019 - كانون الأول/ديسمبر 2020</p>
<h3>أولاً: المقدمة</h3>
<p>يقدم هذا التقرير قراءة لتنفيذ الاتفاق العالمي من منظور العاملات والعاملين في المنازل، استناداً إلى الحالات التي تابعتها الجمعية خلال فترة التقرير.</p>
<h3>ثانياً: المنهجية</h3>
<ul><li>مراجعة 214 ملفاً من ملفات المساعدة القانونية؛</li><li>ثلاث مجموعات نقاش مع عاملات منزليات؛</li><li>مقابلات مع محامين ومع ممثلين عن سفارات دول المنشأ.</li></ul>
<h3>ثالثاً: التقدم المحرز حسب الأهداف</h3>
<p><b>الهدف 6 (التوظيف العادل والعمل اللائق):</b> ما زالت رسوم الاستقدام تُحمَّل على العمال في كثير من الحالات رغم حظرها قانوناً.</p>
<p><b>الهدف 7 (معالجة أوجه الضعف):</b> أدت جائحة كوفيد-19 إلى احتجاز عاملات في منازل أصحاب العمل لفترات طويلة دون أجر.</p>
<p><b>الهدف 16 (التمكين والإدماج):</b> تحسّن محدود في الوصول إلى خدمات الشكاوى عبر الهاتف.</p>
<h3>رابعاً: التحديات</h3>
<p>ضعف آليات التفتيش في المنازل، واحتجاز جوازات السفر، وصعوبة الوصول إلى العدالة بعد انتهاء العقد.</p>
<h3>خامساً: التوصيات</h3>
<ol><li>إدراج العمالة المنزلية في نطاق قانون العمل؛</li><li>منع احتجاز الوثائق الشخصية ومعاقبة مخالفيه؛</li><li>إنشاء ملاجئ وخطوط ساخنة متعددة اللغات.</li></ol>
<hr>
<p>مع فائق الاحترام،<br>
منيرة الدوسري<br>
رئيسة الجمعية</p>
</div>"""
    m = mk(when, sent_at(when, 3, 7), "mail-ot1-f49.google.example.com", "192.0.2.149", "4F4cG85vXrz3",
           addr("جمعية التضامن مع العمالة المنزلية", "tadamun.dw.bh@gmail.example.com"),
           hdr("التقرير الطوعي للجمعية (داخل نص الرسالة)"),
           "<CAJw8Ns3Pq6y+Ht2cM5kXv0ZbR9eLd4gFi7o@mail.gmail.example.com>", html_only(inner, rtl=True, b64=True,
                                                                                          lang="ar", newlines=True))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="HTML-only (base64) message whose body is the whole report with headings and lists; no file "
              "attached, so report_attachments is empty (as dev 036/042). On time (16 February, 14:22). The From "
              "display name (the association) spans two RFC 2047 encoded-words (policy.default shows a stray space "
              "between them, as in dev 059)."))


# ================================================================ 22  AR  other  did you receive the scanned report? (reply to 16)
def m22():
    when = at("2021-02-16 18:51:14")
    text = """مساء الخير،

نرجو التأكد من وصول التقرير المرسل بتاريخ 10 شباط. لاحظنا أن النسخة الممسوحة ضوئياً باهتة بعض الشيء، فإذا تعذّرت قراءتها نرسل لكم نسخة Word، فقط أخبرونا.

مع التحية،
خالد البنا

في الأربعاء، 10 فبراير 2021 في 11:05 ص، كتب خالد البنا <union.services.gs@gmail.example.com>:
""" + gt(M16_TEXT) + "\n"
    a = alt(text, "000000000000d4e85105bb7a1c29", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 4), "mail-ed1-f71.google.example.com", "192.0.2.71", "4F4k1Q7yHbz0",
           addr("خالد البنا", "union.services.gs@gmail.example.com"), re_hdr("Re: ", M16_SUBJ),
           "<CAGt5Rm1Yd7s+Bq3kN8wVx2ZcP5eJf0hLm9u@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(22, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 16,
        notes="Gmail reply to his own h225-16 asking whether the scanned report arrived and offering a Word copy; "
              "nothing new is attached (the quoted message mentions the attachment only): other, thread_of "
              "h225-16."))


# ================================================================ 23  FR  other  'the .pdf is really a Word file' (reply to 18)
def m23():
    when = at("2021-02-17 09:30:05")
    text = """Bonjour,

Un collègue vient de nous signaler que le fichier joint à notre message du 12 février, « Rapport_PMM_AMSM_VF.pdf », est en réalité un document Word enregistré avec une extension .pdf par erreur. S'il ne s'ouvre pas chez vous, il suffit de le renommer en .docx ; nous pouvons aussi vous renvoyer une version PDF si vous le préférez.

Toutes nos excuses pour ce désagrément.

Salma Berrada
Chargée de plaidoyer
AMSM - Oujda

De : Salma Berrada <s.berrada@amsm-maroc.example.org>
Envoyé : vendredi 12 février 2021 09:04
À : gcmrrarabstates@iom.int
Objet : %s

%s""" % (M18_SUBJ, M18_TEXT)
    subj = "RE: " + M18_SUBJ
    m = mk(when, sent_at(when, 1, 5), "mail-as8eur02on0659.outbound.protection.outlook.example.com", "198.51.100.59",
           "4F55sW0cPmz4", "Salma Berrada <s.berrada@amsm-maroc.example.org>", subj,
           "<AS8PR02MB70617C1E3A5F9D2B@AS8PR02MB7061.eurprd02.prod.outlook.example.com>",
           alt(text, "_000_AS8PR02MB70617C1E3A5F9D2B_"),
           extra=outlook(subj, "AdcBE5hG2kQ7mL0pRt3sW8vY1zA4bCAA5xTq", lang="fr-FR")
           + [("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 18,
        notes="Outlook reply to h225-18 (quoted with a 'De : / Envoyé :' header, not '>'-prefixed) explaining that "
              "its '.pdf' is a Word file and offering a PDF; nothing is attached, so it is a follow-up (other), "
              "not a new report; received after the report deadline, which does not apply to it."))


# ================================================================ 24  EN  report  late, too large to attach: OneDrive link
def m24():
    when = at("2021-02-17 11:47:30")
    text = """Dear GCM Regional Review team,

Please accept our apologies for sending this a day after the deadline. Our voluntary GCM review report, with its photo annex, is 74 MB and too large to attach, so we have shared it on OneDrive:

https://1drv.example.com/b/s!AqT3xZ9kLmN0pQrS?e=Xy7KwP

The link gives view and download access and will remain active until the end of March. The report covers GCM objectives 3, 7 and 21 from the perspective of migrants in transit through Yemen and Djibouti.

Kind regards,

Abdirahman Farah
Executive Director
Horn of Africa Migrant Support Initiative (HAMSI)
Djibouti
"""
    html = outlook_html(text, sig_img="image001.png@01D70522.3E4F5A60")
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D70522.3E4F5A60", (0, 120, 200))],
                "_004_MR2PR06MB4512F8A0C2E4D6B1_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_MR2PR06MB4512F8A0C2E4D6B1_")
    subj = "HAMSI voluntary GCM review report (OneDrive link)"
    m = mk(when, sent_at(when, 3, 6), "mail-mr2fra01on0607.outbound.protection.outlook.example.com", "198.51.100.107",
           "4F56Cz2kRtz8", "Abdirahman Farah <director@hamsi.example.org>", subj,
           "<MR2PR06MB4512F8A0C2E4D6B1@MR2PR06MB4512.eurprd06.prod.outlook.example.com>", a,
           extra=outlook(subj, "AQHXBSLqR8cZ1mY0S2eU9bT4yN7kHw==", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        notes="late (17 February) and says so; the report is shared by a OneDrive link because it is too large: "
              "nothing to file (report_attachments empty, as dev 049); the only attachment is the inline signature "
              "logo. Outlook sets X-MS-Has-Attach: yes because of the logo."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
