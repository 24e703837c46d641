#!/usr/bin/env python3
"""Write the blind evaluation set holdout246 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets246.py
Theme: data and statistics (25 January - 18 February 2021).  A policy think tank's data team in Amman asking to
demo its migration dashboard in a roundtable, Lebanon's statistics administration proposing a rapporteur ('Chef de
division des statistiques sociales'), the Palestinian statistics bureau proposing its 'رئيس قسم إحصاءات الهجرة'
with a table of preliminary figures in the body (and his Arabic out-of-office), a Beirut university data lab
sending a working paper with nine co-authors of whom one is proposed to speak (a co-author's dead address bounces
our acknowledgement), a regional observatory in Oujda sending a PDF with an Excel annex and a CSV of raw series
and proposing its coordinator in his signature, an Aden observatory's HTML-only table of three nominees, Yemen's
statistics office nominating two officials next to a contact-person block, a Libyan data centre's nomination form
(DOCX, tick boxes) sent from a phone, an Algerian laboratory's nomination forwarded at 23:31 on the last evening,
an Egyptian ministry's Senior Statistician writing late from his iPhone, an Iraqi university lab's report with a
statistical annex and its methodology note sent separately the next day, a Mauritanian observatory's report pasted
in the body with tables (and a Cc'd colleague's Zimbra vacation reply), an Egyptian observatory's report with XLSX
and CSV annexes (and the thank-you that follows), a Tunisian research network's report sent at 23:14 Tunis time,
i.e. after midnight in Beirut, and a Tripoli centre's late 'both'.  Questions from statisticians about Excel
annexes and file sizes, from a Djibouti research assistant about showing charts, from a data journalist asking
for counts of submissions, and a Moroccan researcher in Darija asking for more time.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, logo, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(246)
add = SET.add
H = "h246-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO_ANDROID = "WebService/1.1.17648 YahooMailAndroidMobile"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- small helpers of this set
def make_xlsx(sheets):
    """A tiny valid XLSX workbook: sheets = [(name, rows)], cells as inline strings or numbers."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    files = [("[Content_Types].xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.sheet.main+xml"/>'
              + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.'
                        'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (k + 1)
                        for k in range(len(sheets)))
              + '</Types>'),
             ("_rels/.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
             ("xl/workbook.xml",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
              + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(n), k + 1, k + 1)
                        for k, (n, _) in enumerate(sheets))
              + '</sheets></workbook>'),
             ("xl/_rels/workbook.xml.rels",
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k + 1, k + 1)
                        for k in range(len(sheets)))
              + '</Relationships>')]
    for k, (_, rows) in enumerate(sheets):
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (col(c), r)
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(str(v))))
            out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % (k + 1),
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                      + "".join(out) + '</sheetData></worksheet>'))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def csv_bytes(rows):
    return ("\r\n".join(",".join(str(v) for v in r) for r in rows) + "\r\n").encode("utf-8")


def tb_plain(text, charset="utf-8"):
    """Thunderbird: a text/plain part, format=flowed, 8bit."""
    return leaf("text/plain", flowed(text), charset, "8bit", params=[("format", "flowed")])


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def yahoo_html(text):
    lines = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5e2c1a7byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


# ================================================================ 01  EN  speaker  Amman think tank's data team: demo of a dashboard in Roundtable III
def m01():
    when = at("2021-01-25 10:12:33")
    subj = "Request: presenting the Arab Migration Data Dashboard at Roundtable III"
    text = """Hi GCM Regional Review team,

Hope this finds you well. I lead the small data team at the Basira Centre for Policy Research (BCPR) in Amman. Over the past year we have built an open dashboard that brings together the migration figures published by the national statistics offices of the region (stocks, flows where they exist, remittances, work permits, returns) and maps them against the 23 GCM objectives: https://dashboard.basira-cpr.example.org/gcm

We would love to show it at the Regional Review. Could our Senior Data Analyst, Ruba Kawar, take the floor in Roundtable III on 24/25 Feb and walk participants through it for a few minutes? She designed most of the indicators and can speak to the gaps we found (e.g. only 6 of the 17 countries we looked at publish an annual estimate of emigration, and only 2 disaggregate returns by sex).

If a live demo isn't possible in the roundtable format, she can do it with 3-4 static slides instead. Just let us know what works technically (screen sharing etc.).

Many thanks,
Hamza

--
Hamza Bataineh
Head of Data | Basira Centre for Policy Research (BCPR)
Jabal Al-Lweibdeh, Amman, Jordan
+962 6 000 0000 | @BasiraCPR
"""
    body = alt(text, "000000000000a41c7e05b9b8d2f4", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-sor-f41.google.example.com", "192.0.2.41", "4DPSl31vHcz7",
           "Hamza Bataineh <h.bataineh@basira-cpr.example.org>", subj,
           "<CAB7kR2mXq9Lw4pTz+N3vYc8sHd1fJe6gUo@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ruba Kawar", "Senior Data Analyst", "Basira Centre for Policy Research (BCPR)", ["roundtable"], 3)],
        notes="a think tank's data team asks for a few minutes to demo its dashboard: framed as a presentation / live "
              "demo with a link and a technical question, but what is asked is a floor intervention in a roundtable; "
              "the roundtable in Roman numerals ('Roundtable III', also in the subject); the figures in the body "
              "('23 GCM objectives', '6 of the 17 countries', 'only 2') are not roundtable numbers. The speaker is "
              "named after her title in prose ('our Senior Data Analyst, Ruba Kawar'); the sender (head of data) is "
              "not the speaker. Google Workspace on the think tank's own domain."))


# ================================================================ 02  FR  speaker  Lebanon's statistics administration proposes a rapporteur (labelled lines)
def m02():
    when = at("2021-01-27 11:30:08")
    subj = "Proposition d'une intervenante de l'ACS – Examen régional du Pacte mondial sur les migrations"
    text = """Madame, Monsieur,

En réponse à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, l'Administration centrale de la statistique (ACS) a l'honneur de vous proposer une intervenante pour le rôle de rapporteur, chargée de présenter les messages clés des parties prenantes.

L'ACS conduit depuis 2018 l'enquête sur la main-d'œuvre et les conditions de vie des ménages, qui comporte depuis 2019 un module sur l'émigration des membres du ménage ; les premiers résultats, encore provisoires, ont été présentés au comité technique en décembre dernier.

Intervenante proposée :
Nom : Mme Nayla KHAIRALLAH SAADÉ
Fonction : Chef de division des statistiques sociales
Direction : Direction des enquêtes auprès des ménages
Institution : Administration centrale de la statistique (ACS), Beyrouth
Rôle souhaité : Rapporteur (messages clés des parties prenantes)
Langues de travail : arabe, français, anglais
Courriel : n.saade@acs.example.gov.lb

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Antoine Rizkallah
Chef du service de la coopération internationale
Administration centrale de la statistique (ACS)
Beyrouth – Liban
Tél. : +961 1 000 000
"""
    a = alt(text, "_000_DB7PR03MB4712C8E2A5D1F690_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur03on0702.outbound.protection.outlook.example.com",
           "198.51.100.72", "4DQnB52kTsz3", "Antoine Rizkallah <a.rizkallah@acs.example.gov.lb>", hdr(subj, enc="Q"),
           "<DB7PR03MB4712C8E2A5D1F690@DB7PR03MB4712.eurprd03.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdbzK4Lm7Pq2Rs5Tu8Vw1Xy3Za6Bc9De==", lang="fr-FR"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nayla Khairallah Saadé", "Chef de division des statistiques sociales",
           "Administration centrale de la statistique (ACS)", ["rapporteur"])],
        notes="national statistics administration; labelled lines with 'Mme' (dropped) and the family names in "
              "capitals ('KHAIRALLAH SAADÉ', maiden and married name, both kept, written in ordinary case); the title "
              "is the 'Fonction' line (the masculine 'Chef de division des statistiques sociales' as written, the "
              "separate 'Direction' line is her directorate, not part of the title); ', Beyrouth' after the "
              "institution is the place. 'rapporteur' asked in the opening paragraph and in the 'Rôle souhaité' line. "
              "The sender (head of international cooperation) signs with his own title and the same institution."))


# ================================================================ 03  AR  speaker  Palestinian statistics bureau: 'رئيس قسم إحصاءات الهجرة', table of figures
M03_ID = "<AM6PR04MB5317E4A9C2B7D085@AM6PR04MB5317.eurprd04.prod.outlook.example.com>"
M03_SUBJ = "ترشيح متحدث من الجهاز المركزي للإحصاء الفلسطيني - المائدة المستديرة الثانية"
M03_QID = "4DRB4x0nWkz5"


def m03():
    when = at("2021-01-28 09:45:51")
    intro = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

إشارةً إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، يسر الجهاز المركزي للإحصاء الفلسطيني أن يرشح الدكتور سائد حسني البرغوثي، رئيس قسم إحصاءات الهجرة في دائرة الإحصاءات السكانية والاجتماعية، للمداخلة في المائدة المستديرة المواضيعية الثانية يومي 24-25 شباط 2021.

وسيعرض الدكتور سائد في مداخلته أبرز نتائج مسح الهجرة ونظام رصد تصاريح العمل في الخارج، ومنها المؤشرات الأولية التالية:"""
    rows = [("المؤشر", "2017", "2019", "2020"),
            ("الأسر التي لديها فرد مهاجر واحد على الأقل (%)", "4.6", "4.9", "5.1"),
            ("الأفراد الذين هاجروا خلال السنوات الخمس السابقة (بالآلاف)", "31.2", "34.8", "22.7"),
            ("نسبة الذكور بين المهاجرين (%)", "74.3", "72.1", "71.5"),
            ("الأسر التي تتلقى تحويلات من الخارج (%)", "9.8", "10.4", "8.9")]
    outro = """(الأرقام أولية وغير منشورة بعد، يرجى عدم تداولها)

نرجو التكرم بإضافة الدكتور سائد، وهو في نسخة هذه الرسالة، إلى قائمة المتحدثين، وإعلامنا بالترتيبات التقنية للمداخلة.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. رائد عيسى قطامش
مدير العلاقات الدولية والتعاون الفني
الجهاز المركزي للإحصاء الفلسطيني
رام الله - فلسطين
هاتف: 00970-2-0000000"""
    # Outlook's plain-text rendering of a Word table: one cell after the other, tab-separated
    text = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    table = ('<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="4" '
             'style="border-collapse:collapse">'
             + "".join("<tr>" + "".join('<td><p class="MsoNormal" dir="rtl">%s<o:p></o:p></p></td>' % esc(c)
                                         for c in r) + "</tr>" for r in rows) + "</table>")
    paras = lambda t: "".join('<p class="MsoNormal" dir="rtl">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                              for p in t.strip("\n").split("\n\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="AR-SA" dir="rtl"><div class="WordSection1" '
            'dir="rtl">%s%s%s</div></body></html>\n' % (paras(intro), table, paras(outro)))
    a = alt(text, "_000_AM6PR04MB5317E4A9C2B7D085_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-am6eur04on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", M03_QID, addr("رائد قطامش", "r.qatamesh@pcbs.example.gov.ps"), hdr(M03_SUBJ), M03_ID, a,
           cc=addr("سائد البرغوثي", "s.barghouti@pcbs.example.gov.ps"),
           extra=outlook(hdr(M03_SUBJ), "AdbzR9Tx2Yc5Vb8Nm1Kj4Hg7Fd0Sa3Qw==", lang="ar-SA"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سائد حسني البرغوثي", "رئيس قسم إحصاءات الهجرة في دائرة الإحصاءات السكانية والاجتماعية",
           "الجهاز المركزي للإحصاء الفلسطيني", ["roundtable"], 2)],
        notes="national statistics bureau, formal Arabic letter (Outlook, base64); the speaker in prose after "
              "'الدكتور' (dropped) with his title and department (kept whole, as the unit chains of h241); a Word "
              "table of preliminary figures (years 2017/2019/2020, percentages, thousands) sits between the request "
              "and the signature: context, not a report, and none of its numbers is a roundtable; roundtable as an "
              "ordinal word ('الثانية', also in the subject). The sender ('م.', international relations) is not the "
              "speaker; the speaker is in Cc and his out-of-office answers our acknowledgement (h246-04)."))


# ================================================================ 04  AR  auto_reply  the Cc'd speaker's Arabic out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-28 09:47:02")
    ack = ack_mid(M03_QID)
    text = """شكراً لرسالتكم.

أنا في مهمة ميدانية للإشراف على جمع بيانات مسح القوى العاملة حتى يوم الخميس 4 شباط 2021، وإمكانية الاطلاع على البريد الإلكتروني محدودة.
للأمور العاجلة يرجى التواصل مع قسم إحصاءات الهجرة على العنوان migration@pcbs.example.gov.ps أو الاتصال على 00970-2-0000000.

د. سائد البرغوثي
الجهاز المركزي للإحصاء الفلسطيني
"""
    body = alt(text, "_000_AM6PR04MB5317OOF01D6F55A_", rtl=True, b64=True)
    rows = std_rows(when, "mail-am6eur04on0627.outbound.protection.outlook.example.com", "198.51.100.127",
                    "4DRB5y3pXmz8", addr("سائد البرغوثي", "s.barghouti@pcbs.example.gov.ps"),
                    hdr("رد تلقائي: إشعار استلام - " + M03_SUBJ), rfcdate(sent_at(when, 2, 2)),
                    "<AM6PR04MB5317OOF5B8E2C7A1@AM6PR04MB5317.eurprd04.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M03_SUBJ)), ("Content-Language", "ar-SA"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "s.barghouti@pcbs.example.gov.ps")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic ('رد تلقائي:') of the speaker Cc'd in h246-03, answering our "
              "acknowledgement a minute later (References also name h246-03): it mentions a survey ('مسح القوى "
              "العاملة'), a date and a unit like a submission would, and is signed with 'د.' and the bureau. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 05  EN  both  Beirut university data lab: working paper with nine authors, one speaker
M05_ID = "<8D2F4A61-3C7B-4E95-B1A0-6E9D2C5F8B37@mub.example.edu.lb>"
M05_SUBJ = "MiDaM Lab contribution to the GCM Regional Review – working paper + speaker (RT2)"
M05_QID = "4DTq8M1vGbz6"
M05_FILE = "MiDaM_WP2021-01_Counting-those-who-leave.pdf"
M05_CC_REST = ("Wissam Bou Assaf <w.bouassaf@mub.example.edu.lb>, "
          "Samar Mneimneh <s.mneimneh@mub.example.edu.lb>, Bassel Ghandour <bassel.ghandour@cmh-paris.example.fr>, "
          "Hiba Moukaddem <h.moukaddem@mub.example.edu.lb>, Tarek Shaar <t.shaar@mub.example.edu.lb>, "
          "Mahmoud Btoush <m.btoush@mutah.example.edu.jo>, Rania El-Sawy <rania.elsawy.demog@gmail.example.com>")


def m05():
    when = at("2021-02-01 12:20:40")
    text = """Dear colleagues at the GCM Regional Review secretariat,

On behalf of the Migration Data and Methods Lab (MiDaM Lab) at the Mediterranean University of Beirut (MUB), I am pleased to send you our contribution to the voluntary GCM review: the attached working paper, which we submit as the Lab's voluntary report.

MiDaM Working Paper 2021/01
"Counting those who leave: emigration estimates from mirror statistics for Lebanon, Jordan and Egypt, 2010-2020"

Authors (in order):
1. Joëlle Azar-Khoury, Professor of Demography, MUB
2. Nour Sinno, Lecturer in Statistics, MiDaM Lab
3. Dr. Wissam Bou Assaf, Assistant Professor of Applied Statistics, MiDaM Lab, MUB
4. Samar Mneimneh, Research Assistant, MiDaM Lab
5. Dr. Bassel Ghandour, Associate Researcher, Centre Maurice Halbwachs, Paris
6. Hiba Moukaddem, PhD candidate, Department of Economics, MUB
7. Tarek Shaar, Data Engineer, MiDaM Lab
8. Prof. Mahmoud Btoush, Department of Statistics, Mu'tah University (Jordan chapter)
9. Dr. Rania El-Sawy, independent demographer, Cairo (Egypt chapter)

The paper uses destination-country data (censuses, residence permits, labour force surveys and registers) to estimate the stock and flows of emigrants from the three countries, and discusses what this means for GCM Objective 1 (accurate and disaggregated data) and Objective 23.

We would also like to request a speaking slot. Among the authors, we propose Dr. Wissam Bou Assaf (third author), who led the estimation work, for a floor intervention in Thematic Roundtable 2. The other co-authors are copied for information only and will not be speaking.

The replication files (Stata do-files and the harmonised mirror tables) are available on request.

With best regards,
Nour

Nour Sinno
Lecturer in Statistics | Coordinator, Migration Data and Methods Lab (MiDaM Lab)
Department of Mathematics and Statistics
Mediterranean University of Beirut (MUB)
Hamra, Beirut, Lebanon
"""
    pdf = make_pdf(["MiDaM Working Paper 2021/01",
                    "Counting those who leave: emigration estimates from mirror statistics",
                    "for Lebanon, Jordan and Egypt, 2010-2020",
                    "J. Azar-Khoury, N. Sinno, W. Bou Assaf, S. Mneimneh, B. Ghandour, H. Moukaddem,",
                    "T. Shaar, M. Btoush, R. El-Sawy",
                    "Contribution to the Regional Review of the GCM, Arab region 2021", "",
                    "1. Why origin countries undercount emigrants", "2. Data: mirror statistics from 38 destinations",
                    "3. Estimates 2010-2020", "4. GCM Objective 1: recommendations"])
    cc = hdr("Joëlle Azar-Khoury", enc="Q")
    cc.append(" <j.azarkhoury@mub.example.edu.lb>, " + M05_CC_REST, "us-ascii")
    a = alt(text, "Apple-Mail=_3B9E1F27-5A4C-4D8B-9E61-0C2F7A8D4B15", html=apple_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)],
                 "Apple-Mail=_C1A7D0E4-92B5-4F36-8A1E-5D3B6F9C2E80")
    m = mk(when, sent_at(when, 2, 5), "smtp-out2.mub.example.edu.lb", "203.0.113.52", M05_QID,
           "Nour Sinno <n.sinno@mub.example.edu.lb>", M05_SUBJ, M05_ID, body, cc=cc,
           extra=[("X-Mailer", APPLE)])
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Wissam Bou Assaf", "Assistant Professor of Applied Statistics",
           "Migration Data and Methods Lab (MiDaM Lab), Mediterranean University of Beirut (MUB)",
           ["roundtable"], 2)],
        report_attachments=[M05_FILE],
        notes="both, on time (1 February): a university lab's working paper submitted 'as the Lab's voluntary "
              "report', with a numbered list of nine co-authors (names, honorifics, titles, institutions) of whom "
              "only the third is proposed to speak ('Dr.' dropped); the other eight, all in Cc, are not speakers. "
              "His author line gives the short forms ('MiDaM Lab, MUB'): affiliation recorded in the fullest form "
              "written (first paragraph). 'Objective 1' and 'Objective 23' are GCM objectives, not roundtables; "
              "'RT2' in the subject. Apple Mail on the university's server. The copy of our acknowledgement to one "
              "co-author's old address bounces (h246-06)."))


# ================================================================ 06  EN  bounce  our acknowledgement of 05, copy to a co-author: user unknown
def m06():
    when = at("2021-02-01 12:21:19")
    text = POSTFIX_NOTICE + """
<bassel.ghandour@cmh-paris.example.fr>: host mx.cmh-paris.example.fr[203.0.113.140]
    said: 550 5.1.1 <bassel.ghandour@cmh-paris.example.fr>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTq9B6wJnz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; bassel.ghandour@cmh-paris.example.fr\n"
           "Original-Recipient: rfc822;bassel.ghandour@cmh-paris.example.fr\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.cmh-paris.example.fr\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <bassel.ghandour@cmh-paris.example.fr>:\n"
           "    Recipient address rejected: User unknown in virtual mailbox table\n"
           % rfcdate(when - dt.timedelta(seconds=6), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Nour Sinno <n.sinno@mub.example.edu.lb>\n"
            "Cc: =?utf-8?b?Sm/Dq2xsZSBBemFyLUtob3VyeQ==?= <j.azarkhoury@mub.example.edu.lb>,\n"
            " Wissam Bou Assaf <w.bouassaf@mub.example.edu.lb>,\n"
            " Samar Mneimneh <s.mneimneh@mub.example.edu.lb>,\n"
            " Bassel Ghandour <bassel.ghandour@cmh-paris.example.fr>,\n"
            " Hiba Moukaddem <h.moukaddem@mub.example.edu.lb>,\n"
            " Tarek Shaar <t.shaar@mub.example.edu.lb>,\n"
            " Mahmoud Btoush <m.btoush@mutah.example.edu.jo>,\n"
            " Rania El-Sawy <rania.elsawy.demog@gmail.example.com>\n"
            "Subject: =?utf-8?q?Acknowledgement_of_receipt_-_MiDaM_Lab_contribution_to_the_GCM_Regional?=\n"
            " =?utf-8?q?_Review_=E2=80=93_working_paper_+_speaker_=28RT2=29?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M05_QID), M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DTq9D2xLpz4.1612174879/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTq9D2xLpz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201102119.4DTq9D2xLpz4@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the copy of our acknowledgement of h246-05 sent to a Cc'd "
              "co-author's old research-centre address; the returned headers list the nine-person Cc and the "
              "subject about a working paper and a speaker, and name h246-05 in In-Reply-To. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 07  FR  both  Oujda observatory: PDF + XLSX annex + CSV series, speaker only in the signature
M07_FILES = ["Rapport_ORMO_examen_régional_PMM_2021.pdf", "ORMO_annexe_statistique_A1-A9.xlsx",
             "ORMO_series_brutes_flux_2015-2020.csv"]


def m07():
    when = at("2021-02-02 16:40:27")
    subj = "Contribution de l'ORMO à l'examen régional du PMM (rapport + annexes statistiques)"
    text = """Bonjour,

Veuillez trouver ci-joint la contribution volontaire de l'Observatoire régional des mobilités de l'Oriental (ORMO) à l'examen régional du Pacte mondial sur les migrations. Elle comprend :
- le rapport (PDF, 24 pages) ;
- l'annexe statistique, sous forme de classeur Excel (tableaux A1 à A9) ;
- les séries brutes au format CSV (flux mensuels enregistrés au port de Nador et à l'aéroport d'Oujda-Angads, 2015-2020), pour ceux qui voudraient retraiter les données.

Le rapport a été rédigé à plusieurs mains ; la liste des contributeurs figure en page 2. Les chiffres de 2020 sont provisoires.

Par ailleurs, si c'est encore possible, je souhaiterais présenter nos principaux résultats lors de la table ronde thématique n° 1 (24-25 février).

Bien cordialement,

-- 
Pr Abdelilah Bouchikhi
Coordinateur scientifique
Observatoire régional des mobilités de l'Oriental (ORMO)
Oujda – Maroc
Tél. : +212 6 00 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM 2021",
                  "Observatoire regional des mobilites de l'Oriental (ORMO)",
                  ["Sources et definitions", "Flux au port de Nador et a l'aeroport d'Oujda-Angads, 2015-2020",
                   "Migrants en transit dans l'Oriental", "Retours et reinstallation",
                   "Recommandations (objectifs 1, 3 et 21)"])
    xlsx = make_xlsx([("A1", [["Tableau A1 - Passagers sortants, port de Nador (milliers)"],
                              ["Annee", "Total", "dont MRE"], [2015, 612.4, 498.1], [2016, 634.0, 511.7],
                              [2017, 655.2, 529.3], [2018, 671.8, 540.0], [2019, 689.5, 552.6],
                              [2020, 141.3, 118.9]]),
                      ("A2", [["Tableau A2 - Passagers sortants, aeroport d'Oujda-Angads (milliers)"],
                              ["Annee", "Total"], [2015, 402.7], [2016, 421.3], [2017, 447.9], [2018, 463.0],
                              [2019, 488.2], [2020, 97.6]])])
    csv = csv_bytes([["mois", "point_de_passage", "sortants", "entrants"],
                     ["2015-01", "Nador-port", 31204, 29877], ["2015-01", "Oujda-aeroport", 28411, 27950],
                     ["2015-02", "Nador-port", 27963, 26104], ["2015-02", "Oujda-aeroport", 26380, 25772],
                     ["2020-12", "Nador-port", 0, 0], ["2020-12", "Oujda-aeroport", 4127, 5390]])
    body = multi("mixed", [tb_plain(text), attach("application/pdf", pdf, M07_FILES[0]),
                           attach(XLSX, xlsx, M07_FILES[1]), attach("text/csv", csv, M07_FILES[2])],
                 "------------7C1E4B9A2D5F3E8061B2A4C7")
    m = mk(when, sent_at(when, 1, 8), "smtp.ormo.example.ma", "203.0.113.77", "4DVJt12RcMz9",
           "Abdelilah Bouchikhi <a.bouchikhi@ormo.example.ma>", hdr(subj, enc="Q"),
           "<6c1f0a2e-4b7d-93e5-18a6-f02c9d4e7b31@ormo.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelilah Bouchikhi", "Coordinateur scientifique",
           "Observatoire régional des mobilités de l'Oriental (ORMO)", ["roundtable"], 1)],
        report_attachments=M07_FILES,
        notes="both, on time (2 February): the report is three files, a PDF (accented name, RFC 2231 + RFC 2047), an "
              "Excel annex and a CSV of raw series, all listed in the body as the contribution, so all three are "
              "report attachments. The speaker request is one sentence in the first person ('je souhaiterais "
              "présenter ... table ronde thématique n° 1'): the speaker is the sender, known only from his signature "
              "after '-- ' ('Pr' dropped). 'page 2', 'A1 à A9' and 2015-2020 are not roundtables. Thunderbird, 8bit "
              "format=flowed, Date in UTC+1."))


# ================================================================ 08  AR  speaker  Aden observatory: HTML-only table of three nominees
def m08():
    when = at("2021-02-03 11:05:12")
    subj = "ترشيحات مرصد بيانات الهجرة والنزوح للمشاركة في الاستعراض الإقليمي"
    rows = [("م", "الاسم", "الصفة", "الجهة", "المشاركة المطلوبة"),
            ("1", "د. وضاح عبده سيف المخلافي", "رئيس وحدة البيانات والتحليل الإحصائي",
             "مرصد بيانات الهجرة والنزوح (MDDO)", "مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة"),
            ("2", "م. أروى محمد ناجي الصبري", "أخصائية نظم المعلومات الجغرافية",
             "مرصد بيانات الهجرة والنزوح (MDDO)", "مداخلة في المائدة المستديرة المواضيعية (4)"),
            ("3", "أ. سامي فضل بن عيفان", "باحث ميداني أول",
             "مرصد بيانات الهجرة والنزوح (MDDO)", "المشاركة في النقاش المفتوح يوم 23 فبراير")]
    table = ('<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-family:Tahoma">'
             + "".join("<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
                       for i, r in enumerate(rows)) + "</table>")
    inner = ("<p>الإخوة الأعزاء في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،</p>"
             "<p>تحية طيبة وبعد،</p>"
             "<p>يسرّ مرصد بيانات الهجرة والنزوح في عدن أن يرشح ثلاثة من أعضاء فريقه للمشاركة في أعمال الاستعراض "
             "الإقليمي، وهم الفريق الذي يعمل على رصد وصول المهاجرين من القرن الأفريقي إلى سواحل شبوة ولحج، وعلى "
             "تقديرات أعداد النازحين داخلياً في المحافظات الجنوبية منذ عام 2015:</p>"
             + table +
             "<p>علماً بأن الفريق سجّل خلال عام 2020 وصول 37,535 مهاجراً مقابل 138,213 في عام 2019، وسيكون هذا "
             "التراجع ودلالاته محور مداخلاتهم.</p>"
             "<p>مع خالص التقدير،</p>"
             "<p>عبدالرحمن أحمد العولقي<br>مدير المرصد<br>مرصد بيانات الهجرة والنزوح – عدن<br>"
             "Migration and Displacement Data Observatory (MDDO)<br>خور مكسر، عدن – اليمن</p>")
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 3, 9), "mail.mddo-ye.example.org", "203.0.113.88", "4DWf5Q7jRtz1",
           addr("عبدالرحمن العولقي", "director@mddo-ye.example.org"), hdr(subj),
           "<b4e1c9a7f3d20e586a1b7c4d9e02f631@mddo-ye.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    aff = "مرصد بيانات الهجرة والنزوح (MDDO)"
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وضاح عبده سيف المخلافي", "رئيس وحدة البيانات والتحليل الإحصائي", aff, ["rapporteur"]),
        sp("أروى محمد ناجي الصبري", "أخصائية نظم المعلومات الجغرافية", aff, ["roundtable"], 4),
        sp("سامي فضل بن عيفان", "باحث ميداني أول", aff, ["open_discussion"])],
        notes="HTML-only mail (Roundcube, base64) whose three nominees are only in a table: honorifics in the name "
              "cells ('د.', 'م.', 'أ.', all dropped), while the first column header 'م' is the row number (مسلسل), "
              "not the engineer's 'م.'; one role each (rapporteur; roundtable '(4)' in brackets; open discussion "
              "'يوم 23 فبراير'). Figures in the body (2015, 37,535, 138,213, 2019, 2020) are not roundtables. The "
              "sender (director, signature with the English name and acronym) is not a speaker."))


# ================================================================ 09  FR  other  Moroccan statisticians' association: may the report be Excel tables?
def m09():
    when = at("2021-02-03 18:20:45")
    subj = "Questions sur le format des rapports volontaires (annexes Excel)"
    text = """Bonjour,

L'Association marocaine des statisticiens et démographes (AMSD) prépare une contribution à l'examen régional, à partir des données de l'enquête que nos membres ont menée en 2020 auprès de 1 200 ménages de la région de Béni Mellal-Khénifra.

Avant de vous l'envoyer, nous aurions trois questions :

1) La contribution peut-elle prendre la forme de tableaux statistiques (classeur Excel) accompagnés d'une note de 4 ou 5 pages, ou faut-il un rapport rédigé selon un modèle particulier ?
2) Y a-t-il une taille maximale pour les pièces jointes ? Le classeur fait environ 14 Mo.
3) Les rapports reçus seront-ils publiés ? Certains chiffres sont provisoires et nous préférerions qu'ils ne soient pas diffusés tels quels.

Merci d'avance pour vos réponses.

Bien cordialement,

Dr Hasnae Tahiri-Jouti
Secrétaire générale de l'AMSD
Maîtresse de conférences, Institut national de statistique et d'économie appliquée (INSEA), Rabat
"""
    body = alt(text, "Apple-Mail=_9F2C6B1D-7E3A-4C58-B0D4-1A6E8F3C5B92", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 4), "smtp.menara.example.ma", "203.0.113.101", "4DWt2H8kNcz6",
           "Hasnae Tahiri-Jouti <hasnae.tahiri@amsd.example.ma>", hdr(subj, enc="Q"),
           "<5A7E2C19-B3D4-4F8A-9C61-2E0D7B4F1A83@amsd.example.ma>", body, extra=[("X-Mailer", APPLE)])
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions before a submission (may the report be an Excel workbook with a short note, maximum "
              "attachment size, publication of provisional figures): full of 'contribution', 'rapport', 'tableaux', "
              "'pièces jointes', '1 200 ménages', but nothing is attached or submitted yet. The sender's 'Dr', "
              "titles and two institutions are her signature, not a speaker request. Apple Mail, Date in UTC+1."))


# ================================================================ 10  EN  speaker  Yemen's statistics office: two officials, plus a contact-person block
def m10():
    when = at("2021-02-04 14:30:19")
    subj = "CSO nomination of speakers - Regional Review of the GCM (Arab region)"
    text = """Dear Secretariat,

Greetings from the Central Statistical Organization (CSO).

With reference to the invitation letter to the Regional Review of the Global Compact for Migration in the Arab region, the CSO is pleased to nominate the following two officials:

Speaker 1
Name: Dr. Afrah Abdulkarim Nasher
Title: Head, Labour and Migration Statistics Division
Requested role: Rapporteur (delivery of the stakeholders' key messages)

Speaker 2
Name: Mr. Nabil Saleh Bamatraf
Title: Senior Statistician, Population and Census Department
Requested role: Floor intervention in the plenary session

Both colleagues worked on the migration module of our household surveys and on the estimates of Yemeni workers abroad used in the national accounts.

Contact person for this nomination:
Name: Ms. Reem Ahmed Al-Ariqi
Title: International Cooperation Officer
Email: r.alariqi@cso-yemen.example.org
Phone: +967 1 000 000

Kind regards,

Reem Ahmed Al-Ariqi
International Cooperation Officer
Central Statistical Organization (CSO)
Ministry of Planning and International Cooperation | Republic of Yemen

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender and delete it.
"""
    a = alt(text, "_000_VI1PR08MB3920A6D1C4E7B582_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 3, 8), "mail-vi1eur08on0611.outbound.protection.outlook.example.com",
           "198.51.100.161", "4DXJ7b4mPqz0", "Reem Ahmed Al-Ariqi <r.alariqi@cso-yemen.example.org>", subj,
           "<VI1PR08MB3920A6D1C4E7B582@VI1PR08MB3920.eurprd08.prod.outlook.example.com>", a,
           extra=outlook(subj, "AdcA7Hj2Kl5Mn8Pq1Rs4Tu7Vw0Xy3Za==", lang="en-US"))
    aff = "Central Statistical Organization (CSO)"
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Afrah Abdulkarim Nasher", "Head, Labour and Migration Statistics Division", aff, ["rapporteur"]),
        sp("Nabil Saleh Bamatraf", "Senior Statistician, Population and Census Department", aff, ["plenary"])],
        notes="national statistics office; two speakers in 'Speaker 1 / Speaker 2' labelled blocks ('Dr.', 'Mr.' "
              "dropped), titles with their division or department kept as written; a third labelled block in the "
              "same Name/Title format is the contact person for the nomination (also the sender), not a speaker. "
              "The organisation named in the opening and the signature; the ministry line in the signature is the "
              "parent body, not the affiliation. Outlook with a confidentiality disclaimer, Date in UTC+3."))


# ================================================================ 11  AR  speaker  Libyan data centre: nomination only in an attached DOCX form, sent from a phone
M11_FORM = "استمارة ترشيح متحدث - مركز ليبيا للبيانات.docx"


def m11():
    when = at("2021-02-04 20:10:03")
    subj = "استمارة ترشيح"
    text = """السلام عليكم
مرفق استمارة ترشيح زميلنا للمشاركة في الاستعراض الإقليمي.
معليش الرسالة قصيرة، نكتب من التلفون والنت عندنا يقطع. الاستمارة معبية كاملة، لو فيه نقص ياريت تردو علي.
تحياتي
خالد ونيس بوزيد
مركز ليبيا للبيانات والإحصاءات السكانية - بنغازي
"""
    form = make_docx(["استمارة ترشيح متحدث",
                      "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية 2021",
                      "الاسم الكامل: أ. عبد السلام مفتاح الفيتوري",
                      "الصفة الوظيفية: رئيس وحدة تحليل بيانات الهجرة",
                      "الجهة: مركز ليبيا للبيانات والإحصاءات السكانية (LDPC)",
                      "المدينة / البلد: بنغازي - ليبيا",
                      "الدور المطلوب (ضع علامة):",
                      "☐ المشاركة في النقاش المفتوح للمشاورة (23 فبراير)",
                      "☒ المقرر (عرض الرسائل الرئيسية لأصحاب المصلحة)",
                      "☐ مداخلة في الجلسة العامة",
                      "☐ مداخلة في المائدة المستديرة رقم: ......",
                      "البريد الإلكتروني: a.elfitouri@ldpc-ly.example.org",
                      "الهاتف: +218 91 000 0000"])
    a = alt(text, "000000000000c5e8a105ba8f2d71", html=android_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, form, M11_FORM)], "000000000000c5e8a305ba8f2d73")
    m = mk(when, sent_at(when, 2, 12), "mail-pj1-f67.google.example.com", "192.0.2.67", "4DXZc36RfLz7",
           addr("خالد بوزيد", "khaled.bouzaid.ldpc@gmail.example.com"), hdr(subj),
           "<CAH5pW8sN2qK7vT+e4Mz1Rb9cX6dL3fGj0y@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد السلام مفتاح الفيتوري", "رئيس وحدة تحليل بيانات الهجرة",
           "مركز ليبيا للبيانات والإحصاءات السكانية (LDPC)", ["rapporteur"])],
        notes="short mail from a phone in Libyan colloquial ('معليش', 'نكتب', 'معبية', 'تردو علي'); the nominee is "
              "only in the attached DOCX form (Arabic file name, RFC 2231 + RFC 2047): 'أ.' dropped, the role is the "
              "ticked box '☒ المقرر' among empty '☐' boxes, the roundtable line is left blank. The form is not a "
              "report. The sender (signature with the centre, without acronym) is not the speaker."))


# ================================================================ 12  FR  speaker  Algerian lab: director's instruction forwarded at 23:31 on the last evening
def m12():
    when = at("2021-02-05 23:31:26")
    subj = "TR: Proposition LaRDADS - discussion ouverte du 23 février"
    inner_subj = "Proposition LaRDADS - discussion ouverte du 23 février"
    text = """Bonsoir,

Je vous transmets ci-dessous, à la demande du Directeur du laboratoire, notre proposition de participation à la consultation multipartite du 23 février. Toutes nos excuses pour l'heure tardive.

Cordialement,

Souad Belkacemi
Secrétariat du LaRDADS
Université de Blida 2 – Lounici Ali

________________________________
De : Rachid Benmessaoud <r.benmessaoud@univ-blida2.example.dz>
Envoyé : vendredi 5 février 2021 21:58
À : Secrétariat LaRDADS <secretariat.lardads@univ-blida2.example.dz>
Objet : %s

Souad,

Merci d'envoyer ce soir au secrétariat de l'examen régional (gcmrrarabstates@iom.int) notre proposition, la date limite est aujourd'hui :

Dr Ryma Hamitouche, maître de conférences classe A et responsable de l'équipe « Données et mobilités » du LaRDADS, pour prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Elle présentera les résultats de l'enquête 2019-2020 auprès des étudiants subsahariens des universités de Blida et d'Alger (n = 812).

Merci,
R. Benmessaoud
Directeur du Laboratoire de recherche en démographie appliquée et données sociales (LaRDADS)
""" % inner_subj
    a = alt(text, "_000_PAXP193MB2041F7B3D9E2A614_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 10), "mail-pax0193on0604.outbound.protection.outlook.example.com",
           "198.51.100.164", "4DXy1Kc9VwZ3", addr("Secrétariat LaRDADS", "secretariat.lardads@univ-blida2.example.dz", enc="Q"),
           hdr(subj, enc="Q"), "<PAXP193MB2041F7B3D9E2A614@PAXP193MB2041.EURP193.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdcMh5Nb8Vc1Xz4Lk7Jh0Gf3Ds6Ap9Qw==", lang="fr-FR"))
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ryma Hamitouche",
           "maître de conférences classe A et responsable de l'équipe « Données et mobilités »",
           "Laboratoire de recherche en démographie appliquée et données sociales (LaRDADS)", ["open_discussion"])],
        notes="on time by 28 minutes (23:31 Beirut on Friday 5 February; the Date header says 22:31 +0100): the lab's "
              "secretariat forwards ('TR:', Outlook 'De : / Envoyé : / À : / Objet :' block) the director's "
              "instruction, and the speaker is only in the forwarded part ('Dr' dropped; double title kept, without "
              "the trailing 'du LaRDADS'; the lab's full name with its acronym is in the director's signature). The "
              "role is the open discussion of the multi-stakeholder consultation ('discussion ouverte ... 23 "
              "février'); 'n = 812' and 2019-2020 are figures. Neither the secretary nor the director is a speaker."))


# ================================================================ 13  FR  other  Djibouti research assistant: can we show charts in the roundtables?
def m13():
    when = at("2021-02-06 10:15:37")
    subj = "Présentation de graphiques pendant les tables rondes ?"
    text = """Bonjour,

Je me permets de vous écrire au sujet des modalités pratiques des tables rondes thématiques des 24 et 25 février.

Notre centre envisage de demander la parole (notre directeur vous écrira à ce sujet), et nous aimerions savoir :
- s'il sera possible de partager l'écran pour montrer 2 ou 3 graphiques (évolution des arrivées par la route de l'Est, 2016-2020) ;
- si les diapositives doivent être envoyées à l'avance, et à quelle adresse ;
- à quelle heure commencent les sessions (heure de Beyrouth ?), nous sommes à UTC+3.

Merci beaucoup et bonne journée,

Idriss Houssein Guedi
Assistant de recherche – Centre d'études et de recherche statistique de Djibouti (CERSD)

Envoyé de Yahoo Mail pour Android
"""
    body = alt(text, "----=_Part_1172934_508817263.1612599333512", html=yahoo_html(text))
    m = mk(when, sent_at(when, 3, 5), "sonic315-22.consmr.mail.gq1.yahoo.example.com", "198.51.100.215",
           "4DYHb60TqSz4", "Idriss Houssein Guedi <idriss.guedi@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1612599333512.1172935@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (screen sharing, slides in advance, time zone) from a research assistant whose "
              "centre 'envisage de demander la parole' and announces that the director will write: no speaker is "
              "proposed here, so not a speaker request (and no deadline applies). '2 ou 3 graphiques', 2016-2020 and "
              "UTC+3 are not roundtables. Yahoo Mail for Android."))


# ================================================================ 14  EN  speaker  Egyptian ministry's Senior Statistician, late, from his iPhone
def m14():
    when = at("2021-02-08 08:50:14")
    subj = "Late request - floor intervention (roundtable 4)"
    text = """Dear GCM Regional Review team,

Apologies for writing after the deadline. Our internal clearance only came through yesterday evening.

I would like to request a floor intervention in thematic roundtable 4. My details:
Eng. Mostafa Ragab Abdel-Latif
Senior Statistician, Labour Migration Statistics Unit
Egyptian Ministry of Manpower

I would speak on the new electronic registration of Egyptian workers contracted abroad and what it can (and cannot) tell us about outflows: 71,400 contracts registered in 2019, 38,900 in 2020.

Thank you for your understanding.
Mostafa

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 9), "mr85p00im-hyfv06011401.me.example.com", "198.51.100.185", "4DZQ2p5XkTz8",
           "Mostafa Ragab <mostafa.ragab.stat@icloud.example.com>", subj,
           "<E3B71F4C-8A29-4D6E-B5C0-2F9A1D7E6C48@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Mostafa Ragab Abdel-Latif", "Senior Statistician, Labour Migration Statistics Unit",
           "Egyptian Ministry of Manpower", ["roundtable"], 4)],
        notes="late (Monday 8 February, three days after the speaker deadline) and says so; a self-nomination typed on "
              "an iPhone from a personal address: name, title with unit and ministry on three unlabelled lines after "
              "'My details:', 'Eng.' dropped; the From name is shorter than the full name. Figures (71,400, 38,900) "
              "are not roundtables."))


# ================================================================ 15  AR  report  Iraqi university lab: DOCX report + XLSX annex, methodology note announced
M15_ID = "<DB8PR09MB3462B9C5E1A7F024@DB8PR09MB3462.eurprd09.prod.outlook.example.com>"
M15_SUBJ = "التقرير الطوعي لمختبر بيانات السكان والتنمية – جامعة القادسية"
M15_FILES = ["التقرير الطوعي - مختبر بيانات السكان والتنمية - جامعة القادسية.docx", "QU-PDDL_Annex_Tables_1-14.xlsx"]
M15_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمون
م/ التقرير الطوعي

تحية طيبة...

يسرنا أن نرفق لكم التقرير الطوعي لمختبر بيانات السكان والتنمية في كلية الإدارة والاقتصاد بجامعة القادسية، ضمن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتكون من:
1. التقرير (ملف Word)، ويتناول هجرة الشباب من محافظات الفرات الأوسط والعودة من تركيا وأوروبا.
2. الملحق الإحصائي (ملف Excel)، ويضم 14 جدولاً من نتائج المسح الأسري الذي نفذه المختبر في محافظات الديوانية وبابل والنجف عام 2020 (حجم العينة 2,460 أسرة).

أما المذكرة المنهجية (مصادر البيانات وتصميم العينة وطريقة الترجيح) فهي قيد المراجعة وسنرسلها في رسالة لاحقة خلال الأيام القادمة.

مع التقدير

أ.م.د. حيدر عبد الزهرة الشمري
مدير مختبر بيانات السكان والتنمية
كلية الإدارة والاقتصاد – جامعة القادسية
الديوانية – العراق
"""


def m15():
    when = at("2021-02-09 13:00:42")
    docx = make_docx(["التقرير الطوعي - مختبر بيانات السكان والتنمية - جامعة القادسية",
                      "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية 2021",
                      "1. المقدمة", "2. هجرة الشباب من محافظات الفرات الأوسط", "3. العائدون من تركيا وأوروبا",
                      "4. النتائج الرئيسية للمسح الأسري 2020", "5. التوصيات"])
    xlsx = make_xlsx([("T1", [["Table 1 - Households with at least one emigrant, by governorate (%)"],
                              ["Governorate", "2020"], ["Diwaniyah", 6.8], ["Babil", 5.9], ["Najaf", 7.4]]),
                      ("T2", [["Table 2 - Emigrants by destination (%)"], ["Destination", "Share"],
                              ["Turkey", 38.2], ["Europe", 29.5], ["Gulf", 17.1], ["Other", 15.2]])])
    html = outlook_html(M15_TEXT, lang="AR-IQ", rtl=True)
    a = alt(M15_TEXT, "_000_DB8PR09MB3462B9C5E1A7F024_", html=html, b64=True)
    body = multi("mixed", [a, attach(DOCX, docx, M15_FILES[0]), attach(XLSX, xlsx, M15_FILES[1])],
                 "_004_DB8PR09MB3462B9C5E1A7F024_")
    m = mk(when, sent_at(when, 3, 11), "mail-db8eur09on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4DZz6R1cHmz5", addr("حيدر الشمري", "haider.alshammari@qu.example.edu.iq"),
           hdr(M15_SUBJ), M15_ID, body,
           extra=outlook(hdr(M15_SUBJ), "AdcO1Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk==", lang="ar-SA", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M15_FILES,
        notes="university lab's report in two files, an Arabic-named DOCX (spaces and dashes, RFC 2231 + RFC 2047) and "
              "an XLSX statistical annex, both listed as making up the report; the methodology note is announced "
              "for a later mail (it arrives in h246-16). Iraqi letter style ('م/ التقرير الطوعي' is the subject "
              "line, not a person); the signer's 'أ.م.د.' (assistant professor, doctor) and title are his signature, "
              "no speaker is proposed; '14 جدولاً' and '2,460' are figures. Outlook, base64, Date in UTC+3."))


# ================================================================ 16  AR  report  the same lab sends the methodology note separately (reply to its own mail)
M16_FILE = "المذكرة المنهجية - المسح الأسري 2020.pdf"


def m16():
    when = at("2021-02-10 10:30:05")
    text = """السادة المحترمون،

إلحاقاً برسالتنا المؤرخة في 9 شباط 2021، نرفق لكم المذكرة المنهجية الخاصة بتقريرنا الطوعي، وهي جزء مكمل للتقرير ولملحقه الإحصائي، وتتضمن وصف مصادر البيانات وتصميم العينة وأوزان الترجيح وحدود التقديرات.

نرجو إضافتها إلى ملف مساهمتنا، ونعتذر عن إرسالها منفصلة.

مع التقدير
أ.م.د. حيدر عبد الزهرة الشمري
مدير مختبر بيانات السكان والتنمية
جامعة القادسية

________________________________
من: حيدر الشمري <haider.alshammari@qu.example.edu.iq>
تم الإرسال: الثلاثاء، 9 شباط، 2021 02:00 م
إلى: gcmrrarabstates@iom.int
الموضوع: %s

%s""" % (M15_SUBJ, M15_TEXT)
    pdf = make_pdf(["Methodological note - QU-PDDL household survey 2020",
                    "Population and Development Data Lab, University of Al-Qadisiyah",
                    "Annex to the voluntary GCM review report, Arab region 2021", "",
                    "1. Data sources", "2. Sample design: 2,460 households, 3 governorates",
                    "3. Weighting", "4. Limits of the estimates"])
    html = outlook_html(text, lang="AR-IQ", rtl=True)
    a = alt(text, "_000_DB8PR09MB34627A2E0C4D1B93_", html=html, b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_004_DB8PR09MB34627A2E0C4D1B93_")
    m = mk(when, sent_at(when, 3, 10), "mail-db8eur09on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4DbR8Tn2WqZ0", addr("حيدر الشمري", "haider.alshammari@qu.example.edu.iq"),
           re_hdr("RE: ", M15_SUBJ), "<DB8PR09MB34627A2E0C4D1B93@DB8PR09MB3462.eurprd09.prod.outlook.example.com>",
           body, extra=[("In-Reply-To", M15_ID), ("References", M15_ID)]
           + outlook(hdr(M15_SUBJ), "AdcO1Qw4Er7Ty0Ui3Op6As9Df2Gh5JkAAHn2BcA", lang="ar-SA", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE], thread_of=H % 15,
        notes="the methodology note announced in h246-15, sent the next day as an Outlook 'RE:' to the sender's own "
              "message (In-Reply-To) and declared 'جزء مكمل للتقرير': part of the same report, so a voluntary report "
              "in the thread of h246-15 with only the PDF listed (Arabic file name); the quoted original (Arabic "
              "Outlook header block 'من: / تم الإرسال: / إلى: / الموضوع:') names two files that are not attached "
              "here. The apology ('نعتذر عن إرسالها منفصلة') is not lateness: 10 February is on time."))


# ================================================================ 17  EN  other  data journalist asks for counts of submissions
def m17():
    when = at("2021-02-11 15:00:58")
    subj = "Data request: number of voluntary reports and speakers by country"
    text = """Hi there,

I'm a data journalist with Marsad Data Desk, a small team in Beirut that produces data-driven stories on migration in the Arab region (in Arabic and English).

We're preparing a piece on the GCM regional review and would be grateful if the secretariat could share, once the deadlines have passed:
- the number of voluntary GCM review reports received, by country and by type of stakeholder;
- the number of speaking-role requests received (open discussion, rapporteur, plenary, each of the 4 roundtables) and how many were granted;
- if possible, the list of organisations that submitted (a CSV or Excel file would be perfect).

We don't need any personal data. Is this something you can share, or should I contact the Regional UN Network on Migration directly? And will the voluntary reports be published online?

Thanks a lot,
Yasmin

Yasmin Sabbagh
Data Journalist | Marsad Data Desk
Beirut, Lebanon
"""
    body = alt(text, "0000000000007f3a9c05bb10e4d2", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f49.google.example.com", "192.0.2.149", "4Dc5Yw3LtRz9",
           "Yasmin Sabbagh <yasmin.sabbagh.data@gmail.example.com>", subj,
           "<CAP3nQ7vL1xT9mK+w4Rz6Hb2cY8dJ5sFe0k@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a data journalist asks for aggregate counts of reports and speaking requests and for the list of "
              "submitting organisations: every keyword of a submission is there ('voluntary GCM review reports', "
              "'speaking-role requests', 'open discussion, rapporteur, plenary, each of the 4 roundtables', 'CSV or "
              "Excel'), but nothing is submitted and nobody is proposed. Her title and desk are her signature. Gmail."))


# ================================================================ 18  FR  report  Mauritanian observatory: report pasted in the body with tables (Zimbra), Cc colleague
M18_ID = "<1450872316.38214.1613144715903.JavaMail.zimbra@omemt.example.mr>"
M18_SUBJ = "Rapport volontaire OMEMT – examen régional du Pacte mondial (texte dans le corps du message)"
M18_QID = "4DcnL50fBxz2"


def m18():
    when = at("2021-02-12 17:45:20")
    text = """Madame, Monsieur,

Notre serveur refusant depuis la semaine dernière les pièces jointes de plus de 2 Mo, nous vous adressons ci-dessous, dans le corps du message, le rapport volontaire de l'Observatoire mauritanien de l'emploi et des migrations de travail (OMEMT) pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières. La version mise en page suivra dès que possible.

RAPPORT VOLONTAIRE DE L'OMEMT – EXAMEN RÉGIONAL DU PMM 2021

1. Présentation
L'OMEMT, créé en 2016, suit l'emploi des travailleurs étrangers à Nouakchott, Nouadhibou et Zouérate, ainsi que les départs de travailleurs mauritaniens vers l'étranger, à partir d'un recensement annuel des établissements et des données administratives.

2. Principales données

Tableau 1 – Travailleurs étrangers recensés par l'OMEMT (effectifs)
Ville           2018      2019      2020
Nouakchott     41 250    44 900    39 780
Nouadhibou     17 430    18 120    15 060
Zouérate        3 210     3 540     3 390
Total          61 890    66 560    58 230

Tableau 2 – Répartition par secteur, 2020 (%)
Pêche artisanale 34 ; BTP 27 ; commerce 18 ; services domestiques 11 ; mines 6 ; autres 4

3. Constats
- La baisse de 2020 s'explique surtout par la fermeture des frontières de mars à septembre.
- Moins de 15 % des travailleurs enquêtés disposent d'un contrat écrit.
- Les cartes de séjour délivrées et les effectifs recensés divergent fortement (rapport de 1 à 3).

4. Recommandations (objectifs 1, 6 et 18 du Pacte)
- Harmoniser les définitions entre les sources administratives et les enquêtes.
- Publier chaque année un tableau de bord de l'emploi étranger par wilaya.
- Associer l'OMEMT aux travaux du comité national de suivi du Pacte.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pr Mohamed Lemine Ould Bowba
Directeur
Observatoire mauritanien de l'emploi et des migrations de travail (OMEMT)
Nouakchott – Mauritanie
"""
    body = alt(text, "=_b2e7c04f9a1d36e85c7f2a0b4d9e1c63", html=None)
    m = mk(when, sent_at(when, 0, 6), "zimbra.omemt.example.mr", "203.0.113.118", M18_QID,
           "Mohamed Lemine Ould Bowba <direction@omemt.example.mr>", hdr(M18_SUBJ, enc="Q"), M18_ID, body,
           cc="Khadijetou Mint Beyrouk <k.beyrouk@omemt.example.mr>",
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Aq9ZcT3vB1kL7mNw4RyX2s5D8fHj0Q==")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is pasted in the body (title, numbered sections, a space-aligned table of figures and a "
              "second table on one line, recommendations) because the server rejects large attachments; nothing is "
              "attached ('La version mise en page suivra'), so report_attachments is empty. The tables' years and "
              "'objectifs 1, 6 et 18' are not roundtables; the signer ('Pr', director) proposes no speaker. Zimbra "
              "webmail, Date in UTC+0; the colleague in Cc answers our acknowledgement with a vacation reply "
              "(h246-19)."))


# ================================================================ 19  FR  auto_reply  the Cc'd colleague's Zimbra vacation reply to our acknowledgement of 18
def m19():
    when = at("2021-02-12 17:46:11")
    text = """Bonjour,

Je suis en congé annuel du 12 au 21 février 2021 inclus, sans accès à ma messagerie.
Pour toute question relative à la base de données de l'OMEMT, merci de contacter le Pr Mohamed Lemine Ould Bowba (direction@omemt.example.mr).

Cordialement,
Khadijetou Mint Beyrouk
Responsable de la base de données – OMEMT
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "zimbra.omemt.example.mr", "203.0.113.118", "4DcnM26gCyz5",
                    "Khadijetou Mint Beyrouk <k.beyrouk@omemt.example.mr>",
                    hdr("En congé jusqu'au 21 février", enc="Q"), rfcdate(sent_at(when, 0, 3)),
                    "<2087341965.38231.1613144771452.JavaMail.zimbra@omemt.example.mr>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
                    ret="k.beyrouk@omemt.example.mr")
    rows += [("In-Reply-To", ack_mid(M18_QID)), ("References", M18_ID + " " + ack_mid(M18_QID)),
             ("X-Mailer", "Zimbra 8.8.15_GA_3953 (zclient/8.8.15_GA_3953)")]
    add(19, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation message (Auto-Submitted: auto-replied, Precedence: bulk) of the colleague Cc'd in "
              "h246-18, answering our acknowledgement within a minute; its own subject, not 'Re:'; it names the "
              "observatory, the database and the director like a person would. Never acknowledge; thread_of null as "
              "for dev auto-replies."))


# ================================================================ 20  AR  other  Moroccan researcher in Darija: can the report come after 16 February?
def m20():
    when = at("2021-02-14 12:20:33")
    subj = "سؤال على الأجل ديال التقرير"
    text = """السلام عليكم،

سمحو ليا على الإزعاج. أنا يوسف أمغار، باحث فجمعية درعة للبحث الميداني والإحصاء فورزازات.
كنا كنوجدو تقرير طوعي على الهجرة ديال الشباب من درعة تافيلالت، ولكن النتائج ديال المسح الميداني (420 استمارة) باقي ما كملاتش، خاصنا شي أسبوع آخر.

واش ممكن نصيفطو التقرير من بعد 16 فبراير؟ ولا كاين شي تمديد آخر؟ وإلا ما كانش ممكن، واش نقدرو نصيفطو غير الجداول الإحصائية دابا والتقرير الكامل من بعد؟

شكرا بزاف، الله يجازيكم بخير
يوسف

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = alt(text, "--_com.samsung.android.email_1461853209117250", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 7), "mail-wr1-f44.google.example.com", "192.0.2.144", "4DdKp74sNhz1",
           addr("Youssef Amghar", "youssef.amghar.draa@gmail.example.com"), hdr(subj),
           "<w2d7k5n9t0r3-q8m1v6x4p2z7b9c0e3f5@email.android.example.com>", body)
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question in Moroccan Darija ('سمحو ليا', 'كنوجدو', 'نصيفطو', 'واش') asking for more time to send a report "
              "and whether the tables may come first: a question about a future submission, nothing attached, no "
              "deadline applies. Latin-script From name, French phone footer (Samsung Email), the association named "
              "with its town ('فورزازات'); '420 استمارة' is a count of questionnaires, not a form attached."))


# ================================================================ 21  EN  report  Egyptian observatory: PDF + XLSX + CSV annexes, inline logo
M21_ID = "<AS8PR07MB7301D4E9B2C6A158@AS8PR07MB7301.eurprd07.prod.outlook.example.com>"
M21_SUBJ = "EOMD - Voluntary GCM Review Report 2021 with statistical annexes"
M21_QID = "4DdxT31hVmz6"
M21_FILES = ["EOMD_Voluntary_GCM_Review_2021.pdf", "EOMD_Statistical_Annex_Tables_1-12.xlsx",
             "eomd_returns_by_governorate_2016_2020.csv"]


def m21():
    when = at("2021-02-15 11:10:09")
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Egyptian Observatory for Migration Data (EOMD), together with its two statistical annexes:

1. EOMD_Voluntary_GCM_Review_2021.pdf - the report (32 pages)
2. EOMD_Statistical_Annex_Tables_1-12.xlsx - Annex A, tables 1 to 12 cited in the report
3. eomd_returns_by_governorate_2016_2020.csv - Annex B, the underlying series of returnees by governorate (machine-readable)

The annexes are an integral part of the report; all figures in the PDF are drawn from them. Our online dashboard (https://data.eomd.example.org/returns) shows the same series, but please consider the three files above as our submission.

Key figures:
Returnees registered 2016-2020: 212,460
of whom from Libya: 61%; from the Gulf: 27%
Share of women among returnees: 9.4%

We are not requesting a speaking role, but Dr. Heba Soliman Fayed, our Director of Research, who led the report, remains available should the secretariat need any clarification.

Best regards,

Omar Khalil Ezzat
Research Officer
Egyptian Observatory for Migration Data (EOMD)
Dokki, Giza, Egypt
T: +20 2 0000 0000
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Egyptian Observatory for Migration Data (EOMD)",
                  ["Data sources and definitions", "Returnees 2016-2020 by origin and governorate",
                   "Women returnees", "GCM Objectives 1 and 21", "Recommendations"])
    xlsx = make_xlsx([("Table 1", [["Table 1 - Returnees registered by year"], ["Year", "Returnees"],
                                   [2016, 39120], [2017, 43870], [2018, 47215], [2019, 45608], [2020, 36647]]),
                      ("Table 2", [["Table 2 - Returnees by country of return, 2016-2020 (%)"],
                                   ["Country", "Share"], ["Libya", 61], ["Gulf States", 27], ["Other", 12]])])
    csv = csv_bytes([["governorate", "year", "returnees", "women"],
                     ["Assiut", 2016, 4102, 312], ["Assiut", 2020, 3877, 401], ["Sohag", 2016, 3655, 287],
                     ["Sohag", 2020, 3410, 355], ["Minya", 2016, 3981, 301], ["Minya", 2020, 3526, 372]])
    cid = "image001.png@01D70386.2B4F9E60"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (0, 84, 147))], "_004_AS8PR07MB7301D4E9B2C6A158_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR07MB7301D4E9B2C6A158_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILES[0]), attach(XLSX, xlsx, M21_FILES[1]),
                           attach("text/csv", csv, M21_FILES[2])], "_005_AS8PR07MB7301D4E9B2C6A158_")
    m = mk(when, sent_at(when, 2, 8), "mail-as8eur07on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", M21_QID, "Omar Khalil Ezzat <o.ezzat@eomd.example.org>", M21_SUBJ, M21_ID, body,
           extra=outlook(M21_SUBJ, "AdcDa8Sf1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er==", lang="en-US", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M21_FILES,
        notes="an observatory's report made of a PDF and two data annexes (XLSX tables and a lower-case CSV series), "
              "declared 'an integral part of the report': all three listed, not the inline signature logo "
              "(image001.png in multipart/related); the dashboard link is not the submission. 'We are not "
              "requesting a speaking role' although a 'Dr.' and her title are named as available for questions: no "
              "speaker. Key figures in the body. Outlook, Date in UTC+2; thanked in h246-23."))


# ================================================================ 22  FR  report  Tunisian network: sent 23:14 in Tunis, received 00:14 in Beirut (late)
M22_FILES = ["REMAQ_rapport_volontaire_PMM_2021_final.pdf", "REMAQ_annexe_données_2017-2020.xlsx"]


def m22():
    when = at("2021-02-17 00:14:30")
    subj = "Rapport volontaire REMAQ - examen régional PMM"
    text = """Bonsoir,

Juste à temps (j'espère !), veuillez trouver ci-joint le rapport volontaire du Réseau maghrébin de recherche quantitative sur les migrations (REMAQ) ainsi que son annexe de données (fichier Excel, 6 onglets), qui en fait partie.

Le rapport porte sur la mesure des départs irréguliers depuis les côtes tunisiennes entre 2017 et 2020 à partir de trois sources : les interceptions annoncées par la Garde nationale, les arrivées enregistrées en Italie et l'enquête ménages du réseau dans les gouvernorats de Sfax, Mahdia et Médenine.

Désolé pour l'envoi aussi tardif, nous avons finalisé les tableaux ce soir.

Bien à vous,
Wassim Jelassi
Chargé de recherche, REMAQ
Tunis
"""
    pdf = rep_pdf("Rapport volontaire - REMAQ", "Reseau maghrebin de recherche quantitative sur les migrations (REMAQ)",
                  ["Trois sources pour mesurer les departs irreguliers", "Interceptions et arrivees, 2017-2020",
                   "Enquete menages Sfax, Mahdia, Medenine", "Recommandations (objectif 1 du Pacte)"])
    xlsx = make_xlsx([("Arrivees_Italie", [["Annee", "Arrivees de ressortissants tunisiens"], [2017, 6151],
                                           [2018, 5181], [2019, 2654], [2020, 12883]]),
                      ("Interceptions", [["Annee", "Personnes interceptees"], [2017, 3178], [2018, 4376],
                                         [2019, 3834], [2020, 13466]])])
    a = alt(text, "000000000000e1f47b05bb7d3a92", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILES[0]), attach(XLSX, xlsx, M22_FILES[1])],
                 "000000000000e1f47d05bb7d3a94")
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f47.google.example.com", "192.0.2.47", "4DgQ1n8RzKz3",
           "Wassim Jelassi <wassim.jelassi.remaq@gmail.example.com>", subj,
           "<CAM8tX3qR6nV1wB+p9Kz4Lc7yH2dF5sNe8m@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=M22_FILES,
        notes="late by 14 minutes: the sender's Date header says Tue 16 Feb 23:14 +0100 (Tunis) and he writes 'Juste "
              "à temps (j'espère !)', but the mailbox received it at 00:14 on 17 February Beirut time, after the "
              "report deadline. Report PDF plus an Excel data annex 'qui en fait partie' (accented name, RFC 2231 + "
              "RFC 2047), both listed. Gmail."))


# ================================================================ 23  EN  other  the Egyptian observatory thanks us for the acknowledgement of 21
def m23():
    when = at("2021-02-17 09:30:44")
    ack = ack_mid(M21_QID)
    quoted = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 15, 2021 11:10 AM
To: Omar Khalil Ezzat <o.ezzat@eomd.example.org>
Subject: Acknowledgement of receipt - %s

Dear Omar Khalil Ezzat,

Thank you for your message "%s". The secretariat confirms receipt of your voluntary GCM review report (3 attachments).

GCM Regional Review - Arab States
""" % (M21_SUBJ, M21_SUBJ)
    text = """Dear colleagues,

Sorry for the late reply - many thanks for the confirmation, well noted.

Best regards,
Omar

Omar Khalil Ezzat
Research Officer
Egyptian Observatory for Migration Data (EOMD)

""" + quoted
    a = alt(text, "_000_AS8PR07MB73019C2F5E1B8D47_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 6), "mail-as8eur07on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", "4DgjH52WpTz0", "Omar Khalil Ezzat <o.ezzat@eomd.example.org>",
           "RE: Acknowledgement of receipt - " + M21_SUBJ,
           "<AS8PR07MB73019C2F5E1B8D47@AS8PR07MB7301.eurprd07.prod.outlook.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M21_ID + " " + ack)]
           + outlook("Acknowledgement of receipt - " + M21_SUBJ, "AdcDa8Sf1Gh4Jk7Lz0Xc3Vb6Nm9Qw2ErAAT5kQAA"))
    add(23, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 21,
        notes="thank-you answering our acknowledgement of h246-21 (References name h246-21), two days later and on "
              "17 February, after the report deadline: it adds nothing and is not a late submission, so no "
              "acknowledgement and no deadline. Outlook 'RE:' with the acknowledgement quoted below an Outlook "
              "'From: / Sent: / To: / Subject:' block (mentions '3 attachments' though none is attached here)."))


# ================================================================ 24  AR  both  Tripoli (Lebanon) centre: late report + speaker, windows-1256
M24_FILE = "NCSRD_تقرير_طوعي_نوايا_الهجرة_2021.pdf"


def m24():
    when = at("2021-02-18 11:00:18")
    subj = "تقرير طوعي وترشيح متحدثة – مركز الشمال للبحوث والبيانات الاجتماعية"
    text = """حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

نعتذر أولاً عن التأخر في إرسال مساهمتنا، فقد حالت انقطاعات الكهرباء والإنترنت المتكررة في طرابلس خلال الأسبوعين الماضيين دون إنجاز التقرير في الموعد المحدد.

نرفق لكم التقرير الطوعي لمركز الشمال للبحوث والبيانات الاجتماعية (NCSRD)، وهو يستند إلى مسح شمل 1,150 أسرة في طرابلس وعكار والمنية بين تشرين الأول وكانون الأول 2020 حول نوايا الهجرة لدى الشباب وأثر الأزمة الاقتصادية عليها.

كما نرشح الدكتورة لمى فواز الضناوي، رئيسة وحدة المسوح الميدانية في المركز، للمداخلة في المائدة المستديرة المواضيعية الأولى، إن أمكن ذلك رغم انقضاء المهلة.

وتفضلوا بقبول فائق الاحترام،

خالد سمير كبارة
المدير التنفيذي
مركز الشمال للبحوث والبيانات الاجتماعية
طرابلس – لبنان
"""
    pdf = rep_pdf("Voluntary GCM review report - NCSRD", "North Centre for Social Research and Data (NCSRD), Tripoli",
                  ["Survey of 1,150 households, Oct-Dec 2020", "Migration intentions of young people",
                   "The economic crisis and the wish to leave", "Recommendations"])
    cs = "windows-1256"
    html = outlook_html(text, lang="AR-LB", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    a = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                              leaf("text/html", html, cs, "quoted-printable")], "_000_VI1PR02MB5548E0B3A7C9D261_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_004_VI1PR02MB5548E0B3A7C9D261_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur02on0613.outbound.protection.outlook.example.com",
           "198.51.100.113", "4DhC9w27LsZ8", addr("خالد كبارة", "k.kabbara@ncsrd-lb.example.org", charset=cs),
           hdr(subj, charset=cs), "<VI1PR02MB5548E0B3A7C9D261@VI1PR02MB5548.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, charset=cs), "AdcF3Rt6Yu9Io2Pa5Sd8Fg1Hj4Kl7Zx==", lang="ar-LB", has_attach="yes"))
    add(24, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("لمى فواز الضناوي", "رئيسة وحدة المسوح الميدانية", "مركز الشمال للبحوث والبيانات الاجتماعية (NCSRD)",
           ["roundtable"], 1)],
        report_attachments=[M24_FILE],
        notes="late 'both' (18 February: both parts after their deadlines) with an apology and 'إن أمكن ذلك رغم "
              "انقضاء المهلة'; speaker in prose after 'الدكتورة' (dropped), title without the trailing 'في المركز', "
              "affiliation with the Latin acronym as written in the report paragraph; roundtable as an ordinal word "
              "('الأولى'). PDF name mixing Latin and Arabic with underscores (RFC 2231 + RFC 2047). Outlook in "
              "windows-1256 (body and headers); '1,150 أسرة' and the months are figures. The sender is not the "
              "speaker."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
