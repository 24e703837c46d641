#!/usr/bin/env python3
"""Write the blind evaluation set holdout213 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets213.py
Theme: forwarded and delegated mail (1-17 February 2021).  Executive assistants and secretaries writing for their
director, focal points forwarding a colleague's request below an Outlook or Gmail forward header in their own
language ('From: / Sent:', '---------- Message transféré ---------', '---------- رسالة محوّلة ----------',
'من: ... أُرسلت: ...'), a chain of three forwards where only the innermost message names the speaker, reply-all
threads quoting the secretariat's earlier answer, Cc lists (and what they bring back: an out-of-office and a
bounce), the invitation itself forwarded with a question, and a director approving a draft in one line on top.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, b_word, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(213)
add = SET.add
H = "h213-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
SECRETARIAT = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


def outlook_html(text, lang="EN-US", rtl=False, cid=None):
    """Outlook Word-style HTML for a plain text (paragraphs -> MsoNormal), optional inline logo."""
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, "<br>".join(
        x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for x in p.split("\n")))
        for p in text.split("\n\n"))
    img = '<p class="MsoNormal"><img width="110" height="40" src="cid:%s"></p>' % cid if cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="%s" link="#0563C1"><div class="WordSection1">%s%s</div></body></html>\n'
            % (lang, paras, img))


# ================================================================ 01  EN  speaker  executive assistant for her director, Cc the director
M01_ID = "<VI1PR08MB5327D0A4E1B9C26F@VI1PR08MB5327.eurprd08.prod.outlook.example.com>"
M01_SUBJ = "Speaker nomination - ANMR Executive Director - plenary session"


def m01():
    when = at("2021-02-01 09:41:13")
    text = """Dear Regional Review Secretariat,

Further to your kind invitation of 29 January, I am writing on behalf of Dr. Hisham Al-Rawi, who would welcome the opportunity to deliver a floor intervention in one of the plenary sessions of the Regional Review Conference on 24-25 February.

His details, as requested:
Dr. Hisham Al-Rawi, Executive Director, Arab Network for Migrant Rights (ANMR)

Dr. Al-Rawi is copied on this email. Should you need his bio or a photo, please do not hesitate to let me know and I will send them.

With best regards,

Maya Khoury
Executive Assistant to the Executive Director
Arab Network for Migrant Rights (ANMR)
Hamra Street, Beirut - Lebanon
T +961 1 000 000
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
                 "_000_VI1PR08MB5327D0A4E1B9C26F_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur08on0621.outbound.protection.outlook.example.com", "198.51.100.21",
           "4DTk8Hq2Wnz1", "Maya Khoury <m.khoury@anmr.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW+H1dk3L9aQ2mS0u7yBvX5c1NzA=="),
           cc="Hisham Al-Rawi <h.alrawi@anmr.example.org>")
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hisham Al-Rawi", "Executive Director", "Arab Network for Migrant Rights (ANMR)", ["plenary"])],
        notes="written by the executive assistant on behalf of her director (Cc'd); the assistant's own title and "
              "the same organisation are in her signature, she is not a speaker. Speaker on one comma-separated "
              "line after 'Dr.' (honorific dropped); the street/city line of the signature is not part of the "
              "affiliation."))


# ================================================================ 02  AR  speaker  focal point forwards a colleague's request (Outlook, Arabic forward header)
M02_ID = "<AM6PR10MB2214F3C07B8D1E5A@AM6PR10MB2214.eurprd10.prod.outlook.example.com>"
M02_SUBJ = "إعادة توجيه: طلب مداخلة - المائدة المستديرة الثانية"


def m02():
    when = at("2021-02-01 13:05:40")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

أحيل إليكم أدناه طلب زميلتنا الأستاذة ريم العبدالله للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية، وذلك بصفتي ضابطة الارتباط لدى الجمعية لشؤون الاستعراض الإقليمي.

مع التقدير،
جمانة الصالح
ضابطة ارتباط
جمعية النهوض بحقوق العاملات في المنازل

من: ريم العبدالله <r.abdullah@nuhoud.example.org>
أُرسلت: الأحد، 31 كانون الثاني، 2021 04:12 م
إلى: جمانة الصالح <j.saleh@nuhoud.example.org>
الموضوع: طلب مداخلة - المائدة المستديرة الثانية

صباح الخير جمانة،

ممكن تبعتي طلبي على عنوان الأمانة المذكور في الدعوة؟ البيانات المطلوبة:

الاسم: ريم العبدالله
الصفة: منسقة برامج الحماية
الجهة: جمعية النهوض بحقوق العاملات في المنازل - عمّان
المشاركة المطلوبة: مداخلة في المائدة المستديرة الثانية

شكراً كتير
ريم
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "AR-SA", rtl=True))],
                 "_000_AM6PR10MB2214F3C07B8D1E5A_")
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur10on0644.outbound.protection.outlook.example.com", "198.51.100.44",
           "4DTqW61rKcz3", addr("جمانة الصالح", "j.saleh@nuhoud.example.org"), hdr(M02_SUBJ), M02_ID, body,
           extra=outlook(hdr("طلب مداخلة - المائدة المستديرة الثانية"), "AdcYk7r2Z0Pq3Lw8Ebn4Ttc1uYx9Vw==",
                         lang="ar-SA"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم العبدالله", "منسقة برامج الحماية", "جمعية النهوض بحقوق العاملات في المنازل", ["roundtable"], 2)],
        notes="the focal point forwards her colleague's request (Outlook in Arabic: 'إعادة توجيه:' subject, forward "
              "header 'من: / أُرسلت: / إلى: / الموضوع:'); the speaker is the author of the forwarded message, not the "
              "sender. The affiliation line ends with the city ('- عمّان'), not part of the affiliation; 'الأستاذة' "
              "is an honorific. Levantine dialect in the inner message."))


# ================================================================ 03  FR  speaker  Gmail « Message transféré », two speakers, one incomplete (completed by 10)
M03_ID = "<CAGm4qT8vZr1xN+Kd6pW0sQy3fHb7LcE2uA@mail.gmail.example.com>"
M03_SUBJ = "Fwd: Intervention conférence régionale PMM"
M03_INNER = """Salma,

Pourrais-tu transmettre à l'OIM, avant la date limite, notre souhait d'intervenir lors de la conférence régionale :
- moi-même, pour présenter les messages clés des parties prenantes en tant que rapporteur ;
- et notre collègue Nadia Cherkaoui, qui pourrait intervenir dans l'une des tables rondes thématiques (à voir avec elle laquelle).

Merci,

Omar Tazi
Président
Association Marocaine des Droits des Migrants (AMDM)
Casablanca
"""
M03_TEXT = """Bonjour,

Je vous transfère ci-dessous la demande de notre président. Je reviendrai vers vous pour la table ronde de Mme Cherkaoui dès que possible.

Bien à vous,
Salma Berrada
Chargée de communication - AMDM

---------- Message transféré ---------
De : Omar Tazi <o.tazi@amdm.example.org>
Date : lun. 1 févr. 2021 à 18:42
Objet : Intervention conférence régionale PMM
À : Salma Berrada <salma.berrada.amdm@gmail.example.com>

""" + M03_INNER


def m03():
    when = at("2021-02-02 10:20:31")
    body = alt(M03_TEXT, "000000000000b2c4d605ba5e1a77", html=gmail_html(M03_TEXT))
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f66.google.example.com", "192.0.2.66", "4DVHd31pXkz9",
           "Salma Berrada <salma.berrada.amdm@gmail.example.com>", hdr(M03_SUBJ, enc="Q"), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Omar Tazi", "Président", "Association Marocaine des Droits des Migrants (AMDM)", ["rapporteur"]),
        sp("Nadia Cherkaoui", None, "Association Marocaine des Droits des Migrants (AMDM)", ["roundtable"])],
        notes="Gmail forward ('---------- Message transféré ---------', 'De : / Date : / Objet : / À :'); the "
              "speakers are named by the president in the forwarded message ('moi-même' = the author, details in "
              "his signature; the Casablanca line is not part of the affiliation). Second speaker: no title, "
              "affiliation only by reference ('notre collègue'), roundtable not chosen (null). Completed by "
              "h213-10."))


# ================================================================ 04  EN  other  the invitation itself forwarded with a question (answered; see 19)
M04_ID = "<DU2PR02MB7650A9C41E3F8B27@DU2PR02MB7650.eurprd02.prod.outlook.example.com>"
M04_SUBJ = "FW: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"
M04_TEXT = """Dear colleagues,

The invitation below was forwarded to us by a partner NGO, so apologies if this is not the right channel.

We are a university research centre and would like to contribute. Two quick questions:
1. May a voluntary GCM review report be submitted jointly by our centre and two NGO partners, or should each organisation send its own report?
2. Is there a template or a page limit for the reports?

Many thanks in advance,

Lubna Haddadin, PhD
Research Fellow
Centre for Refugee and Migration Studies (CRMS)
Irbid, Jordan

From: Tariq Obeidat <t.obeidat@tadamon-ngo.example.org>
Sent: Monday, February 1, 2021 7:55 PM
To: Lubna Haddadin <l.haddadin@crms.example.edu>
Subject: FW: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Lubna - FYI, might interest the Centre. T.

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, January 29, 2021 3:00 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration in the Arab region have the honour to invite you to the first Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region (24-25 February 2021) and to the Multi-Stakeholder Consultation (23 February 2021).

Interested stakeholders are invited to express their willingness to participate in the open discussion of the Multi-Stakeholder Consultation, to deliver the key messages from the stakeholders as a rapporteur, and to provide floor intervention during the plenary sessions and the four thematic roundtables as a speaker. Please send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

The deadline for submissions of voluntary GCM review reports to gcmrrarabstates@iom.int has been extended until Tuesday, 16 February 2021.
"""


def m04():
    when = at("2021-02-02 15:02:09")
    body = multi("alternative", [leaf("text/plain", M04_TEXT), leaf("text/html", outlook_html(M04_TEXT))],
                 "_000_DU2PR02MB7650A9C41E3F8B27_")
    m = mk(when, sent_at(when, 2, 4), "mail-du2eur02on0609.outbound.protection.outlook.example.com", "198.51.100.9",
           "4DVR2m0ZqTz4", "Lubna Haddadin <l.haddadin@crms.example.edu>", M04_SUBJ, M04_ID, body,
           extra=outlook("Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                         "AdcZ1kQ9mBv0Tn7p6hX4Lr2YsE8wKg=="))
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="the invitation itself forwarded twice (FW: FW:, Outlook headers) with two questions on top about "
              "joint reports and a template; the quoted invitation names every role, both deadlines and the review "
              "address but nothing is submitted or proposed. The joint report follows in h213-18, a reply-all to "
              "the secretariat's answer."))


# ================================================================ 05  AR  speaker  chain of three forwards, only the innermost names the speaker
M05_SUBJ = "Fwd: Fwd: Fwd: المشاركة في النقاش المفتوح - مشاورة أصحاب المصلحة"


def m05():
    when = at("2021-02-03 09:32:18")
    text = """مساء الخير يا جماعة،

مبعوت لحضراتكم تحت طلب الدكتورة إيمان للمشاركة في النقاش المفتوح يوم ٢٣ فبراير. معلش الرسالة اتحولت كذا مرة قبل ما توصلني، البيانات كلها في آخر رسالة تحت.

أحمد فتحي
مؤسسة النيل للهجرة والتنمية

---------- رسالة محوّلة ----------
من: هدى منصور <hoda.mansour@nile-md.example.org>
التاريخ: الثلاثاء، ٢ فبراير ٢٠٢١ في ٨:١٥ م
الموضوع: Fwd: Fwd: المشاركة في النقاش المفتوح - مشاورة أصحاب المصلحة
إلى: أحمد فتحي <ahmed.fathy.nile@gmail.example.com>

يا أحمد ابعتها انت على الإيميل اللي في الدعوة، أنا مش لاقية الدعوة عندي.

---------- رسالة محوّلة ----------
من: محمود عبد الغني <m.abdelghani@nile-md.example.org>
التاريخ: الثلاثاء، ٢ فبراير ٢٠٢١ في ١٢:٤٠ م
الموضوع: Fwd: المشاركة في النقاش المفتوح - مشاورة أصحاب المصلحة
إلى: هدى منصور <hoda.mansour@nile-md.example.org>

للعلم واتخاذ اللازم.

---------- رسالة محوّلة ----------
من: إيمان سرور <e.sorour@nile-md.example.org>
التاريخ: الاثنين، ١ فبراير ٢٠٢١ في ٤:٠٢ م
الموضوع: المشاركة في النقاش المفتوح - مشاورة أصحاب المصلحة
إلى: محمود عبد الغني <m.abdelghani@nile-md.example.org>

أ. محمود،

أرجو التكرم بإبلاغ منظمي الاستعراض الإقليمي برغبتي في المشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم ٢٣ فبراير، وبالأخص في محور عودة العمال المهاجرين وإعادة إدماجهم.

مع الشكر،
د. إيمان سرور
مديرة وحدة الهجرة واللجوء
مؤسسة النيل للهجرة والتنمية - القاهرة
"""
    body = alt(text, "0000000000008f1e2d05ba6c3b10", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DW1Fv7cQbz2",
           addr("Ahmed Fathy", "ahmed.fathy.nile@gmail.example.com"), re_hdr("Fwd: Fwd: Fwd: ",
           "المشاركة في النقاش المفتوح - مشاورة أصحاب المصلحة"),
           "<CAF9rQm2x7Lk0+Wd3pZs8uTn5vYb1gHe6oJ@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("إيمان سرور", "مديرة وحدة الهجرة واللجوء", "مؤسسة النيل للهجرة والتنمية", ["open_discussion"])],
        notes="chain of three Gmail forwards ('---------- رسالة محوّلة ----------'); the top, middle and second "
              "messages are Egyptian dialect and name nobody's details; only the innermost message (the speaker's "
              "own, formal Arabic) gives name, title (with its unit) and organisation in its signature, after 'د.' "
              "(dropped). City after the organisation not part of the affiliation. Sender's display name in Latin "
              "script, body base64."))


# ================================================================ 06  FR  report  executive assistant sends the report for the president, Cc, Outlook logo
M06_ID = "<PR3PR09MB5489B1E0C7D2A64F@PR3PR09MB5489.eurprd09.prod.outlook.example.com>"
M06_SUBJ = "Rapport volontaire d'examen du PMM - FTAM"
M06_FILE = "FTAM_Rapport_volontaire_PMM_2021.pdf"


def m06():
    when = at("2021-02-03 16:45:02")
    text = """Madame, Monsieur,

Pour le compte de M. Mondher Jlassi, Président de la Fédération Tunisienne des Associations de Migrants (FTAM), j'ai l'honneur de vous transmettre ci-joint le rapport volontaire de la Fédération dans le cadre de l'examen régional du Pacte mondial sur les migrations.

M. Jlassi, en copie de ce message, se tient à votre disposition pour toute précision.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hela Gharbi
Assistante de direction
Fédération Tunisienne des Associations de Migrants (FTAM)
Tél. : +216 71 000 000
"""
    pdf = rep_pdf("Rapport volontaire d'examen du PMM", "Federation Tunisienne des Associations de Migrants (FTAM)",
                  ["Introduction", "Methodologie", "Progres par objectif (5, 6, 7, 17)", "Defis", "Recommandations"])
    cid = "image001.png@01D6FA3C.5E2B7A10"
    rel = multi("related", [leaf("text/html", outlook_html(text, "FR", cid=cid)), logo(cid, (200, 30, 45))],
                "_004_PR3PR09MB5489B1E0C7D2A64F_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR3PR09MB5489B1E0C7D2A64F_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "_005_PR3PR09MB5489B1E0C7D2A64F_")
    m = mk(when, sent_at(when, 1, 7), "mail-pr3eur09on0626.outbound.protection.outlook.example.com", "198.51.100.26",
           "4DWGt52bNmz6", "Hela Gharbi <direction@ftam.example.org>", hdr(M06_SUBJ, enc="Q"), M06_ID, body,
           extra=outlook(hdr(M06_SUBJ, enc="Q"), "AdcaPq8r1Kx3Jm5n0Vb7Ws2Zt6Ey4A==", lang="fr-FR",
                         has_attach="yes"),
           cc="Mondher Jlassi <m.jlassi@ftam.example.org>")
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="report sent 'pour le compte de' the president by his executive assistant from the direction mailbox, "
              "president in Cc; Outlook mixed > alternative > related with an inline logo (image001.png, not a "
              "report file). No speaker request although a name, title and organisation are written."))


# ================================================================ 07  EN  speaker  director approves a draft in one line on top (Outlook mobile), two speakers
M07_ID = "<AS8PR05MB7844C2D1E0F9A3B6@AS8PR05MB7844.eurprd05.prod.outlook.example.com>"


def m07():
    when = at("2021-02-03 18:12:44")
    text = """ok for me, please send. Adding the IOM address here so it goes straight away.

SA

Get Outlook for Android

________________________________
From: Reem Nassar <r.nassar@gcu.example.edu>
Sent: Wednesday, February 3, 2021 2:05:17 PM
To: Samir Aziz <s.aziz@gcu.example.edu>
Cc: Tamara Yousef <t.yousef@gcu.example.edu>
Subject: Draft - speaker request GCM Regional Review

Dear Prof. Aziz,

Below is the draft for the IOM secretariat, as discussed this morning. Is it ok to send?

Best,
Reem

---
Dear GCM Regional Review team,

Gulf Coast University would be pleased to contribute to the Regional Review Conference (24-25 February 2021). We would like to propose the following speakers:

1. Prof. Samir Aziz - Dean of the Faculty of Social Sciences, Gulf Coast University - floor intervention in Thematic Roundtable 1
2. Dr. Tamara Yousef - Senior Researcher, Migration and Labour Research Unit, Gulf Coast University - rapporteur for the stakeholders' key messages

Kind regards,
Reem Nassar
Office of the Dean, Faculty of Social Sciences
Gulf Coast University
"""
    body = alt(text, "_000_AS8PR05MB7844C2D1E0F9A3B6_")
    m = mk(when, sent_at(when, 4, 3), "mail-as8eur05on0637.outbound.protection.outlook.example.com", "198.51.100.37",
           "4DWRk10sJpz8", "Samir Aziz <s.aziz@gcu.example.edu>", "RE: Draft - speaker request GCM Regional Review",
           M07_ID, body,
           extra=[("Thread-Topic", "Draft - speaker request GCM Regional Review"),
                  ("Thread-Index", "AQHW+l2Zc8Rt0mN4kVq1yB7sE3uXaw=="), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                  ("In-Reply-To", "<AS8PR05MB78441A2B3C4D5E6F@AS8PR05MB7844.eurprd05.prod.outlook.example.com>")],
           cc="Reem Nassar <r.nassar@gcu.example.edu>, Tamara Yousef <t.yousef@gcu.example.edu>")
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Aziz", "Dean of the Faculty of Social Sciences", "Gulf Coast University", ["roundtable"], 1),
        sp("Tamara Yousef", "Senior Researcher", "Migration and Labour Research Unit, Gulf Coast University",
           ["rapporteur"])],
        notes="the dean's one-line approval ('ok for me, please send') from Outlook for Android on top of his "
              "assistant's internal draft, with the mailbox added to the reply: the request is only in the quoted "
              "draft. Titles with 'Prof.'/'Dr.' dropped; the dean's title is written with its unit (kept, as dev "
              "012). Second speaker's line reads 'Senior Researcher, Migration and Labour Research Unit, Gulf Coast "
              "University': the research unit and its university recorded together as the affiliation (as dev "
              "011, a centre at a university). "
              "In-Reply-To names the internal draft, not in the set."))


# ================================================================ 08  AR  report  secretary sends on behalf of the Secretary-General, Cc list (OOO follows in 09)
M08_ID = "<DB9PR07MB6612E8A3F1C05D97@DB9PR07MB6612.eurprd07.prod.outlook.example.com>"
M08_SUBJ = "التقرير الطوعي للاستعراض الإقليمي للاتفاق العالمي للهجرة - الشبكة الإقليمية لحماية العمال المهاجرين"
M08_FILE = "التقرير الطوعي - الشبكة الإقليمية لحماية العمال المهاجرين 2021.pdf"


def m08():
    when = at("2021-02-04 11:00:26")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالنيابة عن سعادة الأمين العام للشبكة الإقليمية لحماية العمال المهاجرين، الدكتور فيصل المطيري، يسرني أن أرفق لكم التقرير الطوعي للشبكة حول تنفيذ الاتفاق العالمي في دول الخليج، والذي أُعدّ بالتشاور مع الجمعيات الأعضاء.

مع وافر التقدير والاحترام،

لمى حداد
سكرتيرة تنفيذية - مكتب الأمين العام
الشبكة الإقليمية لحماية العمال المهاجرين
الكويت
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic version)", "Regional Network for the Protection of Migrant Workers",
                  ["Introduction", "Methodology (member consultations)", "Progress by objective (6, 7, 16)",
                   "Challenges", "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"),
                              leaf("text/html", outlook_html(text, "AR-KW", rtl=True), cte="base64")],
              "_000_DB9PR07MB6612E8A3F1C05D97_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "_004_DB9PR07MB6612E8A3F1C05D97_")
    cc = ("%s <sg@rnpmw.example.org>, %s <n.alrashid@rnpmw.example.org>, Programmes RNPMW "
          "<programmes@rnpmw.example.org>" % (b_word("فيصل المطيري"), b_word("نادية الرشيد")))
    m = mk(when, sent_at(when, 3, 5), "mail-db9eur07on0652.outbound.protection.outlook.example.com", "198.51.100.52",
           "4DWbn97RsLz5", addr("لمى حداد", "sg.office@rnpmw.example.org"), hdr(M08_SUBJ), M08_ID, body,
           extra=outlook(hdr(M08_SUBJ), "AdcasB6v0Lk8Xe2Rf5Nq1Mz7Uy3TwQ==", lang="ar-KW", has_attach="yes"),
           cc=cc)
    add(8, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="report sent 'بالنيابة عن' the Secretary-General by the executive secretary of his office; three "
              "addresses in Cc (two Arabic display names RFC 2047-encoded, one group mailbox). Arabic PDF name "
              "(RFC 2231 + RFC 2047), base64 body. The Secretary-General's out-of-office answers our "
              "acknowledgement (h213-09)."))


# ================================================================ 09  AR  auto_reply  OOO of the Cc'd Secretary-General of 08, answering our acknowledgement
def m09():
    when = at("2021-02-04 11:01:58")
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى ١٤ فبراير ٢٠٢١، مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع مكتب الأمين العام على العنوان sg.office@rnpmw.example.org.

Thank you for your email. I am out of the office on mission until 14 February 2021 with limited access to email.

د. فيصل المطيري
الأمين العام
"""
    body = alt(text, "_000_DB9PR07MB6612OOF20210204_", rtl=True)
    rows = std_rows(when, "mail-db9eur07on0652.outbound.protection.outlook.example.com", "198.51.100.52",
                    "4DWbpC2TtMz0", addr("فيصل المطيري", "sg@rnpmw.example.org"),
                    hdr("رد تلقائي: إشعار باستلام - " + M08_SUBJ), rfcdate(sent_at(when, 3, 2)),
                    "<DB9PR07MB6612OOF5C3E8A1D@DB9PR07MB6612.eurprd07.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="sg@rnpmw.example.org")
    rows += [("In-Reply-To", ack_mid("4DWbn97RsLz5")), ("References", ack_mid("4DWbn97RsLz5")),
             ("Content-Language", "ar-KW")]
    add(9, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied) of the Secretary-General who was in Cc of "
              "h213-08, answering our acknowledgement; Arabic subject prefix 'رد تلقائي:' and a bilingual body. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  FR  speaker  reply-all to the secretariat's question about 03, completes the second speaker
M10_SEC_ID = "<AM9PR03MB7012SEC4D1F2A@AM9PR03MB7012.eurprd03.prod.outlook.iom.int>"


def m10():
    when = at("2021-02-04 14:33:50")
    sec = """Chère Madame Berrada,

Nous accusons réception de la demande de l'AMDM et vous en remercions. M. Tazi est bien noté comme rapporteur.
Pourriez-vous nous indiquer, avant le 5 février, la fonction de Mme Cherkaoui ainsi que la table ronde thématique (1 à 4) à laquelle elle souhaite intervenir ?

Bien cordialement,
Secrétariat de l'examen régional du PMM - région arabe
"""
    text = """Bonjour,

Merci pour votre retour rapide. Mme Nadia Cherkaoui est Responsable du pôle juridique de l'AMDM ; elle souhaite intervenir à la table ronde thématique 4. La demande concernant M. Tazi (rapporteur) reste inchangée.

Je mets M. Tazi et Mme Cherkaoui en copie.

Bien à vous,
Salma Berrada
Chargée de communication - AMDM

Le jeu. 4 févr. 2021 à 11:58, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
""" + gt(sec + "\n" + "Le mar. 2 févr. 2021 à 10:20, Salma Berrada <salma.berrada.amdm@gmail.example.com> a écrit :\n"
         + gt(M03_TEXT)) + "\n"
    body = alt(text, "000000000000c7d8e905ba7f2c41", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-ej1-f49.google.example.com", "192.0.2.49", "4DWkQ28yVhz7",
           "Salma Berrada <salma.berrada.amdm@gmail.example.com>", hdr("Re: " + M03_SUBJ, enc="Q"),
           "<CAGm4qT9bWs2yO+Le7qX1tRz4gIc8MdF3vB@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M10_SEC_ID), ("References", M03_ID + " " + M10_SEC_ID)],
           cc="Omar Tazi <o.tazi@amdm.example.org>, Nadia Cherkaoui <n.cherkaoui@amdm.example.org>")
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
        sp("Omar Tazi", "Président", "Association Marocaine des Droits des Migrants (AMDM)", ["rapporteur"]),
        sp("Nadia Cherkaoui", "Responsable du pôle juridique", "Association Marocaine des Droits des Migrants (AMDM)",
           ["roundtable"], 4)],
        notes="reply-all (Gmail, '>'-quoted) to the secretariat's question about h213-03, Cc the two speakers: adds "
              "the second speaker's title and roundtable 4; the first speaker is confirmed unchanged. Both speakers "
              "recorded as the request now stands; affiliation given as 'de l'AMDM', full name from the quoted "
              "original (as dev 035). Received before the speaker deadline."))


# ================================================================ 11  EN  both  focal point forwards a colleague's report + rapporteur offer (details only in her signature)
M11_FILE = "LCLM_GCM_Voluntary_Report_Final.docx"


def m11():
    when = at("2021-02-04 17:20:05")
    text = """Dear colleagues,

Please find below and attached the voluntary GCM review report of the Lebanese Centre for Labour Migration, together with a request from my colleague Dalia, who led the report. I am the focal point for the Regional Review at LCLM, so please copy me on any reply.

Kind regards,
Karim Saadeh
Programme Officer | LCLM

From: Dalia Mrad <d.mrad@lclm.example.org>
Sent: Thursday, February 4, 2021 10:02 AM
To: Karim Saadeh <k.saadeh@lclm.example.org>
Cc: Rania Sfeir <r.sfeir@lclm.example.org>
Subject: GCM report - final + rapporteur

Hi Karim,

Attached is the final version of our report, cleared by Rania this morning. Could you send it to the IOM mailbox from the invitation? And please tell them I'd be glad to serve as rapporteur to deliver the stakeholders' key messages, if they are still looking for volunteers.

Thanks!
Dalia

Dalia Mrad
Head of Research and Advocacy
Lebanese Centre for Labour Migration (LCLM)
Beirut
"""
    doc = make_docx(["Voluntary GCM Review Report 2021", "Lebanese Centre for Labour Migration (LCLM)",
                     "1. Introduction", "2. Methodology", "3. Progress on objectives 6, 7 and 22",
                     "4. Challenges", "5. Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_GV0PR04MB6318A7E2D9C1B54F_")
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "_004_GV0PR04MB6318A7E2D9C1B54F_")
    m = mk(when, sent_at(when, 2, 6), "mail-gv0eur04on0617.outbound.protection.outlook.example.com", "198.51.100.17",
           "4DWt3x6QmRz2", "Karim Saadeh <k.saadeh@lclm.example.org>", "FW: GCM report - final + rapporteur",
           "<GV0PR04MB6318A7E2D9C1B54F@GV0PR04MB6318.eurprd04.prod.outlook.example.com>", body,
           extra=outlook("GCM report - final + rapporteur", "AQHW+tA1e9Zr3Kq7Lb0Xc5Vn2Mw8Sg==", has_attach="yes"))
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M11_FILE], speakers=[
        sp("Dalia Mrad", "Head of Research and Advocacy", "Lebanese Centre for Labour Migration (LCLM)",
           ["rapporteur"])],
        notes="Outlook forward ('FW:', 'From: / Sent: / To: / Cc: / Subject:') by the focal point of a colleague's "
              "mail; the forwarded attachment travels with it. The speaker is the author of the inner message and "
              "her title and organisation are only in her signature ('I'd be glad to serve as rapporteur'). Both "
              "parts on time (4 February)."))


# ================================================================ 12  AR  other  thank-you reply to our acknowledgement of 02 (no acknowledgement)
def m12():
    when = at("2021-02-05 09:10:44")
    ack = """السيدة جمانة الصالح،

نشكركم على رسالتكم. نؤكد استلام طلب المداخلة المرسل بتاريخ ١ شباط/فبراير ٢٠٢١، وسيتم التواصل معكم بخصوص برنامج الجلسات في موعد لاحق.

أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية
"""
    text = """شكراً جزيلاً على التأكيد، وبانتظار التفاصيل.

جمانة

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسلت: الاثنين، 1 شباط، 2021 01:06 م
إلى: جمانة الصالح <j.saleh@nuhoud.example.org>
الموضوع: إشعار باستلام - طلب مداخلة - المائدة المستديرة الثانية

""" + ack
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "AR-SA", rtl=True))],
                 "_000_AM6PR10MB22149B0D4C3E2F18_")
    m = mk(when, sent_at(when, 2, 4), "mail-am6eur10on0644.outbound.protection.outlook.example.com", "198.51.100.44",
           "4DX6Lh3pNwz1", addr("جمانة الصالح", "j.saleh@nuhoud.example.org"),
           hdr("رد: إشعار باستلام - طلب مداخلة - المائدة المستديرة الثانية"),
           "<AM6PR10MB22149B0D4C3E2F18@AM6PR10MB2214.eurprd10.prod.outlook.example.com>", body,
           extra=outlook(hdr("إشعار باستلام - طلب مداخلة - المائدة المستديرة الثانية"),
                         "AdcYk7r2Z0Pq3Lw8Ebn4Ttc1uYx9VwAIm2Q=", lang="ar-SA")
           + [("In-Reply-To", ack_mid("4DTqW61rKcz3")), ("References", M02_ID + " " + ack_mid("4DTqW61rKcz3"))])
    add(12, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="one-line thank-you in reply to our acknowledgement of h213-02 (In-Reply-To our acknowledgement, "
              "References also h213-02): adds nothing new, so no acknowledgement. The quoted acknowledgement names "
              "the request, the roundtable and the secretariat."))


# ================================================================ 13  FR  speaker  iPhone, assistant for the director, pasted form
def m13():
    when = at("2021-02-05 19:40:12")
    text = """Bonsoir,

De la part de Monsieur le Directeur, je vous transmets ci-dessous sa demande de prise de parole, telle qu'il l'a remplie ce matin. Il s'excuse de l'envoi tardif dans la journée.

Cordialement,
Mariem Mint Ahmed
Secrétaire de direction, OMM

Envoyé de mon iPhone

FORMULAIRE - DEMANDE DE PRISE DE PAROLE
Nom complet : Dr Brahim Ould Sidi
Fonction : Directeur
Organisme : Observatoire Mauritanien des Migrations (OMM) – Nouakchott
Session souhaitée : Table ronde thématique n° 3
Langue d'intervention : français
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 0, 9), "smtp.omm-mr.example.org", "203.0.113.58", "4DXRn40fWqz5",
           addr("Mariem Mint Ahmed", "secretariat@omm-mr.example.org"),
           hdr("Demande de prise de parole - Directeur OMM", enc="Q"),
           "<7E1B2C3D-4F5A-46B7-8C9D-0E1F2A3B4C5D@omm-mr.example.org>", body,
           extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Brahim Ould Sidi", "Directeur", "Observatoire Mauritanien des Migrations (OMM)", ["roundtable"], 3)],
        notes="iPhone, plain text: the director's secretary sends a form he filled in, pasted below 'Envoyé de mon "
              "iPhone'; 'Dr' (no dot) is an honorific; the city after the organisation (en dash) is not part of the "
              "affiliation; 'Table ronde thématique n° 3'. Received 19:40 on 5 February: on time."))


# ================================================================ 14  AR  speaker  late; secretary forwards the director-general's instruction (Outlook, Arabic header)
def m14():
    when = at("2021-02-06 10:15:37")
    text = """السادة المنظمين المحترمين،

تحية طيبة،

بناءً على توجيهات سعادة المدير العام، أحيل إليكم أدناه رغبته في المشاركة بكلمة في الجلسة العامة للمؤتمر الإقليمي. نعتذر عن التأخر في الإرسال بسبب عطلة نهاية الأسبوع، ونأمل أن يتسع البرنامج لمشاركته.

وتفضلوا بقبول فائق الاحترام،
نوال الحمادي
سكرتيرة المدير العام

من: سالم الكعبي <s.alkaabi@gclmp.example.org>
أُرسلت: الخميس، 4 فبراير، 2021 06:48 م
إلى: نوال الحمادي <n.alhammadi@gclmp.example.org>
الموضوع: مؤتمر الاستعراض الإقليمي

الأخت نوال،
يرجى إرسال اسمي للمنظمين للمشاركة بمداخلة في الجلسة العامة (٢٤ أو ٢٥ فبراير) قبل الموعد المحدد.
شكراً

سالم الكعبي
المدير العام
مركز الخليج لسياسات العمل والهجرة
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "AR-AE", rtl=True))],
                 "_000_PAXPR06MB7390C4E1A2B5D83F_")
    m = mk(when, sent_at(when, 4, 6), "mail-pax06on0639.outbound.protection.outlook.example.com", "198.51.100.39",
           "4DXcB17kHtz9", addr("نوال الحمادي", "n.alhammadi@gclmp.example.org"),
           hdr("إعادة توجيه: مؤتمر الاستعراض الإقليمي"),
           "<PAXPR06MB7390C4E1A2B5D83F@PAXPR06MB7390.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(hdr("مؤتمر الاستعراض الإقليمي"), "AdcbR3Xk9Pv1Mw6Lq8Zn2Tb4Yc0Ue==", lang="ar-AE"))
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سالم الكعبي", "المدير العام", "مركز الخليج لسياسات العمل والهجرة", ["plenary"])],
        notes="late (6 February): the director-general asked his secretary on 4 February, before the deadline, but "
              "the request reached the mailbox only when she forwarded it (Outlook in Arabic, 'من: / أُرسلت:'); "
              "on_time follows received_at. The speaker's details are in the forwarded note's signature; "
              "'سعادة' is an honorific."))


# ================================================================ 15  EN  speaker  late, Gmail HTML-only forward on behalf of the chair, two speakers
def m15():
    when = at("2021-02-08 12:47:09")
    inner = """<div dir="ltr">Dear Yusuf,<br><br>Please nominate the two of us for the Regional Review on behalf of the Council:<br>
<ul><li><b>Abdirahman Farah</b>, Chair, Horn of Africa Migrant Diaspora Council (HAMDC) &ndash; floor intervention in the fourth thematic roundtable</li>
<li><b>Halima Jama</b>, Youth Coordinator, HAMDC &ndash; open discussion of the multi-stakeholder consultation on 23 February</li></ul>
Thanks a lot,<br>Abdirahman<br><br>--<br>Abdirahman Farah<br>Chair | HAMDC<br>Djibouti</div>"""
    html = """<div dir="ltr">Dear GCM team,<div><br></div><div>Forwarding below on behalf of our Chair, Mr. Farah. I'm very sorry for the delay &ndash; I was travelling and only saw his message today. We would be grateful if the nominations could still be considered.</div><div><br></div><div>Best,</div><div>Yusuf Abdi</div><div>Communications Officer, HAMDC</div><div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Abdirahman Farah</strong> <span dir="auto">&lt;a.farah@hamdc.example.org&gt;</span><br>Date: Sat, Feb 6, 2021 at 3:15 PM<br>Subject: Speakers GCM review<br>To: Yusuf Abdi &lt;yusuf.abdi@hamdc.example.org&gt;<br></div><br><br>""" + inner + """</div></div></div>"""
    body = html_only(html)
    m = mk(when, sent_at(when, 3, 5), "mail-pj1-f44.google.example.com", "192.0.2.44", "4DYh6p2NcVz3",
           "Yusuf Abdi <yusuf.abdi@hamdc.example.org>", "Fwd: Speakers GCM review",
           "<CAK3vLp9Qz2w+Xm8oRt5sUy1dJb4NfGh7eC@mail.gmail.example.com>", body,
           cc="Abdirahman Farah <a.farah@hamdc.example.org>")
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdirahman Farah", "Chair", "Horn of Africa Migrant Diaspora Council (HAMDC)", ["roundtable"], 4),
        sp("Halima Jama", "Youth Coordinator", "Horn of Africa Migrant Diaspora Council (HAMDC)",
           ["open_discussion"])],
        notes="late (8 February); HTML-only Gmail forward ('---------- Forwarded message ---------') by the "
              "communications officer on behalf of the chair (Cc); two speakers in an HTML list inside the "
              "forwarded message; the second speaker's line gives only the acronym 'HAMDC', recorded in the fullest "
              "form written for the same council; 'fourth thematic roundtable'; the Djibouti line is a place."))


# ================================================================ 16  FR  both  'TR:' Outlook forward: report PDF + coordinator as rapporteur (speaker part late)
M16_FILE = "Rapport_PMM_RAMM_2021.pdf"


def m16():
    when = at("2021-02-09 10:05:51")
    text = """Madame, Monsieur,

Veuillez trouver ci-dessous le message de notre coordinatrice nationale, avec en pièce jointe le rapport volontaire du Réseau dans le cadre de l'examen régional du PMM.

Bien cordialement,

Yasmine Boudiaf
Chargée de programme
Réseau Algérien pour la Migration et la Mobilité (RAMM)

De : Khadija Amrani <k.amrani@ramm-dz.example.org>
Envoyé : mardi 9 février 2021 09:12
À : Yasmine Boudiaf <y.boudiaf@ramm-dz.example.org>
Objet : rapport + rapporteur

Yasmine,

Voici la version finale du rapport, validée par le bureau. Peux-tu l'envoyer à l'adresse de l'OIM ? Indique-leur aussi que je suis disponible pour présenter les messages clés des parties prenantes en qualité de rapporteure, si c'est encore possible.

Merci,
Khadija Amrani
Coordinatrice nationale
Réseau Algérien pour la Migration et la Mobilité (RAMM)
Alger
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM 2021",
                  "Reseau Algerien pour la Migration et la Mobilite (RAMM)",
                  ["Introduction", "Methodologie", "Objectifs 2, 5 et 23", "Defis", "Recommandations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, "FR"))],
              "_000_MR2P264MB0113F7A9C2D4E61B_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_004_MR2P264MB0113F7A9C2D4E61B_")
    m = mk(when, sent_at(when, 1, 8), "mail-mr2fra01on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DZ0Wq5TbXz8", "Yasmine Boudiaf <y.boudiaf@ramm-dz.example.org>", "TR: rapport + rapporteur",
           "<MR2P264MB0113F7A9C2D4E61B@MR2P264MB0113.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook("rapport + rapporteur", "AdcewT4k2Lm8Qz1Xv6Rb9Np3Hs5Jg==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M16_FILE], speakers=[
        sp("Khadija Amrani", "Coordinatrice nationale", "Réseau Algérien pour la Migration et la Mobilité (RAMM)",
           ["rapporteur"])],
        notes="Outlook forward in French ('TR:', 'De : / Envoyé : / À : / Objet :') by a programme officer of her "
              "coordinator's message; report PDF attached (on time, 9 February) and the coordinator offers to be "
              "rapporteure (late: after 5 February), so on_time is false. Speaker details only in the inner "
              "signature; 'Alger' line is a place."))


# ================================================================ 17  AR  report  Gmail forward « رسالة محوّلة » of the author's mail, DOCX attached
def m17():
    when = at("2021-02-10 13:27:03")
    fname = "تقرير_مرصد_الرافدين_الطوعي_2021.docx"
    text = """مرحبا،

هذا تقرير المرصد الطوعي كما وصلني من الدكتور علي، نرجو اعتماده ضمن التقارير المقدمة للاستعراض الإقليمي. الملف مرفق.

تحياتي
زينب الجبوري

---------- رسالة محوّلة ----------
من: علي الساعدي <ali.alsaadi@rafidain-obs.example.org>
التاريخ: الثلاثاء، ٩ فبراير ٢٠٢١ في ١١:٣٠ م
الموضوع: التقرير النهائي
إلى: زينب الجبوري <zainab.aljubouri@gmail.example.com>

زينب، النسخة النهائية من تقرير المرصد حول تنفيذ الاتفاق العالمي للهجرة في العراق. دزيها على إيميل المنظمة الدولية للهجرة اللي بالدعوة رجاءً.

علي الساعدي
رئيس مرصد الرافدين للهجرة والنزوح
"""
    doc = make_docx(["التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة ٢٠٢١",
                     "مرصد الرافدين للهجرة والنزوح", "١. مقدمة", "٢. المنهجية",
                     "٣. التقدم المحرز (الأهداف ٢ و٢١ و٢٣)", "٤. التحديات", "٥. التوصيات"])
    a = alt(text, "000000000000e1f2a305bb0b4c6d", html=gmail_html(text, rtl=True))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "000000000000e1f2a205bb0b4c6b")
    m = mk(when, sent_at(when, 3, 6), "mail-lf1-f53.google.example.com", "192.0.2.53", "4DZS8k1MnPz4",
           addr("زينب الجبوري", "zainab.aljubouri@gmail.example.com"), re_hdr("Fwd: ", "التقرير النهائي"),
           "<CAB2nTk5Wr8x+Zp1qLv7sYm3cHd0JfGe4uK@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gmail forward ('---------- رسالة محوّلة ----------', Arabic field names) from a colleague's personal "
              "Gmail; the report's author and organisation are only in the forwarded message (Iraqi dialect: "
              "'دزيها'); generic subject 'Fwd: التقرير النهائي'; Arabic DOCX name (RFC 2231 + RFC 2047)."))


# ================================================================ 18  EN  report  reply-all to the secretariat's answer to 04: joint report, Cc partners
def m18():
    when = at("2021-02-11 09:34:20")
    fname = "Joint_Voluntary_GCM_Review_Report_CRMS_Tadamon_Sanad.pdf"
    sec_id = "<AM9PR03MB7012SEC8B2E4C@AM9PR03MB7012.eurprd03.prod.outlook.iom.int>"
    text = """Dear colleagues,

Thank you again for your quick answer last week. As suggested, please find attached our joint voluntary GCM review report, prepared by the Centre for Refugee and Migration Studies together with Tadamon for Development and Sanad Legal Aid, who are copied here.

Best regards,

Lubna Haddadin, PhD
Research Fellow
Centre for Refugee and Migration Studies (CRMS)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 10:41 AM
To: Lubna Haddadin <l.haddadin@crms.example.edu>
Subject: RE: FW: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Dear Dr Haddadin,

Thank you for your interest. A joint report by several organisations is very welcome; please list all contributing organisations on the first page. There is no template, and we suggest keeping the report under 10 pages. The deadline is Tuesday, 16 February 2021.

Kind regards,
GCM Regional Review Secretariat

From: Lubna Haddadin <l.haddadin@crms.example.edu>
Sent: Tuesday, February 2, 2021 3:02 PM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: FW: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

""" + M04_TEXT.split("\n\nFrom: Tariq")[0] + "\n[...]\n"
    pdf = rep_pdf("Joint Voluntary GCM Review Report 2021",
                  "CRMS, Tadamon for Development, Sanad Legal Aid",
                  ["Introduction and contributing organisations", "Methodology", "Progress by objective (2, 5, 7)",
                   "Challenges", "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_DU2PR02MB76503E1F0A9C2D48_")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_004_DU2PR02MB76503E1F0A9C2D48_")
    m = mk(when, sent_at(when, 2, 5), "mail-du2eur02on0609.outbound.protection.outlook.example.com", "198.51.100.9",
           "4DZt1c9KvBz6", "Lubna Haddadin <l.haddadin@crms.example.edu>",
           "RE: FW: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
           "<DU2PR02MB76503E1F0A9C2D48@DU2PR02MB7650.eurprd02.prod.outlook.example.com>", body,
           extra=outlook("Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                         "AdcZ1kQ9mBv0Tn7p6hX4Lr2YsE8wKgAMr5tA", has_attach="yes")
           + [("In-Reply-To", sec_id), ("References", M04_ID + " " + sec_id)],
           cc="Tariq Obeidat <t.obeidat@tadamon-ngo.example.org>, legal@sanad-aid.example.org")
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of=H % 4,
        notes="joint report (three organisations) sent as a reply-all to the secretariat's answer to the question of "
              "h213-04 (References include h213-04), partners in Cc; the quoted thread repeats the invitation and "
              "its deadlines. thread_of h213-04: not covered by LABELS.md (h213-04 was a question, not a "
              "submission); a secretary would file the report under the thread it answers, so it is linked."))


# ================================================================ 19  FR  other  reply to our acknowledgement of 10: interpretation and remote link
def m19():
    when = at("2021-02-12 11:52:36")
    text = """Bonjour,

Merci pour la confirmation. Deux questions pratiques pour nos deux intervenants :
- y aura-t-il une interprétation vers le français pendant la table ronde 4 et la séance des messages clés ?
- le lien de connexion sera-t-il envoyé directement à M. Tazi et à Mme Cherkaoui, ou à moi ?

Merci d'avance,
Salma Berrada
Chargée de communication - AMDM

Le jeu. 4 févr. 2021 à 14:35, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Madame,
>
> Nous accusons réception de votre message du 4 février 2021 (demande d'intervention), qui a été enregistré.
>
> Secrétariat de l'examen régional du PMM - région arabe
"""
    body = alt(text, "000000000000a9b8c705bb1d3e52", html=gmail_html(text))
    ack = ack_mid("4DWkQ28yVhz7")
    m = mk(when, sent_at(when, 1, 4), "mail-ed1-f66.google.example.com", "192.0.2.66", "4F0Lr62DsWz1",
           "Salma Berrada <salma.berrada.amdm@gmail.example.com>",
           hdr("Re: Accusé de réception - Re: " + M03_SUBJ, enc="Q"),
           "<CAGm4qT7cXt3zP+Mf8rY2uSa5hJd9NeG4wD@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)],
           cc="Omar Tazi <o.tazi@amdm.example.org>")
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="reply to our acknowledgement of h213-10 with two practical questions (interpretation, connection "
              "link): names the speakers and roundtable 4 but proposes nothing new; a question, so acknowledged. "
              "thread_of is the first message of the chain (h213-03, in References)."))


# ================================================================ 20  AR  both  HTML-only, secretary on behalf of the coordinator: report + two speakers (late)
def m20():
    when = at("2021-02-13 12:18:45")
    fname = "MNMD_GCM_Report_AR_2021.pdf"
    html = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السادة أمانة الاستعراض الإقليمي المحترمين،</p>
<p>بتكليف من منسقة الشبكة، أرسل إليكم التقرير الطوعي للشبكة المغاربية للهجرة والتنمية (مرفق)، كما نرجو، إن أمكن رغم فوات الموعد، إدراج المتحدثَين التاليين في النقاش المفتوح يوم ٢٣ فبراير:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>الاسم</th><th>الصفة</th><th>الجهة</th></tr>
<tr><td>ليلى بن يوسف</td><td>منسقة الشبكة</td><td>الشبكة المغاربية للهجرة والتنمية</td></tr>
<tr><td>حمزة العياري</td><td>مسؤول الرصد والتوثيق</td><td>الشبكة المغاربية للهجرة والتنمية</td></tr>
</table>
<p>مع الشكر والتقدير،<br>سلوى القروي<br>مساعدة إدارية - الشبكة المغاربية للهجرة والتنمية<br>تونس</p>
</div>"""
    pdf = rep_pdf("Voluntary GCM review report 2021 (Arabic)", "Maghreb Network for Migration and Development (MNMD)",
                  ["Introduction", "Methodology", "Progress by objective (4, 10, 11)", "Challenges",
                   "Recommendations"])
    body = multi("mixed", [html_only(html, rtl=True, lang="ar"), attach("application/pdf", pdf, fname)],
                 "----=_NextPart_000_0017_01D701A2.5C3E8B40")
    m = mk(when, sent_at(when, 1, 7), "smtp.mnmd.example.org", "203.0.113.90", "4F0pW85JnQz3",
           addr("سلوى القروي", "admin@mnmd.example.org"),
           hdr("التقرير الطوعي والمتحدثون - الشبكة المغاربية للهجرة والتنمية"),
           "<000f01d701a2$5c3e8b40$14bba2c0$@mnmd.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-tn")],
           cc="l.benyoussef@mnmd.example.org")
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("ليلى بن يوسف", "منسقة الشبكة", "الشبكة المغاربية للهجرة والتنمية", ["open_discussion"]),
        sp("حمزة العياري", "مسؤول الرصد والتوثيق", "الشبكة المغاربية للهجرة والتنمية", ["open_discussion"])],
        notes="HTML-only (Outlook 2010 style) with the report PDF; sent by an administrative assistant 'بتكليف من' the "
              "coordinator, who is one of the two speakers (Cc). Speakers in an HTML table. Report on time (13 "
              "February) but the speaker part is late and says so, so on_time is false."))


# ================================================================ 21  EN  report  Office of the Chairperson, long Cc list (one Cc address bounces: 22)
M21_ID = "<BN6PR11MB1523A0C9E7F2D41B@BN6PR11MB1523.namprd11.prod.outlook.example.com>"
M21_SUBJ = "Voluntary GCM Review Report - Gulf Domestic Workers Solidarity Network"


def m21():
    when = at("2021-02-15 10:20:11")
    fname = "GDWSN_Voluntary_GCM_Review_2021.pdf"
    text = """Dear Sir / Madam,

On behalf of the Chairperson of the Gulf Domestic Workers Solidarity Network, Ms Grace Ochieng, please find attached the Network's voluntary GCM review report for the Regional Review in the Arab region.

The report was prepared with our member groups in Kuwait, Qatar, Bahrain and Oman, who are copied on this email.

Kind regards,

Office of the Chairperson
Gulf Domestic Workers Solidarity Network (GDWSN)
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Gulf Domestic Workers Solidarity Network (GDWSN)",
                  ["Introduction", "Methodology", "Progress by objective (6, 7, 15)", "Challenges",
                   "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text))],
              "_000_BN6PR11MB1523A0C9E7F2D41B_")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_004_BN6PR11MB1523A0C9E7F2D41B_")
    cc = ("Grace Ochieng <chair@gdwsn.example.org>, kuwait@gdwsn.example.org, Qatar Group <qatar@gdwsn.example.org>, "
          "\"Bahrain, GDWSN\" <bahrain@gdwsn.example.org>, Oman Focal Point <m.perera@oman-dw.example.net>")
    m = mk(when, sent_at(when, 3, 6), "mail-bn6nam11on0644.outbound.protection.outlook.example.com", "198.51.100.144",
           "4F2cR47HwLz5", "Office of the Chairperson GDWSN <office@gdwsn.example.org>", M21_SUBJ, M21_ID, body,
           extra=outlook(M21_SUBJ, "AdcjM5u8Rk2Wn0Zq4Lb1Xv7Tc3Sy9A==", has_attach="yes"), cc=cc)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="sent by the chairperson's office mailbox 'on behalf of' the chair; five addresses in Cc (one display "
              "name quoted because of its comma). The chair is named but no speaking role is asked. Our "
              "acknowledgement to the Cc list bounces for one address (h213-22)."))


# ================================================================ 22  EN  bounce  Postfix DSN for the Cc'd Oman focal point of 21
def m22():
    when = at("2021-02-15 10:21:40")
    text = POSTFIX_NOTICE + """
<m.perera@oman-dw.example.net>: host mx.oman-dw.example.net[203.0.113.140] said:
    550 5.1.1 <m.perera@oman-dw.example.net>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F2cS20WpTz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; m.perera@oman-dw.example.net\n"
           "Original-Recipient: rfc822;m.perera@oman-dw.example.net\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.oman-dw.example.net\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <m.perera@oman-dw.example.net>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Office of the Chairperson GDWSN <office@gdwsn.example.org>\n"
            "Cc: Grace Ochieng <chair@gdwsn.example.org>, Oman Focal Point <m.perera@oman-dw.example.net>\n"
            "Subject: Acknowledgement of receipt - " + M21_SUBJ + "\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=7)), ack_mid("4F2cR47HwLz5"), M21_ID))
    body = dsn_report(text, dsn, hdrs, "4F2cT03XqHz9.1613377300/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F2cT03XqHz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210215082140.4F2cT03XqHz9@mx1.iom.int>")]
    add(22, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 for the copy of our acknowledgement of h213-21 sent to one of its Cc addresses; "
              "the returned headers name the report and h213-21 in In-Reply-To. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 23  FR  report  three forwards (president -> SG -> assistant -> mailbox), DOCX, last evening
def m23():
    when = at("2021-02-16 22:48:30")
    fname = "Rapport volontaire PMM - ALDM Liban.docx"
    text = """Bonsoir,

Suite aux échanges ci-dessous, je vous fais parvenir le rapport volontaire de l'Association Libanaise pour la Dignité des Migrants, en pièce jointe. Désolée pour l'heure tardive.

Cordialement,
Rita Khalil
Assistante, Secrétariat général ALDM

-------- Message transféré --------
Sujet : TR: Rapport PMM - version finale
Date : Tue, 16 Feb 2021 21:05:44 +0200
De : Georges Matar <g.matar@aldm-liban.example.org>
Pour : Rita Khalil <r.khalil@aldm-liban.example.org>

Rita, peux-tu l'envoyer ce soir à l'adresse de l'OIM ? C'est le dernier délai.
G.

-------- Message transféré --------
Sujet : Rapport PMM - version finale
Date : Tue, 16 Feb 2021 19:40:02 +0200
De : Antoine Haddad <a.haddad@aldm-liban.example.org>
Pour : Georges Matar <g.matar@aldm-liban.example.org>

Cher Georges,

Ci-joint la version finale du rapport, relue et validée. Merci de la faire transmettre au secrétariat de l'examen régional avant minuit.

Antoine Haddad
Président, ALDM
"""
    doc = make_docx(["Rapport volontaire - Examen regional du PMM 2021",
                     "Association Libanaise pour la Dignite des Migrants (ALDM)",
                     "1. Introduction", "2. Methodologie", "3. Progres (objectifs 6, 7, 13, 15)", "4. Defis",
                     "5. Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, fname)], "------------2A1C9E0B7F3D5A8C6E4B2D10")
    m = mk(when, sent_at(when, 2, 5), "smtp.aldm-liban.example.org", "203.0.113.47", "4F3mV61KrZz2",
           "Rita Khalil <r.khalil@aldm-liban.example.org>", hdr("Fwd: TR: Rapport PMM - version finale", enc="Q"),
           "<3b7e2c90-5d1a-4f86-a0c3-9e2b4d71f5a8@aldm-liban.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="chain of forwards in Thunderbird ('-------- Message transféré --------', 'Sujet : / Date : / De : / "
              "Pour :') from the president to the secretary-general to his assistant, who sends it at 22:48 on 16 "
              "February (on time); format=flowed 8bit; DOCX file name with spaces and a hyphen."))


# ================================================================ 24  FR  report  late; the president's 'OK pour envoi' quoted under the assistant's mail
def m24():
    when = at("2021-02-17 09:31:07")
    fname = "Rapport_CEMI_PMM_2021.pdf"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint, avec l'accord de notre Présidente (voir ci-dessous), le rapport volontaire du Collectif Égyptien des Migrants et de l'Intégration (CEMI) au titre de l'examen régional du Pacte mondial sur les migrations.

Nous vous prions de bien vouloir excuser ce léger retard, dû à la validation finale du document hier soir.

Respectueusement,
Dina Farag
Assistante administrative - CEMI

-----Message d'origine-----
De : Mervat Soliman <presidence@cemi-eg.example.org>
Envoyé : mardi 16 février 2021 23:41
À : Dina Farag <d.farag@cemi-eg.example.org>
Objet : RE: rapport PMM pour validation

OK pour envoi, merci Dina.

M.S.

-----Message d'origine-----
De : Dina Farag <d.farag@cemi-eg.example.org>
Envoyé : mardi 16 février 2021 18:02
À : Mervat Soliman <presidence@cemi-eg.example.org>
Objet : rapport PMM pour validation

Madame la Présidente,
Ci-joint le rapport pour votre validation avant envoi à l'OIM.
Dina
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM 2021",
                  "Collectif Egyptien des Migrants et de l'Integration (CEMI)",
                  ["Introduction", "Methodologie", "Objectifs 1, 3 et 21", "Defis", "Recommandations"])
    a = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", outlook_html(text, "FR"))],
              "----=_NextPart_001_0042_01D70512.7A9B3C20")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "----=_NextPart_000_0041_01D70512.7A9B3C20")
    m = mk(when, sent_at(when, 2, 6), "smtp.cemi-eg.example.org", "203.0.113.72", "4F40Zx8LcTz6",
           addr("Dina Farag", "d.farag@cemi-eg.example.org"), "TR: rapport PMM pour validation",
           "<004101d70512$7a9b3c20$6fd1b460$@cemi-eg.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHXBRJ6m3Kc9Lq2Xt8Rw5Vz1Bn0Pg=="),
                  ("Content-Language", "fr")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February 09:31): the president's one-line approval ('OK pour envoi') came at 23:41 on 16 "
              "February but the report reached the mailbox the next morning; the quoted approval is not a new "
              "request. Outlook 'Message d'origine' blocks, subject of the internal thread ('TR: ... pour "
              "validation'); text part ISO-8859-1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
