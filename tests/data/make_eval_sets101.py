#!/usr/bin/env python3
"""Write the blind evaluation set holdout101 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets101.py
Theme: statisticians and data producers -- national statistics offices, migration observatories,
survey and polling firms, census and labour-force survey units, university data labs
(Jordan, Egypt, Morocco, Tunisia, Lebanon, Iraq, Oman).
"""
import datetime as dt
import io
import json
import os
import zipfile
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout101")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h101-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def make_xlsx(rows):
    """A tiny valid XLSX (one sheet, inline strings / numbers), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cols = "ABCDEFGHIJ"
    sheet = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (cols[c], r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, x(v)))
        sheet.append('<row r="%d">%s</row>' % (r, "".join(cells)))
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
         '<sheets><sheet name="Table 1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(sheet) + '</sheetData></worksheet>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 8, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


ANNEX_ROWS = [
    ["Table", "Indicator", "Nationality group", "2019", "2020"],
    ["T1", "Employed non-Jordanians (LFS, thousands)", "Egyptian", 212.4, 188.9],
    ["T1", "Employed non-Jordanians (LFS, thousands)", "Syrian", 61.2, 57.8],
    ["T1", "Employed non-Jordanians (LFS, thousands)", "Other Arab", 18.7, 16.1],
    ["T1", "Employed non-Jordanians (LFS, thousands)", "Asian", 44.9, 39.3],
    ["T2", "Unemployment rate, non-Jordanians (%)", "All", 9.8, 14.6],
    ["T3", "Work permits issued (MoL admin data)", "All", 349537, 245117],
]


# ================================================================ the 24 messages
def m01():
    """fr auto-reply (HCP Morocco) to the invitation mailing."""
    when = at("2021-01-27 11:42:19")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 8 février 2021 inclus, en mission pour "
            "l'Enquête nationale sur l'emploi, avec un accès limité à ma messagerie.\n\nPour toute "
            "urgence, merci de contacter le secrétariat de la Direction de la Statistique : "
            "secretariat.ds@hcp.example.ma\n\nCordialement,\n\nLatifa Bouzidi\nHaut-Commissariat au Plan\n")
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "_000_PR1P264MB18229C5E0B1A4D7F2C3E8AB1PR1P264MB1822FRAP_")
    invit = "<DB9PR04MB8412A7E35C1F0D26B4A9C3E1B9C30@DB9PR04MB8412.eurprd04.prod.outlook.example.com>"
    rows = std_rows(when, "mail.hcp.example.ma", "196.200.131.18", "4DQm7y1Zk2z3F",
                    '"Bouzidi Latifa" <l.bouzidi@hcp.example.ma>',
                    hdr("Réponse automatique : Invitation – Examen régional du Pacte mondial sur les migrations "
                        "(PMM) dans la région arabe", "utf-8", "Q"),
                    rfcdate(sent), "<PR1P264MB18229C5E0B1A4D7F2C3E8AB1@PR1P264MB1822.FRAP264.prod.outlook.example.com>",
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", invit), ("References", invit), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("Content-Language", "fr-FR"),
             ("Thread-Topic", "Invitation - Examen regional du PMM dans la region arabe")]
    m = top(body, rows)
    add(1, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in French (Auto-Submitted: auto-replied, null Return-Path) answering the "
              "invitation mailing; mentions the national employment survey and gives another address, but "
              "is no request of any kind."))


def m02():
    """en other: data-sharing question from a Jordanian polling firm."""
    when = at("2021-01-29 10:12:44")
    sent = when - dt.timedelta(seconds=14)
    text = """Dear colleagues,

Thanks for the invitation to the regional review. Before we decide whether to put together a voluntary report I have a couple of practical questions on data, hope this is the right address.

We ran a phone survey (CATI) of ~1,450 migrant domestic and agricultural workers in Jordan between June and October 2020, covering wage arrears, loss of jobs during the lockdown and access to health services. We own the microdata but the respondents were promised anonymity.

1) If we refer to this survey in a report, would the Network expect us to share the underlying microdata, or are aggregate tables enough?
2) Is there a data-sharing agreement / template the Network uses with private data producers? Our legal counsel will ask.
3) Will voluntary reports be published on the UN Network website, and if so, could tables be kept in an annex that is not published?

No nomination or submission at this stage, just trying to understand the rules before we commit staff time.

Many thanks,
Omar

--
Omar Khasawneh
Research Director | Tawazun Polling & Market Research
Amman, Jordan | +962 6 5 555 014
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000a1c3e505b9f2d4a1")
    rows = std_rows(when, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DRs0h6Qj3z8",
                    "Omar Khasawneh <omar.khasawneh@tawazun-research.example.com>",
                    "Question on data sharing / microdata for voluntary GCM reports",
                    rfcdate(sent), "<CAK8wN3pV1tB9q+YdR4mZx7uE2oF6hJ0sL5cA9gQw3rTn8Ue1Zw@mail.gmail.example.com>",
                    ret="omar.khasawneh@tawazun-research.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="data-sharing question (microdata, data-sharing agreement, publication of annexes) that mentions a "
              "possible report but explicitly submits and nominates nothing ('No nomination or submission at "
              "this stage'); numbered list looks like a structured submission."))


def m03():
    """ar speaker: Jordan DoS, windows-1256 Outlook, long technical title, roundtable 3."""
    when = at("2021-02-01 09:40:05")
    sent = when - dt.timedelta(seconds=21)
    text = """السادة/ سكرتاريا المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين

تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية، يسر دائرة الإحصاءات العامة أن ترشح الدكتور خالد عبد الرحمن الشوابكة، رئيس قسم إحصاءات الهجرة الدولية، لتقديم مداخلة في المائدة المستديرة المواضيعية الثالثة، وذلك نظرًا لخبرته في مواءمة بيانات مسح قوة العمل والسجلات الإدارية مع الهدف الأول من أهداف الاتفاق (جمع واستخدام بيانات دقيقة ومصنفة).

وتفضلوا بقبول فائق الاحترام والتقدير،

م. سناء العدوان
مديرة وحدة العلاقات الدولية
دائرة الإحصاءات العامة - المملكة الأردنية الهاشمية
هاتف: 5300700 6 962+ فرعي 1142
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">'
                     + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "_000_VI1PR0601MB2207E4C1D6B8F93A02A7C5E5D0B19VI1PR0601MB2207_")
    rows = std_rows(when, "mail.dos.example.gov.jo", "46.185.128.20", "4DTk2L0xB9z1",
                    addr("سناء العدوان", "s.adwan@dos.example.gov.jo", "windows-1256"),
                    hdr("ترشيح متحدث - دائرة الإحصاءات العامة", "windows-1256"),
                    rfcdate(sent), "<VI1PR0601MB2207E4C1D6B8F93A02A7C5E5D0B19@VI1PR0601MB2207.eurprd06.prod.outlook.example.com>",
                    ret="s.adwan@dos.example.gov.jo")
    rows += [("Content-Language", "ar-JO"), ("X-MS-Has-Attach", ""), ("Accept-Language", "ar-JO, en-US")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("خالد عبد الرحمن الشوابكة", "رئيس قسم إحصاءات الهجرة الدولية",
                     "دائرة الإحصاءات العامة", ["roundtable"], 3)],
        notes="windows-1256 Outlook multipart/alternative; the speaker (honorific الدكتور) is nominated by the "
              "sender, whose own name/title (م. سناء العدوان, مديرة وحدة العلاقات الدولية) is a decoy in the signature; long "
              "technical title; 'المائدة "
              "المستديرة المواضيعية الثالثة' = roundtable 3; GCM objective 1 mentioned (not a roundtable number)."))


def m04():
    """en speaker: CAPMAS nominates a colleague, Head of the LFS Unit, plenary."""
    when = at("2021-02-02 13:05:37")
    sent = tz(when - dt.timedelta(seconds=30), 2)
    text = """Dear Sir/Madam,

With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, CAPMAS is pleased to propose the following speaker for a floor intervention in one of the plenary sessions on 24 or 25 February:

Ms. Nermine Adel Soliman
Head of the Labour Force Survey Unit
Central Agency for Public Mobilization and Statistics (CAPMAS), Arab Republic of Egypt

Ms. Soliman led the redesign of the quarterly LFS migration module in 2019 (return migration and intention to migrate) and can present the first results.

Kindly confirm receipt.

Best regards,

Mohamed Fathy Ibrahim
International Cooperation Department
Central Agency for Public Mobilization and Statistics (CAPMAS)
Salah Salem St., Nasr City, Cairo
"""
    html = html_wrap('<div class="WordSection1">'
                     + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_AM0PR10MB2561B3F7A9C04D1E62B8F4C1A7E20AM0PR10MB2561EURP_")
    rows = std_rows(when, "mx.capmas.example.gov.eg", "41.33.147.66", "4DVp6Y3rT1z0",
                    '"Mohamed Fathy Ibrahim" <m.fathy@capmas.example.gov.eg>',
                    "Speaker nomination - CAPMAS - Labour Force Survey",
                    rfcdate(sent), "<AM0PR10MB2561B3F7A9C04D1E62B8F4C1A7E20@AM0PR10MB2561.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="m.fathy@capmas.example.gov.eg")
    rows += [("Thread-Topic", "Speaker nomination - CAPMAS - Labour Force Survey"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nermine Adel Soliman", "Head of the Labour Force Survey Unit",
                     "Central Agency for Public Mobilization and Statistics (CAPMAS)", ["plenary"])],
        notes="nomination of a colleague, not the sender (sender's signature is a decoy); long technical title "
              "on its own line between name and organisation; 'Ms.' dropped from the name; plenary stated as 'floor intervention in one of the plenary sessions'."))


MID05 = "<3f9a1c2e-7b4d-4e8a-9c61-5d2e0f8b7a14@ins.example.tn>"


def m05():
    """fr speaker: INS Tunisia, Thunderbird flowed, two speakers in a dashed list."""
    when = at("2021-02-02 16:48:12")
    sent = tz(when - dt.timedelta(seconds=25), 1)
    text = """Madame, Monsieur,

Suite à votre aimable invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, l'Institut National de la Statistique de Tunisie (INS) a l'honneur de vous proposer les deux intervenants suivants :

- M. Slim Ben Ammar, Directeur central des statistiques démographiques et sociales, en qualité de rapporteur pour la présentation des messages clés des parties prenantes ;

- Mme Amel Jaziri épouse Gharbi, Cheffe du service des enquêtes auprès des ménages, pour une intervention lors de la table ronde thématique n° 2.

Mme Jaziri a coordonné le volet migration de l'enquête nationale Tunisia-HIMS (2020-2021), réalisée avec l'ONM.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Hela Mabrouk
Chargée de la coopération internationale
Institut National de la Statistique - Tunisie
70, rue Ech-Cham, Tunis
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    t.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.ins.example.tn", "197.13.2.40", "4DVw1N8kP7z2",
                    "Hela Mabrouk <h.mabrouk@ins.example.tn>",
                    hdr("Proposition d'intervenants - INS Tunisie", "utf-8", "Q"),
                    rfcdate(sent), MID05, ret="h.mabrouk@ins.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(t, rows)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Slim Ben Ammar", "Directeur central des statistiques démographiques et sociales",
                     "Institut National de la Statistique de Tunisie (INS)", ["rapporteur"]),
                  sp("Amel Jaziri épouse Gharbi", "Cheffe du service des enquêtes auprès des ménages",
                     "Institut National de la Statistique de Tunisie (INS)", ["roundtable"], 2)],
        notes="Thunderbird format=flowed 8bit; two speakers in a dashed list with M./Mme honorifics; rapporteur "
              "written as 'rapporteur pour la présentation des messages clés'; 'table ronde thématique n° 2'; "
              "married name 'épouse Gharbi' kept as written; ONM (another organisation) and the sender's "
              "signature are decoys."))


MID06 = "<7C1E4A92-3B5F-4D8E-A0C6-9F2B7D4E1A63@almouasher.example.com.lb>"


def m06():
    """ar speaker: Levantine, iPhone, title after the organisation in the signature."""
    when = at("2021-02-03 19:31:50")
    sent = when - dt.timedelta(seconds=12)
    text = """مرحبا،

انا ريم من شركة المؤشر، شفت الدعوة عن طريق زميل بالـ ILO. بدي شارك بمداخلة بالجلسة العامة يوم ٢٤ او ٢٥ شباط اذا في مجال. نحنا عم نعمل مسح دوري عن العمال المهاجرين بلبنان من ٢٠١٧ (عاملات المنازل والعمال السوريين)، وعنا أرقام جديدة عن أثر الأزمة الاقتصادية وانفجار المرفأ عليهم.

شكرا كتير وبانتظار ردكم

ريم حداد
شركة المؤشر للأبحاث والإحصاء
مديرة قسم المسوح الميدانية
بيروت - لبنان

Sent from my iPhone
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.almouasher.example.com.lb", "185.84.236.11", "4DWc5T2gH8z6",
                    addr("Reem Haddad", "reem.haddad@almouasher.example.com.lb"),
                    hdr("مشاركة بالمؤتمر"), rfcdate(sent), MID06, ret="reem.haddad@almouasher.example.com.lb")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(t, rows)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريم حداد", "مديرة قسم المسوح الميدانية", "شركة المؤشر للأبحاث والإحصاء", ["plenary"])],
        notes="Levantine colloquial, iPhone plain text; only a first name in the body, full name in the "
              "signature; the title comes after the organisation in the signature; Latin display name; "
              "'الجلسة العامة' = plenary; ILO mentioned as a decoy affiliation."))


def m07():
    """fr other: Lebanese French logistics questions, no speaker named yet."""
    when = at("2021-02-03 21:14:07")
    sent = when - dt.timedelta(seconds=18)
    text = """Bonsoir,

Svp j'aurais quelques questions concernant la revue régionale :

- est-ce que l'interprétation vers le français sera assurée pendant les tables rondes ? plusieurs de nos collègues sont plus à l'aise en français qu'en anglais
- le rapport volontaire peut-il être rédigé en français ou il faut obligatoirement l'anglais/arabe ?
- pour les intervenants, faut-il s'inscrire d'abord sur une plateforme en ligne, ou bien un simple mail suffit ?

On compte proposer quelqu'un de l'unité des comptes nationaux et du recensement pour une table ronde, je vous enverrai les détails dès que la direction aura validé.

Merci d'avance et bonne soirée,
Carla

Carla Nassif
Administration Centrale de la Statistique (ACS) – Liban
"""
    html = ('<div style="font-family:Helvetica,Arial,sans-serif;font-size:13px">'
            + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", html_wrap(html), "utf-8", "base64")],
                 "----=_Part_2281947_1049627733.1612379647190")
    rows = std_rows(when, "mail.cas.example.gov.lb", "194.126.10.35", "4DWgQ0m5R4z9",
                    "Carla Nassif <c.nassif@cas.example.gov.lb>",
                    hdr("Questions - interprétation / langue du rapport", "utf-8", "Q"),
                    rfcdate(sent), "<1049627733.2281948.1612379647190@webmail.cas.example.gov.lb>",
                    ret="c.nassif@cas.example.gov.lb")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (interpretation, report language, registration); announces a future roundtable "
              "speaker without any name, so no speaker request yet; Lebanese French ('Svp', 'ou bien'); "
              "base64 multipart/alternative from Zimbra."))


def m08():
    """en both: AUC CMRS data lab; DOCX report + sender herself in open discussion, details in signature."""
    when = at("2021-02-04 10:26:33")
    sent = when - dt.timedelta(seconds=16)
    name = "CMRS_MDL_Voluntary_GCM_Review_Egypt_2021.docx"
    text = """Hello,

Attached is our contribution to the regional review - a voluntary GCM review report prepared by the Migration Data Lab at CMRS. It focuses on Objective 1 (data) and Objective 3 (information), and compares what Egypt's 2017 census, the LFS and the 2013 Egypt-HIMS can and cannot tell us about irregular and return migration.

I would also like to take part in the open discussion on the 23rd if possible - I'll keep it short, 3 min max.

Thank you!
Dalia

Dalia Hassan Mekkawi, PhD
Senior Research Analyst, Migration Data Lab
Center for Migration and Refugee Studies (CMRS)
The American University in Cairo
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000f81d2b05ba7e3c52")
    docx = make_docx(["Center for Migration and Refugee Studies (CMRS), The American University in Cairo",
                      "Migration Data Lab", "Voluntary GCM Review Report - Egypt - February 2021",
                      "1. Census 2017, LFS and Egypt-HIMS: coverage of international migrants",
                      "2. Gaps in return migration statistics", "3. Recommendations (Objectives 1 and 3)"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kkr3m8ce0")])
    body = multi("mixed", [alt, att], "000000000000f81d2c05ba7e3c54")
    rows = std_rows(when, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DXM3q7Bv0z4",
                    "Dalia Mekkawi <dalia.mekkawi@aucegypt.example.edu>",
                    "GCM review - CMRS report + open discussion", rfcdate(sent),
                    "<CAE5tQ1m4X9z0wP7uJc2vLk6bR3sY8nH1dG5fA4eK0iM9oQp2Vg@mail.gmail.example.com>",
                    ret="dalia.mekkawi@aucegypt.example.edu")
    m = top(body, rows)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Dalia Hassan Mekkawi", "Senior Research Analyst",
                     "Migration Data Lab, Center for Migration and Refugee Studies (CMRS), The American University in Cairo",
                     ["open_discussion"])],
        report_attachments=[name],
        notes="report (DOCX) and a speaking request in one short Gmail message; the sender is the speaker, full "
              "name/title/affiliation only in the signature (first name in the body, 'PhD' after the name); "
              "'open discussion on the 23rd'; GCM objective numbers are not roundtable numbers; affiliation "
              "spread over three signature lines (lab, centre, university)."))


def m09():
    """fr both: LERMS named only by its acronym in the body, in full in the signature; Latin-1 Outlook."""
    when = at("2021-02-04 15:52:40")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    name = "Rapport_LERMS_PMM_2021.pdf"
    text = """Bonjour,

Le LERMS a le plaisir de vous transmettre ci-joint son rapport volontaire dans le cadre de l'examen régional du PMM. Le rapport exploite les données de l'Enquête nationale sur la migration internationale 2018-2019 et de notre propre enquête panel auprès des migrants subsahariens à Rabat, Kénitra et Tanger.

Par ailleurs, le LERMS souhaiterait que sa directrice, Pr Naïma Alaoui, puisse intervenir lors de la première table ronde thématique, si le programme le permet.

Je reste disponible pour toute précision.

Bien cordialement,

Youssef Tazi
Doctorant - chargé de la coordination
Laboratoire d'Études et de Recherches sur les Migrations et les Sociétés (LERMS), Université Ibn Tofail
Kénitra, Maroc
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "iso-8859-1")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                "_000_MRXP264MB0741D2B5A8E3C91F4C0E7B2AMRXP264MB0741FRAP_")
    pdf = make_pdf(["LERMS - Universite Ibn Tofail, Kenitra", "Rapport volontaire - Examen regional du PMM 2021",
                    "Migrants subsahariens au Maroc : apports de l'ENMI 2018-2019 et d'une enquete panel"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_MRXP264MB0741D2B5A8E3C91F4C0E7B2AMRXP264MB0741FRAP_")
    rows = std_rows(when, "smtp.uit.example.ac.ma", "196.200.156.9", "4DXVr8b1Lq2z",
                    '"Tazi Youssef" <youssef.tazi@uit.example.ac.ma>',
                    hdr("Rapport volontaire du LERMS + demande d'intervention", "iso-8859-1", "Q"),
                    rfcdate(sent), "<MRXP264MB0741D2B5A8E3C91F4C0E7B2A@MRXP264MB0741.FRAP264.PROD.OUTLOOK.example.com>",
                    ret="youssef.tazi@uit.example.ac.ma")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Naïma Alaoui", "directrice",
                     "Laboratoire d'Études et de Recherches sur les Migrations et les Sociétés (LERMS), Université Ibn Tofail",
                     ["roundtable"], 1)],
        report_attachments=[name],
        notes="the organisation is only 'le LERMS' in the body; its full name appears only in the sender's "
              "signature; the speaker is the director ('sa directrice, Pr Naïma Alaoui'), not the sender; "
              "'première table ronde thématique' = roundtable 1; ISO-8859-1 Outlook."))


MID10 = "<AM0PR10MB2561C8A4E2F61B7D93E0A5D2B6F41@AM0PR10MB2561.EURPRD10.PROD.OUTLOOK.example.com>"


def m10():
    """en speaker follow-up: CAPMAS replaces the speaker of h101-04 'for the same slot'."""
    when = at("2021-02-04 17:20:09")
    sent = tz(when - dt.timedelta(seconds=27), 2)
    mid04 = "<AM0PR10MB2561B3F7A9C04D1E62B8F4C1A7E20@AM0PR10MB2561.EURPRD10.PROD.OUTLOOK.example.com>"
    text = """Dear colleagues,

Further to my email below: Ms. Soliman will unfortunately be on mission for the ILO Labour Statistics workshop on 24-25 February and cannot attend.

CAPMAS would therefore like to nominate in her place Mr. Tarek Mahmoud El-Naggar, Director General of Labour Statistics, for the same slot.

Apologies for the change and thank you for your understanding.

Best regards,
Mohamed Fathy Ibrahim
International Cooperation Department | CAPMAS

________________________________
From: Mohamed Fathy Ibrahim
Sent: Tuesday, February 2, 2021 1:05 PM
To: gcmrrarabstates@iom.int
Subject: Speaker nomination - CAPMAS - Labour Force Survey

Dear Sir/Madam,

With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, CAPMAS is pleased to propose the following speaker for a floor intervention in one of the plenary sessions on 24 or 25 February:

Ms. Nermine Adel Soliman
Head of the Labour Force Survey Unit
Central Agency for Public Mobilization and Statistics (CAPMAS), Arab Republic of Egypt

Ms. Soliman led the redesign of the quarterly LFS migration module in 2019 (return migration and intention to migrate) and can present the first results.

Kindly confirm receipt.

Best regards,

Mohamed Fathy Ibrahim
International Cooperation Department
Central Agency for Public Mobilization and Statistics (CAPMAS)
Salah Salem St., Nasr City, Cairo
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii")],
                 "_000_AM0PR10MB2561C8A4E2F61B7D93E0A5D2B6F41AM0PR10MB2561EURP_")
    rows = std_rows(when, "mx.capmas.example.gov.eg", "41.33.147.66", "4DXd8W6sJ1z5",
                    '"Mohamed Fathy Ibrahim" <m.fathy@capmas.example.gov.eg>',
                    "RE: Speaker nomination - CAPMAS - Labour Force Survey", rfcdate(sent), MID10,
                    ret="m.fathy@capmas.example.gov.eg")
    rows += [("In-Reply-To", mid04), ("References", mid04),
             ("Thread-Topic", "Speaker nomination - CAPMAS - Labour Force Survey"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Tarek Mahmoud El-Naggar", "Director General of Labour Statistics",
                     "Central Agency for Public Mobilization and Statistics (CAPMAS)", ["plenary"])],
        thread_of="h101-04.eml",
        notes="follow-up replacing the speaker of h101-04 (Outlook reply to the sender's own message, quoted "
              "below a '____' separator); role only as 'for the same slot' = the plenary of the quoted "
              "message; the replaced speaker (Nermine Adel Soliman) must not be recorded again; ILO workshop "
              "is a decoy; organisation in full only in the quoted part."))


def m11():
    """ar speaker: Moroccan darija, Gmail Android base64, open discussion."""
    when = at("2021-02-05 15:03:27")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    text = """السلام عليكم

أنا حسناء الإدريسي، كنخدم فمرصد الهجرة والتنقلات فجامعة محمد الخامس. بغيت نشارك فالنقاش المفتوح ديال المشاورة ديال 23 فبراير، عندنا معطيات جديدة على المهاجرين لي رجعو للمغرب بسبب كوفيد (قاعدة بيانات ديال 2300 حالة).

واش خاصني نعمر شي استمارة ولا هاد الإيميل كافي؟

شكرا بزاف

--
حسناء الإدريسي
منسقة وحدة البيانات
مرصد الهجرة والتنقلات - كلية العلوم القانونية والاقتصادية والاجتماعية أكدال، جامعة محمد الخامس بالرباط
"""
    t = leaf("text/plain", text, "UTF-8", "base64")
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [t, leaf("text/html", html, "UTF-8", "base64")], "0000000000003e9b7a05ba9c1f02")
    rows = std_rows(when, "mail-lj1-f171.google.example.com", "209.85.208.171", "4DYCk1pN6rz0",
                    addr("حسناء الإدريسي", "hasnaa.idrissi.omt@gmail.example.com"),
                    hdr("المشاركة في النقاش المفتوح 23 فبراير"), rfcdate(sent),
                    "<CAM7yR2qS5tU0vW3xY6zA9bC2dE5fG8hI1jK4lM7nO0pQ3rS6tU@mail.gmail.example.com>",
                    ret="hasnaa.idrissi.omt@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("حسناء الإدريسي", "منسقة وحدة البيانات",
                     "مرصد الهجرة والتنقلات - كلية العلوم القانونية والاقتصادية والاجتماعية أكدال، جامعة محمد الخامس بالرباط",
                     ["open_discussion"])],
        notes="Moroccan darija (كنخدم، بغيت، واش، بزاف) in Arabic script, base64 Gmail; 'النقاش المفتوح ديال "
              "المشاورة ديال 23 فبراير' = open discussion; title only in the signature; long affiliation "
              "(observatory, faculty, university) in the signature; ends with a registration question."))


def m12():
    """en speaker edge: Muscat sender, Date says 6 Feb 01:54 +0400 but received 23:54 Beirut 5 Feb (on time)."""
    when = at("2021-02-05 23:54:58")
    sent = tz(when - dt.timedelta(seconds=18), 4)
    html_in = """<p>Dear GCM Regional Review Secretariat,</p>
<p>Apologies for the late hour. The Labour Mobility Data Lab at Sultan Qaboos University would like to propose two speakers:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e7eef7"><td><b>Name</b></td><td><b>Position</b></td><td><b>Institution</b></td><td><b>Preferred session</b></td></tr>
<tr><td>Dr. Salim Nasser Al-Harthi</td><td>Associate Professor of Statistics &amp; Lead, Labour Mobility Data Lab</td><td>Department of Statistics, College of Science, Sultan Qaboos University (SQU), Muscat</td><td>Roundtable IV</td></tr>
<tr><td>Maryam Said Al-Balushi</td><td>Research Assistant</td><td>Same as above</td><td>Open discussion, 23 Feb</td></tr>
</table>
<p>Dr. Al-Harthi can speak to the use of the NCSI administrative registers for estimating labour migration flows in the GCC.</p>
<p>With kind regards,<br>Maryam Al-Balushi<br>Labour Mobility Data Lab | SQU<br>
<span style="color:#7f7f7f;font-size:8pt">This e-mail and any attachments are confidential and intended solely for the addressee.</span></p>"""
    body = leaf("text/html", html_wrap(html_in), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.squ.example.edu.om", "212.72.20.14", "4DYXz5Cq8Hz3",
                    '"Maryam Said Al-Balushi" <m.albalushi@squ.example.edu.om>',
                    "Speakers - Labour Mobility Data Lab (SQU)", rfcdate(sent),
                    "<HE1PR0402MB3324F7B0C2D9E81A5F36D7C4A8E90@HE1PR0402MB3324.eurprd04.prod.outlook.example.com>",
                    ret="m.albalushi@squ.example.edu.om")
    rows += [("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Salim Nasser Al-Harthi", "Associate Professor of Statistics & Lead, Labour Mobility Data Lab",
                     "Department of Statistics, College of Science, Sultan Qaboos University (SQU)",
                     ["roundtable"], 4),
                  sp("Maryam Said Al-Balushi", "Research Assistant",
                     "Department of Statistics, College of Science, Sultan Qaboos University (SQU)",
                     ["open_discussion"])],
        notes="deadline edge: received 23:54:58 Beirut on Fri 5 Feb (on time) while the Date header reads "
              "'Sat, 6 Feb 2021 01:54:40 +0400' (Muscat) and the sender apologises for the late hour; HTML-only "
              "table; 'Roundtable IV' = 4; second speaker's institution is 'Same as above'; title combines two "
              "positions with '&'; NCSI is a decoy; city 'Muscat' left out of the affiliation."))


def m13():
    """fr speaker edge late: Casablanca sender, Date 5 Feb 23:03 +0100 but received 00:03 Beirut 6 Feb."""
    when = at("2021-02-06 00:03:40")
    sent = tz(when - dt.timedelta(seconds=28), 1)
    text = """Bonsoir,

J'espère qu'il n'est pas trop tard, il est 23h ici à Casablanca !

Je souhaiterais intervenir lors d'une séance plénière de la conférence des 24-25 février. Je m'appelle Karim Benjelloun, d'Atlas Sondages & Études (Casablanca), où je suis directeur des études quantitatives. Nous avons conduit pour le compte de plusieurs bailleurs les enquêtes de perception sur la migration au Maroc (vagues 2018 et 2020), je pourrais présenter l'évolution des attitudes de la population envers les migrants.

Merci et bonne nuit,
K. Benjelloun

Envoyé depuis Mail pour Windows 10
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.atlas-sondages.example.ma", "105.159.248.32", "4DYYb0Tr5Wz6",
                    '"Karim Benjelloun" <k.benjelloun@atlas-sondages.example.ma>',
                    "Demande d'intervention - pleniere", rfcdate(sent),
                    "<601d7b2c.1c69fb81.4e3a.9f17@mx.atlas-sondages.example.ma>",
                    ret="k.benjelloun@atlas-sondages.example.ma")
    rows += [("X-Mailer", "Microsoft Windows 10 Mail")]
    m = top(t, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Karim Benjelloun", "directeur des études quantitatives", "Atlas Sondages & Études", ["plenary"])],
        notes="deadline edge, late: received 00:03:40 Beirut on Sat 6 Feb although the Date header reads "
              "'Fri, 5 Feb 2021 23:03:12 +0100' (Casablanca) and the sender says 'il est 23h ici'; "
              "prose self-nomination with the organisation before the title ('d'Atlas Sondages & Études "
              "(Casablanca), où je suis directeur...'); 'séance plénière' = plenary; no signature block."))


def m14():
    """ar speaker late: Iraqi CSO, relies on the Arabic letter's misprinted 23 February deadline."""
    when = at("2021-02-08 11:37:21")
    sent = tz(when - dt.timedelta(seconds=33), 3)
    text = """الأخوة في سكرتارية المراجعة الإقليمية المحترمون
تحية طيبة

حسب الرسالة العربية للدعوة آخر موعد لطلبات التحدث هو الجمعة 23 شباط، فنرجو قبول ترشيحنا.

نريد نرشح الأخ م. علي حسين الجبوري، مدير قسم إحصاءات السكان والقوى العاملة، يشارك كمتحدث بالمؤتمر ويعرض نتائج مسح الهجرة العائدة والنزوح الداخلي اللي نفذناه ويه منظمة الهجرة الدولية سنة 2019. عنده خبرة طويلة بالتعداد والمسوح الأسرية.

اكو أي استمارة لازم نملّيها؟ وشكراً مقدماً

مع التقدير
زينب كاظم العبيدي
قسم العلاقات والتعاون الدولي
الجهاز المركزي للإحصاء / وزارة التخطيط - جمهورية العراق
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    html = '<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>"
    body = multi("alternative", [t, leaf("text/html", html_wrap(html, "rtl"), "utf-8", "base64")],
                 "----=_NextPart_000_0017_01D6FE11.4C8A2B30")
    rows = std_rows(when, "mail.cosit.example.gov.iq", "5.1.104.77", "4DZ3gR9wF2z7",
                    addr("زينب كاظم", "zainab.k@cosit.example.gov.iq"),
                    hdr("ترشيح متحدث من الجهاز المركزي للإحصاء"), rfcdate(sent),
                    "<000d01d6fe0f$3b7c2a10$b2747e30$@cosit.example.gov.iq>",
                    ret="zainab.k@cosit.example.gov.iq")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbeDzt8KhBxqY1TRsu2f7k0nLm9Qw=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("علي حسين الجبوري", "مدير قسم إحصاءات السكان والقوى العاملة",
                     "الجهاز المركزي للإحصاء / وزارة التخطيط - جمهورية العراق", [])],
        notes="late (Mon 8 Feb) and relies on the Arabic letter's misprinted 'الجمعة 23 شباط' deadline; Iraqi "
              "colloquial (نريد نرشح، اكو، ويه، اللي); 'الأخ م.' (engineer) are honorifics; 'يشارك كمتحدث "
              "بالمؤتمر' states no role; organisation only in the sender's signature; IOM partnership is a decoy."))


def m15():
    """en bounce: DSN for our acknowledgement to h101-06 (mailbox full)."""
    when = at("2021-02-09 08:15:02")
    mid_ack = "<ack.20210209080211.4f1c@gcmrr.iom.int>"
    human = """This is the mail system at host mail.almouasher.example.com.lb.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<reem.haddad@almouasher.example.com.lb>: host
    mail.almouasher.example.com.lb[185.84.236.11] said: 552 5.2.2
    Mailbox full: quota exceeded (in reply to RCPT TO command)
"""
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in ([("Reporting-MTA", "dns; mail.almouasher.example.com.lb"),
                    ("X-Postfix-Queue-ID", "4DZs8q2kMwz1"),
                    ("Arrival-Date", "Tue,  9 Feb 2021 08:14:58 +0200 (EET)")],
                   [("Final-Recipient", "rfc822; reem.haddad@almouasher.example.com.lb"),
                    ("Original-Recipient", "rfc822;reem.haddad@almouasher.example.com.lb"),
                    ("Action", "failed"), ("Status", "5.2.2"),
                    ("Remote-MTA", "dns; mail.almouasher.example.com.lb"),
                    ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full: quota exceeded")]):
        b = Message(policy=POL)
        for k, v in fields:
            b[k] = v
        b.set_payload("")
        blocks.append(b)
    ds.set_payload(blocks)
    rh = Message(policy=POL)
    rh["Content-Description"] = "Undelivered Message Headers"
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload("Return-Path: <gcmrrarabstates@iom.int>\n"
                   "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                   "To: reem.haddad@almouasher.example.com.lb\n"
                   "Subject: %s\n"
                   "Date: Tue, 9 Feb 2021 08:02:11 +0200\n"
                   "Message-ID: %s\n"
                   "In-Reply-To: %s\n"
                   "Auto-Submitted: auto-replied\n" % (b_word("تم الاستلام / Acknowledgement"), mid_ack, MID06))
    body = multi("report", [p1, ds, rh], "4DZs8q2kMwz1.1612851302/mail.almouasher.example.com.lb",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.almouasher.example.com.lb", "185.84.236.11", "4DZs9B0vQyz2",
                    "MAILER-DAEMON@mail.almouasher.example.com.lb (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(when - dt.timedelta(seconds=1)),
                    "<20210209061501.4DZs9B0vQyz2@mail.almouasher.example.com.lb>")
    rows[0] = ("Return-Path", "<>")
    rows += [("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    add(15, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, 5.2.2 mailbox full) for our acknowledgement of "
              "h101-06; only the returned headers (text/rfc822-headers) with an Arabic/English RFC 2047 subject "
              "and an In-Reply-To naming h101-06; must not be acknowledged nor treated as a reply."))


MID16 = "<CAJ4pL8vN2sQ6tX0zB3dF7hK1mP5rU9wY2aC6eG0iJ4lN8oR1tV@mail.gmail.example.com>"
PDF16 = "تقرير_المراجعة_الطوعية_مختبر_بيانات_الهجرة.pdf"
XLSX16 = "Annex_Data_Tables_LFS_2019_2020.xlsx"


def m16():
    """ar report: Jordanian university data lab, PDF (RFC 2047 name) + XLSX data annex."""
    when = at("2021-02-10 12:48:30")
    sent = when - dt.timedelta(seconds=19)
    text = """السادة الأفاضل في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،

تحية طيبة وبعد،

يسرّ مختبر بيانات الهجرة في مركز الدراسات الاستراتيجية - الجامعة الأردنية أن يقدّم تقريره الطوعي لمراجعة الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير جودة بيانات العمالة الوافدة في الأردن ومدى اتساق تقديرات مسح قوة العمل مع بيانات تصاريح العمل الصادرة عن وزارة العمل.

مرفق:
١- التقرير (PDF)
٢- ملحق إحصائي بجداول البيانات (Excel) لتسهيل إعادة استخدام الأرقام

مع خالص الشكر والتقدير،

د. لينا موسى الطراونة
منسقة مختبر بيانات الهجرة
مركز الدراسات الاستراتيجية - الجامعة الأردنية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "0000000000007b2e1f05bafc4d11")
    pdf = make_pdf(["Migration Data Lab - Center for Strategic Studies, University of Jordan",
                    "Voluntary GCM Review Report (Arabic), February 2021",
                    "Consistency of LFS estimates of migrant workers with Ministry of Labour permit data"])
    xl = make_xlsx(ANNEX_ROWS)
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(PDF16))],
              disp='attachment; filename="%s"' % b_word(PDF16), extra=[("X-Attachment-Id", "f_kkz1a2b30")])
    a2 = leaf(XLSX, xl, cte="base64", params=[("name", '"%s"' % XLSX16)],
              disp='attachment; filename="%s"' % XLSX16, extra=[("X-Attachment-Id", "f_kkz1a2b41")])
    body = multi("mixed", [alt, a1, a2], "0000000000007b2e2105bafc4d13")
    rows = std_rows(when, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DZxW7sR3kz8",
                    addr("Lina Tarawneh", "lina.tarawneh.css@gmail.example.com"),
                    hdr("التقرير الطوعي - مختبر بيانات الهجرة / الجامعة الأردنية"), rfcdate(sent), MID16,
                    ret="lina.tarawneh.css@gmail.example.com")
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[PDF16, XLSX16],
        notes="report PDF with an Arabic RFC 2047-encoded file name plus an English-named XLSX data annex: both "
              "make up the report; base64 Gmail body; Arabic-Indic numbered list of attachments; Latin display "
              "name for an Arabic message."))


MID17 = "<5e8c2d71-0a4b-4f3e-b9d6-1c7a8e2f4b90@ins.example.tn>"


def m17():
    """fr other: thank-you reply to our acknowledgement of h101-05 (no acknowledgement needed)."""
    when = at("2021-02-11 09:05:44")
    sent = tz(when - dt.timedelta(seconds=20), 1)
    mid_ack = "<ack.20210203101533.7a2e@gcmrr.iom.int>"
    text = """Bien reçu, merci beaucoup.
Bonne journée.

H. Mabrouk

Le 03/02/2021 à 09:15, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre message concernant l'examen régional
> du Pacte mondial sur les migrations dans la région arabe. Il sera
> examiné par le secrétariat.
>
> Cordialement,
> Secrétariat de l'examen régional du PMM
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    t.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.ins.example.tn", "197.13.2.40", "4DbF2n6Xc9z4",
                    "Hela Mabrouk <h.mabrouk@ins.example.tn>",
                    hdr("Re: Accusé de réception / Acknowledgement", "utf-8", "Q"),
                    rfcdate(sent), MID17, ret="h.mabrouk@ins.example.tn")
    rows += [("In-Reply-To", mid_ack), ("References", "%s %s" % (MID05, mid_ack)),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(t, rows)
    add(17, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h101-05.eml",
        notes="thank-you reply to our acknowledgement of h101-05 (References chain h101-05 -> our ack); adds "
              "nothing new, so no acknowledgement; Thunderbird quote header 'Le ... a écrit :'."))


def m18():
    """en report: Iraq collective report, HTML-only Yahoo, DOCX."""
    when = at("2021-02-12 14:22:16")
    sent = tz(when - dt.timedelta(seconds=35), 3)
    name = "IMDWG_Collective_GCM_Review_Iraq_2021.docx"
    html_in = """<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">Dear Sir / Madam,</div>
<div dir="ltr"><br></div>
<div dir="ltr">On behalf of the Iraq Migration Data Working Group (IMDWG) please find attached our <b>collective</b> voluntary GCM review report. The report was prepared jointly by:</div>
<ul>
<li>the data team of the Kurdistan Region Statistics Office (KRSO), Erbil</li>
<li>the Population Studies Unit, University of Duhok</li>
<li>Al-Rafidain Centre for Survey Research, Baghdad</li>
</ul>
<div dir="ltr">It covers returnees and IDPs, the gaps between the IOM DTM figures and household survey estimates, and proposes a minimum set of migration questions for the next census.</div>
<div dir="ltr"><br></div>
<div dir="ltr">We would be grateful for a confirmation of receipt.</div>
<div dir="ltr"><br></div>
<div dir="ltr">Regards,</div>
<div dir="ltr">Shvan Aziz Rashid</div>
<div dir="ltr">IMDWG focal point</div></div>"""
    h = leaf("text/html", html_wrap(html_in), "UTF-8", "base64")
    docx = make_docx(["Iraq Migration Data Working Group (IMDWG)", "Collective Voluntary GCM Review Report - Iraq 2021",
                      "Partners: KRSO data team; Population Studies Unit, University of Duhok; "
                      "Al-Rafidain Centre for Survey Research",
                      "1. Returnees and IDPs: what the data say", "2. DTM vs household surveys",
                      "3. Proposed census migration module"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [h, att], "----=_Part_1843022_517392466.1613132501874")
    rows = std_rows(when, "sonic312-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.145", "4Dbk0C5vYnz1",
                    "Shvan Aziz <shvan.aziz@yahoo.example.com>",
                    "IMDWG collective voluntary report - Iraq", rfcdate(sent),
                    "<517392466.1843023.1613132501874@mail.yahoo.example.com>",
                    ret="shvan.aziz@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="HTML-only (base64) Yahoo message; collective report of a working group listing three partner "
              "organisations (KRSO, University of Duhok unit, survey centre) in an HTML list; no speaker although "
              "people and a 'focal point' are named; IOM DTM mentioned."))


def m19():
    """ar both: Egyptian colloquial polling centre; PDF report on time, speaker part late (14 Feb)."""
    when = at("2021-02-14 20:41:09")
    sent = when - dt.timedelta(seconds=15)
    name = "تقرير مركز رؤية - الاتفاق العالمي للهجرة.pdf"
    text = """مساء الخير،

ازيكم؟ باعتلكم في المرفقات التقرير الطوعي بتاع مركز رؤية لبحوث الرأي العام عن المراجعة الإقليمية. التقرير معمول على استطلاع رأي قومي عملناه في نوفمبر اللي فات (عينة ٢٠٠٠ أسرة) عن نية الهجرة عند الشباب وتحويلات المصريين في الخليج.

وكمان لو ينفع الدكتورة منى عبد الحميد السيد، مديرة وحدة المسوح بالمركز، تاخد كلمة في الجلسة العامة يوم ٢٤ يبقى كويس جدًا. عارفين إن ميعاد المتحدثين عدّى بس قلنا نحاول 🙏

ألف شكر
أحمد

أحمد سامي
باحث أول - مركز رؤية لبحوث الرأي العام
القاهرة
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                leaf("text/html", '<div dir="auto">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
                "000000000000c4d8e905bb4a9f61")
    pdf = make_pdf(["Ro'ya Center for Public Opinion Research - Cairo",
                    "Voluntary GCM review report, February 2021",
                    "National poll (n=2000 households): youth migration intentions and remittances from the Gulf"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name*", rfc2231(name))],
               disp="attachment; filename*=%s" % rfc2231(name))
    body = multi("mixed", [alt, att], "000000000000c4d8eb05bb4a9f63")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DcQ1y8pTbz5",
                    addr("أحمد سامي", "ahmed.samy@roya-polls.example.com.eg"),
                    hdr("تقرير مركز رؤية + طلب كلمة"), rfcdate(sent),
                    "<CAN2sM9uQ3vR7wX1yZ5aB8cD2eF6gH0iJ4kL8mN2oP6qR0sT4uV@mail.gmail.example.com>",
                    ret="ahmed.samy@roya-polls.example.com.eg")
    m = top(body, rows)
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("منى عبد الحميد السيد", "مديرة وحدة المسوح", "مركز رؤية لبحوث الرأي العام", ["plenary"])],
        report_attachments=[name],
        notes="Egyptian colloquial (ازيكم، باعتلكم، بتاع، يبقى، عدّى) with an emoji; report on time (14 Feb) but the "
              "speaker part is late (after 5 Feb), which the sender admits, so on_time is false; 'الدكتورة' "
              "honorific dropped; 'بالمركز' refers back to the organisation; Arabic PDF name with spaces in "
              "RFC 2231 filename*; 'الجلسة العامة يوم ٢٤' = plenary."))


def m20():
    """ar report follow-up: corrected XLSX annex replacing the one of h101-16."""
    when = at("2021-02-15 10:09:52")
    sent = when - dt.timedelta(seconds=13)
    name = "Annex_Data_Tables_LFS_2019_2020_v2.xlsx"
    text = """تحية طيبة،

نرجو اعتماد النسخة المعدلة المرفقة من الملحق الإحصائي بدلًا من السابقة، إذ تبيّن وجود خطأ في الجدول رقم ٣ (أعداد تصاريح العمل لعام ٢٠٢٠). التقرير نفسه (PDF) بدون تغيير.

مع الاعتذار والشكر،
د. لينا الطراونة

‫في الأربعاء، 10 فبراير 2021 في 12:48 م تمت كتابة ما يلي بواسطة ‪Lina Tarawneh‬‏ <‪lina.tarawneh.css@gmail.example.com‬‏>:‬
> السادة الأفاضل في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،
>
> تحية طيبة وبعد،
>
> يسرّ مختبر بيانات الهجرة في مركز الدراسات الاستراتيجية - الجامعة الأردنية
> أن يقدّم تقريره الطوعي لمراجعة الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة
> والنظامية ...
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "0000000000009a1f3c05bb5e2d70")
    rows_x = [list(r) for r in ANNEX_ROWS]
    rows_x[-1][4] = 251117
    xl = make_xlsx(rows_x)
    att = leaf(XLSX, xl, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl5b9c0d1")])
    body = multi("mixed", [alt, att], "0000000000009a1f3e05bb5e2d72")
    rows = std_rows(when, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DcdS3kW7Gz9",
                    addr("Lina Tarawneh", "lina.tarawneh.css@gmail.example.com"),
                    re_hdr("Re: ", "التقرير الطوعي - مختبر بيانات الهجرة / الجامعة الأردنية"), rfcdate(sent),
                    "<CAJ4pL8vR7tU1wY3aD6gJ9mP2sV5yB8eH1kN4qT7wZ0cF3iL6oR@mail.gmail.example.com>",
                    ret="lina.tarawneh.css@gmail.example.com")
    rows += [("In-Reply-To", MID16), ("References", MID16)]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h101-16.eml",
        notes="revision in the thread of h101-16: only a corrected XLSX annex (v2) replacing the earlier one, the "
              "PDF is said to be unchanged and is not re-attached; Gmail Arabic quote header with bidi control "
              "characters; Re: subject."))


def m21():
    """fr report: ONM Tunisia, Outlook with inline logo, RFC 2231 accented PDF name, base64 body."""
    when = at("2021-02-15 16:30:25")
    sent = tz(when - dt.timedelta(seconds=24), 1)
    name = "Rapport_volontaire_ONM_Tunisie_PMM_février_2021.pdf"
    text = """Madame, Monsieur,

J'ai l'honneur de vous faire parvenir, en pièce jointe, le rapport volontaire de l'Observatoire National de la Migration (ONM) relatif à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport présente notamment les premiers résultats de l'enquête nationale sur la migration internationale Tunisia-HIMS, menée conjointement avec l'Institut National de la Statistique, ainsi que les données administratives sur les Tunisiens à l'étranger.

Nous vous prions de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Mounir Trabelsi
Directeur des études et de la coopération
Observatoire National de la Migration (ONM)
Ministère des Affaires Sociales – Tunisie
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text)
                     + '<p><img width="120" height="48" src="cid:image001.png@01D7039A.5B2C8E10" alt="ONM"></p></div>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_PR0P264MB1913A2E4C6B8D0F1A3C5E7B9D1F3PR0P264MB1913FRAP_")
    logo = leaf("image/png", make_png(12, 5, (180, 20, 30)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D7039A.5B2C8E10>")])
    rel = multi("related", [alt, logo], "_006_PR0P264MB1913A2E4C6B8D0F1A3C5E7B9D1F3PR0P264MB1913FRAP_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Observatoire National de la Migration (ONM) - Tunisie",
                    "Rapport volontaire - Examen regional du PMM, fevrier 2021",
                    "Premiers resultats de l'enquete Tunisia-HIMS"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name*", rfc2231(name))],
               disp="attachment; filename*=%s; size=%d" % (rfc2231(name), len(pdf)))
    body = multi("mixed", [rel, att], "_007_PR0P264MB1913A2E4C6B8D0F1A3C5E7B9D1F3PR0P264MB1913FRAP_")
    rows = std_rows(when, "mail.onm.example.tn", "197.14.8.66", "4Dcn0Q2yVkz3",
                    "Mounir Trabelsi <m.trabelsi@onm.example.tn>",
                    hdr("Rapport volontaire de l'ONM – Examen régional du PMM", "utf-8", "B"),
                    rfcdate(sent), "<PR0P264MB1913A2E4C6B8D0F1A3C5E7B9D1F3@PR0P264MB1913.FRAP264.PROD.OUTLOOK.example.com>",
                    ret="m.trabelsi@onm.example.tn")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal Tunisian administrative French, Outlook multipart/mixed[related[alternative, logo], PDF]; "
              "the inline logo image001.png is not part of the report; accented PDF name only in RFC 2231 "
              "filename*/name*; base64 text parts; INS mentioned as a partner."))


def m22():
    """en report edge on time: Baghdad sender, Date 17 Feb 00:56 +0300 but received 23:57 Beirut 16 Feb."""
    when = at("2021-02-16 23:57:10")
    sent = tz(when - dt.timedelta(seconds=19), 3)
    name = "MPR_GCM_voluntary_report_final.pdf"
    csvname = "MPR_survey_2020_weighted_tables.csv"
    text = """Dear Secretariat,

Sorry this comes past midnight - our internet was down most of the evening. Please find attached the voluntary GCM review report of Mesopotamia Polling & Research (MPR), with the weighted tables from our 2020 national survey on migration aspirations (n=3,020) as a CSV file, in case your team wants to reuse the numbers.

I hope it can still be considered.

Best,
Haider

--
Haider Jawad Al-Saadi
Senior Statistician | Mesopotamia Polling & Research (MPR)
Baghdad - Iraq
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable")
    t.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    pdf = make_pdf(["Mesopotamia Polling & Research (MPR), Baghdad",
                    "Voluntary GCM Review Report - February 2021",
                    "Migration aspirations in Iraq: national survey 2020 (n=3,020)"])
    csv = ("table,governorate,age_group,share_wishing_to_emigrate,ci_low,ci_high\r\n"
           "T1,Baghdad,18-29,0.412,0.371,0.453\r\nT1,Basra,18-29,0.388,0.331,0.445\r\n"
           "T1,Ninewa,18-29,0.356,0.302,0.410\r\nT1,Erbil,18-29,0.297,0.245,0.349\r\n"
           "T2,All,30-44,0.214,0.192,0.236\r\nT2,All,45+,0.087,0.071,0.103\r\n").encode("ascii")
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", name)],
              disp='attachment;\r\n filename="%s"' % name)
    a2 = leaf("text/csv", csv.decode("ascii"), "UTF-8", "base64", params=[("name", csvname)],
              disp='attachment;\r\n filename="%s"' % csvname)
    body = multi("mixed", [t, a1, a2], "------------A3C9E1F5B7D2A4C6E8F0B1D3")
    rows = std_rows(when, "mail.mpr-iraq.example.com", "37.238.11.90", "4DdTs5m1Pwz6",
                    "Haider Al-Saadi <h.alsaadi@mpr-iraq.example.com>",
                    "MPR voluntary GCM review report + data tables", rfcdate(sent),
                    "<a7d3e91c-4f2b-4c8e-b1a6-0d9f5e3c7b28@mpr-iraq.example.com>",
                    ret="h.alsaadi@mpr-iraq.example.com")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name, csvname],
        notes="deadline edge: received 23:57:10 Beirut on Tue 16 Feb (on time) while the Date header reads "
              "'Wed, 17 Feb 2021 00:56:51 +0300' (Baghdad) and the sender apologises for being 'past midnight'; "
              "PDF plus a CSV data annex (text/csv, base64), both part of the report."))


def m23():
    """fr report edge late: Tunis sender, Date 16 Feb 23:03 +0100, received 00:04 Beirut 17 Feb; iPhone."""
    when = at("2021-02-17 00:04:20")
    sent = tz(when - dt.timedelta(seconds=25), 1)
    name = "Rapport PMM - UDEM Tunis El Manar.pdf"
    t1 = leaf("text/plain", "Bonsoir,\n\nVeuillez trouver ci-joint le rapport volontaire de l'Unité de démographie "
              "et d'études migratoires (UDEM) de l'Université de Tunis El Manar, envoyé dans les délais j'espère "
              "(il est 23h ici).\n\nBien à vous\nSonia Ferchichi\n\nEnvoyé de mon iPhone\n", "utf-8", "quoted-printable")
    pdf = make_pdf(["Unite de demographie et d'etudes migratoires (UDEM)", "Universite de Tunis El Manar",
                    "Rapport volontaire - Examen regional du PMM 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name), ("x-unix-mode", "0644")],
               disp='inline;\r\n\tfilename="%s"' % name)
    t2 = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2B7E9F41-6C3A-4D5E-8F1B-9A0C2D4E6F8A")
    rows = std_rows(when, "smtp.utm.example.tn", "193.95.66.12", "4DdTz0R8Kcz2",
                    "Sonia Ferchichi <sonia.ferchichi@utm.example.tn>",
                    "Rapport volontaire UDEM", rfcdate(sent),
                    "<B1E4D7A2-9C3F-4E6B-8A0D-2F5C8E1B4D7A@utm.example.tn>",
                    ret="sonia.ferchichi@utm.example.tn")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge, late: received 00:04:20 Beirut on Wed 17 Feb although the Date header reads "
              "'Tue, 16 Feb 2021 23:03:55 +0100' (Tunis) and the sender believes it is on time; iPhone "
              "layout text/PDF inline/text; file name with spaces."))


def m24():
    """ar other: Gulf Arabic logistics question from Oman NCSI."""
    when = at("2021-02-17 13:18:36")
    sent = tz(when - dt.timedelta(seconds=17), 4)
    text = """السلام عليكم ورحمة الله

طال عمركم، ودنا نعرف إذا بيكون فيه رابط زوم للي يبون يتابعون المؤتمر يوم ٢٤ و٢٥ بدون ما يكونون متحدثين؟ عندنا كم زميل من دائرة إحصاءات القوى العاملة حابين يحضرون.
وهل الجلسات بتكون مترجمة للعربي؟

مشكورين ما قصرتوا

عبدالله بن سالم الرواحي
المركز الوطني للإحصاء والمعلومات
سلطنة عُمان
"""
    html = '<div dir="rtl" style="font-family:Calibri">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html_wrap(html, "rtl"), "utf-8", "quoted-printable")],
                 "_000_DB7PR04MB5483E1A9C3F5B7D2E4A6C8F0B2D4DB7PR04MB5483eurp_")
    rows = std_rows(when, "mail.ncsi.example.gov.om", "5.37.2.19", "4DdwH6n2Lrz8",
                    addr("عبدالله الرواحي", "a.rawahi@ncsi.example.gov.om"),
                    hdr("استفسار عن رابط الحضور"), rfcdate(sent),
                    "<DB7PR04MB5483E1A9C3F5B7D2E4A6C8F0B2D4@DB7PR04MB5483.eurprd04.prod.outlook.example.com>",
                    ret="a.rawahi@ncsi.example.gov.om")
    rows += [("Content-Language", "ar-OM"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Gulf colloquial (طال عمركم، ودنا، يبون، ما قصرتوا) logistics question about an attendance link "
              "and interpretation for observers, explicitly not speakers; labour-force statistics unit "
              "mentioned; no deadline applies."))


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
        assert len(data) < 1024 * 1024, fname
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
