#!/usr/bin/env python3
"""Write the blind evaluation set holdout214 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets214.py
Theme: mixed languages and bilingual mail (1-19 February 2021).  Maghreb senders switching between French and
Arabic (or Darija) in one message, Mashreq senders writing Arabic with English job titles and organisation names,
messages written twice (Arabic then English, French then Arabic, English then Arabic), formal cover letters sent
as attachments with a two-line body, transliterated names spelled differently in two places, surnames first in
capitals ('BENALI Karima'), honorifics from the other language (Pr, Me, Dr., Eng., المهندس, الأستاذة).
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(214)
add = SET.add
H = "h214-%02d.eml"

IPHONE = "iPhone Mail (18D70)"
ANDROID_GMAIL = "Gmail for Android"
TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"


def outlook_html(text, lang="EN-US", rtl=False, cid=None):
    """Word-style HTML of an Outlook message: one MsoNormal paragraph per block, optional signature logo."""
    d = ' dir="rtl"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, "<br>".join(esc(x) for x in p.split("\n")))
                    for p in text.strip("\n").split("\n\n"))
    img = '<p class="MsoNormal"><img width="120" height="40" src="cid:%s"></p>' % cid if cid else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="%s" link="#0563C1" vlink="#954F72"><div class="WordSection1">%s%s</div></body></html>\n'
            % (lang, paras, img))


# ================================================================ 01  FR  speaker  Algeria, French/Arabic switching, BENALI Karima
M01_ID = "<CAGp2Lq9wX0c7sT4vB1nR8mK3eY6uZ5aHdJ@mail.gmail.example.com>"


def m01():
    when = at("2021-02-01 11:02:37")
    text = """Bonjour, السلام عليكم

Suite à votre invitation, que nous avons reçue par le biais du réseau universitaire, je me permets de solliciter une prise de parole lors de la deuxième table ronde thématique de la Conférence régionale (24-25 février).

Nos travaux récents portent sur les jeunes migrants subsahariens à Oran et à Maghnia, وخاصة وضعية القاصرين غير المصحوبين، ainsi que sur l'accès aux soins de santé primaires.

Nom et prénom : BENALI Karima
Fonction : Enseignante-chercheuse
Organisme : Centre de Recherche en Anthropologie Sociale et Culturelle (CRASC), Oran

Je reste à votre entière disposition pour tout complément. بارك الله فيكم

Bien à vous,

Pr Karima Benali
CRASC – Oran
مركز البحث في الأنثروبولوجيا الاجتماعية والثقافية
"""
    body = alt(text, "0000000000004e7a2105ba4a11c2", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-wm1-f41.google.example.com", "192.0.2.41", "4DTm2K0q7Sz1",
           "Karima Benali <k.benali.crasc@gmail.example.com>",
           hdr("Demande de prise de parole - table ronde 2 / طلب مداخلة"), M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima Benali", "Enseignante-chercheuse",
           "Centre de Recherche en Anthropologie Sociale et Culturelle (CRASC)", ["roundtable"], 2)],
        notes="French body with an Arabic greeting, an Arabic clause in mid-sentence and an Arabic closing: acknowledge "
              "in French. Labelled name surname-first in capitals ('BENALI Karima'); the signature writes 'Pr Karima "
              "Benali' (honorific 'Pr' dropped), recorded in that order. City after the organisation (', Oran') not "
              "part of the affiliation; 'deuxième table ronde thématique' = 2; bilingual subject."))


# ================================================================ 02  AR  speaker  Jordan, Arabic with English titles/organisation, two speakers
M02_ID = "<AM6PR10MB2711F3C0B4A92E6D@AM6PR10MB2711.EURPRD10.PROD.OUTLOOK.example.com>"


def m02():
    when = at("2021-02-01 16:48:10")
    text = """السادة فريق الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة لحضور المؤتمر الاستعراضي الإقليمي للاتفاق العالمي من أجل الهجرة، يسرّ الشبكة أن ترشّح كلاً من:

- المهندس خالد العمري – Programme Manager – Jordan Migrant Workers Support Network (JMWSN)، لإلقاء مداخلة في الجلسة العامة (plenary).
- الأستاذة ديما النسور – Legal Officer – JMWSN، لإلقاء مداخلة في المائدة المستديرة المواضيعية الثالثة.

نرجو التكرم بتأكيد الاستلام، وسنرسل السير الذاتية المختصرة عند الحاجة.

مع وافر الاحترام،

Lina Haddadin
Communications Officer | JMWSN
Amman – Jordan
"""
    body = alt(text, "_000_AM6PR10MB2711F3C0B4A92E6D_", html=outlook_html(text, "AR-JO", rtl=True))
    subj = "ترشيح متحدثين - JMWSN"
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur05on2071.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DTx9B3fRkz6", "Lina Haddadin <l.haddadin@jmwsn.example.org>", hdr(subj), M02_ID, body,
           extra=outlook(subj, "AdcIm5ZqT0a9yKpRSk2W3vX1bN7cQg==", lang="ar-JO"))
    jm = "Jordan Migrant Workers Support Network (JMWSN)"
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد العمري", "Programme Manager", jm, ["plenary"]),
        sp("ديما النسور", "Legal Officer", jm, ["roundtable"], 3)],
        notes="Arabic body with English job titles and an English organisation name (dash-separated in one line per "
              "speaker): acknowledge in Arabic. Honorifics 'المهندس' and 'الأستاذة' dropped from the names. The second "
              "speaker's organisation is only the acronym 'JMWSN'; recorded with the fullest form written (the first "
              "line). The sender (communications officer, English signature) is not a speaker."))


# ================================================================ 03  EN  report  Lebanon, two-line body, cover letter PDF + report DOCX
M03_ID = "<VI1PR08MB3342A7E0D15C8B94@VI1PR08MB3342.eurprd08.prod.outlook.example.com>"
M03_SUBJ = "LCMR - Voluntary GCM Review Report"
M03_FILE = "LCMR Voluntary GCM Review Report 2021.docx"
M03_QID = "4DVF0s1Yb2z7"


def m03():
    when = at("2021-02-02 10:15:00")
    text = """Dear colleagues, please find attached our cover letter and our voluntary GCM review report.
Best regards, HADDAD Rania - LCMR
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">Dear colleagues, please find attached '
            'our cover letter and our voluntary GCM review report.<br>Best regards, HADDAD Rania - LCMR</p>'
            '</div></body></html>\n')
    letter = make_pdf(["Lebanese Coalition for Migrant Rights (LCMR)", "Beirut, 1 February 2021", "",
                       "To: Regional Review of the GCM in the Arab region - Secretariat", "",
                       "Subject: Transmission of our voluntary GCM review report", "",
                       "Dear Sir or Madam,", "The Lebanese Coalition for Migrant Rights is pleased to transmit",
                       "its voluntary review of the implementation of the Global Compact.",
                       "Yours sincerely,", "Rania Haddad, Coordinator"])
    report = make_docx(["Voluntary GCM Review Report 2021", "Lebanese Coalition for Migrant Rights (LCMR)",
                        "1. Introduction", "2. Methodology: 14 member organisations, 3 focus groups",
                        "3. Objectives 6, 7 and 22: labour migration, kafala and social protection",
                        "4. Impact of the crisis and of COVID-19 on migrant domestic workers",
                        "5. Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_VI1PR08MB3342A7E0D15C8B94_")
    body = multi("mixed", [a, attach("application/pdf", letter, "Cover letter - LCMR.pdf"),
                           attach(DOCX, report, M03_FILE)], "_004_VI1PR08MB3342A7E0D15C8B94_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur04on0608.outbound.protection.outlook.example.com", "198.51.100.8",
           M03_QID, "Rania Haddad <coordination@lcmr.example.org>", M03_SUBJ, M03_ID, body,
           extra=outlook(M03_SUBJ, "AdcJPaQ4mW8xv0RtTgCz1e2F3h4K5A==", lang="en-GB", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="two-line body (signed surname first in capitals); two attachments: a one-page formal cover letter "
              "(PDF, transmittal only) and the report (DOCX). Only the DOCX is recorded as the report: unlike an "
              "annex, the cover letter carries no report content (not covered by dev; what a secretary would file "
              "as the report)."))


# ================================================================ 04  AR  speaker  Morocco, Darija + French, details only in a French signature (Me)
def m04():
    when = at("2021-02-02 13:22:45")
    text = """السلام عليكم،

أنا محامية ومتطوعة مع جمعية كتشتغل مع المهاجرين فالدار البيضاء، وبغيت نشارك في le débat ouvert ديال الاستشارة متعددة الأطراف نهار 23 فبراير. عندنا تجربة ميدانية فـ l'accompagnement juridique des migrants subsahariens، خصوصاً فقضايا الإقامة والتسوية ديال الوضعية.

تسجلت فالاستمارة الإلكترونية البارح.

شكراً بزاف على هاد المبادرة.

--
Me Nadia El Fassi
Avocate au Barreau de Casablanca
Association Marocaine d'Appui aux Migrants (AMAM)
الجمعية المغربية لدعم المهاجرين
Casablanca – Maroc
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent_at(when, 1, 4), "smtp.menara.example.ma", "203.0.113.14", "4DVNqL5c8Hz3",
           "Nadia El Fassi <nadia.elfassi@menara.example.ma>", hdr("مشاركة في النقاش المفتوح 23 فبراير"),
           "<1612265001.482913.7f3c@webmail.menara.example.ma>", body,
           extra=[("User-Agent", "Horde Application Framework 5"), ("Content-Language", "ar")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Nadia El Fassi", "Avocate au Barreau de Casablanca", "Association Marocaine d'Appui aux Migrants (AMAM)",
           ["open_discussion"])],
        notes="Moroccan Darija body with French phrases ('le débat ouvert', 'l'accompagnement juridique'): acknowledge "
              "in Arabic. The sender proposes herself; name, title and affiliation only in the French signature "
              "('Me' = Maître, honorific, dropped). The bar of Casablanca is part of her title; the organisation's "
              "Arabic name and the city line are not recorded (French form with acronym is the fullest). Plain "
              "text 8bit, webmail."))


# ================================================================ 05  EN  speaker  Iraq, bilingual English then Arabic, surname first
def m05():
    when = at("2021-02-03 09:30:05")
    text = """Dear GCM Regional Review Team,

The Iraqi Network for Migrants' Rights (INMR) would like to nominate the following colleague as one of the stakeholder rapporteurs delivering the key messages at the Regional Review Conference:

Name: AL-JUBOURI Ahmed
Position: Protection Officer, Migrant Workers Unit
Organization: Iraqi Network for Migrants' Rights (INMR)

Ahmed Al-Jubouri can be reached directly at a.jubouri@inmr.example.org or on WhatsApp +964 770 000 0000.

---------------------------------------------

فريق الاستعراض الإقليمي المحترم،

ترغب الشبكة العراقية لحقوق المهاجرين في ترشيح الزميل التالي ليكون أحد المقررين الذين يقدمون الرسائل الرئيسية لأصحاب المصلحة في المؤتمر الاستعراضي الإقليمي:

الاسم: أحمد الجبوري
الوظيفة: مسؤول حماية، وحدة العمال المهاجرين
المنظمة: الشبكة العراقية لحقوق المهاجرين

Best regards / مع التحية

Zainab Kareem
INMR Secretariat | سكرتارية الشبكة
Baghdad
"""
    body = alt(text, "000000000000b3c7d905ba6e02f4", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 5), "mail-lj1-f177.google.example.com", "192.0.2.177", "4DW8tH2sWnz4",
           "INMR Secretariat <inmr.secretariat@gmail.example.com>",
           hdr("Speaker nomination / ترشيح متحدث - INMR"),
           "<CAF4mPq0TzK8r1VbY3e5nW7xS2oJhL6gQaD@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Al-Jubouri", "Protection Officer, Migrant Workers Unit", "Iraqi Network for Migrants' Rights (INMR)",
           ["rapporteur"])],
        notes="bilingual: the same nomination in English, then in Arabic; English comes first (and the subject starts "
              "in English), so acknowledge in English (not covered by dev: a secretary answers in the first "
              "language). One speaker, not two. The labelled name is surname-first in capitals ('AL-JUBOURI "
              "Ahmed'); the next line writes 'Ahmed Al-Jubouri', recorded. Title written with its unit, kept "
              "(as dev 012). The sender (secretariat, shared Gmail) is not the speaker."))


# ================================================================ 06  FR  both  Tunisia, DOCX report + plenary speaker (Dr), Arabic org name in signature
M06_ID = "<PR3P191MB0894C2A1E6B0F7D3@PR3P191MB0894.EURP191.PROD.OUTLOOK.example.com>"
M06_SUBJ = "FTMD - Rapport volontaire PMM et demande d'intervention"
M06_FILE = "Rapport_examen_volontaire_PMM_FTMD.docx"


def m06():
    when = at("2021-02-03 15:40:12")
    text = """Madame, Monsieur,

Le Forum Tunisien pour la Mobilité et les Droits (FTMD) a le plaisir de vous transmettre, en pièce jointe, son rapport volontaire d'examen de la mise en œuvre du Pacte mondial, élaboré avec six associations partenaires de Sfax, Zarzis et Tunis.

Par ailleurs, nous souhaiterions qu'un membre de notre équipe puisse intervenir lors d'une des sessions plénières de la Conférence :
Dr Slim Gharbi, chercheur associé au FTMD, chargé du dossier « migrations de retour ».

Nous vous remercions par avance et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Amel Ben Salah
Chargée de communication
Forum Tunisien pour la Mobilité et les Droits (FTMD)
المنتدى التونسي للتنقل والحقوق
"""
    docx = make_docx(["Forum Tunisien pour la Mobilité et les Droits (FTMD)",
                      "Rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                      "1. Contexte et méthodologie (6 associations partenaires)",
                      "2. Objectifs 3, 16 et 21 : information, inclusion, retour et réintégration",
                      "3. Recommandations"])
    a = alt(text, "_000_PR3P191MB0894C2A1E6B0F7D3_", html=outlook_html(text, "FR"))
    body = multi("mixed", [a, attach(DOCX, docx, M06_FILE)], "_005_PR3P191MB0894C2A1E6B0F7D3_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur02on0720.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DWQ3t6Gx0z8", addr("Amel Ben Salah", "communication@ftmd.example.org"), hdr(M06_SUBJ, enc="Q"), M06_ID,
           body, extra=outlook(M06_SUBJ, "AdcKD2rN5yQ0b7HsTUi8pG1mW4vC9w==", lang="fr-FR", has_attach="yes"))
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE], speakers=[
        sp("Slim Gharbi", "chercheur associé", "Forum Tunisien pour la Mobilité et les Droits (FTMD)", ["plenary"])],
        notes="both, on time; the speaker is described in one prose line ('Dr' dropped; 'chercheur associé au FTMD, "
              "chargé du dossier ...': title recorded as 'chercheur associé', the organisation in its fullest form "
              "with acronym). Signature adds the organisation's Arabic name. The sender is not the speaker."))


# ================================================================ 07  AR  other  Egypt, dialect question: may the report be in English?
def m07():
    when = at("2021-02-03 19:05:51")
    text = """مساء الخير يا جماعة،

إحنا في Migrant Rights Hub في القاهرة بنجهز التقرير الطوعي، والفريق كتبه بالإنجليزي لأن أغلب الـ partners بتوعنا بيشتغلوا بالإنجليزي. هل ينفع نبعته بالإنجليزي ولا لازم يبقى بالعربي؟ وهل فيه template أو عدد صفحات معين؟

ولو سمحتوا، الـ deadline لسه ١٦ فبراير ولا اتغير؟

شكراً جداً
مروة
"""
    body = alt(text, "000000000000e1f2a305ba71c3d9", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 3), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DWb7R0MnQz2",
           addr("Marwa Fathy", "marwa.fathy.mrh@gmail.example.com"), hdr("سؤال عن لغة التقرير"),
           "<CAK9xZw1Ny2pQ7sR0tU3vB8cE4fG6hJ5kLm@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian-dialect Arabic with English words ('template', 'deadline', 'partners') and an English "
              "organisation name: a question about the report's language, format and deadline; no report yet, no "
              "speaker. Acknowledge in Arabic."))


# ================================================================ 08  EN  speaker  Kuwait, on behalf, pasted registration form, two spellings
def m08():
    when = at("2021-02-04 11:10:45")
    text = """Dear Sir/Madam,

I am writing on behalf of Dr. Hala Qassem, who would like to request a speaking slot in Roundtable 1 of the Regional Review Conference. She asked me to paste below the details she entered in the online registration form:

-----
Full name (as in passport): QASEM, Hala Mahmoud
Job title: Director, Research and Policy Department
Organization / Institution: Gulf Centre for Labour Mobility Studies (GCLMS)
Country: Kuwait
Session of interest: Thematic Roundtable 1
-----

Kindly note that the spelling in her passport differs slightly from the one she uses professionally (Hala Qassem); either may appear on our side.

Best regards,

Maryam Al-Enezi
Executive Assistant to the Director
GCLMS | Kuwait City
"""
    body = alt(text, "_000_DB8PR09MB3051C7E2A0D94F61_")
    subj = "Speaking slot request - Dr. Hala Qassem (GCLMS) - Roundtable 1"
    m = mk(when, sent_at(when, 3, 7), "mail-db8eur05on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DX0kP8vDtz5", addr("Maryam Al-Enezi", "m.alenezi@gclms.example.org"), subj,
           "<DB8PR09MB3051C7E2A0D94F61@DB8PR09MB3051.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcK2vH8mX3q0Z1yTBeK7fQ9rU4p2A==", lang="en-US"))
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hala Qassem", "Director, Research and Policy Department", "Gulf Centre for Labour Mobility Studies (GCLMS)",
           ["roundtable"], 1)],
        notes="sent on behalf of the speaker by her executive assistant (not a speaker); details in a pasted "
              "registration form. Two transliterations: passport form 'QASEM, Hala Mahmoud' (surname first, with "
              "a middle name) and the professional 'Hala Qassem' used twice in the text; the register takes the "
              "professional name ('Dr.' dropped). Title written with its department, kept (as dev 012); the "
              "'Country' line is not part of the affiliation."))


# ================================================================ 09  FR  speaker  Lebanon francophone, HTML-only Outlook table, two speakers
M09_ID = "<DU2PR05MB7003E4B9A1C60D27@DU2PR05MB7003.eurprd05.prod.outlook.example.com>"
M09_QID = "4DXD1w3LpSz9"
M09_SUBJ = "Demande d'intervention - CLDTM"


def m09():
    when = at("2021-02-04 17:30:20")
    inner = """<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le Centre Libanais pour les Droits des Travailleurs Migrants (CLDTM) souhaite proposer deux intervenants pour la Conférence régionale d'examen des 24 et 25 février&nbsp;:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><b>Nom</b></td><td><b>Fonction</b></td><td><b>Session souhaitée</b></td></tr>
<tr><td>Me Joëlle Khoury</td><td>Responsable du pôle juridique</td><td>Session plénière</td></tr>
<tr><td>M. Houssein Mroueh</td><td>Travailleur social</td><td>Table ronde thématique IV</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">M. Hussein Mroueh accompagne depuis 2019 les travailleuses domestiques migrantes hébergées dans nos deux centres d'accueil&nbsp;; son intervention porterait sur l'accès à la justice.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nous vous remercions de votre attention. يعطيكم العافية</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Rita Saadé<br>Coordinatrice des programmes<br>Centre Libanais pour les Droits des Travailleurs Migrants (CLDTM)<br>Beyrouth, Liban</p>
</div>"""
    body = html_only(inner, lang="FR", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "mail-du2eur05on0630.outbound.protection.outlook.example.com", "198.51.100.30",
           M09_QID, addr("Rita Saadé", "r.saade@cldtm.example.org", enc="Q"), M09_SUBJ, M09_ID, body,
           extra=outlook(M09_SUBJ, "AdcLFk0p3Rz8wQ1xUaV2bN5cM6dE7g==", lang="fr-FR"))
    cl = "Centre Libanais pour les Droits des Travailleurs Migrants (CLDTM)"
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Joëlle Khoury", "Responsable du pôle juridique", cl, ["plenary"]),
        sp("Houssein Mroueh", "Travailleur social", cl, ["roundtable"], 4)],
        notes="HTML-only Outlook message, two speakers in a table without an organisation column (the organisation "
              "is the sender's, written in full in the first sentence); 'Me' and 'M.' dropped; roundtable in Roman "
              "numerals ('IV'). The second speaker is spelled 'Houssein' in the table and 'Hussein' in the prose: the "
              "table form is recorded. Arabic closing formula; the sender is not a speaker. Her out-of-office "
              "answers our acknowledgement (h214-10)."))


# ================================================================ 10  AR  auto_reply  bilingual Arabic/French out-of-office of 09's sender
def m10():
    when = at("2021-02-04 17:31:02")
    text = """شكراً لرسالتكم. أنا خارج المكتب حتى ١٥ شباط ٢٠٢١ ولن أتمكن من الرد قبل ذلك. للأمور العاجلة يرجى التواصل مع info@cldtm.example.org.

Merci pour votre message. Je suis absente du bureau jusqu'au 15 février 2021. Pour toute urgence, merci d'écrire à info@cldtm.example.org.

Rita Saadé
CLDTM
"""
    body = alt(text, "_000_DU2PR05MB7003OOF0204_", html=outlook_html(text, "AR-LB"))
    subj = "رد تلقائي: Accusé de réception - " + M09_SUBJ
    rows = std_rows(when, "mail-du2eur05on0630.outbound.protection.outlook.example.com", "198.51.100.30",
                    "4DXD2b7NqTz1", addr("Rita Saadé", "r.saade@cldtm.example.org", enc="Q"), hdr(subj),
                    rfcdate(sent_at(when, 2, 2)),
                    "<DU2PR05MB7003OOF8B2E41C7@DU2PR05MB7003.eurprd05.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="r.saade@cldtm.example.org")
    rows += [("In-Reply-To", ack_mid(M09_QID)), ("References", ack_mid(M09_QID)), ("Content-Language", "ar-LB")]
    add(10, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h214-09, answering our acknowledgement; bilingual (Arabic then "
              "French), Arabic subject prefix 'رد تلقائي:' on a French subject. Language taken from the first text "
              "(no acknowledgement is sent anyway). Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 11  EN  speaker  Sudan, iPhone, two speakers, surname first, Cc that bounces
M11_ID = "<5E1C7A90-3B2F-4D8E-9A61-0C4F2B7D8E13@gmail.example.com>"
M11_QID = "4DYnB6w0Ffz3"
M11_SUBJ = "Speakers SMRN"


def m11():
    when = at("2021-02-05 22:41:18")
    text = """Hello,

Sorry for the last minute, network was down all day. SMRN would like two speakers pls:

1) OSMAN Fadia - Chairperson - Sudanese Migrants Rights Network (SMRN) - open discussion on 23 Feb
2) Mohamed Abdelrahim - Field officer - SMRN - roundtable 2 (or 4 if 2 is full)

Will send short bios tomorrow inshallah.

Fadia Osman | SMRN

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent_at(when, 2, 9), "mail-pj1-f50.google.example.com", "192.0.2.50", M11_QID,
           "Fadia Osman <fadia.smrn@gmail.example.com>", M11_SUBJ, M11_ID, body,
           extra=[("X-Mailer", IPHONE)], cc="Mohamed Abdelrahim <m.abdelrahim@smrn-sd.example.org>")
    smrn = "Sudanese Migrants Rights Network (SMRN)"
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fadia Osman", "Chairperson", smrn, ["open_discussion"]),
        sp("Mohamed Abdelrahim", "Field officer", smrn, ["roundtable"], 2)],
        notes="on time by 78 minutes (22:41 on 5 February); iPhone, terse dash-separated lines; the first speaker is "
              "the sender, written surname first in capitals ('OSMAN Fadia'), recorded as in her signature. "
              "Second speaker's organisation only as 'SMRN': fullest form recorded. Roundtable 2 first choice, 4 as "
              "fallback. The Cc'd second speaker's address bounces our acknowledgement (h214-12)."))


# ================================================================ 12  EN  bounce  our acknowledgement of 11 to the Cc'd address
def m12():
    when = at("2021-02-05 22:42:05")
    text = POSTFIX_NOTICE + """
<m.abdelrahim@smrn-sd.example.org>: host mail.smrn-sd.example.org[203.0.113.149]
    said: 552 5.2.2 <m.abdelrahim@smrn-sd.example.org>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYnBB1kQ2z6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; m.abdelrahim@smrn-sd.example.org\n"
           "Original-Recipient: rfc822;m.abdelrahim@smrn-sd.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.smrn-sd.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <m.abdelrahim@smrn-sd.example.org>: Mailbox\n"
           "    full, quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Fadia Osman <fadia.smrn@gmail.example.com>\n"
            "Cc: Mohamed Abdelrahim <m.abdelrahim@smrn-sd.example.org>\n"
            "Subject: Acknowledgement of receipt - Speakers SMRN\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=7)), ack_mid(M11_QID), M11_ID))
    body = dsn_report(text, dsn, hdrs, "4DYnC01rVsz8.1612557725/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYnC01rVsz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205204205.4DYnC01rVsz8@mx1.iom.int>")]
    add(12, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox full) for the copy of our acknowledgement of h214-11 sent to the Cc'd second "
              "speaker; returned headers only. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 13  FR  speaker  late edge: 23:09 in Tunisia = 00:09 in Beirut; HAMMAMI Sonia
def m13():
    when = at("2021-02-06 00:09:40")
    text = """Bonsoir,

J'espère que ce message vous parviendra avant minuit ! Je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Nom : HAMMAMI Sonia
Fonction : Psychologue clinicienne
Structure : Association Tunisienne d'Écoute et d'Accompagnement des Migrants (ATEAM) – Médenine

Je travaille depuis trois ans auprès des personnes migrantes secourues en mer et débarquées à Zarzis, يعني نعرف الواقع متاع الجنوب مليح، et je pourrais témoigner de la situation des femmes et des mineurs.

Cordialement,
Sonia Hammami
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "smtp.topnet.example.tn", "203.0.113.88", "4DYqHr2TcMz0",
           "Sonia Hammami <sonia.hammami@topnet.example.tn>", "Discussion ouverte 23 fevrier - candidature",
           "<a91f03c2-5d7e-4b81-9e2a-3c60d8f1b7e4@topnet.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr-FR")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sonia Hammami", "Psychologue clinicienne",
           "Association Tunisienne d'Écoute et d'Accompagnement des Migrants (ATEAM)", ["open_discussion"])],
        notes="late by ten minutes: Date header 23:09 +0100 (still 5 February for the sender, who hopes to be before "
              "midnight) but received 00:09 on 6 February Beirut time. Labelled name surname first in capitals, "
              "signature in natural order (recorded); ' – Médenine' after the organisation is a place, not part of "
              "the affiliation. One clause in Tunisian Arabic in a French message: acknowledge in French."))


# ================================================================ 14  AR  speaker  late; bilingual Arabic then English, two speakers
def m14():
    when = at("2021-02-08 12:20:33")
    text = """حضرات فريق الاستعراض الإقليمي المحترمين،

نعتذر عن التأخير في إرسال هذا الطلب بسبب إغلاق المكاتب خلال الأسبوع الماضي. ترغب جمعية جسور للتضامن في ترشيح:

١. الدكتورة ريم حداد، مديرة الجمعية، لتكون إحدى المقررات اللواتي يقدمن الرسائل الرئيسية لأصحاب المصلحة.
٢. السيد سامر يونس، منسق مشاريع، لمداخلة في المائدة المستديرة المواضيعية الثانية.

وتفضلوا بقبول فائق الاحترام.

====

Dear Regional Review team,

We apologise for the delay in sending this request, as our offices were closed last week. Jusoor Solidarity Association would like to nominate:

1. Dr. Reem Haddad, Director of the Association, as one of the rapporteurs delivering the stakeholders' key messages.
2. Mr. Samer Younes, Projects Coordinator, for a floor intervention in Thematic Roundtable 2.

Kind regards,

جمعية جسور للتضامن | Jusoor Solidarity Association
بيروت - لبنان
"""
    body = alt(text, "----=_Part_2231907_118204611.1612779629104", rtl=True)
    m = mk(when, sent_at(when, 2, 4), "sonic301-22.consmr.mail.ir2.yahoo.example.com", "192.0.2.122", "4DZq6Y1jPbz7",
           addr("Jusoor Solidarity", "jusoor.solidarity@yahoo.example.com"),
           hdr("ترشيح متحدثين | Speakers nomination - Jusoor"),
           "<1843302779.2231908.1612779629105@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ريم حداد", "مديرة الجمعية", "جمعية جسور للتضامن", ["rapporteur"]),
        sp("سامر يونس", "منسق مشاريع", "جمعية جسور للتضامن", ["roundtable"], 2)],
        notes="late (8 February) and says so; the same text twice, Arabic first then English: acknowledge in Arabic "
              "and record the Arabic forms (English: Reem Haddad, Director of the Association; Samer Younes, Projects "
              "Coordinator; Jusoor Solidarity Association). Honorifics 'الدكتورة'/'السيد' dropped; the speakers' "
              "organisation is the sender's ('الجمعية'); roundtable as an ordinal word ('الثانية'). Shared Yahoo "
              "mailbox, no personal signature."))


# ================================================================ 15  EN  other  thank-you reply to our acknowledgement of 03
def m15():
    when = at("2021-02-08 15:02:10")
    text = """Many thanks for confirming receipt, well noted.

Best,
Rania

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 10:15 AM
To: Rania Haddad <coordination@lcmr.example.org>
Subject: Acknowledgement of receipt - LCMR - Voluntary GCM Review Report

Dear Rania Haddad,

Thank you: we have received your voluntary GCM review report ("LCMR Voluntary GCM Review Report 2021.docx").

GCM Regional Review - Arab States
"""
    subj = "RE: Acknowledgement of receipt - " + M03_SUBJ
    body = alt(text, "_000_VI1PR08MB33429D4F7B2E0A16_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur04on0608.outbound.protection.outlook.example.com", "198.51.100.8",
           "4DZvW5p3Kdz2", "Rania Haddad <coordination@lcmr.example.org>", subj,
           "<VI1PR08MB33429D4F7B2E0A16@VI1PR08MB3342.eurprd08.prod.outlook.example.com>", body,
           extra=outlook("Acknowledgement of receipt - " + M03_SUBJ, "AdcJPaQ4mW8xv0RtTgCz1e2F3h4K5AAbC1dE",
                         lang="en-GB")
           + [("In-Reply-To", ack_mid(M03_QID)), ("References", M03_ID + " " + ack_mid(M03_QID))])
    add(15, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="a thank-you answering our acknowledgement of h214-03 (In-Reply-To names the acknowledgement, "
              "References the report mail), quoting it Outlook-style: adds nothing new, so no acknowledgement."))


# ================================================================ 16  FR  report  Morocco, bilingual body French then Arabic, PDF + logo
M16_FILE = "Rapport volontaire PMM - RMMS 2021.pdf"


def m16():
    when = at("2021-02-09 10:44:00")
    text = """Madame, Monsieur,

Le Réseau Marocain Migration et Solidarité (RMMS) a l'honneur de vous transmettre ci-joint son rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières. Le rapport est rédigé en français, avec un résumé exécutif en arabe.

السادة المحترمون،

تتشرف الشبكة المغربية للهجرة والتضامن بأن تحيل إليكم طيه تقريرها الطوعي حول استعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. التقرير محرر باللغة الفرنسية مع ملخص تنفيذي باللغة العربية.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération. / وتقبلوا فائق التقدير والاحترام.

Hicham Ouazzani
Secrétaire général | الكاتب العام
RMMS – Rabat
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Reseau Marocain Migration et Solidarite (RMMS)",
                  ["Resume executif (arabe)", "Methodologie", "Objectifs 4, 5 et 15", "Bonnes pratiques",
                   "Recommandations"])
    cid = "image001.jpg@01D6FEC2.5A0B3C40"
    rel = multi("related", [leaf("text/html", outlook_html(text, "FR", cid=cid)),
                            logo(cid, (0, 120, 60), "image001.png")],
                "_004_RMMS20210209_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_RMMS20210209_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_005_RMMS20210209_")
    subj = "Rapport volontaire PMM - RMMS / التقرير الطوعي"
    m = mk(when, sent_at(when, 1, 5), "mail-mr2fra01on0102.outbound.protection.outlook.example.com", "198.51.100.102",
           "4F0F3s8RnLz5", "Hicham Ouazzani <sg@rmms.example.ma>", hdr(subj),
           "<MR2P264MB0413A5D7E9C1F208@MR2P264MB0413.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcMf3Jk0L2nP4qR6sT8uV0wX1yZ2A==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="the covering text written twice, French first then Arabic, and a bilingual closing and signature: "
              "acknowledge in French (first language; the report itself is in French). Outlook with an inline logo "
              "(image001.png, not a report file); file name with spaces."))


# ================================================================ 17  AR  report  Syria/Gaziantep, Gmail, bilingual Arabic then English, Arabic PDF name
M17_FILE = "التقرير الطوعي - منظمة بسمة للتنمية 2021.pdf"


def m17():
    when = at("2021-02-10 14:05:27")
    text = """السادة أمانة الاستعراض الإقليمي،

مرفق التقرير الطوعي لمنظمة بسمة للتنمية حول تنفيذ الاتفاق العالمي من أجل الهجرة، ويركّز على أوضاع العائدين والنازحين داخلياً في شمال سوريا.

Dear Secretariat,

Please find attached the voluntary GCM review report of Basma Development Organization, focusing on returnees and internally displaced persons in northern Syria.

مع الشكر / Thank you,
م. عمر السيد
Omar Al-Sayed
Basma Development Organization
"""
    pdf = rep_pdf("Voluntary GCM review report 2021", "Basma Development Organization",
                  ["Introduction", "Returnees and IDPs in northern Syria", "Objectives 19, 21 and 23",
                   "Recommendations"])
    a = alt(text, "000000000000f5a6b705bafc2d01", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE)], "000000000000f5a6b905bafc2d03")
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f66.google.example.com", "192.0.2.66", "4F0w7Lq1HXz8",
           addr("Omar Al-Sayed", "omar.basma.dev@gmail.example.com"), hdr("التقرير الطوعي | Voluntary report - Basma"),
           "<CAH5vN2xR8qT0pW3sZ6eK1mY7bJ4fC9dLgA@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="bilingual two-paragraph body, Arabic first then English: acknowledge in Arabic. Arabic PDF file name "
              "with spaces (RFC 2231 filename*, RFC 2047 name). Signature gives the name in Arabic with 'م.' "
              "(engineer) and in English; sent from Turkey (UTC+3)."))


# ================================================================ 18  EN  report  Palestine, Outlook + logo, DOCX, Arabic lines in signature
M18_FILE = "PWMN_GCM_Voluntary_Report_Feb2021.docx"


def m18():
    when = at("2021-02-11 09:03:44")
    text = """Dear GCM Regional Review colleagues,

Greetings from Ramallah. On behalf of the Palestinian Workers' Mobility Network (PWMN), I am pleased to share our voluntary GCM review report, prepared with our partners in the West Bank and Gaza and with Palestinian workers' committees in the Gulf.

The report covers Objectives 5, 6 and 14 and includes a short section on the effects of movement restrictions on cross-border workers.

With warm regards,

Samir Awad, PhD
Head of Research Unit
Palestinian Workers' Mobility Network (PWMN)
شبكة تنقل العمال الفلسطينيين
"""
    docx = make_docx(["Palestinian Workers' Mobility Network (PWMN)", "Voluntary GCM review report - February 2021",
                      "1. Context", "2. Objectives 5, 6 and 14", "3. Movement restrictions and cross-border workers",
                      "4. Recommendations"])
    cid = "image001.png@01D7004B.2C9E6A10"
    rel = multi("related", [leaf("text/html", outlook_html(text, "EN-US", cid=cid)), logo(cid, (200, 30, 30))],
                "_004_HE1PR0701MB2890_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_HE1PR0701MB2890_")
    body = multi("mixed", [a, attach(DOCX, docx, M18_FILE)], "_006_HE1PR0701MB2890_")
    subj = "PWMN Voluntary GCM Review Report"
    m = mk(when, sent_at(when, 2, 5), "mail-he1eur02on0627.outbound.protection.outlook.example.com", "198.51.100.27",
           "4F1TkP6xYmz4", "Samir Awad <s.awad@pwmn.example.ps>", subj,
           "<HE1PR0701MB28907C4A2E1F03B5@HE1PR0701MB2890.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcAS1t2u3v4w5x6y7z8A9B0C1D2EA==", lang="en-US", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="English body from an Arabic-speaking sender, signature with the organisation's Arabic name; Outlook "
              "mixed > alternative > related with inline logo (decoy). Signature title is not a speaker request."))


# ================================================================ 19  AR  both  Yemen, PDF + speaker with English title; speaker part late
M19_FILE = "ACMP_GCM_Voluntary_Report_2021.pdf"


def m19():
    when = at("2021-02-12 11:30:00")
    text = """الإخوة والأخوات في فريق الاستعراض الإقليمي،
السلام عليكم ورحمة الله وبركاته،

نرفق لكم التقرير الطوعي الخاص بـ Aden Coalition for Migrant Protection (ACMP) حول تنفيذ الاتفاق العالمي للهجرة في اليمن، وقد شاركت في إعداده ثماني منظمات محلية في عدن ولحج وشبوة.

كما نود أن تشارك زميلتنا المهندسة سمية الحكيمي، Monitoring & Evaluation Officer في الائتلاف، في النقاش المفتوح للمشاورة مع أصحاب المصلحة يوم ٢٣ فبراير، ونعتذر عن تأخر الطلب بسبب ظروف الاتصال.

وتقبلوا خالص التحية،

Abdulrahman Bawazir
Coordinator | منسق الائتلاف
ACMP – Aden
"""
    pdf = rep_pdf("Voluntary GCM review report - Yemen", "Aden Coalition for Migrant Protection (ACMP)",
                  ["Introduction", "Methodology (8 local organisations)", "Objectives 1, 8 and 10",
                   "Recommendations"])
    a = alt(text, "----=_NextPart_001_0023_01D7012B.3F4A5B60", rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "----=_NextPart_000_0022_01D7012B.3F4A5B60")
    m = mk(when, sent_at(when, 3, 4), "smtp.yemen.example.net.ye", "203.0.113.45", "4F25mN9cWqz6",
           addr("عبدالرحمن باوزير", "coordinator@acmp.example.org"), hdr("التقرير الطوعي + طلب مشاركة - ACMP"),
           "<002201d7012b$3f4a5b60$bcdf1220$@acmp.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcBKz9KW2Bc3xQ0R+mLpVn8Tq4Y7w=="),
                  ("Content-Language", "en-us")])
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M19_FILE], speakers=[
        sp("سمية الحكيمي", "Monitoring & Evaluation Officer", "Aden Coalition for Migrant Protection (ACMP)",
           ["open_discussion"])],
        notes="both: report on time (12 February) but the speaker part is late, so on_time false. Arabic body with "
              "the organisation and the speaker's job title in English; 'المهندسة' dropped; her affiliation given by "
              "reference ('في الائتلاف'), recorded with the coalition's full name and acronym. English signature "
              "and Content-Language en-us: acknowledge in Arabic. The sender is not the speaker."))


# ================================================================ 20  FR  other  follow-up on 06: did you receive it? (no acknowledgement received)
def m20():
    when = at("2021-02-12 16:12:09")
    text = """Bonjour,

Nous n'avons pas reçu d'accusé de réception pour notre envoi du 3 février (rapport volontaire du FTMD et demande d'intervention pour Dr Slim Gharbi). Pourriez-vous nous confirmer que le message vous est bien parvenu ? Peut-être est-il arrivé dans nos indésirables…

Merci d'avance, وبالتوفيق للجميع.

Amel Ben Salah
Chargée de communication – FTMD

-----Message d'origine-----
De : Amel Ben Salah <communication@ftmd.example.org>
Envoyé : mercredi 3 février 2021 14:40
À : gcmrrarabstates@iom.int
Objet : """ + M06_SUBJ + """

Madame, Monsieur,

Le Forum Tunisien pour la Mobilité et les Droits (FTMD) a le plaisir de vous transmettre, en pièce jointe, son rapport volontaire d'examen de la mise en œuvre du Pacte mondial [...]
"""
    subj = "RE: " + M06_SUBJ
    a = alt(text, "_000_PR3P191MB08945B7E1C2A9D40_", html=outlook_html(text, "FR"))
    m = mk(when, sent_at(when, 1, 5), "mail-pr3eur02on0720.outbound.protection.outlook.example.com", "198.51.100.20",
           "4F2M0dV5sRz1", addr("Amel Ben Salah", "communication@ftmd.example.org"), hdr(subj, enc="Q"),
           "<PR3P191MB08945B7E1C2A9D40@PR3P191MB0894.EURP191.PROD.OUTLOOK.example.com>", a,
           extra=outlook(M06_SUBJ, "AdcKD2rN5yQ0b7HsTUi8pG1mW4vC9wAdSB4cWA==", lang="fr-FR")
           + [("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="follow-up asking whether h214-06 arrived (In-Reply-To set, Outlook quote of the original without the "
              "attachment): names the speaker of h214-06 but proposes no one new, so other with no speakers. French "
              "with an Arabic closing wish."))


# ================================================================ 21  AR  report  Oman, two-line body, cover letter DOCX + report PDF (Arabic names)
M21_FILE = "تقرير_المراجعة_الطوعية_جمعية_الوفاق_2021.pdf"


def m21():
    when = at("2021-02-15 13:55:02")
    text = """مرفق خطاب التغطية والتقرير الطوعي لجمعية الوفاق الاجتماعية.
مع التحية، Dr. Salim Al-Harthy
"""
    letter = make_docx(["جمعية الوفاق الاجتماعية", "مسقط في 14 فبراير 2021", "السادة أمانة الاستعراض الإقليمي المحترمين",
                        "الموضوع: إحالة التقرير الطوعي", "يسرنا أن نحيل إليكم التقرير الطوعي للجمعية حول تنفيذ الاتفاق العالمي.",
                        "د. سالم الحارثي - رئيس مجلس الإدارة"])
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Al-Wifaq Social Association",
                  ["Introduction", "Labour mobility and recruitment", "Objectives 6 and 18", "Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-OM"><div class="WordSection1"><p class="MsoNormal" dir="rtl">%s<br>%s</p></div>'
            '</body></html>\n' % tuple(esc(x) for x in text.strip().split("\n")))
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_PAXPR04MB8320_")
    body = multi("mixed", [a, attach(DOCX, letter, "خطاب تغطية.docx"), attach("application/pdf", pdf, M21_FILE)],
                 "_005_PAXPR04MB8320_")
    subj = "التقرير الطوعي - جمعية الوفاق"
    m = mk(when, sent_at(when, 4, 7), "mail-pax4eur04on0711.outbound.protection.outlook.example.com", "198.51.100.111",
           "4F4C9hZ2nTz3", addr("Salim Al-Harthy", "chairman@alwifaq.example.om"), hdr(subj),
           "<PAXPR04MB83206E1D9B4C0A72@PAXPR04MB8320.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcDXr4S8tU0vW2xY4zA6bC8dE0fGA==", lang="ar-SA", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="two-line Arabic body signed in English ('Dr. Salim Al-Harthy'); two attachments with Arabic names: a "
              "cover letter (DOCX, transmittal only) and the report (PDF). Only the PDF is the report (cover "
              "letter treated as in h214-03; not covered by dev). Sent from Oman (UTC+4)."))


# ================================================================ 22  EN  both  late; Jordan, report PDF + open discussion, two spellings of the name
M22_FILE = "ARLM Voluntary Review - GCM 2021.pdf"


def m22():
    when = at("2021-02-17 09:40:15")
    text = """Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Arab Renaissance for Labour Mobility (ARLM). We are aware it comes a day after the deadline and hope it can still be taken into account; our board only approved the final text on Monday evening.

I would also like to request to take part in the open discussion of the multi-stakeholder consultation on 23 February, if there is still room:

Speaker: Yazan Obeidat
Title: Policy Analyst
Organization: Arab Renaissance for Labour Mobility (ARLM), Amman

Thank you for your understanding.

Eng. Yazan Ubeidat
Policy Analyst | ARLM
م. يزن عبيدات
"""
    pdf = rep_pdf("Voluntary GCM review report", "Arab Renaissance for Labour Mobility (ARLM)",
                  ["Summary", "Labour mobility and skills recognition", "Objectives 5, 18 and 20",
                   "Recommendations"])
    a = alt(text, "000000000000c8d9e005bb8a1f27", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000c8d9e205bb8a1f29")
    m = mk(when, sent_at(when, 2, 5), "mail-oi1-f181.google.example.com", "192.0.2.181", "4F5v8Sx3LrZ9",
           "Yazan Ubeidat <yazan.ubeidat@gmail.example.com>", "ARLM voluntary report + open discussion request",
           "<CAL2tY5wE9rU1iO3pA6sD8fG0hJ2kZ4xCvB@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[M22_FILE], speakers=[
        sp("Yazan Obeidat", "Policy Analyst", "Arab Renaissance for Labour Mobility (ARLM)", ["open_discussion"])],
        notes="both, both parts late (17 February) and the sender says so. The sender proposes himself: labelled "
              "'Yazan Obeidat', but the signature and the From address spell 'Yazan Ubeidat' ('Eng.' dropped); the "
              "labelled speaker line is recorded. City after the organisation (', Amman') not part of the "
              "affiliation. Arabic name line in the signature."))


# ================================================================ 23  FR  report  late; Algeria, HTML-only, cover letter pasted in the body (Pr)
M23_FILE = "rapport_volontaire_PMM_AAMR_2021.pdf"


def m23():
    when = at("2021-02-18 10:20:00")
    inner = """<div>Alger, le 17 février 2021</div><div><br></div>
<div>À l'attention du Secrétariat de l'examen régional du Pacte mondial sur les migrations</div><div><br></div>
<div><b>Objet : transmission du rapport volontaire de l'AAMR</b></div><div><br></div>
<div>Madame, Monsieur,</div><div><br></div>
<div>J'ai l'honneur de vous transmettre ci-joint le rapport volontaire de l'Association Algérienne pour les Migrations et les Réfugiés (AAMR), الجمعية الجزائرية للهجرة واللاجئين, consacré aux objectifs 7, 13 et 23 du Pacte.</div><div><br></div>
<div>Nous vous prions de bien vouloir excuser ce léger retard, dû à la validation du document par notre assemblée générale.</div><div><br></div>
<div>Veuillez agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.</div><div><br></div>
<div>Pr. Mourad Bouzid<br>Président de l'AAMR</div>"""
    pdf = rep_pdf("Rapport volontaire - Pacte mondial sur les migrations",
                  "Association Algerienne pour les Migrations et les Refugies (AAMR)",
                  ["Introduction", "Objectif 7", "Objectif 13 (detention)", "Objectif 23", "Recommandations"])
    h = html_only(inner, lang="fr")
    body = multi("mixed", [h, attach("application/pdf", pdf, M23_FILE)], "=_7a3c91e0b2f45d68a1c0e9f3b7d24a51")
    m = mk(when, sent_at(when, 1, 6), "webmail.aamr-dz.example.org", "203.0.113.201", "4F6c2Qm8TkZ5",
           addr("AAMR - Présidence", "presidence@aamr-dz.example.org", enc="Q"),
           hdr("Transmission du rapport volontaire - AAMR", enc="Q"),
           "<e4b27c90f1a3d58e6b0c2a9f7d1e3b45@aamr-dz.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late (18 February) and says so; HTML-only body written as a formal cover letter (place and date, "
              "'Objet :'), with the association's Arabic name inserted after the French one; Roundcube."))


# ================================================================ 24  FR  other  Lebanon, logistics before the conference: interpretation, slides; mixed
def m24():
    when = at("2021-02-19 11:47:36")
    text = """Bonjour,

Merci pour l'organisation, ya3tikon el 3afié ! Une petite question pratique : notre intervenante a reçu le lien Zoom pour le 24, mais pas d'information sur l'interprétation. Est-ce qu'il y aura une interprétation arabe–français pendant les tables rondes, ou bien faut-il qu'elle intervienne en anglais ?

Et est-ce que les présentations PowerPoint sont autorisées ?

Merci beaucoup,
Carla Nassar
Assistante de projet, Caritas Migrants Liban
"""
    body = alt(text, "0000000000002b3c4d05bbb01e6f", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 4), "mail-ej1-f44.google.example.com", "192.0.2.44", "4F7P5nB0xWz2",
           "Carla Nassar <carla.nassar.cml@gmail.example.com>", "Question interpretation / tables rondes",
           "<CAM8uI1oP3aS5dF7gH9jK0lZ2xC4vB6nM1Q@mail.gmail.example.com>", body,
           extra=[("X-Mailer", ANDROID_GMAIL)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question in French with Lebanese Arabic in Latin letters and digits ('ya3tikon el 3afié'); "
              "refers to a speaker ('notre intervenante') whose request is not in this set, without naming or "
              "proposing anyone: other, no speakers."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
