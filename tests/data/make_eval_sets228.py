#!/usr/bin/env python3
"""Write the blind evaluation set holdout228 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets228.py
Theme: communities of non-Arab origin in the Arab region (1-18 February 2021).  Filipino, Nepali, Sri Lankan,
Indian, Ethiopian, Eritrean, Kenyan, Sudanese and West African migrant associations in the Gulf, Lebanon, Jordan,
Egypt and the Maghreb; a church-based ministry, a consulate's welfare attaché in copy; secretaries writing for
their chairman or president; English written by non-native speakers, administrative French from West African
associations in Morocco and Tunisia, Arabic (formal and Sudanese colloquial) from Sudanese and Eritrean groups.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, esc)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(228)
add = SET.add
H = "h228-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
ANDROID_GMAIL = None  # Gmail app adds no X-Mailer


def outlook_html(text, lang="EN-US", img_cid=None):
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                    for p in text.strip("\n").split("\n\n"))
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid) if img_cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="%s" link="#0563C1"><div class="WordSection1">'
            '%s%s</div></body></html>\n' % (lang, paras, img))


# ================================================================ 01  EN  speaker  Filipino association, Kuwait, two speakers
M01_ID = "<CAF3kq9Lw2xPZ0-hT5bR7n@mail.gmail.example.com>"
M01_TEXT = """Good day Ma'am/Sir,

We are the Filipino Household Service Workers Association (FHSWA) here in Kuwait, a volunteer group of kababayan domestic workers since 2012. We received your invitation thru our partner in the Migrant Forum and we are very much interested to join the Regional Review.

Kindly consider our 2 members for speaking:

Speaker 1
Name: Ms. Maria Cristina dela Cruz
Position: President
Organization: Filipino Household Service Workers Association (FHSWA) - Kuwait
She wish to give floor intervention in the Thematic Roundtable No. 2

Speaker 2
Name: Mrs. Jocelyn P. Bautista
Position: Secretary, Welfare Committee
Organization: FHSWA
She like to join in the open discussion of the consultation on Feb. 23

We are only available after 5pm Kuwait time because of our work, hope its ok for online.

Thank you and God bless!

Maria Cristina dela Cruz
FHSWA President
Mobile: +965 0000 1122
"""


def m01():
    when = at("2021-02-01 09:14:07")
    subj = "Request for Speakers - FHSWA Kuwait"
    m = mk(when, sent_at(when, 3, 5), "mail-pj1-f41.google.example.com", "192.0.2.41", "4DTk0Q1mPsz7",
           "Maria Cristina dela Cruz <mcdelacruz.fhswa@gmail.example.com>", subj, M01_ID,
           alt(M01_TEXT, "0000000000005c1e3b05ba4a11d2", html=gmail_html(M01_TEXT)))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maria Cristina dela Cruz", "President", "Filipino Household Service Workers Association (FHSWA)",
           ["roundtable"], 2),
        sp("Jocelyn P. Bautista", "Secretary, Welfare Committee", "Filipino Household Service Workers Association (FHSWA)",
           ["open_discussion"])],
        notes="two speakers in labelled blocks (non-native English, 'Position'/'Organization'); 'Ms.'/'Mrs.' dropped, "
              "middle initial kept as written; the first affiliation ends with '- Kuwait' (place, not part of the "
              "affiliation, as dev 004/024); the second speaker's organisation is written only as the acronym "
              "'FHSWA': recorded in its fullest form written in the message (LABELS.md). Title written with its "
              "unit ('Secretary, Welfare Committee') kept whole, as dev 012. Each speaker's role is on the line "
              "after her block."))


# ================================================================ 02  AR  speaker  Sudanese association in Jordan, secretary writes for the chairman
M02_ID = "<CAHs2pQd8Vv0rN+4mWkq1yE7oTzB6cLf9@mail.gmail.example.com>"
M02_SUBJ = "ترشيح رئيس الجمعية للمشاركة في الاستعراض الإقليمي"
M02_TEXT = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،

أنا سكرتيرة جمعية أبناء السودان الخيرية - عمّان، وبكتب ليكم نيابة عن رئيس الجمعية الأستاذ عوض الكريم عثمان بابكر، لأنو ما عندو إيميل شغال هسع.

الجمعية بتشتغل مع اللاجئين والعمال السودانيين في الأردن من سنة ٢٠٠٩، والرئيس حابب يشارك في النقاش المفتوح للمشاورة مع أصحاب المصلحة يوم ٢٣ فبراير.

بياناته:
الاسم: عوض الكريم عثمان بابكر
الصفة: رئيس الجمعية
الجهة: جمعية أبناء السودان الخيرية

ونسخت الرئيس في الإيميل ده عشان يكون في الصورة.

وجزاكم الله خير
إخلاص محمد الأمين
سكرتيرة الجمعية
"""


def m02():
    when = at("2021-02-01 13:30:41")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f67.google.example.com", "192.0.2.67", "4DTqZ85cHvz2",
           addr("إخلاص محمد الأمين", "ekhlas.alamin.sb@gmail.example.com"), hdr(M02_SUBJ), M02_ID,
           alt(M02_TEXT, "000000000000b7e40905ba4d5f0a", html=gmail_html(M02_TEXT, rtl=True), b64=True),
           cc=addr("عوض الكريم بابكر", "awadalkarim.sudanjo@yahoo.example.com"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عوض الكريم عثمان بابكر", "رئيس الجمعية", "جمعية أبناء السودان الخيرية", ["open_discussion"])],
        notes="Sudanese colloquial Arabic ('بكتب ليكم', 'هسع'); the secretary writes on behalf of the chairman (in Cc), "
              "whose labelled block gives the details; 'الأستاذ' is an honorific, not part of the name; the first "
              "mention of the association ends with the city ('- عمّان'), not part of the affiliation. The "
              "chairman's out-of-office answers our acknowledgement (h228-03), and the secretary thanks us (h228-15)."))


# ================================================================ 03  AR  auto_reply  the chairman's out-of-office on our acknowledgement of 02
def m03():
    when = at("2021-02-01 13:31:56")
    text = """شكراً لرسالتك.
أنا حالياً خارج المكتب ولن أتمكن من الرد على البريد الإلكتروني حتى يوم ١٠ فبراير ٢٠٢١.
للأمور العاجلة يرجى التواصل مع سكرتارية الجمعية على الرقم ٠٧٩٠٠٠٠٠٠٠.

عوض الكريم بابكر
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209", "4DTqb73JXkz5",
                    addr("عوض الكريم بابكر", "awadalkarim.sudanjo@yahoo.example.com"),
                    re_hdr("Auto Response: ", "إشعار استلام - " + M02_SUBJ),
                    rfcdate(sent_at(when, 2, 3)),
                    "<1612179113.4471.autoresponder@yahoo.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
                    ret="awadalkarim.sudanjo@yahoo.example.com")
    rows += [("In-Reply-To", ack_mid("4DTqZ85cHvz2")), ("References", M02_ID + " " + ack_mid("4DTqZ85cHvz2"))]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Yahoo vacation responder of the chairman in Cc of h228-02, answering our acknowledgement a minute "
              "later; References also name h228-02. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  report  Conseil des Migrants Subsahariens au Maroc, PDF
M04_FILE = "Rapport_volontaire_CMSM_PMM_2021.pdf"


def m04():
    when = at("2021-02-02 10:05:12")
    subj = "Transmission du rapport volontaire du CMSM - Examen régional du PMM"
    text = """Objet : Transmission du rapport volontaire d'examen du Pacte mondial sur les migrations

Madame, Monsieur,

Faisant suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, le Conseil des Migrants Subsahariens au Maroc (CMSM) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire.

Ce document a été élaboré à l'issue de trois ateliers tenus à Rabat, Oujda et Tanger avec les leaders communautaires guinéens, ivoiriens, camerounais, maliens et congolais. Il porte principalement sur l'accès aux documents, à la santé et à l'éducation des enfants migrants.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre haute considération.

Aminata Diallo
Secrétaire exécutive
Conseil des Migrants Subsahariens au Maroc (CMSM)
Rabat - Maroc
Tél. : +212 6 00 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "Conseil des Migrants Subsahariens au Maroc (CMSM)",
                  ["Contexte et methodologie (ateliers de Rabat, Oujda, Tanger)", "Acces aux documents (objectif 4)",
                   "Acces aux services de base (objectif 15)", "Education des enfants migrants", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, M04_FILE)], "------------B3E1A7C90F2D4E6A81C5D7F0")
    m = mk(when, sent_at(when, 1, 4), "smtp.cmsm-maroc.example.org", "203.0.113.44", "4DVFq27TkLz1",
           "Aminata Diallo <a.diallo@cmsm-maroc.example.org>", hdr(subj, enc="Q"),
           "<e9a1c3f2-7b44-4d0a-9f2e-5c81b0d6a3e7@cmsm-maroc.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="administrative French ('Objet :', 'a l'honneur de vous transmettre'); Thunderbird, format=flowed; "
              "PDF report. Names many nationalities and cities but proposes no speaker."))


# ================================================================ 05  EN  other  Ethiopian community in Lebanon: questions, consulate welfare attaché in Cc
def m05():
    when = at("2021-02-02 15:20:33")
    subj = "Question about participation of Ethiopian domestic workers"
    text = """Dear GCM team,

My name is Abebe Girma, I am the chairman of Ethiopian Community Support Group in Lebanon (ECSG). We are small group, mostly women working in houses, we meet in the church on Sunday.

We read the invitation, and we have some questions before we decide what to send:

1. Many of our members they don't have valid residency now because the sponsor kept the passport. Can they attend online the consultation of 23 February without problem? We are afraid about giving names.
2. Is there interpretation in Amharic? Most of the women don't speak good English or Arabic.
3. If we write our report in Amharic and translate only summary in English, is it accepted?

I put in copy Mr. Tsegaye Bekele from the Consulate, he is helping us for the welfare cases.

Thank you for your understanding.
Abebe Girma
ECSG - Beirut
+961 00 000 000
"""
    m = mk(when, sent_at(when, 2, 7), "mail-lf1-f50.google.example.com", "192.0.2.50", "4DVQ1x0Brfz9",
           "Abebe Girma <abebe.girma.ecsg@gmail.example.com>", subj,
           "<CAB9v_ZkT3wQ1pE+r8yMn2sL0hXoU4dG7aJc@mail.gmail.example.com>",
           alt(text, "000000000000d2a17805ba5e9c33", html=gmail_html(text)),
           cc="Tsegaye Bekele <tsegaye.bekele@ethiopianconsulate-beirut.example.org>")
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions (online attendance for undocumented members, Amharic interpretation, a report in Amharic "
              "with an English summary): nothing is submitted yet although the sender gives his name, role and "
              "organisation; the consulate's welfare officer is only in copy."))


# ================================================================ 06  FR  speaker  Ivorian association in Tunisia, details only in the signature
M06_TEXT = """Bonjour à l'équipe du Secrétariat,

Nous accusons réception de votre invitation et nous vous en remercions.

Je souhaiterais, au nom de notre association, prendre la parole lors d'une séance plénière de la Conférence d'examen (24-25 février 2021), afin de porter la voix des travailleurs ivoiriens en Tunisie, notamment sur la question des pénalités de séjour qui bloquent les retours.

Dans l'attente de votre retour, je vous prie de recevoir mes salutations fraternelles.

--
KONAN Yao Serge
Président
Association des Ivoiriens Actifs de Tunisie (AIAT)
Les Berges du Lac, Tunis - Tunisie
Tél : +216 00 000 000 | WhatsApp : +225 00 00 00 00
"""


def m06():
    when = at("2021-02-03 09:45:20")
    subj = "Demande de prise de parole AIAT"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Arial; font-size: 10pt">%s</div></body></html>\n'
            % text2html_fr(M06_TEXT))
    m = mk(when, sent_at(when, 1, 5), "smtp-out.orange-business.example.tn", "203.0.113.61", "4DVy3s1Kp2z4",
           addr("Serge Konan", "konan.serge@aiat-tunisie.example.org"), hdr(subj, enc="Q"),
           "<000b01d6fa0e$8c3f2a10$a4bd7e30$@aiat-tunisie.example.org>",
           alt(M06_TEXT, "----=_NextPart_000_000C_01D6FA16.EE03F110", html=html),
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdX6DowxTmpCc3l4RDWJ0AH9bdOvrA=="),
                  ("Content-Language", "fr")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Konan Yao Serge", "Président", "Association des Ivoiriens Actifs de Tunisie (AIAT)", ["plenary"])],
        notes="first-person request ('Je souhaiterais ... prendre la parole lors d'une séance plénière'); name, "
              "title and affiliation only in the signature. The name is written surname first in capitals "
              "('KONAN Yao Serge', Ivorian usage) while the From display name is 'Serge Konan': recorded as the "
              "signature writes it, in ordinary capitalisation (a case not covered by dev: a secretary would keep the "
              "signature's order). The address line after the affiliation is not part of it."))


def text2html_fr(t):
    return "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in t.strip("\n").split("\n\n"))


# ================================================================ 07  AR  speaker  Eritrean community in Cairo, HTML-only, two speakers in a table
M07_ID = "<AM6PR10MB2231F4E0C7B19A62@AM6PR10MB2231.EURPRD10.PROD.OUTLOOK.example.com>"
M07_SUBJ = "طلب مشاركة متحدثين - رابطة الجالية الإريترية بالقاهرة"


def m07():
    when = at("2021-02-03 12:10:05")
    rows = [("الاسم", "الصفة", "الدور المطلوب"),
            ("إدريس محمد نور", "رئيس الرابطة", "مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة"),
            ("سعدية عثمان حامد", "مسؤولة شؤون المرأة", "مداخلة في المائدة المستديرة المواضيعية الثالثة")]
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             + "".join("<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % c for c in r)
                       for i, r in enumerate(rows)) + "</table>")
    inner = ('<div style="font-family:Simplified Arabic;font-size:14pt">'
             '<p>حضرات السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،</p>'
             '<p>تحية طيبة وبعد،</p>'
             '<p>تتشرف رابطة الجالية الإريترية بالقاهرة بأن ترشح العضوين المذكورين أدناه للمشاركة في المؤتمر الإقليمي '
             'للاستعراض يومي ٢٤ و٢٥ فبراير ٢٠٢١، وذلك بصفتهما ممثلين عن الرابطة:</p>'
             + table +
             '<p>وتفضلوا بقبول وافر الاحترام والتقدير،</p>'
             '<p>عن اللجنة التنفيذية<br>أمانة السر<br>رابطة الجالية الإريترية بالقاهرة<br>'
             'الهاتف: ٠٠٢٠١٠٠٠٠٠٠٠٠٠</p></div>')
    body = html_only(inner, rtl=True, b64=True, lang="ar")
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur10on0610.outbound.protection.outlook.example.com",
           "198.51.100.61", "4DW0Tf2sGqz6", addr("رابطة الجالية الإريترية", "eritrean.community.cairo@outlook.example.com"),
           hdr(M07_SUBJ), M07_ID, body,
           extra=[("Thread-Topic", hdr(M07_SUBJ)), ("Thread-Index", "AQHW+gHc4kq1rT7dYUuV2y6n0eW0ZA=="),
                  ("Content-Language", "ar-EG"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("إدريس محمد نور", "رئيس الرابطة", "رابطة الجالية الإريترية بالقاهرة", ["rapporteur"]),
        sp("سعدية عثمان حامد", "مسؤولة شؤون المرأة", "رابطة الجالية الإريترية بالقاهرة", ["roundtable"], 3)],
        notes="HTML-only, formal Arabic; two speakers in an HTML table with no affiliation column (the association "
              "nominates its own members; its name, with 'بالقاهرة' as part of it, is in the body and the "
              "signature); roles as phrases ('مقرر لعرض الرسائل الرئيسية', 'المائدة المستديرة المواضيعية الثالثة'). "
              "Sent from the association's shared mailbox by its secretariat. The second speaker is replaced by "
              "h228-09."))


# ================================================================ 08  EN  both  Nepali forum in Qatar: DOCX report + speaker
M08_ID = "<PU1PR01MB2156E8D93A0B7C41@PU1PR01MB2156.apcprd01.prod.outlook.example.com>"
M08_SUBJ = "NMWSF Qatar - Voluntary GCM Report and speaker request"
M08_FILE = "NMWSF_Voluntary_GCM_Report_2021.docx"
M08_TEXT = """Respected Sir/Madam,

Greetings from Nepali Migrant Workers Solidarity Forum (NMWSF), Doha-Qatar!

With reference to your invitation letter, please find the attached herewith our voluntary report on GCM implementation. This report was prepared by our executive committee after collecting the experience of our members working in construction, security and hospitality sector, specially about recruitment fees paid in Nepal and the wage theft during COVID-19.

Also we would like to request for the speaking opportunity. Our General Secretary Mr. Ramesh K.C. will do the floor intervention in Roundtable 1, if possible. His details are as below:

Name - Ramesh K.C.
Designation - General Secretary
Organisation - Nepali Migrant Workers Solidarity Forum (NMWSF)

Hoping for your positive response.

Thanking you,

With regards,
Bishnu Prasad Adhikari
Information Secretary, NMWSF Qatar
"""


def m08():
    when = at("2021-02-03 19:05:44")
    doc = make_docx(["Nepali Migrant Workers Solidarity Forum (NMWSF), Doha", "Voluntary GCM Review Report 2021",
                     "1. About NMWSF", "2. Recruitment costs and debt (GCM Objective 6)",
                     "3. Wage protection during COVID-19 (Objective 6 and 22)", "4. Access to justice",
                     "5. Recommendations to Governments of Qatar and Nepal"])
    html = outlook_html(M08_TEXT)
    a = multi("alternative", [leaf("text/plain", M08_TEXT), leaf("text/html", html)], "_000_PU1PR01MB2156E8D93A0B7C41_")
    body = multi("mixed", [a, attach(DOCX, doc, M08_FILE)], "_002_PU1PR01MB2156E8D93A0B7C41_")
    m = mk(when, sent_at(when, 3, 8), "mail-pu1apc01on0617.outbound.protection.outlook.example.com", "198.51.100.17",
           "4DW9mV3cRsz8", "Bishnu Prasad Adhikari <nmwsf.qatar@outlook.example.com>", M08_SUBJ, M08_ID, body,
           extra=outlook(M08_SUBJ, "AQHW+kPqR2m8s0vZ7k2bN9fG1hTz4A==", has_attach="yes"))
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ramesh K.C.", "General Secretary", "Nepali Migrant Workers Solidarity Forum (NMWSF)", ["roundtable"], 1)],
        report_attachments=[M08_FILE],
        notes="both, on time (3 February); the sender (the forum's information secretary) is not the speaker; "
              "labelled lines with ' - ' instead of a colon; the surname is an initialism ('K.C.', kept with its "
              "dots); 'Mr.' dropped; the greeting line writes the place after the organisation ('Doha-Qatar'), the "
              "labelled line has none. Followed up by h228-18."))


# ================================================================ 09  AR  speaker  replaces the second speaker of 07 (reply)
def m09():
    when = at("2021-02-04 10:30:02")
    quoted = """رابطة الجالية الإريترية <eritrean.community.cairo@outlook.example.com>
‏أرسل: الأربعاء، ٣ فبراير ٢٠٢١ ١٢:١٠ م
إلى: gcmrrarabstates@iom.int
الموضوع: %s

تتشرف رابطة الجالية الإريترية بالقاهرة بأن ترشح العضوين المذكورين أدناه للمشاركة في المؤتمر الإقليمي للاستعراض يومي ٢٤ و٢٥ فبراير ٢٠٢١:

الاسم	الصفة	الدور المطلوب
إدريس محمد نور	رئيس الرابطة	مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة
سعدية عثمان حامد	مسؤولة شؤون المرأة	مداخلة في المائدة المستديرة المواضيعية الثالثة
""" % M07_SUBJ
    text = """السادة الأفاضل،

إلحاقاً برسالتنا أدناه، نفيدكم بأن الأخت سعدية عثمان حامد تعتذر عن المشاركة لظروف عائلية طارئة، وترشح الرابطة بدلاً عنها الأخ صالح إبراهيم قاسم، أمين الشباب، للمداخلة في نفس المائدة المستديرة.

أما ترشيح رئيس الرابطة فيبقى كما هو.

مع خالص الشكر،
أمانة السر
رابطة الجالية الإريترية بالقاهرة

________________________________
من: """ + quoted
    html = ('<div dir="rtl">%s</div>' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = alt(text, "_000_AM6PR10MB22319C1E7D0F3B55_", html=html_wrap_rtl(html), b64=True)
    subj = re_hdr("RE: ", M07_SUBJ)
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur10on0610.outbound.protection.outlook.example.com",
           "198.51.100.61", "4DWg5n0JrVz3", addr("رابطة الجالية الإريترية", "eritrean.community.cairo@outlook.example.com"),
           subj, "<AM6PR10MB22319C1E7D0F3B55@AM6PR10MB2231.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr(M07_SUBJ)), ("Thread-Index", "AQHW+gHc4kq1rT7dYUuV2y6n0eW0ZKoAAg1c"),
                  ("Content-Language", "ar-EG"), ("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("صالح إبراهيم قاسم", "أمين الشباب", "رابطة الجالية الإريترية بالقاهرة", ["roundtable"], 3)],
        thread_of=H % 7,
        notes="Outlook reply (In-Reply-To h228-07) replacing the second speaker of h228-07; the roundtable is given "
              "only by reference ('نفس المائدة المستديرة') and in the quoted original, which still holds both "
              "earlier speakers; 'الأخ'/'الأخت' are forms of address, not part of the names; the first speaker "
              "stays as sent (not repeated in the labels, as dev 021)."))


def html_wrap_rtl(inner):
    return ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl">%s</body></html>\n' % inner)


# ================================================================ 10  FR  other  Guinean association in Sfax: questions on the report
def m10():
    when = at("2021-02-04 16:12:30")
    subj = "Question sur le rapport volontaire"
    text = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom de l'Association des Ressortissants Guinéens de Sfax (ARGS).

Nous voulons participer à l'examen en envoyant un rapport, mais nous avons quelques questions :
- Y a-t-il un canevas ou un modèle à respecter, ou bien chaque association présente comme elle veut ?
- Le rapport peut-il être envoyé en format Word, ou il faut obligatoirement le PDF ?
- Est-ce qu'un rapport commun avec d'autres associations de Sfax est accepté ?

Merci d'avance pour vos éclaircissements.

Cordialement,
Mamadou Saliou Barry
Chargé de communication - ARGS
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent_at(when, 1, 6), "smtp.topnet.example.tn", "203.0.113.88", "4DWsK92bNmz0",
           "Mamadou Saliou Barry <mamadousaliou.barry@topnet.example.tn>", subj,
           "<20210204151224.3f8a1b2c@webmail.topnet.example.tn>", body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about the report's format and a joint report (latin-1, Horde webmail): keyword-heavy "
              "('rapport', 'PDF', 'Word') but nothing is submitted."))


# ================================================================ 11  FR  speaker  Senegalese association in Casablanca, secretary from her iPhone, late evening
def m11():
    when = at("2021-02-05 22:40:15")
    subj = "Demande intervention ATSSM"
    text = """Bonsoir,

Je vous écris de la part de notre Président qui n'a pas accès à son mail ce soir. Il souhaite intervenir pendant la discussion ouverte du 23 février et aussi dans la table ronde n°4 le 24 ou 25.

Nom : Moussa Ndiaye
Fonction : Président
Structure : Association Teranga Solidarité des Sénégalais au Maroc (ATSSM) - Casablanca

Merci de bien vouloir prendre en compte notre demande malgré l'heure tardive.

Ndèye Fatou Sarr
Secrétaire générale ATSSM

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 9), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DXf8q4Wczz1",
           addr("Ndèye Fatou Sarr", "ndeyefatou.sarr.atssm@gmail.example.com", enc="Q"), subj,
           "<7F2C1E3A-9B4D-4A8E-B1C6-0D5E2F3A4B6C@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Moussa Ndiaye", "Président", "Association Teranga Solidarité des Sénégalais au Maroc (ATSSM)",
           ["open_discussion", "roundtable"], 4)],
        notes="sent from an iPhone at 22:40 on the deadline day (on time) by the general secretary on behalf of the "
              "president; one speaker, two roles ('discussion ouverte du 23 février' and 'table ronde n°4'); the "
              "affiliation line ends with the city ('- Casablanca'), not part of it."))


# ================================================================ 12  AR  speaker  Sudanese community in Riyadh: pasted form, one minute before the deadline
def m12():
    when = at("2021-02-05 23:59:40")
    subj = "استمارة طلب مشاركة - الجالية السودانية"
    text = """السادة / أمانة الاستعراض الإقليمي
السلام عليكم

مرفق لكم أدناه استمارة طلب المشاركة بعد تعبئتها، ونعتذر عن التأخير.

=============================
استمارة طلب المشاركة كمتحدث
=============================
الاسم الكامل: د. مجدي عبد الرحيم الطيب
المسمى الوظيفي: نائب رئيس المجلس التنفيذي
المنظمة / الجهة: الجالية السودانية بالرياض
البلد: المملكة العربية السعودية
نوع المشاركة: مداخلة في المائدة المستديرة (الثانية)
البريد الإلكتروني: majdi.altayeb@sudanese-riyadh.example.org
=============================

وشكراً
مجدي
"""
    body = alt(text, "000000000000f3c2a105ba7e8d41", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 4), "mail-wm1-f45.google.example.com", "192.0.2.45", "4DXjR20VnTz6",
           addr("مجدي الطيب", "majdi.altayeb.sd@gmail.example.com"), hdr(subj),
           "<CAKm4eR7sWp2Q0vYt8Nh+1dLz3oF6bGx5uJ@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مجدي عبد الرحيم الطيب", "نائب رئيس المجلس التنفيذي", "الجالية السودانية بالرياض", ["roundtable"], 2)],
        notes="edge: received 23:59:40 on 5 February Beirut time, on time, although the Date header is Sat, 6 Feb "
              "00:59:36 +0300 and the sender apologises for being late; details in a pasted form between '=' rules; "
              "'د.' dropped from the name; the form's country line is not part of the affiliation ('بالرياض' is part "
              "of the community's name); roundtable as an ordinal word in brackets."))


# ================================================================ 13  EN  speaker  Sri Lankan church ministry in Beirut, late, on behalf of the chaplain
M13_ID = "<000801d6fe1a$4b2c3d10$e1846730$@slcmm-lebanon.example.org>"
M13_SUBJ = "Speaker request - Sri Lankan Catholic Migrant Ministry (late)"


def m13():
    when = at("2021-02-08 11:25:09")
    text = """Dear Sir / Madam,

I am writing on behalf of our Chaplain. We received the invitation only last week through Caritas, so please excuse us that we are sending after the date of 5th February.

Our ministry is accompanying Sri Lankan women domestic workers in Lebanon since many years, including those in the shelters and those waiting for repatriation after the explosion of the port. Father would like to speak in the plenary session to share what the community is living.

Name : Rev. Fr. Anthony Jeyaraj OMI
Designation : Chaplain
Organisation : Sri Lankan Catholic Migrant Ministry (SLCMM), Beirut

I have copied our office email also.

Thank you and kind regards,
Nirosha Fernando
Parish Secretary
Sri Lankan Catholic Migrant Ministry
"""
    body = alt(text, "----=_NextPart_000_0009_01D6FE2A.0EB50D10", html=outlook_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail.slcmm-lebanon.example.org", "203.0.113.102", "4DZ4Yw1GrLz9",
           "Nirosha Fernando <nirosha.f@slcmm-lebanon.example.org>", M13_SUBJ, M13_ID, body,
           cc="SLCMM Office <office@slcmm-lebanon.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdX+GksLq8Wb3N2RT0y9zYx1aU4pVg=="),
                  ("Content-Language", "en-gb")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Anthony Jeyaraj", "Chaplain", "Sri Lankan Catholic Migrant Ministry (SLCMM)", ["plenary"])],
        notes="late (8 February) and says so; the parish secretary writes on behalf of the chaplain; the clerical "
              "forms 'Rev. Fr.' and the religious-order letters 'OMI' are not part of the name (not covered by "
              "dev: dropped as honorifics, as a secretary would register the person); ', Beirut' after the "
              "affiliation is the place. The copy of our acknowledgement to the Cc'd office address bounces "
              "(h228-14)."))


# ================================================================ 14  EN  bounce  our acknowledgement of 13 to the Cc'd office address
def m14():
    when = at("2021-02-08 11:26:31")
    text = POSTFIX_NOTICE + """
<office@slcmm-lebanon.example.org>: host mail.slcmm-lebanon.example.org[203.0.113.102]
    said: 552 5.2.2 <office@slcmm-lebanon.example.org>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ4Zr3KtSz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; office@slcmm-lebanon.example.org\n"
           "Original-Recipient: rfc822;office@slcmm-lebanon.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.slcmm-lebanon.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <office@slcmm-lebanon.example.org>: Mailbox\n"
           "    full, quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Nirosha Fernando <nirosha.f@slcmm-lebanon.example.org>\n"
            "Cc: SLCMM Office <office@slcmm-lebanon.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M13_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid("4DZ4Zr3KtSz2"),
                                   M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ4ap6MvWz7.1612776391/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ4ap6MvWz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208092631.4DZ4ap6MvWz7@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.2.2 (mailbox full) for the copy of our acknowledgement of h228-13 sent to the Cc'd "
              "office address; the returned headers name h228-13 in In-Reply-To and its subject (a speaker "
              "request). Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 15  AR  other  thanks for the acknowledgement of 02 (colloquial)
def m15():
    when = at("2021-02-08 14:00:12")
    q = """في الاثنين، ١ فبراير ٢٠٢١ في ١:٣١ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام طلب المشاركة.
> سيتم التواصل معكم لاحقاً بشأن تفاصيل الجلسات.
"""
    text = """شكراً ليكم كتير على الرد، ربنا يوفقكم ويكتب الخير.
الرئيس رجع من السفر ووصلتو رسالتكم، وفي انتظار التفاصيل.

إخلاص

""" + q
    body = alt(text, "00000000000081d4c605bad1e2f7", html=gmail_html(text, rtl=True), b64=True)
    ack = ack_mid("4DTqZ85cHvz2")
    m = mk(when, sent_at(when, 2, 4), "mail-ed1-f67.google.example.com", "192.0.2.67", "4DZ8s10QxCz4",
           addr("إخلاص محمد الأمين", "ekhlas.alamin.sb@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M02_SUBJ),
           "<CAHs2pQeW1k9xYz+Tq0nVb3cLm7rE2oF4gD@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack)])
    add(15, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="thank-you in Sudanese colloquial Arabic answering our acknowledgement of h228-02 (References name "
              "h228-02): adds nothing new, so no acknowledgement although a person wrote it (LABELS.md); the "
              "chairman's return from travel is news but not a submission."))


# ================================================================ 16  AR  report  Sudanese organisation in Egypt, PDF with an Arabic file name
M16_FILE = "تقرير_المراجعة_الطوعية_تضامن.pdf"


def m16():
    when = at("2021-02-09 10:40:51")
    subj = "التقرير الطوعي لمنظمة تضامن السودانيين في مصر"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة،

نرفق لكم التقرير الطوعي الخاص بمنظمة تضامن السودانيين في مصر حول تنفيذ الاتفاق العالمي، والذي أعددناه بالتشاور مع عدد من مجموعات الجالية السودانية في القاهرة والجيزة والإسكندرية، ويركز على أوضاع العمالة المنزلية والوصول إلى التعليم والخدمات الصحية.

نرجو التكرم بتأكيد الاستلام.

مع الشكر والتقدير،
م. هاشم عبد الله الطاهر
المنسق العام
منظمة تضامن السودانيين في مصر
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic original)", "Sudanese Solidarity Organization in Egypt",
                  ["Context: Sudanese communities in Cairo, Giza, Alexandria", "Domestic work", "Education and health",
                   "Documentation and residency", "Recommendations"])
    a = alt(text, "000000000000c9b7e005bae02f61", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "000000000000c9b7e205bae02f63")
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f48.google.example.com", "192.0.2.48", "4DZpB43mDxz5",
           addr("هاشم الطاهر", "hashim.eltahir.tadamon@gmail.example.com"), hdr(subj),
           "<CAPq1sT9yR0eV+Lk3wZ7m2Hn4cJb8dXo6fU@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="Gmail, Arabic PDF file name as RFC 2231 + RFC 2047; the report is prepared with several community "
              "groups but sent by one organisation; the sender's engineering title 'م.' is not a speaker matter "
              "(no speaker proposed)."))


# ================================================================ 17  EN  report  Indian welfare forum in Muscat, Outlook with logo
M17_FILE = "PWF Oman - GCM Voluntary Review Report Feb 2021.pdf"


def m17():
    when = at("2021-02-10 13:05:27")
    subj = "Submission of Voluntary GCM Review Report - Pravasi Welfare Forum, Oman"
    text = """Dear Sir/Madam,

Warm greetings from Muscat.

On behalf of the Pravasi Welfare Forum (PWF), Oman, I am pleased to submit herewith our Voluntary GCM Review Report for the Regional Review of the Global Compact for Migration in the Arab region.

The report is based on the cases handled by our volunteer help desks in Muscat, Sohar and Salalah during 2019-2020 (around 1,400 Indian workers, many of them stranded during the pandemic) and on our interactions with the Embassy of India welfare wing and the Ministry of Labour.

We shall be grateful if you could acknowledge the receipt.

Thanks & Regards,

Suresh Menon
Hon. Secretary
Pravasi Welfare Forum (PWF), Oman
P.O. Box 000, Ruwi, Sultanate of Oman
"""
    cid = "image001.png@01D6FF9B.1C2D3E40"
    pdf = rep_pdf("Voluntary GCM Review Report", "Pravasi Welfare Forum (PWF), Oman",
                  ["Our help desks (Muscat, Sohar, Salalah)", "Stranded workers and repatriation 2020",
                   "Wage protection and end-of-service benefits", "Cooperation with the Embassy welfare wing",
                   "Recommendations"])
    rel = multi("related", [leaf("text/html", outlook_html(text, img_cid=cid)),
                            logo(cid, (240, 130, 20), name="image001.png")],
                "_004_AM0PR02MB4402C8A1D3E5F7B9_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR02MB4402C8A1D3E5F7B9_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE)], "_005_AM0PR02MB4402C8A1D3E5F7B9_")
    m = mk(when, sent_at(when, 4, 9), "mail-am0eur02on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4F0Ln52BvQz3", '"Suresh Menon (PWF Oman)" <secretary@pwf-oman.example.org>', subj,
           "<AM0PR02MB4402C8A1D3E5F7B9@AM0PR02MB4402.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcAm1Kx9ZpQ3nR4TbW8yLs2eF0vHg==", lang="en-IN", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="Outlook multipart/mixed > alternative > related with an inline logo (not a report file); PDF file "
              "name with spaces and a dash; Indian English ('Thanks & Regards', 'Hon. Secretary')."))


# ================================================================ 18  EN  other  Nepali forum asks about its DOCX (thread of 08)
def m18():
    when = at("2021-02-11 09:20:46")
    ack = ack_mid("4DW9mV3cRsz8")
    text = """Dear Sir/Madam,

Thank you for acknowledgement mail. One of our committee member is saying that the docx file we sent was not opening in his phone, so we are worried if it is corrupted. Can you kindly check if you could open the report properly? If not we will send again in PDF.

And also please inform when the list of speakers for roundtables will be finalised, so Mr. Ramesh can take leave from his duty.

With regards,
Bishnu Prasad Adhikari
Information Secretary, NMWSF Qatar

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 8:06 PM
To: Bishnu Prasad Adhikari <nmwsf.qatar@outlook.example.com>
Subject: Acknowledgement of receipt - %s

Thank you for your message. The secretariat confirms receipt of your voluntary report and your speaker request.
""" % M08_SUBJ
    subj = "RE: Acknowledgement of receipt - " + M08_SUBJ
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_PU1PR01MB21563B7A0C9D8E12_")
    m = mk(when, sent_at(when, 3, 6), "mail-pu1apc01on0617.outbound.protection.outlook.example.com", "198.51.100.17",
           "4F0zC81LqWz2", "Bishnu Prasad Adhikari <nmwsf.qatar@outlook.example.com>", subj,
           "<PU1PR01MB21563B7A0C9D8E12@PU1PR01MB2156.apcprd01.prod.outlook.example.com>", a,
           extra=outlook(subj, "AQHW+kPqR2m8s0vZ7k2bN9fG1hTz4KoACxYh") + [("In-Reply-To", ack),
                                                                          ("References", M08_ID + " " + ack)])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 8,
        notes="reply to our acknowledgement of h228-08 (References name h228-08): asks whether the DOCX opens and "
              "when the speaker list is final; offers to re-send as PDF but sends nothing, so not a report; it asks "
              "questions, so it is acknowledged (unlike a plain thank-you)."))


# ================================================================ 19  FR  report  collective of sub-Saharan communities, DOCX + signed cover letter
M19_FILE = "Rapport collectif CCSM - examen PMM 2021.docx"
M19_LETTER = "Lettre de transmission signée.pdf"


def m19():
    when = at("2021-02-12 11:50:03")
    subj = "Rapport collectif - Collectif des Communautés Subsahariennes au Maroc"
    text = """Madame, Monsieur,

Le Collectif des Communautés Subsahariennes au Maroc (CCSM), qui regroupe quatorze associations communautaires (Mali, Cameroun, Côte d'Ivoire, RDC, Guinée, Sénégal, Nigeria...), vous transmet ci-joint :
- son rapport collectif d'examen volontaire du Pacte mondial (format Word) ;
- la lettre de transmission signée par le Coordonnateur national.

Nous restons disponibles pour tout complément.

Salutations distinguées.

Pour le Collectif,
Ibrahim Koné
Chargé du suivi-évaluation, CCSM
Oujda
"""
    doc = make_docx(["Collectif des Communautes Subsahariennes au Maroc (CCSM)",
                     "Rapport collectif d'examen volontaire du Pacte mondial sur les migrations",
                     "1. Les 14 associations membres", "2. Regularisation et acces au sejour",
                     "3. Violences aux frontieres et refoulements", "4. Acces a la sante et a l'ecole",
                     "5. Recommandations"])
    letter = make_pdf(["Collectif des Communautes Subsahariennes au Maroc", "Lettre de transmission",
                       "Objet : rapport collectif - examen regional du PMM", "Le Coordonnateur national"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach(DOCX, doc, M19_FILE),
                           attach("application/pdf", letter, M19_LETTER)], "=_a3f9c1e07b2d4e58")
    m = mk(when, sent_at(when, 1, 5), "smtp.menara.example.ma", "203.0.113.150", "4F1qW65HxPz8",
           addr("Ibrahim Koné", "ccsm.maroc@menara.example.ma", enc="Q"), hdr(subj, enc="Q"),
           "<a7b3f2e91c4d06e8b5a1@webmail.menara.example.ma>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="collective report (DOCX, file name with spaces) plus a signed cover letter PDF (accented name as "
              "RFC 2231): the cover letter is not part of the report, so only the DOCX is listed (not covered by "
              "dev: a secretary would file the letter as correspondence); Roundcube, 8bit plain text."))


# ================================================================ 20  FR  speaker  Cameroonian collective in Tangier, late, no title
def m20():
    when = at("2021-02-13 17:30:22")
    subj = "Proposition d'intervenant - table ronde 2"
    text = """Bonjour,

Le Collectif des Camerounais de Tanger (CCT) a appris tardivement l'organisation de la Conférence régionale. Nous savons que la date limite est passée, mais nous osons tout de même vous proposer M. Jean-Paul Mbarga, membre actif de notre collectif, pour une intervention dans la table ronde 2.

Il suit depuis 2018 les dossiers des migrants bloqués à Tanger et pourra témoigner de la situation des mineurs non accompagnés.

Dans l'espoir d'une suite favorable.

Pour le Bureau,
Odile Ngo Bassa
Secrétaire générale
"""
    html = ('<div dir="ltr">%s</div>' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = html_only(html, b64=False)
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f71.google.example.com", "192.0.2.71", "4F2MfP0Tsbz6",
           "Odile Ngo Bassa <cct.tanger@gmail.example.com>", subj,
           "<CAN8d4wX0s-pL2kR9vQz1Ty6mBh3oJe7fG5c@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Jean-Paul Mbarga", None, "Collectif des Camerounais de Tanger (CCT)", ["roundtable"], 2)],
        notes="late (13 February) and says so; HTML-only; speaker described in prose ('M. Jean-Paul Mbarga, membre "
              "actif de notre collectif'): 'membre actif' is not a title, so title is null; the signer (general "
              "secretary) is not the speaker."))


# ================================================================ 21  FR  both  African students' association in Tunisia: report on time, speaker late
M21_FILE = "Rapport_AESAT_PMM.pdf"


def m21():
    when = at("2021-02-15 10:10:10")
    subj = "AESAT : rapport volontaire + demande de rapporteur"
    text = """Bonjour,

L'Association des Étudiants et Stagiaires Africains en Tunisie (AESAT) a le plaisir de vous faire parvenir son rapport volontaire (voir pièce jointe).

Par ailleurs, nous aimerions que notre vice-présidente puisse être rapporteure pour restituer les messages clés des parties prenantes. Nous savons que le délai des prises de parole était au 5 février ; si une place reste disponible, voici ses coordonnées :

Nom et prénom : Fatoumata Traoré
Fonction : Vice-présidente chargée des affaires sociales
Organisation : AESAT

Cordialement,
Le Bureau exécutif de l'AESAT
Tunis
"""
    pdf = rep_pdf("Rapport volontaire AESAT", "Association des Etudiants et Stagiaires Africains en Tunisie",
                  ["Les etudiants africains en Tunisie: chiffres", "Titres de sejour et penalites",
                   "Racisme et acces au logement", "Recommandations"])
    a = alt(text, "000000000000e4f1a205bb4c70d8", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "000000000000e4f1a405bb4c70da")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f66.google.example.com", "192.0.2.66", "4F3j2D5YqMz1",
           "AESAT Tunisie <aesat.tunisie@gmail.example.com>", subj,
           "<CAJt6pR2xV+kQ9mW0sLy3bN8hFz1oE4dU7c@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatoumata Traoré", "Vice-présidente chargée des affaires sociales",
           "Association des Étudiants et Stagiaires Africains en Tunisie (AESAT)", ["rapporteur"])],
        report_attachments=[M21_FILE],
        notes="both; received 15 February: the report is on time but the speaker part is late (and the message "
              "says so), so on_time is false (as dev 035). The labelled line gives only 'AESAT': recorded in the "
              "fullest form written in the message (first paragraph). Title written with its portfolio, kept whole. "
              "Sent by the association's bureau, no personal signer."))


# ================================================================ 22  EN  report  Kenyan community in Dubai, iPhone, 18 minutes before the deadline
M22_FILE = "KCWA report final.pdf"


def m22():
    when = at("2021-02-16 23:41:09")
    subj = "Fwd: KCWA report"
    text = """Hello, sorry for the last minute. Pls find attached our report for the GCM review from Kenyan Community Welfare Association UAE.

Regards
Grace Wanjiru Kamau
KCWA Secretary

Sent from my iPhone

Begin forwarded message:

From: Peter Otieno <p.otieno.kcwa@gmail.example.com>
Date: 16 February 2021 at 10:12:44 PM GST
To: Grace Wanjiru Kamau <gracewanjiru.k@icloud.example.com>
Subject: KCWA report

Grace this is the final one with the chairman's comments. Send to IOM tonight pls
"""
    pdf = rep_pdf("KCWA - Voluntary GCM Review Report", "Kenyan Community Welfare Association UAE",
                  ["Who we are", "Recruitment agencies in Kenya and UAE", "Domestic workers' rights",
                   "Returnees and reintegration", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "7bit"), attach("application/pdf", pdf, M22_FILE)],
                 "Apple-Mail-4B7E2C10-9F3A-4D61-8E2B-7C5A1D0F3E29")
    m = mk(when, sent_at(when, 4, 11), "mr85p00im-zteg06011601.me.example.com", "198.51.100.185", "4F4tS07KdJz9",
           "Grace Wanjiru Kamau <gracewanjiru.k@icloud.example.com>", subj,
           "<2C9A1F4E-7B3D-4E8A-9C1B-5D6E0F2A3B47@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="edge: received 23:41:09 on 16 February Beirut time (the Date header is 17 February 01:41 +0400): on "
              "time; iPhone 'Fwd:' of a colleague's internal mail, the forwarded text is not addressed to us; file "
              "name with spaces."))


# ================================================================ 23  AR  both  Eritrean community in Jeddah: DOCX report + speaker, both late
M23_FILE = "تقرير جمعية أبناء إريتريا بجدة.docx"


def m23():
    when = at("2021-02-17 09:00:36")
    subj = "تقرير طوعي وطلب مشاركة - جمعية أبناء إريتريا بجدة"
    text = """بسم الله الرحمن الرحيم

الإخوة في أمانة الاستعراض الإقليمي لاتفاق الهجرة العالمي،
السلام عليكم ورحمة الله،

نبعث إليكم مع هذه الرسالة تقرير جمعية أبناء إريتريا بجدة عن أوضاع الجالية الإريترية وتنفيذ الاتفاق العالمي، ونعتذر عن تأخره بسبب ظروف جمع المعلومات من الأعضاء في مكة والطائف.

كما نرجو قبول مشاركة الأمين العام للجمعية الأخ محمود إدريس همد في النقاش المفتوح يوم ٢٣ فبراير إن كان ذلك ما زال ممكناً.

والله الموفق،
محمود إدريس همد
الأمين العام
جمعية أبناء إريتريا بجدة
جوال: ٠٥٠٠٠٠٠٠٠٠
"""
    doc = make_docx(["Eritrean Community Association in Jeddah - voluntary report (Arabic)",
                     "1. The community in Jeddah, Makkah and Taif", "2. Residency and documentation",
                     "3. Children's education", "4. Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach(DOCX, doc, M23_FILE)],
                 "----=_Part_118273_1739201846.1613545232104")
    m = mk(when, sent_at(when, 3, 4), "sonic314-26.consmr.mail.bf2.yahoo.example.com", "198.51.100.214",
           "4F59vB1GhXz0", addr("محمود همد", "mahmoud.hamad.er@yahoo.example.com"), hdr(subj),
           "<1613545232104.118274@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(23, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمود إدريس همد", "الأمين العام", "جمعية أبناء إريتريا بجدة", ["open_discussion"])],
        report_attachments=[M23_FILE],
        notes="both, both parts late (17 February; the report apologises for the delay); the speaker is the sender "
              "himself, named in prose with the form of address 'الأخ' and again in the signature; Arabic DOCX file "
              "name with spaces (RFC 2231); Yahoo, base64 plain text only."))


# ================================================================ 24  FR  report  Burkinabè association in Tunisia, late, Roundcube
M24_FILE = "rapport_ABT_février2021.pdf"


def m24():
    when = at("2021-02-18 15:35:48")
    subj = "Envoi tardif du rapport de l'ABT"
    text = """Bonjour Mesdames et Messieurs,

Veuillez trouver en pièce jointe le rapport volontaire de l'Association des Burkinabè de Tunisie (ABT) sur la mise en oeuvre du Pacte mondial.

Nous sommes conscients que la date limite du 16 février est dépassée de deux jours ; notre assemblée générale, qui devait valider le document, n'a pu se tenir que le 17. Nous espérons qu'il pourra tout de même être pris en compte.

Respectueusement,

Zoénabo Ouédraogo
Présidente de l'ABT
"""
    pdf = rep_pdf("Rapport volontaire - Association des Burkinabe de Tunisie (ABT)", "Valide en AG le 17/02/2021",
                  ["Presentation", "Travailleurs burkinabe en Tunisie", "Penalites de sejour", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, M24_FILE)], "=_5e1d0c9b8a7f6e5d4c3b2a19")
    m = mk(when, sent_at(when, 1, 5), "webmail.gnet.example.tn", "203.0.113.170", "4F5zL43DpRz7",
           addr("Zoénabo Ouédraogo", "abt.tunisie@gnet.example.tn", enc="Q"), hdr(subj, enc="Q"),
           "<6b1f0e2d9c8a7b5e4d3c2a1f@webmail.gnet.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.11")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (18 February) and says so; Roundcube; accented file name ('février') as RFC 2231 + RFC 2047."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
