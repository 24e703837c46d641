#!/usr/bin/env python3
"""Write the blind evaluation set holdout218 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets218.py
Theme: Egypt, Sudan and Libya, formal administrative Arabic and French (1-18 February 2021).  Letters on
letterhead whose text is in the body and again in an attached PDF copy of the letter (which is not a report),
'نحيط سيادتكم علماً' / 'برجاء', Hijri and Gregorian dates side by side, Arabic-Indic digits, titles with ranks
and grades (مدير عام، وكيل أول، مستشار), long chains of bodies ('إدارة ... بقطاع ... بوزارة ...'), English
mail from the same kind of bodies in a formal translated style, and administrative French ('J'ai l'honneur',
bordereau d'envoi).  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(218)
add = SET.add
H = "h218-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"


def outlook_body(text, tag, cid=None, rgb=(0, 70, 40), rtl=False, lang="AR-EG", attachments=()):
    """Outlook layout: mixed > alternative(plain, related(html, logo)) + attachments (or alternative alone)."""
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, esc(p).replace("\n", "<br>\n"))
                    for p in text.rstrip("\n").split("\n\n"))
    if cid:
        paras += '<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % cid
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="%s"%s><div class="WordSection1">%s</div></body></html>\n' % (lang, d, paras))
    if cid:
        hpart = multi("related", [leaf("text/html", html), logo(cid, rgb)], "_004_%s_" % tag,
                      params=[("type", '"text/html"')])
    else:
        hpart = leaf("text/html", html)
    a = multi("alternative", [leaf("text/plain", text), hpart], "_000_%s_" % tag)
    if not attachments:
        return a
    return multi("mixed", [a] + list(attachments), "_005_%s_" % tag)


# ================================================================ 01  AR  speaker  ministry letter, two speakers, PDF copy of the letter
M01_ID = "<AM6PR0102MB3377E1F2A9C04B58@AM6PR0102MB3377.eurprd01.prod.outlook.example.com>"
M01_SUBJ = "ترشيح السادة المتحدثين - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"
M01_TEXT = """جمهورية مصر العربية
وزارة الدولة للهجرة وشؤون المصريين بالخارج
قطاع الهجرة - الإدارة العامة للعلاقات الخارجية

الرقم: ٢١٧ / ع.خ
التاريخ: ١٨ جمادى الآخرة ١٤٤٢هـ الموافق ٣١ يناير ٢٠٢١م

السيد الأستاذ/ منسق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية
المنظمة الدولية للهجرة
تحية طيبة وبعد،،،

بالإشارة إلى كتابكم الكريم بشأن انعقاد المؤتمر الإقليمي للاستعراض يومي ٢٤ و٢٥ فبراير ٢٠٢١، نحيط سيادتكم علماً بأن الوزارة ترحب بالمشاركة في أعمال المؤتمر، وترشح سيادتها كلاً من:

١- السيد/ عادل محمود الشربيني
المسمى الوظيفي: مدير عام الإدارة العامة للعلاقات الخارجية
جهة العمل: قطاع الهجرة بوزارة الدولة للهجرة وشؤون المصريين بالخارج
المشاركة المطلوبة: مداخلة في المائدة المستديرة رقم ٣

٢- المستشار/ نهى عبد الفتاح رضوان
المسمى الوظيفي: مستشار الوزيرة للشؤون القانونية
جهة العمل: ديوان عام وزارة الدولة للهجرة وشؤون المصريين بالخارج
المشاركة المطلوبة: مداخلة من القاعة في الجلسة العامة

برجاء التكرم بالإحاطة واتخاذ اللازم نحو إدراج الاسمين المذكورين، مع موافاتنا بالبرنامج النهائي فور صدوره.

وتفضلوا بقبول وافر الاحترام والتقدير،،،

مدير عام الإدارة العامة للعلاقات الخارجية
(عادل محمود الشربيني)

مرفق: صورة الخطاب الموقع.

--
مكتب العلاقات الخارجية | قطاع الهجرة
ت: ٠٢٢٥٧٩٠٠٠٠ (داخلي ٢١٤)
"""


def m01():
    when = at("2021-02-01 11:20:14")
    pdf = make_pdf(["Arab Republic of Egypt", "Ministry of State for Emigration and Egyptian Expatriates Affairs",
                    "Ref. 217 / Kh.A   -   31 January 2021", "", "[scanned signed letter - Arabic original]",
                    "Nomination of speakers: Regional Review of the GCM, Arab region", "(stamp and signature)"])
    body = outlook_body(M01_TEXT, "AM6PR0102MB3377E1F2A9C04B58", rtl=True,
                        attachments=[attach("application/pdf", pdf, "Scan_20210201_1107.pdf")])
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur01on0702.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DTk3m1Wqtz2", addr("مكتب العلاقات الخارجية - قطاع الهجرة", "ext.relations@emigration-eg.example.org"),
           hdr(M01_SUBJ), M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW+GdE1k2m3n4o5p6q7r8s9t0uVw==", lang="ar-EG", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عادل محمود الشربيني", "مدير عام الإدارة العامة للعلاقات الخارجية",
           "قطاع الهجرة بوزارة الدولة للهجرة وشؤون المصريين بالخارج", ["roundtable"], 3),
        sp("نهى عبد الفتاح رضوان", "مستشار الوزيرة للشؤون القانونية",
           "ديوان عام وزارة الدولة للهجرة وشؤون المصريين بالخارج", ["plenary"])],
        notes="official letter on letterhead (number, Hijri and Gregorian date) in the body, and its signed scan "
              "attached as PDF: the PDF is a copy of the letter, not a report (no report_attachments). Two speakers; "
              "'المستشار/' before the second name is a rank used as an honorific (dropped from the name; her title "
              "is on its own line); titles written with their unit are kept; affiliation is the whole chain "
              "'قطاع ... بوزارة ...' as written; 'المائدة المستديرة رقم ٣' in Arabic-Indic digits; the signatory "
              "is also the first speaker; sent from a shared office mailbox. The From display name spans two RFC 2047 "
              "encoded-words (policy.default leaves a stray space inside 'قطاع'; decode_header joins them)."))


# ================================================================ 02  EN  speaker  Sudan, translated formal English, rapporteur
M02_ID = "<CAF8kQp2Lx0v3mT+RbN5hZ7yWc1sJd9uEo4g@mail.gmail.example.com>"
M02_SUBJ = "Nomination of Rapporteur - SSWA letter No. 14/2021"
M02_TEXT = """Republic of the Sudan
Ministry of Labour and Administrative Reform
Secretariat of Sudanese Working Abroad (SSWA)
Directorate of Research and Information

Ref: SSWA/DRI/14/2021
Date: 20 Jumada al-Akhirah 1442 H, corresponding to 2 February 2021

To: The Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region
International Organization for Migration (IOM)

Subject: Nomination of a Rapporteur for the Multi-Stakeholder Consultation

Greetings,

With reference to your esteemed invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration, we have the honour to inform your esteemed office that the Secretariat of Sudanese Working Abroad is pleased to nominate the below-mentioned officer to deliver the key messages of the stakeholders in his capacity as Rapporteur:

Name: Mustafa Babiker Elnour
Title: Director General
Organization: Directorate of Research and Information, Secretariat of Sudanese Working Abroad (SSWA), Ministry of Labour and Administrative Reform - Khartoum
E-mail: m.elnour.sswa@gmail.example.com

Kindly find attached herewith the signed copy of this letter.

Please accept the assurances of our highest esteem and consideration.

Dr. Amani Osman Hamid
Secretary-General
Secretariat of Sudanese Working Abroad
"""


def m02():
    when = at("2021-02-02 10:05:33")
    pdf = make_pdf(["Republic of the Sudan - Secretariat of Sudanese Working Abroad (SSWA)",
                    "Ref: SSWA/DRI/14/2021   2 February 2021",
                    "Nomination of a Rapporteur: Mustafa Babiker Elnour, Director General",
                    "(signature and seal)"])
    a = alt(M02_TEXT, "000000000000d3e4f505ba5b1c2d", html=gmail_html(M02_TEXT))
    body = multi("mixed", [a, attach("application/pdf", pdf, "SSWA letter 14-2021.pdf")],
                 "000000000000d3e4f405ba5b1c2b")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f41.google.example.com", "192.0.2.41", "4DVBq96Hx1z4",
           "SSWA Research Directorate <sswa.research@gmail.example.com>", M02_SUBJ, M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mustafa Babiker Elnour", "Director General",
           "Directorate of Research and Information, Secretariat of Sudanese Working Abroad (SSWA), Ministry of "
           "Labour and Administrative Reform", ["rapporteur"])],
        notes="translated formal English letter (Hijri and Gregorian date, 'we have the honour to inform your esteemed "
              "office'); the signatory (Secretary-General) is not the speaker; the Organization line is a chain "
              "Directorate, Secretariat, Ministry, ending with the city ('- Khartoum'), which is not part of the "
              "affiliation (as dev 004/024). The attached PDF is the signed copy of the letter, not a report."))


# ================================================================ 03  FR  speaker  on behalf of a professor, open discussion (question 24 follows)
M03_ID = "<7b1d4e0a-93c2-4f58-a1e6-2c0d9b8f7e31@unm-alex.example.org>"
M03_SUBJ = "Demande de prise de parole - Pr Hany Toulba - consultation du 23 février"
M03_TEXT = """Madame, Monsieur,

J'ai l'honneur, au nom du Professeur Hany Salah Eldin Toulba, de vous faire part de son souhait de prendre part à la discussion ouverte de la consultation multipartite du 23 février 2021, dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Le Pr Toulba étant en déplacement cette semaine, il m'a chargée de vous transmettre sa fiche ci-dessous.

FICHE INTERVENANT
Nom et prénom : TOULBA Hany Salah Eldin
Fonction : Professeur titulaire de démographie, directeur du Master Migrations et développement
Institution : Département Gouvernance et Migrations, Université Nil-Méditerranée - Alexandrie (Égypte)
Courriel : h.toulba@unm-alex.example.org

Je reste à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

--
Nermine Adly
Assistante de direction
Département Gouvernance et Migrations
Université Nil-Méditerranée
1, place de la Corniche, Alexandrie
"""


def m03():
    when = at("2021-02-02 15:47:09")
    body = leaf("text/plain", flowed(M03_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 5), "smtp.unm-alex.example.org", "203.0.113.45", "4DVL8c2Rn0z1",
           addr("Nermine Adly", "secretariat.gm@unm-alex.example.org"), hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hany Salah Eldin Toulba", "Professeur titulaire de démographie, directeur du Master Migrations et développement",
           "Département Gouvernance et Migrations, Université Nil-Méditerranée", ["open_discussion"])],
        notes="sent on behalf of the speaker by his assistant (her title in the signature is not a speaker); pasted "
              "'fiche intervenant' writes the name SURNAME-first in capitals ('TOULBA Hany Salah Eldin'): the name "
              "is recorded in the natural order written in the first paragraph; the Institution line ends with "
              "'- Alexandrie (Égypte)', not part of the affiliation; Thunderbird format=flowed 8bit."))


# ================================================================ 04  AR  report  Sudanese NGO, cover letter PDF + report PDF (follow-up 17)
M04_ID = "<CAGm3Rz7Vq1Xk+8pLw2Nd0Hc5yTb4eJs6Fo9@mail.gmail.example.com>"
M04_SUBJ = "تقرير المراجعة الطوعية - منظمة ضفاف النيل للتنمية والهجرة"
M04_FILE = "تقرير المراجعة الطوعية - ضفاف النيل ٢٠٢١.pdf"
M04_TEXT = """بسم الله الرحمن الرحيم

منظمة ضفاف النيل للتنمية والهجرة
الخرطوم - السودان
النمرة: ض ن/ت/٠٩/٢٠٢١
التاريخ: ٢١ جمادى الآخرة ١٤٤٢هـ الموافق ٣ فبراير ٢٠٢١م

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنظمة الدولية للهجرة
المحترمين

الموضوع: تقديم التقرير الطوعي لاستعراض الاتفاق العالمي

تحية طيبة وبعد،

نحيط سيادتكم علماً بأن منظمة ضفاف النيل للتنمية والهجرة قد أعدت تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في السودان للفترة ٢٠١٩-٢٠٢٠، بالتشاور مع ١٢ من شركائها في ولايات الخرطوم وكسلا والقضارف.

ونرفق لكم طيه:
١. خطاب التغطية موقعاً ومختوماً.
٢. التقرير الطوعي (١٨ صفحة).

برجاء التكرم بالاستلام والإفادة.

وتفضلوا بقبول فائق التقدير والاحترام،

عوض الله إبراهيم الطيب
المدير التنفيذي
منظمة ضفاف النيل للتنمية والهجرة
"""


def m04():
    when = at("2021-02-03 09:12:40")
    cover = make_pdf(["Difaf Al-Nil Organization for Development and Migration - Khartoum",
                      "Ref. 09/2021 - 3 February 2021", "Cover letter: submission of the voluntary GCM review report",
                      "(signature and seal)"])
    rep = rep_pdf("Voluntary GCM Review Report - Sudan 2019-2020", "Difaf Al-Nil Organization for Development and Migration",
                  ["Introduction", "Methodology: consultation with 12 partners (Khartoum, Kassala, Gedaref)",
                   "Objectives 2, 7, 10 and 23", "Challenges", "Recommendations"])
    a = alt(M04_TEXT, "0000000000007a8b9c05ba6d1e2f", html=gmail_html(M04_TEXT, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", cover, "خطاب تغطية.pdf"),
                           attach("application/pdf", rep, M04_FILE)], "0000000000007a8b9b05ba6d1e2d")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DVz1x5Kp7z9",
           addr("عوض الله الطيب", "difaf.alnil.org@gmail.example.com"), hdr(M04_SUBJ), M04_ID, body)
    add(4, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="cover letter in the body and again as 'خطاب تغطية.pdf' (signed copy: not part of the report); the "
              "report is the second PDF, Arabic file name with Arabic-Indic digits (RFC 2231 + RFC 2047); Hijri "
              "and Gregorian date; Gmail. Followed by h218-17 asking whether it was received."))


# ================================================================ 05  EN  report  Libyan research centre, DOCX, Outlook logo
M05_ID = "<VI1PR0702MB36581C0D2E4F7A93@VI1PR0702MB3658.eurprd07.prod.outlook.example.com>"
M05_SUBJ = "Submission of Voluntary Review Report - LCMR"
M05_FILE = "LCMR_Voluntary_Review_GCM_2021.docx"


def m05():
    when = at("2021-02-03 13:30:02")
    text = """To: The esteemed Secretariat of the GCM Regional Review - Arab Region

Greetings and respect,

Pursuant to your kind invitation, the Libyan Centre for Migration Research (LCMR) has the pleasure to submit herewith its voluntary report on the implementation of the Global Compact for Migration in Libya, prepared by the Centre's research team in coordination with the Department of Social Studies at the Faculty of Arts.

Kindly note that the Arabic original will follow upon completion of its review; the attached English version is the official one for the purposes of the Regional Review.

We remain at your disposal for any clarification you may deem necessary.

With highest regards,

Nuri Abdulsalam Elgharyani
Director of Studies and Research Department
Libyan Centre for Migration Research (LCMR)
Tripoli - Libya
"""
    doc = make_docx(["Libyan Centre for Migration Research (LCMR)", "Voluntary GCM Review Report - Libya 2021",
                     "1. Introduction", "2. Methodology", "3. Objectives 8, 9 and 21: progress and gaps",
                     "4. Challenges", "5. Recommendations"])
    body = outlook_body(text, "VI1PR0702MB36581C0D2E4F7A93", cid="image001.png@01D6FA1B.6C0E2F30",
                        rgb=(10, 60, 120), lang="EN-US", attachments=[attach(DOCX, doc, M05_FILE)])
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur07on0611.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DW5hN3Rcz2k", "Nuri Elgharyani <n.elgharyani@lcmr.example.ly>", M05_SUBJ, M05_ID, body,
           extra=outlook(M05_SUBJ, "AQHW+ab1C2d3E4f5G6h7I8j9K0lMnA==", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="translated formal English ('has the pleasure to submit herewith'); announces an Arabic version to "
              "follow (nothing else attached); Outlook with inline signature logo image001.png (not a report file); "
              "sender's title in the signature is not a speaker request."))


# ================================================================ 06  FR  both  Libyan observatory, report PDF + roundtable 2, on time
M06_ID = "<20210204104412.8C1F2A0E37@webmail.olmm-libye.example.org>"


def m06():
    when = at("2021-02-04 10:44:18")
    fname = "OLMM_Rapport_volontaire_PMM_Libye_2021.pdf"
    text = """Tripoli, le 4 février 2021

Objet : Contribution de l'OLMM à l'examen régional du Pacte mondial sur les migrations
P.J. : 1 (rapport volontaire)

Madame, Monsieur,

Donnant suite à votre lettre d'invitation, j'ai l'honneur de vous adresser, en pièce jointe, le rapport volontaire d'examen de la mise en oeuvre du Pacte mondial établi par l'Observatoire libyen des migrations et de la mobilité (OLMM).

Par ailleurs, l'OLMM sollicite une intervention lors de la deuxième table ronde thématique de la Conférence (24-25 février 2021). L'intervenant proposé est :

- Nom : M. Salem Abdelkader Bengharbia
- Qualité : Directeur exécutif
- Organisme : Observatoire libyen des migrations et de la mobilité (OLMM), Tripoli

Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma haute considération.

Salem Abdelkader Bengharbia
Directeur exécutif, OLMM
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM - Libye 2021",
                  "Observatoire libyen des migrations et de la mobilite (OLMM)",
                  ["Contexte", "Methodologie", "Objectifs 1, 3 et 13", "Difficultes", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "=_a7d2c9e41b08f3a5c6e7d8b9f0a1b2c3")
    m = mk(when, sent_at(when, 2, 5), "webmail.olmm-libye.example.org", "203.0.113.88", "4DWm7H2Qvz5c",
           "Salem Bengharbia <direction@olmm-libye.example.org>",
           hdr("Rapport volontaire et demande d'intervention - OLMM", enc="Q"), M06_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salem Abdelkader Bengharbia", "Directeur exécutif",
           "Observatoire libyen des migrations et de la mobilité (OLMM)", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, on time (4 February): administrative French letter ('Objet', 'P.J.'); report PDF plus a speaker "
              "for the 'deuxième table ronde thématique' (ordinal word); dashed labelled lines with 'M.' (dropped); "
              "the Organisme line ends with the city (', Tripoli'), not part of the affiliation. The writer typed "
              "'oe' for 'œ'."))


# ================================================================ 07  AR  speaker  iPhone, Egyptian dialect, details only in the signature
M07_ID = "<A4B2C9D1-7E3F-4A60-8B15-2C9D0E1F3A47@gmail.example.com>"


def m07():
    when = at("2021-02-04 22:16:51")
    text = """مساء الخير يا فندم

حابب أشارك بمداخلة في المائدة المستديرة رقم ٤ يوم ٢٥ فبراير إن شاء الله، موضوع عودة العمالة من ليبيا لقرى الصعيد وإعادة إدماجهم.
بياناتي تحت في التوقيع، ولو محتاجين أي ورق تاني برجاء الإفادة.

شكراً جزيلاً لحضراتكم

محمود رشدي عبد العال
منسق برامج الهجرة والعودة
جمعية شباب الصعيد للتنمية - أسيوط
٠١٠٠٠٠٠٠٠٠٠

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 3), "mail-pj1-f53.google.example.com", "192.0.2.53", "4DX6dT0Hmz8f",
           addr("Mahmoud Roshdy", "mahmoud.roshdy.sayed@gmail.example.com"), hdr("مشاركة في المائدة المستديرة"),
           M07_ID, body, extra=[("X-Mailer", IPHONE)])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود رشدي عبد العال", "منسق برامج الهجرة والعودة", "جمعية شباب الصعيد للتنمية", ["roundtable"], 4)],
        notes="iPhone, plain text only (base64), Egyptian colloquial ('حابب أشارك', 'يا فندم'); the sender proposes "
              "himself and his details are only in the signature; affiliation line ends with the city ('- أسيوط'), "
              "not part of the affiliation; 'رقم ٤' in Arabic-Indic digits; From display name in Latin script."))


# ================================================================ 08  EN  speaker  Libyan relief society, two speakers in a pasted form, on behalf
M08_ID = "<DB8PR10MB27459F3A1C0E6B24@DB8PR10MB2745.EURPRD10.PROD.OUTLOOK.example.com>"
M08_SUBJ = "RE: Speakers nomination form - LCSR Benghazi Branch"


def m08():
    when = at("2021-02-05 12:02:27")
    text = """Dear Sirs,

Further to our telephone call of this morning with your colleague, and upon instructions of the Director of the Benghazi Branch, please find below the speakers nomination form duly filled in. We apologise for sending it in the body of the email, the attachment could not be opened by our system.

------------------------------------------------------------
SPEAKER NOMINATION FORM
Regional Review of the GCM - Arab Region

Speaker (1)
Full name: Dr. Fathia Ramadan Elmabrouk
Position: Head of Migration Unit
Organization: Libyan Crescent Society for Relief (LCSR), Benghazi Branch
Requested role: Open discussion - Multi-stakeholder consultation (23 Feb.)

Speaker (2)
Full name: Mr. Ahmed Saad Elwarfalli
Position: Field Protection Officer
Organization: Libyan Crescent Society for Relief (LCSR), Benghazi Branch
Requested role: Floor intervention - Thematic Roundtable (1)
------------------------------------------------------------

Best regards,

Rabab Eljaziri
Executive Secretary to the Branch Director
Libyan Crescent Society for Relief - Benghazi Branch
Tel: +218 61 000 0000
"""
    body = outlook_body(text, "DB8PR10MB27459F3A1C0E6B24", lang="EN-GB")
    m = mk(when, sent_at(when, 2, 6), "mail-db8eur10on0624.outbound.protection.outlook.example.com", "198.51.100.24",
           "4DXR0n7Jtz3v", "Rabab Eljaziri <r.eljaziri@lcsr-bgz.example.ly>", M08_SUBJ, M08_ID, body,
           extra=outlook("Speakers nomination form - LCSR Benghazi Branch", "AdcbF3c4D5e6F7g8H9i0J1k2L3m4Nw==",
                         lang="en-GB"))
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fathia Ramadan Elmabrouk", "Head of Migration Unit",
           "Libyan Crescent Society for Relief (LCSR), Benghazi Branch", ["open_discussion"]),
        sp("Ahmed Saad Elwarfalli", "Field Protection Officer",
           "Libyan Crescent Society for Relief (LCSR), Benghazi Branch", ["roundtable"], 1)],
        notes="two speakers in a nomination form pasted into the body, sent by the branch director's secretary (not a "
              "speaker) after a phone call; 'RE:' subject but no threading headers and nothing earlier in the set. "
              "'Dr.'/'Mr.' dropped. 'Benghazi Branch' is kept in the affiliation: it names a unit of the society, "
              "not only a place (a secretary would register the branch). Roundtable written '(1)'."))


# ================================================================ 09  FR  speaker  Egyptian association, HTML-only, 23:47 on 5 February
M09_ID = "<AM0PR06MB4082B7E5D1C3A960@AM0PR06MB4082.eurprd06.prod.outlook.example.com>"


def m09():
    when = at("2021-02-05 23:47:55")
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>ASSOCIATION DE HAUTE-ÉGYPTE POUR LE DÉVELOPPEMENT (AHED)</b><br>
Siège : Minia - Bureau de liaison : Le Caire</p>
<p>Le Caire, le 5 février 2021</p>
<p>Madame, Monsieur,</p>
<p>J'ai l'honneur de porter à votre connaissance que l'Association de Haute-Égypte pour le Développement souhaite proposer une intervenante pour présenter, en qualité de rapporteuse, les messages clés des parties prenantes lors de la Conférence régionale d'examen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Intervenante</td><td>Mme Mariam Fawzy Guirguis</td></tr>
<tr><td>Qualité</td><td>Directrice du programme Migration et Protection</td></tr>
<tr><td>Organisme</td><td>Association de Haute-Égypte pour le Développement (AHED), Minia</td></tr>
<tr><td>Rôle sollicité</td><td>Rapporteuse</td></tr>
</table>
<p>Nous vous prions de bien vouloir excuser l'heure tardive de cet envoi, la lettre ayant été signée ce soir.</p>
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Pour le Secrétaire général,<br>
Le chargé des relations extérieures<br>
Bishoy Nabil Hanna</p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 2, 4), "mail-am0eur06on0633.outbound.protection.outlook.example.com", "198.51.100.133",
           "4DXq5Z1Wbz6m", addr("AHED - Relations extérieures", "relations.ext@ahed-egypte.example.org", enc="Q"),
           hdr("Proposition d'une rapporteuse - AHED", enc="Q"), M09_ID, body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariam Fawzy Guirguis", "Directrice du programme Migration et Protection",
           "Association de Haute-Égypte pour le Développement (AHED)", ["rapporteur"])],
        notes="edge: received 23:47:55 on 5 February (on time). HTML-only, speaker in an HTML table; 'Mme' dropped; "
              "the Organisme cell ends with the town (', Minia'), not part of the affiliation; 'rapporteuse' is "
              "the rapporteur role; signed 'Pour le Secrétaire général' by someone who is not the speaker."))


# ================================================================ 10  AR  speaker  Libyan municipality, 12 minutes late
M10_ID = "<1790344521.2210876.1612563121004@mail.yahoo.example.com>"
M10_SUBJ = "طلب مشاركة - بلدية مصراتة - مكتب شؤون الهجرة"


def m10():
    when = at("2021-02-06 00:12:06")
    text = """دولة ليبيا
بلدية مصراتة
إدارة الخدمات الاجتماعية - مكتب شؤون الهجرة

الإشاري: م.ش.هـ/٣١
التاريخ: ٢٣ جمادى الآخرة ١٤٤٢هـ الموافق ٠٥/٠٢/٢٠٢١م

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
بعد التحية،،

نحيط سيادتكم علماً برغبة مكتب شؤون الهجرة بالبلدية في المشاركة بمداخلة في المائدة المستديرة رقم ١ ضمن أعمال المؤتمر الإقليمي، ونرشح لذلك:

الاسم: أ. خالد الطاهر بن سعود
الصفة: مستشار - رئيس مكتب شؤون الهجرة
الجهة: مكتب شؤون الهجرة بإدارة الخدمات الاجتماعية ببلدية مصراتة

برجاء اعتماد المشاركة وإفادتنا بالترتيبات.

والسلام عليكم ورحمة الله وبركاته

خالد الطاهر بن سعود
رئيس المكتب
"""
    body = alt(text, "----=_Part_2210875_1563298823.1612563121003", rtl=True)
    m = mk(when, sent_at(when, 2, 5), "sonic312-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.212", "4DXqP8c3Tz2n",
           addr("خالد بن سعود", "misrata.migration.office@yahoo.example.com"), hdr(M10_SUBJ), M10_ID, body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خالد الطاهر بن سعود", "مستشار - رئيس مكتب شؤون الهجرة",
           "مكتب شؤون الهجرة بإدارة الخدمات الاجتماعية ببلدية مصراتة", ["roundtable"], 1)],
        notes="late by 12 minutes: received 00:12:06 on 6 February (Date header 00:12:01 +0200) while the letter is "
              "dated 5 February (Hijri and Gregorian, '٠٥/٠٢/٢٠٢١م'); 'أ.' (أستاذ) dropped from the name; the grade "
              "'مستشار' is part of the written title and kept; affiliation is the chain 'مكتب ... بإدارة ... "
              "ببلدية ...' as written; Yahoo."))


# ================================================================ 11  AR  auto_reply  out of office answering our acknowledgement of 01
def m11():
    when = at("2021-02-06 09:31:44")
    text = """السادة الكرام،

أشكركم على رسالتكم. أنا خارج المكتب في مهمة رسمية من ٦ إلى ١٤ فبراير ٢٠٢١ ولن أتمكن من الاطلاع على البريد الإلكتروني بانتظام.
للأمور العاجلة برجاء التواصل مع مكتب العلاقات الخارجية على العنوان ext.relations@emigration-eg.example.org

مع التحية،
عادل الشربيني
"""
    body = alt(text, "_000_AM6PR0102MB3377OOF0206_", rtl=True)
    rows = std_rows(when, "mail-am6eur01on0702.outbound.protection.outlook.example.com", "198.51.100.71",
                    "4DXyV2n8Lkz4", addr("عادل محمود الشربيني", "a.elsherbiny@emigration-eg.example.org"),
                    hdr("رد تلقائي: Acknowledgement of receipt - " + M01_SUBJ), rfcdate(sent_at(when, 2, 2)),
                    "<AM6PR0102MB3377OOF7C1D2E3F@AM6PR0102MB3377.eurprd01.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="a.elsherbiny@emigration-eg.example.org")
    rows += [("In-Reply-To", ack_mid("4DXyT9k1Mqz7")), ("References", ack_mid("4DXyT9k1Mqz7")),
             ("Content-Language", "ar-EG")]
    add(11, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the first speaker of h218-01 (our acknowledgement was copied to him), in "
              "Arabic; Auto-Submitted: auto-replied; the subject repeats the speaker request's subject. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 12  EN  other  Sudanese organisation: questions on language and joint reports
def m12():
    when = at("2021-02-07 11:05:00")
    text = """Dear Sir/Madam,

Greetings from the Sudanese Organisation for Migrant Rights (SOMR).

With reference to the invitation letter of the Regional Review, we would be grateful if your esteemed office could kindly clarify the following points:

1. Whether a voluntary report written in Arabic language only is acceptable, or an English translation must be attached to it;
2. Whether a report prepared jointly by a national committee comprising governmental and non-governmental members may be submitted as a collective report of civil society;
3. Whether the extended deadline of 16 February 2021 applies also to the annexes (tables of data).

We intend to nominate a speaker at a later stage, subject to the approval of our Board of Trustees.

Thanking you in advance for your kind cooperation.

Yours faithfully,

Hiba Abdelrahim Elsheikh
Programmes Officer
Sudanese Organisation for Migrant Rights (SOMR)
Khartoum, Sudan
"""
    body = alt(text, "000000000000c1d2e305ba7e8f90", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 4), "mail-lf1-f44.google.example.com", "192.0.2.144", "4DYJ2r6Cwz1p",
           "Hiba Elsheikh <somr.programmes@gmail.example.com>", "Inquiry regarding voluntary reports",
           "<CAK2bNp8Rf3Lw+0qXs7Mv1Yd9Tc4hJe5Gu6z@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about report language, joint government-NGO reports and annex deadline; keyword-heavy "
              "(voluntary report, deadline) but nothing submitted; a speaker is only announced for later, none "
              "named."))


# ================================================================ 13  FR  speaker  late, phone, Sudanese researcher, details in the signature only
def m13():
    when = at("2021-02-08 10:22:19")
    text = """Bonjour,

Je souhaiterais faire une intervention en plénière (24 ou 25 février) sur la situation des déplacés et des migrants de retour au Darfour. Je sais que la date limite est passée, mais j'espère que ma demande pourra être examinée.

Cordialement

Dr Awad Elkarim Musa Adam
Chargé de recherche
Centre soudanais d'études des migrations (CSEM)
Khartoum - Soudan

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 3), "mail-qk1-f49.google.example.com", "192.0.2.149", "4DZ1cW7Fnz0r",
           "Awad Elkarim Musa <awad.musa.csem@gmail.example.com>", "Intervention en plenière",
           "<F2C8A1B0-3D4E-4F56-9A7B-8C9D0E1F2A3B@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Awad Elkarim Musa Adam", "Chargé de recherche", "Centre soudanais d'études des migrations (CSEM)",
           ["plenary"])],
        notes="late (8 February) and says so; phone mail, plain text; name, title and affiliation only in the "
              "signature ('Dr' dropped; the From display name shortens the name); city and country after the "
              "organisation on their own line, not part of the affiliation; ASCII subject with a typo."))


# ================================================================ 14  AR  both  Sudanese coalition, collective DOCX report, two speakers (late)
M14_ID = "<CAP4wXn6Ts2Jq+9kRe1Lb7Mz0Yf3gHc8Dv5u@mail.gmail.example.com>"
M14_FILE = "تقرير الائتلاف السوداني - المراجعة الطوعية للاتفاق العالمي.docx"


def m14():
    when = at("2021-02-09 13:40:00")
    text = """ائتلاف منظمات المجتمع المدني السوداني للهجرة
الأمانة العامة

التاريخ: ٢٧ جمادى الآخرة ١٤٤٢هـ - ٩ فبراير ٢٠٢١م

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة، نحيط سيادتكم علماً بأن الائتلاف قد فرغ من إعداد تقريره الطوعي الجماعي الذي شارك فيه ١٧ عضواً من منظمات الائتلاف في ٩ ولايات، ونرفقه لكم بصيغة Word.

كما يرغب الائتلاف في المشاركة في أعمال المؤتمر، ونرشح:

١. السيدة/ إخلاص عثمان البشير
الصفة: رئيسة الائتلاف
الجهة: ائتلاف منظمات المجتمع المدني السوداني للهجرة
المشاركة: النقاش المفتوح في المشاورة متعددة الأطراف يوم ٢٣ فبراير

٢. د. معتصم حسن الأمين
الصفة: مستشار أول بوحدة الهجرة والتنمية
الجهة: مركز الخرطوم للبحوث الاجتماعية (عضو الائتلاف)
المشاركة: مداخلة في المائدة المستديرة رقم ٢

ونعتذر عن التأخر في إرسال الترشيحات بسبب انقطاع الاتصالات خلال الأسبوع الماضي.

وتفضلوا بقبول وافر الاحترام،،

الأمانة العامة للائتلاف
"""
    doc = make_docx(["ائتلاف منظمات المجتمع المدني السوداني للهجرة", "التقرير الطوعي الجماعي - الاتفاق العالمي للهجرة ٢٠٢١",
                     "١. مقدمة", "٢. منهجية الإعداد (١٧ منظمة عضو)", "٣. التقدم المحرز", "٤. التحديات", "٥. التوصيات"])
    a = alt(text, "0000000000002b3c4d05bb1a2b3c", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M14_FILE)], "0000000000002b3c4c05bb1a2b3a")
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f68.google.example.com", "192.0.2.68", "4DZj8Q3Xmz5s",
           addr("الأمانة العامة - الائتلاف السوداني للهجرة", "sudan.migration.coalition@gmail.example.com"),
           hdr("التقرير الطوعي الجماعي وترشيح المتحدثين"), M14_ID, body)
    add(14, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("إخلاص عثمان البشير", "رئيسة الائتلاف", "ائتلاف منظمات المجتمع المدني السوداني للهجرة",
           ["open_discussion"]),
        sp("معتصم حسن الأمين", "مستشار أول بوحدة الهجرة والتنمية", "مركز الخرطوم للبحوث الاجتماعية",
           ["roundtable"], 2)],
        report_attachments=[M14_FILE],
        notes="both, received 9 February: the collective report is on time but the speaker part is late, so on_time "
              "is false (sender apologises for the delay). Two speakers ('السيدة/' and 'د.' dropped); the second "
              "affiliation carries '(عضو الائتلاف)' (membership remark, not part of the name: left out); title "
              "with grade and unit kept as written; base64 text parts; the From display name spans two RFC 2047 "
              "encoded-words (policy.default shows a doubled space)."))


# ================================================================ 15  EN  speaker  late, on behalf of an ambassador, roundtable 2
M15_ID = "<HE1PR0301MB22846D0C9B7A5E31@HE1PR0301MB2284.eurprd03.prod.outlook.example.com>"
M15_SUBJ = "Participation of H.E. Ambassador Sherif Abou Seif - Roundtable No. 2"


def m15():
    when = at("2021-02-10 09:41:37")
    text = """Dear Regional Review Secretariat,

On behalf of H.E. Ambassador Sherif Kamel Abou Seif, First Under-Secretary and Head of the Expatriates Affairs Sector, I have the honour to convey his wish to deliver a floor intervention at the Thematic Roundtable No. 2 of the Regional Review Conference.

His Excellency's details are as follows:

Name: Ambassador Sherif Kamel Abou Seif
Title: First Under-Secretary, Head of Expatriates Affairs Sector
Affiliation: Expatriates Affairs Sector, National Council for Migration and Egyptians Abroad - Cairo

We are fully aware that the deadline for speaking requests lapsed on 5 February; however, the nomination required the approval of the Council's Board, which was only obtained yesterday. We would be most grateful for your kind consideration.

Please accept, Sir/Madam, the assurances of my highest consideration.

Yasmine Adel Fathy
Executive Secretary
Office of the First Under-Secretary
National Council for Migration and Egyptians Abroad
"""
    body = outlook_body(text, "HE1PR0301MB22846D0C9B7A5E31", cid="image002.png@01D6FF4A.1B2C3D40", rgb=(150, 20, 30),
                        lang="EN-US")
    m = mk(when, sent_at(when, 2, 8), "mail-he1eur03on0605.outbound.protection.outlook.example.com", "198.51.100.105",
           "4F0Lq7Vb2z3t", "Yasmine Adel <y.adel@ncmea-eg.example.org>", M15_SUBJ, M15_ID, body,
           extra=outlook(M15_SUBJ, "AdcAf1B2c3D4e5F6g7H8i9J0kLmNoP==", has_attach="no"),
           cc="Office of the First Under-Secretary <fus.office@ncmea-eg.example.org>")
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Sherif Kamel Abou Seif", "First Under-Secretary, Head of Expatriates Affairs Sector",
           "Expatriates Affairs Sector, National Council for Migration and Egyptians Abroad", ["roundtable"], 2)],
        notes="late (10 February), says so; sent on behalf by an executive secretary (her title in the signature is "
              "not a speaker). 'H.E.' and 'Ambassador' are honorifics of rank, dropped from the name (not covered by "
              "dev: a secretary registers the person's name and the written title). The title appears twice in "
              "slightly different forms; the labelled line is used. City ('- Cairo') after the organisation is not "
              "part of the affiliation. Cc to the office mailbox; inline logo."))


# ================================================================ 16  FR  report  Cairo research centre, DOCX, 'bordereau d'envoi' (thank-you 23 follows)
M16_ID = "<PAXPR08MB6495E3A2C1B0D947@PAXPR08MB6495.eurprd08.prod.outlook.example.com>"
M16_SUBJ = "Envoi du rapport volontaire du CERMC - examen régional du PMM"
M16_FILE = "CERMC - Rapport volontaire PMM - VF.docx"


def m16():
    when = at("2021-02-10 16:28:12")
    text = """Centre d'études et de recherches sur les migrations du Caire (CERMC)
Le Directeur

Le Caire, le 10 février 2021
N/Réf. : CERMC/DIR/2021-027

BORDEREAU D'ENVOI

Destinataire : Secrétariat de l'examen régional du Pacte mondial sur les migrations - région arabe (OIM)

Désignation des pièces | Nombre | Observations
Rapport volontaire d'examen du PMM (version finale) | 1 | Pour suite à donner
Note de synthèse en arabe | - | Suivra sous pli séparé

Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint le rapport volontaire du CERMC relatif à la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Égypte.

Je vous saurais gré de bien vouloir m'en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Pr Tarek Ezzat Mansour
Directeur du CERMC
"""
    doc = make_docx(["Centre d'etudes et de recherches sur les migrations du Caire (CERMC)",
                     "Rapport volontaire d'examen du PMM - Egypte 2021 (version finale)", "1. Introduction",
                     "2. Methodologie", "3. Objectifs 5, 6 et 19", "4. Defis", "5. Recommandations"])
    body = outlook_body(text, "PAXPR08MB6495E3A2C1B0D947", lang="FR", attachments=[attach(DOCX, doc, M16_FILE)])
    m = mk(when, sent_at(when, 2, 6), "mail-pax08on0619.outbound.protection.outlook.example.com", "198.51.100.119",
           "4F0bX3Kp6z8w", addr("Secrétariat CERMC", "secretariat@cermc.example.org", enc="Q"),
           hdr(M16_SUBJ, enc="Q"), M16_ID, body,
           extra=outlook(M16_SUBJ, "AQHW/4aB5c6D7e8F9g0H1i2J3k4L5m==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="administrative 'bordereau d'envoi' (a table written with '|') in the body; the Arabic summary is "
              "announced for later, not attached; DOCX file name with spaces and hyphens; sent from the centre's "
              "secretariat mailbox for the director. A thank-you reply to our acknowledgement follows (h218-23)."))


# ================================================================ 17  AR  other  did you receive our report? (thread of 04)
def m17():
    when = at("2021-02-11 10:03:55")
    text = """السادة/ أمانة الاستعراض الإقليمي المحترمين
تحية طيبة،

إلحاقاً بخطابنا رقم ض ن/ت/٠٩/٢٠٢١ المؤرخ في ٢١ جمادى الآخرة ١٤٤٢هـ الموافق ٣ فبراير ٢٠٢١م، برجاء التكرم بإفادتنا بما يفيد استلام تقرير المنظمة، حيث لم يصلنا أي إشعار حتى تاريخه، ونخشى أن يكون حجم المرفق قد حال دون وصوله.

مع فائق الشكر والتقدير،
عوض الله إبراهيم الطيب
المدير التنفيذي

في الأربعاء، ٣ فبراير ٢٠٢١ في ٩:١٢ ص، كتب عوض الله الطيب <difaf.alnil.org@gmail.example.com>:
""" + gt(M04_TEXT) + "\n"
    body = alt(text, "000000000000e9f0a105bb2c3d4e", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f66.google.example.com", "192.0.2.66", "4F1B9n2Rtz6x",
           addr("عوض الله الطيب", "difaf.alnil.org@gmail.example.com"), re_hdr("Re: ", M04_SUBJ),
           "<CAGm3Rz9Tb5Wq+1pLx4Nc8Hd2yVe6fKs0Go7@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="follow-up asking whether the report of h218-04 was received (Gmail reply to the sender's own message, "
              "In-Reply-To set), quoting the whole cover letter with '>' (which mentions the report and its "
              "attachments); nothing is attached: a question, not a new submission."))


# ================================================================ 18  EN  report  Egyptian legal aid foundation, HTML-only with letterhead, PDF
def m18():
    when = at("2021-02-12 14:15:08")
    fname = "NVLAF_GCM_Voluntary_Report_Feb2021.pdf"
    inner = """<table width="100%" style="border-bottom:2px solid #1f4e79"><tr>
<td><b>NILE VALLEY LEGAL AID FOUNDATION (NVLAF)</b><br>Registered under No. 4512 / 2014 - Ministry of Social Solidarity</td>
<td dir="rtl" align="right"><b>مؤسسة وادي النيل للمساعدة القانونية</b></td></tr></table>
<p>Cairo, 12 February 2021<br>Corresponding to 30 Jumada al-Akhirah 1442 H</p>
<p>To the Secretariat of the Regional Review of the Global Compact for Migration - Arab Region</p>
<p>Dear Sir/Madam,</p>
<p>Subject: <u>Voluntary GCM Review Report of NVLAF</u></p>
<p>We would like to inform you that the Foundation has finalised its voluntary review report covering its legal assistance to migrants, refugees and returnees in Greater Cairo and Alexandria during 2019-2020. Please find the report attached in PDF format.</p>
<ul><li>Part I: legal aid cases (1,240 cases)</li><li>Part II: access to documentation</li><li>Part III: recommendations to the Regional Review</li></ul>
<p>With our best regards and appreciation,</p>
<p><b>Eng. Ramy Sobhy Girgis</b><br>Chairman of the Board of Trustees<br>NVLAF</p>"""
    pdf = rep_pdf("Voluntary GCM Review Report - Nile Valley Legal Aid Foundation (NVLAF)", "Cairo, February 2021",
                  ["Legal aid cases 2019-2020", "Access to documentation", "Recommendations"])
    body = multi("mixed", [html_only(inner, newlines=True), attach("application/pdf", pdf, fname)],
                 "----=_NextPart_000_0041_01D70155.6E7F8A90")
    m = mk(when, sent_at(when, 2, 5), "mx.nvlaf-eg.example.org", "203.0.113.151", "4F1tM4Hd8z2y",
           "NVLAF <info@nvlaf-eg.example.org>", "Voluntary Review Report - NVLAF",
           "<000001d70144$6e7f8a90$4b7e9fb0$@nvlaf-eg.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "en-us")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="HTML-only body (no text/plain) with a bilingual letterhead table (English and Arabic name of the "
              "foundation), Hijri and Gregorian date; the report is the PDF; From display name is the acronym."))


# ================================================================ 19  FR  report  Libyan association, Apple Mail, inline PDF
def m19():
    when = at("2021-02-14 11:30:45")
    fname = "ALDM_Rapport_volontaire_PMM.pdf"
    t1 = """Bonjour,

Au nom de l'Association libyenne pour la dignité des migrants (ALDM), je vous prie de trouver ci-joint notre rapport volontaire pour l'examen régional du Pacte mondial.

"""
    t2 = """
Le rapport a été validé par notre assemblée générale du 11 février. Une version arabe existe également ; nous pouvons vous l'adresser si nécessaire.

Bien à vous,

Hanan Miloud Ezzway
Secrétaire générale, ALDM
Zaouïa / Tripoli
"""
    pdf = rep_pdf("Rapport volontaire - Association libyenne pour la dignite des migrants (ALDM)", "Fevrier 2021",
                  ["Contexte libyen", "Detention et alternatives", "Acces aux soins", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname, inline=True),
                           leaf("text/plain", t2, "utf-8", "quoted-printable")],
                 "Apple-Mail=_3C1D5E7F-9A2B-4C6D-8E0F-1A2B3C4D5E6F")
    m = mk(when, sent_at(when, 2, 4), "smtp.aldm-libye.example.org", "203.0.113.19", "4F2xR0Gq5z7a",
           addr("Hanan Ezzway", "h.ezzway@aldm-libye.example.org"), "Rapport volontaire ALDM",
           "<E3F5A7B9-1C2D-4E6F-8A0B-2C4D6E8F0A1B@aldm-libye.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Apple Mail layout: multipart/mixed [text, PDF with Content-Disposition inline, text]; the inline PDF "
              "is the report. An Arabic version is only offered, not sent."))


# ================================================================ 20  AR  report  Libyan association, Outlook, Arabic file name, Hijri date in Rajab
def m20():
    when = at("2021-02-15 20:20:20")
    fname = "التقرير الطوعي لجمعية التواصل الليبية ٢٠٢١.pdf"
    text = """بسم الله الرحمن الرحيم

جمعية التواصل الليبية للهجرة والتنمية
المكتب التنفيذي - بنغازي

التاريخ: ٣ رجب ١٤٤٢هـ الموافق ١٥ / ٢ / ٢٠٢١م

إلى/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية

الموضوع: التقرير الطوعي للجمعية

السلام عليكم ورحمة الله وبركاته، وبعد،

نحيط سيادتكم علماً بأن الجمعية قد أنجزت تقريرها الطوعي حول تنفيذ الاتفاق العالمي للهجرة في شرق ليبيا، ونرفقه طيه بصيغة PDF آملين أن يسهم في أعمال الاستعراض الإقليمي.
علماً بأن الجمعية لا ترغب في المشاركة بمداخلة خلال المؤتمر، وتكتفي بتقديم هذا التقرير.

وتقبلوا فائق الاحترام والتقدير،

م. سالمة عبد الكريم الفيتوري
رئيس المكتب التنفيذي
"""
    pdf = rep_pdf("Voluntary GCM Review Report - Al-Tawasul Libyan Association for Migration and Development",
                  "Benghazi, 15 February 2021", ["Context: Eastern Libya", "Objectives 2, 4 and 15", "Challenges",
                                                  "Recommendations"])
    body = outlook_body(text, "AS8PR04MB7713A1B2C3D4E5F6", rtl=True, cid="image001.jpg@01D703C1.5A6B7C80",
                        rgb=(0, 110, 60), attachments=[attach("application/pdf", pdf, fname)])
    m = mk(when, sent_at(when, 2, 6), "mail-as8pr04on0608.outbound.protection.outlook.example.com", "198.51.100.108",
           "4F3kZ7Nc1z4b", addr("جمعية التواصل الليبية", "info@tawasul-ly.example.org"), hdr("التقرير الطوعي للجمعية"),
           "<AS8PR04MB7713A1B2C3D4E5F6@AS8PR04MB7713.eurprd04.prod.outlook.example.com>", body,
           extra=outlook("التقرير الطوعي للجمعية", "AdcD1a2B3c4D5e6F7g8H9i0J1kLmNo==", lang="ar-LY", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Hijri date in Rajab with Gregorian '١٥ / ٢ / ٢٠٢١م' (Arabic-Indic digits); explicitly declines a "
              "speaking role (no speaker request); Arabic PDF file name with Arabic-Indic digits; inline logo "
              "(named image001.png, Content-ID image001.jpg@...) is not a report file; 'م.' (engineer) before the "
              "signatory's name."))


# ================================================================ 21  EN  both  Sudanese union, report on time, speaker late, 23:50 on 16 Feb
M21_ID = "<CAM7hYq2Vr5Kn+3sTw8Lc0Jb6Xd1eFg9Hu4p@mail.gmail.example.com>"
M21_SUBJ = "SMWU Voluntary Report and Speaker Nomination"


def m21():
    when = at("2021-02-16 23:50:10")
    fname = "SMWU_GCM_Voluntary_Report_2021.pdf"
    text = """Dear Secretariat,

Kindly find attached the voluntary review report of the Sudanese Migrant Workers' Union (SMWU), which was approved by our Executive Committee this evening.

In addition, and notwithstanding the lapse of the deadline for speaking requests, we respectfully nominate Mr. Osman Hassan Elamin, Senior Advisor to the Union, to deliver a floor intervention in one of the plenary sessions, should any slot remain available.

Speaker: Osman Hassan Elamin
Position: Senior Advisor
Organization: Sudanese Migrant Workers' Union (SMWU)

Please copy our Secretary for External Relations (in Cc) on any correspondence.

With best regards,

Siddig Abdalla Mohamed
President
Sudanese Migrant Workers' Union (SMWU)
"""
    pdf = rep_pdf("Voluntary GCM Review Report - Sudanese Migrant Workers' Union (SMWU)", "Khartoum, February 2021",
                  ["Labour migration from Sudan", "Objectives 6 and 22", "Challenges", "Recommendations"])
    a = alt(text, "000000000000f1a2b305bb4d5e6f", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000f1a2b205bb4d5e6d")
    m = mk(when, sent_at(when, 2, 7), "mail-ej1-f52.google.example.com", "192.0.2.152", "4F4Cz5Wm9z1c",
           "Siddig Abdalla <smwu.president@gmail.example.com>", M21_SUBJ, M21_ID, body,
           cc="Ext Relations SMWU <ext.relations@smwu-sd.exmaple.org>")
    add(21, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Osman Hassan Elamin", "Senior Advisor", "Sudanese Migrant Workers' Union (SMWU)", ["plenary"])],
        report_attachments=[fname],
        notes="both: the report arrives 23:50 on 16 February (on time) but the speaker part is late, so on_time is "
              "false; the sender (President) is not the speaker; Cc address has a misspelt domain ('exmaple'), so "
              "our acknowledgement's copy bounces (h218-22)."))


# ================================================================ 22  EN  bounce  copy of our acknowledgement of 21 to the misspelt Cc
def m22():
    when = at("2021-02-16 23:51:31")
    text = POSTFIX_NOTICE + """
<ext.relations@smwu-sd.exmaple.org>: Host or domain name not found. Name service
    error for name=smwu-sd.exmaple.org type=MX: Host not found, try again
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F4D0b2Kx7z3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; ext.relations@smwu-sd.exmaple.org\n"
           "Original-Recipient: rfc822;ext.relations@smwu-sd.exmaple.org\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=smwu-sd.exmaple.org type=MX: Host not found, try again\n"
           % rfcdate(when - dt.timedelta(seconds=20), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Siddig Abdalla <smwu.president@gmail.example.com>\n"
            "Cc: Ext Relations SMWU <ext.relations@smwu-sd.exmaple.org>\n"
            "Subject: Acknowledgement of receipt - " + M21_SUBJ + "\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=21)), ack_mid("4F4D0b2Kx7z3"), M21_ID))
    body = dsn_report(text, dsn, hdrs, "4F4D1c3Lz8z4.1613512291/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F4D1c3Lz8z4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210216215131.4F4D1c3Lz8z4@mx1.iom.int>")]
    add(22, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain not found) for the Cc copy of our acknowledgement of h218-21; the "
              "returned headers name h218-21 in In-Reply-To and the subject mentions the report and the speaker. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 23  FR  other  thank-you reply to our acknowledgement of 16 (no acknowledgement)
def m23():
    when = at("2021-02-17 09:58:02")
    text = """Madame, Monsieur,

Nous accusons bonne réception de votre message et vous en remercions vivement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Secrétariat du CERMC
Pour le Directeur

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 10 février 2021 16:29
À : Secrétariat CERMC <secretariat@cermc.example.org>
Objet : Acknowledgement of receipt - """ + M16_SUBJ + """

Madame, Monsieur,

Nous accusons réception de votre rapport volontaire (CERMC - Rapport volontaire PMM - VF.docx), reçu le 10 février 2021. Il sera transmis à l'équipe du Secrétariat.
"""
    ack = ack_mid("4F0bX9Rm2z1d")
    body = outlook_body(text, "PAXPR08MB6495F1E2D3C4B5A6", lang="FR")
    m = mk(when, sent_at(when, 2, 5), "mail-pax08on0619.outbound.protection.outlook.example.com", "198.51.100.119",
           "4F4Wn6Gt3z5e", addr("Secrétariat CERMC", "secretariat@cermc.example.org", enc="Q"),
           hdr("RE: Acknowledgement of receipt - " + M16_SUBJ, enc="Q"),
           "<PAXPR08MB6495F1E2D3C4B5A6@PAXPR08MB6495.eurprd08.prod.outlook.example.com>", body,
           extra=outlook("Acknowledgement of receipt - " + M16_SUBJ, "AQHW/4aB5c6D7e8F9g0H1i2J3k4L5mAAcDE2",
                         lang="fr-FR") + [("In-Reply-To", ack), ("References", M16_ID + " " + ack)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 16,
        notes="thank-you answer to our acknowledgement of h218-16 (In-Reply-To our acknowledgement, References the "
              "original): adds nothing new, so no acknowledgement (LABELS.md); the quoted acknowledgement names the "
              "report file. thread_of h218-16."))


# ================================================================ 24  FR  other  question in the thread of 03 (time of the open discussion)
def m24():
    when = at("2021-02-18 12:40:26")
    text = """Madame, Monsieur,

Faisant suite à notre demande du 2 février et à votre accusé de réception, le Pr Toulba souhaiterait connaître l'horaire exact de la discussion ouverte du 23 février (heure de Beyrouth ou du Caire ?) ainsi que le lien de connexion, afin de pouvoir organiser son emploi du temps.

Par ailleurs, une présentation PowerPoint est-elle autorisée pendant l'intervention ?

Avec nos remerciements anticipés,

--
Nermine Adly
Assistante de direction
Département Gouvernance et Migrations
Université Nil-Méditerranée

Le 02/02/2021 à 15:50, GCM Regional Review Arab States a écrit :
> Acknowledgement of receipt
>
> [...]
"""
    ack = ack_mid("4DVL9d5Sq1z2")
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 4), "smtp.unm-alex.example.org", "203.0.113.45", "4F5gH2Pv8z6f",
           addr("Nermine Adly", "secretariat.gm@unm-alex.example.org"),
           hdr("Re: Acknowledgement of receipt - " + M03_SUBJ, enc="Q"),
           "<c5e8a2f0-4b61-4d3a-9e7c-0f1a2b3c4d5e@unm-alex.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", ack),
                  ("References", M03_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="logistics questions (time zone of the open discussion, connection link, slides) in reply to our "
              "acknowledgement of h218-03; names the speaker but proposes nothing new: other, acknowledged because it "
              "asks questions. thread_of h218-03."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
