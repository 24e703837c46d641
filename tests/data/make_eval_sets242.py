#!/usr/bin/env python3
"""Write the blind evaluation set holdout242 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets242.py
Theme: mail that carries links instead of files, and heavy HTML (25 January - 18 February 2021).  Reports
shared as a OneDrive link inserted by Outlook, a Google Docs link (draft, then the approved PDF in a reply),
Google Drive chips, a Dropbox button inside a forwarded NGO newsletter, WeTransfer links pasted into the body
and an Apple Mail Drop; an annex shared by Drive next to an attached report; a LinkedIn bio link, a Facebook page,
a YouTube film, a Doodle poll and a SharePoint 'access denied' page that carry no submission; Outlook tables for
speaker details (Arabic and English), signatures made of images with alt text (Gmail '[image: ...]' and Outlook
inline logos), a Mailchimp campaign that is only 'other', a heavy Yahoo HTML mail, and an Outlook chain whose
body is mostly the internal thread quoted under the new request.  A Jordanian community society, a Lebanese
migrant domestic workers' group and a Lebanese legal-aid association, an Amman migrant-health foundation, a
Basra association, a Syrian organisation in Gaziantep, associations in Zarzis, Sousse, Oujda, Tlemcen, Rosso and
Tamanrasset, a Palestinian youth lab, an Aden foundation, an Alexandria youth initiative, a Muscat research centre,
a Gaza media centre and a Yemeni diaspora network in London.  An Arabic out-of-office, a bounce, three late
messages (one sent before midnight in London), a thank-you to our acknowledgement.  Helpers from mailgen.py.
"""
import datetime as dt
from email.charset import Charset, QP
from email.header import Header

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

QCS = Charset("utf-8")
QCS.header_encoding = QP

SET = EvalSet(242)
add = SET.add
H = "h242-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
YAHOO = "WebService/1.1.17712 YMailNorrin"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def lines_html(text):
    return "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n"))


def mso_p(text, rtl=False):
    d = ' dir="rtl" style="text-align:right;direction:rtl"' if rtl else ""
    return "".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>\n' % (d, esc(p).replace("\n", "<br>\n"))
                   for p in text.strip("\n").split("\n\n"))


def mso_page(inner, lang="EN-US", rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'a:link{color:#0563C1;text-decoration:underline;}--></style></head>'
            '<body lang="%s" link="#0563C1" vlink="#954F72"%s><div class="WordSection1"%s>\n%s</div></body></html>\n'
            % (lang, d, d, inner))


def mso_table(headers, rows, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    cell = '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt%s"><p class="MsoNormal"%s>%s<o:p></o:p></p></td>'
    th = "".join(cell % (";background:#D9E2F3", d, "<b>%s</b>" % esc(h)) for h in headers)
    trs = "".join("<tr>%s</tr>\n" % "".join(cell % ("", d, esc(c)) for c in r) for r in rows)
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"%s '
            'style="border-collapse:collapse;border:none">\n<tr>%s</tr>\n%s</table>\n' % (d, th, trs))


def table_text(headers, rows):
    """How Outlook writes a table in the text/plain alternative: one cell per line, a blank line between rows."""
    return "\n\n".join("\n".join(r) for r in [headers] + rows)


# ================================================================ 01  FR  report  Zarzis association: OneDrive link inserted by Outlook
M01_FILE = "Rapport_volontaire_AHMZ_PMM_2021.pdf"
M01_LINK = ("https://ahmz-my.sharepoint.example.com/:b:/g/personal/i_ferjani_ahmz_example_org/"
            "EVx3kq9TzL1Bm7pRwY2c5GsB0uHjN4aQe8fK6dZt1oVw3A?e=R7pLq2")


def m01():
    when = at("2021-01-25 10:12:40")
    subj = "Examen régional PMM - rapport volontaire de l'AHMZ (lien OneDrive)"
    t1 = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, l'Association Horizons Marins de Zarzis (AHMZ) a le plaisir de vous transmettre son rapport volontaire.

Le fichier, qui contient de nombreuses photos et cartes, dépasse la taille autorisée par notre messagerie ; nous l'avons donc déposé sur notre espace OneDrive. Il est accessible sans identifiant par le lien ci-dessous :"""
    t2 = """Le rapport retrace le travail des pêcheurs de Zarzis qui portent secours aux embarcations en détresse au large des côtes du Sud tunisien, l'inhumation digne des personnes décédées en mer et l'accompagnement des familles tunisiennes et subsahariennes de disparus.

Nous vous remercions de bien vouloir nous confirmer que le document s'ouvre correctement.

Bien cordialement,

Imen Ferjani
Chargée de suivi et d'évaluation
Association Horizons Marins de Zarzis (AHMZ)
Avenue de l'Environnement, 4170 Zarzis - Tunisie
Tél. : +216 75 000 000"""
    cid = "image001.png@01D6F30E.1A2B3C40"
    plain = t1 + "\n\n[cid:%s]%s<%s>\n\n" % (cid, M01_FILE, M01_LINK) + t2 + "\n"
    chip = ('<p class="MsoNormal"><a href="%s"><span style="text-decoration:none"><img border="0" width="16" '
            'height="16" style="width:.1666in;height:.1666in" id="_x0000_i1025" src="cid:%s" alt="PDF"></span>'
            '<span style="font-family:&quot;Segoe UI&quot;,sans-serif">%s</span></a><o:p></o:p></p>\n'
            % (M01_LINK, cid, M01_FILE))
    html = mso_page(mso_p(t1) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + chip
                    + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_p(t2), lang="FR")
    icon = leaf("image/png", make_png(16, 16, (200, 30, 30)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])
    rel = multi("related", [leaf("text/html", html), icon], "_004_PA4P190MB1054C2E9B7A31F60_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", plain), rel], "_000_PA4P190MB1054C2E9B7A31F60_")
    m = mk(when, sent_at(when, 1, 6), "mail-pa4eur01on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DPQ3m6XkTz1", addr("Imen Ferjani", "i.ferjani@ahmz.example.org"), hdr(subj, enc="Q"),
           "<PA4P190MB1054C2E9B7A31F60@PA4P190MB1054.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzB1Kq3Wm5Ty7Ui9Op1As3Df5Gh7Jk==", lang="fr-FR", has_attach="yes"))
    add(1, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is a OneDrive (SharePoint) link that Outlook inserted with a small PDF icon: the only MIME "
              "attachment is the 16-pixel inline icon (image001.png, and X-MS-Has-Attach: yes), the file name "
              "appears as link text; nothing to file, report_attachments empty (as dev 049). Early (25 January)."))


# ================================================================ 02  AR  speaker  Irbid society: two speakers in an Outlook table, speaker in Cc
M02_ID = "<AM0PR10MB2641B5D9E3A7C18F@AM0PR10MB2641.EURPRD10.PROD.OUTLOOK.example.com>"
M02_SUBJ = "ترشيح متحدثين - جمعية آفاق للتنمية المجتمعية / إربد"
M02_QID = "4DQr5X2bVnz7"


def m02():
    when = at("2021-01-27 11:30:15")
    t1 = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

إشارةً إلى دعوتكم الكريمة، يسر جمعية آفاق للتنمية المجتمعية في إربد أن ترشح اثنين من كوادرها للمشاركة في أعمال الاستعراض الإقليمي. تعمل الجمعية منذ عام 2013 مع اللاجئين السوريين والعمال المهاجرين في المزارع والمصانع في محافظات الشمال، ومع المجتمعات المستضيفة في الرمثا والمفرق.

نرفق في الجدول أدناه بيانات المرشحَين:"""
    headers = ["الاسم الكامل", "المسمى الوظيفي", "الجهة", "المشاركة المطلوبة"]
    rows = [["م. رامي عبد الكريم الشرع", "مدير المشاريع", "جمعية آفاق للتنمية المجتمعية - إربد",
             "مداخلة في المائدة المستديرة المواضيعية الأولى (24-25 شباط)"],
            ["أ. سهى فايز العمري", "منسقة برنامج الحماية", "جمعية آفاق للتنمية المجتمعية - إربد",
             "مقررة لعرض الرسائل الرئيسية لأصحاب المصلحة"]]
    t2 = """الأستاذة سهى في نسخة هذه الرسالة للتواصل المباشر.

وتفضلوا بقبول فائق الاحترام والتقدير،

هبة محمود الزعبي
مسؤولة العلاقات العامة والإعلام
جمعية آفاق للتنمية المجتمعية
Afaq Society for Community Development - Irbid, Jordan
هاتف: 000 0000 2 962+"""
    plain = t1 + "\n\n" + table_text(headers, rows) + "\n\n" + t2 + "\n"
    html = mso_page(mso_p(t1, rtl=True) + mso_table(headers, rows, rtl=True) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                    + mso_p(t2, rtl=True), lang="AR-JO", rtl=True)
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"), leaf("text/html", html, cte="base64")],
                 "_000_AM0PR10MB2641B5D9E3A7C18F_")
    m = mk(when, sent_at(when, 2, 7), "mail-am0eur10on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", M02_QID, addr("هبة محمود الزعبي", "heba.zoubi@afaq-irbid.example.org"), hdr(M02_SUBJ),
           M02_ID, body, cc=addr("سهى العمري", "suha.omari@afaq-irbid.example.org"),
           extra=outlook(hdr(M02_SUBJ), "AdbzcE4Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl0Zx==", lang="ar-JO"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رامي عبد الكريم الشرع", "مدير المشاريع", "جمعية آفاق للتنمية المجتمعية", ["roundtable"], 1),
        sp("سهى فايز العمري", "منسقة برنامج الحماية", "جمعية آفاق للتنمية المجتمعية", ["rapporteur"])],
        notes="two speakers only in an Outlook HTML table (right-to-left, header row 'الاسم الكامل / المسمى الوظيفي / "
              "الجهة / المشاركة المطلوبة'); the text/plain alternative writes the table one cell per line, so the "
              "headers and the cells of both rows follow each other without labels. 'م.' and 'أ.' dropped; the "
              "'- إربد' after the society in the table is the town (as h231-12 '- كسلا'); roundtable as an ordinal "
              "word ('الأولى'), rapporteur in words ('مقررة لعرض الرسائل الرئيسية'). The sender (PR officer) is not "
              "a speaker; the signature adds an English name without an acronym. The second speaker is in Cc and "
              "her out-of-office answers our acknowledgement (h242-03). Base64 parts."))


# ================================================================ 03  AR  auto_reply  the Cc'd speaker's out-of-office on our acknowledgement of 02
def m03():
    when = at("2021-01-27 11:31:02")
    ack = ack_mid(M02_QID)
    text = """شكراً لتواصلكم.

أنا في إجازة حتى يوم الأحد 31 كانون الثاني 2021، وسيكون اطلاعي على البريد الإلكتروني محدوداً.
للحالات الطارئة المتعلقة بالحماية يرجى الاتصال بالخط الساخن للجمعية: 000 000 79 962+

سهى العمري
منسقة برنامج الحماية | جمعية آفاق للتنمية المجتمعية
"""
    body = alt(text, "_000_AM0PR10MB2641OOF9C1E3A5_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M02_SUBJ)
    rows = std_rows(when, "mail-am0eur10on0623.outbound.protection.outlook.example.com", "198.51.100.123",
                    "4DQr6C0hLpz3", addr("سهى العمري", "suha.omari@afaq-irbid.example.org"), subj,
                    rfcdate(sent_at(when, 2, 2)),
                    "<AM0PR10MB2641OOF7B3D5E9F1@AM0PR10MB2641.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M02_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M02_SUBJ)), ("Content-Language", "ar-JO"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "suha.omari@afaq-irbid.example.org")]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office ('رد تلقائي:') of the speaker in Cc of h242-02, a minute after our "
              "acknowledgement (References also name h242-02); it carries a date, a hotline number and a signature "
              "with her title and society like a nomination would. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


SIG_NOUR = ('<div dir="ltr" class="gmail_signature"><table cellpadding="0" cellspacing="0"><tr><td>'
            '<img src="https://ci4.googleusercontent.example.com/proxy/sig_nour_chahine_bmwr.png" width="320" '
            'height="90" alt="Nour Chahine | Communications Officer | BMWR"></td></tr><tr><td>'
            '<a href="https://www.facebook.example.com/bridgesmwr"><img src="https://ci4.googleusercontent.example.com/proxy/fb_24.png" width="20" alt="Facebook"></a> '
            '<a href="https://www.instagram.example.com/bridges.mwr"><img src="https://ci4.googleusercontent.example.com/proxy/ig_24.png" width="20" alt="Instagram"></a>'
            '</td></tr></table></div>')


# ================================================================ 04  EN  both  Beirut domestic workers' group forwards its HTML newsletter: nomination + Dropbox report
M04_ID = "<CAKx9Vb2Rt5nW8qM-f3Lz7Hc1pY6dS0gJe4@mail.gmail.example.com>"
M04_SUBJ = "Fwd: The Bridge - January 2021: Regional Review, our first GCM report, emergency fund"
M04_QID = "4DRb8N1wQsz5"
M04_DROPBOX = "https://www.dropbox.example.com/s/k3v9qz2hx7t1m4w/BMWR_GCM_voluntary_review_2021.pdf?dl=0"


def m04():
    when = at("2021-01-28 13:05:48")
    note = """Dear GCM Regional Review Secretariat,

Rather than write it all again, I'm forwarding our January newsletter, which went out this morning. Item 1 is our nomination for the Regional Review and item 2 links to our voluntary GCM review report (the Dropbox link is public, no login needed).

Please let me know if you need Meseret's contact details or anything else.

Best,
Nour"""
    sig_plain = """-- 
[image: Nour Chahine | Communications Officer | BMWR]
[image: Facebook] <https://www.facebook.example.com/bridgesmwr> [image: Instagram] <https://www.instagram.example.com/bridges.mwr>"""
    fwd_head = """---------- Forwarded message ---------
From: Bridges for Migrant Workers' Rights <newsletter@bridges-mwr.example.org>
Date: Thu, Jan 28, 2021 at 9:00 AM
Subject: The Bridge - January 2021: Regional Review, our first GCM report, emergency fund
To: <nour.chahine@bridges-mwr.example.org>"""
    U = "https://bridges-mwr.us7.list-manage.example.com/track/click?u=6f1c0b2e9a&id="
    nl_text = """[image: Bridges for Migrant Workers' Rights]

THE BRIDGE | January 2021
News from Bridges for Migrant Workers' Rights (BMWR), Beirut

1. We're taking migrant workers' voices to the GCM Regional Review

In February, the Regional Review of the Global Compact for Migration in the Arab region brings together governments, UN agencies and civil society. BMWR is nominating Meseret Abera Desta, our Community Organiser, to take the floor in Roundtable 3 of the Regional Review Conference on 24-25 February. Meseret came to Lebanon in 2012 as a domestic worker and has organised the Sunday community meetings in Dora and Bourj Hammoud since 2017.

2. Our first voluntary GCM review report is out

"Locked in, locked out" looks at what 2020 - the economic collapse, COVID-19 and the port explosion - meant for migrant domestic workers in Lebanon: unpaid wages, workers left outside embassies, and the kafala system. It is our voluntary contribution to the Regional Review.

Read the report <%s>

3. Emergency food and rent fund

Thanks to you, 1,240 workers received food parcels or rent support between October and January. Donate <%s4d1a>

4. We're hiring

Part-time Amharic-Arabic interpreter for our hotline. Apply by 10 February <%s8b2e>

[image: Facebook] <https://www.facebook.example.com/bridgesmwr> [image: Instagram] <https://www.instagram.example.com/bridges.mwr> [image: Twitter] <https://twitter.example.com/bridges_mwr>

Copyright (C) 2021 Bridges for Migrant Workers' Rights, All rights reserved.
You are receiving this email because you signed up on our website or at one of our events.

Unsubscribe <%sunsub> | Update your preferences <%sprefs>
""" % (M04_DROPBOX, U, U, U, U)
    text = note + "\n\n" + sig_plain + "\n\n" + fwd_head + "\n\n\n" + nl_text
    btn = ('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0"><tr><td '
           'style="background:#e4572e;border-radius:4px;padding:10px 18px"><a href="%s" target="_blank" '
           'style="color:#ffffff;font-weight:bold;text-decoration:none;font-family:Arial,sans-serif">%s</a></td></tr>'
           '</table>')
    nl_html = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">'
               '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;'
               'font-size:15px;line-height:1.5;color:#333333">'
               '<tr><td style="padding:20px"><img src="https://mcusercontent.example.com/6f1c0b2e9a/images/bmwr_logo.png" '
               'width="180" alt="Bridges for Migrant Workers\' Rights" style="display:block"></td></tr>'
               '<tr><td style="padding:0 20px"><h1 style="font-size:24px;color:#e4572e;margin:0">THE BRIDGE | January 2021</h1>'
               '<p style="margin:4px 0 16px 0;color:#777777">News from Bridges for Migrant Workers\' Rights (BMWR), Beirut</p></td></tr>'
               '<tr><td style="padding:0 20px"><h2 style="font-size:19px">1. We\'re taking migrant workers\' voices to the GCM Regional Review</h2>'
               '<p>In February, the Regional Review of the Global Compact for Migration in the Arab region brings together governments, UN agencies and civil society. BMWR is nominating <strong>Meseret Abera Desta</strong>, our Community Organiser, to take the floor in <strong>Roundtable 3</strong> of the Regional Review Conference on 24-25 February. Meseret came to Lebanon in 2012 as a domestic worker and has organised the Sunday community meetings in Dora and Bourj Hammoud since 2017.</p>'
               '<img src="https://mcusercontent.example.com/6f1c0b2e9a/images/meseret_meeting.jpg" width="560" alt="Meseret speaking at a Sunday community meeting" style="display:block"></td></tr>'
               '<tr><td style="padding:0 20px"><h2 style="font-size:19px">2. Our first voluntary GCM review report is out</h2>'
               '<p>&quot;Locked in, locked out&quot; looks at what 2020 - the economic collapse, COVID-19 and the port explosion - meant for migrant domestic workers in Lebanon: unpaid wages, workers left outside embassies, and the kafala system. It is our voluntary contribution to the Regional Review.</p>'
               + btn % (M04_DROPBOX, "Read the report") + '</td></tr>'
               '<tr><td style="padding:0 20px"><h2 style="font-size:19px">3. Emergency food and rent fund</h2>'
               '<p>Thanks to you, 1,240 workers received food parcels or rent support between October and January.</p>'
               + btn % (U + "4d1a", "Donate") + '</td></tr>'
               '<tr><td style="padding:0 20px"><h2 style="font-size:19px">4. We\'re hiring</h2>'
               '<p>Part-time Amharic-Arabic interpreter for our hotline. <a href="%s8b2e">Apply by 10 February</a></p></td></tr>'
               '<tr><td align="center" style="padding:20px;background:#333333;color:#cccccc;font-size:12px">'
               '<a href="https://www.facebook.example.com/bridgesmwr"><img src="https://cdn-images.mailchimp.example.com/icons/social-block-v2/color-facebook-48.png" width="24" alt="Facebook"></a> '
               '<a href="https://www.instagram.example.com/bridges.mwr"><img src="https://cdn-images.mailchimp.example.com/icons/social-block-v2/color-instagram-48.png" width="24" alt="Instagram"></a> '
               '<a href="https://twitter.example.com/bridges_mwr"><img src="https://cdn-images.mailchimp.example.com/icons/social-block-v2/color-twitter-48.png" width="24" alt="Twitter"></a>'
               '<p><em>Copyright &copy; 2021 Bridges for Migrant Workers\' Rights, All rights reserved.</em><br>'
               'You are receiving this email because you signed up on our website or at one of our events.</p>'
               '<p><a href="%sunsub" style="color:#cccccc">Unsubscribe</a> | <a href="%sprefs" style="color:#cccccc">Update your preferences</a></p>'
               '</td></tr></table></td></tr></table>' % (U, U, U))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br clear="all"><div><br></div>-- <br>%s<br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">%s<br></div><br><br>%s</div></div></body></html>\n'
            % (lines_html(note), SIG_NOUR, lines_html(fwd_head), nl_html))
    body = alt(text, "000000000000e1c4a805ba0d7b62", html=html)
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f54.google.example.com", "192.0.2.54", M04_QID,
           "Nour Chahine <nour.chahine@bridges-mwr.example.org>", M04_SUBJ, M04_ID, body)
    add(4, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meseret Abera Desta", "Community Organiser", "Bridges for Migrant Workers' Rights (BMWR)",
           ["roundtable"], 3)],
        notes="a person forwards her organisation's HTML newsletter (Gmail 'Fwd:', Mailchimp layout tables, buttons, "
              "image alt texts, social icons, 'Unsubscribe' footer) with a short note: item 1 is the nomination "
              "(in prose, the name in <strong>), item 2 the report behind a 'Read the report' Dropbox button. The "
              "outer message has no List-/Precedence headers: a personal submission, not bulk. Both on time; "
              "report by link, report_attachments empty (as dev 049). The sender (communications officer) is not "
              "the speaker; her signature is an image card (alt text '[image: Nour Chahine | Communications Officer | "
              "BMWR]'). Thanked in h242-05."))


# ================================================================ 05  EN  other  thank-you to our acknowledgement of 04, image-only signature
def m05():
    when = at("2021-01-29 09:20:11")
    ack = ack_mid(M04_QID)
    quoted = """Dear Nour Chahine,

Thank you for your message "%s". The secretariat confirms receipt of your voluntary report and of your speaker request (1 speaker). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M04_SUBJ
    top_text = """Thank you so much for the quick confirmation! Meseret is very excited :)

Nour"""
    sig_text = """[image: Nour Chahine | Communications Officer | BMWR]
[image: Facebook] <https://www.facebook.example.com/bridgesmwr> [image: Instagram] <https://www.instagram.example.com/bridges.mwr>"""
    qhead = "On Thu, Jan 28, 2021 at 1:07 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:"
    text = top_text + "\n\n-- \n" + sig_text + "\n\n\n" + qhead + "\n\n" + gt(quoted) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br clear="all"><div><br></div>-- <br>%s</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div></body></html>\n'
            % (lines_html(top_text), SIG_NOUR, esc(qhead), lines_html(quoted)))
    body = alt(text, "000000000000f3a8d205ba1e5c74", html=html)
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f54.google.example.com", "192.0.2.54", "4DRyK40pWcz2",
           "Nour Chahine <nour.chahine@bridges-mwr.example.org>",
           "Re: Acknowledgement of receipt - " + M04_SUBJ,
           "<CAKx9Vb4Tm8pQ2wN-h5Lz1Hc7sY3dF9gRe0@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)])
    add(5, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="two-line thank-you answering our acknowledgement of h242-04 (References name h242-04): adds nothing "
              "new, so no acknowledgement. Her signature is a single image whose alt text ('Nour Chahine | "
              "Communications Officer | BMWR') shows in the plain text as '[image: ...]'; the quoted "
              "acknowledgement mentions the report and the speaker request."))


# ================================================================ 06  AR  report  Basra association: Google Docs link to a near-final draft
M06_ID = "<CAOq3Wz8Tn1kV6xR+d4Mb9Lc2pH7sY5fJe8@mail.gmail.example.com>"
M06_SUBJ = "التقرير الطوعي لجمعية الفيحاء - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M06_LINK = "https://docs.google.example.com/document/d/1qT7vR2mXk9LzB4wN8cY3hJ6pS0dF5gAe1uKoW7tZx2Q/edit?usp=sharing"
M06_TEXT = """السلام عليكم ورحمة الله وبركاته

الأخوة الأعزاء في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة،

يسرّ جمعية الفيحاء للتنمية وحقوق المهاجرين في البصرة أن تضع بين أيديكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي في جنوب العراق، وهو متاح على الرابط التالي (مستند Google بصلاحية الاطلاع لكل من لديه الرابط):

%s

يتناول التقرير أوضاع العمال الأجانب في شركات النفط والخدمات في البصرة، والعمالة المنزلية الوافدة من بنغلادش والفلبين وإثيوبيا، وعودة النازحين إلى أقضية الفاو وأبي الخصيب، وهجرة الشباب من البصرة نحو تركيا وأوروبا.

ملاحظة: هذه النسخة شبه النهائية، وستصادق عليها الهيئة الإدارية للجمعية في اجتماعها يوم الأحد 7 شباط، وبعدها نرسل لكم النسخة المعتمدة بصيغة PDF.

نرجو التفضل بتأكيد إمكانية فتح الرابط.

مع التقدير،

زينب عادل المالكي
مسؤولة التقارير والمناصرة
جمعية الفيحاء للتنمية وحقوق المهاجرين
البصرة - العراق
""" % M06_LINK


def m06():
    when = at("2021-01-29 12:40:33")
    p0, p1 = M06_TEXT.split(M06_LINK)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s<br><a href="%s" target="_blank">%s</a><br>%s</div></body></html>\n'
            % (lines_html(p0), M06_LINK, M06_LINK, lines_html(p1)))
    body = alt(M06_TEXT, "0000000000008b3f1e05ba1f6d94", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-lj1-f171.google.example.com", "192.0.2.171", "4DS4q83HvFz0",
           addr("زينب عادل المالكي", "alfayhaa.migrants@gmail.example.com"), hdr(M06_SUBJ), M06_ID, body)
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="the report is a Google Docs link (an editable online document, not a file), announced as a near-final "
              "version awaiting the board's approval: a secretary still registers a report received by link "
              "(report_attachments empty, as dev 049). The approved PDF follows as a reply (h242-18). Gmail, base64 "
              "parts, Iraqi place names; the sender is not a speaker."))


# ================================================================ 07  EN  other  Mailchimp campaign of a regional coalition (bulk)
def m07():
    when = at("2021-02-01 09:00:07")
    U = "https://csmc-network.us2.list-manage.example.com/track/click?u=91ae27c4f0b38d5e&id="
    text = """Civic Space for Migrants Coalition - Monthly Briefing, February 2021

View this email in your browser (https://us2.campaign-archive.example.com/?u=91ae27c4f0b38d5e&id=3c7f0a9e21)

** Last call: have your say at the GCM Regional Review
------------------------------------------------------------

The Regional Review of the Global Compact for Migration in the Arab region takes place on 23-25 February 2021. Civil society, trade unions, migrant and diaspora groups can:

* nominate a speaker for the open discussion, a rapporteur role, the plenary or one of the four thematic roundtables - send the speaker's name, title and organisation to gcmrrarabstates@iom.int by Friday 5 February;
* submit a voluntary GCM review report (individual or collective) to the same address by Tuesday 16 February.

Not sure where to start? Join our webinar "Your voluntary GCM review in five steps" on Wednesday 3 February at 14:00 Beirut time.

Register for the webinar (%sa81f02)

** Member spotlight
------------------------------------------------------------

This month we feature a legal aid desk in Tripoli that helped 300 workers recover unpaid wages in 2020. Read the story (%s5be3c9)

** Resources
------------------------------------------------------------

* Template for a voluntary GCM review report (DOCX) (%s77c0d1)
* GCM objectives explained in Arabic, English and French (%s2e94b6)

============================================================
Copyright (C) 2021 Civic Space for Migrants Coalition, All rights reserved.
You are receiving this email because your organisation is a member or partner of the coalition.

Our mailing address is:
Civic Space for Migrants Coalition
PO Box 00000
Amman 11000
Jordan

Want to change how you receive these emails?
You can ** update your preferences (https://csmc-network.us2.list-manage.example.com/profile?u=91ae27c4f0b38d5e&id=d4c1e8f7a2&e=5f0b9a3c61)
or ** unsubscribe from this list (https://csmc-network.us2.list-manage.example.com/unsubscribe?u=91ae27c4f0b38d5e&id=d4c1e8f7a2&e=5f0b9a3c61)
""" % (U, U, U, U)
    btn = ('<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:'
           'separate!important;border-radius:3px;background-color:#00857C"><tbody><tr><td align="center" valign="middle" '
           'class="mcnButtonContent" style="font-family:Helvetica;font-size:16px;padding:14px"><a class="mcnButton" '
           'title="%s" href="%s" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%%;'
           'text-align:center;text-decoration:none;color:#FFFFFF">%s</a></td></tr></tbody></table>')
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Monthly Briefing, February 2021</title>'
            '<style type="text/css">p{margin:10px 0;padding:0}table{border-collapse:collapse}h1,h2{display:block;margin:0;padding:0}'
            '#bodyTable{height:100%;margin:0;padding:0;width:100%}.mcnTextContent{word-break:break-word}</style></head>'
            '<body><center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">'
            '<tr><td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer">'
            '<tr><td valign="top" class="mcnTextContent" style="font-size:11px;color:#656565;padding:9px 18px">'
            '<span style="display:none;max-height:0;overflow:hidden">Speaker nominations close on 5 February - reports on 16 February</span>'
            '<a href="https://us2.campaign-archive.example.com/?u=91ae27c4f0b38d5e&amp;id=3c7f0a9e21" target="_blank">View this email in your browser</a></td></tr>'
            '<tr><td valign="top"><img align="center" alt="Civic Space for Migrants Coalition" src="https://mcusercontent.example.com/91ae27c4f0b38d5e/images/csmc_banner.png" width="564" style="max-width:1200px;padding-bottom:0;display:inline!important;vertical-align:bottom" class="mcnImage"></td></tr>'
            '<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%">'
            '<h1 style="color:#00857C;font-size:26px">Last call: have your say at the GCM Regional Review</h1>'
            '<p>The Regional Review of the Global Compact for Migration in the Arab region takes place on 23-25 February 2021. Civil society, trade unions, migrant and diaspora groups can:</p>'
            '<ul><li><strong>nominate a speaker</strong> for the open discussion, a rapporteur role, the plenary or one of the four thematic roundtables - send the speaker\'s name, title and organisation to <a href="mailto:gcmrrarabstates@iom.int">gcmrrarabstates@iom.int</a> by <strong>Friday 5 February</strong>;</li>'
            '<li><strong>submit a voluntary GCM review report</strong> (individual or collective) to the same address by <strong>Tuesday 16 February</strong>.</li></ul>'
            '<p>Not sure where to start? Join our webinar &quot;Your voluntary GCM review in five steps&quot; on Wednesday 3 February at 14:00 Beirut time.</p></td></tr>'
            '<tr><td align="center" style="padding:0 18px 18px 18px">' + btn % ("Register for the webinar", U + "a81f02", "Register for the webinar") + '</td></tr>'
            '<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%">'
            '<h2 style="font-size:20px">Member spotlight</h2><img src="https://mcusercontent.example.com/91ae27c4f0b38d5e/images/spotlight_tripoli.jpg" width="260" alt="Volunteers of the legal aid desk" style="float:right;margin-left:12px">'
            '<p>This month we feature a legal aid desk in Tripoli that helped 300 workers recover unpaid wages in 2020. <a href="' + U + '5be3c9">Read the story</a></p>'
            '<h2 style="font-size:20px">Resources</h2><ul><li><a href="' + U + '77c0d1">Template for a voluntary GCM review report (DOCX)</a></li>'
            '<li><a href="' + U + '2e94b6">GCM objectives explained in Arabic, English and French</a></li></ul></td></tr>'
            '<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#656565;font-family:Helvetica;font-size:12px;line-height:150%;text-align:center">'
            '<em>Copyright &copy; 2021 Civic Space for Migrants Coalition, All rights reserved.</em><br>You are receiving this email because your organisation is a member or partner of the coalition.<br><br>'
            '<strong>Our mailing address is:</strong><br>Civic Space for Migrants Coalition<br>PO Box 00000<br>Amman 11000<br>Jordan<br><br>'
            'Want to change how you receive these emails?<br>You can <a href="https://csmc-network.us2.list-manage.example.com/profile?u=91ae27c4f0b38d5e&amp;id=d4c1e8f7a2&amp;e=5f0b9a3c61">update your preferences</a> or '
            '<a href="https://csmc-network.us2.list-manage.example.com/unsubscribe?u=91ae27c4f0b38d5e&amp;id=d4c1e8f7a2&amp;e=5f0b9a3c61">unsubscribe from this list</a>.</td></tr>'
            '</table></td></tr></table></center>'
            '<img src="https://csmc-network.us2.list-manage.example.com/track/open.php?u=91ae27c4f0b38d5e&amp;id=3c7f0a9e21&amp;e=5f0b9a3c61" height="1" width="1" alt=""></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_----------=_MCPart_1948372615")
    m = mk(when, sent_at(when, 0, 3), "mail191.sea81.mcsv.example.net", "192.0.2.191", "4DTG0x7RmKz4",
           '"Civic Space for Migrants Coalition" <briefing@csmc-network.example.org>',
           hdr("\U0001F4E3 Last call: have your say at the GCM Regional Review (deadlines inside)"),
           "<a3f9c1e07b5d24e8c6b1f2d0.3c7f0a9e21.20210201070004.91ae27c4f0@mail191.sea81.mcsv.example.net>", body,
           extra=[("Reply-To", "Civic Space for Migrants Coalition <info@csmc-network.example.org>"),
                  ("Precedence", "bulk"),
                  ("List-ID", "91ae27c4f0b38d5e mc list <91ae27c4f0b38d5e.d4c1e8f7a2.list-id.mcsv.example.net>"),
                  ("List-Unsubscribe", "<https://csmc-network.us2.list-manage.example.com/unsubscribe?u=91ae27c4f0b38d5e&id=d4c1e8f7a2&e=5f0b9a3c61&c=3c7f0a9e21>, <mailto:unsubscribe-mc.us2_91ae27c4f0b38d5e.3c7f0a9e21-5f0b9a3c61@mailin.mcsv.example.net?subject=unsubscribe>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("X-Mailer", "MailChimp Mailer - **CID3c7f0a9e215f0b9a3c61**"),
                  ("X-Campaign", "mailchimp91ae27c4f0b38d5e.3c7f0a9e21"),
                  ("Feedback-ID", "28736741:28736741.1948372:us2:mc")],
           ret="bounce-mc.us2_28736741.1948372-5f0b9a3c61@mail191.sea81.mcsv.example.net")
    add(7, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="a coalition's Mailchimp campaign (Precedence: bulk, List-ID, List-Unsubscribe, X-Campaign, tracking "
              "links, hidden preheader, 1-pixel open tracker) sent to our address as a list member: it repeats the "
              "review address, both deadlines and all four roles, and links a 'report template', but it submits "
              "nothing and proposes nobody; never acknowledge bulk mail (as dev 031). Emoji in the subject."))


# ================================================================ 08  FR  speaker  Oujda association: details only in an image signature's alt text
def m08():
    when = at("2021-02-01 15:47:20")
    subj = "Demande d'intervention - table ronde thématique 3"
    body_t = """Bonjour,

Je me permets de vous écrire suite à l'invitation relayée par la plateforme des associations de l'Oriental.

Je souhaiterais intervenir lors de la table ronde thématique n°3 de la Conférence (24-25 février), pour témoigner de notre travail d'accompagnement des personnes migrantes bloquées dans la région d'Oujda, de l'assistance médicale d'urgence aux blessés de la frontière et des difficultés d'accès à l'état civil pour les enfants nés au Maroc.

Vous trouverez mes coordonnées complètes dans ma signature ci-dessous.

Bien cordialement,
Nadia"""
    alt_card = "Nadia El Kasmi | Chargée de plaidoyer | Association Oriental Solidarité Migrants (AOSM) | Oujda - Maroc | +212 6 00 00 00 00"
    sig_plain = "-- \n[image: %s]\n[image: Facebook] <https://www.facebook.example.com/aosm.oujda>  [image: Site web] <https://www.aosm-oujda.example.org>" % alt_card
    text = body_t + "\n\n" + sig_plain + "\n"
    sig_html = ('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                '<img src="https://ci3.googleusercontent.example.com/mail-sig/AIorK4zQm7vN2kX9tR1wY5bL8cH3pD6sF0gJe" '
                'width="420" height="118" alt="%s"><br>'
                '<a href="https://www.facebook.example.com/aosm.oujda" target="_blank"><img src="https://ci3.googleusercontent.example.com/mail-sig/fb20.png" width="20" height="20" alt="Facebook"></a>&nbsp;&nbsp;'
                '<a href="https://www.aosm-oujda.example.org" target="_blank"><img src="https://ci3.googleusercontent.example.com/mail-sig/web20.png" width="20" height="20" alt="Site web"></a>'
                '</div></div>' % esc(alt_card))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br clear="all"><div><br></div>-- <br>%s</div></body></html>\n' % (lines_html(body_t), sig_html))
    body = alt(text, "0000000000004c7e2b05ba49f3d1", html=html)
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f44.google.example.com", "192.0.2.144", "4DTf9K3qLwz6",
           addr("Nadia El Kasmi", "nadia.elkasmi.aosm@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAHv7Nq2Xk5mR9wT-c1Lb8Zd3pY6sF0gJe4@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia El Kasmi", "Chargée de plaidoyer", "Association Oriental Solidarité Migrants (AOSM)",
           ["roundtable"], 3)],
        notes="the sender asks to speak herself and signs the body with her first name only; her full name, title "
              "and association are only in her signature, which is a designed image card: they exist as the "
              "image's alt text (in the HTML alt attribute, and as '[image: ...]' in Gmail's plain text). "
              "'| Oujda - Maroc' and the phone number in the card are not part of the affiliation. 'table ronde "
              "thématique n°3'."))


# ================================================================ 09  EN  speaker  Amman migrant-health foundation: three speakers in an Outlook table, Cc
M09_ID = "<VI1PR08MB4480D2B7F9C3E615@VI1PR08MB4480.eurprd08.prod.outlook.example.com>"
M09_SUBJ = "SFMH nominations - GCM Regional Review (3 speakers)"
M09_QID = "4DTx2Hq8NvZ3"
M09_CC = ("Layal Haddadin <l.haddadin@sahemfoundation.example.org>, "
          "Tareq Al-Momani <t.almomani@sahemfoundation.example.org>, "
          "Joseph Okello <joseph.okello@sahemfoundaton.example.org>")


def m09():
    when = at("2021-02-02 10:14:05")
    t1 = """Dear colleagues,

On behalf of the Sahem Foundation for Migrant Health (SFMH), I am pleased to nominate three of our colleagues for the Regional Review. SFMH runs two primary health clinics in East Amman and Zarqa and a mobile team serving migrant workers in the Jordan Valley farms and the Qualified Industrial Zones.

Please find their details in the table below:"""
    headers = ["Name", "Position", "Organisation", "Session requested"]
    rows = [["Dr. Layal Haddadin", "Medical Director", "Sahem Foundation for Migrant Health (SFMH)", "Thematic Roundtable 2"],
            ["Mr. Joseph Okello Odhiambo", "Community Health Mobiliser", "SFMH", "Open discussion - multi-stakeholder consultation, 23 Feb"],
            ["Eng. Tareq Al-Momani", "Head of Data and Research Unit", "SFMH", "Floor intervention - plenary session"]]
    t2 = """All three are copied on this email. Joseph will speak in English; Layal and Tareq can speak in Arabic or English.

Many thanks and best regards,

Dima Sawalha
Partnerships Manager
Sahem Foundation for Migrant Health (SFMH)
Jabal Al-Hussein, Amman - Jordan
T +962 6 000 0000"""
    cid = "image001.png@01D6F94B.6E1D2A30"
    plain = t1 + "\n\n" + table_text(headers, rows) + "\n\n" + t2 + "\n\n[cid:%s]\n" % cid
    html = mso_page(mso_p(t1) + mso_table(headers, rows) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_p(t2)
                    + '<p class="MsoNormal"><img border="0" width="140" height="48" src="cid:%s" alt="SFMH logo"></p>\n' % cid,
                    lang="EN-GB")
    rel = multi("related", [leaf("text/html", html), logo(cid, (0, 120, 110))], "_004_VI1PR08MB4480D2B7F9C3E615_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", plain), rel], "_000_VI1PR08MB4480D2B7F9C3E615_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0624.outbound.protection.outlook.example.com", "198.51.100.124",
           M09_QID, "Dima Sawalha <d.sawalha@sahemfoundation.example.org>", M09_SUBJ, M09_ID, body, cc=M09_CC,
           extra=outlook(M09_SUBJ, "Adb5Kp2Qw4Er6Ty8Ui0Op2As4Df6Gh8Jk==", lang="en-GB", has_attach="yes"))
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Layal Haddadin", "Medical Director", "Sahem Foundation for Migrant Health (SFMH)", ["roundtable"], 2),
        sp("Joseph Okello Odhiambo", "Community Health Mobiliser", "Sahem Foundation for Migrant Health (SFMH)",
           ["open_discussion"]),
        sp("Tareq Al-Momani", "Head of Data and Research Unit", "Sahem Foundation for Migrant Health (SFMH)",
           ["plenary"])],
        notes="three speakers in an Outlook HTML table with a header row (flattened one cell per line in text/plain); "
              "'Dr.', 'Mr.', 'Eng.' dropped; rows 2 and 3 give the organisation as 'SFMH' only (recorded in the "
              "fullest form, from row 1 and the first paragraph); the session column words each role differently. "
              "The speakers are in Cc and one Cc address is mistyped ('sahemfoundaton'): the copy of our "
              "acknowledgement bounces (h242-10). Inline signature logo with alt text; the sender is not a speaker."))


# ================================================================ 10  EN  bounce  acknowledgement of 09 to the mistyped Cc domain
def m10():
    when = at("2021-02-02 10:15:31")
    bad = "joseph.okello@sahemfoundaton.example.org"
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error
    for name=sahemfoundaton.example.org type=A: Host not found
""" % bad
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTx3Bz6PmZ8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
           "    name=sahemfoundaton.example.org type=A: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=3), "EET"), bad, bad))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Dima Sawalha <d.sawalha@sahemfoundation.example.org>\n"
            "Cc: Layal Haddadin <l.haddadin@sahemfoundation.example.org>,\n"
            " Tareq Al-Momani <t.almomani@sahemfoundation.example.org>,\n"
            " Joseph Okello <joseph.okello@sahemfoundaton.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M09_SUBJ, rfcdate(when - dt.timedelta(seconds=5)), ack_mid(M09_QID), M09_ID))
    body = dsn_report(text, dsn, hdrs, "4DTx3Ht1WcZ2.1612253731/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTx3Ht1WcZ2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202081531.4DTx3Ht1WcZ2@mx1.iom.int>")]
    add(10, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (host not found: the Cc'd nominee's domain of h242-09 was mistyped) for our "
              "acknowledgement; the returned headers name three speakers in Cc and quote the nomination subject. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 11  FR  speaker  Beirut legal-aid association: new request on top of a long internal thread
def m11():
    when = at("2021-02-03 09:05:44")
    subj = "TR: RE: TR: Invitation - Examen régional du Pacte mondial sur les migrations"
    top_t = """Madame, Monsieur,

Suite à l'échange ci-dessous, l'Association Libanaise pour l'Accès au Droit des Étrangers (ALADE) a le plaisir de vous proposer Me Rania Abou Jaoudé, avocate et responsable du pôle contentieux de l'ALADE, pour une intervention lors d'une séance plénière de la Conférence, de préférence le 25 février.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,

Joëlle Harb
Chargée de programme
Association Libanaise pour l'Accès au Droit des Étrangers (ALADE)
Rue Badaro, Beyrouth - Liban
+961 1 000 000"""
    chain = [
        ("Rania Abou Jaoudé <r.aboujaoude@alade.example.org>", "mardi 2 février 2021 18:47",
         "Fouad Nehmé <f.nehme@alade.example.org>; Joëlle Harb <j.harb@alade.example.org>; Walid Sleiman <w.sleiman@alade.example.org>",
         "RE: TR: Invitation - Examen régional du Pacte mondial sur les migrations",
         """Avec plaisir, merci Fouad.
Je suis au Palais de justice le 24 au matin pour une audience, donc si possible plutôt le 25 ; sinon je m'arrangerai.
Rania"""),
        ("Fouad Nehmé <f.nehme@alade.example.org>", "mardi 2 février 2021 09:15",
         "Joëlle Harb <j.harb@alade.example.org>; Rania Abou Jaoudé <r.aboujaoude@alade.example.org>; Walid Sleiman <w.sleiman@alade.example.org>",
         "RE: TR: Invitation - Examen régional du Pacte mondial sur les migrations",
         """Chers tous,

Après réflexion, je propose que ce soit Rania qui intervienne en plénière au nom de l'ALADE : elle a plaidé cette année la plupart de nos dossiers de détention administrative et connaît le sujet mieux que personne. Walid aurait été parfait pour la table ronde 2, mais il sera en congé à partir du 20.

Joëlle, peux-tu envoyer la demande au secrétariat avant vendredi ?

Fouad Nehmé
Président de l'ALADE"""),
        ("Walid Sleiman <w.sleiman@alade.example.org>", "lundi 1 février 2021 16:02",
         "Joëlle Harb <j.harb@alade.example.org>; Fouad Nehmé <f.nehme@alade.example.org>; Rania Abou Jaoudé <r.aboujaoude@alade.example.org>",
         "RE: TR: Invitation - Examen régional du Pacte mondial sur les migrations",
         """Bonjour,
Je serais intéressé par la table ronde 2, mais je serai en congé à Paris du 20 février au 6 mars. Je pourrais éventuellement me connecter à distance si la connexion le permet.
Walid Sleiman
Juriste"""),
        ("Joëlle Harb <j.harb@alade.example.org>", "lundi 1 février 2021 11:30",
         "Fouad Nehmé <f.nehme@alade.example.org>; Rania Abou Jaoudé <r.aboujaoude@alade.example.org>; Walid Sleiman <w.sleiman@alade.example.org>",
         "TR: Invitation - Examen régional du Pacte mondial sur les migrations",
         """Bonjour à tous,

Ci-dessous l'invitation que nous avons reçue. L'un(e) d'entre vous souhaite-t-il/elle prendre la parole au nom de l'ALADE ? Les demandes doivent être envoyées avant le vendredi 5 février.

Joëlle"""),
        ("Regional UN Network on Migration - Arab Region <gcmrrarabstates@iom.int>", "jeudi 28 janvier 2021 14:20",
         "Joëlle Harb <j.harb@alade.example.org>",
         "Invitation - Examen régional du Pacte mondial sur les migrations",
         """Dear partners,

The Regional UN Network on Migration for the Arab Region has the pleasure to invite your organization to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region: a multi-stakeholder consultation on 23 February 2021, followed by the Regional Review Conference on 24-25 February 2021.

Stakeholders who wish to take part in the open discussion, to serve as rapporteur, or to take the floor in a plenary session or in one of the four thematic roundtables are invited to send the name, title and organizational affiliation of the proposed speaker to gcmrrarabstates@iom.int by Friday 5 February 2021. Voluntary GCM review reports can be sent to the same address.

Please find the invitation letter attached in Arabic, English and French.

Best regards"""),
    ]
    hblocks = []
    for frm, sent, to, s, txt in chain:
        hblocks.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       '<p class="MsoNormal"><b>De&nbsp;:</b> %s<br><b>Envoyé&nbsp;:</b> %s<br><b>À&nbsp;:</b> %s<br>'
                       '<b>Objet&nbsp;:</b> %s<o:p></o:p></p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % (esc(frm), esc(sent), esc(to), esc(s), mso_p(txt)))
    plain = top_t + "\n\n" + "\n\n".join(
        "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % c for c in chain) + "\n"
    html = mso_page(mso_p(top_t) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + "".join(hblocks), lang="FR")
    a = multi("alternative", [leaf("text/plain", plain), leaf("text/html", html)], "_000_DB7PR03MB4185F1C8A2E9D547_")
    cc = Header("Fouad Nehmé", QCS)
    cc.append(" <f.nehme@alade.example.org>, ", "us-ascii")
    cc.append("Rania Abou Jaoudé", QCS)
    cc.append(" <r.aboujaoude@alade.example.org>", "us-ascii")
    m = mk(when, sent_at(when, 2, 7), "mail-db7eur03on0618.outbound.protection.outlook.example.com", "198.51.100.118",
           "4DVL7c1TqHz5", addr("Joëlle Harb", "j.harb@alade.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<DB7PR03MB4185F1C8A2E9D547@DB7PR03MB4185.eurprd03.prod.outlook.example.com>", a,
           cc=cc,
           extra=outlook(hdr(subj, enc="Q"), "AQHW+lM4Hj8Kl2Zx4Cv6Bn8Mq0We2Rt4Yu6Io8PaAABcDe1fAAAgHi2j", lang="fr-FR"))
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rania Abou Jaoudé", "avocate et responsable du pôle contentieux",
           "Association Libanaise pour l'Accès au Droit des Étrangers (ALADE)", ["plenary"])],
        notes="a five-line request on top of a long internal Outlook chain forwarded to us ('TR: RE: TR:', French "
              "'De : / Envoyé : / À : / Objet :' blocks, the English invitation at the bottom with all four roles "
              "and the deadline): "
              "only Rania is proposed; Walid, interested in 'la table ronde 2' in the quoted thread, is not; "
              "'Me' dropped; title recorded without the trailing 'de l'ALADE'; 'séance plénière' = plenary, the "
              "preferred day is not a role. The president and the speaker are in Cc; no threading headers (a "
              "forward)."))


# ================================================================ 12  AR  both  Syrian organisation in Gaziantep: WeTransfer report + speaker, image signature
def m12():
    when = at("2021-02-03 14:22:10")
    subj = "منظمة غراس الأمل - التقرير الطوعي وترشيح متحدث للمشاورة"
    link = "https://we.tl/t-Vq8RkZ2m4X"
    t1 = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

تتقدم منظمة غراس الأمل للدعم المجتمعي بتقريرها الطوعي حول الهجرة والنزوح في شمال غرب سوريا ومخيمات الحدود السورية التركية، ونظراً لحجم الملف (حوالي 180 ميغابايت مع الصور والملاحق) أرسلناه عبر WeTransfer على الرابط التالي، وهو صالح لمدة سبعة أيام:
%s

كما نرشح للمشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم 23 شباط:

الاسم: د. مازن حسين العلي
المنصب: مدير البرامج
الجهة: منظمة غراس الأمل للدعم المجتمعي (GAO)
الدور المطلوب: المشاركة في النقاش المفتوح

شاكرين تعاونكم،

سلمى الحمود | Salma Alhamoud
مسؤولة المنح والتقارير | Grants & Reporting Officer
منظمة غراس الأمل للدعم المجتمعي | Ghiras Al-Amal Organization (GAO)
غازي عنتاب - تركيا | Gaziantep, Türkiye""" % link
    c1, c2 = "image001.png@01D6FA21.4C8B7E60", "image002.png@01D6FA21.4C8B7E60"
    plain = t1 + "\n\n[cid:%s]\n[cid:%s]\n" % (c1, c2)
    p0, p1 = t1.split(link)
    html = mso_page(mso_p(p0, rtl=True) + '<p class="MsoNormal" dir="ltr"><a href="%s">%s</a><o:p></o:p></p>\n' % (link, link)
                    + mso_p(p1, rtl=True)
                    + '<p class="MsoNormal" dir="rtl"><img border="0" width="160" height="60" src="cid:%s" '
                      'alt="شعار منظمة غراس الأمل - Ghiras Al-Amal Organization logo"> '
                      '<img border="0" width="220" height="40" src="cid:%s" alt="معاً من أجل كرامة المهجّرين - '
                      'Together for the dignity of the displaced"></p>\n' % (c1, c2), lang="AR-SY", rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(c1, (240, 150, 20), "image001.png"),
                            logo(c2, (40, 40, 40), "image002.png")],
                "_004_FR0P281MB0563E9B4C2A7D815_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", plain, cte="base64"), rel], "_000_FR0P281MB0563E9B4C2A7D815_")
    m = mk(when, sent_at(when, 3, 9), "mail-fr0deu01on0633.outbound.protection.outlook.example.com", "198.51.100.133",
           "4DVZ1t5KmRz8", addr("Salma Alhamoud", "s.alhamoud@ghirasamal.example.org"), hdr(subj),
           "<FR0P281MB0563E9B4C2A7D815@FR0P281MB0563.DEUP281.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "Adb6Lm3Nw5Qe7Rt9Yu1Io3Pa5Sd7Fg9Hj==", lang="ar-SA", has_attach="yes"))
    add(12, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مازن حسين العلي", "مدير البرامج", "منظمة غراس الأمل للدعم المجتمعي (GAO)", ["open_discussion"])],
        notes="both, on time (3 February): the report only as a WeTransfer link valid seven days (report_attachments "
              "empty, as dev 049; the two MIME attachments are signature images) and a speaker in labelled lines "
              "('د.' dropped, Latin acronym after the Arabic name kept). The signature is bilingual and ends with "
              "two inline images whose alt texts repeat the organisation's names and a slogan; Outlook's plain text "
              "shows only '[cid:...]'. The sender is not the speaker."))


# ================================================================ 13  FR  both  Tlemcen collective: DOCX report + Drive link to annexes + speaker
M13_FILE = "Rapport volontaire CTAS – Examen régional PMM 2021.docx"


def m13():
    when = at("2021-02-04 17:36:52")
    subj = "Rapport volontaire et proposition d'intervenante - CTAS Tlemcen"
    link = "https://drive.google.example.com/drive/folders/1mZ8kQ3tR7vX2bN5wL9cY4hJ0pS6dF1gA?usp=sharing"
    text = """Bonjour,

Le Collectif Tlemcen Accueil et Solidarité (CTAS) a le plaisir de vous transmettre en pièce jointe son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Les annexes (photos, enregistrements audio de témoignages et tableaux de suivi des consultations) sont trop lourdes pour être jointes ; elles se trouvent dans ce dossier partagé :
%s

Nous proposons également Mme Amel Boukerche-Ziani, psychologue clinicienne et coordinatrice du pôle accompagnement psychosocial du CTAS, pour une intervention lors de la table ronde thématique n° 1. Elle suit depuis 2016 des femmes et des mineurs non accompagnés arrivés par Maghnia et peut intervenir en français ou en arabe.

Avec nos remerciements et nos salutations distinguées,

Rachid Bensalem
Président du CTAS | رئيس الجمعية
Collectif Tlemcen Accueil et Solidarité
التجمع التلمساني للاستقبال والتضامن
Tlemcen - Algérie
""" % link
    doc = make_docx(["Collectif Tlemcen Accueil et Solidarite (CTAS)",
                     "Rapport volontaire - Examen regional du Pacte mondial sur les migrations 2021",
                     "1. Tlemcen et Maghnia : une region de passage", "2. Femmes et mineurs non accompagnes",
                     "3. Acces aux soins et soutien psychosocial", "4. Objectifs 7, 15 et 16 du Pacte",
                     "5. Recommandations", "Annexes : voir le dossier partage"])
    p0, p1 = text.split(link)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br><a href="%s" target="_blank">%s</a><br>%s</div></body></html>\n'
            % (lines_html(p0), link, link, lines_html(p1)))
    a = alt(text, "000000000000b52e9c05ba87d1f6", html=html)
    body = multi("mixed", [a, attach(DOCX, doc, M13_FILE)], "000000000000b52e9e05ba87d1f8")
    m = mk(when, sent_at(when, 1, 8), "mail-wr1-f49.google.example.com", "192.0.2.149", "4DW9s26ZcLz4",
           addr("CTAS Tlemcen", "ctas.tlemcen@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAE5nR8wT2kX6mQ-v9Lb3Zc1pH7dY4sFe0g@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Boukerche-Ziani", "psychologue clinicienne et coordinatrice du pôle accompagnement psychosocial",
           "Collectif Tlemcen Accueil et Solidarité (CTAS)", ["roundtable"], 1)],
        report_attachments=[M13_FILE],
        notes="both, on time (4 February): the report is the attached DOCX (name with spaces and an en dash, RFC 2231 "
              "+ RFC 2047); its annexes are a Google Drive folder link, which is part of the report but not a file "
              "to list. Speaker in prose with 'Mme' (dropped), hyphenated family name, title recorded without the "
              "trailing 'du CTAS'; 'table ronde thématique n° 1'. Bilingual French/Arabic signature; the sender "
              "(president, shared account) is not the speaker."))


# ================================================================ 14  EN  speaker  Ramallah youth lab, phone, LinkedIn link, evening of the deadline
def m14():
    when = at("2021-02-05 21:55:09")
    subj = "speaker request roundtable 4"
    text = """Hi,

sorry for the last minute email, i only saw the call today. I'd like to request to speak in roundtable 4 of the conference (24-25 feb).

I'm Tamer Qawasmeh, co-founder and program lead at the Palestinian Youth Mobility Lab (PYML) in Ramallah. we work with young Palestinians who want to leave for study or work abroad and with the ones who come back.

short bio here: https://www.linkedin.example.com/in/tamer-qawasmeh-pyml

thanks!
Tamer

Sent from my Galaxy
"""
    html = android_html(text).replace("https://www.linkedin.example.com/in/tamer-qawasmeh-pyml",
                                      '<a href="https://www.linkedin.example.com/in/tamer-qawasmeh-pyml">'
                                      'https://www.linkedin.example.com/in/tamer-qawasmeh-pyml</a>')
    body = alt(text, "000000000000d7f31b05baa4e2c9", html=html)
    m = mk(when, sent_at(when, 2, 9), "mail-pj1-f44.google.example.com", "192.0.2.44", "4DWw0f3RkTz7",
           "Tamer Qawasmeh <tamer.qawasmeh@gmail.example.com>", subj,
           "<CABn4Tq7Wm2xR8vK-p5Lz9Hd1sY6cF3gJe2@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tamer Qawasmeh", "co-founder and program lead", "Palestinian Youth Mobility Lab (PYML)", ["roundtable"], 4)],
        notes="phone mail in lower case on the evening of the speaker deadline (21:55, on time), the sender proposes "
              "himself; title and organisation in one prose sentence ('in Ramallah' is the place); the only link "
              "is his LinkedIn bio, not a document; lower-case subject."))


# ================================================================ 15  AR  speaker  Aden foundation: heavy Yahoo HTML, after midnight in Aden but before it in Beirut
def m15():
    when = at("2021-02-05 23:12:40")
    subj = "طلب مداخلة في الجلسة العامة - مؤسسة خليج عدن للتنمية وحماية المهاجرين"
    text = """بسم الله الرحمن الرحيم

الإخوة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة          المحترمون

السلام عليكم ورحمة الله وبركاته،

تهديكم مؤسسة خليج عدن للتنمية وحماية المهاجرين أطيب التحيات، ونود إفادتكم برغبتنا في المشاركة بمداخلة في الجلسة العامة لمؤتمر الاستعراض الإقليمي، يقدمها:

المهندس/ أنيس عبدالله باحميش
رئيس وحدة الرصد الميداني في المؤسسة

وقد عمل المهندس أنيس منذ 2017 على رصد وصول قوارب المهاجرين الإثيوبيين والصوماليين إلى سواحل شبوة وأبين ولحج، وأوضاعهم في مراكز الاحتجاز وعلى الطريق نحو الحدود الشمالية.

نعتذر عن التأخر في الإرسال بسبب انقطاع الكهرباء والإنترنت في عدن طوال اليوم.

وتقبلوا خالص التحية والتقدير،

عبدالرحمن سالم بن بريك
المدير التنفيذي
مؤسسة خليج عدن للتنمية وحماية المهاجرين
كريتر - عدن - الجمهورية اليمنية
"""
    rows = text.rstrip("\n").split("\n")
    divs = []
    for i, x in enumerate(rows):
        if not x:
            divs.append('<div dir="rtl" data-setdir="false"><br></div>')
            continue
        style = ""
        if x.startswith("المهندس/") or x.startswith("رئيس وحدة"):
            style = ' style="color:#1f3a93;font-weight:bold;font-size:18px"'
        elif i == 0:
            style = ' style="text-align:center;color:#0b6623;font-size:20px"'
        divs.append('<div dir="rtl" data-setdir="false"%s><span><font face="Traditional Arabic, serif" size="4">%s</font></span></div>'
                    % (style, esc(x)))
    html = ('<html><head></head><body><div class="ydp7f3a2c1eyahoo-style-wrap" style="font-family:Tahoma, Geneva, '
            'sans-serif;font-size:16px;"><div dir="rtl">%s</div></div></body></html>\n' % "".join(divs))
    body = alt(text, "----=_Part_733614_1682093547.1612563160428", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 11), "sonic309-21.consmr.mail.bf2.yahoo.example.com", "198.51.100.209",
           "4DWz8m1TpQz2", addr("Abdulrahman Bin Break", "gulfaden.foundation@yahoo.example.com"), hdr(subj),
           "<1612563160428.733615@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أنيس عبدالله باحميش", "رئيس وحدة الرصد الميداني", "مؤسسة خليج عدن للتنمية وحماية المهاجرين", ["plenary"])],
        notes="received 23:12 Beirut time on 5 February (on time) although the sender's Date header already says "
              "Saturday 6 February 00:12 (Aden, UTC+3) and the body apologises for the delay. Heavy Yahoo HTML "
              "(font tags, colours, bold name and title on separate lines); 'المهندس/' (honorific) dropped; title "
              "recorded without the trailing 'في المؤسسة' (the foundation named above). 'الجلسة العامة' = plenary. "
              "The sender (executive director, Latin-script From name) is not the speaker."))


# ================================================================ 16  FR  other  Rosso platform: SharePoint link in the invitation gives 'access denied'
def m16():
    when = at("2021-02-06 11:03:27")
    subj = "Lien vers la note conceptuelle inaccessible"
    text = """Bonjour,

La Plateforme Rosso Migrations et Territoires (PRMT) a bien reçu, par l'intermédiaire d'un partenaire à Nouakchott, le courriel d'invitation à l'examen régional du Pacte mondial.

Le lien vers la note conceptuelle et le programme provisoire figurant dans ce courriel (un lien SharePoint) nous renvoie vers une page « Accès refusé - Vous n'avez pas accès à cette ressource ». Nous avons essayé depuis trois ordinateurs différents, avec le même résultat.

Pourriez-vous nous envoyer ces documents en pièce jointe, si possible en français ? Nous envisageons d'y associer quelques membres de nos associations de femmes de la vallée du fleuve et avons besoin du programme pour préparer leur participation.

Avec nos remerciements,

Coumba Diallo Sy
Secrétaire exécutive
Plateforme Rosso Migrations et Territoires (PRMT)
Rosso - Mauritanie
"""
    shot = make_png(40, 24, (230, 230, 235))
    a = alt(text, "----=_NextPart_001_0052_01D6FC7A.3E1B9D20")
    body = multi("mixed", [a, attach("image/png", shot, "Capture acces refuse.png")],
                 "----=_NextPart_000_0051_01D6FC7A.3E1B9D20")
    m = mk(when, sent_at(when, 0, 5), "smtp.prmt-rosso.example.mr", "203.0.113.57", "4DXH4q9CvNz1",
           "Coumba Diallo Sy <secretariat@prmt-rosso.example.mr>", hdr(subj),
           "<005101d6fc69$3e1b9d20$ba52d760$@prmt-rosso.example.mr>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH2b9sLqN4hX7cK0gRw2YtF5mZ8Uw=="),
                  ("Content-Language", "fr")])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a question: the SharePoint link in a forwarded invitation gives 'Accès refusé', please send the "
              "concept note and programme as attachments in French; the attachment is a screenshot of the error, "
              "not a report. Members 'envisagées' for participation are not named: no speaker request."))


# ================================================================ 17  AR  speaker  Alexandria youth initiative, late, Facebook page, names in two scripts
def m17():
    when = at("2021-02-07 20:18:45")
    subj = "ترشيح من مبادرة شباب إسكندرية للهجرة الآمنة"
    text = """مساء الخير

إحنا مبادرة شباب إسكندرية للهجرة الآمنة، مبادرة تطوعية بنعمل توعية للشباب في المعمورة والعجمي وأبو قير عن مخاطر الهجرة في المراكب لإيطاليا، ودي صفحتنا على فيسبوك لو حضرتكم حابين تشوفوا شغلنا:
https://www.facebook.example.com/AlexYouthSafeMigration

عارفين إن ميعاد طلبات الكلمة فات من يومين، بس ياريت لو ينفع تقبلوا ترشيحنا:
محمود السيد عبد الفتاح (Mahmoud Elsayed Abdelfattah) - منسق المبادرة
عايزين يتكلم في المائدة المستديرة التانية، هو نفسه ركب مركب من رشيد سنة 2015 ورجع.

شكرا جدا
ياسمين

مرسل من هاتف Huawei
"""
    html = android_html(text).replace("https://www.facebook.example.com/AlexYouthSafeMigration",
                                      '<a href="https://www.facebook.example.com/AlexYouthSafeMigration">'
                                      'https://www.facebook.example.com/AlexYouthSafeMigration</a>')
    body = alt(text, "0000000000002a6f4d05bac5e1b8", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 14), "mail-wr1-f68.google.example.com", "192.0.2.168", "4DXsG52MbWz9",
           addr("Yasmin Fathy", "yasmin.fathy.alex@gmail.example.com"), hdr(subj),
           "<CAG2mW9xR5kT1nV-q8Lb4Zc7pH3dY6sFe1k@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمود السيد عبد الفتاح", "منسق المبادرة", "مبادرة شباب إسكندرية للهجرة الآمنة", ["roundtable"], 2)],
        notes="late (7 February) and says so ('عارفين إن ميعاد طلبات الكلمة فات من يومين'); Egyptian colloquial on a "
              "phone; the speaker's name in Arabic with the Latin spelling in brackets, then ' - ' and the title; "
              "'المائدة المستديرة التانية' (Egyptian spelling of the ordinal); the affiliation is the initiative "
              "named in the first sentence; the only link is a Facebook page. The sender signs with her first "
              "name only and is not the speaker."))


# ================================================================ 18  AR  report  Basra association sends the approved PDF replacing the Google Doc of 06
M18_FILE = "التقرير الطوعي - جمعية الفيحاء - النسخة المعتمدة.pdf"


def m18():
    when = at("2021-02-09 10:02:19")
    text = """السلام عليكم

الأخوة الأعزاء،

إلحاقاً برسالتنا السابقة، نرفق لكم النسخة المعتمدة من تقريرنا الطوعي بصيغة PDF بعد مصادقة الهيئة الإدارية عليها يوم الأحد. هذه النسخة تحل محل مستند Google الذي أرسلنا رابطه، ونرجو اعتمادها وحدها، وقد أوقفنا المشاركة على الرابط القديم.

شاكرين تعاونكم،

زينب المالكي
جمعية الفيحاء للتنمية وحقوق المهاجرين

في الجمعة، 29 يناير 2021 في 1:40 م، كتب زينب عادل المالكي <alfayhaa.migrants@gmail.example.com>:

""" + gt(M06_TEXT) + "\n"
    pdf = rep_pdf("Voluntary GCM review report - approved version (Arabic)",
                  "Al-Fayhaa Association for Development and Migrants' Rights, Basra",
                  ["Foreign workers in oil and service companies", "Migrant domestic workers",
                   "Return of IDPs to Fao and Abu al-Khasib", "Youth leaving Basra", "Recommendations"])
    a = alt(text, "000000000000c3a71f05bae0d4b2", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "000000000000c3a72105bae0d4b4")
    m = mk(when, sent_at(when, 3, 7), "mail-lj1-f171.google.example.com", "192.0.2.171", "4DYq7V3kNsz6",
           addr("زينب عادل المالكي", "alfayhaa.migrants@gmail.example.com"), re_hdr("Re: ", M06_SUBJ),
           "<CAOq3Wz9Um4pK1xR+f6Nb2Lc8sH5dY7gJe3@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE], thread_of=H % 6,
        notes="Gmail reply to the sender's own h242-06: the board-approved PDF replaces the Google Docs link sent "
              "before (whose sharing is now switched off); Arabic PDF name with spaces and dashes (RFC 2231 + "
              "RFC 2047); the quoted original still carries the old link. On time (9 February)."))


# ================================================================ 19  EN  report  Muscat research centre: two Google Drive chips, no attachment
def m19():
    when = at("2021-02-10 08:47:55")
    subj = "Voluntary GCM Review Report - Tawasol Centre for Migration Studies"
    f1, f2 = "TCMS_Voluntary_GCM_Review_2021.pdf", "TCMS_Annex_Data_Tables_2021.xlsx"
    l1 = "https://drive.google.example.com/file/d/1Hk4Tz9qW2mR7vX5bN0cL8yJ3pS6dF1gA/view?usp=drive_web"
    l2 = "https://drive.google.example.com/file/d/1Pq2Nv6xR9kT3wM8cB5zL1yH7sD4fG0jE/view?usp=drive_web"
    t1 = """Dear Secretariat,

On behalf of Dr. Hamed Al-Rawahi, Director of the Tawasol Centre for Migration Studies (TCMS) in Muscat, please find below our voluntary GCM review report and its statistical annex, shared from Google Drive (anyone with the link can view and download):"""
    t2 = """The report covers labour migration to Oman in 2018-2020, the departure of migrant workers during the pandemic, the Omanisation policies and the 2021 reforms of the sponsorship rules.

Kind regards,

Aisha Al-Balushi
Research Assistant
Tawasol Centre for Migration Studies (TCMS)
Muscat, Sultanate of Oman"""
    chips_txt = "\n".join("[image: Google Drive icon]\n %s\n<%s>" % (f, l) for f, l in ((f1, l1), (f2, l2)))
    text = t1 + "\n\n" + chips_txt + "\n\n" + t2 + "\n"
    chip = ('<div class="gmail_chip gmail_drive_chip" style="width:396px;height:18px;max-height:18px;'
            'background-color:#f5f5f5;padding:5px;font-weight:bold;margin-bottom:10px;border:1px solid #ddd">'
            '<a href="%s" target="_blank" style="display:inline-block;max-width:366px;overflow:hidden;'
            'text-decoration:none;color:#15c"><img src="https://ssl.gstatic.example.com/docs/doclist/images/%s" '
            'alt="Google Drive icon" style="border:none">&nbsp;<span dir="ltr" style="vertical-align:bottom">%s</span>'
            '</a></div>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br><br>%s%s<br>%s</div></body></html>\n'
            % (lines_html(t1), chip % (l1, "icon_10_pdf_list.png", f1), chip % (l2, "icon_10_spreadsheet_list.png", f2),
               lines_html(t2)))
    body = alt(text, "0000000000006e9a2d05bb01c7f3", html=html)
    m = mk(when, sent_at(when, 4, 6), "mail-oi1-f172.google.example.com", "192.0.2.172", "4DZC1s8HnKz3",
           "Aisha Al-Balushi <aisha.albalushi.tcms@gmail.example.com>", subj,
           "<CAJ8vR3xT6nW1kM-b4Lz7Hc2pY9dS5fQe0m@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="report and annex as two Google Drive chips (file names and links in the body, '[image: Google Drive "
              "icon]' in the plain text), nothing attached: report_attachments empty (as dev 049). Sent by a "
              "research assistant on behalf of the director ('Dr.' named in the body but not proposed as a "
              "speaker)."))


# ================================================================ 20  FR  other  Tunis coordination proposes a preparatory call via a Doodle link
def m20():
    when = at("2021-02-11 16:30:02")
    subj = "Proposition d'échange préparatoire (sondage Doodle)"
    text = """Bonjour,

La Coordination Maghrébine des Associations de Femmes Migrantes (CMAFM) regroupe onze associations en Tunisie, en Algérie et au Maroc. Plusieurs de nos membres suivront la consultation multipartite du 23 février ; pour la plupart, ce sera leur première réunion internationale en ligne.

Nous aimerions organiser un court échange (30 minutes) avec une personne du secrétariat pour leur expliquer le déroulement de la journée, les règles de prise de parole dans la discussion ouverte et l'interprétation. Si cela vous convient, merci d'indiquer vos disponibilités sur ce sondage :
https://doodle.example.com/poll/k7q2m9x4tz8vb3wd

Nous restons bien entendu disponibles par téléphone.

Très cordialement,

Sarra Ben Mahmoud
Coordinatrice
Coordination Maghrébine des Associations de Femmes Migrantes (CMAFM)
Tunis
"""
    body = leaf("text/plain", flowed(text), params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 5), "smtp.cmafm.example.tn", "203.0.113.64", "4F0Dk51TqWz0",
           "Sarra Ben Mahmoud <coordination@cmafm.example.tn>", hdr(subj, enc="Q"),
           "<7d3c9a1e-5b2f-4e86-a0c4-91f8e2b6d357@cmafm.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a coordination asks for a 30-minute preparatory call and links a Doodle poll: a request to the "
              "secretariat, not a submission; members who will 'follow' the consultation are neither named nor "
              "proposed to speak, 'les règles de prise de parole dans la discussion ouverte' is a question. "
              "Thunderbird, plain text format=flowed."))


# ================================================================ 21  AR  other  Gaza media centre: may our film (YouTube link) be shown? HTML-only
def m21():
    when = at("2021-02-12 12:11:38")
    subj = "استفسار حول عرض فيلم قصير خلال الاستعراض الإقليمي"
    yt = "https://youtu.example.be/Xk3v9QzT2mA"
    inner = ('<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
             '<p>السادة في أمانة الاستعراض الإقليمي المحترمين،</p><p>تحية طيبة،</p>'
             '<p>أنتج <b>مركز غزة للإعلام المجتمعي</b> فيلماً وثائقياً قصيراً (12 دقيقة) بعنوان '
             '<i>«البحر ما بيرجّع حدا»</i> عن شباب من قطاع غزة حاولوا الهجرة عبر تركيا واليونان، وعائلات المفقودين منهم. '
             'الفيلم متاح على يوتيوب (رابط غير مُدرج) مع ترجمة إلى الإنجليزية والفرنسية:</p>'
             '<p dir="ltr" style="text-align:right"><a href="%s" target="_blank">%s</a></p>'
             '<table cellpadding="0" cellspacing="0" style="border:1px solid #ccc;max-width:480px"><tr><td>'
             '<a href="%s"><img src="https://i.ytimg.example.com/vi/Xk3v9QzT2mA/hqdefault.jpg" width="480" '
             'alt="البحر ما بيرجّع حدا - فيلم قصير - YouTube"></a></td></tr><tr><td style="padding:8px;font-size:10pt;color:#555">'
             'YouTube · مركز غزة للإعلام المجتمعي</td></tr></table>'
             '<p>نود أن نستفسر: هل يمكن عرض الفيلم أو مقطع منه خلال المشاورة يوم 23 شباط أو في إحدى استراحات المؤتمر؟ '
             'وإن لم يكن ذلك ممكناً، هل يمكن إدراج الرابط ضمن المواد المرافقة للمؤتمر؟ ومن الجهة التي نتواصل معها بهذا الخصوص؟</p>'
             '<p>مع الشكر والتقدير،</p>'
             '<p>رنا أبو شمالة<br>منسقة الإنتاج | مركز غزة للإعلام المجتمعي<br>Gaza Community Media Centre<br>غزة - فلسطين</p>'
             '<p><img src="https://gcmc.example.ps/img/logo_sig.png" width="120" alt="شعار مركز غزة للإعلام المجتمعي"></p>'
             '</div>' % (yt, yt, yt))
    body = html_only(inner, rtl=True, b64=True, lang="ar")
    m = mk(when, sent_at(when, 2, 6), "mail-he1eur04on0609.outbound.protection.outlook.example.com", "198.51.100.109",
           "4F0p2R8xLcz5", addr("Rana Abu Shamala", "rana.a@gcmc.example.ps"), hdr(subj),
           "<HE1PR04MB3215A8C2E6F9B041@HE1PR04MB3215.eurprd04.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHXAQ9s2Rt4Yu6Io8Pa0Sd2Fg=="),
                  ("Content-Language", "ar-PS"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="HTML-only (Outlook on the web, base64) with a YouTube link, a video thumbnail whose alt text is the "
              "film's title, and a logo image: a question whether a documentary can be shown or listed among the "
              "conference materials. The film is not a voluntary report and nobody is proposed to speak."))


# ================================================================ 22  FR  report  Sousse association: Apple Mail Drop (iCloud link), no attachment
def m22():
    when = at("2021-02-15 19:26:14")
    subj = "Rapport volontaire ASRM - examen régional du Pacte mondial"
    fname = "Rapport_ASRM_examen_régional_PMM_2021.pdf"
    url = ("https://www.icloud.example.com/attachment/?u=https%3A%2F%2Fcvws.icloud-content.example.com%2FB%2F"
           "AXq7Lm2pRz9kVb4Tn1cW8yH3sD6fG0jE%2F%24%7Bf%7D%3Fo%3DAv3Kz9qT2m&uk=Rk4pT9vQ2mXz7bW1&f="
           "Rapport_ASRM_examen_regional_PMM_2021.pdf&sz=54843112")
    t = """Bonjour,

Veuillez trouver ci-dessous le rapport volontaire de l'Association Sousse Ressources Migrations (ASRM) pour l'examen régional du Pacte mondial sur les migrations.

Le fichier étant volumineux (plus de 50 Mo avec les annexes photographiques), il vous parvient par Mail Drop : il suffit de cliquer sur le lien pour le télécharger, il reste disponible jusqu'au 17 mars.

Le rapport porte sur les travailleuses et travailleurs subsahariens dans l'hôtellerie et le bâtiment à Sousse et Monastir, les étudiants étrangers devenus sans papiers, et les jeunes Tunisiens de la région partis vers l'Italie depuis 2017.

Bien cordialement,

Héla Ben Slimane
Vice-présidente
Association Sousse Ressources Migrations (ASRM)
"""
    plain = t + "\n%s (52,3 Mo)\nDate d'expiration : 17 mars 2021\n%s\n" % (fname, url)
    drop = ('<div class="mail-drop-attachment" style="margin-top:16px;padding:10px;border:1px solid #d1d1d6;border-radius:8px;'
            'width:320px;font-family:-apple-system,Helvetica,sans-serif"><a href="%s" style="text-decoration:none;color:#000">'
            '<img src="https://www.icloud.example.com/maildrop/icons/pdf@2x.png" width="32" height="40" alt="%s" '
            'style="float:left;margin-right:10px"><span style="font-weight:600">%s</span></a><br>'
            '<span style="color:#8e8e93;font-size:12px">52,3 Mo</span><br>'
            '<a href="%s" style="color:#0070c9;font-size:12px">Cliquer pour télécharger</a><br>'
            '<span style="color:#8e8e93;font-size:12px">Date d\'expiration : 17 mars 2021</span></div>'
            % (esc(url), esc(fname), esc(fname), esc(url)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '<div class="">%s</div>%s</body></html>\n' % (lines_html(t), drop))
    body = alt(plain, "Apple-Mail=_5B7E1C93-2A4D-4F68-9E0B-C1D3A7F28E64", html=html)
    m = mk(when, sent_at(when, 1, 9), "mr85p00im-zteg06021501.me.example.com", "198.51.100.185", "4F2sB06MwTz8",
           addr("Héla Ben Slimane", "hela.benslimane@icloud.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<E4B2C7A9-1F3D-4A85-B60E-7D9C2F1A8B35@icloud.example.com>", body,
           extra=[("X-Mailer", APPLE), ("X-Apple-Mail-Remote-Attachments", "YES")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report comes by Apple Mail Drop: an iCloud download link with the file name, size and expiry date "
              "(17 March) drawn like an attachment card in the HTML, but no MIME attachment: report_attachments "
              "empty (as dev 049). On time (15 February); accented file name only in the link card."))


# ================================================================ 23  EN  report  London diaspora network: WeTransfer link, before midnight in London = late in Beirut
def m23():
    when = at("2021-02-17 00:41:09")
    subj = "YDRC voluntary GCM review report (WeTransfer link)"
    text = """Dear GCM Regional Review team,

Please find the voluntary GCM review report of the Yemeni Diaspora Research Collective (YDRC) via the WeTransfer link below. With the photo annex the file is 64 MB, too large to attach:

https://we.tl/t-Hd5Rm8Qz1K

The report is based on interviews with 46 Yemenis in the UK, Egypt, Djibouti and Malaysia on family reunification, visas and remittances to Yemen since 2015.

Apologies for sending this so late in the evening - the final proofread only finished tonight. We hope it still counts as submitted on the 16th.

Best wishes,

Dr Afrah Al-Maqtari
Convenor, Yemeni Diaspora Research Collective (YDRC)
London, United Kingdom
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="font-family:Calibri,sans-serif;font-size:11pt">%s</body></html>\n'
            % lines_html(text).replace("https://we.tl/t-Hd5Rm8Qz1K",
                                       '<a href="https://we.tl/t-Hd5Rm8Qz1K">https://we.tl/t-Hd5Rm8Qz1K</a>'))
    body = alt(text, "B_3696273669_1843027761", html=html)
    m = mk(when, sent_at(when, 0, 5), "mail-lo2gbr01on0627.outbound.protection.outlook.example.com", "198.51.100.127",
           "4F3bX19LkPz2", "Afrah Al-Maqtari <afrah.almaqtari@ydrc.example.org.uk>", subj,
           "<LO2P265MB3418A2F6C9D1E735@LO2P265MB3418.GBRP265.PROD.OUTLOOK.example.com>", body,
           extra=[("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Thread-Topic", subj),
                  ("Thread-Index", "AQHXBLn7Qm2Rt4Yu6Io8Pa0Sd2Fg4Hj6A=="), ("Content-Language", "en-GB")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        notes="late: sent at 22:41 on Tuesday 16 February in London (Date +0000) and believed on time by the sender "
              "('still counts as submitted on the 16th'), but received at 00:41 on 17 February Beirut time, after "
              "the report deadline. The report is a WeTransfer link only (report_attachments empty, as dev 049). "
              "Outlook for Mac; 'Dr' in the signature, no speaker proposed."))


# ================================================================ 24  FR  both  Tamanrasset association, late both, Thunderbird, PDF + photo album link
M24_FILE = "Rapport_ASST_Tamanrasset_Pacte_mondial_2021.pdf"


def m24():
    when = at("2021-02-18 10:55:30")
    subj = "Rapport volontaire et demande d'intervention - Association Sahel Solidarité Tamanrasset"
    text = """Bonjour,

Nous sommes conscients que les délais sont dépassés : l'invitation nous est parvenue très tard, transmise par un partenaire d'Alger, et la connexion internet à Tamanrasset ne nous a pas permis d'envoyer ce courriel plus tôt. Nous espérons néanmoins que notre contribution pourra être prise en compte.

1) Vous trouverez ci-joint le rapport volontaire de l'Association Sahel Solidarité Tamanrasset (ASST) sur la situation des migrants venant du Niger et du Mali dans le Hoggar : travail informel dans les chantiers, accès aux soins, refoulements vers la frontière et décès dans le désert. Les photos de nos activités sont visibles ici : https://www.flickr.example.com/photos/asst-tamanrasset/albums/72157718

2) Nous souhaiterions que notre coordinateur médical, le Dr Moussa Ag Ahmadou, médecin généraliste, puisse intervenir lors de la table ronde thématique 2, ou à défaut dans la discussion ouverte du 23 février.

Veuillez agréer nos salutations distinguées.

Lalla Fatma Benhamida
Secrétaire générale
Association Sahel Solidarité Tamanrasset (ASST)
Tamanrasset - Algérie
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du Pacte mondial",
                  "Association Sahel Solidarite Tamanrasset (ASST)",
                  ["Migrants venus du Niger et du Mali dans le Hoggar", "Travail informel et chantiers",
                   "Acces aux soins", "Refoulements et deces dans le desert", "Recommandations"])
    t = leaf("text/plain", flowed(text), cte="8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", pdf, M24_FILE)], "------------A3E9C7B15D2F4086E1B7C9D2")
    m = mk(when, sent_at(when, 1, 7), "smtp.asst-tam.example.dz", "203.0.113.142", "4F4Mq27VhRz6",
           "Lalla Fatma Benhamida <asst.tamanrasset@asst-tam.example.dz>", hdr(subj, enc="Q"),
           "<c91e4b7a-2d58-4f03-b6a1-8e3f5c92d017@asst-tam.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Moussa Ag Ahmadou", "coordinateur médical", "Association Sahel Solidarité Tamanrasset (ASST)",
           ["roundtable", "open_discussion"], 2)],
        report_attachments=[M24_FILE],
        notes="late 'both' (18 February: after both deadlines) with an apology; Thunderbird, 8bit format=flowed text "
              "and a PDF; the Flickr album link is photos of activities, not the report. Speaker in prose: 'le Dr' "
              "dropped, 'coordinateur médical' is the title ('médecin généraliste' his profession, after the name); "
              "two roles in order of preference ('table ronde thématique 2, ou à défaut dans la discussion "
              "ouverte'), roundtable 2 as first choice. The flowed plain text breaks the line inside the name "
              "('Moussa Ag / Ahmadou'). Tuareg name with 'Ag' kept whole. The sender (secretary-"
              "general) is not the speaker."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
