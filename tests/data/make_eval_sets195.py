#!/usr/bin/env python3
"""Write the blind evaluation set holdout195 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets195.py
Theme: government focal points, parliament staff, local authorities and regional bodies writing to the
review mailbox: formal letters with reference numbers, cover notes whose real letter is an attached PDF,
nominations through a ministry's registry or a permanent mission, Cc chains, secretaries writing for the
official, changes of the nominated official, protocol and accreditation questions.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import outlook_rows as outlook

SET = EvalSet(195)
add = SET.add
INVITE_SUBJ = "Regional Review of the Global Compact for Migration in the Arab Region - Invitation"


def gmail_extra():
    return [("X-Gm-Message-State", "AOAM530x1Qm7y2Zr4fHk9w0aBv8c6dE3tLsPq5nW7uJ2iYgK"),
            ("X-Google-Smtp-Source", "ABdhPJz4kq9T1vR0mN5eWc3sYb8uL6pXo2hG7fDa")]


def letter_pdf(lines):
    return make_pdf(lines)


def logo(cid, name="image001.png", rgb=(0, 100, 60)):
    return leaf("image/png", make_png(14, 7, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


# ================================================================ messages
def m01():
    # Arabic Exchange out-of-office of a ministry focal point, answering the invitation mailing
    when = at("2021-01-26 09:14:52")
    sent = sent_at(when, 3, 2)
    text = """السلام عليكم ورحمة الله وبركاته،

أشكركم على رسالتكم. أنا خارج المكتب في مهمة رسمية حتى يوم الأحد ٣١ كانون الثاني/يناير ٢٠٢١ مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع قسم المنظمات الدولية على الرقم الداخلي ٤٤١٢.

مع التحية،
نادية الساعدي
ضابط ارتباط - الاتفاق العالمي للهجرة
"""
    body = alt(text, "_000_AM6PR03MB4120OOF0126091450_", rtl=True, b64=True)
    subj = hdr("رد تلقائي: " + INVITE_SUBJ)
    rows = std_rows(when, "mail-am6eur03on0113.outbound.protection.outlook.example.com", "40.107.3.113",
                    "4DQ2vH0mKpz7", addr("نادية الساعدي", "n.alsaadi@mfa-gov.example.iq"), subj, rfcdate(sent),
                    "<AM6PR03MB4120C7F1E2D0A9B4@AM6PR03MB4120.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "n.alsaadi@mfa-gov.example.iq")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", "<invitation.20210125@gcmrrarabstates.iom.int>"), ("Content-Language", "ar-IQ")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office of a ministry focal point answering the invitation mailing; "
              "Auto-Submitted: auto-replied, null Return-Path, Arabic 'رد تلقائي:' prefix on the English "
              "invitation subject. The signature title is not a speaker request. Never acknowledge."))


M02_ID = "<VI1PR08MB3345E2A7C90D41B8F6A2@VI1PR08MB3345.eurprd08.prod.outlook.example.com>"


def m02():
    # French ministry: a secretary's cover note, the official letter is the attached PDF (not a report)
    when = at("2021-01-27 11:32:08")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

D'ordre de Monsieur le Directeur général de la Coopération internationale, j'ai l'honneur de vous transmettre ci-joint la lettre n° 0217/DGCI/2021 du 26 janvier 2021, relative à la participation du Ministère à la revue régionale du Pacte mondial pour les migrations.

Par cette lettre, le Ministère propose la candidature de M. Hichem Ben Ammar, Directeur de la Migration et de l'Emploi à l'étranger au Ministère des Affaires sociales, pour une intervention lors d'une séance plénière de la Conférence (24-25 février 2021).

L'original suit par la voie diplomatique.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Sonia Gharbi
Secrétaire de direction
Direction générale de la Coopération internationale
Ministère des Affaires sociales - Tunis
Tél. : +216 71 568 402
"""
    pdf = letter_pdf(["REPUBLIQUE TUNISIENNE - Ministere des Affaires sociales",
                      "Direction generale de la Cooperation internationale", "N. 0217/DGCI/2021 - Tunis, le 26 janvier 2021",
                      "", "Objet : Revue regionale du PMM - region arabe",
                      "Le Ministere propose M. Hichem Ben Ammar, Directeur de la Migration",
                      "et de l'Emploi a l'etranger, pour une intervention en seance pleniere.",
                      "Le Directeur general de la Cooperation internationale"])
    fname = "Lettre_0217_DGCI_2021.pdf"
    body = multi("mixed", [alt(text, "_000_VI1PR08MB3345E2A7C90D41B8F6A2_"), attach("application/pdf", pdf, fname)],
                 "_004_VI1PR08MB3345E2A7C90D41B8F6A2_")
    subj = hdr("Lettre n° 0217/DGCI/2021 – Revue régionale du PMM – proposition d'intervenant", enc="Q")
    m = mk(when, sent, "mail-vi1eur08on0621.outbound.protection.outlook.example.com", "40.107.8.121",
           "4DQqT35xNkz1", "Sonia Gharbi <s.gharbi@social.example.tn>", subj, M02_ID, body,
           cc="DGCI Bureau d'ordre <bo.dgci@social.example.tn>",
           extra=outlook("Lettre n° 0217/DGCI/2021 – Revue régionale du PMM", "AQHW9Ke0sQ1b3mF2Tj6Lx8Pc4yN7Rg==",
                         "fr-FR", "yes"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hichem Ben Ammar", "Directeur de la Migration et de l'Emploi à l'étranger",
           "Ministère des Affaires sociales", ["plenary"])],
        notes="cover note by a secretary 'd'ordre du Directeur général': the request itself is the attached official "
              "letter (PDF), summarised in the body; the PDF is a letter, not a voluntary report "
              "(report_attachments empty). Title kept with its unit, 'M.' dropped; ' - Tunis' in the signature "
              "is a place, not part of the affiliation. Registry (bureau d'ordre) in Cc."))


M03_ID = "<DB7PR05MB5210A1B2C3D4E5F60718@DB7PR05MB5210.eurprd05.prod.outlook.example.com>"


def m03():
    # Arabic ministry letter sent by the ministry's registry (ديوان), two officials nominated
    when = at("2021-01-28 13:47:21")
    sent = sent_at(when, 2, 7)
    text = """المملكة الأردنية الهاشمية
وزارة العمل
الرقم: و ع/٤/١١٨٧
التاريخ: ١٤ جمادى الآخرة ١٤٤٢ هـ الموافق ٢٨/١/٢٠٢١ م

السادة المنظمة الدولية للهجرة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين

الموضوع: ترشيح متحدثين للمؤتمر الاستعراضي الإقليمي

تحية طيبة وبعد،

بالإشارة إلى كتابكم بخصوص الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية، أودّ إعلامكم بأن الوزارة ترشّح كلاً من:

١. سعادة السيد عمر الزعبي، مدير مديرية العمالة الوافدة، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية.
٢. السيدة ريم الخوالدة، رئيسة قسم التعاون الدولي، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم ٢٣ شباط.

وتفضلوا بقبول فائق الاحترام والتقدير،

الأمين العام لوزارة العمل

---
ديوان وزارة العمل - قسم الصادر
هذا البريد مرسل من قسم الصادر نيابة عن الأمين العام
"""
    body = multi("related", [alt(text, "_000_DB7PR05MB5210A1B2C3D4E5F60718_", rtl=True, b64=True),
                             logo("image001.png@01D6F5A1.2B3C4D50")], "_005_DB7PR05MB5210A1B2C3D4E5F60718_",
                 params=[("type", '"multipart/alternative"')])
    subj = hdr("ترشيح متحدثين - كتاب رقم و ع/٤/١١٨٧")
    m = mk(when, sent, "mail-db7eur05on0102.outbound.protection.outlook.example.com", "40.107.5.102",
           "4DRk8w1VbTz3", addr("ديوان وزارة العمل", "diwan@mol.example.jo"), subj, M03_ID, body,
           cc="i.cooperation@mol.example.jo, foreign.labour@mol.example.jo",
           extra=outlook("ترشيح متحدثين", "AQHW9VYh3mT0cZ1aRkq4bN8f2Lp6Ew==", "ar-JO"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر الزعبي", "مدير مديرية العمالة الوافدة", "وزارة العمل", ["roundtable"], 2),
        sp("ريم الخوالدة", "رئيسة قسم التعاون الدولي", "وزارة العمل", ["open_discussion"])],
        notes="formal ministry letter with reference number and Hijri/Gregorian dates, sent by the registry (ديوان) "
              "on behalf of the Secretary-General; two officials in a numbered list with honorifics ('سعادة السيد', "
              "'السيدة', dropped); their affiliation is only the letterhead ('وزارة العمل'; the country line above it "
              "is not recorded, dev convention for places); roundtable as ordinal word ('الثانية'); inline logo decoy. "
              "The first speaker is replaced later (h195-10)."))


def m04():
    # English national focal point: cover letter PDF + national report PDF
    when = at("2021-01-29 15:05:40")
    sent = sent_at(when, 3, 6)
    text = """Dear Colleagues,

With reference to the invitation to the Regional Review of the GCM in the Arab region, please find attached:

1. Cover letter Ref. MFAE/MD/2021/044 signed by the Director of the Migration Department;
2. The national voluntary GCM review report, as validated by the inter-ministerial committee on 25 January 2021.

The report covers Objectives 2, 5, 6 and 23. We would be grateful if you could confirm receipt.

Best regards,

Khalid Al-Jubouri
Second Secretary | National GCM Focal Point Office
Migration Department, Ministry of Foreign Affairs and Expatriates
"""
    cover = letter_pdf(["Ministry of Foreign Affairs and Expatriates - Migration Department",
                        "Ref. MFAE/MD/2021/044   Date: 28 January 2021",
                        "To: IOM - Regional Review of the GCM, Arab region",
                        "Subject: Transmission of the national voluntary GCM review report",
                        "Director, Migration Department"])
    rep = make_pdf(["National Voluntary Review of the Global Compact for Migration", "2021",
                    "Regional Review of the GCM - Arab region", "", "1. Institutional framework",
                    "2. Objective 2 - drivers", "3. Objectives 5 and 6 - regular pathways and fair recruitment",
                    "4. Objective 23 - international cooperation", "5. Way forward"])
    f1, f2 = "Cover_Letter_Ref_MFAE-MD-2021-044.pdf", "National_Voluntary_GCM_Review_Report_2021.pdf"
    body = multi("mixed", [alt(text, "_000_PA4PR04MB7710D20B4C_"), attach("application/pdf", cover, f1),
                           attach("application/pdf", rep, f2)], "_006_PA4PR04MB7710D20B4C_")
    m = mk(when, sent, "mail-pa4eur04on0719.outbound.protection.outlook.example.com", "40.107.4.119",
           "4DS1Jk7pQbz8", "Khalid Al-Jubouri <k.aljubouri@mfae.example.gov>",
           "National voluntary GCM review report - Ref. MFAE/MD/2021/044",
           "<PA4PR04MB7710D20B4C9E1F3A@PA4PR04MB7710.eurprd04.prod.outlook.example.com>", body,
           cc="Migration Department <migration.dept@mfae.example.gov>",
           extra=outlook("National voluntary GCM review report", "AQHW9ltK2bq0RxYV1kJ7Sg5aPz3mdA==", "en-GB", "yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f2],
        notes="government focal point sends two PDFs: a signed cover letter (transmittal, not part of the report) "
              "and the national voluntary report; only the report is recorded. A careful secretary files the cover "
              "letter with the correspondence, not as the report (not covered by dev: recorded as a secretary "
              "would). Sender's signature title is not a speaker request."))


M05_ID = "<2b7e4c19-5a80-4f3d-9e62-c1d8a07f3b45@region-oriental.example.ma>"


def m05():
    # Moroccan regional council: contribution DOCX + vice-president for roundtable 3 (both), Thunderbird
    when = at("2021-02-01 10:18:33")
    sent = sent_at(when, 1, 8)
    text = """Madame, Monsieur,

Suite à votre invitation, le Conseil de la Région de l'Oriental a le plaisir de vous adresser sa contribution à la revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières (fichier Word ci-joint). Ce document présente l'action de la Région en matière d'accueil et d'intégration des migrants, ainsi que les mécanismes de coordination mis en place avec les services déconcentrés de l'État.

Par ailleurs, la Région souhaiterait intervenir lors de la troisième table ronde thématique de la Conférence des 24 et 25 février. Elle y serait représentée par :

   Mme Naïma Boukili
   Vice-présidente chargée de la coopération décentralisée
   Conseil de la Région de l'Oriental

Restant à votre disposition pour tout complément d'information.

Bien cordialement,

-- 
Adil Ouazzani
Chef du Service de la Coopération
Direction des Affaires Générales
Conseil de la Région de l'Oriental, Oujda
"""
    fname = "Contribution_Region_Oriental_PMM_2021.docx"
    doc = make_docx(["Contribution du Conseil de la Région de l'Oriental", "Revue régionale du PMM - région arabe 2021",
                     "1. Contexte migratoire régional", "2. Accueil et intégration", "3. Coordination territoriale",
                     "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, fname)], "------------0E5B2A7C91D84F36A0B1C2D3")
    m = mk(when, sent, "smtp.region-oriental.example.ma", "41.214.160.22", "4DT8mQ2cLrz4",
           "Adil Ouazzani <a.ouazzani@region-oriental.example.ma>",
           hdr("Contribution de la Région de l'Oriental – revue régionale PMM", enc="Q"), M05_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(5, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Naïma Boukili", "Vice-présidente chargée de la coopération décentralisée",
           "Conseil de la Région de l'Oriental", ["roundtable"], 3)],
        report_attachments=[fname],
        notes="local authority (regional council): contribution DOCX and a speaker request in one message, both on "
              "time; the sender (head of service) is not the speaker; indented speaker block with 'Mme' dropped; "
              "roundtable as ordinal word ('troisième'); ', Oujda' in the signature is a place. Revised report "
              "sent later (h195-22)."))


def m06():
    # Arabic parliament staff (committee secretary) writing on behalf of the MP, Gmail
    when = at("2021-02-02 12:40:15")
    sent = sent_at(when, 2, 5)
    text = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

بتوجيه من سعادة النائب الدكتور خالد العمري، رئيس لجنة العمل والتنمية الاجتماعية والسكان في مجلس النواب، يسرني إبلاغكم برغبة سعادته في المشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم الثلاثاء ٢٣ شباط/فبراير ٢٠٢١، ولا سيما في محور دور البرلمانات في متابعة تنفيذ الاتفاق العالمي.

يرجى توجيه المراسلات المتعلقة بالترتيبات إلى هذا البريد، مع نسخة إلى مكتب سعادته.

مع الشكر والتقدير،

م. رامي الدباس
سكرتير لجنة العمل والتنمية الاجتماعية والسكان
الأمانة العامة لمجلس النواب
"""
    body = alt(text, "000000000000a1b2c3d405b9d6e7f8", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DTvX61hRqz2",
           addr("Rami Aldabbas", "rami.dabbas.parl@gmail.example.com"),
           hdr("مشاركة سعادة النائب د. خالد العمري - النقاش المفتوح"),
           "<CAF7kYq2mX9vR3tL0pB8wQ4nJ6cH1sD5eGz7uA2yK0fT9iE3oN@mail.gmail.example.com>", body,
           cc=addr("مكتب النائب خالد العمري", "office.alomari@parliament.example.jo"), extra=gmail_extra())
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد العمري", "رئيس لجنة العمل والتنمية الاجتماعية والسكان", "مجلس النواب", ["open_discussion"])],
        notes="parliament staff writing on behalf of the MP from a personal Gmail address with an English display "
              "name; speaker in prose with stacked honorifics ('سعادة النائب الدكتور', dropped: 'النائب' used as a "
              "form of address; the committee chair is his title); the sender's own title ('م.' engineer honorific, "
              "committee secretary) is not a speaker. Affiliation 'مجلس النواب' as written (his office, in Cc, "
              "belongs to the same body)."))


M07_ID = "<NV045.2021.0202153301@iraqmission-geneva.example.org>"


def m07():
    # Permanent mission: note verbale in an HTML-only message
    when = at("2021-02-02 15:33:09")
    sent = sent_at(when, 1, 8)
    inner = """<p style="text-align:right">No. 7/2/045<br>Geneva, 2 February 2021</p>
<p style="text-align:center"><b>NOTE VERBALE</b></p>
<p>The Permanent Mission of the Republic of Iraq to the United Nations Office and other International Organizations in Geneva presents its compliments to the International Organization for Migration (IOM), Regional Office for the Middle East and North Africa, and with reference to the invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, has the honour to inform that the Government of the Republic of Iraq nominates:</p>
<p style="margin-left:36pt">Mr. Ahmed Jabbar Al-Saadi<br>
Director General of the Migration Department<br>
Ministry of Migration and Displacement</p>
<p>to deliver a statement during the plenary session of the Regional Review Conference on 24-25 February 2021.</p>
<p>The Permanent Mission of the Republic of Iraq avails itself of this opportunity to renew to the International Organization for Migration the assurances of its highest consideration.</p>
<p>&nbsp;</p>
<p style="font-size:9pt;color:#555">Permanent Mission of the Republic of Iraq | Geneva<br>Chancery: +41 22 000 00 00</p>"""
    body = html_only(inner, lang="en", newlines=True)
    m = mk(when, sent, "mail.iraqmission-geneva.example.org", "185.19.28.77", "4DTzP80qWsz6",
           "Permanent Mission of Iraq - Geneva <mission@iraqmission-geneva.example.org>",
           "Note Verbale No. 7/2/045 - nomination - GCM Regional Review, Arab region", M07_ID, body,
           cc="Ministry of Migration and Displacement <intl.relations@momd.example.iq>")
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Jabbar Al-Saadi", "Director General of the Migration Department",
           "Ministry of Migration and Displacement", ["plenary"])],
        notes="HTML-only note verbale from a permanent mission with a reference number; the nominee belongs to a "
              "ministry, not to the mission that sends it; 'a statement during the plenary session' = plenary; "
              "'Mr.' dropped; title kept with its unit. Thank-you reply follows (h195-18)."))


def m08():
    # Regional body (UMA secretariat), French, Cc chain, quoted internal instruction
    when = at("2021-02-03 09:26:47")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Comme suite à l'invitation adressée au Secrétaire général, j'ai l'honneur de vous communiquer ci-dessous la désignation de l'intervenante du Secrétariat général pour la table ronde thématique n° 4 de la Conférence régionale d'examen :

- Nom : Mme Salma Bennani
- Fonction : Chef de la Division des Affaires sociales et de la Migration
- Institution : Secrétariat général de l'Union du Maghreb Arabe (UMA), Rabat

Mme Bennani est en copie de ce message.

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

Hamid Lahlou
Attaché, Cabinet du Secrétaire général
Union du Maghreb Arabe

-----Message d'origine-----
De : Cabinet SG UMA <cabinet.sg@uma.example.org>
Envoyé : mardi 2 février 2021 18:05
À : Hamid Lahlou <h.lahlou@uma.example.org>
Cc : Salma Bennani <s.bennani@uma.example.org>; Division DASM <dasm@uma.example.org>
Objet : TR: Invitation - revue régionale du PMM

Hamid, merci de répondre à l'OIM avant vendredi : le SG désigne Mme Bennani pour la TR4. Pas de rapport de notre part cette année.
"""
    body = alt(text, "_000_MR2P264MB0961F4E3A2B1C0D9_")
    m = mk(when, sent, "mail-mr2fra01on0612.outbound.protection.outlook.example.com", "40.107.9.112",
           "4DVb3m6TqYz9", "Hamid Lahlou <h.lahlou@uma.example.org>",
           hdr("RE: TR: Invitation - revue régionale du PMM – désignation TR4", enc="Q"),
           "<MR2P264MB0961F4E3A2B1C0D9@MR2P264MB0961.FRAP264.PROD.OUTLOOK.EXAMPLE.COM>", body,
           cc="Salma Bennani <s.bennani@uma.example.org>, Cabinet SG UMA <cabinet.sg@uma.example.org>, "
              "Division DASM <dasm@uma.example.org>",
           extra=outlook("Invitation - revue régionale du PMM", "AQHW+UpB0aN6rX2yMq3Sk9Le4Vd1Tw==", "fr-FR"))
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Bennani", "Chef de la Division des Affaires sociales et de la Migration",
           "Secrétariat général de l'Union du Maghreb Arabe (UMA)", ["roundtable"], 4)],
        notes="regional body: attaché writes for the Secretary-General, three addresses in Cc; dashed labelled "
              "list with 'Mme' dropped; ', Rabat' after the organisation is a place (dev convention), acronym "
              "kept; title kept with its unit; the quoted internal instruction ('TR4', 'Pas de rapport') must "
              "not add a report or a second request."))


def m09():
    # English protocol department: accreditation questions, no speaker proposed
    when = at("2021-02-04 10:02:26")
    sent = sent_at(when, 4, 6)
    text = """Dear Sir/Madam,

The Protocol Department of the Ministry of Foreign Affairs would be grateful for clarification on the following points regarding the Regional Review Conference (24-25 February 2021):

a) Is a separate accreditation procedure required for government delegations, or is the online registration sufficient? If a note verbale is needed, to whom should it be addressed?
b) Will an order of precedence be applied to ministerial statements in the plenary, and how will it be communicated?
c) Can the names of delegation members be changed after registration, and until which date?
d) Will interpretation into Arabic be available in all sessions, including the roundtables?

Our delegation is expected to comprise three officials; names will follow once approved.

Thank you in advance for your kind assistance.

Regards,
Maryam Al Falasi
Protocol Officer, Conferences Section
Protocol Department | Ministry of Foreign Affairs
"""
    body = alt(text, "_000_DXBP281MB0420A7B3C1_")
    m = mk(when, sent, "mail-dxb01on0707.outbound.protection.outlook.example.com", "40.107.110.77",
           "4DWHq19sZkz3", "Maryam Al Falasi <m.alfalasi@mofa.example.ae>",
           "Accreditation and protocol - GCM Regional Review Conference",
           "<DXBP281MB0420A7B3C1E9F204@DXBP281MB0420.ARE281.PROD.OUTLOOK.EXAMPLE.COM>", body,
           extra=outlook("Accreditation and protocol - GCM Regional Review Conference",
                         "AQHW+qvR4nB7cL0eTj9Mx2Ks5Ya8Pw==", "en-US"))
    add(9, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="protocol/accreditation questions from a ministry: mentions ministerial statements in the plenary "
              "and a delegation, but proposes no speaker and names no one: other."))


def m10():
    # Arabic: change of the nominated official of h195-03 (reply to the registry's message)
    when = at("2021-02-04 14:55:02")
    sent = sent_at(when, 2, 6)
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

إلحاقاً بكتابنا رقم و ع/٤/١١٨٧ تاريخ ٢٨/١/٢٠٢١، ونظراً لارتباط سعادة مدير مديرية العمالة الوافدة بمهمة رسمية خارج المملكة في موعد المؤتمر، نرجو التكرم باعتماد السيد باسل المومني، مساعد مدير مديرية العمالة الوافدة، بديلاً عنه للمداخلة في المائدة المستديرة ذاتها.

أما ترشيح السيدة ريم الخوالدة للنقاش المفتوح فيبقى كما هو.

وتفضلوا بقبول الاحترام،

ديوان وزارة العمل - قسم الصادر

________________________________
من: ديوان وزارة العمل <diwan@mol.example.jo>
تاريخ الإرسال: ‏الخميس‏، ٢٨ كانون الثاني‏، ٢٠٢١ ١:٤٧ م
إلى: gcmrrarabstates@iom.int
نسخة: i.cooperation@mol.example.jo; foreign.labour@mol.example.jo
الموضوع: ترشيح متحدثين - كتاب رقم و ع/٤/١١٨٧

١. سعادة السيد عمر الزعبي، مدير مديرية العمالة الوافدة، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية.
٢. السيدة ريم الخوالدة، رئيسة قسم التعاون الدولي، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم ٢٣ شباط.
"""
    body = alt(text, "_000_DB7PR05MB5210B9C8D7E6F5A4_", rtl=True, b64=True)
    subj = re_hdr("RE: ", "ترشيح متحدثين - كتاب رقم و ع/٤/١١٨٧ - تعديل")
    m = mk(when, sent, "mail-db7eur05on0109.outbound.protection.outlook.example.com", "40.107.5.109",
           "4DWQ0c5nBvz8", addr("ديوان وزارة العمل", "diwan@mol.example.jo"), subj,
           "<DB7PR05MB5210B9C8D7E6F5A4@DB7PR05MB5210.eurprd05.prod.outlook.example.com>", body,
           cc="i.cooperation@mol.example.jo, foreign.labour@mol.example.jo",
           extra=outlook("ترشيح متحدثين", "AQHW9VYh3mT0cZ1aRkq4bN8f2Lp6EwAKf7Xq", "ar-JO")
           + [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("باسل المومني", "مساعد مدير مديرية العمالة الوافدة", "وزارة العمل", ["roundtable"], 2)],
        thread_of="h195-03.eml",
        notes="change of the nominated official: replaces the first speaker of h195-03 (In-Reply-To set); the "
              "roundtable is only given by reference ('المائدة المستديرة ذاتها') and in the quoted original (the "
              "second); the other nominee is confirmed unchanged and is not re-listed (only the new speaker is "
              "recorded, as dev 021 does). Affiliation from the registry/letter context ('وزارة العمل')."))


M11_ID = "<0102017771a3b4c5-d6e7f809-1a2b-4c3d-8e9f-a0b1c2d3e4f5-000000@email.anlam.example.org>"


def m11():
    # English regional network of local authorities: HTML-only with a table, two speakers
    when = at("2021-02-05 20:04:38")
    sent = sent_at(when, 2, 9)
    inner = """<p>Dear GCM Regional Review Secretariat,</p>
<p>On behalf of the Arab Network of Local Authorities for Migration, and further to the invitation received by our Secretary-General, please find below our nominations for the Regional Review Conference:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Position</th><th>Organization</th><th>Requested role</th></tr>
<tr><td>Dr. Hiba Nasrallah</td><td>Secretary-General</td><td>Arab Network of Local Authorities for Migration (ANLAM)</td><td>Rapporteur - key messages of the stakeholders</td></tr>
<tr><td>Cllr. Sami Haddad</td><td>Head of the Social Affairs Committee</td><td>Zahle Municipal Council</td><td>Floor intervention - Roundtable 4</td></tr>
</table>
<p>Cllr. Haddad would speak on the role of municipalities in service provision to migrants and displaced persons.</p>
<p>Kind regards,<br>
Joelle Khoury<br>
Programme Officer<br>
ANLAM Secretariat | Beirut</p>"""
    body = html_only(inner, lang="en")
    m = mk(when, sent, "a8-31.smtp-out.email.example.com", "54.240.8.31", "4DWt2R7mJcz5",
           "ANLAM Secretariat <secretariat@anlam.example.org>", "Nominations for the GCM Regional Review Conference",
           M11_ID, body, extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Nasrallah", "Secretary-General", "Arab Network of Local Authorities for Migration (ANLAM)",
           ["rapporteur"]),
        sp("Sami Haddad", "Head of the Social Affairs Committee", "Zahle Municipal Council", ["roundtable"], 4)],
        notes="HTML-only, two speakers in a table; honorifics 'Dr.' and 'Cllr.' (councillor) dropped; the second "
              "speaker belongs to a member municipality, not to the network; the sender (programme officer, from "
              "a shared secretariat mailbox) is not a speaker. Second speaker replaced late (h195-24)."))


M12_ID = "<000001d6fbf1$8a3c2e10$9eb48a30$@tanger-commune.example.ma>"


def m12():
    # Mayor's private secretariat, pasted form, two speakers, just before the deadline (Date header +0100)
    when = at("2021-02-05 23:10:17")
    sent = sent_at(when, 1, 11)
    text = """Bonsoir,

Veuillez trouver ci-dessous, à la demande de Monsieur le Président du Conseil communal, la fiche de demande d'intervention de la Commune de Tanger, remplie selon le modèle joint à votre invitation.

================ FICHE DE DEMANDE D'INTERVENTION ================
Intervenant 1
Nom et prénom : Mohamed El Amrani
Fonction : Président du Conseil communal
Organisme : Commune de Tanger
Session souhaitée : séance plénière

Intervenant 2
Nom et prénom : Leïla Benjelloun
Fonction : Chargée de mission, Service de la coopération décentralisée
Organisme : Commune de Tanger
Session souhaitée : table ronde 1 (migration et développement local)
==================================================================

Avec nos excuses pour l'envoi tardif dans la journée.

Cordialement,
Secrétariat particulier du Président
Commune de Tanger
"""
    body = alt(text, "----=_NextPart_000_0013_01D6FBF9.E94D2A30", charset="iso-8859-1")
    m = mk(when, sent, "smtp.tanger-commune.example.ma", "196.200.131.8", "4DX0pN3sGhz1",
           addr("Secrétariat du Président", "secretariat.president@tanger-commune.example.ma", "iso-8859-1", "Q"),
           hdr("Fiche de demande d'intervention – Commune de Tanger", enc="Q"), M12_ID, body,
           cc="Mohamed El Amrani <m.elamrani@tanger-commune.example.ma>, "
              "Leila Benjelloun <l.benjelloun@tanger-commune.example.ma>",
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdcGaQh6m3bRkXo2TUmV7q1cPnLw8A=="),
                  ("Content-Language", "fr")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed El Amrani", "Président du Conseil communal", "Commune de Tanger", ["plenary"]),
        sp("Leïla Benjelloun", "Chargée de mission, Service de la coopération décentralisée", "Commune de Tanger",
           ["roundtable"], 1)],
        notes="edge: received 23:10 Beirut time on 5 February (Date header 22:10 +0100), on time; the mayor's "
              "private secretariat sends a pasted form for two speakers (the mayor himself and a staff member); "
              "ISO-8859-1 Outlook 2010; the second title is written with its unit (kept as written); the Cc "
              "address of the second speaker is wrong, so the acknowledgement bounces (h195-13)."))


def m13():
    # French-localised Postfix DSN: acknowledgement of h195-12 to the wrong Cc address
    when = at("2021-02-05 23:11:40")
    text = """Ceci est le programme de distribution du courrier du serveur mx1.iom.int.

Nous sommes désolés de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez envoyer un courrier à postmaster.

Si vous le faites, joignez ce rapport d'erreur. Vous pouvez supprimer
votre propre texte du message retourné ci-joint.

                   Le programme de distribution du courrier

<l.benjelloun@tanger-commune.example.ma>: host mx.tanger-commune.example.ma[196.200.131.9]
    said: 550 5.1.1 <l.benjelloun@tanger-commune.example.ma>: adresse inconnue /
    unknown user (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DX0qB1tKmz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; l.benjelloun@tanger-commune.example.ma\n"
           "Original-Recipient: rfc822;l.benjelloun@tanger-commune.example.ma\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.tanger-commune.example.ma\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <l.benjelloun@tanger-commune.example.ma>:\n"
           "    adresse inconnue / unknown user\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: secretariat.president@tanger-commune.example.ma\n"
            "Cc: Mohamed El Amrani <m.elamrani@tanger-commune.example.ma>,\n"
            " Leila Benjelloun <l.benjelloun@tanger-commune.example.ma>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Fiche_de_demande_d=27intervention?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4DX0pN3sGhz1@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=6)), M12_ID))
    body = dsn_report("-", dsn, hdrs, "4DX0qB1tKmz6.1612559500/mx1.iom.int")
    # the notice is localised (accents): replace the ASCII placeholder by a UTF-8 quoted-printable part
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DX0qD4wLnz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", hdr("Message non distribué retourné à l'expéditeur", "utf-8", "Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205211140.4DX0qD4wLnz2@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.1.1 unknown user) for the wrong Cc address of h195-12, returned "
              "headers only (In-Reply-To names h195-12); a bounce is never part of a submission (thread_of null). "
              "Never acknowledge."))


def m14():
    # Arab Parliament staff, late, phone, dialect, details in a pasted block
    when = at("2021-02-08 19:22:05")
    sent = sent_at(when, 3, 12)
    text = """مساء الخير،

بعتذر كتير عالتأخير، الإيميل وصلنا متأخر من الإدارة وما انتبهنا للموعد. حابين نرشّح رئيسة اللجنة تحكي بالجلسة العامة للمؤتمر إذا لسا في مجال:

النائب فاطمة الكعبي
رئيسة لجنة الشؤون الاجتماعية والتربوية والثقافية والمرأة والشباب
البرلمان العربي

وإذا في استمارة لازم نعبيها ابعتولنا ياها لو سمحتوا.

شكراً إلكم
هيفاء
إدارة الشؤون البرلمانية - الأمانة العامة للبرلمان العربي

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail.arabparliament.example.org", "37.224.11.40", "4DZ7sV2pHxz4",
           addr("هيفاء المطيري", "h.almutairi@arabparliament.example.org"), hdr("ترشيح للجلسة العامة"),
           "<6C1E2A94-3B7D-4F0E-9A58-D2C4B1E07F36@arabparliament.example.org>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)"), ("Content-Language", "ar")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الكعبي", "رئيسة لجنة الشؤون الاجتماعية والتربوية والثقافية والمرأة والشباب", "البرلمان العربي",
           ["plenary"])],
        notes="LATE (8 February) and says so; Levantine dialect from an iPhone; parliament staff writes for the "
              "committee chair; speaker block of three lines with 'النائب' (MP, used as form of address) dropped "
              "from the name; 'الجلسة العامة' = plenary; asks for a form (does not change the category)."))


def m15():
    # English municipality: local profile PDF (report on time) + speaker (late) -> both, on_time false
    when = at("2021-02-09 11:48:30")
    sent = sent_at(when, 2, 7)
    text = """Dear IOM team,

Please find attached the contribution of Greater Irbid Municipality to the Regional Review: a short local migration profile and our assessment of progress on the GCM objectives at city level (Objectives 15 and 16 mainly).

We also apologise for not replying earlier on the speaking roles. If still possible, the Municipality would like to propose Eng. Lina Obeidat, Head of the Local Development Unit, to take the floor in Roundtable 1. I understand the deadline for speakers has passed, so we fully understand if this cannot be accommodated.

Best,
Lina Obeidat
Head of Local Development Unit
Greater Irbid Municipality
Tel +962 2 7245 118

Sent from my Galaxy
"""
    fname = "GIM_Local_Migration_Profile_GCM_2021.pdf"
    pdf = make_pdf(["Greater Irbid Municipality - Local Development Unit", "Local migration profile and GCM review",
                    "Regional Review of the GCM - Arab region - 2021", "", "1. Population and displacement figures",
                    "2. Municipal services (Objective 15)", "3. Social cohesion (Objective 16)", "4. Needs"])
    body = multi("mixed", [alt(text, "000000000000f3e2d1c005bae7b1a2"), attach("application/pdf", pdf, fname)],
                 "000000000000f3e2d3c005bae7b1a4")
    m = mk(when, sent, "mail-ed1-f49.google.example.com", "209.85.208.49", "4DZvK50rMtz7",
           "Lina Obeidat <lina.obeidat.gim@gmail.example.com>", "Irbid Municipality contribution + speaker",
           "<CAGq8Wd1T0aP5yJ9xV2kR7mN3bE6uL4sH8fZ0cQ1oI5gY2tA9wB@mail.gmail.example.com>", body,
           cc="ldu@irbid-municipality.example.jo", extra=gmail_extra())
    add(15, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Lina Obeidat", "Head of the Local Development Unit", "Greater Irbid Municipality", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both: the report part is on time (9 February) but the speaker part is late, so on_time is false; "
              "the sender proposes herself in the third person ('Eng.' dropped); the title is written 'Head of "
              "the Local Development Unit' in the body and 'Head of Local Development Unit' in the signature: "
              "recorded from the body sentence that makes the request; Gmail from a phone."))


def m16():
    # French follow-up of h195-02: did you receive our letter?
    when = at("2021-02-10 09:35:51")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Je me permets de revenir vers vous au sujet de notre lettre n° 0217/DGCI/2021, transmise par courriel le 27 janvier dernier. Pourriez-vous nous confirmer sa bonne réception et nous indiquer si la candidature de M. Ben Ammar pour la séance plénière a été retenue ? Le Cabinet souhaite finaliser la composition de la délégation.

Vous en remerciant par avance,

Sonia Gharbi
Secrétaire de direction
Direction générale de la Coopération internationale

De : Sonia Gharbi
Envoyé : mercredi 27 janvier 2021 10:32
À : gcmrrarabstates@iom.int
Cc : DGCI Bureau d'ordre <bo.dgci@social.example.tn>
Objet : Lettre n° 0217/DGCI/2021 – Revue régionale du PMM – proposition d'intervenant

Madame, Monsieur,

D'ordre de Monsieur le Directeur général de la Coopération internationale, j'ai l'honneur de vous transmettre ci-joint la lettre n° 0217/DGCI/2021 du 26 janvier 2021 [...]
"""
    body = alt(text, "_000_VI1PR08MB3345F1A0B9C8D7E6_")
    m = mk(when, sent, "mail-vi1eur08on0627.outbound.protection.outlook.example.com", "40.107.8.127",
           "4DbC7m3wQpz2", "Sonia Gharbi <s.gharbi@social.example.tn>",
           hdr("TR: Lettre n° 0217/DGCI/2021 – Revue régionale du PMM – proposition d'intervenant", enc="Q"),
           "<VI1PR08MB3345F1A0B9C8D7E6@VI1PR08MB3345.eurprd08.prod.outlook.example.com>", body,
           extra=outlook("Lettre n° 0217/DGCI/2021 – Revue régionale du PMM", "AQHW9Ke0sQ1b3mF2Tj6Lx8Pc4yN7RgAM2Zp",
                         "fr-FR") + [("References", M02_ID)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        thread_of="h195-02.eml",
        notes="follow-up asking whether the letter of h195-02 was received and whether the speaker is retained; "
              "forwarded ('TR:') rather than replied, References only (no In-Reply-To); quotes the original cover "
              "note without the attachment; a question, not a new submission."))


def m17():
    # Arabic national committee: report DOCX with an Arabic name, cover letter in the body, via the registry
    when = at("2021-02-11 12:20:09")
    sent = sent_at(when, 3, 5)
    text = """بسم الله الرحمن الرحيم

اللجنة الوطنية لشؤون الهجرة
الأمانة الفنية
الرقم: ل و ه/٢٠٢١/٥٦
التاريخ: ١١/٢/٢٠٢١

السادة / المنظمة الدولية للهجرة - أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة      المحترمين

الموضوع: التقرير الطوعي الوطني

تهديكم الأمانة الفنية للجنة الوطنية لشؤون الهجرة أطيب تحياتها، وتتشرف بأن ترفق طيه التقرير الطوعي الوطني لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، الذي أعدّته اللجنة بالتشاور مع الوزارات والجهات المعنية ومنظمات المجتمع المدني.

وتفضلوا بقبول فائق الاحترام،

رئيس الأمانة الفنية

نسخة إلى: مكتب وزير الداخلية
"""
    fname = "التقرير الوطني الطوعي لاستعراض الاتفاق العالمي للهجرة 2021.docx"
    doc = make_docx(["التقرير الوطني الطوعي", "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                     "أولاً: الإطار المؤسسي", "ثانياً: التقدم المحرز", "ثالثاً: التحديات", "رابعاً: التوصيات"])
    body = multi("mixed", [alt(text, "_000_AS8PR10MB6210C4D3E2F1_", rtl=True, b64=True), attach(DOCX, doc, fname)],
                 "_004_AS8PR10MB6210C4D3E2F1_")
    m = mk(when, sent, "mail-as8eur10on0101.outbound.protection.outlook.example.com", "40.107.10.101",
           "4DcW1p8tNfz5", addr("الديوان العام - وزارة الداخلية", "registry@moi.example.gov.sa"),
           hdr("التقرير الطوعي الوطني - كتاب رقم ل و ه/٢٠٢١/٥٦"),
           "<AS8PR10MB6210C4D3E2F1A0B9@AS8PR10MB6210.EURPRD10.PROD.OUTLOOK.EXAMPLE.COM>", body,
           cc="ncma.secretariat@moi.example.gov.sa",
           extra=outlook("التقرير الطوعي الوطني", "AQHXAGt5Y2pLm0Rk8Tq1Vb3Ns7Wc4g==", "ar-SA", "yes"))
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="national committee's report sent through a ministry's general registry (display name is the "
              "registry, not a person); formal cover letter with reference number in the body; long Arabic DOCX "
              "name with spaces (RFC 2231 / RFC 2047). The From display name spans two RFC 2047 encoded-words: "
              "Python's policy.default address parser shows a stray space ('الدا خلية'); decode_header joins them."))


def m18():
    # English thank-you from the permanent mission, replying to our acknowledgement of h195-07
    when = at("2021-02-12 10:11:44")
    sent = sent_at(when, 1, 5)
    ack = "<ack.4DTzP80qWsz6@gcmrrarabstates.iom.int>"
    text = """Dear Colleagues,

The Mission thanks you for your acknowledgement and looks forward to the practical arrangements for the plenary.

With best regards,
Chancery
Permanent Mission of the Republic of Iraq | Geneva

> On 2 Feb 2021, at 15:35, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Sir/Madam,
> We acknowledge receipt of your speaker request (Ahmed Jabbar Al-Saadi, plenary), received on 2 February 2021.
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    subj = "Re: Acknowledgement of receipt - Note Verbale No. 7/2/045 - nomination - GCM Regional Review, Arab region"
    m = mk(when, sent, "mail.iraqmission-geneva.example.org", "185.19.28.77", "4DdN9r2xVbz7",
           "Permanent Mission of Iraq - Geneva <mission@iraqmission-geneva.example.org>", subj,
           "<NV045.2021.0212101139@iraqmission-geneva.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", "%s %s" % (M07_ID, ack))])
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h195-07.eml",
        notes="thank-you reply to our acknowledgement of h195-07; adds nothing new: do not acknowledge; the quoted "
              "acknowledgement names the speaker and the plenary but nothing is proposed."))


def m19():
    # French ministry: transmittal slip PDF (decoy) + national report PDF + statistical annex DOCX
    when = at("2021-02-14 16:02:37")
    sent = sent_at(when, 0, 9)
    text = """Madame, Monsieur,

Le Ministère des Affaires étrangères, de la Coopération et des Mauritaniens de l'Extérieur a l'honneur de vous faire parvenir, sous le bordereau d'envoi n° 0318/MAECME/DCI, les documents suivants :

- le rapport national volontaire sur la mise en œuvre du PMM (PDF) ;
- son annexe statistique (Word).

Le point focal national reste à votre disposition.

Salutations distinguées.

Ahmed Salem Ould Bah
Point focal national PMM
Direction de la Coopération internationale
"""
    f0, f1, f2 = "Bordereau_envoi_0318.pdf", "Rapport_national_volontaire_PMM_Mauritanie.pdf", "Annexe_statistique.docx"
    slip = make_pdf(["BORDEREAU D'ENVOI n. 0318/MAECME/DCI - Nouakchott, le 14 fevrier 2021",
                     "Destinataire : OIM - Revue regionale du PMM", "Pieces : 1 rapport, 1 annexe"])
    rep = make_pdf(["Rapport national volontaire - Pacte mondial pour les migrations", "Mauritanie - 2021",
                    "1. Cadre institutionnel", "2. Progres par objectif", "3. Defis et recommandations"])
    ann = make_docx(["Annexe statistique", "Tableau 1 - Flux migratoires 2018-2020", "Tableau 2 - Retours"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial">' + text2html(text) + '</div></body></html>\n')
    body = multi("mixed", [alt(text, "----=_Part_88213_1045127734.1613318548210", html=html),
                           attach("application/pdf", slip, f0), attach("application/pdf", rep, f1),
                           attach(DOCX, ann, f2)], "----=_Part_88212_661803417.1613318548210")
    m = mk(when, sent, "mail.maecme.example.mr", "41.188.66.14", "4DfQ3h5zPcz1",
           "Ahmed Salem Ould Bah <pf.pmm@maecme.example.mr>",
           hdr("Bordereau n° 0318/MAECME/DCI – Rapport national volontaire PMM", enc="Q"),
           "<1987654321.88214.1613318548212@mail.maecme.example.mr>", body,
           extra=[("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - FF85 (Linux)/8.8.12_GA_3794)")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="three attachments: a transmittal slip (bordereau d'envoi, PDF) which is correspondence, not part "
              "of the report, then the report PDF and its statistical annex DOCX, which together make up the "
              "report (dev 037 counts an annex as part of the report); Zimbra, Date header in UTC."))


def m20():
    # Arabic governorate, phone, almost no text, inline PDF with an Arabic name
    when = at("2021-02-15 13:07:55")
    sent = sent_at(when, 2, 4)
    text1 = "مرفق تقرير محافظة الشمال حول الاتفاق العالمي للهجرة\n\nوحدة التنمية المحلية\n"
    text2 = "\n\nSent from my iPhone\n"
    fname = "تقرير محافظة الشمال.pdf"
    pdf = make_pdf(["North Governorate - Local Development Unit", "GCM contribution 2021",
                    "Regional Review of the GCM - Arab region", "1. Returnees", "2. Local services"])
    body = multi("mixed", [leaf("text/plain", text1, "utf-8", "base64"),
                           attach("application/pdf", pdf, fname, inline=True),
                           leaf("text/plain", text2, "us-ascii", "7bit")], "Apple-Mail-4F1B2C3D-5E6F-4A7B-8C9D-0E1F2A3B4C5D")
    m = mk(when, sent, "mail.north-gov.example.lb", "185.84.112.6", "4DgB6v1sRkz9",
           addr("وحدة التنمية المحلية", "ldu@north-gov.example.lb"), hdr("تقرير المحافظة"),
           "<A3F0C2E1-7D4B-4B8A-9E60-1C2D3E4F5A6B@north-gov.example.lb>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="local authority (governorate unit) from an iPhone: one Arabic sentence, PDF with Content-Disposition "
              "inline between two text parts, Arabic file name (RFC 2231 / RFC 2047); 'Sent from my iPhone' is "
              "English but the message is Arabic."))


def m21():
    # English: executive assistant forwards the Director-General's report, last minutes of the deadline
    when = at("2021-02-16 23:41:26")
    sent = sent_at(when, 3, 8)
    text = """Dear GCM team,

Forwarding on behalf of H.E. the Director-General, whose message below did not go through because of the size limit on his account. The report is attached (compressed version).

Kind regards,
Reem

Reem Haddadin
Executive Assistant to the Director-General
Labour Market Regulatory Authority (LMRA)

---------- Forwarded message ---------
From: Director-General Office <dg.office@lmra.example.bh>
Date: Tue, 16 Feb 2021 at 23:05
Subject: Voluntary report - LMRA
To: <gcmrrarabstates@iom.int>

Dear colleagues,
Please find attached the voluntary GCM review report of the Labour Market Regulatory Authority, covering the wage protection system and the flexible work permit reforms.
Best regards,
Director-General
"""
    fname = "LMRA_Voluntary_GCM_Review_Report_2021_compressed.pdf"
    pdf = make_pdf(["Labour Market Regulatory Authority (LMRA)", "Voluntary GCM review report 2021",
                    "Regional Review of the GCM - Arab region", "1. Wage protection system",
                    "2. Flexible work permit", "3. Complaints mechanisms"])
    body = multi("mixed", [alt(text, "000000000000a9b8c7d605bb6c2e10"), attach("application/pdf", pdf, fname)],
                 "000000000000a9b8c7d805bb6c2e12")
    m = mk(when, sent, "mail-qk1-f170.google.example.com", "209.85.222.170", "4DgZ0w4tLmz3",
           "Reem Haddadin <reem.haddadin@lmra.example.bh>", "Fwd: Voluntary report - LMRA",
           "<CAM2vN8a0Kx5T7cR1wP4eZ9bL3yJ6hF2sD0gQ8uI1oY5tE7nA3m@mail.gmail.example.com>", body,
           cc="Director-General Office <dg.office@lmra.example.bh>", extra=gmail_extra())
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:41 Beirut time on 16 February (Date header 00:41 +0300 on 17 February), on time; "
              "forwarded by an executive assistant on behalf of the Director-General ('H.E.'), Gmail-style "
              "forward header; the forwarded original never reached the mailbox."))


def m22():
    # French: revised report of h195-05, late
    when = at("2021-02-17 10:24:13")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Suite à la validation par le Bureau du Conseil, nous vous adressons une version révisée de la contribution de la Région de l'Oriental (v2), qui remplace celle envoyée le 1er février. Les modifications portent sur la partie 3 (coordination territoriale) et sur les chiffres de 2020.

Nous vous prions de bien vouloir excuser ce léger retard.

Bien cordialement,

-- 
Adil Ouazzani
Chef du Service de la Coopération
Conseil de la Région de l'Oriental

Le 01/02/2021 à 09:18, Adil Ouazzani a écrit :
> Madame, Monsieur,
>
> Suite à votre invitation, le Conseil de la Région de l'Oriental a le plaisir de vous adresser sa contribution à la revue régionale du Pacte mondial [...]
> Par ailleurs, la Région souhaiterait intervenir lors de la troisième table ronde thématique [...]
"""
    fname = "Contribution_Region_Oriental_PMM_2021_v2.docx"
    doc = make_docx(["Contribution du Conseil de la Région de l'Oriental (v2)", "Revue régionale du PMM 2021",
                     "1. Contexte", "2. Accueil et intégration", "3. Coordination territoriale (révisée)",
                     "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, fname)], "------------7A1C3E5B9D0F2A4C6E8B0D1F")
    m = mk(when, sent, "smtp.region-oriental.example.ma", "41.214.160.22", "4DhK2t7wBnz6",
           "Adil Ouazzani <a.ouazzani@region-oriental.example.ma>",
           hdr("Re: Contribution de la Région de l'Oriental – revue régionale PMM (version révisée)", enc="Q"),
           "<8f3d1a62-c7b4-4e09-a5d1-6b2e9f0c4a17@region-oriental.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr"),
                  ("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h195-05.eml",
        notes="revised report (v2) replacing the DOCX of h195-05, received after the report deadline (17 February) "
              "although the original was on time; the quoted original mentions the roundtable request, which is "
              "not repeated: voluntary_report, no speakers."))


def m23():
    # Arabic minister's office: protocol questions, delegation names (not speakers)
    when = at("2021-02-18 11:36:50")
    sent = sent_at(when, 2, 6)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السادة أمانة الاستعراض الإقليمي،</p>
<p>تحية طيبة وبعد،</p>
<p>يرجى التكرم بإفادتنا بخصوص ما يلي:</p>
<ol>
<li>هل يتطلب حضور الوفد الرسمي إلى قاعة المؤتمر في بيروت اعتماداً مسبقاً أو بطاقات دخول خاصة؟</li>
<li>هل هناك ترتيبات بروتوكولية لاستقبال الوزراء، وما هو ترتيب الجلوس في الجلسة الافتتاحية؟</li>
<li>هل تتوفر ترجمة فورية إلى العربية في الجلسات المنعقدة عبر الإنترنت؟</li>
</ol>
<p>علماً بأن الوفد سيتكون من: السيد وزير الشؤون الاجتماعية، والسيدة لمى يونس (مستشارة الوزير)، والسيد جاد فرحات (مدير مكتب الوزير).</p>
<p>مع الشكر،<br>
مكتب وزير الشؤون الاجتماعية<br>
قسم التشريفات والعلاقات العامة</p>
</div>"""
    body = html_only(inner, rtl=True, lang="ar", b64=True)
    m = mk(when, sent, "mail.socialaffairs.example.gov.lb", "194.126.10.33", "4DjF8q0mXcz4",
           addr("مكتب الوزير", "minister.office@socialaffairs.example.gov.lb"),
           hdr("استفسار حول الاعتماد والبروتوكول - المؤتمر الاستعراضي"),
           "<20210218093644.7f3a1c2e@socialaffairs.example.gov.lb>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0")])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="HTML-only Arabic protocol/accreditation questions from a minister's office; lists the members of the "
              "delegation with their titles (attendees, not proposed speakers): other, speakers empty."))


def m24():
    # English: late change of the second speaker of h195-11
    when = at("2021-02-19 16:50:08")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues,

Further to our nominations of 5 February, I regret to inform you that Cllr. Sami Haddad will not be able to join the conference for health reasons. Zahle Municipal Council would like to replace him with:

Mrs. Carla Maalouf, Deputy Head of the Social Affairs Committee, Zahle Municipal Council

for the same slot (floor intervention, Roundtable 4). The nomination of Dr. Hiba Nasrallah as rapporteur is unchanged.

We apologise for the late change.

Kind regards,
Joelle Khoury
Programme Officer
ANLAM Secretariat

-----Original Message-----
From: ANLAM Secretariat <secretariat@anlam.example.org>
Sent: Friday, February 5, 2021 8:04 PM
To: gcmrrarabstates@iom.int
Subject: Nominations for the GCM Regional Review Conference

Dear GCM Regional Review Secretariat,
On behalf of the Arab Network of Local Authorities for Migration [...]
"""
    body = alt(text, "=_7f1d2b9c4e60a3b85d0e2f14a6c8b3d1")
    m = mk(when, sent, "a8-37.smtp-out.email.example.com", "54.240.8.37", "4DkT5n9rQwz2",
           "ANLAM Secretariat <secretariat@anlam.example.org>",
           "RE: Nominations for the GCM Regional Review Conference - change of speaker",
           "<0102017795c4d3e2-a1b0c9d8-7e6f-4a5b-9c8d-e7f6a5b4c3d2-000000@email.anlam.example.org>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"),
                  ("In-Reply-To", M11_ID), ("References", M11_ID)])
    add(24, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Carla Maalouf", "Deputy Head of the Social Affairs Committee", "Zahle Municipal Council",
           ["roundtable"], 4)],
        thread_of="h195-11.eml",
        notes="change of the nominated official after the deadline (19 February): replaces the second speaker of "
              "h195-11; the replacement is a new speaker request received late, so on_time is false even though "
              "the original nomination was on time (not covered by dev: recorded as a secretary would, by the date "
              "the new name arrived). Only the new speaker is recorded; 'Mrs.' dropped; the unchanged rapporteur "
              "is not re-listed."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
