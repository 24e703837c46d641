#!/usr/bin/env python3
"""Write the blind evaluation set holdout282 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets282.py
Theme: health and social protection (25 January - 17 February 2021).  A community-medicine unit of an Amman
university hospital asking whether its published TB/insurance study counts as a voluntary report (the article is
attached 'so you can see what it is', and later submitted formally with a cover note in a reply), a Beirut
mental-health association proposing its consultant psychiatrist in Lebanese Arabic (his hospital's bilingual
Exchange out-of-office answers our acknowledgement, and the association later withdraws him because of extra
shifts), a Moroccan nurses' association with two speakers on labelled lines, a Gulf migrant-health network's report
with a statistical annex and a table of figures in the body, a medical resident in Oujda asking whether her thesis
can be a report, an Aden health foundation's report and statistical annex with Arabic file names, an emergency
consultant in Riyadh who can only connect between night shifts, a Tunisian mental-health association's report and
'Professeur agrégé' (his Zimbra vacation reply follows), a Jordanian association's report and rapporteur (then a
thank-you), a Doha mental-health charity proposing a Consultant Psychiatrist and a community worker, a doctor
writing at 23:48 on the speaker deadline after his shift, an Iraqi medical social work association 7 minutes
late, a nursing school that only wants its students to attend, a Lebanese health mutual whose signed cover letter is
not part of the report (a mistyped Cc bounces; a corrected annex follows), returned Egyptian nurses pasting their
report with a table in the body and asking late for a speaker, a Bahrain social-protection observatory sending at
00:54 local time (23:54 in Beirut) with an Excel annex, and an association of the far south of Algeria a day late.
Clinical and academic titles (Consultant Psychiatrist, Professeur agrégé, استشاري, MBBS, MRCEM, RN), post-nominals,
hospital disclaimers, statistics tables and annexes.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(282)
add = SET.add
H = "h282-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3928 (zclient/8.8.15_GA_3928)"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def text2divs(text, attr=""):
    return "".join("<div%s>%s</div>" % (attr, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))


def make_xlsx(sheet_rows):
    """A tiny valid XLSX workbook (one sheet, inline strings and numbers), fixed timestamps."""
    def cell(ref, v):
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    rows = []
    for i, r in enumerate(sheet_rows, 1):
        rows.append('<row r="%d">%s</row>' % (i, "".join(cell("%s%d" % (chr(65 + j), i), v) for j, v in enumerate(r))))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Tables" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(rows) + '</sheetData></worksheet>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 16, 22, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  EN  other  hospital research unit: does our published study count?
M01_ID = "<AM0PR10MB3187D2A94C6E1B05F7@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Query: can a published health study count as a voluntary GCM review report?"
M01_FILE = "Haddadin_et_al_2020_TB_screening_insurance_MDWs_LJPH.pdf"
M01_SIG = """Dr. Rania Haddadin, MD, MPH
Assistant Professor of Community Medicine
Department of Family and Community Medicine
Jabal Amman University Hospital
Amman 11942, Jordan
Tel: +962 6 500 0000 ext. 2417
"""
M01_TEXT = """Dear colleagues,

I am writing from the Department of Family and Community Medicine at Jabal Amman University Hospital. A colleague forwarded us the invitation letter for the Regional Review of the Global Compact for Migration, and we would very much like to contribute, but we are not sure that what we have fits what you are asking for.

In 2019-2020 our unit ran a cross-sectional study on tuberculosis screening, health-insurance coverage and out-of-pocket spending among 418 migrant domestic workers attending our outpatient clinics. It was published last October in the Levant Journal of Public Health (peer-reviewed, open access). In short: 61% had no valid health insurance at the time of their visit, 27% had paid for their own pre-employment TB test although the employer is supposed to, and women who tested positive were far more likely to be deported than treated.

Before we do anything, three questions:

1. Can a published, peer-reviewed study be submitted as a voluntary GCM review report, or do you expect a document structured around the GCM objectives?
2. If a cover note is needed, is there a template or a page limit?
3. We are a university hospital, not an NGO. Are academic medical centres among the stakeholders who may submit?

I attach the article so that you can see what it is. To be clear, this e-mail is not our submission: if the study qualifies we will send it formally, with whatever cover note you require, well before 16 February.

Kind regards,

""" + M01_SIG + """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain confidential information, including protected health information. If you have received it in error, please notify the sender and delete it. Jabal Amman University Hospital accepts no liability for any damage caused by viruses transmitted by this e-mail.
"""


def article_pdf():
    return make_pdf(["Levant Journal of Public Health 2020;14(3):211-220",
                     "Tuberculosis screening, health insurance coverage and out-of-pocket spending",
                     "among migrant domestic workers in Amman: a cross-sectional study",
                     "R. Haddadin, S. Al-Khatib, O. Nusair, L. Daoud",
                     "Department of Family and Community Medicine, Jabal Amman University Hospital", "",
                     "Abstract", "Background. Migrant domestic workers (MDWs) in Jordan ...",
                     "Methods. 418 MDWs attending outpatient clinics, March 2019 - February 2020.",
                     "Results. 61% uninsured at the visit; 27% paid for their own TB test.",
                     "Table 1. Characteristics of participants (n = 418)",
                     "Table 2. Insurance status by nationality", "Table 3. Outcomes of positive screens"])


def m01():
    when = at("2021-01-25 10:42:17")
    lcid = "image001.png@01D6F30A.4E2B91C0"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, img_cid=lcid)), logo(lcid, (0, 94, 132))],
                "_004_AM0PR10MB3187D2A94C6E1B05F7_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_AM0PR10MB3187D2A94C6E1B05F7_")
    body = multi("mixed", [a, attach("application/pdf", article_pdf(), M01_FILE)],
                 "_006_AM0PR10MB3187D2A94C6E1B05F7_")
    m = mk(when, sent_at(when, 2, 7), "mail-am0pr10on2071.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DPn3Kv8WqZ1", "Rania Haddadin <r.haddadin@jauh.example.edu.jo>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW8w2Tn4Rk7Lp1Vx9Mb3Cz6Qs0Fd==", has_attach="yes"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="the category turns on one sentence: a university hospital's community-medicine unit attaches its "
              "published article (a PDF with tables, exactly what a report could be) but asks whether a published "
              "study counts as a voluntary report, whether a cover note is needed and whether an academic medical "
              "centre may submit, and says 'this e-mail is not our submission'. Questions only: no "
              "report_attachments. Outlook with a logo and a hospital confidentiality notice; MD, MPH post-nominals. "
              "The formal submission follows as a reply in h282-19."))


# ================================================================ 02  AR  speaker  Beirut mental-health association proposes its consultant psychiatrist
M02_ID = "<DB8PR06MB6395A1E7C4F2B9D30E@DB8PR06MB6395.eurprd06.prod.outlook.example.com>"
M02_SUBJ = "ترشيح د. وسام الحلبي - مداخلة في المائدة المستديرة الثانية"
M02_QID = "4DQa5Wn2RcZ7"
M02_TEXT = """حضرات أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

بالإشارة إلى دعوتكم الكريمة، يسعدنا في جمعية أنفاس للصحة النفسية أن نرشّح أحد أعضاء لجنتنا العلمية لتقديم مداخلة خلال المؤتمر الإقليمي. من سنة ٢٠١٧ نحنا عم نقدّم جلسات دعم نفسي مجانية للعاملات بالخدمة المنزلية وللاجئين بلبنان، وبعد انفجار المرفأ وأزمة كورونا صار الطلب علينا أكبر بكتير، وحابّين يكون صوت الصحة النفسية حاضر بالنقاش.

بيانات المرشّح:
الاسم: د. وسام نبيل الحلبي
الصفة: استشاري في الطب النفسي ورئيس اللجنة العلمية في الجمعية
الجهة: جمعية أنفاس للصحة النفسية
نوع المشاركة: مداخلة من القاعة في المائدة المستديرة الثانية (٢٤-٢٥ شباط)

الدكتور وسام بنسخة هالإيميل على عنوانه بالمستشفى، وفيه يشارك حضورياً أو أونلاين متل ما بتقرروا.

وشكراً سلفاً على اهتمامكم،

ريتا شمعون
مديرة البرامج
جمعية أنفاس للصحة النفسية
بيروت - لبنان
هاتف: +961 1 000 000 | www.anfas-mh.example.org
"""


def m02():
    when = at("2021-01-27 12:15:08")
    lcid = "image001.png@01D6F4A7.2C81E3B0"
    rel = multi("related", [leaf("text/html", outlook_html(M02_TEXT, lang="AR-LB", img_cid=lcid, rtl=True),
                                 cte="base64"), logo(lcid, (46, 139, 87))],
                "_004_DB8PR06MB6395A1E7C4F2B9D30E_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M02_TEXT, cte="base64"), rel], "_000_DB8PR06MB6395A1E7C4F2B9D30E_")
    m = mk(when, sent_at(when, 2, 8), "mail-db8eur06on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", M02_QID, addr("ريتا شمعون", "rita.chamoun@anfas-mh.example.org"), hdr(M02_SUBJ),
           M02_ID, body, cc='"Dr. Wissam Halabi" <w.halabi@rasalnabaa-uh.example.com.lb>',
           extra=outlook(hdr(M02_SUBJ), "AQHW9KvR2m8Tx5Nc1Lb4Qz7Hp0Wd3A==", lang="ar-LB", has_attach="yes"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وسام نبيل الحلبي", "استشاري في الطب النفسي ورئيس اللجنة العلمية في الجمعية", "جمعية أنفاس للصحة النفسية",
           ["roundtable"], 2)],
        notes="Lebanese colloquial mixed with MSA ('نحنا عم نقدّم', 'بكتير', 'متل ما بتقرروا'); labelled lines "
              "(الاسم / الصفة / الجهة / نوع المشاركة); 'د.' dropped; clinical title 'استشاري في الطب النفسي' joined "
              "to an association role; 'المائدة المستديرة الثانية' = 2; '٢٤-٢٥ شباط' and '٢٠١٧' in Arabic-Indic "
              "digits are dates, not numbers of roundtables. The sender (programme manager) is not the speaker; "
              "the psychiatrist is in Cc at his hospital address, whose out-of-office answers our acknowledgement "
              "(h282-03). Withdrawn in h282-20. Outlook with logo, base64 parts."))


# ================================================================ 03  AR  auto_reply  the psychiatrist's hospital Exchange out-of-office (bilingual)
def m03():
    when = at("2021-01-27 12:15:51")
    ack = ack_mid(M02_QID)
    text = """أنا خارج المكتب حتى يوم الأربعاء ٣ شباط ٢٠٢١ ولا أتابع بريدي الإلكتروني بانتظام.
للحالات الطارئة، يرجى الاتصال بالطبيب المناوب في قسم الطب النفسي عبر مقسم المستشفى: 000 000 1 961+

I am out of the office until Wednesday 3 February 2021 with limited access to e-mail.
For urgent clinical matters, please contact the on-call psychiatrist through the hospital switchboard: +961 1 000 000.

د. وسام الحلبي | Dr. Wissam Halabi
استشاري في الطب النفسي | Consultant Psychiatrist
مستشفى رأس النبع الجامعي | Ras El Nabaa University Hospital
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s</div><div dir="ltr">%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in text.split("\n\n")[0].split("\n")),
               "<br>".join(esc(x) for x in "\n\n".join(text.split("\n\n")[1:]).rstrip("\n").split("\n"))))
    body = alt(text, "_000_VI1PR02MB5871E3C0A2D74F19_", html=html, b64=True)
    rows = exchange_ooo_rows(when, "mail-vi1eur02on0627.outbound.protection.outlook.example.com", "198.51.100.127",
                             "4DQa6Hc9TmZ2", '"Dr. Wissam Halabi" <w.halabi@rasalnabaa-uh.example.com.lb>',
                             "<VI1PR02MB5871E3C0A2D74F19@VI1PR02MB5871.eurprd02.prod.outlook.example.com>",
                             M02_SUBJ, M02_ID, ack, "ar-LB", (2, 2))
    subj = hdr("رد تلقائي: تأكيد استلام - " + M02_SUBJ)
    rows = [(k, subj if k == "Subject" else (hdr("تأكيد استلام - " + M02_SUBJ) if k == "Thread-Topic" else v))
            for k, v in rows]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual (Arabic first, then English) Exchange out-of-office of the psychiatrist proposed in h282-02, "
              "who was in Cc, answering our acknowledgement 43 seconds later ('رد تلقائي:' before our Arabic subject; "
              "Auto-Submitted, X-Auto-Response-Suppress, null Return-Path; References name h282-02). Its signature "
              "repeats his name, 'Consultant Psychiatrist' and his hospital, which must not be read as a new "
              "request. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  speaker  Moroccan community-health nurses: two speakers on labelled lines
def m04():
    when = at("2021-01-28 09:34:40")
    subj = "Proposition d'intervenants – AMITSC (infirmiers en santé communautaire)"
    text = """Madame, Monsieur,

Au nom du bureau national de l'Association Marocaine des Infirmiers et Techniciens de Santé Communautaire (AMITSC), j'ai l'honneur de vous proposer deux intervenants pour l'examen régional du Pacte mondial sur les migrations dans la région arabe.

Nos membres travaillent dans les centres de santé de proximité et les services d'urgences de Nador, Oujda, Tanger et Casablanca, où ils accueillent chaque jour des migrants subsahariens, le plus souvent sans aucune couverture médicale. Ils ont beaucoup à dire sur l'écart entre l'accès aux soins tel qu'il est prévu par les circulaires et tel qu'il se vit au guichet.

1) Nom : Mme Khadija OUAZZANI
Fonction : Présidente de l'AMITSC, infirmière diplômée d'État en santé publique
Organisme : AMITSC
Participation souhaitée : discussion ouverte de la consultation multipartite du 23 février

2) Nom : M. Abdelilah BERRADA
Fonction : Infirmier-major du service des urgences, Centre hospitalier provincial de Nador
Organisme : AMITSC
Participation souhaitée : prise de parole depuis la salle dans la table ronde thématique n° 1

M. Berrada assure des gardes de 24 heures ; merci de nous indiquer dès que possible l'horaire de la table ronde afin qu'il puisse s'organiser avec son service.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Naïma El Ghazi
Secrétaire générale – AMITSC
Association Marocaine des Infirmiers et Techniciens de Santé Communautaire
Rabat – Maroc
Tél. : +212 5 37 00 00 00
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 11), "smtp.menara.example.ma", "203.0.113.44", "4DRb7Yp1MxZ3",
           addr("Naïma El Ghazi", "amitsc.sg@menara.example.ma", enc="Q"), hdr(subj, enc="Q"),
           "<3f9c1d7a-52e8-4b06-a9d4-7e2c15b8f930@menara.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    aff = "Association Marocaine des Infirmiers et Techniciens de Santé Communautaire (AMITSC)"
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Ouazzani", "Présidente de l'AMITSC, infirmière diplômée d'État en santé publique", aff,
           ["open_discussion"]),
        sp("Abdelilah Berrada", "Infirmier-major du service des urgences, Centre hospitalier provincial de Nador",
           aff, ["roundtable"], 1)],
        notes="two speakers in numbered labelled blocks ('Nom :', 'Fonction :', 'Organisme :', space before the "
              "colon); surnames in capitals and 'Mme'/'M.' dropped; the Organisme lines give only the acronym, the "
              "full name with acronym is in the first sentence. The second title names a hospital (his workplace, "
              "part of the title as written), while the organisation he speaks for is the association. 'discussion "
              "ouverte de la consultation multipartite' = open_discussion; 'table ronde thématique n° 1' = 1; '24 "
              "heures' are shifts. The sender (secretary general, signature after '-- ') is not a speaker. "
              "Thunderbird, format=flowed, 8bit; Date UTC+1."))


# ================================================================ 05  EN  report  Gulf migrant-health network: PDF + statistical annex, figures in the body
def m05():
    when = at("2021-01-29 15:02:33")
    subj = "Voluntary GCM review report - Gulf Migrant Health Access Network (GMHAN)"
    f1, f2 = "GMHAN_Voluntary_GCM_Review_2021.pdf", "GMHAN_Annex_A_Statistical_Tables.docx"
    rows = [("Indicator", "2019", "2020"),
            ("Consultations at partner charity clinics", "1,032", "1,114"),
            ("Patients without valid health insurance", "38%", "54%"),
            ("Patients who delayed care for fear of cost", "41%", "63%"),
            ("Referrals refused by a public hospital", "57", "121")]
    table_txt = "\n".join("%-44s %7s %7s" % r for r in rows)
    head = """Dear Regional Review team,

On behalf of the Gulf Migrant Health Access Network (GMHAN), I am pleased to submit our voluntary GCM review report. Two files are attached:

- %s - the report (22 pages)
- %s - Annex A, the statistical tables the report refers to (Tables A1 to A9)

The report draws on 2,146 consultations at our partner charity clinics in Kuwait, Bahrain and Oman in 2019 and 2020, and on 31 interviews with clinic staff. A few headline figures:

""" % (f1, f2)
    tail = """

The analysis is organised around GCM Objective 15 (access to basic services) and Objective 22 (portability of social security entitlements), with a short section on COVID-19 testing and vaccination for undocumented workers.

We are not requesting a speaking slot: our colleagues in the regional NGO forum will cover health in the roundtables.

Warm regards,

Priya Raghunathan
Research Coordinator
Gulf Migrant Health Access Network (GMHAN)
Kuwait City | gmhan.example.org
"""
    text = head + table_txt + tail
    trs = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:3px 8px">%s</td>' % esc(c)
                                          for c in r) for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<table style="border-collapse:collapse;font-family:Arial;font-size:13px">%s</table>'
            '%s</div></body></html>\n' % ("<br>".join(esc(x) for x in head.rstrip("\n").split("\n")) + "<br>", trs,
                                          "<br>".join(esc(x) for x in tail.rstrip("\n").split("\n"))))
    pdf = rep_pdf("Health without cover: migrant workers and access to care in the Gulf", "GMHAN, January 2021",
                  ["Summary", "Who we are and how the data were collected", "Insurance coverage 2019-2020",
                   "Delayed and refused care", "COVID-19 testing and vaccination", "GCM Objectives 15 and 22",
                   "Recommendations", "Annex A: see separate file"])
    doc = make_docx(["GMHAN - Annex A - Statistical tables", "Table A1. Consultations by country and year",
                     "Table A2. Consultations by nationality", "Table A3. Insurance status at first visit",
                     "Table A4. Delayed care by reason", "Table A5. Referrals and refusals by hospital type",
                     "Table A6. Chronic conditions", "Table A7. Maternal care", "Table A8. COVID-19 testing",
                     "Table A9. Out-of-pocket costs (USD)"])
    a = alt(text, "000000000000c4d17a05ba0f6e21", html=html)
    body = multi("mixed", [a, attach("application/pdf", pdf, f1), attach(DOCX, doc, f2)],
                 "000000000000c4d17c05ba0f6e23")
    m = mk(when, sent_at(when, 3, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DSc2Lq6VbZ8",
           "Priya Raghunathan <priya.r@gmhan.example.org>", subj,
           "<CAJ7vTq3Np8sL2xW+k5Rm9Hb1cZ4dFy6gE0@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report in two files, both named in the body: the PDF and 'Annex A, the statistical tables the report "
              "refers to' (DOCX); both belong to the report. A table of headline figures in the body (HTML table, "
              "aligned columns in the text part) and 'Tables A1 to A9', 'Objective 15/22' are decoys for numbers. "
              "'We are not requesting a speaking slot' and 'roundtables' decline a role: not both. Gmail, Date "
              "UTC+3 (Kuwait)."))


# ================================================================ 06  FR  other  a medical resident asks whether her thesis can be a voluntary report
def m06():
    when = at("2021-02-01 22:13:05")
    subj = "Question : une thèse de médecine peut-elle compter comme rapport volontaire ?"
    text = """Bonsoir,

Je suis médecin résidente en médecine communautaire au CHU de l'Oriental, à Oujda. J'ai soutenu en décembre ma thèse de doctorat en médecine intitulée « L'accès aux soins des migrants subsahariens en transit à Oujda : enquête transversale auprès de 312 migrants ». Une amie qui travaille dans une association m'a transmis votre lettre d'invitation, et elle pense que mon travail pourrait vous intéresser.

Avant de vous envoyer quoi que ce soit, j'ai quelques questions :

- Une thèse universitaire peut-elle être acceptée comme rapport volontaire, alors qu'elle n'est pas rédigée par une association ou une institution ? Je l'ai écrite seule, même si l'enquête s'est faite avec l'aide d'une association locale.
- Faut-il la résumer ? Elle fait 146 pages avec les annexes, dont 38 tableaux statistiques.
- Les données sont anonymisées, mais certains témoignages sont assez détaillés. Les rapports volontaires sont-ils publiés ? Si oui, je préférerais retirer les verbatims.

Merci beaucoup pour votre retour, et désolée si mes questions sont naïves : c'est la première fois que je m'intéresse à ce genre de processus.

Bien cordialement,

Imane Lahlou
Médecin résidente – Médecine communautaire
CHU de l'Oriental, Oujda
"""
    body = alt(text, "000000000000a91e2f05ba4c7d38", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f44.google.example.com", "192.0.2.44", "4DTd8Kx3PnZ5",
           "Imane Lahlou <imane.lahlou.md@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAMx4Rb8Tq1vN6pZ+c2Lw7Hk9sD3fGy5jQ0@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a medical resident asks whether her doctoral thesis (146 pages, 38 tables) can be accepted as a "
              "voluntary report, whether to summarise it and whether reports are published: 'Avant de vous envoyer "
              "quoi que ce soit', nothing is attached or submitted. Keyword-heavy ('rapport volontaire', thesis "
              "title, statistics) but a question. Gmail, Date UTC+1 (Morocco)."))


# ================================================================ 07  AR  report  Aden health foundation: PDF + statistical annex with Arabic names
def m07():
    when = at("2021-02-02 11:40:12")
    subj = "التقرير الطوعي لمؤسسة شفاء للرعاية الصحية - عدن (مع الملحق الإحصائي)"
    f1 = "تقرير مؤسسة شفاء - الاستعراض الطوعي للاتفاق العالمي للهجرة 2021.pdf"
    f2 = "الملحق الإحصائي - الجداول 1-12.docx"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون

السلام عليكم ورحمة الله وبركاته،

نتشرف بأن نرفق لكم التقرير الطوعي لمؤسسة شفاء للرعاية الصحية في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتألف من ملفين:

١- التقرير الرئيسي (PDF، 18 صفحة).
٢- الملحق الإحصائي (Word)، ويضم الجداول من 1 إلى 12: أعداد المهاجرين الذين تلقوا الرعاية في عياداتنا المتنقلة في عدن ولحج وأبين خلال عامي 2019 و2020 موزعة حسب الجنسية والجنس والفئة العمرية، وحالات الكوليرا والإسهال المائي الحاد وكوفيد-19 المشتبه بها، وحالات الإحالة إلى المستشفيات.

ومن أبرز ما يتضمنه التقرير أن عياداتنا المتنقلة استقبلت 9,814 مهاجراً ومهاجرة معظمهم من إثيوبيا والصومال، وأن 71% منهم لم يكن بإمكانهم الوصول إلى أي مرفق صحي حكومي بسبب وضعهم القانوني أو بُعد المسافة أو التكلفة، وأن حالات سوء التغذية الحاد بين الأطفال المرافقين تضاعفت في 2020.

نعتذر مسبقاً إن كانت جودة بعض الجداول غير مرضية، فقد أُعدّت في ظروف انقطاع متكرر للكهرباء.

وتقبلوا خالص التحية والتقدير،

د. عبد الرقيب سالم باوزير
المدير التنفيذي
مؤسسة شفاء للرعاية الصحية - عدن، الجمهورية اليمنية
هاتف: +967 2 000 000
"""
    pdf = rep_pdf("Shifa Health Care Foundation - Aden - Voluntary GCM review report 2021", "Aden, Yemen",
                  ["Mobile clinics for migrants in Aden, Lahj and Abyan", "Access to public health facilities",
                   "Cholera, AWD and suspected COVID-19", "Children and malnutrition", "Recommendations"])
    doc = make_docx(["Statistical annex - Tables 1-12", "Table 1. Migrants seen by governorate and year",
                     "Table 2. By nationality", "Table 3. By sex and age group", "Table 4. Suspected cholera/AWD",
                     "Table 5. Suspected COVID-19", "Tables 6-12. Referrals, malnutrition, maternal care"])
    a = alt(text, "000000000000e25b9c05ba5a31f7", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, f1), attach(DOCX, doc, f2)],
                 "000000000000e25b9e05ba5a31f9")
    m = mk(when, sent_at(when, 3, 10), "mail-lf1-f66.google.example.com", "192.0.2.66", "4DVf1Nc7QsZ0",
           "Shifa Foundation Aden <shifa.aden.foundation@gmail.example.com>", hdr(subj),
           "<CAGp2Hx6Lr9mT3wK+v8Nb1Qc5sZ7dFe4jY2@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="a Yemeni health foundation's report in two files, both listed in the body ('ويتألف من ملفين'): the main "
              "PDF and the Word statistical annex, both with Arabic names (RFC 2231 + RFC 2047; the annex name "
              "contains '1-12'). Figures (9,814, 71%, 2019 و2020) are not dates or roundtables; the signer's 'د.' "
              "is not a speaker request. Latin organisation name as From display name, Gmail base64, Date UTC+3."))


# ================================================================ 08  EN  speaker  emergency consultant who can only connect between night shifts
def m08():
    when = at("2021-02-02 18:15:44")
    subj = "Speaker request - emergency physician (can only join between shifts)"
    text = """Dear GCM Regional Review secretariat,

My name is Abdelrahman Osman Babiker and I'm a Consultant in Emergency Medicine at Wadi Hanifa Charitable Hospital in Riyadh. Ours is one of the few emergency departments in the south of the city that treats patients without a valid iqama or insurance free of charge, and most of the people we see at night are migrant workers from Sudan, Ethiopia, Yemen, Bangladesh and Pakistan. I'd like to request a speaking role to share what an emergency department sees when migrants fall outside health-insurance cover.

Preferred: a floor intervention in roundtable 4.
If roundtable 4 doesn't fit the times below, I'd be just as glad to take part in the open discussion of the multi-stakeholder consultation on 23 February.

The catch: I'm on night shifts for most of that week (8 pm to 8 am Riyadh time) and sleep until about noon, so realistically I can only connect between 2 pm and 6 pm Riyadh time (1 to 5 pm Beirut). I'd be joining from the doctors' lounge between shifts, camera on but probably in scrubs!

Apologies for the brevity, writing from my phone.

Regards,
Abdelrahman

Dr. Abdelrahman Osman Babiker, MBBS, MRCEM
Consultant in Emergency Medicine
Wadi Hanifa Charitable Hospital, Riyadh

Sent from my Galaxy
"""
    inner = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s'
            '</body></html>\n' % inner)
    body = alt(text, "000000000000f7a24d05ba5f9c13", html=html)
    m = mk(when, sent_at(when, 3, 9), "mail-pj1-f41.google.example.com", "192.0.2.141", "4DVm6Rt2KcZ4",
           "Abdelrahman Babiker <a.o.babiker.er@gmail.example.com>", subj,
           "<CAF9wNx2Kt7vR1pL+e4Mb8Zc3sH6dQy0gT5@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdelrahman Osman Babiker", "Consultant in Emergency Medicine", "Wadi Hanifa Charitable Hospital",
           ["roundtable", "open_discussion"], 4)],
        notes="a doctor who can only attend between night shifts proposes himself: first choice 'a floor "
              "intervention in roundtable 4', fallback 'the open discussion of the multi-stakeholder consultation' "
              "(both roles recorded, roundtable 4 the first choice). The availability window (2-6 pm Riyadh, 1-5 pm "
              "Beirut, '8 pm to 8 am') is a constraint, not a role; 'Dr.' and the post-nominals MBBS, MRCEM dropped; "
              "', Riyadh' after the hospital is the city. Gmail for Android ('Sent from my Galaxy'), Date UTC+3."))


# ================================================================ 09  FR  both  Tunisian mental-health association: report + Professeur agrégé (plenary)
M09_ID = "<PR3PR09MB5428F1B7E2A9C4D06A@PR3PR09MB5428.eurprd09.prod.outlook.example.com>"
M09_SUBJ = "ATSMM – Rapport volontaire PMM et proposition d'intervenant (séance plénière)"
M09_QID = "4DWq9Fb4LnZ6"
M09_FILE = "ATSMM_Rapport_volontaire_PMM_2021.pdf"


def m09():
    when = at("2021-02-03 10:05:09")
    text = """Madame, Monsieur,

L'Association Tunisienne de Santé Mentale et Migration (ATSMM) a le plaisir de vous transmettre en pièce jointe son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte sur la santé mentale des migrants subsahariens installés en Tunisie et des Tunisiens de retour d'Europe : troubles anxio-dépressifs et psychotraumatismes, accès aux consultations spécialisées à Tunis, Sfax et Médenine, et continuité des soins après un rapatriement. Il s'appuie sur 1 127 consultations réalisées entre 2018 et 2020 ; les tableaux statistiques figurent en annexe du rapport (pages 19 à 27).

Par ailleurs, nous souhaiterions proposer l'intervention suivante :

Nom : Pr Mehdi Ben Slama
Titre : Professeur agrégé de psychiatrie, Faculté de médecine de Sousse
Affiliation : Association Tunisienne de Santé Mentale et Migration (ATSMM)
Rôle : prise de parole depuis la salle en séance plénière (24 ou 25 février)

Le Pr Ben Slama, qui a coordonné le volet clinique du rapport, est en copie de ce message.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Amel Trabelsi
Chargée de projets
Association Tunisienne de Santé Mentale et Migration (ATSMM)
12, rue de Palestine – 1002 Tunis
Tél. : +216 71 000 000

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
"""
    lcid = "image001.png@01D6FA11.7C3E2B50"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=lcid)), logo(lcid, (0, 120, 170))],
                "_004_PR3PR09MB5428F1B7E2A9C4D06A_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR3PR09MB5428F1B7E2A9C4D06A_")
    pdf = rep_pdf("Rapport volontaire - ATSMM - Sante mentale et migration en Tunisie", "Tunis, fevrier 2021",
                  ["Presentation de l'ATSMM", "Troubles anxio-depressifs et psychotraumatismes",
                   "Acces aux consultations specialisees", "Continuite des soins apres un rapatriement",
                   "Recommandations", "Annexe : tableaux statistiques (p. 19-27)"])
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "_006_PR3PR09MB5428F1B7E2A9C4D06A_")
    m = mk(when, sent_at(when, 1, 8), "mail-pr3eur09on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", M09_QID, "Amel Trabelsi <a.trabelsi@atsmm.example.tn>", hdr(M09_SUBJ, enc="Q"), M09_ID,
           body, cc="Mehdi Ben Slama <mehdi.benslama@fmso.example.tn>",
           extra=outlook(hdr(M09_SUBJ, enc="Q"), "AQHW+hTk5Nq2Rm8Lx1Vb4Pz7Cs0Wd9==", lang="fr-FR", has_attach="yes"))
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mehdi Ben Slama", "Professeur agrégé de psychiatrie, Faculté de médecine de Sousse",
           "Association Tunisienne de Santé Mentale et Migration (ATSMM)", ["plenary"])],
        notes="report (PDF whose statistical tables are an annex inside the same file, 'pages 19 à 27') and a speaker "
              "in labelled lines, both on time (3 February). 'Pr' dropped; the academic title names the faculty, "
              "the affiliation line the association he speaks for; 'prise de parole depuis la salle en séance "
              "plénière' = plenary. '1 127 consultations' has a space as thousands separator. The speaker is in Cc; "
              "his university Zimbra vacation message answers our acknowledgement (h282-10). Outlook with logo and "
              "a confidentiality footer; Date UTC+1."))


# ================================================================ 10  FR  auto_reply  the professor's Zimbra vacation message
def m10():
    when = at("2021-02-03 10:05:51")
    ack = ack_mid(M09_QID)
    text = """Bonjour,

Je suis en congé jusqu'au lundi 8 février 2021 inclus et je ne consulterai pas ma messagerie pendant cette période.

Pour les consultations et les rendez-vous du service de psychiatrie, merci de contacter le secrétariat au +216 73 000 000.
Pour les questions pédagogiques (internes et résidents), merci de vous adresser au Dr Sonia Gharbi.

Pr Mehdi Ben Slama
Professeur agrégé de psychiatrie
Faculté de médecine de Sousse
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Réponse automatique : Accusé de réception - " + M09_SUBJ, enc="Q")
    rows = std_rows(when, "zimbra.fmso.example.tn", "203.0.113.58", "4DWqB27XkZ9",
                    "Mehdi Ben Slama <mehdi.benslama@fmso.example.tn>", subj, rfcdate(sent_at(when, 1, 2)),
                    "<1829374650.4417.1612339549873.JavaMail.zimbra@fmso.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M09_ID + " " + ack), ("X-Mailer", ZIMBRA)]
    add(10, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation message of the professor proposed in h282-09 (in Cc), 42 seconds after our "
              "acknowledgement: 'Auto-Submitted: auto-replied (zimbra; vacation)', null Return-Path, In-Reply-To "
              "our acknowledgement, References naming h282-09. It carries his name and full academic title and "
              "mentions the 'service de psychiatrie': not a new request. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 11  AR  both  Jordanian migrant workers' health association: report + rapporteur
M11_ID = "<HE1PR0402MB2936C7A1E5D9F3B08E@HE1PR0402MB2936.eurprd04.prod.outlook.example.com>"
M11_SUBJ = "تقرير طوعي وترشيح مقررة - الجمعية الأردنية لصحة العمال المهاجرين"
M11_QID = "4DXr3Gm8TpZ2"
M11_FILE = "التقرير الطوعي - الجمعية الأردنية لصحة العمال المهاجرين 2021.docx"


def m11():
    when = at("2021-02-04 13:10:25")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية المحترمين،

تحية طيبة وبعد،

يسرّ الجمعية الأردنية لصحة العمال المهاجرين أن ترسل إليكم مرفقاً تقريرها الطوعي حول تنفيذ الاتفاق العالمي للهجرة في الأردن من زاوية الحق في الصحة. ويتضمن التقرير جداول إحصائية عن المراجعين لعيادتنا المجانية في ماركا خلال الأعوام 2018-2020، ونتائج مسح شمل 540 عاملاً وعاملة حول التأمين الصحي وكلفة العلاج، إضافة إلى ملحق بدراسات حالة.

كما نرشّح لدور المقرر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر:
الدكتورة هيفاء سليمان القضاة، استشارية طب الأسرة ونائبة رئيس الجمعية.

وقد عملت الدكتورة هيفاء متطوعةً في العيادة منذ تأسيسها عام 2014، وشاركت في إعداد هذا التقرير.

ويا ريت تأكدولنا استلام الرسالة.

مع فائق الاحترام،

سهى العبادي
منسقة المشاريع
الجمعية الأردنية لصحة العمال المهاجرين
عمّان - الأردن
"""
    doc = make_docx(["Jordanian Association for Migrant Workers' Health - Voluntary GCM review report 2021",
                     "1. Introduction", "2. The free clinic in Marka: statistical tables 2018-2020",
                     "3. Survey of 540 workers: health insurance and cost of care", "4. Recommendations",
                     "Annex: case studies"])
    a = alt(text, "_000_HE1PR0402MB2936C7A1E5D9F3B08E_",
            html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "_004_HE1PR0402MB2936C7A1E5D9F3B08E_")
    m = mk(when, sent_at(when, 2, 9), "mail-he1eur04on0655.outbound.protection.outlook.example.com",
           "198.51.100.155", M11_QID, addr("سهى العبادي", "s.alabbadi@jamwh.example.org.jo"), hdr(M11_SUBJ), M11_ID,
           body, extra=outlook(hdr(M11_SUBJ), "AQHW+vLm3Rk8Tq1Nx5Pb7Hc2Zs4Wd0==", lang="ar-JO", has_attach="yes"))
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هيفاء سليمان القضاة", "استشارية طب الأسرة ونائبة رئيس الجمعية", "الجمعية الأردنية لصحة العمال المهاجرين",
           ["rapporteur"])],
        notes="both on 4 February (on time): a DOCX report with an Arabic name (statistical tables and a case-study "
              "annex inside it) and a rapporteur ('لدور المقرر الذي يقدّم الرسائل الرئيسية'). 'الدكتورة' dropped; "
              "clinical title 'استشارية طب الأسرة' joined to an association office; the affiliation is the "
              "association named in the first sentence and the signature ('الجمعية' in the title is a reference "
              "to it). Jordanian colloquial closing ('ويا ريت تأكدولنا'). The sender thanks us for the "
              "acknowledgement in h282-12. Outlook, base64."))


# ================================================================ 12  AR  other  thank-you answering our acknowledgement of 11
def m12():
    when = at("2021-02-04 16:30:02")
    ack = ack_mid(M11_QID)
    quoted = ack_text("ar", M11_SUBJ, "التقرير الطوعي المرفق وطلب المشاركة")
    text = """شكراً جزيلاً، وصلنا التأكيد. يعطيكم العافية.

وأبلغنا الدكتورة هيفاء، وهي بانتظار تفاصيل البرنامج منكم.

سهى العبادي
منسقة المشاريع
الجمعية الأردنية لصحة العمال المهاجرين

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الخميس، 4 فبراير، 2021 01:11 م
إلى: سهى العبادي <s.alabbadi@jamwh.example.org.jo>
الموضوع: تأكيد استلام - %s

%s
""" % (M11_SUBJ, quoted)
    body = alt(text, "_000_HE1PR0402MB29364B8D1F7A2C05E_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("رد: تأكيد استلام - " + M11_SUBJ)
    m = mk(when, sent_at(when, 2, 6), "mail-he1eur04on0655.outbound.protection.outlook.example.com",
           "198.51.100.155", "4DXw5Jq1NrZ6", addr("سهى العبادي", "s.alabbadi@jamwh.example.org.jo"), subj,
           "<HE1PR0402MB29364B8D1F7A2C05E@HE1PR0402MB2936.eurprd04.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M11_ID + " " + ack)]
           + outlook(hdr("تأكيد استلام - " + M11_SUBJ), "AQHW+vLm3Rk8Tq1Nx5Pb7Hc2Zs4Wd0AAB6kQ2A=", lang="ar-JO"))
    add(12, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 11,
        notes="thank-you answering our acknowledgement of h282-11 (References name h282-11; 'رد:' before our "
              "subject): 'وصلنا التأكيد. يعطيكم العافية' adds nothing new, so no acknowledgement. It names the "
              "rapporteur by title and first name only and waits for the programme; the quoted acknowledgement "
              "under an Arabic Outlook header block repeats 'التقرير الطوعي' and 'طلب المشاركة'."))


# ================================================================ 13  EN  speaker  Doha mental-health charity: Consultant Psychiatrist + community worker
def m13():
    when = at("2021-02-04 17:22:48")
    subj = "Nomination of two speakers - Wellbeing Without Borders (Qatar)"
    text = """Dear GCM Regional Review Secretariat,

Wellbeing Without Borders (WWB) is a Doha-based mental health charity providing free, confidential counselling in nine languages to migrant workers, mostly in construction, hospitality and domestic work. Since March 2020 our helpline has taken more than 6,000 calls, and we have seen at first hand what lockdown in labour camps, unpaid wages and long separation from family do to people's mental health.

We would like to propose two speakers for the conference:

1. Dr. Farah Nadeem - Consultant Psychiatrist & Clinical Director, WWB - a floor intervention in a plenary session.
2. Josephine Achieng - Community Mental Health Worker, WWB - a floor intervention in the third thematic roundtable. Josephine came to Qatar as a domestic worker in 2012 and now leads our peer-support groups in Swahili and English.

Both can join online from Doha on 24 and 25 February. I've attached a photo of Josephine, as she asked me to send one in case you prepare speaker cards.

Kind regards,

Clare Fitzgerald
Executive Director
Wellbeing Without Borders
Doha, Qatar
www.wwb-qatar.example.org
"""
    photo = leaf("image/png", make_png(48, 64, (176, 140, 110)), cte="base64",
                 params=[("name", '"Josephine_Achieng.png"'), ("x-unix-mode", "0644")],
                 disp='attachment; filename="Josephine_Achieng.png"')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
            '</body></html>\n' % text2divs(text))
    a = alt(text, "Apple-Mail=_5C2E8A17-94D3-4B6F-A0E1-3F7B9C2D6E84", html=html)
    body = multi("mixed", [a, photo], "Apple-Mail=_4B1D7F06-83C2-4A5E-9FD0-2E6A8B1C5D73")
    m = mk(when, sent_at(when, 3, 13), "mail.wwb-qatar.example.org", "203.0.113.97", "4DXy8Ls3VmZ0",
           "Clare Fitzgerald <clare@wwb-qatar.example.org>", subj,
           "<7E3A91C4-2B58-4D06-8F1E-A5C7D93B2E60@wwb-qatar.example.org>", body, extra=[("X-Mailer", APPLE)])
    aff = "Wellbeing Without Borders (WWB)"
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Farah Nadeem", "Consultant Psychiatrist & Clinical Director", aff, ["plenary"]),
        sp("Josephine Achieng", "Community Mental Health Worker", aff, ["roundtable"], 3)],
        notes="two speakers on dash-separated lines (name - title, acronym - role): 'Dr.' dropped; the acronym 'WWB' "
              "on the lines, the fullest form with the acronym in the first sentence; 'the third thematic "
              "roundtable' = 3; 'a domestic worker in 2012' is background, not a title. The attached PNG is a photo "
              "for speaker cards, not a report. The sender (executive director) is not a speaker. Apple Mail, Date "
              "UTC+3."))


# ================================================================ 14  FR  speaker  a doctor after his shift at 23:48 on the speaker deadline
def m14():
    when = at("2021-02-05 23:48:10")
    subj = "Demande d'intervention – table ronde 3 – CMSM"
    text = """Bonsoir,

Je sors tout juste de ma garde et je vois que c'est aujourd'hui le dernier jour pour les demandes d'intervention ; j'espère qu'il n'est pas trop tard.

Je me permets de proposer ma candidature pour une prise de parole dans la table ronde thématique 3. Je suis médecin généraliste et coordinateur médical du Collectif des Médecins Subsahariens au Maroc (CMSM), un réseau de 47 médecins originaires d'Afrique de l'Ouest et centrale, diplômés au Maroc, qui assurent bénévolement des consultations pour les migrants à Rabat, Casablanca et Tanger. Beaucoup d'entre nous ne peuvent pas exercer officiellement faute d'autorisation, alors que les besoins sont immenses : c'est de cela aussi que je voudrais parler.

Merci d'avance et bonne soirée,

Dr Ousmane Kaboré
Médecin généraliste – coordinateur médical, CMSM
Rabat
+212 6 00 00 00 00

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    inner = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    body = html_only(inner, b64=True)
    m = mk(when, sent_at(when, 1, 14), "smtp.iam-mail.example.ma", "203.0.113.141", "4DZc4Vp7HqZ8",
           "Ousmane Kabore <o.kabore.cmsm@menara.example.ma>", hdr(subj, enc="Q"),
           "<k3x9q2-v7m1n4-tz8p5r-6c2w0b.f8@email.android.com>", body)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ousmane Kaboré", "médecin généraliste et coordinateur médical",
           "Collectif des Médecins Subsahariens au Maroc (CMSM)", ["roundtable"], 3)],
        notes="deadline edge: received 23:48 Beirut time on Friday 5 February (22:47 in the Date header, UTC+1), on "
              "time although the sender fears it is too late; written just after a shift ('Je sors tout juste de ma "
              "garde'). Self-nomination: title from the running prose ('Je suis médecin généraliste et coordinateur "
              "médical du ...'), the signature has 'Médecin généraliste – coordinateur médical, CMSM'; 'Dr' dropped; "
              "'table ronde thématique 3' = 3; '47 médecins' is a count. From display name without the accent. "
              "Samsung phone, HTML-only base64."))


# ================================================================ 15  AR  speaker  Iraqi medical social workers, 7 minutes late
def m15():
    when = at("2021-02-06 00:07:31")
    subj = "ترشيح للمداخلة في الجلسة العامة - الجمعية العراقية للخدمة الاجتماعية الطبية"
    text = """الإخوة في أمانة الاستعراض الإقليمي المحترمين

تحية طيبة

نعتذر عن التأخير، كان المفروض نرسل الترشيح الصبح بس انقطعت الكهرباء والإنترنت بمقر الجمعية طول اليوم وما گدرنا نكمّل إلا هسه.

نرشّح للمداخلة في إحدى الجلسات العامة:
الاسم: السيدة زينب كاظم الموسوي
المنصب: رئيسة وحدة الخدمة الاجتماعية الطبية
الجهة: الجمعية العراقية للخدمة الاجتماعية الطبية
المشاركة المطلوبة: مداخلة في الجلسة العامة

السيدة زينب تشتغل من 15 سنة ويا المرضى من العائدين والنازحين والعمال الأجانب في مستشفيات بغداد، وتتابع حالات العمال البنغلاديشيين والنيباليين اللي ما عدهم أي ضمان صحي.

مع التقدير
علي حسين الجبوري
سكرتير الجمعية
بغداد

Sent from my Huawei phone
"""
    body = alt(text, "000000000000b3f81e05baa2d4c6", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-qk1-f171.google.example.com", "192.0.2.171", "4F0Ab83DqZ1",
           addr("علي الجبوري", "ali.aljubouri.imsw@gmail.example.com"), hdr(subj),
           "<CAH5mQz2Rt8wK4pX+n7Lb1Vc9sF3dJy6gM0@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("زينب كاظم الموسوي", "رئيسة وحدة الخدمة الاجتماعية الطبية", "الجمعية العراقية للخدمة الاجتماعية الطبية",
           ["plenary"])],
        notes="late by 7 minutes 31 seconds: received 00:07:31 on Saturday 6 February Beirut time (Date 01:07 +0300, "
              "Baghdad); the sender apologises for a power cut ('ما گدرنا نكمّل إلا هسه', Iraqi colloquial with "
              "the letter گ). Labelled lines; 'السيدة' dropped; 'مداخلة في الجلسة العامة' = plenary; '15 سنة' is a "
              "duration. The sender (association secretary) is not the speaker. Gmail from a phone ('Sent from my "
              "Huawei phone'), base64."))


# ================================================================ 16  EN  other  a nursing school only wants its students to attend
def m16():
    when = at("2021-02-08 09:55:36")
    subj = "Attendance of nursing students as observers - 24-25 February"
    text = """Dear Sir/Madam,

I am the Dean of the School of Nursing at Cedar Coast University in Beirut. This term our final-year students are taking a course on global health and migration, and the Regional Review would be an exceptional learning opportunity for them.

Could twelve of our final-year BSN students and two faculty members follow the conference on 24 and 25 February as observers? They would only listen: nobody from our School will take the floor. I had hoped to propose one of our faculty, who runs our mobile clinic for migrant domestic workers, for one of the roundtables, but I see that speaking requests closed on Friday 5 February, so we will not send a nomination.

Two practical questions:
1. Is registration individual, or may I send you a list of names and e-mail addresses?
2. Will participants receive a certificate of attendance? Our students could count it towards their community health practicum hours.

With thanks and best wishes,

Prof. Nadine Sayegh, PhD, RN
Dean, School of Nursing
Cedar Coast University
Beirut, Lebanon

This message is intended only for the use of the addressee. Any views expressed are those of the author and do not necessarily represent those of Cedar Coast University.
"""
    lcid = "image001.png@01D6FE02.9A4B7C10"
    rel = multi("related", [leaf("text/html", outlook_html(text, img_cid=lcid)), logo(lcid, (128, 0, 32))],
                "_004_VI1PR08MB4411E9C2B7A5D36F1_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB4411E9C2B7A5D36F1_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4F1Cd25MtZ7", "Nadine Sayegh <nadine.sayegh@ccu.example.edu.lb>", subj,
           "<VI1PR08MB4411E9C2B7A5D36F1@VI1PR08MB4411.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW/gK3Tn9Rx2Lm5Vb8Pq1Cz4Hs7Wd==", has_attach="yes"))
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a nursing school asks whether 12 students and two faculty may attend as observers (registration, "
              "certificate of attendance): 'nobody from our School will take the floor' and 'we will not send a "
              "nomination' - a possible speaker (unnamed faculty member, 'one of the roundtables') is mentioned "
              "only to decline. Title and post-nominals in the signature (Prof., PhD, RN) are not a speaker. "
              "Outlook with logo and a university disclaimer."))


# ================================================================ 17  FR  report  Lebanese health mutual: report + annex + signed cover letter (Cc mistyped)
M17_ID = "<b41e7c0d93a25f68e1d7c4a9b2f05e83@mss-liban.example.org>"
M17_SUBJ = "Rapport volontaire – Mutuelle Solidarité Santé (MSS) – examen régional PMM"
M17_QID = "4F1Hq61WnZ3"
M17_REPORT = "MSS_Rapport_volontaire_PMM_2021.pdf"
M17_ANNEX = "MSS_Annexe_statistique_2018-2020.pdf"
M17_LETTER = "Lettre_de_transmission_MSS_signee.pdf"
M17_CC = "drection.generale@mss-liban.example.org"
M17_TEXT = """Madame, Monsieur,

Au nom de la Mutuelle Solidarité Santé (MSS), veuillez trouver ci-joints :

– notre lettre de transmission, signée par le président du conseil d'administration ;
– notre rapport volontaire pour l'examen régional du Pacte mondial sur les migrations ;
– l'annexe statistique (2018-2020) à laquelle le rapport renvoie.

La MSS est une mutuelle à but non lucratif, fondée en 2009, qui propose une couverture hospitalisation et soins ambulatoires aux travailleuses domestiques migrantes et aux réfugiés au Liban, pour une cotisation de 9 dollars par mois. Notre rapport analyse l'évolution de cette couverture depuis l'effondrement de la livre libanaise : nombre d'adhérentes, taux de renouvellement, refus de prise en charge par les hôpitaux et restes à charge. Les chiffres détaillés figurent dans les tableaux 1 à 7 de l'annexe.

Je mets en copie notre direction générale.

Bien cordialement,

Carla Abi Saab
Responsable des partenariats
Mutuelle Solidarité Santé (MSS)
Achrafieh, Beyrouth – Liban
"""


def mss_annex(version):
    return make_pdf(["Mutuelle Solidarite Sante (MSS) - Annexe statistique 2018-2020" + version,
                     "Tableau 1. Adherentes par nationalite", "Tableau 2. Cotisations et arrieres",
                     "Tableau 3. Taux de renouvellement par annee", "Tableau 4. Hospitalisations prises en charge",
                     "Tableau 5. Refus de prise en charge", "Tableau 6. Restes a charge (USD)",
                     "Tableau 7. Couverture apres aout 2020"])


def m17():
    when = at("2021-02-09 11:12:40")
    letter = make_pdf(["Mutuelle Solidarite Sante (MSS)", "Beyrouth, le 8 fevrier 2021", "",
                       "Objet : transmission du rapport volontaire de la MSS", "Madame, Monsieur,",
                       "Nous avons l'honneur de vous transmettre ...", "Le President du Conseil d'administration",
                       "[signature]"])
    report = rep_pdf("Rapport volontaire - Mutuelle Solidarite Sante (MSS)", "Beyrouth, fevrier 2021",
                     ["Presentation de la MSS", "La couverture des travailleuses domestiques migrantes",
                      "L'effondrement de la livre et ses effets", "Refus de prise en charge et restes a charge",
                      "Recommandations", "Annexe statistique : document separe"])
    tp = leaf("text/plain", flowed(M17_TEXT), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach("application/pdf", letter, M17_LETTER),
                           attach("application/pdf", report, M17_REPORT),
                           attach("application/pdf", mss_annex(""), M17_ANNEX)],
                 "=_c8e1a47f20b93d56e7f14a2c9b0d3e85")
    m = mk(when, sent_at(when, 2, 5), "webmail.mss-liban.example.org", "203.0.113.165", M17_QID,
           "Carla Abi Saab <c.abisaab@mss-liban.example.org>", hdr(M17_SUBJ, enc="Q"), M17_ID, body,
           cc=addr("Direction générale MSS", M17_CC, enc="Q"), extra=[("User-Agent", ROUNDCUBE)])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_REPORT, M17_ANNEX],
        notes="a Lebanese health mutual (insurance for migrant domestic workers) sends three PDFs in a dashed list: "
              "the signed cover letter ('lettre de transmission') is not part of the report; the report and the "
              "statistical annex it refers to are. Figures ('9 dollars', 'tableaux 1 à 7', 2009) are decoys. The "
              "Cc'd head-office address is mistyped ('drection.') and bounces our acknowledgement (h282-18); a "
              "corrected annex follows (h282-21). Roundcube, text/plain format=flowed quoted-printable."))


# ================================================================ 18  EN  bounce  our acknowledgement of 17 to the mistyped Cc address
def m18():
    when = at("2021-02-09 11:13:22")
    rcpt = M17_CC
    text = POSTFIX_NOTICE + """
<%s>: host mx.mss-liban.example.org[203.0.113.166] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F1Hr09KcZ5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.mss-liban.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in local recipient table\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Carla Abi Saab <c.abisaab@mss-liban.example.org>\n"
            "Cc: =?utf-8?q?Direction_g=C3=A9n=C3=A9rale_MSS?= <%s>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_=E2=80=93_Mutuelle?=\n"
            " =?utf-8?q?_Solidarit=C3=A9_Sant=C3=A9_=28MSS=29_=E2=80=93_examen_r=C3=A9gional_PMM?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M17_QID), M17_ID, M17_ID))
    body = dsn_report(text, dsn, hdrs, "4F1Hr3BvNqZ8.1612861998/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F1Hr3BvNqZ8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210209091322.4F1Hr3BvNqZ8@mx1.iom.int>")]
    add(18, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) for the copy of our acknowledgement of h282-17 sent to the mistyped "
              "Cc address 'drection.generale@'; the returned headers carry the French 'Accusé de réception - "
              "Rapport volontaire' subject (RFC 2047). Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 19  EN  report  the hospital unit of 01 submits formally: cover note + article
def m19():
    when = at("2021-02-11 16:40:19")
    sec_id = "<DB7PR04MB5210A3C8E61F94B27D@DB7PR04MB5210.eurprd04.prod.outlook.example.com>"
    cover = "GCM_Voluntary_Review_Cover_Note_JAUH_FCM.docx"
    text = """Dear Ms. Sleiman,

Thank you for your helpful reply. As you suggested, please find attached our voluntary GCM review report, which consists of two files:

- a cover note (4 pages) that relates the study's findings to GCM Objectives 7 and 15 and sets out six recommendations; and
- the published article itself, to which the cover note refers throughout.

Please treat both files together as our submission. The cover note has been approved by our head of department.

Best regards,
Rania

""" + M01_SIG + """
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 3:12 PM
To: Rania Haddadin <r.haddadin@jauh.example.edu.jo>
Subject: RE: """ + M01_SUBJ + """

Dear Dr. Haddadin,

Thank you for your interest in the Regional Review. Yes, a published study can be submitted as a voluntary contribution. We would ask you to add a short cover note (2 to 5 pages) that relates the findings to the relevant GCM objectives and lists your recommendations; there is no template. Academic institutions are welcome to submit. The deadline for voluntary reports is Tuesday 16 February 2021.

Best regards,
Maya Sleiman
GCM Regional Review secretariat

From: Rania Haddadin <r.haddadin@jauh.example.edu.jo>
Sent: Monday, January 25, 2021 10:42 AM
To: gcmrrarabstates@iom.int
Subject: """ + M01_SUBJ + """

""" + M01_TEXT
    doc = make_docx(["Jabal Amman University Hospital - Department of Family and Community Medicine",
                     "Voluntary GCM review report - cover note", "1. The study in brief",
                     "2. Findings and GCM Objective 7 (vulnerabilities)",
                     "3. Findings and GCM Objective 15 (access to basic services)", "4. Six recommendations",
                     "Attached: Haddadin et al. 2020, Levant Journal of Public Health"])
    lcid = "image001.png@01D70089.5E1C3A20"
    rel = multi("related", [leaf("text/html", outlook_html(text, img_cid=lcid)), logo(lcid, (0, 94, 132))],
                "_004_AM0PR10MB31879F4E2D7C1A86B3_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR10MB31879F4E2D7C1A86B3_")
    body = multi("mixed", [a, attach(DOCX, doc, cover), attach("application/pdf", article_pdf(), M01_FILE)],
                 "_006_AM0PR10MB31879F4E2D7C1A86B3_")
    subj = "RE: " + M01_SUBJ
    m = mk(when, sent_at(when, 2, 8), "mail-am0pr10on2071.outbound.protection.outlook.example.com", "198.51.100.71",
           "4F2Kt48PbZ9", "Rania Haddadin <r.haddadin@jauh.example.edu.jo>", subj,
           "<AM0PR10MB31879F4E2D7C1A86B3@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", sec_id), ("References", M01_ID + " " + sec_id)]
           + outlook(M01_SUBJ, "AQHW8w2Tn4Rk7Lp1Vx9Mb3Cz6Qs0FdAAGz9kAAAxR4Q=", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, report_attachments=[cover, M01_FILE],
        notes="formal submission following the question of h282-01: an Outlook 'RE:' to the secretariat's human "
              "reply (not in the set; References name h282-01), quoting that reply and the original question below "
              "Outlook header blocks. 'Please treat both files together as our submission': the cover note DOCX and "
              "the article PDF (same bytes and name as the file attached to h282-01, which was then not a "
              "submission) both make up the report. The quoted question still says 'this e-mail is not our "
              "submission' - it is about the old message. 'Dear Ms. Sleiman' is the secretariat, not a speaker."))


# ================================================================ 20  AR  other  the Beirut association withdraws its psychiatrist (iPhone reply to our ack)
def m20():
    when = at("2021-02-12 10:31:54")
    ack = ack_mid(M02_QID)
    quoted = ack_text("ar", M02_SUBJ, "طلب المشاركة بمداخلة")
    text = """مرحبا،

بعتذر منكن، حبيت خبّركن إنو الدكتور وسام ما رح يقدر يشارك بالمؤتمر. المستشفى عم يمرق بموجة كورونا كبيرة، وانطلب منو يغطي مناوبات إضافية بقسم الطوارئ النفسية طول شهر شباط، فقررنا نسحب ترشيحه. وللأسف ما عنا حدا تاني جاهز ياخد محلّه بهالوقت القصير.

بس رح نبعتلكن تقريرنا الطوعي قبل ١٦ شباط إن شاء الله.

شكراً كتير على تفهمكن،
ريتا

Sent from my iPhone

> On 27 Jan 2021, at 12:15, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 6), "mail-db8eur06on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4F2Wp73GxZ5", addr("ريتا شمعون", "rita.chamoun@anfas-mh.example.org"),
           re_hdr("Re: ", "تأكيد استلام - " + M02_SUBJ),
           "<9A2F7C15-4E83-4B0D-B6E1-C3D58A27F904@anfas-mh.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 2,
        notes="withdrawal of the speaker proposed in h282-02 in Lebanese colloquial ('ما رح يقدر يشارك', 'فقررنا نسحب "
              "ترشيحه', 'ما عنا حدا تاني'): extra shifts during a COVID wave, no replacement, so no speaker. The "
              "report is only promised ('رح نبعتلكن تقريرنا الطوعي قبل ١٦ شباط'), nothing attached. An iPhone "
              "reply to our acknowledgement (References name h282-02) that changes the submission, so it is "
              "acknowledged; the quoted acknowledgement and the subject still name the psychiatrist and the "
              "second roundtable. text/plain base64."))


# ================================================================ 21  FR  report  the mutual of 17 sends a corrected annex
def m21():
    when = at("2021-02-14 19:02:27")
    f = "MSS_Annexe_statistique_2018-2020_v2_corrigee.pdf"
    text = """Madame, Monsieur,

Notre actuaire a relevé une erreur dans le tableau 3 de l'annexe statistique envoyée le 9 février : les taux de renouvellement de 2020 avaient été calculés sur le mauvais dénominateur. Vous trouverez ci-jointe l'annexe corrigée, qui remplace la précédente. Le rapport lui-même et la lettre de transmission restent inchangés.

Avec nos excuses pour ce désagrément,

Carla Abi Saab
Responsable des partenariats
Mutuelle Solidarité Santé (MSS)

Le 09/02/2021 11:12, Carla Abi Saab a écrit :
""" + gt(M17_TEXT) + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach("application/pdf", mss_annex(" (v2, corrigee)"), f)],
                 "=_3a7d0f91e5c24b68a1f9e07d2c5b48e6")
    m = mk(when, sent_at(when, 2, 4), "webmail.mss-liban.example.org", "203.0.113.165", "4F3Rz52MkZ1",
           "Carla Abi Saab <c.abisaab@mss-liban.example.org>", hdr("Re: " + M17_SUBJ, enc="Q"),
           "<5e0d2b8f71c94a36d8e1f7b40c9a25d1@mss-liban.example.org>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("User-Agent", ROUNDCUBE)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 17, report_attachments=[f],
        notes="revision of h282-17 (Roundcube reply to the sender's own message, In-Reply-To h282-17): a corrected "
              "statistical annex 'qui remplace la précédente'; the report and the cover letter are unchanged and not "
              "re-sent, so only the new annex is listed. On time (14 February). The quoted original still lists "
              "all three files of the first message. format=flowed quoted-printable."))


# ================================================================ 22  AR  both  returned Egyptian nurses: report in the body + a late speaker
def m22():
    when = at("2021-02-15 13:20:46")
    subj = "التقرير الطوعي لرابطة الممرضات والممرضين العائدين من الخليج"
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

نرسل إليكم فيما يلي التقرير الطوعي لرابطة الممرضات والممرضين العائدين من الخليج (ومقرها القاهرة)، مكتوباً في متن الرسالة لأن أغلب أعضائنا يقرؤون البريد من الموبايل.

أولاً: من نحن
تضم الرابطة نحو 1,200 ممرض وممرضة مصريين عملوا في مستشفيات السعودية والكويت والإمارات ثم عادوا إلى مصر، كثير منهم بعد إنهاء عقودهم خلال جائحة كوفيد-19.

ثانياً: أهم النتائج (استبيان شمل 386 عضواً وعضوة، ديسمبر 2020)

البند | العدد | النسبة
أُنهيت عقودهم في 2020 | 212 | 55%
لم يحصلوا على مكافأة نهاية الخدمة كاملة | 147 | 38%
أصيبوا بكوفيد-19 أثناء العمل | 118 | 31%
لم يجدوا عملاً في مصر بعد العودة | 231 | 60%
لم تُعادَل شهاداتهم أو سنوات خبرتهم | 174 | 45%

ثالثاً: صلة ذلك بالاتفاق العالمي للهجرة
تمسّ هذه النتائج الهدف 6 (التوظيف العادل وظروف العمل اللائق)، والهدف 18 (الاعتراف المتبادل بالمهارات والمؤهلات)، والهدف 21 (العودة الكريمة وإعادة الإدماج المستدامة)، والهدف 22 (إمكانية نقل استحقاقات الضمان الاجتماعي).

رابعاً: التوصيات
١- إلزام جهات العمل بتسوية مستحقات نهاية الخدمة قبل مغادرة الممرض أو الممرضة بلد العمل.
٢- اعتبار الإصابة بكوفيد-19 أثناء العمل إصابة عمل يستحق عنها التعويض حتى بعد العودة.
٣- تيسير معادلة الشهادات والخبرات المكتسبة في الخليج في نقابة التمريض ووزارة الصحة المصرية.

وعلى الهامش: لو لسه فيه مجال، نحب إن رئيسة الرابطة، الأستاذة سماح عبد الفتاح درويش، تتكلم في المائدة المستديرة التالتة عن تجربة الممرضين العائدين (اشتغلت 11 سنة ممرضة أولى في العناية المركزة في الكويت). إحنا عارفين إن ميعاد طلبات الكلام عدّى، فلو ما ينفعش مفيش أي مشكلة.

مع خالص الشكر،
منى فؤاد الشاذلي
أمينة الصندوق - رابطة الممرضات والممرضين العائدين من الخليج
القاهرة
"""
    body = alt(text, "----=_Part_2874415_1190384726.1613388046512", html=yahoo_divs(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic309-24.consmr.mail.ne1.yahoo.example.com", "198.51.100.224",
           "4F4Gx19TnZ6", addr("منى الشاذلي", "mona_elshazly70@yahoo.example.com"), hdr(subj),
           "<1402397815.2874416.1613388046515@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(22, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سماح عبد الفتاح درويش", "رئيسة الرابطة", "رابطة الممرضات والممرضين العائدين من الخليج", ["roundtable"],
           3)],
        notes="both on 15 February: the report is pasted in the body (headed sections, a pipe-separated statistics "
              "table, recommendations; no attachment) and is on time, but the speaker part 'على الهامش' is after the "
              "speaker deadline (the sender says so), so on_time false. 'لو ما ينفعش مفيش أي مشكلة' is a hedge, not "
              "a withdrawal. Egyptian colloquial ('لو لسه فيه مجال', 'التالتة' = 3); 'الأستاذة' dropped; the title "
              "is her current office, the ICU years are background. GCM objectives 6/18/21/22 and the table figures "
              "are decoys. Yahoo webmail, base64, signed by the treasurer (not a speaker)."))


# ================================================================ 23  EN  report  Bahrain social-protection observatory: 00:54 in Manama, 23:54 in Beirut
def m23():
    when = at("2021-02-16 23:54:30")
    subj = "SPOMW voluntary GCM review report (apologies - just after midnight here)"
    f1, f2 = "SPOMW_Voluntary_GCM_Review_Report_2021.pdf", "SPOMW_Annex2_Statistical_Tables.xlsx"
    text = """Dear Secretariat,

I'm afraid it has just gone midnight here in Manama, so I hope you can still accept this - the tables took longer than expected.

Please find attached the voluntary GCM review report of the Social Protection Observatory for Migrant Workers (SPOMW), together with its statistical annex as an Excel workbook (Annex 2 of the report; Annex 1, the survey questionnaire, is at the end of the PDF).

The report examines how health insurance and work-injury cover actually work for migrant workers in Bahrain and the wider GCC: who is enrolled, who pays, what happens to cover when a worker is reported as 'absconding' or loses a job, and how rarely end-of-service and injury benefits reach workers who have already left the country (GCM Objective 22).

With best regards,

Dr. Leena Matar
Director
Social Protection Observatory for Migrant Workers (SPOMW)
Manama, Kingdom of Bahrain
"""
    pdf = rep_pdf("Covered on paper: health insurance and work-injury protection for migrant workers",
                  "Social Protection Observatory for Migrant Workers (SPOMW), February 2021",
                  ["Summary", "Health insurance: enrolment and premiums", "Work-injury cover",
                   "Absconding reports and loss of cover", "End-of-service and injury benefits after departure",
                   "Recommendations", "Annex 1: survey questionnaire", "Annex 2: statistical tables (Excel)"])
    xlsx = make_xlsx([["Table", "Indicator", "2019", "2020"],
                      ["2.1", "Workers covered by employer health insurance (%)", 64, 58],
                      ["2.2", "Claims rejected (%)", 12, 19],
                      ["2.3", "Work-injury claims filed", 1840, 1512],
                      ["2.4", "Injury benefits paid after departure", 37, 22]])
    lcid = "image001.png@01D704C1.8E2A5F30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=lcid)),
                            logo(lcid, (90, 40, 120))],
                "_004_AS4PR01MB7390C5E2A8B1F47D9_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS4PR01MB7390C5E2A8B1F47D9_")
    body = multi("mixed", [a, attach("application/pdf", pdf, f1), attach(XLSX, xlsx, f2)],
                 "_006_AS4PR01MB7390C5E2A8B1F47D9_")
    m = mk(when, sent_at(when, 3, 9), "mail-as4pr01on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4F5Mn26QwZ4", "Leena Matar <l.matar@spomw.example.org.bh>", subj,
           "<AS4PR01MB7390C5E2A8B1F47D9@AS4PR01MB7390.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXBMt2Lk7Rv5Nq8Wb1Pz4Hc9Ts3Fd==", lang="en-GB", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="deadline edge: the Date header reads Wed 17 Feb 00:54 +0300 and the sender believes she is late ('just "
              "gone midnight here in Manama'), but it was received 23:54:30 on Tuesday 16 February Beirut time: on "
              "time. The report is the PDF plus its statistical annex as an Excel workbook ('Annex 2 of the report'); "
              "Annex 1 is inside the PDF; the inline logo is not part of it. 'Dr.' in the signature is no speaker. "
              "Outlook."))


# ================================================================ 24  FR  report  far-south Algerian association, a day late
def m24():
    when = at("2021-02-17 09:16:03")
    subj = "Rapport volontaire ASSH – santé des migrants à Tamanrasset (envoi tardif)"
    f = "Rapport_ASSH_santé_migrants_Tamanrasset_2021.docx"
    text = """Bonjour,

Nous savons que la date limite était hier soir et nous vous prions de nous excuser : notre médecin coordinateur était en mission de consultations avancées à In Guezzam toute la semaine, sans réseau, et il a fallu attendre son retour pour valider les chiffres.

Vous trouverez ci-joint le rapport volontaire de l'Association Soins Solidaires du Hoggar (ASSH) sur la santé des migrants en transit à Tamanrasset et dans l'extrême sud algérien : consultations réalisées en 2020 (2 381), pathologies les plus fréquentes (déshydratation, paludisme, blessures, grossesses non suivies), décès signalés sur les pistes, et obstacles à l'accès aux hôpitaux publics. Le tableau récapitulatif se trouve en page 6.

Si le rapport ne peut plus être pris en compte pour l'examen, nous serions heureux qu'il soit au moins transmis pour information.

Cordialement,

-- 
Farid Amokrane
Secrétaire général – ASSH
Association Soins Solidaires du Hoggar
Tamanrasset – Algérie
"""
    doc = make_docx(["Association Soins Solidaires du Hoggar (ASSH) - Rapport volontaire 2021",
                     "1. Tamanrasset, ville de transit", "2. Consultations 2020 (2 381) - tableau recapitulatif p. 6",
                     "3. Pathologies frequentes", "4. Deces signales sur les pistes",
                     "5. Acces aux hopitaux publics", "6. Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach(DOCX, doc, f)], "------------B3C1F6E2A9D04758E1A6C2F0")
    m = mk(when, sent_at(when, 1, 12), "smtp.djaweb.example.dz", "203.0.113.133", "4F6Tq84LwZ2",
           "Farid Amokrane <assh.tamanrasset@djaweb.example.dz>", hdr(subj, enc="Q"),
           "<6c2a9e14-7f3b-4d85-b0e6-19d4c7a2f583@djaweb.example.dz>", body,
           extra=[("User-Agent", TB_LINUX), ("Content-Language", "fr")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[f],
        notes="late report (received 17 February 09:16) that says so ('la date limite était hier soir') and asks "
              "that it be passed on at least for information; DOCX with an accent in the name (RFC 2231 + RFC "
              "2047). '2 381' consultations and 'page 6' are figures; the 'médecin coordinateur' is not proposed as "
              "a speaker. Thunderbird, format=flowed 8bit, signature after '-- '; Date UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
