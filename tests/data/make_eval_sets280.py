#!/usr/bin/env python3
"""Write the blind evaluation set holdout280 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets280.py
Theme: UN agencies, intergovernmental and regional bodies (25 January - 18 February 2021).  Mail written in the
internal style of country and regional offices (RD, DRD, CO, RCO, UNCT, IBC, RT3, COB, TBC): a UN Women regional
office nominating its Regional Director with the Deputy as alternate (the Deputy's out-of-office answers our
acknowledgement), a League of Arab States department confused by a Zoom registration link and a Teams link that
later sends its Assistant Secretary-General and an alternate in a reply (then a one-line thank-you in Egyptian
Arabic), a Resident Coordinator's Office focal point in Rabat nominating a colleague of another agency, an Arab
development fund's Director-General's office with a primary and an alternate speaker, a Google Groups message of
the regional UN network that lists agency nominations (list mail), a regional commission's sub-regional office
sending a report and a plenary speaker, a UNDP country office focal point writing in Levantine Arabic from Outlook
for iOS (its unit's distribution list rejects our acknowledgement: an Exchange NDR), a UN-Habitat regional officer
sending a report and nominating herself, a country office writing 'on behalf of the Representative' at 23:41 on the
speaker deadline to propose the Deputy Representative, an observers-only registration question with a Zoom
screenshot, an ILO office's late nomination with an alternate (a Mailman list in Cc holds our acknowledgement for
moderation), a UNCT joint inter-agency report with an annex and the RC's cover letter (its corrected annex follows a
week later), an Arab statistics centre's report with a statistical annex in Excel, a regional office's report with
a late speaker part, an agency that declines to speak because its input is in the joint UNCT report, a development
bank's policy note that 'is not a voluntary report', an observatory's report received two minutes after the deadline
(its Date header still says 16 February) and a Gulf observatory's late report sent from a personal Yahoo account.
Helpers from mailgen.py.
"""
import datetime as dt
import io
import zipfile

from mailgen import (EvalSet, DOCX, POL, addr, alt, at, attach, esc, flowed, gmail_html, hdr, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo
from email.message import Message
from email.parser import Parser

SET = EvalSet(280)
add = SET.add
H = "h280-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
NOTES = "IBM Notes Release 9.0.1FP10 SHF261 November 20, 2018"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- local helpers
def make_xlsx(rows):
    """A tiny valid XLSX (one sheet of inline strings), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    data = "".join('<row r="%d">%s</row>' % (r + 1, "".join(
        '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + c), r + 1, x(v)) for c, v in enumerate(row)))
        for r, row in enumerate(rows))
    ns = "http://schemas.openxmlformats.org"
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="%s/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.spreadsheetml.worksheet+xml"/></Types>' % ns),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships"><Relationship Id="rId1" '
         'Type="%s/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
         % (ns, ns)),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s/spreadsheetml/2006/main" xmlns:r="%s/officeDocument/2006/relationships">'
         '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, ns)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="%s/package/2006/relationships"><Relationship Id="rId1" '
         'Type="%s/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
         % (ns, ns)),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % (ns, data)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def related(text, cid, rgb, b_rel, b_alt, lang="EN-US", rtl=False, b64=False):
    """Outlook's multipart/alternative [text, related [html, signature logo]]."""
    cte = "base64" if b64 else "quoted-printable"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang=lang, img_cid=cid, rtl=rtl), cte=cte),
                            logo(cid, rgb)], b_rel, params=[("type", '"text/html"')])
    return multi("alternative", [leaf("text/plain", text, cte=cte), rel], b_alt)


def owa_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body%s>'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % (d, inner))


def ios_outlook_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    inner = "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s" style="direction:%s">%s</div></body></html>\n' % (d, d, inner))


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c1e9a04yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def zimbra_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.strip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def notes_html(text):
    inner = "<br>".join(esc(x) for x in text.strip("\n").split("\n"))
    return ('<html><body><p><font size=2 face="sans-serif">%s</font></p><br></body></html>\n' % inner)


def mac_outlook_html(text):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % inner)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def report_part(first, dsn, returned_headers, boundary):
    """multipart/report whose human part is `first` (e.g. Exchange's text + HTML alternative)."""
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", returned_headers, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    return multi("report", [first, p2, p3], boundary, params=[("report-type", "delivery-status")])


UN_DISCLAIMER_UNW = """________________________________
This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail. UN Women accepts no liability for any damage caused by viruses transmitted by this e-mail.
Please consider the environment before printing this e-mail."""


# ================================================================ 01  EN  speaker  UN Women ROAS: the RD for RT3, the DRD as alternate
M01_ID = "<VI1PR02MB5823A7E41C9B2D06@VI1PR02MB5823.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "GCM RR Arab States - UN Women ROAS nomination for RT3 (RD + alternate)"
M01_QID = "4DPn2Kq71Xz4"
UNW = "UN Women Regional Office for Arab States (ROAS)"


def m01():
    when = at("2021-01-25 10:02:17")
    text = """Dear colleagues of the GCM RR Secretariat,

On behalf of the Regional Director, please find below UN Women ROAS's nomination for the Regional Review Conference (RRC) of the GCM in the Arab region, 24-25 February. As agreed at last week's RUNNM IBC call, the RD would like to deliver a floor intervention in RT3.

Primary speaker: Ms. Hala Sabbagh-Nour, Regional Director, UN Women Regional Office for Arab States (ROAS)
Alternate: Ms. Ines Marzouki, Deputy Regional Director, UN Women ROAS

The alternate would only take the floor if the RD's schedule does not allow it on the day (her mission plan for the last week of February is still TBC). Grateful if you could keep both names on file until we confirm, ideally by COB 19 Feb.

The intervention will draw on the ROAS/ESCWA regional brief on women migrant workers and on CO-level data from JO, LB and EG (GCM Objectives 6, 7 and 18).

For logistics (Teams/Zoom links, run of show, talking points template), please liaise with me and copy the RD's front office (roas.rdoffice@unwomen.example.org). The DRD is also in cc.

Many thanks and best regards,
Dalia

Dalia Mostafa Abdelaziz
Programme Analyst, Migration and Women's Economic Empowerment
UN Women Regional Office for Arab States (ROAS)
Cairo, Egypt | T +20 2 0000 0000 | M +20 100 000 0000

""" + UN_DISCLAIMER_UNW + "\n"
    body = related(text, "image001.png@01D6F30A.4B7C2E10", (0, 157, 219), "_004_VI1PR02MB5823A7E41C9B2D06_",
                   "_000_VI1PR02MB5823A7E41C9B2D06_")
    cc = ", ".join([str(addr("Ines Marzouki", "ines.marzouki@unwomen.example.org")),
                    str(addr("ROAS RD Office", "roas.rdoffice@unwomen.example.org"))])
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", M01_QID, addr("Dalia Mostafa Abdelaziz", "dalia.abdelaziz@unwomen.example.org"),
           M01_SUBJ, M01_ID, body, cc=cc,
           extra=outlook(M01_SUBJ, "AdbzBq3Xv7Lm2Pq9Rt5Wy1Za4Cd6Ef==", lang="en-US", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hala Sabbagh-Nour", "Regional Director", UNW, ["roundtable"], 3),
        sp("Ines Marzouki", "Deputy Regional Director", UNW, ["roundtable"], 3)],
        notes="a Programme Analyst writes 'On behalf of the Regional Director' in UN shorthand (RD, DRD, RRC, RT3, "
              "RUNNM IBC, COB, TBC, CO, JO/LB/EG): a primary speaker and an alternate on labelled lines; the "
              "alternate is recorded as proposed, with the same role ('RT3' = roundtable 3, stated once for both); "
              "her affiliation is written 'UN Women ROAS', the fullest form is on the RD's line and in the "
              "signature. 'Ms.' dropped. The sender is not a speaker; 19 Feb, Objectives 6, 7 and 18 are noise. "
              "Outlook with a signature logo and a disclaimer; the alternate (Cc) answers our acknowledgement with "
              "an out-of-office (h280-02)."))


# ================================================================ 02  EN  auto_reply  the DRD's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-25 10:03:41")
    ack = ack_mid(M01_QID)
    text = """Thank you for your message.

I am on mission from 24 January to 2 February 2021 with intermittent access to e-mail. For matters related to the GCM Regional Review, please contact Dalia Mostafa Abdelaziz (dalia.abdelaziz@unwomen.example.org); for all other urgent matters, the RD's front office at roas.rdoffice@unwomen.example.org.

شكراً لرسالتكم. أنا في مهمة عمل حتى 2 فبراير 2021 مع إمكانية محدودة للاطلاع على البريد الإلكتروني.

Ines Marzouki
Deputy Regional Director
UN Women Regional Office for Arab States (ROAS)
"""
    body = alt(text, "_000_VI1PR02MB5823OOF71C4E9A_", html=outlook_html(text))
    subj = "Automatic reply: Acknowledgement of receipt - " + M01_SUBJ
    rows = exch_ooo(when, "mail-vi1eur02on0611.outbound.protection.outlook.example.com", "198.51.100.111",
                    "4DPn3Fw08Rz1", addr("Ines Marzouki", "ines.marzouki@unwomen.example.org"),
                    "<VI1PR02MB58239C1E7F4A2B30@VI1PR02MB5823.eurprd02.prod.outlook.example.com>", subj,
                    "Acknowledgement of receipt - " + M01_SUBJ, M01_ID, ack, "en-US", (2, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the alternate proposed in h280-01 (she was in Cc), 84 seconds after our "
              "acknowledgement (References name h280-01; Auto-Submitted, X-Auto-Response-Suppress, null "
              "Return-Path): signed with her name, title and office and naming a colleague, with an Arabic line; it "
              "is not a new request. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  other  League of Arab States: Zoom or Teams? names to follow
M03_ID = "<b3e9a1c2d4f54e6a8f0b1c2d3e4f5a6b@EXMBX02.las.example.int>"
M03_SUBJ = "استفسار بشأن روابط التسجيل (Zoom / Teams) - وفد الأمانة العامة لجامعة الدول العربية"
M03_QID = "4DR1wB62Mnz7"
M03_TEXT = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية   المحترمين

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (23-25 فبراير 2021)، نود الاستفسار عما يلي:

1- وصلنا من الزملاء في الإسكوا رابط تسجيل على منصة Zoom، بينما يشير البريد الذي تلقيناه من الشبكة الإقليمية إلى أن الاجتماع سيعقد عبر Microsoft Teams. فأي الرابطين هو المعتمد؟ علماً بأن الأنظمة المعمول بها في الأمانة العامة لا تسمح بتنزيل تطبيق Zoom على الأجهزة الرسمية.

2- هل يلزم أن يسجل كل عضو من أعضاء وفد الأمانة العامة بشكل منفرد، أم يكفي إرسال قائمة بأسماء الوفد؟

3- هل تتوفر الترجمة الفورية إلى اللغة العربية في الموائد المستديرة، أم في الجلسات العامة فقط؟

وسنوافيكم لاحقاً باسم من سيلقي كلمة الأمانة العامة والبديل عنه، فور اعتماد ذلك من مكتب معالي الأمين العام المساعد.

وتفضلوا بقبول فائق الاحترام،

سامح فاروق الشناوي
مستشار - إدارة المغتربين والهجرة
قطاع الشؤون الاجتماعية
الأمانة العامة لجامعة الدول العربية
القاهرة
"""


def m03():
    when = at("2021-01-27 11:40:05")
    cs = "windows-1256"
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-EG" dir="rtl"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % esc(p).replace("\n", "<br>")
                      for p in M03_TEXT.strip("\n").split("\n\n")))
    body = multi("alternative", [leaf("text/plain", M03_TEXT, cs, "quoted-printable"),
                                 leaf("text/html", html, cs, "quoted-printable")], "_000_b3e9a1c2d4f54e6a8f0b1c2d3e4f_")
    m = mk(when, sent_at(when, 2, 7), "mail.las.example.int", "196.219.40.12", M03_QID,
           addr("سامح فاروق الشناوي", "s.elshenawy@las.example.int", charset=cs), hdr(M03_SUBJ, charset=cs),
           M03_ID, body, extra=[("Thread-Topic", hdr(M03_SUBJ, charset=cs)),
                                ("Thread-Index", "AdbzlT2Kx8Vb4Nm6Qw0Er2Ty4Ui6Op=="), ("Content-Language", "ar-EG"),
                                ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions from a League of Arab States department (which link is valid, a Zoom registration link "
              "from ESCWA or the Teams meeting announced by the regional network? must each delegate register? "
              "Arabic interpretation in the roundtables?): the speaker and an alternate are only announced "
              "('سنوافيكم لاحقاً باسم من سيلقي كلمة الأمانة العامة والبديل عنه'), nobody is named, so not a "
              "request. windows-1256 text and HTML, RFC 2047 windows-1256 subject and name. The nominations follow "
              "as a reply in h280-10."))


# ================================================================ 04  FR  speaker  RCO Morocco focal point proposes a UNICEF colleague
def m04():
    when = at("2021-01-28 09:26:52")
    subj = "Proposition d'intervenante SNU Maroc - table ronde 2 - Examen régional du PMM"
    text = """Madame, Monsieur,

En ma qualité de point focal migration du Bureau du Coordonnateur résident (BCR) et au nom du Groupe thématique Migration (GTM) du Système des Nations Unies au Maroc, j'ai le plaisir de vous proposer la candidature de notre collègue Mme Sanaa Bennani-Lazrak, Spécialiste de la protection sociale au Bureau de l'UNICEF au Maroc, pour une intervention lors de la table ronde thématique 2 de la Conférence régionale (24-25 février 2021).

Mme Bennani-Lazrak coordonne depuis 2019, pour le GTM, les travaux sur l'accès des enfants et des familles migrantes aux services sociaux de base, en lien avec le ministère délégué chargé des MRE et des Affaires de la Migration. Si le format le permet, elle pourrait également prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Cette proposition a été validée par M. le Coordonnateur résident lors de la réunion de l'UNCT du 26 janvier. Mme Bennani-Lazrak est en copie ; merci de lui adresser directement les liens de connexion.

Bien cordialement,

Youssef Alaoui-Mdaghri
Chargé de coordination - Point focal migration
Bureau du Coordonnateur résident des Nations Unies au Maroc
Rabat
Tél. : +212 5 37 00 00 00

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le détruire.
"""
    body = alt(text, "_000_PR0P264MB1913C2A5D8E1F47B_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-pr0fra01on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4DRxL40Vbz2", addr("Youssef Alaoui-Mdaghri", "youssef.alaoui-mdaghri@un.example.org"),
           hdr(subj, enc="Q"), "<PR0P264MB1913C2A5D8E1F47B@PR0P264MB1913.FRAP264.PROD.OUTLOOK.example.com>", body,
           cc=addr("Sanaa Bennani-Lazrak", "sbennanilazrak@unicef.example.org"),
           extra=outlook(hdr(subj, enc="Q"), "AdbzRk5Lp7Qw9Er1Ty3Ui5Op7As9Df==", lang="fr-FR"))
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sanaa Bennani-Lazrak", "Spécialiste de la protection sociale", "Bureau de l'UNICEF au Maroc",
           ["roundtable", "open_discussion"], 2)],
        notes="a Resident Coordinator's Office focal point (BCR, GTM, UNCT, MRE) proposes a colleague of another "
              "agency: the speaker's affiliation is her own office ('au Bureau de l'UNICEF au Maroc'), not the "
              "sender's; 'Mme' dropped, hyphenated surname; first choice 'table ronde thématique 2', a second, "
              "conditional role 'la discussion ouverte de la consultation multipartite du 23 février'. The "
              "Resident Coordinator only validated the proposal. Outlook, Date in UTC+1, French disclaimer."))


# ================================================================ 05  AR  speaker  Arab development fund: DG's office, primary + alternate for the plenary
def m05():
    when = at("2021-01-28 12:10:33")
    subj = "ترشيح متحدث رئيسي ومتحدث بديل - الجلسة العامة - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """الصندوق العربي للتنمية الاجتماعية والتشغيل
مكتب المدير العام

الرقم: م ع/2021/112
التاريخ: 28 يناير 2021

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية   المحترمين

الموضوع: المشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة

تحية طيبة وبعد،

نيابة عن معالي المدير العام، يسرني إفادتكم بأن الصندوق يرغب في تقديم مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير 2021، ويرشح لذلك:

- المتحدث الرئيسي: الدكتور وليد عبد الرحمن الكندري، مدير إدارة العمليات الاجتماعية والتشغيل.
- المتحدثة البديلة: السيدة ريم ناصر العتيبي، كبيرة الاقتصاديين بإدارة البحوث والسياسات، وذلك في حال تعذر مشاركة الدكتور الكندري.

وستتناول المداخلة تجربة الصندوق في تمويل برامج إعادة إدماج العمال العائدين وتشغيل الشباب في ست دول عربية منذ عام 2016، بقيمة إجمالية تقارب 240 مليون دولار.

وتفضلوا بقبول فائق الاحترام والتقدير،

عبد العزيز فهد الرشيد
مدير مكتب المدير العام
الصندوق العربي للتنمية الاجتماعية والتشغيل
الكويت

Abdulaziz F. Al-Rasheed | Director, Office of the Director-General
Arab Fund for Social Development and Employment (AFSDE) | Kuwait
"""
    a = alt(text, "_000_DB9PR10MB5217A3C1E7F2B846_", html=outlook_html(text, lang="AR-KW", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 11), "mail-db9eur10on0641.outbound.protection.outlook.example.com",
           "198.51.100.141", "4DRy9Ct25Hz6", addr("مكتب المدير العام - الصندوق العربي", "dg.office@afsde.example.org"),
           hdr(subj), "<DB9PR10MB5217A3C1E7F2B846@DB9PR10MB5217.EURPRD10.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj), "AdbzUv7Xy9Za1Bc3De5Fg7Hi9Jk1Lm==", lang="ar-KW"))
    fund = "الصندوق العربي للتنمية الاجتماعية والتشغيل"
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد عبد الرحمن الكندري", "مدير إدارة العمليات الاجتماعية والتشغيل", fund, ["plenary"]),
        sp("ريم ناصر العتيبي", "كبيرة الاقتصاديين بإدارة البحوث والسياسات", fund, ["plenary"])],
        notes="formal letter of a regional development fund's Director-General's office ('نيابة عن معالي المدير "
              "العام', 'الرقم', 'الموضوع'): a primary speaker and an alternate ('المتحدثة البديلة ... في حال "
              "تعذر'), both for a plenary ('إحدى الجلسات العامة'); 'الدكتور' and 'السيدة' dropped. The signer "
              "(director of the DG's office) and the DG are not speakers. The affiliation is the Arabic name in "
              "the body; the English name with its acronym is only in the signature's English lines. 2016, six "
              "countries and 240 million are noise. Outlook, base64 RTL, Date in UTC+3 (Kuwait)."))


# ================================================================ 06  EN  other  Google Groups message of the regional UN network: a speakers tracker
def m06():
    when = at("2021-02-01 16:05:09")
    grp = "runnm-as-ibc@googlegroups.example.com"
    subj = "[runnm-as-ibc] GCM RR - agency speakers tracker + Teams vs Zoom (please read)"
    text = """Dear IBC colleagues,

Ahead of Thursday's call, a quick update on the GCM Regional Review (MSC 23 Feb, RRC 24-25 Feb).

1) Speakers tracker (v3 attached). Below is what agencies have told the co-chairs so far. This is NOT a nomination to the Secretariat: each agency must still send its own nomination (name, title, organisational affiliation) to gcmrrarabstates@iom.int by COB Friday 5 Feb.

- UN Women ROAS: RD, alt. DRD - RT3 - sent 25 Jan
- UNICEF MENARO: Regional Adviser Social Policy - RT2 - TBC (RD clearance pending)
- ILO ROAS: Senior Migration Specialist - plenary - TBC
- UNHCR MENA: Deputy Director - RT1 - pending HQ clearance
- WHO EMRO: TBD

2) Teams vs Zoom. The MSC on 23 Feb runs on Teams; the RRC on 24-25 Feb runs on Zoom (because of interpretation). The Zoom registration link circulated last week is the attendee link for the RRC only. Speakers will get a separate panelist link from the Secretariat - please do NOT forward panelist links.

3) Joint inputs. Agency inputs to the joint UN contribution are due to ESCWA by 12 Feb; UNCTs sending their own joint reports should send them directly to the Secretariat.

Thanks all,
Karim

Karim Haddad
Social Affairs Officer | Population and Social Development Section
United Nations Economic and Social Commission for Western Asia (ESCWA)
Co-chair, RUNNM Issue-Based Coalition on migration

--
You received this message because you are subscribed to the Google Groups "RUNNM Arab States IBC" group.
To unsubscribe from this group and stop receiving emails from it, send an email to runnm-as-ibc+unsubscribe@googlegroups.example.com.
To view this discussion on the web visit https://groups.google.example.com/d/msgid/runnm-as-ibc/AM9PR03MB71145B2E8C4D1A69%40AM9PR03MB7114.eurprd03.prod.outlook.example.com.
"""
    xl = make_xlsx([["Agency", "Speaker (function)", "Slot", "Status"],
                    ["UN Women ROAS", "RD (alt. DRD)", "RT3", "sent 25 Jan"],
                    ["UNICEF MENARO", "Regional Adviser Social Policy", "RT2", "TBC"],
                    ["ILO ROAS", "Senior Migration Specialist", "Plenary", "TBC"],
                    ["UNHCR MENA", "Deputy Director", "RT1", "pending HQ"],
                    ["WHO EMRO", "", "", "TBD"]])
    a = alt(text, "_000_AM9PR03MB71145B2E8C4D1A69_", html=outlook_html(text))
    body = multi("mixed", [a, attach(XLSX, xl, "GCM RR - agency speakers tracker v3.xlsx")],
                 "_004_AM9PR03MB71145B2E8C4D1A69_")
    extra = [("X-Original-Sender", "karim.haddad@escwa.example.org"),
             ("X-Original-Authentication-Results", "gmr-mx.google.example.com; spf=pass "
                                                   "smtp.mailfrom=karim.haddad@escwa.example.org"),
             ("Reply-To", "Karim Haddad <karim.haddad@escwa.example.org>"),
             ("Precedence", "list"),
             ("Mailing-list", "list %s; contact runnm-as-ibc+owners@googlegroups.example.com" % grp),
             ("List-ID", "<runnm-as-ibc.googlegroups.example.com>"),
             ("X-Google-Group-Id", "518273649012"),
             ("List-Post", "<https://groups.google.example.com/group/runnm-as-ibc/post>, <mailto:%s>" % grp),
             ("List-Help", "<https://support.google.example.com/>, <mailto:runnm-as-ibc+help@googlegroups.example.com>"),
             ("List-Archive", "<https://groups.google.example.com/group/runnm-as-ibc>"),
             ("List-Unsubscribe", "<mailto:googlegroups-manage+518273649012+unsubscribe@googlegroups.example.com>, "
                                  "<https://groups.google.example.com/group/runnm-as-ibc/subscribe>"),
             ("Thread-Topic", "GCM RR - agency speakers tracker + Teams vs Zoom (please read)"),
             ("Content-Language", "en-US")]
    m = mk(when, sent_at(when, 2, 14), "mail-sor-f69.google.example.com", "192.0.2.69", "4DTw8Gv03Lz5",
           '"\'Karim Haddad\' via RUNNM Arab States IBC" <%s>' % grp, subj,
           "<AM9PR03MB71145B2E8C4D1A69@AM9PR03MB7114.eurprd03.prod.outlook.example.com>", body, extra=extra,
           ret="runnm-as-ibc+bncBDL4V7XQ2YHRBM7K3WAQMGQEH2T5Y@googlegroups.example.com",
           to="RUNNM Arab States IBC <%s>" % grp)
    add(6, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="Google Groups mail of the regional UN network's coalition, to which the mailbox is subscribed "
              "(To: the group, Precedence: list, List-ID, Mailing-list, 'X via group' From, Google footer): it "
              "lists agency speakers by function and slot (RD/DRD RT3, RT2, plenary, RT1), gives the review "
              "address, the 5 Feb deadline and Teams/Zoom rules, and attaches a tracker spreadsheet, but it says "
              "itself that it is 'NOT a nomination to the Secretariat'. List mail: never acknowledged."))


# ================================================================ 07  FR  both  ECA sub-regional office: report + plenary speaker
M07_FILE = "CEA-BSR-AN_Contribution_Examen_régional_PMM_VF.pdf"


def m07():
    when = at("2021-02-02 11:47:28")
    subj = "CEA-BSR-AN : contribution à l'examen régional du PMM et proposition d'intervenant (plénière)"
    text = """Madame, Monsieur,

Au nom de la Directrice du Bureau sous-régional pour l'Afrique du Nord de la Commission économique des Nations Unies pour l'Afrique (CEA-BSR-AN), j'ai le plaisir de vous transmettre ci-joint la contribution du Bureau à l'examen régional volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières, intitulée « Mobilité de la main-d'œuvre et intégration régionale en Afrique du Nord ».

Le Bureau souhaiterait par ailleurs prendre la parole lors de la séance plénière du 24 février. Nous proposons M. Mehdi Ouali-Benkirane, Économiste principal, Section des initiatives sous-régionales, qui a coordonné la rédaction de la contribution.

N.B. : nos collègues ne peuvent pas se connecter à Zoom depuis le réseau de la CEA ; merci de nous indiquer si un lien Teams sera disponible pour la plénière.

Bien cordialement,

Nadia Chergui
Assistante de programme
Bureau sous-régional pour l'Afrique du Nord
Commission économique des Nations Unies pour l'Afrique (CEA)
Rabat - Maroc
"""
    pdf = rep_pdf("Mobilite de la main-d'oeuvre et integration regionale en Afrique du Nord",
                  "CEA - Bureau sous-regional pour l'Afrique du Nord (BSR-AN)",
                  ["Contexte sous-regional", "Corridors migratoires et marches du travail",
                   "Zone de libre-echange continentale africaine et mobilite", "Donnees et statistiques",
                   "Recommandations"])
    a = related(text, "image001.png@01D6F94C.1E2A3B70", (0, 110, 90), "_006_MR2P264MB0657B8E3D1C4A59F_",
                "_000_MR2P264MB0657B8E3D1C4A59F_", lang="FR")
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "_007_MR2P264MB0657B8E3D1C4A59F_")
    m = mk(when, sent_at(when, 1, 9), "mail-mr2fra01on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DVc7Np51Tz9", addr("Nadia Chergui", "chergui.nadia@uneca.example.org"),
           hdr(subj, enc="Q"), "<MR2P264MB0657B8E3D1C4A59F@MR2P264MB0657.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcA1b2C3d4E5f6G7h8I9j0K1l2M3n==", lang="fr-FR", has_attach="yes"))
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mehdi Ouali-Benkirane", "Économiste principal, Section des initiatives sous-régionales",
           "Bureau sous-régional pour l'Afrique du Nord de la Commission économique des Nations Unies pour "
           "l'Afrique (CEA-BSR-AN)", ["plenary"])],
        report_attachments=[M07_FILE],
        notes="both, on time (2 February): a regional commission's sub-regional office sends its 'contribution' "
              "(the word rapport is not used) on behalf of its Director, and proposes a plenary speaker ('la "
              "séance plénière du 24 février'); 'M.' dropped; the title carries its section; the fullest "
              "affiliation with the acronym is the first sentence's (the signature splits it over two lines). "
              "The Zoom/Teams question is secondary. Outlook, inline logo, PDF with an accented name (RFC 2231 + "
              "RFC 2047), Date in UTC+1."))


# ================================================================ 08  AR  speaker  UNDP Jordan focal point, Levantine Arabic, primary + alternate, DL in Cc
M08_ID = "<AM0PR08MB5379E74C2A1D9B36@AM0PR08MB5379.eurprd08.prod.outlook.example.com>"
M08_SUBJ = "ترشيح UNDP Jordan للطاولة المستديرة التانية"
M08_QID = "4DWq3Hm67Kz0"
M08_DL = "jo.livelihoods.unit@undp.example.org"


def m08():
    when = at("2021-02-03 13:22:40")
    text = """مرحبا زملاءنا بأمانة الاستعراض،

أنا ضابطة الارتباط (focal point) لملف الهجرة بمكتب برنامج الأمم المتحدة الإنمائي في الأردن. بعد ما حكينا مع الـ RR امبارح، حابين نرشّح زميلنا م. فراس جميل الحياري، منسق برنامج سبل العيش والتمكين الاقتصادي، ليعمل مداخلة بالطاولة المستديرة التانية، لأنه هو اللي ماسك مشروع دمج العمال المهاجرين والمجتمعات المستضيفة بالمفرق وإربد.

وإذا صار عنده أي تعارض بالمواعيد، البديلة رح تكون زميلتنا رشا عماد الدباس، محللة برامج بوحدة الفقر والحماية الاجتماعية.

الاثنين معنا عالنسخة، ومعهم إيميل الوحدة.

وبالنسبة للرابط: الـ Teams عنا شغال تمام، بس الـ Zoom بيطلب تسجيل وما وصلنا تأكيد، فإذا بتقدروا تبعتوا الرابط عالإيميل مباشرة بكون أحسن.

شكراً كتير،
لانا

Lana Khoury-Haddad
Migration Focal Point | Programme Analyst
UNDP Jordan Country Office

Get Outlook for iOS<https://aka.ms/o0ukef>
"""
    a = alt(text, "_000_AM0PR08MB5379E74C2A1D9B36_", html=ios_outlook_html(text, rtl=True), b64=True)
    cc = ", ".join([str(addr("Firas Al-Hiyari", "firas.alhiyari@undp.example.org")),
                    str(addr("Rasha Dabbas", "rasha.dabbas@undp.example.org")),
                    str(addr("JO Livelihoods Unit", M08_DL))])
    m = mk(when, sent_at(when, 2, 6), "mail-am0eur08on0690.outbound.protection.outlook.example.com",
           "198.51.100.190", M08_QID, addr("Lana Khoury-Haddad", "lana.khoury-haddad@undp.example.org"),
           hdr(M08_SUBJ), M08_ID, a, cc=cc,
           extra=[("X-Mailer", "Outlook for iOS"), ("Thread-Topic", hdr(M08_SUBJ)),
                  ("Thread-Index", "AQHW+k3Lp2Xv8Qw4Tz6Bn1Rm5Cy9Dw=="), ("Content-Language", "ar-JO"),
                  ("X-MS-Has-Attach", "")])
    undp = "مكتب برنامج الأمم المتحدة الإنمائي في الأردن"
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فراس جميل الحياري", "منسق برنامج سبل العيش والتمكين الاقتصادي", undp, ["roundtable"], 2),
        sp("رشا عماد الدباس", "محللة برامج بوحدة الفقر والحماية الاجتماعية", undp, ["roundtable"], 2)],
        notes="country-office focal point writing in Levantine Arabic ('حابين نرشّح', 'التانية', 'رح تكون', "
              "'عالنسخة') with English jargon (focal point, RR, Teams, Zoom): a primary speaker and an alternate "
              "('البديلة'), both for 'الطاولة المستديرة التانية' (dialect spelling of the second roundtable; the "
              "alternate's role is implied). 'م.' (engineer) dropped; the affiliation is the office named in the "
              "body ('بمكتب برنامج الأمم المتحدة الإنمائي في الأردن'); the English signature has the sender only. "
              "Outlook for iOS, base64. The unit's distribution list in Cc rejects our acknowledgement (h280-09)."))


# ================================================================ 09  EN  bounce  the DL in Cc of 08 rejects our acknowledgement (Exchange NDR 5.7.133)
def m09():
    when = at("2021-02-03 13:23:18")
    ack_subj = "إشعار استلام - " + M08_SUBJ
    text = """Your message to %s couldn't be delivered.

The group jo.livelihoods.unit only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.

gcmrrarabstates    Office 365    jo.livelihoods.unit
Action Required                  Recipient

Not authorized to send to this group

How to Fix It
It appears that the group's owner has set up the group so that only people in the group's organization or on its allowed senders list can send messages to it. Ask the group owner to add you to the allowed senders list, or send your message directly to the group members.

More Info for Email Admins
Status code: 550 5.7.133

This error occurs when the sender isn't authenticated and the group accepts messages from authenticated senders only.

Original Message Details
Created Date:    2/3/2021 11:23:07 AM
Sender Address:    gcmrrarabstates@iom.int
Recipient Address:    %s
Subject:    %s

Error Details
Reported error:    550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [Stage: CreateMessage]
DSN generated by:    AM6PR08MB4231.eurprd08.prod.outlook.example.com
""" % (M08_DL, M08_DL, ack_subj)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:16px">%s</div></body></html>\n'
            % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    first = alt(text, "41b7c2f9-8e3d-4a1f-9c6b-0d5e2a7f3b18", html=html)
    dsn = ("Reporting-MTA: dns;AM6PR08MB4231.eurprd08.prod.outlook.example.com\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.7.133\n"
           "Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication "
           "required [Stage: CreateMessage]\n" % (rfcdate(when - dt.timedelta(seconds=11)), M08_DL))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Lana Khoury-Haddad <lana.khoury-haddad@undp.example.org>\n"
            "CC: Firas Al-Hiyari <firas.alhiyari@undp.example.org>, Rasha Dabbas\n"
            " <rasha.dabbas@undp.example.org>, JO Livelihoods Unit <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "MIME-Version: 1.0\n" % (M08_DL, hdr(ack_subj).encode(linesep="\n"), rfcdate(when - dt.timedelta(seconds=13)),
                                     ack_mid(M08_QID), M08_ID, M08_ID))
    body = report_part(first, dsn, hdrs, "_7f1e4c2a-93b8-4d60-a5e1-2c9b8d0f6a47_")
    subj = re_hdr("Undeliverable: ", ack_subj)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail-am6eur08on0714.outbound.protection.outlook.example.com (mail-am6eur08on0714."
                         "outbound.protection.outlook.example.com [198.51.100.214])\r\n\tby mx1.iom.int (Postfix) "
                         "with ESMTPS id 4DWq4Nc12Vz8\r\n\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@undp.example.org>"),
            ("To", "<gcmrrarabstates@iom.int>"),
            ("Date", rfcdate(sent_at(when, 0, 5))),
            ("Subject", subj),
            ("Message-ID", "<3c1d9e7a-52f4-4b8c-a6e0-9f2b7d41c853@AM6PR08MB4231.eurprd08.prod.outlook.example.com>"),
            ("In-Reply-To", ack_mid(M08_QID)),
            ("References", ack_mid(M08_QID)),
            ("Thread-Topic", hdr(ack_subj)),
            ("Content-Language", "en-US"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("X-MS-Exchange-Organization-SCL", "-1"),
            ("Auto-Submitted", "auto-replied")]
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange Online NDR (550 5.7.133, the distribution list in Cc of h280-08 accepts internal senders "
              "only): multipart/report whose human part is a text + HTML alternative, a delivery-status block and "
              "the returned headers of our Arabic acknowledgement; the subject mixes 'Undeliverable:' and Arabic. "
              "Only the DL failed (the speakers received the acknowledgement). Never acknowledge; thread_of null as "
              "for dev bounces."))


# ================================================================ 10  AR  speaker  LAS sends its ASG and an alternate, replying to the secretariat's answer (thread of 03)
M10_ID = "<7d42f0c1a9e84b2c9e3f5a6b7c8d9e0f@EXMBX02.las.example.int>"
M10_SUBJ = "RE: " + M03_SUBJ
M10_QID = "4DXs6Rj29Pz3"
M10_ANS_ID = "<AS8PR04MB8264E1D7C3A9B502@AS8PR04MB8264.eurprd04.prod.outlook.example.com>"
M10_CVS = ["CV - Amb. Dr. Haifa Al-Mutairi (EN).pdf", "السيرة الذاتية - الوزير المفوض طارق حجازي.pdf"]


def m10():
    when = at("2021-02-04 10:18:56")
    cs = "windows-1256"
    answer = """السيد المستشار سامح الشناوي المحترم،

شكراً لرسالتكم. سيعقد اجتماع التشاور متعدد أصحاب المصلحة يوم 23 فبراير عبر Microsoft Teams، وسيعقد المؤتمر يومي 24 و25 فبراير عبر Zoom لتوفير الترجمة الفورية (العربية والإنجليزية والفرنسية) في الجلسات العامة والموائد المستديرة. رابط التسجيل الذي وصلكم من الإسكوا خاص بالمشاركين في المؤتمر، ويسجل كل مشارك بشكل منفرد؛ أما المتحدثون فسيصلهم رابط خاص من الأمانة. ويمكن استخدام Zoom من المتصفح دون تنزيل التطبيق.

ونذكّر بأن آخر موعد لإرسال أسماء المتحدثين (الاسم والمسمى الوظيفي والجهة) هو يوم الجمعة 5 فبراير 2021.

أمانة الاستعراض الإقليمي"""
    text = """السادة/ أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نشكركم على التوضيح بشأن روابط التسجيل. وإلحاقاً برسالتنا المؤرخة 27 يناير، يسرنا إفادتكم بأن مشاركة الأمانة العامة قد اعتمدت على النحو التالي:

- المتحدثة: معالي السفيرة الدكتورة هيفاء عبد الله المطيري، الأمين العام المساعد – رئيس قطاع الشؤون الاجتماعية، لإلقاء كلمة الأمانة العامة لجامعة الدول العربية في الجلسة العامة الافتتاحية يوم 24 فبراير.

- البديل: الوزير المفوض طارق محمود حجازي، مدير إدارة المغتربين والهجرة، وذلك في حال تعذر مشاركة معاليها.

مرفق طيه السيرة الذاتية المختصرة لكل منهما. وسيسجل باقي أعضاء الوفد (ثلاثة) كمشاركين عبر رابط Zoom.

وتفضلوا بقبول فائق الاحترام،

سامح فاروق الشناوي
مستشار - إدارة المغتربين والهجرة
قطاع الشؤون الاجتماعية
الأمانة العامة لجامعة الدول العربية

من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تاريخ الإرسال: الخميس، 28 يناير، 2021 02:15 م
إلى: سامح فاروق الشناوي <s.elshenawy@las.example.int>
الموضوع: RE: """ + M03_SUBJ + "\n\n" + answer + """

من: سامح فاروق الشناوي
تاريخ الإرسال: الأربعاء، 27 يناير، 2021 11:40 ص
إلى: gcmrrarabstates@iom.int
الموضوع: """ + M03_SUBJ + "\n\n" + M03_TEXT
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-EG" dir="rtl"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % esc(p).replace("\n", "<br>")
                      for p in text.strip("\n").split("\n\n")))
    a = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                              leaf("text/html", html, cs, "quoted-printable")], "_000_7d42f0c1a9e84b2c9e3f5a6b7c8d_")
    cv1 = make_pdf(["Curriculum Vitae", "Ambassador Dr. Haifa Abdullah Al-Mutairi",
                    "Assistant Secretary-General, Head of the Social Affairs Sector", "League of Arab States"])
    cv2 = make_pdf(["Curriculum Vitae", "Minister Plenipotentiary Tarek Mahmoud Hegazy",
                    "Director, Expatriates and Migration Department", "League of Arab States"])
    body = multi("mixed", [a, attach("application/pdf", cv1, M10_CVS[0]), attach("application/pdf", cv2, M10_CVS[1])],
                 "_004_7d42f0c1a9e84b2c9e3f5a6b7c8d_")
    m = mk(when, sent_at(when, 2, 7), "mail.las.example.int", "196.219.40.12", M10_QID,
           addr("سامح فاروق الشناوي", "s.elshenawy@las.example.int", charset=cs), hdr(M10_SUBJ, charset=cs),
           M10_ID, body, extra=[("In-Reply-To", M10_ANS_ID), ("References", M03_ID + " " + M10_ANS_ID),
                                ("Thread-Topic", hdr(M03_SUBJ, charset=cs)),
                                ("Thread-Index", "AdbzlT2Kx8Vb4Nm6Qw0Er2Ty4Ui6OpABsQd7Xk="),
                                ("Content-Language", "ar-EG"), ("X-MS-Has-Attach", "yes"),
                                ("X-Mailer", "Microsoft Outlook 16.0")])
    las = "الأمانة العامة لجامعة الدول العربية"
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 3,
        speakers=[sp("هيفاء عبد الله المطيري", "الأمين العام المساعد – رئيس قطاع الشؤون الاجتماعية", las, ["plenary"]),
                  sp("طارق محمود حجازي", "مدير إدارة المغتربين والهجرة", las, ["plenary"])],
        notes="the nominations announced in h280-03, sent as a reply to the secretariat's answer (References name "
              "h280-03; the Outlook-style quote holds the answer, which repeats the deadline and 'الاسم والمسمى "
              "الوظيفي والجهة', and the first question): thread_of points to the question. Honorifics and "
              "diplomatic ranks dropped ('معالي السفيرة الدكتورة', 'الوزير المفوض'); the alternate ('البديل ... في "
              "حال تعذر') takes the same opening plenary ('الجلسة العامة الافتتاحية'). The two PDFs are CVs, not "
              "a report. The other three delegates only attend. windows-1256. Thanked in h280-12."))


# ================================================================ 11  AR  both  UN-Habitat regional officer: report + herself for roundtable 4
M11_FILE = "تقرير موئل الأمم المتحدة - الهجرة والتحضر في المنطقة العربية.pdf"


def m11():
    when = at("2021-02-04 15:31:07")
    subj = "مساهمة موئل الأمم المتحدة في الاستعراض الطوعي + طلب مداخلة (المائدة المستديرة الرابعة)"
    text = """السادة الزملاء في أمانة الاستعراض الإقليمي،

تحية طيبة،

يسرني أن أرسل إليكم مرفقاً التقرير الطوعي لموئل الأمم المتحدة حول الهجرة والتحضر في المنطقة العربية، والذي أعده المكتب الإقليمي بالتعاون مع المكاتب القطرية في العراق ولبنان ومصر والسودان، ويتناول أوضاع المهاجرين والنازحين في المدن الثانوية، والحصول على السكن وحيازة الأراضي، ودور البلديات في تقديم الخدمات.

كما أرغب، بصفتي المسؤولة عن هذا الملف في المكتب، في تقديم مداخلة في المائدة المستديرة الرابعة لعرض أبرز ما خلص إليه التقرير، إن أمكن ذلك.

ولكم جزيل الشكر،

ديما فؤاد الحسيني
منسقة برامج الهجرة الحضرية والنزوح
موئل الأمم المتحدة - المكتب الإقليمي للدول العربية (UN-Habitat ROAS)
القاهرة
"""
    pdf = rep_pdf("Migration and urbanisation in the Arab region - voluntary GCM review input",
                  "UN-Habitat Regional Office for Arab States (ROAS)",
                  ["Migrants and displaced people in secondary cities", "Housing, land and property",
                   "Municipal service delivery", "Country notes: Iraq, Lebanon, Egypt, Sudan", "Recommendations"])
    a = related(text, "image001.png@01D6FAF1.6C2D8E90", (0, 120, 200), "_006_HE1PR09MB3275C6A1B8E4D217_",
                "_000_HE1PR09MB3275C6A1B8E4D217_", lang="AR-EG", rtl=True, b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M11_FILE)], "_007_HE1PR09MB3275C6A1B8E4D217_")
    m = mk(when, sent_at(when, 2, 10), "mail-he1eur09on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DXz1Wq84Fz6", addr("Dima Al-Husseini", "dima.alhusseini@unhabitat.example.org"),
           hdr(subj), "<HE1PR09MB3275C6A1B8E4D217@HE1PR09MB3275.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcA7k2Lm4Np6Qr8St0Uv2Wx4Yz6Ab==", lang="ar-EG", has_attach="yes"))
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ديما فؤاد الحسيني", "منسقة برامج الهجرة الحضرية والنزوح",
           "موئل الأمم المتحدة - المكتب الإقليمي للدول العربية (UN-Habitat ROAS)", ["roundtable"], 4)],
        report_attachments=[M11_FILE],
        notes="both, on time (4 February): a UN-Habitat regional officer sends the report and asks to speak "
              "herself ('أرغب، بصفتي المسؤولة عن هذا الملف'): her name, title and office are only in the Arabic "
              "signature (the From name is in Latin script); 'المائدة المستديرة الرابعة' = 4. 'ROAS' here is "
              "UN-Habitat's, not UN Women's (h280-01). Four country offices are not affiliations. Outlook, RTL "
              "base64, inline logo, PDF with an Arabic name (RFC 2231 + RFC 2047)."))


# ================================================================ 12  AR  other  LAS thank-you in Egyptian Arabic to our acknowledgement of 10
def m12():
    when = at("2021-02-04 18:05:44")
    ack = ack_mid(M10_QID)
    quoted = """حضرات السادة المحترمين،

تؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» وطلب المشاركة بمداخلة (متحدثان)، وستتواصل معكم الأمانة لاحقاً بشأن برنامج الجلسات.

الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية""" % M10_SUBJ
    text = """تمام، وصلنا التأكيد، متشكرين جداً على سرعة الرد 🙏
ولينك الـ Teams اشتغل معانا خلاص بعد ما الـ IT فتحوه.

سامح

مرسل من iPhone الخاص بي

> في ٤ فبراير ٢٠٢١، الساعة ١٠:١٩ ص، كتب ‏GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", apple_html(text), cte="base64")],
                 "Apple-Mail-9B2E4C71-5D3A-4F80-A1C6-7E0D2B8F3A45")
    m = mk(when, sent_at(when, 2, 5), "mail.las.example.int", "196.219.40.12", "4DY5Kt30Wcz1",
           addr("سامح فاروق الشناوي", "s.elshenawy@las.example.int"), re_hdr("Re: ", "إشعار استلام - " + M10_SUBJ),
           "<E4A7C2D9-1B3F-4E68-9A05-C7D1F2B8E3A6@las.example.int>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + M10_ANS_ID + " " + M10_ID + " " + ack),
                  ("X-Mailer", IPHONE)])
    add(12, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="two-line iPhone thank-you in Egyptian Arabic ('تمام، وصلنا التأكيد، متشكرين', 'لينك الـ Teams "
              "اشتغل معانا خلاص') answering our acknowledgement of h280-10: adds nothing that needs an answer (the "
              "link problem is solved), so no acknowledgement; the quoted acknowledgement repeats 'طلب المشاركة "
              "بمداخلة (متحدثان)'. References carry the whole chain; thread_of is its first message (h280-03). "
              "Arabic-Indic digits in the quote line, base64."))


# ================================================================ 13  EN  speaker  UNFPA Iraq CO, 'on behalf of the Representative': the Deputy speaks (23:41, Date on the 6th)
def m13():
    when = at("2021-02-05 23:41:26")
    subj = "UNFPA Iraq CO - GCM RR nomination for the plenary (on behalf of the Representative)"
    text = """Dear GCM RR Secretariat,

Apologies for the late hour. On behalf of the Representative, Dr. Laith Hamid Al-Obaidi, I am writing to confirm UNFPA Iraq CO's participation in the Regional Review.

Unfortunately the Representative will be on mission to Erbil on 24-25 Feb with the HC and cannot take the floor himself. He has asked that the CO be represented by the Deputy Representative, Ms. Noor Jassim Al-Khafaji, who would deliver a floor intervention in the plenary on Day 1 (24 Feb), on GBV and SRH services for IDPs, returnees and migrant women (GCM Obj. 7 and 15).

Ms. Al-Khafaji is copied. Could you please send her the speakers' link directly? The Zoom link we received through the RUNNM is an attendee registration link and only allows listening.

Many thanks, and apologies again for the last-minute submission.

Best,
Omar

Omar Sabah Kareem
Programme Associate, Population & Development | Migration Focal Point
United Nations Population Fund (UNFPA) - Iraq Country Office
UN Compound, Baghdad, Iraq
"""
    a = alt(text, "_000_AS4PR06MB8372D5E1C9A3B740_", html=outlook_html(text))
    m = mk(when, sent_at(when, 3, 6), "mail-as4eur06on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4DZ9Mv52Qhz4", addr("Omar Sabah Kareem", "okareem@unfpa.example.org"), subj,
           "<AS4PR06MB8372D5E1C9A3B740@AS4PR06MB8372.eurprd06.prod.outlook.example.com>", a,
           cc=addr("Noor Al-Khafaji", "alkhafaji@unfpa.example.org"),
           extra=outlook(subj, "AdcAJx4Mn6Pq8Rs0Tu2Vw4Xy6Za8Bc==", lang="en-US"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Noor Jassim Al-Khafaji", "Deputy Representative",
           "United Nations Population Fund (UNFPA) - Iraq Country Office", ["plenary"])],
        notes="'On behalf of the Representative, Dr. Laith Hamid Al-Obaidi' names the Representative first, but he "
              "will not speak: the speaker is the Deputy Representative he delegates to ('Ms.' dropped). Received "
              "23:41 on 5 February in Beirut; the Date header (UTC+3, Baghdad) already says Sat, 6 Feb 00:41: on "
              "time. 'the plenary on Day 1' = plenary; CO, HC, GBV, SRH, IDPs, Obj. 7 and 15 are shorthand; the "
              "affiliation's fullest form is in the signature. The sender is the focal point, not a speaker."))


# ================================================================ 14  FR  other  WHO Morocco: observers only, Zoom registration not confirmed (screenshot)
def m14():
    when = at("2021-02-08 09:34:50")
    subj = "Inscription Zoom - Conférence régionale PMM 24-25 février (observateurs OMS Maroc)"
    text = """Bonjour,

Quatre collègues du Bureau de l'OMS au Maroc souhaitent suivre la Conférence régionale des 24 et 25 février en tant qu'observateurs. Ils se sont inscrits jeudi dernier via le lien d'inscription Zoom que le BCR nous a transmis, mais aucun n'a reçu d'e-mail de confirmation, et l'un d'eux obtient le message d'erreur ci-joint (« Registration is closed for this webinar »).

Par ailleurs, nous avons reçu pour la consultation du 23 février un lien Teams : faut-il s'inscrire séparément pour cette journée ?

Précision : aucun de nos collègues ne prendra la parole, il s'agit uniquement de suivre les débats.

Les participants :
- Dr Rachid Benmoussa, Administrateur de programme, Santé des migrants
- Mme Houda El Fassi, Chargée de communication
- M. Adil Zerouali, Assistant de programme
- Mme Imane Kettani, Stagiaire

Merci d'avance pour votre aide.

Cordialement,

Khadija Amrani
Assistante administrative
Bureau de l'OMS au Maroc
Rabat
"""
    page = leaf("text/html", owa_html(text), cte="quoted-printable")
    shot = attach("image/png", make_png(64, 40, (240, 240, 245)), "capture_ecran_zoom.png")
    body = multi("mixed", [page, shot], "_002_PR1P264MB3061A9D4E2C7B158_")
    m = mk(when, sent_at(when, 1, 7), "mail-pr1fra01on0652.outbound.protection.outlook.example.com",
           "198.51.100.152", "4F0Tq62Hrz9", addr("Khadija Amrani", "amranik@who.example.int"), hdr(subj, enc="Q"),
           "<PR1P264MB3061A9D4E2C7B158@PR1P264MB3061.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr(subj, enc="Q")), ("Thread-Index", "AQHW/fz2Kp4Lm6Nq8Rs0Tu2Vw4Xy6A=="),
                  ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration problem for observers: four named colleagues with titles in a labelled list, but "
              "'aucun de nos collègues ne prendra la parole, il s'agit uniquement de suivre les débats' decides "
              "it: not a speaker request (and after the speaker deadline anyway). Questions about a Zoom "
              "registration link and a Teams link need an answer, so acknowledged. The PNG is a screenshot of an "
              "error, not a report. Outlook on the web, HTML only, Date in UTC+1."))


# ================================================================ 15  FR  speaker  ILO Maghreb office, late, primary + alternate, Mailman list in Cc
M15_ID = "<009d01d6fe12$4a7b3c20$df713460$@ilo-maghreb.example.org>"
M15_SUBJ = "Proposition d'intervenants OIT - table ronde 4 (avec nos excuses pour le retard)"
M15_QID = "4F0Zb83Kmz5"
M15_LIST = "gtm-maghreb@lists.ilo-maghreb.example.org"


def m15():
    when = at("2021-02-08 14:50:03")
    text = """Madame, Monsieur,

L'invitation à l'examen régional ne nous est parvenue que la semaine dernière, la liste de diffusion du groupe de travail Maghreb (GTM) ne l'ayant pas relayée. Nous savons que la date limite du 5 février est dépassée et vous prions de bien vouloir nous en excuser.

Si des places restent disponibles, le Bureau de pays de l'OIT pour les pays du Maghreb (BP-Alger) souhaiterait intervenir lors de la table ronde n° 4 et propose :

- Intervenant principal : M. Karim Benhaddou, Spécialiste principal des migrations de main-d'œuvre ;
- Suppléante : Mme Leïla Mansouri-Gharbi, Chargée de programme, Gouvernance des migrations de main-d'œuvre.

Je mets en copie la liste du GTM pour information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Samia Boudjemaa
Assistante de programme
Bureau de pays de l'OIT pour les pays du Maghreb
Alger
"""
    a = alt(text, "----=_NextPart_000_009E_01D6FE23.0C05A8F0", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "smtp.ilo-maghreb.example.org", "41.111.203.18", M15_QID,
           addr("Samia Boudjemaa", "boudjemaa@ilo-maghreb.example.org"), hdr(M15_SUBJ, enc="Q"), M15_ID, a,
           cc=addr("GTM Maghreb", M15_LIST),
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbmF2Kp4Lz6Nq8Rs0Tu2Vw4Xy6Aa=="),
                  ("Content-Language", "fr")])
    ilo = "Bureau de pays de l'OIT pour les pays du Maghreb (BP-Alger)"
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Karim Benhaddou", "Spécialiste principal des migrations de main-d'œuvre", ilo, ["roundtable"], 4),
        sp("Leïla Mansouri-Gharbi", "Chargée de programme, Gouvernance des migrations de main-d'œuvre", ilo,
           ["roundtable"], 4)],
        notes="late (8 February) and says so ('la date limite du 5 février est dépassée'): still acknowledged, "
              "on_time false. A principal speaker and a 'Suppléante' (alternate) in a dashed list, both for 'la "
              "table ronde n° 4'; 'M.'/'Mme' dropped; the fullest affiliation with its acronym is in the body, the "
              "signature omits the acronym. The signer is not a speaker; GTM is a working group, not an "
              "affiliation. Outlook 2013 with a Mailman list in Cc, which holds our acknowledgement for moderation "
              "(h280-16). Date in UTC+1."))


# ================================================================ 16  FR  auto_reply  Mailman holds our acknowledgement of 15 for moderation
def m16():
    when = at("2021-02-08 14:50:41")
    ack_subj = "Accusé de réception - " + M15_SUBJ
    text = """Votre courrier adressé à :

    %s

avec le titre :

    %s

est retenu jusqu'à ce que le modérateur de la liste puisse le vérifier
pour approbation.

La raison de cette retenue :

    Message posté par un non-membre sur une liste réservée aux membres

Votre message sera soit diffusé sur la liste soit vous recevrez une
notification de la décision du modérateur. Si vous voulez annuler
votre message, visitez l'URL suivante :

    https://lists.ilo-maghreb.example.org/mailman/confirm/gtm-maghreb/3f9c2a7e41b8d605c7e1a9f24b3d8e6c0a5f7b21
""" % (M15_LIST, ack_subj)
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "lists.ilo-maghreb.example.org", "41.111.203.20", "4F0ZcD1Nwz2",
                    "gtm-maghreb-owner@lists.ilo-maghreb.example.org",
                    hdr("Votre message pour Gtm-maghreb attend l'approbation du modérateur", "iso-8859-1", "Q"),
                    rfcdate(sent_at(when, 1, 2)),
                    "<mailman.37.1612788639.2419.gtm-maghreb@lists.ilo-maghreb.example.org>",
                    extra=[("Sender", "gtm-maghreb-bounces@lists.ilo-maghreb.example.org")],
                    ret="gtm-maghreb-bounces@lists.ilo-maghreb.example.org")
    rows += [("Precedence", "bulk"), ("X-BeenThere", M15_LIST), ("X-Mailman-Version", "2.1.34"),
             ("X-List-Administrivia", "yes"), ("List-Id", "<gtm-maghreb.lists.ilo-maghreb.example.org>"),
             ("Errors-To", "gtm-maghreb-bounces@lists.ilo-maghreb.example.org")]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Mailman notice that our acknowledgement of h280-15 (copied to the list in Cc) is held for "
              "moderation ('attend l'approbation du modérateur', 'non-membre'): a list-server robot, Precedence: "
              "bulk, X-List-Administrivia, X-Mailman-Version, no In-Reply-To; it quotes h280-15's subject about "
              "speakers. iso-8859-1 quoted-printable. Never acknowledge."))


# ================================================================ 17  EN  report  UNCT Jordan joint inter-agency report + annex + the RC's cover letter
M17_ID = "<DB8PR06MB6345F2A9C1E7B483@DB8PR06MB6345.eurprd06.prod.outlook.example.com>"
M17_SUBJ = "UNCT Jordan - joint inter-agency GCM review inputs (ILO, UNHCR, UNICEF, UNDP, UN Women, WHO)"
M17_QID = "4F1Lm25Tbz8"
M17_FILES = ["UNCT-Jordan_Joint_GCM_Review_Inputs_FINAL_9Feb2021.pdf",
             "Annex 1 - Agency inputs matrix (ILO, UNHCR, UNICEF, UNDP, UN Women, WHO).docx"]
M17_COVER = "RC cover letter_signed.pdf"


def m17():
    when = at("2021-02-09 16:12:30")
    text = """Dear colleagues,

On behalf of the Resident Coordinator and the co-chairs of the UNCT Migration Working Group (ILO and UNHCR), please find attached the joint inter-agency contribution of the UN Country Team in Jordan to the voluntary GCM review:

1. UNCT-Jordan_Joint_GCM_Review_Inputs_FINAL_9Feb2021.pdf - the joint report (consolidated by the RCO);
2. Annex 1 - Agency inputs matrix - agency-by-agency inputs by GCM objective, which forms part of the submission;
3. The RC's signed cover letter, for your records.

The report was endorsed by the UNCT at its meeting on 4 February. Individual agencies may still send their own inputs directly; UNDP's and UNICEF's regional offices have told us they will.

Kind regards,

Bashar Al-Momani
Data Management and Results Reporting Officer
United Nations Resident Coordinator's Office (RCO) - Jordan
Amman, Jordan
"""
    pdf = rep_pdf("UN Country Team Jordan - joint inter-agency inputs to the voluntary GCM review",
                  "United Nations Resident Coordinator's Office, Jordan",
                  ["Context: Jordan as a country of origin, transit and destination",
                   "Progress by GCM objective (2018-2020)", "Labour migration and decent work",
                   "Protection and access to services", "Data gaps", "Recommendations"])
    doc = make_docx(["Annex 1 - Agency inputs matrix", "Agency | GCM objective | Input | Source",
                     "ILO | Obj. 6 | Fair recruitment pilot, QIZ garment sector | ILO 2020",
                     "UNHCR | Obj. 7 | Work permits for refugees | UNHCR 2020",
                     "UNICEF | Obj. 7 | Children on the move | UNICEF 2020",
                     "WHO | Obj. 15 | Health coverage of migrant workers (2020 figures)"])
    letter = make_pdf(["United Nations Resident Coordinator - Jordan", "Amman, 9 February 2021",
                       "To: GCM Regional Review Secretariat", "Transmission of the joint UNCT inputs",
                       "(signed) Resident Coordinator"])
    a = related(text, "image001.png@01D6FEE2.3A5B7C90", (0, 158, 219), "_006_DB8PR06MB6345F2A9C1E7B483_",
                "_000_DB8PR06MB6345F2A9C1E7B483_", lang="EN-GB")
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILES[0]), attach(DOCX, doc, M17_FILES[1]),
                           attach("application/pdf", letter, M17_COVER)], "_007_DB8PR06MB6345F2A9C1E7B483_")
    m = mk(when, sent_at(when, 2, 12), "mail-db8eur06on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", M17_QID, addr("Bashar Al-Momani", "bashar.almomani@un.example.org"), M17_SUBJ, M17_ID,
           body, cc=", ".join([str(addr("RCO Jordan", "rco.jordan@un.example.org")),
                               str(addr("UNCT Jordan MWG co-chairs", "jo-mwg-cochairs@un.example.org"))]),
           extra=outlook(M17_SUBJ, "AdcA8m3Nq5Rs7Tu9Vw1Xy3Za5Bc7De==", lang="en-GB", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M17_FILES,
        notes="joint inter-agency report of a UN Country Team, sent by the RCO on behalf of the RC and the working "
              "group's co-chairs: three attachments, numbered in the body; the report PDF and 'Annex 1' (which "
              "'forms part of the submission') are the report, the RC's signed cover letter is 'for your records' "
              "and is not. Six agency acronyms in the subject are not speakers or separate reports; 'Individual "
              "agencies may still send their own inputs' announces nothing here. Outlook, inline logo, en-GB. The "
              "annex is replaced in h280-21."))


# ================================================================ 18  AR  report  Arab labour statistics centre: PDF report + Excel statistical annex (Zimbra)
M18_FILES = ["التقرير الطوعي - المركز العربي لإحصاءات العمل والهجرة 2021.pdf", "ملحق إحصائي - جداول.xlsx"]


def m18():
    when = at("2021-02-10 11:03:15")
    subj = "التقرير الطوعي للمركز العربي لإحصاءات العمل والهجرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

بناءً على توجيهات سعادة مدير المركز، نرفق لكم التقرير الطوعي للمركز العربي لإحصاءات العمل والهجرة حول تنفيذ الهدف الأول من الاتفاق العالمي (جمع بيانات دقيقة ومصنفة واستخدامها أساساً لسياسات قائمة على الأدلة) في الدول العربية، ومعه ملحق إحصائي بصيغة Excel يتضمن الجداول التي يستند إليها التقرير، وهو جزء لا يتجزأ منه.

ويعرض التقرير نتائج مسح شمل الأجهزة الإحصائية الوطنية في 17 دولة عربية خلال الفترة من سبتمبر إلى ديسمبر 2020، حول توافر بيانات الهجرة في التعدادات ومسوح القوى العاملة والسجلات الإدارية.

نرجو التكرم بإفادتنا بالاستلام.

مع خالص التحية والتقدير،

م. نضال يوسف العمري
رئيس قسم الإحصاءات الديموغرافية والهجرة
المركز العربي لإحصاءات العمل والهجرة
عمّان - الأردن
"""
    pdf = rep_pdf("Voluntary GCM review report - GCM Objective 1 in the Arab region",
                  "Arab Centre for Labour and Migration Statistics",
                  ["Survey of 17 national statistical offices (Sep-Dec 2020)", "Censuses",
                   "Labour force surveys", "Administrative records", "Recommendations"])
    xl = make_xlsx([["الدولة", "التعداد", "مسح القوى العاملة", "السجلات الإدارية"],
                    ["الأردن", "نعم", "نعم", "جزئياً"], ["تونس", "نعم", "نعم", "نعم"], ["لبنان", "لا", "نعم", "جزئياً"]])
    a = alt(text, "=_a91c3e7f5b2d4068e1c9a7f3b5d2e4c6", html=zimbra_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILES[0]), attach(XLSX, xl, M18_FILES[1])],
                 "=_c3e7f5b2d4068e1c9a7f3b5d2e4c6a91")
    m = mk(when, sent_at(when, 2, 9), "mail.aclms.example.org", "203.0.113.88", "4F1wP47Xkz3",
           addr("نضال العمري", "n.alomari@aclms.example.org"), hdr(subj),
           "<1823407519.4471.1612947786201.JavaMail.zimbra@aclms.example.org>", body,
           extra=[("X-Mailer", ZIMBRA), ("X-Originating-IP", "[10.20.1.47]"), ("Thread-Topic", hdr(subj)),
                  ("Thread-Index", "Mn8Q2xKp4Lz6Nq8Rs0Tu2Vw4Xy6A")])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M18_FILES,
        notes="a regional statistics centre's report (PDF with an Arabic name) plus a statistical annex in Excel "
              "that the body calls 'جزء لا يتجزأ منه': both are the report. 'بناءً على توجيهات سعادة مدير المركز' "
              "and the signer with 'م.' are not speakers; 17 countries, 2020 and 'الهدف الأول' are report "
              "content. Zimbra webmail, RTL base64; 'نرجو التكرم بإفادتنا بالاستلام' asks for the acknowledgement."))


# ================================================================ 19  EN  both  UNICEF MENARO: report on time, speaker part late (primary + alternate for RT2)
M19_FILE = "UNICEF MENARO - Children on the move - GCM voluntary review input (Feb 2021).pdf"


def m19():
    when = at("2021-02-11 17:28:49")
    subj = "UNICEF MENARO input to the GCM regional review + RT2 speaker (late, apologies)"
    text = """Dear GCM RR Secretariat,

Please find attached UNICEF MENARO's input to the voluntary GCM review, "Children on the move in the Middle East and North Africa". It was prepared by the Social Policy and Child Protection sections with inputs from 9 COs, and cleared by the RD's office yesterday.

We are aware that the deadline for speaker nominations was 5 Feb - our clearance only came through yesterday, together with the report. If there is still space in RT2, we would like to propose Mr. Tamer Nabil Soliman, Regional Adviser, Social Policy, with Ms. Farah Odeh, Social Policy Specialist (Migration), as alternate. If RT2 is already full, we completely understand; the report is the main thing.

Best regards,
Farah

Farah Odeh
Social Policy Specialist (Migration)
UNICEF Middle East and North Africa Regional Office (MENARO)
Amman, Jordan
"""
    pdf = rep_pdf("Children on the move in the Middle East and North Africa",
                  "UNICEF Middle East and North Africa Regional Office (MENARO)",
                  ["Children in mixed migration flows", "Unaccompanied and separated children",
                   "Access to education, health and birth registration", "Alternatives to child detention",
                   "Recommendations to States"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", mac_outlook_html(text))],
              "B_3695563112_1849202517")
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "B_3695563112_1738451026")
    m = mk(when, sent_at(when, 2, 8), "mail-ve1eur03on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4F2Gd19Rnz7", addr("Farah Odeh", "fodeh@unicef.example.org"), subj,
           "<5C8E1A4F-3B92-4D7E-A0C6-1F2E9B7D4A38@unicef.example.org>", body,
           cc=addr("Tamer Soliman", "tsoliman@unicef.example.org"),
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", subj),
                  ("Thread-Index", "AQHXALm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd=="), ("Content-Language", "en-US")])
    mena = "UNICEF Middle East and North Africa Regional Office (MENARO)"
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tamer Nabil Soliman", "Regional Adviser, Social Policy", mena, ["roundtable"], 2),
        sp("Farah Odeh", "Social Policy Specialist (Migration)", mena, ["roundtable"], 2)],
        report_attachments=[M19_FILE],
        notes="both on 11 February: the report is on time but the speaker part is late (the sender says so), so "
              "on_time false. A primary speaker and an alternate for RT2; the alternate is the sender herself "
              "('with Ms. Farah Odeh ... as alternate', her own name in the third person); 'Mr.'/'Ms.' dropped; "
              "the office's full name only in the signature. 'If RT2 is already full, we completely understand' "
              "does not withdraw the request. Outlook for Mac; 9 COs and 5 Feb are noise."))


# ================================================================ 20  FR  other  FAO North Africa office declines: its input is in the joint UNCT report
def m20():
    when = at("2021-02-12 10:40:12")
    subj = "Examen régional du PMM - participation du Bureau sous-régional de la FAO"
    text = """Madame, Monsieur,

Au nom de la Coordonnatrice sous-régionale pour l'Afrique du Nord, je vous remercie pour votre invitation à l'examen régional du Pacte mondial sur les migrations.

Le Bureau ne proposera pas d'intervenant, ni pour la consultation du 23 février ni pour la Conférence, et ne soumettra pas de rapport volontaire séparé : notre contribution sur la migration rurale et l'emploi des jeunes dans l'agriculture figure dans le rapport conjoint de l'équipe de pays des Nations Unies en Tunisie, que le Bureau du Coordonnateur résident vous transmettra directement.

Deux collègues suivront toutefois les travaux en tant qu'observateurs. Pourriez-vous nous confirmer que le lien d'inscription Zoom diffusé par le Réseau régional est bien celui à utiliser pour les deux journées de la Conférence ?

Avec mes remerciements,

Mounir Gharsalli
Chargé de programme
Bureau sous-régional de la FAO pour l'Afrique du Nord (SNE)
Tunis - Tunisie
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "mail.fao-sne.example.org", "197.14.8.33", "4F2Vr60Jcz4",
           "Mounir Gharsalli <mounir.gharsalli@fao.example.org>", hdr(subj, enc="Q"),
           "<c4d8e2f1-7a93-4b05-96e1-3f2a8d7c5b19@fao.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="an agency's office that declines both ('ne proposera pas d'intervenant ... et ne soumettra pas de "
              "rapport volontaire séparé': its input is in a joint UNCT report sent by someone else), on behalf "
              "of its Coordinator; the closing question about the Zoom link for observers needs an answer, so "
              "acknowledged. Thunderbird, format=flowed, 8bit; the two observers are not named."))


# ================================================================ 21  EN  report  UNCT Jordan replaces Annex 1 (reply to our acknowledgement of 17)
M21_FILE = "Annex 1 - Agency inputs matrix_rev1 (corrected WHO figures).docx"


def m21():
    when = at("2021-02-15 12:05:55")
    ack = ack_mid(M17_QID)
    quoted = """Dear colleague,

The secretariat of the Regional Review of the Global Compact for Migration in the Arab region acknowledges receipt of your message "%s" and of your voluntary GCM review report. The secretariat will come back to you if anything is missing.

GCM Regional Review - Arab States""" % M17_SUBJ
    text = """Dear colleagues,

A small correction to the UNCT Jordan submission: please replace Annex 1 with the attached rev1. WHO's figures on health coverage of migrant workers (Obj. 15 rows) were the 2019 ones; they are now the 2020 figures cleared by the WHO CO. Nothing else has changed, and the main report PDF stays as sent on 9 Feb - no need to re-file it.

Apologies for the extra step.

Kind regards,

Bashar Al-Momani
Data Management and Results Reporting Officer
United Nations Resident Coordinator's Office (RCO) - Jordan

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 9, 2021 4:13 PM
To: Bashar Al-Momani <bashar.almomani@un.example.org>
Cc: RCO Jordan <rco.jordan@un.example.org>; UNCT Jordan MWG co-chairs <jo-mwg-cochairs@un.example.org>
Subject: Acknowledgement of receipt - %s

%s
""" % (M17_SUBJ, quoted)
    doc = make_docx(["Annex 1 - Agency inputs matrix (rev1, 15 February 2021)", "Agency | GCM objective | Input | Source",
                     "ILO | Obj. 6 | Fair recruitment pilot, QIZ garment sector | ILO 2020",
                     "UNHCR | Obj. 7 | Work permits for refugees | UNHCR 2020",
                     "WHO | Obj. 15 | Health coverage of migrant workers (2020 figures, corrected)"])
    a = alt(text, "_000_DB8PR06MB63457B1E4C9A2D60_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach(DOCX, doc, M21_FILE)], "_004_DB8PR06MB63457B1E4C9A2D60_")
    m = mk(when, sent_at(when, 2, 9), "mail-db8eur06on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F4Kx36Ydz0", addr("Bashar Al-Momani", "bashar.almomani@un.example.org"),
           "RE: Acknowledgement of receipt - " + M17_SUBJ,
           "<DB8PR06MB63457B1E4C9A2D60@DB8PR06MB6345.eurprd06.prod.outlook.example.com>", body,
           cc=", ".join([str(addr("RCO Jordan", "rco.jordan@un.example.org")),
                         str(addr("UNCT Jordan MWG co-chairs", "jo-mwg-cochairs@un.example.org"))]),
           extra=[("In-Reply-To", ack), ("References", M17_ID + " " + ack)]
           + outlook("Acknowledgement of receipt - " + M17_SUBJ, "AdcA8m3Nq5Rs7Tu9Vw1Xy3Za5Bc7DeAAb2Kq4=",
                     lang="en-GB", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE], thread_of=H % 17,
        notes="revision of h280-17 by a reply to our acknowledgement (References name h280-17): only the corrected "
              "annex is attached and it replaces the first Annex 1; the main PDF is named but not re-sent ('no need "
              "to re-file it'). On time (15 February). The quoted acknowledgement says 'voluntary GCM review "
              "report'; 2019/2020 figures are content. Outlook, en-GB."))


# ================================================================ 22  FR  other  development bank's policy note: 'n'est pas un rapport volontaire' (IBM Notes)
M22_FILE = "BMIS_Note_d'orientation_réintégration_2021.pdf"


def m22():
    when = at("2021-02-16 17:36:21")
    subj = "Note d'orientation de la BMIS - réintégration économique des migrants de retour (pour information)"
    text = """Madame, Monsieur,

Nous vous transmettons, pour information, la note d'orientation de la Banque maghrébine pour l'investissement social (BMIS) sur le financement des programmes de réintégration économique des migrants de retour, adoptée par notre Conseil d'administration en décembre 2020.

Cette note n'est pas un rapport volontaire : la contribution de la BMIS à l'examen régional figure dans la contribution conjointe coordonnée par le Bureau sous-régional de la CEA pour l'Afrique du Nord, qui vous a été transmise le 2 février. Nous la partageons simplement comme document de référence pour les tables rondes.

Nous n'avons pas de demande d'intervention.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hichem Ben Salah
Chef de division
Département du développement social et de l'emploi
Banque maghrébine pour l'investissement social (BMIS)
Tunis
"""
    pdf = make_pdf(["BMIS - Note d'orientation", "Financement de la reintegration economique des migrants de retour",
                    "Adoptee par le Conseil d'administration, decembre 2020", "1. Lignes de credit aux IMF",
                    "2. Garanties pour les petites entreprises", "3. Criteres d'eligibilite"])
    a = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                              leaf("text/html", notes_html(text), "iso-8859-1", "quoted-printable")],
              "=_alternative 005A3C41C1258678_=")
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "=_mixed 005A3C41C1258678_=")
    m = mk(when, sent_at(when, 1, 10), "smtp.bmis.example.org", "41.226.11.70", "4F5Pn21Gqz6",
           "Hichem Ben Salah <hichem.bensalah@bmis.example.org>", hdr(subj, "iso-8859-1", "Q"),
           "<OF5A3B2C1D.7E8F9A0B-ONC1258678.0041A2B3-C1258678.0042C3D4@bmis.example.org>", body,
           extra=[("X-Mailer", NOTES),
                  ("X-MIMETrack", "Serialize by Router on BMIS-SMTP01/BMIS(Release 9.0.1FP10|January 2018) at\r\n"
                                  " 16/02/2021 16:36:15,\r\n\tSerialize complete at 16/02/2021 16:36:15"),
                  ("X-KeepSent", "5A3B2C1D:7E8F9A0B-C1258678:0041A2B3; type=4; name=$KeepSent")])
    add(22, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a development bank sends a PDF policy note 'pour information' on the report deadline day, and one "
              "sentence decides it: 'Cette note n'est pas un rapport volontaire' (its contribution is in the CEA "
              "office's joint contribution, cf. h280-07); 'Nous n'avons pas de demande d'intervention'. Other, no "
              "report_attachments; a person wrote it, so acknowledged. IBM Notes: iso-8859-1 QP text and HTML, "
              "X-MIMETrack, Date in UTC+1; PDF name with an apostrophe and accents (RFC 2231 + RFC 2047)."))


# ================================================================ 23  FR  report  observatory: received 00:02 on the 17th, Date header says 23:02 on the 16th
M23_FILE = "OIMH_Rapport_volontaire_Examen_régional_PMM_2021.docx"


def m23():
    when = at("2021-02-17 00:02:37")
    subj = "Rapport volontaire de l'OIMH - Examen régional du Pacte mondial"
    text = """Bonsoir,

Veuillez trouver ci-joint, dans les délais, le rapport volontaire de l'Observatoire intermaghrébin des mobilités humaines (OIMH) pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte sur les migrations de transit et les retours en Libye, en Tunisie et en Algérie entre 2018 et 2020, à partir des données de nos partenaires et de 46 entretiens avec des responsables locaux.

Merci de bien vouloir en accuser réception.

Bien à vous,

Sonia Triki-Ben Amor
Chargée d'études
Observatoire intermaghrébin des mobilités humaines (OIMH)
Tunis
"""
    doc = make_docx(["Observatoire intermaghrébin des mobilités humaines (OIMH)",
                     "Rapport volontaire - Examen régional du Pacte mondial (région arabe), février 2021",
                     "1. Transit et retours 2018-2020", "2. Libye, Tunisie, Algérie", "3. Recommandations"])
    a = alt(text, "00000000000071c3e205bb7f2a94", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M23_FILE)], "00000000000071c3e405bb7f2a96")
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f47.google.example.com", "192.0.2.147", "4F6Bq07Xhz1",
           "Sonia Triki-Ben Amor <oimh.etudes@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAM7vQx2Rt5nK8pL+d3Wc6Zb1sH9yGf4jE0@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="deadline edge: the Date header says Tue, 16 Feb 2021 23:02:31 +0100 and the text says 'dans les "
              "délais', but the server received it at 00:02:37 on 17 February in Beirut (UTC+2): late by under "
              "three minutes, on_time false, still acknowledged. Gmail, DOCX with an accented name (RFC 2231 + "
              "RFC 2047); 2018-2020 and 46 interviews are content."))


# ================================================================ 24  AR  report  Gulf observatory's late report from a personal Yahoo account
M24_FILE = "التقرير الطوعي للمرصد الخليجي - العمالة الوافدة في دول المجلس.docx"


def m24():
    when = at("2021-02-18 10:21:48")
    subj = "التقرير الطوعي للمرصد الخليجي لسوق العمل والتنقل (مع الاعتذار عن التأخير)"
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

السلام عليكم ورحمة الله وبركاته،

نرفق لكم التقرير الطوعي للمرصد الخليجي لسوق العمل والتنقل، مع خالص الاعتذار عن تأخر إرساله عن الموعد المحدد في 16 فبراير، إذ لم يعتمد من اللجنة الفنية إلا مساء أمس.

وأرسله من بريدي الشخصي لأن خادم البريد في المرصد يرفض المرفقات التي يزيد حجمها على 5 ميغابايت، وقد تعذر إرساله من هناك أكثر من مرة.

ويتناول التقرير إصلاحات نظام الكفالة وحماية الأجور وتنقل العمالة الوافدة بين أصحاب العمل في دول المجلس خلال 2019-2020.

نأمل أن يتسنى لكم إدراجه، ونرجو إفادتنا بالاستلام.

وتقبلوا تحياتي،
عائشة سالم المنصوري
باحثة رئيسية
المرصد الخليجي لسوق العمل والتنقل
الرياض
"""
    doc = make_docx(["المرصد الخليجي لسوق العمل والتنقل", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: إصلاحات نظام الكفالة", "ثانياً: أنظمة حماية الأجور", "ثالثاً: التنقل بين أصحاب العمل",
                     "رابعاً: التوصيات"])
    a = alt(text, "----=_Part_6120447_1582203649.1613636504133", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "----=_Part_6120446_901447382.1613636504132")
    m = mk(when, sent_at(when, 3, 6), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.211",
           "4F7Hw52Mcz8", addr("عائشة المنصوري", "aisha.almansouri82@yahoo.example.com"), hdr(subj),
           "<1613636504133.6120448@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late report (18 February) of a Gulf observatory, sent from the researcher's personal Yahoo address "
              "because the office server rejects large attachments (the reason is in the body): the organisation "
              "is only in the signature; she apologises for missing 16 February. DOCX with an Arabic name "
              "(RFC 2231 + RFC 2047); '5 ميغابايت' and 2019-2020 are noise. Yahoo, RTL base64, Date in UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
