#!/usr/bin/env python3
"""Write the blind evaluation set holdout84 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets84.py
Theme: private sector -- banks and remittance companies, telecoms, hotels and tourism, recruitment
platforms, start-ups and social enterprises, business councils (UAE, Saudi Arabia, Egypt, Morocco,
Lebanon, Qatar).
"""
import base64
import datetime as dt
import io
import json
import os
import zipfile
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, rfc2231_cont, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout84")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h84-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def make_xlsx(rows):
    """A tiny valid XLSX (one sheet, inline strings / numbers), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cols = "ABCDEFGH"
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (cols[c], r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
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
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(sheet_rows) + '</sheetData></worksheet>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 10, 14, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def attach(ctype, data, name, disp="attachment", style="quoted", extra=None):
    """Attachment leaf.  style: 'quoted' (plain quoted name), '2231' (RFC 2231 filename*, RFC 2047 name),
    'gmail' (RFC 2047 in both name and filename, as Gmail does)."""
    m = Message(policy=POL)
    if style == "quoted":
        m["Content-Type"] = '%s; name="%s"' % (ctype, name)
        m["Content-Disposition"] = '%s; filename="%s"' % (disp, name)
    elif style == "2231":
        m["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
        m["Content-Disposition"] = "%s;\r\n filename*=%s" % (disp, rfc2231(name))
    elif style == "2231cont":
        m["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
        m["Content-Disposition"] = disp + ";\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    else:  # gmail
        m["Content-Type"] = '%s; \r\n\tname="%s"' % (ctype, b_word(name))
        m["Content-Disposition"] = '%s; \r\n\tfilename="%s"' % (disp, b_word(name))
    m["Content-Transfer-Encoding"] = "base64"
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def quote_gt(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# ================================================================ the 24 messages
M01_ID = "<DB9PR04MB84217A3C5E0F1B2D6A9C4E71B8C30@DB9PR04MB8421.eurprd04.prod.outlook.example.com>"
M01_TEXT = """Dear GCM Regional Review Team,

I hope this email finds you well.

Following the kind invitation received by our Chairman's office, I am pleased to confirm that Gulfwave Telecommunications would like to take an active part in the Regional Review of the Global Compact for Migration in the Arab region. As one of the main mobile operators serving migrant workers in the UAE (prepaid bundles, mobile wallet and international top-ups), we believe we have a lot to share on digital and financial inclusion and on reducing the cost of remittances.

Our CEO, Mr. Khalid Saeed Al Mazrouei, would be honoured to deliver a floor intervention during one of the plenary sessions on 24 or 25 February. For your records:

Speaker: Khalid Saeed Al Mazrouei
Position: Chief Executive Officer
Company: Gulfwave Telecommunications PJSC

I will be the focal point for all logistics related to his participation. Kindly advise whether a short bio and a high-resolution photo are required.

Best regards,

Reem Khoury
Manager - Corporate Social Responsibility
Office of the CEO
Gulfwave Telecommunications PJSC | Dubai, United Arab Emirates
T +971 4 555 0192 | M +971 50 555 7741
www.gulfwave.example.ae
"""


def m01():
    when = at("2021-01-27 10:32:18")
    sent = when - dt.timedelta(seconds=6)
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">'
                     + text2html(M01_TEXT).replace("<p>", '<p class="MsoNormal">') + "</p></div>")
    body = multi("alternative", [leaf("text/plain", M01_TEXT, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_DB9PR04MB84217A3C5E0F1B2D6A9C4E71B8C30DB9PR04MB8421eurp_")
    rows = std_rows(when, "mail-eopbgr80071.outbound.protection.outlook.example.com", "40.107.8.71", "4DQjX21kLpz3",
                    "Reem Khoury <reem.khoury@gulfwave.example.ae>",
                    "Gulfwave Telecommunications - Speaker nomination for GCM Regional Review (Plenary)",
                    rfcdate(tz(sent, 4)), M01_ID, ret="reem.khoury@gulfwave.example.ae")
    rows += [("Thread-Topic", "Gulfwave Telecommunications - Speaker nomination for GCM Regional Review (Plenary)"),
             ("Thread-Index", "AdbzM4k2Yc1qZx0vT8uJfQeR2nLw7A=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Khalid Saeed Al Mazrouei", "Chief Executive Officer", "Gulfwave Telecommunications PJSC", ["plenary"])],
        notes="CSR manager (From, signs the mail) proposes the CEO: the sender is not the speaker; 'CEO' in prose "
              "and in the sender's signature ('Office of the CEO') but the title is written in full in the details "
              "block ('Position: Chief Executive Officer'); honorific 'Mr.' in prose; company named short in prose, "
              "full legal name with 'PJSC' in the block; Outlook text+HTML, Date header in UTC+4."))


M02_ID = "<001201d6f568$7a3c2e10$6eb48a30$@sebc-council.example.sa>"


def m02():
    when = at("2021-01-28 12:15:44")
    sent = when - dt.timedelta(seconds=11)
    text = """سعادة منسقي المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الموقرين
السلام عليكم ورحمة الله وبركاته، وبعد،

فبالإشارة إلى خطاب الدعوة الكريم بشأن المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يتشرف مجلس الأعمال السعودي المصري بإفادتكم برغبته في المشاركة بمداخلة ضمن المائدة المستديرة المواضيعية الثانية، وذلك انطلاقاً من دور المجلس في تيسير تنقل العمالة بين البلدين وحماية حقوقها.

وعليه نرشح:

المهندس/ عبدالعزيز بن فهد القحطاني
رئيس مجلس الإدارة

علماً بأن سعادته سيشارك عن بُعد من الرياض.

شاكرين لكم حسن تعاونكم، وتفضلوا بقبول وافر التحية والتقدير.

منى سعيد الحربي
المدير التنفيذي
مجلس الأعمال السعودي المصري
الرياض - المملكة العربية السعودية
هاتف: 0112 555 403
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Traditional Arabic\';font-size:14pt">'
                     + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0013_01D6F568.7A3C2E10")
    rows = std_rows(when, "mail.sebc-council.example.sa", "212.26.44.90", "4DR8Fm0w3sz1",
                    addr("منى الحربي", "m.alharbi@sebc-council.example.sa", "windows-1256"),
                    hdr("ترشيح متحدث - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة", "windows-1256"),
                    rfcdate(tz(sent, 3)), M02_ID, ret="m.alharbi@sebc-council.example.sa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW9Wh6PC4Qbr+KMGXh3kQ2b5sYtA=="),
             ("Content-Language", "ar-sa")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالعزيز بن فهد القحطاني", "رئيس مجلس الإدارة", "مجلس الأعمال السعودي المصري", ["roundtable"], 2)],
        notes="business council; speaker's name with the honorific 'المهندس/' and his title 'رئيس مجلس الإدارة' "
              "on a separate line under it, no organisation next to him: the affiliation is the council named in the "
              "intro and in the executive director's signature (sender is not the speaker); roundtable as the "
              "ordinal 'الثانية'; Outlook windows-1256 text+HTML, Date header UTC+3."))


M03_ID = "<PR3P191MB0873D1E9A4B2C7F05E8D6B2AC91A0@PR3P191MB0873.EURP191.PROD.OUTLOOK.example.com>"


def m03():
    when = at("2021-01-29 16:48:03")
    sent = when - dt.timedelta(seconds=9)
    td = 'style="border:solid #8EAADB 1.0pt;padding:4pt 6pt"'
    html = html_wrap("""<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dans le cadre de l&#8217;Examen r&eacute;gional du Pacte mondial pour des migrations s&ucirc;res, ordonn&eacute;es et r&eacute;guli&egrave;res dans la r&eacute;gion arabe, la Banque Maghr&eacute;bine de l&#8217;&Eacute;pargne et des Transferts (BMET), &agrave; travers son p&ocirc;le d&eacute;di&eacute; aux Marocains du Monde, a le plaisir de vous proposer l&#8217;intervenante suivante&nbsp;:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td %(td)s><b>Nom et pr&eacute;nom</b></td><td %(td)s><b>Fonction</b></td><td %(td)s><b>Institution</b></td><td %(td)s><b>Session souhait&eacute;e</b></td></tr>
<tr><td %(td)s>Mme Nadia Benkirane</td><td %(td)s>Directrice du P&ocirc;le Marocains du Monde et Transferts</td><td %(td)s>BMET</td><td %(td)s>Table ronde th&eacute;matique n&deg;3</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mme Benkirane pourra notamment partager l&#8217;exp&eacute;rience de la banque en mati&egrave;re de r&eacute;duction des co&ucirc;ts des transferts de fonds et d&#8217;inclusion financi&egrave;re des migrants et de leurs familles.</p>
<p class="MsoNormal">Nous restons &agrave; votre disposition pour tout compl&eacute;ment d&#8217;information.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Youssef El Amrani</span></b><br>
<span style="color:#1F3864">Charg&eacute; de mission RSE &#8211; Direction de la Communication</span><br>
<span style="color:#1F3864">Banque Maghr&eacute;bine de l&#8217;&Eacute;pargne et des Transferts</span><br>
<span style="color:#7F7F7F">Tour BMET, Bd Zerktouni &#8211; Casablanca &#8211; Maroc</span></p>
</div>""" % {"td": td}, None, "iso-8859-1")
    body = leaf("text/html", html, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp-out.bmet.example.ma", "196.12.203.44", "4DRvT91nHqz6",
                    '"El Amrani Youssef" <y.elamrani@bmet.example.ma>',
                    hdr("Proposition d'intervenante – Examen régional du PMM – BMET", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)), M03_ID, ret="y.elamrani@bmet.example.ma")
    rows += [("Thread-Topic", "Proposition d'intervenante - Examen regional du PMM - BMET"),
             ("Accept-Language", "fr-FR"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Benkirane", "Directrice du Pôle Marocains du Monde et Transferts",
           "Banque Maghrébine de l\u2019Épargne et des Transferts (BMET)", ["roundtable"], 3)],
        notes="Moroccan bank, HTML-only Outlook mail in iso-8859-1 quoted-printable with HTML entities; speaker "
              "only in an HTML table (columns Nom et prénom / Fonction / Institution / Session souhaitée), the "
              "Institution cell gives only the acronym 'BMET': the full name '... (BMET)' is in the intro; "
              "honorific 'Mme' in the cell; 'n°3'; sender (CSR officer, display name surname-first) is not "
              "the speaker."))


def m04():
    when = at("2021-01-30 14:22:51")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة القائمين على المراجعة الإقليمية للاتفاق العالمي للهجرة،
تحية طيبة وبعد،

نحن في فندق ومنتجع لؤلؤة الخليج - الدوحة اطلعنا على خطاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، ونود الاستفسار عن فرص الرعاية (Sponsorship) المتاحة للمؤتمر يومي 24 و25 فبراير.

تحديداً نرجو إفادتنا بما يلي:
1- هل توجد باقات رعاية للقطاع الخاص (ذهبية/فضية مثلاً) وما هي تكلفتها؟
2- هل تتيح الرعاية ظهور شعار الفندق في المواد الإعلامية أو على المنصة الإلكترونية؟
3- هل يمكن أن تشمل الرعاية كلمة قصيرة لممثل عن الإدارة في إحدى الجلسات العامة؟ أم أن ذلك يتم بطلب منفصل؟
4- في حال انعقاد أي جزء من الفعاليات حضورياً، يسعدنا تقديم عرض خاص لإقامة الوفود وقاعات الاجتماعات.

مع خالص الشكر والتقدير،

رنا الصباغ
مديرة المبيعات والفعاليات
فندق ومنتجع لؤلؤة الخليج
الدوحة - قطر
+974 4455 8120
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "0000000000004f1e9b05ba0f3c21")
    rows = std_rows(when, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DSWc55ZxNz2",
                    addr("Rana Al Sabbagh", "rana.sabbagh@gulfpearl-hotels.example.qa"),
                    hdr("استفسار عن فرص الرعاية - Sponsorship opportunities"), rfcdate(tz(sent, 3)),
                    "<CAK7xQ2ob3LmV9pZ0rT4uW8yA1cE5gI9kM3oQ7sU1wY5aC9e@mail.gmail.example.com>",
                    ret="rana.sabbagh@gulfpearl-hotels.example.qa")
    m = top(body, rows)
    add(4, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="sponsorship enquiry from a hotel: asks whether a sponsorship could include 'كلمة قصيرة لممثل عن "
              "الإدارة في إحدى الجلسات العامة' -- a question about a speaking slot, no speaker proposed and no name; "
              "Gmail, Arabic body base64 in both parts, English display name, mixed Arabic/English subject."))


M05_ID = "<5E2A9C41-7B3D-4F8E-A16C-0D9B2E4F7A13@alraya-exchange.example.ae>"


def m05():
    when = at("2021-01-31 21:40:09")
    sent = when - dt.timedelta(seconds=14)
    text = """السلام عليكم ورحمة الله
حياكم الله

احنا في شركة الراية للصرافة وتحويل الأموال حابين نشارك في المراجعة الاقليمية للاتفاق العالمي للهجرة. نرشح الأخ فيصل عبدالله المري، مدير إدارة التحويلات الدولية عندنا، يسوي مداخلة في الجلسة العامة يوم ٢٤ او ٢٥ فبراير عن تكاليف التحويلات للعمالة الوافدة وكيف نقدر ننزلها.

اذا تبون اي معلومات ثانية او سيرة ذاتية خبرونا

مشكورين
سالم الكعبي
الراية للصرافة - دبي

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.alraya-exchange.example.ae", "94.200.17.62", "4DTc0H6rYbz4",
                    addr("سالم الكعبي", "salem.k@alraya-exchange.example.ae"),
                    hdr("مشاركة"), rfcdate(tz(sent, 4)), M05_ID, ret="salem.k@alraya-exchange.example.ae")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فيصل عبدالله المري", "مدير إدارة التحويلات الدولية", "شركة الراية للصرافة وتحويل الأموال", ["plenary"])],
        notes="Gulf colloquial from an iPhone (single text/plain base64), one-word subject 'مشاركة'; speaker is a "
              "colleague introduced with 'الأخ' (not part of the name); 'يسوي مداخلة في الجلسة العامة' = plenary; "
              "Eastern Arabic digits for the dates; the signature gives a shorter company name than the body."))


def m06():
    when = at("2021-02-01 11:05:37")
    sent = when - dt.timedelta(seconds=23)
    name = "ALHTR - Rapport volontaire PMM 2021.pdf"
    text = flowed("""Bonjour,

Au nom de l'Association libanaise des hôteliers et du tourisme responsable (ALHTR), j'ai l'honneur de vous faire parvenir ci-joint notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport, préparé avec nos établissements membres à Beyrouth, au Mont-Liban et au Liban-Nord, porte surtout sur la situation des travailleurs et travailleuses migrants dans l'hôtellerie et la restauration depuis la crise économique et l'explosion du 4 août, et sur nos engagements en matière de recrutement équitable.

Je reste à votre entière disposition pour tout complément d'informations.

Bien à vous,

-- 
Carla Nassar
Responsable des affaires publiques
ALHTR - Association libanaise des hôteliers et du tourisme responsable
Achrafieh, Beyrouth - Liban
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Association libanaise des hoteliers et du tourisme responsable (ALHTR)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations (PMM) 2021",
                    "1. Travailleurs migrants dans l'hotellerie au Liban",
                    "2. Recrutement equitable et systeme de la kafala",
                    "3. Recommandations"])
    att = attach("application/pdf", pdf, name, style="2231cont")
    body = multi("mixed", [t, att], "------------A71C3E0D9B5F2468E1D4C7B0")
    rows = std_rows(when, "smtp.alhtr.example.org.lb", "178.135.8.19", "4DTvnR3kWcz8",
                    "Carla Nassar <c.nassar@alhtr.example.org.lb>",
                    hdr("Rapport volontaire - Examen régional du PMM (ALHTR)", "utf-8", "Q"),
                    rfcdate(sent), "<e3b7c1d9-4a2f-8e60-b5d1-7f09c2a4e6b8@alhtr.example.org.lb>",
                    ret="c.nassar@alhtr.example.org.lb")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Thunderbird format=flowed 8bit; PDF name with spaces given as RFC 2231 continuations "
              "(filename*0*/filename*1*) and as an RFC 2047 word in the Content-Type name; hotel association."))


M07_ID = "<CAJp4Yv9Xq1ZbT0mR7uK2sW5eN8gH3dF6jL0aC4iP9oU2tV7y@mail.gmail.example.com>"
M07_TEXT = """Hey team \U0001F44B

Hope you're all doing great! I'm Omar, co-founder of ShoghlBridge - we're a Cairo based startup matching Egyptian workers with verified employers in the Gulf (zero recruitment fees for workers, ever \U0001F64C)

Saw the invite for the GCM regional review and would LOVE to join the open discussion on the 23rd. Fair recruitment is literally why we started this thing lol. Happy to share what we learned from ~12k placements, the good and the ugly \U0001F605

Details if you need them:
Omar Fathy - Co-founder & Head of Partnerships @ ShoghlBridge
(yes, I'm the one who'd be speaking)

lmk if you need anything else!!
Cheers,
Omar

--
Omar Fathy | ShoghlBridge
fair jobs, zero fees \U0001F1EA\U0001F1EC
"""


def m07():
    when = at("2021-02-02 14:12:26")
    sent = when - dt.timedelta(seconds=3)
    html = '<div dir="ltr">' + text2html(M07_TEXT) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", M07_TEXT, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b7d21405ba5e0c44")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DVQ7b1mTtz5",
                    "Omar Fathy <omar@shoghlbridge.example.com>",
                    hdr("GCM regional review \u2013 we'd love to be part of the open discussion \U0001F680"),
                    rfcdate(sent), M07_ID, ret="omar@shoghlbridge.example.com")
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Fathy", "Co-founder & Head of Partnerships", "ShoghlBridge", ["open_discussion"])],
        notes="startup founder, very informal English with emojis (also in the B-encoded subject), proposes "
              "himself; 'Title @ Company' on one line; 'open discussion on the 23rd' = open_discussion; the "
              "report he sends later (h84-13) follows up this message."))


def m08():
    when = at("2021-02-02 16:30:12")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لتواصلكم.
أنا خارج المكتب حالياً في إجازة حتى يوم الأحد 14 فبراير 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة يرجى التواصل مع إدارة الاستدامة على sustainability@najdbank.example.sa

Thank you for your email. I am currently out of the office on annual leave until Sunday 14 February 2021 with limited access to email.
For urgent matters, please contact sustainability@najdbank.example.sa

هند الدوسري | Hind Al Dossary
بنك نجد الوطني | Najd National Bank
"""
    html = html_wrap('<div dir="rtl">' + text2html(text.split("\n\nThank you")[0]) + '</div><div dir="ltr">'
                     + text2html("Thank you" + text.split("\n\nThank you")[1]) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_AM0PR10MB30575B2F8D0C4E1A9F6B3C7D21AM0PR10MB3057EURP_")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail.najdbank.example.sa", "185.84.108.23", "4DVTp60JxKz9")),
            ("From", addr("هند الدوسري", "h.aldossary@najdbank.example.sa")),
            ("To", "GCM Regional Review Arab States <%s>" % BOX),
            ("Subject", hdr("رد تلقائي: دعوة: المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية")),
            ("Thread-Topic", hdr("دعوة: المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية")),
            ("Date", rfcdate(tz(sent, 3))),
            ("Message-ID", "<AM0PR10MB30575B2F8D0C4E1A9F6B3C7D21@AM0PR10MB3057.EURPRD10.PROD.OUTLOOK.example.com>"),
            ("In-Reply-To", "<VI1PR02MB5528A0C3F1E7D49B2C6A8E05D4@VI1PR02MB5528.eurprd02.prod.outlook.example.com>"),
            ("References", "<VI1PR02MB5528A0C3F1E7D49B2C6A8E05D4@VI1PR02MB5528.eurprd02.prod.outlook.example.com>"),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "ar-SA")]
    m = top(body, rows)
    add(8, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual Arabic/English Exchange out-of-office from a bank (Auto-Submitted: auto-replied, null "
              "Return-Path) answering the Arabic invitation; subject 'رد تلقائي:' fully B-encoded."))


def m09():
    when = at("2021-02-03 13:27:40")
    sent = when - dt.timedelta(seconds=5)
    name = "تقرير المراجعة الطوعية - مؤسسة سكة.pdf"
    text = """أهلاً بحضراتكم،

إحنا مؤسسة سكة للتنمية والتوظيف، شركة اجتماعية في القاهرة بنشتغل على تدريب وتأهيل الشباب اللي عايز يسافر يشتغل بره بشكل قانوني وآمن، وبنتابع معاهم بعد السفر كمان.

مرفق تقرير المراجعة الطوعي بتاعنا عن تطبيق الاتفاق العالمي للهجرة (ملف PDF)، عملناه بالمشاركة مع ٣ جمعيات أهلية في أسيوط والمنيا.

وكمان حابين يبقى لينا مشاركة في المائدة المستديرة الرابعة، واللي هتتكلم د. هبة الله منصور، المديرة التنفيذية للمؤسسة، ولو مفيش مكان في الرابعة ممكن أي مائدة تانية.

شكراً جداً ليكم، ومستنيين ردكم.

مي عادل
مسؤولة الشراكات
مؤسسة سكة للتنمية والتوظيف - القاهرة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000e13a9f05ba6c7d52")
    pdf = make_pdf(["Sekka Foundation for Development and Employment - Cairo",
                    "Voluntary GCM Review Report 2021 (Arabic original)",
                    "Pre-departure orientation and safe labour migration from Upper Egypt"])
    att = attach("application/pdf", pdf, name, style="gmail", extra=[("X-Attachment-Id", "f_kkp3q8r10")])
    body = multi("mixed", [alt, att], "000000000000e13aa105ba6c7d54")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DWB9k3cRfz1",
                    addr("Mai Adel", "mai.adel@sekka-eg.example.org"),
                    hdr("تقرير طوعي + طلب مشاركة في مائدة مستديرة"), rfcdate(sent),
                    "<CAM9rT3pW6xY0zB4dF8hJ2lN6pR0tV4xZ8bD2fH6jL0nP4rT@mail.gmail.example.com>",
                    ret="mai.adel@sekka-eg.example.org")
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
        speakers=[sp("هبة الله منصور", "المديرة التنفيذية", "مؤسسة سكة للتنمية والتوظيف", ["roundtable"], 4)],
        notes="Egyptian colloquial; report PDF with an Arabic file name (RFC 2047 in name and filename, Gmail "
              "style) plus a speaker request for someone else (honorific 'د.'); 'المائدة المستديرة الرابعة' "
              "with a fallback 'أي مائدة تانية' (first choice 4); affiliation only 'للمؤسسة' next to the speaker, "
              "full name in intro and signature."))


def m10():
    when = at("2021-02-03 18:54:19")
    sent = when - dt.timedelta(seconds=31)
    name = "Rapport PMM Dar Tiwizi.pdf"
    text = """Bonjour Madame, Monsieur,

Je me permet de vous écrire au nom de la coopérative Dar Tiwizi Tourisme Solidaire (Ouarzazate), entreprise sociale qui emploie dans l'écotourisme des jeunes de la région ainsi que des jeunes migrants subsahariens installés au Maroc.

Vous trouverez ci-joint notre rapport volontaire d'examen du Pacte Mondial sur les Migrations, en français.

Par ailleurs notre Présidente, Mme Fatima-Zahra Oubella, souhaiterai prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, pour témoigner de l'intégration économique des migrants dans le milieu rural.

Dans l'attente de votre retour, veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hamid Aït Baha
Responsable administratif et financier
Dar Tiwizi Tourisme Solidaire
Tél : +212 6 61 55 40 27
"""
    t = leaf("text/plain", text, "windows-1252", "quoted-printable")
    pdf = make_pdf(["Cooperative Dar Tiwizi Tourisme Solidaire - Ouarzazate",
                    "Rapport volontaire d'examen du Pacte mondial sur les migrations - 2021",
                    "Integration economique des migrants en milieu rural"])
    att = attach("application/pdf", pdf, name, style="quoted")
    body = multi("mixed", [t, att], "----=_Part_48211_1093384012.1612371228512")
    rows = std_rows(when, "smtp02.menara.example.ma", "41.250.18.77", "4DWLr50vSbz7",
                    "Hamid Ait Baha <dartiwizi.coop@menara.example.ma>",
                    "rapport et demande d'intervention", rfcdate(tz(sent, 1)),
                    "<1093384012.48212.1612371228512.JavaMail.webmail@menara.example.ma>",
                    ret="dartiwizi.coop@menara.example.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
        speakers=[sp("Fatima-Zahra Oubella", "Présidente", "Dar Tiwizi Tourisme Solidaire", ["open_discussion"])],
        notes="Moroccan social enterprise, webmail windows-1252 QP; report PDF + the president proposed in prose "
              "('notre Présidente, Mme ...', typos 'Je me permet', 'souhaiterai'); 'discussion ouverte de la "
              "consultation multipartite' = open_discussion; lower-case subject; shared cooperative address."))


def m11():
    when = at("2021-02-04 09:16:55")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour,

Suite à l'invitation reçu de votre part, le cabinet Atlas Talents Recrutement International (ATRI), agence privée de recrutement et de placement à l'international agréée, souhaite proposer deux intervenants pour l'examen régional du PMM :

- M. Karim Tazi, Directeur Général : intervention en séance plénière
- Mme Salma Idrissi, Responsable conformité et recrutement éthique : table ronde 4, ou à défaut en tant que rapporteur pour les messages clés

Nos deux intervenants pourront parler du recrutement équitable des travailleurs marocains vers les pays du Golfe et l'Europe (principe employeur-payeur, contrats types, etc).

Merci de nous confirmer la bonne réception.

Cordialement

Salma IDRISSI
ATRI - Atlas Talents Recrutement International
Responsable conformité et recrutement éthique
Casablanca
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-lj1-f178.google.example.com", "209.85.208.178", "4DXB3m6pJgz2",
                    "Salma Idrissi <s.idrissi@atri-recrutement.example.ma>",
                    hdr("Examen régional PMM - proposition de 2 intervenants (ATRI)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<CAHd8sK2n5qT9wX3zB7eG1jM5pS9vY3bE7hK1nQ5tW9zC3fJ@mail.gmail.example.com>",
                    ret="s.idrissi@atri-recrutement.example.ma")
    m = top(body, rows)
    aff = "Atlas Talents Recrutement International (ATRI)"
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Tazi", "Directeur Général", aff, ["plenary"]),
        sp("Salma Idrissi", "Responsable conformité et recrutement éthique", aff, ["roundtable", "rapporteur"], 4)],
        notes="two speakers in a dash list, each with a different role; the second is the sender herself "
              "(signature 'Salma IDRISSI', acronym first); 'table ronde 4, ou à défaut ... rapporteur' = two "
              "roles, roundtable 4 first; Maghrebi French ('invitation reçu'); plain text QP."))


def m12():
    when = at("2021-02-04 11:41:07")
    sent = when - dt.timedelta(seconds=5)
    quoted = ("From: Reem Khoury <reem.khoury@gulfwave.example.ae>\nSent: Wednesday, January 27, 2021 12:32 PM\n"
              "To: gcmrrarabstates@iom.int\nSubject: Gulfwave Telecommunications - Speaker nomination for GCM "
              "Regional Review (Plenary)\n\n" + M01_TEXT)
    text = """Dear GCM Regional Review Team,

Further to my email below, the CEO's office has asked me to check a few practical points with you:

1. Will simultaneous interpretation into Arabic be available? Mr. Al Mazrouei would prefer to deliver his intervention in Arabic.
2. Is there a time limit for floor interventions in the plenary?
3. Will the sessions be recorded and published?

We have not yet received a confirmation of our nomination, so we would also appreciate it if you could confirm receipt.

Many thanks in advance.

Best regards,

Reem Khoury
Manager - Corporate Social Responsibility
Gulfwave Telecommunications PJSC

________________________________
""" + quoted
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_DB9PR04MB84219C2E7A1F0B3D5E6A8C4F0B8C30DB9PR04MB8421eurp_")
    rows = std_rows(when, "mail-eopbgr80052.outbound.protection.outlook.example.com", "40.107.8.52", "4DXFm20sQkz4",
                    "Reem Khoury <reem.khoury@gulfwave.example.ae>",
                    "RE: Gulfwave Telecommunications - Speaker nomination for GCM Regional Review (Plenary)",
                    rfcdate(tz(sent, 4)),
                    "<DB9PR04MB84219C2E7A1F0B3D5E6A8C4F0B8C30@DB9PR04MB8421.eurprd04.prod.outlook.example.com>",
                    ret="reem.khoury@gulfwave.example.ae")
    rows += [("In-Reply-To", M01_ID), ("References", M01_ID),
             ("Thread-Topic", "Gulfwave Telecommunications - Speaker nomination for GCM Regional Review (Plenary)"),
             ("Thread-Index", "AdbzM4k2Yc1qZx0vT8uJfQeR2nLw7AGpQ3Wx"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(12, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h84-01.eml",
        notes="Outlook follow-up to the sender's own speaker nomination (h84-01, quoted in full with the "
              "'From:/Sent:' header block, not '>'-prefixed): only logistics questions (interpretation, time "
              "limit, recording) and a request to confirm receipt; the quoted text repeats the speaker block, "
              "but nothing new is proposed."))


def m13():
    when = at("2021-02-04 22:08:33")
    sent = when - dt.timedelta(seconds=4)
    name = "ShoghlBridge_GCM_voluntary_review_Feb2021.pdf"
    orig = rfcdate(at("2021-02-02 14:12:23"))
    text = """ugh sorry, forgot to say in my first email that we also put together a short voluntary review report \U0001F648 it's attached (PDF, 6 pages). It's mostly data from our platform on fees, contract substitution and wage delays for Egyptian workers in KSA, Kuwait and UAE.

Thanks again!
Omar

On Tue, 2 Feb 2021 at 14:12, Omar Fathy <omar@shoghlbridge.example.com> wrote:

""" + quote_gt(M07_TEXT)
    html = '<div dir="ltr">' + text2html(text.split("\n\nOn Tue")[0]) + '</div><br><div class="gmail_quote">' \
        + '<div dir="ltr" class="gmail_attr">On Tue, 2 Feb 2021 at 14:12, Omar Fathy &lt;<a href="mailto:omar@' \
          'shoghlbridge.example.com">omar@shoghlbridge.example.com</a>&gt; wrote:<br></div><blockquote ' \
          'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);' \
          'padding-left:1ex">' + text2html(M07_TEXT) + "</blockquote></div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a4c6e805ba8b1f27")
    pdf = make_pdf(["ShoghlBridge - Voluntary GCM Review Report, February 2021",
                    "Recruitment fees, contract substitution and wage delays",
                    "Evidence from 12,000 placements of Egyptian workers (2018-2020)"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kks0z9a70")])
    body = multi("mixed", [alt, att], "000000000000a4c6ea05ba8b1f29")
    rows = std_rows(when, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DXZq81dNvz6",
                    "Omar Fathy <omar@shoghlbridge.example.com>",
                    re_hdr("Re: ", "GCM regional review \u2013 we'd love to be part of the open discussion \U0001F680"),
                    rfcdate(sent), "<CAJp4Yv8Lm3Qr7Tw1Xz5Bd9Fh3Jl7Np1Rt5Vx9Zb3Df7Hj1L@mail.gmail.example.com>",
                    ret="omar@shoghlbridge.example.com")
    rows += [("In-Reply-To", M07_ID), ("References", M07_ID)]
    m = top(body, rows)
    add(13, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h84-07.eml",
        notes="follow-up of the founder's own speaker request (h84-07, Gmail '>' quote) that adds a report PDF; "
              "this message itself proposes no speaker (the quoted original does); no greeting, lowercase start."))


def m14():
    when = at("2021-02-05 23:52:40")
    sent = when - dt.timedelta(seconds=29)
    text = """Bonsoir,

Je vous écris un peu tard, désolée !! J'étais en déplacement toute la semaine.

Je suis la fondatrice de TerraLiban, une start-up libanaise de tourisme inclusif qui forme et emploie comme guides des jeunes réfugiés et des travailleuses migrantes (éthiopiennes, sri-lankaises, philippines) à Beyrouth et à Byblos. Je souhaiterais intervenir lors d'une des tables rondes thématiques, de préférence la première, pour parler de l'accès au travail décent dans le tourisme.

Mille mercis d'avance et bonne soirée,

Maya Achkar
Fondatrice & Directrice générale
TerraLiban SAL - Tourisme inclusif
Beyrouth | Paris
+961 3 555 218
"""
    html = html_wrap('<div style="word-wrap: break-word; -webkit-nbsp-mode: space;">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "Apple-Mail=_3B8D1F2E-6C4A-4E9B-A0D7-52F1C8E93B64")
    rows = std_rows(when, "smtp.terraliban.example.com", "62.210.16.61", "4DYD2w7TfLz3",
                    "Maya Achkar <maya@terraliban.example.com>",
                    hdr("Demande d'intervention - table ronde - TerraLiban", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<8F3C2A1E-5D7B-4C9E-B0A6-1E3D5F7A9C2B@terraliban.example.com>",
                    ret="maya@terraliban.example.com")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Maya Achkar", "Fondatrice & Directrice générale", "TerraLiban SAL",
           ["roundtable"], 1)],
        notes="deadline edge: received 23:52:40 Beirut on Fri 5 Feb (on time); Date header 22:52:11 +0100 (Paris); "
              "the sender proposes herself, name/title/company only in the signature; 'de préférence la "
              "première' (table ronde) = roundtable 1; Apple Mail, Levantine French."))


def m15():
    when = at("2021-02-06 00:03:18")
    sent = when - dt.timedelta(seconds=12)
    text = """السادة/ فريق المراجعة الإقليمية للاتفاق العالمي للهجرة    المحترمين
السلام عليكم ورحمة الله وبركاته

بناءً على خطاب الدعوة المرسل لنا باللغة العربية والذي حدد آخر موعد لطلبات المشاركة يوم الجمعة 23 فبراير 2021، يسعدنا في شركة نخبة الخليج للاستقدام ترشيح الأستاذة/ نورة سعد العتيبي لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، وبياناتها كالتالي:

الاسم: نورة سعد العتيبي
المسمى الوظيفي: مديرة الاستدامة والامتثال
الجهة: شركة نخبة الخليج للاستقدام (شركة مساهمة مقفلة)

ولكم جزيل الشكر

عبدالله الشهري
إدارة العلاقات الحكومية
شركة نخبة الخليج للاستقدام
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "base64"),
                                 leaf("text/html", html, "windows-1256", "base64")],
                 "----=_NextPart_000_0041_01D6FC12.8E3A1B70")
    rows = std_rows(when, "mail.nokhbat-gulf.example.sa", "188.54.71.30", "4DYDJ53qMbz8",
                    addr("عبدالله الشهري", "a.alshehri@nokhbat-gulf.example.sa", "windows-1256"),
                    hdr("ترشيح مقرر - المراجعة الإقليمية", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<004101d6fc12$8e3a1b70$aaaf5250$@nokhbat-gulf.example.sa>",
                    ret="a.alshehri@nokhbat-gulf.example.sa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sa")]
    m = top(body, rows)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نورة سعد العتيبي", "مديرة الاستدامة والامتثال", "شركة نخبة الخليج للاستقدام (شركة مساهمة مقفلة)",
           ["rapporteur"])],
        notes="late by 3 minutes: received 00:03:18 Beirut on Sat 6 Feb (Date header 'Sat, 6 Feb 2021 01:03:06 "
              "+0300', Riyadh); the sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 فبراير' -- "
              "still late; 'Name/Title/Organisation' list, honorific 'الأستاذة/'; rapporteur role in prose; "
              "windows-1256 base64."))


def m16():
    when = at("2021-02-06 00:07:45")
    sent = when - dt.timedelta(seconds=18)
    text = """Hello,

I hope it's not too late to send this -- we only saw the invitation this week.

TalentDhow is a UAE-based online recruitment platform for domestic and hospitality workers (Philippines, Kenya, Nepal, Uganda) and we have been piloting an ethical-recruitment scoring system with two Dubai hotel groups. We would like to propose a speaker for one of the thematic roundtables, ideally roundtable #2:

    TalentDhow FZ-LLC, Dubai Internet City
    VP, Public Policy & Worker Welfare
    Layla Mansour

Layla is copied here. I am travelling in the US this week so please use her address for follow-up.

Regards,
Daniel Okafor
Chief of Staff, TalentDhow
"""
    html = html_wrap(text2html(text).replace("<p>    TalentDhow", "<p style=\"margin-left:30px\">TalentDhow"))
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "B_3695289465_1987312044")
    rows = std_rows(when, "mail.talentdhow.example.ae", "5.195.44.210", "4DYDP23nXhz1",
                    "Daniel Okafor <daniel@talentdhow.example.ae>",
                    "Speaker proposal - roundtable (TalentDhow)", rfcdate(tz(sent, -5)),
                    "<7E1B4D3A-C2F0-4B8E-9A5D-6C3F1E0B2D47@talentdhow.example.ae>",
                    ret="daniel@talentdhow.example.ae")
    rows.insert(5, ("Cc", "Layla Mansour <layla.mansour@talentdhow.example.ae>"))
    rows += [("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Thread-Topic", "Speaker proposal - roundtable (TalentDhow)")]
    m = top(body, rows)
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Layla Mansour", "VP, Public Policy & Worker Welfare", "TalentDhow FZ-LLC",
           ["roundtable"], 2)],
        notes="late by ~8 minutes: received 00:07:45 Beirut on Sat 6 Feb, but the Date header reads 'Fri, 5 Feb "
              "2021 17:07:27 -0500' (sender in the US); speaker block in reverse order (organisation / title / "
              "name) for a colleague in Cc; 'roundtable #2'; Outlook for Mac."))


def m17():
    when = at("2021-02-08 10:20:14")
    sent = when - dt.timedelta(seconds=7)
    text = """Madame, Monsieur,

La Confédération marocaine des entreprises de services à l'international (CMESI) a bien reçu votre invitation et vous en remercie.

Avant de mobiliser nos membres (banques, sociétés de transfert d'argent, opérateurs télécoms et agences de recrutement), nous aurions besoin de quelques précisions :

- La consultation du 23 février et la conférence des 24 et 25 février se tiendront-elles entièrement en ligne ? Sur quelle plateforme ?
- Une inscription est-elle nécessaire pour les entreprises qui souhaitent simplement suivre les travaux, sans prendre la parole ?
- L'interprétation en français sera-t-elle assurée dans les tables rondes ?
- Un rapport volontaire peut-il être soumis au nom de plusieurs entreprises membres ?

Avec nos remerciements anticipés,

Bien cordialement,

Loubna Chraibi
Chargée des relations institutionnelles
CMESI - Casablanca
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.cmesi.example.ma", "196.217.45.3", "4F0Bq73HvGz5",
                    "Loubna Chraibi <l.chraibi@cmesi.example.ma>",
                    hdr("Examen régional du PMM : questions pratiques", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<005f01d6fe0a$1c7b3e20$55713a60$@cmesi.example.ma>",
                    ret="l.chraibi@cmesi.example.ma")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="business confederation asking logistics questions (online format, registration for observers, "
              "interpretation, collective report): keyword-heavy (tables rondes, rapport volontaire, prendre la "
              "parole) but nothing is submitted and no speaker proposed; iso-8859-1 QP plain text."))


def m18():
    when = at("2021-02-09 08:02:51")
    bounced_to = "layla.mansour@talentdhow.example.ae"
    ack_id = "<GCMRR-ACK-20210208-0016@iom.int>"
    ack_date = "Mon, 8 Feb 2021 18:40:02 +0200"
    human = """This is the mail system at host mx2.talentdhow.example.ae.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mailstore.talentdhow.example.ae[10.20.4.11] said:
    550 5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (bounced_to, bounced_to)
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds_text = ("Reporting-MTA: dns; mx2.talentdhow.example.ae\n"
                   "X-Postfix-Queue-ID: 4F0Tz81WkDz2\n"
                   "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
                   "Arrival-Date: Tue,  9 Feb 2021 10:02:48 +0400 (+04)\n\n"
                   "Final-Recipient: rfc822; %s\n"
                   "Original-Recipient: rfc822;%s\n"
                   "Action: failed\n"
                   "Status: 5.1.1\n"
                   "Remote-MTA: dns; mailstore.talentdhow.example.ae\n"
                   "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n" % (bounced_to, bounced_to, bounced_to))
    for block in ds_text.split("\n\n"):
        sub = Message(policy=POL)
        lines = block.strip("\n").split("\n")
        for ln in lines:
            if ln.startswith(" "):
                continue
            k, v = ln.split(":", 1)
            cont = [x for x in lines[lines.index(ln) + 1:lines.index(ln) + 2] if x.startswith(" ")]
            sub[k] = v.strip() + ("\r\n" + cont[0] if cont else "")
        ds.attach(sub)
    hd = Message(policy=POL)
    hd["Content-Description"] = "Undelivered Message Headers"
    hd["Content-Type"] = "text/rfc822-headers"
    hd.set_payload("Return-Path: <gcmrrarabstates@iom.int>\n"
                   "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                   "To: Daniel Okafor <daniel@talentdhow.example.ae>\n"
                   "Cc: Layla Mansour <%s>\n"
                   "Subject: Re: Speaker proposal - roundtable (TalentDhow)\n"
                   "Date: %s\n"
                   "Message-ID: %s\n"
                   "In-Reply-To: <7E1B4D3A-C2F0-4B8E-9A5D-6C3F1E0B2D47@talentdhow.example.ae>\n"
                   "Auto-Submitted: auto-replied\n" % (bounced_to, ack_date, ack_id))
    body = multi("report", [p1, ds, hd], "4F0Tz81WkDz2.1612850571/mx2.talentdhow.example.ae",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mx2.talentdhow.example.ae", "5.195.44.212", "4F0VB44bRcz7")),
            ("From", "MAILER-DAEMON@mx2.talentdhow.example.ae (Mail Delivery System)"),
            ("To", BOX), ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", "Tue,  9 Feb 2021 10:02:51 +0400 (+04)"),
            ("Message-ID", "<20210209060251.5C1A4D3E21@mx2.talentdhow.example.ae>"),
            ("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    add(18, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) for the service's acknowledgement Cc'd to the proposed speaker of "
              "h84-16; only the returned headers are included, which mention the h84-16 subject and Message-ID "
              "in In-Reply-To."))


def m19():
    when = at("2021-02-10 09:14:33")
    sent = when - dt.timedelta(seconds=9)
    ack_id = "<GCMRR-ACK-20210201-0005@iom.int>"
    text = """مشكورين وما قصرتوا، وصلنا ردكم 🌹
ننتظر منكم التفاصيل

سالم

أُرسلت من الـ iPhone

> في ١ فبراير ٢٠٢١، الساعة ٩:٠٢ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
> السيد سالم الكعبي،
> نشكركم على رسالتكم. تم استلام طلبكم وسيتم التواصل معكم لاحقاً.
>
> فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.alraya-exchange.example.ae", "94.200.17.62", "4F1C6v2kPjz9",
                    addr("سالم الكعبي", "salem.k@alraya-exchange.example.ae"),
                    re_hdr("Re: ", "مشاركة"), rfcdate(tz(sent, 4)),
                    "<A3D9F1C7-2E4B-4A8D-9C6F-B1E7D3A5C9F2@alraya-exchange.example.ae>",
                    ret="salem.k@alraya-exchange.example.ae")
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M05_ID, ack_id)), ("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h84-05.eml",
        notes="Gulf colloquial thank-you from an iPhone replying to the service's acknowledgement of h84-05 "
              "(References carries h84-05's Message-ID): adds nothing new, must not be acknowledged; emoji; "
              "quote header with Eastern Arabic digits."))


def m20():
    when = at("2021-02-11 15:37:02")
    sent = when - dt.timedelta(seconds=10)
    name = "DPB_Remittances_and_Migrant_Inclusion_GCM_Voluntary_Report_2021.pdf"
    text = """Dear Sir/Madam,

On behalf of Doha Pearl Bank Q.P.S.C. (DPB), please find attached our voluntary report for the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region.

The report describes the Bank's initiatives under GCM Objective 20 (faster, safer and cheaper transfer of remittances) and Objective 19 (financial inclusion), including our digital wage-account programme for low-income migrant workers in Qatar.

Kindly acknowledge receipt.

Yours faithfully,

Hamad Jassim Al-Kuwari
Head of Sustainability & Corporate Governance
Doha Pearl Bank Q.P.S.C.
P.O. Box 24117, West Bay, Doha, State of Qatar
Tel: +974 4400 7788


DISCLAIMER: This e-mail and any attachments are confidential and may be privileged and are intended solely for the use of the individual or entity to whom they are addressed. If you are not the intended recipient, please notify the sender immediately by replying to this e-mail and delete it and any attachments from your system; any review, dissemination, distribution, copying or other use of this e-mail or its attachments is strictly prohibited. Doha Pearl Bank Q.P.S.C. ("the Bank") does not accept any liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission, nor for any loss or damage caused by viruses. Opinions, conclusions, reports and other information in this message that do not relate to the official business of the Bank shall be understood as neither given nor endorsed by it. Nothing in this e-mail shall be construed as an offer, a solicitation, a recommendation or a commitment to enter into any transaction, nor as the provision of any investment, legal or tax advice. The Bank is licensed and regulated by the Qatar Central Bank. E-mails sent to or from the Bank may be monitored and recorded for compliance, security and record-keeping purposes in accordance with applicable laws and regulations. Please consider the environment before printing this e-mail.

إخلاء مسؤولية: هذه الرسالة الإلكترونية وأي مرفقات بها سرية وقد تكون محمية قانونياً، وهي موجهة فقط للشخص أو الجهة المرسلة إليها. إذا تلقيتم هذه الرسالة عن طريق الخطأ يرجى إبلاغ المرسل فوراً وحذفها من نظامكم. لا يتحمل البنك أي مسؤولية عن أي أخطاء أو سهو في محتوى هذه الرسالة ناتج عن الإرسال الإلكتروني.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace(
        "<p>DISCLAIMER", '<p style="font-size:7.5pt;color:gray">DISCLAIMER').replace(
        "<p>إخلاء", '<p dir="rtl" style="font-size:7.5pt;color:gray">إخلاء') + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_AS8PR09MB62710E4C2B9A7D1F3E5C8B0A65AS8PR09MB6271eurp_")
    pdf = make_pdf(["Doha Pearl Bank Q.P.S.C. - Voluntary GCM Review Report 2021",
                    "Remittances and financial inclusion of migrant workers in Qatar",
                    "GCM Objectives 19 and 20"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [alt, att], "_004_AS8PR09MB62710E4C2B9A7D1F3E5C8B0A65AS8PR09MB6271eurp_")
    rows = std_rows(when, "mail-he1eur04on0612.outbound.protection.outlook.example.com", "40.107.7.112",
                    "4F1rW50pXtz3", "\"Al-Kuwari, Hamad Jassim\" <hamad.alkuwari@dohapearlbank.example.qa>",
                    "GCM Regional Review - Voluntary Report - Doha Pearl Bank", rfcdate(tz(sent, 3)),
                    "<AS8PR09MB62710E4C2B9A7D1F3E5C8B0A65@AS8PR09MB6271.eurprd09.prod.outlook.example.com>",
                    ret="hamad.alkuwari@dohapearlbank.example.qa")
    rows += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="bank report with a long bilingual legal disclaimer (English + Arabic) after the signature; the "
              "disclaimer's Arabic paragraph must not flip the language; display name 'Surname, Given' quoted; "
              "long PDF name."))


def m21():
    when = at("2021-02-14 12:48:26")
    sent = when - dt.timedelta(seconds=15)
    name = "LET - Rapport volontaire examen PMM.docx"
    text = """Bonjour,

J'espère que vous allez bien.

Veuillez trouver ci-joint le rapport volontaire de Liban Express Transferts (LET) sur la mise en oeuvre du Pacte mondial pour les migrations, notamment l'objectif 20 sur les transferts de fonds. Malgré la crise financière au Liban, les transferts de la diaspora restent une bouée de sauvetage pour des centaines de milliers de familles et nous avons essayé de documenter cela.

Notre directeur général, M. Georges Abi Nader, serait également ravi d'intervenir en plénière lors de la conférence du 24-25 février si cela est encore possible.

Merci infiniment et à votre disposition,

Rita Haddad
Chargée de communication
Liban Express Transferts S.A.L. (LET)
Jdeideh, Metn - Liban
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "0000000000003c8f1a05bb4e2d18")
    docx = make_docx(["Liban Express Transferts S.A.L. (LET)", "Rapport volontaire - Examen regional du PMM 2021",
                      "Objectif 20 : transferts de fonds et crise financiere au Liban", "Recommandations"])
    att = attach(DOCX, docx, name, style="gmail", extra=[("X-Attachment-Id", "f_kl4m2n8p0")])
    body = multi("mixed", [alt, att], "0000000000003c8f1c05bb4e2d1a")
    rows = std_rows(when, "mail-ed1-f65.google.example.com", "209.85.208.65", "4F3fP71yVmz6",
                    "Rita Haddad <rita.haddad@letransferts.example.com.lb>",
                    "Rapport volontaire LET + intervention", rfcdate(sent),
                    "<CAB2nR6tY0wA4cE8gI2kM6oQ0sU4wY8aC2eG6iK0mO4qS8uW@mail.gmail.example.com>",
                    ret="rita.haddad@letransferts.example.com.lb")
    m = top(body, rows)
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[name],
        speakers=[sp("Georges Abi Nader", "directeur général", "Liban Express Transferts S.A.L. (LET)", ["plenary"])],
        notes="'both' received on 14 Feb: the report is on time but the speaker request (deadline 5 Feb) is late, "
              "so on_time is false; the sender hedges 'si cela est encore possible'; title only in prose, lower "
              "case ('Notre directeur général, M. ...'); DOCX with RFC 2047 name (Gmail); Levantine French."))


def m22():
    when = at("2021-02-15 17:26:48")
    sent = when - dt.timedelta(seconds=21)
    name = "التقرير الطوعي - بنك الأرز للتمويل.docx"
    annex = "ملحق - بيانات التحويلات 2019-2020.xlsx"
    text = """مرحبا،

مرفق التقرير الطوعي تبع بنك الأرز للتمويل عن مساهمتنا بتطبيق الاتفاق العالمي للهجرة، خصوصاً موضوع التحويلات المالية وكلفتها. ومعو ملحق إكسل فيه أرقام التحويلات الواردة حسب البلد لسنتَي 2019 و2020، للاطلاع بس.

إذا في شي ناقص أو بدكن صيغة PDF خبرونا.

مع التحية،
جورج خوري
قسم الامتثال والمسؤولية الاجتماعية
بنك الأرز للتمويل ش.م.ل.
بيروت
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_VI1PR07MB41835D2A9E0C7B4F1A3E6D8C52VI1PR07MB4183eurp_")
    docx = make_docx(["Cedar Finance Bank s.a.l. - Voluntary GCM review report 2021",
                      "Remittance flows to Lebanon and their cost", "Financial inclusion of migrant workers"])
    xlsx = make_xlsx([["Country", "2019 (USD m)", "2020 (USD m)"], ["UAE", 412.5, 388.1],
                      ["Saudi Arabia", 365.0, 331.7], ["Qatar", 140.2, 129.9], ["France", 98.4, 104.6]])
    att1 = attach(DOCX, docx, name, style="2231")
    att2 = attach(XLSX, xlsx, annex, style="2231")
    body = multi("mixed", [alt, att1, att2], "_004_VI1PR07MB41835D2A9E0C7B4F1A3E6D8C52VI1PR07MB4183eurp_")
    rows = std_rows(when, "mail-vi1eur05on2070.outbound.protection.outlook.example.com", "40.107.21.70",
                    "4F4Q0c9mRwz1", "George Khoury <g.khoury@cedarfinancebank.example.com.lb>",
                    hdr("التقرير الطوعي – بنك الأرز للتمويل"), rfcdate(sent),
                    "<VI1PR07MB41835D2A9E0C7B4F1A3E6D8C52@VI1PR07MB4183.eurprd07.prod.outlook.example.com>",
                    ret="g.khoury@cedarfinancebank.example.com.lb")
    rows += [("Content-Language", "ar-LB"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Levantine Arabic; two attachments with Arabic RFC 2231 names: the DOCX is the report, the XLSX "
              "is an annex sent 'للاطلاع بس' (not part of report_attachments); Latin display name; Outlook."))


def m23():
    when = at("2021-02-16 23:56:30")
    sent = when - dt.timedelta(seconds=25)
    name = "SaharaCrest_GCM_Review_2021_final.pdf"
    text = """Good evening,

Apologies for the late hour. Please find attached the voluntary GCM review report of Sahara Crest Hotels & Resorts, prepared by our Group HR and Sustainability teams. It covers ethical recruitment of our 6,400 migrant employees across the UAE, Oman and Egypt, including the repayment of recruitment fees since 2019.

Best regards,
Priya Menon
Group Sustainability Lead
Sahara Crest Hotels & Resorts
"""
    body_t = leaf("text/plain", text, "us-ascii", "7bit")
    pdf = make_pdf(["Sahara Crest Hotels & Resorts", "Voluntary GCM Review Report - February 2021",
                    "Ethical recruitment and remediation of recruitment fees"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [body_t, att], "=_b7e3c1a9f2d45e8061c2b3a4d5e6f708")
    rows = std_rows(when, "mail.saharacrest.example.ae", "86.96.201.14", "4F5nK24xSbz8",
                    "Priya Menon <priya.menon@saharacrest.example.ae>",
                    "Voluntary GCM Review Report - Sahara Crest Hotels & Resorts", rfcdate(tz(sent, 4)),
                    "<b7e3c1a9f2d45e8061c2b3a4d5e6f708@saharacrest.example.ae>", ret="priya.menon@saharacrest.example.ae")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:30 Beirut on Tue 16 Feb (on time) while the Date header already "
              "reads 'Wed, 17 Feb 2021 01:56:05 +0400' (Dubai); apologises for the late hour; Roundcube."))


def m24():
    when = at("2021-02-17 00:04:10")
    sent = when - dt.timedelta(seconds=38)
    name = "TahwilPay rapport PMM.pdf"
    text = """Bonsoir,
ci joint le rapport volontaire de Tahwil Pay (fintech marocaine de transfert d'argent mobile) pour l'examen régional du PMM.
On espère qu'il est encore dans les délais, merci bcp.
Anass Berrada
Tahwil Pay

Envoyé de mon iPhone
"""
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Tahwil Pay - fintech marocaine", "Rapport volontaire - Examen regional du PMM 2021",
                    "Transferts d'argent mobiles et cout des envois"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name), ("x-unix-mode", "0644")],
               disp='inline;\r\n\tfilename="%s"' % name)
    t2 = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2E9C4B7A-1D3F-4A6E-8B5C-7F0A2D4E6B81")
    rows = std_rows(when, "smtp.tahwilpay.example.ma", "105.159.12.88", "4F5nS71hWqz2",
                    "Anass Berrada <anass@tahwilpay.example.ma>", "Rapport volontaire Tahwil Pay",
                    rfcdate(tz(sent, 1)), "<D4B2E8A1-6C3F-4E9D-A7B5-0F2C8E1D3A69@tahwilpay.example.ma>",
                    ret="anass@tahwilpay.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by ~4 minutes: received 00:04:10 Beirut on Wed 17 Feb, but the Date header reads 'Tue, 16 Feb "
              "2021 23:03:32 +0100' (Casablanca); iPhone layout [text, inline PDF, text]; very short, informal."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
